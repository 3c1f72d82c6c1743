"""Inline markup inside the text of a Markdown or plain-text source.

Articles exported from a CMS or written in Markdown carry markup inside their
sentences: ``**bold**``, ``[a link](https://...)``, a footnote mark ``[^1]``,
inline HTML (``<br>``, ``<sup>1</sup>``, ``<p>...</p>``) and entities
(``&nbsp;``, ``&amp;``). None of it is part of what the sentence says, and
read as words it breaks the noise rules (a line ending in ``<br>`` "does not
end a sentence"), the splitter, the slot parsers and the embedding.

`mask` replaces the markup of a line by spaces, one for one, so every offset
into the masked line is an offset into the file: the pipeline cuts sentences
on the masked text and still reports spans of the text as read. `plain` turns
a masked span into the words a reader sees (entities decoded, spaces
collapsed); that is the text claimcheck analyses and shows in the Markdown
report, while the JSON keeps the exact slice of the file.
"""

from __future__ import annotations

import html
import re

# An image, whole: its alt text is a caption, not the sentence.
_IMAGE_RE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
# [text](url) or [text][ref]: the brackets and the target go, the text stays.
_LINK_RE = re.compile(
    r"(?<!!)(\[)(?!\^)([^\]\n]+)(\]\([^)\s]*(?:\s+\"[^\"\n]*\")?\)|\]\[[^\]\n]*\])"
)
_FOOTNOTE_RE = re.compile(r"\[\^[^\]\s]{1,12}\]")
# A superscript footnote number after a word or punctuation: "rose 5%.<sup>1</sup>".
_SUP_NOTE_RE = re.compile(r"<sup>\s*\[?[0-9a-z*†‡]{1,3}\]?\s*</sup>", re.IGNORECASE)
_TAG_RE = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>\n]*)?/?>")
_COMMENT_RE = re.compile(r"<!--.*?-->")
# Emphasis marks hugging a word: **bold**, __bold__, *italic*; "_x_" only with
# no word character outside, so SNAKE_CASE_IDS and file_names are left alone.
_STRONG_RE = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EM_STAR_RE = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*(?![\w*])")
_EM_UNDER_RE = re.compile(r"(?<![\w_])_(?=[^\s_])([^_\n]+?)(?<=[^\s_])_(?![\w_])")
_CODE_RE = re.compile(r"`+")
# A link pasted into running text ("... said on Tuesday. pic.twitter.com/abc123",
# "see https://example.org/report"): an address, not words of the sentence.
_BARE_URL_RE = re.compile(
    r"(?<![\w/])(?:https?://|www\.|pic\.twitter\.com/)[^\s<>()\[\]]+[^\s<>()\[\].,;:!?'\"]"
)
_ENTITY_RE = re.compile(r"&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_SPACES_RE = re.compile(r"\s+")

_MARKUP_CHARS = frozenset("*_[]<>`!&/")


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group(0))


def _blank_groups(match: re.Match[str], keep: int) -> str:
    """Blank every group but ``keep`` (the text between the marks)."""
    out = []
    for number in range(1, (match.re.groups or 0) + 1):
        part = match.group(number) or ""
        out.append(part if number == keep else " " * len(part))
    return "".join(out)


def mask(line: str) -> str:
    """``line`` with its inline markup replaced by spaces (same length)."""
    if not _MARKUP_CHARS.intersection(line):
        return line
    out = _COMMENT_RE.sub(_blank, line)
    out = _IMAGE_RE.sub(_blank, out)
    out = _FOOTNOTE_RE.sub(_blank, out)
    out = _SUP_NOTE_RE.sub(_blank, out)
    out = _TAG_RE.sub(_blank, out)
    # Emphasis before links: "**[Rengo](url)**" hugs the link's brackets.
    out = _STRONG_RE.sub(lambda m: " " * len(m.group(1)) + m.group(2) + " " * len(m.group(1)), out)
    out = _EM_STAR_RE.sub(lambda m: " " + m.group(1) + " ", out)
    out = _EM_UNDER_RE.sub(lambda m: " " + m.group(1) + " ", out)
    out = _LINK_RE.sub(lambda m: _blank_groups(m, 2), out)
    out = _CODE_RE.sub(_blank, out)
    out = _BARE_URL_RE.sub(_blank, out)
    return out


def plain(masked: str) -> str:
    """The words of a masked span: entities decoded, runs of spaces made one,
    and no space left before punctuation that a removed mark stood beside."""
    text = html.unescape(masked) if _ENTITY_RE.search(masked) else masked
    text = _SPACES_RE.sub(" ", text.replace("\xa0", " ")).strip()
    return re.sub(r" (?=[.,;:!?)\]”’](?:\s|$))", "", text)


def readable(raw: str, masked: str) -> str:
    """`plain` of a span whose markup was masked, or "" when the span has no
    markup and no entity (the text as read is then the text analysed)."""
    if masked == raw and not ("&" in raw and _ENTITY_RE.search(raw)):
        return ""
    return plain(masked)


def widen(raw: str, masked: str, start: int, end: int) -> tuple[int, int]:
    """A span of ``masked`` grown over the markup that touches it ("[" before
    a link's text, "**" or "</p>" after a sentence), so the slice of the file
    holds whole marks."""
    while start > 0 and masked[start - 1] == " " and not raw[start - 1].isspace():
        start -= 1
    while end < len(raw) and masked[end] == " " and not raw[end].isspace():
        end += 1
    return start, end


# A wire dateline before the first sentence of a story: "TOKYO (AP) —",
# "KYIV, Sept 12 (Reuters) -", "WASHINGTON, D.C. —". It says where and when
# the story was filed, not where the event happened: read as part of the
# sentence it made "TOKYO" vs "LONDON" a place divergence between two wires.
_DATELINE_RE = re.compile(
    r"^(?P<city>[A-Z][A-Z'.\-]{2,}(?: [A-Z][A-Z'.\-]+){0,3})"
    r"(?:, (?P<region>[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?))?"
    r"(?:,? (?P<date>(?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8})))?"
    r"(?: ?\((?P<agency>[A-Za-z][\w .&/'-]{0,30})\))?"
    r" ?[\u2014\u2013-]{1,2} (?=\S)"
)


def strip_dateline(text: str) -> str:
    """``text`` without a leading wire dateline (or unchanged).

    An all-capitals word and a dash alone ("NATO — the alliance said") is a
    dateline only when the word is a town GeoNames knows; with an agency in
    brackets, a date or a region it is one anyway.
    """
    m = _DATELINE_RE.match(text)
    if m is None:
        return text
    if not (m.group("agency") or m.group("date") or m.group("region")):
        from claimcheck.slots import names

        if not names.is_known_town(m.group("city").title()):
            return text
    return text[m.end() :]
