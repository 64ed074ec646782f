"""Training page: train an LSTM on a text until its loss is below 0.1, live, and keep the model.

Settings -> Train / Stop / Step / Reset -> a fragment that trains ~0.25 s per rerun and redraws the
progress, loss curve, ETA and samples -> at the end the result, the recitation and the checkpoint.
The run itself lives in st.session_state (ui.training); the maths in lstm.train and lstm.eta.
"""
import streamlit as st

import ui
from charts.training import loss_curve, recitation_figure
from lstm.eta import REASONS, Eta, NoEta, estimate, progress
from lstm.symbols import visible_text
from lstm.train import MAX_TEXT_CHARS
from ui import _
from ui import models
from ui import book_training as book
from ui import training as tr

MAX_RECITE = 2000           # symbols of a long text recited and drawn (a whole 1 MB text would take minutes)

ctx = ui.page_setup(__file__)
tr.init_settings()

st.title(_("Train an LSTM until the loss is below 0.1"))
st.markdown(_(
    "Pick a text and the settings, press **Train**, and watch the loss fall. The model reads the text, "
    "predicts every next symbol, and after each pass of backpropagation through time the optimizer "
    "nudges the weights. **Step** trains a fixed number of iterations; **Reset** goes back to the same "
    "starting weights (same seed), so a run can be replayed exactly. This page's text is its own: the "
    "sidebar's text only chooses what the other pages show."))
ui.explain(_(
    "- **Loss** is the cross-entropy of the model's predictions, summed over a window of 25 symbols: "
    "how surprised the model is by the true next symbols. 0 would mean certain and always right.\n"
    "- **Smooth loss** is the course's running average: `0.999·smooth + 0.001·loss`.\n"
    "- **Exact loss** runs the whole text once from a zero state and reports the mean loss per "
    "symbol × 25, so it is comparable with the others.\n"
    "- The dashed red line is the target 0.1. The y axis is logarithmic: equal steps are equal ratios.\n"
    "- **Recitation**: the model gets the first symbol only and must produce the rest, always taking "
    "its most likely next symbol. Green symbols are right, red ones wrong."))

if tr.offer_fine_tuning(ctx.model, ctx.meta):       # the sidebar holds a Keras / PyTorch model
    st.radio(_("Start from"), ["new", "sidebar"], key=tr.START, on_change=tr.on_start_from, horizontal=True,
             format_func={"new": _("a new model with the settings below"),
                          "sidebar": _("the sidebar's model: {line} (fine-tune it)").format(
                              line=ui.md_escape(models.describe(ctx.model, ctx.meta)))}.get)
    if st.session_state.get(tr.START) == "sidebar":
        st.caption(_("Fine-tuning keeps the model's architecture and vocabulary (hidden units, layers, input) and "
                     "trains it on a text of its symbols; the optimizer, learning rate, window, clipping and "
                     "stopping rule below apply. The result can be downloaded as this app's .npz checkpoint."))

st.subheader(_("Text"))
st.text_area(_("Training text"), key=tr.TEXT, height=120, max_chars=MAX_TEXT_CHARS)
st.file_uploader(_("…or upload a .txt file (UTF-8)"), type=["txt"], key=tr.UPLOAD, on_change=tr.on_upload)
if st.session_state.get(tr.UPLOAD_ERROR):
    st.error(st.session_state[tr.UPLOAD_ERROR].text())
text = st.session_state[tr.TEXT]

st.subheader(_("Settings"))
st.selectbox(_("Preset"), ["fast", "course", "book"], key=tr.PRESET, on_change=tr.apply_preset,
             format_func={"fast": _("fast — reaches the exact criterion in under a second"),
                          "course": _("course — the assignment's loop (H = 20, AdaGrad)"),
                          "book": _("book — a whole book: batches of streams, 2 layers, validation")}.get)
BOOK = st.session_state[tr.PRESET] == "book"
c1, c2, c3, c4 = st.columns(4)
c1.number_input(_("Hidden units H"), *tr.bounds("train.hidden"), step=1, key="train.hidden")
c2.number_input(_("Window (sequence length)"), *tr.bounds("train.seq_len"), step=1, key="train.seq_len")
c3.number_input(_("Learning rate"), *tr.bounds("train.lr"), step=0.01, format="%.4f", key="train.lr")
c4.selectbox(_("Optimizer"), ["adam", "adagrad", "sgd"], key="train.optimizer")
c1.number_input(_("Clip each gradient to ±(0 = off)"), *tr.bounds("train.clip"), step=0.5, key="train.clip")
c2.number_input(_("Seed"), *tr.bounds("train.seed"), step=1, key="train.seed")
c3.number_input(_("Maximum iterations"), *tr.bounds("train.max_iters"), step=100, key="train.max_iters")
if BOOK:                              # validation is the book's criterion: its own settings instead
    book.settings(st.columns(4))
    book.offer_book_text(tr.TEXT)
else:
    c4.radio(_("Stop when"), ["exact", "seed-ema"], key="train.criterion")
    st.caption(_("**exact**: the whole text, run once from a zero state, has loss < 0.1 per 25 symbols and "
                 "the model recites it without a mistake. **seed-ema**: the course's running average of the "
                 "per-window loss drops below 0.1 (weaker: it can be reached before the text is learnt)."))
