"""Tests for claimcheck.split: sentence spans that match the evaluation splitter."""

from __future__ import annotations

import importlib.util
import itertools
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck import markup, split
from claimcheck.records import Source
from claimcheck.split import sentence_bounds, split_sentences

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT / ".." / "shared" / "eval"


def sentences_of(text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_bounds(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It rained. Then it stopped.", ["It rained.", "Then it stopped."]),
        ("Is it over? Nobody knows! Wait… Yes.", ["Is it over?", "Nobody knows!", "Wait…", "Yes."]),
        ("Mr. Smith met Dr. Jones.", ["Mr. Smith met Dr. Jones."]),
        # A German ordinal day before a month (QA pass 7: "am 12." was a sentence).
        (
            "Die Einwohner waren am 12. November evakuiert worden. Das Bad bleibt zu.",
            ["Die Einwohner waren am 12. November evakuiert worden.", "Das Bad bleibt zu."],
        ),
        (
            "Gen. Mark Milley spoke. Sen. Ann Lee replied.",
            ["Gen. Mark Milley spoke.", "Sen. Ann Lee replied."],
        ),
        ("The U.S. Army agreed. It left.", ["The U.S. Army agreed.", "It left."]),
        (
            "It began at 10 p.m. Monday and ended at 2 a.m. Tuesday.",
            ["It began at 10 p.m. Monday and ended at 2 a.m. Tuesday."],
        ),
        ("He is ranked No. 1 in the world.", ["He is ranked No. 1 in the world."]),
        ("J. K. Rowling wrote it. She won.", ["J. K. Rowling wrote it.", "She won."]),
        (
            "Prof. Anna Berg said so. Lt. Col. Ray agreed.",
            ["Prof. Anna Berg said so.", "Lt. Col. Ray agreed."],
        ),
        ('"We will win." He smiled.', ['"We will win."', "He smiled."]),
        (
            "“We will rebuild,” she said. “It will take years.”",
            ["“We will rebuild,” she said.", "“It will take years.”"],
        ),
        ("He said: 'Go.' Then he left.", ["He said: 'Go.'", "Then he left."]),
        ("It was 3.5 percent. prices rose.", ["It was 3.5 percent. prices rose."]),
        (
            "Casi 89.000 espectadores. Messi convirtió dos goles.",
            ["Casi 89.000 espectadores.", "Messi convirtió dos goles."],
        ),
        ("   padded sentence.   ", ["padded sentence."]),
        ("", []),
    ],
)
def test_sentence_bounds(text: str, expected: list[str]) -> None:
    assert sentences_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # QA pass 21: a new sentence after a clock time was glued to it, so its
        # claim was judged by the time's sentence ("He blamed ..." rode on "conceded").
        "Hale conceded shortly before 10 p.m. He blamed a smear campaign.",
        "Hale conceded shortly before 10 p.m. Turnout was 45%.",
        "Hale conceded at 10 a.m. The clerk certified the result on Wednesday.",
        "The blast came at 10:17 P.M. Officials said two people died.",
        "The blast came at 10:17 a. m. Officials said two people died.",
        'Polls closed at 8 p.m. "We lost," he said.',
        "The session ended at 10 p.m. May said she would stay.",
        "Power failed at 9 a.m. Pacific Gas and Electric said it was a fault.",
        "The shop shut at 6 p.m. This time nobody queued.",
    ],
)
def test_a_clock_time_ends_its_sentence_before_a_new_one(text: str) -> None:
    first, second = sentences_of(text)
    assert first.lower().endswith(("a.m.", "p.m.", "a. m.")) and text == f"{first} {second}"


@pytest.mark.parametrize(
    "text",
    [
        "Polls close at 10 p.m. Tuesday in most states.",
        "Trading opens at 9 a.m. ET on Monday.",
        "The deadline is 10 p.m. GMT tomorrow.",
        "It ends at 2 p.m. EST for the East Coast.",
        "The rally starts at 3 p.m. Monday outside City Hall.",
        "The hearing is set for 11 a.m. Sept. 9 in Boise.",
        "The hearing is set for 11 a.m. May 5 in Boise.",
        "It landed at 1:15 a.m. Sat. after a delay.",
        "It struck at 3:49 p.m. Eastern time, moments later.",
        "It hit at 2 p.m. Eastern on Tuesday.",
        "The truck blew up at 6:07 a.m. Moscow time on the bridge.",
        "He landed at about 3.30 a.m. Sri Lanka time at the airport.",
        "The vote closed at 9 p.m. Central European Summer Time on Sunday.",
        "It was posted at 3:45 p.m. ChST by the paper.",
        "The quake hit at 9 a.m. (1400 GMT) offshore.",
        "The quake hit at 9 a.m. (ET) offshore.",
        "Stores close at 6 p.m. Christmas Eve in most towns.",
        "Polls open at 6 a.m. Election Day across the state.",
        "Shares of A.M. Best Co. rose.",  # no clock time: an abbreviation as before
    ],
)
def test_a_clock_time_keeps_its_day_date_or_zone(text: str) -> None:
    assert sentences_of(text) == [text]


