"""Numbers behind the pictures: one step's equations with the real values substituted, gate
saturation, and "which units are on over a range, and where else".

explain_step() recomputes each quantity of one unit at one step from the model's parameters
(z = [h_prev, x], a = W·z + b) and returns it beside the Trace's value, so a page can show
that the two agree. Used by the One step, Gates and Cell state pages; numpy only.
"""
from typing import NamedTuple

import numpy as np

from .notation import LATEX, QUANTITIES, SYMBOL
from .ops import sigmoid
from .symbols import visible_text
from .messages import InputError, N_

DIGITS = 4                      # decimals shown in the substituted equations
LOW, HIGH = 0.1, 0.9            # Karpathy et al. 2015: a gate is left-/right-saturated below/above these


class Explanation(NamedTuple):
    name: str           # course name in code: "f", "c_bar", ...
    text: str           # the equation with numbers, plain text (for st.code and CSV)
    latex: str          # the same for st.latex (aligned lines; no user text inside)
    value: float        # recomputed here from the parameters
    trace_value: float  # what the Trace recorded; equal up to rounding (a test says so)


def val(v):
    """A number as shown in a substituted equation: 4 decimals (no "-0.0000")."""
    return f"{(0.0 if abs(v) < 0.5 * 10 ** -DIGITS else v):.{DIGITS}f}"


def num(v):
    """An operand inside a sum or product: 4 decimals, negatives in brackets."""
    shown = val(v)
    return f"({shown})" if shown.startswith("-") else shown


def previous_state(trace, t):
    """h_prev, C_prev: (H,) before step t (the initial state at t = 0; C_prev is None without a cell)."""
    h_prev = trace.h0 if t == 0 else trace.h[t - 1]
    if trace.kind != "lstm":
        return h_prev, None
    return h_prev, (trace.c0 if t == 0 else trace.c[t - 1])


def pre_activation(params, gate, u, h_prev, x):
    """a = W_g[u]·[h_prev, x] + b_g[u], split into its three parts (recurrent, input, bias)."""
    W, H = params["W_" + gate], len(h_prev)
    parts = (float(W[u, :H] @ h_prev), float(W[u, H:] @ x), float(params["b_" + gate][u]))
    return parts, sum(parts)


def input_term(params, gate, u, h_prev, x, inp):
    """The part from x as shown: its value, or with one input number (scaled index) the product w·x."""
    if len(x) != 1:
        return num(inp), num(inp)
    w = float(params["W_" + gate][u, len(h_prev)])
    return f"{num(w)}·{num(x[0])}", rf"{num(w)} \cdot {num(x[0])}"


def explain_gate(params, name, gate, u, h_prev, x, squash, trace_value):
    """Explain a gate or candidate: y = squash(W·z + b) with the pre-activation split in three."""
    (rec, inp, bias), a = pre_activation(params, gate, u, h_prev, x)
    value = float(sigmoid(a) if squash == "σ" else np.tanh(a))
    s, sq = SYMBOL[name], squash if squash == "σ" else "tanh"
    inp_text, inp_latex = input_term(params, gate, u, h_prev, x, inp)
    sub = f"{num(rec)} + {inp_text} + {num(bias)}"
    text = (f"{s} = {sq}(W_{gate}·z + b_{gate}) = {sq}(W_{gate}[{u}, :H]·h_prev + W_{gate}[{u}, H:]·x + b_{gate}[{u}])\n"
            f"  = {sq}({sub}) = {sq}({val(a)}) = {val(value)}")
    lsq = r"\sigma" if squash == "σ" else r"\tanh"
    latex = (r"\begin{aligned} " + LATEX[name] + rf" &= {lsq}(W_{{{gate}}} \cdot z + b_{{{gate}}})"
             rf" = {lsq}(\underbrace{{{num(rec)}}}_{{\text{{from }} h_{{t-1}}}} + "
             rf"\underbrace{{{inp_latex}}}_{{\text{{from }} x_t}} + \underbrace{{{num(bias)}}}_{{\text{{bias}}}}) \\"
             rf" &= {lsq}({val(a)}) = {val(value)} \end{{aligned}}")
    return Explanation(name, text, latex, value, trace_value)


