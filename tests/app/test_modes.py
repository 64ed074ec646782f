"""AppTest of the task pages: names, word level, time series, melody — each trains from the
app with a small budget and the assertions are on the data (numbers are printed and put in messages)."""
import io
import wave

import numpy as np
import pytest
from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage

from lstm import melody
from lstm.tasks import names as names_task
from lstm.tasks import sunspots
from tests.app.conftest import ROOT, assert_clean, figure_by_title, figures, run_page

NAMES, WORDS = ROOT / "pages" / "12_Names.py", ROOT / "pages" / "13_Word_level.py"
SERIES, MELODY = ROOT / "pages" / "14_Time_series.py", ROOT / "pages" / "15_Melody.py"


def session_state_of(at):
    return {"ui.session_model": at.session_state["ui.session_model"], "ui.model": "session"}


@pytest.mark.parametrize("path", [NAMES, WORDS, SERIES, MELODY])
def test_pages_render_before_training(path):
    at = run_page(path)
    assert_clean(at)
    assert at.button(key={NAMES: "names.train", WORDS: "words.train", SERIES: "series.train",
                          MELODY: "melody.train"}[path])


def test_names_mode_trains_rnn_and_lstm_and_invents_new_names():
    at = run_page(NAMES)
    at.slider(key="names.iters").set_value(100).run()
    at.button(key="names.train").click().run()
    assert_clean(at)
    training = names_task.parse_names((ROOT / "assets" / "texts" / "names.txt").read_text(encoding="utf-8"))
    shares = {}
    for k, kind in enumerate(("rnn", "lstm")):                         # the two tables, in page order
        df = at.dataframe[k].value
        assert len(df) == 20
        assert df["ended with a newline"].mean() >= 0.9, df
        new = [n for n in df["name"] if n and n not in training]
        shares[kind] = len(new) / len(df)
        assert new, f"{kind}: every generated name copies the training list"
    model, meta = at.session_state["ui.session_model"]
    texts, ended = names_task.new_names(model, 20, seed=0)
    assert all(t.endswith("\n") for t, e in zip(texts, ended) if e) and sum(ended) >= 18
    print(f"names mode: share of new names RNN {shares['rnn']:.0%}, LSTM {shares['lstm']:.0%}")
    loss = figure_by_title(at, "Training loss")
    assert {tr["name"] for tr in loss["data"]} == {f"{k} ({w})" for k in ("RNN", "LSTM") for w in ("batch", "whole list")}
    whole = next(tr for tr in loss["data"] if tr["name"] == "LSTM (whole list)")
    assert len(whole["y"]) == 10 and whole["y"][-1] < whole["y"][0]           # evaluated every 10 updates
    gates = run_page(ROOT / "pages" / "3_Gates.py", session_state_of(at))   # the gate page draws its model
    assert_clean(gates)
    assert meta["mode"] == "names" and model.kind == "lstm"


def test_time_series_lstm_beats_repeating_the_last_value():
    at = run_page(SERIES)
    at.button(key="series.train").click().run()
    assert_clean(at)
    table = at.dataframe[0].value.set_index("model")
    naive, rnn, lstm = (float(table.loc[m, "RMSE"]) for m in ("repeat last value", "vanilla RNN", "LSTM"))
    message = f"validation RMSE in sunspots: LSTM {lstm:.2f}, RNN {rnn:.2f}, repeat-last-value baseline {naive:.2f}"
    print(message)
    assert lstm < naive, message
    assert rnn < naive, message
    labels, values = sunspots.read_series()
    data = sunspots.prepare(labels, values, 5)
    assert naive == pytest.approx(sunspots.errors(sunspots.naive_baseline(data), data.values[data.val_index])["rmse"],
                                  abs=0.01)
    pred = figure_by_title(at, "Next-year predictions")
    first = int(data.val_index[0]) - 40                                  # the last 40 training years, then validation
    assert np.allclose(pred["data"][0]["y"], values[first:])             # the truth line is the data
    lstm_line = next(tr for tr in pred["data"] if tr["name"] == "LSTM")
    assert np.sqrt(np.mean((np.asarray(lstm_line["y"]) - data.values[data.val_index]) ** 2)) == pytest.approx(lstm, abs=0.01)
    heat = figure_by_title(at, "LSTM f per unit and year")
    assert np.asarray(heat["data"][0]["z"]).shape == (8, 309)
    assert ((np.asarray(heat["data"][0]["z"]) > 0) & (np.asarray(heat["data"][0]["z"]) < 1)).all()


