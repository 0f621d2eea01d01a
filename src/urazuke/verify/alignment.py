"""What the article and a source share: sentence alignment and the comparisons it rests on.

``Alignment`` finds, for each article sentence, the source sentences telling the same fact:
shared people, places and countries, agreeing numbers and dates, and shared words across
languages (``words``). The checks of people, numbers, dates, quotations and events all read
it, and the small comparisons here (a name, a date, a number within its hedge).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from urazuke.lexicon import load_lexicons
from urazuke.model import Analysis, Entity
from urazuke.verify.english import Fact, SourceFacts, country_codes
from urazuke.verify.names import same_name
from urazuke.verify.words import lexical_overlap

__all__ = [
    "Alignment",
    "country_words",
    "date_agrees",
    "evidence",
    "evidence_at",
    "forms_of",
    "name_match",
    "new_verdict",
    "number_agrees",
]


def name_match(form: str, fact: Fact, src: SourceFacts) -> bool:
    if src.language == "ja":
        return form == fact.text or form in fact.text.split("・") or fact.text.startswith(form)
    return same_name(form, fact.text)


def evidence(src: SourceFacts, fact: Fact) -> dict[str, Any]:
    return evidence_at(src, fact.sentence, fact.span, fact.text)


def evidence_at(src: SourceFacts, sentence: int, span: Sequence[int], match: str) -> dict[str, Any]:
    """The source's sentence as evidence, with the span and the words that answer."""
    s0, s1 = src.sentences[sentence]
    return {"source": src.label, "text": src.body[s0:s1].strip(), "span": list(span),
            "match": match}  # fmt: skip


def date_agrees(ja: str, en: str) -> bool:
    """2025-01 ↔ 2025-01; 2024-11-15 ↔ 2024-11; a value agrees with a coarser or finer one."""
    if "/" in ja:
        return False
    return ja.startswith(en) or en.startswith(ja)


def number_agrees(value: Any, approx: bool, fact: Fact) -> bool:
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
    if fact.unit == "seconds" and abs(float(v) - float(value)) < 1.0:
        return True  # 1分15秒 ↔ 1 minute 15.884 seconds: a time to the second
    return bool(abs(float(v) - float(value)) <= tolerance * max(abs(float(value)), 1.0))


@lru_cache(maxsize=512)
def country_words(code: str) -> tuple[str, ...]:
    """English names and adjectives of a country (Japan, Japanese)."""
    names = [c.english for c in load_lexicons().countries if c.code == code]
    words = [n for group in names for n in group]
    words += [name for name, c in country_codes() if c == code]
    return tuple(dict.fromkeys(words))


# A sentence pair scoring this much shares several names, numbers or words: surely the
# same fact (pairs that merely share a topic score 2–3 on the benchmark's articles).
SURE = 5.0


