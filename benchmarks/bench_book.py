"""Book-scale benchmark: prints a markdown table.  Not a test.

    python benchmarks/bench_book.py [--iters 30] [--quick]      (or: python -m lstm bench --book ...)

Rows: ms per training iteration (forward, backward, clipping, Adam) of the NumPy float32 path (BookTrainer,
one layer, no dropout) and of torch nn.LSTM + Linear + Adam in float32, one thread each, at (B, T, H) =
(64, 100, 256) and (32, 100, 128) on Alice's 73-symbol one-hot input: the two alternate iteration by
iteration in one process, and the table gives medians of wall time and of CPU time (this process's; on a
shared machine the wall time includes waiting for a core) and their ratios; time to a validation loss of
1.7 and 1.6 nats/char for the shipped Alice recipe (training it, or with --quick read from the shipped
model's validation history); the peak memory (RSS) of a process training the book preset. torch is
optional: its rows appear only when it imports.
"""
import os

for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")   # before numpy loads: one thread for both sides

import argparse  # noqa: E402
import platform  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]   # lstm, and bench_train beside this file

import numpy as np  # noqa: E402

from lstm import checkpoint  # noqa: E402
from lstm.book import BookTrainer  # noqa: E402
from lstm.build_assets import text_of, train_model  # noqa: E402
from lstm.train_config import TrainConfig  # noqa: E402

from bench_train import peak_rss_mb, print_table  # noqa: E402

ALICE = text_of("wonderland")
SHAPES = ((64, 100, 256), (32, 100, 128))
TARGETS = (1.7, 1.6)


def machine():
    """CPU model, versions and threads, for the table's heading."""
    model = platform.processor() or "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        import torch
        extra = f", torch {torch.__version__}"
    except ImportError:
        extra = ", torch not installed"
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return (f"{model}, {os.cpu_count()} cores, Python {platform.python_version()}, numpy {np.__version__}{extra}; "
            f"one thread (OPENBLAS_NUM_THREADS={os.environ['OPENBLAS_NUM_THREADS']}, torch.set_num_threads(1)); "
            f"load average {load:.1f} at the start")


class Torch:
    """nn.LSTM + Linear + Adam on the same windows as the NumPy trainer, float32, one thread."""

    def __init__(self, torch, trainer, H):
        torch.set_num_threads(1)
        torch.manual_seed(0)
        self.torch, self.trainer, self.V = torch, trainer, len(trainer.vocab)
        self.lstm, self.out = torch.nn.LSTM(self.V, H), torch.nn.Linear(H, self.V)
        self.params = list(self.lstm.parameters()) + list(self.out.parameters())
        self.opt, self.state, self.k = torch.optim.Adam(self.params, lr=2e-3), None, 0

    def iteration(self):
        """One window of every stream: (wall seconds, CPU seconds)."""
        torch, streams = self.torch, self.trainer.streams
        inputs, targets = streams.window(self.k % streams.windows)
        self.k += 1
        t0, c0 = time.perf_counter(), time.process_time()
        x = torch.nn.functional.one_hot(torch.as_tensor(inputs), self.V).float()
        y, (h, c) = self.lstm(x, self.state)
        loss = torch.nn.functional.cross_entropy(self.out(y).reshape(-1, self.V), torch.as_tensor(targets).reshape(-1))
        self.opt.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_(self.params, 5.0)
        self.opt.step()
        self.state = (h.detach(), c.detach())
        return time.perf_counter() - t0, time.process_time() - c0


def speed_rows(iters):
    """ms/iteration of both sides at each shape, alternating iteration by iteration (after 3 warm-ups)."""
    try:
        import torch
    except ImportError:
        torch = None
    rows = []
    for B, T, H in SHAPES:
        config = TrainConfig.from_preset("book", batch=B, seq_len=T, hidden=H, layers=1, dropout=0.0, eval_every=10 ** 6,
                                    sample_every=0, max_iters=10 ** 6, minutes=0.0)
        trainer = BookTrainer(ALICE, config)
        other = Torch(torch, trainer, H) if torch else None
        theirs = []
        for _ in range(iters + 3):
            trainer.step(1)
            if other:
                theirs.append(other.iteration())
        wall, cpu = (statistics.median(t[3:]) * 1e3 for t in (trainer._times, trainer._cpu))
        rows.append((f"NumPy float32, (B, T, H) = ({B}, {T}, {H}): ms/iteration, wall / CPU", f"{wall:.0f} / {cpu:.0f}",
                     f"median of {iters}"))
        if other:
            t_wall, t_cpu = (statistics.median(x[i] for x in theirs[3:]) * 1e3 for i in (0, 1))
            rows.append((f"torch {torch.__version__} float32 nn.LSTM, ({B}, {T}, {H}): ms/iteration, wall / CPU",
                         f"{t_wall:.0f} / {t_cpu:.0f}",
                         f"NumPy / torch = {wall / t_wall:.2f} (wall), {cpu / t_cpu:.2f} (CPU); goal ≤ 1.0"))
    return rows


def time_to_targets(quick):
    """(rows) iterations and seconds until the Alice recipe's validation loss first reaches each target."""
    name = "alice-char"
    if quick:
        meta = checkpoint.load_with_metadata(ROOT / "assets" / "models" / f"{name}.npz")[1]
        val, s = meta["validation"], meta["summary"]
        its, secs, losses = val["iteration"], val["seconds"], val["val_loss"]
        ms, source = s["ms_per_iteration"], f"from the shipped model's build ({s['cpu_ms_per_iteration']:.0f} ms CPU)"
    else:
        trainer = train_model(name, eval_every=25, target=min(TARGETS))
        v = trainer.validation
        its, secs, losses = v["iteration"], v["seconds"], v["val_loss"]
        ms, source = trainer.ms_per_iteration(), f"trained now ({trainer.ms_per_iteration(cpu=True):.0f} ms CPU)"
    rows = []
    for target in TARGETS:
        hit = [k for k, loss in enumerate(losses) if loss <= target]
        value = (f"{secs[hit[0]]:.0f} s, {its[hit[0]]} iterations" if hit else
                 f"not reached in {its[-1]} iterations (best {min(losses):.3f})")
        rows.append((f"Alice ({name} recipe): time to validation loss ≤ {target} nats/char", value,
                     f"{source}; median {ms:.0f} ms/iteration; seconds include validation"))
    return rows


def peak_memory_mb(iters=10):
    """Peak RSS (MB) of a fresh process training the book preset on Alice for `iters` iterations + validation."""
    return peak_rss_mb(f"""
from lstm.book import BookTrainer
from lstm.build_assets import text_of
from lstm.train_config import TrainConfig
trainer = BookTrainer(text_of("wonderland"), TrainConfig.from_preset("book", max_iters={iters}, minutes=0.0))
trainer.step({iters})
trainer.summary()""")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--iters", type=int, default=30, help="timed iterations per shape and side (default 30)")
    parser.add_argument("--quick", action="store_true",
                        help="read the time to 1.7 / 1.6 from the shipped Alice model instead of training it")
    args = parser.parse_args(argv)
    heading = machine()
    rows = speed_rows(args.iters) + time_to_targets(args.quick)
    rows.append(("peak memory, book preset (2 x 256, B = 64, T = 100) on Alice (MB)", f"{peak_memory_mb():.0f}",
                 "whole process: 10 iterations + validation + summary"))
    print_table(f"Book benchmark — {heading}", rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
