"""A PyTorch state_dict saved as .safetensors -> lstm.imported.Imported: nn.LSTM (+ nn.Embedding) + nn.Linear.

Never a .pt/.pth pickle (unpickling runs code): the student converts theirs with one line,
    safetensors.torch.save_file(model.state_dict(), "model.safetensors")
The safetensors header (8-byte length + JSON: each tensor's dtype, shape and byte range) is checked here
first — names, dtypes, shapes, ranges inside the file, the byte budget lstm.checkpoint.MAX_TOTAL_BYTES —
then the safetensors package's NumPy API reads the tensors (imported lazily: `import lstm` needs numpy alone).

Which tensor is which: nn.LSTM's own names (<prefix>weight_ih_l0, weight_hh_l0, bias_ih_l0, bias_hh_l0, …
_l1, _l2; nn.LSTMCell's weight_ih … without _lk), an nn.Linear = a (V, H) weight with its (V,) bias, an
nn.Embedding = a (V, X) weight without bias. When the names differ or are ambiguous, the caller says which
key plays which ROLE ({"weight_ih_l0": "cell.W_x", …}); then other tensors in the file are ignored.
"""
import json
import math
import re
import struct

from . import checkpoint
from .imported import (MAX_LAYERS, Imported, ModelImportError, check_finite, check_sizes, input_kind,
                       torch_layer)

from .messages import N_

DTYPES = {"F16": 2, "F32": 4, "F64": 8}          # what numpy reads; BF16 has no numpy dtype
LSTM_KEY = re.compile(r"^(?P<prefix>.*?)(?P<part>weight_ih|weight_hh|bias_ih|bias_hh|weight_hr)"
                      r"(?:_l(?P<layer>\d+))?(?P<reverse>_reverse)?$")
PARTS = ("weight_ih", "weight_hh", "bias_ih", "bias_hh")
ROLES = tuple(f"{p}_l{k}" for k in range(MAX_LAYERS) for p in PARTS) + ("embedding.weight", "linear.weight",
                                                                         "linear.bias")


