"""Safe checkpoints: a model's weights and vocabulary in one .npz file, loaded without running code.

File layout (an ordinary NumPy .npz, i.e. a zip of .npy files, written with np.savez):
    W_f.npy ... W_y.npy, b_y.npy (E.npy)   one float64 '<f8' C-order array per name in model.params
    meta.npy                                uint8 array: UTF-8 JSON {"format": "lstm-explainer",
                                            "version": 1, "kind", "config", "vocab", ...user metadata}
A series model (lstm.series.SeriesModel: one number in and out per step) has the same arrays with one
input and one output (W_y (1, H)); its JSON says "model": "series" instead of holding a "vocab", and
must carry the series it reads: "labels" (one string per step, e.g. years) and "values" (finite
numbers, as many); "train_config", "summary" (dicts), "train_last" and "data" (strings) are checked
if present. No "model" key = a symbol model, so every older file loads as before.
Why the version stays 1: files with a vocabulary are unchanged, and a reader from before series files
refuses a series file ("no vocabulary") instead of misreading it. Bump VERSION only for a change that
an older reader would misread.
load() reads the zip itself: it checks every member's name and .npy header (shape, dtype, declared
size against the zip entry's size) BEFORE reading data, never unpickles, then checks values.
Every problem is raised as CheckpointError (a ValueError) with a message a student can act on.
Used by lstm.train, the command line and the app's upload / download.
"""
import dataclasses
import io
import json
import math
import os
import struct
import zipfile
import zlib

import numpy as np

from .model import KINDS, MAX_VOCAB, ModelConfig, create, param_shapes
from .series import SeriesModel
from .vocab import Vocabulary

FORMAT, VERSION = "lstm-explainer", 1
MAX_META_BYTES = 1 << 20          # the JSON metadata: 1 MB is thousands of history points
MAX_TOTAL_BYTES = 200 << 20       # all arrays together: 200 MB (H = 1024 with V = 2000 still fits)
MAX_MEMBERS = 32                  # E + 8 cell arrays + W_y + b_y + meta = 12 at most
RESERVED = ("format", "version", "kind", "config", "vocab", "model")
SERIES = "series"                 # meta["model"] of a series checkpoint (absent: a symbol model)
MODEL_TYPES = {"symbol": "a text model (symbols in, symbols out)", SERIES: "a series model (one number per step)"}
# everything a malformed zip / .npy / JSON can raise while being read (never a bare except)
_READ_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, OSError, EOFError, ValueError,
                KeyError, TypeError, SyntaxError, RecursionError, struct.error, NotImplementedError,
                RuntimeError, OverflowError)


class CheckpointError(ValueError):
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
        raise ValueError(f"metadata keys {clash} are reserved for the checkpoint format")
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


def save(model, file, **metadata):
    """Write model (weights, vocabulary, config) and JSON-serialisable metadata to file.

    A SeriesModel needs labels=... and values=... (the series it reads, one label per value).

    file: a path (written to '<path>.tmp' then renamed, so a crash never leaves half a file) or a
    binary file object. Each array of model.params is stored as float64 '<f8', shape as in
    lstm.model.param_shapes, so load(save(m)).theta equals m.theta bit for bit.
    """
    if not np.isfinite(model.theta).all():
        raise CheckpointError("the model has NaN or Inf weights; refusing to save it")
    meta = json.dumps(metadata_of(model, **metadata), ensure_ascii=False).encode("utf-8")
    if len(meta) > MAX_META_BYTES:
        raise CheckpointError(f"metadata is {len(meta)} bytes, more than the limit {MAX_META_BYTES}")
    arrays = {name: np.ascontiguousarray(view, dtype="<f8") for name, view in model.params.items()}
    arrays["meta"] = np.frombuffer(meta, dtype=np.uint8)
    if not isinstance(file, (str, os.PathLike)):
        np.savez(file, **arrays)
        return
    tmp = os.fspath(file) + ".tmp"
    with open(tmp, "wb") as handle:             # np.savez(path) would append ".npz" to the name
        np.savez(handle, **arrays)
    os.replace(tmp, file)


