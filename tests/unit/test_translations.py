"""The Polish table (ui/translations.py) covers every UI string of the code, and each entry is usable:
non-empty, the same `{placeholders}` as the English (so .format() and figure templates work), same
markdown list/paragraph layout. scripts/extract_strings.py finds the strings (AST, nothing imported)."""
import re
import string
from collections import Counter
from pathlib import Path

import pytest

from scripts.extract_strings import collect, keys
from ui.translations import PL

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
