"""The Polish catalogue's workflow with Babel (a development tool: the app reads the compiled .mo with the
standard library's gettext and needs no Babel at run time).

    python scripts/i18n.py extract    # msgids of pages/, ui/, charts/, lstm/ and app.py -> locale/messages.pot
    python scripts/i18n.py update     # merge the .pot into locale/pl/LC_MESSAGES/messages.po (new ones empty)
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
KEYWORDS = {"_": None, "N_": None, "gettext": None, "ngettext": (1, 2), "N_plural": (1, 2)}
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


def main(command):
    if command == "extract":
        with POT.open("wb") as f:
            write_po(f, extract(), width=WIDTH, omit_header=True)
    elif command == "update":
        catalog = read_catalogue()
        catalog.update(extract(), no_fuzzy_matching=True)
        with PO.open("wb") as f:
            write_po(f, catalog, width=WIDTH, ignore_obsolete=True)
    elif command == "compile":
        MO.write_bytes(compiled(read_catalogue()))
    elif command == "check":
        from tests.unit.test_catalogue import problems
        found = problems()
        print("\n".join(found) or "catalogue complete")
        return 1 if found else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else ""))
