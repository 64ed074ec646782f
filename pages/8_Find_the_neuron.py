"""Find the neuron: pick a property of the text, rank every unit of h and C by its correlation with it,
then switch a unit off to see whether the model uses it there (ablation).

The maths (property arrays, Pearson r, the verdict) lives in lstm.neurons and lstm.ablation; figures in
charts.neurons.
"""
import numpy as np
import pandas as pd
import streamlit as st

import ui
from charts.neurons import ablation_figure, activations_over_text, coloured_text, ranking_bars, unit_name
from charts.style import safe
from lstm import ablation, neurons
from lstm.symbols import visible_text
from ui import _
from ui.layers import chosen_layer, layer_title

ctx = ui.page_setup(__file__)

LABELS = {"quotes": _("inside quotes"), "brackets": _("inside brackets"), "depth": _("bracket nesting depth"),
          "word_pos": _("position within the word"), "vowel": _("vowel (1) vs consonant (0), letters only"),
          "next_space": _("next character is a space"), "line_pos": _("position in the line"),
          "regex": _("matches a regular expression")}
REASONS = {"the property is constant over this text": _("the property is constant over this text"),
           "the unit is constant over this text": _("the unit is constant over this text"),
           "fewer than 2 steps where the property applies": _("fewer than 2 steps where the property applies")}

st.title(_("Find the neuron"))
st.markdown(_(
    "Some units of a trained LSTM learn to track one thing about the text — whether we are inside quotes, "
    "how deep in brackets, how far into a line. Choose a property: every unit of h and C is ranked by how "
    "closely its value follows the property over the text (Pearson correlation r, from −1 to 1)."))
ui.explain(_(
    "For each character t the property has a number (1 inside quotes, 0 outside; or a depth, a position). "
    "Each unit has a number at every step too. **r** measures how well a straight line links the two: "
    "r = 1 means the unit rises exactly when the property does, r = −1 that it falls, r ≈ 0 no linear link. "
    "We say a unit *tracks* the property only when |r| ≥ {th:g} (a strong correlation by the usual rule of "
    "thumb: the property explains at least {pct:.0%} of the unit's variation, r²), that it *partly* tracks it "
    "when {lo:g} ≤ |r| < {th:g}, and that no single unit tracks it below {lo:g}. When the property or a unit never changes over the text, r is "
    "undefined and the page says so. Correlation is not cause: a unit may follow something else that "
    "happens to coincide with the property in this text.").format(
        th=neurons.TRACKS_THRESHOLD, pct=neurons.TRACKS_THRESHOLD ** 2, lo=neurons.PARTLY_THRESHOLD))
ui.show_source(neurons.pearson, neurons.rank_units, neurons.verdict)

if ctx.model.vocab.level != "char":
    st.info(_("These properties describe characters: choose a character-level model in the sidebar."))
    st.stop()

layer, trace = chosen_layer(ctx.trace, "neuron.layer")    # a stacked model: one layer's units (default the top)
if ctx.full_length:                   # a book: the analysis runs on the excerpt, so that it stays quick
    st.caption(_("The analysis covers the {n} characters shown (from character {start} of {total}), to "
                 "stay quick: move the excerpt in the sidebar to test a unit elsewhere in the text.").format(
        n=len(ctx.text), start=ctx.excerpt_start, total=ctx.full_length))
# quotes if the text has any (the Sonnets have none); follows the model and excerpt unless the student chose
ui.setup.follow_default("neuron.property", "quotes" if neurons.inside_quotes(ctx.text).any() else "line_pos")
prop = st.selectbox(_("Property of the text"), list(LABELS), format_func=LABELS.get, key="neuron.property")
pattern = None
if prop == "regex":
    pattern = st.text_input(_("Regular expression (Python syntax): the characters inside its matches count as 1"),
                            value=r"[A-Z]", key="neuron.regex", max_chars=neurons.MAX_PATTERN_CHARS)
top = st.slider(_("Top units to draw"), 1, 5, 3, key="neuron.top")


@st.cache_data(max_entries=32, show_spinner=False)
def ranked(key, text, prop, pattern, layer, _trace):
    """(property values (T,), ranking of every unit of `layer`) for the model with fingerprint `key` on `text`."""
    values = neurons.property_values(text, prop, pattern)
    states = {"h": _trace.h} if _trace.c is None else {"h": _trace.h, "c": _trace.c}
    return values, neurons.rank_units(states, values)


