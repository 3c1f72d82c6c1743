"""False divergences between sources: details that look apart but are no conflict."""

import datetime as dt

import pytest

from claimcheck import judge
from claimcheck.extract import extract_slots
from claimcheck.records import Candidate, Claim, Kind, Label, Sentence
from claimcheck.slots import names, numbers, stance


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


# ---------------------------------------------------------------- hedges that are no doubt


@pytest.mark.parametrize(
    "text",
    [
        '"He was trying to run over as many people as he could," the mayor said.',
        "Rescuers dug as fast as they could.",
        "Hydrants ran dry as firefighters drew water faster than storage tanks could be refilled.",
        "Officials said the bodies were more than the morgue could hold.",
        "Prosecutors have opened an investigation into possible negligence.",
        "The inquiry looked at questions over possible links to the group.",
        "Leicester were champions after Tottenham could only draw 2-2 at Chelsea.",
        "Rescuers could only watch as the water rose.",
    ],
)
def test_a_comparisons_modal_or_a_possible_thing_looked_into_is_no_hedge(text):
    assert stance.hedge_level(text) == 0


@pytest.mark.parametrize(
    "text",
    [
        # A figure after "as many as" / "more than" is the hedged claim's own.
        "As many as 300 people could have died.",
        "More than a dozen people may be trapped.",
        # "could only" with "be" or "have" is still a guess.
        "Police said the attack could only have been planned for months.",
        "More than 100 people may have died.",
        "As many as half the residents may have fled.",
        # The comparison's modal is set aside, not the claim's own.
        "The ship could be refloated sooner than officials could confirm.",
        "The fire was possibly started deliberately.",
    ],
)
def test_hedged_figures_and_claims_stay_hedged(text):
    assert stance.hedge_level(text) == 2


def test_a_stated_investigation_agrees_with_one_into_possible_negligence():
    x = claim("The attorney general said her office had opened an investigation.", "A")
    y = claim("City prosecutors have opened an investigation into possible negligence.", "B")
    assert judge.hedge_differs(x, y) is None


# ---------------------------------------------------------------- places and sides taken for people


def kinds(text):
    return {e.text: e.kind for e in claim(text).slots.entities}


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "They went into the Tham Luang Nang Non cave after practice.",
            "Tham Luang Nang Non",
            "place",
        ),
        ("Notre-Dame cathedral celebrated its first Mass.", "Notre-Dame", "place"),
        ("He flew over the flooded areas of Camarines Sur on Saturday.", "Camarines Sur", "place"),
        ("He was buried in the Basilica of Santa Maria Maggiore.", "Santa Maria Maggiore", "place"),
        ("The leaders opened the Qiz Qalasi dam on the river.", "Qiz Qalasi", "place"),
        ("Four boys of the Wild Boars football team were brought out.", "Wild Boars", "org"),
    ],
)
def test_a_name_before_a_site_or_a_team_names_no_person(text, name, kind):
    assert kinds(text)[name] == kind


def test_a_person_before_a_common_word_stays_a_person():
    assert (
        kinds("Coach Ekapol Chanthawong told his team to stay calm.")["Ekapol Chanthawong"]
        == "person"
    )


def test_the_coach_and_the_cave_are_no_swapped_people():
    x = claim(
        "The boys went into the cave with their assistant coach, Ekapol Chanthawong, on 23 June."
    )
    y = claim("The boys and their coach went into the Tham Luang Nang Non cave on June 23.", "B")
    assert judge.person_differs(x, y) is None


# ---------------------------------------------------------------- a place inside the other


def test_a_borough_inside_the_other_sides_place_is_no_other_place():
    x = claim("A federal jury in New York yesterday convicted him on all seven charges.", "A")
    y = claim("He was found guilty of all seven counts by a jury in Manhattan federal court.", "B")
    assert judge.place_differs(x, y) is None


def test_two_towns_apart_still_differ():
    x = claim("A federal jury in Boston convicted him on all seven charges.", "A")
    y = claim("He was found guilty of all seven counts by a jury in Chicago.", "B")
    finding = judge.place_differs(x, y)
    assert finding is not None and finding.kind is Kind.PLACE


# ---------------------------------------------------------------- figures read too strictly


def figure(text):
    (q,) = numbers.parse_quantities(text)
    return q


def compatible(x, y):
    return numbers.quantities_compatible(figure(x), figure(y))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The euro edged higher to $1.089 after the decision.", 1.089),
        ("The pound had plunged to a record low of $1.035 in the days after the budget.", 1.035),
        ("The euro rose to €1.125 against the franc.", 1.125),
        # Spanish copy writes thousands with a dot, after a currency sign too.
        ("El precio subió a $1.089 pesos.", 1089),
        ("Casi 89.000 espectadores llenaron el estadio.", 89000),
    ],
)
def test_a_rate_after_a_currency_sign_in_english_is_a_decimal(text, value):
    assert figure(text).high == pytest.approx(value)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("about 16 minutes", "17 minutes", True),
        ("about 14", "13", True),
        ("about 16", "18", False),
        # Round figures and small ones keep their step: "about 4 km" is not 3 km.
        ("about 4 km", "about 3 km", False),
        ("about 75", "80", False),
        ("about 1.6 million", "1.7 million", False),
    ],
)
def test_about_a_two_digit_whole_number_leaves_its_last_digit_open(a, b, same):
    assert compatible(a, b) is same


