"""The Training page's `book` preset: a whole book trained by lstm.book.BookTrainer, in slices as every run.

Its extra settings (streams, layers, dropout, minutes, validation fraction), its live view (validation loss in
nats and bits per character, the curve, the ETA, samples) and its result. Stop (ui.training.stop) ends the run
with the best validated weights, which BookTrainer keeps whenever it ends. ui.training drives both trainers.
"""
import math

import streamlit as st

from charts.validation import validation_curve
from lstm.symbols import visible_text

from .i18n import _, message, translator
from .training import BOOK_TEXT, bounds
from .widgets import figure

LN2 = math.log(2.0)


def is_book(trainer_or_config):
    """True for a BookTrainer or a config it trains (criterion "validation")."""
    config = getattr(trainer_or_config, "config", trainer_or_config)
    return getattr(config, "criterion", None) == "validation"


def settings(columns):
    """The book preset's extra number boxes, in the page's four columns."""
    c1, c2, c3, c4 = columns
    c1.number_input(_("Streams per batch B"), *bounds("train.batch"), step=1, key="train.batch",
                    help=_("B contiguous pieces of the text trained side by side (char-rnn batching)."))
    c2.number_input(_("LSTM layers"), *bounds("train.layers"), step=1, key="train.layers")
    c3.number_input(_("Dropout between layers"), *bounds("train.dropout"), step=0.05, key="train.dropout")
    c4.number_input(_("Minutes (0 = no limit)"), *bounds("train.minutes"), step=1.0, key="train.minutes")
    c1.number_input(_("Validation: the last fraction of the text"), *bounds("train.val_fraction"), step=0.01, key="train.val_fraction")
    st.caption(_("**validation**: the last part of the text is never trained on; every few iterations the model "
                 "is scored on it (loss in nats and bits per character), and the run keeps the weights with the "
                 "best score, also when you press Stop. It ends at the time limit or the maximum iterations."))


def offer_book_text(text_key):
    """A button that puts the whole of Alice's Adventures in Wonderland into the training text."""
    if BOOK_TEXT.exists() and st.button(_("Use the whole of Alice's Adventures in Wonderland"), key="train.use_book"):
        st.session_state[text_key] = BOOK_TEXT.read_text(encoding="utf-8")
        st.rerun()


def nats_and_bits(nats):
    return _("{n:.3f} nats/char ({b:.3f} bits/char)").format(n=nats, b=nats / LN2) if math.isfinite(nats) else "—"


def live(trainer, caption):
    """Progress, ETA, the validation curve and the latest samples of a BookTrainer."""
    p = trainer.progress()
    limit = trainer.config.minutes * 60
    done = min(1.0, p.seconds / limit) if limit else min(1.0, (p.iteration - trainer.start_iteration) /
                                                               trainer.config.max_iters)
    st.progress(done, text=_("Iteration {it} · epoch {ep:.2f} · best validation loss {best} · {sec:.1f} s").format(
        it=p.iteration, ep=p.epoch, best=nats_and_bits(p.best_val_loss), sec=p.seconds))
    if not trainer.done and math.isfinite(p.eta_seconds):
        st.caption(_("About {s:.0f} s left (the time limit or the maximum iterations, at this pace).").format(
            s=p.eta_seconds))
    history, validation = trainer.history, trainer.validation
    figure(validation_curve(history, validation, title=_("Loss per character: training and validation"), tr=translator()),
           "book-validation", {k: v for k, v in validation.items()}, caption, key="train.validation")
    for iteration, sample in trainer.samples[-3:][::-1]:
        st.caption(_("Sample at iteration {it} (temperature 1):").format(it=iteration))
        st.code(visible_text(sample), language=None, wrap_lines=True)


def result(trainer):
    """The finished (or paused) book run: which weights the model holds and why it ended."""
    s = trainer.summary()
    kept = _("The model keeps the weights of iteration {best}, the best validation loss: {loss} "
             "(training part {train}; a unigram model would get {uni}).").format(
        best=s["best_iteration"], loss=nats_and_bits(s["val_loss"]), train=nats_and_bits(s["train_loss"]),
        uni=nats_and_bits(s["unigram_val_loss"]))
    why = {"stopped": _("Stopped by you after {it} iterations ({sec:.0f} s)."),
           "time": _("Stopped at the time limit after {it} iterations ({sec:.0f} s)."),
           "max_iters": _("Stopped at the maximum number of iterations ({it}, {sec:.0f} s)."),
           "reached": _("The target was reached after {it} iterations ({sec:.0f} s).")}
    if not trainer.done:
        st.info(_("Paused after {it} iterations ({sec:.0f} s). Press Train to go on.").format(
            it=s["iterations"], sec=s["seconds"]) + " " + kept)
    elif trainer.stop_reason in why:
        st.success(why[trainer.stop_reason].format(it=s["iterations"], sec=s["seconds"]) + " " + kept)
    else:
        st.warning(_("Training stopped: ") + message(trainer.stop_reason) + " " + kept)
