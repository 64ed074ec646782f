"""Numerically stable elementwise functions shared by the cells and the models.

sigmoid, softmax and log_softmax never overflow for any finite input; everything is float64.
"""
import numpy as np


def sigmoid(a):
    """σ(a) = 1 / (1 + e^(-a)), written as ½(1 + tanh(a/2)) so no exp can overflow."""
    return 0.5 * (1.0 + np.tanh(0.5 * a))


def log_softmax(logits):
    """log softmax over the last axis; subtracting the max keeps exp() ≤ 1.  logits: (..., V)."""
    shifted = logits - logits.max(axis=-1, keepdims=True)
    return shifted - np.log(np.exp(shifted).sum(axis=-1, keepdims=True))


def softmax(logits):
    """y = softmax(logits) over the last axis.  logits: (..., V) -> (..., V), rows sum to 1."""
    shifted = logits - logits.max(axis=-1, keepdims=True)
    e = np.exp(shifted)
    return e / e.sum(axis=-1, keepdims=True)
