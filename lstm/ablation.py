"""Ablation: switch one unit off during the run and measure how much the loss rises, where.

Correlation (lstm.neurons) says a unit's value follows a property; ablation tests whether the model USES
the unit for it: the whole text is run again with the unit silenced, and the rise of the per-character loss
-ln y[target] is compared on the characters with the property and on the others.

- h: the unit's h is set to 0 at every step, so neither the output layer nor the next step sees it
  (h = 0·o·tanh(C)); the unit is effectively removed.
- C (LSTM only): the unit's memory is cleared before every step, C = f·0 + i·C̃, so it remembers nothing
  from one character to the next (h still shows what it writes at the step itself).
Used by the Find the neuron page; numpy only. Model.forward(keep={layer: (keep_h, keep_c)}) does the silencing
(the same fused LSTM, one multiplier more), in any layer of a stacked model (default: the top one, whose
Trace the pages draw).
"""
from typing import NamedTuple

import numpy as np

from . import stack
from .messages import InputError, N_
from .ops import log_softmax

NOTICEABLE = 0.05     # nats per character: a smaller mean rise counts as "hardly matters" (~5% in probability)
SPECIFIC_RATIO = 2.0  # "matters for the property": the rise there is at least twice the rise elsewhere


class Ablation(NamedTuple):
    quantity: str            # "h" or "c"
    unit: int
    loss: np.ndarray         # (T,) -ln y[target] of the intact model; NaN at the last step (no target)
    ablated: np.ndarray      # (T,) the same with the unit switched off
    holds: np.ndarray        # (T,) bool: the property holds after reading character t (value > 0)
    applies: np.ndarray      # (T,) bool: the property is defined there and the step has a target
    rise_with: float         # mean of ablated - loss over the steps where the property holds (nats/char)
    rise_without: float      # the same where it does not; NaN when there are no such steps
    n_with: int
    n_without: int
    kind: str                # "specific" | "general" | "none" | "undefined" (see verdict())

    @property
    def rise(self):
        """(T,) loss rise per character (nats); NaN where there is no target."""
        return self.ablated - self.loss


def keep_mask(H, unit):
    """(H,) ones with a 0 at `unit`: the multiplier that switches that unit off."""
    if not 0 <= unit < H:
        raise InputError(N_("unit must be in 0..{last_h}, got {unit}"), last_h=H - 1, unit=unit)
    keep = np.ones(H)
    keep[unit] = 0.0
    return keep


def ablated_run(model, text_or_indices, quantity, unit, layer=None):
    """The model's (top-layer) Trace on the text with one unit's h (quantity "h") or memory C ("c") of
    `layer` (default: the top layer) switched off; its loss is the model's loss with that unit off."""
    if quantity not in ("h", "c"):
        raise InputError(N_("quantity must be 'h' or 'c', got {quantity!r}"), quantity=quantity)
    inputs = model.encode(text_or_indices)
    if len(inputs) == 0:
        raise InputError(N_("nothing to run: the text is empty"))
    keep = keep_mask(model.H, unit)
    targets = np.append(inputs[1:], -1)
    layer = getattr(model, "L", 1) if layer is None else layer
    return model.forward(inputs, targets, keep={layer: (keep, None) if quantity == "h" else (None, keep)})[0]


def _ablated_loss(model, inputs, quantity, unit, layer, base):
    """(T,) -ln y[target] with the unit off, as ablated_run(...).loss. With `base` (the intact run's Trace of
    the same inputs) and a stacked LSTM, the layers below `layer` are not run again: they are unchanged, so
    the run starts at `layer` from base's h of the layer below (a book model's top layer: half the work)."""
    if base is None or layer == 1 or model.kind != "lstm" or base.T != len(inputs):
        return ablated_run(model, inputs, quantity, unit, layer).loss
    keep = keep_mask(model.H, unit)
    below = np.asarray(base.layers[layer - 2].h, dtype=model.dtype)[:, None, :]      # (T, 1, H)
    zeros = np.zeros((model.L, 1, model.H), model.dtype)
    _records, top = stack.forward(model, below, zeros, zeros, keep={layer: (keep, None) if quantity == "h"
                                                                    else (None, keep)}, first=layer)
    logp = log_softmax(model.output(top[:, 0]))
    targets = np.append(inputs[1:], -1)
    loss = np.full(len(inputs), np.nan)
    loss[:-1] = -logp[np.arange(len(inputs) - 1), targets[:-1]]
    return loss


def verdict(rise_with, rise_without, n_with, n_without):
    """"specific": the rise where the property holds is noticeable and ≥ SPECIFIC_RATIO × the rise elsewhere;
    "general": noticeable, but not specific to the property; "none": below NOTICEABLE on both sides;
    "undefined": one of the two groups of characters is empty."""
    if n_with == 0 or n_without == 0:
        return "undefined"
    if max(rise_with, rise_without) < NOTICEABLE:
        return "none"
    if rise_with >= NOTICEABLE and rise_with >= SPECIFIC_RATIO * max(rise_without, 0.0):
        return "specific"
    return "general"


def ablate(model, text_or_indices, values, quantity, unit, layer=None, base=None, above=0.0):
    """Run the text intact and with the unit off; compare the loss rise where the property holds vs not.

    values: (T,) the property after each character (lstm.neurons.property_values; NaN = does not apply;
    a value > above counts as "holds": with above = 0, inside quotes, depth ≥ 1; for a count that is > 0
    almost everywhere, such as the position in the line, lstm.neurons.holds_above gives its median);
    base: model.run(text_or_indices) if the caller has it (a page does: its Trace), else it is run here.
    Returns an Ablation.
    """
    if quantity not in ("h", "c"):
        raise InputError(N_("quantity must be 'h' or 'c', got {quantity!r}"), quantity=quantity)
    base = model.run(text_or_indices) if base is None else base
    layer = getattr(model, "L", 1) if layer is None else layer
    off_loss = _ablated_loss(model, model.encode(text_or_indices), quantity, unit, layer, base)
    values = np.asarray(values, dtype=float)
    if values.shape != base.loss.shape:
        raise InputError(N_("the property has {size} values for {t} characters"), size=values.size, t=base.T)
    applies = np.isfinite(values) & np.isfinite(base.loss)
    holds = applies & (np.nan_to_num(values) > above)
    rise = off_loss - base.loss
    with_, without = holds, applies & ~holds
    rise_with = float(rise[with_].mean()) if with_.any() else float("nan")
    rise_without = float(rise[without].mean()) if without.any() else float("nan")
    n_with, n_without = int(with_.sum()), int(without.sum())
    return Ablation(quantity, int(unit), base.loss, off_loss, holds, applies, rise_with, rise_without,
                    n_with, n_without, verdict(rise_with, rise_without, n_with, n_without))
