"""Tests for claimcheck.clean: which lines of a scraped page are noise, and why."""

from __future__ import annotations

import datetime as dt
import itertools
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.clean import NOISE_REASONS, LineContext, clean_source, ends_sentence, is_noise_line
from claimcheck.load import load_source
from claimcheck.records import Source

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures" / "clean"
EVAL = ROOT / ".." / "shared" / "eval"


def page(
    body: str, *, title: str = "Headline of the story", outlet: str = "", sid: str = "X"
) -> Source:
    """A source in the eval format: headline, Published line, then the body."""
    header = f"{title}\nPublished: 2024-01-02\n" if title else ""
    return Source(
        id=sid,
        path="x.txt",
        text=header + body,
        title=title,
        outlet=outlet,
        published=dt.date(2024, 1, 2),
        body_start=len(header),
    )


def reasons_by_line(source: Source) -> dict[str, str | None]:
    kept, dropped = clean_source(source)
    out: dict[str, str | None] = {source.text[a:b]: None for a, b in kept}
    out.update({d.text: d.reason for d in dropped})
    return out


# ------------------------------------------------------------ single lines


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("https://p.example.com/p/40DrA", "url"),
        ("www.example.org/news/123", "url"),
        ("XS", "size-picker"),
        ("LG", "size-picker"),
        ("Skip to main content", "navigation"),
        ("  2. Skip to main menu", "navigation"),
        ("Accessibility links", "navigation"),
        ("Menu", "navigation"),
        ("Markets | Economy | Currencies | Bonds", "navigation"),
        ("Business › Autos", "navigation"),
        ("Home > World > Asia", "navigation"),
        ("SportsPoland", "navigation"),
        ("___", "navigation"),
        ("Advertisement", "promo"),
        ("Premium", "promo"),
        ("Share this story", "promo"),
        ("Share on Facebook", "promo"),
        ("Listen to this article · 4 min", "promo"),
        ("Sign up for the Evening Briefing", "promo"),
        ("Weekend newsletter: sign up", "promo"),
        ("Sponsored: the best heat pumps compared", "promo"),
        ("Comments (38)", "promo"),
        ("212 comments", "promo"),
        ("Follow us: Facebook · Instagram", "promo"),
        ("To find out more, click here.", "promo"),
        ("Read our coverage as the crisis in the region deepens and protests spread.", "promo"),
        ("© 2023 Harbour Herald. All rights reserved.", "boilerplate"),
        ("Copyright 2023 The Associated Press. All Rights Reserved.", "boilerplate"),
        ("Terms · Privacy · Cookies", "boilerplate"),
        (
            "If you are abroad please note that you could face fines for sharing, liking or"
            " saving our content.",
            "boilerplate",
        ),
        ("Related: Five questions about the new rules", "related"),
        ("Read next: Best city bikes of 2024", "related"),
        ("Read more: Who is the new mayor?", "related"),
        ("Most popular", "related"),
        ("See also", "related"),
        ("Explainer: what is a magma dyke?", "related"),
        ("With reporting by Reuters", "credit"),
        ("jsi/dj (dpa, AFP)", "credit"),
        ("ar/mm (AFP, Reuters)", "credit"),
        ("(AFP, Reuters)", "credit"),
        ("dpa, Reuters", "credit"),
        ("Photo: Jane Roe/Reuters", "credit"),
        ("AP writer Sam Lee in Lima contributed to this report.", "credit"),
        ("By Ray Dominguez", "byline"),
        ("By Jessica Moore, Washington", "byline"),
        ("By Kenji Watanabe and Laura Mills", "byline"),
        ("By DANIEL OKAFOR Associated Press", "byline"),
        ("Andrea Costa | Political correspondent", "byline"),
        ("September 12, 2021", "dateline"),
        ("Updated 19 December 2023, 09:40 GMT", "dateline"),
        ("January 14, 2024 · 6 min read", "dateline"),
        ("Mon 10 Jun 2024 06.30 BST", "dateline"),
        ("2 hours ago", "dateline"),
        ("A tram at a depot in Leipzig. Photo: CityWire", "caption"),
        ("A bus on the production line in Ulm. Credit: EVI", "caption"),
        ("Aerial view of the flooded valley (Photo: Civil Defence)", "caption"),
        ("Fans wave flags outside the stadium on Saturday. (AP)", "caption"),
        ("A shopper counts change in Osaka. (ABD photo)", "caption"),
        (
            "A farmer repairs a fence near the borderImage: Jan Nowak/AP Photo/picture alliance",
            "caption",
        ),
        ("Workers clear debris in the harbour (Photo by Lena Marsh/Getty Images)", "caption"),
        ("Image caption, Rescuers dig through the rubble", "caption"),
        ("16x9 Image", "caption"),
        ("  • 16x9 Image", "caption"),
        ("EV INSIDER", "outlet"),
        (
            "This article is for information only and does not constitute financial advice.",
            "boilerplate",
        ),
        ("Markets data delayed by at least 15 minutes.", "boilerplate"),
        ("Harbor Street Ledger is not a registered investment adviser.", "boilerplate"),
        ("Enjoyed this article? Forward it to a friend.", "promo"),
        ("Enjoying this article? Subscribe for unlimited access.", "promo"),
        ("Bet now: Springboks to win their 2027 opener at 2/1. 18+ T&Cs apply.", "promo"),
        ("Podcast | The Southern Cone Briefing: can Milei really dollarise?", "promo"),
        ("Have a news tip? Contact our newsroom securely.", "promo"),
        # A correction names the withdrawn figure: read as a claim, it
        # corroborated another outlet's wrong "155" (QA pass 5).
        (
            "Correction: An earlier version of this story incorrectly said the yen fell to 155 per dollar. It fell to 150.",
            "correction",
        ),
        (
            'CLARIFICATION - A previous version of this article misquoted the minister as saying "never".',
            "correction",
        ),
        ("An earlier version of this report gave the wrong date for the vote.", "correction"),
        # QA pass 15: listed as a single-source claim.
        ("This is a developing story and will be updated.", "boilerplate"),
        ("This story will be updated. Refresh for updates.", "boilerplate"),
        ("This story has been corrected to show that the board voted 7-2, not 8-1.", "correction"),
        ("Good afternoon and welcome to our live coverage.", "promo"),
    ],
)
def test_is_noise_line_names_the_reason(line: str, reason: str) -> None:
    assert reason in NOISE_REASONS
    assert is_noise_line(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "An earlier version of the bill was rejected by the Senate in May.",
        "Corrections officers at the prison walked out on Monday.",
        "The agency said the previous version of the software had a flaw.",
        '"Where is the aid?" residents asked as the water rose.',
        "Prices rose again in March. Will they fall before the summer?",
    ],
)
def test_sentences_about_corrections_and_versions_are_kept(line: str) -> None:
    assert is_noise_line(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "By Tuesday morning the eruption was already weakening, scientists said.",
        "Share prices of regional insurers fell as much as 6% in early trading.",
        "Email records seen by reporters show inspectors flagged the building last year.",
        "Live cattle exports from the port were suspended until further notice.",
        "Related measures on building codes were promised by the government in 2021.",
        "Copyright lawsuits are not the only legal threat facing the company.",
        "The company updated its privacy policy in May.",
        "More than 2,000 people were evacuated, officials said.",
        "On February 6, 2023, the quake struck at 4:17 a.m. local time.",
        '"We are not aiming our rockets at neighbouring countries," he said.',
        "He called the result “a mandate for steady government”",
        "Turnout was 71.9%, down from almost 75% in 2020.",
        "The figure comes from one source: the central bank's own survey of 1,000 firms.",
        "Memorial was declared an 'undesirable organisation' by prosecutors in 2021.",
        "He gave no further details.",
        "Analysts said the data delayed the decision by a week.",
        "Ad hoc committees met on Monday.",
        "The bank said the report does not constitute advice to sell.",
        "Customers tried to take out $24 billion last Thursday, an unprecedented run.",
        "The toll will be updated when police release the names.",
    ],
)
def test_is_noise_line_keeps_article_sentences(line: str) -> None:
    assert is_noise_line(line) is None


