"""Dates, periods and times of day in news sentences, resolved against an anchor.

``parse_dates`` finds every date expression in a text and resolves it to an
inclusive day interval (a :class:`~claimcheck.records.DateRef`) against the
article's publication date (the *anchor*). Absolute forms ("September 9,
2021", "9 Sept 2021", "2021-09-09", "in August 2021", "the 2020 election")
need no anchor; relative ones ("yesterday", "on Monday", "last month",
"Thursday of last week", "17 years ago", "ayer") stay unresolved
(``low = high = None``, ``relative=True``) when the anchor is unknown.
Times of day ("10:17 p.m.", "22:17", "shortly after 10 p.m.", "Tuesday
morning") become a minute interval, merged into the nearest day of the same
sentence; a time with no day beside it keeps ``low = high = None``.

Conventions, each chosen because news copy reads that way:

* A bare weekday or month ("on Monday", "in February") is the most recent one
  on or before the anchor, unless the sentence talks about the future
  ("will", "is expected", "scheduled", "plans", "next"...; the nearest tense
  cue in the expression's clause wins); then it is the next one on or after
  the anchor. With no tense cue at all, a weekday still looks back, a month
  or day-month takes the nearest occurrence, and "by X" looks ahead.
* "Thursday of last week" counts weeks from Sunday, so that on Sunday 12 Sept
  2021 it means Thursday 9 Sept (the week that has just ended). Plain "last
  week" / "this week" admit both the Sunday- and the Monday-start reading.
* "since X" covers X up to the anchor and keeps X in ``period`` (``bound`` is
  ``"since"``); "by X" covers the anchor up to X, ``bound`` ``"by"``. Two
  such bounds of one kind are compared on ``period``.
* Bare counts are never dates: a four-digit number is a year only in a date
  context (a preposition such as in/since/by/between, a month, "the 2020
  election", "Qatar 2022"), and durations ("seven hours", "17 years") are left
  to the number parser, except "X years ago".

Why hand-written and not ``dateparser``: ``search_dates`` reads durations
("seven hours") and "later this month" as dates, has no notion of tense, week
conventions or times merged into days, and costs a slow import and a slow
search. The news register is narrow enough for explicit regex rules, each of
which is tested.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import cast

from claimcheck.records import DateRef
from claimcheck.slots import SENTENCE_CACHE
from claimcheck.split import clock_time_ends_sentence

__all__ = ["dates_compatible", "format_date", "in_year_of", "parse_dates"]

_DAY = dt.timedelta(days=1)
_LAST_MINUTE = 24 * 60 - 1


class _LazyPattern:
    """A regex compiled on first use.

    Not a dataclass: it forwards attribute access to the compiled pattern. The
    module's patterns take tens of milliseconds to compile, which importing
    the package should not pay.
    """

    __slots__ = ("_args", "_compiled")

    def __init__(self, pattern: str, flags: int) -> None:
        self._args = (pattern, flags)
        self._compiled: re.Pattern[str] | None = None

    def __getattr__(self, name: str) -> object:
        if self._compiled is None:
            self._compiled = re.compile(*self._args)
        return getattr(self._compiled, name)


def _lazy(pattern: str, flags: int = 0) -> re.Pattern[str]:
    return cast("re.Pattern[str]", _LazyPattern(pattern, flags))


# ---------------------------------------------------------------------------
# Vocabulary
# ---------------------------------------------------------------------------

_MONTHS_EN = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip
_MONTHS_ES = (
    "enero", "febrero", "marzo", "abril", "mayo", "junio",
    "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
)  # fmt: skip
_MONTH_ABBR = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH_NUM = {
    **{name: i + 1 for i, name in enumerate(_MONTHS_EN)},
    **{name: i + 1 for i, name in enumerate(_MONTHS_ES)},
    "setiembre": 9,
    **_MONTH_ABBR,
}
# Month names that are also common words or first names: alone, they count as
# a month only after a date word ("in May", "last April", "mid-March").
_AMBIGUOUS_MONTHS = frozenset({3, 4, 5, 6, 8})

_WEEKDAY_NUM = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
    "saturday": 5, "sunday": 6,
    "lunes": 0, "martes": 1, "miércoles": 2, "miercoles": 2, "jueves": 3,
    "viernes": 4, "sábado": 5, "sabado": 5, "domingo": 6,
}  # fmt: skip

# Minutes after midnight for parts of the day. "Morning" reaches back to
# midnight: news copy dates a blast at 2:40 a.m. "early Tuesday morning" (QA
# pass 19: "Tuesday morning" against "2:40 a.m. on Tuesday" was a clash).
# Spanish keeps "madrugada" for the small hours, so "mañana" starts at dawn.
_PARTS_OF_DAY = {
    "morning": (0, 719),
    "afternoon": (720, 1079),
    "evening": (1020, _LAST_MINUTE),  # "shortly after 5 o'clock on Wednesday evening"
    "night": (1080, _LAST_MINUTE),
    "mañana": (300, 719),
    "tarde": (720, 1259),
    "noche": (1080, _LAST_MINUTE),
    "madrugada": (0, 359),
    "early": (0, 539),  # "early on Tuesday"
    "late": (1080, _LAST_MINUTE),  # "late on Monday"
    "hours": (0, 359),  # "in the early hours of Monday", "the small hours of Sunday"
}
# The morning after dawn, of which "late on Tuesday morning" is the last two
# thirds (from about 7 a.m., not from 4 a.m.).
_DAYLIGHT_MORNING = (300, 719)

_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    "un": 1, "una": 1, "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5,
    "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12,
    "trece": 13, "catorce": 14, "quince": 15, "veinte": 20, "treinta": 30,
    "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "setenta": 70, "ochenta": 80,
    "noventa": 90, "cien": 100,
}  # fmt: skip
# Vague counts as (fewest, most).
_VAGUE_COUNTS = {
    "a couple of": (2, 3), "couple of": (2, 3), "a few": (2, 5), "few": (2, 5),
    "several": (3, 9), "some": (2, 9), "many": (5, 30), "unos": (2, 9), "unas": (2, 9),
    "varios": (3, 9), "varias": (3, 9), "pocos": (2, 5), "pocas": (2, 5),
    "": (2, 11),  # "weeks ago", "hace años"
}  # fmt: skip

_UNIT_NAMES = {
    "day": "day", "days": "day", "día": "day", "días": "day", "dia": "day", "dias": "day",
    "week": "week", "weeks": "week", "semana": "week", "semanas": "week",
    "month": "month", "months": "month", "mes": "month", "meses": "month",
    "year": "year", "years": "year", "año": "year", "años": "year",
    "decade": "decade", "decades": "decade", "década": "decade", "décadas": "decade",
}  # fmt: skip

# ---------------------------------------------------------------------------
# Regex building blocks
# ---------------------------------------------------------------------------

_NOT_LETTER = r"(?![^\W\d_])"
_NO_LETTER_BEFORE = r"(?<![^\W\d_])"


def _alternation(words: object) -> str:
    """Longest-first alternation, so "seventeen" wins over "seven"."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))  # type: ignore[call-overload]


# English month names are capitalised in news copy; matching them
# case-sensitively keeps "may", "march" and "august" the words out.
_MON_EN_FULL = "|".join([m.capitalize() for m in _MONTHS_EN] + [m.upper() for m in _MONTHS_EN])
_MON_EN_ABBR = "|".join(
    [a.capitalize() for a in sorted(_MONTH_ABBR, key=len, reverse=True)]
    + [a.upper() for a in sorted(_MONTH_ABBR, key=len, reverse=True)]
)
_MON_EN = rf"(?P<mon>(?-i:{_MON_EN_FULL})|(?-i:{_MON_EN_ABBR})\.?){_NOT_LETTER}"
_MON_EN_BARE = rf"(?P<mon>(?-i:{_MON_EN_FULL})){_NOT_LETTER}"
_MON_ES = rf"(?P<mon>{'|'.join(_MONTHS_ES)}|setiembre){_NOT_LETTER}"
_WD_EN = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_WD_ES = r"(?:lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo)"
_YEAR_DIGITS = r"(?:19[0-9]{2}|20[0-9]{2}|2100)"  # years 1900-2100
_YEAR = rf"(?P<y>{_YEAR_DIGITS})(?![0-9])"
_DAYNUM = r"(?<![0-9.,:/])(?P<d>[0-3]?[0-9])(?:st|nd|rd|th)?(?![0-9])(?![.,:][0-9])"
_NUMBER_WORD = rf"(?:{_alternation(_NUMBER_WORDS)})"
_NUM = rf"(?:[0-9]{{1,3}}|{_NUMBER_WORD}(?:[\s-]{_NUMBER_WORD})*)"
_VAGUE = _alternation(k for k in _VAGUE_COUNTS if k)
_AMPM = r"(?P<ap>[ap])(?:\.\s?m\.?|m)(?![^\W\d_])"
_TIME_QUALIFIER = (
    r"(?P<q>shortly\s+after|shortly\s+before|just\s+after|just\s+before|soon\s+after|"
    r"right\s+after|some\s+time\s+after|(?:at\s+)?around|(?:at\s+)?about|approximately|"
    r"roughly|circa|after|before|poco\s+despu[ée]s\s+de(?:\s+las?)?|poco\s+antes\s+de(?:\s+las?)?|"
    r"alrededor\s+de(?:\s+las?)?|hacia\s+las?|cerca\s+de\s+las?|pasadas\s+las?|"
    r"despu[ée]s\s+de\s+las?|antes\s+de\s+las?)"
)
# (earliest offset, latest offset) in minutes around the stated time.
_QUALIFIER_WINDOWS = {
    "shortly after": (0, 30), "just after": (0, 20), "soon after": (0, 30),
    "right after": (0, 20), "some time after": (0, 90), "around": (-15, 15),
    "about": (-15, 15), "approximately": (-15, 15), "roughly": (-15, 15),
    "circa": (-15, 15), "shortly before": (-30, 0), "just before": (-20, 0),
    "after": (0, _LAST_MINUTE), "before": (-_LAST_MINUTE, 0),
    "poco después de": (0, 30), "poco despues de": (0, 30), "poco antes de": (-30, 0),
    "alrededor de": (-15, 15), "hacia": (-15, 15), "cerca de": (-15, 15),
    "pasadas": (0, 30), "después de": (0, _LAST_MINUTE), "despues de": (0, _LAST_MINUTE),
    "antes de": (-_LAST_MINUTE, 0),
}  # fmt: skip

# Words after which a bare four-digit number reads as a year.
_YEAR_CONTEXT = frozenset(
    "in since by from until till through thru of between during before after to around circa "
    "early mid late year years fiscal season summer winter spring autumn fall "
    "en desde hasta de del entre antes después despues año años para".split()
)
_DETERMINERS = frozenset("the a an its this that his her their our my your whose".split())
# Capitalised words that start a count, not a name: "About 2000 people".
_COUNT_WORDS = frozenset(
    "about nearly some over only just more almost roughly approximately than least up under "
    "below above all with for at on and or but around exactly".split()
)
_COUNT_NOUN_AFTER = _lazy(
    r"\s*(?:%|percent|per\s*cent|people|persons|residents|troops|soldiers|votes|cars|vehicles|"
    r"units|workers|jobs|homes|houses|km|kilometres|kilometers|miles|metres|meters|feet|tonnes|"
    r"tons|kg|dollars|euros|yen|points|personas|habitantes)" + _NOT_LETTER,
    re.IGNORECASE,
)

# ---------------------------------------------------------------------------
# Internal records
# ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Hit:
    """One matched expression before it becomes a DateRef.

    ``grain`` is "day" (one day, resolved or not), "period" or "time" (a
    time of day with no day). ``unit`` says how to take a part of it ("month",
    "year", ...); ``clock`` marks minutes read from a clock, which beat a part of
    the day ("Tuesday morning") when both are present.
    """

    start: int
    end: int
    low: dt.date | None
    high: dt.date | None
    relative: bool
    grain: str
    kind: str = ""
    unit: str = ""
    minutes: tuple[int, int] | None = None
    clock: bool = False
    twelve_hour: bool = False  # a clock time without a.m./p.m. that could be p.m.
    bound: str = ""
    period: tuple[dt.date, dt.date] | None = None
    utc: bool = False  # a clock time in GMT/UTC
    zone: str = ""  # the zone written after a clock time: "edt", "et", "gmt", "local"
    year_inferred: bool = False  # no year written: the anchor and the tense chose it


class _Context:
    """The text, its anchor and per-sentence tense cues, computed once.

    A plain class rather than a dataclass: ``__init__`` splits the text into
    sentences and the tense cues are cached per sentence.
    """

    def __init__(self, text: str, anchor: dt.date | None) -> None:
        self.text = text
        self.anchor = anchor
        self.sentences = _sentence_spans(text)
        self._starts = [s for s, _ in self.sentences]
        self._cues: dict[int, list[tuple[int, int, bool]]] = {}

    def sentence_index(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self._starts, pos) - 1)

    def future(self, start: int, end: int) -> bool | None:
        """Whether the expression at [start, end) points forward in time; None if no cue says.

        The deciding cue is the nearest one before the expression in its clause
        ("which ended its policy on Tuesday, will meet..."), else the nearest
        after it in the clause, else the nearest anywhere in the sentence ("On
        November 4, Putin is expected..."). "since X" always looks back; "by X" looks
        ahead unless a cue says otherwise ("By Tuesday morning it was weakening").
        """
        tail = self.text[max(0, start - 40) : start]
        if _SINCE_TAIL.search(tail):
            return False
        if _AHEAD_TAIL.search(tail):
            return True
        if _DECLARED_TAIL.search(tail) and _DECLARED_AS.match(self.text, end):
            return True  # "has declared Monday a public holiday": the day lies ahead
        index = self.sentence_index(start)
        if index not in self._cues:
            s, e = self.sentences[index]
            self._cues[index] = _tense_cues(self.text, s, e)
        s, e = self.sentences[index]
        clause_start = max(
            (m.end() for m in _CLAUSE_BREAK.finditer(self.text, s, start)), default=s
        )
        after_break = _CLAUSE_BREAK.search(self.text, end, e)
        clause_end = after_break.start() if after_break else e
        before, after, anywhere = [], [], []
        for cue_start, cue_end, is_future in self._cues[index]:
            if cue_start < end and cue_end > start:
                continue  # the expression's own words ("next week") are not a cue for itself
            distance = start - cue_end if cue_end <= start else cue_start - end
            anywhere.append((distance, not is_future, is_future))
            if clause_start <= cue_start and cue_end <= start:
                before.append((distance, not is_future, is_future))
            elif end <= cue_start and cue_end <= clause_end:
                after.append((distance, not is_future, is_future))
        for cues in (before, after, anywhere):
            if cues:
                return min(cues)[2]
        return True if _BY_TAIL.search(tail) else None


