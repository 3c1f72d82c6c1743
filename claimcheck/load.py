r"""Stage 1: read source files into `Source` records.

Plain text and Markdown are read as they are; HTML goes through trafilatura's
main-text extraction. A text file may start with a header block in the format of
the evaluation sets: a headline line followed by metadata lines
(``Published: YYYY-MM-DD``, optionally ``Outlet: NAME``).

Every offset reported later (claims' and dropped spans' ``start``/``end``)
indexes ``Source.text``. For HTML that is the extracted main text. For a text
file it is the file as Python's text mode reads it in the encoding the report
names (``Source.encoding``, the JSON's ``encoding``)::

    open(path, encoding=ENC, errors="replace").read()   # ENC "utf-8" -> "utf-8-sig"

that is: a byte-order mark dropped (UTF-8, UTF-16, UTF-32), every line ending
(``\r\n``, lone ``\r``) read as ``\n`` (universal newlines; the text never
holds a ``\r``), and each invalid UTF-8 sequence of a mostly-UTF-8 file read as
one U+FFFD. For a valid UTF-8 file that is ``path.read_text(encoding="utf-8-sig")``,
as the evaluator reads gold files (``encoding="utf-8"``; gold files have no BOM).
Offsets do not index the raw text with ``\r\n`` kept: with one convention the
LF and CRLF copies of an article get the same claims, offsets and pairs, and
no later stage has to cope with ``\r``. A file cut at the size limit reads as
a prefix of that text.
"""

from __future__ import annotations

import codecs
import datetime as dt
import os
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from claimcheck.errors import SourceLoadError, UsageError
from claimcheck.records import Source, source_path

if TYPE_CHECKING:
    from lxml.html import HtmlElement

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
# Text formats that hold data, not an article (claimcheck's own JSON and CSV reports among them).
DATA_SUFFIXES = frozenset({".json", ".jsonl", ".ndjson", ".csv", ".tsv", ".yaml", ".yml", ".toml"})
# A news article is a few thousand words; anything far past this is a scrape gone
# wrong. Reading stops at a line boundary below the cap and the report says so,
# which keeps memory and run time bounded.
DEFAULT_MAX_CHARS = 200_000
# An HTML page carries markup, scripts and styles around the article: allow it
# this many times the text cap before cutting (the cut page may lose its end).
HTML_SIZE_FACTOR = 10

MIN_HTML_WORDS = 8

# Windows-1252 is the legacy encoding of English and Western European news
# (Latin-1 text is valid Windows-1252 too). charset_normalizer misreads short,
# mostly-ASCII texts: it takes curly quotes and the euro sign in cp1252 for
# cp852 or cp1250 letters. Text in a Latin-script language is mostly ASCII
# letters, while a Cyrillic or Greek legacy page decoded as cp1252 comes out
# as nearly all accented letters; so cp1252 wins unless more than this share
# of the letters it yields are non-ASCII, and then the detector decides.
LEGACY_LATIN = "cp1252"
MAX_NON_ASCII_LETTER_SHARE = 0.2

# Byte-order marks of the wide Unicode encodings, UTF-32 first (its
# little-endian mark starts with UTF-16's). Such a file is full of NUL bytes,
# which would otherwise make it look binary. The codec named is the one that
# drops the mark, as Python's text mode does, so it can be reported as is.
_WIDE_BOMS: tuple[tuple[bytes, str, str], ...] = (
    (b"\xff\xfe\x00\x00", "utf-32", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32", "utf-32-be"),
    (b"\xff\xfe", "utf-16", "utf-16-le"),
    (b"\xfe\xff", "utf-16", "utf-16-be"),
)

# A metadata line of a header. "Updated:" and "Modified:" lines are read so
# that they end the header with the rest, but only "Published:" (or "Date:")
# gives the publication date: an update's day is not when the story appeared.
_META_RE = re.compile(
    r"^(Published|Outlet|Source|Date|URL|(?:Last\s+)?(?:Updated|Modified))\s*:\s*(.*?)\s*$",
    re.IGNORECASE,
)
_ISO_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ISO_DATETIME_RE = re.compile(
    r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$"
)


# Publication dates outside these years are placeholders or typos; relative
# dates resolved against them would run off the calendar.
MIN_YEAR, MAX_YEAR = 1900, 2100


def check_year(day: dt.date, *, what: str) -> dt.date:
    """``day``, or a `UsageError` when it lies outside `MIN_YEAR`-`MAX_YEAR`."""
    if not MIN_YEAR <= day.year <= MAX_YEAR:
        raise UsageError(f"{what}: {day.isoformat()} is outside the years {MIN_YEAR}-{MAX_YEAR}")
    return day


def parse_iso_date(value: str, *, what: str) -> dt.date:
    """Parse ``YYYY-MM-DD`` or raise `UsageError` naming ``what``."""
    value = value.strip()
    if _ISO_DATETIME_RE.match(value):
        value = value[:10]  # "2021-09-01T10:00Z": the day is what anchors relative dates
    if not _ISO_DATE_RE.match(value):
        raise UsageError(f"{what}: {value!r} is not a date; use YYYY-MM-DD, e.g. 2021-09-12")
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"{what}: {value!r} is not a valid calendar date") from None


# A publication day written out in a header ("March 19, 2024", "19 March
# 2024", "Tue, 19 Mar 2024 10:15", "2024/03/19"); an all-numeric day-month
# order ("03/04/2024") is ambiguous and not read.
_WRITTEN_DATE_FORMATS = (
    "%B %d, %Y", "%B %d %Y", "%b %d, %Y", "%b %d %Y", "%d %B %Y", "%d %b %Y", "%d %B, %Y",
    "%Y/%m/%d",
)  # fmt: skip
_WEEKDAY_PREFIX_RE = re.compile(r"^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+", re.IGNORECASE)
_WRITTEN_DATE_RE = re.compile(
    r"^([A-Za-z]{3,9}\.? \d{1,2},? \d{4}|\d{1,2} [A-Za-z]{3,9}\.?,? \d{4}|\d{4}/\d{2}/\d{2})"
)


