"""The prediction widgets in Polish: each mode walked through its steps (guess, Reveal, check, show the answers,
predictions switched off) in English and in Polish, with no English left (the rules of tests/app/test_polish.py)."""
import pytest

from lstm import CharLSTM, Vocabulary
from tests.app.conftest import EXPLORE, ROOT, assert_clean, run_page, session_state
from tests.app.test_polish import ENGLISH_FUNCTION_WORDS, residue, visible_texts

TEXT = 'say "hi" to (them) now'
MODEL = CharLSTM(Vocabulary.from_text(TEXT), hidden=6, seed=1, init_std=0.8)


def press(at, key):
    at.button(key=key).click().run()


def one_step_predict(at):
    at.checkbox(key="one_step.coarse").check().run()
    press(at, "one_step.reveal")                                        # no side chosen: the warning
    for radio in [r for r in at.radio if r.key.startswith("one_step.guess.")]:
        radio.set_value(1.0).run()
    press(at, "one_step.reveal")


def one_step_practice(at):
    at.radio(key="one_step.exercise").set_value("practice").run()
    at.number_input[0].set_value(5.0).run()
    press(at, "practice.check")
    press(at, "practice.show")
    press(at, "practice.next")


def generate(at):
    next(s for s in at.selectbox if s.key.startswith("gen.guess.symbol.")).set_value(0).run()
    press(at, "generate.reveal")
    press(at, "gen.recitation_button")


WALKS = {
    "one_step_predict": ("2_One_step.py", {}, one_step_predict),
    "one_step_practice": ("2_One_step.py", {}, one_step_practice),
    "one_step_off": ("2_One_step.py", EXPLORE, lambda at: None),
    "generate": ("6_Generate.py", {}, generate),
    "generate_off": ("6_Generate.py", EXPLORE, lambda at: None),
    "gradients": ("7_Gradients_through_time.py", {}, lambda at: press(at, "gradients.reveal")),
}


def walk(name, lang):
    page, state, actions = WALKS[name]
    at = run_page(ROOT / "pages" / page, {**session_state(MODEL, TEXT), **state,
                                          **({"ui.lang": "pl"} if lang == "pl" else {})})
    texts = visible_texts(at)
    actions(at)
    assert_clean(at)
    return texts + visible_texts(at)


@pytest.mark.parametrize("name", list(WALKS))
def test_no_english_left_in_polish(name):
    english, polish = set(walk(name, "en")), walk(name, "pl")
    left = sorted({s for s in polish if s in english and residue(s)})
    assert not left, "English left:\n" + "\n".join(map(repr, left))
    half = sorted({s for s in polish if set(w.lower() for w in residue(s)) & ENGLISH_FUNCTION_WORDS})
    assert not half, "English words inside Polish strings:\n" + "\n".join(map(repr, half))
