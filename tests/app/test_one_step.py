"""AppTest of the One step page (first view: test_first_view.py): session models of every kind; moving
the position or the unit changes the diagram's numbers to the Trace's, and the equations agree with it."""
import pytest

from lstm import CharGRU, CharLSTM, CharRNN, Vocabulary
from lstm.explain import val
from tests.app.conftest import EXPLORE, ROOT, assert_clean, figure_by_title, run_page, session_state

PAGE = ROOT / "pages" / "2_One_step.py"
TEXT = 'say "<b>hi</b>"\nbye'


def session(cls):
    model = cls(Vocabulary.from_text(TEXT), hidden=6, seed=0, init_std=0.5)
    return model, {**session_state(model, TEXT), **EXPLORE}


def hover_values(at):
    """{name: value} from the diagram's invisible hover markers."""
    fig = figure_by_title(at, "LSTM cell at step")
    return {name: float(v) for name, v in fig["data"][0]["customdata"]}


def equations(at):
    """The plain-text block of substituted equations (the source expander's code comes after it)."""
    return next(c.value for c in at.code if c.language != "python" and " = " in c.value and "^" not in c.value)


def test_position_and_unit_change_the_numbers():
    model, state = session(CharLSTM)
    trace = model.run(TEXT)
    at = run_page(PAGE, state)
    assert_clean(at)
    assert hover_values(at)["f"] == pytest.approx(trace.f[0, 0])
    at.slider(key="one_step.t").set_value(7).run()
    at.selectbox(key="one_step.unit").select(4).run()
    assert_clean(at)
    shown = hover_values(at)
    assert figure_by_title(at, "LSTM cell at step 7 (input '&gt;'), unit 4")
    for name, q in [("f", "f"), ("i", "i"), ("C̃", "c_bar"), ("C", "c"), ("o", "o"), ("h", "h")]:
        assert shown[name] == pytest.approx(trace.get(q)[7, 4], abs=1e-12), name
    assert shown["C_prev"] == pytest.approx(trace.c[6, 4]) and shown["h_prev"] == pytest.approx(trace.h[6, 4])
    shown_eq = equations(at)
    assert f"C = f·C_prev + i·C̃ = {val(trace.f[7, 4])}·" in shown_eq
    assert shown_eq.count("\n") >= 6 and f"= {val(trace.h[7, 4])}" in shown_eq
    assert len(at.latex) == 6 and sum(c.value.startswith("✓") for c in at.caption) == 6
    p_next = trace.probs[7, trace.targets[7]]
    assert f"**{p_next:.4f}**" in " ".join(m.value for m in at.markdown)


def test_last_step_has_no_actual_next_symbol():
    model, state = session(CharLSTM)
    at = run_page(PAGE, state)
    at.slider(key="one_step.t").set_value(len(TEXT) - 1).run()
    assert_clean(at)
    texts = " ".join(a["text"] for a in figure_by_title(at, "LSTM cell")["layout"]["annotations"])
    assert "prediction" in texts and "actual next" not in texts


@pytest.mark.parametrize("cls, names", [(CharGRU, 4), (CharRNN, 1)])
def test_other_cells_get_their_own_equations_and_a_note(cls, names):
    model, state = session(cls)
    at = run_page(PAGE, state)
    assert_clean(at)
    assert "LSTM" in at.info[0].value and not at.get("plotly_chart")
    assert len(at.latex) == names
    at.selectbox(key="one_step.unit").select(2).run()
    assert_clean(at)
    assert f"= {val(model.run(TEXT).h[0, 2])}" in equations(at)
