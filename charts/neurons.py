"""Find-the-neuron figures: units ranked by correlation, top units' activation over the text, coloured text.

Pure builders (data in, plotly Figure out) for the "Find the neuron" page; the ranking comes from
lstm.neurons.rank_units (a list of Units with quantity "h"/"c", unit, r).
"""
import numpy as np
import plotly.graph_objects as go

from .style import (BLUE, ENGLISH, ORANGE, SIGNED_SCALE, VERMILLION, char_axis, empty, hover, layout, safe, series_line,
                    symbol_label)


def unit_name(quantity, unit):
    """'C 7' / 'h 3': the course's name of a unit of a quantity."""
    return f"{'C' if quantity == 'c' else quantity} {unit}"


def ranking_bars(ranking, label, top=20, title=None, tr=ENGLISH):
    """Horizontal bars of r for the `top` units with the largest |r| (undefined r are left out)."""
    _ = tr.gettext
    title = title or _("Units ranked by |r| with '{label}'").format(label=safe(label))
    units = [u for u in ranking if np.isfinite(u.r)][:top]
    if not units:
        return empty(title, _("No unit has a defined correlation with this property here."))
    names = [unit_name(u.quantity, u.unit) for u in units][::-1]
    r = np.array([u.r for u in units])[::-1]
    fig = go.Figure(go.Bar(x=r, y=names, orientation="h",
                           marker_color=[VERMILLION if v > 0 else BLUE for v in r],   # the sign is also the side
                           hovertemplate="%{y}<br>r = %{x:.4f}<extra></extra>"))
    fig.update_xaxes(range=[-1, 1])
    return layout(fig, title, _("Pearson correlation r"), _("unit"), height=max(300, 22 * len(units) + 120))


def activations_over_text(tokens, prop, series, label, title=None, tr=ENGLISH):
    """Line chart of units' activations over the steps, the property as a shaded band (right axis).

    tokens: T symbols; prop: (T,) property values (NaN = does not apply); series: {unit name: (T,) values}."""
    _ = tr.gettext
    title = title or _("Top units over the text, with '{label}' shaded").format(label=safe(label))
    prop = np.asarray(prop, dtype=float)
    steps = np.arange(len(tokens))
    chars = np.array([symbol_label(s) for s in tokens], dtype=object)   # an array: plotly checks a list item by item
    fig = go.Figure(go.Scatter(
        x=steps, y=prop, name=safe(label), yaxis="y2", mode="lines",
        line=dict(color=ORANGE, width=0, shape="hv"), fill="tozeroy", opacity=0.35, customdata=chars,
        hovertemplate=hover(_("step {x} '{c}'").format(x="%{x}", c="%{customdata}"),
                            _("property = {v}").format(v="%{y:.4g}"))))
    for k, (name, values) in enumerate(series.items()):
        fig.add_trace(go.Scatter(
            x=steps, y=np.asarray(values, dtype=float), name=name, mode="lines",
            line=series_line(k, width=1.5), customdata=chars,
            hovertemplate=hover(_("step {x} '{c}'").format(x="%{x}", c="%{customdata}"), _("unit {u}").format(u=name),
                                _("value = {v}").format(v="%{y:.4f}"))))
    layout(fig, title, _("character (step)"), _("activation"), height=420)
    top = float(np.nanmax(prop)) if np.isfinite(prop).any() else 1.0
    fig.update_layout(yaxis2=dict(overlaying="y", side="right", showgrid=False, title=dict(text=_("property")),
                                  range=[0, max(top, 1.0) * 1.05]), legend=dict(orientation="h", y=-0.25))
    return char_axis(fig, list(tokens))


def coloured_text(tokens, values, name, width=60, title=None, tr=ENGLISH):
    """The text wrapped into rows of `width` symbols, each cell coloured by the unit's value at that step."""
    _ = tr.gettext
    title = title or _("The text coloured by unit {name}").format(name=name)
    values = np.asarray(values, dtype=float)
    T = len(tokens)
    if T == 0:
        return empty(title, _("The text is empty."))
    rows = -(-T // width)
    z = np.full(rows * width, np.nan)
    z[:T] = values
    text = np.full(rows * width, "", dtype=object)
    text[:T] = [symbol_label(s) for s in tokens]
    step = np.full(rows * width, -1)
    step[:T] = np.arange(T)
    bound = max(float(np.nanmax(np.abs(values))), 1e-9)
    fig = go.Figure(go.Heatmap(
        z=z.reshape(rows, width), text=text.reshape(rows, width), customdata=step.reshape(rows, width),
        texttemplate="%{text}", textfont=dict(size=12), colorscale=SIGNED_SCALE, zmin=-bound, zmax=bound,
        xgap=1, ygap=1, colorbar=dict(title=name), hoverongaps=False,
        hovertemplate=hover(_("step {x} '{c}'").format(x="%{customdata}", c="%{text}"), _("unit {u}").format(u=name),
                            _("value = {v}").format(v="%{z:.4f}"))))
    fig.update_yaxes(autorange="reversed", showticklabels=False)
    fig.update_xaxes(showticklabels=False)
    return layout(fig, title, _("{width} symbols per row").format(width=width), _("row"),
                  height=max(200, 26 * rows + 110))


def ablation_figure(tokens, rise, holds, label, name, title=None, tr=ENGLISH):
    """The loss rise per character (nats) when unit `name` is switched off: bars vermillion and hatched where the
    property `label` holds, plain blue elsewhere (NaN rises, e.g. the last character, are left out)."""
    _ = tr.gettext
    title = title or _("Loss rise per character with unit {name} switched off").format(name=name)
    rise = np.asarray(rise, dtype=float)
    steps = np.flatnonzero(np.isfinite(rise))
    if not steps.size:
        return empty(title, _("No character has a next symbol to predict."))
    labels = np.array([symbol_label(t) for t in tokens], dtype=object)    # an array validates ~10x faster than a list
    fig = go.Figure()
    for flag, colour, hatch, legend in ((True, VERMILLION, "/", _("'{label}' holds").format(label=safe(label))),
                                        (False, BLUE, "", _("elsewhere"))):       # hatching: not colour alone
        pick = steps[np.asarray(holds, dtype=bool)[steps] == flag]
        fig.add_trace(go.Bar(x=pick, y=rise[pick], name=legend, marker=dict(color=colour, pattern_shape=hatch),
                             customdata=labels[pick],
                             hovertemplate=hover(_("step {x} '{c}'").format(x="%{x}", c="%{customdata}"),
                                                 _("loss rise = {v} nats").format(v="%{y:.4f}"))))
    layout(fig, title, _("character (step)"), _("loss rise (nats)"), height=380)
    fig.update_layout(barmode="overlay", legend=dict(orientation="h", y=-0.25))
    return char_axis(fig, list(tokens))
