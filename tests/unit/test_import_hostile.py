"""Hostile and broken files for the Keras / PyTorch import: each refused with ModelImportError and a clear
message, sizes checked before data is read, nothing outside the file read, nothing from it run.

The starting points are real framework files (the framework_models fixture); each test breaks one thing
with h5py, zipfile or the safetensors header, as an attacker or a crashed save would.
"""
import io
import json
import shutil
import struct
import tracemalloc
import zipfile

import h5py
import numpy as np
import pytest
import safetensors.numpy
from hypothesis import HealthCheck, given, settings, strategies as st

from lstm import checkpoint
from lstm.import_model import import_model, read_bytes, read_model
from lstm.imported import ModelImportError

KERAS, H5, TORCH = "k_scaled2.keras", "k_scaled2.h5", "t_embed2.safetensors"
KERNEL = "model_weights/lstm/sequential/lstm/lstm_cell/kernel"       # k_scaled2.h5's first LSTM kernel


@pytest.fixture
def files(framework_models, tmp_path):
    """A private copy of three framework-made files: (folder, manifest text)."""
    folder, manifest = framework_models
    for name in (KERAS, H5, TORCH):
        shutil.copy(folder / name, tmp_path / name)
    return tmp_path, manifest["text"]


def refused(data, name, *words):
    with pytest.raises(ModelImportError) as err:
        read_model(data, name)
    assert all(w in str(err.value) for w in words), str(err.value)
    return str(err.value)


def kernel_path(h5file):
    """The path of the first LSTM's kernel in a legacy .h5 (its name includes Keras' model name)."""
    found = []
    h5file.visititems(lambda name, obj: found.append(name) if name.endswith("lstm_cell/kernel") else None)
    return sorted(found)[0]


def rezip(keras_path, weights=None, config=None, extra=None):
    """A .keras zip with its model.weights.h5 and/or config.json replaced."""
    out = io.BytesIO()
    with zipfile.ZipFile(keras_path) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            data = weights if info.filename == "model.weights.h5" and weights is not None else data
            data = config if info.filename == "config.json" and config is not None else data
            dst.writestr(info.filename, data)
        for name, data in (extra or {}).items():
            dst.writestr(name, data)
    return out.getvalue()


@pytest.mark.parametrize("name", [KERAS, H5, TORCH])
@pytest.mark.parametrize("keep", [0, 7, 9, 100, 0.5, 0.9, -1])
def test_truncated_files(files, name, keep):
    folder, _ = files
    data = (folder / name).read_bytes()
    cut = data[:keep] if isinstance(keep, int) and keep >= 0 else data[:int(len(data) * keep)] if keep > 0 else data[:-1]
    with pytest.raises(ModelImportError):
        read_model(cut, name)


def test_huge_declared_hdf5_shapes_are_refused_before_reading(files, monkeypatch):
    folder, _ = files
    path = folder / H5
    with h5py.File(path, "r+") as f:                       # a consistent model with LSTM(100000): 160 GB of weights
        config = json.loads(f.attrs["model_config"])
        for layer in config["config"]["layers"]:
            if layer["class_name"] == "LSTM":
                layer["config"]["units"] = 100_000
        f.attrs["model_config"] = json.dumps(config)
        name = kernel_path(f)
        del f[name]
        f.create_dataset(name, shape=(1, 400_000), dtype="f4", chunks=(1, 1000))   # allocated lazily
        rec = name.replace("kernel", "recurrent_kernel")
        del f[rec]
        f.create_dataset(rec, shape=(100_000, 400_000), dtype="f4", chunks=(100, 1000))
    assert path.stat().st_size < 1_000_000
    tracemalloc.start()
    refused(path.read_bytes(), H5, "H = 100000 units", "1 to 1024 units")
    assert tracemalloc.get_traced_memory()[1] < 50 << 20
    tracemalloc.stop()
    with h5py.File(path, "r+") as f:                       # LSTM(1000): allowed, but 32 MB over a 10 MB budget
        config["config"]["layers"] = [dict(layer, config={**layer["config"], "units": 1000})
                                      if layer["class_name"] == "LSTM" else layer for layer in config["config"]["layers"]]
        f.attrs["model_config"] = json.dumps(config)
        for path_, shape in ((name, (1, 4000)), (rec, (1000, 4000))):
            del f[path_]
            f.create_dataset(path_, shape=shape, dtype="f4", chunks=(1, 1000))
    monkeypatch.setattr(checkpoint, "MAX_TOTAL_BYTES", 10 << 20)
    refused(path.read_bytes(), H5, "recurrent_kernel", "1000 × 4000", "limit of 10485760 bytes")


