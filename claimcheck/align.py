"""Stage 6: find candidate pairs of claims from different sources.

Model-free: takes the claims and one embedding matrix whose rows follow the
claims, and never loads a model. The score of a pair is the cosine of the two
sentence embeddings plus a small bonus for shared checkable details (a name,
a compatible figure, an overlapping date): two sentences that report the same
figure about the same actor are much more likely to state the same fact.

Pairs are chosen per pair of sources. A pair is kept when it is the mutual best
match of its two claims and clears ``min_similarity``; when it is the best match
of one of them and clears ``one_sided_similarity``; or when it clears
``strong_similarity`` on its own. The last two let a sentence that carries
several claims pair with several sentences of the other source. A mutual best
match scoring below ``min_similarity`` (down to ``rescue_floor``) is kept when
a small logistic model over its details (`rescue_probability`: a shared figure
or date, word overlap, the two sentences at the same depth of their articles)
rates it likely; quality/fit_rescue.py fits that model on gold cases.

Candidate search is one nearest-neighbour pass over all claims at once, not a
loop over pairs of sources (which is quadratic in the number of sources: 500k
source pairs for 1,000 articles). Each claim keeps the ``top_k`` nearest claims
of each other source, and at most ``max_neighbours`` of those in all (the
nearest; ties go to the earlier claim). With ``(sources - 1) * top_k <=
max_neighbours`` (up to 5 sources with the defaults) the cap never applies.
Candidates whose similarity is too low to reach any threshold even with the
largest evidence bonus are dropped before the (pure Python) bonus is computed;
they could never be chosen, nor be the best match of a claim whose pair is
chosen, so dropping them changes no result.

Two searches find those neighbours (``AlignOptions.search``):

* exact: chunked dense products of every claim with every claim; memory stays
  linear in the number of claims, time is quadratic.
* approximate: an HNSW graph index (faiss ``IndexHNSWFlat``, inner product);
  building and querying it grow as ~n log n. Each claim asks for its 64 nearest
  claims over all sources, drops those of its own source and keeps neighbours
  by the same rule as the exact search. A claim whose list could go on past its
  hits (all of them similar enough, the list not full) asks again for 4x as many,
  up to 1,024, then gets the dense product. The index holds one row per set of
  identical rows (syndicated copy; the benchmark corpus repeats each article
  ~17 times): copies crowd each other out of an HNSW graph, and one of four
  identical rows was lost in a test. A hit stands for all its copies, in claim
  order. The index is built on one thread, so results do not vary between runs.

``search="auto"`` (the default) is exact below `APPROXIMATE_FROM` claims, where
the dense product is as fast, and approximate from there on; also from
`DUPLICATES_FROM` claims when at most half of the rows are distinct (syndicated
copy), since the index then holds few rows while the dense product still ranks
every copy (1,000 benchmark articles, 21,346 claims, 1,250 distinct: 4.4-6.0 s
against 8.7-10.2 s, the same candidates). Both give identical
rows identical similarities, so ties between copies go by claim order rather
than by how a block product happened to round. On the dev and seeds cases, all
dev sources in one run and the 1,000-article benchmark corpus the approximate
search returns exactly the exact candidates; on perturbed (copy-free) vectors it
finds 99.78-99.9999 % of the exact neighbour pairs (benchmarks/bench_search.py).
faiss is imported only when the approximate search runs.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Literal

import numpy as np

from claimcheck import lexical, parallel
from claimcheck.records import Candidate, Claim, DateRef
from claimcheck.slots import dates as date_slots
from claimcheck.slots import names, numbers, stance

Search = Literal["auto", "exact", "approximate"]


@dataclass(frozen=True, slots=True)
class AlignOptions:
    """Thresholds for `align_claims`."""

    min_similarity: float = 0.65
    strong_similarity: float = 0.8
    one_sided_similarity: float = 0.67  # best match of one of the two claims only
    near_best_margin: float = 0.04  # how far below a claim's best score still counts as best
    lexical_weight: float = 0.3  # weight of the lexical (hashed TF-IDF) cosine in the score
    top_k: int = 5  # nearest claims kept per claim and other source
    entity_bonus: float = 0.04
    # A figure both give (19 killed = "Nineteen people were killed"). 0.06 until
    # the ninth session; 0.09 measured on dev (80 -> 81 of 100 pairs, precision
    # unchanged) and the 84 quality/extra cases (F1 0.828 -> 0.830: 12 gold
    # pairs more for 8 wrong); 0.12 gained more there but cost dev precision.
    number_bonus: float = 0.09
    date_bonus: float = 0.08
    max_neighbours: int = 20  # nearest claims kept per claim over all other sources
    # A name in more than this share of all claims is the story's topic ("Tesla"
    # in a Tesla recall): every sentence shares it, so it is no evidence of a
    # shared fact and earns no bonus. Chosen on ../shared/eval/dev (leave-one-
    # case-out picks 0.15-0.25; 1.0 turns the rule off).
    topic_share: float = 0.25
    # The embedding model is English-only: a sentence and its translation score
    # ~0.1-0.2 lower than two English paraphrases. Pairs of sentences in two
    # different languages (`lexical.language_of`) get this much back. Chosen on
    # ../shared/eval/dev (dev04, the one cross-language case: 0.08-0.15 all
    # gain; cross-language pair recall 0.32 -> 0.50); no effect within a language.
    cross_language_bonus: float = 0.1
    # Both sentences quote the same words ("We need a general election now,"
    # credited to Starmer on one side and to Rayner on the other): one
    # statement, whatever the rest of the sentences say.
    quote_bonus: float = 0.1
    # Candidate search: "exact" dense products, "approximate" HNSW index, or
    # "auto": approximate from `APPROXIMATE_FROM` claims on (see the module doc).
    search: Search = "auto"
    # Mutual best matches scoring from here up to min_similarity (at most
    # `RESCUE_CEILING`), in one language, are weighed by `rescue_probability`;
    # those it rates at least rescue_min_probability are kept too.
    # rescue_floor >= min_similarity turns this off.
    rescue_floor: float = 0.45
    rescue_min_probability: float = 0.7


def shared_entities(a: Claim, b: Claim, topical: frozenset[str] = frozenset()) -> int:
    """How many named entities of ``a`` also appear (by fuzzy key) in ``b``.

    Entities whose key is in ``topical`` (see `topical_entities`) do not count,
    nor does the speaker when both sentences credit the same one.
    """
    if not a.slots.entities or not b.slots.entities:
        return 0
    speakers = [x for x in (a.slots.attribution, b.slots.attribution) if x]
    count = 0
    seen = set()
    for ea in a.slots.entities:
        if ea.key in topical or ea.key in seen:
            continue
        seen.add(ea.key)
        # One speaker on both sides is no shared fact: a speaker says many things.
        if len(speakers) == 2 and all(_names_in(ea.text, sp) for sp in speakers):
            continue
        if any(names.same_entity(ea.text, eb.text) for eb in b.slots.entities):
            count += 1
    return count


def _names_in(name: str, phrase: str) -> bool:
    """Whether ``name`` is the attribution phrase or one of its names ("Didier Deschamps" in
    "France coach Didier Deschamps")."""
    return names.same_entity(name, phrase) or any(
        names.same_entity(name, e.text) for e in names.extract_entities(phrase)
    )


def topical_entities(claims: Sequence[Claim], share: float) -> frozenset[str]:
    """Keys of the entities named (in any spelling) in more than ``share`` of the claims.

    Spellings are matched with `names.same_entity`, compared only between keys
    that share a token (keys are already transliteration-folded), so the cost
    stays near linear in the number of distinct names.
    """
    if share >= 1.0 or not claims:
        return frozenset()
    claims_of: dict[str, set[int]] = {}
    text_of: dict[str, str] = {}
    for i, claim in enumerate(claims):
        for entity in claim.slots.entities:
            if entity.key:
                claims_of.setdefault(entity.key, set()).add(i)
                text_of.setdefault(entity.key, entity.text)
    by_token: dict[str, list[str]] = {}
    for key in sorted(claims_of):
        for token in set(key.split()):
            by_token.setdefault(token, []).append(key)
    limit = share * len(claims)
    topical = set()
    for key in sorted(claims_of):
        mentioned = set(claims_of[key])
        others = {k for token in set(key.split()) for k in by_token[token]} - {key}
        for other in sorted(others):
            if names.same_entity(text_of[key], text_of[other]):
                mentioned |= claims_of[other]
        if len(mentioned) > limit:
            topical.add(key)
    return frozenset(topical)


def shared_figures(a: Claim, b: Claim) -> int:
    """How many non-vague quantities of ``a`` have a compatible one in ``b``."""
    if not b.slots.quantities:
        return 0
    count = 0
    for qa in a.slots.quantities:
        if qa.vague:
            continue
        if any(numbers.comparable(qa, qb) and numbers.quantities_compatible(qa, qb) for qb in b.slots.quantities):
            count += 1
    return count


def shared_dates(a: Claim, b: Claim) -> int:
    """How many resolved dates of ``a`` name a time a date of ``b`` names.

    An open period ("since 2005", "by Wednesday") shares its named date, not
    the whole span: "the deadliest since Katrina in 2005" shares nothing with
    "on Monday", "since November" shares November."""
    if not b.slots.dates:
        return 0
    named_b = [_named(d) for d in b.slots.dates]
    return sum(
        1
        for da in a.slots.dates
        if any(date_slots.dates_compatible(_named(da), db) for db in named_b)
    )


def _named(d: DateRef) -> DateRef:
    """``d`` as the date it names: a "since"/"by" bound's own period."""
    if not d.bound or d.period is None:
        return d
    return replace(d, low=d.period[0], high=d.period[1], bound="", period=None)


