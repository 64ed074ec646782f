"""The course's notation, written once: what each recorded quantity is called in code, how it is written
(plain text and LaTeX), its English label, and which quantities each kind of cell records.

    f = σ(W_f·z + b_f)   i = σ(W_i·z + b_i)   C̃ = tanh(W_C·z + b_C)   C = f*C_prev + i*C̃
    o = σ(W_o·z + b_o)   h = o*tanh(C)        (GRU: u, r, h̃; vanilla RNN: h only)

Code spells C̃ `c_bar` (weights W_c, b_c) and h̃ `h_bar` (W_h, b_h). lstm.trace, lstm.steps, lstm.series,
lstm.explain, lstm.predict, the figure builders (charts/) and the pages read these tables; labels are
English, marked with N_() for the catalogue, and the interface translates them where it shows them
(tr.gettext(LABEL[name])).
"""
from .messages import N_

# the (T, H) arrays each kind of cell records, in the course's order (Trace fields, to_frame(), the pages)
QUANTITIES = {"lstm": ("f", "i", "c_bar", "c", "o", "h"), "rnn": ("h",), "gru": ("u", "r", "h_bar", "h")}
GATES = {"lstm": ("f", "i", "o"), "gru": ("u", "r"), "rnn": ()}      # the σ gates, each in [0, 1]
PARTS = ("f", "i", "c_bar", "c", "o", "u", "r", "h_bar", "h")         # every quantity any cell records
WEIGHTS = {"f": "f", "i": "i", "c_bar": "c", "o": "o",               # quantity -> the suffix of its W_*, b_*
           "u": "u", "r": "r", "h_bar": "h"}

SYMBOL = {"f": "f", "i": "i", "c_bar": "C̃", "c": "C", "o": "o", "h": "h", "u": "u", "r": "r", "h_bar": "h̃",
          "tanh_c": "tanh(C)", "c_prev": "C_prev", "h_prev": "h_prev"}
LATEX = {"f": "f", "i": "i", "c_bar": r"\tilde{C}", "c": "C", "o": "o", "h": "h", "u": "u", "r": "r",
         "h_bar": r"\tilde{h}", "tanh_c": r"\tanh(C)", "c_prev": "C_{t-1}", "h_prev": "h_{t-1}"}
LABEL = {"f": N_("forget gate f"), "i": N_("input gate i"), "c_bar": N_("candidate C̃"), "c": N_("cell state C"),
         "o": N_("output gate o"), "h": N_("hidden state h"), "u": N_("update gate u"), "r": N_("reset gate r"),
         "h_bar": N_("candidate h̃"), "tanh_c": "tanh(C)"}     # a formula: the same in every language


def is_gate(name):
    """True for a σ gate (f, i, o, u, r: values in [0, 1]); False for C̃, C, h, h̃, tanh(C) (signed)."""
    return any(name in gates for gates in GATES.values())
