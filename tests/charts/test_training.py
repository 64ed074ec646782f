"""charts.training without Streamlit: loss curve traces equal the history; recitation grid and colours."""
import numpy as np

from charts.training import loss_curve, recitation_figure, recitation_grid, thin
from lstm.train import DEFAULT_TEXT, TrainConfig, Trainer


def _history(n=30):
    it = np.arange(n)
    exact = np.full(n, np.nan)
    exact[::10] = 5.0 / (1 + it[::10])
    return {"iteration": it, "loss": 10.0 / (1 + it), "smooth_loss": 12.0 - 0.1 * it, "exact_loss": exact,
            "grad_norm": np.ones(n), "seconds": it * 0.01}


def test_loss_curve_traces_equal_history():
    h = _history()
    fig = loss_curve(h, target=0.1, criterion="exact")
    names = [t.name for t in fig.data]
    assert names == ["loss", "smooth loss", "exact loss", "target 0.1"]
    np.testing.assert_array_equal(fig.data[0].y, h["loss"])
    np.testing.assert_array_equal(fig.data[1].y, h["smooth_loss"])
    np.testing.assert_array_equal(fig.data[2].x, [0, 10, 20])             # only evaluated points
    np.testing.assert_array_equal(fig.data[2].y, h["exact_loss"][::10])
    assert list(fig.data[3].y) == [0.1, 0.1]
    assert fig.layout.yaxis.type == "log"
    assert "criterion: exact" in fig.layout.title.text
    assert fig.layout.xaxis.title.text == "iteration" and "loss" in fig.layout.yaxis.title.text
    assert "iteration %{x}" in fig.data[0].hovertemplate


def test_loss_curve_of_a_real_trainer_and_empty_history():
    trainer = Trainer(DEFAULT_TEXT, TrainConfig.from_preset("fast"))
    fig = loss_curve(trainer.history)                                      # no iterations yet
    assert len(fig.data[0].x) == 0
    trainer.step(3)
    fig = loss_curve(trainer.history, title="Custom")
    np.testing.assert_array_equal(fig.data[0].y, trainer.history["loss"])
    assert fig.layout.title.text.startswith("Custom")


def test_thin_keeps_last_and_bounds_points():
    rows = thin(10_001, 100)
    assert len(rows) <= 101 and rows[0] == 0 and rows[-1] == 10_000
    np.testing.assert_array_equal(thin(5), np.arange(5))


def test_recitation_grid_marks_each_symbol():
    labels, status, hover = recitation_grid("a", list("bcd"), list("bxd"), per_row=2)
    assert labels == [["a", "b"], ["<s>x</s>", "d"]]      # wrong: struck through, not only red
    np.testing.assert_array_equal(status, [[0.5, 1.0], [0.0, 1.0]])
    assert "expected c" in hover[1][0] and "produced x" in hover[1][0] and "wrong" in hover[1][0]


def test_recitation_figure_shows_text_literally():
    expected = list("<b>x</b> $\\(")
    produced = list(expected)
    produced[2] = "?"
    fig = recitation_figure("<", expected, produced, per_row=60)
    heat = fig.data[0]
    flat = [t for row in heat.text for t in row if t]
    assert flat[0] == "&lt;" and flat[3] == "<s>?</s>" and "&lt;script&gt;" not in flat
    assert f"{len(expected) - 1}/{len(expected)} correct" in fig.layout.title.text
    assert heat.texttemplate == "%{text}" and heat.hovertemplate == "%{customdata}<extra></extra>"
    assert np.nansum(np.asarray(heat.z, dtype=float) == 0) == 1                # one wrong cell
