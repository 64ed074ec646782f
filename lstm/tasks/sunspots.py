"""Time-series data for the series mode: read a year,value CSV, split by time, scale, cut windows.

The lecture's recipe: predict next year's sunspot number from the previous W = 5 years. Values are
min-max scaled to [0, 1] with the TRAINING part's min and max (the validation years are not looked
at), the split is by time (first 80 % of targets train, the rest validate), and errors are
reported back in the original units. The naive baseline repeats the last value of each window.
series_meta() is what a trained series model carries, to the sidebar (ui.models) or into its checkpoint
(the command line): the pages that draw it read exactly those labels and scaled values. compare_models() is
the Time series page's computation: the baseline, a vanilla RNN and an LSTM on the same windows (a Comparison).
Used by the Time series page, the command line and tests.
"""
import csv
import io
import math
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

import numpy as np

from ..series import SeriesModel, SeriesTrainConfig, train_series
from ..text import read_file, read_text
from ..messages import InputError, N_

SUNSPOTS = Path(__file__).resolve().parents[2] / "assets" / "series" / "sunspots_yearly.csv"
MAX_POINTS = 100_000
MAX_CSV_CHARS = 64 * MAX_POINTS     # characters of a series CSV (a row: a label, a comma, a number)


def read_series(source=SUNSPOTS):
    """(labels, values) from a CSV with a header and two columns (label, number), or one column of
    numbers.  source: a path or the CSV text.  Raises ValueError naming the bad row."""
    text = read_file(source, MAX_CSV_CHARS) if isinstance(source, Path) else read_text(source, MAX_CSV_CHARS)
    rows = [r for r in csv.reader(io.StringIO(text)) if r and any(cell.strip() for cell in r)]
    if rows and not _is_number(rows[0][-1]):
        rows = rows[1:]                                    # a header row
    labels, values = [], []
    for k, row in enumerate(rows, 1):
        if not _is_number(row[-1]):
            raise InputError(N_("row {k}: {row!r} is not a number"), k=k, row=row[-1])
        labels.append(row[0].strip() if len(row) > 1 else str(k))
        values.append(float(row[-1]))
    if len(values) < 20:
        raise InputError(N_("the series has {n_values} numbers; at least 20 are needed"), n_values=len(values))
    if len(values) > MAX_POINTS:
        raise InputError(N_("the series has {n_values:,} numbers; the limit is {max_points:,}"),
                         n_values=len(values), max_points=MAX_POINTS)
    return labels, np.array(values)


def _is_number(cell):
    try:
        return math.isfinite(float(cell))
    except ValueError:
        return False


@dataclass
class SeriesData:
    """Windows and targets for one split.  X: (B, W) scaled inputs, y: (B,) scaled targets;
    target_index[b] = position in the series of y[b]; lo, hi: the scaling (x_scaled = (x - lo)/(hi - lo))."""
    labels: list
    values: np.ndarray
    window: int
    lo: float
    hi: float
    X_train: np.ndarray
    y_train: np.ndarray
    X_val: np.ndarray
    y_val: np.ndarray
    train_index: np.ndarray
    val_index: np.ndarray

    def scale(self, v):
        return (np.asarray(v) - self.lo) / (self.hi - self.lo)

    def unscale(self, v):
        return np.asarray(v) * (self.hi - self.lo) + self.lo