# ---------------------------------------------------------------- a name blended from another


@pytest.mark.parametrize(
    ("short", "long_", "same"),
    [
        ("Phivolcs", "the Philippine Institute of Volcanology and Seismology", True),
        ("Ofcom", "the Office of Communications", True),
        ("Pemex", "Petróleos Mexicanos", True),
        ("Interpol", "the International Criminal Police Organization", True),
        ("Paris", "the Pacific Islands Forum", False),
        ("Tesla", "the Texas Energy Storage Lab Association", False),
        ("Macron", "the Marine Corps", False),
    ],
)
def test_a_one_word_name_blended_from_a_longer_one_is_that_name(short, long_, same):
    assert names.same_entity(short, long_) is same


def test_a_body_named_once_in_full_and_once_blended_is_one_source():
    x = claim(
        "The Philippine Institute of Volcanology and Seismology urged residents of coastal areas to evacuate.",
        "A",
    )
    y = claim(
        "The state seismology agency Phivolcs told people in coastal areas to move to higher ground.",
        "B",
    )
    assert judge.attribution_differs(x, y) is None


# ---------------------------------------------------------------- an act named, not stated


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "NASA decided that it was too risky to fly the two astronauts home in the capsule.",
            "The two astronauts will not fly home on the capsule, the agency said.",
        ),
        (
            "The alliance narrowly failed to enter parliament.",
            "The alliance won 4.97%, just short of the 5% threshold for entering the Bundestag.",
        ),
    ],
)
def test_an_act_too_risky_or_a_threshold_for_it_does_not_affirm_it(a, b):
    assert judge.negation_differs(claim(a), claim(b, "B")) is None


def test_an_act_stated_still_meets_its_denial():
    x = claim("The alliance failed to enter parliament.")
    y = claim("The alliance will enter parliament for the first time.", "B")
    assert judge.negation_differs(x, y) is not None


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The account did not have two-factor authentication enabled at the time, X said.",
            "X said the agency had not enabled two-factor authentication on the account.",
        ),
        (
            "News organizations reported that a suspect had been arrested, but the FBI said no arrest had been made.",
            "No arrests have been made, and no group has claimed responsibility for the attack.",
        ),
    ],
)
def test_two_denials_of_one_thing_agree(a, b):
    assert judge.negation_differs(claim(a), claim(b, "B")) is None


def test_a_denial_still_meets_the_thing_stated():
    x = claim("No arrests have been made.")
    y = claim("Police said a suspect had been arrested.", "B")
    assert judge.negation_differs(x, y) is not None


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a determiner caught after "ruled out" is no act
        (
            "The party leader has already ruled out any government that includes the Greens.",
            "The party leader has vowed to block any coalition that includes the Greens.",
        ),
        # a predicate noun's modifier, said of another noun on the other side
        (
            "Fire scientists note that most of the land that burned was not federal forest.",
            "The president threatened to cut off federal funds over the fires.",
        ),
        # the other side's word is a compound noun's head, no act
        (
            "The runway's glide slope was not working because of construction, officials said.",
            "The glide slope had been out of service since June 1 for construction work.",
        ),
    ],
)
def test_a_negated_or_affirmed_word_that_is_no_act_is_no_negation_conflict(a, b):
    assert judge.negation_differs(claim(a), claim(b, "B")) is None


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the same modifier of the same noun, denied and affirmed
        (
            "Most of the land that burned was not federal forest.",
            "Most of the land that burned was federal forest.",
        ),
        # the act itself, denied and affirmed
        ("The glide slope was not working on Saturday.", "The glide slope was working normally."),
        ("Workers did not strike on Monday.", "Workers went on strike on Monday."),
        ("The hospital was not open on Sunday.", "The hospital was open on Sunday."),
        # a thing denied meets a noun: no verb was denied
        (
            "Samples from the oil slick turned out to be fuel oil used by ships, not jet fuel.",
            "Tests showed that the oil slick came from the missing jet.",
        ),
    ],
)
def test_a_negated_act_still_meets_the_act_affirmed(a, b):
    assert judge.negation_differs(claim(a), claim(b, "B")) is not None


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a capital lobbied or told, for its government
        (
            "The prime minister told parliament in Canberra on Tuesday that the case had dragged on for too long.",
            "The prime minister, whose government lobbied Washington to drop the case, said it had dragged on for too long.",
        ),
        (
            "US officials said Washington had not been notified in advance.",
            "The White House said it had not been told in advance and was in contact with Seoul.",
        ),
        # a currency's country
        (
            "The owner filed in April to limit its liability to US$43.7 million.",
            "The Singapore-based owner asked a court to cap its liability at $43.7 million.",
        ),
    ],
)
def test_a_place_named_for_its_government_or_currency_is_no_place_conflict(a, b):
    assert judge.place_differs(claim(a), claim(b, "B")) is None


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the same capitals as where things happen
        (
            "The prime minister spoke to reporters in Canberra on Tuesday.",
            "The prime minister spoke to reporters in Washington on Tuesday.",
        ),
        (
            "Thousands of protesters rallied in Washington.",
            "Thousands of protesters rallied in Seoul.",
        ),
    ],
)
def test_capitals_where_things_happen_still_differ(a, b):
    assert judge.place_differs(claim(a), claim(b, "B")) is not None