def test_a_sentence_after_a_clock_time_keeps_exact_offsets() -> None:
    text = "T\nPublished: 2025-12-03\n\nHale conceded shortly before 10 p.m. He blamed a smear campaign.\n"
    start = text.index("Hale")
    sents = split_sentences(_source(text), [(start, len(text) - 1)])
    assert [s.text for s in sents] == [
        "Hale conceded shortly before 10 p.m.",
        "He blamed a smear campaign.",
    ]
    assert all(text[s.start : s.end] == s.text and s.line == 3 for s in sents)


def _source(text: str) -> Source:
    return Source(id="S", path="s.txt", text=text)


def test_split_sentences_offsets_index_and_line() -> None:
    text = "Title\nPublished: 2024-01-01\nFirst one. Second one.\n\n  Third here.\n"
    src = _source(text)
    spans = [
        (text.index("First"), text.index("one.\n") + 4),
        (text.index("Third"), text.index("here.") + 5),
    ]
    sents = split_sentences(src, spans)
    assert [s.text for s in sents] == ["First one.", "Second one.", "Third here."]
    assert [s.index for s in sents] == [0, 1, 2]
    assert [s.line for s in sents] == [2, 2, 4]
    assert all(text[s.start : s.end] == s.text and s.source == "S" for s in sents)
    assert sents[2].id == "S#2"


def test_split_sentences_never_crosses_a_line_break() -> None:
    text = "A line without a stop\nNext line starts here. And ends."
    sents = split_sentences(_source(text), [(0, len(text))])
    assert [s.text for s in sents] == [
        "A line without a stop",
        "Next line starts here.",
        "And ends.",
    ]
    assert [s.line for s in sents] == [0, 1, 1]


def test_split_sentences_clamps_spans_to_the_text() -> None:
    sents = split_sentences(_source("Short text."), [(-3, 999)])
    assert [s.text for s in sents] == ["Short text."]


def test_split_sentences_line_numbers_with_unordered_spans() -> None:
    text = "One.\nTwo.\nThree."
    sents = split_sentences(_source(text), [(10, 16), (0, 4)])
    assert [(s.text, s.line) for s in sents] == [("Three.", 2), ("One.", 0)]


# ------------------------------------------------------- the gold splitter


def _load_validate():
    path = EVAL / "validate.py"
    if not path.is_file():
        return None
    spec = importlib.util.spec_from_file_location("claimcheck_eval_validate", path)
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


VALIDATE = _load_validate()
needs_gold = pytest.mark.skipif(
    VALIDATE is None, reason="../shared/eval/validate.py is not available"
)


def _gold_spans(doc) -> set[tuple[int, int]]:
    spans = set()
    for start, end, seg, _line in doc.sentences:
        lead = doc.text[start:end].find(seg)
        spans.add((start + lead, start + lead + len(seg)))
    return spans


def _our_spans(doc) -> set[tuple[int, int]]:
    line_spans = []
    for start, _end, line in doc.line_spans:
        if line.strip():
            lead = len(line) - len(line.lstrip())
            line_spans.append((start + lead, start + lead + len(line.strip())))
    src = _source(doc.text)
    return {(s.start, s.end) for s in split_sentences(src, line_spans)}


@needs_gold
def test_matches_gold_splitter_on_dev_and_seed_sources() -> None:
    paths = sorted(EVAL.glob("*/cases/*/sources/*.txt")) + sorted(EVAL.glob("*/cases/*/draft.txt"))
    same = total = 0
    for path in paths:
        doc = VALIDATE.Doc(path)
        gold = _gold_spans(doc)
        same += len(gold & _our_spans(doc))
        total += len(gold)
    assert total > 400
    assert same / total >= 0.98


