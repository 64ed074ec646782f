"""Keras and PyTorch files of shapes the import must refuse, made by the frameworks themselves.

Run as a script (`python tests/framework_refused.py OUT_DIR`; tests call build()). Writes the files and
refused.json: {file name: words the refusal message must contain}. The Lambda model's function would
create the file MARKER if anything ever ran it; the script deletes that file after saving the model.
"""
import json
import os
import subprocess
import sys
from pathlib import Path

V, H = 12, 5
MARKER = "lambda_ran.txt"


def build(out_dir):
    env = dict(os.environ, KERAS_BACKEND="torch", OMP_NUM_THREADS="1")
    done = subprocess.run([sys.executable, __file__, str(out_dir)], env=env, capture_output=True, text=True,
                          timeout=900)
    if done.returncode != 0:
        raise RuntimeError(f"making the refused framework models failed:\n{done.stderr[-4000:]}")
    return json.loads((Path(out_dir) / "refused.json").read_text())


def keras_refused(out):
    import keras
    from keras import layers as L

    @keras.saving.register_keras_serializable(package="student")
    class MyLayer(L.Layer):                     # a custom class: its code lives in the student's script only
        def call(self, x):
            return x * 2.0

    marker = str(out / MARKER)

    def touch(x):                               # a side effect that would show if the file's code ever ran
        open(marker, "w").close()
        return x

    def seq(*layers):
        return keras.Sequential([keras.Input((None, V))] + list(layers))
    dense = lambda: L.Dense(V, activation="softmax")             # noqa: E731
    models = {
        "r_gru": (seq(L.GRU(H, return_sequences=True), dense()), ["GRU"]),
        "r_bidirectional": (seq(L.Bidirectional(L.LSTM(H, return_sequences=True)), dense()), ["Bidirectional"]),
        "r_lambda": (seq(L.Lambda(touch), L.LSTM(H), dense()), ["Lambda", "never runs"]),
        "r_custom": (seq(MyLayer(), L.LSTM(H), dense()), ["custom layer", "student"]),
        "r_hard_sigmoid": (seq(L.LSTM(H, recurrent_activation="hard_sigmoid"), dense()), ["hard_sigmoid"]),
        "r_backwards": (seq(L.LSTM(H, go_backwards=True), dense()), ["backwards"]),
        "r_four": (seq(*[L.LSTM(H, return_sequences=True) for _ in range(4)], dense()), ["4 LSTM layers"]),
        "r_sizes": (seq(L.LSTM(H, return_sequences=True), L.LSTM(H + 2), dense()), ["different sizes"]),
        "r_conv": (seq(L.Conv1D(4, 3), L.LSTM(H), dense()), ["Conv1D"]),
        "r_relu": (seq(L.LSTM(H), L.Dense(V, activation="relu")), ["relu"]),
        "r_two_dense": (seq(L.LSTM(H), L.Dense(8), L.Dense(V)), ["'dense_", "Dense"]),
        "r_no_dense": (seq(L.LSTM(V)), ["without a Dense"]),
        "r_input_size": (keras.Sequential([keras.Input((None, 3)), L.LSTM(H), dense()]), ["3 numbers per step"]),
        "r_mask": (keras.Sequential([keras.Input((None,), dtype="int32"), L.Embedding(V, 4, mask_zero=True),
                                     L.LSTM(H), dense()]), ["mask_zero"]),
    }
    expected = {}
    for name, (model, words) in models.items():
        model.save(out / f"{name}.keras")
        expected[f"{name}.keras"] = words
        if name not in ("r_lambda", "r_custom"):          # legacy .h5 cannot hold these two
            model.save(out / f"{name}.h5")
            expected[f"{name}.h5"] = words
    ok = models["r_relu"][0]
    ok.save_weights(out / "weights_only.weights.h5")       # weights without the model's layers
    expected["weights_only.weights.h5"] = ["weights only"]
    if os.path.exists(marker):
        os.remove(marker)
    return expected


def torch_refused(out):
    import torch
    from safetensors.torch import save_file
    from torch import nn

    class Net(nn.Module):
        def __init__(self, rnn, head):
            super().__init__()
            self.rnn, self.head = rnn, head
    nets = {
        "rt_bidirectional": (Net(nn.LSTM(V, H, bidirectional=True), nn.Linear(2 * H, V)), ["bidirectional"]),
        "rt_proj": (Net(nn.LSTM(V, H, proj_size=3), nn.Linear(3, V)), ["projections"]),
        "rt_gru": (Net(nn.GRU(V, H), nn.Linear(H, V)), ["(4H, H)"]),
        "rt_four": (Net(nn.LSTM(V, H, num_layers=4), nn.Linear(H, V)), ["4 layers"]),
        "rt_mlp_head": (Net(nn.LSTM(V, H), nn.Sequential(nn.Linear(H, 8), nn.ReLU(), nn.Linear(8, V))),
                        ["nn.Linear", "say which keys are which"]),
    }
    expected = {}
    for name, (net, words) in nets.items():
        save_file(net.state_dict(), str(out / f"{name}.safetensors"))
        expected[f"{name}.safetensors"] = words
    plain = Net(nn.LSTM(V, H), nn.Linear(H, V))
    save_file(plain.to(torch.bfloat16).state_dict(), str(out / "rt_bf16.safetensors"))
    expected["rt_bf16.safetensors"] = ["BF16", "model.float()"]
    torch.save(plain.state_dict(), out / "rt_pickle.pt")
    expected["rt_pickle.pt"] = ["pickle", "safetensors.torch.save_file"]
    torch.save(plain.state_dict(), out / "rt_pickle_renamed.bin")    # a pickle whatever its name says
    expected["rt_pickle_renamed.bin"] = ["pickle", "safetensors.torch.save_file"]
    return expected


def main(argv):
    out = Path(argv[0])
    out.mkdir(parents=True, exist_ok=True)
    expected = {**keras_refused(out), **torch_refused(out)}
    (out / "refused.json").write_text(json.dumps(expected, indent=1))


if __name__ == "__main__":
    main(sys.argv[1:])
