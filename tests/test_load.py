import datetime as dt
import re
from pathlib import Path

import pytest

from claimcheck.errors import SourceLoadError, UsageError
from claimcheck.load import load_source, load_sources, parse_assignments, parse_iso_date

ARTICLE = (
    "Headline here\nPublished: 2021-09-12\nOutlet: DW\nFirst line of the body.\nSecond line.\n"
)


def write(tmp_path, name, content, mode="w"):
    path = tmp_path / name
    if mode == "wb":
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def test_load_source_reads_header_block(tmp_path):
    src = load_source(write(tmp_path, "DW.txt", ARTICLE))
    assert src.id == "DW"
    assert src.title == "Headline here"
    assert src.outlet == "DW"
    assert src.published == dt.date(2021, 9, 12)
    assert src.text[src.body_start :].startswith("First line")


def test_load_source_without_header_has_body_at_zero_and_unknown_date(tmp_path):
    src = load_source(write(tmp_path, "raw.txt", "Just a body line.\nAnother one.\n"))
    assert src.body_start == 0
    assert src.published is None
    assert src.outlet == "raw"


def test_published_override_wins_over_file(tmp_path):
    src = load_source(write(tmp_path, "DW.txt", ARTICLE), published=dt.date(2020, 1, 2))
    assert src.published == dt.date(2020, 1, 2)


def test_text_is_kept_byte_for_byte_so_offsets_hold(tmp_path):
    content = "T\nPublished: 2021-01-01\n  indented line, “quotes” — dash\n\nlast"
    src = load_source(write(tmp_path, "a.txt", content))
    assert src.text == content


def test_non_utf8_text_is_decoded_with_a_note(tmp_path):
    data = (
        "Caf\u00e9 owners said prices rose \u201cfast\u201d in the region today.\n".encode("cp1252")
        * 5
    )
    src = load_source(write(tmp_path, "legacy.txt", data, mode="wb"))
    assert "Café" in src.text
    assert any("not valid UTF-8" in n for n in src.notes)


def test_utf8_bom_is_dropped(tmp_path):
    src = load_source(write(tmp_path, "bom.txt", b"\xef\xbb\xbfHello world.\n", mode="wb"))
    assert src.text.startswith("Hello")


@pytest.mark.parametrize(
    ("name", "content", "mode", "message"),
    [
        ("empty.txt", "", "w", "is empty"),
        ("blank.txt", "   \n\t\n", "w", "is empty"),
        ("fake.txt", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj", "wb", "binary"),
        ("nul.txt", b"abc\x00def", "wb", "binary"),
        ("header_only.txt", "Title\nPublished: 2021-01-01\n", "w", "no article text"),
    ],
)
def test_bad_files_raise_source_load_error_naming_the_file(tmp_path, name, content, mode, message):
    path = write(tmp_path, name, content, mode=mode)
    with pytest.raises(SourceLoadError, match=message) as info:
        load_source(path)
    assert name in str(info.value)


def test_missing_file_and_directory_are_named(tmp_path):
    with pytest.raises(SourceLoadError, match="no such file"):
        load_source(tmp_path / "nope.txt")
    with pytest.raises(SourceLoadError, match="is a directory"):
        load_source(tmp_path)


def test_huge_file_is_cut_at_a_line_boundary_with_a_note(tmp_path):
    path = write(tmp_path, "big.txt", "A sentence that repeats itself here.\n" * 1000)
    src = load_source(path, max_chars=1000)
    assert len(src.text) <= 1000
    assert src.text.endswith("here.")
    assert any("larger than" in n for n in src.notes)


def test_bad_published_line_leaves_date_unknown_with_a_note(tmp_path):
    src = load_source(write(tmp_path, "a.txt", "T\nPublished: yesterday\nBody text here.\n"))
    assert src.published is None
    assert src.notes


@pytest.mark.parametrize(
    "header",
    ["Published: 0001-01-01", "Published: 9999-12-31", "---\ndate: 0001-01-01T00:00:00Z\n---"],
)
def test_a_placeholder_publication_date_is_unknown_with_a_note(tmp_path, header):
    # Site generators write Go's zero time for "no date"; resolving "tomorrow"
    # against it ran off the calendar (QA pass 9: OverflowError traceback).
    src = load_source(write(tmp_path, "a.md", f"{header}\nThe council will meet tomorrow.\n"))
    assert src.published is None
    assert any("outside 1900-2100" in n for n in src.notes)


def test_load_sources_rejects_same_file_twice_and_same_stem(tmp_path):
    a = write(tmp_path, "a.txt", ARTICLE)
    (tmp_path / "sub").mkdir()
    a2 = write(tmp_path / "sub", "a.txt", ARTICLE)
    with pytest.raises(UsageError, match="given twice"):
        load_sources([a, a])
    # A link in a folder to a file beside it: both names in the message (QA pass 10).
    (tmp_path / "folder").mkdir()
    b = write(tmp_path / "folder", "b.txt", ARTICLE)
    (tmp_path / "folder" / "c.txt").symlink_to(b)
    with pytest.raises(UsageError, match=r"c\.txt: the same file as .*b\.txt \(a link"):
        load_sources([tmp_path / "folder"])
    # Named in the order given (QA pass 19: the second came first).
    with pytest.raises(UsageError, match=f"^{re.escape(str(a))} and .*sub.a\\.txt have the same"):
        load_sources([a, a2])


def test_load_sources_rejects_overrides_for_unknown_ids(tmp_path):
    a = write(tmp_path, "a.txt", ARTICLE)
    b = write(tmp_path, "b.txt", ARTICLE)
    with pytest.raises(UsageError, match="unknown source 'c'"):
        load_sources([a, b], published={"c": dt.date(2020, 1, 1)})


@pytest.mark.parametrize("value", ["2021-13-01", "12/09/2021", "", "2021-9-1"])
def test_parse_iso_date_rejects_bad_dates(value):
    with pytest.raises(UsageError):
        parse_iso_date(value, what="--published DW")


@pytest.mark.parametrize(
    "value", ["2021-09-12T10:00", "2021-09-12T10:00:30Z", "2021-09-12 10:00+02:00"]
)
def test_parse_iso_date_takes_the_day_of_a_timestamp(value):
    assert parse_iso_date(value, what="--published DW") == dt.date(2021, 9, 12)


def test_a_date_assignment_splits_at_the_last_equals_sign():
    # QA pass 9: a source "a=b.txt" could not be given --published.
    assert parse_assignments(
        ["a=b=2021-01-05"], option="--published", value_has_no_equals=True
    ) == {"a=b": "2021-01-05"}
    assert parse_assignments(["DW=Deutsche=Welle"], option="--name") == {"DW": "Deutsche=Welle"}


def test_parse_assignments_needs_key_and_value():
    assert parse_assignments(["DW=2021-09-12"], option="--published") == {"DW": "2021-09-12"}
    # The same id twice: the same value is harmless, two values are an error.
    assert parse_assignments(["DW=x", "DW=x"], option="--name") == {"DW": "x"}
    with pytest.raises(UsageError, match="gives 'DW' twice"):
        parse_assignments(["DW=x", "DW=y"], option="--name")
    with pytest.raises(UsageError, match="ID=VALUE"):
        parse_assignments(["DW"], option="--published")


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "\nFlood hits town\nPublished: 2024-05-02\n\nThe river burst its banks on Tuesday night.\n",
            "Flood hits town",
        ),
        (
            "Flood hits town\n\nPublished: 2024-05-02\n\nThe river burst its banks on Tuesday night.\n",
            "Flood hits town",
        ),
        ("Published: 2024-05-02\n\nThe river burst its banks on Tuesday night.\n", ""),
    ],
)
def test_published_line_of_loosely_pasted_copy_is_read(tmp_path, text, title):
    # Found by QA: these lines were dropped as page noise, the date lost.
    src = load_source(write(tmp_path, "a.txt", text))
    assert (src.title, src.published) == (title, dt.date(2024, 5, 2))
    assert src.text[src.body_start :].lstrip().startswith("The river burst")


