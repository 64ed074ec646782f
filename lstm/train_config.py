"""TrainConfig: every setting of a training run, the "fast", "course" and "book" presets, and their checks.

Frozen (a cache key); __post_init__ refuses bad values with a message naming the field and the
allowed range. Used by lstm.train (re-exported there), the command line and the Training page.
"""
import dataclasses
import math
from dataclasses import dataclass

import numpy as np

from . import optim
from .model import ModelConfig
from .messages import InputError, N_

MAX_ITERS = 10_000_000
MAX_SEQ_LEN = 100_000
CRITERIA = ("seed-ema", "exact", "validation")
LEVELS = ("char", "word")
PRESET_NAMES = ("fast", "course", "book", "custom")   # "custom": a run that follows no preset
MAX_BATCH = 1024


def _whole(value, name, low, high):
    if isinstance(value, bool) or not isinstance(value, (int, np.integer)) or not low <= value <= high:
        raise InputError(N_("{name} must be a whole number from {low} to {high:,}, got {value!r}"),
                         name=name, low=low, high=high, value=value)


def _number(value, name, low=0.0, allow_low=False):
    ok = isinstance(value, (int, float, np.floating, np.integer)) and not isinstance(value, bool)
    if not (ok and math.isfinite(value) and (value > low or (allow_low and value == low))):
        raise InputError(N_("{name} must be a finite number {which} {low:g}, got {value!r}"),
                         name=name, which='≥' if allow_low else '>', low=low, value=value)


