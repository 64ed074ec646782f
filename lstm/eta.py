"""How far training is from its target: progress fraction and an ETA from the loss curve's recent slope.

Pure NumPy, used by the Training page's live view. Loss curves of these runs fall roughly
exponentially, so the estimate fits a straight line to log(loss) over the last points and
extrapolates it to the target; it is an estimate, and says nothing when the loss is not falling.
"""
import math
from typing import NamedTuple

import numpy as np

MAX_ESTIMATE = 1e9          # iterations; a longer extrapolation means the curve is flat: no estimate


class Eta(NamedTuple):
    """Estimated iterations and seconds left to the target; slope = d ln(loss) / d iteration."""
    iterations: int
    seconds: float
    slope: float


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


def eta(iterations, losses, seconds, target, window=50):
    """Eta from the last `window` finite, positive (iteration, loss, seconds) points, or None.

    iterations, losses, seconds: equal-length 1-D sequences (losses may hold NaN where not measured).
    None when fewer than 3 points, or the fitted log-loss is not (noticeably) falling. Already below target: 0 left.
    """
    it, loss, sec = (np.asarray(a, dtype=np.float64) for a in (iterations, losses, seconds))
    if not (it.shape == loss.shape == sec.shape and it.ndim == 1):
        raise ValueError("iterations, losses and seconds must be 1-D arrays of the same length")
    keep = np.isfinite(loss) & (loss > 0) & np.isfinite(it) & np.isfinite(sec)
    it, loss, sec = it[keep][-window:], loss[keep][-window:], sec[keep][-window:]
    if len(loss) and loss[-1] < target:
        return Eta(0, 0.0, math.nan)
    if len(loss) < 3 or it[-1] <= it[0]:
        return None
    slope = float(np.polyfit(it, np.log(loss), 1)[0])            # d ln(loss) / d iteration
    if not (math.isfinite(slope) and slope < 0):
        return None
    left = (math.log(target) - math.log(loss[-1])) / slope
    if left > MAX_ESTIMATE:                                     # a flat curve: no useful estimate
        return None
    left = math.ceil(left)
    per_iteration = max(sec[-1] - sec[0], 0.0) / (it[-1] - it[0])
    return Eta(int(left), float(left * per_iteration), slope)
