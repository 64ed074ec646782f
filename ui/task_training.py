"""Shared Streamlit side of the task pages (names, words, melody): train a Trainer in short slices
under a progress bar, and publish the result as the session model so the Gates / Cell state /
Encodings pages draw it. Used by pages 12, 13 and 15.
"""
import streamlit as st

from . import models
from .i18n import _

SLICE_SECONDS = 0.25


def train_with_progress(trainer, label):
    """Train until the trainer is done (criterion or its max_iters), drawing progress after each slice."""
    bar = st.progress(0.0, text=label)
    total = trainer.config.max_iters
    while not trainer.done:
        trainer.run(SLICE_SECONDS)
        p = trainer.progress()
        bar.progress(min(p.iteration / total, 1.0),
                     text=_("{label}: {it} of at most {total} updates, loss {loss:.3f}").format(
                         label=label, it=p.iteration, total=total, loss=p.loss))
    bar.empty()
    return trainer


def publish(trainer, mode):
    """Make a copy of the trained model the sidebar's "Trained in this session" model."""
    trainer.mode = mode                             # how its checkpoint is sampled (lstm.usage)
    meta = trainer.checkpoint_metadata()
    st.session_state[models.SESSION_MODEL_KEY] = (trainer.model.copy(), meta)
    st.session_state["ui.model"] = "session"


def history_curve(trainer_history, column="loss"):
    """(iteration, loss per symbol) of a Trainer history: a loss per 25-symbol window / 25.  column "loss"
    (the iteration's window; a shorter last window of a pass dips) or "exact_loss" (whole text, NaN where
    not evaluated)."""
    return trainer_history["iteration"], trainer_history[column] / 25.0