def test_header_copy_needs_the_title_in_context() -> None:
    line = "Lukashenka Says Belarus To Receive Arms"
    ctx = LineContext(title_key="lukashenka says belarus to receive arms")
    assert is_noise_line(line, context=ctx) == "header"


def test_outlet_name_matches_ignoring_case_and_punctuation() -> None:
    ctx = LineContext(outlet_keys=frozenset({"rferl", "harbourherald"}))
    assert is_noise_line("RFE/RL", context=ctx) == "outlet"
    assert is_noise_line("Harbour Herald — news for the coast", context=ctx) == "outlet"


def test_legal_notice_only_when_the_outlet_is_its_subject() -> None:
    ctx = LineContext(outlet_keys=frozenset({"rferl"}))
    notice = 'RFE/RL has been declared an "undesirable organization" by the Russian government.'
    about_other = (
        'Memorial has been declared an "undesirable organization" by the Russian government.'
    )
    assert is_noise_line(notice, context=ctx) == "boilerplate"
    assert is_noise_line(about_other, context=ctx) is None


def test_repeated_line_is_a_caption() -> None:
    ctx = LineContext(repeated=frozenset({"Belarusian leader Alyaksandr Lukashenka"}))
    assert is_noise_line("Belarusian leader Alyaksandr Lukashenka", context=ctx) == "caption"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It rained.", True),
        ("Why here?", True),
        ('He said "no."', True),
        ("He called it “a disgrace”", True),
        ("The count", False),
        ("Fans at the stadium (AP)", False),
        ("", False),
    ],
)
def test_ends_sentence(text: str, expected: bool) -> None:
    assert ends_sentence(text) is expected


