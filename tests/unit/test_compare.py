"""lstm.compare (the Gradients through time page's computations): fresh gradient norms per kind, and the three
kinds trained with one budget in chunks, equal to one uninterrupted run, with typed results."""
import numpy as np
import pytest

from lstm import compare, create
from lstm.analysis import gradient_norms_through_time
from lstm.model import ModelConfig
from lstm.train import Trainer
from lstm.vocab import Vocabulary, VocabularyError

TEXT = "hello world, hello there"


def test_fresh_norms_are_each_fresh_models_and_only_the_lstm_gets_the_forget_bias():
    curves = compare.fresh_gradient_norms(TEXT, 4, 1, 0.1, 2.0)
    assert list(curves) == list(compare.KINDS)
    lstm = create(Vocabulary.from_text(TEXT), ModelConfig(kind="lstm", hidden=4, seed=1, forget_bias=2.0))
    np.testing.assert_array_equal(curves["lstm"]["dh_norm"], gradient_norms_through_time(lstm, TEXT)["dh_norm"])
    assert curves["rnn"]["dc_norm"] is None and curves["lstm"]["dc_norm"] is not None


def test_same_budget_in_chunks_equals_one_run_and_reports_progress():
    seen = []
    result = compare.train_same_budget(TEXT, 4, 0, 0.1, 150, report=lambda f, k: seen.append((f, k)))
    assert (result.text, result.hidden, result.iters) == (TEXT, 4, 150) and list(result.runs) == list(compare.KINDS)
    once = Trainer(TEXT, compare.same_budget_config("gru", 4, 0, 0.1, 150))
    once.step(150)
    run = result.runs["gru"]
    assert run.kind == "gru" and run.iterations == 150 and set(run.history) == set(compare.CURVES)
    np.testing.assert_array_equal(run.history["loss"], once.history["loss"])
    assert run.exact_loss == once.exact_loss_per_window()
    np.testing.assert_array_equal(run.gradients["dh_norm"], gradient_norms_through_time(once.model, TEXT)["dh_norm"])
    fractions = [f for f, _k in seen]
    assert fractions == sorted(fractions) and fractions[-1] == pytest.approx(1.0) and len(seen) == 3 * 2


def test_an_unusable_text_raises_before_training():
    with pytest.raises((VocabularyError, ValueError)):
        compare.train_same_budget("", 4, 0, 0.1, 10)