# loading: the zip and each member's header --------------------------------------------------------
def _open_zip(file):
    """A ZipFile over a path, bytes or a binary file object (e.g. a Streamlit upload)."""
    if isinstance(file, (bytes, bytearray, memoryview)):
        file = io.BytesIO(file)
    elif not isinstance(file, (str, os.PathLike)) and not (hasattr(file, "seekable") and file.seekable()):
        data = file.read(MAX_TOTAL_BYTES + MAX_META_BYTES + 1)   # a stream: bounded read into memory
        file = io.BytesIO(data)
    try:
        return zipfile.ZipFile(file)
    except FileNotFoundError as e:
        raise CheckpointError(f"checkpoint file not found: {e.filename}") from e
    except _READ_ERRORS as e:
        raise CheckpointError(f"checkpoint is not a valid .npz (zip) file ({e})") from e


def _members(zf):
    """{name without .npy: ZipInfo}, refusing odd names, duplicates and declared sizes over the limits."""
    infos = zf.infolist()
    if len(infos) > MAX_MEMBERS:
        raise CheckpointError(f"checkpoint holds {len(infos)} entries; a model has at most {MAX_MEMBERS}")
    members = {}
    for info in infos:
        if not info.filename.endswith(".npy"):
            raise CheckpointError(f"unexpected entry {info.filename!r}: a checkpoint holds only .npy arrays")
        name = info.filename[:-4]
        if name in members:
            raise CheckpointError(f"array {name} appears twice in the checkpoint")
        members[name] = info
    total = sum(info.file_size for info in infos)
    if total > MAX_TOTAL_BYTES:
        raise CheckpointError(f"checkpoint declares {total} bytes of arrays, more than the limit "
                              f"{MAX_TOTAL_BYTES} ({MAX_TOTAL_BYTES >> 20} MB)")
    return members


def _read_member(zf, info, name, limit, check_header=None):
    """Read one .npy member: header first, refuse pickles / odd sizes, then exactly the data bytes.

    check_header(shape, dtype), if given, may refuse the member before any data byte is read.
    """
    with zf.open(info) as fp:
        version = np.lib.format.read_magic(fp)
        if version not in ((1, 0), (2, 0)):
            raise CheckpointError(f"array {name} uses .npy format version {version}; expected 1.0 or 2.0")
        read_header = np.lib.format.read_array_header_1_0 if version == (1, 0) else np.lib.format.read_array_header_2_0
        shape, fortran, dtype = read_header(fp)
        if dtype.hasobject:
            raise CheckpointError(f"array {name} holds Python objects (a pickle, which could run code); "
                                  "refused without unpickling it")
        if any(n < 0 for n in shape):
            raise CheckpointError(f"array {name} declares a negative size {shape}")
        nbytes = math.prod(shape) * dtype.itemsize
        if nbytes > limit:
            dims = " × ".join(map(str, shape)) or "a scalar"
            raise CheckpointError(f"array {name}: declared size {dims} ({nbytes} bytes) is larger than "
                                  f"the limit of {limit} bytes")
        if fp.tell() + nbytes != info.file_size:   # zip-bomb / forgery guard: header must match the entry
            raise CheckpointError(f"array {name} declares {nbytes} bytes of data but its file entry holds "
                                  f"{info.file_size - fp.tell()}: the file is damaged or forged")
        if check_header is not None:
            check_header(shape, dtype)
        data = fp.read(nbytes)
    if len(data) != nbytes:
        raise CheckpointError(f"array {name} is truncated")
    return np.frombuffer(data, dtype=dtype).reshape(shape, order="F" if fortran else "C")


# loading: the metadata -------------------------------------------------------------------------------
def _parse_meta(zf, members):
    """The JSON dict in meta.npy: uint8, at most MAX_META_BYTES, UTF-8, format and version known."""
    if "meta" not in members:
        raise CheckpointError("checkpoint has no 'meta' entry: it was not saved by this app")
    raw = _read_member(zf, members["meta"], "meta", MAX_META_BYTES)
    if raw.dtype != np.uint8 or raw.ndim != 1:
        raise CheckpointError(f"the 'meta' entry has dtype {raw.dtype} and shape {raw.shape}; "
                              "expected a 1-D uint8 array of UTF-8 JSON")
    try:
        meta = json.loads(raw.tobytes().decode("utf-8"))
    except UnicodeDecodeError as e:
        raise CheckpointError("the metadata is not valid UTF-8 text") from e
    except json.JSONDecodeError as e:
        raise CheckpointError(f"the metadata is not valid JSON ({e.msg})") from e
    except RecursionError as e:
        raise CheckpointError("the metadata is not valid JSON (nested too deeply)") from e
    if not isinstance(meta, dict) or meta.get("format") != FORMAT:
        raise CheckpointError("the metadata does not say format 'lstm-explainer': not a checkpoint of this app")
    if type(meta.get("version")) is not int or meta["version"] != VERSION:
        raise CheckpointError(f"checkpoint format version {meta.get('version')!r} is not supported "
                              f"(this app reads version {VERSION})")
    return meta


