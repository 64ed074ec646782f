"""Interface language: English by default, Polish on request; one table, no strings scattered in pages.

Pages wrap every visible string in `_()` with the English text as the key; ui.translations
holds the Polish for each. Figures come from charts/ in English and are translated in one place,
ui.widgets.plot -> translate_figure(fig): titles, axis titles, legend and colour-bar titles,
trace names and annotations, looked up exactly or through keys with `{placeholders}`
(f-string templates such as "unit {u}"). tests/app/test_polish.py walks every page in Polish
and fails on any English string left; scripts/extract_strings.py lists the missing keys.
"""
import re
from functools import lru_cache

import numpy as np
import streamlit as st
from streamlit.runtime.scriptrunner import get_script_run_ctx

from .translations import PL

LANG_KEY = "ui.lang"            # "en" | "pl"
LANGUAGES = {"en": "English", "pl": "Polski"}
PLACEHOLDER = re.compile(r"\{[^{}]*\}")
HOVER_VALUE = re.compile(r"^(.+?)( = | )(%\{[^}]*\})(.*)$")
_last = {"lang": "en"}          # the language of the last script run in this process (see lang())


def lang():
    """"en" or "pl": the session's choice. Streamlit calls a widget's format_func inside the script run;
    only AppTest calls it outside any run (to re-send the widget's state), and then gets the language of
    the last run, so the labels match the ones that were drawn."""
    if get_script_run_ctx(suppress_warning=True) is None:
        return _last["lang"]
    _last["lang"] = st.session_state.get(LANG_KEY, "en")
    return _last["lang"]


def _(text):
    """The current language's version of an English UI string (unchanged in English or if untranslated).

    Besides the exact keys, Polish matches `{placeholder}` keys, so `_(str(err))` translates a message
    built by an f-string in lstm/ (e.g. "3 symbol(s) not in this model's vocabulary: 'Q'")."""
    if lang() == "pl":
        return translate_text(text)
    return text


@lru_cache(maxsize=1)
def _templates():
    """[(compiled regex of the English key, its placeholders, Polish)] for keys with {placeholders}."""
    out = []
    for english, polish in PL.items():
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
    if text in PL:
        return PL[text]
    if "<br>" in text and depth < 2:                 # a multi-line label: line by line
        return "<br>".join(translate_text(line, depth + 1) for line in text.split("<br>"))
    for prefix, regex, holes, polish in _templates():
        match = regex.match(text) if text.startswith(prefix) else None
        if match is None:
            continue
        values = {}
        for hole, value in zip(holes, match.groups()):
            values.setdefault(hole, translate_text(value, depth + 1) if depth < 2 else PL.get(value, value))
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
