"""Reading an HDF5 file (a Keras .h5, or the model.weights.h5 inside a .keras) without trusting it.

h5py is imported here, lazily: `import lstm` needs numpy alone. An HDF5 file can point outside itself
(external links, external raw storage, virtual datasets) and can ask for compression filters the library
would look for as plug-ins; all of those are refused, so only bytes of the uploaded file are ever read.
Every dataset's shape and dtype is checked against the caller's expectation and the byte budget
(lstm.checkpoint.MAX_TOTAL_BYTES, as for our own checkpoints) BEFORE its data is read.
Used by lstm.import_keras.
"""
import io
import math
from contextlib import contextmanager

import numpy as np

from . import checkpoint
from .imported import ModelImportError, check_finite
from .messages import N_

ALLOWED_FILTERS = {1: "gzip", 2: "shuffle", 3: "fletcher32", 32000: "lzf"}   # built into HDF5 / h5py
FLOAT_SIZES = (2, 4, 8)                                                       # float16, float32, float64
# what the HDF5 library raises, through h5py, on a damaged file (never a bare except)
H5_ERRORS = (OSError, KeyError, RuntimeError, ValueError, TypeError, IndexError, OverflowError, AttributeError)


def h5py_module():
    """h5py, or a message saying how to get it (it is in requirements.txt)."""
    try:
        import h5py
    except ImportError as e:
        raise ModelImportError(N_("reading Keras files needs the h5py package: pip install h5py")) from e
    return h5py


@contextmanager
def damaged_file_errors(what):
    """Turn the errors h5py raises on a damaged or forged file into ModelImportError (ours pass through)."""
    try:
        yield
    except ModelImportError:
        raise
    except H5_ERRORS as e:
        raise ModelImportError(N_("{what} is damaged and cannot be read ({type_name}: {e})"),
                               what=what, type_name=type(e).__name__, e=e) from e


def open_file(data, what):
    """An h5py.File over bytes in memory (read-only). what: how the message names the file."""
    h5py = h5py_module()
    try:
        return h5py.File(io.BytesIO(bytes(data)), "r")
    except (OSError, ValueError, RuntimeError) as e:
        raise ModelImportError(N_("{what} is not a readable HDF5 file: it is damaged or truncated ({e})"),
                               what=what, e=e) from e


def child(group, path, what):
    """The object at a '/'-separated path below group, following hard links only (no soft or external link)."""
    h5py = h5py_module()
    obj = group
    for part in [p for p in path.split("/") if p]:
        if not isinstance(obj, h5py.Group) or part not in obj:
            raise ModelImportError(N_("{what}: the file has no entry {path!r}"), what=what, path=path)
        link = obj.get(part, getlink=True)
        if not isinstance(link, h5py.HardLink):
            raise ModelImportError(N_("{what}: the entry {path!r} is a link to somewhere else ({type_name}); refused, "
                                      "only data inside the file is read"),
                                   what=what, path=path, type_name=type(link).__name__)
        obj = obj[part]
    return obj


class Budget:
    """Bytes of weights declared so far, against lstm.checkpoint.MAX_TOTAL_BYTES (read when created)."""

    def __init__(self):
        self.limit, self.used = checkpoint.MAX_TOTAL_BYTES, 0

    def take(self, name, shape, itemsize):
        nbytes = math.prod(shape) * max(itemsize, 8)           # as float64, the way the model will hold it
        if self.used + nbytes > self.limit:
            dims = " × ".join(map(str, shape))
            raise ModelImportError(N_("the weights {name} declare {dims} numbers; with the rest of the model that is "
                                      "more than the limit of {limit} bytes ({limit_mib} MB)"),
                                   name=name, dims=dims, limit=self.limit, limit_mib=self.limit >> 20)
        self.used += nbytes


