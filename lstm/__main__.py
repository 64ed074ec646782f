"""Command line: python -m lstm {train, sample, check, bench, build-assets, import} ... (see --help of each).

Bad arguments, unreadable files and invalid texts or checkpoints end with a one-line message on
stderr and exit code 2, never a traceback. main() first pins one BLAS thread (lstm.threads: two were never
faster for these sizes and stalled when the other core was busy) unless the user set OPENBLAS_NUM_THREADS etc.
"""
import argparse
import json
import os
import runpy
import sys
import time
from pathlib import Path

from . import checkpoint, usage
from .sample import MAX_PRIME
from .threads import pin_one_blas_thread
from .text import read_file
from .train import TrainConfig, Trainer
from .train_config import CRITERIA, PRESET_NAMES

EXIT_USAGE = 2
EXIT_BROKEN_PIPE = 128 + 13     # what a shell reports for a tool ended by SIGPIPE
TRAIN_OPTIONS = (  # flag, config field, type, help
    ("--hidden", "hidden", int, "hidden units H"),
    ("--seq-len", "seq_len", int, "BPTT window in symbols (longer than the text = whole text)"),
    ("--lr", "lr", float, "learning rate"),
    ("--optimizer", "optimizer", str, "sgd, adagrad or adam"),
    ("--clip", "clip", float, "clip each gradient entry to [-clip, clip]; 0 = off"),
    ("--clip-norm", "clip_norm", float, "rescale the gradient to this global norm; 0 = off"),
    ("--forget-bias", "forget_bias", float, "initial forget-gate bias"),
    ("--kind", "kind", str, "cell: lstm, rnn or gru"),
    ("--level", "level", str, "vocabulary: char or word"),
    ("--seed", "seed", int, "seed of the initial weights and samples"),
    ("--criterion", "criterion", str, f"stopping rule: {' or '.join(CRITERIA)}"),
    ("--target", "target", float, "stop when the criterion's loss per 25-symbol window is below this"),
    ("--max-iters", "max_iters", int, "give up after this many updates"),
)


class UsageError(Exception):
    """A problem with the user's input: printed as one line, exit code 2."""


def train_changes(args):
    """{config field: value} of every training option the user gave (book options too, in text mode)."""
    from .book_cli import BOOK_OPTIONS
    return {field: getattr(args, field) for _, field, _, _ in TRAIN_OPTIONS + BOOK_OPTIONS
            if getattr(args, field, None) is not None}


def train_config(args):
    """The preset with every option the user gave."""
    return TrainConfig.from_preset(args.preset, **train_changes(args))


class ProgressBar:
    """A one-line progress bar on stderr, redrawn at most 5 times a second (no dependency)."""

    def __init__(self, max_iters, enabled):
        self.max_iters, self.enabled, self.last = max_iters, enabled, 0.0
        self.tty = sys.stderr.isatty()

    def __call__(self, p, force=False):
        now = time.monotonic()
        if not self.enabled or (not force and now - self.last < (0.2 if self.tty else 5.0)):
            return
        self.last, width = now, 24
        done = int(width * min(p.iteration / self.max_iters, 1.0))
        exact = f"  exact {p.exact_loss:.4f}" if p.exact_loss == p.exact_loss else ""
        line = (f"[{'#' * done}{'.' * (width - done)}] {p.iteration}/{self.max_iters} it  "
                f"loss {p.loss:.4f}  smooth {p.smooth_loss:.4f}{exact}  {p.seconds:.1f}s")
        self._write(("\r" + line + "\033[K") if self.tty else line + "\n")

    def close(self):
        if self.enabled and self.tty:
            self._write("\n")

    def _write(self, text):
        """A closed stderr (`2>&1 | head -1`) turns the bar off instead of ending the training unsaved."""
        try:
            sys.stderr.write(text)
            sys.stderr.flush()
        except OSError:                             # BrokenPipeError and its kin
            self.enabled = False


def cmd_train(args):
    if args.mode != "text":                         # names / words / series / notes: lstm.tasks.cli
        from .tasks.cli import train_mode
        return train_mode(args, {field: getattr(args, field) for _, field, _, _ in TRAIN_OPTIONS
                                 if getattr(args, field) is not None})
    text = read_file(args.text_file, allow_empty=False)     # BOM, line ends, NFC, limit, empty: lstm.text
    if args.preset == "book" or args.resume:        # batches, validation, best weights: lstm.book_cli
        from .book_cli import BookBar, book_trainer, print_summary as print_book
        trainer = book_trainer(args, text, None if args.resume else train_config(args), train_changes(args))
        return drive(trainer, BookBar(not args.quiet), args, print_book, slice_seconds=0.5)
    trainer = Trainer(text, train_config(args))
    return drive(trainer, ProgressBar(trainer.config.max_iters, not args.quiet), args, print_summary)