BODY = "\nSeven workers were killed at the plant early Tuesday, officials said.\n"


@pytest.mark.parametrize(
    "lines",
    [
        "Updated: 2024-03-14\nPublished: 2024-03-13",
        "Published: 2024-03-13\nUpdated: 2024-03-14",
        "By Jane Doe\nPublished: 2024-03-13",
        "EXCLUSIVE\n\nBy Jane Doe and John Roe\nLast updated: 2024-03-14\nPublished: 2024-03-13",
    ],
)
def test_byline_or_updated_line_before_published_keeps_title_and_date(tmp_path, lines):
    # Found by QA: the headline was dropped as navigation and the Published
    # line as a dateline, and the run warned of no publication date.
    src = load_source(write(tmp_path, "a.txt", f"Plant blast\n{lines}\n{BODY}"))
    assert (src.title, src.published) == ("Plant blast", dt.date(2024, 3, 13))
    assert src.text[src.body_start :].lstrip().startswith("Seven workers")


@pytest.mark.parametrize(
    "lines",
    [
        # A sentence is body, not a byline: the date is not looked for past it.
        "Seven workers died in the blast.\nPublished: 2024-03-13",
        # More lines than a header has before its date.
        "Home\nNews\nWorld\nBusiness\nPublished: 2024-03-13",
        # Past a byline only a date makes a header.
        "By Jane Doe\nSource: AP",
    ],
)
def test_lines_before_metadata_that_are_no_header_leave_the_text_as_body(tmp_path, lines):
    src = load_source(write(tmp_path, "a.txt", f"Plant blast\n{lines}\n{BODY}"))
    assert (src.title, src.published, src.body_start) == ("", None, 0)


def test_an_updated_date_alone_is_no_publication_date(tmp_path):
    src = load_source(write(tmp_path, "a.txt", f"Plant blast\nUpdated: 2024-03-14\n{BODY}"))
    assert (src.title, src.published) == ("Plant blast", None)
    assert src.text[src.body_start :].lstrip().startswith("Seven workers")


@pytest.mark.parametrize("name", ["draft.md", "draft.txt"])
def test_yaml_front_matter_gives_title_date_and_outlet(tmp_path, name):
    # Found by QA: a CMS export's front matter lost its date, and its "title:"
    # line was checked as a claim.
    text = (
        '---\ntitle: "Protesters storm Kenya\'s parliament"\ndate: 2024-06-26T09:30:00Z\n'
        "author: Jane Doe\npublisher: Nairobi Wire\ntags: [kenya, protests]\n---\n\n"
        "Protesters forced their way into the parliament on Tuesday.\n"
    )
    src = load_source(write(tmp_path, name, text))
    assert (src.title, src.published, src.outlet) == (
        "Protesters storm Kenya's parliament",
        dt.date(2024, 6, 26),
        "Nairobi Wire",
    )
    assert (
        src.text[src.body_start :].strip()
        == "Protesters forced their way into the parliament on Tuesday."
    )
    # An opening "---" with no closing one is no front matter.
    src = load_source(
        write(tmp_path, name, "---\nProtesters forced their way into the parliament on Tuesday.\n")
    )
    assert src.published is None and src.body_start == 0