if ctx.full_length:                   # a book: the two classic findings side by side (Karpathy et al. 2015)
    KINDS = {"tracks": _("tracks it"), "partly": _("partly tracks it"), "none": _("no single unit tracks it"),
             "undefined": _("r undefined here")}
    rows = []
    for classic in ("quotes", "line_pos"):
        best = neurons.verdict(ranked(ctx.key, ctx.text, classic, None, layer, trace)[1], classic)
        rows.append({_("property"): LABELS[classic], _("best unit"): unit_name(best.best.quantity, best.best.unit),
                     "r": round(float(best.best.r), 3), _("verdict"): KINDS[best.kind]})
    st.markdown(_("**The two classic findings on this excerpt** (layer {l}): the unit that follows each property "
                  "best, and whether it tracks it (|r| ≥ {th:g}). Choose the property below for its ablation.").format(
        l=layer, th=neurons.TRACKS_THRESHOLD))
    st.dataframe(pd.DataFrame(rows), hide_index=True, key="neuron.classics")

try:
    values, ranking = ranked(ctx.key, ctx.text, prop, pattern, layer, trace)
except ValueError as err:
    st.error(_("This regular expression cannot be used: ") + ui.md_escape(ui.message(err)))
    st.stop()

label = LABELS[prop] if prop != "regex" else _("matches {p}").format(p=visible_text(pattern, one_line=True))
verdict = neurons.verdict(ranking, label)
best = verdict.best
q = "C" if best.quantity == "c" else best.quantity
share = _("it explains {pct:.0%} of the unit's variation").format(pct=best.r ** 2) if np.isfinite(best.r) else ""
if verdict.kind == "tracks":
    st.success(_("Unit {u} of {q} tracks '{p}': r = {r:.2f} (|r| ≥ {th:g}; {share}).").format(
        u=best.unit, q=q, p=ui.md_escape(label), r=best.r, th=verdict.threshold, share=share))
elif verdict.kind == "partly":
    st.info(_("Unit {u} of {q} partly tracks '{p}': r = {r:.2f} (moderate: {lo:g} ≤ |r| < {th:g}; {share}).").format(
        u=best.unit, q=q, p=ui.md_escape(label), r=best.r, lo=verdict.partly, th=verdict.threshold, share=share))
elif verdict.kind == "none":
    st.warning(_("No single unit tracks '{p}' here: the best is unit {u} of {q} with r = {r:.2f} "
                 "(|r| below {lo:g}).").format(u=best.unit, q=q, p=ui.md_escape(label), r=best.r, lo=verdict.partly))
else:
    st.warning(_("No correlation can be computed for '{p}' here: {why}.").format(
        p=ui.md_escape(label), why=REASONS.get(best.reason, best.reason)))
undefined = sum(1 for u in ranking if np.isnan(u.r))
if undefined and verdict.kind != "undefined":
    st.caption(_("{n} units never change over this text: their r is undefined and they are listed last.").format(
        n=undefined))

table = pd.DataFrame({"quantity": ["C" if u.quantity == "c" else u.quantity for u in ranking],
                      "unit": [u.unit for u in ranking], "r": [u.r for u in ranking],
                      "abs_r": [abs(u.r) for u in ranking]})
ui.figure(ranking_bars(ranking, label, title=layer_title(_("Units ranked by |r| with '{p}'").format(p=safe(label)),
                                                         trace), tr=ui.translator()),
          "neuron-ranking", table, ctx.caption, key="neuron.ranking")

shown = [u for u in ranking if np.isfinite(u.r)][:top]
if shown:
    arrays = {"h": trace.h, "c": trace.c}
    series = {unit_name(u.quantity, u.unit): arrays[u.quantity][:, u.unit] for u in shown}
    df = pd.DataFrame({"step": np.arange(ctx.trace.T), "char": ctx.trace.tokens, "property": values,
                       **{name: v for name, v in series.items()}})
    ui.figure(activations_over_text(ctx.trace.tokens, values, series, label,
                                    title=_("Top units over the text, with '{p}' shaded").format(p=safe(label)), tr=ui.translator()),
              "neuron-top-units", df, ctx.caption, key="neuron.lines")
    pick = st.selectbox(_("Colour the text by unit"), list(series), key="neuron.unit")
    ui.figure(coloured_text(ctx.trace.tokens, series[pick], pick,
                            title=_("The text coloured by unit {u}").format(u=pick), tr=ui.translator()),
              "neuron-coloured-text", df[["step", "char", pick]], ctx.caption, key="neuron.text")