def prepare(labels, values, window=5, train_fraction=0.8):
    """Scale with the training part's min/max, cut windows of `window` values, split targets by time."""
    values = np.asarray(values, dtype=np.float64)
    if not (isinstance(window, int) and 1 <= window <= len(values) // 4):
        raise InputError(N_("the window must be a whole number from 1 to {max_window} for this series"),
                         max_window=len(values) // 4)
    if not 0.3 <= train_fraction <= 0.95:
        raise InputError(N_("the training fraction must be from 0.3 to 0.95"))
    targets = np.arange(window, len(values))               # predict values[t] from values[t-W..t-1]
    n_train = int(round(len(targets) * train_fraction))
    lo, hi = float(values[:targets[n_train - 1] + 1].min()), float(values[:targets[n_train - 1] + 1].max())
    hi = hi if hi > lo else lo + 1.0
    scaled = (values - lo) / (hi - lo)
    X = np.stack([scaled[t - window:t] for t in targets])
    y = scaled[targets]
    return SeriesData(list(labels), values, window, lo, hi, X[:n_train], y[:n_train], X[n_train:], y[n_train:],
                      targets[:n_train], targets[n_train:])


def errors(pred, truth):
    """{'rmse', 'mae'} of two arrays (same units)."""
    diff = np.asarray(pred, dtype=float) - np.asarray(truth, dtype=float)
    return {"rmse": float(np.sqrt(np.mean(diff ** 2))), "mae": float(np.mean(np.abs(diff)))}


def naive_baseline(data):
    """'Tomorrow = today': each validation window's last value, in original units."""
    return data.unscale(data.X_val[:, -1])


def series_meta(data, config, summary=None, source=SUNSPOTS.name):
    """The metadata of a series model trained on `data` (a SeriesData) with `config` (a SeriesTrainConfig):
    "labels" (str per step), "values" (the whole series scaled as in training: what the model reads on the
    Gates and Cell state pages), "train_last" (last label of the training part), "train_config" {kind,
    window, hidden, epochs, seed}, "summary" (a copy) and "data" (the CSV's file name).  Tuples: hashable."""
    return {"labels": tuple(str(y) for y in data.labels), "values": tuple(data.scale(data.values).tolist()),
            "train_last": str(data.labels[int(data.train_index[-1])]),
            "train_config": {"kind": config.kind, "window": data.window, "hidden": config.hidden,
                             "epochs": config.epochs, "seed": config.seed},
            "summary": dict(summary or {}), "data": str(source)}


class Settings(NamedTuple):
    """The Time series page's controls: what compare_models() trains with."""
    window: int         # W, years read per prediction
    hidden: int         # H of both models
    epochs: int         # full-batch Adam updates
    seed: int           # initial weights

    def train_config(self, kind):
        return SeriesTrainConfig(kind=kind, hidden=self.hidden, epochs=self.epochs, seed=self.seed)


class Fit(NamedTuple):
    """One model's result on the validation years.  The baseline has no parameters (theta, history None)."""
    kind: str                # "naive", "rnn" or "lstm"
    predictions: np.ndarray  # (n_val,) next-year predictions, in original units
    errors: dict             # {"rmse", "mae"} against the true values, in original units
    theta: np.ndarray = None  # the trained parameters (a SeriesModel's flat vector)
    history: dict = None     # train_series' history: epoch, train_mse, val_mse


class Comparison(NamedTuple):
    settings: Settings
    data: SeriesData
    fits: dict               # kind -> Fit, in COMPARED order

    def model(self, kind="lstm"):
        """The trained model of `kind` as a SeriesModel, with its own copy of the parameters."""
        return SeriesModel(self.settings.train_config(kind).model_config(), self.fits[kind].theta.copy())


COMPARED = ("naive", "rnn", "lstm")


def compare_models(csv_text, settings):
    """Read the CSV, cut windows of settings.window, and fit the repeat-last-value baseline, a vanilla RNN and an
    LSTM (trained on the first 80 % of the years, judged on the rest) -> Comparison.  A pure function of its
    inputs (the page caches it).  Raises ValueError for an unusable series (read_series, prepare)."""
    labels, values = read_series(csv_text)
    data = prepare(labels, values, settings.window)
    truth = data.values[data.val_index]
    naive = naive_baseline(data)
    fits = {"naive": Fit("naive", naive, errors(naive, truth))}
    for kind in ("rnn", "lstm"):
        model, history = train_series(data.X_train, data.y_train, settings.train_config(kind), data.X_val, data.y_val)
        predictions = data.unscale(model.predict(data.X_val))
        fits[kind] = Fit(kind, predictions, errors(predictions, truth), model.theta.copy(), history)
    return Comparison(settings, data, fits)