def evidence_bonus(
    a: Claim, b: Claim, options: AlignOptions, topical: frozenset[str] = frozenset()
) -> float:
    """Score added to the cosine for details the two claims share.

    ``topical``: keys of the story's topic entities, which earn no bonus.
    """
    # Counted both ways and the smaller kept: the score of a pair must not
    # depend on which of its claims comes first (the order of the sources).
    # (The other way is counted only when this way found something.)
    entities = shared_entities(a, b, topical)
    if entities:
        entities = min(entities, shared_entities(b, a, topical))
    figures = shared_figures(a, b)
    if figures:
        figures = min(figures, shared_figures(b, a))
    dates = shared_dates(a, b)
    if dates:
        dates = min(dates, shared_dates(b, a))
    bonus = options.entity_bonus * min(entities, 2)
    bonus += options.number_bonus * min(figures, 2)
    bonus += options.date_bonus * min(dates, 1)
    if options.cross_language_bonus and cross_language(a, b):
        bonus += options.cross_language_bonus
    if options.quote_bonus and stance.share_a_quote(a.text, b.text):
        bonus += options.quote_bonus
    return bonus


# A logistic model over details of a mutual best match below min_similarity:
# is it a pair? Fitted by quality/fit_rescue.py on ../shared/eval/dev and
# quality/extra new01-new54 (58 same-language cases, 504 such matches, 31% of
# them gold pairs); five-fold cross-validation by case put 76% of the matches
# it rates >= 0.7 in the gold pairs. On six cases left out of the fit
# (new55-new60) it added 5 pairs, 4 of them gold. The strongest signs: a shared
# compatible figure or date, word overlap, and the two sentences sitting at the
# same depth of their articles (news puts the main facts first in every
# outlet); far apart, or comparable figures that do not agree, count against.
# The constants below come from `quality/fit_rescue.py --min-probability 0.7`
# with `--exclude newNN` for new55 to new60 (new61-new66 did not exist yet).
RESCUE_CEILING = 0.65  # the default min_similarity, the top of the band it was fitted on
RESCUE_FEATURES = (
    "score", "cosine", "lexical", "entities", "figures", "dates", "comparable",
    "depth_gap", "depth", "length", "gap_to_best",
)  # fmt: skip
_RESCUE_MEAN = (
    0.5588, 0.4889, 0.1559, 0.3095, 0.09325, 0.06944, 0.3611, 0.2342, 0.7621, 0.8758, 0.008528,
)  # fmt: skip
_RESCUE_SCALE = (
    0.05706, 0.06208, 0.1117, 0.5265, 0.2975, 0.2619, 0.7744, 0.2249, 0.5573, 0.2087, 0.0154,
)  # fmt: skip
_RESCUE_WEIGHTS = (
    0.1522, 0.2421, 0.3859, -0.2434, 0.7096, 0.456, -0.382, -0.6763, -0.3855, -0.2648, -0.3666,
)  # fmt: skip
_RESCUE_BIAS = -1.015


