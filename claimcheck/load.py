"""Stage 1: read source files into `Source` records.

Plain text and Markdown are read as they are; HTML goes through trafilatura's
main-text extraction. A text file may start with a header block in the format of
the evaluation sets: a headline line followed by metadata lines
(``Published: YYYY-MM-DD``, optionally ``Outlet: NAME``). Offsets reported later
index ``Source.text``: for text files, the whole file as Python's text mode reads
it (``path.read_text(encoding="utf-8-sig")`` for UTF-8 files): a byte-order mark
dropped and every line ending (``\r\n``, ``\r``) turned into ``\n``, which is
also how the evaluator reads gold files; for HTML, the extracted main text.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from pathlib import Path

from claimcheck.errors import SourceLoadError, UsageError
from claimcheck.records import Source, source_path

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
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

_META_RE = re.compile(r"^(Published|Outlet|Source|Date|URL)\s*:\s*(.*?)\s*$", re.IGNORECASE)
_ISO_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def parse_iso_date(value: str, *, what: str) -> dt.date:
    """Parse ``YYYY-MM-DD`` or raise `UsageError` naming ``what``."""
    value = value.strip()
    if not _ISO_DATE_RE.match(value):
        raise UsageError(f"{what}: {value!r} is not a date; use YYYY-MM-DD, e.g. 2021-09-12")
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"{what}: {value!r} is not a valid calendar date") from None


def parse_assignments(items: Sequence[str], *, option: str) -> dict[str, str]:
    """Turn ``["DW=2021-09-12", ...]`` into a dict, naming the option on error."""
    out: dict[str, str] = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key.strip() or not value.strip():
            raise UsageError(f"{option} expects ID=VALUE, got {item!r}")
        out[key.strip()] = value.strip()
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


def _decode(data: bytes, path: Path) -> tuple[str, str, tuple[str, ...]]:
    """Decode bytes as UTF-8, falling back to a legacy encoding; newlines normalised."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return _normalise_newlines(data.decode("utf-8")), "utf-8", ()
    except UnicodeDecodeError:
        pass
    text, encoding = _decode_legacy(data)
    note = f"{path.name} is not valid UTF-8; decoded as {encoding}"
    return _normalise_newlines(text), encoding, (note,)