def _check_storage(ds, name):
    """Refuse data kept outside the file and filters that would load a plug-in."""
    if ds.external or ds.is_virtual:
        raise ModelImportError(N_("the weights {name} are stored outside the file (external or virtual dataset); "
                                  "refused, only data inside the file is read"), name=name)
    plist = ds.id.get_create_plist()
    for k in range(plist.get_nfilters()):
        code = plist.get_filter(k)[0]
        if code not in ALLOWED_FILTERS:
            raise ModelImportError(N_("the weights {name} use HDF5 filter number {code}, which is not one of "
                                      "{allowed}; refused"),
                                   name=name, code=code, allowed=', '.join(ALLOWED_FILTERS.values()))


def shape_of(group, path, name):
    """(shape, itemsize) of a float dataset, checked without reading any of its data."""
    h5py = h5py_module()
    ds = child(group, path, name)
    if not isinstance(ds, h5py.Dataset):
        raise ModelImportError(N_("the weights {name} ({path!r}) are a group, not an array"), name=name, path=path)
    if ds.dtype.kind != "f" or ds.dtype.itemsize not in FLOAT_SIZES:
        raise ModelImportError(N_("the weights {name} have dtype {dtype}; expected floating-point numbers (float16, "
                                  "float32 or float64)"), name=name, dtype=ds.dtype)
    if any(n < 0 for n in ds.shape):
        raise ModelImportError(N_("the weights {name} declare a negative size {shape}"), name=name, shape=ds.shape)
    _check_storage(ds, name)
    return tuple(ds.shape), ds.dtype.itemsize


def declare(group, path, name, shape, budget):
    """Check, without reading data, that the dataset at path is floats of exactly `shape` within the budget."""
    found, itemsize = shape_of(group, path, name)
    if found != tuple(shape):
        raise ModelImportError(N_("the weights {name} have shape {found}; expected {shape} for this model"),
                               name=name, found=found, shape=tuple(shape))
    budget.take(name, found, itemsize)


def read(group, path, name):
    """The dataset at path as float64 (call declare() for every array first), refusing NaN and Inf."""
    shape_of(group, path, name)
    try:
        array = np.asarray(child(group, path, name)[()], dtype=np.float64)
    except (OSError, ValueError, RuntimeError, KeyError) as e:
        raise ModelImportError(N_("the weights {name} cannot be read: the file is damaged or truncated ({e})"),
                               name=name, e=e) from e
    return check_finite(name, array)


def text_attr(obj, name, what):
    """A string attribute (e.g. Keras' model_config JSON), at most lstm.checkpoint.MAX_META_BYTES long."""
    if name not in obj.attrs:
        return None
    try:
        value = obj.attrs[name]
    except (OSError, ValueError, RuntimeError, TypeError) as e:
        raise ModelImportError(N_("{what}: the attribute {name!r} cannot be read ({e})"), what=what, name=name, e=e) from e
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    if not isinstance(value, str):
        raise ModelImportError(N_("{what}: the attribute {name!r} is not text"), what=what, name=name)
    if len(value) > checkpoint.MAX_META_BYTES:
        raise ModelImportError(N_("{what}: the attribute {name!r} is {n_value} characters long, more than the limit "
                                  "of {max_meta_bytes}"),
                               what=what, name=name, n_value=len(value), max_meta_bytes=checkpoint.MAX_META_BYTES)
    return value


def text_list_attr(obj, name, what):
    """A list of strings attribute (Keras' layer_names, weight_names), or [] when absent."""
    if name not in obj.attrs:
        return []
    try:
        values = np.asarray(obj.attrs[name]).reshape(-1)
    except (OSError, ValueError, RuntimeError, TypeError) as e:
        raise ModelImportError(N_("{what}: the attribute {name!r} cannot be read ({e})"), what=what, name=name, e=e) from e
    if values.size and values.dtype.kind not in "OSU":
        raise ModelImportError(N_("{what}: the attribute {name!r} is not a list of names"), what=what, name=name)
    return [v.decode("utf-8", "replace") if isinstance(v, bytes) else str(v) for v in values.tolist()]
