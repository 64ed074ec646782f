"""The Polish catalogue's workflow with Babel (a development tool: the app reads the compiled .mo with the
standard library's gettext and needs no Babel at run time).

    python scripts/i18n.py extract    # msgids of pages/, ui/, charts/, lstm/ and app.py -> locale/messages.pot
                                      # (a look at what the code marks; not committed)
    python scripts/i18n.py update     # merge the code's msgids into locale/pl/LC_MESSAGES/messages.po: new ones
                                      # empty (translate them), ones no code uses any more dropped
    python scripts/i18n.py compile    # messages.po -> messages.mo (commit both)
    python scripts/i18n.py check      # exit 1 if a msgid lacks Polish, is stale, or the .mo is out of date

Marked strings: `_("...")` (translate now), `N_("...")` (a constant translated later, e.g. lstm's message
templates), `ngettext("one", "many", n)` (plural forms; Polish has three, see the .po's Plural-Forms).
"""
import io
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
LOCALE = ROOT / "locale"
POT = LOCALE / "messages.pot"
PO = LOCALE / "pl" / "LC_MESSAGES" / "messages.po"
MO = PO.with_suffix(".mo")
SOURCES = ("app.py", "pages", "ui", "charts", "lstm")
KEYWORDS = {"_": None, "N_": None, "gettext": None, "translate": None, "ngettext": (1, 2), "N_n": (1, 2)}
WIDTH = 100


def extract():
    """A Catalog of every marked msgid in SOURCES, with where each is used."""
    catalog = Catalog(project="LSTM Explainer", fuzzy=False)
    for source in SOURCES:
        path = ROOT / source
        found = ([(path.name, *m) for m in _extract_file(path)] if path.is_file() else
                 extract_from_dir(path, method_map=[("**.py", "python")], keywords=KEYWORDS,
                                  comment_tags=("Translators:",), strip_comment_tags=True))
        for filename, lineno, message, comments, context in found:
            where = (f"{source}/{filename}" if path.is_dir() else source, lineno)
            catalog.add(message, None, [where], auto_comments=comments, context=context)
    return catalog


def _extract_file(path):
    from babel.messages.extract import extract as extract_stream
    with path.open("rb") as f:
        for lineno, message, comments, context in extract_stream("python", f, keywords=KEYWORDS,
                                                                 comment_tags=("Translators:",),
                                                                 strip_comment_tags=True):
            yield lineno, message, comments, context


def read_catalogue(path=PO):
    with path.open("rb") as f:
        return read_po(f, locale="pl")


def compiled(catalog):
    """The .mo bytes of a catalog (what `compile` writes)."""
    out = io.BytesIO()
    write_mo(out, catalog)
    return out.getvalue()


def msgid(message):
    """A catalogue entry's msgid: the singular of a counted phrase."""
    return message.id if isinstance(message.id, str) else message.id[0]


def _forms(message):
    return message.string if isinstance(message.string, tuple) else (message.string,)


def problems(catalogue=None, extracted=None):
    """Every way the catalogue and the code disagree, one line each (empty when they agree): a marked msgid
    without Polish (any plural form empty), a msgid no code marks (stale), singular/plural mismatch, and a
    .mo that is not the compiled .po."""
    catalogue = read_catalogue() if catalogue is None else catalogue
    used = {msgid(m): m for m in (extract() if extracted is None else extracted) if m.id}
    held = {msgid(m): m for m in catalogue if m.id}
    out = [f"no Polish: {k!r} ({', '.join(f'{f}' for f, _n in used[k].locations[:2])})"
           for k in used if k not in held or not all(_forms(held[k]))]
    out += [f"stale (no code uses it): {k!r}" for k in held if k not in used]
    out += [f"singular/plural differ from the code: {k!r}" for k in used
            if k in held and isinstance(used[k].id, tuple) != isinstance(held[k].id, tuple)]
    if MO.read_bytes() != compiled(catalogue):
        out.append(f"{MO.name} is not the compiled {PO.name}: run python scripts/i18n.py compile")
    return out


def main(command):
    if command == "extract":
        with POT.open("wb") as f:
            write_po(f, extract(), width=WIDTH, omit_header=True, include_lineno=False)
    elif command == "update":
        catalog = read_catalogue()
        template = extract()
        template.creation_date = catalog.creation_date      # the header changes only when an entry does
        catalog.update(template, no_fuzzy_matching=True)
        with PO.open("wb") as f:
            write_po(f, catalog, width=WIDTH, ignore_obsolete=True, include_lineno=False)
    elif command == "compile":
        MO.write_bytes(compiled(read_catalogue()))
    elif command == "check":
        found = problems()
        print("\n".join(found) or "catalogue complete")
        return 1 if found else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else ""))
