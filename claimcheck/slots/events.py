"""Dates counted from the story's own events: "the day after the collapse".

A sentence such as "Bolsonaro flew over the site the day after the collapse"
has no date of its own, but its source dates the collapse elsewhere ("the dam
burst on Friday afternoon"). Reading the phrase against that day gives the
sentence a day (Saturday) that compares with another outlet's "on Sunday".

Only the sentence's own source dates the event: another outlet's date for it
is what the comparison checks, so it cannot also be the ruler. A source that
never dates the event at all borrows the day two or more other reports of the
same month agree on (`claimcheck.extract.count_from_events_across`); that day
dates the sentence's own fact only, never the event. The event's day
is the one its source gives most often beside a word of the same stem
("collapse", "collapsed"), the earliest on a tie: a story's event comes before
its aftermath. A disaster whose own word is never dated is the story's main
event, dated by any disaster word or verb within a month before publication.
Hours ("six hours after the crash") count from the event's clock. A source
that never dates the event leaves the phrase unresolved.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import replace

from claimcheck.records import DateRef

_COUNTS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
_PARTS = "day|morning|afternoon|evening|night"
# "four days after the collapse", "the day before the attack", "a week after
# the vote", "the morning after the crush", "on the eve of the final": a count
# of days or weeks from an event the sentence names with "the" and its noun.
_COUNTED_RE = re.compile(
    r"(?<![\w-])(?<!\bfor\s)(?:(?:"
    rf"(?P<n>\d{{1,2}}|{'|'.join(_COUNTS)})\s+(?P<unit>days?|weeks?|hours?)"
    rf"|(?:the|a)\s+(?P<part>{_PARTS}|week)"
    r")\s+(?P<dir>after|before|following)"
    r"|(?P<eve>(?:on\s+)?the\s+eve\s+of)"
    r"|(?P<same>(?:on\s+)?the\s+(?:very\s+)?(?:same\s+)?day\s+of)"
    r")\s+the\s+(?P<noun>[a-z]+(?:\s+[a-z]+)?)(?![\w-])",
    re.IGNORECASE,
)
# The events a story counts days from. Another noun ("a day after the World
# Health Organization declared") starts a clause this reading does not parse.
_EVENTS = frozenset(
    "crash collapse quake earthquake tremor attack attacks bombing bombings shooting shootings "
    "stabbing stabbings killing killings massacre assassination explosion explosions blast blasts "
    "eruption storm hurricane typhoon cyclone landfall flood floods flooding tsunami fire fires "
    "blaze derailment sinking capsizing collision landslide landslides mudslide stampede crush "
    "breach disaster tragedy accident incident final vote election referendum runoff incursion "
    "invasion raid raids strike strikes coup riot riots heist outage shutdown".split()
)
# Words that stand for the story's main event whatever it was: "the disaster"
# is dated where the source dates any of the events above.
_GENERIC = frozenset("disaster tragedy accident incident".split())
_STEM = 5  # "collaps(e|ed)", "explo(sion|ded)", "erupt(ion|ed)"
_WORD_RE = re.compile(r"[^\W\d_]+")
# A date dates an event word it follows closely ("the crush happened on the
# night of 29 October", "the dam collapsed on Friday") or one it owns
# ("Sunday's crash"); not a word further on ("apologised on Sunday to the
# families of the crash victims").
_NEAR = 6


def _hours(m: re.Match[str]) -> int | None:
    """Hours from the event to the sentence's moment ("six hours after the
    crash": 6), or None when the phrase counts days."""
    if not m["unit"] or not m["unit"].lower().startswith("hour"):
        return None
    n = m["n"].lower()
    hours = int(n) if n.isdigit() else _COUNTS[n]
    return hours if m["dir"].lower() in ("after", "following") else -hours


# "about six hours after": the moment is known to within half an hour.
_ROUGHLY_BEFORE = re.compile(
    r"\b(?:about|around|some|roughly|nearly|almost|more\s+than|over)\s+$", re.IGNORECASE
)


def _offset(m: re.Match[str]) -> int:
    """Days from the event to the sentence's day: +1 for "the day after"."""
    if m["eve"]:
        return -1
    if m["same"]:
        return 0
    if m["part"]:
        days = 7 if m["part"].lower() == "week" else 1
    else:
        n = m["n"].lower()
        per = 7 if m["unit"].lower().startswith("week") else 1
        days = (int(n) if n.isdigit() else _COUNTS[n]) * per
    return days if m["dir"].lower() in ("after", "following") else -days


