"""lstm.attribution against central differences of an independent forward pass.

The reference re-runs the model with lstm.cell's step functions on real-valued inputs x (not only
one-hot rows), perturbing every component of every x_s, s ≤ t, in float64.
"""
import numpy as np
import pytest

from lstm import CharLSTM, ModelConfig, Vocabulary, create
from lstm.attribution import cell_attribution, logprob_attribution, to_frame, truncate
from lstm.cell import CELLS
from lstm.ops import log_softmax

TEXT = "abcab ca bba"
EPS = 1e-5


def small_model(kind="lstm", embed_dim=0, seed=3):
    vocab = Vocabulary.from_text(TEXT)
    return create(vocab, ModelConfig(kind=kind, hidden=5, embed_dim=embed_dim, init_std=0.6, seed=seed))


def reference(model, x, quantity, index):
    """log y_t[index] ('logprob') or C_t[index] ('cell') after reading rows of x, by lstm.cell steps."""
    step = CELLS[model.kind][0]
    h, c = np.zeros((1, model.H)), np.zeros((1, model.H))
    for s in range(len(x)):
        h, c, _ = step(model.params, x[s:s + 1], h, c)
    if quantity == "cell":
        return c[0, index]
    return log_softmax(model.output(h))[0, index]


def numeric_grad(model, x, quantity, index):
    grad = np.zeros_like(x)
    for s in range(x.shape[0]):
        for m in range(x.shape[1]):
            up, down = x.copy(), x.copy()
            up[s, m] += EPS
            down[s, m] -= EPS
            grad[s, m] = (reference(model, up, quantity, index) - reference(model, down, quantity, index)) / (2 * EPS)
    return grad


def rel_err(a, b):
    """Largest |a−b| relative to the size of the gradient row it belongs to."""
    scale = np.maximum(np.abs(a).max(axis=1, keepdims=True) + np.abs(b).max(axis=1, keepdims=True), 1e-12)
    return float((np.abs(a - b) / scale).max())


CASES = [("lstm", 0), ("lstm", 3), ("rnn", 0), ("gru", 0)]


@pytest.mark.parametrize("kind,embed_dim", CASES)
@pytest.mark.parametrize("t", [0, 4, len(TEXT) - 1])
def test_logprob_matches_finite_differences(kind, embed_dim, t):
    model = small_model(kind, embed_dim)
    trace = model.run(TEXT)
    for symbol in (None, 0):
        att = logprob_attribution(model, trace, t, symbol)
        x = trace.x[:t + 1].copy()
        assert np.isclose(att.value, reference(model, x, "logprob", att.index), atol=1e-12)
        num = numeric_grad(model, x, "logprob", att.index)
        assert att.grad.shape == num.shape == (t + 1, model.X)
        assert rel_err(att.grad, num) < 1e-6, (kind, embed_dim, t, symbol, rel_err(att.grad, num))


@pytest.mark.parametrize("embed_dim", [0, 3])
@pytest.mark.parametrize("t", [0, 5, len(TEXT) - 1])
def test_cell_matches_finite_differences(embed_dim, t):
    model = small_model("lstm", embed_dim)
    trace = model.run(TEXT)
    for unit in range(model.H):
        att = cell_attribution(model, trace, t, unit)
        x = trace.x[:t + 1].copy()
        assert att.value == trace.c[t, unit]
        num = numeric_grad(model, x, "cell", unit)
        assert rel_err(att.grad, num) < 1e-6, (embed_dim, t, unit, rel_err(att.grad, num))


def test_predicted_symbol_norm_and_grad_x_input():
    model = small_model()
    trace = model.run(TEXT)
    att = logprob_attribution(model, trace, 6)
    assert att.index == int(np.argmax(trace.probs[6]))
    assert np.allclose(att.norm, np.linalg.norm(att.grad, axis=1))
    # one-hot input: gradient × input is the gradient's entry at the symbol that was read
    assert np.allclose(att.grad_x_input, att.grad[np.arange(7), trace.inputs[:7]])
    frame = to_frame(att, trace.tokens)
    assert list(frame["char"]) == trace.tokens[:7] and len(frame["norm"]) == 7