# --------------------------------------------------------------- whole pages


def test_header_lines_are_dropped_as_header() -> None:
    src = page("The council voted 7-2 to approve the budget on Tuesday.\n")
    kept, dropped = clean_source(src)
    assert [d.reason for d in dropped] == ["header", "header"]
    assert [src.text[a:b] for a, b in kept] == [
        "The council voted 7-2 to approve the budget on Tuesday."
    ]


def test_crossheads_between_paragraphs_are_dropped() -> None:
    reasons = reasons_by_line(
        page(
            "The council voted 7-2 to approve the budget on Tuesday.\n"
            "Why now?\n"
            "The mayor said the vote ended months of delay.\n"
            "Council and mayor settle old feud\n"
            "Two members voted against the plan.\n"
        )
    )
    assert reasons["Why now?"] == "crosshead"
    assert reasons["Council and mayor settle old feud"] == "crosshead"
    assert reasons["Two members voted against the plan."] is None


def test_a_sentence_broken_by_one_stray_line_break_is_kept_whole() -> None:
    # A copy-paste broke two sentences once each; the rest of the page has one
    # paragraph per line. The halves were dropped as navigation and caption.
    src = page(
        "Advertisement\n\n"
        "Nordvik Air scrapped 350 flights yesterday after around 900 pilots went on strike, disrupting travel\n"
        "for roughly 45,000 passengers across Scandinavia.\n\n"
        "The walkout is expected to last until Sunday, according to the union.\n\n"
        "Pilots want a pay rise of 9%, chief executive Lars Brekke said on Thursday evening at a\n"
        "press conference at the company's headquarters in Bergen.\n\n"
        "Caption: An empty check-in hall at Gardermoen.\n"
    )
    kept, dropped = clean_source(src)
    texts = [" ".join(src.text[a:b].split()) for a, b in kept]
    assert texts == [
        "Nordvik Air scrapped 350 flights yesterday after around 900 pilots went on strike, "
        "disrupting travel for roughly 45,000 passengers across Scandinavia.",
        "The walkout is expected to last until Sunday, according to the union.",
        "Pilots want a pay rise of 9%, chief executive Lars Brekke said on Thursday evening at a "
        "press conference at the company's headquarters in Bergen.",
    ]
    assert {d.text: d.reason for d in dropped}[
        "Caption: An empty check-in hall at Gardermoen."
    ] == "caption"


def test_a_short_line_above_a_lower_case_one_stays_apart() -> None:
    reasons = reasons_by_line(
        page("Skip to content\nmore from the newsroom\nThe council met on Tuesday.\n")
    )
    assert reasons["Skip to content"] == "navigation"


def test_unfinished_line_beside_a_credited_caption_is_caption() -> None:
    body = (
        "The army began the drills on Monday.\n\n"
        "Soldiers unload equipment at a rail yard near the border\n"
        "The drills will last a weekImage: Jan Nowak/AP Photo/picture alliance\n\n"
        "Officials said 20,000 troops would take part.\n"
    )
    reasons = reasons_by_line(page(body))
    assert reasons["Soldiers unload equipment at a rail yard near the border"] == "caption"
    assert (
        reasons["The drills will last a weekImage: Jan Nowak/AP Photo/picture alliance"]
        == "caption"
    )
    assert reasons["Officials said 20,000 troops would take part."] is None


