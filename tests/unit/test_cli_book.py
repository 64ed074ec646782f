"""python -m lstm train --preset book: the flags, the JSON line, --resume, Ctrl-C keeping the best weights,
and clean errors (exit 2, a message, no traceback); on a small text with a tiny model."""
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from lstm import checkpoint, streams
from lstm.__main__ import main

ROOT = Path(__file__).resolve().parents[2]
TEXT = "the cat sat on the mat. the dog sat on the log. a cat and a dog met on a mat by a log.\n" * 12
SMALL = ["--hidden", "12", "--batch", "4", "--seq-len", "16", "--dtype", "float64", "--lr", "0.01"]


@pytest.fixture
def text_file(tmp_path):
    path = tmp_path / "cats.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def last_json(capsys):
    return json.loads(capsys.readouterr().out.strip().splitlines()[-1])


def test_book_json_reports_validation_and_agrees_with_the_checkpoint(text_file, tmp_path, capsys):
    out = tmp_path / "cats.npz"
    assert main(["train", str(text_file), "--preset", "book", *SMALL, "--layers", "1", "--dropout", "0.1",
                 "--val-fraction", "0.2", "--max-iters", "30", "--out", str(out), "--json", "--quiet"]) == 0
    s = last_json(capsys)
    for key in ("val_loss", "val_bits_per_char", "train_loss", "epochs", "seconds", "ms_per_iteration"):
        assert isinstance(s[key], float) and s[key] > 0, key
    assert (s["iterations"], s["layers"], s["dropout"], s["val_fraction"], s["checkpoint"]) == (30, 1, 0.1, 0.2, str(out))
    model, meta = checkpoint.load_with_metadata(out)
    assert meta["summary"]["val_loss"] == s["val_loss"] and model.L == 1 and model.theta.dtype.name == "float64"
    assert streams.evaluate(model, model.encode(TEXT), streams.split(len(TEXT), 0.2).start, len(TEXT))[0] == \
        pytest.approx(s["val_loss"], rel=1e-9)



def test_minutes_end_training_and_progress_shows_the_eta_and_validation_loss(text_file, tmp_path, capsys):
    """--minutes alone ends the run (no iteration limit in reach), the batch flag is used, and the progress
    line on stderr names the validation loss and an ETA."""
    out = tmp_path / "timed.npz"
    assert main(["train", str(text_file), "--preset", "book", *SMALL, "--minutes", "0.01", "--max-iters", "10000000",
                 "--out", str(out), "--json"]) == 0
    captured = capsys.readouterr()
    s = json.loads(captured.out.strip().splitlines()[-1])
    assert s["stop_reason"] == "time" and 0 < s["iterations"] < 10000000 and s["batch"] == 4
    progress = captured.err.strip().splitlines()[-1]
    assert "best val" in progress and "nats/char" in progress and "ETA" in progress, progress
    assert checkpoint.load(out).theta.dtype.name == "float64"

def test_resume_goes_on_from_the_saved_iteration(text_file, tmp_path, capsys):
    first, second = tmp_path / "a.npz", tmp_path / "b.npz"
    assert main(["train", str(text_file), "--preset", "book", *SMALL, "--max-iters", "20", "--out", str(first),
                 "--json", "--quiet"]) == 0
    before = last_json(capsys)
    assert main(["train", str(text_file), "--resume", str(first), "--max-iters", "10", "--minutes", "0",
                 "--out", str(second), "--json", "--quiet"]) == 0
    after = last_json(capsys)
    assert after["iterations"] == 30 and after["epochs"] > before["epochs"] and after["hidden"] == 12
    assert after["val_loss"] <= before["val_loss"] + 1e-12            # the resumed weights compete too


def test_ctrl_c_saves_the_best_weights(text_file, tmp_path):
    out = tmp_path / "stopped.npz"
    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONUNBUFFERED="1")
    proc = subprocess.Popen([sys.executable, "-m", "lstm", "train", str(text_file), "--preset", "book", *SMALL,
                             "--max-iters", "1000000", "--minutes", "0", "--out", str(out), "--json"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT, env=env)
    try:
        proc.stderr.readline()                       # the first progress line: training is under way
        proc.send_signal(signal.SIGINT)
        stdout, stderr = proc.communicate(timeout=120)
    finally:
        proc.kill()
    assert proc.returncode == 0 and "Traceback" not in stderr
    s = json.loads(stdout.strip().splitlines()[-1])
    assert s["stop_reason"] == "stopped" and 0 < s["iterations"] < 1000000
    model = checkpoint.load(out)
    start = streams.split(len(TEXT), 0.1).start
    assert streams.evaluate(model, model.encode(TEXT), start, len(TEXT))[0] == pytest.approx(s["val_loss"], rel=1e-9)


@pytest.mark.parametrize("flags, words", [
    (["--dtype", "float16"], "unknown dtype"), (["--layers", "4"], "layers must be"),
    (["--dropout", "1"], "dropout must be"), (["--val-fraction", "0.7"], "below 0.5"),
    (["--batch", "0"], "batch"), (["--minutes", "-2"], "minutes"), (["--batch", "5000"], "batch")])
def test_bad_book_flags_exit_2_with_a_message(text_file, flags, words, capsys):
    assert main(["train", str(text_file), "--preset", "book", *flags]) == 2
    err = capsys.readouterr().err
    assert words in err and "Traceback" not in err


def test_resume_of_something_else_exits_2(text_file, tmp_path, capsys):
    teaching = tmp_path / "fast.npz"
    assert main(["train", str(text_file), "--max-iters", "2", "--out", str(teaching), "--quiet"]) == 0
    capsys.readouterr()
    assert main(["train", str(text_file), "--resume", str(teaching)]) == 2
    assert "error:" in capsys.readouterr().err
    assert main(["train", str(text_file), "--resume", str(tmp_path / "missing.npz")]) == 2
    assert "not found" in capsys.readouterr().err


def test_book_refusals_are_messages_without_a_traceback(text_file, tmp_path, capsys):
    saved = tmp_path / "a.npz"
    assert main(["train", str(text_file), "--preset", "book", *SMALL, "--max-iters", "2", "--out", str(saved),
                 "--quiet"]) == 0
    capsys.readouterr()
    assert main(["train", str(text_file), "--resume", str(saved), "--hidden", "13"]) == 2
    err = capsys.readouterr().err
    assert "these settings differ from it: hidden" in err and "Traceback" not in err
    short = tmp_path / "short.txt"
    short.write_text("a cat sat", encoding="utf-8")
    assert main(["train", str(short), "--preset", "book", *SMALL]) == 2
    err = capsys.readouterr().err
    assert "the text has 9 symbols: a validation fraction of 0.1 leaves 1 to validate on" in err
    assert "Traceback" not in err
