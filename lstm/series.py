"""A recurrent model of a real-valued sequence (the lecture's sunspots): one number in per step,
one number out:  x_t (1 value) -> cell -> ŷ = W_y·h_T + b_y, the prediction of the next value.

The cell is the same code as the symbol models': lstm.cell step functions (batched over windows,
B windows of W steps at once) for training, lstm.fused for running an LSTM along a whole series.
Parameters: one flat `theta` with named views, laid out by lstm.model.param_shapes with one input
(W_* (H, H+1), W_y (1, H), b_y (1,)). Loss: mean squared error over the windows.
SeriesTrace.to_trace(labels) (or SeriesModel.trace) turns a run into an lstm.trace.Trace whose tokens are
the step labels (years), so the Gates and Cell state pages draw a series model like a symbol model.
Used by lstm.tasks (data), the Time series, Gates and Cell state pages and the command line.
"""
import math
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np

from . import fused, optim
from .cell import CELLS
from .model import Model, ModelConfig, named_views, param_shapes
from .notation import QUANTITIES
from .trace import Trace
from .messages import InputError, N_


def _states(kind):
    """What a cell of `kind` records besides h (LSTM: f, i, C̃, C, o; GRU: u, r, h̃; RNN: nothing)."""
    return [n for n in QUANTITIES[kind] if n != "h"]


@dataclass
class SeriesTrace:
    """A run along one series from zero state.  x, y_hat: (T,); h, c and the gates: (T, H)."""
    kind: str
    x: np.ndarray
    y_hat: np.ndarray               # y_hat[t] = prediction of x[t+1] after reading x[0..t]
    h: np.ndarray
    c: np.ndarray = None            # LSTM only
    f: np.ndarray = None
    i: np.ndarray = None
    c_bar: np.ndarray = None
    o: np.ndarray = None
    u: np.ndarray = None            # GRU only: update gate, reset gate, candidate h̃
    r: np.ndarray = None
    h_bar: np.ndarray = None

    def to_trace(self, labels):
        """This run as an lstm.trace.Trace for the pages that draw symbol models (Gates, Cell state).

        tokens = the labels as strings (one per step, e.g. years); x: (T, 1) the value read; h0 = c0 = 0
        (the run starts from zero state); logits: (T, 1) = ŷ, the linear output (not a score per symbol).
        A series has no symbols, so nothing here pretends to: inputs and targets are -1 (none), probs is
        (T, 0) (no distribution) and loss is NaN (no cross-entropy; the squared error is (y_hat[t] - x[t+1])²).
        """
        T, H = len(self.x), self.h.shape[1]
        tokens = [str(label) for label in labels]
        if len(tokens) != T:
            raise InputError(N_("{n_tokens} labels for a series of {t} values"), n_tokens=len(tokens), t=T)
        none = np.full(T, -1, dtype=np.int64)
        parts = {n: getattr(self, n) for n in _states(self.kind)}
        return Trace(self.kind, tokens, none, none.copy(), self.x.reshape(T, 1).copy(), np.zeros(H), np.zeros(H),
                     self.h, self.y_hat.reshape(T, 1).copy(), np.zeros((T, 0)), np.full(T, np.nan), **parts)


class SeriesLoss(NamedTuple):
    loss: float                     # mean over windows of (ŷ - y)²
    grad: np.ndarray                # ∂loss/∂theta, flat
    y_hat: np.ndarray               # (B,) predictions


