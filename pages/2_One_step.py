"""One step, with numbers: the LSTM cell at one position of the text for one unit, drawn with its
real values, and each of f, i, C̃, C, o, h written as its equation with the numbers substituted
(lstm.explain recomputes them from the weights; each is checked against the Trace).
With "Predict before you see" on (the default), the student first guesses the values (ui.one_step) or
works the next steps with fading blanks (ui.practice); off, everything is shown at once.
"""
import streamlit as st

import lstm.cell
import lstm.explain
import ui
import ui.one_step
import ui.practice
import ui.predict
from lstm.explain import around
from ui import _
from ui.layers import chosen_layer

ctx = ui.page_setup(__file__)
predict_on = ui.predict.mode_on()

st.title(_("One step, with numbers"))
st.markdown(_(
    "Pick a position in the text and one unit of the cell. The diagram shows what that unit computed "
    "when the model read this character, and below every number is written out as its equation, "
    "with the model's real weights and states substituted."))
ui.explain(_(
    "An LSTM reads the text one character at a time. At every step it joins the previous output "
    "h_prev and the current character x into one vector z = [h_prev, x]. Three **gates** (f, i, o) "
    "are numbers between 0 and 1 computed from z with a sigmoid σ: the forget gate f says how much of "
    "the old memory C_prev to keep, the input gate i how much of the new candidate C̃ to write, the "
    "output gate o how much of the memory to show as h. Each unit (there are H of them) does this "
    "with its own row of weights. Hover over the diagram for the exact values. The equations below "
    "split W·z + b into the part that comes from h_prev, the part from x and the bias."))

# controls ------------------------------------------------------------------------------------
sep = " " if ctx.model.vocab.level == "word" else ""
layer, trace = chosen_layer(ctx.trace, "one_step.layer")    # a stacked model: one layer's cell (default the top)
if trace.T > 1:
    st.session_state["one_step.t"] = min(st.session_state.get("one_step.t", 0), trace.T - 1)
    t = st.slider(_("Position t in the text"), 0, trace.T - 1, key="one_step.t")
else:
    t = 0
st.session_state["one_step.unit"] = min(st.session_state.get("one_step.unit", 0), trace.H - 1)
unit = st.selectbox(_("Unit"), list(range(trace.H)), key="one_step.unit",
                    help=_("Which of the H units of h and C to follow."))
line, caret = around(trace.tokens, t, sep=sep)
st.code(line + "\n" + caret, language=None)
if ctx.model.config.scaled_input and layer == 1:       # the Keras tutorial's input: one number per step
    st.markdown(_("This model reads one number per step, the symbol's index divided by the vocabulary size "
                  "V (the Keras tutorial's input): x_t = {k}/{V} = {x:.4f}, so each W·z has one input "
                  "column, and the part from x is one product w·x.").format(
        k=int(trace.inputs[t]), V=ctx.model.V, x=float(trace.x[t, 0])))

# the step: explored, predicted first, or worked and then practised ------------------------------
params = ctx.model.layer_params(layer)   # the layer whose Trace is drawn
exercise = "explore"
if predict_on and trace.kind == "lstm":
    exercise = st.radio(_("Exercise"), ["predict", "practice"], key="one_step.exercise", horizontal=True,
                        format_func={"predict": _("Predict, then reveal"),
                                     "practice": _("Practice with fading")}.get)
elif predict_on:
    st.caption(_("Predictions are asked for an LSTM's gates; this model is not an LSTM, so everything is shown."))

if exercise == "predict":
    if ui.one_step.predict_round(ctx, params, trace, t, unit):
        st.subheader(_("The whole step"))
        ui.one_step.show_step(ctx, params, trace, t, unit)
else:
    ui.one_step.show_step(ctx, params, trace, t, unit)
    if exercise == "practice":
        ui.practice.practice(ctx, params, trace, t, unit, sep)

SOURCES = {"lstm": (lstm.cell.forward, lstm.explain.explain_gate, lstm.explain.explain_lstm),
           "gru": (lstm.cell.gru_forward, lstm.explain.explain_gate, lstm.explain.explain_gru),
           "rnn": (lstm.cell.rnn_forward, lstm.explain.explain_gate)}
ui.show_source(*SOURCES[trace.kind])
