"""A speaker named only by a two-word title, whose holder its source names elsewhere."""

import datetime as dt

from claimcheck import judge
from claimcheck.extract import extract_slots, name_role_holders, name_story_titles
from claimcheck.records import Claim, Kind, Sentence


def claim(text, source="A", index=0):
    sentence = Sentence(source, index, 0, len(text), text)
    return Claim(sentence, extract_slots(text, anchor=dt.date(2024, 3, 20)))


def _story(source, *texts):
    return name_role_holders([claim(t, source, index=i) for i, t in enumerate(texts)])


def test_title_holder_named_elsewhere_against_another_person():
    a = _story(
        "A",
        "The third officer, Park Han-gyeol, was in charge of the bridge, investigators say.",
        "The third officer said the evacuation had been delayed because the current was strong.",
    )[1]
    b = claim("Lee said he had delayed the evacuation because the current was strong.", "B")
    assert a.slots.holder == "Park Han-gyeol"
    found = judge.find_conflict(a, b)
    assert found is not None and found.kind == Kind.ATTRIBUTION
    assert found.value_a == "the third officer (Park Han-gyeol)"
    # either order
    found = judge.attribution_differs(b, a)
    assert found is not None and found.value_b == "the third officer (Park Han-gyeol)"


def test_title_before_name_and_name_then_title():
    a = _story(
        "A",
        "Police Commissioner Mike Bush said four people had been detained.",
        'The police commissioner described the shootings as "one of our darkest days".',
    )[1]
    assert a.slots.holder == "Mike Bush"
    b = claim('Ardern called the attack "one of our darkest days".', "B")
    assert judge.attribution_differs(a, b) is not None
    a = _story(
        "A",
        "Vasyl Malyuk, the SBU chief, oversaw the operation.",
        'The SBU chief called the result "absolutely brilliant".',
    )[1]
    assert a.slots.holder == "Vasyl Malyuk"


def test_same_holder_or_unknown_holder_is_no_divergence():
    # The other side names the holder: the same person.
    a = _story(
        "A",
        "SBU chief Vasyl Malyuk said the operation took 18 months.",
        'The SBU chief called the result "absolutely brilliant".',
    )[1]
    b = claim('Malyuk called the result "absolutely brilliant".', "B")
    assert judge.attribution_differs(a, b) is None
    # Near miss: the source names no holder; a role against a name stays open
    # ("the prime minister" may be Ardern).
    a = _story(
        "A",
        "Four people were detained.",
        'The police commissioner described the shootings as "one of our darkest days".',
    )[1]
    assert a.slots.holder is None
    b = claim('Ardern called the attack "one of our darkest days".', "B")
    assert judge.attribution_differs(a, b) is None
    # Two people with the title (a former one): no single holder.
    a = _story(
        "A",
        "Former SBU chief Ivan Bakanov was dismissed in 2022.",
        "SBU chief Vasyl Malyuk said the operation took 18 months.",
        'The SBU chief called the result "absolutely brilliant".',
    )[2]
    assert a.slots.holder == "Vasyl Malyuk"
    # One-word roles ("the spokesman") and ranks ("the deputy police
    # commissioner") are not bound.
    a = _story(
        "A",
        "Police Commissioner Mike Bush said four people had been detained.",
        "The deputy police commissioner said the attack was planned.",
    )[1]
    assert a.slots.holder is None


def _stories(*sources):
    """Claims of several sources of one story, as `extract_claims` gives them."""
    claims = [claim(t, source, index=i) for source, texts in sources for i, t in enumerate(texts)]
    return name_story_titles(name_role_holders(claims))


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
