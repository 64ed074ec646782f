"""AppTest helpers: run a page as Streamlit would, find widgets by key, decode plotly figures."""
import json
from pathlib import Path

import pytest
import streamlit.testing.v1.app_test as app_test
from streamlit.runtime.media_file_storage import MediaFileStorageError
from streamlit.testing.v1 import AppTest

from tests.figures import decode

ROOT = Path(__file__).resolve().parents[2]
PAGES = sorted((ROOT / "pages").glob("*.py"))
EXPLORE = {"predict.on": False}     # "Predict before you see" off: pages show every number at once
ALL_PAGES = [ROOT / "app.py"] + PAGES


def run_page(path, state=None, timeout=60):
    """AppTest of one page file (app.py or pages/N_Name.py), optionally with session_state preset."""
    at = AppTest.from_file(str(path), default_timeout=timeout)
    for key, value in (state or {}).items():
        at.session_state[key] = value
    return at.run()


def session_state(model, text):
    """Session state that makes `model` (with `text` as its training text) the sidebar's choice."""
    return {"ui.session_model": (model, {"text": text}), "ui.model": "session"}


def tiny_trained(text, steps=60, hidden=8, seed=0, lr=0.05):
    """A small char LSTM trained on text by whole-text BPTT with Adam: fast, and not random."""
    from lstm import CharLSTM, Vocabulary
    from lstm.optim import Adam
    model = CharLSTM(Vocabulary.from_text(text), hidden=hidden, seed=seed)
    opt, idx = Adam(model.theta.size, lr=lr), model.encode(text)
    for _ in range(steps):
        opt.step(model.theta, model.loss_and_grads(idx[:-1], idx[1:]).grad)
    return model


def play_rounds(at, name):
    """Predictions on: play the page's round and reveal it (One step, Generate, Gradients through time; guesses
    left at their defaults, the first symbol chosen), show the recitation, answer every Check yourself question
    (first option). name: the page file's stem."""
    if name == "2_One_step":
        at.button(key="one_step.reveal").click().run()
    if name == "6_Generate" and any(s.key.startswith("gen.guess.symbol.") for s in at.selectbox):
        next(s for s in at.selectbox if s.key.startswith("gen.guess.symbol.")).set_value(0).run()
        at.button(key="generate.reveal").click().run()
    if name == "6_Generate" and any(b.key == "gen.recitation_button" for b in at.button):
        at.button(key="gen.recitation_button").click().run()
    if name == "7_Gradients_through_time":
        at.button(key="gradients.reveal").click().run()
    if name == "16_Check_yourself":
        for radio in [r for r in at.radio if r.key and r.key.startswith("quiz.q")]:
            radio.set_value(0).run()
    assert_clean(at)
    return at


def assert_clean(at):
    """No exception element and no error message on the page."""
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]


def figures(at):
    """Every plotly figure on the page as a dict (data arrays decoded), in page order."""
    return [decode(json.loads(el.proto.spec)) for el in at.get("plotly_chart")]


def figure_by_title(at, fragment):
    """The first figure whose layout title contains `fragment`."""
    for fig in figures(at):
        title = fig.get("layout", {}).get("title", {})
        text = title.get("text", "") if isinstance(title, dict) else str(title)
        if fragment in text:
            return fig
    raise AssertionError(f"no figure titled like {fragment!r}")


@pytest.fixture
def page():
    return run_page


@pytest.fixture
def media(monkeypatch):
    """Every in-memory media storage AppTest creates (download button data lives there)."""
    made = []

    class Recording(app_test.MemoryMediaFileStorage):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            made.append(self)

    monkeypatch.setattr(app_test, "MemoryMediaFileStorage", Recording)
    return made


def downloaded(at, media, key="report.download"):
    """(file name, bytes) behind the download button with `key`."""
    button = next(b for b in at.get("download_button") if b.proto.id.endswith(key))
    name = button.proto.url.rsplit("/", 1)[-1]
    for storage in reversed(media):
        try:
            file = storage.get_file(name)
        except MediaFileStorageError:
            continue
        return file.filename, file.content
    raise AssertionError(f"no media file {name}")
