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

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

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
)
from urazuke.verify.dates import check_time, date_claims, split_ranges
from urazuke.verify.english import (
    MONTHS,
    PEOPLES,
    WEEKDAYS,
    Fact,
    SourceFacts,
    country_codes,
    titles_en,
)
from urazuke.verify.events import event_verdicts
from urazuke.verify.names import sounds_alike
from urazuke.verify.numbers import check_quantity, checkable, durations, number_claims
from urazuke.verify.omissions import omission_flags
from urazuke.verify.roles import RoleClaim
from urazuke.verify.speech import (
    KATAKANA_ORG,
    NOT_PERSON_WORDS,
    ORG_WORDS,
    TITLE_WORDS,
    Said,
    check_quote,
)
from urazuke.verify.words import common_noun, ordinary_noun


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
    filed = src.of("dateline")
    line = _DATELINE_JA.match(analysis.article.body)
    if (
        entity.kind == "place" and filed and line is not None
        and any(line.start(1) <= m.span[0] < line.end(1) for m in entity.mentions)
        and not _BUREAU.search(line.group(1))
    ):  # fmt: skip
        # 【仙台】 where the source was filed from NAIROBI, and names Sendai nowhere.
        return filed[0]
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
        if entity.kind == "person" and (
            not _full_name(entity.name) or KATAKANA_ORG.search(entity.name)
        ):
            # A bare surname or a mis-tagged word (オランイェ・グロース・パートナーズ, a
            # firm): too weak to accuse
            continue
        if entity.kind == "place" and _broad(entity.name):
            return None  # 欧州, 中東, 中部: a city the source names lies within, not instead
        if entity.kind == "place" and (
            entity.name.isascii()
            or _cut_from_word(analysis.article.body, entity)
            or (re.fullmatch(r"[一-龥々]+", entity.name) and ordinary_noun(entity.name))
        ):
            # NZ, an abbreviation; マレー of マレーフィールド, a tagger's cut; 市場町 (a market
            # town) of 市場町ヤベロ, kanji words that describe the place the name then gives
            # (katakana ones are names: パース is Perth)
            return None
        kind = "person" if entity.kind == "person" else "place"
        others = [
            f
            for f in src.facts
            if f.kind in (("name",) if kind == "person" else ("place", "country"))
            and f.sentence in region
            and _looks_like(kind, f.text)
            and not _org_name(_whole_name(src, f))
            and not _doubtful(forms, f, src)
            and not _known(analysis, f, src)
            and (kind != "person" or _attested_person(src, f))
            and not _adjective(src, f)
            and (
                not _FACILITY_JA.search(entity.name)
                or _FACILITY_EN.search(src.body[f.span[0] : f.span[1] + 40].split(",")[0])
            )
        ]
        if others:
            return others[0]
    return None


# 【ナイロビ】, 【蔚山（韓国）】 open the body; 【ワシントン共同】 is the agency's bureau, which
# need not be where the source was filed.
_DATELINE_JA = re.compile(r"\s*【([^】（(]{1,20})[^】]{0,20}】")
_BUREAU = re.compile(r"共同|時事|ＡＦＰ|AFP|ロイター|聯合|新華社|ＡＰ|AP|ＡＮＮ|支局|特派員|発")


def _org_name(text: str) -> bool:
    words = [w.lower().strip(".,") for w in text.split()]
    return any(w in _ORG_WORDS or w.removesuffix("s") in _ORG_WORDS for w in words)


