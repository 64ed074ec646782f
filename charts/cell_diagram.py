"""The LSTM cell drawn with plotly shapes (C line on top, gate boxes, ×, +, tanh nodes, arrows),
annotated with one step's real values for one unit.  Used by the One step page.

Coordinates are abstract (x 0..12, y 0..7); y is anchored to x so the nodes stay round.
"""
import plotly.graph_objects as go
from plotly.colors import sample_colorscale

from lstm.notation import SYMBOL

from .style import ENGLISH, GATE_SCALE, SIGNED_SCALE, hover, layout, symbol_label

# gate boxes: name -> (x centre, squashing function); all at y = GATE_Y
BOXES = {"f": (3.0, "σ"), "i": (4.6, "σ"), "c_bar": (6.0, "tanh"), "o": (8.0, "σ")}
GATE_Y, C_Y, BUS_Y, R = 2.7, 6.0, 1.0, 0.3
NODES = {"forget_x": (3.0, C_Y, "×"), "plus": (6.0, C_Y, "+"), "input_x": (6.0, 4.4, "×"),
         "tanh": (9.5, 4.8, "tanh"), "out_x": (9.5, 3.4, "×")}
ARROWS = [  # (x0, y0) -> (x1, y1)
    ((0.4, C_Y), (3 - R, C_Y)), ((3 + R, C_Y), (6 - R, C_Y)), ((6 + R, C_Y), (11.6, C_Y)),   # the C line
    ((3.0, GATE_Y + 0.5), (3.0, C_Y - R)),                     # f -> ×
    ((4.6, GATE_Y + 0.5), (6 - R, 4.4)), ((6.0, GATE_Y + 0.5), (6.0, 4.4 - R)),   # i, C̃ -> ×
    ((6.0, 4.4 + R), (6.0, C_Y - R)),                          # i·C̃ -> +
    ((9.5, C_Y), (9.5, 4.8 + R)), ((9.5, 4.8 - R), (9.5, 3.4 + R)),   # C -> tanh -> ×
    ((8.0, GATE_Y + 0.5), (9.5 - R, 3.4)),                     # o -> ×
    ((9.5, 3.4 - R), (9.5, BUS_Y)), ((9.5, BUS_Y), (11.6, BUS_Y)),   # h out
    ((1.5, 0.0), (1.5, BUS_Y)),                                # x_t joins h_prev: z = [h_prev, x]
] + [((x, BUS_Y), (x, GATE_Y - 0.5)) for x, _ in BOXES.values()]   # z into every gate


def _colour(name, value):
    """Gates in [0, 1] on the gate scale; C̃ (in [-1, 1]) on the signed scale."""
    if name == "c_bar":
        return sample_colorscale(SIGNED_SCALE, [(value + 1) / 2])[0]
    return sample_colorscale(GATE_SCALE, [min(max(value, 0.0), 1.0)])[0]


def _arrow(start, end):
    return dict(x=end[0], y=end[1], ax=start[0], ay=start[1], xref="x", yref="y", axref="x", ayref="y",
                text="", showarrow=True, arrowhead=2, arrowsize=1, arrowwidth=2, arrowcolor="#555")


def _note(x, y, text, **style):
    return dict(x=x, y=y, text=text, showarrow=False, **style)


def _shapes(values):
    """(shapes, annotations): the z bus, the gate boxes coloured by value, the ×, +, tanh nodes."""
    shapes = [dict(type="line", x0=0.4, y0=BUS_Y, x1=9.5, y1=BUS_Y, line=dict(color="#555", width=2))]
    notes = []
    for name, (x, squash) in BOXES.items():
        v = values[name]
        dark = v > 0.6 or (name == "c_bar" and abs(v) > 0.6)
        shapes.append(dict(type="rect", x0=x - 0.5, x1=x + 0.5, y0=GATE_Y - 0.5, y1=GATE_Y + 0.5,
                           fillcolor=_colour(name, v), line=dict(color="#333", width=2)))
        notes.append(_note(x, GATE_Y, f"{squash}<br>{SYMBOL[name]}", font=dict(color="white" if dark else "#222", size=15)))
    for x, y, label in NODES.values():
        shapes.append(dict(type="circle", x0=x - R, x1=x + R, y0=y - R, y1=y + R, fillcolor="#fff3c4",
                           line=dict(color="#333", width=2)))
        notes.append(_note(x, y, label, font=dict(size=13 if len(label) > 1 else 18)))
    return shapes, notes


