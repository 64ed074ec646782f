"""Training time-lapse: the parameters saved during a training run (≤ 20 snapshots), one at a time.

Uses the Training page's run (session key "train.trainer") when there is one, else trains its own small run
("lapse.trainer"). A slider picks a snapshot: gate and cell heatmaps, a greedy sample and the loss curve at it.
"""
import time

import numpy as np
import pandas as pd
import streamlit as st

import ui
from charts.report import SHOWN, loss_curve, state_heatmap
from lstm.model import create
from lstm.sample import sample_text
from lstm.symbols import visible_text
from lstm.train import TrainConfig, Trainer
from lstm import VocabularyError
from ui import _, models

ctx = ui.page_setup(__file__)
MAX_STEPS = 200          # heatmaps show the first MAX_STEPS symbols of the training text
TRAIN_SECONDS = 60       # an own run stops after this much training time
SAMPLE_LENGTH = 120
NAMES = {"f": _("forget gate f"), "i": _("input gate i"), "o": _("output gate o"), "c": _("cell state C"),
         "h": _("hidden state h"), "u": _("update gate u"), "r": _("reset gate r")}

st.title(_("Training time-lapse"))
st.markdown(_(
    "While a model trains, up to 20 copies of its parameters are kept, spread over the run. Slide through "
    "them to watch the gates organise as the loss falls: at the start every gate sits near 0.5 and the sample "
    "is noise; by the end the gates open and close at particular characters and the model recites its text."))
ui.explain(_(
    "Each snapshot is the complete set of weights at one iteration of training. For the chosen snapshot the "
    "page runs that model over the training text and draws the forget, input and output gates and the cell "
    "state C (units × characters), the greedy sample (always the most likely next character, starting from the "
    "text's first character), and a diamond on the loss curve where the snapshot was taken."))


def own_run():
    """Controls and button for a small run of this page's own on the current text."""
    st.info(_("No training run in this session yet (the Training page keeps one): train a small one here."))
    preset = st.selectbox(_("Preset"), ["fast", "course"], key="lapse.preset",
                          format_func={"fast": _("fast (Adam, whole-text BPTT, H = 64)"),
                                       "course": _("course (AdaGrad, 25-symbol windows, H = 20)")}.get)
    iters = st.number_input(_("Iterations at most"), 10, 5000, 300, step=10, key="lapse.iters")
    if st.button(_("Train"), key="lapse.train", type="primary"):
        train(preset, int(iters))


def train(preset, iters):
    """Train in short slices (so the page stays responsive), keeping the trainer in the session."""
    try:
        trainer = Trainer(ctx.text, TrainConfig.from_preset(preset, max_iters=iters, sample_every=0))
    except (ValueError, VocabularyError) as err:
        st.error(_("Cannot train on this text: ") + ui.md_escape(ui.message(err)))
        return
    bar, start = st.progress(0.0, text=_("Training…")), time.perf_counter()
    while not trainer.done and time.perf_counter() - start < TRAIN_SECONDS:
        trainer.run(max_seconds=0.25)
        bar.progress(min(trainer.iteration / iters, 1.0),
                     text=_("Iteration {n}, smooth loss {loss:.3f}").format(n=trainer.iteration, loss=trainer.smooth_loss))
    if not trainer.done:
        st.info(_("Stopped after {s} s of training: the snapshots cover the run so far.").format(s=TRAIN_SECONDS))
    st.session_state["lapse.trainer"] = trainer


@st.cache_data(max_entries=64, show_spinner=False)
def snapshot_view(key, text, _model):
    """The snapshot model's trace over the text's first MAX_STEPS symbols, and its greedy sample."""
    trace = _model.run(_model.encode(text)[:MAX_STEPS])
    return trace, sample_text(_model, trace.inputs[:1], SAMPLE_LENGTH, temperature=0)


trainer = st.session_state.get("train.trainer")
if trainer is not None and trainer.snapshots:
    st.caption(_("Showing the run from the Training page."))
else:
    trainer = st.session_state.get("lapse.trainer")
    own_run()
    trainer = st.session_state.get("lapse.trainer", trainer)
if trainer is None:
    st.stop()

snaps = trainer.snapshots
snapshot_label = _("{k} of {n}: iteration {it}")      # translated in the run: format_func may be called after it
k = st.select_slider(_("Snapshot (iteration)"), list(range(len(snaps))), value=len(snaps) - 1, key="lapse.snapshot",
                     format_func=lambda j: snapshot_label.format(k=j + 1, n=len(snaps), it=snaps[j][0]))
iteration, smooth, theta = snaps[k]
model = create(trainer.vocab, trainer.model.config, theta.copy())
trace, greedy = snapshot_view(models.fingerprint(model), trainer.text, model)
caption = _("Snapshot at iteration {it} of a {preset} run · smooth loss {loss:.3f}").format(
    it=iteration, preset=trainer.config.preset, loss=smooth) + "\n" + ctx.caption

st.metric(_("Smooth loss at this snapshot (per 25 symbols)"), f"{smooth:.3f}")
st.markdown("**" + _("Greedy sample at this snapshot") + "**")
st.code(visible_text(trainer.vocab.decode(trace.inputs[:1]) + greedy), language=None)

history = trainer.history
ui.figure(loss_curve(history, trainer.config.target, marker=(iteration, smooth),
                     title=_("Training loss, with the snapshot marked"), tr=ui.translator()),
          "lapse-loss", pd.DataFrame({k_: np.asarray(v) for k_, v in history.items()}), caption, key="lapse.loss")

shown = SHOWN[trace.kind]
for tab, q in zip(st.tabs([NAMES[q] for q in shown]), shown):
    with tab:
        values = trace.get(q)
        df = pd.DataFrame({"step": np.repeat(np.arange(trace.T), trace.H), "char": np.repeat(trace.tokens, trace.H),
                           "unit": np.tile(np.arange(trace.H), trace.T), q: values.ravel()})
        title = _("{name} at iteration {it}").format(name=NAMES[q], it=iteration)
        ui.figure(state_heatmap(trace.tokens, values, q, title=title, tr=ui.translator()), f"lapse-{q}-it{iteration}", df, caption,
                  key=f"lapse.heat.{q}")
