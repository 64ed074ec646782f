"""Heatmaps over the text: units × characters (gates, C, tanh(C), h), and the text itself drawn as a
grid of characters coloured by one unit's value or by where a set of units is on.

Pure builders (arrays in, plotly Figure out) for the Gates and Cell state pages.  Symbols are
drawn literally (charts.style.symbol_label); the x axis is the step, labelled by char_axis.
"""
import numpy as np
import plotly.graph_objects as go

from .style import ENGLISH, GATE_SCALE, ORANGE, SIGNED_SCALE, SKY, char_axis, hover, layout, symbol_label

TEXT_WIDTH = 60               # characters per row of a text grid
LARGE = 100_000               # heatmap cells above which z goes as float32 and hovers skip the symbol
# where-on grid: 0 = off, 1 = all units on elsewhere, 2 = the chosen range (discrete colours, and the text
# underlined / bold, so the categories are told apart without colour too)
ON_SCALE = [[0, "#f4f4f4"], [0.33, "#f4f4f4"], [0.33, ORANGE], [0.67, ORANGE], [0.67, SKY], [1, SKY]]
ON_STYLE = {1: "<u>{}</u>", 2: "<b>{}</b>"}


ROBUST_PERCENTILE = 99        # signed colours end at this percentile of |value| when a few cells dwarf the rest


def colour_range(values, signed):
    """(zmin, zmax, zmid): 0..1 for gates; symmetric around 0 for signed quantities, up to the largest |value|,
    or up to its ROBUST_PERCENTILE-th percentile when that is under half the largest (the cell state C of a
    book model: |C| reaches 61 in one unit while 99% of the values stay under 18, so a scale to 61 paints
    nearly everything white). Robust limits as in xarray's and seaborn's `robust=True`."""
    if not signed:
        return 0.0, 1.0, None
    size = np.abs(np.asarray(values, dtype=float))
    m = float(np.nanmax(size)) if np.isfinite(size).any() else 1.0
    robust = float(np.nanpercentile(size, ROBUST_PERCENTILE)) if np.isfinite(size).any() else 0.0
    m = robust if 0 < robust < m / 2 else m
    m = m if m > 0 else 1.0
    return -m, m, 0.0


def _colour_bar(name, values, zmax):
    """A signed scale cut below the largest |value| says so at its ends: '≥ 18.4' (the hover keeps the value)."""
    if not np.isfinite(values).any() or zmax >= np.nanmax(np.abs(values)):
        return dict(title=dict(text=name))
    return dict(title=dict(text=name), tickvals=[-zmax, -zmax / 2, 0, zmax / 2, zmax],
                ticktext=[f"≤ −{zmax:.3g}", f"−{zmax / 2:.3g}", "0", f"{zmax / 2:.3g}", f"≥ {zmax:.3g}"])


def unit_heatmap(values, tokens, name, title, signed=False, tr=ENGLISH):
    """Units (rows) × characters (columns).  values: (T, H); name: course symbol for hover ('f', 'C').
    Above LARGE cells (a book model's 256 units × 2,000 characters) z is sent as float32 and the hover
    names the step but not its symbol (the axis labels show the symbols): a per-cell symbol array made the
    figure 8.5 MB and 0.5 s to build and serialise; now 2 MB and 20 ms."""
    _ = tr.gettext
    values = np.asarray(values, dtype=float)
    T, H = values.shape
    zmin, zmax, zmid = colour_range(values, signed)
    large = T * H > LARGE
    labels = None if large else np.tile(np.array([symbol_label(c) for c in tokens], dtype=object), (H, 1))
    fig = go.Figure(go.Heatmap(                    # numpy arrays, not lists: plotly validates them ~10x faster
        z=values.T.astype(np.float32) if large else values.T, x=np.arange(T), y=np.arange(H),
        zmin=zmin, zmax=zmax, zmid=zmid, colorscale=SIGNED_SCALE if signed else GATE_SCALE, customdata=labels,
        colorbar=_colour_bar(name, values, zmax) if signed else dict(title=dict(text=name)),
        hovertemplate=hover(_("step {s}").format(s="%{x}") if large else
                            _("step {x} '{c}'").format(x="%{x}", c="%{customdata}"),
                            _("unit {u}").format(u="%{y}"), name + " = %{z:.4f}")))
    char_axis(fig, tokens)
    fig.update_yaxes(autorange="reversed")
    return layout(fig, title, _("character (step t)"), _("unit"), height=min(760, max(260, 120 + 16 * H)))


