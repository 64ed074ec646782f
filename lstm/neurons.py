"""Find the neuron: properties of a text as per-character arrays, and every unit ranked by correlation.

property_values(text, name) gives one number per character (NaN where the property does not apply);
rank_units(states, values) ranks every unit of h and C by |Pearson r| with it; verdict() says honestly
whether one unit tracks it. Value t describes the model's state AFTER reading character t. Used by the
"Find the neuron" page; numpy and the standard library only.
"""
import re
from typing import NamedTuple

import numpy as np

from .text import canonical
from .messages import InputError, N_

TRACKS_THRESHOLD = 0.7        # |r| ≥ 0.7: "unit u tracks the property" (strong by the usual rule of thumb, r² ≥ 0.49)
PARTLY_THRESHOLD = 0.5        # 0.5 ≤ |r| < 0.7: "partly tracks" (moderate); below 0.5: no single unit tracks it
MAX_PATTERN_CHARS = 200       # longer custom regular expressions are refused
VOWELS = set("aeiouyąęóAEIOUYĄĘÓ")
OPENERS, CLOSERS = "([{", ")]}"
QUOTES = {'"': '"', "‘": "’", "“": "”"}   # opening quote -> its closing quote (books use the curly ones)
PROPERTIES = {  # key -> English label (the page translates it)
    "quotes": "inside quotes",
    "brackets": "inside brackets",
    "depth": "bracket nesting depth",
    "word_pos": "position within the word",
    "vowel": "vowel (1) vs consonant (0), letters only",
    "next_space": "next character is a space",
    "line_pos": "position in the line",
    "regex": "matches a regular expression",
}


def inside_quotes(text):
    """1 from an opening quote up to (not including) its closing quote, else 0: the state after each
    character.  Quotes: "…", ‘…’ and “…” (one level: a quote inside a quote changes nothing); a ’ followed
    by a letter is an apostrophe (Alice’s, I’ll), not a closing quote."""
    out, closer = np.zeros(len(text)), None
    for t, ch in enumerate(text):
        if closer is None:
            closer = QUOTES.get(ch)
        elif ch == closer and not (ch == "’" and text[t + 1:t + 2].isalpha()):
            closer = None
        out[t] = closer is not None
    return out


def bracket_depth(text):
    """Nesting depth of (), [], {} after each character (an unmatched closer never goes below 0)."""
    out, depth = np.zeros(len(text)), 0
    for t, ch in enumerate(text):
        depth = depth + 1 if ch in OPENERS else max(depth - 1, 0) if ch in CLOSERS else depth
        out[t] = depth
    return out


def word_position(text):
    """1, 2, 3 ... for the letters/digits of each word; 0 for every other character."""
    out, run = np.zeros(len(text)), 0
    for t, ch in enumerate(text):
        run = run + 1 if ch.isalnum() else 0
        out[t] = run
    return out


def line_position(text):
    """Characters since the last newline: 0 at the start of each line (the newline itself is 0 too)."""
    out, col = np.zeros(len(text)), 0
    for t, ch in enumerate(text):
        out[t], col = (0, 0) if ch == "\n" else (col, col + 1)
    return out


def regex_mask(text, pattern):
    """1 for every character inside a match of `pattern`, else 0.  A bad pattern raises ValueError."""
    if not pattern:
        raise InputError(N_("the regular expression is empty"))
    if len(pattern) > MAX_PATTERN_CHARS:
        raise InputError(N_("the regular expression is longer than {max_pattern_chars} characters"),
                         max_pattern_chars=MAX_PATTERN_CHARS)
    try:
        compiled = re.compile(canonical(pattern))        # as the text was read: "ą" typed either way matches
    except re.error as err:
        raise InputError(N_("not a valid regular expression: {err}"), err=err) from None
    out = np.zeros(len(text))
    for match in compiled.finditer(text):
        out[match.start():match.end()] = 1.0
    return out


