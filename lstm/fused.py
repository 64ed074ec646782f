"""One LSTM layer over T steps and B streams, fast: the four gates fused into one (4H, H+X) matrix.

Same equations as lstm.cell.forward/backward (a test holds them equal to 1e-10), with z = [h_prev, x]:
    a = W·z + b;   f, i, o = σ(a_f, a_i, a_o);   C̃ = tanh(a_C);   C = f*C_prev + i*C̃;   h = o*tanh(C)
W: (4H, H+X) with rows f, i, C̃, o (blocks F, I, C, O below); x: (T, B, X) vectors, or (T, B) integer
indices of one-hot inputs; states (B, H). Batching is one more axis of the same arrays, so stream b of
a batch gets the numbers it gets alone. What makes it fast (the recursion itself cannot be vectorised):
- the input part W·[·, x] + b of every step is computed before the loop in one matmul, or for one-hot
  inputs looked up per step in a table of W's columns + b (exact: W·one_hot(v) IS column v);
- σ(a) = ½·tanh(a/2) + ½, and halving W's rows of f, i, o beforehand is exact (a power of two), so one
  tanh call serves all four gates;
- each step is one (B, H)·(H, 4H) matmul and elementwise work in place; the gates are kept gate by gate
  (T, 4, B, H), so every elementwise operation reads contiguous (B, H) blocks (strided ones run at half
  speed), and backward computes each step's local derivatives while that step is in the cache;
- a training loop passes a Workspace, so the ~150 MB of arrays an iteration of a book model needs are
  reused instead of allocated (and page-faulted) again every iteration.
A single stream multiplies in exactly the order of the per-step path, so its float64 numbers are those of
lstm.cell to the last bit (the teaching models are unchanged). Used by lstm.stack and lstm.series.
"""
from typing import NamedTuple

import numpy as np

F, I, C, O = 0, 1, 2, 3                       # gate blocks of W's rows and of gates[:, k]
SCALE = np.array([0.5, 0.5, 1.0, 0.5])        # a's scale per block: σ gates get a/2 (σ = ½·tanh(a/2) + ½), C̃ gets a


class Record(NamedTuple):
    """One layer's forward: what backward reads (the Traces of lstm.model are views of these arrays)."""
    x: np.ndarray        # (T, B, X) input vectors, or (T, B) int indices of one-hot inputs
    gates: np.ndarray    # (T, 4, B, H): f, i, C̃, o
    hs: np.ndarray       # (T+1, B, H): h0, then h_1 .. h_T (so h_prev of step t is hs[t])
    cs: np.ndarray       # (T+1, B, H): C0, then C_1 .. C_T
    tanh_c: np.ndarray   # (T, B, H): tanh(C_t), which backward needs again

    @property
    def h(self):
        return self.hs[1:]

    @property
    def c(self):
        return self.cs[1:]

    def parts(self, batched=True):
        """The arrays by course name (views): x, h0, c0, f, i, c_bar, c, o, h; (T, B, H) or, with
        batched=False, stream 0 as (T, H) (what a Trace of one text holds)."""
        b = slice(None) if batched else 0
        parts = {name: self.gates[:, k, b] for name, k in (("f", F), ("i", I), ("c_bar", C), ("o", O))}
        return dict(parts, x=self.x[:, b], h0=self.hs[0, b], c0=self.cs[0, b], c=self.cs[1:, b], h=self.hs[1:, b])


def record_of(layer):
    """A Record rebuilt from one layer's arrays (e.g. a Trace from run(), possibly cut short): f, i, c_bar, o,
    c, h of shape (T, H) or (T, B, H), h0, c0 (H,) or (B, H), x (T, X) or (T, B, X) / (T, B) indices."""
    batched = layer.h.ndim == 3
    add = (lambda a, axis=1: a) if batched else (lambda a, axis=1: np.expand_dims(a, axis))
    gates = np.stack([layer.f, layer.i, layer.c_bar, layer.o], axis=1)      # (T, 4, [B,] H)
    hs = np.concatenate([np.asarray(layer.h0)[None], layer.h])
    cs = np.concatenate([np.asarray(layer.c0)[None], layer.c])
    return Record(add(np.asarray(layer.x)), add(gates, 2), add(hs), add(cs), add(np.tanh(layer.c)))


