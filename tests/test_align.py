import numpy as np

from claimcheck.align import AlignOptions, align_claims
from claimcheck.records import Claim, Sentence, Slots


def claims_and_matrix(vectors):
    """vectors: {(source, index): vector}; rows are normalised."""
    claims, rows = [], []
    for (source, index), vec in vectors.items():
        claims.append(Claim(Sentence(source, index, 0, 1, "x"), Slots()))
        v = np.asarray(vec, dtype=np.float32)
        rows.append(v / np.linalg.norm(v))
    return claims, np.vstack(rows)


def ids(cands):
    return {(c.a, c.b) for c in cands}


def test_mutual_best_pairs_above_threshold_are_kept_and_others_not():
    claims, m = claims_and_matrix(
        {
            ("A", 0): [1, 0, 0, 0],
            ("A", 1): [0, 1, 0, 0],
            ("B", 0): [0.95, 0.31, 0, 0],
            ("B", 1): [0, 0, 1, 0],  # unrelated to everything in A
        }
    )
    assert ids(align_claims(claims, m)) == {("A#0", "B#0")}


def test_pairs_only_join_different_sources():
    claims, m = claims_and_matrix({("A", 0): [1, 0], ("A", 1): [1, 0.01], ("B", 0): [0, 1]})
    assert all(c.a.split("#")[0] != c.b.split("#")[0] for c in align_claims(claims, m))


def test_a_sentence_with_two_claims_pairs_with_two_sentences():
    claims, m = claims_and_matrix(
        {("A", 0): [1, 1, 0], ("B", 0): [1, 0, 0], ("B", 1): [0, 1, 0]}
    )
    assert ids(align_claims(claims, m)) == {("A#0", "B#0"), ("A#0", "B#1")}


def test_threshold_controls_recall():
    claims, m = claims_and_matrix({("A", 0): [1, 0.9], ("B", 0): [0.9, 1]})
    cos = float(m[0] @ m[1])
    assert ids(align_claims(claims, m, options=AlignOptions(min_similarity=cos - 0.01)))
    strict = AlignOptions(min_similarity=cos + 0.01, one_sided_similarity=1.1, strong_similarity=1.1)
    assert not align_claims(claims, m, options=strict)


def test_three_sources_give_pairs_for_each_source_pair():
    claims, m = claims_and_matrix({("A", 0): [1, 0], ("B", 0): [1, 0.05], ("C", 0): [1, -0.05]})
    assert ids(align_claims(claims, m)) == {("A#0", "B#0"), ("A#0", "C#0"), ("B#0", "C#0")}


def test_output_is_sorted_and_deterministic():
    rng = np.random.default_rng(0)
    vecs = {(s, i): rng.normal(size=8) for s in "ABC" for i in range(6)}
    claims, m = claims_and_matrix(vecs)
    first = align_claims(claims, m, options=AlignOptions(min_similarity=0.2, one_sided_similarity=0.3))
    assert first == align_claims(claims, m, options=AlignOptions(min_similarity=0.2, one_sided_similarity=0.3))
    assert first