def property_values(text, name, pattern=None):
    """(T,) float values of property `name` (a PROPERTIES key) for each character; NaN = does not apply."""
    if name not in PROPERTIES:
        raise InputError(N_("unknown property {name!r}: use one of {properties}"),
                         name=name, properties=', '.join(PROPERTIES))
    if name == "quotes":
        return inside_quotes(text)
    if name in ("brackets", "depth"):
        depth = bracket_depth(text)
        return (depth > 0).astype(float) if name == "brackets" else depth
    if name == "word_pos":
        return word_position(text)
    if name == "line_pos":
        return line_position(text)
    if name == "regex":
        return regex_mask(text, pattern)
    if name == "vowel":      # letters only: digits, spaces and punctuation are neither
        return np.array([float(c in VOWELS) if c.isalpha() else np.nan for c in text])
    return np.array([float(text[t + 1] == " ") if t + 1 < len(text) else np.nan for t in range(len(text))])


SPLIT_AT_MEDIAN = {"line_pos"}   # counts that are > 0 almost everywhere: "holds" means above their median


def holds_above(values, name):
    """The value a property must exceed to "hold" when an ablation compares characters (lstm.ablation.ablate):
    0 (inside quotes, inside a word, depth ≥ 1), but for the position in the line, which is 0 only at line
    starts, its median over the finite values (rounded down): "late in the line" against "early in it"."""
    values = np.asarray(values, dtype=float)
    if name in SPLIT_AT_MEDIAN and np.isfinite(values).any():
        return float(np.floor(np.nanmedian(values)))
    return 0.0


class Unit(NamedTuple):
    quantity: str     # "h" or "c"
    unit: int         # index 0..H-1
    r: float          # Pearson correlation with the property over the applicable steps; NaN = undefined
    reason: str       # "" when r is defined, else why not


def pearson(values, states):
    """r of values (T,) with each column of states (T, H) over the steps where values is finite.

    Returns (r (H,), reasons (H,) list): r is NaN when the property or the unit is constant there."""
    mask = np.isfinite(values)
    v, s = values[mask], states[mask]
    H = states.shape[1]
    if mask.sum() < 2:
        return np.full(H, np.nan), ["fewer than 2 steps where the property applies"] * H
    dv, ds = v - v.mean(), s - s.mean(axis=0)
    nv, ns = np.sqrt((dv ** 2).sum()), np.sqrt((ds ** 2).sum(axis=0))
    if nv < 1e-12:
        return np.full(H, np.nan), ["the property is constant over this text"] * H
    ok = ns > 1e-12
    r = np.full(H, np.nan)
    r[ok] = (dv @ ds[:, ok]) / (nv * ns[ok])
    return np.clip(r, -1.0, 1.0), ["" if good else "the unit is constant over this text" for good in ok]


def rank_units(states, values):
    """Every unit of every quantity in states ({"h": (T, H), "c": (T, H)}) ranked by |r|, undefined last."""
    units = []
    for quantity, arr in states.items():
        r, reasons = pearson(np.asarray(values, dtype=float), np.asarray(arr, dtype=float))
        units += [Unit(quantity, u, float(r[u]), reasons[u]) for u in range(len(r))]
    return sorted(units, key=lambda u: (np.isnan(u.r), -abs(u.r) if not np.isnan(u.r) else 0.0))


class Verdict(NamedTuple):
    kind: str            # "tracks" (|r| ≥ threshold), "partly" (≥ partly), "none" (below) or "undefined" (no r)
    best: Unit           # the best-ranked unit (its r may be NaN when kind == "undefined")
    threshold: float
    partly: float
    message: str         # the verdict in English; the page builds a translated one from the fields


def verdict(ranking, label, threshold=TRACKS_THRESHOLD, partly=PARTLY_THRESHOLD):
    """An honest one-liner: a unit tracks `label` only if its |r| reaches the threshold (set before looking
    at any model, from the usual strong/moderate bands of |r|), partly if it reaches `partly`."""
    best = ranking[0]
    name = "C" if best.quantity == "c" else best.quantity
    if np.isnan(best.r):
        kind, message = "undefined", f"no correlation can be computed for '{label}' here: {best.reason}"
    elif abs(best.r) >= threshold:
        kind, message = "tracks", f"unit {best.unit} of {name} tracks '{label}', r = {best.r:.2f}"
    elif abs(best.r) >= partly:
        kind, message = "partly", (f"unit {best.unit} of {name} partly tracks '{label}', r = {best.r:.2f} "
                                   f"(moderate: {partly:g} ≤ |r| < {threshold:g})")
    else:
        kind, message = "none", (f"no single unit tracks '{label}' here: the best is unit {best.unit} of {name} "
                                 f"with r = {best.r:.2f} (|r| below {partly:g})")
    return Verdict(kind, best, threshold, partly, message)
