"""Home page of LSTM Explainer: what an LSTM is, its equations, and a live next-character demo.

Run with `streamlit run app.py`; the other pages live in pages/ (Streamlit's classic multipage layout).
Like every page it starts with ui.page_setup, which also pins one BLAS thread for the server process.
"""
import numpy as np
import pandas as pd
import streamlit as st

import ui
from charts.predictions import next_symbol_bars
from lstm import usage
from lstm.symbols import quoted
from lstm.sample import MAX_PRIME
from ui import _, models, nav

ctx = ui.page_setup(__file__)

st.title(_("LSTM Explainer"))
st.markdown(_(
    "A **Long Short-Term Memory** network reads a text one symbol at a time. It keeps a *cell state* "
    "C — a memory line — and three gates decide, at every step, what to **forget** from it, what new "
    "information to **write** into it, and how much of it to **show** as the output h. From h it "
    "predicts the next symbol. Every number on these pages comes from a real model in this app."))

KINDS = {"sentence": ("variant14-fast", _("A model that memorised one sentence")),   # translated in the run:
         "book": ("alice-char", _("A model that read a whole book"))}                 # format_func may run after it


def _pick_kind():
    """The home page's choice of kind sets the sidebar's model (shared by every page)."""
    st.session_state[ui.setup.MODEL_KEY] = "shipped:" + KINDS[st.session_state["home.kind"]][0]


if all(stem in models.available_shipped() for stem, _label in KINDS.values()):
    st.subheader(_("Two kinds of model"))
    stem = str(st.session_state.get(ui.setup.MODEL_KEY, "")).removeprefix("shipped:")
    st.session_state["home.kind"] = ("book" if stem in models.BOOK_PRIMES else
                                     "sentence" if stem in models.SHIPPED else None)
    st.radio(_("Show the pages with"), list(KINDS), format_func=lambda k: KINDS[k][1], key="home.kind",
             horizontal=True, on_change=_pick_kind, index=None)
    st.markdown(_("A model that memorised one sentence has seen nothing else: its units fire at positions of "
                  "that one sentence, so its heatmaps read like a code for “where am I in the sentence”. A model "
                  "that read a whole book cannot memorise it, so its units have to generalise: some follow what "
                  "holds all through the text, such as being inside quotes, the position in the line or the end "
                  "of a word."))

st.subheader(_("The equations (course notation)"))
st.latex(r"z = [h_{t-1},\, x_t]")
st.latex(r"f = \sigma(W_f \cdot z + b_f) \qquad i = \sigma(W_i \cdot z + b_i) \qquad "
         r"\tilde{C} = \tanh(W_C \cdot z + b_C)")
st.latex(r"C = f * C_{t-1} + i * \tilde{C} \qquad o = \sigma(W_o \cdot z + b_o) \qquad h = o * \tanh(C)")
st.latex(r"y = \mathrm{softmax}(W_y \cdot h + b_y)")

st.subheader(_("Try it: what comes next?"))
st.markdown(_("Type the beginning of a text; the model reads it and shows its guesses for the next symbol."))
start = ctx.text[: min(20, len(ctx.text))]
if ctx.model.vocab.level == "word" and ctx.text[20:21].strip() and len(start.split()) > 1:
    start = start.rsplit(None, 1)[0]             # a word model: no word cut in two ("ADVENTURES I")
ui.setup.follow_default("home.prime", start)      # another model: the beginning of its text
typed = st.text_input(_("Beginning of a text"), key="home.prime", max_chars=MAX_PRIME)
if not typed:
    st.info(_("Type at least one character."))
else:
    try:
        probs = usage.next_probs(ctx.model, usage.mode_of(ctx.meta), typed)   # a names model: as it was trained
    except ValueError as err:
        st.warning(_("The model cannot read this: ") + ui.message(err))
    else:
        top = np.argsort(probs)[::-1][:10]
        df = pd.DataFrame({"symbol": [ctx.model.vocab.symbols[k] for k in top], "probability": probs[top]})
        best = quoted(df.symbol.iloc[0])
        st.markdown(_("Most likely next symbol: ") + f"**{ui.md_escape(best)}** ({df.probability.iloc[0]:.1%})")
        ui.figure(next_symbol_bars(df.symbol.tolist(), df.probability.to_numpy(), typed, tr=ui.translator()),
                  "next-symbol", df, ctx.caption, key="home.bars")

st.subheader(_("The pages"))
st.markdown(nav.page_list())
st.caption(ui.md_escape(ctx.caption))
