"""Generation figure: the model's next-symbol probabilities at one step of a generated text.

Pure builder for the Generate page (the recitation figure lives in charts.training).
"""
import numpy as np
import plotly.graph_objects as go

from .style import BLUE, ENGLISH, N_, VERMILLION, layout, safe, symbol_label

CHOSEN, OTHER = VERMILLION, BLUE


def top_k(probs, k):
    """Indices of the k most probable symbols, most probable first (ties: lower index first)."""
    probs = np.asarray(probs, dtype=np.float64)
    return np.argsort(-probs, kind="stable")[:max(1, min(k, len(probs)))]


def step_bars(symbols, probs, chosen, step, context="", k=10, title=N_("Next-symbol probabilities"), tr=ENGLISH):
    """Top-k bars of y = softmax(W_y·h + b_y) at generation step `step`; the symbol chosen there orange and hatched.

    symbols: the vocabulary (V strings); probs: (V,); chosen: index of the symbol generated at this step.
    """
    _ = tr.gettext
    order = top_k(probs, k)
    if chosen not in order:                              # always show what was actually picked
        order = np.append(order, chosen)
    labels = [symbol_label(symbols[j]) for j in order]
    values = np.asarray(probs, dtype=np.float64)[order]
    colors = [CHOSEN if j == chosen else OTHER for j in order]
    hover = ["<br>".join((_("step {s}").format(s=step), _("next symbol {x}").format(x=lab),
                          _("y = {v} (chosen)").format(v=f"{v:.4f}") if j == chosen else f"y = {v:.4f}"))
             for lab, v, j in zip(labels, values, order)]
    hatch = ["/" if j == chosen else "" for j in order]       # a shape too, not colour alone
    fig = go.Figure(go.Bar(x=list(range(len(order))), y=values, marker=dict(color=colors, pattern_shape=hatch),
                           customdata=hover, hovertemplate="%{customdata}<extra></extra>"))
    fig.update_xaxes(tickmode="array", tickvals=list(range(len(order))), ticktext=labels)
    fig.update_yaxes(range=[0, 1])
    shown = ("…" if len(context) > 30 else "") + safe(context[-30:])
    return layout(fig, _("{title} at step {step} (after {shown})").format(title=_(title), step=step, shown=shown),
                  _("next symbol (orange, hatched: chosen)"), _("probability"), height=350)
