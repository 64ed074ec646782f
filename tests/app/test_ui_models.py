"""The shared page helpers: frozen shared models, fingerprints, literal markdown."""
import numpy as np
import pytest

from lstm import CharLSTM, Vocabulary
from ui.models import fingerprint, freeze
from ui.setup import md_escape


def small_model(seed=0):
    return CharLSTM(Vocabulary.from_text("hello world"), hidden=4, seed=seed)


def test_frozen_model_refuses_in_place_updates_but_copies_train():
    model = freeze(small_model())
    with pytest.raises(ValueError):
        model.theta += 1.0
    with pytest.raises(ValueError):
        model.params["W_f"][0, 0] = 1.0
    copy = model.copy()
    copy.theta += 1.0                      # a session's copy is its own
    assert not np.array_equal(copy.theta, model.theta)


def test_fingerprint_changes_with_weights_and_not_with_copies():
    model = small_model()
    assert fingerprint(model) == fingerprint(model.copy())
    other = model.copy()
    other.theta[0] += 1e-9
    assert fingerprint(other) != fingerprint(model)
    assert fingerprint(small_model(seed=1)) != fingerprint(model)


@pytest.mark.parametrize("text", ["**bold**", "$x^2$", "<script>alert(1)</script>", "[a](b)", "# h", "a_b_c"])
def test_md_escape_puts_a_backslash_before_every_markdown_control(text):
    escaped = md_escape(text)
    controls = [k for k, c in enumerate(escaped) if c in "*$<>[]()#_"]
    assert controls and all(escaped[k - 1] == "\\" for k in controls)
    assert escaped.replace("\\", "") == text
