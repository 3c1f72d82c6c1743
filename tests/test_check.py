import datetime as dt
import itertools

import numpy as np
import pytest

from claimcheck import align, judge, verdicts
from claimcheck.extract import extract_slots
from claimcheck.records import Claim, Kind, Sentence, Verdict
from claimcheck.verdicts import check_claim, check_claims, open_frame_stated


def claim(text, source, index=0, anchor=dt.date(2024, 3, 20)):
    return Claim(Sentence(source, index, 0, len(text), text), extract_slots(text, anchor=anchor))


def run(
    draft_texts,
    source_texts,
    sims,
    *,
    min_similarity=0.6,
    lexical_vectors=False,
    outlets=None,
    pair_model=True,
):
    """sims[i][j]: cosine of draft i and source j (the matrices are built to give exactly that)."""
    drafts = [claim(t, "draft", i) for i, t in enumerate(draft_texts)]
    sources = [claim(t, s, i) for i, (s, t) in enumerate(source_texts)]
    # draft rows = sims, source rows = identity: draft @ source.T == sims
    d = np.asarray(sims, dtype=np.float32)
    s = np.eye(len(sources), dtype=np.float32)
    return check_claims(
        drafts,
        sources,
        d,
        s,
        min_similarity=min_similarity,
        lexical_vectors=lexical_vectors,
        outlets=outlets,
        pair_model=pair_model,
    )


def test_supported_when_a_close_source_agrees():
    (v,) = run(
        ["The bank raised rates by 0.1%."], [("W", "The bank raised rates by 0.1%.")], [[0.9]]
    )
    assert v.verdict is Verdict.SUPPORTED and not v.disputed
    assert v.evidence[0].label == "supports"


def test_contradicted_when_every_close_source_conflicts():
    (v,) = run(
        ["The board voted eight to one."], [("W", "The board voted seven to two.")], [[0.85]]
    )
    assert v.verdict is Verdict.CONTRADICTED
    assert v.kind is Kind.NUMBER
    assert v.evidence[0].label == "contradicts"


def test_unsupported_when_no_source_is_close():
    (v,) = run(["The finance minister welcomed the decision."], [("W", "The yen fell.")], [[0.2]])
    assert v.verdict is Verdict.UNSUPPORTED and v.evidence == ()


def test_disputed_when_sources_disagree_and_draft_sides_with_one():
    sources = [
        ("W", "The yen weakened after the decision."),
        ("R", "The yen strengthened after the decision."),
    ]
    (v,) = run(["The yen weakened after the announcement."], sources, [[0.9, 0.7]])
    assert v.verdict is Verdict.SUPPORTED
    assert v.disputed


def test_a_claim_attributed_to_the_outlet_that_says_it_is_not_disputed():
    """QA pass 5: "According to Asia Business Daily, ..." quoting that outlet
    correctly came out disputed because another outlet says otherwise."""
    sources = [
        ("ASIA_BUSINESS_DAILY", "The yen weakened after the decision."),
        ("TMW", "The yen strengthened after the decision."),
    ]
    outlets = {"ASIA_BUSINESS_DAILY": "ASIA_BUSINESS_DAILY", "TMW": "Tokyo Markets Wire"}
    (v,) = run(
        ["According to Asia Business Daily, the yen weakened after the decision."],
        sources,
        [[0.9, 0.7]],
        outlets=outlets,
    )
    assert v.verdict is Verdict.SUPPORTED and not v.disputed
    assert v.rule == "supported_by_named_source" and v.evidence[0].claim == "ASIA_BUSINESS_DAILY#0"
    # Unnamed, or naming the outlet that says otherwise: disputed as before.
    (plain,) = run(["The yen weakened after the decision."], sources, [[0.9, 0.7]], outlets=outlets)
    assert plain.disputed
    (other,) = run(
        ["Tokyo Markets Wire said the yen weakened after the decision."],
        sources,
        [[0.9, 0.7]],
        outlets=outlets,
    )
    assert other.disputed


def test_the_named_outlet_answers_for_the_claim_even_if_it_credits_someone_else():
    """QA pass 7: "According to Global Finance Review, Rengo reported 5.1%" was
    contradicted: GFR credits Rengo (an "attribution conflict" with the outlet
    the draft names), and another outlet's closer 5.28% outweighed it."""
    sources = [
        (
            "GLOBAL_FINANCE_REVIEW",
            "The spring wage round produced average wage deals of 5.1%, according to Rengo.",
        ),
        ("ABD", "Rengo's first tally showed average pay rises of 5.28%."),
    ]
    outlets = {"GLOBAL_FINANCE_REVIEW": "GLOBAL_FINANCE_REVIEW", "ABD": "Asia Business Daily"}
    draft = ["According to Global Finance Review, Rengo reported average wage deals of 5.1%."]
    (v,) = run(draft, sources, [[0.8, 0.9]], outlets=outlets)
    assert (
        v.verdict is Verdict.SUPPORTED and not v.disputed and v.rule == "supported_by_named_source"
    )
    # A misquote of the named outlet is still contradicted.
    (wrong,) = run(
        ["According to Global Finance Review, Rengo reported average wage deals of 4.1%."],
        sources,
        [[0.8, 0.9]],
        outlets=outlets,
    )
    assert wrong.verdict is Verdict.CONTRADICTED


def test_not_disputed_when_sources_agree():
    sources = [
        ("W", "The yen weakened after the decision."),
        ("R", "The yen slipped after the decision."),
    ]
    (v,) = run(["The yen weakened after the announcement."], sources, [[0.9, 0.7]])
    assert v.verdict is Verdict.SUPPORTED and not v.disputed


def test_a_loose_match_without_the_detail_does_not_outweigh_a_close_conflict():
    sources = [
        ("W", "Negative rates were introduced in 2016."),
        ("R", "The central bank ended its policy of negative interest rates."),
    ]
    (v,) = run(["Negative rates had been in place since 2015."], sources, [[0.85, 0.62]])
    assert v.verdict is Verdict.CONTRADICTED and v.kind is Kind.DATE


def test_support_about_as_close_as_the_conflict_still_wins():
    sources = [
        ("W", "Negative rates were introduced in 2016."),
        ("R", "Negative rates had been in place since 2015, the bank said."),
    ]
    (v,) = run(["Negative rates had been in place since 2015."], sources, [[0.85, 0.8]])
    assert v.verdict is Verdict.SUPPORTED and v.disputed


def test_a_source_about_another_occasion_is_no_evidence():
    # February's recall is not this week's: no contradiction, and no dissent either.
    draft = "Tesla recalled about 363,000 cars in February."
    (v,) = run(
        [draft],
        [("W", "Tesla recalled just over 2 million vehicles on 12 December 2023.")],
        [[0.85]],
    )
    assert v.verdict is Verdict.UNSUPPORTED and v.evidence == ()
    sources = [
        ("W", "In February Tesla recalled 363,000 cars."),
        ("R", "Tesla recalled 2 million vehicles on 12 December 2023."),
    ]
    (v,) = run([draft], sources, [[0.9, 0.8]])
    assert v.verdict is Verdict.SUPPORTED and not v.disputed


def test_a_hedge_dissents_only_from_a_sentence_as_close_as_support():
    draft = ["The bank raised rates by 0.1% on Tuesday."]
    loose = [
        ("W", "The bank raised rates by 0.1% on Tuesday."),
        ("R", "The bank said it would probably keep buying bonds."),
    ]
    (v,) = run(draft, loose, [[0.9, 0.5]])
    assert v.verdict is Verdict.SUPPORTED and not v.disputed
    close = [
        ("W", "The bank raised rates by 0.1% on Tuesday."),
        ("R", "The bank would probably raise rates by 0.1% on Tuesday."),
    ]
    (v,) = run(draft, close, [[0.9, 0.75]])
    assert v.verdict is Verdict.SUPPORTED and v.disputed
    # A conflicting figure dissents from a looser sentence: it is about the same thing.
    figure = [
        ("W", "The bank raised rates by 0.1% on Tuesday."),
        ("R", "The bank raised rates by 0.25% on Tuesday."),
    ]
    (v,) = run(draft, figure, [[0.9, 0.5]])
    assert v.verdict is Verdict.SUPPORTED and v.disputed


def test_a_source_that_leaves_out_the_drafts_figure_does_not_support_it():
    draft = ["Japan's three largest banks said they would raise their deposit rates."]
    loose = [("W", "Japanese banks saw their shares rise after the decision.")]
    (v,) = run(draft, loose, [[0.7]])
    assert v.verdict is Verdict.UNSUPPORTED
    # The figure in another form is support, listed before the looser sentence.
    both = [
        ("W", "Japanese banks saw their shares rise after the decision."),
        ("R", "The three biggest banks said they would raise deposit rates."),
    ]
    (v,) = run(draft, both, [[0.8, 0.7]])
    assert v.verdict is Verdict.SUPPORTED and v.evidence[0].claim == "R#1"
    # A draft without figures needs none.
    (v,) = run(["Japanese banks saw their shares rise."], loose, [[0.8]])
    assert v.verdict is Verdict.SUPPORTED


def test_no_dissent_from_another_occasion_of_the_support():
    # The draft has no date; its support says "yesterday"; the dissent is about September.
    draft = ["Tesla is recalling just over two million vehicles to fix Autopilot."]
    sources = [
        ("W", "Tesla yesterday recalled just over 2 million vehicles to update Autopilot."),
        ("R", "In September, Tesla recalled about 363,000 cars over its software."),
    ]
    (v,) = run(draft, sources, [[0.9, 0.78]])
    assert v.verdict is Verdict.SUPPORTED and not v.disputed
    # The same figure in dispute on the same day still dissents.
    sources[1] = ("R", "Yesterday, Tesla recalled about 363,000 cars over its software.")
    (v,) = run(draft, sources, [[0.9, 0.78]])
    assert v.verdict is Verdict.SUPPORTED and v.disputed


def test_no_dissent_from_dates_years_apart_or_another_country():
    draft = ["Lai, 64, served as premier before becoming vice-president in 2020."]
    sources = [
        ("W", "Lai, 64, served as premier before becoming vice-president in 2020."),
        ("R", "Lai will take office on 20 May."),
    ]
    (v,) = run(draft, sources, [[0.95, 0.6]])
    assert v.verdict is Verdict.SUPPORTED and not v.disputed
    draft = ["Tesla is recalling just over two million vehicles in the United States."]
    sources = [
        ("W", "Tesla is recalling 2,031,220 vehicles in the United States."),
        (
            "R",
            "In Canada, a further 139,000 vehicles are being recalled, according to Transport Canada.",
        ),
    ]
    (v,) = run(draft, sources, [[0.9, 0.65]])
    assert v.verdict is Verdict.SUPPORTED and not v.disputed
    # Another figure for the same country does dissent.
    sources[1] = ("R", "Tesla is recalling 1.6 million vehicles in the United States.")
    (v,) = run(draft, sources, [[0.9, 0.65]])
    assert v.verdict is Verdict.SUPPORTED and v.disputed


