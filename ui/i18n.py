"""Interface language: English by default, Polish on request; one table, no strings scattered in pages.

Pages wrap every visible string in `_()` with the English text as the key; ui.translations
holds the Polish for each. A test walks the pages in Polish and fails on any English string left.
"""
import streamlit as st

from .translations import PL

LANG_KEY = "ui.lang"            # "en" | "pl"
LANGUAGES = {"en": "English", "pl": "Polski"}


def lang():
    return st.session_state.get(LANG_KEY, "en")


def _(text):
    """The current language's version of an English UI string (unchanged in English or if untranslated)."""
    if lang() == "pl":
        return PL.get(text, text)
    return text
