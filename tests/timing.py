"""Growth of a step's cost with its input, for the tests that guard against quadratic steps.

Absolute times mean nothing on a shared machine; a ratio of two sizes does, when each size
is timed best of three in CPU time with the collector off, and a ratio over the bound is
measured again, since a quadratic step fails every time and a load spike does not.
"""

from __future__ import annotations

import gc
import math
import time
from collections.abc import Callable

__all__ = ["growth"]


def _seconds(run: Callable[[int], object], n: int) -> float:
    best = math.inf
    for _ in range(3):
        gc.collect()
        gc.disable()
        try:
            started = time.process_time()
            run(n)
            best = min(best, time.process_time() - started)
        finally:
            gc.enable()
    return best


def growth(run: Callable[[int], object], n: int, *, factor: int = 4, bound: float = 9.0,
           floor: float = 0.005) -> float:
    """Time at ``factor * n`` over time at ``n`` (``factor`` when linear, its square when
    quadratic); ``floor`` keeps fixed costs and timer noise on the small input from deciding."""
    ratio = math.inf
    for _ in range(3):
        small, large = _seconds(run, n), _seconds(run, factor * n)
        ratio = min(ratio, large / max(small, floor))
        if ratio < bound:
            break
    return ratio