def explain_lstm(params, trace, t, u, h_prev, c_prev, x):
    """The LSTM step for unit u: f, i, C̃ from their pre-activations, then C = f·C_prev + i·C̃, o, h = o·tanh(C)."""
    ex = {"f": explain_gate(params, "f", "f", u, h_prev, x, "σ", trace.f[t, u]),
          "i": explain_gate(params, "i", "i", u, h_prev, x, "σ", trace.i[t, u]),
          "c_bar": explain_gate(params, "c_bar", "c", u, h_prev, x, "tanh", trace.c_bar[t, u])}
    f, i, cb, cp = ex["f"].value, ex["i"].value, ex["c_bar"].value, float(c_prev[u])
    c = f * cp + i * cb
    ex["c"] = Explanation("c", f"C = f·C_prev + i·C̃ = {num(f)}·{num(cp)} + {num(i)}·{num(cb)} = {val(c)}",
                          rf"C = f \cdot C_{{t-1}} + i \cdot \tilde{{C}} = {num(f)} \cdot {num(cp)} + "
                          rf"{num(i)} \cdot {num(cb)} = {val(c)}", c, float(trace.c[t, u]))
    ex["o"] = explain_gate(params, "o", "o", u, h_prev, x, "σ", trace.o[t, u])
    o = ex["o"].value
    h = o * float(np.tanh(c))
    ex["h"] = Explanation("h", f"h = o·tanh(C) = {num(o)}·tanh({val(c)}) = {num(o)}·{num(np.tanh(c))} = {val(h)}",
                          rf"h = o \cdot \tanh(C) = {num(o)} \cdot \tanh({val(c)}) = {num(o)} \cdot "
                          rf"{num(np.tanh(c))} = {val(h)}", h, float(trace.h[t, u]))
    return ex


def explain_gru(params, trace, t, u, h_prev, x):
    """The GRU step for unit u: u, r, h̃ (which reads r*h_prev), then h = (1-u)·h_prev + u·h̃."""
    ex = {"u": explain_gate(params, "u", "u", u, h_prev, x, "σ", trace.u[t, u]),
          "r": explain_gate(params, "r", "r", u, h_prev, x, "σ", trace.r[t, u])}
    r_all = sigmoid(h_prev @ params["W_r"][:, :len(h_prev)].T + x @ params["W_r"][:, len(h_prev):].T + params["b_r"])
    hb = explain_gate(params, "h_bar", "h", u, r_all * h_prev, x, "tanh", trace.h_bar[t, u])
    ex["h_bar"] = hb._replace(text=hb.text.replace("h_prev", "(r*h_prev)").replace("W_h·z", "W_h·[r*h_prev, x]"),
                              latex=hb.latex.replace("h_{t-1}", r"r * h_{t-1}").replace(r"W_{h} \cdot z", r"W_{h} \cdot [r * h_{t-1}, x_t]"))
    g, hp, hbv = ex["u"].value, float(h_prev[u]), ex["h_bar"].value
    h = (1 - g) * hp + g * hbv
    ex["h"] = Explanation("h", f"h = (1-u)·h_prev + u·h̃ = {num(1 - g)}·{num(hp)} + {num(g)}·{num(hbv)} = {val(h)}",
                          rf"h = (1-u) \cdot h_{{t-1}} + u \cdot \tilde{{h}} = {num(1 - g)} \cdot {num(hp)} + "
                          rf"{num(g)} \cdot {num(hbv)} = {val(h)}", h, float(trace.h[t, u]))
    return ex


