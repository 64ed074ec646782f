"""lstm.checkpoint for series models (lstm.series.SeriesModel): bit-exact round trips for every cell kind, the
series the model reads (labels, values) kept exactly, bad series files refused with CheckpointError naming the
problem, symbol checkpoints untouched, and expect_kind / expect_model.

Bad files are crafted member by member with the helpers of tests/unit/test_checkpoint.py."""
import io
import json
import zipfile

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from lstm import ModelConfig, checkpoint
from lstm.checkpoint import CheckpointError, load, load_with_metadata, save
from lstm.model import Model
from lstm.series import SeriesModel
from tests.unit.test_checkpoint import (make_model, members, meta_of, npy, refused, refuses_non_finite, saved,
                                        with_array, with_meta, zip_of)

H, T = 3, 12
LABELS = [str(1700 + t) for t in range(T)]
VALUES = list(np.random.default_rng(5).uniform(0, 1, T))          # 53-bit fractions: JSON must keep every bit
EXTRA = {"train_last": "1709", "train_config": {"kind": "lstm", "window": 4, "hidden": H, "epochs": 9, "seed": 2},
         "summary": {"val_rmse": 20.5}, "data": "sunspots_yearly.csv"}


def series_model(kind="lstm", seed=0):
    model = SeriesModel(ModelConfig(kind=kind, hidden=H, forget_bias=1.0, seed=seed))
    model.theta[:] = np.random.default_rng(seed).normal(0, 3, model.theta.size)   # all 64 bits in use
    return model


def saved_series(model=None, **metadata):
    buffer = io.BytesIO()
    save(model or series_model(), buffer, **{"labels": LABELS, "values": VALUES, **EXTRA, **metadata})
    return buffer.getvalue()


def without(data, *keys, add=None):
    """The checkpoint with metadata keys removed (and those of `add` set: with_meta cannot set "data")."""
    files, meta = members(data), meta_of(data)
    for key in keys:
        del meta[key]
    meta.update(add or {})
    files["meta.npy"] = npy(np.frombuffer(json.dumps(meta).encode(), np.uint8))
    return zip_of(files)


# ------------------------------------------------------------------------------------ round trips
@pytest.mark.parametrize("kind", ["lstm", "rnn", "gru"])
def test_series_round_trip_is_bit_exact(kind):
    model = series_model(kind, seed=3)
    back, meta = load_with_metadata(saved_series(model))
    assert type(back) is SeriesModel and back.config == model.config and back.kind == kind
    assert back.theta.tobytes() == model.theta.tobytes()
    assert all(back.params[n].tobytes() == model.params[n].tobytes() for n in model.params)
    assert meta["labels"] == LABELS and meta["values"] == VALUES              # floats through JSON, exactly
    assert {k: meta[k] for k in EXTRA} == EXTRA
    assert meta["model"] == "series" and "vocab" not in meta and meta["version"] == 1 and meta["kind"] == kind
    run, again = model.run(VALUES), back.run(meta["values"])
    assert again.h.tobytes() == run.h.tobytes() and again.y_hat.tobytes() == run.y_hat.tobytes()


def test_series_round_trip_through_a_path_and_the_arrays_in_the_file(tmp_path):
    model = series_model("gru")
    save(model, tmp_path / "sun.npz", labels=tuple(LABELS), values=np.array(VALUES))   # tuples and arrays welcome
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sun.npz"]
    back, meta = load_with_metadata(tmp_path / "sun.npz")
    assert back.theta.tobytes() == model.theta.tobytes() and meta["values"] == VALUES
    with np.load(tmp_path / "sun.npz", allow_pickle=False) as npz:
        assert npz["W_y"].shape == (1, H) and npz["b_y"].shape == (1,) and npz["W_u"].shape == (H, H + 1)


def test_symbol_checkpoints_load_as_before():
    model = make_model("lstm")
    back, meta = load_with_metadata(saved(model, text="Ala"))
    assert isinstance(back, Model) and back.vocab == model.vocab and back.theta.tobytes() == model.theta.tobytes()
    assert "model" not in meta and meta["vocab"]["symbols"] == list(model.vocab.symbols)
    assert load(saved(model), expect_model="symbol").V == model.V


def test_a_reader_from_before_series_files_refuses_them_rather_than_misreading():
    """Why the format version stays 1: a series file has no vocabulary, which version-1 readers require."""
    meta = meta_of(saved_series())
    with pytest.raises(CheckpointError, match="no vocabulary"):
        checkpoint._vocab_of(meta)                   # what load() did for every file before series files
    refused(with_meta(saved_series(), model="symbol"), "unknown model type 'symbol'")


# ------------------------------------------------------------------------------------ expect_kind / _model
def test_expect_kind_and_expect_model():
    data = saved_series(series_model("rnn"))
    assert load(data, expect_kind="rnn", expect_model="series").kind == "rnn"
    refused(data, "an RNN model", "an LSTM model was expected", expect_kind="lstm")
    refused(data, "holds a series model (one number per step)", "a text model", "was expected here",
            expect_model="symbol")
    refused(saved(make_model("gru")), "holds a text model", "a series model (one number per step) was expected",
            expect_model="series")


