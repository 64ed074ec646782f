"""Figures for the task pages (names, word level, time series, melody): pure builders, data in,
plotly Figure out. Loss curves of several runs, series predictions against the truth, and a
piano roll of a melody with its continuation. Used by pages 12-15.
"""
import numpy as np
import plotly.graph_objects as go

from .heatmaps import unit_heatmap
from .style import BLACK, GREY, PALETTE, layout, safe, series_line


def loss_curves(curves, title="Training loss", x_title="iteration", y_title="loss", log_y=False):
    """curves: {label: (x, y)} -> one line per run (NaN points skipped), hover with the exact value."""
    fig = go.Figure()
    for k, (label, (x, y)) in enumerate(curves.items()):
        x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
        keep = np.isfinite(y)
        fig.add_trace(go.Scatter(
            x=x[keep], y=y[keep], mode="lines", name=safe(label), line=series_line(k),
            hovertemplate=safe(label) + "<br>" + x_title + " %{x}<br>" + y_title + " = %{y:.4f}<extra></extra>"))
    if log_y:
        fig.update_yaxes(type="log")
    fig.update_layout(legend=dict(orientation="h", y=-0.25))
    return layout(fig, title, x_title, y_title, height=380)


def series_predictions(labels, values, predictions, split_index=None, title="Predictions against the truth",
                       unit="value", first=0):
    """labels, values: (T,) the whole series; predictions: {name: (positions (B,), predicted (B,))} in the
    series' units; split_index: the first validation position (a dashed line marks it); the truth is
    drawn from position `first` on (to zoom in on the validation part)."""
    x = np.arange(first, len(values))
    labels = [safe(str(s)) for s in labels]
    fig = go.Figure(go.Scatter(
        x=x, y=np.asarray(values)[first:], mode="lines+markers", name="truth", marker=dict(size=4), line=dict(color=BLACK),
        customdata=labels[first:], hovertemplate="%{customdata}<br>truth = %{y:.2f} " + unit + "<extra></extra>"))
    for k, (name, (pos, pred)) in enumerate(predictions.items()):
        pos = np.asarray(pos)
        fig.add_trace(go.Scatter(
            x=pos, y=pred, mode="lines", name=safe(name), line=series_line(k + 1),   # dashed: solid is the truth
            customdata=[labels[p] for p in pos],
            hovertemplate="%{customdata}<br>" + safe(name) + " = %{y:.2f} " + unit + "<extra></extra>"))
    if split_index is not None:
        fig.add_vline(x=split_index - 0.5, line_dash="dash", line_color=GREY)
        fig.add_annotation(x=split_index, y=1, yref="paper", text="validation →", showarrow=False,
                           xanchor="left")
    step = max(1, len(labels) // 12)
    fig.update_xaxes(tickmode="array", tickvals=list(x[::step]), ticktext=labels[first::step])
    fig.update_layout(legend=dict(orientation="h", y=-0.25))
    return layout(fig, title, "time step (year)", unit, height=420)


def labelled_heatmap(values, labels, name, title, signed=False, x_title="year", ticks=12):
    """charts.heatmaps.unit_heatmap over a series whose steps have labels (years): ~`ticks` labels on x."""
    fig = unit_heatmap(values, [str(s) for s in labels], name, title, signed)
    step = max(1, len(labels) // ticks)
    fig.update_xaxes(tickmode="array", tickvals=list(range(0, len(labels), step)),
                     ticktext=[safe(str(s)) for s in labels[::step]], title_text=x_title)
    return fig


def error_bars(names, rmse, mae, unit="value", title="Validation error (lower is better)"):
    """Grouped bars of RMSE and MAE per model, in the series' units."""
    fig = go.Figure()
    for label, vals, colour, hatch in (("RMSE", rmse, PALETTE[0], ""), ("MAE", mae, PALETTE[1], "/")):
        fig.add_trace(go.Bar(x=[safe(n) for n in names], y=vals, name=label,
                             marker=dict(color=colour, pattern_shape=hatch),
                             text=[f"{v:.2f}" for v in vals], textposition="outside",
                             hovertemplate="%{x}<br>" + label + " = %{y:.3f} " + unit + "<extra></extra>"))
    fig.update_layout(barmode="group", legend=dict(orientation="h", y=-0.25))
    return layout(fig, title, "model", unit, height=360)


def piano_roll(parts, title="Melody: pitch over time"):
    """parts: {label: [(start beat, length in beats, midi number, note name)]} -> a bar per note."""
    fig = go.Figure()
    for k, (label, notes) in enumerate(parts.items()):
        if not notes:
            continue
        start, length, midi, name = (list(col) for col in zip(*notes))
        fig.add_trace(go.Bar(
            base=start, x=length, y=midi, orientation="h", name=safe(label), width=0.8 if k == 0 else 0.4,
            marker_color=PALETTE[k % len(PALETTE)], opacity=0.45 if k == 0 and len(parts) > 1 else 1.0,
            customdata=np.array([start, [safe(n) for n in name]], dtype=object).T,
            hovertemplate=safe(label) + "<br>%{customdata[1]}<br>beat %{customdata[0]:.2f}, "
                          "%{x:.2f} beats<br>MIDI %{y}<extra></extra>"))
    fig.update_layout(barmode="overlay", legend=dict(orientation="h", y=-0.25))
    return layout(fig, title, "beat (quarter notes)", "pitch (MIDI number, 60 = C4)", height=380)
