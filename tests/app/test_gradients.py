"""AppTest of the Gradients-through-time page: renders for the shipped model and a session model;
the controls change the curves (values equal lstm.analysis'); the training button trains once."""
import dataclasses

import numpy as np

from lstm import CharLSTM, CharRNN, ModelConfig, Vocabulary, create
from lstm.analysis import gradient_norms_through_time
from lstm.train import TrainConfig, Trainer
from tests.app.conftest import EXPLORE, ROOT, assert_clean, figure_by_title, figures, run_page, session_state

PAGE = ROOT / "pages" / "7_Gradients_through_time.py"
TEXT = "hello world, hello there"


def session(model, text=TEXT):
    return {**session_state(model, text), **EXPLORE}


def norms_figure(at):
    return figure_by_title(at, "How far back")


def test_default_shipped_model_renders():
    at = run_page(PAGE, EXPLORE)
    assert_clean(at)
    assert len(norms_figure(at)["data"]) == 6          # RNN, LSTM h + C, GRU, selected LSTM h + C


def test_session_lstm_curves_equal_the_analysis():
    model = CharLSTM(Vocabulary.from_text(TEXT), hidden=8, seed=3)
    at = run_page(PAGE, session(model))
    assert_clean(at)
    data = {d["name"]: d for d in norms_figure(at)["data"]}
    fresh = create(Vocabulary.from_text(TEXT), ModelConfig(kind="rnn", hidden=20, seed=0, init_std=0.1))
    np.testing.assert_allclose(data["RNN (fresh): ‖∂L_T/∂h_t‖"]["y"],
                               gradient_norms_through_time(fresh, TEXT)["dh_norm"])
    mine = gradient_norms_through_time(model, TEXT)
    np.testing.assert_allclose(data["LSTM (selected model): ‖∂L_T/∂C_t‖"]["y"], mine["dc_norm"])


def test_controls_change_the_fresh_models():
    model = CharRNN(Vocabulary.from_text(TEXT), hidden=4, seed=0)  # not an LSTM: no "selected" curve
    at = run_page(PAGE, session(model))
    assert_clean(at)
    assert len(norms_figure(at)["data"]) == 4
    at.select_slider(key="grad.hidden").set_value(8).run()
    at.select_slider(key="grad.init_std").set_value(0.5).run()
    at.select_slider(key="grad.forget_bias").set_value(1.0).run()
    assert_clean(at)
    config = ModelConfig(kind="lstm", hidden=8, seed=0, init_std=0.5, forget_bias=1.0)
    expected = gradient_norms_through_time(create(Vocabulary.from_text(TEXT), config), TEXT)
    data = {d["name"]: d for d in norms_figure(at)["data"]}
    np.testing.assert_allclose(data["LSTM (fresh): ‖∂L_T/∂C_t‖"]["y"], expected["dc_norm"])


def test_training_button_trains_three_models_once():
    model = CharLSTM(Vocabulary.from_text(TEXT), hidden=4, seed=0)
    at = run_page(PAGE, session(model))
    at.select_slider(key="grad.iters").set_value(100).run()
    at.select_slider(key="grad.hidden").set_value(4).run()
    assert not [f for f in figures(at) if "budget" in f["layout"]["title"]["text"]]
    at.button(key="grad.train").click().run()
    assert_clean(at)
    runs = at.session_state["grad.results"].runs
    assert set(runs) == {"rnn", "lstm", "gru"}
    assert all(r.iterations == 100 for r in runs.values())
    curves = figure_by_title(at, "same budget")["data"]
    assert [c["name"] for c in curves][::2] == ["RNN (window loss)", "LSTM (window loss)", "GRU (window loss)"]
    np.testing.assert_allclose(curves[2]["y"], runs["lstm"].history["loss"])
    cfg = dataclasses.replace(TrainConfig.from_preset("course"), kind="lstm", hidden=4, seed=0, init_std=0.1,
                              max_iters=100, eval_every=50, sample_every=0)
    at_once = Trainer(TEXT, cfg)
    at_once.step(100)                    # the page trains in chunks (for progress and Stop): same numbers
    np.testing.assert_array_equal(runs["lstm"].history["loss"], at_once.history["loss"])
    first = runs["lstm"].history["loss"].copy()
    at.select_slider(key="grad.forget_bias").set_value(2.0).run()    # a rerun keeps, never retrains
    assert_clean(at)
    np.testing.assert_array_equal(at.session_state["grad.results"].runs["lstm"].history["loss"], first)
    assert figure_by_title(at, "After training")


def test_one_symbol_text_warns():
    model = CharLSTM(Vocabulary.from_text("ab"), hidden=4, seed=0)
    at = run_page(PAGE, session(model, "aaaa"))
    assert not at.exception
    assert at.warning
