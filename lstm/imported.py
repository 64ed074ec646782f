"""A model from another framework, in the course's notation: the neutral description both importers fill.

lstm.import_keras (a Keras .keras / .h5 file) and lstm.import_torch (a PyTorch state_dict in .safetensors)
read a file into an `Imported`: the input (one-hot, an embedding table, or the tutorial's scaled index),
1-3 stacked LSTM layers whose gates are already in the course's order, and the output layer W_y, b_y.
lstm.import_model turns it into our CharLSTM. Nothing here reads files or imports a framework.

How each framework packs the four gates, and where each goes (H = units, X = the layer's input size):

| course (this app)        | Keras LSTM (kernel (X, 4H), recurrent_kernel (H, 4H), bias (4H,)) | PyTorch nn.LSTM (weight_ih_lk (4H, X), weight_hh_lk (4H, H), bias_ih_lk, bias_hh_lk (4H,)) |
|--------------------------|------------------------------------------|------------------------------------------------|
| f  forget gate           | block 2 of 4: columns H:2H ("f")         | block 2 of 4: rows H:2H ("f")                  |
| i  input gate            | block 1: columns 0:H ("i")               | block 1: rows 0:H ("i")                        |
| C̃  candidate (c_bar)     | block 3: columns 2H:3H ("c")             | block 3: rows 2H:3H ("g")                      |
| o  output gate           | block 4: columns 3H:4H ("o")             | block 4: rows 3H:4H ("o")                      |
| W_g (H, H+X) on z=[h, x] | [recurrent_kernel[:, g].T, kernel[:, g].T] | [weight_hh[g], weight_ih[g]]                 |
| b_g (H,)                 | bias[g]                                  | bias_ih[g] + bias_hh[g] (two biases that add)  |
| W_y (V, H), b_y (V,)     | Dense kernel (H, V).T, Dense bias        | nn.Linear weight (V, H), bias                  |
| E (V, D)                 | Embedding embeddings (V, D)              | nn.Embedding weight (V, D)                     |

Sources: PyTorch, torch.nn.LSTM (docs.pytorch.org/docs/stable/generated/torch.nn.LSTM.html): "weight_ih_l[k]:
the learnable input-hidden weights of the k-th layer (W_ii|W_if|W_ig|W_io), of shape (4*hidden_size, input_size)",
and its equations i_t = σ(W_ii x_t + b_ii + W_hi h_{t-1} + b_hi), … with both biases. Keras, keras.layers.LSTM
(keras.io/api/layers/recurrent_layers/lstm/) documents kernel, recurrent_kernel and unit_forget_bias ("add 1 to
the bias of the forget gate at initialization"); the packing itself is in its source, keras/src/layers/rnn/
lstm.py, LSTMCell.call: `k_i, k_f, k_c, k_o = ops.split(self.kernel, 4, axis=1)` and `b_i, b_f, b_c, b_o`, and
LSTMCell.build puts unit_forget_bias's ones at bias[units:2*units], the second block. Both frameworks compute
the same cell as the course (σ gates, tanh candidate and output); a layer with other activations is refused.
tests/unit/test_import_gates.py checks both tables on framework-made weights.
"""
from dataclasses import dataclass
from typing import NamedTuple, Optional

import numpy as np

from .checkpoint_meta import CheckpointError
from .model import MAX_HIDDEN, MAX_VOCAB
from .messages import N_, N_n

COURSE_GATES = ("f", "i", "c", "o")     # our W_f, W_i, W_c (C̃), W_o, in the course's order
KERAS_GATES = ("i", "f", "c", "o")      # Keras' four column blocks, in file order
TORCH_GATES = ("i", "f", "g", "o")      # PyTorch's four row blocks, in file order (g is C̃)
TORCH_TO_COURSE = {"i": "i", "f": "f", "g": "c", "o": "o"}
INPUTS = ("one-hot", "embedding", "scaled-index")   # x_t = one_hot(index), E[index], or index / V (X = 1)
MAX_LAYERS = 3
SUPPORTED = N_("[Embedding] → LSTM (1 to 3 stacked, same size) → [Dropout] → Dense(V, softmax or linear), with "
               "one-hot, Embedding or scaled-index (index / V) input")


class ModelImportError(CheckpointError):
    """A file that cannot be imported: not a supported model, damaged, too large, or unsafe. A CheckpointError,
    so every place that shows a bad checkpoint's message shows this one too."""


class LSTMLayer(NamedTuple):
    """One LSTM layer in the course's notation: W (4, H, H + X) and b (4, H), gates f, i, C̃, o in that order."""
    W: np.ndarray
    b: np.ndarray


@dataclass(frozen=True, eq=False)
class Imported:
    """A framework's character model, framework-neutral; arrays float64 (exact copies of float32/16 weights).

    framework: "Keras" or "PyTorch"; file_format: ".keras", ".h5" or ".safetensors"; input: one of INPUTS;
    E: (V, D) with input "embedding", else None; lstm: the layers, bottom first; W_y: (V, H), b_y: (V,);
    output: "softmax" or "linear" (the same probabilities here: the pages apply softmax to W_y·h + b_y);
    dropout: the largest dropout rate in the file (training only; kept for fine-tuning); names: the
    framework's own names of the layers used, bottom first; version: the framework version the file states.
    """
    framework: str
    file_format: str
    input: str
    E: Optional[np.ndarray]
    lstm: tuple
    W_y: np.ndarray
    b_y: np.ndarray
    output: str = "softmax"
    dropout: float = 0.0
    names: tuple = ()
    version: str = ""

    V = property(lambda self: self.W_y.shape[0])
    H = property(lambda self: self.W_y.shape[1])
    L = property(lambda self: len(self.lstm))
    X = property(lambda self: self.lstm[0].W.shape[2] - self.H)
    D = property(lambda self: 0 if self.E is None else self.E.shape[1])

    def source(self, file_name=""):
        """What the app stores in the checkpoint metadata as "source" (JSON), and the model line is built from."""
        return {"framework": self.framework, "format": self.file_format, "file": file_name, "input": self.input,
                "layers": self.L, "hidden": self.H, "embed_dim": self.D, "symbols": self.V, "output": self.output,
                "names": list(self.names), "version": self.version}


