"""A checkpoint's JSON metadata (meta.npy): metadata_of() builds it, parse_json() and model_spec() check it.

Plain bytes and dicts only; the zip, the arrays and the byte limits are lstm/checkpoint.py's, the only
user of this module (it re-exports CheckpointError and the constants). Every problem is raised as
CheckpointError (a ValueError) with a message a student can act on: an English template and its parameters
(lstm.messages), which the app translates.
"""
import dataclasses
import json
import math

import numpy as np

from .model import KINDS, MAX_VOCAB, ModelConfig
from .series import SeriesModel
from .vocab import Vocabulary
from .messages import InputError, N_, N_n

# The JSON: {"format": FORMAT, "version": VERSION, "kind", "config", "vocab", ...user metadata}.
# A series model (lstm.series.SeriesModel: one number in and out per step) says "model": "series"
# instead of holding a "vocab", and must carry the series it reads: "labels" (one string per step, e.g.
# years) and "values" (finite numbers, as many); "train_config", "summary" (dicts), "train_last" and
# "data" (strings) are checked if present. No "model" key = a symbol model, so older files load as before.
# Why the version stays 1: files with a vocabulary are unchanged, and a reader from before series files
# refuses a series file ("no vocabulary") instead of misreading it. Bump VERSION only for a change that
# an older reader would misread.
FORMAT, VERSION = "lstm-explainer", 1
RESERVED = ("format", "version", "kind", "config", "vocab", "model")
SERIES = "series"                 # meta["model"] of a series checkpoint (absent: a symbol model)
MODEL_TYPES = {"symbol": N_("a text model (symbols in, symbols out)"), SERIES: N_("a series model (one number per step)")}


class CheckpointError(InputError):
    """A checkpoint that cannot be loaded; str(error) says what is wrong, in plain words."""


# saving ------------------------------------------------------------------------------------------
def _jsonable(value):
    """json.dumps fallback: numpy scalars/arrays, tuples in dataclasses, dataclasses themselves."""
    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, np.ndarray):
        return value.tolist()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    raise TypeError(f"checkpoint metadata must be JSON-serialisable, got {type(value).__name__}")


def metadata_of(model, **metadata):
    """The JSON metadata dict save() writes: format, version, kind, config, vocab (a series model:
    "model": "series" and its labels and values, checked as load() checks them) + user metadata."""
    clash = sorted(set(metadata) & set(RESERVED))
    if clash:
        raise InputError(N_("metadata keys {clash} are reserved for the checkpoint format"), clash=clash)
    meta = {"format": FORMAT, "version": VERSION, "kind": model.kind, "config": dataclasses.asdict(model.config)}
    if isinstance(model, SeriesModel):
        meta["model"] = SERIES
    else:
        meta["vocab"] = {"symbols": list(model.vocab.symbols), "level": model.vocab.level}
    meta.update(metadata)
    meta = json.loads(json.dumps(meta, default=_jsonable, ensure_ascii=False))
    if meta.get("model") == SERIES:
        _check_series_data(meta)
    return meta


# loading -----------------------------------------------------------------------------------------
def parse_json(data):
    """The metadata dict from the bytes of meta.npy: UTF-8 JSON, format and version known."""
    try:
        meta = json.loads(data.decode("utf-8"))
    except UnicodeDecodeError as e:
        raise CheckpointError(N_("the metadata is not valid UTF-8 text")) from e
    except json.JSONDecodeError as e:
        raise CheckpointError(N_("the metadata is not valid JSON ({msg})"), msg=e.msg) from e
    except RecursionError as e:
        raise CheckpointError(N_("the metadata is not valid JSON (nested too deeply)")) from e
    if not isinstance(meta, dict) or meta.get("format") != FORMAT:
        raise CheckpointError(N_("the metadata does not say format 'lstm-explainer': not a checkpoint of this app"))
    if type(meta.get("version")) is not int or meta["version"] != VERSION:
        raise CheckpointError(N_("checkpoint format version {version!r} is not supported (this app reads version "
                                 "{version2})"), version=meta.get('version'), version2=VERSION)
    return meta


def model_spec(meta, expect_kind=None, expect_model=None):
    """(ModelConfig, Vocabulary) of a symbol model or (ModelConfig, None) of a series model, from the
    parsed metadata; expect_kind / expect_model refuse another cell kind / type of model (see load)."""
    series = _model_type(meta, expect_model) == SERIES
    config = _config_of(meta, expect_kind)
    if not series:
        return config, _vocab_of(meta)
    _check_series_data(meta)
    if config.embed_dim:
        raise CheckpointError(N_("a series model reads one number per step, so its embed_dim must be 0, not "
                                 "{embed_dim}"), embed_dim=config.embed_dim)
    if config.layers != 1 or config.dtype != "float64":
        raise CheckpointError(N_n("a series model has one float64 layer; this checkpoint says {n} layer of {dtype}",
                                  "a series model has one float64 layer; this checkpoint says {n} layers of {dtype}"),
                              n=config.layers, dtype=config.dtype)
    return config, None


