"""Lexical sentence vectors: hashed TF-IDF of content-word stems.

Sentence embeddings from a small model miss pairs that share the rare words of
a story ("the yen", "turnout", "the update ... rolling out") but are phrased
differently. Words that are rare in this job's sentences and shared across
sources are strong evidence of the same fact, so alignment adds the cosine of
these vectors to the embedding cosine. IDF is computed over the claims of the
run itself (deterministic; no outside data), and words are hashed into a fixed
number of dimensions so memory stays linear in the number of sentences.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

import numpy as np

from claimcheck.slots import names

DIM = 512

STOPWORDS = frozenset(
    """a an the and or but if then than that this these those there here of to in on at by for from
    with without as is are was were be been being has have had do does did will would shall should
    can could may might must it its it's he she they them his her their we our you your i me my mine
    who whom whose which what when where why how not no nor so too very also just only more most
    less least about after before over under into onto out up down off again further once all any
    both each few other some such own same said says say told according since while during between
    through against new one two three four five six seven eight nine ten last first next year years
    week weeks day days monday tuesday wednesday thursday friday saturday sunday mr ms mrs dr el la
    los las de del en y que un una por con para se su""".split()
)
_TOKEN_RE = re.compile(r"[^\W\d_]+", re.UNICODE)


# Frequent function words that tell the common languages of news apart. A few are
# shared (Spanish/Portuguese "de", "que"), so a language needs a clear lead.
_MARKERS = {
    "en": "the of and to is was for on with that by as at from his has have it an be are were this"
    " which",
    "es": "el los las del que se por con para una es al lo su sus como más pero fue ha según",
    "fr": "le les des du et est une pour dans pas sur au aux qui ce il elle ont été avec selon",
    "de": "der die das und ist nicht mit den dem ein eine zu von auf für sich im auch wurde",
    "pt": "os do da dos das em com uma não mais foi são ao pela pelo segundo",
    "it": "il gli di della che è per con non sono nel alla dei degli secondo",
}
_MARKER_SETS = {lang: frozenset(words.split()) for lang, words in _MARKERS.items()}


@lru_cache(maxsize=65536)
def language_of(text: str) -> str:
    """The text's language code ("en", "es", "fr", "de", "pt", "it"), or "" when unsure.

    Counts function words; a language needs at least two of them and two more
    than any other. Used only to tell whether two sentences are in different
    languages, so "" (unsure) never counts as different.
    """
    words = _TOKEN_RE.findall(text.lower())
    counts = sorted(
        ((sum(w in markers for w in words), lang) for lang, markers in _MARKER_SETS.items()),
        reverse=True,
    )
    (best, lang), (second, _) = counts[0], counts[1]
    return lang if best >= 2 and best - second >= 2 else ""


# Writing systems other than the Latin alphabet, by the first word of their
# letters' Unicode names. claimcheck reads Latin-script text only: in these,
# sentences, names, dates and figures are not read, and the model is English.
_SCRIPTS = {
    "CYRILLIC": "Cyrillic", "ARABIC": "Arabic", "HEBREW": "Hebrew", "GREEK": "Greek",
    "CJK": "Chinese or Japanese", "HIRAGANA": "Chinese or Japanese",
    "KATAKANA": "Chinese or Japanese", "HANGUL": "Korean", "DEVANAGARI": "Devanagari",
    "BENGALI": "Bengali", "THAI": "Thai", "GEORGIAN": "Georgian", "ARMENIAN": "Armenian",
    "TAMIL": "Tamil",
}  # fmt: skip


def script_of(text: str, sample: int = 4000) -> str:
    """The writing system most of the text's letters are in, when it is not
    the Latin alphabet ("Cyrillic", "Arabic", "Chinese or Japanese", ...);
    "" for Latin-script text or no letters. Reads the first ``sample`` letters."""
    if text.isascii():
        return ""  # the common case, at C speed
    import unicodedata

    counts: Counter[str] = Counter()
    seen = 0
    for ch in text:
        if not ch.isalpha():
            continue
        seen += 1
        if ch.isascii():
            counts["Latin"] += 1
        else:
            first = unicodedata.name(ch, "").split(" ", 1)[0]
            counts[_SCRIPTS.get(first, "Latin" if first == "LATIN" else "other")] += 1
        if seen >= sample:
            break
    if not seen:
        return ""
    script, n = counts.most_common(1)[0]
    return script if script not in ("Latin", "other") and 2 * n > seen else ""


# British spellings folded to American ones, so "seven-storey building" meets
# "seven-story building" and "metres" meets "meters".
_BRITISH_WORDS = {
    "storey": "story", "storeys": "stories", "programme": "program", "programmes": "programs",
    "tyre": "tire", "tyres": "tires", "grey": "gray", "aeroplane": "airplane",
    "aeroplanes": "airplanes", "defence": "defense", "offence": "offense", "licence": "license",
    "manoeuvre": "maneuver", "manoeuvres": "maneuvers", "jewellery": "jewelry",
    "aluminium": "aluminum", "kerb": "curb", "mould": "mold", "plough": "plow",
}  # fmt: skip
_BRITISH_RE = (
    (
        re.compile(r"^(colo|favo|hono|labo|neighbo|rumo|harbo|behavio|humo|vigo|savo|flavo)ur"),
        r"\1r",
    ),
    (re.compile(r"^(cent|met|lit|theat|fib|spect|calib|sab)re(s?)$"), r"\1er\2"),
    (re.compile(r"(?<=.{3})is(e|ed|es|ing|ation|ations)$"), r"iz\1"),
    (
        re.compile(
            r"^(travel|cancel|label|model|level|signal|fuel|total|channel|tunnel|counsel)"
            r"l(ed|ing|er|ers)$"
        ),
        r"\1\2",
    ),
)


def _americanise(w: str) -> str:
    if w in _BRITISH_WORDS:
        return _BRITISH_WORDS[w]
    for pattern, repl in _BRITISH_RE:
        w = pattern.sub(repl, w)
    return w


@lru_cache(maxsize=65536)  # a few thousand distinct words make up most sentences
def stem(word: str) -> str:
    """A light English suffix stripper: enough to meet "recalls"/"recalled"/"recalling"."""
    w = _americanise(word.lower())
    for suffix in ("ingly", "edly", "ing", "ed", "es", "s", "ly"):
        if len(w) - len(suffix) >= 4 and w.endswith(suffix):
            w = w[: -len(suffix)]
            break
    if len(w) > 4 and w.endswith("e"):
        w = w[:-1]
    return w


def content_stems(text: str) -> list[str]:
    """Stems of the content words of a sentence, in order.

    Capitalised words go through the name key of `claimcheck.slots.names`, so
    spellings of one name meet (Lukashenka/Lukashenko, Grindavík/Grindavik).
    """
    out = []
    for token in _TOKEN_RE.findall(text):
        if token.lower() in STOPWORDS or len(token) <= 2:
            continue
        out.append(names.entity_key(token) if token[0].isupper() else stem(token))
    return out


@lru_cache(maxsize=65536)
def _bucket(token: str) -> tuple[int, float]:
    digest = hashlib.blake2b(token.encode("utf-8"), digest_size=8).digest()
    value = int.from_bytes(digest, "little")
    return value % DIM, 1.0 if (value >> 32) & 1 else -1.0


def lexical_matrix(texts: Sequence[str]) -> np.ndarray:
    """One L2-normalised row per text: hashed, IDF-weighted content stems."""
    docs = [Counter(content_stems(t)) for t in texts]
    df: Counter[str] = Counter()
    for doc in docs:
        df.update(doc.keys())
    n = len(docs)
    idf_of = {token: math.log((1 + n) / (1 + count)) + 1.0 for token, count in df.items()}
    out = np.zeros((n, DIM), dtype=np.float32)
    for i, doc in enumerate(docs):
        for token in sorted(doc):
            idf = idf_of[token]
            col, sign = _bucket(token)
            out[i, col] += sign * (1.0 + math.log(doc[token])) * idf
        norm = float(np.linalg.norm(out[i]))
        if norm > 0:
            out[i] /= norm
    return out