def drive(trainer, bar, args, report, slice_seconds=0.2):
    """Train in slices until done, drawing the progress bar; Ctrl-C = the stop button (the trainer keeps what it
    has: the teaching Trainer its weights, BookTrainer its best ones). Save to args.out, then print the summary
    with report (or one JSON line with --json).  Exit code 0."""
    try:
        while not trainer.done:
            trainer.run(slice_seconds)
            bar(trainer.progress())
    except KeyboardInterrupt:
        trainer.stop()
        trainer.step(1)
    bar(trainer.progress(), force=True)
    bar.close()
    summary = trainer.summary()
    if args.out:
        trainer.save(args.out)
    summary["checkpoint"] = str(args.out) if args.out else None
    if args.json:
        print(json.dumps(summary))
    else:
        report(summary)
    return 0


def print_summary(s):
    print(f"{s['stop_reason']} after {s['iterations']} iterations in {s['seconds']:.2f} s "
          f"(preset {s['preset']}, criterion {s['criterion']} < {s['target']}, reached: {s['reached']})")
    print(f"smooth loss (per 25-symbol window, seed-ema): {s['smooth_loss']:.4f}")
    print(f"exact loss over the whole text (per 25-symbol window): {s['exact_loss_per_window']:.4f}")
    print(f"greedy recitation from the first symbol: {s['recitation_correct']}/{s['recitation_total']} correct")
    if s["checkpoint"]:
        print(f"saved {s['checkpoint']}")


def cmd_sample(args):
    """Sample as the checkpoint's kind of model was trained (lstm.usage): names one per line, series refused."""
    model, meta = checkpoint.load_with_metadata(args.model)
    mode = usage.check_samplable(meta)
    text = usage.model_text(model, meta).text
    prime = args.prime if args.prime is not None else usage.default_prime(model, mode, text, n=1)
    out = usage.sample(model, mode, prime, args.length, args.temperature, seed=args.seed)
    print(model.vocab.decode([*(model.encode(prime) if prime else []), *out.indices]))
    return 0


def cmd_check(args):
    from . import gradcheck                         # written separately; imported only when asked for
    return gradcheck.main(args.rest)


def cmd_bench(args):
    book = "--book" in args.rest                   # bench --book: the book-scale table (bench_book.py)
    rest = [a for a in args.rest if a != "--book"]
    script = Path(__file__).resolve().parent.parent / "benchmarks" / ("bench_book.py" if book else "bench_train.py")
    if not script.is_file():
        raise UsageError(f"the benchmark script {script} is missing (it ships with the repository, not the package)")
    sys.argv = [str(script)] + rest
    runpy.run_path(str(script), run_name="__main__")
    return 0


def cmd_build_assets(args):
    from .build_assets import build
    build(Path(args.out_dir), args.only or None, log=print)
    return 0


def cmd_import(args):
    """A Keras / PyTorch model file -> our .npz checkpoint (lstm.import_model), with its vocabulary."""
    from .import_model import import_model
    from .import_torch import parse_keys
    from .import_vocab import preview
    from .imported import describe
    text = read_file(args.text, allow_empty=False) if args.text else None   # the one reader (lstm.text), as for train
    convention, vocab_json = args.vocab, None
    if convention not in ("sorted", "lower"):
        try:
            with open(convention, "rb") as fh:
                vocab_json = fh.read(checkpoint.MAX_META_BYTES + 1)
        except OSError as e:
            raise UsageError(f"--vocab is sorted, lower or a JSON file; cannot read {convention}: "
                             f"{e.strerror or e}") from None
        convention = "json"
    model, meta = import_model(args.model, Path(args.model).name, text, convention, vocab_json,
                               parse_keys(";".join(args.key or [])))
    print(f"{describe(meta.get('source')) or 'a checkpoint of this app'} (from {args.model})")
    print(f"vocabulary ({convention}): {preview(model.vocab)}")
    if meta.get("vocab_note"):
        print(f"note: {meta['vocab_note']}")
    checkpoint.save(model, args.out, **meta)
    print(f"saved {args.out}")
    return 0


