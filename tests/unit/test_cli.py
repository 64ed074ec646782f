"""python -m lstm: train --json agrees with its checkpoint, clean errors (exit 2, no traceback), assets rebuild."""
import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from threadpoolctl import threadpool_limits

from lstm import checkpoint
from lstm.__main__ import main
from lstm.build_assets import BOOK, RECIPES, build, structured_text
from lstm.train import DEFAULT_TEXT, TrainConfig, Trainer

ROOT = Path(__file__).resolve().parents[2]
ASSETS = ROOT / "assets"


@pytest.fixture(autouse=True)
def one_blas_thread():
    with threadpool_limits(1):
        yield


@pytest.fixture
def text_file(tmp_path):
    path = tmp_path / "v14.txt"
    path.write_text(DEFAULT_TEXT, encoding="utf-8")
    return path


def run_cli(*args):
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "lstm", *map(str, args)], capture_output=True, text=True,
                          cwd=ROOT, env=env, timeout=120)


def test_train_json_line_agrees_with_the_checkpoint(text_file, tmp_path):
    out = tmp_path / "m.npz"
    proc = run_cli("train", text_file, "--preset", "course", "--max-iters", "60", "--seed", "3", "--out", out, "--json")
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    for key in ("iterations", "seconds", "criterion", "reached", "smooth_loss", "exact_loss_per_window",
                "recitation_correct", "recitation_total", "checkpoint"):
        assert key in result, key
    assert (result["iterations"], result["criterion"], result["reached"], result["checkpoint"]) == \
        (60, "seed-ema", False, str(out))
    model, meta = checkpoint.load_with_metadata(out)
    assert meta["summary"] == {k: v for k, v in result.items() if k != "checkpoint"}
    assert meta["text"] == DEFAULT_TEXT and meta["train_config"]["seed"] == 3 and meta["train_config"]["max_iters"] == 60
    again = Trainer(meta["text"], TrainConfig(**meta["train_config"]))
    again.model.theta[:] = model.theta                          # the loaded weights give the printed numbers
    assert again.exact_loss_per_window() == pytest.approx(result["exact_loss_per_window"], rel=1e-12)
    assert again.recitation().n_correct == result["recitation_correct"]
    assert len(meta["history"]["loss"]) == 60


def test_fast_training_then_greedy_sample_recites_the_text(text_file, tmp_path, capsys):
    out = tmp_path / "fast.npz"
    assert main(["train", str(text_file), "--out", str(out), "--quiet"]) == 0
    assert "reached" in capsys.readouterr().out
    assert main(["sample", str(out), "--temperature", "0", "--length", str(len(DEFAULT_TEXT) - 1)]) == 0
    assert capsys.readouterr().out.rstrip("\n") == DEFAULT_TEXT
    assert main(["sample", str(out), "--prime", "AI", "--length", "5", "--seed", "1"]) == 0


@pytest.mark.parametrize("case", ["missing file", "not utf-8", "empty", "one symbol", "lr", "hidden", "preset"])
def test_bad_training_input_exits_2_with_a_message(case, tmp_path, text_file):
    bad = tmp_path / "bad.txt"
    args = {"missing file": [tmp_path / "nope.txt"], "not utf-8": [bad], "empty": [bad], "one symbol": [bad],
            "lr": [text_file, "--lr", "-1"], "hidden": [text_file, "--hidden", "0"],
            "preset": [text_file, "--preset", "slow"]}[case]
    bad.write_bytes({"not utf-8": b"\xff\xfe\x00abc", "one symbol": b"aaaa"}.get(case, b""))
    proc = run_cli("train", *args, "--max-iters", "1")
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr and "error" in proc.stderr.lower()


@pytest.mark.parametrize("args, message", [
    (["--prime", "\u2603"], "not in this model's vocabulary"), (["--temperature", "-1"], "temperature"),
    (["--length", "-5"], "length")])
def test_bad_sample_input_exits_2(args, message, capsys):
    assert main(["sample", str(ASSETS / "models" / "variant14-fast.npz"), *args]) == 2
    assert message in capsys.readouterr().err


def test_not_a_checkpoint_exits_2_without_traceback(tmp_path):
    bad = tmp_path / "x.npz"
    bad.write_bytes(b"not a zip at all")
    proc = run_cli("sample", bad)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr and "error:" in proc.stderr


def test_shipped_assets_exist_are_small_and_load():
    assert (ASSETS / "texts" / "variant14.txt").read_bytes() == DEFAULT_TEXT.encode("utf-8")   # no trailing newline
    assert (ASSETS / "texts" / "structured.txt").read_text(encoding="utf-8") == structured_text()
    for name in RECIPES:
        path = ASSETS / "models" / f"{name}.npz"
        assert path.stat().st_size < (5 << 20 if name in BOOK else 1 << 20), name   # book models: ≤ 5 MB
        model, meta = checkpoint.load_with_metadata(path)
        assert meta["summary"]["iterations"] > 0 and meta["text"]
    assert checkpoint.load_with_metadata(ASSETS / "models" / "variant14-fast.npz")[1]["summary"]["reached"]


def test_build_assets_rebuilds_the_fast_model(tmp_path):
    """Same texts byte for byte, same vocabulary and iteration count, and the same weights up to rounding.

    Not bit for bit across machines: OpenBLAS picks its matrix kernels by CPU (DYNAMIC_ARCH), so sums are
    rounded in another order, and Adam's normalised steps carry that along. Measured on a different Xeon
    than the one that built the shipped file: largest |Δ| 9e-7 after 47 iterations (weights up to ~2)."""
    build(tmp_path, ["variant14-fast"], log=lambda *_: None)
    for name in ("variant14", "structured"):
        assert (tmp_path / "texts" / f"{name}.txt").read_bytes() == (ASSETS / "texts" / f"{name}.txt").read_bytes()
    with np.load(tmp_path / "models" / "variant14-fast.npz") as new, \
            np.load(ASSETS / "models" / "variant14-fast.npz") as shipped:
        assert sorted(new.files) == sorted(shipped.files)
        for key in new.files:
            if key == "meta":                                 # meta holds the (varying) training seconds
                continue
            assert new[key].dtype == shipped[key].dtype and new[key].shape == shipped[key].shape, key
            if new[key].dtype.kind == "f":
                np.testing.assert_allclose(new[key], shipped[key], rtol=0, atol=1e-5, err_msg=key)
            else:
                assert new[key].tobytes() == shipped[key].tobytes(), key
    rebuilt, meta = checkpoint.load_with_metadata(tmp_path / "models" / "variant14-fast.npz")
    _shipped, shipped_meta = checkpoint.load_with_metadata(ASSETS / "models" / "variant14-fast.npz")
    assert meta["summary"]["iterations"] == shipped_meta["summary"]["iterations"]
    assert rebuilt.vocab == _shipped.vocab


def test_build_assets_refuses_unknown_models(tmp_path, capsys):
    assert main(["build-assets", "--out-dir", str(tmp_path), "--only", "nope"]) == 2
    assert "unknown model" in capsys.readouterr().err


def test_check_runs_the_gradient_check(capsys):
    assert main(["check"]) == 0
    assert "largest relative error" in capsys.readouterr().out


def test_passthrough_commands_keep_their_own_options(capsys):
    assert main(["check", "--seed", "1"]) == 0
    with pytest.raises(SystemExit) as exit_:
        main(["bench", "--help"])
    assert exit_.value.code == 0 and "--quick" in capsys.readouterr().out
