"""Score claimcheck's JSON output against hand-labelled gold cases.

The gold format is described in ``eval/README.md`` of the shared evaluation
data: each case folder holds ``sources/*.txt``, ``gold.json`` and optionally
``draft.txt``. Gold quotes are exact substrings of the source files; we locate
them with ``str.find`` and compare them with the tool's claims by character
offset, never by text, so that sentence-splitting differences do not hide
results: a quote *hits* the tool claim whose ``[start, end)`` span contains the
quote's start.

This module never imports the pipeline. The caller injects functions that run
the tool on file paths and return its public JSON (as a dict), so the evaluator
can be tested with hand-made outputs and no gold data can reach the pipeline.

Undefined metrics (nothing to divide by) are ``None``, never 0 or 1. Totals
pool the counts of their cases (micro averages) and recompute the metrics.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from claimcheck.errors import ClaimcheckError, SettingsError, UsageError

PAIR_LABELS = ("corroborated", "divergent")
VERDICTS = ("supported", "contradicted", "unsupported")
# The kinds of detail a divergent pair (or contradicted draft entry) names (README, "Labels").
KINDS = ("number", "amount", "date", "place", "person", "attribution", "hedge", "other")
# A noise quote shorter than this must equal a whole line (README, "Quotes").
MIN_NOISE_SUBSTRING_WORDS = 4
# Lines 1-2 of every source are the headline and the Published date.
HEADER_LINES = 2
CLIP_CHARS = 100
TOTAL = "total"

# Metrics that `write_floors` pins. Multilingual metrics are reported but not
# gated: the multilingual case is optional.
GATED_METRICS = (
    "pair_recall",
    "pair_precision_strict",
    "pair_precision_lenient",
    "pair_f1",
    "label_accuracy",
    "kind_accuracy",
    "divergent_recall",
    "single_source_recall",
    "single_source_precision",
    "noise_suppression",
    "draft_verdict_accuracy",
    "draft_macro_f1",
    "draft_contradicted_recall",
    "draft_disputed_flagged",
    "draft_disputed_precision",
)


class GoldFormatError(ClaimcheckError):
    """A gold case cannot be loaded: missing file, bad JSON, a quote not found."""


# --------------------------------------------------------------------- gold


@dataclass(frozen=True, slots=True)
class Quote:
    """A gold quote located in its file: ``text == file_text[start:end]``."""

    source: str  # file stem; "draft" for draft.txt
    text: str
    start: int

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@dataclass(frozen=True, slots=True)
class LineSpan:
    """A whole noise line of a source, as the offsets of its stripped text."""

    source: str
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class GoldPair:
    """Two sentences of different sources that state the same proposition."""

    a: Quote
    b: Quote
    label: str
    kind: str | None
    multilingual: bool = False
    why: str = ""


@dataclass(frozen=True, slots=True)
class HardNegative:
    """Two look-alike sentences that a tool should not align."""

    a: Quote
    b: Quote
    why: str = ""


@dataclass(frozen=True, slots=True)
class DraftEntry:
    """One draft sentence with its gold verdict."""

    quote: Quote
    label: str
    kind: str | None
    disputed: bool = False
    source_quote: Quote | None = None
    why: str = ""


@dataclass(frozen=True, slots=True)
class GoldSource:
    """One source file of a case, with its full text as read."""

    id: str
    path: Path
    text: str = field(repr=False)


@dataclass(frozen=True, slots=True)
class GoldCase:
    """Everything one case's gold says, with every quote located by offset."""

    name: str
    path: Path
    sources: tuple[GoldSource, ...]
    pairs: tuple[GoldPair, ...]
    single_source: tuple[Quote, ...]
    hard_negatives: tuple[HardNegative, ...]
    noise_lines: tuple[LineSpan, ...]
    draft: tuple[DraftEntry, ...] = ()
    draft_path: Path | None = None
    draft_text: str | None = field(default=None, repr=False)
    multilingual: bool = False
    optional: bool = False

    @property
    def source_paths(self) -> list[Path]:
        """The source files in the order the tool is run on them (sorted)."""
        return [s.path for s in self.sources]

    def text_of(self, source: str) -> str | None:
        """Full text of a source by id, or None for an unknown id."""
        for s in self.sources:
            if s.id == source:
                return s.text
        return None


def _read(path: Path) -> str:
    # Same reading as the gold validator: offsets in gold refer to this text.
    # (A byte-order mark, as some Windows editors save JSON, is no character of it.)
    try:
        text = path.read_text(encoding="utf-8")
        return text[1:] if path.suffix == ".json" and text.startswith("\ufeff") else text
    except (OSError, UnicodeDecodeError) as e:
        raise GoldFormatError(f"{path}: cannot read: {e}") from e


def _locate(text: str, source: str, quote: object, where: str) -> Quote:
    """Find a content quote in its file; gold promises it occurs exactly once."""
    if not isinstance(quote, str) or not quote.strip():
        raise GoldFormatError(f"{where}: empty or missing quote")
    pos = text.find(quote)
    if pos < 0:
        raise GoldFormatError(f"{where}: quote not found in {source}: {quote!r}")
    if text.find(quote, pos + 1) >= 0:
        raise GoldFormatError(f"{where}: quote occurs more than once in {source}: {quote!r}")
    return Quote(source=source, text=quote, start=pos)


def _body_lines(source: GoldSource) -> Iterable[LineSpan]:
    """Body lines (after the two header lines) as stripped spans; blanks skipped."""
    pos = 0
    for number, line in enumerate(source.text.split("\n")):
        start, pos = pos, pos + len(line) + 1
        if number < HEADER_LINES or not line.strip():
            continue
        lead = len(line) - len(line.lstrip())
        trail = len(line) - len(line.rstrip())
        yield LineSpan(source.id, start + lead, start + len(line) - trail, line.strip())


def _noise_lines(source: GoldSource, quote: object, where: str) -> list[LineSpan]:
    """Every line a noise quote marks: the whole stripped line, or a long-enough substring."""
    if not isinstance(quote, str) or not quote.strip():
        raise GoldFormatError(f"{where}: empty or missing noise quote")
    long_enough = len(quote.split()) >= MIN_NOISE_SUBSTRING_WORDS
    found = [
        line
        for line in _body_lines(source)
        if line.text == quote.strip() or (long_enough and quote in line.text)
    ]
    if not found:
        raise GoldFormatError(f"{where}: noise quote matches no line of {source.id}: {quote!r}")
    return found


