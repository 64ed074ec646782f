"""`python -m lstm train TEXT --preset book ...`: lstm.book.BookTrainer on the command line.

A progress line on stderr (iteration, epoch, training and validation loss, ETA), Ctrl-C = the stop
button (training ends with the best validated weights, which --out saves), --resume FILE to go on
training a saved run, and with --json one JSON object on the last line of stdout. Used by lstm.__main__.
"""
import math
import sys
import time

from .book import BookTrainer
from .streams import LN2

BOOK_OPTIONS = (  # flag, config field, type, help (they override the preset's values)
    ("--batch", "batch", int, "B contiguous streams trained side by side"),
    ("--layers", "layers", int, "stacked LSTM layers (1-3)"),
    ("--dropout", "dropout", float, "dropout between layers and before W_y while training"),
    ("--dtype", "dtype", str, "float32 (books) or float64"),
    ("--val-fraction", "val_fraction", float, "the last fraction of the text held out for validation"),
    ("--minutes", "minutes", float, "stop after this many minutes of training (0 = no limit)"),
    ("--lr-decay", "lr_decay", float, "multiply the learning rate by this after every epoch"),
)


def _clock(seconds):
    if not math.isfinite(seconds):
        return "?"
    seconds = int(round(seconds))
    return f"{seconds // 60}:{seconds % 60:02d}"


class BookBar:
    """One progress line on stderr, redrawn at most 5 times a second on a terminal (every 10 s in a log)."""

    def __init__(self, enabled):
        self.enabled, self.last, self.tty = enabled, 0.0, sys.stderr.isatty()

    def __call__(self, p, force=False):
        now = time.monotonic()
        if not self.enabled or (not force and now - self.last < (0.2 if self.tty else 10.0)):
            return
        self.last = now
        val = f"val {p.val_loss:.3f} " if math.isfinite(p.val_loss) else ""
        line = (f"it {p.iteration}  epoch {p.epoch:.1f}  loss {p.smooth_loss:.3f}  {val}best val "
                f"{p.best_val_loss:.3f} nats/char ({p.best_val_loss / LN2:.3f} bits)  lr {p.lr:.2g}  "
                f"{_clock(p.seconds)}  ETA {_clock(p.eta_seconds)}")
        sys.stderr.write(("\r" + line + "\033[K") if self.tty else line + "\n")
        sys.stderr.flush()

    def close(self):
        if self.enabled and self.tty:
            sys.stderr.write("\n")


def book_trainer(args, text, config, changes):
    """A BookTrainer for the command line: a new one from config, or with args.resume the saved run going on
    (with the options the user gave as changes).  lstm.__main__.drive trains it, saves it and prints
    print_summary."""
    if args.resume:
        return BookTrainer.resume(args.resume, text, **changes)
    return BookTrainer(text, config)


def print_summary(s):
    print(f"{s['stop_reason']} after {s['iterations']} iterations, {s['epochs']:.1f} epochs in {s['seconds']:.1f} s "
          f"(preset {s['preset']}, {s['layers']} x {s['hidden']} {s['dtype']}, batch {s['batch']} x {s['seq_len']}; "
          f"{s['ms_per_iteration']:.0f} ms per iteration)")
    print(f"validation loss (best, held-out last {s['val_fraction']:g}): {s['val_loss']:.4f} nats/char = "
          f"{s['val_bits_per_char']:.4f} bits/char (iteration {s['best_iteration']})")
    print(f"training loss (same evaluation on the text before the validation part): {s['train_loss']:.4f} nats/char")
    if s["checkpoint"]:
        print(f"saved {s['checkpoint']}")
