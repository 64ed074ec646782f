"""lstm.eta: progress on a log scale and the ETA from the recent slope of log(loss)."""
import math

import numpy as np
import pytest

from lstm.eta import eta, progress


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
