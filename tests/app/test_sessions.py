"""Faults and sessions (AppTest): moving between pages keeps the session's model and history;
a session's training never changes the shipped model another session sees.

Stop during training keeping the model trained so far: tests/app/test_training.py
(test_stop_keeps_the_model_trained_so_far) and tests/unit/test_train.py.
"""
from tests.app.conftest import ROOT, assert_clean, run_page
from ui import models

TRAINING, GATES = "pages/5_Training.py", "pages/3_Gates.py"


def step(at, n):
    at.number_input(key="train.step_n").set_value(n).run()
    return at.button(key="train_step").click().run()


def test_leaving_the_training_page_and_coming_back_keeps_the_model_and_history():
    at = run_page(ROOT / "app.py")
    at.switch_page(TRAINING).run()
    step(at, 5)
    assert_clean(at)
    trainer = at.session_state["train.trainer"]
    theta, history = trainer.model.theta.tobytes(), trainer.history["loss"].tobytes()
    at.button(key="train_use").click().run()                  # publish: "Trained in this session"
    assert at.session_state["ui.model"] == "session"
    at.switch_page(GATES).run()
    assert_clean(at)
    box = at.selectbox(key="w.ui.model")
    assert box.value == "session" and "Trained in this session" in box.options
    at.switch_page(TRAINING).run()
    assert_clean(at)
    assert at.session_state["train.trainer"] is trainer
    assert trainer.model.theta.tobytes() == theta and trainer.history["loss"].tobytes() == history
    assert trainer.iteration == 5 and at.session_state["ui.model"] == "session"
    step(at, 2)                                                 # ... and it goes on from there
    assert at.session_state["train.trainer"] is trainer and trainer.iteration == 7


def test_leaving_during_a_run_keeps_the_run():
    at = run_page(ROOT / "app.py")
    at.switch_page(TRAINING).run()
    at.button(key="train_start").click().run()                  # one live slice runs
    trainer = at.session_state["train.trainer"]
    done = trainer.iteration
    assert done > 0
    at.switch_page(GATES).run()
    assert_clean(at)
    at.switch_page(TRAINING).run()
    assert not at.exception
    assert at.session_state["train.trainer"] is trainer and trainer.iteration >= done


def test_shipped_models_are_shared_read_only_between_sessions():
    stem = models.available_shipped()[0]
    shared, _meta = models.shipped_model(stem)
    theta, key = shared.theta.tobytes(), models.fingerprint(shared)
    one, two = run_page(ROOT / "app.py"), run_page(ROOT / "app.py")
    assert one.session_state["ui.model"] == two.session_state["ui.model"] == f"shipped:{stem}"
    one.switch_page(TRAINING).run()
    step(one, 5)
    one.button(key="train_use").click().run()
    one.switch_page(GATES).run()
    assert_clean(one)
    assert one.session_state["ui.model"] == "session"
    two.switch_page(GATES).run()
    assert_clean(two)
    assert two.session_state["ui.model"] == f"shipped:{stem}" and "ui.session_model" not in two.session_state
    again, _meta = models.shipped_model(stem)
    assert again is shared and shared.theta.tobytes() == theta and models.fingerprint(again) == key
    assert not shared.theta.flags.writeable
    session_model = one.session_state["ui.session_model"][0]
    assert session_model is not shared and session_model.theta.tobytes() != theta
