"""Bad inputs through the app (AppTest): every one gives a clear message, never a traceback,
and leaves the current model and settings as they were; user text is shown literally everywhere.

Already covered elsewhere (not repeated here): tests/app/test_training.py (empty / one character /
one character repeated training text, lr 0, non-UTF-8 upload, good UTF-8 upload, decode_upload's limit)
and tests/app/test_generate.py (unknown prime symbols, length 0).
"""
import io
import re
import time

import numpy as np
import pytest

from lstm import CharLSTM, Vocabulary, checkpoint
from lstm.text import normalize
from lstm.train import MAX_TEXT_CHARS, TrainConfig, Trainer
from tests.app.conftest import ROOT, assert_clean, figure_by_title, run_page
from ui import models
from ui.setup import A11Y_CSS, LANG_SCRIPT, LANGUAGES

TRAINING = ROOT / "pages" / "5_Training.py"
GENERATE = ROOT / "pages" / "6_Generate.py"
APP = ROOT / "app.py"
TEXT = "hello world, hello there"
SCRIPT, IMG = "<script>alert(1)</script>", "<img src=x onerror=alert(1)>"
MARKUP = "**bold** $E=mc^2$ \\(x\\) # _it_ [a](b) `c`"
PAYLOAD = f"{SCRIPT} {IMG}\n{MARKUP}"
# each payload fragment, not preceded by the backslash of ui.md_escape: none may reach a markdown body
RAW = [re.compile(r"(?<!\\)" + re.escape(s)) for s in ("<script>", "</script>", "<img", "**bold", "$E=", "\\(x")]
MARKDOWN_KINDS = ("markdown", "caption", "warning", "error", "info", "success", "title", "header", "subheader")


def session(text=TEXT, hidden=8):
    model = CharLSTM(Vocabulary.from_text(text), hidden=hidden, seed=0)
    return {"ui.session_model": (models.freeze(model), {"text": text}), "ui.model": "session"}


def trainer(at):
    return at.session_state["train.trainer"]


def markdown_bodies(at):
    """(kind, body) of every element whose text Streamlit renders as markdown, sidebar included."""
    return [(kind, el.value if isinstance(el.value, str) else str(el.value))
            for kind in MARKDOWN_KINDS for el in at.get(kind)]


def assert_literal(at):
    """No markdown element may allow HTML, and no raw payload may reach a markdown body."""
    for kind in ("markdown", "caption"):
        assert not [el.value for el in at.get(kind) if el.proto.allow_html], f"{kind} with unsafe_allow_html"
    static = {f"<style>{A11Y_CSS.read_text(encoding='utf-8')}</style>",        # ours, no user text in either
              *(LANG_SCRIPT.format(lang=lang) for lang in LANGUAGES)}
    assert all(el.proto.body in static for el in at.get("html")), "st.html used for more than the stylesheet"
    for kind, body in markdown_bodies(at):
        for raw in RAW:
            assert not raw.search(body), f"{raw.pattern!r} unescaped in a {kind}: {body[:200]!r}"


def step(at, n=3):
    at.number_input(key="train.step_n").set_value(n).run()
    return at.button(key="train_step").click().run()


def trained(text=TEXT):
    """The Training page after 3 Steps on `text`, the trainer and a copy of its θ bytes."""
    at = run_page(TRAINING, session())
    at.text_area(key="train.text").input(text).run()
    step(at)
    assert_clean(at)
    return at, trainer(at), trainer(at).model.theta.tobytes()


def assert_kept(at, held, theta):
    assert trainer(at) is held and held.model.theta.tobytes() == theta
    assert at.session_state["ui.model"] == "session"


# -- Training page text ---------------------------------------------------------------------------
@pytest.mark.parametrize("bad, words", [("      ", "distinct"), ("\n\n", "distinct")])
def test_whitespace_only_text_is_refused_and_the_trainer_kept(bad, words):
    at, held, theta = trained()
    at.text_area(key="train.text").input(bad).run()
    at.button(key="train_step").click().run()
    assert not at.exception
    assert at.error and "Cannot train on this" in at.error[0].value and words in at.error[0].value
    assert_kept(at, held, theta)
    assert at.number_input(key="train.hidden").value == TrainConfig.from_preset("fast").hidden


