"""lstm.checkpoint: bit-exact round trips, and every malformed file refused with CheckpointError.

Bad files are crafted member by member (zipfile + np.lib.format), so each test breaks one thing.
"""
import io
import json
import tracemalloc
import zipfile

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from hypothesis.extra.numpy import array_shapes, arrays

from lstm import ModelConfig, Vocabulary, checkpoint, create
from lstm.model import Model
from lstm.checkpoint import CheckpointError, load, load_with_metadata, save

TEXT = "zażółć gęślą jaźń 我爱你 🙂🚀\n\tend"
V = len(set(TEXT))                                      # 25 symbols, H = 5 below


def make_model(kind="lstm", embed_dim=0, text=TEXT, level="char", seed=0):
    model = create(Vocabulary.from_text(text, level), ModelConfig(kind=kind, hidden=5, embed_dim=embed_dim))
    model.theta[:] = np.random.default_rng(seed).normal(0, 3, model.theta.size)   # all 64 bits in use
    return model


def saved(model=None, **metadata):
    buffer = io.BytesIO()
    save(model or make_model(), buffer, **metadata)
    return buffer.getvalue()


def members(data):
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return {info.filename: zf.read(info) for info in zf.infolist()}


def zip_of(files, compression=zipfile.ZIP_STORED):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as zf:
        for name, raw in files.items():
            zf.writestr(name, raw)
    return buffer.getvalue()


def npy(array, allow_pickle=False):
    buffer = io.BytesIO()
    np.lib.format.write_array(buffer, np.asanyarray(array), allow_pickle=allow_pickle)
    return buffer.getvalue()


def raw_npy(shape, descr="<f8", data=b"\0" * 64, fortran=False):
    """An .npy whose header declares `shape` whatever the data that follows."""
    buffer = io.BytesIO()
    np.lib.format.write_array_header_1_0(buffer, {"descr": descr, "fortran_order": fortran, "shape": shape})
    return buffer.getvalue() + data


def meta_of(data):
    return json.loads(np.load(io.BytesIO(members(data)["meta.npy"])).tobytes())


def with_meta(data, **changes):
    files = members(data)
    meta = meta_of(data)
    for key, value in changes.items():               # "config__hidden" sets meta["config"]["hidden"]
        *path, last = key.split("__")
        target = meta
        for part in path:
            target = target[part]
        target[last] = value
    files["meta.npy"] = npy(np.frombuffer(json.dumps(meta).encode(), np.uint8))
    return zip_of(files)


def with_array(data, name, array):
    files = members(data)
    files[name + ".npy"] = array if isinstance(array, bytes) else npy(array)
    return zip_of(files)


def refused(data, *words, **kwargs):
    with pytest.raises(CheckpointError) as err:
        load(data, **kwargs)
    for word in words:
        assert word in str(err.value), str(err.value)
    return str(err.value)


# ------------------------------------------------------------------------------------ round trips
@pytest.mark.parametrize("kind, embed_dim, level", [
    ("lstm", 0, "char"), ("rnn", 0, "char"), ("gru", 0, "char"), ("lstm", 3, "word"), ("gru", 2, "char")])
def test_round_trip_is_bit_exact(kind, embed_dim, level):
    model = make_model(kind, embed_dim, text="Ala ma kota, kot ma Alę.\n我爱你 🙂\tok", level=level)
    back, meta = load_with_metadata(saved(model, text="Ala", iterations=np.int64(12), loss=np.float32(0.5)))
    assert type(back) is type(model) and back.config == model.config and back.vocab == model.vocab
    assert back.theta.tobytes() == model.theta.tobytes()
    assert all(back.params[n].tobytes() == model.params[n].tobytes() for n in model.params)
    assert meta["text"] == "Ala" and meta["iterations"] == 12 and meta["loss"] == 0.5
    assert meta["format"] == "lstm-explainer" and meta["version"] == 1 and meta["kind"] == kind


