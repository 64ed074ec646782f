"""lstm.train: stopping rules, stop flag, NaN guard, determinism, coverage of every character, config checks."""
import dataclasses
import json
import math

import numpy as np
import pytest
from threadpoolctl import threadpool_limits

from lstm.train import DEFAULT_TEXT, MAX_SNAPSHOTS, MAX_TEXT_CHARS, WINDOW, TrainConfig, Trainer, downsample
from lstm.vocab import VocabularyError



@pytest.fixture(autouse=True)
def one_blas_thread():
    """As in the app and the CLI: two BLAS threads are never faster here and stall under load."""
    with threadpool_limits(1):
        yield


SMALL = TrainConfig.from_preset("fast", hidden=8, max_iters=40, sample_every=5)


def course(**changes):
    return TrainConfig.from_preset("course", **changes)


def without_seconds(history):
    return {k: v for k, v in history.items() if k != "seconds"}


def test_presets_are_the_documented_setups():
    c, f = TrainConfig.from_preset("course"), TrainConfig.from_preset("fast")
    assert (c.hidden, c.seq_len, c.lr, c.optimizer, c.clip, c.init_std, c.forget_bias, c.criterion, c.target) == \
        (20, 25, 0.1, "adagrad", 1.0, 0.1, 0.0, "seed-ema", 0.1)
    assert (f.criterion, f.optimizer, f.preset, c.preset) == ("exact", "adam", "fast", "course")
    assert hash(c) != hash(f) and dataclasses.replace(c, hidden=32).hidden == 32


def test_from_preset_changes_fields_and_preset_is_a_plain_field():
    """`preset` is an ordinary field (what a checkpoint's metadata stores), from_preset the constructor."""
    small = TrainConfig.from_preset("course", hidden=8)
    assert (small.preset, small.hidden, small.optimizer) == ("course", 8, "adagrad")
    assert TrainConfig(**dataclasses.asdict(small)) == small                      # metadata -> config, as saved
    assert TrainConfig.preset == "fast" and TrainConfig(preset="custom").preset == "custom"
    with pytest.raises(ValueError, match="unknown preset 'slow'"):
        TrainConfig.from_preset("slow")


