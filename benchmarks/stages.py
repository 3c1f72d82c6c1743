"""Time each pipeline stage of ``compare`` on N generated articles, in one process.

Run by ``run_all.py`` in a fresh process per size (so peak RSS belongs to that
size alone); also usable by hand from the repo root:

    .venv/bin/python benchmarks/stages.py --articles 100 [--backend onnx]

It calls the stage functions of `claimcheck.api` directly, in the order
`compare_sources` does, and prints one JSON line: counts, seconds per stage and
peak RSS. Embedding runs with the cache off (every sentence is encoded), and the
model is loaded by a one-sentence warm-up that is timed on its own.

``--pool all`` adds the project's own cases to the pool, so up to 807
articles can run with no text repeated (caches keyed by sentence text then
save nothing).

``--embed unique`` encodes each distinct sentence once and copies the rows to
its repeats (the generated articles cycle a pool of ~60 files, so 1,000
articles hold ~1,200 distinct sentences). The reported embed time is then the
measured time per distinct sentence times the number of sentences, i.e. what
encoding them all would cost, and ``embed_scaled`` is true. This keeps the
1,000-article run within a time budget while the other stages run for real.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import write_articles


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_stages(
    count: int, backend: str, embed_mode: str = "all", extra: bool = False
) -> dict[str, object]:
    """Generate ``count`` articles and time load+prepare, model, embed, align, judge, render."""
    from claimcheck import align, api, judge, lexical
    from claimcheck.embed import get_embedder
    from claimcheck.load import load_sources
    from claimcheck.records import Report
    from claimcheck.render import render_json, render_markdown, report_to_dict
    from claimcheck.settings import Settings

    settings = Settings(backend=backend, cache=False)
    seconds: dict[str, float] = {}
    rss_after: dict[str, float] = {}  # peak RSS so far, after each stage
    with tempfile.TemporaryDirectory(prefix="bench-stages-") as folder:
        paths = write_articles(count, Path(folder), extra=extra)

        began = time.perf_counter()
        sources = load_sources(paths, max_chars=settings.max_chars)
        kept, claims, dropped, _warnings = api.prepare_claims(sources, settings=settings)
        seconds["prepare"] = time.perf_counter() - began
        rss_after["prepare"] = _peak_rss_mb()

    began = time.perf_counter()
    embedder = get_embedder(backend, cache=False)
    embedder.embed(["Warm-up sentence to load the model."])
    seconds["model load"] = time.perf_counter() - began
    rss_after["model load"] = _peak_rss_mb()

    began = time.perf_counter()
    if embed_mode == "unique":
        import numpy as np

        texts = [c.text for c in claims]
        distinct = list(dict.fromkeys(texts))
        rows = embedder.embed(distinct)
        row_of = {text: i for i, text in enumerate(distinct)}
        matrix = rows[np.array([row_of[t] for t in texts], dtype=np.int64)]
        seconds["embed"] = (time.perf_counter() - began) * len(texts) / max(len(distinct), 1)
    else:
        matrix = api.embed_claims(claims, embedder=embedder)
        seconds["embed"] = time.perf_counter() - began
    rss_after["embed"] = _peak_rss_mb()

    began = time.perf_counter()
    options = api.align_options(settings)
    # As `api.compare_sources` does: the lexical vectors are part of alignment.
    lex = lexical.lexical_matrix([c.text for c in claims]) if options.lexical_weight > 0 else None
    candidates = align.align_claims(claims, matrix, options=options, lexical=lex)
    seconds["align"] = time.perf_counter() - began
    rss_after["align"] = _peak_rss_mb()

    began = time.perf_counter()
    by_id = {c.id: c for c in claims}
    pairs = judge.judge_pairs(candidates, by_id)
    seconds["judge"] = time.perf_counter() - began
    rss_after["judge"] = _peak_rss_mb()

    began = time.perf_counter()
    paired = {p.a for p in pairs} | {p.b for p in pairs}
    report = Report(
        sources=tuple(sources),
        claims=claims,
        pairs=pairs,
        single_source=tuple(c.id for c in claims if c.id not in paired),
        dropped=dropped,
        settings=dict(settings.as_dict()),
    )
    markdown = render_markdown(report)
    as_json = render_json(report_to_dict(report))
    seconds["render"] = time.perf_counter() - began
    rss_after["render"] = _peak_rss_mb()

    return {
        "articles": count,
        "embed_scaled": embed_mode == "unique",
        "sources": len(kept),
        "claims": len(claims),
        "candidates": len(candidates),
        "pairs": len(pairs),
        "output_kb": (len(markdown) + len(as_json)) // 1024,
        "seconds": seconds,
        "peak_rss_mb": _peak_rss_mb(),
        "peak_rss_after_mb": rss_after,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, required=True)
    parser.add_argument("--backend", default="onnx", choices=["onnx", "torch"])
    parser.add_argument("--embed", default="all", choices=["all", "unique"])
    parser.add_argument(
        "--pool",
        default="shared",
        choices=["shared", "all"],
        help="articles to cycle: the shared cases (~57) or those plus quality/extra (807)",
    )
    args = parser.parse_args()
    print(json.dumps(run_stages(args.articles, args.backend, args.embed, args.pool == "all")))


if __name__ == "__main__":
    main()