def test_a_place_the_other_side_also_names_is_not_swapped_for_its_first_place():
    x = claim(
        "Some 150,000 people attended the funeral Mass in St Peter's Square, the Vatican said."
    )
    y = claim(
        "The pope was buried in the Basilica of Santa Maria Maggiore after a funeral Mass in St Peter's Square.",
        "B",
    )
    assert judge.place_differs(x, y) is None


# ---------------------------------------------------------------- parts that add up to a total


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a crew "of N" beside the passengers
        ("The jet carried six passengers and a crew of four.", "Ten people were on board."),
        # a list of kinds of people against the people on board
        (
            "The crash killed all 120 passengers and eight crew on board.",
            "The crash killed all 128 people on board and at least three people on the ground.",
        ),
        # a breakdown of the sentence's own total, against the other side's total
        (
            "Of the 140 on board, 133 were passengers and seven were crew members.",
            "The crash killed 138 of the 140 people on board.",
        ),
    ],
)
def test_parts_that_add_up_to_the_other_sides_figure_are_no_number_conflict(a, b):
    assert judge.number_differs(claim(a), claim(b, "B")) is None


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # parts that add up to another figure
        ("The jet carried seven passengers and a crew of four.", "Ten people were on board."),
        # two states, not two parts: 12 dead and 30 injured are no 42 dead
        ("The blast left 12 people dead and 30 injured.", "The blast killed 42 people."),
        ("Five people were killed and 10 injured.", "Fifteen people were killed."),
        # "another N" is often said of another act: left apart
        ("Twelve people were killed and another 30 were injured.", "The blast killed 42 people."),
        # both give the split, and the splits differ although the totals agree
        (
            "All 70 people aboard, 58 passengers and 12 crew, were killed.",
            "The plane was carrying 61 passengers and nine crew.",
        ),
        # a breakdown of one's own total still leaves the totals to compare
        (
            "About 90 divers, 40 from Thailand and 50 from abroad, took part.",
            "More than 100 divers took part.",
        ),
        (
            "There were 476 people on board: 325 students, 14 teachers, 104 other passengers and 33 crew.",
            "The ferry was carrying 459 people, among them 325 students.",
        ),
    ],
)
def test_parts_that_do_not_add_up_or_two_splits_still_differ(a, b):
    assert judge.number_differs(claim(a), claim(b, "B")) is not None


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # "another N" of a second state, against a whole said of both states
        (
            "Eighty homes were destroyed outright and another 65 were damaged.",
            "In all, 145 houses were destroyed or damaged, officials said.",
        ),
        (
            "Eighty homes were destroyed outright and another 65 were damaged.",
            "The landslide buried or damaged more than 100 houses.",
        ),
        # "N more" on a second day, against a whole said of both days
        (
            "Around 300 people were arrested on Sunday, and about 1,200 more were detained on Monday.",
            "Authorities said some 1,500 people had been detained on Sunday and Monday.",
        ),
        # "along with" adds a figure to the same predicate
        (
            "About 30,000 megawatts of thermal generation had been forced offline, along with 16,000 megawatts from wind and solar.",
            "At the worst point, 46,000 megawatts of generating capacity had been knocked offline.",
        ),
    ],
)
def test_figures_marked_as_added_make_the_other_sides_total(a, b):
    assert judge.number_differs(claim(a), claim(b, "B")) is None


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a whole said of one of the two states only
        (
            "Eighty homes were destroyed outright and another 65 were damaged.",
            "The landslide destroyed 145 houses.",
        ),
        # a whole of one day only
        (
            "Around 300 people were arrested on Sunday, and about 1,200 more were detained on Monday.",
            "Authorities said some 1,500 people had been detained on Monday.",
        ),
        # added figures that do not reach the other side's total
        (
            "About 30,000 megawatts of thermal generation had been forced offline, along with 16,000 megawatts from wind and solar.",
            "At the worst point, 52,000 megawatts of generating capacity had been knocked offline.",
        ),
    ],
)
def test_figures_marked_as_added_still_differ_from_a_whole_of_one_act(a, b):
    assert judge.number_differs(claim(a), claim(b, "B")) is not None


