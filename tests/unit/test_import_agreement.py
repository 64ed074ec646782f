"""The proof that the gate mapping is right: for every model Keras or PyTorch made (tests/framework_models.py),
our Trace of the imported model equals what the framework itself computed on the same 200-character text.

probs to 1e-5 (float32 weights; the import runs them in float64) for every file; for Keras also h and C of
every layer at every step, against the framework's own LSTMCell stepped one symbol at a time and the layer's
own output sequence. A model whose last LSTM returns only its last step (the tutorial's) is compared through
a Keras copy that returns every step (same config, same weights), and that copy against the original model
itself on three prefixes (1, 57 and 200 symbols).
"""
import numpy as np
import pytest

from lstm.import_model import import_model
from lstm.imported import keras_layer, torch_layer

KERAS = ["k_tutorial", "k_onehot_nobias", "k_embed3", "k_scaled2", "k_functional2", "k_lecture"]
TORCH = ["t_embed2", "t_onehot1", "t_scaled3", "t_own_names"]
FILES = [(n, n + ext) for n in KERAS for ext in (".keras", ".h5") if not (n == "k_lecture" and ext == ".h5")]
FILES += [(n, n + ".safetensors") for n in TORCH]
TOL = 1e-5


@pytest.fixture(scope="module")
def runs(framework_models):
    """{file: (manifest entry, the framework's reference arrays, our model, our Trace on the text)}."""
    folder, manifest = framework_models
    out = {}
    for name, file in FILES:
        entry = manifest["models"][name]
        model, meta = import_model(folder / file, file, manifest["text"], entry["convention"], keys=entry.get("keys"))
        out[file] = (entry, dict(np.load(folder / f"{name}.ref.npz")), model, model.run(meta["text"]))
    return out


@pytest.mark.parametrize("name, file", FILES)
def test_next_symbol_probabilities_equal_the_frameworks(runs, name, file):
    entry, ref, model, trace = runs[file]
    assert trace.T == 200 and ref["probs"].shape == (200, entry["V"])
    assert (model.L, model.H, model.V) == (entry["layers"], entry["H"], entry["V"])
    assert np.abs(trace.probs - ref["probs"]).max() < TOL


@pytest.mark.parametrize("name, file", [f for f in FILES if f[0] in KERAS])
def test_keras_h_and_c_equal_the_frameworks_in_every_layer_at_every_step(runs, name, file):
    entry, ref, model, trace = runs[file]
    assert len(trace.layers) == entry["layers"]
    for l, layer in enumerate(trace.layers, start=1):
        assert np.abs(layer.h - ref[f"h{l}"]).max() < TOL, f"h of layer {l}"
        assert np.abs(layer.c - ref[f"c{l}"]).max() < TOL, f"C of layer {l}"
        assert np.abs(layer.h - ref[f"hseq{l}"]).max() < TOL, f"h of layer {l} (the layer's own sequence)"


@pytest.mark.parametrize("file", ["k_tutorial.keras", "k_embed3.h5", "k_lecture.keras"])
def test_a_last_step_only_model_equals_itself_on_prefixes(runs, file):
    _, ref, _, trace = runs[file]
    assert list(ref["prefix_lengths"]) == [1, 57, 200]
    assert np.abs(trace.probs[ref["prefix_lengths"] - 1] - ref["prefix_probs"]).max() < TOL


@pytest.mark.parametrize("name, file", [f for f in FILES if f[0] in TORCH])
def test_pytorch_top_h_equals_the_frameworks(runs, name, file):
    _, ref, _, trace = runs[file]
    assert np.abs(trace.h - ref["h_top"]).max() < TOL


def test_the_comparison_would_catch_swapped_gates(runs):
    """Swapping f and i (the mistake a wrong table makes) moves the probabilities far beyond the tolerance."""
    for file in ("k_scaled2.keras", "t_embed2.safetensors"):
        _, ref, model, trace = runs[file]
        wrong = model.copy()
        params = wrong.layer_params(1)
        params["W_f"][...], params["W_i"][...] = model.layer_params(1)["W_i"], model.layer_params(1)["W_f"]
        assert np.abs(wrong.run(trace.tokens).probs - ref["probs"]).max() > 1e-3


def test_keras_unit_forget_bias_lands_on_b_f(runs):
    """k_lecture keeps Keras' initial weights: unit_forget_bias puts 1 in the forget gate's bias, 0 elsewhere."""
    _, _, model, _ = runs["k_lecture.keras"]
    p = model.layer_params(1)
    assert (p["b_f"] == 1).all() and not p["b_i"].any() and not p["b_c"].any() and not p["b_o"].any()


def test_the_mapping_tables_block_by_block():
    """Each framework's four blocks filled with their own number land where lstm/imported.py's table says."""
    H, X = 2, 3
    block = np.repeat(np.arange(4.0), H)                     # file order: 0 0 1 1 2 2 3 3
    k = keras_layer(np.tile(block, (X, 1)), np.tile(block + 10, (H, 1)), block + 20)
    for pos, (gate, keras_block) in enumerate(zip("f i C̃ o".split(), (1, 0, 2, 3))):
        assert (k.W[pos][:, :H] == keras_block + 10).all(), gate          # recurrent part first: z = [h, x]
        assert (k.W[pos][:, H:] == keras_block).all() and (k.b[pos] == keras_block + 20).all(), gate
    t = torch_layer(np.tile(block[:, None], (1, X)), np.tile(block[:, None] + 10, (1, H)), block + 20, block + 100)
    for pos, torch_block in enumerate((1, 0, 2, 3)):                    # f, i, g (= C̃), o
        assert (t.W[pos][:, :H] == torch_block + 10).all() and (t.W[pos][:, H:] == torch_block).all()
        assert (t.b[pos] == 2 * torch_block + 120).all()                # bias_ih + bias_hh
