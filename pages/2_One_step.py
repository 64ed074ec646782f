"""One step, with numbers: the LSTM cell at one position of the text for one unit, drawn with its
real values, and each of f, i, C̃, C, o, h written as its equation with the numbers substituted
(lstm.explain recomputes them from the weights; each is checked against the Trace).
"""
import pandas as pd
import streamlit as st

import lstm.cell
import lstm.explain
import ui
from charts.cell_diagram import lstm_cell_diagram
from charts.style import symbol_label
from lstm.explain import SYMBOL, around, explain_step, next_symbol, step_values
from lstm.symbols import quoted
from ui import _

ctx = ui.page_setup(_("One step"), "🔬")
trace, symbols = ctx.trace, ctx.model.vocab.symbols

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
if ctx.model.config.scaled_input and ctx.model.L == 1:       # the Keras tutorial's input: one number per step
    st.markdown(_("This model reads one number per step, the symbol's index divided by the vocabulary size "
                  "V (the Keras tutorial's input): x_t = {k}/{V} = {x:.4f}, so each W·z has one input "
                  "column, and the part from x is one product w·x.").format(
        k=int(trace.inputs[t]), V=ctx.model.V, x=float(trace.x[t, 0])))

# the step's numbers (the top layer's: a stacked model's trace is its top layer) ---------------------
explained = explain_step(ctx.model.layer_params(ctx.model.L), trace, t, unit)
best, p_best, target, p_target = next_symbol(trace, t)
actual = (symbols[target], p_target) if target >= 0 else None
if actual:
    st.markdown(_("The real next symbol is {actual}: the model gives it probability **{p:.4f}**; "
                  "its top guess is {best} with {pb:.4f}.").format(
        actual=ui.md_escape(quoted(actual[0])), p=p_target, best=ui.md_escape(quoted(symbols[best])), pb=p_best))
else:
    st.markdown(_("This is the last symbol: there is no real next symbol. The model's top guess is "
                  "{best} with probability {pb:.4f}.").format(best=ui.md_escape(quoted(symbols[best])), pb=p_best))

if trace.kind == "lstm":
    values = step_values(trace, t, unit)
    fig = lstm_cell_diagram(values, t, trace.tokens[t], unit, (symbols[best], p_best), actual,
                            title=_("LSTM cell at step {t} (input '{ch}'), unit {u}").format(
                                t=t, ch=symbol_label(trace.tokens[t]), u=unit))
    df = pd.DataFrame({"step": t, "char": trace.tokens[t], "unit": unit,
                       "quantity": list(values), "value": list(values.values())})
    ui.figure(fig, f"one-step-t{t}-unit{unit}", df, ctx.caption, key="one_step.diagram")
else:
    st.info(_("This page draws the LSTM's cell, but the chosen model's cell type is {kind}: it has no cell "
              "state C and no gates f, i, o. Its own equations for this step are written out below.").format(
        kind=trace.kind.upper()))

# explain this number ----------------------------------------------------------------------------
st.subheader(_("Explain this number"))
st.markdown(_("Each value of unit {u} at step {t}, recomputed from the weights and checked against "
              "the recorded run (numbers rounded to 4 decimals).").format(u=unit, t=t))
for name, ex in explained.items():
    st.latex(ex.latex)
    diff = abs(ex.value - ex.trace_value)
    mark = "✓" if diff < 1e-9 else "✗"
    st.caption(_("{mark} {name} = {v:.6f}; the recorded run has {tv:.6f} (difference {d:.1e})").format(
        mark=mark, name=SYMBOL[name], v=ex.value, tv=ex.trace_value, d=diff))
st.code("\n".join(ex.text for ex in explained.values()), language=None)
ui.download_csv(pd.DataFrame({"step": t, "unit": unit, "quantity": list(explained),
                              "equation": [e.text for e in explained.values()],
                              "value": [e.value for e in explained.values()],
                              "trace_value": [e.trace_value for e in explained.values()]}),
                f"one-step-equations-t{t}-unit{unit}", ctx.caption, key="one_step.equations_csv")

SOURCES = {"lstm": (lstm.cell.forward, lstm.explain.explain_gate, lstm.explain.explain_lstm),
           "gru": (lstm.cell.gru_forward, lstm.explain.explain_gate, lstm.explain.explain_gru),
           "rnn": (lstm.cell.rnn_forward, lstm.explain.explain_gate)}
ui.show_source(*SOURCES[trace.kind])
