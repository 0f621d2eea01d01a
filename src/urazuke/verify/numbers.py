"""Numbers of the article against a source's: which are claims, and which of the source's
numbers answers each.

The quantities of the analysis are checked, with what they leave out: each end of a range
said with its counter twice (590キロ～1万1640キロ), durations in their smallest unit (11年4カ月
→ 136 months), offsets (約17分後), ranks (14位) and ages in brackets (（58）). A number is
supported by the same number of its unit anywhere in the source, and contradicted by the
source's number in the same slot of the sentences telling the same fact, where it is clear
which answers which.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from typing import Any

from urazuke.analyze.sentences import sentence_of
from urazuke.model import Analysis
from urazuke.verify.alignment import Alignment, number_agrees, telling_figure
from urazuke.verify.english import BOUNDED, Fact, SourceFacts, in_megawatts

# 1日当たり, 1人ひとり, 2個ずつ: a rate or a phrase, not a date nor a count.
PER = re.compile(r"当たり|あたり|につき|ごと|ずつ|ひとり|一人|平均")


_OFFSET = re.compile(r"約?(\d+(?:\.\d+)?)(分|時間|日|週間|カ月|か月|ヶ月|年)(?:前|後)")
_OFFSET_UNITS = {"分": "minutes", "時間": "hours", "日": "days", "週間": "weeks",
                 "カ月": "months", "か月": "months", "ヶ月": "months", "年": "years"}  # fmt: skip


def durations(analysis: Analysis) -> list[dict[str, Any]]:
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


def two_ends(item: dict[str, Any], values: Sequence[Any]) -> list[dict[str, Any]] | None:
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
            two_ends(q, q["value"])
            if isinstance(q["value"], list) and counter and q["text"].count(counter) == 2
            else None
        )
        out += ends or [q]
    return out


_RANGE_JOIN = re.compile(r"から|[〜～~－\-―]")


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
# 0.25％引き下げ ↔ cut by 25 basis points: a change of a rate, in points of a percent.
_RATE_POINTS = re.compile(r"(?i)basis points?|percentage points?")


def _magnitude(src: SourceFacts, fact: Fact) -> bool:
    """A magnitude 6.8 earthquake: the 6.8 is the magnitude fact's, not a count."""
    return (
        src.body[max(0, fact.span[0] - 10) : fact.span[0]]
        .lower()
        .rstrip(" -")
        .endswith("magnitude")
    )


def check_quantity(
    analysis: Analysis,
    claims: list[dict[str, Any]],
    q: dict[str, Any],
    src: SourceFacts,
    align: Alignment,
) -> tuple[Fact | None, Fact | None]:
    """(support, against) for a number: the same number of the same unit anywhere in the
    source supports it; another number of that unit in the sentences telling the same fact
    contradicts it, when it is clear which number answers which.

    A source number that another sentence of the article states, where the two tell the
    same fact better than this one does, is that sentence's and accuses no other (a
    rewrite splits "a loss of 310 million euros, against a profit of 120 million" in two:
    the 310 million is the first sentence's, so the second's is answered by the 120
    million)."""

    def taken(better: bool) -> set[int]:
        return {
            id(f)
            for f in src.of("number")
            for x in claims
            if x["sentence"] != q["sentence"] and x["unit"] == q["unit"]
            and (align.tells_better(x["sentence"], q["sentence"], f.sentence) if better
                 else f.sentence in align.region(x["sentence"]))
            and number_agrees(x["value"], x["approx"], f)
        }  # fmt: skip

    if q["unit"] == "-":
        return _bare(claims, q, src, align)
    said = _check_quantity(analysis, claims, q, src, align, taken(better=False))
    if said == (None, None):
        # Nothing left to answer it: a number another sentence tells only as well as this
        # one (the article gives a toll twice) may be this one's.
        said = _check_quantity(analysis, claims, q, src, align, taken(better=True))
    if said[1] is not None and _figure_there(claims, q, src, align):
        return None, None
    return said


