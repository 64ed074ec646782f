"""Safe checkpoints: a model's weights and its JSON metadata in one .npz file, loaded without running code.

File layout (an ordinary NumPy .npz, i.e. a zip of .npy files, written with np.savez):
    W_f.npy ... W_y.npy, b_y.npy (E.npy)   one C-order array per name in model.params (W_f@2.npy ... in a
                                            stacked model), float64 '<f8', or '<f4' for a float32 model
    meta.npy                                uint8 array: UTF-8 JSON (what it holds, how it is checked and
                                            why its version stays 1: lstm/checkpoint_meta.py)
A series model (lstm.series.SeriesModel) has the same arrays with one input and one output (W_y (1, H)).
load() reads the zip itself: it checks every member's name and .npy header (shape, dtype, declared
size against the zip entry's size) BEFORE reading data, never unpickles, then checks values.
Every problem is raised as CheckpointError (a ValueError) with a message a student can act on.
Used by lstm.train, the command line and the app's upload / download.
"""
import io
import json
import math
import os
import struct
import zipfile
import zlib

import numpy as np

from .checkpoint_meta import (FORMAT, MODEL_TYPES, RESERVED, SERIES, VERSION,  # noqa: F401 (re-exported)
                              CheckpointError, metadata_of, model_spec, parse_json)
from .checkpoint_meta import _vocab_of  # noqa: F401 (the pre-series check; tests/unit/test_series_checkpoint.py)
from .model import create, param_shapes
from .series import SeriesModel
from .messages import N_

# the byte limits: every check reads them from this module (tests patch them here)
MAX_META_BYTES = 1 << 20          # the JSON metadata: 1 MB is thousands of history points
MAX_TOTAL_BYTES = 200 << 20       # all arrays together: 200 MB (H = 1024 with V = 2000 still fits)
MAX_MEMBERS = 32                  # E + 8 cell arrays + W_y + b_y + meta = 12 at most
# everything a malformed zip / .npy / JSON can raise while being read (never a bare except)
_READ_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, OSError, EOFError, ValueError,
                KeyError, TypeError, SyntaxError, RecursionError, struct.error, NotImplementedError,
                RuntimeError, OverflowError)
ZIP_NOT_ZIP = N_("File is not a zip file")   # zipfile's words, which our message quotes: translated with it


# saving ------------------------------------------------------------------------------------------
def save(model, file, **metadata):
    """Write model (weights, vocabulary, config) and JSON-serialisable metadata to file.

    A SeriesModel needs labels=... and values=... (the series it reads, one label per value).

    file: a path (written to '<path>.tmp' then renamed, so a crash never leaves half a file) or a
    binary file object. Each array of model.params is stored in the model's dtype (float64 '<f8' or
    float32 '<f4'), shape as in lstm.layout.param_shapes, so load(save(m)).theta equals m.theta bit for bit.
    """
    if not np.isfinite(model.theta).all():
        raise CheckpointError(N_("the model has NaN or Inf weights; refusing to save it"))
    meta = json.dumps(metadata_of(model, **metadata), ensure_ascii=False).encode("utf-8")
    if len(meta) > MAX_META_BYTES:
        raise CheckpointError(N_("metadata is {n_meta} bytes, more than the limit {max_meta_bytes}"),
                              n_meta=len(meta), max_meta_bytes=MAX_META_BYTES)
    stored = _stored_dtype(model.config)
    arrays = {name: np.ascontiguousarray(view, dtype=stored) for name, view in model.params.items()}
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
        raise CheckpointError(N_("checkpoint file not found: {filename}"), filename=e.filename) from e
    except _READ_ERRORS as e:
        raise CheckpointError(N_("checkpoint is not a valid .npz (zip) file ({e})"), e=str(e)) from e


