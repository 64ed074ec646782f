"""lstm.sample: seeded sampling, temperature 0 = argmax chain, input checks, greedy recitation."""
import numpy as np
import pytest

from lstm import CharLSTM, Vocabulary
from lstm.sample import MAX_LENGTH, generate, pick, recite, sample_text

VOCAB = Vocabulary.from_text("abcd")


@pytest.fixture(scope="module")
def model():
    return CharLSTM(Vocabulary.from_text("the quick brown fox"), hidden=6, seed=1, init_std=0.8)


def cycle_model(gain=8.0):
    """An LSTM that provably predicts a→b→c→d→a: h holds the current symbol, W_y maps it to the next.

    f ≈ 0 (forget), i ≈ 1, o ≈ 1, C̃ = tanh(gain·one_hot), so h ≈ tanh(tanh(gain))·one_hot(current).
    """
    model = CharLSTM(VOCAB, hidden=4, seed=0)
    H, p = 4, model.params
    model.theta[:] = 0.0
    p["b_f"][:], p["b_i"][:], p["b_o"][:] = -gain, gain, gain
    p["W_c"][:, H:] = gain * np.eye(4)                     # input block of W_C: one_hot -> its unit
    p["W_y"][:] = gain * np.roll(np.eye(4), 1, axis=0)     # unit k votes for symbol k+1 (mod 4)
    return model


def test_same_seed_same_text_other_seed_other_text(model):
    a = sample_text(model, "the", length=60, temperature=1.0, seed=3)
    assert a == sample_text(model, "the", length=60, temperature=1.0, seed=3)
    assert len(a) == 60
    assert a != sample_text(model, "the", length=60, temperature=1.0, seed=4)


def test_temperature_zero_is_the_argmax_chain(model):
    prime = "fox"
    out = generate(model, prime, length=15, temperature=0)
    text = prime
    for k in out:                                          # recompute each step with the fused run()
        assert k == int(np.argmax(model.run(text).probs[-1]))
        text += model.vocab.symbols[k]
    assert generate(model, prime, length=15, temperature=0, seed=99).tolist() == out.tolist()


def test_top_k_one_is_greedy_at_any_temperature(model):
    greedy = generate(model, "q", length=20, temperature=0)
    assert generate(model, "q", length=20, temperature=2.5, top_k=1, seed=7).tolist() == greedy.tolist()


def test_top_k_only_draws_from_the_k_most_likely():
    probs = np.array([0.05, 0.4, 0.05, 0.3, 0.2])
    rng = np.random.default_rng(0)
    assert {pick(probs, 1.0, rng, top_k=2) for _ in range(200)} == {1, 3}


def test_very_low_temperature_approaches_greedy(model):
    greedy = generate(model, "the", length=20, temperature=0)
    assert generate(model, "the", length=20, temperature=1e-3, seed=5).tolist() == greedy.tolist()


def test_stop_symbol_ends_generation(model):
    out = sample_text(model, "the", length=500, temperature=1.0, seed=0, stop=" ")
    assert out.endswith(" ") and " " not in out[:-1]


@pytest.mark.parametrize("temperature", [-0.5, float("nan"), float("inf"), "1", None])
def test_bad_temperatures_are_refused(model, temperature):
    with pytest.raises(ValueError, match="temperature"):
        generate(model, "the", length=5, temperature=temperature)


@pytest.mark.parametrize("length", [-1, MAX_LENGTH + 1, 2.5, "10"])
def test_bad_lengths_are_refused(model, length):
    with pytest.raises(ValueError, match="length"):
        generate(model, "the", length=length)


def test_length_zero_gives_nothing_and_bad_primes_are_refused(model):
    assert generate(model, "the", length=0).tolist() == []
    with pytest.raises(ValueError, match="empty"):
        generate(model, "", length=5)
    with pytest.raises(ValueError, match="'Z'"):                 # VocabularyError names the symbol
        generate(model, "Zebra", length=5)


def test_cycle_model_predicts_its_successor_with_high_probability():
    model = cycle_model()
    probs = model.run("abcd").probs
    assert probs.argmax(axis=1).tolist() == [1, 2, 3, 0]
    assert probs.max(axis=1).min() > 0.99


def test_recitation_of_a_perfectly_predicted_text_is_exact():
    report = recite(cycle_model(), "abcdabcdab")
    assert report.exact and report.total == 9 and report.n_correct == 9
    assert report.correct.all() and report.produced == list("bcdabcdab")


def test_recitation_reports_each_wrong_symbol():
    report = recite(cycle_model(), "abcdbd")
    assert report.expected == list("bcdbd")
    assert report.produced == list("bcdab")
    assert report.correct.tolist() == [True, True, True, False, False]
    assert not report.exact and report.n_correct == 3


def test_recitation_of_one_symbol_is_empty_and_exact():
    report = recite(cycle_model(), "a")
    assert report.total == 0 and report.exact
