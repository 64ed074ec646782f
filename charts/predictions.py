"""Next-symbol prediction figures (home page demo, Generate page)."""
import plotly.graph_objects as go

from .style import BLUE, layout, symbol_label


def next_symbol_bars(symbols, probs, context=""):
    """Bar chart of the most likely next symbols.  symbols: k strings, probs: (k,) in [0, 1]."""
    labels = [symbol_label(s) for s in symbols]
    fig = go.Figure(go.Bar(x=labels, y=probs, marker_color=BLUE,
                           hovertemplate="next symbol %{x}<br>y = %{y:.4f}<extra></extra>"))
    title = "Next-symbol probabilities y = softmax(W_y·h + b_y)"
    fig.update_yaxes(range=[0, 1])
    return layout(fig, title, "next symbol", "probability", height=350)
