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

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from urazuke.analyze.sentences import sentence_of
from urazuke.kb import KnowledgeBase
from urazuke.model import Analysis, Entity
from urazuke.verify.alignment import (
    Alignment,
    country_words,
    evidence,
    evidence_at,
    forms_of,
    name_match,
    new_verdict,
    number_agrees,
)
from urazuke.verify.english import (
    MONTHS,
    WEEKDAYS,
    Fact,
    SourceFacts,
    country_codes,
    titles_en,
)
from urazuke.verify.events import event_verdicts
from urazuke.verify.names import sounds_alike
from urazuke.verify.omissions import omission_flags
from urazuke.verify.roles import RoleClaim
from urazuke.verify.speech import NOT_PERSON_WORDS, ORG_WORDS, TITLE_WORDS, Said, check_quote
from urazuke.verify.words import common_noun


def _doubtful(forms: Sequence[str], fact: Fact, src: SourceFacts) -> bool:
    """The source's name may be this very one in a spelling the matcher does not know: no
    evidence of another person or place."""
    return src.language != "ja" and any(sounds_alike(x, fact.text) for x in forms)


def _known(analysis: Analysis, fact: Fact, src: SourceFacts) -> bool:
    """Whether a source name is one the article also names (as anything), or part of a
    name that holds one (Italy's Elena, of Italy's Elena Marchetti)."""
    if _names_known(analysis, fact, src):
        return True
    longer = [
        f for f in src.of("name")
        if f.span[0] <= fact.span[0] and fact.span[1] <= f.span[1] and f.span != fact.span
    ]  # fmt: skip
    tails = [
        replace(f, text=re.sub(r"^\S+['’]s\s+", "", f.text)) for f in [fact, *longer]
        if re.match(r"^\S+['’]s\s+", f.text)
    ]  # fmt: skip
    # Only a person known makes the longer name known: ニューメキシコ州 matching "New Mexico
    # Governor Luis Montoya" says nothing of Montoya.
    return any(_names_known(analysis, f, src, people=True) for f in [*longer, *tails])


def _names_known(analysis: Analysis, fact: Fact, src: SourceFacts, people: bool = False) -> bool:
    # A country is known by its names only: オーストラリア does not make Western Australia known.
    return any(
        name_match(form, fact, src)
        for e in analysis.entities
        if e.kind != "country" and (e.kind == "person" or not people)
        for form in forms_of(e)
    ) or (
        not people
        and any(fact.text in country_words(e.country) for e in analysis.entities if e.country)
    )


def _other_holder(
    analysis: Analysis, entity: Entity, src: SourceFacts, align: Alignment
) -> Fact | None:
    """Someone else in the same slot: the source sentence telling the same fact names a
    person (or place) the article does not, where the article names this one."""
    forms = forms_of(entity)
    for m in entity.mentions:
        # A place may sit in the clause a rewrite moved to the next sentence.
        region = align.region(m.sentence) if entity.kind == "person" else align.window(m.sentence)
        if not region:
            continue
        if entity.kind == "person" and m.role is not None:
            titled = [
                f
                for f in src.of("title")
                if f.sentence == region[0]
                and f.value == m.role
                and _looks_like("person", f.text)
                and not _known(analysis, f, src)
            ]
            titled = [f for f in titled if not _doubtful(forms, f, src)]
            if titled:
                return titled[0]
        if entity.kind == "person" and not _full_name(entity.name):
            continue  # a bare surname or a mis-tagged word: too weak to accuse
        if entity.kind == "place" and _broad(entity.name):
            return None  # 欧州, 中東, 中部: a city the source names lies within, not instead
        if entity.kind == "place" and (
            entity.name.isascii() or _cut_from_word(analysis.article.body, entity)
        ):
            return None  # NZ, an abbreviation; マレー of マレーフィールド, a tagger's cut
        kind = "person" if entity.kind == "person" else "place"
        others = [
            f
            for f in src.facts
            if f.kind == ("name" if kind == "person" else "place")
            and f.sentence in region
            and _looks_like(kind, f.text)
            and not _org_name(_whole_name(src, f))
            and not _doubtful(forms, f, src)
            and not _known(analysis, f, src)
            and (
                not _FACILITY_JA.search(entity.name)
                or _FACILITY_EN.search(src.body[f.span[0] : f.span[1] + 40].split(",")[0])
            )
        ]
        if others:
            return others[0]
    return None


def _org_name(text: str) -> bool:
    words = [w.lower().strip(".,") for w in text.split()]
    return any(w in _ORG_WORDS or w.removesuffix("s") in _ORG_WORDS for w in words)


# 成田空港, 釜山港, ソウル駅: a facility; the source's counterpart is one too (Narita
# airport), never the city it serves.
_FACILITY_JA = re.compile(r"(?:空港|港|駅|基地|スタジアム|競技場|公園|大学|病院)$")
_FACILITY_EN = re.compile(
    r"(?i)\b(?:airport|airbase|port|harbou?r|station|base|stadium|arena|park|university"
    r"|hospital)\b"
)


def _whole_name(src: SourceFacts, fact: Fact) -> str:
    """The longest capitalized name holding this one (People Power → People Power Party)."""
    names = [f for f in src.of("name") if f.span[0] <= fact.span[0] and fact.span[1] <= f.span[1]]
    return max((f.text for f in names), key=len, default=fact.text)


_BROAD = frozenset(
    "欧州 欧米 アジア 東アジア 東南アジア 南アジア 中央アジア 中東 アフリカ 北米 南米 中南米 中米 "
    "太平洋 大西洋 インド洋 北極 南極 世界 各地 全国 国内 海外 地中海 カリブ "
    "中欧 東欧 西欧 北欧 南欧 バルカン 極東 オセアニア ヒマラヤ アルプス アンデス ロッキー "
    "アマゾン サハラ シベリア パタゴニア".split()
)