@pytest.mark.parametrize(
    ("written", "day"),
    [
        ("March 19, 2024", dt.date(2024, 3, 19)),
        ("19 March 2024", dt.date(2024, 3, 19)),
        ("Tue, 19 Mar 2024 10:15 GMT", dt.date(2024, 3, 19)),
        ("Sept. 12, 2021", dt.date(2021, 9, 12)),
        ("2024/03/19", dt.date(2024, 3, 19)),
        ("03/04/2024", None),  # March 4 or 3 April: not read
    ],
)
def test_a_header_date_written_out_is_read(tmp_path, written, day):
    """QA pass 5: "date: March 19, 2024" in front matter was not read."""
    src = load_source(
        write(
            tmp_path,
            "a.md",
            f"---\ntitle: Rates rise\ndate: {written}\n---\n\nThe bank raised rates.\n",
        )
    )
    assert src.published == day
    assert bool(src.notes) == (day is None)  # "cannot read date" only when it cannot
    src = load_source(
        write(tmp_path, "b.txt", f"Rates rise\nPublished: {written}\n\nThe bank raised rates.\n")
    )
    assert src.published == day


def test_html_source_uses_main_text(tmp_path):
    body = "".join(
        f"<p>Paragraph number {i} says the council approved the budget on Monday.</p>"
        for i in range(8)
    )
    html = f"<html><head><title>Budget passes</title></head><body><nav>Home | News</nav><article>{body}</article></body></html>"
    src = load_source(write(tmp_path, "page.html", html))
    assert "council approved the budget" in src.text
    assert "Home | News" not in src.text


def test_html_line_break_inside_a_sentence_does_not_cut_it(tmp_path):
    body = (
        "<p>The river burst its banks on Tuesday night,<br>flooding more than 200 homes, the mayor said.</p>"
        "<p>Crews moved 1,500 residents<br />\n to schools in Kyiv,<BR>Ukraine, overnight.</p>"
        "<p>Photo: AFP<br>The water peaked at 4.2 metres on Wednesday, officials said.</p>"
        "<p>Officials said the clean-up will take weeks.<br><br>roads stay closed until further notice today.</p>"
    )
    html = f"<html><head><title>Flood</title></head><body><article>{body}</article></body></html>"
    lines = load_source(write(tmp_path, "page.html", html)).text.splitlines()
    assert (
        "The river burst its banks on Tuesday night, flooding more than 200 homes, the mayor said."
        in lines
    )
    assert "Crews moved 1,500 residents to schools in Kyiv, Ukraine, overnight." in lines
    # A break between a word and a capital, or two breaks, still separate lines.
    assert "Photo: AFP" in lines
    assert "The water peaked at 4.2 metres on Wednesday, officials said." in lines
    assert "roads stay closed until further notice today." in lines


def test_html_without_article_body_is_an_error(tmp_path):
    with pytest.raises(SourceLoadError, match="no article text"):
        load_source(write(tmp_path, "empty.html", "<html><body><nav>Home</nav></body></html>"))


# --- encodings, offsets and cut pages (QA bugs) -----------------------------------------

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def as_read(path: Path, encoding: str) -> str:
    """The text offsets index, decoded as load.py's docstring says: Python's text mode in
    the reported encoding (UTF-8 with any BOM dropped), invalid bytes as U+FFFD."""
    codec = "utf-8-sig" if encoding == "utf-8" else encoding
    with path.open(encoding=codec, errors="replace") as fh:
        return fh.read()


@pytest.mark.parametrize(
    ("codec", "bom", "order"),
    [
        ("utf-16-le", b"\xff\xfe", "little-endian"),
        ("utf-16-be", b"\xfe\xff", "big-endian"),
        ("utf-32-le", b"\xff\xfe\x00\x00", "little-endian"),
    ],
)
def test_utf16_and_utf32_with_a_bom_are_decoded_with_a_note(tmp_path, codec, bom, order):
    article = (SEEDS / "RFERL.txt").read_text(encoding="utf-8").replace("\n", "\r\n")
    path = write(tmp_path, "wide.txt", bom + article.encode(codec), mode="wb")
    src = load_source(path)
    family = codec[:6]
    assert src.encoding == family
    assert src.text == as_read(path, src.encoding) == article.replace("\r\n", "\n")
    assert src.published == dt.date(2021, 9, 1)
    assert src.title.startswith("Lukashenka Says")
    note = f"{path} is not UTF-8; decoded as {family} ({order}, from its byte-order mark)"
    assert src.notes == (note,)


def test_a_cut_utf16_file_reads_as_a_prefix_at_a_line_boundary(tmp_path):
    text = "Title\nPublished: 2021-09-12\n" + "Пример строки, которая повторяется здесь.\n" * 400
    path = write(tmp_path, "wide.txt", text.encode("utf-16"), mode="wb")
    src = load_source(path, max_chars=5001)  # odd: the read ends inside a UTF-16 code unit
    assert src.encoding == "utf-16"
    assert text.startswith(src.text)
    assert src.text.endswith("здесь.")
    assert "\ufffd" not in src.text
    assert any("larger than 5,001 bytes" in n for n in src.notes)