def rescue_features(
    a: Claim,
    b: Claim,
    *,
    score: float,
    cosine: float,
    lexical_cosine: float,
    depth_a: tuple[int, int],
    depth_b: tuple[int, int],
    gap_to_best: float,
    topical: frozenset[str] = frozenset(),
) -> tuple[float, ...]:
    """The `RESCUE_FEATURES` of a candidate pair; ``depth_*`` is (index of the
    claim in its source, claims in that source)."""
    comparable = sum(
        1 for qa in a.slots.quantities for qb in b.slots.quantities if numbers.comparable(qa, qb)
    )
    # Counted both ways, the smaller kept (as `evidence_bonus` does): the
    # features of a pair must not depend on the order of the sources.
    entities = min(shared_entities(a, b, topical), shared_entities(b, a, topical))
    figures = min(shared_figures(a, b), shared_figures(b, a))
    dates = min(shared_dates(a, b), shared_dates(b, a))
    return (
        score,
        cosine,
        lexical_cosine,
        float(entities),
        float(figures),
        float(dates),
        float(comparable),
        abs(depth_a[0] / depth_a[1] - depth_b[0] / depth_b[1]),
        min(depth_a[0], depth_b[0]) / 10,
        (len(a.text.split()) + len(b.text.split())) / 40,
        gap_to_best,
    )


