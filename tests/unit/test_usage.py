"""How each kind of checkpoint is sampled (lstm.usage), temperatures, the prime limit, a closed pipe and the
divergence advice: the issue's inputs with their right values, and more of each kind."""
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from threadpoolctl import threadpool_limits

from lstm import CharLSTM, Vocabulary, checkpoint, usage
from lstm.__main__ import main
from lstm.sample import MAX_PRIME, PrimeError, SettingError, generate, generate_steps, pick, warm_up
from lstm.train import DEFAULT_TEXT, TrainConfig, Trainer

ROOT = Path(__file__).resolve().parents[2]
TINY_TEMPERATURES = [1e-320, 5e-324, 1e-310, 1e-300, 1e-30]


@pytest.fixture(autouse=True)
def one_blas_thread():
    with threadpool_limits(1):
        yield


@pytest.fixture(scope="module")
def names_file(tmp_path_factory):
    """A names checkpoint written by `python -m lstm train names.txt --mode names` (trained enough to end names)."""
    out = tmp_path_factory.mktemp("names") / "n.npz"
    with threadpool_limits(1):
        assert main(["train", str(ROOT / "assets" / "texts" / "names.txt"), "--mode", "names", "--max-iters", "300",
                     "--out", str(out)]) == 0
    return out


@pytest.fixture(scope="module")
def model():
    return CharLSTM(Vocabulary.from_text("the quick brown fox"), hidden=6, seed=1, init_std=0.8)


def cli(*args):
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "lstm", *map(str, args)], capture_output=True, text=True, cwd=ROOT,
                          env=env, timeout=120)


# -- names: one name per line, the state reset after each ------------------------------------------------------
def test_names_checkpoint_samples_one_name_per_line(names_file, capsys):
    capsys.readouterr()
    assert main(["sample", str(names_file), "--length", "200"]) == 0
    lines = capsys.readouterr().out.split("\n")[:-2]          # the last line may be cut at 200 symbols
    assert len(lines) >= 10 and sum(not line for line in lines) <= 1, lines   # it printed mostly empty lines
    assert all(line[:1].isupper() for line in lines if line), lines


def test_names_sampling_restarts_the_state_at_every_newline(names_file):
    model, meta = checkpoint.load_with_metadata(names_file)
    assert usage.mode_of(meta) == "names"
    out = usage.sample(model, "names", "", 300, 1.0, seed=4)
    nl = model.vocab.index["\n"]
    start = warm_up(model, [nl])[0]                           # what the model predicts first, from zero state
    after = [k + 1 for k in range(len(out.indices) - 1) if out.indices[k] == nl]
    assert len(after) >= 10
    for k in [0, *after]:
        np.testing.assert_array_equal(out.probs[k], start)
    carried = generate_steps(model, "\n", 300, 1.0, seed=4)   # the old way: on through the newline
    assert not all(np.array_equal(carried.probs[k], start) for k in after if k < len(carried.probs))


def test_a_names_prime_starts_the_first_name(names_file):
    model, _meta = checkpoint.load_with_metadata(names_file)
    out = usage.sample(model, "names", "Br", 60, 0.0)
    np.testing.assert_array_equal(out.probs[0], warm_up(model, model.encode("\nBr"))[0])
    assert usage.next_probs(model, "names", "Br").tolist() == out.probs[0].tolist()    # the Home page's demo


def test_series_checkpoints_are_refused_by_the_rule():
    with pytest.raises(SettingError, match="series model"):
        usage.sample(None, "series", "a")
    with pytest.raises(SettingError, match="series model"):
        usage.check_samplable({"model": "series"})


# -- a checkpoint without its text --------------------------------------------------------------------------
def test_a_word_model_without_its_text_reads_its_vocabulary_not_one_unknown_word():
    text = "ala ma kota , a kot ma ale .\nala czyta !\n" * 3
    trainer = Trainer(text, TrainConfig.from_preset("course", level="word", max_iters=1))
    model = trainer.model
    source = usage.model_text(model, {"text": None})
    assert not source.stored and source.reason == "missing"
    assert model.encode(source.text).tolist() == list(range(model.V))           # every word once, in order
    assert "".join(model.vocab.symbols) not in source.text
    prime = usage.default_prime(model, "text", source.text, n=1)
    assert model.vocab.encode(prime).tolist() == [0]
    assert usage.model_text(model, {"text": text}) == usage.ModelText(text, True)


def test_a_stored_text_the_model_cannot_read_is_replaced_and_said_so():
    model = CharLSTM(Vocabulary(("a", "b", "e", "\u0301", "\r")), hidden=3)   # an older, unnormalised vocabulary
    source = usage.model_text(model, {"text": "abe\u0301"})                     # NFC makes it 'abé': unknown
    assert source.reason == "unreadable" and usage.readable(model, source.text)
    assert "\r" not in source.text and "é" not in source.text


