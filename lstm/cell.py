"""One time step of the recurrent cells, forward and backward side by side.

The LSTM step is the course's, line for line (z = [h_prev, x], h first):
    f = σ(W_f·z + b_f)      i = σ(W_i·z + b_i)      C̃ = tanh(W_C·z + b_C)
    C = f*C_prev + i*C̃      o = σ(W_o·z + b_o)      h = o*tanh(C)
C̃ is spelled `c_bar` and W_C, b_C are `W_c`, `b_c` in code. Shapes (batch first):
x: (B, X), h_prev, c_prev: (B, H), every W_*: (H, H + X), every b_*: (H,).
A vanilla RNN step and a GRU step with the same signature sit below for the comparison pages.
Used by lstm.model (per-step path, sampling) and checked against lstm.fused and lstm.gradcheck.
"""
from dataclasses import dataclass

import numpy as np

from .ops import sigmoid


@dataclass
class LSTMStep:
    """What one LSTM step computed, by course name; backward reads it.  All (B, H) but z: (B, H+X)."""
    z: np.ndarray
    f: np.ndarray
    i: np.ndarray
    c_bar: np.ndarray
    c_prev: np.ndarray
    c: np.ndarray
    o: np.ndarray
    h: np.ndarray


def forward(params, x, h_prev, c_prev):
    """One LSTM step.  x: (B, X), h_prev, c_prev: (B, H) -> h, c: (B, H), cache: LSTMStep."""
    p = params
    z = np.concatenate([h_prev, x], axis=1)            # z = [h_prev, x]: (B, H + X)
    f = sigmoid(z @ p["W_f"].T + p["b_f"])             # forget gate
    i = sigmoid(z @ p["W_i"].T + p["b_i"])             # input gate
    c_bar = np.tanh(z @ p["W_c"].T + p["b_c"])         # candidate C̃
    c = f * c_prev + i * c_bar                         # new cell state
    o = sigmoid(z @ p["W_o"].T + p["b_o"])             # output gate
    h = o * np.tanh(c)
    return h, c, LSTMStep(z, f, i, c_bar, c_prev, c, o, h)


def backward(params, dh, dc, cache):
    """Backprop one LSTM step.  dh, dc: (B, H) = ∂L/∂h, ∂L/∂C from above and from step t+1.

    Returns dx: (B, X), dh_prev, dc_prev: (B, H), grads: dict with the keys of params.
    """
    p, s = params, cache
    H = s.h.shape[1]
    tanh_c = np.tanh(s.c)
    do = dh * tanh_c                                   # h = o*tanh(C)
    dc = dc + dh * s.o * (1.0 - tanh_c ** 2)
    df, di, dc_bar = dc * s.c_prev, dc * s.c_bar, dc * s.i   # C = f*C_prev + i*C̃
    dc_prev = dc * s.f
    da = {"f": df * s.f * (1 - s.f), "i": di * s.i * (1 - s.i),   # σ' = σ(1-σ)
          "c": dc_bar * (1 - s.c_bar ** 2), "o": do * s.o * (1 - s.o)}   # tanh' = 1-tanh²
    grads, dz = {}, 0.0
    for g, d in da.items():
        grads["W_" + g] = d.T @ s.z
        grads["b_" + g] = d.sum(axis=0)
        dz = dz + d @ p["W_" + g]
    return dz[:, H:], dz[:, :H], dc_prev, grads


@dataclass
class RNNStep:
    """What one vanilla RNN step computed.  z: (B, H+X), h: (B, H)."""
    z: np.ndarray
    h: np.ndarray


def rnn_forward(params, x, h_prev, c_prev=None):
    """Vanilla RNN step: h = tanh(W_h·[h_prev, x] + b_h).  c_prev is ignored (no cell state)."""
    z = np.concatenate([h_prev, x], axis=1)
    h = np.tanh(z @ params["W_h"].T + params["b_h"])
    return h, None, RNNStep(z, h)


def rnn_backward(params, dh, dc, cache):
    """Backprop one RNN step; dc is ignored.  Returns dx, dh_prev, None, grads."""
    H = cache.h.shape[1]
    da = dh * (1 - cache.h ** 2)
    dz = da @ params["W_h"]
    grads = {"W_h": da.T @ cache.z, "b_h": da.sum(axis=0)}
    return dz[:, H:], dz[:, :H], None, grads


@dataclass
class GRUStep:
    """What one GRU step computed.  u: update gate, r: reset gate, h_bar: candidate h̃."""
    z: np.ndarray
    u: np.ndarray
    r: np.ndarray
    zr: np.ndarray
    h_bar: np.ndarray
    h_prev: np.ndarray
    h: np.ndarray


def gru_forward(params, x, h_prev, c_prev=None):
    """GRU step (update gate named u, so z stays the course's [h_prev, x]):
        u = σ(W_u·z + b_u)   r = σ(W_r·z + b_r)   h̃ = tanh(W_h·[r*h_prev, x] + b_h)
        h = (1-u)*h_prev + u*h̃
    """
    p = params
    z = np.concatenate([h_prev, x], axis=1)
    u = sigmoid(z @ p["W_u"].T + p["b_u"])
    r = sigmoid(z @ p["W_r"].T + p["b_r"])
    zr = np.concatenate([r * h_prev, x], axis=1)
    h_bar = np.tanh(zr @ p["W_h"].T + p["b_h"])
    h = (1 - u) * h_prev + u * h_bar
    return h, None, GRUStep(z, u, r, zr, h_bar, h_prev, h)


def gru_backward(params, dh, dc, cache):
    """Backprop one GRU step; dc is ignored.  Returns dx, dh_prev, None, grads."""
    p, s = params, cache
    H = s.h.shape[1]
    da_h = dh * s.u * (1 - s.h_bar ** 2)
    dzr = da_h @ p["W_h"]
    dr = dzr[:, :H] * s.h_prev
    da_u = dh * (s.h_bar - s.h_prev) * s.u * (1 - s.u)
    da_r = dr * s.r * (1 - s.r)
    dz = da_u @ p["W_u"] + da_r @ p["W_r"]
    dh_prev = dh * (1 - s.u) + dzr[:, :H] * s.r + dz[:, :H]
    dx = dzr[:, H:] + dz[:, H:]
    grads = {"W_u": da_u.T @ s.z, "b_u": da_u.sum(axis=0),
             "W_r": da_r.T @ s.z, "b_r": da_r.sum(axis=0),
             "W_h": da_h.T @ s.zr, "b_h": da_h.sum(axis=0)}
    return dx, dh_prev, None, grads


# kind -> (forward, backward, names of the cell's weight matrices in flat-vector order)
CELLS = {
    "lstm": (forward, backward, ("f", "i", "c", "o")),
    "rnn": (rnn_forward, rnn_backward, ("h",)),
    "gru": (gru_forward, gru_backward, ("u", "r", "h")),
}