def rescue_probability(features: Sequence[float]) -> float:
    """The fitted model's probability that a rescued candidate is a pair."""
    z = _RESCUE_BIAS + sum(
        w * (x - m) / sd
        for w, x, m, sd in zip(_RESCUE_WEIGHTS, features, _RESCUE_MEAN, _RESCUE_SCALE, strict=True)
    )
    return 1.0 / (1.0 + float(np.exp(-z)))


def cross_language(a: Claim, b: Claim) -> bool:
    """Both claims' languages are known, and they differ."""
    la, lb = lexical.language_of(a.text), lexical.language_of(b.text)
    return bool(la and lb and la != lb)


def _special(a: Claim, b: Claim, sim: float, plain_min: float, options: AlignOptions) -> bool:
    """Whether the bonuses only some pairs get could lift a pair scoring ``sim``."""
    lift = 0.0
    if options.cross_language_bonus and cross_language(a, b):
        lift += options.cross_language_bonus
    if options.quote_bonus and stance.share_a_quote(a.text, b.text):
        lift += options.quote_bonus
    return sim + lift >= plain_min


def max_evidence_bonus(options: AlignOptions) -> float:
    """The largest bonus `evidence_bonus` can give (its counts are capped)."""
    return (
        2 * options.entity_bonus
        + 2 * options.number_bonus
        + options.date_bonus
        + options.cross_language_bonus
        + options.quote_bonus
    )


# Similarity blocks hold at most this many cells (16 MB of float32) at a time.
_BLOCK_CELLS = 4_000_000
# Rows are ranked within their nearest this-many columns first; a row whose
# neighbour list could extend past them is ranked again over all columns.
_MIN_WINDOW = 512
# search="auto" uses the approximate index from this many claims on. On copy-free
# vectors the dense product was faster at 21k claims (23 s vs 26 s) and slower at
# 50k (84 s vs 63 s): crossover ~26k (benchmarks/bench_search.py, 2 busy cores).
APPROXIMATE_FROM = 25_000
# ... and from this many claims when at most half of them are distinct (300
# benchmark articles, 6,400 claims in ~1,250 sets: 1.0 s against 1.75 s).
DUPLICATES_FROM = 5_000
# HNSW index: links per node, candidate list while building, and hits asked per
# claim at first (ranked as the exact search ranks its window; a claim whose list
# could go on past them asks again for 4x as many, then is ranked exactly).
_HNSW_LINKS = 32
_HNSW_BUILD_EF = 80
_FIRST_HITS = 64
_SEARCH_EF = 128  # candidate list while searching (at least the hits asked for)
_MAX_HITS = 1024


def choose_search(
    n: int, search: Search = "auto", distinct: int | None = None
) -> Literal["exact", "approximate"]:
    """The search `nearest_per_source` runs for ``n`` claims (``distinct`` of
    them different, when known): ``search`` unless "auto"."""
    if search not in ("auto", "exact", "approximate"):
        raise ValueError(f"search must be auto, exact or approximate, not {search!r}")
    if search == "auto":
        copies = distinct is not None and n >= DUPLICATES_FROM and 2 * distinct <= n
        return "approximate" if n >= APPROXIMATE_FROM or copies else "exact"
    return search


def _ranks_within_groups(groups: np.ndarray) -> np.ndarray:
    """For each cell, how many cells to its left in the same row share its group."""
    order = np.argsort(groups, axis=1, kind="stable")
    ordered = np.take_along_axis(groups, order, axis=1)
    position = np.arange(groups.shape[1])
    starts = np.where(np.diff(ordered, axis=1, prepend=-1) != 0, position, 0)
    ranks_ordered = position - np.maximum.accumulate(starts, axis=1)
    ranks = np.empty_like(ranks_ordered)
    np.put_along_axis(ranks, order, ranks_ordered, axis=1)
    return ranks