class Grads(NamedTuple):
    """backward()'s result: ∂L/∂ of everything forward() read."""
    dW: np.ndarray       # (4H, H+X)
    db: np.ndarray       # (4H,)
    dx: np.ndarray       # (T, B, X), or None (one-hot indices, or need_dx=False)
    dh0: np.ndarray      # (B, H) ∂L/∂h0
    dc0: np.ndarray      # (B, H) ∂L/∂C0
    dh: np.ndarray       # (T, B, H) total ∂L/∂h_t with record=True, else None
    dc: np.ndarray       # (T, B, H) total ∂L/∂C_t with record=True, else None


class Workspace:
    """Arrays kept from one call to the next, by name (a layer gets its own: layer(l)).  Whatever a call
    computed into them is overwritten by the next call that uses the same workspace."""

    def __init__(self):
        self.arrays, self.layers = {}, {}

    def empty(self, name, shape, dtype):
        array = self.arrays.get(name)
        if array is None or array.shape != shape or array.dtype != dtype:
            array = self.arrays[name] = np.empty(shape, dtype)
        return array

    def layer(self, number):
        return self.layers.setdefault(number, Workspace())


def empty(ws, name, shape, dtype):
    """A fresh array, or workspace ws's array `name` (reused when shape and dtype match)."""
    return np.empty(shape, dtype) if ws is None else ws.empty(name, shape, dtype)


def zeros(ws, name, shape, dtype):
    array = empty(ws, name, shape, dtype)
    array.fill(0)
    return array


def forward(W, b, x, h0, c0, ws=None, keep_h=None, keep_c=None):
    """Run the layer over T steps.  W: (4H, H+X), b: (4H,), x: (T, B, X) or (T, B) ints, h0, c0: (B, H);
    ws: a Workspace or None.  Returns a Record.
    keep_h, keep_c: optional (H,) multipliers that switch units off (lstm.ablation): h = keep_h*o*tanh(C) is
    what the next step and the layer above see; C = f*(keep_c*C_prev) + i*C̃ (0: the unit keeps no memory).
    A run with them is for its outputs only: backward() does not know them."""
    T, (B, H), dtype = len(x), h0.shape, W.dtype
    half = np.repeat(SCALE, H).astype(dtype)
    W_half, b_half = W * half[:, None], b * half      # exact: a/2 in the σ rows costs nothing per step
    if x.dtype.kind in "iu":                          # one-hot: W·[·, one_hot(v)] + b is row v of this table
        table, a_x = np.ascontiguousarray(W_half[:, H:].T) + b_half, None
    else:                                             # W·[·, x] + b for every step at once
        a_x = np.matmul(x.reshape(T * B, -1), W_half[:, H:].T, out=empty(ws, "a_x", (T * B, 4 * H), dtype))
        a_x += b_half
        a_x = a_x.reshape(T, B, 4 * H)
    gates = empty(ws, "gates", (T, 4, B, H), dtype)
    hs, cs = empty(ws, "hs", (T + 1, B, H), dtype), empty(ws, "cs", (T + 1, B, H), dtype)
    hs[0], cs[0] = h0, c0
    tanh_c = empty(ws, "tanh_c", (T, B, H), dtype)
    # one float64 stream (the teaching models, the gradient checks) keeps W_h's layout, so its numbers stay
    # those of the per-step path and of the shipped teaching checkpoints bit for bit; a batch or a float32
    # (book) model multiplies by a contiguous copy of W_hᵀ, which BLAS runs ~25% (batch) to 2x (one stream:
    # H = 256, 26 -> 12 µs a step) faster, at the price of another summation order (last bits)
    Wh_T = W_half[:, :H].T if B == 1 and dtype == np.float64 else np.ascontiguousarray(W_half[:, :H].T)
    half_ = dtype.type(0.5)
    a, a_in, ic = np.empty((B, 4 * H), dtype), np.empty((B, 4 * H), dtype), np.empty((B, H), dtype)
    for t in range(T):
        g = gates[t]
        np.matmul(hs[t], Wh_T, out=a)                 # W_h·h_prev for every stream
        a += a_x[t] if a_x is not None else np.take(table, x[t], axis=0, out=a_in, mode="clip")
        # a = W·z + b  (halved in the σ rows)
        np.tanh(a.reshape(B, 4, H).transpose(1, 0, 2), out=g)   # gate by gate: (4, B, H); C̃ = tanh(a)
        for sigma in (g[F:C], g[O]):                  # f, i, o = ½·tanh(a/2) + ½ = σ(a)
            sigma *= half_
            sigma += half_
        np.multiply(g[F], cs[t] if keep_c is None else keep_c * cs[t], out=cs[t + 1])   # C = f*C_prev + i*C̃
        cs[t + 1] += np.multiply(g[I], g[C], out=ic)
        np.tanh(cs[t + 1], out=tanh_c[t])
        np.multiply(g[O], tanh_c[t], out=hs[t + 1])   # h = o*tanh(C)
        if keep_h is not None:
            hs[t + 1] *= keep_h
    return Record(x, gates, hs, cs, tanh_c)


