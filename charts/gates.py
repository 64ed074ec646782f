"""Gate saturation (Karpathy, Johnson & Fei-Fei 2015, "Visualizing and understanding recurrent
networks", fig. 3): each unit's gate as a point at (fraction of steps < 0.1, fraction > 0.9).

Pure builder for the Gates page; the fractions come from lstm.explain.saturation.
"""
import plotly.graph_objects as go

from .style import ENGLISH, GREY, N_, hover, layout, series_marker

ORDER = {"f": 0, "i": 1, "o": 2, "u": 3, "r": 4}     # each gate its own palette colour and marker symbol


def saturation_scatter(fractions, title=N_("Gate saturation: fraction of steps left- vs right-saturated"),
                       low=0.1, high=0.9, tr=ENGLISH):
    """fractions: {gate name: (frac_low (H,), frac_high (H,))} -> one scatter per gate, with the
    diagonal x + y = 1 (the two fractions cannot add up to more than 1)."""
    _ = tr.gettext
    fig = go.Figure(go.Scatter(x=[0, 1], y=[1, 0], mode="lines", line=dict(color=GREY, dash="dash"),
                               name="x + y = 1", hoverinfo="skip"))
    for gate, (frac_low, frac_high) in fractions.items():
        units = list(range(len(frac_low)))
        fig.add_trace(go.Scatter(
            x=frac_low, y=frac_high, mode="markers", name=_("gate {gate}").format(gate=gate), customdata=units,
            marker=series_marker(ORDER.get(gate, len(ORDER)), size=10, opacity=0.75, line=dict(width=1, color="white")),
            hovertemplate=hover(_("gate {g}, unit {u}").format(g=gate, u="%{customdata}"),
                                _("{g} < {low} in {x} of steps").format(g=gate, low=f"{low:g}", x="%{x:.1%}"),
                                _("{g} > {high} in {y} of steps").format(g=gate, high=f"{high:g}", y="%{y:.1%}"))))
    fig.update_xaxes(range=[-0.03, 1.03])
    fig.update_yaxes(range=[-0.03, 1.03])
    return layout(fig, _(title), _("fraction of steps with gate < {low} (left-saturated)").format(low=f"{low:g}"),
                  _("fraction of steps with gate > {high} (right-saturated)").format(high=f"{high:g}"), height=520)
