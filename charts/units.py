"""Line charts of chosen units over the text (Cell state page): one line per unit, the x axis the
step labelled by its character, an optional shaded range (the selection).
"""
import numpy as np
import plotly.graph_objects as go

from .style import ENGLISH, GREY, SKY, char_axis, hover, layout, series_line, series_marker, symbol_label


MAX_MARKERS = 80         # markers drawn per line (they tell the lines apart without colour); 0 = all


def unit_lines(values, tokens, units, name, title, shade=None, threshold=None, tr=ENGLISH):
    """values: (T, H); units: unit indices to draw; name: 'C', 'tanh(C)', 'h' (hover and y title);
    shade: (start, end) steps to highlight; threshold: a horizontal line (the 'on' threshold)."""
    _ = tr.gettext
    values = np.asarray(values, dtype=float)
    steps = np.arange(len(tokens))
    labels = np.array([symbol_label(c) for c in tokens], dtype=object)   # arrays validate faster than lists
    fig = go.Figure()
    for k, u in enumerate(units):                # each unit its own colour, dash and marker symbol
        fig.add_trace(go.Scatter(
            x=steps, y=values[:, u], mode="lines+markers", line=series_line(k),
            marker=series_marker(k, size=5, maxdisplayed=MAX_MARKERS),   # a book excerpt: 2,000 markers hid the lines
            name=_("unit {u}").format(u=u),
            customdata=labels,
            hovertemplate=hover(_("step {x} '{c}'").format(x="%{x}", c="%{customdata}"), _("unit {u}").format(u=u),
                                f"{name} = %{{y:.4f}}")))
    if shade is not None:
        fig.add_vrect(x0=shade[0] - 0.5, x1=shade[1] + 0.5, fillcolor=SKY, opacity=0.15, line_width=0)
    if threshold is not None:
        fig.add_hline(y=threshold, line=dict(color=GREY, dash="dot"))
    char_axis(fig, tokens)
    return layout(fig, title, _("character (step t)"), name, height=380)
