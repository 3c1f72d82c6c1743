"""Quality gate: the real pipeline on the gold cases must stay above pinned floors.

Floors live in quality/floors.json and move only on purpose:
``claimcheck eval ../shared/eval/dev ../shared/eval/seeds --floors quality/floors.json --update-floors``.
"""

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
    for metric in ("pair_f1", "label_accuracy", "kind_accuracy", "noise_suppression", "single_source_recall"):
        assert f"dev.{metric}" in floors
    assert "dev.draft_verdict_accuracy" in floors
