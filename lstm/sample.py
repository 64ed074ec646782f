"""Generating text from a model: sampling with temperature / top-k, and greedy recitation.

Every step goes through Model.step, i.e. the cell's own forward: no second forward pass here.
Temperature T reshapes the next-symbol probabilities to p^(1/T) (renormalised), computed from
(ln p - max ln p) / T so that no T overflows. T = 0 is greedy decoding (the argmax), and so is any T below
GREEDY_BELOW: two distinct float64 probabilities differ by at least ~1.1e-16 in ln p, and exp(-1.1e-16 / T)
is exactly 0 in float64 for T < 1.5e-19, so below that every symbol but the most likely has no chance
left; greedy decoding decides the rest (exact ties) as at 0. So 1e-320 gives exactly what 0 gives.
A setting that cannot be used (temperature, length, top-k) raises SettingError naming the value; a prime
that cannot be used raises PrimeError or lstm.vocab.VocabularyError (both ValueErrors), so a page can
say which input is wrong. Used by lstm.train (samples during training), lstm.usage (how each kind of
checkpoint is sampled), the command line and the pages.
"""
import math
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np

from .messages import InputError, N_, N_n

MAX_LENGTH = 10000      # symbols per call; longer requests are refused with this number named
MAX_PRIME = 500         # characters of a prime text (symbols of a prime given as indices or tokens)
GREEDY_BELOW = 1e-19    # temperatures below this are greedy decoding, exactly as 0 (see the docstring)


class SettingError(InputError):
    """A setting the code cannot use (generation: temperature, length, top-k; book training: the batch, a
    resumed run's settings); the message names it."""


class PrimeError(InputError):
    """A prime that cannot be used: empty or longer than MAX_PRIME (unknown symbols: VocabularyError)."""


class Generation(NamedTuple):
    """What generate_steps() produced after the prime: indices (n,) and probs (n, V), row k the model's
    probabilities y = softmax(W_y·h + b_y) the k-th symbol was drawn from (before temperature / top-k)."""
    indices: np.ndarray
    probs: np.ndarray


def check_settings(temperature, length, top_k=None):
    """SettingError unless temperature is a finite number ≥ 0, length a whole number 0..MAX_LENGTH and
    top_k None or a whole number ≥ 0 (0 = every symbol)."""
    if not (isinstance(temperature, (int, float, np.floating, np.integer)) and not isinstance(temperature, bool)
            and math.isfinite(temperature) and temperature >= 0):
        raise SettingError(N_("temperature must be a finite number ≥ 0 (0 = greedy), got {temperature!r}"),
                           temperature=temperature)
    if not (isinstance(length, (int, np.integer)) and not isinstance(length, bool) and 0 <= length <= MAX_LENGTH):
        raise SettingError(N_("length must be a whole number from 0 to {max_length}, got {length!r}"),
                           max_length=MAX_LENGTH, length=length)
    if top_k is not None and not (isinstance(top_k, (int, np.integer)) and not isinstance(top_k, bool)
                                  and top_k >= 0):
        raise SettingError(N_("top-k must be a whole number ≥ 0 (0 = every symbol), got {top_k!r}"), top_k=top_k)


def check_prime(prime):
    """PrimeError if the prime (a text, or a sequence of indices or tokens) is empty or too long."""
    n = len(prime)
    if n == 0:
        raise PrimeError(N_("the prime text is empty: give at least one symbol to start from"))
    if n > MAX_PRIME and isinstance(prime, str):
        raise PrimeError(N_n("the prime has {n:,} character; the limit is {max_prime:,}",
                             "the prime has {n:,} characters; the limit is {max_prime:,}"), n=n, max_prime=MAX_PRIME)
    if n > MAX_PRIME:
        raise PrimeError(N_n("the prime has {n:,} symbol; the limit is {max_prime:,}",
                             "the prime has {n:,} symbols; the limit is {max_prime:,}"), n=n, max_prime=MAX_PRIME)