def _event_word(noun: str) -> str | None:
    """The event "the dam collapse at Benapole" names: collapse."""
    found = [w for w in noun.lower().split() if w in _EVENTS]
    return found[-1] if found else None


# The disasters a story is about, and verbs that tell of one without its noun
# ("the dam burst on Friday"): what "the disaster" is, and the story's main
# event where its own word is not dated (not a vote or a strike: "a 24-hour
# strike on Wednesday" in a story about a train crash).
_DISASTERS = frozenset(
    "crash collapse quake earthquake tremor attack bombing shooting stabbing massacre explosion "
    "blast eruption storm hurricane typhoon cyclone flood tsunami fire blaze derailment sinking "
    "capsizing collision landslide mudslide stampede crush breach "
    "burst struck collided sank capsized slammed plunged exploded erupted".split()
)
_ANY_EVENT = tuple(sorted({w[:_STEM] for w in _DISASTERS}))
_RECENT = dt.timedelta(days=31)


def _stems(word: str) -> tuple[str, ...]:
    return _ANY_EVENT if word in _GENERIC else (word[:_STEM],)


def _is_event(token: str, stems: tuple[str, ...]) -> bool:
    token = token.lower().removesuffix("'s")
    return any(token.startswith(s) or (len(s) == _STEM and s in token) for s in stems)


_ARTICLES = frozenset("the a an its their".split())
_PREPOSITIONS = frozenset(
    "for of into about over after since from to by on in at with before following".split()
)


def _object_of(words: Sequence[str]) -> bool:
    """Whether the word after ``words`` is a preposition's object: "for the ___"."""
    rest = [w.lower() for w in words]
    while rest and rest[-1] in _ARTICLES:
        rest.pop()
    return bool(rest) and rest[-1] in _PREPOSITIONS


_OWNER_RE = re.compile(r"['\u2019]s\s+(\w+)(?:\s+(\w+))?")
_THE_BEFORE_RE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_NOUN_AFTER_RE = re.compile(r"\s+([^\W\d_]+)\b")


def _dated_events(
    text: str, dates: Sequence[DateRef], stems: tuple[str, ...], *, clocks: bool = False
) -> set[dt.date] | set[tuple[int, int]]:
    """The days ``text`` gives an event of ``stems``, by the closeness rule
    above; with ``clocks``, the times of day it gives it instead."""
    days: set = set()
    for d in dates:
        if clocks:
            if d.minutes is None or d.minutes[1] - d.minutes[0] > 30 or d.bound or is_counted(d):
                continue
        elif d.low is None or d.low != d.high or d.bound or is_counted(d):
            continue
        # The words before the date in its clause, the nearest few.
        clause = re.split(r"[,;:()\u2014]", text[: d.start])[-1]
        # A clock time is rarer than a day: the event's verb may stand further off
        # ("crashed on landing at San Francisco International Airport at 11:28 a.m.").
        before = _WORD_RE.findall(clause)[-(2 * _NEAR if clocks else _NEAR) :]
        # "the collapsed Rana Plaza complex": a participle describing a thing.
        # "claimed responsibility for the attack on Saturday": the object of a
        # preposition, whose date is the verb's.
        named = [
            w
            for i, w in enumerate(before)
            if not (w.endswith("ed") and i and before[i - 1].lower() in _ARTICLES)
            and not _object_of(before[:i])
        ]
        owner = _OWNER_RE.match(text, d.end)
        owned = [w for w in owner.groups() if w] if owner else []
        # "The 22 April attack", "the August 6 incursion": a day written
        # before the event's noun, as its modifier, dates it.
        the = d.text.lower().startswith("the ") or _THE_BEFORE_RE.search(text, 0, d.start)
        if the and (noun := _NOUN_AFTER_RE.match(text, d.end)):
            owned.append(noun.group(1))
        if any(_is_event(w, stems) for w in [*named, *owned]):
            days.add(d.minutes if clocks else d.low)
    return days


def _counted_spans(text: str) -> list[re.Match[str]]:
    return [m for m in _COUNTED_RE.finditer(text) if _event_word(m["noun"])]


def may_date(word: str, text: str) -> bool:
    """Whether lower-case ``text`` holds a word `event_day` could date ``word`` by."""
    return any(stem in text for stem in _stems(word))


def counted_events(texts: Sequence[str]) -> set[str]:
    """The event words the sentences count days from ("the day after the collapse": collapse)."""
    return {w for t in texts for m in _counted_spans(t) if (w := _event_word(m["noun"]))}


