"""Real Keras and PyTorch model files, made by the frameworks themselves, with their own outputs on a text.

Run as a script (`python tests/framework_models.py OUT_DIR [--only NAME …]`; tests call build() which runs it
in a subprocess, so keras and torch never load into the test process). Keras 3 runs on the torch backend
(KERAS_BACKEND=torch, torch==2.13.0). For every model it writes the file(s) and NAME.ref.npz holding what the
framework computed on TEXT: probs (T, V) — softmax applied by the framework to a linear output — and for Keras
h{l}, c{l} (T, H) per LSTM layer l = 1.. from stepping that layer's own LSTMCell, plus hseq{l}, the layer's
own output sequence. A Keras model whose last LSTM has return_sequences=False gets its probs from a copy
(from its config, with return_sequences=True, same weights); prefix_probs are the original model's own
outputs on the prefixes prefix_lengths, which must equal that copy's rows. manifest.json lists the models.
"""
import json
import os
import subprocess
import sys
from pathlib import Path

TEXT = ("Alice was beginning to get very tired of sitting by her sister on the bank, and of having nothing to do: "
        "once or twice she had peeped into the book her sister was reading, but it had no pictures or "
        "conversations in it, 'and what is the use of a book,' thought Alice")[:200]
PREFIXES = (1, 57, 200)


def build(out_dir, only=()):
    """Run this file in a subprocess (KERAS_BACKEND=torch, one thread) and return the manifest dict."""
    env = dict(os.environ, KERAS_BACKEND="torch", OMP_NUM_THREADS="1", PYTHONHASHSEED="0")
    cmd = [sys.executable, __file__, str(out_dir)] + [a for name in only for a in ("--only", name)]
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=900)
    if done.returncode != 0:
        raise RuntimeError(f"making the framework models failed:\n{done.stderr[-4000:]}")
    return json.loads((Path(out_dir) / "manifest.json").read_text())


# ----------------------------------------------------------------------------------------------- Keras
def keras_specs(V, H, V_lower):
    """name -> (builder, input kind, V). Every supported shape at least once."""
    import keras
    from keras import layers as L

    def seq(*layers):
        return keras.Sequential(list(layers))

    def functional():
        inp = keras.Input((None, V))
        h = L.LSTM(H, return_sequences=True)(inp)
        h = L.LSTM(H, return_sequences=True)(h)
        return keras.Model(inp, L.Activation("softmax")(L.Dense(V)(h)))
    return {
        "k_tutorial": (lambda: seq(keras.Input((None, 1)), L.LSTM(H), L.Dropout(0.2),
                                   L.Dense(V_lower, activation="softmax")), "scaled-index", V_lower),
        "k_onehot_nobias": (lambda: seq(keras.Input((None, V)), L.LSTM(H, return_sequences=True, use_bias=False),
                                        L.Dense(V, activation="softmax")), "one-hot", V),
        "k_embed3": (lambda: seq(keras.Input((None,), dtype="int32"), L.Embedding(V, 5),
                                 L.LSTM(H, return_sequences=True), L.Dropout(0.1), L.LSTM(H, return_sequences=True),
                                 L.LSTM(H), L.Dense(V)), "embedding", V),
        "k_scaled2": (lambda: seq(keras.Input((None, 1)), L.LSTM(H, return_sequences=True), L.Dropout(0.3),
                                  L.LSTM(H, return_sequences=True), L.Dense(V, activation="softmax")),
                      "scaled-index", V),
        "k_functional2": (functional, "one-hot", V),
        "k_lecture": (lambda: seq(keras.Input((None, 1)), L.LSTM(256), L.Dropout(0.2),
                                  L.Dense(V_lower, activation="softmax")), "scaled-index", V_lower),
    }


def keras_inputs(kind, idx, V):
    import numpy as np
    if kind == "one-hot":
        return np.eye(V, dtype="float32")[idx][None]
    if kind == "scaled-index":
        return (idx / V).astype("float32")[None, :, None]               # the tutorial: x = index / V
    return idx.astype("int32")[None]


def _probs(keras, y, linear):
    return keras.ops.convert_to_numpy(keras.ops.softmax(y, axis=-1) if linear else y)


