"""Predict, then see: what the prediction exercises need from a model and its Trace (numpy only).

- reasons(): why a value of one unit at one step is what it is, from the numbers: a gate's pre-activation
  a = W·z + b split into the parts from h_prev, from x and the bias; C split into the kept part f·C_prev and
  the written part i·C̃; h = o·tanh(C).
- score_guesses(): a student's guesses beside the Trace's values, with the error.
- Practice with fading: blanks(), hint(), check_answers() (typed answers against the run, to 1e-3).
- vanish_distance(): how many steps back a gradient norm falls below 1/1000 of its value at the last step.
- score_symbol(): a guess of the next generated symbol and of the model's confidence.
Used by ui/predict.py, ui/practice.py and the One step, Generate and Gradients pages.
"""
from typing import NamedTuple

import numpy as np

from .explain import pre_activation, previous_state
from .messages import InputError, N_
from .notation import GATES as GATES_OF, WEIGHTS

GUESSED = ("f", "i", "c_bar", "o", "c", "h")    # the order a student guesses in: the gates, then C and h
GATES = GATES_OF["lstm"]
FADE = ("h", "o", "c", "c_bar", "i", "f")       # practice blanks, the last equations first (Renkl et al. 2002)
TOLERANCE = 0.1      # a slider guess within ±0.1 of the true value counts as close
CHECK_TOL = 1e-3     # a typed practice answer must be within ±0.001 of the recorded run
VANISH = 1e-3        # "vanished": below 1/1000 of the gradient's norm at the last step
DISTANCE_TOL = 0.25  # a guessed distance within 25% of the measured one (at least 2 steps) counts as close


class Reason(NamedTuple):
    name: str        # "f", "i", "c_bar", "o", "c" or "h"
    value: float     # the Trace's value
    parts: dict      # gates, C̃: {"h_prev", "x", "bias"} adding up to total; C: {"kept", "written"} adding up
                     # to C; h: {"o", "tanh_c"} whose product is h
    total: float     # the pre-activation a (gates, C̃: value = σ(a) or tanh(a)); C and h: the value itself
    drivers: tuple   # the parts that push the value where it is, the largest first (h: ("o",) if o < 0.5)


def _gate_reason(params, trace, name, t, u):
    h_prev, _c_prev = previous_state(trace, t)
    (rec, inp, bias), a = pre_activation(params, WEIGHTS[name], u, h_prev, trace.x[t])
    parts = {"h_prev": rec, "x": inp, "bias": bias}
    sign = 1.0 if a >= 0 else -1.0
    drivers = tuple(sorted((k for k, v in parts.items() if v * sign > 0), key=lambda k: -abs(parts[k])))
    return Reason(name, float(trace.get(name)[t, u]), parts, a, drivers)


def reasons(params, trace, t, u):
    """{name: Reason} for f, i, C̃, o, C, h of unit u at step t (an LSTM Trace and its layer's params)."""
    if trace.kind != "lstm":
        raise InputError(N_("reasons are drawn for an LSTM's gates; this is a {kind}"), kind=trace.kind.upper())
    if not (0 <= t < trace.T and 0 <= u < trace.H):
        raise InputError(N_("step must be in 0..{last_t} and unit in 0..{last_h}"),
                         last_t=trace.T - 1, last_h=trace.H - 1)
    out = {name: _gate_reason(params, trace, name, t, u) for name in ("f", "i", "c_bar", "o")}
    _h_prev, c_prev = previous_state(trace, t)
    kept = float(trace.f[t, u] * c_prev[u])
    written = float(trace.i[t, u] * trace.c_bar[t, u])
    c = float(trace.c[t, u])
    parts = {"kept": kept, "written": written}
    out["c"] = Reason("c", c, parts, c, tuple(sorted(parts, key=lambda k: -abs(parts[k]))))
    o, tanh_c = float(trace.o[t, u]), float(np.tanh(trace.c[t, u]))
    out["h"] = Reason("h", float(trace.h[t, u]), {"o": o, "tanh_c": tanh_c}, float(trace.h[t, u]),
                      ("o",) if o < 0.5 else ())
    return {name: out[name] for name in GUESSED}