def test_word_level_trains_generates_and_the_encodings_page_shows_its_embedding():
    at = run_page(WORDS)
    at.slider(key="words.iters").set_value(60).run()
    at.button(key="words.train").click().run()
    assert_clean(at)
    model, meta = at.session_state["ui.session_model"]
    assert model.vocab.level == "word" and model.config.embed_dim == 16 and meta["mode"] == "words"
    loss = figure_by_title(at, "Loss per word over the whole text")["data"][0]
    assert len(loss["x"]) >= 4 and loss["y"][-1] < loss["y"][0]          # evaluated every ~10 updates
    generated = at.code[0].value
    assert " ▶ " in generated and len(generated.split(" ▶ ")[1].split()) >= 10
    at.text_input(key="words.seed_text").input("zebra unicorn").run()
    assert at.warning and "not in this model's vocabulary" in at.warning[-1].value
    enc = run_page(ROOT / "pages" / "1_Encodings.py", session_state_of(at))
    assert_clean(enc)
    scatter = figure_by_title(enc, "PCA")
    assert len(scatter["data"][0]["x"]) == model.V
    report = run_page(ROOT / "pages" / "10_Report.py", session_state_of(at))   # a word model's text is cut
    assert_clean(report)                                                      # between words, not inside one


def test_melody_plays_the_original_and_a_continuation(monkeypatch):
    served = []
    original = MemoryMediaFileStorage.load_and_get_id

    def record(self, data, mimetype, kind, filename=None):
        served.append((bytes(data), mimetype))
        return original(self, data, mimetype, kind, filename)

    monkeypatch.setattr(MemoryMediaFileStorage, "load_and_get_id", record)
    at = run_page(MELODY)
    at.button(key="melody.train").click().run()
    assert_clean(at)
    notes = [n for p in melody.parse_melody((ROOT / "assets" / "melodies" / at.selectbox(key="melody.file").value)
                                            .read_text(encoding="utf-8")) for n in p]
    prime = at.slider(key="melody.prime").value
    heard, made = at.code[0].value.split("  ▶  ")
    continuation = [melody.parse_note(n) for n in made.split()]
    assert heard.split() == [n.name for n in notes[:prime]] and len(continuation) >= 4
    wavs = {}
    for data, mimetype in served:
        if mimetype != "audio/wav":                                      # CSV downloads are served too
            continue
        with wave.open(io.BytesIO(data)) as w:
            wavs[round(w.getnframes() / w.getframerate(), 2)] = w.getframerate()
    expect_original = round(sum(melody.seconds(n, 100) for n in notes), 2)
    expect_both = round(sum(melody.seconds(n, 100) for n in notes[:prime] + continuation), 2)
    assert expect_original in wavs and expect_both in wavs, (wavs, expect_original, expect_both)
    assert set(wavs.values()) == {22050}
    print(f"melody: original {len(notes)} notes {expect_original} s; prime {prime} + {len(continuation)} "
          f"generated notes {expect_both} s")
    cell = run_page(ROOT / "pages" / "4_Cell_state.py", session_state_of(at))     # the notes model's C
    assert_clean(cell)
    roll = figure_by_title(at, "Piano roll")
    assert len(roll["data"][0]["y"]) == len(notes)
    assert len(figures(at)) == 2
