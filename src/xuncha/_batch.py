"""Many files at once: a process pool whose results come back in input order, with an optional progress bar.

Each file is parsed in one worker with no shared state, so a run over 100,000 notices uses every core and its
output is the same, line for line, whatever the number of workers. The work function must be defined at module
level (the pool pickles it) and should return its errors as values rather than raise them, so that one bad
file never stops the batch.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import IO, TypeVar

__all__ = ["default_jobs", "run_in_order"]

T = TypeVar("T")
R = TypeVar("R")


def default_jobs() -> int:
    """The number of cores this process may use (its CPU affinity where the platform tells it)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # macOS and Windows have no affinity call
        return max(1, os.cpu_count() or 1)


def _chunk_size(count: int, jobs: int) -> int:
    # Large enough to amortise the pickling round trip, small enough to keep every worker busy to the end.
    return max(1, min(64, count // (jobs * 8)))


def run_in_order(
    work: Callable[[T], R],
    items: Sequence[T],
    *,
    jobs: int | None = None,
    progress: bool = False,
    stream: IO[str] | None = None,
) -> Generator[R, None, None]:
    """``work(item)`` for each item, yielded in the order of ``items``.

    ``jobs``: worker processes (default :func:`default_jobs`); with one job, or one item, the work runs in this
    process. ``progress``: show a progress bar on ``stream`` (default stderr) when it is a terminal and tqdm is
    installed (``xuncha[progress]``); otherwise nothing is drawn. A caller that may stop early closes the
    generator (``contextlib.closing``): the workers stop and the pool is shut down then, not at exit.

    >>> list(run_in_order(abs, [-3, 1, -2], jobs=1))
    [3, 1, 2]
    """
    if jobs is not None and (type(jobs) is not int):  # bool is an int subclass, and no count
        raise TypeError(f"jobs must be an int, not {type(jobs).__name__}")
    if jobs is not None and jobs < 1:
        raise ValueError(f"jobs must be at least 1, not {jobs}")
    workers = min(jobs or default_jobs(), max(1, len(items)))
    results: Iterable[R]
    if workers == 1:
        results = map(work, items)
        yield from _with_progress(results, len(items), progress, stream)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        results = pool.map(work, items, chunksize=_chunk_size(len(items), workers))
        try:
            yield from _with_progress(results, len(items), progress, stream)
        except BaseException:
            # A closed pipe or ^C: stop the workers now instead of finishing the queue first.
            pool.shutdown(wait=False, cancel_futures=True)
            raise


def _with_progress(results: Iterable[R], total: int, progress: bool, stream: IO[str] | None) -> Iterator[R]:
    out = stream if stream is not None else sys.stderr
    if not progress or total < 2 or not out.isatty():
        yield from results
        return
    try:
        from tqdm import tqdm
    except ImportError:  # the bar is a comfort, not a requirement
        yield from results
        return
    yield from tqdm(results, total=total, file=out, unit="file", leave=False)
