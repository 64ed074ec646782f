"""Sequence models over symbols: CharLSTM (the course's), CharRNN and CharGRU for comparison.

All parameters live in one flat float64 vector `theta`; `params` holds named views into it
(W_f, W_i, W_c, W_o, b_*, W_y, b_y, and E with a learned embedding), so optimizers update one
array while the cell code reads the course's names. run() records a Trace; loss_and_grads()
does (truncated) BPTT over a window with carried state, or over a whole text.
Used by lstm.train, lstm.sample, lstm.checkpoint and every app page.
"""
import math
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np

from . import fused
from .cell import CELLS
from .ops import log_softmax, softmax
from .trace import Trace
from .vocab import Vocabulary

KINDS = ("lstm", "rnn", "gru")
MAX_HIDDEN = 1024       # larger H is refused: 4H(H+X) weights would not train in a lesson anyway
MAX_VOCAB = 20000


def _whole(value):
    """A whole number, but not a bool (True is an int in Python)."""
    return isinstance(value, (int, np.integer)) and not isinstance(value, bool)


@dataclass(frozen=True)
class ModelConfig:
    """Architecture and initialisation; frozen, so it can be a cache key."""
    kind: str = "lstm"        # cell: "lstm" (the course's), "rnn" (vanilla) or "gru"
    hidden: int = 20          # H, units in h and C; the course uses 20
    embed_dim: int = 0        # D: 0 = one-hot input (X = V); > 0 = learned table E (V, D) before the cell
    init_std: float = 0.1     # weights ~ N(0, init_std²) as in the course; biases start at 0
    forget_bias: float = 0.0  # initial b_f (LSTM only); 1.0 keeps memory flowing early in training
    seed: int = 0             # seeds the initial weights: same seed, same model

    def __post_init__(self):
        if self.kind not in KINDS:
            raise ValueError(f"unknown model kind {self.kind!r}: use one of {', '.join(KINDS)}")
        if not (_whole(self.hidden) and 1 <= self.hidden <= MAX_HIDDEN):
            raise ValueError(f"hidden size must be a whole number from 1 to {MAX_HIDDEN}, got {self.hidden!r}")
        if not (_whole(self.embed_dim) and 0 <= self.embed_dim <= MAX_HIDDEN):
            raise ValueError(f"embedding size must be a whole number from 0 to {MAX_HIDDEN}, got {self.embed_dim!r}")
        if not (math.isfinite(self.init_std) and self.init_std > 0):
            raise ValueError(f"init_std must be a positive number, got {self.init_std!r}")
        if not math.isfinite(self.forget_bias):
            raise ValueError(f"forget_bias must be a finite number, got {self.forget_bias!r}")


def param_shapes(config, vocab_size):
    """[(name, shape)] in flat-vector order.  The cell's W_* are adjacent so they form one fused matrix."""
    H, D, V = config.hidden, config.embed_dim, vocab_size
    X = D or V
    gates = CELLS[config.kind][2]
    shapes = [("E", (V, D))] if D else []
    shapes += [(f"W_{g}", (H, H + X)) for g in gates] + [(f"b_{g}", (H,)) for g in gates]
    return shapes + [("W_y", (V, H)), ("b_y", (V,))]


def named_views(flat, shapes):
    """Split a flat vector into named, reshaped views (no copies)."""
    views, start = {}, 0
    for name, shape in shapes:
        size = math.prod(shape)
        views[name] = flat[start:start + size].reshape(shape)
        start += size
    return views


class LossGrads(NamedTuple):
    loss: float          # Σ_t -ln y_t[target_t] over the window
    grad: np.ndarray     # ∂loss/∂theta, flat, same layout as model.theta
    grads: dict          # the same gradient as named views (keys of model.params)
    trace: Trace         # the forward record the gradient was computed from


class Backward(NamedTuple):
    grad: np.ndarray     # flat gradient, layout of model.theta
    grads: dict          # named views of grad
    dx: np.ndarray       # (T, X) ∂L/∂x_t
    dh: np.ndarray       # (T, H) total ∂L/∂h_t, or None unless record=True
    dc: np.ndarray       # (T, H) total ∂L/∂C_t (LSTM), or None


