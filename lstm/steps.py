"""The per-step path: a model's cell forward/backward (lstm.cell) called once per step in a Python loop.

Every kind of cell runs here (the RNN and GRU always, the LSTM when fused_path=False); one layer, one
stream. Slower than lstm.fused but written exactly as the course's equations, so tests hold the two
paths equal. Used by lstm.model.
"""
import numpy as np

from .cell import CELLS
from .notation import QUANTITIES


def forward(model, x, h0, c0, keep_h=None, keep_c=None):
    """x: (T, X), h0, c0: (H,) -> ([one dict of (T, H) arrays by course name, with x, h0, c0], caches).
    keep_h, keep_c: optional (H,) multipliers that switch units off, as in lstm.fused.forward."""
    step = CELLS[model.kind][0]
    h, c, caches = h0[None], c0[None], []
    for t in range(len(x)):
        h, c, cache = step(model.params, x[t:t + 1], h, c if keep_c is None else keep_c * c)
        if keep_h is not None:
            h = keep_h * h
            cache.h = h
        caches.append(cache)
    names = QUANTITIES[model.kind] if caches else ["h"]
    parts = {n: np.vstack([getattr(s, n) for s in caches]) if caches else np.zeros((0, model.H), model.dtype)
             for n in names}
    return [dict(parts, x=x, h0=h0, c0=c0)], caches


def backward(model, caches, dh_out, grads, record=False, dh_last=None, dc_last=None):
    """BPTT with the cell's own backward step, accumulating into grads.  Returns dx: (T, X), dh, dC.
    dh_last, dc_last: optional (H,) seeds of the carried ∂L/∂h, ∂L/∂C at the last step."""
    step_back = CELLS[model.kind][1]
    T, H, dtype = len(caches), model.H, model.dtype
    dh_next = np.zeros((1, H), dtype) if dh_last is None else np.asarray(dh_last, dtype=dtype).reshape(1, H)
    dc_next = np.zeros((1, H), dtype) if dc_last is None else np.asarray(dc_last, dtype=dtype).reshape(1, H)
    dx = np.zeros((T, model.X), dtype)
    dh_all, dc_all = (np.zeros((T, H), dtype), np.zeros((T, H), dtype)) if record else (None, None)
    for t in range(T - 1, -1, -1):
        dh = dh_out[t:t + 1] + dh_next
        if record:
            dh_all[t] = dh[0]
        if record and model.kind == "lstm":              # total ∂L/∂C_t = carried + through h_t
            s = caches[t]
            dc_all[t] = (dc_next + dh * s.o * (1 - np.tanh(s.c) ** 2))[0]
        dx[t], dh_next, dc_next, g = step_back(model.params, dh, dc_next, caches[t])
        for name, value in g.items():
            grads[name] += value
    return dx, dh_all, (dc_all if model.kind == "lstm" else None)
