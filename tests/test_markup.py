"""Tests for claimcheck.markup: inline markup in Markdown and text sources."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck import api, markup
from claimcheck.records import Report, Source
from claimcheck.render.tabular import report_to_dict
from claimcheck.settings import Settings


@pytest.mark.parametrize(
    ("line", "words"),
    [
        ("The board voted seven to two.<sup>1</sup>", "The board voted seven to two."),
        ("<p>The yen fell.</p>", "The yen fell."),
        ("first time in 17 years.<br>", "first time in 17 years."),
        ("**Bank of Japan** raised rates.", "Bank of Japan raised rates."),
        ("[Rengo](https://x.org/a), the union, won 5.28%[^1].", "Rengo, the union, won 5.28%."),
        ("See [the report][ref] and *this* one.", "See the report and this one."),
        ("rose for 17&nbsp;years at AT&amp;T", "rose for 17 years at AT&T"),
        ("![a crowd](crowd.jpg) The crowd grew.", "The crowd grew."),
        (
            "The minister arrived on Tuesday. pic.twitter.com/abc123",
            "The minister arrived on Tuesday.",
        ),
        ("See https://example.org/report?id=4 for details.", "See for details."),
        ("A 24/7 service for 1/2 of the staff.", "A 24/7 service for 1/2 of the staff."),
        # Underscores inside words and a lone star are text, not emphasis.
        ("NORTH_WIRE said 5 * 3 = 15.", "NORTH_WIRE said 5 * 3 = 15."),
    ],
)
def test_mask_then_plain_gives_the_words_a_reader_sees(line: str, words: str) -> None:
    masked = markup.mask(line)
    assert len(masked) == len(line)
    assert markup.plain(masked) == words


@settings(max_examples=300, deadline=None)
@given(line=st.text(alphabet=st.sampled_from("ab *_[]()<>/!^&;#1.\n"), max_size=60))
def test_mask_keeps_every_offset(line: str) -> None:
    """Same length; a character is either kept or blanked, never moved."""
    masked = markup.mask(line)
    assert len(masked) == len(line)
    assert all(m == c or m == " " for m, c in zip(masked, line, strict=True))


def test_plain_text_has_no_markup_to_strip() -> None:
    assert markup.readable("The yen fell.", markup.mask("The yen fell.")) == ""


MARKED = (
    "Yen slides after the decision\n"
    "Published: 2024-03-19\n\n"
    "The Bank of Japan raised its policy rate for the first time in 17 years.<br>\n"
    "The board voted seven to two.<sup>1</sup>\n"
    "<p>The yen fell to 150 per dollar after the announcement.</p>\n"
    "**[Rengo](https://www.jtuc-rengo.org/)**, the union federation, won pay rises of 5.28%[^1].\n"
)
PLAIN = (
    "Yen slides after the decision\n"
    "Published: 2024-03-19\n\n"
    "The Bank of Japan raised its policy rate for the first time in 17 years.\n"
    "The board voted seven to two.\n"
    "The yen fell to 150 per dollar after the announcement.\n"
    "Rengo, the union federation, won pay rises of 5.28%.\n"
)


def _prepared(text: str, path: str) -> list:
    body_start = text.index("\n\n") + 2
    source = Source(id="S", path=path, text=text, title=text.split("\n")[0], body_start=body_start)
    _, claims, _dropped, _ = api.prepare_claims([source], settings=Settings())
    return claims


@pytest.mark.parametrize("path", ["s.md", "s.txt"])
def test_sentences_with_inline_markup_are_kept_and_read_without_it(path: str) -> None:
    """A line ending in "<br>" or "<sup>1</sup>" was dropped as navigation or a
    crosshead, and a footnote mark or a link was read as words."""
    marked, plain = _prepared(MARKED, path), _prepared(PLAIN, path)
    assert [c.text for c in marked] == [c.text for c in plain]
    assert [c.slots for c in marked] == [c.slots for c in plain]
    for claim in marked:
        s = claim.sentence
        assert MARKED[s.start : s.end] == s.text  # the exact slice of the file
    # The slice holds whole marks: the link's "[" and the closing tags.
    assert marked[3].sentence.text.startswith("**[Rengo](")
    assert marked[2].sentence.text.endswith("</p>")


def test_json_text_is_the_file_slice_and_plain_the_words() -> None:
    source = Source(
        id="S",
        path="s.md",
        text=MARKED,
        title="Yen slides after the decision",
        body_start=MARKED.index("The Bank"),
    )
    other = Source(
        id="T",
        path="t.txt",
        text=PLAIN,
        title="Yen slides after the decision",
        body_start=PLAIN.index("The Bank"),
    )
    _, claims, dropped, _ = api.prepare_claims([source, other], settings=Settings())
    report = Report(
        sources=(source, other),
        claims=tuple(claims),
        pairs=(),
        single_source=(),
        dropped=tuple(dropped),
    )
    data = json.loads(json.dumps(report_to_dict(report)))
    marked = [c for c in data["claims"] if c["source"] == "S"]
    assert all(MARKED[c["start"] : c["end"]] == c["text"] for c in marked)
    assert [c.get("plain") for c in marked] == [
        "The Bank of Japan raised its policy rate for the first time in 17 years.",
        "The board voted seven to two.",
        "The yen fell to 150 per dollar after the announcement.",
        "Rengo, the union federation, won pay rises of 5.28%.",
    ]
    assert all("plain" not in c for c in data["claims"] if c["source"] == "T")


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("TOKYO (AP) — Japan's central bank raised rates.", "Japan's central bank raised rates."),
        ("TOKYO, March 19 (Reuters) - The Bank of Japan ended.", "The Bank of Japan ended."),
        ("WASHINGTON, D.C. — The Senate voted.", "The Senate voted."),
        ("SAN FRANCISCO (AP) — OpenAI said.", "OpenAI said."),
        ("LONDON — Shares rose.", "Shares rose."),  # a known town alone
        # No dateline: an acronym with a dash, or a dash inside the sentence.
        (
            "NATO — the alliance — said it would respond.",
            "NATO — the alliance — said it would respond.",
        ),
        ("US - China talks resumed.", "US - China talks resumed."),
        ("The TOKYO (AP) — office said.", "The TOKYO (AP) — office said."),
    ],
)
def test_strip_dateline(line: str, said: str) -> None:
    assert markup.strip_dateline(line) == said


def test_a_dateline_is_no_place_or_date_of_the_claim() -> None:
    """Two wires' datelines made "TOKYO" vs "LONDON" a place divergence (QA pass 5)."""
    text = "Yen slides\nPublished: 2024-03-19\n\nTOKYO, March 19 (Reuters) - The yen fell to 150 per dollar. It rose again later that day.\n"
    claims = _prepared(text, "w.txt")
    first = claims[0]
    assert first.sentence.text.startswith("TOKYO, March 19 (Reuters) - ")
    assert first.text == "The yen fell to 150 per dollar."
    assert not first.slots.entities and not first.slots.dates
    assert claims[1].sentence.plain == ""