class Model:
    """A recurrent language model: input encoding -> cell (LSTM/RNN/GRU) -> y = softmax(W_y·h + b_y)."""

    def __init__(self, vocab, config=None, theta=None):
        if not isinstance(vocab, Vocabulary):
            raise TypeError("vocab must be an lstm.vocab.Vocabulary")
        self.vocab, self.config = vocab, config or ModelConfig()
        if len(vocab) > MAX_VOCAB:
            raise ValueError(f"vocabulary of {len(vocab)} symbols is too large (limit {MAX_VOCAB})")
        self.shapes = param_shapes(self.config, len(vocab))
        size = sum(math.prod(s) for _, s in self.shapes)
        if theta is None:
            theta = self._init_theta(size)
        self.theta = np.ascontiguousarray(theta, dtype=np.float64)
        if self.theta.shape != (size,):
            raise ValueError(f"theta has shape {self.theta.shape}, expected ({size},)")
        self.params = named_views(self.theta, self.shapes)

    def _init_theta(self, size):
        rng = np.random.default_rng(self.config.seed)
        theta = np.zeros(size)
        for name, view in named_views(theta, self.shapes).items():
            if name.startswith(("W", "E")):
                view[...] = rng.normal(0.0, self.config.init_std, view.shape)
        if self.config.kind == "lstm":
            named_views(theta, self.shapes)["b_f"][...] = self.config.forget_bias
        return theta

    # sizes ---------------------------------------------------------------------------------
    kind = property(lambda self: self.config.kind)
    H = property(lambda self: self.config.hidden)
    V = property(lambda self: len(self.vocab))
    X = property(lambda self: self.config.embed_dim or len(self.vocab))

    def copy(self):
        """An independent model with the same vocabulary, config and weights."""
        return type(self)(self.vocab, self.config, self.theta.copy())

    # input and output layers ------------------------------------------------------------------
    def encode(self, text_or_indices):
        """Text (or indices) -> indices (T,) via the model's vocabulary."""
        symbols = isinstance(text_or_indices, str) or (
            isinstance(text_or_indices, list) and text_or_indices and isinstance(text_or_indices[0], str))
        if symbols:
            return self.vocab.encode(text_or_indices)
        idx = np.asarray(text_or_indices, dtype=np.int64)
        if idx.size and (idx.min() < 0 or idx.max() >= self.V):
            raise ValueError(f"indices must be in 0..{self.V - 1}")
        return idx

    def embed(self, inputs):
        """Indices (T,) -> input vectors x: (T, X): one-hot rows, or rows of the learned table E."""
        return self.params["E"][inputs] if self.config.embed_dim else self.vocab.one_hot(inputs)

    def input_embeddings(self):
        """Each symbol's learned input vector: (V, D) = E with a learned table; with one-hot input,
        (V, G·H) = the input block of the gate weights (row v = W_g[:, H + v] for each gate g),
        since W_g·[h, one_hot(v)] picks exactly that column."""
        if self.config.embed_dim:
            return self.params["E"].copy()
        gates = CELLS[self.kind][2]
        return np.hstack([self.params[f"W_{g}"][:, self.H:].T for g in gates])

    def output(self, h):
        """h: (T, H) -> logits (T, V) = W_y·h + b_y."""
        return h @ self.params["W_y"].T + self.params["b_y"]

    # forward and backward -------------------------------------------------------------------------
    def _initial_state(self, h0, c0):
        h0 = np.zeros(self.H) if h0 is None else np.asarray(h0, dtype=np.float64).reshape(self.H)
        c0 = np.zeros(self.H) if c0 is None else np.asarray(c0, dtype=np.float64).reshape(self.H)
        return h0, c0

    def forward(self, inputs, targets, h0=None, c0=None, fused_path=True):
        """Run over a window.  inputs, targets: (T,) indices (-1 target = nothing to predict).

        Returns (trace, caches); caches is None on the fused LSTM path, else the per-step records.
        """
        h0, c0 = self._initial_state(h0, c0)
        inputs, targets = np.asarray(inputs, dtype=np.int64), np.asarray(targets, dtype=np.int64)
        x = self.embed(inputs)
        if self.kind == "lstm" and fused_path:
            gates, c, h = fused.forward(self.fused_W(), self.fused_b(), x, h0, c0)
            parts, caches = dict(f=gates[:, 0], i=gates[:, 1], c_bar=gates[:, 2], o=gates[:, 3], c=c), None
        else:
            parts, caches = self._forward_steps(x, h0, c0)
            h = parts.pop("h")
        logits = self.output(h)
        logp = log_softmax(logits)
        valid = targets >= 0
        loss = np.full(len(inputs), np.nan)
        loss[valid] = -logp[np.nonzero(valid)[0], targets[valid]]
        tokens = [self.vocab.symbols[k] for k in inputs]
        trace = Trace(self.kind, tokens, inputs, targets, x, h0, c0, h, logits, np.exp(logp), loss, **parts)
        return trace, caches

    def _forward_steps(self, x, h0, c0):
        """The per-step path: cell forward in a Python loop, B = 1.  Returns (arrays by name, caches)."""
        step = CELLS[self.kind][0]
        h, c, caches = h0[None], c0[None], []
        for t in range(len(x)):
            h, c, cache = step(self.params, x[t:t + 1], h, c)
            caches.append(cache)
        names = [n for n in ("f", "i", "c_bar", "c", "o", "u", "r", "h_bar", "h") if hasattr(caches[0], n)] if caches else ["h"]
        parts = {n: np.vstack([getattr(s, n) for s in caches]) if caches else np.zeros((0, self.H)) for n in names}
        return parts, caches

    def run(self, text_or_indices, h0=None, c0=None):
        """Feed every symbol of a text; each step predicts the next one (the last step has no target)."""
        inputs = self.encode(text_or_indices)
        if len(inputs) == 0:
            raise ValueError("nothing to run: the text is empty")
        targets = np.append(inputs[1:], -1)
        return self.forward(inputs, targets, h0, c0)[0]

    def loss_and_grads(self, inputs, targets, h0=None, c0=None, fused_path=True):
        """Cross-entropy summed over the window and its gradient by BPTT through the window.

        Carry state between windows by passing the previous trace's last h, C (truncated BPTT);
        pass the whole text as one window for full BPTT.
        """
        trace, caches = self.forward(inputs, targets, h0, c0, fused_path)
        valid = trace.targets >= 0
        dlogits = trace.probs.copy()                       # ∂(-ln y[target])/∂logits = y - one_hot(target)
        dlogits[np.nonzero(valid)[0], trace.targets[valid]] -= 1.0
        dlogits[~valid] = 0.0
        back = self.backward(trace, dlogits, caches, fused_path=fused_path)
        return LossGrads(trace.total_loss(), back.grad, back.grads, trace)

    def backward(self, trace, dlogits, caches=None, record=False, fused_path=True, dh_last=None, dc_last=None):
        """BPTT of any loss whose gradient w.r.t. the logits is dlogits: (T, V), through trace.
        dh_last, dc_last: (H,) optional extra ∂L/∂h, ∂L/∂C at the last step (LSTM only for dc_last),
        e.g. dc_last = one_hot(j) with dlogits = 0 gives ∂C_T[j]/∂x_s in dx (lstm.attribution).

        Returns Backward(grad, grads, dx (T, X), dh (T, H) and dC (T, H) when record=True): dh[t] and dC[t]
        are the total ∂L/∂h_t and ∂L/∂C_t, what the gradient and attribution pages draw.
        """
        grad = np.zeros_like(self.theta)
        grads = named_views(grad, self.shapes)
        grads["W_y"][...] = dlogits.T @ trace.h
        grads["b_y"][...] = dlogits.sum(axis=0)
        dh_out = dlogits @ self.params["W_y"]
        dh = dc = None
        if self.kind == "lstm" and fused_path:
            out = fused.backward(self.fused_W(), trace.x, trace.h0, trace.c0,
                                 np.stack([trace.f, trace.i, trace.c_bar, trace.o], axis=1),
                                 trace.c, trace.h, dh_out, record=record, dh_last=dh_last, dc_last=dc_last)
            self.fused_W(grad)[...], self.fused_b(grad)[...], dx = out[:3]
            if record:
                dh, dc = out[5:]
        else:
            if caches is None:                             # a trace from run(): rebuild the per-step records
                caches = self._forward_steps(trace.x, trace.h0, trace.c0)[1]
            dx, dh, dc = self._backward_steps(caches, dh_out, grads, record, dh_last, dc_last)
        if self.config.embed_dim:
            np.add.at(grads["E"], trace.inputs, dx)
        return Backward(grad, grads, dx, dh, dc)

    def _backward_steps(self, caches, dh_out, grads, record=False, dh_last=None, dc_last=None):
        """BPTT with the cell's own backward step, accumulating into grads.  Returns dx: (T, X), dh, dC.
        dh_last, dc_last: optional (H,) seeds of the carried ∂L/∂h, ∂L/∂C at the last step."""
        step_back = CELLS[self.kind][1]
        T = len(caches)
        dh_next = np.zeros((1, self.H)) if dh_last is None else np.asarray(dh_last, dtype=np.float64).reshape(1, self.H)
        dc_next = np.zeros((1, self.H)) if dc_last is None else np.asarray(dc_last, dtype=np.float64).reshape(1, self.H)
        dx = np.zeros((T, self.X))
        dh_all, dc_all = (np.zeros((T, self.H)), np.zeros((T, self.H))) if record else (None, None)
        for t in range(T - 1, -1, -1):
            dh = dh_out[t:t + 1] + dh_next
            if record:
                dh_all[t] = dh[0]
            if record and self.kind == "lstm":             # total ∂L/∂C_t = carried + through h_t
                s = caches[t]
                dc_all[t] = (dc_next + dh * s.o * (1 - np.tanh(s.c) ** 2))[0]
            dx[t], dh_next, dc_next, g = step_back(self.params, dh, dc_next, caches[t])
            for name, value in g.items():
                grads[name] += value
        return dx, dh_all, (dc_all if self.kind == "lstm" else None)

    def fused_W(self, flat=None):
        """The cell's W_* stacked as one matrix, a view into flat (default theta): LSTM (4H, H+X), rows f, i, C̃, o."""
        return self._stacked("W", self.theta if flat is None else flat)

    def fused_b(self, flat=None):
        """The cell's b_* stacked: LSTM (4H,), a view into flat (default theta)."""
        return self._stacked("b", self.theta if flat is None else flat)

    def _stacked(self, prefix, flat):
        gates = CELLS[self.kind][2]
        start = 0
        for name, shape in self.shapes:               # the cell's W_* (and b_*) are adjacent in theta
            if name == f"{prefix}_{gates[0]}":
                rows = (len(gates) * shape[0],) + shape[1:]
                return flat[start:start + math.prod(rows)].reshape(rows)
            start += math.prod(shape)
        raise KeyError(prefix)

    def step(self, index, h, c=None):
        """One step with the cell's own forward (used for sampling).  index: int, h, c: (H,).

        Returns probs (V,) = softmax(W_y·h + b_y) for the next symbol, and the new h, c.
        """
        x = self.embed(np.array([index]))
        c_in = np.zeros((1, self.H)) if c is None else np.asarray(c).reshape(1, self.H)
        h_new, c_new, _ = CELLS[self.kind][0](self.params, x, np.asarray(h).reshape(1, self.H), c_in)
        c_out = c_new[0] if c_new is not None else np.zeros(self.H)
        return softmax(self.output(h_new))[0], h_new[0], c_out


class CharLSTM(Model):
    """The course's character-level LSTM.  CharLSTM(vocab, hidden=20, seed=0, ...)."""
    KIND = "lstm"

    def __init__(self, vocab, config=None, theta=None, **config_fields):
        super().__init__(vocab, config or ModelConfig(kind=self.KIND, **config_fields), theta)


class CharRNN(CharLSTM):
    """Vanilla RNN with the same API: h = tanh(W_h·[h_prev, x] + b_h)."""
    KIND = "rnn"


class CharGRU(CharLSTM):
    """GRU with the same API (update gate u, reset gate r)."""
    KIND = "gru"


def create(vocab, config, theta=None):
    """The model class for config.kind, e.g. for a checkpoint of any kind."""
    cls = {"lstm": CharLSTM, "rnn": CharRNN, "gru": CharGRU}[config.kind]
    return cls(vocab, config, theta)
