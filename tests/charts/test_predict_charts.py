"""Figures and report section of the prediction exercises, without Streamlit: guesses beside real values,
guessed distances over the gradient curves, the ablation bars, and the quiz in the HTML report (escaped)."""
import numpy as np
import plotly.graph_objects as go

from charts.neurons import ablation_figure
from charts.predict import distance_guesses, guesses_figure
from charts.report import build_report, with_quiz


def test_guesses_beside_real_values():
    fig = guesses_figure(["f", "C̃"], [0.9, -0.2], [0.7, 0.1])
    guess, real = fig.data[-2], fig.data[-1]
    assert list(guess.y) == [0.9, -0.2] and list(real.y) == [0.7, 0.1]
    assert [list(d.y) for d in fig.data[:2]] == [[0.9, 0.7], [-0.2, 0.1]]     # the error as a line
    assert list(fig.layout.xaxis.ticktext) == ["f", "C̃"]


def test_guessed_distances_drawn_over_the_curves():
    fig = go.Figure(go.Scatter(x=[0, 1, 2], y=[1.0, 0.1, 1e-4]))
    distance_guesses(fig, {"RNN <b>": 4, "LSTM": 9}, {"RNN <b>": 2, "LSTM": None}, {"RNN <b>": 1.0, "LSTM": 2.0})
    vertical = sorted(s.x0 for s in fig.layout.shapes if s.x0 == s.x1)
    horizontal = sorted(s.y0 for s in fig.layout.shapes if s.y0 == s.y1)
    assert vertical == [4, 9] and horizontal == [0.001, 0.002]
    marks = [d for d in fig.data if d.name and d.name.startswith("measured")]
    assert len(marks) == 1 and list(marks[0].x) == [2] and "&lt;b&gt;" in marks[0].name   # never: no mark


def test_ablation_bars_split_by_the_property():
    rise = np.array([0.1, 0.5, -0.2, np.nan])
    fig = ablation_figure(list("ab\"c"), rise, [False, True, False, False], "inside quotes", "h 3")
    held, other = fig.data
    assert list(held.x) == [1] and list(held.y) == [0.5] and list(other.x) == [0, 2]


def test_quiz_section_is_escaped_and_scored():
    rows = (("Is <b>f</b> above 0.5?", "yes", "no", False, "f = σ(a) = 0.31"),
            ("What is h?", "0.12", "0.12", True, "h = o·tanh(C)"))
    quiz = {"score": (1, 2, 10), "rows": rows}
    page = build_report(model_label="m", text="t", config={}, summary={}, figures=[], samples=[], recitation=None,
                        date="d", quiz=quiz)
    assert "Score: 1 of 2 answered correctly; 8 questions left" in page and "&lt;b&gt;f&lt;/b&gt;" in page
    assert page.count('<tr class="right">') == 1 and page.count('<tr class="wrong">') == 1
    plain = build_report(model_label="m", text="t", config={}, summary={}, figures=[], samples=[], recitation=None,
                         date="d")
    assert "Check yourself" not in plain and with_quiz(plain, quiz) == page and with_quiz(plain, None) == plain