def _blocks(array, H, axis):
    """The four gate blocks of a packed array along axis (4H long), in file order."""
    if array.shape[axis] != 4 * H:
        raise ModelImportError(N_("a packed LSTM array has {shape} entries along its gate axis; expected 4 × {h} = "
                                  "{four_h}"), shape=array.shape[axis], h=H, four_h=4 * H)
    return np.split(np.asarray(array, dtype=np.float64), 4, axis=axis)


def keras_layer(kernel, recurrent_kernel, bias):
    """Keras' kernel (X, 4H), recurrent_kernel (H, 4H), bias (4H,) or None -> LSTMLayer (course order)."""
    H = recurrent_kernel.shape[0]
    k = dict(zip(KERAS_GATES, _blocks(kernel, H, 1)))
    r = dict(zip(KERAS_GATES, _blocks(recurrent_kernel, H, 1)))
    b = dict(zip(KERAS_GATES, _blocks(np.zeros(4 * H) if bias is None else bias, H, 0)))
    W = np.stack([np.hstack([r[g].T, k[g].T]) for g in COURSE_GATES])      # W_g acts on z = [h_prev, x]
    return LSTMLayer(W, np.stack([b[g] for g in COURSE_GATES]))


def torch_layer(weight_ih, weight_hh, bias_ih, bias_hh):
    """PyTorch's weight_ih (4H, X), weight_hh (4H, H), bias_ih, bias_hh (4H,) or None -> LSTMLayer."""
    H = weight_hh.shape[1]
    w_ih = dict(zip(TORCH_GATES, _blocks(weight_ih, H, 0)))
    w_hh = dict(zip(TORCH_GATES, _blocks(weight_hh, H, 0)))
    zero = np.zeros(4 * H)
    b_ih = dict(zip(TORCH_GATES, _blocks(zero if bias_ih is None else bias_ih, H, 0)))
    b_hh = dict(zip(TORCH_GATES, _blocks(zero if bias_hh is None else bias_hh, H, 0)))
    course = {TORCH_TO_COURSE[g]: g for g in TORCH_GATES}
    W = np.stack([np.hstack([w_hh[course[g]], w_ih[course[g]]]) for g in COURSE_GATES])
    return LSTMLayer(W, np.stack([b_ih[course[g]] + b_hh[course[g]] for g in COURSE_GATES]))


def input_kind(X, V, has_embedding):
    """Which input the first LSTM reads, from its input size X and the vocabulary size V (Dense outputs)."""
    if has_embedding:
        return "embedding"
    if X == V:
        return "one-hot"
    if X == 1:
        return "scaled-index"
    raise ModelImportError(N_("the first LSTM reads {x} numbers per step, but the model predicts {v} symbols: the "
                              "input is neither one-hot ({v} numbers), an Embedding layer, nor a scaled index (1 "
                              "number, index / {v}), so this app cannot tell what a symbol's input is"), x=X, v=V)


def check_sizes(H, V, D=0):
    """Refuse, before any weight is read, a model larger than this app shows (lstm.model's MAX_HIDDEN, MAX_VOCAB)."""
    if not (1 <= H <= MAX_HIDDEN and 2 <= V <= MAX_VOCAB and 0 <= D <= MAX_HIDDEN):
        raise ModelImportError(N_("the model has H = {h} units, {v} symbols and an embedding of D = {d}; this app "
                                  "shows models of 1 to {max_hidden} units, 2 to {max_vocab} symbols and D up to "
                                  "{max_hidden}"), h=H, v=V, d=D, max_hidden=MAX_HIDDEN, max_vocab=MAX_VOCAB)


def check_finite(name, array):
    """Refuse NaN or Inf weights, naming the array (a model with them predicts nothing)."""
    if not np.isfinite(array).all():
        bad = int(np.size(array) - np.isfinite(array).sum())
        raise ModelImportError(N_n("the weights {name} contain {n} NaN or infinite value; the model is broken "
                                   "(training diverged?) and cannot be shown",
                                   "the weights {name} contain {n} NaN or infinite values; the model is broken "
                                   "(training diverged?) and cannot be shown"), name=name, n=bad)
    return array


INPUT_WORDS = {"one-hot": N_("one-hot input"), "embedding": N_("embedding input (D = {D})"),
               "scaled-index": N_("scaled-index input")}
OTHER_INPUT = N_("{input} input")


def describe(source, translate=str):
    """One line for a model's "source" metadata: 'Keras LSTM(256), scaled-index input, 61 symbols'.

    source: the dict Imported.source() made (it may come back from a checkpoint file, so every field is
    read defensively); translate: the UI's _() (English by default)."""
    if not isinstance(source, dict):
        return ""
    get = lambda key, default="?": str(source.get(key, default))          # noqa: E731
    stack = (translate("LSTM({H})") if get("layers", "1") == "1" else
             translate("LSTM({H}) × {L}")).format(H=get("hidden"), L=get("layers"))
    words = translate(INPUT_WORDS.get(source.get("input"), OTHER_INPUT)).format(D=get("embed_dim"),
                                                                                   input=get("input"))
    return translate("{framework} {stack}, {input}, {V} symbols").format(
        framework=get("framework"), stack=stack, input=words, V=get("symbols"))