def _members(zf):
    """{name without .npy: ZipInfo}, refusing odd names, duplicates and declared sizes over the limits."""
    infos = zf.infolist()
    if len(infos) > MAX_MEMBERS:
        raise CheckpointError(N_("checkpoint holds {n_infos} entries; a model has at most {max_members}"),
                              n_infos=len(infos), max_members=MAX_MEMBERS)
    members = {}
    for info in infos:
        if not info.filename.endswith(".npy"):
            raise CheckpointError(N_("unexpected entry {filename!r}: a checkpoint holds only .npy arrays"),
                                  filename=info.filename)
        name = info.filename[:-4]
        if name in members:
            raise CheckpointError(N_("array {name} appears twice in the checkpoint"), name=name)
        members[name] = info
    total = sum(info.file_size for info in infos)
    if total > MAX_TOTAL_BYTES:
        raise CheckpointError(N_("checkpoint declares {total} bytes of arrays, more than the limit {max_total_bytes} "
                                 "({max_total_bytes_mib} MB)"),
                              total=total, max_total_bytes=MAX_TOTAL_BYTES, max_total_bytes_mib=MAX_TOTAL_BYTES >> 20)
    return members


def _read_member(zf, info, name, limit, check_header=None):
    """Read one .npy member: header first, refuse pickles / odd sizes, then exactly the data bytes.

    check_header(shape, dtype), if given, may refuse the member before any data byte is read.
    """
    with zf.open(info) as fp:
        version = np.lib.format.read_magic(fp)
        if version not in ((1, 0), (2, 0)):
            raise CheckpointError(N_("array {name} uses .npy format version {version}; expected 1.0 or 2.0"),
                                  name=name, version=version)
        read_header = np.lib.format.read_array_header_1_0 if version == (1, 0) else np.lib.format.read_array_header_2_0
        shape, fortran, dtype = read_header(fp)
        if dtype.hasobject:
            raise CheckpointError(N_("array {name} holds Python objects (a pickle, which could run code); refused "
                                     "without unpickling it"), name=name)
        if any(n < 0 for n in shape):
            raise CheckpointError(N_("array {name} declares a negative size {shape}"), name=name, shape=shape)
        nbytes = math.prod(shape) * dtype.itemsize
        if nbytes > limit:
            dims = " × ".join(map(str, shape)) or "a scalar"
            raise CheckpointError(N_("array {name}: declared size {dims} ({nbytes} bytes) is larger than the limit "
                                     "of {limit} bytes"), name=name, dims=dims, nbytes=nbytes, limit=limit)
        if fp.tell() + nbytes != info.file_size:   # zip-bomb / forgery guard: header must match the entry
            raise CheckpointError(N_("array {name} declares {nbytes} bytes of data but its file entry holds {held}: "
                                     "the file is damaged or forged"),
                                  name=name, nbytes=nbytes, held=info.file_size - fp.tell())
        if check_header is not None:
            check_header(shape, dtype)
        data = fp.read(nbytes)
    if len(data) != nbytes:
        raise CheckpointError(N_("array {name} is truncated"), name=name)
    return np.frombuffer(data, dtype=dtype).reshape(shape, order="F" if fortran else "C")


# loading: the metadata (what it must say: lstm/checkpoint_meta.py) -------------------------------
def _parse_meta(zf, members):
    """The JSON dict in meta.npy: a 1-D uint8 array of at most MAX_META_BYTES; parse_json checks the text."""
    if "meta" not in members:
        raise CheckpointError(N_("checkpoint has no 'meta' entry: it was not saved by this app"))
    raw = _read_member(zf, members["meta"], "meta", MAX_META_BYTES)
    if raw.dtype != np.uint8 or raw.ndim != 1:
        raise CheckpointError(N_("the 'meta' entry has dtype {dtype} and shape {shape}; expected a 1-D uint8 array "
                                 "of UTF-8 JSON"), dtype=raw.dtype, shape=raw.shape)
    return parse_json(raw.tobytes())