# 成田空港, 釜山港, ソウル駅: a facility; the source's counterpart is one too (Narita
# airport), never the city it serves.
_FACILITY_JA = re.compile(
    r"(?:空港|港|駅|基地|スタジアム|競技場|球場|公園|大学|病院|劇場|劇院|ホール|博物館|美術館"
    r"|宮殿|大聖堂|寺院)(?:近く|付近|周辺)?$"
)
_FACILITY_EN = re.compile(
    r"(?i)\b(?:airport|airbase|port|harbou?r|station|base|stadium|est[aá]dio|estadio|stade"
    r"|arena|park|ballpark|university|hospital|theat(?:re|er)|hall|museum|gallery|palace"
    r"|cathedral|temple|opera)\b"
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
    # 東アフリカ, 西アジア, 南太平洋: a compass part of a continent or ocean is as broad.
    return (
        name in _BROAD
        or name.lstrip("東西南北中") in _BROAD
        or bool(
            re.fullmatch(
                r"[東西南北中]{1,2}部.*|.*[東西南北]部"
                r"|.*(?:諸国|諸島|地域|地方|圏|山脈|山地|高原|盆地|砂漠|[県州省])",
                name,
            )
        )
    )


def _inside_broad(body: str, entity: Entity) -> bool:
    """A place a tagger cut out of a region's name (太平 of 太平洋): every mention runs on
    into a continent, ocean or region."""
    return entity.kind == "place" and all(
        any(body[m.span[0] : m.span[1] + k] in _BROAD for k in (1, 2)) for m in entity.mentions
    )


def _cut_from_word(body: str, entity: Entity) -> bool:
    """Every mention runs on into more of a word: a piece of a longer one (マレー of
    マレーフィールド; 平野 of 平野部, an ordinary word), not the place itself."""
    if all(re.match(r"[語系]", body[m.span[1] : m.span[1] + 1]) for m in entity.mentions):
        return True  # アラビア of アラビア語: a language, not the place
    if all(_in_a_name(body, m.span, m.text) for m in entity.mentions):
        return True  # アム of 介護施設「ハウス・アム・ネッカー」: a word of a facility's name
    if re.fullmatch(r"[ァ-ヴー・]+", entity.name):
        return all(re.match(r"[ァ-ヴー]", body[m.span[1] : m.span[1] + 1]) for m in entity.mentions)
    if not _PLACE_END.search(entity.name) and all(
        re.match(r"[一-龥]", body[m.span[0] - 1 : m.span[0]] if m.span[0] else "")
        and not _PLACE_END.search(body[: m.span[0]])
        and not _BEFORE_PLACE.search(body[: m.span[0]])
        and re.match(r"[一-龥]", body[m.span[1] : m.span[1] + 1])
        and not _WHERE_ABOUT.match(body, m.span[1])
        for m in entity.mentions
    ):
        # 青木 of 上海青木数据, a firm: kanji run on either side (not 台東県 before 成功鎮付近:
        # a place in a region, and where about it).
        return True
    return all(
        (more := re.match(r"[一-龥]{1,2}", body[m.span[1] : m.span[1] + 2]))
        and ordinary_noun(m.text + more.group(0))
        for m in entity.mentions
    )


def _in_a_name(body: str, span: Sequence[int], text: str) -> bool:
    """Whether the span stands inside a short bracketed name longer than it (「…」 with no
    clause in it): the name of a facility, a ship, a work."""
    start = body.rfind("「", 0, span[0])
    end = body.find("」", span[1])
    if start == -1 or end == -1 or body.rfind("」", start, span[0]) != -1:
        return False
    inner = body[start + 1 : end]
    return inner != text and len(inner) <= 20 and not re.search(r"[、。，！？]", inner)


_PLACE_END = re.compile(r"[省市県区州郡町村島港湾山川国]$")
_WHERE_ABOUT = re.compile(
    r"付近|近郊|周辺|沖|[東西南北中]部|市内|郊外|一帯|地方|地区|近く|選出|出身|在住|方面|行き"
)
# 北部ケダ州選出, 州都サインシャンド: words that place a name, not part of it.
_BEFORE_PLACE = re.compile(r"(?:[東西南北中]部|[北南][東西]部|州都|首都|県都|省都|郊外)$")


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


@lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    return frozenset(name for name, _code in country_codes())


def _looks_like(kind: str, text: str) -> bool:
    """A person looks like two or three capitalized words; a place like one or two (a
    country too: フランス replaced by ナイロビ), and neither is a month, weekday or
    sentence-opening word; no person is a country."""
    words = text.split()
    if not words or words[0].lower() in _NOT_NAMES or words[0].lower() in MONTHS:
        return False
    if any(w.lower() in WEEKDAYS for w in words):
        return False
    if text in _country_names() and kind == "person":
        return False
    if kind == "person" and any(w in _country_names() for w in words):
        return False  # New Taiwan (dollars), South Sudan: a country's name is no person's
    if _org_name(text):
        return False
    if kind == "person":
        if any(w.lower().strip(".,") in TITLE_WORDS for w in words):
            return False  # Chief Executive, Foreign Minister: a title, not a name
        if any(w.lower() in NOT_PERSON_WORDS or re.search(r"['’]s$", w) for w in words):
            return False  # Litani River, Second Thomas Shoal; Kenya's Faith, South Korea's
        return 2 <= len(words) <= 3 and all(w[0].isupper() for w in words)
    return len(words) <= 2


def _adjective(src: SourceFacts, fact: Fact) -> bool:
    """Portuguese naval schools, Portuguese-speaking: a people's adjective, not a place
    (Fujian, which … is one)."""
    return bool(
        (re.fullmatch(r"[A-Z][a-z]+(?:ese|ian|ish)", fact.text) or PEOPLES.fullmatch(fact.text))
        and re.match(r"(?:\s+|-)[a-z]", src.body[fact.span[1] :])
    )


# What shows a capitalized phrase of an English source to be a person's name, not a place,
# a body or a journal's: a courtesy title or a descriptor before it (Dr, farmer, ambassador),
# an age after it (", 38," "(38)"), or the last word alone, later, as a person is called
# again (Mr Tran; Tran said; Moura third).
_HONORIFIC = r"(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|Rev|Gen|Col|Capt|Lt|Sgt|Sen|Rep|Gov)\.?"
_DESCRIBED = re.compile(
    r"(?:\b[A-Za-z][a-z\-]*(?:er|or|ist|ian|man|woman|person|ant|ent|ee|ary|ive|ic|ain|ief"
    r"|ot|ate|ard|ess|aut|el)|\b" + _HONORIFIC + r")\s+$"
)
_NOT_DESCRIPTOR = frozenset(
    "after over under other per or for never ever later earlier together rather further "
    "whether either neither whatever however member her during along among against "
    "including following regarding concerning being thing nothing something "
    "anything everything business press congress access process address unless less "
    "parliament government department tournament president's when then".split()
)
# Words before a name that make it a place's or a thing's (in El Jadida, the West Coast,
# 26 First Nations, the journal Nature Astronomy).
_PLACE_BEFORE = (
    r"(?i:\b(?:the|a|an|in|at|near|from|to|of|outside|across|into|journal|magazine)|\d)\s+$"
)
_AGED = re.compile(r"\s*(?:,\s*(?:aged\s+)?\d{1,3}\s*[,.;]|\(\s*\d{1,3}\s*\))")


def _attested_person(src: SourceFacts, fact: Fact) -> bool:
    """Whether ``fact`` (a name the source gives) may be a person's: shown to be one, or at
    least not read where a place, a body or a longer name stands (in El Jadida; the West
    Coast; Ørland Air of Ørland Air Station)."""
    if src.language == "ja":
        return True  # the Japanese reading tags its people
    body, text = src.body, fact.text
    words = text.split()
    if re.fullmatch(r"[A-Z][a-z]+ing", words[0]) and re.search(
        r"(?:^|[.!?\"“]\s*)$", body[: fact.span[0]]
    ):
        return False  # "Closing Schweinfurt is …": a sentence opening on a verb
    for f in src.facts:
        if f.kind in ("title", "role") and f.text.split()[-1:] == words[-1:]:
            return True
    for m in re.finditer(re.escape(text), body):
        before = body[max(0, m.start() - 30) : m.start()]
        word = re.search(r"([A-Za-z][a-z\-]*)\s+$", before)
        if _DESCRIBED.search(before) and not (word and word.group(1).lower() in _NOT_DESCRIPTOR):
            return True
        if _AGED.match(body, m.end()):
            return True
    if len(words) > 1:
        # Called again by the last word alone (Kinteh, 64; Moura third; Mr Tran; Tran said).
        for m in re.finditer(rf"(?<![\w\-]){re.escape(words[-1])}(?![\w\-])", body):
            before = body[max(0, m.start() - 30) : m.start()]
            if (
                not re.search(r"[A-Z][\w\-’'.]*\s+$", before)
                and not re.search(_PLACE_BEFORE, before)
            ) and not re.match(r"\s+[A-Z]|['’]s?\s+[A-Z]", body[m.end() :]):
                return True
            if re.search(_HONORIFIC + r"\s+$", before):
                return True
    s, e = fact.span
    if re.match(r"[ \t]+[A-Z]", body[e:]):
        return False  # Tran Thi of Tran Thi Hoa: a name cut short
    return not re.search(_PLACE_BEFORE, body[max(0, s - 25) : s])


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

    numbers = number_claims(analysis)
    for q in checkable(numbers, body):
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
            support, against = check_quantity(analysis, numbers, q, src, aligns[id(src)])
            tally(v, src, support, against)
        verdicts.append(v)

    dated = replace(analysis, times=split_ranges(analysis.times))
    dates = date_claims(dated)
    for t in dates:
        v = new_verdict(
            "time",
            {"text": t["text"], "span": t["span"], "sentence": t["sentence"], "value": t["value"]},
        )
        for src in sources:
            support, against = check_time(dated, dates, t, src, aligns[id(src)])
            tally(v, src, support, against)
        verdicts.append(v)

    verdicts += _quote_verdicts(analysis, sources)
    verdicts += event_verdicts(analysis, sources, aligns)

    for v in verdicts:
        _decide(v, len(sources))
    flags = [_flag(v, body) for v in verdicts if v["verdict"] == "contradicted"]
    flags += omission_flags(analysis, sources, aligns, durations(analysis))
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