def _distinct_rows(matrix: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The first row of each set of identical rows (ascending), and each row's set."""
    width = matrix.dtype.itemsize * matrix.shape[1]
    rows = np.ascontiguousarray(matrix).view(np.dtype((np.void, width))).ravel()
    _, first, inverse = np.unique(rows, return_index=True, return_inverse=True)
    # Renumber the sets in order of their first row, so set order follows row order.
    rank = np.empty(first.size, dtype=np.int64)
    rank[np.argsort(first, kind="stable")] = np.arange(first.size)
    return np.sort(first).astype(np.int64), rank[inverse.ravel()]


def _capacity(codes: np.ndarray, *, top_k: int, budget: int) -> np.ndarray:
    """Per row, the most neighbours it can keep: top_k per other source, budget in all."""
    sizes = np.bincount(codes)
    per_source = np.minimum(sizes, top_k)
    return np.minimum(budget, per_source.sum() - per_source[codes])


def _rank(
    cols: np.ndarray,
    values: np.ndarray,
    codes: np.ndarray,
    capacity: np.ndarray,
    bound: np.ndarray,
    *,
    top_k: int,
    budget: int,
    min_sim: float,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Rank each row's candidate columns (same-source ones at -inf) and keep its neighbours.

    Candidates are ordered by falling similarity, ties lower column first; a row
    keeps ``top_k`` per source and ``budget`` in all (at most ``capacity``).
    ``bound``: per row, no column left out of ``cols`` is more similar than this.
    Returns the ordered columns, a mask of the kept ones and which rows are
    settled, i.e. the left-out columns could not change their lists: the list is
    full before ``bound``, or ``bound`` is under ``min_sim``. Candidates tied with
    ``bound`` do not count towards a full list: left-out ones may have lower columns.
    """
    order = np.lexsort((cols, -values), axis=1)
    cols = np.take_along_axis(cols, order, axis=1)
    values = np.take_along_axis(values, order, axis=1)
    keep = _ranks_within_groups(codes[cols]) < top_k
    keep &= np.cumsum(keep, axis=1) <= budget
    full = (keep & (values > bound[:, None])).sum(axis=1) >= capacity
    settled = full | (bound < min_sim)
    keep &= values >= min_sim
    return cols, keep, settled


def _nearest_exact(
    matrix: np.ndarray,
    codes: np.ndarray,
    rows: np.ndarray,
    capacity: np.ndarray,
    *,
    top_k: int,
    budget: int,
    min_sim: float,
) -> tuple[list[np.ndarray], list[np.ndarray]]:
    """Neighbours of ``rows`` by chunked dense products with every row."""
    n = matrix.shape[0]
    # Similarities are computed against one row of each set of identical rows and
    # copied to the others: a block product may round two copies of one column
    # differently, and then ties between copies would not go by column.
    distinct, group = _distinct_rows(matrix)
    columns = matrix[distinct] if distinct.size < n else matrix
    window = min(n, max(_MIN_WINDOW, 4 * budget))
    chunk = max(1, min(1024, _BLOCK_CELLS // max(n, 1)))
    found_i: list[np.ndarray] = []
    found_j: list[np.ndarray] = []
    options = {"top_k": top_k, "budget": budget, "min_sim": min_sim}
    for lo in range(0, rows.size, chunk):
        block = rows[lo : lo + chunk]
        sims = matrix[block] @ columns.T
        if distinct.size < n:
            sims = sims[:, group]
        sims[codes[block, None] == codes[None, :]] = -np.inf
        if window < n:
            cols = np.argpartition(-sims, window - 1, axis=1)[:, :window]
        else:
            cols = np.broadcast_to(np.arange(n), sims.shape)
        values = np.take_along_axis(sims, cols, axis=1)
        # Every column outside the window is at most the window's least similarity
        # (-inf when the window already reaches the row's own source).
        bound = values.min(axis=1)
        cols, keep, settled = _rank(cols, values, codes, capacity[block], bound, **options)
        done = np.nonzero(settled)[0]
        found_i.append(np.repeat(block[done], keep[done].sum(axis=1)))
        found_j.append(cols[done][keep[done]])
        left = np.nonzero(~settled)[0]
        if left.size:  # rare: the window filled with claims beyond top_k of their source
            every = np.broadcast_to(np.arange(n), (left.size, n))
            unbounded = np.full(left.size, -np.inf)
            ranked = _rank(every, sims[left], codes, capacity[block[left]], unbounded, **options)
            cols, keep = ranked[0], ranked[1]
            found_i.append(np.repeat(block[left], keep.sum(axis=1)))
            found_j.append(cols[keep])
    return found_i, found_j


def _expand(
    hits: np.ndarray, values: np.ndarray, members: np.ndarray, starts: np.ndarray, width: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Replace each hit (a set of identical rows, -1 for none) by its rows, in column
    order, keeping the first ``width`` rows of each list of hits.

    Returns the columns, their similarities (-inf past the end) and, per list,
    the similarity of its last row when rows were cut off (else -inf).
    """
    sizes = np.where(hits >= 0, np.diff(starts)[np.maximum(hits, 0)], 0)
    ends = np.cumsum(sizes, axis=1)
    lists, k = hits.shape
    # Which hit each output position falls in: one search over all lists at once.
    stride = int(ends[:, -1].max(initial=0)) + width + 1
    offsets = (np.arange(lists) * stride)[:, None]
    position = np.arange(width)[None, :]
    which = np.searchsorted((ends + offsets).ravel(), (position + offsets).ravel(), side="right")
    which = np.minimum(which.reshape(lists, width) - np.arange(lists)[:, None] * k, k - 1)
    inside = position < ends[:, -1:]
    hit = np.take_along_axis(hits, which, axis=1)
    first = np.take_along_axis(ends - sizes, which, axis=1)
    slot = np.where(inside, starts[np.maximum(hit, 0)] + position - first, 0)
    cols = members[slot]
    sims = np.where(inside, np.take_along_axis(values, which, axis=1), -np.inf)
    cut = np.where(ends[:, -1] > width, sims[:, -1], -np.inf)
    return cols, sims.astype(np.float32), cut


def _nearest_approximate(
    matrix: np.ndarray,
    codes: np.ndarray,
    capacity: np.ndarray,
    *,
    top_k: int,
    budget: int,
    min_sim: float,
) -> tuple[list[np.ndarray], list[np.ndarray]]:
    """Neighbours of every row from an HNSW index (faiss), ranked as `_nearest_exact` ranks.

    The index holds one row of each set of identical rows (copies crowd each
    other out of an HNSW graph and get lost); a hit stands for all its copies.
    """
    import faiss

    n = matrix.shape[0]
    distinct, group = _distinct_rows(matrix)
    members = np.argsort(group, kind="stable")  # rows of set 0, then of set 1, ...
    starts = np.searchsorted(group[members], np.arange(distinct.size + 1))
    index = faiss.IndexHNSWFlat(matrix.shape[1], _HNSW_LINKS, faiss.METRIC_INNER_PRODUCT)
    index.hnsw.efConstruction = _HNSW_BUILD_EF
    # Parallel inserts link nodes in a thread-dependent order, so the graph (and
    # the hits) would vary from run to run: build on one thread (levels are drawn
    # from faiss's fixed seed). Searches are independent per query.
    threads = faiss.omp_get_max_threads()
    faiss.omp_set_num_threads(1)
    try:
        index.add(matrix[distinct])
    finally:
        faiss.omp_set_num_threads(threads)
    found_i: list[np.ndarray] = []
    found_j: list[np.ndarray] = []
    options = {"top_k": top_k, "budget": budget, "min_sim": min_sim}
    rows = np.arange(n)
    hits = min(_FIRST_HITS, distinct.size)
    while rows.size and hits <= _MAX_HITS:
        # Identical rows have the same hits: search once per set.
        queries, query_of = np.unique(group[rows], return_inverse=True)
        index.hnsw.efSearch = max(hits, _SEARCH_EF)
        values, sets = index.search(matrix[distinct[queries]], hits)
        values, sets = values[query_of], sets[query_of].astype(np.int64)
        missing = (sets < 0).any(axis=1)
        # Rows left out are no more similar than the last hit, or than the last row
        # kept of a cut-off list; with every set returned, none is left out.
        bound = values.min(axis=1) if hits < distinct.size else np.full(rows.size, -np.inf)
        cols, sims, cut = _expand(sets, values, members, starts, max(hits, 2 * budget))
        bound = np.maximum(bound, cut)
        sims[codes[cols] == codes[rows, None]] = -np.inf
        cols, keep, settled = _rank(cols, sims, codes, capacity[rows], bound, **options)
        # A row with fewer hits than asked for may have lost some in the graph.
        settled &= ~missing
        found_i.append(np.repeat(rows[settled], keep[settled].sum(axis=1)))
        found_j.append(cols[settled][keep[settled]])
        rows = rows[~settled]
        if hits == distinct.size:
            break
        hits = min(4 * hits, distinct.size)
    if rows.size:
        more_i, more_j = _nearest_exact(matrix, codes, rows, capacity, **options)
        found_i += more_i
        found_j += more_j
    return found_i, found_j


def nearest_per_source(
    matrix: np.ndarray,
    codes: np.ndarray,
    *,
    top_k: int,
    budget: int,
    min_sim: float,
    search: Search = "auto",
    ran: list[str] | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """Row pairs ``(i, j)``: j is among the ``top_k`` rows of its source most similar
    to i, and among the ``budget`` most similar such rows, with similarity >= min_sim.

    Args:
        matrix: one row per claim; similarity is the dot product of rows.
        codes: integer source code per row; rows of the same source never pair.
        search: "exact" (dense products), "approximate" (HNSW index) or "auto"
            (see `choose_search`).
    """
    n = matrix.shape[0]
    if n == 0:
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
    capacity = _capacity(codes, top_k=top_k, budget=budget)
    options = {"top_k": top_k, "budget": budget, "min_sim": min_sim}
    distinct = None
    if search == "auto" and DUPLICATES_FROM <= n < APPROXIMATE_FROM:
        distinct = _distinct_rows(matrix)[0].size
    chosen = choose_search(n, search, distinct)
    if ran is not None:
        ran.append(chosen)  # "auto" names no search: say which one ran
    if chosen == "approximate":
        found_i, found_j = _nearest_approximate(matrix, codes, capacity, **options)
    else:
        found_i, found_j = _nearest_exact(matrix, codes, np.arange(n), capacity, **options)
    return np.concatenate(found_i).astype(np.int64), np.concatenate(found_j).astype(np.int64)


def _row_dots(matrix: np.ndarray, first: np.ndarray, second: np.ndarray) -> np.ndarray:
    """Dot product of row ``first[k]`` with row ``second[k]`` for every k, in float64.

    A float32 matrix product rounds differently with the shape of the block it
    runs in; float64 per pair makes a score a function of the two claims only.
    """
    out = np.empty(first.size, dtype=np.float64)
    step = max(1, _BLOCK_CELLS // max(matrix.shape[1], 1) // 2)
    for lo in range(0, first.size, step):
        a = matrix[first[lo : lo + step]].astype(np.float64)
        b = matrix[second[lo : lo + step]].astype(np.float64)
        out[lo : lo + step] = np.einsum("ij,ij->i", a, b)
    return out


def align_claims(
    claims: Sequence[Claim],
    matrix: np.ndarray,
    *,
    options: AlignOptions | None = None,
    lexical: np.ndarray | None = None,
    band: list[tuple[str, str, tuple[float, ...]]] | None = None,
    ran: list[str] | None = None,
) -> tuple[Candidate, ...]:
    """Candidate pairs across sources, ordered by source order then claim order.

    Args:
        claims: all claims of all sources, grouped by source in source order.
        matrix: float32 array (len(claims), dim) of L2-normalised embeddings.
        options: thresholds.
        lexical: optional L2-normalised lexical vectors (`claimcheck.lexical`),
            whose cosine, times ``options.lexical_weight``, adds to the score.
        band: when given, receives (claim id, claim id, `rescue_features`) of
            every match the rescue weighs (mutual best, same language, from
            ``options.rescue_floor`` up to ``min_similarity`` or
            `RESCUE_CEILING`), kept or not (quality/fit_rescue.py fits on them).
        ran: when given, receives the search that ran ("exact" or "approximate").
    """
    options = options or AlignOptions()
    if len(claims) != matrix.shape[0]:
        raise ValueError("matrix rows must follow claims")
    embeddings = matrix
    if lexical is not None and options.lexical_weight > 0:
        # One dot product of the stacked vectors = cosine + weight * lexical cosine.
        stacked = [matrix, np.sqrt(options.lexical_weight) * lexical]
        matrix = np.hstack(stacked).astype(np.float32, copy=False)
    matrix = np.ascontiguousarray(matrix, dtype=np.float32)
    # Source codes in order of first appearance: pairs are oriented earlier -> later source.
    first_seen: dict[str, int] = {}
    codes = np.array(
        [first_seen.setdefault(c.source, len(first_seen)) for c in claims], dtype=np.int64
    )
    floor = min(
        options.min_similarity,
        options.one_sided_similarity,
        options.strong_similarity,
        options.rescue_floor,
    )
    min_sim = floor - max_evidence_bonus(options)
    # Below this, only the cross-language or the quote bonus could lift a pair.
    plain_min = min_sim + options.cross_language_bonus + options.quote_bonus
    found_i, found_j = nearest_per_source(
        matrix,
        codes,
        top_k=options.top_k,
        budget=options.max_neighbours,
        min_sim=min_sim,
        search=options.search,
        ran=ran,
    )
    # A pair found from both sides counts once, oriented by source order.
    flip = codes[found_i] > codes[found_j]
    first, second = np.where(flip, found_j, found_i), np.where(flip, found_i, found_j)
    keys = np.unique(first * len(claims) + second)
    first, second = keys // len(claims), keys % len(claims)
    # Similarities recomputed per pair, so a pair's score does not depend on which
    # block of the search found it, nor on the other claims in the run.
    sims = _row_dots(matrix, first, second)
    cosines = _row_dots(embeddings, first, second)

    source_of = codes.tolist()
    topical = topical_entities(claims, options.topic_share)
    keep = sims >= min_sim
    rows = list(zip(first[keep].tolist(), second[keep].tolist(), sims[keep].tolist(), strict=True))

    def scores(chunk: Sequence[tuple[int, int, float]]) -> list[float | None]:
        out: list[float | None] = []
        for a, b, sim in chunk:
            if sim < plain_min and not _special(claims[a], claims[b], sim, plain_min, options):
                out.append(None)
            else:
                out.append(sim + evidence_bonus(claims[a], claims[b], options, topical))
        return out

    # Large inputs score their pairs on all cores (`claimcheck.parallel`).
    scored: list[tuple[int, int, float, float]] = []
    best: dict[tuple[int, int], float] = {}  # (claim, other source) -> best score
    found = zip(rows, parallel.map_chunks(scores, rows), cosines[keep].tolist(), strict=True)
    for (a, b, _sim), score, cos in found:
        if score is None or score < floor:  # never chosen, nor the best of a chosen pair
            continue
        scored.append((a, b, score, cos))
        for key in ((a, source_of[b]), (b, source_of[a])):
            if score > best.get(key, -9.0):
                best[key] = score
    ids = [c.id for c in claims]
    depth = _depths(codes)
    # min_similarity is the least score any pair is kept at: a stricter one set
    # by the user also raises the one-sided and strong bars, and turns the
    # rescue off (it was fitted below the default threshold, which a stricter
    # one must not be undercut by).
    one_sided = max(options.one_sided_similarity, options.min_similarity)
    strong = max(options.strong_similarity, options.min_similarity)
    rescue_ceiling = (
        options.min_similarity if options.min_similarity <= RESCUE_CEILING else options.rescue_floor
    )
    chosen = []
    for a, b, score, cos in scored:
        # "Best" with a small margin: a sentence carrying several claims has
        # several near-equal partners, and each of them is a real pair.
        best_a, best_b = best[(a, source_of[b])], best[(b, source_of[a])]
        for_a = score >= best_a - options.near_best_margin
        for_b = score >= best_b - options.near_best_margin
        keep = (
            score >= strong
            or (for_a and for_b and score >= options.min_similarity)
            or ((for_a or for_b) and score >= one_sided)
        )
        if (
            not keep
            and for_a
            and for_b
            and options.rescue_floor <= score < rescue_ceiling
            # fitted on pairs within one language; translations score differently
            and not cross_language(claims[a], claims[b])
        ):
            lexical_cosine = 0.0
            if options.lexical_weight > 0 and lexical is not None:
                lexical_cosine = float(np.dot(lexical[a], lexical[b]))
            features = rescue_features(
                claims[a],
                claims[b],
                score=score,
                cosine=cos,
                lexical_cosine=lexical_cosine,
                depth_a=depth[a],
                depth_b=depth[b],
                gap_to_best=(best_a - score) + (best_b - score),
                topical=topical,
            )
            if band is not None:
                band.append((ids[a], ids[b], features))
            keep = rescue_probability(features) >= options.rescue_min_probability
        if keep:
            chosen.append(
                Candidate(a=ids[a], b=ids[b], score=round(score, 4), cosine=round(cos, 4))
            )
    return tuple(chosen)


def _depths(codes: np.ndarray) -> list[tuple[int, int]]:
    """Per claim: (its index among its source's claims, that source's claim count)."""
    sizes = np.bincount(codes)
    seen = np.zeros_like(sizes)
    out = []
    for code in codes.tolist():
        out.append((int(seen[code]), int(sizes[code])))
        seen[code] += 1
    return out
