"""charts.report in another language: every word of the page goes through the `_` passed in, the HTML lang
attribute follows, and the English default is unchanged. (The real Polish report: tests/app/test_report_polish.py.)"""
import gettext
import re

import pytest

from charts.report import build_report, report_figures
from lstm import CharLSTM, Vocabulary
from lstm.sample import recite

TEXT = "abcabd <x> & y\n"
HISTORY = {"iteration": [0, 1], "loss": [3.0, 1.0], "smooth_loss": [3.0, 2.9], "exact_loss": [None, 1.0]}
# the report's element texts that are words of the app (user text, table keys and values are not)
WORDS = re.compile(r"<title>(.*?)</title>|<h[123]>(.*?)</h[123]>|<p(?:\s[^>]*)?>(.*?)</p>|<tr><th>([^<]*)</th><th>([^<]*)</th></tr>"
                   r'|title="([^"]*)"', re.S)


@pytest.fixture(scope="module")
def model():
    return CharLSTM(Vocabulary.from_text(TEXT), hidden=4, seed=0)


class Marked(gettext.NullTranslations):
    """Translations that mark what they were given, keeping the {placeholders} for .format."""

    def gettext(self, message):
        return "«" + message + "»"

    def ngettext(self, singular, plural, n):
        return self.gettext(singular if n == 1 else plural)


marked = Marked()


def report(model, recitation=True, **kwargs):
    figs = report_figures(model.run(TEXT), HISTORY)
    return build_report(model_label="m", text=TEXT, config={"hidden": 4}, summary={"iterations": 2}, figures=figs,
                        samples=[(0.0, "abc"), (0.5, "cab")], recitation=recite(model, TEXT) if recitation else None,
                        date="2025-01-02 03:04", **kwargs)


def visible_words(page):
    page = re.sub(r"<script.*?</script>", "", page, flags=re.S)
    return [w for match in WORDS.findall(page) for w in match if w.strip()]


@pytest.mark.parametrize("recitation", [True, False])
def test_every_word_of_the_report_goes_through_the_translate_function(model, recitation):
    page = report(model, recitation, tr=marked, lang="xx")
    words = visible_words(page)
    assert len(words) >= 10
    assert page.startswith('<!DOCTYPE html>\n<html lang="xx">')
    plain = [w for w in words if not w.startswith("«")]
    assert not plain, plain
    if recitation:                                   # an untrained model: wrong symbols, each with its hint
        assert 'class="bad" title="«expected ' in page


def test_the_english_report_is_unchanged_and_says_it_is_english(model):
    page = report(model)
    assert page.startswith('<!DOCTYPE html>\n<html lang="en">') and "«" not in page
    words = visible_words(page)
    for heading in ("LSTM report: m", "Training text (15 characters)", "Hyperparameters and criterion",
                    "Training result", "Figures", "Samples", "temperature 0 (greedy)", "temperature 0.5", "Recitation"):
        assert heading in words, heading
    assert any(w.startswith("Generated 2025-01-02 03:04 by LSTM Explainer.") for w in words)
    assert any(w.startswith("Greedy recitation from the first symbol:") for w in words)


def test_report_without_config_summary_samples_or_recitation_says_so_through_the_function(model):
    page = build_report(model_label="m", text="", config=None, summary=None, figures=[], samples=[],
                        recitation=None, date="d", tr=marked, lang="xx")
    for sentence in ("No training configuration is stored with this model.", "No training summary is stored with "
                     "this model.", "No samples.", "No recitation: the training text is unknown."):
        assert f"«{sentence}»" in page, sentence
    assert not [w for w in visible_words(page) if not w.startswith("«")]


@pytest.mark.parametrize("score, english, polish", [
    ((0, 0, 10), "Score: no answers yet; 10 questions to answer", "Wynik: na razie bez odpowiedzi; 10 pytań do odpowiedzi"),
    ((2, 3, 10), "Score: 2 of 3 answered correctly; 7 questions left", "Wynik: poprawnie 2 z 3 odpowiedzi; zostało 7 pytań"),
    ((1, 8, 10), "Score: 1 of 8 answered correctly; 2 questions left", "Wynik: poprawnie 1 z 8 odpowiedzi; zostały 2 pytania"),
    ((0, 9, 10), "Score: 0 of 9 answered correctly; 1 question left", "Wynik: poprawnie 0 z 9 odpowiedzi; zostało 1 pytanie"),
    ((5, 10, 10), "Score: 5 of 10 answered correctly", "Wynik: poprawnie 5 z 10 odpowiedzi"),
    ((0, 0, 1), "Score: no answers yet; 1 question to answer", "Wynik: na razie bez odpowiedzi; 1 pytanie do odpowiedzi"),
    ((0, 0, 3), "Score: no answers yet; 3 questions to answer", "Wynik: na razie bez odpowiedzi; 3 pytania do odpowiedzi")])
def test_the_quiz_score_reads_as_a_sentence_with_its_plurals(score, english, polish):
    """Says how many answers are right and how many questions are left (not "3 of 10 answered (10 questions)")."""
    from charts.report import quiz_score
    from scripts.i18n import MO
    assert quiz_score(*score) == english
    assert quiz_score(*score, tr=gettext.GNUTranslations(MO.open("rb"))) == polish
