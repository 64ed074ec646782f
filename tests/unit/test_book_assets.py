"""The shipped book models (assets/models/alice-char, sonnets-char, alice-word): what they claim is measured
again on the shipped texts, their samples are mostly real words, and their recipes reproduce.

A rebuild takes ~20 minutes of CPU, so CI does not rebuild them; it reruns the first iterations of each
recipe and compares them with the losses the shipped file recorded when it was built (FINGERPRINT), and
runs them twice to show the recipe is deterministic."""
import math
import re

import numpy as np
import pytest

from lstm import checkpoint, neurons, streams
from lstm.book import FINGERPRINT
from lstm.build_assets import ASSETS, BOOK, text_of, train_model
from lstm.explain import slow_units
from lstm.sample import sample_text

MODELS = {name: checkpoint.load_with_metadata(ASSETS / "models" / f"{name}.npz") for name in BOOK}


def words_of(text):
    return re.findall(r"[a-z]+", text.lower())


def real_word_share(generated, text, at_least=20):
    """Share of the generated words (letters only, lower-cased) that occur in text."""
    known, words = set(words_of(text)), words_of(generated)
    assert len(words) >= at_least, generated
    return sum(w in known for w in words) / len(words)


@pytest.mark.parametrize("name", list(BOOK))
def test_each_book_model_is_small_and_its_validation_loss_is_measured_again(name):
    model, meta = MODELS[name]
    text_name, config = BOOK[name]
    assert (ASSETS / "models" / f"{name}.npz").stat().st_size <= 5 << 20
    assert meta["train_config"]["max_iters"] == config.max_iters == meta["summary"]["iterations"]
    idx = model.encode(text_of(text_name))
    split = streams.split(len(idx), config.val_fraction)
    val = streams.evaluate(model, idx, split.start, len(idx))[0]
    assert val == pytest.approx(meta["summary"]["val_loss"], rel=1e-4)     # float32 sums: another CPU rounds otherwise


def test_alice_reaches_the_books_goal_on_held_out_text():
    assert MODELS["alice-char"][1]["summary"]["val_loss"] <= 1.60        # nats per character, last 10%


def test_the_word_model_beats_the_unigram_baseline_on_validation():
    model, meta = MODELS["alice-word"]
    idx = model.encode(text_of("wonderland"))
    split = streams.split(len(idx), BOOK["alice-word"][1].val_fraction)
    val = streams.evaluate(model, idx, split.start, len(idx))[0]
    unigram = streams.unigram_loss(idx, split.start, model.V)
    assert math.exp(val) < 0.8 * math.exp(unigram), (math.exp(val), math.exp(unigram))


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_alice_writes_words_of_the_book(seed):
    model = MODELS["alice-char"][0]
    generated = sample_text(model, "Alice ", length=400, temperature=0.7, seed=seed)
    assert real_word_share(generated, text_of("wonderland")) >= 0.7


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_the_sonnets_model_finishes_shall_i_compare_thee_with_sonnet_words(seed):
    model = MODELS["sonnets-char"][0]
    generated = sample_text(model, "Shall I compare thee", length=300, temperature=0.7, seed=seed)
    assert real_word_share(generated, text_of("sonnets")) >= 0.7


def test_samples_are_checked_against_something_that_can_fail():
    """The word check itself: a model that has not been trained writes mostly non-words."""
    model = MODELS["alice-char"][0].copy()
    model.theta[:] = np.random.default_rng(0).normal(0, 0.3, model.theta.size)
    generated = sample_text(model, "Alice ", length=2000, temperature=0.7, seed=0)
    assert real_word_share(generated, text_of("wonderland"), at_least=5) < 0.7


@pytest.mark.parametrize("name", list(BOOK))
def test_the_first_iterations_of_each_recipe_reproduce_the_shipped_build(name):
    shipped = MODELS[name][1]["first_losses"]
    assert len(shipped) == FINGERPRINT
    runs = [train_model(name, max_iters=FINGERPRINT, eval_every=10 ** 6, sample_every=0) for _ in range(2)]
    assert runs[0].model.theta.tobytes() == runs[1].model.theta.tobytes()      # deterministic
    again = runs[0].history["loss"][1:]
    np.testing.assert_allclose(again, shipped, rtol=1e-4)                      # same recipe, same numbers


def test_book_texts_are_the_public_domain_corpora():
    alice, sonnets = text_of("wonderland"), text_of("sonnets")
    assert len(alice) == 144_413 and len(set(alice)) == 73 and alice.startswith("ALICE’S ADVENTURES IN WONDERLAND")
    assert sonnets.startswith("From fairest creatures we desire increase,")
    assert not any(line.endswith(" ") for line in sonnets.split("\n"))     # trailing spaces stripped
    assert "Shall I compare thee to a summer's day?" in sonnets


def test_curly_quotes_of_the_book_are_tracked_by_the_analysis():
    text = text_of("wonderland")
    inside = neurons.inside_quotes(text)
    start = text.index("‘and what is the use of a book,’")
    assert inside[start] == 1 and inside[start + len("‘and what is the use of a book,")] == 0
    assert 0.2 < inside.mean() < 0.5                                         # dialogue, not the whole book


def test_the_readmes_find_the_neuron_figures_for_alice_are_measured_again():
    """README: layer 2, C[167] tracks quotes over the held-out text and on the page's excerpt at 130000; no
    unit tracks the position in the line. The figures quoted there are those this measurement gives."""
    readme = (ASSETS.parent / "README.md").read_text(encoding="utf-8")
    model, _meta = MODELS["alice-char"]
    text = text_of("wonderland")
    held_out = text[streams.split(len(text), BOOK["alice-char"][1].val_fraction).start:]
    for span, quotes_r, line_r in ((held_out, "0.80 over the whole held-out", "r = 0.33 over the held-out"),
                                   (text[130_000:132_000], "reports\n  C[167] with r = 0.76", "0.43 at 130000")):
        layer = model.run(span).layers[1]
        states = {"h": layer.h, "c": layer.c}
        quote = neurons.rank_units(states, neurons.inside_quotes(span))[0]
        line = neurons.rank_units(states, neurons.line_position(span))[0]
        assert (quote.quantity, quote.unit) == ("c", 167) and (line.quantity, line.unit) == ("c", 48)
        assert f"{abs(quote.r):.2f}" in quotes_r and f"{abs(line.r):.2f}" in line_r
        assert abs(quote.r) >= neurons.TRACKS_THRESHOLD > neurons.PARTLY_THRESHOLD > abs(line.r)
        assert quotes_r in readme and line_r in readme


def test_the_slowest_units_of_alice_are_its_quote_and_line_units():
    """lstm.explain.slow_units (Cell state's first lines) on the excerpt at 130000 finds the two classic units."""
    model, _meta = MODELS["alice-char"]
    span = text_of("wonderland")[130_000:132_000]
    layer = model.run(span).layers[1]
    assert slow_units(layer.h).tolist() == [167, 48, 186]
    quote = neurons.rank_units({"h": layer.h}, neurons.inside_quotes(span))[0]
    line = neurons.rank_units({"h": layer.h}, neurons.line_position(span))[0]
    assert (quote.unit, line.unit) == (167, 48)
