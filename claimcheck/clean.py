"""Stage 2: drop page noise, keep the article's own lines.

Scraped article text mixes paragraphs with page furniture: navigation, bylines,
captions (often repeated), related-article headlines, share prompts, footers.
Each line is judged on its own first by small named rules (each returns a
reason or ``None``; the first that fires is recorded, as in structlog's
processor chain or doubtlab's reasons), then by rules that need the line's
neighbours and its place in the page.

The strongest content signal is sentence-final punctuation: an article
paragraph ends with ``.``, ``?``, ``!``, ``…`` or a closing quote. Page
furniture mostly does not. Captions are the exception (they often end with a
period), so credit suffixes and repetition are checked before punctuation.

Offsets are into ``Source.text``; kept spans are whole lines stripped of
surrounding whitespace.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from claimcheck import markup
from claimcheck.records import Dropped, Source
from claimcheck.split import sentence_bounds

NOISE_REASONS: tuple[str, ...] = (
    "header",
    "navigation",
    "size-picker",
    "caption",
    "credit",
    "byline",
    "dateline",
    "related",
    "crosshead",
    "promo",
    "boilerplate",
    "url",
    "outlet",
    "duplicate",
    "correction",
    "code",
    "footnote",
)


@dataclass(frozen=True, slots=True)
class LineContext:
    """What a single-line rule may know about the page besides the line itself."""

    title_key: str = ""  # normalised headline, "" when unknown
    outlet_keys: frozenset[str] = frozenset()  # letters+digits of outlet name and source id
    repeated: frozenset[str] = frozenset()  # stripped lines that occur more than once


@dataclass(frozen=True, slots=True)
class _Line:
    number: int  # 0-based line number in the file
    start: int  # offsets of the stripped line in Source.text
    end: int
    text: str
    last: int = -1  # last file line of a paragraph joined from hard-wrapped lines


LineRule = Callable[[str, LineContext], str | None]

# ---------------------------------------------------------------- text helpers

_CLOSERS = "\"'”’»)]"
_QUOTES = '"”»“«„'
_FINAL_PUNCT = ".!?…"


def ends_sentence(text: str) -> bool:
    """True if a line ends like a written sentence (final punctuation or closing quote)."""
    core = text.rstrip()
    stripped = core.rstrip(_CLOSERS)
    if stripped and stripped[-1] in _FINAL_PUNCT:
        return True
    tail = core[len(stripped) :]
    # A paragraph may end on a quotation without a full stop: He called it "a disgrace"
    return any(q in tail for q in _QUOTES)


# Menu and breadcrumb separators: "World | Europe", "Business › Autos", "Share · Tweet".
_SEPARATOR_RE = re.compile(r"\s[|›>»·•/]\s|\s[|›»·•]$|^[|›»·•]\s")


def _words(text: str) -> list[str]:
    return text.split()


# Sized for a thousand articles' lines: a cache smaller than the lines of a run
# that cycles through them (captions and boilerplate recur page after page) hits nothing.
@functools.lru_cache(maxsize=16384)
def _key(text: str) -> str:
    """Case-, accent- and whitespace-insensitive form for comparing lines."""
    folded = text.casefold()
    if not folded.isascii():
        folded = unicodedata.normalize("NFKD", folded)
        folded = "".join(c for c in folded if not unicodedata.combining(c))
    return " ".join(folded.split()).strip(" .:;,!?…\"'”’“‘")


@functools.lru_cache(maxsize=16384)
def _alnum_key(text: str) -> str:
    return "".join(c for c in _key(text) if c.isalnum())


def _has_quote(text: str) -> bool:
    return any(q in text for q in '"“”«»„')


# ------------------------------------------------------------ single-line rules

_URL_RE = re.compile(r"^(?:https?://|www\.)\S+$|^[\w-]+(?:\.[\w-]+)+/\S*$", re.IGNORECASE)


def _decoration(line: str, ctx: LineContext) -> str | None:
    """A rule or ornament with no letters or digits: "___", "* * *"."""
    return "navigation" if not any(c.isalnum() for c in line) else None


def _url(line: str, ctx: LineContext) -> str | None:
    """A bare link, e.g. a short URL under the headline."""
    return "url" if _URL_RE.match(line) else None


_SIZE_RE = re.compile(r"^(?:X{0,3}S|SM|MD|LG|M|X{0,3}L)$")


def _size_picker(line: str, ctx: LineContext) -> str | None:
    """Text-size or image-size buttons: XS / SM / MD / LG."""
    return "size-picker" if _SIZE_RE.match(line) else None


def _header_copy(line: str, ctx: LineContext) -> str | None:
    """The headline printed again inside the body."""
    return "header" if ctx.title_key and _key(line) == ctx.title_key else None


def _outlet_name(line: str, ctx: LineContext) -> str | None:
    """A line that is only the outlet's name (matched ignoring case and punctuation)."""
    key = _alnum_key(line)
    if not key:
        return None
    if key in ctx.outlet_keys:
        return "outlet"
    # "Pacific Ledger — your daily guide to the region": masthead plus tagline.
    if (
        not ends_sentence(line)
        and not _SEPARATOR_RE.search(line)
        and any(len(k) >= 5 and key.startswith(k) for k in ctx.outlet_keys)
    ):
        return "outlet"
    return None


_ENUM_PREFIX_RE = re.compile(r"^(?:\d+[.)]|[•·*\-–—])\s*")
# fmt: off
_NAV_WORDS = {
    "accessibility links", "menu", "main menu", "open menu", "close menu", "search", "home",
    "sign in", "log in", "login", "sign out", "sections", "navigation", "back to top", "top",
    "inicio", "portada", "startseite", "more", "close", "toggle navigation", "all sections",
    "account", "my account", "edition", "international edition", "search menu",
}
# fmt: on
_SKIP_RE = re.compile(r"^(?:skip|jump|go) to\b", re.IGNORECASE)


def _navigation_words(line: str, ctx: LineContext) -> str | None:
    """Skip links ("1. Skip to content"), menu buttons, "Accessibility links"."""
    body = _ENUM_PREFIX_RE.sub("", line)
    if _SKIP_RE.match(body) and len(_words(body)) <= 8:
        return "navigation"
    return "navigation" if _key(body) in _NAV_WORDS else None


