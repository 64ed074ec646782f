"""The Check yourself page: about ten questions from the chosen model and text; an answer's explanation (with
its numbers) is not on the page before the student answers, then it is, and equals the Trace; the first
answer counts; the whole quiz is walked in English and in Polish (no English left); another model or set
gives other questions; the score and the answers go into the HTML report."""
import pytest
from streamlit.testing.v1 import AppTest

from lstm import CharLSTM, Vocabulary
from lstm.quiz import make_quiz
from tests.app.conftest import ROOT, assert_clean, run_page, session_state
from tests.app.payload import capture_downloads, page_payload
from tests.app.test_polish import ENGLISH_FUNCTION_WORDS, residue, visible_texts

PAGE = ROOT / "pages" / "16_Check_yourself.py"
TEXT = 'she said "keep it" and (then) "go on" to them'


@pytest.fixture(scope="module")
def model():
    return CharLSTM(Vocabulary.from_text(TEXT), hidden=8, seed=4, init_std=0.7)


def quiz(model, seed=0):
    return make_quiz(model.params, model.run(TEXT), model.vocab.symbols, seed=seed)


def radios(at):
    return [r for r in at.radio if r.key and r.key.startswith("quiz.q")]


def test_an_answer_is_hidden_until_the_student_answers(model, monkeypatch):
    seed = next(s for s in range(20) if "gate_side" in [q.template for q in quiz(model, s)])   # a set asking it
    qs = quiz(model, seed)
    k = next(j for j, q in enumerate(qs) if q.template == "gate_side")
    q, trace = qs[k], model.run(TEXT)
    value = trace.get(q.params["g"])[q.params["t"], q.params["u"]]
    assert q.params["v"] == value
    downloads = capture_downloads(monkeypatch)
    at = run_page(PAGE, {**session_state(model, TEXT), "quiz.seed": seed})
    assert_clean(at)
    assert len(radios(at)) == len(qs) == 10
    hidden = page_payload(at, downloads)
    assert not hidden.shows(value) and not at.success and not at.warning
    radios(at)[k].set_value(1 - q.answer).run()                          # the wrong one first
    assert_clean(at)
    shown = page_payload(at)
    assert shown.shows(value) and f"{value:.2f}" in at.warning[0].value.replace("\\", "")
    assert radios(at)[k].disabled and radios(at)[k].value == 1 - q.answer   # the first answer is locked in
    assert "Score: 0 of 1 answered correctly; 9 questions left" in [s.value for s in at.subheader]


@pytest.mark.parametrize("lang", ["en", "pl"])
def test_the_whole_quiz_in_each_language(model, lang):
    qs = quiz(model)
    at = run_page(PAGE, {**session_state(model, TEXT), **({"ui.lang": "pl"} if lang == "pl" else {})})
    for k, q in enumerate(qs):
        radios(at)[k].set_value(q.answer if k % 2 == 0 else (q.answer + 1) % len(q.options)).run()
        assert_clean(at)
    assert len(at.success) == 6 and len(at.warning) == 5                   # 5 right (+ "all answered"), 5 wrong
    explanations = [a.value for a in [*at.success, *at.warning]]
    assert all("=" in e for e in explanations[:5] + explanations[6:])
    texts = visible_texts(at)
    if lang == "pl":
        english = run_page(PAGE, session_state(model, TEXT))
        for k, q in enumerate(qs):
            radios(english)[k].set_value(q.answer if k % 2 == 0 else (q.answer + 1) % len(q.options)).run()
        left = sorted({s for s in texts if s in set(visible_texts(english)) and residue(s)})
        assert not left, left
        half = sorted({s for s in texts if set(w.lower() for w in residue(s)) & ENGLISH_FUNCTION_WORDS})
        assert not half, half
        assert "Wynik: poprawnie 5 z 10 odpowiedzi" in texts
    else:
        assert "Score: 5 of 10 answered correctly" in texts


def test_another_model_or_set_gives_other_questions(model):
    other = CharLSTM(Vocabulary.from_text(TEXT), hidden=8, seed=5, init_std=0.7)
    labels = {}
    for name, (m, seed) in {"a": (model, 0), "b": (other, 0), "c": (model, 1)}.items():
        at = run_page(PAGE, {**session_state(m, TEXT), "quiz.seed": seed})
        labels[name] = [r.label for r in radios(at)]
    assert labels["a"] != labels["b"] and labels["a"] != labels["c"]
    at = run_page(PAGE, session_state(model, TEXT))
    at.button(key="quiz.new").click().run()
    assert at.number_input(key="quiz.seed").value == 1 and [r.label for r in radios(at)] == labels["c"]


def test_score_and_answers_go_into_the_report(model, monkeypatch):
    downloads = capture_downloads(monkeypatch)
    qs = quiz(model)
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    for key, value in session_state(model, TEXT).items():
        at.session_state[key] = value
    at.switch_page("pages/16_Check_yourself.py").run()
    for k in range(3):
        radios(at)[k].set_value(qs[k].answer).run()
    downloads.clear()
    at.switch_page("pages/10_Report.py").run()
    assert_clean(at)
    html = next(d for d in downloads if isinstance(d, bytes) and d.startswith(b"<!DOCTYPE html>")).decode()
    assert "<h2>Check yourself</h2>" in html and "Score: 3 of 3 answered correctly; 7 questions left." in html
    assert html.count('<tr class="right">') == 3 and html.count("(not answered)") == 7
    assert qs[0].explanation.format(**qs[0].params).split(":")[0] in html
