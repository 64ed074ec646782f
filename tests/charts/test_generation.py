"""charts.generation without Streamlit: top-k bars with the chosen symbol marked, values exact."""
import numpy as np

from charts.generation import CHOSEN, OTHER, step_bars, top_k


def test_top_k_order_and_bounds():
    p = np.array([0.1, 0.5, 0.1, 0.3])
    np.testing.assert_array_equal(top_k(p, 2), [1, 3])
    np.testing.assert_array_equal(top_k(p, 10), [1, 3, 0, 2])               # stable for ties


def test_step_bars_values_and_chosen_colour():
    symbols = ["a", "b", "<", " "]
    p = np.array([0.1, 0.2, 0.6, 0.1])
    fig = step_bars(symbols, p, chosen=1, step=4, context="xyz", k=2)
    bar = fig.data[0]
    np.testing.assert_allclose(bar.y, [0.6, 0.2])
    assert list(fig.layout.xaxis.ticktext) == ["&lt;", "b"]
    assert list(bar.marker.color) == [OTHER, CHOSEN]
    assert "step 4" in bar.customdata[1] and "(chosen)" in bar.customdata[1]
    assert "step 4" in fig.layout.title.text and fig.layout.yaxis.title.text == "probability"


def test_chosen_outside_top_k_is_still_shown():
    p = np.array([0.7, 0.2, 0.1])
    fig = step_bars(["a", "b", "c"], p, chosen=2, step=1, k=1)
    np.testing.assert_allclose(fig.data[0].y, [0.7, 0.1])
    assert list(fig.data[0].marker.color) == [OTHER, CHOSEN]
