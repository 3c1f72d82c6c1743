"""Tests for the evaluator: gold loading, offset matching, metrics, floors.

The scoring tests use a small hand-written case (three sources about an invented
storm) and hand-made tool outputs, so every expected number can be checked by
hand. The last tests load the real dev and seed cases when they are present.
"""

from __future__ import annotations

import importlib.util
import itertools
import json
import math
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.errors import UsageError
from claimcheck.evaluate import (
    CaseResult,
    CaseScores,
    CompareCounts,
    DraftCounts,
    EvalResult,
    GoldFormatError,
    SetResult,
    check_floors,
    compare_metrics,
    draft_metrics,
    evaluate,
    find_cases,
    floors_apply,
    load_case,
    load_floors,
    render_table,
    result_to_json,
    score_check,
    score_compare,
    write_floors,
)

EVAL_DIR = Path(__file__).parents[1] / ".." / "shared" / "eval"

SOURCES = {
    "ALPHA": [
        "Storm hits coast",
        "Published: 2024-05-02",
        "Home | News | World",
        "The storm made landfall on Tuesday near the port city of Veld.",
        "At least 12 people were killed in the flooding, officials said.",
        "Photo: waves crash over the harbour wall (Alpha)",
        "The mayor of Veld ordered an evacuation of the old town.",
        "Schools in the region will stay closed until Friday.",
        "Photo: waves crash over the harbour wall (Alpha)",
        "Short line here.",
    ],
    "BETA": [
        "Veld storm kills 12",
        "Published: 2024-05-02",
        "Subscribe to our newsletter",
        "A powerful storm came ashore near Veld on Tuesday.",
        "Twelve people died in the floods, according to officials.",
        "The mayor of Veld said rescue teams had reached every district.",
        "Last year a smaller storm killed three people in the same region.",
        "Share this article",
    ],
    "GAMMA": [
        "Deadly storm batters Veld",
        "Published: 2024-05-03",
        "By Jane Doe",
        "The storm reached the coast near Veld on Wednesday.",
        "Officials said 15 people had been killed.",
        "The national weather office said the storm was weakening.",
        "Related: How to prepare for a flood season",
    ],
}
DRAFT = [
    "Storm draft",
    "Published: 2024-05-02",
    "A storm made landfall near Veld on Tuesday.",
    "Twenty people were killed in the floods.",
    "The mayor of Veld ordered an evacuation.",
    "The storm is expected to return next week.",
]

# Sentence handles used by gold and by the hand-made outputs.
S = {
    "A1": ("ALPHA", "The storm made landfall on Tuesday near the port city of Veld."),
    "A2": ("ALPHA", "At least 12 people were killed in the flooding, officials said."),
    "A3": ("ALPHA", "The mayor of Veld ordered an evacuation of the old town."),
    "A4": ("ALPHA", "Schools in the region will stay closed until Friday."),
    "B1": ("BETA", "A powerful storm came ashore near Veld on Tuesday."),
    "B2": ("BETA", "Twelve people died in the floods, according to officials."),
    "B3": ("BETA", "The mayor of Veld said rescue teams had reached every district."),
    "B4": ("BETA", "Last year a smaller storm killed three people in the same region."),
    "G1": ("GAMMA", "The storm reached the coast near Veld on Wednesday."),
    "G2": ("GAMMA", "Officials said 15 people had been killed."),
    "G3": ("GAMMA", "The national weather office said the storm was weakening."),
}
# Gold pairs: (a, b, label, kind).
PAIRS = [
    ("A1", "B1", "corroborated", None),
    ("A1", "G1", "divergent", "date"),
    ("B1", "G1", "divergent", "date"),
    ("A2", "B2", "corroborated", None),
    ("A2", "G2", "divergent", "number"),
    ("B2", "G2", "divergent", "number"),
]
SINGLES = ["A3", "A4", "B3", "B4", "G3"]


def quote(handle: str) -> dict:
    """Gold quote: the sentence without its final full stop (quotes are substrings)."""
    source, text = S[handle]
    return {"source": source, "quote": text.rstrip(".")}


def gold_json() -> dict:
    return {
        "case": "storm",
        "topic": "an invented storm",
        "languages": ["en"],
        "multilingual": False,
        "optional": False,
        "pairs": [
            {"a": quote(a), "b": quote(b), "label": label, "kind": kind, "why": "test"}
            for a, b, label, kind in PAIRS
        ],
        "single_source": [quote(h) for h in SINGLES],
        "single_source_clauses": [],
        "hard_negatives": [{"a": quote("A3"), "b": quote("B3"), "why": "different acts"}],
        "noise": [
            {"source": "ALPHA", "quote": "Home | News | World"},
            {"source": "ALPHA", "quote": "waves crash over the harbour wall"},  # both copies
            {"source": "BETA", "quote": "Subscribe to our newsletter"},
            {"source": "BETA", "quote": "Share this article"},
            {"source": "GAMMA", "quote": "By Jane Doe"},
            {"source": "GAMMA", "quote": "Related: How to prepare for a flood season"},
        ],
        "draft": [
            {
                "quote": DRAFT[2],
                "label": "supported",
                "kind": None,
                "source_quote": quote("A1"),
                "disputed": True,
                "conflicting_quote": quote("G1"),
                "why": "Tuesday vs Wednesday",
            },
            {
                "quote": DRAFT[3],
                "label": "contradicted",
                "kind": "number",
                "source_quote": quote("B2"),
                "why": "12, not 20",
            },
            {
                "quote": DRAFT[4],
                "label": "supported",
                "kind": None,
                "source_quote": quote("A3"),
                "why": "same",
            },
            {
                "quote": DRAFT[5],
                "label": "unsupported",
                "kind": None,
                "source_quote": None,
                "why": "nobody says so",
            },
        ],
    }


