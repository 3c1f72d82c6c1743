import os
import subprocess
import sys
from dataclasses import replace

import numpy as np
import pytest

from claimcheck import align, lexical
from claimcheck.align import (
    APPROXIMATE_FROM,
    DUPLICATES_FROM,
    AlignOptions,
    align_claims,
    choose_search,
    nearest_per_source,
)
from claimcheck.records import Claim, Sentence, Slots
from tests.conftest import ROOT, require_shared_eval


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
    claims, m = claims_and_matrix({("A", 0): [1, 1, 0], ("B", 0): [1, 0, 0], ("B", 1): [0, 1, 0]})
    assert ids(align_claims(claims, m)) == {("A#0", "B#0"), ("A#0", "B#1")}


def test_threshold_controls_recall():
    claims, m = claims_and_matrix({("A", 0): [1, 0.9], ("B", 0): [0.9, 1]})
    cos = float(m[0] @ m[1])
    assert ids(align_claims(claims, m, options=AlignOptions(min_similarity=cos - 0.01)))
    strict = AlignOptions(
        min_similarity=cos + 0.01, one_sided_similarity=1.1, strong_similarity=1.1
    )
    assert not align_claims(claims, m, options=strict)
    # min_similarity is the least score of any pair: it lifts the one-sided and
    # strong bars with it, and a stricter one leaves no rescue band below it.
    # B0's best match is A0, A0's is B1: A0-B0 is kept one-sided (cosine 0.98).
    claims, m = claims_and_matrix({("A", 0): [1, 0], ("B", 0): [1, 0.2], ("B", 1): [1, 0.1]})
    loose = AlignOptions(min_similarity=0.5, one_sided_similarity=0.6)
    assert ids(align_claims(claims, m, options=loose)) == {("A#0", "B#0"), ("A#0", "B#1")}
    strict = AlignOptions(min_similarity=0.99, one_sided_similarity=0.6, rescue_floor=0.0)
    assert ids(align_claims(claims, m, options=strict)) == {("A#0", "B#1")}
    assert not align_claims(claims, m, options=AlignOptions(min_similarity=1.0, rescue_floor=0.0))


def test_three_sources_give_pairs_for_each_source_pair():
    claims, m = claims_and_matrix({("A", 0): [1, 0], ("B", 0): [1, 0.05], ("C", 0): [1, -0.05]})
    assert ids(align_claims(claims, m)) == {("A#0", "B#0"), ("A#0", "C#0"), ("B#0", "C#0")}


def test_output_is_sorted_and_deterministic():
    rng = np.random.default_rng(0)
    vecs = {(s, i): rng.normal(size=8) for s in "ABC" for i in range(6)}
    claims, m = claims_and_matrix(vecs)
    first = align_claims(
        claims, m, options=AlignOptions(min_similarity=0.2, one_sided_similarity=0.3)
    )
    assert first == align_claims(
        claims, m, options=AlignOptions(min_similarity=0.2, one_sided_similarity=0.3)
    )
    assert first


def claim(source, index, text):
    from claimcheck.extract import extract_slots

    return Claim(Sentence(source, index, 0, len(text), text), extract_slots(text))


def test_a_name_in_most_sentences_is_the_topic_in_any_spelling():
    from claimcheck.align import topical_entities

    claims = [
        claim("A", 0, "Alyaksandr Lukashenka met troops in Minsk."),
        claim("A", 1, "Lukashenka praised the army."),
        claim("B", 0, "Alexander Lukashenko spoke on Sunday."),
        claim("B", 1, "Poland closed its border with Belarus."),
    ]
    topical = topical_entities(claims, 0.25)
    keys = {e.key for c in claims for e in c.slots.entities if e.text.endswith(("ka", "ko"))}
    assert keys and keys <= topical  # 3 of 4 claims name him, under two spellings
    assert not any(e.key in topical for e in claims[3].slots.entities)  # Poland: 1 of 4
    assert topical_entities(claims, 1.0) == frozenset()  # the rule switched off


def test_an_open_period_shares_only_the_date_it_names():
    import datetime as dt

    from claimcheck.extract import extract_slots

    def dated(source, text):
        c = claim(source, 0, text)
        return Claim(c.sentence, extract_slots(text, anchor=dt.date(2024, 9, 30)))

    record = dated("A", "It was the deadliest US hurricane since Katrina in 2005.")
    monday = dated("B", "By Monday, the death toll had passed 130.")
    assert align.shared_dates(record, monday) == align.shared_dates(monday, record) == 0
    since = dated("A", "The plane had been flying passengers only since November.")
    november = dated("B", "The jet had entered commercial service in November.")
    assert align.shared_dates(since, november) == align.shared_dates(november, since) == 1


