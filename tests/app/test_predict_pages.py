"""Predict-first rounds on Generate and Gradients through time, and the tour's prediction: nothing is revealed
before the student commits (tests/app/payload.py scans every element, figure and download), then the revealed
numbers equal an independent computation (a fresh run of the model; the norms recomputed here)."""
import numpy as np
import pytest

from lstm import CharLSTM, ModelConfig, Vocabulary, create
from lstm.analysis import gradient_norms_through_time
from lstm.sample import generate
from tests.app.conftest import ROOT, assert_clean, figure_by_title, run_page, session_state
from tests.app.payload import capture_downloads, page_payload

GENERATE = ROOT / "pages" / "6_Generate.py"
GRADIENTS = ROOT / "pages" / "7_Gradients_through_time.py"
TEXT = "hello world, hello there, well held"


@pytest.fixture(scope="module")
def model():
    return CharLSTM(Vocabulary.from_text(TEXT), hidden=8, seed=0, init_std=0.5)


def expected_step(model, prime, step, length=200):
    """(generated index at `step`, the probabilities before it), from generate() and one run of the model."""
    out = generate(model, prime, length, 1.0, 0)
    probs = model.run(np.concatenate([model.encode(prime), out])).probs[len(prime) - 1 + step - 1]
    return int(out[step - 1]), probs, out


def symbol_box(at):
    return next(s for s in at.selectbox if s.key.startswith("gen.guess.symbol."))


def test_generate_hides_the_next_symbol_and_its_probabilities_until_reveal(model, monkeypatch):
    downloads = capture_downloads(monkeypatch)
    at = run_page(GENERATE, session_state(model, TEXT))
    assert_clean(at)
    prime = at.text_input(key="gen.prime").value
    chosen, probs, out = expected_step(model, prime, 1)
    downloads.clear()
    at.run()
    hidden = page_payload(at, downloads)
    assert not hidden.shows(probs[chosen]) and not at.get("plotly_chart")
    assert [c.value for c in at.code if c.language != "python"] == [prime + " ▯"]   # no generated text yet
    assert not hidden.has_text(model.vocab.decode(out[:3]))
    symbol_box(at).set_value(chosen).run()
    at.button(key="generate.reveal").click().run()
    assert_clean(at)
    shown = page_payload(at)
    assert shown.shows(probs[chosen])
    bars = figure_by_title(at, "Next-symbol probabilities")["data"][0]
    np.testing.assert_allclose(sorted(bars["y"], reverse=True), np.sort(probs)[::-1][:len(bars["y"])])
    assert any("✓ Match." in m.value for m in at.markdown)
    assert at.session_state["predict.score.generate"] == {"right": 1, "total": 1, "rounds": 1}
    at.button(key="gen.next").click().run()                            # the next symbol: a new round, hidden
    chosen2, probs2, _out = expected_step(model, prime, 2)
    assert at.slider(key="gen.step").value == 2
    assert not at.get("plotly_chart") and not page_payload(at).shows(probs2[chosen2])
    symbol_box(at).set_value((chosen2 + 1) % model.V).run()
    at.button(key="generate.reveal").click().run()
    assert any("No match" in m.value for m in at.markdown)
    assert any("1 of 2 times (50%)" in c.value for c in at.caption)     # the session's match rate


def test_generate_recitation_waits_in_predict_mode(model):
    at = run_page(GENERATE, session_state(model, TEXT))
    assert not at.get("plotly_chart")                                   # greedy recitation = the answers
    at.button(key="gen.recitation_button").click().run()
    assert figure_by_title(at, "Greedy recitation")


def test_generate_shows_the_recitation_once_the_whole_text_is_shown(model):
    at = run_page(GENERATE, session_state(model, TEXT))
    assert any(b.key == "gen.recitation_button" for b in at.button)
    at.button(key="gen.show_all").click().run()                         # no guesses left to give away
    assert not any(b.key == "gen.recitation_button" for b in at.button)
    assert figure_by_title(at, "Greedy recitation")


def measured_distance(norms):
    by_distance = np.asarray(norms)[::-1]
    below = [d for d, n in enumerate(by_distance) if n < by_distance[0] / 1000]
    return below[0] if below else None


