import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.records import DateRef
from claimcheck.slots import dates as dates_module
from claimcheck.slots.dates import dates_compatible, format_date, parse_dates

D = dt.date


def days(text, anchor):
    """The (low, high) day intervals found in ``text``, in order."""
    return [(d.low, d.high) for d in parse_dates(text, anchor=anchor)]


def one(text, anchor):
    refs = parse_dates(text, anchor=anchor)
    assert len(refs) == 1, refs
    return refs[0]


def day(y, m, d):
    return (D(y, m, d), D(y, m, d))


def span(a, b):
    return (a, b)


# (sentence, anchor, expected day intervals in text order)
TABLE = [
    # absolute forms
    ("It happened on September 9.", D(2021, 9, 12), [day(2021, 9, 9)]),
    ("It happened on 9 September.", D(2021, 9, 12), [day(2021, 9, 9)]),
    ("Lukashenka spoke on September 1 in Babruysk.", D(2021, 9, 1), [day(2021, 9, 1)]),
    ("They met on September 9, 2021.", None, [day(2021, 9, 9)]),
    ("They met on 9 Sept 2021.", None, [day(2021, 9, 9)]),
    ("The update began on Dec. 12.", D(2023, 12, 15), [day(2023, 12, 12)]),
    ("The update began on December 12.", D(2023, 12, 15), [day(2023, 12, 12)]),
    ("Published: 2021-09-09", None, [day(2021, 9, 9)]),
    ("He met them on the 9th of September.", D(2021, 9, 12), [day(2021, 9, 9)]),
    ("The probe opened in August 2021.", None, [span(D(2021, 8, 1), D(2021, 8, 31))]),
    ("Ueda became governor in April 2023.", None, [span(D(2023, 4, 1), D(2023, 4, 30))]),
    ("Negative rates were introduced in 2016.", None, [span(D(2016, 1, 1), D(2016, 12, 31))]),
    ("Models built between 2012 and 2023.", None, [span(D(2012, 1, 1), D(2023, 12, 31))]),
    (
        "The Fed raised rates 11 times between March 2022 and July 2023.",
        None,
        [span(D(2022, 3, 1), D(2023, 7, 31))],
    ),
    (
        "They will be signed in October-November.",
        D(2021, 9, 1),
        [span(D(2021, 10, 1), D(2021, 11, 30))],
    ),
    (
        "Troops will have returned to their bases by mid-October.",
        D(2021, 9, 12),
        [span(D(2021, 9, 12), D(2021, 10, 20))],
    ),
    (
        "The next meeting is scheduled for late April.",
        D(2024, 3, 20),
        [span(D(2024, 4, 21), D(2024, 4, 30))],
    ),
    (
        "It will begin selling early next year.",
        D(2024, 3, 20),
        [span(D(2025, 1, 1), D(2025, 4, 30))],
    ),
    ("It plans to sell next year.", D(2024, 3, 20), [span(D(2025, 1, 1), D(2025, 12, 31))]),
    (
        "Tesla delivered 1.3 million cars last year.",
        D(2023, 12, 15),
        [span(D(2022, 1, 1), D(2022, 12, 31))],
    ),
    (
        "The vote was held on 10-11 November.",
        D(2023, 12, 20),
        [span(D(2023, 11, 10), D(2023, 11, 11))],
    ),
    ("Argentina's titles came in the 1970s.", None, [span(D(1970, 1, 1), D(1979, 12, 31))]),
    ("Sales in the 2023/24 season rose.", None, [span(D(2023, 1, 1), D(2024, 12, 31))]),
    ("She lost the 2020 election.", None, [span(D(2020, 1, 1), D(2020, 12, 31))]),
    (
        "Messi said Qatar 2022 would be his last World Cup.",
        None,
        [span(D(2022, 1, 1), D(2022, 12, 31))],
    ),
    (
        "It is Argentina's third title, after 1978 and 1986.",
        None,
        [span(D(1978, 1, 1), D(1978, 12, 31)), span(D(1986, 1, 1), D(1986, 12, 31))],
    ),
    ("La final se jugó el 18 de diciembre de 2022.", None, [day(2022, 12, 18)]),
    # relative to the anchor
    ("Tesla yesterday recalled two million cars.", D(2023, 12, 14), [day(2023, 12, 13)]),
    ("The bank raised rates today.", D(2024, 3, 19), [day(2024, 3, 19)]),
    ("Argentina won the final tonight.", D(2022, 12, 18), [day(2022, 12, 18)]),
    ("The eruption began last night.", D(2023, 12, 19), [day(2023, 12, 18)]),
    ("The squad lands tomorrow.", D(2022, 12, 19), [day(2022, 12, 20)]),
    ("Tesla started sending the update on Monday.", D(2023, 12, 14), [day(2023, 12, 11)]),
    ("The update began rolling out on Tuesday.", D(2023, 12, 13), [day(2023, 12, 12)]),
    ("Putin is expected to pay a visit to the troops Monday.", D(2021, 9, 12), [day(2021, 9, 13)]),
    ("He will travel to Minsk on Friday.", D(2021, 9, 12), [day(2021, 9, 17)]),
    ("The summit is scheduled for Wednesday.", D(2021, 9, 12), [day(2021, 9, 15)]),
    ("Lukashenko visited the exercises Sunday.", D(2021, 9, 12), [day(2021, 9, 12)]),
    ("Lukashenko met Putin at the Kremlin last Thursday.", D(2021, 9, 12), [day(2021, 9, 9)]),
    ("On Thursday of last week, the two leaders met.", D(2021, 9, 12), [day(2021, 9, 9)]),
    ("They met on Thursday last week.", D(2021, 9, 15), [day(2021, 9, 9)]),
    ("Rengo's tally, released last Thursday, showed 5.28%.", D(2024, 3, 20), [day(2024, 3, 14)]),
    ("He will visit next Monday.", D(2021, 9, 12), [day(2021, 9, 13)]),
    (
        "Its residents were evacuated last month.",
        D(2023, 12, 20),
        [span(D(2023, 11, 1), D(2023, 11, 30))],
    ),
    ("The drills take place this month.", D(2021, 9, 1), [span(D(2021, 9, 1), D(2021, 9, 30))]),
    ("The Fed meets next month.", D(2024, 12, 20), [span(D(2025, 1, 1), D(2025, 1, 31))]),
    (
        "Forces are set to hold exercises later this month.",
        D(2021, 9, 1),
        [span(D(2021, 9, 1), D(2021, 9, 30))],
    ),
    ("Prices rose earlier this month.", D(2021, 9, 20), [span(D(2021, 9, 1), D(2021, 9, 20))]),
    ("Wages rose this year.", D(2024, 3, 20), [span(D(2024, 1, 1), D(2024, 12, 31))]),
    (
        "Ueda took over as governor last April.",
        D(2024, 3, 20),
        [span(D(2023, 4, 1), D(2023, 4, 30))],
    ),
    ("Last April the bank held rates.", D(2024, 5, 10), [span(D(2024, 4, 1), D(2024, 4, 30))]),
    (
        "In February, Tesla recalled 363,000 cars.",
        D(2023, 12, 15),
        [span(D(2023, 2, 1), D(2023, 2, 28))],
    ),
    (
        "Putin will come to Minsk in November.",
        D(2021, 9, 12),
        [span(D(2021, 11, 1), D(2021, 11, 30))],
    ),
    ("Lai will take office on 20 May.", D(2024, 1, 15), [day(2024, 5, 20)]),
    ("The evacuation was on 28 December.", D(2024, 1, 5), [day(2023, 12, 28)]),
    # "N years ago" is N to N+1 years back: people round down.
    ("Rates last rose 17 years ago.", D(2024, 3, 19), [span(D(2006, 1, 1), D(2007, 12, 31))]),
    (
        "Four years ago, Tsai won re-election.",
        D(2024, 1, 14),
        [span(D(2019, 1, 1), D(2020, 12, 31))],
    ),
    (
        "The town was evacuated a week ago.",
        D(2023, 12, 19),
        [span(D(2023, 12, 9), D(2023, 12, 15))],
    ),
    ("He died three days ago.", D(2023, 12, 19), [day(2023, 12, 16)]),
    # "more than N ago" reaches further back; "less than N ago" up to the day.
    (
        "The men were entombed more than nine weeks ago.",
        D(2010, 10, 13),
        [span(D(2010, 7, 6), D(2010, 8, 14))],
    ),
    ("It happened less than a week ago.", D(2010, 10, 13), [span(D(2010, 10, 3), D(2010, 10, 13))]),
    # A day told from the sentence's own date before it.
    (
        "The dam opened on August 9 and all five gates by the next day.",
        D(2018, 8, 17),
        [day(2018, 8, 9), day(2018, 8, 10)],
    ),
    (
        "Hama fell on December 6, and Homs a day later.",
        D(2024, 12, 9),
        [day(2024, 12, 6), day(2024, 12, 7)],
    ),
    # ... not from a date before an event it names after it.
    (
        "Parliament was dissolved on Tuesday, a day after Hasina quit.",
        D(2024, 8, 8),
        [day(2024, 8, 6), (None, None)],
    ),
    # ... nor across sentences.
    (
        "The quake struck on Friday. Rescuers arrived the next day.",
        D(2018, 8, 17),
        [day(2018, 8, 17), (None, None)],
    ),
    ("The jet crashed at 1128 local time on 6 July.", D(2013, 7, 10), [day(2013, 7, 6)]),
    # "ago today" / "ago to the day": that very date, "today" part of the phrase.
    ("The quake struck a week ago today.", D(2010, 1, 19), [day(2010, 1, 12)]),
    ("Exactly a year ago today, the bridge fell.", D(2010, 1, 19), [day(2009, 1, 19)]),
    ("It fell two months ago to the day.", D(2010, 3, 31), [day(2010, 1, 31)]),
    ("The vote was a year ago today.", D(2024, 2, 29), [day(2023, 2, 28)]),
    (
        "Ganó su último Mundial hace 36 años.",
        D(2022, 12, 19),
        [span(D(1985, 1, 1), D(1986, 12, 31))],
    ),
    ("Lava kept flowing this week.", D(2023, 12, 15), [span(D(2023, 12, 10), D(2023, 12, 17))]),
    ("The talks were held last week.", D(2021, 9, 15), [span(D(2021, 9, 5), D(2021, 9, 12))]),
    ("Talks resume next week.", D(2021, 9, 15), [span(D(2021, 9, 19), D(2021, 9, 26))]),
    ("The bank will act later this year.", D(2024, 3, 20), [span(D(2024, 3, 20), D(2024, 12, 31))]),
    ("Sales fell over the past two weeks.", D(2024, 3, 20), [span(D(2024, 3, 6), D(2024, 3, 20))]),
    # tense: the nearest cue in the clause decides; no cue at all picks the nearest date
    (
        "The bank, which ended its policy on Tuesday, will meet again in late April.",
        D(2024, 3, 21),
        [day(2024, 3, 19), span(D(2024, 4, 21), D(2024, 4, 30))],
    ),
    ("On November 4, Putin is expected in Minsk.", D(2021, 9, 12), [day(2021, 11, 4)]),
    ("He said it would stay closed until December 27.", D(2023, 12, 19), [day(2023, 12, 27)]),
    (
        "The central bank meets on April 25-26.",
        D(2024, 3, 20),
        [span(D(2024, 4, 25), D(2024, 4, 26))],
    ),
    (
        "Lai's win over the weekend angered Beijing.",
        D(2024, 1, 15),
        [span(D(2024, 1, 13), D(2024, 1, 14))],
    ),
    ("Shares fell on Wednesday, March 20, after the decision.", D(2024, 3, 21), [day(2024, 3, 20)]),
    ("Tesla said yesterday (Wednesday) it would comply.", D(2023, 12, 14), [day(2023, 12, 13)]),
    # Spanish basics
    (
        "Los precios subieron la semana pasada.",
        D(2021, 9, 15),
        [span(D(2021, 9, 5), D(2021, 9, 12))],
    ),
    ("La inflación bajará este año.", D(2024, 3, 20), [span(D(2024, 1, 1), D(2024, 12, 31))]),
    ("La selección se consagró ayer campeona del mundo.", D(2022, 12, 19), [day(2022, 12, 18)]),
    ("Hoy es feriado.", D(2022, 12, 20), [day(2022, 12, 20)]),
    ("Anoche hubo festejos.", D(2022, 12, 19), [day(2022, 12, 18)]),
    ("El equipo jugó el domingo.", D(2022, 12, 19), [day(2022, 12, 18)]),
    ("Decretó feriado para mañana, martes.", D(2022, 12, 19), [day(2022, 12, 20)]),
    ("El plantel aterrizará el martes.", D(2022, 12, 19), [day(2022, 12, 20)]),
    ("La inflación subió el mes pasado.", D(2023, 12, 20), [span(D(2023, 11, 1), D(2023, 11, 30))]),
    ("Ganó en noviembre.", D(2023, 12, 20), [span(D(2023, 11, 1), D(2023, 11, 30))]),
    # A month of a year named relatively is one date, that month of that year.
    ("The lander crashed in May last year.", D(2024, 1, 22), [span(D(2023, 5, 1), D(2023, 5, 31))]),
    ("Talks resume in March this year.", D(2024, 1, 22), [span(D(2024, 3, 1), D(2024, 3, 31))]),
]


