"""charts.heatmaps, charts.gates, charts.units: figure data equal to the Trace's, titles, literal symbols."""
import numpy as np
import pytest

from charts.gates import saturation_scatter
from charts.heatmaps import text_grid, unit_heatmap, where_on_grid, wrap
from charts.style import NUMBERED_TICKS, series_axis, symbol_label
from charts.units import MAX_MARKERS, unit_lines
from lstm import CharLSTM, Vocabulary
from lstm.explain import saturation

TEXT = "the <b>cat</b>\nsat & sat"


@pytest.fixture(scope="module")
def trace():
    return CharLSTM(Vocabulary.from_text(TEXT), hidden=6, seed=0, init_std=0.5).run(TEXT)


def test_gate_heatmap_units_by_characters(trace):
    fig = unit_heatmap(trace.f, trace.tokens, "f", "Forget gate f")
    hm = fig.data[0]
    np.testing.assert_array_equal(hm.z, trace.f.T)                       # rows = units, columns = steps
    assert (hm.zmin, hm.zmax) == (0.0, 1.0)
    assert fig.layout.title.text == "Forget gate f"
    assert fig.layout.xaxis.title.text and fig.layout.yaxis.title.text == "unit"
    assert list(fig.layout.xaxis.ticktext[:5]) == ["t", "h", "e", "␣", "&lt;"]
    assert "unit %{y}" in hm.hovertemplate and "f = %{z:.4f}" in hm.hovertemplate
    assert hm.customdata[0][4] == "&lt;"


def test_signed_heatmap_is_centred(trace):
    hm = unit_heatmap(trace.c, trace.tokens, "C", "Cell state C", signed=True).data[0]
    m = np.abs(trace.c).max()
    assert hm.zmid == 0 and hm.zmin == pytest.approx(-m) and hm.zmax == pytest.approx(m)


def test_wrap_breaks_after_newlines_and_width():
    rows, cols = wrap(list("ab\ncdefg"), width=3)
    assert rows.tolist() == [0, 0, 0, 1, 1, 1, 2, 2] and cols.tolist() == [0, 1, 2, 0, 1, 2, 0, 1]


def test_text_grid_colours_each_character_by_its_value(trace):
    values = trace.o[:, 3]
    fig = text_grid(trace.tokens, values, "o", 3, "Text by o", width=8)
    hm = fig.data[0]
    rows, cols = wrap(trace.tokens, 8)
    np.testing.assert_array_equal(np.asarray(hm.z)[rows, cols], values)
    assert np.isnan(np.asarray(hm.z)).sum() == hm.z.size - trace.T
    assert [hm.text[r][c] for r, c in zip(rows, cols)][4:7] == ["&lt;", "b", "&gt;"]
    assert np.asarray(hm.customdata)[rows[5], cols[5]] == 5
    assert "unit 3<br>o = %{z:.4f}" in hm.hovertemplate and fig.layout.title.text == "Text by o"


def test_where_on_grid_marks_range_and_other_places(trace):
    category = np.zeros(trace.T)
    category[2:4], category[8:10] = 2, 1
    lowest = trace.h[:, [1, 2]].min(axis=1)
    fig = where_on_grid(trace.tokens, category, lowest, "h", [1, 2], "Where on")
    hm = fig.data[0]
    rows, cols = wrap(trace.tokens)
    np.testing.assert_array_equal(np.asarray(hm.z)[rows, cols], category)
    np.testing.assert_allclose(np.asarray(hm.customdata)[rows, cols, 1], lowest)
    assert "units 1, 2" in hm.hovertemplate
    shown = [hm.text[r][c] for r, c in zip(rows, cols)]               # not colour alone: bold / underlined
    plain = [symbol_label(t) for t in trace.tokens]
    assert shown[2:4] == [f"<b>{t}</b>" for t in plain[2:4]] and shown[8:10] == [f"<u>{t}</u>" for t in plain[8:10]]
    assert shown[:2] == plain[:2] and shown[4:8] == plain[4:8]


