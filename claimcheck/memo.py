"""A per-claim cache for the pair loops of alignment and judging.

Alignment scores and judging labels each claim in about twenty pairs, and most
rules first derive something from each claim alone (its own figures, its
people, its places) before comparing the two sides. Caching that per claim
leaves only the pairwise work in the loop.

`reading` caches how one sentence reads (its polarity cues, hedges, names)
so that forked workers can hand what they read back to the parent
(`claimcheck.parallel`).
"""

from __future__ import annotations

import contextlib
import functools
import threading
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

K = TypeVar("K")
T = TypeVar("T")

# Entries per cached function; the same bound as the module's string caches.
MAX_ENTRIES = 65536


def per_claim(fn: Callable[[K], T]) -> Callable[[K], T]:
    """Cache ``fn(claim)`` by the identity of the claim object.

    By identity, not by value: a claim hashes and compares by all its slots,
    which costs about as much as the work saved. Each entry holds its claim, so
    no other object can take that id while the entry exists; the cache empties
    when full. Results are shared between callers, so ``fn`` returns tuples.
    """
    cache: dict[int, tuple[K, T]] = {}

    @functools.wraps(fn)
    def cached(claim: K) -> T:
        hit = cache.get(id(claim))
        if hit is not None:
            return hit[1]
        if len(cache) >= MAX_ENTRIES:
            cache.clear()
        value = fn(claim)
        cache[id(claim)] = (claim, value)
        return value

    return cached


A = TypeVar("A")
B = TypeVar("B")


def last_pair(
    context: Callable[[], object] | None = None,
) -> Callable[[Callable[[A, B], T]], Callable[[A, B], T]]:
    """Cache ``fn(a, b)`` for the last pair it was called with, by identity.

    Judging a pair asks some rules more than once (whether the two figures
    differ is asked by the test of two occasions and again by the number
    rule); pairs are judged one after another, so the last pair is the only
    one worth keeping. The entry holds both objects, so no other pair can
    match it by a reused id. ``context`` names what else the result depends
    on (`check`'s strict reading of floors): its value is kept with the
    entry and must be the very same object for a hit.
    """

    def wrap(fn: Callable[[A, B], T]) -> Callable[[A, B], T]:
        last: list[tuple[A, B, object, T]] = []

        @functools.wraps(fn)
        def cached(a: A, b: B) -> T:
            now = context() if context is not None else None
            if last:
                x, y, then, value = last[0]
                if x is a and y is b and then is now:
                    return value
            value = fn(a, b)
            last[:] = [(a, b, now, value)]
            return value

        return cached

    return wrap


# Reading a sentence (its polarity cues, hedges, names) is cached per sentence
# (`reading`). With forked workers (`claimcheck.parallel`) the sources are read
# and the candidate pairs scored in the workers, and their caches die with
# them: the parent's judging would read every sentence again (400 distinct
# articles: ~1.7 of 10.5 CPU s). The workers record what they read
# (`recording`) and hand it back with their results; the parent adds it to its
# own caches (`absorb`).
F = TypeVar("F", bound=Callable[..., object])
Reading = tuple[str, tuple[object, ...], tuple[tuple[str, object], ...], object]

_ABSORBERS: dict[str, Callable[[tuple[object, ...], dict[str, object], object], None]] = {}
_LOG = threading.local()  # .entries: the readings being recorded in this thread
_GIVEN: dict[int, object] = {}  # thread -> the value `absorb` is handing in


def reading(maxsize: int) -> Callable[[F], F]:
    """``functools.lru_cache(maxsize)`` whose new entries `recording` collects
    and `absorb` adds to another process's cache. ``fn`` must be pure and its
    arguments and result picklable."""

    def wrap(fn: F) -> F:
        name = f"{fn.__module__}.{fn.__qualname__}"

        @functools.lru_cache(maxsize=maxsize)
        @functools.wraps(fn)
        def cached(*args: object, **kwargs: object) -> object:
            if _GIVEN:
                given = _GIVEN.get(threading.get_ident(), _MISSING)
                if given is not _MISSING:
                    return given
            value = fn(*args, **kwargs)
            entries = getattr(_LOG, "entries", None)
            if entries is not None:
                entries.append((name, args, tuple(kwargs.items()), value))
            return value

        def add(args: tuple[object, ...], kwargs: dict[str, object], value: object) -> None:
            # The cache computes a missing entry by calling the function, which
            # returns the value given (a present entry is left as it is).
            _GIVEN[threading.get_ident()] = value
            try:
                cached(*args, **kwargs)
            finally:
                del _GIVEN[threading.get_ident()]

        _ABSORBERS[name] = add
        return cached  # type: ignore[return-value]

    return wrap


_MISSING = object()


@contextlib.contextmanager
def recording() -> Iterator[list[Reading]]:
    """Collect the entries `reading` caches gain in this thread inside the block."""
    entries: list[Reading] = []
    outer = getattr(_LOG, "entries", None)
    _LOG.entries = entries
    try:
        yield entries
    finally:
        _LOG.entries = outer


def absorb(entries: Iterable[Reading]) -> None:
    """Add readings recorded elsewhere (`recording`) to this process's caches."""
    for name, args, kwargs, value in entries:
        _ABSORBERS[name](args, dict(kwargs), value)
