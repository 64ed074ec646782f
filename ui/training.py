"""Streamlit side of the Training page: settings in session state, Train / Step / Reset / Stop, the slice.

The Trainer lives in st.session_state["train.trainer"] (per session, never in a cache). While
st.session_state["train.active"] is True the page's fragment trains one ~0.25 s slice per rerun;
Stop is an on_click callback, so it acts before the next slice. Every finished run is published
as the session model ("ui.session_model"), which the shared sidebar offers on every page.
"""
import threading

import numpy as np
import streamlit as st
from streamlit.runtime.scriptrunner import get_script_run_ctx

from lstm import VocabularyError, checkpoint
from lstm.book import trainer_for
from lstm.text import MAX_TEXT_CHARS, read_text
from lstm.train import DEFAULT_TEXT, TrainConfig, Trainer

from . import models
from .i18n import N_, _, keep

TRAINER, ACTIVE, PUBLISHED = "train.trainer", "train.active", "train.published"
TEXT, UPLOAD, UPLOAD_ERROR, PRESET = "train.text", "train.upload", "train.upload_error", "train.preset"
ERROR, STEP_N, LOCK = "train.error", "train.step_n", "train.lock"
BOOK_TEXT = models.ASSETS / "texts" / "wonderland.txt"   # what the book preset reads first
START, BASE = "train.start_from", "train.base"   # "new" | "sidebar"; (model, meta) of the sidebar's imported model
SLICE_SECONDS = 0.25        # training time per rerun of the live fragment (Stop waits at most this)
RUN_EVERY = 0.3             # seconds between the fragment's reruns while a run is active
# widget key -> (TrainConfig field, lowest, highest): the page's widgets take their bounds from here (bounds())
SETTINGS = {"train.hidden": ("hidden", 1, 512), "train.seq_len": ("seq_len", 1, 10_000),
            "train.lr": ("lr", 0.0, 10.0), "train.optimizer": ("optimizer", None, None),
            "train.clip": ("clip", 0.0, 100.0), "train.seed": ("seed", 0, 2 ** 31 - 1),
            "train.max_iters": ("max_iters", 1, 1_000_000), "train.criterion": ("criterion", None, None)}

STEP_N_BOUNDS = (1, 10_000)  # iterations per press of Step


def bounds(key):
    """(lowest, highest) of the Training page's number input `key` (a SETTINGS or BOOK_SETTINGS key)."""
    return (SETTINGS | BOOK_SETTINGS)[key][1:]


# the book preset's extra settings (ui.book_training draws them), same form
BOOK_SETTINGS = {"train.batch": ("batch", 1, 256), "train.layers": ("layers", 1, 3),
                 "train.dropout": ("dropout", 0.0, 0.9), "train.minutes": ("minutes", 0.0, 120.0),
                 "train.val_fraction": ("val_fraction", 0.0, 0.49)}


# widget values kept when the student visits another page (Streamlit drops unrendered widgets' state)
KEPT_KEYS = (TEXT, PRESET, STEP_N) + tuple(SETTINGS) + tuple(BOOK_SETTINGS)


def _lock():
    """The session's training lock. Measured in 1.67: a Stop click's callback can run in a new script
    thread while the old fragment thread is still inside trainer.run (pure NumPy is not interrupted),
    so every call that changes the trainer holds this lock."""
    return st.session_state.setdefault(LOCK, threading.Lock())


def init_settings():
    """Defaults on a first visit: the default text and the fast preset's values."""
    st.session_state.setdefault(TEXT, DEFAULT_TEXT)
    st.session_state.setdefault(STEP_N, 1)
    if PRESET not in st.session_state:
        st.session_state[PRESET] = "fast"
        apply_preset()


def apply_preset():
    """on_change of the preset box: copy the preset's values into the hyperparameter widgets."""
    cfg = TrainConfig.from_preset(st.session_state[PRESET])
    for key, (field, _low, _high) in (SETTINGS | BOOK_SETTINGS).items():
        st.session_state[key] = getattr(cfg, field)
    if cfg.criterion == "validation" and st.session_state.get(TEXT) == DEFAULT_TEXT and BOOK_TEXT.exists():
        st.session_state[TEXT] = BOOK_TEXT.read_text(encoding="utf-8")      # a book preset reads a book