def _config_of(meta, expect_kind):
    """ModelConfig from meta['config'] with every field type-checked (JSON true is not a size)."""
    kind, fields = meta.get("kind"), meta.get("config")
    if kind not in KINDS:
        raise CheckpointError(f"unknown model kind {kind!r}; expected one of {', '.join(KINDS)}")
    if expect_kind is not None and kind != expect_kind:
        named = {"lstm": "an LSTM", "rnn": "an RNN", "gru": "a GRU"}
        raise CheckpointError(f"this checkpoint holds {named[kind]} model, but "
                              f"{named.get(expect_kind, repr(expect_kind))} model was expected here")
    if not isinstance(fields, dict):
        raise CheckpointError("the metadata has no 'config' section describing the model")
    wanted = {str: str, int: int, float: (int, float)}
    types = {f.name: wanted[f.type] for f in dataclasses.fields(ModelConfig)}
    for key, value in fields.items():
        if key not in types:
            raise CheckpointError(f"unknown config field {key!r} in the checkpoint")
        if isinstance(value, bool) or not isinstance(value, types[key]):
            raise CheckpointError(f"config field {key} = {value!r} has the wrong type")
    if fields.get("seed", 0) < 0:
        raise CheckpointError(f"config field seed = {fields['seed']} must not be negative")
    if fields.get("kind", kind) != kind:
        raise CheckpointError(f"metadata says kind {kind!r} but config says {fields['kind']!r}")
    try:
        return ModelConfig(**fields)
    except ValueError as e:
        raise CheckpointError(f"invalid model settings in the checkpoint: {e}") from e


def _vocab_of(meta):
    """Vocabulary from meta['vocab']: distinct non-empty strings (one character each at char level)."""
    v = meta.get("vocab")
    if not isinstance(v, dict) or not isinstance(v.get("symbols"), list):
        raise CheckpointError("the metadata has no vocabulary (a list of symbols)")
    symbols, level = v["symbols"], v.get("level", "char")
    if level not in ("char", "word"):
        raise CheckpointError(f"unknown vocabulary level {level!r}: expected 'char' or 'word'")
    if not 1 <= len(symbols) <= MAX_VOCAB:
        raise CheckpointError(f"vocabulary has {len(symbols)} symbols; expected 1 to {MAX_VOCAB}")
    if not all(isinstance(s, str) and s and (level == "word" or len(s) == 1) for s in symbols):
        raise CheckpointError(f"vocabulary symbols must be non-empty strings"
                              f"{' of one character each' if level == 'char' else ''}")
    if not all(s.encode("utf-8", "replace").decode("utf-8") == s for s in symbols):   # no lone surrogates
        raise CheckpointError("vocabulary symbols must be valid Unicode text")
    if len(set(symbols)) != len(symbols):
        raise CheckpointError("vocabulary lists a symbol more than once")
    return Vocabulary(tuple(symbols), level)


def _model_type(meta, expect_model):
    """'series' or 'symbol' from meta['model'] (absent: 'symbol'); expect_model refuses the other one."""
    found = meta.get("model", "symbol")
    if "model" in meta and found != SERIES:
        raise CheckpointError(f"unknown model type {found!r}: a checkpoint holds a text model (no 'model' "
                              f"entry) or a {SERIES!r} model")
    if found == SERIES and "vocab" in meta:
        raise CheckpointError("a series checkpoint has no vocabulary, but this one lists one")
    if expect_model is not None and found != expect_model:
        raise CheckpointError(f"this checkpoint holds {MODEL_TYPES[found]}, but "
                              f"{MODEL_TYPES.get(expect_model, repr(expect_model))} was expected here")
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
        raise CheckpointError("a series checkpoint must hold 'labels' and 'values': the steps (e.g. years) "
                              "and the numbers the model reads")
    if not values or len(labels) != len(values):
        raise CheckpointError(f"the series has {len(values)} values and {len(labels)} labels; expected "
                              "at least one value and one label per value")
    if not all(map(_text, labels)):
        raise CheckpointError("the series labels must be text (valid Unicode strings)")
    try:
        ok = all(map(_finite, values))
    except OverflowError:                      # an integer too large for a float
        ok = False
    if not ok:
        raise CheckpointError("the series values must be finite numbers (no NaN, Inf or text)")
    for key in ("train_config", "summary"):
        if key in meta and not isinstance(meta[key], dict):
            raise CheckpointError(f"the series metadata {key!r} must be a dictionary")
    for key in ("train_last", "data"):
        if key in meta and not _text(meta[key]):
            raise CheckpointError(f"the series metadata {key!r} must be text")