def test_sharing_only_the_topic_name_earns_no_bonus_but_a_rare_name_does():
    from claimcheck.align import evidence_bonus, topical_entities

    claims = [
        claim("A", 0, "Tesla recalled cars in Canada."),
        claim("A", 1, "Tesla shares fell."),
        claim("B", 0, "Tesla sold cars in Canada."),
        claim("B", 1, "Tesla opened a factory."),
        claim("B", 2, "Tesla cut prices."),
        claim("B", 3, "Tesla hired engineers."),
        claim("B", 4, "Tesla built a plant."),
        claim("B", 5, "Tesla raised prices."),
        claim("B", 6, "Tesla paid a fine."),
    ]  # "Canada" is in 2 of 9 claims, under the 0.25 topic share
    options = AlignOptions()
    topical = topical_entities(claims, options.topic_share)
    assert evidence_bonus(claims[1], claims[3], options, topical) == 0.0  # only "Tesla"
    assert evidence_bonus(claims[1], claims[3], options) == options.entity_bonus  # rule off
    assert evidence_bonus(claims[0], claims[2], options, topical) == options.entity_bonus  # Canada


def _brute_force(claims, m, options):
    """The selection rules of `align_claims` over every cross-source pair (no search)."""
    sources = [c.source for c in claims]
    sims = m.astype(np.float64) @ m.T.astype(np.float64)
    scored, best = [], {}
    for i in range(len(claims)):
        for j in range(i + 1, len(claims)):
            if sources[i] == sources[j]:
                continue
            s = sims[i, j]
            scored.append((i, j, s))
            for key in ((i, sources[j]), (j, sources[i])):
                best[key] = max(best.get(key, -9.0), s)
    out = set()
    for i, j, s in scored:
        fa = s >= best[(i, sources[j])] - options.near_best_margin
        fb = s >= best[(j, sources[i])] - options.near_best_margin
        if (
            s >= options.strong_similarity
            or (fa and fb and s >= options.min_similarity)
            or ((fa or fb) and s >= options.one_sided_similarity)
        ):
            out.add((claims[i].id, claims[j].id))
    return out


@pytest.mark.parametrize(
    ("n_sources", "per_source", "seed"), [(2, 7, 0), (3, 20, 1), (5, 12, 2), (4, 160, 3)]
)
def test_nearest_neighbour_search_finds_what_checking_every_pair_finds(n_sources, per_source, seed):
    # Up to 5 sources the search is exact; 640 claims also exercise the
    # windowed ranking (rows are ranked within their nearest 512 columns first).
    rng = np.random.default_rng(seed)
    topics = rng.normal(size=(per_source, 16))
    vectors = {}
    for s in range(n_sources):
        for k in range(per_source):
            vectors[(f"S{s}", k)] = topics[k] + 0.8 * rng.normal(size=16)
    claims, m = claims_and_matrix(vectors)
    # The pair model off (rescue_floor above min_similarity): the rules alone.
    options = AlignOptions(
        min_similarity=0.5, one_sided_similarity=0.55, strong_similarity=0.8, rescue_floor=1.0
    )
    assert ids(align_claims(claims, m, options=options)) == _brute_force(claims, m, options)


def test_a_translation_gets_the_cross_language_bonus_and_a_paraphrase_does_not():
    from claimcheck.align import cross_language, evidence_bonus

    def claim(text, source):
        return Claim(Sentence(source, 0, 0, len(text), text), Slots())

    en = claim("Argentina won the World Cup on Sunday, beating France on penalties.", "A")
    es = claim(
        "La selección argentina se consagró campeona del mundo al vencer a Francia por penales.",
        "B",
    )
    en2 = claim("Argentina are world champions after they beat France in a shootout.", "B")
    short = claim(
        "Gonzalo Montiel convirtió el penal decisivo.", "B"
    )  # too few function words to tell
    options = AlignOptions()
    assert cross_language(en, es) and not cross_language(en, en2) and not cross_language(en, short)
    assert evidence_bonus(en, es, options) == pytest.approx(options.cross_language_bonus)
    assert evidence_bonus(en, en2, options) == 0.0
    assert evidence_bonus(en, es, AlignOptions(cross_language_bonus=0.0)) == 0.0


