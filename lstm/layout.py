"""ModelConfig and the layout of a model's parameters in its one flat vector theta.

param_shapes() lists (name, shape) in theta's order: an optional embedding E, then each LSTM layer's
W_f, W_i, W_c, W_o (adjacent, so they form one fused matrix) and b_*, then W_y, b_y. Layer 1 keeps the
course's names; layer l >= 2 appends "@l" (W_f@2, b_o@3, ...). A one-layer float64 model is laid out
exactly as before stacking existed, so its checkpoints and numbers are unchanged.
Used by lstm.model, lstm.series and lstm.checkpoint.
"""
import math
from dataclasses import dataclass

import numpy as np

from .cell import CELLS
from .messages import InputError, N_

KINDS = ("lstm", "rnn", "gru")
MAX_HIDDEN = 1024       # larger H is refused: 4H(H+X) weights would not train in a lesson anyway
MAX_VOCAB = 20000
MAX_LAYERS = 3          # stacked LSTM layers (Keras LSTM(..., return_sequences=True) stacks)
DTYPES = ("float64", "float32")


def _whole(value):
    """A whole number, but not a bool (True is an int in Python)."""
    return isinstance(value, (int, np.integer)) and not isinstance(value, bool)


@dataclass(frozen=True)
class ModelConfig:
    """Architecture and initialisation; frozen, so it can be a cache key."""
    kind: str = "lstm"        # cell: "lstm" (the course's), "rnn" (vanilla) or "gru"
    hidden: int = 20          # H, units in h and C (every layer); the course uses 20
    embed_dim: int = 0        # D: 0 = one-hot input (X = V); > 0 = learned table E (V, D) before the cell
    init_std: float = 0.1     # weights ~ N(0, init_std²) as in the course; biases start at 0
    forget_bias: float = 0.0  # initial b_f (LSTM only); 1.0 keeps memory flowing early in training
    seed: int = 0             # seeds the initial weights: same seed, same model
    layers: int = 1           # L stacked LSTM layers, 1-3; layer l >= 2 reads h of layer l-1
    dropout: float = 0.0      # P(drop) of each layer's output h (between layers, before W_y); training only
    dtype: str = "float64"    # "float64" (teaching, gradient checks) or "float32" (books: ~2.5x faster)
    scaled_input: bool = False  # x = index / V, one number per step (X = 1): the Keras text-generation tutorial

    def __post_init__(self):
        if self.kind not in KINDS:
            raise InputError(N_("unknown model kind {kind!r}: use one of {kinds}"),
                             kind=self.kind, kinds=', '.join(KINDS))
        if not (_whole(self.hidden) and 1 <= self.hidden <= MAX_HIDDEN):
            raise InputError(N_("hidden size must be a whole number from 1 to {max_hidden}, got {hidden!r}"),
                             max_hidden=MAX_HIDDEN, hidden=self.hidden)
        if not (_whole(self.embed_dim) and 0 <= self.embed_dim <= MAX_HIDDEN):
            raise InputError(N_("embedding size must be a whole number from 0 to {max_hidden}, got {embed_dim!r}"),
                             max_hidden=MAX_HIDDEN, embed_dim=self.embed_dim)
        if not (math.isfinite(self.init_std) and self.init_std > 0):
            raise InputError(N_("init_std must be a positive number, got {init_std!r}"), init_std=self.init_std)
        if not math.isfinite(self.forget_bias):
            raise InputError(N_("forget_bias must be a finite number, got {forget_bias!r}"),
                             forget_bias=self.forget_bias)
        if not (_whole(self.layers) and 1 <= self.layers <= MAX_LAYERS):
            raise InputError(N_("layers must be a whole number from 1 to {max_layers}, got {layers!r}"),
                             max_layers=MAX_LAYERS, layers=self.layers)
        if self.layers > 1 and self.kind != "lstm":
            raise InputError(N_("stacked layers are LSTM layers: a {kind} model has one layer"), kind=self.kind)
        if isinstance(self.dropout, bool) or not (isinstance(self.dropout, (int, float)) and 0 <= self.dropout < 1):
            raise InputError(N_("dropout must be a probability from 0 to below 1, got {dropout!r}"),
                             dropout=self.dropout)
        if self.dtype not in DTYPES:
            raise InputError(N_("unknown dtype {dtype!r}: use one of {dtypes}"),
                             dtype=self.dtype, dtypes=', '.join(DTYPES))
        if not isinstance(self.scaled_input, bool):
            raise InputError(N_("scaled_input must be True or False, got {scaled_input!r}"),
                             scaled_input=self.scaled_input)
        if self.scaled_input and self.embed_dim:
            raise InputError(N_("scaled_input reads one number per symbol: it cannot be combined with an embedding"))

    @property
    def inputs(self):
        """How a symbol enters the cell: "one-hot", "embedding" or "scaled" (index / V)."""
        return "scaled" if self.scaled_input else "embedding" if self.embed_dim else "one-hot"


def layer_name(name, layer):
    """The name of a cell parameter in layer `layer` (1-based): W_f in layer 1, W_f@2 in layer 2."""
    return name if layer == 1 else f"{name}@{layer}"


def input_size(config, vocab_size):
    """X, the width of layer 1's input x: 1 (scaled index), D (embedding) or V (one-hot)."""
    return 1 if config.scaled_input else config.embed_dim or vocab_size


def param_shapes(config, vocab_size):
    """[(name, shape)] in flat-vector order.  Each layer's W_* are adjacent so they form one fused matrix."""
    H, D, V = config.hidden, config.embed_dim, vocab_size
    gates = CELLS[config.kind][2]
    shapes = [("E", (V, D))] if D else []
    for layer in range(1, config.layers + 1):
        X = input_size(config, V) if layer == 1 else H          # layer l >= 2 reads h of the layer below
        shapes += [(layer_name(f"W_{g}", layer), (H, H + X)) for g in gates]
        shapes += [(layer_name(f"b_{g}", layer), (H,)) for g in gates]
    return shapes + [("W_y", (V, H)), ("b_y", (V,))]


def named_views(flat, shapes):
    """Split a flat vector into named, reshaped views (no copies)."""
    views, start = {}, 0
    for name, shape in shapes:
        size = math.prod(shape)
        views[name] = flat[start:start + size].reshape(shape)
        start += size
    return views
