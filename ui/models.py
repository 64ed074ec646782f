"""Which model and text the pages show: shipped models (shared, read-only), the session's, uploads.

Shipped checkpoints are loaded once per server with st.cache_resource and frozen (their arrays
are made read-only), so no session can change what another sees; anything that trains copies.
Traces are cached by (model fingerprint, text) so a page never re-runs the model needlessly.
"""
import hashlib
import io
from pathlib import Path

import numpy as np
import streamlit as st

from lstm import checkpoint

ASSETS = Path(__file__).resolve().parent.parent / "assets"
SHIPPED = {  # file stem -> label shown in the sidebar, in this order
    "variant14-fast": "Variant 14 sentence — fast preset (shipped)",
    "variant14-course": "Variant 14 sentence — course preset (shipped)",
    "structured": "Structured text: quotes, brackets, lines (shipped)",
}
SESSION_MODEL_KEY = "ui.session_model"      # (model, meta) trained in this session
UPLOADED_MODEL_KEY = "ui.uploaded_model"    # (file id, name, model, meta) from an upload


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


def fingerprint(model):
    """A short hash of everything that defines the model's outputs (config, vocabulary, weights)."""
    digest = hashlib.sha1(repr((model.config, model.vocab)).encode("utf-8"))
    digest.update(np.ascontiguousarray(model.theta).tobytes())
    return digest.hexdigest()[:16]


@st.cache_data(max_entries=64, show_spinner=False)
def cached_trace(key, text, _model):
    """model.run(text), cached by (fingerprint, text): `_model` is not hashed, `key` stands for it."""
    return _model.run(text)
