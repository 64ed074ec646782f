"""A Keras model's configuration (JSON text) -> the plan of layers this app can import, or a clear refusal.

Pure JSON: nothing named in the file is imported, looked up or run (no Lambda code, no custom classes, no
pickles). Reads the config of Keras 3 (`config.json` in a .keras zip, or the `model_config` attribute of a
legacy .h5) and of Keras 2 (.h5), for a Sequential model or a Functional one whose layers form one chain.
Supported: SUPPORTED in lstm.imported. Used by lstm.import_keras, which then reads the weights.
"""
import json
from typing import NamedTuple, Optional

from .imported import MAX_LAYERS, SUPPORTED, ModelImportError

PASSIVE = ("InputLayer", "Dropout")        # no weights, no effect on what a trained model predicts
WHY_NOT = {  # a refused layer class -> why, in words a student can act on
    "Lambda": "it holds Python code, which this app never runs",
    "Bidirectional": "it reads the text in both directions; the course's LSTM reads left to right",
    "GRU": "it is a GRU, not an LSTM", "SimpleRNN": "it is a simple RNN, not an LSTM",
    "CuDNNLSTM": "its weights use cuDNN's layout; rebuild the model with keras.layers.LSTM and load the weights",
    "TimeDistributed": "Keras applies Dense to every step by itself: use Dense without TimeDistributed",
    "Sequential": "it is a model inside the model; save a flat Sequential model",
    "Functional": "it is a model inside the model; save a flat model",
}


class Layer(NamedTuple):
    """One layer of the chain: its Keras class name, its own name, and its config dict."""
    cls: str
    name: str
    config: dict


class Plan(NamedTuple):
    """What to read: [Embedding] → LSTM × L → Dense, plus the output activation and the dropout rate."""
    embedding: Optional[Layer]
    lstms: tuple
    dense: Layer
    output: str               # "softmax" or "linear"
    dropout: float            # largest rate of a Dropout layer (training only; kept for fine-tuning)
    names: tuple              # every layer's name but the InputLayer's, bottom first


def parse(text, what):
    """The config dict from JSON text, refusing anything that is not a JSON object."""
    try:
        config = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as e:
        raise ModelImportError(f"{what}: the model configuration is not valid JSON") from e
    if not isinstance(config, dict):
        raise ModelImportError(f"{what}: the model configuration is not a JSON object")
    return config


def _layer(entry, k):
    """A Layer from one entry of the layers list, refusing custom (user-code) classes by name."""
    if not isinstance(entry, dict) or not isinstance(entry.get("config"), dict):
        raise ModelImportError(f"layer {k} of the model configuration is not a layer description")
    cls, conf = str(entry.get("class_name", "?")), entry["config"]
    name = str(conf.get("name", cls.lower()))
    module, registered = entry.get("module"), entry.get("registered_name")
    if (module is not None and not str(module).startswith("keras")) or registered not in (None, cls):
        origin = registered or module
        raise ModelImportError(f"layer {k}, {name!r} ({cls}), is a custom layer ({origin}): its code is not in the "
                               f"file, and this app never runs code from a file, so it cannot be shown. This app "
                               f"reads {SUPPORTED}")
    return Layer(cls, name, conf)


def _inbound(entry):
    """Names of the layers feeding a Functional layer (Keras 3 dict nodes or Keras 2 list nodes)."""
    names = []
    for node in entry.get("inbound_nodes") or []:
        if isinstance(node, dict):                                 # Keras 3: {"args": [keras tensor], ...}
            for arg in node.get("args", []):
                history = arg.get("config", {}).get("keras_history") if isinstance(arg, dict) else None
                names.append(history[0] if isinstance(history, list) and history else "?")
        elif isinstance(node, list):                               # Keras 2: [[name, node, tensor, kwargs]]
            names += [item[0] if isinstance(item, list) and item else "?" for item in node]
    return names


def layers_of(config, what):
    """The model's layers in order: Sequential, or Functional/Model whose layers are one chain."""
    cls, body = config.get("class_name"), config.get("config")
    if cls not in ("Sequential", "Functional", "Model"):
        raise ModelImportError(f"{what}: the file holds a {cls!r}, not a Keras model made of layers")
    entries = body if isinstance(body, list) else (body or {}).get("layers")    # Keras 2.2 lists layers directly
    if not isinstance(entries, list) or not entries:
        raise ModelImportError(f"{what}: the model configuration lists no layers")
    layers = [_layer(entry, k + 1) for k, entry in enumerate(entries)]
    if cls != "Sequential":
        for k, (entry, layer) in enumerate(zip(entries, layers)):
            feeds = _inbound(entry)
            expected = [layers[k - 1].name] if k else []
            if feeds != expected:
                raise ModelImportError(f"layer {layer.name!r} ({layer.cls}) reads {feeds or 'nothing'} instead of the "
                                       f"layer before it: this app reads one chain of layers, {SUPPORTED}")
    return layers


