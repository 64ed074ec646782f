"""AppTest of the Training page: renders; Train reaches the exact criterion and shows the recitation;
Stop keeps the model; Step/Reset replay bit for bit; bad inputs give messages and keep the trainer.

AppTest never fires run_every timers: each at.run() after Train is one ~0.25 s training slice.
"""
import io

import numpy as np
import pytest

from tests.app.conftest import ROOT, assert_clean, downloaded, figure_by_title, run_page, session_state
from lstm import CharLSTM, Vocabulary, checkpoint
from lstm.train import DEFAULT_TEXT, MAX_TEXT_CHARS, TrainConfig, Trainer
from ui import training as tr
from ui.training import decode_upload

PAGE = ROOT / "pages" / "5_Training.py"
TEXT = "hello world, hello there"
CURVES = ("iteration", "loss", "smooth_loss", "exact_loss", "grad_norm")    # not seconds: wall time


def session():
    model = CharLSTM(Vocabulary.from_text(TEXT), hidden=8, seed=0)
    return session_state(model, TEXT)


def slices_until_idle(at, limit=60):
    for _ in range(limit):
        if not at.session_state["train.active"]:
            return at
        at.run()
    raise AssertionError(f"training still active after {limit} slices")


def trainer(at):
    return at.session_state["train.trainer"]


def test_default_shipped_model_renders_with_the_bounds_of_ui_training():
    at = run_page(PAGE)
    assert_clean(at)
    assert at.button(key="train_start").label == "Train"
    for key, (_field, low, high) in tr.SETTINGS.items():
        if low is not None:
            proto = at.number_input(key=key).proto
            assert (proto.min, proto.max) == (low, high) and proto.has_min and proto.has_max, key
    proto = at.number_input(key=tr.STEP_N).proto
    assert (proto.min, proto.max) == tr.STEP_N_BOUNDS


def test_session_model_renders_with_defaults():
    at = run_page(PAGE, session())
    assert_clean(at)
    assert at.text_area(key="train.text").value == DEFAULT_TEXT
    assert at.selectbox(key="train.preset").value == "fast"
    assert at.number_input(key="train.hidden").value == TrainConfig.from_preset("fast").hidden


def test_fast_preset_reaches_exact_criterion_and_recites(media):
    at = run_page(PAGE, session())
    at.button(key="train_start").click().run()
    slices_until_idle(at)
    assert_clean(at)
    assert at.success and at.success[0].value.startswith("Finished")
    assert "Recitation" in [h.value for h in at.subheader]
    t = trainer(at)
    assert t.reached and t.stop_reason == "reached" and t.config.criterion == "exact"
    rec = t.recitation()
    assert rec.n_correct == rec.total == len(DEFAULT_TEXT) - 1
    assert any(f"{rec.total} / {rec.total}" in m.value for m in at.markdown)
    fig = figure_by_title(at, "Greedy recitation")
    assert f"{rec.total}/{rec.total} correct" in fig["layout"]["title"]["text"]
    loss = figure_by_title(at, "Training loss")
    np.testing.assert_allclose(loss["data"][0]["y"], t.history["loss"])
    model, meta = at.session_state["ui.session_model"]                     # published for other pages
    assert at.session_state["ui.model"] == "session" and meta["text"] == DEFAULT_TEXT
    assert model.theta.tobytes() == t.model.theta.tobytes()
    name, data = downloaded(at, media, key="train_download")                # the checkpoint behind the button
    assert name.endswith(".npz") and checkpoint.load(io.BytesIO(data)).theta.tobytes() == t.model.theta.tobytes()


def test_stop_keeps_the_model_trained_so_far():
    at = run_page(PAGE, session())
    at.selectbox(key="train.preset").select("course").run()                # slow: will not finish
    assert at.number_input(key="train.hidden").value == 20
    at.button(key="train_start").click().run()
    assert at.session_state["train.active"]
    at.run()                                                               # one more slice
    at.button(key="train_stop").click().run()
    assert_clean(at)
    t = trainer(at)
    assert t.done and t.stop_reason == "stopped" and not at.session_state["train.active"]
    assert t.iteration > 0
    init = Trainer(DEFAULT_TEXT, TrainConfig.from_preset("course")).model.theta
    assert not np.array_equal(t.model.theta, init)
    published, _meta = at.session_state["ui.session_model"]
    assert published.theta.tobytes() == t.model.theta.tobytes()
    assert any(w.value.startswith("Stopped") for w in at.warning)
    iteration = t.iteration
    at.run()                                                               # nothing trains any more
    assert trainer(at).iteration == iteration


