"""lstm.neurons: each property by hand on a small text, Pearson r against numpy, undefined r, ranking, verdict."""
import ast
from pathlib import Path

import numpy as np
import pytest

from lstm import neurons

TEXT = 'ab "cd (e[f]) g"\nxy'


def test_properties_by_hand():
    v = lambda name, pattern=None: neurons.property_values(TEXT, name, pattern).tolist()
    #        a  b  ␣  "  c  d  ␣  (  e  [  f  ]  )  ␣  g  "  ⏎  x  y
    assert v("quotes") == [0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0]
    assert v("depth") == [0, 0, 0, 0, 0, 0, 0, 1, 1, 2, 2, 1, 0, 0, 0, 0, 0, 0, 0]
    assert v("brackets") == [0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0]
    assert v("word_pos") == [1, 2, 0, 0, 1, 2, 0, 0, 1, 0, 1, 0, 0, 0, 1, 0, 0, 1, 2]
    assert v("line_pos") == [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 0, 0, 1]
    assert v("regex", "[a-c]+") == [1, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
    space = neurons.property_values(TEXT, "next_space")
    assert space[[1, 5, 12]].tolist() == [1, 1, 1] and space[:-1].sum() == 3 and np.isnan(space[-1])
    vowel = neurons.property_values("a b!e", "vowel")
    assert vowel[0] == 1 and vowel[2] == 0 and vowel[4] == 1 and np.isnan(vowel[[1, 3]]).all()


def test_unmatched_closing_bracket_never_goes_negative():
    assert neurons.property_values(")(x)", "depth").tolist() == [0, 1, 1, 0]


@pytest.mark.parametrize("pattern, fragment", [("(", "not a valid regular expression"), ("", "empty"),
                                               ("a" * 201, "longer than")])
def test_bad_regex_is_a_clear_value_error(pattern, fragment):
    with pytest.raises(ValueError, match=fragment):
        neurons.property_values(TEXT, "regex", pattern)


def test_unknown_property():
    with pytest.raises(ValueError, match="unknown property"):
        neurons.property_values(TEXT, "colour")


def test_pearson_equals_numpy_over_applicable_steps():
    rng = np.random.default_rng(0)
    values, states = rng.normal(size=50), rng.normal(size=(50, 4))
    values[[3, 7]] = np.nan
    r, reasons = neurons.pearson(values, states)
    ok = np.isfinite(values)
    expected = [np.corrcoef(values[ok], states[ok, u])[0, 1] for u in range(4)]
    np.testing.assert_allclose(r, expected, atol=1e-12)
    assert reasons == [""] * 4


def test_constant_property_or_unit_gives_undefined_r_with_a_reason():
    states = np.column_stack([np.arange(5.0), np.ones(5)])
    r, reasons = neurons.pearson(np.ones(5), states)
    assert np.isnan(r).all() and reasons[0] == "the property is constant over this text"
    r, reasons = neurons.pearson(np.arange(5.0), states)
    assert r[0] == pytest.approx(1.0) and np.isnan(r[1]) and reasons[1] == "the unit is constant over this text"


def test_ranking_by_abs_r_with_undefined_last():
    values = np.arange(6.0)
    states = {"h": np.column_stack([values * -2, np.ones(6)]), "c": np.column_stack([values ** 2, np.sin(values)])}
    ranking = neurons.rank_units(states, values)
    assert [(u.quantity, u.unit) for u in ranking][:1] == [("h", 0)] and ranking[0].r == pytest.approx(-1.0)
    assert len(ranking) == 4 and np.isnan(ranking[-1].r) and (ranking[-1].quantity, ranking[-1].unit) == ("h", 1)
    assert abs(ranking[1].r) >= abs(ranking[2].r)


def test_verdict_is_honest():
    unit = lambda r, reason="": neurons.Unit("c", 7, r, reason)
    v = neurons.verdict([unit(0.93)], "inside quotes")
    assert v.kind == "tracks" and v.message == "unit 7 of C tracks 'inside quotes', r = 0.93"
    v = neurons.verdict([unit(-0.69)], "inside quotes")
    assert v.kind == "partly" and v.message.startswith("unit 7 of C partly tracks 'inside quotes', r = -0.69")
    v = neurons.verdict([unit(-0.21)], "inside quotes")
    assert v.kind == "none" and "no single unit tracks 'inside quotes'" in v.message and "r = -0.21" in v.message
    v = neurons.verdict([unit(float("nan"), "the property is constant over this text")], "inside quotes")
    assert v.kind == "undefined" and "constant" in v.message
    assert neurons.verdict([unit(-0.7)], "x").kind == "tracks"      # |r| at the threshold counts
    assert neurons.verdict([unit(0.5)], "x").kind == "partly"
    assert (neurons.TRACKS_THRESHOLD, neurons.PARTLY_THRESHOLD) == (0.7, 0.5)


def test_numpy_is_the_only_third_party_import():
    tree = ast.parse(Path(neurons.__file__).read_text(encoding="utf-8"))
    names = {a.name.split(".")[0] for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    names |= {n.module.split(".")[0] for n in ast.walk(tree)                  # lstm's own modules (from .x) are fine
              if isinstance(n, ast.ImportFrom) and n.module and n.level == 0}
    assert names <= {"numpy", "re", "typing"}, names
