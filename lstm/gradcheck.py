"""Finite-difference gradient check of every backward pass in lstm (run: python -m lstm check).

Each analytic gradient is compared with central differences in float64,
    ∂L/∂p_j ≈ (L(p + ε·e_j) − L(p − ε·e_j)) / 2ε,   ε = 1e-5,
on small seeded random shapes, for: one step of each cell (lstm.cell forward/backward, rnn_*,
gru_*: every parameter and dx, dh_prev, dc_prev) and full-sequence BPTT via Model.loss_and_grads
(LSTM fused and per-step, RNN, GRU, LSTM with a learned embedding; nonzero h0, C0; every entry of theta),
and the book-scale LSTM: a batch of streams, 2 and 3 stacked layers, dropout with fixed masks, scaled input.

Relative error of one named array (num, ana: all its entries):
    rel = max_j |num_j − ana_j| / max(max_j |num_j| + max_j |ana_j|, 1e-8)
i.e. the worst entry's error measured against the array's gradient scale. (An entrywise ratio would
call finite-difference noise on an entry whose true gradient is ~1e-9 a "failure"; this does not,
but still fails if any entry is wrong by more than a millionth of the array's largest gradient.)
Everything passes when every rel < TOLERANCE = 1e-6. Used by the test suite and `python -m lstm check`.
"""
import argparse

import numpy as np

from .cell import CELLS
from .model import ModelConfig, create, named_views
from .vocab import Vocabulary

EPS = 1e-5          # central differences: truncation error ~ ε², rounding ~ 1e-16/ε
TOLERANCE = 1e-6


def relative_error(num, ana):
    """max_j |num_j − ana_j| / max(max|num| + max|ana|, 1e-8) over all entries of one array."""
    num, ana = np.asarray(num, dtype=np.float64), np.asarray(ana, dtype=np.float64)
    if num.size == 0:
        return 0.0
    scale = max(np.abs(num).max() + np.abs(ana).max(), 1e-8)
    return float(np.abs(num - ana).max() / scale)


def numeric_grad(loss, array, eps=EPS):
    """Central differences of loss() w.r.t. every entry of array, perturbed in place and restored."""
    grad = np.zeros_like(array)
    flat, gflat = array.reshape(-1), grad.reshape(-1)    # views: perturbing flat perturbs array
    for j in range(flat.size):
        old = flat[j]
        flat[j] = old + eps
        up = loss()
        flat[j] = old - eps
        down = loss()
        flat[j] = old
        gflat[j] = (up - down) / (2 * eps)
    return grad


def _random_cell_params(kind, rng, X, H):
    """Weights and biases of one cell, all ~ N(0, 0.5²) so no gate is saturated or trivially zero."""
    gates = CELLS[kind][2]
    params = {f"W_{g}": rng.normal(0, 0.5, (H, H + X)) for g in gates}
    params.update({f"b_{g}": rng.normal(0, 0.5, H) for g in gates})
    return params


def check_cell(kind, seed=0, B=3, X=4, H=5):
    """One step of cell `kind` ('lstm', 'rnn', 'gru') on random x (B, X), h_prev, C_prev (B, H).

    Loss L = Σ A_h*h + Σ A_c*C (random A_h, A_c), so backward gets dh = A_h, dC = A_c, both nonzero.
    Returns {name: rel}: every parameter, and dx, dh_prev (and dc_prev for the LSTM).
    """
    rng = np.random.default_rng(seed)
    step, step_back, _ = CELLS[kind]
    params = _random_cell_params(kind, rng, X, H)
    inputs = {"x": rng.normal(size=(B, X)), "h_prev": rng.normal(size=(B, H)), "c_prev": rng.normal(size=(B, H))}
    A_h, A_c = rng.normal(size=(B, H)), rng.normal(size=(B, H))

    def loss():
        h, c, _ = step(params, inputs["x"], inputs["h_prev"], inputs["c_prev"])
        return float((A_h * h).sum() + ((A_c * c).sum() if c is not None else 0.0))

    _, _, cache = step(params, inputs["x"], inputs["h_prev"], inputs["c_prev"])
    dx, dh_prev, dc_prev, grads = step_back(params, A_h, A_c, cache)
    analytic = dict(grads, x=dx, h_prev=dh_prev)
    if kind == "lstm":
        analytic["c_prev"] = dc_prev
    errors = {}
    for name, ana in analytic.items():
        array = params[name] if name in params else inputs[name]
        errors[name] = relative_error(numeric_grad(loss, array), ana)
    return errors


