"""Candidate search: exact (dense products) against approximate (faiss HNSW), in one process.

Run on demand from the repo root (not part of the test suite):

    .venv/bin/python benchmarks/bench_search.py                  # both parts, defaults
    .venv/bin/python benchmarks/bench_search.py --articles 100 --sizes 2000,5000

1. The generated corpus (`corpus.py`, ``--articles`` articles; embeddings of the
   distinct sentences, copied to their repeats as ``stages.py --embed unique``
   does): candidate-search and whole ``align_claims`` seconds for each search,
   and how many of the exact path's final candidates (and raw neighbour pairs)
   the approximate path also returns. The corpus cycles ~60 articles, so most
   sentences have identical copies in other sources.
2. Growth: the corpus's stacked vectors (embedding | weighted lexical) cycled
   to each size in ``--sizes`` and perturbed by Gaussian noise (``--noise`` per
   dimension, each part renormalised; no two rows identical), one source per 21
   rows. Candidate-search seconds of both searches and the share of exact
   neighbour pairs found, with the growth exponent (log-log slope).

Runs alternate exact and approximate (``--runs`` of each, best kept), so both
see the same machine load; wall and CPU seconds are printed. Embedding runs
with the cache off but needs the ONNX export in ``CLAIMCHECK_CACHE_DIR`` (or
the default cache folder), as any claimcheck run does.
"""

from __future__ import annotations

import argparse
import math
import os
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpus import write_articles  # noqa: E402  (a sibling script, not a package)

SEARCHES = ("exact", "approximate")


def _clock() -> tuple[float, float]:
    return time.perf_counter(), time.process_time()


def _since(start: tuple[float, float]) -> tuple[float, float]:
    wall, cpu = _clock()
    return wall - start[0], cpu - start[1]


def corpus_claims(articles: int) -> tuple[list, np.ndarray, np.ndarray]:
    """Claims, embeddings (distinct sentences encoded once) and lexical vectors."""
    from claimcheck import api, lexical
    from claimcheck.embed import get_embedder
    from claimcheck.load import load_sources
    from claimcheck.settings import Settings

    settings = Settings(backend="onnx", cache=False)
    with tempfile.TemporaryDirectory(prefix="bench-search-") as folder:
        paths = write_articles(articles, Path(folder))
        sources = load_sources(paths, max_chars=settings.max_chars)
        _kept, claims, _dropped, _warnings = api.prepare_claims(sources, settings=settings)
    texts = [c.text for c in claims]
    distinct = list(dict.fromkeys(texts))
    rows = get_embedder("onnx", cache=False).embed(distinct)
    row_of = {text: i for i, text in enumerate(distinct)}
    matrix = rows[np.array([row_of[t] for t in texts], dtype=np.int64)]
    return list(claims), matrix, lexical.lexical_matrix(texts)


def _search_inputs(claims: list, matrix: np.ndarray, lex: np.ndarray) -> tuple[np.ndarray, ...]:
    # (claims, embeddings, lexical vectors) -> (stacked rows, codes, min_sim)
    """The stacked rows, source codes and similarity floor `align_claims` searches with."""
    from claimcheck import align

    options = align.AlignOptions()
    stacked = np.hstack([matrix, np.sqrt(options.lexical_weight) * lex]).astype(np.float32)
    first: dict[str, int] = {}
    codes = np.array([first.setdefault(c.source, len(first)) for c in claims], dtype=np.int64)
    floor = min(options.min_similarity, options.one_sided_similarity, options.strong_similarity)
    min_sim = np.float64(floor - align.max_evidence_bonus(options))
    return np.ascontiguousarray(stacked), codes, min_sim


def _neighbours(stacked: np.ndarray, codes: np.ndarray, min_sim: float, search: str) -> set:
    from claimcheck import align

    options = align.AlignOptions()
    i, j = align.nearest_per_source(
        stacked,
        codes,
        top_k=options.top_k,
        budget=options.max_neighbours,
        min_sim=min_sim,
        search=search,  # type: ignore[arg-type]
    )
    return set(zip(i.tolist(), j.tolist(), strict=True))


def part_corpus(articles: int, data: tuple[list, np.ndarray, np.ndarray], runs: int) -> None:
    from claimcheck import align

    claims, matrix, lex = data
    stacked, codes, min_sim = _search_inputs(claims, matrix, lex)
    distinct = len({row.tobytes() for row in stacked})
    best: dict[tuple[str, str], tuple[float, float]] = {}
    pairs: dict[str, set] = {}
    candidates: dict[str, set] = {}
    for _ in range(runs):
        for search in SEARCHES:
            start = _clock()
            pairs[search] = _neighbours(stacked, codes, float(min_sim), search)
            took = _since(start)
            best[(search, "search")] = min(best.get((search, "search"), took), took)
            start = _clock()
            options = align.AlignOptions(search=search)  # type: ignore[arg-type]
            found = align.align_claims(claims, matrix, options=options, lexical=lex)
            took = _since(start)
            best[(search, "align")] = min(best.get((search, "align"), took), took)
            candidates[search] = {(c.a, c.b, c.score) for c in found}
    print(f"### 1. Corpus: {articles} articles\n")
    print(
        f"{len(claims)} claims ({distinct} distinct rows), {codes.max() + 1} sources; "
        f"best of {runs} alternating runs. *search* = `nearest_per_source`; *align* = "
        "`align_claims` (lexical vectors given, as `api.compare_sources` computes them first).\n"
    )
    print(
        "| search | search wall s | search CPU s | align wall s | align CPU s "
        "| neighbour pairs | candidates |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|")
    for search in SEARCHES:
        sw, sc = best[(search, "search")]
        aw, ac = best[(search, "align")]
        print(
            f"| {search} | {sw:.2f} | {sc:.2f} | {aw:.2f} | {ac:.2f} | "
            f"{len(pairs[search])} | {len(candidates[search])} |"
        )
    exact, approx = candidates["exact"], candidates["approximate"]
    share = len(exact & approx) / max(len(exact), 1)
    raw = len(pairs["exact"] & pairs["approximate"]) / max(len(pairs["exact"]), 1)
    print(
        f"\nExact candidates (pair and score) also returned by the approximate search: "
        f"{len(exact & approx)}/{len(exact)} ({share:.2%}); extra: {len(approx - exact)}. "
        f"Neighbour pairs: {raw:.2%} of exact, "
        f"{len(pairs['approximate'] - pairs['exact'])} extra.\n"
    )


