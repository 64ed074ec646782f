"""charts.alt.alt_text: the text alternative says what a figure shows, its size and its most notable value,
all read from the figure's data, and goes through the translate function it is given."""
import gettext
import pickle

import numpy as np
import plotly.graph_objects as go

from charts.alt import alt_text, num, plain
from charts.cell_diagram import lstm_cell_diagram
from charts.generation import step_bars
from charts.heatmaps import unit_heatmap
from charts.neurons import ranking_bars
from charts.style import empty
from lstm.neurons import Unit


class Marking(gettext.NullTranslations):
    """Translations that prefix every sentence with `mark` (and note it in `seen`): shows what went through them."""

    def __init__(self, mark, seen=None):
        super().__init__()
        self.mark, self.seen = mark, [] if seen is None else seen

    def gettext(self, message):
        self.seen.append(message)
        return self.mark + message

    def ngettext(self, singular, plural, n):
        return self.gettext(singular if n == 1 else plural)


def test_heatmap_size_range_and_the_value_farthest_from_zero_with_its_place():
    values = np.zeros((5, 3))                       # (T, H): 5 characters, 3 units
    values[3, 1] = -2.5                             # the notable value: step 3 ('d'), unit 1
    values[0, 0] = 1.25
    text = alt_text(unit_heatmap(values, list("abcde"), "C", "Cell state C", signed=True))
    assert text.startswith("Cell state C. Heatmap, 3 × 5 cells (rows: unit; columns: character (step t))")
    assert "values from -2.5 to 1.25" in text
    assert "the farthest from zero is -2.5 at character (step t) 3 'd', unit 1." in text


def test_a_figure_read_back_from_a_cache_says_the_same():
    """st.cache_data pickles figures, and plotly then keeps their arrays base64-encoded: the alt text of a
    cached book heatmap said 'An empty heatmap'."""
    rng = np.random.default_rng(0)
    figures = [unit_heatmap(rng.random((400, 300)), list("ab" * 200), "f", "Forget gate f"),   # > LARGE cells
               unit_heatmap(rng.normal(size=(5, 3)), list("abcde"), "C", "C", signed=True),
               ranking_bars([Unit("h", 0, 0.3, ""), Unit("c", 7, -0.91, "")], "space"),
               go.Figure(go.Scatter(x=np.arange(4), y=np.array([1.0, 3.0, 2.0, 0.5]), customdata=np.array(list("abcd"),
                                                                                                        dtype=object)))]
    for fig in figures:
        cached = pickle.loads(pickle.dumps(fig))
        assert alt_text(cached) == alt_text(fig)
        assert "empty" not in alt_text(fig)
    assert isinstance(pickle.loads(pickle.dumps(figures[0])).data[0].z, dict)     # what made it necessary


def test_bars_name_the_longest_bar_even_when_it_is_negative():
    ranking = [Unit("h", 0, 0.3, ""), Unit("c", 7, -0.91, ""), Unit("h", 2, 0.5, "")]
    text = alt_text(ranking_bars(ranking, "space", title="Units by |r|"))
    assert text == "Units by |r|. Bar chart of 3 bars; the longest is unit C 7: -0.91."


def test_bars_labelled_by_their_ticks():
    probs = np.array([0.1, 0.7, 0.2])
    text = alt_text(step_bars(["a", "b", " "], probs, chosen=2, step=4, context="ab", k=3))
    assert "Bar chart of 3 bars; the longest is 'b': 0.7." in text


def test_lines_count_points_range_and_the_highest_point_with_its_owner():
    fig = go.Figure([go.Scatter(x=[0, 1, 2], y=[3.0, 2.0, 1.0], mode="lines", name="RNN"),
                     go.Scatter(x=[0, 1, 2, 3], y=[2.0, 4.5, 1.5, 0.5], mode="lines", name="LSTM")])
    fig.update_layout(title="Loss", xaxis_title="iteration", yaxis_title="loss")
    assert alt_text(fig) == ("Loss. Line chart of 2 lines (RNN, LSTM), 4 points each at most; loss from 0.5 "
                             "to 4.5; the highest is 4.5 (LSTM) at iteration 1.")


def test_points_are_a_scatter_plot_and_point_labels_name_the_place():
    fig = go.Figure(go.Scatter(x=[0, 1, 2], y=[5, 9, 7], mode="markers", text=["a", "b", "c"]))
    fig.update_layout(xaxis_title="position", yaxis_title="index")
    assert alt_text(fig) == ("Scatter plot in 1 group, 3 points each at most; index from 5 to 9; the highest "
                             "is 9 at position 1 'b'.")


def test_drawing_aids_are_not_data():
    """Invisible hover targets and hover-less guide lines do not count as the figure's data."""
    fig = go.Figure([go.Scatter(x=[0, 1], y=[100, 0], mode="lines", hoverinfo="skip", name="guide"),
                     go.Scatter(x=[0.5], y=[0.25], mode="markers", name="gate f")])
    assert "from 0.25 to 0.25" in alt_text(fig) and "100" not in alt_text(fig)


def test_the_cell_diagram_reads_out_its_values_first():
    values = {"c_prev": 0.5, "h_prev": -0.25, "f": 0.875, "i": 0.125, "c_bar": -0.75, "c": 0.34375,
              "o": 0.625, "h": 0.2071}
    text = alt_text(lstm_cell_diagram(values, 3, "a", 2, ("b", 0.5), ("b", 0.5), title="Cell"))
    assert text.startswith("Cell. Diagram; its labels: C_prev = 0.5000; C = 0.3438; h_prev = -0.2500")
    for shown in ("f = 0.8750", "i = 0.1250", "C̃ = -0.7500", "o = 0.6250", "h = 0.2071", "input x = 'a'"):
        assert shown in text


def test_an_empty_figure_says_its_message():
    assert alt_text(empty("Loss", "No training history.")) == "Loss. No training history."


def test_every_sentence_goes_through_the_translate_function():
    seen = []
    tr = Marking("[pl]", seen)
    fig = go.Figure(go.Heatmap(z=[[1.0, 2.0]]))
    assert alt_text(fig, tr).startswith("[pl]Heatmap, 1 × 2 cells") and len(seen) == 1


def test_markup_is_dropped_and_numbers_keep_four_digits():
    assert plain("<b>f = 0.5</b><br>a &amp; b") == "f = 0.5 a & b"
    assert (num(3), num(0.123456), num(-12345.6), num(1.2e-7)) == ("3", "0.1235", "-1.235e+04", "1.2e-07")


def test_report_figures_are_named_by_their_alt_text_in_the_report_language():
    from charts.report import _figure_html
    fig = go.Figure(go.Bar(x=["a", "b"], y=[0.25, 0.75]))
    page = _figure_html([fig], Marking("[pl]"))
    assert 'role="figure" aria-label="[pl]Bar chart of 2 bars; the longest is x b: 0.75."' in page