@pytest.mark.parametrize(("text", "anchor", "expected"), TABLE)
def test_parse_dates_resolves_table(text, anchor, expected):
    assert days(text, anchor) == expected


# --- gold facts from the evaluation README -----------------------------------


def test_thursday_of_last_week_on_a_sunday_is_the_week_just_ended():
    assert one("On Thursday of last week, they met.", D(2021, 9, 12)).low == D(2021, 9, 9)


def test_last_month_in_december_contains_both_november_dates():
    last_month = one("Residents were evacuated last month.", D(2023, 12, 20))
    for text in ("They left on 10 November.", "They left on November 11."):
        assert dates_compatible(last_month, one(text, D(2023, 12, 19))) is True
    assert (
        dates_compatible(
            one("on 10 November", D(2023, 12, 19)), one("on 11 November", D(2023, 12, 19))
        )
        is False
    )


def test_on_tuesday_equals_yesterday_a_day_later():
    tuesday = one("The bank raised rates on Tuesday.", D(2024, 3, 19))
    yesterday = one("The bank raised rates yesterday.", D(2024, 3, 20))
    assert dates_compatible(tuesday, yesterday) is True
    assert tuesday.low == yesterday.low == D(2024, 3, 19)


def test_last_april_in_march_is_april_of_the_previous_year():
    last_april = one("He took over as governor last April.", D(2024, 3, 20))
    assert dates_compatible(last_april, one("He became governor in April 2023.", None)) is True
    assert dates_compatible(last_april, one("He became governor in April 2024.", None)) is False


def test_ayer_on_sunday_and_tonight_name_one_day():
    ayer = one("Argentina se consagró ayer.", D(2022, 12, 19))
    sunday = one("Argentina won the World Cup on Sunday.", D(2022, 12, 19))
    tonight = one("Argentina beat France tonight.", D(2022, 12, 18))
    assert ayer.low == sunday.low == tonight.low == D(2022, 12, 18)
    assert dates_compatible(ayer, sunday) and dates_compatible(sunday, tonight)


def test_october_november_contains_fourth_of_november():
    months = one("They will be signed in October-November.", D(2021, 9, 1))
    nov4 = one("On November 4, Putin is expected in Minsk.", D(2021, 9, 12))
    assert nov4.low == D(2021, 11, 4)
    assert dates_compatible(months, nov4) is True