def test_step_reset_step_is_bit_identical():
    at = run_page(PAGE, session())
    at.selectbox(key="train.preset").select("course").run()
    at.number_input(key="train.step_n").set_value(7).run()
    at.button(key="train_step").click().run()
    first = trainer(at)
    assert first.iteration == 7
    theta, history = first.model.theta.tobytes(), {k: first.history[k].copy() for k in CURVES}
    at.button(key="train_reset").click().run()
    assert trainer(at) is not first and trainer(at).iteration == 0
    init = Trainer(DEFAULT_TEXT, TrainConfig.from_preset("course")).model.theta
    assert trainer(at).model.theta.tobytes() == init.tobytes()
    at.button(key="train_step").click().run()
    second = trainer(at)
    assert_clean(at)
    assert second.iteration == 7 and second.model.theta.tobytes() == theta
    for k in CURVES:
        assert second.history[k].tobytes() == history[k].tobytes(), k


def _trained(at):
    at.number_input(key="train.step_n").set_value(3).run()
    at.button(key="train_step").click().run()
    t = trainer(at)
    return t, t.model.theta.copy()


@pytest.mark.parametrize("bad_text", ["", "a", "aaaa"])
def test_bad_text_gives_a_message_and_keeps_the_trainer(bad_text):
    at = run_page(PAGE, session())
    held, theta = _trained(at)
    at.text_area(key="train.text").input(bad_text).run()
    at.button(key="train_step").click().run()
    assert not at.exception
    assert at.error and "Cannot train on this" in at.error[0].value
    assert trainer(at) is held and np.array_equal(held.model.theta, theta) and held.iteration == 3


def test_zero_learning_rate_is_refused_by_the_config():
    at = run_page(PAGE, session())
    held, theta = _trained(at)
    at.number_input(key="train.lr").set_value(0.0).run()
    assert not at.exception
    assert at.error and "learning rate" in at.error[0].value
    assert at.button(key="train_start").disabled
    assert trainer(at) is held and np.array_equal(held.model.theta, theta)


def test_non_utf8_upload_gives_a_message_and_keeps_the_text():
    at = run_page(PAGE, session())
    at.file_uploader(key="train.upload").set_value(("bad.txt", b"caf\xe9 \xff\xfe", "text/plain")).run()
    assert not at.exception
    assert at.error and "not UTF-8 text (byte 4 of 7 cannot be read)" in at.error[0].value   # 0xe9: the 4th
    assert at.text_area(key="train.text").value == DEFAULT_TEXT


def test_good_upload_replaces_the_text():
    at = run_page(PAGE, session())
    at.file_uploader(key="train.upload").set_value(("ok.txt", "zażółć gęślą jaźń 🙂".encode(), "text/plain")).run()
    assert_clean(at)
    assert at.text_area(key="train.text").value == "zażółć gęślą jaźń 🙂"


def test_decode_upload_names_the_limit():
    with pytest.raises(ValueError, match=f"{MAX_TEXT_CHARS:,}"):
        decode_upload(b"a" * (MAX_TEXT_CHARS + 1))
    assert decode_upload("\ufeffBOM ok".encode()) == "BOM ok"


def test_the_runs_figures_and_csvs_describe_the_model_trained_here(monkeypatch):
    """The loss curve and recitation a student hands in (and their CSVs) name the run's own text and iteration
    count, not the sidebar's model (another model, with another text, until the run is published)."""
    import ui
    captions, figure = {}, ui.figure

    def recording(fig, name, columns, caption="", **kwargs):
        captions[name] = caption
        return figure(fig, name, columns, caption, **kwargs)
    monkeypatch.setattr(ui, "figure", recording)
    own = "Ala ma kota, a kot ma Alę."
    at = run_page(PAGE, session())
    at.text_area(key="train.text").input(own).run()
    at.button(key="train_start").click().run()
    for run in ("during", "after"):
        head = captions["training-loss"].split("\n")
        assert "Trained on this page" in head[0] and f"iterations={trainer(at).iteration}" in head[0], (run, head)
        assert "'Ala ma kota" in head[1] and "hello" not in captions["training-loss"], (run, head)
        slices_until_idle(at)
    assert "'Ala ma kota" in captions["recitation"].split("\n")[1]