def _figure_there(
    claims: list[dict[str, Any]], q: dict[str, Any], src: SourceFacts, align: Alignment
) -> bool:
    """The very figure in the sentence surely telling the same fact, counted by a noun of
    its own (感染者は3万1600人 ↔ 31,600 dengue cases): nothing there says otherwise; unless
    another number of the article's sentence is that figure (最大12件: 12 projects)."""
    best = align.surely(q["sentence"])
    return (
        best is not None
        and telling_figure(q["value"])
        and any(
            f.sentence == best and f.value == q["value"] and not f.approx for f in src.of("number")
        )
        and not any(
            x is not q and x["sentence"] == q["sentence"] and x["value"] == q["value"]
            for x in claims
        )
    )


def _quoted(src: SourceFacts, fact: Fact) -> bool:
    """Whether a source number stands inside a quotation of its sentence."""
    s0 = src.sentences[fact.sentence][0]
    before = src.body[s0 : fact.span[0]]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


def _bare(
    claims: list[dict[str, Any]], q: dict[str, Any], src: SourceFacts, align: Alignment
) -> tuple[Fact | None, Fact | None]:
    """A hedged number without a counter (7600以上の島, 約310万の事業者): supported by the
    same number of anything in the sentences telling the same fact; contradicted only where
    each of the two sentences, surely telling the same fact, has no other number."""
    window = align.window(q["sentence"])
    numbers = [f for f in src.of("number") if not isinstance(f.value, tuple)]
    hit = next(
        (f for f in numbers if f.sentence in window and number_agrees(q["value"], q["approx"], f)),
        None,
    )
    if hit is not None:
        return hit, None
    best = align.surely(q["sentence"])
    if best is None:
        return None, None
    # The other numbers of both sentences that agree pair off (6兆2000億ウォン ↔ 6.2
    # trillion won); "one of the longest" counts nothing.
    ours = [x for x in claims if x["sentence"] == q["sentence"]]
    theirs = [
        f for f in src.of("number")
        if f.sentence == best and not (f.value == 1 and f.unit is None)
    ]  # fmt: skip
    rest_ours, rest_theirs = _unpaired(ours, theirs)
    alone = [x["span"] for x in rest_ours] == [q["span"]]
    return (None, rest_theirs[0]) if alone and len(rest_theirs) == 1 else (None, None)