# fmt: off
_PROMO_WORDS = {
    "advertisement", "advertising", "ad", "ads", "publicidad", "anzeige", "werbung",
    "sponsored", "sponsored content", "paid content", "premium", "subscriber only",
    "subscribers only", "exclusive", "breaking", "breaking news", "live", "newsletter",
    "newsletters", "share", "share this", "share this story", "share this article", "tweet",
    "email", "print", "listen", "watch", "comments", "comment", "save", "save article",
    "gift this article", "follow", "podcast", "video", "book with our partners",
}
# fmt: on
# Calls to action that open a line. Applied whatever the punctuation: "Read our
# coverage as ... election." is a full sentence and still a promo.
_PROMPT_RE = re.compile(
    r"^(?:read (?:our|more|the full|next|also)\b|watch(?: our| the video| live| now)?\s*:"
    r"|listen to (?:this|the|our)\b|sign up\b|sign-up\b|subscribe\b|click\b|tap here\b"
    r"|follow us\b|share (?:this|on|via)\b|email this\b|print this\b|download (?:our|the)\b"
    r"|support (?:our|us)\b|donate\b|get (?:our|the) .{0,40}newsletter\b|join us\b"
    r"|send us\b|tell us\b|write to us\b|contact us\b|let us know\b|got a (?:news )?tip\b"
    r"|have a (?:news )?tip\b|enjoy(?:ed|ing) this (?:article|story|piece)\b"
    r"|forward (?:it|this) to\b|ad\s*:|podcast\s*[|:]|bet now\b"
    r"|(?:if you )?(?:enjoyed|liked) (?:this|the) (?:article|story)\b"
    # A live page greeting its readers: "Good afternoon and welcome to our live coverage."
    r"|(?:good (?:morning|afternoon|evening)|hello|hi)\b[^.]{0,30}"
    r"\bwelcome to (?:our|the|this) live\b"
    r"|welcome to (?:our|the|this) live (?:coverage|blog|updates|page)\b"
    r"|compartir\b|comparte\b|seguinos\b|síguenos\b|suscr[ií]bete\b|teilen\b)",
    re.IGNORECASE,
)
# Prompt words that are also ordinary sentence openers ("Email records show ...");
# only an unfinished line counts.
_SOFT_PROMPT_RE = re.compile(
    r"^(?:listen|share|tweet|email|print|follow|subscribe|newsletter|sponsored|premium"
    r"|advertisement|podcast|video|watch|get the|get our|sign up|publicidad)\b",
    re.IGNORECASE,
)
# Words that mark an unfinished short line as a prompt wherever they stand
# ("Markets newsletter: sign up", "Story continues below advertisement").
_PROMO_ANYWHERE_RE = re.compile(
    r"\b(?:newsletters?|advertisement|sign up|subscribe|subscription|sponsored|unlock|paywall"
    r"|free trial|download the app)\b",
    re.IGNORECASE,
)
# The reader addressed directly: appeals and legal warnings to readers. A quoted
# speaker may say "we provide", so lines with quotation marks are left alone.
_APPEAL_RE = re.compile(
    r"\b(?:click here|tap here|support us|support independent)\b", re.IGNORECASE
)
_NOTICE_RE = re.compile(
    r"\b(?:you could face|our content|we provide|please note that you|sharing, liking"
    r"|t&cs apply|free bet|gamble responsibly|18\+"
    r"|(?:does|do) not constitute (?:financial|investment|legal|tax|professional) advice"
    r"|for information(?:al)? (?:purposes )?only"
    r"|not (?:a )?registered investment advis[eo]r"
    r"|(?:market|markets|quote|quotes|price|prices|stock|ticker) data (?:is |are )?delayed"
    r"|our standards|this (?:article|story|report) (?:was|has been|is) (?:originally |first )?"
    r"(?:published|updated|amended|corrected|produced|republished))\b",
    re.IGNORECASE,
)


def _promo(line: str, ctx: LineContext) -> str | None:
    """Share buttons, newsletter and subscription prompts, ads, "Listen to this article"."""
    if _key(line) in _PROMO_WORDS or _PROMPT_RE.match(line):
        return "promo"
    unfinished = not ends_sentence(line)
    if unfinished and _SOFT_PROMPT_RE.match(line):
        return "promo"
    if (
        unfinished
        and len(_words(line)) <= 10
        and _PROMO_ANYWHERE_RE.search(line)
        and len(_SEPARATOR_RE.findall(line)) < 2  # a menu that has a Newsletter tab
    ):
        return "promo"
    if _has_quote(line):
        return None
    if _NOTICE_RE.search(line):
        return "boilerplate"
    if _APPEAL_RE.search(line):
        return "promo"
    return None


_COMMENTS_RE = re.compile(
    r"^(?:\d[\d,.]*\s+)?(?:comments?|comentarios?|kommentare|replies|responses|reactions)"
    r"\s*(?:\(\s*\d[\d,.]*\s*\)|:?\s*\d[\d,.]*)?$",
    re.IGNORECASE,
)


def _comment_count(line: str, ctx: LineContext) -> str | None:
    """ "Comments (38)", "212 comments"."""
    return "promo" if _COMMENTS_RE.match(line) else None


# Cue words for lists of other stories. With a colon they always mark a link
# ("Related: ...", "Read more: Who is ...?"); without one only on an unfinished line.
_RELATED_CUE_RE = re.compile(
    r"^(?:related(?: coverage| articles?| stories| content| links| reading| news)?|read more"
    r"|read next|read also|also read|see also|more on this(?: story| topic)?|more from\b.*"
    r"|more stories|more news|more in\b.*|most read(?: this week)?|most popular|most viewed"
    r"|most shared|most commented|recommended(?: for you| stories)?|you might also like"
    r"|you may also like|also on\b.*|further reading|top stories|trending(?: now)?"
    r"|editor'?s picks|what to read next|más noticias|lee también|te puede interesar"
    r"|mehr zum thema|lesen sie auch)\b",
    re.IGNORECASE,
)
# Labels that introduce a link only when followed by a colon: "Explainer: what is ...?"
_LINK_LABEL_RE = re.compile(
    r"^(?:topics|tags|explainer|analysis|opinion|podcast|video|watch|live(?: updates?| blog)?"
    r"|in pictures|gallery"
    r"|photos|interactive|timeline|q&a|factbox|graphic)\s*:",
    re.IGNORECASE,
)


