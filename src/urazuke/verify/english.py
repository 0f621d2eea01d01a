"""What a source article states, read by rule: names, roles, titles, numbers, dates, places.

English needs no heavy model: sentences by punctuation, capitalized name spans, role and
title phrases (Prime Minister Shigeru Ishiba; Florian Weber, a CSU member of the council),
numbers with the word they count (roughly 10,000 North Korean troops → people), dates
(January 2025; Friday, resolved against the publication date, forward when the sentence
looks ahead) and places (in Lima). A Japanese source is read through its own analysis.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib.resources import files
from typing import Any

from urazuke.lexicon import load_lexicons
from urazuke.model import Analysis, Article
from urazuke.verify.speech import ORG_WORDS, Said, read_speech
from urazuke.verify.words import NUMBER_WORDS as _NUMBER_WORDS
from urazuke.verify.words import SPELLED_NUMBER as _SPELLED

MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for m in names
}
WEEKDAYS = {
    d: i
    for i, d in enumerate(
        ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"), start=1
    )
}
_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
_ORDINAL_WORDS = dict(
    zip(
        "first second third fourth fifth sixth seventh eighth ninth tenth".split(),
        range(1, 11),
        strict=True,
    )
)
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "bn": 1e9, "trillion": 1e12}
_HEDGES = (
    "about",
    "around",
    "roughly",
    "some",
    "nearly",
    "almost",
    "approximately",
    "more than",
    "over",
    "at least",
    "up to",
    "an estimated",
    "estimated",
)
# The hedges that round a number (about 10,000); the others bound it (at least 47, more
# than 300), and the bound is said exactly.
_ROUNDING = frozenset(["about", "around", "roughly", "some", "nearly", "almost",
                       "approximately", "an estimated", "estimated"])  # fmt: skip
BOUNDED = re.compile(
    r"(?i)(?:" + "|".join(h for h in _HEDGES if h not in _ROUNDING) + r"|fewer than|less than)\b"
)
# English words a number counts → urazuke unit codes (lexicon/units.tsv).
_UNIT_WORDS = {
    "people": "people",
    "persons": "people",
    "troops": "people",
    "soldiers": "people",
    "civilians": "people",
    "workers": "people",
    "residents": "people",
    "children": "people",
    "deaths": "people",
    "dead": "people",
    "casualties": "people",
    "fighters": "people",
    "members": "people",
    "refugees": "people",
    "migrants": "people",
    "students": "people",
    "missiles": "rounds",
    "rockets": "rounds",
    "shells": "rounds",
    "drones": "aircraft",
    "aircraft": "aircraft",
    "planes": "aircraft",
    "jets": "aircraft",
    "ships": "ships",
    "vessels": "ships",
    "cases": "cases",
    "percent": "percent",
    "%": "percent",
    "yen": "JPY",
    "dollars": "USD",
    "$": "USD",
    "euros": "EUR",
    "won": "KRW",
    "kilometres": "km",
    "kilometers": "km",
    "km": "km",
    "miles": "mile",
    "votes": "votes",
    "seats": "seats",
    "years": "years",
    "countries": "countries",
    "homes": "households",
    "households": "households",
    "buildings": "buildings",
    "companies": "companies",
    "plants": "plants",
    "litres": "l",
    "liters": "l",
    "chapters": "chapters",
    "seasons": "seasons",
    "strikeouts": "strikeouts",
    "games": "games",
    "matches": "games",
    "factories": "plants",
    "samples": "samples",
    "stores": "stores",
    "shops": "stores",
    "outlets": "stores",
    "schools": "schools",
    "hospitals": "hospitals",
    "mines": "mines",
    "firms": "companies",
    "carmakers": "companies",
    "automakers": "companies",
    "makers": "companies",
    "manufacturers": "companies",
    "suppliers": "companies",
    "patients": "people",
    "candidates": "people",
    "delegates": "people",
    "inmates": "people",
    "points": "points",
    "days": "days",
    "weeks": "weeks",
    "months": "months",
    "hours": "hours",
    "minutes": "minutes",
    "jobs": "people",
    "positions": "people",
    "spectators": "people",
    "fans": "people",
    "voters": "people",
    "supporters": "people",
    "employees": "people",
    "staff": "people",
    "passengers": "people",
    "bodies": "people",
    "balls": "pitches",
    "beds": "beds",
    "deliveries": "pitches",
    "megawatts": "MW",
    "mw": "MW",
    "gigawatts": "GW",
    "gw": "GW",
    "kilowatts": "kW",
    "seconds": "seconds",
    "second": "seconds",
    "abstentions": "votes",
    "witnesses": "people",
    "personnel": "people",
    "victims": "people",
    "survivors": "people",
    "miners": "people",
    "pilgrims": "people",
    "tourists": "people",
    "visitors": "people",
    "athletes": "people",
    "players": "people",
    "hostages": "people",
    "prisoners": "people",
    "detainees": "people",
    "suspects": "people",
    "crew": "people",
    "women": "people",
    "men": "people",
    "adults": "people",
    "infants": "people",
    "babies": "people",
    "guests": "people",
    "citizens": "people",
    "nationals": "people",
    "pupils": "people",
    "relatives": "people",
    "injured": "people",
    "wounded": "people",
    "missing": "people",
    "individuals": "people",
    "nurses": "people",
    "doctors": "people",
    "police": "people",
    "policemen": "people",
    "firefighters": "people",
    "lawmakers": "people",
    "pages": "pages",
    "clubs": "clubs",
    "teams": "teams",
    "metres": "m",
    "meters": "m",
    "centimetres": "cm",
    "centimeters": "cm",
    "millimetres": "mm",
    "millimeters": "mm",
    "kilograms": "kg",
    "tonnes": "t",
    "tons": "t",
    "hectares": "ha",
    "vehicles": "vehicles",
    "cars": "vehicles",
    "carriages": "vehicles",
    "coaches": "vehicles",
    "wagons": "vehicles",
    "trucks": "vehicles",
    "buses": "vehicles",
    "systems": "unit",
    "batteries": "unit",
    "launchers": "unit",
    "sites": "places",
    "locations": "places",
    "places": "places",
    "items": "items",
    "times": "times",
    "pesos": "PESO",
    "rupees": "INR",
    "rupiah": "IDR",
    "baht": "THB",
    "ringgit": "MYR",
    "reais": "BRL",
    "rand": "ZAR",
    "lira": "TRY",
    "liras": "TRY",
    "francs": "FRANC",
    "kroner": "KRONE",
    "kronor": "KRONE",
    "kronur": "KRONE",
    "zlotys": "PLN",
    "zloty": "PLN",
    "naira": "NGN",
    "dirhams": "AED",
    "riyals": "SAR",
    "cedis": "GHS",
    "shillings": "SHILLING",
    "roubles": "RUB",
    "rubles": "RUB",
    "hryvnias": "UAH",
    "hryvnia": "UAH",
    "yuan": "CNY",
    "renminbi": "CNY",
    "pounds sterling": "GBP",
    "lei": "RON",
    "forints": "HUF",
    "tenge": "KZT",
    "flights": "flights",
    "strokes": "strokes",
    "shots": "strokes",
    "pence": "GBX",
    "ounces": "oz",
    "families": "households",
    "barrels": "barrels",
    "degrees": "degree",
    "nanometres": "nm",
    "nanometers": "nm",
    "dalasis": "GMD",
    "bolivianos": "BOB",
    "boliviano": "BOB",
    "colones": "CRC",
    "kilovolts": "kV",
    "kilovolt": "kV",
    # Currencies said in the singular before a noun (a 40 billion shilling scheme), and
    # the rest of the world's: one code each, as the Japanese counter gives it.
    "shilling": "SHILLING",
    "rupee": "INR",
    "peso": "PESO",
    "franc": "FRANC",
    "dirham": "AED",
    "riyal": "SAR",
    "cedi": "GHS",
    "rouble": "RUB",
    "ruble": "RUB",
    "forint": "HUF",
    "dalasi": "GMD",
    "taka": "BDT",
    "kip": "LAK",
    "dong": "VND",
    "kyat": "MMK",
    "kyats": "MMK",
    "riel": "KHR",
    "riels": "KHR",
    "birr": "ETB",
    "kwacha": "KWACHA",
    "som": "SOM",
    "soms": "SOM",
    "soum": "SOM",
    "soums": "SOM",
    "manat": "MANAT",
    "lari": "GEL",
    "drams": "AMD",
    "tugriks": "MNT",
    "tugrik": "MNT",
    "afghanis": "AFN",
    "dinar": "DINAR",
    "dinars": "DINAR",
    "rial": "RIAL",
    "rials": "RIAL",
    "leones": "SLE",
    "meticais": "MZN",
    "kwanzas": "AOA",
    "kwanza": "AOA",
    "pula": "BWP",
    "guaranis": "PYG",
    "soles": "PEN",
    "bolivars": "VES",
    "quetzales": "GTQ",
    "quetzals": "GTQ",
    "lempiras": "HNL",
    "cordobas": "NIO",
    "koruna": "CZK",
    "korunas": "CZK",
    "leva": "BGN",
    "denars": "MKD",
    "shekels": "ILS",
    "shekel": "ILS",
    "lek": "ALL",
    "pills": "pills",
    "tablets": "pills",
    "pitches": "pitches",
    "nations": "countries",
    "states": "countries",
    "kilogrammes": "kg",
    "kg": "kg",
    "animals": "animals",
    "head": "animals",
    "goals": "points",
    "tries": "points",
    "runs": "points",
}
# Currencies said with a country's name before "dollars" (18 million Taiwan dollars).
# Currencies by their signs: $9 billion, €9 billion, £450 million, ₩15 billion, R$3 billion.
_SIGNS = {"$": "USD", "R$": "BRL", "€": "EUR", "£": "GBP", "¥": "JPY", "₩": "KRW", "₹": "INR"}
_DOLLARS = {"new taiwan": "TWD", "taiwan": "TWD", "hong kong": "HKD", "australian": "AUD",
            "canadian": "CAD", "singapore": "SGD", "new zealand": "NZD"}  # fmt: skip
# Pounds of a country other than Britain (4.5 million Egyptian pounds: 450万エジプト・ポンド).
_POUNDS = {"egyptian": "EGP", "lebanese": "LBP", "sudanese": "SDG", "south sudanese": "SSP",
           "syrian": "SYP"}  # fmt: skip
_ROLE_WORDS = {
    "prime minister": "head_of_government",
    "premier": "head_of_government",
    "chancellor": "head_of_government",
    "president": "head_of_state",
    "foreign minister": "foreign_minister",
    "secretary of state": "foreign_minister",
}
_SENTENCE_WORDS = frozenset(
    "the a an this that these those our we they it he she his her its their in on at after "
    "before but and or so if when while as by from to for with last next some many most "
    "all both each there here however meanwhile also yet still".split()
)
_EN_FUTURE = re.compile(r"\b(?:will|is expected|are expected|scheduled|plans? to|next)\b")
# A capitalized word may hold any letter (Kjærgaard, Mbappé, Łódź).
_UPPER = r"[A-ZÀ-ÖØ-ÞĀ-Ž]"
_CAP = rf"{_UPPER}(?:[^\W\d_]|['’\-])+"
# Particles inside a name: Ursula von der Leyen, Mohammed bin Salman, Dra Abu el-Naga.
_PARTICLE = r"(?:von|van|der|den|de|da|del|di|du|dos|bin|ibn|al|el|la|le)"
_NAME = rf"{_CAP}(?:\s+(?:{_CAP}|[A-Z]\.|(?:{_PARTICLE}[\s\-])+{_CAP}))*"


@dataclass(frozen=True)
class Fact:
    kind: str  # name | role | title | number | date | place | country | dateline
    text: str
    span: tuple[int, int]
    sentence: int
    value: Any = None  # number, date value, office
    unit: str | None = None
    approx: bool = False
    country: str | None = None  # role facts: the country the sentence names
    bare: bool = False  # number facts: no counted word follows (more than 140 and …)


@dataclass(frozen=True)
class SourceFacts:
    label: str
    body: str
    sentences: tuple[tuple[int, int], ...]
    facts: tuple[Fact, ...]
    language: str = "en"
    said: tuple[Said, ...] = ()  # quotations and reported speech, with their speakers

    def of(self, kind: str) -> list[Fact]:
        return [f for f in self.facts if f.kind == kind]


_STOP_COUNTED = frozenset(
    [
        "with",
        "and",
        "of",
        "in",
        "to",
        "from",
        "for",
        "were",
        "was",
        "are",
        "is",
        "have",
        "has",
        "had",
        "by",
        "at",
        "on",
        "who",
        "that",
        "which",
        "or",
        "as",
    ]
)


def _amount(word: str | None) -> float:
    """12 or twelve as a number; 0 for a part left unsaid."""
    if not word:
        return 0.0
    return float(word) if word[0].isdigit() else float(_NUMBER_WORDS[word.lower()])


# Words that open a sentence or a phrase, not a place's name (The Bay, In Lake …).
_NOT_PLACE_START = frozenset(
    "the a an in at on of from to near and but this that its their our his her".split()
)


# 2.4 times faster, three times as many: a multiple (倍), not a count of times.
_COMPARATIVE = frozenset(
    "faster more higher larger bigger greater slower lower smaller cheaper as the".split()
)


# A verb whose bare number counts people: injuring more than 700, arresting 31.
_HARMED = re.compile(
    r"(?i)\b(?:killing|injuring|wounding|evacuating|displacing|arresting|detaining|rescuing"
    r"|killed|injured|wounded|evacuated|arrested|detained|rescued)\s+(?:[a-z]+\s+){0,2}$"
)


def _counted_unit(words: list[str]) -> str | None:
    """The unit of what a number counts: the first unit word before the noun phrase ends
    (10,000 North Korean troops; not 27 points with nine assists)."""
    for w in words:
        if w in _STOP_COUNTED and w not in ("and", "or"):
            return None  # 84 international and domestic flights: and joins adjectives
        if (unit := _unit_word(w)) is not None:
            return unit
    return None


# Plural nouns in -ers and -ors that are things, not people.
_THINGS_ERS = frozenset(
    "containers computers tankers trailers papers numbers letters orders layers chambers "
    "centers centres towers corners waters powers destroyers carriers bombers "
    "reactors sectors factors monitors motors rotors meters metres liters litres dollars "
    "headquarters quarters matters borders shelters transformers boosters "
    "satellites semiconductors processors elevators escalators generators tractors "
    "errors doors floors colors colours sensors indicators rumors rumours corridors harbors "
    "harbours mirrors rivers flowers filters chapters answers posters markers others "
    "degrees".split()
)


def _unit_word(word: str) -> str | None:
    """The unit an English counted word names; plural agent nouns count people."""
    if word in _UNIT_WORDS:
        return _UNIT_WORDS[word]
    if re.fullmatch(r"[a-z]+(?:ers|ors|ists|ians|ees)", word) and word not in _THINGS_ERS:
        return "people"  # engineers, investors, physicians, employees
    return None


@lru_cache(maxsize=1)
def titles_en() -> dict[str, tuple[str, ...]]:
    """Japanese title → the English words for it (lexicon/titles_en.tsv)."""
    text = files("urazuke.lexicon").joinpath("titles_en.tsv").read_text(encoding="utf-8")
    table: dict[str, tuple[str, ...]] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            title, words = line.split("\t")
            table[title] = tuple(w.strip() for w in words.split("|"))
    return table


# Abbreviations a period ends without ending the sentence (the U.S. Food and Drug …).
_ABBREVIATIONS = re.compile(
    r"(?:\b(?:[A-Z]\.){1,3}|\b(?:Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Prof|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|Inc|Corp|Co|Ltd|Jr|Sr|vs|approx)\.)$"
)


def _split_english(body: str) -> tuple[tuple[int, int], ...]:
    spans = []
    start = 0
    for m in re.finditer(r"(?<=[.!?])[\"”’]?\s+(?=[A-Z\"“‘])|\n+", body):
        if m.group(0)[0] not in '\n"”’' and _ABBREVIATIONS.search(
            body[max(0, m.start() - 8) : m.start()]
        ):
            continue  # U.S. Food …, Dr. Kim: the sentence goes on
        if body[start : m.start()].strip():
            spans.append((start, m.start()))
        start = m.end()
    if body[start:].strip():
        spans.append((start, len(body)))
    return tuple(spans)


def _sentence_index(spans: Sequence[tuple[int, int]], offset: int) -> int:
    return next((i for i, (s, e) in enumerate(spans) if s <= offset < e), len(spans) - 1)


def _nearest_year(month: int, day: int, anchor: dt.date) -> int:
    options = []
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            options.append((abs((dt.date(y, month, day) - anchor).days), y))
        except ValueError:
            continue
    return min(options)[1]


@lru_cache(maxsize=1)
def country_codes() -> tuple[tuple[str, str], ...]:
    """(English name, ISO code), longest names first, plus adjectives for roles."""
    pairs = [(name, c.code) for c in load_lexicons().countries for name in c.english]
    pairs += [
        ("Japanese", "JP"),
        ("American", "US"),
        ("South Korean", "KR"),
        ("North Korean", "KP"),
        ("Chinese", "CN"),
        ("Russian", "RU"),
        ("Ukrainian", "UA"),
        ("British", "GB"),
        ("French", "FR"),
        ("German", "DE"),
        ("Indian", "IN"),
        ("Israeli", "IL"),
        ("Iranian", "IR"),
        ("Taiwanese", "TW"),
        ("Korean", "KR"),
    ]
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


@lru_cache(maxsize=1)
def _title_patterns() -> tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...]:
    """Per Japanese title, its English words before a name and after one, compiled once
    (the regex module's own cache is too small for them and the name matcher's)."""
    out = []
    for title, words in titles_en().items():
        alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
        before = re.compile(rf"(?i:\b(?:{alternatives})),?\s+({_NAME})")
        after = re.compile(
            rf"({_NAME}),\s+(?:the|a|an)?\s*(?:[\w\-]+\s+){{0,3}}(?i:(?:{alternatives}))\b"
        )
        out.append((title, before, after))
    return tuple(out)


@lru_cache(maxsize=1)
def _country_name_pattern() -> re.Pattern[str]:
    """Any country's name (not its adjective), as a whole word, longest first."""
    names = sorted((n for c in load_lexicons().countries for n in c.english), key=len)
    return re.compile(rf"(?<![\w-])(?:{'|'.join(re.escape(n) for n in reversed(names))})(?![\w-])")


