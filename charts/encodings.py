"""Figures of the Encodings page: index encoding, one-hot heatmap, embedding PCA scatter, sizes.

Pure builders (data in -> plotly Figure out), no Streamlit; symbols are shown literally via
charts.style.symbol_label. Used by pages/1_Encodings.py; tested in tests/charts/test_encodings.py.
"""
import numpy as np
import plotly.graph_objects as go

from lstm.symbols import label

from .style import BLUE, ENGLISH, N_, VERMILLION, char_axis, hover, layout, symbol_label

MAX_POINT_LABELS = 150        # more points than this: labels only on hover (text would be a blur)


def visible_symbol(symbol):
    """A symbol for a table cell: invisible and control characters labelled (lstm.symbols; tables show
    text literally, so no HTML escaping)."""
    return label(symbol)


def index_strip(tokens, indices, title=N_("Index encoding: each symbol is replaced by its index"), tr=ENGLISH):
    """Position t -> index of the symbol there, one marker per symbol labelled with the symbol."""
    _ = tr.gettext
    labels = [symbol_label(s) for s in tokens]
    steps = np.arange(len(tokens))
    fig = go.Figure(go.Scatter(
        x=steps, y=np.asarray(indices), mode="markers+text", text=labels, textposition="top center",
        marker=dict(size=8, color=BLUE), customdata=labels,
        hovertemplate=hover(_("position {p} '{c}'").format(p="%{x}", c="%{customdata}"),
                            _("index = {i}").format(i="%{y}"))))
    char_axis(fig, list(tokens))
    return layout(fig, _(title), _("symbol in the text (position t)"), _("index in the vocabulary"), height=320)


def one_hot_heatmap(tokens, symbols, matrix, title=N_("One-hot encoding: one row per symbol of the text"), tr=ENGLISH):
    """matrix: (N, V) one-hot rows for the N tokens; columns are the vocabulary's symbols."""
    _ = tr.gettext
    matrix = np.asarray(matrix)
    n, v = matrix.shape
    row_labels = [symbol_label(s) for s in tokens]
    col_labels = [symbol_label(s) for s in symbols]
    custom = np.empty((n, v, 2), dtype=object)
    custom[:, :, 0] = np.array(row_labels, dtype=object)[:, None]
    custom[:, :, 1] = np.array(col_labels, dtype=object)[None, :]
    fig = go.Figure(go.Heatmap(
        z=matrix, x=np.arange(v), y=np.arange(n), zmin=0, zmax=1, colorscale="Blues", showscale=False,
        xgap=1, ygap=1, customdata=custom,
        hovertemplate=hover(_("position {p} '{c}'").format(p="%{y}", c="%{customdata[0]}"),
                            _("column {x} '{c}'").format(x="%{x}", c="%{customdata[1]}"),
                            _("value = {v}").format(v="%{z:.0f}"))))
    char_axis(fig, list(symbols), axis="x")
    char_axis(fig, list(tokens), axis="y")
    fig.update_yaxes(autorange="reversed")
    return layout(fig, _(title), _("vocabulary column (symbol)"), _("position in the text (symbol)"),
                  height=max(300, 60 + 14 * n))


def embedding_scatter(symbols, coords, explained, title=N_("Learned input vectors, projected to 2-D (PCA)"),
                      labelled=None, tr=ENGLISH):
    """coords: (V, 2) principal-component coordinates; explained: (2,) variance fractions.
    labelled: indices of the symbols whose names are written on the plot (a large vocabulary: its most
    frequent words), drawn as a second, darker layer; None: every name when there are at most
    MAX_POINT_LABELS symbols, else names on hover only."""
    _ = tr.gettext
    coords = np.asarray(coords)
    labels = [symbol_label(s) for s in symbols]
    mode = "markers+text" if len(labels) <= MAX_POINT_LABELS and labelled is None else "markers"
    tip = hover(_("'{t}' (index {i})").format(t="%{text}", i="%{customdata}"), "PC1 = %{x:.4f}", "PC2 = %{y:.4f}")
    fig = go.Figure(go.Scatter(
        x=coords[:, 0], y=coords[:, 1], mode=mode, text=labels, textposition="top center",
        name=_("every symbol"),
        marker=dict(size=9 if labelled is None else 5, color=VERMILLION, opacity=1 if labelled is None else 0.35),
        customdata=np.arange(len(labels)), hovertemplate=tip))
    if labelled is not None:
        idx = np.asarray(labelled, dtype=np.int64)
        fig.add_trace(go.Scatter(x=coords[idx, 0], y=coords[idx, 1], mode="markers+text", textposition="top center",
                                 text=[labels[k] for k in idx], customdata=idx, hovertemplate=tip,
                                 name=_("the most frequent"), marker=dict(size=9, color=BLUE)))
    fig.update_layout(showlegend=labelled is not None)
    return layout(fig, _(title), _("PC1 ({share} of the variance)").format(share=f"{explained[0]:.0%}"),
                  _("PC2 ({share} of the variance)").format(share=f"{explained[1]:.0%}"),
                  height=480 if labelled is None else 640)


def size_bars(sizes, n_symbols, title=N_("How many numbers each encoding stores"), tr=ENGLISH):
    """sizes: encoding_sizes() columns.  Grouped bars (log scale): per symbol and for the whole text."""
    _ = tr.gettext
    fig = go.Figure()
    whole = tr.ngettext("whole text ({n} symbol)", "whole text ({n} symbols)", n_symbols).format(n=n_symbols)
    for column, name in (("per_symbol", _("per symbol")), ("whole_text", whole)):
        fig.add_trace(go.Bar(
            x=sizes["encoding"], y=sizes[column], name=name, text=sizes[column], textposition="outside",
            marker_pattern_shape="/" if column == "whole_text" else "",          # not colour alone
            hovertemplate=hover("%{x}", _("{name} = {v} numbers").format(name=name, v="%{y:,}"))))
    fig.update_yaxes(type="log")
    fig.update_layout(barmode="group", legend=dict(orientation="h", y=-0.2))
    return layout(fig, _(title), _("encoding"), _("numbers stored (log scale)"), height=380)