class Guess(NamedTuple):
    name: str
    guess: float
    truth: float
    error: float     # guess - truth
    close: bool      # within TOLERANCE, or (a coarse gate guess) on the right side of 0.5


def score_guesses(truths, guesses, coarse=()):
    """[Guess] in the order of `guesses` ({name: value}); names in `coarse` were "closer to 0 / to 1"
    answers (0.0 or 1.0), judged by the side of 0.5 they are on."""
    out = []
    for name, guess in guesses.items():
        truth = float(truths[name])
        close = (guess > 0.5) == (truth > 0.5) if name in coarse else abs(guess - truth) <= TOLERANCE
        out.append(Guess(name, float(guess), truth, float(guess) - truth, bool(close)))
    return out


def blanks(k):
    """The quantities left blank at the k-th practice step after the worked one (k = 1 → h only)."""
    if not 1 <= k <= len(FADE):
        raise InputError(N_("k must be in 1..{n_fade}"), n_fade=len(FADE))
    return FADE[:k]


def practice_steps(t, T):
    """The steps practised after the worked step t: t+1 .. t+6, within the text's T steps."""
    return list(range(t + 1, min(t + len(FADE), T - 1) + 1))


class Hint(NamedTuple):
    name: str          # the blank
    operands: tuple    # ((label, value or None = "your own answer above"), ...) to combine, in order


def hint(params, trace, s, u, blank, hidden=()):
    """The numbers to combine for `blank` at step s (unit u); operands in `hidden` are the student's own."""
    h_prev, c_prev = previous_state(trace, s)
    shown = {name: (None if name in hidden else float(trace.get(name)[s, u])) for name in GUESSED}
    if blank in WEIGHTS:
        w = WEIGHTS[blank]
        (rec, inp, bias), _a = pre_activation(params, w, u, h_prev, trace.x[s])
        ops = ((f"W_{w}[{u}, :H]·h_prev", rec), (f"W_{w}[{u}, H:]·x", inp), (f"b_{w}[{u}]", bias))
    elif blank == "c":
        ops = (("f", shown["f"]), ("C_prev", float(c_prev[u])), ("i", shown["i"]), ("C̃", shown["c_bar"]))
    else:
        ops = (("o", shown["o"]), ("C", shown["c"]))
    return Hint(blank, ops)


def check_answers(trace, s, u, answers, tol=CHECK_TOL):
    """{name: True/False} for typed answers {name: float or None} at step s, unit u (None = not answered)."""
    return {name: value is not None and bool(abs(float(value) - float(trace.get(name)[s, u])) <= tol)
            for name, value in answers.items()}


def vanish_distance(norms_by_step, factor=VANISH):
    """First distance d = T − t at which the norm is below factor × its value at d = 0 (the last step).

    norms_by_step: (T+1,) ‖∂L_T/∂·_t‖ for t = 0..T (as lstm.analysis.gradient_norms_through_time gives them).
    Returns d (int), or None when it never falls that far within the text."""
    by_distance = np.asarray(norms_by_step, dtype=float)[::-1]
    below = np.flatnonzero(by_distance < factor * by_distance[0])
    return int(below[0]) if below.size else None


def distance_close(guess, measured, beyond):
    """Is a guessed distance close to the measured one? measured None = never within the text, counted as
    `beyond` (one past the longest distance the text has). Within DISTANCE_TOL of it, or 2 steps."""
    truth = beyond if measured is None else measured
    return abs(guess - truth) <= max(2, DISTANCE_TOL * truth)


class SymbolGuess(NamedTuple):
    chosen: int        # the index the model generated
    p_chosen: float    # the probability it gave that symbol
    match: bool        # the student's symbol is the one generated
    error: float       # the student's confidence guess minus p_chosen


def score_symbol(probs, chosen, guess_index, guess_p):
    """A guess of the next generated symbol (index) and of the model's probability for its choice."""
    p = float(probs[chosen])
    return SymbolGuess(int(chosen), p, int(guess_index) == int(chosen), float(guess_p) - p)
