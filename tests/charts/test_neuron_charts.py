"""charts.neurons: ranking bars, top units over the text with the property band, coloured text (no Streamlit)."""
import numpy as np

from charts.neurons import activations_over_text, coloured_text, ranking_bars, unit_name
from charts.style import symbol_label
from lstm.neurons import Unit

TOKENS = list('a "b<c"\nd')


def test_ranking_bars_show_defined_r_largest_on_top():
    ranking = [Unit("c", 7, -0.9, ""), Unit("h", 2, 0.5, ""), Unit("h", 0, float("nan"), "constant")]
    fig = ranking_bars(ranking, "inside quotes")
    bar = fig.data[0]
    assert list(bar.y) == ["h 2", "C 7"] and np.allclose(bar.x, [0.5, -0.9])   # plotly draws bottom-up
    assert fig.layout.title.text == "Units ranked by |r| with 'inside quotes'"
    assert fig.layout.xaxis.title.text == "Pearson correlation r" and fig.layout.yaxis.title.text == "unit"
    assert "r = %{x:.4f}" in bar.hovertemplate


def test_ranking_bars_without_any_defined_r_says_so():
    fig = ranking_bars([Unit("h", 0, float("nan"), "constant")], "x")
    assert "No unit has a defined correlation" in fig.layout.annotations[0].text


def test_activations_over_text_plots_exact_values_and_the_property_band():
    prop = np.array([0, 0, 1, 1, 1, 1, 0, 0, 0], float)
    series = {"C 7": np.linspace(-1, 1, 9), "h 2": np.zeros(9)}
    fig = activations_over_text(TOKENS, prop, series, "inside <quotes>")
    band, *lines = fig.data
    assert band.fill == "tozeroy" and band.yaxis == "y2" and np.array_equal(band.y, prop)
    assert [t.name for t in lines] == ["C 7", "h 2"] and np.allclose(lines[0].y, series["C 7"])
    assert band.name == "inside &lt;quotes&gt;" and "&lt;quotes&gt;" in fig.layout.title.text
    assert list(fig.layout.xaxis.ticktext) == [symbol_label(t) for t in TOKENS]
    assert "unit C 7" in lines[0].hovertemplate and fig.layout.xaxis.title.text == "character (step)"
    assert fig.layout.yaxis.title.text == "activation" and fig.layout.yaxis2.title.text == "property"
    assert tuple(fig.layout.yaxis2.range) == (0, 1.05)


def test_coloured_text_wraps_rows_and_keeps_every_value():
    values = np.arange(9.0) - 4
    fig = coloured_text(TOKENS, values, "C 7", width=4)
    hm = fig.data[0]
    z = np.asarray(hm.z, float)
    assert z.shape == (3, 4) and np.array_equal(z.ravel()[:9], values) and np.isnan(z.ravel()[9:]).all()
    assert np.asarray(hm.text).ravel()[:9].tolist() == [symbol_label(t) for t in TOKENS]
    assert np.asarray(hm.text).ravel()[[1, 4, 7]].tolist() == ["␣", "&lt;", "⏎"]
    assert np.asarray(hm.customdata).ravel()[:9].tolist() == list(range(9))
    assert fig.layout.title.text == "The text coloured by unit C 7" and "unit C 7" in hm.hovertemplate


def test_unit_name_uses_course_notation():
    assert unit_name("c", 3) == "C 3" and unit_name("h", 0) == "h 0"