def test_later_this_month_runs_from_anchor_to_month_end():
    ref = one("Forces are set to hold exercises later this month.", D(2021, 9, 1))
    assert (ref.low, ref.high) == (D(2021, 9, 1), D(2021, 9, 30))


def test_rollout_monday_and_tuesday_differ_and_december_12_matches_tuesday():
    monday = one("Tesla started sending the update on Monday.", D(2023, 12, 14))
    tuesday = one("The update began rolling out on Tuesday.", D(2023, 12, 13))
    dec12 = one("The update, which began rolling out on December 12, may help.", D(2023, 12, 15))
    assert (monday.low, tuesday.low, dec12.low) == (
        D(2023, 12, 11),
        D(2023, 12, 12),
        D(2023, 12, 12),
    )
    assert dates_compatible(monday, tuesday) is False
    assert dates_compatible(tuesday, dec12) is True


def test_clock_forms_of_one_eruption_time_are_compatible():
    pm = one("The eruption began at 10:17 p.m.", D(2023, 12, 19))
    h24 = one("A fissure eruption began at 22:17 local time last night.", D(2023, 12, 19))
    shortly = one("The eruption started shortly after 10 p.m. on Monday.", D(2023, 12, 20))
    assert pm.minutes == (1337, 1337)
    assert h24.minutes == (1337, 1337) and h24.low == D(2023, 12, 18)
    assert shortly.minutes == (1320, 1350) and shortly.low == D(2023, 12, 18)
    assert (
        dates_compatible(pm, h24)
        and dates_compatible(h24, shortly)
        and dates_compatible(pm, shortly)
    )


def test_expected_visit_monday_is_the_next_monday():
    ref = one("Putin is expected to pay a visit to the troops Monday.", D(2021, 9, 12))
    assert ref.low == D(2021, 9, 13)


def test_seed_gold_dates_read_from_shared_eval_if_present():
    """The seed's DW article (dated Sunday 12 Sept 2021) puts the Kremlin talks on 9 Sept."""
    path = (
        Path(__file__).parents[1]
        / ".."
        / "shared"
        / "eval"
        / "seeds"
        / "cases"
        / "seeds-belarus-arms"
    )
    dw = path / "sources" / "DW.txt"
    if not dw.exists():
        pytest.skip("shared eval data not present")
    text = dw.read_text(encoding="utf-8")
    anchor = D.fromisoformat(text.splitlines()[1].split(":", 1)[1].strip())
    line = next(x for x in text.splitlines() if x.startswith("On Thursday of last week"))
    assert parse_dates(line, anchor=anchor)[0].low == D(2021, 9, 9)


# --- times of day ------------------------------------------------------------

TIMES = [
    ("at 10:17 p.m.", (1337, 1337)),
    ("at 10.17pm", (1337, 1337)),
    ("at 22:17", (1337, 1337)),
    ("at 22.17 GMT", (1337, 1337)),
    ("shortly after 10 p.m.", (1320, 1350)),
    ("around 10 p.m.", (1290, 1350)),  # a round hour: ±30 minutes
    ("at about 9 am", (510, 570)),
    ("just before noon", (700, 720)),
    ("between 10 and 11 p.m.", (1320, 1380)),
    ("at 12 a.m.", (0, 0)),
    ("at 12 p.m.", (720, 720)),
    ("a las 22.17", (1337, 1337)),
    ("in the evening", (1020, 1439)),  # from 5 p.m.: "5 o'clock on Wednesday evening"
]


@pytest.mark.parametrize(("text", "minutes"), TIMES)
def test_time_alone_has_minutes_and_no_day(text, minutes):
    ref = one(f"The eruption began {text}.", D(2023, 12, 19))
    assert ref.minutes == minutes
    assert (ref.low, ref.high) == (None, None)


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("The bomb exploded at 15.25 on Friday outside the tower.", (925, 925)),
        ("A second quake struck Jambi province at 8.52 this morning.", (532, 532)),
        ("The ceasefire finally took hold at 11.15 on Sunday.", (675, 675)),
    ],
)
def test_a_dotted_clock_after_at_with_a_day_after_it_is_a_time(text, minutes):
    ref = one(text, D(2011, 7, 23))
    assert ref.minutes == minutes and ref.low is not None


@pytest.mark.parametrize(
    "text",
    [
        "The bomb exploded at 15.25 outside the tower.",  # no day after: a figure
        "The Fed held rates at 5.25 on Wednesday.",  # a market's figure
        "Shares closed at 15.25 on Friday.",
        "Output rose 15.25 on Friday.",  # no "at"
    ],
)
def test_a_dotted_figure_without_at_and_a_day_or_of_a_market_is_no_time(text):
    assert all(d.minutes is None for d in parse_dates(text, anchor=D(2011, 7, 23)))


@pytest.mark.parametrize(
    ("text", "anchor", "low", "minutes"),
    [
        ("It erupted late on Monday.", D(2023, 12, 19), D(2023, 12, 18), (1080, 1439)),
        ("He spoke on Sunday evening.", D(2023, 12, 19), D(2023, 12, 17), (1020, 1439)),
        ("By Tuesday morning it was weaker.", D(2023, 12, 19), D(2023, 12, 19), (0, 719)),
        ("Lai won on Saturday night.", D(2024, 1, 13), D(2024, 1, 13), (1080, 1439)),
        ("It began at 10:17 on Monday night.", D(2023, 12, 19), D(2023, 12, 18), (1337, 1337)),
        ("Updated 19 December 2023, 09:40 GMT", None, D(2023, 12, 19), (580, 580)),
        ("The squad is due to land early on Tuesday.", D(2022, 12, 19), D(2022, 12, 20), (0, 539)),
        ("Aterrizará en la madrugada del martes.", D(2022, 12, 19), D(2022, 12, 20), (0, 359)),
    ],
)
def test_time_merges_into_day_of_same_sentence(text, anchor, low, minutes):
    ref = one(text, anchor)
    assert (ref.low, ref.minutes) == (low, minutes)
    assert text[ref.start : ref.end] == ref.text


def test_time_in_another_sentence_stays_unattached():
    refs = parse_dates(
        "It erupted on Monday. The Met Office said it began at 10:17 p.m.", anchor=D(2023, 12, 19)
    )
    assert [(r.low, r.minutes) for r in refs] == [(D(2023, 12, 18), None), (None, (1337, 1337))]


def test_a_clock_time_that_ends_a_sentence_is_no_time_of_the_next_day():
    # QA pass 21: "10 a.m. The clerk certified the result on Wednesday" was one datetime.
    refs = parse_dates(
        "Hale conceded at 10 a.m. The clerk certified the result on Wednesday.",
        anchor=D(2025, 12, 3),
    )
    assert [(r.text, r.low, r.minutes) for r in refs] == [
        ("10 a.m.", None, (600, 600)),
        ("Wednesday", D(2025, 12, 3), None),
    ]
    (kept,) = parse_dates("The polls closed at 10 p.m. Tuesday.", anchor=D(2025, 12, 3))
    assert (kept.low, kept.minutes) == (D(2025, 12, 2), (1320, 1320))


# --- not dates ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Tesla recalled 2,031,220 vehicles.",
        "The board voted 7-2 to end negative rates.",
        "Belarus wants the S-400 missile system.",
        "The recall covers the Model 3 and Model Y.",
        "The fissure is 4 km long.",
        "The talks lasted seven hours.",
        "They stayed for two days.",
        "About 2000 people marched.",
        "Rates rose 0.7% and the Nikkei closed at 40.05.",
        "He may resign, and March was cancelled.",
        "The spring wage round raised pay.",
        "Poland acted after the fall of communism.",
        "The team trains every Friday.",
        "It fell 1.5% in the 12.30 session.",
    ],
)
def test_parse_dates_ignores_counts_and_durations(text):
    assert parse_dates(text, anchor=D(2024, 3, 20)) == ()