_Builder = Callable[[re.Match[str], _Context], "_Hit | None"]

# ---------------------------------------------------------------------------
# Sentences and tense
# ---------------------------------------------------------------------------

_CLAUSE_BREAK = re.compile(r"[;:()\u2014]|,(?![0-9])")
_SENTENCE_BREAK = _lazy(
    r"\n+|(?<=[.!?…])[\"'\u201d\u2019\u00bb)\]]*\s+(?=[\"'\u201c\u2018\u00ab(¿¡]?[A-ZÁÉÍÓÚÑÜ])",
)
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr st gen gov sen rep prof no vs jan feb mar apr jun jul aug sep sept oct nov dec "
    "a.m p.m u.s u.k u.n inc corp co ltd jr sr".split()
)


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    """Rough sentence bounds: only used to scope tense cues and time merging.

    A clock time ends a sentence as in `claimcheck.split`: "at 10 a.m. The clerk
    certified the result on Wednesday" is two sentences, and 10 a.m. is no time
    of that Wednesday.
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENTENCE_BREAK.finditer(text):
        if m.group().strip() or "\n" not in m.group():
            stop = m.start() - 1  # the stop before the break
            clock = clock_time_ends_sentence(text, stop, m.end()) if text[stop] == "." else None
            if clock is False:
                continue
            word = re.search(r"([\w.]+)\.$", text[max(0, m.start() - 12) : m.start()])
            if clock is None and word and word.group(1).lower() in _ABBREVIATIONS:
                continue
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return spans


_FUTURE_CUE = _lazy(
    r"\b(?:will|won't|shall|would|expected|expects?|expecting|scheduled|schedules?|set\s+to|"
    r"plans?|planned|planning|due\s+(?:to|on|in|for)|going\s+to|intends?|intended|aims?\s+to|"
    r"hopes?\s+to|to\s+be\s+held|is\s+to|are\s+to|upcoming|forthcoming|"
    # a forecast: "Melissa is forecast to reach eastern Cuba early on Wednesday"
    r"(?:forecast|predicted|projected|poised|about)\s+to|"
    # a timetable in the present tense: "the new rates take effect on Wednesday"
    r"(?:takes?|comes?)\s+(?:into\s+)?(?:effect|force)|"
    r"(?:continues?|resumes?|begins?|reopens?|reconvenes?|kicks\s+off)(?=\s+(?:on|at|in|this|next|later)\b)|"
    r"next(?!\s+to\b)(?!\s+(?:president|prime|leader|chief|government|head|coach|captain|chair|governor)\b)|"
    r"tomorrow|coming|va\s+a|van\s+a|pr[óo]xim[oa]s?|previst[oa]s?|prev[ée]|se\s+espera)\b"
    r"|'ll\b|\b[^\W\d_]+r[áÁ]n?\b"
    # "residents may return home on Friday": a possibility lies ahead ("may",
    # lowercase: "May" is a month; not "could", as often past: "could not be
    # reached on Monday"); "may have damaged" looks back, "may have to" ahead
    r"|\b(?-i:may|might)\b(?!\s+(?:not\s+)?have\b(?!\s+to\b))"
    r"|\b(?:can|should\s+be\s+able\s+to)\b(?!\s+(?:not\s+)?(?:have|be\s+seen)\b)",
    re.IGNORECASE,
)
_PAST_CUE = _lazy(
    r"\b(?:said|was|were|had|did|began|begun|came|went|took|gave|told|made|won|lost|held|met|"
    r"saw|left|fell|rose|struck|became|got|ran|sent|led|hit|paid|spent|sold|bought|brought|"
    r"fought|thought|knew|wrote|spoke|broke|chose|drove|flew|grew|threw|shot|stood|sat|built|"
    r"caught|taught|felt|kept|meant|found|heard|put|yesterday|ago|earlier|ayer|anoche|fue|fueron|"
    r"hab[íi]an?|dijo|hizo|tuvo|estuvo|era|eran)\b"
    r"|\b[^\W\d_]{2,}(?<!e)ed\b|\b[^\W\d_]+(?:ó|aron|ieron|ió)\b",
    re.IGNORECASE,
)
# A participle opening a descriptive clause ("the symposium, held in Jackson Hole")
_PARTICIPLE_AFTER_COMMA = re.compile(r",\s*$")
_PREP_AFTER = re.compile(r"\s+(?:in|at|on|near|by|from)\b", re.IGNORECASE)
_DESCRIBING_PARTICIPLES = frozenset(
    "held hosted staged located based situated housed organised organized run".split()
)
# Words that an "-ed" ending makes look past but that announce the future.
_NOT_PAST = frozenset("expected scheduled planned intended hundred".split())
# Past cues that are also participles: after "will be", "to be" they are not
# past ("an election will be held on 28 June", "the toll is to be put at").
_IRREGULAR_PARTICIPLES = frozenset(
    "held made built sent paid sold bought brought fought caught taught kept found heard shot "
    "hit led met won lost spent struck begun left put".split()
)
_MODAL_BEFORE = re.compile(r"\b(?:will|would|shall|'ll|to|be)\s+(?:\S+\s+){0,2}$", re.IGNORECASE)
_PART_WORDS = (
    r"(?:the\s+(?:end|start|beginning|middle)\s+of\s+(?:the\s+)?|(?:early|mid|late)[\s\-\u2013]*)?"
)
_SINCE_TAIL = _lazy(
    rf"\b(?:ever\s+)?(?:since|desde)\s+(?:(?:el|la|the)\s+)?{_PART_WORDS}$", re.IGNORECASE
)
# "the highest since reunification in 1990", "their first meeting since a
# heated Oval Office exchange in February": since an event, dated after it.
_SINCE_EVENT_TAIL = _lazy(
    rf"\b(?:ever\s+)?since\s+(?:[^\W\d][\w'\u2019\-]*\s+){{1,6}}(?:in|on|of)\s+(?:the\s+)?{_PART_WORDS}$",
    re.IGNORECASE,
)
# "declared Monday a public holiday", "named Friday a day of national
# mourning": a day set aside by a decision, which comes before the day; the
# past tense of the decision says nothing about the day's.
_DECLARED_TAIL = _lazy(
    r"\b(?:declared?|declares|designated?|designates|proclaimed?|proclaims|named|names|made|makes)"
    r"\s+(?:this\s+|next\s+|coming\s+)?$",
    re.IGNORECASE,
)
_DECLARED_AS = _lazy(
    r"\s+(?:(?:as\s+)?an?|as)\s+(?:[\w\-]+\s+){0,3}?(?:holiday|day|date)\b", re.IGNORECASE
)
# "by Monday", "by the end of March", "by 2pm on Monday" (a clock time may come first).
_BY_TAIL = _lazy(
    rf"\bby\s+(?:(?:\d{{1,2}}(?:[:.]\d{{2}})?\s*[ap]\.?m\.?|noon|midday|midnight)\s+(?:on\s+)?)?{_PART_WORDS}$",
    re.IGNORECASE,
)

# "extended the restrictions until at least 1 a.m. on Sunday", "applies from
# Saturday", "takes effect on Monday": an end not yet known, or a rule's start
# told in the present, lies ahead of the report whatever other verbs say.
_AHEAD_TAIL = _lazy(
    r"(?:\buntil\s+at\s+least"
    r"|\b(?:applies|apply|takes\s+effect|take\s+effect|comes?\s+into\s+(?:force|effect))"
    r"\s+(?:from|on))"
    rf"\s+(?:(?:\d{{1,2}}(?:[:.]\d{{2}})?\s*[ap]\.?m\.?|noon|midday|midnight)\s+(?:on\s+)?)?{_PART_WORDS}$",
    re.IGNORECASE,
)


# "originally scheduled", "initially planned", "previously expected": a plan
# that no longer holds dates something that may lie on either side of the
# article ("originally scheduled for July 3, was postponed", written in November).
_FORMER_PLAN_BEFORE = re.compile(
    r"\b(?:originally|initially|previously|once|first)\s+(?:been\s+)?$", re.IGNORECASE
)
# "had been due to play on August 8": a timetable told in the past perfect may
# lie before the article as well as after it ("had been expected" still looks
# ahead: a plan since changed).
_HAD_BEEN_BEFORE = re.compile(r"\bhad\s+been\s+$", re.IGNORECASE)
_TIMETABLE_CUE = re.compile(r"due|scheduled", re.IGNORECASE)
# "was to have been held on the first weekend of September", "were to be
# married in June": a plan told from the past, which may lie on either side of
# the article like "had been due to"; its "was" tells no tense of the date.
_PLAN_AFTER_WAS = re.compile(r"\s+(?:not\s+)?to\s+(?:have\s+been|be)\b", re.IGNORECASE)
_BE_BEFORE = re.compile(
    r"\b(?:is|are|was|were|be|been|being|am|as|than)\s+"
    r"(?:(?:widely|also|now|still|not|largely)\s+)?$"
    r"|['\u2019](?:s|re)\s+$",
    re.IGNORECASE,
)


_DETERMINER_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|this|that|these|those)\s+|\b(?:its|their|his|her|our|your)\s+(?:[\w\-]+\s+)?"
    r"|['\u2019]s\s+)$",
    re.IGNORECASE,
)


def _tense_cues(text: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """Positions of future and past cues in one sentence: (start, end, is_future)."""
    cues = []
    for m in _FUTURE_CUE.finditer(text, start, end):
        if _FORMER_PLAN_BEFORE.search(text[max(start, m.start() - 25) : m.start()]):
            continue  # "originally scheduled for July 3": a plan that was dropped, no tense
        if _TIMETABLE_CUE.match(m.group()) and _HAD_BEEN_BEFORE.search(
            text[max(start, m.start() - 25) : m.start()]
        ):
            continue
        if m.group().lower() in ("plan", "plans") and _DETERMINER_BEFORE.search(
            text[max(start, m.start() - 25) : m.start()]
        ):
            continue  # "backed the plan on 4 July": the noun, no tense
        # "forecasters expected Otis to arrive" is a past expectation; "is
        # expected to", "had been expected" keep looking ahead.
        past_verb = m.group().lower() == "expected" and not _BE_BEFORE.search(
            text[max(start, m.start() - 25) : m.start()]
        )
        cues.append((m.start(), m.end(), not past_verb))
    for m in _PAST_CUE.finditer(text, start, end):
        word = m.group().lower()
        if word in _NOT_PAST:
            continue
        if word in ("was", "were") and _PLAN_AFTER_WAS.match(text, m.end()):
            continue  # "was to have been held": a plan, no tense
        if word == "earlier" and text[max(start, m.start() - 3) : m.start()].lower() == "no ":
            continue  # "will launch no earlier than September 24": a bound, no tense
        if word.endswith("ed") and m.group()[0].isupper() and m.start() > start:
            continue  # a name inside the sentence ("Bankman-Fried", "Ahmed") is no verb
        if (word.endswith("ed") or word in _IRREGULAR_PARTICIPLES) and _MODAL_BEFORE.search(
            text[max(start, m.start() - 30) : m.start()]
        ):
            continue  # "will all have returned", "to be completed"
        if (
            word in _DESCRIBING_PARTICIPLES
            and _PARTICIPLE_AFTER_COMMA.search(text[max(start, m.start() - 3) : m.start()])
            and _PREP_AFTER.match(text, m.end())
        ):
            continue  # "the conference, held in Kansas City, ...": describes, no tense
        cues.append((m.start(), m.end(), False))
    return cues


# ---------------------------------------------------------------------------
# Calendar helpers
# ---------------------------------------------------------------------------


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except (ValueError, OverflowError):
        return None


def _month_span(year: int, month: int) -> tuple[dt.date, dt.date]:
    first = dt.date(year, month, 1)
    nxt = dt.date(year + 1, 1, 1) if month == 12 else dt.date(year, month + 1, 1)
    return first, nxt - _DAY


def _year_span(year: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = _month_span(year, month + 1)[1].day
    return dt.date(year, month + 1, min(day.day, last))


def _sunday_on_or_before(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=(day.weekday() + 1) % 7)


def _monday_on_or_before(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def _week_span(anchor: dt.date, offset: int) -> tuple[dt.date, dt.date]:
    """Week ``offset`` from the anchor's, admitting both Sunday- and Monday-start weeks."""
    sunday = _sunday_on_or_before(anchor) + dt.timedelta(weeks=offset)
    monday = _monday_on_or_before(anchor) + dt.timedelta(weeks=offset)
    return min(sunday, monday), max(sunday, monday) + dt.timedelta(days=6)


def _month_of_year(month: int, anchor: dt.date, *, rel: str, future: bool | None) -> int:
    """The year of a month named without one ("in February", "last April").

    Past sentences take the latest such month up to the anchor's, future ones the
    next from it, and sentences with no tense cue the nearest (ties go back).
    """
    if rel == "last":
        return anchor.year if month < anchor.month else anchor.year - 1
    if rel == "next":
        return anchor.year if month > anchor.month else anchor.year + 1
    if rel == "this":
        return anchor.year
    if future is None:
        here = anchor.year * 12 + anchor.month
        return min(
            (abs(y * 12 + month - here), y) for y in range(anchor.year - 1, anchor.year + 2)
        )[1]
    if future:
        return anchor.year if month >= anchor.month else anchor.year + 1
    return anchor.year if month <= anchor.month else anchor.year - 1


