"""The book trainer's live curve: training loss (smoothed) and validation loss in nats per character, with
the best validation point (the weights training keeps) marked; bits per character in every hover.

A pure builder (data in, plotly Figure out) for the Training page's book preset (lstm.book.BookTrainer:
history and validation). bits = nats / ln 2 (Shannon: a loss in nats per symbol over ln 2 is bits per symbol).
"""
import math

import numpy as np
import plotly.graph_objects as go

from .style import BLACK, BLUE, ENGLISH, N_, ORANGE, hover, layout
from .training import thin

LN2 = math.log(2.0)


def _line(x, nats, name, tr, **style):
    _ = tr.gettext
    nats = np.asarray(nats, dtype=float)
    return go.Scatter(x=x, y=nats, name=name, customdata=nats / LN2, **style,
                      hovertemplate=hover(_("iteration {x}").format(x="%{x}"),
                                          _("{name} = {nats} nats/char = {bits} bits/char").format(
                                              name=name, nats="%{y:.4f}", bits="%{customdata:.4f}")))


def validation_curve(history, validation, title=N_("Loss per character: training and validation"), tr=ENGLISH):
    """history: dict of arrays iteration, smooth_loss (nats/char; row 0 = the starting weights);
    validation: dict of arrays iteration, val_loss (nats/char), one row per evaluation of the held-out part.
    The best validation (lowest; the first of equals) is drawn as a star."""
    _ = tr.gettext
    fig = go.Figure()
    it = np.asarray(history["iteration"])
    smooth = np.asarray(history["smooth_loss"], dtype=float)
    rows = thin(len(it))
    fig.add_trace(_line(it[rows], smooth[rows], _("training loss (smoothed)"), tr, mode="lines",
                        line=dict(color=BLUE, width=2)))
    v_it, v_loss = np.asarray(validation["iteration"]), np.asarray(validation["val_loss"], dtype=float)
    fig.add_trace(_line(v_it, v_loss, _("validation loss"), tr, mode="lines+markers",
                        line=dict(color=ORANGE, width=2, dash="dash"), marker=dict(size=7, symbol="diamond")))
    finite = np.flatnonzero(np.isfinite(v_loss))
    if len(finite):
        best = finite[np.argmin(v_loss[finite])]
        fig.add_trace(_line(v_it[[best]], v_loss[[best]], _("best validation (kept)"), tr, mode="markers",
                            marker=dict(size=16, symbol="star", color=ORANGE, line=dict(width=1.5, color=BLACK))))
    layout(fig, _(title), _("iteration"), _("loss (nats per character)"), height=380)
    fig.update_layout(legend=dict(orientation="h", yanchor="bottom", y=1.0, x=1, xanchor="right"))
    return fig