def _written_date(value: str) -> dt.date | None:
    """The day of a header date in words (`_WRITTEN_DATE_FORMATS`), or None."""
    m = _WRITTEN_DATE_RE.match(_WEEKDAY_PREFIX_RE.sub("", value.strip()))
    if m is None:
        return None
    text = m.group(1).replace(".", "").replace("Sept ", "Sep ")
    for fmt in _WRITTEN_DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def parse_assignments(
    items: Sequence[str], *, option: str, value_has_no_equals: bool = False
) -> dict[str, str]:
    """Turn ``["DW=2021-09-12", ...]`` into a dict, naming the option on error.

    ``value_has_no_equals``: split at the last ``=`` (a date never holds one),
    so a file stem with ``=`` in it can be named ("a=b=2021-01-05").
    """
    out: dict[str, str] = {}
    for item in items:
        key, sep, value = item.rpartition("=") if value_has_no_equals else item.partition("=")
        if not sep or not key.strip() or not value.strip():
            raise UsageError(f"{option} expects ID=VALUE, got {item!r}")
        key, value = key.strip(), value.strip()
        if any(ord(c) < 32 or ord(c) == 127 for c in key + value):
            # A line break in an outlet name would break the report's headings.
            raise UsageError(f"{option} {key}: the value has a line break or control character")
        if out.get(key, value) != value:
            raise UsageError(
                f"{option} gives {key!r} twice ({out[key]!r} and {value!r}); give it once"
            )
        out[key] = value
    return out