def local_derivatives(g, c_prev, tanh_c, dC_da, dh_da_o, dh_dC, u):
    """One step's parts of the chain rule that do not depend on the recursion, from its gates g (4, B, H):
    into dC_da (3, B, H) ∂C/∂a_f = C_prev·f(1-f), ∂C/∂a_i = C̃·i(1-i), ∂C/∂a_C = i(1-C̃²); dh_da_o = ∂h/∂a_o =
    tanh(C)·o(1-o) and dh_dC = ∂h/∂C = o(1-tanh²C), (B, H); u (4, B, H) is scratch.  The products of
    lstm.cell.backward in its order (same bits)."""
    (f, i, c_bar, o), (d_f, d_i, d_c) = g, dC_da
    np.subtract(1, g[F:C], out=u[F:C])                # 1-f, 1-i
    np.subtract(1, o, out=u[O])                       # 1-o
    np.multiply(np.multiply(c_prev, f, out=d_f), u[F], out=d_f)
    np.multiply(np.multiply(c_bar, i, out=d_i), u[I], out=d_i)
    np.multiply(i, np.subtract(1, np.square(c_bar, out=u[C]), out=u[C]), out=d_c)
    np.multiply(np.multiply(tanh_c, o, out=dh_da_o), u[O], out=dh_da_o)
    np.multiply(o, np.subtract(1, np.square(tanh_c, out=dh_dC), out=dh_dC), out=dh_dC)


