"""Report -> Markdown an editor can read in two minutes.

Divergences come first, each with both sentences and the conflicting values side
by side; then corroborations, single-source claims per outlet, the noise that
was dropped (counted) and the settings used. No timestamps: the same input gives
the same bytes.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterable

from claimcheck.records import (
    COPIES_PHRASE,
    WEAK_MATCH_BELOW,
    CheckReport,
    Claim,
    Judgement,
    Label,
    Report,
    Source,
    Verdict,
    copy_group_of,
)

# C0 and C1 control characters other than tab and newline: an ESC from a scraped or
# pasted article would otherwise reach the terminal when the report goes to stdout.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _printable(markdown: str) -> str:
    """Show each control character as U+FFFD (the report itself writes none)."""
    return _CONTROL.sub("\ufffd", markdown)


def escape_cell(text: str) -> str:
    """Make text safe inside a Markdown table cell: literal text on one line
    (`escape_text` escapes the pipe too), so a file stem like "[x](y)" is no link."""
    return escape_text(text)


# Characters that Markdown would read as markup inside a quoted sentence:
# emphasis, code, links, raw HTML, strike-through, table pipes.
_MARKUP = re.compile(r"([\\`*_\[\]<>|~])")


def escape_text(text: str) -> str:
    """A sentence as literal Markdown text on one line: "*emergency*" keeps its
    asterisks, "<b>" and "[x](y)" stay text, a leading "#" is no heading."""
    flat = _MARKUP.sub(r"\\\1", " ".join(text.split()))
    return "\\" + flat if flat.startswith(("#", "+", "-", "=")) else flat


def _code(text: str) -> str:
    """A value inside a code span (backticks in it would end the span)."""
    return "`" + " ".join(text.split()).replace("`", "'") + "`"


def _quote(text: str) -> str:
    return "> " + escape_text(text)


def _source_label(source: Source) -> str:
    date = source.published.isoformat() if source.published else "date unknown"
    return f"{source.outlet} ({date})"


def _sources_table(sources: Iterable[Source], claims: Iterable[Claim]) -> list[str]:
    per_source = Counter(c.source for c in claims)
    lines = ["| id | outlet | title | published | claims |", "|---|---|---|---|---:|"]
    for s in sources:
        date = s.published.isoformat() if s.published else "unknown (relative dates unresolved)"
        lines.append(
            f"| {escape_cell(s.id)} | {escape_cell(s.outlet)} | {escape_cell(s.title or '–')} "
            f"| {date} | {per_source[s.id]} |"
        )
    return lines


def _heading_kind(pairs: Iterable[Judgement]) -> str:
    """A conflict's kind as its heading names it: "other" says what it holds,
    and a package measured in two ways says so (its values are not rivals)."""
    listed = list(pairs)
    kind = listed[0].kind.value if listed[0].kind else "other"
    if kind == "amount" and all(p.rule == "measured_differently" for p in listed):
        return f"{kind}, measured in ways that cannot be compared"
    return "other (direction or state)" if kind == "other" else kind


def _divergence(
    n: int, pair: Judgement, claims: dict[str, Claim], sources: dict[str, Source]
) -> list[str]:
    a, b = claims[pair.a], claims[pair.b]
    sa, sb = sources[a.source], sources[b.source]
    kind = pair.kind.value if pair.kind else "other"
    return [
        f"### {n}. {_heading_kind([pair])}: {escape_text(a.source)} vs {escape_text(b.source)}",
        "",
        f"| | {escape_cell(_source_label(sa))} | {escape_cell(_source_label(sb))} |",
        "|---|---|---|",
        f"| {escape_cell(kind)} | {escape_cell(pair.value_a or '–')} "
        f"| {escape_cell(pair.value_b or '–')} |",
        *(
            f"| also {escape_cell(k.value)} | {escape_cell(va)} | {escape_cell(vb)} |"
            for k, va, vb in pair.also
        ),
        "",
        f"**{escape_text(a.id)}**",
        _quote(a.text),
        "",
        f"**{escape_text(b.id)}**",
        _quote(b.text),
        "",
        f"<sub>rule `{pair.rule}`, alignment score {pair.score:.2f}</sub>",
        "",
    ]


# The order conflicts are listed in: rival figures and sums first, then when,
# where and who, then who says so and how sure, and last a package measured
# in two ways that cannot be compared (QA pass 15: an editor met a death toll
# sixth, below bollards). Stable: sentence order within a kind.
_KIND_ORDER = {
    "number": 0, "amount": 1, "date": 2, "place": 3, "person": 4,
    "attribution": 5, "other": 6, "hedge": 7,
}  # fmt: skip


def _editorial_rank(group: list[Judgement]) -> int:
    kind = group[0].kind.value if group[0].kind else "other"
    if kind == "amount" and all(p.rule == "measured_differently" for p in group):
        return len(_KIND_ORDER)
    return _KIND_ORDER.get(kind, len(_KIND_ORDER))


def _conflict_groups(pairs: list[Judgement]) -> list[list[Judgement]]:
    """Divergent pairs of one kind joined by a shared claim with the same value
    in both: one conflict seen from several sources ("3,700" in one outlet
    against "4,000" in three). The value keeps two figures of one sentence
    apart (QA pass 19: "killing seven and injuring 23" joined the death toll,
    the injured and, through them, the evacuees into one conflict of 73 pairs)."""
    parent = list(range(len(pairs)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    # (kind, claim, its value) -> first pair that has it
    first: dict[tuple[str, str, str], int] = {}
    for i, p in enumerate(pairs):
        for cid, value in ((p.a, p.value_a), (p.b, p.value_b)):
            j = first.setdefault((str(p.kind), cid, (value or "").casefold()), i)
            parent[root(i)] = root(j)
    groups: dict[int, list[Judgement]] = {}  # in order of each group's first pair
    for i, p in enumerate(pairs):
        groups.setdefault(root(i), []).append(p)
    return list(groups.values())


def _conflict(
    n: int, group: list[Judgement], claims: dict[str, Claim], sources: dict[str, Source]
) -> list[str]:
    """Several pairs about one conflict: each claim and its value once, then the pairs."""
    if len(group) == 1:
        return _divergence(n, group[0], claims, sources)
    order = {sid: i for i, sid in enumerate(sources)}
    values: dict[str, list[str]] = {}
    for p in group:
        for cid, value in ((p.a, p.value_a), (p.b, p.value_b)):
            seen = values.setdefault(cid, [])
            if value and value not in seen:
                seen.append(value)
    ids = sorted(
        values, key=lambda cid: (order.get(claims[cid].source, 99), claims[cid].sentence.index)
    )
    kind = group[0].kind.value if group[0].kind else "other"
    outlets = {claims[cid].source for cid in ids}
    lines = [
        f"### {n}. {_heading_kind(group)}: {len(group)} pairs across {len(outlets)} sources",
        "",
        f"| source | {escape_cell(kind)} | claim |",
        "|---|---|---|",
    ]
    for cid in ids:
        src = sources[claims[cid].source]
        shown = "; ".join(values[cid]) or "–"
        lines.append(
            f"| {escape_cell(_source_label(src))} | {escape_cell(shown)} | {escape_cell(cid)} |"
        )
    lines.append("")
    for cid in ids:
        lines += [f"**{escape_text(cid)}**", _quote(claims[cid].text), ""]
    listed = "; ".join(
        f"{escape_text(p.a)} ↔ {escape_text(p.b)} (`{p.rule}`, {p.score:.2f}"
        + (", weak match" if p.weak_match else "")
        + ")"
        for p in group[:_MAX_LISTED_PAIRS]
    )
    if len(group) > _MAX_LISTED_PAIRS:
        listed += f"; and {len(group) - _MAX_LISTED_PAIRS} more (in the JSON)"
    return [*lines, f"<sub>pairs: {listed}</sub>", ""]


_MAX_LISTED_PAIRS = 12  # under one conflict; the JSON lists every pair


def _settings_lines(settings: dict[str, object]) -> list[str]:
    lines = ["## Model and settings", ""]
    for key in sorted(settings):
        if key in ("warnings", "copies", "event_groups"):
            continue
        lines.append(f"- `{key}`: {settings[key]}")
    return lines


def _warning_lines(settings: dict[str, object], *, copies_shown: bool = False) -> list[str]:
    """The run's warnings, near the top where an editor reads first (a note
    on copies of one story is left out when the report shows them as a list)."""
    warnings = settings.get("warnings")
    if not isinstance(warnings, list):
        return []
    shown = [str(w) for w in warnings if not (copies_shown and COPIES_PHRASE in str(w))]
    if not shown:
        return []
    return ["**Warnings**", "", *[f"- {escape_text(w)}" for w in shown], ""]


def _dropped_lines(report_dropped: Iterable[object], source_ids: Iterable[str]) -> list[str]:
    counts: Counter[tuple[str, str]] = Counter()
    for d in report_dropped:
        counts[(d.source, d.reason)] += 1  # type: ignore[attr-defined]
    lines = ["## Dropped as page noise", ""]
    if not counts:
        return [*lines, "Nothing was dropped.", ""]
    # One row per source, its reasons most frequent first: a row per (source,
    # reason) ran to 19 rows for three sources, longer than the findings.
    lines += ["| source | lines | reasons |", "|---|---:|---|"]
    order = {sid: i for i, sid in enumerate(source_ids)}
    by_source: dict[str, list[tuple[str, int]]] = {}
    for (source, reason), n in counts.items():
        by_source.setdefault(source, []).append((reason, n))
    for source in sorted(by_source, key=lambda sid: (order.get(sid, len(order)), sid)):
        reasons = sorted(by_source[source], key=lambda rn: (-rn[1], rn[0]))
        total = sum(n for _, n in reasons)
        listed = ", ".join(f"{reason} {n}" for reason, n in reasons)
        lines.append(f"| {escape_cell(source)} | {total} | {listed} |")
    return [*lines, ""]


def _copies_lines(copies: object) -> list[str]:
    """Sources that are one story republished: said before the pairs they inflate."""
    if not isinstance(copies, list) or not copies:
        return []
    lines = [
        "- " + ", ".join(f"**{escape_text(str(sid))}**" for sid in group)
        for group in copies
        if isinstance(group, list)
    ]
    return [
        "**Copies of one story** (each shares at least half its sentences word for word with "
        "another). Their agreement is not independent corroboration:",
        "",
        *lines,
        "",
    ]


_MAX_CHAINS = 6  # details listed under one fact; the JSON has every pair's


def _agreement_chains(group: list[Judgement]) -> list[list[str]]:
    """The details a fact's pairs agree on, each written form once: "nine ↔ 9
    ↔ nine people", not one "a ↔ b" per pair (66 pairs for 12 sources ran to
    thousands of characters). Forms agreeing in any pair join one chain; chains
    and forms keep the order they first appear in."""
    parent: dict[str, str] = {}

    def root(form: str) -> str:
        while parent[form] != form:
            form = parent[form]
        return form

    for pair in group:
        for detail in pair.agreed:
            sides = detail.split(" ↔ ")
            for form in sides:
                parent.setdefault(form, form)
            for form in sides[1:]:
                ra, rb = root(sides[0]), root(form)
                if ra != rb:
                    parent[rb] = ra
    chains: dict[str, list[str]] = {}
    for form in parent:  # insertion order: first appearance
        chains.setdefault(root(form), []).append(form)
    return list(chains.values())


def _fact_groups(
    pairs: list[Judgement],
    claims: dict[str, Claim],
    apart: frozenset[frozenset[str]] = frozenset(),
) -> list[list[Judgement]]:
    """Corroborated pairs of one fact told by three or more sources, grouped
    (A-B, A-C and B-C: each sentence once); every other pair alone.

    Groups grow from the strongest pairs down and hold at most one sentence
    per source, so a weak link cannot chain two facts into one group; weak
    pairs join only a group that already holds both their sentences. Two
    sentences of a divergent pair (``apart``) never share a group: A-B and
    A-C corroborated with B-C divergent are two pairs, not one fact.
    """
    group_of: dict[str, int] = {}
    members: dict[int, set[str]] = {}
    sources_in: dict[int, set[str]] = {}  # the sources of each group's members
    fresh = itertools.count()  # group ids are never reused after a merge
    ranked = sorted(pairs, key=lambda p: (-p.score, p.a, p.b))
    for p in ranked:
        if p.weak_match:
            continue
        ga, gb = group_of.get(p.a), group_of.get(p.b)
        if ga is not None and ga == gb:
            continue
        ca = members[ga] if ga is not None else {p.a}
        cb = members[gb] if gb is not None else {p.b}
        sa = sources_in[ga] if ga is not None else {claims[p.a].source}
        sb = sources_in[gb] if gb is not None else {claims[p.b].source}
        if not sa.isdisjoint(sb):
            continue  # two sentences of one source: two facts, or one told twice
        if apart and any(frozenset((x, y)) in apart for x in ca for y in cb):
            continue  # the sources disagree between these sentences (shown as a conflict)
        gid = ga if ga is not None else gb if gb is not None else next(fresh)
        joined = ca | cb
        for other in (ga, gb):
            if other is not None and other != gid:
                del members[other]
                del sources_in[other]
        members[gid] = joined
        sources_in[gid] = sa | sb
        for c in joined:
            group_of[c] = gid
    out: dict[object, list[Judgement]] = {}  # in order of each group's first pair
    for i, p in enumerate(pairs):
        ga = group_of.get(p.a)
        key: object = (
            ga
            if ga is not None and ga == group_of.get(p.b) and len(members[ga]) > 2
            else ("pair", i)
        )
        out.setdefault(key, []).append(p)
    return list(out.values())


# A sentence the corroborated section already quoted is named by its first words.
_OPENING_WORDS = 8


def _plural(n: int, word: str) -> str:
    return word if n == 1 else f"{word}s"


def render_markdown(report: Report) -> str:
    """The compare report as Markdown."""
    claims = {c.id: c for c in report.claims}
    sources = {s.id: s for s in report.sources}
    divergent = [p for p in report.pairs if p.label is Label.DIVERGENT]
    corroborated = [p for p in report.pairs if p.label is Label.CORROBORATED]
    # The headline of the first source that has claims (one skipped as empty has none).
    with_claims = {c.source for c in report.claims}
    titled = [src.title for src in report.sources if src.title and src.id in with_claims]
    title = titled[0] if titled else "claimcheck report"
    lines = [
        f"# Corroboration report: {escape_text(title)}",
        "",
        *_sources_table(report.sources, report.claims),
        "",
    ]
    # A conflict is on weaker matches only when all its pairs are: a weak pair
    # that repeats a strong conflict ("Nine" vs "Eleven" in a fourth outlet) joins it.
    groups = sorted(_conflict_groups(divergent), key=_editorial_rank)
    strong = [g for g in groups if not all(p.weak_match for p in g)]
    weak = [g for g in groups if all(p.weak_match for p in g)]
    notes = []
    if len(strong) + len(weak) < len(divergent):
        count = len(strong) + len(weak)
        notes.append(f"in {count} conflict{'s' if count != 1 else ''}")
    if weak:
        on_weak = sum(len(g) for g in weak)
        if on_weak == len(weak):
            notes.append(f"{on_weak} on weaker matches")
        else:
            notes.append(
                f"{len(weak)} conflict{'s' if len(weak) != 1 else ''} of {on_weak} pairs "
                "on weaker matches"
            )
    note = f" ({'; '.join(notes)})" if notes else ""
    story_of = copy_group_of(report)
    source_of = {c.id: c.source for c in report.claims}

    def copied(pair: Judgement) -> bool:
        """Both sentences from copies of one story: one outlet's agreement."""
        story = story_of.get(source_of[pair.a])
        return story is not None and story == story_of.get(source_of[pair.b])

    copies_note = ""
    if n_copied := sum(1 for p in corroborated if copied(p)):
        copies_note = f" ({n_copied} of them between copies of one story)"
    copies_lines = _copies_lines(report.settings.get("copies"))
    lines += [
        f"**{len(divergent)} divergent**{note} and **{len(corroborated)} corroborated** "
        f"{_plural(len(corroborated), 'pair')}{copies_note} · "
        f"**{len(report.single_source)} single-source** "
        f"{_plural(len(report.single_source), 'claim')} · {len(report.dropped)} page-noise "
        f"{_plural(len(report.dropped), 'line')} dropped",
        "",
        *copies_lines,
        *_warning_lines(report.settings, copies_shown=bool(copies_lines)),
        "## Divergent claims",
        "",
    ]
    if not divergent:
        lines += ["The sources do not contradict each other on any aligned claim.", ""]
    elif not strong:  # an empty heading read as a rendering fault (QA pass 10)
        lines += ["None on strong matches; see the weaker matches below.", ""]
    for n, group in enumerate(strong, 1):
        lines += _conflict(n, group, claims, sources)
    if weak:
        lines += [
            "## Divergent claims on weaker matches",
            "",
            f"These pairs align with a score below {WEAK_MATCH_BELOW:.2f}, or differ on the day as "
            "well as on the detail shown: the two sentences may state two different facts "
            "(another day, another count). Check that they describe the same thing before "
            "treating the difference as a conflict.",
            "",
        ]
    for n, group in enumerate(weak, len(strong) + 1):
        lines += _conflict(n, group, claims, sources)
    lines += ["## Corroborated claims", ""]
    if not corroborated:
        lines += ["No claim is stated by two sources.", ""]
    if any(p.weak_match for p in corroborated):
        lines += [
            f"Pairs marked *weak match* align with a score below {WEAK_MATCH_BELOW:.2f}: "
            "check that "
            "both sentences state the same fact before counting them as corroboration.",
            "",
        ]
    order = {c.id: i for i, c in enumerate(report.claims)}
    # Each claim is in many pairs: flatten its whitespace and write its line once.
    flat = {c.id: escape_text(c.text) for c in report.claims}
    shown: set[str] = set()

    def quoted(cid: str) -> str:
        """A sentence in full the first time the section quotes it, then its opening."""
        text = flat[cid]
        if cid in shown:
            words = claims[cid].text.split()
            if len(words) > _OPENING_WORDS + 2:
                text = escape_text(" ".join(words[:_OPENING_WORDS])) + "… (quoted above)"
        shown.add(cid)
        return f"  - {escape_text(claims[cid].source)}: “{text}”"

    apart = frozenset(frozenset((p.a, p.b)) for p in divergent)
    for group in _fact_groups(corroborated, claims, apart):
        if len(group) == 1:
            (pair,) = group
            lines += [
                f"- **{escape_text(pair.a)}** ↔ **{escape_text(pair.b)}** "
                f"<sub>score {pair.score:.2f}"
                + (" · weak match" if pair.weak_match else "")
                + (" · copies of one story" if copied(pair) else "")
                + "</sub>",
                quoted(pair.a),
                quoted(pair.b),
            ]
            if pair.agreed:
                lines.append(f"  - agree on: {escape_text('; '.join(pair.agreed))}")
            continue
        # One fact in three or more sources: each sentence once, then what each pair shows.
        ids = sorted({cid for p in group for cid in (p.a, p.b)}, key=order.__getitem__)
        scores = sorted(p.score for p in group)
        weak_note = " · weak match" if any(p.weak_match for p in group) else ""
        if any(copied(p) for p in group):
            weak_note += " · copies of one story"
        lines.append(
            " ↔ ".join(
                f"- **{escape_text(ids[0])}**" if i == 0 else f"**{escape_text(cid)}**"
                for i, cid in enumerate(ids)
            )
            + f" <sub>{len(group)} pairs, scores {scores[0]:.2f}-{scores[-1]:.2f}{weak_note}</sub>"
        )
        lines += [quoted(cid) for cid in ids]
        chains = _agreement_chains(group)
        if chains:
            shown_chains = chains[:_MAX_CHAINS]
            more = len(chains) - len(shown_chains)
            lines.append(
                "  - agree on: "
                + escape_text("; ".join(" ↔ ".join(chain) for chain in shown_chains))
                + (f"; and {more} more (in the JSON)" if more else "")
            )
    lines += ["", "## Single-source claims", ""]
    if not report.single_source:
        lines += ["Every claim is stated by at least two sources.", ""]
    single_of: dict[str, list[str]] = {}
    for cid in report.single_source:
        single_of.setdefault(claims[cid].source, []).append(cid)
    for source in report.sources:
        mine = single_of.get(source.id)
        if not mine:
            continue
        lines += [f"### {escape_text(source.outlet)}", ""]
        lines += [f"- **{escape_text(cid)}** {flat[cid]}" for cid in mine]
        lines.append("")
    lines += _dropped_lines(report.dropped, [s.id for s in report.sources])
    lines += _settings_lines(report.settings)
    return _printable("\n".join(lines).rstrip() + "\n")