def _normalise_newlines(text: str) -> str:
    """``\r\n`` and lone ``\r`` become ``\n``, as Python's text mode reads files.

    Offsets then agree with ``read_text()``, and a file with old Mac line
    endings is split into lines instead of being one line.
    """
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def _latin_text(text: str) -> bool:
    """True when most letters are ASCII, as in any Latin-script language."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return True
    non_ascii = sum(1 for c in letters if not c.isascii())
    return non_ascii <= MAX_NON_ASCII_LETTER_SHARE * len(letters)


def _decode_legacy(data: bytes) -> tuple[str, str]:
    """Decode bytes that are not UTF-8: Windows-1252 if it reads as Latin text, else detected."""
    try:
        text = data.decode(LEGACY_LATIN)
    except UnicodeDecodeError:  # one of the five bytes cp1252 leaves undefined
        text = ""
    if text and _latin_text(text):
        return text, LEGACY_LATIN
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    encoding = best.encoding if best is not None else LEGACY_LATIN
    try:
        return data.decode(encoding), encoding
    except (UnicodeDecodeError, LookupError):
        return data.decode(LEGACY_LATIN, errors="replace"), LEGACY_LATIN


def _decode_mostly_utf8(data: bytes) -> tuple[str, int] | None:
    """UTF-8 text with its few invalid bytes replaced, or None if it is no UTF-8.

    A UTF-8 file with a stray byte (a Latin-1 letter pasted in, a cut
    character) is still UTF-8: reading it all as cp1252 would garble every
    accented letter and symbol it has ("SÃ¡nchez"). Each reading garbles what
    the other gets right, so the one that loses less wins: UTF-8 when its valid
    multi-byte sequences outnumber the invalid bytes (each of which it loses to
    U+FFFD). A file really in cp1252 or Latin-1 has almost no valid sequences
    (an accented capital followed by a symbol, by chance) and one invalid byte
    per accented letter, so it still goes to the legacy decoder. Returns the
    text (decoded with ``errors="replace"``: one U+FFFD per invalid sequence,
    as Python's text mode reads it) and the number of invalid bytes.
    """
    # surrogateescape turns each invalid byte into one lone surrogate, which
    # encoding with errors="ignore" then drops: both counts stay in C.
    escaped = data.decode("utf-8", errors="surrogateescape")
    valid = escaped.encode("utf-8", errors="ignore").decode("utf-8")
    invalid = len(escaped) - len(valid)
    multibyte = len(valid) - len(valid.encode("ascii", errors="ignore"))
    if multibyte <= invalid:
        return None
    return data.decode("utf-8", errors="replace"), invalid


def _decode(data: bytes, path: Path) -> tuple[str, str, tuple[str, ...]]:
    """Decode bytes as UTF-8, falling back to a legacy encoding; newlines normalised."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return _normalise_newlines(data.decode("utf-8")), "utf-8", ()
    except UnicodeDecodeError:
        pass
    mostly = _decode_mostly_utf8(data)
    if mostly is not None:
        text, invalid = mostly
        what = "1 invalid byte" if invalid == 1 else f"{invalid:,} invalid bytes"
        note = f"{path} is not valid UTF-8; decoded as utf-8 with {what} replaced by U+FFFD"
        return _normalise_newlines(text), "utf-8", (note,)
    text, encoding = _decode_legacy(data)
    note = f"{path} is not valid UTF-8; decoded as {encoding}"
    return _normalise_newlines(text), encoding, (note,)


def _wide_bom(data: bytes) -> tuple[int, str, str] | None:
    """(mark length, codec, byte-order codec) of a UTF-16/UTF-32 byte-order mark, else None.

    UTF-16 saved without a mark (some Windows tools) is told by its NUL bytes:
    Latin text in UTF-16 has a NUL in every other byte, on one side only.
    """
    for bom, codec, ordered in _WIDE_BOMS:
        if data.startswith(bom):
            return len(bom), codec, ordered
    head = data[:4096]
    if len(head) >= 16:
        even, odd = head[0::2], head[1::2]
        nul_even, nul_odd = even.count(0) / len(even), odd.count(0) / len(odd)
        if nul_odd > 0.6 and nul_even < 0.05:
            return 0, "utf-16-le", "utf-16-le"
        if nul_even > 0.6 and nul_odd < 0.05:
            return 0, "utf-16-be", "utf-16-be"
    return None


def _transcode_wide(data: bytes, bom: tuple[int, str, str], *, complete: bool) -> bytes:
    """UTF-16/UTF-32 bytes (mark included) as UTF-8 bytes, mark dropped.

    Loading then goes on as for any UTF-8 file: the binary check no longer
    trips on the NUL bytes of wide text, and the cut at the size limit keeps
    its line-boundary rules. A read that stopped at the limit (not
    ``complete``) may end inside a character: that tail is left out rather
    than replaced. Invalid code units become U+FFFD, as ``errors="replace"``.
    """
    size, _codec, ordered = bom
    decoder = codecs.getincrementaldecoder(ordered)(errors="replace")
    text = decoder.decode(data[size:], final=complete)
    return text.encode("utf-8", errors="replace")


def _looks_binary(data: bytes) -> bool:
    """True for data that is not text: NUL bytes or many control characters."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    if head.startswith((b"%PDF", b"PK\x03\x04", b"\x89PNG", b"GIF8", b"\xff\xd8\xff")):
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return bool(head) and controls / len(head) > 0.05


def _read_bytes(path: Path, max_chars: int) -> tuple[bytes, bool, tuple[int, str, str] | None]:
    """Read at most about ``max_chars`` bytes, cut at a line boundary.

    Returns (data, truncated, wide): a UTF-16 or UTF-32 file (``wide``, its
    byte-order mark as `_wide_bom` reads it) comes back transcoded to UTF-8,
    so the rest of loading reads every file as bytes of a narrow encoding.
    """
    if not path.exists():
        if path.is_symlink():
            raise SourceLoadError(
                f"{path}: a broken link (to {os.readlink(path)}); "
                "point it at the article file or remove it"
            )
        raise SourceLoadError(f"{path}: no such file; check the path")
    if path.is_dir():
        raise SourceLoadError(f"{path}: is a directory; pass the article files inside it")
    try:
        with path.open("rb") as fh:
            data = fh.read(max_chars + 1)
    except PermissionError:
        raise SourceLoadError(f"{path}: permission denied; make the file readable") from None
    except OSError as exc:
        raise SourceLoadError(f"{path}: cannot read ({exc.strerror or exc})") from None
    truncated = len(data) > max_chars
    wide = _wide_bom(data)
    limit = max_chars
    if wide is not None:
        data = _transcode_wide(data, wide, complete=not truncated)
        # UTF-8 may be shorter than what was read: the cut still drops the last, partial line.
        limit = min(max_chars, len(data) - 1)
    if truncated and limit > 0:
        data = data[: _cut_point(data, limit)]
    return data, truncated, wide


def _cut_point(data: bytes, limit: int) -> int:
    """Where to cut ``data`` to at most ``limit`` bytes without breaking a line or a character.

    A line boundary, unless that would drop more than half of what was read (one
    huge line); then the end of a sentence in that line, or a space. A huge line
    without spaces is no prose (a data blob) and is dropped. Failing all that,
    the start of the character that straddles the limit, so a UTF-8 text is not
    cut inside a character (which would send the whole file to the legacy decoder).
    """
    cut = data.rfind(b"\n", 0, limit)
    if cut >= limit // 2:
        return cut
    sentence_end = max(data.rfind(mark, 0, limit) for mark in (b". ", b"! ", b"? "))
    if sentence_end >= max(cut, limit // 2):
        return sentence_end + 1  # keep the full stop
    space = data.rfind(b" ", 0, limit)
    if space > max(cut, 0):
        return space
    if cut > 0:
        return cut
    cut = limit
    while cut > 0 and data[cut] & 0xC0 == 0x80:  # a UTF-8 continuation byte
        cut -= 1
    return cut


# Lines a page puts between its headline and its "Published:" line: a byline
# ("By Jane Doe"), a kicker ("EXCLUSIVE"), a reading time. At most this many,
# and none of them a sentence, or the lines are the body.
MAX_LEAD_LINES = 3
# A line that ends a sentence: its full stop, "!", "?" or "…", closing quotes after it.
_SENTENCE_END_RE = re.compile(r"[.!?\u2026][\"'\u201d\u2019)\]]*\s*$")


def _meta_start(lines: Sequence[str], i: int) -> int | None:
    """Index of the first metadata line from ``i`` on, when only blank lines
    and at most `MAX_LEAD_LINES` lines that are no sentences come before it
    (a byline, a kicker); else None."""
    lead = 0
    for j in range(i, len(lines)):
        if _META_RE.match(lines[j]):
            return j
        line = lines[j].strip()
        if not line:
            continue
        lead += 1
        if lead > MAX_LEAD_LINES or _SENTENCE_END_RE.search(line):
            return None
    return None


def _key_name(key: str) -> str:
    """A metadata key as `_split_header` stores it: "Last  Updated" -> "last updated"."""
    return " ".join(key.lower().split())


def _split_header(text: str) -> tuple[str, dict[str, str], int]:
    """Find an eval-format header: a headline line followed by ``Key: value`` lines.

    Pasted copy is looser than the eval format, so blank lines before the
    headline, lines between it and its metadata (a byline, a blank line:
    `_meta_start`), and a file that starts with the metadata (no headline)
    are read too. Those lines are part of the header: a byline is no claim.
    Returns (title, metadata, body_start). Without such a header the title is
    empty and the body starts at 0.
    """
    lines = text.split("\n")
    i = 0
    while i < len(lines) and not lines[i].strip():  # blank lines before the headline
        i += 1
    title, lead = "", False
    if i < len(lines) and not _META_RE.match(lines[i]):
        first = _meta_start(lines, i + 1)
        if first is None:
            return "", {}, 0
        lead = any(line.strip() for line in lines[i + 1 : first])
        title, i = lines[i].strip(), first
    meta: dict[str, str] = {}
    while i < len(lines) and (m := _META_RE.match(lines[i])):
        meta[_key_name(m.group(1))] = m.group(2)
        i += 1
    # Past a byline only a publication date makes a header: "Source: AP" under
    # a photo in the first lines is a caption's credit.
    if not meta or (lead and not {"published", "date"} & meta.keys()):
        return "", {}, 0
    pos = sum(len(line) + 1 for line in lines[:i])
    return title, meta, min(pos, len(text))


# YAML front matter, as CMS and static-site exports write it: "---", "key:
# value" lines, "---". Only flat scalar keys are read; the rest is skipped.
_FRONT_KEY_RE = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$")
_FRONT_KEYS = {
    "title": "title", "headline": "title", "date": "published", "published": "published",
    "pubdate": "published", "publishdate": "published", "outlet": "outlet",
    "publisher": "outlet", "source": "outlet", "site": "outlet",
}  # fmt: skip
_FRONT_MAX_LINES = 60


def _front_matter(text: str) -> tuple[str, dict[str, str], int] | None:
    """(title, metadata, body_start) of a file that opens with YAML front matter, else None."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return None
    meta: dict[str, str] = {}
    pos = len(lines[0]) + 1
    for line in lines[1:_FRONT_MAX_LINES]:
        pos += len(line) + 1
        if line.strip() in ("---", "..."):
            title = meta.pop("title", "")
            return title, meta, min(pos, len(text))
        m = _FRONT_KEY_RE.match(line)
        key = _FRONT_KEYS.get(m.group(1).lower()) if m else None
        if m and key and key not in meta:
            value = m.group(2).strip().strip("\"'")
            if value:
                meta[key] = value
    return None  # no closing line: not front matter


MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})
_MD_HEADING_RE = re.compile(r"^#{1,6}\s+(.*?)\s*#*\s*$")


