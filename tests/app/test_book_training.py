"""Training page, book preset (lstm.book.BookTrainer) in AppTest: choosing it loads Alice; a long text trains in
slices (each at.run() is one); the live view shows the validation loss in nats and bits per character, its curve
and samples; the end keeps the best validated weights (also after Stop) and publishes the model to the pages.
Tiny settings (H = 8, B = 2, T = 20) so a run takes a second; the text is 3,000 characters of Alice."""
import numpy as np

from lstm import streams
from tests.app.conftest import ROOT, assert_clean, figure_by_title, run_page
from ui.training import BOOK_TEXT

PAGE = ROOT / "pages" / "5_Training.py"
ALICE = BOOK_TEXT.read_text(encoding="utf-8")
SMALL = {"train.hidden": 8, "train.seq_len": 20, "train.batch": 2, "train.layers": 2, "train.dropout": 0.0,
         "train.minutes": 0.0, "train.lr": 0.01}


def book_page(max_iters, lang="en"):
    """The page with the book preset chosen (as a student does), then tiny settings and a shorter text."""
    at = run_page(PAGE, {"ui.lang": lang}, timeout=120)
    at.selectbox(key="train.preset").set_value("book").run()
    assert at.text_area(key="train.text").value == ALICE            # the preset reads a book
    assert at.number_input(key="train.layers").value == 2 and at.number_input(key="train.batch").value == 64
    for key, value in {**SMALL, "train.max_iters": max_iters}.items():
        at.number_input(key=key).set_value(value)
    at.text_area(key="train.text").set_value(ALICE[:3000]).run()
    assert_clean(at)
    return at


def train_until_done(at, slices=60):
    at.button(key="train_start").click().run()
    for _ in range(slices):
        if not at.session_state["train.active"]:
            break
        at.run()
    assert not at.session_state["train.active"]
    assert_clean(at)
    return at.session_state["train.trainer"]


def test_a_book_run_shows_validation_in_nats_and_bits_and_keeps_the_best_weights():
    at = book_page(max_iters=120)
    trainer = train_until_done(at)
    assert trainer.stop_reason == "max_iters" and trainer.iteration == 120
    val = trainer.validation
    assert len(val["iteration"]) >= 3                                 # iteration 0, every 50, the end
    curve = figure_by_title(at, "Loss per character: training and validation")
    np.testing.assert_allclose(curve["data"][1]["y"], val["val_loss"])
    best = int(np.argmin(val["val_loss"]))
    assert curve["data"][2]["x"] == [int(val["iteration"][best])]
    kept = next(s.value for s in at.success)
    assert "Stopped at the maximum number of iterations (120" in kept
    assert f"{val['val_loss'][best]:.3f} nats/char ({val['val_loss'][best] / np.log(2):.3f} bits/char)" in kept
    assert any("Sample at iteration 100" in c.value for c in at.caption)
    model, meta = at.session_state["ui.session_model"]               # published to the other pages
    assert at.session_state["ui.model"] == "session"
    indices = model.vocab.encode(ALICE[:3000])
    split = streams.split(len(indices), 0.1)
    score = streams.evaluate(model, indices, split.start, len(indices))[0]
    np.testing.assert_allclose(score, val["val_loss"][best], rtol=1e-5)   # the best weights, not the last
    assert meta["summary"]["best_iteration"] == val["iteration"][best]


def test_stop_keeps_the_best_validated_model():
    at = book_page(max_iters=100_000)
    at.button(key="train_start").click().run()
    for _ in range(6):
        at.run()
    at.button(key="train_stop").click().run()
    assert_clean(at)
    trainer = at.session_state["train.trainer"]
    assert trainer.done and trainer.stop_reason == "stopped" and not at.session_state["train.active"]
    assert any("Stopped by you after" in s.value for s in at.success)
    val = trainer.validation
    model = at.session_state["ui.session_model"][0]
    indices = model.vocab.encode(ALICE[:3000])
    score = streams.evaluate(model, indices, streams.split(len(indices), 0.1).start, len(indices))[0]
    np.testing.assert_allclose(score, np.min(val["val_loss"]), rtol=1e-5)


def test_the_teaching_presets_hide_the_book_settings():
    at = run_page(PAGE, timeout=60)
    assert not [n for n in at.number_input if n.key == "train.batch"]
    assert at.radio(key="train.criterion").value == "exact"


def test_a_book_run_has_no_english_left_in_polish():
    from tests.app.test_polish import residue, visible_texts
    texts = {}
    for lang in ("en", "pl"):
        at = book_page(max_iters=120, lang=lang)
        train_until_done(at)
        texts[lang] = visible_texts(at)
    left = sorted({s for s in texts["pl"] if s in set(texts["en"]) and residue(s)})
    assert not left, left


def test_a_book_setting_the_text_cannot_serve_is_refused_in_polish_and_nothing_is_lost():
    at = run_page(PAGE, {"ui.lang": "pl"}, timeout=120)
    at.selectbox(key="train.preset").set_value("book").run()
    at.text_area(key="train.text").set_value(ALICE[:60]).run()
    at.button(key="train_start").click().run()                       # 64 streams over 54 symbols
    assert not at.exception and at.error
    shown = at.error[0].value
    assert "64" in shown and "strumieni" in shown and "streams" not in shown
    assert at.text_area(key="train.text").value == ALICE[:60] and "train.trainer" not in at.session_state