def test_a_hard_conflict_counts_from_a_looser_sentence_than_support_needs():
    draft = ["The recall follows a three-year investigation by NHTSA."]
    sources = [
        (
            "W",
            "It follows a two-year investigation by the National Highway Traffic Safety Administration.",
        )
    ]
    # Between compare's pairing score (0.65) and the support bar (0.75): a
    # conflicting figure is evidence, agreement would not be.
    (v,) = run(draft, sources, [[0.7]], min_similarity=0.75)
    assert v.verdict is Verdict.CONTRADICTED and v.kind is Kind.NUMBER
    (v,) = run(
        ["The recall follows an investigation by NHTSA."], sources, [[0.7]], min_similarity=0.75
    )
    assert v.verdict is Verdict.UNSUPPORTED
    # A hedge is no such evidence from a loose sentence.
    hedged = [("W", "The recall may follow an investigation by NHTSA.")]
    (v,) = run(
        ["The recall follows an investigation by NHTSA."], hedged, [[0.7]], min_similarity=0.75
    )
    assert v.verdict is Verdict.UNSUPPORTED


def test_every_figure_matched_supports_from_a_looser_sentence_than_support_needs():
    sources = [("W", "The number of people killed in the collision rose to 57 on Friday.")]
    # Between compare's pairing score (0.65) and the support bar (0.75): the
    # draft's figure given in another form is evidence, as a conflicting one is.
    (v,) = run(
        ["Fifty-seven people were killed in the collision."], sources, [[0.62]], min_similarity=0.75
    )
    assert v.verdict is Verdict.SUPPORTED
    # No figure in the draft, or one the source does not give: no support.
    (v,) = run(["People were killed in the collision."], sources, [[0.62]], min_similarity=0.75)
    assert v.verdict is Verdict.UNSUPPORTED
    (v,) = run(
        ["Fifty-seven people were killed, 300 injured."], sources, [[0.62]], min_similarity=0.75
    )
    assert v.verdict is Verdict.UNSUPPORTED


def test_shared_rare_words_add_to_the_score_as_in_compare():
    draft = ["Icelandair said it would waive change fees for passengers."]
    sources = [
        (
            "W",
            "Icelandair said it would waive change fees for passengers who no longer wish to travel.",
        ),
        ("R", "Flights at the main airport were operating normally on Tuesday."),
    ]
    (v,) = run(draft, sources, [[0.7, 0.7]], min_similarity=0.75, lexical_vectors=False)
    assert v.verdict is Verdict.UNSUPPORTED
    # (The pair model off: at this made-up cosine of 0.7 the unrelated
    # sentence would be a compare pair too.)
    (v,) = run(
        draft, sources, [[0.7, 0.7]], min_similarity=0.75, lexical_vectors=True, pair_model=False
    )
    assert v.verdict is Verdict.SUPPORTED and [e.claim for e in v.evidence] == ["W#0"]


def test_a_date_dissents_only_from_a_sentence_as_close_as_support():
    draft = ["Putin and Lukashenko held seven hours of talks last Thursday."]
    loose = [
        ("W", "On Thursday, Putin and Lukashenko met for seven hours of talks."),
        ("R", "The road maps will be signed in October or November."),
    ]
    (v,) = run(draft, loose, [[0.9, 0.5]])
    assert v.verdict is Verdict.SUPPORTED and not v.disputed
    close = [
        ("W", loose[0][1]),
        ("R", "On Friday, Putin and Lukashenko met for seven hours of talks."),
    ]
    (v,) = run(draft, close, [[0.9, 0.85]])
    assert v.verdict is Verdict.SUPPORTED and v.disputed


def test_a_bare_number_dissents_only_from_a_close_sentence():
    draft = ["In February, Tesla recalled about 363,000 cars over its software."]
    sources = [
        ("W", "In February, Tesla recalled about 363,000 cars over its software."),
        ("R", "The recall covers all four of its models, the S, X, 3 and Y."),
    ]
    (v,) = run(draft, sources, [[0.95, 0.55]])
    assert v.verdict is Verdict.SUPPORTED and not v.disputed
    # A counted figure does dissent from the same loose sentence.
    sources[1] = ("R", "In February, Tesla recalled about 120,000 cars.")
    (v,) = run(draft, sources, [[0.95, 0.55]])
    assert v.verdict is Verdict.SUPPORTED and v.disputed


def test_related_sentences_that_do_not_count_as_support_are_marked():
    draft = ["The recall follows a three-year investigation by NHTSA."]
    sources = [
        ("W", "It follows a two-year investigation by NHTSA."),
        ("R", "With the recall, NHTSA has closed its investigation."),
    ]
    (v,) = run(draft, sources, [[0.8, 0.78]])
    assert v.verdict is Verdict.CONTRADICTED
    related = [e for e in v.evidence if e.label == "supports"]
    assert [e.claim for e in related] == ["R#1"] and not related[0].counts
    assert related[0].uncounted == "lacks_detail"


def test_a_support_outweighed_by_a_closer_conflict_says_so_even_with_the_same_figure():
    """QA pass 13: a sentence giving the draft's every detail, outweighed by a
    closer one that hedges it, was shown as "related, without the draft's
    detail" (nothing in `agreed`: the figure was written the same way). (The
    draft names the bank as its speaker, which the looser sentence leaves
    out: stating the rest as fact, it would otherwise make a dispute.)"""
    draft = ["The bank said it will continue buying bonds at about ¥6 trillion a month."]
    sources = [
        ("A", "The bank said it would probably continue buying bonds at about ¥6 trillion a month."),
        ("T", "It will keep buying government bonds at broadly the same pace, about ¥6 trillion a month."),
    ]  # fmt: skip
    (v,) = run(draft, sources, [[0.95, 0.7]])
    assert v.verdict is Verdict.CONTRADICTED and v.kind is Kind.HEDGE
    (related,) = [e for e in v.evidence if e.label == "supports"]
    assert not related.counts and related.uncounted == "weaker_than_conflict"
    assert [e.uncounted for e in v.evidence if e.label == "contradicts"] == [""]


def test_the_same_quote_credited_to_another_speaker_contradicts_from_a_looser_sentence():
    draft = ['"We need a general election now," said Liberal Democrat leader Ed Davey.']
    sources = [("W", '"We need a general election now," Labour leader Keir Starmer said.')]
    (v,) = run(draft, sources, [[0.7]], min_similarity=0.75)
    assert v.verdict is Verdict.CONTRADICTED and v.kind is Kind.ATTRIBUTION
    # Without the shared words, a different speaker from a loose sentence is no evidence.
    sources = [("W", "Labour leader Keir Starmer said the country needed change.")]
    (v,) = run(
        ["Ed Davey said the country needed a general election."],
        sources,
        [[0.7]],
        min_similarity=0.75,
    )
    assert v.verdict is Verdict.UNSUPPORTED


def test_support_must_give_the_detail_another_source_contradicts():
    draft = ["Caroline Ellison had pleaded guilty in February and agreed to cooperate."]
    sources = [
        ("W", "Caroline Ellison and Gary Wang both testified and agreed to cooperate."),
        ("R", "Ellison pleaded guilty last December and agreed to cooperate with prosecutors."),
    ]
    (v,) = run(draft, sources, [[0.8, 0.8]])
    assert v.verdict is Verdict.CONTRADICTED and v.kind is Kind.DATE
    # A source that gives the draft's month supports it.
    sources[0] = ("W", "Caroline Ellison pleaded guilty in February and agreed to cooperate.")
    (v,) = run(draft, sources, [[0.9, 0.8]])
    assert v.verdict is Verdict.SUPPORTED


def test_support_must_name_the_place_another_source_contradicts():
    draft = ["Hurricane Ian struck Florida near Tampa as a Category 4 storm."]
    sources = [
        ("S", "Hurricane Ian struck southwest Florida as a Category 4 storm."),
        ("G", "Hurricane Ian made landfall in Florida near Fort Myers as a Category 4 storm."),
    ]
    (v,) = run(draft, sources, [[0.8, 0.8]])
    assert v.verdict is Verdict.CONTRADICTED and v.kind is Kind.PLACE
    sources[0] = ("S", "Hurricane Ian struck Florida near Tampa as a Category 4 storm.")
    (v,) = run(draft, sources, [[0.9, 0.8]])
    assert v.verdict is Verdict.SUPPORTED and v.disputed


def test_support_must_name_the_speaker_another_source_contradicts():
    words = '"We have lost our village, but not our heart,"'
    draft = [f"{words} said Swiss President Karin Keller-Sutter."]
    sources = [
        ("T", f"Blatten's mayor summed up the mood: {words}"),
        ("R", f"{words} mayor Matthias Bellwald told reporters."),
    ]
    (v,) = run(draft, sources, [[0.8, 0.8]])
    assert v.verdict is Verdict.CONTRADICTED and v.kind is Kind.ATTRIBUTION
    # Naming her, the support holds (and the draft is disputed); a group the
    # draft names may be named by one of its members.
    sources[0] = ("T", f"{words} Keller-Sutter said on X.")
    (v,) = run(draft, sources, [[0.9, 0.8]])
    assert v.verdict is Verdict.SUPPORTED and v.disputed
    draft = ["The World Health Organization and the Red Cross urged an end to mass burials."]
    sources = [
        ("T", "The WHO urged the authorities to stop burying victims in mass graves."),
        ("R", "The United Nations urged the authorities to stop mass burials, a spokesman said."),
    ]
    (v,) = run(draft, sources, [[0.9, 0.7]])
    assert v.verdict is Verdict.SUPPORTED


def test_a_misattributed_statement_is_not_outweighed_by_a_looser_sentence_naming_the_speaker():
    draft = ['"The town is no more," said Prime Minister Matteo Renzi.']
    sources = [
        ("T", "Prime Minister Matteo Renzi visited the town and promised help."),
        ("R", '"The town is no more," mayor Sergio Pirozzi told state radio.'),
    ]
    # (The shared quote adds about 0.1 to the conflict's score.)
    (v,) = run(draft, sources, [[0.76, 0.72]])
    assert v.verdict is Verdict.CONTRADICTED and v.kind is Kind.ATTRIBUTION
    # As close as the conflict, it supports.
    (v,) = run(draft, sources, [[0.88, 0.72]])
    assert v.verdict is Verdict.SUPPORTED
    # The same for a deed given to someone else.
    draft = ["Cardinal Pietro Parolin presided over the private burial."]
    sources = [
        ("T", "Cardinal Pietro Parolin, the secretary of state, led the prayers in the square."),
        ("R", "Cardinal Kevin Farrell presided over the private burial."),
    ]
    (v,) = run(draft, sources, [[0.66, 0.72]])  # (the shared name adds 0.04 to the first)
    assert v.verdict is Verdict.CONTRADICTED and v.kind is Kind.PERSON


