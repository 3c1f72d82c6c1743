"""A speaker named only by a two-word title against a bare name the story titles otherwise."""

import datetime as dt

from claimcheck import judge
from claimcheck.extract import extract_slots, name_story_titles, role_words
from claimcheck.records import Claim, Kind, Sentence


def claim(text, source="A", index=0):
    sentence = Sentence(source, index, 0, len(text), text)
    return Claim(sentence, extract_slots(text, anchor=dt.date(2024, 3, 20)))


def _stories(*sources):
    """Claims of several sources of one story, as `extract_claims` gives them."""
    claims = [claim(t, source, index=i) for source, texts in sources for i, t in enumerate(texts)]
    return name_story_titles(claims)


def test_bare_name_takes_the_title_the_story_gives_it():
    claims = _stories(
        ("A", ("The ship's first officer has told investigators that the rock was not charted.",)),
        (
            "B",
            (
                "The captain, Francesco Schettino, was arrested on Saturday.",
                "Schettino told Italian television that the rock was not marked on his charts.",
            ),
        ),
    )
    a, b = claims[0], claims[2]
    assert b.slots.title == "captain"
    found = judge.attribution_differs(a, b)
    assert found is not None and found.kind == Kind.ATTRIBUTION
    assert found.value_b == "Schettino (captain)"
    # A body's chief is no head of state ("the SBU chief" / President Zelensky).
    claims = _stories(
        ("A", ('The SBU chief described the result as "absolutely brilliant".',)),
        (
            "B",
            (
                "President Volodymyr Zelensky said 117 drones were used.",
                '"It was an absolutely brilliant result," Zelensky said in his evening address.',
            ),
        ),
    )
    assert claims[2].slots.title == "president"
    assert judge.attribution_differs(claims[0], claims[2]) is not None


def test_same_office_or_two_titles_is_no_divergence():
    # The role the story gives the name: one speaker ("the captain" / Captain Schettino).
    claims = _stories(
        ("A", ("The ship's captain told investigators that the rock was not charted.",)),
        (
            "B",
            (
                "Captain Francesco Schettino was arrested on Saturday.",
                "Schettino told Italian television that the rock was not marked on his charts.",
            ),
        ),
    )
    assert claims[2].slots.title == "captain"
    assert judge.attribution_differs(claims[0], claims[2]) is None
    # "co-pilot" names the first officer's office.
    claims = _stories(
        ("A", ("The co-pilot told investigators the engines had failed.",)),
        (
            "B",
            (
                "The first officer, Jeffrey Skiles, was flying the plane at take-off.",
                "Skiles told investigators the engines had failed.",
            ),
        ),
    )
    assert claims[2].slots.title == "first officer"
    assert judge.attribution_differs(claims[0], claims[2]) is None
    # A former title is not the name's title now; a role the groups do not
    # know ("the transport minister") against a premier stays open.
    claims = _stories(
        ("A", ("The transport minister said the line would reopen.",)),
        (
            "B",
            (
                "Former President Jane Doe Smith opened the line in 2010.",
                "Smith said the line would reopen.",
            ),
        ),
    )
    assert claims[2].slots.title is None
    assert judge.attribution_differs(claims[0], claims[2]) is None


def test_role_words_only_plain_two_word_titles():
    assert role_words("the third officer") == "third officer"
    assert role_words("the ship's first officer") == "first officer"
    assert role_words("The SBU chief") == "SBU chief"
    # near misses: a one-word role, a rank, a former office, a named owner
    assert role_words("the spokesman") is None
    assert role_words("the deputy police commissioner") is None
    assert role_words("the former police chief") is None
    assert role_words("Air France's chief engineer") is None
