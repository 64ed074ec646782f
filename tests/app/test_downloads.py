"""Every download the app offers, enumerated; every CSV among them reads back exactly with the README's
command (lstm.csvio.READ_COMMAND), for random texts full of quotes, commas, newlines, '#' and leading '='.

Each page runs in AppTest with a model trained on the text (the sidebar's session model, and the Training
page's run), and its train buttons pressed; with "Predict before you see" off (everything shown at once), and
again with it on, each prediction round played and revealed (PREDICT_EXTRA: what only a reveal shows). st.download_button is wrapped to record what every button
would hand the browser, and the one CSV writer (ui.widgets.csv_text) to record the table it was given:
each CSV's bytes must come from that writer, and READ_COMMAND must give that table back cell for cell.
DOWNLOADS lists every button: a new download fails the test until it is listed here (and so covered).
"""
import io
import math

import numpy as np
import pandas as pd
import pytest
import streamlit as st
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st_
from streamlit.delta_generator import DeltaGenerator

import ui.widgets
from lstm.csvio import READ_COMMAND
from lstm.train import TrainConfig, Trainer
from tests.app.conftest import EXPLORE, ROOT, assert_clean, play_rounds, run_page

CSV = "text/csv"
DOWNLOADS = {  # page -> {button key: mime}, with the trained model, the Training run and the page's buttons pressed
    "app": {"csv-home.bars": CSV},
    "1_Encodings": {"enc.csv_vocab": CSV, "csv-enc.index_fig": CSV, "csv-enc.onehot_fig": CSV,
                    "csv-enc.pca_fig": CSV, "csv-enc.size_fig": CSV},
    "2_One_step": {"csv-one_step.diagram": CSV, "one_step.equations_csv": CSV},
    "3_Gates": {"csv-gates.heatmap.f": CSV, "csv-gates.heatmap.i": CSV, "csv-gates.heatmap.o": CSV,
                "csv-gates.text": CSV, "csv-gates.saturation": CSV},
    "4_Cell_state": {"csv-cell.heatmap.c": CSV, "csv-cell.heatmap.tanh_c": CSV, "csv-cell.heatmap.h": CSV,
                     "csv-cell.lines": CSV, "csv-cell.where": CSV},
    "5_Training": {"csv-train.loss": CSV, "csv-train.recitation": CSV, "train_download": "application/octet-stream"},
    "6_Generate": {"csv-gen.bars": CSV, "csv-gen.recitation": CSV},
    "7_Gradients_through_time": {"csv-grad.norms_fig": CSV, "csv-grad.loss_fig": CSV, "csv-grad.trained_fig": CSV},
    "8_Find_the_neuron": {"csv-neuron.ranking": CSV, "csv-neuron.lines": CSV, "csv-neuron.text": CSV,
                          "csv-neuron.ablation_fig": CSV},
    "9_Time-lapse": {"csv-lapse.loss": CSV, "csv-lapse.heat.f": CSV, "csv-lapse.heat.i": CSV, "csv-lapse.heat.o": CSV,
                     "csv-lapse.heat.c": CSV},
    "10_Report": {"report.download": "text/html"},
    "11_Attribution": {"csv-attr.logprob.bars": CSV, "csv-attr.cell.bars": CSV},
    "12_Names": {"csv-names.loss_fig": CSV, "names.csv_rnn": CSV, "names.csv_lstm": CSV},
    "13_Word_level": {"csv-words.loss_fig": CSV},
    "14_Time_series": {"csv-series.pred_fig": CSV, "csv-series.err_fig": CSV, "csv-series.loss_fig": CSV,
                       "series.download": "application/octet-stream", "csv-series.gate_fig": CSV},
    "15_Melody": {"csv-melody.loss_fig": CSV, "csv-melody.roll_fig": CSV},
    "16_Check_yourself": {"quiz.report": "text/html"},
}
PREDICT_EXTRA = {"2_One_step": {"csv-one_step.guess_fig": CSV}}    # predictions on: shown after a reveal only
TEXT_FREE = {"14_Time_series", "15_Melody"}     # their tables come from the shipped sunspots / melody files
BUTTONS = {"7_Gradients_through_time": ("grad.train", {"grad.iters": 100}), "12_Names": ("names.train", {}),
           "13_Word_level": ("words.train", {}), "14_Time_series": ("series.train", {"series.epochs": 50}),
           "15_Melody": ("melody.train", {"melody.iters": 20})}
TRICKY = ["#", "# a", ",", '"', "'", "\n", "=", "=1+1", "nan", "1", " ", "\t", "ą", "🙂", "True", ";", "\\"]


class Recorder:
    """Wraps st.download_button and the CSV writer; .buttons: {key: (mime, bytes)}, .tables: {bytes: columns}."""

    def __init__(self, monkeypatch):
        self.buttons, self.tables = {}, {}
        writer = ui.widgets.csv_text

        def csv_text(columns, caption=""):
            out = writer(columns, caption)
            self.tables[out.encode("utf-8")] = {k: list(v) for k, v in columns.items()}
            return out

        def wrap(original, at):                      # at: where `data` sits among the positional arguments
            def download_button(*args, **kwargs):
                data = kwargs["data"] if "data" in kwargs else args[at]
                self.buttons[kwargs.get("key")] = (kwargs.get("mime"), data() if callable(data) else data)
                return original(*args, **kwargs)
            return download_button
        monkeypatch.setattr(ui.widgets, "csv_text", csv_text)
        monkeypatch.setattr(st, "download_button", wrap(st.download_button, 1))
        monkeypatch.setattr(DeltaGenerator, "download_button", wrap(DeltaGenerator.download_button, 2))


