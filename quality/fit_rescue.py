"""Fit the pair model of claimcheck.align on gold cases, and print its constants.

The aligner's threshold rules propose pairs (strong, mutual best, one-sided
best); a logistic model over each candidate's details
(`claimcheck.align.PAIR_FEATURES`, standardised, and the product of every two
of them: `claimcheck.align.pair_terms`) vetoes proposed pairs it rates below
``veto_probability`` and adds any candidate it rates at least
``keep_probability``. This script collects every candidate the model weighs
(same language, scoring ``rescue_floor`` or more) from ../shared/eval/dev and
quality/extra with the current pipeline, labels each by the gold (a gold pair
or not), reports five-fold cross-validation grouped by case (no case is scored
by a model that saw it) for a grid of the two probabilities, then the shipped
constants' numbers on the same candidates (in-sample for the cases they were
fitted on, so not comparable with the cross-validated rows), and prints the
constants to paste into claimcheck/align.py.

    .venv/bin/python quality/fit_rescue.py               # fit, CV, constants
    .venv/bin/python quality/fit_rescue.py --folds 10
    .venv/bin/python quality/fit_rescue.py --exclude new221- --exclude new222-  # hold cases out

``--exclude`` takes a case-name prefix (``str.startswith``): "new22" would
also drop new22-... and new220-...; end it with the hyphen of the case
folder's name ("new221-") to drop exactly one case.

The constants in claimcheck/align.py come from the twenty-sixth session's run
with new221 to new250 held out (thirty options, ``--exclude new221-`` to
``--exclude new250-``): 224 same-language cases, 20,006 candidates, 6,522 of
them gold pairs, cross-validated F1 lenient 0.860 at veto 0.3 / keep 0.4
(the linear model over the first 19 features on the same folds: 0.854). Each
run collects the candidates afresh with the current pipeline (~1 minute);
constants fitted before a change to alignment or slot extraction may no
longer match their inputs. The twenty-seventh session's rerun of the same
command (20,010 candidates) gave F1 0.861 at 0.3 / 0.4; the features it tried
and dropped are listed above `claimcheck.align.PAIR_FEATURES`. With a feature
added to ``PAIR_FEATURES`` the shipped constants have too few columns: pad them
(mean 0, scale 1, weights 0, products re-indexed) so the candidates can be
collected; the "shipped" row is then left out.

L2-regularised logistic regression (``--l2``, 10 by default; the bias is not
shrunk) by Newton's method in plain numpy; deterministic.
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
FEATURE = {name: i for i, name in enumerate(align.PAIR_FEATURES)}


class Collected:
    """Every weighed candidate: features, gold label (1 = a gold pair), whether
    the lenient score counts it wrong, its case; and the gold pairs per case."""

    def __init__(self) -> None:
        self.rows: list[tuple[float, ...]] = []
        self.labels: list[float] = []
        self.wrong: list[bool] = []
        self.cases: list[str] = []
        self.gold_pairs: dict[str, int] = {}


def collect(set_dirs: list[Path], exclude: tuple[str, ...] = ()) -> Collected:
    """Candidates of every same-language case (``exclude``: case name prefixes to leave out)."""
    embedder = get_embedder("auto", cache=True)
    options = api.align_options(Settings())
    out = Collected()
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

        def claim_at(source: str, start: int, end: int = -1, claims=claims) -> set[str]:
            """Ids of the claims whose sentences hold the quote starting at
            ``start`` (with ``end``: overlap the noise line)."""
            out = set()
            for c in claims:
                span = c.sentence
                if c.source != source:
                    continue
                inside = span.start <= start < span.end
                overlaps = span.start < end and start < span.end
                if inside if end < 0 else overlaps:
                    out.add(c.id)
            return out

        def key(pair, claim_at=claim_at) -> frozenset[str]:
            a, b = pair.a, pair.b
            return frozenset(claim_at(a.source, a.start) | claim_at(b.source, b.start))

        gold = {k for p in case.pairs if len(k := key(p)) == 2}
        hard = {key(h) for h in case.hard_negatives}
        single = {i for q in case.single_source for i in claim_at(q.source, q.start)}
        noise = {
            i for line in case.noise_lines for i in claim_at(line.source, line.start, line.end)
        }
        name = case_dir.parent.parent.name + "/" + case.name
        out.gold_pairs[name] = len(gold)
        for a, b, features in band:
            pair = frozenset((a, b))
            out.rows.append(features)
            out.labels.append(1.0 if pair in gold else 0.0)
            out.wrong.append(pair in hard or bool(pair & single) or bool(pair & noise))
            out.cases.append(name)
    return out


def fit(
    x: np.ndarray, y: np.ndarray, *, l2: float = 1.0, steps: int = 50
) -> tuple[np.ndarray, float]:
    """Weights and bias minimising log loss + l2 / 2 * |w|^2 (Newton's method)."""
    xb = np.hstack([x, np.ones((len(x), 1))])
    w = np.zeros(xb.shape[1])
    penalty = np.full(xb.shape[1], l2)
    penalty[-1] = 0.0  # the bias is not shrunk
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(xb @ w)))
        grad = xb.T @ (p - y) + penalty * w
        hess = (xb * (p * (1 - p))[:, None]).T @ xb + np.diag(penalty)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-10:
            break
    return w[:-1], float(w[-1])


