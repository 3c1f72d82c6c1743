import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.records import (
    Claim,
    Dropped,
    Judgement,
    Kind,
    Label,
    Report,
    Sentence,
    Slots,
    Source,
)
from claimcheck.render import render_csv, render_json, render_markdown, report_to_dict
from claimcheck.render.markdown import escape_cell


def make_report():
    text_a = "Title A\nPublished: 2021-09-01\nThe army will get dozens of jets soon.\nOnly A says this here.\n"
    text_b = "Title B\nPublished: 2021-09-12\nThe army will buy $1 billion of arms.\n"
    a = Source(
        id="A",
        path="a.txt",
        text=text_a,
        title="Title A",
        outlet="Outlet A",
        published=dt.date(2021, 9, 1),
    )
    b = Source(
        id="B", path="b.txt", text=text_b, title="Title B", outlet="Outlet B", published=None
    )

    def claim(src, index, sentence):
        start = src.text.index(sentence)
        return Claim(Sentence(src.id, index, start, start + len(sentence), sentence), Slots())

    ca0 = claim(a, 0, "The army will get dozens of jets soon.")
    ca1 = claim(a, 1, "Only A says this here.")
    cb0 = claim(b, 0, "The army will buy $1 billion of arms.")
    pair = Judgement(
        a="A#0",
        b="B#0",
        label=Label.DIVERGENT,
        kind=Kind.AMOUNT,
        score=0.71234,
        cosine=0.6,
        rule="measured_differently",
        value_a="dozens",
        value_b="$1 billion",
    )
    return Report(
        sources=(a, b),
        claims=(ca0, ca1, cb0),
        pairs=(pair,),
        single_source=("A#1",),
        dropped=(Dropped("A", 0, 7, "header", "Title A"),),
        settings={"model": "fake", "min_similarity": 0.55},
    )


def test_markdown_puts_divergence_first_with_both_values():
    md = render_markdown(make_report())
    assert (
        md.index("Divergent claims")
        < md.index("Corroborated claims")
        < md.index("Single-source claims")
    )
    assert "| amount | dozens | $1 billion |" in md
    assert "Outlet B (date unknown)" in md
    assert "Only A says this here." in md


def test_markdown_counts_dropped_lines_in_one_row_per_source():
    from dataclasses import replace

    dropped = (
        Dropped("B", 0, 7, "header", "Title B"),
        Dropped("A", 0, 7, "header", "Title A"),
        Dropped("A", 8, 20, "promo", "Subscribe now"),
        Dropped("A", 21, 30, "promo", "Sign up"),
        Dropped("A", 31, 40, "caption", "Photo: AP"),
    )
    md = render_markdown(replace(make_report(), dropped=dropped))
    table = md.split("## Dropped as page noise", 1)[1].split("##", 1)[0].strip().splitlines()
    assert table == [
        "| source | lines | reasons |",
        "|---|---:|---|",
        "| A | 4 | promo 2, caption 1, header 1 |",  # the report's source order, then counts
        "| B | 1 | header 1 |",
    ]
    assert "Nothing was dropped." in render_markdown(replace(make_report(), dropped=()))


def test_the_csv_and_frame_say_which_pairs_are_between_copies():
    # QA pass 19: only the JSON had between_copies and cosine.
    import pandas as pd

    from claimcheck.render import pairs_frame

    report = make_report()
    frame = pairs_frame(report)
    assert str(frame["between_copies"].dtype) == "boolean"
    assert frame["between_copies"].tolist()[0] is False  # the pair; <NA> on the single-source row
    assert pd.isna(frame["between_copies"].iloc[-1])
    assert frame["cosine"][0] == report.pairs[0].cosine
    assert pd.isna(frame["cosine"].iloc[-1])  # the single-source row
    header, first = render_csv(report).splitlines()[:2]
    assert header.endswith(",between_copies,cosine") and first.endswith(",no,0.6000")