def _related(line: str, ctx: LineContext) -> str | None:
    """Links to other stories: "Related: ...", "Most popular", "Read next: ..."."""
    m = _RELATED_CUE_RE.match(line) or _LINK_LABEL_RE.match(line)
    if not m:
        return None
    rest = line[m.end() :].lstrip()
    if m.re is _LINK_LABEL_RE or rest[:1] in (":", "|", "-", "–", "—"):
        after = rest.lstrip(":|-–— ")
        # "Analysis: prices rose 3%." would be an article sentence with a label; keep those.
        if not after or not after.endswith(".") or len(_words(after)) <= 12:
            return "related"
        return None
    if not ends_sentence(line) and len(_words(line)) <= 8:
        return "related"
    return None


_COPYRIGHT_RE = re.compile(
    r"(?:©|\(c\)\s*\d{4}|\bcopyright\s*(?:\d{4}|\(c\))|\ball rights reserved\b"
    r"|\btodos los derechos reservados\b|\balle rechte vorbehalten\b|\btous droits réservés\b)",
    re.IGNORECASE,
)
# Footer links; a sentence may mention a privacy policy, so unfinished lines only.
_FOOTER_LINK_RE = re.compile(
    r"\b(?:terms of (?:use|service)|privacy(?: policy| notice)?|cookie (?:policy|settings)"
    r"|contact us|about us|imprint|impressum|aviso legal)\b",
    re.IGNORECASE,
)
_COPYRIGHT_HINTS = ("©", "(c)", "copyright", "reserv", "vorbehalten")
_LEGAL_RE = re.compile(
    r"\b(?:declared (?:an? )?[\"“']?undesirable organi[sz]ation|designated (?:as )?(?:a |an )?"
    r"[\"“']?foreign agent|performing the functions of a foreign agent)",
    re.IGNORECASE,
)


def _boilerplate(line: str, ctx: LineContext) -> str | None:
    """Copyright and legal footers: "© 2023 X. All rights reserved.", "Terms · Privacy"."""
    low = line.casefold()
    # Substring checks first: most lines are prose and this rule runs on all of them.
    if (
        any(k in low for k in _COPYRIGHT_HINTS)
        and _COPYRIGHT_RE.search(line)
        and len(_words(line)) <= 20
    ):
        return "boilerplate"
    if not ends_sentence(line) and len(_words(line)) <= 10 and _FOOTER_LINK_RE.search(line):
        return "boilerplate"
    # An outlet's statutory notice about itself. An article *about* such a label
    # names someone else, so the subject must be this outlet.
    if ("undesirable" in low or "foreign agent" in low) and _LEGAL_RE.search(line):
        subject = _alnum_key(re.split(r"\s+(?:has|have|was|is) been\s+", line)[0])
        if subject in ctx.outlet_keys:
            return "boilerplate"
    if "updat" in low and _DEVELOPING_RE.match(line):
        return "boilerplate"
    return None


# "This is a developing story and will be updated.", "This story will be
# updated. Refresh for updates.": the outlet about its page, no claim (it was
# listed as a single-source claim: QA pass 15).
_DEVELOPING_RE = re.compile(
    r"^\W*(?:this (?:is a (?:developing|breaking)(?: news)? story|story is (?:developing|breaking)"
    r"|(?:story|article|page|report) (?:will be|is being) updated)"
    r"(?:\s*(?:and|,)\s*(?:will|may) be updated(?: as (?:more )?(?:information|details) "
    r"(?:becomes?|are|is) available)?)?"
    r"[.!]?(?:\s*(?:refresh|check back|please check back)(?: (?:here|this page))? for "
    r"(?:the latest )?updates[.!]?)?\W*)$",
    re.IGNORECASE,
)


_CREDIT_LINE_RE = re.compile(
    r"^(?:with (?:additional )?reporting (?:by|from)\b|additional reporting\b|reporting by\b"
    r"|(?:writing|editing|edited|written|compiled|produced|translated) by\b|contributed\b"
    r"|con información de\b|mit material von\b"
    r"|(?:photo(?:graph)?s?|images?|pictures?|credits?|fotos?|source|sources|fuente|quelle)\s*:"
    r"|(?:image|video|media) (?:source|credit)s?\s*[,:])",
    re.IGNORECASE,
)
# "Associated Press writer X in Y contributed to this report."
_CONTRIBUTED_RE = re.compile(
    r"\bcontributed(?: reporting)? (?:to )?(?:this|the) (?:report|story|article)\b", re.IGNORECASE
)
# Agency sign-off with editor initials: "ar/mm (AFP, Reuters)", "jsi/dj (dpa)".
_INITIALS_RE = re.compile(r"^[a-z]{1,4}(?:/[a-z]{1,4})+\s*(?:\([^()]{1,60}\))?$")
_AGENCY_ONLY_RE = re.compile(r"^\((?:[A-Z][\w&.\-]*(?:[ ,/]+|$)){1,5}\)$")
# News agencies; a line naming only agencies is a source credit ("dpa, Reuters").
# fmt: off
_AGENCIES = {
    "ap", "afp", "reuters", "dpa", "efe", "ansa", "xinhua", "tass", "ria", "interfax",
    "bloomberg", "kyodo", "yonhap", "pa", "aap", "upi", "kna", "epd", "belta", "anadolu", "ani",
    "pti", "ians", "bernama", "antara", "apa", "sda", "ats", "ctk", "pap", "mti", "ukrinform",
    "unian", "wafa",
}
# fmt: on


def _agencies_only(line: str) -> bool:
    tokens = [t for t in re.split(r"[\s,/&()]+|\band\b|\by\b", line.lower()) if t]
    return bool(tokens) and len(tokens) <= 6 and all(t.strip(".") in _AGENCIES for t in tokens)


def _credit(line: str, ctx: LineContext) -> str | None:
    """Reporting credits, agency sign-offs, photo-credit lines."""
    if _INITIALS_RE.match(line) or _AGENCY_ONLY_RE.match(line):
        return "credit"
    if len(_words(line)) <= 6 and _agencies_only(line):
        return "credit"
    if _CREDIT_LINE_RE.match(line) and (len(_words(line)) <= 16 or not ends_sentence(line)):
        return "credit"
    if len(_words(line)) <= 40 and _CONTRIBUTED_RE.search(line):
        return "credit"
    return None


