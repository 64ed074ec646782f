"""Gradient saliency: which earlier inputs x_s a quantity at step t is most sensitive to.

Two quantities, both differentiated through the real BPTT (Model.backward) of the run cut at t:
    log y_t[k]  (log-probability of next symbol k, default the predicted one): dlogits_t = one_hot(k) − y_t
    C_t[j]      (one unit of the LSTM cell state): no dlogits, seed ∂/∂C_t = one_hot(j)
Per input s ≤ t: the size ‖∂q/∂x_s‖₂ and gradient×input Σ_m ∂q/∂x_s[m]·x_s[m]. Used by pages/11_Attribution.py.
"""
from typing import NamedTuple

import numpy as np

from .messages import InputError, N_
from .trace import cut, window


class Attribution(NamedTuple):
    t: int                    # the position the quantity belongs to
    quantity: str             # "logprob" or "cell"
    index: int                # next-symbol index k (logprob) or unit j (cell)
    value: float              # log y_t[k] or C_t[j]
    grad: np.ndarray          # (t+1, X) ∂q/∂x_s for s = 0..t (a window: t+1-start rows, s = start..t)
    norm: np.ndarray          # (t+1,) ‖∂q/∂x_s‖₂
    grad_x_input: np.ndarray  # (t+1,) Σ_m ∂q/∂x_s[m]·x_s[m] (with one-hot x: the entry of the symbol read)
    start: int = 0            # the first input s followed back to (a window: the arrays hold s = start..t)


def truncate(trace, n):
    """The first n steps of a trace's run (every layer's per-step arrays cut to n rows; h0, c0 kept): the
    top layer's cut Trace."""
    return cut(trace, n)


def _check_t(trace, t, back):
    """The first step s the gradient is followed back to: 0, or t+1-back for a window of `back` steps."""
    if not 0 <= t < trace.T:
        raise InputError(N_("position t must be in 0..{last_t}, got {t}"), last_t=trace.T - 1, t=t)
    if back is not None and not (isinstance(back, (int, np.integer)) and back >= 1):
        raise InputError(N_("the window must be a whole number of steps ≥ 1, got {back!r}"), back=back)
    return 0 if back is None else max(0, t + 1 - int(back))


def _result(trace, t, start, quantity, index, value, dx):
    x = trace.x[start:t + 1]
    return Attribution(t, quantity, int(index), float(value), dx, np.linalg.norm(dx, axis=1), (dx * x).sum(axis=1),
                       start)


def logprob_attribution(model, trace, t, symbol=None, back=None):
    """∂ log y_t[symbol] / ∂x_s for s ≤ t (symbol defaults to the predicted next one, argmax y_t).
    back: follow the gradient back at most this many steps (s = t+1-back..t, truncated BPTT from the run's
    state there); None: to step 0."""
    start = _check_t(trace, t, back)
    k = int(np.argmax(trace.probs[t])) if symbol is None else int(symbol)
    if not 0 <= k < model.V:
        raise InputError(N_("symbol index must be in 0..{last_v}, got {k}"), last_v=model.V - 1, k=k)
    short = window(trace, start, t + 1)          # the top layer's: the output reads it
    dlogits = np.zeros_like(short.logits)
    dlogits[-1] = -short.probs[-1]                # ∂ log softmax(a)[k] / ∂a = one_hot(k) − y
    dlogits[-1, k] += 1.0
    dx = model.backward(short, dlogits).dx
    return _result(trace.layers[0], t, start, "logprob", k, np.log(trace.probs[t, k]), dx)


def cell_attribution(model, trace, t, unit, back=None):
    """∂C_t[unit] / ∂x_s for s ≤ t (LSTM only: the other cells have no C), with C of trace's layer
    (trace.layer) and x the model's input (layer 1's x); back as in logprob_attribution."""
    start = _check_t(trace, t, back)
    if model.kind != "lstm":
        raise InputError(N_("a {kind} has no cell state C"), kind=model.kind.upper())
    if not 0 <= unit < model.H:
        raise InputError(N_("unit must be in 0..{last_h}, got {unit}"), last_h=model.H - 1, unit=unit)
    short = window(trace, start, t + 1)
    seed = np.zeros((model.L, model.H))           # a seed in this trace's layer only
    seed[trace.layer - 1, unit] = 1.0
    dx = model.backward(short, np.zeros_like(short.logits), dc_last=seed).dx
    return _result(trace.layers[0], t, start, "cell", unit, trace.c[t, unit], dx)


def to_frame(attribution, tokens):
    """Columns step, char, norm, grad_x_input for s = start..t (for CSV and tables)."""
    steps = np.arange(attribution.start, attribution.t + 1)
    return {"step": steps, "char": [tokens[s] for s in steps],
            "norm": attribution.norm, "grad_x_input": attribution.grad_x_input}