def test_json_keeps_the_contract_fields():
    data = report_to_dict(make_report())
    assert set(data) >= {"sources", "claims", "pairs", "single_source", "dropped"}
    assert data["sources"][0] == {
        **data["sources"][0],
        "id": "A",
        "path": "a.txt",
        "published": "2021-09-01",
    }
    assert data["sources"][1]["published"] is None
    claim = data["claims"][0]
    assert {"id", "source", "text", "start", "end"} <= set(claim)
    pair = data["pairs"][0]
    assert (pair["a"], pair["b"], pair["label"], pair["kind"], pair["score"]) == (
        "A#0",
        "B#0",
        "divergent",
        "amount",
        0.7123,
    )
    assert data["single_source"] == ["A#1"]
    assert data["dropped"] == [{"source": "A", "start": 0, "end": 7, "reason": "header"}]


def test_json_claim_text_equals_source_slice():
    report = make_report()
    texts = {s.id: s.text for s in report.sources}
    for claim in report_to_dict(report)["claims"]:
        assert texts[claim["source"]][claim["start"] : claim["end"]] == claim["text"]


def test_renderers_are_deterministic():
    r1, r2 = make_report(), make_report()
    assert render_markdown(r1) == render_markdown(r2)
    assert render_json(report_to_dict(r1)) == render_json(report_to_dict(r2))
    assert render_csv(r1) == render_csv(r2)


def test_csv_has_one_row_per_pair_and_single_source_claim():
    lines = render_csv(make_report()).strip().split("\n")
    assert lines[0].startswith("status,kind,claim_a")
    assert len(lines) == 3


def test_the_pairs_frame_is_typed_and_the_csv_formats_it():
    """QA pass 11: every column of pairs_frame was a string ("0.7100", "yes"),
    so a notebook could not sort or filter it by number."""
    from claimcheck.render import pairs_frame

    report = make_report()
    frame = pairs_frame(report)
    assert str(frame["score"].dtype) == "Float64" and str(frame["weak_match"].dtype) == "boolean"
    assert frame["score"].iloc[0] == report.pairs[0].score
    assert frame["score"].isna().tolist() == [False, True]  # the single-source row
    header, pair_row, single_row = render_csv(report).strip().split("\n")
    columns = header.split(",")
    assert pair_row.split(",")[columns.index("weak_match")] in ("yes", "no")
    assert f"{report.pairs[0].score:.4f}" in pair_row and single_row.endswith(",,,,,,")


# What a report holds: strings of any kind (quotes, control characters,
# non-ASCII), offsets, rounded scores, nulls, nested lists and objects.
_json_leaves = (
    st.none()
    | st.booleans()
    | st.integers(-(2**53), 2**53)
    | st.text()
    | st.floats(0, 1).map(lambda x: round(x, 4))
)
_json_values = st.recursive(
    _json_leaves,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)


@given(st.dictionaries(st.text(max_size=8), _json_values, max_size=5))
def test_json_text_is_the_standard_librarys_indented_text(data):
    import json

    assert render_json(data) == json.dumps(data, indent=2, ensure_ascii=False) + "\n"


@given(st.text())
def test_escaped_cell_never_breaks_a_table_row(text):
    row = f"| {escape_cell(text)} | x |"
    assert "\n" not in row and "\r" not in row
    # every pipe inside the cell is escaped, so the row still has exactly three column separators
    unescaped = row.replace("\\\\", "").replace("\\|", "")
    assert unescaped.count("|") == 3


def test_corroborated_pair_lists_the_details_both_sides_agree_on():
    import dataclasses

    report = make_report()
    agreed = ("September 9 (2021-09-09) ↔ Thursday of last week (2021-09-09)", "28 ↔ twenty-eight")
    pair = dataclasses.replace(
        report.pairs[0],
        label=Label.CORROBORATED,
        kind=None,
        rule="no_conflict",
        value_a=None,
        value_b=None,
        agreed=agreed,
    )
    report = dataclasses.replace(report, pairs=(pair,))
    md = render_markdown(report)
    assert (
        "  - agree on: September 9 (2021-09-09) ↔ Thursday of last week (2021-09-09); 28 ↔ twenty-eight\n"
        in md
    )
    assert report_to_dict(report)["pairs"][0]["agreed"] == list(agreed)
    header, row = render_csv(report).strip().split("\n")[:2]
    assert header.endswith(",rule,agreed,also,between_copies,cosine")
    assert row.endswith(
        ",no_conflict,September 9 (2021-09-09) ↔ Thursday of last week (2021-09-09); 28 ↔ twenty-eight,"
        ",no,0.6000"
    )