def _side(sources: Mapping[str, GoldSource], ref: object, where: str) -> Quote:
    if not isinstance(ref, Mapping):
        raise GoldFormatError(f"{where}: expected {{source, quote}}")
    src = sources.get(str(ref.get("source")))
    if src is None:
        raise GoldFormatError(
            f"{where}: unknown source {ref.get('source')!r} (have {sorted(sources)})"
        )
    return _locate(src.text, src.id, ref.get("quote"), where)


def _json_type(value: object) -> str:
    """The JSON name of a value's type, for messages about a gold file."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    return "a list" if isinstance(value, list) else "an object"


def _entries(
    gold: Mapping[str, Any], key: str, gold_path: Path, *, nullable: bool = False
) -> list[Mapping[str, Any]]:
    """The objects of one list field of gold.json; an absent field is empty.

    The gold README marks no list as required, so an absent one means none (and
    a null ``draft`` too, as the gold validator reads it). Anything else that is
    not a list of objects is refused here: it would otherwise surface later as a
    traceback from deep inside the loader.
    """
    value = gold.get(key, [])
    if value is None and nullable:
        return []
    if not isinstance(value, list):
        raise GoldFormatError(f"{gold_path}: {key}: expected a list, got {_json_type(value)}")
    for i, item in enumerate(value):
        if not isinstance(item, Mapping):
            raise GoldFormatError(
                f"{gold_path}: {key}[{i}]: expected an object, got {_json_type(item)}"
            )
    return value


def _choice(value: object, allowed: Sequence[str], where: str) -> str:
    """A label or kind that must be one of the documented values.

    Scoring compares gold labels and kinds by equality, so a typo ("Divergent",
    "bogus", a kind outside the README's table) would silently score every
    prediction for that item wrong; the gold file is refused instead.
    """
    if not isinstance(value, str) or value not in allowed:
        raise GoldFormatError(f"{where}: got {value!r}, expected one of: {', '.join(allowed)}")
    return value


def _flag(value: object, where: str) -> bool:
    """An optional true/false field; absent or null is false.

    ``bool("false")`` is true, so a quoted flag would silently flip a pair into
    the multilingual score or a draft entry into the disputed ones.
    """
    if value is None:
        return False
    if not isinstance(value, bool):
        raise GoldFormatError(f"{where}: expected true or false, got {value!r}")
    return value


def _read_gold(gold_path: Path) -> Mapping[str, Any]:
    """gold.json as a JSON object."""
    try:
        gold = json.loads(_read(gold_path))
    except json.JSONDecodeError as e:
        raise GoldFormatError(f"{gold_path}: not valid JSON: {e}") from e
    if not isinstance(gold, dict):
        raise GoldFormatError(
            f"{gold_path}: expected a JSON object at the top, got {_json_type(gold)}"
        )
    return gold


def _label_and_kind(
    entry: Mapping[str, Any], labels: Sequence[str], with_kind: str, at: str
) -> tuple[str, Any]:
    """An entry's label, one of ``labels``, and its kind, one of `KINDS` when
    the label is ``with_kind`` (divergent pairs, contradicted draft claims)."""
    label = _choice(entry.get("label"), labels, f"{at}.label")
    kind = entry.get("kind")
    if label == with_kind:
        kind = _choice(kind, KINDS, f"{at}.kind")
    return label, kind


def _gold_pairs(
    gold: Mapping[str, Any], sources: Mapping[str, GoldSource], gold_path: Path
) -> tuple[GoldPair, ...]:
    pairs = []
    for i, p in enumerate(_entries(gold, "pairs", gold_path)):
        at = f"{gold_path}: pairs[{i}]"
        label, kind = _label_and_kind(p, PAIR_LABELS, "divergent", at)
        pairs.append(
            GoldPair(
                a=_side(sources, p.get("a"), f"{at}.a"),
                b=_side(sources, p.get("b"), f"{at}.b"),
                label=label,
                kind=kind,
                multilingual=_flag(p.get("multilingual"), f"{at}.multilingual"),
                why=str(p.get("why", "")),
            )
        )
    return tuple(pairs)


def _gold_hard_negatives(
    gold: Mapping[str, Any], sources: Mapping[str, GoldSource], gold_path: Path
) -> tuple[HardNegative, ...]:
    return tuple(
        HardNegative(
            a=_side(sources, h.get("a"), f"{gold_path}: hard_negatives[{i}].a"),
            b=_side(sources, h.get("b"), f"{gold_path}: hard_negatives[{i}].b"),
            why=str(h.get("why", "")),
        )
        for i, h in enumerate(_entries(gold, "hard_negatives", gold_path))
    )


def _gold_noise(
    gold: Mapping[str, Any], sources: Mapping[str, GoldSource], gold_path: Path
) -> tuple[LineSpan, ...]:
    noise: dict[tuple[str, int], LineSpan] = {}
    for i, n in enumerate(_entries(gold, "noise", gold_path)):
        at = f"{gold_path}: noise[{i}]"
        src = sources.get(str(n.get("source")))
        if src is None:
            raise GoldFormatError(f"{at}: unknown source {n.get('source')!r}")
        # A caption repeated word for word is listed once but every copy is noise.
        for line in _noise_lines(src, n.get("quote"), at):
            noise[(line.source, line.start)] = line
    return tuple(sorted(noise.values(), key=lambda ln: (ln.source, ln.start)))


def _gold_draft(
    gold: Mapping[str, Any],
    sources: Mapping[str, GoldSource],
    gold_path: Path,
    draft_text: str | None,
) -> tuple[DraftEntry, ...]:
    entries = _entries(gold, "draft", gold_path, nullable=True)
    if entries and draft_text is None:
        raise GoldFormatError(f"{gold_path.parent}: gold.json has draft entries but no draft.txt")
    draft = []
    for i, d in enumerate(entries):
        at = f"{gold_path}: draft[{i}]"
        label, kind = _label_and_kind(d, VERDICTS, "contradicted", at)
        draft.append(
            DraftEntry(
                quote=_locate(draft_text or "", "draft", d.get("quote"), at),
                label=label,
                kind=kind,
                disputed=_flag(d.get("disputed"), f"{at}.disputed"),
                source_quote=(
                    _side(sources, d["source_quote"], f"{at}.source_quote")
                    if d.get("source_quote")
                    else None
                ),
                why=str(d.get("why", "")),
            )
        )
    return tuple(draft)


# The top-level fields of gold.json (../shared/eval/README.md).
GOLD_FIELDS = frozenset({
    "case", "topic", "languages", "multilingual", "optional", "pairs", "single_source",
    "single_source_clauses", "hard_negatives", "noise", "draft",
})  # fmt: skip


def _check_shape(gold: Mapping[str, Any], gold_path: Path, folder: str) -> None:
    """Fields a typo would silently empty ("pairz": no gold pairs, recall 0)."""
    unknown = sorted(set(gold) - GOLD_FIELDS)
    if unknown:
        raise GoldFormatError(
            f"{gold_path}: unknown field {unknown[0]!r}; "
            f"the fields are {', '.join(sorted(GOLD_FIELDS))}"
        )
    case = gold.get("case")
    if case is not None and case != folder:
        raise GoldFormatError(f"{gold_path}: case is {case!r} but the folder is {folder!r}")


def _check_pairs(pairs: Sequence[GoldPair], gold_path: Path) -> None:
    """A pair of a sentence with itself can never be found, one listed twice
    counts twice, and a corroborated pair has no kind of conflict."""
    seen: dict[frozenset[tuple[str, int]], int] = {}
    for i, p in enumerate(pairs):
        at = f"{gold_path}: pairs[{i}]"
        ends = frozenset({(p.a.source, p.a.start), (p.b.source, p.b.start)})
        if p.a.source == p.b.source:
            raise GoldFormatError(
                f"{at}: both quotes are from {p.a.source}; a pair joins two sources"
            )
        if ends in seen:
            raise GoldFormatError(
                f"{at}: the same pair as pairs[{seen[ends]}]; list each pair once"
            )
        seen[ends] = i
        if p.label == "corroborated" and p.kind is not None:
            raise GoldFormatError(
                f"{at}.kind: a corroborated pair has no kind (null), got {p.kind!r}"
            )


def _check_singles(singles: Sequence[Quote], pairs: Sequence[GoldPair], gold_path: Path) -> None:
    """A single-source sentence is one no other source matches: a quote that
    overlaps a pair's quote is both, and its recall could never be right."""
    for i, q in enumerate(singles):
        for j, p in enumerate(pairs):
            for side in (p.a, p.b):
                if side.source == q.source and side.start < q.end and q.start < side.end:
                    raise GoldFormatError(
                        f"{gold_path}: single_source[{i}] overlaps pairs[{j}]: a sentence "
                        "another source matches is not single-source"
                    )


def load_case(case_dir: Path) -> GoldCase:
    """Load one case folder, check gold.json's shape, and locate every gold quote.

    Every problem is a one-line GoldFormatError naming gold.json and the field,
    so that ``claimcheck eval`` can report it (exit 2) instead of a traceback.

    Raises:
        GoldFormatError: a file is missing or unreadable; gold.json is not a JSON
            object, a list field is not a list of objects, a label or a divergent
            (contradicted) kind is not one the gold README defines, a flag is not
            true/false; or a quote is not found exactly once (noise quotes:
            matches no line).
    """
    case_dir = Path(case_dir)
    gold_path = case_dir / "gold.json"
    gold = _read_gold(gold_path)
    _check_shape(gold, gold_path, case_dir.name)
    src_files = sorted((case_dir / "sources").glob("*.txt"))
    if not src_files:
        raise GoldFormatError(f"{case_dir}: no sources/*.txt")
    sources = {p.stem: GoldSource(p.stem, p, _read(p)) for p in src_files}
    singles = tuple(
        _side(sources, s, f"{gold_path}: single_source[{i}]")
        for i, s in enumerate(_entries(gold, "single_source", gold_path))
    )
    draft_path = case_dir / "draft.txt"
    draft_text = _read(draft_path) if draft_path.is_file() else None
    pairs = _gold_pairs(gold, sources, gold_path)
    _check_pairs(pairs, gold_path)
    _check_singles(singles, pairs, gold_path)
    return GoldCase(
        name=case_dir.name,
        path=case_dir,
        sources=tuple(sources.values()),
        pairs=pairs,
        single_source=singles,
        hard_negatives=_gold_hard_negatives(gold, sources, gold_path),
        noise_lines=_gold_noise(gold, sources, gold_path),
        draft=_gold_draft(gold, sources, gold_path, draft_text),
        draft_path=draft_path if draft_text is not None else None,
        draft_text=draft_text,
        multilingual=_flag(gold.get("multilingual"), f"{gold_path}: multilingual"),
        optional=_flag(gold.get("optional"), f"{gold_path}: optional"),
    )


def _is_case(path: Path) -> bool:
    return path.is_dir() and (path / "gold.json").is_file()


def set_name(set_dir: Path) -> str:
    """Name a set after its folder: dev/, dev/cases/ and dev/cases/dev01/ are all "dev"."""
    d = Path(set_dir).resolve()
    if _is_case(d):
        return d.parent.parent.name if d.parent.name == "cases" else d.name
    return d.parent.name if d.name == "cases" else d.name


def _cases_of(set_dir: Path) -> list[Path]:
    set_dir = Path(set_dir)
    if _is_case(set_dir):
        return [set_dir]
    cases_dir = set_dir / "cases" if (set_dir / "cases").is_dir() else set_dir
    if not cases_dir.is_dir():
        return []
    return sorted(d for d in cases_dir.iterdir() if _is_case(d))


def _unfinished_cases(set_dir: Path) -> list[Path]:
    """Folders of a set that hold sources/ but no gold.json: cases left half-written."""
    set_dir = Path(set_dir)
    if _is_case(set_dir):
        return []
    cases_dir = set_dir / "cases" if (set_dir / "cases").is_dir() else set_dir
    if not cases_dir.is_dir():
        return []
    return sorted(
        d
        for d in cases_dir.iterdir()
        if d.is_dir() and (d / "sources").is_dir() and not (d / "gold.json").exists()
    )


def find_cases(set_dirs: Sequence[Path]) -> list[Path]:
    """Case folders of the given sets, sorted, each once.

    A set dir holds ``cases/``, or is a ``cases/`` folder, or is one case folder
    (it has ``gold.json``). Only folders with a ``gold.json`` count as cases, and
    nothing outside the given folders is read.
    """
    return sorted({case for d in set_dirs for case in _cases_of(Path(d))})


# ------------------------------------------------------------ tool output


@dataclass(frozen=True, slots=True)
class _Claim:
    id: str
    source: str
    start: int
    end: int
    text: str

    def contains(self, quote: Quote) -> bool:
        return self.source == quote.source and self.start <= quote.start < self.end

    def overlaps(self, line: LineSpan) -> bool:
        return self.source == line.source and self.start < line.end and line.start < self.end


@dataclass(frozen=True, slots=True)
class _Pair:
    a: str
    b: str
    label: str
    kind: str | None

    @property
    def key(self) -> frozenset[str]:
        return frozenset((self.a, self.b))


def _clip(text: str, limit: int = CLIP_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _lk(label: str | None, kind: str | None) -> str:
    """Label with its kind ("divergent/date"), or just the label when there is no kind."""
    return f"{label}/{kind}" if kind else str(label)


def _norm(value: object) -> str | None:
    return None if value is None else str(value).strip().lower()


def _parse_claims(raw: object) -> tuple[list[_Claim], list[str]]:
    """Tool claims with usable offsets, plus a note for each one skipped."""
    claims, problems = [], []
    for item in raw if isinstance(raw, list) else []:
        if not isinstance(item, Mapping):
            problems.append(f"not an object: {_clip(repr(item))}")
            continue
        cid = str(item.get("id", ""))
        start, end = item.get("start"), item.get("end")
        if not isinstance(start, int) or not isinstance(end, int) or start > end:
            problems.append(f"{cid}: no valid start/end")
            continue
        # The id is "<source>#<n>", so the source can be recovered if missing.
        source = item.get("source") or cid.rsplit("#", 1)[0]
        claims.append(_Claim(cid, str(source), start, end, str(item.get("text", ""))))
    return claims, problems


def _hit(claims: Sequence[_Claim], quote: Quote) -> _Claim | None:
    """The claim containing the quote's start (at most one per source)."""
    found = [c for c in claims if c.contains(quote)]
    # Overlapping claims are a tool bug; pick deterministically, innermost first.
    return min(found, key=lambda c: (-c.start, c.end, c.id)) if found else None


def _parse_pairs(raw: object) -> tuple[list[_Pair], int]:
    """Predicted pairs, de-duplicated by their unordered claim ids; also the duplicates count."""
    seen: dict[frozenset[str], _Pair] = {}
    duplicates = 0
    for item in raw if isinstance(raw, list) else []:
        if not isinstance(item, Mapping):
            continue
        pair = _Pair(
            str(item.get("a")),
            str(item.get("b")),
            _norm(item.get("label")) or "",
            _norm(item.get("kind")),
        )
        if pair.key in seen:
            duplicates += 1
        else:
            seen[pair.key] = pair
    return list(seen.values()), duplicates


# ------------------------------------------------------------------ scores


@dataclass(frozen=True, slots=True)
class Issue:
    """One thing a developer should look at: what went wrong and the text involved."""

    kind: str  # missed_pair, false_pair, wrong_label, wrong_kind, noise_claim, ...
    text: str


def _add(a: Any, b: Any) -> Any:
    """Field-wise sum of two count records of the same type."""
    return type(a)(**{f.name: getattr(a, f.name) + getattr(b, f.name) for f in fields(a)})


@dataclass(frozen=True, slots=True)
class CompareCounts:
    """Raw counts of one compare run (or a pool of runs); metrics derive from these."""

    gold_pairs: int = 0
    gold_pairs_matched: int = 0
    predicted_pairs: int = 0
    predicted_matched: int = 0
    predicted_lenient_wrong: int = 0
    label_correct: int = 0
    gold_divergent: int = 0
    divergent_found: int = 0  # matched, gold divergent and predicted divergent
    kind_correct: int = 0
    ml_gold_pairs: int = 0
    ml_matched: int = 0
    ml_label_correct: int = 0
    ml_predicted: int = 0  # predicted pairs matching only multilingual gold pairs
    single_gold: int = 0
    single_found: int = 0
    single_predicted_right: int = 0
    single_predicted_wrong: int = 0
    noise_lines: int = 0
    noise_suppressed: int = 0
    claims: int = 0
    claim_errors: int = 0  # claims with unusable offsets, unknown source or text != slice
    duplicate_pairs: int = 0

    def __add__(self, other: CompareCounts) -> CompareCounts:
        return _add(self, other)


@dataclass(frozen=True, slots=True)
class DraftCounts:
    """Raw counts of one check run (or a pool of runs)."""

    entries: int = 0
    verdict_correct: int = 0
    missing_claims: int = 0
    tp_supported: int = 0
    fp_supported: int = 0
    fn_supported: int = 0
    tp_contradicted: int = 0
    fp_contradicted: int = 0
    fn_contradicted: int = 0
    tp_unsupported: int = 0
    fp_unsupported: int = 0
    fn_unsupported: int = 0
    contradicted_gold: int = 0
    contradicted_kind_correct: int = 0
    disputed_gold: int = 0
    disputed_flagged: int = 0
    disputed_false: int = 0  # flagged disputed where gold does not say so

    def __add__(self, other: DraftCounts) -> DraftCounts:
        return _add(self, other)


def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


def _harmonic(p: float | None, r: float | None) -> float | None:
    if p is None or r is None:
        return None
    return 2 * p * r / (p + r) if p + r else 0.0


def compare_metrics(c: CompareCounts) -> dict[str, float | None]:
    """Metrics of a compare run from its counts; None where undefined."""
    recall = _ratio(c.gold_pairs_matched, c.gold_pairs)
    strict = _ratio(c.predicted_matched, c.predicted_pairs)
    wrong = _ratio(c.predicted_lenient_wrong, c.predicted_pairs)
    lenient = None if wrong is None else 1 - wrong
    return {
        "pair_recall": recall,
        "pair_precision_strict": strict,
        "pair_precision_lenient": lenient,
        "pair_f1": _harmonic(lenient, recall),
        "pair_f1_strict": _harmonic(strict, recall),
        "label_accuracy": _ratio(c.label_correct, c.gold_pairs_matched),
        "kind_accuracy": _ratio(c.kind_correct, c.divergent_found),
        "divergent_recall": _ratio(c.divergent_found, c.gold_divergent),
        "single_source_recall": _ratio(c.single_found, c.single_gold),
        "single_source_precision": _ratio(
            c.single_predicted_right, c.single_predicted_right + c.single_predicted_wrong
        ),
        "noise_suppression": _ratio(c.noise_suppressed, c.noise_lines),
        "ml_pair_recall": _ratio(c.ml_matched, c.ml_gold_pairs),
        "ml_label_accuracy": _ratio(c.ml_label_correct, c.ml_matched),
    }


def _f1(tp: int, fp: int, fn: int) -> float | None:
    return _ratio(2 * tp, 2 * tp + fp + fn)


def draft_metrics(c: DraftCounts) -> dict[str, float | None]:
    """Metrics of a check run from its counts; None where undefined."""
    per_class = [
        _f1(getattr(c, f"tp_{v}"), getattr(c, f"fp_{v}"), getattr(c, f"fn_{v}")) for v in VERDICTS
    ]
    defined = [f for f in per_class if f is not None]
    return {
        "draft_verdict_accuracy": _ratio(c.verdict_correct, c.entries),
        # Mean over the verdicts that occur in gold or output at all.
        "draft_macro_f1": sum(defined) / len(defined) if defined else None,
        "draft_contradicted_recall": _ratio(c.tp_contradicted, c.contradicted_gold),
        "draft_contradicted_kind_accuracy": _ratio(c.contradicted_kind_correct, c.tp_contradicted),
        "draft_disputed_flagged": _ratio(c.disputed_flagged, c.disputed_gold),
        "draft_disputed_precision": _ratio(
            c.disputed_flagged, c.disputed_flagged + c.disputed_false
        ),
    }


@dataclass(frozen=True, slots=True)
class CaseScores:
    """Scores of one compare run against one case."""

    case: str
    counts: CompareCounts
    issues: tuple[Issue, ...] = ()

    @property
    def metrics(self) -> dict[str, float | None]:
        return compare_metrics(self.counts)


@dataclass(frozen=True, slots=True)
class DraftScores:
    """Scores of one check (draft) run against one case."""

    case: str
    counts: DraftCounts
    issues: tuple[Issue, ...] = ()

    @property
    def metrics(self) -> dict[str, float | None]:
        return draft_metrics(self.counts)


def _pair_text(claims: Mapping[str, _Claim], a: str, b: str) -> str:
    def one(cid: str) -> str:
        c = claims.get(cid)
        return f"{cid} {_clip(c.text)!r}" if c else f"{cid} (unknown claim)"

    return f"{one(a)} <> {one(b)}"


def _gold_text(p: GoldPair | HardNegative) -> str:
    return f"{p.a.source}: {_clip(p.a.text)!r} <> {p.b.source}: {_clip(p.b.text)!r}"


def _check_claim_text(case: GoldCase, claim: _Claim) -> str | None:
    """Why a claim's offsets do not point at its text in the source, or None."""
    text = case.text_of(claim.source)
    if text is None:
        return f"{claim.id}: unknown source {claim.source!r}"
    if claim.end > len(text) or claim.start < 0:
        return f"{claim.id}: span [{claim.start}, {claim.end}) outside {claim.source}"
    if claim.text and text[claim.start : claim.end] != claim.text:
        return f"{claim.id}: text differs from {claim.source}[{claim.start}:{claim.end}]"
    return None


def score_compare(
    case: GoldCase, output: Mapping[str, Any], *, include_multilingual: bool = False
) -> CaseScores:
    """Score one compare output (the tool's JSON as a dict) against a case's gold.

    Multilingual gold pairs are scored separately (``ml_*``); unless
    ``include_multilingual`` they are left out of the main pair, label and kind
    numbers, and predicted pairs matching only them are not counted as predictions.
    """
    claims, problems = _parse_claims(output.get("claims"))
    issues = [Issue("claim_error", p) for p in problems]
    for claim in claims:
        if (why := _check_claim_text(case, claim)) is not None:
            issues.append(Issue("claim_error", why))
    by_id = {c.id: c for c in claims}
    predicted, duplicates = _parse_pairs(output.get("pairs"))
    pred_by_key = {p.key: p for p in predicted}

    def hit_id(q: Quote) -> str | None:
        c = _hit(claims, q)
        return c.id if c else None

    def gold_key(p: GoldPair | HardNegative) -> frozenset[str] | None:
        a, b = hit_id(p.a), hit_id(p.b)
        return frozenset((a, b)) if a and b and a != b else None

    main_gold = [p for p in case.pairs if include_multilingual or not p.multilingual]
    ml_gold = [p for p in case.pairs if p.multilingual]
    main_keys = {k for p in main_gold if (k := gold_key(p))}
    ml_keys = {k for p in ml_gold if (k := gold_key(p))}
    hard_keys = {k for h in case.hard_negatives if (k := gold_key(h))}
    single_ids = {i for q in case.single_source if (i := hit_id(q))}
    pair_quote_ids = {i for p in main_gold for q in (p.a, p.b) if (i := hit_id(q))}
    noise_ids = {c.id for c in claims for ln in case.noise_lines if c.overlaps(ln)}

    n = {
        "gold_pairs": len(main_gold),
        "ml_gold_pairs": len(ml_gold),
        "claims": len(claims),
        "duplicate_pairs": duplicates,
    }
    n["claim_errors"] = len(issues)

    # Gold pairs: recall, label and kind.
    matched = label_ok = gold_div = div_found = kind_ok = 0
    for p in main_gold:
        gold_div += p.label == "divergent"
        key = gold_key(p)
        pred = pred_by_key.get(key) if key else None
        if pred is None:
            missing = [s for s, q in (("a", p.a), ("b", p.b)) if hit_id(q) is None]
            why = f"no claim contains quote {'/'.join(missing)}" if missing else "not aligned"
            issues.append(Issue("missed_pair", f"[{_lk(p.label, p.kind)}] {why}: {_gold_text(p)}"))
            continue
        matched += 1
        if pred.label == p.label:
            label_ok += 1
        else:
            issues.append(
                Issue(
                    "wrong_label",
                    f"gold {_lk(p.label, p.kind)}, got {_lk(pred.label, pred.kind)}: "
                    f"{_gold_text(p)}",
                )
            )
        if p.label == "divergent" and pred.label == "divergent":
            div_found += 1
            if pred.kind == _norm(p.kind):
                kind_ok += 1
            else:
                issues.append(
                    Issue("wrong_kind", f"gold {p.kind}, got {pred.kind}: {_gold_text(p)}")
                )
    n.update(
        gold_pairs_matched=matched,
        label_correct=label_ok,
        gold_divergent=gold_div,
        divergent_found=div_found,
        kind_correct=kind_ok,
    )

    ml_matched = ml_label = 0
    for p in ml_gold:
        key = gold_key(p)
        pred = pred_by_key.get(key) if key else None
        if pred is not None:
            ml_matched += 1
            ml_label += pred.label == p.label
        elif not include_multilingual:  # else already listed above
            issues.append(Issue("missed_ml_pair", f"[{_lk(p.label, p.kind)}] {_gold_text(p)}"))
    n.update(ml_matched=ml_matched, ml_label_correct=ml_label)

    # Predicted pairs: strict and lenient precision.
    counted = right = wrong = ml_only = 0
    for pred in predicted:
        if pred.key in main_keys:
            counted += 1
            right += 1
            continue
        if pred.key in ml_keys:  # a multilingual gold pair, scored separately
            ml_only += 1
            continue
        counted += 1
        reasons = []
        if not all(cid in by_id for cid in pred.key):
            reasons.append("unknown claim id")
        if pred.key in hard_keys:
            reasons.append("joins a hard negative")
        if pred.key & single_ids:
            reasons.append("uses a single-source sentence")
        if pred.key & noise_ids:
            reasons.append("uses a noise line")
        wrong += bool(reasons)
        tag = "; ".join(reasons) if reasons else "not a gold pair (lenient: ok)"
        pair_text = _pair_text(by_id, pred.a, pred.b)
        issues.append(Issue("false_pair", f"[{_lk(pred.label, pred.kind)}] {tag}: {pair_text}"))
    n.update(
        predicted_pairs=counted,
        predicted_matched=right,
        predicted_lenient_wrong=wrong,
        ml_predicted=ml_only,
    )

    # Single-source claims.
    raw_single = output.get("single_source")
    if not isinstance(raw_single, list):
        raw_single = []
    tool_single = list(dict.fromkeys(str(s) for s in raw_single))  # de-duplicated, in order
    tool_single_set = set(tool_single)
    found = 0
    for q in case.single_source:
        cid = hit_id(q)
        if cid is not None and cid in tool_single_set:
            found += 1
        else:
            where = "no claim contains it" if cid is None else f"{cid} not listed"
            issues.append(Issue("missed_single", f"{where}: {q.source}: {_clip(q.text)!r}"))
    s_right = s_wrong = 0
    for cid in tool_single:
        claim = by_id.get(cid)
        if cid in single_ids:
            s_right += 1
        elif claim is None or cid in noise_ids or cid in pair_quote_ids:
            s_wrong += 1
            why = (
                "unknown claim id"
                if claim is None
                else "noise line"
                if cid in noise_ids
                else "sentence of a gold pair"
            )
            text = _clip(claim.text) if claim else ""
            issues.append(Issue("false_single", f"{why}: {cid} {text!r}"))
        # Claims that hit nothing in gold (short lines, ignored text) do not count.
    n.update(
        single_gold=len(case.single_source),
        single_found=found,
        single_predicted_right=s_right,
        single_predicted_wrong=s_wrong,
    )

    # Noise lines that came out as claims.
    suppressed = 0
    for line in case.noise_lines:
        shown = [c.id for c in claims if c.overlaps(line)]
        if shown:
            issues.append(Issue("noise_claim", f"{', '.join(shown)}: {_clip(line.text)!r}"))
        else:
            suppressed += 1
    n.update(noise_lines=len(case.noise_lines), noise_suppressed=suppressed)
    return CaseScores(case.name, CompareCounts(**n), tuple(issues))


def score_check(case: GoldCase, output: Mapping[str, Any]) -> DraftScores:
    """Score one check (draft) output against a case's gold draft entries."""
    claims, problems = _parse_claims(output.get("claims"))
    # Draft claims carry no source field; all of them refer to draft.txt.
    claims = [_Claim(c.id, "draft", c.start, c.end, c.text) for c in claims]
    raw = {str(c.get("id")): c for c in output.get("claims") or [] if isinstance(c, Mapping)}
    issues = [Issue("claim_error", p) for p in problems]
    n: dict[str, int] = {"entries": len(case.draft)}
    for key in (
        "verdict_correct",
        "missing_claims",
        "contradicted_gold",
        "contradicted_kind_correct",
        "disputed_gold",
        "disputed_flagged",
        "disputed_false",
    ):
        n[key] = 0
    for v in VERDICTS:
        n[f"tp_{v}"] = n[f"fp_{v}"] = n[f"fn_{v}"] = 0

    for entry in case.draft:
        claim = _hit(claims, entry.quote)
        item = raw.get(claim.id, {}) if claim else {}
        verdict = _norm(item.get("verdict")) if claim else None
        kind = _norm(item.get("kind"))
        quote = _clip(entry.quote.text)
        if claim is None:
            n["missing_claims"] += 1
            issues.append(Issue("missing_draft_claim", f"no claim contains {quote!r}"))
        if verdict == entry.label:
            n["verdict_correct"] += 1
            n[f"tp_{entry.label}"] += 1
        else:
            if entry.label in VERDICTS:
                n[f"fn_{entry.label}"] += 1
            if verdict in VERDICTS:
                n[f"fp_{verdict}"] += 1
            if claim is not None:
                issues.append(
                    Issue(
                        "wrong_verdict",
                        f"gold {_lk(entry.label, entry.kind)}, got {_lk(verdict, kind)}: {quote!r}",
                    )
                )
        if entry.label == "contradicted":
            n["contradicted_gold"] += 1
            if verdict == "contradicted":
                if kind == _norm(entry.kind):
                    n["contradicted_kind_correct"] += 1
                else:
                    issues.append(Issue("wrong_kind", f"gold {entry.kind}, got {kind}: {quote!r}"))
        if entry.disputed:
            n["disputed_gold"] += 1
            if item.get("disputed") is True:
                n["disputed_flagged"] += 1
            else:
                issues.append(Issue("missed_disputed", f"{quote!r}"))
        elif item.get("disputed") is True:
            n["disputed_false"] += 1
            issues.append(Issue("false_disputed", f"{quote!r}"))
    return DraftScores(case.name, DraftCounts(**n), tuple(issues))


# -------------------------------------------------------------- evaluation


@dataclass(frozen=True, slots=True)
class CaseResult:
    """One case's compare scores and, when it has a draft and it was checked, draft scores."""

    name: str
    set_name: str
    compare: CaseScores
    draft: DraftScores | None = None


def _pool_draft(drafts: Iterable[DraftScores | None]) -> DraftCounts | None:
    counts = [d.counts for d in drafts if d is not None]
    return sum(counts[1:], counts[0]) if counts else None


@dataclass(frozen=True, slots=True)
class SetResult:
    """The cases of one set (dev, seeds, ...) with their pooled counts."""

    name: str
    cases: tuple[CaseResult, ...]

    @property
    def compare(self) -> CompareCounts:
        return sum((c.compare.counts for c in self.cases), CompareCounts())

    @property
    def draft(self) -> DraftCounts | None:
        return _pool_draft(c.draft for c in self.cases)


@dataclass(frozen=True, slots=True)
class EvalResult:
    """Every set's results; ``compare``/``draft`` pool all cases of all sets."""

    sets: tuple[SetResult, ...]
    include_multilingual: bool = False

    @property
    def compare(self) -> CompareCounts:
        return sum((s.compare for s in self.sets), CompareCounts())

    @property
    def draft(self) -> DraftCounts | None:
        return _pool_draft(c.draft for s in self.sets for c in s.cases)

    def metrics(self, scope: str = TOTAL) -> dict[str, float | None]:
        """Compare and draft metrics of one set (by name) or of everything ("total")."""
        if scope == TOTAL:
            compare, draft = self.compare, self.draft
        else:
            found = [s for s in self.sets if s.name == scope]
            if not found:
                raise KeyError(scope)
            compare, draft = found[0].compare, found[0].draft
        return {**compare_metrics(compare), **draft_metrics(draft or DraftCounts())}


def _sets_to_score(set_dirs: Sequence[Path]) -> list[tuple[str, list[Path]]]:
    """Each set's name and case folders, refusing inputs that would make the scores lie.

    A set with no case (a typo in the path, an empty folder, a case folder
    without gold.json) would score "0/0" and pass every floor, so a CI gate
    pointed at the wrong place would stay green; a case whose gold.json is
    missing (it has sources/) would drop out of the totals unseen. A set given twice, or a case
    also given with its set, would count those cases twice in the totals; and
    ``eval dev dev`` is more likely a typo for ``eval dev seeds`` than a wish,
    so it is refused rather than quietly de-duplicated.

    Raises:
        UsageError: a set has no case with gold.json, a case folder has
            sources/ but no gold.json, or a case is given twice.
    """
    owner: dict[Path, tuple[int, Path]] = {}  # resolved case folder -> (argument, set)
    names: set[str] = set()
    sets = []
    for index, set_dir in enumerate(map(Path, set_dirs)):
        cases = _cases_of(set_dir)
        if not cases:
            raise UsageError(
                f"no cases with gold.json under {set_dir}; pass a gold set folder "
                "(holding cases/), a cases/ folder or a case folder"
            )
        unfinished = _unfinished_cases(set_dir)
        if unfinished:
            raise UsageError(
                f"{unfinished[0]}: a case folder with sources/ but no gold.json; "
                "add its gold.json or move the folder out of the set, so no case is skipped"
            )
        for case_dir in cases:
            first_index, first = owner.setdefault(case_dir.resolve(), (index, set_dir))
            if first_index != index:
                raise UsageError(
                    f"{set_dir}: case {case_dir.name} given twice (also under {first}); "
                    "pass each set or case folder once, so no case counts twice"
                )
        name = set_name(set_dir)
        while name in names:  # two different folders with the same name stay apart
            name += "+"
        names.add(name)
        sets.append((name, cases))
    return sets


def evaluate(
    set_dirs: Sequence[Path],
    *,
    run_compare: Callable[[list[Path]], dict[str, Any]],
    run_check: Callable[[Path, list[Path]], dict[str, Any]] | None = None,
    include_multilingual: bool = False,
) -> EvalResult:
    """Run the tool on every case of the given sets and score it.

    ``run_compare(source_paths)`` runs compare on a case's ``sources/*.txt``
    (sorted); ``run_check(draft_path, source_paths)`` runs the draft check on
    cases that have ``draft.txt``. Both return the tool's JSON as a dict. Gold
    is loaded here and never passed to them.

    Every set is resolved and every gold file loaded before the tool runs once:
    a bad path or a malformed gold file in the last case must not cost the run
    of all the cases before it.

    Raises:
        UsageError: a set has no case with gold.json, or a case is given twice.
        GoldFormatError: a case cannot be loaded (see ``load_case``).
    """
    loaded = [
        (name, [load_case(case_dir) for case_dir in cases])
        for name, cases in _sets_to_score(set_dirs)
    ]
    sets: list[SetResult] = []
    for name, cases in loaded:
        results = []
        for case in cases:
            compare = score_compare(
                case, run_compare(case.source_paths), include_multilingual=include_multilingual
            )
            draft = None
            if run_check is not None and case.draft_path is not None:
                draft = score_check(case, run_check(case.draft_path, case.source_paths))
            results.append(CaseResult(case.name, name, compare, draft))
        sets.append(SetResult(name, tuple(results)))
    return EvalResult(tuple(sets), include_multilingual)


# ------------------------------------------------------------------ output


def _jsonable(value: Any) -> Any:
    """Sorted keys, floats rounded to 4 places, tuples as lists."""
    if isinstance(value, Mapping):
        return {str(k): _jsonable(value[k]) for k in sorted(value, key=str)}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, float):
        return round(value, 4)
    return value


def _counts_dict(counts: CompareCounts | DraftCounts) -> dict[str, int]:
    return {f.name: getattr(counts, f.name) for f in fields(counts)}


def _block(compare: CompareCounts, draft: DraftCounts | None) -> dict[str, Any]:
    out: dict[str, Any] = {"counts": _counts_dict(compare), "metrics": compare_metrics(compare)}
    if draft is not None:
        out["draft"] = {"counts": _counts_dict(draft), "metrics": draft_metrics(draft)}
    return out


def result_to_json(result: EvalResult) -> dict[str, Any]:
    """The whole result as plain JSON data (deterministic: sorted keys, rounded floats)."""
    sets = {}
    for s in result.sets:
        cases = {}
        for c in s.cases:
            block = _block(c.compare.counts, c.draft.counts if c.draft else None)
            block["issues"] = [{"kind": i.kind, "text": i.text} for i in c.compare.issues]
            if c.draft is not None:
                block["draft"]["issues"] = [
                    {"kind": i.kind, "text": i.text} for i in c.draft.issues
                ]
            cases[c.name] = block
        sets[s.name] = {"cases": cases, TOTAL: _block(s.compare, s.draft)}
    return _jsonable(
        {
            "include_multilingual": result.include_multilingual,
            "sets": sets,
            TOTAL: _block(result.compare, result.draft),
        }
    )


def _fmt(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"


_COMPARE_COLUMNS = (
    ("pair R", "pair_recall"),
    ("P strict", "pair_precision_strict"),
    ("P lenient", "pair_precision_lenient"),
    ("F1 lenient", "pair_f1"),
    ("label", "label_accuracy"),
    ("kind", "kind_accuracy"),
    ("single R", "single_source_recall"),
    ("single P", "single_source_precision"),
    ("noise", "noise_suppression"),
)
_DRAFT_COLUMNS = (
    ("verdict acc", "draft_verdict_accuracy"),
    ("macro F1", "draft_macro_f1"),
    ("contradicted R", "draft_contradicted_recall"),
    ("kind", "draft_contradicted_kind_accuracy"),
    ("disputed", "draft_disputed_flagged"),
    ("disputed P", "draft_disputed_precision"),
)


def _rows(result: EvalResult) -> list[tuple[str, CompareCounts, DraftCounts | None, bool]]:
    """(label, compare counts, draft counts, is_total) for every case and total row."""
    rows = []
    for s in result.sets:
        rows += [
            (c.name, c.compare.counts, c.draft.counts if c.draft else None, False) for c in s.cases
        ]
        if len(result.sets) > 1:
            rows.append((f"{s.name} total", s.compare, s.draft, True))
    rows.append((TOTAL, result.compare, result.draft, True))
    return rows


def render_table(result: EvalResult, *, details: bool = False) -> Any:
    """A rich renderable: one row per case plus totals; ``details`` adds the why."""
    from rich.console import Group  # lazy: rich costs ~20 ms to import
    from rich.table import Table
    from rich.text import Text

    rows = _rows(result)
    any_ml = result.compare.ml_gold_pairs > 0
    suffix = " (multilingual included)" if result.include_multilingual else ""
    table = Table(title="compare" + suffix)
    table.add_column("case")
    table.add_column("pairs", justify="right")
    for header, _ in _COMPARE_COLUMNS:
        table.add_column(header, justify="right")
    if any_ml:
        table.add_column("ml R", justify="right")
    for label, counts, _draft, is_total in rows:
        m = compare_metrics(counts)
        cells = [label, f"{counts.gold_pairs_matched}/{counts.gold_pairs}"]
        cells += [_fmt(m[key]) for _, key in _COMPARE_COLUMNS]
        cells[7] = f"{cells[7]} ({counts.divergent_found})"  # kind accuracy out of n
        if any_ml:
            cells.append(_fmt(m["ml_pair_recall"]))
        table.add_row(*cells, style="bold" if is_total else None, end_section=is_total)
    parts: list[Any] = [table]

    draft_rows = [(label, d, t) for label, _c, d, t in rows if d is not None]
    if draft_rows:
        dtable = Table(title="check (draft)")
        dtable.add_column("case")
        dtable.add_column("entries", justify="right")
        for header, _ in _DRAFT_COLUMNS:
            dtable.add_column(header, justify="right")
        for label, d, is_total in draft_rows:
            m = draft_metrics(d)
            dtable.add_row(
                label,
                str(d.entries),
                *[_fmt(m[key]) for _, key in _DRAFT_COLUMNS],
                style="bold" if is_total else None,
            )
        parts.append(dtable)

    if details:
        for s in result.sets:
            for c in s.cases:
                issues = list(c.compare.issues) + (list(c.draft.issues) if c.draft else [])
                if not issues:
                    continue
                text = Text(f"\n{c.name}\n", style="bold")
                for issue in issues:
                    text.append(f"  {issue.kind:<20} ", style="yellow")
                    text.append(f"{issue.text}\n")
                parts.append(text)
    return Group(*parts)


# ------------------------------------------------------------------ floors


def load_floors(path: Path) -> dict[str, float]:
    """Read pinned floors: a JSON object of "<set>.<metric>" -> minimum value."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except (OSError, json.JSONDecodeError, UnicodeDecodeError) as e:
        raise SettingsError(f"{path}: cannot read floors: {e}") from e
    if not isinstance(data, dict) or not all(
        isinstance(v, int | float) and not isinstance(v, bool) for v in data.values()
    ):
        raise SettingsError(f"{path}: floors must be an object of name -> number")
    outside = sorted(k for k, v in data.items() if not 0 <= v <= 1)
    if outside:
        raise SettingsError(
            f"{path}: floors are scores between 0 and 1; {outside[0]} is {data[outside[0]]}"
        )
    # A misspelt metric ("pair_recal") was a floor that failed as "undefined",
    # exit 1, as if quality had dropped (QA pass 17).
    known = {*compare_metrics(CompareCounts()), *draft_metrics(DraftCounts())}
    unknown = sorted(str(k) for k in data if _split_key(str(k))[1] not in known)
    if unknown:
        raise SettingsError(
            f"{path}: {unknown[0]} names no metric; known: {', '.join(sorted(known))}"
        )
    return {str(k): float(v) for k, v in data.items()}


def floors_apply(floors: Mapping[str, float], set_names: Sequence[str]) -> bool:
    """Whether any floor names one of these sets (or the total)."""
    scopes = set(set_names) | {TOTAL}
    return any(_split_key(key)[0] in scopes for key in floors)


def _split_key(key: str) -> tuple[str, str]:
    scope, _, metric = key.rpartition(".")
    return scope or TOTAL, metric


def check_floors(result: EvalResult, floors: Mapping[str, float]) -> list[str]:
    """Failures of the measured metrics against their floors; empty when all pass.

    A floor for a set that was not evaluated is skipped; a floor on a metric that
    is now undefined (or unknown) fails, since it used to be measured.
    """
    scopes = {s.name for s in result.sets} | {TOTAL}
    failures = []
    for key in sorted(floors):
        scope, metric = _split_key(key)
        if scope not in scopes:
            continue
        floor = floors[key]
        value = result.metrics(scope).get(metric)
        if value is None:
            failures.append(f"{scope} {metric} undefined (–), floor {floor:.2f}")
        elif value < floor - 1e-9:  # equal passes despite float noise
            failures.append(f"{scope} {metric} {value:.4f} < floor {floor:.2f}")
    return failures


def write_floors(path: Path, result: EvalResult, *, margin: float = 0.02) -> dict[str, float]:
    """Pin floors at the measured value minus ``margin``, rounded down to 2 decimals.

    Only ever called on an explicit request (``--update-floors``). Writes one
    floor per gated metric of each evaluated set; undefined or zero floors are
    left out; floors of sets this run did not evaluate are kept as they were.
    Returns what was written.
    """
    evaluated = {s.name for s in result.sets} | {TOTAL}
    floors = {
        key: value
        for key, value in (load_floors(path) if Path(path).is_file() else {}).items()
        if _split_key(key)[0] not in evaluated
    }
    for s in result.sets:
        metrics = result.metrics(s.name)
        for metric in GATED_METRICS:
            value = metrics.get(metric)
            if value is None:
                continue
            # round() first so that 0.85 - 0.02 does not floor to 0.82.
            floor = math.floor(round((value - margin) * 100, 6)) / 100
            if floor > 0:
                floors[f"{s.name}.{metric}"] = floor
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(floors, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return floors