def same(written, cell):
    """One cell as READ_COMMAND gives it back, against what the page handed the writer."""
    if isinstance(written, (bool, np.bool_)):
        return cell == str(bool(written))
    if isinstance(written, (int, np.integer)):
        return int(cell) == written
    if isinstance(written, (float, np.floating)):
        back = float(pd.Series([cell], dtype=str).astype(float).iloc[0])
        return (math.isnan(back) and math.isnan(written)) or back == written and math.copysign(1, back) == math.copysign(1, written)
    return cell == written


def check_csv(recorder, key, data):
    assert data in recorder.tables, f"{key}: not written by the one CSV writer (lstm.csvio via ui.widgets)"
    written = recorder.tables[data]
    table = eval(READ_COMMAND, {"pandas": pd, "f": io.BytesIO(data)})
    assert list(table.columns) == [str(c) for c in written], key
    for name, values in written.items():
        got = table[str(name)].tolist()
        bad = [(w, g) for w, g in zip(values, got) if not same(w, g)]
        assert len(got) == len(values) and not bad, (key, name, bad[:3])


def session_for(text):
    """A small model trained on `text` as the Training page would (its run and the published session model)."""
    trainer = Trainer(text, TrainConfig.from_preset("fast", hidden=6, max_iters=8, eval_every=1))
    trainer.step(8)
    return {"train.trainer": trainer, "ui.session_model": (trainer.model.copy(), trainer.checkpoint_metadata()),
            "ui.model": "session", **EXPLORE}


def open_page(name, state, text):
    """The page, with its train button pressed (and small settings); the Names / Word level pages get the
    text too: a list of names made from it, uploaded, and the text in the box."""
    at = run_page(ROOT / ("app.py" if name == "app" else f"pages/{name}.py"), state, timeout=120)
    if name == "12_Names":
        at.radio(key="names.source").set_value("upload").run()
        at.file_uploader(key="names.upload").set_value(("n.txt", names_of(text).encode(), "text/plain")).run()
        at.slider(key="names.iters").set_value(50).run()
    if name == "13_Word_level":
        at.text_area(key="words.text").set_value(words_of(text)).run()
        at.slider(key="words.iters").set_value(20).run()
    if name == "4_Cell_state":                      # every unit on: the "where else" table is drawn too
        at.slider(key="cell.threshold").set_value(-1.0).run()
    if name == "8_Find_the_neuron":                 # every text here has an 'a' and a 'b'
        at.selectbox(key="neuron.property").set_value("regex").run()
        at.text_input(key="neuron.regex").input("a").run()
    if name in BUTTONS:
        button, values = BUTTONS[name]
        for key, value in values.items():
            getattr(at, "select_slider" if key == "grad.iters" else "slider")(key=key).set_value(value)
        at.button(key=button).click().run()
    assert_clean(at)
    return at


def names_of(text):
    pieces = [p.strip()[:30] for p in text.replace("\n", " ").split(" ")]
    return "\n".join(f"{p}n{k}" for k, p in enumerate((pieces * 10)[:12]))


def words_of(text):
    return " ".join([text, "ala ma kota ale"] * 12)


def check_pages(pages, text, monkeypatch, predict=False):
    state = {**session_for(text), "predict.on": predict}
    for name in pages:
        recorder = Recorder(monkeypatch)
        at = open_page(name, state, text)
        if predict:
            play_rounds(at, name)
        expected = {**DOWNLOADS[name], **(PREDICT_EXTRA.get(name, {}) if predict else {})}
        assert {k: m for k, (m, _d) in recorder.buttons.items()} == expected, name
        for key, (mime, data) in recorder.buttons.items():
            if mime == CSV:
                check_csv(recorder, key, data)
        monkeypatch.undo()


TEXTS = st_.lists(st_.sampled_from(TRICKY) | st_.text(min_size=1, max_size=3), min_size=3, max_size=30).map("".join)


@settings(max_examples=3, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=TEXTS.map(lambda t: t + "ab"))
@example(text='#1 "Ala", #2 =kot,\n# 3 ma 1 nan True\tą🙂 =SUM(A1) "x""y"\n')
def test_every_csv_download_reads_back_exactly_for_any_text(text, monkeypatch):
    check_pages([p for p in DOWNLOADS if p not in TEXT_FREE], text, monkeypatch)


PREDICT_PAGES = ["2_One_step", "6_Generate", "7_Gradients_through_time", "8_Find_the_neuron", "16_Check_yourself"]


@pytest.mark.parametrize("text", ['#1 "Ala", #2 =kot,\n# 3 ma 1 nan True\tą🙂 =SUM(A1) "x""y"\nab', "ab=1,\"#\n ab"])
def test_every_csv_download_in_predict_mode_reads_back_exactly(text, monkeypatch):
    check_pages(PREDICT_PAGES, text, monkeypatch, predict=True)


def test_the_text_free_pages_downloads(monkeypatch):
    check_pages(sorted(TEXT_FREE), "ab", monkeypatch)


def test_every_page_is_enumerated():
    pages = {"app"} | {p.stem for p in (ROOT / "pages").glob("*.py")}
    assert pages == set(DOWNLOADS)
