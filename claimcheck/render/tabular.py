"""Report -> JSON-ready dicts (the public contract) and a pandas table -> CSV.

The JSON field names in `report_to_dict` and `check_to_dict` are a public
contract that other tools read: keep them; add fields freely.
"""

from __future__ import annotations

import re
from typing import Any

from claimcheck.records import CheckReport, Claim, Report, Source, copy_group_of

SCHEMA_VERSION = 1


def _source_dict(source: Source) -> dict[str, Any]:
    """A source as JSON. An HTML source adds ``text``, the extracted main text
    its claims' offsets index (a text source's offsets index its file)."""
    from pathlib import PurePosixPath

    from claimcheck.load import HTML_SUFFIXES

    html = PurePosixPath(source.path).suffix.lower() in HTML_SUFFIXES
    return {
        "id": source.id,
        "path": source.path,
        "title": source.title,
        "outlet": source.outlet,
        "published": source.published.isoformat() if source.published else None,
        "encoding": source.encoding,
        **({"text": source.text} if html else {}),
    }


def _slots_dict(claim: Claim) -> dict[str, Any]:
    s = claim.slots
    return {
        "quantities": [q.text for q in s.quantities],
        "dates": [
            {
                "text": d.text,
                "from": d.low.isoformat() if d.low else None,
                "to": d.high.isoformat() if d.high else None,
            }
            for d in s.dates
        ],
        "entities": [{"text": e.text, "kind": e.kind} for e in s.entities],
        "attribution": s.attribution,
        "hedges": list(s.hedges),
    }


def _plain(claim: Claim) -> dict[str, str]:
    """``{"plain": ...}`` for a sentence with inline markup (the words a reader
    sees; ``text`` stays the exact slice of the file), else nothing."""
    return {"plain": claim.sentence.plain} if claim.sentence.plain else {}


def _claim_dict(claim: Claim) -> dict[str, Any]:
    sent = claim.sentence
    return {
        "id": claim.id,
        "source": claim.source,
        "text": sent.text,
        **_plain(claim),
        "start": sent.start,
        "end": sent.end,
        "slots": _slots_dict(claim),
    }


def report_to_dict(report: Report) -> dict[str, Any]:
    """The compare report as the JSON contract: sources, claims, pairs, single_source, dropped."""
    group = copy_group_of(report)
    source = {c.id: c.source for c in report.claims}

    def copies(p: Any) -> bool:
        ga, gb = group.get(source[p.a]), group.get(source[p.b])
        return ga is not None and ga == gb

    return {
        "schema": SCHEMA_VERSION,
        "sources": [_source_dict(s) for s in report.sources],
        "claims": [_claim_dict(c) for c in report.claims],
        "pairs": [
            {
                "a": p.a,
                "b": p.b,
                "label": p.label.value,
                "kind": p.kind.value if p.kind else None,
                "score": round(p.score, 4),
                "cosine": round(p.cosine, 4),
                "probability": p.probability,
                "rule": p.rule,
                "value_a": p.value_a,
                "value_b": p.value_b,
                "agreed": list(p.agreed),
                "also": [{"kind": k.value, "value_a": va, "value_b": vb} for k, va, vb in p.also],
                "weak_match": p.weak_match,
                "between_copies": copies(p),
            }
            for p in report.pairs
        ],
        "single_source": list(report.single_source),
        "dropped": [
            {"source": d.source, "start": d.start, "end": d.end, "reason": d.reason}
            for d in report.dropped
        ],
        "settings": report.settings,
    }


def _nearest(d: Any, source_claims: dict[str, Any]) -> dict[str, Any] | None:
    """An unsupported claim's closest source sentence (JSON), or None."""
    c = source_claims.get(d.nearest) if d.nearest else None
    if c is None:
        return None
    return {
        "claim": c.id,
        "source": c.source,
        "text": c.sentence.text,
        **_plain(c),
        "cosine": round(d.nearest_cosine, 4),
    }


def check_to_dict(report: CheckReport) -> dict[str, Any]:
    """The check report as the JSON contract: sources and draft claims with verdicts.

    Each evidence entry names its source sentence by id and also gives its text
    and offsets, so a reader of the JSON needs no second pass over the sources.
    """
    source_claims = {c.id: c for c in report.source_claims}
    return {
        "schema": SCHEMA_VERSION,
        "draft": _source_dict(report.draft),
        "sources": [_source_dict(s) for s in report.sources],
        "claims": [
            {
                "id": d.claim.id,
                "text": d.claim.sentence.text,
                **_plain(d.claim),
                "start": d.claim.sentence.start,
                "end": d.claim.sentence.end,
                "verdict": d.verdict.value,
                "kind": d.kind.value if d.kind else None,
                "disputed": d.disputed,
                "rule": d.rule,
                "evidence": [
                    {
                        "claim": e.claim,
                        "source": source_claims[e.claim].source,
                        "text": source_claims[e.claim].sentence.text,
                        **_plain(source_claims[e.claim]),
                        "start": source_claims[e.claim].sentence.start,
                        "end": source_claims[e.claim].sentence.end,
                        "label": e.label,
                        "kind": e.kind.value if e.kind else None,
                        "value_draft": e.value_draft,
                        "value_source": e.value_source,
                        "cosine": round(e.cosine, 4),
                        "agreed": list(e.agreed),
                        "counts": e.counts,
                        "uncounted": e.uncounted or None,
                    }
                    for e in d.evidence
                ],
                "nearest": _nearest(d, source_claims),
            }
            for d in report.claims
        ],
        "dropped": [
            {"source": d.source, "start": d.start, "end": d.end, "reason": d.reason}
            for d in report.dropped
        ],
        "settings": report.settings,
    }