def keras_reference(keras, model, x):
    """probs for every step, per-layer h and c from each LSTM's own cell, and the original's prefix outputs."""
    import numpy as np
    lstms = [layer for layer in model.layers if isinstance(layer, keras.layers.LSTM)]
    dense = [layer for layer in model.layers if isinstance(layer, keras.layers.Dense)][0]
    linear = dense.get_config()["activation"] == "linear" and not any(
        isinstance(layer, keras.layers.Activation) for layer in model.layers)
    ref, every = {}, model
    if not lstms[-1].return_sequences:                  # a copy that returns every step, same weights
        config = model.get_config()
        for entry in config["layers"]:
            if entry["config"].get("name") == lstms[-1].name:
                entry["config"]["return_sequences"] = True
        every = keras.Sequential.from_config(config)
        every.set_weights(model.get_weights())
        ref["prefix_lengths"] = np.array(PREFIXES)
        ref["prefix_probs"] = np.stack([_probs(keras, model(x[:, :n], training=False), linear)[0] for n in PREFIXES])
    ref["probs"] = _probs(keras, every(x, training=False), linear)[0]
    seq_model = keras.Model(every.inputs, [layer.output for layer in every.layers if isinstance(layer, keras.layers.LSTM)])
    outs = seq_model(x, training=False)
    outs = outs if isinstance(outs, (list, tuple)) else [outs]
    inp = keras.ops.convert_to_tensor(x)
    emb = [layer for layer in every.layers if isinstance(layer, keras.layers.Embedding)]
    if emb:
        inp = emb[0](inp)
    for l, layer in enumerate([la for la in every.layers if isinstance(la, keras.layers.LSTM)], start=1):
        H = layer.units
        h, c, hs, cs = keras.ops.zeros((1, H)), keras.ops.zeros((1, H)), [], []
        for t in range(x.shape[1]):
            out, (h, c) = layer.cell(inp[:, t], [h, c], training=False)
            hs.append(keras.ops.convert_to_numpy(h)[0])
            cs.append(keras.ops.convert_to_numpy(c)[0])
        ref[f"h{l}"], ref[f"c{l}"], ref[f"hseq{l}"] = np.array(hs), np.array(cs), keras.ops.convert_to_numpy(outs[l - 1])[0]
        inp = keras.ops.convert_to_tensor(np.array(hs)[None])
    return ref


def make_keras(out, idx, idx_lower, V, V_lower, only):
    import keras
    import numpy as np
    manifest = {}
    for name, (builder, kind, V_model) in keras_specs(V, 6, V_lower).items():
        if only and name not in only:
            continue
        keras.utils.set_random_seed(sum(map(ord, name)))
        model = builder()
        rng = np.random.default_rng(sum(map(ord, name)))
        if name != "k_lecture":                           # the lecture's keeps Keras' own initial weights
            model.set_weights([rng.normal(0, 0.5, w.shape).astype("float32") for w in model.get_weights()])
        ids = idx_lower if V_model == V_lower else idx
        x = keras_inputs(kind, ids, V_model)
        if name == "k_tutorial":                          # as the lecture: compiled and fitted, so the file also
            windows = np.stack([x[0, k:k + 20] for k in range(0, 150, 10)])   # holds the optimizer's state
            targets = np.eye(V_model, dtype="float32")[ids[20:170:10]]
            model.compile(loss="categorical_crossentropy", optimizer="adam")
            model.fit(windows, targets, epochs=2, batch_size=5, verbose=0)
        np.savez(out / f"{name}.ref.npz", **keras_reference(keras, model, x))
        files = [f"{name}.keras"] + ([] if name == "k_lecture" else [f"{name}.h5"])
        for f in files:
            model.save(out / f)
        layers = sum(isinstance(la, keras.layers.LSTM) for la in model.layers)
        manifest[name] = {"files": files, "input": kind, "V": V_model, "layers": layers,
                          "H": model.layers[[isinstance(la, keras.layers.LSTM) for la in model.layers].index(True)].units,
                          "convention": "lower" if V_model == V_lower else "sorted", "framework": "Keras"}
    return manifest