try:
    cfg = tr.config_from_settings()
except ValueError as err:
    cfg = None
    st.error(_("These settings cannot be used: ") + ui.message(err))

active = st.session_state.get(tr.ACTIVE, False)
b1, b2, b3, b4, b5 = st.columns([1, 1, 1, 1.4, 1], vertical_alignment="bottom")
b1.button(_("Train"), key="train_start", type="primary", disabled=active or cfg is None,
          on_click=tr.on_button, args=("train",))
b2.button(_("Stop"), key="train_stop", on_click=tr.stop, disabled=not active)
b3.button(_("Step"), key="train_step", disabled=active or cfg is None, on_click=tr.on_button, args=("step",))
b4.number_input(_("Iterations per step"), *tr.STEP_N_BOUNDS, step=1, key=tr.STEP_N)
b5.button(_("Reset"), key="train_reset", disabled=active or cfg is None, on_click=tr.on_button, args=("reset",))
if st.session_state.get(tr.ERROR):
    st.error(st.session_state[tr.ERROR].text())


@st.fragment(run_every=tr.RUN_EVERY if active else None)
def live_training():
    """One training slice (while a run is active) and the live view of the current run."""
    trainer = st.session_state.get(tr.TRAINER)
    if trainer is None:
        st.info(_("No run yet: press Train (or Step)."))
        return
    if tr.train_slice() or tr.idle_fragment_run():
        st.rerun(scope="app")                       # the run ended: redraw the page with its results
    if book.is_book(trainer):
        book.live(trainer, tr.run_caption(trainer))
        return
    target, criterion = trainer.config.target, trainer.config.criterion
    it, watched, seconds = tr.tracked_loss(trainer)
    now = tr.first_finite(watched[::-1])
    st.progress(progress(tr.first_finite(watched), now, target), text=_(
        "Iteration {it:,} · {crit} loss {loss:.4f} (target {target:g}) · {sec:.1f} s").format(
        it=trainer.iteration, crit=criterion, loss=now, target=target, sec=trainer.seconds))
    guess = estimate(it, watched, seconds, target) if not trainer.done else None
    if isinstance(guess, Eta) and guess.iterations > 0:
        st.caption(_("Estimate: about {n:,} iterations / {s:.1f} seconds left to the target (from the "
                     "recent slope of the loss curve).").format(n=guess.iterations, s=guess.seconds))
    elif isinstance(guess, NoEta):
        st.caption(_("Estimate: none yet — {why}.").format(why=_(REASONS[guess.reason])))
    history = trainer.history
    fig = loss_curve(history, target, criterion, title=_("Training loss (per 25-symbol window)"), tr=ui.translator())
    ui.figure(fig, "training-loss", {k: v for k, v in history.items()}, tr.run_caption(trainer), key="train.loss")
    for iteration, sample in trainer.samples[-3:][::-1]:
        st.caption(_("Sample at iteration {it:,} (temperature 1):").format(it=iteration))
        st.code(visible_text(sample), language=None)


st.subheader(_("Live training"))
live_training()

trainer = st.session_state.get(tr.TRAINER)
if trainer is not None and not active and trainer.iteration > 0 and book.is_book(trainer):
    book.result(trainer)
    tr.downloads(trainer)
elif trainer is not None and not active and trainer.iteration > 0:
    details = _("{it:,} iterations, {sec:.2f} s, criterion {crit}, whole-text loss {loss:.4f} per 25 symbols").format(
        it=trainer.iteration, sec=trainer.seconds, crit=trainer.config.criterion,
        loss=trainer.exact_loss_per_window())
    if trainer.reached:
        st.success(_("Finished: the target was reached. ") + details)
    elif trainer.stop_reason == "stopped":
        st.warning(_("Stopped by you after ") + details + _(". The parameters trained so far are kept."))
    elif trainer.stop_reason == "max_iters":
        st.warning(_("Stopped at the maximum number of iterations without reaching the target: ") + details)
    elif trainer.done:
        st.warning(_("Training stopped: ") + ui.message(trainer.stop_reason) + _(". The last finite parameters are kept."))
    else:
        st.info(_("Paused after ") + details + _(". Press Train to go on or Step for more."))

    st.subheader(_("Recitation"))
    rec = trainer.recitation_head(MAX_RECITE)       # a long text: its beginning (one symbol at a time)
    if len(trainer.indices) > MAX_RECITE + 1:
        st.caption(_("Checking the first {n} characters of the training text.").format(n=MAX_RECITE))
    first = trainer.vocab.symbols[int(trainer.indices[0])]
    st.markdown(_("Correct: **{n} / {total}** symbols").format(n=rec.n_correct, total=rec.total)
                + (_(" — exact") if rec.exact else ""))
    ui.figure(recitation_figure(first, rec.expected, rec.produced, title=_("Greedy recitation"), tr=ui.translator()),
              "recitation", {"expected": rec.expected, "produced": rec.produced, "correct": rec.correct},
              tr.run_caption(trainer), key="train.recitation")

    tr.downloads(trainer)