def test_a_sentence_naming_the_speaker_doing_something_else_never_outweighs_a_misattribution():
    """QA pass 21: the mayor's own sentence scored above the one giving her
    words to the union leader, the shared name adding to its score."""
    draft = ['Mayor Olivia Chow called the commission\'s offer "an insult".']
    sources = [
        ("A", 'Marvin Alfred said the commission\'s offer of 2.5% a year was "an insult".'),
        ("A", "Mayor Olivia Chow urged both sides to return to the table."),
    ]
    (v,) = run(draft, sources, [[0.6, 0.7]])
    assert v.verdict is Verdict.CONTRADICTED and v.kind is Kind.ATTRIBUTION
    (related,) = [e for e in v.evidence if e.label == "supports"]
    assert related.uncounted == "lacks_detail"
    # Saying it, she supports it.
    sources[1] = ("A", "Mayor Olivia Chow said the offer was an insult to workers.")
    (v,) = run(draft, sources, [[0.6, 0.7]])
    assert v.verdict is Verdict.SUPPORTED


def test_the_title_before_the_drafts_speaker_is_no_deed():
    """new162, new87: a sentence naming the draft's person doing something
    else shares only the title the draft writes before the name ("Prime
    Minister", "her son,"); below a sentence giving the deed to someone
    else, it does not outweigh it, though the words it shares lift its
    score above that sentence's."""
    draft = ["Prime Minister Jens Stoltenberg had addressed the camp earlier that day."]
    sources = [
        ("A", "Prime Minister Jens Stoltenberg was working at his official residence."),
        (
            "B",
            "Former prime minister Gro Harlem Brundtland had addressed the camp earlier that day.",
        ),
    ]
    (v,) = run(draft, sources, [[0.64, 0.66]], lexical_vectors=True)
    assert v.verdict is Verdict.CONTRADICTED and v.kind is Kind.PERSON
    (related,) = [e for e in v.evidence if e.label == "supports"]
    assert related.uncounted == "lacks_detail"
    # Closer than the conflict, it may tell the deed in other words: it counts.
    (v,) = run(draft, sources, [[0.7, 0.66]], lexical_vectors=True)
    assert v.verdict is Verdict.SUPPORTED
    # Doing what the draft says, he supports it (the title words aside).
    sources[0] = ("A", "Prime Minister Jens Stoltenberg spoke to the camp in the morning.")
    (v,) = run(draft, sources, [[0.64, 0.66]], lexical_vectors=True)
    assert v.verdict is Verdict.SUPPORTED
    # A title in apposition before the name is the name's too.
    draft = ["Hasina flew out with her son, Sajeeb Wazed Joy."]
    sources = [
        ("A", "Her son, Sajeeb Wazed Joy, told the BBC that she would not return to politics."),
        ("B", "Hasina had flown out of Dhaka with her younger sister, Sheikh Rehana."),
    ]
    (v,) = run(draft, sources, [[0.64, 0.66]], lexical_vectors=True)
    assert v.verdict is Verdict.CONTRADICTED


def test_titled_speaker_takes_the_title_written_before_the_name():
    titled = verdicts._titled_speaker
    text = "Amtrak chief executive Joseph Boardman called the engineer reckless."
    assert titled(text, "Joseph Boardman") == "Amtrak chief executive Joseph Boardman"
    assert titled("The eastern prime minister, Osama Hammad, warned", "Osama Hammad") == (
        "prime minister Osama Hammad"
    )
    # Not the words of another phrase: a fronted time, a verb, a preposition.
    assert titled("On Monday, Osama Hammad said", "Osama Hammad") == "Osama Hammad"
    assert titled("He said that Mayor Ann Lee had left.", "Ann Lee") == "Mayor Ann Lee"
    assert titled("Police thanked Ann Lee.", "Ann Lee") == "Ann Lee"
    assert titled("Nobody named", "Ann Lee") == "Ann Lee"


def test_a_different_person_in_a_loose_sentence_is_no_dissent():
    draft = ["A jury found Sam Bankman-Fried guilty on all seven counts."]
    sources = [
        ("W", "Sam Bankman-Fried was found guilty of all seven counts."),
        ("R", "The prosecution's star witness was Gary Wang."),
    ]
    (v,) = run(draft, sources, [[0.9, 0.57]])
    assert v.verdict is Verdict.SUPPORTED and not v.disputed


def test_a_figure_for_another_subject_is_no_dissent():
    truss = claim("Liz Truss lost South West Norfolk by 630 votes.", "A")
    mordaunt = claim("Penny Mordaunt lost Portsmouth North by 780 votes.", "B")
    assert judge.subject_differs(truss, mordaunt)
    again = claim("Liz Truss was defeated in South West Norfolk by 780 votes.", "C")
    assert not judge.subject_differs(truss, again)
    # A name inside the sentence is no sure subject: no decision.
    late = claim("On Friday, Penny Mordaunt lost Portsmouth North by 780 votes.", "D")
    assert not judge.subject_differs(truss, late)
    # "The" and an honorific still open the sentence; a party after "The" is a name.
    tories = claim("The Conservatives were left with 121 seats.", "E")
    libdems = claim("Sir Ed Davey's Liberal Democrats took 72 seats.", "F")
    assert judge.subject_differs(tories, libdems)


def test_a_figure_for_another_day_or_of_another_magnitude_is_no_dissent():
    support = ("W", "The shares added a further 2.6 percent on Friday to close at $1,064.69.")
    draft = ["The shares gained another 2.6% on Friday, closing at $1,064.69."]
    thursday = ("R", "The shares closed 9.3 percent higher at $1,037.99 on Thursday.")
    (v,) = run(draft, [support, thursday], [[0.95, 0.8]])
    assert v.verdict is Verdict.SUPPORTED and not v.disputed
    friday = ("R", "The shares closed 9.3 percent higher at $1,037.99 on Friday.")
    (v,) = run(draft, [support, friday], [[0.95, 0.8]])
    assert v.disputed
    earnings = ("R", "The company earned $6.12 per share.")
    (v,) = run(
        ["The shares closed at $1,064.69."],
        [("W", "The shares closed at $1,064.69."), earnings],
        [[0.95, 0.8]],
    )
    assert not v.disputed


def test_a_slipped_zero_is_a_dispute_not_another_measure():
    # "20,000" against "200,000 military personnel": the same digits a zero apart.
    draft = ["Zapad involves 20,000 military personnel, officials said."]
    sources = [
        ("W", "Zapad involves 20,000 military personnel and has unsettled Ukraine."),
        ("R", "Zapad involves 200,000 military personnel and has unsettled Ukraine."),
    ]
    (v,) = run(draft, sources, [[0.95, 0.9]])
    assert v.verdict is Verdict.SUPPORTED and v.disputed
    # Other digits an order apart still measure something else.
    other = ("R", "Zapad involves 1,300,000 military personnel and has unsettled Ukraine.")
    (v,) = run(draft, [sources[0], other], [[0.95, 0.9]])
    assert not v.disputed


def test_a_figure_from_a_sentence_that_never_names_the_drafts_subject_is_no_dissent():
    libdems = claim("The Liberal Democrats won 72 seats, their best result since 1923.", "draft")
    blair = claim("That fell just short of the 418 seats won by Tony Blair in 1997.", "R")
    assert judge.subject_missing(libdems, blair)
    assert not judge.subject_missing(libdems, claim("The Liberal Democrats took 62 seats.", "W"))
    # A capitalised first word the story writes in lower case is no name.
    from claimcheck.extract import type_names_across

    sales, other = type_names_across(
        [
            claim("Sales at the data centre business jumped 427%.", "draft"),
            claim("Data-center sales rose 409 percent.", "R"),
        ]
    )
    assert not judge.subject_missing(sales, other)


def test_a_broader_date_does_not_support_a_day_another_source_contradicts():
    sources = [
        ("W", "The Bank's next rate decision is due in September."),
        ("R", "The Bank's next decision is due on September 19."),
    ]
    draft = ["The Bank's next rate decision is due on September 26."]
    (v,) = run(draft, sources, [[0.88, 0.91]])
    assert v.verdict is Verdict.CONTRADICTED and v.kind is Kind.DATE
    # With no specific contradiction, the month supports the day.
    (v,) = run(draft, sources[:1], [[0.88]])
    assert v.verdict is Verdict.SUPPORTED


def test_a_draft_in_another_language_than_its_sources_is_flagged():
    from claimcheck.api import _language_mismatch

    english = [
        claim("The ship was freed on Monday after the tugboats pulled it out of the sand.", "W")
    ]
    spanish = [
        claim("El barco fue liberado el lunes y los remolcadores lo sacaron de la arena.", "draft")
    ]
    assert "reads as Spanish and the sources as English" in _language_mismatch(spanish, english)
    assert _language_mismatch(english, english) is None


def test_a_wrong_day_is_contradicted_by_a_looser_sentence_giving_the_same_moment():
    # Found by QA: "6:40 a.m. on Monday" was supported by "at 6.40am" (no day),
    # and the one source sentence with the day ("6:40 a.m. on Tuesday") was too
    # loosely worded to be read.
    draft = ["The blast happened at about 6:40 a.m. on Monday."]
    sources = [
        ("N", "The blast occurred at 6.40am local time, according to the fire department."),
        (
            "W",
            "An explosion tore through the plant at about 6:40 a.m. on Tuesday, killing three workers.",
        ),
    ]
    (v,) = run(draft, sources, [[0.76, 0.46]], min_similarity=0.65)
    assert v.verdict is Verdict.CONTRADICTED and v.kind is Kind.DATE
    # The right day stays supported by the time-only sentence.
    (v,) = run(
        ["The blast happened at about 6:40 a.m. on Tuesday."],
        sources,
        [[0.76, 0.46]],
        min_similarity=0.65,
    )
    assert v.verdict is Verdict.SUPPORTED and not v.disputed
    # A round hour ties nothing together: "2 p.m. on Tuesday" is read only as usual.
    round_sources = [
        ("N", "The fire was out at 2 p.m., the fire department said."),
        ("W", "Crews left the site at 2 p.m. on Tuesday, killing time."),
    ]
    (v,) = run(
        ["The fire was out at 2 p.m. on Monday."],
        round_sources,
        [[0.76, 0.46]],
        min_similarity=0.65,
    )
    assert all(e.claim != "W#1" for e in v.evidence)


def test_a_source_sentence_the_pair_model_pairs_with_the_draft_bears_on_it():
    # Cosine 0.42 is far below the support bar, but the two sentences give
    # the same figure and are each other's only match: compare would pair them.
    # (People in no stated condition: a count of one thing, "956 crashes", bears
    # on the draft without the pair model too, `_counted_match`.)
    drafts = [claim("The agency said it had interviewed 956 people.", "draft")]
    sources = [claim("Since then the regulator questioned 956 people.", "W")]
    d = np.array([[0.42, (1 - 0.42**2) ** 0.5]], dtype=np.float32)
    s = np.array([[1.0, 0.0]], dtype=np.float32)
    (on,) = check_claims(drafts, sources, d, s, min_similarity=0.75)
    (off,) = check_claims(drafts, sources, d, s, min_similarity=0.75, pair_model=False)
    assert on.verdict is Verdict.SUPPORTED and on.evidence[0].claim == "W#0"
    assert off.verdict is Verdict.UNSUPPORTED
    # A conflicting figure in the approved sentence contradicts the draft.
    other = [claim("The agency said it had interviewed 965 people.", "draft")]
    (conflict,) = check_claims(other, sources, d, s, min_similarity=0.75)
    assert conflict.verdict is Verdict.CONTRADICTED and conflict.kind is Kind.NUMBER