# A day-month a few days past the anchor in a "past" sentence is more likely a
# missed future cue than a date a year earlier, and vice versa.
_YEAR_SLACK = dt.timedelta(days=7)
# Papers leave out the year of a date in the current year and write it for an
# earlier one: in a past-tense sentence, a day-month up to two months ahead
# ("officials set June 28 as the date", written in May) is this year's, not a
# date eleven months back that would have carried its year.
_PAST_YEAR_SLACK = dt.timedelta(days=60)


def _day_month_date(
    day: int, month: int, anchor: dt.date, *, future: bool | None
) -> dt.date | None:
    """The date of "September 9" without a year: latest past, next if future, else nearest."""
    this_year = _safe_date(anchor.year, month, day)
    if future is None:
        years = (anchor.year - 1, anchor.year, anchor.year + 1)
        found = [d for d in (_safe_date(y, month, day) for y in years) if d is not None]
        return min(found, key=lambda d: (abs((d - anchor).days), d > anchor), default=None)
    if future:
        if this_year is not None and this_year >= anchor - _YEAR_SLACK:
            return this_year
        return _safe_date(anchor.year + 1, month, day)
    if this_year is not None and this_year <= anchor + _PAST_YEAR_SLACK:
        return this_year
    return _safe_date(anchor.year - 1, month, day)


def _weekday_date(weekday: int, anchor: dt.date, *, rel: str, future: bool | None) -> dt.date:
    """Resolve "Monday", "last Thursday", "next Friday" against the anchor."""
    back = (anchor.weekday() - weekday) % 7
    ahead = (weekday - anchor.weekday()) % 7
    if rel == "last":
        return anchor - dt.timedelta(days=back or 7)
    if rel == "next":
        return anchor + dt.timedelta(days=ahead or 7)
    return anchor + dt.timedelta(days=ahead) if future else anchor - dt.timedelta(days=back)


