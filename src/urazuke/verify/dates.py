"""Dates and weekdays of the article against a source's.

Which dates are claims (not 同日, the rewrite's inference; not 前年 of 前年同月比; not a
speaker's own 今日 inside a quotation), each end of a range of dates on its own, and the
source's date or weekday that answers each: the same date anywhere supports it, another
date or weekday in the sentences telling the same fact contradicts it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence
from typing import Any

from urazuke.model import Analysis
from urazuke.verify.alignment import Alignment
from urazuke.verify.english import WEEKDAYS, Fact, SourceFacts
from urazuke.verify.numbers import PER, two_ends

_GRAINS = {4: "year", 7: "month", 10: "day"}


def split_ranges(times: Sequence[dict[str, Any]]) -> tuple[dict[str, Any], ...]:
    """Times with each range of dates (5月12日から8月3日 2026-05-12/2026-08-03) replaced by
    its two ends, each with its own text and span; a part of a month (10月末, 7月上旬) by
    the month."""
    out: list[dict[str, Any]] = []
    for t in times:
        values = str(t["value"]).split("/")
        if t["precision"] == "part" and values[0][:7] == values[-1][:7]:
            out.append({**t, "value": values[0][:7], "precision": "month"})  # 10月末: October
            continue
        ends = (
            two_ends(t, values)
            if t["precision"] == "range" and all(len(v) in _GRAINS for v in values)
            else None
        )
        out += [{**e, "precision": _GRAINS[len(e["value"])]} for e in ends] if ends else [t]
    return tuple(out)


_OFFSET_SAID = re.compile(r"[0-9０-９一二三四五六七八九十]+(?:日|週間|カ月|か月|ヶ月|年)(?:前|後)$")
STATED_DAY = re.compile(r"\d+日|[一二三四五六七八九十]+日|曜|[昨今明]日|一昨日|明後日")
# 同日, その年, 前年の52人, 翌日: a date told from another, which the reader resolves.
_ANAPHORIC = re.compile(r"^(?:同|当|その|前|翌|前々|翌々)(?:日|月|年|週)")
# 前年同月比, 前年比, 前期比: a comparison (year on year), not a date of the story.
_COMPARED = re.compile(r"(?:同月|同期|同日)?比")


def stated_time(t: dict[str, Any], body: str) -> bool:
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


AFTER_ANAPHORIC_YEAR = re.compile(r"(?:翌年|前年|同年|その年|翌々年)$")
_MONTH_NEXT = re.compile(r"[0-9０-９一二三四五六七八九十]{1,2}月")


_WEEKDAY_JA = re.compile(r"([月火水木金土日])曜")
_WEEKDAY_EN = dict(
    zip(
        "月火水木金土日",
        "monday tuesday wednesday thursday friday saturday sunday".split(),
        strict=True,
    )
)


def check_time(
    analysis: Analysis,
    claims: Sequence[dict[str, Any]],
    t: dict[str, Any],
    src: SourceFacts,
    align: Alignment,
) -> tuple[Fact | None, Fact | None]:
    """(support, against) for a date (``_check_time``); a source date that another sentence
    of the article states, where the two tell the same fact, accuses no other: it is that
    sentence's (6月1日 does not contradict "through June 25" when 6月25日 says it)."""
    support, against = _check_time(analysis, t, src, align)
    stated = _stated_day(t, src) if against is not None else None
    if stated is not None:
        # The source gives this very day (Wednesday, March 18) where another sentence tells
        # of the day after: the day is the source's own, whichever sentence it is in.
        return stated, None
    if against is not None and any(
        x["sentence"] != t["sentence"] and len(str(x["value"])) == len(against.value)
        and align.tells_better(x["sentence"], t["sentence"], against.sentence)
        and _same_date(str(x["value"]), against)
        for x in claims
    ):  # fmt: skip
        return support, None
    return support, against