def test_course_loop_trains_every_character_and_resets_state_at_the_start():
    trainer = Trainer(DEFAULT_TEXT, course())
    seen, model = [], trainer.model
    real = model.loss_and_grads

    def spy(inputs, targets, h0=None, c0=None, *args):
        seen.append((inputs.copy(), targets.copy(), h0 is None))
        return real(inputs, targets, h0, c0, *args)

    model.loss_and_grads = spy
    n = len(trainer.indices) - 1
    trainer.step(math.ceil(n / 25) + 1)                       # one full pass and the first window of the next
    passes = seen[:-1]
    assert [len(t) for _, t, _ in passes] == [25] * (n // 25) + [n % 25]   # shorter last window, nothing skipped
    assert np.array_equal(np.concatenate([t for _, t, _ in passes]), trainer.indices[1:])
    assert trainer.vocab.decode(passes[-1][1]).endswith("the AI effect")   # the classic loop never trains these
    assert [fresh for _, _, fresh in seen] == [True] + [False] * (len(passes) - 1) + [True]


def test_fast_preset_reaches_exact_criterion_and_recites_the_text():
    trainer = Trainer(DEFAULT_TEXT, TrainConfig.from_preset("fast", seed=0))
    while not trainer.done:
        trainer.run(1.0)
    s = trainer.summary()
    assert s["reached"] and s["stop_reason"] == "reached" and s["iterations"] < 100
    assert s["exact_loss_per_window"] < 0.1 and s["recitation_correct"] == s["recitation_total"] == len(DEFAULT_TEXT) - 1
    fresh = Trainer(DEFAULT_TEXT, trainer.config)             # honest: the reported loss is the final θ's
    fresh.model.theta[:] = trainer.model.theta
    assert fresh.exact_loss_per_window() == pytest.approx(s["exact_loss_per_window"], rel=1e-12)
    assert trainer.history["exact_loss"][-1] == pytest.approx(s["exact_loss_per_window"], rel=1e-12)
    json.dumps(s)


def test_seed_ema_smooth_loss_starts_at_uniform_and_follows_the_course_formula():
    trainer = Trainer(DEFAULT_TEXT, course())
    start = -math.log(1 / len(trainer.vocab)) * WINDOW
    trainer.step(3)
    h = trainer.history
    expected = start
    for loss, smooth in zip(h["loss"], h["smooth_loss"]):
        expected = 0.999 * expected + 0.001 * loss
        assert smooth == pytest.approx(expected, rel=1e-14)
    assert np.isnan(h["exact_loss"][1:]).all() and np.isfinite(h["exact_loss"][0])   # evaluated every 100


def test_stop_flag_keeps_the_parameters_trained_so_far():
    trainer = Trainer(DEFAULT_TEXT, SMALL)
    init, at_stop = trainer.model.theta.copy(), {}

    def callback(progress):
        if progress.iteration == 7:
            at_stop["theta"] = trainer.model.theta.copy()
            trainer.stop()

    trainer.run(max_seconds=60, callback=callback)
    assert trainer.done and trainer.stop_reason == "stopped" and not trainer.reached
    assert trainer.iteration == 7
    assert np.array_equal(trainer.model.theta, at_stop["theta"]) and not np.array_equal(trainer.model.theta, init)
    trainer.step(5)                                           # done: nothing changes any more
    assert np.array_equal(trainer.model.theta, at_stop["theta"])


@pytest.mark.parametrize("optimizer", ["sgd", "adagrad", "adam"])
def test_huge_learning_rate_stops_with_nan_reason_and_last_finite_parameters(optimizer):
    trainer = Trainer(DEFAULT_TEXT, course(lr=1e6, clip=0.0, optimizer=optimizer))
    init = trainer.model.theta.copy()
    trainer.run(max_seconds=10)
    assert trainer.done and trainer.stop_reason.startswith("nan:") and "learning rate" in trainer.stop_reason
    assert np.isfinite(trainer.model.theta).all()
    assert np.array_equal(trainer.model.theta, init)          # the first update already diverged
    assert trainer.iteration == 0 and np.isfinite(trainer.exact_loss_per_window())


def test_injected_inf_restores_the_parameters_of_the_last_finite_iteration():
    trainer, reference = Trainer(DEFAULT_TEXT, SMALL), Trainer(DEFAULT_TEXT, SMALL)
    trainer.step(5)
    trainer.model.theta[3] = np.inf
    trainer.step(3)
    reference.step(4)
    assert trainer.stop_reason.startswith("nan:") and trainer.iteration == 4
    assert np.array_equal(trainer.model.theta, reference.model.theta)


def test_same_seed_gives_bit_identical_runs_and_step_n_is_exactly_n():
    a, b = Trainer(DEFAULT_TEXT, SMALL), Trainer(DEFAULT_TEXT, SMALL)
    a.step(12)
    for n in (5, 7):
        b.step(n)
    assert a.iteration == b.iteration == 12
    assert np.array_equal(a.model.theta, b.model.theta)
    for key, values in without_seconds(a.history).items():
        assert np.array_equal(values, b.history[key], equal_nan=True), key
    assert a.samples == b.samples and len(a.samples) == 3
    other = Trainer(DEFAULT_TEXT, dataclasses.replace(SMALL, seed=1))
    other.step(12)
    assert not np.array_equal(a.model.theta, other.model.theta)


def test_snapshots_are_bounded_spread_and_end_with_the_current_parameters():
    trainer = Trainer(DEFAULT_TEXT, course(max_iters=300))
    trainer.step(300)
    snaps = trainer.snapshots
    iterations = [it for it, _, _ in snaps]
    assert len(snaps) <= MAX_SNAPSHOTS and len(snaps) >= MAX_SNAPSHOTS // 2
    assert iterations[0] == 0 and iterations[-1] == 300 == trainer.iteration
    assert iterations == sorted(set(iterations))
    assert np.array_equal(snaps[-1][2], trainer.model.theta) and snaps[-1][2] is not trainer.model.theta
    assert trainer.stop_reason == "max_iters"


def test_history_and_checkpoint_metadata_are_json_ready_and_downsampled():
    trainer = Trainer(DEFAULT_TEXT, course(max_iters=150, eval_every=10))
    trainer.step(150)
    h = trainer.history
    assert set(h) == {"iteration", "loss", "smooth_loss", "exact_loss", "grad_norm", "seconds"}
    assert all(len(v) == 150 for v in h.values()) and np.array_equal(h["iteration"], np.arange(150))
    meta = json.loads(json.dumps(trainer.checkpoint_metadata()))
    assert meta["history"]["iteration"] == list(range(150))              # short: kept whole
    assert sum(v is not None for v in meta["history"]["exact_loss"]) == 15
    assert meta["text"] == DEFAULT_TEXT and meta["train_config"]["preset"] == "course"
    small = downsample(h, max_points=40)
    assert len(small["iteration"]) <= 40 and small["iteration"][0] == 0 and small["iteration"][-1] == 149
    assert sum(v is not None for v in small["exact_loss"]) >= 10        # evaluations are kept preferentially
    assert downsample({k: v[:0] for k, v in h.items()})["loss"] == []


def test_window_longer_than_the_text_is_clamped_and_tiny_texts_train():
    trainer = Trainer("abab", TrainConfig.from_preset("course", seq_len=1000))
    assert trainer.seq_len == 3
    trainer.step(3)
    assert trainer.iteration == 3
    Trainer("ab", SMALL).step(2)


@pytest.mark.parametrize("text, match", [
    ("", "empty"), ("     ", "distinct"), ("a", "distinct"), ("aaaa", "distinct"),
    ("x" * (MAX_TEXT_CHARS + 1), f"{MAX_TEXT_CHARS:,}"), (b"bytes", "string")])
def test_bad_texts_are_refused_with_a_clear_message(text, match):
    with pytest.raises((ValueError, VocabularyError), match=match):
        Trainer(text, SMALL)


def test_word_level_needs_two_tokens():
    with pytest.raises(VocabularyError):
        Trainer("hello", dataclasses.replace(SMALL, level="word"))
    Trainer("hello world", dataclasses.replace(SMALL, level="word")).step(2)


@pytest.mark.parametrize("changes, match", [
    ({"hidden": 0}, "hidden"), ({"hidden": -3}, "hidden"), ({"hidden": 10 ** 6}, "hidden"), ({"hidden": 2.5}, "hidden"),
    ({"lr": 0}, "learning rate"), ({"lr": -1}, "learning rate"), ({"lr": float("nan")}, "learning rate"),
    ({"lr": float("inf")}, "learning rate"), ({"seq_len": 0}, "sequence length"), ({"target": 0}, "target"),
    ({"target": -1}, "target"), ({"clip": -1}, "clip"), ({"max_iters": 0}, "max_iters"), ({"seed": -1}, "seed"),
    ({"optimizer": "rmsprop"}, "optimizer"), ({"criterion": "best"}, "criterion"), ({"kind": "tcn"}, "kind"),
    ({"level": "byte"}, "level"), ({"preset": "slow"}, "preset"), ({"hidden": True}, "hidden")])
def test_invalid_hyperparameters_raise_clear_value_errors(changes, match):
    with pytest.raises(ValueError, match=match):
        dataclasses.replace(SMALL, **changes)


def test_unknown_preset_name_and_bad_step_counts():
    with pytest.raises(ValueError, match="preset"):
        TrainConfig.from_preset("turbo")
    with pytest.raises(ValueError, match="steps"):
        Trainer(DEFAULT_TEXT, SMALL).step(-1)


@pytest.mark.parametrize("kind", ["rnn", "gru"])
def test_other_cells_train_with_the_same_loop(kind):
    trainer = Trainer(DEFAULT_TEXT, course(kind=kind, max_iters=30))
    trainer.step(30)
    assert trainer.stop_reason == "max_iters" and trainer.history["loss"][-1] < trainer.history["loss"][0]
    assert math.isfinite(trainer.exact_loss_per_window())