def test_a_bound_does_not_outweigh_a_figure_another_source_gives_exactly():
    draft = ["Among the victims were 75 Germans."]
    sources = [
        ("A", "At least 45 of the victims were German."),
        ("B", "Seventy-two of the dead were German nationals."),
    ]
    (v,) = run(draft, sources, [[0.76, 0.78]])  # (the shared "victims" adds 0.09 to the first)
    assert v.verdict is Verdict.CONTRADICTED and v.kind is Kind.NUMBER
    # The figure itself supports; a bound is enough when no source gives another
    # figure and the draft's stays within the bound's next step ("at least 70"
    # is 70 to 80; "at least 45" no longer reaches 75).
    exact = ("A", "Among the victims were 75 Germans, officials said.")
    (v,) = run(draft, [exact, sources[1]], [[0.9, 0.78]])
    assert v.verdict is Verdict.SUPPORTED and v.disputed
    (v,) = run(draft, [("A", "At least 70 of the victims were German.")], [[0.8]])
    assert v.verdict is Verdict.SUPPORTED
    (v,) = run(draft, sources[:1], [[0.8]])
    assert v.verdict is Verdict.CONTRADICTED and v.kind is Kind.NUMBER


def test_a_figure_fitting_both_versions_does_not_outweigh_a_closer_conflict():
    # "about 126" fits the draft's 124 and the other outlet's 126.5 alike: it
    # takes neither side, so the closer exact figure contradicts the draft.
    draft = ["ATLAS measured a mass of 124 GeV."]
    other = ("B", "CMS quoted 125.3 GeV, while ATLAS measured 126.5 GeV.")
    (v,) = run(
        draft, [("A", "The ATLAS team measured a mass of about 126 GeV."), other], [[0.8, 0.85]]
    )
    assert v.verdict is Verdict.CONTRADICTED and v.kind is Kind.NUMBER
    assert v.evidence[0].uncounted == "lacks_detail"
    # Near misses: the draft's own figure sides with it (disputed, not
    # contradicted); with no other figure the vague one still supports.
    exact = ("A", "The ATLAS team measured a mass of 124 GeV.")
    (v,) = run(draft, [exact, other], [[0.8, 0.85]])
    assert v.verdict is Verdict.SUPPORTED and v.disputed
    (v,) = run(draft, [("A", "The ATLAS team measured a mass of about 126 GeV.")], [[0.8]])
    assert v.verdict is Verdict.SUPPORTED


def test_a_sum_in_a_loosely_converted_currency_does_not_outweigh_a_floor_the_draft_is_under():
    draft = ["The state paid Wagner about 50 billion roubles in a single year."]
    floor = ("B", "The state paid Wagner more than 86 billion roubles in a single year.")
    dollars = ("A", "Wagner received about $1 billion from the state in a single year.")
    (v,) = run(draft, [dollars, floor], [[0.8, 0.85]])
    assert v.verdict is Verdict.CONTRADICTED and v.kind is Kind.AMOUNT
    # Near misses: the draft's sum in its own currency sides with it; the
    # dollar sum alone still supports; a toll over a floor ("at least 37")
    # is no figure under it, so the exact support stands.
    roubles = ("A", "Wagner received about 50 billion roubles from the state in a single year.")
    (v,) = run(draft, [roubles, floor], [[0.8, 0.85]])
    assert v.verdict is Verdict.SUPPORTED and v.disputed
    (v,) = run(draft, [dollars], [[0.8]])
    assert v.verdict is Verdict.SUPPORTED
    toll = [
        ("A", "The attacks killed 52 people and injured 700."),
        ("B", "The blasts killed at least 37 people."),
    ]
    (v,) = run(["The blasts killed 52 people."], toll, [[0.7, 0.8]])
    assert v.verdict is Verdict.SUPPORTED


# A draft checked against one report (QA pass 19): the cosines of each draft
# sentence to the seven source sentences, as the default embedder gives them.
PLANT_SOURCE = [
    ("CNT", t)
    for t in (
        "An explosion at the Hartwell Chemicals plant in Port Alden, Ohio, killed seven people "
        "and injured 23 early Tuesday, officials said.",
        "The blast happened at about 2:40 a.m., according to Fire Chief Dana Ruiz, who said the "
        "fire was under control by 9 a.m.",
        "Roughly 1,200 residents living within a mile of the plant were evacuated and allowed to "
        "return at 6 p.m.",
        'Hartwell CEO Martin Keller said the company was "devastated."',
        "The Chemical Safety Board said it was deploying a team of six investigators.",
        "OSHA fined Hartwell $45,000 in 2021 for pressure relief valve violations, according to "
        "federal records.",
        "The plant has about 340 employees.",
    )
]
PLANT_DRAFT = {
    "The plant opened in 1987.": [0.2, 0.1, 0.33, 0.11, 0.18, 0.04, 0.35],
    "The company CEO is Martin Keller.": [0.05, 0.06, 0.06, 0.62, 0.18, 0.15, 0.31],
    "About 1,200 residents were evacuated.": [0.28, 0.26, 0.75, 0.15, 0.17, 0.19, 0.31],
    "The plant will be rebuilt in Texas next year.": [0.21, 0.18, 0.31, 0.21, 0.17, 0.14, 0.42],
}


def test_a_sentences_verdict_does_not_depend_on_where_it_sits_in_the_draft():
    # The invented "rebuilt in Texas" was supported by "The plant has about
    # 340 employees." (cosine 0.42) as the draft's last sentence only, where
    # it sat as deep in the draft as that sentence in the source.
    seen = {}
    for order in itertools.permutations(PLANT_DRAFT):
        judged = run(
            list(order),
            PLANT_SOURCE,
            [PLANT_DRAFT[t] for t in order],
            min_similarity=0.75,
            lexical_vectors=True,
        )
        for text, v in zip(order, judged, strict=True):
            seen.setdefault(text, set()).add(v.verdict)
    assert all(len(verdicts) == 1 for verdicts in seen.values()), seen
    assert seen["The plant will be rebuilt in Texas next year."] == {Verdict.UNSUPPORTED}
    assert seen["The company CEO is Martin Keller."] == {Verdict.SUPPORTED}


def test_a_loose_sentence_sharing_no_detail_is_no_support_whatever_the_pair_model_says(
    monkeypatch,
):
    # A pair model sure of every candidate: a pair it alone keeps still needs
    # a name, figure, date, quote or a word beyond the story's common ones.
    monkeypatch.setattr(align, "pair_probabilities", lambda features: np.ones(len(features)))
    sources = [
        *PLANT_SOURCE,
        ("MW", "The move had been widely signalled by policymakers in recent weeks."),
    ]
    loose = [0.1] * 6 + [0.42, 0.1]
    (v,) = run(
        ["The plant will be rebuilt in Texas next year."],
        sources,
        [loose],
        min_similarity=0.75,
        lexical_vectors=True,
    )
    assert v.verdict is Verdict.UNSUPPORTED and not v.evidence
    # The same score with the draft's figure in common still bears on it ...
    (v,) = run(
        ["The plant employs about 340 people."],
        sources,
        [loose],
        min_similarity=0.75,
        lexical_vectors=True,
    )
    assert v.verdict is Verdict.SUPPORTED and v.evidence[0].claim == "CNT#6"
    # ... and so does a paraphrase sharing the rare words of the claim.
    (v,) = run(
        ["The cut had been widely signalled by policymakers."],
        sources,
        [[0.1] * 7 + [0.45]],
        min_similarity=0.75,
        lexical_vectors=True,
    )
    assert v.verdict is Verdict.SUPPORTED and v.evidence[0].claim == "MW#7"


def test_a_looser_support_giving_the_drafts_very_day_makes_a_dispute_not_a_contradiction():
    """A closer sentence giving another day does not outweigh one that states
    the draft's day: the sources disagree, and the draft sides with one."""
    sources = [
        ("W", "Its chief executive apologised at a news conference in Seoul on Monday."),
        ("R", "Asiana's president bowed deeply and apologised at a news conference on Sunday."),
    ]
    draft = ["Asiana's chief executive apologised at a news conference on Sunday."]
    (v,) = run(draft, sources, [[0.9, 0.68]])
    assert v.verdict is Verdict.SUPPORTED and v.disputed
    # A looser sentence that leaves the day out still does not outweigh it,
    (v,) = run(draft, [sources[0], ("R", "Asiana's president apologised.")], [[0.9, 0.68]])
    assert v.verdict is Verdict.CONTRADICTED and v.kind is Kind.DATE
    # nor one that gives the draft's day beside another ("the crash on
    # Sunday" dates the crash, "on Tuesday" the apology).
    other = ("R", "Asiana's president apologised on Tuesday for the crash on Sunday.")
    (v,) = run(draft, [sources[0], other], [[0.9, 0.68]])
    assert v.verdict is Verdict.CONTRADICTED and v.kind is Kind.DATE


def test_a_looser_sentence_giving_the_drafts_figure_makes_it_disputed_not_contradicted():
    """new123: "Only 108 people survived" gives the draft's figure; a closer
    sentence with 104 survivors shows the sources disagree, not that the
    draft is wrong (contradicted means no source supports its version)."""
    draft = ["Rescuers pulled 108 survivors from the water."]
    sources = [
        ("W", "Coast guard vessels and merchant ships pulled 104 survivors from the water."),
        ("R", "Only 108 people survived, all of them men and teenage boys."),
    ]
    (v,) = run(draft, sources, [[0.9, 0.65]])
    assert v.verdict is Verdict.SUPPORTED and v.disputed
    assert v.evidence[0].claim == "R#1"


def test_a_looser_sentence_whose_figure_fits_both_versions_does_not_outweigh_a_conflict():
    """new28: "1,901 days" rounds to the draft's "60 months" and to another
    source's "62 months": it does not side with the draft."""
    draft = ["She sentenced him to the 60 months he had already served in Belmarsh."]
    sources = [
        ("W", "He is expected to be sentenced to the 62 months he has already spent in Belmarsh."),
        ("R", "WikiLeaks said he had spent 1,901 days in Belmarsh."),
    ]
    (v,) = run(draft, sources, [[0.9, 0.65]])
    assert v.verdict is Verdict.CONTRADICTED and v.kind is Kind.NUMBER


def test_a_looser_sentence_giving_the_same_bound_or_another_actor_does_not_outweigh_a_conflict():
    """new210, new195: a forecast's "up to 15 feet" is no gauge's reading, and
    a city hall's 30 days of mourning are not the president's."""
    draft = ["Tide gauges in the lower Keys recorded a storm surge of up to 15 feet."]
    sources = [
        ("W", "Tide gauges in the lower Keys recorded a storm surge of 5 to 8 feet."),
        ("R", "Forecasters warned of a storm surge of up to 15 feet later in the day."),
    ]
    (v,) = run(draft, sources, [[0.95, 0.65]])
    assert v.verdict is Verdict.CONTRADICTED and v.kind is Kind.NUMBER
    draft = ["Rousseff declared 30 days of national mourning."]
    sources = [
        ("W", "Rousseff declared three days of national mourning."),
        ("R", "Santa Maria's city hall has declared 30 days of mourning."),
    ]
    (v,) = run(draft, sources, [[0.9, 0.62]])
    assert v.verdict is Verdict.CONTRADICTED and v.kind is Kind.NUMBER


