"""Optimizers and gradient clipping on flat parameter vectors (model.theta, LossGrads.grad).

Each optimizer keeps its own state arrays and updates theta in place with step(theta, grad):
    SGD:     p -= lr·g
    AdaGrad: m += g²;  p -= lr·g / sqrt(m + 1e-8)          (the course's)
    Adam:    m = β1·m + (1-β1)·g;  v = β2·v + (1-β2)·g²;  p -= lr·m̂ / (sqrt(v̂) + ε)
Used by lstm.train.
"""
import math

import numpy as np

from .messages import InputError, N_


def clip_by_value(grad, limit):
    """Clip every gradient entry to [-limit, limit] in place (the course clips to [-1, 1])."""
    np.clip(grad, -limit, limit, out=grad)
    return grad


def clip_by_global_norm(grad, max_norm):
    """Scale grad in place so that ||grad||₂ ≤ max_norm.  Returns the norm before clipping."""
    norm = float(np.sqrt(np.dot(grad, grad)))
    if norm > max_norm:
        grad *= max_norm / norm
    return norm


def check_lr(lr):
    if isinstance(lr, bool) or not (isinstance(lr, (int, float, np.floating, np.integer)) and math.isfinite(lr) and lr > 0):
        raise InputError(N_("learning rate must be a positive finite number, got {lr!r}"), lr=lr)
    return float(lr)


class SGD:
    """Plain gradient descent: p -= lr·g."""

    def __init__(self, size, lr=0.1):
        self.lr = check_lr(lr)

    def step(self, theta, grad):
        theta -= self.lr * grad


class AdaGrad:
    """The course's AdaGrad: m += g²; p -= lr·g / sqrt(m + eps)."""

    def __init__(self, size, lr=0.1, eps=1e-8):
        self.lr, self.eps = check_lr(lr), eps
        self.m = np.zeros(size)

    def step(self, theta, grad):
        self.m += grad * grad
        theta -= self.lr * grad / np.sqrt(self.m + self.eps)


class Adam:
    """Adam (Kingma & Ba 2015) with bias correction.  dtype: of theta (float32 for book models).

    In place in two scratch arrays: a book model's ~10^6 parameters would otherwise allocate ~8
    temporaries per step. The products and sums are the formula's, in its order (same bits)."""

    def __init__(self, size, lr=0.01, beta1=0.9, beta2=0.999, eps=1e-8, dtype=np.float64):
        self.lr, self.beta1, self.beta2, self.eps = check_lr(lr), beta1, beta2, eps
        self.m, self.v, self.t = np.zeros(size, dtype), np.zeros(size, dtype), 0
        self._a, self._b = np.empty(size, dtype), np.empty(size, dtype)

    def step(self, theta, grad):
        self.t += 1
        m, v, a, b = self.m, self.v, self._a, self._b
        m *= self.beta1                                  # m = β1·m + (1-β1)·g
        m += np.multiply(1 - self.beta1, grad, out=a)
        v *= self.beta2                                  # v = β2·v + (1-β2)·g²
        v += np.multiply(np.multiply(1 - self.beta2, grad, out=a), grad, out=a)
        np.divide(m, 1 - self.beta1 ** self.t, out=a)   # m̂
        a *= self.lr
        np.sqrt(np.divide(v, 1 - self.beta2 ** self.t, out=b), out=b)   # sqrt(v̂)
        b += self.eps
        theta -= np.divide(a, b, out=a)                  # p -= lr·m̂ / (sqrt(v̂) + ε)


OPTIMIZERS = {"sgd": SGD, "adagrad": AdaGrad, "adam": Adam}


def make(name, size, lr, dtype=np.float64):
    """An optimizer by name ('sgd', 'adagrad', 'adam') for a flat vector of `size` parameters of dtype."""
    if name not in OPTIMIZERS:
        raise InputError(N_("unknown optimizer {name!r}: use one of {optimizers}"),
                         name=name, optimizers=', '.join(OPTIMIZERS))
    return Adam(size, lr=lr, dtype=dtype) if name == "adam" else OPTIMIZERS[name](size, lr=lr)