_BYLINE_RE = re.compile(r"^(?:by|por|von|par|door|di)\s+(\S.*)$", re.IGNORECASE)
# fmt: off
_NAME_JOINERS = {
    "and", "in", "y", "und", "et", "e", "de", "da", "del", "der", "van", "von", "la", "le",
    "al", "bin", "el", "du", "des", "for", "&",
}
# fmt: on


# "Andrea Costa | Political correspondent": a name with a newsroom role.
_NAME_ROLE_RE = re.compile(
    r"^(?:[A-Z][\w'’.-]+\s+){1,3}[A-Z][\w'’.-]+\s*[|,·–—-]\s*(?:[\w-]+\s+){0,3}"
    r"(?i:correspondent|editor|reporter|writer|columnist|contributor|staff|bureau chief|producer"
    r"|journalist|analyst|commentator)s?\b"
)


# The author's note at the foot of a story: "Jenna Ruiz covers public safety
# for the Valley Herald.", "Contact her at jruiz@example.com."
_AUTHOR_BIO_RE = re.compile(
    r"^(?:[A-Z][\w.'’-]+\s+){1,3}(?:covers|reports\s+on|writes\s+(?:about|on)"
    r"|is\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:reporter|correspondent|writer|editor|columnist))\b"
    # ... for the outlet ("Carriacou covers just 34 square kilometres" is no bio)
    r".*\b(?:for|at)\s+(?:the\s+)?[A-Z]"
)
_CONTACT_RE = re.compile(
    r"^(?:contact|email|e-mail|reach|write\s+to)\s+(?:him|her|them|us|the\s+(?:author|writer|reporter))\s+(?:at|on|via)\s",
    re.IGNORECASE,
)
_EMAIL_RE = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")


def _byline(line: str, ctx: LineContext) -> str | None:
    """ "By Ray Dominguez", "By Jessica Moore, Washington", "Andrea Costa | Political editor",
    and the author's note at the foot ("Jenna Ruiz covers public safety for the Herald.")."""
    words = len(_words(line))
    if words <= 15 and (_AUTHOR_BIO_RE.match(line) or _CONTACT_RE.match(line)):
        return "byline"
    if words <= 6 and _EMAIL_RE.search(line):
        return "byline"  # "jruiz@valleyherald.com", "Email: news@example.org"
    if ends_sentence(line):
        return None
    if _NAME_ROLE_RE.match(line) and len(_words(line)) <= 10:
        return "byline"
    m = _BYLINE_RE.match(line)
    if not m:
        return None
    words = [w for w in re.split(r"[\s,|·•/]+", m.group(1)) if w]
    if not 1 <= len(words) <= 12:
        return None
    for w in words:
        if w.lower() in _NAME_JOINERS:
            continue
        if not (w[0].isupper() or w[0] in "'’"):
            return None
    return "byline"


_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
    "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
    "|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre"
    "|noviembre|diciembre|januar|februar|märz|juni|juli|oktober|dezember"
)
_WEEKDAYS = (
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs"
    "|fri|sat|sun|lunes|martes|miércoles|jueves|viernes|sábado|domingo"
)
_DATE_WORD_RE = re.compile(rf"\b(?:{_MONTHS}|{_WEEKDAYS})\b\.?", re.IGNORECASE)
_DATE_FILLER_RE = re.compile(
    r"\b(?:updated|published|posted|last updated|first published|modified|on|at|de|del|the"
    r"|gmt|utc|bst|cet|cest|est|edt|pst|pdt|et|pt|local time|am|pm|a\.m\.|p\.m\.|h|hrs"
    r"|min|mins|minute|minutes|read|reading time|ago|hours?|days?|actualizado|publicado)\b\.?",
    re.IGNORECASE,
)
_DATE_NUMBER_RE = re.compile(
    r"\b\d{1,4}(?:st|nd|rd|th)?\b|\b\d{1,2}[:.]\d{2}\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b"
)


def _dateline(line: str, ctx: LineContext) -> str | None:
    """A line that is only a date/time stamp: "September 12, 2021", "Updated 19 Dec, 09:40 GMT"."""
    if len(_words(line)) > 12:
        return None
    has_year = bool(re.search(r"\b(?:19|20)\d{2}\b|\bago$", line))
    # "On Monday." could be a (very short) sentence; a stamp has no full stop unless dated.
    if ends_sentence(line) and not has_year:
        return None
    if not (has_year or _DATE_WORD_RE.search(line)):
        return None
    rest = _DATE_WORD_RE.sub(" ", line)
    rest = _DATE_FILLER_RE.sub(" ", rest)
    rest = _DATE_NUMBER_RE.sub(" ", rest)
    rest = re.sub(r"[\s,·|•:;/()\-–—.+]+", "", rest)
    return "dateline" if not rest else None


