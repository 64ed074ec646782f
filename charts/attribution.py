"""Attribution figures: how much each earlier input x_s moves a quantity at step t.

attribution_bars: one bar per step s ≤ t, characters as tick labels (the bar at t highlighted);
attribution_text: the text wrapped into rows, each character's cell coloured by its score.
Pure builders (numbers in, plotly Figure out), used by pages/11_Attribution.py.
"""
import numpy as np
import plotly.graph_objects as go

from .style import BLUE, ENGLISH, N_, SIGNED_SCALE, VERMILLION, char_axis, hover, layout, symbol_label

SIZE_SCALE = "Reds"          # sizes ‖∂q/∂x_s‖ are ≥ 0


def attribution_bars(tokens, scores, t, title, y_title, score_name=N_("score"), start=0, tr=ENGLISH):
    """Bar chart over steps s = start..t.  tokens: the text's symbols, scores: (t+1-start,) one value per input."""
    _ = tr.gettext
    scores = np.asarray(scores, dtype=float)
    steps = np.arange(start, start + len(scores))
    labels = np.array([symbol_label(tokens[s]) for s in steps], dtype=object)   # an array: validated at once
    highlight = (steps == t).astype(float)          # numbers, not 2000 colour strings: plotly validates fast
    fig = go.Figure(go.Bar(
        x=steps, y=scores, customdata=labels,
        marker=dict(color=highlight, colorscale=[[0, BLUE], [1, VERMILLION]], cmin=0, cmax=1),
        hovertemplate=hover(_("step {x} '{c}'").format(x="%{x}", c="%{customdata}"), _(score_name) + " = %{y:.6g}")))
    char_axis(fig, tokens[start:start + len(scores)], offset=start)
    return layout(fig, title, _("input x_s (step s, the character read there)"), y_title, height=360)


def _grid(values, width):
    """Pad a 1-D array with NaN and wrap it into rows of `width`."""
    rows = max(1, -(-len(values) // width))
    grid = np.full(rows * width, np.nan)
    grid[:len(values)] = values
    return grid.reshape(rows, width)


def attribution_text(tokens, scores, t, title, signed=False, score_name=N_("score"), width=60, start=0, tr=ENGLISH):
    """The text from step `start` up to t as a grid of characters (rows of `width`), each cell coloured by its
    score (scores: (t+1-start,))."""
    _ = tr.gettext
    score_name = _(score_name)
    scores = np.asarray(scores, dtype=float)
    n = len(scores)
    width = max(1, min(width, n))                  # a short text fills the width instead of a row of gaps
    z = _grid(scores, width)
    step = _grid(np.arange(start, start + n, dtype=float), width)
    chars = np.array([symbol_label(tokens[start + s]) for s in range(n)] + [""] * (z.size - n), dtype=object)
    chars = chars.reshape(z.shape)
    top = float(np.nanmax(np.abs(scores))) if n and np.nanmax(np.abs(scores)) > 0 else 1.0
    scale = dict(colorscale=SIGNED_SCALE, zmin=-top, zmax=top) if signed else \
        dict(colorscale=SIZE_SCALE, zmin=0.0, zmax=top)
    fig = go.Figure(go.Heatmap(
        z=z, text=chars, customdata=step, texttemplate="%{text}", textfont=dict(size=14), xgap=1, ygap=1, hoverongaps=False,
        colorbar=dict(title=dict(text=score_name)), **scale,
        hovertemplate=hover(_("step {x} '{c}'").format(x="%{customdata:.0f}", c="%{text}"), score_name + " = %{z:.6g}")))
    fig.update_yaxes(autorange="reversed", tickmode="array", tickvals=list(range(z.shape[0])),
                     ticktext=[f"{start + r * width}–{start + min(n, (r + 1) * width) - 1}" for r in range(z.shape[0])])
    fig.update_xaxes(showticklabels=False)
    return layout(fig, title, _("characters (the last one, step {t}, is where the quantity is read)").format(t=t),
                  _("steps"), height=190 + 34 * z.shape[0])
