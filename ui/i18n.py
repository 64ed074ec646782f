"""Interface language: English by default, Polish from the gettext catalogue (the standard library's gettext).

The catalogue is locale/pl/LC_MESSAGES/messages.po (the source; msgids are the English strings) compiled to
messages.mo, which is committed, so the app needs no Babel at run time; scripts/i18n.py extracts, updates
and compiles it (README, "Translating"). The language is the session's (st.session_state[LANG_KEY]): no
process-wide state. `_()`/`ngettext()` look it up inside a script run; a widget's format_func that
Streamlit (or AppTest) may call after the run closes over strings or over `translator()` taken in the run.
tests/app/test_polish.py walks every page in Polish and fails on any English string left.
"""
import gettext
import re
from functools import lru_cache
from pathlib import Path

import numpy as np
import streamlit as st
from streamlit.runtime.scriptrunner import get_script_run_ctx

LANG_KEY = "ui.lang"            # "en" | "pl"
LANGUAGES = {"en": "English", "pl": "Polski"}
LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"
DOMAIN = "messages"
PLACEHOLDER = re.compile(r"\{[^{}]*\}")
HOVER_VALUE = re.compile(r"^(.+?)( = | )(%\{[^}]*\})(.*)$")


@lru_cache(maxsize=None)
def translations(language):
    """The gettext translations of `language` ("en": the msgids themselves). Read-only, so one per process."""
    if language == "en":
        return gettext.NullTranslations()
    return gettext.translation(DOMAIN, LOCALE_DIR, languages=[language])


def lang():
    """"en" or "pl": the session's choice inside a script run; "en" outside one (there is no session)."""
    if get_script_run_ctx(suppress_warning=True) is None:
        return "en"
    return st.session_state.get(LANG_KEY, "en")


def translator():
    """The session's translations (`.gettext`, `.ngettext`), to bind in closures that may run after the run."""
    return translations(lang())


def N_(text):
    """Mark a constant for the catalogue without translating it here (gettext's "translate later")."""
    return text


def ngettext(singular, plural, n):
    """The form of a counted phrase for `n` in the session's language (Polish has three forms)."""
    return translator().ngettext(singular, plural, n)


def _(text):
    """The session's language's version of an English UI string (the msgid itself in English or if untranslated)."""
    if lang() == "pl":
        return translate_text(text)
    return text


def polish_table():
    """{English msgid: Polish} of the singular entries of the compiled Polish catalogue."""
    return {k: v for k, v in translations("pl")._catalog.items() if isinstance(k, str) and k}


@lru_cache(maxsize=1)
def _templates():
    """[(compiled regex of the English key, its placeholders, Polish)] for keys with {placeholders}."""
    out = []
    for english, polish in polish_table().items():
        holes = PLACEHOLDER.findall(english)
        literal = PLACEHOLDER.sub("", english)
        if not holes or not re.search(r"[A-Za-z]{2}", literal):
            continue
        parts = PLACEHOLDER.split(english)
        pattern = "((?:(?!<br>).)+?)".join(re.escape(p) for p in parts)    # a value never spans lines
        out.append((len(literal), parts[0], re.compile(f"^{pattern}$", re.S), holes, polish))
    out.sort(key=lambda t: -t[0])                    # the most specific key (most fixed text) wins
    return tuple(t[1:] for t in out)


@lru_cache(maxsize=8192)
def translate_text(text, depth=0):
    """Polish for one figure string: the exact key, else the first `{placeholder}` key it matches
    (each placeholder gets the matched text back, itself translated when it is a key or matches one)."""
    if not isinstance(text, str) or not text.strip():
        return text
    table = polish_table_cached()
    if text in table:
        return table[text]
    if "<br>" in text and depth < 2:                 # a multi-line label: line by line
        return "<br>".join(translate_text(line, depth + 1) for line in text.split("<br>"))
    for prefix, regex, holes, polish in _templates():
        match = regex.match(text) if text.startswith(prefix) else None
        if match is None:
            continue
        values = {}
        for hole, value in zip(holes, match.groups()):
            values.setdefault(hole, translate_text(value, depth + 1) if depth < 2 else polish_table_cached().get(value, value))
        return PLACEHOLDER.sub(lambda m: values.get(m.group(0), m.group(0)), polish)
    return text


def _translate_title(obj):
    """A plotly title object (layout, axis, legend or colour bar): translate its text in place."""
    if obj is not None and getattr(obj, "text", None):
        obj.text = translate_text(obj.text)


def _translate_hover(template):
    """A plotly hovertemplate line by line ("step %{x} 'e'<br>unit %{y}"): each line is looked up like a
    figure string, plotly's %{...} fields filling the key's {placeholders}; values are never changed."""
    body, extra = template, ""
    if "<extra>" in template:
        cut = template.index("<extra>")
        body, extra = template[:cut], template[cut:]
    return _hover_text(body) + extra


def _hover_text(text):
    return "<br>".join(_hover_line(line) for line in text.split("<br>")) if isinstance(text, str) else text


def _hover_line(line):
    """One hover line: as a key, else "<words> = %{value} <unit>" / "<words> %{value}" word by word."""
    out = translate_text(line, 1)
    match = HOVER_VALUE.match(line) if out == line else None
    if match is None:
        return out
    head, sep, value, tail = match.groups()
    return translate_text(head, 1) + sep + value + (" " + translate_text(tail.strip(), 1) if tail.strip() else tail)


@lru_cache(maxsize=1)
def polish_table_cached():
    return polish_table()


def translate_figure(fig):
    """The figure with its visible words in the current language (in place; unchanged in English).

    Data, hover values, symbols and the text drawn in cells are never touched."""
    if lang() != "pl":
        return fig
    layout = fig.layout
    _translate_title(layout.title)
    _translate_title(layout.legend.title)
    for axis in (*fig.select_xaxes(), *fig.select_yaxes()):
        _translate_title(axis.title)
    for annotation in layout.annotations or ():
        annotation.text = translate_text(annotation.text)
    for shape in layout.shapes or ():
        if shape.label is not None and shape.label.text:
            shape.label.text = translate_text(shape.label.text)
    for trace in fig.data:
        if getattr(trace, "name", None):
            trace.name = translate_text(trace.name)
        hover = getattr(trace, "hovertemplate", None)
        if isinstance(hover, str):
            trace.hovertemplate = _translate_hover(hover)
            if hover.startswith("%{customdata}") and trace.customdata is not None:   # hover text given per point
                trace.customdata = np.vectorize(_hover_text, otypes=[object])(np.asarray(trace.customdata, object))
        colorbar = getattr(trace, "colorbar", None) or getattr(getattr(trace, "marker", None), "colorbar", None)
        if colorbar is not None:
            _translate_title(colorbar.title)
    return fig
