"""lstm.symbols: one table of visible labels, and every place that draws symbols uses it.

Every code point is checked: its label contains no invisible character, never starts with a lone mark,
and no two characters share a label. Then the issue's case ('\\r' was drawn raw by charts.style.symbol_label
while lstm/explain.py knew ␍) and the other kinds of invisible characters through each consumer.
"""
import html
import unicodedata

import numpy as np
import pytest

from charts.encodings import visible_symbol
from charts.heatmaps import text_grid, unit_heatmap
from charts.style import safe, symbol_label
from charts.training import recitation_figure
from lstm.explain import around
from lstm.symbols import _char_label, label, quoted, visible_text
from tests.figures import strings

INVISIBLE = {"Cc", "Cf", "Zs", "Zl", "Zp", "Cs"}
IGNORABLE_SAMPLES = ["\u034f", "\u115f", "\u1160", "\u17b4", "\u180b", "\u3164", "\ufe0f", "\uffa0", "\U000e0001",
                     "\U000e0100"]
CASES = {"\t": "⇥", "\n": "⏎", "\r": "␍", " ": "␣", "\u00a0": "⍽", "\u200b": "⟨ZWSP⟩", "\u200c": "⟨ZWNJ⟩",
         "\u200d": "⟨ZWJ⟩", "\u2028": "⟨LS⟩", "\u2029": "⟨PS⟩", "\ufeff": "⟨BOM⟩", "\x00": "␀", "\x1b": "␛",
         "\x7f": "␡", "\x85": "⟨NEL⟩", "\x9f": "⟨U+009F⟩", "\u202e": "⟨RLO⟩", "\u2066": "⟨LRI⟩", "\u00ad": "⟨SHY⟩",
         "\u2009": "⟨U+2009⟩", "\u3000": "⟨IDSP⟩", "\u0301": "◌\u0301", "⏎": "⟨U+23CE⟩", "a": "a", "ą": "ą",
         "<": "<", "🙂": "🙂"}


def shows_nothing(ch):
    return unicodedata.category(ch) in INVISIBLE or ch in IGNORABLE_SAMPLES


def test_every_code_point_gets_a_visible_label_of_its_own():
    labels = [_char_label(chr(c)) for c in range(0x110000)]
    assert len(set(labels)) == len(labels)                                # no two characters look alike
    bad = [(hex(c), lab) for c, lab in enumerate(labels)
           if not lab or any(shows_nothing(x) for x in lab) or unicodedata.category(lab[0]).startswith("M")]
    assert not bad, bad[:10]


@pytest.mark.parametrize("ch, want", list(CASES.items()))
def test_labels_of_the_issue_and_their_kind(ch, want):
    assert label(ch) == want
    assert symbol_label(ch) == html.escape(want, quote=False)            # the figures' labels: the same table
    assert visible_symbol(ch) == want                                     # the tables' labels too


@pytest.mark.parametrize("ch", IGNORABLE_SAMPLES)
def test_default_ignorable_characters_are_labelled(ch):
    assert label(ch).startswith("⟨") and ch not in label(ch)


def test_words_and_running_text():
    assert label("e\u0301") == "e\u0301" and label("\u0301e") == "◌\u0301e"  # a mark stays on its letter
    assert label("zero\u200bwidth") == "zero⟨ZWSP⟩width"
    assert visible_text("a b\n\tc\r\u200bd") == "a b\n⇥c␍⟨ZWSP⟩d"          # spaces and newlines stay layout
    assert visible_text("a b\nc", one_line=True) == "a b⏎c"
    assert quoted(" ") == "'␣'" and quoted("'") == '"\'"' and quoted("\r") == "'␍'"


def test_around_draws_every_invisible_symbol_on_one_line():
    tokens = list("ab\r\u2028c\u200bd\te")
    line, caret = around(tokens, 3)
    assert "\r" not in line and "\u2028" not in line and "\n" not in line and "\u200b" not in line
    assert line == "ab␍⟨LS⟩c⟨ZWSP⟩d⇥e" and caret == " " * 3 + "^" * 4


def test_figures_carry_no_raw_invisible_character():
    tokens = ["a", "\r", "\u2028", "\u200b", "\x00", "\ufeff", "\u202e", "\x85", "b"]
    values = np.linspace(0, 1, len(tokens) * 2).reshape(len(tokens), 2)
    figs = [unit_heatmap(values, tokens, "f", "t"), text_grid(tokens, values[:, 0], "f", 0, "t"),
            recitation_figure("a", tokens[1:], tokens[1:])]
    for fig in figs:
        found = [s for s in strings(fig.to_plotly_json()) if any(shows_nothing(ch) and ch != " " for ch in s)]
        assert not found, found[:3]
    assert sum("⟨ZWSP⟩" in s for s in strings(figs[1].to_plotly_json())) >= 1
    assert safe("line\r\nnext\u2029") == "line␍⏎next⟨PS⟩"
