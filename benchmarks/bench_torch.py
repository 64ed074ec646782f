"""torch.nn.LSTM in the course setup, beside our NumPy trainer in bench_train.py (optional).

Same text, H=20, one-hot input, windows of 25 with carried state covering every character,
N(0, 0.1²) weights, zero biases, AdaGrad lr 0.1, gradient values clipped to [-1, 1], summed
cross-entropy; one thread. torch is imported only here and only when installed: never a
requirement of the project.
"""
import statistics
import time

from lstm.train import DEFAULT_TEXT
from lstm.vocab import Vocabulary


def _setup(torch, dtype):
    torch.manual_seed(0)
    vocab = Vocabulary.from_text(DEFAULT_TEXT)
    idx = torch.as_tensor(vocab.encode(DEFAULT_TEXT))
    lstm, out = torch.nn.LSTM(len(vocab), 20, dtype=dtype), torch.nn.Linear(20, len(vocab), dtype=dtype)
    params = list(lstm.parameters()) + list(out.parameters())
    with torch.no_grad():
        for p in params:
            torch.nn.init.normal_(p, 0.0, 0.1) if p.dim() == 2 else torch.nn.init.zeros_(p)
    x = torch.nn.functional.one_hot(idx, len(vocab)).to(dtype)[:, None, :]   # (T, batch 1, V)
    return lstm, out, params, torch.optim.Adagrad(params, lr=0.1), x, idx


def ms_per_iteration(dtype_name, iters, runs):
    """Median ms per course iteration of torch.nn.LSTM in the given dtype, one thread."""
    import torch
    torch.set_num_threads(1)
    dtype, times = getattr(torch, dtype_name), []
    for _ in range(runs):
        lstm, out, params, opt, x, idx = _setup(torch, dtype)
        n, pos, state = len(idx) - 1, 0, None
        start = None
        for it in range(iters + 20):
            if it == 20:                                # after a warm-up, as for our trainer
                start = time.perf_counter()
            end = min(pos + 25, n)
            y, (h, c) = lstm(x[pos:end], state)
            loss = torch.nn.functional.cross_entropy(out(y[:, 0]), idx[pos + 1:end + 1], reduction="sum")
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_value_(params, 1.0)
            opt.step()
            pos = end if end < n else 0
            state = (h.detach(), c.detach()) if pos else None
        times.append((time.perf_counter() - start) / iters * 1e3)
    return statistics.median(times)


def rows(iters, runs, ours_ms):
    """Table rows for bench_train, or one row saying torch is not installed."""
    try:
        import torch
    except ImportError:
        return [("torch.nn.LSTM", "not installed", "optional: pip install torch==2.13.0 to compare")]
    out = []
    for dtype in ("float32", "float64"):
        ms = ms_per_iteration(dtype, iters, runs)
        out.append((f"torch {torch.__version__} nn.LSTM, course setup, {dtype}, 1 thread (ms/iteration)",
                    f"{ms:.3f}", f"ours (float64) / torch = {ours_ms / ms:.2f}"))
    return out