def _check_quantity(
    analysis: Analysis,
    claims: list[dict[str, Any]],
    q: dict[str, Any],
    src: SourceFacts,
    align: Alignment,
    taken: set[int],
) -> tuple[Fact | None, Fact | None]:
    """``check_quantity``, with the ids of the source numbers other sentences take."""
    units = _SAME_UNITS.get(q["unit"], frozenset([q["unit"]]))
    if q.get("counter") == "キロ":
        units |= {"kg"}  # キロ is a kilometre or a kilogram: 約740キロの覚醒剤
    # "Only twice all night" may be any count of times; it supports one, never accuses
    # (4回 in a baseball story is the fourth inning).
    # "Each horn means one dead male": one, in a quotation, is a word more than a count; it
    # too supports only.
    weak = [
        f for f in src.of("number")
        if (f.text.lower() in ("twice", "thrice") and not _FREQUENCY.match(src.body, f.span[1]))
        or (f.value == 1 and f.text.lower().startswith("one ") and _quoted(src, f))
    ]  # fmt: skip
    weak_hit = next(
        (f for f in weak if f.unit in units and number_agrees(q["value"], q["approx"], f)), None
    )
    if weak_hit is not None:
        return weak_hit, None
    numbers = [
        f for f in src.of("number") if f not in weak and (f.unit in units
        or (q["unit"] == "votes" and f.unit == "people" and _LAWMAKERS.search(f.text))
        or (q["unit"] == "percent" and f.unit == "points" and _RATE_POINTS.search(f.text)))
    ]  # fmt: skip
    if "間" in q["text"]:
        # 9分間 is a span; the 94th minute is a moment of the match.
        numbers = [f for f in numbers if not _ORDINAL.search(f.text)]
    window = align.window(q["sentence"])
    hits = [f for f in numbers if number_agrees(q["value"], q["approx"], f)]
    free = [f for f in numbers if id(f) not in taken]
    local = _one_to_one(claims, q, free, align)
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
    # A hit that another number of this sentence matches more closely is that one's (約4万
    # 1000 takes "about 41,000", which only hedges 3万7500 within reach).
    near = [
        f for f in hits
        if f.sentence in window and f not in vague and not any(
            x is not q and x["unit"] == q["unit"] and x["sentence"] == q["sentence"]
            and number_agrees(x["value"], x["approx"], f)
            and _log_gap(x["value"], f.value) < _log_gap(q["value"], f.value)
            for x in claims
        )
    ]  # fmt: skip
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
    against = _slot(analysis, claims, q, free, [f for f in unknown if id(f) not in taken], align)
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
    sentence = analysis.sentences[q["sentence"]]
    body = analysis.article.body
    anchor = _anchored(body, tuple(sentence.span), q, [*numbers, *unknown], window)
    for sentences in ([anchor] if anchor is not None else [], best, region, window):
        if not sentences:
            continue
        if sentences is not best and sentences == best:
            continue
        theirs = [f for f in numbers if f.sentence in sentences]
        if not theirs and q["unit"] not in _GENERIC_UNITS and (q["approx"] or q.get("bound")):
            # 約2万9400人 where the best sentence, surely telling the same fact, says only
            # "a crowd of about 9,800": a number hedged alike, with no noun the reader
            # knows, is the one left to answer it.
            theirs = [
                f for f in unknown if f.sentence in sentences and _hedged(f)
                and float(f.value).is_integer() and not isinstance(q["value"], list)
            ] if sentences is best and align.surely(q["sentence"]) is not None else []  # fmt: skip
        elif not theirs and q["unit"] in _GENERIC_UNITS:
            # A noun the reader does not know (40本以上 ↔ more than 40 unforced errors):
            # in the best sentence or the one the sentence's other numbers point to;
            # beyond them, only the one such number, hedged alike.
            near = sentences is best or sentences == [anchor]
            theirs = [
                f for f in unknown if f.sentence in sentences and not f.bare
                and float(f.value).is_integer() and not isinstance(q["value"], list)
                and (near or (_hedged(f) and (q["approx"] or q.get("bound"))))
            ]  # fmt: skip
            theirs = theirs if near or len(theirs) == 1 else []
        if not theirs:
            continue
        # The other numbers of the sentence that agree with one there are accounted for,
        # with theirs (1215億円 ↔ 121.5 billion yen), or with a number there whose noun the
        # reader does not know (raise that number to 15,000; 11,500 last year): if this is
        # the one left, the ones left there with the unit are what the source says instead.
        bare = [f for f in unknown if f.sentence in sentences and f not in theirs]
        rest_ours, rest_theirs = _unpaired(ours, [*theirs, *bare])
        rest_theirs = [f for f in rest_theirs if f in theirs]
        alone = [x["span"] for x in rest_ours] == [q["span"]]
        if len(theirs) == len(ours) and not (alone and len(rest_theirs) == 1):
            theirs.sort(key=lambda f: (f.sentence, f.span[0]))
            paired = theirs[spans.index(q["span"])]
            # The same number is no accuser, whatever noun it counts (about 150,000 litres
            # of crude oil, where the reader knows no litres).
            return None if number_agrees(q["value"], q["approx"], paired) else paired
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


_JA_NUMBER = re.compile(r"(?<![0-9.,])([0-9][0-9,]*(?:\.[0-9]+)?)(万|億)?")
_JA_SCALE = {"万": 1e4, "億": 1e8}


def _anchored(
    body: str,
    sentence_span: tuple[int, int],
    q: dict[str, Any],
    facts: list[Fact],
    window: list[int],
) -> int | None:
    """The source sentence the other numbers of ``q``'s sentence point to: the one of the
    window where at least two of them, or one of ten or more, are said (計63カ所 beside
    9県のうち6県 ↔ 63 roadblocks in six of the country's nine departments), where no other
    sentence has as many."""
    start, end = sentence_span
    others = [
        float(m.group(1).replace(",", "")) * _JA_SCALE.get(m.group(2), 1)
        for m in _JA_NUMBER.finditer(body, start, end)
        if not (q["span"][0] <= m.start() < q["span"][1])
    ]
    counts: dict[int, float] = {}
    for i in window:
        there = [f for f in facts if f.sentence == i and not isinstance(f.value, tuple)]
        said = [x for x in others if any(number_agrees(x, False, f) for f in there)]
        if len(said) >= 2 or any(abs(x) >= 10 for x in said):
            counts[i] = len(said)
    if not counts:
        return None
    top = max(counts.values())
    best = [i for i, n in counts.items() if n == top]
    return best[0] if len(best) == 1 else None