def backward(W, rec, dh_out, dh_last=None, dc_last=None, record=False, need_dx=True, ws=None):
    """BPTT through forward()'s record.  dh_out: (T, B, H) = ∂L/∂h_t from above (output layer or next
    layer); dh_last, dc_last: (B, H) optional extra ∂L/∂h, ∂L/∂C at the last step (e.g. a seed for
    ∂C_T[j]/∂x_s).  Returns Grads; dx only for input vectors and need_dx, dh/dc only with record=True.
    ws: a Workspace (the one forward used is fine) or None."""
    T, _, B, H = rec.gates.shape
    # a contiguous copy of the (4H, H) block: the same products in the same order (same bits), ~2x faster
    # per step than reading it in place with W's row stride H + X
    dtype, W_h = rec.gates.dtype, np.ascontiguousarray(W[:, :H])
    da = empty(ws, "da", (T, B, 4, H), dtype)         # rows of (B, 4H): what the matmuls read
    dh_next = np.zeros((B, H), dtype) if dh_last is None else np.array(dh_last, dtype=dtype).reshape(B, H)
    dc_next = np.zeros((B, H), dtype) if dc_last is None else np.array(dc_last, dtype=dtype).reshape(B, H)
    dh_all, dc_all = (np.empty((T, B, H), dtype), np.empty((T, B, H), dtype)) if record else (None, None)
    dh, dc, u = (np.empty(shape, dtype) for shape in ((B, H), (B, H), (4, B, H)))
    dC_da, dh_da_o, dh_dC = np.empty((3, B, H), dtype), np.empty((B, H), dtype), np.empty((B, H), dtype)
    for t in range(T - 1, -1, -1):
        g = rec.gates[t]
        local_derivatives(g, rec.cs[t], rec.tanh_c[t], dC_da, dh_da_o, dh_dC, u)
        np.add(dh_out[t], dh_next, out=dh)
        np.multiply(dh, dh_dC, out=dc)                # C reaches L through h_t ...
        dc += dc_next                                 # ... and through C_{t+1}
        if record:
            dh_all[t], dc_all[t] = dh, dc
        da_t = da[t].transpose(1, 0, 2)               # (4, B, H) view, written in runs of H
        np.multiply(dc, dC_da, out=da_t[:O])          # ∂L/∂a of the f, i, C̃ rows
        np.multiply(dh, dh_da_o, out=da_t[O])         # ∂L/∂a of the o rows
        np.multiply(dc, g[F], out=dc_next)            # C_prev reaches C through f
        np.matmul(da[t].reshape(B, 4 * H), W_h, out=dh_next)   # h_prev reaches every gate through W_h
    return _weight_grads(W, rec, da, dh_next, dc_next, dh_all, dc_all, need_dx, ws)


def _weight_grads(W, rec, da, dh0, dc0, dh_all, dc_all, need_dx, ws):
    """∂L/∂W = Σ_t da_t·z_tᵀ with z_t = [h_prev, x_t]; ∂L/∂b = Σ_t da_t; ∂L/∂x_t = W_xᵀ·da_t."""
    T, B, _, H = da.shape
    da = da.reshape(T * B, 4 * H)
    h_prev = rec.hs[:-1].reshape(T * B, H)
    if rec.x.dtype.kind in "iu":                      # one-hot input: z_t = [h_prev, one_hot(v_t)]
        dW = np.empty_like(W)
        dW[:, :H] = da.T @ h_prev
        sums = _column_sums(da, rec.x.reshape(-1), W.shape[1] - H)
        dW[:, H:] = sums.T
        return Grads(dW, sums.sum(axis=0), None, dh0, dc0, dh_all, dc_all)   # Σ_t da_t, symbol by symbol
    else:
        z = np.concatenate([h_prev, rec.x.reshape(T * B, -1)], axis=1,    # z = [h_prev, x]: (T·B, H+X)
                           out=empty(ws, "z", (T * B, W.shape[1]), W.dtype))
        dW = da.T @ z
        dx = np.matmul(da, W[:, H:], out=empty(ws, "dx", (T * B, W.shape[1] - H), W.dtype)) if need_dx else None
        dx = None if dx is None else dx.reshape(T, B, -1)
    return Grads(dW, da.sum(axis=0), dx, dh0, dc0, dh_all, dc_all)


def _column_sums(da, symbols, X):
    """(X, 4H): row v = Σ of da's rows whose input symbol is v, i.e. (∂L/∂W_x)ᵀ for one-hot inputs.  Summing
    each symbol's rows is ~4x faster than the (X, T·B)·(T·B, 4H) one-hot matmul it equals (one 1 per row)."""
    order = np.argsort(symbols, kind="stable")
    bounds = np.searchsorted(symbols[order], np.arange(X + 1))
    sums = np.empty((X, da.shape[1]), da.dtype)
    for v in range(X):
        np.sum(da[order[bounds[v]:bounds[v + 1]]], axis=0, out=sums[v])
    return sums