def _stated_day(t: dict[str, Any], src: SourceFacts) -> Fact | None:
    """The source's month and day (March 18) for a day the article states as one (3月18日,
    18日（水曜日）); for a weekday, with that very weekday in the same sentence (Wednesday,
    March 18). A bare 水曜日 is resolved by the calendar, and may be a wrong weekday that
    lands on another event's day."""
    value = str(t["value"])
    explicit = bool(re.search(r"[0-9０-９]+日", t["text"])) or t["text"].startswith(("（", "("))
    if not explicit or len(value) != 10:
        return None
    days = [f for f in src.of("date") if f.value == value]
    weekday = _WEEKDAY_JA.search(t["text"])
    return next(
        (
            f for f in days if re.search(r"\d", f.text) and (
                weekday is None or any(
                    w.sentence == f.sentence and w.text.lower() == _WEEKDAY_EN[weekday.group(1)]
                    for w in days
                )
            )
        ),
        None,
    )  # fmt: skip


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
    crossed = _day_against_weekday(analysis, t, dates, align, bool(weekday))
    if crossed is not None:
        return crossed
    if weekday:
        said = _check_weekday(analysis, t, _WEEKDAY_EN[weekday.group(1)], dates, align)
        if (
            said is not None
            and said[1] is not None
            and _into_the_next_day(analysis, t, said[1], src)
        ):
            return None, None
        if said is not None:
            return said
    value = str(t["value"])
    grain = len(value)
    # The same date anywhere; a month or day whose year the source left unsaid (in August),
    # only in the sentences telling the same fact.
    window = align.window(t["sentence"])
    hit = next(
        (f for f in dates if len(f.value) == grain and _same_date(value, f)
         and ((f.value == value and not f.approx) or f.sentence in window)),
        None,
    )  # fmt: skip
    said = _local_date(analysis, t, dates, align)
    best = align.surely(t["sentence"])
    if (
        said is not None and said[1] is not None and best is not None
        and said[1].sentence == best
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
        # Dates only: a duration's P32Y is as long as a year's 1994.
        return [x for x in analysis.times if keep(x) and len(str(x["value"])) == grain
                and x["precision"] in _GRAINS.values()
                and stated_time(x, body) and not _WEEKDAY_JA.search(x["text"])]  # fmt: skip

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


def _day_against_weekday(
    analysis: Analysis, t: dict[str, Any], dates: list[Fact], align: Alignment, weekday: bool
) -> tuple[Fact | None, Fact | None] | None:
    """A day said one way against the same day said the other: the rewrite moved "on
    Wednesday" and "on April 15" between sentences (4月15日 where the best sentence says
    Wednesday; 水曜日 where it says April 15). Where the best source sentence gives only the
    other form, once, and the article's sentence only this one, once: the weekday of the
    date decides (a date of another weekday, or a week or more away, is another day; the
    same date supports). None otherwise."""
    best = align.surely(t["sentence"])
    if best is None or len(str(t["value"])) != 10:
        return None
    mine = [
        x for x in analysis.times
        if x["sentence"] == t["sentence"] and x["precision"] == "day"
        and bool(_WEEKDAY_JA.search(x["text"])) == weekday
        and stated_time(x, analysis.article.body)
    ]  # fmt: skip
    others = [
        x for x in analysis.times
        if x["sentence"] == t["sentence"] and x["precision"] == "day"
        and bool(_WEEKDAY_JA.search(x["text"])) != weekday
    ]  # fmt: skip
    there = [f for f in dates if f.sentence == best and len(str(f.value)) == 10]
    theirs = [f for f in there if (f.text.lower() in WEEKDAYS) != weekday]
    if len(mine) != 1 or others or len(theirs) != 1 or len(there) != 1:
        return None
    fact = theirs[0]
    ours = dt.date.fromisoformat(str(t["value"]))
    said = dt.date.fromisoformat(str(fact.value))
    if ours == said:
        return fact, None
    if ours.isoweekday() != said.isoweekday() or (not weekday and abs((ours - said).days) > 7):
        return None, fact  # news says "on Wednesday" of this week: not of a month away
    return None


def _same_date(value: str, fact: Fact) -> bool:
    """The same date; where the source left the year unsaid (in January, Nov. 5) and the
    reader supplied it, the same month and day whatever the year."""
    if fact.value == value:
        return True
    return bool(fact.approx) and len(value) >= 7 and fact.value[4:] == value[4:]


_NIGHT = re.compile(r"(?:夜|深夜|夜遅く)")


def _into_the_next_day(
    analysis: Analysis, t: dict[str, Any], theirs: Fact, src: SourceFacts
) -> bool:
    """火曜日夜 against "early on Wednesday": a night that ran into the next morning."""
    body = analysis.article.body
    weekday = _WEEKDAY_JA.search(t["text"])
    return bool(
        weekday
        and _NIGHT.match(body, t["span"][1])
        and theirs.text.lower()
        == _WEEKDAY_EN["月火水木金土日月"["月火水木金土日".index(weekday.group(1)) + 1]]
        and re.search(
            r"(?i)\bearly\s+(?:on\s+)?$", src.body[max(0, theirs.span[0] - 12) : theirs.span[0]]
        )
    )


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


def date_claims(analysis: Analysis) -> list[dict[str, Any]]:
    """The dates the article states, as days, months or years (its ranges already split
    into their ends)."""
    body = analysis.article.body
    starts = {t["span"][0] for t in analysis.times}
    out = []
    for t in analysis.times:
        if t["precision"] not in ("day", "month", "year") or t["anchor"] == "unanchored":
            continue
        if t["precision"] == "year" and t["span"][1] in starts:
            continue  # 今年 of 今年6月: the month that follows is the claim
        if not stated_time(t, body) or AFTER_ANAPHORIC_YEAR.search(body, 0, t["span"][0]):
            continue  # 同日, 翌年11月: which day is the reader's inference, not the claim
        if PER.match(body, t["span"][1]):
            continue  # 1日当たり: a rate, not a date
        if t["anchor"] != "absolute" and any(
            q["kind"] in ("direct", "term") and q["span"][0] < t["span"][0] < q["span"][1]
            for q in analysis.quotes
        ):
            continue  # 「…今日、その代償を払う」: the speaker's today, not the article's
        if _OFFSET_SAID.search(t["text"]):
            continue  # 3カ月前: a span back from the story, checked as a number of months
        if t["precision"] == "day" and not STATED_DAY.search(t["text"]):
            continue  # 今週初め: a span of days, resolved to one only for the timeline
        out.append(t)
    return out