def _markdown_title(text: str, title: str, body_start: int) -> tuple[str, int]:
    """A Markdown file's headline without its ``#`` marks; without a header
    block, a first-line ``# Heading`` is the headline and the body follows it."""
    if title:
        m = _MD_HEADING_RE.match(title)
        return (m.group(1) if m else title), body_start
    lead = len(text) - len(text.lstrip())
    first_end = text.find("\n", lead)
    first_end = len(text) if first_end < 0 else first_end
    m = _MD_HEADING_RE.match(text[lead:first_end])
    if m is None or not m.group(1):
        return title, body_start
    return m.group(1), min(first_end + 1, len(text))


def _decode_source(
    data: bytes, path: Path, wide: tuple[int, str, str] | None
) -> tuple[str, str, tuple[str, ...]]:
    """Decode what `_read_bytes` returned: (text, encoding, notes), newlines normalised.

    Wide text arrives as UTF-8 already; it is reported under the codec that
    reads the file with its mark dropped (``utf-16``), so the JSON's
    ``encoding`` opens the file as the offsets expect.
    """
    if wide is None:
        return _decode(data, path)
    size, codec, ordered = wide
    order = "little-endian" if ordered.endswith("-le") else "big-endian"
    how = "from its byte-order mark" if size else "no byte-order mark; told by its zero bytes"
    note = f"{path} is not UTF-8; decoded as {codec} ({order}, {how})"
    return _normalise_newlines(data.decode("utf-8")), codec, (note,)


def _no_article_text(path: Path, cut_at: int | None) -> SourceLoadError:
    """The error for a page without article text; a cut page may hold it past the cut."""
    if cut_at is None:
        return SourceLoadError(
            f"{path}: no article text found in this HTML page; save the article text as .txt"
        )
    return SourceLoadError(
        f"{path}: no article text found in the first {cut_at:,} bytes of this HTML page, "
        "where it was cut at the size limit; raise max_chars in claimcheck.toml "
        f"(HTML is read up to {HTML_SIZE_FACTOR}x it) "
        "or save the article text as .txt"
    )


# One line break inside running text: after a word, comma, semicolon or dash,
# before a lowercase letter or a digit ("on Tuesday night,<br>flooding 200
# homes"). trafilatura turns every <br> into a newline, which later stages read
# as the end of a paragraph: the sentence's first half became a one-line
# "paragraph" (dropped as a crosshead or menu item) and the rest a fragment.
# Two breaks in a row, or a break between a word and a capital ("Photo:
# AFP<br>The river"), still separate; after a comma the sentence goes on.
_BR = r"(?i:<br\s*/?>)"
_INLINE_BREAK_RE = re.compile(
    rf"(?<=[^\W_]|[,;\-\u2013\u2014])[ \t]*{_BR}(?![ \t\r\n]*{_BR})[ \t\r\n]*(?=[^\W_])"
)


# A footnote mark: a superscript that links to a note on the page
# (``<sup><a href="#fn1">1</a></sup>``) or a short mark right after a
# sentence's punctuation (``visitors.<sup>1</sup>``). trafilatura keeps its
# text, "visitors.1", and the sentence read as a menu line and was dropped.
# Not "km<sup>2</sup>" or "10<sup>6</sup>": those are part of the figure.
_SUP_FOOTNOTE_RE = re.compile(
    r"<sup\b[^>]*>\s*<a\b[^>]*\bhref\s*=\s*[\"']?#[^>]*>\s*\[?[^<\s]{1,4}\]?\s*</a>\s*</sup>"
    r"|(?<=[.,;:!?\"'\u201d\u2019)])\s*<sup\b[^>]*>\s*\[?[0-9a-z*\u2020\u2021]{1,3}\]?\s*</sup>",
    re.IGNORECASE,
)


def _drop_footnote_marks(raw: str) -> str:
    """The page without its footnote marks (see `_SUP_FOOTNOTE_RE`)."""
    return _SUP_FOOTNOTE_RE.sub("", raw) if "<sup" in raw.lower() else raw