class Alignment:
    """Which source sentences tell what each article sentence tells.

    A pair of sentences scores for the people, places and countries both name, the numbers
    and dates on which they agree, the words they share across languages (``words``: JMdict
    glosses against the English words, rare words counting more), and a prior that a
    rewrite follows its source's order (up to 1 point). Computed once per source.
    """

    # Shared words count for less than a shared name: many words recur across a story.
    LEXICAL_WEIGHT = 0.5
    # The order prior alone (≤ 1) is not enough: at least one shared name, number, date
    # or a couple of words.
    THRESHOLD = 1.5
    # A rewrite joins sentences: a second source sentence scoring this share of the best
    # one tells the same fact too.
    NEAR = 0.6
    # A rewrite splits a source sentence in two, or runs on where it left off: a sentence
    # whose neighbour surely tells source sentence j (scoring ANCHOR or more) gains
    # CONTINUITY for j and the one after (before, for the next neighbour). Chosen on the
    # benchmark pairs: enough to tip a sentence sharing one number and a word with its
    # source (スタンドには約1万8000人のファンが詰めかけた) over a stray name elsewhere, not
    # enough to carry a sentence sharing nothing.
    CONTINUITY = 0.75
    ANCHOR = 3.0
    # A sentence this short with nothing in common with any source sentence is the rest of
    # the one before (いずれも木曜日から適用する。).
    RUN_ON_LENGTH = 30

    def __init__(self, analysis: Analysis, src: SourceFacts) -> None:
        self.analysis, self.src = analysis, src
        body = analysis.article.body
        ja = [body[s.span[0] : s.span[1]] for s in analysis.sentences]
        theirs = [src.body[s0:s1] for s0, s1 in src.sentences]
        lexical = lexical_overlap(ja, theirs, src.language)
        raw = [
            [_sentence_score(analysis, i, src, j) + self.LEXICAL_WEIGHT * lexical[i][j]
             for j in range(len(theirs))]
            for i in range(len(ja))
        ]  # fmt: skip
        self.scores = _continuity(raw, self.CONTINUITY, self.ANCHOR)
        self._regions: dict[int, list[int]] = {}

    def best(self, i: int) -> int | None:
        """The source sentence telling what article sentence ``i`` tells, if any does; a
        short sentence sharing nothing (8月1日に実施する。) runs on from the one before it,
        where that one surely tells a source sentence."""
        row = self.scores[i] if 0 <= i < len(self.scores) else []
        if not row:
            return None
        j = max(range(len(row)), key=row.__getitem__)
        if row[j] >= self.THRESHOLD:
            return j
        return self._run_on(i)

    def _run_on(self, i: int) -> int | None:
        s0, s1 = self.analysis.sentences[i].span if i > 0 else (0, 0)
        if i == 0 or s1 - s0 > self.RUN_ON_LENGTH:
            return None
        before = self.scores[i - 1]
        j = max(range(len(before)), key=before.__getitem__)
        return j if before[j] >= self.ANCHOR else None

    def surely(self, i: int) -> int | None:
        """The best source sentence where it surely tells what sentence ``i`` tells (scores
        ``SURE`` or more); None otherwise."""
        best = self.best(i)
        return best if best is not None and self.scores[i][best] >= SURE else None

    def window(self, i: int) -> list[int]:
        """The region and the sentences either side of its best one (a rewrite moves a
        clause into the sentence before or after)."""
        region = self.region(i)
        if not region:
            return []
        near = [j for j in (region[0] - 1, region[0] + 1) if 0 <= j < len(self.scores[i])]
        return region + [j for j in near if j not in region]

    def tells_better(self, i: int, than: int, j: int) -> bool:
        """Whether article sentence ``i`` tells source sentence ``j`` (it is in its region)
        better than article sentence ``than`` does."""
        return j in self.region(i) and self.scores[i][j] > self.scores[than][j]

    def region(self, i: int) -> list[int]:
        """The best sentence and any other scoring near it (a rewrite joins sentences);
        computed once per sentence (the number checks ask for every claim's, per claim)."""
        if i not in self._regions:
            self._regions[i] = self._region(i)
        return self._regions[i]

    def _region(self, i: int) -> list[int]:
        j = self.best(i)
        if j is None:
            return []
        row = self.scores[i]
        if row[j] < self.THRESHOLD:
            return [j]  # run on from the sentence before: its best sentence alone
        top = row[j]
        return [j] + [
            k for k in range(len(row)) if k != j and row[k] >= max(self.THRESHOLD, self.NEAR * top)
        ]


def _continuity(raw: list[list[float]], bonus: float, anchor: float) -> list[list[float]]:
    """The scores with the continuity prior (see ``Alignment.CONTINUITY``)."""
    best = []
    for row in raw:
        j = max(range(len(row)), key=row.__getitem__) if row else -1
        best.append(j if row and row[j] >= anchor else None)
    scores = []
    for i, row in enumerate(raw):
        near: set[int] = set()
        before = best[i - 1] if i > 0 else None
        after = best[i + 1] if i + 1 < len(raw) else None
        if before is not None:
            near |= {before, before + 1}
        if after is not None:
            near |= {after, after - 1}
        # The order prior alone must still not reach the threshold: only a sentence with
        # something in common gains.
        scores.append([x + bonus if j in near and x > 1.0 else x for j, x in enumerate(row)])
    return scores