@dataclass(frozen=True)
class TrainConfig:
    """Everything that decides a training run; frozen, so it can be a cache key.  Defaults = "fast"."""
    preset: str = "fast"          # which preset these values started from ("fast", "course" or "custom");
                                  # a plain field, kept in checkpoints (TrainConfig.from_preset builds one)
    kind: str = "lstm"            # cell: "lstm", "rnn" or "gru"
    hidden: int = 64              # H; measured: 64 reaches the exact criterion in the fewest seconds
    seq_len: int = 1024           # BPTT window; clamped to the text, so ≤ 1024 symbols = whole-text BPTT
    lr: float = 0.05              # learning rate; Adam 0.05 beat 0.03 and 0.08 over seeds 0-9
    optimizer: str = "adam"       # "sgd", "adagrad" (the course's) or "adam"
    clip: float = 0.0             # clip every gradient entry to [-clip, clip]; 0 = off (the course: 1)
    clip_norm: float = 5.0        # rescale the gradient to global norm ≤ clip_norm; 0 = off
    init_std: float = 0.1         # weights ~ N(0, init_std²), as in the course
    forget_bias: float = 1.0      # initial b_f: 1 keeps memory flowing early on (the course: 0)
    seed: int = 0                 # initial weights and samples: same seed, same run, bit for bit
    criterion: str = "exact"      # "seed-ema" (course) or "exact" (whole text + greedy recitation)
    target: float = 0.1           # stop when the criterion's loss per 25-symbol window is below this
    max_iters: int = 2000         # give up after this many parameter updates
    eval_every: int = 1           # exact whole-text loss every N iterations (free with whole-text BPTT;
                                  # windowed training evaluates at most once per pass over the text)
    sample_every: int = 25        # a sample text every N iterations (0 = never)
    sample_length: int = 200      # symbols per sample
    level: str = "char"           # vocabulary: characters or lecture-style words
    embed_dim: int = 0            # 0 = one-hot input (the course); > 0 = learned embedding of that size
    fused: bool = True            # the fused four-gate LSTM path; False = cell.forward in a Python loop
                                  # (same numbers, ~2x slower: for the benchmark and the curious)
    # book scale (lstm.book.BookTrainer, criterion "validation"); the defaults leave fast/course unchanged
    batch: int = 1                # B contiguous streams trained side by side (char-rnn batching)
    layers: int = 1               # stacked LSTM layers, 1-3
    dropout: float = 0.0          # dropout between layers and before W_y while training
    dtype: str = "float64"        # "float32" for books (~2.5x faster), float64 for teaching
    scaled_input: bool = False    # x = index / V, one number per step (the Keras tutorial's input)
    val_fraction: float = 0.0     # the last fraction of the text held out for validation (book: 0.1)
    minutes: float = 0.0          # stop after this much training time; 0 = no time limit
    lr_decay: float = 1.0         # lr × lr_decay after every epoch (pass over the training text); 1 = constant

    def __post_init__(self):
        for name, allowed in (("preset", PRESET_NAMES), ("criterion", CRITERIA),
                              ("level", LEVELS), ("optimizer", optim.OPTIMIZERS)):
            if getattr(self, name) not in allowed:
                raise InputError(N_("unknown {name} {choice!r}: use one of {allowed}"),
                                 name=name, choice=getattr(self, name), allowed=', '.join(sorted(allowed)))
        self.model_config()                           # validates kind, hidden, embed_dim, init_std, forget_bias
        _number(self.lr, N_("learning rate"))
        _number(self.target, N_("target loss"))
        _number(self.clip, N_("clip (0 = off)"), allow_low=True)
        _number(self.clip_norm, N_("clip_norm (0 = off)"), allow_low=True)
        _whole(self.seq_len, N_("sequence length"), 1, MAX_SEQ_LEN)
        _whole(self.seed, N_("seed"), 0, 2 ** 32 - 1)
        _whole(self.max_iters, "max_iters", 1, MAX_ITERS)
        _whole(self.eval_every, "eval_every", 1, MAX_ITERS)
        _whole(self.sample_every, N_("sample_every (0 = never)"), 0, MAX_ITERS)
        _whole(self.sample_length, "sample_length", 1, 10_000)
        if not isinstance(self.fused, bool):
            raise InputError(N_("fused must be True or False, got {fused!r}"), fused=self.fused)
        self._check_book()

    def _check_book(self):
        """The book-scale fields, and which trainer they need (validation: lstm.book.BookTrainer)."""
        _whole(self.batch, N_("batch (streams)"), 1, MAX_BATCH)
        _number(self.val_fraction, N_("validation fraction"), allow_low=True)
        if self.val_fraction >= 0.5:
            raise InputError(N_("validation fraction must be below 0.5, got {val_fraction!r}"),
                             val_fraction=self.val_fraction)
        _number(self.minutes, N_("minutes (0 = no limit)"), allow_low=True)
        _number(self.lr_decay, "lr_decay")
        if self.lr_decay > 1:
            raise InputError(N_("lr_decay must be at most 1 (1 = constant), got {lr_decay!r}"), lr_decay=self.lr_decay)
        if self.criterion == "validation":
            if self.val_fraction == 0:
                raise InputError(N_("the validation criterion needs a validation fraction above 0 (e.g. 0.1)"))
            if self.kind != "lstm" or not self.fused:
                raise InputError(N_("the validation criterion trains batches on the fused LSTM path: kind lstm, "
                                    "fused"))
        elif self.batch > 1 or self.val_fraction > 0:
            raise InputError(N_("batches and a validation split train with the validation criterion "
                                "(e.g. TrainConfig.from_preset('book'))"))

    @classmethod
    def from_preset(cls, name, **changes):
        """The named preset ("fast", "course" or "book"), optionally with some fields changed:
        TrainConfig.from_preset("course", hidden=8). Raises InputError (a ValueError) for another name or a
        bad value."""
        if name not in PRESETS:
            raise InputError(N_("unknown preset {name!r}: use one of {presets}"), name=name,
                             presets=", ".join(PRESETS))
        return dataclasses.replace(PRESETS[name], **changes)

    def model_config(self):
        return ModelConfig(kind=self.kind, hidden=self.hidden, embed_dim=self.embed_dim,
                           init_std=self.init_std, forget_bias=self.forget_bias, seed=self.seed,
                           layers=self.layers, dropout=self.dropout, dtype=self.dtype,
                           scaled_input=self.scaled_input)


PRESETS = {}
PRESETS["fast"] = TrainConfig()
PRESETS["course"] = TrainConfig(
    preset="course", hidden=20, seq_len=25, lr=0.1, optimizer="adagrad", clip=1.0, clip_norm=0.0,
    forget_bias=0.0, criterion="seed-ema", max_iters=100_000, eval_every=100, sample_every=500)
# A whole book (Alice: 144,413 characters) in minutes; lr, its decay and dropout were chosen on Alice's
# validation loss (assets/README.md); target 0.5 nats/char is never reached, so --minutes/--max-iters end it
PRESETS["book"] = TrainConfig(
    preset="book", hidden=256, seq_len=100, lr=4e-3, optimizer="adam", clip_norm=5.0, init_std=0.08,
    forget_bias=1.0, criterion="validation", target=0.5, max_iters=1_000_000, eval_every=50, sample_every=100,
    sample_length=200, batch=64, layers=2, dropout=0.5, dtype="float32", val_fraction=0.1, minutes=10.0,
    lr_decay=0.95)

