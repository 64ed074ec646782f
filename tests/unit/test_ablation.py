"""lstm.ablation: switching a unit off equals an independent rerun (lstm.cell.forward step by step with the
unit zeroed by hand), the per-character rise is split by the property, and the verdict follows its rule."""
import numpy as np
import pytest

from lstm import CharGRU, CharLSTM, Vocabulary, cell
from lstm.ablation import NOTICEABLE, ablate, ablated_run, verdict
from lstm.neurons import holds_above, property_values
from lstm.ops import log_softmax

TEXT = 'say "hi" to "them" and (go) "now"'


@pytest.fixture(scope="module")
def model():
    return CharLSTM(Vocabulary.from_text(TEXT), hidden=6, seed=2, init_std=0.6)


def rerun_by_hand(model, text, quantity, unit):
    """Per-character loss of the model with unit `unit` switched off, written out step by step."""
    p, idx = model.params, model.encode(text)
    h, c = np.zeros((1, model.H)), np.zeros((1, model.H))
    losses = []
    for t, k in enumerate(idx):
        if quantity == "c":
            c = c.copy()
            c[0, unit] = 0.0                                   # no memory carried into this step
        h, c, _ = cell.forward(p, model.vocab.one_hot(np.array([k])), h, c)
        if quantity == "h":
            h = h.copy()
            h[0, unit] = 0.0                                   # nobody sees this unit's output
        logp = log_softmax(h @ p["W_y"].T + p["b_y"])[0]
        losses.append(-logp[idx[t + 1]] if t + 1 < len(idx) else np.nan)
    return np.array(losses)


@pytest.mark.parametrize("quantity", ["h", "c"])
@pytest.mark.parametrize("unit", [0, 3, 5])
def test_ablated_loss_equals_an_independent_rerun(model, quantity, unit):
    result = ablate(model, TEXT, property_values(TEXT, "quotes"), quantity, unit)
    by_hand = rerun_by_hand(model, TEXT, quantity, unit)
    np.testing.assert_allclose(result.ablated, by_hand, rtol=0, atol=1e-12, equal_nan=True)
    np.testing.assert_allclose(result.loss, model.run(TEXT).loss, equal_nan=True)
    assert not np.allclose(result.ablated[:-1], result.loss[:-1])       # switching off changes something
    inside = property_values(TEXT, "quotes")[:-1] > 0
    rise = (by_hand - model.run(TEXT).loss)[:-1]
    assert result.rise_with == pytest.approx(rise[inside].mean(), abs=1e-12)
    assert result.rise_without == pytest.approx(rise[~inside].mean(), abs=1e-12)
    assert (result.n_with, result.n_without) == (inside.sum(), (~inside).sum())


def test_the_run_with_a_unit_off_has_zeros_where_expected(model):
    off = ablated_run(model, TEXT, "h", 2)
    assert np.all(off.h[:, 2] == 0) and np.any(off.h[:, 1] != 0)
    memory = ablated_run(model, TEXT, "c", 2)                 # C = i·C̃ at every step: nothing carried
    np.testing.assert_allclose(memory.c[:, 2], memory.i[:, 2] * memory.c_bar[:, 2], atol=1e-15)
    np.testing.assert_array_equal(model.run(TEXT).h, model.forward(model.encode(TEXT),
                                                                   np.append(model.encode(TEXT)[1:], -1))[0].h)


def test_per_step_path_gives_the_same_ablation(model):
    idx = model.encode(TEXT)
    keep = np.ones(model.H)
    keep[4] = 0
    for pair in ((keep, None), (None, keep)):
        fused = model.forward(idx, np.append(idx[1:], -1), keep={1: pair})[0]
        steps = model.forward(idx, np.append(idx[1:], -1), fused_path=False, keep={1: pair})[0]
        np.testing.assert_allclose(fused.loss, steps.loss, atol=1e-12, equal_nan=True)