def test_line_above_a_standalone_photo_credit_is_caption() -> None:
    body = (
        "The coalition won 51% of the vote on Sunday.\n\n"
        "Supporters celebrate in the capital on Sunday night.\n"
        "Photograph: Maria Lind/Reuters\n\n"
        "Turnout fell to 58%, the commission said.\n"
    )
    reasons = reasons_by_line(page(body))
    assert reasons["Supporters celebrate in the capital on Sunday night."] == "caption"
    assert reasons["The coalition won 51% of the vote on Sunday."] is None


def test_reported_sentence_above_a_photo_credit_is_kept() -> None:
    # Found by QA: the story's only death toll sat above a credit line and was dropped.
    body = (
        "Twelve other employees were injured, four of them seriously.\n"
        "Three workers were killed in the explosion at the plant, the county coroner confirmed.\n"
        "Photo: Mark Chen / Valley Herald\n"
        "About 1,200 residents were evacuated from their homes on Tuesday.\n"
    )
    reasons = reasons_by_line(page(body))
    assert (
        reasons[
            "Three workers were killed in the explosion at the plant, the county coroner confirmed."
        ]
        is None
    )
    assert reasons["Photo: Mark Chen / Valley Herald"] == "credit"


@pytest.mark.parametrize(
    "line",
    [
        "Jenna Ruiz covers public safety for the Valley Herald.",
        "Contact her at jruiz@valleyherald.example.",
        "Tom Baker is a senior correspondent for the Herald.",
        "jruiz@valleyherald.example",
    ],
)
def test_author_note_is_a_byline(line) -> None:
    assert is_noise_line(line) == "byline"


@pytest.mark.parametrize(
    "line",
    [
        "The mayor covers the costs of the repairs, officials said.",
        "Carriacou covers just 34 square kilometres and has about 9,000 residents.",
        "Police said the suspect emailed a threat to info@city.gov on Monday before the attack.",
    ],
)
def test_sentences_like_an_author_note_are_content(line) -> None:
    assert is_noise_line(line) is None


def test_a_line_that_is_one_question_is_a_crosshead() -> None:
    """It asserts nothing: an FAQ crosshead or a teaser, whatever its length
    (QA pass 5; every such line in the gold is noise)."""
    body = (
        "The carmaker is recalling two million vehicles to update their software.\n"
        "Do I need to go to a service centre?\n"
        "No: the update arrives over the air, the company said on Tuesday.\n"
        "What does the recall mean for Tesla's stock price this week?\n"
        "Analysts expect little effect on the share price, they said.\n"
        '"Where is the fix?" one owner asked on Tuesday evening.\n'
    )
    reasons = reasons_by_line(page(body))
    assert reasons["Do I need to go to a service centre?"] == "crosshead"
    assert reasons["What does the recall mean for Tesla's stock price this week?"] == "crosshead"
    assert reasons['"Where is the fix?" one owner asked on Tuesday evening.'] is None


def test_headlines_after_a_related_cue_are_related() -> None:
    body = (
        "The council voted 7-2 to approve the budget on Tuesday.\n"
        "The mayor said the vote ended months of delay.\n"
        "Most popular\n"
        "Ferry fares to rise in spring\n"
        "Can the old harbour be saved from the sea?\n"
        "© Harbour Herald\n"
    )
    reasons = reasons_by_line(page(body))
    assert reasons["Ferry fares to rise in spring"] == "related"
    assert reasons["Can the old harbour be saved from the sea?"] == "related"
    assert reasons["The mayor said the vote ended months of delay."] is None


def test_everything_after_an_agency_sign_off_is_footer() -> None:
    body = "\n".join(
        [f"Paragraph number {i} of the story says something new about the vote." for i in range(6)]
        + [
            "With reporting by Reuters",
            "The Herald reports the news in 12 languages across the region.",
            "To find out more, click here.",
        ]
    )
    reasons = reasons_by_line(page(body))
    assert (
        reasons["The Herald reports the news in 12 languages across the region."] == "boilerplate"
    )
    assert all(
        reasons[f"Paragraph number {i} of the story says something new about the vote."] is None
        for i in range(6)
    )


