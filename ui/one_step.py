"""The One step page's sections: the worked step (diagram + substituted equations) and the predict-first round.

    ui.one_step.show_step(ctx, params, trace, t, unit)            # everything about one step, as explored
    if ui.one_step.predict_round(ctx, params, trace, t, unit):    # guesses, Reveal, then the comparison
        ui.one_step.show_step(...)

`params` and `trace` are one layer's (a stacked model's page passes the chosen layer's). The predict round
draws nothing of the step's values (f, i, C̃, o, C, h, the diagram, the equations, the next-symbol line) before
Reveal; tests/app/test_predict_one_step.py checks every element of the page for them.
"""
import pandas as pd
import streamlit as st

from charts.cell_diagram import lstm_cell_diagram
from charts.predict import guesses_figure
from charts.style import symbol_label
from lstm.explain import explain_step, next_symbol, step_values
from lstm.notation import SYMBOL
from lstm.predict import GATES, GUESSED, TOLERANCE, reasons, score_guesses
from lstm.symbols import quoted

from . import predict
from .i18n import _, translator
from .setup import md_escape
from .widgets import download_csv, figure


def show_step(ctx, params, trace, t, unit):
    """The cell diagram of unit `unit` at step t, the next-symbol line, and every equation with its numbers."""
    symbols = ctx.model.vocab.symbols
    best, p_best, target, p_target = next_symbol(trace, t)
    actual = (symbols[target], p_target) if target >= 0 else None
    if actual:
        st.markdown(_("The real next symbol is {actual}: the model gives it probability **{p:.4f}**; "
                      "its top guess is {best} with {pb:.4f}.").format(
            actual=md_escape(quoted(actual[0])), p=p_target, best=md_escape(quoted(symbols[best])), pb=p_best))
    else:
        st.markdown(_("This is the last symbol: there is no real next symbol. The model's top guess is "
                      "{best} with probability {pb:.4f}.").format(best=md_escape(quoted(symbols[best])), pb=p_best))
    if trace.kind == "lstm":
        values = step_values(trace, t, unit)
        fig = lstm_cell_diagram(values, t, trace.tokens[t], unit, (symbols[best], p_best), actual,
                                title=_("LSTM cell at step {t} (input '{ch}'), unit {u}").format(
                                    t=t, ch=symbol_label(trace.tokens[t]), u=unit), tr=translator())
        df = pd.DataFrame({"step": t, "char": trace.tokens[t], "unit": unit,
                           "quantity": list(values), "value": list(values.values())})
        figure(fig, f"one-step-t{t}-unit{unit}", df, ctx.caption, key="one_step.diagram")
    else:
        st.info(_("This page draws the LSTM's cell, but the chosen model's cell type is {kind}: it has no cell "
                  "state C and no gates f, i, o. Its own equations for this step are written out below.").format(
            kind=trace.kind.upper()))
    show_equations(ctx, params, trace, t, unit)


def show_equations(ctx, params, trace, t, unit):
    """Each value of the step recomputed from the weights, as LaTeX, checked against the Trace; the CSV."""
    explained = explain_step(params, trace, t, unit)
    st.subheader(_("Explain this number"))
    st.markdown(_("Each value of unit {u} at step {t}, recomputed from the weights and checked against "
                  "the recorded run (numbers rounded to 4 decimals).").format(u=unit, t=t))
    for name, ex in explained.items():
        st.latex(ex.latex)
        diff = abs(ex.value - ex.trace_value)
        st.caption(_("{mark} {name} = {v:.6f}; the recorded run has {tv:.6f} (difference {d:.1e})").format(
            mark="✓" if diff < 1e-9 else "✗", name=SYMBOL[name], v=ex.value, tv=ex.trace_value, d=diff))
    st.code("\n".join(ex.text for ex in explained.values()), language=None)
    download_csv(pd.DataFrame({"step": t, "unit": unit, "quantity": list(explained),
                               "equation": [e.text for e in explained.values()],
                               "value": [e.value for e in explained.values()],
                               "trace_value": [e.trace_value for e in explained.values()]}),
                 f"one-step-equations-t{t}-unit{unit}", ctx.caption, key="one_step.equations_csv")


def part_name(part, ch):
    """A pre-activation part in words: the previous h, the input symbol, the bias."""
    return {"h_prev": _("the previous h (h_prev)"), "x": _("the input {ch}").format(ch=ch),
            "bias": _("the bias")}[part]


def signed_sum(values, lead_sign=True):
    """+0.94 + 0.75 / −0.30 − 0.12 (0.00 + 0.63 without lead_sign): the parts as a sum a reader can check."""
    if not values:
        return ""
    head = (f"{values[0]:+.2f}" if lead_sign else f"{values[0]:.2f}").replace("-", "−")
    return head + "".join(f" + {v:.2f}" if v >= 0 else f" − {-v:.2f}" for v in values[1:])


def operand(v):
    """A factor in a product: 2 decimals, a negative one in brackets (0.78·(−0.56))."""
    return f"({v:.2f})".replace("-", "−") if v < 0 else f"{v:.2f}"


