"""lstm.cell and lstm.fused: the course equations, and the fused fast path equal to the step function."""
import numpy as np
import pytest

from lstm import cell, fused
from lstm.model import ModelConfig, create
from lstm.ops import sigmoid
from lstm.vocab import Vocabulary

B, X, H = 3, 4, 5


def random_lstm(seed=0):
    rng = np.random.default_rng(seed)
    params = {f"W_{g}": rng.normal(0, 0.5, (H, H + X)) for g in "fico"}
    params.update({f"b_{g}": rng.normal(0, 0.5, H) for g in "fico"})
    return rng, params


def test_lstm_step_is_the_course_equations_written_out():
    rng, p = random_lstm()
    x, h_prev, c_prev = rng.normal(size=(B, X)), rng.normal(size=(B, H)), rng.normal(size=(B, H))
    h, c, s = cell.forward(p, x, h_prev, c_prev)
    for b in range(B):                              # one example at a time, z = [h_prev, x] with h first
        z = np.concatenate([h_prev[b], x[b]])
        f = 1 / (1 + np.exp(-(p["W_f"] @ z + p["b_f"])))
        i = 1 / (1 + np.exp(-(p["W_i"] @ z + p["b_i"])))
        c_bar = np.tanh(p["W_c"] @ z + p["b_c"])
        o = 1 / (1 + np.exp(-(p["W_o"] @ z + p["b_o"])))
        np.testing.assert_allclose(s.f[b], f, atol=1e-14)
        np.testing.assert_allclose(s.c_bar[b], c_bar, atol=1e-14)
        np.testing.assert_allclose(c[b], f * c_prev[b] + i * c_bar, atol=1e-14)
        np.testing.assert_allclose(h[b], o * np.tanh(f * c_prev[b] + i * c_bar), atol=1e-14)
    assert s.h is h and s.c is c and s.i.shape == s.o.shape == (B, H)


def test_backward_returns_the_contract_shapes_and_keys():
    rng, p = random_lstm(1)
    _, _, cache = cell.forward(p, rng.normal(size=(B, X)), rng.normal(size=(B, H)), rng.normal(size=(B, H)))
    dx, dh_prev, dc_prev, grads = cell.backward(p, rng.normal(size=(B, H)), rng.normal(size=(B, H)), cache)
    assert dx.shape == (B, X) and dh_prev.shape == dc_prev.shape == (B, H)
    assert grads.keys() == p.keys()
    assert all(grads[k].shape == p[k].shape for k in p)


def test_sigmoid_is_stable_and_exact():
    a = np.array([-1000.0, -30.0, 0.0, 2.0, 1000.0])
    s = sigmoid(a)
    assert np.isfinite(s).all() and s[0] == 0.0 and s[2] == 0.5 and s[-1] == 1.0
    assert s[3] == pytest.approx(1 / (1 + np.exp(-2.0)), rel=1e-15)


@pytest.mark.parametrize("kind", ["rnn", "gru"])
def test_comparison_cells_ignore_c_and_keep_shapes(kind):
    step, back, gates = cell.CELLS[kind]
    rng = np.random.default_rng(2)
    p = {f"W_{g}": rng.normal(0, 0.5, (H, H + X)) for g in gates}
    p.update({f"b_{g}": rng.normal(0, 0.5, H) for g in gates})
    h, c, cache = step(p, rng.normal(size=(B, X)), rng.normal(size=(B, H)), None)
    assert h.shape == (B, H) and c is None and np.all(np.abs(h) < 1 + 1e-12)
    dx, dh_prev, dc_prev, grads = back(p, np.ones((B, H)), None, cache)
    assert dx.shape == (B, X) and dh_prev.shape == (B, H) and dc_prev is None and grads.keys() == p.keys()


# ---------------------------------------------------------------- fused path == step function (1e-10)
def lstm_model(embed_dim=0, seed=0):
    vocab = Vocabulary.from_text("hello world, hi!")
    model = create(vocab, ModelConfig(kind="lstm", hidden=6, embed_dim=embed_dim, seed=seed))
    model.theta[...] = np.random.default_rng(seed).normal(0, 0.5, model.theta.size)
    return model


@pytest.mark.parametrize("embed_dim", [0, 3])
def test_fused_forward_equals_step_forward(embed_dim):
    model = lstm_model(embed_dim)
    rng = np.random.default_rng(5)
    inputs, targets = model.encode("hello world"), model.encode("ello world,")
    h0, c0 = rng.normal(size=6), rng.normal(size=6)
    fast, caches = model.forward(inputs, targets, h0, c0, fused_path=True)
    slow, step_caches = model.forward(inputs, targets, h0, c0, fused_path=False)
    assert caches is None and len(step_caches) == len(inputs)
    for name in ("f", "i", "c_bar", "c", "o", "h", "logits", "probs", "loss"):
        np.testing.assert_allclose(getattr(fast, name), getattr(slow, name), rtol=0, atol=1e-10, err_msg=name)


@pytest.mark.parametrize("embed_dim", [0, 3])
def test_fused_bptt_equals_step_bptt(embed_dim):
    model = lstm_model(embed_dim, seed=1)
    rng = np.random.default_rng(6)
    inputs = rng.integers(0, model.V, 12)
    targets = rng.integers(0, model.V, 12)
    targets[4] = -1
    h0, c0 = rng.normal(size=6), rng.normal(size=6)
    fast = model.loss_and_grads(inputs, targets, h0, c0, fused_path=True)
    slow = model.loss_and_grads(inputs, targets, h0, c0, fused_path=False)
    assert fast.loss == pytest.approx(slow.loss, abs=1e-10)
    assert np.abs(fast.grad).max() > 1e-3                     # a real gradient, not all zeros
    for name in model.params:
        np.testing.assert_allclose(fast.grads[name], slow.grads[name], rtol=0, atol=1e-10, err_msg=name)


def test_recorded_dh_dc_agree_between_paths():
    model = lstm_model(seed=2)
    trace = model.run("hello world")
    dlogits = np.random.default_rng(7).normal(size=trace.probs.shape)
    fast = model.backward(trace, dlogits, record=True, fused_path=True)
    slow = model.backward(trace, dlogits, record=True, fused_path=False)
    for name in ("grad", "dx", "dh", "dc"):
        np.testing.assert_allclose(getattr(fast, name), getattr(slow, name), rtol=0, atol=1e-10, err_msg=name)


def test_fused_matrix_is_the_four_gate_matrices_stacked_in_course_order():
    model = lstm_model()
    W, H_ = model.fused_W(), model.H
    for k, g in enumerate("fico"):
        assert np.shares_memory(W, model.params[f"W_{g}"])
        np.testing.assert_array_equal(W[k * H_:(k + 1) * H_], model.params[f"W_{g}"])
        np.testing.assert_array_equal(model.fused_b()[k * H_:(k + 1) * H_], model.params[f"b_{g}"])
    x = model.embed(model.encode("hi"))[:, None]                      # (T, B, X) with one stream
    rec = fused.forward(W, model.fused_b(), x, np.zeros((1, H_)), np.zeros((1, H_)))
    gates, c, h = rec.gates[:, :, 0], rec.c[:, 0], rec.h[:, 0]                # gates: (T, 4, B, H)
    assert gates.shape == (2, 4, H_) and c.shape == h.shape == (2, H_)
