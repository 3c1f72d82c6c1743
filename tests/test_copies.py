"""Sources that are one story republished (claimcheck.api.shared_copies)."""

from __future__ import annotations

import pytest

from claimcheck import api
from claimcheck.records import Report, Source
from claimcheck.render.markdown import render_markdown
from claimcheck.settings import Settings

WIRE = [
    "The central bank raised its key rate on Tuesday for the first time in 17 years.",
    "The policy board voted 7-2 to lift the short-term rate to a range of zero to 0.1%.",
    "The yen weakened past 150 per dollar after the announcement.",
    "Economists expect no further increase before the autumn.",
]


def _source(sid: str, sentences: list[str]) -> Source:
    text = "Rates rise\nPublished: 2024-03-19\n\n" + "\n".join(sentences) + "\n"
    return Source(
        id=sid, path=f"{sid}.txt", text=text, title="Rates rise", body_start=text.index("\n\n") + 2
    )


def _copies(*sources: Source) -> list[dict[str, object]]:
    kept, claims, _, _ = api.prepare_claims(sources, settings=Settings())
    return api.shared_copies(kept, claims)


def test_copies_of_copies_are_one_group_not_a_line_per_pair() -> None:
    """QA pass 6: 408 articles gave 4,688 warning lines, one per pair of copies."""
    sources = [_source(sid, WIRE) for sid in ("A", "B", "C", "D")] + [
        _source("E", ["Something else entirely happened on Monday."])
    ]
    kept, claims, _, _ = api.prepare_claims(sources, settings=Settings())
    assert len(api.shared_copies(kept, claims)) == 6
    assert api.copy_groups(kept, api.shared_copies(kept, claims)) == [["A", "B", "C", "D"]]


def test_a_republished_wire_story_is_named_as_a_copy() -> None:
    edited = [WIRE[0], WIRE[1].replace("7-2", "8-1"), WIRE[2].upper(), WIRE[3]]  # case and one edit
    other = [
        "Japan's central bank ended eight years of negative rates.",
        "Markets had expected the move for weeks, traders said.",
        "The yen slid against the dollar in Tokyo trading.",
    ]
    found = _copies(_source("AP", WIRE), _source("HERALD", edited), _source("REUTERS", other))
    assert found == [{"a": "AP", "b": "HERALD", "shared": 3, "of": 4}]


def test_two_shared_sentences_do_not_make_a_copy() -> None:
    mostly_new = [
        WIRE[0],
        WIRE[1],
        "Exporters welcomed a weaker yen, analysts said.",
        "Shares closed higher.",
    ]
    assert _copies(_source("AP", WIRE), _source("TIMES", mostly_new)) == []


def test_the_report_says_which_sources_are_copies_before_the_pairs() -> None:
    report = Report(
        sources=(), claims=(), pairs=(), single_source=(), dropped=(),
        settings={"copies": [["AP", "HERALD", "GAZETTE"]]},
    )  # fmt: skip
    text = render_markdown(report)
    assert "- **AP**, **HERALD**, **GAZETTE**" in text
    assert text.index("Copies of one story") < text.index("## Divergent claims")
    assert "`copies`" not in text  # not repeated among the settings


def test_sources_published_months_apart_are_flagged():
    """QA pass 6: 60 articles of six events, 2021-2024, in one folder gave a
    report titled after the first source and nothing more."""
    import dataclasses
    import datetime as dt

    a, b = _source("A", WIRE), _source("B", WIRE)
    assert api._date_spread([a, dataclasses.replace(b, published=dt.date(2024, 3, 20))]) is None
    far = [
        dataclasses.replace(a, published=dt.date(2021, 9, 1)),
        dataclasses.replace(b, published=dt.date(2024, 3, 19)),
    ]
    note = api._date_spread(far)
    assert note is not None and "930 days apart" in note and "A on 2021-09-01" in note