def test_round_trip_through_a_path_keeps_the_name(tmp_path):
    model = make_model()
    path = tmp_path / "my model"                          # no .npz suffix: np.savez would add one
    save(model, path, history={"loss": [3.0, 2.5]})
    assert sorted(p.name for p in tmp_path.iterdir()) == ["my model"]   # and no .tmp left behind
    back, meta = load_with_metadata(str(path))
    assert back.theta.tobytes() == model.theta.tobytes() and meta["history"] == {"loss": [3.0, 2.5]}
    assert back.vocab.symbols == model.vocab.symbols and "\n" in back.vocab.symbols and "🚀" in back.vocab.symbols


def test_file_is_an_ordinary_npz_without_pickles():
    with np.load(io.BytesIO(saved()), allow_pickle=False) as npz:
        assert set(npz.files) == {"W_f", "W_i", "W_c", "W_o", "b_f", "b_i", "b_c", "b_o", "W_y", "b_y", "meta"}
        assert npz["W_f"].dtype == np.dtype("<f8") and npz["meta"].dtype == np.uint8


def test_loads_from_an_upload_like_object_at_any_position():
    class Upload(io.BytesIO):                             # what st.file_uploader hands over
        name = "model.npz"
    upload = Upload(saved())
    upload.read()                                         # position at the end, as after a preview
    assert load(upload).H == 5

    class Stream:                                         # not seekable: read once into memory
        def __init__(self, data):
            self.buffer = io.BytesIO(data)

        def read(self, n=-1):
            return self.buffer.read(n)

        def seekable(self):
            return False
    assert load(Stream(saved())).H == 5


def test_metadata_keys_of_the_format_are_reserved_and_nan_models_are_not_saved():
    with pytest.raises(ValueError, match="reserved"):
        saved(vocab="mine")
    model = make_model()
    model.params["W_o"][0, 0] = np.nan
    with pytest.raises(CheckpointError, match="NaN"):
        saved(model)
    with pytest.raises(TypeError, match="JSON"):
        saved(callback=print)


def test_fortran_ordered_arrays_are_read_correctly():
    model = make_model()
    data = with_array(saved(model), "W_f", np.asfortranarray(model.params["W_f"]))
    assert load(data).theta.tobytes() == model.theta.tobytes()


# ------------------------------------------------------------------------------------ refusals
@pytest.mark.parametrize("data", [b"", b"hello, this is not a zip", b"PK\x03\x04" + b"\0" * 40])
def test_not_a_zip(data):
    refused(data, "not a valid .npz (zip) file")


def test_missing_file(tmp_path):
    refused(str(tmp_path / "nope.npz"), "not found")


@pytest.mark.parametrize("keep", [0.1, 0.5, 0.9, 0.99])
def test_truncated_file(keep):
    data = saved()
    refused(data[:int(len(data) * keep)])


def test_a_flipped_bit_in_the_weights_is_caught_by_the_crc():
    data = bytearray(saved())
    start = data.index(b"W_i.npy") + 200                  # inside W_i's data
    data[start] ^= 0x10
    refused(bytes(data), "damaged")


class Payload:
    """Unpickling this would create the marker file (the file's own 'code')."""

    def __init__(self, marker):
        self.marker = marker

    def __reduce__(self):
        return (open, (str(self.marker), "w"))


def test_pickled_object_array_is_refused_without_unpickling(tmp_path):
    marker = tmp_path / "unpickled"
    evil = np.empty((5, 5 + V), dtype=object)
    evil[0, 0] = Payload(marker)
    data = with_array(saved(), "W_f", npy(evil, allow_pickle=True))
    refused(data, "W_f", "Python objects", "without unpickling")
    assert not marker.exists()
    with np.load(io.BytesIO(data), allow_pickle=True) as npz:   # the payload is live: numpy would run it
        npz["W_f"]
    assert marker.exists()


def test_wrong_shape_is_named():
    refused(with_array(saved(), "W_f", np.zeros((3, 4))), f"array W_f has shape (3, 4), expected (5, {5 + V})")


def test_missing_and_extra_arrays():
    files = members(saved())
    del files["b_o.npy"]
    refused(zip_of(files), "array b_o is missing")
    refused(with_array(saved(), "bonus", np.zeros(3)), "unexpected array 'bonus'")
    refused(zip_of({k: v for k, v in members(saved()).items() if k != "meta.npy"}), "no 'meta' entry")
    refused(zip_of(dict(members(saved()), **{"notes.txt": b"hi"})), "unexpected entry 'notes.txt'")


