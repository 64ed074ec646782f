"""Trace: everything a model computed over one sequence, stacked over time, one Trace per layer.

Model.run() returns the top layer's Trace; trace.layers holds every layer's, bottom first. Backpropagation
(lstm.fused / lstm.model) reads the same arrays, so what a page draws is exactly what training used.
to_frame() flattens a Trace into a long table (step, char, unit, quantity, value) shared by charts and CSV.
"""
from dataclasses import dataclass, field, fields

import numpy as np

from .csvio import write_csv
from .notation import QUANTITIES


@dataclass
class Trace:
    """One run of T steps with H units over a vocabulary of V symbols.

    tokens: T input symbols; inputs: (T,) indices; targets: (T,) next-symbol indices, -1 = none;
    x: (T, X) the cell's input vectors; h0, c0: (H,) initial state;
    f, i, c_bar, c, o (LSTM) / u, r, h_bar (GRU) / h: (T, H), None where the cell has no such part;
    logits, probs: (T, V), y = softmax(W_y·h + b_y); loss: (T,) -ln y[target], NaN where no target.
    In a stacked model each layer has its own Trace: its own x (layer 1: the encoded symbols; layer l:
    h of layer l-1), h0, c0 and f ... h, and the model's tokens, targets, logits, probs and loss.
    layer: 1..L, this Trace's layer; layers: every layer's Trace of the run, bottom first, with this one at
    its place (run() returns the top one: trace.layers[-1] is trace). The other layers' Traces are built
    on demand from the run's arrays, so no Trace refers to another (no reference cycle: a run's memory is
    freed as soon as it is dropped, even in a tight training loop).
    A batch of B streams (a training window) holds (T, B, ...) arrays and no tokens.
    """
    kind: str
    tokens: list
    inputs: np.ndarray
    targets: np.ndarray
    x: np.ndarray
    h0: np.ndarray
    c0: np.ndarray
    h: np.ndarray
    logits: np.ndarray
    probs: np.ndarray
    loss: np.ndarray
    f: np.ndarray = None
    i: np.ndarray = None
    c_bar: np.ndarray = None
    c: np.ndarray = None
    o: np.ndarray = None
    u: np.ndarray = None
    r: np.ndarray = None
    h_bar: np.ndarray = None
    layer: int = 1
    _stack: tuple = field(default=None, repr=False, compare=False)   # every layer's fields (dicts), bottom first

    @property
    def T(self):
        return len(self.inputs)

    @property
    def layers(self):
        """Every layer's Trace of the same run, bottom first; (self,) for a one-layer model."""
        if self._stack is None:
            return (self,)
        return tuple(self if n == self.layer else Trace(**kw, _stack=self._stack)
                     for n, kw in enumerate(self._stack, start=1))

    @property
    def L(self):
        return len(self.layers)

    def final_state(self):
        """(h, C) after the last step, every layer: (L, H), or (L, B, H) for a batch (C = 0 without a cell
        state): copies, to pass as h0, c0 of the next window (truncated BPTT)."""
        h = np.stack([layer.h[-1] for layer in self.layers])
        c = np.stack([layer.c[-1] for layer in self.layers]) if self.c is not None else np.zeros_like(h)
        return h, c

    @property
    def H(self):
        return self.h.shape[-1]

    @property
    def quantities(self):
        """Names of the (T, H) arrays this kind of cell has, in the course's order."""
        return QUANTITIES[self.kind]

    @property
    def tanh_c(self):
        """tanh(C): (T, H), the part of C that the output gate lets into h."""
        return np.tanh(self.c)

    def get(self, name):
        """A (T, H) quantity by name ('f', 'c', 'tanh_c', ...)."""
        return self.tanh_c if name == "tanh_c" else getattr(self, name)

    def total_loss(self):
        """Σ_t -ln y_t[target_t] over the steps that have a target."""
        return float(np.nansum(self.loss))

    def mean_loss(self):
        """Mean cross-entropy per predicted symbol (nats); NaN when nothing is predicted."""
        valid = self.targets >= 0
        return float(self.loss[valid].mean()) if valid.any() else float("nan")

    def to_frame(self, quantities=None):
        """Long table as a dict of equal-length columns: step, char, unit, quantity, value.

        One row per (quantity, step, unit); pandas.DataFrame(trace.to_frame()) makes it a table.
        """
        names = quantities or self.quantities
        T, H = self.T, self.H
        step = np.tile(np.repeat(np.arange(T), H), len(names))
        unit = np.tile(np.arange(H), T * len(names))
        chars = np.asarray(self.tokens, dtype=object)
        return {"step": step, "char": chars[step], "unit": unit,
                "quantity": np.repeat(np.asarray(names, dtype=object), T * H),
                "value": np.concatenate([self.get(n).ravel() for n in names])}

    def to_csv(self, file, quantities=None, caption=""):
        """Write to_frame() as CSV to a path or text file object, with the project's one CSV writer
        (lstm.csvio: caption lines, text quoted; read back with lstm.csvio.READ_COMMAND)."""
        write_csv(file, self.to_frame(quantities), caption)


def freeze(trace):
    """Make a run read-only: every array of every layer (writes raise) and its tokens a tuple, so one Trace
    can be shared (a cache) without a reader changing what another sees. Returns the same trace."""
    for parts in trace._stack or (vars(trace),):
        for value in parts.values():
            if isinstance(value, np.ndarray):
                value.flags.writeable = False
        parts["tokens"] = None if parts.get("tokens") is None else tuple(parts["tokens"])
    trace.tokens = None if trace.tokens is None else tuple(trace.tokens)
    return trace


def layer_traces(kind, layers, tokens, inputs, targets, logits, probs, loss):
    """The top layer's Trace, linked to every layer's.  layers: one dict per layer (bottom first) of its
    arrays by name (x, h0, c0, h and the cell's parts: lstm.fused.Record.parts or lstm.steps)."""
    shared = dict(kind=kind, tokens=tokens, inputs=inputs, targets=targets, logits=logits, probs=probs, loss=loss)
    return _top([dict(shared, layer=n, **parts) for n, parts in enumerate(layers, start=1)])


def _top(stack):
    """The top layer's Trace of a run given every layer's fields (dicts, bottom first)."""
    stack = tuple(stack)
    return Trace(**stack[-1], _stack=stack if len(stack) > 1 else None)


def cut(trace, n):
    """The first n steps of trace's run: every layer's per-step arrays cut to n rows (h0, c0 kept), linked
    again.  Returns the top layer's cut Trace."""
    return window(trace, 0, n)


def window(trace, start, end):
    """Steps start..end-1 of trace's run as a run of their own: every layer's per-step arrays cut to those
    rows, its h0, c0 the state after step start-1 (start = 0: the run's own), linked again. BPTT through it
    follows the gradient back to step `start` only (truncated BPTT). Returns the top layer's Trace."""
    stack = []
    for layer in trace.layers:
        short = {f.name: getattr(layer, f.name) for f in fields(layer) if f.name != "_stack"}
        for name, value in short.items():
            if name == "tokens" and value is not None:
                short[name] = list(value[start:end])
            elif isinstance(value, np.ndarray) and name not in ("h0", "c0"):
                short[name] = value[start:end]
        if start > 0:                                  # the state the window starts from
            short["h0"] = layer.h[start - 1]
            short["c0"] = layer.c[start - 1] if layer.c is not None else layer.c0
        stack.append(short)
    return _top(stack)
