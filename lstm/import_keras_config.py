"""A Keras model's configuration (JSON text) -> the plan of layers this app can import, or a clear refusal.

Pure JSON: nothing named in the file is imported, looked up or run (no Lambda code, no custom classes, no
pickles). Reads the config of Keras 3 (`config.json` in a .keras zip, or the `model_config` attribute of a
legacy .h5) and of Keras 2 (.h5), for a Sequential model or a Functional one whose layers form one chain.
Supported: SUPPORTED in lstm.imported. Used by lstm.import_keras, which then reads the weights.
"""
import json
from typing import NamedTuple, Optional

from .imported import MAX_LAYERS, SUPPORTED, ModelImportError
from .messages import N_

PASSIVE = ("InputLayer", "Dropout")        # no weights, no effect on what a trained model predicts
WHY_NOT = {  # a refused layer class -> why, in words a student can act on
    "Lambda": N_("it holds Python code, which this app never runs"),
    "Bidirectional": N_("it reads the text in both directions; the course's LSTM reads left to right"),
    "GRU": N_("it is a GRU, not an LSTM"), "SimpleRNN": N_("it is a simple RNN, not an LSTM"),
    "CuDNNLSTM": N_("its weights use cuDNN's layout; rebuild the model with keras.layers.LSTM and load the weights"),
    "TimeDistributed": N_("Keras applies Dense to every step by itself: use Dense without TimeDistributed"),
    "Sequential": N_("it is a model inside the model; save a flat Sequential model"),
    "Functional": N_("it is a model inside the model; save a flat model"),
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
        raise ModelImportError(N_("{what}: the model configuration is not valid JSON"), what=what) from e
    if not isinstance(config, dict):
        raise ModelImportError(N_("{what}: the model configuration is not a JSON object"), what=what)
    return config


def _layer(entry, k):
    """A Layer from one entry of the layers list, refusing custom (user-code) classes by name."""
    if not isinstance(entry, dict) or not isinstance(entry.get("config"), dict):
        raise ModelImportError(N_("layer {k} of the model configuration is not a layer description"), k=k)
    cls, conf = str(entry.get("class_name", "?")), entry["config"]
    name = str(conf.get("name", cls.lower()))
    module, registered = entry.get("module"), entry.get("registered_name")
    if (module is not None and not str(module).startswith("keras")) or registered not in (None, cls):
        origin = registered or module
        raise ModelImportError(N_("layer {k}, {name!r} ({cls}), is a custom layer ({origin}): its code is not in the "
                                  "file, and this app never runs code from a file, so it cannot be shown. This app "
                                  "reads {supported}"), k=k, name=name, cls=cls, origin=origin, supported=SUPPORTED)
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
        raise ModelImportError(N_("{what}: the file holds a {cls!r}, not a Keras model made of layers"),
                               what=what, cls=cls)
    # Keras 2.2 lists the layers directly; a hostile file may put anything here (true, a number, a string)
    entries = body if isinstance(body, list) else body.get("layers") if isinstance(body, dict) else None
    if not isinstance(entries, list) or not entries:
        raise ModelImportError(N_("{what}: the model configuration lists no layers"), what=what)
    layers = [_layer(entry, k + 1) for k, entry in enumerate(entries)]
    if cls != "Sequential":
        for k, (entry, layer) in enumerate(zip(entries, layers)):
            feeds = _inbound(entry)
            expected = [layers[k - 1].name] if k else []
            if feeds != expected:
                raise ModelImportError(N_("layer {name!r} ({cls}) reads {feeds} instead of the layer before it: this "
                                          "app reads one chain of layers, {supported}"),
                                       name=layer.name, cls=layer.cls, feeds=feeds or 'nothing', supported=SUPPORTED)
    return layers


def _refuse(layer, k, expected):
    why = WHY_NOT.get(layer.cls, f"this app reads {SUPPORTED}")
    raise ModelImportError(N_("layer {k}, {name!r} ({cls}), cannot be imported here: {why}. Expected {expected} at "
                              "this point."), k=k, name=layer.name, cls=layer.cls, why=why, expected=expected)


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
        raise ModelImportError(N_("LSTM {name!r} uses activation {activation!r} and recurrent_activation "
                                  "{recurrent_activation!r}; the course's LSTM uses tanh and sigmoid (hard_sigmoid "
                                  "was the old Keras 2 default), so its numbers would differ from the file's"),
                               name=layer.name, activation=_activation(c.get('activation')),
                               recurrent_activation=_activation(c.get('recurrent_activation')))
    for flag, why in (("go_backwards", N_("reads the text backwards")),
                      ("return_state", N_("returns its states as outputs")),
                      ("time_major", N_("expects time-major input"))):
        if c.get(flag):
            raise ModelImportError(N_("LSTM {name!r} {why} ({flag}=True); the course's LSTM does not"),
                                   name=layer.name, why=why, flag=flag)
    units = c.get("units")
    if not isinstance(units, int) or isinstance(units, bool) or units < 1:
        raise ModelImportError(N_("LSTM {name!r} has no valid number of units ({units!r})"),
                               name=layer.name, units=units)
    if below is not None and not below.config.get("return_sequences"):
        raise ModelImportError(N_("LSTM {name!r} sits on LSTM {name2!r}, which returns only its last step "
                                  "(return_sequences=False)"), name=layer.name, name2=below.name)
    if below is not None and below.config.get("units") != units:
        raise ModelImportError(N_("the stacked LSTM layers have different sizes ({below} and {units} units); this "
                                  "app shows stacks whose layers all have the same size H"),
                               below=below.config.get('units'), units=units)


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
                raise ModelImportError(N_("Embedding {name!r} masks index 0 (mask_zero=True): the model skips that "
                                          "symbol's steps, which the course's LSTM never does"), name=layer.name)
            embedding = layer
        elif layer.cls == "LSTM" and dense is None:
            _check_lstm(layer, lstms[-1] if lstms else None)
            lstms.append(layer)
        elif layer.cls == "Dense" and lstms and dense is None:
            dense, output = layer, _activation(c.get("activation"))
        elif layer.cls == "Activation" and dense is not None and output == "linear":
            output = _activation(c.get("activation"))
        else:
            _refuse(layer, k, N_("an Embedding or an LSTM") if not lstms else
                    N_("another LSTM, a Dropout or the Dense output layer") if dense is None else N_("nothing more"))
    if not lstms:
        raise ModelImportError(N_("the model has no LSTM layer; this app reads {supported}"), supported=SUPPORTED)
    if len(lstms) > MAX_LAYERS:
        raise ModelImportError(N_("the model stacks {n_lstms} LSTM layers; this app shows 1 to {max_layers}"),
                               n_lstms=len(lstms), max_layers=MAX_LAYERS)
    if dense is None:
        raise ModelImportError(N_("the model ends without a Dense layer giving one score per symbol; this app reads "
                                  "{supported}"), supported=SUPPORTED)
    if output not in ("softmax", "linear"):
        raise ModelImportError(N_("the output layer {name!r} uses activation {output!r}; this app reads next-symbol "
                                  "scores: softmax or linear (logits)"), name=dense.name, output=output)
    names = tuple(layer.name for layer in layers if layer.cls != "InputLayer")
    return Plan(embedding, tuple(lstms), dense, output, dropout, names)