def _sentence_score(analysis: Analysis, i: int, src: SourceFacts, j: int) -> float:
    """Shared people, places and countries, agreeing numbers and dates between article
    sentence ``i`` and source sentence ``j``, and the order prior (up to 1 point)."""
    s0, s1 = src.sentences[j]
    text = src.body[s0:s1]
    names = [f for f in src.facts if f.kind == "name" and f.sentence == j]
    score = 0.0
    for e in analysis.entities:
        if not any(m.sentence == i for m in e.mentions):
            continue
        if e.kind == "country" and e.country:
            score += any(w in text for w in country_words(e.country))
        elif e.kind in ("person", "place"):
            # As the sentence names them (ハルトマン氏 ↔ Hartmann), and in full.
            forms = {e.name, *(m.text for m in e.mentions if m.sentence == i)}
            score += any(name_match(x, f, src) for x in forms for f in names)
    numbers = [f for f in src.of("number") if f.sentence == j]
    for q in analysis.quantities:
        if q["sentence"] == i:
            # The same number of the same unit; or the very figure, counted by another noun
            # (感染者は3万1600人 ↔ 31,600 dengue cases), where it is no small round number.
            # A telling figure found exactly says more than any word: it counts twice.
            exact = telling_figure(q["value"]) and any(
                f.value == q["value"] and not f.approx for f in numbers
            )
            score += (
                2
                if exact
                else any(
                    f.unit == q["unit"] and number_agrees(q["value"], q["approx"], f)
                    for f in numbers
                )
            )
    for t in analysis.times:
        if t["sentence"] == i:
            span = _DURATION.fullmatch(str(t["value"]))
            score += any(
                f.sentence == j and date_agrees(t["value"], f.value) for f in src.of("date")
            ) or bool(
                # 3週間 ↔ three weeks: a duration is a number of its unit.
                span
                and any(
                    f.unit == _DURATION_UNITS[span.group(2)] and f.value == float(span.group(1))
                    for f in numbers
                )
            )
    n_ja, n_src = max(1, len(analysis.sentences)), max(1, len(src.sentences))
    return score + 1 - abs(i / n_ja - j / n_src)


_DURATION = re.compile(r"P(\d+)([YMWD])")
_DURATION_UNITS = {"Y": "years", "M": "months", "W": "weeks", "D": "days"}


def telling_figure(value: Any) -> bool:
    """A figure that says which fact it is by itself: 31600, 214, 2.8; not 2 or 10."""
    return (
        isinstance(value, (int, float))
        and not isinstance(value, bool)
        and value >= 10
        and not (value <= 100 and value % 10 == 0)
        and not 1900 <= value <= 2100
    )


def forms_of(entity: Entity) -> list[str]:
    """An entity's name and every form a mention gives it, once each; a place written with
    the prefecture or state that holds it (沖縄県石垣市) also by each part."""
    forms = [entity.name, *(m.text for m in entity.mentions)]
    # 蔚山(ウルサン): the kanji and the reading the article gives, each a form.
    forms += [p for f in forms if (m := _READING.fullmatch(f)) for p in m.groups()]
    if entity.kind == "place":
        forms += [p for f in forms for p in _ADMIN_SPLIT.split(f) if len(p) >= 2 and p != f]
    return list(dict.fromkeys(forms))


_READING = re.compile(r"(.+?)[（(]([ァ-ヴー・＝]+)[）)]")
# 沖縄県|石垣市, カリフォルニア州|サンノゼ: a place after the larger one holding it.
_ADMIN_SPLIT = re.compile(r"(?<=[県州省府])(?=..)")


def new_verdict(kind: str, claim: dict[str, Any]) -> dict[str, Any]:
    return {
        "claim": {"kind": kind, **claim},
        "verdict": "unverified",
        "reason": None,
        "evidence": [],
        "sources": 0,
        "against": 0,
    }