def test_later_steps_do_not_matter():
    """Attribution at t depends only on the text up to t."""
    model = small_model()
    full, short = model.run(TEXT), model.run(TEXT[:5])
    a, b = logprob_attribution(model, full, 4), logprob_attribution(model, short, 4)
    assert np.allclose(a.grad, b.grad, rtol=0, atol=1e-14)
    assert truncate(full, 5).T == 5 and truncate(full, 5).h.shape == (5, model.H)


def test_default_backward_unchanged_by_seeds():
    """The new dh_last/dc_last seeds default to the old behaviour, on both backward paths."""
    model = CharLSTM(Vocabulary.from_text(TEXT), hidden=4, seed=1)
    trace, _ = model.forward(model.encode(TEXT[:-1]), model.encode(TEXT[1:]))
    dlogits = trace.probs.copy()
    for fused_path in (True, False):
        plain = model.backward(trace, dlogits, fused_path=fused_path, record=True)
        zeros = model.backward(trace, dlogits, fused_path=fused_path, record=True,
                               dh_last=np.zeros(4), dc_last=np.zeros(4))
        assert np.array_equal(plain.grad, zeros.grad) and np.array_equal(plain.dx, zeros.dx)
    seed = np.arange(4.0)
    a = model.backward(trace, dlogits, dc_last=seed, dh_last=-seed, record=True)
    b = model.backward(trace, dlogits, dc_last=seed, dh_last=-seed, record=True, fused_path=False)
    assert np.allclose(a.dx, b.dx, atol=1e-12) and np.allclose(a.dc, b.dc, atol=1e-12)


def test_bad_arguments():
    model = small_model()
    trace = model.run(TEXT)
    with pytest.raises(ValueError):
        logprob_attribution(model, trace, len(TEXT))
    with pytest.raises(ValueError):
        cell_attribution(model, trace, 0, model.H)
    rnn = small_model("rnn")
    with pytest.raises(ValueError, match="no cell state"):
        cell_attribution(rnn, rnn.run(TEXT), 0, 0)


@pytest.mark.parametrize("kind,layers", [("lstm", 1), ("lstm", 2), ("gru", 1)])
def test_a_window_gives_the_same_gradients_for_the_inputs_inside_it(kind, layers):
    """x_s with s ≥ start reaches q only through steps inside the window, which starts from the run's own
    state at start-1: the windowed gradients equal the full ones there, exactly (up to rounding)."""
    vocab = Vocabulary.from_text(TEXT)
    model = create(vocab, ModelConfig(kind=kind, hidden=5, init_std=0.6, seed=3, layers=layers))
    trace = model.run(TEXT)
    t, back = 9, 4
    full, short = logprob_attribution(model, trace, t), logprob_attribution(model, trace, t, back=back)
    assert (short.start, short.grad.shape[0], full.start) == (t + 1 - back, back, 0)
    np.testing.assert_allclose(short.grad, full.grad[t + 1 - back:], rtol=1e-10, atol=1e-12)
    np.testing.assert_allclose(short.norm, full.norm[t + 1 - back:], rtol=1e-10, atol=1e-12)
    assert list(to_frame(short, trace.tokens)["step"]) == list(range(t + 1 - back, t + 1))
    assert logprob_attribution(model, trace, 2, back=back).start == 0          # the window reaches step 0
    if kind == "lstm":
        layer = trace.layers[0]
        full, short = cell_attribution(model, layer, t, 1), cell_attribution(model, layer, t, 1, back=back)
        np.testing.assert_allclose(short.grad, full.grad[t + 1 - back:], rtol=1e-10, atol=1e-12)
        assert short.value == full.value
    with pytest.raises(ValueError, match="window"):
        logprob_attribution(model, trace, t, back=0)
