"""Open a Keras or PyTorch character model as our CharLSTM: `import_model(file, …) -> (model, meta)`.

The file's kind comes from its first bytes, not its name: a zip with config.json (Keras 3 .keras), HDF5
(legacy Keras .h5), a safetensors header (a PyTorch state_dict), or our own .npz checkpoint, which
open() hands to lstm.checkpoint. A PyTorch pickle (.pt/.pth) is recognised and refused without being
opened. The file is read into memory up to a bound (lstm.checkpoint's limits); every array's size is then
checked before it is read (lstm.import_hdf5, lstm.import_torch). Errors: ModelImportError, a CheckpointError.
The model's vocabulary comes from the training text and a convention (lstm.import_vocab).
Used by the app's sidebar upload (ui/setup.py) and `python -m lstm import`.
"""
import io
import os
import struct
import zipfile

from . import checkpoint
from .import_keras import read_h5, read_keras_zip
from .import_torch import read_safetensors
from .import_vocab import fit
from .imported import ModelImportError, check_sizes
from .model import CharLSTM, ModelConfig
from .messages import Message, N_

HDF5_MAGIC = b"\x89HDF\r\n\x1a\n"
PICKLE_HINT = N_("this is a PyTorch pickle (torch.save, .pt/.pth): opening it would run code from the file, so this "
                 "app never does. Convert it once with: safetensors.torch.save_file(model.state_dict(), "
                 "\"model.safetensors\")")
MODEL_SUFFIXES = (".keras", ".h5", ".hdf5", ".safetensors", ".npz", ".pt", ".pth")


def read_bytes(file):
    """The bytes of a path, bytes or binary file object, refusing more than the checkpoint limits allow."""
    limit = checkpoint.MAX_TOTAL_BYTES + 2 * checkpoint.MAX_META_BYTES
    if isinstance(file, (bytes, bytearray, memoryview)):
        data = bytes(file)
    elif isinstance(file, (str, os.PathLike)):
        try:
            with open(file, "rb") as fh:
                data = fh.read(limit + 1)
        except OSError as e:
            raise ModelImportError(N_("cannot read {file}: {strerror}"),
                                   file=os.fspath(file), strerror=e.strerror or e) from e
    else:
        data = file.read(limit + 1)
    if len(data) > limit:
        raise ModelImportError(N_("the file is larger than {limit} bytes ({limit_mib} MB), the limit for a model here"),
                               limit=limit, limit_mib=limit >> 20)
    return data


def kind_of(data, name=""):
    """'keras', 'h5', 'safetensors', 'npz' or 'pickle' from the first bytes (and the name, for .pt/.pth)."""
    if name.lower().endswith((".pt", ".pth", ".pkl", ".ckpt")):
        return "pickle"
    if data[:8] == HDF5_MAGIC:
        return "h5"
    if data[:2] == b"PK":
        return "zip"
    if data[:2] in (b"\x80\x02", b"\x80\x03", b"\x80\x04", b"\x80\x05"):
        return "pickle"
    if name.lower().endswith(".safetensors") or (len(data) > 9 and data[8:9] == b"{"
                                                  and struct.unpack("<Q", data[:8])[0] < len(data)):
        return "safetensors"
    raise ModelImportError(N_("this file is not a model this app can open: expected a Keras .keras or .h5 file, a "
                              "PyTorch .safetensors state_dict or one of this app's .npz checkpoints"))


def _zip_kind(zf):
    """'keras' or 'npz' from a zip's entries, refusing zips that only wrap a model file or a pickle."""
    names = zf.namelist()
    if "config.json" in names and "model.weights.h5" in names:
        return "keras"
    if names and all(n.endswith(".npy") for n in names):
        return "npz"
    if any(n.endswith("data.pkl") for n in names):
        raise ModelImportError(PICKLE_HINT)
    inner = [n for n in names if n.lower().endswith(MODEL_SUFFIXES)]
    if inner:
        raise ModelImportError(N_("this zip holds a model file inside ({inner}): unzip it and open {inner} itself"),
                               inner=inner[0])
    raise ModelImportError(N_("this zip is neither a Keras .keras model (config.json + model.weights.h5) nor one of "
                              "this app's .npz checkpoints"))


def read_model(data, name="", keys=None):
    """(kind, Imported or None): the framework model in a file's bytes; kind 'npz' = our checkpoint (not read)."""
    kind, what = kind_of(data, name), (Message(N_("the file “{name}”"), name=name) if name else N_("the file"))
    if kind == "pickle":
        raise ModelImportError(PICKLE_HINT)
    if kind == "h5":
        return kind, read_h5(data, what)
    if kind == "safetensors":
        return kind, read_safetensors(data, what, keys)
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as e:
        raise ModelImportError(N_("the file looks like a zip but cannot be read: it is damaged or truncated ({e})"),
                               e=e) from e
    with zf:
        kind = _zip_kind(zf)
        return (kind, None) if kind == "npz" else (kind, read_keras_zip(zf, what))


def to_model(imported, vocab):
    """Our CharLSTM with the imported weights: W_f…b_o per layer (gates already in the course's order), E, W_y."""
    check_sizes(imported.H, imported.V, imported.D)
    config = ModelConfig(kind="lstm", hidden=imported.H, embed_dim=imported.D, layers=imported.L,
                         dropout=imported.dropout, scaled_input=imported.input == "scaled-index")
    model = CharLSTM(vocab, config)
    for l, layer in enumerate(imported.lstm, start=1):
        params = model.layer_params(l)
        for k, gate in enumerate(("f", "i", "c", "o")):
            params[f"W_{gate}"][...] = layer.W[k]
            params[f"b_{gate}"][...] = layer.b[k]
    if imported.E is not None:
        model.params["E"][...] = imported.E
    model.params["W_y"][...], model.params["b_y"][...] = imported.W_y, imported.b_y
    return model


def import_model(file, name="", text=None, convention="sorted", vocab_json=None, keys=None):
    """(CharLSTM, meta) from a Keras/PyTorch file (or our .npz: loaded as a checkpoint, the vocabulary unused).

    text: the training text; convention: 'sorted', 'lower' or 'json' (vocab_json: the JSON bytes or str);
    keys: {role: key} for a safetensors file with unusual names (lstm.import_torch.ROLES).
    meta: {"text": the text the model reads, "source": lstm.imported.Imported.source(), "vocab_convention",
           "vocab_note" when the vocabulary came from another reading of the text (lstm.import_vocab.fit)}.
    """
    data = read_bytes(file)
    kind, imported = read_model(data, name, keys)
    if kind == "npz":
        return checkpoint.load_with_metadata(io.BytesIO(data))
    chosen = fit(convention, imported.V, text, vocab_json)
    if chosen.text is not None:
        try:
            chosen.vocab.encode(chosen.text)
        except ValueError as e:
            raise ModelImportError(N_("the training text does not fit the vocabulary: {e}"), e=e) from e
    meta = {"source": imported.source(os.path.basename(name)), "vocab_convention": convention}
    if chosen.note:
        meta["vocab_note"] = chosen.note
    if chosen.text is not None:
        meta["text"] = chosen.text
    return to_model(imported, chosen.vocab), meta
