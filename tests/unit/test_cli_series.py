"""`python -m lstm train CSV --mode series --out model.npz` saves the trained series model as a checkpoint with
what the app's Gates and Cell state pages read (the one metadata builder, lstm.tasks.sunspots.series_meta,
shared with the Time series page); `--out FILE.csv` still writes the validation predictions."""
import json

import numpy as np
import pandas as pd
import pytest
from threadpoolctl import threadpool_limits

from lstm import checkpoint
from lstm.__main__ import main
from lstm.series import SeriesModel, SeriesTrainConfig, train_series
from lstm.tasks import sunspots

CSV = sunspots.SUNSPOTS
YEARS = [str(y) for y in range(1700, 2009)]


@pytest.fixture(autouse=True)
def one_blas_thread():
    with threadpool_limits(1):
        yield


def train_json(capsys, *args):
    assert main(["train", str(CSV), "--mode", "series", "--json", *map(str, args)]) == 0
    return json.loads(capsys.readouterr().out.strip().splitlines()[-1])


def test_out_npz_saves_the_trained_model_with_what_the_pages_need(capsys, tmp_path):
    out = tmp_path / "sun.npz"
    report = train_json(capsys, "--kind", "rnn", "--hidden", "4", "--max-iters", "60", "--seed", "2",
                        "--seq-len", "6", "--out", out)
    assert report["checkpoint"] == str(out)
    model, meta = checkpoint.load_with_metadata(out, expect_model="series")
    assert isinstance(model, SeriesModel) and model.kind == "rnn" and model.H == 4
    data = sunspots.prepare(*sunspots.read_series(), window=6)
    same, _hist = train_series(data.X_train, data.y_train, SeriesTrainConfig(kind="rnn", hidden=4, epochs=60, seed=2))
    assert model.theta.tobytes() == same.theta.tobytes()                       # the model that was trained
    assert meta["labels"] == YEARS and meta["values"] == data.scale(data.values).tolist()
    assert meta["train_last"] == "1947" and meta["data"] == "sunspots_yearly.csv"
    assert meta["train_config"] == {"kind": "rnn", "window": 6, "hidden": 4, "epochs": 60, "seed": 2}
    rmse = sunspots.errors(data.unscale(model.predict(data.X_val)), data.values[data.val_index])["rmse"]
    assert meta["summary"]["val_rmse"] == report["val_rmse"] == pytest.approx(rmse, rel=1e-12)
    assert "checkpoint" not in meta["summary"]


def test_series_meta_names_its_source_csv():   # the page and the CLI both call this one builder
    data = sunspots.prepare(*sunspots.read_series(), window=5)
    cfg = SeriesTrainConfig(hidden=3, epochs=7, seed=1)
    assert sunspots.series_meta(data, cfg, source="other.csv")["data"] == "other.csv"


def test_out_csv_still_writes_the_predictions(capsys, tmp_path):
    report = train_json(capsys, "--kind", "rnn", "--max-iters", "20", "--out", tmp_path / "pred.CSV")
    text = (tmp_path / "pred.CSV").read_text(encoding="utf-8")
    assert text.startswith("# validation predictions of a series RNN (H=") and report["checkpoint"].endswith("pred.CSV")
    table = pd.read_csv(tmp_path / "pred.CSV", comment="#", dtype=str, keep_default_na=False)   # lstm.csvio.READ_COMMAND
    assert list(table.columns) == ["label", "truth", "predicted", "repeat_last_value"]
    assert table["label"].tolist() == YEARS[-len(table):]
    assert len(table) > 0 and np.isfinite(table["truth"].astype(float)).all()
    with pytest.raises(checkpoint.CheckpointError):
        checkpoint.load(tmp_path / "pred.CSV")


def test_another_csv_is_named_in_the_checkpoint(capsys, tmp_path):
    series = tmp_path / "temperatures.csv"
    series.write_text("day,temp\n" + "".join(f"d{k},{10 + 5 * np.sin(k / 3):.3f}\n" for k in range(40)),
                      encoding="utf-8")
    assert main(["train", str(series), "--mode", "series", "--max-iters", "10", "--hidden", "2",
                 "--out", str(tmp_path / "t.npz")]) == 0
    assert "saved" in capsys.readouterr().out
    model, meta = checkpoint.load_with_metadata(tmp_path / "t.npz")
    assert meta["data"] == "temperatures.csv" and meta["labels"][:2] == ["d0", "d1"] and len(meta["values"]) == 40
    assert model.kind == "lstm" and model.H == 2


def test_an_unwritable_out_is_a_clean_error(capsys, tmp_path):
    assert main(["train", str(CSV), "--mode", "series", "--max-iters", "5",
                 "--out", str(tmp_path / "missing-dir" / "m.npz")]) == 2
    assert capsys.readouterr().err.startswith("error: ")


def test_sample_refuses_a_series_checkpoint_with_a_message(capsys, tmp_path):
    train_json(capsys, "--max-iters", "5", "--hidden", "2", "--out", tmp_path / "sun.npz")
    assert main(["sample", str(tmp_path / "sun.npz")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: this checkpoint holds a series model") and "a text model" in err, err
