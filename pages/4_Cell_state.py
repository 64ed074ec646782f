"""Cell state: C, tanh(C) and h of every unit at every character (signed heatmaps), chosen units as
lines, and an LSTMVis-style selection: the units on over a character range, and where else in the
text all of them are on together.  Non-LSTM models have only h, which is shown.
The sunspot model of the Time series page works here too: its steps are years, drawn ten to a row.
"""
import math

import numpy as np
import pandas as pd
import streamlit as st

import lstm.cell
import lstm.explain
import ui
from charts.heatmaps import TEXT_WIDTH, where_on_grid
from charts.units import unit_lines
from lstm.explain import all_on_spans, slow_units, units_on
from lstm.symbols import visible_text
from ui import _
from ui.layers import chosen_layer, layer_heatmap, layer_title
from ui.models import is_series

ctx = ui.page_setup(__file__, series=True)
SERIES = is_series(ctx.model)                 # the sunspot model: one step per year, not per character
WIDTH = 10 if SERIES else TEXT_WIDTH          # a decade per row of the where-on grid
NAMES = {"c": "C", "tanh_c": "tanh(C)", "h": "h"}
TITLES = {"c": _("Cell state C"), "tanh_c": _("tanh(C): the memory squashed into (-1, 1)"),
          "h": _("Hidden state h = o·tanh(C)")}

st.title(_("Cell state"))
st.markdown(_(
    "The cell state C is the LSTM's memory: at every character each unit keeps, forgets or overwrites "
    "its value. tanh(C) squashes it into (-1, 1), and the output gate lets part of it out as h."))
ui.explain(_(
    "Each heatmap has one row per unit and one column per character; red is positive, blue negative, "
    "white zero. Look for rows that change colour at meaningful places (a space, a quote, a new line): "
    "such a unit keeps track of something in the text. Below, follow a few units as lines, then select "
    "a range of characters and a threshold: the page lists the units that stay above the threshold over "
    "the whole range and shows where else in the text all of them are on together (the idea of LSTMVis, "
    "Strobelt et al. 2017)."))

if SERIES:
    st.caption(ctx.about_steps("state"))
layer, trace = chosen_layer(ctx.trace, "cell.layer")     # a stacked model: one layer's memory (default the top)

quantities = ("c", "tanh_c", "h") if trace.kind == "lstm" else ("h",)
if trace.kind != "lstm":
    st.info(_("This page is about the LSTM's cell state C. The chosen model's cell type is {kind}: it has "
              "no cell state, so only its hidden state h is shown.").format(kind=trace.kind.upper()))

for q in quantities:      # the long (step, unit) table of a CSV is built only when its button is clicked
    drawn = layer_heatmap(ctx.key, ctx.text, layer, q, NAMES[q], layer_title(TITLES[q], trace), True, ui.lang(),
                          trace, ctx.steps_axis)
    ui.figure(drawn.fig, f"heatmap-{q}" + (f"-layer{layer}" if trace.L > 1 else ""),
              lambda q=q: trace.to_frame([q]), ctx.caption, key=f"cell.heatmap.{q}", alt=drawn.alt)

# lines of chosen units and the LSTMVis-style selection (a fragment: changing them reruns only this part)
def follow_units(q, values):
    """Chosen units of quantity q as lines over the text."""
    ui.setup.follow_default("cell.units", slow_units(values).tolist())   # long-memory units, worth following
    st.session_state["cell.units"] = [u for u in st.session_state["cell.units"] if u < trace.H]
    units = st.multiselect(_("Units"), list(range(trace.H)), key="cell.units",
                           help=_("The page starts with the three units whose value changes slowest for its "
                                  "spread over the text: units with a long memory, such as one that follows "
                                  "being inside quotes."))
    if not units:
        st.info(_("Choose at least one unit to draw."))
        return
    df = pd.DataFrame({"step": np.arange(trace.T), "char": trace.tokens}
                      | {f"{NAMES[q]} unit {u}": values[:, u] for u in units})
    ui.figure(ctx.steps_axis(unit_lines(values, trace.tokens, units, NAMES[q],
                                    layer_title(_("{q} of the chosen units over the text").format(q=NAMES[q]),
                                                trace), tr=ui.translator())),
              f"lines-{q}", df, ctx.caption, key="cell.lines")


def _range_from_slider():
    st.session_state["cell.range_start"], st.session_state["cell.range_end"] = st.session_state["cell.range"]


def _range_from_boxes():
    a, b = st.session_state["cell.range_start"], st.session_state["cell.range_end"]
    st.session_state["cell.range"] = (min(a, b), max(a, b))