@lru_cache(maxsize=1)
def _country_pattern() -> re.Pattern[str]:
    """Any country name or adjective, as a whole word, longest first."""
    names = "|".join(re.escape(name) for name, _code in country_codes())
    return re.compile(rf"(?<!\w)(?:{names})(?!\w)")


def _not_national(before: str) -> bool:
    """Whether the word just before a title makes it another office: a province or state
    (Alberta Premier), or Vice, Deputy, Former, Acting … Not a country (US President,
    Japan's Prime Minister)."""
    m = re.search(r"([A-Z][\w\-]*(?:['’]s)?)\s*$", before)
    if m is None:
        return False
    word = re.sub(r"['’]s$", "", m.group(1))
    if word.lower() in ("vice", "deputy", "former", "acting", "interim", "provincial", "state"):
        return True
    if any(word == name for name, _code in country_codes()) or word.lower() in _SENTENCE_WORDS:
        return False
    return word.lower() not in ("when", "then", "new", "outgoing", "incoming")


_WATTS = {"kW": 1e-3, "MW": 1.0, "GW": 1e3}


def in_megawatts(value: Any, unit: str | None) -> dict[str, Any]:
    """Power in one unit (120万キロワット ↔ a 1,200-megawatt substation): {} for the rest."""
    if unit not in _WATTS or not isinstance(value, int | float):
        return {}
    return {"value": float(f"{value * _WATTS[unit]:.12g}"), "unit": "MW"}