def test_a_pair_that_differs_on_more_than_one_detail_shows_each():
    import dataclasses

    report = make_report()
    pair = dataclasses.replace(
        report.pairs[0], score=0.9, also=((Kind.PLACE, "Eastfield", "Millbrook"),)
    )
    report = dataclasses.replace(report, pairs=(pair,))
    md = render_markdown(report)
    assert "| amount | dozens | $1 billion |\n| also place | Eastfield | Millbrook |" in md
    assert report_to_dict(report)["pairs"][0]["also"] == [
        {"kind": "place", "value_a": "Eastfield", "value_b": "Millbrook"}
    ]
    assert "place: Eastfield vs Millbrook" in render_csv(report)
    assert not pair.weak_match
    # A figure that differs on another day as well is likely another occasion: a weaker match.
    other_day = dataclasses.replace(
        pair, also=((Kind.DATE, "Monday (2025-03-03)", "Tuesday (2025-03-04)"),)
    )
    assert other_day.weak_match
    assert not dataclasses.replace(other_day, kind=Kind.DATE).weak_match


def make_check_report():
    from claimcheck.records import CheckReport, DraftClaim, Evidence, Verdict

    draft_text = "Draft\nPublished: 2023-12-15\nThe probe lasted three years.\nThe yen fell.\nA minister resigned.\n"
    src_text = "Wire\nPublished: 2023-12-13\nThe probe lasted two years.\nThe probe is closed.\nThe yen fell.\nThe yen rose.\n"
    draft = Source(id="draft", path="d.txt", text=draft_text, title="Draft", outlet="draft")
    wire = Source(id="W", path="w.txt", text=src_text, title="Wire", outlet="Wire Agency")

    def claim(src, index, sentence):
        start = src.text.index(sentence)
        return Claim(Sentence(src.id, index, start, start + len(sentence), sentence), Slots())

    d0, d1, d2 = (
        claim(draft, i, t)
        for i, t in enumerate(
            ["The probe lasted three years.", "The yen fell.", "A minister resigned."]
        )
    )
    w = [
        claim(wire, i, t)
        for i, t in enumerate(
            [
                "The probe lasted two years.",
                "The probe is closed.",
                "The yen fell.",
                "The yen rose.",
            ]
        )
    ]
    verdicts = (
        DraftClaim(
            d0,
            Verdict.CONTRADICTED,
            kind=Kind.NUMBER,
            rule="every_match_conflicts",
            evidence=(
                Evidence("W#0", "contradicts", Kind.NUMBER, "three years", "two years", 0.8),
                Evidence("W#1", "supports", cosine=0.7, counts=False),
            ),
        ),
        DraftClaim(
            d1,
            Verdict.SUPPORTED,
            disputed=True,
            rule="sources_disagree",
            evidence=(
                Evidence("W#2", "supports", cosine=1.0),
                Evidence("W#3", "contradicts", Kind.OTHER, "down", "up", 0.8),
            ),
        ),
        DraftClaim(
            d2, Verdict.UNSUPPORTED, rule="no_matching_source", nearest="W#1", nearest_cosine=0.41
        ),
    )
    return CheckReport(
        draft=draft, sources=(wire,), claims=verdicts, source_claims=tuple(w), dropped=()
    )


def test_check_markdown_orders_verdicts_and_shows_values_and_related_sentences():
    from claimcheck.render.markdown import render_check_markdown

    md = render_check_markdown(make_check_report())
    order = [
        md.index(h)
        for h in (
            "## Contradicted by the sources",
            "## Supported, but the sources disagree",
            "## Not found in any source",
        )
    ]
    assert order == sorted(order)
    assert (
        "- contradicts **W#0** (Wire Agency), number: draft `three years` vs source `two years`"
        in md
    )
    assert "- related, without the draft's detail: **W#1** (Wire Agency)" in md
    assert "- supported by **W#2** (Wire Agency)" in md and "- contradicts **W#3**" in md
    assert md.count("supported by") == 1


def test_check_json_evidence_quotes_its_source_sentence():
    from claimcheck.render import check_to_dict

    data = check_to_dict(make_check_report())
    first = data["claims"][0]["evidence"]
    text = make_check_report().sources[0].text
    assert [e["label"] for e in first] == ["contradicts", "supports"]
    assert [e["counts"] for e in first] == [True, False]
    assert all(text[e["start"] : e["end"]] == e["text"] and e["source"] == "W" for e in first)