# Caption credits at the end of a line: "... in Fremont. Credit: EVI",
# "(Photo: Almannavarnir)", glued "...RussiaImage: BelTA/AP Photo/picture alliance".
_CREDIT_WORDS = (
    r"photo(?:graph)?s?|pictures?|images?|credits?|fotos?|imagen|bild|video|illustration"
    r"|graphic|source|fuente|quelle"
)
_CREDIT_SUFFIX_RE = re.compile(
    rf"(?:^|(?<=[\s(\[.,;]))(?:{_CREDIT_WORDS})\s*:\s*(?P<credit>[^:]{{1,90}}?)[)\]]?\s*$",
    re.IGNORECASE,
)
# Scrapers glue the credit onto the caption: "...Russia and BelarusImage: Mikhail ...".
_GLUED_CREDIT_RE = re.compile(
    r"(?<=[a-z0-9])(?:Photo|Image|Picture|Credit|Foto|Bild|Video|Source)\s*:\s*(?P<credit>[^:]{1,90}?)\s*$"
)
_BY_CREDIT_RE = re.compile(
    r"\b(?:photo(?:graph)?|picture|image) by\s+[A-Z][^.]{1,60}$", re.IGNORECASE
)
# "(MCT photo)", "(AP)", "(Reuters/File)" after the caption text.
_PAREN_CREDIT_RE = re.compile(
    r"(?:\((?:[A-Z][\w&.\-]*\s+)?(?:file\s+)?(?:photo|pic|picture|image|foto)s?\)"
    r"|(?<=[.!?])\s*\((?:[A-Z][\w&.\-]*(?:[ ,/]+|(?=\)))){1,4}\))\s*$",
    re.IGNORECASE,
)
# Picture agencies and marks that only appear in credits.
_AGENCY_RE = re.compile(
    r"(?:getty images|ap photo|afp via getty|picture[ -]alliance|shutterstock|alamy|imago"
    r"|reuters/|/reuters|epa-efe|/afp|afp/|/dpa|dpa/|/ap\b|via reuters)\S*\s*$",
    re.IGNORECASE,
)
_CAPTION_LABEL_RE = re.compile(
    r"^(?:(?:image|video|media|photo) caption\s*[,:]|caption\s*:|(?:photo|image|picture)\s*:\s*\S)",
    re.IGNORECASE,
)
_IMAGE_LABEL_RE = re.compile(
    r"^(?:\d+\s*[x×:]\s*\d+\s+)?(?:image|photo|picture|video|gallery|slideshow|infographic)s?"
    r"(?:\s+\d+\s*(?:of|/)\s*\d+)?$|^\d+\s*[x×:]\s*\d+\s+\w+$",
    re.IGNORECASE,
)


def _caption(line: str, ctx: LineContext) -> str | None:
    """Image captions recognised by their credit, and bare image placeholders ("16x9 Image")."""
    body = _ENUM_PREFIX_RE.sub("", line)
    if _IMAGE_LABEL_RE.match(body) or _CAPTION_LABEL_RE.match(body):
        return "caption"
    m = ":" in line and (_CREDIT_SUFFIX_RE.search(line) or _GLUED_CREDIT_RE.search(line))
    if m and m.start() > 0:
        credit = m.group("credit").strip()
        # "... Photo: AFP" and "Image: BelTA/AP Photo/picture alliance" are short
        # and unpunctuated; "... the source: a report published in May." is prose.
        if credit and len(_words(credit)) <= 8 and not credit.endswith((".", "!", "?", '"', "”")):
            return "caption"
    if " by " in line.casefold() and _BY_CREDIT_RE.search(line) and len(_words(line)) <= 40:
        return "caption"
    if line.endswith(")") and _PAREN_CREDIT_RE.search(line):
        return "caption"
    # Credits sit at the end of the line; searching only the tail keeps this linear.
    if _AGENCY_RE.search(line[-80:]) and not _has_quote(line):
        return "caption"
    return None


_GLUED_LABEL_RE = re.compile(r"^[A-Z][a-z]+(?:[A-Z][a-z]+)+$")


def _navigation_bar(line: str, ctx: LineContext) -> str | None:
    """Menus and breadcrumbs: "Autos | EVs | Policy", "Business › Autos", "PoliticsBelarus"."""
    if _GLUED_LABEL_RE.match(line):
        return "navigation"
    if ends_sentence(line):
        return None
    separators = len(_SEPARATOR_RE.findall(line))
    if separators >= 2 or (separators == 1 and len(_words(line)) <= 7):
        return "navigation"
    return None


_CAPS_RE = re.compile(r"^[A-Z][A-Z&'’.\-]*(?:\s+[A-Z&][A-Z&'’.\-]*){0,3}$")


def _all_caps_name(line: str, ctx: LineContext) -> str | None:
    """A short all-capitals line such as a masthead ("EV INSIDER", "PITCHSIDE")."""
    return "outlet" if _CAPS_RE.match(line) and len(line) >= 3 else None


# A correction notice: "Correction: An earlier version of this story
# incorrectly said the yen fell to 155." The figure it names is the one the
# outlet withdrew, so the line is no claim (read as one, it corroborated
# another outlet's wrong figure).
_CORRECTION_RE = re.compile(
    r"^(?:\W*(?:corrections?|clarifications?|correction and clarification)\s*[:.\-\u2013\u2014]"
    r"|.*\b(?:an? )?(?:earlier|previous|prior) version of this"
    r" (?:article|story|report|piece|post|headline|item)\b"
    r"|.*\bthis (?:article|story|report|piece|post) (?:was|has been|is being)"
    r" (?:corrected|amended|updated to correct)\b)",
    re.IGNORECASE,
)


def _correction(line: str, _ctx: LineContext) -> str | None:
    return "correction" if _CORRECTION_RE.match(line) else None


def _question(line: str, _ctx: LineContext) -> str | None:
    """A line that is one question and nothing else ("Do I need to go to a
    service centre?", "What happens to the bonds now?"): a crosshead or a teaser,
    never a claim (it asserts nothing; a quoted question keeps its quotes)."""
    if not line.endswith("?") or _has_quote(line):
        return None
    return "crosshead" if sum(1 for _ in sentence_bounds(line)) == 1 else None


def _repeated(line: str, ctx: LineContext) -> str | None:
    """A line printed twice in one page is a caption (or a pull quote), not a paragraph."""
    return "caption" if line in ctx.repeated else None


LINE_RULES: tuple[LineRule, ...] = (
    _decoration,
    _url,
    _size_picker,
    _header_copy,
    _boilerplate,
    _correction,
    _outlet_name,
    _navigation_words,
    _comment_count,
    _credit,
    _related,
    _promo,
    _byline,
    _dateline,
    _caption,
    _navigation_bar,
    _all_caps_name,
    _repeated,
)


def is_noise_line(line: str, *, context: LineContext | None = None) -> str | None:
    """Judge one line on its own; returns a reason from `NOISE_REASONS` or ``None``.

    Only the single-line rules run here. `clean_source` adds the rules that need
    the line's neighbours (captions beside captions, crossheads, trailing blocks),
    so a line this keeps may still be dropped in a page.
    """
    text = line.strip()
    if not text:
        return None
    ctx = context or LineContext()
    for rule in LINE_RULES:
        reason = rule(text, ctx)
        if reason is not None:
            return reason
    return None


# --------------------------------------------------------------- page rules

_MIN_CONTENT_WORDS = 4
_QUESTION_HEAD_WORDS = 6
_LONG_UNFINISHED_WORDS = 10


