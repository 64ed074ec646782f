"""The layer selector of the pages that draw one layer's internals (Gates, Cell state, One step, Find the
neuron, Attribution, Report). A stacked model (model.L > 1) gets a selectbox, default the top layer (the
one W_y reads); a one-layer model gets no widget and its only Trace.
"""
from typing import NamedTuple

import streamlit as st

from charts.alt import alt_text
from charts.heatmaps import unit_heatmap

from .i18n import _, translations


def layer_label(layer, L):
    """'Layer 2 of 2 (top: the output reads it)' and friends, for the selectbox."""
    if layer == L:
        return _("Layer {l} of {L} (top: y = softmax(W_y·h + b_y) reads its h)").format(l=layer, L=L)
    if layer == 1:
        return _("Layer {l} of {L} (bottom: reads the symbols)").format(l=layer, L=L)
    return _("Layer {l} of {L} (reads h of layer {below})").format(l=layer, L=L, below=layer - 1)


def chosen_layer(trace, key, where=st):
    """(layer number 1..L, that layer's Trace) for a page's selectbox under `key` (kept in st.session_state);
    trace: the model's run (the top layer's Trace, with .layers). One layer: (1, trace), no widget."""
    L = trace.L
    if L == 1:
        return 1, trace
    if st.session_state.get(key) not in range(1, L + 1):
        st.session_state[key] = L                      # first view (or a model with fewer layers): the top
    layer = where.selectbox(_("Layer"), list(range(L, 0, -1)), key=key, format_func=lambda l: layer_label(l, L),
                            help=_("This model stacks {L} LSTM layers: layer 1 reads the symbols, each layer "
                                   "above reads the h of the layer below, and the output reads the top one.")
                            .format(L=L))
    return layer, trace.layers[layer - 1]


def layer_title(title, trace):
    """A figure title naming the layer for a stacked model ('Forget gate f — layer 1 of 2'); else unchanged."""
    return title if trace.L == 1 else _("{title} — layer {l} of {L}").format(title=title, l=trace.layer, L=trace.L)


class Drawn(NamedTuple):
    """A figure and its text alternative (charts.alt.alt_text), computed together so a cache keeps both."""
    fig: object            # plotly go.Figure
    alt: str


@st.cache_data(max_entries=48, show_spinner=False)
def layer_heatmap(key, text, layer, quantity, name, title, signed, language, _trace, _axis):
    """charts.heatmaps.unit_heatmap of `quantity` of one layer's Trace (_trace, not hashed: the model's
    fingerprint `key`, the text and the layer stand for it), its steps labelled by `_axis` (the page context's
    steps_axis: the model, hence the key, decides it), with its alt text. Cached: a book model's
    256 × 2,000 heatmap takes ~26 ms to build, ~10 ms to copy out of the cache and ~9 ms to describe, and a page
    draws three. `language` (ui.lang()) keys the cache: the hover and alt words are in it."""
    tr = translations(language)
    fig = _axis(unit_heatmap(_trace.get(quantity), _trace.tokens, name, title, signed=signed, tr=tr))
    return Drawn(fig, alt_text(fig, tr))