def test_reporting_credit_at_the_top_does_not_end_the_article() -> None:
    body = "\n".join(
        ["Reporting by Jane Roe"]
        + [
            f"Paragraph number {i} of the story says something new about the vote."
            for i in range(4)
        ]
    )
    reasons = reasons_by_line(page(body))
    assert reasons["Reporting by Jane Roe"] == "credit"
    assert sum(r is None for r in reasons.values()) == 4


STANDFIRST = "State TV showed the president at the drills. The deal could include new missiles."


def test_standfirst_under_the_headline_is_kept() -> None:
    body = (
        "PoliticsBelarus\n\n"
        "Plans for an arms deal\n\n"
        "September 12, 2021\n\n"
        f"{STANDFIRST}\n\n"
        "The president announced the purchase on Sunday.\n"
    )
    reasons = reasons_by_line(page(body, title=""))
    assert reasons[STANDFIRST] is None
    assert reasons["Plans for an arms deal"] == "header"
    assert reasons["September 12, 2021"] == "dateline"


def test_raw_page_headline_and_its_copy_are_header() -> None:
    body = (
        "Accessibility links\n\n"
        "Port Strike Halts Grain Exports For A Third Day\n\n"
        "Dockworkers extended their strike on Thursday, the union said.\n\n"
        "Port Strike Halts Grain Exports For A Third Day\n"
    )
    reasons = reasons_by_line(page(body, title=""))
    assert reasons["Port Strike Halts Grain Exports For A Third Day"] == "header"
    assert reasons["Dockworkers extended their strike on Thursday, the union said."] is None


def test_dropped_records_carry_source_offsets_and_text() -> None:
    src = page(
        "Advertisement\nThe council voted 7-2 to approve the budget on Tuesday.\n", sid="HERALD"
    )
    _, dropped = clean_source(src)
    ad = next(d for d in dropped if d.reason == "promo")
    assert ad.source == "HERALD"
    assert src.text[ad.start : ad.end] == ad.text == "Advertisement"


def test_empty_and_blank_sources_give_nothing() -> None:
    assert clean_source(Source(id="E", path="e.txt", text="")) == ((), ())
    assert clean_source(Source(id="E", path="e.txt", text="  \n\n\t\n")) == ((), ())


# ------------------------------------------------------------- fixture pages


def _fixture_cases() -> list[Path]:
    return sorted(FIXTURES.glob("*.txt"))


@pytest.mark.parametrize("path", _fixture_cases(), ids=lambda p: p.stem)
def test_fixture_page_reasons(path: Path) -> None:
    """Hand-written pages in other outlets' styles: every line's verdict and reason."""
    expected = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    text = path.read_text(encoding="utf-8")
    lines = text.split("\n")
    body_start = expected.get("body_start", len(lines[0]) + len(lines[1]) + 2)
    src = Source(
        id=path.stem.upper(),
        path=str(path),
        text=text,
        title=lines[0] if body_start else "",
        outlet=expected.get("outlet", ""),
        body_start=body_start,
    )
    got = reasons_by_line(src)
    want = {line.strip(): expected["noise"].get(line.strip()) for line in lines if line.strip()}
    assert got == want


# ------------------------------------------------------------ gold measure


def _gold_cases() -> list[Path]:
    return sorted(EVAL.glob("*/cases/*/gold.json")) if EVAL.is_dir() else []


def _eval_source(path: Path) -> Source:
    return load_source(path)


def _line_index(text: str, pos: int) -> int:
    return text.count("\n", 0, pos)


