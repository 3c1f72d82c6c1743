"""The library API: chain the stages. This is what notebook users and the CLI call.

>>> from claimcheck import compare                      # doctest: +SKIP
>>> report = compare(["seeds/RFERL.txt", "seeds/DW.txt"])  # doctest: +SKIP
>>> [p.kind for p in report.pairs if p.label == "divergent"]  # doctest: +SKIP
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path

import numpy as np

from claimcheck import align, clean, extract, judge, lexical, parallel, split, verdicts
from claimcheck.embed import Embedder, get_embedder
from claimcheck.errors import SourceLoadError, UsageError
from claimcheck.load import (
    date_overrides,
    expand_sources,
    load_source,
    load_sources,
    name_overrides,
    path_list,
)
from claimcheck.records import (
    COPIES_PHRASE,
    CheckReport,
    Claim,
    Dropped,
    Judgement,
    Report,
    Source,
)
from claimcheck.settings import Settings

Progress = Callable[[str], None]


def _quiet(_message: str) -> None:
    return None


# A draft sentence this short is still a claim to check ("Fifty tugboats
# helped."); a source's is more often a fragment, so sources keep min_words.
DRAFT_MIN_WORDS = 2


def prepare_claims(
    sources: Sequence[Source],
    *,
    settings: Settings,
    min_words: int | None = None,
    own_text: bool = False,
) -> tuple[tuple[Source, ...], tuple[Claim, ...], tuple[Dropped, ...], tuple[str, ...]]:
    """Clean, split and extract every source.

    Returns the sources that kept at least one claim, their claims, everything
    dropped as noise, and warnings for sources left with nothing or with
    relative dates and no publication date to resolve them. ``min_words``
    overrides ``settings.min_words`` (a draft's short sentences still get a verdict);
    ``own_text`` marks the user's draft (see `clean.clean_source`).
    """
    kept_sources, claims, dropped, warnings = [], [], [], []
    by_id = {s.id: s for s in sources}
    shortest = settings.min_words if min_words is None else min_words

    def prepare(chunk: Sequence[Source]) -> list[_Prepared]:
        return [_prepare_source(s, by_id, shortest=shortest, own_text=own_text) for s in chunk]

    # Each source is cleaned, split and read on its own, so large inputs spread
    # over the cores; the results come back in source order (`parallel.map_chunks`).
    chunk = max(1, math.ceil(len(sources) / (4 * parallel.workers())))
    for source, (noise, extracted, warning) in zip(
        sources,
        parallel.map_chunks(prepare, sources, min_items=PARALLEL_MIN_SOURCES, chunk=chunk),
        strict=True,
    ):
        dropped.extend(noise)
        if warning is not None:
            warnings.append(warning)
        if extracted is None:
            continue
        kept_sources.append(source)
        claims.extend(extracted)
    typed = extract.name_story_titles(extract.type_names_across(claims))
    typed = extract.count_from_events_across(typed, by_id)
    return tuple(kept_sources), typed, tuple(dropped), tuple(warnings)


# Below this many sources `prepare_claims` runs in process: forking costs more
# than reading a few articles (~12 ms each).
PARALLEL_MIN_SOURCES = 48

# What one source gives: its noise, its claims (None: the source keeps no
# sentence) and a warning, if any.
_Prepared = tuple[tuple[Dropped, ...], tuple[Claim, ...] | None, str | None]


def _prepare_source(
    source: Source, by_id: Mapping[str, Source], *, shortest: int, own_text: bool
) -> _Prepared:
    """Clean, split and read one source (`prepare_claims` over one item)."""
    spans, noise = clean.clean_source(source, own_text=own_text)
    # A kept span holds a line break only when clean joined hard-wrapped lines.
    paragraphs = any("\n" in source.text[start:end] for start, end in spans)
    sentences = [
        s
        for s in split.split_sentences(source, spans, paragraphs=paragraphs)
        if len(s.readable.split()) >= shortest
    ]
    if not sentences:
        cut = [n for n in source.notes if "only the first part was read" in n]
        why = f" ({cut[0]}: raise max_chars in claimcheck.toml)" if cut else ""
        script = lexical.script_of(source.text[source.body_start :])
        if script and not cut:  # not noise: a text it cannot read (QA pass 18)
            return (
                tuple(noise),
                None,
                f"{source.path}: the text is in {script} script, which claimcheck does not "
                f"read (it reads English; {_OTHER_LANGUAGES} less well); "
                "it is listed with no claims",
            )
        return (
            tuple(noise),
            None,
            f"{source.path}: no article sentence left after removing page noise{why}; "
            "it is listed with no claims",
        )
    extracted = extract.extract_claims(sentences, sources=by_id)
    unresolved = _unresolved_dates(source, extracted)
    warning = None
    if unresolved:
        warning = (
            f"{source.path}: no publication date, so {len(unresolved)} relative date(s) "
            f"({', '.join(repr(t) for t in unresolved[:3])}"
            f"{', ...' if len(unresolved) > 3 else ''}) stay unresolved and are not compared; "
            f"add a 'Published: YYYY-MM-DD' line or pass --published {source.id}=YYYY-MM-DD"
        )
    return tuple(noise), extracted, warning


_LANGUAGES = {
    "en": "English",
    "es": "Spanish",
    "fr": "French",
    "de": "German",
    "pt": "Portuguese",
    "it": "Italian",
}


_OTHER_LANGUAGES = "Spanish, French, German, Portuguese and Italian"


def _script_label(text: str) -> str:
    """ "Cyrillic script" and the like for text in another writing system (its
    names, dates and figures are not read either), else ""."""
    script = lexical.script_of(text)
    return f"{script} script" if script else ""


def _language_mismatch(draft: Sequence[Claim], sources: Sequence[Claim]) -> str | None:
    """A warning when the draft and its sources are in two languages: the
    embedding model is English-only, so a translated claim scores low and is
    more often "unsupported" than contradicted."""

    def language(claims: Sequence[Claim]) -> str:
        text = " ".join(c.text for c in claims[:40])
        return lexical.language_of(text) or _script_label(text)

    ld, ls = language(draft), language(sources)
    if not ld or not ls or ld == ls:
        return None
    return (
        f"the draft reads as {_LANGUAGES.get(ld, ld)} and the sources as {_LANGUAGES.get(ls, ls)}: "
        "the embedding model is English-only, so claims across the two languages are often "
        "missed (unsupported) rather than checked"
    )


_SHOWN_PER_LANGUAGE = 3


def _source_languages(sources: Sequence[Source], claims: Sequence[Claim]) -> str | None:
    """A warning when the sources are in more than one language (QA pass 7: a
    Spanish rewrite's planted differences went unseen, with no word)."""
    by_source: dict[str, list[Claim]] = {}
    for c in claims:
        by_source.setdefault(c.source, []).append(c)
    found: dict[str, str] = {}
    for s in sources:
        text = " ".join(c.text for c in by_source.get(s.id, [])[:40])
        lang = lexical.language_of(text) or _script_label(text)
        if lang:
            found[s.id] = lang
    if len(set(found.values())) < 2:
        return None
    by_language: dict[str, list[str]] = {}
    for sid, lang in found.items():
        by_language.setdefault(lang, []).append(sid)
    # A few ids per language: a hundred English sources and one Spanish one
    # must not fill the screen.
    listed = "; ".join(
        f"{_LANGUAGES.get(lang, lang)}: {', '.join(ids[:_SHOWN_PER_LANGUAGE])}"
        + (f" and {len(ids) - _SHOWN_PER_LANGUAGE} more" if len(ids) > _SHOWN_PER_LANGUAGE else "")
        for lang, ids in by_language.items()
    )
    return (
        f"the sources are in more than one language ({listed}): the embedding model is "
        "English-only, so claims across two languages are often missed (single-source) "
        "rather than compared"
    )


def _unresolved_dates(source: Source, claims: Sequence[Claim]) -> list[str]:
    """The relative dates ("Monday", "March 23") an undated source leaves unresolved."""
    if source.published is not None:
        return []
    return [d.text for c in claims for d in c.slots.dates if d.relative and d.low is None]


def embed_claims(claims: Sequence[Claim], *, embedder: Embedder) -> np.ndarray:
    """One L2-normalised matrix whose rows follow ``claims``."""
    return embedder.embed([c.text for c in claims])


def align_options(settings: Settings) -> align.AlignOptions:
    """The alignment thresholds a run with ``settings`` uses."""
    defaults = align.AlignOptions()
    return align.AlignOptions(
        min_similarity=settings.min_similarity,
        strong_similarity=settings.strong_similarity,
        search=settings.search,  # type: ignore[arg-type]  # checked by settings
        # A floor at min_similarity leaves no band to rescue.
        rescue_floor=defaults.rescue_floor if _rescues(settings) else settings.min_similarity,
    )


def _rescues(settings: Settings) -> bool:
    """Whether the alignment rescue runs: asked for, and at the threshold it was
    fitted below. Another min_similarity is the least score any pair is kept at."""
    return settings.rescue and math.isclose(settings.min_similarity, align.RESCUE_CEILING)


def settings_record(settings: Settings, embedder: Embedder) -> dict[str, object]:
    """The settings a run used, as reports list them (`rescue`: whether it ran)."""
    record: dict[str, object] = dict(settings.as_dict())
    record["rescue"] = _rescues(settings)  # what ran, not only what was asked
    record["model"] = embedder.name
    return record


def compare_sources(
    sources: Sequence[Source],
    *,
    settings: Settings | None = None,
    embedder: Embedder | None = None,
    progress: Progress = _quiet,
) -> Report:
    """Run the compare pipeline on already loaded sources."""
    settings = _settings_arg(settings)
    sources = list(sources) if isinstance(sources, Iterable) else sources
    if not isinstance(sources, list) or not all(isinstance(s, Source) for s in sources):
        raise UsageError(
            "compare_sources takes loaded Source records (claimcheck.load_sources); "
            "for file paths call claimcheck.compare"
        )
    ids = [s.id for s in sources]
    if len(set(ids)) < len(ids):
        twice = sorted({i for i in ids if ids.count(i) > 1})
        raise UsageError(f"source id {twice[0]!r} given twice; pass each source once")
    if len(sources) < 2:
        raise UsageError("compare needs at least two sources; pass two or more article files")
    kept, claims, dropped, warnings = prepare_claims(sources, settings=settings)
    if len(kept) < 2:
        detail = "; ".join(warnings) or "too few sources with article text"
        raise SourceLoadError(f"fewer than two sources have article text left ({detail})")
    embedder = embedder or get_embedder(settings.backend, cache=settings.cache)
    progress(f"embedding {len(claims)} sentences")
    matrix = embed_claims(claims, embedder=embedder)
    progress("aligning")
    options = align_options(settings)
    lex = lexical.lexical_matrix([c.text for c in claims]) if options.lexical_weight > 0 else None
    ran: list[str] = []
    candidates = align.align_claims(claims, matrix, options=options, lexical=lex, ran=ran)
    by_id = {c.id: c for c in claims}
    pairs = judge.judge_pairs(candidates, by_id)
    paired = {p.a for p in pairs} | {p.b for p in pairs}
    single = tuple(c.id for c in claims if c.id not in paired)
    record = settings_record(settings, embedder)
    record["search_ran"] = ran[0] if ran else "exact"
    notes = [n for s in sources for n in s.notes] + list(warnings)
    spread = _date_spread(kept)
    if spread:
        notes.append(spread)
    languages = _source_languages(kept, claims)
    if languages:
        notes.append(languages)
    events = event_groups(kept, claims, pairs)
    # Sources in two languages share few pairs whatever they report: the
    # language warning says why, and "different events" would mislead.
    if len(events) > 1 and not languages:
        record["event_groups"] = events
        notes.append(_events_note(events))
    copies = copy_groups(kept, shared_copies(kept, claims))
    if copies:
        record["copies"] = copies
        notes += [
            f"{_listed(group)} {COPIES_PHRASE} (each shares at least half its sentences "
            "word for word with another): their agreement is not independent corroboration"
            for group in copies
        ]
    if notes:
        record["warnings"] = notes
    return Report(
        sources=tuple(sources),
        claims=claims,
        pairs=pairs,
        single_source=single,
        dropped=dropped,
        settings=record,
    )


# A draft of at least this many sentences of which none matches any source
# is checked against the wrong sources, most likely: the report says so.
NO_MATCH_MIN = 3

# Sources published further apart than this may report two events (a folder
# of several stories, an anniversary piece): the report says so.
SPREAD_DAYS = 60


def _date_spread(sources: Sequence[Source]) -> str | None:
    """A warning when the sources' publication dates lie more than `SPREAD_DAYS` apart."""
    dated = sorted((s.published, s.id) for s in sources if s.published is not None)
    if len(dated) < 2 or (dated[-1][0] - dated[0][0]).days <= SPREAD_DAYS:
        return None
    (first, a), (last, b) = dated[0], dated[-1]
    return (
        f"the sources were published {(last - first).days} days apart ({a} on {first.isoformat()}, "
        f"{b} on {last.isoformat()}): check that they report one event; pairs across events are "
        "no corroboration"
    )


# Two sources are copies of one story when at least half the sentences of the
# shorter one (and at least COPY_MIN of them) appear word for word in the other:
# agencies' copy republished by several outlets, which agree because they are one.
COPY_SHARE = 0.5
COPY_MIN = 3
_KEY_RE = re.compile(r"\W+")


def shared_copies(sources: Sequence[Source], claims: Sequence[Claim]) -> list[dict[str, object]]:
    """Pairs of sources that are largely the same text, in source order:
    ``{"a", "b", "shared", "of"}`` (sentences of the shorter one found in the other)."""
    keys: dict[str, set[str]] = {s.id: set() for s in sources}
    for c in claims:
        keys.setdefault(c.source, set()).add(_KEY_RE.sub(" ", c.text.casefold()).strip())
    out: list[dict[str, object]] = []
    ids = [s.id for s in sources]
    for i, a in enumerate(ids):
        for b in ids[i + 1 :]:
            small, large = sorted((keys[a], keys[b]), key=len)
            shared = len(small & large)
            if shared >= COPY_MIN and shared >= COPY_SHARE * len(small):
                out.append({"a": a, "b": b, "shared": shared, "of": len(small)})
    return out


def copy_groups(sources: Sequence[Source], pairs: Sequence[dict[str, object]]) -> list[list[str]]:
    """The `shared_copies` pairs joined into groups (A copies B, B copies C: one
    story in three outlets), each in source order, groups by their first source."""
    order = {s.id: i for i, s in enumerate(sources)}
    group_of: dict[str, set[str]] = {}
    for pair in pairs:
        a, b = str(pair["a"]), str(pair["b"])
        merged = group_of.get(a, {a}) | group_of.get(b, {b})
        for sid in merged:
            group_of[sid] = merged
    groups = {id(g): sorted(g, key=order.__getitem__) for g in group_of.values()}
    return sorted(groups.values(), key=lambda g: order[g[0]])


# Sources that report one event share many claims: in the 255 one-event
# cases of ../shared/eval and quality/extra every two sources had at least
# 0.12 of the shorter one's claims paired, and their sources stayed one group
# when two were joined only from 0.33 up. Sources of two events mixed (61
# random and same-kind pairs of those cases, three sources each) mostly share
# less: split into groups at 0.2, 45 of the 61 mixtures were told apart, with
# no one-event case split.
ONE_EVENT_SHARE = 0.2


def event_groups(
    sources: Sequence[Source], claims: Sequence[Claim], pairs: Sequence[Judgement]
) -> list[list[str]]:
    """The sources joined into groups, two sources joined when at least
    `ONE_EVENT_SHARE` of the shorter one's claims pair with the other's; each
    group in source order, groups by their first source. One group: the
    sources may well report one event; more: some share almost nothing."""
    count = Counter(c.source for c in claims)
    ids = [s.id for s in sources if count[s.id]]
    source_of = {c.id: c.source for c in claims}
    between = Counter(frozenset((source_of[p.a], source_of[p.b])) for p in pairs)
    parent = {sid: sid for sid in ids}

    def root(sid: str) -> str:
        while parent[sid] != sid:
            parent[sid] = parent[parent[sid]]
            sid = parent[sid]
        return sid

    for link, shared in between.items():  # only sources that share a pair at all
        if len(link) == 2 and link <= parent.keys():
            a, b = link  # either way round: the groups come out in source order below
            if shared >= ONE_EVENT_SHARE * min(count[a], count[b]):
                parent[root(b)] = root(a)
    groups: dict[str, list[str]] = {}
    for sid in ids:
        groups.setdefault(root(sid), []).append(sid)
    return list(groups.values())


def _events_note(groups: Sequence[Sequence[str]], shown: int = 5) -> str:
    listed = "; ".join(_listed(list(g)) for g in groups[:shown])
    if len(groups) > shown:  # hundreds of articles: the JSON's event_groups lists them all
        listed += f"; {len(groups) - shown} more groups"
    return (
        f"the sources fall into {len(groups)} groups that share few claims ({listed}): "
        "they may report different events; a pair across groups is likely no corroboration "
        "and no divergence"
    )


def _listed(ids: Sequence[str]) -> str:
    return ", ".join(ids[:-1]) + f" and {ids[-1]}" if len(ids) > 1 else "".join(ids)


def _settings_arg(settings: object) -> Settings:
    if settings is not None and not isinstance(settings, Settings):
        raise UsageError(f"settings must be a claimcheck.Settings, got {type(settings).__name__}")
    return settings or Settings()


def _library_args(
    paths: object, published: object, settings: object, *, what: str = "paths"
) -> tuple[list[str | Path], dict[str, dt.date], Settings]:
    """The arguments of `compare`/`check` as the pipeline takes them, or a
    clear `UsageError`: one path given bare, dates as "YYYY-MM-DD" strings,
    datetimes or dates."""
    return path_list(paths, what), date_overrides(published), _settings_arg(settings)


def compare(
    paths: Sequence[str | Path],
    *,
    published: Mapping[str, dt.date] | None = None,
    names: Mapping[str, str] | None = None,
    settings: Settings | None = None,
    embedder: Embedder | None = None,
    progress: Progress = _quiet,
) -> Report:
    """Cross-reference two or more article files about one event.

    Args:
        paths: .txt/.md/.html files, or folders of them; source ids are the file stems.
        published: publication date per source id (overrides the file's own).
        names: outlet name per source id.
        settings: thresholds and backend; defaults are tuned on the dev set.
        embedder: an `Embedder` to use instead of the configured backend.
        progress: called with a short message before each slow stage.
    """
    listed, published, settings = _library_args(paths, published, settings)
    paths = expand_sources(listed)
    if len(paths) < 2:
        raise UsageError("compare needs at least two sources; pass two or more article files")
    progress("loading sources")
    sources = load_sources(paths, published=published, names=names, max_chars=settings.max_chars)
    return compare_sources(sources, settings=settings, embedder=embedder, progress=progress)


def check(
    draft: str | Path,
    against: Sequence[str | Path],
    *,
    published: Mapping[str, dt.date] | None = None,
    names: Mapping[str, str] | None = None,
    settings: Settings | None = None,
    embedder: Embedder | None = None,
    progress: Progress = _quiet,
) -> CheckReport:
    """Check every sentence of a draft against its source articles.

    Args:
        draft: the draft file; its own ``Published:`` date anchors its relative dates.
        against: one or more source files (or folders of them).
    """
    against, published, settings = _library_args(against, published, settings, what="against")
    if not against:
        raise UsageError("check needs at least one source; pass --against FILE")
    names = name_overrides(names)
    drafts = path_list(draft, "draft")
    if len(drafts) != 1:
        raise UsageError(f"draft must be one file path, got {len(drafts)}")
    draft_path = Path(drafts[0])
    # A folder of sources may hold the draft too: it is not its own source.
    against = expand_sources(against, exclude=[draft_path])
    progress("loading sources")
    draft_source = load_source(
        draft_path,
        source_id="draft",
        # The draft answers to its file stem and to the id reports give it.
        outlet=names.pop(draft_path.stem, None) or names.pop("draft", None),
        published=published.pop(draft_path.stem, None) or published.pop("draft", None),
        max_chars=settings.max_chars,
    )
    sources = load_sources(against, published=published, names=names, max_chars=settings.max_chars)
    if any(s.id == "draft" for s in sources):
        raise UsageError(
            "a source file is named 'draft'; rename it (the id 'draft' is the draft's)"
        )
    kept, source_claims, dropped, warnings = prepare_claims(sources, settings=settings)
    if not kept:
        raise SourceLoadError("no source has article text left after removing page noise")
    # Every draft sentence gets a verdict, short ones too ("Fifty tugboats helped.").
    _kept_draft, draft_claims, draft_dropped, draft_warnings = prepare_claims(
        [draft_source], settings=settings, min_words=DRAFT_MIN_WORDS, own_text=True
    )
    if not draft_claims:
        raise SourceLoadError(f"{draft_path}: the draft has no sentence to check")
    draft_claims = extract.type_names_across(draft_claims, reference=source_claims)
    draft_claims = extract.count_from_events_across(
        draft_claims, {s.id: s for s in (draft_source, *sources)}, reference=source_claims
    )
    language_note = _language_mismatch(draft_claims, source_claims)
    if language_note:
        draft_warnings = (*draft_warnings, language_note)
    embedder = embedder or get_embedder(settings.backend, cache=settings.cache)
    progress(f"embedding {len(source_claims) + len(draft_claims)} sentences")
    matrix = embed_claims([*draft_claims, *source_claims], embedder=embedder)
    judged = verdicts.check_claims(
        draft_claims,
        source_claims,
        matrix[: len(draft_claims)],
        matrix[len(draft_claims) :],
        min_similarity=settings.support_similarity,
        outlets={s.id: s.outlet for s in sources},
        pair_model=_rescues(settings),
    )
    record = settings_record(settings, embedder)
    notes = (
        [n for s in (draft_source, *sources) for n in s.notes]
        + list(draft_warnings)
        + list(warnings)
    )
    if len(judged) >= NO_MATCH_MIN and all(v.verdict.value == "unsupported" for v in judged):
        # A wrong folder or glob: nothing contradicts, so a contradicted-gate passes.
        notes.append(
            f"no sentence of the draft ({len(judged)}) matches any source sentence: "
            "are these the draft's sources?"
        )
    if notes:
        record["warnings"] = notes
    return CheckReport(
        draft=draft_source,
        sources=tuple(sources),
        claims=judged,
        source_claims=source_claims,
        dropped=(*draft_dropped, *dropped),
        settings=record,
    )