def proposed(x: np.ndarray, options: align.AlignOptions) -> np.ndarray:
    """Which rows the threshold rules of `align.align_claims` keep."""
    score = x[:, FEATURE["score"]]
    gap_min, gap_max = x[:, FEATURE["gap_min"]], x[:, FEATURE["gap_max"]]
    margin = options.near_best_margin
    return (
        (score >= options.strong_similarity)
        | ((gap_max <= margin) & (score >= options.min_similarity))
        | ((gap_min <= margin) & (score >= options.one_sided_similarity))
    )


def cross_validate(x: np.ndarray, y: np.ndarray, fold: np.ndarray, *, l2: float) -> np.ndarray:
    """Each row's probability from a model fitted on the other folds (each
    fold standardised by its own training rows, as the final fit is)."""
    held = np.zeros(len(y))
    for k in np.unique(fold).tolist():
        train = fold != k
        mu, sd = x[train].mean(axis=0), x[train].std(axis=0) + 1e-9
        terms = align.pair_terms((x - mu) / sd)
        w, b = fit(terms[train], y[train], l2=l2)
        held[~train] = 1.0 / (1.0 + np.exp(-(terms[~train] @ w + b)))
    return held


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--l2", type=float, default=10.0)
    parser.add_argument(
        "--exclude", action="append", default=[], help="case name prefix to leave out"
    )
    args = parser.parse_args()
    import run as extra_run  # quality/extra/run.py

    with tempfile.TemporaryDirectory(prefix="claimcheck-pairs-") as tmp:
        extra = extra_run.build(Path(tmp) / "extra")
        data = collect([SHARED_DEV, extra], tuple(args.exclude))
    x, y = np.array(data.rows, dtype=np.float64), np.array(data.labels)
    wrong, cases = np.array(data.wrong), data.cases
    gold_total = sum(data.gold_pairs.values())
    names = sorted(set(cases))
    fold_of = {name: i % args.folds for i, name in enumerate(names)}
    held = cross_validate(x, y, np.array([fold_of[c] for c in cases]), l2=args.l2)
    print(
        f"candidates weighed: {len(y)} in {len(names)} cases, {int(y.sum())} of them gold pairs; "
        f"{gold_total} gold pairs in all"
    )
    rules = proposed(x, align.AlignOptions())
    # Constants for another set of features (a feature just added) have no row.
    fits = len(align._PAIR_WEIGHTS) == x.shape[1]
    shipped = align.pair_probabilities(x) if fits else None
    print(f"cross-validated ({args.folds} folds by case); recall over all gold pairs")
    print("(shipped: the constants in claimcheck/align.py, not cross-validated):")
    print("  veto  keep   pairs  gold  recall  P strict  P lenient  F1 lenient")
    grid = [
        (None, None), (0.0, 0.5), (0.1, 0.5), (0.2, 0.45), (0.2, 0.5), (0.2, 0.55), (0.25, 0.5),
        (0.3, 0.5), (0.3, 0.4), (0.4, 0.4), (0.25, 0.4), (0.35, 0.4), (0.35, 0.45),
    ]  # fmt: skip
    rows = [(held, veto, keep) for veto, keep in grid] + ([(shipped, 0.3, 0.4)] if fits else [])
    for probability, veto, keep in rows:
        kept = rules if veto is None else (rules & (probability >= veto)) | (probability >= keep)
        right, n = int(y[kept].sum()), int(kept.sum())
        recall, strict = right / gold_total, right / max(n, 1)
        lenient = 1 - int(wrong[kept].sum()) / max(n, 1)
        f1 = 2 * recall * lenient / (recall + lenient)
        label = "rules only" if veto is None else f"{veto:4.2f}  {keep:4.2f}"
        if probability is shipped:
            label = "shipped .3/.4"
        print(
            f"  {label:10s} {n:6d} {right:5d}  {recall:.3f}   {strict:.3f}     "
            f"{lenient:.3f}      {f1:.3f}"
        )
    mean, scale = x.mean(axis=0), x.std(axis=0) + 1e-9
    terms = align.pair_terms((x - mean) / scale)
    w, b = fit(terms, y, l2=args.l2)
    count = len(align.PAIR_FEATURES)

    def constants(values: np.ndarray) -> str:
        lines = [", ".join(f"{v:.4g}" for v in values[i : i + 8]) for i in range(0, len(values), 8)]
        return "(\n    " + ",\n    ".join(lines) + ",\n)  # fmt: skip"

    print(f"_PAIR_MEAN = {constants(mean)}")
    print(f"_PAIR_SCALE = {constants(scale)}")
    print(f"_PAIR_WEIGHTS = {constants(w[:count])}")
    print(f"_PAIR_PRODUCT_WEIGHTS = {constants(w[count:])}")
    print(f"_PAIR_BIAS = {b:.4g}")
    for name, weight in sorted(zip(align.PAIR_FEATURES, w, strict=False), key=lambda t: t[1]):
        print(f"  {name:16s} {weight:+.2f}")
    first, second = np.triu_indices(count, 1)
    print("strongest products:")
    for t in np.argsort(-np.abs(w[count:]), kind="stable")[:10].tolist():
        name_a, name_b = align.PAIR_FEATURES[first[t]], align.PAIR_FEATURES[second[t]]
        print(f"  {name_a} x {name_b}: {w[count + t]:+.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
