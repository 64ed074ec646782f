"""Gradients through time page: how far back the loss at step T reaches in a vanilla RNN, an LSTM and
a GRU (‖∂L_T/∂h_t‖, ‖∂L_T/∂C_t‖ against T − t, log scale), and the three trained with the same budget.

Computations in lstm.compare (fresh models, training with the same budget) and lstm.analysis (BPTT via
Model.backward(record=True)), figures in charts.gradients. The finished run (an lstm.compare.SameBudget) is kept
in st.session_state["grad.results"]. With "Predict before you see" on, the student first marks where the RNN's
and the LSTM's gradients vanish (ui.guesses).
"""
import numpy as np
import pandas as pd
import streamlit as st

import ui
import ui.guesses
import ui.predict
from charts import gradients as charts
from lstm import VocabularyError, analysis, compare
from ui import _

ctx = ui.page_setup(__file__)
predict_on = ui.predict.mode_on()

MAX_STEPS = 200                 # longest slice of the text the comparison runs on
BUDGETS = [100, 300, 1000, 1500, 3000]   # iterations per model; 1500 ≈ 5 s for all three here
RESULTS_KEY = "grad.results"


@st.cache_data(max_entries=32, show_spinner=False)
def fresh_curves(text, hidden, seed, init_std, forget_bias):
    """Gradient norms of freshly initialised RNN, LSTM and GRU (same seed, init scale, H) on text."""
    return compare.fresh_gradient_norms(text, hidden, seed, init_std, forget_bias)


@st.cache_data(max_entries=16, show_spinner=False)
def selected_curve(key, indices, _model):
    """Gradient norms of the sidebar's model on the first symbols of its text (cached by fingerprint)."""
    return analysis.gradient_norms_through_time(_model, np.asarray(indices))


def kind_label(kind):
    return {"rnn": _("RNN"), "lstm": _("LSTM"), "gru": _("GRU")}[kind]


def show_norms(curves, name, key, title, revealed=None):
    """The gradient-norm figure of `curves` (label -> result) with its CSV; the student's guessed distances
    drawn over it when `revealed` (ui.guesses.distance_round's result)."""
    df = pd.DataFrame(charts.norms_table(curves))
    fig = charts.gradient_norms_figure(curves, title=title, tr=ui.translator())
    if revealed:
        ui.guesses.draw_guesses(fig, revealed)
    ui.figure(fig, name, df, ctx.caption, key=key)


def show_training(results):
    """The loss curves and summary of a finished side-by-side run (an lstm.compare.SameBudget)."""
    runs = results.runs
    st.caption(_("Trained on the first {n} characters, H = {H}, seed {seed}, init std {std}, "
                 "{iters} iterations each (course preset: AdaGrad, lr 0.1, 25-symbol windows).").format(
                     n=len(results.text), H=results.hidden, seed=results.seed,
                     std=results.init_std, iters=results.iters))
    histories = {kind_label(k): r.history for k, r in runs.items()}
    rows = [(label, h["iteration"][i], h["loss"][i], h["exact_loss"][i])
            for label, h in histories.items() for i in range(len(h["iteration"]))]
    df = pd.DataFrame(rows, columns=["model", "iteration", "loss", "whole_text_loss"])
    ui.figure(charts.loss_curves_figure(histories, title=_("Same text, same budget: loss while training"), tr=ui.translator()),
              "training-comparison", df, ctx.caption, key="grad.loss_fig")
    summary = pd.DataFrame({_("model"): list(histories),
                            _("whole-text loss per 25 symbols"): [r.exact_loss for r in runs.values()],
                            _("smooth loss (course EMA)"): [r.history["smooth_loss"][-1] for r in runs.values()],
                            _("seconds"): [r.seconds for r in runs.values()]})
    st.dataframe(summary, hide_index=True)
    show_norms({_("{kind} after training").format(kind=kind_label(k)): r.gradients for k, r in runs.items()},
               "gradients-after-training", "grad.trained_fig",
               _("After training: ‖∂L_T/∂h_t‖ against T − t"))


st.title(_("Gradients through time"))
st.markdown(_("Training changes a weight by how much the loss depends on it. For the loss at the last step T, "
              "that dependence must travel back through every step in between — and at each step it is "
              "multiplied by a factor. Below one, the product shrinks exponentially: the **vanishing gradient**. "
              "The LSTM's cell state C has a shortcut: backwards through C, each step only multiplies by the "
              "forget gate f."))
