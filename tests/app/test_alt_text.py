"""Every figure on every page carries a text alternative (st.plotly_chart's alt, read by screen readers), in
English and in Polish, that states a real number of the figure's data: its smallest or largest value (for a
drawing without data, one of the values written on it). Pages that train are run with a tiny training first,
as tests/app/test_polish.py does, and prediction rounds are played and revealed, so their result figures are
checked too.
"""
import json
import re

import numpy as np
import pytest

from charts.alt import num, plain
from tests.app.conftest import ALL_PAGES, assert_clean, play_rounds, run_page
from tests.figures import decode as _decode
from tests.app.test_polish import ACTIONS, ENGLISH_FUNCTION_WORDS, _act, _model_state, residue

NUMBER = re.compile(r"-?\d+(?:\.\d+)?(?:e[-+]\d+)?")


def _shows_data(trace):
    return trace.get("hoverinfo") != "skip" and (trace.get("marker") or {}).get("opacity") != 0


def _values(trace):
    """The numbers a trace draws: z of a heatmap, the bar lengths, y of lines and points."""
    key = "z" if trace.get("type") == "heatmap" else ("x" if trace.get("orientation") == "h" else "y")
    try:
        values = np.asarray(trace.get(key), dtype=float).ravel()
    except (TypeError, ValueError):
        return np.array([])
    return values[np.isfinite(values)]


def notable_numbers(spec):
    """The figure's smallest and largest drawn value as charts.alt writes numbers; a drawing without data:
    the numbers written on it (its annotations)."""
    fig = _decode(json.loads(spec))
    values = [_values(t) for t in fig.get("data", []) if _shows_data(t)]
    values = np.concatenate(values) if values else np.array([])
    if values.size:
        return {num(values.min()), num(values.max())}
    notes = " ".join(str(a.get("text", "")) for a in fig.get("layout", {}).get("annotations", []))
    return set(NUMBER.findall(notes))


def charts(path, lang):
    state = {"ui.lang": lang} if lang == "pl" else {}
    state.update(_model_state())
    at = run_page(path, state)
    _act(at, ACTIONS.get(path.name, []))
    play_rounds(at, path.stem)                  # predictions on: the figures a reveal draws are checked too
    assert_clean(at)
    return [(el.proto.alt, el.proto.spec) for el in at.get("plotly_chart")]


@pytest.mark.parametrize("path", ALL_PAGES, ids=lambda p: p.name)
def test_every_figure_has_alt_text_with_a_real_number_in_both_languages(path):
    english, polish = charts(path, "en"), charts(path, "pl")
    assert len(english) == len(polish)
    for alt, spec in english + polish:
        title = plain(json.loads(spec).get("layout", {}).get("title", {}).get("text", ""))
        assert alt.strip(), f"{path.name}: a figure without alt text ({title!r})"
        body = alt.replace(title, "", 1)               # a number in the title alone does not count
        expected = notable_numbers(spec)
        assert expected & set(NUMBER.findall(body)), (
            f"{path.name}: alt text of {title!r} mentions none of {sorted(expected)}: {alt!r}")
    for (alt_en, spec), (alt_pl, _spec) in zip(english, polish):
        title = json.loads(spec).get("layout", {}).get("title", {}).get("text", "")
        assert alt_pl != alt_en, f"{path.name}: alt text of {title!r} not translated: {alt_en!r}"
        english_words = {w.lower() for w in residue(alt_pl)} & ENGLISH_FUNCTION_WORDS
        assert not english_words, f"{path.name}: English words {english_words} in Polish alt text {alt_pl!r}"