def _is_content_like(text: str) -> bool:
    return (
        ends_sentence(text)
        and len(_words(text)) >= _MIN_CONTENT_WORDS
        and not _is_question_head(text)
    )


def _is_question_head(text: str) -> bool:
    """ "Why here?", "What happens next?": a short question standing alone is a heading."""
    return text.endswith("?") and len(_words(text)) <= _QUESTION_HEAD_WORDS and not _has_quote(text)


def _is_headline_question(text: str) -> bool:
    """ "Can Iceland's tourism survive another eruption?" in a list of links."""
    return text.endswith("?") and len(_words(text)) <= 12 and not _has_quote(text)


def _is_multi_sentence(text: str) -> bool:
    """A long line of two or more sentences is a paragraph, even without its last stop."""
    return len(_words(text)) >= 20 and len(re.findall(r"[.!?][\"'”’]?\s+[\"“]?[A-Z]", text)) >= 1


# Single-line reasons that close the article: what follows an agency sign-off
# ("With reporting by ...", "ar/mm (AFP, Reuters)") is footer.
_END_MARKER_RE = re.compile(
    r"^(?:with (?:additional )?reporting|additional reporting|reporting by|(?:writing|editing)"
    r" by|compiled by)\b",
    re.IGNORECASE,
)


_MAX_CAPTION_WORDS = 25
_END_MARKER_SHARE = 0.6  # the sign-off must follow most of the article's paragraphs
_PHOTO_CREDIT_LINE_RE = re.compile(
    r"^(?:photo(?:graph)?s?|pictures?|images?|fotos?|bild|(?:photo |image )?credits?)\s*:"
    r"|^(?:photo(?:graph)?|picture|image) by\b",
    re.IGNORECASE,
)


def _is_end_marker(text: str, reason: str | None) -> bool:
    return reason == "credit" and bool(
        _END_MARKER_RE.match(text) or _INITIALS_RE.match(text) or _CONTRIBUTED_RE.search(text)
    )


def _mark_footer(lines: Sequence[_Line], reasons: list[str | None]) -> None:
    """After an agency sign-off that follows most of the article, everything is footer."""
    content = [i for i, ln in enumerate(lines) if reasons[i] is None and _is_content_like(ln.text)]
    for i, ln in enumerate(lines):
        if not _is_end_marker(ln.text, reasons[i]):
            continue
        if content and bisect.bisect_left(content, i) / len(content) >= _END_MARKER_SHARE:
            for j in range(i + 1, len(lines)):
                reasons[j] = reasons[j] or "boilerplate"
            return


def _adjacent(lines: Sequence[_Line], i: int, j: int) -> bool:
    """True if body lines i and j sit on consecutive file lines (no blank line between)."""
    return 0 <= j < len(lines) and abs(lines[j].number - lines[i].number) == 1


# A sentence that says who said it is reporting, not a caption describing a
# picture: "..., the county coroner confirmed." above "Photo: Mark Chen".
_REPORTED_RE = re.compile(
    r"\b(?:said|says|told|confirmed|confirms|announced|announces|reported|according\s+to"
    r"|stated|added|warned|estimated)\b",
    re.IGNORECASE,
)


def _mark_caption_neighbours(lines: Sequence[_Line], reasons: list[str | None]) -> None:
    """Captions often span two lines: a description beside the credited line.

    An unfinished line of 4+ words touching a caption is part of it, and so is
    the line right above a stand-alone photo credit ("Photo: AP"), unless it
    is a finished sentence that attributes what it says (a paragraph that
    happens to sit above a credit line).
    """
    n = len(lines)
    for i in range(n - 1):
        if (
            reasons[i] is None
            and len(_words(lines[i].text)) <= _MAX_CAPTION_WORDS
            and _adjacent(lines, i, i + 1)
            and _PHOTO_CREDIT_LINE_RE.match(lines[i + 1].text)
            and not (ends_sentence(lines[i].text) and _REPORTED_RE.search(lines[i].text))
        ):
            reasons[i] = "caption"
    # Sweep down, then up, so a caption spreads through a run of touching lines
    # in linear time.
    for order in (range(n), range(n - 1, -1, -1)):
        for i in order:
            if (
                reasons[i] is None
                and not ends_sentence(lines[i].text)
                and len(_words(lines[i].text)) >= 4
                and any(_adjacent(lines, i, j) and reasons[j] == "caption" for j in (i - 1, i + 1))
            ):
                reasons[i] = "caption"


def _follows_cue(lines: Sequence[_Line], reasons: list[str | None], i: int) -> bool:
    """True if line i sits in a run of unfinished lines that starts at a related-links cue."""
    j = i - 1
    while (
        j >= 0
        and reasons[j] != "related"
        and (not ends_sentence(lines[j].text) or _is_headline_question(lines[j].text))
    ):
        j -= 1
    return j >= 0 and reasons[j] == "related" and ":" not in lines[j].text


def _judge_page(lines: Sequence[_Line], ctx: LineContext, *, title_known: bool) -> list[str | None]:
    """Reasons for every body line: single-line rules, then neighbour and position rules."""
    reasons: list[str | None] = [is_noise_line(ln.text, context=ctx) for ln in lines]
    n = len(lines)

    _mark_footer(lines, reasons)
    _mark_caption_neighbours(lines, reasons)
    content = [i for i in range(n) if reasons[i] is None and _is_content_like(lines[i].text)]
    first = content[0] if content else n
    last = content[-1] if content else -1
    # A trailing link list may end on a question headline; it is not the last paragraph.
    while (
        content and _is_headline_question(lines[last].text) and _follows_cue(lines, reasons, last)
    ):
        content.pop()
        last = content[-1] if content else -1

    headline: str | None = None
    in_related = False
    for i, ln in enumerate(lines):
        text = ln.text
        if headline is not None and text == headline:
            reasons[i] = "header"
            continue
        # Without a known title, the first unfinished line of 4+ words above the
        # article is its headline (a scraped page repeats it, hence "caption").
        if (
            not title_known
            and headline is None
            and i < first
            and reasons[i] in (None, "caption")
            and not ends_sentence(text)
            and len(_words(text)) >= 4
            and not _CREDIT_SUFFIX_RE.search(text)
        ):
            reasons[i] = "header"
            headline = text
            continue
        if reasons[i] is not None:
            # A cue line without a target ("Most popular") opens a list of headlines.
            opens_list = reasons[i] == "related" and ":" not in text
            in_related = opens_list or (in_related and reasons[i] != "crosshead")
            continue
        unfinished = not ends_sentence(text)
        if in_related and _is_headline_question(text):
            reasons[i] = "related"
            continue
        if not unfinished and not _is_question_head(text):
            in_related = False
            continue
        if unfinished and _is_multi_sentence(text):
            continue
        if in_related:
            reasons[i] = "related"
        elif i < first:
            reasons[i] = "navigation"
        elif i > last:
            reasons[i] = "related" if len(_words(text)) >= 3 else "navigation"
        elif len(_words(text)) >= _LONG_UNFINISHED_WORDS and unfinished:
            reasons[i] = "caption"
        else:
            reasons[i] = "crosshead"
    # Last, so a question in a list of links stays "related" (`_question`).
    for i, ln in enumerate(lines):
        if reasons[i] is None and _question(ln.text, ctx):
            reasons[i] = "crosshead"
    return reasons


