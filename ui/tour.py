"""The guided tour: nine steps that walk a newcomer through the pages, each saying what to look at
and what to conclude. ui.page_setup calls render() on every page: a "start/resume" button in the
sidebar and, while the tour is on and this page is the current step's page, the step's box at the top.
State: st.session_state["tour.step"] (int) and ["tour.active"] (bool); dismissing keeps the step.
"""
from dataclasses import dataclass

import streamlit as st

from .i18n import N_, _

STEP_KEY, ACTIVE_KEY = "tour.step", "tour.active"


@dataclass(frozen=True)
class Step:
    page: str       # page file relative to the app root, as st.switch_page takes it (title: ui.nav.PAGES)
    heading: str    # the step's heading (English; shown through _())
    body: str       # what to look at and what to conclude (markdown, English)


STEPS = (
    Step("app.py", N_("Start here: six equations"),
         N_("Read the equations: **C = f \\* C_prev + i \\* C̃** is the only line where the memory C changes — "
            "f decides how much of the old memory stays, i how much new candidate C̃ is written. Then type the "
            "first few characters of the model's training text into the demo box: the bars show the model's "
            "guesses for the next character. **Conclude:** the prediction y comes from h alone, and h comes from C.")),
    Step("pages/1_Encodings.py", N_("Characters become vectors"),
         N_("Look at the one-hot heatmap: every column (one character of the text) has exactly one dark cell, in the "
            "row of its symbol. Compare the size table: an index is 1 number but invents an order (is 'b' > 'a'?); "
            "one-hot costs V numbers per symbol and has no order. **Conclude:** the LSTM never sees letters, only "
            "these vectors x_t.")),
    Step("pages/2_One_step.py", N_("One step with the real numbers"),
         N_("The page asks first: for the chosen position and unit, set your guesses for f, i, C̃, o, then C and h, "
            "and press **Reveal**. Your guesses appear beside the real values, each with the reason drawn from the "
            "numbers. Then read the line **C = f·C_prev + i·C̃ = …** with the numbers substituted, and find a unit "
            "where f is close to 1 and i close to 0: its C is almost the same as C_prev. **Conclude:** every number on "
            "the other pages is produced by these six lines, one step at a time.")),
    Step("pages/3_Gates.py", N_("What the gates do at each character"),
         N_("In the forget-gate heatmap, find a unit that is dark (≈ 1) almost everywhere: it keeps its memory. "
            "Then find a column where many units turn light (≈ 0) together: at that character the model wipes "
            "part of its memory (often at a space or punctuation). In the saturation plot, units near the corners "
            "act like switches. **Conclude:** gates are mostly open or shut, not half-way.")),
    Step("pages/4_Cell_state.py", N_("The memory line C"),
         N_("In the C heatmap, find a unit whose colour stays the same over a long stretch of text: it is "
            "remembering something across those characters. Compare it with h = o·tanh(C): h is squeezed into "
            "(−1, 1) and can be quiet while C still holds its value. **Conclude:** C carries information forward, "
            "h only shows the part of it the output gate lets through.")),
    Step("pages/5_Training.py", N_("Where the weights come from"),
         N_("Press Train with the fast preset and watch the loss curve fall; the smooth loss lags behind the raw "
            "loss. When it crosses the 0.1 line the run stops, and the recitation colours each character the model "
            "now reproduces. **Conclude:** the shipped model was trained exactly like this, by gradient descent "
            "with backpropagation through time.")),
    Step("pages/6_Generate.py", N_("Let the model write"),
         N_("Guess the symbol the model writes next and how sure it is, press **Reveal**: the top-k bars show how sure "
            "the model was. Set the temperature to 0 (greedy) and the model recites its training text; raise it to 1, "
            "then 2: the text gets more varied, then nonsense. **Conclude:** the model stores the text as "
            "probabilities of the next character.")),
    Step("pages/7_Gradients_through_time.py", N_("Why an LSTM remembers longer"),
         N_("Mark how many steps back you expect the gradients to shrink to 1/1000 and press **Reveal the curves**. "
            "On the log-scale plot of the gradient size against the distance T − t, the plain RNN's line falls "
            "steeply (the gradient vanishes); the LSTM's gradient through C is passed back multiplied only by f, so "
            "with f ≈ 1 (set b_f to 1 or more, or look at the trained model) it falls much more slowly. "
            "**Conclude:** this is why an LSTM can learn dependencies over many characters.")),
    Step("pages/16_Check_yourself.py", N_("Check what you learnt"),
         N_("Answer the questions about this model: each answer is read from its own numbers, and the explanation "
            "cites the equation. Your score and answers go into the HTML report. **Conclude:** if you can predict "
            "the gates, C and h from the equations, you can read any LSTM. That is the tour — the Attribution page "
            "shows which earlier characters each prediction depends on.")),
)


def _go(step, here):
    """Make `step` the current one (tour on) and show its page."""
    st.session_state[STEP_KEY], st.session_state[ACTIVE_KEY] = step, True
    if STEPS[step].page != here:
        st.switch_page(STEPS[step].page)
    st.rerun()


def _stop(step):
    st.session_state[STEP_KEY], st.session_state[ACTIVE_KEY] = step, False
    st.rerun()


def _sidebar(step, active, here):
    n = len(STEPS)
    if active and STEPS[step].page == here:
        st.sidebar.caption(_("Guided tour: step {k} of {n} (see the box at the top).").format(k=step + 1, n=n))
        return
    if active:
        label = _("Back to the guided tour (step {k} of {n})").format(k=step + 1, n=n)
    elif step:
        label = _("Resume the guided tour (step {k} of {n})").format(k=step + 1, n=n)
    else:
        label = _("Start the guided tour")
    if st.sidebar.button(label, key="tour.start", icon=":material/explore:"):
        _go(step, here)


def _box(step, here):
    s, n = STEPS[step], len(STEPS)
    with st.container(border=True):
        st.caption(_("Guided tour · step {k} of {n}").format(k=step + 1, n=n))
        st.subheader(_(s.heading))
        st.markdown(_(s.body))
        back, nxt, dismiss = st.columns(3)
        if back.button(_("Back"), key="tour.back", disabled=step == 0, width="stretch"):
            _go(step - 1, here)
        last = step == n - 1
        if nxt.button(_("Finish") if last else _("Next"), key="tour.next", type="primary", width="stretch"):
            if last:
                _stop(0)
            else:
                _go(step + 1, here)
        if dismiss.button(_("Dismiss"), key="tour.dismiss", width="stretch",
                          help=_("Hide the tour; the sidebar button resumes it at this step.")):
            _stop(step)


def render(here):
    """Draw the tour on page `here` (its path in ui.nav.PAGES): the sidebar button, and the current step's box
    if it belongs to this page."""
    step = min(max(int(st.session_state.get(STEP_KEY, 0)), 0), len(STEPS) - 1)
    active = bool(st.session_state.get(ACTIVE_KEY, False))
    _sidebar(step, active, here)
    if active and STEPS[step].page == here:
        _box(step, here)
