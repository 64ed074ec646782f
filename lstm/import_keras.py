"""Keras files -> lstm.imported.Imported: Keras 3 `.keras` (a zip of config.json + model.weights.h5) and
legacy `.h5` (one HDF5 file whose `model_config` attribute holds the JSON and `model_weights` the arrays).

The configuration is read as JSON (lstm.import_keras_config: which layers, in which order); the weights
with h5py (lstm.import_hdf5: no links out of the file, every shape and the byte budget checked before any
data is read). Where the arrays live:
    .keras  layers/<name>/cell/vars/0..2 (LSTM kernel, recurrent_kernel, bias), layers/<name>/vars/0..1
            (Dense kernel, bias; Embedding embeddings), <name> = the class name in snake case, numbered
            per class in layer order (lstm, lstm_1, …), as keras/src/saving/saving_lib.py names them;
    .h5     model_weights/<layer name>/…, in the order its `weight_names` attribute lists them.
A model whose last LSTM returns only its last step (return_sequences=False, the tutorial's) predicts after
the whole input; run over a text here, step t shows what it predicts after reading the first t + 1 symbols.
"""
import zipfile
import zlib

import numpy as np

from . import checkpoint
from .imported import Imported, ModelImportError, check_sizes, input_kind, keras_layer
from .import_hdf5 import Budget, child, damaged_file_errors, declare, open_file, read, shape_of, text_attr, text_list_attr
from .import_keras_config import layers_of, parse, plan
from .messages import Message, N_

WEIGHTS = {"LSTM": ("kernel", "recurrent_kernel", "bias"), "Dense": ("kernel", "bias"), "Embedding": ("embeddings",)}
SNAKE = {"LSTM": "lstm", "Dense": "dense", "Embedding": "embedding"}


def _group_names(layers):
    """{layer name: its group under layers/ in a .keras weights file} for the layers that hold weights."""
    counts, names = {}, {}
    for layer in layers:
        base = SNAKE.get(layer.cls, layer.cls.lower())
        counts[base] = counts.get(base, -1) + 1
        names[layer.name] = base if counts[base] == 0 else f"{base}_{counts[base]}"
    return names


def _weight_names(layer):
    names = WEIGHTS[layer.cls]
    return names if layer.config.get("use_bias", True) else names[:-1]


def _paths_keras3(layer, groups):
    """{weight name: path} in a Keras 3 weights file."""
    base = f"layers/{groups[layer.name]}/" + ("cell/vars" if layer.cls == "LSTM" else "vars")
    return {name: f"{base}/{k}" for k, name in enumerate(_weight_names(layer))}


def _paths_legacy(root, layer):
    """{weight name: path} in a legacy .h5: the layer group's weight_names, by name (kernel:0 -> kernel)."""
    group = child(root, f"model_weights/{layer.name}", f"the layer {layer.name!r}")
    listed = text_list_attr(group, "weight_names", f"the layer {layer.name!r}")
    wanted = _weight_names(layer)
    by_name = {p.rsplit("/", 1)[-1].split(":")[0]: p for p in listed}
    if set(wanted) <= set(by_name):
        return {name: f"model_weights/{layer.name}/{by_name[name]}" for name in wanted}
    if len(listed) == len(wanted):                       # odd names: Keras lists them in this order
        return {name: f"model_weights/{layer.name}/{p}" for name, p in zip(wanted, listed)}
    raise ModelImportError(N_("the layer {name!r} ({cls}) holds {n_listed} weight arrays; expected {n_wanted} "
                              "({wanted})"),
                           name=layer.name, cls=layer.cls, n_listed=len(listed), n_wanted=len(wanted),
                           wanted=', '.join(wanted))


def _shapes(p, root, paths):
    """{(layer name, weight name): expected shape}, from the config and the first LSTM's kernel."""
    V, H = p.dense.config.get("units"), p.lstms[0].config["units"]
    if not isinstance(V, int) or isinstance(V, bool) or V < 2:
        raise ModelImportError(N_("the output layer {name!r} has {v!r} units; a model of symbols needs at least 2"),
                               name=p.dense.name, v=V)
    D = p.embedding.config.get("output_dim") if p.embedding is not None else 0
    check_sizes(H, V, D if isinstance(D, int) and not isinstance(D, bool) else -1)
    first = p.lstms[0]
    kernel = shape_of(root, paths[first.name]["kernel"], f"{first.name}/kernel")[0]
    shapes, X = {}, (kernel[0] if len(kernel) == 2 else -1)
    if p.embedding is not None:
        c = p.embedding.config
        if c.get("input_dim") != V:
            raise ModelImportError(N_("the Embedding {name!r} reads {input_dim} symbols but the output layer "
                                      "predicts {v}: the app needs one vocabulary for both"),
                                   name=p.embedding.name, input_dim=c.get('input_dim'), v=V)
        X = c.get("output_dim")
        shapes[(p.embedding.name, "embeddings")] = (V, X)
    for layer in p.lstms:
        shapes.update({(layer.name, "kernel"): (X, 4 * H), (layer.name, "recurrent_kernel"): (H, 4 * H),
                       (layer.name, "bias"): (4 * H,)})
        X = H
    shapes.update({(p.dense.name, "kernel"): (H, V), (p.dense.name, "bias"): (V,)})
    return shapes