def config_from_settings():
    """The TrainConfig the widgets describe; ValueError (TrainConfig's message) if a value is refused."""
    changes = {field: st.session_state[key] for key, (field, _low, _high) in (SETTINGS | BOOK_SETTINGS).items()}
    return TrainConfig.from_preset(st.session_state[PRESET], **changes)


def decode_upload(data, name=None):
    """Text of an uploaded .txt file as lstm.text.read_text makes it (BOM, line ends, NFC); lstm.text.TextError
    (show it with ui.message) if it is not UTF-8, longer than the limit or empty: an upload never replaces
    a text with nothing. name: the file's name, for the message."""
    return read_text(data, name=name, allow_empty=False)


def on_upload():
    """on_change of the uploader: a good file replaces the text box's text, a bad (or empty) one leaves a
    message (ui.i18n.Kept: shown in the language of the moment) and the text as it was."""
    upload = st.session_state.get(UPLOAD)
    st.session_state[UPLOAD_ERROR] = None
    if upload is None:
        return
    try:
        st.session_state[TEXT] = decode_upload(upload.getvalue(), upload.name)
    except ValueError as err:
        st.session_state[UPLOAD_ERROR] = keep(err, suffix=N_("The text box keeps its text."))


def offer_fine_tuning(model, meta):
    """Called by the page with the sidebar's model: an imported one (meta "source") can be fine-tuned."""
    if isinstance(meta.get("source"), dict):
        st.session_state[BASE] = (model, meta)
        return True
    st.session_state.pop(BASE, None)
    st.session_state[START] = "new"
    return False


def on_start_from():
    """on_change of "Start from": fine-tuning trains on the imported model's own training text."""
    base = st.session_state.get(BASE)
    if st.session_state.get(START) == "sidebar" and base and base[1].get("text"):
        st.session_state[TEXT] = base[1]["text"][:MAX_TEXT_CHARS]


def _base():
    """(model, source) to fine-tune, or (None, None) for a new model from the settings."""
    base = st.session_state.get(BASE)
    if st.session_state.get(START) == "sidebar" and base is not None:
        return base[0], base[1]["source"]
    return None, None


def _trainer_for(text, cfg):
    """The current trainer if it can go on with these settings, else a new one (may raise ValueError)."""
    held = st.session_state.get(TRAINER)
    model, source = _base()
    if (held is not None and not held.done and held.text == text and held.config == cfg
            and getattr(held, "base", None) is model):
        return held
    return _new_trainer(text, cfg, model, source)


def _new_trainer(text, cfg, model=None, source=None):
    """A book trainer for the validation criterion (a new model: nothing to fine-tune), else a Trainer."""
    if cfg.criterion == "validation":
        return trainer_for(text, cfg)
    return Trainer(text, cfg, model=model, source=source)


def start(text, cfg):
    """Train: continue the current run (same settings, not finished) or start a new one, live."""
    st.session_state[TRAINER] = _trainer_for(text, cfg)
    st.session_state[ACTIVE] = True


def step(text, cfg, n):
    """Step: exactly n iterations now (fewer only if the run ends on the way)."""
    trainer = _trainer_for(text, cfg)
    with _lock():
        trainer.step(n)
        st.session_state[TRAINER] = trainer
        if trainer.done:
            finish(trainer)


def reset(text, cfg):
    """Reset: a new trainer with the current run's text, config and starting model (none yet: the settings')
    -> same θ₀ (a fine-tuned model starts again from the imported weights)."""
    held = st.session_state.get(TRAINER)
    if held is not None:
        st.session_state[TRAINER] = _new_trainer(held.text, held.config, getattr(held, "base", None),
                                                 getattr(held, "source", None))
    else:
        st.session_state[TRAINER] = _new_trainer(text, cfg, *_base())
    st.session_state[ACTIVE] = False


def on_button(action):
    """on_click of Train / Step / Reset: act before the page is drawn, so the buttons show the new state.

    A refused text or setting leaves st.session_state["train.error"] (shown by the page) and the
    current trainer untouched.
    """
    st.session_state[ERROR] = None
    try:
        cfg, text = config_from_settings(), read_text(st.session_state[TEXT])   # what the Trainer reads
        if action == "train":
            start(text, cfg)
        elif action == "step":
            step(text, cfg, int(st.session_state.get(STEP_N, 1)))
        else:
            reset(text, cfg)
    except (ValueError, VocabularyError) as err:      # VocabularyError is a ValueError; named for readers
        st.session_state[ERROR] = keep(err, N_("Cannot train on this: "))