def range_controls(q, values):
    """Threshold and character range (kept inside the text's bounds) -> (threshold, start, end).
    The range is a slider and, for whoever cannot or would rather not drag, two step boxes kept equal to it."""
    limit = 1.0 if q != "c" else float(max(1, math.ceil(float(np.abs(values).max()))))   # C is unbounded
    st.session_state["cell.threshold"] = float(np.clip(st.session_state.get("cell.threshold", 0.3), -limit, limit))
    threshold = st.slider(_("Threshold"), -limit, limit, step=0.05, key="cell.threshold")
    if trace.T == 1:
        return threshold, 0, 0
    start, end = st.session_state.get("cell.range", (0, min(4, trace.T - 1)))
    end = min(end, trace.T - 1)
    st.session_state["cell.range"] = (min(start, end), end)
    st.session_state["cell.range_start"], st.session_state["cell.range_end"] = st.session_state["cell.range"]
    label = (_("Range of steps (step 0 = {first}, step {last_step} = {last})").format(
        first=trace.tokens[0], last_step=trace.T - 1, last=trace.tokens[-1]) if SERIES else _("Character range"))
    start, end = st.slider(label, 0, trace.T - 1, key="cell.range", on_change=_range_from_slider)
    left, right = st.columns(2)
    left.number_input(_("From step"), 0, trace.T - 1, step=1, key="cell.range_start", on_change=_range_from_boxes,
                      help=_("The same range as the slider above, typed or changed with the arrow keys."))
    right.number_input(_("To step"), 0, trace.T - 1, step=1, key="cell.range_end", on_change=_range_from_boxes)
    return threshold, start, end


def where_on(q, values, on, threshold, start, end):
    """The units on over the range: a table, the text marked where all of them are on, the other places."""
    inside = values[start:end + 1][:, on]
    st.dataframe(pd.DataFrame({_("unit"): on, _("smallest in range"): inside.min(axis=0),
                               _("mean in range"): inside.mean(axis=0),
                               _("fraction of the text on"): (values[:, on] > threshold).mean(axis=0)}),
                 hide_index=True)
    spans = all_on_spans(values, on, threshold)
    category = np.zeros(trace.T)
    for a, b in spans:
        category[a:b + 1] = 1
    category[start:end + 1] = 2
    lowest = values[:, on].min(axis=1)
    fig = where_on_grid(trace.tokens, category, lowest, NAMES[q], on.tolist(),
                        _("Where units {units} are all on (blue, bold: your range; orange, underlined: elsewhere)").format(
                            units=", ".join(map(str, on))), width=WIDTH, tr=ui.translator())
    df = pd.DataFrame({"step": np.arange(trace.T), "char": trace.tokens, "category": category,
                       f"smallest {NAMES[q]} over units": lowest})
    ui.figure(fig, f"where-on-{q}", df, ctx.caption, key="cell.where")
    others = [(a, b) for a, b in spans if b < start or a > end]
    chosen = ui.ngettext("The unit is on", "The {n} units are all on together", len(on)).format(n=len(on))
    st.markdown(ui.ngettext("{chosen} in {k} other place:", "{chosen} in {k} other places:", len(others)).format(
        chosen=chosen, k=len(others)))
    if others:
        st.dataframe(pd.DataFrame({_("from step"): [a for a, _b in others], _("to step"): [b for _a, b in others],
                                   _("text"): [visible_text(sep.join(trace.tokens[a:b + 1]), one_line=True)
                                               for a, b in others]}),
                     hide_index=True)


@st.fragment
def explore():
    st.subheader(_("Follow chosen units"))
    if st.session_state.get("cell.quantity") not in quantities:
        st.session_state["cell.quantity"] = "h"
    q = st.selectbox(_("Quantity"), list(quantities), format_func=NAMES.get, key="cell.quantity")
    values = trace.get(q)
    follow_units(q, values)
    st.subheader(_("Which units are on over a range, and where else?"))
    st.markdown(_("Uses the quantity chosen above ({q}). A unit is *on* where its value is above the "
                  "threshold.").format(q=NAMES[q]))
    threshold, start, end = range_controls(q, values)
    st.code(visible_text(sep.join(trace.tokens[start:end + 1])), language=None)
    on = units_on(values, start, end, threshold)
    if len(on) == 0:
        st.info(_("No unit stays above {thr:.2f} over the whole range: lower the threshold or choose a "
                  "shorter range.").format(thr=threshold))
    else:
        where_on(q, values, on, threshold, start, end)


sep = " " if SERIES or ctx.model.vocab.level == "word" else ""      # years and words need a space between
explore()

ui.show_source(lstm.cell.forward, lstm.explain.units_on, lstm.explain.all_on_spans)