def _part_of(low: dt.date, high: dt.date, which: str, unit: str) -> tuple[dt.date, dt.date]:
    """Early / mid / late (or start / end) part of a period."""
    if unit == "month":
        last = high.day
        bounds = {
            "early": (1, 10),
            "mid": (11, 20),
            "late": (21, last),
            "start": (1, 10),
            "end": (21, last),
        }
        first, final = bounds[which]
        return low.replace(day=first), low.replace(day=final)
    if unit == "year":
        months = {"early": (1, 4), "mid": (5, 8), "late": (9, 12), "start": (1, 1), "end": (12, 12)}
        first, final = months[which]
        return dt.date(low.year, first, 1), _month_span(low.year, final)[1]
    if unit == "decade":
        years = {"early": (0, 3), "mid": (3, 6), "late": (6, 9), "start": (0, 1), "end": (8, 9)}
        first, final = years[which]
        return dt.date(low.year + first, 1, 1), dt.date(low.year + final, 12, 31)
    days = (high - low).days + 1
    third = max(days // 3, 1)
    if which in ("early", "start"):
        return low, low + dt.timedelta(days=third - 1)
    if which == "mid":
        return low + dt.timedelta(days=third), high - dt.timedelta(days=third)
    return high - dt.timedelta(days=third - 1), high


def _lookup(table: dict[str, int], word: str) -> int | None:
    key = word.rstrip(".").casefold()
    return table.get(key, table.get(word.rstrip(".").lower()))


def _count_range(words: str | None) -> tuple[int, int] | None:
    """(fewest, most) for "17", "seventeen", "thirty-six", "a few", or none given."""
    phrase = re.sub(r"\s+", " ", (words or "").strip().lower())
    if phrase in _VAGUE_COUNTS:
        return _VAGUE_COUNTS[phrase]
    if phrase.isdigit():
        value = int(phrase)
    else:
        value = 0
        for part in re.split(r"[\s-]+", phrase):
            if part in ("and", "y"):
                continue
            number = _NUMBER_WORDS.get(part)
            if number is None:
                return None
            value = value * number if number == 100 and value else value + number
    return (value, value) if value > 0 else None


# ---------------------------------------------------------------------------
# Builders: one per rule, each returns a _Hit or None (rejected)
# ---------------------------------------------------------------------------


def _group(m: re.Match[str], *names: str) -> str:
    """The first of several alternative named groups that took part in the match, or ""."""
    groups = m.groupdict()
    for name in names:
        if groups.get(name):
            return groups[name] or ""
    return ""


def _day_hit(
    m: re.Match[str],
    day: dt.date | None,
    *,
    relative: bool,
    kind: str,
    start: int | None = None,
    minutes: tuple[int, int] | None = None,
) -> _Hit:
    begin = m.start() if start is None else start
    return _Hit(begin, m.end(), day, day, relative, "day", kind=kind, unit="day", minutes=minutes)


def _period_hit(
    m: re.Match[str],
    span: tuple[dt.date, dt.date] | None,
    *,
    relative: bool,
    unit: str,
    kind: str = "period",
    start: int | None = None,
) -> _Hit:
    low, high = span if span else (None, None)
    begin = m.start() if start is None else start
    return _Hit(begin, m.end(), low, high, relative, "period", kind=kind, unit=unit)


def _build_iso(m: re.Match[str], ctx: _Context) -> _Hit | None:
    day = _safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    return _day_hit(m, day, relative=False, kind="date") if day else None


def _build_day_month(m: re.Match[str], ctx: _Context) -> _Hit | None:
    """ "September 9, 2021", "9 Sept", "el 18 de diciembre de 2022"."""
    month = _lookup(_MONTH_NUM, m["mon"])
    day = int(m["d"])
    if month is None or not 1 <= day <= 31 or _safe_date(2000, month, day) is None:
        return None
    if m["y"]:
        found = _safe_date(int(m["y"]), month, day)
        return _day_hit(m, found, relative=False, kind="date") if found else None
    if ctx.anchor is None:
        return _day_hit(m, None, relative=True, kind="date")
    found = _day_month_date(day, month, ctx.anchor, future=ctx.future(m.start(), m.end()))
    if found is None:
        return None
    return replace(_day_hit(m, found, relative=True, kind="date"), year_inferred=True)


def _build_day_range(m: re.Match[str], ctx: _Context) -> _Hit | None:
    """ "9-10 September", "September 9-10, 2021", "between 10 and 11 November"."""
    month = _lookup(_MONTH_NUM, m["mon"])
    first, last = int(m["d"]), int(m["d2"])
    if month is None or not 1 <= first < last <= 31 or _safe_date(2000, month, last) is None:
        return None
    if m["y"]:
        year = int(m["y"])
    elif ctx.anchor is None:
        return _period_hit(m, None, relative=True, unit="range")
    else:
        found = _day_month_date(first, month, ctx.anchor, future=ctx.future(m.start(), m.end()))
        if found is None:
            return None
        year = found.year
    low, high = _safe_date(year, month, first), _safe_date(year, month, last)
    if low is None or high is None:
        return None
    hit = _period_hit(m, (low, high), relative=not m["y"], unit="range")
    return replace(hit, year_inferred=not m["y"])


def _build_month_year(m: re.Match[str], ctx: _Context) -> _Hit | None:
    month = _lookup(_MONTH_NUM, m["mon"])
    if month is None:
        return None
    return _period_hit(m, _month_span(int(m["y"]), month), relative=False, unit="month")


def _build_month_of_relative_year(m: re.Match[str], ctx: _Context) -> _Hit | None:
    """ "in May last year", "March this year": that month of the year named."""
    month = _lookup(_MONTH_NUM, m["mon"])
    if month is None:
        return None
    if ctx.anchor is None:
        return _period_hit(m, None, relative=True, unit="month")
    year = ctx.anchor.year + {"last": -1, "this": 0, "next": 1}[m["yrel"].lower()]
    return _period_hit(m, _month_span(year, month), relative=True, unit="month")


def _previous_word(text: str, pos: int) -> str:
    found = re.search(r"([^\W\d_]+)[\s\-\u2013]*$", text[max(0, pos - 30) : pos])
    return found.group(1) if found else ""


def _build_bare_month(m: re.Match[str], ctx: _Context) -> _Hit | None:
    """ "in February", "last April", "noviembre pasado", "mid-October"."""
    month = _lookup(_MONTH_NUM, m["mon"])
    if month is None:
        return None
    rel = _relation(m.groupdict().get("rel") or m.groupdict().get("rel2") or "")
    previous = _previous_word(ctx.text, m.start()).lower()
    if previous in ("every", "each", "cada"):
        return None  # a recurring month is no date
    spanish = m["mon"].lower() in _MONTHS_ES or m["mon"].lower() == "setiembre"
    if not rel and not spanish and month in _AMBIGUOUS_MONTHS and previous not in _YEAR_CONTEXT:
        return None
    if ctx.anchor is None:
        return _period_hit(m, None, relative=True, unit="month")
    year = _month_of_year(month, ctx.anchor, rel=rel, future=ctx.future(m.start(), m.end()))
    hit = _period_hit(m, _month_span(year, month), relative=True, unit="month")
    return replace(hit, year_inferred=not rel)  # "last April" names its year


def _year_in_context(text: str, start: int, end: int) -> bool:
    """Whether a four-digit number at [start, end) reads as a year."""
    after = text[end : end + 40]
    if _COUNT_NOUN_AFTER.match(after):
        return False
    tail = text[max(0, start - 40) : start]
    if re.search(
        r"(?<![0-9.,])(?:19|20)[0-9]{2}s?\s*(?:,|and|or|&|y|o|to)\s*$", tail, re.IGNORECASE
    ):
        return True  # "after 1978 and 1986"
    if re.search(r"©\s*(?:[^\W\d_]+\s+){0,4}$", tail) or re.match(r"['\u2019]s\b", after):
        return True
    if re.search(r"[^\W\d_]-$", tail):
        return True  # "Zapad-2021"
    previous = _previous_word(text, start)
    word = previous.lower()
    if word in _YEAR_CONTEXT:
        return True
    if word in _DETERMINERS:
        return bool(re.match(r"\s+[a-z]", after))  # "the 2020 election"
    return bool(previous) and previous[0].isupper() and word not in _COUNT_WORDS  # "Qatar 2022"


def _build_year(m: re.Match[str], ctx: _Context) -> _Hit | None:
    year = int(m["y"])
    if m["s"]:
        if year % 10:
            return None
        return _period_hit(
            m, (dt.date(year, 1, 1), dt.date(year + 9, 12, 31)), relative=False, unit="decade"
        )
    if not _year_in_context(ctx.text, m.start(), m.end()):
        return None
    return _period_hit(m, _year_span(year), relative=False, unit="year")


def _build_year_range(m: re.Match[str], ctx: _Context) -> _Hit | None:
    first = int(m["y"])
    second_text = m["y2"]
    second = int(second_text) if len(second_text) == 4 else first // 100 * 100 + int(second_text)
    if not first < second <= first + 50 or second > 2100:
        return None
    return _period_hit(
        m, (dt.date(first, 1, 1), dt.date(second, 12, 31)), relative=False, unit="range"
    )


def _relation(word: str) -> str:
    """Normalise "last", "past", "pasado", "next", "coming", "próximo"... to last/next/this."""
    word = re.sub(r"\s+", " ", word.lower().strip())
    if word in ("last", "past", "this past", "pasado", "pasada", "previous", "el pasado"):
        return "last"
    if word in (
        "next",
        "coming",
        "this coming",
        "próximo",
        "proximo",
        "próxima",
        "proxima",
        "que viene",
    ):
        return "next"
    if word in ("this", "este", "esta"):
        return "this"
    return ""


def _build_weekday(m: re.Match[str], ctx: _Context) -> _Hit | None:
    """ "Monday", "last Thursday", "Thursday of last week", "la madrugada del martes"."""
    weekday = _lookup(_WEEKDAY_NUM, m["wd"])
    if weekday is None:
        return None
    groups = m.groupdict()
    if _previous_word(ctx.text, m.start()).lower() in ("every", "each", "cada", "los", "todos"):
        return None  # "every Friday", "los martes": a habit, not a date
    part = (groups.get("part") or groups.get("part2") or "").lower()
    minutes = _PARTS_OF_DAY.get(part)
    if ctx.anchor is None:
        return _day_hit(m, None, relative=True, kind="weekday", minutes=minutes)
    week_rel = _relation(groups.get("wk") or "")
    if week_rel:
        offset = {"last": -1, "this": 0, "next": 1}[week_rel]
        sunday = _sunday_on_or_before(ctx.anchor) + dt.timedelta(weeks=offset)
        day = sunday + dt.timedelta(days=(weekday + 1) % 7)
    else:
        rel = _relation(groups.get("rel") or groups.get("rel2") or "")
        day = _weekday_date(weekday, ctx.anchor, rel=rel, future=ctx.future(m.start(), m.end()))
    return _day_hit(m, day, relative=True, kind="weekday", minutes=minutes)


_RELATIVE_DAYS = {
    "yesterday": (-1, None), "today": (0, None), "tonight": (0, "night"), "tomorrow": (1, None),
    "last night": (-1, "night"), "this morning": (0, "morning"), "this afternoon": (0, "afternoon"),
    "this evening": (0, "evening"), "the day before yesterday": (-2, None),
    "the day after tomorrow": (2, None), "ayer": (-1, None), "hoy": (0, None),
    "mañana": (1, None), "anoche": (-1, "noche"), "anteayer": (-2, None), "antier": (-2, None),
    "antes de ayer": (-2, None), "pasado mañana": (2, None), "esta noche": (0, "noche"),
    "esta mañana": (0, "mañana"), "esta tarde": (0, "tarde"),
}  # fmt: skip


# What may stand before a capitalised "Today" that still starts a clause.
_CLAUSE_START_RE = re.compile(r"(?:^|[.!?:;\"\u201c(\u2014\u2013-])\s*$")


def _names_a_title(m: re.Match[str], text: str) -> bool:
    """A capitalised "Today" or "Tonight" inside a sentence is a programme or
    a paper ("told NBC's Today show", "USA Today", "the Today programme"), not
    the publication day."""
    word = m["w"]
    if word not in ("Today", "Tonight"):
        return False
    return not _CLAUSE_START_RE.search(text[: m.start("w")])


def _build_relative_day(m: re.Match[str], ctx: _Context) -> _Hit | None:
    """ "yesterday", "tonight", "last night", "ayer", "mañana por la tarde"."""
    word = re.sub(r"\s+", " ", m["w"].lower())
    if word == "mañana" and re.search(
        r"\b(?:la|de|por|esta|el)\s+$", ctx.text[max(0, m.start() - 8) : m.start()], re.I
    ):
        return None  # "por la mañana" is the morning, not tomorrow
    if word not in _RELATIVE_DAYS:
        return None
    if _names_a_title(m, ctx.text):
        return None
    offset, own_part = _RELATIVE_DAYS[word]
    part = (m["part"] or own_part or "").lower()
    minutes = _PARTS_OF_DAY.get(part)
    day = ctx.anchor + dt.timedelta(days=offset) if ctx.anchor else None
    return _day_hit(m, day, relative=True, kind="reldate", minutes=minutes)


def _build_period(m: re.Match[str], ctx: _Context) -> _Hit | None:
    """ "last month", "this week", "next year", "la semana pasada", "este año"."""
    unit_word = _group(m, "unit", "unit2", "unit3", "unit4").lower()
    unit = _UNIT_NAMES.get(unit_word, unit_word)  # "weekend" has no Spanish twin here
    spanish_rel = re.sub(r"^(?:la|el)\s+", "", _group(m, "rel2", "rel3"), flags=re.IGNORECASE)
    rel = _relation(_group(m, "rel") or spanish_rel)
    if not rel and unit != "weekend":
        return None
    if ctx.anchor is None:
        return _period_hit(m, None, relative=True, unit=unit)
    anchor = ctx.anchor
    offset = {"last": -1, "this": 0, "next": 1, "": 0}[rel]
    if _group(m, "rel").lower() == "past" and unit != "weekend":
        return _period_hit(m, _window(anchor, 1, unit), relative=True, unit=unit)  # "past week"
    if unit == "week":
        span = _week_span(anchor, offset)
    elif unit == "month":
        span = _month_span(*_year_month(_add_months(anchor, offset)))
    elif unit == "year":
        span = _year_span(anchor.year + offset)
    elif unit == "weekend":
        span = _weekend(anchor, rel, future=ctx.future(m.start(), m.end()))
    else:
        return None
    return _period_hit(m, span, relative=True, unit=unit)


def _year_month(day: dt.date) -> tuple[int, int]:
    return day.year, day.month


def _weekend(anchor: dt.date, rel: str, *, future: bool | None) -> tuple[dt.date, dt.date]:
    """Saturday-Sunday: the most recent, the coming one, or either of the next two."""
    saturday_back = anchor - dt.timedelta(days=(anchor.weekday() - 5) % 7)
    saturday_ahead = anchor + dt.timedelta(days=(5 - anchor.weekday()) % 7)
    in_weekend = anchor.weekday() >= 5
    if rel == "last":
        saturday = saturday_back - dt.timedelta(weeks=1) if in_weekend else saturday_back
        return saturday, saturday + _DAY
    if rel == "next":
        first = saturday_back + dt.timedelta(weeks=1) if in_weekend else saturday_ahead
        return first, first + dt.timedelta(days=8)
    saturday = saturday_back if in_weekend or not future else saturday_ahead
    return saturday, saturday + _DAY


def _window(anchor: dt.date, count: int, unit: str) -> tuple[dt.date, dt.date]:
    """The last ``count`` units up to the anchor: "the past two weeks"."""
    if unit == "day":
        return anchor - dt.timedelta(days=count), anchor
    if unit == "week":
        return anchor - dt.timedelta(weeks=count), anchor
    if unit == "month":
        return _add_months(anchor, -count), anchor
    years = count * (10 if unit == "decade" else 1)
    return _add_months(anchor, -12 * years), anchor


def _build_window(m: re.Match[str], ctx: _Context) -> _Hit | None:
    """ "the past 12 months", "in the last week", "the previous day" (anaphoric)."""
    unit = _UNIT_NAMES.get(m["unit"].lower())
    if unit is None:
        return None
    counts = _count_range(m["n"]) if m["n"] else (1, 1)
    if counts is None:
        return None
    if m["rel"].lower() in ("previous", "preceding") and not m["n"]:
        return _Hit(
            m.start(),
            m.end(),
            None,
            None,
            True,
            "day" if unit == "day" else "period",
            kind="anaphor",
        )
    if m["unit"].lower().endswith("s") and not m["n"]:
        counts = _VAGUE_COUNTS["a few"]  # "the past weeks"
    if ctx.anchor is None:
        return _period_hit(m, None, relative=True, unit="window")
    return _period_hit(m, _window(ctx.anchor, counts[1], unit), relative=True, unit="window")


def _build_partial_period(m: re.Match[str], ctx: _Context) -> _Hit | None:
    """ "later this month", "earlier this year", "later in the week"."""
    unit = m["unit"].lower()
    if ctx.anchor is None:
        return _period_hit(m, None, relative=True, unit="partial")
    anchor = ctx.anchor
    if unit == "week":
        low, high = _week_span(anchor, 0)
    elif unit == "month":
        low, high = _month_span(anchor.year, anchor.month)
    else:
        low, high = _year_span(anchor.year)
    span = (anchor, high) if m["dir"].lower() == "later" else (low, anchor)
    return _period_hit(m, span, relative=True, unit="partial")


def _build_edge_of_period(m: re.Match[str], ctx: _Context) -> _Hit | None:
    """ "the end of the year", "the start of this month"."""
    unit = m["unit"].lower()
    if ctx.anchor is None:
        return _period_hit(m, None, relative=True, unit=unit)
    anchor = ctx.anchor
    if unit == "week":
        low, high = _week_span(anchor, 0)
    elif unit == "month":
        low, high = _month_span(anchor.year, anchor.month)
    else:
        low, high = _year_span(anchor.year)
    which = (
        "end" if m["edge"].lower() == "end" else "mid" if m["edge"].lower() == "middle" else "start"
    )
    return _period_hit(m, _part_of(low, high, which, unit), relative=True, unit=unit)


_COUNT_TAIL = _lazy(rf"{_NO_LETTER_BEFORE}(?P<n>{_VAGUE}|{_NUM})\s+$", re.IGNORECASE)


def _count_before(text: str, pos: int) -> re.Match[str] | None:
    """The count right before ``pos`` ("17 " in "17 years ago"), looked up backwards.

    Matching the count inside each rule would try the long number-word
    alternation at every position of every sentence; looking back from the
    unit word is far cheaper.
    """
    return _COUNT_TAIL.search(text, max(0, pos - 40), pos)


# "for the first time in 17 years", "its lowest level in a decade"; "a policy
# it had kept for eight years", "has been in place for 30 years".
_RECORD_BEFORE = _lazy(
    r"\b(?:first|last|highest|lowest|biggest|largest|worst|best|strongest|weakest|\w+est)\b"
    r"[^.;:,]{0,40}$",
    re.IGNORECASE,
)
_HELD_BEFORE = _lazy(r"\b(?:has|have|had)\s+(?:been\s+)?(?:[^\W\d]+\s+){0,3}$", re.IGNORECASE)


def _build_span_back(m: re.Match[str], ctx: _Context) -> _Hit | None:
    """ "the first time in 17 years" and "had kept for eight years": a state
    since that many years before the anchor (give or take one), like "since
    February 2007"."""
    before = ctx.text[max(0, m.start() - 60) : m.start()]
    held = _HELD_BEFORE.search(before)
    if m["prep"].lower() == "in" and not _RECORD_BEFORE.search(before):
        return None
    if m["prep"].lower() == "for" and not held:
        return None
    unit = _UNIT_NAMES.get(m["unit"].lower())
    counts = _count_range(m["n"]) if m["n"] else (1, 1)
    if unit not in ("year", "decade") or counts is None or ctx.anchor is None:
        return None
    years = counts[0] * (10 if unit == "decade" else 1)
    start = _add_months(ctx.anchor, -12 * years)
    period = (_add_months(start, -12), _add_months(start, 12))
    return _Hit(
        m.start(), m.end(), start, ctx.anchor, True, "period", kind="since", unit="year",
        bound="since", period=period,
    )  # fmt: skip


# "exactly 13 years ago", "13 years ago today", "a year ago to the day": a count of whole units.
_EXACT_AGO_BEFORE = _lazy(r"\b(?:exactly|precisely)\s+$", re.IGNORECASE)
_EXACT_AGO_AFTER = _lazy(
    r"\s*,?\s*(?:today|this\s+week|to\s+the\s+(?:day|week|month))\b", re.IGNORECASE
)


_TO_THE_DAY_AFTER = _lazy(r"\s*,?\s*(?:today|to\s+the\s+day)\b", re.IGNORECASE)


def _build_ago(m: re.Match[str], ctx: _Context) -> _Hit | None:
    """ "17 years ago", "a week ago", "weeks ago", "hace 36 años".

    People round down: "13 years ago" on 1 January 2004 is 13 to 14 years back,
    any time in 1990 or 1991, and "three months ago" on 20 January is from 20
    September into October. Unless the count is exact ("exactly 13 years ago",
    "a year ago today"), years and months reach one unit further back; weeks
    and days are counted as written.
    """
    unit = _UNIT_NAMES.get(_group(m, "unit", "unit2").lower())
    count = None if _group(m, "unit2") else _count_before(ctx.text, m.start())
    counts = _count_range(count["n"] if count else _group(m, "n2"))
    if unit is None or counts is None:
        return None
    begin = count.start() if count else m.start()
    if ctx.anchor is None:
        return _period_hit(m, None, relative=True, unit="ago", start=begin)
    anchor = ctx.anchor
    fewest, most = counts
    exact = bool(
        _EXACT_AGO_BEFORE.search(ctx.text, max(0, begin - 12), begin)
        or _EXACT_AGO_AFTER.match(ctx.text, m.end())
    )
    to_the_day = _TO_THE_DAY_AFTER.match(ctx.text, m.end())
    if to_the_day and fewest == most and unit in ("day", "week", "month", "year"):
        # "a week ago today", "a year ago to the day": that very date, one day,
        # and "today" is part of the phrase, not a second date of the sentence.
        if unit == "year":
            day = _safe_date(anchor.year - most, anchor.month, anchor.day) or anchor.replace(
                year=anchor.year - most, day=28
            )
        elif unit == "month":
            day = _add_months(anchor, -most)
        else:
            day = anchor - dt.timedelta(days=most * (7 if unit == "week" else 1))
        return _Hit(begin, to_the_day.end(), day, day, True, "day", kind="ago", unit="day")
    if unit == "day":
        span = (anchor - dt.timedelta(days=most), anchor - dt.timedelta(days=fewest))
    elif unit == "week":
        # A week ago is loosely "about seven days ago".
        span = (
            anchor - dt.timedelta(days=7 * most + 3),
            min(anchor, anchor - dt.timedelta(days=7 * fewest - 3)),
        )
    elif unit == "month":
        earliest = _month_span(*_year_month(_add_months(anchor, -most)))[0]
        span = (
            earliest if exact else min(earliest, _add_months(anchor, -most - 1)),
            _month_span(*_year_month(_add_months(anchor, -fewest)))[1],
        )
    elif unit == "year":
        span = (
            dt.date(anchor.year - most - (0 if exact else 1), 1, 1),
            dt.date(anchor.year - fewest, 12, 31),
        )
    else:
        span = (
            dt.date(anchor.year - 10 * most - 2, 1, 1),
            dt.date(anchor.year - 10 * fewest + 2, 12, 31),
        )
    # "more than nine weeks ago" reaches further back; "less than a week ago"
    # comes up to the day of publication.
    before = ctx.text[max(0, begin - 16) : begin]
    if more := _MORE_THAN_BEFORE.search(before):
        begin -= len(more.group(0))
        span = (anchor - (anchor - span[0]) * 3 // 2, span[1])
    elif less := _LESS_THAN_BEFORE.search(before):
        begin -= len(less.group(0))
        span = (span[0], anchor)
    if span[0] == span[1]:
        return _day_hit(m, span[0], relative=True, kind="ago", start=begin)
    return _period_hit(m, span, relative=True, unit="ago", start=begin)


_MORE_THAN_BEFORE = _lazy(r"\b(?:more\s+than|over|at\s+least|upwards\s+of)\s+$", re.IGNORECASE)
_LESS_THAN_BEFORE = _lazy(r"\b(?:less\s+than|under|within)\s+$", re.IGNORECASE)


def _build_anaphor(m: re.Match[str], ctx: _Context) -> _Hit | None:
    """ "the day before", "the next day", "that night": relative to the story, not the anchor."""
    return _Hit(m.start(), m.end(), None, None, True, "day", kind="anaphor")


def _build_count_later(m: re.Match[str], ctx: _Context) -> _Hit | None:
    """ "two days later", "17 years earlier": relative to the story, not the anchor."""
    count = _count_before(ctx.text, m.start())
    if count is None or _count_range(count["n"]) is None:
        return None
    return _Hit(count.start(), m.end(), None, None, True, "day", kind="anaphor")


_SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12,
            "primavera": 3, "verano": 6, "otoño": 9, "invierno": 12}  # fmt: skip


def _season_span(first_month: int, year: int) -> tuple[dt.date, dt.date]:
    start = dt.date(year, first_month, 1)
    return start, _month_span(*_year_month(_add_months(start, 2)))[1]


def _build_season(m: re.Match[str], ctx: _Context) -> _Hit | None:
    """ "this summer", "in the autumn", "winter 2023" (northern; winter starts in December)."""
    first = _SEASONS.get(m["season"].lower())
    if first is None:
        return None
    if not (m["rel"] or m["y"] or m["prep"]):
        return None  # "the spring wage round", "summer Olympics"
    if m["season"].lower() == "fall" and not (m["rel"] or m["y"]):
        return None  # "the fall of communism"
    if m["y"]:
        return _period_hit(m, _season_span(first, int(m["y"])), relative=False, unit="season")
    if ctx.anchor is None:
        return _period_hit(m, None, relative=True, unit="season")
    anchor = ctx.anchor
    candidates = [_season_span(first, anchor.year + k) for k in (-2, -1, 0, 1)]
    rel = _relation(m["rel"] or "")
    if rel == "last":
        span = max(c for c in candidates if c[1] < anchor)
    elif rel == "next":
        span = min(c for c in candidates if c[0] > anchor)
    elif rel == "this":
        containing = [c for c in candidates if c[0] <= anchor <= c[1]]
        span = containing[0] if containing else min(c for c in candidates if c[0] > anchor)
    elif ctx.future(m.start(), m.end()):
        span = min(c for c in candidates if c[1] >= anchor)
    else:
        span = max(c for c in candidates if c[0] <= anchor)
    return _period_hit(m, span, relative=True, unit="season")


# Holidays on a fixed day, as (month, day): "flooded on Christmas Day" is 25
# December (QA pass 20: read as a name, it agreed with "on 24 December").
_HOLIDAYS = {
    "christmas eve": (12, 24), "christmas day": (12, 25), "boxing day": (12, 26),
    "new year's eve": (12, 31), "new year's day": (1, 1), "valentine's day": (2, 14),
    "halloween": (10, 31), "bastille day": (7, 14), "st patrick's day": (3, 17),
    "guy fawkes night": (11, 5), "bonfire night": (11, 5), "fourth of july": (7, 4),
}  # fmt: skip
_HOLIDAY = (
    r"(?P<hol>Christmas\s+(?:Eve|Day)|Boxing\s+Day|New\s+Years?['\u2019]?s?\s+(?:Eve|Day)"
    r"|Valentines?['\u2019]?s?\s+Day|Hallowe['\u2019]?en|Bastille\s+Day"
    r"|(?:St\.?|Saint)\s+Patrick['\u2019]?s\s+Day|Guy\s+Fawkes\s+Night|Bonfire\s+Night"
    r"|(?:the\s+)?Fourth\s+of\s+July)"
)
# Words before a holiday that make it the day something happened on ("on
# Christmas Day", "since Boxing Day", "from Christmas Eve to Boxing Day");
# without one it is more often a name or a modifier ("the Boxing Day
# tsunami", a film called "Christmas Day").
_HOLIDAY_LEADS = frozenset(
    "on at by before after since until till over during from through for to between and".split()
)
# Nouns a holiday names a kind of ("on Boxing Day sales", "at Halloween
# parties"): the phrase is no date.
_HOLIDAY_NOUN_AFTER = _lazy(
    r"\s+(?:parade|part(?:y|ies)|sales?|celebrations?|services?|lunch(?:es)?|dinners?|meals?|"
    r"massacre|attacks?|tsunami|tests?|match(?:es)?|games?|fixtures?|cards?|specials?|episodes?|"
    r"messages?|speech(?:es)?|address|broadcasts?|markets?|fireworks|displays?|films?|movies?|"
    r"shopping|period|holidays?|weekend|truce|ceasefire|crowds?|rush|traffic|storms?|floods?|"
    r"shootings?|bombings?|killings?|concerts?|shows?|edition|events?|traditions?|dip|swim|"
    r"race|ball|dance|lights|tree|menu|deals?|bonus|sermon|mass|eve)\b",
    re.IGNORECASE,
)


def _holiday_key(name: str) -> str:
    """ "New Years Day", "St. Patrick’s Day", "Hallowe'en" as `_HOLIDAYS` spells them."""
    key = re.sub(r"\s+", " ", name.lower().replace("\u2019", "'"))
    key = re.sub(r"^the ", "", key)
    key = re.sub(r"^(?:st\.?|saint) ", "st ", key)
    key = re.sub(r"^new year'?s?'?s? ", "new year's ", key)
    key = re.sub(r"^valentine'?s?'?s? ", "valentine's ", key)
    return key.replace("hallowe'en", "halloween")


def _holiday_date(
    month: int, day: int, anchor: dt.date, *, rel: str, future: bool | None
) -> dt.date:
    """The holiday's date: the last one on or before the anchor, or the next
    one on or after it when the sentence looks ahead ("will close on Christmas
    Day"), like a bare weekday; "last" and "next" skip the anchor's own day."""
    this_year = dt.date(anchor.year, month, day)
    before = this_year if this_year <= anchor else dt.date(anchor.year - 1, month, day)
    after = this_year if this_year >= anchor else dt.date(anchor.year + 1, month, day)
    if rel == "last":
        return before if before < anchor else dt.date(before.year - 1, month, day)
    if rel == "next":
        return after if after > anchor else dt.date(after.year + 1, month, day)
    if rel == "this":
        return this_year
    return after if future else before


def _build_holiday(m: re.Match[str], ctx: _Context) -> _Hit | None:
    """ "on Christmas Day", "since Boxing Day 2004", "last Halloween"."""
    month, day = _HOLIDAYS[_holiday_key(m["hol"])]
    rel = _relation(m["rel"] or "")
    if not rel and _previous_word(ctx.text, m.start()).lower() not in _HOLIDAY_LEADS:
        return None
    if not m["y"] and _HOLIDAY_NOUN_AFTER.match(ctx.text, m.end()):
        return None
    minutes = _PARTS_OF_DAY.get((m["part"] or "").lower())
    if m["y"]:
        found = _safe_date(int(m["y"]), month, day)
        return _day_hit(m, found, relative=False, kind="date", minutes=minutes) if found else None
    if ctx.anchor is None:
        return _day_hit(m, None, relative=True, kind="date", minutes=minutes)
    future = ctx.future(m.start(), m.end())
    found = _holiday_date(month, day, ctx.anchor, rel=rel, future=future)
    hit = _day_hit(m, found, relative=True, kind="date", minutes=minutes)
    return replace(hit, year_inferred=not rel)


def _clock_minutes(hour: int, minute: int, ampm: str | None) -> int | None:
    if ampm:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm.lower() == "p" else 0)
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        return None
    return hour * 60 + minute


