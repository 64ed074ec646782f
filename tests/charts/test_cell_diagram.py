"""charts.cell_diagram: the LSTM cell figure carries the step's real values (labels and hover)."""
import pytest

from charts.cell_diagram import lstm_cell_diagram
from lstm import CharLSTM, Vocabulary
from lstm.explain import step_values

TEXT = "ab <a>\nba"


@pytest.fixture
def trace_and_values():
    m = CharLSTM(Vocabulary.from_text(TEXT), hidden=4, seed=1, init_std=0.5)
    trace = m.run(TEXT)
    return trace, step_values(trace, 5, 2)


def test_hover_points_hold_the_trace_values(trace_and_values):
    trace, values = trace_and_values
    fig = lstm_cell_diagram(values, 5, trace.tokens[5], 2, ("b", 0.5), ("\n", 0.25))
    hover = {name: v for name, v in fig.data[0].customdata}
    assert hover["f"] == trace.f[5, 2] and hover["C"] == trace.c[5, 2] and hover["C_prev"] == trace.c[4, 2]
    assert hover["h"] == trace.h[5, 2] and hover["C̃"] == trace.c_bar[5, 2] and hover["o"] == trace.o[5, 2]
    assert "step 5 &gt;<br>unit 2" in fig.data[0].hovertemplate      # the input '>' shown literally
    assert "%{customdata[1]:.6f}" in fig.data[0].hovertemplate


def test_labels_shapes_and_title(trace_and_values):
    trace, values = trace_and_values
    fig = lstm_cell_diagram(values, 5, trace.tokens[5], 2, ("b", 0.5), ("\n", 0.25))
    texts = " ".join(a.text for a in fig.layout.annotations)
    assert f"f = {values['f']:.4f}" in texts and f"C = {values['c']:.4f}" in texts
    assert f"C_prev = {values['c_prev']:.4f}" in texts and f"h = {values['h']:.4f}" in texts
    assert "input x = '&gt;'" in texts and "actual next '⏎' (p = 0.2500)" in texts
    assert "prediction 'b' (p = 0.5000)" in texts
    kinds = [s.type for s in fig.layout.shapes]
    assert kinds.count("rect") == 4 and kinds.count("circle") == 5       # f, i, C̃, o boxes; ×, +, ×, tanh, ×
    for label in ("σ<br>f", "σ<br>i", "tanh<br>C̃", "σ<br>o", "+", "×", "tanh"):
        assert any(a.text == label for a in fig.layout.annotations), label
    assert fig.layout.title.text == "LSTM cell at step 5 (input '&gt;'), unit 2"


def test_custom_title_and_last_step(trace_and_values):
    _trace, values = trace_and_values
    fig = lstm_cell_diagram(values, 9, "a", 0, ("b", 0.5), None, title="Komórka")
    assert fig.layout.title.text == "Komórka"
    assert not any("actual next" in (a.text or "") for a in fig.layout.annotations)