def test_sources_in_two_languages_are_flagged():
    """QA pass 7: a Spanish rewrite's planted differences were missed with no word."""
    spanish = [
        "El volcán entró en erupción el lunes por la noche cerca de la localidad pesquera.",
        "Las autoridades evacuaron a los vecinos de la ciudad de Grindavik la semana pasada.",
        "El balneario permanecerá cerrado hasta el 29 de diciembre, según la empresa.",
    ]
    sources = (_source("WIRE", WIRE), _source("ES", spanish))
    kept, claims, _, _ = api.prepare_claims(sources, settings=Settings())
    note = api._source_languages(kept, claims)
    assert note is not None and "English: WIRE; Spanish: ES" in note
    many = tuple(_source(f"W{i}", WIRE) for i in range(5))
    kept, claims, _, _ = api.prepare_claims((*many, _source("ES", spanish)), settings=Settings())
    note = api._source_languages(kept, claims)
    assert note is not None and "English: W0, W1, W2 and 2 more; Spanish: ES" in note
    kept, claims, _, _ = api.prepare_claims(
        (_source("A", WIRE), _source("B", WIRE)), settings=Settings()
    )
    assert api._source_languages(kept, claims) is None


def _pair_report(copies: list[list[str]] | None, warnings: list[str]) -> Report:
    from claimcheck.extract import extract_slots
    from claimcheck.records import Claim, Judgement, Label, Sentence

    def claim(cid: str) -> Claim:
        sid, index = cid.split("#")
        return Claim(Sentence(sid, int(index), 0, len(WIRE[0]), WIRE[0]), extract_slots(WIRE[0]))

    pairs = tuple(
        Judgement(a, b, Label.CORROBORATED, None, 0.95, 0.9, "no_conflict")
        for a, b in (("AP#0", "HERALD#0"), ("AP#0", "TIMES#0"))
    )
    settings: dict[str, object] = {"warnings": warnings}
    if copies:
        settings["copies"] = copies
    return Report(
        sources=(), claims=tuple(claim(c) for c in ("AP#0", "HERALD#0", "TIMES#0")),
        pairs=pairs, single_source=(), dropped=(), settings=settings,
    )  # fmt: skip


def test_pairs_between_copies_are_counted_and_marked_apart() -> None:
    """QA pass 12 (an analyst's run): pairs between a story and its reprint
    counted as corroboration like any other, with nothing to tell them apart."""
    from claimcheck.render.tabular import report_to_dict

    note = "AP and HERALD are copies of one story (each shares ...)"
    report = _pair_report([["AP", "HERALD"]], [note])
    text = render_markdown(report)
    assert "**2 corroborated** pairs (1 of them between copies of one story)" in text
    assert text.count("· copies of one story") == 1
    assert [p["between_copies"] for p in report_to_dict(report)["pairs"]] == [True, False]
    plain = _pair_report(None, [])
    assert "between copies" not in render_markdown(plain)
    assert [p["between_copies"] for p in report_to_dict(plain)["pairs"]] == [False, False]


def test_warnings_come_first_not_after_the_report() -> None:
    """QA pass 12: "the sources were published 5723 days apart" sat at the
    end of a 1,618-line report; an editor reads the top."""
    spread = "the sources were published 930 days apart (A on 2021-09-01, B on 2024-03-19)"
    note = "AP and HERALD are copies of one story (each shares ...)"
    text = render_markdown(_pair_report([["AP", "HERALD"]], [spread, note]))
    assert text.index("**Warnings**") < text.index("## Divergent claims")
    assert spread in text and "are copies of one story" not in text  # the list says it
    assert "Warnings:" not in text[text.index("## Model and settings") :]


