"""The process pool of batch runs: results in input order, any number of workers, errors kept as values."""

from __future__ import annotations

import io
import os
import time

import pytest

from xuncha._batch import default_jobs, run_in_order


def _square_or_error(n: int) -> tuple[int, int | str]:
    """A work function as the command line writes them: errors come back as values, with the worker's pid.
    Each item takes a little time, so that a worker that starts late still finds work left (on a busy machine
    the first worker could otherwise finish every item alone)."""
    time.sleep(0.005)
    if n % 7 == 3:
        return os.getpid(), f"bad input {n}"
    return os.getpid(), n * n


def test_results_come_back_in_input_order_with_two_workers() -> None:
    items = list(range(200))
    results = list(run_in_order(_square_or_error, items, jobs=2))
    assert [value for _, value in results] == [n * n if n % 7 != 3 else f"bad input {n}" for n in items]
    assert len({pid for pid, _ in results}) == 2  # both workers took part
    assert os.getpid() not in {pid for pid, _ in results}


def test_one_job_runs_in_this_process() -> None:
    results = list(run_in_order(_square_or_error, [1, 2, 3], jobs=1))
    assert results == [(os.getpid(), 1), (os.getpid(), 4), (os.getpid(), "bad input 3")]


def test_one_item_needs_no_pool() -> None:
    assert list(run_in_order(_square_or_error, [5], jobs=4)) == [(os.getpid(), 25)]


def test_no_progress_bar_off_a_terminal() -> None:
    stream = io.StringIO()
    assert list(run_in_order(abs, [-1, -2, -3], jobs=1, progress=True, stream=stream)) == [1, 2, 3]
    assert stream.getvalue() == ""


def test_bad_job_counts_are_refused() -> None:
    with pytest.raises(ValueError, match="jobs must be at least 1, not 0"):
        list(run_in_order(abs, [1], jobs=0))
    with pytest.raises(TypeError, match="jobs must be an int, not str"):
        list(run_in_order(abs, [1], jobs="2"))  # type: ignore[arg-type]


def test_default_jobs_is_the_usable_core_count() -> None:
    assert default_jobs() == len(os.sched_getaffinity(0))
