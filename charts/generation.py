"""Generation figure: the model's next-symbol probabilities at one step of a generated text.

Pure builder for the Generate page (the recitation figure lives in charts.training).
"""
import numpy as np
import plotly.graph_objects as go

from .style import BLUE, VERMILLION, layout, safe, symbol_label

CHOSEN, OTHER = VERMILLION, BLUE


def top_k(probs, k):
    """Indices of the k most probable symbols, most probable first (ties: lower index first)."""
    probs = np.asarray(probs, dtype=np.float64)
    return np.argsort(-probs, kind="stable")[:max(1, min(k, len(probs)))]


def step_bars(symbols, probs, chosen, step, context="", k=10, title="Next-symbol probabilities"):
    """Top-k bars of y = softmax(W_y·h + b_y) at generation step `step`; the symbol chosen there orange and hatched.

    symbols: the vocabulary (V strings); probs: (V,); chosen: index of the symbol generated at this step.
    """
    order = top_k(probs, k)
    if chosen not in order:                              # always show what was actually picked
        order = np.append(order, chosen)
    labels = [symbol_label(symbols[j]) for j in order]
    values = np.asarray(probs, dtype=np.float64)[order]
    colors = [CHOSEN if j == chosen else OTHER for j in order]
    hover = [f"step {step}<br>next symbol {lab}<br>y = {v:.4f}" + (" (chosen)" if j == chosen else "")
             for lab, v, j in zip(labels, values, order)]
    hatch = ["/" if j == chosen else "" for j in order]       # a shape too, not colour alone
    fig = go.Figure(go.Bar(x=list(range(len(order))), y=values, marker=dict(color=colors, pattern_shape=hatch),
                           customdata=hover, hovertemplate="%{customdata}<extra></extra>"))
    fig.update_xaxes(tickmode="array", tickvals=list(range(len(order))), ticktext=labels)
    fig.update_yaxes(range=[0, 1])
    shown = ("…" if len(context) > 30 else "") + safe(context[-30:])
    return layout(fig, f"{title} at step {step} (after {shown})", "next symbol (orange, hatched: chosen)",
                  "probability", height=350)
