"""Quality gate: the real pipeline on the gold cases must stay above pinned floors.

Floors live in quality/floors.json and move only on purpose:
``claimcheck eval ../shared/eval/dev ../shared/eval/seeds --floors quality/floors.json --update-floors``.
The project's own gold (quality/extra: two more compare cases; quality/drafts:
drafts against the shared sources) has floors there too ("extra.*", "drafts.*"),
pinned by hand one item below the measured value (these sets are small: one
flipped item must not fail CI on another CPU).
"""

import importlib.util
from pathlib import Path

import pytest

from claimcheck import api, evaluate
from claimcheck.render import check_to_dict, report_to_dict
from tests.conftest import ROOT, require_shared_eval

FLOORS = ROOT / "quality" / "floors.json"


@pytest.fixture(scope="module")
def result(embedder):
    shared = require_shared_eval()
    sets = [shared / "dev", shared / "seeds"]
    return evaluate.evaluate(
        sets,
        run_compare=lambda paths: report_to_dict(api.compare(paths, embedder=embedder)),
        run_check=lambda draft, paths: check_to_dict(api.check(draft, paths, embedder=embedder)),
    )


@pytest.mark.slow
def test_dev_and_seed_scores_stay_above_pinned_floors(result):
    floors = evaluate.load_floors(FLOORS)
    assert floors, "no floors pinned"
    assert evaluate.check_floors(result, floors) == []


def test_floors_file_covers_the_headline_metrics():
    floors = evaluate.load_floors(Path(FLOORS))
    for metric in (
        "pair_f1",
        "label_accuracy",
        "kind_accuracy",
        "noise_suppression",
        "single_source_recall",
    ):
        assert f"dev.{metric}" in floors
    assert "dev.draft_verdict_accuracy" in floors


def _module(folder: str):
    spec = importlib.util.spec_from_file_location(
        f"{folder}_run", ROOT / "quality" / folder / "run.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def project_result(embedder, tmp_path_factory):
    require_shared_eval()
    root = tmp_path_factory.mktemp("gold")
    _module("drafts").build(root / "drafts")
    extra = _module("extra").build(root / "extra")
    return evaluate.evaluate(
        [extra, root / "drafts"],
        run_compare=lambda paths: report_to_dict(api.compare(paths, embedder=embedder)),
        run_check=lambda draft, paths: check_to_dict(api.check(draft, paths, embedder=embedder)),
    )


@pytest.mark.slow
def test_project_gold_scores_stay_above_pinned_floors(project_result):
    floors = evaluate.load_floors(FLOORS)
    assert {s.name for s in project_result.sets} == {"extra", "drafts"}
    assert any(key.startswith("extra.") for key in floors) and any(
        key.startswith("drafts.") for key in floors
    )
    assert evaluate.check_floors(project_result, floors) == []


@pytest.fixture(scope="module")
def external_result(embedder):
    """The real-text MRPC alignment set (../shared/eval/external): scored on
    alignment only, as its README says (every gold label is "corroborated" by
    construction, and many MRPC pairs differ in figures or days)."""
    mrpc = require_shared_eval() / "external" / "mrpc"
    if not mrpc.is_dir():
        pytest.skip("../shared/eval/external/mrpc is not there")
    return evaluate.evaluate(
        [mrpc],
        run_compare=lambda paths: report_to_dict(api.compare(paths, embedder=embedder)),
        run_check=lambda draft, paths: check_to_dict(api.check(draft, paths, embedder=embedder)),
    )


@pytest.mark.slow
def test_real_paraphrase_alignment_stays_above_pinned_floors(external_result):
    floors = {k: v for k, v in evaluate.load_floors(FLOORS).items() if k.startswith("mrpc.")}
    assert set(floors) == {"mrpc.pair_recall", "mrpc.pair_precision_strict"}
    assert evaluate.check_floors(external_result, floors) == []
