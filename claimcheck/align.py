"""Stage 6: find candidate pairs of claims from different sources.

Model-free: takes the claims and one embedding matrix whose rows follow the
claims, and never loads a model. The score of a pair is the cosine of the two
sentence embeddings plus a small bonus for shared checkable details (a name,
a compatible figure, an overlapping date): two sentences that report the same
figure about the same actor are much more likely to state the same fact.

Pairs are chosen per pair of sources. Threshold rules propose a pair when it
is the mutual best match of its two claims and clears ``min_similarity``; when
it is the best match of one of them and clears ``one_sided_similarity``; or
when it clears ``strong_similarity`` on its own. The last two let a sentence
that carries several claims pair with several sentences of the other source.
A logistic model over each candidate's details (`pair_probabilities`: a shared
figure, date or quote, word overlap, how far the pair is from each claim's best
match, the two sentences' depths in their articles) then vetoes proposed pairs
it rates unlikely and adds candidates it rates likely, from ``rescue_floor``
up; quality/fit_rescue.py fits that model on gold cases.

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

import math
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
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
    # The pair model (`pair_probability`) weighs every candidate in one
    # language scoring from rescue_floor up: a pair the threshold rules keep is
    # dropped when it rates it below veto_probability, and any pair it rates at
    # least keep_probability is kept. rescue_floor >= min_similarity turns the
    # model off (the threshold rules alone decide). Both probabilities chosen by
    # five-fold cross-validation by case on ../shared/eval/dev and quality/extra
    # (quality/fit_rescue.py; see `PAIR_FEATURES`): on 172 cases, 0.3 / 0.4
    # against the first choice 0.2 / 0.5 gave recall 0.800 -> 0.823 at strict
    # precision 0.817 -> 0.809 (lenient 0.882 -> 0.875), F1 0.839 -> 0.848.
    # With the model refitted on 224 cases (twenty-sixth session), 0.25-0.4 /
    # 0.4 all give cross-validated F1 0.860 (0.2 / 0.5: 0.852), so 0.3 / 0.4
    # stand.
    # `check` keeps stricter bars (`claimcheck.verdicts.DRAFT_VETO`).
    rescue_floor: float = 0.45
    keep_probability: float = 0.4
    veto_probability: float = 0.3


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
        if len(mentioned) + sum(len(claims_of[other]) for other in others) <= limit:
            continue  # not topical even if every other spelling were this name
        for other in sorted(others):
            if names.same_entity(text_of[key], text_of[other]):
                mentioned |= claims_of[other]
                if len(mentioned) > limit:
                    break
        if len(mentioned) > limit:
            topical.add(key)
    return frozenset(topical)


def shared_figures(a: Claim, b: Claim) -> int:
    """How many non-vague quantities of ``a`` have a compatible one in ``b``
    (two floors only when they state one limit: "more than 50" and "more than
    70" can both hold, but are no sign of one sentence), or one under its
    ceiling (`numbers.under_ceiling`), or two estimates whose ranges overlap
    (`numbers.estimates_overlap`)."""
    if not b.slots.quantities:
        return 0
    count = 0
    for qa in a.slots.quantities:
        if qa.vague:
            continue
        if any(
            (numbers.comparable(qa, qb) and numbers.quantities_compatible(qa, qb, strict=True))
            or numbers.under_ceiling(qa, qb)
            or numbers.under_ceiling(qb, qa)
            or numbers.estimates_overlap(qa, qb)
            for qb in b.slots.quantities
        ):
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


@dataclass(frozen=True, slots=True)
class Shared:
    """What two claims share: names, compatible figures, dates (each counted
    both ways, the smaller kept), a quoted passage; and whether their
    languages differ."""

    entities: int
    figures: int
    dates: int
    quote: bool
    cross_language: bool


def shared_details(a: Claim, b: Claim, topical: frozenset[str] = frozenset()) -> Shared:
    """The `Shared` of a pair; ``topical``: keys of the story's topic entities,
    which do not count."""
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
    return Shared(
        entities=entities,
        figures=figures,
        dates=dates,
        quote=stance.share_a_quote(a.text, b.text),
        cross_language=cross_language(a, b),
    )


def bonus_of(evidence: Shared, options: AlignOptions) -> float:
    """Score added to the cosine for the details a pair shares."""
    bonus = options.entity_bonus * min(evidence.entities, 2)
    bonus += options.number_bonus * min(evidence.figures, 2)
    bonus += options.date_bonus * min(evidence.dates, 1)
    if options.cross_language_bonus and evidence.cross_language:
        bonus += options.cross_language_bonus
    if options.quote_bonus and evidence.quote:
        bonus += options.quote_bonus
    return bonus


def evidence_bonus(
    a: Claim, b: Claim, options: AlignOptions, topical: frozenset[str] = frozenset()
) -> float:
    """Score added to the cosine for details the two claims share.

    ``topical``: keys of the story's topic entities, which earn no bonus.
    """
    return bonus_of(shared_details(a, b, topical), options)


# The pair model: a logistic model over the details of a candidate pair, the
# probability that it is a gold pair. It weighs every candidate in one language
# scoring from `AlignOptions.rescue_floor` (0.45) up, at the default
# min_similarity only (`RESCUE_CEILING`). The threshold rules propose (strong,
# mutual best, one-sided best); the model vetoes a proposed pair it rates below
# `AlignOptions.veto_probability` and adds any pair it rates at least
# `AlignOptions.keep_probability` (a claim's second or third match, a mutual
# best match below the threshold). Its inputs are the `PAIR_FEATURES`,
# standardised, and the product of every two of them (`pair_terms`: 23
# features, 253 products, L2 penalty 10), so that one detail can weigh
# differently depending on another (the largest product weights: depth gap x
# best rank, comparable figures x dates, cosine x worst rank, score x depth
# gap).
#
# Provenance. Fitted by quality/fit_rescue.py in the twenty-sixth session on
# ../shared/eval/dev and quality/extra new01-new220 with new221-new250 held
# out (`--exclude new221- ... --exclude new250-`): 224 same-language cases,
# 20,006 candidates, 6,522 of them gold pairs (7,006 gold pairs in all; the
# rest score below 0.45 and no model here can reach them). Five-fold
# cross-validation by case (each case scored by a model that never saw it),
# at veto 0.3 / keep 0.4: the threshold rules alone find 0.720 of the gold
# pairs at strict precision 0.808 and lenient 0.881 (F1 lenient 0.792); the
# linear model over the first 19 features, refitted on the same cases, 0.834
# at 0.813 and 0.875 (F1 0.854; the constants fitted on dev and new01-new150
# in the fourteenth session gave 0.835 at 0.813 and 0.876, F1 0.855, on these
# rows, in-sample for two thirds of them); this model 0.835 at 0.831 and
# 0.888 (F1 0.860): the same gold pairs with 147 fewer pairs kept. On another
# split of the cases into five folds, 0.855 -> 0.860; on new151-new220 alone
# (out of the earlier model's fit), F1 0.867 (earlier constants) -> 0.873.
# The four features added then (`strong_elsewhere`, `shared_words`,
# `names_apart`, `depth_max`) gain nothing in the linear model and about
# 0.001 with the products; the products carry the rest (the products of the
# first 19 alone: 0.859). Over the whole of quality/extra (score.sh): gold
# pairs matched 6,464 -> 6,510, lenient-wrong pairs 854 -> 760, labels
# 5,822 -> 5,854; on the held-out new221-new250, matched 718 -> 721 and labels
# 614 -> 617; dev 88 -> 86 of 100 pairs (pair F1 0.891 -> 0.889); quality/
# drafts verdicts 4,740 -> 4,748. Gradient-boosted trees (scikit-learn) reach
# the same cross-validated F1 (0.859-0.860) and a small neural network 0.860-
# 0.863; neither ships (a second model format for at most 0.003).
#
# Tried in the twenty-seventh session and not shipped (same command; the
# shipped 23 features refitted on the 20,010 candidates of then: F1 0.861 at
# 0.835 / 0.830 / 0.888, 0.862 and 0.860 on two other fold splits): adding
# the rarity within the run of the rarest word the two claims share
# (log((1 + n) / (1 + df)) over the run's n claims, scaled to 1 for a word
# only the two use), "both give figures, none of one kind" and "both give a
# clock time" gave F1 0.863 (0.839 / 0.836 / 0.889; other splits 0.865,
# 0.863), the rarity alone 0.862; over quality/extra in-sample +35 gold pairs
# matched and +32 labels, but on the held-out new221-new250 pairs 721 -> 718
# and labels 617 -> 614 (the rarity alone: 718 and 615, and torch and onnx
# then disagree on one seed pair at the keep bar): dropped. The count of a
# claim's candidates in the other source (+0.003 cross-validated) took 2 of
# the 6 pairs of ../shared/eval/seeds, a short two-source story of many
# similar sentences (3 with the raw IDF, which grows with the run's size, in
# place of the scaled rarity). Within +-0.002 of the baseline: shared share
# of IDF mass, shared event class (died, arrested, resigned...), same
# speaker, negation mismatch, length ratio, sources in the run, support
# through a third source (needs pairs between other sources, which `check`
# does not compute). Lowering rescue_floor from 0.45 to 0.40 (27,592 candidates, 204
# more gold pairs reachable) gave 0.861 -> 0.862 / 0.862 -> 0.865 on two
# splits: little for 38 % more rows to weigh.
#
# Tried in the thirty-first session and not shipped (fit_rescue.py with
# new221-new270 held out: 224 cases, 20,010 candidates, 7,006 gold pairs;
# five folds on three case orders, veto 0.3 / keep 0.4; F1 lenient of the
# shipped 23 features 0.8606 / 0.8602 / 0.8612): "the best match of a claim
# is the sentence next to the pair's other claim" (one outlet says in two
# sentences what another says in one; a second-ranked candidate beside a
# gold best match is a gold pair 13 % of the time, 2.3 % elsewhere) gave
# 0.8617 / 0.8611 / 0.8607; the highest cosine between clauses of the two
# sentences (split at punctuation and conjunctions, clauses of 4+ words
# embedded too) 0.8607 / 0.8608 / 0.8609. A learned linear map on the
# embeddings (384 x 384, pulled towards the identity, trained so each gold
# pair outranks the other sentences of its partner's source) raised the
# share of held-out gold pairs that are mutual best matches 0.734 ->
# 0.742-0.754 but also the share of hard negatives above the 98th
# percentile of non-pairs 0.339 -> 0.347-0.364, and lowered the seeds'
# amount pair 0.54 -> 0.43-0.51. Keeping every unkept candidate rated 0.3
# or more whose two claims have no pair in each other's source would add 77
# gold pairs and 112 joining a hard negative or a single-source sentence
# (in-sample): recall +1.1 points, lenient precision -1.2.
#
# History: the fourteenth session's linear model (19 features, dev and
# new01-new150) took recall 0.711 -> 0.800 at strict precision 0.804 ->
# 0.815 against the rules alone, and 116 -> 135 of 182 gold pairs on
# new151-new156 written after it; its bars moved from 0.2 / 0.5 to 0.3 / 0.4
# in the sixteenth (see `AlignOptions`). The strongest signs for a pair: a
# shared quote, figure or date, cosine and word overlap; against: being far
# from either claim's best match (in score and in rank), a strong match of
# either claim elsewhere, and the two sentences sitting at different depths
# of their articles (news puts the main facts first in every outlet).
RESCUE_CEILING = 0.65  # the default min_similarity; another one turns the model off
PAIR_FEATURES = (
    "score", "cosine", "lexical", "entities", "figures", "dates", "comparable",
    "depth_gap", "depth", "length", "gap_sum", "gap_min", "gap_max", "rank_min",
    "rank_max", "quote", "quantities_min", "dates_min", "entities_min",
    "strong_elsewhere", "shared_words", "names_apart", "depth_max",
)  # fmt: skip
RANK_CAP = 5  # ranks from here on count as this one
# "strong_elsewhere" counts the claims of a pair whose best match in the
# other's source scores at least STRONG_ELSEWHERE and more than
# NEAR_BEST_ELSEWHERE above the pair (the defaults of `AlignOptions`, fixed:
# the model was fitted with them).
STRONG_ELSEWHERE = 0.8
NEAR_BEST_ELSEWHERE = 0.04
SHARED_WORDS_CAP = 10  # "shared_words": shared content stems, capped here, / the cap
# The constants below come from `quality/fit_rescue.py --exclude new221-
# ... --exclude new250-` (l2 10, its default): _PAIR_WEIGHTS per feature,
# _PAIR_PRODUCT_WEIGHTS per product in `pair_terms` order.
_PAIR_MEAN = (
    0.6357, 0.5365, 0.185, 0.4859, 0.1451, 0.1397, 0.4996, 0.2619,
    0.51, 0.9793, 0.2891, 0.07195, 0.2172, 0.6166, 1.5, 0.0106,
    0.5845, 0.3233, 1.243, 0.5029, 0.2356, 0.3507, 0.5364,
)  # fmt: skip
_PAIR_SCALE = (
    0.1848, 0.1219, 0.1606, 0.6824, 0.4026, 0.3554, 1.109, 0.246,
    0.4839, 0.2383, 0.3121, 0.1227, 0.2196, 0.8963, 1.504, 0.1024,
    0.7051, 0.4876, 1.013, 0.6624, 0.1762, 0.4772, 0.2762,
)  # fmt: skip
_PAIR_WEIGHTS = (
    0.3218, -0.04916, 0.5567, -0.1848, 0.7379, 0.5907, -0.1759, -0.4692,
    -0.241, 0.211, -0.5799, -0.5705, -0.5055, -0.5736, -0.67, 0.1121,
    -0.1363, -0.1425, -0.06159, -0.3388, 0.1773, -0.1114, -0.3107,
)  # fmt: skip
_PAIR_PRODUCT_WEIGHTS = (
    0.008665, -0.1134, -0.004225, 0.1021, 0.05188, 0.002743, 0.2616, 0.009145,
    0.03413, 0.01985, 0.179, -0.07184, -0.08771, -0.2612, 0.05572, -0.07479,
    -0.128, 0.09301, -0.1613, 0.05042, -0.09039, 0.004087, -0.02013, -0.04725,
    -0.1357, -0.09162, -0.05895, 0.1053, 0.1013, -0.02026, 0.007172, 0.2124,
    -0.1085, -0.1558, -0.2766, 0.03048, -0.03064, 0.01, -0.05482, -0.1058,
    -0.02074, -0.07436, -0.09829, -0.0285, -0.06371, 0.08787, 0.09917, 0.06263,
    0.05042, -0.01653, 0.1317, 0.1268, 0.1164, -0.08145, 0.04857, 0.02686,
    -0.1824, 0.02182, 0.07074, -0.08143, 0.108, -0.02334, 0.05819, -0.1668,
    -0.1827, 0.1303, 0.02406, 0.1298, -0.03413, 0.03344, -0.008912, 0.05252,
    0.04971, -0.1426, -0.003123, 0.01121, 0.2273, 0.1426, 0.03022, 0.02382,
    0.2151, 0.003074, -0.03201, 0.02776, -0.03217, -0.04777, -0.07045, 0.05099,
    -0.08717, 0.1212, -0.04069, -0.06277, -0.09033, -0.03414, 0.1547, 0.1401,
    -0.07132, 0.1344, -0.02251, 0.07779, 0.1117, 0.1282, 0.08336, 0.01137,
    -0.07926, 0.004049, -0.1149, 0.01072, -0.09275, -0.08966, 0.00727, -0.04108,
    0.09445, -0.03607, 0.1078, -0.04848, -0.1917, 0.08169, -0.08424, -0.03729,
    0.1058, 0.1099, 0.08905, 0.05785, 0.07778, -0.02269, 0.04211, -0.3043,
    -0.0286, -0.1648, -0.08595, -0.08811, -0.01487, 0.04255, -0.01904, 0.0432,
    0.1171, -0.004024, 0.3326, -0.1275, 0.006685, -0.1014, 0.002284, -0.1842,
    -0.09946, -0.1809, 0.2174, 0.03845, 0.02917, -0.1445, -0.1034, -0.1476,
    0.1225, -0.04754, 0.08016, 0.04662, -0.03185, -0.2076, -0.13, -0.05982,
    0.2421, -0.1913, 0.05967, 0.02078, 0.0732, 0.06693, 0.09626, -0.01764,
    0.0613, 0.02, -0.1142, 0.08847, 0.1756, -0.02432, 0.1469, 0.1583,
    0.06132, 0.003252, -0.00386, -0.02258, -0.1121, 0.07154, 0.04721, -0.07912,
    -0.03293, -0.07983, -0.02398, 0.1561, 0.008892, -0.009835, -0.006665, -0.1031,
    -0.006507, -0.04073, -0.1842, -0.05486, -0.1098, -0.1207, -0.0003468, 1.007e-05,
    -0.02837, -0.1018, 0.1053, 0.08987, -0.009505, -0.01615, -0.05212, 0.03335,
    0.05746, -0.01774, 0.03341, 0.09593, 0.04078, -0.005599, 0.1189, 0.07011,
    -0.03999, -0.03253, 0.09483, -0.03407, -0.0916, 0.2249, 0.1104, -0.06293,
    0.04477, -0.06371, -0.0345, 0.01959, -0.02979, 0.03777, 0.06214, 0.0444,
    -0.1399, 0.006529, 0.1769, 0.01376, -0.01497, 0.02509, -0.1578, -0.07982,
    -0.1556, 0.09832, 0.04565, -0.1849, -0.03987, 0.007823, 0.07795, -0.04615,
    0.1545, 0.06496, -0.004559, 0.06248, -0.2218,
)  # fmt: skip
_PAIR_BIAS = -2.59


def _ranks_and_best(groups: np.ndarray, values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per item: how many items of its group have a higher value, and the
    group's highest value."""
    if not len(values):
        return np.zeros(0, dtype=np.int64), np.zeros(0)
    order = np.lexsort((-values, groups))
    g, v = groups[order], values[order]
    position = np.arange(len(v))
    new_group = np.ones(len(v), dtype=bool)
    new_group[1:] = g[1:] != g[:-1]
    new_run = new_group.copy()
    new_run[1:] |= v[1:] != v[:-1]
    group_start = np.maximum.accumulate(np.where(new_group, position, 0))
    run_start = np.maximum.accumulate(np.where(new_run, position, 0))
    ranks, best = np.empty(len(v), dtype=np.int64), np.empty(len(v))
    ranks[order] = run_start - group_start
    best[order] = v[group_start]
    return ranks, best


def pair_features(
    claims: Sequence[Claim],
    first: np.ndarray,
    second: np.ndarray,
    *,
    scores: np.ndarray,
    cosines: np.ndarray,
    lexical_cosines: np.ndarray,
    evidence: Sequence[Shared],
    depth: Sequence[tuple[int, int]],
    gaps: tuple[np.ndarray, np.ndarray],
    ranks: tuple[np.ndarray, np.ndarray],
) -> np.ndarray:
    """The `PAIR_FEATURES` of candidate pairs (claim ``first[k]``, claim
    ``second[k]``), one row each. ``depth``: per claim, (its index in its
    source, claims in that source); ``gaps``: how far each pair scores below
    the best match of its first / second claim in the other's source;
    ``ranks``: how many of those claims' candidates there score higher. Every
    feature is symmetric in the two claims (a pair's features must not depend
    on source order)."""
    count = len(first)
    out = np.zeros((count, len(PAIR_FEATURES)))
    if not count:
        return out
    column = {name: i for i, name in enumerate(PAIR_FEATURES)}
    quantities = np.array([len(c.slots.quantities) for c in claims])
    dates = np.array([len(c.slots.dates) for c in claims])
    entities = np.array([len(c.slots.entities) for c in claims])
    words = np.array([len(c.text.split()) for c in claims])
    share = np.array([index / size for index, size in depth])
    index = np.array([index for index, _size in depth])
    comparable = np.zeros(count)
    for k in np.flatnonzero((quantities[first] > 0) & (quantities[second] > 0)).tolist():
        qa, qb = claims[int(first[k])].slots.quantities, claims[int(second[k])].slots.quantities
        comparable[k] = sum(1 for x in qa for y in qb if numbers.comparable(x, y))
    gap_a, gap_b = gaps
    rank_a, rank_b = (np.minimum(r, RANK_CAP) for r in ranks)
    elsewhere = sum(
        ((gap > NEAR_BEST_ELSEWHERE) & (scores + gap >= STRONG_ELSEWHERE)).astype(float)
        for gap in gaps
    )
    stems: dict[int, frozenset[str]] = {}
    shared_words = np.zeros(count)
    for k, (a, b) in enumerate(zip(first.tolist(), second.tolist(), strict=True)):
        for i in (a, b):
            if i not in stems:
                stems[i] = frozenset(lexical.content_stems(claims[i].text))
        shared_words[k] = min(len(stems[a] & stems[b]), SHARED_WORDS_CAP) / SHARED_WORDS_CAP
    shared_entities = np.fromiter((e.entities for e in evidence), float, count)
    values = {
        "score": scores,
        "cosine": cosines,
        "lexical": lexical_cosines,
        "entities": shared_entities,
        "figures": np.fromiter((e.figures for e in evidence), float, count),
        "dates": np.fromiter((e.dates for e in evidence), float, count),
        "comparable": comparable,
        "depth_gap": np.abs(share[first] - share[second]),
        "depth": np.minimum(index[first], index[second]) / 10,
        "length": (words[first] + words[second]) / 40,
        "gap_sum": gap_a + gap_b,
        "gap_min": np.minimum(gap_a, gap_b),
        "gap_max": np.maximum(gap_a, gap_b),
        "rank_min": np.minimum(rank_a, rank_b),
        "rank_max": np.maximum(rank_a, rank_b),
        "quote": np.fromiter((e.quote for e in evidence), float, count),
        "quantities_min": np.minimum(quantities[first], quantities[second]),
        "dates_min": np.minimum(dates[first], dates[second]),
        "entities_min": np.minimum(entities[first], entities[second]),
        "strong_elsewhere": elsewhere,
        "shared_words": shared_words,
        # both name someone or something, and no name (beyond the story's topic) is shared
        "names_apart": ((entities[first] > 0) & (entities[second] > 0) & (shared_entities == 0)),
        "depth_max": np.maximum(share[first], share[second]),
    }
    for name, value in values.items():
        out[:, column[name]] = value
    return out


def pair_terms(z: np.ndarray) -> np.ndarray:
    """The model's inputs from standardised `PAIR_FEATURES` rows ``z``: the
    features, then the product of every two of them (``z[:, i] * z[:, j]``,
    i < j, in the order of ``np.triu_indices``)."""
    first, second = np.triu_indices(z.shape[1], 1)
    return np.hstack([z, z[:, first] * z[:, second]])


def pair_probabilities(features: np.ndarray) -> np.ndarray:
    """The fitted model's probability that each row of `PAIR_FEATURES` is a pair."""
    if not len(features):
        return np.zeros(0)
    z = (np.asarray(features, dtype=np.float64) - np.array(_PAIR_MEAN)) / np.array(_PAIR_SCALE)
    # pair_terms(z) @ weights, without building the products: z Q z' per row,
    # Q upper triangular with the product weights.
    products = np.zeros((z.shape[1], z.shape[1]))
    products[np.triu_indices(z.shape[1], 1)] = _PAIR_PRODUCT_WEIGHTS
    logits = z @ np.array(_PAIR_WEIGHTS) + np.einsum("ij,ij->i", z @ products, z) + _PAIR_BIAS
    return 1.0 / (1.0 + np.exp(-logits))


def pair_probability(features: Sequence[float]) -> float:
    """`pair_probabilities` of one pair."""
    return float(pair_probabilities(np.array([features], dtype=np.float64))[0])


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


def _bonus_bound(a: Claim, b: Claim, options: AlignOptions) -> float:
    """The most `bonus_of` can give the pair, from how many names, figures and
    dates each claim has (1,000 distinct articles: one candidate in six cannot
    reach the floor, and skips `shared_details`)."""
    bonus = max(options.entity_bonus, 0.0) * min(2, len(a.slots.entities), len(b.slots.entities))
    if a.slots.quantities and b.slots.quantities:
        figures = (sum(not q.vague for q in c.slots.quantities) for c in (a, b))
        bonus += max(options.number_bonus, 0.0) * min(2, *figures)
    if a.slots.dates and b.slots.dates:
        bonus += max(options.date_bonus, 0.0)
    if options.cross_language_bonus > 0 and cross_language(a, b):
        bonus += options.cross_language_bonus
    if options.quote_bonus > 0 and stance.share_a_quote(a.text, b.text):
        bonus += options.quote_bonus
    return bonus


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
    options = {"top_k": top_k, "budget": budget, "min_sim": min_sim}

    def neighbours(block: np.ndarray, sims: np.ndarray) -> list[tuple[np.ndarray, np.ndarray]]:
        sims[codes[block, None] == codes[None, :]] = -np.inf
        if window < n:
            # (Which of several columns tied with the window's least similarity
            # fall inside changes nothing: `_rank` does not count ties with
            # ``bound``. Partitioning ``sims`` itself saves negating a copy.)
            cols = np.argpartition(sims, n - window, axis=1)[:, n - window :]
        else:
            cols = np.broadcast_to(np.arange(n), sims.shape)
        values = np.take_along_axis(sims, cols, axis=1)
        # Every column outside the window is at most the window's least similarity
        # (-inf when the window already reaches the row's own source).
        bound = values.min(axis=1)
        cols, keep, settled = _rank(cols, values, codes, capacity[block], bound, **options)
        done = np.nonzero(settled)[0]
        out = [(np.repeat(block[done], keep[done].sum(axis=1)), cols[done][keep[done]])]
        left = np.nonzero(~settled)[0]
        if left.size:  # rare: the window filled with claims beyond top_k of their source
            every = np.broadcast_to(np.arange(n), (left.size, n))
            unbounded = np.full(left.size, -np.inf)
            ranked = _rank(every, sims[left], codes, capacity[block[left]], unbounded, **options)
            cols, keep = ranked[0], ranked[1]
            out.append((np.repeat(block[left], keep.sum(axis=1)), cols[keep]))
        return out

    found_i: list[np.ndarray] = []
    found_j: list[np.ndarray] = []
    # The products run on the BLAS threads; ranking a block (one core, numpy
    # without the GIL) runs beside the product of the next one. Blocks are
    # collected in order, so the result is that of a plain loop.
    with ThreadPoolExecutor(1) as ranker:
        pending: list[Future[list[tuple[np.ndarray, np.ndarray]]]] = []
        for lo in range(0, rows.size, chunk):
            block = rows[lo : lo + chunk]
            sims = matrix[block] @ columns.T
            if distinct.size < n:
                sims = sims[:, group]
            pending.append(ranker.submit(neighbours, block, sims))
            if len(pending) > 1:  # at most two blocks of products held at once
                for i, j in pending.pop(0).result():
                    found_i.append(i)
                    found_j.append(j)
        for done_block in pending:
            for i, j in done_block.result():
                found_i.append(i)
                found_j.append(j)
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
    only_with: str | None = None,
) -> tuple[Candidate, ...]:
    """Candidate pairs across sources, ordered by source order then claim order.

    Args:
        claims: all claims of all sources, grouped by source in source order.
        matrix: float32 array (len(claims), dim) of L2-normalised embeddings.
        options: thresholds.
        lexical: optional L2-normalised lexical vectors (`claimcheck.lexical`),
            whose cosine, times ``options.lexical_weight``, adds to the score.
        band: when given, receives (claim id, claim id, `pair_features`) of
            every candidate the pair model weighs (same language, scoring
            ``options.rescue_floor`` or more), kept or not
            (quality/fit_rescue.py fits on them).
        ran: when given, receives the search that ran ("exact" or "approximate").
        only_with: a source id: only pairs with a claim of that source are
            scored and returned (a draft against its sources). They come out
            as they would from the whole run: a pair's details depend only on
            the candidates of its two claims in each other's sources.
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
    if only_with is not None:
        anchor = first_seen.get(only_with, -1)
        mine = (codes[first] == anchor) | (codes[second] == anchor)
        first, second = first[mine], second[mine]
    # Similarities recomputed per pair, so a pair's score does not depend on which
    # block of the search found it, nor on the other claims in the run.
    sims = _row_dots(matrix, first, second)
    cosines = _row_dots(embeddings, first, second)

    topical = topical_entities(claims, options.topic_share)
    keep = sims >= min_sim
    rows = list(zip(first[keep].tolist(), second[keep].tolist(), sims[keep].tolist(), strict=True))

    def scores(chunk: Sequence[tuple[int, int, float]]) -> list[tuple[float, Shared] | None]:
        out: list[tuple[float, Shared] | None] = []
        for a, b, sim in chunk:
            if sim < plain_min and not _special(claims[a], claims[b], sim, plain_min, options):
                out.append(None)
            elif sim + _bonus_bound(claims[a], claims[b], options) < floor - 1e-9:
                out.append(None)  # under the floor whatever the two share: dropped below
            else:
                evidence = shared_details(claims[a], claims[b], topical)
                out.append((sim + bonus_of(evidence, options), evidence))
        return out

    # Large inputs score their pairs on all cores (`claimcheck.parallel`).
    kept_rows, kept_evidence = [], []
    found = zip(rows, parallel.map_chunks(scores, rows), strict=True)
    for position, ((_a, _b, _sim), result) in enumerate(found):
        # below the floor: never chosen, nor the best of a chosen pair
        if result is not None and result[0] >= floor:
            kept_rows.append((position, result[0]))
            kept_evidence.append(result[1])
    at = np.array([position for position, _score in kept_rows], dtype=np.int64)
    pair_a, pair_b = first[keep][at], second[keep][at]
    score = np.array([value for _position, value in kept_rows], dtype=np.float64)
    cos = cosines[keep][at]
    # Each pair against the other candidates of its claims in the other's
    # source: (claim, other source) groups, best score and rank within each.
    sources = int(codes.max()) + 1 if len(codes) else 1
    rank_a, best_a = _ranks_and_best(pair_a * sources + codes[pair_b], score)
    rank_b, best_b = _ranks_and_best(pair_b * sources + codes[pair_a], score)
    # min_similarity is the least score any pair is kept at: a stricter one set
    # by the user also raises the one-sided and strong bars, and turns the
    # pair model off (it was fitted at the default threshold, which a stricter
    # one must not be undercut by).
    one_sided = max(options.one_sided_similarity, options.min_similarity)
    strong = max(options.strong_similarity, options.min_similarity)
    # "Best" with a small margin: a sentence carrying several claims has
    # several near-equal partners, and each of them is a real pair.
    for_a = score >= best_a - options.near_best_margin
    for_b = score >= best_b - options.near_best_margin
    proposed = (
        (score >= strong)
        | (for_a & for_b & (score >= options.min_similarity))
        | ((for_a | for_b) & (score >= one_sided))
    )
    kept = proposed.copy()
    chance = np.full(len(score), np.nan)  # the pair model's probability, NaN where not weighed
    # The model was fitted on scores with the lexical cosine in them: without
    # the lexical vectors its inputs mean something else, so it stays off.
    if (
        options.rescue_floor < options.min_similarity <= RESCUE_CEILING
        and lexical is not None
        and options.lexical_weight > 0
    ):
        # fitted on pairs within one language; translations score differently
        one_language = np.fromiter((not e.cross_language for e in kept_evidence), bool, len(score))
        weighed = np.flatnonzero((score >= options.rescue_floor) & one_language)
        features = pair_features(
            claims,
            pair_a[weighed],
            pair_b[weighed],
            scores=score[weighed],
            cosines=cos[weighed],
            lexical_cosines=_row_dots(lexical, pair_a[weighed], pair_b[weighed]),
            evidence=[kept_evidence[k] for k in weighed.tolist()],
            depth=_depths(codes),
            gaps=(best_a[weighed] - score[weighed], best_b[weighed] - score[weighed]),
            ranks=(rank_a[weighed], rank_b[weighed]),
        )
        probability = pair_probabilities(features)
        chance[weighed] = probability
        kept[weighed] = np.where(
            proposed[weighed],
            probability >= options.veto_probability,
            probability >= options.keep_probability,
        )
        if band is not None:
            for k, row in zip(weighed.tolist(), features.tolist(), strict=True):
                band.append((claims[int(pair_a[k])].id, claims[int(pair_b[k])].id, tuple(row)))
    ids = [c.id for c in claims]
    return tuple(
        Candidate(
            a=ids[a],
            b=ids[b],
            score=round(value, 4),
            cosine=round(c, 4),
            probability=None if math.isnan(p) else round(p, 3),
        )
        for a, b, value, c, p in zip(
            pair_a[kept].tolist(),
            pair_b[kept].tolist(),
            score[kept].tolist(),
            cos[kept].tolist(),
            chance[kept].tolist(),
            strict=True,
        )
    )


def _depths(codes: np.ndarray) -> list[tuple[int, int]]:
    """Per claim: (its index among its source's claims, that source's claim count)."""
    sizes = np.bincount(codes)
    seen = np.zeros_like(sizes)
    out = []
    for code in codes.tolist():
        out.append((int(seen[code]), int(sizes[code])))
        seen[code] += 1
    return out