def _body_lines(source: Source) -> tuple[list[_Line], list[_Line], list[tuple[_Line, str]]]:
    """Non-blank lines of the header (before ``body_start``) and of the body,
    stripped; and the lines of a Markdown file's code blocks and footnote
    definitions, each with its reason ("code", "footnote"), which are in neither."""
    text = source.text
    markdown = source.path.lower().endswith((".md", ".markdown"))
    body_start = max(0, min(source.body_start, len(text)))
    header: list[_Line] = []
    body: list[_Line] = []
    blocks: list[tuple[_Line, str]] = []
    fence = ""  # the open code fence ("```", "~~~~"), or ""
    footnote = False  # inside a footnote definition (its indented lines follow it)
    pos = 0
    for number, raw in enumerate(text.split("\n")):
        line_start, line_end = pos, pos + len(raw)
        pos = line_end + 1
        if markdown and line_start >= body_start:
            block = _markdown_block(raw, fence, footnote)
            if block is not None:
                reason, fence, footnote = block
                stripped = raw.strip()
                if stripped:
                    start = line_start + raw.index(stripped)
                    blocks.append((_Line(number, start, start + len(stripped), stripped), reason))
                continue
            footnote = False
        for part_start, part_end, target in (
            (line_start, min(line_end, body_start), header),
            (max(line_start, body_start), line_end, body),
        ):
            if part_start >= part_end:
                continue
            segment = text[part_start:part_end]
            stripped = segment.strip()
            if markdown and target is body:
                # "- item", "> quote", "## Heading": the marks are no part of the text.
                marks = _MD_MARKS_RE.match(stripped)
                stripped = stripped[marks.end() :] if marks else stripped
            if not stripped:
                continue
            start = part_start + segment.index(stripped)
            end = start + len(stripped)
            # The noise rules read the words without inline markup ("<p>",
            # "**", "[text](url)"); a line of markup alone (an image) as it stands.
            masked = markup.mask(stripped)
            words = (markup.readable(stripped, masked) or stripped) if masked.strip() else stripped
            target.append(_Line(number, start, end, words))
    return header, body, blocks


# Block marks at the start of a Markdown line: headings, quotes, list bullets.
_MD_MARKS_RE = re.compile(r"^(?:#{1,6}\s+|(?:>\s*)+|[-*+]\s+(?=\S)|\d{1,3}[.)]\s+(?=\S))")
# A code fence (CommonMark: three or more backticks or tildes, indented by at
# most three spaces) and a footnote definition ("[^1]: Reuters, 12 March.").
_FENCE_RE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_FOOTNOTE_DEF_RE = re.compile(r"^ {0,3}\[\^[^\]\s]{1,40}\]:")


def _markdown_block(raw: str, fence: str, footnote: bool) -> tuple[str, str, bool] | None:
    """Whether a Markdown line belongs to a code block or a footnote definition:
    (reason, the fence still open, whether a footnote continues), or ``None``
    for a line of the text. A footnote's own lines follow it indented."""
    if fence:
        m = _FENCE_RE.match(raw)
        closes = m is not None and m.group(1)[0] == fence[0] and len(m.group(1)) >= len(fence)
        return "code", "" if closes and not raw[m.end() :].strip() else fence, False
    m = _FENCE_RE.match(raw)
    if m is not None and not (m.group(1)[0] == "`" and "`" in raw[m.end() :]):
        return "code", m.group(1), False
    if _FOOTNOTE_DEF_RE.match(raw):
        return "footnote", "", True
    if footnote and (raw.startswith(("    ", "\t")) or not raw.strip()):
        return "footnote", "", True
    return None


def _pasted_twice(counts: Counter[str]) -> bool:
    """Most of the page's paragraphs appear more than once: the article itself
    was pasted (or scraped) twice, not a caption printed twice."""
    paragraphs = [t for t in counts if len(t.split()) >= _PARAGRAPH_WORDS]
    repeated = [t for t in paragraphs if counts[t] > 1]
    return len(repeated) >= 3 and 2 * len(repeated) >= len(paragraphs)


_PARAGRAPH_WORDS = 12


def _context(source: Source, body: Sequence[_Line]) -> LineContext:
    counts = Counter(ln.text for ln in body)
    outlet_keys = {k for k in (_alnum_key(source.outlet), _alnum_key(source.id)) if len(k) >= 2}
    repeated = (
        frozenset() if _pasted_twice(counts) else frozenset(t for t, c in counts.items() if c > 1)
    )
    return LineContext(
        title_key=_key(source.title) if source.title.strip() else "",
        outlet_keys=frozenset(outlet_keys),
        repeated=repeated,
    )


# Hard-wrapped text (an e-mail or a PDF copy: a line break every 60-160
# characters, inside sentences): most long lines end mid-sentence at about one
# width. A page with one paragraph per line ends nearly every long line with a
# full stop, and its line lengths vary with the paragraphs.
_WRAP_MIN_LINES = 6
_WRAP_LONG = 40  # characters: shorter lines are headings, captions, bylines
_WRAP_MAX_WIDTH = 200
_SENTENCE_END = re.compile(r"[.!?:;\"'\u201d\u2019)\]\u2026]$")


