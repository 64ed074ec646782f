"""The question templates of lstm.quiz: each reads its answer from the Trace (and the layer's weights).

Every English text is wrapped in N_() (gettext's "mark for translation, do not translate here"): the app
translates it (ui/quiz.py) and Babel extracts it into the Polish catalogue (scripts/i18n.py).
A template takes a lstm.quiz.Ctx and returns a Question, or None when the run offers no clear case (e.g.
no unit with f > 0.8 and i < 0.2, or a GRU without gates f, i, o). TEMPLATES lists them in the order a quiz
asks them; MISCONCEPTIONS are always asked when they apply. tests/unit/test_quiz.py recomputes every
answer independently from the Trace.
"""
import dataclasses

import numpy as np

from .explain import pre_activation, previous_state
from .neurons import PROPERTIES, property_values
from .messages import Message
from .ops import softmax
from .quiz import ATTEMPTS, N_, Question, numeric_options, operand

GATE_W = {"f": "f", "i": "i", "o": "o"}
SIGN_PROPERTIES = ("quotes", "brackets", "vowel", "next_space")
UPDATE_PROMPT = (N_("At step {t}, after reading {context}, unit {u} has f = {f:.2f}, i = {i:.2f}, "
                 "C_prev = {cp:.2f} and C̃ = {cb:.2f}. Which value is the new C closest to?"))


def _lstm(ctx):
    return ctx.trace.kind == "lstm"


def gate_side(ctx):
    """Is gate g of unit u above 0.5 at step t? Read from the Trace: σ(a) > 0.5 ⇔ a > 0."""
    if not _lstm(ctx):
        return None
    g = str(ctx.rng.choice(list(GATE_W)))
    values = ctx.trace.get(g)
    for t, u in ctx.pick(np.abs(values - 0.5) >= 0.1, 1):
        v = float(values[t, u])
        h_prev, _c = previous_state(ctx.trace, t)
        a = pre_activation(ctx.params, GATE_W[g], u, h_prev, ctx.trace.x[t])[1]
        above = v > 0.5
        explanation = (N_("{g} = σ(W_{g}·z + b_{g}) = σ({a:.2f}) = {v:.2f}, above 0.5: σ(a) > 0.5 exactly when "
                       "the pre-activation a = W_{g}·z + b_{g} is positive.") if above else
                       N_("{g} = σ(W_{g}·z + b_{g}) = σ({a:.2f}) = {v:.2f}, below 0.5: σ(a) < 0.5 exactly when "
                       "the pre-activation a = W_{g}·z + b_{g} is negative."))
        return Question("gate_side", N_("At step {t}, after reading {context}, is unit {u}'s gate {g} above 0.5?"),
                        (N_("yes"), N_("no")), 0 if above else 1, explanation,
                        dict(t=t, u=u, g=g, a=a, v=v, context=ctx.context(t)))
    return None


def _update_question(ctx, name, cells, candidates, explanation):
    """A "which value is C closest to" question at the first cell whose candidate values are distinct."""
    tr, cp_all = ctx.trace, ctx.c_prev
    for t, u in cells:
        f, i, cb, cp, c = (float(a[t, u]) for a in (tr.f, tr.i, tr.c_bar, cp_all, tr.c))
        options = numeric_options(candidates(f, i, cb, cp), c, ctx.rng)
        if options:
            return Question(name, UPDATE_PROMPT, options[0], options[1], explanation,
                            dict(t=t, u=u, f=f, i=i, cb=cb, cp=cp, c=c, cpb=operand(cp), cbb=operand(cb),
                                 context=ctx.context(t)))
    return None


def keep(ctx):
    """Misconception "f≈1 means forget": where f ≈ 1 and i ≈ 0, C stays ≈ C_prev (kept)."""
    if not _lstm(ctx):
        return None
    tr, cp = ctx.trace, ctx.c_prev
    cells = ctx.best_cells(tr.f * (1 - tr.i) * (np.abs(cp) >= 0.1),
                        (tr.f > 0.8) & (tr.i < 0.2) & (np.abs(cp) >= 0.2))
    return _update_question(ctx, "keep", cells, lambda f, i, cb, cp: (cp, 0.0, cb, cp + cb),
                            N_("C = f·C_prev + i·C̃ = {f:.2f}·{cpb} + {i:.2f}·{cbb} = {c:.2f}. The forget gate "
                            "f is the share of the old memory C_prev that is KEPT: f ≈ 1 means keep, not forget; "
                            "f ≈ 0 would wipe the memory."))


