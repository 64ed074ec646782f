"""The Polish catalogue (locale/pl/LC_MESSAGES/messages.po, read through ui.i18n) covers every UI string of
the code, and each entry is usable: non-empty, the same `{placeholders}` as the English (so .format() works),
same markdown list/paragraph layout. Babel finds the strings (scripts/i18n.py: AST-free token scan, nothing
imported); tests/unit/test_catalogue.py checks the catalogue file itself (stale entries, plural forms, .mo)."""
import ast
import re
import string
from collections import Counter
from pathlib import Path

import pytest

from scripts.i18n import ROOT, extract
from ui.i18n import polish_table

PL = polish_table()
FOUND = extract()
NEEDED = {m.id: m.locations for m in FOUND if m.id and isinstance(m.id, str)}
FIELD = re.compile(r"\{[^{}]*\}")


def fields(text):
    """Format fields of a .format() string, e.g. ['n', 'kb:,']."""
    return Counter(FIELD.findall(text.replace("{{", "").replace("}}", "")))


def test_the_extractor_finds_the_pages_strings():
    pages = {path for m in FOUND for path, _line in m.locations}
    root = Path(__file__).resolve().parents[2]
    assert "app.py" in pages
    assert {p.relative_to(root).as_posix() for p in (root / "pages").glob("*.py")} <= pages
    assert len(NEEDED) > 300


def test_every_ui_string_has_a_polish_entry():
    missing = [f"{where[0][0]}:{where[0][1]}: {text!r}" for text, where in NEEDED.items() if text not in PL]
    assert not missing, "missing from the Polish catalogue (python scripts/i18n.py update):\n" + "\n".join(missing)


def _translated_fstrings(path):
    """`_(f"...")`-like calls in one file: the catalogue cannot hold an f-string (use _("... {n}").format(n=...))."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.JoinedStr):
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            if name in ("_", "N_", "gettext", "ngettext", "N_n", "translate"):
                yield f"{path.relative_to(ROOT)}:{node.lineno}: {ast.unparse(node.args[0])}"


def test_no_fstring_inside_underscore():
    files = [ROOT / "app.py", *(ROOT / d for d in ("pages", "ui", "charts", "lstm") for _ in [0])]
    paths = [f for f in files if f.is_file()] + [p for d in files if d.is_dir() for p in sorted(d.rglob("*.py"))]
    bad = [line for path in paths for line in _translated_fstrings(path)]
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
def polish():
    """The Polish translations object, as ui.i18n.translator() gives a Polish session."""
    from ui.i18n import translations
    return translations("pl")


def test_figure_words_are_translated_and_data_untouched(polish):
    import numpy as np
    from charts.heatmaps import unit_heatmap
    values = np.random.default_rng(0).random((6, 3))
    fig = unit_heatmap(values, list("ab cde"), "f", polish.gettext("Forget gate f"), tr=polish)
    ticks = list(fig.layout.xaxis.ticktext)
    assert fig.layout.title.text == PL["Forget gate f"]
    assert fig.layout.xaxis.title.text == PL["character (step t)"] and fig.layout.yaxis.title.text == PL["unit"]
    assert fig.data[0].hovertemplate.startswith("krok %{x} '%{customdata}'<br>jednostka %{y}<br>f = %{z:.4f}")
    assert np.array_equal(np.asarray(fig.data[0].z), values.T) and list(fig.layout.xaxis.ticktext) == ticks


def test_english_figures_are_left_alone():
    import numpy as np
    from charts.gates import saturation_scatter
    from ui.i18n import translations
    fractions = {"f": (np.array([0.1]), np.array([0.2]))}
    before = saturation_scatter(fractions).to_json()
    assert saturation_scatter(fractions, tr=translations("en")).to_json() == before


def test_templates_fill_placeholders_and_stay_on_their_line(polish):
    import numpy as np
    from charts.cell_diagram import _next_text
    from charts.training import loss_curve
    from lstm.vocab import Vocabulary, VocabularyError
    from ui.i18n import message
    t = polish.gettext
    assert t("unit {u}").format(u=7) == "jednostka 7"
    history = {k: np.array([1.0, 2.0]) for k in ("iteration", "loss", "smooth_loss", "exact_loss")}
    assert loss_curve(history, criterion="exact", tr=polish).layout.title.text == \
        PL["Training loss (per 25-symbol window)"] + " · kryterium: exact"
    two = _next_text(("e", 0.93121), ("a", 0.01), polish)
    assert two == "predykcja 'e' (p = 0.9312)<br>faktyczny następny 'a' (p = 0.0100)"
    assert t("no such words here") == "no such words here"
    with pytest.raises(VocabularyError) as err:
        Vocabulary(("a", "b"), "char").encode("aQ")
    assert message(err.value, polish) == "symbole spoza słownika tego modelu (1): 'Q'"