def test_saturation_scatter_one_trace_per_gate(trace):
    fractions = {g: saturation(trace.get(g)) for g in ("f", "i", "o")}
    fig = saturation_scatter(fractions)
    assert [d.name for d in fig.data] == ["x + y = 1", "gate f", "gate i", "gate o"]
    np.testing.assert_array_equal(fig.data[1].x, fractions["f"][0])
    np.testing.assert_array_equal(fig.data[3].y, fractions["o"][1])
    assert list(fig.data[2].customdata) == list(range(trace.H))
    symbols = [d.marker.symbol for d in fig.data[1:]]                  # gates told apart by shape, not colour alone
    assert len(set(symbols)) == 3 and None not in symbols
    assert len({d.marker.color for d in fig.data[1:]}) == 3
    assert "unit %{customdata}" in fig.data[1].hovertemplate
    assert "< 0.1" in fig.layout.xaxis.title.text and "> 0.9" in fig.layout.yaxis.title.text


def test_unit_lines(trace):
    fig = unit_lines(trace.c, trace.tokens, [1, 4], "C", "C of units", shade=(2, 3), threshold=0.2)
    assert [d.name for d in fig.data] == ["unit 1", "unit 4"]
    np.testing.assert_array_equal(fig.data[1].y, trace.c[:, 4])
    assert "unit 4<br>C = %{y:.4f}" in fig.data[1].hovertemplate and fig.data[0].customdata[4] == "&lt;"
    assert fig.layout.yaxis.title.text == "C" and fig.layout.title.text == "C of units"
    assert all(d.marker.maxdisplayed == MAX_MARKERS and d.marker.symbol for d in fig.data)   # sparse, distinct
    assert fig.data[0].marker.symbol != fig.data[1].marker.symbol and len(fig.data[1].y) == len(trace.tokens)


def test_series_axis_labels_at_most_16_steps_and_names_the_step():
    years = [str(y) for y in range(1700, 2009)]                     # the sunspot series: 309 steps
    fig = series_axis(unit_heatmap(np.zeros((len(years), 3)), years, "f", "t"), years)
    axis = fig.layout.xaxis
    assert len(axis.tickvals) <= 16 and list(axis.ticktext) == [years[t] for t in axis.tickvals]
    assert axis.tickvals[0] == 0 and axis.title.text == "year (step t)"
    other = series_axis(unit_heatmap(np.zeros((5, 3)), list("abcde"), "f", "t"), list("abcde"), years=False)
    assert other.layout.xaxis.title.text == "label (step t)" and list(other.layout.xaxis.ticktext) == list("abcde")


def test_a_few_huge_values_do_not_wash_out_the_signed_colours():
    rng = np.random.default_rng(0)
    values = rng.normal(0, 1, (400, 20))
    values[:, 7] *= 60                                     # one unit's memory dwarfs the rest (a book's C)
    hm = unit_heatmap(values, ["a"] * 400, "C", "Cell state C", signed=True).data[0]
    limit = np.percentile(np.abs(values), 99)
    assert hm.zmax == pytest.approx(limit) and hm.zmin == -hm.zmax and hm.zmax < np.abs(values).max() / 2
    assert hm.colorbar.ticktext[0] == f"≤ −{limit:.3g}" and hm.colorbar.ticktext[-1] == f"≥ {limit:.3g}"
    assert np.abs(np.asarray(hm.z)).max() == pytest.approx(np.abs(values).max())    # the hover keeps the value
    even = unit_heatmap(values[:, :7], ["a"] * 400, "C", "Cell state C", signed=True).data[0]
    assert even.zmax == pytest.approx(np.abs(values[:, :7]).max()) and even.colorbar.ticktext is None


def test_a_long_texts_axis_labels_some_symbols_each_over_its_step():
    tokens = list("It was the best of times.\n") * 80                  # 2,080 symbols: not all can be labelled
    fig = unit_heatmap(np.zeros((len(tokens), 3)), tokens, "f", "Forget gate f")
    axis = fig.layout.xaxis
    assert 10 <= len(axis.tickvals) <= NUMBERED_TICKS and axis.tickvals[0] == 0
    assert list(axis.ticktext) == [f"{symbol_label(tokens[t])}<br>{t}" for t in axis.tickvals]
    short = unit_heatmap(np.zeros((5, 3)), list("It wa"), "f", "Forget gate f").layout.xaxis
    assert list(short.ticktext) == ["I", "t", "␣", "w", "a"]                  # every symbol: no numbers needed