def test_the_same_quote_earns_the_quote_bonus_and_lifts_a_low_cosine_pair():
    from claimcheck.align import evidence_bonus

    def bare(text, source, index=0):
        return Claim(Sentence(source, index, 0, len(text), text), Slots())

    a = bare('"We need a general election now," Labour leader Keir Starmer said.', "A")
    b = bare('"We need a general election now," said Angela Rayner, Labour\'s deputy leader.', "B")
    other = bare("Angela Rayner said Labour was ready to govern.", "B", 1)
    options = AlignOptions()
    assert evidence_bonus(a, b, options) == pytest.approx(options.quote_bonus)
    assert evidence_bonus(a, other, options) == 0.0
    # Cosine 0.6 alone misses the 0.65 bar; the shared quote lifts it, past the pruning too.
    m = np.array([[1.0, 0.0], [0.6, 0.8], [0.0, 1.0]], dtype=np.float32)
    (pair,) = align_claims([a, b, other], m, options=options)
    assert (pair.a, pair.b) == ("A#0", "B#0") and pair.score == pytest.approx(0.7)
    assert align_claims([a, b, other], m, options=AlignOptions(quote_bonus=0.0)) == ()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The regulator said it had reviewed 956 crashes in which the system was in use.", "en"),
        (
            "El Gobierno decretó feriado nacional para que los hinchas puedan recibir a la selección.",
            "es",
        ),
        ("Le gouvernement a annoncé une réforme des retraites pour les fonctionnaires.", "fr"),
        (
            "Die Regierung hat am Montag ein Gesetz für die Rente beschlossen, das auch im Bundesrat gilt.",
            "de",
        ),
        ("Tesla shares fell 3%.", ""),
    ],
)
def test_language_of_knows_the_common_news_languages_or_says_unsure(text, lang):
    from claimcheck.lexical import language_of

    assert language_of(text) == lang


def test_the_speaker_shared_by_two_sentences_is_no_evidence():
    from claimcheck.align import evidence_bonus

    a = claim("A", 0, 'Coach Didier Deschamps said his team had "nothing to regret".')
    b = claim("B", 0, "Coach Didier Deschamps said he would decide on his future in the new year.")
    c = claim("B", 1, "Didier Deschamps will decide on his future in the new year.")
    options = AlignOptions()
    assert a.slots.attribution and b.slots.attribution
    assert evidence_bonus(a, b, options) == 0.0  # the same speaker
    assert evidence_bonus(b, c, options) == pytest.approx(
        options.entity_bonus
    )  # a name in the claim


# --- candidate search: exact and approximate ---------------------------------


def _clustered(n_sources, per_source, *, copies, seed, dim=24):
    """Unit rows from ``per_source`` topics; every ``copies``-th source repeats
    the previous one's rows exactly (as syndicated wire copy does)."""
    rng = np.random.default_rng(seed)
    topics = rng.normal(size=(per_source, dim))
    rows, codes = [], []
    for s in range(n_sources):
        if s % copies:
            block = rows[-1].copy()
        else:
            block = topics + 0.6 * rng.normal(size=(per_source, dim))
            block /= np.linalg.norm(block, axis=1, keepdims=True)
        rows.append(block)
        codes.append(np.full(per_source, s))
    return np.vstack(rows).astype(np.float32), np.concatenate(codes)


def _search(matrix, codes, search):
    i, j = nearest_per_source(matrix, codes, top_k=5, budget=20, min_sim=0.1, search=search)
    return sorted(zip(i.tolist(), j.tolist(), strict=True))


@pytest.fixture
def exact_rows(monkeypatch):
    """Sizes of the row sets the dense (exact) search ran on, in call order."""
    sizes = []
    original = align._nearest_exact

    def spy(matrix, codes, rows, *args, **kwargs):
        sizes.append(rows.size)
        return original(matrix, codes, rows, *args, **kwargs)

    monkeypatch.setattr(align, "_nearest_exact", spy)
    return sizes


@pytest.mark.parametrize(("n_sources", "per_source", "copies"), [(40, 30, 4), (12, 150, 3)])
def test_approximate_search_finds_the_exact_neighbours(n_sources, per_source, copies, exact_rows):
    # Many identical rows (each kept list ends inside a group of copies) and more
    # rows than the index is first asked for, so the HNSW hits decide.
    matrix, codes = _clustered(n_sources, per_source, copies=copies, seed=n_sources)
    approximate = _search(matrix, codes, "approximate")
    assert exact_rows == []  # every row was served by the index
    assert approximate == _search(matrix, codes, "exact")


def test_exact_search_keeps_the_lowest_columns_among_identical_rows():
    # Row 0 has 30 identical neighbours in 30 sources and keeps 20 of them: the first 20.
    matrix = np.vstack([np.eye(4)[0]] * 31 + [np.eye(4)[1]] * 5).astype(np.float32)
    codes = np.arange(36)
    for search in ("exact", "approximate"):
        pairs = _search(matrix, codes, search)
        assert [j for i, j in pairs if i == 0] == list(range(1, 21))