# ---------------------------------------------------------------- one nation's people counted


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # two nations' counts against two other kinds of people
        (
            "The 228 passengers included 70 French citizens, 58 Brazilians and 26 Germans.",
            "On board were 228 passengers, including one baby and seven children.",
        ),
        # one nation's count against the passengers as a whole
        (
            "They included 12 foreign nationals: four Indians, three Russians and two South Koreans.",
            "Among the 68 passengers were 12 foreigners, including four Indian nationals.",
        ),
        # one nation's people under two nouns, the same figure
        (
            "The passengers included 153 Chinese passengers.",
            "Among the passengers were 153 Chinese nationals and 38 Malaysians.",
        ),
        # nationalities are countries
        ("The passengers were of 32 nationalities.", "The passengers came from 32 countries."),
    ],
)
def test_counts_of_different_nations_or_kinds_of_people_are_no_conflict(a, b):
    assert judge.number_differs(claim(a), claim(b, "B")) is None


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # one nation, two figures
        ("The passengers included 61 Americans.", "Among the passengers were 64 Americans."),
        # one nation, the noun and the adjective
        ("The flight carried 24 Britons.", "The flight carried 26 British nationals."),
        ("The passengers included 154 Chinese passengers.", "There were 153 Chinese nationals."),
        # a nation's people against its citizens at large
        ("The dead included 32 Kenyans.", "Kenya lost 35 citizens."),
        # the nation said of a part: "72 of the dead were German nationals"
        ("Among the victims were 75 Germans.", "Seventy-two of the dead were German nationals."),
        # a nation's soldiers against soldiers
        ("The strike killed 12 Israeli soldiers.", "The strike killed 14 soldiers."),
        ("The euro is used in 20 countries.", "The 21-nation euro zone grew."),
    ],
)
def test_counts_of_one_nations_people_still_differ(a, b):
    assert judge.number_differs(claim(a), claim(b, "B")) is not None


# ---------------------------------------------------------------- a modal that names a permission


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The governor said the central bank stood ready to provide £100 billion of extra funds.",
            "The governor said the central bank could provide £100bn of extra liquidity.",
        ),
        (
            "Under the new plan, detainees could be held in police cells until prison places free up.",
            "The scheme allows detainees to be held in police cells until a prison place is free.",
        ),
        (
            "Since 2010 the rules have let airlines fly in low ash concentrations.",
            "Under the rules, airlines may now fly through areas of low ash density.",
        ),
    ],
)
def test_could_or_may_against_the_same_act_allowed_or_offered_agree(a, b):
    assert stance.hedges_compatible(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a past possibility is a guess, whatever the other side allows
        (
            "Officials confirmed that 700 tonnes of cyanide had been stored there, far more than it was allowed to hold.",
            "Media reported that the warehouse may have held 700 tonnes of cyanide.",
        ),
        # a possibility against a fact, no permission named
        ("The eruption will go on for months.", "The eruption could continue for months, he said."),
        # a permission of another act
        (
            "The scheme allows detainees to be held in police cells.",
            "Detainees could be moved to police cells, officials said.",
        ),
    ],
)
def test_could_or_may_against_a_fact_or_another_permission_still_differ(a, b):
    assert not stance.hedges_compatible(a, b)


# ---------------------------------------------------------------- a bar to clear is no figure of the story


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The liberals failed to clear the 5 percent hurdle.", "The liberals sank to 4.3%."),
        ("A party needs a threshold of 5% to enter parliament.", "The party won 3.9%."),
        (
            "Passing it requires a two-thirds majority, or 200 of the 300 members.",
            "Only 195 of the 300 members voted, five short of the 200 required.",
        ),
        (
            "There are 135 cardinals under the age of 80.",
            "Of the 135 cardinals young enough to vote, 133 will take part, after two withdrew.",
        ),
    ],
)
def test_a_threshold_a_requirement_or_an_age_limit_is_no_figure_of_the_story(a, b):
    assert judge.number_differs(claim(a), claim(b, "B")) is None


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the story's own figures beside a threshold
        ("The party won 4.8%, below the 5% threshold.", "The party won 5.2%."),
        # two requirements
        (
            "Candidates need the nominations of at least 100 MPs.",
            "Candidates must secure the backing of at least 120 MPs.",
        ),
        # how long it took is no bar
        ("Rescuers needed 18 days to free the boys.", "It took rescuers 17 days to free the boys."),
        # two counts under one age limit
        (
            "There are 135 cardinals under the age of 80.",
            "There are 138 cardinals under the age of 80.",
        ),
    ],
)
def test_figures_beside_a_bar_or_two_bars_still_differ(a, b):
    assert judge.number_differs(claim(a), claim(b, "B")) is not None


# ---------------------------------------------------------------- a hedge off a presupposed event


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Regulators around the world were weighing whether to ground Boeing's jet today after"
            " the crash of Ethiopian Airlines Flight ET302 on Sunday killed all 157 people.",
            "Four days after Ethiopian Airlines Flight 302 crashed last Sunday, killing 157"
            " people, nearly every 737 MAX in the world has been ordered out of the sky.",
        ),
        (
            "Investigators are examining whether the Brussels bombers belonged to the network that"
            " carried out the Paris attacks, in which 130 people were killed.",
            "The Paris attacks of 13 November, also claimed by Islamic State, killed 130 people.",
        ),
        (
            "At Sheba Medical Centre, where a helicopter took them, all three were thought to be"
            " in stable condition.",
            "They were then flown by helicopter to Sheba Medical Center in Ramat Gan.",
        ),
    ],
)
def test_a_hedge_on_another_predicate_leaves_a_presupposed_event_as_fact(a, b):
    assert stance.hedges_compatible(a, b)
    assert stance.hedges_compatible(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the hedge is on the shared claim (the cause)
        (
            "Police said the blast may have been caused by a faulty boiler after the shift ended"
            " at the plant.",
            "A gas leak caused the blast at the plant after the shift ended, police said.",
        ),
        # the subject both name is the claim the hedge governs
        (
            "Police said the blast may have been started by a faulty boiler after the shift"
            " ended at the plant.",
            "A gas leak caused the blast at the plant after the shift ended, police said.",
        ),
        # too little shared in the presupposed part
        (
            "Saman Gunan, a 38-year-old retired SEAL, is believed to have lost consciousness"
            " after his own air supply ran low",
            "Former Navy SEAL Saman Gunan, 38, died early on Friday after running out of air",
        ),
    ],
)
def test_a_hedge_on_the_shared_claim_still_differs(a, b):
    assert not stance.hedges_compatible(a, b)