# loading: the arrays -------------------------------------------------------------------------------
def _stored_dtype(config):
    """How a model's arrays are stored: little-endian float of the model's dtype ('<f8' or '<f4')."""
    return np.dtype(config.dtype).newbyteorder("<")


def _check_header(name, expected, vocab, stored):
    """A check_header for _read_member: shape exactly as param_shapes says, dtype the config's ('<f8'/'<f4')."""
    def check(shape, dtype):
        if shape != expected:
            if vocab is not None and name == "W_y" and len(shape) == 2 and shape[1] == expected[1]:
                raise CheckpointError(N_("vocabulary has {n_vocab} symbols but W_y has {shape} rows"),
                                      n_vocab=len(vocab), shape=shape[0])
            raise CheckpointError(N_("array {name} has shape {shape}, expected {expected}"),
                                  name=name, shape=shape, expected=expected)
        if dtype != stored:
            raise CheckpointError(N_("array {name} has dtype {dtype}, expected {expected} ('{code}')"),
                                  name=name, dtype=dtype, expected=stored.name, code=stored.str)
    return check


def _expected_shapes(config, vocab, members):
    """{array name: shape} the metadata implies (vocab None: a series model), refusing a model over the
    size limit and a zip whose array names differ, before any array is read."""
    series = vocab is None
    shapes = dict(param_shapes(config, 1 if series else len(vocab)))       # a series: one input, one output
    size, itemsize = sum(math.prod(s) for s in shapes.values()), _stored_dtype(config).itemsize
    if size * itemsize > MAX_TOTAL_BYTES and series:
        raise CheckpointError(N_("a series model with H = {hidden} has {size} weights, more than the limit of {max_weights}"),
                              hidden=config.hidden, size=size, max_weights=MAX_TOTAL_BYTES // itemsize)
    if size * itemsize > MAX_TOTAL_BYTES:
        raise CheckpointError(N_("a model with H = {hidden} and {n_vocab} symbols has {size} weights, more than the "
                                 "limit of {max_weights}"),
                              hidden=config.hidden, n_vocab=len(vocab), size=size, max_weights=MAX_TOTAL_BYTES // itemsize)
    extra = sorted(set(members) - set(shapes) - {"meta"})
    if extra:
        raise CheckpointError(N_("unexpected array {extra!r}: a {kind} checkpoint holds only {shapes} and meta"),
                              extra=extra[0], kind=config.kind, shapes=', '.join(shapes))
    missing = [n for n in shapes if n not in members]
    if missing:
        raise CheckpointError(N_("array {missing} is missing from the checkpoint"), missing=missing[0])
    return shapes


def _load(zf, expect_kind, expect_model):
    """(model, meta) from an open zip: its entries, the metadata, the shapes it implies, then each array."""
    members = _members(zf)
    meta = _parse_meta(zf, members)
    config, vocab = model_spec(meta, expect_kind, expect_model)        # vocab None: a series model
    shapes = _expected_shapes(config, vocab, members)
    theta = np.zeros(sum(math.prod(s) for s in shapes.values()))
    model = SeriesModel(config, theta) if vocab is None else create(vocab, config, theta)
    # the output layer first: its row count is the clearest witness of a vocabulary mismatch
    for name in sorted(shapes, key=lambda n: n not in ("W_y", "b_y")):
        expected = shapes[name]
        check = _check_header(name, expected, vocab, _stored_dtype(config))
        array = _read_member(zf, members[name], name, MAX_TOTAL_BYTES, check)
        if not np.isfinite(array).all():
            raise CheckpointError(N_("array {name} contains NaN or Inf"), name=name)
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
        raise CheckpointError(N_("checkpoint is damaged and cannot be read ({error_type}: {e})"),
                              error_type=type(e).__name__, e=str(e)) from e


def load(file, expect_kind=None, expect_model=None):
    """Load a checkpoint -> Model (CharLSTM, CharRNN or CharGRU) or SeriesModel.  See load_with_metadata."""
    return load_with_metadata(file, expect_kind, expect_model)[0]