def test_a_shape_that_disagrees_with_the_config_is_named(files):
    folder, _ = files
    with h5py.File(folder / H5, "r+") as f:
        name = kernel_path(f).replace("kernel", "recurrent_kernel")
        del f[name]
        f.create_dataset(name, data=np.zeros((5, 24), "f4"))
    refused((folder / H5).read_bytes(), H5, "recurrent_kernel", "shape (5, 24)", "expected (6, 24)")


def test_safetensors_huge_or_forged_shapes(files):
    folder, _ = files
    def st_file(shape, offsets, body=b""):
        head = json.dumps({"w": {"dtype": "F32", "shape": shape, "data_offsets": offsets}}).encode()
        return struct.pack("<Q", len(head)) + head + body
    refused(st_file([100_000, 100_000], [0, 4 * 10**10]), "x.safetensors", "limit")
    refused(st_file([10, 10], [0, 40], b"\0" * 40), "x.safetensors", "damaged or forged")
    refused(st_file([10, 10], [0, 400], b"\0" * 40), "x.safetensors", "truncated")
    refused(struct.pack("<Q", 1 << 40) + b"{}", "x.safetensors", "header")


@pytest.mark.parametrize("value", [np.nan, np.inf])
def test_nan_weights_in_each_format(files, value):
    folder, text = files
    with h5py.File(folder / H5, "r+") as f:
        f[kernel_path(f)][0, 3] = value
    refused((folder / H5).read_bytes(), H5, "NaN or infinite")
    with zipfile.ZipFile(folder / KERAS) as zf:
        weights = io.BytesIO(zf.read("model.weights.h5"))
    with h5py.File(weights, "r+") as f:
        f["layers/lstm_1/cell/vars/1"][2, 2] = value
    refused(rezip(folder / KERAS, weights=weights.getvalue()), KERAS, "/recurrent_kernel", "NaN or infinite")
    tensors = safetensors.numpy.load_file(str(folder / TORCH))
    tensors["fc.bias"][0] = value
    refused(safetensors.numpy.save(tensors), TORCH, "fc.bias", "NaN or infinite")


def test_wrong_dtypes(files):
    folder, _ = files
    with h5py.File(folder / H5, "r+") as f:
        name = kernel_path(f)
        shape = f[name].shape
        del f[name]
        f.create_dataset(name, data=np.ones(shape, "i4"))
    refused((folder / H5).read_bytes(), H5, "dtype int32")
    tensors = safetensors.numpy.load_file(str(folder / TORCH))
    tensors["lstm.weight_ih_l0"] = tensors["lstm.weight_ih_l0"].astype(np.int64)
    refused(safetensors.numpy.save(tensors), TORCH, "lstm.weight_ih_l0", "dtype I64")


def test_an_h5_that_is_not_a_model(tmp_path):
    plain = tmp_path / "data.h5"
    with h5py.File(plain, "w") as f:
        f["measurements"] = np.arange(10.0)
    refused(plain.read_bytes(), "data.h5", "no Keras model")
    with h5py.File(plain, "a") as f:
        f.attrs["model_config"] = "{not json"
    refused(plain.read_bytes(), "data.h5", "not valid JSON")
    with h5py.File(plain, "a") as f:
        f.attrs["model_config"] = json.dumps({"class_name": "Dense", "config": {}})
    refused(plain.read_bytes(), "data.h5", "'Dense'", "not a Keras model")


def test_a_zip_holding_a_keras_archive(files):
    folder, _ = files
    outer = io.BytesIO()
    with zipfile.ZipFile(outer, "w") as zf:
        zf.write(folder / KERAS, "my model/model.keras")
    refused(outer.getvalue(), "model.zip", "unzip it", "my model/model.keras")


def test_a_keras_zip_with_odd_members(files):
    folder, _ = files
    refused(rezip(folder / KERAS, config=b"[1, 2]"), KERAS, "not a JSON object")
    refused(rezip(folder / KERAS, config=b"\xff\xfe"), KERAS, "not valid JSON")
    empty = io.BytesIO()
    zipfile.ZipFile(empty, "w").close()
    refused(empty.getvalue(), "empty.keras", "neither a Keras")