def test_eve_of_is_ignored_and_day_before_is_unresolved():
    refs = parse_dates(
        "On the eve of the drills he spoke; the day before, he rested.", anchor=D(2021, 9, 12)
    )
    assert [(r.text, r.low, r.relative) for r in refs] == [("the day before", None, True)]
    assert format_date(refs[0]) == 'unresolved ("the day before")'


# --- bounds: since / by --------------------------------------------------------


def test_since_runs_from_named_period_to_anchor_and_keeps_the_period():
    ref = one("Rates rose for the first time since February 2007.", D(2024, 3, 20))
    assert ref.bound == "since"
    assert ref.period == (D(2007, 2, 1), D(2007, 2, 28))
    assert (ref.low, ref.high) == (D(2007, 2, 1), D(2024, 3, 20))
    assert ref.text == "since February 2007"


def test_since_bounds_compare_starting_points():
    year = one("the first time since 2007", D(2024, 3, 20))
    month = one("the first time since February 2007", D(2024, 3, 20))
    later = one("Negative rates had been in place since 2015.", D(2024, 3, 20))
    assert dates_compatible(year, month) is True
    assert dates_compatible(later, year) is False
    assert dates_compatible(year, one("Rates last rose 17 years ago.", D(2024, 3, 19))) is True


def test_by_is_a_deadline_from_anchor():
    ref = one("It plans to buy $1 billion of weapons by 2025.", D(2021, 9, 12))
    assert ref.bound == "by"
    assert (ref.low, ref.high) == (D(2021, 9, 12), D(2025, 12, 31))
    assert dates_compatible(ref, one("by 2024", D(2021, 9, 12))) is False
    assert format_date(ref) == "by 2025-01-01..2025-12-31"


def test_since_without_anchor_falls_back_to_the_named_period():
    ref = one("in place since 2016", None)
    assert (ref.low, ref.high, ref.bound) == (D(2016, 1, 1), D(2016, 12, 31), "since")


@pytest.mark.parametrize(
    ("text", "low", "period"),
    [
        # "the first time in 17 years" = "since February 2007", give or take a year
        ("It was the first rise in 17 years.", D(2007, 3, 20), (D(2006, 3, 20), D(2008, 3, 20))),
        (
            "the negative rate policy it had kept for eight years",
            D(2016, 3, 20),
            (D(2015, 3, 20), D(2017, 3, 20)),
        ),
        ("It was the worst flood in a decade.", D(2014, 3, 20), (D(2013, 3, 20), D(2015, 3, 20))),
        # since an event named in between: dated after it
        (
            "Turnout was the highest since reunification in 1990.",
            D(1990, 1, 1),
            (D(1990, 1, 1), D(1990, 12, 31)),
        ),
    ],
)
def test_years_back_from_the_anchor_are_a_since_period(text, low, period):
    ref = one(text, D(2024, 3, 20))
    assert (ref.bound, ref.low, ref.high, ref.period) == ("since", low, D(2024, 3, 20), period)


@pytest.mark.parametrize("anchor", [None, D(2024, 5, 2)])
def test_a_date_inside_a_since_event_is_no_date_of_its_own(anchor):
    # Found by hypothesis: "Monday" came back on its own after the since-period
    # that holds it (with an anchor, as a second, overlapping "since Monday").
    refs = parse_dates("SINCE MONDAY IN 2000", anchor=anchor)
    assert [(r.text, r.bound, r.period) for r in refs] == [
        ("SINCE MONDAY IN 2000", "since", (D(2000, 1, 1), D(2000, 12, 31)))
    ]


@pytest.mark.parametrize(
    "text",
    ["He was sentenced to prison for eight years.", "Prices could double in two years."],
)
def test_a_length_of_time_is_no_since_period(text):
    assert parse_dates(text, anchor=D(2024, 3, 20)) == ()


@pytest.mark.parametrize(
    ("text", "anchor", "low"),
    [
        # a forecast looks ahead: the coming Wednesday, not the last one
        (
            "Melissa is forecast to reach eastern Cuba early on Wednesday.",
            D(2025, 10, 28),
            D(2025, 10, 29),
        ),
        # a timetable in the present tense
        ("Celebrations continue on Sunday evening with a concert.", D(2023, 5, 6), D(2023, 5, 7)),
        ("The trial resumes on Monday.", D(2023, 5, 6), D(2023, 5, 8)),
        ("Fighting continued on Sunday.", D(2023, 5, 6), D(2023, 4, 30)),
        # a dropped plan has no tense of its own: the nearest July 3, not next year's
        (
            "The opening, originally scheduled for July 3, was postponed.",
            D(2025, 11, 1),
            D(2025, 7, 3),
        ),
        ("The opening is scheduled for July 3.", D(2025, 11, 1), D(2026, 7, 3)),
        # a day declared a holiday lies ahead of the (past) declaration
        ("The government has declared Monday a public holiday.", D(2024, 5, 2), D(2024, 5, 6)),
        ("The president declared Friday a day of national mourning.", D(2024, 5, 2), D(2024, 5, 3)),
        ("The government declared a public holiday on Monday.", D(2024, 5, 2), D(2024, 4, 29)),
        # a possibility lies ahead; "could" is often past ("could not be reached")
        ("Residents may return home on Friday.", D(2025, 3, 5), D(2025, 3, 7)),
        ("Residents can return home on Friday.", D(2025, 3, 5), D(2025, 3, 7)),
        ("He could not be reached on Monday.", D(2025, 3, 5), D(2025, 3, 3)),
        ("It may have started on Monday.", D(2025, 3, 5), D(2025, 3, 3)),
        # "may have damaged" looks back, whatever comes first; "may have to" ahead
        (
            "An explosion at reactor No. 2 early on Tuesday may have damaged its containment.",
            D(2011, 3, 17),
            D(2011, 3, 15),
        ),
        ("Residents may have to leave on Friday.", D(2025, 3, 5), D(2025, 3, 7)),
    ],
)
def test_forecasts_timetables_and_dropped_plans(text, anchor, low):
    assert one(text, anchor).low == low


# --- without an anchor ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "yesterday",
        "on Monday",
        "last Thursday",
        "last month",
        "in February",
        "September 9",
        "17 years ago",
        "ayer",
    ],
)
def test_relative_expressions_without_anchor_are_unresolved(text):
    ref = one(f"It happened {text}.", None)
    assert (ref.low, ref.high, ref.relative) == (None, None, True)
    assert dates_compatible(ref, ref) is None
    assert format_date(ref) == f'unresolved ("{ref.text}")'


def test_absolute_expressions_resolve_without_anchor():
    ref = one("They met on September 9, 2021.", None)
    assert (ref.low, ref.relative) == (D(2021, 9, 9), False)


# --- compatibility and formatting ---------------------------------------------


def test_dates_compatible_on_overlap_and_minutes():
    monday = DateRef(D(2023, 12, 18), D(2023, 12, 18), minutes=(1320, 1350))
    same = DateRef(D(2023, 12, 18), D(2023, 12, 18), minutes=(1337, 1337))
    early = DateRef(D(2023, 12, 18), D(2023, 12, 18), minutes=(600, 600))
    week = DateRef(D(2023, 12, 17), D(2023, 12, 23))
    other = DateRef(D(2023, 12, 25), D(2023, 12, 25))
    assert dates_compatible(monday, same) is True
    assert dates_compatible(monday, early) is False
    assert dates_compatible(monday, week) is True
    assert dates_compatible(week, other) is False
    assert dates_compatible(DateRef(None, None, relative=True), week) is None