# ----------------------------------------------------------------------------------------------- PyTorch
def torch_specs(V):
    """name -> (builder, input kind, key names or None): nn.LSTM models and a hand-written cell."""
    import torch
    from torch import nn

    class CharNet(nn.Module):                      # the usual student model: [nn.Embedding] → nn.LSTM → nn.Linear
        def __init__(self, X, H, layers, embed=0):
            super().__init__()
            self.embed = nn.Embedding(V, embed) if embed else None
            self.lstm = nn.LSTM(embed or X, H, num_layers=layers, batch_first=True)
            self.fc = nn.Linear(H, V)

        def forward(self, x):
            h, _ = self.lstm(self.embed(x) if self.embed is not None else x)
            return self.fc(h), h

    class OwnLSTM(nn.Module):                      # a hand-written cell with its own parameter names
        def __init__(self, X, H):
            super().__init__()
            self.Wx, self.Wh = nn.Parameter(torch.randn(4 * H, X)), nn.Parameter(torch.randn(4 * H, H))
            self.bx, self.bh = nn.Parameter(torch.randn(4 * H)), nn.Parameter(torch.randn(4 * H))
            self.head = nn.Linear(H, V)

        def forward(self, x):
            h = c = torch.zeros(1, self.Wh.shape[1])
            hs = []
            for t in range(x.shape[1]):
                i, f, g, o = (x[:, t] @ self.Wx.T + self.bx + h @ self.Wh.T + self.bh).chunk(4, dim=1)
                c = torch.sigmoid(f) * c + torch.sigmoid(i) * torch.tanh(g)
                h = torch.sigmoid(o) * torch.tanh(c)
                hs.append(h)
            h = torch.stack(hs, dim=1)
            return self.head(h), h

    return {"t_embed2": (lambda: CharNet(0, 6, 2, embed=4), "embedding", None),
            "t_onehot1": (lambda: CharNet(V, 6, 1), "one-hot", None),
            "t_scaled3": (lambda: CharNet(1, 6, 3), "scaled-index", None),
            "t_own_names": (lambda: OwnLSTM(V, 6), "one-hot", {"weight_ih_l0": "Wx", "weight_hh_l0": "Wh",
                            "bias_ih_l0": "bx", "bias_hh_l0": "bh", "linear.weight": "head.weight",
                            "linear.bias": "head.bias"})}


def make_torch(out, idx, V, only):
    import numpy as np
    import torch
    from safetensors.torch import save_file
    from torch import nn
    torch.set_num_threads(1)
    manifest = {}
    for name, (builder, kind, keys) in torch_specs(V).items():
        if only and name not in only:
            continue
        torch.manual_seed(sum(map(ord, name)))
        model = builder()
        with torch.no_grad():
            for p in model.parameters():
                p.normal_(0.0, 0.5)
        t_idx = torch.tensor(idx)
        x = {"embedding": t_idx[None], "one-hot": nn.functional.one_hot(t_idx, V).float()[None],
             "scaled-index": (t_idx.float() / V)[None, :, None]}[kind]
        with torch.no_grad():
            logits, h = model(x)
        np.savez(out / f"{name}.ref.npz", probs=torch.softmax(logits, -1)[0].numpy(), h_top=h[0].numpy())
        save_file(model.state_dict(), str(out / f"{name}.safetensors"))
        layers = model.lstm.num_layers if hasattr(model, "lstm") else 1
        manifest[name] = {"files": [f"{name}.safetensors"], "input": kind, "V": V, "layers": layers, "H": 6,
                          "convention": "sorted", "framework": "PyTorch", "keys": keys}
    return manifest


def main(argv):
    import numpy as np
    out, only = Path(argv[0]), set(argv[2::2]) if len(argv) > 1 else set()
    out.mkdir(parents=True, exist_ok=True)
    symbols, lower = sorted(set(TEXT)), sorted(set(TEXT.lower()))
    idx = np.array([symbols.index(ch) for ch in TEXT])
    idx_lower = np.array([lower.index(ch) for ch in TEXT.lower()])
    manifest = make_keras(out, idx, idx_lower, len(symbols), len(lower), only)
    manifest.update(make_torch(out, idx, len(symbols), only))
    (out / "manifest.json").write_text(json.dumps({"text": TEXT, "models": manifest}, indent=1))


if __name__ == "__main__":
    main(sys.argv[1:])
