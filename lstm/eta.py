"""How far training is from its target: progress fraction and an ETA from the loss curve's recent trend.

Pure NumPy, used by the Training page's live view. Loss curves of these runs fall roughly
exponentially, so the estimate fits a straight line to log(loss) and extrapolates it to the target.
It is shown only when the trend is stable: the lines fitted to the last half and to the last quarter of
the points reach the target within a factor STABLE of each other (or within SLACK of the half's span),
and the target is at most REACH times further away than the iterations the fit is based on; the
quarter's line gives the estimate. Measured on a text a small model cannot learn (3,000 random characters,
course preset, 30,000 iterations): the old fit of the last 50 points extrapolated to anywhere from 92k to
7.4M iterations; the half's and the quarter's finishes disagreed by up to 2.6x and the target lay more than
60 times the fitted span away, so no estimate is shown, with the reason. On the shipped course-preset run
(8,156 iterations) an estimate shows from iteration ~1,500 to ~7,400, counting down, within 0.5-1.5x of
the iterations actually left (tests/unit/test_eta.py).
"""
import math
from typing import NamedTuple

import numpy as np

from .messages import InputError, N_

MIN_POINTS = 8          # finite points before any estimate
STABLE = 1.5            # the last half's and the last quarter's extrapolated finishes may differ by this factor,
SLACK = 0.1             # ... or by this fraction of the iterations the half covers (near the end, when few are left)
REACH = 10.0            # extrapolate at most this many times the iterations the fit covers


class Eta(NamedTuple):
    """Estimated iterations and seconds left to the target; slope = d ln(loss) / d iteration."""
    iterations: int
    seconds: float
    slope: float


class NoEta(NamedTuple):
    """Why there is no estimate: "few points", "not falling", "unstable" or "too far" (see REASONS)."""
    reason: str


REASONS = {"few points": N_("too few measured points yet"),
           "not falling": N_("the loss is not falling steadily"),
           "unstable": N_("the trend is not stable yet: the last half and the last quarter of the run point to "
                          "different finishes"),
           "too far": N_("the target is too far away to extrapolate: more than 10 times the iterations the trend "
                         "is measured over")}


def progress(initial, current, target):
    """Fraction in [0, 1] of the way from `initial` loss down to `target`, measured on a log scale."""
    values = (initial, current, target)
    if not all(isinstance(v, (int, float, np.floating)) and math.isfinite(v) and v > 0 for v in values):
        return 0.0
    if current <= target:
        return 1.0
    if initial <= target:
        return 0.0
    done = (math.log(initial) - math.log(current)) / (math.log(initial) - math.log(target))
    return float(min(max(done, 0.0), 1.0))


def _finish(it, loss, target):
    """(iteration where the fitted log-loss line reaches target, slope); inf when it is not falling."""
    if len(it) < 3 or it[-1] <= it[0]:
        return math.inf, math.nan
    slope, intercept = np.polyfit(it, np.log(loss), 1)
    if not (math.isfinite(slope) and slope < 0):
        return math.inf, float(slope)
    return (math.log(target) - intercept) / slope, float(slope)


def estimate(iterations, losses, seconds, target, window=None):
    """Eta, or NoEta saying why not, from the last `window` (None: all) finite, positive points.

    iterations, losses, seconds: equal-length 1-D sequences (losses may hold NaN where not measured).
    Already below target: Eta(0, 0, nan)."""
    it, loss, sec = (np.asarray(a, dtype=np.float64) for a in (iterations, losses, seconds))
    if not (it.shape == loss.shape == sec.shape and it.ndim == 1):
        raise InputError(N_("iterations, losses and seconds must be 1-D arrays of the same length"))
    keep = np.isfinite(loss) & (loss > 0) & np.isfinite(it) & np.isfinite(sec)
    it, loss, sec = (a[keep][-window:] if window else a[keep] for a in (it, loss, sec))
    if len(loss) and loss[-1] < target:
        return Eta(0, 0.0, math.nan)
    if len(loss) < MIN_POINTS:
        return NoEta("few points")
    half, quarter = slice(len(it) // 2, None), slice(3 * len(it) // 4, None)
    (end_half, _), (end_quarter, slope) = _finish(it[half], loss[half], target), _finish(it[quarter], loss[quarter], target)
    if not (math.isfinite(end_half) and math.isfinite(end_quarter)):
        return NoEta("not falling")
    left_half, left_quarter = end_half - it[-1], end_quarter - it[-1]
    span = it[-1] - it[half][0]
    low, high = sorted((left_half, left_quarter))
    if low <= 0 or high - low > max((STABLE - 1) * low, SLACK * span):
        return NoEta("unstable")
    if high > REACH * span:
        return NoEta("too far")
    left = math.ceil(left_quarter)                              # the more recent of two that agree
    per_iteration = max(sec[-1] - sec[half][0], 0.0) / span
    return Eta(int(left), float(left * per_iteration), slope)


def eta(iterations, losses, seconds, target, window=None):
    """estimate() as an Eta, or None when there is no estimate (estimate() says why)."""
    result = estimate(iterations, losses, seconds, target, window)
    return result if isinstance(result, Eta) else None
