"""The LSTM over a whole sequence, fast: the four gates fused into one (4H, H+X) matrix.

Same equations as lstm.cell.forward/backward (a test holds them equal to 1e-10), but the input
projection for all steps is one matmul and each step does one (4H, H) matmul. Rows of the fused
W and of the gate arrays are in the course's order f, i, C̃, o (blocks F, I, C, O below).
Used by lstm.model for run() and training.
"""
import numpy as np

F, I, C, O = 0, 1, 2, 3                     # gate blocks of W (4H, H+X) and of gates (T, 4, H)
# σ(a) = ½·tanh(a/2) + ½ and tanh(a) = 1·tanh(a) + 0: one tanh call serves all four gates
SCALE = np.array([0.5, 0.5, 1.0, 0.5])[:, None]
SHIFT = np.array([0.5, 0.5, 0.0, 0.5])[:, None]


def forward(W, b, x, h0, c0):
    """Run the LSTM over T steps.  W: (4H, H+X), b: (4H,), x: (T, X), h0, c0: (H,).

    Returns gates: (T, 4, H) holding f, i, C̃, o per step, and c, h: (T, H).
    """
    T, H = len(x), len(h0)
    W_h = W[:, :H]                                      # acts on h_prev
    a_x = (x @ W[:, H:].T + b).reshape(T, 4, H)         # W·[·, x] + b for every step at once
    gates, c, h = np.empty((T, 4, H)), np.empty((T, H)), np.empty((T, H))
    h_t, c_t = h0, c0
    for t in range(T):
        a = a_x[t] + (W_h @ h_t).reshape(4, H)          # a = W·z + b, z = [h_prev, x]
        g = np.tanh(a * SCALE) * SCALE + SHIFT          # f, i, o = σ(a); C̃ = tanh(a)
        c_t = g[F] * c_t + g[I] * g[C]                  # C = f*C_prev + i*C̃
        h_t = g[O] * np.tanh(c_t)                       # h = o*tanh(C)
        gates[t], c[t], h[t] = g, c_t, h_t
    return gates, c, h


def backward(W, x, h0, c0, gates, c, h, dh_out, record=False, dh_last=None, dc_last=None):
    """BPTT through forward()'s record.  dh_out: (T, H) = ∂L/∂h_t from the output layer;
    dh_last, dc_last: (H,) optional extra ∂L/∂h, ∂L/∂C at the last step (e.g. a seed for ∂C_T[j]/∂x_s).

    Returns dW: (4H, H+X), db: (4H,), dx: (T, X), dh0, dc0: (H,), and with record=True also
    dh, dC: (T, H), the total ∂L/∂h_t and ∂L/∂C_t at every step (for the gradient pages).
    """
    T, _, H = gates.shape
    f, i, c_bar, o = gates[:, F], gates[:, I], gates[:, C], gates[:, O]
    c_prev = np.vstack([c0[None], c[:-1]])
    tanh_c = np.tanh(c)
    # parts of the chain rule that do not depend on the recursion, for all steps at once
    dC_da = np.stack([c_prev * f * (1 - f),             # ∂C/∂a_f
                      c_bar * i * (1 - i),              # ∂C/∂a_i
                      i * (1 - c_bar ** 2)], axis=1)    # ∂C/∂a_C
    dh_da_o = tanh_c * o * (1 - o)                      # ∂h/∂a_o
    dh_dC = o * (1 - tanh_c ** 2)                       # ∂h/∂C
    W_h = W[:, :H]
    da = np.empty((T, 4, H))
    dh_next = np.zeros(H) if dh_last is None else np.asarray(dh_last, dtype=np.float64).reshape(H)
    dc_next = np.zeros(H) if dc_last is None else np.asarray(dc_last, dtype=np.float64).reshape(H)
    dh_all, dc_all = (np.empty((T, H)), np.empty((T, H))) if record else (None, None)
    for t in range(T - 1, -1, -1):
        dh = dh_out[t] + dh_next
        dc = dc_next + dh * dh_dC[t]
        if record:
            dh_all[t], dc_all[t] = dh, dc
        da[t, :O] = dc * dC_da[t]
        da[t, O] = dh * dh_da_o[t]
        dc_next = dc * f[t]                             # C_prev reaches C through f
        dh_next = da[t].reshape(4 * H) @ W_h            # h_prev reaches every gate through W_h
    da = da.reshape(T, 4 * H)
    z = np.hstack([np.vstack([h0[None], h[:-1]]), x])   # z_t = [h_prev, x_t]: (T, H+X)
    grads = (da.T @ z, da.sum(axis=0), da @ W[:, H:], dh_next, dc_next)
    return grads + (dh_all, dc_all) if record else grads
