"""Days counted from the story's own events: "the day after the collapse"."""

import datetime as dt

from claimcheck import judge
from claimcheck.extract import count_from_events_across, extract_claims
from claimcheck.records import Sentence, Source
from claimcheck.slots.dates import parse_dates
from claimcheck.slots.events import count_from_events, count_from_lead, names_event

D = dt.date
ANCHOR = D(2019, 1, 28)  # a Monday


def counted(*texts, anchor=ANCHOR):
    """The dates of each sentence of one source after event counting."""
    return count_from_events(list(texts), [parse_dates(t, anchor=anchor) for t in texts])


def counted_from_lead(*texts, anchor=ANCHOR):
    """The dates of each sentence of one source after lead counting."""
    return count_from_lead(list(texts), [parse_dates(t, anchor=anchor) for t in texts])


def counted_days(found):
    return [(d.low, d.counted_from) for d in found if d.counted_from is not None]


def test_a_day_counted_from_an_event_the_source_dates():
    found = counted(
        "The dam collapsed on Friday afternoon, burying the canteen.",
        "The president flew over the site the day after the collapse.",
        "The owner was detained four days after the collapse at Benapole.",
        "Cracks were seen on the eve of the disaster.",
        "Sunday's crash killed nine.",
        "Rescuers found two more survivors a week after the crash.",
    )
    assert counted_days(found[1]) == [(D(2019, 1, 26), D(2019, 1, 25))]
    assert counted_days(found[2]) == [(D(2019, 1, 29), D(2019, 1, 25))]
    # "the disaster" is the story's event, dated by any event word.
    assert counted_days(found[3]) == [(D(2019, 1, 24), D(2019, 1, 25))]
    assert counted_days(found[5]) == [(D(2019, 2, 3), D(2019, 1, 27))]
    # The phrase ends with the event's word, and replaces the unresolved "the day after".
    (phrase,) = [d for d in found[1] if d.counted_from]
    assert phrase.text == "the day after the collapse"
    assert [d for d in found[1] if d.low is None] == []


def test_a_day_written_before_the_events_noun_dates_it():
    # "The 22 April attack": the day modifies the event's noun (new81), and
    # dates the story's massacre where no day stands beside that word.
    found = counted(
        "The 22 April attack near Pahalgam killed 26 people.",
        "India suspended the treaty the day after the massacre.",
        anchor=D(2019, 5, 7),
    )
    assert counted_days(found[1]) == [(D(2019, 4, 23), D(2019, 4, 22))]
    # A day before a noun that is no event dates nothing.
    found = counted(
        "The 22 April meeting near Pahalgam drew 26 people.",
        "India suspended the treaty the day after the massacre.",
        anchor=D(2019, 5, 7),
    )
    assert counted_days(found[1]) == []


def test_no_day_without_a_close_dating_of_the_event():
    # A date beside a later mention of the word dates something else.
    found = counted(
        "The prime minister apologised on Sunday to the families of the crash victims.",
        "The army ended its search of the collapsed complex yesterday.",
        "The minister resigned the day after the crash.",
        "Workers returned the day after the collapse.",
    )
    assert counted_days(found[2]) == [] and counted_days(found[3]) == []
    # A preposition's object takes the verb's date: the claim was on Saturday.
    found = counted(
        "IS claimed responsibility for the attack on Saturday.",
        "His wife was held the morning after the attack.",
    )
    assert counted_days(found[1]) == []
    # "for three days after the quake" is how long, not when.
    found = counted(
        "The quake struck on Friday.", "The airport was closed for three days after the quake."
    )
    assert counted_days(found[1]) == []
    # Only an event noun is counted from: "a day after the World Health
    # Organization declared" starts a clause.
    found = counted(
        "WHO declared an emergency on Wednesday.",
        "It came a day after the World Health Organization acted.",
    )
    assert counted_days(found[1]) == []


def test_the_most_given_day_wins_and_the_earliest_on_a_tie():
    found = counted(
        "The earthquake struck on Friday.",
        "The quake on Saturday was an aftershock.",
        "Friday's quake levelled the town.",
        "Aid arrived two days after the quake.",
    )
    assert counted_days(found[3]) == [(D(2019, 1, 27), D(2019, 1, 25))]
    found = counted(
        "The quake struck on Friday.",
        "The quake on Saturday was smaller.",
        "Aid came a day after the quake.",
    )
    assert counted_days(found[2]) == [(D(2019, 1, 26), D(2019, 1, 25))]