def perturbed(
    stacked: np.ndarray, codes: np.ndarray, size: int, noise: float, seed: int = 0
) -> tuple[np.ndarray, np.ndarray]:
    """``size`` rows cycling ``stacked``, each part perturbed and renormalised; 21 rows a source."""
    rng = np.random.default_rng(seed)
    rows = stacked[np.arange(size) % len(stacked)]
    weight = float(np.linalg.norm(rows[0, 384:])) or 1.0
    parts = []
    for part, scale in ((rows[:, :384], 1.0), (rows[:, 384:], weight)):
        noisy = part + noise * scale * rng.standard_normal(part.shape, dtype=np.float32)
        norms = np.maximum(np.linalg.norm(noisy, axis=1, keepdims=True), 1e-12)
        parts.append(noisy * (scale / norms))
    return np.ascontiguousarray(np.hstack(parts), dtype=np.float32), np.arange(size) // 21


def _slope(sizes: list[int], seconds: list[float]) -> float:
    x, y = np.log(sizes), np.log(np.maximum(seconds, 1e-6))
    return float(np.polyfit(x, y, 1)[0]) if len(sizes) > 1 else math.nan


def part_growth(
    articles: int,
    data: tuple[list, np.ndarray, np.ndarray],
    sizes: list[int],
    noise: float,
    runs: int,
) -> None:
    claims, matrix, lex = data
    stacked, codes, min_sim = _search_inputs(claims, matrix, lex)
    print(f"### 2. Growth: perturbed corpus rows (noise {noise} per dimension)\n")
    print(
        f"Rows of the {articles}-article corpus cycled to each size, perturbed (no identical "
        f"rows), 21 rows a source; best of {runs} alternating runs of `nearest_per_source`.\n"
    )
    print(
        "| rows | exact wall s | exact CPU s | approximate wall s | approximate CPU s | "
        "neighbour pairs found | extra |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|")
    walls: dict[str, list[float]] = {s: [] for s in SEARCHES}
    for size in sizes:
        rows, row_codes = perturbed(stacked, codes, size, noise)
        best: dict[str, tuple[float, float]] = {}
        found: dict[str, set] = {}
        for _ in range(runs):
            for search in SEARCHES:
                start = _clock()
                found[search] = _neighbours(rows, row_codes, float(min_sim), search)
                took = _since(start)
                best[search] = min(best.get(search, took), took)
        for search in SEARCHES:
            walls[search].append(best[search][0])
        share = len(found["exact"] & found["approximate"]) / max(len(found["exact"]), 1)
        extra = len(found["approximate"] - found["exact"])
        print(
            f"| {size} | {best['exact'][0]:.2f} | {best['exact'][1]:.2f} | "
            f"{best['approximate'][0]:.2f} | {best['approximate'][1]:.2f} | "
            f"{share:.4%} | {extra} |",
            flush=True,
        )
    slopes = ", ".join(f"{s} {_slope(sizes, walls[s]):.2f}" for s in SEARCHES)
    last = ", ".join(f"{s} {_slope(sizes[-2:], walls[s][-2:]):.2f}" for s in SEARCHES)
    print(
        f"\nGrowth exponent of wall time (log-log slope, all sizes): {slopes}; "
        f"between the two largest sizes: {last}."
    )
    pairs = zip(sizes, walls["exact"], walls["approximate"], strict=True)
    faster = [n for n, e, a in pairs if a < e]
    print(f"Approximate faster from: {faster[0] if faster else 'none of these sizes'} rows.\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--sizes", default="2000,5000,10000,21000,50000")
    parser.add_argument("--noise", type=float, default=0.05)
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--parts", default="1,2")
    args = parser.parse_args()
    parts = {int(p) for p in args.parts.split(",")}
    command = " ".join([".venv/bin/python", *sys.argv])
    load = os.getloadavg()[0]
    print(f"Command: `{command}`; load average {load:.2f} on {os.cpu_count()} cores at start.\n")
    data = corpus_claims(args.articles)
    if 1 in parts:
        part_corpus(args.articles, data, args.runs)
    if 2 in parts:
        sizes = [int(s) for s in args.sizes.split(",")]
        part_growth(args.articles, data, sizes, args.noise, args.runs)
    print(f"_(load average {os.getloadavg()[0]:.2f} at the end)_")


if __name__ == "__main__":
    main()