def test_text_over_the_limit_is_refused_naming_it_and_the_trainer_kept():
    at, held, theta = trained()
    at.text_area(key="train.text").input("x" * (MAX_TEXT_CHARS + 1)).run()     # the box takes at most the limit
    assert at.text_area(key="train.text").value == TEXT
    big = ("xy" * (MAX_TEXT_CHARS // 2) + "z").encode()
    at.file_uploader(key="train.upload").set_value(("big.txt", big, "text/plain")).run()
    assert not at.exception
    assert at.error and "1,000,001" in at.error[0].value and "1,000,000" in at.error[0].value
    assert at.text_area(key="train.text").value == TEXT
    assert_kept(at, held, theta)


def test_text_just_under_the_limit_is_accepted():
    text = ("abcdefghij" * (MAX_TEXT_CHARS // 10))[:MAX_TEXT_CHARS - 1]
    at = run_page(TRAINING, {**session(), "train.text": text})
    assert_clean(at)
    assert at.text_area(key="train.text").value == text
    cfg = TrainConfig.from_preset("fast")
    t0 = time.perf_counter()
    built = Trainer(text, cfg)                        # what Train / Step build (training itself is not timed)
    assert time.perf_counter() - t0 < 5 and len(built.indices) == len(text)


def test_text_longer_than_the_recitation_grid_trains_and_recites_its_beginning():
    text = ("the quick brown fox jumps over the lazy dog. " * 300)[:12_000]   # > sample.MAX_LENGTH symbols
    at = run_page(TRAINING, {**session(), "train.text": text})
    step(at, 1)
    assert_clean(at)
    fig = figure_by_title(at, "Greedy recitation")
    assert "/2000 correct" in fig["layout"]["title"]["text"]
    assert any("first 2000" in c.value for c in at.caption)


@pytest.mark.parametrize("text", [
    "ab", " \n\t \n", "line one\r\nline two\rline three\n\tindented\ttab\n",
    "Zażółć gęślą jaźń. Żółw łowi ćmę.", "我爱学习，学习使我快乐。", "I 🙂 love 🧠 LSTMs 🎉🎉"])
def test_short_mixed_newline_polish_chinese_emoji_texts_train(text):
    at = run_page(TRAINING, session())
    at.text_area(key="train.text").input(text).run()
    step(at)
    assert_clean(at)
    t = trainer(at)
    assert t.text == normalize(text) and t.iteration == 3 and np.isfinite(t.model.theta).all()
    assert set(t.vocab.symbols) == set(normalize(text)) and "\r" not in t.vocab.symbols   # line ends: "\n"
    assert figure_by_title(at, "Greedy recitation")
    assert at.session_state["ui.model"] == "session"


def test_html_markdown_and_latex_in_the_training_text_are_shown_literally():
    at, held, _theta = trained(PAYLOAD)
    assert held.text == PAYLOAD and set(PAYLOAD) == set(held.vocab.symbols)
    assert_literal(at)
    grid = figure_by_title(at, "Greedy recitation")["data"][0]["text"]
    cells = re.sub(r"</?s>", "", "".join(c for row in grid for c in row if c))   # our strike-through of wrong ones
    assert "<" not in cells and "&lt;" in cells                    # plotly text: < drawn as an entity
    samples = [c.value for c in at.code]                           # st.code: literal by construction
    assert samples and all(isinstance(s, str) for s in samples)
    # the same text as the session model on the other pages: the sidebar caption quotes it
    for page in (APP, GENERATE, ROOT / "pages" / "3_Gates.py"):
        other = run_page(page, session(PAYLOAD))
        assert_clean(other)
        assert_literal(other)


# -- Training page hyperparameters ------------------------------------------------------------------
@pytest.mark.parametrize("key, beyond, edge", [
    ("train.hidden", 0, 1), ("train.hidden", -5, 1), ("train.hidden", 10 ** 9, 512),
    ("train.lr", -1.0, 0.0), ("train.lr", 1e6, 10.0), ("train.seq_len", 10 ** 6, 10_000)])
def test_values_beyond_the_bounds_are_not_taken(key, beyond, edge):
    """The widgets have min/max: a value beyond them is not taken (AppTest leaves the old value)."""
    at, held, theta = trained()
    box = at.number_input(key=key)
    low, high = box.min, box.max
    assert edge in (low, high)
    box.set_value(beyond).run()
    assert not at.exception
    assert low <= at.number_input(key=key).value <= high                 # never the value beyond the bounds
    assert all("cannot be used" in e.value for e in at.error)           # lr at 0 is refused with a message
    assert_kept(at, held, theta)


def test_huge_hidden_in_range_trains_and_lr_nan_is_refused():
    at, held, theta = trained()
    at.number_input(key="train.hidden").set_value(512).run()                   # the largest the box allows
    assert_clean(at)
    at.session_state["train.lr"] = float("nan")                              # not typeable; state only
    at.run()
    assert not at.exception
    assert at.error and "learning rate" in at.error[0].value
    assert at.button(key="train_step").disabled and at.button(key="train_start").disabled
    assert_kept(at, held, theta)


def test_largest_learning_rate_stops_with_the_reason_and_finite_parameters():
    at = run_page(TRAINING, session())
    at.selectbox(key="train.optimizer").select("adam").run()
    at.number_input(key="train.clip").set_value(0.0).run()
    at.number_input(key="train.lr").set_value(10.0).run()
    at.number_input(key="train.hidden").set_value(512).run()
    step(at, 100)
    assert not at.exception
    t = trainer(at)
    assert t.done and t.stop_reason.startswith("nan:") and np.isfinite(t.model.theta).all()
    assert any("Training stopped" in w.value and "learning rate" in w.value for w in at.warning)
    assert at.session_state["ui.model"] == "session"


def test_window_longer_than_the_text_trains():
    at = run_page(TRAINING, session())
    at.text_area(key="train.text").input("abcab").run()
    at.number_input(key="train.seq_len").set_value(10_000).run()
    step(at)
    assert_clean(at)
    assert trainer(at).seq_len == 4 and trainer(at).iteration == 3


# -- the sidebar's own text ------------------------------------------------------------------------
def own_text(at, text):
    at.radio(key="w.ui.text_mode").set_value("own").run()
    return at.text_area(key="w.ui.text").input(text).run()


@pytest.mark.parametrize("bad", ["", PAYLOAD, "Zażółć 我 🙂", "tab\there"])
def test_sidebar_own_text_the_model_cannot_read_falls_back_with_a_warning(bad):
    at = run_page(APP)
    choice, key = at.session_state["ui.model"], models.fingerprint(models.shipped_model("variant14-fast")[0])
    own_text(at, bad)
    assert not at.exception and not at.error
    assert [w.value for w in at.sidebar.warning if "Showing the training text instead" in w.value]
    assert at.session_state["ui.model"] == choice
    assert models.fingerprint(models.shipped_model("variant14-fast")[0]) == key
    assert_literal(at)


@pytest.mark.parametrize("text", ["a", "aa", "AI", "   "])
def test_sidebar_own_text_of_one_or_two_known_characters_runs(text):
    at = own_text(run_page(APP), text)
    assert_clean(at)
    assert not at.sidebar.warning


def test_sidebar_own_text_with_html_runs_literally_on_a_model_that_knows_it():
    at = own_text(run_page(APP, session(PAYLOAD)), SCRIPT + IMG)
    assert_clean(at)
    assert not at.sidebar.warning
    assert_literal(at)


# -- Generate page ---------------------------------------------------------------------------------
@pytest.mark.parametrize("prime, words", [("", "at least one symbol"), (SCRIPT, "not in this model's vocabulary"),
                                          ("**$\\(", "not in this model's vocabulary")])
def test_generate_prime_that_cannot_be_used_gives_a_warning(prime, words):
    at = run_page(GENERATE)
    at.text_input(key="gen.prime").input(prime).run()
    assert not at.exception and not at.error
    assert any(words in w.value for w in at.warning)
    assert at.session_state["ui.model"] == "shipped:variant14-fast"
    assert_literal(at)


def test_generate_prime_with_html_on_a_model_that_knows_it_is_literal():
    at = run_page(GENERATE, session(PAYLOAD))
    at.text_input(key="gen.prime").input(SCRIPT).run()
    assert_clean(at)
    assert_literal(at)
    assert any("\\<script\\>" in c.value for c in at.caption)


@pytest.mark.parametrize("key, value", [("gen.temperature", 0.0), ("gen.temperature", 5.0), ("gen.length", 0),
                                        ("gen.length", 2000), ("gen.temperature", -1.0), ("gen.temperature", 1e6),
                                        ("gen.length", 10 ** 9)])
def test_generate_edge_and_out_of_bounds_settings(key, value):
    at = run_page(GENERATE)
    at.number_input(key=key).set_value(value).run()
    assert_clean(at)
    # out of bounds (only AppTest can send it: the browser's box stops at its bounds): Streamlit falls back to
    # the widget's default, its minimum for the temperature (whose value comes from session state, not value=)
    assert at.number_input(key=key).value == (value if value in (0, 0.0, 5.0, 2000) else
                                              {"gen.temperature": 0.0, "gen.length": 200}[key])


# -- the sidebar's checkpoint upload ---------------------------------------------------------------
def npz_bytes(model):
    buffer = io.BytesIO()
    checkpoint.save(model, buffer)
    return buffer.getvalue()


@pytest.mark.parametrize("name, data, words", [
    ("text.npz", b"just some text", "not"), ("truncated.npz", None, ""), ("nan.npz", "nan", "nan")])
def test_bad_checkpoint_upload_shows_an_error_and_keeps_the_model(name, data, words):
    at = run_page(APP)
    before = at.session_state["ui.model"]
    good = npz_bytes(CharLSTM(Vocabulary.from_text(TEXT), hidden=4, seed=0))
    data = {None: good[: len(good) // 2], "nan": nan_npz(good)}.get(data, data)
    with pytest.raises(checkpoint.CheckpointError):
        models.load_upload(data)
    at.sidebar.file_uploader(key="ui.upload").set_value((name, data, "application/octet-stream")).run()
    assert not at.exception
    errors = [e.value for e in at.sidebar.error]
    assert errors and "not a usable checkpoint" in errors[0] and words in errors[0].lower()
    assert at.session_state["ui.model"] == before
    assert "ui.uploaded_model" not in at.session_state


def nan_npz(good):
    """A checkpoint with one NaN weight (checkpoint.save refuses those: edit a good file's arrays)."""
    with np.load(io.BytesIO(good)) as npz:
        arrays = {k: npz[k].copy() for k in npz.files}
    weights = next(k for k, a in arrays.items() if a.dtype.kind == "f" and a.size)
    arrays[weights].flat[0] = np.nan
    buffer = io.BytesIO()
    np.savez(buffer, **arrays)
    return buffer.getvalue()


def test_good_checkpoint_upload_is_selected():
    at = run_page(APP)
    model = CharLSTM(Vocabulary.from_text(TEXT), hidden=4, seed=0)
    at.sidebar.file_uploader(key="ui.upload").set_value(("mine.npz", npz_bytes(model), "application/octet-stream")).run()
    assert_clean(at)
    assert at.session_state["ui.model"] == "upload"
    assert models.fingerprint(at.session_state["ui.uploaded_model"][2]) == models.fingerprint(model)