def reason_text(r, ch):
    """One sentence saying why the value is what it is, with the numbers (lstm.predict.Reason)."""
    if r.name == "c":
        kept, written = r.parts["kept"], r.parts["written"]
        key = (_("C = f·C_prev + i·C̃ = {sum}: mostly kept from C_prev") if r.drivers[0] == "kept" else
               _("C = f·C_prev + i·C̃ = {sum}: mostly written from C̃"))
        return key.format(sum=signed_sum([kept, written], lead_sign=False))
    if r.name == "h":
        key = (_("h = o·tanh(C) = {o:.2f}·{tanh_c}: the output gate lets little of the memory out")
               if r.drivers else
               _("h = o·tanh(C) = {o:.2f}·{tanh_c}: the output gate lets most of tanh(C) out"))
        return key.format(o=r.parts["o"], tanh_c=operand(r.parts["tanh_c"]))
    up = r.total >= 0
    if r.name == "c_bar":
        key = _("C̃ is positive: pushed up by {who} ({numbers})") if up else \
            _("C̃ is negative: pushed down by {who} ({numbers})")
    else:
        key = _("{g} is high: pushed up by {who} ({numbers})") if up else \
            _("{g} is low: pushed down by {who} ({numbers})")
    who = _(" and ").join(part_name(p, ch) for p in r.drivers) or _("nothing in particular")
    numbers = signed_sum([r.parts[p] for p in r.drivers])
    return key.format(g=SYMBOL[r.name], who=who, numbers=numbers)


def _guess_widgets(trace, t, unit, rid, done):
    """A slider (or a side for a gate) per quantity, in the order f, i, C̃, o, then C and h; {name: key}."""
    coarse = st.checkbox(_("For the gates, just say closer to 0 or closer to 1"), key="one_step.coarse",
                         disabled=done)
    c_prev = float(trace.c0[unit] if t == 0 else trace.c[t - 1, unit])
    reach = float(int(abs(c_prev)) + 2)                          # |C| ≤ |C_prev| + 1 always (f ≤ 1, |i·C̃| < 1)
    ranges = {"c_bar": (-1, 1, 0), "c": (-reach, reach, 0), "h": (-1, 1, 0)}
    keys, columns = {}, st.columns(3) + st.columns(3)
    for column, name in zip(columns, GUESSED):
        key = f"one_step.guess.{name}.{rid}"
        with column:
            if name in GATES and coarse:
                predict.side_guess(SYMBOL[name], key, done)
            else:
                lo, hi, default = ranges.get(name, (0, 1, 0.5))
                predict.slider_guess(SYMBOL[name], lo, hi, default, key, done)
        keys[name] = key
    return keys, (set(GATES) if coarse else set())


def predict_round(ctx, params, trace, t, unit):
    """Guesses for f, i, C̃, o, C, h of unit `unit` at step t, a Reveal button, then the true values beside
    the guesses with the error and a reason. Returns True once revealed (the caller then shows the step)."""
    rid = predict.round_id("one_step", ctx.key, ctx.text, t, unit, trace.layer)
    done = predict.committed(rid)
    h_prev = float(trace.h0[unit] if t == 0 else trace.h[t - 1, unit])
    c_prev = float(trace.c0[unit] if t == 0 else trace.c[t - 1, unit])
    st.markdown(_("Before this step, unit {u} had h_prev = {h:.4f} and C_prev = {c:.4f}. The input is {ch}. "
                  "Guess what the unit computes now, then press **Reveal**.").format(
        u=unit, h=h_prev, c=c_prev, ch=md_escape(quoted(trace.tokens[t]))))
    keys, coarse = _guess_widgets(trace, t, unit, rid, done is not None)
    truths = {name: float(trace.get(name)[t, unit]) for name in GUESSED}

    def scorer(guesses):
        scored = score_guesses(truths, guesses, coarse)
        return sum(g.close for g in scored), len(scored), {"coarse": sorted(coarse)}

    if done is None:
        predict.reveal_button("one_step", rid, keys, scorer)
        predict.show_score("one_step", _("guesses close"))
        return False
    show_comparison(params, trace, t, unit, done, ctx.caption)
    return True


def show_comparison(params, trace, t, unit, done, caption=""):
    """The committed guesses beside the Trace's values: table, figure (its CSV captioned with `caption`, the
    model and text line), reasons and the running score."""
    truths = {name: float(trace.get(name)[t, unit]) for name in GUESSED}
    scored = score_guesses(truths, done["guesses"], set(done["details"]["coarse"]))
    st.subheader(_("Your guesses and the real values"))
    rows = {_("quantity"): [SYMBOL[g.name] for g in scored], _("your guess"): [g.guess for g in scored],
            _("true value"): [g.truth for g in scored], _("error"): [g.error for g in scored],
            _("close?"): ["✓" if g.close else "✗" for g in scored]}
    st.dataframe(pd.DataFrame(rows), hide_index=True, key="one_step.comparison",
                 column_config={_(c): st.column_config.NumberColumn(format="%.4f")
                                for c in ("your guess", "true value", "error")})
    st.caption(_("Close = within ±{tol} (a gate answered as closer to 0 / 1: on the right side of 0.5). "
                 "This round: {right} of {total}.").format(tol=TOLERANCE, right=done["right"], total=done["total"]))
    ch = quoted(trace.tokens[t]) if trace.layer == 1 else _("from the layer below")   # an upper layer's x is an h
    why = reasons(params, trace, t, unit)
    st.markdown("\n".join(f"- {md_escape(reason_text(r, ch))}" for r in why.values()))
    fig = guesses_figure([SYMBOL[g.name] for g in scored], [g.guess for g in scored], [g.truth for g in scored],
                         title=_("Your guesses and the real values, unit {u} at step {t}").format(u=unit, t=t), tr=translator())
    figure(fig, f"one-step-guesses-t{t}-unit{unit}", pd.DataFrame(rows), caption, key="one_step.guess_fig")
    predict.show_score("one_step", _("guesses close"))
