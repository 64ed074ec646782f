"""Interface language: English by default, Polish from the gettext catalogue (the standard library's gettext).

The catalogue is locale/pl/LC_MESSAGES/messages.po (the source; msgids are the English strings) compiled to
messages.mo, which is committed, so the app needs no Babel at run time; scripts/i18n.py extracts, updates
and compiles it (README, "Translating"). The language is the session's (st.session_state[LANG_KEY]): no
process-wide state. `_()`/`ngettext()` look it up inside a script run; a widget's format_func that
Streamlit (or AppTest) may call after the run closes over strings or over `translator()` taken in the run.
tests/app/test_polish.py walks every page in Polish and fails on any English string left.
"""
import gettext
import string
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

import numpy as np
import streamlit as st
from streamlit.runtime.scriptrunner import get_script_run_ctx

from lstm.messages import Message, N_  # noqa: F401 (N_: re-exported for ui and pages)

LANG_KEY = "ui.lang"            # "en" | "pl"
LANGUAGES = {"en": "English", "pl": "Polski"}
LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"
DOMAIN = "messages"


class _PolishNumbers(string.Formatter):
    """str.format for Polish text: a number formatted with a thousands separator ({n:,}) groups its digits
    with a no-break space, as Polish writes them (144 413): an English comma reads as a decimal comma there.
    Decimal points stay points, as in the charts' axes and hover texts."""

    def format_field(self, value, format_spec):
        text = super().format_field(value, format_spec)
        if "," in format_spec and isinstance(value, (int, float, np.integer, np.floating)):
            text = text.replace(",", "\u00a0")
        return text


POLISH_NUMBERS = _PolishNumbers()


class PolishText(str):
    """A translated Polish template whose .format() writes numbers the Polish way (_PolishNumbers)."""

    def format(self, *args, **kwargs):
        return POLISH_NUMBERS.vformat(self, args, kwargs)


class _PolishTranslations(gettext.GNUTranslations):
    """The Polish catalogue; templates come back as PolishText (lstm.messages formats them the same way)."""

    def gettext(self, message):
        text = super().gettext(message)
        return PolishText(text) if "{" in text else text

    def ngettext(self, msgid1, msgid2, n):
        text = super().ngettext(msgid1, msgid2, n)
        return PolishText(text) if "{" in text else text


@lru_cache(maxsize=None)
def translations(language):
    """The gettext translations of `language` ("en": the msgids themselves). Read-only, so one per process."""
    if language == "en":
        return gettext.NullTranslations()
    return gettext.translation(DOMAIN, LOCALE_DIR, languages=[language], class_=_PolishTranslations)


def lang():
    """"en" or "pl": the session's choice inside a script run; "en" outside one (there is no session)."""
    if get_script_run_ctx(suppress_warning=True) is None:
        return "en"
    return st.session_state.get(LANG_KEY, "en")


def translator():
    """The session's translations (`.gettext`, `.ngettext`), to bind in closures that may run after the run."""
    return translations(lang())


def ngettext(singular, plural, n):
    """The form of a counted phrase for `n` in the session's language (Polish has three forms)."""
    return translator().ngettext(singular, plural, n)


def _(text):
    """The session's language's version of an English UI string (the msgid itself in English or if untranslated)."""
    return translator().gettext(text)


def message(value, tr=None):
    """An lstm message in the session's language (or `tr`'s): an LSTMError or Message by its template and
    parameters (lstm.messages); any other text (a ValueError already translated, a plain code word such as
    "reached") is looked up as it is."""
    tr = tr or translator()
    value = getattr(value, "message", value)
    if isinstance(value, Message):
        return value.translate(tr.gettext, tr.ngettext)
    return tr.gettext(str(value))


class Kept(NamedTuple):
    """A message shown again on later reruns (an error left by a callback for the page to show), kept as
    what it is made of, not as its text: rendered when shown, so a language switch in between shows it in
    the new language. message: an lstm Message (or any text, looked up as it is); prefix, suffix: English
    msgids around it (marked with N_() where they are written)."""
    message: object
    prefix: str = ""
    suffix: str = ""

    def text(self, escape=None, tr=None):
        """The message in the session's language (or `tr`'s); escape: applied to the message part only
        (md_escape for a file name in markdown)."""
        tr = tr or translator()
        body = message(self.message, tr)
        end = ("" if body.endswith((".", "!", "?")) else ".") + " " + tr.gettext(self.suffix) if self.suffix else ""
        return (tr.gettext(self.prefix) if self.prefix else "") + (escape(body) if escape else body) + end


def keep(err, prefix="", suffix=""):
    """Kept(...) of an error to store in st.session_state: its lstm Message when it has one, else its text."""
    value = getattr(err, "message", err)
    return Kept(value if isinstance(value, (Message, str)) else str(value), prefix, suffix)


def polish_table():
    """{English msgid: Polish} of the singular entries of the compiled Polish catalogue."""
    return {k: v for k, v in translations("pl")._catalog.items() if isinstance(k, str) and k}
