"""Text alternatives for figures (WCAG 1.1.1): what a figure shows, how big it is and its most notable value,
computed from the figure's own data, so a screen reader hears what a sighted student sees.

    alt_text(fig, tr) -> "Cell state C. Heatmap of 64 rows (unit) × 120 columns (character (step t)); ..."

Pure (plotly Figure in, str out; no Streamlit). `tr` is the interface language (gettext translations;
ui.translator() in the app); the figure's titles and trace names are already in it (the builders took `tr`).
Numbers keep 4 significant digits and a decimal point.
"""
import base64
import html
import re

import numpy as np

from .style import ENGLISH

TAG = re.compile(r"<[^<>]*>")
MAX_NAMES = 4          # trace names listed before "…"
MAX_LABELS = 12        # a diagram's labels read out


def plain(text):
    """Figure text as a screen reader should hear it: tags dropped, <br> a space, entities decoded."""
    text = re.sub(r"<br\s*/?>", " ", str(text or ""), flags=re.I)
    return " ".join(html.unescape(TAG.sub("", text)).split())


def num(value):
    """A number with 4 significant digits (integers as they are)."""
    value = float(value)
    return str(int(value)) if value.is_integer() and abs(value) < 1e9 else f"{value:.4g}"


def array(value):
    """A trace's data as numpy: plotly ≥ 6 keeps an array that went through JSON or pickle (a figure from
    st.cache_data) as {'dtype', 'bdata' (base64), 'shape'}; anything else is returned as it is."""
    if isinstance(value, dict) and "bdata" in value and "dtype" in value:
        flat = np.frombuffer(base64.b64decode(value["bdata"]), dtype=np.dtype(value["dtype"]))
        shape = value.get("shape")
        return flat.reshape([int(s) for s in str(shape).split(",")]) if shape else flat
    return value


def _floats(values):
    if values is None:
        return np.array([], dtype=float)
    try:
        values = np.asarray(array(values))
        # float32 stays float32 (a book heatmap's 512,000 cells are not copied to float64 to be described)
        return values if values.dtype.kind == "f" else values.astype(float)
    except (TypeError, ValueError):          # categories (strings): no numeric extremes
        return np.array([], dtype=float)


def _axis(fig, trace, letter):
    """The layout axis a trace is drawn on ('x' -> layout.xaxis, 'x2' -> layout.xaxis2)."""
    ref = getattr(trace, f"{letter}axis", None) or letter
    return fig.layout[ref.replace(letter, f"{letter}axis", 1)]


def _axis_title(fig, trace, letter):
    axis = _axis(fig, trace, letter)
    return plain(axis.title.text) if axis.title and axis.title.text else letter


def _tick_label(fig, trace, letter, value):
    """The axis's own label at `value` (a character under a step, a year), or ''."""
    axis = _axis(fig, trace, letter)
    if axis.tickvals is None or axis.ticktext is None:
        return ""
    for tick, text in zip(axis.tickvals, axis.ticktext):
        if isinstance(tick, (int, float)) and isinstance(value, (int, float, np.number)) and tick == value:
            return plain(re.split(r"<br\s*/?>", str(text), flags=re.I)[0])    # the symbol, not its step number
    return ""


def _names(traces, _):
    names = [plain(t.name) for t in traces if t.name]
    if len(traces) < 2 or not names:
        return ""
    shown = ", ".join(names[:MAX_NAMES]) + (", …" if len(names) > MAX_NAMES else "")
    return f" ({shown})"


def _shows_data(trace):
    """False for drawing aids: invisible hover targets, hover-less guide lines, hidden traces."""
    if trace.visible is False or getattr(trace, "hoverinfo", None) == "skip":
        return False
    marker = getattr(trace, "marker", None)
    return not (marker is not None and marker.opacity == 0)


def _label_at(grid, *index):
    """The text drawn in (or hovered over) one cell or point, e.g. a character: " 'e'", or ''."""
    try:
        value = grid
        for k in index:
            value = value[k]
    except (TypeError, IndexError, KeyError):
        return ""
    return f" '{plain(value)}'" if isinstance(value, str) and value.strip() else ""


def _heatmap(fig, trace, _):
    z = _floats(trace.z)
    if z.ndim != 2 or not np.isfinite(z).any():
        return _("An empty heatmap.")
    rows, cols = z.shape
    r, c = np.unravel_index(np.argmax(np.where(np.isfinite(z), np.abs(z), -np.inf)), z.shape)
    x = array(trace.x)[c] if trace.x is not None else c
    y = array(trace.y)[r] if trace.y is not None else r
    x_title, y_title = _axis_title(fig, trace, "x"), _axis_title(fig, trace, "y")
    label = (_label_at(array(trace.text), r, c) or _label_at(array(trace.customdata), r, c)
             or (f" '{t}'" if (t := _tick_label(fig, trace, "x", x)) else ""))
    return _("Heatmap, {rows} × {cols} cells (rows: {y_title}; columns: {x_title}); values from {lo} to {hi}; "
              "the farthest from zero is {value} at {x_title} {x}{label}, {y_title} {y}.").format(
        rows=rows, cols=cols, x_title=x_title, y_title=y_title, lo=num(np.nanmin(z)), hi=num(np.nanmax(z)),
        value=num(z[r, c]), x=num(x) if isinstance(x, (int, float, np.number)) else plain(x), y=y, label=label)