def header(data, what):
    """{name: (dtype, shape, (start, end))} from the safetensors header, every range checked against the file."""
    if len(data) < 8:
        raise ModelImportError(N_("{what} is too short to be a safetensors file ({n_data} bytes)"),
                               what=what, n_data=len(data))
    (n,) = struct.unpack("<Q", bytes(data[:8]))
    if n > checkpoint.MAX_META_BYTES:
        raise ModelImportError(N_("{what} declares a header of {n} bytes, more than the limit of {max_meta_bytes}"),
                               what=what, n=n, max_meta_bytes=checkpoint.MAX_META_BYTES)
    if 8 + n > len(data):
        raise ModelImportError(N_("{what} is truncated: its header needs {n} bytes but the file holds {held}"),
                               what=what, n=n, held=len(data) - 8)
    try:
        head = json.loads(bytes(data[8:8 + n]).decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as e:
        raise ModelImportError(N_("{what} is not a safetensors file (its header is not JSON)"), what=what) from e
    if not isinstance(head, dict):
        raise ModelImportError(N_("{what} is not a safetensors file (its header is not a JSON object)"), what=what)
    head.pop("__metadata__", None)
    tensors, body, total = {}, len(data) - 8 - n, 0
    for name, info in head.items():
        dtype, shape, span = _entry(name, info)
        total += math.prod(shape) * 8
        if total > checkpoint.MAX_TOTAL_BYTES:           # first: a huge shape is refused as such
            raise ModelImportError(N_("{what}: tensor {name!r} declares {shape} numbers; with the rest that is more "
                                      "than the limit of {max_total_bytes} bytes ({max_total_bytes_mib} MB)"),
                                   what=what, name=name, shape=' × '.join(map(str, shape)),
                                   max_total_bytes=checkpoint.MAX_TOTAL_BYTES,
                                   max_total_bytes_mib=checkpoint.MAX_TOTAL_BYTES >> 20)
        if span[1] > body:
            raise ModelImportError(N_("{what} is truncated: tensor {name!r} ends at byte {span} of the data, but the "
                                      "file holds {body}"), what=what, name=name, span=span[1], body=body)
        if dtype in DTYPES and span[1] - span[0] != math.prod(shape) * DTYPES[dtype]:   # others: refused if used
            raise ModelImportError(N_("{what}: tensor {name!r} declares shape {shape} ({dtype}) but a byte range of "
                                      "{nbytes}: the file is damaged or forged"),
                                   what=what, name=name, shape=shape, dtype=dtype, nbytes=span[1] - span[0])
        tensors[name] = (dtype, shape, span)
    return tensors


def _entry(name, info):
    ok = (isinstance(info, dict) and isinstance(info.get("dtype"), str) and isinstance(info.get("shape"), list)
          and all(type(d) is int and 0 <= d for d in info["shape"]) and isinstance(info.get("data_offsets"), list)
          and len(info["data_offsets"]) == 2 and all(type(o) is int and o >= 0 for o in info["data_offsets"])
          and info["data_offsets"][0] <= info["data_offsets"][1])
    if not ok:
        raise ModelImportError(N_("the safetensors entry {name!r} is malformed (dtype, shape and data_offsets "
                                  "expected)"), name=name)
    return info["dtype"], tuple(info["shape"]), tuple(info["data_offsets"])


def parse_keys(text):
    """'role = key' lines (or role=key items) -> {role: key}; roles are ROLES, e.g. weight_ih_l0 = rnn.W_x."""
    mapping = {}
    for line in re.split(r"[\n,;]+", text or ""):
        if not line.strip():
            continue
        role, sep, key = (part.strip() for part in line.partition("="))
        if not sep or not key or role not in ROLES:
            raise ModelImportError(N_("cannot read {line!r} as 'role = key'; roles: {roles} (…_l1, _l2), "
                                      "embedding.weight, linear.weight, linear.bias"),
                                   line=line.strip(), roles=', '.join(ROLES[:4]))
        mapping[role] = key
    return mapping


def _lstm_roles(tensors):
    """{role: key} for the LSTM tensors found by nn.LSTM / nn.LSTMCell names, refusing other LSTM kinds."""
    found = {}
    for key in tensors:
        m = LSTM_KEY.match(key)
        if not m:
            continue
        if m["reverse"]:
            raise ModelImportError(N_("the file holds a bidirectional LSTM ({key}); the course's LSTM reads left to "
                                      "right"), key=key)
        if m["part"] == "weight_hr":
            raise ModelImportError(N_("the file holds an LSTM with projections ({key}, proj_size > 0); the course's "
                                      "LSTM has none"), key=key)
        found.setdefault(m["prefix"], {})[f"{m['part']}_l{m['layer'] or 0}"] = key
    if len(found) != 1:
        if not found:
            raise ModelImportError(N_("no LSTM found by its PyTorch names (weight_ih_l0, weight_hh_l0, …): say which "
                                      "key is which"))
        raise ModelImportError(N_("the file holds {n} LSTMs ({names}); say which keys are which"),
                               n=len(found), names=", ".join(repr(p) for p in found))
    roles = next(iter(found.values()))
    layers = 1 + max(int(r.rsplit("_l", 1)[1]) for r in roles)
    if layers > MAX_LAYERS:
        raise ModelImportError(N_("the LSTM stacks {layers} layers; this app shows 1 to {max_layers}"),
                               layers=layers, max_layers=MAX_LAYERS)
    return roles


def _others(tensors, used, H, X):
    """{role: key} for the nn.Linear (a (V, H) weight with a (V,) bias) and an nn.Embedding ((V, X), no bias)."""
    rest = {k: v[1] for k, v in tensors.items() if k not in used}
    linear = [k for k, s in rest.items() if k.endswith("weight") and len(s) == 2 and s[1] == H
              and rest.get(k[:-6] + "bias") == (s[0],)]
    if len(linear) != 1:
        raise ModelImportError(N_("found {n_linear} candidates for the output nn.Linear (a weight of shape (V, {h}) "
                                  "with its bias): {linear}; say which keys are which"),
                               n_linear=len(linear), h=H, linear=', '.join(linear) or 'none')
    roles = {"linear.weight": linear[0], "linear.bias": linear[0][:-6] + "bias"}
    V = rest[linear[0]][0]
    table = [k for k, s in rest.items() if k not in roles.values() and s == (V, X)]
    if len(table) > 1:
        raise ModelImportError(N_("several tensors could be the nn.Embedding ({table}); say which keys are which"),
                               table=', '.join(table))
    roles.update({"embedding.weight": table[0]} if table else {})
    left = sorted(set(rest) - set(roles.values()))
    if left:
        raise ModelImportError(N_("the file also holds {left!r} {rest}, which is not part of nn.Embedding → nn.LSTM "
                                  "→ nn.Linear: if the model has more layers, this app cannot show it; if not, say "
                                  "which keys are which"), left=left[0], rest=tuple(rest[left[0]]))
    return roles


def _roles(tensors, keys):
    """{role: key}: the caller's mapping (its keys must exist), or found by the names PyTorch gives."""
    if keys:
        missing = [k for k in keys.values() if k not in tensors]
        if missing:
            raise ModelImportError(N_("the file has no tensor {missing!r}; it holds {tensors}"),
                                   missing=missing[0], tensors=', '.join(sorted(tensors)[:12]))
        return dict(keys)
    lstm = _lstm_roles(tensors)
    if "weight_ih_l0" not in lstm or "weight_hh_l0" not in lstm:
        raise ModelImportError(N_("the LSTM's first layer weights (weight_ih_l0, weight_hh_l0) are missing"))
    H, X = tensors[lstm["weight_hh_l0"]][1][-1], tensors[lstm["weight_ih_l0"]][1][-1]
    return {**lstm, **_others(tensors, set(lstm.values()), H, X)}


def _expected(roles, tensors):
    """{role: shape} the LSTM's first weights imply, refusing missing roles and more than MAX_LAYERS layers."""
    for role in ("weight_ih_l0", "weight_hh_l0", "linear.weight"):
        if role not in roles:
            raise ModelImportError(N_("no tensor plays the role {role}; say which key it is"), role=role)
    hh, ih = tensors[roles["weight_hh_l0"]][1], tensors[roles["weight_ih_l0"]][1]
    if len(hh) != 2 or hh[0] != 4 * hh[1] or len(ih) != 2:
        gru = N_(" (3H rows: a GRU, not an LSTM)") if len(hh) == 2 and hh[0] == 3 * hh[1] else ""
        raise ModelImportError(N_("{weight_hh_l0} has shape {hh} and {weight_ih_l0} {ih}; an LSTM's are (4H, H) and "
                                  "(4H, X){gru}"),
                               weight_hh_l0=roles['weight_hh_l0'], hh=hh, weight_ih_l0=roles['weight_ih_l0'], ih=ih,
                               gru=gru)
    H, X, L = hh[1], ih[1], 1 + max(int(r.rsplit("_l", 1)[1]) for r in roles if r.startswith("weight_ih_l"))
    V = tensors[roles["linear.weight"]][1][0]
    check_sizes(H, V, tensors[roles["embedding.weight"]][1][-1] if "embedding.weight" in roles else 0)
    shapes = {"linear.weight": (V, H), "linear.bias": (V,), "embedding.weight": (V, X)}
    for k in range(L):
        shapes.update({f"weight_ih_l{k}": (4 * H, X if k == 0 else H), f"weight_hh_l{k}": (4 * H, H),
                       f"bias_ih_l{k}": (4 * H,), f"bias_hh_l{k}": (4 * H,)})
        if f"weight_ih_l{k}" not in roles or f"weight_hh_l{k}" not in roles:
            raise ModelImportError(N_("layer {k} of the LSTM has no weight_ih_l{k} or weight_hh_l{k}"), k=k)
    unknown = sorted(set(roles) - set(shapes))
    if unknown:
        raise ModelImportError(N_("{unknown} belongs to a layer beyond the {l} the weight_ih keys name"),
                               unknown=unknown[0], l=L)
    return shapes


def _load(data, what):
    """Every tensor as a NumPy array, by the safetensors package (after header() has checked the file)."""
    try:
        import safetensors.numpy
        from safetensors import SafetensorError
    except ImportError as e:
        raise ModelImportError(N_("reading .safetensors files needs the safetensors package: pip install safetensors")) from e
    try:
        return safetensors.numpy.load(bytes(data))
    except (SafetensorError, ValueError, OSError) as e:
        raise ModelImportError(N_("{what} cannot be read as safetensors ({e})"), what=what, e=e) from e


def read_safetensors(data, what="the .safetensors file", keys=None):
    """Imported from the bytes of a state_dict saved with safetensors; keys: optional {role: key}."""
    tensors = header(data, what)
    roles = _roles(tensors, keys)
    if len(roles) > len(ROLES) or not set(roles) <= set(ROLES):
        raise ModelImportError(N_("unknown role {role!r}; roles: {roles}"),
                               role=sorted(set(roles) - set(ROLES))[0], roles=', '.join(ROLES))
    shapes = _expected(roles, tensors)
    for role, key in roles.items():
        dtype, shape, _ = tensors[key]
        if dtype not in DTYPES:
            hint = N_(" (bfloat16: convert with model.float() before saving)") if dtype == "BF16" else ""
            raise ModelImportError(N_("tensor {key!r} has dtype {dtype}; expected float16, float32 or float64{hint}"),
                                   key=key, dtype=dtype, hint=hint)
        if shape != shapes[role]:
            raise ModelImportError(N_("tensor {key!r} ({role}) has shape {shape}; expected {shapes}"),
                                   key=key, role=role, shape=shape, shapes=shapes[role])
    arrays = _load(data, what)
    get = {role: check_finite(key, arrays[key].astype("float64")) for role, key in roles.items()}
    L = sum(r.startswith("weight_ih_l") for r in roles)
    lstm = tuple(torch_layer(get[f"weight_ih_l{k}"], get[f"weight_hh_l{k}"], get.get(f"bias_ih_l{k}"),
                             get.get(f"bias_hh_l{k}")) for k in range(L))
    E, W_y = get.get("embedding.weight"), get["linear.weight"]
    b_y = get.get("linear.bias", 0.0 * W_y[:, 0])
    kind = input_kind(lstm[0].W.shape[2] - W_y.shape[1], W_y.shape[0], E is not None)
    names = tuple(roles[r] for r in ("embedding.weight", "weight_ih_l0", "linear.weight") if r in roles)
    return Imported("PyTorch", ".safetensors", kind, E, lstm, W_y, b_y, "linear", 0.0, names, "")
