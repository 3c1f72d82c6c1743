"""The per-claim and last-pair caches of the pair loops (claimcheck/memo.py)."""

from __future__ import annotations

from claimcheck import memo


class Box:
    """Equal by value, so a cache keyed by value would mix two boxes."""

    def __init__(self, value: int) -> None:
        self.value = value

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Box) and other.value == self.value

    def __hash__(self) -> int:
        return hash(self.value)


def test_last_pair_reuses_only_the_very_same_pair():
    calls: list[tuple[int, int]] = []

    @memo.last_pair()
    def add(a: Box, b: Box) -> int:
        calls.append((a.value, b.value))
        return a.value + b.value

    x, y = Box(1), Box(2)
    assert add(x, y) == 3
    assert add(x, y) == 3
    assert len(calls) == 1
    # An equal but different object, or the pair swapped, is computed anew.
    assert add(Box(1), y) == 3
    assert add(y, x) == 3
    assert len(calls) == 3
    # Only the last pair is kept.
    assert add(x, y) == 3
    assert len(calls) == 4


def test_per_claim_caches_by_identity():
    calls: list[int] = []

    @memo.per_claim
    def double(box: Box) -> int:
        calls.append(box.value)
        return box.value * 2

    box = Box(5)
    assert double(box) == 10 and double(box) == 10
    assert double(Box(5)) == 10
    assert calls == [5, 5]


def test_last_pair_recomputes_when_its_context_changes():
    mode = [object()]
    calls: list[int] = []

    @memo.last_pair(context=lambda: mode[0])
    def add(a: Box, b: Box) -> int:
        calls.append(1)
        return a.value + b.value

    x, y = Box(1), Box(2)
    add(x, y)
    add(x, y)
    mode[0] = object()
    add(x, y)
    assert len(calls) == 2