def test_gradients_hide_the_curves_until_the_guesses_are_in(model, monkeypatch):
    downloads = capture_downloads(monkeypatch)
    at = run_page(GRADIENTS, session_state(model, TEXT))
    assert_clean(at)
    fresh = {kind: gradient_norms_through_time(create(Vocabulary.from_text(TEXT), ModelConfig(
        kind=kind, hidden=20, seed=0, init_std=0.1)), TEXT) for kind in ("rnn", "lstm")}
    rnn, lstm_c = measured_distance(fresh["rnn"]["dh_norm"]), measured_distance(fresh["lstm"]["dc_norm"])
    downloads.clear()
    at.run()
    hidden = page_payload(at, downloads)
    assert not at.get("plotly_chart") and not hidden.has_text("measured")
    assert not any(np.isclose(x, fresh["rnn"]["dh_norm"][:-1]).any() for x in hidden.data if x)
    sliders = [s for s in at.slider if s.key.startswith("grad.guess.")]
    sliders[0].set_value(3).run()
    sliders[1].set_value(30).run()
    at.button(key="gradients.reveal").click().run()
    assert_clean(at)
    text = " ".join(m.value for m in at.markdown).replace("\\", "")
    assert f"measured {rnn} steps back; you guessed 3." in text
    assert f"measured {lstm_c} steps back; you guessed 30." in text
    fig = figure_by_title(at, "How far back")
    data = {d.get("name"): d for d in fig["data"]}
    np.testing.assert_allclose(data["RNN (fresh): ‖∂L_T/∂h_t‖"]["y"], fresh["rnn"]["dh_norm"])
    lines = [s for s in fig["layout"]["shapes"] if s.get("type") == "line" and s.get("x0") == s.get("x1")]
    assert sorted(s["x0"] for s in lines) == [3, 30]                   # the guesses drawn over the curves
    assert data["measured: RNN (fresh): ‖∂L_T/∂h_t‖"]["x"] == [rnn]
    score = at.session_state["predict.score.gradients"]
    assert score["total"] == 2 and score["right"] == (abs(3 - rnn) <= max(2, rnn / 4)) + (
        abs(30 - lstm_c) <= max(2, lstm_c / 4))


def test_the_tours_one_step_stop_asks_for_a_prediction(model):
    from streamlit.testing.v1 import AppTest
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    for key, value in {**session_state(model, TEXT), "tour.active": True, "tour.step": 2}.items():
        at.session_state[key] = value
    at.switch_page("pages/2_One_step.py").run()
    assert_clean(at)
    assert any("**Reveal**" in m.value for m in at.markdown)
    assert at.button(key="one_step.reveal") and not at.get("plotly_chart")
    at.button(key="one_step.reveal").click().run()
    assert at.dataframe and at.get("plotly_chart")


def test_switching_predictions_off_is_kept_across_pages(model):
    from streamlit.testing.v1 import AppTest
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    for key, value in session_state(model, TEXT).items():
        at.session_state[key] = value
    at.switch_page("pages/2_One_step.py").run()
    at.sidebar.toggle(key="w.predict.on").set_value(False).run()
    assert figure_by_title(at, "LSTM cell at step")                     # off: everything at once
    at.switch_page("pages/6_Generate.py").run()
    assert at.sidebar.toggle(key="w.predict.on").value is False
    assert figure_by_title(at, "Next-symbol probabilities")
    at.switch_page("pages/7_Gradients_through_time.py").run()
    assert figure_by_title(at, "How far back")


def test_generate_shows_the_whole_text_on_request_and_guesses_again_on_a_new_text(model, monkeypatch):
    """The guessing round hides the text until each symbol is guessed; "Show the whole text" skips it for this
    generation (nothing shown before the click), and another seed starts the guessing again."""
    downloads = capture_downloads(monkeypatch)
    at = run_page(GENERATE, session_state(model, TEXT))
    prime = at.text_input(key="gen.prime").value
    chosen, probs, out = expected_step(model, prime, 1)
    downloads.clear()
    at.run()
    hidden = page_payload(at, downloads)
    assert at.button(key="gen.show_all") and not hidden.shows(probs[chosen])
    assert not hidden.has_text(model.vocab.decode(out[:3]))
    at.button(key="gen.show_all").click().run()
    assert_clean(at)
    assert at.code[-1].value == model.vocab.decode(out)                  # the whole continuation
    bars = figure_by_title(at, "Next-symbol probabilities at step 1")["data"][0]
    np.testing.assert_allclose(bars["y"][0], probs.max())
    assert "predict.score.generate" not in at.session_state               # skipping is not a wrong guess
    at.number_input(key="gen.seed").set_value(1).run()                   # a new text: guess again
    assert at.button(key="gen.show_all") and not at.get("plotly_chart")
    assert [c.value for c in at.code if c.language != "python"] == [prime + " ▯"]