def test_divergences_on_weaker_matches_come_last_and_are_marked():
    import dataclasses

    report = make_report()
    weak = report.pairs[0]  # score 0.71: below WEAK_MATCH_BELOW
    strong = dataclasses.replace(weak, b="A#1", score=0.9, kind=Kind.NUMBER)
    report = dataclasses.replace(report, pairs=(weak, strong))
    md = render_markdown(report)
    assert "**2 divergent** (1 on weaker matches)" in md
    assert (
        md.index("### 1. number: A vs A")
        < md.index("## Divergent claims on weaker matches")
        < md.index("### 2. amount, measured in ways that cannot be compared: A vs B")
    )
    assert [p["weak_match"] for p in report_to_dict(report)["pairs"]] == [True, False]
    assert render_csv(report).splitlines()[0].split(",").count("weak_match") == 1
    # Only strong divergences: no section, no note.
    md_strong = render_markdown(dataclasses.replace(report, pairs=(strong,)))
    assert "on weaker matches" not in md_strong
    # Only weak ones: the first heading says so instead of standing empty (QA pass 10).
    md_weak = render_markdown(dataclasses.replace(report, pairs=(weak,)))
    section = md_weak[
        md_weak.index("## Divergent claims\n") : md_weak.index("## Divergent claims on")
    ]
    assert "None on strong matches; see the weaker matches below." in section
    # A weak pair that repeats a strong conflict (same kind, a shared sentence) joins it.
    same_kind = dataclasses.replace(strong, kind=Kind.AMOUNT)
    md_joined = render_markdown(dataclasses.replace(report, pairs=(weak, same_kind)))
    assert (
        "### 1. amount, measured in ways that cannot be compared: 2 pairs across 2 sources"
        in md_joined
        and "on weaker matches" not in md_joined
    )


def test_sentences_are_quoted_as_literal_text_not_markup():
    from claimcheck.render.markdown import escape_text

    assert escape_text("Officials declared an *emergency* at <b>noon</b>.") == (
        "Officials declared an \\*emergency\\* at \\<b\\>noon\\</b\\>."
    )
    assert (
        escape_text("See [the port](http://evil.example) now")
        == "See \\[the port\\](http://evil.example) now"
    )
    assert escape_text("# Residents fled") == "\\# Residents fled"
    assert escape_text("a\nb  c") == "a b c"
    import dataclasses

    report = make_report()
    a = report.sources[0]
    text = a.text.replace("Only A says this here.", "Only A says *this* here.")
    a = dataclasses.replace(a, text=text)
    start = text.index("Only A")
    sentence = "Only A says *this* here."
    claim = Claim(Sentence("A", 1, start, start + len(sentence), sentence), Slots())
    report = dataclasses.replace(
        report, sources=(a, report.sources[1]), claims=(report.claims[0], claim, report.claims[2])
    )
    assert "- **A#1** Only A says \\*this\\* here." in render_markdown(report)


def test_check_markdown_shows_the_drafts_date_and_a_supported_claims_counted_contradiction():
    import dataclasses

    from claimcheck.records import Evidence
    from claimcheck.render.markdown import render_check_markdown

    report = make_check_report()
    md = render_check_markdown(report)
    assert "published unknown (relative dates unresolved)" in md
    supported = dataclasses.replace(report.claims[1], disputed=False)
    report = dataclasses.replace(report, claims=(report.claims[0], supported, report.claims[2]))
    md = render_check_markdown(report)
    section = md[md.index("## Supported\n") :]
    # Under "Supported" the differing sentence did not dispute it, and says so (QA pass 13).
    assert "- supported by **W#2**" in section
    assert "- differs from, not counted as dissent, **W#3**" in section
    assert "contradicts **W#3**" not in section
    # A related sentence that states some of the draft's details says so.
    related = dataclasses.replace(
        report.claims[0],
        evidence=(Evidence("W#1", "supports", cosine=0.7, counts=False, agreed=("x ↔ y",)),),
    )
    md = render_check_markdown(dataclasses.replace(report, claims=(related,)))
    assert "- related, not counted as support: **W#1**" in md and "agree on: x ↔ y" in md
    # ... and one that agrees but lost to a closer contradicting sentence says that (QA pass 3).
    weaker = dataclasses.replace(
        related,
        evidence=(
            Evidence("W#3", "contradicts", cosine=0.95, value_draft="3", value_source="4"),
            Evidence("W#1", "supports", cosine=0.7, counts=False, uncounted="weaker_than_conflict"),
        ),
    )
    md = render_check_markdown(dataclasses.replace(report, claims=(weaker,)))
    assert (
        "- also agrees, not counted (a weaker match than the contradicting sentence): **W#1**" in md
    )


