"""Attribution page: which earlier characters the prediction at step t (or one unit of C_t) is most
sensitive to — gradient saliency through the real BPTT of the model.

Maths in lstm.attribution (Model.backward on the run cut at t), figures in charts.attribution.
"""
import numpy as np
import pandas as pd
import streamlit as st

import ui
from charts.attribution import attribution_bars, attribution_text
from lstm import attribution
from lstm.symbols import quoted
from ui import _
from ui.layers import chosen_layer

ctx = ui.page_setup(__file__)
DEFAULT_T = 40                   # first view: a position with some text before it, not the end of a long text
BACK = 300                       # steps the gradient is followed back: a 2x256 book model's BPTT over 1,600
                                 # steps took 0.2 s per quantity, twice per move of t; 300 take ~0.04 s


@st.cache_data(max_entries=64, show_spinner=False)
def logprob_scores(key, text, t, _model, _trace):
    """Attribution of log y_t[predicted next symbol], cached by (model fingerprint, text, t)."""
    return attribution.logprob_attribution(_model, _trace, t, back=BACK)


@st.cache_data(max_entries=64, show_spinner=False)
def cell_scores(key, text, t, unit, layer, _model, _trace):
    """Attribution of C_t[unit] of `layer` (_trace: that layer's Trace), cached by (model fingerprint, text, t,
    unit, layer)."""
    return attribution.cell_attribution(_model, _trace, t, unit, back=BACK)


def draw(att, what, measure, name, key):
    """Bars over the steps and the coloured text for one attribution, with the CSV behind them."""
    signed = measure == "grad_x_input"
    scores = att.grad_x_input if signed else att.norm
    score_name = "∂q/∂x_s · x_s" if signed else "‖∂q/∂x_s‖"
    y_title = _("gradient × input") if signed else _("size of the gradient ‖∂q/∂x_s‖")
    tokens = ctx.trace.tokens
    df = pd.DataFrame(attribution.to_frame(att, tokens))
    ui.figure(attribution_bars(tokens, scores, att.t, _("Sensitivity of {what} to each input").format(what=what),
                               y_title, score_name, start=att.start, tr=ui.translator()), name, df, ctx.caption,
              key=f"attr.{key}.bars")
    ui.figure(attribution_text(tokens, scores, att.t, _("The text coloured by the sensitivity of {what}").format(
        what=what), signed, score_name, start=att.start, tr=ui.translator()), name + "-text", None, ctx.caption,
              key=f"attr.{key}.text")


st.title(_("Attribution: which earlier characters matter?"))
st.markdown(_(
    "Pick a position t in the text. The model's prediction there depends on every character it has read so "
    "far. Backpropagation through time tells how strongly a tiny change of each earlier input vector x_s "
    "would move that prediction (or one unit of the memory C_t): a tall bar means the prediction is "
    "sensitive to that character, a bar near zero means it hardly looks at it."))

T = ctx.trace.T
t = st.slider(_("Position t (the step whose prediction we explain)"), 0, T - 1,
              min(T - 1, DEFAULT_T), key="attr.t") if T > 1 else 0
measure = st.radio(_("What to draw for each input x_s"), ["norm", "grad_x_input"], horizontal=True,
                   format_func={"norm": _("size ‖∂q/∂x_s‖ (how sensitive)"),
                                "grad_x_input": _("gradient × input (signed: pushes up or down)")}.get,
                   key="attr.measure")

st.subheader(_("The predicted next symbol"))
att = logprob_scores(ctx.key, ctx.text, t, ctx.model, ctx.trace)
if att.start > 0:
    st.caption(_("The gradient is followed back {n} characters, to step {s}: the run's state there is taken as "
                 "given (truncated BPTT, as in training on long texts), so the {s} characters before it are not "
                 "drawn.").format(n=BACK, s=att.start))
symbol = ctx.model.vocab.symbols[att.index]
st.markdown(_("At step {t} the model has read {char} and predicts {pred} with probability {p:.1%}; "
              "q = log y_t[{pred}] = {v:.4f}.").format(
    t=t, char=ui.md_escape(quoted(ctx.trace.tokens[t])), pred=ui.md_escape(quoted(symbol)),
    p=float(np.exp(att.value)), v=att.value))
draw(att, _("log y_t[predicted]"), measure, f"attribution-logprob-t{t}", "logprob")

st.subheader(_("One unit of the cell state C_t"))
if ctx.model.kind != "lstm":
    st.info(_("This model is a {kind}: it has no cell state C.").format(kind=ctx.model.kind.upper()))
else:
    layer, trace = chosen_layer(ctx.trace, "attr.layer")     # a stacked model: C of one layer (default the top)
    unit = st.selectbox(_("Unit of C_t"), list(range(ctx.model.H)), key="attr.unit")
    cell = cell_scores(ctx.key, ctx.text, t, unit, layer, ctx.model, trace)
    st.markdown(_("q = C_t[{u}] = {v:.4f} at step {t}.").format(u=unit, v=cell.value, t=t))
    what = (_("C_t[{u}]").format(u=unit) if trace.L == 1 else
            _("C_t[{u}] of layer {l}").format(u=unit, l=layer))
    draw(cell, what, measure, f"attribution-cell{unit}-t{t}" + (f"-layer{layer}" if trace.L > 1 else ""), "cell")

ui.explain(_(
    "**What this measures.** For one number q computed at step t — the log-probability the model gives "
    "to its predicted next symbol, or one unit of its memory C_t — we compute the gradient ∂q/∂x_s for every "
    "input vector x_s the model read up to t, with the same backpropagation through time that training uses. "
    "The bar is the length ‖∂q/∂x_s‖ of that gradient: how much q would change if x_s were nudged a tiny bit "
    "in the most effective direction. *Gradient × input* multiplies the gradient by x_s itself; with one-hot "
    "inputs it is the gradient's entry for the character actually read — positive means that entry pushes q "
    "up.\n\n"
    "**What it does not measure.** It is *local*: the slope at these weights and this exact text, not the "
    "effect of deleting or replacing a character (that would be a big jump, and the network is not linear). "
    "One-hot inputs are 0 or 1, never in between, so a \"tiny nudge\" of x_s is a mathematical probe, not "
    "a text the model could actually read. Large sensitivity is a hint about what the model uses, not proof "
    "of cause.\n\n"
    "**Try it.** Move t to a character that the model predicts confidently and look where the tall bars are: "
    "often the last few characters, sometimes one far back (a bracket or a quote that must be closed)."))
ui.show_source(attribution.logprob_attribution, attribution.cell_attribution)
