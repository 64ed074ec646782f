"""Training benchmark: prints a markdown table (medians, one BLAS thread).  Not a test.

    python benchmarks/bench_train.py [--quick]      (or: python -m lstm bench [--quick])

Rows: course preset ms/iteration, fused vs the per-step path; iterations and seconds to seed-ema
(ours, which trains every character, and the classic loop that skips the tail); seconds and
iterations to exact (fast preset, seeds 0-4); peak memory on a 100,000-character text at H=128;
and torch.nn.LSTM in the same course setup when torch imports (optional, never a requirement).
"""
import os

for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")   # before numpy loads: 2 threads were never faster here

import argparse  # noqa: E402
import math  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]   # lstm, and bench_torch beside this file

import numpy as np  # noqa: E402

from lstm import Vocabulary, create, optim  # noqa: E402
from lstm.train import DEFAULT_TEXT, TrainConfig, Trainer  # noqa: E402

import bench_torch  # noqa: E402  (same folder; imports torch only inside its functions)

SEEDS = range(5)


def ms_per_iteration(fused, iters, runs=5):
    """Median over `runs` of the course preset's time per iteration (after a short warm-up)."""
    times = []
    for _ in range(runs):
        trainer = Trainer(DEFAULT_TEXT, TrainConfig.from_preset("course", fused=fused, max_iters=10 ** 6))
        trainer.step(20)
        start = time.perf_counter()
        trainer.step(iters)
        times.append((time.perf_counter() - start) / iters * 1e3)
    return statistics.median(times)


def to_criterion(config):
    """(iterations, seconds) of one run until the config's criterion (or max_iters)."""
    trainer = Trainer(DEFAULT_TEXT, config)
    while not trainer.done:
        trainer.run(5.0)
    assert trainer.reached, trainer.stop_reason
    return trainer.iteration, trainer.seconds


def classic_iterations(seed):
    """The classic course loop (restarts when p + 25 >= len, skipping the tail) with our model: iterations."""
    cfg = TrainConfig.from_preset("course", seed=seed)
    vocab = Vocabulary.from_text(DEFAULT_TEXT)
    idx, model = vocab.encode(DEFAULT_TEXT), create(vocab, cfg.model_config())
    opt = optim.make("adagrad", model.theta.size, 0.1)
    smooth, p, n, h, c = -math.log(1 / len(vocab)) * 25, 0, 0, None, None
    while smooth >= 0.1:
        if p + 25 + 1 >= len(idx) or n == 0:
            p, h, c = 0, None, None
        lg = model.loss_and_grads(idx[p:p + 25], idx[p + 1:p + 26], h, c)
        h, c = lg.trace.h[-1], lg.trace.c[-1]
        smooth = 0.999 * smooth + 0.001 * lg.loss
        opt.step(model.theta, optim.clip_by_value(lg.grad, 1.0))
        p, n = p + 25, n + 1
    return n


def peak_rss_mb(body):
    """Peak RSS (MB) of a fresh Python process (one BLAS thread, the repository on its path) running `body`."""
    code = (f"import os, resource, sys\nos.environ.setdefault('OPENBLAS_NUM_THREADS', '1')\n"
            f"sys.path.insert(0, {str(ROOT)!r})\n{body}\n"
            f"print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout.split()[-1])


def peak_memory_mb(preset, chars=100_000, hidden=128, iters=30):
    """Peak RSS (MB) of a fresh process training `iters` iterations and the exact loss on `chars` symbols."""
    return peak_rss_mb(f"""
from lstm.build_assets import structured_text
from lstm.train import TrainConfig, Trainer
text = structured_text(min_chars={chars})[:{chars}]
trainer = Trainer(text, TrainConfig.from_preset({preset!r}, hidden={hidden}, max_iters=10**6, sample_every=0))
trainer.step({iters})
trainer.exact_loss_per_window()""")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer iterations and runs (about 1 minute)")
    args = parser.parse_args(argv)
    iters, runs = (200, 3) if args.quick else (1000, 5)
    rows = []
    fused, naive = ms_per_iteration(True, iters, runs), ms_per_iteration(False, iters, runs)
    rows += [("course preset, fused path (ms/iteration)", f"{fused:.3f}", "≤ 1.0"),
             ("course preset, per-step path cell.forward (ms/iteration)", f"{naive:.3f}", f"fused is {naive / fused:.1f}x faster")]
    seeds = SEEDS if not args.quick else range(2)
    ema = [to_criterion(TrainConfig.from_preset("course", seed=s)) for s in seeds]
    classic = [classic_iterations(s) for s in seeds]
    its = [i for i, _ in ema]
    rows += [(f"seed-ema, ours (every character), seeds {seeds[0]}-{seeds[-1]}: iterations", f"{statistics.median(its):.0f}",
              f"per seed {its}; classic loop {statistics.median(classic):.0f} (per seed {classic}), "
              f"ratio {statistics.median(its) / statistics.median(classic):.2f}"),
             ("seed-ema, ours: seconds", f"{statistics.median(s for _, s in ema):.2f}", "")]
    fast = [to_criterion(TrainConfig.from_preset("fast", seed=s)) for s in SEEDS]
    rows += [("exact + recitation, fast preset, seeds 0-4: seconds", f"{statistics.median(s for _, s in fast):.3f}",
              f"≤ 0.4; per seed {[round(s, 3) for _, s in fast]}"),
             ("exact + recitation, fast preset: iterations", f"{statistics.median(i for i, _ in fast):.0f}",
              f"per seed {[i for i, _ in fast]}")]
    for preset in ("course", "fast"):
        rows.append((f"peak memory, 100,000 chars, H=128, {preset} preset (MB)", f"{peak_memory_mb(preset):.0f}",
                     "≤ 500; 30 iterations + exact loss, whole process"))
    rows += bench_torch.rows(iters, runs, fused)
    print_table(f"Training benchmark (1 BLAS thread, medians of {runs} runs; numpy {np.__version__}, "
                f"{sys.platform}, {os.cpu_count()} cores)", rows)
    return 0


def print_table(heading, rows):
    """The heading, then rows of (measure, value, notes) as a markdown table."""
    print(heading + "\n")
    print("| measure | value | notes |\n|---|---|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")


if __name__ == "__main__":
    sys.exit(main())
