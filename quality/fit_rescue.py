"""Fit the rescue model of claimcheck.align on gold cases, and print its constants.

The aligner keeps a mutual best match only from ``min_similarity`` (0.65) up.
Below that, down to ``rescue_floor``, a small logistic model over the pair's
details (`claimcheck.align.RESCUE_FEATURES`) decides. This script collects
those matches from ../shared/eval/dev and quality/extra with the current
pipeline, labels each by the gold (a gold pair or not), reports five-fold
cross-validation grouped by case (no case is scored by a model that saw it),
and prints the constants to paste into claimcheck/align.py.

    .venv/bin/python quality/fit_rescue.py               # fit, CV, constants
    .venv/bin/python quality/fit_rescue.py --folds 10
    .venv/bin/python quality/fit_rescue.py --exclude new55 --exclude new56  # hold cases out

Plain numpy gradient descent, L2-regularised; deterministic.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "extra"))

from claimcheck import align, api, lexical  # noqa: E402
from claimcheck.embed import get_embedder  # noqa: E402
from claimcheck.evaluate import find_cases, load_case  # noqa: E402
from claimcheck.load import load_sources  # noqa: E402
from claimcheck.settings import Settings  # noqa: E402

SHARED_DEV = HERE.parent.parent / "shared" / "eval" / "dev"


def collect(
    set_dirs: list[Path], exclude: tuple[str, ...] = ()
) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """Features, gold labels (1 = a gold pair) and case names of every band match
    (cases whose name starts with an ``exclude`` prefix left out)."""
    embedder = get_embedder("auto", cache=True)
    # The model is not consulted while collecting: every band match is recorded.
    options = align.AlignOptions(rescue_min_probability=2.0)
    rows, labels, cases = [], [], []
    for case_dir in find_cases(set_dirs):
        if case_dir.name.startswith(exclude):
            continue
        case = load_case(case_dir)
        if case.multilingual:
            continue
        sources = load_sources(case.source_paths)
        _, claims, _, _ = api.prepare_claims(sources, settings=Settings())
        matrix = api.embed_claims(claims, embedder=embedder)
        lex = lexical.lexical_matrix([c.text for c in claims])
        band: list[tuple[str, str, tuple[float, ...]]] = []
        align.align_claims(claims, matrix, options=options, lexical=lex, band=band)

        def claim_at(quote):  # the claim whose sentence holds the quote
            for c in claims:
                if c.source == quote.source and c.sentence.start <= quote.start < c.sentence.end:
                    return c.id
            return None

        gold = {frozenset((claim_at(p.a), claim_at(p.b))) for p in case.pairs}
        for a, b, features in band:
            rows.append(features)
            labels.append(1.0 if frozenset((a, b)) in gold else 0.0)
            cases.append(case.name)
    return np.array(rows, dtype=np.float64), np.array(labels), cases


def fit(
    x: np.ndarray, y: np.ndarray, *, l2: float = 1.0, steps: int = 4000
) -> tuple[np.ndarray, float]:
    w, b = np.zeros(x.shape[1]), 0.0
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(x @ w + b)))
        w -= 0.1 * (x.T @ (p - y) / len(y) + l2 * w / len(y))
        b -= 0.1 * float((p - y).mean())
    return w, b


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--min-probability", type=float, default=0.6)
    parser.add_argument(
        "--exclude", action="append", default=[], help="case name prefix to leave out"
    )
    args = parser.parse_args()
    import run as extra_run  # quality/extra/run.py

    with tempfile.TemporaryDirectory(prefix="claimcheck-rescue-") as tmp:
        extra = extra_run.build(Path(tmp) / "extra")
        x, y, cases = collect([SHARED_DEV, extra], tuple(args.exclude))
    mean, scale = x.mean(axis=0), x.std(axis=0) + 1e-9
    xn = (x - mean) / scale
    names = sorted(set(cases))
    fold_of = {name: i % args.folds for i, name in enumerate(names)}
    fold = np.array([fold_of[c] for c in cases])
    held = np.zeros(len(y))
    for k in range(args.folds):
        w, b = fit(xn[fold != k], y[fold != k])
        held[fold == k] = 1.0 / (1.0 + np.exp(-(xn[fold == k] @ w + b)))
    kept = held >= args.min_probability
    gold = int(y.sum())
    print(f"band matches: {len(y)} in {len(names)} cases, {gold} gold pairs ({y.mean():.2f})")
    print(
        f"cross-validated, p >= {args.min_probability}: keeps {int(kept.sum())}, "
        f"{int(y[kept].sum())} gold (precision {y[kept].mean() if kept.any() else 0:.2f})"
    )
    w, b = fit(xn, y)
    fmt = ", ".join
    print(f"_RESCUE_MEAN = ({fmt(f'{v:.4g}' for v in mean)})")
    print(f"_RESCUE_SCALE = ({fmt(f'{v:.4g}' for v in scale)})")
    print(f"_RESCUE_WEIGHTS = ({fmt(f'{v:.4g}' for v in w)})")
    print(f"_RESCUE_BIAS = {b:.4g}")
    for name, weight in sorted(zip(align.RESCUE_FEATURES, w, strict=True), key=lambda t: t[1]):
        print(f"  {name:12s} {weight:+.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
