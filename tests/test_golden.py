"""Golden reports: the seeds compare, rendered and compared byte for byte.

``make golden-update`` (CLAIMCHECK_UPDATE_GOLDEN=1) rewrites the expected files
after a deliberate change; review the diff. Must-contain checks on the seeds
report complement the exact comparison with what an editor must see.
"""

import json
import os
import re

import pytest

from claimcheck import api
from claimcheck.render import render_csv, render_json, render_markdown, report_to_dict
from tests.conftest import ROOT

GOLDEN = ROOT / "fixtures" / "golden" / "seeds"
SEEDS = ["seeds/RFERL.txt", "seeds/DW.txt"]


@pytest.fixture(scope="module")
def report(embedder):
    cwd = os.getcwd()
    os.chdir(ROOT)  # paths in the report are as given: keep them relative
    try:
        return api.compare(SEEDS, embedder=embedder)
    finally:
        os.chdir(cwd)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("name", "render"),
    [
        ("expected.md", render_markdown),
        ("expected.json", lambda r: render_json(report_to_dict(r))),
        ("expected.csv", render_csv),
    ],
)
def test_seeds_report_matches_golden(report, name, render):
    text = render(report)
    path = GOLDEN / name
    if os.environ.get("CLAIMCHECK_UPDATE_GOLDEN"):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    expected = path.read_text(encoding="utf-8")
    # Every word, id, label and offset must match exactly; the similarity scores only
    # nearly: int8 kernels differ by CPU (AVX2 vs AVX-512 VNNI moved one score by 0.0008).
    got_shape, got_scores = _split_scores(text)
    want_shape, want_scores = _split_scores(expected)
    assert got_shape == want_shape
    assert got_scores == pytest.approx(want_scores, abs=SCORE_TOLERANCE)


SCORE_TOLERANCE = 0.011  # one unit in the last place of a two-decimal score, and a little
# Markdown "score 0.67", JSON "score"/"cosine"/"probability" values, the CSV score column
# (before weak_match) and probability column (before rule).
_SCORE = re.compile(
    r'(?:(?<=score )|(?<="score": )|(?<="cosine": )|(?<="probability": ))[01]\.\d+'
    r"|(?<=,)[01]\.\d+(?=,[a-z_]+(?:,|$))",
    re.M,
)


def _split_scores(text):
    """The text with each score (0.xx to 1.xxxx) replaced by a mark, and the scores."""
    return _SCORE.sub("<score>", text), [float(m) for m in _SCORE.findall(text)]


def test_golden_comparison_tolerates_only_score_noise():
    text = (
        '"score": 0.8651, "cosine": 0.7, "probability": 0.912, "min_similarity": 0.65,\n'
        "<sub>score 0.67</sub> 0.5\nx,0.12,0.6681,no,0.431,no_conflict,7-2 ↔ seven to two"
    )
    shape, scores = _split_scores(text)
    assert scores == [0.8651, 0.7, 0.912, 0.67, 0.6681, 0.431]
    assert shape == (
        '"score": <score>, "cosine": <score>, "probability": <score>, "min_similarity": 0.65,\n'
        "<sub>score <score></sub> 0.5\nx,0.12,<score>,no,<score>,no_conflict,7-2 ↔ seven to two"
    )


def _pair(data, label, a_part, b_part):
    claims = {c["id"]: c["text"] for c in data["claims"]}
    for p in data["pairs"]:
        ta, tb = claims[p["a"]], claims[p["b"]]
        if p["label"] == label and (
            (a_part in ta and b_part in tb) or (a_part in tb and b_part in ta)
        ):
            return p
    return None


@pytest.mark.slow
def test_seeds_report_shows_what_an_editor_needs(report):
    data = report_to_dict(report)
    assert _pair(data, "corroborated", '"probably" S-400', "S-400")
    assert _pair(data, "corroborated", "September 9", "Thursday of last week")
    assert _pair(data, "corroborated", "October-November", "On November 4")
    assert _pair(data, "corroborated", "joint military exercises", "joint military exercises")
    assert not _pair(data, "corroborated", "two sovereign states", "not aiming our rockets")
    assert not _pair(data, "divergent", "two sovereign states", "not aiming our rockets")
    texts = " ".join(c["text"] for c in data["claims"])
    for noise in (
        "Skip to content",
        "XS",
        "16x9 Image",
        "RFE/RL journalists report",
        "Image: BelTA",
        "To find out more",
    ):
        assert noise not in texts


@pytest.mark.slow
@pytest.mark.xfail(
    strict=True,
    reason="known gap: the 'dozens of aircraft' and '$1 billion' sentences score 0.56 "
    "(cosine 0.54), below the 0.65 alignment threshold, and each has closer partners "
    "(0.78 and 0.68), so the pair model rates it below its 0.4 bar; the judge labels the pair "
    "correctly once aligned (see test_judge.py)",
)
def test_seeds_amount_divergence_is_reported(report):
    data = report_to_dict(report)
    amount = _pair(data, "divergent", "dozens of aircraft", "$1 billion")
    assert amount is not None and amount["kind"] == "amount"
    assert "dozens" in amount["value_a"] and "$1 billion" in amount["value_b"]


@pytest.mark.slow
def test_claim_offsets_slice_the_source_text(report):
    texts = {s.id: s.text for s in report.sources}
    for claim in report_to_dict(report)["claims"]:
        assert texts[claim["source"]][claim["start"] : claim["end"]] == claim["text"]


def test_checked_in_seeds_report_is_current():
    """reports/seeds.md is what `make report` writes; it must match the golden file."""
    assert (ROOT / "reports" / "seeds.md").read_text(encoding="utf-8") == (
        GOLDEN / "expected.md"
    ).read_text(encoding="utf-8")
    assert json.loads((ROOT / "reports" / "seeds.json").read_text()) == json.loads(
        (GOLDEN / "expected.json").read_text()
    )