def test_the_event_is_dated_by_its_own_source_only():
    sources = {
        "A": Source("A", "a.txt", "", published=ANCHOR),
        "B": Source("B", "b.txt", "", published=ANCHOR),
    }
    texts = [
        ("A", "The dam collapsed on Friday."),
        ("B", "Bolsonaro flew over the site the day after the collapse."),
    ]
    claims = extract_claims(
        [Sentence(src, i, 0, len(t), t) for i, (src, t) in enumerate(texts)], sources=sources
    )
    assert not any(d.counted_from for d in claims[1].slots.dates)


def across(texts, reference=(), published=None):
    """Claims of the (source, text) pairs after the cross-source pass, with
    ``reference`` (source, text) pairs lending their days; ``published``:
    publication dates other than ANCHOR by source."""
    published = published or {}
    sources = {x: Source(x, f"{x}.txt", "", published=published.get(x, ANCHOR)) for x in "ABCD"}
    every = [*texts, *reference]
    claims = extract_claims(
        [Sentence(src, i, 0, len(t), t) for i, (src, t) in enumerate(every)], sources=sources
    )
    own = [c for c in claims if c.sentence.index < len(texts)]
    ref = [c for c in claims if c.sentence.index >= len(texts)]
    return count_from_events_across(own, sources, reference=ref)


DETAINED = "The owner was detained four days after the collapse at the border."


def test_a_day_counted_from_an_event_two_other_sources_date():
    claims = across(
        [
            ("A", "The building collapsed on Wednesday morning."),
            ("B", "The eight-storey building collapsed on Wednesday."),
            ("C", DETAINED),
        ]
    )
    (d,) = claims[2].slots.dates
    assert (d.low, d.counted_from, d.counted_elsewhere) == (D(2019, 1, 27), D(2019, 1, 23), True)
    assert d.text == "four days after the collapse"
    # A draft borrows from its sources the same way; the sources are not changed.
    draft = across(
        [("C", DETAINED)],
        reference=[("A", "It collapsed on Wednesday."), ("B", "The collapse on Wednesday.")],
    )
    assert [d.low for d in draft[0].slots.dates] == [D(2019, 1, 27)]


def test_no_day_borrowed_from_one_source_or_from_sources_that_disagree():
    one = across(
        [("A", "The building collapsed on Wednesday."), ("B", "Rain fell."), ("C", DETAINED)]
    )
    assert not any(d.counted_from for d in one[2].slots.dates)
    apart = across(
        [
            ("A", "The building collapsed on Wednesday."),
            ("B", "The building collapsed on Tuesday."),
            ("C", DETAINED),
        ]
    )
    assert not any(d.counted_from for d in apart[2].slots.dates)
    # Nor from reports of another month (a large run holds other stories' collapses).
    months = across(
        [
            ("A", "The building collapsed on 23 January."),
            ("B", "The building collapsed on 23 January."),
            ("C", DETAINED),
        ],
        published={"A": D(2018, 11, 2), "B": D(2018, 11, 3)},
    )
    assert not any(d.counted_from for d in months[2].slots.dates)
    # The source's own day wins over the others'.
    own = across(
        [
            ("A", "The building collapsed on Wednesday."),
            ("B", "The building collapsed on Wednesday."),
            ("C", "The building collapsed on Tuesday."),
            ("C", DETAINED),
        ]
    )
    (d,) = own[3].slots.dates
    assert (d.low, d.counted_elsewhere) == (D(2019, 1, 26), False)


def test_a_borrowed_event_day_is_not_compared_with_the_events_own_day():
    claims = across(
        [
            ("A", "The building collapsed on Wednesday."),
            ("B", "The building collapsed on Wednesday."),
            ("C", DETAINED),
        ]
    )
    detained = claims[2]
    sources = {"D": Source("D", "D.txt", "", published=ANCHOR)}

    def other(text):
        return extract_claims([Sentence("D", 0, 0, len(text), text)], sources=sources)[0]

    assert (
        judge.date_differs(detained, other("Rana was arrested at Benapole on Friday.")) is not None
    )
    assert judge.date_differs(detained, other("Rana was arrested at Benapole on Sunday.")) is None
    # The other side dates the collapse, which source C never did: no clash on that day.
    assert judge.date_differs(detained, other("The building collapsed on Thursday.")) is None