def test_a_source_giving_the_drafts_figure_by_another_noun_supports_it():
    """new202, new203: "All 118 sailors died" counts deaths, "There were 118
    sailors on board" sailors; the figure is the same, so the source states it."""
    draft = ["All 118 sailors died in the sinking."]
    sources = [("W", "There were 118 sailors on board, including five officers.")]
    (v,) = run(draft, sources, [[0.8]])
    assert v.verdict is Verdict.SUPPORTED
    sources = [("W", "There were 116 sailors on board, including five officers.")]
    (v,) = run(draft, sources, [[0.8]])
    assert v.verdict is not Verdict.SUPPORTED


def test_a_looser_sentence_giving_the_drafts_floor_supports_it():
    """new220: "at least 57 deaths" is stated by a health department's "at
    least 57 deaths" however much closer another outlet's "at least 47" is."""
    draft = ["The storm has been blamed for at least 57 deaths in Texas."]
    sources = [
        ("W", "The storm has been blamed for at least 47 deaths in Texas."),
        ("R", "The state's health department has so far confirmed at least 57 deaths linked to the storm."),
    ]  # fmt: skip
    (v,) = run(draft, sources, [[0.9, 0.65]])
    assert v.verdict is Verdict.SUPPORTED


def test_a_place_the_closest_source_answers_with_another_is_contradicted():
    """new177: the closest sentence puts the deaths in another town; a looser
    one naming no town does not support the draft's."""
    draft = ["A mother and her infant were killed when a tree fell on their home in Hampstead."]
    sources = [
        ("W", "A mother and her infant died when a tree fell on their house in Wilmington."),
        ("C", "A mother and her baby died when a tree crashed through the roof of their home."),
    ]
    (v,) = run(draft, sources, [[0.85, 0.75]])
    assert v.verdict is Verdict.CONTRADICTED and v.kind is Kind.PLACE
    # A source that names the draft's town supports it; the other disputes it.
    sources[1] = ("C", "A mother and her baby died when a tree fell on their home in Hampstead.")
    (v,) = run(draft, sources, [[0.85, 0.85]])
    assert v.verdict is Verdict.SUPPORTED


def test_a_support_may_name_the_disputed_place_in_any_form():
    """new188: "the seawall at the end of runway 28L" gives the draft's
    Runway 28L, though no name holds it."""
    draft = ["The jet's tail struck the seawall short of runway 28L."]
    sources = [
        ("F", "Officials said the tail struck the seawall at the end of runway 28L as it came in."),
        ("A", "The tail of the plane hit a seawall before runway 28R, and the jet slid on."),
    ]
    (v,) = run(draft, sources, [[0.9, 0.85]])
    assert v.verdict is Verdict.SUPPORTED and v.evidence[0].claim == sources[0][0] + "#0"


def test_a_loose_sentence_sharing_only_the_drafts_actor_is_no_support_whatever_the_pair_model_says(
    monkeypatch,
):
    # "Lai plans to visit the United States" is not supported by "Lai will be
    # inaugurated in June": a name the two share is whom the story is about,
    # not what the draft says was done; nor is one more word in common.
    monkeypatch.setattr(align, "pair_probabilities", lambda features: np.ones(len(features)))
    near_ceo = [0.1, 0.1, 0.1, 0.55, 0.1, 0.1, 0.1]
    for made_up in (
        "Martin Keller said he would step down at the end of the year.",
        "Martin Keller said the company would pay for the cleanup.",
    ):
        (v,) = run([made_up], PLANT_SOURCE, [near_ceo], min_similarity=0.75, lexical_vectors=True)
        assert v.verdict is Verdict.UNSUPPORTED and not v.evidence, made_up
    # The same score with the words of the deed in common still supports.
    (v,) = run(
        ["Martin Keller said the company was devastated by the blast."],
        PLANT_SOURCE,
        [near_ceo],
        min_similarity=0.75,
        lexical_vectors=True,
    )
    assert v.verdict is Verdict.SUPPORTED and v.evidence[0].claim == "CNT#3"


def test_a_loose_conflict_the_pair_model_rejects_needs_a_shared_detail(monkeypatch):
    # A pair model that pairs nothing: a conflict from a sentence below the
    # support bar then counts only if the two share a name, figure, date or
    # quote besides the detail in conflict.
    monkeypatch.setattr(align, "pair_probabilities", lambda features: np.zeros(len(features)))
    # (scores 0.58 + lexical 0.11 and 0.50 + lexical 0.09 + a shared date 0.12:
    # both between compare's pairing score, 0.65, and the support bar, 0.75)
    banks = ["Several Spanish banks lowered their mortgage rates on Friday."]
    rates = [("W", "The lower rates come into force on Tuesday, the bank said.")]
    (v,) = run(banks, rates, [[0.58]], min_similarity=0.75, lexical_vectors=True)
    assert v.verdict is Verdict.UNSUPPORTED
    # Without the pair model, the conflict still shows the two speak of one thing.
    (v,) = run(banks, rates, [[0.58]], min_similarity=0.75, lexical_vectors=True, pair_model=False)
    assert v.verdict is Verdict.CONTRADICTED and v.kind is Kind.DATE
    (v,) = run(
        ["Bolsonaro has been living in Texas since 30 December."],
        [("W", "Bolsonaro, who has been in Florida since December 30, was admitted to hospital.")],
        [[0.5]],
        min_similarity=0.75,
        lexical_vectors=True,
    )
    assert v.verdict is Verdict.CONTRADICTED and v.kind is Kind.PLACE


def test_a_loose_sentence_about_the_drafts_actor_does_not_support_a_plan_it_never_mentions(
    monkeypatch,
):
    # "Spirit AeroSystems said it would call back the workers it had
    # furloughed" is not supported by "Suppliers such as Spirit AeroSystems
    # ... had warned of furloughs": below compare's pairing cosine (0.65), a
    # sentence that leaves out more of a plan's words than it gives shows the
    # story's actor and setting, not the plan, whatever the pair model says.
    monkeypatch.setattr(align, "pair_probabilities", lambda features: np.ones(len(features)))
    near_csb = [0.1, 0.1, 0.1, 0.1, 0.55, 0.1, 0.1]
    (v,) = run(
        ["The Chemical Safety Board said its team of investigators would hold public hearings."],
        PLANT_SOURCE,
        [near_csb],
        min_similarity=0.75,
        lexical_vectors=True,
    )
    assert v.verdict is Verdict.UNSUPPORTED
    # The same cosine, the plan in the source's words: support.
    (v,) = run(
        ["The Chemical Safety Board said a team of investigators would be deploying."],
        PLANT_SOURCE,
        [near_csb],
        min_similarity=0.75,
        lexical_vectors=True,
    )
    assert v.verdict is Verdict.SUPPORTED and v.evidence[0].claim == "CNT#4"
    # A fact that loose is more often a paraphrase: left to the pair model.
    (v,) = run(
        ["The Chemical Safety Board said its team of investigators held public hearings."],
        PLANT_SOURCE,
        [near_csb],
        min_similarity=0.75,
        lexical_vectors=True,
    )
    assert v.verdict is Verdict.SUPPORTED and v.evidence[0].claim == "CNT#4"


@pytest.mark.parametrize(
    ("draft", "source", "frame"),
    [
        (
            "Standard & Poor's downgraded Britain's AAA rating on Saturday.",
            "Standard & Poor's warned at the weekend that a downgrade of Britain's AAA rating "
            "was likely.",
            "warned",
        ),
        (
            "Tests have confirmed that the burning foam released cyanide gas.",
            "Most of the dead were asphyxiated, and tests are under way to establish whether the "
            "burning foam released cyanide gas.",
            "establish whether",
        ),
        (
            "Forecasters have confirmed that the river crested at about 62 feet in Fayetteville.",
            "Forecasters expect the river to crest in Fayetteville early this week at about 62 feet.",
            "Forecasters expect",
        ),
        (
            "The airline will resume domestic services this week.",
            "The airport reopened on Thursday, and the airline hopes to resume some domestic "
            "services next week.",
            "hopes",
        ),
    ],
)
def test_a_draft_states_as_fact_what_the_source_leaves_open(draft, source, frame):
    found = open_frame_stated(claim(draft, "draft"), claim(source, "B"))
    assert found is not None and found.kind is Kind.HEDGE
    assert found.value_b == frame


@pytest.mark.parametrize(
    ("draft", "source"),
    [
        # The draft's claim is not what the frame governs.
        (
            "The storm killed five people in the coastal town.",
            "The storm killed five people in the coastal town, and officials warned that the toll "
            "could rise.",
        ),
        # The draft leaves it open too, or states a wish.
        (
            "Standard & Poor's said a downgrade of Britain's AAA rating was possible.",
            "Standard & Poor's warned at the weekend that a downgrade of Britain's AAA rating "
            "was likely.",
        ),
        (
            "He said he wanted a coalition government in place by the summer.",
            "He said he hoped to have a government in place by Easter.",
        ),
        # A warning of what cannot happen is no possibility left open.
        (
            "The dam held for a long time.",
            "Engineers warned that the dam could not hold for long.",
        ),
        # "hopes of" is the noun.
        (
            "The talks produced a ceasefire deal.",
            "The talks raised hopes of a ceasefire deal.",
        ),
    ],
)
def test_no_open_frame_when_the_draft_leaves_it_open_or_says_another_thing(draft, source):
    assert open_frame_stated(claim(draft, "draft"), claim(source, "B")) is None


def test_a_draft_stating_a_warned_possibility_as_done_is_contradicted():
    (result,) = run(
        ["Standard & Poor's downgraded Britain's AAA rating on Saturday."],
        [
            (
                "B",
                "Standard & Poor's warned at the weekend that a downgrade of Britain's AAA rating "
                "was likely.",
            )
        ],
        [[0.9]],
    )
    assert result.verdict is Verdict.CONTRADICTED and result.kind is Kind.HEDGE


def test_a_measure_given_otherwise_contradicts_below_the_pairing_bar():
    (result,) = run(
        ["The truck weighed 25 tonnes."],
        [("B", "He rented the 19-tonne refrigerated truck on Monday, according to investigators.")],
        [[0.55]],
    )
    assert result.verdict is Verdict.CONTRADICTED and result.kind is Kind.NUMBER


def test_a_speed_given_otherwise_contradicts_below_the_pairing_bar():
    (result,) = run(
        ["Its maximum sustained winds at landfall were 150 mph."],
        [("B", "The eye came ashore near Perry with maximum sustained winds of 140 mph.")],
        [[0.55]],
    )
    assert result.verdict is Verdict.CONTRADICTED and result.kind is Kind.NUMBER


