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


_READ: list[str] = []


@memo.reading(maxsize=16)
def _shout(text: str, *, times: int = 1) -> str:
    _READ.append(text)
    return text.upper() * times


def test_reading_is_an_lru_cache_whose_new_entries_can_be_recorded():
    _shout.cache_clear()
    _READ.clear()
    assert _shout("known") == "KNOWN"
    with memo.recording() as readings:
        assert _shout("known") == "KNOWN"  # a hit: nothing new to record
        assert _shout("new", times=2) == "NEWNEW"
    assert _shout("later") == "LATER"  # outside the block: not recorded
    assert [r[1:] for r in readings] == [(("new",), (("times", 2),), "NEWNEW")]
    assert _READ == ["known", "new", "later"]


def test_absorbed_readings_answer_as_if_read_here_and_keep_what_is_there():
    _shout.cache_clear()
    with memo.recording() as readings:
        _shout("a", times=2)
        _shout("b")
    _shout.cache_clear()  # another process: same function, empty cache
    _READ.clear()
    assert _shout("b") == "B"
    # An entry already present stays as it is, even if handed a different value.
    stale = [
        (name, args, kwargs, "other") if args == ("b",) else (name, args, kwargs, value)
        for name, args, kwargs, value in readings
    ]
    memo.absorb(stale)
    assert _READ == ["b"]
    assert _shout("a", times=2) == "AA" and _shout("b") == "B"
    assert _READ == ["b"], "the absorbed entry was not read again"
    assert _shout("c") == "C" and _READ == ["b", "c"], "other calls read as usual"