def event_day(
    word: str,
    texts: Sequence[str],
    dates: Sequence[tuple[DateRef, ...]],
    published: dt.date | None = None,
) -> dt.date | None:
    """The day one source gives the event ``word`` names: the day it gives most
    often beside that word; else, for a disaster, the story's main event dated
    by any event word within a month before publication (see the module
    docstring). Sentences that count from an event date something else."""
    found = [_counted_spans(t) for t in texts]
    for stems in (_stems(word), _ANY_EVENT if word in _DISASTERS else ()):
        if not stems:
            break
        votes: Counter[dt.date] = Counter()
        for text, spans, ds in zip(texts, found, dates, strict=True):
            days = set() if spans else _dated_events(text, ds, stems)
            if len(days) == 1:
                votes[days.pop()] += 1
        if stems is _ANY_EVENT and published is not None:
            # The story's own event is recent: "Lion Air Flight 610 crashed
            # on 29 October" is the background of a crash in March.
            votes = Counter(
                {d: n for d, n in votes.items() if dt.timedelta(0) <= published - d <= _RECENT}
            )
        if votes:
            return min(votes, key=lambda d: (-votes[d], d))
    return None


def count_from_events(
    texts: Sequence[str],
    dates: Sequence[tuple[DateRef, ...]],
    published: dt.date | None = None,
    elsewhere: Mapping[str, dt.date] | None = None,
) -> list[tuple[DateRef, ...]]:
    """``dates`` of one source's sentences, with each "N days after the <event>"
    read as a day when the source dates that event (see the module docstring).

    The new date keeps the event's day in ``counted_from``, so a comparison can
    also read the sentence as dating the event itself ("three days after the
    crash that killed Kobe Bryant" speaks of the crash's Sunday too).

    With ``elsewhere`` (the day the other sources agree on for an event word),
    only the phrases whose event this source never dates are read, from that
    day ("detained four days after the collapse" in a report that only says
    the building fell "nearly three weeks" ago): a second pass over ``dates``
    the first pass returned (`claimcheck.extract.count_from_events_across`).
    Such a date is marked ``counted_elsewhere``: it says when the sentence's
    own fact happened, not when the event did.
    """
    found = [_counted_spans(t) for t in texts]
    if not any(found):
        return list(dates)

    def event_clock(noun: str) -> tuple[int, int] | None:
        """The one time of day the source gives the event, if it gives one."""
        word = _event_word(noun)
        assert word is not None
        times = set()
        for text, spans, ds in zip(texts, found, dates, strict=True):
            if not spans:
                times |= _dated_events(text, ds, _stems(word), clocks=True)
        return times.pop() if len(times) == 1 else None  # type: ignore[return-value]

    days: dict[str, dt.date | None] = {}

    def dated(noun: str) -> tuple[dt.date, str] | None:
        word = _event_word(noun)
        assert word is not None
        if word not in days:
            days[word] = event_day(word, texts, dates, published)
        day = days[word]
        return None if day is None else (day, word)

    out = []
    for text, spans, ds in zip(texts, found, dates, strict=True):
        added = []
        for m in spans:
            hours = _hours(m)
            if hours is not None:
                if elsewhere is None:
                    clock = event_clock(m["noun"])
                    counted = _counted_hours(m, hours, text, clock, dated(m["noun"]))
                    if counted is not None:
                        added.append(counted)
                continue
            found_day = dated(m["noun"])
            borrowed = elsewhere is not None
            if borrowed:
                word = _event_word(m["noun"]) or ""
                if found_day is not None or word not in elsewhere:
                    continue  # read from the source's own day, or not at all
                if any(is_counted(d) and d.start == m.start() for d in ds):
                    continue  # read already
                found_day = (elsewhere[word], word)
            elif found_day is None:
                continue
            day, word = found_day
            when = day + dt.timedelta(days=_offset(m))
            # The phrase ends with the event's word ("after the collapse", not "... at").
            end = m.start("noun") + m["noun"].lower().rindex(word) + len(word)
            added.append(
                DateRef(
                    low=when,
                    high=when,
                    relative=True,
                    text=text[m.start() : end],
                    start=m.start(),
                    end=end,
                    counted_from=day,
                    counted_elsewhere=borrowed,
                )
            )
        out.append(_with_added(ds, added))
    return out


def _with_added(ds: tuple[DateRef, ...], added: Sequence[DateRef]) -> tuple[DateRef, ...]:
    """``ds`` with the ``added`` readings, in text order, less the unresolved
    dates they replace ("the day after"); ``ds`` itself when nothing is added."""
    if not added:
        return ds
    kept = tuple(
        d for d in ds if not (d.low is None and any(a.start <= d.start < a.end for a in added))
    )
    return tuple(sorted((*kept, *added), key=lambda d: d.start))