# A wire dateline: the city in capitals, maybe its country, maybe the agency, then a dash.
_CAPS = "A-ZÀ-ÖØ-ÞŁŚŻŹĆŃŠŽČŘĞİŞŐŰ"
_DATELINE = re.compile(
    rf"\s*([{_CAPS}][{_CAPS}.'’\-]*(?: [{_CAPS}][{_CAPS}.'’\-]*){{0,3}})"
    r"(?:,\s*[A-Z][\w.’' ]{1,30}?)?\s*(?:\([^)]{1,30}\)\s*)?[—–-]{1,2}\s"
)


# A people's adjective, not a place: the French state, Tamil areas.
PEOPLES = re.compile(
    "|".join(
        "French Dutch Greek Thai Swiss Czech Spanish Italian Polish Turkish Danish Swedish "
        "Finnish Norwegian Irish Scottish Welsh British English Portuguese Chinese Japanese "
        "Vietnamese Lebanese Sudanese Nepalese Indonesian Malaysian Brazilian Argentine "
        "Mexican Canadian Australian Egyptian Nigerian Kenyan Ethiopian Pakistani Iraqi Afghan "
        "Belgian Austrian Hungarian Romanian Bulgarian Serbian Croatian Ukrainian Russian "
        "Syrian Jordanian Saudi Emirati Qatari Israeli Palestinian Peruvian Chilean Colombian "
        "Venezuelan Cuban Haitian Filipino Korean Mongolian Kazakh Uzbek Iranian Indian "
        "American German Moroccan Algerian Tunisian Libyan Ghanaian Tanzanian Ugandan".split()
    )
)
_PART_OF = re.compile(r"\S+\s+of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?")