def test_a_count_or_a_span_of_time_given_otherwise_does_not_below_the_pairing_bar():
    # Counts and durations are many in a story: a loose sentence giving
    # another one is no contradiction.
    results = run(
        [
            "The jurors took just over four hours to reach their decision.",
            "About 30 worshippers were inside the mosque.",
        ],
        [
            ("B", "The trial lasted about a month."),
            ("C", "Police said 53 people were taken to hospital."),
        ],
        [[0.55, 0.1], [0.1, 0.55]],
    )
    assert [r.verdict for r in results] == [Verdict.UNSUPPORTED, Verdict.UNSUPPORTED]


def test_a_support_must_give_the_disputed_date_as_a_date_of_its_kind():
    draft = "He had obtained his firearms licence in March 2018."
    disputing = (
        "C",
        "Ardern said the attacker had obtained a standard firearms licence in November 2017.",
    )
    # A "since" holds the month but states no act in it.
    (since,) = run(
        [draft],
        [("B", "He had held a standard firearms licence since December 2017."), disputing],
        [[0.86, 0.7]],
    )
    assert since.verdict is Verdict.CONTRADICTED and since.kind is Kind.DATE
    # The draft's month given as such: the sources disagree, the draft sides with one.
    (given,) = run(
        [draft],
        [("B", "He obtained a standard firearms licence in March 2018."), disputing],
        [[0.86, 0.7]],
    )
    assert given.verdict is Verdict.SUPPORTED


def test_a_plain_day_answers_the_drafts_by():
    (result,) = run(
        ["By Friday morning, 267 people had been confirmed dead."],
        [
            (
                "B",
                "The death toll rose to 267 on Friday morning, the civil protection agency said.",
            ),
            (
                "C",
                "Officials put the death toll at 267 on Friday; by Saturday evening it had climbed to 290.",
            ),
        ],
        [[0.8, 0.7]],
    )
    assert result.verdict is Verdict.SUPPORTED


def test_a_looser_support_naming_the_drafts_place_makes_a_dispute_not_a_contradiction():
    """new52, new132, new189: a closer sentence naming another place, speaker
    or relative does not outweigh one that names the draft's and tells the
    same of it: the sources disagree, and the draft sides with one."""
    draft = ["The anointing took place behind a screen, with oil consecrated in Jerusalem."]
    closer = ("W", "The anointing took place behind a screen, using oil consecrated in Bethlehem.")
    looser = ("R", "The anointing with holy oil consecrated in Jerusalem was hidden by a screen.")
    (v,) = run(draft, [closer, looser], [[0.9, 0.65]])
    assert v.verdict is Verdict.SUPPORTED and v.disputed
    # Not a sentence naming the draft's place but telling something else,
    other = ("R", "Pilgrims in Jerusalem followed the ceremony on giant screens.")
    (v,) = run(draft, [closer, other], [[0.9, 0.65]])
    assert v.verdict is Verdict.CONTRADICTED and v.kind is Kind.PLACE
    # nor one naming both places.
    both = ("R", "The anointing oil was consecrated in Jerusalem and blessed in Bethlehem.")
    (v,) = run(draft, [closer, both], [[0.9, 0.65]])
    assert v.verdict is Verdict.CONTRADICTED and v.kind is Kind.PLACE


def test_a_looser_support_naming_the_drafts_speaker_must_say_the_same():
    draft = ["Governor Ron DeSantis described Ian as a 500-year flood event."]
    closer = ("W", 'Lee County Sheriff Carmine Marceno described Ian as "a 500-year flood event."')
    looser = ("R", "Governor Ron DeSantis said on Thursday that Ian was a 500-year flood event.")
    (v,) = run(draft, [closer, looser], [[0.9, 0.6]])
    assert v.verdict is Verdict.SUPPORTED and v.disputed
    # The speaker doing something else is no support (the Jerry Brown case).
    other = ("R", "Governor Ron DeSantis requested a major disaster declaration for Lee County.")
    (v,) = run(draft, [closer, other], [[0.9, 0.6]])
    assert v.verdict is Verdict.CONTRADICTED


def test_a_person_the_source_answers_with_another_in_the_same_role_is_contradicted():
    """new45, new118, new107: the draft names someone its source sentence
    names in no form, where the source names another in the same place (and
    others besides, so no one name is swapped for another)."""
    draft = ["Modi submitted his resignation on Wednesday to President Ram Nath Kovind."]
    source = (
        "W",
        "Modi, flanked by Home Minister Amit Shah, tendered his resignation to President "
        "Droupadi Murmu on Wednesday.",
    )
    (v,) = run(draft, [source], [[0.9]])
    assert v.verdict is Verdict.CONTRADICTED and v.kind is Kind.PERSON
    assert (v.evidence[0].value_draft, v.evidence[0].value_source) == (
        "Ram Nath Kovind",
        "Droupadi Murmu",
    )
    draft = ["Egypt's crisis cell on the deaths is led by Interior Minister Mahmoud Tawfik."]
    source = (
        "W",
        "President Abdel Fattah al-Sisi had earlier ordered a crisis cell, led by Prime "
        "Minister Mostafa Madbouly, to investigate the deaths.",
    )
    (v,) = run(draft, [source], [[0.9]])
    assert v.verdict is Verdict.CONTRADICTED and v.kind is Kind.PERSON
    assert v.evidence[0].value_source == "Mostafa Madbouly"


def test_a_person_the_source_leaves_out_or_names_in_another_role_is_no_conflict():
    # The source names nobody else: it leaves the person out.
    draft = ["Modi submitted his resignation on Wednesday to President Droupadi Murmu."]
    (v,) = run(draft, [("W", "Modi tendered his resignation on Wednesday.")], [[0.9]])
    assert v.verdict is Verdict.SUPPORTED
    # Other people in other roles (congratulating him is not receiving it).
    source = (
        "W",
        "Modi, congratulated by Rahul Gandhi and Mamata Banerjee, tendered his resignation.",
    )
    (v,) = run(draft, [source], [[0.9]])
    assert v.verdict is Verdict.SUPPORTED
    # The draft's person named by part of the name is named.
    source = ("W", "Modi tendered his resignation to President Murmu on Wednesday.")
    (v,) = run(draft, [source], [[0.9]])
    assert v.verdict is Verdict.SUPPORTED


def test_a_floor_the_drafts_figure_meets_is_no_dissent():
    """new110, new118, new157: "at least 14" is an earlier or partial count
    that the draft's 46 goes beyond, not another version of it; a floor above
    the draft's figure still disputes it."""
    draft = ["The death toll in Bicol has risen to 46, the civil defence office said."]
    sources = [
        ("S", "The death toll in Bicol has climbed to 46, the civil defence office said."),
        ("T", "At least 14 people have died in Bicol, according to regional police."),
    ]
    (v,) = run(draft, sources, [[0.95, 0.8]])
    assert v.verdict is Verdict.SUPPORTED and not v.disputed
    sources[1] = ("T", "At least 60 people have died in Bicol, according to regional police.")
    (v,) = run(draft, sources, [[0.95, 0.8]])
    assert v.verdict is Verdict.SUPPORTED and v.disputed


def test_a_looser_support_stating_as_fact_what_a_closer_sentence_hedges_makes_a_dispute():
    """new174, new175, new206: a closer sentence hedging the claim does not
    outweigh one stating it as the draft does, when that one tells most of
    the same and names the draft's speaker, if any."""
    draft = ["The August floods are Kerala's worst since 1924."]
    closer = (
        "W",
        "The floods that swamped Kerala this month may prove to be its worst since 1924.",
    )
    looser = ("R", "Large parts of Kerala remained under water after its worst floods since 1924.")
    (v,) = run(draft, [closer, looser], [[0.9, 0.65]])
    assert v.verdict is Verdict.SUPPORTED and v.disputed
    # Not one leaving out the speaker who, the draft says, confirmed it,
    draft = [
        "Police have confirmed that the crush began when people fell near the top of the slope."
    ]
    closer = (
        "W",
        "Police said the crush may have begun when people fell near the top of the slope.",
    )
    looser = ("R", "The crush began when people near the top of the slope lost their footing.")
    (v,) = run(draft, [closer, looser], [[0.9, 0.65]])
    assert v.verdict is Verdict.CONTRADICTED and v.kind is Kind.HEDGE
    # nor one telling only part of it.
    draft = ["Musk said SpaceX will catch the ship itself with the tower next year."]
    closer = (
        "W",
        "Musk has said SpaceX could try to catch the ship itself with the tower next year.",
    )
    looser = ("R", 'Musk posted on X: "The tower has caught the rocket!"')
    (v,) = run(draft, [closer, looser], [[0.9, 0.65]])
    assert v.verdict is Verdict.CONTRADICTED and v.kind is Kind.HEDGE


def test_a_source_denying_the_drafts_act_contradicts_from_a_loose_sentence():
    """new253, new128: the source denies the act the draft states ("did not
    testify", "no arrests have been made"), from a sentence below compare's
    pairing score (0.65)."""
    draft = ["Chauvin testified in his own defence on the trial's final day."]
    sources = [("W", "Chauvin, who did not testify, showed no emotion as the verdicts were read.")]
    (v,) = run(draft, sources, [[0.55]], min_similarity=0.75, pair_model=False)
    assert v.verdict is Verdict.CONTRADICTED and v.kind is Kind.OTHER
    arrested = ["A 45-year-old man has been arrested on suspicion of starting the fire."]
    none = [
        ("W", "The cause of the fire is still under investigation, and no arrests have been made.")
    ]
    (v,) = run(arrested, none, [[0.55]], min_similarity=0.75, pair_model=False)
    assert v.verdict is Verdict.CONTRADICTED
    # Below the denial bar (0.5): no evidence.
    (v,) = run(draft, sources, [[0.45]], min_similarity=0.75, pair_model=False)
    assert v.verdict is Verdict.UNSUPPORTED
    # The draft's own denial against a loose sentence stating the act of
    # other things ("Bombs exploded at the airport"), and a "not" that
    # denies no act ("not the first such failure"): no evidence.
    failed = ["A third, larger bomb at the airport failed to explode."]
    exploded = [("W", "Bombs exploded at Brussels Airport and on a metro train on Tuesday.")]
    (v,) = run(failed, exploded, [[0.55]], min_similarity=0.75, pair_model=False)
    assert v.verdict is Verdict.UNSUPPORTED
    called = ['Italian President Sergio Mattarella called the collapse an "absurd catastrophe".']
    first = [
        ("W", "It is not the first such collapse in Italy: in 2016 an overpass fell near Lecco.")
    ]
    (v,) = run(called, first, [[0.55]], min_similarity=0.75, pair_model=False)
    assert v.verdict is Verdict.UNSUPPORTED


def check_one(draft_text, source_texts, sims, approved, *, min_similarity=0.6):
    """check_claim on one draft with compare's alignment pairing ``approved``
    (indexes into ``source_texts``) with it."""
    draft = claim(draft_text, "draft")
    sources = [claim(t, s, i) for i, (s, t) in enumerate(source_texts)]
    return check_claim(
        draft,
        sources,
        np.asarray(sims, dtype=np.float32),
        min_similarity=min_similarity,
        conflict_similarity=0.5,
        approved=frozenset(sources[i].id for i in approved),
    )