@pytest.mark.skipif(not _gold_cases(), reason="../shared/eval is not available")
def test_gold_noise_recall_and_no_content_loss() -> None:
    """On dev + seeds: >= 95% of gold noise lines dropped, no line with a content quote dropped."""
    noise_total = noise_hit = 0
    lost: list[str] = []
    for gold_path in _gold_cases():
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        for path in sorted((gold_path.parent / "sources").glob("*.txt")):
            src = _eval_source(path)
            lines = src.text.split("\n")
            _, dropped = clean_source(src)
            dropped_lines = {_line_index(src.text, d.start) for d in dropped}
            noise_lines = set()
            for item in gold["noise"]:
                if item["source"] != src.id:
                    continue
                q = item["quote"]
                for li in range(2, len(lines)):
                    if lines[li].strip() == q.strip() or (len(q.split()) >= 4 and q in lines[li]):
                        noise_lines.add(li)
            noise_total += len(noise_lines)
            noise_hit += len(noise_lines & dropped_lines)
            for key in ("pairs", "single_source", "hard_negatives"):
                for item in gold.get(key) or []:
                    for side in (item, item.get("a"), item.get("b")):
                        if (
                            isinstance(side, dict)
                            and side.get("source") == src.id
                            and "quote" in side
                        ):
                            li = _line_index(src.text, src.text.index(side["quote"]))
                            if li in dropped_lines:
                                lost.append(side["quote"])
    assert noise_total > 100
    assert noise_hit / noise_total >= 0.95
    assert lost == []


# --------------------------------------------------------------- properties

_FRAGMENTS = [
    "The council voted 7-2 on Tuesday.",
    "Advertisement",
    "Photo: AP",
    "By Jane Roe",
    "Most popular",
    "Related: Something else",
    "© 2024 Herald",
    "Why now?",
    "XS",
    "",
    "A boat in the harbour. Credit: X",
    "ar/mm (AFP)",
    "With reporting by Reuters",
    "Mr. Smith said 3 p.m. was late.",
    "  \t ",
    "“Quoted,” she said.",
    "Section › Sub",
]
_texts = st.one_of(
    st.text(max_size=400),
    st.lists(st.one_of(st.sampled_from(_FRAGMENTS), st.text(max_size=40)), max_size=30).map(
        "\n".join
    ),
)


@settings(max_examples=300, deadline=None)
@given(text=_texts, body_start=st.integers(min_value=-5, max_value=500), title=st.text(max_size=20))
def test_clean_source_partitions_the_text(text: str, body_start: int, title: str) -> None:
    """Never raises; spans are stripped, in bounds, disjoint and cover every visible char."""
    src = Source(
        id="P", path="p.txt", text=text, title=title, outlet="Herald", body_start=body_start
    )
    kept, dropped = clean_source(src)
    spans = sorted([*kept, *((d.start, d.end) for d in dropped)])
    for (_a, b), (c, _d) in itertools.pairwise(spans):
        assert b <= c
    covered = set()
    for a, b in spans:
        assert 0 <= a < b <= len(text)
        piece = text[a:b]
        assert piece == piece.strip() and "\n" not in piece
        covered.update(range(a, b))
    visible = {i for i, c in enumerate(text) if not c.isspace()}
    assert visible <= covered
    for d in dropped:
        assert d.reason in NOISE_REASONS
        assert text[d.start : d.end] == d.text


@settings(max_examples=300, deadline=None)
@given(line=st.text(max_size=200))
def test_is_noise_line_never_raises(line: str) -> None:
    assert is_noise_line(line) in (None, *NOISE_REASONS)


def test_an_article_pasted_twice_keeps_its_first_copy(tmp_path):
    body = "\n\n".join(
        f"Paragraph {n} of the story says the council met on Monday and approved the budget of the city."
        for n in range(5)
    )
    text = f"Headline\nPublished: 2024-03-19\n\n{body}\n\n{body}\n"
    path = tmp_path / "twice.txt"
    path.write_text(text, encoding="utf-8")
    source = load_source(path)
    kept, dropped = clean_source(source)
    assert len(kept) == 5
    assert {d.reason for d in dropped if d.reason != "header"} == {"duplicate"}
    # The kept lines are the first copy.
    assert max(end for _, end in kept) < text.index(body, text.index(body) + 1)


def test_prepare_warns_about_relative_dates_an_undated_source_cannot_resolve(tmp_path):
    from claimcheck import api
    from claimcheck.settings import Settings

    path = tmp_path / "undated.txt"
    path.write_text(
        "Headline\n\nThe ship was freed on Monday afternoon after a week.\nFifty tugboats helped.\n",
        encoding="utf-8",
    )
    _kept, claims, _dropped, warnings = api.prepare_claims([load_source(path)], settings=Settings())
    assert (
        len(warnings) == 1
        and "no publication date" in warnings[0]
        and "'Monday afternoon'" in warnings[0]
    )
    assert [c.text for c in claims] == ["The ship was freed on Monday afternoon after a week."]
    # A draft's short sentences still get a verdict.
    _kept, claims, _dropped, _w = api.prepare_claims(
        [load_source(path)], settings=Settings(), min_words=2
    )
    assert claims[-1].text == "Fifty tugboats helped."


