"""Next-symbol prediction figures (home page demo, Generate page)."""
import plotly.graph_objects as go

from .style import BLUE, ENGLISH, hover, layout, symbol_label


def next_symbol_bars(symbols, probs, context="", tr=ENGLISH):
    """Bar chart of the most likely next symbols.  symbols: k strings, probs: (k,) in [0, 1]."""
    _ = tr.gettext
    labels = [symbol_label(s) for s in symbols]
    fig = go.Figure(go.Bar(x=labels, y=probs, marker_color=BLUE,
                           hovertemplate=hover(_("next symbol {x}").format(x="%{x}"), "y = %{y:.4f}")))
    fig.update_yaxes(range=[0, 1])
    return layout(fig, _("Next-symbol probabilities y = softmax(W_y·h + b_y)"), _("next symbol"), _("probability"),
                  height=350)