def build_parser():
    parser = argparse.ArgumentParser(prog="python -m lstm", description="Train, sample and check the LSTM explainer's models.")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("train", help="train a model on a UTF-8 text file")
    p.add_argument("text_file", metavar="TEXT_FILE")
    p.add_argument("--preset", choices=[n for n in PRESET_NAMES if n != "custom"], default="fast",
                   help="fast: reach the exact criterion soonest (default); course: the assignment's setup; "
                        "book: a whole book in minutes (batches, 2 layers, dropout, float32, validation)")
    from .book_cli import BOOK_OPTIONS
    for flag, field, kind, text in TRAIN_OPTIONS + BOOK_OPTIONS:
        p.add_argument(flag, dest=field, type=kind, default=None, help=text + " (default: the preset's)")
    p.add_argument("--resume", metavar="FILE", help="go on training a checkpoint saved with --preset book "
                   "(its weights and settings; options given here override them; Adam's moments start afresh)")
    p.add_argument("--out", help="save the trained model to this .npz file")
    p.add_argument("--json", action="store_true", help="print the summary as one JSON object on the last line")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.add_argument("--mode", choices=("text", "names", "words", "series", "notes"), default="text",
                   help="text: the presets above (default); names: one name per line, state reset per line; "
                        "words: word level with a learned embedding; series: a CSV of numbers (--seq-len = "
                        "window, default 5; --max-iters = epochs); notes: a melody file (E4:1/4 ...). "
                        "These modes use their own defaults (lstm/tasks) plus the options given")
    p.set_defaults(func=cmd_train)
    p = sub.add_parser("sample", help="generate text from a saved model")
    p.add_argument("model", metavar="MODEL")
    p.add_argument("--prime", help=f"text to start from, at most {MAX_PRIME} characters (default: the first symbol "
                                   "of the training text; a names model starts each name on its own)")
    p.add_argument("--length", type=int, default=200, help="symbols to generate")
    p.add_argument("--temperature", type=float, default=1.0,
                   help="0 = greedy (so is any temperature too small to tell symbols apart), 1 = the model's "
                        "probabilities")
    p.add_argument("--seed", type=int, default=0)
    p.set_defaults(func=cmd_sample)
    for name, func, text in (("check", cmd_check, "finite-difference gradient check (options: see check --help)"),
                             ("bench", cmd_bench, "print the training benchmark table (options: --quick; "
                                                  "--book [--iters N] [--quick]: the book-scale table)")):
        p = sub.add_parser(name, help=text, add_help=False)
        p.add_argument("rest", nargs=argparse.REMAINDER)
        p.set_defaults(func=func)
    p = sub.add_parser("build-assets", help="rebuild the shipped texts and models bit for bit")
    p.add_argument("--out-dir", default=str(Path(__file__).resolve().parent.parent / "assets"))
    p.add_argument("--only", action="append", help="build only this model (repeatable), e.g. variant14-fast")
    p.set_defaults(func=cmd_build_assets)
    p = sub.add_parser("import", help="turn a Keras (.keras, .h5) or PyTorch (.safetensors) LSTM into a checkpoint")
    p.add_argument("model", metavar="MODEL", help="the .keras, .h5 or .safetensors file (never a .pt/.pth pickle)")
    p.add_argument("--text", help="the training text (UTF-8): the vocabulary is built from it")
    p.add_argument("--vocab", default="sorted", metavar="sorted|lower|FILE.json",
                   help="sorted: sorted set of the text's characters (default); lower: the same after "
                        "lower-casing, as the Keras tutorial; or a JSON list of the symbols in index order")
    p.add_argument("--key", action="append", metavar="ROLE=KEY",
                   help="for a .safetensors file whose names are not nn.LSTM's: which tensor plays which role, "
                        "e.g. --key weight_ih_l0=rnn.W_x (repeatable; roles: weight_ih_l0, weight_hh_l0, "
                        "bias_ih_l0, bias_hh_l0, … _l1, _l2, embedding.weight, linear.weight, linear.bias)")
    p.add_argument("--out", required=True, help="the .npz checkpoint to write")
    p.set_defaults(func=cmd_import)
    return parser


def main(argv=None):
    pin_one_blas_thread()
    argv = sys.argv[1:] if argv is None else list(argv)
    passthrough = {"check": cmd_check, "bench": cmd_bench}     # their own options, e.g. bench --quick
    if argv and argv[0] in passthrough:                     # (argparse's REMAINDER drops a leading --x)
        args = argparse.Namespace(func=passthrough[argv[0]], rest=argv[1:])
    else:
        args = build_parser().parse_args(argv)
    try:
        code = args.func(args)
        sys.stdout.flush()                          # a closed pipe shows here, not in Python's exit flush
        return code
    except BrokenPipeError:                         # `... | head -1`: the reader has gone (after saving)
        return quiet_broken_pipe()
    except (UsageError, ValueError, OSError) as e:  # ValueError covers VocabularyError and CheckpointError
        try:
            print(f"error: {e}", file=sys.stderr)
        except BrokenPipeError:
            return quiet_broken_pipe()
        return EXIT_USAGE


def quiet_broken_pipe():
    """End quietly, as a Unix tool does when its output pipe closes: exit code 128 + SIGPIPE, no message.
    stdout and stderr are pointed at the null device so Python's own flush at exit cannot complain."""
    for stream in (sys.stdout, sys.stderr):
        try:
            os.dup2(os.open(os.devnull, os.O_WRONLY), stream.fileno())
        except (OSError, ValueError):               # no real file descriptor (e.g. captured in a test)
            pass
    return EXIT_BROKEN_PIPE


if __name__ == "__main__":
    sys.exit(main())