def test_a_unit_of_the_lower_layer_of_a_stacked_lstm():
    """Two layers: switching off h of layer 1's unit 2 equals two cells run by hand with that unit zeroed."""
    stacked = CharLSTM(Vocabulary.from_text(TEXT), hidden=5, seed=3, init_std=0.6, layers=2)
    idx = stacked.encode(TEXT)
    p1, p2, top = stacked.layer_params(1), stacked.layer_params(2), stacked.params
    h1 = c1 = h2 = c2 = np.zeros((1, 5))
    losses = []
    for t, k in enumerate(idx):
        h1, c1, _ = cell.forward(p1, stacked.vocab.one_hot(np.array([k])), h1, c1)
        h1 = h1.copy()
        h1[0, 2] = 0.0
        h2, c2, _ = cell.forward(p2, h1, h2, c2)
        logp = log_softmax(h2 @ top["W_y"].T + top["b_y"])[0]
        losses.append(-logp[idx[t + 1]] if t + 1 < len(idx) else np.nan)
    result = ablate(stacked, TEXT, property_values(TEXT, "quotes"), "h", 2, layer=1)
    np.testing.assert_allclose(result.ablated, losses, atol=1e-12, equal_nan=True)
    with pytest.raises(ValueError, match="layer"):
        ablated_run(stacked, TEXT, "h", 2, layer=3)


@pytest.mark.parametrize("dtype", ["float64", "float32"])
@pytest.mark.parametrize("layer, quantity", [(2, "h"), (2, "c"), (3, "h"), (3, "c"), (1, "c")])
def test_an_upper_layer_ablation_from_the_intact_run_equals_a_whole_rerun(dtype, layer, quantity):
    """Given the intact run (base), the layers below the ablated one are not run again: the same numbers."""
    stacked = CharLSTM(Vocabulary.from_text(TEXT), hidden=5, seed=4, init_std=0.6, layers=3, dtype=dtype)
    values = property_values(TEXT, "quotes")
    fast = ablate(stacked, TEXT, values, quantity, 3, layer=layer, base=stacked.run(TEXT))
    whole = ablated_run(stacked, TEXT, quantity, 3, layer=layer).loss
    np.testing.assert_array_equal(fast.ablated, whole)
    slow = ablate(stacked, TEXT, values, quantity, 3, layer=layer)
    np.testing.assert_array_equal(slow.ablated, fast.ablated)
    assert (fast.rise_with, fast.rise_without, fast.kind) == (slow.rise_with, slow.rise_without, slow.kind)
    assert not np.allclose(fast.ablated[:-1], fast.loss[:-1])


def test_gru_h_ablation_and_no_cell_state():
    gru = CharGRU(Vocabulary.from_text(TEXT), hidden=5, seed=1, init_std=0.6)
    result = ablate(gru, TEXT, property_values(TEXT, "brackets"), "h", 1)
    assert np.isfinite(result.rise_with)
    with pytest.raises(ValueError, match="C of a GRU"):
        ablated_run(gru, TEXT, "c", 1)


@pytest.mark.parametrize("args, kind", [
    ((0.5, 0.1, 10, 10), "specific"), ((0.5, 0.4, 10, 10), "general"), ((0.01, 0.3, 10, 10), "general"),
    ((0.01, 0.02, 10, 10), "none"), ((0.5, 0.1, 0, 10), "undefined"), ((NOTICEABLE, -0.2, 5, 5), "specific")])
def test_verdict_rule(args, kind):
    assert verdict(*args) == kind


def test_bad_arguments_are_refused(model):
    with pytest.raises(ValueError, match="unit must be"):
        ablated_run(model, TEXT, "h", 99)
    with pytest.raises(ValueError, match="quantity"):
        ablated_run(model, TEXT, "o", 1)
    with pytest.raises(ValueError, match="values for"):
        ablate(model, TEXT, np.zeros(3), "h", 1)


def test_the_position_in_the_line_is_split_at_its_median():
    text = "ab cd\nefgh ij\nk\n"
    values = property_values(text, "line_pos")             # 0 at line starts, > 0 almost everywhere
    assert holds_above(values, "line_pos") == np.floor(np.median(values)) == 1.0
    assert holds_above(property_values(text, "quotes"), "quotes") == 0.0
    assert holds_above(property_values(text, "depth"), "depth") == 0.0


def test_ablate_counts_the_property_above_the_given_value(model):
    values = property_values(TEXT, "line_pos")
    above = holds_above(values, "line_pos")
    result = ablate(model, TEXT, values, "h", 3, above=above)
    applies = np.isfinite(result.loss)
    assert np.array_equal(result.holds, applies & (values > above))
    assert 0 < result.n_with < applies.sum() and result.n_with + result.n_without == applies.sum()
