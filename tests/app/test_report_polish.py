"""The downloadable report follows the interface language (AppTest, Report page): in Polish its headings,
sentences, table heads and figure words are Polish, <html lang="pl">, still self-contained with every figure;
switching the language in a session rebuilds it (the cache is per language). English: tests/app/test_report_page.py."""
import re

from tests.app.conftest import ROOT, assert_clean, downloaded, run_page
from tests.app.test_report_page import META, TITLES, tiny_model

PAGE = ROOT / "pages" / "10_Report.py"
ENGLISH = ("LSTM report", "Generated ", "by LSTM Explainer", "Training text", "Hyperparameters and criterion",
           "Training result", "Figures", "Samples", "temperature", "greedy", "Recitation", "Greedy recitation",
           "symbols correct", "setting", "measure", "value", "symbols (character level)", "expected")
POLISH = ("Raport LSTM: Wytrenowany w tej sesji", "Wygenerowano ", "Tekst treningowy (liczba znaków: 32)",
          "Hiperparametry i kryterium", "Wynik treningu", "Wykresy", "Próbki", "temperatura 0 (wybór zachłanny)",
          "temperatura 0.5", "Recytacja", "Zachłanna recytacja od pierwszego symbolu", "<th>ustawienie</th>",
          "<th>miara</th>", "<th>wartość</th>", "liczba symboli: ")
POLISH_TITLES = ("Strata treningowa na okno 25 symboli", "bramka zapominania f w całym tekście",
                 "bramka wejściowa i w całym tekście", "bramka wyjściowa o w całym tekście",
                 "stan komórki C w całym tekście")


def session(**extra):
    return {"ui.session_model": (tiny_model(), META), "ui.model": "session", **extra}


def prose(page):
    """The report without its scripts (plotly.js and the figure data), CSS and the quoted training text."""
    page = re.sub(r"<script.*?</script>|<style>.*?</style>", "", page, flags=re.S)
    return re.sub(r"<pre>.*?</pre>", "", page, flags=re.S)


def figure_words(page):
    """Titles, axis titles, trace names, annotations and hover lines of the embedded figures."""
    scripts = [s for s in re.findall(r"<script[^>]*>(.*?)</script>", page, re.S) if "Plotly.newPlot" in s]
    assert len(scripts) == len(TITLES)
    found = re.findall(r'"(?:text|name|hovertemplate)":"((?:[^"\\]|\\.)*)"', "".join(scripts))
    return [line for w in found for line in w.split("\\u003cextra")[0].split("\\u003cbr\\u003e")]


def report(at, media):
    assert_clean(at)
    return downloaded(at, media)[1].decode("utf-8")


def test_polish_report_is_polish_and_still_has_every_figure(media):
    page = report(run_page(PAGE, session(**{"ui.lang": "pl"})), media)
    assert page.startswith('<!DOCTYPE html>\n<html lang="pl">')
    text = prose(page)
    for polish in POLISH:
        assert polish in text, polish
    left = [english for english in ENGLISH if english in text]
    assert not left, left
    assert page.count("plotly.js v") == 1 and page.count("Plotly.newPlot") == len(TITLES)
    words = figure_words(page)
    for title in POLISH_TITLES:                          # every figure, with its title in Polish
        assert title in words, title
    english = [w for w in words if re.search(r"\b(over|the|text|iteration|loss|unit|step|character|target|gate)\b", w)]
    assert not english, english


def test_switching_the_language_rebuilds_the_report(media):
    at = run_page(PAGE, session())
    english = report(at, media)
    assert english.startswith('<!DOCTYPE html>\n<html lang="en">') and "LSTM report: Trained in this session" in english
    at.session_state["ui.lang"] = "pl"
    polish = report(at.run(), media)
    assert polish.startswith('<!DOCTYPE html>\n<html lang="pl">') and "Raport LSTM: Wytrenowany w tej sesji" in polish
    at.session_state["ui.lang"] = "en"
    again = report(at.run(), media)
    assert again.startswith('<!DOCTYPE html>\n<html lang="en">') and "Hyperparameters and criterion" in again