def test_utf16_html_page_is_decoded(tmp_path):
    body = "".join(
        f"<p>Paragraph number {i} says the council approved the budget on Monday.</p>"
        for i in range(8)
    )
    html = f"<html><head><title>Budget passes</title></head><body><article>{body}</article></body></html>"
    src = load_source(write(tmp_path, "page.html", html.encode("utf-16"), mode="wb"))
    assert "council approved the budget" in src.text
    assert src.encoding == "utf-16"


def _with_stray_bytes(data: bytes, count: int) -> bytes:
    """``data`` with ``count`` lone b"\\xe9" bytes put after sentence ends."""
    pos = 0
    for _ in range(count):
        pos = data.index(b". ", pos + 1) + 2
        data = data[:pos] + b"\xe9" + data[pos:]
    return data


@pytest.mark.parametrize("count", [1, 3])
def test_utf8_with_a_few_stray_bytes_stays_utf8_with_replacements(tmp_path, count):
    data = (SEEDS / "DW.txt").read_bytes()
    path = write(tmp_path, "DW.txt", _with_stray_bytes(data, count), mode="wb")
    src = load_source(path)
    assert src.encoding == "utf-8"
    assert "$1 billion (\u20ac850 million)" in src.text
    assert "\u00c3" not in src.text and "\u00e2\u20ac" not in src.text  # no mojibake
    assert src.text.count("\ufffd") == count
    assert src.text == as_read(path, src.encoding)
    what = "1 invalid byte" if count == 1 else f"{count} invalid bytes"
    assert src.notes == (
        f"{path} is not valid UTF-8; decoded as utf-8 with {what} replaced by U+FFFD",
    )


def test_utf8_stray_bytes_keep_crlf_and_bom_handling(tmp_path):
    data = b"\xef\xbb\xbf" + (SEEDS / "DW.txt").read_bytes().replace(b"\n", b"\r\n")
    path = write(tmp_path, "DW.txt", _with_stray_bytes(data, 1), mode="wb")
    src = load_source(path)
    assert src.encoding == "utf-8"
    assert src.text == as_read(path, src.encoding)
    assert "\r" not in src.text and not src.text.startswith("\ufeff")
    assert src.published == dt.date(2021, 9, 12)


def test_load_notes_name_the_path_as_given(tmp_path, monkeypatch):
    # Found by QA: "legacy.txt is not UTF-8" named the file alone, while the
    # run's other warnings give the path ("wires/legacy.txt: no publication date").
    monkeypatch.chdir(tmp_path)
    (tmp_path / "wires").mkdir()
    legacy = Path("wires") / "legacy.txt"
    legacy.write_bytes("Caf\u00e9 prices rose\nPublished: soon\n\nBody.\n".encode("cp1252"))
    wide = Path("wires") / "wide.txt"
    wide.write_bytes("Body of the article.\n".encode("utf-16"))
    assert load_source(legacy).notes == (
        "wires/legacy.txt is not valid UTF-8; decoded as cp1252",
        "wires/legacy.txt: cannot read date 'soon'; relative dates stay unresolved",
    )
    assert load_source(wide).notes[0].startswith("wires/wide.txt is not UTF-8; decoded as utf-16")
    assert load_source(legacy, max_chars=30).notes[0].startswith("wires/legacy.txt is larger than")


def test_cp1252_with_a_chance_utf8_sequence_still_reads_as_cp1252(tmp_path):
    # "Ã©" in cp1252 is the bytes of a valid UTF-8 "é"; every other accent is an invalid byte.
    text = (
        "Caf\u00e9 owners in Z\u00fcrich and Qu\u00e9bec said prices rose \u201cfast\u201d (\u00c3\u00a9).\n"
        * 3
    )
    path = write(tmp_path, "legacy.txt", text.encode("cp1252"), mode="wb")
    src = load_source(path)
    assert src.encoding == "cp1252"
    assert src.text == text
    assert src.notes == (f"{path} is not valid UTF-8; decoded as cp1252",)


def test_latin1_text_without_utf8_sequences_reads_as_cp1252(tmp_path):
    # One stray-looking byte and no valid multi-byte sequence: a legacy file, not broken UTF-8.
    path = write(
        tmp_path,
        "legacy.txt",
        "The caf\u00e9 opened on Monday in the old town.\n".encode("latin-1"),
        mode="wb",
    )
    src = load_source(path)
    assert src.encoding == "cp1252"
    assert "caf\u00e9" in src.text