def test_what_the_news_came_days_after_is_dated_from_the_lead():
    found = counted_from_lead(
        "Bombs exploded at the airport on Tuesday morning, killing at least 31 people.",
        "Police raided a flat in Schaerbeek.",
        "The attacks came four days after the arrest of Salah Abdeslam in Molenbeek.",
        "The strikes came a day before delegations were due to meet in Istanbul.",
    )
    assert counted_days(found[2]) == [(D(2019, 1, 18), D(2019, 1, 22))]
    assert counted_days(found[3]) == [(D(2019, 1, 23), D(2019, 1, 22))]
    # Weeks state a span, compared as a figure.
    weeks = counted_from_lead(
        "The channel reopened on Monday.",
        "The reopening came nine weeks after the bridge collapsed.",
    )
    assert counted_days(weeks[1]) == []
    # No lead day in the first sentences: nothing to count from.
    late = counted_from_lead(
        "Police raided a flat.",
        "Officers searched a car.",
        "A third team waited.",
        "Bombs exploded at the airport on Tuesday.",
        "The attacks came four days after the arrest of Salah Abdeslam.",
    )
    assert counted_days(late[4]) == []


def test_what_the_news_came_after_compares_with_either_day():
    lead = "The US Securities and Exchange Commission on Wednesday approved the funds."
    came = "The decision came a day after a false post on the SEC's account on X."
    # Published Monday 28 January: Wednesday is the 23rd, the post the 22nd.
    assert judged([lead, came], "Someone hijacked the SEC's X account on Monday.") is not None
    assert judged([lead, came], "Someone hijacked the SEC's X account on Tuesday.") is None
    # ... and the news's own day is no clash either.
    assert judged([lead, came], "The SEC approved the funds on Wednesday.") is None


def judged(a_texts, b_text):
    """The date finding between source A's last sentence and B's sentence."""
    sources = {
        "A": Source("A", "a.txt", "", published=ANCHOR),
        "B": Source("B", "b.txt", "", published=ANCHOR),
    }
    sentences = [Sentence("A", i, 0, len(t), t) for i, t in enumerate(a_texts)]
    sentences.append(Sentence("B", 0, 0, len(b_text), b_text))
    claims = extract_claims(sentences, sources=sources)
    return judge.date_differs(claims[-2], claims[-1])


def test_a_counted_day_compares_with_another_outlets_day():
    story = [
        "The dam collapsed on Friday afternoon.",
        "Bolsonaro flew over the disaster zone the day after the collapse.",
    ]
    assert judged(story, "Bolsonaro toured the site by helicopter on Sunday.") is not None
    assert judged(story, "Bolsonaro toured the site by helicopter on Saturday.") is None
    # The other side dating the event itself is no clash: the sentence names it too.
    kobe = [
        "The helicopter crashed on Sunday morning.",
        "Three days after the crash, investigators said the pilot was cleared.",
    ]
    assert judged(kobe, "The helicopter crashed into a hillside on Sunday.") is None
    # A sentence that does not speak of the event is compared with the counted day only.
    assert judged(story, "Bolsonaro flew to the region on Friday evening.") is not None


def test_names_event():
    (d,) = [
        d
        for d in counted("The dam collapsed on Friday.", "He came the day after the collapse.")[1]
        if d.counted_from
    ]
    assert names_event(d, "the dam collapsed on Friday")
    assert not names_event(d, "He visited on Friday.")


def test_the_story_s_disaster_dated_by_another_word_when_its_own_is_not():
    found = counted(
        "The dam at the mine burst at 12:28 p.m. last Friday.",
        "Bolsonaro flew over the site the day after the collapse.",
        "The recorder was recovered on the day of the collapse.",
    )
    assert counted_days(found[1]) == [(D(2019, 1, 26), D(2019, 1, 25))]
    assert counted_days(found[2]) == [(D(2019, 1, 25), D(2019, 1, 25))]
    # Not a vote or a strike: a labour strike is no train crash.
    found = counted(
        "Unions will hold a 24-hour strike on Wednesday.",
        "The minister resigned the day after the crash.",
    )
    assert counted_days(found[1]) == []


