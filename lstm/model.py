"""Sequence models over symbols: CharLSTM (the course's, 1-3 stacked layers), CharRNN and CharGRU.

All parameters live in one flat vector `theta` (float64, or float32 for books); `params` holds named
views into it (E, each layer's W_f, W_i, W_c, W_o, b_* — W_f@2 ... in layer 2 —, W_y, b_y: lstm.layout),
so optimizers update one array while the cell code reads the course's names. run() records a Trace per
layer; loss_and_grads() does (truncated) BPTT over a window with carried state, for one text (inputs
(T,)) or a batch of B streams (inputs (T, B)), with dropout between layers and before W_y when training.
Used by lstm.train, lstm.book, lstm.sample, lstm.checkpoint and every app page.
"""
import math
from typing import NamedTuple

import numpy as np

from . import fused, stack, steps
from .cell import CELLS
from .layout import (KINDS, MAX_HIDDEN, MAX_LAYERS, MAX_VOCAB, ModelConfig,  # noqa: F401 (re-exported)
                     input_size, layer_name, named_views, param_shapes)
from .ops import log_softmax, softmax
from .trace import layer_traces
from .vocab import Vocabulary
from .messages import InputError, N_


class LossGrads(NamedTuple):
    loss: float          # Σ -ln y[target] over the window (and every stream of a batch)
    grad: np.ndarray     # ∂loss/∂theta, flat, same layout as model.theta
    grads: dict          # the same gradient as named views (keys of model.params)
    trace: object        # the top layer's Trace the gradient was computed from (trace.layers: all layers)
    state: tuple         # (h, C) after the last step, each (L, H) or (L, B, H): the next window's h0, c0


class Backward(NamedTuple):
    grad: np.ndarray     # flat gradient, layout of model.theta
    grads: dict          # named views of grad
    dx: np.ndarray       # (T, X) ∂L/∂x_t of layer 1's input, (T, B, X) for a batch (None: one-hot batch)
    dh: np.ndarray       # (T, H) total ∂L/∂h_t of the top layer, or None unless record=True
    dc: np.ndarray       # (T, H) total ∂L/∂C_t of the top layer (LSTM), or None
    dh_layers: tuple = None   # with record=True (LSTM): every layer's dh, bottom first
    dc_layers: tuple = None   # with record=True (LSTM): every layer's dC, bottom first


