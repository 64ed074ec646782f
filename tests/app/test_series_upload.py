"""AppTest of series checkpoints: the Time series page's download holds its trained LSTM with the years and
scaled values; uploaded through the sidebar, a series checkpoint is drawn on the Gates and Cell state pages like
the published sunspot model (other pages say they need a text model and stop); a damaged one is refused with
the sidebar's "not a usable checkpoint" message. A checkpoint of another CSV (command line) is described as
that series, not as sunspots, in English and in Polish."""
import io

import numpy as np
import pytest

from lstm import checkpoint
from lstm.series import SeriesModel, SeriesTrainConfig, train_series
from lstm.tasks import sunspots
from tests.app.conftest import ROOT, assert_clean, downloaded, figure_by_title, figures, run_page
from tests.app.test_polish import ENGLISH_FUNCTION_WORDS, residue, visible_texts

SERIES_PAGE, GATES, CELL, GENERATE = (ROOT / "pages" / n for n in
                                      ("14_Time_series.py", "3_Gates.py", "4_Cell_state.py", "6_Generate.py"))
YEARS = [str(y) for y in range(1700, 2009)]


@pytest.fixture(scope="module")
def sunspot_file():
    """(model, bytes of its checkpoint): a tiny LSTM trained on the sunspots, saved with the pages' metadata."""
    data = sunspots.prepare(*sunspots.read_series(), window=4)
    cfg = SeriesTrainConfig(kind="lstm", hidden=3, epochs=30, seed=4)
    model, _hist = train_series(data.X_train, data.y_train, cfg)
    return model, npz(model, **sunspots.series_meta(data, cfg, {"val_rmse": 30.0}))


def npz(model, **meta):
    buffer = io.BytesIO()
    checkpoint.save(model, buffer, **meta)
    return buffer.getvalue()


def upload(at, name, data):
    at.sidebar.file_uploader(key="ui.upload").set_value((name, data, "application/octet-stream")).run()
    return at


def test_an_uploaded_series_checkpoint_is_drawn_on_the_gates_page(sunspot_file):
    model, data = sunspot_file
    at = upload(run_page(GATES), "sun.npz", data)
    assert_clean(at)
    assert at.session_state["ui.model"] == "upload" and at.selectbox(key="w.ui.model").value == "upload"
    assert isinstance(at.session_state["ui.uploaded_model"][2], SeriesModel)
    assert not at.radio, "a series model has no text to choose"
    values = checkpoint.load_with_metadata(data)[1]["values"]
    run = model.run(values)
    for gate, title in [("f", "Forget gate f"), ("i", "Input gate i"), ("o", "Output gate o")]:
        fig = figure_by_title(at, title)
        np.testing.assert_allclose(np.asarray(fig["data"][0]["z"]), getattr(run, gate).T, rtol=0, atol=1e-12)
        assert list(fig["layout"]["xaxis"]["ticktext"]) == YEARS[::20]
        assert fig["layout"]["xaxis"]["title"]["text"] == "year (step t)"
    assert any("each column is a year" in c.value and "windows of 4 years" in c.value for c in at.caption)
    captions = [c.value.replace("\\", "") for c in at.caption]
    assert any(c.startswith("model: Uploaded: sun.npz · kind: lstm · H=3 · seed=4") and
               "training years 1700-1947 · window W=4 · epochs=30" in c for c in captions), captions
    assert any("yearly sunspot numbers 1700-2008 (309 years)" in c.value for c in at.sidebar.caption)


def test_an_uploaded_series_checkpoint_draws_its_cell_state_and_text_pages_stop(sunspot_file):
    model, data = sunspot_file
    at = upload(run_page(CELL), "sun.npz", data)
    assert_clean(at)
    run = model.run(checkpoint.load_with_metadata(data)[1]["values"])
    np.testing.assert_allclose(np.asarray(figure_by_title(at, "Cell state C")["data"][0]["z"]), run.c.T,
                               rtol=0, atol=1e-12)
    text_page = upload(run_page(GENERATE), "sun.npz", data)
    assert_clean(text_page)
    assert any("needs a text model" in i.value and "Gates and Cell state" in i.value for i in text_page.info)
    assert not text_page.title and not figures(text_page), "the page should stop after the message"