def _padded_page(pad_bytes: int) -> str:
    """An article page whose article starts after ``pad_bytes`` of scripts."""
    body = "".join(
        f"<p>Paragraph {i} says the council approved the budget on Monday.</p>" for i in range(8)
    )
    script = "<script>var filler = '" + "x" * 200 + "';</script>\n"
    scripts = script * (pad_bytes // len(script) + 1)
    return f"<html><head><title>Budget</title>{scripts}</head><body><article>{body}</article></body></html>"


def test_html_cut_before_its_article_says_it_was_cut(tmp_path):
    path = write(tmp_path, "long.html", _padded_page(30_000))
    with pytest.raises(SourceLoadError) as info:
        load_source(path, max_chars=2_000)  # HTML: 20,000 bytes
    message = str(info.value)
    assert message.startswith(f"{path}: no article text found in the first 20,000 bytes")
    assert "cut at the size limit" in message and "max_chars" in message and ".txt" in message
    assert "\n" not in message
    # Within the limit the same page loads.
    assert "council approved" in load_source(path, max_chars=4_000).text
    # A page cut after its article loads, with the size warning.
    tail = write(tmp_path, "tail.html", _padded_page(0) + " " * 30_000)
    assert "larger than" in load_source(tail, max_chars=2_000).notes[0]


def test_cli_html_cut_error_is_one_line_exit_2(tmp_path):
    from typer.testing import CliRunner

    from claimcheck.cli import app

    page = write(tmp_path, "long.html", _padded_page(2_100_000))  # the HTML limit is 2 MB
    other = write(tmp_path, "b.txt", ARTICLE)
    result = CliRunner().invoke(app, ["compare", str(page), str(other), "-q"])
    assert result.exit_code == 2
    lines = [ln for ln in result.output.splitlines() if ln.strip()]
    assert len(lines) == 1
    assert "long.html" in lines[0] and "cut at the size limit" in lines[0]
    assert "Traceback" not in result.output


LINE_ENDINGS = {
    "lf": (b"", b"\n"),
    "crlf": (b"", b"\r\n"),
    "cr": (b"", b"\r"),
    "bom-lf": (b"\xef\xbb\xbf", b"\n"),
    "bom-crlf": (b"\xef\xbb\xbf", b"\r\n"),
}


def _seed_variant(folder: Path, bom: bytes, newline: bytes) -> list[Path]:
    """Both seeds, written with ``bom`` and ``newline``, under their own names in ``folder``."""
    folder.mkdir()
    paths = []
    for seed in ("RFERL.txt", "DW.txt"):
        target = folder / seed
        target.write_bytes(bom + (SEEDS / seed).read_bytes().replace(b"\n", newline))
        paths.append(target)
    return paths


@pytest.mark.parametrize("variant", list(LINE_ENDINGS))
def test_sources_read_the_same_whatever_the_line_endings_and_bom(tmp_path, variant):
    bom, newline = LINE_ENDINGS[variant]
    for path in _seed_variant(tmp_path / variant, bom, newline):
        src = load_source(path)
        assert (
            src.text
            == as_read(path, src.encoding)
            == (SEEDS / path.name).read_text(encoding="utf-8")
        )
        assert src.notes == ()


@pytest.mark.slow
def test_compare_offsets_slice_the_documented_text_for_any_line_endings(tmp_path, embedder):
    """JSON start/end index the file as load.py documents (text mode, BOM dropped),
    for claims and dropped spans alike, and line endings change no claim or pair."""
    from claimcheck.api import compare
    from claimcheck.render.tabular import report_to_dict

    results = {}
    variants = {**LINE_ENDINGS, "utf-16": None}
    for variant, spec in variants.items():
        if spec is None:
            folder = tmp_path / variant
            folder.mkdir()
            paths = []
            for seed in ("RFERL.txt", "DW.txt"):
                text = (SEEDS / seed).read_text(encoding="utf-8").replace("\n", "\r\n")
                (folder / seed).write_bytes(text.encode("utf-16"))
                paths.append(folder / seed)
        else:
            paths = _seed_variant(tmp_path / variant, *spec)
        data = report_to_dict(compare(paths, embedder=embedder))
        texts = {
            s["id"]: as_read(next(p for p in paths if p.stem == s["id"]), s["encoding"])
            for s in data["sources"]
        }
        assert data["claims"] and data["dropped"]
        for claim in data["claims"]:
            assert texts[claim["source"]][claim["start"] : claim["end"]] == claim["text"]
            assert "\r" not in claim["text"]
        for span in data["dropped"]:
            assert 0 <= span["start"] < span["end"] <= len(texts[span["source"]])
            assert texts[span["source"]][span["start"] : span["end"]].strip()
        results[variant] = (
            [(c["id"], c["text"], c["start"], c["end"]) for c in data["claims"]],
            [(p["a"], p["b"], p["label"], p["kind"]) for p in data["pairs"]],
            data["single_source"],
            [(d["source"], d["start"], d["end"], d["reason"]) for d in data["dropped"]],
        )
    assert results["lf"][1], "the seeds pair up"
    for variant, result in results.items():
        assert result == results["lf"], variant


def test_markdown_headline_and_block_marks_are_no_part_of_the_text(tmp_path):
    from claimcheck.clean import clean_source

    path = tmp_path / "story.md"
    text = (
        "# Council approves budget\n\n"
        "- The council approved a $5 million budget on Monday, officials said.\n"
        "> Zapad involves 200,000 military personnel, the ministry said.\n"
        "## What comes next\n"
    )
    path.write_text(text, encoding="utf-8")
    source = load_source(path)
    assert source.title == "Council approves budget"
    assert source.text[source.body_start :].lstrip().startswith("- The council")
    kept, _dropped = clean_source(source)
    lines = [source.text[s:e] for s, e in kept]
    assert lines[:2] == [
        "The council approved a $5 million budget on Monday, officials said.",
        "Zapad involves 200,000 military personnel, the ministry said.",
    ]
    # With an eval-format header, the heading marks leave the headline too.
    path.write_text(
        "# Council approves budget\nPublished: 2024-03-19\n\n- The council met.\n", encoding="utf-8"
    )
    assert load_source(path).title == "Council approves budget"
    # A .txt file keeps its text as written.
    plain = tmp_path / "story.txt"
    plain.write_text(
        "# Not a heading\n- A line that starts with a dash stays as written here.\n",
        encoding="utf-8",
    )
    source = load_source(plain)
    kept, _dropped = clean_source(source)
    assert any(source.text[s:e].startswith("- A line") for s, e in kept)


def test_a_source_emptied_by_the_size_cut_says_so(tmp_path):
    # Found by QA: a tiny max_chars gave only "no article sentence left after removing page noise".
    from claimcheck import api
    from claimcheck.settings import Settings

    text = (
        "Flood hits town\nPublished: 2024-05-02\n\n"
        + "The river burst its banks on Tuesday night, the mayor said.\n" * 3
    )
    path = write(tmp_path, "a.txt", text)
    with pytest.raises(
        SourceLoadError, match="first 40 bytes, where the size limit cut it; raise max_chars"
    ):
        load_source(path, max_chars=40)
    path.write_text(
        "Flood hits town\nPublished: 2024-05-02\n\nMenu\nHome\n" + text[38:], encoding="utf-8"
    )
    src = load_source(path, max_chars=60)
    kept, _claims, _dropped, warnings = api.prepare_claims([src], settings=Settings())
    assert kept == () and len(warnings) == 1
    assert "no article sentence left" in warnings[0] and "raise max_chars" in warnings[0]
    # Not "skipped": the report still lists the source, with no claims (QA pass 10).
    assert warnings[0].endswith("; it is listed with no claims")


def test_a_folder_lists_its_files_in_name_order_whatever_the_case(tmp_path):
    """ "explainer" sorted after "RFERL" (upper case first) in the source table (QA pass 5)."""
    from claimcheck.load import expand_sources

    for name in ("RFERL.txt", "explainer.md", "DW.txt", "b.html"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    assert [p.name for p in expand_sources([tmp_path])] == [
        "b.html",
        "DW.txt",
        "explainer.md",
        "RFERL.txt",
    ]


# --- HTML metadata: date, outlet, script-built pages, JSON text (QA pass) ---------------

PARAS = (
    "The city council approved a $5 million budget on Monday after a long debate.",
    "The mayor said the plan would pay for 200 new teachers and repair roads.",
    "Opposition members voted against it, saying taxes would rise next year.",
)
HEADLINE = "Council approves a $5 million budget after a long debate"
COMMENTS = (
    '<section id="comments" class="comments-area"><div class="comment">'
    "<p>Posted by Joe on December 20, 2023</p><p>Great reporting, thanks for writing this up.</p></div></section>"
)


def html_page(head="", *, title=HEADLINE, before="", after=""):
    """An article page: ``head`` goes into <head>, ``before`` opens the article, ``after`` follows it."""
    body = "".join(f"<p>{p}</p>" for p in PARAS)
    return (
        f"<html><head><title>{title}</title>{head}</head>"
        f"<body><article><h1>{HEADLINE}</h1>{before}{body}</article>{after}</body></html>"
    )


def json_ld(data):
    import json

    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def test_html_date_is_never_a_reader_comments_date(tmp_path):
    # Found by QA: a page without an article date took a reader comment's date.
    src = load_source(write(tmp_path, "page.html", html_page(after=COMMENTS)))
    assert src.published is None
    # A comment's date in markup (<time>) is found, and said to be a comment's.
    marked = COMMENTS.replace(
        "on December 20, 2023", 'on <time datetime="2023-12-20">December 20, 2023</time>'
    )
    src = load_source(write(tmp_path, "page.html", html_page(after=marked)))
    assert src.published is None
    assert src.notes == (
        f"{tmp_path / 'page.html'}: the only date found (2023-12-20) is in the page's comments; the publication date is unknown",
    )
    # A date in the article itself still counts, comments or not.
    dated = html_page(
        before='<p>By Jane Doe, <time datetime="2023-11-05">November 5, 2023</time></p>',
        after=COMMENTS,
    )
    src = load_source(write(tmp_path, "dated.html", dated))
    assert (src.published, src.notes) == (dt.date(2023, 11, 5), ())
    # A "commentary" is an article, not a comments section.
    opinion = dated.replace("<article>", '<article class="commentary">').replace(
        "2023-11-05", "2023-11-06"
    )
    assert load_source(write(tmp_path, "opinion.html", opinion)).published == dt.date(2023, 11, 6)


@pytest.mark.parametrize(
    "data",
    [
        # Found by QA: the WebPage entry of a @graph gave its date, not the NewsArticle.
        {
            "@context": "https://schema.org",
            "@graph": [
                {"@type": "WebPage", "datePublished": "2023-01-01"},
                {
                    "@type": "NewsArticle",
                    "datePublished": "2023-12-14T10:00:00Z",
                    "headline": HEADLINE,
                },
            ],
        },
        [
            {"@type": "WebPage", "datePublished": "2023-01-01"},
            {"@type": ["ReportageNewsArticle", "Thing"], "datePublished": "2023-12-14"},
        ],
        {
            "@graph": [
                {"@type": "WebPage", "datePublished": "2023-01-01"},
                {"@type": "schema:BlogPosting", "dateCreated": "2023-12-14T23:00:00-05:00"},
            ]
        },
    ],
    ids=["graph", "top-level-list", "date-created"],
)
def test_html_date_is_the_json_ld_articles(tmp_path, data):
    src = load_source(
        write(tmp_path, "page.html", html_page(json_ld(data) + COMMENTS.replace("section", "div")))
    )
    assert (src.published, src.notes) == (dt.date(2023, 12, 14), ())


def test_html_dates_that_disagree_use_the_json_ld_articles_with_a_note(tmp_path):
    # Found by QA: og's article:published_time won over the JSON-LD NewsArticle, silently.
    head = '<meta property="article:published_time" content="2023-11-02T08:00:00Z">' + json_ld(
        {"@type": "NewsArticle", "datePublished": "2023-12-14T09:00:00Z"}
    )
    path = write(tmp_path, "page.html", html_page(head))
    src = load_source(path)
    assert src.published == dt.date(2023, 12, 14)
    assert src.notes == (
        f"{path}: the page gives different publication dates (JSON-LD datePublished 2023-12-14, "
        "meta article:published_time 2023-11-02); using 2023-12-14 (JSON-LD datePublished)",
    )
    # Given --published, the page's dates are moot.
    assert load_source(path, published=dt.date(2023, 12, 1)).notes == ()


@pytest.mark.parametrize(
    "meta",
    [
        '<meta property="article:published_time" content="2023-12-14T08:00:00+01:00">',
        '<meta name="pubdate" content="2023-12-14">',
        '<meta name="publishdate" content="20231214">',
        '<meta name="date" content="2023/12/14">',
        '<meta name="dc.date" content="2023-12-14">',
        '<meta name="DC.date.issued" content="2023-12-14">',
        '<meta name="sailthru.date" content="2023-12-14 08:00:00">',
        '<meta name="parsely-pub-date" content="2023-12-14T08:00:00Z">',
        '<meta itemprop="datePublished" content="2023-12-14">',
    ],
)
def test_html_date_meta_tags_come_before_other_json_ld(tmp_path, meta):
    head = meta + json_ld({"@type": "WebPage", "datePublished": "2023-01-01"})
    src = load_source(write(tmp_path, "page.html", html_page(head, after=COMMENTS)))
    assert (src.published, src.notes) == (dt.date(2023, 12, 14), ())


def test_html_date_meta_tags_in_their_order_and_not_in_comments(tmp_path):
    head = (
        '<meta name="pubdate" content="2023-12-14"><meta name="sailthru.date" content="2023-12-13">'
    )
    comment = '<div class="comment"><meta itemprop="datePublished" content="2023-12-20"></div>'
    src = load_source(write(tmp_path, "page.html", html_page(head, after=comment)))
    assert src.published == dt.date(2023, 12, 14)
    assert src.notes == (
        f"{tmp_path / 'page.html'}: the page gives different publication dates (meta pubdate 2023-12-14, "
        "meta sailthru.date 2023-12-13); using 2023-12-14 (meta pubdate)",
    )


@pytest.mark.parametrize(
    "scripts",
    [
        '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": </script>',
        '<script type="application/ld+json">[1, "x", null, {"@graph": 5}, {"@type": 7, "datePublished": 3}]</script>',
        '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "not a date",'
        ' "publisher": [], "articleBody": {"a": 1}}</script>',
        '<script type="application/ld+json">' + "[" * 5000 + "]" * 5000 + "</script>",
        '<script type="application/ld+json"></script><script type="application/ld+json">{"@graph": [[[{}]]]}</script>',
    ],
)
def test_html_malformed_json_ld_is_ignored_quietly(tmp_path, scripts):
    valid = json_ld({"@type": "NewsArticle", "datePublished": "2023-12-14"})
    src = load_source(write(tmp_path, "page.html", html_page(scripts + valid)))
    assert (src.published, src.outlet, src.notes) == (dt.date(2023, 12, 14), "page", ())
    assert load_source(write(tmp_path, "bare.html", html_page(scripts))).text.startswith(HEADLINE)


@pytest.mark.parametrize(
    ("title", "outlet"),
    [
        (f"{HEADLINE} | Motor City Times", "Motor City Times"),
        (f"{HEADLINE} \u2014 Gadget Weekly", "Gadget Weekly"),
        (f"{HEADLINE} \u2013 The Daily Planet", "The Daily Planet"),
        (f"{HEADLINE} - Politics | Motor City Times", "Motor City Times"),
        (f"{HEADLINE} - Motor City Times", "Motor City Times"),
        # Not a site name: more than five words, or no shorter than the part before it.
        (f"{HEADLINE} | Read all about it in our daily newsletter", "page"),
        ("Budget - Motor City Times", "page"),
        (HEADLINE, "page"),
    ],
)
def test_html_outlet_from_the_title_suffix(tmp_path, title, outlet):
    # Found by QA: without og:site_name or a JSON-LD publisher, the outlet was the file stem.
    src = load_source(write(tmp_path, "page.html", html_page(title=title)))
    assert src.outlet == outlet
    assert src.title == HEADLINE


@pytest.mark.parametrize(
    ("head", "outlet"),
    [
        (
            '<meta property="og:site_name" content="Motor City Times Online">',
            "Motor City Times Online",
        ),
        (
            json_ld(
                {
                    "@graph": [
                        {
                            "@type": "Organization",
                            "@id": "https://mct.example/#org",
                            "name": "MCT Media",
                        },
                        {"@type": "NewsArticle", "publisher": {"@id": "https://mct.example/#org"}},
                    ]
                }
            )
            + '<meta name="application-name" content="MCT App">',
            "MCT Media",
        ),
        (
            json_ld(
                {
                    "@type": "NewsArticle",
                    "publisher": {"@type": "Organization", "name": "MCT Media"},
                }
            ),
            "MCT Media",
        ),
        ('<meta name="application-name" content="MCT App">', "MCT App"),
    ],
)
def test_html_outlet_metadata_comes_before_the_title_suffix(tmp_path, head, outlet):
    path = write(tmp_path, "page.html", html_page(head, title=f"{HEADLINE} | Motor City Times"))
    assert load_source(path).outlet == outlet
    assert load_source(path, outlet="MCT").outlet == "MCT"  # --name wins


def test_html_page_built_by_javascript_reads_the_json_ld_article_body(tmp_path):
    # Found by QA: the article text was only in the JSON-LD, and loading failed.
    body = "\n\n".join(PARAS[:2]) + "\n" + PARAS[2]
    data = {
        "@type": ["NewsArticle"],
        "headline": HEADLINE,
        "datePublished": "2023-12-14",
        "articleBody": body,
    }
    html = (
        f"<html><head><title>{HEADLINE} | Motor City Times</title>{json_ld(data)}</head>"
        '<body><div id="root"></div><script>renderApp()</script></body></html>'
    )
    src = load_source(write(tmp_path, "app.html", html))
    assert src.text == body
    assert (src.title, src.outlet, src.published) == (
        HEADLINE,
        "Motor City Times",
        dt.date(2023, 12, 14),
    )
    assert src.notes == (
        f"{tmp_path / 'app.html'}: no article text in the page's HTML (built by JavaScript?); "
        "the text is the articleBody of its structured data (JSON-LD)",
    )
    # Without an articleBody it is still no article.
    del data["articleBody"]
    with pytest.raises(SourceLoadError, match="no article text"):
        load_source(
            write(
                tmp_path,
                "bare.html",
                html.replace(json_ld({**data, "articleBody": body}), json_ld(data)),
            )
        )


def test_json_of_an_html_source_holds_the_text_its_offsets_index(tmp_path):
    from claimcheck.records import Report
    from claimcheck.render.tabular import report_to_dict

    html = load_source(write(tmp_path, "page.HTML", html_page()))
    text = load_source(write(tmp_path, "a.txt", ARTICLE))
    report = Report(sources=(html, text), claims=(), pairs=(), single_source=(), dropped=())
    page, plain = report_to_dict(report)["sources"]
    assert page["text"] == html.text and page["text"].startswith(HEADLINE)
    assert "text" not in plain
    assert (
        list(page)[:6] == list(plain) == ["id", "path", "title", "outlet", "published", "encoding"]
    )


@pytest.mark.slow
def test_compare_offsets_of_an_html_source_slice_its_json_text(tmp_path, embedder):
    from claimcheck.api import compare
    from claimcheck.render.tabular import report_to_dict

    page = write(tmp_path, "page.html", html_page(title=f"{HEADLINE} | Motor City Times"))
    other = write(
        tmp_path, "wire.txt", "Budget passes\nPublished: 2023-12-14\n\n" + " ".join(PARAS) + "\n"
    )
    data = report_to_dict(compare([page, other], embedder=embedder))
    texts = {s["id"]: s.get("text") for s in data["sources"]}
    assert texts["wire"] is None and texts["page"]
    page_claims = [c for c in data["claims"] if c["source"] == "page"]
    assert page_claims
    for claim in page_claims:
        assert texts["page"][claim["start"] : claim["end"]] == claim["text"]


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_text(tmp_path, codec):
    # QA pass 9: it was refused as "a binary file (PDF, image or archive?)".
    path = tmp_path / "a.txt"
    path.write_bytes(ARTICLE.encode(codec))
    src = load_source(path)
    assert src.encoding == codec and "no byte-order mark" in " ".join(src.notes)
    assert src.text == path.read_text(encoding=codec).replace("\r\n", "\n")
    binary = tmp_path / "b.txt"
    binary.write_bytes(bytes(range(256)) * 40)
    with pytest.raises(SourceLoadError, match="binary"):
        load_source(binary)


def test_html_a_year_in_the_text_is_no_publication_date(tmp_path):
    """QA pass 14: a page with no date took "resumed in March 2021" as
    published 2021-01-01 (htmldate's extensive search), and every "last
    night" then fell in 2020. A full date in the page's text still counts."""
    year_only = html_page(before="<p>The eruption resumed in March 2021 after 800 years.</p>")
    src = load_source(write(tmp_path, "undated.html", year_only))
    assert src.published is None
    byline = html_page(before="<div class='byline'>By Jane Doe. Published 12 March 2024</div>")
    assert load_source(write(tmp_path, "byline.html", byline)).published == dt.date(2024, 3, 12)


def test_html_title_is_the_articles_headline_not_a_nested_update(tmp_path):
    """QA pass 14: a live blog's title came from a nested liveBlogUpdate."""
    data = {
        "@type": "LiveBlogPosting",
        "headline": "Volcano live: lava flows near the town",
        "datePublished": "2023-12-18",
        "liveBlogUpdate": [{"@type": "BlogPosting", "headline": "Eruption losing strength"}],
    }
    src = load_source(write(tmp_path, "live.html", html_page(json_ld(data), title="Live")))
    assert src.title == "Volcano live: lava flows near the town"


def test_html_footnote_marks_do_not_drop_their_sentence(tmp_path):
    """QA pass 14: "...visitors.<sup><a href="#fn1">1</a></sup>" was read as
    "visitors.1" and the sentence dropped as a related-links line. A
    superscript that is part of a figure stays."""
    marked = html_page(
        before="<p>The 2021 eruption lasted six months and drew 400,000 visitors."
        '<sup><a href="#fn1">1</a></sup></p><p>The lava field covers 4.8 km<sup>2</sup>.</p>'
    )
    src = load_source(write(tmp_path, "notes.html", marked))
    assert "drew 400,000 visitors.\n" in src.text + "\n" and "visitors.1" not in src.text
    assert "4.8 km2" in src.text
