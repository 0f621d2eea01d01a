"""Claims checked against source articles, across languages.

An English source needs no heavy model: its sentences, capitalized name spans, role
phrases (Prime Minister Shigeru Ishiba, Japan's prime minister), numbers with the word they
count, and dates are found by rule. A Japanese claim is then:

- supported when the source has its counterpart: the same person (names compared as
  people, across scripts), the same number (within the hedge: 約1万 ↔ roughly 10,000), the
  same date (2025年1月 ↔ January 2025; 金曜日 ↔ Friday), the same place (リマ ↔ Lima);
- contradicted when the source says something else in the same slot: another person in
  the same office, another number of the same thing or another date in the sentence that
  tells the same fact (the source sentence sharing most names with the claim's sentence);
- unverified when the source has no counterpart at all.

A Japanese source is analyzed like the article and compared in the same way.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from typing import Any

from urazuke.kb import KnowledgeBase
from urazuke.lexicon import load_lexicons
from urazuke.model import Analysis, Article, Entity
from urazuke.verify.names import same_name
from urazuke.verify.roles import RoleClaim

_MONTHS = {
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
_WEEKDAYS = {
    d: i
    for i, d in enumerate(
        ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"), start=1
    )
}
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "twenty": 20,
    "dozen": 12,
    "hundred": 100,
    "thousand": 1000,
}
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
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
    "jobs": "people",
    "positions": "people",
    "spectators": "people",
    "fans": "people",
    "voters": "people",
}
_ROLE_WORDS = {
    "prime minister": "head_of_government",
    "premier": "head_of_government",
    "chancellor": "head_of_government",
    "president": "head_of_state",
    "foreign minister": "foreign_minister",
    "secretary of state": "foreign_minister",
}
_EN_FUTURE = re.compile(r"\b(?:will|is expected|are expected|scheduled|plans? to|next)\b")
_NAME = r"[A-Z][a-zA-Z'’\-]+(?:\s+(?:[A-Z][a-zA-Z'’\-]+|[A-Z]\.))*"


@dataclass(frozen=True)
class Fact:
    kind: str  # name | role | number | date | place
    text: str
    span: tuple[int, int]
    sentence: int
    value: Any = None  # number, date value, office
    unit: str | None = None
    approx: bool = False
    country: str | None = None  # role facts: the country the sentence names


@dataclass(frozen=True)
class SourceFacts:
    label: str
    body: str
    sentences: tuple[tuple[int, int], ...]
    facts: tuple[Fact, ...]
    language: str = "en"

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


def _counted_unit(words: list[str]) -> str | None:
    """The unit of what a number counts: the first unit word before the noun phrase ends
    (10,000 North Korean troops; not 27 points with nine assists)."""
    for w in words:
        if w in _STOP_COUNTED:
            return None
        if (unit := _unit_word(w)) is not None:
            return unit
    return None


def _unit_word(word: str) -> str | None:
    """The unit an English counted word names; plural agent nouns count people."""
    if word in _UNIT_WORDS:
        return _UNIT_WORDS[word]
    if re.fullmatch(r"[a-z]+(?:ers|ists|ants|ents|ates|ians|ees)", word):
        return "people"  # engineers, candidates, residents, officials
    return None


@lru_cache(maxsize=1)
def _titles_en() -> dict[str, tuple[str, ...]]:
    """Japanese title → the English words for it (lexicon/titles_en.tsv)."""
    text = files("urazuke.lexicon").joinpath("titles_en.tsv").read_text(encoding="utf-8")
    table: dict[str, tuple[str, ...]] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            title, words = line.split("\t")
            table[title] = tuple(w.strip() for w in words.split("|"))
    return table


def _split_english(body: str) -> tuple[tuple[int, int], ...]:
    spans = []
    start = 0
    for m in re.finditer(r"(?<=[.!?])[\"”’]?\s+(?=[A-Z\"“‘])|\n+", body):
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


def _country_codes() -> list[tuple[str, str]]:
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
    return sorted(pairs, key=lambda p: -len(p[0]))


def read_english(article: Article, label: str, anchor: dt.date | None) -> SourceFacts:
    """Names, roles, numbers, dates and places of an English article, by rule."""
    body = article.body
    spans = _split_english(body)
    facts: list[Fact] = []
    published = dt.date.fromisoformat(article.published) if article.published else anchor

    def add(kind: str, m: re.Match[str], group: int = 0, **kw: Any) -> None:
        s, e = m.span(group)
        facts.append(Fact(kind, body[s:e], (s, e), _sentence_index(spans, s), **kw))

    for m in re.finditer(_NAME, body):
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
    countries = _country_codes()
    for m in re.finditer(
        r"(?i:(prime minister|premier|chancellor|president|foreign minister|secretary of state))"
        rf",?\s+({_NAME})",
        body,
    ):
        s0 = spans[_sentence_index(spans, m.start())][0]
        window = body[max(s0, m.start() - 40) : m.start()]
        # The country named nearest before the title, in the same sentence.
        found = [(window.rfind(name), code) for name, code in countries if name in window]
        country = max(found)[1] if found else None
        add("role", m, 2, value=_ROLE_WORDS[m.group(1).lower()], country=country)
    for m in re.finditer(
        rf"({_NAME}),\s+(?:(\w+)'s\s+|the\s+(\w+)\s+)?"
        r"(prime minister|premier|chancellor|president|foreign minister|secretary of state)\b",
        body,
    ):
        word = m.group(2) or m.group(3) or ""
        country = next((code for name, code in countries if name == word), None)
        add("role", m, 1, value=_ROLE_WORDS[m.group(4)], country=country)
    for title, words in _titles_en().items():
        alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
        for m in re.finditer(rf"(?i:\b(?:{alternatives}))\s+({_NAME})", body):
            add("title", m, 1, value=title)
        for m in re.finditer(
            rf"({_NAME}),\s+(?:the|a|an)?\s*(?:[\w\-]+\s+){{0,3}}(?i:(?:{alternatives}))\b", body
        ):
            add("title", m, 1, value=title)
    hedge = "|".join(_HEDGES)
    number = (
        rf"(?i:(?P<hedge>{hedge})\s+)?(?P<cur>\$)?(?P<num>\d[\d,]*(?:\.\d+)?|"
        + "|".join(_NUMBER_WORDS)
        + r")(?:\s*(?P<scale>thousand|million|billion|trillion))?"
        + r"(?P<unit>\s*%|(?:\s+[A-Za-z\-]+){1,4})?"
    )
    for m in re.finditer(number, body):
        raw = m.group("num").lower().replace(",", "")
        if re.fullmatch(r"(19|20)\d\d", raw) and not m.group("unit"):
            continue  # a year
        value = float(raw) if raw[0].isdigit() else float(_NUMBER_WORDS[raw])
        value *= _SCALES.get((m.group("scale") or "").lower(), 1)
        # The counted word may follow adjectives: 10,000 North Korean troops.
        counted = (m.group("unit") or "").lower().split()
        unit = "USD" if m.group("cur") else _counted_unit(counted)
        add("number", m, value=value, unit=unit, approx=m.group("hedge") is not None)
    for m in re.finditer(r"(?i)\b(thousands|hundreds|dozens|tens of thousands)\s+of\s+(\w+)", body):
        low = {"thousands": 1000, "hundreds": 100, "dozens": 24, "tens of thousands": 10000}
        lo = low[m.group(1).lower()]
        unit = _UNIT_WORDS.get(m.group(2).lower())
        add("number", m, value=(lo * 2, lo * 9), unit=unit, approx=True)
    for m in re.finditer(rf"(?i)\b({_MONTH_RE})\.?\s+(\d{{4}})\b", body):
        add("date", m, value=f"{m.group(2)}-{_MONTHS[m.group(1).lower()]:02d}")
    for m in re.finditer(rf"(?i)\b({_MONTH_RE})\.?\s+(\d{{1,2}})(?:,\s*(\d{{4}}))?\b", body):
        month, day = _MONTHS[m.group(1).lower()], int(m.group(2))
        year = (
            int(m.group(3))
            if m.group(3)
            else (_nearest_year(month, day, published) if published else None)
        )
        if year:
            add("date", m, value=dt.date(year, month, day).isoformat())
    for m in re.finditer(rf"(?i)\b(\d{{1,2}})\s+({_MONTH_RE})\.?(?:\s+(\d{{4}}))?\b", body):
        month, day = _MONTHS[m.group(2).lower()], int(m.group(1))
        year = (
            int(m.group(3))
            if m.group(3)
            else (_nearest_year(month, day, published) if published else None)
        )
        if year:
            add("date", m, value=dt.date(year, month, day).isoformat())
    for m in re.finditer(rf"(?i)\b(?:in|since|until|by)\s+({_MONTH_RE})\b(?!\.?\s+\d)", body):
        if published:
            month = _MONTHS[m.group(1).lower()]
            year = _nearest_year(month, 15, published)
            add("date", m, 1, value=f"{year}-{month:02d}")
    for m in re.finditer(
        r"(?i)\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", body
    ):
        if published:
            wd = _WEEKDAYS[m.group(1).lower()]
            s0, s1 = spans[_sentence_index(spans, m.start())]
            if _EN_FUTURE.search(body[s0:s1]):
                d = published + dt.timedelta(days=(wd - published.isoweekday()) % 7 or 7)
            else:
                d = published - dt.timedelta(days=(published.isoweekday() - wd) % 7)
            add("date", m, value=d.isoformat())
    for m in re.finditer(r"(?i)\blast year\b", body):
        if published:
            add("date", m, value=str(published.year - 1))
    for m in re.finditer(r"\b(?:19|20)\d\d\b", body):
        if not any(f.kind == "date" and f.span[0] <= m.start() < f.span[1] for f in facts):
            add("date", m, value=m.group(0))
    for m in re.finditer(rf"\b(?:in|at|from|to|near|capital,|city of|town of)\s+({_NAME})", body):
        add("place", m, 1)
    return SourceFacts(label, body, spans, tuple(facts))


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
    return SourceFacts(label, analysis.article.body, spans, tuple(facts), "ja")


def _name_match(form: str, fact: Fact, src: SourceFacts) -> bool:
    if src.language == "ja":
        return form == fact.text or form in fact.text.split("・") or fact.text.startswith(form)
    return same_name(form, fact.text)


def _evidence(src: SourceFacts, fact: Fact) -> dict[str, Any]:
    s0, s1 = src.sentences[fact.sentence]
    return {
        "source": src.label,
        "text": src.body[s0:s1].strip(),
        "span": list(fact.span),
        "match": fact.text,
    }


def _date_agrees(ja: str, en: str) -> bool:
    """2025-01 ↔ 2025-01; 2024-11-15 ↔ 2024-11; a value agrees with a coarser or finer one."""
    if "/" in ja:
        return False
    return ja.startswith(en) or en.startswith(ja)


def _number_agrees(value: Any, approx: bool, fact: Fact) -> bool:
    v = fact.value
    if isinstance(value, list):
        lo, hi = value
        return (isinstance(v, tuple) and (lo <= v[1] and v[0] <= hi)) or (
            isinstance(v, float) and lo <= v <= hi
        )
    if isinstance(v, tuple):
        return bool(v[0] <= value <= v[1])
    tolerance = 0.15 if (approx or fact.approx) else 0.0
    return bool(abs(float(v) - float(value)) <= tolerance * max(abs(float(value)), 1.0))


def _country_words(code: str) -> tuple[str, ...]:
    """English names and adjectives of a country (Japan, Japanese)."""
    names = [c.english for c in load_lexicons().countries if c.code == code]
    words = [n for group in names for n in group]
    words += [name for name, c in _country_codes() if c == code]
    return tuple(dict.fromkeys(words))


def _sentence_score(analysis: Analysis, i: int, src: SourceFacts, j: int) -> float:
    """How surely source sentence ``j`` tells what article sentence ``i`` tells.

    Shared people, places and countries, agreeing numbers and dates, and a prior that
    a rewrite follows its source's order (up to 1 point).
    """
    s0, s1 = src.sentences[j]
    text = src.body[s0:s1]
    names = [f for f in src.facts if f.kind == "name" and f.sentence == j]
    score = 0.0
    for e in analysis.entities:
        if not any(m.sentence == i for m in e.mentions):
            continue
        if e.kind == "country" and e.country:
            score += any(w in text for w in _country_words(e.country))
        elif e.kind in ("person", "place"):
            score += any(_name_match(e.name, f, src) for f in names)
    for q in analysis.quantities:
        if q["sentence"] == i:
            score += any(
                f.sentence == j
                and f.unit == q["unit"]
                and _number_agrees(q["value"], q["approx"], f)
                for f in src.of("number")
            )
    for t in analysis.times:
        if t["sentence"] == i:
            score += any(
                f.sentence == j and _date_agrees(t["value"], f.value) for f in src.of("date")
            )
    n_ja, n_src = max(1, len(analysis.sentences)), max(1, len(src.sentences))
    return score + 1 - abs(i / n_ja - j / n_src)


def _aligned(analysis: Analysis, sentence: int, src: SourceFacts) -> int | None:
    """The source sentence telling the same fact: the best scoring, if it shares anything."""
    scores = [(_sentence_score(analysis, sentence, src, j), j) for j in range(len(src.sentences))]
    best, j = max(scores, default=(0.0, -1))
    # The order prior alone (≤ 1) is not enough: at least one shared name, number or date.
    return j if best >= 1.5 else None


def _known(analysis: Analysis, fact: Fact, src: SourceFacts) -> bool:
    """Whether a source name is one the article also names (as anything)."""
    return any(
        _name_match(form, fact, src)
        for e in analysis.entities
        for form in dict.fromkeys([e.name, *(m.text for m in e.mentions)])
    ) or any(fact.text in _country_words(e.country) for e in analysis.entities if e.country)


def _other_holder(analysis: Analysis, entity: Entity, src: SourceFacts) -> Fact | None:
    """Someone else in the same slot: the source sentence telling the same fact names a
    person (or place) the article does not, where the article names this one."""
    for m in entity.mentions:
        aligned = _aligned(analysis, m.sentence, src)
        if aligned is None:
            continue
        if entity.kind == "person" and m.role is not None:
            titled = [f for f in src.of("title") if f.sentence == aligned and f.value == m.role]
            if titled and not _known(analysis, titled[0], src):
                return titled[0]
        if entity.kind == "person" and not _full_name(entity.name):
            continue  # a bare surname or a mis-tagged word: too weak to accuse
        kind = "person" if entity.kind == "person" else "place"
        others = [
            f
            for f in src.facts
            if f.kind == ("name" if kind == "person" else "place")
            and f.sentence == aligned
            and _looks_like(kind, f.text)
            and not _known(analysis, f, src)
        ]
        if others:
            return others[0]
    return None


def _full_name(name: str) -> bool:
    """ジョシュ・ホーリー or 中川隆之: a name of two parts, not a lone surname."""
    return "・" in name or (len(name) >= 3 and all("\u4e00" <= c <= "\u9fff" for c in name))


# Heads of names that are organizations or events, not people.
_ORG_WORDS = frozenset(
    [
        "cup",
        "league",
        "party",
        "court",
        "ministry",
        "university",
        "bank",
        "group",
        "company",
        "corp",
        "inc",
        "council",
        "committee",
        "agency",
        "office",
        "department",
        "union",
        "association",
        "federation",
        "club",
        "team",
        "fc",
        "airlines",
        "motors",
        "bureau",
        "institute",
        "foundation",
        "commission",
        "parliament",
        "congress",
    ]
)
_NOT_NAMES = frozenset(
    [
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "those",
        "he",
        "she",
        "they",
        "it",
        "we",
        "i",
        "on",
        "in",
        "at",
        "of",
        "and",
        "but",
        "or",
        "for",
        "with",
        "under",
        "after",
        "before",
        "when",
        "while",
        "as",
        "by",
        "from",
        "to",
    ]
)


def _looks_like(kind: str, text: str) -> bool:
    """A person looks like two or three capitalized words; a place like one or two, and
    neither is a month, weekday, country or sentence-opening word."""
    words = text.split()
    if not words or words[0].lower() in _NOT_NAMES or words[0].lower() in _MONTHS:
        return False
    if any(w.lower() in _WEEKDAYS for w in words):
        return False
    if any(text == name for name, _code in _country_codes()):
        return False
    if any(w.lower().strip(".,") in _ORG_WORDS for w in words):
        return False
    if kind == "person":
        return 2 <= len(words) <= 3 and all(w[0].isupper() for w in words)
    return len(words) <= 2


def _nearest(facts: list[Fact], aligned: int | None) -> Fact | None:
    """The fact in the aligned sentence, else in the sentence just after or before it."""
    if aligned is None:
        return None
    for offset in (0, 1, -1):
        here = [f for f in facts if f.sentence == aligned + offset]
        if here:
            return here[0]
    return None


@dataclass
class SourceCheck:
    verdicts: list[dict[str, Any]]
    flags: list[dict[str, Any]]


def _verdict(kind: str, claim: dict[str, Any]) -> dict[str, Any]:
    return {
        "claim": {"kind": kind, **claim},
        "verdict": "unverified",
        "reason": None,
        "evidence": [],
        "sources": 0,
        "against": 0,
    }


def check_sources(
    analysis: Analysis,
    sources: Sequence[SourceFacts],
    role_claims: Sequence[RoleClaim],
    kb: KnowledgeBase,
) -> SourceCheck:
    """Verdicts for people, roles, numbers, dates and places against every source."""
    body = analysis.article.body
    verdicts: list[dict[str, Any]] = []

    def tally(
        v: dict[str, Any], src: SourceFacts, support: Fact | None, against: Fact | None
    ) -> None:
        if support is not None:
            v["sources"] += 1
            v["evidence"].append(_evidence(src, support))
        elif against is not None:
            v["against"] += 1
            v["evidence"].append(_evidence(src, against))

    for e in analysis.entities:
        if e.kind not in ("person", "place"):
            continue
        first = e.mentions[0]
        v = _verdict(
            e.kind,
            {"text": e.name, "span": list(first.span), "sentence": first.sentence, "entity": e.id},
        )
        forms = list(dict.fromkeys([e.name, *(m.text for m in e.mentions)]))
        for src in sources:
            hit = next(
                (f for f in src.of("name") if any(_name_match(x, f, src) for x in forms)), None
            )
            tally(v, src, hit, None if hit else _other_holder(analysis, e, src))
        verdicts.append(v)

    for claim in role_claims:
        v = _verdict(
            "role",
            {
                "text": claim.mention.text + claim.title,
                "span": list(claim.mention.span),
                "sentence": claim.mention.sentence,
                "entity": claim.entity.id,
                "office": claim.office,
                "country": claim.country,
            },
        )
        forms = [claim.entity.name, *(m.text for m in claim.entity.mentions)]
        for src in sources:
            roles = [
                f
                for f in src.of("role")
                if f.value == claim.office
                and (claim.country is None or f.country in (None, claim.country))
            ]
            same = next((f for f in roles if any(_name_match(x, f, src) for x in forms)), None)
            other = next((f for f in roles if f.country == claim.country and f is not same), None)
            tally(v, src, same, None if same else other)
        verdicts.append(v)

    for q in analysis.quantities:
        if q["unit"] in ("-", "score"):
            continue
        v = _verdict(
            "quantity",
            {
                "text": q["text"],
                "span": q["span"],
                "sentence": q["sentence"],
                "value": q["value"],
                "unit": q["unit"],
            },
        )
        for src in sources:
            numbers = [f for f in src.of("number") if f.unit == q["unit"]]
            hit = next((f for f in numbers if _number_agrees(q["value"], q["approx"], f)), None)
            other = None
            if hit is None:
                aligned = _aligned(analysis, q["sentence"], src)
                # In the sentence telling the same fact (or the next or last one: a rewrite
                # joins and splits sentences), or the only number of that unit in the source.
                other = _nearest(numbers, aligned) or (numbers[0] if len(numbers) == 1 else None)
            tally(v, src, hit, other)
        verdicts.append(v)

    for t in analysis.times:
        if t["precision"] not in ("day", "month", "year") or t["anchor"] == "unanchored":
            continue
        v = _verdict(
            "time",
            {"text": t["text"], "span": t["span"], "sentence": t["sentence"], "value": t["value"]},
        )
        for src in sources:
            dates = src.of("date")
            hit = next((f for f in dates if _date_agrees(t["value"], f.value)), None)
            other = None
            if hit is None:
                aligned = _aligned(analysis, t["sentence"], src)
                same_grain = [f for f in dates if len(f.value) == len(t["value"])]
                other = _nearest(same_grain, aligned)
            tally(v, src, hit, other)
        verdicts.append(v)

    for v in verdicts:
        if v["sources"]:
            v["verdict"] = "supported"
        elif v["against"]:
            v["verdict"] = "contradicted"
        else:
            v["reason"] = "no counterpart in the sources"
    flags = [_flag(v, body) for v in verdicts if v["verdict"] == "contradicted"]
    return SourceCheck(verdicts, flags)


def _flag(v: dict[str, Any], body: str) -> dict[str, Any]:
    c = v["claim"]
    said = "; ".join(e["match"] for e in v["evidence"])
    return {
        "kind": f"source-{c['kind']}",
        "severity": "high",
        "message_ja": f"「{c['text']}」は出典と食い違います（出典: {said}）。",
        "message_en": f"{c['text']!r} disagrees with the source, which says: {said}.",
        "claim": c,
        "evidence": v["evidence"],
    }