# loading: the arrays -------------------------------------------------------------------------------
def _check_header(name, expected, vocab):
    """A check_header for _read_member: shape exactly as param_shapes says, dtype float64 '<f8'."""
    def check(shape, dtype):
        if shape != expected:
            if vocab is not None and name == "W_y" and len(shape) == 2 and shape[1] == expected[1]:
                raise CheckpointError(f"vocabulary has {len(vocab)} symbols but W_y has {shape[0]} rows")
            raise CheckpointError(f"array {name} has shape {shape}, expected {expected}")
        if dtype != np.dtype("<f8"):
            raise CheckpointError(f"array {name} has dtype {dtype}, expected float64 ('<f8')")
    return check


def _load(zf, expect_kind, expect_model):
    members = _members(zf)
    meta = _parse_meta(zf, members)
    series = _model_type(meta, expect_model) == SERIES
    config = _config_of(meta, expect_kind)
    if series:
        _check_series_data(meta)
        if config.embed_dim:
            raise CheckpointError(f"a series model reads one number per step, so its embed_dim must be 0, "
                                  f"not {config.embed_dim}")
    vocab = None if series else _vocab_of(meta)
    shapes = dict(param_shapes(config, 1 if series else len(vocab)))       # a series: one input, one output
    size = sum(math.prod(s) for s in shapes.values())
    if size * 8 > MAX_TOTAL_BYTES and series:
        raise CheckpointError(f"a series model with H = {config.hidden} has {size} weights, more than the limit "
                              f"of {MAX_TOTAL_BYTES // 8}")
    if size * 8 > MAX_TOTAL_BYTES:
        raise CheckpointError(f"a model with H = {config.hidden} and {len(vocab)} symbols has {size} weights, "
                              f"more than the limit of {MAX_TOTAL_BYTES // 8}")
    extra = sorted(set(members) - set(shapes) - {"meta"})
    if extra:
        raise CheckpointError(f"unexpected array {extra[0]!r}: a {config.kind} checkpoint holds only "
                              f"{', '.join(shapes)} and meta")
    missing = [n for n in shapes if n not in members]
    if missing:
        raise CheckpointError(f"array {missing[0]} is missing from the checkpoint")
    model = SeriesModel(config, np.zeros(size)) if series else create(vocab, config, np.zeros(size))
    # the output layer first: its row count is the clearest witness of a vocabulary mismatch
    for name in sorted(shapes, key=lambda n: n not in ("W_y", "b_y")):
        expected = shapes[name]
        array = _read_member(zf, members[name], name, MAX_TOTAL_BYTES, _check_header(name, expected, vocab))
        if not np.isfinite(array).all():
            raise CheckpointError(f"array {name} contains NaN or Inf")
        model.params[name][...] = array
    return model, meta


def load_with_metadata(file, expect_kind=None, expect_model=None):
    """Load a checkpoint -> (model, metadata dict: format, version, kind, config, vocab + user keys).

    The model is a Model (CharLSTM, CharRNN, CharGRU) or, for a file saved from one, a SeriesModel
    (its metadata: "model": "series", "labels", "values", no "vocab").
    file: a path, bytes or a binary file object. expect_kind ('lstm', 'rnn', 'gru') refuses another
    cell kind; expect_model ('symbol' or 'series') refuses the other type of model.
    Raises CheckpointError (a ValueError) naming what is wrong; never executes file content.
    """
    zf = _open_zip(file)
    try:
        with zf:
            return _load(zf, expect_kind, expect_model)
    except CheckpointError:
        raise
    except _READ_ERRORS as e:
        raise CheckpointError(f"checkpoint is damaged and cannot be read ({type(e).__name__}: {e})") from e


def load(file, expect_kind=None, expect_model=None):
    """Load a checkpoint -> Model (CharLSTM, CharRNN or CharGRU) or SeriesModel.  See load_with_metadata."""
    return load_with_metadata(file, expect_kind, expect_model)[0]
