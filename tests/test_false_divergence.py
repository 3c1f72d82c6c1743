"""False divergences between sources: details that look apart but are no conflict."""

import datetime as dt

import pytest

from claimcheck import judge
from claimcheck.extract import extract_slots
from claimcheck.records import Candidate, Claim, Kind, Label, Sentence


def claim(text, source="A", anchor=dt.date(2024, 3, 20), index=0):
    return Claim(Sentence(source, index, 0, len(text), text), extract_slots(text, anchor=anchor))


def judged(a, b):
    (pair,) = judge.judge_pairs([Candidate("A#0", "B#0", 0.8, 0.7)], {"A#0": a, "B#0": b})
    return pair


# ---------------------------------------------------------------- days counted from publication


@pytest.mark.parametrize(
    ("a", "b", "days_later"),
    [
        # A report of 5 December and one of 8 December: two votes.
        (
            "The opposition moved yesterday to impeach the president.",
            "The president survived an impeachment vote yesterday.",
            3,
        ),
        # "yesterday afternoon" and "yesterday", eleven days apart.
        (
            "The queen died peacefully at Balmoral yesterday afternoon, aged 96.",
            "The queen was laid to rest at Windsor yesterday after a state funeral.",
            11,
        ),
        # "today" on two days: closed on one, reopening on the next.
        (
            "The stock exchange stayed closed for a second day today.",
            "Wall Street will reopen today after a two-day shutdown.",
            1,
        ),
    ],
)
def test_one_day_word_from_two_publication_days_is_no_date_conflict(a, b, days_later):
    x = claim(a, "A", dt.date(2024, 12, 5))
    y = claim(b, "B", dt.date(2024, 12, 5) + dt.timedelta(days=days_later))
    assert judge.date_differs(x, y) is not None  # the days do differ ...
    assert judge.source_date_differs(x, y) is None  # ... but between sources they are two events
    assert judged(x, y).label is Label.CORROBORATED


def test_one_day_word_still_clashes_with_another_date():
    # "yesterday" against a weekday is one event dated two ways.
    x = claim("The bridge collapsed yesterday.", "A", dt.date(2024, 3, 27))
    y = claim("The bridge collapsed on Monday.", "B", dt.date(2024, 3, 27))
    pair = judged(x, y)
    assert pair.label is Label.DIVERGENT and pair.kind is Kind.DATE


def test_a_draft_copying_an_older_sources_yesterday_still_clashes():
    # check compares a draft with its sources by `RULES`: the draft's
    # "yesterday" counts from its own day, and a copied one is wrong.
    draft = claim("The bridge collapsed yesterday.", "draft", dt.date(2024, 3, 28))
    source = claim("The bridge collapsed yesterday.", "S", dt.date(2024, 3, 27))
    finding = judge.find_conflict(draft, source)
    assert finding is not None and finding.kind is Kind.DATE


def test_a_day_word_the_other_side_names_otherwise_stays():
    # Published a day apart: A's "today" is B's "yesterday", A's "tomorrow" B's
    # "today"; the two "today"s are not set aside, and the days agree.
    x = claim(
        "Classes were suspended across Luzon for today and tomorrow.", "A", dt.date(2024, 10, 24)
    )
    y = claim(
        "Classes across Luzon were suspended yesterday and today.", "B", dt.date(2024, 10, 25)
    )
    assert judge.source_date_differs(x, y) is None
    assert judge._days_of_two_publications(x, y) == (set(), set())


def test_a_period_on_the_other_side_does_not_keep_the_day_word():
    # "since 1888" holds both days; it names neither.
    x = claim(
        "The exchange stayed closed for a second day today, the first such closure since 1888.",
        "A",
        dt.date(2012, 10, 30),
    )
    y = claim(
        "Wall Street will reopen today, after the first closure of that length since 1888.",
        "B",
        dt.date(2012, 10, 31),
    )
    assert judge.date_differs(x, y) is not None
    assert judge.source_date_differs(x, y) is None