def test_time_only_against_dated_time_compares_minutes():
    assert dates_compatible(
        DateRef(None, None, minutes=(1337, 1337)),
        DateRef(D(2023, 12, 18), D(2023, 12, 18), minutes=(1320, 1350)),
    )
    assert (
        dates_compatible(
            DateRef(None, None, minutes=(600, 600)), DateRef(None, None, minutes=(1337, 1337))
        )
        is False
    )
    assert (
        dates_compatible(
            DateRef(None, None, minutes=(600, 600)), DateRef(D(2023, 1, 1), D(2023, 1, 1))
        )
        is None
    )


@pytest.mark.parametrize(
    ("ref", "expected"),
    [
        (DateRef(D(2021, 9, 9), D(2021, 9, 9)), "2021-09-09"),
        (DateRef(D(2021, 10, 1), D(2021, 11, 30)), "2021-10-01..2021-11-30"),
        (DateRef(D(2023, 12, 18), D(2023, 12, 18), minutes=(1337, 1337)), "2023-12-18 22:17"),
        (
            DateRef(D(2023, 12, 18), D(2023, 12, 18), minutes=(1320, 1350)),
            "2023-12-18 22:00..22:30",
        ),
        (DateRef(None, None, minutes=(1337, 1337)), "22:17"),
        (DateRef(None, None, relative=True, text="last Thursday"), 'unresolved ("last Thursday")'),
    ],
)
def test_format_date(ref, expected):
    assert format_date(ref) == expected


# --- determinism --------------------------------------------------------------


def test_relative_results_move_with_the_anchor():
    text = "It erupted yesterday, and last month residents left; he spoke on Monday."
    first = parse_dates(text, anchor=D(2023, 12, 20))
    later = parse_dates(text, anchor=D(2024, 6, 5))
    assert [r.low for r in first] == [D(2023, 12, 19), D(2023, 11, 1), D(2023, 12, 18)]
    assert [r.low for r in later] == [D(2024, 6, 4), D(2024, 5, 1), D(2024, 6, 3)]
    assert parse_dates(text, anchor=D(2023, 12, 20)) == first


def test_module_never_reads_the_wall_clock():
    source = Path(dates_module.__file__).read_text(encoding="utf-8")
    for call in ("today(", "now(", "utcnow(", "time.time("):
        assert call not in source


# --- properties ---------------------------------------------------------------

anchors = st.one_of(st.none(), st.dates())
newsy = st.lists(
    st.sampled_from(
        [
            "on Monday", "yesterday", "last Thursday", "Thursday of last week", "in 2007", "since",
            "by", "September 9", "9 Sept 2021", "-", "\u2013", "and", "between", "10:17 p.m.",
            "22:17",
            "late", "mid-", "early", "next", "last", "month", "year", "ago", "17", "years", "ayer",
            "mañana", "martes", "de", "la", "noche", ",", ".", " ", "\n", "2021-09-09", "October",
            "May", "the", "day", "before", "hace", "36", "años", "tonight", "evening", "1990s",
        ]
    ),
    max_size=25,
).map(" ".join)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(text=st.one_of(st.text(max_size=200), newsy), anchor=anchors)
def test_parse_dates_never_raises_and_spans_match(text, anchor):
    refs = parse_dates(text, anchor=anchor)
    previous = -1
    for ref in refs:
        assert 0 <= ref.start < ref.end <= len(text)
        assert text[ref.start : ref.end] == ref.text
        assert ref.start >= previous
        previous = ref.start
        assert (ref.low is None) == (ref.high is None)
        if ref.low is not None:
            assert ref.low <= ref.high
        if ref.minutes is not None:
            assert 0 <= ref.minutes[0] <= ref.minutes[1] <= 1439
        format_date(ref)
        dates_compatible(ref, ref)


MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December"]  # fmt: skip
MONTH_ABBR = [
    "Jan.",
    "Feb.",
    "March",
    "April",
    "May",
    "June",
    "July",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
]


@settings(max_examples=200, deadline=None)
@given(when=st.dates(min_value=D(1900, 1, 1), max_value=D(2100, 12, 31)), anchor=anchors)
def test_one_day_printed_in_several_formats_parses_to_that_day(when, anchor):
    forms = [
        when.isoformat(),
        f"{MONTH_NAMES[when.month - 1]} {when.day}, {when.year}",
        f"{when.day} {MONTH_NAMES[when.month - 1]} {when.year}",
        f"{MONTH_ABBR[when.month - 1]} {when.day}, {when.year}",
        f"{when.day} {MONTH_ABBR[when.month - 1].rstrip('.')} {when.year}",
    ]
    for form in forms:
        refs = parse_dates(f"The agreement was signed on {form} in Minsk.", anchor=anchor)
        assert [(r.low, r.high) for r in refs] == [(when, when)], form


@settings(max_examples=200, deadline=None)
@given(
    anchor=st.dates(min_value=D(1950, 1, 1), max_value=D(2090, 12, 31)), weekday=st.integers(0, 6)
)
def test_past_weekday_is_within_the_last_week_and_named_right(anchor, weekday):
    name = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][weekday]
    past = one(f"He resigned on {name}.", anchor).low
    future = one(f"He will resign on {name}.", anchor).low
    last = one(f"He resigned last {name}.", anchor).low
    assert past.weekday() == future.weekday() == last.weekday() == weekday
    assert 0 <= (anchor - past).days <= 6
    assert 0 <= (future - anchor).days <= 6
    assert 1 <= (anchor - last).days <= 7


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("By Monday morning the lava had slowed.", D(2023, 12, 18)),
        ("The work must be finished by Monday.", D(2023, 12, 25)),
        # a clock time between "by" and the day is still a deadline
        ("Candidates need 100 nominations by 2pm on Monday.", D(2023, 12, 25)),
    ],
)
def test_by_looks_ahead_unless_the_sentence_is_past(text, expected):
    assert one(text, D(2023, 12, 20)).period == (expected, expected)


def test_a_gmt_time_is_not_compared_with_a_local_one():
    local = one("The quake struck at 04:17 local time on Monday.", D(2023, 2, 6))
    gmt = one("The quake struck at 01:17 GMT on 6 February.", D(2023, 2, 10))
    assert gmt.utc and not local.utc and gmt.text == "01:17 GMT on 6 February"
    assert dates_compatible(local, gmt) and dates_compatible(gmt, local)
    # Days more than one apart still clash; two local times still compare.
    later = one("The quake struck at 01:17 GMT on 9 February.", D(2023, 2, 10))
    assert dates_compatible(local, later) is False
    other = one("The quake struck at 07:30 local time on Monday.", D(2023, 2, 6))
    assert dates_compatible(local, other) is False
    # "just after 4 a.m." covers 04:17.
    assert dates_compatible(local, one("It struck just after 4 a.m. on Monday.", D(2023, 2, 8)))


def test_a_name_ending_in_ed_is_no_past_tense():
    ref = one(
        "Judge Lewis Kaplan set sentencing for March 28, and Bankman-Fried faces up to 110 years.",
        D(2023, 11, 2),
    )
    assert ref.low == D(2024, 3, 28)


def test_a_relative_date_inside_a_quotation_is_left_unresolved():
    (ref,) = parse_dates(
        '"Today begins the reconstruction of Argentina," he told supporters.',
        anchor=D(2023, 11, 19),
    )
    assert ref.low is None
    (ref,) = parse_dates(
        "Today the reconstruction of Argentina begins, he said.", anchor=D(2023, 11, 19)
    )
    assert ref.low == D(2023, 11, 19)


def test_next_before_a_title_is_no_future_cue():
    ref = one(
        "Argentines elected Javier Milei as their next president in Sunday's run-off.",
        D(2023, 11, 20),
    )
    assert ref.low == D(2023, 11, 19)


def test_no_earlier_than_is_a_bound_not_a_past_tense():
    ref = one(
        "Crew-9 will launch no earlier than September 24 with two seats empty.", D(2024, 8, 24)
    )
    assert ref.low == D(2024, 9, 24)
    ref = one("It had launched earlier on November 24.", D(2024, 8, 24))
    assert ref.low == D(2023, 11, 24)


