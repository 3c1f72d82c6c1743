"""A cheap test that a regular expression cannot match a text, to skip scanning it.

The stance readers try dozens of word-list patterns ("fell|dropped|declined|..."
, "could|may|might|...") on every sentence they judge, and most patterns find
nothing in most sentences. On a large input of distinct articles those scans
were a fifth of judging. `Prefilter` reads a pattern's possible openings (its
first two or three letters, from Python's own parse of the pattern, and
whether a word boundary comes before them) and tells when a text holds none of
them (at the start of a word, for those): the pattern then cannot match it,
and the scan is skipped. When the openings cannot be read (a pattern that may open
with any letter, a digit class, a repeat), the pattern is always scanned.

The test is exact in one direction only, which is the one that matters: it
never skips a pattern that would match (tests/test_prefilter.py checks this on
every pattern it guards, over the project's articles).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

try:  # Python's own regular-expression parser (private, stable since 3.11)
    from re import _constants as _sre
    from re import _parser as _sre_parse
except ImportError:  # pragma: no cover - another Python: scan every pattern
    _sre = _sre_parse = None  # type: ignore[assignment]

# Openings shorter than this say too little to skip anything.
_MIN_OPENING = 2
_MAX_OPENING = 3
# A character class of at most this many letters is expanded ("[sz]").
_MAX_CLASS = 4

# Characters outside ASCII that a case-insensitive pattern matches to an ASCII
# letter (long s, Kelvin sign, dotted and dotless i; tests/test_prefilter.py
# checks the list against every code point). A text is folded with them first.
_ASCII_LOOKALIKES = str.maketrans({"\u017f": "s", "\u212a": "k", "\u0130": "i", "\u0131": "i"})


class Prefilter:
    """Whether a pattern may match a text, from the letters its matches open with."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        found = openings(pattern)
        self.always = found is None
        # Openings after a word boundary are looked up among the text's word
        # openings (far fewer than all its letter runs); the others anywhere.
        self.word_openings = frozenset(t for t, at_word in found or () if at_word)
        self.other_openings = tuple(sorted(t for t, at_word in found or () if not at_word))

    def may_match(self, text: Text) -> bool:
        """False only when ``pattern`` cannot match ``text``."""
        if self.always:
            return True
        return not self.word_openings.isdisjoint(text.word_openings) or any(
            o in text.folded for o in self.other_openings
        )


@dataclass(frozen=True, slots=True)
class Text:
    """A text as `Prefilter.may_match` reads it (build it with `view`)."""

    folded: str  # lower case, ASCII look-alikes folded; as long as the text
    word_openings: frozenset[str]  # the first two and three characters of each word


_WORD_OPENING = re.compile(r"\b\w\w\w?")


def view(text: str) -> Text:
    """``text`` folded, with its words' openings, for `Prefilter.may_match`."""
    folded = text.translate(_ASCII_LOOKALIKES).lower()
    found = _WORD_OPENING.findall(folded)
    return Text(folded, frozenset(found) | frozenset(w[:2] for w in found))


def openings(pattern: re.Pattern[str]) -> frozenset[tuple[str, bool]] | None:
    """The strings of two or three lower-case characters one of which opens
    every match of ``pattern``, each with whether it opens a word there (the
    pattern puts a word boundary before a word character); None when that
    cannot be read from the pattern."""
    if _sre_parse is None:
        return None
    try:
        parsed = _sre_parse.parse(pattern.pattern, pattern.flags)
        found = _sequence(list(parsed), {_START})
    except Exception:  # an unexpected parse shape: scan every time
        return None
    if not found or any(len(state.text) < _MIN_OPENING for state in found):
        return None
    return frozenset((s.text, s.at_boundary and _WORD.fullmatch(s.text) is not None) for s in found)


_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class _State:
    """A partial opening: its characters so far, whether it can grow no
    further, and whether a word boundary comes before its first character."""

    text: str
    closed: bool = False
    at_boundary: bool = False

    def full(self) -> bool:
        return self.closed or len(self.text) >= _MAX_OPENING


_START = _State("")


def _sequence(items: Iterable[tuple[object, object]], states: set[_State]) -> set[_State]:
    """The openings after reading ``items`` in order, from ``states``."""
    for op, av in items:
        if all(state.full() for state in states):
            break
        states = _item(op, av, states)
    return states


def _item(op: object, av: object, states: set[_State]) -> set[_State]:
    if op is _sre.AT:
        if av is _sre.AT_BOUNDARY:  # \b before the first character
            return {replace(s, at_boundary=True) if not s.text else s for s in states}
        return states
    if op in (_sre.ASSERT, _sre.ASSERT_NOT):
        return states  # lookarounds take no characters
    if op is _sre.LITERAL:
        return _extend(states, [chr(av)])  # type: ignore[arg-type]
    if op is _sre.IN:
        letters = [chr(v) for kind, v in av if kind is _sre.LITERAL]  # type: ignore[union-attr]
        if len(letters) == len(av) <= _MAX_CLASS:  # type: ignore[arg-type]
            return _extend(states, letters)
        return _close(states)
    if op is _sre.SUBPATTERN:
        return _sequence(list(av[-1]), states)  # type: ignore[index]
    if op is _sre.BRANCH:
        out: set[_State] = set()
        for branch in av[1]:  # type: ignore[index]
            out |= _sequence(list(branch), states)
        return out
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
        low, _high, inner = av  # type: ignore[misc]
        if low >= 1:  # at least once: its opening, then nothing more is known
            return _close(_sequence(list(inner), states))
        return _close(states)
    return _close(states)  # any other character, a group reference, ...


def _extend(states: set[_State], characters: list[str]) -> set[_State]:
    out: set[_State] = set()
    for state in states:
        if state.full():
            out.add(state)
            continue
        for ch in characters:
            if ch.isascii():
                out.add(replace(state, text=state.text + ch.lower()))
            else:  # case folding outside ASCII is not worth following
                out.add(replace(state, closed=True))
    return out


def _close(states: set[_State]) -> set[_State]:
    return {replace(s, closed=True) for s in states}
