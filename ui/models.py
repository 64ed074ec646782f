"""Which model and text the pages show: shipped models (shared, read-only), the session's, uploads.

Shipped checkpoints are loaded once per server with st.cache_resource and frozen (their arrays
are made read-only), so no session can change what another sees; anything that trains copies.
Traces are cached by (model fingerprint, text) so a page never re-runs the model needlessly.
The Time series page publishes its trained sunspot model here too (SERIES_MODEL_KEY), and an uploaded
checkpoint may hold one: a SeriesModel reads numbers, not text, so only the pages that accept it (Gates,
Cell state, Time series) draw it.
"""
import hashlib
import io
from pathlib import Path

import numpy as np
import streamlit as st

import lstm.trace
from lstm import checkpoint, usage
from lstm.imported import describe as describe_source
from lstm.series import SeriesModel

from .i18n import N_, _

ASSETS = Path(__file__).resolve().parent.parent / "assets"
SHIPPED = {  # file stem -> label shown in the sidebar, in this order
    "variant14-fast": N_("Variant 14 sentence — fast preset (shipped)"),
    "variant14-course": N_("Variant 14 sentence — course preset (shipped)"),
    "structured": N_("Structured text: quotes, brackets, lines (shipped)"),
    "alice-char": N_("Alice in Wonderland, whole book — characters, 2 layers (shipped)"),
    "sonnets-char": N_("Shakespeare's sonnets, whole book — characters, 2 layers (shipped)"),
    "alice-word": N_("Alice in Wonderland, whole book — words (shipped)"),
}
# the shipped models that read a whole book (the others memorised one short text), with the beginning the
# Generate page offers them to finish (the course's "Shakespeare machine" finishes a line of a sonnet)
BOOK_PRIMES = {"alice-char": "Alice was beginning", "sonnets-char": "Shall I compare thee",
               "alice-word": "Alice was beginning to"}


def book_prime(choice):
    """The beginning to finish for a sidebar choice ('shipped:sonnets-char'), or None if not a book model."""
    return BOOK_PRIMES.get(str(choice).removeprefix("shipped:")) if str(choice).startswith("shipped:") else None
SESSION_MODEL_KEY = "ui.session_model"      # (model, meta) trained in this session
UPLOADED_MODEL_KEY = "ui.uploaded_model"    # (file id, name, model, meta) from an upload
# (model, meta) published by the Time series page; meta: "labels" (years, str), "values" (the scaled series
# it reads, tuple), "train_last", "train_config" (window, hidden, epochs, seed), "summary", "data" (the CSV's
# file name) — see lstm.tasks.sunspots.series_meta. An uploaded series checkpoint carries the same keys (lists).
SERIES_MODEL_KEY = "ui.series_model"


def freeze(model):
    """Make every parameter array read-only: an accidental in-place update raises instead of leaking."""
    for view in model.params.values():
        view.flags.writeable = False
    model.theta.flags.writeable = False
    return model


@st.cache_resource(show_spinner=False)
def shipped_model(stem):
    """(model, meta) of a shipped checkpoint, shared by all sessions and frozen."""
    model, meta = checkpoint.load_with_metadata(ASSETS / "models" / f"{stem}.npz")
    return freeze(model), meta


def available_shipped():
    return [s for s in SHIPPED if (ASSETS / "models" / f"{s}.npz").exists()]


def load_upload(data):
    """(model, meta) from uploaded bytes; raises checkpoint.CheckpointError with a readable message."""
    model, meta = checkpoint.load_with_metadata(io.BytesIO(data))
    return freeze(model), meta


def is_series(model):
    """True for the sunspot model (lstm.series.SeriesModel: one number per step, no vocabulary)."""
    return isinstance(model, SeriesModel)


def checkpoint_bytes(model, meta):
    """A model and its meta as the bytes of an .npz checkpoint (lstm.checkpoint.save), for a download button;
    a series model's meta must hold its labels and values (as lstm.tasks.sunspots.series_meta makes them)."""
    buffer = io.BytesIO()
    checkpoint.save(model, buffer, **meta)
    return buffer.getvalue()


def publish_series(model, meta):
    """Offer a trained series model in the sidebar (a frozen copy: the page that trained it keeps its own)."""
    st.session_state[SERIES_MODEL_KEY] = (freeze(model.copy()), meta)


def fingerprint(model):
    """A short hash of everything that defines the model's outputs (config, vocabulary if any, weights)."""
    digest = hashlib.sha1(repr((model.config, getattr(model, "vocab", None))).encode("utf-8"))
    digest.update(np.ascontiguousarray(model.theta).tobytes())
    return digest.hexdigest()[:16]


def model_text(model, meta):
    """lstm.usage.model_text (the stored training text if the model can read it, else its vocabulary),
    cached by model fingerprint and stored text: checking a 500 KB text costs ~0.1 s, on every rerun."""
    stored = meta.get("text")
    return _model_text(fingerprint(model), stored if isinstance(stored, str) else None, model)


@st.cache_data(max_entries=16, show_spinner=False)
def _model_text(key, stored, _model):
    return usage.model_text(_model, {"text": stored})


@st.cache_resource(max_entries=64, show_spinner=False)
def cached_trace(key, text, _model):
    """model.run(text), cached by (fingerprint, text): `_model` is not hashed, `key` stands for it. Shared
    and frozen (lstm.trace.freeze) rather than copied out of st.cache_data: a book model's run over a 2,000-character
    excerpt holds 28 MB of arrays, and unpickling them cost every rerun of every page ~10 ms."""
    return lstm.trace.freeze(_model.run(text))


@st.cache_data(max_entries=16, show_spinner=False)
def cached_series_trace(key, values, labels, _model):
    """_model.trace(values, labels) for a series model, cached by (fingerprint, values, labels)."""
    return _model.trace(np.asarray(values, dtype=np.float64), list(labels))


def describe(model, meta=None):
    """One line about a text model for the sidebar and the report: kind, H, vocabulary size and level; for a
    model imported from Keras or PyTorch (meta "source"), where it came from: "Keras LSTM(256), scaled-index
    input, 61 symbols"."""
    source = (meta or {}).get("source")
    if isinstance(source, dict):
        return describe_source(source, _)
    level = _("character level") if model.vocab.level == "char" else _("word level")
    return _("{kind}, H = {H}, {V} symbols ({level})").format(kind=model.kind.upper(), H=model.H, V=model.V,
                                                              level=level)
