"""The prefilter may only skip patterns that cannot match (claimcheck/slots/prefilter.py)."""

import re
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.slots import prefilter, stance

ROOT = Path(__file__).resolve().parents[1]
GUARDED = (*stance._POLARITY_GUARDS, *stance._HEDGE_GUARDS)


def _sentences() -> list[str]:
    texts = []
    for path in sorted((ROOT / "quality" / "extra" / "cases").glob("*/sources/*.txt")):
        texts += re.split(r"(?<=[.!?])\s+", path.read_text(encoding="utf-8"))
    return texts


def test_openings_of_word_lists_and_what_stops_them():
    assert prefilter.openings(re.compile(r"\b(?:fell|dropped)\b", re.I)) == {
        ("fel", True),
        ("dro", True),
    }
    # Lookarounds take no characters; a class of a few letters is expanded.
    assert prefilter.openings(re.compile(r"(?<!\bthe\s)\b[sz]e(?:ize|ized)")) == {
        ("sei", True),
        ("zei", True),
    }
    # No word boundary before, or a non-word character inside: looked up anywhere.
    assert prefilter.openings(re.compile(r"n't\s+know")) == {("n't", False)}
    assert prefilter.openings(re.compile(r"\bup\s+to\b")) == {("up", True)}
    # An opening that may be one letter or any letter says nothing.
    assert prefilter.openings(re.compile(r"\b(?:a|an)\s+x")) is None
    assert prefilter.openings(re.compile(r"\b\w+ará\b")) is None
    assert prefilter.openings(re.compile(r"\b(?:the\s+)?cat")) is None


def test_a_text_without_the_openings_is_skipped_and_one_with_them_is_not():
    guard = prefilter.Prefilter(re.compile(r"\b(?:fell|dropped)\b", re.I))
    assert not guard.may_match(prefilter.view("Shares rose 3% on Monday."))
    assert guard.may_match(prefilter.view("Shares FELL 3% on Monday."))
    # "fel" inside a word is no word opening: "\bfell" cannot match "refelled".
    assert not guard.may_match(prefilter.view("It was refelled."))
    anywhere = prefilter.Prefilter(re.compile(r"n't\s+know", re.I))
    assert anywhere.may_match(prefilter.view("We DON'T know yet"))
    assert not anywhere.may_match(prefilter.view("We do not know yet"))


@pytest.mark.skipif(sys.maxunicode < 0x10FFFF, reason="narrow build")
def test_every_character_a_case_blind_pattern_reads_as_an_ascii_letter_is_folded():
    letter = re.compile(r"[a-z]", re.IGNORECASE)
    lookalikes = {
        chr(code)
        for code in range(0x80, sys.maxunicode + 1)
        if not 0xD800 <= code <= 0xDFFF and letter.fullmatch(chr(code))
    }
    folded = {ch for ch in lookalikes if prefilter.view(ch).folded.isascii()}
    assert lookalikes == folded


def test_no_guarded_pattern_is_skipped_on_a_sentence_it_matches():
    """Every stance pattern the prefilter guards, on every sentence of the project's cases."""
    skipped = 0
    for text in _sentences():
        view = prefilter.view(text)
        for guard in GUARDED:
            if not guard.may_match(view):
                skipped += 1
                assert guard.pattern.search(text) is None, (guard.pattern.pattern[:60], text)
    assert skipped > 0, "the prefilter skipped nothing: the test checks nothing"


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "fell",
                "Fell",
                "FELL",
                "could",
                "may",
                "ſtill",
                "KEPT",
                "İs",
                "ıs",
                "n't",
                "up",
                "to",
                "re-open",
                "won't",
                "'ll",
                " ",
                ", ",
                "-",
                "x",
                "the",
                "aterrizará",
                "bajó",
            ]
        ),
        max_size=12,
    ).map("".join)
)
def test_no_guarded_pattern_is_skipped_on_generated_text(text):
    view = prefilter.view(text)
    for guard in GUARDED:
        if not guard.may_match(view):
            assert guard.pattern.search(text) is None, (guard.pattern.pattern[:60], text)