def _next_text(predicted, actual, tr=ENGLISH):
    """'prediction 'e' (p = 0.9312)<br>actual next 'e' (p = 0.9312)', symbols shown literally."""
    parts = []
    if predicted:
        parts.append(tr.gettext("prediction '{symbol}' (p = {p})").format(symbol=symbol_label(predicted[0]),
                                                                          p=f"{predicted[1]:.4f}"))
    if actual:
        parts.append(tr.gettext("actual next '{symbol}' (p = {p})").format(symbol=symbol_label(actual[0]),
                                                                           p=f"{actual[1]:.4f}"))
    return "<br>".join(parts)


def _labels(values, char, next_text, tr):
    """Annotations: the values beside the elements they belong to, the input and the prediction."""
    where = {"c_prev": (0.5, C_Y + 0.45, "left"), "c": (11.6, C_Y + 0.45, "right"),
             "h_prev": (0.5, BUS_Y - 0.35, "left"), "h": (11.6, BUS_Y + 0.35, "right"),
             "f": (3.0, GATE_Y - 0.8, "center"), "i": (4.6, GATE_Y - 0.8, "center"),
             "c_bar": (6.0, GATE_Y - 0.8, "center"), "o": (8.0, GATE_Y - 0.8, "center")}
    notes = [_note(x, y, f"<b>{SYMBOL[name]} = {values[name]:.4f}</b>", xanchor=align, font=dict(size=13),
                   bgcolor="rgba(255,255,255,0.85)") for name, (x, y, align) in where.items()]
    notes.append(_note(1.5, -0.3, tr.gettext("input x = '{symbol}'").format(symbol=symbol_label(char)),
                       font=dict(size=14)))
    notes.append(_note(2.85, BUS_Y + 0.3, "z = [h_prev, x]", xanchor="right", font=dict(size=12, color="#555")))
    if next_text:
        notes.append(_note(11.6, BUS_Y - 0.6, next_text, xanchor="right", font=dict(size=13)))
    return notes


def _hover_points(fig, values, head):
    """Invisible markers over every annotated element: hovering gives the exact value."""
    spots = {"c_prev": (0.8, C_Y), "c": (11.2, C_Y), "h_prev": (0.8, BUS_Y), "h": (11.2, BUS_Y)}
    spots.update({n: (x, GATE_Y) for n, (x, _) in BOXES.items()})
    names = list(spots)
    fig.add_trace(go.Scatter(
        x=[spots[n][0] for n in names], y=[spots[n][1] for n in names], mode="markers",
        marker=dict(size=28, opacity=0), showlegend=False,
        customdata=[[SYMBOL[n], values[n]] for n in names],
        hovertemplate=hover(head, "%{customdata[0]} = %{customdata[1]:.6f}")))


def lstm_cell_diagram(values, step, char, unit, predicted=None, actual=None, title=None, tr=ENGLISH):
    """The cell at one step for one unit.

    values: {"c_prev", "h_prev", "f", "i", "c_bar", "c", "o", "h"} -> float (that unit's numbers);
    char: the input symbol; predicted, actual: (symbol, probability) of the model's most likely next
    symbol and of the text's real next symbol (None at the last step).  Symbols are shown literally.
    """
    _ = tr.gettext
    shapes, notes = _shapes(values)
    notes += [_arrow(start, end) for start, end in ARROWS] + _labels(values, char, _next_text(predicted, actual, tr), tr)
    fig = go.Figure(layout=dict(shapes=shapes, annotations=notes))   # one validation pass: fast
    _hover_points(fig, values, _("step {s} {c}").format(s=step, c=symbol_label(char)) + "<br>"
                  + _("unit {u}").format(u=unit))
    fig.update_xaxes(range=[-0.2, 12.2], visible=False)
    fig.update_yaxes(range=[-0.8, 7.0], visible=False, scaleanchor="x", scaleratio=1)
    title = title or _("LSTM cell at step {step} (input '{symbol}'), unit {unit}").format(
        step=step, symbol=symbol_label(char), unit=unit)
    return layout(fig, title, height=520)
