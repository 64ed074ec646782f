"""AppTest of the sunspot model on the shared pages: the Time series page puts its trained LSTM in
the sidebar, the Gates and Cell state pages draw exactly that model's gates and states for the scaled series
with the years on the axis, and every page that needs a text model says so and stops (no traceback), in
English and in Polish."""
import numpy as np
import pytest

from charts.heatmaps import wrap
from lstm.series import SeriesModel, SeriesTrainConfig, train_series
from lstm.tasks import sunspots
from tests.app.conftest import ALL_PAGES, EXPLORE, ROOT, assert_clean, figure_by_title, figures, run_page
from tests.app.test_polish import ENGLISH_FUNCTION_WORDS, residue, visible_texts
from lstm.tasks.sunspots import series_meta

SERIES_PAGE, GATES, CELL = (ROOT / "pages" / n for n in ("14_Time_series.py", "3_Gates.py", "4_Cell_state.py"))
SHARED = {SERIES_PAGE.name, GATES.name, CELL.name}
YEARS = [str(y) for y in range(1700, 2009)]


@pytest.fixture(scope="module")
def published():
    """A tiny LSTM trained like the page trains it, and the session state that makes it the sidebar's model."""
    labels, values = sunspots.read_series()
    data = sunspots.prepare(labels, values, window=5)
    cfg = SeriesTrainConfig(kind="lstm", hidden=3, epochs=40, seed=1)
    model, _hist = train_series(data.X_train, data.y_train, cfg)
    state = {"ui.series_model": (model, series_meta(data, cfg)), "ui.model": "series"}
    return model, model.run(data.scale(data.values)), state


def heatmap(at, title):
    """(z, x tick labels, x axis title) of the heatmap titled like `title`."""
    fig = figure_by_title(at, title)
    return np.asarray(fig["data"][0]["z"]), fig["layout"]["xaxis"], fig["layout"]["xaxis"]["title"]["text"]


def test_time_series_page_publishes_its_trained_lstm():
    at = run_page(SERIES_PAGE)
    at.slider(key="series.epochs").set_value(50).run()
    at.slider(key="series.hidden").set_value(2).run()
    at.button(key="series.train").click().run()
    assert_clean(at)
    assert "ui.series_model" not in at.session_state               # only on request
    at.button(key="series.publish").click().run()
    assert_clean(at)
    assert "Gates" in at.success[0].value and "Cell state" in at.success[0].value
    assert at.selectbox(key="w.ui.model").value == "series"
    assert "Sunspots LSTM" in at.selectbox(key="w.ui.model").format_func("series")
    model, meta = at.session_state["ui.series_model"]
    data = sunspots.prepare(*sunspots.read_series(), window=5)
    same, _hist = train_series(data.X_train, data.y_train, SeriesTrainConfig(kind="lstm", hidden=2, epochs=50))
    assert isinstance(model, SeriesModel) and model.H == 2
    np.testing.assert_array_equal(model.theta, same.theta)           # the page's model, not another one
    assert list(meta["labels"]) == YEARS and meta["train_config"]["window"] == 5
    np.testing.assert_array_equal(meta["values"], data.scale(data.values))
    with pytest.raises(ValueError):
        model.theta[0] = 1.0                                          # published frozen, like shipped models
    gates = run_page(GATES, {"ui.series_model": (model, meta), "ui.model": "series"})
    assert_clean(gates)
    np.testing.assert_allclose(heatmap(gates, "Forget gate f")[0], model.run(meta["values"]).f.T)


