"""lstm.eta: progress on a log scale and the ETA from the recent slope of log(loss)."""
import math

import numpy as np
import pytest

from lstm.eta import REASONS, NoEta, estimate, eta, progress


def test_exponential_curve_extrapolates_exactly():
    it = np.arange(100)
    loss = 10.0 * np.exp(-0.05 * it)                   # reaches 0.1 at ln(100)/0.05 = 92.1 ...
    est = eta(it[:40], loss[:40], it[:40] * 0.01, 0.1)
    assert est.slope == pytest.approx(-0.05)
    assert est.iterations == math.ceil(math.log(100) / 0.05 - 39)
    assert est.seconds == pytest.approx(est.iterations * 0.01)


def test_nan_points_are_skipped_and_window_is_recent():
    it = np.arange(200.0)
    loss = np.where(it < 100, 50.0, 10.0 * np.exp(-0.02 * (it - 100)))
    loss[::3] = np.nan
    est = eta(it, loss, it, 0.1, window=30)
    assert est.slope == pytest.approx(-0.02)


def test_no_estimate_when_flat_rising_or_too_short():
    it = np.arange(10)
    assert eta(it, np.full(10, 2.0), it, 0.1) is None
    assert eta(it, 1.0 + it, it, 0.1) is None
    assert eta(it[:2], [3.0, 2.0], it[:2], 0.1) is None
    assert eta([], [], [], 0.1) is None


def test_already_below_target():
    assert eta([0, 1, 2], [1.0, 0.5, 0.05], [0, 1, 2], 0.1).iterations == 0


def test_shape_mismatch_is_refused():
    with pytest.raises(ValueError):
        eta([0, 1], [1.0], [0, 1], 0.1)


def test_progress_log_scale():
    assert progress(100.0, 100.0, 0.1) == 0.0
    assert progress(100.0, math.sqrt(10.0), 0.1) == pytest.approx(0.5)
    assert progress(100.0, 0.05, 0.1) == 1.0
    assert progress(100.0, float("nan"), 0.1) == 0.0


# -- the trend must be stable: a real run that cannot learn its text, and one that could ----------------------
def test_an_unlearnable_text_gets_no_estimate_and_a_reason():
    """3,000 random characters, course preset: the old fit of the last 50 points extrapolated to anywhere from
    ~90k iterations to millions; now every call says why there is no estimate."""
    import random

    from threadpoolctl import threadpool_limits

    from lstm.train import TrainConfig, Trainer
    rng = random.Random(1)
    with threadpool_limits(1):
        trainer = Trainer("".join(rng.choice("abcdefghijklmnopqrstuvwxyz ,.") for _ in range(3000)),
                          TrainConfig.from_preset("course", max_iters=4000))
        trainer.step(4000)
    history = trainer.history
    it, loss, sec = history["iteration"], history["smooth_loss"], history["seconds"]
    old = [last_50(it[:n], loss[:n]) for n in range(1000, 4001, 250)]
    assert max(old) > 2 * min(old) > 100_000                            # what the page used to show
    reasons = [estimate(it[:n], loss[:n], sec[:n], 0.1) for n in range(10, 4001, 50)]
    assert all(isinstance(r, NoEta) and r.reason in REASONS for r in reasons)
    assert {r.reason for r in reasons} >= {"unstable", "too far"}


def last_50(it, loss):
    """The old estimate: a line through log(loss) of the last 50 points, extrapolated to 0.1."""
    slope, intercept = np.polyfit(it[-50:], np.log(loss[-50:]), 1)
    return (math.log(0.1) - intercept) / slope - it[-1] if slope < 0 else math.inf


def test_a_learnable_run_gets_a_steady_estimate():
    """The shipped course-preset model's own history (8,156 iterations to seed-ema < 0.1)."""
    from lstm import checkpoint
    from tests.unit.test_cli import ASSETS
    meta = checkpoint.load_with_metadata(ASSETS / "models" / "variant14-course.npz")[1]
    it, loss, sec = (np.array(meta["history"][k], dtype=float) for k in ("iteration", "smooth_loss", "seconds"))
    finish = meta["summary"]["iterations"]
    shown = [(it[n - 1], eta(it[:n], loss[:n], sec[:n], 0.1)) for n in range(80, len(it) - 40, 20)]
    assert finish == 8156 and shown[0][0] < 2000 and all(e is not None for _i, e in shown)
    left = [e.iterations for _i, e in shown]
    assert left == sorted(left, reverse=True)                           # it only counts down
    assert all(0.5 * (finish - i) < e.iterations < 1.5 * (finish - i) for i, e in shown)
