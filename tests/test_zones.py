"""Clock times read in a place's zone: "3.20pm Dutch time", "21:50 local time"."""

import datetime as dt

import pytest

from claimcheck import judge
from claimcheck.extract import extract_slots
from claimcheck.records import Claim, Kind, Sentence
from claimcheck.slots import zones


def claim(text, source, anchor):
    return Claim(Sentence(source, 0, 0, len(text), text), extract_slots(text, anchor=anchor))


def differ(a, b, anchor):
    found = judge.date_differs(claim(a, "A", anchor), claim(b, "B", anchor))
    return found is not None and found.kind is Kind.DATE


@pytest.mark.parametrize(
    ("name", "zone"),
    [
        ("Dutch", "Europe/Amsterdam"),
        ("Netherlands", "Europe/Amsterdam"),
        ("Lebanese", "Asia/Beirut"),
        ("Turkish", "Europe/Istanbul"),
        ("Canberra", "Australia/Sydney"),
        ("London", "Europe/London"),  # the capital, not London, Ontario
        # several zones: unresolved
        ("Australia", None),
        ("Australian", None),
        ("United States", None),
        ("Spain", None),  # the Canaries
        ("Portland", None),  # Oregon and Maine
        ("Prime", None),
    ],
)
def test_a_place_has_a_zone_only_when_it_has_one(name, zone):
    assert zones.place_zone(name) == zone


def test_offsets_follow_daylight_saving():
    # The Netherlands went to summer time on 30 March 2014.
    assert zones.zone_offsets("Europe/Amsterdam", dt.date(2014, 3, 29)) == (60,)
    assert zones.zone_offsets("Europe/Amsterdam", dt.date(2014, 3, 31)) == (120,)
    # Sydney left daylight time on 7 April 2024.
    assert zones.zone_offsets("Australia/Sydney", dt.date(2024, 4, 6)) == (660,)
    assert zones.zone_offsets("Australia/Sydney", dt.date(2024, 4, 8)) == (600,)
    # No day: every offset of the month up to the report.
    assert zones.zone_offsets("Europe/Amsterdam", None, dt.date(2014, 4, 10)) == (60, 120)
    assert zones.zone_offsets("Europe/Amsterdam", None, dt.date(2014, 7, 18)) == (120,)
    assert zones.zone_offsets("Nowhere/Atlantis", dt.date(2014, 7, 18)) == ()


@pytest.mark.parametrize(
    ("a", "b", "anchor", "expected"),
    [
        # July: Dutch time is UTC+2, 3.20pm is 13:20 UTC.
        (
            "Controllers lost contact with the aircraft at 1415 GMT.",
            "Controllers lost contact with the aircraft at 3.20pm Dutch time.",
            dt.date(2014, 7, 18),
            True,
        ),
        (
            "Controllers lost contact with the aircraft at 13:20 UTC.",
            "Controllers lost contact with the aircraft at 3.20pm Dutch time.",
            dt.date(2014, 7, 18),
            False,
        ),
        # January: Dutch time is UTC+1.
        (
            "Controllers lost contact with the aircraft at 13:20 UTC.",
            "Controllers lost contact with the aircraft at 3.20pm Dutch time.",
            dt.date(2014, 1, 18),
            True,
        ),
        (
            "Controllers lost contact with the aircraft at 14:20 UTC.",
            "Controllers lost contact with the aircraft at 3.20pm Dutch time.",
            dt.date(2014, 1, 18),
            False,
        ),
        # "local time" in a sentence naming one zone's place (Turkey, UTC+3).
        (
            "Turkish officials said the first shots were fired at 21:50 local time.",
            "The first shots were fired at 18:50 GMT.",
            dt.date(2016, 6, 29),
            False,
        ),
        (
            "Turkish officials said the first shots were fired at 21:50 local time.",
            "The first shots were fired at 19:50 GMT.",
            dt.date(2016, 6, 29),
            True,
        ),
        # On a known day, either side of Sydney's change back on 7 April 2024.
        (
            "The hearing began at 10am on April 6, Canberra time.",
            "The hearing began at 23:00 GMT on April 5.",
            dt.date(2024, 4, 9),
            False,
        ),
        (
            "The hearing began at 10am on April 8, Canberra time.",
            "The hearing began at 23:00 GMT on April 7.",
            dt.date(2024, 4, 9),
            True,
        ),
        # Near misses, left as before: several zones, or no place named.
        (
            "Australian officials said the first shots were fired at 21:50 local time.",
            "The first shots were fired at 05:50 GMT.",
            dt.date(2016, 6, 29),
            False,
        ),
        (
            "The first shots were fired at 21:50 local time.",
            "The first shots were fired at 05:50 GMT.",
            dt.date(2016, 6, 29),
            False,
        ),
        (
            "The hearing began at 10am, Australian time.",
            "The hearing began at 06:00 GMT.",
            dt.date(2024, 6, 27),
            False,
        ),
    ],
)
def test_clock_times_in_a_places_zone_compare_as_moments(a, b, anchor, expected):
    assert differ(a, b, anchor) is expected


