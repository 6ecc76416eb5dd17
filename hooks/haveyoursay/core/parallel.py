"""Records checked on every core: `hub check` of a large council's thousands of records in seconds.

Checking a record reads its file and documents and runs every rule on it, and no record's check needs
another's, so the records are shared out between processes. The check runs a share itself and each
other core runs one more (forked, so it starts with everything already loaded, the kept results of
core.cache included); the children send back their records, their problems and what they worked out
for core.cache, so the next run keeps it too. Results come back in the records' own order, so the
report is the same however many cores did the work.

Only `hub check` asks for more than one worker: a build runs inside MkDocs (and `mkdocs serve`'s
threads), where forking is not safe, and its own time is spent on pages rather than on checking.
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import Any, TypeVar

from . import cache

T = TypeVar("T")
R = TypeVar("R")

SHARE_FROM = 400
"""Fewer records than this are quicker to check in one process than to share out."""
_job: list[tuple[Sequence[Any], Callable[[Any], Any]]] = []
"""The work being shared out: set before the children fork, so they never need it sent to them."""


def workers_available() -> int:
    """How many cores this process may use (a CI runner's container may allow fewer than the machine has)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):  # not on Linux
        return max(1, os.cpu_count() or 1)


def each_done(items: Sequence[T], work: Callable[[T], R], workers: int = 1) -> list[R]:
    """``[work(item) for item in items]``, shared out between ``workers`` processes when it is worth it."""
    workers = min(workers, len(items) // (SHARE_FROM // 2) or 1)
    if workers < 2 or len(items) < SHARE_FROM or "fork" not in multiprocessing.get_all_start_methods():
        return [work(item) for item in items]
    # Each child also sends its results back, which costs it about a fifth more: give the parent a larger share.
    ours = len(items) * 6 // (6 + 5 * (workers - 1))
    shares = _split(len(items) - ours, workers - 1, start=ours)
    cache.load_kinds()  # read once here, not once in each child
    _job[:] = [(items, work)]
    try:
        with ProcessPoolExecutor(workers - 1, mp_context=multiprocessing.get_context("fork")) as pool:
            futures = [pool.submit(_share, start, stop) for start, stop in shares]
            results = [work(item) for item in items[:ours]]
            for future in futures:
                done, worked_out = future.result()
                results += done
                cache.adopt(worked_out)
    finally:
        _job.clear()
    return results


def _split(count: int, parts: int, start: int = 0) -> list[tuple[int, int]]:
    bounds = [start + count * part // parts for part in range(parts + 1)]
    return list(itertools.pairwise(bounds))


def _share(start: int, stop: int) -> tuple[list[Any], cache.WorkedOut]:
    """In a child: one share of the work, and what it worked out for core.cache."""
    items, work = _job[0]
    return [work(item) for item in items[start:stop]], cache.worked_out()
