"""The sidebar's form for a Keras (.keras, .h5) or PyTorch (.safetensors) upload: which symbol is which.

A framework file stores numbers only, so the student gives the training text (a .txt upload or pasted)
and the convention their code numbered the symbols with (lstm.import_vocab), sees the first symbols and
whether their count fits the model, then opens it. The file is read once per upload (and key mapping)
into lstm.imported.Imported; "Open this model" builds the CharLSTM (lstm.import_model) and selects it.
Called by ui.setup._handle_upload; nothing here runs code from the file.
"""
import streamlit as st

from lstm.checkpoint import CheckpointError
from lstm.import_model import import_model, read_model
from lstm.import_torch import parse_keys
from lstm.import_vocab import fit, preview
from lstm.imported import describe
from lstm.text import MAX_TEXT_CHARS, normalize

from . import models
from .i18n import N_, _, keep, message
from .setup import md_escape
from .training import decode_upload

READ = "ui.import.read"                  # (file id, keys text, kind, Imported or None, error or None)
CONVENTION, TEXT_FILE, TEXT = "ui.import.convention", "ui.import.text_file", "ui.import.text"
VOCAB_FILE, KEYS, OPEN, ERROR = "ui.import.vocab_file", "ui.import.keys", "ui.import.open", "ui.import.error"
CONVENTIONS = {"sorted": N_("sorted set of the text's characters"),
               "lower": N_("the same, lower-cased (the Keras tutorial)"),
               "json": N_("a JSON list of the symbols")}


def read_upload(upload, keys_text):
    """(kind, Imported or None, error message or None) for the upload, read once per (file, key mapping)."""
    held = st.session_state.get(READ)
    if held and held[:2] == (upload.file_id, keys_text):
        return held[2:]
    if not held or held[0] != upload.file_id:
        st.session_state.pop(ERROR, None)          # an earlier file's message
    try:
        kind, imported = read_model(upload.getvalue(), upload.name, parse_keys(keys_text))
        result = (kind, imported, None)
    except CheckpointError as err:
        result = (None, None, err.message)          # a Message: translated when shown
    st.session_state[READ] = (upload.file_id, keys_text) + result
    return result


def training_text(box):
    """The training text from a .txt upload or the text box ("" if none), or None after showing why not."""
    upload = box.file_uploader(_("Training text (.txt, UTF-8)"), type=["txt"], key=TEXT_FILE)
    if upload is not None:
        try:
            return decode_upload(upload.getvalue(), upload.name)
        except ValueError as err:
            box.error(md_escape(message(err)))
            return None
    return normalize(box.text_area(_("…or paste the training text"), key=TEXT, height=90,   # as an upload is read
                                   max_chars=MAX_TEXT_CHARS))


def vocabulary(box, imported):
    """The convention widgets and the preview; returns import_model's vocabulary arguments, or None."""
    convention = box.radio(_("How did your code number the symbols?"), list(CONVENTIONS), key=CONVENTION,
                           format_func={c: _(label) for c, label in CONVENTIONS.items()}.get)
    vocab_json = None
    if convention == "json":
        vocab_file = box.file_uploader(_("The symbols as a JSON list (index order)"), type=["json"], key=VOCAB_FILE)
        vocab_json = vocab_file.getvalue() if vocab_file is not None else None
    text = training_text(box)
    if text is None:
        return None
    if not text and convention != "json":
        box.caption(_("Give the text the model was trained on: its symbols make the vocabulary."))
        return None
    try:
        chosen = fit(convention, imported.V, text or None, vocab_json)
    except CheckpointError as err:
        box.warning(md_escape(message(err)))
        return None
    if chosen.note:
        box.info(md_escape(_(chosen.note)))
    box.caption(_("{n} symbols, as many as the model predicts. First symbols: {first}").format(
        n=len(chosen.vocab), first=md_escape(preview(chosen.vocab, 16))))
    return {"text": text or None, "convention": convention, "vocab_json": vocab_json}


def sidebar_form(upload):
    """Draw the form for a framework upload; returns 'npz' if the file is one of our checkpoints instead."""
    safetensors = upload.name.lower().endswith(".safetensors")
    keys_text = st.session_state.get(KEYS, "") if safetensors else ""
    kind, imported, error = read_upload(upload, keys_text)
    if kind == "npz":
        return "npz"
    box = st.sidebar.container(border=True)
    box.markdown(_("**Open {name}**").format(name=md_escape(upload.name)))
    if error:
        box.error(_("This file cannot be opened: ") + md_escape(message(error)))
    if safetensors:
        box.text_area(_("Which tensor is which (only if the names are not nn.LSTM's)"), key=KEYS, height=90,
                      placeholder="weight_ih_l0 = rnn.W_x\nweight_hh_l0 = rnn.W_h\nlinear.weight = out.weight")
    if error:
        return None
    box.caption(md_escape(describe(imported.source(upload.name), _)) + " · " +
                _("A Keras or PyTorch file stores numbers only: say which symbol each index stands for."))
    chosen = vocabulary(box, imported)
    if box.button(_("Open this model"), key=OPEN, type="primary", disabled=chosen is None):
        try:
            model, meta = import_model(upload.getvalue(), upload.name, chosen["text"], chosen["convention"],
                                       chosen["vocab_json"], parse_keys(keys_text))
        except CheckpointError as err:
            st.session_state[ERROR] = keep(err, N_("This file cannot be opened: "))
        else:
            st.session_state.pop(ERROR, None)
            st.session_state.pop(READ, None)           # the description was only needed for the form
            st.session_state[models.UPLOADED_MODEL_KEY] = (upload.file_id, upload.name, models.freeze(model), meta)
            st.session_state["ui.model"] = "upload"
            st.rerun()
    if st.session_state.get(ERROR):
        box.error(st.session_state[ERROR].text(md_escape))
    return None