# Twice a year: a count of times that accuses as any other.
_FREQUENCY = re.compile(r"\s+(?:a|per|each|every)\s+(?:year|month|week|day)")


def _one_to_one(
    claims: list[dict[str, Any]], q: dict[str, Any], numbers: list[Fact], align: Alignment
) -> Fact | None:
    """The source's number where both sentences have exactly one of the unit and the best
    source sentence surely tells the same fact; None otherwise."""
    best = align.surely(q["sentence"])
    if best is None:
        return None
    ours = [x for x in claims if x["unit"] == q["unit"] and x["sentence"] == q["sentence"]]
    theirs = [f for f in numbers if f.sentence == best]
    if len(ours) == 1 and len(theirs) == 1:
        return theirs[0]
    return None


def _hedged(f: Fact) -> bool:
    """A source number said with a hedge: rounded (about 40) or bounded (more than 40)."""
    return bool(f.approx) or bool(BOUNDED.match(f.text))


def _unpaired(
    ours: list[dict[str, Any]], theirs: list[Fact]
) -> tuple[list[dict[str, Any]], list[Fact]]:
    """The numbers of each side left when the ones that agree have paired off, closest
    pairs first (3万7500 and 約4万1000 against 17,500 and about 41,000: the 41,000 is
    約4万1000's, though it hedges 3万7500 within reach)."""
    pairs = sorted(
        ((_log_gap(x["value"], f.value), i, j)
         for i, x in enumerate(ours) for j, f in enumerate(theirs)
         if number_agrees(x["value"], x["approx"], f)),
        key=lambda p: p[0],
    )  # fmt: skip
    used_ours: set[int] = set()
    used_theirs: set[int] = set()
    for _gap, i, j in pairs:
        if i not in used_ours and j not in used_theirs:
            used_ours.add(i)
            used_theirs.add(j)
    return (
        [x for i, x in enumerate(ours) if i not in used_ours],
        [f for j, f in enumerate(theirs) if j not in used_theirs],
    )


def _log_gap(a: Any, b: Any) -> float:
    x = float(sum(a) / 2 if isinstance(a, list) else a)
    y = float(sum(b) / 2 if isinstance(b, tuple) else b)
    return abs(math.log(max(abs(x), 1e-9)) - math.log(max(abs(y), 1e-9)))


def number_claims(analysis: Analysis) -> list[dict[str, Any]]:
    """Every number of the article in the quantities' shape: the quantities, each end of a
    range with its counter twice, durations, ranks, ages and offsets."""
    body = analysis.article.body
    # 少なくとも47人, 300人以上: a bound is said exactly; only 約, 前後, 近く … round.
    amounts = [
        {**q, "approx": q["approx"] and not q.get("bound"), **in_megawatts(q["value"], q["unit"])}
        for q in analysis.quantities
    ]
    numbers = [
        *_split_amounts(amounts), *durations(analysis), *_ranks_and_ages(analysis, body),
    ]  # fmt: skip
    return numbers + _offsets(analysis, body, numbers)


def checkable(numbers: Sequence[dict[str, Any]], body: str) -> list[dict[str, Any]]:
    """The numbers that are claims of the story: not a rate (1人当たり), an exchange rate
    (1ドル＝145円) nor a phrase (1本1本)."""
    out = []
    for q in numbers:
        start, end = q["span"]
        if q["unit"] == "-" and not (q["approx"] or q["bound"]):
            continue  # a bare number: a code, a score, a name's part, as often as a count
        if body[end : end + 1] in ("＝", "=") or body[max(0, start - 1) : start] in ("＝", "="):
            continue  # 1ドル＝145円: an exchange rate, not an amount of the story
        if body[max(0, start - 2) : start] == "分の":
            continue  # 5分の1未満: a fraction, not a count
        if PER.match(body, end) or body.startswith(q["text"], end):
            continue  # 1人当たり, 1人ひとり, 1本1本: a rate or a phrase, not a count
        if body[max(0, start - 1) : start] in ("（", "(") and any(
            x["span"][1] == start - 1 and str(x["unit"]).isupper() and q["unit"] == "JPY"
            for x in numbers
        ):
            # 800万ペソ（約2100万円）: the rewrite's own conversion for its readers, no claim
            # (a dollar figure in brackets is often the source's own: 60億円（約5500万ドル）)
            continue
        out.append(q)
    return out
