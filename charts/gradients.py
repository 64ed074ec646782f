"""Figures of the Gradients-through-time page: gradient norms against distance, loss curves.

Pure builders (data in -> plotly Figure out), no Streamlit. `results` map a label ("RNN", "LSTM
(selected model)", ...) to lstm.analysis.gradient_norms_through_time() dicts.
Used by pages/7_Gradients_through_time.py; tested in tests/charts/test_gradients.py.
"""
import numpy as np
import plotly.graph_objects as go

from .style import ENGLISH, N_, PALETTE, hover, layout, safe, series_line, series_marker, symbol_label

DH, DC = "‖∂L_T/∂h_t‖", "‖∂L_T/∂C_t‖"


def norm_series(results):
    """[(trace name, result, quantity key, norm array)]: h for every model, C for LSTMs too."""
    series = []
    for label, result in results.items():
        series.append((f"{label}: {DH}", result, "dh", result["dh_norm"]))
        if result.get("dc_norm") is not None:
            series.append((f"{label}: {DC}", result, "dc", result["dc_norm"]))
    return series


def gradient_norms_figure(results, title=N_("How far back does the loss reach? ‖∂L_T/∂h_t‖ against T − t"),
                          tr=ENGLISH):
    """One line per model (and a dashed one for each LSTM's C), log y axis, x = distance T − t.
    Each model has its own colour and marker symbol (a dozen markers per line: colour is not the only cue)."""
    _ = tr.gettext
    fig = go.Figure()
    models = list(results)
    for name, result, quantity, norm in norm_series(results):
        k = models.index(name.split(": ")[0])
        symbols = [symbol_label(result["tokens"][t]) for t in result["step"]]   # text: the symbol read at t
        fig.add_trace(go.Scatter(                                                # (numeric customdata: fast)
            x=result["distance"], y=norm, mode="lines+markers", name=safe(name), text=symbols,
            line=dict(color=PALETTE[k % len(PALETTE)], dash="dash" if quantity == "dc" else "solid"),
            marker=series_marker(k, size=7, maxdisplayed=12), customdata=result["step"],
            hovertemplate=hover(safe(name), _("distance T − t = {x}").format(x="%{x}"),
                                _("step t = {t} '{c}'").format(t="%{customdata}", c="%{text}"),
                                _("norm = {y}").format(y="%{y:.4e}"))))
    fig.update_yaxes(type="log", exponentformat="power")
    fig.update_layout(legend=dict(orientation="h", y=-0.25))
    return layout(fig, _(title), _("distance T − t (steps back from the loss)"), _("gradient norm (log scale)"),
                  height=480)


def norms_table(results):
    """The figure's data as columns: model, quantity, step, symbol, distance, norm."""
    cols = {"model": [], "quantity": [], "step": [], "symbol": [], "distance": [], "norm": []}
    for name, result, quantity, norm in norm_series(results):
        label = name.split(": ")[0]
        cols["model"] += [label] * len(norm)
        cols["quantity"] += [DH if quantity == "dh" else DC] * len(norm)
        cols["step"] += result["step"].tolist()
        cols["symbol"] += [result["tokens"][t] for t in result["step"]]
        cols["distance"] += result["distance"].tolist()
        cols["norm"] += np.asarray(norm).tolist()
    return cols


def loss_curves_figure(histories, title=N_("Same text, same budget: loss while training"), tr=ENGLISH):
    """histories: label -> {"iteration", "loss", "exact_loss"} arrays (exact_loss NaN where not evaluated).

    Per-iteration window loss faint; whole-text loss (every symbol, from zero state) bold with markers.
    """
    _ = tr.gettext
    fig = go.Figure()
    for k, (label, hist) in enumerate(histories.items()):    # each model its colour and marker symbol
        color = PALETTE[k % len(PALETTE)]
        name = safe(label)
        fig.add_trace(go.Scatter(
            x=hist["iteration"], y=hist["loss"], mode="lines", name=_("{name} (window loss)").format(name=name),
            line=series_line(k, width=1), opacity=0.3, legendgroup=name,
            hovertemplate=hover(name, _("iteration {x}").format(x="%{x}"), _("window loss = {y}").format(y="%{y:.4f}"))))
        exact = np.asarray(hist["exact_loss"], dtype=float)
        done = np.isfinite(exact)
        fig.add_trace(go.Scatter(
            x=np.asarray(hist["iteration"])[done], y=exact[done], mode="lines+markers",
            name=_("{name} (whole text)").format(name=name), line=dict(color=color, width=2.5), marker=series_marker(k, size=7),
            legendgroup=name,
            hovertemplate=hover(name, _("iteration {x}").format(x="%{x}"),
                                _("whole-text loss = {y}").format(y="%{y:.4f}"))))
    fig.update_layout(legend=dict(orientation="h", y=-0.25))
    return layout(fig, _(title), _("iteration (parameter updates)"), _("loss per 25-symbol window (nats)"),
                  height=450)
