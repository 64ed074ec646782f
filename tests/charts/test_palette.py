"""Categorical colours are the colour-blind-safe Okabe-Ito palette (charts.style), and no multi-series figure
tells its series apart by colour alone: every two series also differ in dash, marker symbol, mode, width or
hatching (what a reader with any colour-vision deficiency, or a grey-scale print, still sees)."""
from itertools import combinations

import numpy as np
import pytest

from charts import encodings, gates, gradients, neurons, predict, report, tasks, training, units
from charts.style import PALETTE, TEMPLATE
from tests.charts.test_gradients import results

OKABE_ITO = {"#000000", "#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7"}
TOKENS = list("abc ab\nabc")
T = len(TOKENS)
VALUES = np.random.default_rng(0).normal(size=(T, 4))
HISTORY = {"iteration": np.arange(5), "loss": np.linspace(5, 1, 5), "smooth_loss": np.linspace(6, 2, 5),
           "exact_loss": np.array([np.nan, 4, np.nan, 2, np.nan])}


def _luminance(hex_colour):
    channels = [int(hex_colour[k:k + 2], 16) / 255 for k in (1, 3, 5)]
    lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def test_palette_is_okabe_ito_and_the_first_colours_stand_out_on_white():
    assert set(PALETTE) <= OKABE_ITO and len(set(PALETTE)) == len(PALETTE) >= 6
    contrast = [1.05 / (_luminance(c) + 0.05) for c in PALETTE[:4]]
    assert min(contrast) >= 3.0, contrast                    # WCAG 1.4.11: lines and marks against white
    assert tuple(TEMPLATE.layout.colorway) == PALETTE       # traces without a colour of their own use it too


def _look(trace):
    """Everything but colour that tells one trace from another."""
    line, marker = getattr(trace, "line", None), getattr(trace, "marker", None)
    return (getattr(trace, "mode", None), getattr(line, "dash", None), getattr(line, "width", None),
            getattr(marker, "symbol", None), getattr(getattr(marker, "pattern", None), "shape", None),
            getattr(trace, "width", None), getattr(trace, "fill", None))


FIGURES = {
    "unit lines": lambda: units.unit_lines(VALUES, TOKENS, [0, 1, 2, 3], "h", "t"),
    "loss curves": lambda: tasks.loss_curves({k: (np.arange(4), np.arange(4.0) + i) for i, k in
                                              enumerate(["RNN train", "RNN val", "LSTM train", "LSTM val"])}),
    "series predictions": lambda: tasks.series_predictions(
        [str(1900 + k) for k in range(T)], np.arange(T, dtype=float),
        {"RNN": (np.arange(5, T), np.ones(T - 5)), "LSTM": (np.arange(5, T), np.zeros(T - 5))}, split_index=5),
    "error bars": lambda: tasks.error_bars(["RNN", "LSTM"], [1.0, 2.0], [0.5, 1.5]),
    "piano roll": lambda: tasks.piano_roll({"original": [(0, 1, 60, "C4")], "continuation": [(1, 1, 62, "D4")]}),
    "activations": lambda: neurons.activations_over_text(
        TOKENS, np.ones(T), {"h 0": VALUES[:, 0], "h 1": VALUES[:, 1], "C 2": VALUES[:, 2]}, "space"),
    "gradient norms": lambda: gradients.gradient_norms_figure(results()),
    "gradient losses": lambda: gradients.loss_curves_figure({m: HISTORY for m in ("RNN", "LSTM", "GRU")}),
    "training loss": lambda: training.loss_curve(HISTORY),
    "report loss": lambda: report.loss_curve({k: list(v) for k, v in HISTORY.items()}, marker=(3, 2.0)),
    "encoding sizes": lambda: encodings.size_bars(
        {"encoding": ["index", "one-hot"], "per_symbol": [1, 28], "whole_text": [164, 4592]}, 164),
    "gate saturation": lambda: gates.saturation_scatter({g: (np.linspace(0, 1, 4), np.linspace(1, 0, 4))
                                                         for g in ("f", "i", "o")}),
    "guesses and real values": lambda: predict.guesses_figure(["f", "i", "C̃"], [0.2, 0.9, -0.1], [0.3, 0.7, 0.4]),
    "guessed distances": lambda: predict.distance_guesses(
        gradients.gradient_norms_figure(results()), {"RNN": 3, "LSTM": 7}, {"RNN": 2, "LSTM": 5},
        {"RNN": 1.0, "LSTM": 2.0}),
    "ablation": lambda: neurons.ablation_figure(TOKENS, VALUES[:, 0], np.arange(T) % 2 == 0, "vowel", "h 0"),
}


def test_guessed_distances_use_the_palette_and_their_own_dashes():
    fig = FIGURES["guessed distances"]()
    guesses = [s.line for s in fig.layout.shapes if s.x0 == s.x1]
    assert [g.color for g in guesses] == list(PALETTE[:2]) and len({g.dash for g in guesses}) == 2


@pytest.mark.parametrize("name", FIGURES)
def test_series_differ_by_more_than_colour(name):
    fig = FIGURES[name]()
    shown = [t for t in fig.data if t.showlegend is not False and t.hoverinfo != "skip"]
    assert len(shown) >= 2, name
    same = [(a.name, b.name) for a, b in combinations(shown, 2) if _look(a) == _look(b)]
    assert not same, f"{name}: told apart by colour only: {same}"
