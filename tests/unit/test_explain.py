"""lstm.explain: every explained number equals the Trace's, the substituted equations add up, and the
saturation / units-on / spans helpers agree with hand-made arrays."""
import re

import numpy as np
import pytest

from lstm import CharGRU, CharLSTM, CharRNN, Vocabulary
from lstm.explain import (all_on_spans, around, explain_step, next_symbol, num, pre_activation, saturation,
                          slow_units, step_values, units_on, val)
from lstm.ops import sigmoid

TEXT = 'a "b" (cc)\nab ba'


def model(cls):
    return cls(Vocabulary.from_text(TEXT), hidden=5, seed=3, init_std=0.6)   # large weights: varied values


@pytest.mark.parametrize("cls", [CharLSTM, CharGRU, CharRNN])
def test_every_explained_value_equals_the_trace(cls):
    m = model(cls)
    trace = m.run(TEXT)
    names = set(trace.quantities) - {"c"} if cls is not CharLSTM else set(trace.quantities)
    for t in range(trace.T):
        for u in range(trace.H):
            ex = explain_step(m.params, trace, t, u)
            assert names <= set(ex)
            for name, e in ex.items():
                recorded = trace.get(name)[t, u]
                assert e.trace_value == recorded
                assert e.value == pytest.approx(recorded, abs=1e-12), (t, u, name)


def test_pre_activation_parts_add_up_to_the_gate_input():
    m = model(CharLSTM)
    trace = m.run(TEXT)
    t, u = 4, 2
    (rec, inp, bias), a = pre_activation(m.params, "f", u, trace.h[t - 1], trace.x[t])
    assert rec + inp + bias == pytest.approx(a)
    assert sigmoid(a) == pytest.approx(trace.f[t, u], abs=1e-12)
    k = trace.inputs[t]                                   # one-hot x picks one column of W_f
    assert inp == pytest.approx(m.params["W_f"][u, m.H + k])


def numbers(text):
    return [float(x) for x in re.findall(r"-?\d+\.\d+", text)]


def test_substituted_equations_add_up():
    m = model(CharLSTM)
    trace = m.run(TEXT)
    ex = explain_step(m.params, trace, 6, 1)
    f, c_prev, i, c_bar, c = numbers(ex["c"].text.split("=", 2)[2])
    assert f * c_prev + i * c_bar == pytest.approx(c, abs=2e-4)
    assert ex["c"].text.startswith("C = f·C_prev + i·C̃ = ")
    assert f"= {val(trace.c[6, 1])}" in ex["c"].text
    rec, inp, bias, a, f_value = numbers(ex["f"].text.split("\n")[1])
    assert rec + inp + bias == pytest.approx(a, abs=2e-4)
    assert f_value == pytest.approx(trace.f[6, 1], abs=5e-5)
    assert r"\sigma" in ex["f"].latex and r"\tilde{C}" in ex["c_bar"].latex


def test_first_step_uses_the_initial_state():
    m = model(CharLSTM)
    trace = m.run(TEXT)
    values = step_values(trace, 0, 2)
    assert values["c_prev"] == trace.c0[2] == 0.0 and values["h_prev"] == 0.0
    assert values["c"] == trace.c[0, 2] and values["f"] == trace.f[0, 2]
    assert step_values(trace, 3, 2)["c_prev"] == trace.c[2, 2]


def test_out_of_range_step_or_unit_is_a_value_error():
    m = model(CharLSTM)
    trace = m.run(TEXT)
    with pytest.raises(ValueError):
        explain_step(m.params, trace, trace.T, 0)
    with pytest.raises(ValueError):
        explain_step(m.params, trace, 0, m.H)


def test_next_symbol():
    m = model(CharLSTM)
    trace = m.run(TEXT)
    best, p_best, target, p_target = next_symbol(trace, 0)
    assert target == trace.inputs[1] and p_target == trace.probs[0, target]
    assert p_best == trace.probs[0].max() and best == int(np.argmax(trace.probs[0]))
    assert next_symbol(trace, trace.T - 1)[2] == -1


def test_number_format():
    assert num(-0.25) == "(-0.2500)" and num(0.25) == "0.2500" and num(-1e-7) == "0.0000"
    assert val(-0.25) == "-0.2500"


def test_saturation_fractions():
    values = np.array([[0.05, 0.5], [0.95, 0.5], [0.05, 0.99], [0.5, 0.5]])
    low, high = saturation(values)
    assert low.tolist() == [0.5, 0.0] and high.tolist() == [0.25, 0.25]


def test_units_on_and_spans():
    values = np.array([[0.9, 0.1, 0.8], [0.9, 0.9, 0.8], [0.2, 0.9, 0.9], [0.9, 0.9, 0.9], [0.9, 0.0, 0.9]])
    assert units_on(values, 0, 1, 0.5).tolist() == [0, 2]
    assert units_on(values, 1, 3, 0.5).tolist() == [1, 2]
    assert all_on_spans(values, [0, 2], 0.5) == [(0, 1), (3, 4)]
    assert all_on_spans(values, [1], 0.5) == [(1, 3)]
    assert all_on_spans(values, [], 0.5) == []
    with pytest.raises(ValueError):
        units_on(values, 3, 1, 0.5)


def test_around_marks_the_step():
    line, caret = around(list("ab\ncd"), 3, reach=10)
    assert line == "ab⏎cd" and caret == "   ^"
    line, caret = around(["this", "is", "good"], 1, sep=" ")
    assert line == "this is good" and caret == "     ^^"


def test_slow_units_rank_long_memory_first():
    t = np.arange(400)
    rng = np.random.default_rng(0)
    values = np.stack([2 * np.sin(t / 3.0),              # fast
                       np.sign(np.sin(t / 60.0)),        # a switch that holds for 60 steps: memory
                       np.full(400, 0.2),                 # constant: slow but says nothing
                       2 * np.sin(t / 20.0),              # slower than unit 0
                       rng.normal(0, 2, 400),             # noise: fastest
                       np.full(400, -0.5),                # constant
                       np.linspace(0, 0.01, 400)], axis=1)   # slowest of all, but hardly moves: left out
    assert slow_units(values, k=3).tolist() == [1, 3, 0]
    assert slow_units(values[:1], k=3).tolist() == [0, 1, 2]   # one step: no changes to compare