def _bars(fig, traces, _):
    """Bars: which bar is longest (largest in size: correlations and scores can be negative)."""
    best = None                                 # (value, trace, index); the first of equals wins
    for trace in traces:
        values = _floats(trace.x if trace.orientation == "h" else trace.y)
        if not np.isfinite(values).any():
            continue
        k = int(np.argmax(np.where(np.isfinite(values), np.abs(values), -np.inf)))
        if best is None or abs(values[k]) > abs(best[0]):
            best = (values[k], trace, k)
    if best is not None:             # labelled once: reading a plotly axis is slow (~0.1 ms), a chart has 300 bars
        value, trace, k = best
        horizontal = trace.orientation == "h"
        axis, positions = ("y", array(trace.y)) if horizontal else ("x", array(trace.x))
        position = positions[k] if positions is not None else k
        tick = _tick_label(fig, trace, axis, position)
        label = f"'{tick}'" if tick else f"{_axis_title(fig, trace, axis)} {plain(position)}"
        best = (value, label, plain(trace.name) if len(traces) > 1 and trace.name else "")
    n = max(len(_floats(t.x if t.orientation == "h" else t.y)) for t in traces)
    if best is None:
        return _("A bar chart with no values.")
    series = _(" in {k} series").format(k=len(traces)) + _names(traces, _) if len(traces) > 1 else ""
    owner = f" ({best[2]})" if best[2] else ""
    return _("Bar chart of {n} bars{series}; the longest is {label}{owner}: {value}.").format(
        n=n, series=series, label=best[1], owner=owner, value=num(best[0]))


def _scatter(fig, traces, _, ngettext):
    """Lines or points: how many, the range of y, and where the highest value is."""
    best, n, lo, hi = None, 0, np.inf, -np.inf
    for trace in traces:
        y, x = _floats(trace.y), array(trace.x)
        n = max(n, len(y))
        if not y.size or not np.isfinite(y).any():
            continue
        k = int(np.nanargmax(y))
        lo, hi = min(lo, float(np.nanmin(y))), max(hi, float(np.nanmax(y)))
        if best is None or y[k] > best[0]:
            label = _label_at(array(trace.text), k) or _label_at(array(trace.customdata), k)
            best = (y[k], x[k] if x is not None else k, trace, label)
    if best is None:
        return _("A chart with no values.")
    value, x, trace, label = best
    lines = any("lines" in (t.mode or "lines") for t in traces)
    kind = (ngettext("Line chart of {k} line", "Line chart of {k} lines", len(traces)) if lines else
            ngettext("Scatter plot in {k} group", "Scatter plot in {k} groups", len(traces)))
    owner = f" ({plain(trace.name)})" if len(traces) > 1 and trace.name else ""
    tick = _tick_label(fig, trace, "x", x)
    x_text = (num(x) if isinstance(x, (int, float, np.number)) else plain(x)) + (label or (f" '{tick}'" if tick else ""))
    return (kind.format(k=len(traces)) + _names(traces, _) + _(
        ", {n} points each at most; {y_title} from {lo} to {hi}; the highest is {value}{owner} at {x_title} {x}.")
        .format(n=n, y_title=_axis_title(fig, trace, "y"), lo=num(lo), hi=num(hi), value=num(value), owner=owner,
                x_title=_axis_title(fig, trace, "x"), x=x_text))


def _diagram(fig, _):
    """No data traces: a drawing (the LSTM cell) or a message; read out its labels."""
    labels = []
    for note in fig.layout.annotations or ():
        text = plain(note.text)
        if text and text not in labels:
            labels.append(text)
    if not fig.layout.shapes:
        return " ".join(labels)
    labels.sort(key=lambda text: not re.search(r"[\d=]", text))    # the values first, then the parts' names
    return _("Diagram; its labels: {labels}.").format(labels="; ".join(labels[:MAX_LABELS]))


def alt_text(fig, tr=ENGLISH):
    """A short text alternative for a plotly figure, from its data: title, kind and size, extreme value.

    fig: a plotly go.Figure (read only); tr: the interface language (gettext translations: `.gettext`,
    `.ngettext`; English by default). Returns a non-empty string (at least the kind of figure)."""
    _ = tr.gettext
    title = plain(fig.layout.title.text) if fig.layout.title and fig.layout.title.text else ""
    data = [t for t in fig.data if _shows_data(t)]
    kinds = {t.type for t in data}
    if not data:
        body = _diagram(fig, _)
    elif "heatmap" in kinds:
        body = _heatmap(fig, next(t for t in data if t.type == "heatmap"), _)
    elif "bar" in kinds:
        body = _bars(fig, [t for t in data if t.type == "bar"], _)
    else:
        body = _scatter(fig, [t for t in data if t.type == "scatter"], _, tr.ngettext)
    text = " ".join(part for part in (f"{title}." if title else "", body) if part)
    return text or _("A figure.")