class SeriesModel:
    """x_t real -> LSTM/RNN/GRU cell -> ŷ = W_y·h + b_y.  SeriesModel(ModelConfig(kind, hidden, seed))."""
    fused_W, fused_b, _stacked = Model.fused_W, Model.fused_b, Model._stacked   # same fused layout

    def __init__(self, config=None, theta=None):
        self.config = config or ModelConfig(hidden=16)
        if self.config.embed_dim:
            raise InputError(N_("a series model reads numbers: embed_dim must be 0"))
        self.shapes = param_shapes(self.config, 1)        # X = 1 input, one output
        size = sum(math.prod(s) for _, s in self.shapes)
        if theta is None:
            rng, theta = np.random.default_rng(self.config.seed), np.zeros(size)
            for name, view in named_views(theta, self.shapes).items():
                if name.startswith("W"):
                    view[...] = rng.normal(0.0, self.config.init_std, view.shape)
            if self.kind == "lstm":
                named_views(theta, self.shapes)["b_f"][...] = self.config.forget_bias
        self.theta = np.ascontiguousarray(theta, dtype=np.float64)
        if self.theta.shape != (size,):
            raise InputError(N_("theta has shape {shape}, expected ({size},)"), shape=self.theta.shape, size=size)
        self.params = named_views(self.theta, self.shapes)

    kind = property(lambda self: self.config.kind)
    H = property(lambda self: self.config.hidden)

    def copy(self):
        return SeriesModel(self.config, self.theta.copy())

    def _windows(self, X):
        X = np.asarray(X, dtype=np.float64)
        if X.ndim != 2 or X.shape[1] < 1 or not np.isfinite(X).all():
            raise InputError(N_("windows must be a finite (B, W) array with W ≥ 1"))
        return X

    def predict_windows(self, X):
        """X: (B, W) windows, each read from zero state -> (ŷ (B,), per-step caches)."""
        X = self._windows(X)
        step = CELLS[self.kind][0]
        B = len(X)
        h, c, caches = np.zeros((B, self.H)), np.zeros((B, self.H)), []
        for t in range(X.shape[1]):                       # the cell's own step, all windows at once
            h, c, cache = step(self.params, X[:, t:t + 1], h, c)
            caches.append(cache)
        y_hat = (h @ self.params["W_y"].T + self.params["b_y"])[:, 0]
        return y_hat, caches

    def predict(self, X):
        return self.predict_windows(X)[0]

    def loss_and_grads(self, X, y):
        """Mean squared error of the windows' predictions against y: (B,), and its gradient by BPTT."""
        y_hat, caches = self.predict_windows(X)
        y = np.asarray(y, dtype=np.float64).reshape(len(y_hat))
        err = y_hat - y
        grad = np.zeros_like(self.theta)
        grads = named_views(grad, self.shapes)
        d_y = 2.0 * err / len(err)                         # ∂mean(err²)/∂ŷ
        h_last = caches[-1].h
        grads["W_y"][...] = d_y[None] @ h_last
        grads["b_y"][...] = d_y.sum()
        dh = d_y[:, None] * self.params["W_y"]             # (B, H): ∂L/∂h_T
        dc = np.zeros_like(dh)
        step_back = CELLS[self.kind][1]
        for cache in reversed(caches):                     # BPTT with the cell's own backward step
            _dx, dh, dc, g = step_back(self.params, dh, dc, cache)
            for name, value in g.items():
                grads[name] += value
        return SeriesLoss(float(np.mean(err ** 2)), grad, y_hat)

    def run(self, series):
        """Read a whole series from zero state (LSTM: the fused path) -> SeriesTrace with every internal."""
        x = np.asarray(series, dtype=np.float64).reshape(-1, 1)
        h0 = np.zeros(self.H)
        if self.kind == "lstm":
            rec = fused.forward(self.fused_W(), self.fused_b(), x[:, None], h0[None], h0[None])   # one stream
            parts = {name: rec.parts(batched=False)[name] for name in _states("lstm")}
            h = rec.h[:, 0]
        else:                                              # RNN / GRU: the cell's own step, B = 1
            step, h_t, caches = CELLS[self.kind][0], h0[None], []
            for t in range(len(x)):
                h_t, _, cache = step(self.params, x[t:t + 1], h_t, None)
                caches.append(cache)
            parts = {n: np.vstack([getattr(s, n) for s in caches]) for n in _states(self.kind) if caches}
            h = np.vstack([s.h for s in caches]) if caches else np.zeros((0, self.H))
        y_hat = (h @ self.params["W_y"].T + self.params["b_y"])[:, 0]
        return SeriesTrace(self.kind, x[:, 0], y_hat, h, **parts)

    def trace(self, series, labels):
        """run(series) as an lstm.trace.Trace with one label per step (see SeriesTrace.to_trace)."""
        return self.run(series).to_trace(labels)


@dataclass(frozen=True)
class SeriesTrainConfig:
    """Full-batch training of a SeriesModel on windows; frozen so it can be a cache key."""
    kind: str = "lstm"          # "lstm" or "rnn" (or "gru")
    hidden: int = 8             # H; 8 is plenty for one number per step (the page default too)
    epochs: int = 600           # full-batch Adam updates
    lr: float = 0.01            # Adam learning rate
    clip_norm: float = 5.0      # rescale the gradient to this global norm
    forget_bias: float = 1.0    # initial b_f (LSTM)
    seed: int = 0               # initial weights

    def model_config(self):
        return ModelConfig(kind=self.kind, hidden=self.hidden, forget_bias=self.forget_bias, seed=self.seed)


def train_series(X, y, config=None, X_val=None, y_val=None, eval_every=10, callback=None):
    """Train a new SeriesModel on windows X (B, W) -> y (B,).  Returns (model, history dict):
    history["epoch"], ["train_mse"], ["val_mse"] (NaN where not evaluated).  Stops early, keeping the
    last finite parameters, if the loss becomes NaN/Inf.  callback(epoch, train_mse) after each update."""
    cfg = config or SeriesTrainConfig()
    model = SeriesModel(cfg.model_config())
    opt = optim.Adam(model.theta.size, lr=cfg.lr)
    hist = {"epoch": [], "train_mse": [], "val_mse": []}
    for epoch in range(cfg.epochs + 1):
        lg = model.loss_and_grads(X, y)
        if not (math.isfinite(lg.loss) and np.isfinite(lg.grad).all()):
            break
        val = math.nan
        if X_val is not None and (epoch % eval_every == 0 or epoch == cfg.epochs):
            val = float(np.mean((model.predict(X_val) - y_val) ** 2))
        hist["epoch"].append(epoch)
        hist["train_mse"].append(lg.loss)
        hist["val_mse"].append(val)
        if callback is not None:
            callback(epoch, lg.loss)
        if epoch == cfg.epochs:
            break
        previous = model.theta.copy()
        optim.clip_by_global_norm(lg.grad, cfg.clip_norm)
        opt.step(model.theta, lg.grad)
        if not np.isfinite(model.theta).all():
            model.theta[...] = previous
            break
    return model, {k: np.array(v) for k, v in hist.items()}