def write_case(root: Path, name: str = "storm", gold: dict | None = None) -> Path:
    case = root / name
    (case / "sources").mkdir(parents=True)
    for source, lines in SOURCES.items():
        (case / "sources" / f"{source}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (case / "draft.txt").write_text("\n".join(DRAFT) + "\n", encoding="utf-8")
    data = gold if gold is not None else gold_json()
    data["case"] = name
    (case / "gold.json").write_text(json.dumps(data), encoding="utf-8")
    return case


def text_of(source: str) -> str:
    return "\n".join(SOURCES[source]) + "\n"


def claim(handle: str, text: str | None = None, source: str | None = None) -> dict:
    """A tool claim for a sentence handle (or arbitrary text of a source)."""
    src, sentence = S[handle] if handle in S else (source, text)
    start = text_of(src).find(sentence)
    assert start >= 0
    return {
        "id": f"{src}#{handle}",
        "source": src,
        "text": sentence,
        "start": start,
        "end": start + len(sentence),
    }


def cid(handle: str) -> str:
    return f"{S[handle][0]}#{handle}"


def pair(a: str, b: str, label: str, kind: str | None) -> dict:
    return {"a": cid(a), "b": cid(b), "label": label, "kind": kind, "score": 0.8}


def perfect_output() -> dict:
    return {
        "sources": [],
        "claims": [claim(h) for h in S],
        "pairs": [pair(a, b, label, kind) for a, b, label, kind in PAIRS],
        "single_source": [cid(h) for h in SINGLES],
        "dropped": [],
    }


def draft_claim(i: int, verdict: str, kind: str | None = None, disputed: bool = False) -> dict:
    text = "\n".join(DRAFT) + "\n"
    start = text.find(DRAFT[i])
    return {
        "id": f"draft#{i}",
        "text": DRAFT[i],
        "start": start,
        "end": start + len(DRAFT[i]),
        "verdict": verdict,
        "kind": kind,
        "disputed": disputed,
        "evidence": [],
    }


def perfect_check() -> dict:
    return {
        "sources": [],
        "claims": [
            draft_claim(2, "supported", disputed=True),
            draft_claim(3, "contradicted", "number"),
            draft_claim(4, "supported"),
            draft_claim(5, "unsupported"),
        ],
    }


@pytest.fixture
def case_dir(tmp_path: Path) -> Path:
    return write_case(tmp_path / "set" / "cases")


# ------------------------------------------------------------------ loading


def test_load_case_locates_every_quote_and_both_caption_copies(case_dir):
    case = load_case(case_dir)
    assert len(case.pairs) == 6 and len(case.single_source) == 5
    for p in case.pairs:
        for q in (p.a, p.b):
            assert case.text_of(q.source)[q.start : q.end] == q.text
    # Six noise quotes, seven lines: the repeated caption counts twice.
    assert len(case.noise_lines) == 7
    assert sum("harbour wall" in ln.text for ln in case.noise_lines) == 2
    for ln in case.noise_lines:
        assert case.text_of(ln.source)[ln.start : ln.end] == ln.text
    labels = [e.label for e in case.draft]
    assert labels == ["supported", "contradicted", "supported", "unsupported"]
    assert case.draft_text[case.draft[1].quote.start :].startswith("Twenty people")
    assert [p.name for p in case.source_paths] == ["ALPHA.txt", "BETA.txt", "GAMMA.txt"]


def test_load_case_rejects_a_quote_missing_from_its_source(tmp_path):
    gold = gold_json()
    gold["single_source"].append({"source": "BETA", "quote": "This sentence is not in the file"})
    with pytest.raises(GoldFormatError, match="not found in BETA"):
        load_case(write_case(tmp_path, gold=gold))


def test_short_noise_quote_must_be_a_whole_line(tmp_path):
    gold = gold_json()
    gold["noise"].append({"source": "ALPHA", "quote": "News | World"})  # 3 words, part of a line
    with pytest.raises(GoldFormatError, match="matches no line"):
        load_case(write_case(tmp_path, gold=gold))


def _set(gold: dict, key: str, value: object) -> dict:
    gold[key] = value
    return gold


def _set_in(gold: dict, key: str, index: int, field: str, value: object) -> dict:
    gold[key][index][field] = value
    return gold


def _replace_at(gold: dict, key: str, index: int, value: object) -> dict:
    gold[key][index] = value
    return gold


# (mutation of gold.json, what the one-line message must name besides the file)
MALFORMED_GOLD = {
    "top-level list": (lambda g: [], "JSON object"),
    "pairs a string": (lambda g: _set(g, "pairs", "x"), "pairs"),
    "pairs null": (lambda g: _set(g, "pairs", None), "pairs"),
    "pair an int": (lambda g: _replace_at(g, "pairs", 0, 7), "pairs[0]"),
    "noise an int": (lambda g: _set(g, "noise", 5), "noise"),
    "noise entry a string": (lambda g: _set(g, "noise", ["By Jane Doe"]), "noise[0]"),
    "single_source an object": (lambda g: _set(g, "single_source", {}), "single_source"),
    "hard negative an int": (lambda g: _set(g, "hard_negatives", [1]), "hard_negatives[0]"),
    "draft entry an int": (lambda g: _set(g, "draft", [3]), "draft[0]"),
    "pair label unknown": (lambda g: _set_in(g, "pairs", 0, "label", "bogus"), "pairs[0].label"),
    "pair label not lower case": (
        lambda g: _set_in(g, "pairs", 0, "label", "Corroborated"),
        "pairs[0].label",
    ),
    "pair label missing": (lambda g: _set_in(g, "pairs", 0, "label", None), "pairs[0].label"),
    "divergent kind unknown": (lambda g: _set_in(g, "pairs", 1, "kind", "colour"), "pairs[1].kind"),
    "divergent kind null": (lambda g: _set_in(g, "pairs", 1, "kind", None), "pairs[1].kind"),
    "draft label unknown": (lambda g: _set_in(g, "draft", 0, "label", "bogus"), "draft[0].label"),
    "contradicted kind unknown": (
        lambda g: _set_in(g, "draft", 1, "kind", "colour"),
        "draft[1].kind",
    ),
    "pair multilingual not a boolean": (
        lambda g: _set_in(g, "pairs", 0, "multilingual", "false"),
        "pairs[0].multilingual",
    ),
    "draft disputed not a boolean": (
        lambda g: _set_in(g, "draft", 0, "disputed", "yes"),
        "draft[0].disputed",
    ),
    "case multilingual not a boolean": (lambda g: _set(g, "multilingual", 1), "multilingual"),
    # QA pass 6: each of these was accepted and skewed the scores.
    "field misspelled": (
        lambda g: {("pairz" if k == "pairs" else k): v for k, v in g.items()},
        "pairz",
    ),
    "case is not the folder": (lambda g: _set(g, "case", "flood"), "case"),
    "pair listed twice": (lambda g: _set(g, "pairs", [*g["pairs"], g["pairs"][0]]), "pairs[6]"),
    "pair within one source": (
        lambda g: _set_in(g, "pairs", 0, "b", g["pairs"][0]["a"]),
        "pairs[0]",
    ),
    "corroborated pair with a kind": (
        lambda g: _set_in(g, "pairs", 0, "kind", "number"),
        "pairs[0].kind",
    ),
}


def _write_gold(case: Path, gold: object) -> Path:
    (case / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    return case


@pytest.mark.parametrize("name", sorted(MALFORMED_GOLD))
def test_malformed_gold_raises_one_line_naming_the_file_and_field(tmp_path, name):
    mutate, field_name = MALFORMED_GOLD[name]
    case = _write_gold(write_case(tmp_path), mutate(gold_json()))
    with pytest.raises(GoldFormatError) as info:
        load_case(case)
    message = str(info.value)
    assert str(case / "gold.json") in message
    assert field_name in message
    assert "\n" not in message


def test_gold_without_optional_keys_still_loads(tmp_path):
    # The gold README shows the keys but does not call any of them required;
    # an absent list (and a null draft) is read as empty, as before.
    gold = gold_json()
    for key in ("pairs", "hard_negatives", "noise", "single_source_clauses"):
        del gold[key]
    gold["draft"] = None
    case = write_case(tmp_path, gold=gold)
    (case / "draft.txt").unlink()
    loaded = load_case(case)
    assert loaded.pairs == () and loaded.noise_lines == () and loaded.draft == ()
    assert len(loaded.single_source) == 5


@pytest.mark.parametrize("layout", ["empty folder", "empty cases folder", "case without gold"])
def test_evaluate_refuses_a_set_with_nothing_to_score(tmp_path, layout):
    target = tmp_path / "set"
    if layout == "empty folder":
        target.mkdir()
    elif layout == "empty cases folder":
        (target / "cases").mkdir(parents=True)
    else:
        target = write_case(tmp_path)
        (target / "gold.json").unlink()
    with pytest.raises(UsageError, match=r"^no cases with gold\.json under .*set"):
        evaluate([target], run_compare=lambda paths: perfect_output())


def test_evaluate_refuses_an_empty_set_given_beside_a_good_one(tmp_path):
    good = write_case(tmp_path / "dev" / "cases").parent.parent
    (tmp_path / "typo").mkdir()
    calls = []
    with pytest.raises(UsageError, match=r"no cases with gold\.json under"):
        evaluate([good, tmp_path / "typo"], run_compare=lambda paths: calls.append(paths) or {})
    assert calls == []  # found before the tool ran on anything


@pytest.mark.parametrize("second", ["same", "cases folder", "one case", "trailing slash"])
def test_evaluate_refuses_a_set_given_twice(tmp_path, second):
    dev = tmp_path / "dev"
    write_case(dev / "cases", "a")
    other = {
        "same": dev,
        "cases folder": dev / "cases",
        "one case": dev / "cases" / "a",
        "trailing slash": Path(f"{dev}/"),
    }[second]
    calls = []
    with pytest.raises(UsageError, match="given twice") as info:
        evaluate([dev, other], run_compare=lambda paths: calls.append(paths) or {})
    assert "\n" not in str(info.value) and "case a given twice" in str(info.value)
    assert calls == []


def test_evaluate_keeps_two_different_sets_with_the_same_folder_name(tmp_path):
    one = write_case(tmp_path / "x" / "dev" / "cases", "a").parent.parent
    two = write_case(tmp_path / "y" / "dev" / "cases", "a").parent.parent
    result = evaluate([one, two], run_compare=lambda paths: perfect_output())
    assert [s.name for s in result.sets] == ["dev", "dev+"]
    assert result.compare.gold_pairs == 12


@pytest.mark.parametrize("given", ["set", "cases folder"])
def test_evaluate_refuses_a_case_folder_without_its_gold_file(tmp_path, given):
    cases = tmp_path / "dev" / "cases"
    write_case(cases, "a")
    (write_case(cases, "b") / "gold.json").unlink()
    (cases / "notes").mkdir()  # a folder without sources/ is no case: ignored
    calls = []
    target = tmp_path / "dev" if given == "set" else cases
    with pytest.raises(UsageError, match=r"b: a case folder with sources/ but no gold\.json"):
        evaluate([target], run_compare=lambda paths: calls.append(paths) or {})
    assert calls == []


def test_evaluate_checks_every_gold_file_before_running_the_tool(tmp_path):
    cases = tmp_path / "dev" / "cases"
    write_case(cases, "a")
    _write_gold(write_case(cases, "b"), _set(_set(gold_json(), "case", "b"), "noise", 5))
    calls = []
    with pytest.raises(GoldFormatError, match="noise"):
        evaluate([tmp_path / "dev"], run_compare=lambda paths: calls.append(paths) or {})
    assert calls == []


def _cli(*args: object):
    from typer.testing import CliRunner

    from claimcheck.cli import app

    return CliRunner().invoke(app, [str(a) for a in args])


def _no_pipeline(monkeypatch):
    """Make any run of the real pipeline fail loudly: input errors must come first."""
    from claimcheck import api

    def boom(*args, **kwargs):
        raise AssertionError("the pipeline ran")

    monkeypatch.setattr(api, "compare", boom)
    monkeypatch.setattr(api, "check", boom)


def _one_line_error(result) -> str:
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    lines = [line for line in result.output.strip().splitlines() if line.strip()]
    assert len(lines) == 1, result.output
    assert lines[0].startswith("claimcheck: error: ")
    return lines[0]


@pytest.mark.parametrize("name", ["top-level list", "pair an int", "draft label unknown"])
def test_cli_eval_malformed_gold_exits_2_with_one_line(tmp_path, monkeypatch, name):
    _no_pipeline(monkeypatch)
    mutate, field_name = MALFORMED_GOLD[name]
    case = _write_gold(write_case(tmp_path), mutate(gold_json()))
    line = _one_line_error(_cli("eval", case, "-q"))
    assert "gold.json" in line and field_name in line


def test_cli_eval_with_nothing_to_score_exits_2_even_with_floors(tmp_path, monkeypatch):
    _no_pipeline(monkeypatch)
    floors = tmp_path / "floors.json"
    floors.write_text("{}", encoding="utf-8")
    (tmp_path / "empty").mkdir()
    line = _one_line_error(_cli("eval", tmp_path / "empty", "-q", "--floors", floors))
    assert "no cases with gold.json under" in line


def test_cli_eval_same_set_twice_exits_2(tmp_path, monkeypatch):
    _no_pipeline(monkeypatch)
    dev = write_case(tmp_path / "dev" / "cases").parent.parent
    assert "given twice" in _one_line_error(_cli("eval", dev, dev, "-q"))


@pytest.mark.parametrize("content", [None, "not json"])
def test_cli_eval_checks_the_floors_file_before_any_case(tmp_path, monkeypatch, content):
    _no_pipeline(monkeypatch)
    floors = tmp_path / "floors.json"
    if content is not None:
        floors.write_text(content, encoding="utf-8")
    case = write_case(tmp_path / "dev" / "cases")
    assert "cannot read floors" in _one_line_error(_cli("eval", case, "-q", "--floors", floors))


def test_find_cases_ignores_files_and_folders_outside_the_set(tmp_path):
    dev = tmp_path / "dev"
    c1 = write_case(dev / "cases", "c1")
    c2 = write_case(dev / "cases", "c2")
    (dev / "cases" / "notes.txt").write_text("not a case")
    (dev / "cases" / "scratch").mkdir()  # no gold.json
    write_case(tmp_path / "other" / "cases", "c3")
    write_case(tmp_path, "c4")  # a sibling of the set folder
    assert find_cases([dev]) == [c1, c2]
    assert find_cases([dev / "cases"]) == [c1, c2]
    assert find_cases([c2]) == [c2]
    assert find_cases([c2, dev]) == [c1, c2]  # sorted, each once


# ------------------------------------------------------------------ compare


def test_perfect_output_scores_one_everywhere(case_dir):
    case = load_case(case_dir)
    scores = score_compare(case, perfect_output())
    m = scores.metrics
    for key in (
        "pair_recall",
        "pair_precision_strict",
        "pair_precision_lenient",
        "pair_f1",
        "pair_f1_strict",
        "label_accuracy",
        "kind_accuracy",
        "divergent_recall",
        "single_source_recall",
        "single_source_precision",
        "noise_suppression",
    ):
        assert m[key] == 1.0, key
    assert m["ml_pair_recall"] is None  # no multilingual pairs in this case
    assert scores.issues == ()
    d = score_check(case, perfect_check()).metrics
    assert all(v == 1.0 for v in d.values()), d


def wrong_output() -> dict:
    out = perfect_output()
    nav = claim("nav", "Home | News | World", "ALPHA")
    out["claims"].append(nav)
    out["pairs"] = [
        pair("A1", "B1", "corroborated", None),
        pair("A1", "G1", "divergent", "number"),  # wrong kind (gold: date)
        pair("B1", "G1", "divergent", "date"),
        pair("A2", "B2", "divergent", "number"),  # wrong label (gold: corroborated)
        pair("G2", "A2", "divergent", "number"),  # reversed order still matches
        # B2-G2 missed
        pair("A3", "B3", "corroborated", None),  # joins the hard negative
        pair("A1", "B2", "divergent", "number"),  # not gold, but harmless for lenient
    ]
    out["single_source"] = [cid("A3"), cid("A4"), cid("B3"), cid("G3"), nav["id"]]  # B4 missed
    return out


def test_wrong_output_scores_what_was_computed_by_hand(case_dir):
    # Gold: 6 pairs (4 divergent), 5 single-source sentences, 7 noise lines.
    # Predicted 7 pairs; 5 match gold (A1-B1, A1-G1, B1-G1, A2-B2, A2-G2).
    #   recall = 5/6; strict precision = 5/7;
    #   lenient: only A3-B3 is wrong (hard negative, and both are single-source) -> 1 - 1/7 = 6/7
    #   F1 = 2*(6/7)*(5/6) / (6/7 + 5/6) = 60/71; strict F1 = 2*(5/7)*(5/6) / (5/7 + 5/6) = 10/13
    # Labels: A2-B2 wrong -> 4/5. Divergent found as divergent: A1-G1, B1-G1, A2-G2 = 3 of 4,
    #   kind wrong on A1-G1 -> 2/3.
    # Single source: 4 of 5 gold listed (B4 missed) -> recall 4/5; the tool's list has 4 right
    #   and the nav line (noise) wrong -> precision 4/5.
    # Noise: the nav line is a claim, the other 6 lines are not -> 6/7.
    scores = score_compare(load_case(case_dir), wrong_output())
    m = scores.metrics
    expected = {
        "pair_recall": Fraction(5, 6),
        "pair_precision_strict": Fraction(5, 7),
        "pair_precision_lenient": Fraction(6, 7),
        "pair_f1": Fraction(60, 71),
        "pair_f1_strict": Fraction(10, 13),
        "label_accuracy": Fraction(4, 5),
        "kind_accuracy": Fraction(2, 3),
        "divergent_recall": Fraction(3, 4),
        "single_source_recall": Fraction(4, 5),
        "single_source_precision": Fraction(4, 5),
        "noise_suppression": Fraction(6, 7),
    }
    for key, value in expected.items():
        assert m[key] == pytest.approx(float(value)), key
    assert scores.counts.divergent_found == 3
    kinds = sorted(i.kind for i in scores.issues)
    assert kinds == [
        "false_pair",
        "false_pair",
        "false_single",
        "missed_pair",
        "missed_single",
        "noise_claim",
        "wrong_kind",
        "wrong_label",
    ]
    false_pairs = [i.text for i in scores.issues if i.kind == "false_pair"]
    assert any("hard negative" in t and "single-source" in t for t in false_pairs)
    assert any("lenient: ok" in t for t in false_pairs)


def test_wrong_check_output_scores_what_was_computed_by_hand(case_dir):
    # Entries: D2 supported+disputed, D3 contradicted/number, D4 supported, D5 unsupported.
    # Output: D2 supported but not flagged disputed; D3 contradicted with kind date;
    #   D4 unsupported (wrong); D5 has no claim (wrong).
    # Accuracy 2/4. Per verdict F1 = 2tp / (2tp + fp + fn):
    #   supported tp1 fn1 -> 2/3; contradicted tp1 -> 1; unsupported fp1 (D4) fn1 (D5) -> 0
    #   macro = (2/3 + 1 + 0) / 3 = 5/9. Contradicted recall 1/1, its kind 0/1, disputed 0/1.
    output = {
        "claims": [
            draft_claim(2, "supported", disputed=False),
            draft_claim(3, "contradicted", "date"),
            draft_claim(4, "unsupported"),
        ]
    }
    scores = score_check(load_case(case_dir), output)
    m = scores.metrics
    assert m["draft_verdict_accuracy"] == 0.5
    assert m["draft_macro_f1"] == pytest.approx(5 / 9)
    assert m["draft_contradicted_recall"] == 1.0
    assert m["draft_contradicted_kind_accuracy"] == 0.0
    assert m["draft_disputed_flagged"] == 0.0
    assert scores.counts.missing_claims == 1
    assert sorted(i.kind for i in scores.issues) == [
        "missed_disputed",
        "missing_draft_claim",
        "wrong_kind",
        "wrong_verdict",
    ]


def test_a_disputed_flag_gold_does_not_give_lowers_disputed_precision(case_dir):
    # Perfect output, plus D4 (gold: supported, not disputed) flagged disputed:
    # verdicts all right, disputed recall 1/1, disputed precision 1/2.
    output = perfect_check()
    output["claims"][2] = draft_claim(4, "supported", disputed=True)
    scores = score_check(load_case(case_dir), output)
    m = scores.metrics
    assert m["draft_verdict_accuracy"] == 1.0
    assert m["draft_disputed_flagged"] == 1.0
    assert m["draft_disputed_precision"] == 0.5
    assert [i.kind for i in scores.issues] == ["false_disputed"]


def test_a_claim_longer_than_the_gold_sentence_still_hits(case_dir):
    # The tool keeps the ALPHA lines A1 and A2 as one claim, newline included; gold
    # quotes start inside that span, so A1-B1 and A2-B2 both still match. The claim
    # ends exactly where the caption line starts, which is not an overlap.
    out = perfect_output()
    text = text_of("ALPHA")
    start = text.find(S["A1"][1])
    end = text.find(S["A2"][1]) + len(S["A2"][1]) + 1
    assert text[end:].startswith("Photo: waves")
    merged = {
        "id": "ALPHA#A1",
        "source": "ALPHA",
        "text": text[start:end],
        "start": start,
        "end": end,
    }
    out["claims"] = [merged] + [claim(h) for h in S if h not in ("A1", "A2")]
    out["pairs"] = [
        pair("A1", "B1", "corroborated", None),
        {"a": "ALPHA#A1", "b": cid("B2"), "label": "corroborated", "kind": None},
    ]
    scores = score_compare(load_case(case_dir), out)
    assert scores.counts.gold_pairs_matched == 2
    assert scores.counts.predicted_matched == 2
    assert scores.counts.claim_errors == 0
    assert scores.metrics["noise_suppression"] == 1.0


def test_a_claim_starting_after_the_quote_start_does_not_hit(case_dir):
    out = perfect_output()
    a1 = claim("A1")
    a1["start"] += 4  # drops "The " from the sentence: the quote's start is outside
    a1["text"] = a1["text"][4:]
    out["claims"] = [a1] + [claim(h) for h in S if h != "A1"]
    scores = score_compare(load_case(case_dir), out)
    assert scores.counts.gold_pairs_matched == 4  # A1-B1 and A1-G1 are lost
    assert any("no claim contains quote a" in i.text for i in scores.issues)


def test_claim_text_that_does_not_match_its_offsets_is_reported(case_dir):
    out = perfect_output()
    out["claims"][0] = {**out["claims"][0], "start": out["claims"][0]["start"] + 1}
    scores = score_compare(load_case(case_dir), out)
    assert scores.counts.claim_errors == 1
    assert any(i.kind == "claim_error" and "text differs" in i.text for i in scores.issues)


def test_undefined_metrics_are_none_and_render_as_dash(case_dir):
    gold = gold_json()
    gold["pairs"] = [p for p in gold["pairs"] if p["label"] == "corroborated"]
    gold["draft"] = []
    case = write_case(case_dir.parent, "nodiv", gold=gold)
    (case / "draft.txt").unlink()
    out = perfect_output()
    out["pairs"] = []
    m = score_compare(load_case(case), out).metrics
    assert m["pair_recall"] == 0.0  # defined: two gold pairs, none found
    assert m["pair_precision_strict"] is None  # nothing predicted
    assert m["pair_precision_lenient"] is None
    assert m["pair_f1"] is None
    assert m["label_accuracy"] is None  # nothing matched
    assert m["kind_accuracy"] is None and m["divergent_recall"] is None
    assert all(v is None for v in draft_metrics(DraftCounts()).values())
    assert all(v is None for v in compare_metrics(CompareCounts()).values())

    result = evaluate([case.parent], run_compare=lambda paths: out)
    assert result.draft is None
    assert result.metrics()["draft_verdict_accuracy"] is None
    assert result_to_json(result)["total"]["metrics"]["pair_f1"] is None
    assert "–" in render_to_text(result)


def test_multilingual_pairs_are_scored_apart_unless_included(tmp_path):
    gold = gold_json()
    gold["pairs"][2]["multilingual"] = True  # B1-G1
    case = load_case(write_case(tmp_path, gold=gold))
    out = perfect_output()
    out["pairs"] = [p for p in out["pairs"] if p["a"] != cid("B2")]  # drop B2-G2
    apart = score_compare(case, out)
    assert apart.counts.gold_pairs == 5 and apart.counts.predicted_pairs == 4
    assert apart.counts.ml_gold_pairs == 1 and apart.counts.ml_matched == 1
    assert apart.counts.ml_predicted == 1
    assert apart.metrics["pair_recall"] == pytest.approx(4 / 5)
    assert apart.metrics["ml_pair_recall"] == 1.0
    together = score_compare(case, out, include_multilingual=True)
    assert together.counts.gold_pairs == 6 and together.counts.predicted_pairs == 5
    assert together.metrics["pair_recall"] == pytest.approx(5 / 6)


def test_single_source_claims_that_hit_nothing_gold_are_ignored(case_dir):
    out = perfect_output()
    short = claim("short", "Short line here.", "ALPHA")
    out["claims"].append(short)
    out["single_source"].append(short["id"])
    out["single_source"].append(cid("A1"))  # a paired sentence: wrong
    scores = score_compare(load_case(case_dir), out)
    assert scores.counts.single_predicted_right == 5
    assert scores.counts.single_predicted_wrong == 1


@settings(max_examples=60, deadline=None)
@given(
    claims=st.lists(
        st.fixed_dictionaries(
            {
                "id": st.text(max_size=8),
                "source": st.sampled_from(["ALPHA", "BETA", "X", ""]),
                "start": st.integers(-5, 500),
                "end": st.integers(-5, 500),
                "text": st.text(max_size=20),
            }
        ),
        max_size=8,
    ),
    ids=st.lists(st.text(max_size=8), max_size=6),
    label=st.one_of(st.none(), st.text(max_size=12)),
)
def test_scoring_never_raises_on_malformed_output(tmp_path_factory, claims, ids, label):
    case = _shared_case(tmp_path_factory)
    pairs = [{"a": a, "b": b, "label": label, "kind": label} for a, b in itertools.pairwise(ids)]
    score_compare(case, {"claims": claims, "pairs": pairs, "single_source": ids})
    score_check(case, {"claims": [{**c, "verdict": label, "disputed": label} for c in claims]})
    score_compare(case, {"claims": "nonsense", "pairs": [1, None], "single_source": None})


_CASE_CACHE: dict[str, object] = {}


def _shared_case(factory):
    if "case" not in _CASE_CACHE:
        _CASE_CACHE["case"] = load_case(write_case(factory.mktemp("hyp")))
    return _CASE_CACHE["case"]


# --------------------------------------------------------------- evaluate


def render_to_text(result: EvalResult, details: bool = False) -> str:
    from rich.console import Console

    console = Console(width=200, record=True, color_system=None)
    console.print(render_table(result, details=details))
    return console.export_text()


def test_evaluate_runs_the_tool_per_case_and_pools_counts(tmp_path):
    cases = tmp_path / "dev" / "cases"
    write_case(cases, "a")
    write_case(cases, "b")
    calls = []

    def run_compare(paths):
        calls.append(("compare", [p.name for p in paths]))
        return perfect_output() if paths[0].parts[-3] == "a" else wrong_output()

    def run_check(draft, paths):
        calls.append(("check", draft.name))
        return perfect_check()

    result = evaluate([tmp_path / "dev"], run_compare=run_compare, run_check=run_check)
    assert calls == [
        ("compare", ["ALPHA.txt", "BETA.txt", "GAMMA.txt"]),
        ("check", "draft.txt"),
        ("compare", ["ALPHA.txt", "BETA.txt", "GAMMA.txt"]),
        ("check", "draft.txt"),
    ]
    assert [s.name for s in result.sets] == ["dev"]
    # Micro average: 6 + 5 matched of 12 gold pairs; 6 + 5 strict-right of 6 + 7 predicted.
    m = result.metrics("dev")
    assert m["pair_recall"] == pytest.approx(11 / 12)
    assert m["pair_precision_strict"] == pytest.approx(11 / 13)
    assert result.metrics() == m
    data = result_to_json(result)
    assert data["sets"]["dev"]["cases"]["b"]["metrics"]["pair_recall"] == round(5 / 6, 4)
    assert json.dumps(data, sort_keys=True) == json.dumps(data)  # keys already sorted
    text = render_to_text(result, details=True)
    assert "total" in text and "joins a hard negative" in text and "wrong_kind" in text
    assert "joins a hard negative" not in render_to_text(result, details=False)


# ------------------------------------------------------------------ floors


def _result(recall_num: int, recall_den: int) -> EvalResult:
    counts = CompareCounts(
        gold_pairs=recall_den,
        gold_pairs_matched=recall_num,
        predicted_pairs=recall_den,
        predicted_matched=recall_num,
    )
    case = CaseResult("c", "dev", CaseScores("c", counts))
    return EvalResult((SetResult("dev", (case,)),))


def test_check_floors_flags_a_metric_below_its_floor_and_passes_equal():
    result = _result(17, 20)  # recall 0.85
    assert check_floors(result, {"dev.pair_recall": 0.85}) == []
    failures = check_floors(result, {"dev.pair_recall": 0.86})
    assert failures == ["dev pair_recall 0.8500 < floor 0.86"]
    assert check_floors(result, {"total.pair_recall": 0.9})  # the pooled total is gated too
    assert check_floors(result, {"seeds.pair_recall": 0.99}) == []  # set not evaluated
    assert check_floors(result, {"dev.kind_accuracy": 0.5}) == [
        "dev kind_accuracy undefined (–), floor 0.50"
    ]


def test_write_floors_pins_measured_minus_margin_rounded_down(tmp_path):
    result = _result(17, 20)  # recall and strict precision 0.85
    path = tmp_path / "quality" / "floors.json"
    written = write_floors(path, result, margin=0.02)
    assert written["dev.pair_recall"] == 0.83  # not 0.82 from float noise
    assert "dev.kind_accuracy" not in written  # undefined metrics get no floor
    assert load_floors(path) == written
    assert check_floors(result, load_floors(path)) == []
    written = write_floors(path, _result(2, 3), margin=0.02)  # 0.6667 - 0.02 -> 0.64
    assert written["dev.pair_recall"] == 0.64
    # Lenient precision is 1 (nothing wrong), so F1 = 2 * 1 * 2/3 / (1 + 2/3) = 0.8 -> 0.78.
    assert math.isclose(load_floors(path)["dev.pair_f1"], 0.78)


def test_write_floors_keeps_the_floors_of_sets_not_evaluated(tmp_path):
    path = tmp_path / "floors.json"
    path.write_text(
        '{"extra.pair_f1": 0.7, "dev.pair_recall": 0.99, "total.pair_recall": 0.99}',
        encoding="utf-8",
    )
    written = write_floors(path, _result(17, 20), margin=0.02)
    assert written["extra.pair_f1"] == 0.7  # another set: kept
    assert written["dev.pair_recall"] == 0.83  # re-measured
    assert "total.pair_recall" not in written  # the pooled total changes with the sets evaluated
    assert load_floors(path) == written


# ---------------------------------------------------------- real gold data


def _real_cases() -> list[Path]:
    return find_cases([EVAL_DIR / "dev", EVAL_DIR / "seeds"])


needs_data = pytest.mark.skipif(not (EVAL_DIR / "dev").is_dir(), reason="shared eval data absent")


@needs_data
def test_every_real_quote_is_located():
    cases = _real_cases()
    assert len(cases) >= 6
    for case_dir in cases:
        case = load_case(case_dir)  # raises on any quote not found exactly once
        gold = json.loads((case_dir / "gold.json").read_text(encoding="utf-8"))
        assert len(case.pairs) == len(gold["pairs"])
        assert len(case.noise_lines) >= len(gold["noise"])
        quotes = [q for p in case.pairs for q in (p.a, p.b)] + list(case.single_source)
        quotes += [q for h in case.hard_negatives for q in (h.a, h.b)]
        for q in quotes:
            assert case.text_of(q.source)[q.start : q.end] == q.text
        for e in case.draft:
            assert case.draft_text[e.quote.start : e.quote.end] == e.quote.text


def _validator_doc_class():
    spec = importlib.util.spec_from_file_location("_gold_validate", EVAL_DIR / "validate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.Doc


@needs_data
def test_an_oracle_built_from_gold_sentences_scores_one_on_real_cases():
    """Claims = the validator's sentences off noise lines; pairs and singles from gold."""
    doc_class = _validator_doc_class()
    for case_dir in _real_cases():
        case = load_case(case_dir)
        claims = []
        for src in case.sources:
            doc = doc_class(src.path)
            noise = {(ln.start, ln.end) for ln in case.noise_lines if ln.source == src.id}
            for i, (start, _end, text, li) in enumerate(doc.sentences):
                ls, le, line = doc.line_spans[li]
                lead, trail = len(line) - len(line.lstrip()), len(line) - len(line.rstrip())
                stripped = (ls + lead, le - trail)
                if stripped in noise:
                    continue
                start = src.text.index(text, start)  # the validator's span may start on spaces
                claims.append(
                    {
                        "id": f"{src.id}#{i}",
                        "source": src.id,
                        "text": text,
                        "start": start,
                        "end": start + len(text),
                    }
                )

        def at(q, claims=claims):
            return next(
                c["id"]
                for c in claims
                if c["source"] == q.source and c["start"] <= q.start < c["end"]
            )

        output = {
            "claims": claims,
            "pairs": [
                {"a": at(p.a), "b": at(p.b), "label": p.label, "kind": p.kind} for p in case.pairs
            ],
            "single_source": [at(q) for q in case.single_source],
        }
        m = score_compare(case, output).metrics
        for key in (
            "pair_recall",
            "pair_precision_strict",
            "pair_precision_lenient",
            "label_accuracy",
            "kind_accuracy",
            "single_source_recall",
            "single_source_precision",
            "noise_suppression",
        ):
            assert m[key] == 1.0, (case.name, key, m[key])
        if case.multilingual:
            assert m["ml_pair_recall"] == 1.0


def test_cli_eval_floors_that_name_no_evaluated_set_are_an_error(tmp_path, monkeypatch):
    """QA pass 6: floors for "gold.*" run against a set renamed "gold2" passed
    with exit 0, the gate checking nothing."""
    _no_pipeline(monkeypatch)  # refused before any case is scored
    case = write_case(tmp_path / "gold2" / "cases")
    other = tmp_path / "floors.json"
    other.write_text('{"gold.pair_recall": 0.5}', encoding="utf-8")
    line = _one_line_error(_cli("eval", case.parent.parent, "-q", "--floors", other))
    assert "no floor applies to the sets evaluated (gold2)" in line and "gold" in line
    assert floors_apply({"gold2.pair_recall": 0.5}, ["gold2"])
    assert floors_apply({"pair_recall": 0.5}, ["gold2"])  # a floor on the total


def test_cli_eval_floors_above_one_are_refused(tmp_path, monkeypatch):
    _no_pipeline(monkeypatch)
    floors = tmp_path / "floors.json"
    floors.write_text('{"dev.pair_f1": 85}', encoding="utf-8")
    case = write_case(tmp_path / "dev" / "cases")
    assert "between 0 and 1" in _one_line_error(_cli("eval", case, "-q", "--floors", floors))


def test_cli_eval_json_records_the_settings_it_scored_with(tmp_path, monkeypatch):
    """QA pass 6: a claimcheck.toml with min_similarity 0.85 halved recall, and
    nothing in the eval output said so."""
    from claimcheck import api
    from claimcheck.load import load_sources
    from claimcheck.records import Report

    def compare(paths, **kwargs):
        assert kwargs["settings"].min_similarity == 0.85
        return Report(
            sources=tuple(load_sources(paths)), claims=(), pairs=(), single_source=(), dropped=()
        )

    monkeypatch.setattr(api, "compare", compare)
    gold = gold_json()
    gold["draft"] = None
    case = write_case(tmp_path / "dev" / "cases", gold=gold)
    (case / "draft.txt").unlink()
    (tmp_path / "claimcheck.toml").write_text(
        'min_similarity = 0.85\nbackend = "onnx"\n', encoding="utf-8"
    )
    monkeypatch.chdir(tmp_path)
    result = _cli("eval", tmp_path / "dev", "-q", "--json", tmp_path / "ev.json")
    assert result.exit_code == 0, result.output
    settings = json.loads((tmp_path / "ev.json").read_text(encoding="utf-8"))["settings"]
    assert settings["min_similarity"] == 0.85 and settings["rescue"] is False and settings["model"]


def test_own_gold_sets_fail_early_on_what_a_newcomer_gets_wrong(tmp_path):
    """QA pass 17 (an analyst building a gold set): a sentence both in a pair
    and single-source was scored in silence; a gold.json saved with a
    byte-order mark failed with JSON's raw error; a misspelt metric in a
    floors file failed the gate as "undefined" (exit 1, "found")."""
    from claimcheck.errors import SettingsError

    both = gold_json()
    both["single_source"] = [*both["single_source"], both["pairs"][0]["a"]]
    case = write_case(tmp_path / "a" / "cases", gold=both)
    with pytest.raises(GoldFormatError, match=r"single_source\[5\] overlaps pairs\[0\]"):
        load_case(case)
    case = write_case(tmp_path / "b" / "cases")
    gold = case / "gold.json"
    gold.write_text("\ufeff" + gold.read_text(encoding="utf-8"), encoding="utf-8")
    assert load_case(case).name == "storm"
    floors = tmp_path / "floors.json"
    floors.write_text('{"set.pair_recal": 0.5}')
    with pytest.raises(SettingsError, match=r"set\.pair_recal names no metric"):
        load_floors(floors)
    floors.write_text('\ufeff{"set.pair_recall": 0.5}')
    assert load_floors(floors) == {"set.pair_recall": 0.5}
