"""lstm.streams and lstm.book.BookTrainer: char-rnn batching, validation, best weights, the driving
interface of the teaching Trainer, resume; on a small text and a tiny model so each test takes a second."""
import io
import json
import math

import numpy as np
import pytest

from lstm import streams
from lstm.book import BookTrainer, trainer_for
from lstm.checkpoint import load_with_metadata
from lstm.train import Trainer, TrainConfig

TEXT = ("the cat sat on the mat. the dog sat on the log. a cat and a dog met on a mat by a log.\n" * 12)


def config(**changes):
    small = dict(hidden=12, layers=2, batch=4, seq_len=16, max_iters=40, eval_every=10, sample_every=20,
                 sample_length=20, minutes=0.0, dtype="float64", lr=1e-2)
    return TrainConfig.from_preset("book", **dict(small, **changes))


def test_streams_cut_the_training_part_into_contiguous_streams_read_in_order():
    idx = np.arange(1000)
    s = streams.Streams(idx, 901, B=4, T=30)                        # 900 pairs -> 4 streams of 225
    assert (s.length, s.windows, s.pairs) == (225, 8, 900)
    windows = [s.window(k) for k in range(s.windows)]
    inputs = np.concatenate([w[0] for w in windows])                # (225, 4)
    targets = np.concatenate([w[1] for w in windows])
    np.testing.assert_array_equal(inputs[:, 2], np.arange(450, 675))   # stream 2, in order
    np.testing.assert_array_equal(targets, inputs + 1)
    assert windows[-1][0].shape == (15, 4) and inputs.max() < 900
    assert streams.split(1000, 0.1) == (900, 100)
    with pytest.raises(ValueError, match="too few"):
        streams.Streams(idx, 4, B=8, T=5)


def test_evaluation_is_the_mean_cross_entropy_of_every_held_out_symbol():
    trainer = BookTrainer(TEXT, config())
    model, idx, start = trainer.model, trainer.indices, trainer.split.start
    whole = model.forward(idx[start:-1], idx[start + 1:])[0]       # one stream, no warm-up
    nats, count = streams.evaluate(model, idx, start, len(idx), streams=1, warmup=0)
    assert count == len(idx) - 1 - start and nats == pytest.approx(whole.mean_loss(), rel=1e-12)
    warm, count = streams.evaluate(model, idx, start, len(idx), streams=5, warmup=20)
    assert count == len(idx) - 1 - start and abs(warm - nats) < 0.2   # same symbols, other context


def test_training_lowers_validation_keeps_the_best_weights_and_is_deterministic():
    a, b = BookTrainer(TEXT, config()), BookTrainer(TEXT, config())
    a.run(60)
    b.step(40)
    assert a.done and a.stop_reason == "max_iters" and a.iteration == b.iteration == 40
    assert a.model.theta.tobytes() == b.model.theta.tobytes()      # seeds: init, dropout masks
    val = a.validation
    assert list(val["iteration"]) == [0, 10, 20, 30, 40] and val["val_loss"][-1] < val["val_loss"][0] - 0.25
    assert a.best_val == val["val_loss"].min() and a.best_iteration == val["iteration"][val["val_loss"].argmin()]
    best = streams.evaluate(a.model, a.indices, a.split.start, len(a.indices))[0]
    assert best == pytest.approx(a.best_val, rel=1e-12)            # the model holds the best weights
    hist = a.history
    assert len(hist["iteration"]) == 41 and math.isnan(hist["loss"][0]) and hist["seconds"][-1] > 0
    np.testing.assert_allclose(val["val_bits"], val["val_loss"] / math.log(2))


def test_stop_keeps_the_best_weights_and_the_interface_matches_the_teaching_trainer():
    trainer = BookTrainer(TEXT, config(max_iters=1000, eval_every=5))
    trainer.step(12)
    assert trainer.iteration == 12 and not trainer.done
    trainer.stop()
    trainer.step(1)
    assert trainer.done and trainer.stop_reason == "stopped" and not trainer.reached
    assert streams.evaluate(trainer.model, trainer.indices, trainer.split.start, len(trainer.indices))[0] == \
        pytest.approx(trainer.best_val, rel=1e-12)
    for name in ("step", "run", "stop", "done", "reached", "stop_reason", "iteration", "seconds", "progress",
                 "history", "samples", "snapshots", "summary", "checkpoint_metadata", "save"):
        assert hasattr(trainer, name), name
    assert trainer.samples and trainer.samples[0][1].startswith("t")
    assert trainer.snapshots[-1][0] == 12 and np.array_equal(trainer.snapshots[-1][2], trainer.model.theta)


