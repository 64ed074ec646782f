"""Trace: everything a model computed over one sequence, stacked over time.

Model.run() returns one; backpropagation (lstm.fused / lstm.model) reads the same record,
so what a page draws is exactly what training used. to_frame() flattens it into a long
table (step, char, unit, quantity, value) shared by charts and CSV export.
"""
import csv
import os
from dataclasses import dataclass

import numpy as np

# quantities per kind, in the course's order (what to_frame() and the pages show)
QUANTITIES = {"lstm": ("f", "i", "c_bar", "c", "o", "h"), "rnn": ("h",), "gru": ("u", "r", "h_bar", "h")}
LABELS = {"f": "forget gate f", "i": "input gate i", "c_bar": "candidate C̃", "c": "cell state C",
          "o": "output gate o", "h": "hidden state h", "u": "update gate u", "r": "reset gate r",
          "h_bar": "candidate h̃", "tanh_c": "tanh(C)"}


@dataclass
class Trace:
    """One run of T steps with H units over a vocabulary of V symbols.

    tokens: T input symbols; inputs: (T,) indices; targets: (T,) next-symbol indices, -1 = none;
    x: (T, X) the cell's input vectors; h0, c0: (H,) initial state;
    f, i, c_bar, c, o (LSTM) / u, r, h_bar (GRU) / h: (T, H), None where the cell has no such part;
    logits, probs: (T, V), y = softmax(W_y·h + b_y); loss: (T,) -ln y[target], NaN where no target.
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

    @property
    def T(self):
        return len(self.tokens)

    @property
    def H(self):
        return self.h.shape[1]

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

    def to_csv(self, file, quantities=None):
        """Write to_frame() as CSV to a path or text file object (standard library only)."""
        cols = self.to_frame(quantities)
        own = isinstance(file, (str, os.PathLike))        # a pathlib.Path is a path too
        handle = open(file, "w", newline="", encoding="utf-8") if own else file
        try:
            writer = csv.writer(handle)
            writer.writerow(cols.keys())
            writer.writerows(zip(*[c.tolist() for c in cols.values()]))
        finally:
            if own:
                handle.close()