def read_english(article: Article, label: str, anchor: dt.date | None) -> SourceFacts:
    """Names, roles, numbers, dates and places of an English article, by rule."""
    body = article.body
    spans = _split_english(body)
    facts: list[Fact] = []
    published = dt.date.fromisoformat(article.published) if article.published else anchor

    def add(kind: str, m: re.Match[str], group: int | str = 0, **kw: Any) -> None:
        s, e = m.span(group)
        if isinstance(kw.get("value"), float):
            # $16.4 billion is 16,400,000,000, not the 16,399,999,999.999998 of 16.4 * 1e9.
            kw["value"] = float(f"{kw['value']:.12g}")
            kw |= in_megawatts(kw["value"], kw.get("unit"))
        facts.append(Fact(kind, body[s:e], (s, e), _sentence_index(spans, s), **kw))

    for m in re.finditer(_NAME, body):
        if m.group(0).lower() in _SENTENCE_WORDS:
            continue  # "Our", "The": capitalized because a sentence starts there
        add("name", m)
        # "US President Joe Biden": the name is also its last one, two and three words.
        tokens = list(re.finditer(r"\S+", m.group(0)))
        # "US President Joe Biden", "Hamburg Regional Court": the name is also its last and
        # its first one, two and three words.
        for k in range(1, min(4, len(tokens))):
            for start, end in (
                (m.start() + tokens[-k].start(), m.end()),
                (m.start(), m.start() + tokens[k - 1].end()),
            ):
                facts.append(
                    Fact("name", body[start:end], (start, end), _sentence_index(spans, start))
                )
    countries = country_codes()
    for m in re.finditer(
        r"(?i:(prime minister|premier|chancellor|president|foreign minister|secretary of state))"
        rf",?\s+({_NAME})",
        body,
    ):
        s0 = spans[_sentence_index(spans, m.start())][0]
        window = body[max(s0, m.start() - 40) : m.start()]
        if _not_national(window):
            continue  # Alberta Premier, Vice President, Former Prime Minister
        # The country named nearest before the title, in the same sentence.
        # Ends nearest the title, and the longest of those: Papua New Guinea, not Guinea;
        # South Sudan, not Sudan.
        codes = dict(countries)
        found = [
            (hit.end(), len(hit.group(0)), codes[hit.group(0)])
            for start in range(len(window))
            if (hit := _country_pattern().match(window, start)) is not None
        ]
        country = max(found)[2] if found else None
        add("role", m, 2, value=_ROLE_WORDS[m.group(1).lower()], country=country)
    for m in re.finditer(
        rf"({_NAME}),\s+(?:(\w+)'s\s+|the\s+(\w+)\s+)?"
        r"(prime minister|premier|chancellor|president|foreign minister|secretary of state)\b",
        body,
    ):
        word = m.group(2) or m.group(3) or ""
        country = next((code for name, code in countries if name == word), None)
        add("role", m, 1, value=_ROLE_WORDS[m.group(4)], country=country)
    for title, *said_so in _title_patterns():
        # Foreign Minister Takeshi Iwaya; Malawi's finance minister, Grace Banda.
        for title_pattern in said_so:
            for m in title_pattern.finditer(body):
                s, e = m.span(1)
                if possessive := re.search(r"['’]s\b", body[s:e]):
                    e = s + possessive.start()  # Prime Minister Narendra Modi's party: Modi
                facts.append(
                    Fact("title", body[s:e], (s, e), _sentence_index(spans, s), value=title)
                )
    # Japanese Foreign Minister Takeshi Iwaya and his Australian counterpart, Penny Wong:
    # the counterpart holds the title named before it in the sentence.
    for m in re.finditer(rf"\b(?:his|her|their)\s+(?:\w+\s+)?counterparts?,?\s+({_NAME})", body):
        si = _sentence_index(spans, m.start())
        before = [
            f for f in facts if f.kind == "title" and f.sentence == si and f.span[1] <= m.start()
        ]
        for value in dict.fromkeys(f.value for f in before if f.text == before[-1].text):
            add("title", m, 1, value=value)
    hedge = "|".join(_HEDGES)
    number = (
        rf"(?i:\b(?P<hedge>{hedge})\s+)?(?P<cur>R\$|[$€£¥₩₹])?(?P<num>\b\d(?:[\d,]*\d)?(?:\.\d+)?|\b(?i:"
        + _SPELLED
        + r")\b)(?:\s*(?P<scale>thousand|million|billion|trillion|bn\b))?"
        # The counted words stop short of another number or its hedge: 150 billion yen
        # over five years; two ministers met for about two hours.
        + r"(?P<unit>\s*%|(?:\s+(?!(?i:"
        + "|".join([_SPELLED, *_HEDGES])
        + r")\b)[A-Za-z\-]+){1,4})?"
    )
    for m in re.finditer(number, body):
        if re.search(r"(?:\b[A-Z][A-Za-z]{0,2}-|\b(?:Year|Grade|Form)\s)$", body[: m.start()]):
            continue  # F-35 jets, MiG-29s, Year 9 students: a model or a school year
        raw = m.group("num").lower().replace(",", "")
        year_like = re.fullmatch(r"(19|20)\d\d", m.group("num"))  # 2023, not 2,000
        if year_like and not m.group("cur") and not m.group("scale"):
            continue  # a year, not an amount
        if m.group("cur") and re.search(
            r"[A-Z]$", body[max(0, m.start("cur") - 2) : m.start("cur")]
        ):
            continue  # C$2.2 billion: read below as Canadian dollars, not US ones
        value = float(raw) if raw[0].isdigit() else float(_NUMBER_WORDS[raw])
        # Rounded: 4.1 million is 4,100,000, not 4099999.9999999995.
        value = round(value * _SCALES.get((m.group("scale") or "").lower(), 1), 6)
        if re.search(r"(?i)\b(?:minus|negative)\s+$", body[max(0, m.start() - 10) : m.start()]):
            value = -value  # minus 180 degrees: マイナス180度
        # The counted word may follow adjectives: 10,000 North Korean troops.
        counted = (m.group("unit") or "").lower().replace("search and rescue", "rescue").split()
        if counted[:1] in (["year"], ["grade"]) and re.match(r"\s+\d", body[m.end() :]):
            counted = counted[2:]  # 34 Year 9 students: 34 students of Year 9
        unit = _SIGNS[m.group("cur")] if m.group("cur") else _counted_unit(counted)
        said = " ".join(counted)
        if counted[:1] == ["square"] and unit in ("km", "m", "mile"):
            unit = f"{unit}2"  # 360,000 square kilometres: 36万平方キロ
        elif counted[:1] == ["cubic"] and unit == "m":
            unit = "m3"  # 300 million cubic metres: 3億立方メートル
        elif counted[:2] == ["nautical", "miles"]:
            unit = "nmi"  # 25 nautical miles: 25カイリ
        elif counted[:2] == ["basis", "points"]:
            unit = "bp"  # 400 basis points: 400ベーシスポイント
        elif counted[:1] == ["times"] and len(counted) > 1 and counted[1] in _COMPARATIVE:
            unit = "times_multiple"  # 2.4 times faster: 2.4倍
        unit = next((c for k, c in _DOLLARS.items() if said.startswith(f"{k} dollar")), unit)
        unit = next((c for k, c in _POUNDS.items() if said.startswith(f"{k} pound")), unit)
        bare = not counted or counted[0] in _STOP_COUNTED
        if unit is None and (
            counted[:1] in (["others"], ["more"]) or counted[:2] == ["of", "them"]
        ):
            # killed two people and injured 46 others, seven of them seriously: the unit
            # of the number before, in the same sentence.
            si = _sentence_index(spans, m.start())
            before = [f for f in facts if f.kind == "number" and f.unit and f.sentence == si]
            unit, bare = (before[-1].unit, False) if before else (None, bare)
        if unit is None and bare and _HARMED.search(body, max(0, m.start() - 30), m.start()):
            unit, bare = "people", False  # killing 58 people and injuring more than 700
        rounded = (m.group("hedge") or "").lower() in _ROUNDING
        if raw in ("hundred", "thousand") and re.search(
            r"(?i)\b(?:several|a\s+few|some|many)\s+$", body[max(0, m.start() - 12) : m.start()]
        ):
            # Several hundred square kilometres: 数百平方キロ, as "hundreds of" below.
            value, rounded = (value * 2, value * 9), True
        add("number", m, value=value, unit=unit, approx=rounded, bare=bare)
        if unit == "bp":  # 50 basis points: 0.5ポイント, in percentage points
            add("number", m, value=round(value / 100, 6), unit="points", approx=False)
    for m in re.finditer(r"\b(\d{1,3})\s*[-–]\s*(\d{1,3})\b(?!\s*(?:%|percent))", body):
        add("number", m, value=(float(m.group(1)), float(m.group(2))), unit="score")
    # Dollars of other countries: C$2.2 billion, A$450 million, HK$3 billion.
    for m in re.finditer(
        r"\b(C|A|NZ|HK|S|NT|US)\$\s?(\d[\d,]*(?:\.\d+)?)(?:\s*(thousand|million|billion|trillion))?",
        body,
    ):
        scale = _SCALES.get((m.group(3) or "").lower(), 1)
        value = round(float(m.group(2).replace(",", "")) * scale, 6)
        code = {"C": "CAD", "A": "AUD", "NZ": "NZD", "HK": "HKD", "S": "SGD", "NT": "TWD"}
        add("number", m, value=value, unit=code.get(m.group(1), "USD"))
    # Postponed twice: 2回.
    for m in re.finditer(r"(?i)\b(twice|thrice)\b", body):
        add("number", m, value=2.0 if m.group(1).lower() == "twice" else 3.0, unit="times")
    # Striking out nine, struck out 11 batters: 9奪三振.
    for m in re.finditer(
        rf"(?i)\b(?:striking|struck|strikes|strike)\s+out\s+(\d+|{_SPELLED})\b", body
    ):
        add("number", m, 1, value=_amount(m.group(1)), unit="strikeouts")
    # The 64th minute of a match: 64分.
    for m in re.finditer(r"(?i)\b(\d+)(?:st|nd|rd|th)[- ]minute\b", body):
        add("number", m, value=float(m.group(1)), unit="minutes")
    # Periods said as adjectives or in other words: a 60-day state of emergency, six and a
    # half years, more than two decades.
    spelled = _SPELLED
    period = r"(day|week|month|year|hour|minute)\b(?!s|-old|\s+\d)"  # not 34 Year 9 students
    for m in re.finditer(rf"(?i)\b(\d+|{spelled})[- ]{period}", body):
        add("number", m, value=_amount(m.group(1)), unit=f"{m.group(2).lower()}s")
    # 17-under, six under par, 15 under: a golf score (通算17アンダー).
    for m in re.finditer(rf"(?i)\b(\d+|{spelled})[- ](under|over)(?:[- ]par)?\b", body):
        add("number", m, value=_amount(m.group(1)), unit=f"{m.group(2).lower()}_par")
    # A 12-point plan: 12項目.
    for m in re.finditer(r"(?i)\b(\d+)-point\s+(?:plan|proposal|agenda|programme|program)", body):
        add("number", m, 1, value=float(m.group(1)), unit="items")
    # Ages: the 22-year-old, aged 58, at the age of 22, "Touray, 58, said": 22歳, （58）.
    for m in re.finditer(
        rf"(?i)\b(\d{{1,3}}|{spelled})-year-old\b"
        rf"|\b(?:aged|at the age of)\s+(\d{{1,3}}|{spelled})\b"
        rf"|(?-i:{_NAME}),\s+(\d{{1,3}}),",
        body,
    ):
        group = next(g for g in (1, 2, 3) if m.group(g))
        add("number", m, group, value=_amount(m.group(group)), unit="years_old")
    # A six-man group, a 12-member panel, a 3,000-strong force: people.
    for m in re.finditer(rf"(?i)\b(\d[\d,]*|{spelled})-(?:man|woman|member|person|strong)\b", body):
        add("number", m, 1, value=_amount(m.group(1).replace(",", "")), unit="people")
    # A 30-kilometer stretch, a 200-tonne crane: a measure said as an adjective.
    measures = {"kilometer": "km", "kilometre": "km", "km": "km", "meter": "m", "metre": "m",
                "nanometre": "nm", "nanometer": "nm",
                "mile": "mile", "tonne": "t", "ton": "t", "hectare": "ha"}  # fmt: skip
    for m in re.finditer(rf"(?i)\b(\d[\d,]*(?:\.\d+)?)-({'|'.join(measures)})\b", body):
        value = float(m.group(1).replace(",", ""))
        add("number", m, value=value, unit=measures[m.group(2).lower()])
    # A crowd of about 14,500; a workforce of 9,000: people, though no noun follows.
    for m in re.finditer(
        r"(?i)(?P<before>\b\w+\s+)?\b(?P<what>crowd|audience|attendance|population|workforce"
        r"|death toll|toll)\s+(?:of|was|is|stood at|stands at|now stands at|(?:has\s+)?"
        r"(?:rose|risen|grown|grew|fallen|fell|dropped|declined|reached)(?: to)?)\s+"
        rf"(?P<hedge>(?:{hedge})\s+)?"
        r"(?P<num>\d[\d,]*(?:\.\d+)?)(?![\d.,]*\s*(?:%|percent))(?![.,]?\d)",
        body,
    ):
        # The elephant population: of animals, a count the reader cannot name; Kenya's
        # population, the population: of people.
        owner = (m.group("before") or "").strip()
        animals = (
            m.group("what").lower() == "population" and owner.islower()
            and owner not in ("the", "its", "their", "whose", "total", "country's")
        )  # fmt: skip
        add("number", m, "num", value=float(m.group("num").replace(",", "")),
            unit=None if animals else "people",
            approx=(m.group("hedge") or "").strip().lower() in _ROUNDING,
            bare=False)  # fmt: skip
    for m in re.finditer(rf"(?i)\b(\d+|{spelled}) and a half (years|months|hours)\b", body):
        add("number", m, value=_amount(m.group(1)) + 0.5, unit=m.group(2).lower())
    # Both men, both suspects: 2人.
    for m in re.finditer(r"\b[Bb]oth\s+([a-z]+)\b", body):
        if _counted_unit([m.group(1)]) == "people":
            add("number", m, value=2.0, unit="people")
    # Lost about half a second: 約0.5秒.
    for m in re.finditer(
        r"(?i)\b(about\s+|nearly\s+|almost\s+)?half an? (second|minute|hour)\b", body
    ):
        add("number", m, value=0.5, unit=m.group(2).lower() + "s", approx=bool(m.group(1)))
    for m in re.finditer(
        rf"(?i)\b(?P<hedge>about|more than|over|nearly|almost)?\s*(\d+|{spelled}) decades\b", body
    ):
        add("number", m, value=_amount(m.group(2)) * 10, unit="years", approx=True)
    # Next decade, the past decade, within a decade: 10年.
    for m in re.finditer(
        r"(?i)\b(?:a|one|next|the next|the past|past|last|the last) decade\b", body
    ):
        add("number", m, value=10.0, unit="years", approx=True)
    # A rank: ranked 14th in the world, world No. 3, finished second, 14th place: 14位.
    ordinal = "|".join(_ORDINAL_WORDS)
    rank = rf"(\d+)(?:st|nd|rd|th)|{ordinal}"
    for m in re.finditer(
        rf"(?i)\b(?:ranked|finished|placed|came|world|WTA|ATP|FIFA)\s+(?:No\.\s*(\d+)|{rank})\b"
        rf"|\b(?:{rank})[- ](?:place|ranked)\b|\bNo\.\s*(\d+) in the world\b"
        rf"|\bcareer[- ]high (?:of )?(?:No\.\s*(\d+)|{rank})\b",
        body,
    ):
        place = re.search(rf"(?i)\d+|\b(?:{ordinal})\b", m.group(0))
        word = place.group(0).lower() if place else ""
        value = float(word) if word.isdigit() else float(_ORDINAL_WORDS[word])
        add("number", m, value=value, unit="rank")
    # Two hours and 41 minutes, 2 hours 17 minutes 48 seconds, 2:18:59, 11 years and four
    # months: in the smallest unit, as the Japanese compound (2時間41分, 11年4カ月) is read.
    n = rf"(\d+|{spelled})"
    compound = (
        (rf"(?i)\b{n} hours?,? (?:and )?{n} minutes?(?:,? (?:and )?{n} seconds?)?\b", "time"),
        (r"\b(\d):([0-5]\d):([0-5]\d)\b", "time"),
        (rf"(?i)\b{n} years?,? (?:and )?{n} months?\b", "months"),
        # 44 minutes 51 seconds, 1 minute and 48 seconds, 44:51 (44分51秒, 1分48秒差).
        (rf"(?i)\b{n} minutes?,? (?:and )?(\d+(?:\.\d+)?) seconds?\b", "seconds"),
        # a race time, not a clock's (at 10:40 p.m.): after "in", "of", "clocked" …
        (
            r"(?i)(?:(?<=\bin )|(?<=\bof )|(?<=\bclocked )|(?<=\btimed )|(?<=\btime )"
            r"|(?<=\brecord ))([0-5]?\d):([0-5]\d)\b(?![:.]\d|\s*[ap]\.?m\b)",
            "seconds",
        ),
    )
    for pattern, kind in compound:
        for m in re.finditer(pattern, body):
            if any(f.kind == "number" and f.unit in ("seconds", "minutes", "months")
                   and f.span[0] < m.start() < f.span[1] for f in facts):  # fmt: skip
                continue  # 17 minutes 48 seconds of 2 hours 17 minutes 48 seconds
            a, b, c = (_amount(x) for x in (*m.groups(), None)[:3])
            facts[:] = [
                f for f in facts
                if not (f.kind == "number" and m.start() <= f.span[0] < m.end())
            ]  # fmt: skip
            if kind == "months":
                add("number", m, value=a * 12 + b, unit="months")
            elif kind == "seconds":
                add("number", m, value=a * 60 + b, unit="seconds")
            elif m.group(3) is None:
                add("number", m, value=a * 60 + b, unit="minutes")
            else:
                add("number", m, value=a * 3600 + b * 60 + c, unit="seconds")
    for m in re.finditer(r"(?i)\bmagnitude[- ](\d+(?:\.\d+)?)", body):
        add("number", m, value=float(m.group(1)), unit="magnitude")
    # The strongest aftershock measuring 5.4; a 6.2-magnitude quake.
    for m in re.finditer(
        r"(?i)\b(?:measuring|measured|registering|registered)\s+(\d\.\d)\b"
        r"|\b(\d\.\d)[- ]magnitude\b",
        body,
    ):
        s0, s1 = spans[_sentence_index(spans, m.start())]
        if re.search(r"(?i)quake|aftershock|tremor|magnitude", body[s0:s1]):
            group = 1 if m.group(1) else 2
            add("number", m, group, value=float(m.group(group)), unit="magnitude")
    for m in re.finditer(r"(?i)\b(thousands|hundreds|dozens|tens of thousands)\s+of\s+(\w+)", body):
        low = {"thousands": 1000, "hundreds": 100, "dozens": 24, "tens of thousands": 10000}
        lo = low[m.group(1).lower()]
        unit = _UNIT_WORDS.get(m.group(2).lower())
        add("number", m, value=(lo * 2, lo * 9), unit=unit, approx=True)
    for m in re.finditer(rf"(?i)\b({_MONTH_RE})\.?\s+(\d{{4}})\b", body):
        add("date", m, value=f"{m.group(2)}-{MONTHS[m.group(1).lower()]:02d}")
    # Nov. 5, November 5, 2024, 5 November 2024: a day, its year the nearest if unsaid.
    day_month = (
        rf"(?i)\b(?:(?P<m1>{_MONTH_RE})\.?\s+(?P<d1>\d{{1,2}})(?:,\s*(?P<y1>\d{{4}}))?"
        rf"|(?P<d2>\d{{1,2}})\s+(?P<m2>{_MONTH_RE})\.?(?:\s+(?P<y2>\d{{4}}))?)\b"
    )
    for m in re.finditer(day_month, body):
        month = MONTHS[(m.group("m1") or m.group("m2")).lower()]
        day = int(m.group("d1") or m.group("d2"))
        said = m.group("y1") or m.group("y2")
        year = int(said) if said else (_nearest_year(month, day, published) if published else None)
        if year:
            # approx: the year is ours, not the source's (see sources._same_date).
            add("date", m, value=dt.date(year, month, day).isoformat(), approx=not said)
    for m in re.finditer(
        rf"(?i)\b(?:in|since|until|by|at)\s+(?:the\s+(?:end|beginning|start|middle)\s+of\s+)?"
        rf"(?:(?:early|mid|late)[\s\-]+)?({_MONTH_RE})\b(?!\.?\s+\d)"
        r"(?:\s+(last|this|next) year)?",
        body,
    ):
        if published:
            month = MONTHS[m.group(1).lower()]
            # A month without its year: the nearest, a guess the checks know to be one
            # (approx); with "next year" and the like, the year is said.
            year = _nearest_year(month, 15, published)
            if m.group(2):  # in June next year
                year = published.year + {"last": -1, "this": 0, "next": 1}[m.group(2).lower()]
            add("date", m, 1, value=f"{year}-{month:02d}", approx=not m.group(2))
    # The April-June quarter, the January to March period: each end a month of its own
    # (4～6月期); not "from June to September" of a season that comes every year.
    for m in re.finditer(
        rf"(?i)\b({_MONTH_RE})(?:\s*[-–]\s*({_MONTH_RE})\b(?!\.?\s+\d)"
        rf"|\s+(?:to|through)\s+({_MONTH_RE})\s+(?:quarter|period|half))",
        body,
    ):
        if published:
            for g in (1, 2 if m.group(2) else 3):
                month = MONTHS[m.group(g).lower()]
                year = _nearest_year(month, 15, published)
                if not any(f.kind == "date" and f.span == m.span(g) for f in facts):
                    add("date", m, g, value=f"{year}-{month:02d}", approx=True)
    # Last August, next March: the nearest such month before or after the story.
    for m in re.finditer(rf"(?i)\b(last|next)\s+({_MONTH_RE})\b(?!\.?\s+\d)", body):
        if published:
            month = MONTHS[m.group(2).lower()]
            if m.group(1).lower() == "last":
                year = published.year - (1 if month >= published.month else 0)
            else:
                year = published.year + (1 if month <= published.month else 0)
            add("date", m, 2, value=f"{year}-{month:02d}", approx=True)
    for m in re.finditer(
        r"(?i)\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", body
    ):
        if published:
            wd = WEEKDAYS[m.group(1).lower()]
            s0, s1 = spans[_sentence_index(spans, m.start())]
            if _EN_FUTURE.search(body[s0:s1]):
                d = published + dt.timedelta(days=(wd - published.isoweekday()) % 7 or 7)
            else:
                d = published - dt.timedelta(days=(published.isoweekday() - wd) % 7)
            add("date", m, value=d.isoformat())
    # Next month, last month: 来月, 先月.
    for m in re.finditer(r"(?i)\b(last|this|next) month\b", body):
        if published:
            shift = {"last": -1, "this": 0, "next": 1}[m.group(1).lower()]
            index = published.year * 12 + published.month - 1 + shift
            add("date", m, value=f"{index // 12}-{index % 12 + 1:02d}")
    for m in re.finditer(r"(?i)\b(last|this|next) year\b", body):
        if published:
            offset = {"last": -1, "this": 0, "next": 1}[m.group(1).lower()]
            add("date", m, value=str(published.year + offset))
    for m in re.finditer(r"\b(?:19|20)\d\d\b", body):
        if not any(f.kind == "date" and f.span[0] <= m.start() < f.span[1] for f in facts):
            add("date", m, value=m.group(0))
    # in Sydney, Melbourne and Brisbane; the northern region of Antofagasta.
    lead = (
        r"\b(?:[Ii]n|[Aa]t|[Ff]rom|(?<!according )to|[Nn]ear|[Oo]utside|across\s+the|capital,"
        r"|(?:cit(?:y|ies)|towns?|regions?|provinces?|states?|islands?|ports?|prefectures?"
        r"|districts?|capital|governor|mayor|outskirts|hometown|home town|birthplace|villages?"
        r"|suburbs?|municipality|municipalities|departments?|count(?:y|ies)|parish(?:es)?"
        r"|residents|communities|north|south|east|west|northeast"
        r"|northwest|southeast|southwest) of|[Nn]earby|neighbou?ring)\s+"
        r"(?:The\s+(?=Hague|Gambia|Bahamas))?"
    )
    compass = r"(?:(?:northern|southern|eastern|western|central|north-\w+|south-\w+)\s+)?"
    for m in re.finditer(rf"{lead}({_NAME}(?:,\s+{_NAME})*(?:,?\s+and\s+{compass}{_NAME})?)", body):
        listed = m.group(1)
        if not re.search(r"\sand\s", listed):
            listed = re.split(r",\s+", listed)[0]  # in Leeds, Pennant makes …: no list
        for part in re.finditer(_NAME, listed):
            start = m.start(1) + part.start()
            name = re.sub(r"['’]s$", "", part.group(0))  # in Tuvalu's capital
            if name.lower() in MONTHS or name.lower() in WEEKDAYS:
                continue  # In January, prices rose
            if name != part.group(0) and re.match(
                r"\s+(?:hometown|home|house|family|birthplace|native)\b",
                body[m.start(1) + part.end() :],
            ):
                continue  # in Kanzaki's hometown: a person's
            facts.append(
                Fact("place", name, (start, start + len(name)), _sentence_index(spans, start))
            )
    # Subic Bay, the Niger Delta, the Kathmandu valley: a name with a word of geography.
    for m in re.finditer(
        rf"({_NAME})\s+(?i:bay|strait|gulf|delta|valley|peninsula|islands?|sea|coast|lake"
        r"|river|mountains|basin|plateau|desert|glacier)\b",
        body,
    ):
        if m.group(1).split()[0].lower() not in _NOT_PLACE_START:
            # The Niger Delta is a name whole; the Kathmandu valley is Kathmandu's.
            whole = 0 if m.group(0)[len(m.group(1)) :].strip()[0].isupper() else 1
            facts.append(
                Fact("place", m.group(whole), m.span(whole), _sentence_index(spans, m.start()))
            )
    # Oromia region, the Borena and Guji zones, Kedah state: a name and its lowercase
    # administrative word.
    for m in re.finditer(
        rf"({_NAME})(?:\s+and\s+({_NAME}))?\s+(?:regions?|provinces?|states?|zones?|districts?"
        r"|count(?:y|ies)|departments?|governorates?|prefectures?|oblasts?|municipalit(?:y|ies))\b",
        body,
    ):
        if re.search(r"[\w'’-]$", body[: m.start()]) or (
            m.group(0).endswith(("state", "states")) and re.search(r"\bthe\s+$", body[: m.start()])
        ):
            continue  # Côte d'Azur region: a name's end; the French state: a government
        for group in (1, 2):
            name = m.group(group)
            if (
                name
                and name.split()[0].lower() not in _NOT_PLACE_START
                and not PEOPLES.fullmatch(name)
            ):
                start = m.start(group)
                facts.append(
                    Fact("place", name, (start, start + len(name)), _sentence_index(spans, start))
                )
    # The agency's Sagamihara campus, Toyota's Kentucky plant: the place of a site.
    for m in re.finditer(
        rf"(?:['’]s|\bthe|\bits|\btheir)\s+({_NAME})\s+(?:campus|plant|factory|facility|"
        r"headquarters|base|office|mine|refinery|shipyard|port|airport)\b",
        body,
    ):
        facts.append(Fact("place", m.group(1), m.span(1), _sentence_index(spans, m.start(1))))
    # A Shenzhen-based company, the Nagoya-headquartered maker, near the Giza pyramids.
    for m in re.finditer(
        rf"(?:\b(?:[Ii]n|[Aa]t|[Nn]ear|[Ff]rom)\s+the\s+)?({_NAME})-(?:based|headquartered)\b"
        rf"|\b(?:[Ii]n|[Aa]t|[Nn]ear|[Ff]rom)\s+the\s+({_NAME})\s+(?:[a-z]+\s+)?"
        r"(?:pyramids|region|area|coast|border|mountains|valley|delta|peninsula|basin|river"
        r"|market|square|stadium|arena|airport|station|district|neighbourhood|neighborhood)\b",
        body,
    ):
        group = 1 if m.group(1) else 2
        start, name = m.start(group), m.group(group)
        first = name.split()[0]
        if first.lower() in _NOT_PLACE_START and " " in name:
            # The Aarhus-based company: the place is Aarhus.
            start, name = start + len(first) + 1, name[len(first) + 1 :]
        facts.append(Fact("place", name, (start, start + len(name)), _sentence_index(spans, start)))
    # A 41-page document, a 500-kilovolt line, a 1,200-megawatt plant: the unit as an
    # adjective.
    for m in re.finditer(r"\b(\d[\d,]*(?:\.\d+)?)-([a-z]+)\b", body):
        word = m.group(2)
        unit = _unit_word(word + "s") or _unit_word(word)
        if (
            unit is None
            or unit == "people"
            or any(f.kind == "number" and f.span[0] == m.start() and f.unit == unit for f in facts)
        ):
            continue  # read above: periods (a 60-day state), people (a 50-member team)
        value = float(m.group(1).replace(",", ""))
        add("number", m, value=value, unit=unit)
    # 12 of the 45 seats, three of its nine judges: the part counts what the whole counts.
    starting = {f.span[0]: f for f in facts if f.kind == "number"}
    for i, f in enumerate(facts):
        if f.kind != "number" or f.unit is not None or isinstance(f.value, tuple):
            continue
        of = _PART_OF.match(body, f.span[0])
        counted = starting.get(of.end()) if of else None
        if (
            counted is not None
            and counted.unit is not None
            and not isinstance(counted.value, tuple)
        ):
            facts[i] = replace(f, unit=counted.unit, bare=False)
    # "two decades" read as 20 years is not also a bare 2.
    with_unit = [f for f in facts if f.kind == "number" and f.unit is not None]
    facts = [
        f
        for f in facts
        if not (
            f.kind == "number"
            and f.unit is None
            and any(c.span[0] <= f.span[0] < c.span[1] for c in with_unit)
        )
    ]
    # Every country the source names, however (the size of France): a place where the
    # article names a place in its stead.
    for m in _country_name_pattern().finditer(body):
        facts.append(Fact("country", m.group(0), m.span(), _sentence_index(spans, m.start())))
    line = _DATELINE.match(body)
    if line is not None:  # NAIROBI, Kenya — …: where the report was filed
        facts.append(Fact("dateline", line.group(1), line.span(1), 0))
    speech = _speech(body, spans, facts)
    # A place read after "in" or "to" that the source has speak is a person (in remarks to
    # Misaki Onodera).
    speakers = {w for s in speech if s.speaker and " " in s.speaker for w in s.speaker.split()}
    facts = [f for f in facts if f.kind != "place" or not set(f.text.split()) <= speakers]
    return SourceFacts(label, body, spans, tuple(facts), said=tuple(speech))