# ------------------------------------------------------------------------------------ refusals when saving
@pytest.mark.parametrize("metadata, words", [
    (dict(labels=None, values=None), "must hold 'labels' and 'values'"),
    (dict(values=VALUES[:-1]), f"{T - 1} values and {T} labels"),
    (dict(labels=[], values=[]), "0 values and 0 labels"),
    (dict(values=VALUES[:-1] + [float("nan")]), "finite numbers"),
    (dict(values=VALUES[:-1] + [np.inf]), "finite numbers"),
    (dict(labels=LABELS[:-1] + [2020]), "labels must be text"),
    (dict(summary=[1, 2]), "'summary' must be a dictionary"),
])
def test_saving_a_series_model_without_a_usable_series_is_refused(metadata, words):
    given = {"labels": LABELS, "values": VALUES, **metadata}
    given = {k: v for k, v in given.items() if v is not None}
    with pytest.raises(CheckpointError, match=words.replace("(", r"\(").replace(")", r"\)")):
        save(series_model(), io.BytesIO(), **given)


# ------------------------------------------------------------------------------------ refusals when loading
def test_wrong_shapes_are_named():
    refused(with_array(saved_series(), "W_y", np.zeros((2, H))), f"array W_y has shape (2, {H}), expected (1, {H})")
    refused(with_array(saved_series(), "W_f", np.zeros((H, H + 5))), f"array W_f has shape ({H}, {H + 5})")
    refused(with_array(saved_series(series_model("rnn")), "W_f", np.zeros((H, H + 1))), "unexpected array 'W_f'")


@pytest.mark.parametrize("value", [np.nan, np.inf])
def test_non_finite_weights(value):
    refuses_non_finite(series_model(), saved_series, "W_o", (1, 2), value)


def test_a_symbol_checkpoint_dressed_as_a_series_one_is_refused():
    data = saved(make_model("lstm"))
    refused(with_meta(data, model="series", labels=LABELS, values=VALUES), "has no vocabulary, but this one lists one")
    files, meta = members(data), meta_of(data)
    del meta["vocab"]
    meta.update(model="series", labels=LABELS, values=VALUES)
    files["meta.npy"] = npy(np.frombuffer(json.dumps(meta).encode(), np.uint8))
    refused(zip_of(files), "array W_y has shape (")                    # V rows where one is expected


@pytest.mark.parametrize("edit, words", [
    (lambda d: without(d, "labels"), "must hold 'labels' and 'values'"),
    (lambda d: without(d, "values"), "must hold 'labels' and 'values'"),
    (lambda d: with_meta(d, values=VALUES[:3]), f"3 values and {T} labels"),
    (lambda d: with_meta(d, values="0.1 0.2"), "must hold 'labels' and 'values'"),
    (lambda d: with_meta(d, values=VALUES[:-1] + [float("nan")]), "finite numbers"),   # JSON's NaN token
    (lambda d: with_meta(d, values=VALUES[:-1] + [10 ** 400]), "finite numbers"),
    (lambda d: with_meta(d, values=VALUES[:-1] + [True]), "finite numbers"),
    (lambda d: with_meta(d, values=VALUES[:-1] + ["0.5"]), "finite numbers"),
    (lambda d: with_meta(d, labels=LABELS[:-1] + [None]), "labels must be text"),
    (lambda d: with_meta(d, labels=LABELS[:-1] + ["\ud800"]), "valid Unicode"),
    (lambda d: with_meta(d, train_config="W=5"), "'train_config' must be a dictionary"),
    (lambda d: without(d, "data", add={"data": ["a.csv"]}), "'data' must be text"),
    (lambda d: with_meta(d, train_last=1947), "'train_last' must be text"),
    (lambda d: with_meta(d, model="melody"), "unknown model type 'melody'"),
    (lambda d: with_meta(d, config__embed_dim=2), "embed_dim must be 0, not 2"),
    (lambda d: with_meta(d, config__hidden=H + 1), "array W_y has shape"),
    (lambda d: with_meta(d, kind="gru"), "kind 'gru' but config says 'lstm'"),
])
def test_bad_series_metadata_is_named(edit, words):
    refused(edit(saved_series()), words)


def test_damaged_series_file():
    data = saved_series()
    refused(data[: len(data) // 2])
    flipped = bytearray(data)
    flipped[flipped.index(b"W_c.npy") + 150] ^= 0x10                   # inside W_c's data
    refused(bytes(flipped), "damaged")


# ------------------------------------------------------------------------------------ property-based
BASES = [saved_series(series_model(k, seed=s)) for s, k in enumerate(["lstm", "rnn", "gru"])]
KEYS = ["labels", "values", "model", "vocab", "train_config", "summary", "data", "train_last", "config"]
JSON = st.none() | st.booleans() | st.floats() | st.text(max_size=3) | st.lists(st.floats() | st.text(max_size=2),
                                                                               max_size=T + 1)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(BASES), st.lists(st.tuples(st.sampled_from(KEYS), JSON), max_size=3),
       st.sampled_from([zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED]))
def test_edited_series_files_load_or_raise_checkpoint_error(data, edits, compression):
    files, meta = members(data), meta_of(data)
    for key, value in edits:
        meta[key] = value
    files["meta.npy"] = npy(np.frombuffer(json.dumps(meta).encode("utf-8", "surrogatepass"), np.uint8))
    try:
        model, meta = load_with_metadata(zip_of(files, compression))
    except CheckpointError:
        return
    assert isinstance(model, SeriesModel) and np.isfinite(model.theta).all()
    assert len(meta["labels"]) == len(meta["values"]) >= 1 and np.isfinite(meta["values"]).all()