def test_a_journeys_end_leaves_local_time_unresolved():
    # The "local time" of a flight arriving from Seoul is San Francisco's.
    arriving = "Flight 214, arriving from Seoul Incheon, crashed at 1128 local time on 6 July."
    assert zones.sentence_zone(arriving) is None
    assert zones.names_place(arriving)
    assert not differ(arriving, "Flight 214 crashed at 1828 GMT on 6 July.", dt.date(2013, 7, 8))


BEIRUT_REPORT = (
    "Pagers exploded across Lebanon on Tuesday. Hospitals in Beirut filled with the wounded. "
    "Lebanon's health minister said thousands were hurt. Israel did not comment. "
    "The blasts came at 3:30 p.m. local time."
)


def test_a_reports_place_gives_local_time_its_zone():
    # Israel's clocks read as Lebanon's in September: no rival.
    assert zones.source_zone(BEIRUT_REPORT, dt.date(2024, 9, 18)) == "Asia/Beirut"
    # Named once: not enough.
    assert (
        zones.source_zone("Pagers exploded in Lebanon at 3:30 p.m.", dt.date(2024, 9, 18)) is None
    )
    # Two places in two zones, named as often: none stands out.
    split = "Lebanon said so. Lebanon agreed. Hungary denied it. Hungary's firm too."
    assert zones.source_zone(split, dt.date(2024, 9, 18)) is None
    # A place of several zones is a rival too.
    rival = "Lebanon said so. Lebanon agreed. The United States denied it. US officials too."
    assert zones.source_zone(rival, dt.date(2024, 9, 18)) is None


def test_local_time_with_no_place_takes_the_reports_zone():
    from claimcheck.extract import extract_claims
    from claimcheck.records import Source

    day = dt.date(2024, 9, 18)
    text = BEIRUT_REPORT
    start = text.index("The blasts")
    source = Source("B", "b.txt", text, published=day)
    sentences = [Sentence("B", 0, start, len(text), text[start:])]
    (local,) = extract_claims(sentences, sources={"B": source})
    assert local.slots.local_zone == "Asia/Beirut"
    # 3:30 p.m. in Beirut (UTC+3 in September) is 12:30 GMT.
    same = claim("The blasts came at 12:30 GMT.", "A", day)
    other = claim("The blasts came at 14:30 GMT.", "A", day)
    assert judge.date_differs(same, local) is None
    assert judge.date_differs(other, local).kind is Kind.DATE
    # Without the report's place, the local time is not read in a zone.
    bare = claim("The blasts came at 3:30 p.m. local time.", "B", day)
    assert judge.date_differs(other, bare) is None


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("Turkish officials said the shots came at 21:50 local time.", "Europe/Istanbul"),
        ("It left Amsterdam's Schiphol airport at 12:31 local time.", "Europe/Amsterdam"),
        # a town's name starting a longer one names no town
        ("Delta Connection Flight 4819 landed at 14:13 local time.", None),
        # a journey's end, hyphenated: unresolved
        ("Flight 4819 from Minneapolis-St Paul landed at 14:13 local time.", None),
    ],
)
def test_which_words_name_the_place_of_local_time(text, zone):
    assert zones.sentence_zone(text) == zone


def test_places_whose_clocks_read_alike_count_with_the_reports_place():
    day = dt.date(2024, 9, 18)
    # Israel (UTC+3 in September, as Lebanon) counts with Lebanon against Hungary.
    alike = (
        "Lebanon said so. Lebanon agreed. Israel denied it. Israel's army too. Israel's envoy too. "
        "Hungary denied it. Hungary's firm too."
    )
    assert zones.source_zone(alike, day) in {"Asia/Beirut", "Asia/Jerusalem"}
    # One mention of Israel is not enough against Hungary's two.
    fewer = (
        "Lebanon said so. Lebanon agreed. Israel denied it. Hungary denied it. Hungary's firm too."
    )
    assert zones.source_zone(fewer, day) is None


BRUSSELS_REPORT = (
    "Two blasts hit Brussels airport on Tuesday. Belgium raised its alert level. "
    "Brussels metro stations were shut. Belgian police searched homes. "
    "A third blast hit Maelbeek station at 9.11am."
)