# ---------------------------------------------------------------- a date of another event than the one shared


@pytest.mark.parametrize(
    ("a", "day_a", "b", "day_b"),
    [
        # the main clause's own night; the quake is the time clause's
        (
            "Hawaii spent an anxious night yesterday after a magnitude 8.8 earthquake near"
            " Russia's Kamchatka Peninsula sent a tsunami speeding across the Pacific.",
            dt.date(2025, 7, 30),
            "One of the most powerful earthquakes ever recorded struck off Russia's Kamchatka"
            " Peninsula at 11:24 a.m. local time on Wednesday, sending tsunami waves racing"
            " across the Pacific.",
            dt.date(2025, 7, 30),
        ),
        # the start of a term, after the election both tell
        (
            "Fico, 59, began his fourth term as prime minister last October after his Smer"
            " party won a parliamentary election on a promise to stop sending weapons to Ukraine.",
            dt.date(2024, 5, 15),
            "The 59-year-old won last September's parliamentary election with a campaign that"
            " promised no ammunition for Ukraine.",
            dt.date(2024, 5, 15),
        ),
        # "that" and a past verb: a relative clause on a reign
        (
            "Buckingham Palace announced her death at 6:30 p.m., ending a reign of 70 years that"
            " began in February 1952.",
            dt.date(2022, 9, 8),
            "Buckingham Palace announced at 18:30 BST on 8 September that the Queen had died"
            " peacefully at Balmoral.",
            dt.date(2022, 9, 9),
        ),
    ],
)
def test_a_date_of_another_event_than_the_shared_one_is_no_conflict(a, day_a, b, day_b):
    assert judge.date_differs(claim(a, "A", day_a), claim(b, "B", day_b)) is None


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the main clause is the shared claim
        (
            "The quake struck on Monday after tremors shook the town for a week.",
            "The quake struck the town on Tuesday after a week of tremors.",
        ),
        # "that" with a subject after it opens what was said, not a relative clause
        (
            "The palace said that the Queen died on Thursday at Balmoral.",
            "The Queen died on Friday at Balmoral.",
        ),
    ],
)
def test_a_date_of_the_shared_event_still_differs(a, b):
    assert judge.date_differs(claim(a), claim(b, "B")) is not None


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # "when" after a date tells what happened at that very time
        (
            "The tragedy struck shortly after 1 a.m., when a section of the crowd heading for the"
            " Sangam broke through barriers.",
            "It happened at around 3 a.m., as vast crowds massed near the Sangam ahead of the dip.",
        ),
        # a "that" clause on the setting of the main event dates that event
        (
            "The cabinet lifted the ban at an emergency meeting that ended after 11 pm yesterday",
            "The government scrapped the ban on Tuesday morning, but the protests only grew.",
        ),
    ],
)
def test_a_date_of_the_time_or_setting_of_the_shared_event_still_differs(a, b):
    x, y = claim(a, "A", dt.date(2025, 9, 9)), claim(b, "B", dt.date(2025, 9, 12))
    if "Sangam" in a:
        x, y = claim(a, "A", dt.date(2025, 1, 29)), claim(b, "B", dt.date(2025, 1, 29))
    assert judge.date_differs(x, y) is not None


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # "decide when to invoke": no time clause, the plan is the claim
        (
            "Mr Cameron is expected to leave the formal exit process, under Article 50 of the EU"
            " treaty, to whoever succeeds him.",
            "He has also said it will be for the new prime minister to decide when to invoke"
            " Article 50, which starts a two-year countdown to exit.",
        ),
        # the subject both name, past an apposition, is the claim
        (
            "Saman Gunan, a 38-year-old retired SEAL, is believed to have lost consciousness after"
            " his own air supply ran low while laying tanks in the early hours of July 6.",
            "Former Navy SEAL Saman Gunan, 38, died early on Friday after running out of air while"
            " laying oxygen tanks along the route.",
        ),
    ],
)
def test_a_hedge_with_the_shared_subject_or_no_time_clause_still_differs(a, b):
    assert not stance.hedges_compatible(a, b)