def zero_state(model):
    """The state (h, c) every sequence starts from: zeros ((H,) each, or (L, H) for a stack: model.zero_state)."""
    return model.zero_state(), model.zero_state()


def warm_up(model, prime_indices, reset=None):
    """Feed the prime from zero state; returns probs of the symbol after it and the state (h, c).
    reset: an index at which the state goes back to zero before it is read (names: the newline)."""
    h, c = zero_state(model)
    probs = None
    for k in prime_indices:
        if k == reset:
            h, c = zero_state(model)
        probs, h, c = model.step(int(k), h, c)
    return probs, h, c


def pick(probs, temperature, rng, top_k=None):
    """Next index from probs: the argmax when temperature < GREEDY_BELOW (0 included), else a draw from
    p^(1/T), renormalised, the top-k most likely kept (top_k None or 0: all)."""
    if temperature < GREEDY_BELOW:
        return int(np.argmax(probs))
    logp = np.log(np.maximum(probs, 1e-300))
    z = (logp - logp.max()) / temperature                       # ≤ 0 and finite: no overflow, no NaN
    if top_k:
        cutoff = np.sort(z)[-min(top_k, len(z))]
        z = np.where(z >= cutoff, z, -np.inf)
    p = np.exp(z)
    return int(rng.choice(len(p), p=p / p.sum()))


def generate(model, prime, length=200, temperature=1.0, seed=0, top_k=None, stop=None, reset=None):
    """Continue `prime` (text or indices/tokens, 1..MAX_PRIME symbols, all in the vocabulary) by `length`
    symbols.  temperature 0 = greedy; same seed, same text. stop: a symbol that ends generation (e.g.
    "\\n"); reset: a symbol after which the state restarts from zero (see generate_steps).
    Returns the generated indices (without the prime)."""
    return generate_steps(model, prime, length, temperature, seed, top_k, stop, reset).indices


def generate_steps(model, prime, length=200, temperature=1.0, seed=0, top_k=None, stop=None, reset=None):
    """generate() with the probabilities each symbol was drawn from: a Generation.

    reset: a symbol (e.g. "\\n" for a names model) that is read from zero state wherever it occurs, in
    the prime and in the output, as that model was trained. Raises SettingError / PrimeError /
    VocabularyError (all ValueErrors)."""
    check_settings(temperature, length, top_k)
    check_prime(prime)
    prime_idx = model.encode(prime)
    if len(prime_idx) == 0:
        raise PrimeError(N_("the prime text is empty: give at least one symbol to start from"))
    reset_idx = None if reset is None else model.vocab.index.get(reset)
    return _continue(model, prime_idx, length, temperature, np.random.default_rng(seed), top_k, stop, reset_idx)


def _continue(model, prime_idx, length, temperature, rng, top_k=None, stop=None, reset=None):
    """generate_steps() after its checks (recite() uses it directly: a text may be longer than MAX_LENGTH)."""
    probs, h, c = warm_up(model, prime_idx, reset)
    out, seen = [], []
    for _ in range(length):
        k = pick(probs, temperature, rng, top_k)
        out.append(k)
        seen.append(probs)
        if stop is not None and model.vocab.symbols[k] == stop:
            break
        if k == reset:
            h, c = zero_state(model)
        probs, h, c = model.step(k, h, c)
    return Generation(np.array(out, dtype=np.int64), np.array(seen).reshape(len(out), model.V))


def sample_text(model, prime, length=200, temperature=1.0, seed=0, top_k=None, stop=None, reset=None):
    """generate() decoded to a string (without the prime)."""
    return model.vocab.decode(generate(model, prime, length, temperature, seed, top_k, stop, reset))


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
    produced = _continue(model, idx[:1], len(idx) - 1, 0, None).indices if len(idx) > 1 else []
    sym = model.vocab.symbols
    return Recitation([sym[k] for k in idx[1:]], [sym[k] for k in produced])
