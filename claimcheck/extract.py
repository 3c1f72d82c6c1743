"""Stage 4: extract the checkable details (slots) of each sentence."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace

from claimcheck.records import Claim, Entity, Sentence, Slots, Source
from claimcheck.slots import dates, events, names, numbers, stance, zones


def extract_slots(text: str, *, anchor: object = None) -> Slots:
    """All slots of one sentence; relative dates resolve against ``anchor``."""
    return Slots(
        quantities=numbers.parse_quantities(text),
        dates=dates.parse_dates(text, anchor=anchor),  # type: ignore[arg-type]
        entities=names.extract_entities(text),
        attribution=stance.find_attribution(text),
        hedges=stance.find_hedges(text),
        negated=stance.is_negated(text),
        polarity=stance.find_polarity(text),
        anchor=anchor if isinstance(anchor, dt.date) else None,
    )


def extract_claims(
    sentences: Iterable[Sentence], *, sources: Mapping[str, Source]
) -> tuple[Claim, ...]:
    """Turn sentences into claims, anchoring dates on each source's publication
    date, and days counted from an event ("the day after the collapse") on the
    day the same source gives that event (`events.count_from_events`)."""
    claims = [
        Claim(sentence=s, slots=extract_slots(s.readable, anchor=sources[s.source].published))
        for s in sentences
    ]
    by_source: dict[str, list[int]] = {}
    for i, claim in enumerate(claims):
        by_source.setdefault(claim.source, []).append(i)
    for members in by_source.values():
        counted = events.count_from_lead(
            [claims[i].text for i in members],
            events.count_from_events(
                [claims[i].text for i in members],
                [claims[i].slots.dates for i in members],
                sources[claims[members[0]].source].published,
            ),
        )
        for i, found in zip(members, counted, strict=True):
            if found is not claims[i].slots.dates:
                claims[i] = replace(claims[i], slots=replace(claims[i].slots, dates=found))
    return tuple(resolve_pronouns(_local_zones(claims, sources)))


# `count_from_events_across` borrows an event's day from sources published this
# many days at most from the borrower's.
_LENDING_DAYS = 31


def count_from_events_across(
    claims: Sequence[Claim], sources: Mapping[str, Source], reference: Sequence[Claim] = ()
) -> tuple[Claim, ...]:
    """Read "N days after the <event>" in a source that never dates the event
    from the day the other sources that date it agree on, two at least
    ("detained four days after the collapse" where two others say the building
    fell on 24 April; `events.count_from_events` with ``elsewhere``).
    ``reference``: claims of other sources that lend their days and are not
    changed (a draft's sources)."""
    every = [*claims, *reference]
    by_source: dict[str, list[int]] = {}
    for i, claim in enumerate(every):
        by_source.setdefault(claim.source, []).append(i)
    texts = {s: [every[i].text for i in members] for s, members in by_source.items()}
    own = {c.source for c in claims}
    wanted = {s: events.counted_events(texts[s]) for s in by_source if s in own}
    if len(by_source) < 3 or not any(wanted.values()):
        return tuple(claims)
    known: dict[tuple[str, str], dt.date | None] = {}

    def day(source: str, word: str) -> dt.date | None:
        if (source, word) not in known:
            known[source, word] = events.event_day(
                word,
                texts[source],
                [every[i].slots.dates for i in by_source[source]],
                sources[source].published,
            )
        return known[source, word]

    lower = {s: " ".join(t).lower() for s, t in texts.items()}

    def lenders(source: str, word: str) -> list[str]:
        """Sources published within a month of ``source`` that name the event
        (a large run may hold other stories' crashes)."""
        published = sources[source].published
        return [
            other
            for other in by_source
            if other != source
            and published is not None
            and (when := sources[other].published) is not None
            and abs((when - published).days) <= _LENDING_DAYS
            and events.may_date(word, lower[other])
        ]

    out = list(claims)
    for source, words in wanted.items():
        elsewhere = {}
        for word in sorted(words):
            if day(source, word) is not None:
                continue
            given = [d for other in lenders(source, word) if (d := day(other, word))]
            # Two outlets at least: one may have misread which day its words date.
            if len(given) >= 2 and len(set(given)) == 1:
                elsewhere[word] = given[0]
        if not elsewhere:
            continue
        members = by_source[source]
        counted = events.count_from_events(
            texts[source],
            [every[i].slots.dates for i in members],
            sources[source].published,
            elsewhere,
        )
        for i, found in zip(members, counted, strict=True):
            if found is not every[i].slots.dates:
                out[i] = replace(every[i], slots=replace(every[i].slots, dates=found))
    return tuple(out)


def _local_zones(claims: list[Claim], sources: Mapping[str, Source]) -> list[Claim]:
    """Give a claim with a clock in "local time", or with no zone written,
    the zone of the place its source is about (`zones.source_zone`), for
    the judge to read it in when the sentence names no place."""
    found: dict[str, str | None] = {}
    out = []
    for claim in claims:
        if any(d.zone == "local" or _bare_clock(d) for d in claim.slots.dates):
            if claim.source not in found:
                source = sources[claim.source]
                body = source.text[source.body_start :]
                found[claim.source] = zones.source_zone(body, source.published)
            if found[claim.source] is not None:
                claim = replace(claim, slots=replace(claim.slots, local_zone=found[claim.source]))
        out.append(claim)
    return out


def _bare_clock(d: dates.DateRef) -> bool:
    """A clock time with no zone written ("at 3:30 p.m.")."""
    return d.minutes is not None and not d.zone and not d.utc


# A sentence whose subject is a bare "he"/"she", perhaps after a short opening
# phrase: "He added that ...", "On Friday she ordered ...", "In a televised
# address, he said ...".
_LEAD_PRONOUN_RE = re.compile(
    r"^(?:(?:On|In|At|Later|Earlier|Then|But|And|Also|After|Before)\b[^,.;\"\u201c\u201d]{0,40}?,?\s+)?"
    r"(?:He|She|he|she)\b(?!['\u2019])"
)
# A speaker written as a bare name ("Djokovic", "Mr Powell"), typed or not.
_BARE_SPEAKER_RE = re.compile(
    r"^(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2}$"
)
_TITLE_WORD_RE = re.compile(r"[\w'\u2019.-]+")


def leads_with_pronoun(text: str) -> bool:
    """Whether the sentence's subject is a bare "he" or "she"."""
    return _LEAD_PRONOUN_RE.match(text) is not None


def _speaking_person(claim: Claim) -> str | None:
    """The person a sentence names as its speaker ("..., Mr Powell said"), or
    whom its own speaking "he"/"she" stands for; None for a body or a generic
    source ("Prosecutors", "the ministry")."""
    source = claim.slots.attribution
    if not source:
        return None
    if stance.is_pronoun(source):
        return claim.slots.referent if source in ("he", "she") else None
    people = [e.text for e in claim.slots.entities if e.kind == "person" and e.text in source]
    if people:
        return people[-1]
    others = [e for e in claim.slots.entities if e.text in source]
    generic = stance.is_generic_source_word(source)  # "Prosecutors said"
    if _BARE_SPEAKER_RE.match(source) and not generic and all(e.kind == "unknown" for e in others):
        return source  # "Djokovic said": a bare name, untyped in its sentence
    return None


def _subject_person(claim: Claim) -> str | None:
    """The person a sentence opens with, after titles only, as its subject
    ("Prime Minister Kyriakos Mitsotakis visited ...", "Los Angeles Mayor
    Karen Bass, who ..., has been criticised"), or whom its own leading
    "he"/"she" stands for."""
    if leads_with_pronoun(claim.text):
        return claim.slots.referent
    # A name not typed yet counts when it is the speaker too ("Henry said ...").
    people = [
        e
        for e in claim.slots.entities
        if e.kind == "person" or (e.kind == "unknown" and e.text == claim.slots.attribution)
    ]
    if not people:
        return None
    first = people[0]
    before = _TITLE_WORD_RE.findall(claim.text[: first.start])
    if any(not (t[0].isupper() or t.lower() in ("the", "of", "and")) for t in before):
        return None
    after = claim.text[first.end : first.end + 8]
    if not re.match(r"\s+[a-z]|,\s+who\b", after):
        return None  # "Prigozhin's forces ...", "Sánchez, 52, ...": not plainly the subject
    return first.text


def resolve_pronouns(claims: Sequence[Claim]) -> list[Claim]:
    """Give a sentence whose speaker or subject is a bare "he"/"she" the person
    the sentence just before it, in the same source, names as its speaker or
    subject (`Slots.referent`): "'... a long way to go,' Mr Powell said. He
    added that the staff no longer expect a recession" credits the second
    claim to Powell. A speaking pronoun stands for the speaker before ("...,"
    Lula told reporters. "...," he added), a pronoun that acts for the
    subject before ("Mayor Karen Bass ... has been criticised. On Friday she
    ordered ..."): "He was airlifted ..." after "..., according to Deputy
    Prime Minister Tomas Taraba" is the victim, not the source. Nothing when
    that sentence names no such person."""
    out = list(claims)
    previous: dict[str, int] = {}
    for i, claim in enumerate(out):
        before = previous.get(claim.source)
        previous[claim.source] = i
        speaking = claim.slots.attribution in ("he", "she")
        if not (speaking or leads_with_pronoun(claim.text)) or before is None:
            continue
        prior = out[before]
        if prior.sentence.index != claim.sentence.index - 1:
            continue
        who = _speaking_person(prior) if speaking else _subject_person(prior)
        if who:
            out[i] = replace(claim, slots=replace(claim.slots, referent=who))
    return out


# A role a speaker is named by: the singular title that closes the source
# phrase ("the ship's first officer", "The SBU chief", "the police commissioner").
_ROLE_NOUNS = frozenset(
    """officer engineer mate pilot copilot co-pilot captain commander commissioner chief
    director chairman chairwoman chair administrator inspector superintendent governor
    mayor minister secretary president premier chancellor sheriff""".split()
)
# Words before a title that make it another time's or rank's office ("former President").
_NOT_THE_OFFICE = frozenset(
    """new former acting then same other deputy vice assistant associate interim ex
    previous late outgoing incoming""".split()
)


def role_words(source: str) -> str | None:
    """The two words of a source named only by its role ("third officer",
    "SBU chief"); None for a name, a group, a body or a one-word role (a story
    has many spokesmen and officials)."""
    if stance.is_pronoun(source) or re.search(r"\s(?:of|for|at|and)\s", source):
        return None
    words = source.split()
    if len(words) < 3 or words[0].lower() != "the" or words[-1].lower() not in _ROLE_NOUNS:
        return None
    if not all(w.endswith(("'s", "\u2019s")) for w in words[1:-2]):
        return None  # "the deputy police commissioner", "the Air France chief engineer"
    if words[-2].endswith(("'s", "\u2019s")) or words[-2].lower() in _NOT_THE_OFFICE:
        return None  # "the ship's officer", "the former chief"
    return " ".join(words[-2:])


def name_story_titles(claims: Sequence[Claim]) -> tuple[Claim, ...]:
    """Give a sentence whose speaker is a bare name ("Schettino said") the one
    title the whole story gives that name's fuller form (`Slots.title`):
    "The captain, Francesco Schettino, was arrested" -> "captain". A title
    holds across sources, as a name's kind does (`type_names_across`)."""
    out = list(claims)
    titles: dict[str, str | None] = {}
    # Claims by the words they hold, so that each name reads only the claims
    # that can title it (a name starts a word: its first word is one of theirs).
    holding: dict[str, list[Claim]] | None = None
    for i, claim in enumerate(out):
        source = claim.slots.attribution
        if not source or not _BARE_NAME_RE.fullmatch(source):
            continue
        if source not in titles:
            if holding is None:
                holding = {}
                for c in claims:
                    for word in set(_WORD_RE.findall(c.text)):
                        holding.setdefault(word, []).append(c)
            first = _WORD_RE.search(source)
            titles[source] = _story_title(source, holding.get(first.group() if first else "", []))
        if titles[source]:
            out[i] = replace(out[i], slots=replace(out[i].slots, title=titles[source]))
    return tuple(out)


# Titles a story gives a person, each with the words that name the same office.
_TITLE_GROUPS = {
    "captain": "captain|skipper",
    "first officer": "first officer|first mate|chief officer|chief mate|co-pilot|copilot",
    "second officer": "second officer|second mate",
    "third officer": "third officer|third mate",
    "prime minister": "prime minister|premier",
    "president": "president",
    "police chief": "police commissioner|police chief|commissioner of police",
}
_TITLE_OF = {title: group for group, words in _TITLE_GROUPS.items() for title in words.split("|")}
_TITLE_ALT = "|".join(sorted(map(re.escape, _TITLE_OF), key=len, reverse=True))
_BARE_NAME_RE = re.compile(r"[A-Z][\w'\u2019-]+")
_WORD_RE = re.compile(r"\w+")
# Heads of a state or government: a body's chief ("the SBU chief") is none of them.
_HEADS_OF_STATE = frozenset({"president", "prime minister"})


def _story_title(name: str, claims: Sequence[Claim]) -> str | None:
    """The one title (`_TITLE_GROUPS`) the story gives a bare name's fuller
    form: "Captain Lee Jun-seok", "The captain, Francesco Schettino,",
    "Prime Minister Jacinda Ardern"; None when it gives none or several."""
    full = rf"(?:[A-Z][\w'\u2019-]+\s+){{0,2}}{re.escape(name)}\b(?:\s+[A-Z][\w'\u2019-]+){{0,2}}"
    found: set[str] = set()
    for claim in claims:
        text = claim.text
        if name not in text:
            continue
        for pattern in (
            rf"(?<![\w-])(?i:({_TITLE_ALT}))\s+{full}",
            rf"\b(?i:the\s+({_TITLE_ALT})),\s+{full}",
            rf"\b{full},\s+(?:the|a|its|his|her)\s+(?i:({_TITLE_ALT}))\b",
        ):
            for m in re.finditer(pattern, text):
                before = text[: m.start()].split()
                if before and before[-1].lower() in _NOT_THE_OFFICE:
                    continue  # "former President ..."
                found.add(_TITLE_OF[m.group(1).lower()])
    return found.pop() if len(found) == 1 else None


def titles_apart(role: str, title: str) -> bool:
    """A role ("third officer", "SBU chief") another office than a title
    ("captain", "president")."""
    group = _TITLE_OF.get(role.lower())
    if group is not None:
        return group != title
    words = role.split()
    # "the SBU chief" / "the army chief": a body's head is no head of state.
    return (
        len(words) == 2
        and words[0][:1].isupper()
        and words[1].lower() in ("chief", "head")
        and title in _HEADS_OF_STATE
    )


_LOWER_WORD_RE = re.compile(r"\b[a-z][a-z'\u2019-]*\b")


def type_names_across(
    claims: Sequence[Claim], reference: Sequence[Claim] = ()
) -> tuple[Claim, ...]:
    """Give a name read as "unknown" the kind its fuller mentions have.

    A sentence saying only "Erdoğan visited Hatay" cannot tell a person from a
    place; another sentence of the same story ("President Recep Tayyip
    Erdoğan declared ...") can. Every typed mention in ``claims`` and
    ``reference`` votes for its kind; an unknown one-word name takes the kind
    of the typed names it matches (`names.same_entity`) when they agree on
    one. A longer unknown name ("World Cup") takes only the kind of the same
    name typed elsewhere: a fuller form that merely shares a word is as likely
    another name.
    """
    # A word the story also writes in lower case ("final go for launch") is a
    # common word capitalised at a sentence start ("Launch director ..."), not a name.
    lower_words = {w for c in (*claims, *reference) for w in _LOWER_WORD_RE.findall(c.text)}
    by_token: dict[str, list[Entity]] = {}
    for claim in (*claims, *reference):
        for entity in claim.slots.entities:
            if entity.kind != "unknown":
                for token in set(entity.key.split()):
                    by_token.setdefault(token, []).append(entity)
    cache: dict[str, str | None] = {}

    def kind_of(entity: Entity) -> str | None:
        if entity.text not in cache:
            votes: Counter[str] = Counter()
            seen = set()
            for token in set(entity.key.split()):
                for typed in by_token.get(token, ()):
                    if id(typed) in seen:
                        continue
                    # A one-word name matches its fuller forms; a longer one only
                    # itself ("Alberto Fernández" = "President Alberto Fernández").
                    if " " in entity.key:
                        matches = typed.key == entity.key
                    else:
                        matches = names.same_entity(entity.text, typed.text)
                    if matches:
                        seen.add(id(typed))
                        votes[typed.kind] += 1
            cache[entity.text] = votes.most_common(1)[0][0] if len(votes) == 1 else None
        return cache[entity.text]

    out = []
    for claim in claims:
        entities = claim.slots.entities
        if any(e.kind == "unknown" for e in entities):
            typed = tuple(
                replace(e, kind=kind_of(e) or e.kind)
                if e.kind == "unknown" and e.text.lower() not in lower_words
                else e
                for e in entities
                # "Revenue from the data center unit ...": the story writes
                # "revenue" elsewhere, so the capital is the sentence's.
                if not (e.kind == "unknown" and e.start == 0 and e.text.lower() in lower_words)
            )
            if typed != entities:  # kind is part of an Entity's equality
                claim = replace(claim, slots=replace(claim.slots, entities=typed))
        out.append(claim)
    return tuple(out)
