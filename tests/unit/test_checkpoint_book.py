"""Checkpoints of book-scale models: float32 stored as '<f4', stacked layers' arrays, and the same refusals
(names, shapes, dtypes checked from the headers before any data is read) for the new fields."""
import io

import numpy as np
import pytest
from tests.unit.test_checkpoint import raw_npy, refused, saved, with_array, with_meta

from lstm import ModelConfig, Vocabulary, create
from lstm.checkpoint import load_with_metadata

TEXT = "Alice was beginning to get very tired.\n"


def book_model(**fields):
    config = ModelConfig(**dict(dict(hidden=5, layers=2, dtype="float32", dropout=0.25), **fields))
    model = create(Vocabulary.from_text(TEXT), config)
    model.theta[:] = np.random.default_rng(0).normal(0, 3, model.theta.size)
    return model


@pytest.mark.parametrize("fields", [dict(), dict(layers=3, dtype="float64"), dict(layers=1, scaled_input=True),
                                    dict(embed_dim=3)])
def test_round_trip_keeps_layers_dtype_and_every_bit(fields):
    model = book_model(**fields)
    back, meta = load_with_metadata(saved(model))
    assert back.config == model.config and back.theta.dtype == model.theta.dtype
    assert back.theta.tobytes() == model.theta.tobytes()
    assert meta["config"]["layers"] == model.L and meta["config"]["dtype"] == model.config.dtype


def test_float32_models_are_stored_as_little_endian_float32():
    with np.load(io.BytesIO(saved(book_model()))) as npz:
        assert {"W_f@2", "b_o@2", "W_f", "W_y"} <= set(npz.files) and "W_f@3" not in npz.files
        assert all(npz[name].dtype == np.dtype("<f4") for name in npz.files if name != "meta")


def test_a_float32_model_refuses_float64_arrays_and_the_other_way_round():
    model = book_model()
    refused(with_array(saved(model), "W_f@2", model.params["W_f@2"].astype("<f8")), "W_f@2", "float32 ('<f4')")
    wide = book_model(dtype="float64")
    refused(with_array(saved(wide), "b_y", wide.params["b_y"].astype("<f4")), "b_y", "float64 ('<f8')")
    refused(with_array(saved(model), "b_y", model.params["b_y"].astype(">f4")), "b_y", "float32")


def test_layer_count_must_match_the_arrays():
    data = saved(book_model())
    refused(with_meta(data, config__layers=3), "W_f@3", "missing")
    refused(with_meta(data, config__layers=1), "unexpected array", "@2")


def test_a_stacked_arrays_declared_size_is_checked_before_reading():
    forged = raw_npy((5, 10), descr="<f4", data=b"\0" * 40)      # header says 50 floats, 40 bytes follow
    refused(with_array(saved(book_model()), "W_c@2", forged), "W_c@2", "declares 200 bytes")
    refused(with_array(saved(book_model()), "W_c@2", raw_npy((5, 11), descr="<f4", data=b"\0" * 220)),
            "W_c@2", "shape (5, 11), expected (5, 10)")


@pytest.mark.parametrize("changes, words", [
    (dict(config__layers=True), "config field layers"), (dict(config__layers=4), "layers must be"),
    (dict(config__dtype="float16"), "unknown dtype"), (dict(config__dtype=32), "config field dtype"),
    (dict(config__dropout="0.5"), "config field dropout"), (dict(config__dropout=1.5), "dropout must be"),
    (dict(config__scaled_input="yes"), "config field scaled_input"),
    (dict(config__scaled_input=1), "config field scaled_input"),
    (dict(config__kind="gru", kind="gru"), "stacked layers are LSTM")])
def test_bad_book_settings_in_the_metadata_are_named(changes, words):
    refused(with_meta(saved(book_model()), **changes), words)


def test_old_files_without_the_new_fields_load_as_one_float64_layer():
    old = create(Vocabulary.from_text(TEXT), ModelConfig(hidden=4))
    data = saved(old)
    meta_config = {k: v for k, v in old.config.__dict__.items() if k not in ("layers", "dropout", "dtype", "scaled_input")}
    back, _ = load_with_metadata(with_meta(data, config=meta_config))
    assert back.config == old.config and back.L == 1 and back.theta.dtype == np.float64
    assert back.theta.tobytes() == old.theta.tobytes()