def corrupt(data, how):
    if how == "truncated":
        return data[: len(data) // 2]
    with np.load(io.BytesIO(data)) as z:
        arrays = {k: z[k].copy() for k in z.files}
    if how == "nan":
        arrays["W_i"].flat[0] = np.nan
    else:                                   # no labels: the pages would not know what the model reads
        meta = __import__("json").loads(arrays["meta"].tobytes())
        del meta["labels"]
        arrays["meta"] = np.frombuffer(__import__("json").dumps(meta).encode(), np.uint8)
    buffer = io.BytesIO()
    np.savez(buffer, **arrays)
    return buffer.getvalue()


@pytest.mark.parametrize("how, words", [("truncated", ""), ("nan", "contains NaN or Inf"),
                                        ("no-labels", "must hold 'labels' and 'values'")])
def test_a_corrupted_series_checkpoint_is_refused_with_a_message(sunspot_file, how, words):
    bad = corrupt(sunspot_file[1], how)
    at = run_page(GATES)
    before = at.session_state["ui.model"]
    upload(at, f"{how}.npz", bad)
    assert not at.exception
    errors = [e.value.replace("\\", "") for e in at.sidebar.error]
    assert len(errors) == 1 and "This file is not a usable checkpoint: " in errors[0] and words in errors[0], errors
    assert at.session_state["ui.model"] == before and "ui.uploaded_model" not in at.session_state
    assert figures(at), "the page goes on with the model it had"


def test_time_series_download_loads_back_to_the_trained_lstm_and_shows_on_gates(media):
    at = run_page(SERIES_PAGE)
    at.slider(key="series.epochs").set_value(50).run()
    at.slider(key="series.hidden").set_value(2).run()
    at.button(key="series.train").click().run()
    assert_clean(at)
    name, data = downloaded(at, media, key="series.download")
    assert name == "sunspots-lstm-W5-H2-E50-seed0.npz"
    model, meta = checkpoint.load_with_metadata(data, expect_model="series")
    prepared = sunspots.prepare(*sunspots.read_series(), window=5)
    same, _hist = train_series(prepared.X_train, prepared.y_train, SeriesTrainConfig(kind="lstm", hidden=2, epochs=50))
    assert model.theta.tobytes() == same.theta.tobytes() and model.config == same.config   # the page's LSTM
    assert meta["labels"] == YEARS and meta["values"] == prepared.scale(prepared.values).tolist()
    assert meta["train_config"] == {"kind": "lstm", "window": 5, "hidden": 2, "epochs": 50, "seed": 0}
    assert meta["summary"]["val_rmse"] == pytest.approx(float(at.metric[2].value), abs=0.05)
    at.button(key="series.publish").click().run()                         # the published model: the same weights
    assert at.session_state["ui.series_model"][0].theta.tobytes() == model.theta.tobytes()
    gates = upload(run_page(GATES), name, data)
    assert_clean(gates)
    np.testing.assert_allclose(np.asarray(figure_by_title(gates, "Forget gate f")["data"][0]["z"]),
                               model.run(meta["values"]).f.T, rtol=0, atol=1e-12)


@pytest.fixture(scope="module")
def other_series():
    """A series checkpoint of another CSV (as the command line saves it): 30 days of temperatures."""
    labels, values = [f"d{k}" for k in range(30)], 15 + 5 * np.sin(np.arange(30) / 3)
    data = sunspots.prepare(labels, values, window=3)
    cfg = SeriesTrainConfig(kind="gru", hidden=2, epochs=5, seed=0)
    model, _hist = train_series(data.X_train, data.y_train, cfg)
    return model, npz(model, **sunspots.series_meta(data, cfg, source="temps_*1*.csv"))


def test_another_series_is_described_as_itself(other_series):
    model, data = other_series
    at = upload(run_page(GATES), "temps.npz", data)
    assert_clean(at)
    sidebar = [c.value for c in at.sidebar.caption]
    assert any(r"series saved with it (temps\_\*1\*\.csv: 30 steps, d0 to d29)" in c for c in sidebar), sidebar
    assert not any("sunspot" in c.value for c in [*at.caption, *at.sidebar.caption])
    assert any("each column is one step of temps" in c.value and "windows of 3 steps" in c.value for c in at.caption)
    assert {fig["layout"]["xaxis"]["title"]["text"] for fig in figures(at)
            if "xaxis" in fig["layout"] and "title" in fig["layout"]["xaxis"]} >= {"label (step t)"}
    assert not any("year" in s.value for s in at.subheader), [s.value for s in at.subheader]
    np.testing.assert_allclose(np.asarray(figure_by_title(at, "Update gate u")["data"][0]["z"]),
                               model.run(checkpoint.load_with_metadata(data)[1]["values"]).u.T, rtol=0, atol=1e-12)
    stopped = upload(run_page(GENERATE), "temps.npz", data)
    assert any("a series model, which reads numbers" in i.value for i in stopped.info)


@pytest.mark.parametrize("path", [GATES, GENERATE], ids=lambda p: p.name)
def test_another_series_is_described_in_polish(other_series, path):
    texts = {}
    for lang in ("en", "pl"):
        at = run_page(path, {"ui.lang": lang})
        upload(at, "temps.npz", other_series[1])
        assert_clean(at)
        texts[lang] = visible_texts(at)
    left = sorted({s for s in texts["pl"] if s in set(texts["en"]) and residue(s)})
    assert not left, left
    half = sorted({s for s in texts["pl"] if {w.lower() for w in residue(s)} & ENGLISH_FUNCTION_WORDS})
    assert not half, half


def test_a_long_series_is_drawn_from_its_beginning():
    from lstm import ModelConfig
    from ui.setup import MAX_VIEW_CHARS
    model, n = SeriesModel(ModelConfig(kind="lstm", hidden=2, seed=3)), MAX_VIEW_CHARS + 500
    values = np.random.default_rng(0).uniform(0, 1, n)
    data = npz(model, labels=[f"s{k}" for k in range(n)], values=values, data="long.csv",
               train_config={"window": 5})
    at = upload(run_page(GATES), "long.npz", data)
    assert_clean(at)
    assert any(f"first {MAX_VIEW_CHARS} steps" in i.value for i in at.info)
    z = np.asarray(figure_by_title(at, "Forget gate f")["data"][0]["z"])
    np.testing.assert_allclose(z, model.run(values[:MAX_VIEW_CHARS]).f.T, rtol=0, atol=1e-12)
    assert any(f"steps s0-s{MAX_VIEW_CHARS - 1}" in c.value.replace("\\", "") for c in at.caption)
