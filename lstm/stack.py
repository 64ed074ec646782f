"""Stacked LSTM layers on the fused path: forward bottom-up, BPTT top-down, dropout between layers.

Layer l >= 2 reads h of layer l-1 (times its dropout mask when training), so on the way back a layer's
∂L/∂x is the ∂L/∂h from above of the layer below. Each layer is one lstm.fused call over all T steps and
B streams. Used by lstm.model for every LSTM on the fused path (one layer included).
"""
import numpy as np

from . import fused
from .messages import InputError, N_


def forward(model, x, h0, c0, masks=None, ws=None, keep=None, first=1):
    """(every layer's fused.Record bottom first, what W_y reads: the top layer's h times its dropout mask).
    x: (T, B, X) vectors or (T, B) one-hot indices;
    h0, c0: (L, B, H); masks: None or one dropout mask per layer output, (T, B, H) or (T, H);
    ws: a fused.Workspace or None;
    keep: None or {layer: (keep_h, keep_c)}, units switched off in that layer (see fused.forward);
    first: the layer to start at, x then being its input, (T, B, H): the h of layer first-1 from a run whose
    layers below are the same (an ablation above them changes nothing below). Records from `first` up."""
    records = []
    for layer in range(first, model.L + 1):
        W, b = model.fused_W(layer=layer), model.fused_b(layer=layer)
        own = None if ws is None else ws.layer(layer)
        keep_h, keep_c = (keep or {}).get(layer, (None, None))
        rec = fused.forward(W, b, x, h0[layer - 1], c0[layer - 1], own, keep_h, keep_c)
        records.append(rec)
        x = rec.h if masks is None else np.multiply(rec.h, masks[layer - 1].reshape(rec.h.shape),
                                                    out=fused.empty(own, "dropped", rec.h.shape, rec.h.dtype))
    return tuple(records), x


def dropout_masks(model, shape, rng, ws=None):
    """One inverted-dropout mask per layer output, shape + (H,) e.g. (T, B, H): 0 with probability p, else
    1/(1-p), so the expected input of the next layer is unchanged.  rng: a numpy Generator (same seed,
    same masks); ws: a fused.Workspace to draw into, or None."""
    p, shape, masks = model.config.dropout, tuple(shape) + (model.H,), []
    for layer in range(1, model.L + 1):
        own = None if ws is None else ws.layer(layer)
        u = rng.random(shape, dtype=model.dtype, out=fused.empty(own, "uniform", shape, model.dtype))
        keep = np.greater_equal(u, p, out=fused.empty(own, "keep", shape, bool))
        masks.append(np.multiply(keep, model.dtype.type(1 / (1 - p)), out=u))
    return tuple(masks)


def backward(model, records, dh_out, grad, record=False, dh_last=None, dc_last=None, masks=None, need_dx=True,
             ws=None):
    """Top layer down through each layer's fused.backward, writing ∂L/∂W, ∂L/∂b into grad (flat, theta's
    layout).  dh_out: (T, H) or (T, B, H) = ∂L/∂h of the top layer from W_y (already masked).
    Returns (dx of layer 1's input or None, every layer's dh and dC with record=True else None, None)."""
    batched = dh_out.ndim == 3
    squeeze = (lambda a: a) if batched else (lambda a: None if a is None else a[:, 0])
    seeds_h, seeds_c = seeds(model, dh_last, records), seeds(model, dc_last, records)
    dh_l, dc_l = [None] * model.L, [None] * model.L
    for layer in range(model.L, 0, -1):
        out = fused.backward(model.fused_W(layer=layer), records[layer - 1],
                             dh_out if batched else dh_out[:, None], seeds_h[layer - 1], seeds_c[layer - 1],
                             record, need_dx or layer > 1, None if ws is None else ws.layer(layer))
        model.fused_W(grad, layer)[...], model.fused_b(grad, layer)[...] = out.dW, out.db
        dh_l[layer - 1], dc_l[layer - 1] = squeeze(out.dh), squeeze(out.dc)
        dx = squeeze(out.dx)
        if layer > 1:                                   # layer l's input was h of layer l-1 (masked)
            dh_out = dx if masks is None else np.multiply(dx, masks[layer - 2].reshape(dx.shape), out=dx)
    return dx, (tuple(dh_l) if record else None), (tuple(dc_l) if record else None)


def seeds(model, value, records):
    """dh_last / dc_last as one entry per layer: None or that layer's (B, H).  A value the size of one
    layer's state ((H,) or (B, H)) seeds the top layer; (L, H) or (L, B, H) seeds each layer."""
    if value is None:
        return [None] * model.L
    B, H = records[-1].hs.shape[1], model.H
    value = np.asarray(value, dtype=model.dtype)
    if value.size == B * H:
        return [None] * (model.L - 1) + [value.reshape(B, H)]
    if value.size != model.L * B * H:
        raise InputError(N_("a last-step seed has shape {shape}; expected one row of H = {h} per layer (L = "
                            "{layers}){which}"), shape=value.shape, h=H, layers=model.L, which=N_(' and stream') if B > 1 else '')
    return list(value.reshape(model.L, B, H))