def stop():
    """on_click of Stop: end the active run now, keeping the parameters trained so far."""
    trainer = st.session_state.get(TRAINER)
    if trainer is not None and st.session_state.get(ACTIVE):
        trainer.stop()               # a flag: a slice running in another thread ends after its iteration
        st.session_state[ACTIVE] = False                # that slice then leaves the finishing to us
        with _lock():                # ... and releases the lock
            trainer.step(1)          # lets the trainer record the stop (no update is made)
            finish(trainer)


def train_slice():
    """One slice of the active run; True if the run ended in it (the page then reruns in full)."""
    trainer = st.session_state.get(TRAINER)
    if trainer is None or not st.session_state.get(ACTIVE):
        return False
    with _lock():
        trainer.run(max_seconds=SLICE_SECONDS)
        if trainer.done and st.session_state.get(ACTIVE):
            finish(trainer)
            return True
    return False


def idle_fragment_run():
    """True when the live fragment runs alone while no run is active: a timer tick left over from the run
    that just ended (or a click inside the fragment). Seen in 1.67 with five sessions training at once:
    such a tick landing right after the page's full rerun made the browser drop that rerun's elements
    outside the fragment (the Finished alert, the recitation, the downloads) — its stale-element clean-up
    ran under the later fragment run's id (cf. streamlit#16708). The page then redraws in full instead."""
    ctx = get_script_run_ctx()
    return bool(ctx and ctx.fragment_ids_this_run) and not st.session_state.get(ACTIVE, False)


def finish(trainer):
    st.session_state[ACTIVE] = False
    publish(trainer)


def publish(trainer):
    """Offer a frozen copy of the trained model on every page (sidebar: "Trained in this session")."""
    meta = trainer.checkpoint_metadata()
    st.session_state[models.SESSION_MODEL_KEY] = (models.freeze(trainer.model.copy()), meta)
    st.session_state["ui.model"] = "session"
    st.session_state[PUBLISHED] = (id(trainer), trainer.iteration)


def run_caption(trainer):
    """The caption of this page's own figures and CSVs: the model being trained here, with its text and
    iteration count; the sidebar's model (ctx.caption) is another model until the run is published."""
    from .setup import Context                          # here, not at the top: ui.setup imports this module
    meta = {"summary": {"iterations": trainer.iteration, "criterion": trainer.config.criterion},
            "train_config": {"seed": trainer.config.seed}}
    return Context(trainer.model, meta, _("Trained on this page"), trainer.text, None, "").caption


def checkpoint_bytes(trainer):
    """The trainer's model and metadata as .npz bytes for a download button (None if unsavable)."""
    try:
        return models.checkpoint_bytes(trainer.model, trainer.checkpoint_metadata())
    except (checkpoint.CheckpointError, ValueError, VocabularyError):
        return None


def tracked_loss(trainer):
    """The loss the run's criterion watches: exact whole-text loss or the smooth loss."""
    history = trainer.history
    key = "exact_loss" if trainer.config.criterion == "exact" else "smooth_loss"
    return history["iteration"], history[key], history["seconds"]


def first_finite(values):
    finite = np.asarray(values, dtype=np.float64)
    finite = finite[np.isfinite(finite)]
    return float(finite[0]) if len(finite) else float("nan")


def downloads(trainer):
    """The run's checkpoint download and "use this model on the other pages" (both kinds of run)."""
    data = checkpoint_bytes(trainer)
    d1, d2 = st.columns(2)
    if data is not None:
        d1.download_button(_("Download the checkpoint (.npz)"), data, file_name="lstm-trained.npz",
                           mime="application/octet-stream", key="train_download", on_click="ignore")
    if d2.button(_("Use this model on the other pages"), key="train_use"):
        publish(trainer)
        st.rerun()
    if st.session_state.get(PUBLISHED) == (id(trainer), trainer.iteration):
        st.caption(_("This model is selected in the sidebar as “Trained in this session”."))
