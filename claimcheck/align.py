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
several claims pair with several sentences of the other source.

Candidate search is blocked: each claim is scored only against the ``top_k``
nearest claims of each other source (a chunked matrix product), so memory stays
linear in the number of claims.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from claimcheck.records import Candidate, Claim
from claimcheck.slots import dates as date_slots
from claimcheck.slots import names, numbers


@dataclass(frozen=True, slots=True)
class AlignOptions:
    """Thresholds for `align_claims`."""

    min_similarity: float = 0.65
    strong_similarity: float = 0.8
    one_sided_similarity: float = 0.67  # best match of one of the two claims only
    near_best_margin: float = 0.04  # how far below a claim's best score still counts as best
    lexical_weight: float = 0.3  # weight of the lexical (hashed TF-IDF) cosine in the score
    top_k: int = 5
    entity_bonus: float = 0.04
    number_bonus: float = 0.06
    date_bonus: float = 0.08


def shared_entities(a: Claim, b: Claim) -> int:
    """How many named entities of ``a`` also appear (by fuzzy key) in ``b``."""
    count = 0
    for ea in a.slots.entities:
        if any(names.same_entity(ea.text, eb.text) for eb in b.slots.entities):
            count += 1
    return count


def shared_figures(a: Claim, b: Claim) -> int:
    """How many non-vague quantities of ``a`` have a compatible one in ``b``."""
    count = 0
    for qa in a.slots.quantities:
        if qa.vague:
            continue
        if any(numbers.comparable(qa, qb) and numbers.quantities_compatible(qa, qb) for qb in b.slots.quantities):
            count += 1
    return count


def shared_dates(a: Claim, b: Claim) -> int:
    """How many resolved dates of ``a`` overlap a date of ``b``."""
    return sum(
        1 for da in a.slots.dates if any(date_slots.dates_compatible(da, db) for db in b.slots.dates)
    )


def evidence_bonus(a: Claim, b: Claim, options: AlignOptions) -> float:
    """Score added to the cosine for details the two claims share."""
    bonus = options.entity_bonus * min(shared_entities(a, b), 2)
    bonus += options.number_bonus * min(shared_figures(a, b), 2)
    bonus += options.date_bonus * min(shared_dates(a, b), 1)
    return bonus


def _nearest(matrix_a: np.ndarray, matrix_b: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Indices and cosines of the ``k`` nearest rows of ``matrix_b`` for each row of ``matrix_a``."""
    k = min(k, matrix_b.shape[0])
    idx_out = np.empty((matrix_a.shape[0], k), dtype=np.int64)
    sim_out = np.empty((matrix_a.shape[0], k), dtype=np.float32)
    chunk = 1024
    for lo in range(0, matrix_a.shape[0], chunk):
        sims = matrix_a[lo : lo + chunk] @ matrix_b.T
        part = np.argpartition(-sims, k - 1, axis=1)[:, :k] if k < sims.shape[1] else np.tile(
            np.arange(sims.shape[1]), (sims.shape[0], 1)
        )
        rows = np.arange(sims.shape[0])[:, None]
        order = np.lexsort((part, -sims[rows, part]), axis=1)
        part = np.take_along_axis(part, order, axis=1)
        idx_out[lo : lo + chunk] = part
        sim_out[lo : lo + chunk] = sims[rows, part]
    return idx_out, sim_out


def align_claims(
    claims: Sequence[Claim],
    matrix: np.ndarray,
    *,
    options: AlignOptions | None = None,
    lexical: np.ndarray | None = None,
) -> tuple[Candidate, ...]:
    """Candidate pairs across sources, ordered by source order then claim order.

    Args:
        claims: all claims of all sources, grouped by source in source order.
        matrix: float32 array (len(claims), dim) of L2-normalised embeddings.
        options: thresholds.
        lexical: optional L2-normalised lexical vectors (`claimcheck.lexical`),
            whose cosine, times ``options.lexical_weight``, adds to the score.
    """
    options = options or AlignOptions()
    if len(claims) != matrix.shape[0]:
        raise ValueError("matrix rows must follow claims")
    embeddings = matrix
    if lexical is not None and options.lexical_weight > 0:
        # One dot product of the stacked vectors = cosine + weight * lexical cosine.
        matrix = np.hstack([matrix, np.sqrt(options.lexical_weight) * lexical]).astype(np.float32)
    by_source: dict[str, list[int]] = {}
    for i, claim in enumerate(claims):
        by_source.setdefault(claim.source, []).append(i)
    order = list(by_source)
    chosen: dict[tuple[int, int], tuple[float, float]] = {}
    for si, s in enumerate(order):
        for t in order[si + 1 :]:
            rows_s, rows_t = by_source[s], by_source[t]
            scores: dict[tuple[int, int], tuple[float, float]] = {}
            for src_rows, dst_rows, flip in ((rows_s, rows_t, False), (rows_t, rows_s, True)):
                idx, sims = _nearest(matrix[src_rows], matrix[dst_rows], options.top_k)
                for r, a in enumerate(src_rows):
                    for c in range(idx.shape[1]):
                        b = dst_rows[int(idx[r, c])]
                        key = (b, a) if flip else (a, b)
                        if key not in scores:
                            sim = float(sims[r, c])
                            cos = float(embeddings[key[0]] @ embeddings[key[1]])
                            scores[key] = (sim + evidence_bonus(claims[key[0]], claims[key[1]], options), cos)
            best_a: dict[int, tuple[float, int]] = {}
            best_b: dict[int, tuple[float, int]] = {}
            for (a, b), (score, _cos) in sorted(scores.items()):
                if score > best_a.get(a, (-9.0, -1))[0]:
                    best_a[a] = (score, b)
                if score > best_b.get(b, (-9.0, -1))[0]:
                    best_b[b] = (score, a)
            for (a, b), (score, cos) in scores.items():
                # "Best" with a small margin: a sentence carrying several claims has
                # several near-equal partners, and each of them is a real pair.
                for_a = score >= best_a[a][0] - options.near_best_margin
                for_b = score >= best_b[b][0] - options.near_best_margin
                if (
                    score >= options.strong_similarity
                    or (for_a and for_b and score >= options.min_similarity)
                    or ((for_a or for_b) and score >= options.one_sided_similarity)
                ):
                    chosen[(a, b)] = (score, cos)
    return tuple(
        Candidate(a=claims[a].id, b=claims[b].id, score=round(score, 4), cosine=round(cos, 4))
        for (a, b), (score, cos) in sorted(chosen.items())
    )