# "The attacks came four days after the arrest of ...", "The move came a day
# after ...": the sentence's subject is the story's news, its day the lead's;
# what it came after is that many days earlier (or later, "before"). Weeks
# ("The reopening came nine weeks after the bridge collapsed") state a span,
# which is compared as a figure.
_CAME_RE = re.compile(
    r"\b(?:the\s+[a-z]+(?:\s+[a-z]+)?|it|this)\s+(?:came|followed)\s+"
    r"(?:just\s+|only\s+|barely\s+)?"
    rf"(?P<n>\d{{1,2}}|{'|'.join(_COUNTS)})\s+(?P<unit>days?)\s+(?P<dir>after|before)\b",
    re.IGNORECASE,
)
# The lead: the day the first of the source's first few sentences to give one
# day gives.
_LEAD_SENTENCES = 3


def _lead_day(dates: Sequence[tuple[DateRef, ...]]) -> dt.date | None:
    for ds in dates[:_LEAD_SENTENCES]:
        days = [d.low for d in ds if d.low is not None and d.low == d.high and not d.bound]
        if days:
            return days[0]
    return None


def count_from_lead(
    texts: Sequence[str], dates: Sequence[tuple[DateRef, ...]]
) -> list[tuple[DateRef, ...]]:
    """``dates`` of one source's sentences, with "The attacks came four days
    after <something>" read as a day four days before the lead's: the
    sentence's subject is the news the article leads with. The date keeps the
    lead's day in ``counted_from``: the sentence speaks of both days
    (`counts_back`)."""
    spans = [list(_CAME_RE.finditer(t)) for t in texts]
    if not any(spans):
        return list(dates)
    lead = _lead_day(dates)
    if lead is None:
        return list(dates)
    out = []
    for found, ds in zip(spans, dates, strict=True):
        added = []
        for m in found:
            n = m["n"].lower()
            days = int(n) if n.isdigit() else _COUNTS[n]
            when = lead - dt.timedelta(days=days if m["dir"].lower() == "after" else -days)
            added.append(
                DateRef(
                    low=when,
                    high=when,
                    relative=True,
                    text=m.group(0),
                    start=m.start(),
                    end=m.end(),
                    counted_from=lead,
                )
            )
        out.append(_with_added(ds, added))
    return out


def counts_back(d: DateRef) -> bool:
    """Whether ``d`` is the day of what the news "came N days after" (`count_from_lead`)."""
    return d.counted_from is not None and bool(_CAME_RE.fullmatch(d.text))


def _counted_hours(
    m: re.Match[str],
    hours: int,
    text: str,
    clock: tuple[int, int] | None,
    dated: tuple[dt.date, str] | None,
) -> DateRef | None:
    """ "About six hours after the crash", the crash at 11:28 a.m.: about 5:28
    p.m., on the crash's day when the source gives it (the next day past
    midnight; no reading past midnight without one)."""
    if clock is None:
        return None
    slack = 30 if _ROUGHLY_BEFORE.search(text[: m.start()]) else 10
    middle = (clock[0] + clock[1]) // 2 + 60 * hours
    days, minute = divmod(middle, 24 * 60)
    if days and dated is None:
        return None
    day = dated[0] + dt.timedelta(days=days) if dated else None
    word = _event_word(m["noun"]) or ""
    end = m.start("noun") + m["noun"].lower().rindex(word) + len(word)
    return DateRef(
        low=day,
        high=day,
        relative=True,
        minutes=(max(0, minute - slack), min(24 * 60 - 1, minute + slack)),
        text=text[m.start() : end],
        start=m.start(),
        end=end,
        counted_from=dated[0] if dated else None,
        counted_minutes=clock,
    )


def is_counted(d: DateRef) -> bool:
    """Whether ``d`` was counted from an event (see `count_from_events`)."""
    return d.counted_from is not None or d.counted_minutes is not None


def without_event(d: DateRef) -> DateRef:
    """The event's own day (or moment) for a date counted from it."""
    assert is_counted(d)
    return replace(
        d,
        low=d.counted_from,
        high=d.counted_from,
        minutes=d.counted_minutes,
        counted_from=None,
        counted_minutes=None,
    )


def names_event(d: DateRef, text: str) -> bool:
    """Whether ``text`` speaks of the event ``d`` counts from ("crashed",
    "Sunday's crash" for "three days after the crash")."""
    word = _event_word(d.text.lower().rsplit(" the ", 1)[-1])
    return word is not None and any(_is_event(w, _stems(word)) for w in _WORD_RE.findall(text))