# ---------------------------------------------------------------- measures of different things


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the ship's length against the bridge's
        (
            "The 948-foot Dali slammed into a pier of the bridge on March 26.",
            "The container ship struck a support on March 26, bringing down the 1.6-mile span.",
        ),
        # each container's size against the fuel bought
        (
            "He had bought two 20-litre containers of petrol at a filling station.",
            "He had bought about 40 litres of petrol at a filling station nearby.",
        ),
    ],
)
def test_an_adjectival_measure_sizes_its_own_noun(a, b):
    assert judged(claim(a), claim(b, "B")).label is Label.CORROBORATED


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The 300-metre ship ran aground off the coast.", "The 250-metre vessel ran aground."),
        (
            "The 300-metre ship ran aground off the coast.",
            "The ship, 250 metres long, ran aground.",
        ),
        # a measure's extent named as such
        (
            "The fire burned through a 20-hectare area of forest.",
            "The fire burned through 50 hectares of forest.",
        ),
        # a way travelled, by its noun and by its verb
        (
            "The 6-kilometre journey to the basilica took about half an hour.",
            "The coffin was then driven 12 kilometres across the city to the basilica.",
        ),
    ],
)
def test_measures_of_one_thing_still_differ(a, b):
    pair = judged(claim(a), claim(b, "B"))
    assert (pair.label, pair.kind) == (Label.DIVERGENT, Kind.NUMBER)


def test_people_who_voted_are_votes():
    a = claim(
        "Leave received 17,410,742 votes and Remain 16,141,241, a margin of about 1.27 million."
    )
    b = claim("More than 17.4 million people voted Leave, against 16.1 million for Remain.", "B")
    assert judged(a, b).label is Label.CORROBORATED
    # and a count of votes that differs still differs
    c = claim("More than 18.4 million people voted Leave, against 16.1 million for Remain.", "B")
    assert judged(a, c).label is Label.DIVERGENT


def test_some_of_the_dead_are_part_of_the_toll():
    a = claim(
        "Officials said 90 people were injured and five of the dead had yet to be identified."
    )
    b = claim("Officials put the toll at 30 dead and dozens injured.", "B")
    assert judged(a, b).label is Label.CORROBORATED
    # two tolls still differ
    c = claim("Officials put the toll at 30 dead.", "A")
    d = claim("Officials put the toll at 45 dead.", "B")
    assert judged(c, d).label is Label.DIVERGENT


def test_turnout_is_one_share_however_its_whole_is_named():
    a = claim("Turnout was about 70% of registered voters.")
    b = claim("Turnout was close to 65%, according to the election body.", "B")
    pair = judged(a, b)
    assert (pair.label, pair.kind) == (Label.DIVERGENT, Kind.NUMBER)
    c = claim("About 64% of the electorate voted.")
    d = claim("Turnout was 59.7 per cent, the lowest since 2001.", "B")
    assert judged(c, d).label is Label.DIVERGENT
    # a share of the vote is no turnout
    e = claim("Sheinbaum won 60% of the vote.")
    f = claim("Turnout was about 52%.", "B")
    assert judged(e, f).label is Label.CORROBORATED


def test_another_sides_share_after_against_is_its_share():
    # "against 24.5 percent for Poroshenko" is his share, not a yardstick
    a = claim(
        "Zelenskiy won with 73.2 percent of the vote against 24.5 percent for Petro Poroshenko."
    )
    b = claim("Petro Poroshenko took about 25 per cent.", "B")
    assert judged(a, b).label is Label.CORROBORATED
    c = claim("Petro Poroshenko took about 30 per cent.", "B")
    assert judged(a, c).label is Label.DIVERGENT


# ---------------------------------------------------------------- a figure of another quantity


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a toll both give, and each side's figure of another thing (new153)
        (
            "Officials put the death toll at 267 on Friday; by Saturday evening it had climbed"
            " to 290.",
            "The death toll rose to 267 this morning, with almost 400 people injured.",
        ),
        # one party's seats both give, another party's and the whole one side adds (new22)
        (
            "The SNP kept just nine of Scotland's 57 seats.",
            "The SNP fell to nine seats in Scotland, where Labour won 37.",
        ),
        # the planes hit both give; the airfields and one plane of a list (new119)
        (
            "Ukraine destroyed more than 40 Russian warplanes in an assault on four airfields.",
            "Officials said 41 aircraft had been hit, including at least one A-50 early-warning"
            " plane.",
        ),
    ],
)
def test_figure_of_another_quantity_beside_a_shared_one_is_no_conflict(a, b):
    x, y = claim(a), claim(b, "B")
    assert judge.number_differs(x, y) is None
    assert judge.number_differs(y, x) is None


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # no figure shared: a bare count is still compared with a named one
        ("Rescuers pulled 30 survivors from the sea.", "104 were brought ashore alive."),
        # the second figure of one kind on both sides: killed agree, injured differ
        (
            "Three people were killed and 176 were injured, officials said.",
            "Three people died and more than 180 were wounded, officials said.",
        ),
        # a named count against a bare one of the same casualties in other words
        (
            "At least 12 people were killed and 45 were injured.",
            "Twelve people died and 60 people were hurt.",
        ),
        # "18 more" counts the officers named before it
        (
            "Nine Brimob officers have been suspended and 18 more are under investigation.",
            "Nine officers were suspended, and 28 others are being questioned.",
        ),
        # a named count against a bare one in a clause that shares its word
        (
            "Police arrested 12 people, and 40 protesters were injured.",
            "Police arrested 12 people; 45 were injured.",
        ),
        # a measure beside a shared one is still the measure
        (
            "The flames were fanned by gusts of 60 km/h and temperatures of about 35C.",
            "Temperatures close to 40C and wind gusts of up to 60 km/h fanned the flames.",
        ),
    ],
)
def test_figure_of_the_same_quantity_beside_a_shared_one_still_differs(a, b):
    x, y = claim(a), claim(b, "B")
    assert judge.number_differs(x, y) is not None
    assert judge.number_differs(y, x) is not None


