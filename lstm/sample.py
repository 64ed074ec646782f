"""Generating text from a model: sampling with temperature / top-k, and greedy recitation.

Every step goes through Model.step, i.e. the cell's own forward: no second forward pass here.
Used by lstm.train (samples during training), the command line and the Generate page.
"""
import math
from dataclasses import dataclass

import numpy as np

MAX_LENGTH = 10000      # symbols per call; longer requests are refused with this number named


def _check(temperature, length):
    if not (isinstance(temperature, (int, float)) and math.isfinite(temperature) and temperature >= 0):
        raise ValueError(f"temperature must be a number ≥ 0 (0 = greedy), got {temperature!r}")
    if not (isinstance(length, (int, np.integer)) and 0 <= length <= MAX_LENGTH):
        raise ValueError(f"length must be a whole number from 0 to {MAX_LENGTH}, got {length!r}")


def warm_up(model, prime_indices):
    """Feed the prime; returns probs of the symbol after it and the state (h, c)."""
    h, c = model.zero_state(), model.zero_state()
    probs = None
    for k in prime_indices:
        probs, h, c = model.step(int(k), h, c)
    return probs, h, c


def pick(probs, temperature, rng, top_k=None):
    """Next index from probs: argmax at temperature 0, else a draw from p^(1/T) (renormalised)."""
    if temperature == 0:
        return int(np.argmax(probs))
    logp = np.log(np.maximum(probs, 1e-300)) / temperature
    if top_k:
        cutoff = np.sort(logp)[-min(top_k, len(logp))]
        logp = np.where(logp >= cutoff, logp, -np.inf)
    p = np.exp(logp - logp.max())
    return int(rng.choice(len(p), p=p / p.sum()))


def generate(model, prime, length=200, temperature=1.0, seed=0, top_k=None, stop=None):
    """Continue `prime` (text or indices, ≥ 1 symbol, all in the vocabulary) by `length` symbols.

    temperature 0 = greedy; same seed, same text. stop: a symbol that ends generation (e.g. "\\n").
    Returns the generated indices (without the prime).
    """
    _check(temperature, length)
    prime_idx = model.encode(prime)
    if len(prime_idx) == 0:
        raise ValueError("the prime text is empty: give at least one symbol to start from")
    return _continue(model, prime_idx, length, temperature, np.random.default_rng(seed), top_k, stop)


def _continue(model, prime_idx, length, temperature, rng, top_k=None, stop=None):
    """generate() after its checks (recite() uses it directly: a text may be longer than MAX_LENGTH)."""
    probs, h, c = warm_up(model, prime_idx)
    out = []
    for _ in range(length):
        k = pick(probs, temperature, rng, top_k)
        out.append(k)
        if stop is not None and model.vocab.symbols[k] == stop:
            break
        probs, h, c = model.step(k, h, c)
    return np.array(out, dtype=np.int64)


def sample_text(model, prime, length=200, temperature=1.0, seed=0, top_k=None, stop=None):
    """generate() decoded to a string (without the prime)."""
    return model.vocab.decode(generate(model, prime, length, temperature, seed, top_k, stop))


@dataclass
class Recitation:
    """Greedy recitation of a text from its first symbol: expected vs produced, symbol by symbol."""
    expected: list
    produced: list

    @property
    def correct(self):
        """(T-1,) bool: produced[t] == expected[t] for every symbol after the first."""
        return np.array([a == b for a, b in zip(self.expected, self.produced)], dtype=bool)

    @property
    def n_correct(self):
        return int(self.correct.sum())

    @property
    def total(self):
        return len(self.expected)

    @property
    def exact(self):
        return self.n_correct == self.total


def recite(model, text):
    """Feed text[0], then greedily let the model continue on its own for len(text)-1 symbols."""
    idx = model.encode(text)
    produced = _continue(model, idx[:1], len(idx) - 1, 0, None) if len(idx) > 1 else []
    sym = model.vocab.symbols
    return Recitation([sym[k] for k in idx[1:]], [sym[k] for k in produced])