_QUALIFIER_TAIL = _lazy(rf"{_TIME_QUALIFIER}\s+$", re.IGNORECASE)


def _qualifier_before(text: str, pos: int) -> tuple[str | None, int]:
    """A qualifier right before a clock time ("shortly after 10 p.m."), and where it starts."""
    found = _QUALIFIER_TAIL.search(text, max(0, pos - 30), pos)
    return (found["q"], found.start()) if found else (None, pos)


def _qualified(minute: int, qualifier: str | None) -> tuple[int, int]:
    key = re.sub(r"\s+", " ", (qualifier or "").lower())
    key = re.sub(r"^at |\s+las?$", "", key)
    before, after = _QUALIFIER_WINDOWS.get(key, (0, 0))
    if minute % 60 == 0 and before == -after and after:
        # "around midday", "about 10 a.m.": a round hour is rounded to the hour
        before, after = -30, 30
    return max(0, minute + before), min(_LAST_MINUTE, minute + after)


_DOT_TIME_SUFFIX = _lazy(
    r"\s*(?:h|hrs|hs|horas|gmt|utc|local\s+time|hora\s+local)" + _NOT_LETTER, re.I
)
# "at 15.25 on Friday", "at 8.52 this morning", "at 11.15 on Sunday": "at" and a
# day right after tell a clock written with a dot, as a clock word does.
_DOT_TIME_DAY_AFTER = _lazy(
    r"\s+(?:on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|this\s+(?:morning|afternoon|evening)"
    r"|yesterday|today|tonight|last\s+night)" + _NOT_LETTER,
    re.I,
)
_AT_BEFORE = _lazy(r"\bat\s+$", re.I)
# A market's or a rate's figure is no clock: "held rates at 5.25 on Wednesday",
# "shares closed at 15.25 on Friday".
_MARKET_BEFORE = _lazy(
    r"\b(?:rates?|prices?|shares?|stocks?|index|indices|yields?|closed|opened|traded|trading"
    r"|fell|rose|dropped|climbed|gained|lost|ended|settled|levels?|percent|points?|dollars?"
    r"|euros?|pounds?|yen|cents?|pence|valued|worth)\b[^.;:]*$",
    re.I,
)


# A zone written right after a clock time: "3:49 p.m. EDT", "1420 GMT", "9am
# Eastern time", "at 4 p.m. Pacific." ("local time" names none). Codes are
# matched case-sensitively: "et" and "pt" are words.
_ZONE_AFTER = _lazy(
    r"\s*(?:(?P<code>GMT|UTC|Z|[ECMP][SD]?T|AK[SD]T|HST|BST|CES?T|EES?T|WES?T|JST|KST|HKT|SGT|IST"
    r"|AE[SD]T|MSK)(?![A-Za-z])"
    r"|(?P<us>Eastern|Central|Mountain|Pacific)(?:\s+(?P<season>[Ss]tandard|[Dd]aylight))?"
    r"(?:\s+[Tt]ime\b|(?=\s*(?:[.,;:)]|$)))"
    r"|(?P<local>(?i:local\s+time|hora\s+local))\b)"
)
_UTC_ZONES = frozenset({"gmt", "utc", "z"})


def _zone_after(text: str, pos: int) -> tuple[str, int]:
    """The zone written at ``pos`` ("edt", "et" for "Eastern time", "local") and where it ends."""
    m = _ZONE_AFTER.match(text, pos)
    if m is None:
        return "", pos
    if m["code"]:
        return m["code"].lower(), m.end()
    if m["local"]:
        return "local", m.end()
    season = {"s": "s", "d": "d"}.get((m["season"] or "")[:1].lower(), "")
    return f"{m['us'][0].lower()}{season}t", m.end()


def _build_clock(m: re.Match[str], ctx: _Context) -> _Hit | None:
    """ "10:17 p.m.", "22:17", "10.17pm", "shortly after 10 p.m.", "a las 22.17"."""
    groups = m.groupdict()
    ampm = groups.get("ap")
    minute_text = groups.get("mm") or "00"
    if groups.get("sep") == "." and not ampm:
        # "0.7%" and prices are not times: the dot form needs a clock word.
        before = ctx.text[max(0, m.start("h") - 7) : m.start("h")].lower()
        if not (
            _DOT_TIME_SUFFIX.match(ctx.text, m.end())
            or re.search(r"\blas?\s+$", before)
            or (
                _AT_BEFORE.search(before)
                and _DOT_TIME_DAY_AFTER.match(ctx.text, m.end())
                and not _MARKET_BEFORE.search(ctx.text, max(0, m.start() - 60), m.start())
            )
        ):
            return None
    if re.match(r"\s*(?:%|percent|per\s*cent)", ctx.text[m.end() : m.end() + 10], re.I):
        return None
    minute = _clock_minutes(int(m["h"]), int(minute_text), ampm)
    if minute is None:
        return None
    twelve_hour = not ampm and 1 <= int(m["h"]) <= 11
    qualifier, start = _qualifier_before(ctx.text, m.start())
    zone, end = _zone_after(ctx.text, m.end())
    return _Hit(
        start, end, None, None, False, "time", kind="clock",
        minutes=_qualified(minute, qualifier), clock=True, twelve_hour=twelve_hour,
        utc=zone in _UTC_ZONES, zone=zone,
    )  # fmt: skip


# Clock times in words: "a quarter to nine", "half past ten", "twenty to
# six", "five past eleven", "nine o'clock" (with "in the morning", "at
# night", "p.m." after them to tell the half of the day).
_HOUR_WORDS = "one two three four five six seven eight nine ten eleven twelve".split()
_WORD_HOUR = rf"(?:{'|'.join(_HOUR_WORDS)}|1[0-2]|[1-9])"
_MINUTE_WORDS = {
    "five": 5, "ten": 10, "twenty": 20, "twenty-five": 25, "twenty five": 25,
    "a quarter": 15, "quarter": 15, "half": 30,
}  # fmt: skip
_MINUTE_PATTERN = "|".join(sorted((re.escape(w) for w in _MINUTE_WORDS), key=len, reverse=True))
_WORD_CLOCK = (
    rf"{_NO_LETTER_BEFORE}(?:(?P<wm>{_MINUTE_PATTERN})(?:\s+minutes)?\s+(?P<dir>to|past)\s+"
    rf"(?P<h>{_WORD_HOUR})|(?P<oh>{_WORD_HOUR})\s+o['\u2019]clock){_NOT_LETTER}"
    r"(?:\s+(?:(?P<half>in\s+the\s+(?:morning|afternoon|evening)|at\s+night)"
    r"|(?P<ap>[ap])\.?\s?m\b\.?))?"
)
_HALF_OF_DAY = {"morning": "a", "afternoon": "p", "evening": "p", "night": "p"}
# "ten to one" is also odds or a vote: the minutes-to form needs a time word
# before it ("at twenty to six", "until ten to eight") or the half of the day.
_CLOCK_LEAD = _lazy(
    r"\b(?:at|around|about|by|until|till|after|before|from|since|shortly|just|approximately)\s+$",
    re.IGNORECASE,
)


def _is_word_clock(m: re.Match[str], text: str) -> bool:
    if m["oh"] or m["half"] or m["ap"] or m["dir"].lower() == "past":
        return True
    if m["wm"].lower() in ("a quarter", "quarter"):
        return True
    return bool(_CLOCK_LEAD.search(text, max(0, m.start() - 20), m.start()))