def overwrite(ctx):
    """Misconception "i vs f": where f ≈ 0 and i ≈ 1, C ≈ i·C̃ (the old memory is replaced)."""
    if not _lstm(ctx):
        return None
    tr, cp = ctx.trace, ctx.c_prev
    cells = ctx.best_cells((1 - tr.f) * tr.i * (np.abs(tr.c_bar - cp) >= 0.2),
                        (tr.f < 0.2) & (tr.i > 0.8) & (np.abs(tr.c_bar - cp) >= 0.3))
    return _update_question(ctx, "overwrite", cells, lambda f, i, cb, cp: (cp, i * cb, 0.0, cp + cb),
                            N_("C = f·C_prev + i·C̃ = {f:.2f}·{cpb} + {i:.2f}·{cbb} = {c:.2f}. The forget gate "
                            "f decides how much of the old memory is kept, the input gate i how much of the "
                            "candidate C̃ is written: with f = {f:.2f} and i = {i:.2f} the candidate dominates."))


def compute_c(ctx):
    """C from its four numbers; the wrong options swap f and i, use 1 − f, or leave out i."""
    if not _lstm(ctx):
        return None
    tr, cp = ctx.trace, ctx.c_prev
    cells = ctx.pick((np.abs(cp) >= 0.15) & (np.abs(tr.c_bar) >= 0.15) & (np.abs(tr.f - tr.i) >= 0.2), ATTEMPTS)
    q = _update_question(ctx, "compute_c", cells,
                         lambda f, i, cb, cp: (f * cp + i * cb, i * cp + f * cb, (1 - f) * cp + i * cb, f * cp + cb),
                         N_("C = f·C_prev + i·C̃ = {f:.2f}·{cpb} + {i:.2f}·{cbb} = {c:.2f}. The other values "
                         "swap f and i, take 1 − f (as if f were the share forgotten), or leave out i."))
    prompt = N_("At step {t}, after reading {context}, unit {u} has f = {f:.2f}, C_prev = {cp:.2f}, i = {i:.2f} "
                "and C̃ = {cb:.2f}. What is C?")
    return dataclasses.replace(q, prompt=prompt) if q else None


def compute_h(ctx):
    """Misconception "h is C": h = o·tanh(C), not C, o·C or tanh(C)."""
    if not _lstm(ctx):
        return None
    tr = ctx.trace
    for t, u in ctx.best_cells(np.abs(tr.c) * (1 - tr.o), (np.abs(tr.c) >= 0.6) & (tr.o < 0.8)):
        c, o, h = float(tr.c[t, u]), float(tr.o[t, u]), float(tr.h[t, u])
        options = numeric_options((o * np.tanh(c), o * c, np.tanh(c), c), h, ctx.rng)
        if options:
            return Question("compute_h", N_("At step {t}, after reading {context}, unit {u} has C = {c:.2f} and "
                            "o = {o:.2f}. What is h?"), options[0], options[1],
                            N_("h = o·tanh(C) = {o:.2f}·tanh({c:.2f}) = {o:.2f}·{tcb} = {h:.2f}. h is not C: it "
                            "is the part of the memory the output gate lets out, squashed into (−1, 1) by tanh."),
                            dict(t=t, u=u, c=c, o=o, h=h, tc=float(np.tanh(c)), tcb=operand(np.tanh(c)),
                                 context=ctx.context(t)))
    return None


def bounds(ctx):
    """Misconception "h and C are the same kind of number": only C can leave [−1, 1]."""
    if not _lstm(ctx):
        return None
    cmax, hmax = float(np.abs(ctx.trace.c).max()), float(np.abs(ctx.trace.h).max())
    answer = {(True, False): 0, (False, True): 1, (True, True): 2, (False, False): 3}[(cmax > 1, hmax > 1)]
    return Question("bounds", N_("Over this whole text, which of C and h goes outside the range −1 to 1 for some "
                    "unit?"), (N_("only C"), N_("only h"), N_("both"), N_("neither")), answer,
                    N_("h = o·tanh(C) always stays between −1 and 1 (0 < o < 1 and |tanh| < 1), while "
                    "C = f·C_prev + i·C̃ adds up over the steps and has no such bound. Here the largest |C| is "
                    "{cmax:.2f} and the largest |h| is {hmax:.2f}."), dict(cmax=cmax, hmax=hmax))


