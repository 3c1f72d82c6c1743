"""Stage 4: extract the checkable details (slots) of each sentence."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace

from claimcheck.records import Claim, Entity, Sentence, Slots, Source
from claimcheck.slots import dates, events, names, numbers, stance


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
        counted = events.count_from_events(
            [claims[i].text for i in members],
            [claims[i].slots.dates for i in members],
            sources[claims[members[0]].source].published,
        )
        for i, found in zip(members, counted, strict=True):
            if found is not claims[i].slots.dates:
                claims[i] = replace(claims[i], slots=replace(claims[i].slots, dates=found))
    return tuple(claims)


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