def _join_inline_breaks(raw: str) -> str:
    """Replace each line break inside running text by a space (see `_INLINE_BREAK_RE`)."""

    def join(m: re.Match[str]) -> str:
        after_comma = m.string[m.start() - 1] in ",;"
        return m.group(0) if m.string[m.end()].isupper() and not after_comma else " "

    return _INLINE_BREAK_RE.sub(join, raw)


# --- HTML metadata -------------------------------------------------------------
# trafilatura guesses a page's date from anything that looks like one: a
# WebPage entry of the JSON-LD, a reader comment's "Posted ... December 20,
# 2023". The page's own metadata about the article comes first (its JSON-LD
# article object, then <meta> tags: `_structured_dates`); trafilatura's guess
# only when there is none, and never one from a comments section.

# schema.org types of a news article or post (``@type`` may also be a URL or a list).
_ARTICLE_TYPES = frozenset({
    "Article", "NewsArticle", "AnalysisNewsArticle", "AskPublicNewsArticle",
    "BackgroundNewsArticle",
    "OpinionNewsArticle", "ReportageNewsArticle", "ReviewNewsArticle", "SatiricalArticle",
    "ScholarlyArticle", "TechArticle", "Report", "BlogPosting", "LiveBlogPosting",
})  # fmt: skip
# <meta> tags naming the publication date, by property, name or itemprop (any case), best first.
_DATE_METAS = (
    "article:published_time", "pubdate", "publishdate", "date", "dc.date", "DC.date.issued",
    "sailthru.date", "parsely-pub-date", "datePublished",
)  # fmt: skip
_DAY_RE = re.compile(r"\s*(\d{4})[-/]?(\d{2})[-/]?(\d{2})(?!\d)")
# An id or class that marks a reader-comments section ("comments", "comment-list";
# not "commentary", an article genre).
_COMMENTS_RE = re.compile(r"comment(?!ar)", re.IGNORECASE)
_FRAME_TAGS = frozenset({"html", "head", "body"})
# A script's JSON wrapped in an HTML comment or CDATA section, as old templates write it.
_LD_WRAPPER_RE = re.compile(r"^\s*(?://\s*)?(?:<!--|<!\[CDATA\[)|(?://\s*)?(?:-->|\]\]>)\s*$")
# "Headline | Outlet": the separators a <title> puts before the site's name.
_TITLE_SUFFIX_RE = re.compile(r"\s(?:\||\u2013|\u2014|-)\s")
MAX_OUTLET_WORDS = 5


@dataclass(frozen=True, slots=True)
class _Page:
    """What an HTML page gives its `Source`: main text, title, ISO day, outlet and
    notes; ``date_notes`` are about the date, moot when ``--published`` gives it."""

    text: str
    title: str
    date: str
    outlet: str
    notes: tuple[str, ...] = ()
    date_notes: tuple[str, ...] = ()


def _parse_html(raw: str) -> HtmlElement:
    """The page as an lxml tree; an empty document when lxml reads none in it."""
    import lxml.html
    from lxml import etree

    parser = lxml.html.HTMLParser(encoding="utf-8")
    try:  # as bytes: lxml refuses a str that declares its encoding
        return lxml.html.document_fromstring(raw.encode("utf-8", errors="replace"), parser=parser)
    except (etree.ParserError, ValueError):
        return lxml.html.document_fromstring("<html><body></body></html>")


def _collect_ld(data: object, out: list[dict[str, Any]]) -> None:
    """Append the objects of a JSON-LD value: itself, list items, ``@graph`` members."""
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            out.append(item)
            stack.append(item.get("@graph"))


def _json_ld(tree: HtmlElement) -> list[dict[str, Any]]:
    """The page's JSON-LD objects in document order; a script that is no valid JSON is skipped."""
    import json

    objects: list[dict[str, Any]] = []
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json" or not script.text:
            continue
        try:  # strict=False: CMSs write raw newlines inside strings (articleBody)
            data = json.loads(_LD_WRAPPER_RE.sub("", script.text), strict=False)
        except (ValueError, RecursionError):
            continue
        _collect_ld(data, objects)
    return objects


def _ld_types(obj: Mapping[str, Any]) -> set[str]:
    """An object's ``@type`` names without a vocabulary prefix ("schema:NewsArticle", a URL)."""
    value = obj.get("@type")
    names = value if isinstance(value, list) else [value]
    return {re.split(r"[/:#]", n)[-1] for n in names if isinstance(n, str)}