ui.explain(_("Each line shows how strongly the loss at the last step, L_T = −ln y_T[target], reacts to the "
             "hidden state h_t (solid) or the LSTM's cell state C_t (dashed) of an earlier step t, as a "
             "function of how many steps back that is (T − t). The y axis is logarithmic: a straight falling "
             "line means the gradient shrinks by the same factor every step. Freshly initialised models all "
             "forget fast; a forget-gate bias of 1 (f ≈ 0.73 instead of 0.5) already lets the LSTM's C carry "
             "gradient much further, and a trained LSTM can learn to keep f close to 1 where it matters."))

text = ctx.text[:MAX_STEPS]
col1, col2, col3, col4 = st.columns(4)
hidden = col1.select_slider(_("Hidden size H"), [4, 8, 16, 20, 32, 64], value=20, key="grad.hidden")
seed = col2.number_input(_("Seed"), min_value=0, max_value=2 ** 31 - 1, value=0, step=1, key="grad.seed")
init_std = col3.select_slider(_("Initial weight std"), [0.01, 0.05, 0.1, 0.2, 0.5, 1.0, 2.0], value=0.1,
                              key="grad.init_std")
forget_bias = col4.select_slider(_("LSTM forget-gate bias b_f"), [0.0, 0.5, 1.0, 2.0, 3.0], value=0.0,
                                 key="grad.forget_bias")
if len(ctx.text) > MAX_STEPS:
    st.info(_("Using the first {n} characters of the text.").format(n=MAX_STEPS))

try:
    curves = fresh_curves(text, hidden, int(seed), init_std, forget_bias)
except (VocabularyError, ValueError) as err:
    st.warning(_("These gradients cannot be computed for this text: ") + ui.message(err))
    st.stop()
shown = {_("{kind} (fresh)").format(kind=kind_label(k)): c for k, c in curves.items()}
revealed = None
if predict_on:
    st.markdown(_("**Predict first.** For the fresh RNN and LSTM below (same H, seed and initial weights), how "
                  "many steps back does the gradient of the last step's loss shrink to 1/1000 of its size?"))
    rid = ui.predict.round_id("gradients", text, hidden, int(seed), init_std, forget_bias)
    revealed = ui.guesses.distance_round(rid, curves, {"rnn": _("RNN (fresh): ‖∂L_T/∂h_t‖"),
                                                       "lstm": _("LSTM (fresh): ‖∂L_T/∂C_t‖")})
if not predict_on or revealed:
    if ctx.model.kind == "lstm" and len(ctx.trace.inputs) >= 2:
        shown[_("LSTM (selected model)")] = selected_curve(ctx.key, tuple(ctx.trace.inputs[:MAX_STEPS].tolist()),
                                                          ctx.model)
    show_norms(shown, "gradients-through-time", "grad.norms_fig", _("How far back does the loss reach? "
                                                                    "‖∂L_T/∂h_t‖ against T − t"), revealed)

st.subheader(_("Train all three with the same budget"))
st.markdown(_("Same text, same H, seed and initial weights, the same number of iterations each with the "
              "course preset. Which one learns the text fastest?"))
iters = st.select_slider(_("Iterations per model"), BUDGETS, value=1500, key="grad.iters")
if st.button(_("Train RNN, LSTM and GRU"), key="grad.train"):
    bar = st.progress(0.0, text=_("Training three models ({n} iterations each)…").format(n=iters))
    try:
        st.session_state[RESULTS_KEY] = compare.train_same_budget(
            text, hidden, int(seed), init_std, iters, lambda fraction, kind: bar.progress(
                min(fraction, 1.0), text=_("Training {kind}: {pct:.0%} of the three runs").format(
                    kind=kind_label(kind), pct=fraction)))
    except (VocabularyError, ValueError) as err:
        st.warning(_("Training is not possible on this text: ") + ui.message(err))
    bar.empty()
if st.session_state.get(RESULTS_KEY):
    show_training(st.session_state[RESULTS_KEY])
else:
    st.info(_("Press the button to train (a few seconds)."))
ui.show_source(analysis.gradient_norms_through_time, type(ctx.model).backward, compare.train_same_budget)