# ---------------------------------------------------------------- a deadline already past


@pytest.mark.parametrize(
    ("a", "a_day", "b", "b_day"),
    [
        # the rover rolled out on Thursday, and had travelled 8 metres by Friday (new23)
        (
            "The rover had travelled about 8 metres by Friday, the agency said.",
            dt.date(2023, 8, 26),
            "The rover rolled down a ramp onto the lunar surface on Thursday.",
            dt.date(2023, 8, 25),
        ),
        # the top of the chart over the weekend, reached by Monday (new69)
        (
            "The app had climbed to the top of the App Store by Monday.",
            dt.date(2025, 2, 2),
            "The app overtook ChatGPT over the weekend as the most downloaded app on the"
            " App Store.",
            dt.date(2025, 1, 28),
        ),
    ],
)
def test_past_deadline_holds_an_earlier_day(a, a_day, b, b_day):
    x, y = claim(a, "A", a_day), claim(b, "B", b_day)
    assert judge.date_differs(x, y) is None
    assert judge.date_differs(y, x) is None


@pytest.mark.parametrize(
    ("a", "a_day", "b", "b_day"),
    [
        # a day after the deadline still clashes, beside one before it
        (
            "Investigators had recovered both flight recorders by 14 June.",
            dt.date(2025, 6, 20),
            "The flight data recorder was found on 13 June and the second recorder on 16 June.",
            dt.date(2025, 6, 20),
        ),
        # the day after a past deadline
        (
            "By 7 a.m. yesterday, the operator said 99% of demand had been restored.",
            dt.date(2025, 4, 30),
            "It was not until Wednesday morning that the operator reported 99 per cent of"
            " demand restored.",
            dt.date(2025, 5, 2),
        ),
        # a deadline to come runs from the day of writing: an earlier day is no fulfilment
        (
            "The airline expects to restore its normal schedule by Friday.",
            dt.date(2024, 7, 23),
            "The airline restored its normal schedule on 21 July.",
            dt.date(2024, 7, 23),
        ),
    ],
)
def test_past_deadline_still_clashes_with_a_later_day(a, a_day, b, b_day):
    x, y = claim(a, "A", a_day), claim(b, "B", b_day)
    assert judge.date_differs(x, y) is not None
    assert judge.date_differs(y, x) is not None


# ---------------------------------------------------------------- a process begun on a day


@pytest.mark.parametrize(
    ("a", "a_day", "b", "b_day"),
    [
        # the bridge begun on Wednesday opened on Thursday evening (new140)
        (
            "Army engineers opened the 58-metre Bailey bridge to traffic on Thursday evening.",
            dt.date(2024, 8, 5),
            "Soldiers began building a steel Bailey bridge 190 feet long across the river"
            " on Wednesday.",
            dt.date(2024, 7, 31),
        ),
        # lowering began late last night; the last rescuer came up early on Thursday (new151)
        (
            "Manuel Gonzalez, the first rescuer to go down, was the last to return, early on"
            " Thursday.",
            dt.date(2010, 10, 14),
            "Rescue workers began lowering the capsule late last night, with Manuel Gonzalez"
            " the first to ride down.",
            dt.date(2010, 10, 13),
        ),
    ],
)
def test_a_begun_process_holds_a_later_day(a, a_day, b, b_day):
    x, y = claim(a, "A", a_day), claim(b, "B", b_day)
    assert judge.date_differs(x, y) is None
    assert judge.date_differs(y, x) is None


@pytest.mark.parametrize(
    ("a", "a_day", "b", "b_day"),
    [
        # a day before the start still clashes
        (
            "Rain started falling on Monday evening and peaked the following day.",
            dt.date(2024, 4, 19),
            "The first showers reached Dubai on Sunday night.",
            dt.date(2024, 4, 18),
        ),
        # a start against a start
        (
            "Crews began clearing the debris on Monday.",
            dt.date(2024, 3, 20),
            "Crews began clearing the debris on Wednesday.",
            dt.date(2024, 3, 20),
        ),
        # a start of the thing itself, not of doing something ("starts in Germany")
        (
            "The tournament opens in Munich on June 15.",
            dt.date(2024, 6, 2),
            "Euro 2024 starts in Germany on June 14.",
            dt.date(2024, 6, 2),
        ),
    ],
)
def test_a_begun_process_still_clashes(a, a_day, b, b_day):
    x, y = claim(a, "A", a_day), claim(b, "B", b_day)
    assert judge.date_differs(x, y) is not None
    assert judge.date_differs(y, x) is not None