def test_the_main_event_is_recent():
    texts = [
        "Lion Air Flight 610 crashed off Jakarta on 29 October 2018.",
        "On the day of the disaster, the president visited the site.",
    ]
    found = count_from_events(
        texts, [parse_dates(t, anchor=D(2019, 3, 12)) for t in texts], D(2019, 3, 12)
    )
    assert counted_days(found[1]) == []
    # Its own word dated is the event, however long ago.
    texts = [
        "Lion Air Flight 610 crashed off Jakarta on 29 October 2018.",
        "Boeing changed the software after the crash.",
    ]
    texts.append("Investigators met the day after the crash.")
    found = count_from_events(
        texts, [parse_dates(t, anchor=D(2019, 3, 12)) for t in texts], D(2019, 3, 12)
    )
    assert counted_days(found[2]) == [(D(2018, 10, 30), D(2018, 10, 29))]


def test_hours_counted_from_an_event_s_clock():
    texts = [
        "Asiana Flight 214 crashed at 1128 local time on 6 July.",
        "SFO reopened two runways about six hours after the crash.",
        "Rescuers arrived two hours after the crash.",
    ]
    found = count_from_events(
        texts, [parse_dates(t, anchor=D(2013, 7, 10)) for t in texts], D(2013, 7, 10)
    )
    (six,) = [d for d in found[1] if d.counted_from]
    assert (six.low, six.minutes) == (D(2013, 7, 6), (688 + 360 - 30, 688 + 360 + 30))
    (two,) = [d for d in found[2] if d.counted_from]
    assert two.minutes == (688 + 120 - 10, 688 + 120 + 10)  # no "about": ten minutes either way
    # No clock for the event, no moment.
    texts = [
        "The plane crashed on 6 July.",
        "SFO reopened two runways about six hours after the crash.",
    ]
    found = count_from_events(
        texts, [parse_dates(t, anchor=D(2013, 7, 10)) for t in texts], D(2013, 7, 10)
    )
    assert counted_days(found[1]) == []


def test_hours_after_the_crash_against_a_clock():
    story = [
        "Asiana Flight 214 crashed at 1128 local time on 6 July.",
        "SFO reopened two runways about six hours after the crash.",
    ]
    assert (
        judged(
            story,
            "All four runways were closed after the crash, and two reopened at about 3:30 p.m.",
        )
        is not None
    )
    story[1] = "SFO reopened two of its four runways about four hours after the crash."
    assert (
        judged(
            story,
            "All four runways were closed after the crash, and two reopened at about 3:30 p.m.",
        )
        is None
    )


def test_a_moment_counted_in_hours_also_reads_as_the_event_s_own():
    story = [
        "The jet crashed at 11:28 a.m.",
        "SFO reopened two runways about six hours after the crash.",
    ]
    # No day for the crash: the counted moment is a time of day, and the
    # other side's time of the crash itself is no clash.
    assert judged(story, "The Boeing 777 crashed on landing at 11:28 a.m.") is None
    assert judged(story, "Two runways reopened at about 3:30 p.m.") is not None


def test_one_count_from_the_event_on_both_sides_is_one_moment():
    """Both outlets put the waves "about two hours after the quake": they agree,
    however each clocks the quake (GMT in one, local time in the other)."""
    sources = {
        "A": Source("A", "a.txt", "", published=D(2004, 12, 27)),
        "B": Source("B", "b.txt", "", published=D(2004, 12, 27)),
    }
    texts = [
        ("A", "The quake struck at 00:58 GMT on Sunday."),
        ("A", "The waves hit Sri Lanka's east coast about two hours after the quake."),
        ("B", "The quake struck at 7:58 a.m. local time on Sunday."),
        ("B", "The waves struck Sri Lanka's eastern coast about two hours after the quake."),
    ]
    claims = extract_claims(
        [Sentence(src, i, 0, len(t), t) for i, (src, t) in enumerate(texts)], sources=sources
    )
    assert all(any(d.counted_minutes for d in c.slots.dates) for c in (claims[1], claims[3]))
    assert judge.date_differs(claims[1], claims[3]) is None
    # Another count is still compared.
    texts[3] = ("B", "The waves struck Sri Lanka's eastern coast about five hours after the quake.")
    claims = extract_claims(
        [Sentence(src, i, 0, len(t), t) for i, (src, t) in enumerate(texts)], sources=sources
    )
    assert judge.date_differs(claims[1], claims[3]) is not None