def test_approximate_search_is_deterministic_across_calls_and_processes():
    matrix, codes = _clustered(40, 30, copies=4, seed=5)
    first = _search(matrix, codes, "approximate")
    assert first == _search(matrix, codes, "approximate")
    code = (
        "import sys, numpy as np\n"
        "sys.path.insert(0, sys.argv[1])\n"
        "from tests.test_align import _clustered, _search\n"
        "print(hash(tuple(_search(*_clustered(40, 30, copies=4, seed=5), 'approximate'))))\n"
    )
    run = [sys.executable, "-c", code, str(ROOT)]
    # A different hash seed per process too: nothing may hang on set or dict order.
    env = {**os.environ, "PYTHONHASHSEED": "1"}
    out = subprocess.run(run, capture_output=True, text=True, check=True, timeout=120, env=env)
    assert int(out.stdout) == hash(tuple(first))


def test_auto_search_is_exact_below_the_threshold_and_approximate_from_it():
    assert choose_search(10) == "exact"
    assert choose_search(APPROXIMATE_FROM - 1) == "exact"
    assert choose_search(APPROXIMATE_FROM) == "approximate"
    assert choose_search(10, "approximate") == "approximate"
    assert choose_search(10**6, "exact") == "exact"
    # Many copies (syndicated text): the index over the distinct rows is the cheaper search.
    assert choose_search(DUPLICATES_FROM, distinct=DUPLICATES_FROM // 2) == "approximate"
    assert choose_search(DUPLICATES_FROM, distinct=DUPLICATES_FROM // 2 + 1) == "exact"
    assert choose_search(DUPLICATES_FROM - 1, distinct=10) == "exact"
    assert choose_search(DUPLICATES_FROM, "exact", distinct=10) == "exact"
    with pytest.raises(ValueError, match="search must be"):
        choose_search(10, "fast")


def test_small_inputs_never_import_the_index_library():
    code = (
        "import sys, numpy as np\n"
        "from claimcheck.align import nearest_per_source\n"
        "m = np.eye(8, dtype=np.float32)\n"
        "nearest_per_source(m, np.arange(8), top_k=5, budget=20, min_sim=0.1)\n"
        "print('faiss' in sys.modules)\n"
    )
    run = [sys.executable, "-c", code]
    out = subprocess.run(run, capture_output=True, text=True, check=True, timeout=60)
    assert out.stdout.strip() == "False"


@pytest.mark.slow
def test_approximate_search_gives_the_exact_pairs_on_dev(embedder, exact_rows):
    """One dev case, and all dev sources in one run (15 sources, more claims than
    the index is first asked for): forced approximate, the same pairs as exact."""
    from claimcheck import api
    from claimcheck.settings import Settings

    cases = require_shared_eval() / "dev" / "cases"
    one_case = sorted((cases / "dev02-taiwan-election" / "sources").iterdir())
    runs = [one_case, sorted(cases.glob("*/sources/*"))]
    for paths in runs:
        exact = api.compare(paths, settings=Settings(search="exact"), embedder=embedder)
        exact_rows.clear()
        approximate = api.compare(paths, settings=Settings(search="approximate"), embedder=embedder)
        assert exact_rows == []
        assert approximate.pairs == exact.pairs
        assert len(exact.pairs) > 10
        # The report says which search ran ("auto" names none; QA pass 6).
        assert (exact.settings["search_ran"], approximate.settings["search_ran"]) == (
            "exact",
            "approximate",
        )
    assert len(exact.claims) > align._FIRST_HITS


@pytest.mark.parametrize(
    ("british", "american"),
    [
        ("storey", "story"),
        ("metres", "meters"),
        ("centre", "center"),
        ("organisation", "organization"),
        ("travelled", "traveled"),
        ("neighbouring", "neighboring"),
        ("defence", "defense"),
    ],
)
def test_british_and_american_spellings_share_a_stem(british, american):
    assert lexical.stem(british) == lexical.stem(american)


def test_the_bonus_does_not_depend_on_which_claim_comes_first():
    # "Russia" twice in one sentence is one shared name, not two; the source
    # order on the command line must not change a pair's score.
    a = claim("A", 0, "Lukashenka said aircraft will be delivered from Russia to Belarus.")
    b = claim("B", 0, "He visited drills with Russia and plans to buy weapons from Russia by 2025.")
    options = AlignOptions()
    assert align.evidence_bonus(a, b, options) == align.evidence_bonus(b, a, options)
    assert align.evidence_bonus(a, b, options) == options.entity_bonus


@pytest.mark.slow
def test_the_order_of_the_sources_does_not_change_the_pairs(embedder):
    """Project cases where reversing the source order once changed the pairs
    (the evidence bonus was counted one way only): the same pairs, labels and
    scores either way."""
    from claimcheck import api

    cases = ROOT / "quality" / "extra" / "cases"
    for name in ("new08-bankman-fried-verdict", "new21-derna-floods", "new26-nvidia-results"):
        paths = sorted((cases / name / "sources").iterdir())
        runs = [api.compare(order, embedder=embedder) for order in (paths, paths[::-1])]
        seen = [
            {(frozenset((p.a, p.b)), p.label, p.kind, p.score) for p in run.pairs} for run in runs
        ]
        assert seen[0] == seen[1], name


def _two_sentence_sources(text_a, text_b, cos):
    """One claim per source (two filler claims each, far from everything), the
    two real ones at cosine ``cos``."""
    from tests.test_judge import claim

    a, b = claim(text_a, "A"), claim(text_b, "B")
    fill = [claim(f"Filler sentence number {k} here.", s, index=k) for s in "AB" for k in (1, 2)]
    claims = [a, fill[0], fill[1], b, fill[2], fill[3]]
    sine = (1 - cos**2) ** 0.5
    rows = [[1, 0, 0, 0, 0, 0], [0, 0, 1, 0, 0, 0], [0, 0, 0, 1, 0, 0],
            [cos, sine, 0, 0, 0, 0], [0, 0, 0, 0, 1, 0], [0, 0, 0, 0, 0, 1]]  # fmt: skip
    return claims, np.asarray(rows, dtype=np.float32)


def _with_lexical(claims):
    from claimcheck.lexical import lexical_matrix

    return lexical_matrix([c.text for c in claims])


def test_a_mutual_best_match_below_threshold_is_kept_by_the_pair_model_for_a_shared_figure():
    claims, m = _two_sentence_sources(
        "The agency said it had reviewed 956 crashes.",
        "Since then the regulator examined 956 crashes.",
        0.42,
    )
    lex = _with_lexical(claims)
    (pair,) = align_claims(claims, m, lexical=lex)
    assert (pair.a, pair.b) == ("A#0", "B#0") and pair.score < AlignOptions().min_similarity
    off = AlignOptions(rescue_floor=0.65)
    assert not align_claims(claims, m, options=off, lexical=lex)
    # The same similarity with nothing checkable in common scores 0.42, below
    # the floor from which the model weighs pairs: apart.
    claims, m = _two_sentence_sources(
        "The agency said the review was thorough.", "Since then the regulator has been busy.", 0.42
    )
    assert not align_claims(claims, m, lexical=_with_lexical(claims))


def test_the_pair_model_vetoes_and_adds_pairs_but_never_across_languages(monkeypatch):
    claims, m = _two_sentence_sources(
        "The agency said the review was thorough.", "Since then the regulator has been busy.", 0.7
    )
    lex = _with_lexical(claims)
    assert ids(align_claims(claims, m, lexical=lex)) == {("A#0", "B#0")}  # mutual best at 0.7
    monkeypatch.setattr(align, "_PAIR_BIAS", -50.0)  # the model rates everything unlikely
    assert not align_claims(claims, m, lexical=lex)
    assert ids(align_claims(claims, m)) == {("A#0", "B#0")}  # the rules alone (model off)
    monkeypatch.setattr(align, "_PAIR_BIAS", 50.0)  # ... everything likely
    weak, wm = _two_sentence_sources(
        "The agency said the review was thorough.", "Since then the regulator has been busy.", 0.46
    )
    band = []
    assert ids(align_claims(weak, wm, lexical=_with_lexical(weak), band=band)) == {("A#0", "B#0")}
    assert [(a, b) for a, b, _ in band] == [("A#0", "B#0")]
    assert len(band[0][2]) == len(align.PAIR_FEATURES)
    # A sentence and its translation: the model was fitted within one language.
    es, em = _two_sentence_sources(
        "The government declared a national holiday for the fans.",
        "El Gobierno decretó feriado nacional para que los hinchas puedan recibir a la selección.",
        0.6,
    )
    band = []
    kept = ids(align_claims(es, em, lexical=_with_lexical(es), band=band))
    assert not band and ("A#0", "B#0") in kept  # kept by the cross-language bonus, not the model


def test_pair_probability_rises_with_a_shared_figure_and_falls_with_depth_gap_and_rank():
    values = (0.58, 0.5, 0.15, 0, 0, 0, 0, 0.1, 0.2, 0.9, 0.0, 0.0, 0.0, 0, 0, 0, 0, 0, 1)
    values += (0, 0.3, 0, 0.2)  # strong_elsewhere, shared_words, names_apart, depth_max
    base = dict(zip(align.PAIR_FEATURES, values, strict=True))

    def p(**changes):
        return align.pair_probability(tuple({**base, **changes}.values()))

    assert p(figures=1) > p() > p(depth_gap=0.8)
    assert p() > p(rank_min=1, rank_max=2, gap_min=0.05, gap_max=0.1, gap_sum=0.15)
    assert p(quote=1) > p()
    assert 0.0 < p() < 1.0


def test_pair_features_of_three_hand_made_pairs():
    from claimcheck.align import Shared, pair_features

    a = ["In Lisbon, officials said 19 people were killed.", "The storm hit the coast overnight.",
         "Rescue teams searched the rubble."]  # fmt: skip
    b = ["Rescuers searched the rubble for survivors.", "Nineteen people died in Porto, officials said.",
         "The storm struck the coast before dawn."]  # fmt: skip
    claims = [claim("A", i, t) for i, t in enumerate(a)] + [
        claim("B", i, t) for i, t in enumerate(b)
    ]
    none = Shared(entities=0, figures=0, dates=0, quote=False, cross_language=False)
    rows = pair_features(
        claims,
        np.array([0, 1, 2]),  # A#0-B#1, A#1-B#2, A#2-B#0
        np.array([4, 5, 3]),
        scores=np.array([0.6, 0.72, 0.78]),
        cosines=np.array([0.5, 0.62, 0.6]),
        lexical_cosines=np.array([0.2, 0.3, 0.4]),
        evidence=[replace(none, figures=1), none, replace(none, quote=True)],
        depth=[(i, 3) for i in range(3)] * 2,
        gaps=(np.array([0.05, 0.0, 0.13]), np.array([0.02, 0.1, 0.03])),
        ranks=(np.array([1, 0, 7]), np.array([2, 1, 0])),
    )

    def row(**values):
        return values

    expected = [
        # 19 killed / Nineteen died: one figure each, comparable and shared;
        # Lisbon / Porto: both name a place, none shared; "officials",
        # "people" shared; sentences 1 and 2 of 3; 8 + 7 words.
        row(score=0.6, cosine=0.5, lexical=0.2, entities=0, figures=1, dates=0, comparable=1,
             depth_gap=1 / 3, depth=0.0, length=15 / 40, gap_sum=0.07, gap_min=0.02,
             gap_max=0.05, rank_min=1, rank_max=2, quote=0, quantities_min=1, dates_min=0,
             entities_min=1, strong_elsewhere=0, shared_words=0.2, names_apart=1,
             depth_max=1 / 3),
        # B#2's best match elsewhere scores 0.82, 0.1 above this pair: a
        # strong match elsewhere; "storm", "coast" shared; 6 + 7 words.
        row(score=0.72, cosine=0.62, lexical=0.3, entities=0, figures=0, dates=0, comparable=0,
             depth_gap=1 / 3, depth=0.1, length=13 / 40, gap_sum=0.1, gap_min=0.0, gap_max=0.1,
             rank_min=0, rank_max=1, quote=0, quantities_min=0, dates_min=0, entities_min=0,
             strong_elsewhere=1, shared_words=0.2, names_apart=0, depth_max=2 / 3),
        # A#2's best scores 0.91 (counts); B#0's 0.81 is within 0.04 (does
        # not); rank 7 counts as RANK_CAP; "searched", "rubble" shared
        # ("Rescue" and "Rescuers" are not one word).
        row(score=0.78, cosine=0.6, lexical=0.4, entities=0, figures=0, dates=0, comparable=0,
             depth_gap=2 / 3, depth=0.0, length=11 / 40, gap_sum=0.16, gap_min=0.03,
             gap_max=0.13, rank_min=0, rank_max=align.RANK_CAP, quote=1, quantities_min=0,
             dates_min=0, entities_min=0, strong_elsewhere=1, shared_words=0.2, names_apart=0,
             depth_max=2 / 3),
    ]  # fmt: skip
    assert rows.shape == (3, len(align.PAIR_FEATURES))
    for values, want in zip(rows, expected, strict=True):
        assert set(want) == set(align.PAIR_FEATURES)
        got = dict(zip(align.PAIR_FEATURES, values.tolist(), strict=True))
        assert got == pytest.approx(want, abs=1e-9)
    # Swapping the two sides of every pair changes nothing (source order).
    swapped = pair_features(
        claims,
        np.array([4, 5, 3]),
        np.array([0, 1, 2]),
        scores=np.array([0.6, 0.72, 0.78]),
        cosines=np.array([0.5, 0.62, 0.6]),
        lexical_cosines=np.array([0.2, 0.3, 0.4]),
        evidence=[replace(none, figures=1), none, replace(none, quote=True)],
        depth=[(i, 3) for i in range(3)] * 2,
        gaps=(np.array([0.02, 0.1, 0.03]), np.array([0.05, 0.0, 0.13])),
        ranks=(np.array([2, 1, 0]), np.array([1, 0, 7])),
    )
    assert np.allclose(swapped, rows)


def test_the_pair_model_weighs_the_product_of_every_two_features():
    z = np.array([[1.0, 2.0, 3.0], [0.5, -1.0, 0.0]])
    terms = align.pair_terms(z)
    assert terms.tolist() == [[1, 2, 3, 2, 3, 6], [0.5, -1, 0, -0.5, 0, 0]]
    count = len(align.PAIR_FEATURES)
    assert len(align._PAIR_WEIGHTS) == len(align._PAIR_MEAN) == len(align._PAIR_SCALE) == count
    assert len(align._PAIR_PRODUCT_WEIGHTS) == count * (count - 1) // 2
    # pair_probabilities computes the same sum without building the products.
    rows = np.random.default_rng(0).random((4, count)) * 2
    z = (rows - np.array(align._PAIR_MEAN)) / np.array(align._PAIR_SCALE)
    weights = np.concatenate([align._PAIR_WEIGHTS, align._PAIR_PRODUCT_WEIGHTS])
    logits = align.pair_terms(z) @ weights + align._PAIR_BIAS
    assert np.allclose(align.pair_probabilities(rows), 1 / (1 + np.exp(-logits)), atol=1e-12)


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_ranks_and_best_count_higher_scores_within_each_group(seed):
    rng = np.random.default_rng(seed)
    groups = rng.integers(0, 6, size=60)
    values = rng.choice([0.5, 0.6, 0.7, 0.8], size=60)  # many ties
    ranks, best = align._ranks_and_best(groups, values)
    for k in range(60):
        mine = values[groups == groups[k]]
        assert ranks[k] == int((mine > values[k]).sum())
        assert best[k] == mine.max()


@pytest.mark.parametrize("seed", [0, 1])
def test_only_with_returns_the_pairs_of_that_source_as_the_whole_run_gives_them(seed):
    rng = np.random.default_rng(seed)
    topics = rng.normal(size=(12, 16))
    vectors = {
        (s, k): topics[k] + 0.7 * rng.normal(size=16) for s in ("D", "S1", "S2") for k in range(12)
    }
    claims, m = claims_and_matrix(vectors)
    lex = rng.random((len(claims), 8)).astype(np.float32)  # the pair model runs
    lex /= np.linalg.norm(lex, axis=1, keepdims=True)
    whole = align_claims(claims, m, lexical=lex)
    mine = align_claims(claims, m, lexical=lex, only_with="D")
    assert mine == tuple(c for c in whole if c.a.startswith("D#") or c.b.startswith("D#"))
    assert mine and len(mine) < len(whole)


def test_each_pair_carries_the_pair_models_probability_or_none_where_it_did_not_weigh_it():
    claims, m = _two_sentence_sources(
        "The agency said it had reviewed 956 crashes.",
        "Since then the regulator examined 956 crashes.",
        0.6,
    )
    lex = _with_lexical(claims)
    band = []
    (pair,) = align_claims(claims, m, lexical=lex, band=band)
    ((_a, _b, features),) = band
    assert pair.probability == round(align.pair_probability(features), 3)
    assert 0.5 <= pair.probability <= 1.0
    (off,) = align_claims(claims, m, options=AlignOptions(rescue_floor=0.65), lexical=lex)
    assert off.probability is None and (off.a, off.b) == (pair.a, pair.b)


def test_a_figure_under_a_ceiling_is_shared_though_it_differs():
    # new110: "gusts of up to 160 km/h" / "Gusts reached 115 km/h" differ (the
    # judge holds "up to x" to 0.9x..x), but they report one peak: a pair.
    from claimcheck import judge
    from claimcheck.align import shared_figures

    a = claim("A", 0, "The storm brought gusts of up to 160 km/h.")
    b = claim("B", 0, "Gusts reached 115 km/h, PAGASA said.")
    assert shared_figures(a, b) == shared_figures(b, a) == 1
    assert judge.number_differs(a, b) is not None
    c = claim("C", 0, "Gusts reached 60 km/h, PAGASA said.")
    assert shared_figures(a, c) == 0  # under half the ceiling: another figure


def _nearest_exact_plain(matrix, codes, rows, capacity, *, top_k, budget, min_sim):
    """The exact search as a plain loop, partitioning the negated similarities
    (as before the products and the ranking ran side by side)."""
    n = matrix.shape[0]
    window = min(n, max(align._MIN_WINDOW, 4 * budget))
    chunk = max(1, min(1024, align._BLOCK_CELLS // max(n, 1)))
    options = {"top_k": top_k, "budget": budget, "min_sim": min_sim}
    found_i, found_j = [], []
    for lo in range(0, rows.size, chunk):
        block = rows[lo : lo + chunk]
        sims = matrix[block] @ matrix.T
        sims[codes[block, None] == codes[None, :]] = -np.inf
        cols = np.argpartition(-sims, window - 1, axis=1)[:, :window]
        values = np.take_along_axis(sims, cols, axis=1)
        bound = values.min(axis=1)
        cols, keep, settled = align._rank(cols, values, codes, capacity[block], bound, **options)
        done = np.nonzero(settled)[0]
        found_i.append(np.repeat(block[done], keep[done].sum(axis=1)))
        found_j.append(cols[done][keep[done]])
        left = np.nonzero(~settled)[0]
        if left.size:
            every = np.broadcast_to(np.arange(n), (left.size, n))
            unbounded = np.full(left.size, -np.inf)
            cols, keep, _ = align._rank(
                every, sims[left], codes, capacity[block[left]], unbounded, **options
            )
            found_i.append(np.repeat(block[left], keep.sum(axis=1)))
            found_j.append(cols[keep])
    return np.concatenate(found_i), np.concatenate(found_j)


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_exact_search_finds_what_the_plain_loop_found_ties_included(seed, monkeypatch):
    # Small windows and blocks: many blocks, ties at the window's edge (values
    # rounded to a few levels), rows left unsettled by their window.
    monkeypatch.setattr(align, "_MIN_WINDOW", 6)
    monkeypatch.setattr(align, "_BLOCK_CELLS", 300)
    rng = np.random.default_rng(seed)
    matrix = (np.round(rng.random((90, 4)) * 3) / 3).astype(np.float32)
    codes = np.sort(rng.integers(0, 7, 90))
    capacity = align._capacity(codes, top_k=2, budget=5)
    options = {"top_k": 2, "budget": 5, "min_sim": 0.5}
    rows = np.arange(90)
    got_i, got_j = (
        np.concatenate(x) for x in align._nearest_exact(matrix, codes, rows, capacity, **options)
    )
    want_i, want_j = _nearest_exact_plain(matrix, codes, rows, capacity, **options)
    assert got_i.size > 100
    assert np.array_equal(got_i, want_i) and np.array_equal(got_j, want_j)


def _topical_plain(claims, share):
    """`topical_entities` as it read before it skipped names that cannot reach the share."""
    from claimcheck.slots import names

    claims_of, text_of = {}, {}
    for i, c in enumerate(claims):
        for entity in c.slots.entities:
            if entity.key:
                claims_of.setdefault(entity.key, set()).add(i)
                text_of.setdefault(entity.key, entity.text)
    by_token = {}
    for key in sorted(claims_of):
        for token in set(key.split()):
            by_token.setdefault(token, []).append(key)
    topical = set()
    for key in sorted(claims_of):
        mentioned = set(claims_of[key])
        for other in sorted({k for t in set(key.split()) for k in by_token[t]} - {key}):
            if names.same_entity(text_of[key], text_of[other]):
                mentioned |= claims_of[other]
        if len(mentioned) > share * len(claims):
            topical.add(key)
    return frozenset(topical)


def test_topical_entities_finds_what_the_plain_loop_found():
    from claimcheck.align import topical_entities

    claims = [
        claim("A", 0, "Alyaksandr Lukashenka met troops in Minsk."),
        claim("A", 1, "Lukashenka praised the army, President Lukashenko said."),
        claim("B", 0, "Alexander Lukashenko spoke on Sunday in Minsk."),
        claim("B", 1, "Poland closed its border with Belarus."),
        claim("C", 0, "Belarusian leader Alexander Lukashenko met Vladimir Putin."),
        claim("C", 1, "Putin and Lukashenka spoke in Minsk about Poland."),
        claim("D", 0, "The Polish government in Warsaw said the border stays closed."),
    ]
    for share in (0.0, 0.1, 0.2, 0.3, 0.5, 0.9):
        assert topical_entities(claims, share) == _topical_plain(claims, share), share
    assert topical_entities(claims, 0.3)  # some name is the topic at some share


def test_the_bonus_bound_is_never_below_the_bonus():
    """Alignment skips `shared_details` for a pair whose bound cannot reach the
    floor: the bound must hold for every pair, and be tight enough to skip some."""
    from itertools import permutations

    from claimcheck.align import AlignOptions, _bonus_bound, bonus_of, shared_details

    texts = [
        'Lukashenko said on Monday that 40,000 troops were "ready to defend the border".',
        'Alexander Lukashenko told troops on Monday they were "ready to defend the border".',
        "Poland sent 10,000 soldiers and 200 tanks to the border in March 2024.",
        "Polonia envió 10.000 soldados a la frontera, según el ministerio.",
        "The weather was mild.",
        "Officials said about 3,000 people left Minsk and Grodno on Tuesday.",
    ]
    claims = [claim(chr(65 + i), 0, t) for i, t in enumerate(texts)]
    options = AlignOptions()
    bounds = []
    for a, b in permutations(claims, 2):
        bound = _bonus_bound(a, b, options)
        assert bonus_of(shared_details(a, b), options) <= bound + 1e-12, (a.text, b.text)
        bounds.append(bound)
    assert min(bounds) == 0.0 and max(bounds) > options.entity_bonus