def test_a_past_tense_date_a_few_weeks_ahead_is_this_years():
    # Papers write the year of an earlier year's date; "June 28" written in May
    # is this June even in a past-tense sentence.
    ref = one("Officials announced June 28 as the date for a snap election.", D(2024, 5, 21))
    assert ref.low == D(2024, 6, 28)
    ref = one("The ship docked on December 28.", D(2024, 1, 5))
    assert ref.low == D(2023, 12, 28)


@pytest.mark.parametrize("verb", ["held", "put", "made", "built"])
def test_a_participle_after_will_be_is_no_past_tense(verb):
    ref = one(f"The vote will be {verb} on 28 June.", D(2024, 8, 24))
    assert ref.low == D(2025, 6, 28)
    ref = one(f"The vote was {verb} on 28 June.", D(2024, 8, 24))
    assert ref.low == D(2024, 6, 28)


def test_by_a_weekday_with_a_past_verb_looks_back():
    ref = one("By Sunday, the committee put the death toll at 143.", D(2024, 3, 26))
    assert (ref.low, ref.high) == (D(2024, 3, 24), D(2024, 3, 24))


def test_a_describing_participle_is_no_past_tense():
    anchor = dt.date(2023, 7, 28)
    (ahead,) = parse_dates(
        "Investors will hear from Powell at the conference, held in Kansas City, in late August.",
        anchor=anchor,
    )
    assert ahead.low == dt.date(2023, 8, 21)
    (past,) = parse_dates("The summit, held in Paris, ended in late August.", anchor=anchor)
    assert past.low == dt.date(2022, 8, 21)


@pytest.mark.parametrize(
    "text",
    [
        "On Friday, Kurtz told NBC's Today show that the company was deeply sorry.",
        "She wrote in USA Today on Friday that the plan had failed.",
    ],
)
def test_a_capitalised_today_inside_a_sentence_is_a_title(text):
    (ref,) = parse_dates(text, anchor=D(2024, 7, 23))
    assert ref.text == "Friday"


def test_today_starting_a_clause_is_still_a_date():
    (ref,) = parse_dates("Officials said: Today the roads reopen.", anchor=D(2024, 7, 23))
    assert ref.low == D(2024, 7, 23)


def test_a_timetable_in_the_present_tense_looks_ahead():
    monday = D(2024, 6, 10)
    assert one("The new rates take effect on Wednesday.", monday).low == D(2024, 6, 12)
    assert one("The rules come into force on Tuesday.", monday).low == D(2024, 6, 11)
    assert one("The law took effect on Wednesday.", monday).low == D(2024, 6, 5)


def test_expected_as_a_past_verb_looks_back():
    saturday = D(2023, 10, 28)
    text = "As recently as Tuesday morning, forecasters expected Otis to arrive as a storm."
    assert one(text, saturday).low == D(2023, 10, 24)
    assert one("Otis is expected to arrive on Tuesday.", saturday).low == D(2023, 10, 31)
    assert one("The storm was expected on Tuesday.", saturday).low == D(2023, 10, 31)


def test_an_unresolved_day_with_a_time_of_day_matches_no_other_day():
    # "Monday afternoon" in an undated source is some afternoon of an unknown day.
    undated = one("They met on Monday afternoon.", None)
    dated = one("They met on Sunday afternoon.", D(2021, 3, 31))
    assert dates_compatible(undated, dated) is None
    # A bare clock time still compares with another one.
    assert (
        dates_compatible(one("It began at 10:17 p.m.", None), one("It began at 22:17.", None))
        is True
    )


def test_a_year_before_1900_is_read_after_a_preposition_only():
    anchor = dt.date(2023, 3, 19)
    (founded,) = parse_dates(
        "Credit Suisse, founded in 1856, had been hit by scandals.", anchor=anchor
    )
    assert (founded.low, founded.high) == (dt.date(1856, 1, 1), dt.date(1856, 12, 31))
    assert parse_dates("The 1856 passengers were safe.", anchor=anchor) == ()
    assert parse_dates("It scored 1865 points.", anchor=anchor) == ()


def test_the_noun_plan_is_no_future_cue():
    # "backed the plan on 4 July", written in August: last July, not next.
    anchor = dt.date(2023, 8, 28)
    (backed,) = parse_dates(
        "The agency backed the plan on 4 July, saying it would be safe.", anchor=anchor
    )
    assert backed.low == dt.date(2023, 7, 4)
    (plans,) = parse_dates("The agency plans to meet on 4 July.", anchor=anchor)
    assert plans.low == dt.date(2024, 7, 4)


def test_two_dates_without_a_year_compare_in_one_year():
    # Tense sends "was due" back a year and "is set for" ahead: one day all the same.
    anchor = D(2005, 1, 3)
    due = one("The report was due Nov. 14 from the ministry.", anchor)
    set_for = one("The report is set to be published Nov. 14.", anchor)
    assert due.year_inferred and set_for.year_inferred and due.low != set_for.low
    assert dates_compatible(due, set_for) is True
    assert dates_compatible(due, one("The report is set to be published Nov. 15.", anchor)) is False
    month = one("Exports fell in October.", anchor)
    assert dates_compatible(month, one("Exports will fall in October.", anchor)) is True
    assert dates_compatible(month, one("Exports will fall in September.", anchor)) is False
    early = one("Voting ended in early March.", anchor)
    assert dates_compatible(early, one("Voting will end in early March.", anchor)) is True
    assert dates_compatible(early, one("Voting will end in late March.", anchor)) is False
    deadline = one("The merger must be completed by May 31.", anchor)
    assert dates_compatible(deadline, one("The merger was completed by May 31.", anchor)) is True
    # A written year, or "last", fixes the year.
    assert not one("The report was due Nov. 14, 2004.", anchor).year_inferred
    assert not one("Exports fell last October.", anchor).year_inferred
    assert dates_compatible(set_for, one("The report was due Nov. 14, 2004.", anchor)) is False


def test_years_ago_are_counted_down():
    # On 1 January 2005, "12 years ago" is 12 to 13 years back: 1992 or 1993.
    anchor = D(2005, 1, 1)
    ago = one("The plant closed 12 years ago.", anchor)
    assert (ago.low, ago.high) == (D(1992, 1, 1), D(1993, 12, 31))
    assert dates_compatible(ago, one("The plant closed in 1992.", anchor)) is True
    assert dates_compatible(ago, one("The plant closed in 1991.", anchor)) is False
    exact = one("The plant closed exactly 12 years ago.", anchor)
    assert (exact.low, exact.high) == (D(1993, 1, 1), D(1993, 12, 31))
    # Months likewise reach back a month to the day; days are as written.
    months = one("The plant closed three months ago.", D(2005, 1, 20))
    assert (months.low, months.high) == (D(2004, 9, 20), D(2004, 10, 31))
    assert days("The plant closed three days ago.", D(2005, 1, 20)) == [day(2005, 1, 17)]


@pytest.mark.parametrize(
    ("text", "zone", "written"),
    [
        ("Trading halted at 2:05 p.m. EDT on Friday.", "edt", "2:05 p.m. EDT"),
        ("Trading halted at 2:05 p.m. Eastern time on Friday.", "et", "2:05 p.m. Eastern time"),
        (
            "Trading halted at 11 a.m. Central Standard Time.",
            "cst",
            "11 a.m. Central Standard Time",
        ),
        ("Trading halted at 11 a.m. Pacific.", "pt", "11 a.m. Pacific"),
        ("Trading halted at 1605 GMT.", "gmt", "1605 GMT"),
        ("Trading halted at 16:05 CEST.", "cest", "16:05 CEST"),
        ("Trading halted at 9 p.m. local time.", "local", "9 p.m. local time"),
        # A place, not a zone.
        ("The fair opened at 11 a.m. Central Park was packed.", "", "11 a.m."),
    ],
)
def test_a_zone_written_after_a_clock_time_is_kept(text, zone, written):
    (ref,) = parse_dates(text, anchor=D(2004, 6, 4))
    assert ref.zone == zone and ref.utc is (zone == "gmt")
    assert written in ref.text


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        # Past: the range ends at the latest past June, so it starts that January.
        ("Output doubled from January to June.", D(2006, 3, 1), (D(2005, 1, 1), D(2005, 6, 30))),
        # Future: the range starts at the next January.
        ("Mills will shut from January to June.", D(2006, 3, 1), (D(2007, 1, 1), D(2007, 6, 30))),
        # A range across the new year stays as read.
        ("The show ran from Nov. 20 to Jan. 4.", D(2006, 3, 1), (D(2005, 11, 20), D(2006, 1, 4))),
    ],
)
def test_a_range_of_two_yearless_months_runs_forwards(text, anchor, expected):
    ref = one(text, anchor)
    assert (ref.low, ref.high) == expected
    assert ref.year_inferred