def _refuse(layer, k, expected):
    why = WHY_NOT.get(layer.cls, f"this app reads {SUPPORTED}")
    raise ModelImportError(f"layer {k}, {layer.name!r} ({layer.cls}), cannot be imported here: {why}. "
                           f"Expected {expected} at this point.")


def _activation(value):
    """'softmax' / 'linear' / 'tanh' / 'sigmoid' …, from a string, None or Keras 3's serialized function."""
    if value is None:
        return "linear"
    if isinstance(value, dict):
        value = value.get("config") if str(value.get("module", "keras")).startswith("keras") else None
    return value if isinstance(value, str) else "custom"


def _check_lstm(layer, below):
    c = layer.config
    if _activation(c.get("activation", "tanh")) != "tanh" or _activation(c.get("recurrent_activation", "sigmoid")) != "sigmoid":
        raise ModelImportError(f"LSTM {layer.name!r} uses activation {_activation(c.get('activation'))!r} and "
                               f"recurrent_activation {_activation(c.get('recurrent_activation'))!r}; the course's LSTM "
                               "uses tanh and sigmoid (hard_sigmoid was the old Keras 2 default), so its numbers would "
                               "differ from the file's")
    for flag, why in (("go_backwards", "reads the text backwards"), ("return_state", "returns its states as outputs"),
                      ("time_major", "expects time-major input")):
        if c.get(flag):
            raise ModelImportError(f"LSTM {layer.name!r} {why} ({flag}=True); the course's LSTM does not")
    units = c.get("units")
    if not isinstance(units, int) or isinstance(units, bool) or units < 1:
        raise ModelImportError(f"LSTM {layer.name!r} has no valid number of units ({units!r})")
    if below is not None and not below.config.get("return_sequences"):
        raise ModelImportError(f"LSTM {layer.name!r} sits on LSTM {below.name!r}, which returns only its last step "
                               "(return_sequences=False)")
    if below is not None and below.config.get("units") != units:
        raise ModelImportError(f"the stacked LSTM layers have different sizes ({below.config.get('units')} and "
                               f"{units} units); this app shows stacks whose layers all have the same size H")


def plan(layers):
    """Walk the chain: InputLayer/Dropout anywhere, [Embedding], 1-3 LSTM, Dense, [Activation]."""
    embedding, lstms, dense, output, dropout = None, [], None, None, 0.0
    for k, layer in enumerate(layers, start=1):
        c = layer.config
        if layer.cls in PASSIVE:
            rate = c.get("rate", 0.0)
            dropout = max(dropout, float(rate) if isinstance(rate, (int, float)) and 0 <= rate < 1 else 0.0)
        elif layer.cls == "Embedding" and embedding is None and not lstms:
            if c.get("mask_zero"):
                raise ModelImportError(f"Embedding {layer.name!r} masks index 0 (mask_zero=True): the model skips "
                                       "that symbol's steps, which the course's LSTM never does")
            embedding = layer
        elif layer.cls == "LSTM" and dense is None:
            _check_lstm(layer, lstms[-1] if lstms else None)
            lstms.append(layer)
        elif layer.cls == "Dense" and lstms and dense is None:
            dense, output = layer, _activation(c.get("activation"))
        elif layer.cls == "Activation" and dense is not None and output == "linear":
            output = _activation(c.get("activation"))
        else:
            _refuse(layer, k, "an Embedding or an LSTM" if not lstms else
                    "another LSTM, a Dropout or the Dense output layer" if dense is None else "nothing more")
    if not lstms:
        raise ModelImportError(f"the model has no LSTM layer; this app reads {SUPPORTED}")
    if len(lstms) > MAX_LAYERS:
        raise ModelImportError(f"the model stacks {len(lstms)} LSTM layers; this app shows 1 to {MAX_LAYERS}")
    if dense is None:
        raise ModelImportError(f"the model ends without a Dense layer giving one score per symbol; this app reads {SUPPORTED}")
    if output not in ("softmax", "linear"):
        raise ModelImportError(f"the output layer {dense.name!r} uses activation {output!r}; this app reads "
                               "next-symbol scores: softmax or linear (logits)")
    names = tuple(layer.name for layer in layers if layer.cls != "InputLayer")
    return Plan(embedding, tuple(lstms), dense, output, dropout, names)
