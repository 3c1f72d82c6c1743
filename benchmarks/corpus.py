"""Benchmark inputs built from the shared eval cases (never copied into the repo).

``article_pool`` lists every source file of the dev, seeds and external/mrpc
cases; ``write_articles`` cycles through that pool to make any number of
articles with distinct stems in a scratch folder, so the scaling benchmark can
run the real pipeline on 10, 100 or 1,000 files.
"""

from __future__ import annotations

import shutil
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
EVAL = REPO / ".." / "shared" / "eval"
POOL_SETS = ("dev", "seeds", "external/mrpc")
# The project's own cases (quality/extra): with them the pool holds 807
# distinct articles, enough for a run in which no text repeats.
EXTRA = REPO / "quality" / "extra" / "cases"


def article_pool(extra: bool = False) -> list[Path]:
    """Every source file of the shared cases (and with ``extra`` the project's), in a fixed order."""
    pool = [
        path
        for name in POOL_SETS
        for path in sorted((EVAL / name / "cases").glob("*/sources/*.txt"))
    ]
    if not pool:
        raise SystemExit(f"No shared eval sources found under {EVAL.resolve()}")
    if extra:
        pool += sorted(EXTRA.glob("*/sources/*.txt"))
    return pool


def write_articles(count: int, folder: Path, *, extra: bool = False) -> list[Path]:
    """Copy ``count`` articles into ``folder`` by cycling the pool.

    Stems are ``a0000_<case>_<outlet>`` so source ids stay distinct and sort in
    creation order. Copies of one file are identical texts: at 1,000 articles
    each pool file appears ~17 times, which is the hardest case for alignment
    (every copy is a perfect match for every other copy).
    """
    pool = article_pool(extra)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(count):
        source = pool[index % len(pool)]
        case = source.parent.parent.name
        target = folder / f"a{index:04d}_{case}_{source.stem}.txt"
        shutil.copyfile(source, target)
        paths.append(target)
    return paths
