"""Stage 7: judge each aligned pair CORROBORATED or DIVERGENT.

Each rule is a small function over two claims that returns a `Finding` when it
sees an irreconcilable detail, or None. `judge_pair` runs the rules in order and
the first finding decides; a pair no rule objects to is corroborated. The order
follows how decisive a detail is: who said it and how sure they are change the
claim itself, a conflicting figure or date is the next strongest signal, and
names of people and places come last because sentences often mention extra ones.
"""

from __future__ import annotations

import datetime as dt
import difflib
import math
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import pairwise, product
from types import MappingProxyType

from claimcheck import extract, lexical, parallel
from claimcheck.memo import last_pair, per_claim
from claimcheck.records import (
    Candidate,
    Claim,
    DateRef,
    Dimension,
    Entity,
    Judgement,
    Kind,
    Label,
    Quantity,
)
from claimcheck.slots import dates as date_slots
from claimcheck.slots import events, names, numbers, stance, zones


@dataclass(frozen=True, slots=True)
class Finding:
    """One irreconcilable detail between two claims."""

    kind: Kind
    rule: str
    value_a: str
    value_b: str
    # The conflicting figures of one side are bare numbers ("the S, X, 3 and Y"):
    # no counted noun says they measure what the other side's figures do.
    bare: bool = False
    # Further details of other kinds the two claims also disagree on (`other_conflicts`).
    also: tuple[Finding, ...] = ()


Rule = Callable[[Claim, Claim], Finding | None]


def _entities_of(claim: Claim, kind: str) -> list[str]:
    out = []
    for entity in claim.slots.entities:
        if entity.kind != kind:
            continue
        if not any(names.same_entity(entity.text, seen) for seen in out):
            out.append(entity.text)
    return out


def attribution_differs(a: Claim, b: Claim) -> Finding | None:
    """Two named, incompatible sources for the same claim, or the same quoted
    words credited to a person on one side and a body on the other. Not
    across two languages: "la Oficina Meteorológica de Islandia" is "the
    Icelandic Meteorological Office" in other words, which spellings cannot
    tell."""
    sa, sb = _apposed_name(a, _speaker(a)), _apposed_name(b, _speaker(b))
    if sa and sb and stance.attributions_compatible(sa, sb) is False:
        la, lb = lexical.language_of(a.text), lexical.language_of(b.text)
        if la and lb and la != lb:
            return None
        if _apposed(sa, sb, b.text) or _apposed(sb, sa, a.text):
            return None
        if _speaks_for(sa, sb, a.text) or _speaks_for(sb, sa, b.text):
            return None  # "CrowdStrike's chief executive, George Kurtz" vs "CrowdStrike"
        if _referred(a) and _referred(b):
            return None  # two guesses at who "he" is
        if _pronoun_headed(sa) or _pronoun_headed(sb):
            return None  # "Minutes later he": no named source
        if _referred(a) or _referred(b):
            # "he" standing for the speaker the sentence before names: that
            # name is set against the other side's only when the other side
            # does not name it ("he added" beside "Lula told" / "Dino said").
            if _names_speaker(a, sb) or _names_speaker(b, sa):
                return None
        if _speakers_act(a, b):
            return Finding(Kind.PERSON, "speaker_acts", _shown(a), _shown(b))
        return Finding(Kind.ATTRIBUTION, "attribution_differs", _shown(a), _shown(b))
    quoted = _quote_speakers_apart(a, b)
    if quoted is not None:
        return Finding(Kind.ATTRIBUTION, "attribution_differs", *quoted)
    # The same words quoted, one side crediting a person, the other a body.
    if (
        sa
        and sb
        and stance.attributions_compatible(sa, sb) is None
        and stance.share_a_quote(a.text, b.text)
        and stance.person_against_body(sa, sb)
    ):
        return Finding(Kind.ATTRIBUTION, "attribution_differs", sa, sb)
    if sa and sb and _seat_against_ministry(sa, sb):
        return Finding(Kind.ATTRIBUTION, "attribution_differs", sa, sb)
    office = _office_differs(a, b)
    if office is not None:
        return office
    return _finders_differ(a, b)


# A name's words told as a noun: "Investor Marc Andreessen's verdict that R1 was".
_WORDS_OF_RE = re.compile(
    r"['\u2019]s\s+(?:[a-z]+\s+){0,2}?(?:verdict|remark|remarks|description|words|comment"
    r"|comments|assessment|phrase|description|characteri[sz]ation)\b"
)
_QUOTED_RE = re.compile(r"[\"\u201c]([^\"\u201c\u201d]{3,200})[\"\u201d]")


@per_claim
def _quote_speakers(claim: Claim) -> tuple[tuple[str, str], ...]:
    """(quoted words folded, the person who says them) for each quotation the
    sentence credits to a named person: the nearest person before it whom a
    verb of saying follows ("Kishida called the killing "barbaric", while Chief
    Cabinet Secretary Hirokazu Matsuno said it was "absolutely unforgivable""
    gives "absolutely unforgivable" to Matsuno), or whose words a noun names
    ("Marc Andreessen's verdict that R1 was "AI's Sputnik moment"")."""
    text = claim.text
    people = [e for e in claim.slots.entities if e.kind == "person"]
    out = []
    for m in _QUOTED_RE.finditer(text):
        words = " ".join(re.findall(r"[^\W_]+", names.fold_accents(m.group(1)).lower()))
        if len(words.split()) < 2:
            continue
        speaker = None
        for e in people:
            if e.end > m.start():
                break
            if _SAYS_AFTER_LONG_RE.match(text, e.end) or _WORDS_OF_RE.match(text, e.end):
                speaker = e.text
        if speaker is not None:
            out.append((words, speaker))
    return tuple(out)


def _quote_speakers_apart(a: Claim, b: Claim) -> tuple[str, str] | None:
    """The same quoted words (two words or more, one quotation inside the
    other) credited to two different named people, each the nearest speaker
    before the words on their side (`_quote_speakers`): an attribution
    divergence whatever else each sentence credits to whom."""
    la, lb = lexical.language_of(a.text), lexical.language_of(b.text)
    if la and lb and la != lb:
        return None
    for qa, x in _quote_speakers(a):
        for qb, y in _quote_speakers(b):
            if not (qa == qb or f" {qa} " in f" {qb} " or f" {qb} " in f" {qa} "):
                continue
            if names.same_entity(x, y):
                continue
            return x, y
    return None


# What a speaker tells of their own part: "... that he would quit politics",
# "... that Bankman-Fried had directed her to commit the crimes".
_OWN_PART_RE = re.compile(
    r"\b(?:he|she)\s+(?:(?:also|then|soon|not)\s+)?(?:would|will|was\s+going\s+to)\s+"
    r"(?!be\b|have\s+been\b)[a-z]+|\b(?:him|himself|herself)\b"
    # "her" as an object, not a possessive ("directed her to", not "her husband")
    r"|\bher\b(?=\s+(?:to|and|in|at|on|for|with|from|as|that)\b|\s*[,.;:]|\s*$)"
)
# An act announced to come: "announced that the coroner would hold an inquest".
_ANNOUNCED_RE = re.compile(r"\bannounc(?:ed|es|ing)\b")
_ACT_TO_COME_RE = re.compile(
    r"\b(?:would|will)\s+(?:(?:also|soon|not)\s+)?(?!be\b|have\s+been\b)[a-z]+"
)


def _speakers_act(a: Claim, b: Claim) -> bool:
    """Two named speakers whose telling is itself the act both sides report:
    each tells of their own part ("Wolfgang Kubicki announced that he would
    quit politics" / "Christian Lindner said that he would withdraw from
    politics"; the star witness "told jurors that Bankman-Fried had directed
    him" / "her"), or one announces, and both tell, an act to come ("Premier
    Chris Minns said that a coronial inquest would examine the attack" /
    "Michael Daley announced that the coroner would hold an inquest"). Who
    did it is a person divergence (../shared/eval/README.md: announcing is an
    act). Not for words quoted alike (one statement, two speakers), nor for a
    claim two sources tell of someone else ("said the company would cut
    jobs" on both sides, nothing announced)."""
    if stance.share_a_quote(a.text, b.text):
        return False
    ta, tb = stance.unquoted(a.text), stance.unquoted(b.text)
    if _OWN_PART_RE.search(ta) and _OWN_PART_RE.search(tb):
        return True
    return bool(
        (_ANNOUNCED_RE.search(ta) or _ANNOUNCED_RE.search(tb))
        and _ACT_TO_COME_RE.search(ta)
        and _ACT_TO_COME_RE.search(tb)
    )


def _office_differs(a: Claim, b: Claim) -> Finding | None:
    """A speaker named by a role ("the third officer said") against a bare name
    the story gives another title ("Schettino said", whom it calls "The
    captain, Francesco Schettino"): two offices, two speakers."""
    for x, y in ((a, b), (b, a)):
        role = extract.role_words(x.slots.attribution) if x.slots.attribution else None
        title = y.slots.title
        if not role or not title or not extract.titles_apart(role, title):
            continue
        if y.slots.attribution and y.slots.attribution in x.text:
            continue  # this sentence names the other speaker too
        la, lb = lexical.language_of(a.text), lexical.language_of(b.text)
        if la and lb and la != lb:
            return None
        shown = f"{y.slots.attribution} ({title})"
        values = (x.slots.attribution, shown) if x is a else (shown, x.slots.attribution)
        return Finding(Kind.ATTRIBUTION, "attribution_differs", *values)
    return None


# The office of a head of state or government named by its seat: "the
# Kremlin", "Downing Street", "Buckingham Palace", "the Elysée"; and a ministry
# or a minister (not the prime minister, whose office a seat may be).
_SEAT_RE = re.compile(
    r"\b(?:Kremlin|White\s+House|Downing\s+Street|No\.?\s+10|Number\s+10|Elys[ée]e"
    r"|Buckingham\s+Palace|Blue\s+House|Zhongnanhai|Quirinale?|Chancellery)\b"
)
_MINISTRY_RE = re.compile(
    r"\bministry\b|(?<!\bprime\s)(?<!\bfirst\s)(?<!\bchief\s)\bminister\b"
    r"|\b(?:foreign|home|defen[cs]e|interior)\s+(?:office|secretary)\b|\bstate\s+department\b"
    r"|\bsecretary\s+of\s+state\b",
    re.IGNORECASE,
)


def _seat_against_ministry(x: str, y: str) -> bool:
    """One source speaks for a seat of power, the other for a ministry:
    "the Kremlin" / "Foreign Minister Sergei Lavrov", "Kremlin spokesman Dmitry
    Peskov" / "Russia's foreign ministry", "Buckingham Palace" / "the Foreign
    Office": two sources, not one named two ways. A president or prime
    minister and his seat ("the White House" / "President Joe Biden") agree."""
    for seat, ministry in ((x, y), (y, x)):
        if (
            _SEAT_RE.search(seat)
            and not _MINISTRY_RE.search(seat)
            and _MINISTRY_RE.search(ministry)
            and not _SEAT_RE.search(ministry)
        ):
            return True
    return False


# Who found or measured a thing, where no verb of saying names a source: "The
# US Geological Survey registered it as a magnitude 3.3 earthquake", "measured
# at magnitude 6.8 by Morocco's National Institute of Geophysics", "Mandiant,
# which Colonial hired, identified the attackers as ...", "Eurostat figures
# showed", "Barb, the body that measures television audiences, said".
_FINDING_VERBS = (
    r"registered|recorded|measured|calculated|calculates|assessed|assesses|identified"
    r"|identifies|traced|attributed|attributes"
)
_FOUND_AFTER_RE = re.compile(
    r"(?:\s*,\s*(?:which|who|the|a|an)\b[^,;:]{1,80},)?\s+(?:(?:has|have|had|also|quickly|later"
    r"|initially|first|swiftly|itself)\s+){0,2}"
    rf"(?:(?:{_FINDING_VERBS})\s+(?:it|them|this|the|that|as)\b"
    r"|(?:figures|data|statistics)\s+(?:showed|show|shows)\b"
    r"|(?:said|says|told)\b)"
)
_FOUND_BY_RE = re.compile(
    rf"\b(?:{_FINDING_VERBS}|published|released|compiled)\s+(?:(?:at|as)\s+[^,;:]{{1,40}}?\s+)?"
    r"by\s+(?:the\s+)?(?:[A-Z][\w.'\u2019-]*\s+){0,2}$"
)
# A name of capitalised words ("Eurostat", "National Institute of Geophysics"),
# not a common word capitalised at the start ("Event-recorder data show").
_FINDER_NAME_RE = re.compile(
    r"[A-Z][\w'\u2019.&]*(?:\s+(?:of|for|and|the|de|[A-Z][\w'\u2019.&-]*))*"
)


@per_claim
def _finder(claim: Claim) -> str | None:
    """The named body or person a sentence says found or measured its claim
    (see above), or None."""
    text = claim.text
    for e in claim.slots.entities:
        if e.kind == "place" or not _FINDER_NAME_RE.fullmatch(e.text):
            continue
        if _opens(text, e.start) or re.fullmatch(
            r"(?:[A-Z][\w'\u2019-]*\s+){0,3}(?:[a-z]+\s+){0,2}", text[: e.start]
        ):
            if _FOUND_AFTER_RE.match(text, e.end):
                return e.text
        before = text[max(0, e.start - 80) : e.start]
        m = _FOUND_BY_RE.search(before)
        if m and not re.search(r"[;:()]", m.group(0)):
            return e.text
    return None


def _finders_differ(a: Claim, b: Claim) -> Finding | None:
    """A source found by `_finder` on a side no verb of saying credits, set
    against the other side's source: two named sources that cannot be one."""
    sa, sb = _speaker(a), _speaker(b)
    if sa and sb:
        return None
    fa = sa or _finder(a)
    fb = sb or _finder(b)
    if not fa or not fb or stance.is_pronoun(fa) or stance.is_pronoun(fb):
        return None
    la, lb = lexical.language_of(a.text), lexical.language_of(b.text)
    if la and lb and la != lb:
        return None
    if stance.attributions_compatible(fa, fb) is False:
        # A sentence naming the other's source too sets the two side by side
        # ("The Central Weather Administration measured it at 7.2, and the US
        # Geological Survey at 7.4"): no one source against another.
        for source, other in ((fa, b), (fb, a)):
            if any(stance.attributions_compatible(source, e.text) for e in other.slots.entities):
                return None
        return Finding(Kind.ATTRIBUTION, "finder_differs", fa, fb)
    return None


def _apposed_name(claim: Claim, speaker: str | None) -> str | None:
    """A source told by its kind alone, then named in apposition ("According
    to the Italian operator, SITMB, the alarm was raised"): the name; else
    ``speaker`` as it is."""
    if not speaker or not re.fullmatch(r"(?:the|The)\s+[\w\s'\u2019-]+", speaker):
        return speaker
    at = claim.text.find(speaker)
    if at < 0:
        return speaker
    end = at + len(speaker)
    for e in claim.slots.entities:
        if e.kind == "person" or e.kind == "place":
            continue
        if at <= e.start < end:
            return speaker  # the phrase names a body itself: no kind alone
        if re.fullmatch(r",\s+", claim.text[end : e.start]) and claim.text.startswith(",", e.end):
            return e.text
    return speaker


def _referred(claim: Claim) -> bool:
    """The sentence's speaker is a bare "he"/"she" whom the sentence before names."""
    return claim.slots.attribution in ("he", "she") and bool(claim.slots.referent)


def _pronoun_headed(phrase: str) -> bool:
    """A source phrase that ends in a pronoun ("Minutes later he"): no named source."""
    words = phrase.split()
    return len(words) > 1 and stance.is_pronoun(words[-1])


def _speaker(claim: Claim) -> str | None:
    """Who says so: the attribution phrase, or for a bare "he"/"she" the person
    the sentence before names (`extract.resolve_pronouns`)."""
    if _referred(claim):
        return claim.slots.referent
    return claim.slots.attribution


def _shown(claim: Claim) -> str:
    """The speaker as the report shows it: "he (Mr Powell)" for a resolved
    pronoun, "the Italian operator (SITMB)" for a name in apposition."""
    if _referred(claim):
        return f"{claim.slots.attribution} ({claim.slots.referent})"
    apposed = _apposed_name(claim, claim.slots.attribution)
    if apposed and apposed != claim.slots.attribution:
        return f"{claim.slots.attribution} ({apposed})"
    return claim.slots.attribution or ""


def _names_speaker(claim: Claim, speaker: str) -> bool:
    """The other side's speaker is named in this sentence too (as a second speaker)."""
    return any(
        e.kind == "person" and stance.attributions_compatible(e.text, speaker) is True
        for e in claim.slots.entities
    )


def _apposed(name: str, speaker: str, text: str) -> bool:
    """``name`` written beside ``speaker`` with a comma between, one naming the
    other: "Russia's Federal Air Transport Agency, Rosaviatsia, said" credits
    both names, whichever the sentence's speaker is read as."""
    core = re.sub(r"^(?:the|The)\s+", "", name)
    other = re.sub(r"^(?:the|The)\s+", "", speaker)
    return any(_apposition_re(x, y).search(text) for x, y in ((core, other), (other, core)))


def _speaks_for(name: str, body: str, text: str) -> bool:
    """``name`` written after a title the other side's speaker ``body`` owns,
    with a comma between: "CrowdStrike's chief executive, George Kurtz, said"
    has the company's head speak for it, the specific form of the generic
    "CrowdStrike said" (../shared/eval/README.md: not an attribution
    divergence). Not another body's officer ("Delta's chief executive, Ed
    Bastian" against "CrowdStrike")."""
    core = re.sub(r"^(?:the|The)\s+", "", body)
    return _speaks_for_re(core, name).search(text) is not None


@lru_cache(maxsize=4096)
def _speaks_for_re(body: str, name: str) -> re.Pattern[str]:
    """``body``'s, up to five title words, comma, ``name`` (see `_speaks_for`)."""
    return re.compile(
        rf"(?<!\w){re.escape(body)}(?:'s|\u2019s)\s+(?:[a-z][\w-]*\s+){{0,4}}[a-z][\w-]*,\s+"
        rf"{re.escape(name)}(?!\w)",
        re.IGNORECASE,
    )


@lru_cache(maxsize=4096)
def _apposition_re(first: str, second: str) -> re.Pattern[str]:
    """``first``, comma, ``second`` (see `_apposed`); cached: built from names."""
    return re.compile(rf"(?<!\w){re.escape(first)},\s+{re.escape(second)}(?!\w)", re.IGNORECASE)


def hedge_differs(a: Claim, b: Claim) -> Finding | None:
    """Stated as fact on one side, hedged on the other."""
    if stance.hedges_compatible(a.text, b.text):
        return None
    ha = ", ".join(a.slots.hedges) or stance.doubt_report(a.text, b.text) or "stated as fact"
    hb = ", ".join(b.slots.hedges) or stance.doubt_report(b.text, a.text) or "stated as fact"
    return Finding(Kind.HEDGE, "hedge_differs", ha, hb)


def _money(claim: Claim) -> list[Quantity]:
    return [q for q in claim.slots.quantities if q.dimension is Dimension.MONEY]


def _counts(claim: Claim) -> list[Quantity]:
    return [q for q in claim.slots.quantities if q.dimension is Dimension.COUNT]


# Helpers marked @per_claim derive something costly from one claim alone; each
# claim is judged in many pairs, so they run once per claim (see claimcheck.memo).
@per_claim
def _money_figures(claim: Claim) -> tuple[_Figure, ...]:
    return tuple(_figures(claim, _with_totals(claim, _money(claim))))


# "five fines of 50 million reais (each)": a count of payments, then the sum of one.
_PAYMENTS_OF_RE = re.compile(r"^\s+[a-z]+s\s+of\s+(?:up\s+to\s+|about\s+|some\s+)?$")


def _with_totals(claim: Claim, money: Sequence[Quantity]) -> list[Quantity]:
    """``money`` and, for a sum paid a counted number of times ("five fines of
    50 million reais"), the total too: 250 million reais is the same money."""
    out = list(money)
    counts = _counts(claim)
    for q in money:
        for c in counts:
            between = claim.text[c.end : q.start] if c.end < q.start else ""
            if c.low == c.high and _PAYMENTS_OF_RE.match(between):
                low, high = q.low * c.low, q.high * c.high
                out.append(replace(q, low=low, high=high, text=f"{c.text} x {q.text}"))
    return out


@per_claim
def _other_figures(claim: Claim) -> tuple[_Figure, ...]:
    """Figures of every dimension but money, a conversion in parentheses left
    out ("up to 10 feet (3 metres)" is the ceiling of 10 feet, not also a
    figure of 3 metres that any other ceiling may contain)."""
    qs = [q for q in claim.slots.quantities if q.dimension is not Dimension.MONEY]
    firsts = [group[0] for group in numbers.same_amount_groups(qs, claim.text)]
    qs = _with_attackers(claim.text, _complements(claim.text, firsts))
    return tuple(_figures(claim, _with_named(claim.text, qs)))


# A toll that counts or leaves out the attackers: "56 people, including the four
# bombers" is also 52 victims; "32 killed, not counting the three bombers" is
# also 35 dead.
_ATTACKERS = r"(?:suicide\s+)?(?:gunm[ae]n|attackers?|bombers?|assailants?|shooters?|hijackers?)"
_WITH_ATTACKERS_RE = re.compile(
    # ("72, a figure that includes the five attackers": new189)
    r"^[^.;:]{0,40}?\b(?P<how>including|includes|included|among\s+them|not\s+counting|excluding"
    r"|besides)\s+"
    r"(?:the\s+|its\s+|their\s+)?(?:(?P<n>\d+|two|three|four|five|six|seven|eight|nine|ten"
    r"|both)\s+)?(?P<who>" + _ATTACKERS + r")\b",
    re.IGNORECASE,
)


def _with_attackers(text: str, qs: Sequence[Quantity]) -> list[Quantity]:
    """``qs`` with a count of people that names the attackers among or beside
    it widened to the count with and without them (their own count, folded in,
    is left out)."""
    out, folded = [], set()
    for q in qs:
        m = _WITH_ATTACKERS_RE.match(text[q.end :]) if q.dimension is Dimension.COUNT else None
        n = None
        if m is not None and not q.vague:
            word = (m.group("n") or "").lower()
            if word:
                n = float(word) if word.isdigit() else float(_OFFSET_WORDS.get(word, 2))  # both
                folded.add(q.end + m.start("n"))
            elif not m.group("who").lower().endswith(("s", "men")):
                n = 1.0  # "including the gunman"
        if n is None or n >= q.low:
            out.append(q)
        elif m.group("how").lower() in ("including", "includes", "included", "among them"):
            out.append(replace(q, low=q.low - n))
        else:
            out.append(replace(q, high=q.high + n))
    return [q for q in out if q.start not in folded]


# "Raisi died along with all eight others", "the Fed and four other central
# banks": the count leaves out the one (or the few) named before it, so the
# whole is one more at least ("all eight others" on board is nine people).
_AND_OTHERS_BEFORE_RE = re.compile(
    r"\b(?:and|along\s+with|together\s+with)\s+(?:all\s+|the\s+)?$", re.IGNORECASE
)
_OTHERS_AFTER_RE = re.compile(r"^\s+others?\b", re.IGNORECASE)
_CLAUSE_START_RE = re.compile(r"[.;:()]")


def _with_named(text: str, qs: Sequence[Quantity]) -> list[Quantity]:
    """``qs`` with a count of "N others" (or "N other banks") that joins a
    named one read as the whole: N+1, or up to one more per listed name
    before it ("the Fed, the ECB and four other central banks"). Not after
    another count ("22 people were killed and 15 others injured": the others
    are the rest, not the whole)."""
    out = []
    for q in qs:
        before = text[max(0, q.start - 30) : q.start]
        if (
            q.dimension is not Dimension.COUNT
            or q.vague
            or q.low != q.high
            or not _AND_OTHERS_BEFORE_RE.search(before)
            or not (others := _OTHERS_AFTER_RE.match(text[q.end :]))
        ):
            out.append(q)
            continue
        starts = [m.end() for m in _CLAUSE_START_RE.finditer(text, 0, q.start)]
        clause_start = starts[-1] if starts else 0
        if any(
            o is not q and o.dimension is Dimension.COUNT and clause_start <= o.start < q.start
            for o in qs
        ):
            out.append(q)  # "killed 22 and injured 15 others"
            continue
        listed = text.count(",", clause_start, q.start)
        out.append(
            replace(
                q,
                low=q.low + 1,
                high=q.high + 1 + min(listed, 2),
                approx=q.approx or listed > 0,  # how many a list names is a reading
                text=text[q.start : q.end + others.end()],
            )
        )
    return out


_ALL_BUT_RE = re.compile(r"\ball\s+but\s+$", re.IGNORECASE)


def _complements(text: str, qs: Sequence[Quantity]) -> list[Quantity]:
    """``qs`` with "all but N" of a total the sentence gives read as the rest:
    "all but 11 of the 126 workers escaped" says 115 escaped."""
    out = []
    for q in qs:
        total = None
        if q.dimension is Dimension.COUNT and _ALL_BUT_RE.search(
            text[max(0, q.start - 12) : q.start]
        ):
            total = next(
                (
                    t
                    for t in qs
                    if t is not q
                    and t.dimension is Dimension.COUNT
                    and t.low == t.high
                    and t.low > q.high
                    and (not q.unit or not t.unit or q.unit == t.unit)
                ),
                None,
            )
        if total is None:
            out.append(q)
            continue
        out.append(
            replace(
                q,
                low=total.low - q.high,
                high=total.high - q.low,
                unit=total.unit or q.unit,
                text=f"{total.text} less {q.text}",
            )
        )
    return out


def _describe(qs: Sequence[Quantity]) -> str:
    return "; ".join(q.text or numbers.format_quantity(q) for q in qs)


# The role a figure plays in its sentence. Figures are compared only with
# figures in the same role: "down from almost 75% in 2020" is last time's
# turnout, not this one; "the 113-seat legislature" sizes the body, it is not
# a number of seats won; "50 km south-west of Reykjavik" and "a few kilometres
# north of Grindavik" measure from two different places.
_PREVIOUS_RE = re.compile(
    r"\b(?:(?:down|up|higher|lower|rising|falling|rose|fell|increased|decreased|dropped|jumped)"
    r"(?:\s+\w+ly)?\s+from|compared\s+(?:with|to)|versus|vs\.?"
    # "Police had initially said 86 people died, but revised the figure" (new162)
    r"|(?:initially|originally)\s+(?:said|reported|put\s+(?:the\s+\w+\s+)?at|gave|estimated))\s*$",
    re.IGNORECASE,
)
# An age at an earlier moment ("She was 15 when she was taken", "was 45 years
# old when he founded the company") against an age now ("She is now 25",
# "Smith, now 79,"): two moments, no conflict.
_AGE_THEN_RE = re.compile(
    r"\b(?:was|were)\s+(?:only\s+|just\s+)?\d{1,3}(?:[\s-]+years?[\s-]+old)?\s+when\b",
    re.IGNORECASE,
)
_AGE_NOW_RE = re.compile(
    r"\b(?:is|are)\s+now\s+\d{1,3}\b|,\s*now\s+\d{1,3}\s*,|\bnow\s+aged\s+\d{1,3}\b",
    re.IGNORECASE,
)


def _ages_then_and_now(a: str, b: str) -> bool:
    return any(_AGE_THEN_RE.search(x) and _AGE_NOW_RE.search(y) for x, y in ((a, b), (b, a)))


# A yardstick the figure is set against: "against an annual average of about
# 95 mm", "against forecasts of $5.59", "slightly below the 67.4% recorded in
# 2019", "beating estimates of 2.4%".
_YARDSTICK_RE = re.compile(
    r"\bagainst\s+(?:an?\s+|the\s+)?(?:[^\W\d_]+\s+){0,3}(?:of\s+)?$"
    r"|\b(?:beating|beat|missing|missed|topping|topped|above|below)\s+(?:the\s+)?(?:[^\W\d_]+\s+)?"
    r"(?:forecasts?|estimates?|expectations?|consensus|predictions?)\s+(?:of\s+)?$"
    r"|\b(?:below|above|short\s+of|under|over)\s+(?:the|its|their)\s+$",
    re.IGNORECASE,
)
# ... but "against nine sites", "charges against 12 people": what was struck
# or charged, counted; and "73.2% of the vote against 24.5% for Poroshenko":
# another side's share ("against 20% last year" stays a yardstick).
_AGAINST_RE = re.compile(r"\bagainst\s+(?:the\s+|its\s+|their\s+)?$", re.IGNORECASE)
_NOUN_AFTER_RE = re.compile(
    r"\s+(?!(?:a|an|in|last|per|on|at|the|this|that|and|or|to|by|from|with)\b)"
    r"[^\W\d_]{3,}",
    re.IGNORECASE,
)
_RECORDED_IN_RE = re.compile(
    r"^\s+(?:recorded|registered|seen|set|reached|posted)\s+in\s+(?:19|20)\d\d\b", re.IGNORECASE
)
_ATTRIBUTE_RE = re.compile(r"^[\w.,]+-[^\W\d_]+$")
_SPELLED_RE = re.compile(
    r"(?:ty|TY)-(?:one|two|three|four|five|six|seven|eight|nine)$", re.IGNORECASE
)
# "51 seats, one fewer than the KMT", "5% more than last year": a difference
# between two figures, not a figure of its own.
_DIFFERENCE_RE = re.compile(
    r"^\s+(?:[^\W\d_]+\s+)?(?:(?:fewer|more|less|greater|higher|lower|bigger|smaller|larger)\s+"
    r"(?:[^\W\d_]+\s+)?than|clear|ahead|behind|adrift"
    # "466% above the norm", "2C below average": a gap from the usual level,
    # as "726% more rain than usual" is
    r"|(?:above|below)\s+(?:the\s+)?(?:norm|normal|average|usual|seasonal\s+average"
    r"|long-term\s+average))\b",
    re.IGNORECASE,
)
# "five short of the 200 required", "two votes short of a majority": a count
# missing from a threshold (but "4 km short of the exit" is a distance).
_SHORT_OF_RE = re.compile(r"^\s+(?:[^\W\d_]+\s+)?short\s+of\b", re.IGNORECASE)
# "pushed liftoff back by about 40 minutes", "delayed by two hours": how much
# later, a difference between two times, not a span of the story.
_DELAYED_BY_RE = re.compile(
    r"\b(?:delayed|postponed|put\s+back|pushed\s+(?:[\w-]+\s+){0,2}?back|held\s+up)\s+by\s+$",
    re.IGNORECASE,
)
# "New Zealand's three": a bare count that belongs to a named owner.
_OWNER_RE = re.compile(r"\b([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})['\u2019]s?\s+$")
# "resumed in 2021 after roughly 800 years", "back after about 800 years of
# quiet": how long since the last occasion, not how long this one lasted.
_AFTER_GAP_RE = re.compile(
    r"\bafter\s+(?:(?:about|roughly|around|nearly|almost|some|more\s+than|over|just\s+over)\s+)?$",
    re.IGNORECASE,
)
# "after two years of renovation work", "after 20 years of war": the span an
# activity lasted.
_OF_ACTIVITY_RE = re.compile(r"^\s+of\s+(?!the\b|a\b|an\b|its\b|their\b|his\b|her\b)[a-z]")
_LONG_SPAN_RE = re.compile(
    r"\b(?:years?|decades?|centur(?:y|ies)|millenni(?:um|a))\b", re.IGNORECASE
)
# "eight years after first winning it", "two days before the vote": the time
# between two occasions, not how long one lasted.
# "13 minutes after take-off", "eleven minutes into the flight": time from an event.
_INTERVAL_RE = re.compile(r"^\s+(?:after|before|later|earlier|on\s+from|into)\b", re.IGNORECASE)
# "the crisis meeting lasted about an hour before he left", "descended for
# roughly 10 minutes before it hit the mountain": how long it lasted, whatever
# came after (new120, new160: against "lasted barely ten minutes", "a descent
# that lasted eight minutes").
_LASTED_BEFORE_RE = re.compile(
    r"\b(?:for|lasted|lasting)\s+(?:(?:about|around|roughly|nearly|almost|some|just|only|barely"
    r"|more\s+than|less\s+than|over|under)\s+)?$",
    re.IGNORECASE,
)
# "Four days after the blasts, investigators are still ...", "... remained
# shut on Monday, three days after the attack": a span of days that opens
# the sentence or a comma's phrase sets when the sentence speaks, counted
# from the event, so it follows the day each outlet wrote on (or names);
# the event's own date is compared as a date. Not "detained 36 minutes
# after the first call", nor ", about an hour and 45 minutes after it began
# its descent": spans between two moments of the story.
_FRAME_BEFORE_RE = re.compile(
    r"(?:^|[,;\u2014(]\s*)(?:(?:just|only|barely|some|about|around|roughly|nearly|almost|"
    r"more\s+than|over|less\s+than)\s+)?$",
    re.IGNORECASE,
)
_FRAME_AFTER_RE = re.compile(r"^\s+(?:after|since)\b", re.IGNORECASE)
# "Stockton Rush, 61;": a bare number between commas after a name.
_NAME_COMMA_RE = re.compile(r"\b[A-Z][\w'\u2019-]+,\s*$")
_AGE_END_RE = re.compile(r"^\s*(?:[,;).]|and\b|$)")
# "Messi, 35,", "aged 35", "35 years old": an age, not a span of the story.
_AGE_BEFORE_RE = re.compile(r"\baged\s+$", re.IGNORECASE)
_AGE_AFTER_RE = re.compile(r"^\s*(?:-?\s*years?[\s-]+old|-year-old)\b", re.IGNORECASE)
# "the aircraft was 24 years old": the age inside the figure's own text.
_YEARS_OLD_RE = re.compile(r"\byears?[\s-]+old$", re.IGNORECASE)
# "for the first time in 17 years", "its weakest level in four months": how long
# since something last happened, not how long the sentence's own state lasted.
_SINCE_LAST_RE = re.compile(
    r"\b(?:first|last|highest|lowest|biggest|largest|smallest|weakest|strongest|best|worst|\w+est)\b"
    r"[^.;:,]{0,40}\b(?:in|for)\s+(?:(?:more|less)\s+than\s+|over\s+|nearly\s+|almost\s+|about\s+)?$",
    re.IGNORECASE,
)
# "at a depth of 57 km", "about 35 miles underground", "10 km deep": how deep,
# not how far from a place ("30 km off the coast" is no depth of 57 km).
_DEPTH_BEFORE_RE = re.compile(r"\bdepths?\b[^.\d]{0,30}$", re.IGNORECASE)
_DEPTH_AFTER_RE = re.compile(
    # (a conversion may come between: "about 10 km (6 miles) below the surface")
    # "up to 200 metres thick" (a deposit's depth), "up to 19 miles into the
    # region" (how deep an advance reached: new94's "to a depth of 12 km")
    r"^\s*(?:\([^)]*\)\s*)?(?:deep\b|down\b|underground\b|beneath\b|thick\b"
    r"|below\s+(?:the\s+)?(?:surface|ground|sea|seabed)|into\s+(?:the\s+)?(?:region|territory|country))",
    re.IGNORECASE,
)
# A price move during the trading day, not where the day ended: "fell more
# than 3% in early trading", "early losses of as much as 3%" against "closed 1%
# higher" are two moments of one day. Words after the figure are read as after a
# polarity cue (`stance.INTRADAY_AFTER_RE`); these come before it.
_INTRADAY_BEFORE_RE = re.compile(
    r"\b(?:early|intraday|premarket|pre-market|morning|initial)\s+(?:losses|loss|gains?|drop|fall|rise|slide|"
    r"decline|jump|surge|slump)\s+of\s+$|\b(?:premarket|pre-market|intraday|at\s+one\s+point)\b[^.;]{0,30}$",
    re.IGNORECASE,
)
# A market move, not a level: "shares rose 14 cents", "up 59 cents, or 9.8
# percent", "ended 14 cents higher at $5.49", "a drop of 59 cents". A move is compared with moves
# only ("rose 14 cents" is no conflict with "closed at $5.49"). Verbs that also
# name a sum taken or spent ("lost $2 billion", "raised $10 million") are left out.
_MOVE_BEFORE_RE = re.compile(
    r"\b(?:rose|rises|rising|fell|falls|falling|gained|gains|gaining|added|adds|adding|climbed"
    r"|climbing|jumped|jumping|slipped|slipping|dropped|dropping|declined|declining|slid|sliding"
    r"|eased|easing|advanced|advancing|tumbled|sank|dipped|rallied|slumped|surged|soared|plunged"
    r"|edged\s+(?:up|down|higher|lower)|up|down"
    r"|(?:gain|drop|fall|rise|decline|increase|jump|slide|move)s?\s+of)"
    r"\s+(?:\w+ly\s+)?(?:by\s+)?(?:(?:about|around|nearly|almost|roughly|some|more\s+than"
    r"|less\s+than|just\s+over|just\s+under|over|as\s+much\s+as)\s+)?$",
    re.IGNORECASE,
)
_MOVE_AFTER_RE = re.compile(
    r"^(?:\s+(?:higher|lower)\b"
    r"|\s*,?\s+or\s+(?:about\s+|nearly\s+|almost\s+)?[\d.]+\s*(?:%|percent\b|per\s+cent\b))",
    re.IGNORECASE,
)
# What moves in market prose: a move of a sum is a price's ("bond holdings run
# down by $8 billion a month" is a sum, not a price).
_PRICED_RE = re.compile(
    r"\b(?:shares?|stocks?|futures|crude|Brent|oil|gold|bitcoin|prices?)\b", re.IGNORECASE
)
_ANCHOR_RE = re.compile(
    r"^\s*\)?\s*(?:\([^)]*\)\s*)?"
    r"(?:(?:north|south|east|west)(?:[- ]?(?:east|west))?\s+of|from|away\s+from|off|outside)"
    r"\s+(?:the\s+)?(?:town\s+of\s+|city\s+of\s+)?(?P<anchor>[\w’'-]+(?:\s+[A-Z][\w’'-]*)*)",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class _Figure:
    """A quantity with the role it plays in its sentence."""

    q: Quantity
    # "" (the sentence's own figure) | "previous" | "age" | "interval" | "span" |
    # "difference" | "since_last" | "attribute" | "intraday" | "move" | ...
    role: str
    anchor: str | None  # for distances: the place measured from; for a bare count, its owner
    # For a share, what it is a share of: "40% of the vote" -> "vote",
    # "turnout at 70%" -> "turnout".
    whole: str | None = None
    # For a count of two kinds of thing: "300 drones and missiles" -> {drone, missile}.
    kinds: frozenset[str] = frozenset()
    # The figures of one coordination this one belongs to, itself included:
    # "43,000 jobs in X and 18,000 jobs in Y" -> both; () when it stands alone.
    parts: tuple[Quantity, ...] = ()
    # Named as a part of the figure before it: "a dozen vehicles, including two motorbikes".
    included: bool = False
    # The nation a count of people names: "58 Brazilians" -> "brazilian".
    nationality: str = ""
    # A measure written as an adjective sizes the noun after it ("the 1.6-mile
    # span" -> {"span"}); `_sizes_apart`.
    sized: frozenset[str] = frozenset()
    # The words around a measure's figure ("a span of 1.6 miles").
    near: frozenset[str] = frozenset()
    # A vague count added to the one before it ("18,700, with thousands more
    # missing"), and the stems of its clause (`_vague_additions_aside`).
    added: bool = False
    clause: frozenset[str] = frozenset()


def own_figures(claim: Claim) -> list[Quantity]:
    """The claim's own figures: not last time's, a difference, an age or a gap between occasions."""
    own = ("", "attribute", "move")
    return [f.q for f in _figures(claim, claim.slots.quantities) if f.role in own]


# "was 32", "aged between 27 and 56", "was 25 when she died": an age the
# sentence states, not one that tells who is meant ("Messi, 35, scored").
_STATED_AGE_BEFORE_RE = re.compile(
    r"\b(?:was|is|were|are|aged|turned|turns)\s+(?:between\s+)?$", re.IGNORECASE
)


def stated_ages(claim: Claim) -> list[Quantity]:
    """The ages the claim states as its predicate: "The first officer, Fariq
    Abdul Hamid, was 32.", "The five officers who died were aged between 27
    and 56." (`own_figures` leaves ages out: most place the claim, as in
    "Leung, 53, fell from scaffolding")."""
    return [
        f.q
        for f in _figures(claim, claim.slots.quantities)
        if f.role == "age"
        and _STATED_AGE_BEFORE_RE.search(claim.text[max(0, f.q.start - 20) : f.q.start])
        # ("were 16-year-old Chinese girls": the age tells who, as "girls, both 16,")
        and not f.q.text.lower().endswith("-old")
    ]


def figures_in_role_of(claim: Claim, q: Quantity, other: Claim) -> list[Quantity]:
    """The figures of ``other`` in the role ``q`` plays in ``claim``: "13 minutes
    after take-off" meets "13 minutes after take-off", not "down from 15
    minutes last year"; "about 40 on Saturday" as last time's figure ("down
    from about 40 on Saturday") meets no figure of the story's own."""
    mine = [f for f in _figures(claim, claim.slots.quantities) if f.q is q]
    if not mine:
        return []
    return [g.q for g in _figures(other, other.slots.quantities) if _same_role(mine[0], g)]


def _figures(claim: Claim, qs: Sequence[Quantity]) -> list[_Figure]:
    figures = []
    chains = _coordinations(claim.text, claim.slots.quantities)
    for q in qs:
        role, anchor = _role(claim.text, q.start, q.end, q.dimension, q.text)
        if q.dimension is Dimension.COUNT and not q.unit and anchor is None:
            owner = _OWNER_RE.search(claim.text[: q.start])
            anchor = owner.group(1) if owner else None
        figures.append(
            _Figure(
                q, role, anchor, _share_whole(claim.text, q, claim.slots.quantities),
                _kinds_counted(claim.text, q), _chain_of(q, chains),
                _INCLUDING_RE.search(claim.text[max(0, q.start - 30) : q.start]) is not None,
                _nationality(claim.text, q), *_measured(claim.text, q),
                *_vague_addition(claim.text, q),
            )
        )  # fmt: skip
    return figures


# "the 1.6-mile span", "two 20-litre containers", "the 3.2-kilometre (two-mile)
# dam": a figure joined to its unit by a hyphen, then a noun in lower case (a
# name, "the 948-foot Dali", says nothing of what kind of thing it is).
_HYPHENED_UNIT_RE = re.compile(r"[\d\w]-[^\W\d_]+$")
_SIZED_AFTER_RE = re.compile(r"^(?:\s*\([^()]{0,30}\))?\s+([a-z][\w-]*(?:\s+[a-z][\w-]*)?)")
_MEASURE_STOP = frozenset(
    "of in at on to from by for with and or that which who was were is are has had have "
    "been be its their his her the a an".split()
)
_NEAR_WORDS = 4  # words either side of a plain measure's figure
# Nouns that name a measure's extent, not a thing: "a 20-hectare area of
# forest" is "50 hectares of forest" measured again.
_GENERIC_SIZED = frozenset(
    "area zone stretch section patch swathe swath tract plot expanse strip portion part "
    "piece chunk amount quantity total distance".split()
)
# A way travelled, by its noun or its verb: "the 6-kilometre journey" is how
# far the coffin "was driven".
_TRAVEL_WORDS = frozenset(
    "journey trip drive route procession ride walk march flight voyage trek distance "
    "drove driven driving travel travelled traveled travelling traveling walked marched "
    "flew flown sailed covered rode ridden".split()
)


def _measured(text: str, q: Quantity) -> tuple[frozenset[str], frozenset[str]]:
    """For a length, a weight or a measure counted in a unit (litres, square
    km): the nouns an adjectival figure sizes, and the words around the figure."""
    measure = q.dimension in (Dimension.LENGTH, Dimension.MASS) or (
        q.dimension is Dimension.COUNT and numbers.is_measure_code(q.unit)
    )
    if not measure:
        return frozenset(), frozenset()

    def nouns(words: Sequence[str]) -> frozenset[str]:
        return frozenset(
            "travel" if w.lower() in _TRAVEL_WORDS else numbers.noun_lemma(w)
            for w in words
            if w.lower() not in _MEASURE_STOP
        )

    sized: frozenset[str] = frozenset()
    if _HYPHENED_UNIT_RE.search(q.text):
        m = _SIZED_AFTER_RE.match(text[q.end :])
        if m is not None:
            sized = nouns(m.group(1).split()) - _GENERIC_SIZED
    before = re.findall(r"[^\W\d_][\w'\u2019-]*", text[max(0, q.start - 40) : q.start])
    after = re.findall(r"[^\W\d_][\w'\u2019-]*", text[q.end : q.end + 40])
    return sized, nouns([*before[-_NEAR_WORDS:], *after[:_NEAR_WORDS]])


def _sizes_apart(x: _Figure, y: _Figure) -> bool:
    """Two measures of different things: an adjectival figure sizes a noun
    ("the 948-foot ship" / "the 1.6-mile span"; "two 20-litre containers" /
    "about 40 litres of petrol") that the other figure neither sizes nor
    stands beside ("a 289-metre boxship" / "the ship, 290 metres long" are
    compared)."""
    if not x.sized and not y.sized:
        return False
    if x.sized and y.sized:
        return not x.sized & y.sized
    sized, other = (x, y) if x.sized else (y, x)
    return not sized.sized & (other.near | other.sized)


# A count of the people of one country: "58 Brazilians", "two South Koreans",
# "five Indian nationals", "24 Britons".
_NATIONALITY_AFTER_RE = re.compile(r"\s+((?:(?:South|North|New|Saudi|Sri)\s+)?[A-Z][a-z]+)\b")
_NATIONALITY_SAID_RE = re.compile(
    r"\s+of\s+(?:the|them|whom)\b[^,;.]{0,30}?\b(?:were|was|are|is)\s+(?:all\s+)?"
    r"((?:(?:South|North|New|Saudi|Sri)\s+)?[A-Z][a-z]+)\b"
)
_NATIONALS = {
    "briton": "british", "brit": "british", "swede": "swedish", "dane": "danish",
    "finn": "finnish", "pole": "polish", "turk": "turkish", "scot": "scottish",
    "spaniard": "spanish", "frenchman": "french", "frenchmen": "french",
    "dutchman": "dutch", "dutchmen": "dutch", "englishman": "english",
    "englishmen": "english", "irishman": "irish", "irishmen": "irish", "welshman": "welsh",
}  # fmt: skip
# Counts of people of any nation: a nationality's count may be one of these.
_ANY_NATION_UNITS = frozenset({"", "person", "citizen", "national", "people"})


def _nationality(text: str, q: Quantity) -> str:
    """The nationality a count of people names right after its figure ("58
    Brazilians"), or says of its part ("72 of the dead were German
    nationals"), "" if none."""
    if q.dimension is not Dimension.COUNT:
        return ""
    m = _NATIONALITY_AFTER_RE.match(text, q.end) or _NATIONALITY_SAID_RE.match(text, q.end)
    if m is None:
        home = _FROM_COUNTRY_RE.match(text, q.end) or _COUNTRY_WITH_RE.search(
            text, max(0, q.start - 40), q.start
        )
        if home is not None and names.is_country(home.group(1)):
            return "@" + home.group(1).lower()  # "at least 45 were from Spain"
        return ""
    words = m.group(1).lower().split()
    last = words[-1]
    key = _NATIONALS.get(last) or _NATIONALS.get(last.removesuffix("s"))  # "50 Spaniards"
    if key is None:
        for form in (last, last.removesuffix("s")):
            if names.is_demonym(form):
                key = form
                break
    if key is None:
        return ""
    return " ".join([*words[:-1], key])


# "at least 45 were from Spain": the people of a country named as their home.
_FROM_COUNTRY_RE = re.compile(
    r"\s+(?:of\s+(?:the|them|whom)\b[^,;.]{0,30}?\s+)?(?:were|was|are|is|came)\s+(?:all\s+)?"
    r"from\s+((?:[A-Z][a-z]+\s+)?[A-Z][a-z]+)\b"
)


# "Kenya lost 32 citizens, followed by Canada with 18": a country's own count.
_COUNTRY_WITH_RE = re.compile(r"\b((?:[A-Z][a-z]+\s+)?[A-Z][a-z]+)\s+with\s+$")


def _same_nation(x: str, y: str) -> bool:
    """Two nationalities of `_nationality` name one nation: "spanish" and
    "@spain" (people said to be from Spain) do."""
    if x == y:
        return True
    if x.startswith("@") != y.startswith("@"):
        home, adjective = (x, y) if x.startswith("@") else (y, x)
        return names.demonym_names(home[1:], adjective)
    return False


def _nations_apart(x: _Figure, y: _Figure) -> bool:
    """Two counts of people of two nations ("58 Brazilians" / "26 Germans"), or
    one nation's people against a count of another kind of people ("two South
    Koreans" / "68 passengers"; "58 Brazilians" / "seven children"): no one
    figure. A nation's people against people at large ("32 Kenyans" / "35
    citizens") may be."""
    if x.nationality and y.nationality:
        return not _same_nation(x.nationality, y.nationality)
    if not (x.nationality or y.nationality):
        return False
    nation, other = (x, y) if x.nationality else (y, x)
    return (
        nation.q.unit in _ANY_NATION_UNITS
        and other.q.unit not in _ANY_NATION_UNITS
        and other.q.unit != nation.q.unit
    )


# "300 drones and missiles", "300 drones and ballistic missiles"
_TWO_KINDS_RES = (
    re.compile(r"\s+([^\W\d_]+)\s+and\s+([^\W\d_]+)"),
    re.compile(r"\s+([^\W\d_]+)\s+and\s+[^\W\d_]+\s+([^\W\d_]+)"),
)


def _kinds_counted(text: str, q: Quantity) -> frozenset[str]:
    """The two kinds a count names after it ("more than 300 drones and
    missiles", "12 doctors and nurses"), folded like count units."""
    if q.dimension is not Dimension.COUNT or not q.unit:
        return frozenset()
    for pattern in _TWO_KINDS_RES:
        m = pattern.match(text, q.end)
        if m is None:
            continue
        kinds = frozenset(numbers.noun_lemma(w) for w in m.groups())
        if (
            q.unit in kinds
            and len(kinds) == 2
            and all(numbers.looks_plural(w.lower()) for w in m.groups())
        ):
            return kinds
    return frozenset()


# Between two figures of one coordination: the first one's noun and place, then
# "and" or a comma ("35 cars and three trucks", "43,000 jobs in Marin County and
# 18,000 jobs in ..."). A verb or a comparison between them ("five people were
# killed and three ...", "up from 40 and ...") makes two statements, not one list.
_COORDINATION_GAP_RE = re.compile(
    r"^\s*(?:{w}(?:\s+{w}){{0,6}})?(?P<join>\s*,\s*and|\s*,|\s+and|\s+plus)\s+$".format(
        w=r"(?!(?:was|were|is|are|be|been|being|had|has|have|than|from|to|between|per|each|while"
        r"|but|after|before|since|when|who|which|that|against|versus|compared)\b)"
        r"[^\W\d_][\w'\u2019-]*"
    ),
    re.IGNORECASE,
)
_INCLUDING_RE = re.compile(
    r"\b(?:including|among\s+them|of\s+which|of\s+whom)\s+(?:some\s+|about\s+|nearly\s+)?$",
    re.IGNORECASE,
)
_PARTITIVE_BEFORE_RE = re.compile(r"\bof\s+(?:the|its|their|these|those)\s+$", re.IGNORECASE)
_PARTITIVE_AFTER_RE = re.compile(r"\s+of\s+(?:the|its|their|them|these|those)\b", re.IGNORECASE)
_PAST_RE = re.compile(r"\b[^\W\d_]{2,}ed\b", re.IGNORECASE)  # "killed", "injured": a predicate
# After a bare count in a coordination, words that leave its noun understood
# ("two fires inside the park and one just outside").
_ELLIPSIS_AFTER_RE = re.compile(
    r"^(?:\s*(?:[,.;)]|$)|\s+(?:just\s+|more\s+|also\s+)?(?:in|inside|outside|at|on|near|nearby|off"
    r"|elsewhere|beyond|across|along|around|within|into)\b)",
    re.IGNORECASE,
)
_ELIDED_ONE_RE = re.compile(
    r"\bone(?=\s+(?:just\s+|more\s+|also\s+)?(?:in|inside|outside|at|on|near|nearby|off|elsewhere"
    r"|beyond|across|along|around|within)\b)",
    re.IGNORECASE,
)


@lru_cache(maxsize=65536)
def _coordinations(text: str, qs: tuple[Quantity, ...]) -> tuple[tuple[Quantity, ...], ...]:
    """Runs of counts or sums listed as one ("35 cars and three trucks", "$4m,
    $2m and $1m"), each ending at "and"; a bare "one" whose noun is left
    understood ("and one just outside") ends a run with the noun before it."""
    figures = sorted(
        (q for q in qs if q.dimension in (Dimension.COUNT, Dimension.MONEY) and not q.vague),
        key=lambda q: q.start,
    )
    chains: list[tuple[Quantity, ...]] = []
    run: list[Quantity] = []
    for q in figures:
        if _partitive(text, q):
            run = []  # "two of the three leaks ... and one": a part of a whole, no list item
            continue
        gap = _COORDINATION_GAP_RE.match(text[run[-1].end : q.start]) if run else None
        if (
            gap is not None
            and not _PAST_RE.search(gap.group(0))
            and q.dimension is run[-1].dimension
            and (q.unit or _ELLIPSIS_AFTER_RE.match(text[q.end :]))
        ):
            run.append(q if q.unit else replace(q, unit=run[-1].unit))
            if gap.group("join").strip() != ",":
                chains.append(tuple(run))
                run = []
            continue
        run = [q]
        elided = _elided_one(text, q)
        if elided is not None:
            chains.append((q, elided))
            run = []
    return tuple(chains)


def _partitive(text: str, q: Quantity) -> bool:
    """ "two of the three leaks": both figures of a part taken from a whole."""
    return bool(
        _PARTITIVE_BEFORE_RE.search(text[max(0, q.start - 20) : q.start])
        or _PARTITIVE_AFTER_RE.match(text, q.end)
    )


def _chain_of(q: Quantity, chains: Sequence[tuple[Quantity, ...]]) -> tuple[Quantity, ...]:
    return next((c for c in chains if any(p.start == q.start for p in c)), ())


def _elided_one(text: str, q: Quantity) -> Quantity | None:
    """ "two fires inside the park and one just outside": the "one" after ``q``'s
    coordination, read as one more of ``q``'s noun."""
    if q.dimension is not Dimension.COUNT or not q.unit:
        return None
    after = text[q.end :]
    m = _ELIDED_ONE_RE.search(after)
    if m is None:
        return None
    gap = _COORDINATION_GAP_RE.match(after[: m.start()])
    if gap is None or gap.group("join").strip() == "," or _PAST_RE.search(gap.group(0)):
        return None
    start = q.end + m.start()
    return Quantity(1.0, 1.0, Dimension.COUNT, q.unit, text="one", start=start, end=start + 3)


# What a percentage is a share of, where the sentence says it plainly: "40.1% of
# the vote", "turnout at 71.86%", "turnout was about 75%". Shares of different
# wholes are not compared (a candidate's share of the vote is not the turnout).
_SHARE_OF_RE = re.compile(
    r"^\s*of\s+(?:(?:the|all|its|their|his|her|a|an)\s+)?"
    # "90 percent of the island's cell sites": the sites, not the island;
    # "half of Twitter's 7,500 staff": the staff, past the whole's count
    r"(?:[^\W\d_]+['\u2019]s\s+)?(?:\d[\d,.]*\s+)?([^\W\d_]+)",
    re.IGNORECASE,
)
_SHARE_SUBJECT_RE = re.compile(
    r"\b([^\W\d_]+)\s+(?:(?:is|was|are|were|has\s+been|had\s+been)\s+)?"
    r"(?:(?:running|standing|stands|stood|remains|remained|sits|sat)\s+at"
    r"|was|is|were|are|at|reached|hit)\s+$",
    re.IGNORECASE,
)
_SUBJECT_BEFORE_PP_RE = re.compile(
    r"\b([^\W\d_]+)\s+(?:in|at|during|on)\s+(?:(?:the|this|last|its|their|sunday's|today's)\s+)?"
    # "Inflation in the 19-country euro zone reached 8.6%": its modifiers too.
    r"(?:[\w'-]+\s+){0,3}$",
    re.IGNORECASE,
)
# "on a turnout of about 65%", "a turnout rate of 62%": the turnout, named
# before "of" (a candidate's share beside it is of the vote).
_TURNOUT_OF_RE = re.compile(r"\b(?:turnout|participation)(?:\s+rate)?\s+of\s+$", re.IGNORECASE)
# "between 60% and 61.5% of the nearly 100 million Mexicans registered to
# vote", "64% of all eligible voters": a share of the electorate.
_OF_VOTERS_RE = re.compile(
    r"\s*of\s+(?:the\s+|all\s+|its\s+)?(?:[\w,.'\u2019-]+\s+){0,5}?"
    r"(?:registered|eligible)\s+(?:to\s+vote|voters?)\b",
    re.IGNORECASE,
)
# Words that name the same whole.
_WHOLES = {
    "votes": "vote", "ballots": "vote", "ballot": "vote",
    # "64% of the electorate voted", "of eligible voters", "of registered voters"
    "electorate": "turnout", "eligible": "turnout", "registered": "turnout",
    # "three quarters of the workforce", "half of its 7,500 staff"
    "workforce": "staff", "employees": "staff", "workers": "staff", "personnel": "staff",
}  # fmt: skip


# Between two shares set against each other: "73.2 percent of the vote against
# 24.5 percent for Poroshenko", "40% of the vote to Hou's 33%".
_SHARE_AGAINST_GAP_RE = re.compile(
    r"^\s+of\s+(?:the\s+)?[^\W\d_]+\s*,?\s+(?:against|to|versus|vs\.?)\s+"
    r"(?:[^\W\d_]+['\u2019]s?\s+)?$",
    re.IGNORECASE,
)


def _share_whole(text: str, q: Quantity, qs: Sequence[Quantity]) -> str | None:
    """What share ``q`` is of (`_share_of`); a share set against another one
    ("73.2 percent of the vote against 24.5 percent for Poroshenko") is of the
    same whole."""
    whole = _share_of(text, q.start, q.end, q.dimension)
    if whole is not None or q.dimension is not Dimension.PERCENT:
        return whole
    before = [p for p in qs if p.dimension is Dimension.PERCENT and p.end <= q.start]
    if not before:
        return None
    p = max(before, key=lambda x: x.end)
    if not _SHARE_AGAINST_GAP_RE.match(text[p.end : q.start]):
        return None
    return _share_of(text, p.start, p.end, p.dimension)


# What a sum of money is: "$209bn in total assets", "$3.3 billion of its
# reserves".
_MONEY_OF_RE = re.compile(
    r"^\s+(?:of|in)\s+(?:(?:the|its|their|his|her|total|all|new)\s+)*"
    r"((?:[^\W\d_][\w-]*\s+){0,2}[^\W\d_][\w-]*)",
    re.IGNORECASE,
)


@lru_cache(maxsize=65536)
def _share_of(text: str, start: int, end: int, dimension: Dimension) -> str | None:
    if dimension is not Dimension.PERCENT:
        return None
    subject = _SHARE_SUBJECT_RE.search(text[:start])
    if subject is not None and subject.group(1).lower() == "turnout":
        return "turnout"  # "Turnout was about 70% of registered voters"
    # (the figure's own modifier is part of it: "a turnout of about 65%")
    if _TURNOUT_OF_RE.search(text[max(0, start - 40) : start]) or _OF_VOTERS_RE.match(text, end):
        return "turnout"
    m = _SHARE_OF_RE.match(text[end:])
    word = m.group(1).lower() if m else None
    if m is None:
        m = _SHARE_SUBJECT_RE.search(text[:start])
        if m is None:
            return None
        word = m.group(1).lower()
        # "Turnout in the runoff was 84.15%": the subject, not its place or time.
        head = _SUBJECT_BEFORE_PP_RE.search(text[: m.start(1)])
        if head:
            word = head.group(1).lower()
    if word in lexical.STOPWORDS or word in ("it", "this", "that", "which"):
        return None
    return _WHOLES.get(word, lexical.stem(word))


@lru_cache(maxsize=65536)
def _money_head(text: str, end: int) -> str | None:
    """What a sum of money is, by the head of its noun phrase: "$209bn of assets" -> "asset"."""
    m = _MONEY_OF_RE.match(text[end:])
    if m is None:
        return None
    # The head of the noun phrase: "in transit fees during ..." -> "fees".
    words = []
    for word in m.group(1).lower().split():
        if word in lexical.STOPWORDS:
            break
        words.append(word)
    if not words or words[-1] in ("which", "whom", "cash"):
        return None
    return lexical.stem(words[-1])


# "valued at $32 billion", "would value OpenAI at about $86 billion", "a
# valuation of $80bn", "a market value of": what a company is worth.
_VALUATION_RE = re.compile(
    r"\b(?:valued|valuing|value[sd]?(?:\s+[\w'.-]+){0,3}|valuation|capitali[sz]ation)"
    r"\s+(?:of|at)\s+(?:about|around|roughly|some|nearly|almost|more\s+than|over)?\s*$",
    re.IGNORECASE,
)


def _valuation(text: str, start: int) -> bool:
    return _VALUATION_RE.search(text[max(0, start - 60) : start]) is not None


def money_of_different_things(a: Claim, b: Claim) -> bool:
    """Both claims name what their sums of money are, and the names share nothing.

    "$209bn of assets" and "$3.3 billion of its reserves" are not one figure.
    Used only to keep such a pair from counting as dissent in `check`: as a rule
    for judging, synonyms ("$58m in humanitarian assistance" / "$85m in
    humanitarian aid") would hide real conflicts.
    """
    money_a = [q for q in a.slots.quantities if q.dimension is Dimension.MONEY]
    money_b = [q for q in b.slots.quantities if q.dimension is Dimension.MONEY]
    # What a company is worth against a sum it took, raised or committed.
    values_a = {_valuation(a.text, q.start) for q in money_a}
    values_b = {_valuation(b.text, q.start) for q in money_b}
    if len(values_a) == 1 and len(values_b) == 1 and values_a != values_b:
        return True
    heads_a = {_money_head(a.text, q.end) for q in money_a}
    heads_b = {_money_head(b.text, q.end) for q in money_b}
    heads_a.discard(None)
    heads_b.discard(None)
    return bool(heads_a and heads_b and not heads_a & heads_b)


_OF_THEM_RE = re.compile(
    r"^\s+of\s+(?:them|whom|the\s+dead|the\s+victims|those\s+(?:killed|who\s+died))\b",
    re.IGNORECASE,
)
_FIGURE_BEFORE_RE = re.compile(r"\d|\b(?:dozens|hundreds|thousands|millions)\b", re.IGNORECASE)
# "one of the ten largest quakes", "among the five deadliest": a ranking's length.
_RANKED_AMONG_RE = re.compile(r"\b(?:one\s+of|among|in)\s+the\s+(?:top\s+)?$", re.IGNORECASE)
_SUPERLATIVE_AFTER_RE = re.compile(
    r"^\s+(?:most|least|worst|best|[^\W\d_]{2,}est)\b", re.IGNORECASE
)
_RECORD_AFTER_RE = re.compile(
    r"^\s*(?:high|low|peak|record|best|worst|highs|lows)\b", re.IGNORECASE
)


# A bar a figure is set against, not a figure of the story: "failed to clear
# the 5 percent hurdle", "a threshold of 5%", "passing it requires a
# two-thirds majority, or 200 of the 300 members", "needed 89 votes".
_BAR_AFTER_RE = re.compile(r"\s*(?:hurdle|threshold|barrier|cut-?off|quorum)s?\b", re.IGNORECASE)
_BAR_BEFORE_RE = re.compile(
    r"\b(?:threshold|hurdle|quorum|minimum)\s+of\s+(?:at\s+least\s+)?$", re.IGNORECASE
)
_AGE_LIMIT_RE = re.compile(r"\b(?:under|over|below|above)\s+the\s+age\s+of\s+$", re.IGNORECASE)
_NEEDED_BEFORE_RE = re.compile(
    r"\b(?:requires?|required|requiring|needs?|needed|needing|must\s+[^\W\d_]+)\s+"
    r"(?:[\w'\u2019-]+,?\s+){0,4}$",
    re.IGNORECASE,
)


def _bar_to_clear(before: str, after: str, dimension: Dimension) -> bool:
    """Whether the figure between ``before`` and ``after`` is a bar to clear:
    a threshold, a required count or share, an age limit."""
    if _BAR_AFTER_RE.match(after) or _BAR_BEFORE_RE.search(before[-40:]):
        return True
    # "needed 18 days to free them" is how long it took, not a bar
    return dimension in (Dimension.COUNT, Dimension.PERCENT) and bool(
        _NEEDED_BEFORE_RE.search(before[-60:])
    )


@lru_cache(maxsize=65536)  # a sentence's figures are compared with many other sentences
def _role(
    text: str, start: int, end: int, dimension: Dimension, qtext: str
) -> tuple[str, str | None]:
    """The role of the figure at ``text[start:end]``, and for a distance the place it is
    measured from."""
    before, after = text[:start], text[end:]
    role = ""
    if _PREVIOUS_RE.search(before):
        role = "previous"
    elif (
        _YARDSTICK_RE.search(before)
        and not (_AGAINST_RE.search(before) and _NOUN_AFTER_RE.match(after))
    ) or _RECORDED_IN_RE.match(after):
        role = "yardstick"
    elif _AGE_LIMIT_RE.search(before[-30:]):
        role = "age_limit"  # "the 135 cardinals under the age of 80": who counts, not an age
    elif _bar_to_clear(before, after, dimension):
        role = "yardstick"  # "the 5 percent hurdle", "requires 200 votes"
    elif dimension is Dimension.DURATION and (
        qtext.strip().isdigit()
        or qtext.lower().endswith("-year-old")
        or _YEARS_OLD_RE.search(qtext)
        or numbers.is_decade_age(qtext)
        or _AGE_BEFORE_RE.search(before)
        or _AGE_AFTER_RE.match(after)
    ):
        role = "age"
    elif (
        dimension is Dimension.COUNT
        and qtext.strip().isdigit()
        and int(qtext.strip()) <= 120
        and _NAME_COMMA_RE.search(before)
        and _AGE_END_RE.match(after)
    ):
        role = "age"  # "Stockton Rush, 61; Hamish Harding, 58"
    elif (
        dimension is Dimension.DURATION
        and _FRAME_AFTER_RE.match(after)
        and _FRAME_BEFORE_RE.search(before[-40:])
        and _spans_days(qtext)
    ):
        role = "frame"
    elif dimension is Dimension.DURATION and _INTERVAL_RE.match(after):
        # "lasted about an hour before he left": both how long and how long before
        role = "span" if _LASTED_BEFORE_RE.search(before[-40:]) else "interval"
    elif dimension is Dimension.DURATION and _RECORD_AFTER_RE.match(after):
        role = "record"  # "a 16-year high": how long since, not how long it lasted
    elif _OF_THEM_RE.match(after) and _FIGURE_BEFORE_RE.search(before):
        role = "part"  # "about 700 hurt, at least 22 of them critically": a share of a whole
    elif _RANKED_AMONG_RE.search(before[-30:]) and _SUPERLATIVE_AFTER_RE.match(after):
        role = "rank"  # "one of the ten largest": the size of a league table
    elif (
        _DIFFERENCE_RE.match(after)
        or (dimension is Dimension.DURATION and _DELAYED_BY_RE.search(before[-60:]))
        or (dimension is Dimension.COUNT and _SHORT_OF_RE.match(after))
    ):
        role = "difference"
    elif _SINCE_LAST_RE.search(before) or (
        dimension is Dimension.DURATION
        and _AFTER_GAP_RE.search(before)
        and _LONG_SPAN_RE.search(qtext)
        # "reopened after nearly two years of renovation": how long the
        # renovation lasted, not the gap since it last happened (new113)
        and not _OF_ACTIVITY_RE.match(after)
    ):
        role = "since_last"
    elif (
        dimension is Dimension.COUNT
        and _ATTRIBUTE_RE.match(qtext)
        and not _SPELLED_RE.search(qtext)  # "Twenty-one people" is a count
        and re.match(r"\s+[^\W\d_]", after)
    ):
        role = "attribute"
    if (
        not role
        and dimension in (Dimension.PERCENT, Dimension.MONEY)
        and (stance.INTRADAY_AFTER_RE.match(after) or _INTRADAY_BEFORE_RE.search(before[-60:]))
        and _market_moments_read(text) > 1
    ):
        # "fell 3% in early trading but recovered to close higher": the 3% is
        # no figure of the close. (A sentence of one moment is another
        # occasion as a whole: `_market_moments_apart`.)
        role = "intraday"
    if (
        not role
        and dimension is Dimension.MONEY
        and (_MOVE_BEFORE_RE.search(before[-60:]) or _MOVE_AFTER_RE.match(after))
        and _PRICED_RE.search(text)
    ):
        role = "move"
    anchor = None
    if (
        dimension is Dimension.LENGTH
        and not role
        and (_DEPTH_BEFORE_RE.search(before[-40:]) or _DEPTH_AFTER_RE.match(after))
    ):
        role = "depth"
    elif dimension is Dimension.LENGTH and (m := _ANCHOR_RE.match(after)):
        anchor = m.group("anchor")
    return role, anchor


def _frames_differ(a: Claim, b: Claim) -> Finding | None:
    """Two spans since the event that set when each sentence speaks ("more
    than 120 hours after the quake" / "more than 40 hours after"), apart:
    two moments, for `different_occasions` (as figures they are no conflict)."""
    fa = [f.q for f in _figures(a, a.slots.quantities) if f.role == "frame"]
    fb = [f.q for f in _figures(b, b.slots.quantities) if f.role == "frame"]
    for x in fa:
        for y in fb:
            if numbers.comparable(x, y) and not numbers.quantities_compatible(x, y):
                return Finding(Kind.NUMBER, "frames_differ", x.text, y.text)
    return None


def _spans_days(qtext: str) -> bool:
    """A span of a day or more (durations read in days): the days a report
    is written on differ by days, not minutes."""
    spans = numbers.parse_quantities(qtext)
    return any(q.low >= 1 for q in spans if q.dimension is Dimension.DURATION)


def _same_role(x: _Figure, y: _Figure) -> bool:
    roles = {x.role, y.role}
    if roles == {"frame"}:
        return False  # each outlet's own distance from the event (`_FRAME_BEFORE_RE`)
    # A framing span against one between the same two events is one span
    # ("reopened on Monday, 11 weeks after the collapse" / "the reopening
    # came nine weeks after the collapse").
    one_span = roles == {"frame", "interval"}
    # A span that lasted until an event ("for about 80 seconds before it struck
    # the ground") is how long it lasted and the time between two moments: it
    # meets a length ("a descent that lasted eight minutes") and an interval
    # ("crashed about five minutes later").
    one_span = one_span or ("span" in roles and roles <= {"span", "", "interval"})
    if x.role != y.role and not one_span and not _attribute_of_same_noun(x, y):
        return False
    if (x.anchor is None) != (y.anchor is None) and Dimension.COUNT in (
        x.q.dimension,
        y.q.dimension,
    ):
        return False  # "New Zealand's three" is not the subject's "four titles"
    if x.whole and y.whole and x.whole != y.whole:
        return False
    if x.anchor and y.anchor:
        return (
            names.same_entity(x.anchor, y.anchor)
            or x.anchor.lower() == y.anchor.lower()
            or _same_place_of_an_owner(x.anchor, y.anchor)
        )
    return True


_OWNER_PART_RE = re.compile(r"^([\w-]+)['\u2019]s?\s+(?=\S)")


def _same_place_of_an_owner(x: str, y: str) -> bool:
    """ "Brazil's north-east coast" / "the country's north-east coast": one place,
    its owner named on one side and referred back to on the other (a common
    noun). Two named owners ("Italy's border" / "France's border") differ."""
    mx, my = _OWNER_PART_RE.match(x), _OWNER_PART_RE.match(y)
    if mx is None or my is None or not (mx.group(1).islower() or my.group(1).islower()):
        return False
    return x[mx.end() :].lower() == y[my.end() :].lower()


def _attribute_of_same_noun(x: _Figure, y: _Figure) -> bool:
    """One side's figure names a kind ("the 7.7-magnitude quake", "the
    four-storey hotel"), the other's states it of the same noun ("magnitude
    7.5", "had six storeys"): one figure, compared."""
    return (
        {x.role, y.role} == {"", "attribute"}
        and bool(x.q.unit)
        and x.q.unit == y.q.unit
        and x.q.dimension is y.q.dimension
    )


def _same_figure(x: Quantity, y: Quantity) -> bool:
    """The same figure of one dimension on both sides, whatever noun it
    counts: the strongest sign that both give one quantity, so it is never a
    conflict (an unmatched figure beside it is a detail one side adds)."""
    if x.dimension is not y.dimension or x.vague or y.vague:
        return False
    if x.dimension is Dimension.MONEY and x.unit != y.unit:
        return False  # 60 million yen is not 60 million dollars
    # One hedged figure too: "about 15 kilometres" = "about 15 km".
    return x.low == y.low and x.high == y.high and x.other == y.other  # 6-4 is not 6-1


def _twins(x: _Figure, y: _Figure) -> bool:
    """The same figure on both sides, unless one is a yardstick the other's
    figure is set against ("65.79%, below the 67.4% recorded in 2019" vs
    "turnout was 67.4%"). An earlier value ("up from 48 on Tuesday") may
    still be the other side's figure of that day."""
    return _same_figure(x.q, y.q) and (x.role == "yardstick") == (y.role == "yardstick")


def _has_twin(figure: _Figure, twinned: Sequence[_Figure]) -> bool:
    return any(figure is t for t in twinned)


def _vague_addition(text: str, q: Quantity) -> tuple[bool, frozenset[str]]:
    """Whether ``q`` is a vague count added to the one before it ("with thousands
    more missing"), and, for a count, the stems of its clause."""
    if q.dimension is not Dimension.COUNT:
        return False, frozenset()
    added = q.vague and _MORE_AFTER_RE.match(text, q.end) is not None
    return added, _figure_clause_stems(text, q)


def _vague_additions_aside(f: _Figure, peers: list[_Figure]) -> list[_Figure]:
    """``peers`` without a vague count added to another ("put the toll at 18,700,
    with thousands more missing"): it counts another group, so it vouches for
    ``f`` ("the toll had reached 21,700") only when their clauses share a word,
    and only stands aside when ``f`` has another peer to be compared with."""
    if not any(o.added for o in peers):
        return peers
    kept = [o for o in peers if not o.added or o.clause & f.clause]
    return kept if any(not o.added for o in kept) else peers


def _unmatched(side: Sequence[_Figure], other: Sequence[_Figure]) -> list[Quantity]:
    """Quantities of ``side`` that have comparable ones in ``other`` but no compatible one."""
    out = []
    # A figure both sides give exactly is matched to its twin and to nothing
    # else: "0.25%, reduced to 0.12%" vs "0.25%, with a discounted 0.2%" compare
    # 0.12% with 0.2%, not 0.2% with the 0.25% that already has its twin.
    twinned = [o for o in other if any(_twins(f, o) for f in side)]
    for f in side:
        if any(_twins(f, o) for o in twinned):
            continue  # "411 of the 650 seats" = "411 of the 650 constituencies"
        peers = [
            o.q
            for o in _vague_additions_aside(
                f,
                [
                    o
                    for o in other
                    if _same_role(f, o)
                    and numbers.comparable(f.q, o.q)
                    and not _has_twin(o, twinned)
                    and not _nations_apart(f, o)
                    and not _sizes_apart(f, o)
                ],
            )
        ]
        # One nation's people under two nouns: "154 Chinese passengers" / "153 Chinese nationals".
        peers += [
            replace(o.q, unit=f.q.unit)
            for o in other
            if f.nationality
            and o.nationality == f.nationality
            and _same_role(f, o)
            and not numbers.comparable(f.q, o.q)
            and not _has_twin(o, twinned)
        ]
        if f.q.dimension is Dimension.MONEY:
            # A sum the other side also gives in this currency is compared in
            # it: "6.15 billion rupees ($75 million)" vs "$90 million" differ,
            # whatever rate would take the rupees to $90 million.
            same_currency = [q for q in peers if q.unit == f.q.unit]
            # ... and a sum given in a firm currency beside a volatile one ("55
            # billion hryvnias (about $1.5 billion)") is compared in the firm one.
            firm = [q for q in peers if numbers.firm_rate(q.unit)]
            peers = same_currency or firm or peers
        # A share ("2.3 million of them in Madrid") is compared with shares only,
        # but a plain figure it agrees with is that share ("more than two million
        # in Madrid alone").
        shares = [
            o.q for o in other if {f.role, o.role} == {"", "part"} and numbers.comparable(f.q, o.q)
        ]
        if any(numbers.quantities_compatible(f.q, o) for o in shares):
            continue
        if peers and not any(numbers.quantities_compatible(f.q, o) for o in peers):
            if (
                not _sum_of_kinds(f.q, other)
                and not _sum_of_named_kinds(f, other)
                and not _adds_up(f, side, other)
                # a part of a sum the other side gives whole
                and not any(f.q.unit in o.kinds and _sum_of_named_kinds(o, side) for o in other)
            ):
                out.append(f.q)
    return out


def _sum_of_named_kinds(f: _Figure, other: Sequence[_Figure]) -> bool:
    """ "more than 300 drones and missiles" = "185 drones, 36 cruise missiles and
    110 ballistic missiles": the other side's counts of those kinds add up to it."""
    if not f.kinds:
        return False
    parts = [o.q for o in other if o.q.dimension is Dimension.COUNT and o.q.unit in f.kinds]
    if len(parts) < 2 or len(parts) > 6 or {p.unit for p in parts} != f.kinds:
        return False
    low, high = sum(p.low for p in parts), sum(p.high for p in parts)
    return low <= f.q.high and f.q.low <= high


def _adds_up(f: _Figure, side: Sequence[_Figure], other: Sequence[_Figure]) -> bool:
    """One side's figure is the total of the other side's parts: "43,000 jobs in
    X and 18,000 jobs in Y" = "nearly 62,000 jobs in the two areas"; "35 cars
    and three trucks" = "38 vehicles". Not when the side of the total also
    gives a part ("ten cars and two motorbikes" is no total of "eight cars and
    two motorbikes")."""
    if f.parts:
        pairs = [(f.parts, o, other) for o in other if not o.parts]
    else:
        pairs = [(o.parts, f, side) for o in other if o.parts]
    return any(
        whole.role == f.role
        and _total_of(parts, whole.q)
        and not any(
            g is not whole and not g.included and numbers.comparable(g.q, p)
            for g in whole_side
            for p in parts
        )
        for parts, whole, whole_side in pairs
    )


# Counted nouns a total may gather under a broader one ("cars" are folded into
# "vehicle" already by `numbers`).
_KINDS_OF = {
    "vehicle": frozenset(
        "truck lorry bus van motorbike motorcycle coach tractor suv minibus trailer".split()
    ),
}


def _total_of(parts: Sequence[Quantity], whole: Quantity) -> bool:
    """``whole`` is compatible with the sum of ``parts`` and with none of them
    alone (a part the other side also gives is that part, not a total)."""
    if whole.vague or whole.dimension not in (Dimension.COUNT, Dimension.MONEY):
        return False
    if any(p.dimension is not whole.dimension for p in parts):
        return False
    if whole.dimension is Dimension.MONEY:
        if any(p.unit != whole.unit for p in parts):
            return False
    elif _people(whole) and all(_people(p) for p in parts):
        pass  # "22 suspects" = "13 people in Istanbul and nine in Izmir"
    elif (
        not whole.unit
        or whole.unit not in {p.unit for p in parts}
        or not all(p.unit == whole.unit or p.unit in _KINDS_OF.get(whole.unit, ()) for p in parts)
    ):
        return False  # "35 cars and three trucks" = "38 vehicles"; cases and deaths are no sum
    if any(numbers.quantities_compatible(p, whole) for p in parts):
        return False
    total = Quantity(
        sum(p.low for p in parts), sum(p.high for p in parts), whole.dimension, whole.unit
    )
    return numbers.quantities_compatible(total, whole)


# People counted under other nouns than `numbers.is_person_count` knows: a
# total of people may gather them ("22 suspects" = "13 people and nine").
_PEOPLE = frozenset(
    "suspect officer policeman firefighter child adult victim fan member man woman boy girl"
    " civilian militant journalist detainee hostage prisoner pupil occupant pilot".split()
)


def _people(q: Quantity) -> bool:
    return numbers.is_person_count(q) or (q.dimension is Dimension.COUNT and q.unit in _PEOPLE)


def _sum_of_kinds(q: Quantity, other: Sequence[_Figure]) -> bool:
    """A count of people that the other side gives in parts: "379 people" =
    "367 passengers and 12 crew members"; "67 people" = "the 64 people on the
    jet and the three soldiers" (parts of two kinds at least)."""
    if q.unit != "person" or not numbers.is_person_count(q):
        return False
    parts = [o.q for o in other if numbers.is_person_count(o.q)]
    if len(parts) > 3:
        return False
    if len({p.unit for p in parts}) < 2 or any(p.low != p.high for p in parts):
        return False
    total = sum(p.low for p in parts)
    return q.low <= total <= q.high


_NOT_GOODS = frozenset(
    {"person", "spectator", "soldier", "death", "vote", "seat", "goal", "time", "crash",
     "earthquake"}
)  # fmt: skip


@last_pair(context=numbers.limits_mode)
def amount_differs(a: Claim, b: Claim) -> Finding | None:
    """Money values that cannot both hold, or one package measured in money vs in units."""
    if not a.slots.quantities or not b.slots.quantities:
        return None
    ma, mb = _money(a), _money(b)
    if ma and mb:
        fa, fb = _money_figures(a), _money_figures(b)
        ua, ub = _unmatched(fa, fb), _unmatched(fb, fa)
        if ua and ub:
            return Finding(Kind.AMOUNT, "amount_differs", _describe(ua), _describe(ub))
        return None
    # Goods can be counted, weighed or priced ("dozens of aircraft" vs "$1
    # billion worth of weapons"; "17 tonnes of supplies" vs "worth about €2
    # million"); people, votes or goals are not what a sum of money measures,
    # but for the people who gave it ("raised $5 million" vs "40,000 people
    # donated").
    ca, cb = _goods(a, b), _goods(b, a)
    if ma and cb and not ca:
        return Finding(Kind.AMOUNT, "measured_differently", _describe(ma), _describe(cb))
    if mb and ca and not cb:
        return Finding(Kind.AMOUNT, "measured_differently", _describe(ca), _describe(mb))
    # A sum against a share or a change, each side giving only its own measure:
    # "the damage at about $7 billion" vs "a third of the fleet", "lost 3 billion
    # pesos of market value" vs "fell 4.5%", "€16 billion a year" vs "3.5% of output".
    pa, pb = _shares(a), _shares(b)
    if ma and pb and not pa:
        return Finding(Kind.AMOUNT, "measured_differently", _describe(ma), _describe(pb))
    if mb and pa and not pb:
        return Finding(Kind.AMOUNT, "measured_differently", _describe(pa), _describe(mb))
    return None


def _shares(claim: Claim) -> list[Quantity]:
    return [q for q in claim.slots.quantities if q.dimension is Dimension.PERCENT]


_GAVE_RE = re.compile(
    r"\b(?:donat\w*|donors?|contribut\w*|gave|given|sent\s+money)\b", re.IGNORECASE
)
_RAISED_RE = re.compile(
    r"\b(?:raised|donations?|appeal|fund(?:raiser|raising)?|GoFundMe|well-wishers)\b",
    re.IGNORECASE,
)


def _goods(claim: Claim, other: Claim) -> list[Quantity]:
    """Figures that measure a package in other terms than money: counted or
    weighed goods, or the people who gave to a fund the other side measures
    in money."""
    donors = bool(_GAVE_RE.search(claim.text)) and bool(_RAISED_RE.search(other.text))
    return [
        q
        for q in claim.slots.quantities
        if q.dimension is Dimension.MASS
        or (
            q.dimension is Dimension.COUNT
            and (q.unit not in _NOT_GOODS or (donors and q.unit == "person"))
            # a figure both give ("the three girls' families") is a shared detail
            and not any(_same_figure(q, o) for o in other.slots.quantities)
        )
    ]


# "seven of the estate's eight towers": a part, then the whole it is taken from.
_PART_OF_GAP_RE = re.compile(
    r"^\s+of\s+(?:(?:the|its|their|these|those|[^\W\d_]+['\u2019]s?)\s+){0,2}$", re.IGNORECASE
)
_ALL_BEFORE_RE = re.compile(r"\ball\s+(?:of\s+)?(?:the\s+|its\s+|their\s+)?$", re.IGNORECASE)


def _parts_of_wholes(claim: Claim) -> list[tuple[Quantity, Quantity]]:
    """(part, whole) figures of "N of the M <things>" with N below M."""
    qs = sorted(claim.slots.quantities, key=lambda q: q.start)
    return [
        (part, whole)
        for part, whole in pairwise(qs)
        if part.unit == whole.unit
        and part.dimension is whole.dimension is Dimension.COUNT
        and part.high < whole.low
        and _PART_OF_GAP_RE.match(claim.text[part.end : whole.start])
        # "Two of the 67 victims were skaters" says what the part is, not what befell it.
        and not _PART_IS_RE.match(claim.text[whole.end :])
    ]


_PART_IS_RE = re.compile(
    r"^(?:\s+[^\W\d_]+){0,2}\s+(?:were|was|are|is|had\s+been|have\s+been)\b", re.IGNORECASE
)


def _all_of(claim: Claim, whole: Quantity) -> Quantity | None:
    """A figure of ``claim`` that says all of ``whole`` ("all eight towers")."""
    for q in claim.slots.quantities:
        if (
            q.unit == whole.unit
            and (q.low, q.high) == (whole.low, whole.high)
            and _ALL_BEFORE_RE.search(claim.text[max(0, q.start - 20) : q.start])
        ):
            return q
    return None


# "Of the 242 people aboard, only one survived": a part after the whole it is
# taken from, set before it.
_FRONTED_WHOLE_RE = re.compile(
    r"^\s*(?:[^\W\d_]+\s+){0,3}?of\s+(?:the|its|their)\s+$", re.IGNORECASE
)
_FRONTED_GAP_RE = re.compile(r"^[^,;.\d]{0,60},\s+(?:only\s+|just\s+)?$", re.IGNORECASE)


def _parts_and_wholes(claim: Claim) -> list[tuple[Quantity, Quantity]]:
    """(part, whole) figures of "N of the M <things>" (`_parts_of_wholes`) and
    of "Of the M <things> ..., N ..." (the whole first)."""
    out = []
    qs = sorted(claim.slots.quantities, key=lambda q: q.start)
    for x, y in pairwise(qs):
        if x.dimension is not Dimension.COUNT or y.dimension is not Dimension.COUNT:
            continue
        if x.high < y.low and _PART_OF_GAP_RE.match(claim.text[x.end : y.start]):
            # "about 11,000 of the 28,000 flights", "killing 241 of the 242 people"
            out.append((x, y))
        elif (
            y.high < x.low
            and _FRONTED_WHOLE_RE.match(claim.text[: x.start])
            and _FRONTED_GAP_RE.match(claim.text[x.end : y.start])
        ):
            out.append((y, x))  # "Of the 242 people aboard, only one survived"
    return out


def _complements_settled(
    a: Claim, ua: list[Quantity], b: Claim, ub: list[Quantity]
) -> tuple[list[Quantity], list[Quantity]]:
    """The unmatched figures left once two parts of one whole that both sides
    give, and that add up to it, are set aside: "only about 11,000 of the
    28,000 flights took place" / "about 17,000 of the 28,000 flights were
    cancelled"; "Of the 242 people aboard, only one survived" / "killing 241 of
    the 242 people on board". Each side tells the other part of one split."""
    for pa, wa in _parts_and_wholes(a):
        for pb, wb in _parts_and_wholes(b):
            if not numbers.quantities_compatible(wa, wb) or not (
                any(pa is q for q in ua) and any(pb is q for q in ub)
            ):
                continue
            low, high = pa.low + pb.low, pa.high + pb.high
            exact = low == high and float(low).is_integer()
            total = Quantity(  # (an exact sum is written to the unit: 243 is no 242)
                low, high, Dimension.COUNT, approx=pa.approx or pb.approx,
                text=f"{int(low)}" if exact else "",
            )  # fmt: skip
            both = Quantity(wa.low, wa.high, Dimension.COUNT, approx=wa.approx, text=wa.text)
            if numbers.quantities_compatible(total, both):
                return [q for q in ua if q is not pa], [q for q in ub if q is not pb]
    return ua, ub


def _gives_part(claim: Claim, part: Quantity, every: Quantity) -> bool:
    """``claim`` also gives the part, after its "all": "All four runways were
    closed, and two reopened" against "reopened two of its four runways" (two
    states of the runways, each agreeing)."""
    return any(
        q.start > every.end
        and q.dimension is Dimension.COUNT
        and (q.low, q.high) == (part.low, part.high)
        and q.unit in ("", part.unit)
        for q in claim.slots.quantities
    )


def _part_against_all(a: Claim, b: Claim) -> Finding | None:
    """ "seven of the eight towers" against "all eight towers": the whole both
    give agrees, the part does not."""
    for x, y, flip in ((a, b, False), (b, a, True)):
        for part, whole in _parts_of_wholes(x):
            every = _all_of(y, whole)
            if every is not None and not _gives_part(y, part, every):
                values = (
                    f"{part.text} of {whole.text}",
                    f"all {every.text}",
                )
                va, vb = (values[1], values[0]) if flip else values
                return Finding(Kind.NUMBER, "number_differs", va, vb)
    return None


# "Eleven workers were killed, all of them Transocean employees"; "every one
# of those calls": a whole said to be all of one thing, and what they all are.
_ALL_OF_THEM_RE = re.compile(
    r"\b(?:all\s+of\s+(?:them|whom)|every\s+one\s+of\s+(?:them|the|those|these))\s+"
    r"(?P<rest>[^,;:.()\u2014]{3,60})",
    re.IGNORECASE,
)
_ONLY_BEFORE_RE = re.compile(r"\b(?:only|just)\s+$", re.IGNORECASE)
_PARTITIVE_OF_RE = re.compile(r"^\s+of\s+(?:the|those|these|its|their|them)\b", re.IGNORECASE)
_PART_WORDS = 8  # words after a part's figure that may say what it is


def _all_of_them(claim: Claim) -> list[tuple[Quantity | None, str, frozenset[str]]]:
    """(whole, phrase, content stems) of each "<N things>, all of them <X>" or
    "every one of those <things>"; whole is the count just before, if any."""
    out = []
    for m in _ALL_OF_THEM_RE.finditer(claim.text):
        words = frozenset(lexical.content_stems(m["rest"]))
        if not words:
            continue
        before = [
            q for q in claim.slots.quantities
            if q.dimension is Dimension.COUNT and q.end <= m.start()
            and not re.search(r"[.;:]", claim.text[q.end : m.start()])
        ]  # fmt: skip
        whole = max(before, key=lambda q: q.end) if before else None
        out.append((whole, m.group(0), words))
    return out


def _part_said_of(claim: Claim, q: Quantity) -> frozenset[str]:
    """Content stems of the few words after the figure ``q``, within its clause."""
    after = re.split(r"[,;:()\u2014]|\s+and\s+|\s+but\s+", claim.text[q.end : q.end + 120])[0]
    return frozenset(lexical.content_stems(" ".join(after.split()[:_PART_WORDS])))


def all_against_part(draft: Claim, source: Claim) -> Finding | None:
    """The draft says all of a whole are one thing, the source that only a
    part are: "Eleven workers were killed, all of them Transocean employees"
    vs "Eight of the 11 workers ... were Transocean employees"; "Three people
    were killed in Grenada, all of them on Carriacou" vs "three people were
    killed in Grenada: two on Carriacou and a man on the main island"; "every
    one of those calls" vs "only four of the calls". The part must say the
    same thing as the draft's "all" (a word of it) and be taken from the same
    whole: below the draft's whole, which the source gives too, or "only N of
    the <things>". "Eleven workers died, all of them Transocean employees"
    against "nine of the 11 had children" says nothing against it.

    For checking a draft only (`verdicts`): between two sources a part may be
    the share one outlet could confirm."""
    counts = [q for q in source.slots.quantities if q.dimension is Dimension.COUNT]
    for whole, phrase, words in _all_of_them(draft):
        for q in counts:
            partitive = _PARTITIVE_OF_RE.match(source.text[q.end :])
            if whole is None and partitive is not None:
                # "only four of the calls": what the part is taken from
                said = frozenset(
                    lexical.content_stems(
                        " ".join(source.text[q.end + partitive.end() :].split()[:2])
                    )
                )
            else:
                said = _part_said_of(source, q)
            if not said & words:
                continue
            if whole is not None:
                if not q.high < whole.low or not any(
                    w is not q
                    and numbers.quantities_compatible(replace(w, unit=""), replace(whole, unit=""))
                    for w in counts
                ):  # (the whole, whatever noun counts it: "11 missing men" / "Eleven workers")
                    continue
            elif not (
                (
                    _ONLY_BEFORE_RE.search(source.text[max(0, q.start - 10) : q.start])
                    or _ONLY_BEFORE_RE.search(q.text.split()[0] + " ")  # "only four"
                )
                and partitive is not None
            ):
                continue
            every = f"{whole.text}, {phrase}" if whole is not None else phrase
            return Finding(Kind.NUMBER, "number_differs", every.strip(), q.text)
    return None


# A number that names rather than counts: "Flight 371", "the number 10 shirt",
# "No. 10", "Article 5", "Resolution 2334". Two of one kind that share none
# name two things (QA pass 21: "flight 371" was supported by "flight 370").
_LABEL_RE = re.compile(
    r"\b((?i:flight|number|no\.?|bus|train|article|section|resolution|chapter|room|seat|ward"
    # "a Category 2 hurricane" vs "a Category 1 hurricane" (new177, new54)
    r"|cell|category))"
    # an airline's code in capitals ("MH370"), never "at 11:21"
    r"\s+((?:[A-Z]{2}\s?)?[0-9]{1,5}[A-Z]?)(?![\w,.:-]?[0-9])(?!\s*(?:[ap]\.?m\b|h\b))"
)
_LABEL_KINDS = {"no.": "number", "no": "number"}
# "the first Category 4 hurricane to strike the US since 2005", "the earliest
# Category 5 on record": a record of its class (new96: the earliest Category 4
# and the earliest Category 5 are two records of one storm).
_RANKED_CLASS_RE = re.compile(
    r"\b(?:first|earliest|latest|last|only|second|third|[^\W\d_]{2,}est)\s+(?:major\s+)?$",
    re.IGNORECASE,
)


@lru_cache(maxsize=65536)
def _labels(text: str) -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for m in _LABEL_RE.finditer(text):
        word = m.group(1).lower()
        if word in ("no", "no.") and not m.group(1)[0].isupper():
            continue  # "no 10 people": a denial, not "No. 10"
        if word == "category" and _RANKED_CLASS_RE.search(text[max(0, m.start() - 30) : m.start()]):
            continue  # "the earliest Category 5 hurricane on record": a class, not this storm's
        kind = _LABEL_KINDS.get(word, word)
        out.setdefault(kind, set()).add(m.group(2).replace(" ", "").upper())
    return {kind: frozenset(codes) for kind, codes in out.items()}


def _label_key(code: str) -> str:
    """A label's number without an airline's letters: "MH370" is flight 370."""
    return re.sub(r"^[A-Z]{2}(?=[0-9])", "", code)


def _labels_apart(a: str, b: str) -> tuple[str, str] | None:
    """("Flight 371", "Flight 370") when both name a numbered thing of one kind and share none."""
    la, lb = _labels(a), _labels(b)
    for kind in sorted(la.keys() & lb.keys()):
        if not {_label_key(c) for c in la[kind]} & {_label_key(c) for c in lb[kind]}:
            name = kind.capitalize()
            return (
                "; ".join(f"{name} {c}" for c in sorted(la[kind])),
                "; ".join(f"{name} {c}" for c in sorted(lb[kind])),
            )
    return None


# The sustained winds of each category of the Saffir-Simpson scale, in km/h
# (74-95 mph, 96-110, 111-129, 130-156, 157 and up). Only a hurricane's or a
# storm's: Australia's and India's cyclone categories are other scales.
_SAFFIR_SIMPSON_KMH = {
    "1": (119.0, 153.0), "2": (154.0, 177.0), "3": (178.0, 208.0), "4": (209.0, 251.0),
    "5": (252.0, math.inf),
}  # fmt: skip
_CATEGORY_RE = re.compile(
    r"\bCategory\s+([1-5])\s+(?:major\s+)?(?:hurricane|storm)\b", re.IGNORECASE
)
# "with winds of about 100 mph", "sustained winds of 175 mph", "wind speeds of
# 270 km/h": the winds, not a gust ("gusts of up to 150 mph") nor the storm's
# own pace ("moving north at 12 mph").
_WINDS_BEFORE_RE = re.compile(r"\bwinds?\b(?![^.;,]*\bgust)[^.;,]{0,30}$", re.IGNORECASE)
_CATEGORY_SLACK_KMH = 3.0  # a boundary converted from mph and rounded


def _category_against_winds(a: Claim, b: Claim) -> Finding | None:
    """A hurricane's category on one side against its winds on the other: "had
    weakened to a Category 1 hurricane" (74-95 mph) vs "passed near Valdosta
    with winds of about 100 mph" (new54). The side with the category gives no
    wind speed and the other no category; a hedged speed is read at its middle,
    a floor or a ceiling must lie wholly outside the category. A category at an
    earlier stage than the other side's moment ("had briefly reached Category
    4", `_EARLIER_STAGE_RE`) is another moment, not compared."""
    for x, y, flip in ((a, b, False), (b, a, True)):
        cats = {m.group(1) for m in _CATEGORY_RE.finditer(x.text)}
        if len(cats) != 1 or _CATEGORY_RE.search(y.text) or _speeds(x):
            continue
        winds = _winds(y)
        if not winds:
            continue
        if (_EARLIER_STAGE_RE.search(x.text) is None) != (_EARLIER_STAGE_RE.search(y.text) is None):
            return None
        # a storm's strength is of one moment and place: "struck eastern Cuba
        # early on Wednesday as a Category 3" says nothing of its winds at
        # landfall in Jamaica on the day before
        if _days_apart(a, b) or place_differs(a, b) is not None:
            return None
        (cat,) = cats
        low, high = _SAFFIR_SIMPSON_KMH[cat]
        low, high = low - _CATEGORY_SLACK_KMH, high + _CATEGORY_SLACK_KMH
        inside = []
        for q in winds:
            if numbers.bound_kind(q.text) is not None:
                inside.append(q.low <= high and low <= q.high)
            else:
                middle = (q.low + q.high) / 2
                inside.append(low <= middle <= high)
        if any(inside):
            return None
        values = (f"Category {cat}", "; ".join(q.text for q in winds))
        return Finding(Kind.NUMBER, "category_differs", *(values[::-1] if flip else values))
    return None


def _days_apart(a: Claim, b: Claim) -> bool:
    """Both sides date what they tell to a day, and no day of one is a day of the other."""
    da = [(d.low, d.high) for d in a.slots.dates if _specific(d) and d.low and d.high]
    db = [(d.low, d.high) for d in b.slots.dates if _specific(d) and d.low and d.high]
    return (
        bool(da)
        and bool(db)
        and not any(xlo <= yhi and ylo <= xhi for xlo, xhi in da for ylo, yhi in db)
    )


def _speeds(claim: Claim) -> list[Quantity]:
    return [
        q for q in claim.slots.quantities if q.dimension is Dimension.COUNT and q.unit == "km/h"
    ]


def _winds(claim: Claim) -> list[Quantity]:
    """The wind speeds a sentence gives (`_WINDS_BEFORE_RE`)."""
    return [
        q
        for q in _speeds(claim)
        if _WINDS_BEFORE_RE.search(claim.text[max(0, q.start - 40) : q.start])
    ]


# Between two figures that add up ("seven passengers and a crew of three",
# "144 passengers, two pilots and four cabin crew", "175 were passengers and
# six were crew members"): the gap ends in "and" or a comma. Figures joined by
# "another", "a further", "N more", "along with" or "plus" are left apart: they
# are often said of another act or moment ("12 were killed and another 30
# injured"; measured: on the unread batches they cost a divergence).
_ADDED_JOINT_RE = re.compile(
    r"(?:,?\s*\band|,)\s+(?P<crew>a\s+(?:crew|staff)\s+of\s+)?"
    r"(?:(?:about|around|some|nearly|almost|roughly|approximately)\s+)?$",
    re.IGNORECASE,
)
# "175 were passengers and six were crew members": one verb, said of each part.
_PARALLEL_GAP_RE = re.compile(
    r"^\s+(?P<verb>were|was|are|is)\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s*,?\s+and\s+$", re.IGNORECASE
)
_SUM_MAX_GAP = 160


def _added_to(text: str, x: Quantity, y: Quantity) -> bool:
    """``y`` follows ``x`` as a further part of one total, not a figure of
    another kind of event ("five were killed and ten injured" is no sum)."""
    gap = text[x.end : y.start]
    if len(gap) > _SUM_MAX_GAP or re.search(r"[.;:()]", gap):
        return False
    parallel = _PARALLEL_GAP_RE.match(gap)
    if parallel is not None:
        return bool(re.match(rf"^\s+{parallel.group('verb')}\b", text[y.end :], re.IGNORECASE))
    joint = _ADDED_JOINT_RE.search(gap)
    if joint is None:
        return False
    if joint.group("crew"):
        return True
    # a plain list of nouns: "144 passengers, two pilots and four cabin crew"
    # ("129 people dead and 352 injured" lists two states, not two parts)
    plain = _COORDINATION_GAP_RE.match(gap)
    return plain is not None and not _PAST_RE.search(gap) and bool(x.unit) and bool(y.unit)


def _sum_groups(claim: Claim, figures: Sequence[_Figure]) -> list[tuple[_Figure, ...]]:
    """Runs of two to four figures of one dimension that one sentence adds up."""
    own = sorted(
        (
            f
            for f in figures
            if f.role == ""
            and f.q.dimension is Dimension.COUNT
            and not _partitive(claim.text, f.q)  # "of the 181 on board": a whole
        ),
        key=lambda f: f.q.start,
    )
    groups, run = [], []
    for f in own:
        if run and _added_to(claim.text, run[-1].q, f.q):
            run.append(f)
            continue
        if 2 <= len(run) <= 4:
            groups.append(tuple(run))
        run = [f]
    if 2 <= len(run) <= 4:
        groups.append(tuple(run))
    return groups


# "killed 25 tourists and a local pony handler": one more, counted by its
# article; "All 69 people aboard the Tupolev ... were killed, as were both pilots
# of the Boeing": two more, by "both" (new81, new215).
_AND_ONE_MORE_RE = re.compile(
    r"\s+(?:[^\W\d_][\w'\u2019-]*\s+){0,2}?[^\W\d_][\w'\u2019-]*s\s+and\s+(?:a|an)\s+"
    r"(?!(?:few|half|dozen|total|number|further|lot|couple|third|quarter|fifth|majority"
    r"|minority|series|range|host|score|handful|record|similar|third|second|new)\b)"
    r"(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*\b(?!\s+of\b)"
)
_AS_WERE_BOTH_RE = re.compile(r"[^.;]{0,120}?,\s+as\s+(?:were|was)\s+both\s+[a-z]")


def _unnumbered_parts(claim: Claim, figures: Sequence[_Figure]) -> list[tuple[_Figure, ...]]:
    """A count and a further part the sentence names without a figure (`_AND_ONE_MORE_RE`,
    `_AS_WERE_BOTH_RE`), as groups for `_sums_accounted`."""
    own = sorted(
        (
            f
            for f in figures
            if f.role == "" and f.q.dimension is Dimension.COUNT and not f.q.vague and f.q.unit
        ),
        key=lambda f: f.q.start,
    )
    groups = []
    for f in own:
        more = 1.0 if _AND_ONE_MORE_RE.match(claim.text, f.q.end) else None
        if more is None and f is own[0] and _AS_WERE_BOTH_RE.match(claim.text, f.q.end):
            more = 2.0
        if more is not None:
            extra = Quantity(more, more, Dimension.COUNT, text="a" if more == 1 else "both")
            groups.append((f, _Figure(extra, "", None)))
    return groups


# Words that add the second figure to the first: "80 homes were destroyed and
# another 65 damaged", "300 on Sunday and about 1,200 more on Monday", "30,000
# megawatts of thermal plants ... along with 16,000 megawatts from wind". Said
# of another act or moment ("12 killed and another 30 injured"), such parts
# make a total only of a whole said of both (`_GATHERED_RE`).
_ADDITION_GAP_RE = re.compile(
    r"\b(?P<word>another|a\s+further|(?P<attached>along\s+with|plus|as\s+well\s+as))\s+"
    r"(?:(?:about|around|some|nearly|almost|roughly|approximately)\s+)?$",
    re.IGNORECASE,
)
_MORE_AFTER_RE = re.compile(r"\s+(?:more|others)\b(?!\s+than\b)", re.IGNORECASE)
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
# A whole said of two acts or two days at once ("destroyed or damaged", "killed
# or injured", "on Sunday and Monday"), or counted as a total ("in all").
_GATHERED_RE = re.compile(
    r"\b[^\W\d_]{2,}ed\s+(?:or|and)\s+(?:[^\W\d_]+\s+)?[^\W\d_]{2,}ed\b"
    rf"|\b{_WEEKDAY}\s+(?:or|and)\s+(?:on\s+)?{_WEEKDAY}\b",
    re.IGNORECASE,
)
_TOTALLED_RE = re.compile(r"\b(?:in\s+all|in\s+total|altogether|combined|a\s+total\s+of)\b", re.I)


def _marked_sum_groups(
    claim: Claim, figures: Sequence[_Figure]
) -> list[tuple[tuple[_Figure, _Figure], bool]]:
    """Two figures of one dimension that words mark as added (`_ADDITION_GAP_RE`,
    `_MORE_AFTER_RE`), and whether the second is said of its own act, so that
    only a whole said of both gathers them (`_gathers`)."""
    own = sorted(
        (
            f
            for f in figures
            if f.role == "" and f.q.dimension is Dimension.COUNT and not f.q.vague
            and not _partitive(claim.text, f.q)
        ),
        key=lambda f: f.q.start,
    )  # fmt: skip
    groups = []
    for x, y in pairwise(own):
        gap = claim.text[x.q.end : y.q.start]
        if len(gap) > _SUM_MAX_GAP or re.search(r"[.;:()]", gap):
            continue
        joint = _ADDITION_GAP_RE.search(gap)
        if joint is not None:
            groups.append(((x, y), joint.group("attached") is None))
        elif _MORE_AFTER_RE.match(claim.text, y.q.end) and re.search(r"\band\s", gap):
            groups.append(((x, y), True))
    return groups


def _gathers(text: str, q: Quantity) -> bool:
    """The figure ``q`` is said of two acts or days at once, or as a total."""
    start = max((text.rfind(c, 0, q.start) for c in ",;:"), default=-1) + 1
    ends = [i for i in (text.find(c, q.end) for c in ",;:.") if i >= 0]
    return bool(
        _GATHERED_RE.search(text[start : min(ends, default=len(text))]) or _TOTALLED_RE.search(text)
    )


def _units_sum_to(parts: Sequence[Quantity], whole: Quantity) -> bool:
    """Parts of one noun (or none) add up to that noun; people of several
    kinds ("passengers", "crew") to people."""
    if not whole.unit:
        return True
    if _people(whole) and all(_people(p) or not p.unit for p in parts):
        return True
    return all(not p.unit or p.unit == whole.unit for p in parts)


def _sum_whole(parts: Sequence[Quantity], candidates: Sequence[_Figure]) -> _Figure | None:
    """The figure of ``candidates`` that the sum of ``parts`` gives, and no part alone."""
    if any(p.vague for p in parts):
        return None
    total = Quantity(
        sum(p.low for p in parts),
        sum(p.high for p in parts),
        Dimension.COUNT,
        approx=any(p.approx for p in parts),
    )
    for w in candidates:
        q = w.q
        if (
            q.dimension is Dimension.COUNT
            and not q.vague
            and w.role == ""
            and _units_sum_to(parts, q)
            and numbers.quantities_compatible(replace(total, unit=q.unit), q)
            and not any(numbers.quantities_compatible(p, q) for p in parts)
        ):
            return w
    return None


def _sums_accounted(
    a: Claim,
    fa: Sequence[_Figure],
    ua: list[Quantity],
    b: Claim,
    fb: Sequence[_Figure],
    ub: list[Quantity],
) -> tuple[list[Quantity], list[Quantity]]:
    """The unmatched figures left once parts that add up to a figure are set
    against it: "seven passengers and a crew of three" = "ten people"; "all
    100 passengers and nine crew" = "all 109 people on board"; and a
    breakdown of a total the sentence itself gives ("of the 181 on board, 175
    were passengers and six were crew") is a detail of that total (the total
    is still compared). Parts of two states ("five killed and ten injured"),
    or two splits of one total ("57 passengers and 12 crew" / "60 passengers
    and nine crew"), are no sum."""
    settled: set[int] = set()  # ids of settled quantities
    for x, fx, y, fy in ((a, fa, b, fb), (b, fb, a, fa)):
        groups = [(g, False) for g in (*_sum_groups(x, fx), *_unnumbered_parts(x, fx))]
        groups += _marked_sum_groups(x, fx)
        for group, own_acts in groups:
            parts = [f.q for f in group]
            earlier = [f for f in fx if f.q.end <= parts[0].start]
            if _sum_whole(parts, earlier) is not None:
                # a breakdown of the sentence's own total: the total is still compared
                settled.update(id(p) for p in parts)
                continue
            whole = _sum_whole(parts, fy)
            if whole is None or any(
                g is not whole
                and g.q.unit
                and any(
                    p.unit == g.q.unit and not numbers.quantities_compatible(p, g.q) for p in parts
                )
                for g in fy
            ):
                continue  # "57 passengers and 12 crew" is no total of "60 passengers and nine crew"
            if own_acts and not _gathers(y.text, whole.q):
                continue  # "12 killed and another 30 injured" is no total of "42 killed"
            settled.update(id(p) for p in parts)
            settled.add(id(whole.q))
    if not settled:
        return ua, ub
    return [q for q in ua if id(q) not in settled], [q for q in ub if id(q) not in settled]


# Where a figure's clause ends: punctuation, or a conjunction or relative word
# that opens another clause ("..., where Labour won 37"; "while the broader S&P
# 500 lost 1.5%"; "with almost 400 people injured").
_FIGURE_CLAUSE_BREAK_RE = re.compile(
    r"[,;:()\u2013\u2014]|\s(?:and|but|while|whereas|when|where|who|which|with|after|before)\s",
    re.IGNORECASE,
)


# Words of one casualty count: "40 were injured" / "52 people hurt"; "12
# killed" / "12 dead" (stems of `lexical.content_stems`).
_CASUALTY_STEMS = {
    "injur": "injur", "injuri": "injur", "wound": "injur", "hurt": "injur",
    "kill": "death", "dead": "death", "died": "death", "death": "death", "die": "death",
    "fatal": "death", "fatality": "death", "fataliti": "death",
}  # fmt: skip


def _figure_clause_stems(text: str, q: Quantity) -> frozenset[str]:
    """Content stems of the clause that holds ``q``, the figure's own words left
    out, casualty words folded to one (`_CASUALTY_STEMS`)."""
    start, end = 0, len(text)
    for m in _FIGURE_CLAUSE_BREAK_RE.finditer(text):
        if m.end() <= q.start:
            start = m.end()
        elif m.start() >= q.end:
            end = m.start()
            break
    stems = _stem_set(text[start : q.start] + " " + text[q.end : end]) - _stem_set(q.text)
    return frozenset(_CASUALTY_STEMS.get(w, w) for w in stems)


def _anchor_figures(fa: Sequence[_Figure], fb: Sequence[_Figure]) -> bool:
    """Whether the two sides share a figure of one quantity: a compatible
    figure in one role, a count with its noun on both sides unless it is the
    same figure ("41 aircraft" / "more than 40 warplanes"; "267" / "267"; "3.1%"
    / "more than 3%"; not "more than 2 million" / "some 2.5 million customers")."""
    return any(
        _same_role(x, y)
        and numbers.comparable(x.q, y.q)
        # a count needs its noun on both sides, or the same figure
        and (
            x.q.dimension is not Dimension.COUNT
            or (bool(x.q.unit) and bool(y.q.unit))
            or _same_figure(x.q, y.q)
        )
        and x.q.dimension is not Dimension.ORDINAL
        and x.role not in ("age", "yardstick", "previous")
        and numbers.quantities_compatible(x.q, y.q)
        for x in fa
        for y in fb
    )


def _one_quantity(x: Claim, f: Quantity, y: Claim, g: Quantity) -> bool:
    """Whether two figures left unmatched may be one quantity. Only a count
    of a named thing against a bare count ("Scotland's 57 seats" / "where
    Labour won 37"; "almost 400 people injured" / "it had climbed to 290")
    must show it, by a word their clauses share ("57 seats" / "37 seats
    remain"); measures, shares, two named counts (`numbers.comparable`
    decides) and two bare ones ("176 were injured" / "more than 180 were
    wounded") are compared as before, and so is a bare count that adds to
    the thing counted before it ("18 more", "28 others")."""
    if not numbers.comparable(f, g):
        return False
    if f.dimension is not Dimension.COUNT or bool(f.unit) == bool(g.unit):
        return True
    if numbers.is_measure_code(f.unit) or numbers.is_measure_code(g.unit):
        return True
    # a bare count that adds to the thing counted before it: "18 more", "28
    # others", "another 30", "a further 104" (`_MORE_AFTER_RE`, `_ADDITION_GAP_RE`)
    bare, text = (f, x.text) if not f.unit else (g, y.text)
    added = _ADDITION_GAP_RE.search(text[: bare.start])
    if _MORE_AFTER_RE.match(text, bare.end) or (added and not added.group("attached")):
        return True
    return bool(_figure_clause_stems(x.text, f) & _figure_clause_stems(y.text, g))


def _other_quantities_aside(
    a: Claim,
    fa: Sequence[_Figure],
    ua: list[Quantity],
    b: Claim,
    fb: Sequence[_Figure],
    ub: list[Quantity],
) -> tuple[list[Quantity], list[Quantity]]:
    """Once both sides agree on a figure of one quantity, a figure each side
    leaves unmatched is compared only with one shown to be of the same
    quantity (`_one_quantity`); others are details of other quantities one
    side adds: "The death toll rose to 267, with almost 400 people injured" /
    "put the toll at 267 on Friday; by Saturday evening it had climbed to 290";
    "The SNP kept just nine of Scotland's 57 seats" / "fell to nine seats in
    Scotland, where Labour won 37". With no shared figure, or two of one
    thing ("26 killed and 57 wounded" / "26 killed and 46 wounded"), the
    figures are still compared."""
    if not _anchor_figures(fa, fb):
        return ua, ub

    # a people counted by nation is named by it ("24 Britons" / "26 British
    # nationals"), and a part of a whole is a share of it ("Of the 242 aboard,
    # only two survived" / "killed 241 of the 242 on board")
    def named(x: Claim, fx: Sequence[_Figure]) -> set[tuple[int, int]]:
        spans = {(f.q.start, f.q.end) for f in fx if f.nationality}
        return spans | {(part.start, part.end) for part, _whole in _parts_and_wholes(x)}

    na, nb = named(a, fa), named(b, fb)
    keep_a = [f for f in ua if (f.start, f.end) in na or any(_one_quantity(a, f, b, g) for g in ub)]
    keep_b = [g for g in ub if (g.start, g.end) in nb or any(_one_quantity(b, g, a, f) for f in ua)]
    return keep_a, keep_b


@last_pair(context=numbers.limits_mode)
def number_differs(a: Claim, b: Claim) -> Finding | None:
    """A count, share or measure that both give and that cannot be reconciled,
    or a number that names a thing ("Flight 371" vs "Flight 370")."""
    labels = _labels_apart(a.text, b.text)
    if labels is not None:
        return Finding(Kind.NUMBER, "label_differs", *labels)
    category = _category_against_winds(a, b)
    if category is not None:
        return category
    if not a.slots.quantities or not b.slots.quantities:
        return None
    found = _part_against_all(a, b)
    if found is not None:
        return found
    fa, fb = _other_figures(a), _other_figures(b)
    ua, ub = _unmatched(fa, fb), _unmatched(fb, fa)
    if ua and ub:
        ua, ub = _sums_accounted(a, fa, ua, b, fb, ub)
    if ua and ub:
        ua, ub = _complements_settled(a, ua, b, ub)
    if ua and ub:
        ua, ub = _other_quantities_aside(a, fa, ua, b, fb, ub)
    if ua and ub:
        ua, ub = _interim_scores_aside(a, ua, b, ub)
    if ua and ub and _ages_then_and_now(a.text, b.text):
        # ("She was 15 when she was taken" / "She is now 25": two moments)
        if all(q.low is not None and q.low <= 120 for q in (*ua, *ub)):
            return None
    if ua and ub:
        bare = any(
            all(q.dimension is Dimension.COUNT and not q.unit for q in side) for side in (ua, ub)
        )
        return Finding(Kind.NUMBER, "number_differs", _describe(ua), _describe(ub), bare=bare)
    return None


# A score at a moment of the match, not its end: "Tottenham led 2-0 at
# halftime", "a 12-6 lead at the break", "3-0 down at half-time", "the
# half-time score of 1-1".
_INTERIM_AFTER_RE = re.compile(
    r"^\s*(?:(?:lead|advantage|deficit|up|down|ahead|behind)\s+)?(?:at|by)\s+(?:the\s+)?"
    r"(?:half[-\s]?time|halftime|the\s+break|the\s+interval)\b",
    re.IGNORECASE,
)
_INTERIM_BEFORE_RE = re.compile(
    r"\b(?:half[-\s]?time|halftime|interval)\s+(?:lead|score|advantage|deficit)\s+(?:of\s+|was\s+)?$",
    re.IGNORECASE,
)


def _interim(q: Quantity, claim: Claim) -> bool:
    """A score the sentence puts at half-time or the break."""
    return q.dimension is Dimension.SCORE and bool(
        _INTERIM_AFTER_RE.match(claim.text[q.end : q.end + 40])
        or _INTERIM_BEFORE_RE.search(claim.text[max(0, q.start - 40) : q.start])
    )


def _interim_scores_aside(
    a: Claim, ua: list[Quantity], b: Claim, ub: list[Quantity]
) -> tuple[list[Quantity], list[Quantity]]:
    """Without a half-time score against a side that gives none: "Tottenham
    led 2-0 at halftime but ... Hazard equalised" against "earned Chelsea a
    2-2 draw" tells two moments of one match. Two half-time scores still
    meet ("led 2-0 at half-time" / "were 2-1 up at the break")."""
    interim_a = [q for q in ua if _interim(q, a)]
    interim_b = [q for q in ub if _interim(q, b)]
    if interim_a and not interim_b:
        ua = [q for q in ua if q not in interim_a]
    elif interim_b and not interim_a:
        ub = [q for q in ub if q not in interim_b]
    return ua, ub


# "The 12-year-old jet", "the nine-year-old Boeing 777", "the 20-year-old Pan
# Am jumbo": the age of a machine or a structure, not of a person.
_THING_AFTER_AGE_RE = re.compile(
    r"^\s+(?:[\w'\u2019-]+\s+){0,2}?(?:aircraft|plane|airplane|jet|jetliner|airliner|jumbo"
    r"|helicopter|boeing|airbus|ship|vessel|ferry|tanker|boat|submarine|train|bridge|building"
    r"|tower|dam|reactor|stadium)s?\b",
    re.IGNORECASE,
)
# "was delivered to Pan Am in February 1970", "was built in 2009": the year a
# thing came into being or into service.
_BUILT_BEFORE_RE = re.compile(
    r"\b(?:built|delivered|manufactured|constructed|completed|commissioned|entered\s+service"
    r"|went\s+into\s+service|first\s+flew|rolled\s+out)\b[^.;:]{0,40}$",
    re.IGNORECASE,
)


def _thing_ages(claim: Claim) -> list[tuple[Quantity, int]]:
    """Ages in whole years of a machine or structure ("the nine-year-old Boeing 777")."""
    return [
        (q, round(q.low / 365.25))
        for q in claim.slots.quantities
        if q.dimension is Dimension.DURATION
        and q.low == q.high
        and q.text.lower().endswith("-year-old")
        and _THING_AFTER_AGE_RE.match(claim.text[q.end :])
    ]


def _build_dates(claim: Claim) -> list[DateRef]:
    """Years or months a thing was built or delivered ("delivered to JAL in 2019")."""
    return [
        d
        for d in claim.slots.dates
        if d.low is not None
        and d.high is not None
        and not d.bound
        and (d.high - d.low).days <= 366
        and _BUILT_BEFORE_RE.search(claim.text[max(0, d.start - 60) : d.start])
    ]


def _full_years(start: dt.date, end: dt.date) -> int:
    return end.year - start.year - ((end.month, end.day) < (start.month, start.day))


def age_differs(a: Claim, b: Claim) -> Finding | None:
    """A thing's age against the year the other side says it was built or delivered.

    "The 12-year-old jet" in a report of December 2024 against "was built in
    2009" (15 years): one of them is wrong. Reporters round an age, and a
    delivery is not always the build, so a year of play is allowed either way
    (quality/extra: four air-crash stories set "two-year-old", "nine-year-old",
    "12-year-old" and "20-year-old" against a delivery or build year).
    """
    for x, y, flip in ((a, b, False), (b, a, True)):
        anchor = x.slots.anchor
        ages, built = _thing_ages(x), _build_dates(y)
        if anchor is None or not ages or not built:
            continue
        for _q, years in ages:
            for d in built:
                if d.low is None or d.high is None:
                    continue
                youngest, oldest = _full_years(d.high, anchor), _full_years(d.low, anchor)
                if youngest - 1 <= years <= oldest + 1:
                    return None  # the age agrees with one of the years given
        q, _years = ages[0]
        values = (q.text, "; ".join(date_label(d) for d in built))
        return Finding(Kind.NUMBER, "age_differs", *(values[::-1] if flip else values))
    return None


def _specific(d: DateRef) -> bool:
    """A day (or a few days) or a time of day, as opposed to a month or a year."""
    if d.minutes is not None:
        return True
    return d.low is not None and d.high is not None and (d.high - d.low).days <= 6 and not d.bound


def specific_date(d: DateRef) -> bool:
    """Whether ``d`` is a day, a few days or a time of day (see `_specific`)."""
    return _specific(d)


# "The first hike since February 2007", "the weakest level since 1990", "the
# fourth eruption since March 2021": the date is when a count of occasions
# starts, not when the present state began.
_LAST_TIME_RE = re.compile(
    r"\b(?:first|highest|lowest|biggest|largest|smallest|weakest|strongest|best|worst|most|least|"
    r"\w+est|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\b[^.;:]{0,60}$",
    re.IGNORECASE,
)
_START_RE = re.compile(
    r"\b(introduc|began|begun|begin|start|launch|open|took effect|came into force|adopt|set up"
    r"|founded)",
    re.IGNORECASE,
)


def start_date_differs(a: Claim, b: Claim) -> Finding | None:
    """ "In place since X" against "introduced in Y": the start of one state, two years.

    A since-period and a start event name the same moment, so their periods must
    overlap; a plain overlap test would let "since 2015" absorb 2016.
    """
    if not a.slots.dates or not b.slots.dates:
        return None
    for x, y in ((a, b), (b, a)):
        since, starts = _since_dates(x), _start_dates(y)
        if not since or not starts:
            continue
        # "has led four governments since 2006 and returned to power last
        # October" vs "began his fourth term last October": the since-side dates
        # the start too, and the two agree on it.
        plain = [d for d in x.slots.dates if not d.bound and d.low is not None]
        if any(date_slots.dates_compatible(t, d) for t in starts for d in plain):
            continue
        if not any(s.period[0] <= t.high and t.low <= s.period[1] for s in since for t in starts):  # type: ignore[index]
            vx = "; ".join(date_label(d) for d in since)
            vy = "; ".join(date_label(d) for d in starts)
            return Finding(Kind.DATE, "start_date_differs", *((vx, vy) if x is a else (vy, vx)))
    return None


def _record(text: str, d: DateRef) -> str | None:
    """The superlative a record-since dates ("deadliest" in "the deadliest crash
    since 2001"), or None."""
    if d.bound != "since" or d.period is None:
        return None
    m = _LAST_TIME_RE.search(_unpointed(text[: d.start]))
    return m.group(0).split()[0].lower() if m else None


def record_since_differs(a: Claim, b: Claim) -> Finding | None:
    """One record dated back to two years: "the deadliest crash since 2009"
    against "the deadliest since November 2001". Records of different kinds
    ("the first fatal crash since 2009") are not compared."""
    for x in a.slots.dates:
        record = _record(a.text, x)
        if record is None:
            continue
        for y in b.slots.dates:
            if _record(b.text, y) != record:
                continue
            (xlo, xhi), (ylo, yhi) = x.period, y.period  # type: ignore[misc]
            if xlo > yhi or ylo > xhi:
                return Finding(Kind.DATE, "record_since_differs", x.text, y.text)
    return None


_BARE_WEEKDAY_RE = re.compile(
    r"(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day", re.IGNORECASE
)
_WEEK = dt.timedelta(days=7)


def _readings(d: DateRef) -> list[DateRef]:
    """A bare weekday ("declared Monday a day off", said on a Saturday) is read
    as the last such day unless the sentence looks ahead; the coming one is as
    likely, so both readings are kept. Anything else has one reading."""
    if not (d.relative and d.low and d.high and _BARE_WEEKDAY_RE.fullmatch(d.text.strip())):
        return [d]
    return [
        d,
        replace(d, low=d.low + _WEEK, high=d.high + _WEEK),
        replace(d, low=d.low - _WEEK, high=d.high - _WEEK),
    ]


# "remained in hospital on Saturday, three days after he was shot": the clause
# after "after" happened three days before the sentence's date.
_OFFSET_RE = re.compile(
    r"\b(?:(?P<n>\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten)"
    r"\s+(?P<unit>days?|weeks?)"
    r"|the\s+(?P<the>day|week))\s+(?P<dir>after|before|earlier|later)\b",
    re.IGNORECASE,
)
_OFFSET_WORDS = {
    "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10,
}  # fmt: skip


@lru_cache(maxsize=65536)
def _offset_days(text: str) -> int | None:
    """Days from the sentence's date to the event its one "N days after/before"
    clause names (-3 for "three days after"), or None."""
    found = list(_OFFSET_RE.finditer(text))
    if len(found) != 1:
        return None
    m = found[0]
    unit = (m["unit"] or m["the"]).lower()
    n = 1 if m["the"] else int(m["n"]) if m["n"].isdigit() else _OFFSET_WORDS[m["n"].lower()]
    days = n * (7 if unit.startswith("week") else 1)
    return -days if m["dir"].lower() in ("after", "later") else days


def _shifted(d: DateRef, days: int | None, text: str, other: str = "") -> list[DateRef]:
    """``d`` and, when the sentence counts days from it to another event, that
    event's day (a clock time does not carry over). A day counted from an event
    ("three days after the crash") also reads as the event's day where the
    ``other`` sentence speaks of that event ("crashed on Sunday")."""
    if events.is_counted(d):
        if events.counts_back(d):
            return [d, events.without_event(d)]  # the news's day and what it came after
        if not events.names_event(d, other):
            return [d]
        # An event's day the source never gave (`extract.count_from_events_across`):
        # the other sentence's date may be the event's, which is not compared.
        return [] if d.counted_elsewhere else [d, events.without_event(d)]
    if days is None or d.low is None or d.high is None or _OFFSET_RE.search(d.text):
        return [d]
    # The offset phrase itself ("three days after") is no date of the sentence.
    if any(m.start() <= d.start < m.end() for m in _OFFSET_RE.finditer(text)):
        return [d]
    if _counts_from_same_event(text, other):
        return [d]
    if _dates_counted_event(text, d):
        days = -days
    delta = dt.timedelta(days=days)
    return [d, replace(d, low=d.low + delta, high=d.high + delta, minutes=None)]


def _dates_counted_event(text: str, d: DateRef) -> bool:
    """``d`` stands in the clause an "N days before/after" counts from, so it
    dates that event, not the sentence's own ("The strikes came a day before
    the delegations were due to meet in Istanbul on Monday": the strikes were
    on Sunday). A comma ends the clause ("a day after the quake, on Saturday,
    he appealed for aid": Saturday is the appeal's)."""
    m = _OFFSET_RE.search(text)
    return (
        m is not None and m.end() <= d.start and not re.search(r"[,;:()]", text[m.end() : d.start])
    )


# "hours after Hasina's departure", "two days before the vote", "the day after
# the massacre": a sentence dating its own event by counting from another one.
_COUNTED_FROM_RE = re.compile(
    r"\b(?:(?:\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|few|several|some"
    r"|the|just|only)\s+)?(?:minutes?|hours?|days?|weeks?)\s+(?:after|before)\s+(?P<event>[^,;.]+)",
    re.IGNORECASE,
)
_EVENT_NAME_RE = re.compile(r"[^\W\d_]{4,}")


def _event_words(clause: str) -> set[str]:
    """Content words of an event clause, without the possessive ("Hasina's" -> "hasina")."""
    return {w.lower() for w in _EVENT_NAME_RE.findall(re.sub(r"['’]s\b", "", clause))}


def _counts_from_same_event(text: str, other: str) -> bool:
    """Both sentences date their own event by counting from one other event
    ("dissolved parliament on Tuesday afternoon, a day after Sheikh Hasina
    quit" vs "dissolved parliament late on Monday, hours after Hasina's
    departure"): their dates are both of their own event, so the counted
    event's day is no reading of either."""
    ours = [_event_words(m["event"]) for m in _COUNTED_FROM_RE.finditer(text)]
    theirs = [_event_words(m["event"]) for m in _COUNTED_FROM_RE.finditer(other)]
    return any(x & y for x in ours for y in theirs)


# "two days after the crash", "the day before the attack", "hours after the
# crash": how long after or before a named event, in days (low, high).
_COUNTED_SPAN_RE = re.compile(
    r"\b(?:(?P<n>\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|the|only|just)\s+)?"
    r"(?P<unit>minutes?|hours?|days?|weeks?)\s+(?P<dir>after|before)\s+(?P<event>[^,;.]+)",
    re.IGNORECASE,
)


def _counted_spans(text: str) -> list[tuple[float, float, str, set[str], int]]:
    """(low, high, direction, event words, start) of each "N days after X" the
    sentence counts from another event. Hours and minutes are the same day or
    the next (0-1 days); a day or week counted is exact; a vague count ("days
    after", "several weeks before", "the week before") gives none."""
    out = []
    for m in _COUNTED_SPAN_RE.finditer(text):
        n, unit = (m["n"] or "").lower(), m["unit"].lower()
        if unit.startswith("hour") and n.isdigit():
            low = float(int(n) // 24)  # "48 hours after": two days, or three by the calendar
            high = low + 1
        elif unit.startswith(("minute", "hour")):
            low, high = 0.0, 1.0
        elif (
            (n in ("the", "a", "an", "one") and unit in ("day", "week"))
            or n.isdigit()
            or n in _OFFSET_WORDS
        ):
            if n == "the" and unit == "week":
                continue
            count = (
                1 if n in ("the", "a", "an", "one") else int(n) if n.isdigit() else _OFFSET_WORDS[n]
            )
            days = count * (7 if unit.startswith("week") else 1)
            slack = 1 if unit.startswith("week") else 0  # "a week after": six days or eight
            low, high = float(days - slack), float(days + slack)
        else:
            continue
        out.append((low, high, m["dir"].lower(), _event_words(m["event"]), m.start()))
    return out


def counted_span_differs(draft: Claim, source: Claim) -> Finding | None:
    """One act counted from one event by two spans that cannot both hold:
    "resigned two days after the crash" vs "resigned ... the day after the
    crash" or "hours after the crash"; "rented the truck a week before the
    attack" vs "the day before the attack". The event shares a word, and so
    does what was done before the count ("rented", "resigned"); "buried the
    victims two days after the crash" says nothing against "Karamanlis
    resigned the day after the crash".

    For checking a draft only (`verdicts`): between two sources the spans may
    count two acts of one sentence."""
    for lo_a, hi_a, dir_a, event_a, start_a in _counted_spans(draft.text):
        act_a = set(lexical.content_stems(draft.text[:start_a]))
        for lo_b, hi_b, dir_b, event_b, start_b in _counted_spans(source.text):
            if dir_a != dir_b or not event_a & event_b or (lo_a <= hi_b and lo_b <= hi_a):
                continue
            if not act_a & set(lexical.content_stems(source.text[:start_b])):
                continue
            return Finding(
                Kind.DATE,
                "date_differs",
                _span_words(draft.text, start_a),
                _span_words(source.text, start_b),
            )
    return None


def _span_words(text: str, start: int) -> str:
    """The count and the first words of the event: "two days after the crash"."""
    m = _COUNTED_SPAN_RE.match(text, start)
    assert m is not None
    return " ".join(text[start : m.start("event")].split() + m["event"].split()[:3])


# A state that lasts to a date ("closed until", "will remain shut until"), not
# an event moved to it ("postponed until tomorrow", "waited until 30 March").
_UNTIL_RE = re.compile(
    # not after a negation: "did not run again until Friday morning" dates the restart
    r"(?<!\bnot\s)(?<!n't\s)(?<!n\u2019t\s)"
    r"\b(?:closed|shut|suspended|halted|grounded|banned|remain\w*|stay\w*|run|runs|running|continu\w*"
    r"|last|lasts|open|valid|in\s+(?:force|place|effect)"
    # "extended the restrictions until at least 1 a.m. on Sunday": a state made longer
    r"|extended|extends|extend|prolonged)\b[^.;]{0,40}?"
    r"(?<!\bnot\s)\b(?:until|till|through)\s+(?:at\s+least\s+|the\s+end\s+of\s+)?$",
    re.IGNORECASE,
)
UNTIL_SPAN_DAYS = 366
# Any "until <date>" ("a period of national mourning until 5 November"): an end,
# whatever the state before it.
_AFTER_UNTIL_RE = re.compile(
    r"(?<!\bnot\s)\b(?:until|till)\s+(?:at\s+least\s+|the\s+end\s+of\s+)?$", re.IGNORECASE
)


def _after_until(text: str, d: DateRef) -> bool:
    before = text[max(0, d.start - 30) : d.start]
    return d.low is not None and _AFTER_UNTIL_RE.search(before) is not None


def _until_date(text: str, d: DateRef) -> bool:
    """The date ends a state ("closed until at least December 27"; not "not until")."""
    return d.low is not None and d.high is not None and _ends_state(text, d.start)


@lru_cache(maxsize=65536)  # per sentence and date; judging meets each sentence in many pairs
def _ends_state(text: str, start: int) -> bool:
    return _UNTIL_RE.search(text[max(0, start - 90) : start]) is not None


def _until_spans(
    text: str, dates: list[DateRef], other_text: str, others: list[DateRef]
) -> list[DateRef]:
    """Dates that end a state widened back over the state, unless the other
    side gives an end too (then the two ends are compared as days)."""
    if any(
        _until_date(other_text, o)
        or _after_until(other_text, o)
        or _dated_role(other_text, o.start, 1)
        for o in others
    ):
        return dates
    span = dt.timedelta(days=UNTIL_SPAN_DAYS)
    out = []
    for d in dates:
        if _until_date(text, d):
            # "until at least December 27" may run on: no end either way.
            later = (
                span if "least" in text[max(0, d.start - 12) : d.start].lower() else dt.timedelta(0)
            )
            d = replace(
                d,
                low=d.high - span,
                high=d.high + later,
                minutes=None,
                bound="until",
                period=(d.low, d.high),  # type: ignore[operator]
            )
        out.append(d)
    return out


_SINCE_LAST_BEFORE_RE = re.compile(
    r"\b(?:first|last|highest|lowest|biggest|largest|smallest|weakest|strongest|best|worst|\w+est)\b"
    r"[^.;:,]{0,40}$",
    re.IGNORECASE,
)


def _since_last_span(text: str, d: DateRef) -> bool:
    """ "in 17 years" after "for the first time": a span back from now, no date."""
    return (
        d.text.lower().startswith(("in ", "for "))
        and _SINCE_LAST_BEFORE_RE.search(text[: d.start]) is not None
    )


# "the worst accident in Nepal since a Pakistan International Airlines Airbus
# crashed near Kathmandu in 1992": a record measured back to another event.
_RECORD_EVENT_RE = re.compile(
    r"\b(?:first|last|highest|lowest|biggest|largest|smallest|weakest|strongest|best|worst"
    r"|deadliest|costliest|heaviest|\w+est)\b[^.;:]{0,60}?\bsince\s+(?:a|an|the|its|their)\s+"
    r"[^.;:,]{3,120}$",
    re.IGNORECASE,
)


# "surpassing the killing of 49 people at the Pulse nightclub in June 2016", "a
# time bettered only by Assefa's world record in Berlin last month": the other
# event a record is set against.
_COMPARED_EVENT_RE = re.compile(
    r"\b(?:surpass(?:es|ed|ing)?|eclips(?:es|ed|ing)|overtak(?:es|en|ing)|outstrip(?:s|ped|ping)"
    r"|(?:bettered|beaten|topped|exceeded)\s+only\s+by|second\s+only\s+to|behind\s+only)\s+"
    r"[^.;:]{3,120}$",
    re.IGNORECASE,
)


def _record_event_date(text: str, d: DateRef) -> bool:
    """A date inside "the worst ... since <another event> in 1992" or "surpassing
    <another event> in 2016": it dates that other event, the one the record is
    measured against."""
    return _in_compared_event(text, d.start)


@lru_cache(maxsize=65536)
def _in_compared_event(text: str, start: int) -> bool:
    """``text[start:]`` lies in a phrase naming the other event a record is set against."""
    before = text[:start]
    return (
        _RECORD_EVENT_RE.search(before) is not None or _COMPARED_EVENT_RE.search(before) is not None
    )


def _open_since(d: DateRef) -> bool:
    """A "since X" of a source without a publication date: its period never
    reaches the present, so it dates nothing."""
    return d.bound == "since" and d.period is not None and d.high == d.period[1]


def _record_since(text: str, d: DateRef) -> bool:
    """A "since X" that dates a record ("the highest since 2008", "the first
    cut since 2020"), not when the present state began."""
    return d.bound == "since" and _LAST_TIME_RE.search(_unpointed(text[: d.start])) is not None


_POINTED_ABBREVIATION_RE = re.compile(r"\b(?:[A-Z]\.){2,}")


def _unpointed(text: str) -> str:
    """``text`` with the points of "U.S." or "U.K." blanked (same length): they end no clause."""
    return _POINTED_ABBREVIATION_RE.sub(lambda m: m.group(0).replace(".", "_"), text)


def _since_dates(claim: Claim) -> tuple[DateRef, ...]:
    """ "Since X" periods of the present state (not of a count of occasions)."""
    return tuple(
        d
        for d in claim.slots.dates
        if d.bound == "since" and d.period is not None and not _record_since(claim.text, d)
    )


@per_claim
def _start_dates(claim: Claim) -> tuple[DateRef, ...]:
    """Resolved dates of a sentence about something starting; none if it is not."""
    if not _START_RE.search(claim.text):
        return ()
    return tuple(
        d for d in claim.slots.dates if not d.bound and d.low is not None and d.high is not None
    )


# A date right after a start or an end verb dates that start or end.
_DATE_ROLES = (
    re.compile(
        r"\b(?:began|begins|begin|beginning|started|starts|start|starting)\s+(?:on\s+|in\s+|at\s+)?$",
        re.IGNORECASE,
    ),
    re.compile(
        r"\b(?:ended|ends|end|ending|finished|finishes|finish|finishing)\s+(?:on\s+|in\s+|at\s+)?$",
        re.IGNORECASE,
    ),
)


# Verbs of making: "sold on Tuesday" or "made on Monday" date an event, so
# selling and "made" count only with a span ("made between 2012 and 2023").
_MADE_VERBS = r"\b(?:produced|built|manufactured|assembled|constructed)"
_SPAN_VERBS = r"\b(?:produced|built|manufactured|assembled|constructed|made|sold|registered)"
_OBJECT_DATE_RES = (
    re.compile(
        _MADE_VERBS + r"\s+(?:between|from|since|in|before|after|until|through|during)\s+$", re.I
    ),
    re.compile(_SPAN_VERBS + r"\s+(?:between|from)\s+$", re.I),
    re.compile(
        _SPAN_VERBS + r"\s+(?:between|from)\s+[^;]{1,30}?\s+(?:and|to|through|until)\s+$", re.I
    ),
    re.compile(r"\bmodel\s+years?\s+(?:[^.;]{1,12}?\s+(?:and|to|through)\s+)?$", re.I),
)
# A year (or decade) in someone's or something's history: "founded in 1856",
# "born in 1975", "died in 1989", "opened in the 1960s". Compared only with a
# year of the same kind, never with the story's days.
_LIFE_EVENTS = {
    "born": "born", "died": "died", "founded": "founded", "established": "founded",
    "incorporated": "founded", "opened": "built", "inaugurated": "built",
    "built": "built", "completed": "built", "constructed": "built",
}  # fmt: skip
_LIFE_EVENT_RE = re.compile(
    r"\b("
    + "|".join(_LIFE_EVENTS)
    + r")\s+(?:(?!by\b|until\b|before\b|after\b|since\b)[a-z]+\s+){0,2}?"
    r"(?:in\s+)?(?:the\s+)?(?:early\s+|late\s+|mid-?)?$",
    re.I,
)


def _date_kind(text: str, d: DateRef) -> str:
    """The kind of a date: "" for a date of the story's events; "made" for one that says which
    things (`_object_date`); a life event ("born", "died", "founded", "opened",
    "built") for a year or longer after such a verb."""
    if d.low is not None and d.high is not None and (d.high - d.low).days >= 300:
        m = _LIFE_EVENT_RE.search(text[max(0, d.start - 40) : d.start])
        if m:
            return _LIFE_EVENTS[m.group(1).lower()]
    return "made" if _object_date(text, d.start) else ""


@lru_cache(maxsize=65536)
def _object_date(text: str, start: int) -> bool:
    """Whether the date at ``start`` says which things ("built in 2012",
    "produced between 2012 and 2023", "model years 2017 to 2023")."""
    before = text[max(0, start - 80) : start]
    return any(p.search(before) for p in _OBJECT_DATE_RES)


@lru_cache(maxsize=65536)
def _dated_role(text: str, start: int, role: int) -> bool:
    """Whether the date at ``start`` follows a start (role 0) or an end (role 1) verb."""
    return _DATE_ROLES[role].search(text[:start]) is not None


# When something was said is not when it happened: "Police said on Tuesday
# that the painting was stolen" and "Thieves stole three paintings overnight,
# police said on Tuesday" date the statement; the theft may be days older.
# Verbs of saying (not "declared", "released" or "issued", which are acts):
_SAY_VERBS = (
    r"said|says|told|tells|added|adds|stated|states|noted|notes|explained|announced|announces"
    r"|confirmed|confirms|reported|reports|estimated|wrote|writes|tweeted|posted|warned|warns"
    r"|claimed|claims|insisted|acknowledged|admitted|conceded|disclosed|revealed"
    # what a count shows or a public learns: "official results showed on Monday",
    # "Britain woke up yesterday to the news that it had voted to leave"
    r"|showed|shows|learned|learnt|woke\s+up"
)
# A word between a verb of saying and its date: whom it was told ("told reporters",
# "told an investigating magistrate") and how or where ("in a statement", "at a news
# conference", "on X", "in Paris"). Never a pronoun or a past participle, which start
# the reported clause ("told police it happened on Tuesday", "said in court the theft
# happened on Tuesday": dates of the theft).
_SAY_WORD = (
    r"(?!(?:it|he|she|they|we|i|you|that|this|there|these|those)\b)(?![a-z]+ed\b)[\w'’.-]+\s+"
)
_DETERMINER = r"(?:(?:the|a|an|his|her|its|their)\s+)?"
_SAID_ON_RE = re.compile(
    rf"\b(?:(?:{_SAY_VERBS})\s+|(?:told|tells)\s+{_DETERMINER}(?:{_SAY_WORD}){{1,2}}?)"
    rf"(?:(?:in|at|on|to|during|via)\s+{_DETERMINER}(?:{_SAY_WORD}){{1,3}}?)?"
    r"(?:(?:late|early|earlier|later)\s+)?(?:(?:on|in|at)\s+)?$",
    re.IGNORECASE,
)
# What follows the date of a statement: "that ..." or a subject ("said Tuesday it
# had hired"), maybe after where it was said ("on Tuesday in a statement that").
_REPORTED_AFTER_RE = re.compile(
    r"\s*,?\s*(?:(?:in|at|during|via)\s+(?:[\w'’-]+\s+){1,4}?)?,?\s*"
    r"(?:(?:to\s+(?:the\s+)?news\s+)?that\b"
    r"|(?=(?:it|he|she|they|we|there|its|his|her|their|the|a|an|some|about)\s))",
    re.IGNORECASE,
)
# "..., police said on Tuesday.": a tag after the reported clause.
_SAID_TAG_RE = re.compile(r",\s+(?:[\w'’.-]+\s+){1,6}?$")
# "..., state media confirmed on Monday, after a search hampered by fog.": a
# tag may close on a phrase of circumstance.
_TAIL_RE = re.compile(
    r"(?:,\s+(?:after|amid|as|following|before|despite|during|when|while|with)\b[^,;:]*)?"
    r"[\s.!?\"'”’)]*",
    re.IGNORECASE,
)
# A date in the sentence's opening phrase, before its subject: "On Tuesday, police
# said ...", "In a blog post on Monday, Microsoft estimated ...".
_OPENING_RE = re.compile(
    r"\W*(?:(?:in|on|at|late|early|earlier|later|during)\b[^,;:.]{0,40})?", re.IGNORECASE
)
_SAY_AFTER_OPENING_RE = re.compile(
    rf"\s*,\s*(?:[\w'’.-]+\s+){{1,6}}?(?:{_SAY_VERBS})\b", re.IGNORECASE
)
_SAY_AFTER_RE = re.compile(rf"\s+(?:{_SAY_VERBS})\b", re.IGNORECASE)  # "Police on Tuesday said"
# A reported clause that holds at the time of saying or later, so that the
# saying may be the event: a state ("warned in 2012 that the bridge was a failure",
# "said the phones were more dangerous than spies"), something under way or to
# come ("said late on Friday that he was quitting", "said it would reopen").
_PARTICIPLE = (
    r"[a-z]+(?:ed|en|wn)|hit|shot|cut|put|held|built|sent|lost|left|found|caught|struck|made"
    r"|paid|sold|told|said|set|hurt|led|kept|brought|bought|spent|won|run|begun|done|seen|gone"
    r"|shut|split|spread|quit|dealt|felt|heard|laid|lit|met|slain|sunk|bound|dug|stuck|hung"
)
_SAID_AS_ACT_RE = re.compile(
    r"\b(?:will|would|shall|won't|wouldn't|could|may|might|can|should|must|is|are|am|isn't"
    r"|aren't|plans?|planned|intends?|intended|expects?|expected|hopes?|wants?|going\s+to"
    r"|about\s+to|(?:was|were)\s+(?:not\s+)?(?:\w+ly\s+)?(?!(?:" + _PARTICIPLE + r")\b)\w+)\b"
    r"|'ll\b",
    re.IGNORECASE,
)


def _said_only(text: str, d: DateRef) -> bool:
    """The date dates only the statement of something already past: "said on
    Tuesday that the painting was stolen", "..., police said on Tuesday". Not a
    bound ("By 7 a.m. yesterday, REE said ...": by then it was so)."""
    return not d.bound and _dates_a_report(text, d.start, d.end)


@lru_cache(maxsize=65536)
def _dates_a_report(text: str, start: int, end: int) -> bool:
    reported = _reported_clause(text, start, end)
    return bool(reported and len(reported.split()) >= 2) and not _SAID_AS_ACT_RE.search(reported)


def _reported_clause(text: str, start: int, end: int) -> str | None:
    """The clause a statement dated at [start, end) reports, or None when the date
    is not a statement's."""
    lo = max(0, start - 120)
    said = _SAID_ON_RE.search(text, lo, start)
    if said is not None:
        if _TAIL_RE.fullmatch(text, end):  # "..., police said on Tuesday."
            tag = _SAID_TAG_RE.search(text, lo, said.start())
            return text[: tag.start()] if tag else None
        after = _REPORTED_AFTER_RE.match(text, end)
        return text[after.end() :] if after else None
    if _OPENING_RE.fullmatch(text, 0, start):
        verb = _SAY_AFTER_OPENING_RE.match(text, end) or _SAY_AFTER_RE.match(text, end)
    else:
        verb = _SAY_AFTER_RE.match(text, end)
    return text[verb.end() :] if verb else None


# A statement or a publication in the date's own clause, whatever it reports:
# "released last Thursday", "urged members in February to", "announced her
# resignation in a televised address at about 4 p.m.", "in a speech on Thursday",
# "at around 2 p.m. to announce that". Such a date may be the one a statement gives.
_SPEECH_WORDS = (
    _SAY_VERBS + r"|released|published|issued|unveiled|broadcast|urged|asked|appealed|pleaded"
    r"|promised|pledged|vowed|demanded|called|described|declared|stressed|cautioned|predicted"
    r"|hinted|suggested|argued|replied|responded|testified|spoke|announce|say|tell|report|speak"
    r"|speech|address|statement|interview|conference|briefing|post|message|video|letter|remarks"
)
_SPEECH_BEFORE_RE = re.compile(  # the nearest such word
    rf".*\b(?:{_SPEECH_WORDS})\b(?P<between>[^,;:.]{{0,60}})$", re.IGNORECASE
)
# ("said the theft happened on Tuesday" dates the theft; "in a televised address" is
# no verb of its own).
_CLAUSE_OF_ITS_OWN_RE = re.compile(
    r"\b(?:that|was|were|is|are|had|has|have|been|be|will|would|it|he|she|they|we)\b"
    r"|(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)\b[a-z]+ed\b",
    re.IGNORECASE,
)
_SPEECH_AFTER_RE = re.compile(rf"\s+(?:to\s+)?(?:{_SPEECH_WORDS})\b", re.IGNORECASE)
_SPEECH_AFTER_OPENING_RE = re.compile(
    rf"\s*,\s*(?:[\w'’.-]+\s+){{1,6}}?(?:{_SPEECH_WORDS})\b", re.IGNORECASE
)


@lru_cache(maxsize=65536)
def _dates_speech(text: str, start: int, end: int) -> bool:
    """Whether the date at [start, end) may date a statement or a publication."""
    if _reported_clause(text, start, end) is not None:
        return True
    before = _SPEECH_BEFORE_RE.match(text, max(0, start - 80), start)
    if before and not _CLAUSE_OF_ITS_OWN_RE.search(before["between"]):
        return True
    if _OPENING_RE.fullmatch(text, 0, start) and _SPEECH_AFTER_OPENING_RE.match(text, end):
        return True
    return _SPEECH_AFTER_RE.match(text, end) is not None


def _drop_said_only(
    text: str, dates: list[DateRef], other: str, others: list[DateRef]
) -> list[DateRef]:
    """``dates`` without those of a statement about something past, unless a date
    of ``other`` may date a statement too ("said on Friday that its members had
    won" vs "a tally released last Thursday": the two statements' days differ)."""
    if any(_dates_speech(other, o.start, o.end) for o in others):
        return dates
    return [d for d in dates if not _said_only(text, d)]


# "Canberra time", "Eastern time", "Australian time": a clock read in a named
# zone ("local time" names none).
_ZONE_RE = re.compile(
    r"\b([A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)?)\s+(?:[Tt]ime|[Ss]tandard\s+[Tt]ime)\b"
)


_NOT_ZONES = frozenset(
    "the a an prime question screen half full extra injury stoppage added".split()
)


# Zone abbreviations ("8:25 a.m. EDT"); GMT/UTC have their own handling.
_ZONE_CODE_RE = re.compile(
    r"\b(?:[ECMP][SD]T|AK[SD]T|HST|BST|CES?T|EES?T|WES?T|JST|KST|HKT|SGT|IST|AES[DT]|AEDT|MSK)\b"
)


@lru_cache(maxsize=65536)
def _time_zone(text: str) -> str | None:
    code = _ZONE_CODE_RE.search(text)
    if code:
        return code.group(0).lower()
    for m in _ZONE_RE.finditer(text):
        words = m.group(1).lower().split()
        if words[-1] not in _NOT_ZONES:
            return names.entity_key(" ".join(w for w in words if w not in _NOT_ZONES))
    return None


# Offsets from UTC in minutes of zones a news sentence names. The US zones
# named without a season ("ET", "Eastern time") follow US daylight saving.
_FIXED_OFFSETS = {
    "gmt": 0, "utc": 0, "bst": 60, "cet": 60, "cest": 120, "wet": 0, "west": 60, "eet": 120,
    "eest": 180, "msk": 180, "ist": 330, "jst": 540, "kst": 540, "hkt": 480, "sgt": 480,
    "aest": 600, "aedt": 660, "est": -300, "edt": -240, "cst": -360, "cdt": -300,
    "mst": -420, "mdt": -360, "pst": -480, "pdt": -420, "akst": -540, "akdt": -480, "hst": -600,
}  # fmt: skip
_US_ZONES = {"et": -300, "eastern": -300, "ct": -360, "central": -360, "mt": -420, "mountain": -420,
             "pt": -480, "pacific": -480}  # fmt: skip
_US_DAYLIGHT_ZONES = frozenset({"edt", "cdt", "mdt", "pdt", "akdt"})
_US_STANDARD_ZONES = frozenset({"est", "cst", "mst", "pst", "akst"})
_CLOCK_ZONE_RE = re.compile(
    r"\b(GMT|UTC|[ECMP][SD]T|AK[SD]T|HST|BST|CES?T|EES?T|WES?T|JST|KST|HKT|SGT|IST|AES[DT]|MSK|[ECMP]T)\b"
    r"|\b(Eastern|Central|Mountain|Pacific)\s+(?:[Ss]tandard\s+|[Dd]aylight\s+)?[Tt]ime\b"
)


def _us_daylight(day: dt.date) -> bool:
    """US daylight saving: from the second Sunday of March to the first Sunday of November."""
    march = dt.date(day.year, 3, 8)
    start = march + dt.timedelta(days=(6 - march.weekday()) % 7)
    november = dt.date(day.year, 11, 1)
    end = november + dt.timedelta(days=(6 - november.weekday()) % 7)
    return start <= day < end


def _clock_zone(text: str, d: DateRef, local: str | None = None) -> str | None:
    """The zone the clock time ``d`` is given in: the one written after it
    ("3:49 p.m. EDT"), else the only one the sentence names ("at 9am on
    Monday, Eastern time"); a place's zone (an IANA name, `_place_clock_zone`)
    for "local time" or "3.20pm Dutch time", or for "local time" in a
    sentence that names no place, ``local``, the zone of its report's place;
    None for no zone."""
    if d.zone:
        return _local_zone(text, local) if d.zone == "local" else d.zone
    # A zone in brackets converts another clock ("12:33 p.m. (1133 GMT)").
    unbracketed = re.sub(r"\([^()]*\)", "", text) if local else text
    found = {(m.group(1) or m.group(2)).lower() for m in _CLOCK_ZONE_RE.finditer(unbracketed)}
    if found:
        return found.pop() if len(found) == 1 else None
    return _place_clock_zone(text) or _bare_clock_zone(text, local)


def _bare_clock_zone(text: str, local: str | None) -> str | None:
    """ "at 3:30 p.m." with no zone, in a report whose place stands out
    (``local``, `zones.source_zone`): that place's time, as wires write it;
    None when the sentence names a place of another zone ("left Heathrow
    for New York at 7 p.m.")."""
    if local is None:
        return None
    named = zones.sentence_zone(text)
    if named is None and zones.names_place(text):
        return None
    return local if named is None or named == local else None


def _local_zone(text: str, local: str | None) -> str | None:
    """ "21:50 local time" in a sentence naming places of one zone ("Turkish
    officials said"): that zone; None when it names places of several
    zones; ``local`` (the report's place's zone) when it names none."""
    zone = zones.sentence_zone(text)
    if zone is not None or zones.names_place(text):
        return zone
    return local


def _place_clock_zone(text: str) -> str | None:
    """ "3.20pm Dutch time", "10am, Canberra time": the zone of the place named
    before "time", when it has one (not "Australian time": several)."""
    found = set()
    for m in _ZONE_RE.finditer(text):
        words = m.group(1).split()
        if words[-1].lower() in _NOT_ZONES:
            continue
        found.add(zones.place_zone(" ".join(w for w in words if w.lower() not in _NOT_ZONES)))
    return found.pop() if len(found) == 1 else None


def _us_season(zones: Iterable[str | None]) -> bool | None:
    """Daylight (True) or standard (False) time, when the zones named say so and agree."""
    named = _US_DAYLIGHT_ZONES | _US_STANDARD_ZONES
    seasons = {z in _US_DAYLIGHT_ZONES for z in zones if z in named}
    return seasons.pop() if len(seasons) == 1 else None


def _zone_offset(zone: str | None, d: DateRef, daylight: bool | None = None) -> int | None:
    """Minutes from UTC of ``zone`` on the day of ``d``.

    A US zone named without its season ("ET", "Eastern time") takes the
    season the other report names ("1:49 p.m. MDT": the clocks are on
    daylight time that day), else the one of the day.
    """
    if zone is None:
        return None
    if "/" in zone:  # a place's zone ("Europe/Amsterdam"), on the day
        offsets = zones.zone_offsets(zone, d.low) if d.low is not None and d.low == d.high else ()
        return offsets[0] if len(offsets) == 1 else None
    if zone in _FIXED_OFFSETS:
        return _FIXED_OFFSETS[zone]
    if zone not in _US_ZONES:
        return None
    if daylight is None and d.low is not None:
        daylight = _us_daylight(d.low)
    return None if daylight is None else _US_ZONES[zone] + (60 if daylight else 0)


def _utc_span(d: DateRef, offset: int) -> tuple[int, int] | None:
    """A clock time on one known day as a UTC interval, in minutes since 1 January 1 AD."""
    if d.minutes is None or d.low is None or d.low != d.high:
        return None
    base = d.low.toordinal() * _DAY_MINUTES - offset
    return base + d.minutes[0], base + d.minutes[1]


_DAY_MINUTES = 24 * 60


def _clocks_agree(x: tuple[int, int], y: tuple[int, int]) -> bool:
    """Two clock times converted to UTC name one moment as two clocks of one
    zone do (`dates.times_meet`): a conversion with the offset known adds no
    play ("01:32 GMT" is no "3.42am" in Italy; "shortly after 12:30 GMT" is no
    "around 4:30 p.m." in Beirut, 13:30 GMT: new216, new125)."""
    return x[0] <= y[1] and y[0] <= x[1] and date_slots.times_meet(x, y)


def _zone_offsets(
    zone: str | None, d: DateRef, daylight: bool | None, anchor: dt.date | None = None
) -> tuple[int, ...]:
    """Every offset ``zone`` may have on the day of ``d``: both of a US zone
    named without its season on no known day ("9 a.m. ET": UTC-5 or UTC-4);
    a place's zone on no known day, every offset of the month up to the
    report's date ``anchor``."""
    if zone is not None and "/" in zone and d.low is None:
        return zones.zone_offsets(zone, None, anchor)
    known = _zone_offset(zone, d, daylight)
    if known is not None:
        return (known,)
    if zone in _US_ZONES and d.low is None:
        return (_US_ZONES[zone], _US_ZONES[zone] + 60)
    return ()


def _utc_minutes(d: DateRef, offsets: tuple[int, ...]) -> list[tuple[int, int]]:
    """A clock time as minutes of the UTC day, one interval per possible offset."""
    assert d.minutes is not None
    low, high = d.minutes
    return [(low - o, high - o) for o in offsets]


def _clocks_meet(x: tuple[int, int], y: tuple[int, int]) -> bool:
    """Two UTC times of day agree on the 24-hour dial (23:50 meets 00:05 the next day)."""
    return any(_clocks_agree(x, (y[0] + s, y[1] + s)) for s in (-_DAY_MINUTES, 0, _DAY_MINUTES))


def _clocks_apart(
    za: list[tuple[DateRef, str | None]],
    zb: list[tuple[DateRef, str | None]],
    anchors: tuple[dt.date | None, dt.date | None] = (None, None),
) -> Finding | bool | None:
    """`_moments_apart` when some clock names no day ("put out at 9 a.m. ET"
    vs "at 15:00 GMT"): the times of day compare in UTC, under every offset
    the zone may have (QA pass 19: with no day, any two zoned times agreed)."""
    season_a, season_b = _us_season(z for _, z in za), _us_season(z for _, z in zb)
    oa = [(d, _zone_offsets(z, d, season_b, anchors[0])) for d, z in za]
    ob = [(d, _zone_offsets(z, d, season_a, anchors[1])) for d, z in zb]
    if not all(o for _, o in oa) or not all(o for _, o in ob):
        return None
    if {o for _, o in oa} == {o for _, o in ob}:
        return None  # one zone both sides: the usual comparison does
    ua = [span for d, o in oa for span in _utc_minutes(d, o)]
    ub = [span for d, o in ob for span in _utc_minutes(d, o)]
    if any(_clocks_meet(x, y) for x in ua for y in ub):
        return False
    return _times_differ([d for d, _ in oa], [d for d, _ in ob])


def _times_differ(da: Sequence[DateRef], db: Sequence[DateRef]) -> Finding:
    return Finding(
        Kind.DATE,
        "date_differs",
        "; ".join(date_label(d) for d in da),
        "; ".join(date_label(d) for d in db),
    )


def _moments_apart(
    a_text: str,
    da: list[DateRef],
    b_text: str,
    db: list[DateRef],
    anchors: tuple[dt.date | None, dt.date | None] = (None, None),
    local: tuple[str | None, str | None] = (None, None),
) -> Finding | bool | None:
    """Clock times on both sides, each in a zone the sentence names, at least
    one pair in two different zones: a Finding when no two moments overlap,
    False when they agree, None when this test does not apply."""
    za = [(d, _clock_zone(a_text, d, local[0])) for d in da if d.minutes is not None]
    zb = [(d, _clock_zone(b_text, d, local[1])) for d in db if d.minutes is not None]
    if len({z for _, z in za + zb}) == 1:
        return None  # one zone both sides, whatever its offsets that month
    if za and zb and any(d.low is None for d, _ in za + zb):
        return _clocks_apart(za, zb, anchors)
    season_a, season_b = _us_season(z for _, z in za), _us_season(z for _, z in zb)
    sa = [(d, _zone_offset(z, d, season_b)) for d, z in za]
    sb = [(d, _zone_offset(z, d, season_a)) for d, z in zb]
    ua = [(d, _utc_span(d, o)) for d, o in sa if o is not None]
    ub = [(d, _utc_span(d, o)) for d, o in sb if o is not None]
    ua = [(d, span) for d, span in ua if span is not None]
    ub = [(d, span) for d, span in ub if span is not None]
    if not ua or not ub or len(ua) != len(sa) or len(ub) != len(sb):
        return None
    if {o for _, o in sa} == {o for _, o in sb} and _time_zone(a_text) == _time_zone(b_text):
        # one zone both sides: the usual comparison does (not when one side
        # names its zone, "08:00 IST": that one reads no clock)
        return None
    if any(_clocks_agree(x, y) for _, x in ua for _, y in ub):
        return False
    return _times_differ([d for d, _ in ua], [d for d, _ in ub])


def _local_first(dates: list[DateRef], others: list[DateRef]) -> list[DateRef]:
    """Drop a GMT/UTC clock given beside a local one when the other side has
    only local clocks: it converts the local time, and cannot be compared;
    drop the local one when the other side has only GMT/UTC clocks."""
    clocks = [d for d in dates if d.minutes is not None]
    if (
        any(d.utc for d in clocks)
        and any(not d.utc for d in clocks)
        and not any(o.utc for o in others if o.minutes is not None)
    ):
        return [d for d in dates if not (d.utc and d.minutes is not None)]
    # "from noon (1100 GMT)" against "at 1200 GMT": the GMT clocks compare.
    other_clocks = [o for o in others if o.minutes is not None]
    if (
        any(d.utc for d in clocks)
        and any(not d.utc for d in clocks)
        and other_clocks
        and all(o.utc for o in other_clocks)
    ):
        return [d for d in dates if not (not d.utc and d.minutes is not None)]
    return dates


def _local_days(dates: list[DateRef], others: list[DateRef]) -> list[DateRef]:
    """A GMT/UTC clock on a day, against a side with no GMT/UTC clock: the
    local day may be the next one (20:40 UTC on 7 November is before dawn
    on the 8th in Manila) or, before noon, the one before (zones run from
    12 hours behind UTC to 14 ahead)."""
    if any(o.utc for o in others if o.minutes is not None):
        return dates
    out = []
    for d in dates:
        if d.utc and d.minutes is not None and d.low is not None and d.low == d.high:
            one = dt.timedelta(days=1)
            low = d.low - one if d.minutes[0] < 12 * 60 else d.low
            high = d.high + one if d.minutes[1] >= 10 * 60 else d.high
            d = replace(d, low=low, high=high, minutes=None)
        out.append(d)
    return out


def _zone_free(d: DateRef) -> DateRef:
    """A date read in another zone: a day either side, no time of day."""
    if d.low is None or d.high is None:
        return replace(d, minutes=None)
    one = dt.timedelta(days=1)
    return replace(d, low=d.low - one, high=d.high + one, minutes=None)


_OCCASION_YEAR_RE = re.compile(r"\b(?:the|its|their|a)\s+(?:\w+\s+)?$", re.IGNORECASE)
_OCCASION_NOUN_RE = re.compile(r"\s+([a-z]{3,})\b")


def _occasion_years(text: str, dates: Sequence[DateRef]) -> dict[int, str]:
    """Years written before a noun ("the 2020 census", "its 2023 report"), by
    date id: the noun they date."""
    out = {}
    for d in dates:
        if not re.fullmatch(r"\d{4}", d.text.strip()):
            continue
        noun = _OCCASION_NOUN_RE.match(text, d.end)
        if noun and _OCCASION_YEAR_RE.search(text[: d.start]) and noun[1] not in _NOT_OCCASIONS:
            out[id(d)] = noun[1]
    return out


def _mentions(text: str, noun: str) -> bool:
    """The sentence names the occasion too ("reported in 2021" for "a 2019 report")."""
    return re.search(rf"\b{re.escape(noun[:5])}", text, re.IGNORECASE) is not None


# Words after a year that do not make it another occasion's year.
_NOT_OCCASIONS = frozenset("and or to for with when after before".split())


def _dated_only(d: DateRef, others: Sequence[DateRef]) -> list[DateRef]:
    """``others`` without times of day on no day ("earlier in the evening", the
    hours of a curfew "between 11 p.m. and 5 a.m.") when ``d`` has a day and
    some other date has one: such a time neither matches nor contradicts a
    day, and must not save a clash of days ("fired him on Sunday afternoon"
    vs "on Monday")."""
    if d.low is None or all(o.low is None for o in others):
        return list(others)
    return [o for o in others if o.low is not None]


def _share_a_day(da: Sequence[DateRef], db: Sequence[DateRef]) -> bool:
    """Some day (or time) of one side falls within a date of the other (hours
    of no day, a curfew's "between 11 p.m. and 5 a.m.", are no day they share)."""
    return any(
        (_specific(x) or _specific(y))
        and x.low is not None
        and y.low is not None
        and date_slots.dates_compatible(x, y) is True
        for x in da
        for y in db
    )


def _holds_none(broad: DateRef, days: list[DateRef]) -> bool:
    return all(date_slots.dates_compatible(broad, d) is False for d in days)


def _inside_any(day: DateRef, broad: list[DateRef]) -> bool:
    return any(date_slots.dates_compatible(day, d) is True for d in broad)


# Where a sentence's clauses part: "The search was suspended at nightfall and
# will resume this morning", "The duty applies from Saturday, while higher
# rates kick in next Wednesday", "Hama followed on December 6, and Homs a day
# later". Not a bare "and" between names ("Katy Perry, Lionel Richie and Take
# That", "the dam and the town of Nova Kakhovka").
_CLAUSE_BREAK_RE = re.compile(
    r";\s*|,?\s+(?:while|whereas)\s+|,\s+(?:and|but)\s+"
    r"|\s+(?:and|but)\s+(?=(?:will|would|is|are|was|were|has|have|had|could|should|may|might"
    r"|can|did|does|do)\b)",
    re.IGNORECASE,
)


@lru_cache(maxsize=65536)  # each sentence meets many others: stem its parts once
def _stem_set(text: str) -> frozenset[str]:
    return frozenset(lexical.content_stems(text))


def _clause_span(text: str, d: DateRef) -> tuple[int, int]:
    """Start and end of the clause holding ``d``."""
    start, end = 0, len(text)
    for m in _CLAUSE_BREAK_RE.finditer(text):
        if m.end() <= d.start:
            start = m.end()
        elif m.start() >= d.end:
            end = m.start()
            break
    return start, end


def _drop_other_clauses(
    text: str, dates: list[DateRef], other: str, others: Sequence[DateRef]
) -> list[DateRef]:
    """``dates`` without those of a later clause that shares no word with
    ``other`` while the rest of the sentence does: such a date is another
    event's ("will resume this morning" against "The search was suspended at
    nightfall on the day of the collapse"). The first clause is the
    sentence's own ("It had not received tailings since 2016, and Vale was
    preparing to decommission it"), and a date that agrees with ``other``
    stays: it cannot clash."""
    words = _stem_set(other)
    out = []
    for d in dates:
        start, end = _clause_span(text, d)
        if (
            start > 0
            and not words & _stem_set(text[start : d.start] + " " + text[d.end : end])
            and words & _stem_set(text[:start] + " " + text[end:])
            and not any(date_slots.dates_compatible(d, o) for o in others)
        ):
            continue
        out.append(d)
    return out


# A relative clause on someone or something in the sentence ("counting the
# man who died on Saturday", "Biden, who authorised a response on Saturday,
# named ...", "King Charles, who was proclaimed last Saturday, has spent the
# week ..."): it runs from "who"/"which" to the next comma, dash or the end.
_RELATIVE_START_RE = re.compile(
    r"\b(?:who|whom|whose|which)\b"
    # "a reign of 70 years that began in February 1952": "that" and a past verb
    # (not "said that the queen died on ...", where a subject follows)
    r"|\bthat\s+(?=(?:had\s+|has\s+|was\s+|were\s+)?(?:[^\W\d_]{2,}ed|began|struck|hit|took"
    r"|led|ran|fell|sank|shot|left|made|broke|blew|brought|caught|drove|flew|gave|held|lost"
    r"|met|rose|saw|sent|spread|stole|threw|tore|won|wrote)\b)",
    re.IGNORECASE,
)
_RELATIVE_END_RE = re.compile(r"\s*(?:[,;:()]|\s[-\u2013\u2014]\s)")


def _relative_clause(text: str, d: DateRef) -> tuple[int, int] | None:
    """The relative clause holding ``d`` (start, end), if it is one and not
    the sentence's start."""
    starts = list(_RELATIVE_START_RE.finditer(text, 0, d.start))
    if not starts:
        return None
    start = starts[-1].start()
    if start == 0 or _RELATIVE_END_RE.search(text, starts[-1].end(), d.start):
        return None
    end_match = _RELATIVE_END_RE.search(text, d.end)
    return start, end_match.start() if end_match else len(text)


def clause_of(text: str, d: DateRef) -> tuple[int, int]:
    """The span of the clause holding ``d``: a relative clause ("Aquino, who
    toured Tacloban on Sunday, declared ...") or one of coordinated clauses
    ("... was downgraded on Monday evening, and the last advisories were
    lifted on Tuesday morning")."""
    return _relative_clause(text, d) or _clause_span(text, d)


def _antecedent(text: str, start: int) -> str:
    """The few words a relative clause starting at ``start`` describes: those
    before it back to a comma ("Jane Doe, who ..." -> "Jane Doe"; "counting
    the man who ..." -> "counting the man")."""
    head = re.split(r"[,;:()]", text[:start].rstrip().rstrip(","))[-1]
    return " ".join(head.split()[-4:])


# "lifted the ban at an emergency meeting that ended after 11 pm yesterday":
# a "that" clause on the setting of the main event dates that event too.
_SETTING_BEFORE_RE = re.compile(
    r"\b(?:at|during|in)\s+(?:an?|the|its|their|his|her)\s+(?:[\w'\u2019-]+\s+){0,2}"
    r"[\w'\u2019-]+\s+$",
    re.IGNORECASE,
)


def _setting_that(text: str, start: int) -> bool:
    """A "that" relative clause at ``start`` on the setting of the main event."""
    return text[start:].lower().startswith("that") and bool(
        _SETTING_BEFORE_RE.search(text[max(0, start - 60) : start])
    )


def _drop_relative_clause_dates(
    text: str, dates: list[DateRef], other: str, others: Sequence[DateRef]
) -> list[DateRef]:
    """``dates`` without those inside a relative clause that shares no word
    with ``other`` while the rest of the sentence does: such a date is the
    event of the person or thing the clause describes ("said the turnout was
    almost 2 million plus one, counting the man who died on Saturday" against
    "almost two million people joined Sunday's march"). A clause sharing a
    word with ``other``, or describing someone ``other`` names, may be its
    very claim ("the quake, which struck at 1:25 a.m. on Saturday, killed
    nine"), and a date agreeing with ``other`` cannot clash: both stay."""
    words = _stem_set(other)
    out = []
    for d in dates:
        span = _relative_clause(text, d)
        if (
            span is not None
            and not words & _stem_set(text[span[0] : d.start] + " " + text[d.end : span[1]])
            and not _setting_that(text, span[0])
            and words & _stem_set(text[: span[0]] + " " + text[span[1] :])
            and (
                _main_clause_dated(text, span, dates, other, others)
                or _who_did_other_deed(text, span, other, others)
                or (
                    # whom the clause describes is not the other side's subject
                    # either ("Harper, who visited the town on Monday" against
                    # "Harper toured it on Sunday": one visit, two days)
                    not words & _stem_set(_antecedent(text, span[0]))
                    and not any(date_slots.dates_compatible(d, o) for o in others)
                )
            )
        ):
            continue
        out.append(d)
    return out


def _main_clause_dated(
    text: str,
    span: tuple[int, int],
    dates: Sequence[DateRef],
    other: str,
    others: Sequence[DateRef],
) -> bool:
    """The sentence outside the relative clause ``span`` gives its own date and
    tells the fact of ``other`` (its one date's words aside, two words or
    more beyond the subject the clause describes): the clause's date is the
    subject's other deed, even one on the other side's day ("President
    Aquino, who toured Tacloban on Sunday, declared a state of national
    calamity yesterday" against "declared a state of national calamity on
    Sunday": new182)."""
    if len(others) != 1 or not any(d.start < span[0] or d.start >= span[1] for d in dates):
        return False
    rest = text[: span[0]] + " " + text[span[1] :]
    for d in dates:
        rest = rest.replace(d.text, " ")
    told = _stem_set(other.replace(others[0].text, " "))
    subject = _stem_set(_antecedent(text, span[0]))
    return len((told & _stem_set(rest)) - subject) >= 2


def _who_did_other_deed(
    text: str, span: tuple[int, int], other: str, others: Sequence[DateRef]
) -> bool:
    """A "who" clause on a person, and the rest of the sentence tells the fact
    of ``other`` (two words or more beyond the person): the clause's date is
    the person's other deed ("Macron, who founded his own movement barely a
    year ago, has been elected president" against "Macron was elected
    president on Sunday"). Not a clause on a thing ("the quake, which struck
    on Saturday, killed nine": the quake's own time)."""
    if not text[span[0] :].lower().startswith("who"):
        return False
    rest = text[: span[0]] + " " + text[span[1] :]
    told = other
    for d in others:
        told = told.replace(d.text, " ")
    subject = _stem_set(_antecedent(text, span[0]))
    return len((_stem_set(told) & _stem_set(rest)) - subject) >= 2


# A time clause after a dated main clause: "spent an anxious night yesterday
# after a magnitude 8.8 earthquake ... sent a tsunami", "began his fourth term
# last October after his party won a parliamentary election".
# Not "when": "at 1 a.m., when the crowd broke through" and "on 11 December,
# when Fernández hands over power" tell what happened at that very time.
_PRESUPPOSED_AFTER_RE = re.compile(r"\b(?:after|following)\s+", re.IGNORECASE)


def _drop_dates_before_presupposed(
    text: str, dates: list[DateRef], other: str, others: Sequence[DateRef]
) -> list[DateRef]:
    """``dates`` without one that dates a main clause sharing no word with
    ``other`` while an undated time clause after it ("after the quake sent a
    tsunami") shares two or more: the date is of the main clause's own event
    (the anxious night, the start of a term), and the event both tell is the
    one the time clause presupposes. A main clause sharing a word ("The quake
    struck on Monday after tremors shook the town") is the claim itself, and a
    date agreeing with ``other`` cannot clash: both stay."""
    words = _stem_set(other)
    out = []
    for d in dates:
        start, end = _clause_span(text, d)
        tail = _PRESUPPOSED_AFTER_RE.search(text, d.end, end)
        if (
            tail is not None
            and not any(tail.start() <= e.start < end for e in dates)
            and not words & _stem_set(text[start : d.start] + " " + text[d.end : tail.start()])
            and len(words & _stem_set(text[tail.start() : end])) >= 2
            and not any(date_slots.dates_compatible(d, o) for o in others)
        ):
            continue
        out.append(d)
    return out


# Clauses whose very form tells another event than the main clause's: a
# perfect participle ("lasted just 336 days, having been sworn in on 2 July
# last year"), an earlier step ("The app, first made available on 10 January,
# had climbed ..."), a "what" clause ("a fraction of what Credit Suisse was
# worth ... only a few weeks ago"). Not "since" or "before": "closed since
# the volcano erupted on Wednesday" and "fled before the hurricane struck the
# coast on Monday" may date the very event the other side tells in other
# words ("made landfall on Tuesday" is a clash of days).
# Each runs to the next comma, dash or the end (`_RELATIVE_END_RE`).
_OTHER_EVENT_CLAUSE_RE = re.compile(
    r"\bhaving\s+(?:been\s+)?(?=\w)"
    r"|(?<=,\s)(?:first|originally|initially|previously)\s+(?=(?:" + _PARTICIPLE + r")\b)"
    r"|\bwhat\s+(?=(?:[\w'\u2019.-]+\s+){1,4}(?:was|were|is|are|had|has)\b)",
)
# The verbs of such a clause, which the other side must not tell for the
# clause's date to be another event's.
_CLAUSE_VERB_RE = re.compile(
    r"\b(?:was|were|is|are|had|has|have|having|been)\s+(?:been\s+)?\w+"
    r"|\b(?:" + _PARTICIPLE + r"|tried|worth|began|chose|took|went|came|rose|fell|grew|gave)\b",
    re.IGNORECASE,
)


def _other_event_clause(text: str, d: DateRef) -> tuple[int, int] | None:
    """The clause of another event (`_OTHER_EVENT_CLAUSE_RE`) holding ``d``."""
    starts = list(_OTHER_EVENT_CLAUSE_RE.finditer(text, 0, d.start))
    if not starts or _RELATIVE_END_RE.search(text, starts[-1].end(), d.start):
        return None
    end_match = _RELATIVE_END_RE.search(text, d.end)
    return starts[-1].start(), end_match.start() if end_match else len(text)


def _drop_other_event_dates(
    text: str, dates: list[DateRef], other: str, others: Sequence[DateRef]
) -> list[DateRef]:
    """``dates`` without one inside a clause of another event
    (`_OTHER_EVENT_CLAUSE_RE`) whose verbs ``other`` does not use, while the
    rest of the sentence shares a word with ``other``: the sworn-in day is not
    the day the cabinet fell, the day of a failed bid to back out is not the
    day the deal closed. Where ``other`` tells the clause's event ("was sworn
    in on 3 July"), or a date of it agrees, the date stays and may clash."""
    words = _stem_set(other)
    out = []
    for d in dates:
        span = _other_event_clause(text, d)
        if span is not None:
            verbs = {
                lexical.stem(v.split()[-1].lower()) for v in _CLAUSE_VERB_RE.findall(text, *span)
            }
            if (
                verbs
                and not verbs & words
                and words & _stem_set(text[: span[0]] + " " + text[span[1] :])
                and not any(date_slots.dates_compatible(d, o) for o in others)
            ):
                continue
        out.append(d)
    return out


# The start and the end of a range: "from 8 p.m. to 6 a.m.", "from Monday until Friday".
_FROM_RE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_TO_AFTER_RE = re.compile(r"\s*(?:to|until|till|-|\u2013)\s", re.IGNORECASE)
_FROM_TO_RE = re.compile(r"\bfrom\s+[^,;]{1,30}?\s*(?:to|until|till|-|\u2013)\s*$", re.IGNORECASE)


def _range_end(text: str, d: DateRef, end: int) -> bool:
    """Whether ``d`` starts (``end`` 0) or ends (1) a "from ... to ..." range."""
    if end:
        return _FROM_TO_RE.search(text, 0, d.start) is not None
    return _FROM_RE.search(text, 0, d.start) is not None and bool(_TO_AFTER_RE.match(text, d.end))


def _date_role(text: str, d: DateRef) -> int | None:
    """0 for a date after a start verb, 1 after an end verb, None otherwise."""
    roles = [role for role in range(len(_DATE_ROLES)) if _dated_role(text, d.start, role)]
    return roles[0] if len(roles) == 1 else None


def _opposite_ends(a: Claim, da: Sequence[DateRef], b: Claim, db: Sequence[DateRef]) -> bool:
    """Every date of one side starts something and every date of the other
    ends it ("began at 5 p.m. on 14 September" / "ended at 6:30 a.m.
    yesterday"): the two ends of one span, which cannot clash as one day."""
    ra = {_date_role(a.text, d) for d in da}
    rb = {_date_role(b.text, d) for d in db}
    return len(ra) == 1 and len(rb) == 1 and None not in ra | rb and ra != rb


def _same_count(d: DateRef, others: Sequence[DateRef]) -> bool:
    """``d`` counts from an event just as a date of ``others`` does ("about two
    hours after the quake" on both sides): the one moment, however each
    source clocks the event (that is another sentence's matter)."""
    key = " ".join(d.text.lower().split())
    return events.is_counted(d) and any(
        events.is_counted(o) and " ".join(o.text.lower().split()) == key for o in others
    )


# How far back a deadline already past may reach: any day of the story's year.
_DEADLINE_REACH = dt.timedelta(days=366)


def _past_deadlines_open(
    claim: Claim, dates: list[DateRef], others: list[DateRef]
) -> list[DateRef]:
    """A deadline already past when the source wrote ("had travelled about 8
    metres by Friday", "By Friday, 30 deaths had been confirmed", "had climbed
    to the top of the App Store by Monday") says the thing happened on or
    before that day, not on it: when every date of the other side falls on or
    before it ("rolled out on Thursday", "over the weekend"), its start is
    left open and it holds them. A day after it ("found ... on 16 June"
    against "had recovered both recorders by 14 June") still clashes, and a
    deadline to come ("expects to reopen by Friday") runs from the day of
    writing as before. `check` holds a draft to a deadline as written, as it
    holds it to a source's floors (`numbers.strict_limits`): "by 14 June" is
    no support for "on the day of the crash"."""
    anchor = claim.slots.anchor
    if anchor is None or numbers.limits_mode():
        return dates
    days = [o for o in others if o.high is not None]
    out = []
    for d in dates:
        if (
            d.bound == "by"
            and d.period is not None
            and d.high is not None
            and d.period[1] < anchor
            and days
            and all(o.high <= d.high for o in days)
        ):
            d = replace(d, low=d.high - _DEADLINE_REACH)
        out.append(d)
    return out


# A clause that starts doing something, anywhere before its date ("began
# building a steel Bailey bridge ... on Wednesday"); `_DATE_ROLES` wants the
# date right after the verb.
_PHASE_VERB_RES = (
    re.compile(r"\b(?:began|begun|begins|started|starts)\s+(?:\w+ing|to\s+\w+)\b", re.IGNORECASE),
)


def _phase_of(text: str, d: DateRef) -> int | None:
    """0 when the clause holding ``d`` starts doing something before it
    ("began building", "started to rise"), None otherwise."""
    start, _ = clause_of(text, d)
    before = text[start : d.start]
    found = [role for role, verb in enumerate(_PHASE_VERB_RES) if verb.search(before)]
    return found[0] if len(found) == 1 else None


def _phases_open(
    text: str, dates: list[DateRef], other: str, others: list[DateRef]
) -> list[DateRef]:
    """A day on which something began ("began building a bridge on Wednesday",
    "began lowering the capsule late last night") is the first day of a
    process: when every day of the other side falls on or after it and tells
    no start of its own ("opened the bridge to traffic on Thursday evening",
    "was the last to return, early on Thursday"), that is a later step of the
    process, and the start holds it (new140, new151). Only a side with one
    date, begun as a doing ("began building", not "starts in Germany"), on a
    day strictly before all of the other side's. A day before the start
    ("first showers reached Dubai on Sunday night" against "Rain started
    falling on Monday evening"), or a start against a start, still clashes.
    `check` holds a draft to the day as written."""
    if numbers.limits_mode():
        return dates
    days = [o for o in others if o.low is not None and o.high is not None and not o.bound]
    if not days or any(_phase_of(other, o) is not None for o in days):
        return dates
    if len(dates) != 1:
        return dates
    d = dates[0]
    if (
        d.low is not None
        and d.high is not None
        and not d.bound
        and not events.is_counted(d)
        and _phase_of(text, d) == 0
        and all(o.low > d.low for o in days)
    ):
        return [replace(d, high=d.high + _DEADLINE_REACH, minutes=None)]
    return dates


# A month or longer: a period, not a day ("in July", "in 2021", "the 1990s",
# "more than nine weeks ago").
_PERIOD_DAYS = 27
# How far a period must lie from every day of the other side to date another
# deed: more than a year in the sentence's own telling ("went bankrupt in the
# 1990s"), more than a month in a relative clause on someone or something
# ("who chose Lampedusa ... in July"), so that "published in May" against
# "released on July 4" or "sworn in on 20 May" against "in June" still clash.
_BACKGROUND_GAP = dt.timedelta(days=366)
_BACKGROUND_GAP_RELATIVE = dt.timedelta(days=31)


def _background_period(
    text: str, dates: Sequence[DateRef], other: str, others: Sequence[DateRef]
) -> bool:
    """Every date of one side is a month, a year or longer, told by verbs the
    other side does not use, and lies far from every date of the other side
    (`_BACKGROUND_GAP`), which are all days: the period dates another deed
    than the day does, background to the news ("Pope Francis, who chose
    Lampedusa for his first trip ... in July, said" against "addressing a
    Vatican event on Thursday, said"; "who have waited ... since the men were
    entombed more than nine weeks ago" against "hauled to the surface on
    Wednesday"; "went bankrupt in the 1990s" against "collapsed shortly
    before 1:30 a.m. on Thursday"). The deed both tell on two far days ("In
    February, Tesla recalled 2 million cars" / "Tesla yesterday recalled"), a
    period that nears a day ("in June" / "on 20 May"), and two periods ("in
    1956" / "in 1962") still clash."""
    if not dates or not others:
        return False
    if any(
        d.low is None or d.high is None or d.bound or (d.high - d.low).days < _PERIOD_DAYS
        for d in dates
    ):
        return False
    if not all(
        o.low is not None and o.high is not None and not o.bound and (o.high - o.low).days <= 8
        for o in others
    ):
        return False  # days, or a week ("this week" read from Sunday or Monday)
    words = _stem_set(other)
    for d in dates:
        start, end = clause_of(text, d)
        verbs = {
            lexical.stem(v.split()[-1].lower())
            for v in _CLAUSE_VERB_RE.findall(text[start : d.start] + " " + text[d.end : end])
        }
        if not verbs or verbs & words:
            return False
        gap = _BACKGROUND_GAP_RELATIVE if _relative_clause(text, d) else _BACKGROUND_GAP
        if not all(
            o.high + gap < d.low or d.high + gap < o.low  # type: ignore[operator]
            for o in others
        ):
            return False
    return True


def date_differs(a: Claim, b: Claim) -> Finding | None:
    """Resolved dates (or times of day) that do not overlap."""
    if not a.slots.dates or not b.slots.dates:
        return None
    da = [d for d in a.slots.dates if d.low is not None or d.minutes is not None]
    db = [d for d in b.slots.dates if d.low is not None or d.minutes is not None]
    if not da or not db:
        return None
    # "its highest level since 2008" dates how far a record goes back, not when
    # the present state began ("held since August last year"): not compared.
    # "for the first time in 17 years" says how long since it last happened,
    # not when (QA pass 7: the span absorbed "last week" against "Tuesday").
    da = [d for d in da if not _since_last_span(a.text, d) and not _record_event_date(a.text, d)]
    db = [d for d in db if not _since_last_span(b.text, d) and not _record_event_date(b.text, d)]
    if not da or not db:
        return None
    # "since 2007" runs to the day of publication; without one it is
    # unresolved, like "yesterday" (QA pass 5: an undated page's "first rise
    # since 2007" read as the year 2007 clashed with "on Tuesday").
    da = [d for d in da if not _open_since(d)]
    db = [d for d in db if not _open_since(d)]
    # "Police said on Tuesday that the painting was stolen" vs "The painting was
    # stolen on Sunday night": Tuesday dates the saying (QA pass 21).
    da, db = _drop_said_only(a.text, da, b.text, db), _drop_said_only(b.text, db, a.text, da)
    if not da or not db:
        return None
    da, db = (
        _drop_other_clauses(a.text, da, b.text, db),
        _drop_other_clauses(b.text, db, a.text, da),
    )
    da, db = (
        _drop_relative_clause_dates(a.text, da, b.text, db),
        _drop_relative_clause_dates(b.text, db, a.text, da),
    )
    da, db = (
        _drop_dates_before_presupposed(a.text, da, b.text, db),
        _drop_dates_before_presupposed(b.text, db, a.text, da),
    )
    da, db = (
        _drop_other_event_dates(a.text, da, b.text, db),
        _drop_other_event_dates(b.text, db, a.text, da),
    )
    if not da or not db or _opposite_ends(a, da, b, db):
        return None
    began_a = any(d.bound == "since" and not _record_since(a.text, d) for d in da)
    if any(d.bound == "since" and not _record_since(b.text, d) for d in db):
        da = [d for d in da if not _record_since(a.text, d)]
    if began_a:
        db = [d for d in db if not _record_since(b.text, d)]
    if not da or not db:
        return None
    # "vehicles produced between Oct. 5, 2012, and Dec. 7, 2023": dates that
    # say which things, not when the event happened (QA pass 5: against "on
    # Wednesday"); compared only with the same kind of date.
    kind_a = {id(d): _date_kind(a.text, d) for d in da}
    kind_b = {id(d): _date_kind(b.text, d) for d in db}
    shared = sorted(({*kind_a.values()} & {*kind_b.values()}) - {""})
    events_a = [d for d in da if not kind_a[id(d)]]
    events_b = [d for d in db if not kind_b[id(d)]]
    if shared and not (events_a and events_b):
        # Dates of one kind both give ("founded in 1856" / "founded in 1865"),
        # where the story's own days are not both there to compare.
        da = [d for d in da if kind_a[id(d)] == shared[0]]
        db = [d for d in db if kind_b[id(d)] == shared[0]]
    else:
        # Other kinds of year stay where the other side gives the same one
        # ("which opened in 1995" / "opened to traffic in 1995") and go where
        # it does not ("died in 1989" against "opened in the 1960s").
        da = [
            d for d in da if not kind_a[id(d)] or any(date_slots.dates_compatible(d, o) for o in db)
        ]
        db = [
            d for d in db if not kind_b[id(d)] or any(date_slots.dates_compatible(d, o) for o in da)
        ]
    if not da or not db:
        return None
    # "home to 4,761 people at the 2020 census": a year naming another occasion
    # dates that occasion, and is compared only with the same occasion's year.
    ha, hb = _occasion_years(a.text, da), _occasion_years(b.text, db)
    da = [d for d in da if id(d) not in ha or _mentions(b.text, ha[id(d)])]
    db = [d for d in db if id(d) not in hb or _mentions(a.text, hb[id(d)])]
    if not da or not db:
        return None
    # "14:12 local time (19:12 GMT)": the GMT clock converts the local one,
    # and a moment against a clock read in the report's place is the local one.
    if a.slots.local_zone or b.slots.local_zone:
        da, db = _local_first(da, db), _local_first(db, da)
    # Two clock times in two named zones ("22:17 GMT" vs "6:17 p.m. ET") are
    # compared as moments, in UTC (QA pass 7: any two such times "agreed").
    moments = _moments_apart(
        a.text,
        da,
        b.text,
        db,
        (a.slots.anchor, b.slots.anchor),
        (a.slots.local_zone, b.slots.local_zone),
    )
    if moments is not None:
        return moments or None
    # "7.30pm local time (1730 GMT)" against a local time: the local one speaks.
    da, db = _local_first(da, db), _local_first(db, da)
    da, db = _local_days(da, db), _local_days(db, da)
    if _time_zone(a.text) != _time_zone(b.text):
        # "Monday evening, Australian time" is Monday morning in London: the
        # day may differ by one and the clock says nothing.
        da = [_zone_free(d) for d in da]
        if not (da := [d for d in da if d.low is not None]):
            return None

    # "closed until at least December 27" ends a state: a date inside it
    # ("stays closed this weekend") agrees; another end ("until December 29",
    # "ends on February 26") is compared as a day (QA pass 7).
    da, db = _until_spans(a.text, da, b.text, db), _until_spans(b.text, db, a.text, da)
    da, db = _past_deadlines_open(a, da, db), _past_deadlines_open(b, db, da)
    da, db = _phases_open(a.text, da, b.text, db), _phases_open(b.text, db, a.text, da)
    if _background_period(a.text, da, b.text, db) or _background_period(b.text, db, a.text, da):
        return None
    offsets = {id(d): (_offset_days(a.text), a.text, b.text) for d in da}
    offsets.update({id(d): (_offset_days(b.text), b.text, a.text) for d in db})

    def clashes(d: DateRef, others: list[DateRef]) -> bool:
        # Unknown (None) never counts as a clash: only a definite False does.
        if _same_count(d, others):
            return False
        others = _dated_only(d, others)
        days, text, other = offsets.get(id(d), (None, "", ""))
        verdicts = [
            date_slots.dates_compatible(r, o)
            for s in _shifted(d, days, text, other)
            for r in _readings(s)
            for o in others
        ]
        return False in verdicts and True not in verdicts and None not in verdicts

    # A start against a start, an end against an end ("mourning, which began
    # on Wednesday, ended on Friday" vs "began on Friday"): the other date of
    # a sentence does not absorb the clash.
    groups = [
        (
            [d for d in da if _dated_role(a.text, d.start, role)],
            [d for d in db if _dated_role(b.text, d.start, role)],
        )
        for role in range(len(_DATE_ROLES))
    ]
    # Likewise a deadline against a deadline ("expected to reopen the channel
    # by the end of April" vs "said in April that it expected to reopen it by
    # the end of May"): the day something was said does not absorb the clash.
    groups.append(([d for d in da if d.bound == "by"], [d for d in db if d.bound == "by"]))
    # And the ends of a range against the same ends ("a curfew from 8 p.m. to
    # 6 a.m." vs "from 6 p.m. to 6 a.m."): the shared end does not absorb the
    # clash of the other.
    for end in (0, 1):
        groups.append(
            (
                [d for d in da if _range_end(a.text, d, end)],
                [d for d in db if _range_end(b.text, d, end)],
            )
        )
    for ra, rb in groups:
        if ra and rb and all(clashes(d, rb) for d in ra) and all(clashes(d, ra) for d in rb):
            return Finding(
                Kind.DATE,
                "date_differs",
                "; ".join(date_label(d) for d in ra),
                "; ".join(date_label(d) for d in rb),
            )

    # Compare like with like: a day against a day. A broad period ("this year")
    # in the same sentence must not absorb a conflicting weekday.
    sa, sb = [d for d in da if _specific(d)], [d for d in db if _specific(d)]
    # A broad date that holds none of its own side's days dates another event
    # ("Today's vote ... was triggered when Scholz lost a confidence vote in
    # December" vs "lost a confidence vote on Dec. 16"): a day of the other
    # side inside it is that event's day, whatever the specific dates say.
    apart_a = [d for d in da if not _specific(d) and sa and _holds_none(d, sa)]
    apart_b = [d for d in db if not _specific(d) and sb and _holds_none(d, sb)]
    if sa and sb:
        da, db = sa, sb
    bad_a = [d for d in da if clashes(d, db) and not _inside_any(d, apart_b)]
    bad_b = [d for d in db if clashes(d, da) and not _inside_any(d, apart_a)]
    # Each side dates one more event than the other, and they agree on a day
    # they share ("chairs his first cabinet meeting this morning after the
    # victory on Thursday" vs "chaired it on Saturday and spent yesterday in
    # Edinburgh"): the extra dates belong to other events. A shared month
    # ("inflation in June", both sides) is a reference period, not that event.
    if bad_a and bad_b and _share_a_day(da, db):
        return None
    if bad_a and bad_b:
        return Finding(
            Kind.DATE,
            "date_differs",
            "; ".join(date_label(d) for d in bad_a),
            "; ".join(date_label(d) for d in bad_b),
        )
    return None


# A day counted from the day of publication: "yesterday", "last night", "this
# morning". Two sources that both write it, and resolve it to different days,
# were published on different days.
_PUBLICATION_DAY_RE = re.compile(
    r"(?:(?:early|late|earlier|later)\s+)?"
    r"(yesterday|last\s+night|today|tonight|this\s+(?:morning|afternoon|evening)|tomorrow)\b",
    re.IGNORECASE,
)
_PUBLICATION_DAYS = {"last night": "yesterday", "tonight": "today", "this morning": "today",
                     "this afternoon": "today", "this evening": "today"}  # fmt: skip


def _publication_day(d: DateRef) -> str | None:
    """ "yesterday" for "yesterday afternoon" or "late last night", "today" for
    "this morning": the day ``d`` counts from its publication, else None."""
    m = _PUBLICATION_DAY_RE.match(d.text.strip())
    if m is None or d.low is None:
        return None
    word = " ".join(m.group(1).lower().split())
    return _PUBLICATION_DAYS.get(word, word)


def _days_of_two_publications(a: Claim, b: Claim) -> tuple[set[int], set[int]]:
    """The dates of each side written as one day counted from publication on
    both sides ("yesterday" / "yesterday afternoon") that resolve to different
    days.

    Each source counts from its own day of publication: a report of Saturday
    calls Friday's vote "yesterday", and one of the following Wednesday that
    says "yesterday" speaks of Tuesday, another step of a running story (the
    queen died "yesterday afternoon" / was laid to rest "yesterday", eleven
    days apart). A later reporter names an earlier day by its weekday, so the
    two days are two happenings, not two sources disagreeing on one. A day
    that another date of the other side names stays ("today and tomorrow" /
    "yesterday and today", a day apart, share a day).
    """
    drop_a: set[int] = set()
    drop_b: set[int] = set()
    for x in a.slots.dates:
        for y in b.slots.dates:
            day = _publication_day(x)
            if (
                day
                and day == _publication_day(y)
                and _meets_none(x, b.slots.dates)
                and _meets_none(y, a.slots.dates)
            ):
                drop_a.add(id(x))
                drop_b.add(id(y))
    return drop_a, drop_b


def _meets_none(d: DateRef, others: Sequence[DateRef]) -> bool:
    """No other day names ``d``'s day (a period around it, "since 1888" or
    "this week", names no day)."""
    days = [o for o in others if not o.bound and o.low is not None and o.low == o.high]
    return all(date_slots.dates_compatible(d, o) is False for o in days)


def _without_dates(claim: Claim, dropped: set[int]) -> Claim:
    dates = tuple(d for d in claim.slots.dates if id(d) not in dropped)
    return replace(claim, slots=replace(claim.slots, dates=dates))


def source_date_differs(a: Claim, b: Claim) -> Finding | None:
    """`date_differs` between two sources, each of which counts "yesterday"
    from its own day of publication (`_days_of_two_publications`).

    Not for a draft against its sources: a draft that copies an older
    source's "yesterday" dates the event wrongly, and must be told so.
    """
    drop_a, drop_b = _days_of_two_publications(a, b)
    if drop_a:
        a, b = _without_dates(a, drop_a), _without_dates(b, drop_b)
    return date_differs(a, b)


# Words that make a place name more specific without naming another place:
# "Keflavík International Airport" is still Keflavík.
GENERIC_PLACE_WORDS = frozenset(
    "international airport city province county district region island islands peninsula town "
    "village state capital centre center square port harbour harbor stadium national park "
    "municipality area ocean sea river coast desert mountains basin delta".split()
)


@lru_cache(maxsize=65536)  # the same few place names meet in many pairs
def _tokens(name: str) -> frozenset[str]:
    return frozenset(names.fold_accents(name).lower().replace("-", " ").split())


# The nations of the United Kingdom: "England's University of Bristol" is in Britain.
_UK_NATIONS = ("England", "Scotland", "Wales", "Northern Ireland")


@lru_cache(maxsize=1)
def _uk_keys() -> tuple[str, frozenset[str]]:
    return names.entity_key("United Kingdom"), frozenset(names.entity_key(n) for n in _UK_NATIONS)


@lru_cache(maxsize=65536)
def same_place(x: str, y: str) -> bool:
    """Same place across spellings, a capital and its country, a nation of the
    UK and Britain, or a more specific form."""
    if names.same_entity(x, y):
        return True
    uk, nations = _uk_keys()
    if {names.entity_key(x), names.entity_key(y)} & {uk} and (
        names.entity_key(x) in nations or names.entity_key(y) in nations
    ):
        return True
    cx, cy = names.capital_country(x), names.capital_country(y)
    if (cx and cx == names.entity_key(y)) or (cy and cy == names.entity_key(x)):
        return True
    tx, ty = _tokens(x), _tokens(y)
    small, big = sorted((tx, ty), key=len)
    return bool(small) and small <= big and big - small <= GENERIC_PLACE_WORDS


def _one_swapped(
    ea: Sequence[str], eb: Sequence[str], same: Callable[[str, str], bool]
) -> tuple[str, str] | None:
    """The single name that differs on each side when everything else matches.

    Sentences often mention extra people or places; a divergence needs the same
    slot filled differently, so exactly one unmatched name per side.
    """
    only_a = [x for x in ea if not any(same(x, y) for y in eb)]
    only_b = [y for y in eb if not any(same(x, y) for x in ea)]
    if len(only_a) == 1 and len(only_b) == 1:
        return only_a[0], only_b[0]
    return None


def _sibling_swapped(ea: Sequence[str], eb: Sequence[str]) -> tuple[str, str] | None:
    """Two people of one family name with different given names, one on each
    side ("Beauden Barrett scored the only try" vs "Jordie Barrett's try"): the
    same slot filled differently, whoever else the sentences name."""
    for x in ea:
        for y in eb:
            tx, ty = x.split(), y.split()
            if len(tx) < 2 or len(ty) < 2 or names.same_entity(x, y):
                continue
            if names.entity_key(tx[-1]) != names.entity_key(ty[-1]):
                continue
            if any(names.same_entity(x, z) for z in eb) or any(names.same_entity(y, z) for z in ea):
                continue
            given_x, given_y = tx[-2].rstrip("."), ty[-2].rstrip(".")
            if len(given_x) > 1 and len(given_y) > 1:  # initials may stand for either
                return x, y
    return None


# What may stand between two names of one list: "X and Y", "X, Y and Z", "X and
# General Y", "X and deputy minister Y".
_LIST_GAP_RE = re.compile(r"^(?:,\s*|\s+and\s+|,\s+and\s+)(?:[A-Za-z.-]+\s+){0,3}$")


def _one_list(people: Sequence[str], claim: Claim) -> bool:
    """The names form one list in the sentence ("talking to X and General Y")."""
    spans = sorted(
        (e.start, e.end) for e in claim.slots.entities if e.kind == "person" and e.text in people
    )
    if len(spans) != len(people):
        return False
    gaps = [claim.text[e1:s2] for (_, e1), (s2, _) in pairwise(spans)]
    return all(_LIST_GAP_RE.match(gap) for gap in gaps) and any(" and " in g for g in gaps)


def _led_in_alike(name: str, claim: Claim, people: Sequence[str], other: Claim) -> bool:
    """The name and the list follow the same words ("talking to General X" and
    "talking to Y and Z"): they fill one place in the two sentences."""

    def lead(names_: Sequence[str], c: Claim) -> set[str]:
        start = min(e.start for e in c.slots.entities if e.kind == "person" and e.text in names_)
        return set(re.findall(r"\b[a-z]{2,}\b", c.text[max(0, start - 30) : start]))

    return bool(lead([name], claim) & lead(people, other))


def _list_swapped(
    ea: Sequence[str], a: Claim, eb: Sequence[str], b: Claim
) -> tuple[str, str] | None:
    """One person named on one side where the other lists others in that place,
    everybody else the same ("Prigozhin talking to Yevkurov and General
    Alekseyev" vs "Prigozhin talking to General Surovikin")."""
    only_a = [x for x in ea if not any(names.same_entity(x, y) for y in eb)]
    only_b = [y for y in eb if not any(names.same_entity(x, y) for x in ea)]
    if len(only_a) == len(ea) or len(only_b) == len(eb):
        return None  # nobody shared: nothing shows the two name the same scene
    for one, one_claim, many, many_claim in ((only_a, a, only_b, b), (only_b, b, only_a, a)):
        if (
            len(one) == 1
            and 2 <= len(many) <= 3
            and _one_list(many, many_claim)
            and _led_in_alike(one[0], one_claim, many, many_claim)
        ):
            listed = " and ".join(many)
            return (one[0], listed) if one_claim is a else (listed, one[0])
    return None


@per_claim
def _persons(claim: Claim) -> tuple[str, ...]:
    return tuple(_entities_of(claim, "person"))


# "his mother held on to him" vs "his father held on to him": a relative named
# by kinship fills the slot a name would.
_KIN_RE = re.compile(
    r"\b(?:his|her|their|a|the\s+(?:boy|girl|child|president|king|queen|minister)['\u2019]s)\s+"
    # "her younger sister", "their 13-year-old daughter", "his eldest son"
    r"(?:(?:younger|older|elder|eldest|youngest|little|baby|infant|teenage|adult|only|late"
    r"|\d+-year-old|[a-z]+-year-old)\s+)?"
    r"(mother|father|son|daughter|husband|wife|brother|sister|grandmother|grandfather"
    r"|uncle|aunt|nephew|niece|grandson|granddaughter)\b",
    re.IGNORECASE,
)


# An unnamed person told by sex ("a woman in her 90s" vs "a man in his 90s"), and
# a title held by one of a couple ("the Princess of Wales" vs "the Prince of Wales").
_UNNAMED_RE = re.compile(
    r"\b(?:a|an|the)\s+(?:(?:(?:\d+|[a-z]+(?:-[a-z]+)?)-(?:year|month)-old|young|elderly|old)\s+)?"
    r"(man|woman|boy|girl)\b",
    re.IGNORECASE,
)
_SEX = {"man": "m", "boy": "m", "woman": "f", "girl": "f", "king": "m", "queen": "f",
        "prince": "m", "princess": "f", "duke": "m", "duchess": "f"}  # fmt: skip
_TITLE_RE = re.compile(r"\b(King|Queen|Prince|Princess|Duke|Duchess)\s+of\s+(?:the\s+)?([A-Z]\w+)")


@lru_cache(maxsize=65536)  # per sentence, not per pair
def _relatives(text: str) -> tuple[frozenset[str], frozenset[str], tuple[tuple[str, str], ...]]:
    """Kin words, unnamed people ("a man") and sexed titles of one sentence."""
    kin = frozenset(m.lower() for m in _KIN_RE.findall(text))
    unnamed = frozenset(m.lower() for m in _UNNAMED_RE.findall(text))
    return kin, unnamed, tuple(_TITLE_RE.findall(text))


def _relative_differs(a: Claim, b: Claim) -> Finding | None:
    (ka, ua, ta), (kb, ub, tb) = _relatives(a.text), _relatives(b.text)
    if len(ka - kb) == 1 and len(kb - ka) == 1:
        # one relative for another, the rest the same: "his wife, Keri, and
        # their son" / "his wife, Keri, and their daughter, Alyssa"
        return Finding(Kind.PERSON, "person_differs", next(iter(ka - kb)), next(iter(kb - ka)))
    if len(ua) == 1 and len(ub) == 1:
        x, y = next(iter(ua)), next(iter(ub))
        if _SEX[x] != _SEX[y]:
            return Finding(Kind.PERSON, "person_differs", f"a {x}", f"a {y}")
    if len(ta) == 1 and len(tb) == 1 and ta[0][1] == tb[0][1]:
        (x, where), (y, _) = ta[0], tb[0]
        if _SEX[x.lower()] != _SEX[y.lower()]:
            return Finding(Kind.PERSON, "person_differs", f"{x} of {where}", f"{y} of {where}")
    return None


# A sentence that opens with an office, not a name, and a verb: "The French
# president visited the town" / "The French prime minister visited the town".
_OFFICES = {
    "president": "president", "vice president": "vice president",
    "vice-president": "vice president", "prime minister": "prime minister",
    "premier": "prime minister", "chancellor": "chancellor", "mayor": "mayor",
    "governor": "governor", "council leader": "council leader",
    "foreign minister": "foreign minister", "defence minister": "defence minister",
    "defense minister": "defence minister", "interior minister": "interior minister",
    "finance minister": "finance minister", "health minister": "health minister",
    "king": "king", "queen": "queen", "pope": "pope", "crown prince": "crown prince",
    "chief executive": "chief executive", "police chief": "police chief",
    "fire chief": "fire chief",
}  # fmt: skip
_OFFICE_SUBJECT_RE = re.compile(
    r"^\s*(?:The|the)\s+(?P<whose>(?:[A-Z][\w'\u2019.-]*\s+){0,2})"
    r"(?P<office>" + "|".join(sorted(map(re.escape, _OFFICES), key=len, reverse=True)) + r")"
    r"\s+(?:(?:has|had|have|will|would|also|then|later|briefly)\s+)?(?P<verb>[a-z]+)\b"
)


@lru_cache(maxsize=65536)  # per sentence, not per pair
def _office_subject(text: str) -> tuple[str, str, str] | None:
    """(office, whose, as written) of a sentence opening with an office that acts."""
    m = _OFFICE_SUBJECT_RE.match(text)
    if m is None or m["verb"] in _NOT_ACTIONS or m["verb"] in ("of", "who", "whose"):
        return None
    written = text[m.start() : m.end("office")].strip()
    return _OFFICES[m["office"]], m["whose"].strip(), written


def _offices_swapped(a: Claim, b: Claim) -> tuple[str, str] | None:
    """Two sentences opening with two offices of one country doing the thing,
    neither naming the other's office: who did it differs."""
    oa, ob = _office_subject(a.text), _office_subject(b.text)
    if oa is None or ob is None or oa[0] == ob[0] or oa[1] != ob[1]:
        return None
    if ob[0] in a.text.lower() or oa[0] in b.text.lower():
        return None  # "the president and the prime minister visited"
    return oa[2], ob[2]


# An office or a body of a place: "the mayor of Jeremie", "bishop of the
# Peruvian diocese of Arequipa", "the Bank of England", "Sweden's prime minister".
_PLACE_OFFICES = frozenset(_OFFICES) | frozenset(
    "bishop archbishop diocese archdiocese bank ambassador embassy consul consulate".split()
)
_OFFICE_WORD_RE = re.compile(
    r"\b(?:" + "|".join(sorted(map(re.escape, _PLACE_OFFICES), key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)
_BODY_OF_RE = re.compile(
    r"^(?P<head>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+of\s+(?:the\s+)?(?P<place>\S.*)$"
)
_OF_BEFORE_RE = re.compile(r"\bof\s+(?:the\s+)?$")
_OFFICE_AFTER_RE = re.compile(
    r"['\u2019]s?\s+(?:(?:new|former|then)\s+)?(?P<office>[a-z]+(?:\s+[a-z]+)?)"
)
_OFFICE_WINDOW = 6  # words before "of <place>" that may name the office


def _place_offices(claim: Claim) -> list[tuple[frozenset[str], str, Kind, str]]:
    """(offices, place, kind, as written) of each office or body of a place the claim
    names: a body named for it ("the Bank of England", a person's kind of
    divergence), a post "of" it ("a former mayor of Jeremie", a place's), or
    a country's post ("Sweden's prime minister", a person's)."""
    out = []
    for e in claim.slots.entities:
        m = _BODY_OF_RE.match(e.text)
        if m is not None and m["head"].lower() in _PLACE_OFFICES:
            out.append((frozenset({m["head"].lower()}), m["place"], Kind.PERSON, e.text))
            continue
        if e.kind not in ("place", "unknown"):
            continue
        before = claim.text[max(0, e.start - 80) : e.start]
        if _OF_BEFORE_RE.search(before):
            words = " ".join(re.split(r"[,;:()]", before)[-1].split()[-_OFFICE_WINDOW:])
            offices = frozenset(o.lower() for o in _OFFICE_WORD_RE.findall(words))
            if offices:
                out.append((offices, e.text, Kind.PLACE, e.text))
            continue
        after = _OFFICE_AFTER_RE.match(claim.text, e.end)
        if after is not None and names.is_country(e.text):
            office = _OFFICE_WORD_RE.match(after["office"])
            if office is not None:
                written = claim.text[e.start : after.start("office") + len(office[0])]
                out.append((frozenset({office[0].lower()}), e.text, Kind.PERSON, written))
    return out


def _tells_place(claim: Claim, place: str) -> bool:
    """Whether the claim names ``place`` itself, in some spelling or form (not
    what holds it: the country of two towns says neither's mayor)."""
    if place.lower() in claim.text.lower():
        return True
    return any(
        (same_place(place, e.text) and names.capital_country(place) != names.entity_key(e.text))
        or _nested(place, e.text)
        or _spelled_alike(_distinctive(place), _distinctive(e.text))
        for e in claim.slots.entities
    )


def office_place_differs(draft: Claim, source: Claim) -> Finding | None:
    """One office or body of two places: "Among the dead was Gabriel Fortune,
    a former mayor of Jeremie" vs "a former mayor of Les Cayes"; "bishop of
    the Peruvian diocese of Arequipa" vs "bishop of Trujillo"; "The Bank of
    England had lowered its key rate" vs "The Bank of Canada cut its key
    rate"; "Sweden's prime minister ran his government by iPad" vs "Denmark's
    prime minister ... running his government by iPad". Neither side may name
    the other's place ("the mayors of Jeremie and Les Cayes").

    For checking a draft only (`verdicts`): two sources may each name a post
    of their own in sentences about one event."""
    theirs = _place_offices(source)
    for offices, place, kind, written in _place_offices(draft):
        if _tells_place(source, place):
            continue
        for other_offices, other, _kind, other_written in theirs:
            if not offices & other_offices or _tells_place(draft, other):
                continue
            if names.town_in(place, other) or names.town_in(other, place):
                continue
            rule = "place_differs" if kind is Kind.PLACE else "person_differs"
            return Finding(kind, rule, written, other_written)
    return None


def person_differs(a: Claim, b: Claim) -> Finding | None:
    """One person swapped for another, everybody else the same (speakers aside), or
    one relative for another ("his mother" vs "his father"), or one office for
    another ("The French president visited" vs "The French prime minister")."""
    offices = _offices_swapped(a, b)
    if offices is not None:
        return Finding(Kind.PERSON, "person_differs", *offices)
    referred = _pronoun_subject_swapped(a, b)
    if referred is not None:
        return Finding(Kind.PERSON, "person_differs", *referred)
    if not a.slots.entities or not b.slots.entities:
        return _relative_differs(a, b) or _trade_differs(a, b)
    speakers = [x for x in (a.slots.attribution, b.slots.attribution) if x]
    ea = [
        x
        for x in _persons(a)
        if not any(names.same_entity(x, sp) for sp in speakers) and x not in _described_by(a)
    ]
    eb = [
        x
        for x in _persons(b)
        if not any(names.same_entity(x, sp) for sp in speakers) and x not in _described_by(b)
    ]
    swapped = (
        _one_swapped(ea, eb, names.same_entity)
        or _sibling_swapped(ea, eb)
        or _list_swapped(ea, a, eb, b)
        or _subjects_swapped(a, b, speakers)
    )
    if swapped is None:
        crossed = _roles_crossed(a, b, speakers)
        if crossed is not None:
            return Finding(Kind.PERSON, "person_differs", *crossed)
        agents = _agents_apart(a, b)
        if agents is not None:
            return Finding(Kind.PERSON, "agent_differs", *agents)
        companions = _companions_swapped(a, b)
        if companions is not None:
            return Finding(Kind.PERSON, "companion_differs", *companions)
        return _relative_differs(a, b) or _trade_differs(a, b)
    x, y = swapped
    # A name read as another kind on the other side is still named there
    # ("PH Nargeolet", unknown, is "Paul-Henri Nargeolet"); one that only
    # describes another person there ("Mr Milei's running mate, Victoria
    # Villarruel") fills no slot of it.
    if any(
        names.same_entity(x, e.text) for e in b.slots.entities if e.text not in _described_by(b)
    ) or any(
        names.same_entity(y, e.text) for e in a.slots.entities if e.text not in _described_by(a)
    ):
        return None
    if _kin_unnamed_there(x, a, b) or _kin_unnamed_there(y, b, a):
        return None  # "Khatiwada's husband, Dipak Pokhrel" / "her husband"
    if _doer_against_done_to(x, a, y, b) or _doer_against_done_to(y, b, x, a):
        return None  # "Judge Kim Heger ordered him held" / "Breivik was ordered held"
    if _reports(x, a) != _reports(y, b) and not (_speaks(x, a) and _speaks(y, b)):
        return None  # "Acebes disclosed that a videotape ..." / "... showed Abu Dujana"
    # A place, body or thing taken for a person ("the Bitter Lakes", "Cedar
    # Key", "Endeavor Air", "the Republican National Convention") fills
    # another slot than the person on the other side.
    if not (_person_like(x) or _titled(x, a)) or not (_person_like(y) or _titled(y, b)):
        return None
    # A name after "the" is a team, a group or a thing ("spent his seasons
    # with the Los Angeles Lakers"), not the person a role names on the other
    # side ("his daughter Gianna"). Names taken for people without a role
    # ("through the Bab al-Salam crossing" / "through Bab al-Hawa") may
    # still be two of one kind.
    for one, one_claim, other, other_claim in ((x, a, y, b), (y, b, x, a)):
        if _written_after(one, one_claim, _ARTICLE_BEFORE_RE) and _written_after(
            other, other_claim, _ROLE_BEFORE_RE
        ):
            return None
    if _speaks(x, a) and _speaks(y, b):
        # '"Why is this happening here?" said Mohamed Labidi' vs '... asked
        # Mohamed Yangui': the two people are who says so, the claim's source.
        return Finding(Kind.ATTRIBUTION, "speaker_differs", x, y)
    return Finding(Kind.PERSON, "person_differs", x, y)


# ---------------------------------------------------------------- agents of one act
#
# Who did a thing, wherever the sentence puts them: the subject of the verb
# ("Civil Defence Minister Gerry Brownlee declared"), past an appositive
# ("Admiral Thad Allen, the Coast Guard commandant, is leading"), in a relative
# clause on a speaker ("Rear Admiral Mary Landry, who is leading the federal
# response, called it"), or the agent of a passive ("Britain was represented by
# Prince Edward", "had been announced on August 12 by Defence Minister Nirmala
# Sitharaman").

# Auxiliaries and adverbs between a subject and its verb.
_AGENT_AUX = (
    r"(?:(?:has|had|have|is|are|was|were|been|being|will|would|also|then|later|again"
    r"|personally|quickly|himself|herself|first|initially|already|subsequently)\s+){0,3}"
)
# The seat of one who flies or commands: "was at the controls", "was in command".
_AGENT_VERB = r"(?P<verb>at\s+the\s+controls|in\s+(?:command|charge)|[a-z]{3,})\b"
# An appositive or relative clause between a name and its verb (a digit
# group's comma is no break: "who had nearly 22,000 flying hours").
_AGENT_VERB_AFTER_RE = re.compile(
    r"(?:\s*\([^()]{1,30}\)|\s*,(?!\s+(?:which|whose|has|had|have|is|are|was|were|will"
    r"|would)\b)(?:[^,;:]|,(?=\d{3}\b)){1,80},)?\s+" + _AGENT_AUX + _AGENT_VERB
)
_AGENT_RELATIVE_RE = re.compile(r",\s+who\s+" + _AGENT_AUX + _AGENT_VERB)
# "... was represented by Prince Edward", "supervised by instructor Lee Jung-min":
# a participle, up to five words of its own (no clause break), then "by" and up
# to four words of title before the name.
_BY_AGENT_RE = re.compile(
    r"\b(?P<verb>[a-z]{3,}(?:ed|en|wn|ght|ld))\s+(?:[\w'\u2019-]+\s+){0,5}?by\s+"
    r"(?:[\w.'\u2019-]+\s+){0,4}$"
)
_PASSIVE_AUX_RE = re.compile(
    r"(?:\s*,[^,;:]{1,80},)?\s+(?:(?:also|then|later)\s+)?(?:was|were|is|are|has\s+been|had\s+been"
    r"|have\s+been|being|been)\s+(?:\w+ly\s+)?[a-z]+(?:ed|en|wn)\b"
)
# Verbs that say nothing of who did the act: being, having, saying (speakers
# are `attribution_differs`'s), and acts done with the other person ("X was
# joined by Y", "followed by Y").
_NOT_AGENT_VERBS = frozenset(
    """was were is are been being has had have did does got gets make makes made take takes
    took give gives gave come comes came went goes who whose which that and but the his her
    their its not also said says told tells added adds stated wrote described called asked
    answered replied warned insisted noted argued claimed admitted denied conceded urged
    stressed suggested followed joined accompanied flanked backed supported attended watched
    seen quoted reported cited met meets spoke speaks talked talks negotiated phoned
    telephoned hugged embraced faced played""".split()
)


# Irregular pasts `_IRREGULAR_PAST` leaves out as nouns or names elsewhere,
# which after a person's name are verbs: "Gen. X led", "Y won".
_PAST_AFTER_NAME = frozenset("led won hit put cut set left found shot lost saw ran fled".split())


# One act in other words: who flies an aircraft is at its controls, its pilot;
# who struck the post hit it; who signed a proclamation or an order issued it;
# who briefed reporters on the strikes announced them. Keys are words or the
# stems `_verb_stem` gives ("struck" -> "strik", "issued" -> "issu").
_SAME_ACTS = {
    "at the controls": "fly", "flying": "fly", "pilot": "fly", "piloting": "fly",
    "in command": "command", "in charge": "command", "commanding": "command", "led": "lead",
    "strik": "hit", "sign": "issue", "issu": "issue", "brief": "announce",
    "announc": "announce",
}  # fmt: skip


def _agent_verb(word: str) -> str | None:
    """The stem of a word shaped like a verb of doing ("declared", "is
    leading", "represents", "flew"), or None ("at", "was", "said")."""
    word = re.sub(r"\s+", " ", word)
    if word in _SAME_ACTS:
        return _SAME_ACTS[word]
    if word in _NOT_AGENT_VERBS or word.endswith("ly"):
        return None
    shaped = (
        word.endswith(("ed", "ing"))
        or word in _IRREGULAR_PAST
        or word in _PAST_AFTER_NAME
        or (word.endswith("s") and not word.endswith(("ss", "us", "is")))
    )
    if not shaped:
        return None
    stem = _verb_stem(word)
    return _SAME_ACTS.get(stem, stem)


@per_claim
def _agents(claim: Claim) -> dict[str, tuple[str, ...]]:
    """Verb stem -> the people the sentence says did it (see above)."""
    text = claim.text
    out: dict[str, list[str]] = {}
    for e in claim.slots.entities:
        if e.kind != "person" or not (_person_like(e.text) or _titled(e.text, claim)):
            continue
        found = []
        rel = _AGENT_RELATIVE_RE.match(text, e.end)
        if rel:
            found.append(rel["verb"])
        act = _AGENT_VERB_AFTER_RE.match(text, e.end)
        if act and not _PASSIVE_AUX_RE.match(text, e.end):
            found.append(act["verb"])
        by = _BY_AGENT_RE.search(text[max(0, e.start - 80) : e.start])
        if by and not re.search(r"[,;:()]", by.group(0)):
            found.append(by["verb"])
        for verb in found:
            stem = _agent_verb(verb)
            if stem is not None:
                out.setdefault(stem, []).append(e.text)
    return {k: tuple(v) for k, v in out.items()}


# "with co-pilot X in the right-hand seat", "with X supervising as instructor",
# "with Captain X beside him": a person there in a role of their own.
_WITH_BEFORE_RE = re.compile(r"\bwith\s+(?:[\w.'\u2019-]+,?\s+){0,5}$", re.IGNORECASE)
_OWN_ROLE_AFTER_RE = re.compile(
    r"\s*(?:,[^,;:]{1,40},\s*)?(?:[a-z]+ing\b|in\s+the\s+[\w-]+\s+seat\b|beside\b"
    r"|next\s+to\b|as\s)"
)


def _in_own_role(name: str, claim: Claim, verb: str) -> bool:
    """Where ``claim`` names ``name`` (the other side's doer of ``verb``), it
    gives them another part: the doer of another act, or a "with X in the
    right-hand seat" beside the doer."""
    if any(
        names.same_entity(name, x)
        for other, xs in _agents(claim).items()
        if other != verb
        for x in xs
    ):
        return True
    for e in claim.slots.entities:
        if names.same_entity(name, e.text):
            before = claim.text[max(0, e.start - 60) : e.start]
            if _WITH_BEFORE_RE.search(before) and _OWN_ROLE_AFTER_RE.match(claim.text, e.end):
                return True
    return False


def _named_as_other(name: str, claim: Claim, verb: str) -> bool:
    """``claim`` names ``name`` but not in another part than ``verb``'s doer."""
    named = any(names.same_entity(name, e.text) for e in claim.slots.entities)
    return named and not _in_own_role(name, claim, verb)


def _agents_apart(a: Claim, b: Claim) -> tuple[str, str] | None:
    """One act done by two different people, each either not named by the
    other side or named there in another part: "Britain's Prince William
    represented his father" vs "Britain was represented by Prince Edward";
    "Kaikoura Mayor Winston Gray declared a state of emergency" vs "Civil
    Defence Minister Gerry Brownlee declared a state of emergency"; "X was at
    the controls, supervised by instructor Y" vs "The aircraft was being flown
    by Y, with X supervising". Not when either names the other's person
    otherwise ("Biden and Harris visited" / "Biden visited": one more who took
    part)."""
    ga, gb = _agents(a), _agents(b)
    for verb in ga.keys() & gb.keys():
        for x in ga[verb]:
            for y in gb[verb]:
                if names.same_entity(x, y):
                    continue
                if any(names.same_entity(x, z) for z in gb[verb]) or any(
                    names.same_entity(y, z) for z in ga[verb]
                ):
                    continue
                if _named_as_other(x, b, verb) or _named_as_other(y, a, verb):
                    continue
                return x, y
    return None


def _passive_stems(name: str, claim: Claim) -> frozenset[str]:
    """Stems of the passive verbs ``name`` is the subject of ("Anders Behring
    Breivik, 32, was ordered held": "order")."""
    out = set()
    for e in claim.slots.entities:
        if e.text == name:
            m = _PASSIVE_AUX_RE.match(claim.text, e.end)
            stem = _agent_verb(m.group(0).split()[-1]) if m else None
            if stem is not None:
                out.add(stem)
    return frozenset(out)


def _doer_against_done_to(x: str, a: Claim, y: str, b: Claim) -> bool:
    """``x`` does an act on one side ("Judge Kim Heger ordered him held") that
    ``y`` undergoes on the other ("Breivik was ordered held ... by a judge"):
    the doer and the one it is done to, two slots, not one person for another."""
    done = _passive_stems(y, b)
    return bool(done) and any(verb in done and x in doers for verb, doers in _agents(a).items())


# ------------------------------------------------------------- companions swapped
#
# Two people named together for one act, one the same on both sides and the
# other not: "Queen Letizia and Infanta Sofía were in the crowd" vs "Queen
# Letizia and Crown Princess Leonor watched from the stands"; "It will be
# crewed by Nick Hague and the cosmonaut Alexander Gorbunov" vs "Nick Hague and
# Zena Cardman have been assigned". Or the one who came with the doer:
# "DeSantis toured the damage alongside the Fema administrator, Deanne
# Criswell" vs "the governor toured Perry with Homeland Security Secretary
# Alejandro Mayorkas".

# Between the two names of a pair: "and", then up to four words of title.
_PAIR_GAP_RE = re.compile(r"^\s+and\s+(?:[\w.'\u2019-]+,?\s+){0,4}$")
# Before the one who came with the doer.
_WITH_GAP_RE = re.compile(
    r"\b(?:alongside|with|together\s+with|accompanied\s+by|joined\s+by"
    # the other party of a talk: "talking to X", "telephoned X", "met X"
    r"|(?:talk(?:s|ed|ing)?|spoke|speak(?:s|ing)?)(?:\s+by\s+(?:tele)?phone)?\s+to"
    r"|(?:tele)?phon(?:ed|ing)|met)\s+"
    r"(?:[\w.'\u2019-]+,?\s+){0,4}$"
)
# Verbs of one talk, told any way: "spoke by telephone with X" / "telephoned
# Y", "talking to X" / "negotiating with Y".
_TALK_STEMS = frozenset("talk speak spok telephon phon negotiat meet met".split())
# A longer list, or a part of one: "X, Y and Z", "among them X and Y".
_LIST_BEFORE_RE = re.compile(
    r"(?:,\s*|\b(?:including|among|such\s+as|included|include|includes)\s+(?:[\w.'\u2019-]+\s+){0,3})$",
    re.IGNORECASE,
)
_LIST_AFTER_RE = re.compile(
    r"^\s*(?:,\s*(?:and\s+)?[A-Z]|and\s+[A-Z]|(?:were|are|was|is)\s+(?:also\s+)?among\b)"
)
_ACT_WORD_RE = re.compile(r"\b[a-z]{3,}\b")


def _people_spans(claim: Claim) -> list[Entity]:
    return [
        e
        for e in claim.slots.entities
        if e.kind == "person" and (_person_like(e.text) or _titled(e.text, claim))
    ]


@per_claim
def _pairs_named(claim: Claim) -> tuple[tuple[str, str], ...]:
    """(first, second) of each two-name pair "X and [title] Y" that is a whole list."""
    people = _people_spans(claim)
    text = claim.text
    out = []
    for x, y in pairwise(people):
        if not _PAIR_GAP_RE.match(text[x.end : y.start]):
            continue
        if _LIST_BEFORE_RE.search(text[max(0, x.start - 40) : x.start]):
            continue
        if _LIST_AFTER_RE.match(text[y.end :]):
            continue
        out.append((x.text, y.text))
    return tuple(out)


@per_claim
def _companions(claim: Claim) -> tuple[tuple[str, frozenset[str]], ...]:
    """(companion, stems of the act words before it) for "... with [title] Y"."""
    text = claim.text
    out = []
    for e in _people_spans(claim):
        before = text[max(0, e.start - 60) : e.start]
        if not _WITH_GAP_RE.search(before) or _LIST_AFTER_RE.match(text[e.end :]):
            continue
        clause = re.split(r"[;:]", text[: e.start])[-1]
        words = _ACT_WORD_RE.findall(clause)
        acts = frozenset(
            _verb_stem(w)
            for w in words
            if w.endswith("ed") or w in _IRREGULAR_PAST or w in _PAST_AFTER_NAME
        ) | frozenset("talk" for w in words if _verb_stem(w) in _TALK_STEMS)
        out.append((e.text, acts))
    return tuple(out)


def _named_in(name: str, claim: Claim) -> bool:
    return any(names.same_entity(name, e.text) for e in claim.slots.entities)


def _companions_swapped(a: Claim, b: Claim) -> tuple[str, str] | None:
    """The second of two people named together differs, the first the same;
    or the one who came with the doer of one act differs (see above). Neither
    differing person is named by the other side."""
    for x1, x2 in _pairs_named(a):
        for y1, y2 in _pairs_named(b):
            if names.same_entity(x1, y1) and not names.same_entity(x2, y2):
                if not _named_in(x2, b) and not _named_in(y2, a):
                    return x2, y2
    for x, acts_x in _companions(a):
        for y, acts_y in _companions(b):
            if acts_x & acts_y and not names.same_entity(x, y):
                if not _named_in(x, b) and not _named_in(y, a):
                    return x, y
    return _pair_against_companion(a, b)


def _pair_against_companion(a: Claim, b: Claim) -> tuple[str, str] | None:
    """Two people named together on one side ("Biden and Vice President Kamala
    Harris visited the site"), the first of them the doer on the other side
    with another who came with them ("Biden plans to travel to Surfside with
    first lady Jill Biden"). Neither second person is named by the other side
    otherwise than as the shared doer."""
    for pair_side, with_side in ((a, b), (b, a)):
        doer = _subject_person(with_side, ())
        if doer is None:
            continue
        for first, second in _pairs_named(pair_side):
            if not names.same_entity(first, doer):
                continue
            for companion, acts in _companions(with_side):
                if "talk" in acts:
                    continue  # "met with Governor DeSantis": whom they met, not who came
                if names.same_entity(companion, second) or companion == doer:
                    continue  # "first lady Jill Biden" beside "Biden" is another
                others = [e.text for e in pair_side.slots.entities if e.text != first]
                if _named_in(second, with_side) and not names.same_entity(second, doer):
                    continue
                if any(names.same_entity(companion, o) for o in others):
                    continue
                return (second, companion) if pair_side is a else (companion, second)
    return None


# ------------------------------------------------------ unnamed doers told by role
#
# One act done by people told by their trade, two trades: "The ship's first
# mate was in command on the bridge" vs "The third officer, Park Han-gyeol,
# was in charge of the bridge"; "A Secret Service counter-sniper killed
# Crooks" vs "He was killed moments later by a Butler County tactical
# officer"; "a cameraman was shot in the leg" vs "A sound technician was shot
# in the leg". Generic words ("officials", "workers", "staff", "rescuers")
# may stand for any trade and are not listed.
_TRADES = frozenset(
    """officer mate captain pilot co-pilot copilot sniper counter-sniper chaplain rector priest
    cameraman camerawoman technician engineer supervisor director consultant fisherman
    fishermen management manager guard bodyguard doctor nurse paramedic firefighter soldier
    sailor diver driver conductor controller instructor commander police policeman policemen
    lifeguard volunteer teacher journalist reporter photographer mechanic electrician""".split()
)
_TRADE_RE = re.compile(
    r"(?:^|\b(?:the|a|an|one|two|three|four|five|its|his|her|their)\s+|[A-Z][\w-]*['\u2019]s?\s+)"
    r"(?:[\w-]+\s+){0,3}?(?P<trade>" + "|".join(sorted(_TRADES, key=len, reverse=True)) + r")s?\b",
    re.IGNORECASE,
)
_TRADE_PASSIVE_RE = re.compile(
    r"(?:\s*,[^,;:]{1,60},)?\s+(?:was|were|is|are|has\s+been|had\s+been|have\s+been)\s+"
    r"(?:\w+ly\s+)?(?P<verb>[a-z]{3,}(?:ed|en|wn|ot))\b"
)
_TRADE_BY_RE = re.compile(
    r"\b(?P<verb>[a-z]{3,}(?:ed|en|wn|ght|ld))\s+(?:[\w'\u2019-]+\s+){0,5}?by\s+$"
)


# Words of one trade: "police" opened fire, "officers" opened fire.
_SAME_TRADE = {"fishermen": "fisherman", "policemen": "police", "policeman": "police",
               "officer": "police"}  # fmt: skip


def _trade(word: str) -> str:
    word = word.lower()
    return _SAME_TRADE.get(word, word)


@per_claim
def _trade_doers(claim: Claim) -> dict[tuple[str, str], frozenset[str]]:
    """(voice, verb stem) -> the trades the sentence says did it ("agent") or
    had it done to them ("patient")."""
    text = claim.text
    out: dict[tuple[str, str], set[str]] = {}
    for m in _TRADE_RE.finditer(text):
        trade = m["trade"].lower()
        end = m.end()
        passive = _TRADE_PASSIVE_RE.match(text, end)
        found = []
        if passive:
            found.append(("patient", passive["verb"]))
        else:
            act = _AGENT_VERB_AFTER_RE.match(text, end)
            if act and (act["verb"] != "asked" or text.startswith(" for", act.end())):
                # "had asked for the kick-off to be moved": a request, not speech
                found.append(("agent", "ask" if act["verb"] == "asked" else act["verb"]))
        by = _TRADE_BY_RE.search(text[max(0, m.start() - 60) : m.start()])
        if by:
            found.append(("agent", by["verb"]))
        for voice, verb in found:
            stem = "ask" if verb == "ask" else _agent_verb(verb)
            if stem is not None:
                out.setdefault((voice, stem), set()).add(trade)
    return {k: frozenset(v) for k, v in out.items()}


def _trade_differs(a: Claim, b: Claim) -> Finding | None:
    trades = _trades_apart(a, b)
    return Finding(Kind.PERSON, "trade_differs", *trades) if trades else None


def _trades_apart(a: Claim, b: Claim) -> tuple[str, str] | None:
    """One act done by (or to) people of two trades, each trade absent from
    the other sentence (see above)."""
    ta, tb = _trade_doers(a), _trade_doers(b)
    if not ta or not tb:
        return None
    words_a = {_trade(w) for w in re.findall(r"[\w-]+", a.text.lower())}
    words_b = {_trade(w) for w in re.findall(r"[\w-]+", b.text.lower())}
    for key in ta.keys() & tb.keys():
        for x in ta[key]:
            for y in tb[key]:
                cx, cy = _trade(x), _trade(y)
                if cx != cy and cx not in words_b and cy not in words_a:
                    return x, y
    return None


_ARTICLE_BEFORE_RE = re.compile(r"\b[Tt]he\s+$")
_ROLE_BEFORE_RE = re.compile(
    rf"\b(?:{'|'.join(sorted(names.PERSON_ROLES | names.TITLES, key=len, reverse=True))})\s+$",
    re.IGNORECASE,
)


def _written_after(name: str, claim: Claim, before: re.Pattern[str]) -> bool:
    """The name's first mention comes right after what ``before`` matches."""
    at = claim.text.find(name)
    return at > 0 and before.search(claim.text[max(0, at - 40) : at]) is not None


# Verbs of saying, not of doing: "declared a state of emergency", "asked to
# meet", "called off a trip" are acts.
_SPEAKING = (
    r"said|says|saying|told|tells|added|adds|(?:called|calls)(?!\s+(?:off|for|on|in)\b)"
    r"|described|dismissed|conceded|admitted|insisted|claimed|warned|estimated|estimates"
    r"|stated|argued|wrote|tweeted|defended|denied|boasted|bragged"
)
# The speech verb after the name, past an appositive or a bracketed short form:
# "Nikolaos Alexiou, the coast guard's spokesman, has repeatedly said",
# "the UN Office for ... Affairs (OCHA) estimated".
_SPEAKS_AFTER_RE = re.compile(
    r"(?:\s*\([^()]{1,20}\)|,[^,;]{1,60},)?\s+(?:(?:has|have|had|also|repeatedly|then|later|"
    r"publicly|again)\s+){0,3}(?:" + _SPEAKING + r")\b"
)
# A verb of saying after the name (`_quote_speakers`), past an appositive of up to 100 characters
# ("Prime Minister Fumio Kishida, who rushed back to Tokyo from campaigning in
# Yamagata prefecture, said").
_SAYS_AFTER_LONG_RE = re.compile(
    r"(?:,[^,;]{1,100},)?\s+(?:(?:has|have|had|also|then|later|again)\s+){0,2}(?:"
    + _SPEAKING
    + r")\b"
)
# ... or before it: '"Why is this happening here?" said Mohamed Labidi'.
_SPEAKS_BEFORE_RE = re.compile(
    r"\b(?:said|says|asked|added|according\s+to|(?:announced|disclosed|stated|claimed)\s+by)\s+"
    r"(?:[\w.'\u2019-]+\s+){0,4}$"
)
# Later in the name's clause, the speech told of them: "drew anger on Sunday
# when he said", "at a news conference this evening, where he said", "has
# faced criticism for saying", "gave the official toll of 30 at an evening
# briefing".
_SPEAKS_LATER_RE = re.compile(
    r"\b(?:(?:he|she)\s+(?:(?:had|has|also|then|later)\s+)?(?:" + _SPEAKING + r")"
    r"|(?:for|after|when|while|by|in)\s+(?:saying|claiming|telling|stating|insisting)"
    r"|at\s+(?:a|an|the|his|her)\s+(?:[\w-]+\s+){0,2}?(?:briefing|news\s+conference"
    r"|press\s+conference))\b"
)


# A name that reports what the rest of the sentence tells: "the interior
# minister, Ángel Acebes, disclosed that a videotape had been found".
_REPORTS_AFTER_RE = re.compile(
    r"(?:,[^,;]{1,60},|,)?\s+(?:(?:has|have|had|also|later|then)\s+){0,2}"
    r"(?:said|says|disclosed|revealed|confirmed|told\s+(?:[\w-]+\s+){0,2}?[\w-]+)"
    r"\s+that\b"
)


def _reports(name: str, claim: Claim) -> bool:
    """``name`` is the subject of a verb of telling with a "that" clause: the
    source of the sentence's claim, not a doer in it."""
    start = claim.text.find(name)
    return start >= 0 and _REPORTS_AFTER_RE.match(claim.text, start + len(name)) is not None


def _speaks(name: str, claim: Claim) -> bool:
    """The named person is who says the sentence's claim: a speech verb right
    after the name (or its appositive), "said"/"according to"/"announced by"
    right before, or later in the name's clause, with no other person named
    between, a "he said", "for saying" or "at a briefing" (`_SPEAKS_LATER_RE`)."""
    start = claim.text.find(name)
    if start < 0:
        return False
    end = start + len(name)
    if _SPEAKS_AFTER_RE.match(claim.text, end) or _SPEAKS_BEFORE_RE.search(
        claim.text[max(0, start - 60) : start]
    ):
        return True
    clause = re.split(r"[;:()\"\u201c\u201d]", claim.text[end : end + 120])[0]
    later = _SPEAKS_LATER_RE.search(clause)
    if later is None:
        return False
    between = range(end, end + later.start())
    return not any(e.kind == "person" and e.start in between for e in claim.slots.entities)


# The verb after a leading "he"/"she", past auxiliaries and adverbs.
_PRONOUN_VERB_RE = re.compile(
    r"\s+(?:(?:has|had|have|also|then|later|again|will|would|was|is|today|yesterday|tonight|"
    r"personally|quickly)\s+){0,2}(?P<verb>[a-z]+)"
)
_SAYING_RE = re.compile(rf"^(?:{_SPEAKING}|asked|announced|stressed|urged|noted)$")
# Lower-case words a title before a name may hold: "Public health minister X".
_TITLE_WORDS = frozenset(w.lower() for w in names.PERSON_ROLES | names.TITLES) | frozenset(
    """public health foreign finance interior justice defence defense home education
    transport emergency security environment trade labour labor agriculture civil
    deputy vice first lady prime""".split()
)


def _acting_person(claim: Claim) -> tuple[str, str] | None:
    """The person a sentence opens with, after titles only (lower-case ones too:
    "Public health minister Marie Greta Roy Clément toured ..."), when a verb
    of doing, not of saying, follows: (name, verb)."""
    people = [e for e in claim.slots.entities if e.kind == "person"]
    if not people:
        return None
    first = people[0]
    before = _TITLE_TOKEN_RE.findall(claim.text[: first.start])
    if any(not (t[0].isupper() or t.lower() in _TITLE_WORDS or t.lower() == "the") for t in before):
        return None
    m = _PRONOUN_VERB_RE.match(claim.text, first.end)
    if m is None or m["verb"] in _NOT_ACTIONS or _SAYING_RE.match(m["verb"]):
        return None
    return first.text, m["verb"]


def _pronoun_subject_swapped(a: Claim, b: Claim) -> tuple[str, str] | None:
    """A sentence whose subject is "he"/"she", standing for the person the
    sentence before names (`Slots.referent`), against one that opens with
    another person doing the same thing (the same verb): "He also toured the
    hospital" (after "Henry said ...") vs "Public health minister Marie Greta
    Roy Clément toured the hospital". Not when "he" says something
    (`attribution_differs` weighs speakers), nor when either person is named
    on the other side, nor when both sides are pronouns (two guesses)."""
    for x, y in ((a, b), (b, a)):
        m = extract.leads_with_pronoun(x.text) and extract._LEAD_PRONOUN_RE.match(x.text)
        if not m or not x.slots.referent or extract.leads_with_pronoun(y.text):
            continue
        verb = _PRONOUN_VERB_RE.match(x.text, m.end())
        if verb is None or verb["verb"] in _NOT_ACTIONS or _SAYING_RE.match(verb["verb"]):
            continue
        acting = _acting_person(y)
        if acting is None or acting[1][:5] != verb["verb"][:5]:
            continue
        other = acting[0]
        if names.same_entity(x.slots.referent, other):
            continue
        if any(names.same_entity(x.slots.referent, e.text) for e in y.slots.entities):
            continue
        if any(names.same_entity(other, e.text) for e in x.slots.entities):
            continue
        shown = f"{m.group(0).split()[-1]} ({x.slots.referent})"
        return (shown, other) if x is a else (other, shown)
    return None


# Between a person and a name in the appositive that describes them: "Auma
# Obama, half-sister of former US president Barack Obama", "Tim Mayopoulos, a
# former chief executive of Fannie Mae" (not a relative clause, "Obama, who met").
_DESCRIBED_GAP_RE = re.compile(
    r"^,\s+(?:(?:a|an|the|his|her|their|its)\s+(?:[a-z][a-z-]*\s+){0,3}?"
    r"|(?:[a-z]+-)?(?:son|daughter|wife|husband|widow|widower|brother|sister|mother|father"
    r"|nephew|niece|cousin|aide|adviser|advisor|spokesman|spokeswoman|head|chief|member)\s+)"
    r"(?:of|to|for)\s+(?:[\w.'\u2019-]+\s+){0,4}$"
)


# The same told the other way round, the describing name as a possessor: "Mr
# Milei's running mate, Victoria Villarruel", "the president's elder brother
# Mahinda".
_POSSESSOR_GAP_RE = re.compile(
    r"^['\u2019]s\s+(?:[a-z][a-z-]*\s+){0,2}?"
    r"(?:son|daughter|wife|husband|widow|widower|brother|sister|mother|father|nephew|niece"
    r"|cousin|aide|adviser|advisor|spokesman|spokeswoman|spokesperson|deputy|successor"
    r"|predecessor|lawyer|partner|mate)s?,?\s+(?:[A-Z][\w.'\u2019-]*\s+){0,3}$"
)


@per_claim
def _possessed(claim: Claim) -> tuple[tuple[str, str, str], ...]:
    """(possessor, person, relation) for each "X's [adjectives] relation, Y"
    (`_POSSESSOR_GAP_RE`): "Mr Milei's running mate, Victoria Villarruel"."""
    people = [e for e in claim.slots.entities if e.kind == "person"]
    out = []
    for p in sorted(claim.slots.entities, key=lambda e: e.start):
        if p.kind == "place":
            continue  # "Iran's foreign ministry spokesman X": a country's, not a person's
        for e in people:
            gap = claim.text[p.end : e.start] if p.end <= e.start else ""
            m = _POSSESSOR_GAP_RE.match(gap) if gap else None
            if m:
                relation = re.findall(r"[a-z]+", gap.split(",")[0])[-1]
                out.append((p.text, e.text, relation.removesuffix("s")))
    return tuple(out)


def _kin_unnamed_there(name: str, claim: Claim, other: Claim) -> bool:
    """``name`` is told in ``claim`` by a relation ("Khatiwada's husband, Dipak
    Pokhrel") that ``other`` states without a name ("her husband", "Anju
    Khatiwada's husband was killed"): the same person, unnamed there."""
    return any(
        person == name
        and re.search(
            rf"(?:\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)|\w['\u2019]s)\s+(?:[a-z-]+\s+){{0,2}}"
            rf"{relation}s?\b"
            r"(?!,?\s+[A-Z])",  # not "her husband, Dipak Pokhrel": named there
            other.text,
        )
        for _, person, relation in _possessed(claim)
    )


@per_claim
def _described_by(claim: Claim) -> frozenset[str]:
    """Names that only describe another person ("Auma Obama, half-sister of
    former US president Barack Obama", "Mr Milei's running mate, Victoria
    Villarruel"): whose relative or employer someone is, not who took part,
    so no slot for a swap."""
    people = [e for e in claim.slots.entities if e.kind == "person"]
    entities = sorted(claim.slots.entities, key=lambda e: e.start)
    out = set()
    for e in entities:
        if any(
            p.end <= e.start and _DESCRIBED_GAP_RE.match(claim.text[p.end : e.start])
            for p in people
        ):
            out.add(e.text)
    out.update(possessor for possessor, _, _ in _possessed(claim))
    return frozenset(out)


# A title that makes the name after it a person's, whatever else the name
# spells: "Queen Sofía" is no Bulgarian capital.
_PERSON_TITLE_BEFORE_RE = re.compile(
    r"\b(?:King|Queen|Prince|Princess|Crown\s+Prince|President|Governor|Minister|Senator"
    r"|Mayor|Pope|Sheikh|Emir|Mr|Mrs|Ms|Dr|Sir|Dame)\.?\s+$"
)


def _titled(name: str, claim: Claim) -> bool:
    """The name is written after a personal title in its sentence."""
    start = claim.text.find(name)
    return start > 0 and _PERSON_TITLE_BEFORE_RE.search(claim.text[:start]) is not None


_TITLE_TOKEN_RE = re.compile(r"[\w'\u2019.-]+")
_SUBJECT_VERB_RE = re.compile(r"\s*(?:,[^,]{0,60},\s*)?(?P<verb>[a-z]+)")
_NOT_ACTIONS = frozenset("said says told and or".split())


def _subject_person(claim: Claim, speakers: Sequence[str]) -> str | None:
    """The person a sentence opens with, after titles only ("Interior Secretary
    Ryan Zinke led ..."), when a verb follows: who did it (a speaker aside)."""
    people = [
        e
        for e in claim.slots.entities
        if e.kind == "person" and not any(names.same_entity(e.text, sp) for sp in speakers)
    ]
    if not people:
        return None
    first = people[0]
    before = _TITLE_TOKEN_RE.findall(claim.text[: first.start])
    if any(not (t[0].isupper() or t.lower() in ("the", "of", "and")) for t in before):
        return None
    m = _SUBJECT_VERB_RE.match(claim.text, first.end)
    return first.text if m and m["verb"] not in _NOT_ACTIONS else None


def _subjects_swapped(a: Claim, b: Claim, speakers: Sequence[str]) -> tuple[str, str] | None:
    """Two people who each do the thing, neither named by the other side:
    "Interior Secretary Ryan Zinke led a federal delegation" vs "Agriculture
    Secretary Sonny Perdue will lead a federal delegation", whoever else the
    sentences name."""
    x, y = _subject_person(a, speakers), _subject_person(b, speakers)
    if x is None or y is None:
        return None
    if any(names.same_entity(x, e.text) for e in b.slots.entities) or any(
        names.same_entity(y, e.text) for e in a.slots.entities
    ):
        return None
    return x, y


_SYMMETRIC_VERBS = frozenset(
    "met meets spoke speaks talked talks negotiated called phoned telephoned joined "
    "accompanied hugged embraced played faced".split()
)


def _roles_crossed(a: Claim, b: Claim, speakers: Sequence[str]) -> tuple[str, str] | None:
    """Two people in one scene, each the subject on one side and named in a
    later phrase on the other, with the same verb: "Sullenberger was at the
    controls" vs "First Officer Jeffrey Skiles was flying ..., and Sullenberger
    took over": who did it is swapped. Not for verbs two people do together
    ("X met Y" / "Y met X")."""
    x, y = _subject_person(a, speakers), _subject_person(b, speakers)
    if x is None or y is None or names.same_entity(x, y):
        return None
    if not (_person_like(x) or _titled(x, a)) or not (_person_like(y) or _titled(y, b)):
        return None
    va, vb = _subject_verb(a, x), _subject_verb(b, y)
    if va is None or va != vb or va in _SYMMETRIC_VERBS:
        return None
    if _passive_after(a, x) != _passive_after(b, y):
        return None  # "Mamani was greeted by Morales" vs "Morales was at the mine"
    if _joined(b, x) or _joined(a, y):
        return None  # "Brown was injured, along with Smith": both took part
    return x, y


_JOINED_BEFORE_RE = re.compile(
    r"\b(?:with|alongside|as\s+well\s+as|and)\s+(?:[\w'\u2019.-]+\s+){0,3}$", re.IGNORECASE
)


def _joined(claim: Claim, name: str) -> bool:
    """The name is added to the subject ("..., with co-pilot X in the right-hand
    seat", "along with X"), not the subject of a clause of its own ("and X
    took over the controls")."""
    at = claim.text.find(name)
    if at < 0 or not _JOINED_BEFORE_RE.search(claim.text[max(0, at - 40) : at]):
        return False
    before = claim.text[max(0, at - 40) : at]
    if re.search(r"\band\s+$", before) and re.match(r"\s+[a-z]", claim.text[at + len(name) :]):
        return False  # "and Sullenberger took over": a clause of its own
    return True


_PASSIVE_RE = re.compile(
    r"\s*(?:,[^,]{0,60},\s*)?(?:was|were|is|are|has\s+been|had\s+been)\s+(?:\w+ly\s+)?\w+(?:ed|en|wn)\b"
)


def _passive_after(claim: Claim, name: str) -> bool:
    """The name is the subject of a passive verb ("was greeted", "was hurried away")."""
    at = claim.text.find(name)
    return at >= 0 and _PASSIVE_RE.match(claim.text, at + len(name)) is not None


def _subject_verb(claim: Claim, name: str) -> str | None:
    at = claim.text.find(name)
    if at < 0:
        return None
    m = _SUBJECT_VERB_RE.match(claim.text, at + len(name))
    return m["verb"] if m else None


_NOT_PERSON_WORDS = frozenset(
    """lake lakes key keys air line lines convention forum trail road street palace
    basilica cathedral church mosque temple hall park bridge sabha assembly hawk
    wharf quay quai gardens garden museum gallery abbey palais""".split()
)


@lru_cache(maxsize=65536)
def _person_like(name: str) -> bool:
    """Whether a name read as a person's could be one: no word that names a
    place, body or thing (a place's word alone is a surname), and not a
    country, capital or big city; nor, in two words or more, a town GeoNames
    knows (one word may be a surname: "Mitchell" is also a town in South
    Dakota)."""
    words = {w.lower().strip(".,'\u2019") for w in name.split()}
    # A word that heads a place's name ("Cedar Key", "Hyde Park", "Westminster
    # Hall") names none alone: one such word is a surname ("Key declared a
    # state of emergency"); a body's word alone ("Police", "Fed") is no one's.
    place_words = _NOT_PERSON_WORDS | names.PLACE_SUFFIX_WORDS if len(words) > 1 else frozenset()
    if words & (place_words | names.ORG_WORDS):
        return False
    if names.is_place_name(name) or names.region_code(name):
        return False
    return len(words) < 2 or not names.is_known_town(name)


_OPENERS = frozenset({"", "the", "sir", "dame", "mr", "mrs", "ms", "dr", "lord", "lady"})


def _opens(text: str, start: int) -> bool:
    """The name at ``start`` opens the sentence (after "The" or an honorific)."""
    return text[:start].strip().lower().rstrip(".") in _OPENERS


def subject_differs(a: Claim, b: Claim) -> bool:
    """The two claims are about different actors: the first person, party or body
    each names (speakers and places aside) is absent from the other ("Liz Truss
    lost ..." vs "Penny Mordaunt lost ..."; "The Greens won ..." vs "The
    Liberal Democrats won ...")."""
    speakers = [x for x in (a.slots.attribution, b.slots.attribution) if x]

    xa, xb = _actors(a, speakers), _actors(b, speakers)
    # Only a name opening the sentence is surely its subject ("Liz Truss lost",
    # "The Greens won"); names are typed loosely ("South West Norfolk" read as
    # a person), so the subjects alone are compared.
    if not _named_subject(a, xa) or not _named_subject(b, xb):
        return False
    first_a, first_b = xa[0].text, xb[0].text
    return not any(names.same_entity(first_a, y.text) for y in xb) and not any(
        names.same_entity(first_b, x.text) for x in xa
    )


def _actors(claim: Claim, speakers: Sequence[str]) -> list[Entity]:
    """Names of people, parties and bodies in a claim, speakers aside."""
    return [
        e
        for e in claim.slots.entities
        if e.kind != "place" and not any(names.same_entity(e.text, sp) for sp in speakers)
    ]


def _named_subject(claim: Claim, actors: Sequence[Entity]) -> bool:
    """The first actor opens the sentence (a capitalised common word there is
    no name: see `extract.type_names_across`)."""
    return bool(actors) and _opens(claim.text, actors[0].start)


def subject_missing(a: Claim, b: Claim) -> bool:
    """``a`` opens with a named subject (a person, party or body; speakers and
    places aside) that ``b`` does not name at all ("The Liberal Democrats won
    72 seats" against "That fell just short of the 418 seats won by Tony
    Blair")."""
    speakers = [x for x in (a.slots.attribution, b.slots.attribution) if x]
    actors = _actors(a, speakers)
    if not _named_subject(a, actors):
        return False
    return not any(names.same_entity(actors[0].text, e.text) for e in b.slots.entities)


_BUILDING_WORDS = frozenset(
    """centre center hall mosque church cathedral temple synagogue stadium airport station
    hospital school college university museum palace building tower house market mall
    theatre theater arena""".split()
)


def _named_after(place: str, building: str) -> bool:
    """``building`` is ``place``'s name followed by words that end in a
    building ("Linwood" / "Linwood Islamic Centre", "Hualien" / "Hualien County
    Hall"): a building in or of that place, so one side is more specific."""
    small, big = place.split(), building.split()
    return (
        len(big) > len(small)
        and [w.lower() for w in big[: len(small)]] == [w.lower() for w in small]
        and big[-1].lower() in _BUILDING_WORDS
    )


def _nested(x: str, y: str) -> bool:
    """One name inside the other with a distinguishing word: "New Taipei" vs "Taipei"."""
    tx, ty = _tokens(x), _tokens(y)
    small, big = sorted((tx, ty), key=len)
    extra = {t for t in big - small if not any(ch.isdigit() for ch in t)}  # "Pad 39A" = "Pad"
    return bool(small) and small < big and bool(extra) and not extra <= GENERIC_PLACE_WORDS


def _major_place(name: str) -> bool:
    """A country or a capital: places of one standing, so two of them really differ."""
    return names.capital_country(name) is not None or names.is_country(name)


# "in X", "near the X", "the town of X": where something is or happens.
_LOCATIVE_RE = re.compile(
    r"\b(?:(?:in|at|near|off)\s+(?:the\s+)?"
    # "in downtown Tampa", "in central Buenos Aires", "in northern Gaza"
    r"(?:(?:downtown|central|(?:north|south)(?:[- ]?(?:east|west))?ern|eastern|western)\s+)?"
    r"|(?:the\s+)?(?:town|city|village|port)\s+of\s+"
    # "in the Thai resort of Pattaya", "near the crowded suburb of Carrefour"
    r"|\b(?:in|at|near)\s+the\s+(?:[A-Za-z]+(?:-[a-z]+)?\s+)?"
    r"(?:town|city|village|port|resort|suburb|municipality)\s+of\s+)$",
    re.IGNORECASE,
)
_BASED_RE = re.compile(r"[-\u2010\u2013]based\b", re.IGNORECASE)
# Where someone or something went: "flew to Bengaluru", "evacuation trains
# carried residents from Kherson to Odesa", "trains were leaving Kherson for
# Mykolaiv". Only after a word of travel earlier in the clause: "according to
# Reuters", "compared to Japan" or "a threat to Taiwan" say no destination.
_TRAVEL = (
    r"fl(?:y|ies|ew|own|ying)|flights?|travel(?:s|led|ling|ed|ing)?|trips?|journey(?:ed|s)?"
    r"|visit(?:s|ed|ing)?|mov(?:e|es|ed|ing)|went|go(?:es|ing)?|gone|head(?:s|ed|ing)?"
    r"|return(?:s|ed|ing)?|evacuat(?:e|es|ed|ing)|fle(?:e|es|d|eing)|sen[dt]|sending|deploy(?:s|ed|ing)?"
    r"|transferr?(?:ed|ing)?|carr(?:y|ies|ied|ying)|taken|took|driv(?:e|es|en|ing)|drove"
    r"|sail(?:s|ed|ing)?|rout(?:e|es|ed|ing)|divert(?:s|ed|ing)?|relocat(?:e|es|ed|ing)"
    r"|trains?|buses|convoys?|ships?|bound|arriv(?:e|es|ed|ing)|extradit(?:e|ed|ing)"
    r"|deport(?:s|ed|ing)?|repatriat(?:e|es|ed|ing)|expel(?:s|led|ling)?"
)
_NOT_DESTINATION = (
    "according", "compared", "similar", "thanks", "owing", "due", "next", "close", "up",
)  # fmt: skip
_NOT_AFTER = "".join(f"(?<!{word} )" for word in _NOT_DESTINATION)  # "according to Reuters"
_DESTINATION_RE = re.compile(
    rf"\b(?:{_TRAVEL})\b[^.,;:!?()]{{0,60}}?\b{_NOT_AFTER}to\s+(?:the\s+)?$", re.IGNORECASE
)
_BOUND_FOR_RE = re.compile(
    r"\b(?:leav(?:e|es|ing)|left|depart(?:s|ed|ing)?|bound|head(?:s|ed|ing)|set\s+(?:off|out)"
    r"|sail(?:s|ed|ing)?)\b[^.,;:!?()]{0,60}?\bfor\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "Al Haouz province", "Taylor County": a named administrative area.
_REGION_AFTER_RE = re.compile(
    r"\s+(?:province|county|district|prefecture|oblast|governorate|region|regency)\b"
)


# A country naming whose official or body someone is ("Japan's prime minister",
# "US President Joe Biden", "China's foreign ministry"): part of who acted, not
# where something happened.
_NATIONALITY_RE = re.compile(
    r"^(?:['\u2019]s)?\s+(?:(?:new|former|deputy|vice|acting|top|chief)\s+)?"
    r"(?:president|prime\s+minister|premier|ministers?|ministry|secretary|chancellor|government"
    r"|officials?|ambassador|embassy|envoy|leaders?|king|queen|army|military|forces|troops|navy"
    r"|foreign|defen[cs]e|central\s+bank|parliament|regulators?|authorities"
    r"|mayor|governor|sheriff|police|fire\s+(?:department|chief))\b",
    re.IGNORECASE,
)


# A place named for its government, which is told, asked or dealt with
# ("lobbied Washington to drop the case", "was in contact with Seoul",
# "Washington had not been notified"), or a currency's country ("US$43.7
# million"): no place where something is.
_DEALT_WITH_BEFORE_RE = re.compile(
    r"\b(?:lobb(?:y|ied|ies|ying)|urg(?:e|ed|es|ing)|press(?:ed|ing)?|pressured|warn(?:ed|ing)?"
    r"|accus(?:e|ed|ing)|ask(?:ed|ing)?|notif(?:y|ied)|inform(?:ed|ing)?|thank(?:ed|ing)?"
    r"|contact(?:ed|ing)?|(?:contact|talks|ties|relations|dialogue)\s+with"
    r"|pressure\s+(?:on|from)|call(?:ed|s|ing)?\s+on)\s+$",
    re.IGNORECASE,
)
_DEALT_WITH_AFTER_RE = re.compile(r"\s*(?:[,.;:)]|$|(?:to|that|of|over|about|for|and)\b)")
_TOLD_AFTER_RE = re.compile(
    r"\s+(?:(?:has|had|have|was|were|is|would|will|did|does)\s+)?(?:not\s+)?(?:been\s+)?"
    r"(?:said|says|told|notified|informed|warned|accused|denied|insisted|announced|responded"
    r"|rejected|demanded|welcomed|condemned|protested)\b",
    re.IGNORECASE,
)


def _government_not_place(text: str, start: int, end: int) -> bool:
    """The place at ``start``-``end`` names a government or a currency (see
    `_DEALT_WITH_BEFORE_RE`), not where something is."""
    if text.startswith("$", end):
        return True  # "US$43.7 million"
    if _DEALT_WITH_BEFORE_RE.search(text, 0, start) and _DEALT_WITH_AFTER_RE.match(text, end):
        return True
    # "Washington had not been notified"; not "officials in Seoul were informed"
    return bool(_TOLD_AFTER_RE.match(text, end)) and not _LOCATIVE_RE.search(
        text[max(0, start - 30) : start]
    )


@per_claim
def _places(claim: Claim) -> tuple[str, ...]:
    """Place names of a claim where something is or happens.

    Less the one that is the claim's speaker ("Beijing said"; matched by key,
    not fuzzily: "Transport Canada said" does not hide "Canada") and countries
    that name an actor's nationality ("Japan's prime minister congratulated
    Lai" vs "US President Joe Biden congratulated Lai": who, not where).
    """
    speaker = names.entity_key(claim.slots.attribution) if claim.slots.attribution else None
    actors = {
        e.text
        for e in claim.slots.entities
        if e.kind == "place" and _NATIONALITY_RE.match(claim.text[e.end :])
    }
    qualifiers = set(_qualified(claim).values())
    titles = {
        e.text
        for e in claim.slots.entities
        if e.kind == "place"
        and (
            _TITLE_OF_RE.search(claim.text[: e.start])
            or _ZONE_AFTER_RE.match(claim.text, e.end)  # "10am, Canberra time": a clock
            or _in_compared_event(claim.text, e.start)  # "surpassing ... in Orlando"
            or _government_not_place(claim.text, e.start, e.end)  # "lobbied Washington to"
        )
    }
    return tuple(
        p
        for p in _entities_of(claim, "place")
        if names.entity_key(p) != speaker
        and p not in actors
        and p not in qualifiers
        and p not in titles
        and names.entity_key(p) not in _bloc_keys()
    )


# Unions of countries hold the places a sentence names ("deported to Bulgaria,
# where he had entered the European Union"): never the one swapped for another.
_BLOCS = ("European Union", "EU", "African Union", "ASEAN", "NATO", "United Nations", "UN")


@lru_cache(maxsize=1)
def _bloc_keys() -> frozenset[str]:
    return frozenset(names.entity_key(b) for b in _BLOCS)


_ZONE_AFTER_RE = re.compile(r"\s+(?:[Tt]ime|[Ss]tandard\s+[Tt]ime)\b")


# A place that ends a title says whose, not where: "King Felipe VI of Spain",
# "the Princess of Wales", "the Mayor of London", "the Archbishop of Canterbury".
_TITLE_OF_RE = re.compile(
    r"\b(?:[Kk]ing|[Qq]ueen|[Pp]rince|[Pp]rincess|[Dd]uke|[Dd]uchess|[Ee]arl|[Cc]ountess"
    r"|[Aa]rchbishop|[Bb]ishop|[Mm]ayor|[Ee]mir|[Ss]ultan|[Ee]mperor|[Ee]mpress"
    r"|[A-Z][a-z]+\s+[IVX]+)\s+of\s+(?:the\s+)?$"
)


@per_claim
def _qualified(claim: Claim) -> Mapping[str, str]:
    """Place -> the country or US state written after it: "Santa Clara, California"
    (the state only says where the town is)."""
    qualified = {
        prev.text: e.text
        for prev, e in pairwise(claim.slots.entities)
        if prev.kind == "place"
        and claim.text[prev.end : e.start] == ", "
        and names.is_region(e.text)
        and not names.is_region(prev.text)
    }
    return MappingProxyType(qualified)  # shared between callers (per_claim): read-only


def _regions_apart(x: str, a: Claim, y: str, b: Claim) -> bool:
    """The two places are put in different regions: "Jackson Hole, Wyoming" vs
    "Kansas City, Missouri", or vs a town GeoNames puts outside Wyoming."""
    qa, qb = _qualified(a).get(x), _qualified(b).get(y)
    if qa and qb:
        ca, cb = names.region_code(qa), names.region_code(qb)
        return ca is not None and cb is not None and ca != cb
    for region, other in ((qa, y), (qb, x)):
        if region and names.is_world_city(other):
            return names.town_in(other, region) is False
        if region and names.is_region(other):
            # "land at White Sands, New Mexico" vs "land in the Utah desert"
            ca, cb = names.region_code(region), names.region_code(other)
            return ca is not None and cb is not None and ca != cb
    return False


def _placed(claim: Claim, destination: bool, origin: bool = False) -> Mapping[str, str]:
    out: dict[str, str] = {}
    # "the Santa Clara, California-based company": the town is where it is based.
    town_of = (
        {}
        if destination or origin
        else {region: town for town, region in _qualified(claim).items()}
    )
    for e in claim.slots.entities:
        # A one-word name the extractor could not type ("Mykolaiv") counts
        # when a preposition puts something there and GeoNames knows the town.
        if e.kind != "place" and (e.kind != "unknown" or not names.is_world_city(e.text)):
            continue
        if e.text in town_of and _BASED_RE.match(claim.text[e.end :]):
            if names.is_world_city(town_of[e.text]):
                out[town_of[e.text]] = "town"
            continue
        before = claim.text[: e.start]
        if _in_compared_event(claim.text, e.start):
            continue  # where another event, the one a record is set against, happened
        if origin:
            placed = _ORIGIN_RE.search(before[-120:]) or _LEFT_RE.search(before[-40:])
        elif destination:
            placed = _DESTINATION_RE.search(before[-120:]) or _BOUND_FOR_RE.search(before[-120:])
        else:
            placed = (
                _LOCATIVE_RE.search(before)
                or _BASED_RE.match(claim.text[e.end :])
                or _on_island(e.text, before)
                or _site_of(e, claim)
            )
        if placed and names.is_world_city(e.text) and not _region_first(e.text):
            out[e.text] = "town"
        elif placed and names.is_region(e.text):
            out[e.text] = "region"
        elif not destination and not origin and _REGION_AFTER_RE.match(claim.text, e.end):
            out[e.text] = "region"  # "in the mountains of Taroudant province"
    return MappingProxyType(out)  # shared between callers (per_claim): read-only


# "held in a New Jersey jail", "missing from his cell in a Guayaquil prison":
# a place named before the kind of site it holds, the site being where the
# thing is.
_SITE_OF_BEFORE_RE = re.compile(r"\b(?:in|at|from|into|to)\s+an?\s+$", re.IGNORECASE)
_SITE_OF_AFTER_RE = re.compile(
    r"\s+(?:prison|jail|hospital|courtroom|court|airport|hotel|studio|stadium|police\s+station)\b"
)


def _site_of(e: Entity, claim: Claim) -> bool:
    return bool(
        _SITE_OF_BEFORE_RE.search(claim.text[max(0, e.start - 12) : e.start])
        and _SITE_OF_AFTER_RE.match(claim.text, e.end)
    )


_ON_RE = re.compile(r"\bon\s+(?:the\s+)?$", re.IGNORECASE)
_ISLAND_WORDS = frozenset("island isle key cay atoll".split())


def _on_island(name: str, before: str) -> bool:
    """ "landfall on Marco Island", "came ashore on Sanibel Island": where
    something happened, said with "on" as islands are."""
    words = names.fold_accents(name).lower().split()
    return len(words) > 1 and words[-1] in _ISLAND_WORDS and _ON_RE.search(before) is not None


@lru_cache(maxsize=4096)
def _region_first(name: str) -> bool:
    """A country or US state whose namesake towns all lie in other countries
    ("Florida": towns in Colombia, Cuba, Uruguay; "Lebanon": towns in the US)
    is the region; "Washington" (a town in the US) or "Singapore" stays a town."""
    code = names.region_code(name)
    towns = names.town_regions(name)
    return code is not None and bool(towns) and code[:2] not in {t[:2] for t in towns}


@per_claim
def _located(claim: Claim) -> Mapping[str, str]:
    """Towns ("town") and countries or US states ("region") the sentence puts
    something "in", "at" or "near", or calls something "X-based" ("a rally in
    New Taipei", "arrested in the Bahamas", "the Palo Alto-based lender"); a
    landmark or an unknown place is neither."""
    return _placed(claim, destination=False)


@per_claim
def _destinations(claim: Claim) -> Mapping[str, str]:
    """Towns and regions the sentence sends someone or something to ("flew to
    Bengaluru", "trains leaving Kherson for Mykolaiv"): where they went, which
    is not where the thing happened ("a train from Athens to Thessaloniki
    crashed near Tempi"), so kept apart from `_located`."""
    return _placed(claim, destination=True)


# Where someone or something set out from: "had departed from
# Thiruvananthapuram", "was operating from Kochi", "set off from a beach near
# Benghazi" (the place the start was near or in), "It had left Tobruk". A word
# of travel or departure must come first in the clause: "away from Frankfurt",
# "a statement from Moscow" or "data from Tokyo" say no start.
_DEPARTURE = (
    r"depart(?:s|ed|ing)?|leav(?:e|es|ing)|left|(?:took|take|takes|taking)\s+off|set\s+(?:off|out|sail)"
    r"|operat(?:e|es|ed|ing)|launch(?:es|ed|ing)?|escap(?:e|es|ed|ing)|came|com(?:e|es|ing)"
)
_ORIGIN_RE = re.compile(
    rf"\b(?:{_TRAVEL}|{_DEPARTURE})\b[^.,;:!?()]{{0,60}}?\bfrom\s+"
    r"(?:(?:a|an|the|its|his|her|their)\s+(?:[a-z][\w-]*\s+){0,3}?(?:near|in|at|outside)\s+)?"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
# "had left Tobruk", "left Dublin for London": the place left, right after the verb.
_LEFT_RE = re.compile(r"\b(?:left|leav(?:e|es|ing)|depart(?:s|ed|ing)|fled|flee(?:s|ing)?)\s+$")


@per_claim
def _origins(claim: Claim) -> Mapping[str, str]:
    """Towns and regions the sentence has someone or something set out from
    (see `_ORIGIN_RE`): a third slot beside where the thing is (`_located`)
    and where it went (`_destinations`); "a flight from Kochi" and "landed in
    Dubai" name two places of one trip."""
    return _placed(claim, destination=False, origin=True)


def _origins_apart(a: Claim, b: Claim) -> tuple[str, str] | None:
    """One town (or one region) each side sets out from, GeoNames putting them
    apart, neither named anywhere on the other side: "had departed from
    Thiruvananthapuram" vs "was operating from Kochi"; "set off from a beach
    near Benghazi" vs "had left Tobruk". Whatever else either names (where it
    went, where the start lies) fills other slots."""
    oa, ob = _origins(a), _origins(b)
    for wanted in ("town", "region"):
        ta = [p for p, kind in oa.items() if kind == wanted]
        tb = [p for p, kind in ob.items() if kind == wanted]
        if len(ta) != 1 or len(tb) != 1:
            continue
        x, y = ta[0], tb[0]
        if x.lower() in b.text.lower() or y.lower() in a.text.lower():
            continue
        if any(same_place(x, p) for p in _places(b)) or any(same_place(y, p) for p in _places(a)):
            continue
        if _located_apart(x, wanted, y, wanted):
            return x, y
    return None


# Where a thing or people were taken, any name the extractor did not read as
# a person's or a body's: "hauled by barge to Sparrows Point", "taken to a
# site at Karadiyana", "sent west to Valemount", "headed ... to an oil
# refinery in St. John's, Newfoundland" (the place the site is in).
_CARRIED = (
    _TRAVEL
    + r"|haul(?:s|ed|ing)?|shipp(?:ed|ing)|direct(?:s|ed|ing)?|truck(?:s|ed|ing)|tow(?:s|ed|ing)?"
    r"|ferr(?:y|ies|ied|ying)|airlift(?:s|ed|ing)?"
)
_CARRIED_TO_RE = re.compile(
    rf"\b(?:{_CARRIED})\b[^.;:!?()]{{0,60}}?\b{_NOT_AFTER}to\s+"
    r"(?:(?:(?:a|an|the)\s+)?(?:[\w'\u2019-]+\s+){1,3}?(?:in|at)\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
_COMPASS_WORD_RE = re.compile(r"\b(?:north|south|east|west)(?:wards?|ward)?\b", re.IGNORECASE)
# ", north of Colombo", ", 20 km south of the city": a place measured from another.
_BEARING_AFTER_RE = re.compile(
    r",\s+(?:[\w.-]+\s+){0,3}?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\b"
)
_QUALIFIER_AFTER_RE = re.compile(
    r"(?:['\u2019]s)?,\s+((?:[A-Z][\w.]*)(?:\s+[A-Z][\w.]*)?)(?=\s*[,.;:)]|\s*$|\s+[a-z])"
)


def _carried_to(claim: Claim) -> list[str]:
    """Names a thing or people were taken to (see above), in order, less a
    place named right after another as the place that holds it ("the Military
    Medical Academy in Belgrade")."""
    out: list[str] = []
    last_end = -1
    for e in claim.slots.entities:
        after = claim.text[e.end : e.end + 3]
        if re.match(r"['\u2019]s\s", after):
            continue  # "to Colombo's landfill": the site is what follows
        carried = _CARRIED_TO_RE.search(claim.text[max(0, e.start - 120) : e.start])
        if carried is None:
            continue
        landmark = e.text.split()[-1].lower() in _LANDMARK_WORDS  # "to Sparrows Point"
        if e.kind != "place" and not (landmark and e.kind in ("person", "unknown")):
            # A name of no kind is a place when its words say so: "sent west
            # to Valemount", "to a site at X", "to McBride, B.C.", "to X,
            # north of Colombo"; not "sent a letter to Smith".
            if e.kind != "unknown" or not (
                _COMPASS_WORD_RE.search(carried.group())
                or carried.group().rstrip().lower().endswith((" in", " at"))
                or _BEARING_AFTER_RE.match(claim.text, e.end)
                or _region_after(e.end, claim)
            ):
                continue
        if last_end >= 0 and re.fullmatch(r"\s*(?:,|in|at)\s*", claim.text[last_end : e.start]):
            continue
        if e.text not in out:
            out.append(e.text)
        last_end = e.end
    return out


def _region_after(end: int, claim: Claim) -> bool:
    """A region written after a name ("McBride, B.C.", "Perry, Fla.", "Mitchell,
    South Dakota"): the name is a town's."""
    m = _QUALIFIER_AFTER_RE.match(claim.text, end)
    if m is None:
        return False
    q = m[1]
    return bool(
        re.fullmatch(r"(?:[A-Z]\.){2,}", q)
        or names.state_abbreviation(q)
        or names.is_region(q.rstrip("."))
    )


def _qualifier(name: str, claim: Claim) -> str | None:
    """The region written after a town ("Saint John, New Brunswick"; "Tampa,
    Fla." read as Florida), else None."""
    at = claim.text.find(name)
    m = _QUALIFIER_AFTER_RE.match(claim.text, at + len(name)) if at >= 0 else None
    if m is None:
        return None
    return names.state_abbreviation(m[1]) or m[1].rstrip(".")


def _carried_apart(a: Claim, b: Claim) -> tuple[str, str] | None:
    """The one place each side says a thing or people were taken to, neither
    named on the other side: "hauled by barge to Sparrows Point" vs "went by
    barge to a scrap-metal yard at Curtis Bay"; "sent west to Valemount" vs
    "directed west ... to McBride". Two spellings of one name stay one place
    unless each is written in a different region ("Saint John, New
    Brunswick" vs "St. John's, Newfoundland"). Not a region, a country or a
    capital ("taken to Britain" vs "to London" is one side more specific); two
    towns GeoNames knows must be two (`_located_apart`)."""
    ca, cb = _carried_to(a), _carried_to(b)
    if len(ca) != 1 or len(cb) != 1:
        return None
    x, y = ca[0], cb[0]
    if x.lower() in b.text.lower() or y.lower() in a.text.lower():
        return None
    if any(same_place(x, e.text) or _nested(x, e.text) for e in b.slots.entities):
        return None
    if any(same_place(y, e.text) or _nested(y, e.text) for e in a.slots.entities):
        return None
    for name, claim in ((x, a), (y, b)):
        if names.is_region(name) or _major_place(name) or _area_like(name, claim):
            return None
    if _nested(x, y) or names.town_in(x, y) or names.town_in(y, x):
        return None
    if _spelled_alike(x, y):
        qx, qy = _qualifier(x, a), _qualifier(y, b)
        if qx is None or qy is None or same_place(qx, qy) or _nested(qx, qy):
            return None
        return f"{x}, {qx}", f"{y}, {qy}"
    if names.is_world_city(x) and names.is_world_city(y):
        return (x, y) if _located_apart(x, "town", y, "town") else None
    return x, y


def _towns_apart(a: Claim, b: Claim) -> tuple[str, str] | None:
    """The towns each side puts the thing in (`_located`), up to two a side,
    every one of one side apart from every one of the other, none named on the
    other side: "winning in Valencia last December and in London in April" vs
    "made his debut in Amsterdam last December"; "a seminar that began ... in
    Geneva and was relayed to a physics conference in Melbourne" vs "held at
    the International Conference on High Energy Physics in Sydney". A country
    that holds the other side's own towns is where they lie, not their
    capital's other name: "In South Korea, police detained 16 students who
    forced their way into the Japanese consulate in Busan" vs "In Seoul,
    police detained 16 university students"; "the funeral ... in Krakow",
    with "Poland is due to hold", vs "in Warsaw"."""
    towns = [[p for p, kind in _located(c).items() if kind == "town"] for c in (a, b)]
    if not all(1 <= len(t) <= 2 for t in towns):
        return None
    for mine, own, other in ((towns[0], towns[1], b), (towns[1], towns[0], a)):
        for x in mine:
            if x.lower() in other.text.lower() or any(_named_by(x, p, own) for p in _places(other)):
                return None
    if not all(_located_apart(x, "town", y, "town") for x in towns[0] for y in towns[1]):
        return None
    return ", ".join(towns[0]), ", ".join(towns[1])


def _named_by(x: str, p: str, own: Sequence[str]) -> bool:
    """Whether ``p``, a place of the other side, names ``x``: not when ``x`` is
    the capital of ``p``, a country GeoNames puts all of ``own`` (that side's
    towns) in."""
    if not same_place(x, p):
        return False
    if names.same_entity(x, p) or not names.is_country(p):
        return True
    return not all(names.town_in(t, p) for t in own)


def _small_places_apart(x: str, a: Claim, y: str, b: Claim) -> bool:
    """Two places too small for GeoNames' list, each where the thing happened
    ("a second stop, in Chiva" vs "in Utiel"; "near Keaton Beach" vs "near
    Cedar Key"), each the only place of its sentence but for places written
    after it that contain it (`_alone_but_containers`). Neither name is known,
    so neither can be inside the other as far as the tool can tell; a known
    town against an unknown landmark ("talks in Moscow" vs "met in the
    Kremlin") may be one side being more specific and is left alone."""
    if not _alone_but_containers(x, a) or not _alone_but_containers(y, b):
        return False
    for name, claim in ((x, a), (y, b)):
        if names.is_world_city(name) or names.is_region(name) or _major_place(name):
            return False
        starts = [e.start for e in claim.slots.entities if e.text == name and e.kind == "place"]
        if not starts or not _LOCATIVE_RE.search(claim.text[: starts[0]]):
            return False
    return not _nested(x, y) and not same_place(x, y) and not _spelled_alike(x, y)


_CONTAINER_GAP_RE = re.compile(r"\s*(?:,|in|in\s+the|of)\s*")


def _alone_but_containers(name: str, claim: Claim) -> bool:
    """``name`` is the sentence's only place but for one or two written right
    after it that say where it is ("near Keaton Beach in Florida's Big Bend
    region", "in Perry, Florida")."""
    spans = [(e.start, e.end, e.text) for e in claim.slots.entities if e.kind == "place"]
    others = [p for p in _places(claim) if p != name]
    if not others:
        return True
    mine = [(s, e) for s, e, t in spans if t == name]
    theirs = sorted(s for s, _, t in spans if t in others)
    if not mine or not theirs or len(others) > 2 or theirs[0] < mine[0][1]:
        return False
    return _CONTAINER_GAP_RE.fullmatch(claim.text[mine[0][1] : theirs[0]]) is not None


# What may stand between a place and a place written after it that only says
# where the first one is: a container ("Buras, in Plaquemines Parish", "Kamituga
# in South Kivu province", "Jérémie, on the northern coast of the Tiburon
# Peninsula") or a landmark it is measured from ("Kitengela, south of
# Nairobi", "Adama, about 100 km southeast of Addis Ababa", "Kumla, a small
# town south of Orebro"). Lower-case words only, so no other name stands
# between them.
_LOCATOR_GAP_RE = re.compile(
    r"(?:\s+in\s+(?:the\s+)?"  # "Kamituga in South Kivu", "Nilambur in the ..."
    r"|,\s+(?:(?:a|an|the)\s+)?(?P<words>(?:[a-z][\w'\u2019-]*\s+|\d[\d.,]*\s+){0,6}?)"
    r"(?:in|on|of|near|to|from|beside|outside|across|off)\s+(?:the\s+)?"
    r"(?:[a-z][\w'\u2019-]*\s+){0,2}?(?:(?:city|town|capital)(?:\s+of\s+|,\s+))?)"
)
# Words that open a clause of its own or make one: what follows is no longer
# where the place before lies ("Sunderland, where 61 per cent backed Leave in
# ...", "Manila, a landslide buried homes in ...").
_NOT_LOCATOR_WORDS = frozenset(
    """where which who whom whose when while and or but after before said says as for
    was were is are had has have been be will would could may did do does its his her
    their it he she they then also hit struck made came went left took set told found
    began fell""".split()
)
# A locator that measures from a landmark rather than naming a container.
_MEASURED_RE = re.compile(
    r"\b(?:(?:north|south|east|west)(?:[- ]?(?:north|south|east|west))?|upstream|downstream"
    r"|inland)\s+(?:of|from)\b|\b(?:near|next\s+to|close\s+to|outside|beside|from)\b",
    re.IGNORECASE,
)  # "south of", "next to": not "on the northern coast of", "further north in"


@per_claim
def _locators(claim: Claim) -> Mapping[str, tuple[str, bool]]:
    """Places written right after another place that only say where that one
    is (see `_LOCATOR_GAP_RE`) -> (that place, whether measured from a
    landmark rather than named as its container)."""
    spans = sorted((e.start, e.end, e.text) for e in claim.slots.entities if e.kind == "place")
    out: dict[str, tuple[str, bool]] = {}
    for (_, end, before), (start, _, text) in pairwise(spans):
        gap = claim.text[end:start]
        m = _LOCATOR_GAP_RE.fullmatch(gap)
        if m is None:
            continue
        words = re.findall(r"[A-Za-z]+", gap)
        if {w.lower() for w in words} & _NOT_LOCATOR_WORDS:
            continue
        if any(w.endswith("ed") and len(w) > 4 for w in (m["words"] or "").split()):
            continue  # "Manila, a landslide buried homes in"
        if _LIST_GOES_ON_RE.match(claim.text, start + len(text)):
            continue  # "talks in Moscow, in Geneva and in Vienna": a list
        out.setdefault(text, (before, _MEASURED_RE.search(gap) is not None))
    return MappingProxyType(out)


_LIST_GOES_ON_RE = re.compile(r",?\s+(?:and|or)\b")
# "Ternitz, a town about 60 kilometres south of Vienna", "the town of Jolfa":
# a settlement, not a landmark in another town.
_SETTLEMENT_AFTER_RE = re.compile(
    r",\s+(?:a|an|the)\s+(?:[a-z][\w-]*\s+){0,2}?(?:town|village|city|hamlet|settlement"
    r"|community|municipality|port|resort)\b"
)
_SETTLEMENT_BEFORE_RE = re.compile(
    r"\b(?:town|village|city|hamlet|settlement|community|municipality)\s+of\s+$"
)


def _settlement(name: str, claim: Claim) -> bool:
    """Whether the sentence calls ``name`` a settlement or measures it from a
    landmark ("Adama, about 100 km southeast of Addis Ababa")."""
    if any(anchor == name and measured for anchor, measured in _locators(claim).values()):
        return True
    for e in claim.slots.entities:
        if e.text == name and (
            _SETTLEMENT_AFTER_RE.match(claim.text, e.end)
            or _SETTLEMENT_BEFORE_RE.search(claim.text[: e.start])
        ):
            return True
    return False


_AREA_WORDS = frozenset(
    "township parish borough county district province region state regency".split()
)


def _area_like(name: str, claim: Claim) -> bool:
    """An area that may hold a town rather than a town: "the Tver region",
    "Connoquenessing Township", "Lower Austria" (a region's name in it)."""
    words = names.fold_accents(name).lower().split()
    if words and words[-1] in _AREA_WORDS:
        return True
    if len(words) > 1 and any(names.is_region(w) for w in name.split()):
        return True
    return any(
        e.text == name and _AREA_AFTER_RE.match(claim.text, e.end) for e in claim.slots.entities
    )


_COMPASS_WORDS = frozenset("north south east west northern southern eastern western".split())
_CONTAINER_AFTER_RE = re.compile(
    r"\s+(?:region|province|state|county|oblast|prefecture|district|parish|governorate|regency)\b",
    re.IGNORECASE,
)


def _containers_apart(a: Claim, b: Claim) -> tuple[str, str] | None:
    """One place put in two containers of one standing: "Nilambur in
    Malappuram district" vs "Nilambur, in neighbouring Kozhikode district",
    "Bara in North Kordofan state" vs "Bara, in South Kordofan" (names that
    differ by a compass word); the containers are the values."""
    for qa, (pa, measured_a) in _locators(a).items():
        for qb, (pb, measured_b) in _locators(b).items():
            if measured_a or measured_b or not same_place(pa, pb):
                continue
            if same_place(qa, qb) or _nested(qa, qb) or qa in b.text or qb in a.text:
                continue
            if names.town_in(qa, qb) or names.town_in(qb, qa):
                continue
            ta, tb = _tokens(qa), _tokens(qb)
            by_compass = ta - tb <= _COMPASS_WORDS and tb - ta <= _COMPASS_WORDS
            area_a, area_b = (
                next(
                    (
                        m.group(0).split()[-1].lower()
                        for e in c.slots.entities
                        if e.text == q and (m := _CONTAINER_AFTER_RE.match(c.text, e.end))
                    ),
                    None,
                )
                for q, c in ((qa, a), (qb, b))
            )
            if by_compass or (
                area_a is not None and area_a == area_b and not _spelled_alike(qa, qb)
            ):
                return qa, qb
    return None


_IN_AT_BEFORE_RE = re.compile(
    r"\b(?:in|at)\s+(?:the\s+)?(?:(?:downtown|central|(?:north|south|east|west)(?:ern)?)\s+)?$",
    re.IGNORECASE,
)


def _core_places_apart(a: Claim, b: Claim) -> tuple[str, str] | None:
    """One place on each side, the other side naming it in no form, once the
    places that only say where another one is (`_locators`) are set aside:
    "in Laurel, a town on the shore of Taal Lake in Batangas" vs "in Batangas
    ... in the lakeside town of Talisay"; "near Adama, about 100 km southeast
    of Addis Ababa" vs "near the town of Bishoftu". Two towns GeoNames knows,
    each put where the thing is (`_located`), or two names it does not know,
    each after a locative preposition; a known town against an unknown name
    counts only when the sentence makes the unknown one a settlement of its
    own (`_settlement`): else it may be a landmark in that town."""
    ea, eb = _places(a), _places(b)
    skip_a, skip_b = _locators(a), _locators(b)

    def unmatched(
        mine: Sequence[str], skip: Mapping[str, object], theirs: Sequence[str]
    ) -> list[str]:
        return [
            x
            for x in mine
            if x not in skip and not any(same_place(x, y) or _nested(x, y) for y in theirs)
        ]

    # A landmark the other side measures its place from is not where the
    # thing is there ("in Kumla, a small town south of Orebro"): it names no
    # place of this side ("in central Örebro").
    fa = [p for p in ea if not skip_a.get(p, ("", False))[1]]
    fb = [p for p in eb if not skip_b.get(p, ("", False))[1]]
    only_a, only_b = unmatched(ea, skip_a, fb), unmatched(eb, skip_b, fa)
    if len(only_a) != 1 or len(only_b) != 1:
        return None
    x, y = only_a[0], only_b[0]
    for name, claim, other, landmarks in (
        (x, a, b, set(eb) - set(fb)),
        (y, b, a, set(ea) - set(fa)),
    ):
        if any(same_place(name, q) for q in landmarks):
            # The other side's landmark: only if this side puts the thing in
            # it ("in central Örebro"), not near it ("near Mandalay" against
            # "north-west of Sagaing, close to Mandalay").
            starts = [e.start for e in claim.slots.entities if e.text == name]
            if not starts or not _IN_AT_BEFORE_RE.search(claim.text[: starts[0]]):
                return None
        elif name.lower() in other.text.lower():
            return None  # named on the other side as some other kind of name
    if names.town_in(x, y) or names.town_in(y, x) or _spelled_alike(x, y):
        return None
    if _named_after(x, y) or _named_after(y, x):
        return None
    for name, claim in ((x, a), (y, b)):
        if _area_like(name, claim):
            return None
    kind_x, kind_y = _located(a).get(x), _located(b).get(y)
    if kind_x is not None and kind_x == kind_y:
        return (x, y) if _located_apart(x, kind_x, y, kind_y) else None
    known = 0
    for name, claim, kind in ((x, a, kind_x), (y, b, kind_y)):
        if names.is_region(name) or _major_place(name) or kind == "region":
            return None
        starts = [e.start for e in claim.slots.entities if e.text == name and e.kind == "place"]
        if not starts or not _LOCATIVE_RE.search(claim.text[: starts[0]]):
            return None
        if names.is_world_city(name):
            if kind != "town":
                return None
            known += 1
    if known == 1:
        unknown, claim = (y, b) if names.is_world_city(x) else (x, a)
        if not _settlement(unknown, claim):
            return None
    return x, y


def _spelled_alike(x: str, y: str) -> bool:
    """Two spellings of one little-known name ("Talat N'Yaaqoub" / "Talat
    Nyacoub"; "Hrabove" / "Grabovo", Ukrainian and Russian, whose consonants
    agree once h is read as g)."""
    from rapidfuzz import fuzz

    fx, fy = ("".join(ch for ch in names.fold_accents(n).lower() if ch.isalnum()) for n in (x, y))
    if fuzz.ratio(fx, fy) >= 75:
        return True
    sx, sy = (re.sub(r"[aeiouy]", "", f.replace("h", "g")) for f in (fx, fy))
    return len(sx) >= 3 and sx == sy


# "the Libyan port of Zuwara", "the hamlet of Weissenried", "the southern
# state of Guerrero", "the church of Saint-Sulpice": a place named with the
# kind of place it is.
_DESIGNATED_RE = re.compile(
    r"\b[Tt]he\s+(?:[\w-]+\s+){0,2}?(town|city|village|hamlet|port|suburb|district|municipality"
    r"|island|province|region|county|state|neighbou?rhood|church|cathedral|basilica|diocese"
    r"|parish)\s+of\s+"
    r"([A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)*)"
)


def _designated_apart(a: Claim, b: Claim) -> tuple[str, str] | None:
    """One place of one kind on each side, named differently ("the Libyan port
    of Zuwara" / "the Libyan port of Misrata"), neither name on the other side
    nor a spelling or a part of the other."""
    da = [(m.group(1).lower(), m.group(2)) for m in _DESIGNATED_RE.finditer(a.text)]
    db = [(m.group(1).lower(), m.group(2)) for m in _DESIGNATED_RE.finditer(b.text)]
    if len(da) != 1 or len(db) != 1 or da[0][0] != db[0][0]:
        return None
    x, y = da[0][1], db[0][1]
    if x in b.text or y in a.text or same_place(x, y) or _spelled_alike(x, y):
        return None
    if _nested(x, y) or names.town_in(x, y) or names.town_in(y, x):
        return None
    return x, y


_FEATURES = frozenset("ocean sea river lake bay gulf strait channel desert island".split())


def _features_apart(x: str, y: str) -> bool:
    """Two named features of one kind: "the Pacific Ocean" vs "the Indian Ocean"."""
    tx = {t.rstrip("s") for t in _tokens(x)}
    ty = {t.rstrip("s") for t in _tokens(y)}
    heads = tx & ty & _FEATURES
    rest_x, rest_y = tx - heads - {"the", "of"}, ty - heads - {"the", "of"}
    return bool(heads) and bool(rest_x) and bool(rest_y) and not rest_x & rest_y


# Kinds of named facility: two of one kind are two places ("Sheremetyevo
# airport" / "Vnukovo airport"; "Unicoi County Hospital" / "Johnson City Medical
# Center" is not caught: two kinds).
_FACILITIES = frozenset(
    "airport airbase base hospital prison jail station stadium arena hotel gallery museum "
    "cathedral church mosque temple palace university crater exchange house tower square "
    "terminal palais road street avenue boulevard trail quai quay".split()
)
_FACILITY_AFTER_RE = re.compile(r"['\u2019]?s?\s+([a-z]+)\b")


# Kinds written before the name in French, Spanish or Italian street names.
_LEADING_FACILITIES = frozenset("quai rue boulevard avenue piazza plaza calle".split())


def _facility(name: str, claim: Claim) -> str | None:
    """The kind of facility a place name names: its last word ("Benina
    Airport"), or the common noun written right after it ("Vnukovo airport");
    for a street, the kind written first ("Quai du Louvre", "the rue de
    Rivoli"). Streets of every kind are one kind (`_STREET_KINDS`)."""
    kind = _facility_word(name, claim)
    return "street" if kind in _STREET_KINDS else kind


# "St Luke's Road" / "Sussex Road", "the rue de Rivoli" / "the Quai du Louvre":
# one kind of place.
_STREET_KINDS = frozenset("road street avenue boulevard quai quay rue calle".split())
_LEADING_BEFORE_RE = re.compile(r"\b(rue|quai|calle)\s+$", re.IGNORECASE)


def _facility_word(name: str, claim: Claim) -> str | None:
    last = names.fold_accents(name).lower().split()[-1:]
    if last and last[0] in _FACILITIES:
        return last[0]
    first = names.fold_accents(name).lower().split()[:1]
    if first and first[0] in _LEADING_FACILITIES and len(name.split()) > 1:
        return first[0]  # "Quai du Louvre", "Rue de Rivoli"
    compound = _compound_facility(name)
    if compound is not None:
        return compound
    for e in claim.slots.entities:
        if e.text == name:
            after = _FACILITY_AFTER_RE.match(claim.text, e.end)
            if after and after.group(1) in _FACILITIES:
                return after.group(1)
            before = _LEADING_BEFORE_RE.search(claim.text[max(0, e.start - 8) : e.start])
            if before:
                return before.group(1).lower()  # "the rue de Rivoli"
            described = _described_facility(claim.text, e.end)
            if described is not None:
                return described
    return None


# German names that end in their kind: "Salvatorkirche", "Alexanderplatz",
# "Hauptbahnhof" (a church, a square, a station).
_COMPOUND_FACILITIES = (
    ("kirche", "church"),
    ("platz", "square"),
    ("bahnhof", "station"),
    ("strasse", "street"),
)
# The kind written after the name past one word of its own ("the Nasdaq stock
# exchange", "the Cook County jail"), or in an appositive ("the Hotelissimo, a
# small hotel in Gonesse").
_FACILITY_MODIFIED_RE = re.compile(r"\s+([a-z]+)\s+([a-z]+)\b")
_FACILITY_APPOSED_RE = re.compile(
    r",\s+(?:a|an)\s+([a-z-]+(?:\s+[a-z-]+){0,2}?)(?=\s*[,.;:]|\s*$|\s+(?:in|on|at|near|beside"
    r"|by|of|outside|off|overlooking|and|with|where|that|which)\b)"
)
# Words that end a noun phrase or open another: no modifier of a kind.
_NO_MODIFIER = frozenset(
    "and or but nor of in at on to from by with for as than that which who whom the a an its his "
    "her their this these those is are was were has had have be been being will would said says "
    "under over into onto near after before during outside inside behind across through off up "
    "down about around along beside between against toward towards until since via per not "
    "also then there here".split()
)


def _compound_facility(name: str) -> str | None:
    """The kind a one-word German name ends in ("Liebfrauenkirche": a church)."""
    words = names.fold_accents(name).lower().replace("ß", "ss").split()
    if len(words) != 1:
        return None
    for suffix, kind in _COMPOUND_FACILITIES:
        if words[0].endswith(suffix) and len(words[0]) >= len(suffix) + 3:
            return kind
    return None


def _described_facility(text: str, end: int) -> str | None:
    """The kind of facility written after a name past a modifier, or in an
    appositive of up to three words that ends there: "the Nasdaq stock
    exchange", "the Hotelissimo, a small hotel in Gonesse". Not "Paris, a
    city with an airport", nor "In Freeport, a hotel was flooded" (the
    subject after an opening place)."""
    modified = _FACILITY_MODIFIED_RE.match(text, end)
    if (
        modified
        and modified.group(2) in _FACILITIES
        and modified.group(1) not in _NO_MODIFIER
        and modified.group(1) not in _FACILITIES
    ):
        return modified.group(2)
    apposed = _FACILITY_APPOSED_RE.match(text, end)
    if apposed:
        *modifiers, kind = apposed.group(1).split()
        if kind in _FACILITIES and not any(
            w in _NO_MODIFIER or w in _FACILITIES for w in modifiers
        ):
            return kind
    return None


# Facilities the extractor may type as organisations ("taken to TEDA
# Hospital"): buildings where something happens or someone is taken.
_BUILDINGS = frozenset("airport hospital prison jail station stadium arena hotel museum".split())


@per_claim
def _buildings(claim: Claim) -> tuple[str, ...]:
    """Names typed as organisations that end in a building's word, less the speaker."""
    speaker = names.entity_key(claim.slots.attribution) if claim.slots.attribution else None
    return tuple(
        e.text
        for e in claim.slots.entities
        if e.kind in ("org", "unknown")
        and names.fold_accents(e.text).lower().split()[-1] in _BUILDINGS
        and e.key != speaker
    )


@per_claim
def _named_sites(claim: Claim) -> tuple[str, ...]:
    """Names of any other kind than a place's that end in, or come before, a
    word of a kind of facility (`_facility`): "Parliament Square" and "Wang Tai
    House" typed as organisations, "St Luke's Road" or "the Swallow Grotto
    trail" as people (new52, new90, new93, new36); less the speaker and
    anyone the sentence titles ("Dr Gregory House")."""
    speaker = names.entity_key(claim.slots.attribution) if claim.slots.attribution else None
    return tuple(
        e.text
        for e in claim.slots.entities
        if e.kind in ("org", "unknown", "person")
        and e.key != speaker
        and _facility(e.text, claim) is not None
        and not (e.kind == "person" and _titled(e.text, claim))
    )


# Facilities named after the town they are in, or put in a town: "Chiang Rai
# Prachanukroh Hospital", "Mandalay International Airport", "Naypyitaw's
# international airport", "a hospital in Chiang Mai". An airport may bear the
# name of a city it lies outside ("London Gatwick Airport" is in Crawley), so
# only words that name no place of their own may stand between for one.
_TOWN_SITES = frozenset("hospital airport prison jail".split())
_SITE_FILLERS = frozenset(
    "international general regional university city central main memorial national "
    "district provincial teaching military".split()
)
_SITE_IN_RE = re.compile(
    r"\b(?:a|an|the)\s+(?:(?:[a-z]+)\s+){0,2}?(?P<kind>" + "|".join(_TOWN_SITES) + r")\s+in\s+$"
)


@per_claim
def _town_sites(claim: Claim) -> tuple[tuple[str, str, str], ...]:
    """(kind, town, as written) for each facility of `_TOWN_SITES` the sentence
    names after a town GeoNames knows, or puts in one."""
    out = []
    for e in claim.slots.entities:
        words = e.text.split()
        kind = names.fold_accents(words[-1]).lower()
        if kind in _TOWN_SITES and len(words) > 1:
            for n in (3, 2, 1):
                town = " ".join(words[:n])
                if n < len(words) and names.is_world_city(town):
                    rest = {w.lower() for w in words[n:-1]}
                    if kind != "airport" or rest <= _SITE_FILLERS:
                        out.append((kind, town, e.text))
                    break
            continue
        if e.kind != "place" or not names.is_world_city(e.text):
            continue
        after = re.match(
            r"['\u2019]s\s+(?:(?:[a-z]+)\s+){0,2}?(" + "|".join(_TOWN_SITES) + r")\b",
            claim.text[e.end :],
        )
        if after and not set(claim.text[e.end : e.end + after.start(1)].lower().split()[1:]) - (
            _SITE_FILLERS | {"main", "old", "new", "largest", "biggest"}
        ):
            out.append((after.group(1), e.text, claim.text[e.start : e.end + after.end()]))
            continue
        m = _SITE_IN_RE.search(claim.text[max(0, e.start - 60) : e.start])
        if m:
            out.append((m["kind"], e.text, f"{m[0]}{e.text}"))
    return tuple(out)


def _town_sites_apart(a: Claim, b: Claim) -> tuple[str, str] | None:
    """One facility of a kind on each side, in two towns GeoNames puts apart:
    "taken to Chiang Rai Prachanukroh Hospital" vs "flown to a hospital in
    Chiang Mai" (new152), "Naypyitaw's international airport" vs "Mandalay
    International Airport" (new66). A town either side also names elsewhere
    agrees."""
    sa, sb = _town_sites(a), _town_sites(b)
    for kind in sorted({k for k, _, _ in sa} & {k for k, _, _ in sb}):
        xs = [(t, w) for k, t, w in sa if k == kind]
        ys = [(t, w) for k, t, w in sb if k == kind]
        if len(xs) != 1 or len(ys) != 1:
            continue
        (tx, wx), (ty, wy) = xs[0], ys[0]
        # Both towns GeoNames knows: "Chiang Rai" and "Chiang Mai" are two,
        # however alike they are spelled.
        if names.same_town(tx, ty) or same_place(tx, ty):
            continue
        if names.town_in(tx, ty) or names.town_in(ty, tx):
            continue
        if tx.lower() in b.text.lower() or ty.lower() in a.text.lower():
            continue
        return wx, wy
    return None


def _facilities_apart(x: str, a: Claim, y: str, b: Claim) -> bool:
    """Two named facilities of one kind, neither name a spelling of the other."""
    kind = _facility(x, a)
    if kind is None or kind != _facility(y, b) or _nested(x, y) or _spelled_alike(x, y):
        return False
    # Each name has a word of its own: "Wang Tai House" / "Wang Cheong House"
    # (blocks of one estate), "Vnukovo airport" / "Sheremetyevo airport".
    plain = _FACILITIES | GENERIC_PLACE_WORDS | {"the", "of"}
    tx, ty = _tokens(x) - plain, _tokens(y) - plain
    # "Kochi's airport" / "Cochin International Airport": one town's two names.
    own_x, own_y = (" ".join(w for w in n.split() if w.lower() not in plain) for n in (x, y))
    if own_x and own_y and names.same_town(own_x, own_y):
        return False
    return bool(tx - ty) and bool(ty - tx)


def _one_facility_each(
    ea: Sequence[str], a: Claim, eb: Sequence[str], b: Claim
) -> tuple[str, str] | None:
    """The two facilities when each side names exactly one of a kind and they are apart."""
    only_a = [x for x in ea if not any(same_place(x, y) for y in eb)]
    only_b = [y for y in eb if not any(same_place(x, y) for x in ea)]
    kinds_a = [(x, _facility(x, a)) for x in only_a]
    kinds_b = [(y, _facility(y, b)) for y in only_b]
    for kind in sorted({k for _, k in kinds_a if k} & {k for _, k in kinds_b if k}):
        xs = [x for x, k in kinds_a if k == kind]
        ys = [y for y, k in kinds_b if k == kind]
        if len(xs) == 1 and len(ys) == 1 and _facilities_apart(xs[0], a, ys[0], b):
            return xs[0], ys[0]
    return None


# Kinds of venue `_FACILITIES` leaves out, for `_sites_of_two_kinds` only:
# "the Fiera di Genova exhibition center", "the Casa Santa Marta guesthouse".
_VENUE_KINDS = frozenset("centre center guesthouse hall".split())
# Kinds that hold other sites or run past them: "a hotel at the airport", "a
# museum on Tahrir Street", "a hospital at the university", "the base".
_HOLDING_KINDS = _STREET_KINDS | frozenset(
    "airport airbase base university terminal station exchange house crater trail".split()
)
# A venue put where something happens: "in Umayyad Square", "at Rome's Gemelli
# hospital", "outside the Umayyad Mosque".
_VENUE_BEFORE_RE = re.compile(
    r"\b(?:in|at|outside|inside|from|into)\s+(?:the\s+)?(?:(?:[A-Z][\w.-]*|city|town)['\u2019]s\s+)?$"
)
_VENUE_AFTER_RE = re.compile(r"\s+([a-z]+)\b(?:\s+([a-z]+)\b)?")


def _venue_kind(name: str, claim: Claim) -> str | None:
    """The kind of venue a name names (`_facility`, or a word of `_VENUE_KINDS`
    last in it or right after it, past one modifier)."""
    kind = _facility(name, claim)
    if kind is not None:
        return kind
    last = names.fold_accents(name).lower().split()[-1:]
    if last and last[0] in _VENUE_KINDS:
        return last[0]
    for e in claim.slots.entities:
        if e.text == name:
            words = _VENUE_AFTER_RE.match(claim.text, e.end)
            for kind, modifier in (
                (words and words[1], None),
                (words and words[2], words and words[1]),
            ):
                if kind in _VENUE_KINDS and modifier not in _NO_MODIFIER:
                    return kind
    return None


def _sites_of_two_kinds(
    ea: Sequence[str], a: Claim, eb: Sequence[str], b: Claim
) -> tuple[str, str] | None:
    """One named venue on each side, of two kinds, each where the thing is
    (`_VENUE_BEFORE_RE`), neither named on the other side: "in Umayyad Square"
    vs "at the Umayyad Mosque", "at the Fiera di Genova exhibition center" vs
    "in the city's San Lorenzo cathedral". Kinds that may hold the other
    (`_HOLDING_KINDS`) are left alone."""

    def venues(mine: Sequence[str], claim: Claim, other: Claim) -> list[tuple[str, str]]:
        out = []
        for x in mine:
            kind = _venue_kind(x, claim)
            if kind is None:
                continue
            starts = [e.start for e in claim.slots.entities if e.text == x]
            if not starts or not _VENUE_BEFORE_RE.search(
                claim.text[max(0, starts[0] - 40) : starts[0]]
            ):
                continue
            out.append((x, kind))
        return out

    va, vb = venues(ea, a, b), venues(eb, b, a)
    if len(va) != 1 or len(vb) != 1:
        return None
    (x, kx), (y, ky) = va[0], vb[0]
    if kx == ky or kx in _HOLDING_KINDS or ky in _HOLDING_KINDS:
        return None
    if x.lower() in b.text.lower() or y.lower() in a.text.lower():
        return None
    if same_place(x, y) or _nested(x, y) or _named_after(x, y) or _named_after(y, x):
        return None
    return x, y


# The seat of a named owner, where someone speaks, meets or gathers: "at the
# BJP headquarters", "outside TEPCO's headquarters", "at Modi's official
# residence", "outside the prime minister's office".
_OWNED_SEAT_RE = re.compile(
    r"\b(?i:at|outside|inside|from)\s+(?:the\s+)?"
    r"(?P<owner>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}|(?i:prime\s+minister|president))"
    r"(?:['\u2019]s)?\s+(?:official\s+|main\s+)?(?P<seat>headquarters|offices?|residence)\b"
)
# A named site right after "at", "outside" or "inside": "at Starbase", "at the
# New York Federal Reserve".
_AT_SITE_RE = re.compile(r"\b(?i:at|outside|inside)\s+(?:the\s+)?$")


def _seats(claim: Claim) -> list[tuple[str, str, str]]:
    """(owner, kind of seat, as written) for each seat of `_OWNED_SEAT_RE`; an
    office and a headquarters are one kind (a body's office may be its
    headquarters), a residence another."""
    return [
        (m["owner"], "residence" if m["seat"] == "residence" else "office", m[0])
        for m in _OWNED_SEAT_RE.finditer(claim.text)
    ]


def _owner_may_be_role(x: str, claim_x: Claim, y: str, claim_y: Claim) -> bool:
    """One owner a role ("the prime minister"), the other a name not typed as
    an organisation's ("Fumio Kishida"): perhaps one person."""
    for role, name, claim in ((x, y, claim_y), (y, x, claim_x)):
        if role[:1].islower() and not any(
            e.kind == "org" and e.text == name for e in claim.slots.entities
        ):
            return True
    return False


def _seats_apart(a: Claim, b: Claim) -> tuple[str, str] | None:
    """One owner's seat on one side against another owner's seat, or against a
    named site, on the other: "outside the prime minister's office in Tokyo"
    vs "outside TEPCO's headquarters in Tokyo", "at the BJP headquarters" vs
    "at Modi's official residence", "from SpaceX's headquarters in Hawthorne"
    vs "from the launch control centre at Starbase". Seats of one kind count
    only when neither side names the other's owner and the owners are not a
    role and a person ("the prime minister's office" / "Kishida's office")."""
    sa, sb = _seats(a), _seats(b)
    if len(sa) > 1 or len(sb) > 1 or not (sa or sb):
        return None
    if sa and sb:
        (oa, ka, wa), (ob, kb, wb) = sa[0], sb[0]
        if names.same_entity(oa, ob) or oa.lower() == ob.lower():
            return None
        if ka == kb and (
            oa.lower() in b.text.lower()
            or ob.lower() in a.text.lower()
            or _owner_may_be_role(oa, a, ob, b)
        ):
            return None
        return wa.split(None, 1)[1], wb.split(None, 1)[1]
    seat_side, other = (a, b) if sa else (b, a)
    owner, _, written = (sa or sb)[0]
    if owner.lower() in other.text.lower():
        return None
    sites = [
        e.text
        for e in other.slots.entities
        if e.kind in ("place", "org", "unknown")
        and _AT_SITE_RE.search(other.text[max(0, e.start - 16) : e.start])
        and not names.is_world_city(e.text)
        and not names.is_region(e.text)
        and not _major_place(e.text)
        and e.text.lower() not in seat_side.text.lower()
    ]
    if len(sites) != 1:
        return None
    seat = written.split(None, 1)[1]
    return (seat, sites[0]) if seat_side is a else (sites[0], seat)


def _designations_differ(x: str, y: str) -> bool:
    """One facility, two numbers: "Launch Complex 39B" vs "Launch Complex 39A"."""
    tx, ty = _tokens(x), _tokens(y)
    only_x, only_y = tx - ty, ty - tx
    return (
        len(only_x) == 1
        and len(only_y) == 1
        and len(tx & ty) >= 1
        and all(any(ch.isdigit() for ch in t) for t in (*only_x, *only_y))
    )


def _qualifiers_apart(a: Claim, b: Claim) -> tuple[str, str] | None:
    """One town put in two regions: "Crescent City, Oregon" vs "Crescent City,
    California" (the regions, which `_places` leaves out, are the values)."""
    for town_a, region_a in _qualified(a).items():
        for town_b, region_b in _qualified(b).items():
            if not same_place(town_a, town_b):
                continue
            ca, cb = names.region_code(region_a), names.region_code(region_b)
            if ca is not None and cb is not None and ca != cb:
                return region_a, region_b
    return None


def _located_apart(x: str, kind_x: str, y: str, kind_y: str) -> bool:
    """Two located places that cannot be one: two towns, two regions, or a town
    outside the other side's region ("Hong Kong" vs "the Bahamas")."""
    if kind_x == kind_y:
        # "flew to Bangalore" / "fly to Bengaluru": one town, two names. Only
        # between two towns: a town's other name may be its province's
        # ("Hatay" for Antakya).
        if kind_x == "region":
            return not _country_and_part(x, y) and not _country_and_part(y, x)
        if kind_x == "town" and (names.town_in(x, y) or names.town_in(y, x)):
            return False  # "a jury in New York" / "in Manhattan": the state holds the borough
        return kind_x != "town" or not names.same_town(x, y)
    town, region = (x, y) if kind_x == "town" else (y, x)
    return names.town_in(town, region) is False


def _country_and_part(country: str, region: str) -> bool:
    """``region`` may lie in ``country``: "South Korea" / "South Jeolla province"
    (a province GeoNames does not list), "the United States" / "Florida"."""
    if not names.is_country(country) or names.is_country(region):
        return False
    code, part = names.region_code(country), names.region_code(region)
    return part is None or (code is not None and part.startswith(f"{code}-"))


def _frame(place: str, text: str) -> tuple[str, str] | None:
    """The two words before and after the place's first mention, lower-cased."""
    at = text.find(place)
    if at < 0:
        return None
    before = re.findall(r"[\w'\u2019]+", text[:at].lower())[-2:]
    after = re.findall(
        r"[\w'\u2019]+", re.sub(r"^['\u2019]s\b", "", text[at + len(place) :]).lower()
    )[:2]
    return " ".join(before), " ".join(after)


# "near the village of Aprilia" / "near Laerma": where something happened, said
# the same way on both sides.
_NEAR_BEFORE_RE = re.compile(
    r"\bnear\s+(?:the\s+(?:village|town|city|hamlet|port|island|district)\s+of\s+)?$", re.IGNORECASE
)


def _both_near(x: str, a: Claim, y: str, b: Claim) -> bool:
    """Each sentence's one place comes after "near": two places the thing was
    near, which GeoNames does not put in one another."""

    def near(name: str, claim: Claim) -> bool:
        at = claim.text.find(name)
        return at > 0 and bool(_NEAR_BEFORE_RE.search(claim.text[max(0, at - 40) : at]))

    return near(x, a) and near(y, b) and not _nested(x, y) and not _spelled_alike(x, y)


def _near_places(claim: Claim) -> list[str]:
    """Places the sentence puts something near (`_NEAR_BEFORE_RE`), a town
    GeoNames knows counting whatever kind the extractor gave it."""
    out: list[str] = []
    for e in claim.slots.entities:
        if e.kind != "place" and (e.kind != "unknown" or not names.is_world_city(e.text)):
            continue
        if _NEAR_BEFORE_RE.search(claim.text[max(0, e.start - 40) : e.start]) and e.text not in out:
            out.append(e.text)
    return out


# Words that make a name a site a town may lie near or hold ("Keaton Beach",
# "Cedar Key", "Sanibel Island", "Dulles airport"), not a settlement of its own.
_LANDMARK_WORDS = (
    _FACILITIES
    | _FEATURES
    | _BUILDING_WORDS
    | _ISLAND_WORDS
    | frozenset("beach point cape head mount mountain hill park".split())
)


def _near_places_apart(a: Claim, b: Claim) -> tuple[str, str] | None:
    """The one place each side puts the thing near, two settlements: "came
    ashore near Humacao" vs "near Yabucoa, on the south-east coast"; "the
    plant near Bay City" vs "near Glen Rose"; "near Matara" vs "near
    Hikkaduwa, south of Colombo". Other places either names (the island
    struck, the town a place is measured from) fill other slots, as long as
    neither side names the other's. Not a country, a region or a capital
    ("near the Kremlin" vs "near Moscow" is one side more specific), nor a
    landmark's name ("near Sanibel Island", "near Dulles airport"); two towns
    GeoNames knows must be two (`_located_apart`)."""
    na, nb = _near_places(a), _near_places(b)
    if len(na) != 1 or len(nb) != 1:
        return None
    x, y = na[0], nb[0]
    if x.lower() in b.text.lower() or y.lower() in a.text.lower():
        return None
    if any(same_place(x, p) or _nested(x, p) for p in _places(b)):
        return None
    if any(same_place(y, p) or _nested(y, p) for p in _places(a)):
        return None
    if same_place(x, y) or _nested(x, y) or _spelled_alike(x, y):
        return None
    for name, claim in ((x, a), (y, b)):
        if names.is_region(name) or _major_place(name) or _area_like(name, claim):
            return None
        if not names.is_world_city(name) and (
            set(names.fold_accents(name).lower().split()) & _LANDMARK_WORDS
        ):
            return None  # "near Sanibel Island"; not "near Bay City", a town
    if names.town_in(x, y) or names.town_in(y, x):
        return None
    if names.is_world_city(x) and names.is_world_city(y):
        return (x, y) if _located_apart(x, "town", y, "town") else None
    return x, y


# Where a storm came ashore, a quake's epicentre lay or an eruption opened: one
# site per event, whatever verb each side uses ("crashed ashore on Cayo
# Costa" vs "slammed into Florida's Gulf coast near Punta Gorda"; "made its
# third landfall at West End" vs "another landfall near East End"; "the
# eruption began ... in the Cabeza de Vaca area" vs "started ... in the
# municipality of Fuencaliente"). The frame says which place is the site, so
# the extractor's kind for the name does not matter.
_STORM_RE = re.compile(r"\b(?:hurricane|storm|typhoon|cyclone)s?\b", re.IGNORECASE)
_SITE_FRAMES = (
    (
        "landfall",
        re.compile(
            r"\blandfalls?\b|\b(?:came|comes|come|coming|crashed|roared|moved)\s+ashore\b", re.I
        ),
    ),
    ("landfall", re.compile(r"\beye\s+(?:crossed|passed\s+over|moved\s+over)\s+", re.I)),
    (
        "landfall",
        re.compile(
            r"\b(?:struck|hit|reached)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}coast(?:line)?\b", re.I
        ),
    ),
    ("epicentre", re.compile(r"\bepicent(?:re|er)\b", re.I)),
    ("eruption", re.compile(r"\beruption\s+(?:began|started|opened|broke\s+out)\b", re.I)),
)
# Verbs whose object is the site ("slammed into Acapulco"), said of a storm.
_STRUCK_INTO_RE = re.compile(
    r"\b(?:slammed|crashed|smashed|roared|barrell?ed|plough?ed|plowed)\s+into\s+", re.I
)
_SITE_PREP_RE = re.compile(
    r"\b(?P<prep>at|on|in|near|off|within|between)\s+(?:the\s+)?"
    # "the south-eastern municipality of", "the coastal town of", "the coast of"
    r"(?:(?:[a-z][\w-]*\s+){0,2}(?P<kind>town|village|city|municipality|port|island|suburb|hamlet"
    r"|commune|resort|coast|state|province|county|district|region|parish|regency|mountains|hills)\s+of\s+"
    r"(?:the\s+)?)?(?=[A-Z])"
)
# A name's words, an apostrophe inside one ("N'Yaaqoub") but no possessive.
_SITE_WORD = r"[A-Z][\w.-]*(?:['\u2019](?!s\b)[\w.-]+)*"
_SITE_NAME_RE = re.compile(rf"{_SITE_WORD}(?:[ -](?:{_SITE_WORD}|(?:de|del|la|du|di|da|do)\b))*")
_BETWEEN_SECOND_RE = re.compile(r"\s+and\s+(?=[A-Z])")
# The clause ends at a semicolon, a dash, or a comma not followed by another
# place the site is put in ("near Perry, in the Big Bend"; not ", Category 1
# on the Saffir-Simpson scale").
_SITE_STOP_RE = re.compile(r"[;\u2014]|,\s+(?!(?:in|at|on|near|off|within)\s)")
_BROAD_SITE_WORDS = frozenset(
    "coast coastline shore region province state county district parish regency oblast "
    "prefecture governorate islands keys peninsula".split()
)
_BROAD_SITE_KINDS = frozenset(
    "state province county district region parish regency mountains hills".split()
)
_SITE_AREA_AFTER_RE = re.compile(
    r"\s+(?:region|province|state|county|oblast|prefecture|regency|district|parish|governorate"
    r"|coast|islands)\b",
    re.IGNORECASE,
)
_SITE_ORDINALS = frozenset("first second third fourth fifth final last another".split())
_SITE_ORDINAL_RE = re.compile(rf"\b({'|'.join(_SITE_ORDINALS)})\s+(?:landfall|came\s+ashore)", re.I)
_COMPASS_NAME_WORDS = frozenset("north south east west".split())


def _site_names(text: str, at: int) -> tuple[str, tuple[str, ...]] | None:
    """The preposition and the name(s) of the first place put somewhere after
    ``at`` in the same clause: ("near", ("Punta Gorda",)); ("between",
    ("Accumoli", "Amatrice")). A region-level place ("in the state of
    Morelos", "in Beichuan county", "the U.S. Gulf Coast") comes back with an
    empty tuple: no site to set against another."""
    rest = text[at : at + 140]
    stop = _SITE_STOP_RE.search(rest)
    rest = rest[: stop.start()] if stop else rest
    for m in _SITE_PREP_RE.finditer(rest):
        name = _SITE_NAME_RE.match(rest, m.end())
        if name is None:
            continue
        found = name.group().rstrip(".")
        if found.lower().split()[0] in names._MONTHS_DAYS:
            continue  # "on Sunday", "in September"
        if rest[name.end() : name.end() + 2] in ("'s", "\u2019s"):
            continue  # "near Florida's Gulf coast": the site comes later
        if m["kind"] and m["kind"].lower() in _BROAD_SITE_KINDS:
            return m["prep"].lower(), ()
        words = names.fold_accents(found).lower().split()
        if (words and words[-1] in _BROAD_SITE_WORDS) or _SITE_AREA_AFTER_RE.match(
            rest, name.end()
        ):
            return m["prep"].lower(), ()
        found_names = [found]
        if m["prep"].lower() == "between":
            second = _BETWEEN_SECOND_RE.match(rest, name.end())
            if second is None:
                return None
            other = _SITE_NAME_RE.match(rest, second.end())
            if other is None:
                return None
            found_names.append(other.group().rstrip("."))
        return m["prep"].lower(), tuple(found_names)
    return None


def _event_site(claim: Claim) -> tuple[str, str, tuple[str, ...], str | None] | None:
    """(event, preposition, site names, ordinal) of the claim's landfall,
    epicentre or eruption (see above), or None."""
    text = claim.text
    for event, frame in _SITE_FRAMES:
        m = frame.search(text)
        if m is None:
            continue
        if event == "landfall" and m.group().lower().startswith("eye"):
            obj = _SITE_NAME_RE.match(text, m.end())
            if obj is not None and text[obj.end() : obj.end() + 2] not in ("'s", "\u2019s"):
                found = obj.group().rstrip(".")
                broad = (
                    names.fold_accents(found).lower().split()[-1] in _BROAD_SITE_WORDS
                    or _SITE_AREA_AFTER_RE.match(text, obj.end()) is not None
                )
                site = ("", () if broad else (found,))
            else:
                site = _site_names(text, m.end())
        else:
            site = _site_names(text, m.end())
        if site is None:
            return None
        ordinal = _SITE_ORDINAL_RE.search(text)
        return event, site[0], site[1], ordinal[1].lower() if ordinal else None
    m = _STRUCK_INTO_RE.search(text)
    if m is None or not _STORM_RE.search(text):
        return None
    obj = _SITE_NAME_RE.match(text, m.end())
    if obj is not None and text[obj.end() : obj.end() + 2] not in ("'s", "\u2019s"):
        found = obj.group().rstrip(".")
        words = names.fold_accents(found).lower().split()
        if words[-1] in _BROAD_SITE_WORDS or _SITE_AREA_AFTER_RE.match(text, obj.end()):
            return "landfall", "", (), None
        return "landfall", "", (found,), None
    site = _site_names(text, m.end())
    return None if site is None else ("landfall", site[0], site[1], None)


def _compass_apart(x: str, y: str) -> bool:
    """ "West End" / "East End": names told apart by a compass word."""
    wx = set(names.fold_accents(x).lower().split())
    wy = set(names.fold_accents(y).lower().split())
    return bool((wx ^ wy) & _COMPASS_NAME_WORDS)


def _event_sites_apart(a: Claim, b: Claim) -> tuple[str, str] | None:
    """One landfall, epicentre or eruption, put at two places neither side
    names: "crashed ashore on Cayo Costa" vs "near Punta Gorda"; "made landfall
    near Port Lavaca" vs "Harvey's eye crossed San Jose Island". Not when a
    side names the other's place ("near Rockport, Texas" vs "San Jose Island,
    just east of Rockport"), when either is a region, a country, a capital or a
    coast ("slammed into Florida's Big Bend coast" vs "near Perry": one side
    more specific), when both are only "near" (see `_near_places_apart`), or
    when the sides count different landfalls ("a second landfall at Naples"
    vs "made landfall at Cudjoe Key")."""
    sa, sb = _event_site(a), _event_site(b)
    if sa is None or sb is None or sa[0] != sb[0] or not sa[2] or not sb[2]:
        return None
    if sa[1] == "near" and sb[1] == "near":
        return None
    oa, ob = sa[3], sb[3]
    if oa != ob and not (
        {oa, ob} <= {None, "first"} or ("another" in (oa, ob) and not {oa, ob} & {None, "first"})
    ):
        return None
    others_a = [e.text for e in a.slots.entities]
    others_b = [e.text for e in b.slots.entities]
    for x in sa[2]:
        for y in sb[2]:
            if x.lower() in b.text.lower() or y.lower() in a.text.lower():
                return None
            if any(same_place(x, p) or _nested(x, p) for p in others_b):
                return None
            if any(same_place(y, p) or _nested(y, p) for p in others_a):
                return None
            if _nested(x, y) or names.town_in(x, y) or names.town_in(y, x):
                return None
            if _spelled_alike(x, y) and not _compass_apart(x, y):
                return None
            for name in (x, y):
                if names.is_region(name) or _major_place(name):
                    return None
            if names.is_world_city(x) and names.is_world_city(y):
                if not _located_apart(x, "town", y, "town"):
                    return None
    return sa[2][0], sb[2][0]


# An authority of a place: "Prosecutors in Annecy", "the authorities in the
# neighbouring Bryansk region", "Police in Fujairah" (before the place), "Ras
# Al Khaimah police", "the Belgorod regional authorities" (after it).
_AUTHORITIES = {
    "police": "police",
    "prosecutor": "prosecutors",
    "prosecutors": "prosecutors",
    "authorities": "authorities",
}
_AUTHORITY_WORDS = "|".join(_AUTHORITIES)
_AUTHORITY_BEFORE_RE = re.compile(
    rf"\b({_AUTHORITY_WORDS})\s+in\s+(?:the\s+)?(?:neighbou?ring\s+|nearby\s+)?$", re.IGNORECASE
)
_AUTHORITY_AFTER_RE = re.compile(
    rf"\s+(?:(?:regional|region|province|provincial|state|city|county|district)\s+)?"
    rf"({_AUTHORITY_WORDS})\b",
    re.IGNORECASE,
)


@per_claim
def _authority_places(claim: Claim) -> Mapping[str, tuple[str, ...]]:
    """Kind of authority -> the places the sentence makes it the authority of."""
    out: dict[str, list[str]] = {}
    for e in claim.slots.entities:
        if e.kind != "place" and not (
            e.kind in ("org", "unknown")
            and (names.is_world_city(e.text) or names.is_region(e.text))
        ):
            continue
        m = _AUTHORITY_BEFORE_RE.search(claim.text[max(0, e.start - 60) : e.start])
        m = m or _AUTHORITY_AFTER_RE.match(claim.text, e.end)
        if m:
            places = out.setdefault(_AUTHORITIES[m.group(1).lower()], [])
            if e.text not in places:
                places.append(e.text)
    return MappingProxyType({k: tuple(v) for k, v in out.items()})


def _authorities_apart(a: Claim, b: Claim) -> tuple[str, str] | None:
    """One authority of a kind on each side, of two places: "Prosecutors in
    Bonneville" vs "Prosecutors in Annecy", "Ras Al Khaimah police" vs
    "Police in Fujairah", "the authorities in the Belgorod region" vs "in the
    Bryansk region". Not a place holding the other ("Moscow police" vs
    "Russian police"), nor a capital or a country (see below)."""
    pa, pb = _authority_places(a), _authority_places(b)
    for kind in sorted(set(pa) & set(pb)):
        if len(pa[kind]) != 1 or len(pb[kind]) != 1:
            continue
        x, y = pa[kind][0], pb[kind][0]
        if x.lower() in b.text.lower() or y.lower() in a.text.lower():
            continue
        if same_place(x, y) or _nested(x, y) or _spelled_alike(x, y):
            continue
        if names.town_in(x, y) or names.town_in(y, x):
            continue
        if _major_place(x) or _major_place(y):
            # "Police in Soho" vs "London police": a capital's police reach its
            # parts; "the authorities in Moscow" vs "in Kyiv" are two governments.
            continue
        known = [n for n in (x, y) if names.is_world_city(n) or names.is_region(n)]
        if len(known) == 2:
            kx = "region" if names.is_region(x) and not names.is_world_city(x) else "town"
            ky = "region" if names.is_region(y) and not names.is_world_city(y) else "town"
            if kx == ky and not _located_apart(x, kx, y, ky):
                continue
        return x, y
    return None


def _towns_in_one_frame(x: str, a: Claim, y: str, b: Claim) -> bool:
    """Two towns GeoNames puts apart, each the one place of its sentence, in the
    same words ("Part of Mombasa's City Hall" / "Part of Nairobi's City Hall",
    "much of Brno was" / "much of Krnov was"): one slot filled differently."""
    if not all(names.is_city(t) or names.is_known_town(t) for t in (x, y)):
        return False
    fx, fy = _frame(x, a.text), _frame(y, b.text)
    return fx is not None and fx == fy and all(fx) and _located_apart(x, "town", y, "town")


# A numbered part of a site: "Runway 23", "Gate B12", "Terminal 5", "Platform
# 9", "Reactor 4". Numbers a figure reader takes for names; two of one kind are
# two places (new116: "came down on Runway 23" vs "touched down on Runway 24R").
_DESIGNATOR_RE = re.compile(
    r"\b(runway|gate|terminal|platform|pier|berth|track|highway|interstate|route|exit|reactor|unit"
    r"|hangar|holding\s+point|taxiway)"
    # "reactor No. 4", "holding point C5"
    r"\s+(?:(?:No\.?|number)\s*)?((?:[0-9]{1,4}[A-Z]?)|(?:[A-Z][0-9]{1,3}))(?![\w-])"
    # "runway 28 Left" is runway 28L.
    r"(?:\s+(?P<side>Left|Right|Cent(?:er|re))\b)?",
    re.IGNORECASE,
)


@lru_cache(maxsize=65536)
def _designators(text: str) -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for m in _DESIGNATOR_RE.finditer(text):
        side = m["side"][0].upper() if m["side"] and m.group(2)[-1].isdigit() else ""
        kind = " ".join(m.group(1).lower().split())
        out.setdefault(_DESIGNATOR_KINDS.get(kind, kind), set()).add(m.group(2).upper() + side)
    for m in _FLOOR_RE.finditer(text):
        n = m["n"].lower()
        out.setdefault("floor", set()).add(str(_ORDINALS.get(n) or int(re.sub(r"\D", "", n))))
    return {kind: frozenset(codes) for kind, codes in out.items()}


# One numbered part called two ways: a nuclear plant's "Unit 3" is its reactor No. 3.
_DESIGNATOR_KINDS = {"unit": "reactor"}
_ORDINALS = {
    w: i
    for i, w in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split(),
        start=1,
    )
}
# "on the fifth level", "from the 3rd floor": the storey of a building something
# happened on (new91: "confronted the attacker on the fifth level" vs "on the third floor").
_FLOOR_RE = re.compile(
    r"\b(?:on|at|from|to|onto|reached)\s+(?:the\s+)?(?P<n>(?:" + "|".join(_ORDINALS) + r")"
    r"|\d{1,3}(?:st|nd|rd|th))\s+(?:floor|level|storey|story)\b",
    re.IGNORECASE,
)


def _designators_apart(a: str, b: str) -> tuple[str, str] | None:
    """("Runway 23", "Runway 24R") when both name a numbered part of one kind and share none."""
    da, db = _designators(a), _designators(b)
    for kind in sorted(da.keys() & db.keys()):
        if not da[kind] & db[kind]:
            name = kind.capitalize()
            return (
                "; ".join(f"{name} {c}" for c in sorted(da[kind])),
                "; ".join(f"{name} {c}" for c in sorted(db[kind])),
            )
    return None


# "in the tunnel between Russell Square and King's Cross", "between the Olivos
# and Tezonco stations": a stretch named by its two ends.
_NAME = r"[A-Z][\w'\u2019.-]*(?:\s+(?:[A-Z][\w'\u2019.-]*|de|del|la|of|the))*"
_BETWEEN_RE = re.compile(
    rf"\bbetween\s+(?:the\s+)?(?P<x>{_NAME})\s+and\s+(?:the\s+)?(?P<y>{_NAME})"
    r"(?P<after>\s+[a-z]+)?"
)


def _stretches(claim: Claim) -> list[tuple[str, str]]:
    """The two ends of each "between X and Y" that names a place: one end typed
    a place, or a place word after ("stations")."""
    out = []
    for m in _BETWEEN_RE.finditer(claim.text):
        x, y = m["x"].rstrip("."), m["y"].rstrip(".")
        if any(names.is_region(n) or _major_place(n) for n in (x, y)):
            continue  # "talks between Russia and Ukraine": two parties, not a stretch
        after = (m["after"] or "").strip().lower()
        placed = any(
            e.kind == "place" and m.start("x") <= e.start and e.end <= m.end("y")
            for e in claim.slots.entities
        )
        if placed or after.rstrip("s") in names.PLACE_SUFFIX_WORDS:
            out.append((x, y))
    return out


def _stretches_apart(a: Claim, b: Claim) -> tuple[str, str] | None:
    """One stretch on each side sharing one end and not the other: "between
    King's Cross and Russell Square" vs "between Russell Square and Holborn"
    (new214), "between the Olivos and Tezonco stations" vs "between Tezonco and
    Periférico Oriente stations" (new135). The same two ends in either order
    agree; so does a far end one side names elsewhere."""
    sa, sb = _stretches(a), _stretches(b)
    if len(sa) != 1 or len(sb) != 1:
        return None
    (xa, ya), (xb, yb) = sa[0], sb[0]

    def same(p: str, q: str) -> bool:
        return same_place(p, q) or _spelled_alike(p, q) or _nested(p, q)

    for shared_a, other_a in ((xa, ya), (ya, xa)):
        for shared_b, other_b in ((xb, yb), (yb, xb)):
            if not same(shared_a, shared_b) or same(other_a, other_b):
                continue
            if same(other_a, shared_b) or same(other_b, shared_a):
                continue
            if other_a.lower() in b.text.lower() or other_b.lower() in a.text.lower():
                continue
            return f"between {xa} and {ya}", f"between {xb} and {yb}"
    return None


# Between a named thing and the place it is said to be in: "Zion Church, an
# evangelical church in", "Olenya air base, in the", "Champlain Towers South
# stood at 8777": a few lower-case words, then "in" or "at".
_ANCHOR_GAP_RE = re.compile(
    r"(?:['\u2019]s)?(?P<words>(?:\s+[a-z][\w'\u2019-]*){0,3}?),?"
    r"(?:\s+(?:an?|the)(?P<apposed>(?:\s+[a-z][\w'\u2019-]*){1,3}?))?"
    r"\s+(?:in|at)\s+(?:the\s+)?(?:\d[\w-]*\s+)?"
)
_STREET_WORDS = frozenset("street avenue road boulevard lane drive way highway".split())
_REGION_WORD_AFTER_RE = re.compile(r"\s+(?:region|oblast|province|state|governorate|prefecture)\b")


def _anchored(claim: Claim) -> dict[str, list[Entity]]:
    """Named things (any kind of name but a person's) each with the places the
    sentence puts them in, the nearest first: "Zion Church in Batticaloa" ->
    {"Zion Church": [Batticaloa]}; places written right after that place
    (`_locators`) follow it ("Collins Avenue in Bal Harbour")."""
    ents = sorted(claim.slots.entities, key=lambda e: e.start)
    located_in = {
        text: before for text, (before, measured) in _locators(claim).items() if not measured
    }
    out: dict[str, list[Entity]] = {}
    for i, x in enumerate(ents[:-1]):
        if x.kind == "person" and _person_like(x.text):
            words = {w.rstrip("s") for w in names.fold_accents(x.text).lower().split()}
            if not words & (_BUILDING_WORDS | _FACILITIES | names.PLACE_SUFFIX_WORDS):
                continue  # "Smith in London": where a person was, not where a thing is
        p = ents[i + 1]
        if p.kind != "place" and not (p.kind == "unknown" and names.is_world_city(p.text)):
            continue
        m = _ANCHOR_GAP_RE.fullmatch(claim.text, x.end, p.start)
        if m is None:
            continue
        words = {w.lower() for w in re.findall(r"[A-Za-z]+", claim.text[x.end : p.start])}
        if words & _NOT_LOCATOR_WORDS:
            continue
        chain = [p]
        for e in ents[i + 2 :]:
            if located_in.get(e.text) == chain[-1].text:
                chain.append(e)
        out.setdefault(x.text, chain)
    return out


def _standing(place: Entity, claim: Claim) -> str | None:
    """ "country"; "region" for a region or a name followed by "region" ("the
    Murmansk region"), "town" for a town GeoNames knows, "small" for a name it does not
    know that names no area ("Surfside"); None for streets and areas."""
    words = names.fold_accents(place.text).lower().split()
    if words[-1] in _STREET_WORDS or _area_like(place.text, claim):
        if _REGION_WORD_AFTER_RE.match(claim.text, place.end):
            return "region"
        return None
    if names.is_country(place.text):
        return "country"  # not "the Muan airport in South Korea" / "in South Jeolla province"
    if names.is_region(place.text) or _major_place(place.text):
        return "region" if not names.is_world_city(place.text) else "town"
    if _REGION_WORD_AFTER_RE.match(claim.text, place.end):
        return "region"
    return "town" if names.is_world_city(place.text) else "small"


def _anchors_apart(a: Claim, b: Claim) -> tuple[str, str] | None:
    """One named thing put in two places of one standing: "Zion Church in
    Batticaloa" vs "Zion Church, an evangelical church in Trincomalee"
    (new134), "Olenya air base in the Murmansk region" vs "in the Arkhangelsk
    region" (new119), "Collins Avenue in Surfside" vs "Collins Avenue in Bal
    Harbour" (new136). Two towns GeoNames knows and puts apart, two regions,
    or two names it does not know; a known town against an unknown name may be
    the town and a part of it ("the Kremlin in Moscow" / "in Kitay-gorod"), and
    a place the other side names too, or one holding the other, agrees."""
    pa, pb = _anchored(a), _anchored(b)
    for xa, chain_a in pa.items():
        for xb, chain_b in pb.items():
            if not names.same_entity(xa, xb):
                continue
            found = _chains_apart(chain_a, a, chain_b, b)
            if found is not None:
                return found
    return None


def _chains_apart(
    chain_a: Sequence[Entity], a: Claim, chain_b: Sequence[Entity], b: Claim
) -> tuple[str, str] | None:
    def related(p: str, q: str) -> bool:
        return bool(
            same_place(p, q)
            or _nested(p, q)
            or _spelled_alike(p, q)
            or names.town_in(p, q)
            or names.town_in(q, p)
            or _named_after(p, q)
            or _named_after(q, p)
            or _country_and_part(p, q)
            or _country_and_part(q, p)
        )

    if any(related(p.text, q.text) for p in chain_a for q in chain_b):
        # One place both name ("Collins Avenue"): the next one down each side.
        chain_a = [p for p in chain_a if not any(related(p.text, q.text) for q in chain_b)]
        chain_b = [q for q in chain_b if not any(related(p.text, q.text) for p in chain_a)]
    xs = [(p, _standing(p, a)) for p in chain_a]
    ys = [(q, _standing(q, b)) for q in chain_b]
    xs = [(p, s) for p, s in xs if s is not None]
    ys = [(q, s) for q, s in ys if s is not None]
    if not xs or not ys:
        return None
    (x, sx), (y, sy) = xs[0], ys[0]
    if sx != sy:
        return None
    if x.text.lower() in b.text.lower() or y.text.lower() in a.text.lower():
        return None

    def named(p: str, others: Sequence[str]) -> bool:
        return any(same_place(p, q) or _nested(p, q) or _spelled_alike(p, q) for q in others)

    if named(x.text, _places(b)) or named(y.text, _places(a)):
        return None
    if sx == "town" and names.same_town(x.text, y.text):
        return None
    return x.text, y.text


_BEARINGS = {"north": 0, "east": 90, "south": 180, "west": 270}
# "40 kilometres north-west of the city of Herat", "south-west of Herat city":
# a side of a town, the town's kind allowed before its name.
_BEARING_OF_RE = re.compile(
    r"\b(?P<dir>(?i:(?:north|south|east|west)(?:[- ]?(?:north|south|east|west)){0,2}))"
    r"\s+of\s+(?:the\s+)?(?:(?i:city|town|village|island)\s+of\s+)?"
    r"(?P<place>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)*)"
)


_FROM_BEFORE_RE = re.compile(r"\b(?:from|between)\s+(?:just\s+|the\s+)?$", re.IGNORECASE)


def _bearing(word: str) -> float | None:
    """Degrees of a compass word: "north-west" 315, "south" 180, "north-northeast" 22.5."""
    parts = re.findall(r"north|south|east|west", word.lower())
    if not parts or len(parts) > 3:
        return None
    if len(parts) == 3:  # "north-northeast": between the first and the pair after it
        pair = _bearing("".join(parts[1:]))
        one = _bearing(parts[0])
        return None if pair is None or one is None else _mean_bearing(one, pair)
    if len(parts) == 2:
        return _mean_bearing(_BEARINGS[parts[0]], _BEARINGS[parts[1]])
    return float(_BEARINGS[parts[0]])


def _mean_bearing(x: float, y: float) -> float:
    if abs(x - y) > 180:
        (x, y) = (x + 360, y) if x < y else (x, y + 360)
    return ((x + y) / 2) % 360


def _bearings_apart(a: Claim, b: Claim) -> tuple[str, str] | None:
    """One town on each side, the thing put on sides of it a right angle or more
    apart: "about 40 kilometres northwest of the city of Herat" vs "south-west
    of Herat city" (new126), "south-east of Bornholm" vs "south-west of
    Bornholm" (new56). Sides 45 degrees apart ("north" / "north-west") may be
    one place seen two ways; opposite ones are `direction_differs`' (and a
    check's dissent would take them for another place: `verdicts`)."""

    def sides(text: str) -> list[tuple[str, str]]:
        return [
            (m["place"], m["dir"])
            for m in _BEARING_OF_RE.finditer(text)
            # "a path from south of Dallas toward Louisiana": where a stretch starts
            if not _FROM_BEFORE_RE.search(text[: m.start()])
        ]

    sa, sb = sides(a.text), sides(b.text)
    if len(sa) != 1 or len(sb) != 1:
        return None
    (pa, da), (pb, db) = sa[0], sb[0]
    if not same_place(pa, pb):
        return None
    x, y = _bearing(da), _bearing(db)
    if x is None or y is None:
        return None
    gap = abs(x - y) % 360
    if min(gap, 360 - gap) < 90:
        return None
    norm_a, norm_b = (re.sub(r"[- ]", "", d.lower()) for d in (da, db))
    if _opposite_sides(norm_a, norm_b):
        return None  # east vs west of one town: `direction_differs`
    return f"{da} of {pa}", f"{db} of {pb}"


def _unless_adjective(places: Sequence[str], others: Sequence[str], other_text: str) -> list[str]:
    """``places`` but those the other side names only by the country's adjective."""
    return [
        p
        for p in places
        if any(same_place(p, q) for q in others) or not names.demonym_names(p, other_text)
    ]


def _capital_against_town(a: Claim, b: Claim) -> tuple[str, str] | None:
    """ "in the Ukrainian capital" on one side, another town of that country
    (GeoNames) on the other, which the first side does not name: "drones struck
    ... in the Ukrainian capital" vs "... in Lviv"."""
    for x, y in ((a, b), (b, a)):
        found = names.capital_by_adjective(x.text)
        if found is None:
            continue
        capital, country, written = found
        ex = _places(x)
        towns = [
            e
            for e in _places(y)
            if not same_place(e, capital)
            and not same_place(e, country)
            and names.capital_country(e) is None
            and not any(same_place(e, p) for p in ex)
            and names.town_in(e, country)
        ]
        if len(towns) == 1 and not re.search(r"\bcapital\b", y.text, re.IGNORECASE):
            return (written, towns[0]) if x is a else (towns[0], written)
    return None


def place_differs(a: Claim, b: Claim) -> Finding | None:
    """One place swapped for another of the same standing.

    Countries and capitals, nested names, or two located places (see
    `_located`) where both sentences say the thing happened ("a rally in New
    Taipei" vs "a rally in Taichung"; "arrested in Hong Kong" vs "in the
    Bahamas"; a town and a region count only when GeoNames puts the town
    elsewhere) count: "met in the Kremlin" vs "talks in Moscow" is one side
    being more specific, which the rule cannot tell from a conflict without a
    map, so it stays corroborated.
    """
    numbered = _designators_apart(a.text, b.text)
    if numbered is not None:
        return Finding(Kind.PLACE, "place_differs", *numbered)
    seats = _seats_apart(a, b)
    if seats is not None:
        return Finding(Kind.PLACE, "place_differs", *seats)
    capital = _capital_against_town(a, b)
    if capital is not None:
        return Finding(Kind.PLACE, "place_differs", *capital)
    stretch = _stretches_apart(a, b)
    if stretch is not None:
        return Finding(Kind.PLACE, "place_differs", *stretch)
    bearings = _bearings_apart(a, b)
    if bearings is not None:
        return Finding(Kind.PLACE, "place_differs", *bearings)
    if not a.slots.entities or not b.slots.entities:
        return None
    qualifiers = _qualifiers_apart(a, b)
    if qualifiers is not None:
        return Finding(Kind.PLACE, "place_differs", *qualifiers)
    # A country the other side names by its adjective ("based in Taiwan" vs
    # "the Taiwanese company") is on both sides.
    ea, eb = _places(a), _places(b)
    ea, eb = _unless_adjective(ea, eb, b.text), _unless_adjective(eb, ea, a.text)
    la, lb = _located(a), _located(b)
    swapped = _one_swapped(ea, eb, same_place)
    if swapped and (names.town_in(*swapped) or names.town_in(swapped[1], swapped[0])):
        swapped = (
            None  # "home to Tampa, Florida" / "returned to the United States": one more specific
        )
    if swapped and (_named_after(*swapped) or _named_after(swapped[1], swapped[0])):
        swapped = None  # "the suburb of Linwood" / "the Linwood Islamic Centre": a building there
    # "brought ashore at Port Fourchon, Louisiana" vs "brought to Venice,
    # Louisiana": one place on each side qualified by one region, each absent
    # from the other side (other places both name, "a hotel in Kenner", agree).
    qa, qb = _qualified(a), _qualified(b)
    if len(qa) == 1 and len(qb) == 1:
        (x, rx), (y, ry) = next(iter(qa.items())), next(iter(qb.items()))
        if (
            same_place(rx, ry)
            and not any(same_place(x, p) for p in (*eb, *qb))
            and not any(same_place(y, p) for p in (*ea, *qa))
            and not _nested(x, y)
        ):
            return Finding(Kind.PLACE, "place_differs", f"{x}, {rx}", f"{y}, {ry}")
    designated = _designated_apart(a, b)
    if designated is not None:
        return Finding(Kind.PLACE, "place_differs", *designated)
    containers = _containers_apart(a, b)
    if containers is not None:
        return Finding(Kind.PLACE, "place_differs", *containers)
    anchored = _anchors_apart(a, b)
    if anchored is not None:
        return Finding(Kind.PLACE, "place_differs", *anchored)
    sites = _town_sites_apart(a, b)
    if sites is not None:
        return Finding(Kind.PLACE, "place_differs", *sites)
    origins = _origins_apart(a, b)
    if origins is not None:
        return Finding(Kind.PLACE, "place_differs", *origins)
    near = _near_places_apart(a, b)
    if near is not None:
        return Finding(Kind.PLACE, "place_differs", *near)
    event_sites = _event_sites_apart(a, b)
    if event_sites is not None:
        return Finding(Kind.PLACE, "place_differs", *event_sites)
    carried = _carried_apart(a, b)
    if carried is not None:
        return Finding(Kind.PLACE, "place_differs", *carried)
    superlative = _superlative_sites_apart(a, b)
    if superlative is not None:
        return Finding(Kind.PLACE, "place_differs", *superlative)
    venues = _venues_apart(a, b)
    if venues is not None:
        return Finding(Kind.PLACE, "place_differs", *venues)
    authorities = _authorities_apart(a, b)
    if authorities is not None:
        return Finding(Kind.PLACE, "place_differs", *authorities)
    if swapped is None:
        # Other places may fill other slots ("start-ups in the US"); one town
        # (or one province) where the thing is, or where someone went, on each
        # side, still says where.
        da, db = _destinations(a), _destinations(b)
        for (pa, pb), wanted in product(((la, lb), (da, db)), ("town", "region")):
            ta = [p for p, kind in pa.items() if kind == wanted]
            tb = [p for p, kind in pb.items() if kind == wanted]
            if len(ta) == 1 and len(tb) == 1:
                x, y = ta[0], tb[0]
                if (
                    not any(same_place(x, p) for p in eb)
                    and not any(same_place(y, p) for p in ea)
                    and _located_apart(x, wanted, y, wanted)
                ):
                    return Finding(Kind.PLACE, "place_differs", x, y)
        towns = _towns_apart(a, b)
        if towns is not None:
            return Finding(Kind.PLACE, "place_differs", *towns)
        # "near Keaton Beach in Florida's Big Bend" vs "near Cedar Key": the
        # first place of each, the rest saying where it is; unless the other
        # side names it too ("a funeral Mass in St Peter's Square" against
        # "buried in the Basilica of Santa Maria Maggiore after a funeral Mass
        # in St Peter's Square").
        if (
            ea
            and eb
            and not any(same_place(ea[0], p) for p in eb)
            and not any(same_place(eb[0], p) for p in ea)
            and _small_places_apart(ea[0], a, eb[0], b)
        ):
            return Finding(Kind.PLACE, "place_differs", ea[0], eb[0])
        # One facility of a kind on each side, whatever towns surround them:
        # "from Moscow's Vnukovo airport, bound for St Petersburg" vs "from
        # Sheremetyevo airport on a flight to St Petersburg".
        facility = _one_facility_each(
            tuple(dict.fromkeys((*ea, *_buildings(a), *_named_sites(a)))),
            a,
            tuple(dict.fromkeys((*eb, *_buildings(b), *_named_sites(b)))),
            b,
        )
        if facility is not None:
            return Finding(Kind.PLACE, "place_differs", *facility)
        venues = _sites_of_two_kinds(
            tuple(dict.fromkeys((*ea, *_buildings(a), *_named_sites(a)))),
            a,
            tuple(dict.fromkeys((*eb, *_buildings(b), *_named_sites(b)))),
            b,
        )
        if venues is not None:
            return Finding(Kind.PLACE, "place_differs", *venues)
        core = _core_places_apart(a, b)
        if core is not None:
            return Finding(Kind.PLACE, "place_differs", *core)
        slot = _places_in_one_slot(a, b)
        return Finding(Kind.PLACE, "place_differs", *slot) if slot else None
    x, y = swapped
    for pa, pb in ((la, lb), (_destinations(a), _destinations(b))):
        if x in pa and y in pb and _located_apart(x, pa[x], y, pb[y]):
            return Finding(Kind.PLACE, "place_differs", x, y)
    if _small_places_apart(x, a, y, b):
        return Finding(Kind.PLACE, "place_differs", x, y)
    if _designations_differ(x, y) or _regions_apart(x, a, y, b) or _features_apart(x, y):
        return Finding(Kind.PLACE, "place_differs", x, y)
    if _facilities_apart(x, a, y, b):
        return Finding(Kind.PLACE, "place_differs", x, y)
    venues = _sites_of_two_kinds(ea, a, eb, b)
    if venues is not None:
        return Finding(Kind.PLACE, "place_differs", *venues)
    if len(ea) == 1 and len(eb) == 1 and _towns_in_one_frame(x, a, y, b):
        return Finding(Kind.PLACE, "place_differs", x, y)
    if len(ea) == 1 and len(eb) == 1 and _both_near(x, a, y, b):
        return Finding(Kind.PLACE, "place_differs", x, y)
    # Beyond two places a sentence lists them ("Russia, Belarus and Ukraine"),
    # and one more or less in a list is no swap.
    if len(ea) <= 2 and len(eb) <= 2 and ((_major_place(x) and _major_place(y)) or _nested(x, y)):
        return Finding(Kind.PLACE, "place_differs", x, y)
    core = _core_places_apart(a, b)
    if core is not None:
        return Finding(Kind.PLACE, "place_differs", *core)
    slot = _places_in_one_slot(a, b)
    return Finding(Kind.PLACE, "place_differs", *slot) if slot else None


# "made landfall at West End" vs "made another landfall near East End", "the
# epicentre near Barpak" vs "the epicentre near Lamjung": a place after the
# same word and a preposition of one sense (where / from where / to where).
_SLOT_PREPOSITIONS = {
    **dict.fromkeys("in at near on outside inside off along across".split(), "where"),
    "from": "from",
    **dict.fromkeys("to into toward towards".split(), "to"),
}
_SLOT_BEFORE_RE = re.compile(
    rf"\b(?P<prep>{'|'.join(_SLOT_PREPOSITIONS)})\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:[\w-]+(?:'s)?\s+){0,3}$",
    re.IGNORECASE,
)
_SLOT_WORD_RE = re.compile(r"[A-Za-z]+")
# Words that say nothing of which slot a place fills.
_SLOT_STOP = frozenset(
    "the a an of in at on near from to by with and or but was were is are been be had has have "
    "said says say that which who its his her their this these those it he she they there also "
    "then into outside inside off after before while when where as for about up out over under "
    "than more most some all one two three first second third last later earlier yesterday today "
    "tonight monday tuesday wednesday thursday friday saturday sunday morning afternoon evening "
    "night week local time city town village district province region state country area site "
    "will would could may might can just only still".split()
)
# "the Tver region": a region, whatever GeoNames knows ("Besiktas district" is a town's part).
_AREA_AFTER_RE = re.compile(
    r"\s+(?:region|province|state|county|oblast|prefecture)\b", re.IGNORECASE
)
_SLOT_STEM = 5  # "epicentre"/"epicenter", "landfall"/"landfalls"


def _slot_of(claim: Claim, e: Entity) -> tuple[str, frozenset[str]] | None:
    """The preposition's sense and the last two content words before it, for a
    place put somewhere by a preposition; None for a container of the place
    before it ("Severo-Kurilsk in the Kuril Islands") or no preposition."""
    before = claim.text[max(0, e.start - 80) : e.start]
    m = _SLOT_BEFORE_RE.search(before)
    if m is None:
        return None
    start = e.start - len(before) + m.start()
    if any(0 <= start - f.end <= 3 for f in claim.slots.entities if f.kind == "place"):
        return None
    clause = re.split(r"[,;:()\u2014\"]", before[: m.start()])[-1]
    words = [w.lower() for w in _SLOT_WORD_RE.findall(clause) if not w[0].isupper()]
    words = [w for w in words if w not in _SLOT_STOP and len(w) > 2]
    return _SLOT_PREPOSITIONS[m["prep"].lower()], frozenset(w[:_SLOT_STEM] for w in words[-2:])


def _distinctive(name: str) -> str:
    """A place name less its generic words: "Yangon International Airport" -> "yangon"."""
    return " ".join(sorted(_tokens(name) - GENERIC_PLACE_WORDS)) or name


def _places_in_one_slot(a: Claim, b: Claim) -> tuple[str, str] | None:
    """Two places, one on each side, that the other side does not name, each
    after the same word and a preposition of one sense (see above). Neither may
    be a country, a region or a world city: "a Jakarta hospital" against "the
    Java Sea" may be one side being more specific."""

    def unmatched(x: Claim, other: Claim) -> list[Entity]:
        return [
            e
            for e in x.slots.entities
            if e.kind == "place"
            and e.text.lower() not in other.text.lower()
            and not any(
                same_place(e.text, f.text) or _nested(e.text, f.text) for f in other.slots.entities
            )
            and not names.is_world_city(e.text)
            and not names.is_region(e.text)
            and not _major_place(e.text)
            and not _AREA_AFTER_RE.match(x.text, e.end)
        ]

    slots_b = [(y, _slot_of(b, y)) for y in unmatched(b, a)]
    for x in unmatched(a, b):
        sx = _slot_of(a, x)
        if sx is None:
            continue
        for y, sy in slots_b:
            if sy is None or sy[0] != sx[0] or not sx[1] & sy[1]:
                continue
            if names.town_in(x.text, y.text) or names.town_in(y.text, x.text):
                continue
            # Two spellings of one name ("Hrabove" / "Grabovo"), by the words
            # that tell places apart ("Yangon" / "Mandalay" International Airport).
            if _spelled_alike(_distinctive(x.text), _distinctive(y.text)):
                continue
            return x.text, y.text
    return None


# Where the worst, the most or the largest of something was: "the worst-hit
# area was Chimanimani district" vs "the worst-hit district was Chipinge";
# "Zindajan accounted for the great majority of the deaths" vs "Most of the
# deaths were in Ghoryan district"; "the largest waves ... struck Ust-Kamchatsk"
# vs "The biggest waves ... swept into Severo-Kurilsk". One place holds the
# most of one thing, so two places each said to hold it differ.
_SUPERLATIVE_RE = re.compile(
    r"\b(?:worst|hardest|largest|biggest|highest|heaviest|tallest|greatest"
    r"|(?:most|(?:great\s+)?majority|bulk)\s+of\s+the)\b",
    re.IGNORECASE,
)
_SUPERLATIVE_WORDS = frozenset(
    "worst hardest largest biggest highest heaviest tallest greatest most great majority bulk "
    "hit".split()
)
_SUPERLATIVE_PLACE_RE = re.compile(
    r"(?P<verb>\b(?:was|were)\s+(?:(?:in|at|around|on|near)\s+)?"
    r"|\b(?:struck|hit|reached|swamped|battered|lashed|flooded|swept\s+into"
    r"|measured\s+(?:in|at|on))\s+)?"
    r"(?(verb)|\b(?:in|at|around|on|near|into)\s+)"
    r"(?:the\s+)?(?:(?:[a-z-]+\s+){0,2}?(?:town|city|village|port|district|island|municipality"
    r"|county)\s+of\s+)?(?=[A-Z])"
)
_ACCOUNTED_RE = re.compile(r"\s+accounted\s+for\s+(?:the\s+)?(?:great\s+)?(?:majority|bulk|most)\b")
_LEVEL_AFTER_RE = re.compile(
    r"\s+(?:province|region|state|oblast|governorate|prefecture)\b", re.IGNORECASE
)
# "near the border with Iran", "north-east of Houston", "near the Louisiana
# border": a place named to say where another is, no scope of the claim.
_REFERENCE_BEFORE_RE = re.compile(
    r"(?:\bborder\s+with|\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of"
    r"|\bnear\s+the|\bfrom)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _superlative_site(claim: Claim) -> tuple[str, frozenset[str]] | None:
    """The place said to hold the worst, most or largest of something (see
    above) and the content words that say what ("deaths", "waves",
    "worst-hit"), or None."""
    text = claim.text
    for e in claim.slots.entities:
        m = _ACCOUNTED_RE.match(text, e.end)
        if m and e.kind != "person":
            return e.text, _content_stems(text[m.start() : m.start() + 60])
    cue = _SUPERLATIVE_RE.search(text)
    if cue is None:
        return None
    rest = text[cue.start() :]
    stop = re.search(r"[;:]", rest)
    rest = rest[: stop.start()] if stop else rest
    found = None
    for m in _SUPERLATIVE_PLACE_RE.finditer(rest):
        name = _SITE_NAME_RE.match(rest, m.end())
        if name is None or name.group().lower().split()[0] in names._MONTHS_DAYS:
            continue
        if rest[name.end() : name.end() + 2] in ("'s", "\u2019s"):
            continue
        if names.is_region(name.group()) or _major_place(name.group()):
            continue  # "the highest wave recorded in Japan": the scope, not the site
        if found is None or (m["verb"] and not found[2]):
            found = (name.group().rstrip("."), m.start(), bool(m["verb"]))
        if m["verb"]:
            break
    if found is None:
        return None
    return found[0], _content_stems(rest[: found[1]])


def _content_stems(text: str) -> frozenset[str]:
    words = [w.lower() for w in _SLOT_WORD_RE.findall(text) if not w[0].isupper() or w.isupper()]
    return (
        frozenset(
            w[:_SLOT_STEM]
            for w in words
            if w not in _SLOT_STOP and w not in _SUPERLATIVE_WORDS and len(w) > 2
        )
        | frozenset(w for w in re.findall(r"\b\w+-hit\b", text.lower()))
        | _worst_hit(text)
    )


def _worst_hit(text: str) -> frozenset[str]:
    """ "the worst damage", "the hardest hit", "the worst-affected": the place
    harmed most, one thing however it is said."""
    found = re.search(
        r"\b(?:worst|hardest)[- ](?:hit|affected|damage|destruction|devastation|flooding)\b",
        text,
        re.IGNORECASE,
    )
    return frozenset({"worst-hit"}) if found else frozenset()


def _scopes(claim: Claim) -> list[str]:
    """Countries, US states and capitals a claim is about, less those it names
    only to say where something else is ("near the border with Iran")."""
    return [
        e.text
        for e in claim.slots.entities
        if e.kind == "place"
        and (names.is_region(e.text) or _major_place(e.text))
        and not _REFERENCE_BEFORE_RE.search(claim.text[max(0, e.start - 30) : e.start])
    ]


def _superlative_sites_apart(a: Claim, b: Claim) -> tuple[str, str] | None:
    """Two places each said to hold the worst, most or largest of one thing
    (see above): the same words say what ("deaths", "waves", "worst-hit"),
    neither side names the other's place, neither is a province, a state, a
    country or a capital (one side more specific), and when both name a
    country or a state they name one ("In Zimbabwe" on both sides)."""
    sa, sb = _superlative_site(a), _superlative_site(b)
    if sa is None or sb is None or not (sa[1] & sb[1]):
        return None
    (x, _), (y, _) = sa, sb
    if x.lower() in b.text.lower() or y.lower() in a.text.lower():
        return None
    if any(same_place(x, e.text) or _nested(x, e.text) for e in b.slots.entities):
        return None
    if any(same_place(y, e.text) or _nested(y, e.text) for e in a.slots.entities):
        return None
    for name, claim in ((x, a), (y, b)):
        at = claim.text.find(name)
        if names.is_region(name) or _major_place(name):
            return None
        if at >= 0 and _LEVEL_AFTER_RE.match(claim.text, at + len(name)):
            return None
    if _nested(x, y) or names.town_in(x, y) or names.town_in(y, x) or _spelled_alike(x, y):
        return None
    ca, cb = _scopes(a), _scopes(b)
    if ca and cb and not any(same_place(p, q) for p in ca for q in cb):
        return None
    if names.is_world_city(x) and names.is_world_city(y):
        return (x, y) if _located_apart(x, "town", y, "town") else None
    return x, y


# Where someone spoke: "Speaking at the bank's headquarters in Frankfurt" vs
# "Speaking in Vilnius"; "Speaking to reporters at the Fed's headquarters in
# Washington" vs "explained the decision at the New York Federal Reserve";
# "Speaking to House Republicans at a retreat in Florida" vs "Addressing
# Republican lawmakers at the White House". The phrase after the word of
# speaking says where; only places the tool can put on a map count: towns
# GeoNames knows (or a site named after one, "the New York Federal Reserve"),
# countries and US states, and a few seats of power.
_SPEECH_CUE_RE = re.compile(
    r"\b(?:[Ss]peaking|[Aa]ddressing|[Tt]alking|spoke|address|remarks|(?:news|press)\s+conference"
    r"|briefing|told\s+reporters|explained\s+the\s+decision)\b"
)
_VENUE_PREP_RE = re.compile(r"\b(?:at|in|from)\s+")
_VENUE_STOP_RE = re.compile(r"[,;:(\u2014\"\u201c]")
_SEATS_IN = {
    "white house": "Washington",
    "kremlin": "Moscow",
    "downing street": "London",
    "elysee": "Paris",
    "elysee palace": "Paris",
    "zhongnanhai": "Beijing",
    "great hall of the people": "Beijing",
    "blue house": "Seoul",
}
_AWAY_FROM_RE = re.compile(r"\b(?:away|far)\s+from\s+(?:the\s+)?$", re.IGNORECASE)


def _venue_places(claim: Claim) -> list[tuple[str, str]]:
    """(place, "town" or "region") of where the claim's speaker spoke (see above),
    the first words of speaking only; empty when it says no place the tool
    can put on a map."""
    text = claim.text
    cue = _SPEECH_CUE_RE.search(text)
    if cue is None:
        return []
    rest = text[cue.end() : cue.end() + 120]
    stop = _VENUE_STOP_RE.search(rest)
    rest = rest[: stop.start()] if stop else rest
    prep = _VENUE_PREP_RE.search(rest)
    if prep is None:
        return []
    out: list[tuple[str, str]] = []
    for m in _SITE_NAME_RE.finditer(rest, prep.start()):
        name = m.group().rstrip(".")
        if rest[m.end() : m.end() + 2] in ("'s", "\u2019s"):
            continue  # "the Fed's headquarters": an owner, not a place
        folded = names.fold_accents(name).lower()
        seat = _SEATS_IN.get(folded.removeprefix("the "))
        words = name.split()
        town = next(
            (
                " ".join(words[:n])
                for n in range(len(words), 0, -1)
                if names.is_world_city(" ".join(words[:n]))
                and not _region_first(" ".join(words[:n]))
            ),
            None,
        )
        if seat is not None:
            out.append((seat, "town"))
        elif town is not None and (town == name or len(town.split()) > 1):
            out.append((town, "town"))  # "Frankfurt"; "the New York Federal Reserve"
        elif names.is_region(name):
            out.append((name, "region"))
    return out


def _venues_apart(a: Claim, b: Claim) -> tuple[str, str] | None:
    """Each side's speaker spoke somewhere on the map (`_venue_places`), and every
    such place of one side lies apart from every one of the other (two towns,
    or a town outside a region), none named by the other side but as where the
    speaker was not ("away from Frankfurt")."""
    va, vb = _venue_places(a), _venue_places(b)
    if not va or not vb:
        return None

    def named(place: str, claim: Claim) -> bool:
        low = claim.text.lower()
        at = low.find(place.lower())
        while at >= 0:
            if not _AWAY_FROM_RE.search(claim.text[max(0, at - 20) : at]):
                return True
            at = low.find(place.lower(), at + 1)
        return False

    for x, kx in va:
        for y, ky in vb:
            if named(x, b) or named(y, a) or same_place(x, y):
                return None
            if not _located_apart(x, kx, y, ky):
                return None
    return va[0][0], vb[0][0]


# A place put somewhere by the preposition right before it ("a rooftop in
# Aluva", "the port of Zuwara", "travelling from Johannesburg"); the sense of
# the preposition (where / from where / to where) as in `_SLOT_PREPOSITIONS`.
_PUT_RE = re.compile(
    rf"\b(?P<prep>{'|'.join(_SLOT_PREPOSITIONS)})\s+(?:the\s+)?"
    r"(?:(?:downtown|central|(?:north|south)(?:[- ]?(?:east|west))?ern|eastern|western)\s+)?"
    r"(?:(?:[A-Z][a-z]+\s+)?(?P<kind>town|city|village|hamlet|port|island|suburb|district"
    r"|municipality)\s+of\s+)?$"
)
_PART_AFTER_RE = re.compile(
    r"\s+(?:area|district|neighbou?rhood|suburbs?|quarter)\b", re.IGNORECASE
)
_ISLAND_AFTER_RE = re.compile(r"\s+[Ii]sland\b")
# Words of a company's or a body's name put "in" a place's slot ("in Air
# France's history", "at Deutsche Bank").
_NOT_PLACE_WORDS = frozenset(
    "air airlines airways bank party company corporation corp group inc ltd council".split()
)


# A building named by its kind first: "Hotel Libertador", "Stade de France".
_FACILITY_FIRST_RE = re.compile(r"(?:Hotel|Stade|Estadio|Stadio|Stadion|Palacio|Palais|Hospital)\b")


@per_claim
def _put_places(claim: Claim) -> tuple[tuple[str, str, str], ...]:
    """(name, sense of the preposition, standing) of each place a preposition
    puts something at: the places of `_places`, and names the extractor could
    not type that GeoNames knows as towns ("followed the landing from Durban").
    The standing keeps a town from being set against what may lie in it or
    hold it: "region" for a country, a US state or a name followed by
    "state" or "province", "facility" for a building ("the Stade de France"
    may be in Saint-Denis), "part" for a town's area or district, "island"
    for a name called an island, else "place"."""
    placed = set(_places(claim))
    speaker = names.entity_key(claim.slots.attribution) if claim.slots.attribution else None
    out = []
    for e in claim.slots.entities:
        if e.text not in placed and not (
            e.kind == "unknown" and names.is_world_city(e.text) and e.key != speaker
        ):
            continue
        m = _PUT_RE.search(claim.text[max(0, e.start - 60) : e.start])
        if m is None or _tokens(e.text) & _NOT_PLACE_WORDS:
            continue  # "the worst disaster in Air France's history": a company
        if names.is_region(e.text) or _AREA_AFTER_RE.match(claim.text, e.end):
            standing = "region"
        elif _facility(e.text, claim) is not None or _FACILITY_FIRST_RE.match(e.text):
            standing = "facility"
        elif _PART_AFTER_RE.match(claim.text, e.end):
            standing = "part"  # "the Naroda area": part of a town
        elif (
            m["kind"] == "island"
            or _ISLAND_AFTER_RE.match(claim.text, e.end)
            or e.text.split()[-1].lower() == "island"
        ):
            standing = "island"  # "the island of La Palma" holds its villages
        else:
            standing = "place"
        out.append((e.text, _SLOT_PREPOSITIONS[m["prep"].lower()], standing))
    return tuple(out)


def _names_place(claim: Claim, place: str) -> bool:
    """Whether the claim names ``place``, a spelling of it, a part of it or
    what holds it, as far as the tool can tell: written out, by its country's
    adjective, or as a name of any kind ("Thiruvananthapuram" typed unknown)."""
    if place.lower() in claim.text.lower() or names.demonym_names(place, claim.text):
        return True
    for e in claim.slots.entities:
        other = e.text
        if same_place(place, other) or _nested(place, other):
            return True
        if _named_after(place, other) or _named_after(other, place):
            return True
        if _spelled_alike(_distinctive(place), _distinctive(other)):
            return True
        if names.town_in(place, other) or names.town_in(other, place):
            return True
        if names.is_region(other) and (
            _country_and_part(place, other) or _country_and_part(other, place)
        ):
            return True
    return False


def place_unstated(draft: Claim, source: Claim) -> Finding | None:
    """The draft's one place put by a preposition, named nowhere in a source
    sentence that puts the thing at one other place of the same standing with
    a preposition of the same sense ("killed in a Yeti Airlines crash in
    Pokhara" vs "died when a Yeti Airlines Twin Otter crashed in Jumla";
    "a flat in Molenbeek" vs "a flat in Schaerbeek").

    For checking a draft only: `place_differs` must hold for two reports that
    each add places of their own, but a draft sentence that its closest
    source sentence answers with another place states a place no source
    gives. Nothing here knows whether an unknown name lies in a known town
    ("a hillside in Calabasas" / "in the Santa Monica Mountains"), so names
    of different standing (a country, a region, a building, a town) are left
    alone, as is any pair where either side names the other's place in some
    form (`_names_place`).
    """
    mine = [p for p in _put_places(draft) if not _names_place(source, p[0])]
    theirs = [p for p in _put_places(source) if not _names_place(draft, p[0])]
    if len(mine) != 1 or len(theirs) != 1:
        return None
    (x, sense_x, standing_x), (y, sense_y, standing_y) = mine[0], theirs[0]
    if sense_x != sense_y or standing_x != standing_y:
        return None
    return Finding(Kind.PLACE, "place_unstated", x, y)


_COMPASS = r"(?:north|south|east|west)(?:[- ]?(?:north|south|east|west)){0,2}"
_HEADING_RE = re.compile(
    rf"\b(?:moving|moved|heading|headed|travell?ing|travell?ed|tracking|tracked|drift(?:s|ed|ing)"
    rf"|veer(?:s|ed|ing)|turn(?:s|ed|ing)|swung|going|went|drove|driving|fled|fleeing|sped"
    rf"|flew|flying|sailed|sailing|ran|running|walked|marched|spread(?:ing)?|advanc(?:ed|ing))\s+"
    # "drove about five kilometres east", "fled east along the river"
    rf"(?:(?!(?:and|but|then|before|after|when|while)\b)[\w,.-]+\s+){{0,4}}?"
    # lower case: "went to West Bank" names a place
    rf"(?:(?:to|towards?)\s+(?:the\s+)?)?(?P<dir>(?-i:{_COMPASS}))(?:wards?)?\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=65536)
def _heading(text: str) -> tuple[str, str] | None:
    """(normalised, as written) compass heading of a moving thing, or None."""
    m = _HEADING_RE.search(text)
    return (re.sub(r"[- ]", "", m.group("dir").lower()), m.group("dir")) if m else None


# "heeled over onto its starboard side", "banked sharply to the right": the
# side a thing lies on or turns to (port is left, starboard right); "to the
# right of the stage" places something else.
_SIDE_TURNED_RE = re.compile(
    r"\b(?:on|onto|to)\s+(?:its|her|his|their|the)\s+(?P<side>left|right|port|starboard)\b"
    r"(?!\s+of\b)(?!-)",
    re.IGNORECASE,
)
_SIDES = {"left": "left", "port": "left", "right": "right", "starboard": "right"}


@lru_cache(maxsize=65536)
def _side_turned(text: str) -> tuple[str, str] | None:
    """(left or right, as written) of the one side a sentence turns or lies to."""
    found = {(_SIDES[m["side"].lower()], m["side"]) for m in _SIDE_TURNED_RE.finditer(text)}
    return found.pop() if len(found) == 1 else None


# "passed east of Tallahassee", "just west of the capital": a side of a place.
_SIDE_OF_RE = re.compile(
    rf"\b(?P<dir>(?i:{_COMPASS}))\s+of\s+(?:the\s+)?"
    r"(?P<place>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)*)"
)


@lru_cache(maxsize=65536)
def _sides_of(text: str) -> tuple[tuple[str, str, str], ...]:
    """(place key, compass word as written, normalised) for each "X of <Place>"."""
    return tuple(
        (names.entity_key(m["place"]), m["dir"], re.sub(r"[- ]", "", m["dir"].lower()))
        for m in _SIDE_OF_RE.finditer(text)
    )


def _opposite_sides(x: str, y: str) -> bool:
    """Compass words with no shared bearing: east vs west, north vs south-west."""
    axes = (("east", "west"), ("north", "south"))
    return any((p in x and q in y) or (q in x and p in y) for p, q in axes) and not any(
        w in x and w in y for w in ("north", "south", "east", "west")
    )


def direction_differs(a: Claim, b: Claim) -> Finding | None:
    """Opposite direction or state: rose vs fell, open vs closed; two compass
    headings ("moving north-northeast" vs "moving north-northwest"); opposite
    sides of one place ("passed east of Tallahassee" vs "just west of it")."""
    ha, hb = _heading(a.text), _heading(b.text)
    if ha and hb and ha[0] != hb[0]:
        return Finding(Kind.OTHER, "direction_differs", ha[1], hb[1])
    sa, sb = _side_turned(a.text), _side_turned(b.text)
    if sa and sb and sa[0] != sb[0]:
        return Finding(Kind.OTHER, "direction_differs", sa[1], sb[1])
    for key, word, norm in _sides_of(a.text):
        for other_key, other_word, other_norm in _sides_of(b.text):
            if key == other_key and _opposite_sides(norm, other_norm):
                return Finding(Kind.OTHER, "direction_differs", f"{word} of", f"{other_word} of")
    if stance.polarity_conflict(a.text, b.text):
        # "will stay closed until Monday" / "will reopen on Monday": a state
        # that lasts until the day the other side's change happens.
        if _until_met(a, b) or _until_met(b, a):
            return None
        pa = ", ".join(a.slots.polarity) or "?"
        pb = ", ".join(b.slots.polarity) or "?"
        return Finding(Kind.OTHER, "direction_differs", pa, pb)
    return None


# Words that place a part of one thing on one side of it: "a fuel tank in
# the left wing", "the forward cargo hold", "the western entrance to town".
# Each maps to its side; two sides conflict when they are opposite (`_SIDE_OPPOSITE`).
_PART_SIDES = {
    "left": "left", "port": "left", "right": "right", "starboard": "right",
    "front": "front", "forward": "front", "rear": "rear", "aft": "rear",
    "upper": "upper", "lower": "lower", "inner": "inner", "outer": "outer",
    "east": "east", "eastern": "east", "west": "west", "western": "west",
    "north": "north", "northern": "north", "south": "south", "southern": "south",
}  # fmt: skip
_SIDE_OPPOSITE = {
    "left": "right", "right": "left", "front": "rear", "rear": "front", "upper": "lower",
    "lower": "upper", "inner": "outer", "outer": "inner", "east": "west", "west": "east",
    "north": "south", "south": "north",
}  # fmt: skip
# The side word and the common noun it places ("left wing"; not "South Korea",
# a name, nor "the right to", "left for").
_PART_SIDE_RE = re.compile(
    r"\b(?P<side>(?i:" + "|".join(_PART_SIDES) + r"))\s+(?P<noun>[a-z]{3,})\b(?![-\u2019'])"
)
_BOTH_SIDES_RE = re.compile(
    r"\b(?P<first>(?i:"
    + "|".join(_PART_SIDES)
    + r"))\s+(?:and|or|to)\s+(?:the\s+)?"
    + _PART_SIDE_RE.pattern.removeprefix(r"\b")
)
# Nouns after a side word that are no part of a thing: "right to appeal",
# "left behind", "north towards", "upper hand".
_NOT_A_PART = frozenset(
    "to for behind after before on off of in into at from by and or but the a an his her its their"
    " hand towards toward again out over side sides".split()
)


@lru_cache(maxsize=65536)
def _part_sides(text: str) -> dict[str, dict[str, str]]:
    """The sides each noun is placed on in ``text``, each with its words as
    written: {"wing": {"left": "left wing"}}."""
    found: dict[str, dict[str, str]] = {}
    # "the eastern and western entrances", "from the eastern to the western
    # entrance": the noun on both sides.
    for m in _BOTH_SIDES_RE.finditer(text):
        for side in (m["first"], m["side"]):
            placed = found.setdefault(lexical.stem(m["noun"]), {})
            placed.setdefault(_PART_SIDES[side.lower()], m[0])
    for m in _PART_SIDE_RE.finditer(text):
        if m["noun"] not in _NOT_A_PART:
            side = _PART_SIDES[m["side"].lower()]
            found.setdefault(lexical.stem(m["noun"]), {}).setdefault(side, m[0])
    return found


def side_differs(a: Claim, b: Claim) -> Finding | None:
    """One part of a thing placed on opposite sides of it: "ruptured a fuel tank
    in the right wing" vs "in the left wing", "exploded in the rear cargo hold"
    vs "in the forward cargo hold", "a hotel at the town's eastern entrance"
    vs "at the western entrance". Only a noun each sentence places on one side
    alone ("from the eastern to the western entrance" places it on both); a
    name is no part ("South Korea", "East End": see `place_differs`)."""
    sides_b = _part_sides(b.text)
    for noun, mine in _part_sides(a.text).items():
        theirs = sides_b.get(noun, {})
        if len(mine) == 1 and len(theirs) == 1:
            ((x, written_a),) = mine.items()
            ((y, written_b),) = theirs.items()
            if _SIDE_OPPOSITE[x] == y:
                return Finding(Kind.PLACE, "side_differs", written_a, written_b)
    return None


_NEGATED_VERB_RE = re.compile(
    # "n't" ends a word ("doesn't", "couldn’t"), so it takes no word boundary before it
    r"(?:\b(?:no plans? to|no intention of|not|never|won't|cannot|refused to|ruled out"
    # "areas that rescue teams have yet to reach": not reached
    r"|(?:has|have|had|is|are|was|were)\s+yet\s+to"
    r"|fail(?:ed|ing|s)? to|failure to|declin(?:ed|es|ing) to)"
    r"|n['\u2019]t"
    # the apostrophe lost in scraped text: "cant find", "dont know"
    r"|\b(?:ca|do|does|did|is|was|were|are|could|would|should|has|have|had)nt)\s+"
    # "had not yet been done": an adverb is not the action
    r"(?:(?:yet|only|just|even|always|quite|really|fully|necessarily|immediately|previously|ever"
    r"|formally|officially|publicly|initially|widely|directly|properly|already|currently)\s+)?"
    r"(?:be\s+|have\s+|to\s+|been\s+)?(?:been\s+)?[\"\u201c'\u2018]?([a-z]{3,})",
    re.IGNORECASE,
)


# "denied that any curfew was imposed": the verb of the denied clause.
_DENIED_RE = re.compile(
    r"\bden(?:ied|ies|y|ying)\s+that\s+(?:[\w'\u2019-]+\s+){1,4}?"
    r"(?:was|were|is|are|had|has|have)\s+(?:been\s+)?([a-z]{3,})",
    re.IGNORECASE,
)


# An act someone turned down or called too early to speak of: "rejected calls
# to resign" (no resignation), "it was too early to talk about Putin
# congratulating the winner" (no congratulation). The verb of the act.
_REFUSED_ACT_RE = re.compile(
    r"\b(?:reject(?:ed|s|ing)?|rebuff(?:ed|s|ing)?|resist(?:ed|s|ing)?|dismiss(?:ed|es|ing)?"
    r"|defie[sd]|defy(?:ing)?|brush(?:ed|es|ing)\s+(?:aside|off))\s+(?:(?:growing|mounting|repeated"
    r"|widespread|renewed|the|all)\s+)?(?:calls?|demands?|pressure|appeals?|pleas?)\s+"
    r"(?:(?:from|by)\s+(?:[\w'\u2019-]+\s+){1,4}?)?(?:for\s+(?:him|her|them|it)\s+)?to\s+([a-z]{3,})\b"
    r"|\b(?:too\s+(?:early|soon)|premature)\s+to\s+(?:talk|speak|think)\s+(?:about|of)\s+"
    r"(?:[\w'\u2019-]+\s+){0,4}?([a-z]{3,}ing)\b",
    re.IGNORECASE,
)


# Past forms of irregular verbs, read as the base a negation uses ("did not send"
# / "had sent"). Forms that are also common nouns or names ("left", "won",
# "saw", "found", "fed", "led", "rose", "shot", "lay") are left out.
_IRREGULAR_PAST = {
    form: base
    for line in (
        "send sent|take took taken|make made|give gave given|hold held|keep kept|meet met"
        "|pay paid|tell told|bring brought|buy bought|build built|catch caught|fight fought"
        "|get got gotten|hear heard|know knew known|run ran|see seen|sell sold|speak spoke spoken"
        "|stand stood|strike struck|write wrote written|break broke broken|choose chose chosen"
        "|drive drove driven|fly flew flown|fall fell fallen|hide hid hidden|rise risen"
        "|sink sank sunk|begin began begun|come came|go went gone|draw drew drawn"
        "|throw threw thrown|wear wore worn|withdraw withdrew withdrawn|seek sought|teach taught"
        "|understand understood|swear swore sworn|freeze froze frozen|steal stole stolen"
        "|blow blew blown|grow grew grown|shake shook shaken|forget forgot forgotten"
        "|overtake overtook overtaken|undertake undertook undertaken|spend spent|flee fled"
        "|think thought|feel felt"
    ).split("|")
    for base, *forms in [line.split()]
    for form in forms
}


def _verb_stem(word: str) -> str:
    """:func:`lexical.stem` that also meets the short forms it leaves: "ruled"
    and "rule", "cuts" and "cut" (negations are matched verb against verb), and
    the base of an irregular past ("sent" and "send")."""
    word = _IRREGULAR_PAST.get(word.lower(), word)
    # "testified" and "testify", "carried" and "carry": a y turned to i
    if re.fullmatch(r"[A-Za-z]+[^aeiou\W]ie[sd]", word):
        word = word[:-3] + "y"
    w = lexical.stem(word)
    if len(w) == 5 and w.endswith("ed"):
        w = w[:-2]
    elif len(w) == 4 and w.endswith("s") and not w.endswith("ss"):
        w = w[:-1]
    if len(w) >= 4 and w.endswith("e"):
        w = w[:-1]
    return w


_AUXILIARY = r"(?:would|will|could|can|did|does|do|had|has|have|was|were|is|are|should|might|may)"
# "neither admit nor deny the charges": both verbs are denied. Not before an
# auxiliary, where the two words are the subjects ("neither police nor firemen were hurt").
# "had neither asked for nor been granted asylum": a particle or "been" between.
_NEITHER_VERBS_RE = re.compile(
    rf"\b[Nn]either\s+([a-z]{{3,}})(?:\s+(?:for|to|on|in|with|about|up|out|down|off))?"
    rf"\s+nor\s+(?:been\s+|be\s+)?([a-z]{{3,}})\b(?!\s+{_AUXILIARY}\b)"
)
# "Storms had prevented a rescue capsule from locking on": not locked.
_PREVENTED_RE = re.compile(
    r"\b(?:prevent(?:ed|s|ing)?|stopped|stops|kept|keeps|blocked|barred)\s+"
    r"(?:[\w'\u2019-]+\s+){0,5}?from\s+([a-z]{2,}ing)\b",
    re.IGNORECASE,
)
# "had not been drinking or using his cellphone": the second verb, in the
# first one's form, is denied too.
_NEGATED_PAIR_RE = re.compile(
    _NEGATED_VERB_RE.pattern + r"\s+(?:or|nor)\s+(?:been\s+)?([a-z]{2,}(?:ing|ed|en))\b",
    re.IGNORECASE,
)
# "Neither the police nor the mayor would release ...": the verb after the subjects.
_NEITHER_SUBJECTS_RE = re.compile(
    rf"\b[Nn]either\b[^.;,]{{1,60}}?\bnor\b[^.;,]{{1,60}}?\b{_AUXILIARY}\s+"
    r"(?:(?:yet|immediately|publicly|officially|now)\s+)?(?:be\s+|been\s+|have\s+)?([a-z]{3,})"
)


# "None of those on board had been wearing a lifejacket": a subject that
# counts none of a group denies the verb ("A few of those rescued had been
# wearing lifejackets" affirms it; "none was seriously hurt" denies it too).
# ("No one was hurt" / "One was hurt" is a count, left to the numbers.)
_NONE_SUBJECT_RE = re.compile(
    rf"(?:\b[Nn]one(?:\s+of\s+(?:the|those|them|its|their|these|his|her)\b[^.;,]{{0,60}}?)?"
    rf")\s+{_AUXILIARY}\s+"
    r"(?:(?:yet|ever|previously|actually|seriously|immediately|publicly|now)\s+)?"
    r"(?:be\s+|been\s+|have\s+)?(?:been\s+)?([a-z]{3,})"
)


def _none_of_another_group(x: str, y: str, verb: str) -> bool:
    """``x`` denies ``verb`` only as "None of <group> ..." and ``y`` names
    none of the group's words ("None of the passengers had been wearing a
    seatbelt" / "The driver had been wearing one": two groups)."""
    if verb in _negated_stems(_NONE_SUBJECT_RE.sub(" ", x)):
        return False  # denied in other words too
    said = {lexical.stem(w) for w in re.findall(r"[a-z]{3,}", y.lower())}
    for m in _NONE_SUBJECT_RE.finditer(x):
        group = re.match(r"[Nn]one\s+of\s+(.*)", x[m.start() : m.start(1)])
        if group is None or _verb_stem(m.group(1)) != verb:
            continue
        words = {
            lexical.stem(w)
            for w in re.findall(r"[a-z]{3,}", group.group(1).lower())
            if w not in _OBJECT_STOP and not re.fullmatch(_AUXILIARY + "|been|be", w)
        }
        if words and not words & said:
            return True
    return False


# An act left undone by the one who did another: "He left without speaking to
# reporters" (vs "he spoke briefly to reporters"), "declared it without holding
# a cabinet meeting", "was released without being charged". Not a noun in -ing
# ("without warning", "without funding") nor a set phrase ("without saying").
_WITHOUT_ACT_RE = re.compile(
    r"\bwithout\s+(?:(?:first|even|ever|actually|formally|properly)\s+)?"
    r"(?:(?:being|having\s+been)\s+([a-z]{3,}(?:ed|en))"
    r"|(?!(?:warning|saying|anything|nothing|something|funding|training|housing|heating"
    r"|lighting|clothing|meaning|being|having|building|boarding|parking|ceiling)\b)"
    r"([a-z]{3,}ing))\b",
    re.IGNORECASE,
)


_OBJECT_STOP = frozenset(
    "a an the any his her its their to with for from about on at in of by him them it".split()
)


def _without_other_object(x: str, y: str, verb: str) -> bool:
    """``x`` denies ``verb`` only as "without V-ing <object>" and ``y`` names
    none of that object's words ("left without speaking to reporters" against
    "spoke to the judge": two acts)."""
    if verb in _negated_stems(_WITHOUT_ACT_RE.sub(" ", x)):
        return False  # denied in other words too
    said = {lexical.stem(w) for w in re.findall(r"[a-z]{3,}", y.lower())}
    for m in _WITHOUT_ACT_RE.finditer(x):
        if _verb_stem(m.group(1) or m.group(2)) != verb:
            continue
        tail = re.split(r"[,;:.]", x[m.end() :], maxsplit=1)[0].lower()
        words = [w for w in re.findall(r"[a-z]{3,}", tail) if w not in _OBJECT_STOP][:3]
        if words and not any(lexical.stem(w) in said for w in words):
            return True
    return False


# Per-sentence word work, cached: judging compares each sentence with many others.
@lru_cache(maxsize=65536)
def _negated_stems(text: str) -> frozenset[str]:
    found = [
        m
        for m in _NEGATED_VERB_RE.finditer(text)
        if not _ADVICE_BEFORE_RE.search(text[: m.start()])
    ]
    found += _DENIED_RE.finditer(text)
    found += _NEITHER_SUBJECTS_RE.finditer(text)
    found += _NONE_SUBJECT_RE.finditer(text)
    stems = {_verb_stem(m.group(1) or m.group(2)) for m in _REFUSED_ACT_RE.finditer(text)}
    found += _PREVENTED_RE.finditer(text)
    stems |= {_verb_stem(m.group(1)) for m in found}
    stems |= {_verb_stem(m.group(1) or m.group(2)) for m in _WITHOUT_ACT_RE.finditer(text)}
    for m in _NEGATED_PAIR_RE.finditer(text):
        if m.group(1).lower()[-2:] == m.group(2).lower()[-2:]:
            stems.add(_verb_stem(m.group(2)))
    for m in _NEITHER_VERBS_RE.finditer(text):
        stems.update(_verb_stem(w) for w in m.groups())
    return frozenset(stems)


_NOT_UNTIL_RE = re.compile(r"[^.;:!?]{0,60}?\b(?:until|till)\b", re.IGNORECASE)


def _not_until(text: str, verb: str) -> bool:
    """The sentence denies ``verb`` only up to a time: "did not order ... until Tuesday"."""
    return any(
        _verb_stem(m.group(1)) == verb and _NOT_UNTIL_RE.match(text, m.end())
        for m in _NEGATED_VERB_RE.finditer(text)
    )


# A part of a group counted: "five of the dead", "25 of those rescued",
# "several of the victims". ("None of" is no part: it denies.)
_COUNTED_PART_RE = re.compile(
    r"\b(\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen"
    r"|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?|dozens|hundreds"
    r"|several|many|most|some|a\s+few|half)\s+of\s+(?:the|those|them|these)\s+([a-z]{3,})?",
    re.IGNORECASE,
)


def _other_counted_parts(x: str, y: str) -> bool:
    """Each side tells a different counted part of one group: "five of the
    dead had yet to be identified" / "Twenty-five of the dead have been
    identified" (the rest of them), not one part denied and affirmed."""
    parts_x = {
        (m[1].lower(), lexical.stem((m[2] or "").lower())) for m in _COUNTED_PART_RE.finditer(x)
    }
    parts_y = {
        (m[1].lower(), lexical.stem((m[2] or "").lower())) for m in _COUNTED_PART_RE.finditer(y)
    }
    return any(gx == gy and cx != cy for cx, gx in parts_x for cy, gy in parts_y) and not any(
        p in parts_y for p in parts_x
    )


# A denial that holds while a condition lasts: "the hull will not be lifted
# while anyone might still be alive inside", "will not resume as long as ...".
# (", while ..." after a comma sets another fact beside it.)
_NOT_WHILE_RE = re.compile(
    r"[^.;:!?,]{0,60}?\b(?:while|as\s+long\s+as|so\s+long\s+as|unless)\b", re.IGNORECASE
)


def _denied_while(text: str, verb: str) -> bool:
    """The sentence denies ``verb`` only while a condition holds."""
    found = [m for m in _NEGATED_VERB_RE.finditer(text) if _verb_stem(m.group(1)) == verb]
    return bool(found) and all(_NOT_WHILE_RE.match(text, m.end()) for m in found)


# The name right after a verb, past a preposition or two: "speak in English",
# "meet Putin", "travel to Kyiv".
_NAME_AFTER_RE = re.compile(
    r"\s+(?:(?:in|to|with|at|on|for|from|about|the)\s+){0,2}"
    r"([A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)*)"
)


def _denied_of_another_name(x: str, y: str, verb: str) -> bool:
    """``x`` denies ``verb`` of one name and ``y`` affirms it of other names
    only: "did not speak in English" / "went on to speak in Italian and
    Spanish", "did not meet Putin" / "met Zelensky" (not "had not asked the
    United States" / "had asked Washington": one country)."""
    denied = []
    for m in _NEGATED_VERB_RE.finditer(x):
        if _verb_stem(m.group(1)) == verb:
            name = _NAME_AFTER_RE.match(x, m.end())
            if name is None:
                return False
            denied.append(name.group(1))
    affirmed = []
    for w in re.finditer(r"[A-Za-z]+", y):
        if _verb_stem(w.group().lower()) == verb and not _DENIAL_BEFORE_RE.search(y[: w.start()]):
            name = _NAME_AFTER_RE.match(y, w.end())
            if name is None:
                return False
            affirmed.append(name.group(1))
    return (
        bool(denied)
        and bool(affirmed)
        and not any(re.search(rf"\b{re.escape(n)}\b", y) for n in denied)
        and not any(same_place(n, other) for n in denied for other in affirmed)
    )


def _until_met(claim: Claim, other: Claim) -> bool:
    """A date or time after the claim's "until" that the other claim gives too."""
    m = re.search(r"\b(?:until|till)\b", claim.text, re.IGNORECASE)
    return m is not None and any(
        d.start >= m.end()
        and (d.low is not None or d.minutes is not None)
        and date_slots.dates_compatible(d, o)
        for d in claim.slots.dates
        for o in other.slots.dates
        if o.low is not None or o.minutes is not None
    )


_ELLIPTICAL_NOT_RE = re.compile(
    r"(?:\bbut|,)\s+not\s+(?![a-z]+(?:ed|en|ing)\b)[a-z]{3,}", re.IGNORECASE
)


# "would be careful not to cut rates too quickly", "urged them not to travel":
# what someone means to avoid, not an action that did not happen.
_ADVICE_BEFORE_RE = re.compile(
    r"\b(?:careful|sure|urged|asked|told|warned|advised|decided|chose|agreed|promised|vowed"
    r"|pledged|so\s+as|in\s+order)\s+$",
    re.IGNORECASE,
)


@lru_cache(maxsize=65536)
def _all_stems(text: str) -> frozenset[str]:
    # The tail of a compound ("Dragon-compatible suits") says nothing by itself.
    return frozenset(_verb_stem(w) for w in re.findall(r"(?<![a-z]-)\b[a-z]+", text.lower()))


@lru_cache(maxsize=65536)
def _plain_stems(text: str) -> frozenset[str]:
    """Stems used outside a negation (the negated occurrences removed)."""
    kept = _NEITHER_SUBJECTS_RE.sub(" ", _NEITHER_VERBS_RE.sub(" ", text))
    kept = _NONE_SUBJECT_RE.sub(" ", kept)
    kept = _PREVENTED_RE.sub(" ", _NEGATED_PAIR_RE.sub(" ", kept.lower()))
    kept = _DENIED_RE.sub(" ", _NEGATED_VERB_RE.sub(" ", kept))
    kept = _WITHOUT_ACT_RE.sub(" ", _REFUSED_ACT_RE.sub(" ", kept))
    return frozenset(_verb_stem(w) for w in re.findall(r"[a-z]+", kept))


def _denial_as_written(text: str, verb: str) -> str:
    """The words that deny ``verb`` as the sentence has them ("not caused",
    "won't sell"), for the report; "not <stem>" if none is found."""
    for pattern in (
        _NEGATED_VERB_RE,
        _NEGATED_PAIR_RE,
        _NEITHER_VERBS_RE,
        _NEITHER_SUBJECTS_RE,
        _NONE_SUBJECT_RE,
        _DENIED_RE,
        _PREVENTED_RE,
        _REFUSED_ACT_RE,
        _WITHOUT_ACT_RE,
    ):
        for m in pattern.finditer(text):
            if any(g and _verb_stem(g.lower()) == verb for g in m.groups()):
                start = m.start()
                while start > 0 and text[start - 1].isalpha():  # "hasn't", not "n't"
                    start -= 1
                words = re.sub('["\u201c\u2018]', "", text[start : m.end()]).split()
                return " ".join(words if len(words) <= 6 else [*words[:2], "...", *words[-2:]])
    return f"not {verb}"


def _first_affirmed(text: str, verbs: frozenset[str]) -> str:
    return min(v for v in verbs if _affirms(text, v))


def _verb_as_written(text: str, verb: str) -> str:
    """The first word of the sentence with the stem ``verb``, as written ("caused")."""
    for word in re.findall(r"(?<![a-z]-)\b[a-z]+", text, re.IGNORECASE):
        if _verb_stem(word.lower()) == verb:
            return word
    return verb


def _affirms(text: str, verb: str) -> bool:
    """The sentence uses ``verb`` without negating it (nor a "dis-"/"un-" form of it)."""
    lowered = text.lower()
    opposite, denied, unable, aimed = _not_affirmed_patterns(verb)
    if opposite.search(lowered):
        return False
    if denied.search(lowered):
        # "cannot remove tritium", "did not have two-factor authentication
        # enabled": the thing is in a denied clause
        return False
    if unable.search(lowered):
        return False  # "was unable to reach a verdict" does not affirm reaching one
    if aimed.search(lowered):
        return False  # "would push to restore the pension": an aim, not a fact
    # "too risky to fly them home" says they will not fly; "the threshold for
    # entering parliament" names the act, whether or not it happened.
    stated = _UNSTATED_ACT_RE.sub(" ", lowered)
    return verb in _all_stems(stated) and verb not in _negated_stems(text)


# One compiled set per verb: built from the verb, so the re module's own cache
# (512 patterns) would recompile them over and over on a large input.
@lru_cache(maxsize=4096)
def _not_affirmed_patterns(verb: str) -> tuple[re.Pattern[str], ...]:
    """What keeps a sentence with ``verb`` from affirming it (see `_affirms`):
    a "dis-"/"un-" form, a negation a few words before, "unable to", an aim."""
    stem = re.escape(verb)
    return (
        re.compile(r"\b(?:dis|un|non-?)" + re.escape(verb[:4])),
        re.compile(
            r"(?:\b(?:not|never|cannot|no)|n['\u2019]t)[\s,]+(?:[a-z][\w-]*[\s,]+){1,3}" + stem
        ),
        re.compile(r"\bunable\s+to\s+" + stem),
        re.compile(_AIMED_AT_RE + stem),
    )


_UNSTATED_ACT_RE = re.compile(
    r"\btoo\s+[a-z]+\s+to\s+[a-z]+"
    r"|\b(?:for|of|before|without)\s+[a-z]+ing\b"
    # "blamed the FAA, offering no evidence": an act done with nothing
    r"|\b[a-z]{3,}ing\s+(?=(?:no|nothing)\b)"
)


# Verbs of aiming or wanting before "to": what follows has not happened.
_AIMED_AT_RE = (
    r"\b(?:push|pushes|pushed|pushing|seek|seeks|sought|seeking|aim|aims|aimed|want|wants|wanted"
    r"|plan|plans|planned|hope|hopes|hoped|try|tries|tried|trying|vow|vows|vowed|promise|promised"
    r"|pledge|pledged|intend|intends|intended|fight|fought|campaign|campaigned|urge|urged)\s+to\s+"
)


# Verbs that state one thing: "had not been affected" vs "had cut part of the
# supply" (an impact); "did not hold a licence" vs "had a licence" (possession,
# checked on its object, since "had" is mostly an auxiliary).
_IMPACT_STEMS = frozenset(_verb_stem(w) for w in "affect damage disrupt cut hit knock".split())
# Verbs that state one act, so that one denied and the other affirmed conflict:
# "had been installed on the route" / "was not equipped with the system".
_SAME_ACT = tuple(
    frozenset(_verb_stem(w) for w in group.split())
    for group in (
        "install installed equip equipped fit fitted",
        "arrest arrested detain detained",
        "confirm confirmed verify verified",
        "ban banned prohibit prohibited outlaw outlawed",
        "injure injured hurt wound wounded",
        "admit admitted confess confessed",
        "resign resigned quit",
        "shut close closed",
    )
)


def _same_act(verb: str) -> frozenset[str]:
    """The other verbs that state the act ``verb`` states (`_SAME_ACT`)."""
    return frozenset().union(*(g for g in _SAME_ACT if verb in g)) - {verb}


_POSSESSION_STEMS = frozenset(
    _verb_stem(w) for w in "have has had hold held own owned possess possesses".split()
)
_NOT_NOUN = r"(?!(?:for|of|to|in|on|from|with|and|or|the|that)\b)"
_OBJECT_AFTER_RE = re.compile(
    rf"\s+(?:a|an|any|the|his|her|its|their)\s+((?:{_NOT_NOUN}[a-z-]+\s+){{0,2}})"
    rf"{_NOT_NOUN}([a-z]{{3,}})\b",
    re.IGNORECASE,
)
_POSSESSED_RE = (
    r"\b(?:had|has|have|held|holds?|owned|owns?|possess(?:es|ed)?)\s+(?:a|an|the|his|her|its"
    r"|their|valid)\s+(?:[\w-]+\s+){{0,3}}?(?:[\w-]+\s+)?{noun}s?\b"
)


@lru_cache(maxsize=65536)
def _possession_object(text: str) -> str | None:
    """The noun after a negated have/hold/own ("did not hold a firearms licence" -> "licence")."""
    for m in _NEGATED_VERB_RE.finditer(text):
        if _verb_stem(m.group(1)) in _POSSESSION_STEMS:
            obj = _OBJECT_AFTER_RE.match(text, m.end())
            if obj:
                return obj.group(2).lower()
    return None


_FIND_VERBS = r"(?:found|find|finds|discovered|detected|recovered|turned\s+up|uncovered|seized)"
_FOUND_NO_RE = re.compile(
    rf"\b{_FIND_VERBS}\s+no\s+(?:[^\W\d_]+\s+){{0,2}}?([^\W\d_]{{4,}})\b", re.IGNORECASE
)
_FOUND_RE = re.compile(
    rf"\b{_FIND_VERBS}\s+(?!no\b|nothing\b)((?:[^\W\d_]+\s+){{0,3}}[^\W\d_]+)", re.IGNORECASE
)


def _found_none_against_found(x: str, y: str) -> str | None:
    """ "found no explosives" in ``x``, "found crude explosive devices" in ``y``:
    the thing one side found and the other did not."""
    for m in _FOUND_NO_RE.finditer(x):
        noun = lexical.stem(m.group(1).lower())
        for found in _FOUND_RE.finditer(y):
            if _DENIAL_BEFORE_RE.search(y[: found.start()]):
                continue  # "had not detected dangerous levels": found none either
            if any(lexical.stem(w.lower()) == noun for w in found.group(1).split()):
                return m.group(1).lower()
    return None


_RULED_OUT_RE = re.compile(r"\brul(?:ed|es|e|ing)\s+(?:\w+\s+)?out\b", re.IGNORECASE)

# "No distress call was made", "there were no injuries": a thing said not to be.
_NONE_RE = re.compile(
    r"(?:^|[,;]\s*|\bthat\s+|\bthere\s+(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+"
    # "the FBI said no arrest had been made", "and no arrests have been made"
    r"|\b(?:said|says|added|confirmed|stressed|insisted|and|but)\s+)"
    r"no\s+(?!longer\b|one\b|more\b|fewer\b|less\b|later\b|sooner\b|matter\b|doubt\b|other\b"
    r"|way\b|sign\b|evidence\b|indication\b|immediate\b"
    # "there was no need to panic" says nothing of whether anyone panicked
    r"|need\b|reason\b|point\b)"
    r"((?:[a-z][\w-]*\s+){0,2}?([a-z][\w-]{3,}))"
    # "No Mayday call or other distress message was received": the first thing named
    r"(?:\s+or\s+(?:other\s+|any\s+)?(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]{3,})?"
    r"(?=\s+(?:was|were|had\s+been|has\s+been|have\s+been|is|are)\b"
    r"|\s*[,.;]|\s+(?:in|at|on|among|from|during|aboard|inside)\b)",
    re.IGNORECASE,
)
_DENIAL_BEFORE_RE = re.compile(
    r"\b(?:no|not|never|without|nor|neither|n't)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE
)


def _none_against_some(x: str, y: str) -> str | None:
    """The thing ``x`` says there was none of and ``y`` names without a denial
    ("No distress call was made" / "The crew issued a distress call")."""
    said = _undenied_stems(y)
    # "reported that a suspect had been arrested, but the FBI said no arrest had
    # been made" denies it too: the two agree on the denial.
    denied_too = {h for _, h in _none_heads(y)}
    for phrase, head in _none_heads(x):
        if head in said and head not in denied_too:
            return phrase
    return None


# A thing someone or something was without: "appeared in a white cassock,
# without the red mozzetta". Only a definite thing, at the end of its phrase:
# "without warning", "without power", "without a word" say how, not what was
# missing. The other side has it on or with it: "wearing the red mozzetta
# cape" (`_WITH_THING_RE`); a mention alone ("the capsule will return without
# its two astronauts" / "the two astronauts will not fly home on it") is none.
_WITHOUT_THING_RE = re.compile(
    r"\bwithout\s+((?:the|his|her|its|their)\s+(?:[a-z][\w-]*\s+){0,2}?([a-z][\w-]{3,}))"
    r"(?=\s*[,.;]|\s+(?:or|and|but|as|while|when)\b)",
    re.IGNORECASE,
)
_WITH_THING_RE = (
    r"\b(?:with|wearing|wore|worn|carrying|carried|holding|held|in)\s+"
    r"(?:(?:a|an|the|his|her|its|their)\s+)?(?:[a-z][\w-]*\s+){{0,2}}?{noun}"
)


def _without_against_with(x: str, y: str) -> str | None:
    """The thing ``x`` says one was without and ``y`` has one wear or carry
    ("without the red mozzetta" / "wearing the red mozzetta cape")."""
    for m in _WITHOUT_THING_RE.finditer(x):
        noun = m.group(2).lower()
        with_it = re.compile(_WITH_THING_RE.format(noun=re.escape(noun)), re.IGNORECASE)
        if any(
            not _DENIAL_BEFORE_RE.search(y[: w.start()]) and not _WITHOUT_THING_RE.search(y)
            for w in with_it.finditer(y)
        ):
            return m.group(1).lower()
    return None


# Per-sentence parts of `_none_against_some`, cached: judging compares each
# sentence with many others.
@lru_cache(maxsize=65536)
def _none_heads(text: str) -> tuple[tuple[str, str], ...]:
    """Each "no X" of the sentence with the stem of the thing there was none of."""
    return tuple(
        (m.group(1).lower(), lexical.stem(m.group(2).lower())) for m in _NONE_RE.finditer(text)
    )


@lru_cache(maxsize=65536)
def _undenied_stems(text: str) -> frozenset[str]:
    """Stems of the sentence's words that no denial comes right before."""
    return frozenset(
        lexical.stem(w.group(0).lower())
        for w in re.finditer(r"[A-Za-z][\w-]{3,}", text)
        if not _DENIAL_BEFORE_RE.search(text[: w.start()])
    )


def _refused_object_acts(x: str, y: str, verb: str) -> bool:
    """``x`` turns down a call to act on a thing ("dismissed calls to end the
    strike") and ``y`` has that thing do the act itself ("The strike ended on
    Friday after a deal was reached"): no act of the refusing party stated."""
    for m in _REFUSED_ACT_RE.finditer(x):
        if m.group(1) is None or _verb_stem(m.group(1)) != verb:
            continue
        thing = re.match(r"\s+(?:(?:the|a|an|its|their|his|her)\s+)?([a-z]{3,})", x[m.end() :])
        if thing is None:
            continue
        stem = lexical.stem(thing.group(1))
        for v in re.finditer(r"[A-Za-z]+", y):
            if _verb_stem(v.group()) != verb:
                continue
            clause = re.split(r"[,;:]", y[: v.start()])[-1]
            subject = {lexical.stem(w.lower()) for w in re.findall(r"[A-Za-z]+", clause)}
            # ("The union ended the strike": the thing is the verb's object)
            objects = re.findall(r"[A-Za-z]+", y[v.end() :])[:3]
            if stem in subject and stem not in {lexical.stem(w.lower()) for w in objects}:
                return True
    return False


# Words that open a noun phrase: after "ruled out" ("ruled out any government")
# the word caught is no act.
_NOT_ACT_WORDS = frozenset(
    "any all some every each the its their his her this these those other another such".split()
)
_COPULA_NOT_RE = re.compile(r"\b(?:is|are|was|were|be|been)\s+not\s+$", re.IGNORECASE)
_PARTICIPLE_END_RE = re.compile(r"(?:ed|en|ing|wn|ne|ght|ung|ept|ade|ose)$")
_FUNCTION_AFTER = frozenset(
    "to in on at of for by with from as than that because and or but until since when while if"
    " enough yet".split()
)
# A compound noun in a prepositional phrase, at the end of its clause: "for
# construction work,", "of crisis talks.".
_NOUN_IN_PHRASE_RE = re.compile(
    r"\b(?:for|of|with|from|by|in|on|at|after|before|during|without|under|amid)\s+"
    r"(?:(?:the|a|an)\s+)?[a-z]{3,}\s+$"
)


def _negated_non_act(text: str, verb: str, other: str) -> bool:
    """Every plain negation ``not``/``ruled out`` + word that gives ``verb``
    catches no act: a determiner ("ruled out any government") or a
    predicate noun's modifier ("was not federal forest"), unless ``other``
    says it of the same noun ("was federal forest")."""
    found = [m for m in _NEGATED_VERB_RE.finditer(text) if _verb_stem(m.group(1)) == verb]
    if not found:
        return False
    for m in found:
        word = m.group(1).lower()
        if word in _NOT_ACT_WORDS:
            continue
        after = re.match(r"\s+([a-z]+)\b", text[m.end() :])
        if (
            _COPULA_NOT_RE.search(text, 0, m.start(1))
            and not _PARTICIPLE_END_RE.search(word)
            and after is not None
            and after.group(1) not in _FUNCTION_AFTER
            and not after.group(1).endswith("ly")
            and not re.search(
                rf"\b{re.escape(word)}\s+{re.escape(after.group(1)[:4])}", other, re.IGNORECASE
            )
        ):
            continue  # "was not federal forest" against "federal funds": two nouns
        return False
    return True


_AUXILIARY_NOT_RE = re.compile(
    r"(?:\b(?:is|are|was|were|be|been|do|does|did|will|would|could|can|should|has|have|had|may"
    r"|might|must)\s+not|n['\u2019]t)\s+$",
    re.IGNORECASE,
)


def _affirmed_only_as_noun(text: str, verb: str, denied: str) -> bool:
    """``denied`` negates ``verb`` as a verb ("was not working") and every use
    of it in ``text`` is a compound noun's head at the end of a prepositional
    phrase ("out of service for construction work,"): nothing done is told. A
    thing denied ("fuel oil, not jet fuel") may meet a noun ("came from the
    missing jet")."""
    if not any(
        _verb_stem(m.group(1)) == verb and _AUXILIARY_NOT_RE.search(denied, 0, m.start(1))
        for m in _NEGATED_VERB_RE.finditer(denied)
    ):
        return False
    uses = [m for m in re.finditer(r"[A-Za-z]+", text) if _verb_stem(m.group()) == verb]
    return bool(uses) and all(
        _NOUN_IN_PHRASE_RE.search(text.lower(), 0, m.start())
        and re.match(r"\s*(?:[,;:.)]|$)", text[m.end() :])
        for m in uses
    )


def negation_differs(a: Claim, b: Claim) -> Finding | None:
    """One side says an action will not happen, the other that it will.

    "no plans to sell its holdings" vs "would begin selling its holdings": the
    same verb, negated on one side only; or two verbs of one kind
    (`_IMPACT_STEMS`; have/hold/own with the same object).
    """
    for x, y in ((a, b), (b, a)):
        for verb in sorted(_negated_stems(x.text)):
            # A side that says both ("did not agree ... but had agreed to") is no clear negation.
            if verb in _plain_stems(x.text):
                continue
            # "Police have ruled out terrorism" / "Terrorism was ruled out": both
            # rule it out ("declined to rule out" against "ruled out" does not).
            if (
                verb != _verb_stem("rule")
                and _RULED_OUT_RE.search(x.text)
                and _RULED_OUT_RE.search(y.text)
            ):
                continue
            # "removed most substances, but not tritium" against "cannot remove
            # tritium": the affirming side leaves that thing out too.
            if _ELLIPTICAL_NOT_RE.search(y.text):
                continue
            # "did not order evacuations until Tuesday" against "waited until
            # Tuesday to order": both say it happened late, not that it did not.
            # "was not fully extinguished until 6:20 a.m." against "extinguished at
            # 6:20 a.m.": the other side dates the act at that time ("not opened
            # until after the conclave" names none, and stays a denial).
            if _not_until(x.text, verb) and (
                re.search(r"\b(?:until|till)\b", y.text, re.IGNORECASE) or _until_met(x, y)
            ):
                continue
            if _refused_object_acts(x.text, y.text, verb):
                continue
            if _other_counted_parts(x.text, y.text):
                continue  # "five of the dead had yet to be identified" / "25 of the dead have been"
            if _denied_while(x.text, verb):
                continue  # "will not be lifted while anyone might be alive" / "to lift the hull"
            if _denied_of_another_name(x.text, y.text, verb):
                continue  # "did not speak in English" / "went on to speak in Italian"
            if _without_other_object(x.text, y.text, verb):
                continue
            if _none_of_another_group(x.text, y.text, verb):
                continue
            if _negated_non_act(x.text, verb, y.text) or _affirmed_only_as_noun(
                y.text, verb, x.text
            ):
                continue  # "ruled out any government" / "any coalition": no act denied
            same = _same_act(verb)
            if (
                _affirms(y.text, verb)
                or (
                    verb in _IMPACT_STEMS
                    and any(_affirms(y.text, v) for v in _IMPACT_STEMS)
                    and not _negated_stems(y.text) & _IMPACT_STEMS
                )
                or (any(_affirms(y.text, v) for v in same) and not _negated_stems(y.text) & same)
            ):
                said = (
                    verb
                    if _affirms(y.text, verb)
                    else _first_affirmed(y.text, _IMPACT_STEMS | same)
                )
                denied, affirmed = _denial_as_written(x.text, verb), _verb_as_written(y.text, said)
                values = (denied, affirmed) if x is a else (affirmed, denied)
                return Finding(Kind.OTHER, "negation_differs", *values)
        missing = _found_none_against_found(x.text, y.text) or _none_against_some(x.text, y.text)
        without = _without_against_with(x.text, y.text)
        if without:
            values = (f"without {without}", without) if x is a else (without, f"without {without}")
            return Finding(Kind.OTHER, "negation_differs", *values)
        if missing:
            values = (f"no {missing}", missing) if x is a else (missing, f"no {missing}")
            return Finding(Kind.OTHER, "negation_differs", *values)
        noun = _possession_object(x.text)
        if noun and not _possession_object(y.text):
            if re.search(_POSSESSED_RE.format(noun=re.escape(noun)), y.text, re.IGNORECASE):
                values = (f"no {noun}", noun) if x is a else (noun, f"no {noun}")
                return Finding(Kind.OTHER, "negation_differs", *values)
    return None


# One act said in other words, so that a denial of one meets the other:
# "would not take part in any counterattack" / "would join any counterattack";
# "does not bring back the pension" / "restores the pension"; "had not been
# notified in advance" / "had been told of the plan in advance". Phrases are
# rewritten to one verb (`_PHRASAL_ACTS`), then the verbs of one act are
# grouped (`_SYNONYM_ACTS`) for `synonym_negation_differs`.
_PHRASAL_ACTS = tuple(
    (re.compile(pattern, re.IGNORECASE), verb)
    for pattern, verb in (
        (r"\b(?:take|takes|took|taken|taking)\s+part\b", "participate"),
        (r"\b(?:bring|brings|brought|bringing)\s+back\b", "restore"),
        # told *of* or *about* a thing, or in advance: informed, not a speech verb
        (
            r"\b(?:been|be|being|was|were|is|are)\s+told\b(?=\s+(?:of|about|in\s+advance"
            r"|beforehand|ahead)\b)",
            "been notified",
        ),
        # "had gained access to the systems" / "never reached the systems"
        (r"\b(?:gain|gains|gained|gaining)\s+access\s+to\b", "reached"),
        # "was not in danger of collapse" / "was at risk of collapse"
        (r"\b(?:in\s+(?:imminent\s+)?danger|at\s+(?:imminent\s+)?risk)\s+of\b", "threatened with"),
        # "was carried off by protesters" / "was never taken"
        (r"\b(?:carry|carries|carried|carrying)\s+off\b", "took"),
        # "made no mention of the award" / "reported the award"
        (r"\b(?:made|makes|make)\s+no\s+mention\s+of\b", "did not mention"),
    )
)
_SYNONYM_GROUPS = (
    "participate join attend",
    "restore reinstate",
    "notify inform",
    "relieve release",
    # "not recommending restrictions on travel" / "urged countries to consider
    # restrictions on travel" ("urged against" is no urging: left as written)
    "recommend urge",
    # "the crew never answered" / "the crew replied that they did"
    "answer reply",
    # "without holding a cabinet meeting" / "had convened a cabinet meeting"
    "hold convene",
    # "made no mention of the award" / "state television reported the award"
    "mention report",
)
# Each verb's stem -> the first verb of its group.
_SYNONYM_FIRST = {
    _verb_stem(form): group.split()[0]
    for group in _SYNONYM_GROUPS
    for verb in group.split()
    for form in (verb, verb + "d" if verb.endswith("e") else verb + "ed")
}


@lru_cache(maxsize=65536)
def _acts_text(text: str) -> str:
    """``text`` with `_PHRASAL_ACTS` rewritten and each verb of a
    `_SYNONYM_GROUPS` group written as the group's first verb."""
    for pattern, verb in _PHRASAL_ACTS:
        text = pattern.sub(verb, text)
    return re.sub(r"\b[a-z]{4,}\b(?!\s+against\b)", _as_first_synonym, text)


def _as_first_synonym(m: re.Match[str]) -> str:
    """The word as its group's first verb; an -ing form stays one ("without
    holding" -> "without holding", `_WITHOUT_ACT_RE` reads it)."""
    word = m.group(0)
    first = _SYNONYM_FIRST.get(_verb_stem(word))
    if first is None:
        return word
    if word.endswith("ing"):
        return (first[:-1] if first.endswith("e") else first) + "ing"
    return first


def _as_acts(claim: Claim) -> Claim:
    """The claim read through `_acts_text` (the claim itself when nothing changes)."""
    text = _acts_text(claim.text)
    if text == claim.text:
        return claim
    return replace(claim, sentence=replace(claim.sentence, text=text, plain=""))


def synonym_negation_differs(a: Claim, b: Claim) -> Finding | None:
    """`negation_differs` once one act written two ways reads as one verb:
    "did not take part in the news conference" / "joined NASA officials at
    the news conference"."""
    ca, cb = _as_acts(a), _as_acts(b)
    if ca is a and cb is b:
        return None
    finding = negation_differs(ca, cb)
    if finding is None:
        return None
    return replace(
        finding,
        rule="synonym_negation_differs",
        value_a=_as_written_before_acts(a.text, ca.text, finding.value_a),
        value_b=_as_written_before_acts(b.text, cb.text, finding.value_b),
    )


def _as_written_before_acts(text: str, acts: str, value: str | None) -> str | None:
    """``value``, found in the `_acts_text` reading ``acts`` of ``text``, in the
    sentence's own words ("hold" -> "convened", "threatened" -> "at risk of")."""
    if not value or re.search(rf"(?<!\w){re.escape(value)}(?!\w)", text):
        return value
    mine, read = text.split(), acts.split()
    wanted = value.split()
    starts = [
        i for i in range(len(read) - len(wanted) + 1)
        if [w.strip(",.;:") for w in read[i : i + len(wanted)]] == wanted
    ]  # fmt: skip
    if not starts:
        return value
    lo, hi = starts[0], starts[0] + len(wanted)
    # word positions of ``acts`` back in ``text``, through the unchanged words
    out_lo, out_hi = None, None
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(
        None, read, mine, autojunk=False
    ).get_opcodes():
        if i1 <= lo < max(i2, i1 + 1):
            out_lo = j1 + (lo - i1 if tag == "equal" else 0)
        if i1 < hi <= i2:
            out_hi = j1 + (hi - i1) if tag == "equal" else j2
    if out_lo is None or out_hi is None or out_hi <= out_lo:
        return value
    return " ".join(w.strip(",.;:") for w in mine[out_lo:out_hi][:6])


# ------------------------------------------------------------ a correction
#
# One sentence sets a name aside in so many words: "took place at Braunschweig,
# not at Wolfsburg", "identified the explosive as Goma-2 ECO ... rather than the
# Titadine", "drifted north, toward Youngstown, rather than into Pennsylvania".
# The other sentence that states the name set aside ("met in Wolfsburg", "made
# with Titadine", "into Pennsylvania") is what the first one denies.

_CORRECTION_RE = re.compile(
    r"(?:,\s*not|\b[Rr]ather\s+than|\b[Ii]nstead\s+of)\s+"
    r"(?P<prep>(?:at|in|on|into|to|toward|towards|from|near|by|with)\s+)?(?:the\s+)?"
    r"(?P<name>[A-Z][\w'\u2019.-]*(?:\s+(?:of\s+)?[A-Z][\w'\u2019.-]*){0,3})"
)
# Where a preposition of place sets a place aside, the place is in dispute.
_WHERE_PREPOSITIONS = frozenset({"at", "in", "on", "near"})
# The other side sets the name aside too, or states it only as a report it
# doubts ("not", "rather than" before it).
_DENIED_BEFORE_RE = re.compile(
    r"(?:\bnot|\bnever|\brather\s+than|\binstead\s+of|\bno)\s+(?:[\w'\u2019-]+\s+){0,2}$",
    re.IGNORECASE,
)


def _corrections(text: str) -> list[tuple[str, str, int]]:
    """(name set aside, its preposition, where the correction starts) for each
    "X, not Y", "rather than Y", "instead of Y" whose Y is a capitalised name."""
    out = []
    for m in _CORRECTION_RE.finditer(text):
        name = m.group("name").rstrip(".")
        if name.lower() in {"i", "he", "she", "it", "we", "they", "the", "a", "an"}:
            continue
        out.append((name, (m.group("prep") or "").strip().lower(), m.start()))
    return out


def _states_name(claim: Claim, name: str) -> bool:
    """``claim`` writes ``name`` as a word of its own and does not set it aside."""
    for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", claim.text):
        if not _DENIED_BEFORE_RE.search(claim.text[max(0, m.start() - 40) : m.start()]):
            return True
    return False


# Prepositions of one role: where, whither, whence, by whom, with what.
_PREPOSITION_ROLES = (
    frozenset({"at", "in", "on", "near"}),
    frozenset({"to", "into", "toward", "towards"}),
    frozenset({"from"}),
    frozenset({"by"}),
    frozenset({"with"}),
)
_PREPOSITION_BEFORE_RE = re.compile(r"\b([a-z]+)\s+(?:the\s+)?$")
# "higher in Texas rather than in California": a comparison, no correction.
_COMPARATIVE_BEFORE_RE = re.compile(
    r"\b(?:more|less|fewer|higher|lower|greater|larger|smaller|bigger|better|worse)\b[^,;]*$",
    re.IGNORECASE,
)


def _states_name_in_its_role(claim: Claim, name: str, prep: str, kind: Kind) -> bool:
    """``claim`` states ``name`` (see `_states_name`) in the role the
    correction set it aside from: not after a preposition of another role
    ("diverted to Manchester instead of London" / "took off from London"),
    not as the head of a longer name ("London Heathrow"), and, unless a
    person, not as the subject the sentence opens with ("instead of the
    Treasury market" / "The Treasury market rallied")."""
    role = next((r for r in _PREPOSITION_ROLES if prep in r), None)
    for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", claim.text):
        before = claim.text[max(0, m.start() - 40) : m.start()]
        if _DENIED_BEFORE_RE.search(before):
            continue
        if re.match(r"\s+[A-Z]", claim.text[m.end() :]):
            continue
        if kind is not Kind.PERSON and re.fullmatch(
            r"\s*(?:the\s+)?", claim.text[: m.start()], re.I
        ):
            continue
        said = _PREPOSITION_BEFORE_RE.search(before)
        other_role = next(
            (r for r in _PREPOSITION_ROLES if said and said.group(1).lower() in r), None
        )
        if role is not None and other_role is not None and other_role is not role:
            continue
        return True
    return False


_DAY_NAMES = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may "
    "june july august september october november december".split()
)


def _correction_kind(name: str, prep: str, claim: Claim) -> Kind:
    """What the name set aside is: a day or month, a place (after a
    preposition of place), a person; else some other detail."""
    if name.split()[0].lower() in _DAY_NAMES:
        return Kind.DATE
    kinds = {e.kind for e in claim.slots.entities if names.same_entity(e.text, name)}
    if "place" in kinds and prep in _WHERE_PREPOSITIONS:
        return Kind.PLACE
    if "person" in kinds:
        return Kind.PERSON
    return Kind.OTHER


def correction_differs(a: Claim, b: Claim) -> Finding | None:
    """One side sets aside a name the other states (see above). Not when the
    other side names the one put in its place before the correction ("at
    Braunschweig, not at Wolfsburg" against "in Braunschweig, near Wolfsburg")."""
    for x, y in ((a, b), (b, a)):
        for name, prep, start in _corrections(y.text):
            if not _states_name(x, name):
                continue
            if _COMPARATIVE_BEFORE_RE.search(y.text[max(0, start - 60) : start]):
                continue
            # ("diverted to Manchester instead of London": the role of the name kept)
            kept_role = re.search(
                r"\b([a-z]+)\s+(?:the\s+)?[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3}\s+$",
                y.text[:start],
            )
            role = prep or (kept_role.group(1) if kept_role else "")
            if not _states_name_in_its_role(x, name, role, _correction_kind(name, prep, y)):
                continue
            # the name put in its place: the capitalised words just before the correction
            kept = re.search(
                r"([A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3})\s*$", y.text[:start]
            )
            if kept and kept.group(1) in x.text:
                continue
            kind = _correction_kind(name, prep, y)
            stated, denied = name, f"not {name}"
            values = (stated, denied) if x is a else (denied, stated)
            return Finding(kind, "correction_differs", *values)
    return None


def opposite_moves_differ(a: Claim, b: Claim) -> Finding | None:
    """One figure moved opposite ways, each side with its own size: "Boeing's
    shares rose 3.9% on Tuesday" / "slipped 1.2% on Tuesday"; "closed 1.3%
    lower" / "closed 1.1% higher". The direction is the conflict (kind
    other), not the sizes, which differ because the moves do; checked before
    `number_differs`. Moves of one size ("rose 3%" / "slowing to 3%") are
    left to the rules in their order."""
    finding = _direction_of_one_thing(a, b)
    if finding is None or {finding.value_a, finding.value_b} != {"up", "down"}:
        return None
    return finding if number_differs(a, b) is not None else None


def _direction_of_one_thing(a: Claim, b: Claim) -> Finding | None:
    """`direction_differs`, where opposite poles are said of one written
    target ("The rupee firmed" / "The rupee slid") or the conflict is a
    heading or a side: checked before the hedge, which it outranks. Poles of
    two unnamed things ("reserves have slipped" / "Prices are rising") are
    left to their place after it."""
    finding = direction_differs(a, b)
    if finding is None:
        return None
    if stance.polarity_conflict(a.text, b.text) and not stance.opposed_on_one_target(
        a.text, b.text
    ):
        return None
    return finding


# ---------------------------------------------------------------- a thing had or not
#
# "The building had no sprinklers or smoke detectors" against "The building had
# working smoke detectors": one side denies having a thing the other says was
# there. The denied things are the nouns of "had/has/have no ..." or "there
# was/were no ..." (a list joined by "or"/"and" counts each); the affirmed ones
# the words after a plain "had"/"there was" (not an auxiliary: "had been",
# "had collapsed"), to the clause's end.
_HAVE = r"(?:had|has|have|there\s+(?:was|were|is|are))"
_HAD_NO_RE = re.compile(
    r"\b" + _HAVE + r"\s+no\s+((?:[a-z][\w-]*\s*(?:,\s*)?){1,6}?)"
    r"(?=$|[,.;:!?()]|\s+(?:but|while|whereas|because|since|when|after|before|until|in|at|on"
    r"|for|to|of|from|with|that|which|who|as|by|during|and\s+(?:no|was|were|had|has|is|are"
    r"|the|it|its|their|his|her))\b)",
    re.IGNORECASE,
)
_HAD_SOME_RE = re.compile(
    r"\b" + _HAVE + r"\s+(?!no\b|not\b|never\b|n't\b|been\b|to\b|had\b|already\b|just\b"
    r"|also\b|yet\b|only\b|little\b|few\b|any\b)((?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)",
    re.IGNORECASE,
)
_HAD_BY_SOME_RE = re.compile(r"\b(?:that|which|who|where)\s+(?:\w+\s+)?$", re.IGNORECASE)
_HAD_STOP = frozenset(
    "but and or while whereas because since when after before until in at on for to of from "
    "with that which who as by during".split()
)
# Nouns whose denial is an idiom, not a missing thing: "had no choice but",
# "has no plans to" (plans are `negation_differs`'s), "had no comment".
_HAD_NO_IDIOMS = frozenset(
    "choice plan plans comment comments idea way doubt intention intentions time reason "
    "need option alternative immediate further".split()
)


@lru_cache(maxsize=65536)
def _had_no(text: str) -> Mapping[str, str]:
    """Stem of each head noun a sentence says was not had -> its words ("had no
    sprinklers or smoke detectors": sprinkler -> "no sprinklers", detector ->
    "no smoke detectors")."""
    heads: dict[str, str] = {}
    for m in _HAD_NO_RE.finditer(text):
        for part in re.split(r"\s*(?:,|\bor\b|\band\b|\bnor\b)\s*", m.group(1)):
            words = re.findall(r"[a-z][\w-]*", part.lower())
            if words and words[-1] not in _HAD_NO_IDIOMS and words[0] not in _HAD_NO_IDIOMS:
                for stem in lexical.content_stems(words[-1]):
                    heads.setdefault(stem, "no " + part.strip())
    return MappingProxyType(heads)


@lru_cache(maxsize=65536)
def _had_some(text: str) -> Mapping[str, str]:
    """Stem of each word a sentence says was had -> the words ("had working
    smoke detectors but ..." -> "working smoke detectors"); none after an
    auxiliary ("had been", "had collapsed")."""
    out: dict[str, str] = {}
    for m in _HAD_SOME_RE.finditer(text):
        if _HAD_BY_SOME_RE.search(text[max(0, m.start() - 30) : m.start()]):
            continue  # "the few stations that still had fuel": some of them
        words = m.group(1).split()
        first = words[0].lower()
        if (
            first.endswith("ed")
            or first in _NOT_AGENT_VERBS
            or first in _IRREGULAR_PAST
            or (first in _PAST_AFTER_NAME)
        ):
            continue  # "had collapsed", "had made", "had lost": an auxiliary
        kept = []
        for w in words:
            if w.lower() in _HAD_STOP:
                break
            kept.append(w)
        phrase = " ".join(kept)
        for stem in lexical.content_stems(phrase):
            out.setdefault(stem, phrase)
    return MappingProxyType(out)


def possession_differs(a: Claim, b: Claim) -> Finding | None:
    """One side says a thing was not there that the other says was ("had no
    smoke detectors" / "had working smoke detectors"). Not when either side
    says both, or the thing is an idiom's ("had no choice but")."""
    for x, y in ((a, b), (b, a)):
        denied = _had_no(x.text)
        if not denied:
            continue
        had = _had_some(y.text)
        both = (denied.keys() & had.keys()) - _had_no(y.text).keys() - _had_some(x.text).keys()
        if both:
            thing = sorted(both)[0]
            values = (denied[thing], had[thing]) if x is a else (had[thing], denied[thing])
            return Finding(Kind.OTHER, "possession_differs", *values)
    return None


RULES: tuple[Rule, ...] = (
    attribution_differs,
    amount_differs,
    opposite_moves_differ,
    number_differs,
    age_differs,
    start_date_differs,
    record_since_differs,
    date_differs,
    # An opposite direction or state of one thing is the conflict even where
    # one side hedges ("appeared to show the plane tilting sharply to the
    # left" / "rolling sharply to the right"; "The rupee firmed, helped by
    # suspected intervention" / "The rupee slid").
    _direction_of_one_thing,
    hedge_differs,
    direction_differs,
    negation_differs,
    synonym_negation_differs,
    possession_differs,
    person_differs,
    place_differs,
    side_differs,
    correction_differs,
)


# The rules between two sources (compare): a day counted from publication
# means another day in each (`source_date_differs`).
COMPARE_RULES: tuple[Rule, ...] = tuple(
    source_date_differs if rule is date_differs else rule for rule in RULES
)


# Rules whose findings are shown beside another conflict of the pair.
_ALSO_RULES: tuple[Rule, ...] = (amount_differs, number_differs, date_differs, place_differs)
_COMPARE_ALSO_RULES: tuple[Rule, ...] = tuple(
    source_date_differs if rule is date_differs else rule for rule in _ALSO_RULES
)

MAX_AGREED = 4


def date_label(d: DateRef) -> str:
    resolved = date_slots.format_date(d)
    return f"{d.text} ({resolved})" if resolved and resolved != d.text else d.text


def agreements(a: Claim, b: Claim) -> tuple[str, ...]:
    """The checkable details both claims state compatibly, as "a-side ↔ b-side" strings.

    What makes a corroboration convincing to an editor: "September 9
    (2021-09-09) ↔ Thursday of last week (2021-09-09)", "2,031,220 ↔ just over
    2 million". Each detail of ``a`` is listed once, with its first compatible
    partner in ``b``; details written identically on both sides are left out,
    and a "since"/"by" period only pairs with another of its kind.
    """
    found: list[str] = []
    # Figures are matched one to one, closest first: "about a third ↔ 33.5%"
    # and "more than a quarter ↔ 26.5%", not both to 33.5%.
    options = [
        (_gap(qa, qb), i, j)
        for i, qa in enumerate(a.slots.quantities)
        for j, qb in enumerate(b.slots.quantities)
        if numbers.comparable(qa, qb) and numbers.quantities_compatible(qa, qb)
    ]
    for i, j in _one_to_one(options):
        qa, qb = a.slots.quantities[i], b.slots.quantities[j]
        if qa.text.lower() != qb.text.lower():
            found.append(f"{qa.text} ↔ {qb.text}")
    # Dates too, one to one and closest first ("between 2012 and 2023" is
    # the partner of one date, not of four).
    date_options = [
        (_day_gap(da, db), i, j)
        for i, da in enumerate(a.slots.dates)
        if not (da.low is None and da.minutes is None)
        for j, db in enumerate(b.slots.dates)
        # "since 2007" contains yesterday, but stating both is no agreement.
        if da.bound == db.bound and date_slots.dates_compatible(da, db)
    ]
    for i, j in _one_to_one(date_options):
        da, db = a.slots.dates[i], b.slots.dates[j]
        if da.text.lower() != db.text.lower():
            found.append(f"{date_label(da)} ↔ {date_label(db)}")
    return tuple(dict.fromkeys(found))[:MAX_AGREED]


def _one_to_one(options: list[tuple[float, int, int]]) -> list[tuple[int, int]]:
    """(i, j) partners from (distance, i, j) options, closest first, each side
    used once; in the order of ``i``."""
    partner: dict[int, int] = {}
    taken: set[int] = set()
    for _distance, i, j in sorted(options):
        if i not in partner and j not in taken:
            partner[i] = j
            taken.add(j)
    return sorted(partner.items())


def _day_gap(da: DateRef, db: DateRef) -> float:
    """How different two compatible dates are: the days their spans do not share."""
    if da.low is None or db.low is None or da.high is None or db.high is None:
        return 0.0
    return float(abs((da.low - db.low).days) + abs((da.high - db.high).days))


def _gap(qa: Quantity, qb: Quantity) -> float:
    """How far apart two compatible figures' middles are, relative to their size."""
    ma, mb = (qa.low + qa.high) / 2, (qb.low + qb.high) / 2
    if math.isinf(ma) or math.isinf(mb):
        return math.inf
    return abs(ma - mb) / max(abs(ma), abs(mb), 1e-9)


# Dates further apart than this are two occasions, once the figures differ too.
OCCASION_GAP_DAYS = 31


def _event_days(claim: Claim) -> list[DateRef]:
    """Resolved dates of what happened: not "since"/"by" bounds, which name periods."""
    return [
        d for d in claim.slots.dates if not d.bound and d.low is not None and d.high is not None
    ]


_TIME_WORDS = (
    "week|weekend|month|year|night|morning|evening|day|days|few|couple|decade|century|quarter|season|"
    "spring|summer|autumn|fall|winter|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    "january|february|march|april|may|june|july|august|september|october|november|december"
)
# Events that recur, so that "last" before them means the previous one ("Japan's
# last rate rise"); before other nouns it may mean the final one ("the world's
# last negative-rate regime").
_EVENT_NOUNS = (
    "rise|hike|increase|cut|reduction|change|move|decision|vote|recall|election|poll|eruption|"
    "earthquake|final|match|game|tournament|meeting|summit|visit|deal|crisis|war|time|attack|strike"
)
# "Japan's last rate rise", "the previous recall", "its last eruption": a sentence
# about an earlier occasion of the story's event. ("last week" is a date, not this.)
_PREVIOUS_OCCASION_RE = re.compile(
    rf"(?:\b(?:the|its|their|his|her)|['’]s)\s+"
    rf"(?:(?:previous|prior)\s+(?!(?:{_TIME_WORDS})\b)[^\W\d_]|last\s+(?:[\w-]+\s+)?(?:{_EVENT_NOUNS})s?\b)",
    re.IGNORECASE,
)


# "A separate fire in the Upcountry area ...": the sentence says it is about
# another event than the story's.
_SEPARATE_EVENT_RE = re.compile(
    r"\b(?:a|an|another)\s+(?:separate|unrelated|different)\s+[^\W\d_]", re.IGNORECASE
)


def _previous_occasion(claim: Claim) -> bool:
    return _names_previous_occasion(claim.text)


@lru_cache(maxsize=65536)
def _names_previous_occasion(text: str) -> bool:
    """An earlier occasion ("Japan's last rate rise") or a separate event ("a separate fire")."""
    return (
        _PREVIOUS_OCCASION_RE.search(text) is not None
        or _SEPARATE_EVENT_RE.search(text) is not None
        or _YEARS_AGO_RE.match(text) is not None
    )


# A sentence opening "Five years ago, ..." is about that earlier time.
_YEARS_AGO_RE = re.compile(r"^\W*(?:\w+|\d+)\s+years?\s+(?:ago|earlier|before)\b", re.IGNORECASE)


def _gap_days(x: DateRef, y: DateRef) -> int:
    """Days between two resolved periods (0 or less when they overlap or touch)."""
    gaps = (
        max((x.low - z.high).days, (z.low - x.high).days)  # type: ignore[operator]
        for z in (y, date_slots.in_year_of(y, x))
    )
    return min(gaps)


def _running_totals_apart(a: Claim, b: Claim) -> bool:
    """Both claims give a figure "by" a moment, and the moments differ.

    "By Wednesday morning the death toll had risen above 11,000" and "By
    Friday morning it had passed 21,000" are one count read at two times.
    """
    ba = [d.period for d in a.slots.dates if d.bound == "by" and d.period]
    bb = [d.period for d in b.slots.dates if d.bound == "by" and d.period]
    return bool(ba and bb) and not any(x[0] <= y[1] and y[0] <= x[1] for x in ba for y in bb)


# A running count read at some moment: "the death toll rose to 55 late Thursday",
# "the count had stood at 55 on Thursday" (a bare "count" is no cue: "one count of
# conspiracy"), "at least 36 people have been killed", "126 people had died", "78
# deaths", "expect that number to rise".
_RUNNING_COUNT_RE = re.compile(
    r"\b(?:(?:death\s+)?toll|tally|so\s+far|(?:rose|risen|climbed|jumped|increased)\s+to"
    r"|(?:stood|stands|standing)\s+at|(?:number|figure|toll)\s+(?:is\s+)?(?:likely\s+)?to\s+rise"
    r"|at\s+least\s+[\d,]+\s+(?:people\s+)?(?:have\s+)?(?:been\s+)?(?:killed|died|dead)"
    r"|[\d,]+\s+(?:people\s+)?(?:had|have|has)\s+(?:been\s+)?(?:confirmed\s+)?(?:killed|died|dead)"
    r"|[\d,]+\s+(?:confirmed\s+)?deaths|confirmed\s+dead)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=65536)
def _reads_running_count(text: str) -> bool:
    return _RUNNING_COUNT_RE.search(text) is not None


# "By Sunday the toll had reached 112", "as of Wednesday night", "rose to 245
# this morning": a count read at a time, which later readings update. A year
# after "by" is a deadline ("by 2025"), not a reading.
_AS_OF_RE = re.compile(
    r"\b(?:by|as\s+of)\s+(?:late\s+|early\s+)?(?:on\s+)?(?:the\s+)?"
    r"(?:this|last|yesterday|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday"
    r"|sunday|(?!\d{4}\b)\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mid|noon|midday"
    r"|the\s+end)"
    r"|\b(?:ris(?:e|en|es|ing)|rose|rais(?:e|ed|es|ing)|climb(?:ed|s|ing)?|reach(?:ed|es)?"
    r"|stood\s+at|stands\s+at|jump(?:ed|s)|increas(?:ed|es)|passed|topped|surpassed)\b",
    re.IGNORECASE,
)


def _times_apart(x: DateRef, y: DateRef) -> bool:
    """Different days, or clock times on one day that do not meet ("at midday
    on Saturday" vs "by Saturday evening")."""
    if x.low <= y.high and y.low <= x.high:  # type: ignore[operator]
        one_day = x.low == x.high == y.low == y.high
        if one_day and x.minutes is not None and y.minutes is not None:
            return not (x.minutes[0] <= y.minutes[1] and y.minutes[0] <= x.minutes[1])
        return False
    return True


def _readings_apart(a: Claim, b: Claim) -> bool:
    """Both sentences give counts, at times the other's dates do not touch
    (two days, or two clock times of one day), and one reads its count at a
    time ("by Sunday", "as of", "had risen to", "raising the toll to") or
    both read a running count ("at least 36 have been killed", "126 had
    died"): a death toll of 44 on Thursday and one of 112 by Sunday are two
    readings of a running count, not two sources disagreeing."""
    # (a quake's magnitude is a reading of a scale, no running count: "A
    # magnitude 7.7 earthquake struck at 12:50 p.m. local time" is the
    # "magnitude-7.7 earthquake" that "hit at 06:20 GMT")
    if not any(
        q.dimension is Dimension.COUNT and q.unit != "magnitude" for q in a.slots.quantities
    ):
        return False
    if not any(
        q.dimension is Dimension.COUNT and q.unit != "magnitude" for q in b.slots.quantities
    ):
        return False
    da = [d for d in a.slots.dates if d.low is not None and d.high is not None]
    db = [d for d in b.slots.dates if d.low is not None and d.high is not None]
    if not da or not db:
        return False
    if not all(_times_apart(x, y) for x in da for y in db):
        return False
    if _reads_running_count(a.text) and _reads_running_count(b.text):
        return True  # "at least 36 have been killed" on Wednesday, "126 had died" on Thursday
    return bool(_AS_OF_RE.search(a.text) or _AS_OF_RE.search(b.text))


# A copula or an apposition before a rank: the sentence says what rank its
# subject holds ("Kristine is the 11th tropical cyclone", "Atatürk, Europe's
# third-busiest airport,", "She is the 19th woman ... and the second Iranian
# woman"), not which of several things it speaks of ("the first quarter").
_POSSESSOR = r"(?:[A-Z][\w'\u2019.-]*\s+)*[A-Z][\w.-]*['\u2019]s"
_COPULA = r"\b(?:is|was|are|were|becomes|became|remains|remained|ranks?|ranked)"
_RANK_ASSERTED_RE = re.compile(
    _COPULA + r"(?:\s+(?:now|also|only|still))*\s+(?:as\s+)?(?:the|" + _POSSESSOR + r")\s+$"
)
# "Atatürk, Europe's third-busiest airport,": an apposition to a name.
_RANK_APPOSED_RE = re.compile(r"[A-Z][\w'\u2019-]*,\s+" + _POSSESSOR + r"\s+$")
_RANK_AND_RE = re.compile(r"\band\s+the\s+$")
_RANK_SINCE_RE = re.compile(r"[^,;.]*\bsince\b", re.IGNORECASE)


def _ranked_as(claim: Claim, q: Quantity) -> tuple[str, ...] | None:
    """The words from the ordinal ``q`` to the noun it ranks: "the 15th tropical
    cyclone" -> ("tropical", "cyclone"); "the second major hurricane" ->
    ("major", "hurricane"), which ranks another class than "the third
    hurricane"."""
    words = re.findall(r"[^\W\d_]+", claim.text[q.end : q.end + 50].lower())[:4]
    for i, w in enumerate(words):
        if w.startswith(q.unit[:4]) or q.unit.startswith(w[:4]):
            return tuple(words[: i + 1])
    return None


def asserted_rank(claim: Claim, q: Quantity) -> bool:
    """Whether the ordinal ``q`` is the rank the sentence gives its subject:
    the complement of "is"/"was" ("Kristine is the 11th tropical cyclone to
    enter", "Atatürk is Europe's third-busiest airport"), an apposition to a
    name ("Atatürk, Europe's third-busiest airport, handled"), or one
    coordinated with such a rank ("is the 19th woman ... and the second
    Iranian woman"). Two such ranks of one thing that differ are a conflict
    about one fact, not two occasions ("the first quarter" / "the second
    quarter")."""
    if q.dimension is not Dimension.ORDINAL:
        return False
    # "the first prime minister since Nehru", "its first title since 1978": a
    # rank counted from a point, which "the second after Nehru" also gives.
    if _RANK_SINCE_RE.match(claim.text, q.end):
        return False
    before = claim.text[max(0, q.start - 60) : q.start]
    if _RANK_ASSERTED_RE.search(before) or _RANK_APPOSED_RE.search(before):
        return True
    m = _RANK_AND_RE.search(before)
    return m is not None and any(
        _RANK_ASSERTED_RE.search(claim.text[: o.start])
        for o in claim.slots.quantities
        if o.dimension is Dimension.ORDINAL and o.start < q.start - len(m.group(0))
    )


def _ordinals_apart(a: Claim, b: Claim) -> bool:
    """Both sentences rank one named thing ("quarter", "round", "quake"), and
    no rank of one is a rank of the other; not when both say what rank their
    subject holds (`asserted_rank`): that is one fact, told two ways."""
    ra = [q for q in a.slots.quantities if q.dimension is Dimension.ORDINAL and q.unit]
    rb = [q for q in b.slots.quantities if q.dimension is Dimension.ORDINAL and q.unit]
    shared = {q.unit for q in ra} & {q.unit for q in rb}
    for unit in shared:
        if any(
            _ranked_as(a, qa) == _ranked_as(b, qb) is not None
            for qa in ra
            if qa.unit == unit and asserted_rank(a, qa)
            for qb in rb
            if qb.unit == unit and asserted_rank(b, qb)
        ):
            continue
        va = {q.low for q in ra if q.unit == unit}
        vb = {q.low for q in rb if q.unit == unit}
        if not va & vb:
            return True
    return False


# Stages or measures of one kind of thing that are two figures, not two
# readings of one: a preliminary report and the final one, a peak audience and
# an average one.
_STAGE_PAIRS = (
    (frozenset({"preliminary", "interim", "provisional"}), frozenset({"final"})),
    (frozenset({"peak"}), frozenset({"average"})),
)
_STAGE_RE = re.compile(
    r"\b(preliminary|interim|provisional|final|peak|average)\s+([^\W\d_]+)(?:\s+([^\W\d_]+))?",
    re.IGNORECASE,
)


def _staged(text: str) -> list[tuple[str, frozenset[str]]]:
    """(stage word, the words it qualifies) in ``text``: "the final report" ->
    ("final", {"report"}), "a peak television audience" -> ("peak",
    {"television", "audience"})."""
    return [
        (m.group(1).lower(), frozenset(w.lower() for w in m.groups()[1:] if w))
        for m in _STAGE_RE.finditer(text)
    ]


def _stages_apart(a: Claim, b: Claim) -> bool:
    """One sentence gives a thing at one stage or measure, the other the same
    thing at another: "the final report is expected within a year" and "a
    preliminary report within 30 days", "a peak audience of more than 11
    million" and "an average audience of more than three million"."""
    sa, sb = _staged(a.text), _staged(b.text)
    return any(
        ((x in one and y in other) or (x in other and y in one)) and wx & wy
        for one, other in _STAGE_PAIRS
        for x, wx in sa
        for y, wy in sb
    )


# When in a trading day a price or a move was read: the premarket move, the
# price by early afternoon, the close and the after-hours move are four figures.
_MARKET_MOMENTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("premarket", re.compile(r"\bpre-?market\b|\bbefore\s+the\s+(?:opening\s+)?bell\b", re.I)),
    ("after-hours", re.compile(r"\bafter-?\s?hours\b|\bextended\s+trading\b", re.I)),
    (
        "intraday",
        re.compile(
            r"\b(?:by|in\s+the|in)\s+(?:early|late|mid-?)?\s*(?:morning|afternoon|midday|lunchtime)"
            r"|\bin\s+(?:early|late|morning|afternoon)\s+trad(?:e|ing)\b|\bintraday\b"
            r"|\bat\s+one\s+point\b|\bat\s+the\s+open\b|\bopened\b",
            re.I,
        ),
    ),
    ("close", re.compile(r"\b(?:closed|closing|close|finished|ended\s+the\s+day|settled)\b", re.I)),
    # A move over a longer period: "up more than 90% this year".
    (
        "period",
        re.compile(
            r"\b(?:so\s+far\s+)?this\s+year\b|\byear[-\s]to[-\s]date\b"
            r"|\bover\s+the\s+(?:past|last)\s+(?:year|12\s+months)\b"
            r"|\bsince\s+the\s+start\s+of\s+the\s+year\b",
            re.I,
        ),
    ),
)


_MARKET_RE = re.compile(
    r"\b(?:shares?|stocks?|index|indices|trading|traded|trades|Nasdaq|Dow|S&P|FTSE|Nikkei|DAX"
    r"|CAC|Hang\s+Seng|futures|yields?|bonds?|sterling|dollar|euro|yen|pound|rouble|ruble"
    r"|yuan|currency|Brent|crude|bitcoin)\b",
    re.I,
)


@lru_cache(maxsize=65536)
def _market_moment(text: str) -> str | None:
    """The one moment of the trading day a sentence reads its figure at, if it says."""
    found = [name for name, pattern in _MARKET_MOMENTS if pattern.search(text)]
    return found[0] if len(found) == 1 else None


@lru_cache(maxsize=65536)
def _market_moments_read(text: str) -> int:
    """How many moments of the trading day a sentence names."""
    return sum(1 for _, pattern in _MARKET_MOMENTS if pattern.search(text))


def _market_moments_apart(a: Claim, b: Claim) -> bool:
    """Two readings of a market figure at two moments of the day (a closing
    price against the price by early afternoon, or the after-hours move).

    One of the two must name a market ("shares", "the yen"): "the airport
    closed" and "by the afternoon" are no trading day.
    """
    ma, mb = _market_moment(a.text), _market_moment(b.text)
    if ma is None or mb is None or ma == mb:
        return False
    return bool(_MARKET_RE.search(a.text) or _MARKET_RE.search(b.text))


# A figure someone foresees or fears rather than one that came to pass: "warned
# of a storm surge of up to 16 feet", "fear the final toll could exceed 300",
# "Up to 3,800 soldiers could be deployed". The cue stands in the figure's
# clause before it, or right after its noun.
_FORESEEN_BEFORE_RE = re.compile(
    r"\b(?:could|might|forecasts?|forecast(?:ed|ing)|predict(?:s|ed|ing)?"
    r"|projected|warn(?:s|ed|ing)?\s+of|fears?|feared)\b"
    r"[^.;:!?]{0,60}$",
    re.IGNORECASE,
)
_FORESEEN_AFTER_RE = re.compile(
    r"^(?:\s+[^\W\d_][\w'\u2019-]*){0,3}\s+(?:could|might)\s+(?!not\b)[a-z]"
)


def _foreseen(text: str, q: Quantity) -> bool:
    return bool(
        _FORESEEN_BEFORE_RE.search(text[max(0, q.start - 80) : q.start])
        or _FORESEEN_AFTER_RE.match(text[q.end : q.end + 60])
    )


def _foreseen_against_outcome(a: Claim, b: Claim) -> bool:
    """The figures in conflict are foreseen on one side ("forecasters warned of
    a surge of up to 16 feet") and stated as come to pass on the other ("a tide
    gauge recorded a surge of 6.8 feet"): a forecast and what happened are two
    facts, not two reports of one."""
    fa, fb = _other_figures(a), _other_figures(b)
    ua, ub = _unmatched(fa, fb), _unmatched(fb, fa)
    if not ua or not ub:
        return False
    sa = {_foreseen(a.text, q) for q in ua}
    sb = {_foreseen(b.text, q) for q in ub}
    return len(sa) == len(sb) == 1 and sa != sb


# A storm's category at an earlier stage than the other sentence's: "had briefly
# reached Category 4 over the Gulf", "had been a Category 4 storm earlier this
# week", "strengthened into a Category 5", "crossed Florida as a Category 1
# before gaining strength". (Weakening "by the time it passed" is the moment
# the other side may also read.)
_EARLIER_STAGE_RE = re.compile(
    r"\bhad\s+(?:briefly\s+|earlier\s+|already\s+)?(?:been|reached|peaked|strengthened"
    r"|intensified|become|grown)\b|\bearlier\b|\bpeaked\b|\b(?:strengthened|intensified)\s+into\b"
    r"|\bbefore\s+(?:gaining|strengthening|intensifying|weakening|making\s+landfall)\b",
    re.IGNORECASE,
)


def _storm_stages_apart(a: Claim, b: Claim) -> tuple[str, str] | None:
    """The categories of a storm in conflict, one of them at an earlier stage
    than the other ("made landfall as a Category 3" / "had briefly reached
    Category 4 over the Gulf"): two stages of the storm, not two reports of one."""
    labels = _labels_apart(a.text, b.text)
    if labels is None or not labels[0].startswith("Category"):
        return None
    if (_EARLIER_STAGE_RE.search(a.text) is None) == (_EARLIER_STAGE_RE.search(b.text) is None):
        return None
    return labels


# A market move over a period up to now ("has lost about 11% since Friday's
# close", "down 3% since the declaration").
# Not a record's "since" ("its lowest finish since August", "the longest
# winning run since 1987").
_MOVE_SINCE_RE = re.compile(r"\bsince\b", re.IGNORECASE)
_RECORD_BEFORE_SINCE_RE = re.compile(
    r"\b(?:[^\W\d_]{3,}est|most|least|first|worst|best)\b(?:\s+[\w'-]+){0,4}\s+$", re.IGNORECASE
)


def _moves_since(text: str) -> bool:
    return any(
        not _RECORD_BEFORE_SINCE_RE.search(text[max(0, m.start() - 50) : m.start()])
        for m in _MOVE_SINCE_RE.finditer(text)
    )


def _market_moves_apart(a: Claim, b: Claim) -> bool:
    """Two moves of a market figure over different spans: on two days ("fell
    1.7% on Friday" / "rose 2% to a record high on Monday"), or one day's
    against the move since some moment ("closed 5.3% lower yesterday" / "have
    lost about 11% since Friday's close")."""
    if not (_MARKET_RE.search(a.text) and _MARKET_RE.search(b.text)):
        return False
    fa, fb = _other_figures(a), _other_figures(b)
    conflicting = _unmatched(fa, fb) + _unmatched(fb, fa)
    if not conflicting or any(q.dimension is not Dimension.PERCENT for q in conflicting):
        return False
    if _moves_since(a.text) != _moves_since(b.text):
        return True
    da, db = _event_days(a), _event_days(b)
    return bool(da and db) and all(_gap_days(x, y) > 0 for x in da for y in db)


_MAGNITUDE_RE = re.compile(r"\bmagnitude\b", re.IGNORECASE)
_AFTERSHOCK_RE = re.compile(
    r"\b(?:after|fore)shocks?\b|\b(?:second|another|separate)\s+(?:major\s+|strong\s+|powerful\s+)?"
    r"(?:quake|earthquake|tremor|shock)\b",
    re.IGNORECASE,
)


def _shocks_apart(a: Claim, b: Claim) -> bool:
    """Magnitudes of two shocks: the main quake and an aftershock, a foreshock
    or a second quake ("the 7.7-magnitude quake" / "a magnitude 6.1
    foreshock")."""
    if not (_MAGNITUDE_RE.search(a.text) and _MAGNITUDE_RE.search(b.text)):
        return False
    fa, fb = _other_figures(a), _other_figures(b)
    conflicting = _unmatched(fa, fb) + _unmatched(fb, fa)
    if not conflicting or not all(_magnitude(q) for q in conflicting):
        return False  # "31 minutes later" / "about an hour later": one shock's timing
    after_a = any(_aftershock_figure(a.text, q) for q in _unmatched(fa, fb))
    after_b = any(_aftershock_figure(b.text, q) for q in _unmatched(fb, fa))
    # Two aftershocks may be one told twice, even when one side calls it the
    # strongest ("An aftershock of magnitude 6.7 followed minutes later" / "A
    # magnitude 6.4 aftershock hit 12 minutes later"): compared.
    return after_a != after_b


_SHOCK_NOUN_RE = re.compile(
    r"\b(?:quake|earthquake|tremor|temblor|shock|mainshock|main\s+shock)s?\b", re.IGNORECASE
)


def _aftershock_figure(text: str, q: Quantity) -> bool:
    """The shock nearest to the magnitude is an aftershock, a foreshock or a
    second quake ("a magnitude 6.1 aftershock", "the strongest of magnitude
    5.5"), not the main quake a sentence also says aftershocks followed."""

    def distance(m: re.Match[str]) -> int:
        return q.start - m.end() if m.end() <= q.start else m.start() - q.end

    after = [(distance(m), True) for m in _AFTERSHOCK_RE.finditer(text)]
    main = [
        (distance(m), False)
        for m in _SHOCK_NOUN_RE.finditer(text)
        if not any(
            m.start() >= x.start() and m.end() <= x.end() for x in _AFTERSHOCK_RE.finditer(text)
        )
    ]
    near = sorted(after + main)
    return bool(near) and near[0][1]


def _magnitude(q: Quantity) -> bool:
    return q.dimension is Dimension.COUNT and q.unit in ("", "magnitude") and q.high < 10


# A count read now, as it stands ("has now recorded", "so far", "has since
# risen", "since the floods", "since Thursday"), or by a time of day ("by late
# afternoon", "by mid-morning"). A month or a year after "since" starts a
# period ("since January"), which a count for the year also covers.
_NOW_READING_RE = re.compile(
    r"\b(?:now|so\s+far|to\s+date|(?:has|have|had)\s+since)\b"
    # "since the floods", not a record's "the worst since the Second World War"
    r"|\bsince\s+(?:the\s+(?!(?:start|beginning|end|first|last|same)\b)(?-i:[a-z]{3,})"
    r"|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)",
    re.IGNORECASE,
)
_BY_TIME_RE = re.compile(
    r"\bby\s+(?:late\s+|early\s+)?(?:(?:yesterday|today|this|last|monday|tuesday|wednesday"
    r"|thursday|friday|saturday|sunday)\s+)?(?:late\s+|early\s+)?(?:mid-?)?(?:morning|afternoon"
    r"|evening|night|nightfall|midday|noon|lunchtime|dawn|dusk)\b",
    re.IGNORECASE,
)


def _read_at_a_time(claim: Claim) -> bool:
    """The sentence reads its count by a time of day or on a day it names
    (not a "since" start, not a month or a year)."""
    if _BY_TIME_RE.search(claim.text):
        return True
    return any(
        d.low is not None and d.high is not None and not d.bound and (d.high - d.low).days <= 1
        for d in claim.slots.dates
    )


def _counts_read_apart(a: Claim, b: Claim) -> bool:
    """One sentence reads a count as it stands now, the other at an earlier
    time it names: "GeoNet has now recorded more than 2,000 aftershocks" and
    "had logged more than 1,000 by late yesterday afternoon", "about 1,650
    deaths so far" and "nearly 3,400 on Tuesday": one running count read
    twice, neither confirming nor contradicting the other."""
    now_a, now_b = (_NOW_READING_RE.search(c.text) is not None for c in (a, b))
    if now_a == now_b:
        return False
    return _read_at_a_time(b if now_a else a)


# Figures of one kind for two places, neither inside the other ("About 65% of
# gas stations in North Carolina" vs "nearly 90% of gas stations in Washington,
# D.C."; "Vietnam evacuated about 600,000 people" vs "800,000 ... evacuated in
# the Philippines"), or for a place against a whole that holds it ("at least
# five people were killed in North Carolina" vs "at least 17 people, most of
# them in North Carolina"): two facts, not one reported two ways.
# A country at the head of the sentence doing the counted thing ("Vietnam
# evacuated"), never its speaker ("Vietnam said").
_SUBJECT_PLACE_AFTER_RE = re.compile(r"\s+(?!(?:said|reported|announced|claimed)\b)[a-z]+ed\b")
# Where one event happened, not the scope of a count: "crashed in Nepal" vs
# "crashed in India" is a place in dispute (`place_differs`), so kept.
_EVENT_IN_RE = re.compile(
    r"\b(?:crash(?:ed|es)?|struck|strikes|hit|hits|land(?:ed|s)|erupt(?:ed|s)|happen(?:ed|s)"
    r"|occur(?:red|s)|explod(?:ed|es)|sank|sinks|collaps(?:ed|es)|made\s+landfall"
    r"|came\s+ashore|took\s+place|broke\s+out|began|started|held)\b[^.;,]{0,25}$",
    re.IGNORECASE,
)
# The figure spans the place and more: "17 people, most of them in North Carolina".
_MOST_OF_THEM_IN_RE = re.compile(
    r"\b(?:most|many|some|several|half|all\s+but\s+\w+|[\w-]+)\s+of\s+them\s+(?:in|at)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _count_scopes(claim: Claim) -> dict[str, str]:
    """Towns and regions a sentence's figures are counted in (`_located`, less
    places where an event happened), and a country that is the sentence's subject."""
    out: dict[str, str] = {}
    for name, level in _located(claim).items():
        starts = [e.start for e in claim.slots.entities if e.text == name]
        if (
            starts
            and not _EVENT_IN_RE.search(claim.text[max(0, starts[0] - 60) : starts[0]])
            and not _BASED_RE.match(
                claim.text[starts[0] + len(name) :]
            )  # "a Britain-based monitor"
        ):
            out[name] = level
    for e in claim.slots.entities:
        if (
            e.kind == "place"
            and not claim.text[: e.start].strip()
            and names.is_country(e.text)
            and _SUBJECT_PLACE_AFTER_RE.match(claim.text[e.end :])
        ):
            out[e.text] = "region"
    return out


def _holds(x: str, kx: str, y: str, ky: str) -> bool | None:
    """Whether either place lies inside the other (None: unknown)."""
    if kx == "region" and ky == "region":
        cx, cy = names.region_code(x), names.region_code(y)
        if cx is None or cy is None:
            return None
        return cx.startswith(cy + "-") or cy.startswith(cx + "-")
    if kx == "town" and ky == "region":
        inside = names.town_in(x, y)
        return None if inside is None else inside
    if kx == "region" and ky == "town":
        return _holds(y, ky, x, kx)
    return None  # two towns: two sites of one event as often as two counts


def _spanned_places(claim: Claim) -> list[str]:
    """Places a figure spans and goes beyond ("17 people, most of them in North Carolina")."""
    return [
        e.text
        for e in claim.slots.entities
        if e.kind == "place"
        and _MOST_OF_THEM_IN_RE.search(claim.text[max(0, e.start - 40) : e.start])
    ]


# A figure for a whole state or country: "more than 100 people had died in the
# state", "arrests nationwide".
_WHOLE_AREA_RE = re.compile(
    r"\b(?:(?:in|across|throughout)\s+the\s+(?:state|country|nation)\b|statewide|nationwide"
    r"|countrywide)",
    re.IGNORECASE,
)


def _inside(place: str, level: str, container: str, claim: Claim) -> bool:
    """``place`` (where ``claim`` puts something) lies inside ``container``, a
    different region: "Harrison County, Mississippi" or a town GeoNames puts there."""
    if same_place(place, container):
        return False
    region = _qualified(claim).get(place)
    if region is not None and same_place(region, container):
        return True
    if level == "town":
        return names.town_in(place, container) is True
    cp, cc = names.region_code(place), names.region_code(container)
    return cp is not None and cc is not None and cp.startswith(cc + "-")


def _area_against_part(whole: Claim, part: Claim) -> bool:
    """``whole`` counts across a state or country it names ("Mississippi officials
    said ... 100 people had died in the state"), ``part`` in a place inside it
    ("In Harrison County, Mississippi, ... at least 50")."""
    if not _WHOLE_AREA_RE.search(whole.text) or _WHOLE_AREA_RE.search(part.text):
        return False
    containers = [
        e.text for e in whole.slots.entities if e.kind == "place" and names.is_region(e.text)
    ]
    if not containers:
        return False
    scopes = dict(_count_scopes(part))
    for e in part.slots.entities:
        if (
            e.kind == "place"
            and e.text in _qualified(part)
            and _LOCATIVE_RE.search(part.text[: e.start])
            and not _EVENT_IN_RE.search(part.text[max(0, e.start - 60) : e.start])
        ):
            scopes.setdefault(e.text, "town")
    return any(_inside(p, level, c, part) for p, level in scopes.items() for c in containers)


def _figure_places_apart(a: Claim, b: Claim) -> bool:
    """The two sentences count in two places, neither holding the other and
    neither named by the other sentence, or one counts a whole that holds the
    place the other counts in (see `_MOST_OF_THEM_IN_RE`)."""
    if _area_against_part(a, b) or _area_against_part(b, a):
        return True
    sa, sb = _count_scopes(a), _count_scopes(b)
    if not sa or not sb:
        return False
    wa, wb = _spanned_places(a), _spanned_places(b)
    for spanned, other, part_scopes in ((wa, wb, sb), (wb, wa, sa)):
        if not other and any(same_place(w, p) for w in spanned for p in part_scopes):
            return True
    places_a = set(_places(a)) | set(sa)
    places_b = set(_places(b)) | set(sb)
    if any(same_place(x, y) or _nested(x, y) for x in places_a for y in places_b):
        return False
    return all(_holds(x, kx, y, ky) is False for x, kx in sa.items() for y, ky in sb.items())


def different_occasions(a: Claim, b: Claim) -> Finding | None:
    """Two occasions of one kind of event, not one fact reported two ways.

    "In February, Tesla recalled about 363,000 cars" and "Tesla yesterday
    recalled just over 2 million vehicles" (in December) share a topic and a
    verb, and align; but every date of one lies more than `OCCASION_GAP_DAYS`
    from every date of the other, and the figures differ as well. Reporters
    disagree about a day or a figure of one event; two conflicts this large
    mean two events (last February's recall, the 2014 final), so the pair is
    not a divergence, and neither sentence corroborates the other. One conflict
    alone is still judged as usual: a figure or a date in dispute is what an
    editor must see, unless one sentence names itself an earlier occasion
    ("Japan's last rate rise, in February 2007, took the rate to 0.5%") and the
    other does not: then any conflicting figure or date is that difference.
    Two figures given "by" two different moments are a running total read
    twice ("by Wednesday ... above 11,000", "by Friday ... 21,000"), and so
    are two readings of a toll or count on different days ("the death toll
    rose to 55 late Thursday", "... rose to 93 on Saturday night").
    """
    if _previous_occasion(a) != _previous_occasion(b):
        found = (
            amount_differs(a, b)
            or number_differs(a, b)
            or start_date_differs(a, b)
            or date_differs(a, b)
        )
        if found is not None:
            return Finding(found.kind, "different_occasions", found.value_a, found.value_b)
        return None
    stages = _storm_stages_apart(a, b)
    if stages is not None:
        return Finding(Kind.NUMBER, "different_occasions", *stages)
    # "the first quarter" vs "the second quarter", "the first quake" vs "a
    # second quake"; figures for two different subjects ("Labour won 33.7 per
    # cent" vs "Reform UK won 14.3 per cent"); a market read at two moments:
    # two facts. (Only figures can differ then: skip the tests without any.)
    # (The figures are compared first: the tests of two facts cost more, and
    # matter only when the figures differ.)
    if a.slots.quantities and b.slots.quantities:
        figures = amount_differs(a, b) or number_differs(a, b)
        if figures is not None and (
            _ordinals_apart(a, b)
            or _market_moments_apart(a, b)
            or subject_differs(a, b)
            or _stages_apart(a, b)
            or _foreseen_against_outcome(a, b)
            or _shocks_apart(a, b)
            or _market_moves_apart(a, b)
            or _figure_places_apart(a, b)
        ):
            return Finding(figures.kind, "different_occasions", figures.value_a, figures.value_b)
    figures = number_differs(a, b) if a.slots.quantities and b.slots.quantities else None
    if figures is not None and figures.rule == "number_differs" and _counts_read_apart(a, b):
        fa, fb = _other_figures(a), _other_figures(b)
        conflicting = _unmatched(fa, fb) + _unmatched(fb, fa)
        if conflicting and all(q.dimension is Dimension.COUNT for q in conflicting):
            return Finding(figures.kind, "different_occasions", figures.value_a, figures.value_b)
    if _running_totals_apart(a, b):
        figures = amount_differs(a, b) or number_differs(a, b)
        if figures is not None:
            return Finding(figures.kind, "different_occasions", figures.value_a, figures.value_b)
    if _readings_apart(a, b):
        # "44 killed on Wednesday" vs "by Sunday the toll had reached 112":
        # whether the figures differ or not ("at least 39" yesterday, 41 by
        # last night), neither reading confirms or contradicts the other
        # (across dev and quality/extra, 180 cases: 30 aligned pairs joining
        # no gold pair, most of them a hard negative, and one gold pair).
        found = amount_differs(a, b) or number_differs(a, b) or date_differs(a, b)
        if found is not None:
            return Finding(found.kind, "different_occasions", found.value_a, found.value_b)
        first_a, first_b = (next(d for d in c.slots.dates if d.low is not None) for c in (a, b))
        return Finding(Kind.DATE, "different_occasions", date_label(first_a), date_label(first_b))
    da, db = _event_days(a), _event_days(b)
    if not da or not db:
        return None
    gap = min(_gap_days(x, y) for x in da for y in db)
    if 0 < gap <= OCCASION_GAP_DAYS and _one_swapped(_places(a), _places(b), same_place):
        # Another day, another place and another figure: two rescues ("a woman
        # in her 90s ... on Saturday in Suzu" vs "a woman in her 80s ... on
        # Wednesday in Wajima"). Reports rarely disagree on three details at once.
        figures = amount_differs(a, b) or number_differs(a, b) or _frames_differ(a, b)
        if figures is not None:
            return Finding(figures.kind, "different_occasions", figures.value_a, figures.value_b)
    if gap <= OCCASION_GAP_DAYS:
        return None
    figures = amount_differs(a, b) or number_differs(a, b)
    if figures is None:
        return None
    return Finding(figures.kind, "different_occasions", figures.value_a, figures.value_b)


def event_gap_days(a: Claim, b: Claim) -> int | None:
    """Days between the closest event dates of two claims (0 or less: they
    overlap), or None when either has none ("since"/"by" bounds are periods,
    not events).

    Far-apart dates are no reason by themselves to unpair two sentences (one
    may state a background fact beside its news: "raised rates yesterday,
    ending the negative rates" pairs with "negative rates were introduced in
    2016"), but `check` takes no dissent from a sentence dated more than
    `OCCASION_GAP_DAYS` from the draft or its support.
    """
    da, db = _event_days(a), _event_days(b)
    if not da or not db:
        return None
    return min(_gap_days(x, y) for x in da for y in db)


def find_conflict(a: Claim, b: Claim, *, rules: Sequence[Rule] = RULES) -> Finding | None:
    """The first irreconcilable detail between two claims, or None."""
    if a.text == b.text and a.slots == b.slots:
        return None  # one sentence twice (a copy) states nothing the other denies
    for rule in rules:
        finding = rule(a, b)
        if finding is not None:
            return finding
    return None


def judge_pair(
    candidate: Candidate, a: Claim, b: Claim, *, rules: Sequence[Rule] = RULES
) -> Judgement:
    """Label one aligned pair and record the rule that decided."""
    return _judgement(candidate, _verdict(a, b, rules))


def other_conflicts(
    a: Claim, b: Claim, finding: Finding, *, rules: Sequence[Rule] = _ALSO_RULES
) -> tuple[Finding, ...]:
    """Conflicts of other kinds beside ``finding``, among the concrete ones (a
    figure, a sum, a date, a place): "in Eastfield on Monday night" vs "in
    Millbrook on Tuesday night" differ on the day and on the town."""
    out: list[Finding] = []
    for rule in rules:
        kinds = {finding.kind, *(f.kind for f in out)}
        other = rule(a, b)
        if other is not None and other.kind not in kinds:
            out.append(other)
    return tuple(out)


def _verdict(a: Claim, b: Claim, rules: Sequence[Rule]) -> Finding | tuple[str, ...]:
    """The conflict between two claims (with `other_conflicts`), or (none found)
    the details they agree on."""
    finding = find_conflict(a, b, rules=rules)
    if finding is None:
        return agreements(a, b)
    if rules is RULES:
        finding = replace(finding, also=other_conflicts(a, b, finding))
    elif rules is COMPARE_RULES:
        finding = replace(finding, also=other_conflicts(a, b, finding, rules=_COMPARE_ALSO_RULES))
    return finding


def _judgement(candidate: Candidate, verdict: Finding | tuple[str, ...]) -> Judgement:
    if not isinstance(verdict, Finding):
        return Judgement(
            a=candidate.a,
            b=candidate.b,
            label=Label.CORROBORATED,
            kind=None,
            score=candidate.score,
            cosine=candidate.cosine,
            rule="no_conflict",
            agreed=verdict,
            probability=candidate.probability,
        )
    return Judgement(
        a=candidate.a,
        b=candidate.b,
        label=Label.DIVERGENT,
        kind=verdict.kind,
        score=candidate.score,
        cosine=candidate.cosine,
        rule=verdict.rule,
        value_a=verdict.value_a,
        value_b=verdict.value_b,
        also=tuple((f.kind, f.value_a, f.value_b) for f in verdict.also),
        probability=candidate.probability,
    )


def _content_key(claim: Claim) -> tuple[object, ...]:
    """What the rules read of a claim: its sentence and slots. Slots compare
    without the words and spans their figures, dates and names were read from
    and without the publication date, pronoun and time zone they were resolved
    with, nor the title the story gives a bare-named speaker; the words
    and spans follow from the sentence, the rest is added."""
    slots = claim.slots
    sentence = claim.sentence
    key = (sentence.text, sentence.plain, slots, slots.anchor, slots.referent, slots.local_zone)
    return (*key, slots.title)  # the title the story gives a bare name


# From this many candidate pairs `judge_pairs` runs on all cores.
PARALLEL_MIN_PAIRS = 4_000


def judge_pairs(
    candidates: Sequence[Candidate], claims: Mapping[str, Claim]
) -> tuple[Judgement, ...]:
    """Judge every candidate pair; pairs about `different_occasions` are left out.

    Large inputs are judged on all cores (`claimcheck.parallel`); the verdicts
    are the same as in one process. A pair whose two sentences read exactly
    as those of a pair judged before (`_content_key`: copies of one article,
    as syndicated wire stories are) takes that pair's verdict.
    """

    def verdicts(chunk: Sequence[Candidate]) -> list[Finding | tuple[str, ...] | None]:
        numbers_of: dict[str, int] = {}  # claim id -> its content's number
        contents: dict[tuple[object, ...], int] = {}
        judged: dict[tuple[int, int], Finding | tuple[str, ...] | None] = {}

        def number(claim_id: str) -> int:
            found = numbers_of.get(claim_id)
            if found is None:
                key = _content_key(claims[claim_id])
                found = numbers_of[claim_id] = contents.setdefault(key, len(contents))
            return found

        out: list[Finding | tuple[str, ...] | None] = []
        for c in chunk:
            key = (number(c.a), number(c.b))
            if key not in judged:
                a, b = claims[c.a], claims[c.b]
                judged[key] = (
                    None if different_occasions(a, b) is not None else _verdict(a, b, COMPARE_RULES)
                )
            out.append(judged[key])
        return out

    # Distinct sentences take ~0.6 ms a pair (400 distinct articles: 18,763
    # pairs, 10.5 s on one core), so a few thousand pairs are worth the fork
    # (11-56 ms); at least four chunks per worker keep the workers equally busy.
    chunk = min(parallel.CHUNK, math.ceil(len(candidates) / (4 * parallel.workers())))
    results = parallel.map_chunks(
        verdicts, candidates, min_items=PARALLEL_MIN_PAIRS, chunk=max(1, chunk)
    )
    return tuple(
        _judgement(c, verdict)
        for c, verdict in zip(candidates, results, strict=True)
        if verdict is not None
    )