def _imported(p, root, paths, file_format, version):
    """Check every array's shape and the byte budget, then read them and map the gates."""
    shapes = _shapes(p, root, paths)
    budget, wanted = Budget(), [(ln, wn, path) for ln, ws in paths.items() for wn, path in ws.items()]
    for layer_name, weight, path in wanted:
        declare(root, path, f"{layer_name}/{weight}", shapes[(layer_name, weight)], budget)
    arrays = {(ln, wn): read(root, path, f"{ln}/{wn}") for ln, wn, path in wanted}
    lstm = tuple(keras_layer(arrays[(layer.name, "kernel")], arrays[(layer.name, "recurrent_kernel")],
                             arrays.get((layer.name, "bias"))) for layer in p.lstms)
    V, H = p.dense.config["units"], p.lstms[0].config["units"]
    E = arrays[(p.embedding.name, "embeddings")] if p.embedding is not None else None
    kind = input_kind(lstm[0].W.shape[2] - H, V, E is not None)
    b_y = arrays.get((p.dense.name, "bias"), np.zeros(V))
    return Imported("Keras", file_format, kind, E, lstm, arrays[(p.dense.name, "kernel")].T, b_y, p.output,
                    p.dropout, p.names, version)


def _weighted(p):
    return ([p.embedding] if p.embedding is not None else []) + list(p.lstms) + [p.dense]


def read_h5(data, what="the .h5 file"):
    """Imported from the bytes of a legacy Keras .h5 (a whole model saved with model.save('x.h5'))."""
    with damaged_file_errors(what), open_file(data, what) as root:
        config = text_attr(root, "model_config", what)
        if config is None:
            weights_only = "layer_names" in root.attrs or "layers" in root or "vars" in root
            hint = (N_("it holds weights only (saved with save_weights), not the layers they belong to: save the "
                       "whole model with model.save('model.keras')") if weights_only else
                    N_("it holds no Keras model (no 'model_config' attribute)"))
            raise ModelImportError(N_("{what} is an HDF5 file, but {hint}"), what=what, hint=hint)
        layers = layers_of(parse(config, what), what)
        p = plan(layers)
        paths = {layer.name: _paths_legacy(root, layer) for layer in _weighted(p)}
        return _imported(p, root, paths, ".h5", text_attr(root, "keras_version", what) or "")


def _member(zf, name, limit, what):
    try:
        info = zf.getinfo(name)
    except KeyError:
        return None
    if info.file_size > limit:
        raise ModelImportError(N_("{what}: {name} declares {file_size} bytes, more than the limit of {limit}"),
                               what=what, name=name, file_size=info.file_size, limit=limit)
    with zf.open(info) as fh:
        data = fh.read(limit + 1)
    if len(data) != info.file_size:
        raise ModelImportError(N_("{what}: {name} is damaged (its size differs from what the zip declares)"),
                               what=what, name=name)
    return data


def read_keras_zip(zf, what="the .keras file"):
    """Imported from an open Keras 3 .keras zip (config.json + model.weights.h5 [+ metadata.json])."""
    try:
        config = _member(zf, "config.json", checkpoint.MAX_META_BYTES, what)
        meta = _member(zf, "metadata.json", checkpoint.MAX_META_BYTES, what)
        weights = _member(zf, "model.weights.h5", checkpoint.MAX_TOTAL_BYTES + checkpoint.MAX_META_BYTES, what)
    except ModelImportError:
        raise
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError, NotImplementedError) as e:
        raise ModelImportError(N_("{what} is damaged: its zip cannot be read ({e})"), what=what, e=e) from e
    if config is None or weights is None:
        raise ModelImportError(N_("{what} is a zip without config.json and model.weights.h5: not a Keras 3 model"),
                               what=what)
    layers = layers_of(parse(config.decode("utf-8", "replace"), what), what)
    p = plan(layers)
    version = parse(meta.decode("utf-8", "replace"), what).get("keras_version", "") if meta else ""
    groups = _group_names(layers)
    with damaged_file_errors(what), open_file(weights, Message(N_("{what} (its model.weights.h5)"), what=what)) as root:
        paths = {layer.name: _paths_keras3(layer, groups) for layer in _weighted(p)}
        return _imported(p, root, paths, ".keras", str(version))