def test_since_a_yearless_day_still_to_come_is_last_years():
    ref = one("Prices are the highest since February 9.", D(2006, 1, 3))
    assert ref.period == day(2005, 2, 9)
    assert (ref.low, ref.high) == (D(2005, 2, 9), D(2006, 1, 3))


def test_a_plan_told_from_the_past_takes_no_tense_from_its_was():
    anchor = dt.date(2016, 8, 25)
    (d,) = parse_dates(
        "The festival was to have been held on the first weekend of September.", anchor=anchor
    )
    assert d.low == dt.date(2016, 9, 1)
    (d,) = parse_dates("The pair were to be married in September.", anchor=anchor)
    assert d.low == dt.date(2016, 9, 1)
    # Near miss: a thing that was held looks back.
    (d,) = parse_dates("The festival was held in September.", anchor=anchor)
    assert d.low == dt.date(2015, 9, 1)
    (d,) = parse_dates("The festival was moved to September.", anchor=anchor)
    assert d.low == dt.date(2015, 9, 1)


def test_a_timetable_in_the_past_perfect_may_lie_before_the_article():
    anchor = dt.date(2024, 8, 22)
    (d,) = parse_dates("Swift had been due to play the stadium on August 8.", anchor=anchor)
    assert d.low == dt.date(2024, 8, 8)
    (d,) = parse_dates("The concerts had been scheduled for August 8.", anchor=anchor)
    assert d.low == dt.date(2024, 8, 8)
    # Still ahead: a timetable now, or an expectation since changed.
    (d,) = parse_dates("The vote is due on August 8.", anchor=anchor)
    assert d.low == dt.date(2025, 8, 8)
    (d,) = parse_dates("The launch had been expected on Friday.", anchor=anchor)
    assert d.low == dt.date(2024, 8, 23)


def test_early_or_late_in_a_named_part_of_the_day_narrows_that_part():
    friday = parse_dates("The dam gave way early on Friday afternoon.", anchor=dt.date(2019, 1, 28))
    assert [(d.low, d.minutes) for d in friday] == [(dt.date(2019, 1, 25), (720, 960))]
    morning = parse_dates("Martial law was lifted early this morning.", anchor=dt.date(2024, 12, 4))
    assert morning[0].minutes == (0, 539)  # the small hours are early morning too
    evening = parse_dates("Talks ended late on Monday evening.", anchor=dt.date(2019, 1, 28))
    assert evening[0].minutes[0] > 1080 and evening[0].minutes[1] == 1439


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        # QA pass 19: a blast at 2:40 a.m. is "Tuesday morning" in news copy.
        ("It exploded on Tuesday morning.", "It blew up at about 2:40 a.m. on Tuesday.", True),
        ("It exploded early on Tuesday morning.", "It blew up at 2:40 a.m. on Tuesday.", True),
        ("It exploded this morning.", "It blew up at 1 a.m. today.", True),
        ("It exploded on Tuesday morning.", "It blew up at 3 p.m. on Tuesday.", False),
        ("It exploded on Tuesday morning.", "It blew up on Tuesday night.", False),
        # "late morning" is still the end of the day-time morning
        ("It exploded late on Tuesday morning.", "It blew up at 4 a.m. on Tuesday.", False),
        ("It exploded late on Tuesday morning.", "It blew up at 10 a.m. on Tuesday.", True),
    ],
)
def test_the_morning_reaches_back_to_midnight(a, b, same):
    x, y = one(a, D(2024, 3, 13)), one(b, D(2024, 3, 13))
    assert dates_compatible(x, y) is same


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("The first blasts went off at a quarter to nine in the morning.", (525, 525)),
        ("The meeting began at half past nine.", (570, 570)),
        ("The alarm sounded at twenty to six.", (340, 340)),
        ("The bus left at nine o'clock in the evening.", (1260, 1260)),
        ("The dam broke at two o'clock at night.", (120, 120)),
    ],
)
def test_clock_times_in_words_are_read(text, minutes):
    (found,) = [d for d in parse_dates(text, anchor=dt.date(2024, 1, 1)) if d.minutes]
    assert found.minutes == minutes


@pytest.mark.parametrize(
    "text",
    ["The vote passed ten to one.", "Five past winners attended.", "He gave ten to charity."],
)
def test_odds_and_words_near_to_or_past_are_no_clock(text):
    assert not any(d.minutes for d in parse_dates(text, anchor=dt.date(2024, 1, 1)))
    assert not dates_module.word_clock_spans(text)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        # rounded times whose ranges only touch, or hold neither middle, are two times
        ("It crashed shortly after 10 a.m.", "It went down at about 9:45 a.m.", False),
        (
            "The first call came shortly before 1 a.m.",
            "The first call came at about 1.15am.",
            False,
        ),
        ("The fire started at about 10:15 a.m.", "The fire broke out at about 10:35 a.m.", False),
        ("The fire started at about 10:15 a.m.", "The fire broke out at about 10:20 a.m.", True),
        ("The gunmen struck around midday.", "The gunmen struck at about 12.30pm.", True),
        ("It landed in the morning.", "It landed at about 9:45 a.m.", True),
        ("It landed shortly after 10 a.m.", "It landed at 10:17 a.m.", True),
    ],
)
def test_rounded_times_of_day_name_one_moment_only_when_they_really_meet(a, b, same):
    x, y = one(a, D(2024, 1, 10)), one(b, D(2024, 1, 10))
    assert dates_compatible(x, y) is same
    assert dates_compatible(y, x) is same


def test_a_time_just_after_or_before_midnight():
    after = one("Police stormed the hall shortly after midnight.", D(2015, 11, 14))
    assert after.minutes == (0, 60)
    assert (
        dates_compatible(after, one("Police stormed it at around 1.20am.", D(2015, 11, 14)))
        is False
    )
    before = one("The trains collided shortly before midnight on Tuesday.", D(2023, 3, 1))
    assert before.minutes == (1380, 1439)
    # a bare midnight may close one day or open the next: no time
    assert parse_dates("The curfew runs until midnight.", anchor=D(2023, 3, 1)) == ()