def _speech(body: str, spans: Sequence[tuple[int, int]], facts: Sequence[Fact]) -> list[Said]:
    """Quotations and reported speech; a pronoun speaker resolved among the names that are
    people's: a full name of two or three words, or any one word of such a name."""
    names = [f for f in facts if f.kind == "name"]
    places = {f.text for f in facts if f.kind == "place"}
    countries = {name for name, _code in country_codes()}
    people = {
        f.text
        for f in names
        if 2 <= len(f.text.split()) <= 3
        and all(w[0].isupper() for w in f.text.split())
        and not any(w.lower().strip(".,") in _NOT_PERSON for w in f.text.split())
        and not re.search(r"['’]s$", f.text)  # Victoria Police's (command): whose, not who
        and not any(w in countries or w in places for w in f.text.split())
        and f.text not in places  # El Rodeo, La Paz
        and f.text.split()[0].lower() not in _NOT_PLACE_START  # In El Rodeo
    }
    words = {w for p in people for w in p.split()}
    spans_of = [f.span for f in names if f.text in people or f.text in words]
    # In El Rodeo, Ernesto Quiñónez, a farmer, said …: no word of a place's name speaks.
    place_words = {w for p in places for w in p.split() if w[:1].isupper()}
    not_people = frozenset(
        {*places, *place_words, *countries, *(w for w in MONTHS if len(w) > 3), *WEEKDAYS} - words
    )
    return read_speech(body, spans, spans_of, not_people)


