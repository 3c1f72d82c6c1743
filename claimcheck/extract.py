"""Stage 4: extract the checkable details (slots) of each sentence."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from claimcheck.records import Claim, Sentence, Slots, Source
from claimcheck.slots import dates, names, numbers, stance


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
    )


def extract_claims(sentences: Iterable[Sentence], *, sources: Mapping[str, Source]) -> tuple[Claim, ...]:
    """Turn sentences into claims, anchoring dates on each source's publication date."""
    return tuple(
        Claim(sentence=s, slots=extract_slots(s.text, anchor=sources[s.source].published)) for s in sentences
    )
