"""lstm.analysis: PCA, cosine neighbours, encoding sizes, and gradient norms through time checked
against central finite differences (perturb h_t or C_t, run the tail of the sequence, read L_T)."""
import numpy as np
import pytest

from lstm import CharGRU, CharLSTM, CharRNN, Vocabulary
from lstm.analysis import (cosine_similarity, encoding_sizes, gradient_norms_through_time,
                           nearest_neighbours, pca_2d)

TEXT = "hello there"


def test_pca_recovers_a_plane_and_its_variance():
    rng = np.random.default_rng(0)
    plane = rng.normal(size=(30, 2)) * [3.0, 1.0]
    basis = np.linalg.qr(rng.normal(size=(5, 2)))[0].T           # (2, 5) orthonormal rows
    coords, explained = pca_2d(plane @ basis + 7.0)
    assert coords.shape == (30, 2)
    assert explained.sum() == pytest.approx(1.0)
    assert explained[0] > explained[1]
    # distances between points are kept exactly (a rotation/reflection of the plane)
    d_in = np.linalg.norm(plane[:, None] - plane[None], axis=2)
    d_out = np.linalg.norm(coords[:, None] - coords[None], axis=2)
    np.testing.assert_allclose(d_out, d_in, atol=1e-10)


def test_pca_of_one_point_and_bad_input():
    coords, explained = pca_2d(np.ones((1, 4)))
    np.testing.assert_array_equal(coords, 0.0)
    np.testing.assert_array_equal(explained, 0.0)
    with pytest.raises(ValueError):
        pca_2d(np.ones(3))


def test_cosine_neighbours_by_hand():
    v = np.array([[1.0, 0.0], [0.9, 0.1], [0.0, 1.0], [-1.0, 0.0], [0.0, 0.0]])
    sims = cosine_similarity(v)
    assert sims[0, 3] == pytest.approx(-1.0)
    assert sims[4].tolist() == [0.0] * 5
    idx, s = nearest_neighbours(v, 0, k=3)
    assert idx.tolist() == [1, 2, 4]
    assert s[0] == pytest.approx(0.9 / np.hypot(0.9, 0.1))
    assert len(nearest_neighbours(v, 0, k=10)[0]) == 4          # never itself
    np.testing.assert_allclose(nearest_neighbours(v, 1, k=4)[1], np.sort(np.delete(sims[1], 1))[::-1])


def test_encoding_sizes():
    sizes = encoding_sizes(n_symbols=10, vocab_size=7, embed_size=80)
    assert sizes["encoding"] == ["index", "one-hot", "embedding"]
    assert sizes["per_symbol"].tolist() == [1, 7, 80]
    assert sizes["whole_text"].tolist() == [10, 70, 800]
    assert sizes["table"].tolist() == [0, 0, 560]


def tail_loss(model, inputs, t, t_end, h_t, c_t):
    """L_T computed by running steps t+1..T from the state (h_t, C_t)."""
    trace, _ = model.forward(inputs[t + 1:t_end + 1], inputs[t + 2:t_end + 2], h0=h_t, c0=c_t)
    return trace.loss[-1]


@pytest.mark.parametrize("cls", [CharLSTM, CharRNN, CharGRU])
def test_dh_matches_finite_differences(cls):
    model = cls(Vocabulary.from_text(TEXT), hidden=4, seed=1, init_std=0.5)
    inputs = model.encode(TEXT)
    t_end = len(inputs) - 2
    result = gradient_norms_through_time(model, TEXT)
    trace = model.run(TEXT)
    eps = 1e-6
    for t in (0, 3, t_end - 1):
        c_t = trace.c[t] if trace.c is not None else None
        fd = np.zeros(model.H)
        for j in range(model.H):
            e = np.eye(model.H)[j] * eps
            fd[j] = (tail_loss(model, inputs, t, t_end, trace.h[t] + e, c_t)
                     - tail_loss(model, inputs, t, t_end, trace.h[t] - e, c_t)) / (2 * eps)
        assert result["dh_norm"][t] == pytest.approx(np.linalg.norm(fd), rel=1e-6), t
    assert result["distance"].tolist() == list(range(t_end, -1, -1))
    assert result["loss"] == pytest.approx(trace.loss[t_end])
    assert (result["dc_norm"] is None) == (cls is not CharLSTM)


def test_lstm_dc_matches_finite_differences():
    """Total ∂L_T/∂C_t: C_t moves h_t = o_t·tanh(C_t) too, so both are perturbed together."""
    model = CharLSTM(Vocabulary.from_text(TEXT), hidden=4, seed=2, init_std=0.5)
    inputs = model.encode(TEXT)
    t_end = len(inputs) - 2
    trace = model.run(TEXT)
    result = gradient_norms_through_time(model, TEXT)
    eps = 1e-6
    for t in (1, 5):
        fd = np.zeros(model.H)
        for j in range(model.H):
            e = np.eye(model.H)[j] * eps
            up, down = trace.c[t] + e, trace.c[t] - e
            fd[j] = (tail_loss(model, inputs, t, t_end, trace.o[t] * np.tanh(up), up)
                     - tail_loss(model, inputs, t, t_end, trace.o[t] * np.tanh(down), down)) / (2 * eps)
        assert result["dc_norm"][t] == pytest.approx(np.linalg.norm(fd), rel=1e-6), t


def test_last_step_is_the_output_layer_and_t_end_is_checked():
    model = CharRNN(Vocabulary.from_text(TEXT), hidden=3, seed=0)
    result = gradient_norms_through_time(model, TEXT, t_end=4)
    trace = model.run(TEXT)
    dlogits = trace.probs[4].copy()
    dlogits[trace.targets[4]] -= 1.0
    assert result["dh_norm"][-1] == pytest.approx(np.linalg.norm(dlogits @ model.params["W_y"]))
    assert len(result["step"]) == 5 and result["t_end"] == 4
    for bad in (-1, len(TEXT) - 1):
        with pytest.raises(ValueError):
            gradient_norms_through_time(model, TEXT, t_end=bad)
    with pytest.raises(ValueError):
        gradient_norms_through_time(model, "h")


def test_reads_a_frozen_model_without_writing():
    model = CharLSTM(Vocabulary.from_text(TEXT), hidden=3, seed=0)
    before = model.theta.copy()
    model.theta.flags.writeable = False
    for view in model.params.values():
        view.flags.writeable = False
    gradient_norms_through_time(model, TEXT)
    np.testing.assert_array_equal(model.theta, before)
