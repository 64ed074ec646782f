"""Figures for the task pages (names, word level, time series, melody): pure builders, data in,
plotly Figure out. Loss curves of several runs, series predictions against the truth, and a
piano roll of a melody with its continuation. Used by pages 12-15.
"""
import numpy as np
import plotly.graph_objects as go

from .heatmaps import unit_heatmap
from .style import BLACK, ENGLISH, GREY, N_, PALETTE, hover, layout, safe, series_line


def loss_curves(curves, title=N_("Training loss"), x_title=N_("iteration"), y_title=N_("loss"), log_y=False,
                tr=ENGLISH):
    """curves: {label: (x, y)} -> one line per run (NaN points skipped), hover with the exact value."""
    _ = tr.gettext
    title, x_title, y_title = _(title), _(x_title), _(y_title)
    fig = go.Figure()
    for k, (label, (x, y)) in enumerate(curves.items()):
        x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
        keep = np.isfinite(y)
        fig.add_trace(go.Scatter(
            x=x[keep], y=y[keep], mode="lines", name=safe(label), line=series_line(k),
            hovertemplate=hover(safe(label), x_title + " %{x}", y_title + " = %{y:.4f}")))
    if log_y:
        fig.update_yaxes(type="log")
    fig.update_layout(legend=dict(orientation="h", y=-0.25))
    return layout(fig, title, x_title, y_title, height=380)


def series_predictions(labels, values, predictions, split_index=None, title=N_("Predictions against the truth"),
                       unit=N_("value"), first=0, tr=ENGLISH):
    """labels, values: (T,) the whole series; predictions: {name: (positions (B,), predicted (B,))} in the
    series' units; split_index: the first validation position (a dashed line marks it); the truth is
    drawn from position `first` on (to zoom in on the validation part)."""
    _ = tr.gettext
    unit = _(unit)
    x = np.arange(first, len(values))
    labels = [safe(str(s)) for s in labels]
    fig = go.Figure(go.Scatter(
        x=x, y=np.asarray(values)[first:], mode="lines+markers", name=_("truth"), marker=dict(size=4),
        line=dict(color=BLACK), customdata=labels[first:],
        hovertemplate=hover("%{customdata}", _("truth = {y} {unit}").format(y="%{y:.2f}", unit=unit))))
    for k, (name, (pos, pred)) in enumerate(predictions.items()):
        pos = np.asarray(pos)
        fig.add_trace(go.Scatter(
            x=pos, y=pred, mode="lines", name=safe(name), line=series_line(k + 1),   # dashed: solid is the truth
            customdata=[labels[p] for p in pos],
            hovertemplate=hover("%{customdata}", safe(name) + " = %{y:.2f} " + unit)))
    if split_index is not None:
        fig.add_vline(x=split_index - 0.5, line_dash="dash", line_color=GREY)
        fig.add_annotation(x=split_index, y=1, yref="paper", text=_("validation →"), showarrow=False,
                           xanchor="left")
    step = max(1, len(labels) // 12)
    fig.update_xaxes(tickmode="array", tickvals=list(x[::step]), ticktext=labels[first::step])
    fig.update_layout(legend=dict(orientation="h", y=-0.25))
    return layout(fig, _(title), _("time step (year)"), unit, height=420)


def labelled_heatmap(values, labels, name, title, signed=False, x_title=N_("year"), ticks=12, tr=ENGLISH):
    """charts.heatmaps.unit_heatmap over a series whose steps have labels (years): ~`ticks` labels on x."""
    fig = unit_heatmap(values, [str(s) for s in labels], name, title, signed, tr=tr)
    step = max(1, len(labels) // ticks)
    fig.update_xaxes(tickmode="array", tickvals=list(range(0, len(labels), step)),
                     ticktext=[safe(str(s)) for s in labels[::step]], title_text=tr.gettext(x_title))
    return fig


def error_bars(names, rmse, mae, unit=N_("value"), title=N_("Validation error (lower is better)"), tr=ENGLISH):
    """Grouped bars of RMSE and MAE per model, in the series' units."""
    _ = tr.gettext
    unit = _(unit)
    fig = go.Figure()
    for label, vals, colour, hatch in (("RMSE", rmse, PALETTE[0], ""), ("MAE", mae, PALETTE[1], "/")):
        fig.add_trace(go.Bar(x=[safe(n) for n in names], y=vals, name=label,
                             marker=dict(color=colour, pattern_shape=hatch),
                             text=[f"{v:.2f}" for v in vals], textposition="outside",
                             hovertemplate=hover("%{x}", label + " = %{y:.3f} " + unit)))
    fig.update_layout(barmode="group", legend=dict(orientation="h", y=-0.25))
    return layout(fig, _(title), _("model"), unit, height=360)


def piano_roll(parts, title=N_("Melody: pitch over time"), tr=ENGLISH):
    """parts: {label: [(start beat, length in beats, midi number, note name)]} -> a bar per note."""
    _ = tr.gettext
    fig = go.Figure()
    for k, (label, notes) in enumerate(parts.items()):
        if not notes:
            continue
        start, length, midi, name = (list(col) for col in zip(*notes))
        fig.add_trace(go.Bar(
            base=start, x=length, y=midi, orientation="h", name=safe(label), width=0.8 if k == 0 else 0.4,
            marker_color=PALETTE[k % len(PALETTE)], opacity=0.45 if k == 0 and len(parts) > 1 else 1.0,
            customdata=np.array([start, [safe(n) for n in name]], dtype=object).T,
            hovertemplate=hover(safe(label), "%{customdata[1]}",
                                _("beat {b}, {x} beats").format(b="%{customdata[0]:.2f}", x="%{x:.2f}"), "MIDI %{y}")))
    fig.update_layout(barmode="overlay", legend=dict(orientation="h", y=-0.25))
    return layout(fig, _(title), _("beat (quarter notes)"), _("pitch (MIDI number, 60 = C4)"), height=380)