def test_links_and_storage_outside_the_file_are_never_followed(files, tmp_path):
    folder, _ = files
    secret = tmp_path / "secret.h5"
    with h5py.File(secret, "w") as f:
        f["kernel"] = np.ones((1, 24), "f4")
    with h5py.File(folder / H5, "r+") as f:
        name = kernel_path(f)
        del f[name]
        f[name] = h5py.ExternalLink(str(secret), "kernel")
    refused((folder / H5).read_bytes(), H5, "link", "only data inside the file")
    raw = tmp_path / "raw.bin"
    raw.write_bytes(np.ones((1, 24), "<f4").tobytes())
    with h5py.File(folder / H5, "r+") as f:
        del f[name]
        f.create_dataset(name, shape=(1, 24), dtype="<f4", external=[(str(raw), 0, 96)])
    refused((folder / H5).read_bytes(), H5, "stored outside the file")


def test_the_byte_limit_applies_to_the_whole_file_and_to_the_weights(files, monkeypatch):
    folder, text = files
    monkeypatch.setattr(checkpoint, "MAX_TOTAL_BYTES", 2000)
    monkeypatch.setattr(checkpoint, "MAX_META_BYTES", 1000)
    with pytest.raises(ModelImportError, match="larger than 4000 bytes"):
        read_bytes(folder / H5)
    monkeypatch.setattr(checkpoint, "MAX_META_BYTES", 200_000)
    refused((folder / H5).read_bytes(), H5, "more than the limit of 2000 bytes")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(prefix=st.sampled_from([b"\x89HDF\r\n\x1a\n", b"PK\x03\x04", struct.pack("<Q", 30) + b"{", b""]),
       tail=st.binary(max_size=400))
def test_random_bytes_never_escape_as_another_error(prefix, tail):
    try:
        import_model(prefix + tail, "x", text="ab")
    except ModelImportError:
        pass


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=st.sampled_from([H5, KERAS, TORCH]), edits=st.lists(st.tuples(st.floats(0, 1), st.integers(0, 255)),
                                                                 min_size=1, max_size=8))
def test_corrupted_framework_files_load_or_raise_model_import_error(framework_models, name, edits):
    folder, manifest = framework_models
    data = bytearray((folder / name).read_bytes())
    for where, value in edits:
        data[min(int(where * len(data)), len(data) - 1)] = value
    try:
        import_model(bytes(data), name, text=manifest["text"])
    except ModelImportError:
        pass


json_leaves = st.none() | st.booleans() | st.integers(-3, 10**7) | st.floats(allow_nan=False) | st.text(max_size=8)
json_values = json_leaves | st.lists(json_leaves, max_size=3) | st.dictionaries(st.text(max_size=6), json_leaves, max_size=3)


def _leaves(node, path=()):
    if isinstance(node, dict):
        return [p for k, v in node.items() for p in _leaves(v, path + (k,))] + [path]
    if isinstance(node, list):
        return [p for k, v in enumerate(node) for p in _leaves(v, path + (k,))] + [path]
    return [path]


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_edit_of_a_keras_config_loads_or_raises_model_import_error(framework_models, data):
    folder, manifest = framework_models
    with zipfile.ZipFile(folder / "k_embed3.keras") as zf:
        config = json.loads(zf.read("config.json"))
    paths = [p for p in _leaves(config) if p]
    for _ in range(data.draw(st.integers(1, 3))):
        path = data.draw(st.sampled_from(paths))
        node = config
        try:
            for key in path[:-1]:
                node = node[key]
            node[path[-1]] = data.draw(json_values)
        except (KeyError, IndexError, TypeError):      # an earlier edit removed this path
            pass
    try:
        import_model(rezip(folder / "k_embed3.keras", config=json.dumps(config).encode()), "m.keras",
                     text=manifest["text"])
    except ModelImportError:
        pass


@pytest.mark.parametrize("body", [True, 3, "layers", None, {}])
def test_a_keras_config_whose_model_config_is_not_an_object_is_refused(framework_models, body):
    """Found by the property test above: "config": true escaped as an AttributeError."""
    folder, manifest = framework_models
    with zipfile.ZipFile(folder / "k_embed3.keras") as zf:
        config = json.loads(zf.read("config.json"))
    config["config"] = body
    with pytest.raises(ModelImportError, match="lists no layers"):
        import_model(rezip(folder / "k_embed3.keras", config=json.dumps(config).encode()), "m.keras",
                     text=manifest["text"])