_WORDS = st.sampled_from(
    [
        "Mr.",
        "U.S.",
        "p.m.",
        "No.",
        "J.",
        "Prof.",
        "10",
        "said",
        "the",
        "Army",
        "It",
        "rained.",
        "Yes!",
        "Why?",
        '"Go."',
        "“Stop.”",
        "He",
        "3.5",
        "(AP)",
        "e.g.",
        "She",
        "wait…",
        "A.",
        "Lt.",
        "St.",
    ]
)


@needs_gold
@settings(max_examples=200, deadline=None)
@given(words=st.lists(_WORDS, min_size=1, max_size=25))
def test_never_splits_where_the_gold_splitter_does_not(words: list[str]) -> None:
    """Every gold sentence lies inside one of ours: we only ever split less, but
    after a clock time that ends a sentence ("at 10 p.m. He left")."""
    line = " ".join(words)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "S.txt"
        path.write_text(f"T\nPublished: 2024-01-01\n{line}\n", encoding="utf-8")
        doc = VALIDATE.Doc(path)
    ours = _our_spans(doc)
    for a, b in _gold_spans(doc):
        if any(s <= a and b <= e for s, e in ours):
            continue
        cuts = [e for _s, e in ours if a < e < b]  # our sentences ending inside theirs
        assert cuts, (line, doc.text[a:b])
        for e in cuts:
            after = e + len(doc.text[e:]) - len(doc.text[e:].lstrip())
            assert split.clock_time_ends_sentence(doc.text, e - 1, after), (line, doc.text[a:b])


# --------------------------------------------------------------- properties


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(max_size=300), cuts=st.lists(st.integers(min_value=-5, max_value=320), max_size=6)
)
def test_split_sentences_slices_and_covers(text: str, cuts: list[int]) -> None:
    """Never raises; a sentence is its stripped slice on one line; visible chars
    covered once, but for inline markup (a lone backtick, "<p>"), which is no word."""
    bounds = sorted({0, len(text), *cuts})
    spans = list(itertools.pairwise(bounds))
    sents = split_sentences(_source(text), spans)
    seen: set[int] = set()
    for i, s in enumerate(sents):
        assert s.index == i
        assert text[s.start : s.end] == s.text
        assert s.text and s.text == s.text.strip() and "\n" not in s.text
        assert s.line == text.count("\n", 0, s.start)
        positions = set(range(s.start, s.end))
        assert not positions & seen
        seen |= positions
    masked = "\n".join(markup.mask(line) for line in text.split("\n"))
    for a, b in spans:
        a, b = max(0, min(a, len(text))), max(0, min(b, len(text)))
        assert {i for i in range(a, b) if not masked[i].isspace()} <= seen


def test_a_hard_wrapped_article_gives_the_sentences_of_its_unwrapped_copy(tmp_path) -> None:
    import textwrap

    from claimcheck import api
    from claimcheck.load import load_source
    from claimcheck.settings import Settings

    paragraphs = [
        "The Ever Given, a container ship a quarter of a mile long, was finally refloated at 15:05 local "
        "time on Monday. The ship had been stuck since March 23, when it ran aground at the southern end "
        "of the canal. Eleven tugboats pulled it free after dredgers removed about 30,000 cubic metres of sand.",
        "More than 360 ships were queuing at either end of the waterway when it reopened, the canal "
        "authority said. The authority said strong winds may have pushed the ship sideways, but it did "
        "not rule out technical or human error.",
        "Egypt could seek about $1 billion in compensation, officials said, as insurers began to count "
        "the cost of a week in which a tenth of world trade stood still behind one stranded vessel.",
    ]
    head = "Suez traffic flows again\nPublished: 2021-03-31\n\n"
    flat = tmp_path / "flat.txt"
    flat.write_text(head + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    wrapped = tmp_path / "wrapped.txt"
    wrapped.write_text(
        head + "\n\n".join(textwrap.fill(p, 72) for p in paragraphs) + "\n", encoding="utf-8"
    )
    texts = []
    for path in (flat, wrapped):
        source = load_source(path)
        _kept, claims, _dropped, _w = api.prepare_claims([source], settings=Settings())
        assert all(source.text[c.sentence.start : c.sentence.end] == c.text for c in claims)
        texts.append([" ".join(c.text.split()) for c in claims])
    assert texts[0] == texts[1] and len(texts[0]) == 6
