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
