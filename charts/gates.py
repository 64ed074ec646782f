"""Gate saturation (Karpathy, Johnson & Fei-Fei 2015, "Visualizing and understanding recurrent
networks", fig. 3): each unit's gate as a point at (fraction of steps < 0.1, fraction > 0.9).

Pure builder for the Gates page; the fractions come from lstm.explain.saturation.
"""
import plotly.graph_objects as go

from .style import GREY, layout, series_marker

ORDER = {"f": 0, "i": 1, "o": 2, "u": 3, "r": 4}     # each gate its own palette colour and marker symbol


def saturation_scatter(fractions, title="Gate saturation: fraction of steps left- vs right-saturated",
                       low=0.1, high=0.9):
    """fractions: {gate name: (frac_low (H,), frac_high (H,))} -> one scatter per gate, with the
    diagonal x + y = 1 (the two fractions cannot add up to more than 1)."""
    fig = go.Figure(go.Scatter(x=[0, 1], y=[1, 0], mode="lines", line=dict(color=GREY, dash="dash"),
                               name="x + y = 1", hoverinfo="skip"))
    for gate, (frac_low, frac_high) in fractions.items():
        units = list(range(len(frac_low)))
        fig.add_trace(go.Scatter(
            x=frac_low, y=frac_high, mode="markers", name=f"gate {gate}", customdata=units,
            marker=series_marker(ORDER.get(gate, len(ORDER)), size=10, opacity=0.75, line=dict(width=1, color="white")),
            hovertemplate=(f"gate {gate}, unit %{{customdata}}<br>{gate} < {low:g} in %{{x:.1%}} of steps"
                           f"<br>{gate} > {high:g} in %{{y:.1%}} of steps<extra></extra>")))
    fig.update_xaxes(range=[-0.03, 1.03])
    fig.update_yaxes(range=[-0.03, 1.03])
    return layout(fig, title, f"fraction of steps with gate < {low:g} (left-saturated)",
                  f"fraction of steps with gate > {high:g} (right-saturated)", height=520)