def _hard_wrapped(body: Sequence[_Line]) -> bool:
    long = [ln for ln in body if len(ln.text) >= _WRAP_LONG]
    if len(long) < _WRAP_MIN_LINES:
        return False
    width = max(len(ln.text) for ln in long)
    if width > _WRAP_MAX_WIDTH:
        return False
    open_ended = sum(1 for ln in long if not _SENTENCE_END.search(ln.text))
    at_margin = sum(1 for ln in long if len(ln.text) >= 0.75 * width)
    return 2 * open_ended >= len(long) and 2 * at_margin >= len(long)


def _paragraphs(body: Sequence[_Line]) -> list[_Line]:
    """Hard-wrapped lines joined back into paragraphs: a line that runs to the
    margin without ending a sentence continues on the next line. A joined
    line spans the break; its text (for the noise rules) has spaces instead."""
    width = max(len(ln.text) for ln in body)
    out: list[_Line] = []
    last_length = 0  # of the physical line that ends out[-1]
    for ln in body:
        prev = out[-1] if out else None
        if (
            prev is not None
            and ln.number == max(prev.number, prev.last) + 1
            and last_length >= 0.6 * width
            and not _SENTENCE_END.search(prev.text)
        ):
            out[-1] = _Line(prev.number, prev.start, ln.end, f"{prev.text} {ln.text}", ln.number)
        else:
            out.append(ln)
        last_length = len(ln.text)
    return out


# A sentence broken once by a stray line break (a copy-paste): a long line that
# stops mid-sentence, and a next line that starts in lower case.
_BROKEN_MIN_WORDS = 8
_CONTINUES_RE = re.compile(r"^[a-z]")


def _rejoin_broken(body: Sequence[_Line]) -> list[_Line]:
    """Lines of one sentence split by a single line break, joined back (the
    rest of the page keeps one paragraph per line; see `_paragraphs`)."""
    out: list[_Line] = []
    for ln in body:
        prev = out[-1] if out else None
        if (
            prev is not None
            and ln.number == max(prev.number, prev.last) + 1
            and len(prev.text.split()) >= _BROKEN_MIN_WORDS
            and not _SENTENCE_END.search(prev.text)
            and _CONTINUES_RE.match(ln.text)
        ):
            out[-1] = _Line(prev.number, prev.start, ln.end, f"{prev.text} {ln.text}", ln.number)
        else:
            out.append(ln)
    return out


# A pull quote or a teaser repeats words of a paragraph ("This is not a
# tourist eruption" set large beside the paragraph that quotes it): read as a
# sentence of its own it would be a second claim, paired a second time. A
# line of at least this many words found whole inside a longer line of the
# same page is dropped as a duplicate. (None of the 807 sources of
# ../shared/eval and quality/extra has such a line.)
_PULL_QUOTE_MIN_WORDS = 4
_PULL_QUOTE_MAX_LINES = 2000  # the check is quadratic in the lines of one page


def _mark_pull_quotes(lines: Sequence[_Line], reasons: list[str | None]) -> None:
    kept = [i for i in range(len(lines)) if reasons[i] is None]
    if len(kept) > _PULL_QUOTE_MAX_LINES:
        return
    keys = {i: " " + _alnum_words(lines[i].text) + " " for i in kept}
    for i in kept:
        if len(keys[i].split()) < _PULL_QUOTE_MIN_WORDS:
            continue
        if any(len(keys[j]) > len(keys[i]) and keys[i] in keys[j] for j in kept if j != i):
            reasons[i] = "duplicate"


def _alnum_words(text: str) -> str:
    """`_key` with every run of other characters made one space: quotes,
    dashes and punctuation do not hide a repeat."""
    return " ".join(re.findall(r"\w+", _key(text)))


def _as_read(source: Source, ln: _Line) -> str:
    """A line's text as in the file (markup and all); a paragraph joined from
    hard-wrapped lines keeps the spaces `_paragraphs` put for its breaks."""
    raw = source.text[ln.start : ln.end]
    return ln.text if "\n" in raw else raw


def clean_source(
    source: Source, *, own_text: bool = False
) -> tuple[tuple[tuple[int, int], ...], tuple[Dropped, ...]]:
    """Split a source into kept line spans and dropped noise.

    Returns:
        ``(kept, dropped)``: kept is a tuple of ``(start, end)`` offsets into
        ``source.text``, one per kept line (a paragraph of hard-wrapped text, which spans
        its line breaks), stripped, in file order; dropped
        holds a `Dropped` record per noise line with a reason from
        `NOISE_REASONS`. Header lines (before ``source.body_start``) are
        dropped as "header".

    ``own_text``: the user's own draft, not a scraped page. A sentence it
    gives twice (a lede restated at the end) is said twice on purpose: it is
    neither a repeated caption nor a second pasted copy, and both get a verdict.
    """
    header, body, blocks = _body_lines(source)
    body = _paragraphs(body) if _hard_wrapped(body) else _rejoin_broken(body)
    ctx = _context(source, body)
    if own_text:
        ctx = dataclasses.replace(ctx, repeated=frozenset())
    reasons = _judge_page(body, ctx, title_known=bool(header) or bool(ctx.title_key))
    if not own_text and not ctx.repeated and _pasted_twice(Counter(ln.text for ln in body)):
        # The article twice over: its first copy is read, the later copies dropped.
        seen: set[str] = set()
        for i, ln in enumerate(body):
            if ln.text in seen and reasons[i] is None:
                reasons[i] = "duplicate"
            seen.add(ln.text)
    if not own_text:
        _mark_pull_quotes(body, reasons)
    dropped = [
        Dropped(source.id, ln.start, ln.end, "header", _as_read(source, ln)) for ln in header
    ]
    kept: list[tuple[int, int]] = []
    for ln, reason in zip(body, reasons, strict=True):
        if reason is None:
            kept.append((ln.start, ln.end))
        else:
            dropped.append(Dropped(source.id, ln.start, ln.end, reason, _as_read(source, ln)))
    dropped += [Dropped(source.id, ln.start, ln.end, why, ln.text) for ln, why in blocks]
    dropped.sort(key=lambda d: d.start)
    return tuple(kept), tuple(dropped)