def _looks_binary(data: bytes) -> bool:
    """True for data that is not text: NUL bytes or many control characters."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    if head.startswith((b"%PDF", b"PK\x03\x04", b"\x89PNG", b"GIF8", b"\xff\xd8\xff")):
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return bool(head) and controls / len(head) > 0.05


def _read_bytes(path: Path, max_chars: int) -> tuple[bytes, bool]:
    """Read at most about ``max_chars`` bytes, cut at a line boundary."""
    if not path.exists():
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
    if truncated:
        data = data[: _cut_point(data, max_chars)]
    return data, truncated


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


def _split_header(text: str) -> tuple[str, dict[str, str], int]:
    """Find an eval-format header: a headline line followed by ``Key: value`` lines.

    Returns (title, metadata, body_start). Without such a header the title is
    empty and the body starts at 0.
    """
    lines = text.split("\n")
    if len(lines) < 2 or not _META_RE.match(lines[1]):
        return "", {}, 0
    meta: dict[str, str] = {}
    pos = len(lines[0]) + 1
    for line in lines[1:]:
        m = _META_RE.match(line)
        if not m:
            break
        meta[m.group(1).lower()] = m.group(2)
        pos += len(line) + 1
    return lines[0].strip(), meta, min(pos, len(text))


def _load_html(data: bytes, path: Path) -> tuple[str, str, dict[str, str]]:
    """Extract main text and metadata from HTML with trafilatura."""
    import trafilatura

    raw, _enc, _notes = _decode(data, path)
    doc = trafilatura.bare_extraction(
        raw, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True
    )
    if doc is None:
        raise SourceLoadError(f"{path}: no article text found in this HTML page; save the article text as .txt")
    body = (getattr(doc, "text", None) or "").strip()
    # trafilatura falls back to any text it finds (a menu, a cookie banner); a
    # handful of words is not an article.
    if len(body.split()) < MIN_HTML_WORDS:
        raise SourceLoadError(f"{path}: no article text found in this HTML page; save the article text as .txt")
    meta = {}
    for key in ("date", "sitename", "title"):
        value = getattr(doc, key, None)
        if value:
            meta[key] = str(value)
    return body, str(meta.get("title", "")), meta


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
    if p.suffix.lower() in HTML_SUFFIXES:
        max_chars *= HTML_SIZE_FACTOR
    data, truncated = _read_bytes(p, max_chars)
    if _looks_binary(data):
        raise SourceLoadError(f"{p}: looks like a binary file (PDF, image or archive?); export the article as plain text")
    if not data.strip():
        raise SourceLoadError(f"{p}: is empty; paste the article text into it or leave it out")
    notes: list[str] = []
    if truncated:
        notes.append(f"{p.name} is larger than {max_chars:,} bytes; only the first part was read")
    sid = source_id or p.stem
    suffix = p.suffix.lower()
    if suffix in HTML_SUFFIXES:
        text, title, meta = _load_html(data, p)
        encoding = "utf-8"
        body_start = 0
        date_value = meta.get("date", "")
        outlet_value = meta.get("sitename", "")
    else:
        text, encoding, dec_notes = _decode(data, p)
        notes.extend(dec_notes)
        if not text.strip():
            raise SourceLoadError(f"{p}: has only whitespace; paste the article text into it or leave it out")
        title, meta, body_start = _split_header(text)
        date_value = meta.get("published", "") or meta.get("date", "")
        outlet_value = meta.get("outlet", "") or meta.get("source", "")
    date = published
    if date is None and date_value:
        try:
            date = parse_iso_date(date_value[:10], what=f"{p.name}: Published line")
        except UsageError:
            notes.append(f"{p.name}: cannot read date {date_value!r}; relative dates stay unresolved")
    if not text[body_start:].strip():
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


def expand_sources(
    paths: Sequence[str | Path], *, exclude: Sequence[str | Path] = ()
) -> list[Path]:
    """Paths with each folder replaced by its article files, sorted by name.

    Only the folder's own files count (not its subfolders, not hidden files),
    with a .txt, .md, .markdown, .text, .html, .htm or .xhtml suffix, and not
    the files in ``exclude`` (a draft kept beside its sources). Other paths
    are kept as given, in order.

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
            f
            for f in p.iterdir()
            if f.is_file()
            and not f.name.startswith(".")
            and f.suffix.lower() in FOLDER_SUFFIXES
            and f.resolve() not in skip
        )
        if not found:
            raise SourceLoadError(
                f"{p}: a folder with no article files (.txt, .md or .html); pass the files, "
                "or a folder that holds them"
            )
        out.extend(found)
    return out


def load_sources(
    paths: Sequence[str | Path],
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
    published = dict(published or {})
    names = dict(names or {})
    seen: dict[str, Path] = {}
    resolved: set[Path] = set()
    sources = []
    for raw in expand_sources(paths):
        p = Path(raw)
        real = p.resolve()
        if real in resolved:
            raise UsageError(f"{p}: given twice; pass each source once")
        resolved.add(real)
        sid = p.stem
        if sid in seen:
            raise UsageError(
                f"{p} and {seen[sid]} have the same name {sid!r}; source ids are file stems, rename one"
            )
        seen[sid] = p
        sources.append(
            load_source(p, source_id=sid, outlet=names.get(sid), published=published.get(sid), max_chars=max_chars)
        )
    for option, mapping in (("--published", published), ("--name", names)):
        unknown = sorted(set(mapping) - set(seen))
        if unknown:
            raise UsageError(f"{option} names unknown source {unknown[0]!r}; ids are file stems: {', '.join(seen)}")
    return tuple(sources)