def test_an_unsupported_claim_shows_its_closest_source_sentence():
    from claimcheck.render import check_to_dict
    from claimcheck.render.markdown import render_check_markdown

    report = make_check_report()
    md = render_check_markdown(report)
    section = md[md.index("## Not found in any source") :]
    assert "- closest source sentence: **W#1** (Wire Agency) <sub>similarity 0.41</sub>" in section
    assert "\n\n\n" not in md
    nearest = [c["nearest"] for c in check_to_dict(report)["claims"]]
    assert (
        nearest[:2] == [None, None]
        and nearest[2]["claim"] == "W#1"
        and nearest[2]["cosine"] == 0.41
    )


def test_the_report_title_comes_from_a_source_with_claims():
    import dataclasses

    report = make_report()
    empty = Source(id="C", path="c.txt", text="Title C\n", title="Title C", outlet="Outlet C")
    report = dataclasses.replace(report, sources=(empty, *report.sources))
    assert render_markdown(report).startswith("# Corroboration report: Title A\n")


def test_csv_cells_that_would_run_as_formulas_are_made_inert():
    # Found by QA: scraped text starting with "=" or "@" went into the CSV as is.
    import dataclasses

    from claimcheck.render.tabular import _inert

    assert (
        _inert('=HYPERLINK("http://evil.example","click") said')
        == '\'=HYPERLINK("http://evil.example","click") said'
    )
    assert _inert("@HarwickFD said") == "'@HarwickFD said"
    assert _inert("-cmd|' /C calc'!A0") == "'-cmd|' /C calc'!A0"
    for plain in ("-5%", "+3.2", "-1,200", "Police said", "", 0.5):
        assert _inert(plain) == plain
    report = make_report()
    pair = dataclasses.replace(report.pairs[0], value_a="=1+1")
    csv = render_csv(dataclasses.replace(report, pairs=(pair,)))
    assert ",'=1+1," in csv and ",=1+1," not in csv


@pytest.mark.parametrize(
    "cell",
    [
        "-1+1+cmd|' /C calc'!A0 was painted on the wall",
        "+2+cmd|' /C notepad'!A0 said the sign",
        "- 3 dead",
        "-5% and more",
        "\tindented",
        "\rreturn",
        "'=already escaped once",
    ],
)
def test_csv_cells_starting_with_a_formula_character_are_inert_unless_a_number(cell):
    # Found by QA: the standard DDE payloads start "-1+1" and "+2", which the
    # exception for signed numbers let through.
    from claimcheck.render.tabular import _inert

    assert _inert(cell) == "'" + cell


def test_csv_escapes_ids_too_and_one_apostrophe_less_gives_the_json_ids_back():
    # QA noted that escaped ids ("'@evil#0") no longer join the JSON: ids are
    # file names a scraped page can set, so they stay escaped, and the escape
    # is undone exactly by dropping one apostrophe.
    import dataclasses
    import io

    import pandas as pd

    from claimcheck.render.tabular import pairs_frame

    report = make_report()
    renamed = {"A": "@evil", "B": "=HYPERLINK(1)"}

    def rename(cid):
        source, _, index = cid.partition("#")
        return f"{renamed[source]}#{index}"

    claims = tuple(
        dataclasses.replace(
            c,
            sentence=dataclasses.replace(c.sentence, source=renamed[c.source], text="'=" + c.text),
        )
        for c in report.claims
    )
    pair = dataclasses.replace(report.pairs[0], a=rename("A#0"), b=rename("B#0"))
    report = dataclasses.replace(
        report, claims=claims, pairs=(pair,), single_source=(rename("A#1"),)
    )
    table = pd.read_csv(io.StringIO(render_csv(report)), dtype=str, keep_default_na=False)
    assert table.loc[0, "claim_a"] == "'@evil#0" and table.loc[0, "source_b"] == "'=HYPERLINK(1)"
    assert table.loc[0, "text_a"].startswith("''=The army")
    undone = table.replace(r"^'(?='*[=+\-@\t\r])", "", regex=True)
    frame = pairs_frame(report)
    for column in ("claim_a", "source_a", "text_a", "claim_b", "source_b", "text_b"):
        assert undone[column].tolist() == frame[column].tolist()