def _ld_article(objects: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """The page's first JSON-LD object of an article type, else an empty dict."""
    return next((obj for obj in objects if _ld_types(obj) & _ARTICLE_TYPES), {})


def _ld_text(value: object) -> str:
    """A JSON-LD value as text: a string, an object's ``@value`` or ``name``,
    or the first of these in a list; else ""."""
    items = value if isinstance(value, list) else [value]
    for item in items:
        if isinstance(item, dict):
            item = item.get("@value") or item.get("name")
        if isinstance(item, str) and item.strip():
            return item.strip()
    return ""


def _ld_publisher(article: Mapping[str, Any], objects: Sequence[dict[str, Any]]) -> str:
    """The name of the article's publisher, following an ``{"@id": ...}`` reference."""
    publisher = article.get("publisher")
    if isinstance(publisher, list):
        publisher = publisher[0] if publisher else None
    ref = (
        publisher.get("@id") if isinstance(publisher, dict) and not publisher.get("name") else None
    )
    if isinstance(ref, str):
        publisher = next(
            (obj for obj in objects if obj.get("@id") == ref and obj.get("name")), publisher
        )
    return _ld_text(publisher)


def _marks_comments(element: HtmlElement) -> bool:
    """True for a reader-comments section: an id or class with "comment" (`_COMMENTS_RE`)."""
    marks = f"{element.get('id', '')} {element.get('class', '')}"
    return element.tag not in _FRAME_TAGS and _COMMENTS_RE.search(marks) is not None


def _comment_sections(tree: HtmlElement) -> list[HtmlElement]:
    """The page's reader-comments sections (`_marks_comments`), in document order."""
    marked = "contains(translate(concat(@id, ' ', @class), 'COMENT', 'coment'), 'comment')"
    return [el for el in tree.xpath(f"//body//*[{marked}]") if _marks_comments(el)]


def _meta_tags(tree: HtmlElement) -> dict[str, str]:
    """``<meta>`` contents by lowercased property, name or itemprop; the first of each wins.

    Microdata in a comments section (a comment's ``itemprop="datePublished"``) is no page metadata.
    """
    metas: dict[str, str] = {}
    for meta in tree.iter("meta"):
        content = (meta.get("content") or "").strip()
        if not content or (
            meta.get("itemprop") and any(map(_marks_comments, meta.iterancestors()))
        ):
            continue
        for attr in ("property", "name", "itemprop"):
            if key := (meta.get(attr) or "").strip().lower():
                metas.setdefault(key, content)
    return metas


def _iso_day(value: str) -> str:
    """The ISO day a metadata date starts with ("2023-12-14T10:00Z", "20231214"), else ""."""
    m = _DAY_RE.match(value)
    if m is None:
        return ""
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat()
    except ValueError:
        return ""


def _structured_dates(
    article: Mapping[str, Any], metas: Mapping[str, str]
) -> list[tuple[str, str]]:
    """(where, ISO day) of each readable publication date in the page's metadata, best first."""
    found = []
    for key in ("datePublished", "dateCreated"):
        if day := _iso_day(_ld_text(article.get(key))):
            found.append((f"JSON-LD {key}", day))
            break
    for key in _DATE_METAS:
        if day := _iso_day(metas.get(key.lower(), "")):
            found.append((f"meta {key}", day))
    return found


def _pick_date(found: Sequence[tuple[str, str]], path: Path) -> tuple[str, tuple[str, ...]]:
    """The first of ``found`` and, when the others give another day, a note naming them all."""
    if not found:
        return "", ()
    where, day = found[0]
    if all(other == day for _, other in found):
        return day, ()
    listed = ", ".join(f"{w} {d}" for w, d in found)
    note = f"{path}: the page gives different publication dates ({listed}); using {day} ({where})"
    return day, (note,)


def _comment_free_date(
    tree: HtmlElement, guess: str, url: str | None, path: Path
) -> tuple[str, tuple[str, ...]]:
    """trafilatura's date ``guess``, unless it comes from a reader-comments section.

    The date is guessed again (by htmldate, as trafilatura does) on the page
    without its comments sections; when that gives another day or none, the
    guess came from a comment and the second guess (if any) is used. A page
    without such sections keeps its guess as it is.
    """
    sections = _comment_sections(tree) if guess else []
    if not sections:
        return guess, ()
    from htmldate import find_date
    from trafilatura.settings import set_date_params

    for section in sections:  # the tree is not used after this
        section.drop_tree()
    again = find_date(tree, **set_date_params(False), url=url) or ""
    if again == guess:
        return guess, ()
    if not again:
        note = (
            f"{path}: the only date found ({guess}) is in the page's comments;"
            " the publication date is unknown"
        )
        return "", (note,)
    return again, (f"{path}: the date {guess} came from the page's comments; using {again}",)


def _split_title(title: str) -> tuple[str, str]:
    """(headline, site name) of a <title> that ends with one ("... | Motor City Times"):
    at most `MAX_OUTLET_WORDS` words after the last separator, with more words
    before it; else (title, "")."""
    title = " ".join(title.split())
    found = list(_TITLE_SUFFIX_RE.finditer(title))
    if not found:
        return title, ""
    head, tail = title[: found[-1].start()].strip(), title[found[-1].end() :].strip()
    words = len(tail.split())
    named = any(c.isalpha() for c in tail)
    if named and 0 < words <= MAX_OUTLET_WORDS and len(head.split()) > words:
        return head, tail
    return title, ""


def _doc_field(doc: object, key: str) -> str:
    """A field of trafilatura's result as text ("" when missing or no result)."""
    value = getattr(doc, key, None)
    return str(value).strip() if value else ""


def _page_text(
    doc: object, article: Mapping[str, Any], path: Path, cut_at: int | None
) -> tuple[str, tuple[str, ...]]:
    """trafilatura's main text or, for a page built by JavaScript, its JSON-LD ``articleBody``.

    Raises:
        SourceLoadError: neither holds an article.
    """
    text = _doc_field(doc, "text")
    # trafilatura falls back to any text it finds (a menu, a cookie banner); a
    # handful of words is not an article.
    if len(text.split()) >= MIN_HTML_WORDS:
        return text, ()
    text = _normalise_newlines(_ld_text(article.get("articleBody")))
    if len(text.split()) < MIN_HTML_WORDS:
        raise _no_article_text(path, cut_at)
    note = (
        f"{path}: no article text in the page's HTML (built by JavaScript?); "
        "the text is the articleBody of its structured data (JSON-LD)"
    )
    return text, (note,)


def _load_html(raw: str, path: Path, *, cut_at: int | None) -> _Page:
    """Extract main text and metadata from decoded HTML.

    The text is trafilatura's (`_page_text`); date and outlet come from the
    page's own metadata first, trafilatura's guesses last. ``cut_at`` is the
    size limit when the page was cut there: the article may lie past it, and
    the error says so.
    """
    import trafilatura
    from trafilatura.settings import set_date_params

    doc = trafilatura.bare_extraction(
        _join_inline_breaks(_drop_footnote_marks(raw)),
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
        # Dates from the page's markup and full dates in its text only: the
        # extensive search made "resumed in March 2021" a publication date,
        # 2021-01-01, and every "last night" a day of 2020 (QA pass 14).
        date_extraction_params=set_date_params(False),
    )
    tree = _parse_html(raw)
    objects = _json_ld(tree)
    article = _ld_article(objects)
    metas = _meta_tags(tree)
    text, notes = _page_text(doc, article, path, cut_at)
    date, date_notes = _pick_date(_structured_dates(article, metas), path)
    if not date:
        url = _doc_field(doc, "url") or None
        date, date_notes = _comment_free_date(tree, _doc_field(doc, "date"), url, path)
    headline, title_outlet = _split_title(tree.findtext(".//head/title") or "")
    outlet = (
        metas.get("og:site_name")
        or _ld_publisher(article, objects)
        or metas.get("application-name")
        or title_outlet
        or _doc_field(doc, "sitename")  # a twitter:site tag, the canonical URL's host
    )
    # trafilatura's title is og:title when the page has one; without it, the
    # article's own JSON-LD headline before trafilatura's pick, which may be a
    # nested object's (a live blog's latest update).
    ld_headline = "" if metas.get("og:title") else _ld_text(article.get("headline"))
    title = ld_headline or _doc_field(doc, "title") or headline
    return _Page(
        text=text, title=title, date=date, outlet=outlet, notes=notes, date_notes=date_notes
    )


def load_source(
    path: str | Path,
    *,
    source_id: str | None = None,
    outlet: str | None = None,
    published: dt.date | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> Source:
    """Read one article file.

    Args:
        path: a .txt, .md or .html file.
        source_id: defaults to the file stem.
        outlet: outlet name; defaults to an ``Outlet:`` header, HTML site name, or the id.
        published: overrides any date found in the file.
        max_chars: read at most this many bytes (cut at a line boundary).

    Raises:
        SourceLoadError: missing, unreadable, binary, empty or content-free file.
    """
    p = Path(path)
    if p.suffix.lower() in DATA_SUFFIXES and p.is_file():
        # Text, but no article: most likely a report of an earlier run.
        raise SourceLoadError(
            f"{p}: a {p.suffix.lower()[1:].upper()} data file, not an article; "
            "sources are .txt, .md or .html"
        )
    if p.suffix.lower() in HTML_SUFFIXES:
        max_chars *= HTML_SIZE_FACTOR
    data, truncated, wide = _read_bytes(p, max_chars)
    if _looks_binary(data):
        raise SourceLoadError(
            f"{p}: looks like a binary file (PDF, image or archive?); "
            "export the article as plain text"
        )
    if not data.strip():
        raise SourceLoadError(f"{p}: is empty; paste the article text into it or leave it out")
    notes: list[str] = []
    if truncated:
        notes.append(f"{p} is larger than {max_chars:,} bytes; only the first part was read")
    sid = source_id or p.stem
    suffix = p.suffix.lower()
    decoded, encoding, dec_notes = _decode_source(data, p, wide)
    notes.extend(dec_notes)
    if suffix in HTML_SUFFIXES:
        page = _load_html(decoded, p, cut_at=max_chars if truncated else None)
        text, title, body_start = page.text, page.title, 0
        date_value, outlet_value = page.date, page.outlet
        notes.extend(page.notes)
        if published is None:
            notes.extend(page.date_notes)
    else:
        text = decoded
        if not text.strip():
            raise SourceLoadError(
                f"{p}: has only whitespace; paste the article text into it or leave it out"
            )
        front = _front_matter(text)
        if front is not None:
            title, meta, body_start = front
        else:
            title, meta, body_start = _split_header(text)
        if suffix in MARKDOWN_SUFFIXES:
            title, body_start = _markdown_title(text, title, body_start)
        date_value = meta.get("published", "") or meta.get("date", "")
        outlet_value = meta.get("outlet", "") or meta.get("source", "")
    date = published
    if date is None and date_value:
        try:
            date = parse_iso_date(date_value[:10], what=f"{p}: Published line")
        except UsageError:
            date = _written_date(date_value)
            if date is None:
                notes.append(
                    f"{p}: cannot read date {date_value!r}; relative dates stay unresolved"
                )
    if date is not None and not (MIN_YEAR <= date.year <= MAX_YEAR) and published is None:
        # "0001-01-01T00:00:00Z" is the zero time site generators write for no date.
        notes.append(
            f"{p}: publication date {date.isoformat()} is outside {MIN_YEAR}-{MAX_YEAR} "
            "(a placeholder?); treated as unknown, so relative dates stay unresolved"
        )
        date = None
    if not text[body_start:].strip():
        if truncated:
            raise SourceLoadError(
                f"{p}: no article text in the first {max_chars:,} bytes, "
                "where the size limit cut it; "
                "raise max_chars in claimcheck.toml"
            )
        raise SourceLoadError(f"{p}: has a header but no article text")
    return Source(
        id=sid,
        path=source_path(p),
        text=text,
        title=title,
        outlet=outlet or outlet_value or sid,
        published=date,
        body_start=body_start,
        encoding=encoding,
        notes=tuple(notes),
    )


# The files a folder given as a source stands for: article files by suffix
# (a file without one, say a README, is not taken from a folder).
FOLDER_SUFFIXES = (TEXT_SUFFIXES | HTML_SUFFIXES) - {""}


# The first line of claimcheck's own Markdown reports (claimcheck.render.markdown).
_OWN_REPORT_RE = re.compile(rb"^# (?:Corroboration report|Pre-publish check):")


def is_own_report(path: Path) -> bool:
    """A report claimcheck wrote earlier into the sources' folder, which is no source."""
    if path.suffix.lower() not in TEXT_SUFFIXES:  # a report saved as .txt is one too
        return False
    try:
        with path.open("rb") as handle:
            return _OWN_REPORT_RE.match(handle.read(64)) is not None
    except OSError:
        return False


def expand_sources(
    paths: Sequence[str | Path], *, exclude: Sequence[str | Path] = ()
) -> list[Path]:
    """Paths with each folder replaced by its article files, sorted by name.

    Only the folder's own files count (not its subfolders, not hidden files),
    with a .txt, .md, .markdown, .text, .html, .htm or .xhtml suffix, and not
    the files in ``exclude`` (a draft kept beside its sources, the run's own
    outputs) nor a report claimcheck wrote there before. A broken link with
    such a suffix counts: loading it fails, as it does for an empty file in
    the folder, rather than the run going on without a source the user put
    there. Other paths are kept as given, in order.

    Raises:
        SourceLoadError: a folder holds no article file.
    """
    out: list[Path] = []
    skip = {Path(x).resolve() for x in exclude}
    for raw in paths:
        p = Path(raw)
        if not p.is_dir():
            out.append(p)
            continue
        found = sorted(
            (
                f
                for f in p.iterdir()
                # A broken link is kept: reading it is an error, as for any bad file.
                if (f.is_file() or (f.is_symlink() and not f.exists()))
                and not f.name.startswith(".")
                and f.suffix.lower() in FOLDER_SUFFIXES
                and f.resolve() not in skip
                and not is_own_report(f)
            ),
            # "explainer" sorts among "DW" and "RFERL" as a reader expects.
            key=lambda f: (f.name.casefold(), f.name),
        )
        if not found:
            raise SourceLoadError(
                f"{p}: a folder with no article files (.txt, .md or .html); pass the files, "
                "or a folder that holds them"
            )
        out.extend(found)
    return out


def path_list(paths: object, what: str = "paths") -> list[str | Path]:
    """``paths`` as a list of paths, or a `UsageError` that says what was
    wrong: one path may come bare (a file or a folder); a str of article text
    is no path (a notebook user passing a draft's text instead of its file)."""
    items = [paths] if isinstance(paths, str | os.PathLike) else paths
    if isinstance(items, Mapping | bytes) or not isinstance(items, Iterable):
        raise UsageError(f"{what} must be a path or a list of paths, got {type(paths).__name__}")
    listed = list(items)
    for item in listed:
        if not isinstance(item, str | os.PathLike):
            raise UsageError(
                f"{what} must hold paths (str or pathlib.Path), got {type(item).__name__}"
            )
        if isinstance(item, str) and ("\n" in item or len(item) > 4096):
            raise UsageError(
                f"{what}: got text, not a file path ({item[:40]!r}...); "
                "write the text to a .txt file and pass its path"
            )
    return listed


def _mapping(value: object, what: str, to: str) -> Mapping[Any, Any]:
    """``value`` when it is a mapping ({} for None), else a `UsageError`."""
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise UsageError(f"{what} must map source ids to {to}, got {type(value).__name__}")
    return value


def date_overrides(published: object, what: str = "published") -> dict[str, dt.date]:
    """Publication dates per source id from a mapping of dates, datetimes
    (pandas Timestamps too: the day is kept) or "YYYY-MM-DD" strings."""
    dates: dict[str, dt.date] = {}
    for sid, day in _mapping(published, what, "dates ({'DW': '2021-09-12'})").items():
        if isinstance(day, str):
            day = parse_iso_date(day, what=f"{what}[{sid!r}]")
        elif isinstance(day, dt.datetime):
            day = day.date()  # a datetime compares with no date: the day it falls on
        if not isinstance(day, dt.date):
            raise UsageError(f"{what}[{sid!r}] must be a date or 'YYYY-MM-DD', got {day!r}")
        check_year(day, what=f"{what}[{sid!r}]")
        dates[str(sid)] = day
    return dates


def name_overrides(names: object, what: str = "names") -> dict[str, str]:
    """Outlet names per source id, all of them strings."""
    names = _mapping(names, what, "outlet names ({'DW': 'Deutsche Welle'})")
    for sid, outlet in names.items():
        if not isinstance(outlet, str):
            raise UsageError(f"{what}[{sid!r}] must be a str, got {type(outlet).__name__}")
    return {str(sid): outlet for sid, outlet in names.items()}


def load_sources(
    paths: Sequence[str | Path] | str | Path,
    *,
    published: Mapping[str, dt.date] | None = None,
    names: Mapping[str, str] | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> tuple[Source, ...]:
    """Read several sources; ids are file stems and must be unique. A folder
    stands for its article files (`expand_sources`).

    Raises:
        UsageError: the same file twice, two files with one stem, or an
            override naming an unknown id.
        SourceLoadError: from `load_source`.
    """
    published = date_overrides(published)
    names = name_overrides(names)
    seen: dict[str, Path] = {}
    resolved: dict[Path, Path] = {}
    sources = []
    for raw in expand_sources(path_list(paths)):
        p = Path(raw)
        real = p.resolve()
        if real in resolved:
            first = resolved[real]
            if first == p:
                raise UsageError(f"{p}: given twice; pass each source once")
            # A link (or another path) to a file already read: name both, or the
            # user who passed one folder is told they gave a file twice (QA pass 10).
            raise UsageError(
                f"{p}: the same file as {first} (a link or another path to it); "
                "pass each source once"
            )
        resolved[real] = p
        sid = p.stem
        if sid in seen:
            raise UsageError(
                f"{seen[sid]} and {p} have the same name {sid!r}; "
                "source ids are file stems, rename one"
            )
        seen[sid] = p
        sources.append(
            load_source(
                p,
                source_id=sid,
                outlet=names.get(sid),
                published=published.get(sid),
                max_chars=max_chars,
            )
        )
    for option, mapping in (("--published", published), ("--name", names)):
        unknown = sorted(set(mapping) - set(seen))
        if unknown:
            raise UsageError(
                f"{option} names unknown source {unknown[0]!r}; "
                f"ids are file stems: {', '.join(seen)}"
            )
    return tuple(sources)