class Model:
    """A recurrent language model: input encoding -> cell layer(s) -> y = softmax(W_y·h + b_y).

    The common base of CharLSTM, CharRNN and CharGRU, which differ only in the kind of cell they make when
    given config fields instead of a config: CharGRU(vocab, hidden=8) = Model(vocab, ModelConfig(kind="gru",
    hidden=8)). Any kind's model is a Model; a GRU is not a CharLSTM.
    """
    KIND = "lstm"

    def __init__(self, vocab, config=None, theta=None, **config_fields):
        if not isinstance(vocab, Vocabulary):
            raise TypeError("vocab must be an lstm.vocab.Vocabulary")
        self.vocab, self.config = vocab, config or ModelConfig(kind=self.KIND, **config_fields)
        if len(vocab) > MAX_VOCAB:
            raise InputError(N_("vocabulary of {n_vocab} symbols is too large (limit {max_vocab})"),
                             n_vocab=len(vocab), max_vocab=MAX_VOCAB)
        self.shapes = param_shapes(self.config, len(vocab))
        size = sum(math.prod(s) for _, s in self.shapes)
        if theta is None:
            theta = self._init_theta(size)
        self.theta = np.ascontiguousarray(theta, dtype=self.config.dtype)
        if self.theta.shape != (size,):
            raise InputError(N_("theta has shape {shape}, expected ({size},)"), shape=self.theta.shape, size=size)
        self.params = named_views(self.theta, self.shapes)

    def _init_theta(self, size):
        """N(0, init_std²) weights drawn in float64 (a float32 model rounds the same draws), zero biases."""
        rng = np.random.default_rng(self.config.seed)
        theta = np.zeros(size)
        views = named_views(theta, self.shapes)
        for name, view in views.items():
            if name.startswith(("W", "E")):
                view[...] = rng.normal(0.0, self.config.init_std, view.shape)
        if self.config.kind == "lstm":
            for layer in range(1, self.L + 1):
                views[layer_name("b_f", layer)][...] = self.config.forget_bias
        return theta

    # sizes ---------------------------------------------------------------------------------
    kind = property(lambda self: self.config.kind)
    H = property(lambda self: self.config.hidden)
    V = property(lambda self: len(self.vocab))
    X = property(lambda self: input_size(self.config, len(self.vocab)))    # layer 1's input width
    L = property(lambda self: self.config.layers)
    dtype = property(lambda self: self.theta.dtype)

    def copy(self):
        """An independent model with the same vocabulary, config and weights."""
        return type(self)(self.vocab, self.config, self.theta.copy())

    def layer_params(self, layer):
        """Layer `layer`'s (1..L) cell parameters under the course's names (W_f, ..., b_o): views into theta."""
        if not (isinstance(layer, (int, np.integer)) and 1 <= layer <= self.L):
            raise InputError(N_("layer must be a whole number from 1 to {layers}, got {layer!r}"), layers=self.L, layer=layer)
        names = [f"{p}_{g}" for p in "Wb" for g in CELLS[self.kind][2]]
        return {name: self.params[layer_name(name, layer)] for name in names}

    def zero_state(self):
        """h or C before the first symbol: (H,) for one layer, (L, H) for a stack (what step() takes)."""
        return np.zeros(self.H if self.L == 1 else (self.L, self.H), self.dtype)

    # input and output layers ------------------------------------------------------------------
    def encode(self, text_or_indices):
        """Text (or indices (T,) / (T, B)) -> indices via the model's vocabulary."""
        symbols = isinstance(text_or_indices, str) or (
            isinstance(text_or_indices, list) and text_or_indices and isinstance(text_or_indices[0], str))
        if symbols:
            return self.vocab.encode(text_or_indices)
        idx = np.asarray(text_or_indices, dtype=np.int64)
        if idx.size and (idx.min() < 0 or idx.max() >= self.V):
            raise InputError(N_("indices must be in 0..{last_v}"), last_v=self.V - 1)
        return idx

    def embed(self, inputs):
        """Indices (T,) or (T, B) -> input vectors x: (..., X): one-hot rows, rows of the learned table E,
        or index / V (scaled_input)."""
        if self.config.scaled_input:
            return (np.asarray(inputs) / self.V).astype(self.dtype)[..., None]
        if self.config.embed_dim:
            return self.params["E"][inputs]
        return self.vocab.one_hot(inputs, self.dtype)

    def input_embeddings(self):
        """Each symbol's learned input vector: (V, D) = E with a learned table; otherwise (V, G·H) = what
        symbol v adds to each gate of layer 1, W_g·[0, x_v] (one-hot: the column W_g[:, H + v])."""
        if self.config.embed_dim:
            return self.params["E"].copy()
        gates = CELLS[self.kind][2]
        if self.config.scaled_input:
            x = self.embed(np.arange(self.V))                        # (V, 1): v / V
            return np.hstack([x @ self.params[f"W_{g}"][:, self.H:].T for g in gates])
        return np.hstack([self.params[f"W_{g}"][:, self.H:].T for g in gates])

    def output(self, h):
        """h: (..., H) -> logits (..., V) = W_y·h + b_y."""
        flat = h.reshape(-1, self.H) @ self.params["W_y"].T + self.params["b_y"]
        return flat.reshape(h.shape[:-1] + (self.V,))

    def dropout_masks(self, shape, rng, ws=None):
        """One inverted-dropout mask per layer output, (T, [B,] H): see lstm.stack.dropout_masks."""
        return stack.dropout_masks(self, shape, rng, ws)

    # forward ----------------------------------------------------------------------------------
    def _initial_state(self, state, B):
        """h0 or C0 as (L, B, H): None = zeros; accepts (H,) / (B, H) for one layer, (L, H) / (L, B, H)."""
        shape = (self.L, B or 1, self.H)
        if state is None:
            return np.zeros(shape, self.dtype)
        state = np.asarray(state, dtype=self.dtype)
        if state.size != math.prod(shape):
            expected = (self.L, B, self.H) if B else (self.L, self.H)
            raise InputError(N_("initial state has shape {shape}; expected {expected}: one row of H = {h} per "
                                "layer{which}"),
                             shape=state.shape, expected=expected, h=self.H, which=N_(" and stream") if B else "")
        return state.reshape(shape)

    def forward(self, inputs, targets, h0=None, c0=None, fused_path=True, masks=None, keep=None):
        """Run over a window.  inputs, targets: (T,) indices, or (T, B) for B streams (-1 target = nothing
        to predict); h0, c0: see _initial_state; masks: dropout masks (dropout_masks) or None; keep: None or
        {layer: (keep_h, keep_c)}, (H,) multipliers that switch units off (lstm.ablation; outputs only).

        Returns (trace, caches); caches is None on the fused LSTM path, else the per-step records.
        """
        if keep and (set(keep) - set(range(1, self.L + 1)) or
                     (self.kind != "lstm" and any(kc is not None for _kh, kc in keep.values()))):
            raise InputError(N_("cannot switch off a unit of layer {keep} or C of a {kind}"),
                             keep=sorted(keep), kind=self.kind.upper())
        trace, caches, _records = self._forward(inputs, targets, h0, c0, fused_path, masks, keep=keep)
        return trace, caches

    def _forward(self, inputs, targets, h0, c0, fused_path, masks, ws=None, keep=None):
        """forward() plus the fused path's records (what its backward reads): (trace, caches, records)."""
        inputs, targets = np.asarray(inputs, dtype=np.int64), np.asarray(targets, dtype=np.int64)
        B = inputs.shape[1] if inputs.ndim == 2 else None
        h0, c0 = self._initial_state(h0, B), self._initial_state(c0, B)
        caches = records = None
        if self.kind == "lstm" and fused_path:
            x = inputs if B and self.config.inputs == "one-hot" else self.embed(inputs)   # a batch gathers
            records, top = stack.forward(self, x if B else x[:, None], h0, c0, masks, ws, keep=keep)
            layers = [rec.parts(batched=bool(B)) for rec in records]
            top = top if B else top[:, 0]
        else:
            if B or self.L > 1:
                raise InputError(N_("batches and stacked layers run on the fused LSTM path"))
            layers, caches = steps.forward(self, self.embed(inputs), h0[0, 0], c0[0, 0],
                                           *(keep or {}).get(1, (None, None)))
            top = layers[-1]["h"] if masks is None else layers[-1]["h"] * masks[-1]
        logits = self.output(top)
        logp = log_softmax(logits)
        loss = np.full(targets.shape, np.nan)
        valid = targets.reshape(-1) >= 0
        loss.reshape(-1)[valid] = -logp.reshape(-1, self.V)[np.nonzero(valid)[0], targets.reshape(-1)[valid]]
        tokens = None if B else [self.vocab.symbols[k] for k in inputs]
        trace = layer_traces(self.kind, layers, tokens, inputs, targets, logits, np.exp(logp), loss)
        return trace, caches, records

    def run(self, text_or_indices, h0=None, c0=None):
        """Feed every symbol of a text; each step predicts the next one (the last step has no target).
        Returns the top layer's Trace (no dropout); trace.layers holds every layer's, bottom first."""
        inputs = self.encode(text_or_indices)
        if len(inputs) == 0:
            raise InputError(N_("nothing to run: the text is empty"))
        targets = np.append(inputs[1:], -1)
        return self.forward(inputs, targets, h0, c0)[0]

    # backward ---------------------------------------------------------------------------------
    def loss_and_grads(self, inputs, targets, h0=None, c0=None, fused_path=True, rng=None, masks=None,
                       workspace=None):
        """Cross-entropy summed over the window (and streams) and its gradient by BPTT through the window.

        inputs, targets: (T,) or (T, B) indices. Carry state between windows by passing the previous
        result's state as h0, c0 (truncated BPTT); pass the whole text as one window for full BPTT.
        Dropout (config.dropout > 0) is applied only when a Generator rng (fresh masks) or explicit
        masks (dropout_masks) are given: in training, never in evaluation. workspace: a fused.Workspace
        whose arrays this call reuses, for a training loop: the trace and gradient it returns are then
        overwritten by the next call with the same workspace (the returned state is a copy).
        """
        inputs = np.asarray(inputs, dtype=np.int64)
        if masks is None and rng is not None and self.config.dropout > 0:
            masks = self.dropout_masks(inputs.shape, rng, workspace)
        trace, caches, records = self._forward(inputs, targets, h0, c0, fused_path, masks, workspace)
        valid = trace.targets.reshape(-1) >= 0
        dlogits = trace.probs.reshape(-1, self.V).copy()   # ∂(-ln y[target])/∂logits = y - one_hot(target)
        dlogits[np.nonzero(valid)[0], trace.targets.reshape(-1)[valid]] -= 1.0
        dlogits[~valid] = 0.0
        need_dx = inputs.ndim == 1 or self.config.embed_dim > 0     # a batch needs dx only to train E
        back = self._backprop(trace, dlogits.reshape(trace.probs.shape), caches, fused_path=fused_path,
                              masks=masks, records=records, need_dx=need_dx, ws=workspace)
        return LossGrads(trace.total_loss(), back.grad, back.grads, trace, trace.final_state())

    def backward(self, trace, dlogits, caches=None, record=False, fused_path=True, dh_last=None, dc_last=None):
        """BPTT of any loss whose gradient w.r.t. the logits is dlogits: (T, V), through trace (the top
        layer's, from run() or forward()). dh_last, dc_last: optional extra ∂L/∂h, ∂L/∂C at the last step,
        (H,) for the top layer or (L, H) for every layer (LSTM only for dc_last), e.g. dc_last = one_hot(j)
        with dlogits = 0 gives ∂C_T[j]/∂x_s in dx (lstm.attribution).

        Returns Backward(grad, grads, dx (T, X), dh (T, H) and dC (T, H) when record=True): dh[t] and dC[t]
        are the total ∂L/∂h_t and ∂L/∂C_t of the top layer (every layer's: dh_layers, dc_layers), what
        the gradient and attribution pages draw.
        """
        return self._backprop(trace, dlogits, caches, record, fused_path, dh_last, dc_last)

    def _backprop(self, trace, dlogits, caches=None, record=False, fused_path=True, dh_last=None,
                  dc_last=None, masks=None, records=None, need_dx=True, ws=None):
        """backward() with the training extras: dropout masks, the forward's fused records (else rebuilt
        from the trace) and need_dx=False to skip ∂L/∂x of layer 1 when nothing uses it."""
        grad = fused.zeros(ws, "grad", self.theta.shape, self.dtype)
        grads = named_views(grad, self.shapes)
        shape = trace.h.shape                               # (T, H) or (T, B, H)
        top = trace.h if masks is None else np.multiply(trace.h, masks[-1].reshape(shape),
                                                        out=fused.empty(ws, "top", shape, self.dtype))
        d2 = dlogits.reshape(-1, self.V)
        grads["W_y"][...] = d2.T @ top.reshape(-1, self.H)
        grads["b_y"][...] = d2.sum(axis=0)
        dh_out = np.matmul(d2, self.params["W_y"], out=fused.empty(ws, "dh_out", (len(d2), self.H), self.dtype))
        dh_out = dh_out.reshape(shape)
        if masks is not None:
            dh_out *= masks[-1].reshape(shape)
        dh_l = dc_l = None
        if self.kind == "lstm" and fused_path:
            records = records or tuple(fused.record_of(layer) for layer in trace.layers)
            dx, dh_l, dc_l = stack.backward(self, records, dh_out, grad, record, dh_last, dc_last, masks, need_dx, ws)
        else:
            if caches is None:                               # a trace from run(): rebuild the per-step records
                caches = steps.forward(self, trace.x, trace.h0, trace.c0)[1]
            dx, dh, dc = steps.backward(self, caches, dh_out, grads, record, dh_last, dc_last)
            if record:
                dh_l, dc_l = (dh,), (dc,)
        if self.config.embed_dim:
            np.add.at(grads["E"], trace.inputs.reshape(-1), dx.reshape(-1, self.X))
        dh, dc = (dh_l[-1], dc_l[-1]) if record else (None, None)
        return Backward(grad, grads, dx, dh, dc, dh_l, dc_l)

    # the fused matrices -----------------------------------------------------------------------------
    def fused_W(self, flat=None, layer=1):
        """Layer `layer`'s W_* stacked as one matrix, a view into flat (default theta): LSTM (4H, H+X), rows f, i, C̃, o."""
        return self._stacked("W", self.theta if flat is None else flat, layer)

    def fused_b(self, flat=None, layer=1):
        """Layer `layer`'s b_* stacked: LSTM (4H,), a view into flat (default theta)."""
        return self._stacked("b", self.theta if flat is None else flat, layer)

    def _stacked(self, prefix, flat, layer=1):
        gates = CELLS[self.kind][2]
        first, start = layer_name(f"{prefix}_{gates[0]}", layer), 0
        for name, shape in self.shapes:               # a layer's W_* (and b_*) are adjacent in theta
            if name == first:
                rows = (len(gates) * shape[0],) + shape[1:]
                return flat[start:start + math.prod(rows)].reshape(rows)
            start += math.prod(shape)
        raise KeyError(first)

    def step(self, index, h, c=None):
        """One step with the cell's own forward (used for sampling).  index: int; h, c: (H,), or (L, H) for
        a stack (zero_state()).  Returns probs (V,) = softmax(W_y·h + b_y) for the next symbol, new h, c."""
        x = self.embed(np.array([index]))
        h_in = np.asarray(h).reshape(self.L, 1, self.H)
        c_in = np.zeros_like(h_in) if c is None else np.asarray(c).reshape(self.L, 1, self.H)
        h_out, c_out = np.empty_like(h_in), np.zeros_like(h_in)
        for layer in range(1, self.L + 1):
            h_new, c_new, _ = CELLS[self.kind][0](self.layer_params(layer), x, h_in[layer - 1], c_in[layer - 1])
            h_out[layer - 1] = h_new
            if c_new is not None:
                c_out[layer - 1] = c_new
            x = h_new
        shape = np.shape(h)
        return softmax(self.output(x))[0], h_out.reshape(shape), c_out.reshape(shape)


class CharLSTM(Model):
    """The course's character-level LSTM.  CharLSTM(vocab, hidden=20, seed=0, ...)."""
    KIND = "lstm"


class CharRNN(Model):
    """Vanilla RNN with the same API: h = tanh(W_h·[h_prev, x] + b_h)."""
    KIND = "rnn"


class CharGRU(Model):
    """GRU with the same API (update gate u, reset gate r)."""
    KIND = "gru"


def create(vocab, config, theta=None):
    """The model class for config.kind, e.g. for a checkpoint of any kind."""
    cls = {"lstm": CharLSTM, "rnn": CharRNN, "gru": CharGRU}[config.kind]
    return cls(vocab, config, theta)