def test_gates_page_draws_the_series_models_gates_by_year(published):
    model, run, state = published
    at = run_page(GATES, state)
    assert_clean(at)
    assert not at.radio, "a series model has no text to choose"
    assert any("each column is a year" in c.value for c in at.caption)
    for gate, title in [("f", "Forget gate f"), ("i", "Input gate i"), ("o", "Output gate o")]:
        z, xaxis, x_title = heatmap(at, title)
        np.testing.assert_allclose(z, getattr(run, gate).T, rtol=0, atol=1e-12)
        assert list(xaxis["ticktext"]) == YEARS[::20] and list(xaxis["tickvals"]) == list(range(0, 309, 20))
        assert x_title == "year (step t)"
    at.selectbox(key="gates.unit").select(2).run()
    at.selectbox(key="gates.gate").select("i").run()
    assert_clean(at)
    grid = figure_by_title(at, "The years coloured by Input gate i of unit 2")["data"][0]
    rows, cols = wrap(YEARS, 10)
    np.testing.assert_allclose(np.asarray(grid["z"])[rows, cols], run.i[:, 2])
    assert grid["text"][0][:2] == ["1700", "1701"] and grid["text"][1][0] == "1710"   # a decade per row
    captions = [c.value.replace("\\", "") for c in at.caption]           # as rendered: md_escape's backslashes gone
    assert any(c.startswith("model: Sunspots LSTM") and "\ndata: yearly sunspot numbers 1700-2008, scaled to 0-1 with "
               "the training years 1700-1947 · window W=5 · epochs=40" in c for c in captions), captions


def test_cell_state_page_draws_the_series_models_states_by_year(published):
    model, run, state = published
    at = run_page(CELL, state)
    assert_clean(at)
    for q, title in [("c", "Cell state C"), ("tanh_c", "tanh(C)"), ("h", "Hidden state h")]:
        z, xaxis, x_title = heatmap(at, title)
        values = np.tanh(run.c) if q == "tanh_c" else getattr(run, q)
        np.testing.assert_allclose(z, values.T, rtol=0, atol=1e-12)
        assert list(xaxis["ticktext"]) == YEARS[::20] and x_title == "year (step t)"
    at.selectbox(key="cell.quantity").select("c").run()
    at.multiselect(key="cell.units").set_value([1]).run()
    assert_clean(at)
    lines = figure_by_title(at, "C of the chosen units")
    np.testing.assert_allclose(lines["data"][0]["y"], run.c[:, 1])
    assert list(lines["layout"]["xaxis"]["ticktext"]) == YEARS[::20]
    at.selectbox(key="cell.quantity").select("h").run()
    at.slider(key="cell.threshold").set_value(-1.0).run()            # every unit is above -1: all are on
    at.slider(key="cell.range").set_value((10, 12)).run()
    assert_clean(at)
    assert "1710 1711 1712" in [c.value for c in at.code]             # the years, separated by spaces
    assert "step 0 = 1700" in at.slider(key="cell.range").label
    grid = figure_by_title(at, "are all on")["data"][0]
    rows, cols = wrap(YEARS, 10)
    category = np.asarray(grid["z"])[rows, cols]
    assert (category[10:13] == 2).all() and (category[:10] == 1).all()


@pytest.mark.parametrize("path", [p for p in ALL_PAGES if p.name not in SHARED], ids=lambda p: p.name)
def test_text_pages_ask_for_a_text_model_and_stop(path, published):
    at = run_page(path, published[2])
    assert_clean(at)
    assert any("needs a text model" in i.value and "Gates and Cell state" in i.value for i in at.info)
    assert not at.title and not figures(at), "the page should stop after the message"
    assert at.selectbox(key="w.ui.model").value == "series"           # the sidebar still offers a way back


@pytest.mark.parametrize("path", [GATES, CELL, ROOT / "pages" / "6_Generate.py"], ids=lambda p: p.name)
def test_series_model_pages_are_polish_in_polish(path, published):
    """The strings this model adds (sidebar, captions, message, axis titles) are translated too."""
    at = run_page(path, published[2])
    assert_clean(at)
    english = visible_texts(at)
    at = run_page(path, {**published[2], "ui.lang": "pl"})
    assert_clean(at)
    polish = visible_texts(at)
    left = sorted({s for s in polish if s in set(english) and residue(s)})
    assert not left, left
    half = sorted({s for s in polish if {w.lower() for w in residue(s)} & ENGLISH_FUNCTION_WORDS})
    assert not half, half


def test_one_click_back_to_a_text_model(published):
    """A page that needs a text model offers the first text model in the sidebar; clicking it shows the page."""
    at = run_page(ROOT / "pages" / "6_Generate.py", {**published[2], **EXPLORE})   # predictions off: figures at once
    button = at.button(key="ui.text_model")
    assert "Variant 14 sentence" in button.label
    button.click().run()
    assert_clean(at)
    assert at.selectbox(key="w.ui.model").value.startswith("shipped:") and at.title and figures(at)
    assert not any("needs a text model" in i.value for i in at.info)
