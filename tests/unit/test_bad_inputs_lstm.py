"""Bad inputs at the lstm level: the inputs not already covered by test_train / test_sample /
test_cli / test_checkpoint / test_vocab (see the lists there): huge temperatures, long recitations,
texts of odd scripts and newlines through training, checkpoints and the CLI, and CLI limits.
"""
import io
import math
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from lstm import checkpoint
from lstm.model import MAX_HIDDEN
from lstm.sample import MAX_LENGTH, generate, recite
from lstm.text import normalize
from lstm.train import MAX_RECITE, TrainConfig, Trainer

ROOT = Path(__file__).resolve().parents[2]
SMALL = TrainConfig.from_preset("fast", hidden=8, max_iters=1000)
ODD = {"polish": "Zażółć gęślą jaźń. Żółw łowi ćmę.", "chinese": "我爱学习，学习使我快乐。",
       "emoji": "I 🙂 love 🧠 LSTMs 🎉🎉", "newlines": "one\r\ntwo\rthree\n\tfour\tfive\n",
       "html": "<script>alert(1)</script> <img src=x onerror=alert(1)> **b** $x$ \\(y\\)"}


def cli(*args):
    return subprocess.run([sys.executable, "-m", "lstm", *map(str, args)], capture_output=True, text=True,
                          cwd=ROOT, timeout=120)


@pytest.fixture(scope="module")
def trained():
    t = Trainer(ODD["polish"], SMALL)
    t.step(20)
    return t


@pytest.mark.parametrize("temperature", [1e6, 1e300])
def test_huge_temperature_samples_valid_symbols(trained, temperature):
    out = generate(trained.model, "Z", length=50, temperature=temperature, seed=0)
    assert len(out) == 50 and ((0 <= out) & (out < trained.model.V)).all()


def test_zero_temperature_and_the_length_limits(trained):
    assert len(generate(trained.model, "Z", length=MAX_LENGTH, temperature=0)) == MAX_LENGTH
    with pytest.raises(ValueError, match=f"{MAX_LENGTH}"):
        generate(trained.model, "Z", length=10 ** 9)


def test_recitation_of_a_text_longer_than_the_sampling_limit():
    text = "abcdefghij" * (MAX_LENGTH // 10 + 50)                  # > MAX_LENGTH symbols
    t = Trainer(text, SMALL)
    rec = recite(t.model, t.indices)
    assert rec.total == len(text) - 1 and len(rec.produced) == rec.total
    head = t.recitation_head(100)
    assert head.total == 100 and head.produced == rec.produced[:100]
    assert t.summary()["recitation_total"] == MAX_RECITE            # a summary never recites a whole 1 MB text


@pytest.mark.parametrize("name", list(ODD))
def test_odd_texts_train_and_round_trip_through_a_checkpoint(name):
    t = Trainer(ODD[name], SMALL)
    text = normalize(ODD[name])                     # the text a model reads: "\r\n" and "\r" become "\n"
    assert "\r" not in t.text and t.text == text
    t.step(5)
    assert t.iteration == 5 and np.isfinite(t.model.theta).all() and set(t.vocab.symbols) == set(text)
    assert t.vocab.decode(t.indices) == text
    buffer = io.BytesIO()
    t.save(buffer)
    model, meta = checkpoint.load_with_metadata(io.BytesIO(buffer.getvalue()))
    assert meta["text"] == text and model.vocab == t.vocab
    assert model.theta.tobytes() == t.model.theta.tobytes()


def test_two_characters_is_the_smallest_text():
    t = Trainer("ab", SMALL)
    t.run(max_seconds=5)
    assert t.done and math.isfinite(t.exact_loss_per_window())


@pytest.mark.parametrize("lr", [0.0, -1.0, float("nan")])
def test_learning_rates_the_config_refuses_name_the_setting(lr):
    with pytest.raises(ValueError, match="learning rate"):
        TrainConfig.from_preset("fast", lr=lr)


def test_huge_hidden_size_is_refused_before_allocating():
    with pytest.raises(ValueError, match=str(MAX_HIDDEN)):
        Trainer("hello", TrainConfig.from_preset("fast", hidden=10 ** 9))


# -- CLI: a clean error, never a traceback ------------------------------------------------------------
@pytest.mark.parametrize("args, words", [
    (["--hidden", "1000000000"], "hidden"), (["--lr", "nan"], "learning rate"), (["--seq-len", "0"], "sequence")])
def test_cli_training_limits_exit_2(tmp_path, args, words):
    text = tmp_path / "t.txt"
    text.write_text(ODD["polish"], encoding="utf-8")
    proc = cli("train", text, "--max-iters", "1", "--out", tmp_path / "m.npz", *args)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr and words in proc.stderr


def test_cli_trains_and_samples_odd_texts_literally(tmp_path):
    text = tmp_path / "t.txt"
    text.write_text(ODD["html"] + ODD["emoji"], encoding="utf-8")
    out = tmp_path / "m.npz"
    assert cli("train", text, "--out", out, "--quiet", "--max-iters", "20").returncode == 0
    proc = cli("sample", out, "--prime", "<script>", "--length", "20", "--temperature", "1e6")
    assert proc.returncode == 0 and "Traceback" not in proc.stderr
    proc = cli("sample", out, "--length", str(MAX_LENGTH + 1))
    assert proc.returncode == 2 and "Traceback" not in proc.stderr and str(MAX_LENGTH) in proc.stderr