def explain_step(params, trace, t, u):
    """Every quantity of unit u at step t as {name: Explanation}, in the course's order.

    params: the model's named parameters; trace: its Trace on the text (x, h0, c0 are read from it).
    """
    if not (0 <= t < trace.T and 0 <= u < trace.H):
        raise InputError(N_("step must be in 0..{last_t} and unit in 0..{last_h}"),
                         last_t=trace.T - 1, last_h=trace.H - 1)
    h_prev, c_prev = previous_state(trace, t)
    x = trace.x[t]
    if trace.kind == "lstm":
        return explain_lstm(params, trace, t, u, h_prev, c_prev, x)
    if trace.kind == "gru":
        return explain_gru(params, trace, t, u, h_prev, x)
    ex = explain_gate(params, "h", "h", u, h_prev, x, "tanh", trace.h[t, u])
    return {"h": ex}


def next_symbol(trace, t):
    """(predicted index, its probability, actual next index or -1, probability of the actual next)."""
    probs = trace.probs[t]
    best, target = int(np.argmax(probs)), int(trace.targets[t])
    return best, float(probs[best]), target, (float(probs[target]) if target >= 0 else float("nan"))


def saturation(values, low=LOW, high=HIGH):
    """Per unit: fraction of steps with value < low and with value > high.  values: (T, H) -> (H,), (H,)."""
    values = np.asarray(values, dtype=float)
    return (values < low).mean(axis=0), (values > high).mean(axis=0)


def slow_units(values, k=3):
    """The k units whose value moves slowest for its spread: std over the text / mean |step-to-step change|,
    among the half of the units with the larger std (a near-constant unit is slow but says nothing).
    values: (T, H); returns unit indices, slowest first. Long-memory units rank high: on the shipped Alice
    model (layer 2, h, the 2,000 characters from 130000) they are 167, 48 and 186 — the best "inside quotes"
    and "position in the line" units of lstm.neurons first. A text of one step has no changes: units 0..k-1."""
    values = np.asarray(values, dtype=float)
    if len(values) < 2:
        return np.arange(min(k, values.shape[1]))
    spread = values.std(axis=0)
    change = np.abs(np.diff(values, axis=0)).mean(axis=0)
    slowness = np.where(spread >= np.median(spread), spread / np.maximum(change, 1e-12), -np.inf)
    return np.argsort(-slowness, kind="stable")[:k]


def units_on(values, start, end, threshold):
    """Units whose value is above threshold at every step start..end (inclusive).  values: (T, H)."""
    if not 0 <= start <= end < len(values):
        raise InputError(N_("the range must lie in 0..{last} with start ≤ end"), last=len(values) - 1)
    return np.flatnonzero((np.asarray(values)[start:end + 1] > threshold).all(axis=0))


def all_on_spans(values, units, threshold):
    """Maximal runs of steps where every unit in `units` is above threshold: [(start, end)] inclusive."""
    if len(units) == 0:
        return []
    on = (np.asarray(values)[:, list(units)] > threshold).all(axis=1)
    edges = np.diff(np.concatenate([[0], on.astype(np.int8), [0]]))
    return list(zip(np.flatnonzero(edges == 1).tolist(), (np.flatnonzero(edges == -1) - 1).tolist()))


def step_values(trace, t, u):
    """What the LSTM cell diagram shows for unit u at step t, read from the Trace (floats by name)."""
    h_prev, c_prev = previous_state(trace, t)
    out = {"h_prev": float(h_prev[u]), "c_prev": float(c_prev[u])}
    out.update({n: float(getattr(trace, n)[t, u]) for n in QUANTITIES["lstm"]})
    return out


def around(tokens, t, reach=25, sep=""):
    """The text around step t on one line and a line with ^ under symbol t (monospace display).

    Newlines, tabs and every other invisible character are shown by their labels (lstm.symbols: ⏎, ⇥, ␍,
    ⟨ZWSP⟩ ...) so the line stays one line and the caret lines up; sep joins word-level tokens."""
    shown = [visible_text(tok, one_line=True) for tok in tokens[max(0, t - reach):t + reach + 1]]
    k = min(t, reach)
    before = sep.join(shown[:k]) + (sep if k else "")
    return sep.join(shown), " " * len(before) + "^" * max(1, len(shown[k]))
