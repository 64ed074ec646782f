"""lstm.trace: shapes, the course identities at every step, the long table and its CSV export."""
import csv
import io

import numpy as np
import pytest

from lstm import CharGRU, CharLSTM, CharRNN, Vocabulary

TEXT = "zażółć\tgęślą\njaźń 🙂"


@pytest.fixture(scope="module")
def trace():
    model = CharLSTM(Vocabulary.from_text(TEXT), hidden=5, seed=3, init_std=0.5)
    rng = np.random.default_rng(0)
    return model.run(TEXT, h0=rng.normal(size=5), c0=rng.normal(size=5))


def test_shapes(trace):
    T, V = len(TEXT), len(set(TEXT))
    assert (trace.T, trace.H) == (T, 5)
    for name in ("f", "i", "c_bar", "c", "o", "h"):
        assert getattr(trace, name).shape == (T, 5), name
    assert trace.logits.shape == trace.probs.shape == (T, V)
    assert trace.x.shape == (T, V) and trace.loss.shape == (T,)
    assert trace.tokens == list(TEXT)
    assert trace.quantities == ("f", "i", "c_bar", "c", "o", "h")


def test_cell_state_identity_holds_at_every_step(trace):
    c_prev = np.vstack([trace.c0[None], trace.c[:-1]])
    np.testing.assert_allclose(trace.c, trace.f * c_prev + trace.i * trace.c_bar, rtol=0, atol=1e-14)
    np.testing.assert_allclose(trace.h, trace.o * np.tanh(trace.c), rtol=0, atol=1e-14)
    np.testing.assert_allclose(trace.get("tanh_c"), np.tanh(trace.c))


def test_gates_are_in_range_and_probs_sum_to_one(trace):
    for gate in (trace.f, trace.i, trace.o):
        assert ((gate > 0) & (gate < 1)).all()
    assert (np.abs(trace.c_bar) < 1).all()
    np.testing.assert_allclose(trace.probs.sum(axis=1), 1.0, atol=1e-12)


def test_targets_and_loss(trace):
    assert trace.targets[:-1].tolist() == trace.inputs[1:].tolist() and trace.targets[-1] == -1
    assert np.isnan(trace.loss[-1])
    t = 2
    assert trace.loss[t] == pytest.approx(-np.log(trace.probs[t, trace.targets[t]]), rel=1e-12)
    assert trace.total_loss() == pytest.approx(np.sum(trace.loss[:-1]), rel=1e-12)
    assert trace.mean_loss() == pytest.approx(np.mean(trace.loss[:-1]), rel=1e-12)


def test_to_frame_is_a_long_table(trace):
    frame = trace.to_frame()
    n = len(trace.quantities) * trace.T * trace.H
    assert list(frame) == ["step", "char", "unit", "quantity", "value"]
    assert all(len(column) == n for column in frame.values())
    # every row names exactly the value it holds
    for row in (0, 7, n // 2, n - 1):
        q, t, u = frame["quantity"][row], frame["step"][row], frame["unit"][row]
        assert frame["value"][row] == trace.get(q)[t, u]
        assert frame["char"][row] == TEXT[t]


def test_to_frame_with_chosen_quantities(trace):
    frame = trace.to_frame(["c", "tanh_c"])
    assert set(frame["quantity"]) == {"c", "tanh_c"} and len(frame["value"]) == 2 * trace.T * trace.H


def test_to_csv_writes_a_parseable_csv(trace, tmp_path):
    path = tmp_path / "trace.csv"
    trace.to_csv(path)                                                     # a pathlib.Path, as well as a str
    with open(path, newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["step", "char", "unit", "quantity", "value"]
    assert len(rows) == 1 + len(trace.quantities) * trace.T * trace.H
    by_key = {(r[3], int(r[0]), int(r[2])): (r[1], float(r[4])) for r in rows[1:]}
    for q, t, u in [("f", 0, 0), ("c", 6, 3), ("h", trace.T - 1, 4)]:     # step 6 is the tab
        char, value = by_key[(q, t, u)]
        assert char == TEXT[t] and value == trace.get(q)[t, u]             # repr round-trips floats
    assert by_key[("o", 12, 1)][0] == "\n"                                 # a newline survives quoting


def test_to_csv_to_a_text_stream(trace):
    buffer = io.StringIO()
    trace.to_csv(buffer, quantities=["h"])
    rows = list(csv.reader(io.StringIO(buffer.getvalue())))
    assert len(rows) == 1 + trace.T * trace.H and rows[-1][1] == "🙂"


@pytest.mark.parametrize("cls, quantities", [(CharRNN, ("h",)), (CharGRU, ("u", "r", "h_bar", "h"))])
def test_other_kinds_record_their_own_quantities(cls, quantities):
    trace = cls(Vocabulary.from_text("abcab"), hidden=3, seed=0).run("abcab")
    assert trace.kind == cls.KIND and trace.quantities == quantities
    assert all(trace.get(q).shape == (5, 3) for q in quantities)
    if cls is CharGRU:   # h = (1-u)*h_prev + u*h̃
        h_prev = np.vstack([trace.h0[None], trace.h[:-1]])
        np.testing.assert_allclose(trace.h, (1 - trace.u) * h_prev + trace.u * trace.h_bar, atol=1e-14)
    assert len(trace.to_frame()["value"]) == len(quantities) * 15


@pytest.mark.parametrize("layers", [1, 2])
def test_a_frozen_run_cannot_be_changed_and_keeps_its_numbers(layers):
    """lstm.trace.freeze: what a shared cache hands every page and session is read-only, every layer's."""
    from lstm.trace import freeze, window
    model = CharLSTM(Vocabulary.from_text("hello world"), hidden=4, seed=0, layers=layers)
    trace, copy = model.run("hello world"), model.run("hello world")
    assert freeze(trace) is trace
    assert trace.tokens == tuple("hello world") and len(trace.layers) == layers
    for layer, same in zip(trace.layers, copy.layers):
        assert isinstance(layer.tokens, tuple)
        for name in ("x", "h", "c", "f", "probs", "loss"):
            np.testing.assert_array_equal(layer.get(name), same.get(name))
            with pytest.raises(ValueError, match="read-only"):
                layer.get(name)[0] = 0
    np.testing.assert_array_equal(window(trace, 2, 5).h, copy.h[2:5])     # views of it work as before