@functools.lru_cache(maxsize=4096)
def word_clock_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Where ``text`` gives a clock time in words ("a quarter to nine"): the
    figure reader leaves these spans alone."""
    pattern = _word_clock_re()
    return tuple((m.start(), m.end()) for m in pattern.finditer(text) if _is_word_clock(m, text))


@functools.lru_cache(maxsize=1)
def _word_clock_re() -> re.Pattern[str]:
    return re.compile(_WORD_CLOCK, _I)


def _build_word_clock(m: re.Match[str], ctx: _Context) -> _Hit | None:
    """ "a quarter to nine in the morning", "half past ten", "nine o'clock"."""
    if not _is_word_clock(m, ctx.text):
        return None
    hour_text = (m["h"] or m["oh"]).lower()
    hour = _HOUR_WORDS.index(hour_text) + 1 if hour_text in _HOUR_WORDS else int(hour_text)
    minute = 0
    if m["wm"]:
        offset = _MINUTE_WORDS[re.sub(r"\s+", " ", m["wm"].lower())]
        past = m["dir"].lower() == "past"
        hour, minute = (hour, offset) if past else (hour - 1 or 12, 60 - offset)
    half = m["half"].split()[-1].lower() if m["half"] else None
    ampm = m["ap"] or (_HALF_OF_DAY[half] if half else None)
    if half == "night" and hour < 5:
        ampm = "a"  # "two o'clock at night"
    value = _clock_minutes(hour, minute, ampm)
    if value is None:
        return None
    qualifier, start = _qualifier_before(ctx.text, m.start())
    zone, end = _zone_after(ctx.text, m.end())
    return _Hit(
        start, end, None, None, False, "time", kind="clock",
        minutes=_qualified(value, qualifier), clock=True, twelve_hour=ampm is None,
        utc=zone in _UTC_ZONES, zone=zone,
    )  # fmt: skip


def _build_clock_range(m: re.Match[str], ctx: _Context) -> _Hit | None:
    """ "between 10 and 11 p.m.", "9-11am"."""
    first = _clock_minutes(int(m["h"]), int(m["mm"] or 0), m["ap"])
    last = _clock_minutes(int(m["h2"]), int(m["mm2"] or 0), m["ap"])
    if first is None or last is None or last <= first:
        return None
    zone, end = _zone_after(ctx.text, m.end())
    return _Hit(
        m.start(), end, None, None, False, "time", kind="clock", minutes=(first, last),
        clock=True, utc=zone in _UTC_ZONES, zone=zone,
    )  # fmt: skip


def _build_noon(m: re.Match[str], ctx: _Context) -> _Hit | None:
    qualifier, start = _qualifier_before(ctx.text, m.start())
    return _Hit(
        start, m.end(), None, None, False, "time", kind="clock",
        minutes=_qualified(720, qualifier), clock=True,
    )  # fmt: skip


def _build_midnight(m: re.Match[str], ctx: _Context) -> _Hit | None:
    """ "shortly after midnight", "just before midnight": a time only with a
    side of it named (a bare "midnight" may close one day or open the next),
    and within the hour (the gold cases read "just after midnight" as 12:25
    a.m., "shortly before midnight" as 23:21)."""
    qualifier, start = _qualifier_before(ctx.text, m.start())
    key = re.sub(r"\s+", " ", (qualifier or "").lower())
    before, after = _QUALIFIER_WINDOWS.get(key, (0, 0))
    if before == 0 and 0 < after < _LAST_MINUTE:
        minutes = (0, 60)
    elif after == 0 and -_LAST_MINUTE < before < 0:
        minutes = (_LAST_MINUTE - 59, _LAST_MINUTE)
    else:
        return None
    return _Hit(
        start, m.end(), None, None, False, "time", kind="clock", minutes=minutes, clock=True
    )


def _build_part_of_day(m: re.Match[str], ctx: _Context) -> _Hit | None:
    """ "in the evening", "that night", "por la mañana": minutes without a day."""
    part = _group(m, "part", "part_of", "part_that", "part_at", "part_es", "part_mad").lower()
    minutes = _PARTS_OF_DAY.get(part)
    if minutes is None:
        return None
    return _Hit(m.start(), m.end(), None, None, False, "time", kind="part", minutes=minutes)


# ---------------------------------------------------------------------------
# Rules
# ---------------------------------------------------------------------------

_I = re.IGNORECASE


@dataclass(frozen=True, slots=True)
class _Rule:
    """A pattern, the cheap trigger(s) a text must contain for it to be tried, and its builder."""

    pattern: re.Pattern[str]
    build: _Builder
    triggers: tuple[re.Pattern[str], ...] = ()


def _rule(pattern: str, build: _Builder, *triggers: re.Pattern[str]) -> _Rule:
    return _Rule(re.compile(pattern, _I), build, triggers)


# Most sentences hold no date: a plain search for a digit or a keyword lets
# each rule skip them before its (slower) pattern runs.
_T_DIGIT = re.compile(r"[0-9]")
_T_MONTH = re.compile(r"jan|feb|mar|apr|may|jun|jul|aug|sep|set|oct|nov|dec|ene|abr|ago|dic", _I)
_T_WEEKDAY = re.compile(r"day|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo", _I)
_T_DAYWORD = re.compile(
    r"yesterday|today|tonight|tomorrow|night|morning|afternoon|evening|ayer|hoy|anoche|mañana|"
    r"antier|noche|tarde",
    _I,
)
_T_UNIT = re.compile(r"day|night|morning|evening|afternoon|week|month|year|decade", _I)
_T_UNIT_ES = re.compile(r"semana|mes|año|d[íi]a|d[ée]cada", _I)
_T_CLOCK = re.compile(r"[0-9][:.][0-5][0-9]")
_T_ZONED_CLOCK = re.compile(r"[0-9]{4}\s*(?:GMT|UTC|local\s+time)")
_T_AMPM = re.compile(r"[0-9]\s?[ap]\.?\s?m", _I)

_MON_DAY_YEAR = rf"{_MON_EN}\s*{_DAYNUM}(?:\s*,?\s*{_YEAR})?"
_DAY_MON_YEAR = rf"(?:the\s+)?{_DAYNUM}\s+(?:of\s+)?{_MON_EN}(?:\s*,?\s*{_YEAR})?"
_DASH = r"(?:-|\u2013|\u2014)"


@functools.cache
def _rules() -> tuple[_Rule, ...]:
    """All rules, compiled on first use (about 30 ms) rather than at import."""
    return (
        _rule(
            rf"(?<![0-9A-Za-z/.-])(?P<y>{_YEAR_DIGITS})-(?P<m>[01][0-9])-(?P<d>[0-3][0-9])(?![0-9])",
            _build_iso,
            _T_DIGIT,
        ),
        _rule(
            rf"(?<![0-9A-Za-z/.-])(?P<y>{_YEAR_DIGITS})/(?P<m>[01]?[0-9])/(?P<d>[0-3]?[0-9])(?![0-9/])",
            _build_iso,
            _T_DIGIT,
        ),
        _rule(_MON_DAY_YEAR, _build_day_month, _T_DIGIT, _T_MONTH),
        _rule(_DAY_MON_YEAR, _build_day_month, _T_DIGIT, _T_MONTH),
        _rule(
            rf"{_DAYNUM}\s+de\s+{_MON_ES}(?:\s+(?:de|del)\s+{_YEAR})?",
            _build_day_month,
            _T_DIGIT,
            _T_MONTH,
        ),
        _rule(
            rf"{_MON_EN}\s*{_DAYNUM}\s*(?:{_DASH}|to|and|or|through)\s*"
            rf"(?P<d2>[0-3]?[0-9])(?:st|nd|rd|th)?(?![0-9])(?![.,][0-9])(?:\s*,?\s*{_YEAR})?",
            _build_day_range,
            _T_DIGIT,
            _T_MONTH,
        ),
        _rule(
            rf"{_DAYNUM}\s*(?:{_DASH}|to|and|or)\s*(?P<d2>[0-3]?[0-9])(?:st|nd|rd|th)?\s+"
            rf"(?:of\s+)?{_MON_EN}(?:\s*,?\s*{_YEAR})?",
            _build_day_range,
            _T_DIGIT,
            _T_MONTH,
        ),
        _rule(
            rf"{_DAYNUM}\s*(?:{_DASH}|y|al?)\s*(?P<d2>[0-3]?[0-9])\s+de\s+{_MON_ES}"
            rf"(?:\s+(?:de|del)\s+{_YEAR})?",
            _build_day_range,
            _T_DIGIT,
            _T_MONTH,
        ),
        _rule(
            rf"{_NO_LETTER_BEFORE}(?:(?P<rel>last|this|next)\s+)?{_HOLIDAY}{_NOT_LETTER}"
            rf"(?:\s+(?P<part>morning|afternoon|evening|night){_NOT_LETTER})?"
            rf"(?:\s*,?\s*{_YEAR})?",
            _build_holiday,
            re.compile(
                r"christmas|boxing|new\s+year|valentine|hallowe|bastille|patrick|fawkes|"
                r"bonfire|fourth",
                _I,
            ),
        ),
        _rule(
            rf"{_MON_EN}(?:\s+of)?\s+(?P<yrel>last|this|next)\s+year{_NOT_LETTER}",
            _build_month_of_relative_year,
            _T_MONTH,
        ),
        _rule(rf"{_MON_EN}(?:\s+of|,)?\s+{_YEAR}", _build_month_year, _T_DIGIT, _T_MONTH),
        _rule(rf"{_MON_ES}(?:\s+(?:de|del))?\s+{_YEAR}", _build_month_year, _T_DIGIT, _T_MONTH),
        _rule(
            rf"{_NO_LETTER_BEFORE}(?:(?P<rel>last|next|this|this\s+past|this\s+coming|coming|past)\s+)?"
            rf"{_MON_EN_BARE}",
            _build_bare_month,
            _T_MONTH,
        ),
        _rule(
            rf"{_NO_LETTER_BEFORE}(?:(?:el\s+)?(?P<rel>pasado|pr[óo]ximo)\s+)?{_MON_ES}"
            rf"(?:\s+(?P<rel2>pasado|pr[óo]ximo|que\s+viene))?",
            _build_bare_month,
            _T_MONTH,
        ),
        _rule(
            rf"(?<![0-9.,$£€¥#/:])(?P<y>{_YEAR_DIGITS})(?P<s>s)?(?![0-9])(?![.,:/][0-9])",
            _build_year,
            _T_DIGIT,
        ),
        # A year before 1900 only where a preposition makes it one: "founded in
        # 1856", "since 1889" ("1856 people" is a count).
        _rule(
            r"(?:(?<=\bin\s)|(?<=\bsince\s)|(?<=\bfrom\s)|(?<=\buntil\s)|(?<=\bbefore\s)"
            r"|(?<=\bafter\s)|(?<=\bin\searly\s)|(?<=\bin\slate\s))"
            r"(?P<y>1[5-8][0-9]{2})(?P<s>s)?(?![0-9])(?![.,:/][0-9])",
            _build_year,
            _T_DIGIT,
        ),
        _rule(
            rf"(?<![0-9.,/:-])(?P<y>{_YEAR_DIGITS})\s*(?:{_DASH}|/)\s*"
            r"(?P<y2>(?:19|20)[0-9]{2}|[0-9]{2})(?![0-9])(?![-/.][0-9])",
            _build_year_range,
            _T_DIGIT,
        ),
        _rule(
            rf"{_NO_LETTER_BEFORE}(?:(?P<rel>last|this\s+past|this\s+coming|this|next|past|coming)\s+)?"
            rf"(?P<wd>{_WD_EN}){_NOT_LETTER}"
            rf"(?:\s+(?:of\s+)?(?P<wk>last|this|next)\s+week{_NOT_LETTER})?"
            rf"(?:\s+(?P<part>morning|afternoon|evening|night){_NOT_LETTER})?",
            _build_weekday,
            _T_WEEKDAY,
        ),
        _rule(
            rf"{_NO_LETTER_BEFORE}(?:la\s+(?P<part2>madrugada|mañana|tarde|noche)\s+del?\s+"
            rf"|(?:el\s+)?(?P<rel>pasado|pr[óo]ximo)\s+)?"
            rf"(?P<wd>{_WD_ES}){_NOT_LETTER}(?:\s+(?P<rel2>pasado|pr[óo]ximo|que\s+viene){_NOT_LETTER})?"
            rf"(?:\s+(?:por|en)\s+la\s+(?P<part>mañana|tarde|noche|madrugada){_NOT_LETTER})?",
            _build_weekday,
            _T_WEEKDAY,
        ),
        _rule(
            rf"{_NO_LETTER_BEFORE}(?P<w>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|"
            rf"yesterday|today|tonight|tomorrow|last\s+night|this\s+(?:morning|afternoon|evening))"
            rf"{_NOT_LETTER}(?:\s+(?P<part>morning|afternoon|evening|night){_NOT_LETTER})?",
            _build_relative_day,
            _T_DAYWORD,
        ),
        _rule(
            rf"{_NO_LETTER_BEFORE}(?P<w>anteayer|antier|antes\s+de\s+ayer|pasado\s+mañana|ayer|hoy|"
            rf"anoche|esta\s+(?:noche|mañana|tarde)|mañana){_NOT_LETTER}"
            rf"(?:\s+(?:por|en)\s+la\s+(?P<part>mañana|tarde|noche){_NOT_LETTER})?",
            _build_relative_day,
            _T_DAYWORD,
        ),
        _rule(
            rf"{_NO_LETTER_BEFORE}(?:(?P<rel>last|this\s+past|this\s+coming|this|next|coming|past)\s+"
            rf"(?P<unit>week|month|year|weekend)"
            rf"|(?:(?:la|el)\s+)?(?P<unit2>semana|mes|año)\s+(?P<rel2>pasad[oa]|pr[óo]xim[oa]|que\s+viene)"
            rf"|(?P<rel3>est[ea]|(?:la|el)\s+pr[óo]xim[oa])\s+(?P<unit3>semana|mes|año)"
            rf"|(?:over|at|during|on)\s+the\s+(?P<unit4>weekend)){_NOT_LETTER}",
            _build_period,
            re.compile(r"week|month|year|semana|mes|año", _I),
        ),
        _rule(
            rf"{_NO_LETTER_BEFORE}(?P<dir>earlier|later)\s+(?:this|in\s+the)\s+"
            rf"(?P<unit>week|month|year){_NOT_LETTER}",
            _build_partial_period,
            _T_UNIT,
        ),
        _rule(
            rf"{_NO_LETTER_BEFORE}(?:the\s+)?(?P<edge>end|start|beginning|middle)\s+of\s+(?:the|this)\s+"
            rf"(?P<unit>week|month|year){_NOT_LETTER}",
            _build_edge_of_period,
            _T_UNIT,
        ),
        _rule(
            rf"{_NO_LETTER_BEFORE}the\s+(?P<rel>past|last|previous|preceding)\s+"
            rf"(?:(?P<n>{_NUM}|{_VAGUE})\s+)?(?P<unit>days?|weeks?|months?|years?|decades?){_NOT_LETTER}",
            _build_window,
            _T_UNIT,
        ),
        _rule(
            rf"{_NO_LETTER_BEFORE}(?P<prep>in|for)\s+(?:(?P<n>{_NUM})|a)\s+(?P<unit>years?|decades?)"
            rf"{_NOT_LETTER}",
            _build_span_back,
            _T_UNIT,
        ),
        _rule(
            rf"{_NO_LETTER_BEFORE}(?P<unit>days?|weeks?|months?|years?|decades?)\s+ago{_NOT_LETTER}",
            _build_ago,
            _T_UNIT,
        ),
        _rule(
            rf"{_NO_LETTER_BEFORE}hace\s+(?:(?P<n2>{_VAGUE}|{_NUM})\s+)?"
            rf"(?P<unit2>d[íi]as?|semanas?|mes(?:es)?|años?|d[ée]cadas?){_NOT_LETTER}",
            _build_ago,
            _T_UNIT_ES,
        ),
        _rule(
            rf"{_NO_LETTER_BEFORE}(?:(?:the\s+)?(?:same|next|following|previous|preceding)\s+"
            rf"(?:day|night|morning|evening|afternoon)"
            rf"|(?:the\s+)?(?:following|previous|preceding)\s+(?:week|month|year|weekend|{_WD_EN})"
            rf"|(?:the|a)\s+(?:day|night|week|month|year)\s+(?:before|after|earlier|later)"
            rf"(?!\s+(?:yesterday|tomorrow))"
            rf"|that\s+(?:day|night|morning|evening|afternoon)){_NOT_LETTER}",
            _build_anaphor,
            _T_UNIT,
        ),
        _rule(
            rf"{_NO_LETTER_BEFORE}(?:days?|weeks?|months?|years?)\s+(?:later|earlier|afterwards)"
            rf"{_NOT_LETTER}",
            _build_count_later,
            _T_UNIT,
        ),
        _rule(
            rf"{_NO_LETTER_BEFORE}(?:(?P<rel>last|this|next|past|coming)\s+"
            rf"|(?P<prep>in|during|over|by|until|through|since)\s+the\s+)?"
            rf"(?P<season>spring|summer|autumn|fall|winter){_NOT_LETTER}(?:\s+(?:of\s+)?{_YEAR})?",
            _build_season,
            re.compile(r"spring|summer|autumn|fall|winter", _I),
        ),
        _rule(
            rf"(?<![0-9.,:])(?P<h>[01]?[0-9]|2[0-3])(?P<sep>[:.])(?P<mm>[0-5][0-9])"
            rf"(?![0-9])(?!:[0-9])(?:\s?{_AMPM})?",
            _build_clock,
            _T_CLOCK,
        ),
        # "0030 GMT": a four-digit clock, only with its zone (else a year or a count).
        _rule(
            r"(?<![0-9.,:])(?P<h>[01][0-9]|2[0-3])(?P<mm>[0-5][0-9])"
            r"(?=\s*(?:GMT|UTC)(?![A-Za-z])|\s+local\s+time\b)",
            _build_clock,
            _T_ZONED_CLOCK,
        ),
        _rule(rf"(?<![0-9.,:])(?P<h>1[0-2]|0?[0-9])\s?{_AMPM}", _build_clock, _T_AMPM),
        _rule(
            rf"(?<![0-9.,:])(?P<h>1[0-2]|0?[0-9])(?::(?P<mm>[0-5][0-9]))?\s*(?:{_DASH}|to|and)\s*"
            rf"(?P<h2>1[0-2]|0?[0-9])(?::(?P<mm2>[0-5][0-9]))?\s?{_AMPM}",
            _build_clock_range,
            _T_AMPM,
        ),
        _rule(_WORD_CLOCK, _build_word_clock, re.compile(r"past|to\s|o['\u2019]clock", _I)),
        _rule(
            rf"{_NO_LETTER_BEFORE}(?:noon|midday|mediod[íi]a){_NOT_LETTER}",
            _build_noon,
            re.compile(r"noon|midday|mediod", _I),
        ),
        _rule(
            rf"{_NO_LETTER_BEFORE}(?:midnight|medianoche){_NOT_LETTER}",
            _build_midnight,
            re.compile(r"midnight|medianoche", _I),
        ),
        _rule(
            rf"{_NO_LETTER_BEFORE}(?:(?:in|during)\s+the\s+(?P<part>morning|afternoon|evening|night)"
            rf"|(?:on\s+)?the\s+(?P<part_of>morning|afternoon|evening|night)\s+of"
            rf"|that\s+(?P<part_that>morning|afternoon|evening|night)|at\s+(?P<part_at>night)"
            rf"|(?:por|de|en)\s+la\s+(?P<part_es>mañana|tarde|noche)|de\s+(?P<part_mad>madrugada))"
            rf"{_NOT_LETTER}",
            _build_part_of_day,
            _T_DAYWORD,
        ),
    )


# ---------------------------------------------------------------------------
# Selection and merging
# ---------------------------------------------------------------------------


def _candidates(ctx: _Context) -> list[_Hit]:
    hits: list[_Hit] = []
    present: dict[re.Pattern[str], bool] = {}  # rules share triggers: test each once per text

    def found(trigger: re.Pattern[str]) -> bool:
        if trigger not in present:
            present[trigger] = trigger.search(ctx.text) is not None
        return present[trigger]

    for rule in _rules():
        if not all(found(trigger) for trigger in rule.triggers):
            continue
        for m in rule.pattern.finditer(ctx.text):
            if m.end() == m.start():
                continue
            try:
                hit = rule.build(m, ctx)
            except (ValueError, OverflowError):
                hit = None  # an anchor at the edge of the calendar: drop, never raise
            if hit is not None:
                hits.append(hit)
    return hits


def _select(hits: list[_Hit]) -> list[_Hit]:
    """Longest matches win; ties go to the earlier rule (more specific)."""
    chosen: list[_Hit] = []
    taken: list[tuple[int, int]] = []
    for hit in sorted(hits, key=lambda h: (-(h.end - h.start), h.start)):
        if any(hit.start < e and hit.end > s for s, e in taken):
            continue
        chosen.append(hit)
        taken.append((hit.start, hit.end))
    return sorted(chosen, key=lambda h: h.start)


def _merge_appositions(hits: list[_Hit], text: str) -> list[_Hit]:
    """One day named twice: "Wednesday, March 20" keeps the date, "mañana, martes" the
    relative word ("yesterday (Monday)" too)."""
    out: list[_Hit] = []
    for hit in hits:
        prev = out[-1] if out else None
        gap = text[prev.end : hit.start] if prev else ""
        if prev is not None and prev.kind == "weekday" and hit.kind == "date":
            if re.fullmatch(r"\s*,?\s*(?:the\s+|el\s+)?", gap, re.IGNORECASE):
                out[-1] = replace(hit, start=prev.start)
                continue
        if (
            prev is not None
            and {prev.kind, hit.kind} == {"reldate", "weekday"}
            and re.fullmatch(r"\s*[,(]\s*", gap)
        ):
            keep = prev if prev.kind == "reldate" else hit
            end = hit.end + (1 if text[hit.end : hit.end + 1] == ")" else 0)
            out[-1] = replace(keep, start=prev.start, end=end, minutes=prev.minutes or hit.minutes)
            continue
        out.append(hit)
    return out


_PART_TAIL = _lazy(
    r"(?:\bthe\s+(?:early|small|wee)\s+(?P<part>hours)\s+of\s+"
    r"|\b(?P<part2>early|mid|late)[\s\-\u2013]*(?:on\s+|in\s+)?"
    r"|\b(?:the\s+)?(?P<edge>end|start|beginning|middle)\s+of\s+(?:the\s+)?)$",
    re.IGNORECASE,
)
_PART_UNITS = frozenset({"month", "year", "decade", "season", "week", "range"})


def _apply_parts(hits: list[_Hit], text: str) -> list[_Hit]:
    """ "mid-October", "late April", "early next year", "late on Monday", "the end of 2025"."""
    out: list[_Hit] = []
    for hit in hits:
        found = _PART_TAIL.search(text, max(0, hit.start - 30), hit.start)
        if found and found.end() == hit.start:
            which = (found["part"] or found["part2"] or found["edge"]).lower()
            which = {"beginning": "start", "middle": "mid"}.get(which, which)
            if which == "hours":
                # "in the early hours of Monday": the small hours of that day
                # (the text stays "Monday", which judge reads as a bare weekday)
                if hit.grain == "day" and not hit.clock:
                    hit = replace(hit, minutes=_PARTS_OF_DAY["hours"])
            elif hit.grain == "day" and which in ("early", "late") and not hit.clock:
                # "early on Friday afternoon": the first two thirds of the
                # afternoon (loosely: 2:30 p.m. is still early afternoon to
                # some), not the small hours a bare "early on Friday" means.
                part = hit.minutes
                if part in (_PARTS_OF_DAY["morning"], _DAYLIGHT_MORNING) and which == "early":
                    minutes = _PARTS_OF_DAY["early"]  # "early this morning": the small hours too
                elif part is not None:
                    if part == _PARTS_OF_DAY["morning"]:
                        part = _DAYLIGHT_MORNING
                    third = (part[1] - part[0]) // 3
                    early = which == "early"
                    minutes = (part[0], part[1] - third) if early else (part[0] + third, part[1])
                else:
                    minutes = _PARTS_OF_DAY[which]
                hit = replace(hit, start=found.start(), minutes=minutes)
            elif hit.grain == "period" and hit.unit in _PART_UNITS:
                span = (
                    _part_of(hit.low, hit.high, which, hit.unit) if hit.low and hit.high else None
                )
                low, high = span if span else (None, None)
                hit = replace(hit, start=found.start(), low=low, high=high, unit="part")
        out.append(hit)
    return out


_RANGE_GAP = re.compile(
    r"\s*(?:-|\u2013|\u2014|to|through|thru|until|till|and|a|al|y|hasta)\s*", re.IGNORECASE
)
_RANGE_OPEN = re.compile(r"\b(?:between|from|entre|del?|desde)\s+(?:the\s+)?$", re.IGNORECASE)


def _merge_ranges(hits: list[_Hit], ctx: _Context) -> list[_Hit]:
    """ "between 2012 and 2023", "from March 2022 to July 2023", "October-November".

    Two ends written without a year run forwards within twelve months: "from
    January to June" in a past sentence dated March is January to June of last
    year, not last June to this January (each end read alone would take its
    own latest past year). The tense keeps the end a past range must reach, or
    the start a future one sets out from.
    """
    text = ctx.text
    out: list[_Hit] = []
    for hit in hits:
        prev = out[-1] if out else None
        if prev is None or (prev.grain == "time") != (hit.grain == "time"):
            out.append(hit)
            continue
        gap = text[prev.end : hit.start]
        opener = _RANGE_OPEN.search(text, max(0, prev.start - 12), prev.start)
        dash = re.fullmatch(r"\s*[-\u2013\u2014]\s*", gap) is not None
        if not _RANGE_GAP.fullmatch(gap) or not (dash or opener):
            out.append(hit)
            continue
        start = opener.start() if opener else prev.start
        if hit.grain == "time":
            if prev.minutes and hit.minutes and prev.minutes[0] <= hit.minutes[1]:
                minutes = (prev.minutes[0], hit.minutes[1])
                out[-1] = replace(prev, start=start, end=hit.end, minutes=minutes)
            elif prev.minutes and hit.minutes:
                # "a curfew between 11 p.m. and 5 a.m.": hours of every night,
                # not a time of the day the sentence names (`_merge_times`).
                out[-1] = replace(prev, kind="overnight")
                out.append(replace(hit, kind="overnight"))
            else:
                out.append(hit)
            continue
        inferred = prev.year_inferred and hit.year_inferred
        if inferred and prev.low and prev.high and hit.low and hit.high and hit.low < prev.low:
            if ctx.future(start, hit.end):
                hit = replace(hit, low=_add_months(hit.low, 12), high=_add_months(hit.high, 12))
            else:
                prev = replace(
                    prev, low=_add_months(prev.low, -12), high=_add_months(prev.high, -12)
                )
        if prev.low and prev.high and hit.low and hit.high:
            low, high = min(prev.low, hit.low), max(prev.high, hit.high)
        else:
            low = high = None
        relative = prev.relative or hit.relative
        out[-1] = _Hit(
            start, hit.end, low, high, relative, "period", kind="range", unit="range",
            year_inferred=inferred,
        )  # fmt: skip
    return out


def _apply_bounds(hits: list[_Hit], text: str, anchor: dt.date | None) -> list[_Hit]:
    """ "since 2007" runs from 2007 to the anchor; "by 2025" from the anchor to 2025."""
    out: list[_Hit] = []
    for hit in hits:
        if hit.grain != "time":
            window = text[max(0, hit.start - 40) : hit.start]
            since = _SINCE_TAIL.search(window)
            if since is None:
                window = text[max(0, hit.start - 80) : hit.start]
                since = _SINCE_EVENT_TAIL.search(window)
            by = _BY_TAIL.search(window)
            found = since or by
            if found and hit.low is not None and hit.high is not None:
                if since and anchor and hit.year_inferred and hit.low > anchor:
                    # "since January 17" looks back: a day not yet come is last year's.
                    hit = replace(
                        hit, low=_add_months(hit.low, -12), high=_add_months(hit.high, -12)
                    )
                period = (hit.low, hit.high)
                if since:
                    low, high = hit.low, max(anchor, hit.high) if anchor else hit.high
                else:
                    low, high = (min(anchor, hit.low) if anchor else hit.low), hit.high
                hit = replace(
                    hit, start=hit.start - (len(window) - found.start()), low=low, high=high,
                    grain="period", bound="since" if since else "by", period=period,
                )  # fmt: skip
                # Dates inside the event the bound names are part of it, not
                # dates of their own ("since Monday in 2000": one since-period).
                out = [h for h in out if h.end <= hit.start]
        out.append(hit)
    return out


def _merge_times(hits: list[_Hit], ctx: _Context) -> list[_Hit]:
    """Put each time of day on the nearest day of its sentence ("10 p.m. on Monday")."""
    out = list(hits)
    for want_clock in (True, False):
        for hit in [
            h for h in out if h.grain == "time" and h.clock == want_clock and h.kind != "overnight"
        ]:
            sentence = ctx.sentence_index(hit.start)
            days = [
                h for h in out
                if h.grain == "day" and not h.clock and ctx.sentence_index(h.start) == sentence
                and (want_clock or h.minutes is None)
            ]  # fmt: skip
            if not days:
                continue
            day = min(days, key=lambda h: max(h.start - hit.end, hit.start - h.end, 0))
            minutes = hit.minutes
            if minutes and hit.twelve_hour and day.minutes and day.minutes[0] >= 720:
                minutes = (
                    minutes[0] + 720,
                    min(minutes[1] + 720, _LAST_MINUTE),
                )  # "10:17 on Monday night"
            if (
                minutes
                and day.minutes
                and (minutes[1] < day.minutes[0] or minutes[0] > day.minutes[1])
            ):
                # "lands this afternoon, and a parade begins at 6pm": a time
                # outside the day's part is another moment of that day; the
                # part stays the first clause's ("struck at about 2 p.m., then
                # ... reached the island late that night").
                own = replace(
                    day, start=hit.start, end=hit.end, minutes=minutes, clock=want_clock,
                    utc=hit.utc, zone=hit.zone,
                )  # fmt: skip
                out = [own if h is hit else h for h in out]
                continue
            merged = replace(
                day, start=min(day.start, hit.start), end=max(day.end, hit.end),
                minutes=minutes, clock=want_clock, utc=hit.utc, zone=hit.zone,
            )  # fmt: skip
            out = [merged if h is day else h for h in out if h is not hit]
    return sorted(out, key=lambda h: h.start)


def _to_ref(hit: _Hit, text: str) -> DateRef:
    return DateRef(
        low=hit.low,
        high=hit.high,
        relative=hit.relative,
        minutes=hit.minutes,
        text=text[hit.start : hit.end],
        start=hit.start,
        end=hit.end,
        bound=hit.bound,
        period=hit.period,
        utc=hit.utc,
        zone=hit.zone,
        year_inferred=hit.year_inferred,
    )


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------


@functools.lru_cache(maxsize=SENTENCE_CACHE)  # per sentence and anchor
def parse_dates(text: str, *, anchor: dt.date | None) -> tuple[DateRef, ...]:
    """Every date, period and time of day in ``text``, in text order.

    Args:
        text: a sentence (or a few); tense cues and time merging work per sentence.
        anchor: the publication date relative expressions resolve against; with
            ``None`` they come back with ``low = high = None`` and ``relative=True``.
    """
    if not text:
        return ()
    ctx = _Context(text, anchor)
    hits = _select(_candidates(ctx))
    hits = _merge_appositions(hits, text)
    hits = _apply_parts(hits, text)
    hits = _merge_ranges(hits, ctx)
    # Times join their days first, so "by 2pm on Monday" is one deadline.
    hits = _merge_times(hits, ctx)
    hits = _apply_bounds(hits, text, anchor)
    hits = _resolve_anaphors(hits, text)
    return tuple(_to_ref(_unanchored_in_quote(h, text), text) for h in hits)


_DAY_PARTS = r"(?:day|morning|afternoon|evening|night)"
_ANAPHOR_NEXT = _lazy(
    rf"\b(?:next|following)\s+{_DAY_PARTS}\b|\bday\s+(?:after|later)\b", re.IGNORECASE
)
_ANAPHOR_BEFORE = _lazy(
    rf"\b(?:previous|preceding)\s+{_DAY_PARTS}\b|\bday\s+(?:before|earlier)\b", re.IGNORECASE
)
_ANAPHOR_SAME = _lazy(rf"\b(?:same|that)\s+{_DAY_PARTS}\b", re.IGNORECASE)
_ANAPHOR_PART = _lazy(r"\b(morning|afternoon|evening|night)\b", re.IGNORECASE)
# "the day before the attack", "a day after Sheikh Hasina quit": counted from
# the event named after it (`events`, `judge`), not from the date before it.
_EVENT_AFTER = _lazy(
    r"(?<=after|efore)\s+(?!(?:and|but|when|while|as|with|to|in|on|at|for)\b)[^\W\d_]",
    re.IGNORECASE,
)


def _resolve_anaphors(hits: list[_Hit], text: str) -> list[_Hit]:
    """ "on August 9 ... and had all five open by the next day": a day told
    from the sentence's own date before it is that date's neighbour (or the
    same day, for "that evening"); with no date before it, it stays unresolved."""
    out = list(hits)
    for i, h in enumerate(out):
        if h.kind != "anaphor" or h.low is not None or _EVENT_AFTER.match(text, h.end):
            continue
        phrase = text[h.start : h.end]
        if _ANAPHOR_NEXT.search(phrase):
            offset = 1
        elif _ANAPHOR_BEFORE.search(phrase):
            offset = -1
        elif _ANAPHOR_SAME.search(phrase):
            offset = 0
        else:
            continue
        earlier = [
            p
            for p in out[:i]
            if p.grain == "day"
            and p.low is not None
            and p.low == p.high
            and not p.bound
            and not _SENTENCE_BREAK.search(text, p.end, h.start)
        ]
        if not earlier:
            continue
        day = earlier[-1].low + dt.timedelta(days=offset)  # type: ignore[operator]
        part = _ANAPHOR_PART.search(phrase)
        minutes = _PARTS_OF_DAY[part.group(1).lower()] if part else None
        out[i] = replace(h, low=day, high=day, minutes=minutes or h.minutes)
    return out


_QUOTED = re.compile(r"[\"\u201c][^\"\u201d]*[\"\u201d]")


def _unanchored_in_quote(hit: _Hit, text: str) -> _Hit:
    """ "Today begins the reconstruction," he told supporters: a relative date
    inside a quotation counts from when it was said, not from the publication
    date, so it stays unresolved."""
    if not hit.relative or hit.low is None:
        return hit
    if any(m.start() < hit.start and hit.end < m.end() for m in _QUOTED.finditer(text)):
        return replace(hit, low=None, high=None, bound="", period=None)
    return hit


def _overlap(a: tuple[object, object], b: tuple[object, object]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]  # type: ignore[operator]


_NAMES_A_DAY = _lazy(
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:yesterday|tomorrow|today|tonight)\b|"
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)",
    re.IGNORECASE,
)


def in_year_of(d: DateRef, other: DateRef) -> DateRef:
    """``d`` moved into ``other``'s year when neither wrote its year.

    "was due Nov. 11" and "is set for Nov. 11" name one day, but the tense
    sends one to last year and one to this: two inferred years a year apart
    say nothing, while the month and day still do ("Nov. 11" against "Nov.
    12", "November" against "October"). Anything else comes back unchanged.
    """
    if not (d.year_inferred and other.year_inferred):
        return d
    mine, theirs = d.period or (d.low, d.high), other.period or (other.low, other.high)
    if mine[0] is None or mine[1] is None or theirs[0] is None:
        return d
    years = theirs[0].year - mine[0].year
    if abs(years) != 1:
        return d  # inference moves a year at most; further apart, the anchors differ

    def moved(day: dt.date) -> dt.date:
        return _add_months(day, 12 * years)

    period = (moved(mine[0]), moved(mine[1]))
    if d.period is None:
        return replace(d, low=period[0], high=period[1])
    # "by June 30" runs from the anchor to the day: keep the run, reach the moved day.
    low, high = min(d.low or period[0], period[0]), max(d.high or period[1], period[1])
    return replace(d, low=low, high=high, period=period)


def dates_compatible(a: DateRef, b: DateRef) -> bool | None:
    """Whether two dates can name the same moment; ``None`` when either is unresolved.

    Day intervals must overlap, and so must the minute intervals when both
    give a time. Two "since" (or two "by") bounds compare the periods they
    name, so "since 2007" = "since February 2007" but not "since 2015". When a
    side has no resolved day but both give a time of day ("10:17 p.m." in a
    sentence without a date), the times alone decide. A GMT/UTC time and a
    local one are not compared (the place's offset is unknown). Two dates
    written without a year may also be read in one year (`in_year_of`).
    """
    found = _compatible(a, b)
    moved = in_year_of(b, a)
    return _compatible(a, moved) if moved is not b and not found else found


_NIGHT_WORD = re.compile(r"\b(?:to)?night\b", re.IGNORECASE)  # not "midnight"


def _night_into_small_hours(night: DateRef, other: DateRef) -> bool:
    """A night ("tonight", "last night", "on Sunday night") runs past
    midnight into the small hours of the next day ("at about 1 a.m. on
    Monday", "in the early hours of Monday"). An evening does not ("late
    yesterday evening" is not "the early hours of Sunday")."""
    return (
        night.minutes is not None
        and night.minutes[1] == _LAST_MINUTE
        and night.minutes[0] >= _PARTS_OF_DAY["night"][0]
        and _NIGHT_WORD.search(night.text) is not None
        and other.minutes is not None
        and other.minutes[1] <= _PARTS_OF_DAY["hours"][1]
        and night.utc == other.utc
        and night.low is not None
        and night.low == night.high
        and other.low is not None
        and other.low == other.high == night.low + dt.timedelta(days=1)
    )


def _by_clock(d: DateRef) -> DateRef:
    """ "by 7.30 am yesterday": any time of that day up to the clock."""
    if d.bound == "by" and d.minutes is not None:
        return replace(d, minutes=(0, d.minutes[1]))
    return d


def _compatible(a: DateRef, b: DateRef) -> bool | None:
    """`dates_compatible` with the years as resolved."""
    if _night_into_small_hours(a, b) or _night_into_small_hours(b, a):
        return True
    a, b = _by_clock(a), _by_clock(b)
    if a.bound and a.bound == b.bound and a.period and b.period:
        return _overlap(a.period, b.period)
    # "reigned for 70 years" (dated September 2022) may have begun any time in
    # its period: a reign "that began in February 1952" is in it.
    a, b = _from_period_start(a), _from_period_start(b)
    days_known = None not in (a.low, a.high, b.low, b.high)
    if not days_known and any(
        d.relative and d.low is None and _NAMES_A_DAY.search(d.text) for d in (a, b)
    ):
        # "Monday afternoon" in an undated source: some afternoon of an unknown
        # day, which the other side's afternoon neither matches nor contradicts
        # ("that evening" is the sentence's own day: its time still compares).
        return None
    if a.minutes is not None and b.minutes is not None and a.utc != b.utc:
        # "01:17 GMT" against a local "04:17": the offset is unknown, so the
        # times say nothing, and the day may differ by one.
        if not days_known:
            return None
        one = dt.timedelta(days=1)
        return _overlap((a.low - one, a.high + one), (b.low, b.high))  # type: ignore[operator]
    if days_known and not _overlap((a.low, a.high), (b.low, b.high)):
        return False
    if a.minutes is not None and b.minutes is not None:
        return _overlap(a.minutes, b.minutes) and _times_meet(a.minutes, b.minutes)
    return True if days_known else None


def _from_period_start(d: DateRef) -> DateRef:
    """A "since" bound from the start of the period it names, which a span
    counted back ("for 70 years") puts a year either side of its low."""
    if d.bound != "since" or d.period is None or d.low is None or d.period[0] >= d.low:
        return d
    return replace(d, low=d.period[0])


def times_meet(x: tuple[int, int], y: tuple[int, int]) -> bool:
    """Whether two overlapping clock intervals (minutes) name one moment (`_times_meet`)."""
    return _times_meet(x, y)


def _times_meet(x: tuple[int, int], y: tuple[int, int]) -> bool:
    """Two rounded times of day name one moment only if more than their ends
    touch ("shortly after 10 a.m." is not "about 9:45 a.m."), and the wider
    one holds the other's middle ("about 10:15" is not "about 10:35"; two
    equally round ones must each hold the other's)."""
    if x[0] == x[1] or y[0] == y[1]:
        return True  # an exact time: overlapping is enough
    if x[1] <= y[0] or y[1] <= x[0]:
        return False
    x_holds = x[0] <= (y[0] + y[1]) / 2 <= x[1]
    y_holds = y[0] <= (x[0] + x[1]) / 2 <= y[1]
    wx, wy = x[1] - x[0], y[1] - y[0]
    if wx == wy:
        return x_holds and y_holds
    return x_holds if wx > wy else y_holds


def _format_minutes(minutes: tuple[int, int]) -> str:
    def clock(m: int) -> str:
        return f"{m // 60:02d}:{m % 60:02d}"

    low, high = minutes
    return clock(low) if low == high else f"{clock(low)}..{clock(high)}"


def format_date(d: DateRef) -> str:
    """Print a date for reports.

    "2021-09-09", "2021-10-01..2021-11-30", "2023-12-18 22:17", "22:00..22:30" (a time
    with no day), "since 2007-01-01..2007-12-31", 'unresolved ("last Thursday")'.
    """
    if d.low is None or d.high is None:
        if d.minutes is not None:
            return _format_minutes(d.minutes)
        return f'unresolved ("{d.text}")'
    if d.bound and d.period:
        low, high = d.period
        named = low.isoformat() if low == high else f"{low.isoformat()}..{high.isoformat()}"
        return f"{d.bound} {named}"
    days = d.low.isoformat() if d.low == d.high else f"{d.low.isoformat()}..{d.high.isoformat()}"
    return f"{days} {_format_minutes(d.minutes)}" if d.minutes is not None else days