def test_a_relative_or_unnamed_person_is_named_as_the_judge_reads_it():
    """new145, new62: "an eight-year-old boy" names the draft's "a boy", and
    "their father" its "father", though neither is written out as such."""
    boy = claim("Among the dead was an eight-year-old boy who drowned in Abaco.", "R")
    assert verdicts._mentions_name(boy, "a boy", Kind.PERSON)
    assert not verdicts._mentions_name(boy, "a girl", Kind.PERSON)
    # "boyfriend" is no boy, "grandmother" no mother.
    other = claim("Her boyfriend and his grandmother were among the dead.", "R")
    assert not verdicts._mentions_name(other, "a boy", Kind.PERSON)
    assert not verdicts._mentions_name(other, "mother", Kind.PERSON)
    assert verdicts._mentions_name(other, "grandmother", Kind.PERSON)


def test_a_looser_support_naming_the_drafts_unnamed_person_makes_a_dispute():
    draft = ["One of the first victims was an eight-year-old boy who drowned in Abaco."]
    closer = (
        "W",
        "Relatives said one of the first victims was an eight-year-old girl who was swept "
        "away by floodwaters in Abaco.",
    )
    looser = (
        "R",
        "Among the dead was an eight-year-old boy who drowned when floodwaters swept "
        "through his family's home in Abaco.",
    )
    (v,) = run(draft, [closer, looser], [[0.9, 0.7]])
    assert v.verdict is Verdict.SUPPORTED and v.disputed
    # Not a sentence naming a boy and a girl.
    both = ("R", "Among the dead were an eight-year-old boy and a girl who drowned in Abaco.")
    (v,) = run(draft, [closer, both], [[0.9, 0.7]])
    assert v.verdict is Verdict.CONTRADICTED and v.kind is Kind.PERSON


def test_a_closer_support_naming_the_drafts_relative_outweighs_the_conflict():
    draft = ["The twins live in Paris with their father and have not seen her since 2015."]
    conflict = (
        "W",
        "Mohammadi's husband lives in exile in Paris with the twins, who have not seen their "
        "mother for eight years.",
    )
    support = (
        "R",
        "The twins, who live in exile in Paris with their father, have not seen their "
        "mother since 2015.",
    )
    (v,) = run(draft, [conflict, support], [[0.7, 0.9]])
    assert v.verdict is Verdict.SUPPORTED
    # A support naming another relative does not give the draft's.
    other = (
        "R",
        "The twins, who live in exile in Paris with their grandfather, have not seen "
        "their mother since 2015.",
    )
    (v,) = run(draft, [conflict, other], [[0.7, 0.9]])
    assert v.verdict is Verdict.CONTRADICTED and v.kind is Kind.PERSON


def test_an_aligned_support_placing_the_drafts_name_alike_counts_below_the_bar():
    """new115: a support below the support bar that ties the disputed place
    to the same thing with the same preposition ("barricades on the Akhara
    Marg") gives the draft's version: the sources disagree."""
    draft = "The crush began when the crowd broke through barricades on the Akhara Marg."
    closer = (
        "W",
        "The tragedy struck shortly after 1 a.m., when a section of the crowd broke through "
        "barricades on the Kali Marg.",
    )
    looser = (
        "R",
        "According to Krishna, a surge of people broke through barricades on the Akhara Marg "
        "and ran over devotees.",
    )
    v = check_one(draft, [closer, looser], [0.8, 0.55], approved=[0, 1])
    assert v.verdict is Verdict.SUPPORTED and v.disputed
    # Not one compare does not pair with the draft,
    v = check_one(draft, [closer, looser], [0.8, 0.55], approved=[0])
    assert v.verdict is Verdict.CONTRADICTED
    # nor one naming the place in another frame.
    other = ("R", "Pilgrims camped on the Akhara Marg said the crowd had been growing for hours.")
    v = check_one(draft, [closer, other], [0.8, 0.55], approved=[0, 1])
    assert v.verdict is Verdict.CONTRADICTED


def test_a_support_giving_the_drafts_day_and_another_days_clause_makes_a_dispute():
    """new182, new19: a support whose other day dates another clause (a
    relative clause, an earlier coordinated one) telling less of the draft
    still gives the draft's day against a closer sentence with another."""
    draft = ["Aquino declared a state of national calamity on 11 November."]
    closer = ("W", "President Benigno Aquino declared a state of national calamity on 10 November.")
    support = (
        "R",
        "President Aquino, who toured Tacloban on 10 November, declared a state of national "
        "calamity on 11 November, allowing the government to control prices.",
    )
    (v,) = run(draft, [closer, support], [[0.95, 0.75]])
    assert v.verdict is Verdict.SUPPORTED
    draft = ["All tsunami advisories had been lifted by the morning of 2 January."]
    closer = ("W", "The last tsunami advisories were lifted on the morning of 3 January.")
    support = (
        "R",
        "The major warning was downgraded to a regular tsunami warning on 1 January, and "
        "the last advisories along the coast were lifted on the morning of 2 January.",
    )
    (v,) = run(draft, [closer, support], [[0.95, 0.75]])
    assert v.verdict is Verdict.SUPPORTED and v.disputed
    # Not when the other day's clause tells the draft's claim.
    draft = ["Aquino declared a state of national calamity on 11 November."]
    swapped = (
        "R",
        "President Aquino toured Tacloban on 11 November, and he declared a state of "
        "national calamity on 10 November.",
    )
    (v,) = run(draft, [closer, swapped], [[0.95, 0.75]])
    assert v.verdict is Verdict.CONTRADICTED and v.kind is Kind.DATE


def test_a_loose_unaligned_conflict_does_not_outweigh_a_close_aligned_support():
    """new28, new38, new88: a sentence compare's alignment does not pair with
    the draft, let in below the support bar by a shared name and far below an
    aligned support, tells another event."""
    draft = "England lost the final to Italy at Wembley in 2021."
    support = (
        "R",
        "England became the first nation to lose two European Championship finals in a row, "
        "after losing to Italy at Wembley.",
    )
    loose = ("W", "England lost to Spain in Berlin last night.")
    v = check_one(draft, [support, loose], [0.9, 0.55], approved=[0])
    assert v.verdict is Verdict.SUPPORTED
    # An aligned conflict still counts,
    v = check_one(draft, [support, loose], [0.9, 0.55], approved=[0, 1])
    assert v.verdict is Verdict.CONTRADICTED and v.kind is Kind.DATE
    # and so does an unaligned one about as close as the support.
    v = check_one(draft, [support, loose], [0.6, 0.55], approved=[0])
    assert v.verdict is Verdict.CONTRADICTED and v.kind is Kind.DATE


def test_another_rank_for_the_subject_contradicts_the_draft():
    """new178: "Europe's third-busiest airport" was read as another occasion."""
    (v,) = run(
        ["Atatürk is the second-busiest airport in Europe."],
        [("W", "Atatürk is Europe's third-busiest airport and handled 61 million passengers.")],
        [[0.87]],
    )
    assert v.verdict is Verdict.CONTRADICTED and v.kind is Kind.NUMBER


def test_a_stated_rank_needs_a_source_that_gives_a_rank():
    """new62: "the second Iranian to win" does not support "the first Iranian
    woman to win"; a rank that only names the occasion needs no support."""
    (v,) = run(
        ["Mohammadi is the first Iranian woman to win the peace prize."],
        [("W", "Mohammadi is the second Iranian to win the peace prize, after Shirin Ebadi.")],
        [[0.85]],
    )
    assert v.verdict is not Verdict.SUPPORTED
    (near,) = run(
        ["In the first round, Mohammadi won the vote."],
        [("W", "Mohammadi won the vote.")],
        [[0.9]],
    )
    assert near.verdict is Verdict.SUPPORTED


def test_an_age_stated_or_given_differently():
    """new258: "Leung Ling-kit, 35," gives another age than the draft's 53;
    new39: ages the draft states need a source that gives them; an age that
    only says who is meant does not."""
    (v,) = run(
        ["Leung, 53, fell from scaffolding at Pacific Place."],
        [("W", "The dead man, Marco Leung Ling-kit, 35, fell from scaffolding at Pacific Place.")],
        [[0.75]],
    )
    assert v.verdict is Verdict.CONTRADICTED and v.kind is Kind.NUMBER
    (ages,) = run(
        ["The five coast guard officers who died were aged between 27 and 56."],
        [("W", "Five of the six coast guard officers on the plane were killed.")],
        [[0.8]],
    )
    assert ages.verdict is not Verdict.SUPPORTED
    (near,) = run(
        ["Leung, 53, fell from scaffolding at Pacific Place."],
        [("W", "Leung fell from scaffolding at Pacific Place on Saturday.")],
        [[0.85]],
    )
    assert near.verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("draft", "source"),
    [
        (
            "It was pulled by three locomotives.",
            "The train consisted of four locomotives and 72 tank cars carrying crude oil.",
        ),
        (
            "More than 1,000 people were injured.",
            "The death toll reached 21 on Tuesday, and more than 500 people were injured.",
        ),
        (
            "Officials said about 2,000 soldiers had been sent to the two worst-hit regions.",
            "About 10,000 soldiers were ordered into the Maule and Biobio regions on Sunday.",
        ),
    ],
)
def test_a_count_of_one_thing_given_otherwise_contradicts_a_short_draft(draft, source):
    """new164, new259, new212 (and new106): a short draft sentence scores low
    against a long source sentence that gives the same count among other
    facts; a count of one thing given otherwise still shows they speak of it."""
    (v,) = run([draft], [("W", source)], [[0.55]])
    assert v.verdict is Verdict.CONTRADICTED and v.kind is Kind.NUMBER


def test_counts_of_people_in_no_common_state_or_far_apart_do_not():
    """Near misses: people who attended are not people injured; and below the
    bar a count alone does not tie two sentences together."""
    (other_state,) = run(
        ["More than 1,000 people were injured."],
        [("W", "Organisers claimed that up to 1.4 million people attended.")],
        [[0.55]],
    )
    assert other_state.verdict is Verdict.UNSUPPORTED
    (far,) = run(
        ["It was pulled by three locomotives."],
        [("W", "The train consisted of four locomotives and 72 tank cars carrying crude oil.")],
        [[0.45]],
    )
    assert far.verdict is Verdict.UNSUPPORTED


def test_a_count_for_someone_the_source_never_names_does_not():
    """new45 (near miss): another candidate's margin is no conflict."""
    filler = [
        ("W", "Counting began at 8 a.m. on Tuesday."),
        ("W", "The BJP fell short of a majority on its own."),
        ("R", "Turnout was about 66 per cent."),
        ("R", "Results were declared late in the evening."),
    ]
    (v,) = run(
        ["Home Minister Amit Shah won Gandhinagar by more than seven lakh votes."],
        [
            ("W", "Modi won his own seat of Varanasi by about 1.5 lakh votes over Ajay Rai."),
            *filler,
        ],
        [[0.55, 0.1, 0.1, 0.1, 0.1]],
    )
    assert v.verdict is Verdict.UNSUPPORTED


