"""Sources that are one story republished (claimcheck.api.shared_copies)."""

from __future__ import annotations

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
    assert note is not None and "WIRE English" in note and "ES Spanish" in note
    kept, claims, _, _ = api.prepare_claims(
        (_source("A", WIRE), _source("B", WIRE)), settings=Settings()
    )
    assert api._source_languages(kept, claims) is None
