"""Attribution page in AppTest (first view: test_first_view.py): a session model; t, unit and measure change
the figures, whose numbers equal lstm.attribution's on the page's own Trace."""
import numpy as np

from lstm import CharLSTM, CharRNN, Vocabulary
from lstm.attribution import cell_attribution, logprob_attribution

from tests.app.conftest import ROOT, assert_clean, figure_by_title, run_page, session_state

PAGE = ROOT / "pages" / "11_Attribution.py"
TEXT = "the cat sat on the mat, the hat."


def make_session(kind=CharLSTM):
    model = kind(Vocabulary.from_text(TEXT), hidden=6, seed=0)
    return model, session_state(model, TEXT)


def test_session_model_values_and_controls():
    model, state = make_session()
    at = run_page(PAGE, state)
    assert_clean(at)
    trace = model.run(TEXT)
    t = at.slider(key="attr.t").value
    assert t == min(len(TEXT) - 1, 40)
    bars = figure_by_title(at, "Sensitivity of log y_t")["data"][0]
    assert np.allclose(bars["y"], logprob_attribution(model, trace, t).norm, rtol=1e-12, atol=0)

    at.slider(key="attr.t").set_value(10).run()
    assert_clean(at)
    bars = figure_by_title(at, "Sensitivity of log y_t")["data"][0]
    assert len(bars["y"]) == 11
    assert np.allclose(bars["y"], logprob_attribution(model, trace, 10).norm, rtol=1e-12, atol=0)

    at.selectbox(key="attr.unit").select(4).run()
    cell = figure_by_title(at, "Sensitivity of C_t[4]")["data"][0]
    assert np.allclose(cell["y"], cell_attribution(model, trace, 10, 4).norm, rtol=1e-12, atol=0)

    at.radio(key="attr.measure").set_value("grad_x_input").run()
    assert_clean(at)
    text = figure_by_title(at, "coloured by the sensitivity of C_t[4]")["data"][0]
    z = np.asarray(text["z"], dtype=float).ravel()[:11]
    assert np.allclose(z, cell_attribution(model, trace, 10, 4).grad_x_input, rtol=1e-12, atol=0)


def test_rnn_has_no_cell_section():
    _model, state = make_session(CharRNN)
    at = run_page(PAGE, state)
    assert_clean(at)
    assert any("no cell state" in i.value for i in at.info)
    assert not [s for s in at.selectbox if s.key == "attr.unit"]