# Words that make a capitalized phrase a title, a body or a date rather than a person.
_NOT_PERSON = ORG_WORDS | frozenset(
    "president minister prime secretary chancellor premier foreign senator governor mayor "
    "general chief executive director spokesman spokeswoman the a an monday tuesday "
    "wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december".split()
)


def read_japanese(analysis: Analysis, label: str) -> SourceFacts:
    """The same facts from a Japanese source, through its own analysis."""
    facts: list[Fact] = []
    for e in analysis.entities:
        for m in e.mentions:
            facts.append(Fact("name", e.name, m.span, m.sentence))
            if m.role is not None:
                facts.append(Fact("role", e.name, m.span, m.sentence, value=m.role))
    for q in analysis.quantities:
        value = tuple(q["value"]) if isinstance(q["value"], list) else float(q["value"])
        facts.append(
            Fact(
                "number",
                q["text"],
                tuple(q["span"]),
                q["sentence"],
                value=value,
                unit=q["unit"],
                approx=q["approx"],
            )
        )
    for t in analysis.times:
        facts.append(Fact("date", t["text"], tuple(t["span"]), t["sentence"], value=t["value"]))
    spans = tuple(s.span for s in analysis.sentences)
    said = tuple(
        Said(
            q["text"].strip("「」『』"),
            tuple(q["span"]),
            q["sentence"],
            q["speaker"]["name"] if q["speaker"] else None,
            "named" if q["speaker"] else "none",
            q["kind"] == "direct",
        )
        for q in analysis.quotes
        if q["kind"] != "term"
    )
    return SourceFacts(label, analysis.article.body, spans, tuple(facts), "ja", said)