def temperature(ctx):
    """Misconception "temperature changes the model": it only reshapes y before sampling (y^(1/T))."""
    tr = ctx.trace
    for t in ctx.rng.permutation(np.flatnonzero(tr.targets >= 0))[:ATTEMPTS]:
        probs = tr.probs[t]
        T = float(ctx.rng.choice([0.5, 2.0]))
        sharpened = softmax(np.log(np.maximum(probs, 1e-300)) / T)
        clear = np.flatnonzero((probs >= 0.01) & (probs <= 0.99) & (np.abs(sharpened - probs) >= 0.02))
        if not clear.size:
            continue
        k = int(ctx.rng.choice(clear))
        p, q = float(probs[k]), float(sharpened[k])
        return Question("temperature", N_("After reading {context}, the model gives {sym} the probability {p:.2f}. "
                        "Sampling at temperature {T:g} instead of 1, is {sym} picked more often or less often?"),
                        (N_("more often"), N_("less often")), 0 if q > p else 1,
                        N_("Sampling at temperature T draws from y^(1/T), renormalised: T < 1 sharpens y (the "
                        "likely symbols get likelier), T > 1 flattens it. Here {sym} goes from {p:.2f} to "
                        "{q:.2f}. Temperature changes only how we pick from y = softmax(W_y·h + b_y), not the "
                        "model or its h."), dict(t=int(t), sym=ctx.shown(ctx.symbols[k]), k=k, p=p, q=q, T=T,
                                                context=ctx.context(int(t))))
    return None


def next_top(ctx):
    """The model's most likely next symbol after a step: argmax of y = softmax(W_y·h + b_y)."""
    tr = ctx.trace
    if len(ctx.symbols) < 4:
        return None
    for t in ctx.rng.permutation(np.flatnonzero(tr.probs.max(axis=1) >= 0.3))[:ATTEMPTS]:
        top = int(np.argmax(tr.probs[t]))
        others = ctx.rng.permutation([k for k in range(len(ctx.symbols)) if k != top])[:3]
        order = ctx.rng.permutation([top, *others.tolist()])
        options = tuple(ctx.shown(ctx.symbols[k]) for k in order)
        if len(set(options)) < 4:
            continue
        return Question("next_top", N_("After reading {context}, which symbol does the model rate most likely to "
                        "come next?"), options, int(np.flatnonzero(order == top)[0]),
                        N_("y = softmax(W_y·h + b_y): after this step the largest probability is y[{sym}] = {p:.2f}."),
                        dict(t=int(t), k=top, sym=ctx.shown(ctx.symbols[top]), p=float(tr.probs[t, top]),
                             context=ctx.context(int(t))), literal_options=True)
    return None


def driver(ctx):
    """Which part of a gate's pre-activation (bias, input x, previous h) pushes it the most, and which way.
    Only for a layer that reads the symbols (its x is "the symbol")."""
    if not _lstm(ctx) or not ctx.symbol_input:
        return None
    g = str(ctx.rng.choice(list(GATE_W)))
    values = ctx.trace.get(g)
    for t, u in ctx.pick(np.abs(values - 0.5) >= 0.2, ATTEMPTS):
        h_prev, _c = previous_state(ctx.trace, t)
        (rec, inp, bias), a = pre_activation(ctx.params, GATE_W[g], u, h_prev, ctx.trace.x[t])
        push = np.sign(a) * np.array([bias, inp, rec])          # in the options' order
        first, second = np.sort(push)[::-1][:2]
        if first <= 0 or first - second < 0.2:
            continue
        prompt = (N_("At step {t}, after reading {context}, unit {u}'s gate {g} is {v:.2f}. Which part of "
                     "W_{g}·z + b_{g} pushes it up the most?") if a > 0 else
                  N_("At step {t}, after reading {context}, unit {u}'s gate {g} is {v:.2f}. Which part of "
                     "W_{g}·z + b_{g} pushes it down the most?"))
        options = (N_("the bias b_{g}"), N_("the input x (the symbol {ch})"), N_("the previous hidden state h_prev"))
        return Question("driver", prompt, options, int(np.argmax(push)),
                        N_("{g} = σ(W_{g}[{u}, :H]·h_prev + W_{g}[{u}, H:]·x + b_{g}[{u}]) = σ({recb} + {inpb} + "
                           "{biasb}) = σ({a:.2f}) = {v:.2f}: the three numbers are the parts from h_prev, from x "
                           "and the bias."),
                        dict(t=t, u=u, g=g, v=float(values[t, u]), rec=rec, inp=inp, bias=bias, a=a,
                             recb=operand(rec), inpb=operand(inp), biasb=operand(bias),
                             ch=ctx.shown(ctx.trace.tokens[t]), context=ctx.context(t)))
    return None


def sign_agreement(h, holds):
    """(H,) per unit: the share of steps where h > 0 matches `holds` (or h < 0 does, whichever is larger)."""
    same = ((h > 0) == holds[:, None]).mean(axis=0)
    return np.maximum(same, 1 - same)