def test_corroborated_weak_matches_are_marked_in_markdown():
    # Found by QA: only the JSON and CSV said which corroborations were weak.
    import dataclasses

    report = make_report()
    weak = dataclasses.replace(report.pairs[0], label=Label.CORROBORATED, kind=None, score=0.70)
    md = render_markdown(dataclasses.replace(report, pairs=(weak,)))
    assert "<sub>score 0.70 · weak match</sub>" in md and "Pairs marked *weak match*" in md
    assert "**0 divergent** and **1 corroborated** pair · **1 single-source** claim · " in md
    strong = dataclasses.replace(weak, score=0.90)
    md = render_markdown(dataclasses.replace(report, pairs=(strong,)))
    assert "<sub>score 0.90</sub>" in md and "weak match" not in md


def test_pairs_of_one_conflict_are_shown_once_with_each_sources_value():
    """QA pass 5: with seven sources one conflict ("3,700" vs "4,000") was
    listed once per pair of sources, 8 of 18 divergences."""
    import dataclasses

    report = make_report()
    text_c = "Title C\nPublished: 2021-09-13\nThe army will buy $2 billion of arms.\n"
    c = Source(
        id="C",
        path="c.txt",
        text=text_c,
        title="Title C",
        outlet="Outlet C",
        published=dt.date(2021, 9, 13),
    )
    sentence = "The army will buy $2 billion of arms."
    start = text_c.index(sentence)
    cc0 = Claim(Sentence("C", 0, start, start + len(sentence), sentence), Slots())
    first = dataclasses.replace(report.pairs[0], score=0.9)
    second = dataclasses.replace(first, b="C#0", value_b="$2 billion", score=0.8)
    other_kind = dataclasses.replace(
        first, b="C#0", kind=Kind.DATE, value_a="soon", value_b="2025", score=0.85
    )
    report = dataclasses.replace(
        report,
        sources=(*report.sources, c),
        claims=(*report.claims, cc0),
        pairs=(first, second, other_kind),
    )
    md = render_markdown(report)
    assert "**3 divergent** (in 2 conflicts)" in md
    # Another kind is another conflict; a date comes before a package measured
    # in two ways (the editorial order, QA pass 15).
    assert "### 1. date: A vs C" in md
    assert "### 2. amount, measured in ways that cannot be compared: 2 pairs across 3 sources" in md
    assert "| Outlet A (2021-09-01) | dozens | A#0 |" in md
    assert "| Outlet C (2021-09-13) | $2 billion | C#0 |" in md
    section = md[md.index("### 2.") : md.index("## Corroborated claims")]
    assert section.count("The army will get dozens of jets soon.") == 1


def test_two_figures_of_one_sentence_are_two_conflicts():
    """QA pass 19: "killing seven and injuring 23" was one sentence in a
    death-toll conflict and an injured one, and the two (with everything they
    touched) became one conflict of 73 pairs."""
    import dataclasses

    report = make_report()
    text_c = "Title C\nPublished: 2021-09-13\nThe army will buy 25 jets.\n"
    c = Source(id="C", path="c.txt", text=text_c, title="C", outlet="Outlet C", published=None)
    sentence = "The army will buy 25 jets."
    start = text_c.index(sentence)
    cc0 = Claim(Sentence("C", 0, start, start + len(sentence), sentence), Slots())
    deaths = dataclasses.replace(
        report.pairs[0], kind=Kind.NUMBER, value_a="seven", value_b="nine", score=0.9
    )
    injured = dataclasses.replace(deaths, b="C#0", value_a="23", value_b="25", score=0.85)
    again = dataclasses.replace(deaths, b="C#0", value_a="Seven", value_b="six", score=0.8)
    report = dataclasses.replace(report, sources=(*report.sources, c), claims=(*report.claims, cc0))
    md = render_markdown(dataclasses.replace(report, pairs=(deaths, injured)))
    assert "### 1. number: A vs B" in md and "### 2. number: A vs C" in md
    # One figure of the shared sentence, whatever its case, is one conflict.
    md = render_markdown(dataclasses.replace(report, pairs=(deaths, again)))
    assert "### 1. number: 2 pairs across 3 sources" in md


