"""AppTest of the Gates page: heatmaps of f, i, o equal to the Trace; picking a unit or a gate recolours
the text with that unit's values; saturation fractions; GRU and RNN models get a clear note."""
import numpy as np
import pytest

from charts.heatmaps import wrap
from lstm import CharGRU, CharLSTM, CharRNN, Vocabulary
from lstm.explain import saturation
from tests.app.conftest import ROOT, assert_clean, figure_by_title, run_page, session_state

PAGE = ROOT / "pages" / "3_Gates.py"
TEXT = 'say "<b>hi</b>"\nbye bye'


def session(cls):
    model = cls(Vocabulary.from_text(TEXT), hidden=6, seed=0, init_std=0.5)
    return model.run(TEXT), session_state(model, TEXT)


def coloured_text(at, title):
    """The per-character values of the coloured-text figure, in text order."""
    z = np.asarray(figure_by_title(at, title)["data"][0]["z"])
    rows, cols = wrap(list(TEXT))
    return z[rows, cols]


def test_heatmaps_and_saturation_equal_the_trace():
    trace, state = session(CharLSTM)
    at = run_page(PAGE, state)
    assert_clean(at)
    for gate, title in [("f", "Forget gate f"), ("i", "Input gate i"), ("o", "Output gate o")]:
        hm = figure_by_title(at, title)["data"][0]
        np.testing.assert_allclose(hm["z"], trace.get(gate).T)
        assert (hm["zmin"], hm["zmax"]) == (0, 1)
    sat = figure_by_title(at, "Gate saturation")["data"]
    low, high = saturation(trace.o)
    np.testing.assert_allclose(sat[3]["x"], low)
    np.testing.assert_allclose(sat[3]["y"], high)


def test_unit_and_gate_recolour_the_text():
    trace, state = session(CharLSTM)
    at = run_page(PAGE, state)
    np.testing.assert_allclose(coloured_text(at, "coloured by"), trace.f[:, 0])
    at.selectbox(key="gates.unit").select(3).run()
    assert_clean(at)
    np.testing.assert_allclose(coloured_text(at, "coloured by Forget gate f of unit 3"), trace.f[:, 3])
    at.selectbox(key="gates.gate").select("o").run()
    assert_clean(at)
    np.testing.assert_allclose(coloured_text(at, "coloured by Output gate o of unit 3"), trace.o[:, 3])


@pytest.mark.parametrize("cls, note, title, name", [(CharGRU, "GRU", "Update gate u", "u"),     # its own gates
                                                    (CharRNN, "no gates", "Hidden state h", "h")])  # says so
def test_gru_and_rnn_get_a_note_and_their_own_quantities(cls, note, title, name):
    trace, state = session(cls)
    at = run_page(PAGE, state)
    assert_clean(at)
    assert note in at.info[0].value
    np.testing.assert_allclose(figure_by_title(at, title)["data"][0]["z"], trace.get(name).T)
    if cls is CharGRU:
        at.selectbox(key="gates.gate").select("r").run()
        assert_clean(at)
        np.testing.assert_allclose(coloured_text(at, "coloured by Reset gate r"), trace.r[:, 0])
