"""Shared look of every figure: light template, readable fonts for printed reports, titled axes, and the one
colour-blind-safe palette for categories (with a dash and a marker per series, so colour is never the only cue).

Every builder writes its words through `tr`, a gettext translations object (`.gettext`, `.ngettext`): ENGLISH
by default, the session's catalogue from ui (ui.translator()). Hover lines are catalogue phrases whose fields
are filled with plotly's %{...} placeholders (hover()), so values are never touched.
"""
import gettext
import html

import plotly.graph_objects as go
import plotly.io as pio

from lstm.messages import N_
from lstm.symbols import label, visible_text

ENGLISH = gettext.NullTranslations()     # the words as written (a catalogue with no entries)

FONT = dict(family="Arial, Helvetica, sans-serif", size=14, color="#222")
GATE_SCALE = "Blues"          # gates live in [0, 1]
SIGNED_SCALE = "RdBu_r"       # C, tanh(C), h: signed, centred at 0 (red +, blue -)
# Categorical colours: Okabe & Ito (2008), "Color Universal Design", told apart with every common colour-vision
# deficiency. The first four are at least 3:1 against white (WCAG 1.4.11, for lines and marks); paler ones last.
BLUE, VERMILLION, GREEN, PURPLE, BLACK, ORANGE, SKY = (
    "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#000000", "#E69F00", "#56B4E9")
PALETTE = (BLUE, VERMILLION, GREEN, PURPLE, BLACK, ORANGE, SKY)
GREY = "#767676"              # guides, "given" cells: 4.5:1 on white
DASHES = ("solid", "dash", "dot", "dashdot", "longdash", "longdashdot")
MARKERS = ("circle", "square", "diamond", "triangle-up", "x", "cross", "star")


def _light_template(base="plotly_white", traces=("bar", "heatmap", "scatter")):
    """plotly_white without what no figure here uses: the 3-D/polar/geo/ternary layout parts and the
    defaults of the 21 other trace types. Every figure validates and serialises its template: the full one
    took ~7 ms of each figure's ~10 ms build (a Gates page builds five), this one ~3 ms; the drawn result is
    the same. Looked up once (by name it is re-validated per figure); a copy, so plotly's own stays as is."""
    full = pio.templates[base]
    layout = {k: v for k, v in full.layout.to_plotly_json().items() if k not in ("polar", "ternary", "scene", "geo")}
    return go.layout.Template(layout=dict(layout, colorway=PALETTE), data={t: full.data[t] for t in traces})


TEMPLATE = _light_template()


def series_line(k, **style):
    """Line style of the k-th series of a figure: its palette colour and its own dash."""
    return dict(color=PALETTE[k % len(PALETTE)], dash=DASHES[k % len(DASHES)], **style)


def series_marker(k, **style):
    """Marker style of the k-th series of a figure: its palette colour and its own symbol."""
    return dict(color=PALETTE[k % len(PALETTE)], symbol=MARKERS[k % len(MARKERS)], **style)


def layout(fig, title, x_title=None, y_title=None, height=None):
    """Apply the house style: title, axis titles, white background, margins that fit labels."""
    fig.update_layout(template=TEMPLATE, title=dict(text=title, x=0.01), font=FONT,
                      margin=dict(l=60, r=20, t=60, b=50), height=height)
    if x_title is not None:
        fig.update_xaxes(title_text=x_title)
    if y_title is not None:
        fig.update_yaxes(title_text=y_title)
    return fig


def symbol_label(symbol):
    """A symbol as a tick/hover label, shown literally: every invisible or control character replaced by its
    label from the one table (lstm.symbols: ␣ ⏎ ⇥ ␍ ⟨ZWSP⟩ ...), and HTML escaped (plotly reads <b>, <a> ...
    in text, and decodes &lt; back to a literal '<')."""
    return html.escape(label(symbol), quote=False)          # plotly shows &quot; literally


def safe(text):
    """Any user-derived string for a plotly title/annotation/hover: shown literally on one line, never as
    markup (invisible characters and newlines labelled as by lstm.symbols)."""
    return html.escape(visible_text(text, one_line=True), quote=False)


NUMBERED_TICKS = 20          # labels on a long text's step axis: a symbol over its step number takes more room


def char_axis(fig, tokens, axis="x", max_ticks=60, offset=0, numbered=True):
    """Label a numeric step axis with the symbols (a categorical axis would merge repeated symbols);
    tokens[k] sits at step offset + k (a window of a longer text). When there are more symbols than
    max_ticks, only some are labelled, each over its step number ('e<br>340'), at most NUMBERED_TICKS of
    them; numbered=False keeps the labels alone (a series' own labels, such as years)."""
    numbered = numbered and len(tokens) > max_ticks
    max_ticks = min(max_ticks, NUMBERED_TICKS) if numbered else max_ticks
    step = max(1, -(-len(tokens) // max_ticks))          # ceil: at most max_ticks labels
    ticks = list(range(0, len(tokens), step))
    text = [symbol_label(tokens[t]) + (f"<br>{offset + t}" if numbered else "") for t in ticks]
    update = fig.update_xaxes if axis == "x" else fig.update_yaxes
    update(tickmode="array", tickvals=[offset + t for t in ticks], ticktext=text, tickangle=0)
    return fig


def series_axis(fig, labels, years=True, max_ticks=16, tr=ENGLISH):
    """A step axis labelled by a number series' own labels (the sunspots: years): at most max_ticks labels
    (multi-digit labels overlap sooner than single characters) and a title that says what a step is."""
    char_axis(fig, labels, max_ticks=max_ticks, numbered=False)
    fig.update_xaxes(title_text=tr.gettext(N_("year (step t)") if years else N_("label (step t)")))
    return fig


def hover(*lines):
    """A plotly hovertemplate from lines already in the figure's language (no trace name box)."""
    return "<br>".join(lines) + "<extra></extra>"


def empty(title, message):
    """A figure that says why there is nothing to draw (never an empty white box)."""
    fig = go.Figure()
    fig.add_annotation(text=message, showarrow=False, font=dict(size=16))
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    return layout(fig, title, height=200)