def test_a_floor_the_draft_meets_sets_no_bar_for_support():
    """new47: "More than 100 others were wounded" (a floor 182 meets) is no
    closer sentence saying otherwise than "Another 182 were wounded"."""
    (v,) = run(
        ["More than 180 people were wounded."],
        [
            ("B", "More than 100 others were wounded."),
            ("M", "Another 182 were wounded, and 97 remained in hospital on Monday morning."),
        ],
        [[0.98, 0.7]],
        min_similarity=0.75,
    )
    assert v.verdict is Verdict.SUPPORTED and not v.disputed
    # near miss: a floor above the draft's figure still stands against it
    (above,) = run(
        ["More than 180 people were wounded."],
        [
            ("B", "More than 300 others were wounded."),
            ("M", "Another 182 were wounded, and 97 remained in hospital on Monday morning."),
        ],
        [[0.98, 0.7]],
        min_similarity=0.75,
    )
    assert above.verdict is not Verdict.SUPPORTED or above.disputed


def test_a_count_of_one_thing_given_alike_supports_a_short_draft():
    """new251, new179: the source that gives the draft's count scores low
    against the short draft; another source's figure makes it disputed."""
    (v,) = run(
        ["Ten children were among the dead."],
        [
            (
                "S",
                "The death toll in Nice stood at 84, among them ten children, as police searched.",
            ),
            ("R", "Eighty-four people died in the attack in Nice, among them 12 children."),
        ],
        [[0.52, 0.69]],
        min_similarity=0.75,
    )
    assert v.verdict is Verdict.SUPPORTED and v.disputed
    # near miss: a count of people in no stated condition does not
    (near,) = run(
        ["About 30 people were inside the mosque."],
        [("S", "About 30 people gathered outside the embassy on Monday evening.")],
        [[0.52]],
        min_similarity=0.75,
    )
    assert near.verdict is Verdict.UNSUPPORTED


@pytest.mark.parametrize(
    "precedent",
    [
        "The killings were the worst in Australia since the Port Arthur massacre in 1996, "
        "when 35 people were shot dead.",
        "Only the 2018 Camp Fire in Paradise, California, which killed 35 people, was deadlier.",
    ],
)
def test_a_figure_of_an_occasion_long_past_is_no_dissent(precedent):
    """new91, new14 (and new161, new195, new197, new205): a precedent set
    beside the story's figure does not dispute it."""
    sources = [
        ("C", "A man armed with a knife killed six people at the shopping centre yesterday."),
        ("S", precedent),
    ]
    (v,) = run(
        ["A man armed with a knife killed six people at the shopping centre."],
        sources,
        [[0.9, 0.7]],
        min_similarity=0.75,
    )
    assert v.verdict is Verdict.SUPPORTED and not v.disputed


def test_a_figure_with_no_earlier_date_still_dissents():
    """Near miss: another toll for the story's own attack, with no earlier date."""
    sources = [
        ("C", "A man armed with a knife killed six people at the shopping centre yesterday."),
        ("S", "A man with a knife killed seven people at the shopping centre, police said."),
    ]
    (v,) = run(
        ["A man armed with a knife killed six people at the shopping centre."],
        sources,
        [[0.9, 0.8]],
        min_similarity=0.75,
    )
    assert v.verdict is Verdict.SUPPORTED and v.disputed


def test_a_figure_of_an_occasion_long_past_contradicts_no_draft():
    """A precedent as the only close sentence ("A similar earthquake in 1999
    killed 17,000 people") does not contradict the story's toll; near miss:
    a draft giving that year too is contradicted by another figure for it."""
    (v,) = run(
        ["The earthquake killed more than 2,000 people."],
        [("S", "A similar earthquake in 1999 killed 17,000 people in the region.")],
        [[0.8]],
        min_similarity=0.75,
    )
    assert v.verdict is Verdict.UNSUPPORTED
    (v,) = run(
        ["The 1999 earthquake killed 21,000 people."],
        [("S", "A similar earthquake in 1999 killed 17,000 people in the region.")],
        [[0.8]],
        min_similarity=0.75,
    )
    assert v.verdict is Verdict.CONTRADICTED
    # a span of years in the past still tells the draft's span (new101)
    (v,) = run(
        ["Jabbar served in the Army for 20 years."],
        [("S", "He served in the Army from 2007 to 2020, the last five years in the reserves.")],
        [[0.8]],
        min_similarity=0.75,
    )
    assert v.verdict is Verdict.CONTRADICTED


def test_a_figure_that_adds_to_others_is_no_dissent_from_a_total():
    """new152, new159, new122: "The last four boys ... were brought out" is a
    part of "all 12 boys"; near miss (dev05): a draft that adds its figure
    too ("were also affected") is disputed by "a further 139,000"."""
    sources = [
        ("M", "All 12 boys and their coach were brought out of the flooded cave."),
        ("C", "The last four boys and their coach were brought out of the flooded cave."),
    ]
    (v,) = run(
        ["All 12 boys and their coach were brought out of the flooded cave."],
        sources,
        [[0.95, 0.8]],
        min_similarity=0.75,
    )
    assert v.verdict is Verdict.SUPPORTED and not v.disputed
    sources = [
        ("M", "Transport Canada said about 193,000 vehicles in Canada were also affected."),
        ("E", "In Canada, a further 139,000 vehicles are being recalled, Transport Canada said."),
    ]
    (near,) = run(
        ["Transport Canada said about 193,000 vehicles in Canada were also affected."],
        sources,
        [[0.95, 0.8]],
        min_similarity=0.75,
    )
    assert near.verdict is Verdict.SUPPORTED and near.disputed


def test_a_draft_figure_of_an_occasion_long_past_is_not_disputed_by_the_story():
    """new197, new195: the draft gives the precedent ("since 2001, when 44
    people died"); the story's own toll is no other version of it."""
    sources = [
        ("J", "It is the deadliest fire since 2001, when 44 people died in a blaze in Tokyo."),
        ("E", "A suspected arson attack on the animation studio killed 33 people."),
    ]
    (v,) = run(
        ["It is the deadliest fire since 2001, when 44 people died in a blaze in Tokyo."],
        sources,
        [[0.95, 0.8]],
        min_similarity=0.75,
    )
    assert v.verdict is Verdict.SUPPORTED and not v.disputed


def test_a_magnitude_of_a_quake_long_past_is_no_dissent():
    """new213: "the magnitude 8.2 Wairarapa earthquake of 1855" (the year after
    the figure's noun) is no other version of the story's 7.8."""
    sources = [
        ("N", "A magnitude 7.8 earthquake struck the South Island shortly after midnight."),
        ("F", "The last quake of that size was the magnitude 8.2 Wairarapa earthquake of 1855."),
    ]
    (v,) = run(
        ["A magnitude 7.8 earthquake struck the South Island shortly after midnight."],
        sources,
        [[0.95, 0.7]],
        min_similarity=0.75,
    )
    assert v.verdict is Verdict.SUPPORTED and not v.disputed


def test_a_sum_of_money_against_a_count_is_no_dissent():
    """new77, new104, new121, new260: "grain worth around $4 million" measures
    the "15,000 tonnes of grain" another way; near miss: another tonnage is
    another version of the draft's figure."""
    draft = ["The minister said about 15,000 tonnes of grain stored in the silos were destroyed."]
    support = (
        "L",
        "The minister said about 15,000 tonnes of grain stored in the silos were destroyed.",
    )
    (v,) = run(
        draft,
        [
            support,
            (
                "C",
                "The grain destroyed in the silos was worth around $4 million, the minister said.",
            ),
        ],
        [[0.95, 0.85]],
        min_similarity=0.75,
    )
    assert v.verdict is Verdict.SUPPORTED and not v.disputed
    (near,) = run(
        draft,
        [
            support,
            ("C", "The minister said about 25,000 tonnes of grain in the silos were destroyed."),
        ],
        [[0.95, 0.85]],
        min_similarity=0.75,
    )
    assert near.verdict is Verdict.SUPPORTED and near.disputed


def test_a_draft_calls_confirmed_what_the_source_only_estimates():
    """new145: "The Red Cross confirmed that 13,000 homes had been destroyed"
    against "The Red Cross said as many as 13,000 houses may have been
    destroyed" or "The IFRC estimated that some 13,000 homes had been
    destroyed": an estimate told as established."""
    draft = claim("The Red Cross confirmed that 13,000 homes had been destroyed.", "draft")
    for text in (
        "The Red Cross said as many as 13,000 houses may have been destroyed or severely damaged.",
        "The IFRC estimated that some 13,000 homes had been destroyed or badly damaged.",
    ):
        found = verdicts.certainty_overstated(draft, claim(text, "B"))
        assert found is not None and found.kind is Kind.HEDGE
    # The source states it too; or the draft confirms a plan, not a fact.
    told = claim("The Red Cross said 13,000 homes had been destroyed.", "B")
    assert verdicts.certainty_overstated(draft, told) is None
    plan = claim("On Monday, Madrid confirmed that Mbappe will join from PSG.", "draft")
    expected = claim("Madrid are also expected to confirm the signing of Mbappe from PSG.", "B")
    assert verdicts.certainty_overstated(plan, expected) is None
    # A draft without a word of establishing is left to the other rules.
    plain = claim("13,000 homes had been destroyed, the Red Cross said.", "draft")
    source = claim("The Red Cross said as many as 13,000 houses may have been destroyed.", "B")
    assert verdicts.certainty_overstated(plain, source) is None


def test_an_early_estimate_told_as_confirmed():
    """new210: "Catastrophe modellers have confirmed that Irma caused $40
    billion in insured losses" against "Early estimates from catastrophe
    modellers put insured losses ... at $20 billion to $40 billion"."""
    draft = claim(
        "Catastrophe modellers have confirmed that Irma caused $40 billion in insured losses.",
        "draft",
    )
    source = claim(
        "Early estimates from catastrophe modellers put insured losses from Irma at $20 billion "
        "to $40 billion.",
        "B",
    )
    found = verdicts.certainty_overstated(draft, source)
    assert found is not None and found.kind is Kind.HEDGE
    # A final count is no estimate.
    final = claim("Catastrophe modellers put insured losses from Irma at $40 billion.", "B")
    assert verdicts.certainty_overstated(draft, final) is None


def test_a_vague_scale_word_is_of_its_own_scale_for_magnitudes():
    # "thousands" admits tens of thousands, but it is of the thousands: an
    # order of magnitude from a city's 220,000 people (new182 draft)
    city = claim("Tacloban is a coastal city of about 220,000 people.", "draft")
    airport = claim("At the Tacloban airport, thousands of people waited for flights out.", "A")
    assert verdicts._magnitudes_apart(city, airport)
    # tens of thousands, or dozens against 500, are no order of magnitude apart
    crowd = claim("At the Tacloban airport, tens of thousands of people waited for flights.", "B")
    assert not verdicts._magnitudes_apart(city, crowd)
    dozens = claim("Dozens of people were killed in the city.", "draft")
    toll = claim("About 500 people were killed in the city.", "C")
    assert not verdicts._magnitudes_apart(dozens, toll)
