"""Stage 7: judge each aligned pair CORROBORATED or DIVERGENT.

Each rule is a small function over two claims that returns a `Finding` when it
sees an irreconcilable detail, or None. `judge_pair` runs the rules in order and
the first finding decides; a pair no rule objects to is corroborated. The order
follows how decisive a detail is: who said it and how sure they are change the
claim itself, a conflicting figure or date is the next strongest signal, and
names of people and places come last because sentences often mention extra ones.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from claimcheck.records import Candidate, Claim, DateRef, Dimension, Judgement, Kind, Label, Quantity
from claimcheck.slots import dates as date_slots
from claimcheck.slots import names, numbers, stance


@dataclass(frozen=True, slots=True)
class Finding:
    """One irreconcilable detail between two claims."""

    kind: Kind
    rule: str
    value_a: str
    value_b: str


Rule = Callable[[Claim, Claim], Finding | None]


def _entities_of(claim: Claim, kind: str, *, skip: str | None = None) -> list[str]:
    out = []
    for entity in claim.slots.entities:
        if entity.kind != kind:
            continue
        if skip and names.same_entity(entity.text, skip):
            continue
        if not any(names.same_entity(entity.text, seen) for seen in out):
            out.append(entity.text)
    return out


def attribution_differs(a: Claim, b: Claim) -> Finding | None:
    """Two named, incompatible sources for the same claim."""
    sa, sb = a.slots.attribution, b.slots.attribution
    if sa and sb and stance.attributions_compatible(sa, sb) is False:
        return Finding(Kind.ATTRIBUTION, "attribution_differs", sa, sb)
    return None


def hedge_differs(a: Claim, b: Claim) -> Finding | None:
    """Stated as fact on one side, hedged on the other."""
    if stance.hedges_compatible(a.text, b.text):
        return None
    ha = ", ".join(a.slots.hedges) or "stated as fact"
    hb = ", ".join(b.slots.hedges) or "stated as fact"
    return Finding(Kind.HEDGE, "hedge_differs", ha, hb)


def _money(claim: Claim) -> list[Quantity]:
    return [q for q in claim.slots.quantities if q.dimension is Dimension.MONEY]


def _counts(claim: Claim) -> list[Quantity]:
    return [q for q in claim.slots.quantities if q.dimension is Dimension.COUNT]


def _describe(qs: Sequence[Quantity]) -> str:
    return "; ".join(q.text or numbers.format_quantity(q) for q in qs)


def _unmatched(side: Sequence[Quantity], other: Sequence[Quantity]) -> list[Quantity]:
    """Quantities of ``side`` that have comparable ones in ``other`` but no compatible one."""
    out = []
    for q in side:
        peers = [o for o in other if numbers.comparable(q, o)]
        if peers and not any(numbers.quantities_compatible(q, o) for o in peers):
            out.append(q)
    return out


def amount_differs(a: Claim, b: Claim) -> Finding | None:
    """Money values that cannot both hold, or one package measured in money vs in units."""
    ma, mb = _money(a), _money(b)
    if ma and mb:
        ua, ub = _unmatched(ma, mb), _unmatched(mb, ma)
        if ua and ub:
            return Finding(Kind.AMOUNT, "amount_differs", _describe(ua), _describe(ub))
        return None
    ca, cb = _counts(a), _counts(b)
    if ma and cb and not ca:
        return Finding(Kind.AMOUNT, "measured_differently", _describe(ma), _describe(cb))
    if mb and ca and not cb:
        return Finding(Kind.AMOUNT, "measured_differently", _describe(ca), _describe(mb))
    return None


def number_differs(a: Claim, b: Claim) -> Finding | None:
    """A count, share or measure that both give and that cannot be reconciled."""
    qa = [q for q in a.slots.quantities if q.dimension is not Dimension.MONEY]
    qb = [q for q in b.slots.quantities if q.dimension is not Dimension.MONEY]
    ua, ub = _unmatched(qa, qb), _unmatched(qb, qa)
    if ua and ub:
        return Finding(Kind.NUMBER, "number_differs", _describe(ua), _describe(ub))
    return None


def date_differs(a: Claim, b: Claim) -> Finding | None:
    """Resolved dates (or times of day) that do not overlap."""
    da = [d for d in a.slots.dates if d.low is not None or d.minutes is not None]
    db = [d for d in b.slots.dates if d.low is not None or d.minutes is not None]
    if not da or not db:
        return None

    def clashes(d: DateRef, others: list[DateRef]) -> bool:
        # Unknown (None) never counts as a clash: only a definite False does.
        verdicts = [date_slots.dates_compatible(d, o) for o in others]
        return False in verdicts and True not in verdicts and None not in verdicts

    bad_a = [d for d in da if clashes(d, db)]
    bad_b = [d for d in db if clashes(d, da)]
    if bad_a and bad_b:
        return Finding(
            Kind.DATE,
            "date_differs",
            "; ".join(date_slots.format_date(d) for d in bad_a),
            "; ".join(date_slots.format_date(d) for d in bad_b),
        )
    return None


def _names_differ(a: Claim, b: Claim, kind: str, label: Kind, rule: str) -> Finding | None:
    ea = _entities_of(a, kind, skip=a.slots.attribution)
    eb = _entities_of(b, kind, skip=b.slots.attribution)
    if not ea or not eb:
        return None
    only_a = [x for x in ea if not any(names.same_entity(x, y) for y in eb)]
    only_b = [y for y in eb if not any(names.same_entity(x, y) for x in ea)]
    if only_a and only_b and len(only_a) == len(ea) and len(only_b) == len(eb):
        return Finding(label, rule, ", ".join(only_a), ", ".join(only_b))
    return None


def person_differs(a: Claim, b: Claim) -> Finding | None:
    """The people named on each side have nobody in common."""
    return _names_differ(a, b, "person", Kind.PERSON, "person_differs")


def place_differs(a: Claim, b: Claim) -> Finding | None:
    """The places named on each side have nothing in common."""
    return _names_differ(a, b, "place", Kind.PLACE, "place_differs")


def direction_differs(a: Claim, b: Claim) -> Finding | None:
    """Opposite direction or state: rose vs fell, open vs closed."""
    if stance.polarity_conflict(a.text, b.text):
        pa = ", ".join(a.slots.polarity) or "?"
        pb = ", ".join(b.slots.polarity) or "?"
        return Finding(Kind.OTHER, "direction_differs", pa, pb)
    return None


RULES: tuple[Rule, ...] = (
    attribution_differs,
    amount_differs,
    number_differs,
    date_differs,
    hedge_differs,
    direction_differs,
    person_differs,
    place_differs,
)


def find_conflict(a: Claim, b: Claim, *, rules: Sequence[Rule] = RULES) -> Finding | None:
    """The first irreconcilable detail between two claims, or None."""
    for rule in rules:
        finding = rule(a, b)
        if finding is not None:
            return finding
    return None


def judge_pair(candidate: Candidate, a: Claim, b: Claim, *, rules: Sequence[Rule] = RULES) -> Judgement:
    """Label one aligned pair and record the rule that decided."""
    finding = find_conflict(a, b, rules=rules)
    if finding is None:
        return Judgement(
            a=candidate.a,
            b=candidate.b,
            label=Label.CORROBORATED,
            kind=None,
            score=candidate.score,
            cosine=candidate.cosine,
            rule="no_conflict",
        )
    return Judgement(
        a=candidate.a,
        b=candidate.b,
        label=Label.DIVERGENT,
        kind=finding.kind,
        score=candidate.score,
        cosine=candidate.cosine,
        rule=finding.rule,
        value_a=finding.value_a,
        value_b=finding.value_b,
    )


def judge_pairs(candidates: Sequence[Candidate], claims: Mapping[str, Claim]) -> tuple[Judgement, ...]:
    """Judge every candidate pair."""
    return tuple(judge_pair(c, claims[c.a], claims[c.b]) for c in candidates)
