"""lstm.notation is the one table of the course's names: each kind of cell records exactly the quantities it
lists (per-step and fused paths alike), every quantity has a symbol, LaTeX and a label, the gates are the σ
quantities in [0, 1], and each weight suffix names real parameters."""
import numpy as np
import pytest

from lstm import Vocabulary, create
from lstm.layout import KINDS, ModelConfig
from lstm.notation import GATES, LABEL, LATEX, PARTS, QUANTITIES, SYMBOL, WEIGHTS, is_gate

TEXT = "hello world, hello there\n"


@pytest.mark.parametrize("fused_path", [True, False])
@pytest.mark.parametrize("kind", KINDS)
def test_each_kind_records_exactly_its_quantities(kind, fused_path):
    model = create(Vocabulary.from_text(TEXT), ModelConfig(kind=kind, hidden=3))
    indices = model.vocab.encode(TEXT)
    trace, _caches = model.forward(indices, np.roll(indices, -1), fused_path=fused_path)
    assert trace.quantities == QUANTITIES[kind]
    for name in PARTS:
        recorded = getattr(trace, name)
        assert (recorded is not None) == (name in QUANTITIES[kind]), name
        if recorded is not None:
            assert recorded.shape == (len(indices), 3) and np.isfinite(recorded).all()
    for gate in GATES[kind]:
        assert 0 <= getattr(trace, gate).min() and getattr(trace, gate).max() <= 1


def test_every_quantity_has_a_symbol_latex_and_label_and_only_gates_are_gates():
    for name in PARTS:
        assert SYMBOL[name] and LATEX[name] and SYMBOL[name] in LABEL[name], name
        assert is_gate(name) == any(name in gates for gates in GATES.values())
    assert [SYMBOL[q] for q in QUANTITIES["lstm"]] == ["f", "i", "C̃", "C", "o", "h"]   # the course's order
    assert not is_gate("c_bar") and not is_gate("h") and is_gate("f")


@pytest.mark.parametrize("kind", ["lstm", "gru"])
def test_weight_suffixes_name_the_models_parameters(kind):
    model = create(Vocabulary.from_text(TEXT), ModelConfig(kind=kind, hidden=3))
    for name in QUANTITIES[kind]:
        if name in WEIGHTS:
            assert {f"W_{WEIGHTS[name]}", f"b_{WEIGHTS[name]}"} <= set(model.params), name