def sign_tracks(ctx):
    """Which unit's h changes sign with a property of the text (e.g. inside quotes)? Character level only."""
    tr = ctx.trace
    if ctx.sep or tr.H < 4:
        return None
    text = "".join(tr.tokens)
    for prop in ctx.rng.permutation(SIGN_PROPERTIES):
        values = property_values(text, str(prop))
        ok = np.isfinite(values)
        holds = values[ok] > 0
        if holds.all() or not holds.any():
            continue
        agree = sign_agreement(tr.h[ok], holds)
        best = int(np.argmax(agree))
        weaker = [u for u in range(tr.H) if agree[u] <= agree[best] - 0.1]
        if agree[best] < 0.75 or len(weaker) < 3:
            continue
        units = ctx.rng.permutation([best, *ctx.rng.permutation(weaker)[:3].tolist()])
        runner = max(agree[u] for u in units if u != best)
        return Question("sign_tracks", N_("Which unit's h changes sign with “{label}”: one sign where it holds, "
                                          "the other where it does not, most consistently over this text?"),
                        tuple(Message(N_("unit {u}"), u=int(u)) for u in units), int(np.flatnonzero(units == best)[0]),
                        N_("h of unit {u} has one sign where “{label}” holds and the other where it does not at "
                           "{agree:.0%} of the characters; the best other option reaches {runner:.0%}. Since "
                           "h = o·tanh(C) with o > 0, h has the sign of C: this unit's memory flips with the "
                           "property."),
                        dict(u=best, prop=str(prop), label=PROPERTIES[str(prop)], agree=float(agree[best]),
                             runner=float(runner)), translated=("label",))
    return None


def open_most(ctx):
    """Which of unit u's gates is open (above 0.5) at the most characters?"""
    if not _lstm(ctx):
        return None
    tr = ctx.trace
    shares = np.stack([(tr.get(g) > 0.5).mean(axis=0) for g in GATE_W])     # (3, H)
    top2 = np.sort(shares, axis=0)[::-1][:2]
    clear = np.flatnonzero(top2[0] - top2[1] >= 0.1)
    if not clear.size:
        return None
    u = int(ctx.rng.choice(clear))
    return Question("open_most", N_("Over this text, which gate of unit {u} is open (above 0.5) at the most "
                                    "characters?"), tuple(GATE_W), int(np.argmax(shares[:, u])),
                    N_("The share of characters where each gate of unit {u} is above 0.5: f {pf:.0%}, i {pi:.0%}, "
                       "o {po:.0%}. f = σ(W_f·z + b_f), i = σ(W_i·z + b_i) and o = σ(W_o·z + b_o) each have their "
                       "own weights, so each gate of a unit has its own habits."),
                    dict(u=u, pf=float(shares[0, u]), pi=float(shares[1, u]), po=float(shares[2, u])),
                    literal_options=True)


def surprise(ctx):
    """At which of four steps is the loss −ln y[target] largest (the model most surprised)?"""
    tr = ctx.trace
    steps = np.flatnonzero(np.isfinite(tr.loss))
    for _ in range(ATTEMPTS):
        if len(steps) < 4:
            return None
        pick = ctx.rng.choice(steps, 4, replace=False)
        losses = tr.loss[pick]
        top2 = np.sort(losses)[::-1][:2]
        options = tuple(ctx.context(int(t)) for t in pick)
        if top2[0] - top2[1] < 0.1 or len(set(options)) < 4:
            continue
        best = int(pick[np.argmax(losses)])
        target = int(tr.targets[best])
        return Question("surprise", N_("After which of these beginnings is the model most surprised by the real "
                                       "next symbol (the largest loss −ln y[target])?"), options, int(np.argmax(losses)),
                        N_("loss = −ln y[target]: the smaller the probability the model gave the real next symbol, "
                           "the larger the loss. After {context} it gave the next symbol {sym} y = {p:.2f}, so the "
                           "loss is {loss:.2f}."),
                        dict(t=best, steps=tuple(int(t) for t in pick), context=ctx.context(best),
                             sym=ctx.shown(ctx.symbols[target]), p=float(tr.probs[best, target]),
                             loss=float(tr.loss[best])), literal_options=True)
    return None


TEMPLATES = {"gate_side": gate_side, "driver": driver, "keep": keep, "overwrite": overwrite,
             "compute_c": compute_c, "compute_h": compute_h, "bounds": bounds, "open_most": open_most,
             "sign_tracks": sign_tracks, "next_top": next_top, "surprise": surprise, "temperature": temperature}
MISCONCEPTIONS = ("keep", "overwrite", "compute_h", "bounds", "temperature")