def refuses_non_finite(model, save, name, index, value):
    """A checkpoint of `model` (written by `save`) whose array `name` has `value` at `index` is refused."""
    weights = model.params[name].copy()
    weights[index] = value
    refused(with_array(save(model), name, weights), f"array {name} contains NaN or Inf")


@pytest.mark.parametrize("value", [np.nan, np.inf, -np.inf])
def test_non_finite_weights(value):
    refuses_non_finite(make_model(), saved, "W_y", (2, 3), value)


def test_vocabulary_that_does_not_match_the_arrays():
    data = saved()
    symbols = meta_of(data)["vocab"]["symbols"]
    refused(with_meta(data, vocab__symbols=symbols + ["Ω"]),
            f"vocabulary has {len(symbols) + 1} symbols but W_y has {len(symbols)} rows")
    refused(with_meta(data, vocab__symbols=symbols[:-1]), "W_y has")


@pytest.mark.parametrize("dtype, words", [(np.float32, "float32"), (">f8", ">f8"), (np.int64, "int64")])
def test_other_dtypes_are_refused(dtype, words):
    model = make_model()
    refused(with_array(saved(model), "b_y", model.params["b_y"].astype(dtype)), "b_y", words)


def test_declared_size_of_a_billion_rows_is_refused_before_allocating():
    data = with_array(saved(), "W_f", raw_npy((10**9, 20)))
    tracemalloc.start()
    try:
        message = refused(data, "W_f", "1000000000 × 20", "larger than the limit")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 5_000_000, f"{peak} bytes allocated while refusing"
    assert "160000000000 bytes" in message


def test_header_that_disagrees_with_the_zip_entry_is_refused():
    forged = raw_npy((5, 5 + V), data=b"\0" * 80)            # header says 5 × 30 floats, 80 bytes follow
    refused(with_array(saved(), "W_f", forged), "W_f", f"declares {5 * (5 + V) * 8} bytes")


def test_zip_bomb_is_refused_from_the_declared_sizes(monkeypatch):
    monkeypatch.setattr(checkpoint, "MAX_TOTAL_BYTES", 1 << 20)
    bomb = raw_npy((512, 512), data=bytes(512 * 512 * 8))      # 2 MB of zeros, a few KB deflated
    data = zip_of(dict(members(saved()), **{"W_f.npy": bomb}), zipfile.ZIP_DEFLATED)
    assert len(data) < 50_000
    refused(data, "declares", "more than the limit")


def test_hidden_size_of_a_billion_in_the_metadata():
    refused(with_meta(saved(), config__hidden=10**9), "hidden size")


def test_another_kind_when_one_is_expected():
    data = saved(make_model("rnn"))
    refused(data, "an RNN model", "an LSTM model was expected", expect_kind="lstm")
    assert load(data, expect_kind="rnn").kind == "rnn"


@pytest.mark.parametrize("changes, words", [
    (dict(format="something-else"), "not a checkpoint of this app"),
    (dict(version=2), "version 2 is not supported"),
    (dict(version=True), "not supported"),
    (dict(kind="transformer"), "unknown model kind"),
    (dict(kind="gru"), "kind 'gru' but config says 'lstm'"),
    (dict(config__hidden="5"), "config field hidden"),
    (dict(config__hidden=True), "config field hidden"),
    (dict(config__init_std=None), "config field init_std"),
    (dict(config__attention=0.5), "unknown config field 'attention'"),   # (dropout is a field now)
    (dict(config__seed=-1), "seed"),
    (dict(config="lstm"), "no 'config' section"),
    (dict(vocab__level="byte"), "unknown vocabulary level"),
    (dict(vocab__symbols="abc"), "no vocabulary"),
    (dict(vocab__symbols=[]), "vocabulary has 0 symbols"),
    (dict(vocab__symbols=["a"] * V), "more than once"),
    (dict(vocab__symbols=[1] * V), "non-empty strings"),
    (dict(vocab__symbols=["ab"] + list("cdefghijklmnopqrstuvwxyz")[:V - 1]), "one character each"),
    (dict(vocab__symbols=["\ud800"] + list("cdefghijklmnopqrstuvwxyz")[:V - 1]), "valid Unicode"),
])
def test_bad_metadata_is_named(changes, words):
    refused(with_meta(saved(), **changes), words)


