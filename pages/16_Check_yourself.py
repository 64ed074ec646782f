"""Check yourself: about ten questions generated from the chosen model's run on the chosen text, each answer
read from that run (lstm.quiz), with immediate feedback whose explanation cites the equation; the score and
the answers go into the HTML report. Another model, text or question set gives other numbers.
"""
import streamlit as st

import lstm.quiz
import lstm.quiz_templates
import ui
import ui.quiz
from charts.report import quiz_score
from ui import _
from ui.report import report_download_button

ctx = ui.page_setup(__file__)

st.title(_("Check yourself"))
st.markdown(_(
    "Questions about **this** model on **this** text: every answer is read from the numbers the model "
    "computed, so there is no answer key to memorise. Pick an answer: it is checked at once, and the "
    "explanation shows the equation and the numbers behind it."))
ui.explain(_(
    "The questions are made from templates: a gate's value at a step, what C becomes when f ≈ 1 and i ≈ 0, "
    "h against C, which part of W·z + b pushes a gate, what temperature does, which symbol the model expects "
    "next. Each template picks its step and unit at random from the run (seeded by the question set), so "
    "another model, another text or another question set gives other numbers. Your first answer counts; "
    "testing yourself like this helps you remember more than reading again (Roediger & Karpicke, 2006)."))
ui.show_source(lstm.quiz.make_quiz, lstm.quiz_templates.keep)


def new_set():
    st.session_state["quiz.seed"] = int(st.session_state.get("quiz.seed", 0)) + 1


left, right = st.columns([1, 2], vertical_alignment="bottom")
seed = left.number_input(_("Question set"), 0, 1_000_000, step=1, key="quiz.seed",
                         help=_("Each number gives other steps and units to ask about."))
right.button(_("New questions"), key="quiz.new", on_click=new_set, icon=":material/refresh:")

qs = ui.quiz.questions(ctx.key, ctx.text, int(seed), ctx.model.layer_params(ctx.model.L), ctx.trace,
                       ctx.model.vocab)      # the drawn layer's weights: a stacked model's top layer
if not qs:
    st.info(_("No question can be made from this run: try a longer text or another model."))
    st.stop()
right_n, answered = ui.quiz.render(qs, ui.quiz.quiz_id(ctx.key, ctx.text, int(seed)), ctx.key, ctx.text, int(seed))
st.subheader(quiz_score(right_n, answered, len(qs), tr=ui.translator()))
if answered == len(qs):
    st.success(_("All answered. The report below includes your score and your answers."))
report_download_button(ctx.model, ctx.meta, ctx.label, key="quiz.report", model_key=ctx.key, deferred=True)
st.caption(ui.md_escape(ctx.caption))