def test_cli_samples_a_word_model_saved_without_its_text(tmp_path, capsys):
    sentence = "Ala ma kota, a kot ma Alę!\n"
    path = tmp_path / "long.txt"
    path.write_text(sentence * (512 * 1024 // len(sentence.encode()) + 5), encoding="utf-8")
    assert main(["train", str(path), "--level", "word", "--preset", "course", "--max-iters", "1", "--hidden", "4",
                 "--out", str(tmp_path / "w.npz"), "--quiet"]) == 0
    assert checkpoint.load_with_metadata(tmp_path / "w.npz")[1]["text"] is None
    capsys.readouterr()
    assert main(["sample", str(tmp_path / "w.npz"), "--length", "5"]) == 0
    assert capsys.readouterr().out.strip()


# -- temperature ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("temperature", TINY_TEMPERATURES)
def test_a_temperature_too_small_to_tell_symbols_apart_is_greedy(model, temperature):
    greedy = generate(model, "the", length=300, temperature=0)
    assert generate(model, "the", length=300, temperature=temperature, seed=9).tolist() == greedy.tolist()


def test_ties_at_a_tiny_temperature_pick_like_greedy_and_at_1_like_chance():
    probs, rng = np.full(5, 0.2), np.random.default_rng(0)
    assert {pick(probs, 1e-320, rng) for _ in range(50)} == {0} == {pick(probs, 0, rng)}
    assert len({pick(probs, 1.0, rng) for _ in range(200)}) == 5 == len({pick(probs, 1e-18, rng) for _ in range(200)})
    near = np.array([0.5, np.nextafter(0.5, 0), 0.0])                  # the closest two probabilities can be
    assert {pick(near, 1e-20, rng) for _ in range(50)} == {0}
    assert {pick(near, 1e-15, rng) for _ in range(200)} == {0, 1}


def test_cli_temperature_1e_320_prints_what_0_prints(tmp_path):
    out = tmp_path / "m.npz"
    Trainer(DEFAULT_TEXT, TrainConfig.from_preset("fast", max_iters=5)).save(out)
    zero, tiny = cli("sample", out, "--temperature", "0"), cli("sample", out, "--temperature", "1e-320")
    assert tiny.returncode == 0 and tiny.stdout == zero.stdout and not tiny.stderr


@pytest.mark.parametrize("temperature", ["nan", "inf", "-1", "-1e-320"])
def test_an_unusable_temperature_is_refused_naming_it(tmp_path, temperature):
    out = tmp_path / "m.npz"
    Trainer(DEFAULT_TEXT, TrainConfig.from_preset("fast", max_iters=1)).save(out)
    proc = cli("sample", out, f"--temperature={temperature}")
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert f"temperature must be a finite number ≥ 0 (0 = greedy), got {float(temperature)!r}" in proc.stderr


@pytest.mark.parametrize("setting", [dict(temperature=float("nan")), dict(length=-1), dict(top_k=-2),
                                     dict(top_k=1.5), dict(temperature=True)])
def test_settings_errors_are_not_prime_errors(model, setting):
    with pytest.raises(SettingError):
        generate_steps(model, "the", **{"length": 5, **setting})


# -- the prime limit ------------------------------------------------------------------------------------------
def test_one_prime_limit_everywhere(model, tmp_path):
    ok = "the " * (MAX_PRIME // 4)
    assert len(ok) == MAX_PRIME and len(generate(model, ok, 3)) == 3
    for prime in (ok + "t", list(model.encode(ok + "t"))):
        with pytest.raises(PrimeError, match=f"the prime has {MAX_PRIME + 1:,} (characters|symbols); the limit is 500"):
            generate(model, prime, 3)
    out = tmp_path / "m.npz"
    Trainer(DEFAULT_TEXT, TrainConfig.from_preset("fast", max_iters=1)).save(out)
    proc = cli("sample", out, "--prime", "A" * 800)
    assert proc.returncode == 2 and "the prime has 800 characters; the limit is 500" in proc.stderr


# -- a closed pipe --------------------------------------------------------------------------------------------
def test_train_into_a_closed_pipe_saves_and_exits_quietly(tmp_path):
    text, out = tmp_path / "t.txt", tmp_path / "m.npz"
    text.write_text(DEFAULT_TEXT, encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen([sys.executable, "-m", "lstm", "train", str(text), "--out", str(out), "--max-iters", "3",
                             "--quiet"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT, env=env)
    proc.stdout.close()                                  # the reader has gone before the summary is printed
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 141 and err == ""
    assert checkpoint.load(out).H > 0


def test_head_one_exits_quietly(tmp_path):
    text = tmp_path / "t.txt"
    text.write_text(DEFAULT_TEXT, encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    line = f"{sys.executable} -m lstm train {text} --out {tmp_path / 'm.npz'} --max-iters 3 2>&1 | head -1"
    proc = subprocess.run(["bash", "-o", "pipefail", "-c", line], capture_output=True, text=True, env=env, cwd=ROOT,
                          timeout=120)
    assert proc.returncode in (0, 141) and "rror" not in proc.stdout + proc.stderr and len(proc.stdout.splitlines()) == 1
    assert (tmp_path / "m.npz").exists()


# -- divergence advice ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("preset, changes, advice", [
    ("course", {}, "lower it; clipping is already on: each gradient clipped to ±1"),
    ("fast", {}, "lower it; clipping is already on: the gradient norm clipped to 5"),
    ("course", {"clip": 0.0}, "lower it or turn clipping on"),
    ("fast", {"clip": 2.0},
     "lower it; clipping is already on: each gradient clipped to ±2 and the gradient norm clipped to 5")])
def test_divergence_advice_fits_the_clipping(preset, changes, advice):
    t = Trainer(DEFAULT_TEXT, TrainConfig.from_preset(preset, lr=1e6, max_iters=30, **changes))
    t.step(30)
    assert t.stop_reason.startswith("nan:") and f"({advice})" in t.stop_reason
    assert ("turn clipping on" in t.stop_reason) == (advice == "lower it or turn clipping on")