@pytest.mark.parametrize("raw, words", [
    (npy(np.frombuffer(b"{not json", np.uint8)), "not valid JSON"),
    (npy(np.frombuffer(b"\xff\xfe{}", np.uint8)), "not valid UTF-8"),
    (npy(np.frombuffer(b"[1, 2]", np.uint8)), "not a checkpoint of this app"),
    (npy(np.zeros(4)), "expected a 1-D uint8 array"),
    (npy(np.frombuffer(b"[" * 100000 + b"]" * 100000, np.uint8)), "meta"),
    (raw_npy((2 << 20,), descr="|u1"), "larger than the limit"),
], ids=["not-json", "not-utf8", "json-list", "float-meta", "deep-nesting", "2MB-meta"])
def test_bad_meta_entry(raw, words):
    refused(with_array(saved(), "meta", raw), words)


# ------------------------------------------------------------------------------ property-based
BASES = [saved(make_model("lstm")), saved(make_model("gru", embed_dim=2, text="abcab", seed=1)),
         saved(make_model("rnn", text="hi ho", seed=2))]
NAMES = st.sampled_from(["W_f", "W_i", "W_c", "W_o", "b_f", "b_o", "W_y", "b_y", "E", "W_h", "b_u",
                         "meta", "x", "dir/W_f", "W_f.npy", "ü"])
ODD_ARRAYS = arrays(st.sampled_from(["<f8", "<f4", "<i8", "|u1", "|b1", ">f8", "<c16", "|i1"]),
                    array_shapes(min_dims=0, max_dims=3, min_side=0, max_side=6))
JSON = st.recursive(st.none() | st.booleans() | st.integers(-10, 10**12) | st.floats() | st.text(max_size=4),
                    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner, max_size=3),
                    max_leaves=6)
META_KEYS = ["format", "version", "kind", "config", "vocab", "config__hidden", "config__embed_dim",
             "config__init_std", "config__seed", "config__kind", "vocab__symbols", "vocab__level"]


def loads_or_refuses(data):
    """The property: a Model with finite weights, or CheckpointError — nothing else escapes."""
    try:
        model = load(data)
    except CheckpointError:
        return None
    assert isinstance(model, Model) and np.isfinite(model.theta).all()
    return model


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=600))
def test_random_bytes_never_escape_as_another_error(data):
    assert loads_or_refuses(data) is None
    assert loads_or_refuses(b"PK\x03\x04" + data) is None


@st.composite
def odd_checkpoints(draw):
    """A valid checkpoint with 0-3 random edits: arrays replaced/dropped/added, metadata fields set."""
    data = draw(st.sampled_from(BASES))
    files, meta = members(data), meta_of(data)
    for _ in range(draw(st.integers(0, 3))):
        op, name = draw(st.sampled_from(["replace", "drop", "meta"])), draw(NAMES)
        if op == "drop":
            files.pop(name + ".npy", None)
        elif op == "replace":
            files[name + ".npy"] = npy(draw(ODD_ARRAYS))
        else:
            *path, last = draw(st.sampled_from(META_KEYS)).split("__")
            target = meta[path[0]] if path and isinstance(meta.get(path[0]), dict) else meta
            target[last] = draw(JSON)
    if "meta.npy" in files and draw(st.booleans()):
        files["meta.npy"] = npy(np.frombuffer(json.dumps(meta).encode("utf-8", "surrogatepass"), np.uint8))
    return zip_of(files, draw(st.sampled_from([zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED])))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(odd_checkpoints())
def test_odd_npz_contents_load_or_raise_checkpoint_error(data):
    loads_or_refuses(data)


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(BASES), st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)), min_size=1, max_size=4))
def test_corrupted_bytes_load_or_raise_checkpoint_error(data, edits):
    corrupted = bytearray(data)
    for position, value in edits:
        corrupted[position % len(corrupted)] = value
    loads_or_refuses(bytes(corrupted))