def test_a_facts_agreements_are_listed_once_per_written_form():
    """QA pass 19: with 12 sources one "agree on" line ran to 7,523 characters,
    one "a ↔ b" per pair."""
    import dataclasses

    from claimcheck.render.markdown import _MAX_CHAINS, _agreement_chains

    base = dataclasses.replace(make_report().pairs[0], label=Label.CORROBORATED, kind=None)
    group = [
        dataclasses.replace(base, a="A#0", b="B#0", agreed=("seven ↔ 7", "Tuesday ↔ March 12")),
        dataclasses.replace(base, a="A#0", b="C#0", agreed=("seven ↔ seven people",)),
        dataclasses.replace(base, a="B#0", b="C#0", agreed=("7 ↔ seven people", "23 ↔ 23 others")),
    ]
    assert _agreement_chains(group) == [
        ["seven", "7", "seven people"],
        ["Tuesday", "March 12"],
        ["23", "23 others"],
    ]
    report = _three_source_report()
    details = tuple(f"{i} ↔ {i}.0" for i in range(_MAX_CHAINS + 3))
    pairs = tuple(dataclasses.replace(p, agreed=details) for p in report.pairs)
    md = render_markdown(dataclasses.replace(report, pairs=pairs))
    (line,) = [x for x in md.splitlines() if "agree on:" in x]
    assert line.count(" ↔ ") == _MAX_CHAINS and line.endswith("; and 3 more (in the JSON)")


def _three_source_report(scores=(0.9, 0.85, 0.8), *, extra_b=False):
    """One fact told by A, B and C (three corroborated pairs); optionally a second
    B sentence that pairs with A#0 too."""
    texts = {
        "A": "The mayor opened the new bridge over the river on Monday morning.",
        "B": "On Monday the mayor cut the ribbon on the town's new river bridge."
        + (" Another B line here." if extra_b else ""),
        "C": "The new bridge was opened by the mayor on Monday, officials said.",
    }
    sources = tuple(
        Source(id=k, path=f"{k}.txt", text=t, title=k, outlet=k, published=dt.date(2024, 1, 2))
        for k, t in texts.items()
    )
    claims = []
    for src in sources:
        for i, sentence in enumerate(s for s in src.text.replace(". ", ".\n").split("\n")):
            start = src.text.index(sentence)
            claims.append(
                Claim(Sentence(src.id, i, start, start + len(sentence), sentence), Slots())
            )

    def pair(a, b, score):
        return Judgement(
            a=a,
            b=b,
            label=Label.CORROBORATED,
            kind=None,
            score=score,
            cosine=score,
            rule="compatible",
        )

    pairs = [
        pair("A#0", "B#0", scores[0]),
        pair("A#0", "C#0", scores[1]),
        pair("B#0", "C#0", scores[2]),
    ]
    if extra_b:
        pairs.append(pair("A#0", "B#1", 0.78))
    return Report(
        sources=sources,
        claims=tuple(claims),
        pairs=tuple(pairs),
        single_source=(),
        dropped=(),
        settings={},
    )


def test_one_fact_in_three_sources_is_shown_once_with_each_sentence_once():
    md = render_markdown(_three_source_report())
    section = md[md.index("## Corroborated claims") : md.index("## Single-source claims")]
    assert "- **A#0** ↔ **B#0** ↔ **C#0** <sub>3 pairs, scores 0.80-0.90</sub>" in section
    assert section.count("The mayor opened the new bridge") == 1
    # A second sentence of B cannot join the fact (one sentence per source): its
    # pair stays apart, and A#0, quoted above, is named by its opening words.
    md = render_markdown(_three_source_report(extra_b=True))
    section = md[md.index("## Corroborated claims") : md.index("## Single-source claims")]
    assert "- **A#0** ↔ **B#1** <sub>score 0.78</sub>" in section
    assert "“The mayor opened the new bridge over the… (quoted above)”" in section


