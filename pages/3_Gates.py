"""Gates: the forget, input and output gate of every unit at every character (heatmaps on one 0–1
scale), the text coloured by one unit's gate, and how often each gate is saturated (Karpathy et al. 2015).
GRU models show their update and reset gates instead; a vanilla RNN has none (its h is shown).
The sunspot model of the Time series page works here too: its steps are years, drawn ten to a row.
"""
import numpy as np
import pandas as pd
import streamlit as st

import lstm.cell
import lstm.explain
import ui
from charts.gates import saturation_scatter
from charts.heatmaps import TEXT_WIDTH, text_grid, unit_heatmap
from lstm.explain import saturation
from lstm.notation import GATES
from ui import _
from ui.layers import chosen_layer, layer_heatmap, layer_title
from ui.models import is_series

ctx = ui.page_setup(__file__, series=True)
SERIES = is_series(ctx.model)                 # the sunspot model: one step per year, not per character
WIDTH = 10 if SERIES else TEXT_WIDTH          # a decade per row of the coloured grid
TITLES = {"f": _("Forget gate f"), "i": _("Input gate i"), "o": _("Output gate o"),
          "u": _("Update gate u (GRU)"), "r": _("Reset gate r (GRU)"), "h": _("Hidden state h")}

st.title(_("Gates"))
st.markdown(_(
    "The LSTM's three gates at every character of the text: the forget gate f (keep the old memory), "
    "the input gate i (write the new candidate) and the output gate o (show the memory as h). "
    "Each is a number between 0 (closed) and 1 (open), one per unit."))
ui.explain(_(
    "Each heatmap has one row per unit and one column per character; the colour is the gate's value "
    "after the model read that character (white = 0, closed; dark blue = 1, open). All three use the "
    "same colour scale, so they can be compared. Below, pick one unit and one gate to see the text "
    "coloured by it. The last plot puts every gate of every unit at one point: how often it is almost "
    "closed (< 0.1, x) against how often it is almost open (> 0.9, y). Points near the diagonal are "
    "gates that act like switches; points near (0, 0) are gates that stay in between. Karpathy, Johnson "
    "and Fei-Fei (2015) drew this plot for LSTMs trained on real text."))

if SERIES:
    st.caption(ctx.about_steps("gate"))
layer, trace = chosen_layer(ctx.trace, "gates.layer")     # a stacked model: one layer's gates (default the top)


gates = GATES[trace.kind]
if trace.kind == "gru":
    st.info(_("This page is about the LSTM's gates f, i and o. The chosen model is a GRU: its gates are "
              "the update gate u and the reset gate r, shown below instead."))
elif not gates:
    st.info(_("This page is about the LSTM's gates f, i and o. The chosen model is a vanilla RNN: it has "
              "no gates at all, only the hidden state h = tanh(W_h·[h_prev, x] + b_h), shown below."))
    ui.figure(ctx.steps_axis(unit_heatmap(trace.h, trace.tokens, "h", TITLES["h"], signed=True, tr=ui.translator())),
              "rnn-h", lambda: trace.to_frame(["h"]), ctx.caption, key="gates.heatmap.h")

# heatmaps: one per gate, shared 0–1 scale -----------------------------------------------------------
for gate in gates:      # the long (step, unit) table of a CSV is built only when its button is clicked
    drawn = layer_heatmap(ctx.key, ctx.text, layer, gate, gate, layer_title(TITLES[gate], trace), False, ui.lang(),
                          trace, ctx.steps_axis)
    ui.figure(drawn.fig, f"gate-{gate}" + (f"-layer{layer}" if trace.L > 1 else ""),
              lambda g=gate: trace.to_frame([g]), ctx.caption, key=f"gates.heatmap.{gate}", alt=drawn.alt)


@st.fragment
def coloured_text():
    """Pick a gate and a unit -> the text coloured by it (a fragment: only this part reruns)."""
    st.subheader(_("The years coloured by one gate of one unit") if SERIES and ctx.years
                 else _("The steps coloured by one gate of one unit") if SERIES
                 else _("The text coloured by one gate of one unit"))
    left, right = st.columns(2)
    st.session_state["gates.unit"] = min(st.session_state.get("gates.unit", 0), trace.H - 1)
    unit = left.selectbox(_("Unit"), list(range(trace.H)), key="gates.unit")
    if st.session_state.get("gates.gate") not in gates:
        st.session_state["gates.gate"] = gates[0]
    gate = right.selectbox(_("Gate"), list(gates), format_func=TITLES.get, key="gates.gate")
    values = trace.get(gate)[:, unit]
    title = (_("The years coloured by {gate} of unit {u}") if SERIES and ctx.years
             else _("The steps coloured by {gate} of unit {u}") if SERIES
             else _("The text coloured by {gate} of unit {u}"))
    fig = text_grid(trace.tokens, values, gate, unit, layer_title(title.format(gate=TITLES[gate], u=unit), trace),
                    width=WIDTH, tr=ui.translator())
    ui.figure(fig, f"text-{gate}-unit{unit}",
              pd.DataFrame({"step": np.arange(trace.T), "char": trace.tokens, "unit": unit, gate: values}),
              ctx.caption, key="gates.text")


if gates:
    coloured_text()
    st.subheader(_("How often is each gate saturated?"))
    fractions = {g: saturation(trace.get(g)) for g in gates}
    df = pd.DataFrame([{"gate": g, "unit": u, "fraction_below_0.1": lo[u], "fraction_above_0.9": hi[u]}
                       for g, (lo, hi) in fractions.items() for u in range(trace.H)])
    ui.figure(saturation_scatter(fractions, layer_title(_("Gate saturation: fraction of steps below 0.1 vs above "
                                                          "0.9"), trace), tr=ui.translator()),
              "gate-saturation", df, ctx.caption, key="gates.saturation")

ui.show_source(lstm.cell.forward, lstm.explain.saturation)
