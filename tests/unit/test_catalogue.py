"""The Polish gettext catalogue (locale/pl/LC_MESSAGES/messages.po -> messages.mo) matches the code.

Rule: the .po holds exactly the msgids Babel extracts from app.py, pages/, ui/, charts/ and lstm/ (`_`, `N_`,
`gettext`, `translate`, `ngettext`, `N_n`; scripts/i18n.py), each with Polish (all three plural forms for a
counted phrase); a msgid no code marks is stale and must be removed (`python scripts/i18n.py update` drops
it). The committed .mo is exactly what `python scripts/i18n.py compile` makes of the .po.
"""
import gettext
import string

import pytest

from lstm.messages import Message, N_n
from scripts.i18n import MO, _forms, extract, msgid, problems, read_catalogue

CATALOGUE = read_catalogue()
EXTRACTED = extract()


def test_the_code_and_the_catalogue_agree():
    found = problems(CATALOGUE, EXTRACTED)
    assert not found, "\n".join(found)


def test_the_check_finds_a_missing_a_stale_and_an_uncompiled_entry():
    """problems() can fail: a new msgid without Polish, a msgid no code uses, a .po edited but not compiled."""
    from babel.messages.catalog import Catalog
    edited = Catalog(locale="pl")
    for m in CATALOGUE:
        if m.id and msgid(m) != "Language":
            edited.add(m.id, m.string)
    edited.add("a sentence no code writes", "zdanie, którego nie pisze żaden kod")
    found = problems(edited, EXTRACTED)
    assert any(line.startswith("no Polish: 'Language'") for line in found)
    assert "stale (no code uses it): 'a sentence no code writes'" in found
    assert any("is not the compiled" in line for line in found)


def test_the_extraction_reads_every_source_tree():
    where = {loc.split("/")[0] for m in EXTRACTED for loc, _line in m.locations}
    assert {"app.py", "pages", "ui", "charts", "lstm"} <= where
    assert len(EXTRACTED) > 1000


def test_polish_plural_forms_header():
    assert CATALOGUE.num_plurals == 3
    assert CATALOGUE.plural_expr == "(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2)"
    assert all(len(m.string) == 3 for m in CATALOGUE if isinstance(m.id, tuple))


POLISH = gettext.GNUTranslations(MO.open("rb"))
COUNTS = [(1, 0), (2, 1), (5, 2), (12, 2), (22, 1), (25, 2)]      # n -> Polish form: one, few, many


@pytest.mark.parametrize("n, form", COUNTS)
def test_polish_picks_the_form_for_n(n, form):
    names = Message(N_n("the list has {n} name; give at least {min_names}, one per line",
                        "the list has {n} names; give at least {min_names}, one per line"), n=n, min_names=30)
    polish = names.translate(POLISH.gettext, POLISH.ngettext)
    assert polish == f"lista ma {n} {('imię', 'imiona', 'imion')[form]}; podaj co najmniej 30, po jednym w wierszu"
    assert str(names) == f"the list has {n} name{'s' * (n != 1)}; give at least 30, one per line"


@pytest.mark.parametrize("n, form", COUNTS)
def test_every_counted_phrase_has_its_polish_form(n, form):
    for m in CATALOGUE:
        if isinstance(m.id, tuple):
            assert POLISH.ngettext(*m.id, n) == m.string[form]


@pytest.mark.parametrize("m", [m for m in CATALOGUE if m.id], ids=lambda m: msgid(m)[:60])
def test_polish_fills_the_same_fields(m):
    english = m.id if isinstance(m.id, tuple) else (m.id,)
    fields = {f for text in english for _lit, f, _spec, _conv in string.Formatter().parse(text) if f is not None}
    for polish in _forms(m):
        assert {f for _lit, f, _spec, _conv in string.Formatter().parse(polish) if f is not None} <= fields