def test_weak_pairs_do_not_chain_facts_into_one_group():
    md = render_markdown(_three_source_report(scores=(0.9, 0.7, 0.7)))
    section = md[md.index("## Corroborated claims") : md.index("## Single-source claims")]
    assert "↔ **C#0** <sub>" in section and "**A#0** ↔ **B#0** ↔ **C#0**" not in section


def test_fact_groups_hold_every_pair_once_whatever_the_pairs():
    # Random corroborated pairs among 6 sources x 5 sentences: every pair is
    # shown exactly once, and a group of three or more sentences has one per
    # source. (A group id reused after a merge crashed a 50-article run.)
    import random

    from claimcheck.render.markdown import _fact_groups

    claims = {
        f"{s}#{i}": Claim(Sentence(s, i, 0, 1, "x"), Slots()) for s in "ABCDEF" for i in range(5)
    }
    ids = sorted(claims)
    rng = random.Random(7)
    for _ in range(300):
        chosen = set()
        for _ in range(rng.randint(1, 40)):
            a, b = rng.sample(ids, 2)
            if a[0] != b[0]:
                chosen.add((min(a, b), max(a, b)))
        pairs = [
            Judgement(
                a=a,
                b=b,
                label=Label.CORROBORATED,
                kind=None,
                score=rng.choice((0.7, 0.8, 0.9, 1.0)),
                cosine=0.8,
                rule="no_conflict",
            )
            for a, b in sorted(chosen)
        ]
        groups = _fact_groups(pairs, claims)
        flat = [p for g in groups for p in g]
        assert sorted(flat, key=lambda p: (p.a, p.b)) == sorted(pairs, key=lambda p: (p.a, p.b))
        for g in groups:
            if len(g) > 1:
                members = {c for p in g for c in (p.a, p.b)}
                assert len({claims[c].source for c in members}) == len(members)


def test_json_and_csv_carry_the_pair_probability_or_null():
    import csv
    import dataclasses
    import io

    report = make_report()
    weighed = dataclasses.replace(report.pairs[0], probability=0.734)
    unweighed = dataclasses.replace(weighed, b="A#1", probability=None)
    report = dataclasses.replace(report, pairs=(weighed, unweighed))
    assert [p["probability"] for p in report_to_dict(report)["pairs"]] == [0.734, None]
    rows = list(csv.DictReader(io.StringIO(render_csv(report))))
    assert [r["probability"] for r in rows[:2]] == ["0.734", ""]


def test_a_fact_group_never_holds_two_sentences_that_diverge():
    """QA pass 15 (an editor's reading): A-B and A-C corroborated with B-C
    divergent were shown as one corroborated fact, its "agree on" line beside
    the conflict the report had just listed."""
    import dataclasses

    report = _three_source_report()
    a_b, a_c, b_c = report.pairs
    b_c = dataclasses.replace(
        b_c, label=Label.DIVERGENT, kind=Kind.NUMBER, value_a="21", value_b="17"
    )
    md = render_markdown(dataclasses.replace(report, pairs=(a_b, a_c, b_c)))
    section = md[md.index("## Corroborated claims") : md.index("## Single-source claims")]
    assert "**A#0** ↔ **B#0** ↔ **C#0**" not in section
    assert "- **A#0** ↔ **B#0** <sub>" in section and "- **A#0** ↔ **C#0** <sub>" in section


def test_a_conflict_of_several_pairs_marks_its_weak_ones():
    import dataclasses

    report = _three_source_report()
    a_b, a_c, _ = report.pairs
    strong = dataclasses.replace(a_b, label=Label.DIVERGENT, kind=Kind.DATE, score=0.9)
    weak = dataclasses.replace(a_c, label=Label.DIVERGENT, kind=Kind.DATE, score=0.6)
    md = render_markdown(dataclasses.replace(report, pairs=(strong, weak)))
    assert "A#0 ↔ B#0 (`compatible`, 0.90)" in md
    assert "A#0 ↔ C#0 (`compatible`, 0.60, weak match)" in md