def _config_of(meta, expect_kind):
    """ModelConfig from meta['config'] with every field type-checked (JSON true is not a size)."""
    kind, fields = meta.get("kind"), meta.get("config")
    if kind not in KINDS:
        raise CheckpointError(N_("unknown model kind {kind!r}; expected one of {kinds}"),
                              kind=kind, kinds=', '.join(KINDS))
    if expect_kind is not None and kind != expect_kind:
        named = {"lstm": "an LSTM", "rnn": "an RNN", "gru": "a GRU"}
        raise CheckpointError(N_("this checkpoint holds {found} model, but {expected} model was expected here"),
                              found=named[kind], expected=named.get(expect_kind, repr(expect_kind)))
    if not isinstance(fields, dict):
        raise CheckpointError(N_("the metadata has no 'config' section describing the model"))
    wanted = {str: str, int: int, float: (int, float), bool: bool}
    types = {f.name: wanted[f.type] for f in dataclasses.fields(ModelConfig)}
    for key, value in fields.items():
        if key not in types:
            raise CheckpointError(N_("unknown config field {key!r} in the checkpoint"), key=key)
        if isinstance(value, bool) != (types[key] is bool) or not isinstance(value, types[key]):
            raise CheckpointError(N_("config field {key} = {value!r} has the wrong type"), key=key, value=value)
    if fields.get("seed", 0) < 0:
        raise CheckpointError(N_("config field seed = {seed} must not be negative"), seed=fields['seed'])
    if fields.get("kind", kind) != kind:
        raise CheckpointError(N_("metadata says kind {kind!r} but config says {kind2!r}"),
                              kind=kind, kind2=fields['kind'])
    try:
        return ModelConfig(**fields)
    except ValueError as e:
        raise CheckpointError(N_("invalid model settings in the checkpoint: {e}"), e=e) from e


def _vocab_of(meta):
    """Vocabulary from meta['vocab']: distinct non-empty strings (one character each at char level)."""
    v = meta.get("vocab")
    if not isinstance(v, dict) or not isinstance(v.get("symbols"), list):
        raise CheckpointError(N_("the metadata has no vocabulary (a list of symbols)"))
    symbols, level = v["symbols"], v.get("level", "char")
    if level not in ("char", "word"):
        raise CheckpointError(N_("unknown vocabulary level {level!r}: expected 'char' or 'word'"), level=level)
    if not 1 <= len(symbols) <= MAX_VOCAB:
        raise CheckpointError(N_("vocabulary has {n_symbols} symbols; expected 1 to {max_vocab}"),
                              n_symbols=len(symbols), max_vocab=MAX_VOCAB)
    if not all(isinstance(s, str) and s and (level == "word" or len(s) == 1) for s in symbols):
        raise CheckpointError(N_("vocabulary symbols must be non-empty strings{which}"),
                              which=N_(' of one character each') if level == 'char' else '')
    if not all(map(_text, symbols)):                                     # no lone surrogates
        raise CheckpointError(N_("vocabulary symbols must be valid Unicode text"))
    if len(set(symbols)) != len(symbols):
        raise CheckpointError(N_("vocabulary lists a symbol more than once"))
    return Vocabulary(tuple(symbols), level)


def _model_type(meta, expect_model):
    """'series' or 'symbol' from meta['model'] (absent: 'symbol'); expect_model refuses the other one."""
    found = meta.get("model", "symbol")
    if "model" in meta and found != SERIES:
        raise CheckpointError(N_("unknown model type {found!r}: a checkpoint holds a text model (no 'model' entry) "
                                 "or a {series!r} model"), found=found, series=SERIES)
    if found == SERIES and "vocab" in meta:
        raise CheckpointError(N_("a series checkpoint has no vocabulary, but this one lists one"))
    if expect_model is not None and found != expect_model:
        raise CheckpointError(N_("this checkpoint holds {found}, but {expected} was expected here"),
                              found=MODEL_TYPES[found], expected=MODEL_TYPES.get(expect_model, repr(expect_model)))
    return found


def _text(value):
    """A str that is valid Unicode (JSON can carry lone surrogates, which cannot be shown or encoded)."""
    return isinstance(value, str) and value.encode("utf-8", "replace").decode("utf-8") == value


def _finite(value):
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(float(value))


def _check_series_data(meta):
    """The series a series model reads: labels (text) and values (finite numbers), one of each per step."""
    labels, values = meta.get("labels"), meta.get("values")
    if not isinstance(labels, list) or not isinstance(values, list):
        raise CheckpointError(N_("a series checkpoint must hold 'labels' and 'values': the steps (e.g. years) and "
                                 "the numbers the model reads"))
    if not values or len(labels) != len(values):
        raise CheckpointError(N_("the series has {n_values} values and {n_labels} labels; expected at least one "
                                 "value and one label per value"), n_values=len(values), n_labels=len(labels))
    if not all(map(_text, labels)):
        raise CheckpointError(N_("the series labels must be text (valid Unicode strings)"))
    try:
        ok = all(map(_finite, values))
    except OverflowError:                      # an integer too large for a float
        ok = False
    if not ok:
        raise CheckpointError(N_("the series values must be finite numbers (no NaN, Inf or text)"))
    for key in ("train_config", "summary"):
        if key in meta and not isinstance(meta[key], dict):
            raise CheckpointError(N_("the series metadata {key!r} must be a dictionary"), key=key)
    for key in ("train_last", "data"):
        if key in meta and not _text(meta[key]):
            raise CheckpointError(N_("the series metadata {key!r} must be text"), key=key)
