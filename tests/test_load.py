import datetime as dt

import pytest

from claimcheck.errors import SourceLoadError, UsageError
from claimcheck.load import load_source, load_sources, parse_assignments, parse_iso_date

ARTICLE = "Headline here\nPublished: 2021-09-12\nOutlet: DW\nFirst line of the body.\nSecond line.\n"


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
    data = "Caf\u00e9 owners said prices rose \u201cfast\u201d in the region today.\n".encode("cp1252") * 5
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


def test_load_sources_rejects_same_file_twice_and_same_stem(tmp_path):
    a = write(tmp_path, "a.txt", ARTICLE)
    (tmp_path / "sub").mkdir()
    a2 = write(tmp_path / "sub", "a.txt", ARTICLE)
    with pytest.raises(UsageError, match="given twice"):
        load_sources([a, a])
    with pytest.raises(UsageError, match="same name"):
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


def test_parse_assignments_needs_key_and_value():
    assert parse_assignments(["DW=2021-09-12"], option="--published") == {"DW": "2021-09-12"}
    with pytest.raises(UsageError, match="ID=VALUE"):
        parse_assignments(["DW"], option="--published")


def test_html_source_uses_main_text(tmp_path):
    body = "".join(f"<p>Paragraph number {i} says the council approved the budget on Monday.</p>" for i in range(8))
    html = f"<html><head><title>Budget passes</title></head><body><nav>Home | News</nav><article>{body}</article></body></html>"
    src = load_source(write(tmp_path, "page.html", html))
    assert "council approved the budget" in src.text
    assert "Home | News" not in src.text


def test_html_without_article_body_is_an_error(tmp_path):
    with pytest.raises(SourceLoadError, match="no article text"):
        load_source(write(tmp_path, "empty.html", "<html><body><nav>Home</nav></body></html>"))
