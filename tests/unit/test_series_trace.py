"""lstm.series -> lstm.trace.Trace: a series run drawn by the Gates and Cell state pages must carry exactly
SeriesModel.run's numbers (and, for the LSTM, the per-step cell's), labelled by the years, with no fake
symbols, probabilities or cross-entropy; GRU runs record their gates too."""
import csv
import io

import numpy as np
import pytest

import lstm.cell
from lstm import ModelConfig
from lstm.series import SeriesModel
from lstm.trace import QUANTITIES, Trace

SERIES = np.abs(np.sin(np.arange(14) / 1.7))            # 14 values in [0, 1], like the scaled sunspots
YEARS = [str(1700 + k) for k in range(14)]


def model_of(kind, hidden=3):
    return SeriesModel(ModelConfig(kind=kind, hidden=hidden, seed=5, init_std=0.6))


@pytest.mark.parametrize("kind", ["lstm", "rnn", "gru"])
def test_trace_holds_the_runs_values_labelled_by_year(kind):
    model = model_of(kind)
    run, trace = model.run(SERIES), model.trace(SERIES, [int(y) for y in YEARS])
    assert isinstance(trace, Trace) and trace.kind == kind
    assert trace.tokens == YEARS                           # labels become strings
    assert (trace.T, trace.H) == (14, 3)
    np.testing.assert_array_equal(trace.x, SERIES.reshape(14, 1))
    np.testing.assert_array_equal(trace.h0, np.zeros(3))
    np.testing.assert_array_equal(trace.c0, np.zeros(3))
    np.testing.assert_array_equal(trace.h, run.h)
    np.testing.assert_array_equal(trace.logits[:, 0], run.y_hat)
    for name in QUANTITIES[kind]:
        assert trace.get(name).shape == (14, 3), name
        np.testing.assert_array_equal(trace.get(name), getattr(run, name), err_msg=name)


def test_no_symbols_probabilities_or_cross_entropy_are_invented():
    trace = model_of("lstm").trace(SERIES, YEARS)
    assert trace.logits.shape == (14, 1) and trace.probs.shape == (14, 0)
    assert (trace.inputs == -1).all() and (trace.targets == -1).all()
    assert np.isnan(trace.loss).all() and np.isnan(trace.mean_loss())


def test_lstm_trace_equals_the_cell_step_by_step():
    """The fused run against lstm.cell.forward called once per year: independent of lstm.fused."""
    model = model_of("lstm", hidden=4)
    trace = model.trace(SERIES, YEARS)
    h, c = np.zeros((1, 4)), np.zeros((1, 4))
    for t, value in enumerate(SERIES):
        h, c, cache = lstm.cell.forward(model.params, np.array([[value]]), h, c)
        for name in ("f", "i", "c_bar", "o", "c", "h"):
            np.testing.assert_allclose(trace.get(name)[t], getattr(cache, name)[0], rtol=0, atol=1e-12,
                                       err_msg=f"{name} at step {t}")
    c_prev = np.vstack([trace.c0[None], trace.c[:-1]])
    np.testing.assert_allclose(trace.c, trace.f * c_prev + trace.i * trace.c_bar, atol=1e-14)


def test_gru_run_records_its_gates_and_matches_the_window_path():
    model = model_of("gru")
    run = model.run(SERIES)
    h_prev = np.vstack([np.zeros((1, 3)), run.h[:-1]])
    np.testing.assert_allclose(run.h, (1 - run.u) * h_prev + run.u * run.h_bar, atol=1e-14)
    assert ((run.u > 0) & (run.u < 1)).all() and ((run.r > 0) & (run.r < 1)).all()
    for t in range(1, 14):
        assert np.isclose(model.predict(SERIES[None, :t])[0], run.y_hat[t - 1], atol=1e-12)


@pytest.mark.parametrize("kind", ["lstm", "rnn", "gru"])
def test_to_frame_and_csv_use_the_years(kind):
    trace = model_of(kind).trace(SERIES, YEARS)
    names = QUANTITIES[kind]
    frame = trace.to_frame()
    assert len(frame["value"]) == 14 * 3 * len(names)
    assert list(frame["char"][:3]) == ["1700"] * 3 and frame["char"][3] == "1701"
    last = frame["quantity"] == names[-1]
    np.testing.assert_array_equal(frame["value"][last], trace.get(names[-1]).ravel())
    out = io.StringIO()
    trace.to_csv(out)
    rows = list(csv.reader(io.StringIO(out.getvalue())))
    assert rows[0] == ["step", "char", "unit", "quantity", "value"] and rows[1][1] == "1700"
    assert len(rows) == 1 + 14 * 3 * len(names)


def test_labels_must_match_the_series():
    with pytest.raises(ValueError, match="13 labels for a series of 14 values"):
        model_of("lstm").trace(SERIES, YEARS[:-1])
