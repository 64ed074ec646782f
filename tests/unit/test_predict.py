"""lstm.predict: reasons add up to the Trace's values and split W·z + b as written out by hand; guesses are
scored; practice blanks fade from the last equation; hints name the right numbers; answers are checked to
1e-3; the vanishing distance and the symbol guess are read correctly."""
import numpy as np
import pytest

from lstm import CharLSTM, CharRNN, Vocabulary
from lstm.ops import sigmoid
from lstm.predict import (CHECK_TOL, FADE, GUESSED, blanks, check_answers, hint, practice_steps, reasons,
                          score_guesses, score_symbol, vanish_distance)

TEXT = 'a "b" (cc)\nab ba'


@pytest.fixture(scope="module")
def run():
    model = CharLSTM(Vocabulary.from_text(TEXT), hidden=5, seed=3, init_std=0.6)
    return model, model.run(TEXT)


@pytest.mark.parametrize("t, u", [(0, 0), (4, 2), (15, 4)])
def test_reasons_split_the_pre_activation_as_the_equations_do(run, t, u):
    model, trace = run
    p, H = model.params, model.H
    h_prev = trace.h[t - 1] if t else np.zeros(H)
    c_prev = trace.c[t - 1] if t else np.zeros(H)
    got = reasons(p, trace, t, u)
    assert tuple(got) == GUESSED
    for name, w, squash in (("f", "f", sigmoid), ("i", "i", sigmoid), ("c_bar", "c", np.tanh), ("o", "o", sigmoid)):
        parts = got[name].parts
        assert parts["h_prev"] == pytest.approx(sum(p[f"W_{w}"][u, k] * h_prev[k] for k in range(H)))
        assert parts["x"] == pytest.approx(p[f"W_{w}"][u, H + model.encode(TEXT)[t]])      # one-hot picks a column
        assert parts["bias"] == p[f"b_{w}"][u]
        assert squash(got[name].total) == pytest.approx(trace.get(name)[t, u], abs=1e-12)
        a = got[name].total
        assert all(parts[d] * a > 0 for d in got[name].drivers)
        assert [abs(parts[d]) for d in got[name].drivers] == sorted((abs(parts[d]) for d in got[name].drivers),
                                                                     reverse=True)
    c = got["c"]
    assert c.parts["kept"] == pytest.approx(trace.f[t, u] * c_prev[u])
    assert c.parts["kept"] + c.parts["written"] == pytest.approx(trace.c[t, u], abs=1e-12)
    h = got["h"]
    assert h.parts["o"] * h.parts["tanh_c"] == pytest.approx(trace.h[t, u], abs=1e-12)


def test_reasons_need_an_lstm():
    rnn = CharRNN(Vocabulary.from_text(TEXT), hidden=3, seed=0)
    with pytest.raises(ValueError, match="LSTM"):
        reasons(rnn.params, rnn.run(TEXT), 0, 0)


def test_guesses_are_scored_against_the_truth():
    scored = score_guesses({"f": 0.9, "c": -0.3, "i": 0.2}, {"f": 1.0, "c": 0.0, "i": 0.25}, coarse={"f"})
    assert [(g.name, g.close) for g in scored] == [("f", True), ("c", False), ("i", True)]
    assert scored[1].error == pytest.approx(0.3)
    assert not score_guesses({"o": 0.4}, {"o": 1.0}, coarse={"o"})[0].close


def test_fading_blanks_the_last_equations_first():
    assert blanks(1) == ("h",) and blanks(2) == ("h", "o") and blanks(3) == ("h", "o", "c")
    assert set(blanks(6)) == set(GUESSED) and FADE[-1] == "f"
    assert practice_steps(3, 20) == [4, 5, 6, 7, 8, 9]
    assert practice_steps(17, 20) == [18, 19] and practice_steps(19, 20) == []
    with pytest.raises(ValueError):
        blanks(7)


def test_hints_name_the_numbers_to_combine(run):
    model, trace = run
    s, u = 6, 1
    gate = hint(model.params, trace, s, u, "o")
    assert sigmoid(sum(v for _label, v in gate.operands)) == pytest.approx(trace.o[s, u])
    assert gate.operands[0][0] == f"W_o[{u}, :H]·h_prev"
    c = dict(hint(model.params, trace, s, u, "c", hidden=("c", "o", "h")).operands)
    assert c["f"] * c["C_prev"] + c["i"] * c["C̃"] == pytest.approx(trace.c[s, u])
    h = dict(hint(model.params, trace, s, u, "h", hidden=("o", "h")).operands)
    assert h == {"o": None, "C": trace.c[s, u]}                 # o is blank too: the student's own


def test_answers_are_checked_to_a_thousandth(run):
    _model, trace = run
    true = trace.h[5, 2]
    ok = check_answers(trace, 5, 2, {"h": true + 0.9 * CHECK_TOL, "o": trace.o[5, 2] + 2 * CHECK_TOL, "c": None})
    assert ok == {"h": True, "o": False, "c": False}


def test_vanish_distance_reads_from_the_last_step_back():
    norms = np.array([1e-5, 1e-4, 1e-2, 0.1, 1.0])          # by step t = 0..4; the last step has norm 1
    assert vanish_distance(norms) == 3                       # 1e-4 < 1e-3 first, 3 steps back
    assert vanish_distance(np.array([0.5, 0.9, 1.0])) is None
    assert vanish_distance(np.array([0.5, 0.0009, 1.0])) == 1


def test_symbol_guess():
    probs = np.array([0.1, 0.7, 0.2])
    g = score_symbol(probs, 1, 1, 0.5)
    assert g.match and g.error == pytest.approx(-0.2) and g.p_chosen == 0.7
    assert not score_symbol(probs, 2, 1, 0.2).match


def test_distance_guesses_are_close_within_a_quarter_or_two_steps():
    from lstm.predict import distance_close
    assert distance_close(12, 10, 50) and distance_close(3, 1, 50) and not distance_close(14, 10, 50)
    assert distance_close(48, None, 51) and not distance_close(20, None, 51)