def test_sources_that_share_few_claims_fall_into_groups() -> None:
    """QA pass 12: a folder of two events a week apart gave pairs across them
    ("magnitude 8.0" vs "7.6" as a divergence) with no warning at all."""
    from claimcheck.extract import extract_slots
    from claimcheck.records import Claim, Judgement, Label, Sentence

    def claims(sid: str, n: int) -> list[Claim]:
        return [Claim(Sentence(sid, i, 0, 4, "text"), extract_slots("text")) for i in range(n)]

    every = [c for sid in ("A", "B", "C", "D") for c in claims(sid, 10)]
    sources = [_source(sid, WIRE) for sid in ("A", "B", "C", "D")]

    def pairs(*links: tuple[str, str, int]) -> list[Judgement]:
        return [
            Judgement(f"{a}#{i}", f"{b}#{i}", Label.CORROBORATED, None, 0.8, 0.8, "no_conflict")
            for a, b, n in links
            for i in range(n)
        ]

    # A-B and C-D share many claims, A-C one: two events.
    split = pairs(("A", "B", 5), ("C", "D", 4), ("A", "C", 1))
    assert api.event_groups(sources, every, split) == [["A", "B"], ["C", "D"]]
    # Joined through B-C at two claims of ten: one group.
    joined = split + pairs(("B", "C", 2))
    assert api.event_groups(sources, every, joined) == [["A", "B", "C", "D"]]
    note = api._events_note([["A", "B"], ["C", "D"]])
    assert note.startswith(
        "the sources fall into 2 groups that share few claims (A and B; C and D)"
    )


@pytest.mark.slow
def test_two_events_in_one_run_are_said_and_one_event_is_not() -> None:
    from pathlib import Path

    dev = Path(__file__).resolve().parents[1] / ".." / "shared" / "eval" / "dev" / "cases"
    if not dev.is_dir():
        pytest.skip("needs ../shared/eval")
    eruption = sorted((dev / "dev01-reykjanes-eruption" / "sources").glob("*.txt"))
    recall = sorted((dev / "dev05-tesla-autopilot-recall" / "sources").glob("*.txt"))
    mixed = api.compare([*eruption, *recall])
    assert mixed.settings["event_groups"] == [[p.stem for p in eruption], [p.stem for p in recall]]
    assert any("fall into 2 groups" in w for w in mixed.settings["warnings"])
    one = api.compare(eruption)
    assert "event_groups" not in one.settings


def test_a_run_of_many_events_names_a_few_groups_and_counts_the_rest() -> None:
    note = api._events_note([[f"S{i}"] for i in range(40)])
    assert "(S0; S1; S2; S3; S4; 35 more groups)" in note


def test_a_source_in_another_writing_system_is_named_not_called_noise() -> None:
    """QA pass 18: a Japanese or Chinese article was dropped line by line as
    navigation ("no article sentence left after removing page noise"), and a
    Russian or Arabic one drew no language warning, only "different events"."""
    from claimcheck import lexical

    assert (
        lexical.script_of("地震は月曜日の夜に発生し、町の住民は避難した。") == "Chinese or Japanese"
    )
    assert lexical.script_of("Извержение началось в понедельник вечером.") == "Cyrillic"
    assert lexical.script_of("بدأ الثوران مساء الاثنين قرب البلدة.") == "Arabic"
    assert lexical.script_of("Das Vulkan brach am Montag aus, sagte Reykjavík.") == ""
    assert lexical.script_of("") == ""
    japanese = _source("JA", ["地震は月曜日の夜に発生し、町の住民約3700人が避難した。"] * 3)
    _, claims, _, warnings = api.prepare_claims([japanese], settings=Settings())
    assert claims == () and "the text is in Chinese or Japanese script" in warnings[0]
    russian = [
        "Извержение вулкана началось в понедельник вечером недалеко от города Гриндавик.",
        "Около 3700 жителей города были эвакуированы ещё в ноябре прошлого года.",
        "Лава текла на северо-восток, в сторону от города, сообщили учёные.",
    ]
    sources = (_source("WIRE", WIRE), _source("RU", russian))
    kept, claims, _, _ = api.prepare_claims(sources, settings=Settings())
    note = api._source_languages(kept, claims)
    assert note is not None and "Cyrillic script: RU" in note