def _report_claim(text, first, day, name="B"):
    from claimcheck.extract import extract_claims
    from claimcheck.records import Source

    start = text.index(first)
    source = Source(name, "b.txt", text, published=day)
    sentences = [Sentence(name, 0, start, len(text), text[start:])]
    (out,) = extract_claims(sentences, sources={name: source})
    return out


def test_a_bare_clock_is_the_reports_place_time():
    day = dt.date(2016, 3, 22)
    local = _report_claim(BRUSSELS_REPORT, "A third", day)
    assert local.slots.local_zone == "Europe/Brussels"
    # 9.11am in Brussels (UTC+1 in March) is 08:11 GMT: the same moment.
    same = claim("A third blast hit Maelbeek station at 08:11 GMT.", "A", day)
    other = claim("A third blast hit Maelbeek station at 07:11 GMT.", "A", day)
    assert judge.date_differs(same, local) is None
    assert judge.date_differs(other, local).kind is Kind.DATE
    # Without a place standing out in its report, a bare clock is read in no zone.
    bare = claim("A third blast hit Maelbeek station at 9.11am.", "B", day)
    assert judge.date_differs(other, bare) is None


def test_a_bare_clock_in_a_report_of_two_zones_is_read_in_none():
    day = dt.date(2016, 3, 22)
    split = (
        "Belgium said so. Brussels agreed. Belgian police searched homes. "
        "Britain denied it. London agreed. British police too. "
        "A third blast hit Maelbeek station at 9.11am."
    )
    local = _report_claim(split, "A third", day)
    other = claim("A third blast hit Maelbeek station at 07:11 GMT.", "A", day)
    assert judge.date_differs(other, local) is None
    # A sentence naming a place of another zone keeps its clock unread.
    away = _report_claim(
        BRUSSELS_REPORT.replace("A third blast hit Maelbeek station", "A flight left for New York"),
        "A flight",
        day,
    )
    assert judge.date_differs(claim("A flight left at 07:11 GMT.", "A", day), away) is None


PARIS_REPORT = (
    "Gunmen attacked Paris on Friday. France declared a state of emergency. "
    "French police sealed the Paris concert hall. "
)


def test_bare_clocks_of_one_zone_compare_as_they_read():
    # Both reports are about Paris; the clocks changed within the month
    # before the second one, but one zone on both sides reads alike: an hour apart.
    a = _report_claim(
        PARIS_REPORT + "Police stormed the hall at 00:20 on Saturday.",
        "Police",
        dt.date(2015, 11, 15),
        "A",
    )
    b = _report_claim(
        PARIS_REPORT + "Police stormed the hall at around 1.20am.", "Police", dt.date(2015, 11, 17)
    )
    assert a.slots.local_zone == b.slots.local_zone == "Europe/Paris"
    assert judge.date_differs(a, b).kind is Kind.DATE


QUITO_REPORT = (
    "Gunmen stormed a TV studio in Guayaquil on Tuesday. Ecuador declared an internal conflict. "
    "Ecuadorian troops patrolled Guayaquil. "
)


def test_a_gmt_clock_converting_a_local_one_gives_way_to_it():
    day = dt.date(2024, 1, 10)
    bare = _report_claim(QUITO_REPORT + "The attack began at around 1:30 p.m.", "The attack", day)
    both = _report_claim(
        QUITO_REPORT + "The assault began at 14:12 local time (19:12 GMT).", "The assault", day, "A"
    )
    assert bare.slots.local_zone == both.slots.local_zone == "America/Guayaquil"
    # 1:30 p.m. against 14:12: 42 minutes apart, whatever the GMT clock's slack.
    assert judge.date_differs(both, bare).kind is Kind.DATE
    near = _report_claim(
        QUITO_REPORT + "The assault began at 13:32 local time (18:32 GMT).", "The assault", day, "A"
    )
    assert judge.date_differs(near, bare) is None


def test_a_bracketed_gmt_clock_does_not_zone_the_bare_one_it_converts():
    day = dt.date(2024, 1, 10)
    bare = _report_claim(QUITO_REPORT + "The attack began at 14:12.", "The attack", day)
    both = _report_claim(
        QUITO_REPORT + "The assault began at 2:12 p.m. (1912 GMT).", "The assault", day, "A"
    )
    assert judge.date_differs(both, bare) is None
    later = _report_claim(QUITO_REPORT + "The attack began at 15:12.", "The attack", day)
    assert judge.date_differs(both, later).kind is Kind.DATE