def render_check_markdown(report: CheckReport) -> str:
    """The pre-publish check report as Markdown: contradicted first."""
    source_claims = {c.id: c for c in report.source_claims}
    sources = {s.id: s for s in report.sources}
    groups = {
        "contradicted": [d for d in report.claims if d.verdict is Verdict.CONTRADICTED],
        "disputed": [d for d in report.claims if d.verdict is Verdict.SUPPORTED and d.disputed],
        "unsupported": [d for d in report.claims if d.verdict is Verdict.UNSUPPORTED],
        "supported": [
            d for d in report.claims if d.verdict is Verdict.SUPPORTED and not d.disputed
        ],
    }
    title = report.draft.title or report.draft.path
    draft_date = (
        report.draft.published.isoformat()
        if report.draft.published
        else "unknown (relative dates unresolved)"
    )
    lines = [
        f"# Pre-publish check: {escape_text(title)}",
        "",
        f"Draft: {_code(report.draft.path)}, published {draft_date}",
        "",
    ]
    lines += [*_sources_table(report.sources, report.source_claims), ""]
    lines.append(" · ".join(f"**{len(v)} {k}**" for k, v in groups.items()))
    lines.append("")
    lines += _warning_lines(report.settings)
    headings = {
        "contradicted": "Contradicted by the sources",
        "disputed": "Supported, but the sources disagree",
        "unsupported": "Not found in any source",
        "supported": "Supported",
    }
    for key, items in groups.items():
        lines += [f"## {headings[key]}", ""]
        if not items:
            lines += ["None.", ""]
        for d in items:
            lines += [f"**{escape_text(d.claim.id)}**", _quote(d.claim.text), ""]
            near = source_claims.get(d.nearest) if d.nearest and key == "unsupported" else None
            if near is not None:
                outlet = escape_text(
                    sources[near.source].outlet if near.source in sources else near.source
                )
                lines += [
                    f"- closest source sentence: **{escape_text(near.id)}** ({outlet}) "
                    f"<sub>similarity {d.nearest_cosine:.2f}</sub>",
                    f"  {_quote(near.text)}",
                ]
            shown_support = False
            for e in d.evidence:
                # A supported claim shows its first support, and any counted
                # contradiction beside it (a source that disagrees on a detail).
                if key == "supported" and not (
                    (e.label == "supports" and e.counts and not shown_support)
                    or (e.label == "contradicts" and e.counts)
                ):
                    continue
                c = source_claims.get(e.claim)
                if c is None:
                    continue
                outlet = escape_text(sources[c.source].outlet if c.source in sources else c.source)
                similarity = f" <sub>similarity {e.cosine:.2f}</sub>"
                if e.label == "contradicts":
                    kind = e.kind.value if e.kind else "other"
                    # Under "Supported" such a sentence did not make the claim
                    # disputed: a looser match, or another occasion (QA pass 13).
                    verb = (
                        "differs from, not counted as dissent,"
                        if key == "supported"
                        else "contradicts"
                    )
                    lines += [
                        f"- {verb} **{escape_text(e.claim)}** ({outlet}), {kind}: "
                        f"draft {_code(e.value_draft or '–')} "
                        f"vs source {_code(e.value_source or '–')}{similarity}",
                        f"  {_quote(c.text)}",
                    ]
                elif not e.counts:
                    # Leaves out a detail the draft gives, or scores far below a
                    # contradicting sentence (`Evidence.uncounted` says which).
                    if e.uncounted == "weaker_than_conflict":
                        what = (
                            "also agrees, not counted"
                            " (a weaker match than the contradicting sentence)"
                        )
                    elif e.uncounted == "lacks_detail" or not e.agreed:
                        what = "related, without the draft's detail"
                    else:
                        what = "related, not counted as support"
                    lines += [
                        f"- {what}: **{escape_text(e.claim)}** ({outlet}){similarity}",
                        f"  {_quote(c.text)}",
                    ]
                else:
                    shown_support = True
                    lines += [
                        f"- supported by **{escape_text(e.claim)}** ({outlet}){similarity}",
                        f"  {_quote(c.text)}",
                    ]
                if e.agreed and e.label != "contradicts":
                    lines.append(f"  agree on: {escape_text('; '.join(e.agreed))}")
            lines.append("")
    lines += _dropped_lines(report.dropped, ["draft", *sources])
    lines += _settings_lines(report.settings)
    return _printable("\n".join(lines).rstrip() + "\n")
