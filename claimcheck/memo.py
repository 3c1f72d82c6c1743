"""A per-claim cache for the pair loops of alignment and judging.

Alignment scores and judging labels each claim in about twenty pairs, and most
rules first derive something from each claim alone (its own figures, its
people, its places) before comparing the two sides. Caching that per claim
leaves only the pairwise work in the loop.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
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