def _broad(name: str) -> bool:
    """A continent, ocean or compass region (欧州, 太平洋, 中部, 北部沿岸), a group of
    countries or islands, or a prefecture, state or province (茨城県, バイエルン州): not a
    place that another place the source names could stand instead of (a city lies within
    it, and without a gazetteer the reader cannot tell which)."""
    return name in _BROAD or bool(
        re.fullmatch(
            r"[東西南北中]{1,2}部.*|.*[東西南北]部"
            r"|.*(?:諸国|諸島|地域|地方|圏|山脈|山地|高原|盆地|砂漠|[県州省])",
            name,
        )
    )


def _inside_broad(body: str, entity: Entity) -> bool:
    """A place a tagger cut out of a region's name (太平 of 太平洋): every mention runs on
    into a continent, ocean or region."""
    return entity.kind == "place" and all(
        any(body[m.span[0] : m.span[1] + k] in _BROAD for k in (1, 2)) for m in entity.mentions
    )


def _cut_from_word(body: str, entity: Entity) -> bool:
    """Every mention runs on into more katakana: a piece of a longer word (マレー of
    マレーフィールド), not the place itself."""
    return all(
        re.match(r"[ァ-ヴー]", body[m.span[1] : m.span[1] + 1]) for m in entity.mentions
    ) and bool(re.fullmatch(r"[ァ-ヴー・]+", entity.name))


def _full_name(name: str) -> bool:
    """ジョシュ・ホーリー or 中川隆之: a name of two parts, not a lone surname, nor common
    words a tagger took for a name (金星探査機)."""
    if "・" in name:
        return True
    kanji = len(name) >= 3 and all("\u4e00" <= c <= "\u9fff" for c in name)
    return kanji and not common_noun(name)


