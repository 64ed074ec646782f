"""python -m lstm import: a framework-made Keras / PyTorch file becomes our .npz checkpoint with the same
numbers; the vocabulary conventions and key names from the command line; clean refusals (exit 2, one line)."""
import json

import numpy as np

from lstm import checkpoint
from lstm.import_model import import_model
from tests.unit.test_cli import run_cli


def test_keras_tutorial_model_to_npz_with_the_lower_convention(framework_models, tmp_path):
    folder, manifest = framework_models
    text = tmp_path / "book.txt"
    text.write_text(manifest["text"], encoding="utf-8")
    out = tmp_path / "model.npz"
    done = run_cli("import", folder / "k_tutorial.keras", "--text", text, "--vocab", "lower", "--out", out)
    assert done.returncode == 0, done.stderr
    V = manifest["models"]["k_tutorial"]["V"]
    assert f"Keras LSTM(6), scaled-index input, {V} symbols (from " in done.stdout
    assert "vocabulary (lower): 0:' ' 1:',' 2:':' 3:'a'" in done.stdout and f"saved {out}" in done.stdout
    saved, meta = checkpoint.load_with_metadata(out)
    direct, _ = import_model(folder / "k_tutorial.keras", "k_tutorial.keras", manifest["text"], "lower")
    assert np.array_equal(saved.theta, direct.theta) and saved.config == direct.config
    assert meta["text"] == manifest["text"].lower() and meta["source"]["format"] == ".keras"
    ref = np.load(folder / "k_tutorial.ref.npz")["probs"]
    assert np.abs(saved.run(meta["text"]).probs - ref).max() < 1e-5


def test_json_vocabulary_and_key_names(framework_models, tmp_path):
    folder, manifest = framework_models
    vocab = tmp_path / "vocab.json"
    vocab.write_text(json.dumps(sorted(set(manifest["text"]))), encoding="utf-8")
    keys = [a for role, key in manifest["models"]["t_own_names"]["keys"].items() for a in ("--key", f"{role}={key}")]
    out = tmp_path / "t.npz"
    done = run_cli("import", folder / "t_own_names.safetensors", "--vocab", vocab, *keys, "--out", out)
    assert done.returncode == 0, done.stderr
    assert "PyTorch LSTM(6), one-hot input, 25 symbols" in done.stdout
    saved = checkpoint.load(out)
    assert np.abs(saved.run(manifest["text"]).probs - np.load(folder / "t_own_names.ref.npz")["probs"]).max() < 1e-5


def test_refusals_are_one_line_with_exit_code_2(framework_models, refused_models, tmp_path):
    folder, manifest = framework_models
    text = tmp_path / "t.txt"
    text.write_text(manifest["text"], encoding="utf-8")
    cases = [(folder / "k_tutorial.keras", ["--vocab", "sorted"], "but the model predicts 24"),
             (refused_models[0] / "rt_pickle.pt", [], "safetensors.torch.save_file"),
             (refused_models[0] / "r_gru.h5", [], "GRU"),
             (folder / "t_own_names.safetensors", [], "say which key"),
             (folder / "t_embed2.safetensors", ["--key", "nonsense"], "role = key"),
             (folder / "k_tutorial.keras", ["--vocab", tmp_path / "missing.json"], "cannot read"),
             (tmp_path / "absent.keras", [], "cannot read")]
    for model, extra, words in cases:
        done = run_cli("import", model, "--text", text, *extra, "--out", tmp_path / "x.npz")
        assert done.returncode == 2, (model, done.stderr)
        assert done.stderr.startswith("error: ") and words in done.stderr and "Traceback" not in done.stderr, done.stderr
        assert not (tmp_path / "x.npz").exists()


def test_a_text_file_with_a_byte_order_mark_fits_a_model_that_learned_it(tmp_path):
    """Windows Notepad's BOM: our reader removes it, the student's Keras/PyTorch script kept it as a symbol."""
    from safetensors.numpy import save_file
    body = "Ala ma kota.\nKot ma Alę.\n"
    text = tmp_path / "bom.txt"
    text.write_bytes(b"\xef\xbb\xbf" + body.replace("\n", "\r\n").encode("utf-8"))
    V, H = len(set(body)) + 1, 4                               # the BOM as one more symbol
    rng = np.random.default_rng(0)
    save_file({"weight_ih_l0": rng.normal(size=(4 * H, V)), "weight_hh_l0": rng.normal(size=(4 * H, H)),
               "bias_ih_l0": np.zeros(4 * H), "bias_hh_l0": np.zeros(4 * H),
               "fc.weight": rng.normal(size=(V, H)), "fc.bias": np.zeros(V)}, str(tmp_path / "m.safetensors"))
    out = tmp_path / "m.npz"
    done = run_cli("import", tmp_path / "m.safetensors", "--text", text, "--vocab", "sorted", "--out", out)
    assert done.returncode == 0, done.stderr
    assert "byte-order mark (U+FEFF) read as a symbol" in done.stdout
    model, meta = checkpoint.load_with_metadata(out)
    assert model.vocab.symbols == tuple(sorted(set(body) | {"\ufeff"})) and meta["text"] == body
    assert "byte-order mark" in meta["vocab_note"] and model.vocab.encode(meta["text"]).size == len(body)
