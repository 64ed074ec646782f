"""Figures of the prediction exercises: guesses beside the real values, and guessed distances drawn over the
measured gradient curves. Pure builders (data in, plotly Figure out), no Streamlit.
Used by ui/one_step.py and ui/guesses.py; tested in tests/charts/test_predict_charts.py.
"""
import numpy as np
import plotly.graph_objects as go

from .style import BLUE, ENGLISH, GREY, N_, PALETTE, VERMILLION, hover, layout, safe

GUESS, TRUE = VERMILLION, BLUE       # told apart by marker too: an open circle against a filled diamond
GUESS_DASHES = ("dash", "longdash", "dashdot", "longdashdot")
MEASURED_MARKERS = ("x", "cross", "star", "triangle-down")


def guesses_figure(names, guesses, truths, title=N_("Your guesses and the real values"), tr=ENGLISH):
    """One column per quantity (names: labels such as 'f', 'C̃'): the guess (vermillion open circle), the real
    value (blue diamond) and a grey line between them, the error (charts.style's palette)."""
    _ = tr.gettext
    x = list(range(len(names)))
    fig = go.Figure()
    for k, (g, v) in enumerate(zip(guesses, truths)):
        fig.add_trace(go.Scatter(x=[k, k], y=[g, v], mode="lines", line=dict(color=GREY, width=2),
                                 showlegend=False, hoverinfo="skip"))
    fig.add_trace(go.Scatter(x=x, y=np.asarray(guesses, dtype=float), mode="markers", name=_("your guess"),
                             marker=dict(color=GUESS, size=13, symbol="circle-open", line=dict(width=3)),
                             customdata=list(names),
                             hovertemplate=hover("%{customdata}", _("your guess = {v}").format(v="%{y:.4f}"))))
    fig.add_trace(go.Scatter(x=x, y=np.asarray(truths, dtype=float), mode="markers", name=_("real value"),
                             marker=dict(color=TRUE, size=13, symbol="diamond"), customdata=list(names),
                             hovertemplate=hover("%{customdata}", _("real value = {v}").format(v="%{y:.4f}"))))
    fig.update_xaxes(tickmode="array", tickvals=x, ticktext=list(names))
    fig.update_layout(legend=dict(orientation="h", y=-0.2))
    return layout(fig, _(title), _("quantity"), _("value"), height=360)


def distance_guesses(fig, guesses, measured, reference, tr=ENGLISH):
    """Draw guessed distances over a gradient-norm figure (x = distance T − t, log y), in place.

    guesses, measured: {label: distance or None}; reference: {label: the norm at distance 0}. The k-th label
    gets the k-th colour of charts.style's palette (that of the k-th curve of gradient_norms_figure), a vertical
    line at the guess (its own dash and a named annotation: not colour alone), a dotted horizontal line at
    1/1000 of its reference, and a marker (its own symbol) where the measured curve first falls below it."""
    _ = tr.gettext
    for k, (label, guess) in enumerate(guesses.items()):
        colour = PALETTE[k % len(PALETTE)]
        fig.add_vline(x=guess, line=dict(color=colour, dash=GUESS_DASHES[k % len(GUESS_DASHES)], width=2),
                      annotation_text=_("your guess: {label}").format(label=safe(label)), annotation_position="top right" if k % 2
                      else "top left")
        fig.add_hline(y=reference[label] / 1000, line=dict(color=colour, dash="dot", width=1),
                      annotation_text=_("1/1000 of {label} at T − t = 0").format(label=safe(label)), annotation_position="bottom right")
        if measured.get(label) is not None:
            fig.add_trace(go.Scatter(x=[measured[label]], y=[reference[label] / 1000], mode="markers",
                                     name=_("measured: {label}").format(label=safe(label)),
                                     marker=dict(color=colour, size=14, symbol=MEASURED_MARKERS[k % 4]),
                                     hovertemplate=hover(_("measured: {label}").format(label=safe(label)),
                                                         _("distance T − t = {x}").format(x="%{x}"))))
    return fig
