"""Spread the reading of sources and the pair loops of alignment and judging
over the machine's cores.

On large inputs alignment scores and judging labels hundreds of thousands of
pairs, one Python call each (1,000 articles: ~240,000 pairs, ~4 s and ~7 s on
one core), and reading a thousand articles' sentences takes ~5 s
(`api.prepare_claims`, one source per item). `map_chunks` cuts such a list
into consecutive chunks and runs them in forked worker processes, which see
the claims as the parent built them (no pickling on the way in); only the
per-item results travel back, in order, with the sentence readings the
workers cached (`memo.reading`), which the parent adds to its caches.
The result is the list a plain loop would build, whatever the number of
workers: the functions mapped are pure, and the chunks are put back in order.

Small inputs (below ``MIN_ITEMS``), single-core machines and platforms
without a safe ``fork`` (anything but Linux) run the loop in process.
``CLAIMCHECK_WORKERS`` caps the number of processes (``1``: never fork).
"""

from __future__ import annotations

import gc
import os
import sys
import threading
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from claimcheck import memo

T = TypeVar("T")
R = TypeVar("R")

WORKERS_ENV = "CLAIMCHECK_WORKERS"
# Below this many items forking costs more than it saves (starting the pool
# took 11-56 ms here; 20,000 pairs take ~0.6 s to judge on one core).
MIN_ITEMS = 20_000
CHUNK = 8_000

# The task of the pool being run: set in the parent just before the fork, so
# the workers inherit it (closures and claims need no pickling).
_Task = tuple[Callable[[Sequence[Any]], list[Any]], Sequence[Any], list[tuple[int, int]]]
_TASK: _Task | None = None
# One pool at a time: two threads of a caller must not swap each other's task.
_LOCK = threading.Lock()


def cores() -> int:
    """CPU cores this process may run on (its affinity mask where the OS has one)."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def workers() -> int:
    """How many processes `map_chunks` may use: the cores, capped by ``CLAIMCHECK_WORKERS``."""
    limit = os.environ.get(WORKERS_ENV, "").strip()
    count = cores()
    if limit:
        try:
            count = min(count, max(1, int(limit)))
        except ValueError:
            pass  # a malformed cap is ignored, as an unset one
    return max(1, min(count, 8))


def _can_fork() -> bool:
    import multiprocessing

    return sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods()


def map_chunks(
    fn: Callable[[Sequence[T]], list[R]],
    items: Sequence[T],
    *,
    min_items: int | None = None,
    chunk: int | None = None,
) -> list[R]:
    """``fn`` over consecutive chunks of ``items``, results concatenated in order.

    ``fn`` takes a slice of ``items`` and returns one result per item; it must
    be pure (it runs in another process, whose side effects are lost).
    ``min_items`` and ``chunk`` default to `MIN_ITEMS` and `CHUNK`.
    """
    min_items = MIN_ITEMS if min_items is None else min_items
    chunk = max(1, CHUNK if chunk is None else chunk)
    count = workers()
    if len(items) < min_items or count < 2 or not _can_fork():
        return fn(items)
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    global _TASK
    bounds = [(lo, min(lo + chunk, len(items))) for lo in range(0, len(items), chunk)]
    with _LOCK:
        _TASK = (fn, items, bounds)
        # The parent's objects go to the collector's permanent generation for
        # the pool's lifetime, as the gc module's documentation advises before
        # a fork: a worker's collections then skip them instead of writing to
        # every object header, which would copy the parent's heap page by page
        # (1,000 articles: align and judge 0.3-0.5 s faster each).
        gc.freeze()
        try:
            context = multiprocessing.get_context("fork")
            processes = min(count, len(bounds))
            with ProcessPoolExecutor(
                processes, mp_context=context, initializer=_quiet_worker
            ) as pool:
                parts = list(pool.map(_run_chunk, range(len(bounds))))
        except BrokenProcessPool:
            parts = None
        finally:
            gc.unfreeze()
            _TASK = None
    if parts is None:
        # A worker died (killed, out of memory): the loop in process gives the
        # same results, only slower.
        return fn(items)
    for _part, readings in parts:
        memo.absorb(readings)
    return [result for part, _readings in parts for result in part]


def _quiet_worker() -> None:
    """Give a forked worker its own standard streams: another thread of the
    parent (a progress display) may have held their locks at the fork, and a
    worker flushing them on exit would then wait forever."""
    sink = open(os.devnull, "w", encoding="utf-8")  # lives as long as the worker
    sys.stdout = sys.stderr = sink


def _run_chunk(index: int) -> tuple[list[Any], list[memo.Reading]]:
    """A chunk's results, and how the worker read the sentences it met
    (`memo.reading`), which the parent keeps: the caches of a worker die
    with it, and later stages read the same sentences again."""
    assert _TASK is not None, "map_chunks sets the task before forking"
    fn, items, bounds = _TASK
    lo, hi = bounds[index]
    with memo.recording() as readings:
        out = fn(items[lo:hi])
    if len(out) != hi - lo:
        raise ValueError(f"map_chunks: {len(out)} results for {hi - lo} items")
    return out, readings