def test_learning_rate_decays_once_per_epoch():
    trainer = BookTrainer(TEXT, config(lr_decay=0.5, max_iters=1000))
    windows = trainer.streams.windows
    trainer.step(windows)
    assert trainer.epochs == 1 and trainer.lr == pytest.approx(5e-3)
    assert trainer.history["lr"][windows] == pytest.approx(1e-2) and trainer.progress().lr == pytest.approx(1e-2)
    trainer.step(1)
    assert trainer.progress().lr == pytest.approx(5e-3)


def test_limits_and_divergence_end_training_with_a_reason():
    quick = BookTrainer(TEXT, config(minutes=1e-6, max_iters=1000))
    quick.run(30)
    assert quick.stop_reason == "time" and quick.iteration < 1000
    wild = BookTrainer(TEXT, config(lr=1e6, clip_norm=0.0, max_iters=200))
    wild.run(30)
    assert wild.done and np.isfinite(wild.model.theta).all()
    assert wild.stop_reason.startswith("nan") or wild.best_val < math.log(len(wild.vocab)) + 1
    reached = BookTrainer(TEXT, config(target=3.0, max_iters=1000))
    reached.run(30)
    assert reached.reached and reached.stop_reason == "reached" and reached.best_val <= 3.0


def test_summary_and_checkpoint_are_json_ready_and_resume_goes_on(tmp_path):
    trainer = BookTrainer(TEXT, config())
    trainer.run(60)
    s = trainer.summary()
    json.dumps(s)
    for key in ("val_loss", "val_bits_per_char", "train_loss", "epochs", "seconds", "ms_per_iteration"):
        assert isinstance(s[key], float) and s[key] > 0, key
    assert s["val_bits_per_char"] == pytest.approx(s["val_loss"] / math.log(2))
    path = tmp_path / "book.npz"
    trainer.save(path)
    model, meta = load_with_metadata(path)
    assert model.L == 2 and meta["summary"]["iterations"] == 40 and meta["validation"]["iteration"][-1] == 40
    assert model.theta.tobytes() == trainer.model.theta.tobytes()
    again = BookTrainer.resume(path, max_iters=10)
    assert again.iteration == 40 and again.text == TEXT and again.model.theta.tobytes() == model.theta.tobytes()
    again.run(60)
    assert again.iteration == 50 and again.best_val <= trainer.best_val + 1e-12
    with pytest.raises(ValueError, match="hidden"):
        BookTrainer.resume(path, hidden=13)
    buffer = io.BytesIO()
    Trainer(TEXT[:80], TrainConfig.from_preset("fast", max_iters=2)).save(buffer)
    with pytest.raises(ValueError):
        BookTrainer.resume(io.BytesIO(buffer.getvalue()))


def test_the_config_picks_the_trainer_and_refuses_mixtures():
    assert isinstance(trainer_for(TEXT, config()), BookTrainer)
    assert isinstance(trainer_for(TEXT, TrainConfig.from_preset("fast")), Trainer)
    for changes, words in ((dict(batch=8), "validation criterion"), (dict(val_fraction=0.1), "validation criterion")):
        with pytest.raises(ValueError, match=words):
            TrainConfig.from_preset("fast", **changes)
    for changes, words in ((dict(val_fraction=0.0), "validation fraction above 0"), (dict(val_fraction=0.6), "below 0.5"),
                           (dict(kind="gru", layers=1), "fused LSTM"), (dict(lr_decay=1.5), "at most 1"),
                           (dict(batch=0), "batch"), (dict(minutes=-1.0), "minutes")):
        with pytest.raises(ValueError, match=words):
            config(**changes)
    with pytest.raises(ValueError, match="criterion 'validation'"):
        BookTrainer(TEXT, TrainConfig.from_preset("fast"))