# Heads of names that are organizations or events, not people: the companies and bodies
# of speech.ORG_WORDS, and competitions (Grand Slam, French Open, World Cup).
_ORG_WORDS = ORG_WORDS | frozenset(
    "slam open championship championships tournament olympics games series final finals "
    "garros university institute".split()
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
        "today",
        "yesterday",
        "tonight",
        "now",
        "her",
        "his",
        "their",
        "its",
        "our",
        "my",
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
    if not words or words[0].lower() in _NOT_NAMES or words[0].lower() in MONTHS:
        return False
    if any(w.lower() in WEEKDAYS for w in words):
        return False
    if any(text == name for name, _code in country_codes()):
        return False
    if _org_name(text):
        return False
    if kind == "person":
        if any(w.lower().strip(".,") in TITLE_WORDS for w in words):
            return False  # Chief Executive, Foreign Minister: a title, not a name
        if any(w.lower() in NOT_PERSON_WORDS or re.search(r"['’]s$", w) for w in words):
            return False  # Litani River, Second Thomas Shoal; Kenya's Faith, South Korea's
        return 2 <= len(words) <= 3 and all(w[0].isupper() for w in words)
    return len(words) <= 2


_OFFSET = re.compile(r"約?(\d+(?:\.\d+)?)(分|時間|日|週間|カ月|か月|ヶ月|年)(?:前|後)")
_OFFSET_UNITS = {"分": "minutes", "時間": "hours", "日": "days", "週間": "weeks",
                 "カ月": "months", "か月": "months", "ヶ月": "months", "年": "years"}  # fmt: skip


def _durations(analysis: Analysis) -> list[dict[str, Any]]:
    """Durations (5年間 P5Y, 60日間 P60D) as quantities of years, days … to compare, a
    compound one in its smallest unit (11年4カ月 → 136 months, 2時間17分48秒 → 8268
    seconds); and the span of a date said as an offset (事故の11日前 ↔ 11 days before)."""
    found = []
    for t in analysis.times:
        parts = _ISO_DURATION.fullmatch(str(t["value"]))
        if t["precision"] == "duration" and parts:
            said = {k: float(v) for k, v in parts.groupdict().items() if v is not None}
            total = _in_smallest(said)
            if total is not None:
                found.append({**t, "value": total[0], "unit": total[1], "approx": False})
        elif offset := _OFFSET.fullmatch(t["text"]):
            found.append({**t, "value": float(offset.group(1)), "precision": "offset",
                          "unit": _OFFSET_UNITS[offset.group(2)],
                          "approx": t["text"].startswith("約")})  # fmt: skip
    return found


_ISO_DURATION = re.compile(
    r"P(?:(?P<years>\d+(?:\.\d+)?)Y)?(?:(?P<months>\d+(?:\.\d+)?)M)?"
    r"(?:(?P<weeks>\d+(?:\.\d+)?)W)?(?:(?P<days>\d+(?:\.\d+)?)D)?"
    r"(?:T(?:(?P<hours>\d+(?:\.\d+)?)H)?(?:(?P<minutes>\d+(?:\.\d+)?)M)?"
    r"(?:(?P<seconds>\d+(?:\.\d+)?)S)?)?"
)
# Each unit in the next smaller one, for compound durations of one kind.
_IN_SMALLER = (("years", 12.0, "months"), ("hours", 60.0, "minutes"), ("minutes", 60.0, "seconds"))


def _in_smallest(said: dict[str, float]) -> tuple[float, str] | None:
    """One number and unit for a duration's parts: {years: 11, months: 4} → (136, months);
    None for a mix English never says as one (years and days)."""
    if len(said) == 1:
        ((unit, value),) = said.items()
        return value, unit
    said = dict(said)
    for big, factor, small in _IN_SMALLER:
        if big in said and len(said) > 1:
            said[small] = said.get(small, 0.0) + said.pop(big) * factor
    if len(said) != 1:
        return None
    ((unit, value),) = said.items()
    return value, unit


def _claim_at(
    analysis: Analysis, m: re.Match[str], value: float, unit: str, precision: str, **extra: Any
) -> dict[str, Any]:
    """A number the quantities leave out (an offset, a rank, an age) in their shape."""
    return {"text": m.group(0), "span": [m.start(), m.end()],
            "sentence": sentence_of(analysis.sentences, m.start()), "value": value,
            "unit": unit, "approx": False, "bound": None, "counter": None,
            "precision": precision, **extra}  # fmt: skip


def _offsets(
    analysis: Analysis, body: str, taken: Sequence[dict[str, Any]]
) -> list[dict[str, Any]]:
    """Spans of time said as an offset that no other reading took (約17分後 ↔ about 17
    minutes later)."""
    spans = [(t["span"][0], t["span"][1]) for t in [*analysis.times, *taken]]
    return [
        _claim_at(
            analysis,
            m,
            float(m.group(1)),
            _OFFSET_UNITS[m.group(2)],
            "offset",
            approx=m.group(0).startswith("約"),
            counter=m.group(2),
        )
        for m in _OFFSET.finditer(body)
        if not any(s < m.end() and m.start() < e for s, e in spans)
    ]


# A rank: 世界ランキング14位, 3位に入った; not 単位, 上位 (no number) nor 位置.
_RANK = re.compile(r"(?<![0-9０-９.])([0-9０-９]{1,4})位(?!置)")
# An age in brackets after a name: ヤヤ・トゥーレイ氏（58）.
_AGE = re.compile(r"(?<=[一-龥ァ-ヴー々氏んさ])[（(]([0-9０-９]{1,3})[）)]")


def _ranks_and_ages(analysis: Analysis, body: str) -> list[dict[str, Any]]:
    """Ranks (14位 ↔ ranked 14th), which the quantities leave out as ordinals, and ages in
    brackets after a name (（58） ↔ Touray, 58)."""

    def number(m: re.Match[str]) -> int:
        return int(m.group(1).translate(_FULLWIDTH_DIGITS))

    return [
        *(_claim_at(analysis, m, number(m), "rank", "rank", counter="位")
          for m in _RANK.finditer(body)),
        *(_claim_at(analysis, m, number(m), "years_old", "age") for m in _AGE.finditer(body)),
    ]  # fmt: skip


_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


def _two_ends(item: dict[str, Any], values: Sequence[Any]) -> list[dict[str, Any]] | None:
    """A range's two ends (590キロ | 1万1640キロ; 5月12日 | 8月3日), each with its own text,
    span and value; None where the text has no joining word."""
    join = _RANGE_JOIN.search(item["text"])
    if join is None or len(values) != 2:
        return None
    start, text = item["span"][0], item["text"]
    return [
        {**item, "text": text[a:b], "span": [start + a, start + b], "value": value}
        for (a, b), value in zip(((0, join.start()), (join.end(), len(text))), values, strict=True)
    ]


def _split_amounts(quantities: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Quantities with a range whose ends each carry the counter (590キロ～1万1640キロ:
    between 590 km and 11,640 km) replaced by its two ends; 3～5人 stays one claim."""
    out: list[dict[str, Any]] = []
    for q in quantities:
        counter = q.get("counter")
        ends = (
            _two_ends(q, q["value"])
            if isinstance(q["value"], list) and counter and q["text"].count(counter) == 2
            else None
        )
        out += ends or [q]
    return out


_RANGE_JOIN = re.compile(r"から|[〜～~－\-―]")
_GRAINS = {4: "year", 7: "month", 10: "day"}


def _split_ranges(times: Sequence[dict[str, Any]]) -> tuple[dict[str, Any], ...]:
    """Times with each range of dates (5月12日から8月3日 2026-05-12/2026-08-03) replaced by
    its two ends, each with its own text and span."""
    out: list[dict[str, Any]] = []
    for t in times:
        values = str(t["value"]).split("/")
        ends = (
            _two_ends(t, values)
            if t["precision"] == "range" and all(len(v) in _GRAINS for v in values)
            else None
        )
        out += [{**e, "precision": _GRAINS[len(e["value"])]} for e in ends] if ends else [t]
    return tuple(out)


@dataclass
class SourceCheck:
    verdicts: list[dict[str, Any]]
    flags: list[dict[str, Any]]


def check_sources(
    analysis: Analysis,
    sources: Sequence[SourceFacts],
    role_claims: Sequence[RoleClaim],
    kb: KnowledgeBase,
) -> SourceCheck:
    """Verdicts for people, roles, numbers, dates and places against every source."""
    body = analysis.article.body
    aligns = {id(src): Alignment(analysis, src) for src in sources}
    verdicts: list[dict[str, Any]] = []

    def tally(
        v: dict[str, Any], src: SourceFacts, support: Fact | None, against: Fact | None
    ) -> None:
        if support is not None:
            v["sources"] += 1
            v["evidence"].append(evidence(src, support))
        elif against is not None:
            v["against"] += 1
            v["evidence"].append(evidence(src, against))

    for e in analysis.entities:
        if e.kind not in ("person", "place") or _inside_broad(body, e):
            continue
        first = e.mentions[0]
        v = new_verdict(
            e.kind,
            {"text": e.name, "span": list(first.span), "sentence": first.sentence, "entity": e.id},
        )
        forms = forms_of(e)
        for src in sources:
            hit = next(
                (f for f in src.of("name") if any(name_match(x, f, src) for x in forms)), None
            )
            tally(v, src, hit, None if hit else _other_holder(analysis, e, src, aligns[id(src)]))
        verdicts.append(v)

    for claim in role_claims:
        v = new_verdict(
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
            same = next((f for f in roles if any(name_match(x, f, src) for x in forms)), None)
            other = next(
                (
                    f
                    for f in roles
                    if f.country == claim.country and f is not same and not _doubtful(forms, f, src)
                ),
                None,
            )
            tally(v, src, same, None if same else other)
        verdicts.append(v)
    verdicts += _title_verdicts(analysis, sources, role_claims)

    numbers = [
        *_split_amounts(analysis.quantities), *_durations(analysis),
        *_ranks_and_ages(analysis, body),
    ]  # fmt: skip
    numbers += _offsets(analysis, body, numbers)
    for q in numbers:
        if q["unit"] == "-":
            continue
        if body[q["span"][1] : q["span"][1] + 1] in ("＝", "=") or body[
            max(0, q["span"][0] - 1) : q["span"][0]
        ] in ("＝", "="):
            continue  # 1ドル＝145円: an exchange rate, not an amount of the story
        if _PER.match(body, q["span"][1]) or body.startswith(q["text"], q["span"][1]):
            continue  # 1人当たり, 1人ひとり, 1本1本: a rate or a phrase, not a count
        v = new_verdict(
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
            support, against = _check_quantity(analysis, numbers, q, src, aligns[id(src)])
            tally(v, src, support, against)
        verdicts.append(v)

    # 5月12日から8月3日: each end is a date of its own to check.
    dated = replace(analysis, times=_split_ranges(analysis.times))
    starts = {t["span"][0] for t in dated.times}
    for t in dated.times:
        if t["precision"] not in ("day", "month", "year") or t["anchor"] == "unanchored":
            continue
        if t["precision"] == "year" and t["span"][1] in starts:
            continue  # 今年 of 今年6月: the month that follows is the claim
        if not _stated_time(t, body) or _AFTER_ANAPHORIC_YEAR.search(body, 0, t["span"][0]):
            continue  # 同日, 翌年11月: which day is the reader's inference, not the claim
        if _PER.match(body, t["span"][1]):
            continue  # 1日当たり: a rate, not a date
        if t["anchor"] != "absolute" and any(
            q["kind"] == "direct" and q["span"][0] < t["span"][0] < q["span"][1]
            for q in analysis.quotes
        ):
            continue  # 「…今日、その代償を払う」: the speaker's today, not the article's
        if t["precision"] == "day" and not _STATED_DAY.search(t["text"]):
            continue  # 今週初め: a span of days, resolved to one only for the timeline
        v = new_verdict(
            "time",
            {"text": t["text"], "span": t["span"], "sentence": t["sentence"], "value": t["value"]},
        )
        for src in sources:
            support, against = _check_time(dated, t, src, aligns[id(src)])
            tally(v, src, support, against)
        verdicts.append(v)

    verdicts += _quote_verdicts(analysis, sources)
    verdicts += event_verdicts(analysis, sources, aligns)

    for v in verdicts:
        _decide(v, len(sources))
    flags = [_flag(v, body) for v in verdicts if v["verdict"] == "contradicted"]
    flags += omission_flags(analysis, sources, aligns, _durations(analysis))
    return SourceCheck(verdicts, flags)


# Offices one person does not hold two of at once: a source calling the person by another
# of them contradicts the article's title. (被告, 議員, 社長 … are not exclusive: a founder
# is also a defendant.)
_EXCLUSIVE_TITLES = frozenset(
    "首相 総理 総理大臣 内閣総理大臣 大統領 副大統領 外相 外務大臣 国務長官 国防長官 官房長官 "
    "財務相 財務大臣 防衛相 防衛大臣 国防相".split()
)


def _title_words(title: str) -> frozenset[str]:
    return frozenset(titles_en().get(title, ()))


def _title_verdicts(
    analysis: Analysis, sources: Sequence[SourceFacts], role_claims: Sequence[RoleClaim]
) -> list[dict[str, Any]]:
    """A person's office against what the source calls them: 岩屋毅防衛相 where the source
    says Foreign Minister Takeshi Iwaya is contradicted, by the source's own title."""
    verdicts = []
    seen: set[tuple[str, str]] = set()
    for e in analysis.entities:
        if e.kind != "person":
            continue
        forms = forms_of(e)
        for m in e.mentions:
            if (
                m.role not in _EXCLUSIVE_TITLES
                or not _title_words(m.role)
                or (e.id, m.role) in seen
            ):
                continue
            seen.add((e.id, m.role))
            ours = _title_words(m.role)
            v = new_verdict(
                "title",
                {"text": m.text + m.role, "span": list(m.span), "sentence": m.sentence,
                 "entity": e.id, "title": m.role},
            )  # fmt: skip
            for src in sources:
                theirs = [
                    f for f in src.of("title")
                    if f.value in _EXCLUSIVE_TITLES and any(name_match(x, f, src) for x in forms)
                ]  # fmt: skip
                same = next((f for f in theirs if _title_words(f.value) & ours), None)
                if same is not None:
                    v["sources"] += 1
                    v["evidence"].append(evidence(src, same))
                elif theirs:
                    said = theirs[0]
                    v["against"] += 1
                    v["evidence"].append(
                        {
                            **evidence(src, said),
                            "match": f"{said.text} ({titles_en()[said.value][0]})",
                        }
                    )
            verdicts.append(v)
    return verdicts


# Claims about who someone is: contradicted only when every source names someone else.
_WHO = frozenset(["person", "role", "title"])


_STATED_DAY = re.compile(r"\d+日|[一二三四五六七八九十]+日|曜|[昨今明]日|一昨日|明後日")
# 1日当たり, 1人ひとり, 2個ずつ: a rate or a phrase, not a date nor a count.
_PER = re.compile(r"当たり|あたり|につき|ごと|ずつ|ひとり|一人|平均")
_ANAPHORIC = re.compile(r"^(?:同|当|その)(?:日|月|年|週)")
# 前年同月比, 前年比, 前期比: a comparison (year on year), not a date of the story.
_COMPARED = re.compile(r"(?:同月|同期|同日)?比")


def _stated_time(t: dict[str, Any], body: str) -> bool:
    """A date the article states: not 同日 (the rewrite's inference), nor the 前年 of
    前年同月比 (a comparison)."""
    start, end = t["span"]
    return (
        not _ANAPHORIC.match(t["text"])
        and not _COMPARED.match(body, end)
        # 昨年 of 昨年8月: the month that follows is the date said.
        and not (t["precision"] == "year" and _MONTH_NEXT.match(body, end))
        # 年末 of 2026年末: ja-timex's second reading of a year's end.
        and not (t["text"].startswith("年") and start > 0 and body[start - 1].isdigit())
    )


_AFTER_ANAPHORIC_YEAR = re.compile(r"(?:翌年|前年|同年|その年|翌々年)$")
_MONTH_NEXT = re.compile(r"[0-9０-９一二三四五六七八九十]{1,2}月")


def _decide(v: dict[str, Any], n_sources: int) -> None:
    """Supported when any source backs the claim (``sources`` counts them). Otherwise
    contradicted: for who someone is, when every source names another; for a number, date
    or place, when a source telling the same fact says otherwise. Else unverified."""
    if v["sources"]:
        v["verdict"] = "supported"
    elif v["against"] and (v["claim"]["kind"] not in _WHO or v["against"] == n_sources):
        v["verdict"] = "contradicted"
    else:
        v["reason"] = (
            "no counterpart in the sources"
            if not v["against"]
            else f"{v['against']} of {n_sources} sources name someone else"
        )


# Counters English names with a noun of its own (最大12件 ↔ up to 12 projects, 3回 ↔ three
# rounds): a number of such a unit is compared with a number whose noun the reader does
# not know, when no number of the unit itself is there.
_GENERIC_UNITS = frozenset(
    "cases times rounds pieces unit items stores ships vehicles aircraft buildings schools "
    "sheets seats animals companies countries points places".split()
)


# Units English always says as such: a number of them with another noun is another thing.
_MEASURES = frozenset(
    "years months weeks days hours minutes percent km m cm mm km2 kg g t l ha mile".split()
)


# Units English says with a word of another unit: 5回の協議 ↔ five rounds of talks.
_SAME_UNITS = {"times": frozenset(["times", "rounds"])}
# 247票の賛成 ↔ backed by 247 lawmakers: votes counted as the members who cast them.
_LAWMAKERS = re.compile(
    r"(?i)\b(?:lawmakers|legislators|deputies|MPs|senators|members|delegates|councillors"
    r"|councilors|representatives)\b"
)


_ORDINAL = re.compile(r"\d(?:st|nd|rd|th)\b")


def _magnitude(src: SourceFacts, fact: Fact) -> bool:
    """A magnitude 6.8 earthquake: the 6.8 is the magnitude fact's, not a count."""
    return (
        src.body[max(0, fact.span[0] - 10) : fact.span[0]]
        .lower()
        .rstrip(" -")
        .endswith("magnitude")
    )


def _check_quantity(
    analysis: Analysis,
    claims: list[dict[str, Any]],
    q: dict[str, Any],
    src: SourceFacts,
    align: Alignment,
) -> tuple[Fact | None, Fact | None]:
    """(support, against) for a number: the same number of the same unit anywhere in the
    source supports it; another number of that unit in the sentences telling the same fact
    contradicts it, when it is clear which number answers which."""
    units = _SAME_UNITS.get(q["unit"], frozenset([q["unit"]]))
    if q.get("counter") == "キロ":
        units |= {"kg"}  # キロ is a kilometre or a kilogram: 約740キロの覚醒剤
    # "Only twice all night" may be any count of times; it supports one, never accuses
    # (4回 in a baseball story is the fourth inning).
    weak = [
        f for f in src.of("number")
        if f.text.lower() in ("twice", "thrice")
        and not _FREQUENCY.match(src.body, f.span[1])
    ]  # fmt: skip
    weak_hit = next(
        (f for f in weak if f.unit in units and number_agrees(q["value"], q["approx"], f)), None
    )
    if weak_hit is not None:
        return weak_hit, None
    numbers = [
        f for f in src.of("number") if f not in weak and (f.unit in units
        or (q["unit"] == "votes" and f.unit == "people" and _LAWMAKERS.search(f.text)))
    ]  # fmt: skip
    if "間" in q["text"]:
        # 9分間 is a span; the 94th minute is a moment of the match.
        numbers = [f for f in numbers if not _ORDINAL.search(f.text)]
    window = align.window(q["sentence"])
    hits = [f for f in numbers if number_agrees(q["value"], q["approx"], f)]
    local = _one_to_one(claims, q, numbers, align)
    if local is not None and not any(f.sentence in window for f in hits):
        # The one number of its unit in a sentence that surely tells the same fact, and
        # another: a value standing elsewhere in the source is another fact's (a rewrite
        # that swaps a story's two figures).
        return None, local
    # The same number in the sentences telling the same fact, or the very value anywhere,
    # supports; a value only near it far off (more than 170 people in another quake, for
    # 174人) yields to a number the aligned sentences give instead.
    # "Hundreds of people" nearby agrees with 240人 as with 720人: it supports only where
    # the aligned sentences give no number of the unit that says otherwise.
    vague = [
        f for f in hits
        if isinstance(f.value, tuple) and f.unit != "score" and not isinstance(q["value"], list)
    ]  # fmt: skip
    near = [f for f in hits if f.sentence in window and f not in vague]
    exact = [f for f in hits if not f.approx and f.value == q["value"]]
    if near or exact:
        return (near or exact)[0], None
    if q["value"] == 1:
        # One of something (トライ1本, たった1人) is said in passing more than counted: only
        # the one number of its unit in a sentence surely telling the same fact accuses it.
        return (hits[0] if hits else None), None
    # A number the source gives without a counted word (injuring more than 140 and …), or
    # with a noun the reader does not know, may still be this one: it supports, where it
    # agrees, but accuses only as said below.
    unknown = [
        f for f in src.of("number") if f.unit is None and not isinstance(f.value, tuple)
        and not _magnitude(src, f)
    ]  # fmt: skip
    # Only a counter English names with a noun of its own (件 ↔ projects) takes a noun the
    # reader does not know; years, hours, yen and percent are always said as such.
    generic = q["unit"] in _GENERIC_UNITS
    measure = q["unit"] in _MEASURES or str(q["unit"]).isupper()  # a currency code
    agreeing = [
        f for f in unknown
        if number_agrees(q["value"], q["approx"], f)
        and ((f.sentence in window and (f.bare or not measure)) or (generic and not f.bare))
    ]  # fmt: skip
    if agreeing:
        return agreeing[0], None
    against = _slot(analysis, claims, q, numbers, unknown, align)
    if against is not None:
        return None, against
    return (hits[0], None) if hits else (None, None)


def _slot(
    analysis: Analysis,
    claims: list[dict[str, Any]],
    q: dict[str, Any],
    numbers: list[Fact],
    unknown: list[Fact],
    align: Alignment,
) -> Fact | None:
    """The source's number for the same slot as ``q``, where it is clear which answers
    which; None otherwise."""
    window = align.window(q["sentence"])
    # One slot to one slot: a sentence with several numbers of one unit (15点のリードを
    # 2点差まで…3点シュート) cannot say which the source's is, unless the source's
    # sentences have as many, in the same order (54.3%…45.7% ↔ 54.3%…45.7%).
    ours = sorted(
        (x for x in claims
         if x["unit"] == q["unit"] and x["sentence"] == q["sentence"]),
        key=lambda x: x["span"][0],
    )  # fmt: skip
    spans = [x["span"] for x in ours]
    if q["span"] not in spans:
        return None
    best = window[:1]
    # A duration (懲役4年, 87分) is compared one to one only, never with the nearest of
    # several: terms and periods recur for different people and spells in one story.
    duration = q.get("precision") == "duration"
    region = align.region(q["sentence"])
    for sentences in (best, region, window):
        theirs = [f for f in numbers if f.sentence in sentences]
        if not theirs and q["unit"] in _GENERIC_UNITS:
            # A noun the reader does not know (40本以上 ↔ more than 40 unforced errors):
            # in the best sentence; beyond it, only the one such number, hedged alike.
            theirs = [
                f for f in unknown if f.sentence in sentences and not f.bare
                and float(f.value).is_integer() and not isinstance(q["value"], list)
                and (sentences is best or (f.approx and q["approx"]))
            ]  # fmt: skip
            theirs = theirs if sentences is best or len(theirs) == 1 else []
        if not theirs:
            continue
        # The other numbers of the sentence that agree with one there are accounted for,
        # with theirs (1215億円 ↔ 121.5 billion yen), or with a bare number there (raise
        # that number to 15,000): if this is the one left, the ones left there with the
        # unit are what the source says instead.
        bare = [f for f in unknown if f.sentence in sentences and f.bare and f not in theirs]
        rest_ours, rest_theirs = _unpaired(ours, [*theirs, *bare])
        rest_theirs = [f for f in rest_theirs if f in theirs]
        alone = [x["span"] for x in rest_ours] == [q["span"]]
        if len(theirs) == len(ours) and not (alone and len(rest_theirs) == 1):
            theirs.sort(key=lambda f: (f.sentence, f.span[0]))
            return theirs[spans.index(q["span"])]
        if alone and rest_theirs:
            if len(rest_theirs) == 1:
                return rest_theirs[0]
            if not duration:
                return min(rest_theirs, key=lambda f: _log_gap(q["value"], f.value))
        # Several of ours and not as many there: wider, the counts may meet (a rewrite
        # joins the source's sentences).
    # The only number of its unit in the article and in the source: the same slot.
    if len(numbers) == 1 and len(ours) == 1 and q.get("precision") != "duration":
        same_unit = [x for x in analysis.quantities if x["unit"] == q["unit"]]
        if len(same_unit) == 1:
            return numbers[0]
    return None


# Twice a year: a count of times that accuses as any other.
_FREQUENCY = re.compile(r"\s+(?:a|per|each|every)\s+(?:year|month|week|day)")


# A sentence pair scoring this much shares several names, numbers or words: surely the
# same fact (pairs that merely share a topic score 2–3 on the benchmark's articles).
SURE = 5.0


def _one_to_one(
    claims: list[dict[str, Any]], q: dict[str, Any], numbers: list[Fact], align: Alignment
) -> Fact | None:
    """The source's number where both sentences have exactly one of the unit and the best
    source sentence surely tells the same fact; None otherwise."""
    best = align.best(q["sentence"])
    if best is None or align.scores[q["sentence"]][best] < SURE:
        return None
    ours = [x for x in claims if x["unit"] == q["unit"] and x["sentence"] == q["sentence"]]
    theirs = [f for f in numbers if f.sentence == best]
    if len(ours) == 1 and len(theirs) == 1:
        return theirs[0]
    return None


def _unpaired(
    ours: list[dict[str, Any]], theirs: list[Fact]
) -> tuple[list[dict[str, Any]], list[Fact]]:
    """The numbers of each side left when every one of ours that agrees with one of theirs
    has taken it."""
    left = list(theirs)
    rest = []
    for x in ours:
        match = next((f for f in left if number_agrees(x["value"], x["approx"], f)), None)
        if match is None:
            rest.append(x)
        else:
            left.remove(match)
    return rest, left


def _log_gap(a: Any, b: Any) -> float:
    x = float(sum(a) / 2 if isinstance(a, list) else a)
    y = float(sum(b) / 2 if isinstance(b, tuple) else b)
    return abs(math.log(max(abs(x), 1e-9)) - math.log(max(abs(y), 1e-9)))


_WEEKDAY_JA = re.compile(r"([月火水木金土日])曜")
_WEEKDAY_EN = dict(
    zip(
        "月火水木金土日",
        "monday tuesday wednesday thursday friday saturday sunday".split(),
        strict=True,
    )
)


def _check_time(
    analysis: Analysis, t: dict[str, Any], src: SourceFacts, align: Alignment
) -> tuple[Fact | None, Fact | None]:
    """(support, against) for a date.

    The same date, as precise, anywhere in the source supports it. Else the sentences
    telling the same fact decide: a date there as precise agrees or contradicts; failing
    that, a coarser one that holds it supports it (2024 for 2024-11-15). A finer one never
    does: a Tuesday in 2024 says nothing of the year of an amendment.
    """
    dates = src.of("date")
    weekday = _WEEKDAY_JA.search(t["text"])
    if weekday:
        said = _check_weekday(analysis, t, _WEEKDAY_EN[weekday.group(1)], dates, align)
        if said is not None:
            return said
    value = str(t["value"])
    grain = len(value)
    # The same date anywhere; a month or day whose year the source left unsaid (in August),
    # only in the sentences telling the same fact.
    window = align.window(t["sentence"])
    hit = next(
        (f for f in dates if len(f.value) == grain and _same_date(value, f)
         and (f.value == value or f.sentence in window)),
        None,
    )  # fmt: skip
    said = _local_date(analysis, t, dates, align)
    best = align.best(t["sentence"])
    if (
        said is not None and said[1] is not None and best is not None
        and align.scores[t["sentence"]][best] >= SURE and said[1].sentence == best
        and (hit is None or hit.sentence not in window)
    ):  # fmt: skip
        # The one date of its grain in a sentence that surely tells the same fact, and
        # another: the same value elsewhere in the source is another fact's (a company's
        # 2026 outlook does not confirm the year it launched a drug).
        return said
    if hit is not None:
        return hit, None
    if said is not None:
        return said
    local = [f for f in dates if f.sentence in align.region(t["sentence"])]
    coarser = next((f for f in local if len(f.value) < grain and value.startswith(f.value)), None)
    return coarser, None


def _local_date(
    analysis: Analysis, t: dict[str, Any], dates: list[Fact], align: Alignment
) -> tuple[Fact | None, Fact | None] | None:
    """(support, against) from the sentences telling the same fact: the best sentence
    first, then the others scoring near it, then those either side; None where none has
    a date as precise.

    A date said as a date is compared with dates said so, not with a weekday there (on
    Sept. 13 … on Monday): those are the weekdays' own claims."""
    value = str(t["value"])
    grain = len(value)
    body = analysis.article.body
    region, window = align.region(t["sentence"]), align.window(t["sentence"])
    stated = [f for f in dates if f.text.lower() not in WEEKDAYS]

    def ours_in(keep: Any) -> list[dict[str, Any]]:
        return [x for x in analysis.times if keep(x) and len(str(x["value"])) == grain
                and _stated_time(x, body) and not _WEEKDAY_JA.search(x["text"])]  # fmt: skip

    for sentences in (region[:1], region, window):
        same_grain = [f for f in stated if len(f.value) == grain and f.sentence in sentences]
        if not same_grain:
            continue
        ours = ours_in(lambda x: x["sentence"] == t["sentence"])
        if len(ours) == 1 and len({f.value for f in same_grain}) == 1:
            if any(_same_date(value, f) for f in same_grain):
                return same_grain[0], None
            return None, same_grain[0]
        if len(ours) == len(same_grain) > 1:
            # As many dates here as there: in the same order (late on Tuesday … on
            # Wednesday ↔ 火曜日深夜…水曜日).
            ours.sort(key=lambda x: x["span"][0])
            same_grain.sort(key=lambda f: (f.sentence, f.span[0]))
            spans = [x["span"] for x in ours]
            if t["span"] in spans:
                paired = same_grain[spans.index(t["span"])]
                return (paired, None) if _same_date(value, paired) else (None, paired)
        # The dates of the article's sentences telling these same facts (a rewrite splits
        # "founded in 1987, … on sale in 2024" in two) that agree with one there are
        # accounted for: if this is the one left, the one left there is what the source
        # says instead.
        peers = ours_in(lambda x, told=sentences: align.best(x["sentence"]) in told)
        rest_ours = [
            x for x in peers if not any(_same_date(str(x["value"]), f) for f in same_grain)
        ]
        rest_theirs = [
            f for f in same_grain if not any(_same_date(str(x["value"]), f) for x in peers)
        ]
        if [x["span"] for x in rest_ours] == [t["span"]] and len(rest_theirs) == 1:
            return None, rest_theirs[0]
        return None, None
    return None


def _same_date(value: str, fact: Fact) -> bool:
    """The same date; where the source left the year unsaid (in January, Nov. 5) and the
    reader supplied it, the same month and day whatever the year."""
    if fact.value == value:
        return True
    return bool(fact.approx) and len(value) >= 7 and fact.value[4:] == value[4:]


def _check_weekday(
    analysis: Analysis, t: dict[str, Any], name: str, dates: list[Fact], align: Alignment
) -> tuple[Fact | None, Fact | None] | None:
    """A weekday against the weekdays the sentences telling the same fact name: 月曜日 ↔
    Monday whichever week each reader placed it in (a future tense or a late publication
    shifts the resolved day); another weekday there contradicts it, where it is clear which
    answers which. None when those sentences name no weekday: the date decides.

    A weekday is looked for there first, not anywhere in the source: a story names several
    days, and a Wednesday elsewhere says nothing of this one."""
    region, window = align.region(t["sentence"]), align.window(t["sentence"])
    paired = _weekday_in_order(analysis, t, dates, align)
    if paired is not None:
        return (paired, None) if paired.text.lower() == name else (None, paired)
    for sentences in (region[:1], region, window):
        named = [f for f in dates if f.sentence in sentences and f.text.lower() in WEEKDAYS]
        if not named:
            continue
        same = next((f for f in named if f.text.lower() == name), None)
        if same is not None:
            return same, None
        ours = sorted(
            (x for x in analysis.times
             if x["sentence"] == t["sentence"] and _WEEKDAY_JA.search(x["text"])),
            key=lambda x: x["span"][0],
        )  # fmt: skip
        if len(ours) == 1 and len({f.text.lower() for f in named}) == 1:
            return None, named[0]
        if len(ours) == len(named) > 1:
            named.sort(key=lambda f: (f.sentence, f.span[0]))
            spans = [x["span"] for x in ours]
            if t["span"] in spans:
                return None, named[spans.index(t["span"])]
        return None, None
    return None


def _weekday_in_order(
    analysis: Analysis, t: dict[str, Any], dates: list[Fact], align: Alignment
) -> Fact | None:
    """The source's weekday in this one's place, where the article's sentences that the
    best source sentence tells (a rewrite splits "on Sunday …, officials said on Monday")
    name as many weekdays as it does, but not the same ones: paired in order."""
    best = align.best(t["sentence"])
    if best is None:
        return None
    named = sorted(
        (f for f in dates if f.sentence == best and f.text.lower() in WEEKDAYS),
        key=lambda f: f.span[0],
    )
    peers = sorted(
        (x for x in analysis.times
         if _WEEKDAY_JA.search(x["text"]) and align.best(x["sentence"]) == best),
        key=lambda x: x["span"][0],
    )  # fmt: skip
    if len(named) < 2 or len(peers) != len(named) or t["span"] not in [x["span"] for x in peers]:
        return None
    ours = Counter(_WEEKDAY_EN[m.group(1)] for x in peers if (m := _WEEKDAY_JA.search(x["text"])))
    if ours == Counter(f.text.lower() for f in named):
        return None  # the same days, in whatever order: each its own claim
    return named[[x["span"] for x in peers].index(t["span"])]


def _quote_verdicts(analysis: Analysis, sources: Sequence[SourceFacts]) -> list[dict[str, Any]]:
    """A quotation with a speaker against each source's quotations (``speech``)."""
    verdicts = []
    for q in analysis.quotes:
        if q["kind"] == "term" or not q["speaker"]:
            continue
        v = new_verdict(
            "quote",
            {"text": q["text"], "span": q["span"], "sentence": q["sentence"],
             "speaker": q["speaker"]["name"], "entity": q["speaker"]["entity"]},
        )  # fmt: skip
        for src in sources:
            support, against = check_quote(analysis, q, src.said, src.language)
            said = support or against
            if said is not None:
                v["sources" if support else "against"] += 1
                v["evidence"].append(_said_evidence(src, said))
        verdicts.append(v)
    return verdicts


def _said_evidence(src: SourceFacts, said: Said) -> dict[str, Any]:
    match = f"{said.speaker or '?'}: {said.text}"
    return {**evidence_at(src, said.sentence, said.span, match), "speaker": said.speaker}


def _flag(v: dict[str, Any], body: str) -> dict[str, Any]:
    c = v["claim"]
    if c["kind"] == "event":
        said = v["evidence"][0]
        ours = "、".join(said["instead_of"])
        return {
            "kind": "source-event",
            "severity": "high",
            "message_ja": f"「{c['text']}」の当事者{ours}は、出典では{said['match']}です。",
            "message_en": (
                f"{c['text']!r} ({c['plover']}): the source has {said['match']} where the "
                f"article has {', '.join(said['instead_of'])}."
            ),
            "claim": c,
            "evidence": v["evidence"],
        }
    if c["kind"] == "quote":
        who = "; ".join(str(e["speaker"]) for e in v["evidence"])
        return {
            "kind": "source-quote",
            "severity": "high",
            "message_ja": f"{c['text']} を出典は{c['speaker']}ではなく {who} の発言としています。",
            "message_en": f"The source gives {c['text']} to {who}, not to {c['speaker']}.",
            "claim": c,
            "evidence": v["evidence"],
        }
    said = "; ".join(e["match"] for e in v["evidence"])
    return {
        "kind": f"source-{c['kind']}",
        "severity": "high",
        "message_ja": f"「{c['text']}」は出典と食い違います（出典: {said}）。",
        "message_en": f"{c['text']!r} disagrees with the source, which says: {said}.",
        "claim": c,
        "evidence": v["evidence"],
    }
