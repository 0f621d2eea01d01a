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
from dataclasses import dataclass
from typing import Any

from urazuke.kb import KnowledgeBase
from urazuke.lexicon import load_lexicons
from urazuke.model import Analysis, Entity
from urazuke.verify.english import (
    MONTHS,
    WEEKDAYS,
    Fact,
    SourceFacts,
    country_codes,
)
from urazuke.verify.names import same_name
from urazuke.verify.roles import RoleClaim


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
    if fact.unit == "score":
        # 88対81 ↔ 88-81 (or 81-88): the same two numbers.
        return isinstance(value, list) and isinstance(v, tuple) and sorted(value) == sorted(v)
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
    words += [name for name, c in country_codes() if c == code]
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
            # As the sentence names them (ハルトマン氏 ↔ Hartmann), and in full.
            forms = {e.name, *(m.text for m in e.mentions if m.sentence == i)}
            score += any(_name_match(x, f, src) for x in forms for f in names)
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
    if not words or words[0].lower() in _NOT_NAMES or words[0].lower() in MONTHS:
        return False
    if any(w.lower() in WEEKDAYS for w in words):
        return False
    if any(text == name for name, _code in country_codes()):
        return False
    if any(w.lower().strip(".,") in _ORG_WORDS for w in words):
        return False
    if kind == "person":
        return 2 <= len(words) <= 3 and all(w[0].isupper() for w in words)
    return len(words) <= 2


_DURATION_UNITS = {"Y": "years", "M": "months", "W": "weeks", "D": "days", "H": "hours"}


def _durations(analysis: Analysis) -> list[dict[str, Any]]:
    """Durations (5年間 P5Y, 60日間 P60D) as quantities of years, days … to compare."""
    found = []
    for t in analysis.times:
        m = re.fullmatch(r"PT?(\d+(?:\.\d+)?)([YMWDH])", str(t["value"]))
        if t["precision"] == "duration" and m:
            found.append({**t, "value": float(m.group(1)), "unit": _DURATION_UNITS[m.group(2)],
                          "approx": False})  # fmt: skip
    return found


def _counterpart(
    analysis: Analysis, sentence: int, src: SourceFacts, facts: list[Fact]
) -> Fact | None:
    """Among source sentences holding a fact of this kind, the one telling what the
    article's sentence tells (best score, sharing at least one name, number or date)."""
    best: tuple[float, int] | None = None
    for j in sorted({f.sentence for f in facts}):
        score = _sentence_score(analysis, sentence, src, j)
        if score >= 1.5 and (best is None or score > best[0]):
            best = (score, j)
    return None if best is None else next(f for f in facts if f.sentence == best[1])


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

    for q in [*analysis.quantities, *_durations(analysis)]:
        if q["unit"] == "-":
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
                # joins and splits sentences), in the source sentence with a number of that
                # unit that best matches this one, or the only such number in the source.
                # A duration (懲役4年) is compared only where the sentences align: terms and
                # periods recur for different people in one story.
                same_unit = [x for x in analysis.quantities if x["unit"] == q["unit"]]
                # One slot to one slot: a sentence with several numbers of one unit
                # (15点のリードを2点差まで…3点シュート) cannot say which the source's is —
                # unless the aligned source sentence has as many, in the same order
                # (54.3%…45.7% ↔ 54.3%…45.7%).
                siblings = [x for x in same_unit if x["sentence"] == q["sentence"]]
                if len(siblings) > 1:
                    theirs = [f for f in numbers if f.sentence == aligned]
                    paired = None
                    spans = [x["span"] for x in siblings]
                    if aligned is not None and len(theirs) == len(siblings) and q["span"] in spans:
                        paired = theirs[spans.index(q["span"])]
                    tally(v, src, None, paired)
                    continue
                other = _nearest(numbers, aligned)
                if other is None and q.get("precision") != "duration":
                    other = _counterpart(analysis, q["sentence"], src, numbers) or (
                        numbers[0] if len(numbers) == 1 and len(same_unit) == 1 else None
                    )
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
            same_grain = [f for f in dates if len(f.value) == len(t["value"])]
            aligned = _aligned(analysis, t["sentence"], src)
            # The sentence telling the same fact decides when it gives a date as precise:
            # a Wednesday elsewhere in the story does not support this 水曜日.
            local = [f for f in same_grain if f.sentence == aligned]
            ours = [x for x in analysis.times if x["sentence"] == t["sentence"]]
            if local and sum(len(x["value"]) == len(t["value"]) for x in ours) == 1:
                hit = next((f for f in local if _date_agrees(t["value"], f.value)), None)
                tally(v, src, hit, None if hit else local[0])
                continue
            hit = next((f for f in dates if _date_agrees(t["value"], f.value)), None)
            other = None
            if hit is None:
                other = _nearest(same_grain, aligned) or _counterpart(
                    analysis, t["sentence"], src, same_grain
                )
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