@pytest.mark.parametrize(
    ("text", "anchor", "day"),
    [
        # QA pass 20: read as a name, "on Christmas Day" agreed with "on 24 December".
        ("The village was flooded on Christmas Day.", D(2024, 12, 27), D(2024, 12, 25)),
        ("The shops will close on Christmas Day.", D(2024, 12, 27), D(2025, 12, 25)),
        ("Crowds gathered on Boxing Day.", D(2025, 1, 3), D(2024, 12, 26)),
        ("Fireworks lit the sky on New Year\u2019s Eve.", D(2025, 1, 2), D(2024, 12, 31)),
        ("The bridge will reopen on New Years Day.", D(2024, 12, 27), D(2025, 1, 1)),
        ("He proposed on Valentine's Day.", D(2024, 3, 1), D(2024, 2, 14)),
        ("The house was egged on Halloween.", D(2024, 11, 2), D(2024, 10, 31)),
        ("The parade took place on Bastille Day.", D(2024, 7, 20), D(2024, 7, 14)),
        ("The pubs were full on St. Patrick's Day.", D(2024, 3, 18), D(2024, 3, 17)),
        ("A dog was hurt by fireworks on Guy Fawkes Night.", D(2024, 11, 6), D(2024, 11, 5)),
        ("The parade on the Fourth of July was cancelled.", D(2024, 7, 8), D(2024, 7, 4)),
        ("The tsunami struck on Boxing Day 2004.", D(2024, 12, 27), D(2004, 12, 26)),
        ("It happened last Christmas Eve.", D(2024, 12, 24), D(2023, 12, 24)),
    ],
)
def test_a_holiday_on_a_fixed_day_is_that_date(text, anchor, day):
    ref = one(text, anchor)
    assert (ref.low, ref.high) == (day, day)
    assert text[ref.start : ref.end] == ref.text


@pytest.mark.parametrize(
    "text",
    [
        "Thousands died in the Boxing Day tsunami.",
        "He watched a film called Christmas Day.",
        "Crowds gathered at Boxing Day sales.",
        "The cathedral will hold Christmas Eve Mass.",
        "The Queen gave her Christmas Day message.",
    ],
)
def test_a_holiday_that_names_or_qualifies_something_is_no_date(text):
    assert parse_dates(text, anchor=D(2024, 12, 27)) == ()


def test_a_holiday_compares_as_its_day():
    anchor = D(2024, 12, 27)
    christmas = one("The village was flooded on Christmas Day.", anchor)
    assert dates_compatible(christmas, one("It was flooded on 24 December.", anchor)) is False
    assert dates_compatible(christmas, one("It was flooded on 25 December.", anchor)) is True
    span = one("Roads were shut from Christmas Eve to Boxing Day.", anchor)
    assert (span.low, span.high) == (D(2024, 12, 24), D(2024, 12, 26))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A rule's start told in the present lies ahead, whatever "said" says.
        ("The new levy applies from Saturday, the minister said.", D(2025, 4, 5)),
        ("The ban, which ministers approved, comes into force on Monday.", D(2025, 4, 7)),
        # An end given "at least" is not yet known: it lies ahead.
        ("Officials said the airport would stay shut until at least Sunday.", D(2025, 4, 6)),
        (
            "They extended the closure until at least 1 a.m. on Sunday, officials said.",
            D(2025, 4, 6),
        ),
        # Past tense elsewhere in the clause still reads an earlier day.
        ("The levy applied from Saturday, the minister said.", D(2025, 3, 29)),
    ],
)
def test_a_start_told_in_the_present_or_an_open_end_looks_ahead(text, expected):
    thursday = D(2025, 4, 3)
    assert min(d.low for d in parse_dates(text, anchor=thursday)) == expected


def test_the_hours_of_every_night_join_no_day():
    """ "a curfew between 11 p.m. and 5 a.m." are the hours of each night, not
    a time of the day the sentence names; a one-way range still joins it."""
    anchor = dt.date(2024, 1, 12)
    found = parse_dates(
        "He imposed a state of emergency on Sunday night, with a curfew between 11 p.m. and 5 a.m.",
        anchor=anchor,
    )
    assert [(d.text, d.low) for d in found] == [
        ("Sunday night", dt.date(2024, 1, 7)),
        ("11 p.m.", None),
        ("5 a.m.", None),
    ]
    found = parse_dates("The polls were open on Sunday from 7 a.m. to 7 p.m.", anchor=anchor)
    assert len(found) == 1 and found[0].minutes == (420, 1140)


def test_a_span_counted_back_may_start_any_time_in_its_period():
    """ "reigned for 70 years" (September 2022) holds a reign begun in
    February 1952; not one begun in 1949."""
    anchor = dt.date(2022, 9, 9)
    (span,) = parse_dates("She had reigned for 70 years.", anchor=anchor)
    (began,) = parse_dates("Her reign began in February 1952.", anchor=anchor)
    assert dates_compatible(span, began) is True
    (early,) = parse_dates("Her reign began in 1949.", anchor=anchor)
    assert dates_compatible(span, early) is False


def test_a_time_outside_the_part_of_the_day_joins_no_day():
    """ "at about 2 p.m., then ... late on Sunday": 2 p.m. is not Sunday's late
    hours but another moment of that day; a time inside the part still joins
    it ("10:17 on Monday night")."""
    anchor = dt.date(2019, 9, 3)
    found = parse_dates(
        "It struck at about 2 p.m., then churned west and reached the island late on Sunday.",
        anchor=anchor,
    )
    assert [(d.text, d.low, d.minutes) for d in found] == [
        ("at about 2 p.m.", dt.date(2019, 9, 1), (810, 870)),
        ("late on Sunday", dt.date(2019, 9, 1), (1080, 1439)),
    ]
    (night,) = parse_dates("It erupted at 10:17 on Monday night.", anchor=anchor)
    assert night.low == dt.date(2019, 9, 2) and night.minutes == (1337, 1337)


# ---------------------------------------------------------------- a night runs past midnight


@pytest.mark.parametrize(
    ("a", "a_day", "b", "b_day", "meet"),
    [
        # "later tonight" / "at about 1 a.m. on Monday" / "the early hours of Monday" (new73)
        ("Israel is expected to free them later tonight.", D(2025, 1, 19),
         "Israel freed them at about 1 a.m. on Monday.", D(2025, 1, 22), True),
        ("Israel is expected to free them later tonight.", D(2025, 1, 19),
         "Israel freed them in the early hours of Monday.", D(2025, 1, 20), True),
        ("They were freed on Sunday night.", D(2025, 1, 22),
         "They were freed at 2 a.m. on Monday.", D(2025, 1, 22), True),
        # an evening stops at midnight (new142), and so does "before midnight" (new21)
        ("He handed himself in late yesterday evening.", D(2024, 8, 25),
         "He handed himself in in the early hours of Sunday.", D(2024, 8, 25), False),
        ("The dams burst shortly before midnight on Sunday, September 10.", D(2023, 9, 18),
         "The dams gave way at around 3 a.m. on Monday.", D(2023, 9, 14), False),
        # the night does not reach the next morning's daylight, nor the night after
        ("It happened last night.", D(2025, 1, 20),
         "It happened at 9 a.m. on Monday.", D(2025, 1, 20), False),
        ("It happened on Sunday night.", D(2025, 1, 22),
         "It happened at 1 a.m. on Tuesday.", D(2025, 1, 22), False),
    ],
)  # fmt: skip
def test_a_night_reaches_the_small_hours_of_the_next_day(a, a_day, b, b_day, meet):
    x, y = one(a, a_day), one(b, b_day)
    assert dates_compatible(x, y) is meet
    assert dates_compatible(y, x) is meet


def test_the_early_hours_of_a_day_are_its_small_hours():
    d = one("Fighters entered the city in the early hours of Saturday.", D(2023, 6, 24))
    assert (d.text, d.low, d.high, d.minutes) == (
        "Saturday",
        D(2023, 6, 24),
        D(2023, 6, 24),
        (0, 359),
    )


@pytest.mark.parametrize(
    ("b", "meet"),
    [
        ("Fighters entered the city in the early hours of Saturday.", True),
        ("Fighters entered the city at 6 a.m. on Saturday.", True),
        ("Fighters entered the city at 9 a.m. on Saturday.", False),
    ],
)
def test_a_clock_deadline_holds_the_earlier_hours_of_its_day(b, meet):
    # "reached Rostov by 7.30 am yesterday" against "the early hours of Saturday" (new13)
    x = one("The forces had reached the city by 7.30 am yesterday.", D(2023, 6, 25))
    y = one(b, D(2023, 6, 24))
    assert dates_compatible(x, y) is meet
    assert dates_compatible(y, x) is meet
