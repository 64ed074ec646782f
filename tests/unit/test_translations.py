"""The Polish table (ui/translations.py) covers every UI string of the code, and each entry is usable:
non-empty, the same `{placeholders}` as the English (so .format() and figure templates work), same
markdown list/paragraph layout. scripts/extract_strings.py finds the strings (AST, nothing imported)."""
import re
import string
from collections import Counter
from pathlib import Path

import pytest

from scripts.extract_strings import collect, keys
from ui.i18n import polish_table

PL = polish_table()
FOUND = collect()
NEEDED = keys(FOUND)
FIELD = re.compile(r"\{[^{}]*\}")


def fields(text):
    """Format fields of a .format() string, e.g. ['n', 'kb:,'] (keys with figure templates too)."""
    return Counter(FIELD.findall(text.replace("{{", "").replace("}}", "")))


def test_the_extractor_finds_the_pages_strings():
    pages = {f.where.split(":")[0] for f in FOUND if f.kind == "ui"}
    root = Path(__file__).resolve().parents[2]
    assert "app.py" in pages
    assert {p.relative_to(root).as_posix() for p in (root / "pages").glob("*.py")} <= pages
    assert len(NEEDED) > 300


def test_every_ui_string_has_a_polish_entry():
    missing = [f"{where[0]}: {text!r}" for text, where in NEEDED.items() if text not in PL]
    assert not missing, "missing from ui/translations.py (run scripts/extract_strings.py):\n" + "\n".join(missing)


def test_no_fstring_inside_underscore():
    bad = [f"{f.where}: {f.text}" for f in FOUND if f.kind == "fstring-in-_"]
    assert not bad, "_() of an f-string cannot be translated; use _('... {n}').format(n=...):\n" + "\n".join(bad)


@pytest.mark.parametrize("english", sorted(PL))
def test_entry_is_usable(english):
    polish = PL[english]
    assert isinstance(polish, str) and polish.strip(), "empty translation"
    assert fields(polish) == fields(english), "placeholders differ"
    if english.strip():
        list(string.Formatter().parse(polish))              # well-formed braces
    assert polish.startswith(" ") == english.startswith(" ") and polish.endswith(" ") == english.endswith(" "), \
        "leading/trailing space differs (the string is concatenated)"
    assert polish.count("\n\n") == english.count("\n\n"), "paragraphs differ"
    assert polish.count("**") % 2 == 0 and polish.count("`") % 2 == 0, "unbalanced markdown"
    for symbol in re.findall(r"[A-Za-z_]+\[[^\]]*\]|\b(?:tanh|softmax)\b|[σ‖∂]", english):
        if symbol in ("y_t[predicted]",):
            continue
        assert symbol in polish, f"symbol {symbol!r} of the equations is missing"


def test_untranslated_entries_are_names_or_symbols():
    """An entry equal to its key must be a name/symbol, not English left in the table."""
    same = [k for k, v in PL.items() if k == v]
    wordy = [k for k in same if re.search(r"\b(?!(?:LSTM|RNN|GRU|RMSE|MAE|PCA|Reset|Model|model|symbol)\b)[A-Za-z]{3,}", k)]
    assert not wordy, wordy


@pytest.fixture
def polish(monkeypatch):
    """ui.i18n as in a Polish session."""
    import ui.i18n
    monkeypatch.setattr(ui.i18n, "lang", lambda: "pl")
    return ui.i18n


def test_figure_words_are_translated_and_data_untouched(polish):
    import numpy as np
    from charts.heatmaps import unit_heatmap
    values = np.random.default_rng(0).random((6, 3))
    fig = unit_heatmap(values, list("ab cde"), "f", "Forget gate f")
    ticks = list(fig.layout.xaxis.ticktext)
    polish.translate_figure(fig)
    assert fig.layout.title.text == PL["Forget gate f"]
    assert fig.layout.xaxis.title.text == PL["character (step t)"] and fig.layout.yaxis.title.text == PL["unit"]
    assert fig.data[0].hovertemplate.startswith("krok %{x} '%{customdata}'<br>jednostka %{y}<br>f = %{z:.4f}")
    assert np.array_equal(np.asarray(fig.data[0].z), values.T) and list(fig.layout.xaxis.ticktext) == ticks


def test_english_figures_are_left_alone(monkeypatch):
    import ui.i18n
    from charts.gates import saturation_scatter
    import numpy as np
    monkeypatch.setattr(ui.i18n, "lang", lambda: "en")
    fig = saturation_scatter({"f": (np.array([0.1]), np.array([0.2]))})
    before = fig.to_json()
    assert ui.i18n.translate_figure(fig).to_json() == before


def test_templates_fill_placeholders_and_stay_on_their_line(polish):
    t = polish.translate_text
    assert t("unit 7") == "jednostka 7"
    assert t("Training loss (per 25-symbol window) · criterion: exact") == \
        PL["Training loss (per 25-symbol window)"] + " · kryterium: exact"
    two = "prediction 'e' (p = 0.9312)<br>actual next 'a' (p = 0.0100)"
    assert t(two) == "predykcja 'e' (p = 0.9312)<br>faktyczny następny 'a' (p = 0.0100)"
    assert t("no such words here") == "no such words here"
    assert polish._("3 symbol(s) not in this model's vocabulary: 'Q'") == \
        "symbole spoza słownika tego modelu (3): 'Q'"
