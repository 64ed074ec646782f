"""Training figures: the loss curve (raw, smooth, exact, target) and the recitation coloured per symbol.

Pure builders (data in, plotly Figure out) for the Training page; the recitation figure is reused
by the Generate page. Losses are per 25-symbol window, as the trainer reports them.
"""
import numpy as np
import plotly.graph_objects as go

from .style import BLACK, BLUE, ENGLISH, N_, ORANGE, SKY, VERMILLION, hover, layout, safe, symbol_label

RIGHT, WRONG, GIVEN = BLUE, "#B34F00", "#595959"      # blue, a darker vermillion, grey: white text 5.2, 5.2, 7:1
MAX_POINTS = 2000          # per curve; longer histories are thinned for drawing (evenly, last kept)


def thin(n, max_points=MAX_POINTS):
    """Indices of at most max_points rows spread evenly over n rows, always including the last."""
    if n <= max_points:
        return np.arange(n)
    return np.unique(np.append(np.linspace(0, n - 1, max_points).round().astype(int), n - 1))


def _curve(x, y, name, tr, **style):
    _ = tr.gettext
    return go.Scatter(x=x, y=y, name=name, **style,
                      hovertemplate=hover(_("iteration {x}").format(x="%{x}"),
                                          _("{name} = {y} per 25 symbols").format(name=name, y="%{y:.4f}")))


def loss_curve(history, target=0.1, criterion="exact", title=N_("Training loss (per 25-symbol window)"), tr=ENGLISH):
    """Raw per-iteration loss, smooth loss, exact whole-text loss points and the target line (log y).

    history: dict of equal-length arrays iteration, loss, smooth_loss, exact_loss (NaN = not evaluated).
    """
    _ = tr.gettext
    it = np.asarray(history["iteration"])
    rows = thin(len(it))
    fig = go.Figure()
    fig.add_trace(_curve(it[rows], np.asarray(history["loss"], float)[rows], _("loss"), tr,
                         mode="lines", line=dict(color=SKY, width=1)))
    fig.add_trace(_curve(it[rows], np.asarray(history["smooth_loss"], float)[rows], _("smooth loss"), tr,
                         mode="lines", line=dict(color=BLUE, width=2.5)))
    exact = np.asarray(history["exact_loss"], float)
    ev = np.flatnonzero(np.isfinite(exact))
    ev = ev[thin(len(ev))]
    fig.add_trace(_curve(it[ev], exact[ev], _("exact loss"), tr, mode="markers",
                         marker=dict(color=ORANGE, size=7, symbol="diamond", line=dict(width=1, color=BLACK))))
    x_end = max(int(it[-1]) if len(it) else 0, 1)
    fig.add_trace(go.Scatter(x=[0, x_end], y=[target, target], mode="lines",
                             name=_("target {target}").format(target=f"{target:g}"),
                             line=dict(color=VERMILLION, dash="dash", width=1.5),
                             hovertemplate=hover(_("target = {t} per 25 symbols").format(t=f"{target:g}"))))
    layout(fig, _("{title} · criterion: {criterion}").format(title=_(title), criterion=criterion), _("iteration"),
           _("loss per 25 symbols (log scale)"), height=380)
    fig.update_yaxes(type="log", dtick=1)              # ticks at powers of 10 only
    fig.update_layout(legend=dict(orientation="h", yanchor="bottom", y=1.0, x=1, xanchor="right"))
    return fig


def recitation_grid(first, expected, produced, per_row=60, tr=ENGLISH):
    """(labels, status, hover) grids, rows of per_row cells: status 1 correct, 0 wrong, 0.5 given, NaN pad.
    A wrong symbol's label is struck through (<s>), so it is marked by more than its colour."""
    _ = tr.gettext
    cells = [(first, first, 0.5)] + [(e, p, float(e == p)) for e, p in zip(expected, produced)]
    n_rows = max(1, -(-len(cells) // per_row))
    labels = [[""] * per_row for _row in range(n_rows)]
    tips = [[""] * per_row for _row in range(n_rows)]
    status = np.full((n_rows, per_row), np.nan)
    for k, (exp, prod, ok) in enumerate(cells):
        r, c = divmod(k, per_row)
        labels[r][c] = symbol_label(prod) if ok else f"<s>{symbol_label(prod)}</s>"
        status[r, c] = ok
        verdict = _("given (the first symbol)") if k == 0 else (_("correct") if ok else _("wrong"))
        tips[r][c] = "<br>".join((_("position {k}").format(k=k), _("expected {e}").format(e=symbol_label(exp)),
                                   _("produced {p}").format(p=symbol_label(prod)), verdict))
    return labels, status, tips


def recitation_figure(first, expected, produced, per_row=60, title=N_("Greedy recitation"), tr=ENGLISH):
    """The model's greedy recitation drawn as text: each produced symbol blue if right, orange and struck through if wrong.

    first: the given first symbol (grey); expected, produced: the following symbols (equal length).
    """
    _ = tr.gettext
    labels, status, cells = recitation_grid(first, expected, produced, per_row, tr)
    n_ok = sum(e == p for e, p in zip(expected, produced))
    fig = go.Figure(go.Heatmap(
        z=status, text=labels, texttemplate="%{text}", customdata=cells, zmin=0, zmax=1,
        colorscale=[[0, WRONG], [0.5, GIVEN], [1, RIGHT]], showscale=False, xgap=1, ygap=1,
        hovertemplate="%{customdata}<extra></extra>", textfont=dict(color="white", size=13)))
    rows = len(labels)
    layout(fig, _("{title}: {n_ok}/{n} correct (blue right, orange struck through wrong, grey given)").format(
           title=safe(_(title)), n_ok=n_ok, n=len(expected)), _("position in row"), _("row"), height=120 + 28 * rows)
    fig.update_yaxes(autorange="reversed", showgrid=False, tickmode="array", tickvals=list(range(rows)),
                     ticktext=[str(r * per_row) for r in range(rows)])
    fig.update_xaxes(showgrid=False, showticklabels=False)
    return fig
