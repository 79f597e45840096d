"""The CPU cost of a call, for the tests that compare the cost of one input with that of an input four times its
size (tests/test_checks_linear.py, tests/test_dates_linear.py): a ratio in one run, never a clock's bound."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable


def cpu_cost(function: Callable[[str], object], text: str) -> float:
    """The least of three runs of ``function(text)``, in seconds of this process's CPU time: other processes on a
    busy machine (a parallel CI run) do not count, so a ratio of two costs measures the algorithm, not the load.
    The collector is kept out of the timed runs by disabling it, not by a full collection before each: after the
    rest of the suite the heap is large, and a full collection then costs more than the runs it would clear."""
    best = float("inf")
    enabled = gc.isenabled()
    gc.disable()
    try:
        for _ in range(3):
            start = time.process_time()
            function(text)
            best = min(best, time.process_time() - start)
    finally:
        if enabled:
            gc.enable()
    return best


def grows_linearly(
    function: Callable[[str], object], make: Callable[[int], str], size: int
) -> tuple[bool, float, float]:
    """Whether ``function`` on ``make(4 * size)`` costs about four times its cost on ``make(size)``, with both costs.
    Linear is 4×; the bound (9×) leaves room for a busy machine, and a square (16×) still fails it; a cost under 2 ms
    counts as 2 ms (a clock's resolution)."""
    small, large = cpu_cost(function, make(size)), cpu_cost(function, make(4 * size))
    return large < 9 * max(small, 0.002), small, large