# evidence beyond correlation: switch the unit off ------------------------------------------------------------
st.subheader(_("Does the model use it? Switch the unit off"))
st.markdown(_("Correlation only says a unit's value follows the property. To see whether the model **uses** the "
              "unit for it, run the text again with the unit switched off and compare the loss "
              "−ln y[target] on the characters where the property holds with the others."))
ranked_units = [u for u in ranking if np.isfinite(u.r)] or ranking
choices = [(u.quantity, u.unit) for u in ranked_units]
ui.setup.follow_default("neuron.ablate", choices[0], allowed=choices)      # the best unit, until the student picks another
off = st.selectbox(_("Unit to switch off"), choices, key="neuron.ablate",
                   format_func=lambda qu: "{name} (r = {r:.2f})".format(      # a name and a number: no words
                       name=unit_name(*qu), r=next(x.r for x in ranking if (x.quantity, x.unit) == qu)),
                   help=_("h: the unit's output is set to 0 at every step. C: its memory is cleared before "
                          "every step (C = f·0 + i·C̃), so it remembers nothing from one character to the next."))


@st.cache_data(max_entries=32, show_spinner=False)
def ablated(key, text, prop, pattern, quantity, unit, layer, above, _model, _trace):
    """lstm.ablation.ablate of one unit of `layer` for the model with fingerprint `key` on `text` (_trace: the
    page's run of it, the intact baseline); the property holds where its value is > above."""
    return ablation.ablate(_model, text, neurons.property_values(text, prop, pattern), quantity, unit, layer,
                           base=_trace, above=above)


above = neurons.holds_above(values, prop)
if above:                          # the position in the line: later in the line against earlier
    label = _("late in the line (position > {m:g}, the median)").format(m=above)
result = ablated(ctx.key, ctx.text, prop, pattern, off[0], off[1], layer, above, ctx.model, ctx.trace)
def rise(v):
    """A mean loss rise for a metric: '—' where there are no characters to average, never '-0.000'."""
    return _("{v:+.3f} nats per character").format(v=round(v, 3) + 0.0) if np.isfinite(v) else "—"


name = unit_name(*off)
c1, c2 = st.columns(2)
c1.metric(_("Loss rise where '{p}' holds").format(p=label), rise(result.rise_with),
          help=_("Mean over {n} characters.").format(n=result.n_with))
c2.metric(_("Loss rise early in the line (position ≤ {m:g})").format(m=above) if above else _("Loss rise elsewhere"),
          rise(result.rise_without),
          help=_("Mean over {n} characters.").format(n=result.n_without))
VERDICTS = {
    "specific": _("Switching {u} off hurts the prediction where '{p}' holds {ratio:.1f}× as much as elsewhere: "
                  "the model uses this unit for the property."),
    "general": _("Switching {u} off hurts the prediction, but not mainly where '{p}' holds: the unit matters, "
                 "and not specifically for this property."),
    "none": _("Switching {u} off hardly changes the loss (less than {th:g} nats per character on both sides): "
              "whatever it follows, the model does not rely on it."),
    "undefined": _("'{p}' holds everywhere or nowhere in this text: there is nothing to compare."),
}
ratio = result.rise_with / result.rise_without if result.rise_without > 0 else float("inf")
(st.success if result.kind == "specific" else st.info)(VERDICTS[result.kind].format(
    u=name, p=ui.md_escape(label), ratio=ratio, th=ablation.NOTICEABLE))
ui.figure(ablation_figure(ctx.trace.tokens, result.rise, result.holds, label, name,
                          title=layer_title(_("Loss rise per character with unit {u} switched off").format(u=name),
                                            trace), tr=ui.translator()),
          "neuron-ablation", pd.DataFrame({"step": np.arange(ctx.trace.T), "char": ctx.trace.tokens,
                                           "property_holds": result.holds, "loss": result.loss,
                                           "loss_unit_off": result.ablated, "rise": result.rise}),
          ctx.caption, key="neuron.ablation_fig")
ui.show_source(ablation.ablate, ablation.ablated_run)