def test_a_draft_may_say_a_sentence_twice() -> None:
    # Found by QA: a lede restated at the end of a draft was dropped (both
    # copies) as a repeated caption, so a wrong figure in it passed CI.
    body = (
        "The rights commission said 32 people had been killed.\n"
        "Parliament passed the bill on Tuesday.\n"
        "The rights commission said 32 people had been killed.\n"
    )
    source = page(body)
    assert (
        reasons_by_line(source)["The rights commission said 32 people had been killed."]
        == "caption"
    )
    kept, dropped = clean_source(source, own_text=True)
    texts = [source.text[a:b] for a, b in kept]
    assert texts.count("The rights commission said 32 people had been killed.") == 2
    assert all(d.reason == "header" for d in dropped)


def _markdown(body: str, path: str = "story.md") -> Source:
    header = "Headline of the story\nPublished: 2024-01-02\n"
    return Source(id="M", path=path, text=header + body, title="Headline of the story",
                  published=dt.date(2024, 1, 2), body_start=len(header))  # fmt: skip


def test_markdown_code_blocks_and_footnote_definitions_are_dropped() -> None:
    """QA pass 10: a draft in Markdown had its footnote definition and the
    lines of a fenced code block checked as claims ("unsupported")."""
    body = (
        "The bank raised its rate to 0.1 percent on Tuesday.[^1]\n\n"
        "```python\n"
        'print("the bank raised rates to 5 percent")\n'
        "\n"
        "```\n\n"
        "~~~~\nThe board met for two days.\n~~~\nStill inside the block.\n~~~~\n\n"
        "It was the first rise in 17 years.\n\n"
        "[^1]: Bank of Japan statement, March 19, 2024.\n"
        "    Published at 12:30 local time.\n\n"
        "Governor Kazuo Ueda said the bank would keep buying bonds.\n"
    )
    src = _markdown(body)
    kept, dropped = clean_source(src)
    assert [src.text[s:e] for s, e in kept] == [
        "The bank raised its rate to 0.1 percent on Tuesday.[^1]",
        "It was the first rise in 17 years.",
        "Governor Kazuo Ueda said the bank would keep buying bonds.",
    ]
    why = {d.text: d.reason for d in dropped if d.reason != "header"}
    assert why == {
        "```python": "code",
        'print("the bank raised rates to 5 percent")': "code",
        "```": "code",
        "~~~~": "code",
        "The board met for two days.": "code",
        "~~~": "code",
        "Still inside the block.": "code",
        "[^1]: Bank of Japan statement, March 19, 2024.": "footnote",
        "Published at 12:30 local time.": "footnote",
    }
    assert {"code", "footnote"} <= set(NOISE_REASONS)
    assert [d.start for d in dropped] == sorted(d.start for d in dropped)


def test_fence_marks_mean_nothing_outside_markdown_or_inline() -> None:
    body = "```\nThe bank raised its rate on Tuesday.\n```\n"
    kept, _ = clean_source(_markdown(body, path="story.txt"))
    assert len(kept) == 1  # a plain-text file has no code blocks
    inline = "```a``` is no fence, and the bank raised its rate on Tuesday.\n"
    kept, _ = clean_source(_markdown(inline))
    assert len(kept) == 1


def test_a_pull_quote_repeating_part_of_a_paragraph_is_a_duplicate() -> None:
    """QA pass 14: a pull quote set beside the paragraph that quotes it became
    a second claim and a second pair for one fact."""
    body = (
        "“This is not a tourist eruption”\n\n"
        "Police chief Víðir Reynisson said: “This is not a tourist eruption,” and asked people "
        "to stay away from the area.\n\n"
        "The eruption began on Monday night.\n"
    )
    reasons = reasons_by_line(page(body))
    assert reasons["“This is not a tourist eruption”"] == "duplicate"
    assert reasons["The eruption began on Monday night."] is None
    # A draft restating its lede is said twice on purpose: both lines stay.
    kept, _ = clean_source(page(body), own_text=True)
    assert len(kept) == 3
