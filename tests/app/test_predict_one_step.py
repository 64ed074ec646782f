"""One step in "Predict before you see" mode (on by default): nothing of the step is on the page before the
student commits, then the real values appear and equal the Trace.

- Predict first: f, i, C̃, o, C, h of the chosen unit and step (to 2 decimals) are nowhere on the page (markdown,
  tables, figure data and hover text, widget values, CSV payloads: tests/app/payload.py) until Reveal; then
  the comparison table holds exactly the Trace's values, each with its reason, and the score counts.
- Practice with fading: at each next step the blank values are hidden until checked (or shown on request);
  typed answers within 1e-3 are accepted, others not.
The same scanner finds all six values when predictions are off, so it can see them where the page puts them.
"""
import numpy as np
import pytest

from lstm import CharLSTM, Vocabulary
from lstm.predict import GUESSED
from tests.app.conftest import EXPLORE, ROOT, assert_clean, run_page, session_state
from tests.app.payload import capture_downloads, page_payload

PAGE = ROOT / "pages" / "2_One_step.py"
TEXT = 'say "hi" to (them) now'
T_STEP, UNIT = 9, 4


@pytest.fixture(scope="module")
def model():
    return CharLSTM(Vocabulary.from_text(TEXT), hidden=6, seed=1, init_std=0.8)


def open_step(model, state=None, t=T_STEP, unit=UNIT):
    at = run_page(PAGE, {**session_state(model, TEXT), **(state or {})})
    at.slider(key="one_step.t").set_value(t).run()
    at.selectbox(key="one_step.unit").select(unit).run()
    assert_clean(at)
    return at


def values(model, t=T_STEP, unit=UNIT):
    trace = model.run(TEXT)
    return {name: float(trace.get(name)[t, unit]) for name in GUESSED}


def test_the_scanner_sees_every_value_when_predictions_are_off(model, monkeypatch):
    downloads = capture_downloads(monkeypatch)
    at = open_step(model, EXPLORE)
    seen = page_payload(at, downloads)
    assert all(seen.shows(v) for v in values(model).values())


def test_predict_first_hides_every_value_until_reveal(model, monkeypatch):
    downloads = capture_downloads(monkeypatch)
    at = open_step(model)
    assert at.session_state["predict.on"] is True                       # on by default, first visit
    downloads.clear()
    at.run()
    hidden = page_payload(at, downloads)
    shown = {name: v for name, v in values(model).items() if hidden.shows(v)}
    assert not shown, f"shown before Reveal: {shown}"
    assert not at.get("plotly_chart") and not at.latex
    guess_keys = [s.key for s in at.slider if s.key.startswith("one_step.guess.")]
    assert [k.split(".")[2] for k in guess_keys] == list(GUESSED)       # f, i, C̃, o, then C and h
    at.slider(key=guess_keys[0]).set_value(0.9).run()
    at.button(key="one_step.reveal").click().run()
    assert_clean(at)
    revealed = page_payload(at)
    assert all(revealed.shows(v) for v in values(model).values())
    table = at.dataframe[0].value
    np.testing.assert_array_equal(table["true value"].to_numpy(), list(values(model).values()))
    assert table["your guess"].iloc[0] == pytest.approx(0.9)
    assert table["error"].to_numpy() == pytest.approx(table["your guess"] - table["true value"])
    reasons = next(m.value for m in at.markdown if m.value.startswith("- f is "))
    assert reasons.count("\n") == 5 and "C = f·C\\_prev \\+ i·C̃" in reasons and "mostly" in reasons
    assert at.session_state["predict.score.one_step"]["total"] == 6
    assert any(s.disabled for s in at.slider if s.key in guess_keys)   # committed: guesses are locked


def test_coarse_gate_guesses_need_an_answer_and_are_judged_by_side(model):
    at = open_step(model)
    at.checkbox(key="one_step.coarse").check().run()
    at.button(key="one_step.reveal").click().run()
    assert any("every guess" in w.value for w in at.warning)            # nothing chosen yet: no reveal
    assert not at.dataframe
    truth = values(model)
    for name in ("f", "i", "o"):
        radio = next(r for r in at.radio if r.key.startswith(f"one_step.guess.{name}."))
        radio.set_value(1.0 if truth[name] > 0.5 else 0.0).run()
    at.button(key="one_step.reveal").click().run()
    close = at.dataframe[0].value["close?"].tolist()
    assert close[:2] == ["✓", "✓"] and close[3] == "✓"                  # f, i, o on the right side


