"""AppTest of the Generate page (first view: test_first_view.py): temperature/seed change the text; greedy output equals
lstm.sample.sample_text; the step slider changes the bars; unknown prime symbols are named."""
import numpy as np
import pytest

from tests.app.conftest import EXPLORE, ROOT, assert_clean, figure_by_title, run_page, session_state
from lstm import CharLSTM, Vocabulary
from lstm.sample import recite, sample_text

PAGE = ROOT / "pages" / "6_Generate.py"
TEXT = "hello world, hello there"


@pytest.fixture(scope="module")
def model():
    return CharLSTM(Vocabulary.from_text(TEXT), hidden=8, seed=0)


def session(model):
    return {**session_state(model, TEXT), **EXPLORE}


def generated(at):
    return at.code[-1].value                      # the last code block (the first is the source)


def test_session_model_renders_and_text_is_seeded(model):
    at = run_page(PAGE, session(model))
    assert_clean(at)
    prime = at.text_input(key="gen.prime").value
    assert prime == TEXT[:12]
    assert generated(at) == sample_text(model, prime, 200, 1.0, 0)


def test_temperature_and_seed_change_the_text(model):
    at = run_page(PAGE, session(model))
    first = generated(at)
    at.number_input(key="gen.seed").set_value(1).run()
    assert generated(at) != first
    second = generated(at)
    at.number_input(key="gen.temperature").set_value(3.0).run()
    assert generated(at) != second


def test_greedy_equals_sample_text(model):
    at = run_page(PAGE, session(model))
    at.text_input(key="gen.prime").input("he").run()
    at.number_input(key="gen.length").set_value(50).run()
    at.number_input(key="gen.temperature").set_value(0.0).run()
    assert_clean(at)
    assert generated(at) == sample_text(model, "he", 50, 0)


def test_step_slider_changes_the_bars(model):
    at = run_page(PAGE, session(model))
    probs = model.run(TEXT[:12] + generated(at)).probs
    bars = figure_by_title(at, "Next-symbol probabilities at step 1")["data"][0]
    np.testing.assert_allclose(bars["y"][0], probs[11].max())
    at.slider(key="gen.step").set_value(5).run()
    bars5 = figure_by_title(at, "Next-symbol probabilities at step 5")["data"][0]
    np.testing.assert_allclose(bars5["y"][0], probs[15].max())
    assert not np.allclose(bars["y"], bars5["y"])


def test_unknown_prime_symbols_are_named(model):
    at = run_page(PAGE, session(model))
    at.text_input(key="gen.prime").input("hé<z").run()
    assert not at.exception
    assert at.warning and all(s in at.warning[0].value for s in ("'<'", "'z'", "'é'"))
    assert figure_by_title(at, "Greedy recitation")                       # the rest still works


def test_zero_length_and_recitation(model):
    at = run_page(PAGE, session(model))
    at.number_input(key="gen.length").set_value(0).run()
    assert_clean(at)
    assert generated(at) == "" and at.info
    rec = recite(model, TEXT)
    title = figure_by_title(at, "Greedy recitation")["layout"]["title"]["text"]
    assert f"{rec.n_correct}/{rec.total} correct" in title
