"""Book-scale data: the held-out validation part of a text, B contiguous training streams cut into
windows (char-rnn batching), and the loss of a model on a part of the text in nats per symbol.

Training: the text before the validation part is cut into B equal contiguous streams; window k of
every stream is trained at once (inputs, targets: (T, B)) and each stream's state is carried to its next
window (truncated BPTT), so every stream is read in order. An epoch is one pass; the state resets to
zero when a new epoch starts. The last < B symbol pairs of the training part, which do not fill a
stream, are not trained. Evaluation reads a part as S streams, each first warmed up (not scored) on the
WARMUP symbols before it, so nearly every scored symbol is predicted with context, as in reading.
Used by lstm.book.
"""
import math
from typing import NamedTuple

import numpy as np

from .messages import InputError, N_, N_n
from .sample import SettingError

EVAL_STREAMS = 32         # streams an evaluation reads side by side (one batch)
WARMUP = 100              # symbols of context read before each evaluation stream (not scored)
EVAL_WINDOW = 200         # steps per forward call of an evaluation (state carried; bounds memory)
LN2 = math.log(2.0)


class Split(NamedTuple):
    """Where the validation part starts: symbols [0, start) train, symbols [start, N) validate."""
    start: int            # first symbol of the validation part (N when there is none)
    n_val: int            # symbols in the validation part


def split(n_symbols, val_fraction):
    """The last val_fraction of n_symbols (rounded) held out.  Refuses a part too small to score."""
    n_val = int(round(n_symbols * val_fraction))
    if val_fraction and n_val < 2:
        raise InputError(N_n("the text has {n:,} symbol: a validation fraction of {val_fraction:g} leaves "
                             "{n_val} to validate on (at least 2 are needed; give a longer text)",
                             "the text has {n:,} symbols: a validation fraction of {val_fraction:g} leaves "
                             "{n_val} to validate on (at least 2 are needed; give a longer text)"),
                         n=n_symbols, val_fraction=val_fraction, n_val=n_val)
    return Split(n_symbols - n_val, n_val)


class Streams:
    """B contiguous streams over indices[:end], read in windows of T (the last window may be shorter)."""

    def __init__(self, indices, end, B, T):
        self.indices, self.B, self.T = indices, B, T
        self.length = (end - 1) // B                 # symbol pairs (input -> next) per stream
        if self.length < 1:
            raise SettingError(N_n("the training part has {n:,} symbol, too few for {B} streams: lower the batch",
                                   "the training part has {n:,} symbols, too few for {B} streams: lower the batch"),
                               n=end, B=B)
        self.windows = math.ceil(self.length / T)    # windows per epoch
        self.starts = np.arange(B) * self.length

    @property
    def pairs(self):
        """Symbol pairs trained per epoch (B·length)."""
        return self.B * self.length

    def window(self, k):
        """Inputs and targets (t, B), t ≤ T, of window k (0 ≤ k < windows) of every stream."""
        first = k * self.T
        cols = self.starts[None, :] + np.arange(first, min(first + self.T, self.length))[:, None]
        return self.indices[cols], self.indices[cols + 1]


def unigram_loss(indices, start, vocab_size):
    """The unigram baseline's loss (nats per symbol) on symbols start+1 ..: every symbol predicted by its
    frequency in indices[:start] (add-one smoothed over the vocabulary), whatever came before it."""
    counts = np.bincount(indices[:start], minlength=vocab_size) + 1.0
    return float(-np.log(counts / counts.sum())[indices[start + 1:]].mean())


def evaluate(model, indices, start, end, streams=EVAL_STREAMS, warmup=WARMUP):
    """Mean cross-entropy (nats per symbol) of model predicting symbols start+1 .. end-1 from the ones
    before, read as `streams` contiguous streams each warmed up on the `warmup` symbols before it (no
    dropout).  Returns (nats per symbol, number of symbols scored)."""
    pairs = end - 1 - start
    if pairs < 1:
        raise InputError(N_("nothing to evaluate: the part has fewer than 2 symbols"))
    S = min(streams, pairs)
    m = math.ceil(pairs / S)                          # pairs per stream; the last one may be shorter
    first = start + np.arange(S) * m                  # first scored input of each stream
    w = int(min(warmup, first.min()))                 # context available before every stream
    steps = np.arange(-w, m)[:, None] + first[None, :]                # (w + m, S) input positions
    inputs = np.clip(steps, 0, end - 2)
    targets = np.where((steps >= start) & (steps < end - 1), indices[np.minimum(inputs + 1, end - 1)], -1)
    targets[:w] = -1                                  # the warm-up reads context, it is not scored
    inputs = indices[inputs]
    total, count, state = 0.0, 0, (None, None)
    for s in range(0, len(inputs), EVAL_WINDOW):
        trace = model.forward(inputs[s:s + EVAL_WINDOW], targets[s:s + EVAL_WINDOW], *state)[0]
        total += float(np.nansum(trace.loss))
        count += int((trace.targets >= 0).sum())
        state = trace.final_state()
    return total / count, count
