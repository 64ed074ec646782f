"""`python -m lstm train FILE --mode names|words|series|notes`: the task modes on the command line.

lstm.__main__ hands over the parsed arguments and the TrainConfig fields the user gave (--hidden,
--lr, --seed, --max-iters, ...); each mode trains with its own defaults plus those, prints a short
report (with --json: one JSON object on the last line) and saves a checkpoint with --out.
series: --out model.npz saves the trained SeriesModel with what the app's Gates and Cell state pages need
(sunspots.series_meta: labels, scaled values, train_last, train_config, summary), so the sidebar can load
it; --out FILE.csv instead writes the validation predictions as CSV (label, truth, predicted, baseline).
"""
import json
import math
from pathlib import Path

from .. import checkpoint, melody
from ..csvio import write_csv
from ..sample import generate, sample_text
from ..series import SeriesTrainConfig, train_series
from ..text import read_file
from ..train import Trainer
from . import names as names_task
from . import notes_config, sunspots, words_config

SERIES_FIELDS = {"kind", "hidden", "lr", "seed", "forget_bias"}     # TrainConfig options a series run uses


def _run(trainer):
    while not trainer.done:
        trainer.step(200)
    return trainer


def _symbol_report(trainer, mode, args, extra):
    trainer.mode = mode                             # saved with the checkpoint: how to sample it (lstm.usage)
    summary = trainer.summary()
    summary.update(mode=mode, checkpoint=str(args.out) if args.out else None, **extra)
    if args.out:
        trainer.save(args.out)
    return summary


def train_names(args, changes):
    trainer = _run(names_task.LineTrainer(names_task.parse_names(read_file(args.text_file, allow_empty=False)),
                                          names_task.names_config(**changes)))
    texts, ended = names_task.new_names(trainer.model, 20, seed=trainer.config.seed)
    rows, share = names_task.novelty(texts, trainer.names)
    lines = [f"  {name or '(empty)'}  [{flag}]" for name, flag in rows]
    extra = {"generated": [r[0] for r in rows], "share_new": share, "ended_with_newline": sum(ended),
             "loss_per_symbol": trainer.exact_loss_per_window() / 25}
    return _symbol_report(trainer, "names", args, extra), ["20 new names (sampled from the newline start token):"] + lines


def train_words(args, changes):
    trainer = _run(Trainer(read_file(args.text_file, allow_empty=False), words_config(**changes)))
    first = " ".join(trainer.vocab.symbols[k] for k in trainer.indices[:3])
    sample = sample_text(trainer.model, trainer.indices[:3], 40, 0.8, seed=trainer.config.seed)
    extra = {"sample": first + " " + sample, "loss_per_word": trainer.exact_loss_per_window() / 25}
    return _symbol_report(trainer, "words", args, extra), ["sample (temperature 0.8): " + extra["sample"]]


def train_notes(args, changes):
    phrases = melody.parse_melody(read_file(args.text_file, allow_empty=False))
    trainer = _run(Trainer(melody.to_words(phrases), notes_config(**changes)))
    out = generate(trainer.model, trainer.indices[:8], 32, 0.0)
    cont = [n.name for n in melody.from_words([trainer.vocab.symbols[k] for k in out])]
    extra = {"notes": sum(len(p) for p in phrases), "continuation": cont}
    return _symbol_report(trainer, "notes", args, extra), ["greedy continuation of the first 8 symbols: " + " ".join(cont)]


def train_series_mode(args, changes):
    """--seq-len is the window (default 5), --max-iters the epochs (default 400)."""
    labels, values = sunspots.read_series(Path(args.text_file))
    data = sunspots.prepare(labels, values, window=changes.pop("seq_len", 5))
    cfg = SeriesTrainConfig(epochs=changes.pop("max_iters", 400), **{k: v for k, v in changes.items() if k in SERIES_FIELDS})
    model, history = train_series(data.X_train, data.y_train, cfg)
    truth = data.values[data.val_index]
    pred, naive = data.unscale(model.predict(data.X_val)), sunspots.naive_baseline(data)
    err, base = sunspots.errors(pred, truth), sunspots.errors(naive, truth)
    summary = {"mode": "series", "kind": cfg.kind, "hidden": cfg.hidden, "window": data.window, "epochs": cfg.epochs,
               "seed": cfg.seed, "train_mse_scaled": float(history["train_mse"][-1]), "val_rmse": err["rmse"],
               "val_mae": err["mae"], "naive_rmse": base["rmse"], "naive_mae": base["mae"],
               "beats_naive": err["rmse"] < base["rmse"]}
    if args.out and str(args.out).lower().endswith(".csv"):
        write_csv(args.out, {"label": [data.labels[p] for p in data.val_index], "truth": truth, "predicted": pred,
                             "repeat_last_value": naive},
                  caption=f"validation predictions of a series {cfg.kind.upper()} (H={cfg.hidden}, window "
                          f"W={data.window}, epochs={cfg.epochs}, seed={cfg.seed}) on {Path(args.text_file).name}")
    elif args.out:
        checkpoint.save(model, args.out, **sunspots.series_meta(data, cfg, summary, Path(args.text_file).name))
    summary["checkpoint"] = str(args.out) if args.out else None
    return summary, [f"validation RMSE {err['rmse']:.2f} (MAE {err['mae']:.2f}); repeat-last-value baseline "
                     f"RMSE {base['rmse']:.2f} (MAE {base['mae']:.2f}) — in the data's own units"]


MODES = {"names": train_names, "words": train_words, "notes": train_notes, "series": train_series_mode}


def train_mode(args, changes):
    """Run one mode; print the report (and the JSON line with --json).  Returns the exit code 0."""
    summary, lines = MODES[args.mode](args, dict(changes))
    if args.json:
        print(json.dumps(summary, default=lambda v: None if isinstance(v, float) and math.isnan(v) else str(v)))
        return 0
    head = {k: summary[k] for k in ("mode", "kind", "hidden", "iterations", "stop_reason") if k in summary}
    print(", ".join(f"{k} {v}" for k, v in head.items()))
    for line in lines:
        print(line)
    if summary.get("checkpoint"):
        print(f"saved {summary['checkpoint']}")
    return 0
