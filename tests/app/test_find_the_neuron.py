"""Find the neuron (AppTest): the ranking is lstm.neurons' on the model's own Trace; changing the property
changes it; bad regex and constant property give messages; on the shipped structured model a unit of
h or C tracks "inside quotes" with |r| above the threshold measured on it (STRUCTURED_QUOTES_MIN_R)."""
import numpy as np
import pytest

from lstm import neurons

from tests.app.conftest import ROOT, assert_clean, figure_by_title, run_page, session_state, tiny_trained

PAGE = ROOT / "pages" / "8_Find_the_neuron.py"
TEXT = 'say "hi" (to me) and "go (now)" ok.\nThe "end" (of [it]).\n'
# Measured on the shipped structured.npz (seed 4, 4000 iterations, exact loss 1.41 per window), first 2000
# characters: best unit for "inside quotes" is unit 13 of h, r = +0.846 (verdict: "tracks"); this guards it.
# (The previous model, 3-8-word quotes and seed 0, had h[30] at r = -0.67: only "partly tracks".)
STRUCTURED_QUOTES_MIN_R = 0.8


def tiny_model(steps=80):
    return tiny_trained(TEXT, steps)


@pytest.fixture(scope="module")
def model():
    return tiny_model()


def session(model):
    return session_state(model, TEXT)


def expected_ranking(model, prop, pattern=None):
    trace = model.run(TEXT)
    return trace, neurons.rank_units({"h": trace.h, "c": trace.c}, neurons.property_values(TEXT, prop, pattern))


def verdict_text(at):
    """The one verdict message (success, info or warning that names a unit or says none tracks)."""
    found = [e.value for kind in (at.success, at.info, at.warning) for e in kind
             if "tracks" in e.value or "No correlation" in e.value]
    assert len(found) == 1, found
    return found[0]


def bars(at, fragment):
    bar = figure_by_title(at, fragment)["data"][0]
    return list(bar["y"])[::-1], np.asarray(bar["x"], float)[::-1]     # best first


def test_ranking_and_figures_are_the_traces(model):
    at = run_page(PAGE, session(model))
    assert_clean(at)
    trace, ranking = expected_ranking(model, "quotes")
    names, r = bars(at, "Units ranked by |r| with 'inside quotes'")
    top = ranking[:20]
    assert names == [("C" if u.quantity == "c" else "h") + f" {u.unit}" for u in top]
    np.testing.assert_allclose(r, [u.r for u in top], atol=1e-12)
    lines = figure_by_title(at, "Top units over the text")["data"]
    np.testing.assert_array_equal(lines[0]["y"], neurons.property_values(TEXT, "quotes"))
    best = top[0]
    np.testing.assert_allclose(lines[1]["y"], getattr(trace, best.quantity)[:, best.unit])
    z = np.asarray(figure_by_title(at, "The text coloured by unit")["data"][0]["z"], float).ravel()
    np.testing.assert_allclose(z[:trace.T], getattr(trace, best.quantity)[:, best.unit])
    assert f"r = {best.r:.2f}" in verdict_text(at)


def test_changing_the_property_changes_the_ranking(model):
    at = run_page(PAGE, session(model))
    before = bars(at, "Units ranked")[1]
    at.selectbox(key="neuron.property").select("depth").run()
    assert_clean(at)
    _, ranking = expected_ranking(model, "depth")
    names, r = bars(at, "Units ranked by |r| with 'bracket nesting depth'")
    np.testing.assert_allclose(r, [u.r for u in ranking[:20]], atol=1e-12)
    assert not np.allclose(r, before)
    at.slider(key="neuron.top").set_value(5).run()
    assert len(figure_by_title(at, "Top units over the text")["data"]) == 1 + 5


def test_bad_regex_is_a_message_and_a_constant_property_is_undefined(model):
    at = run_page(PAGE, session(model))
    at.selectbox(key="neuron.property").select("regex").run()
    assert_clean(at)
    at.text_input(key="neuron.regex").input("([a-").run()
    assert not at.exception and "not a valid regular expression" in at.error[0].value
    at.text_input(key="neuron.regex").input("zzz").run()
    assert_clean(at)
    assert "No correlation can be computed" in verdict_text(at) and "constant" in verdict_text(at)


def test_structured_model_has_a_quote_unit():
    """The shipped structured-text model: a unit follows 'inside quotes' (|r| ≥ the measured floor, above the
    0.7 threshold), so the verdict says it "tracks" it, not "partly tracks"."""
    at = run_page(PAGE, {"ui.model": "shipped:structured"})
    assert_clean(at)
    names, r = bars(at, "inside quotes")
    assert abs(r[0]) >= STRUCTURED_QUOTES_MIN_R
    assert STRUCTURED_QUOTES_MIN_R >= neurons.TRACKS_THRESHOLD
    assert neurons.verdict([neurons.Unit("h", 0, r[0], "")], "x").kind == "tracks"
    quantity, unit = names[0].split()
    text = verdict_text(at)
    assert text.startswith(f"Unit {unit} of {quantity} tracks 'inside quotes'") and "partly" not in text
    assert f"r = {r[0]:.2f}" in text


def test_first_view_names_the_top_unit_of_its_own_ranking():
    """The first view (the default shipped model, 'inside quotes'): the verdict is about the ranking's best unit."""
    at = run_page(PAGE)
    assert_clean(at)
    names, r = bars(at, "inside quotes")
    quantity, unit = names[0].split()
    text = verdict_text(at)
    assert text.startswith(f"Unit {unit} of {quantity}") and f"r = {r[0]:.2f}" in text
    assert figure_by_title(at, f"The text coloured by unit {names[0]}")


@pytest.mark.parametrize("quantity", ["h", "c"])
def test_switching_a_unit_off_shows_the_rise_of_an_independent_rerun(model, quantity):
    from tests.unit.test_ablation import rerun_by_hand
    at = run_page(PAGE, session(model))
    at.selectbox(key="neuron.property").set_value("quotes").run()
    unit = 3
    at.selectbox(key="neuron.ablate").set_value((quantity, unit)).run()
    assert_clean(at)
    rise = rerun_by_hand(model, TEXT, quantity, unit) - model.run(TEXT).loss
    inside = neurons.property_values(TEXT, "quotes") > 0
    with_, without = rise[:-1][inside[:-1]].mean(), rise[:-1][~inside[:-1]].mean()
    shown = [m.value for m in at.metric]
    assert shown == [f"{with_:+.3f} nats per character", f"{without:+.3f} nats per character"]
    fig = figure_by_title(at, "switched off")
    bars = {d["name"]: d for d in fig["data"]}
    np.testing.assert_allclose(bars["'inside quotes' holds"]["y"], rise[:-1][inside[:-1]], atol=1e-12)
    from lstm.ablation import verdict
    kind = verdict(with_, without, inside[:-1].sum(), (~inside[:-1]).sum())
    phrase = {"specific": "the model uses this unit", "general": "not specifically for this property",
              "none": "does not rely on it"}[kind]
    said = [a.value for a in (*at.success, *at.info) if a.value.startswith("Switching")]
    assert len(said) == 1 and phrase in said[0], (kind, said)