def test_another_step_is_a_new_round(model):
    at = open_step(model)
    at.button(key="one_step.reveal").click().run()
    at.slider(key="one_step.t").set_value(T_STEP + 1).run()
    assert not at.dataframe and at.button(key="one_step.reveal")
    hidden = page_payload(at)
    assert not [v for v in values(model, T_STEP + 1).values() if hidden.shows(v)]


def type_answers(at, answers):
    for name, value in answers.items():
        box = next(n for n in at.number_input if n.key.startswith(f"practice.{name}."))
        box.set_value(value)
    return at


def test_practice_fades_from_the_last_equation_and_checks_to_a_thousandth(model, monkeypatch):
    downloads = capture_downloads(monkeypatch)
    t = 6
    at = open_step(model, t=t)
    at.radio(key="one_step.exercise").set_value("practice").run()
    assert_clean(at)
    assert len(at.get("plotly_chart")) == 1                             # step t fully worked: its diagram
    s1 = values(model, t + 1)
    downloads.clear()
    at.run()
    assert [n.key.split(".")[1] for n in at.number_input] == ["h"]      # first practice step: only h blank
    assert not page_payload(at, downloads).shows(s1["h"])
    type_answers(at, {"h": s1["h"] + 0.002})
    at.button(key="practice.check").click().run()
    assert any("Not yet" in e.value for e in at.warning) and not page_payload(at).shows(s1["h"])
    type_answers(at, {"h": s1["h"] + 0.0009})
    at.button(key="practice.check").click().run()
    assert any(f"{s1['h']:.4f}" in s.value for s in at.success)
    at.button(key="practice.next").click().run()
    s2 = values(model, t + 2)
    assert sorted(n.key.split(".")[1] for n in at.number_input) == ["h", "o"]
    downloads.clear()
    at.run()
    before = page_payload(at, downloads)
    assert not before.shows(s2["o"]) and not before.shows(s2["h"])
    at.button(key="practice.show").click().run()
    after = page_payload(at)
    assert after.shows(s2["o"]) and after.shows(s2["h"])
    score = at.session_state["predict.score.practice"]
    assert (score["right"], score["total"]) == (0, 1)                  # h at step 7: wrong on its first try


def test_the_reason_names_the_parts_of_w_z_plus_b_that_push():
    """Shipped model, step 0, unit 0 (h_prev = 0): f = σ(W_f[0, H+'A'] + b_f[0]); the reason names both parts."""
    from lstm import checkpoint
    model = checkpoint.load(ROOT / "assets" / "models" / "variant14-fast.npz")
    at = run_page(PAGE)
    at.button(key="one_step.reveal").click().run()
    assert_clean(at)
    x_part = model.params["W_f"][0, model.H + model.vocab.symbols.index("A")]
    bias = model.params["b_f"][0]
    parts = sorted([("the input 'A'", x_part), ("the bias", bias)], key=lambda p: -abs(p[1]))
    assert x_part > 0 and bias > 0
    said = f"f is high: pushed up by {parts[0][0]} and {parts[1][0]} (+{parts[0][1]:.2f} + {parts[1][1]:.2f})"
    reasons = next(m.value for m in at.markdown if m.value.startswith("- f is ")).replace("\\", "")
    assert said in reasons, reasons


def test_a_cell_without_gates_is_shown_at_once_with_a_note():
    from lstm import CharGRU
    gru = CharGRU(Vocabulary.from_text(TEXT), hidden=4, seed=0, init_std=0.5)
    at = run_page(PAGE, session_state(gru, TEXT))
    assert_clean(at)
    assert any("not an LSTM" in c.value for c in at.caption) and len(at.latex) == 4
    assert "one_step.reveal" not in [b.key for b in at.button]


def test_a_stacked_model_is_predicted_on_its_top_layer():
    stacked = CharLSTM(Vocabulary.from_text(TEXT), hidden=5, seed=2, init_std=0.8, layers=2)
    top = stacked.run(TEXT)
    at = run_page(PAGE, session_state(stacked, TEXT))
    at.slider(key="one_step.t").set_value(5).run()
    at.button(key="one_step.reveal").click().run()
    assert_clean(at)
    truth = at.dataframe[0].value["true value"].to_numpy()
    np.testing.assert_array_equal(truth, [top.get(name)[5, 0] for name in GUESSED])
    assert "from the layer below" in next(m.value for m in at.markdown if m.value.startswith("- f is "))
