"""Analyses behind the Encodings and Gradients-through-time pages (numpy only).

PCA to 2-D via SVD, cosine nearest neighbours, how many numbers each encoding stores, and the
norm of ∂L_T/∂h_t (and ∂L_T/∂C_t) against the distance T−t, from Model.backward(record=True).
Used by pages/1_Encodings.py and pages/7_Gradients_through_time.py; tested in tests/unit/test_analysis.py.
"""
import numpy as np

from .messages import InputError, N_

ENCODINGS = ("index", "one-hot", "embedding")


def pca_2d(vectors):
    """Project rows of vectors (N, D) onto their first two principal components.

    Returns coords (N, 2) and the fraction of the variance each component explains (2,).
    Centres the rows, takes the SVD X = U·S·Vᵀ, coords = U·S; components beyond rank are zeros.
    """
    x = np.asarray(vectors, dtype=np.float64)
    if x.ndim != 2 or len(x) == 0:
        raise InputError(N_("expected a non-empty (N, D) array, got shape {shape}"), shape=x.shape)
    centred = x - x.mean(axis=0)
    u, s, _vt = np.linalg.svd(centred, full_matrices=False)
    coords = np.zeros((len(x), 2))
    k = min(2, len(s))
    coords[:, :k] = u[:, :k] * s[:k]
    total = float((s ** 2).sum())
    explained = np.zeros(2)
    if total > 0:
        explained[:k] = s[:k] ** 2 / total
    return coords, explained


def cosine_similarity(vectors):
    """(N, N) cosine similarity of the rows; a zero row has similarity 0 with everything."""
    x = np.asarray(vectors, dtype=np.float64)
    norms = np.linalg.norm(x, axis=1)
    unit = np.divide(x, norms[:, None], out=np.zeros_like(x), where=norms[:, None] > 0)
    return unit @ unit.T


def nearest_neighbours(vectors, index, k=5):
    """The k rows most cosine-similar to row `index` (itself excluded), best first.

    Returns (indices (k,), similarities (k,)); fewer than k when there are fewer other rows.
    """
    x = np.asarray(vectors, dtype=np.float64)
    norms = np.linalg.norm(x, axis=1)
    sims = np.divide(x @ x[index], norms * norms[index], out=np.zeros(len(x)), where=norms * norms[index] > 0)
    order = [j for j in np.argsort(-sims, kind="stable") if j != index][:k]
    return np.array(order, dtype=np.int64), sims[order]


def encoding_sizes(n_symbols, vocab_size, embed_size):
    """Numbers stored per symbol and for a text of n_symbols, for each encoding (in ENCODINGS order).

    index: 1 integer per symbol; one-hot: V numbers (one 1, V−1 zeros); embedding: D numbers, plus
    the lookup table itself (V·D numbers, stored once).  Returns a dict of columns:
    encoding, per_symbol, whole_text, table (numbers stored once, whatever the text's length).
    """
    per_symbol = np.array([1, vocab_size, embed_size], dtype=np.int64)
    return {"encoding": list(ENCODINGS), "per_symbol": per_symbol, "whole_text": per_symbol * n_symbols,
            "table": np.array([0, 0, vocab_size * embed_size], dtype=np.int64)}


def loss_gradient_at(trace, t_end):
    """dlogits (T, V) of L_T = -ln y_T[target_T]: y_T − one_hot(target_T) in row t_end, zeros elsewhere."""
    target = int(trace.targets[t_end])
    if target < 0:
        raise InputError(N_("step {t_end} has no target to predict"), t_end=t_end)
    dlogits = np.zeros_like(trace.probs)
    dlogits[t_end] = trace.probs[t_end]
    dlogits[t_end, target] -= 1.0
    return dlogits


def gradient_norms_through_time(model, text_or_indices, t_end=None):
    """‖∂L_T/∂h_t‖ (and ‖∂L_T/∂C_t‖ for an LSTM) for every step t ≤ T, by BPTT of L_T alone.

    L_T = -ln y_T[target_T], the loss at one step T (default: the last step that has a target).
    Returns a dict: step t (T+1,), distance T−t, dh_norm, dc_norm (None unless LSTM), tokens, loss
    (the value of L_T) and t_end.  The model is only read, never changed.
    """
    inputs = model.encode(text_or_indices)
    if len(inputs) < 2:
        raise InputError(N_("need at least 2 symbols: one to read and one to predict"))
    t_end = len(inputs) - 2 if t_end is None else int(t_end)
    if not 0 <= t_end <= len(inputs) - 2:
        raise InputError(N_("t_end must be in 0..{last_t}, got {t_end}"), last_t=len(inputs) - 2, t_end=t_end)
    trace, caches = model.forward(inputs[:t_end + 1], inputs[1:t_end + 2])
    back = model.backward(trace, loss_gradient_at(trace, t_end), caches, record=True)
    steps = np.arange(t_end + 1)
    return {"step": steps, "distance": t_end - steps,
            "dh_norm": np.linalg.norm(back.dh, axis=1),
            "dc_norm": None if back.dc is None else np.linalg.norm(back.dc, axis=1),
            "tokens": list(trace.tokens), "loss": float(trace.loss[t_end]), "t_end": t_end}