def wrap(tokens, width=TEXT_WIDTH):
    """(row, column) of each symbol when the text is written in rows of `width`, breaking after newlines."""
    rows, cols, r, c = [], [], 0, 0
    for tok in tokens:
        if c >= width:
            r, c = r + 1, 0
        rows.append(r)
        cols.append(c)
        r, c = (r + 1, 0) if tok == "\n" else (r, c + 1)
    return np.array(rows, dtype=int), np.array(cols, dtype=int)


def _grid(tokens, z_values, width):
    """Scatter the per-step values into a (rows, width) grid; empty cells NaN."""
    rows, cols = wrap(tokens, width)
    n = int(rows.max()) + 1 if len(rows) else 1
    z, text, step = np.full((n, width), np.nan), np.full((n, width), "", dtype=object), np.full((n, width), -1)
    z[rows, cols] = z_values
    step[rows, cols] = np.arange(len(tokens))
    text[rows, cols] = [symbol_label(tok) for tok in tokens]
    return z, text, step


def _grid_figure(z, text, custom, title, hovertemplate, tr, **heatmap):
    fig = go.Figure(go.Heatmap(z=z, text=text, texttemplate="%{text}", textfont=dict(size=13),
                               customdata=custom, hoverongaps=False, xgap=1, ygap=1,
                               hovertemplate=hovertemplate, **heatmap))
    fig.update_yaxes(autorange="reversed", showticklabels=False, showgrid=False, zeroline=False)
    fig.update_xaxes(showticklabels=False, showgrid=False, zeroline=False)
    return layout(fig, title, tr.gettext("position in the row"), tr.gettext("row of text"),
                  height=max(160, 110 + 28 * len(z)))


def text_grid(tokens, values, name, unit, title, signed=False, width=TEXT_WIDTH, tr=ENGLISH):
    """The text coloured by one unit's value at each character.  values: (T,); name: 'f', 'C', ..."""
    values = np.asarray(values, dtype=float)
    z, text, step = _grid(tokens, values, width)
    zmin, zmax, zmid = colour_range(values, signed)
    _ = tr.gettext
    return _grid_figure(z, text, step, title,
                        hover(_("step {x} '{c}'").format(x="%{customdata}", c="%{text}"), _("unit {u}").format(u=unit),
                              name + " = %{z:.4f}"), tr,
                        zmin=zmin, zmax=zmax, zmid=zmid, colorscale=SIGNED_SCALE if signed else GATE_SCALE,
                        colorbar=_colour_bar(name, values, zmax) if signed else dict(title=dict(text=name)))


def where_on_grid(tokens, category, lowest, name, units, title, width=TEXT_WIDTH, tr=ENGLISH):
    """The text with the chosen range (category 2, bold) and the other places where all `units` are on (1,
    underlined).

    category: (T,) ints 0/1/2; lowest: (T,) the smallest value of `name` over those units (hover).
    """
    cat, text, step = _grid(tokens, np.asarray(category, dtype=float), width)
    for k, style in ON_STYLE.items():
        text[cat == k] = [style.format(t) for t in text[cat == k]]
    low, _, _ = _grid(tokens, np.asarray(lowest, dtype=float), width)
    custom = np.dstack([step, low])
    _ = tr.gettext
    units_text = ", ".join(str(u) for u in units) or _("none")
    lines = hover(_("step {x} '{c}'").format(x="%{customdata[0]}", c="%{text}"), _("units {u}").format(u=units_text),
                  _("smallest {n} = {v}").format(n=name, v="%{customdata[1]:.4f}"))
    return _grid_figure(cat, text, custom, title, lines, tr, zmin=0, zmax=2, colorscale=ON_SCALE, showscale=False)