def render_json(data: dict[str, Any]) -> str:
    """Stable JSON text: fixed key order as built, two-space indent, UTF-8, final newline.

    orjson writes the text `json.dumps(data, indent=2, ensure_ascii=False)`
    would (same layout and escapes; numbers in shortest form, a non-finite
    float as null), about 20 times faster: with an indent the standard
    library falls back to its pure-Python encoder, which took ~4 s of a
    1,000-article report.
    """
    import orjson

    options = orjson.OPT_INDENT_2 | orjson.OPT_NON_STR_KEYS
    return orjson.dumps(data, option=options).decode("utf-8") + "\n"


def pairs_frame(report: Report) -> Any:
    """One row per pair and per single-source claim, for analysts (a pandas DataFrame).

    ``score``, ``probability`` and ``cosine`` are floats and ``weak_match``
    and ``between_copies`` nullable booleans, missing (NaN / <NA>) on
    single-source rows and (``probability``) where the pair
    model did not weigh a pair; text columns hold "" there. The CSV writes
    the same table with the numbers formatted (`render_csv`).
    """
    import pandas as pd

    claims = {c.id: c for c in report.claims}
    pairs = report.pairs
    singles = [claims[cid] for cid in report.single_source]
    group = copy_group_of(report)

    def copied(p: Any) -> bool:
        ga, gb = group.get(claims[p.a].source), group.get(claims[p.b].source)
        return ga is not None and ga == gb

    # Built column by column: a dict per row costs more than the CSV writing itself.
    blank = [""] * len(singles)
    columns = {
        "status": [p.label.value for p in pairs] + ["single_source"] * len(singles),
        "kind": [p.kind.value if p.kind else "" for p in pairs] + blank,
        "claim_a": [p.a for p in pairs] + list(report.single_source),
        "source_a": [claims[p.a].source for p in pairs] + [c.source for c in singles],
        "text_a": [claims[p.a].text for p in pairs] + [c.text for c in singles],
        "value_a": [p.value_a or "" for p in pairs] + blank,
        "claim_b": [p.b for p in pairs] + blank,
        "source_b": [claims[p.b].source for p in pairs] + blank,
        "text_b": [claims[p.b].text for p in pairs] + blank,
        "value_b": [p.value_b or "" for p in pairs] + blank,
        "score": pd.array([p.score for p in pairs] + [None] * len(singles), dtype="Float64"),
        "weak_match": pd.array(
            [p.weak_match for p in pairs] + [None] * len(singles), dtype="boolean"
        ),
        "probability": pd.array(
            [p.probability for p in pairs] + [None] * len(singles), dtype="Float64"
        ),
        "rule": [p.rule for p in pairs] + blank,
        "agreed": ["; ".join(p.agreed) for p in pairs] + blank,
        "also": ["; ".join(f"{k.value}: {va} vs {vb}" for k, va, vb in p.also) for p in pairs]
        + blank,
        # Added last, so older readers' column positions hold (QA pass 19: the
        # CSV alone could not set copies of one story apart).
        "between_copies": pd.array(
            [copied(p) for p in pairs] + [None] * len(singles), dtype="boolean"
        ),
        "cosine": pd.array([p.cosine for p in pairs] + [None] * len(singles), dtype="Float64"),
    }
    return pd.DataFrame(columns)


# A cell a spreadsheet would run as a formula (OWASP's list: =, +, -, @, tab,
# carriage return): "=HYPERLINK(...)", "@SUM(...)", "-1+1+cmd|' /C calc'!A0".
# A cell already escaped this way (apostrophes, then one of these) gets one
# more apostrophe, so dropping one from every such cell gives the text back.
_FORMULA_START = re.compile(r"^'*[=+\-@\t\r]")
# A signed number, the one cell starting with + or - that runs nothing: "-5%",
# "+3.2", "-1,200". "-1+1+cmd|..." and "- 3 dead" are no numbers.
_SIGNED_NUMBER = re.compile(r"[+-](?=\.?\d)(?:\d{1,3}(?:,\d{3})+|\d*)(?:\.\d+)?%?")


def _inert(cell: object) -> object:
    """A text cell that would start a spreadsheet formula, with a leading apostrophe."""
    if isinstance(cell, str) and _FORMULA_START.match(cell) and not _SIGNED_NUMBER.fullmatch(cell):
        return "'" + cell
    return cell


def render_csv(report: Report) -> str:
    """The pairs table as CSV text (LF line endings).

    Sentences come from untrusted pages and analysts open the CSV in
    spreadsheets, so every cell that would start a formula (``=``, ``+``,
    ``-``, ``@``, a tab or a carriage return first, unless the cell is a
    signed number) gets a leading apostrophe, as OWASP's CSV injection advice
    says. The id columns too: a source id is a file name, which a scraped
    page's title can set ("=HYPERLINK(...).html"). To join the CSV to the
    JSON on such an id, drop one apostrophe from each cell that starts with
    apostrophes and then one of those characters (`_FORMULA_START`), or use
    `pairs_frame`, which holds every value as it is, as the JSON does.
    """
    import pandas as pd

    frame = pairs_frame(report)
    # Numbers as the CSV has always written them: 4 and 3 decimals, yes/no, "" when missing.
    for column, shown in (
        ("score", lambda v: f"{v:.4f}"),
        ("probability", lambda v: f"{v:.3f}"),
        ("weak_match", lambda v: "yes" if v else "no"),
        ("between_copies", lambda v: "yes" if v else "no"),
        ("cosine", lambda v: f"{v:.4f}"),
    ):
        frame[column] = [
            "" if value is None or value is pd.NA else shown(value)
            for value in frame[column].astype(object).tolist()
        ]
    return str(frame.map(_inert).to_csv(index=False, lineterminator="\n"))
