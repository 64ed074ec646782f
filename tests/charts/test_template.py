"""The house template is plotly_white cut down to what the figures use (charts.style._light_template): every
figure builds and serialises its template, so the parts no figure reads were dropped. Nothing drawn may change:
the layout and the trace defaults it keeps are plotly_white's, and every trace type the charts build has its
defaults in it."""
import ast
from pathlib import Path

import plotly.graph_objects as go
import plotly.io as pio

from charts.style import PALETTE, TEMPLATE

ROOT = Path(__file__).resolve().parents[2]
DROPPED = {"polar", "ternary", "scene", "geo"}        # 3-D, polar, map and ternary axes: no figure here has them


def _trace_types_built():
    """Every plotly trace class named as go.<Type>(...) in charts/, ui/, pages/ and app.py, lower-cased."""
    found = set()
    for path in [*ROOT.glob("charts/*.py"), *ROOT.glob("ui/*.py"), *ROOT.glob("pages/*.py"), ROOT / "app.py"]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and isinstance(node.func.value, ast.Name) and node.func.value.id == "go"
                    and node.func.attr[0].isupper() and node.func.attr not in ("Figure", "FigureWidget")):
                found.add(node.func.attr.lower())
    return found


def test_the_kept_layout_is_plotly_whites_with_the_palette():
    white = pio.templates["plotly_white"].layout.to_plotly_json()
    ours = TEMPLATE.layout.to_plotly_json()
    assert set(white) - set(ours) == DROPPED
    assert {k: v for k, v in ours.items() if k != "colorway"} == {k: v for k, v in white.items() if k not in DROPPED
                                                                  and k != "colorway"}
    assert tuple(ours["colorway"]) == PALETTE


def test_every_trace_type_drawn_has_plotly_whites_defaults():
    built = _trace_types_built()
    assert {"heatmap", "scatter", "bar"} <= built                    # the scan finds what the charts draw
    kept = {name for name, value in TEMPLATE.data.to_plotly_json().items() if value}
    assert built <= kept, built - kept
    white = pio.templates["plotly_white"].data
    for name in built:
        assert TEMPLATE.data[name] == white[name], name


def test_a_figure_with_the_template_serialises_smaller():
    full = go.layout.Template(pio.templates["plotly_white"])
    size = {name: len(go.Figure(layout=dict(template=t)).to_json()) for name, t in (("full", full), ("ours", TEMPLATE))}
    assert size["ours"] < size["full"] / 2, size