def check_model(kind, seed=0, fused_path=True, embed_dim=0, T=6, H=4, text="abcde", layers=1, B=None,
                scaled_input=False, dropout=0.0):
    """Full-sequence BPTT of Model.loss_and_grads vs central differences on every entry of theta.

    A model of `kind` with hidden size H and `layers` layers over the symbols of `text`, all of theta
    ~ N(0, 0.5²), random inputs/targets (T,) — or (T, B) for a batch of B streams — with one target -1
    (no prediction), random nonzero h0, C0 per layer (and stream); dropout > 0 draws one set of masks and
    holds it fixed (the loss is then a smooth function of theta). Returns {name: rel} for model.params.
    """
    rng = np.random.default_rng(seed)
    vocab = Vocabulary.from_text(text)
    config = ModelConfig(kind=kind, hidden=H, embed_dim=embed_dim, seed=seed, layers=layers,
                         scaled_input=scaled_input, dropout=dropout)
    model = create(vocab, config)
    model.theta[...] = rng.normal(0, 0.5, model.theta.size)
    shape = (T,) if B is None else (T, B)
    inputs = rng.integers(0, len(vocab), shape)
    targets = rng.integers(0, len(vocab), shape)
    targets[T // 2] = -1
    state = (layers,) + (() if B is None else (B,)) + (H,)
    h0, c0 = rng.normal(0, 0.5, state), rng.normal(0, 0.5, state)
    masks = model.dropout_masks(shape, rng) if dropout else None

    def loss():
        return model.loss_and_grads(inputs, targets, h0, c0, fused_path=fused_path, masks=masks).loss

    analytic = model.loss_and_grads(inputs, targets, h0, c0, fused_path=fused_path, masks=masks).grads
    numeric = numeric_grad(loss, model.theta)
    num_views = named_views(numeric, model.shapes)             # same layout as theta
    return {name: relative_error(num_views[name], analytic[name]) for name in model.params}


# (label, function, keyword arguments) of every check run by check_all()
CHECKS = [("cell lstm", check_cell, {"kind": "lstm"}),
          ("cell rnn", check_cell, {"kind": "rnn"}),
          ("cell gru", check_cell, {"kind": "gru"}),
          ("bptt lstm fused", check_model, {"kind": "lstm", "fused_path": True}),
          ("bptt lstm per-step", check_model, {"kind": "lstm", "fused_path": False}),
          ("bptt rnn", check_model, {"kind": "rnn"}),
          ("bptt gru", check_model, {"kind": "gru"}),
          ("bptt lstm + embedding (D=3)", check_model, {"kind": "lstm", "embed_dim": 3}),
          ("bptt gru + embedding (D=3)", check_model, {"kind": "gru", "embed_dim": 3}),
          ("bptt lstm, batch of 3 streams", check_model, {"kind": "lstm", "B": 3}),
          ("bptt lstm, 2 layers", check_model, {"kind": "lstm", "layers": 2}),
          ("bptt lstm, 3 layers, batch of 2", check_model, {"kind": "lstm", "layers": 3, "B": 2}),
          ("bptt lstm, 2 layers, dropout 0.3 (fixed masks), batch of 2", check_model,
           {"kind": "lstm", "layers": 2, "B": 2, "dropout": 0.3}),
          ("bptt lstm, scaled input (X=1)", check_model, {"kind": "lstm", "scaled_input": True}),
          ("bptt lstm + embedding (D=3), 2 layers, batch of 2", check_model,
           {"kind": "lstm", "embed_dim": 3, "layers": 2, "B": 2})]


def check_all(seed=0):
    """Every check in CHECKS -> [(what, array name, relative error)]."""
    return [(label, name, err) for label, fn, kwargs in CHECKS
            for name, err in fn(seed=seed, **kwargs).items()]


def main(argv=None):
    """Print a table of relative errors and the largest; return 0 if all < TOLERANCE, else 1."""
    parser = argparse.ArgumentParser(prog="python -m lstm check",
                                     description="finite-difference check of every gradient in lstm")
    parser.add_argument("--seed", type=int, default=0, help="seed of the random shapes and weights")
    args = parser.parse_args(argv)
    rows = check_all(args.seed)
    width = max(len(label) for label, _, _ in rows)
    print(f"{'check':<{width}}  {'array':<7}  relative error")
    for label, name, err in rows:
        flag = "" if err < TOLERANCE else "   <-- FAILS"
        print(f"{label:<{width}}  {name:<7}  {err:.2e}{flag}")
    label, name, worst = max(rows, key=lambda row: row[2])
    ok = worst < TOLERANCE
    print(f"largest relative error: {worst:.2e} ({label}, {name}) -- "
          f"{'PASS' if ok else 'FAIL'} (tolerance {TOLERANCE:.0e}, central differences, eps {EPS:.0e})")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