def test_the_small_hours_of_a_weekday_keep_both_readings_of_the_weekday():
    # "In the small hours of Saturday his fighters, coming from ..." looks ahead
    # to the coming Saturday; a bare weekday is read either way (new13 draft)
    x = claim(
        "In the small hours of Saturday his fighters, coming from occupied Ukraine, entered"
        " Rostov-on-Don.",
        "A",
        dt.date(2023, 6, 27),
    )
    y = claim(
        "His fighters entered Rostov-on-Don in the early hours of Saturday.",
        "B",
        dt.date(2023, 6, 24),
    )
    assert judge.date_differs(x, y) is None
    assert judge.date_differs(y, x) is None


# ---------------------------------------------------------------- a period far from the day


@pytest.mark.parametrize(
    ("a", "a_day", "b", "b_day"),
    [
        # new133: the pope's first trip, months before the Vatican event
        (
            "The pope, addressing a Vatican event on Thursday, said the word was disgrace.",
            dt.date(2013, 10, 4),
            "Pope Francis, who chose Lampedusa for his first trip as pontiff in July, "
            "said the tragedy was a disgrace.",
            dt.date(2013, 10, 3),
        ),
        # new151: entombed weeks ago, hauled up on Wednesday
        (
            "All 33 miners were hauled to the surface on Wednesday after 69 days underground.",
            dt.date(2010, 10, 14),
            "For the families, who have waited since the men were entombed more than nine "
            "weeks ago, the ordeal is over.",
            dt.date(2010, 10, 14),
        ),
        # new36 draft: codes tightened after a disaster decades back
        (
            "Engineers credited building codes tightened after the 1999 disaster with "
            "limiting the number of collapses.",
            dt.date(2024, 4, 8),
            "Engineers said building codes limited the number of collapses this week.",
            dt.date(2024, 4, 5),
        ),
    ],
)
def test_a_period_far_from_the_other_sides_day_dates_another_event(a, a_day, b, b_day):
    pair = judged(claim(a, "A", a_day), claim(b, "B", b_day))
    assert pair.kind is not Kind.DATE


@pytest.mark.parametrize(
    ("a", "a_day", "b", "b_day"),
    [
        # a month next to the day still clashes
        (
            "Lai will be sworn in on May 20.",
            dt.date(2024, 1, 14),
            "Lai will be sworn in in June.",
            dt.date(2024, 1, 14),
        ),
        # two periods still compare, however far apart
        (
            "The dam was built in 1956.",
            dt.date(2023, 6, 7),
            "The dam was completed in 1962.",
            dt.date(2023, 6, 7),
        ),
        # a month in the sentence's own telling, weeks from the day: one report
        (
            "The agency's report on the plan was published in May.",
            dt.date(2023, 8, 29),
            "The agency released its final report on the plan on 4 July.",
            dt.date(2023, 8, 25),
        ),
        # a period beside a day on its side: the days compare
        (
            "The festival, first held in 1966, opened on Friday.",
            dt.date(2016, 8, 22),
            "The festival opened on Saturday.",
            dt.date(2016, 8, 22),
        ),
    ],
)
def test_a_period_near_the_day_or_against_a_period_still_clashes(a, a_day, b, b_day):
    pair = judged(claim(a, "A", a_day), claim(b, "B", b_day))
    assert pair.label is Label.DIVERGENT and pair.kind is Kind.DATE


# ---------------------------------------------------------------- "thousands" and tens of thousands


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # "thousands" admits tens of thousands (new216, new86, new252)
        (
            "On Tuesday officials estimated that some 28,000 people had lost their homes.",
            "Thousands of people were left homeless, and many spent the day in the streets.",
        ),
        (
            "The unrest began when thousands of young people marched on parliament.",
            "The crisis began when tens of thousands of young people took to the streets.",
        ),
    ],
)
def test_thousands_admits_tens_of_thousands(a, b):
    x, y = claim(a), claim(b, "B")
    assert judge.number_differs(x, y) is None
    assert judge.number_differs(y, x) is None


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # hundreds of thousands are no thousands, nor hundreds thousands
        (
            "Hundreds of thousands of people answered the call to march on Dhaka.",
            "Thousands of people began converging on the capital.",
        ),
        (
            "Hundreds of spectators climbed the fences and ran onto the field.",
            "Some 3,000 home fans poured onto the field.",
        ),
        # a vague count added to the toll ("thousands more missing") does not
        # vouch for the other side's toll: the tolls still differ (new204)
        (
            "By Tuesday night the government put the death toll at 18,700, with thousands more"
            " missing.",
            "By Tuesday evening, the official death toll in the country had reached 21,700.",
        ),
    ],
)
def test_thousands_still_differs_from_other_scales(a, b):
    x, y = claim(a), claim(b, "B")
    assert judge.number_differs(x, y) is not None
    assert judge.number_differs(y, x) is not None


def test_vague_addition_vouches_for_a_figure_of_its_own_thing():
    # the missing both count: "thousands more missing" meets "some 25,000 missing"
    a = claim("The government put the death toll at 18,700, with thousands more missing.")
    b = claim("The death toll reached 18,700, and some 25,000 people were still missing.", "B")
    assert judge.number_differs(a, b) is None
    assert judge.number_differs(b, a) is None
