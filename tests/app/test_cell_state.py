"""AppTest of the Cell state page: C, tanh(C), h heatmaps equal to the Trace; the unit lines follow the
multiselect; a range + threshold lists the units on over it and where else they are all on."""
import numpy as np
import pytest

from charts.heatmaps import wrap
from lstm import CharGRU, Vocabulary
from lstm.explain import all_on_spans, slow_units, units_on
from tests.app.conftest import ROOT, assert_clean, figure_by_title, figures, run_page, session_state, tiny_trained

PAGE = ROOT / "pages" / "4_Cell_state.py"
TEXT = "abab cdcd abab cdcd\nabab"


@pytest.fixture(scope="module")
def trained():
    """A few Adam steps so units switch on and off with the text."""
    return tiny_trained(TEXT, steps=30, hidden=6)


def session(model):
    return session_state(model, TEXT)


def test_heatmaps_and_lines_equal_the_trace(trained):
    trace = trained.run(TEXT)
    at = run_page(PAGE, session(trained))
    assert_clean(at)
    np.testing.assert_allclose(figure_by_title(at, "Cell state C")["data"][0]["z"], trace.c.T)
    np.testing.assert_allclose(figure_by_title(at, "tanh(C)")["data"][0]["z"], np.tanh(trace.c).T)
    assert figure_by_title(at, "Cell state C")["data"][0]["zmid"] == 0
    lines = figure_by_title(at, "of the chosen units")["data"]
    slowest = slow_units(trace.h).tolist()                                 # h first: long-memory units
    assert [d["name"] for d in lines] == [f"unit {u}" for u in slowest]
    np.testing.assert_allclose(lines[0]["y"], trace.h[:, slowest[0]])
    at.multiselect(key="cell.units").set_value([5]).run()
    at.selectbox(key="cell.quantity").select("c").run()
    assert_clean(at)
    lines = figure_by_title(at, "C of the chosen units")["data"]
    assert len(lines) == 1
    np.testing.assert_allclose(lines[0]["y"], trace.c[:, 5])


def test_range_and_threshold_find_units_and_places(trained):
    trace = trained.run(TEXT)
    at = run_page(PAGE, session(trained))
    at.slider(key="cell.threshold").set_value(0.0).run()
    at.slider(key="cell.range").set_value((2, 3)).run()
    assert_clean(at)
    on = units_on(trace.h, 2, 3, 0.0)
    assert len(on) > 0, "the trained model should have a unit on over 'ab' at steps 2-3"
    assert at.dataframe[0].value["unit"].tolist() == on.tolist()
    grid = figure_by_title(at, "are all on")["data"][0]
    rows, cols = wrap(list(TEXT))
    category = np.asarray(grid["z"])[rows, cols]
    assert (category[2:4] == 2).all() and (category[:2] != 2).all()
    expected = np.zeros(len(TEXT))
    for a, b in all_on_spans(trace.h, on, 0.0):
        expected[a:b + 1] = 1
    expected[2:4] = 2
    np.testing.assert_array_equal(category, expected)
    spans = [(a, b) for a, b in all_on_spans(trace.h, on, 0.0) if b < 2 or a > 3]   # listed: away from the range
    if spans:
        assert at.dataframe[1].value.iloc[:, 0].tolist() == [a for a, _ in spans]


def test_threshold_above_everything_says_so(trained):
    at = run_page(PAGE, session(trained))
    at.slider(key="cell.threshold").set_value(1.0).run()
    assert_clean(at)
    assert any("No unit stays above" in i.value for i in at.info)
    assert not any("are all on" in str(f["layout"].get("title")) for f in figures(at))


def test_gru_shows_only_h():
    model = CharGRU(Vocabulary.from_text(TEXT), hidden=4, seed=0)
    at = run_page(PAGE, session(model))
    assert_clean(at)
    assert "no cell state" in at.info[0].value
    np.testing.assert_allclose(figure_by_title(at, "Hidden state h")["data"][0]["z"], model.run(TEXT).h.T)


def test_range_can_be_chosen_without_dragging(trained):
    """Two step boxes do what the range slider does (WCAG 2.5.7: a way that needs no dragging), and follow it."""
    trace = trained.run(TEXT)
    at = run_page(PAGE, session(trained))
    at.slider(key="cell.threshold").set_value(0.0).run()
    at.number_input(key="cell.range_end").set_value(3).run()
    at.number_input(key="cell.range_start").set_value(2).run()
    assert_clean(at)
    assert at.slider(key="cell.range").value == (2, 3)
    on = units_on(trace.h, 2, 3, 0.0)
    assert len(on) > 0 and at.dataframe[0].value["unit"].tolist() == on.tolist()
    at.number_input(key="cell.range_start").set_value(9).run()          # past the end: the two swap
    assert at.slider(key="cell.range").value == (3, 9)
    assert (at.number_input(key="cell.range_start").value, at.number_input(key="cell.range_end").value) == (3, 9)
    at.slider(key="cell.range").set_value((5, 7)).run()                  # and the boxes follow the slider
    assert (at.number_input(key="cell.range_start").value, at.number_input(key="cell.range_end").value) == (5, 7)
    assert_clean(at)
