"""When: time expressions found by ja-timex (and a few rules it lacks), anchored by us.

ja-timex recognizes Japanese time expressions but leaves them unanchored (金曜日 →
XXXX-WXX-5, 昨年 → P1Y before now). Here each one gets an ISO 8601 ``value`` at the
precision the text gives, resolved against the publication date (``anchor:
"published"``), an earlier date in the text (``"context"``: 同日, 翌日, 翌月), or nothing
(``"absolute"``: 2025年1月). Without a publication date, relative expressions keep
ja-timex's X placeholders and ``anchor: "unanchored"``.

Value formats: day 2024-11-15, month 2024-11, year 2024, week 2024-W46, clock
2024-11-15T15:08+09:00, interval start/end (ranges, 上旬, fiscal years), season 2024-SP,
duration P3Y, century 20.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from urazuke.model import Sentence

# Words that speak of what is yet to come: a bare weekday in such a sentence is the
# next one, not the last.
# (計画 only as a predicate: 都市計画 is a noun.)
_FUTURE = re.compile(r"予定|見通し|方針だ|見込み|計画(?:だ|です|している)|来週|目指|明日|あす|今後")
# A sentence ending in a plain non-past verb (行われる。始まる。) speaks of what is to come.
_NON_PAST = re.compile(r"(?<!い)(?:れる|する|まる|ける|せる|く|う|る)。?\s*$")
# Relative words anchored to a date the text gave earlier, not to publication.
_CONTEXT_WORDS = (
    "同日",
    "前日",
    "翌日",
    "翌々日",
    "翌月",
    "前月",
    "同月",
    "翌年",
    "前年",
    "同年",
    "翌週",
    "前週",
)
_PARTS = {
    "上旬": (1, 10),
    "初旬": (1, 10),
    "初め": (1, 10),
    "中旬": (11, 20),
    "下旬": (21, 31),
    "末": (21, 31),
}
_SEASONS = {"春": "SP", "夏": "SU", "秋": "FA", "冬": "WI"}
_RANGE_JOINERS = re.compile(r"\s*(?:から|〜|～|－|-|―|ー)\s*")
_OFFSET_WORDS = {"今": 0, "本": 0, "来": 1, "昨": -1, "去": -1, "前": -1, "翌": 1}
JST = "+09:00"
_NOT_CLOCK = frozenset(("一時", "同時", "当時", "随時", "臨時", "常時", "瞬時", "定時"))
# 15～17日, 2019～2021年: a bare number, then a range joiner, right before a date.
_BARE_START = re.compile(r"(?<![0-9０-９])([0-9０-９]{1,4})\s*(?:から|〜|～|－|-)\s*\Z")
_BRACKET_WEEKDAY = re.compile(r"[（(]([月火水木金土日])(?:曜日?)?[）)]")
_DAY_BEFORE = re.compile(r"[0-9０-９]日[（(]?$")
_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


@dataclass(frozen=True)
class _Raw:
    start: int
    end: int
    type: str  # DATE | TIME | DURATION | SET | SEASON | PART | SAMEDAY | FISCAL_REL
    value: str
    mod: str | None = None


@lru_cache(maxsize=1)
def _parser() -> Any:
    from ja_timex import TimexParser

    return TimexParser()


def _extra(text: str) -> list[_Raw]:
    """Expressions ja-timex does not know: 同日, seasons, relative fiscal years."""
    found: list[_Raw] = []
    for m in re.finditer(r"同日|同月|同年", text):
        found.append(_Raw(m.start(), m.end(), "SAMEDAY", m.group(0)))
    for m in re.finditer(r"([今来昨去])?(春|夏|秋|冬)", text):
        if m.group(1) is None:
            # A bare season only as a word of its own: 春の大会, not 青春 or 春闘.
            before = text[m.start() - 1] if m.start() > 0 else ""
            after = text[m.end() : m.end() + 1]
            if re.match(r"[一-龥々]", before) or re.match(r"[一-龥々ァ-ヴ]", after):
                continue
        found.append(_Raw(m.start(), m.end(), "SEASON", _SEASONS[m.group(2)], m.group(1)))
    for m in re.finditer(r"正午|午前零時", text):
        found.append(
            _Raw(m.start(), m.end(), "TIME", "T12-XX-XX" if m.group(0) == "正午" else "T00-XX-XX")
        )
    for m in re.finditer(r"(?<![月年])(上旬|中旬|下旬)", text):
        found.append(_Raw(m.start(), m.end(), "PART", m.group(1)))
    for m in re.finditer(r"([今来昨前本])年度", text):
        found.append(_Raw(m.start(), m.end(), "FISCAL_REL", m.group(1)))
    for m in re.finditer(r"年(末|初|始|明け)", text):
        if m.start() > 0 and text[m.start() - 1] in "今来昨去前翌同":
            continue  # 今年末 etc. come through ja-timex's 今年 + our part handling
        found.append(_Raw(m.start(), m.end(), "YEARPART", m.group(1)))
    return found


def _recognize(text: str) -> list[_Raw]:
    # ja-timex reads kanji numerals as digits (千年 → 1000年) and gives ``span`` in that
    # rewritten text; ``raw_span`` is the span in ours.
    found = [(getattr(t, "raw_span", None) or t.span, t) for t in _parser().parse(text)]
    raws = [
        _Raw(span[0], span[1], t.type, t.value, t.mod)
        for span, t in found
        if t.type in ("DATE", "TIME", "DURATION")
        # 数千年, 何百年: some thousands of years, not the year 1000; 数十年: no ten years.
        and not (t.type in ("DATE", "DURATION") and re.search(r"[数何幾]$", text[: span[0]]))
        # 一時 (for a while), 一時的: a word, not one o'clock.
        and not (t.type == "TIME" and text[span[0] : span[1]] in _NOT_CLOCK)
        # M5.4: a magnitude, which ja-timex reads as Meiji 5, April.
        and not re.match(r"[MＭ][0-9０-９]", text[span[0] : span[1]])
    ]
    raws = [_as_duration(r, text) or r for r in raws]
    for extra in _extra(text):
        if not any(r.start < extra.end and extra.start < r.end for r in raws):
            raws.append(extra)
        elif extra.type == "FISCAL_REL":  # 今年度: ja-timex saw only 今年
            raws = [r for r in raws if not (r.start < extra.end and extra.start < r.end)]
            raws.append(extra)
    return sorted(raws, key=lambda r: r.start)


def _as_duration(r: _Raw, text: str) -> _Raw | None:
    """A span ja-timex takes for a date or a clock time: 禁錮6年3月 (a term of years and
    months, not March of a year 6), 14秒差, 44分51秒 (minutes and seconds, not a clock's)."""
    surface = text[r.start : r.end].translate(_FULLWIDTH)
    if (
        r.type == "DATE"
        and (m := _TERM.fullmatch(surface))
        and not _ERA.search(text, max(0, r.start - 2), r.start)
    ):
        return _Raw(r.start, r.end, "DURATION", f"P{int(m.group(1))}Y{int(m.group(2))}M")
    if r.type == "DURATION" and (ten_k := _MAN_BEFORE.search(text, 0, r.start)):
        # 1万4000時間: ja-timex reads only the 4000 after 万.
        part = _ONE_UNIT.fullmatch(r.value)
        if part is not None:
            amount = int(ten_k.group(1).translate(_FULLWIDTH)) * 10000 + float(part.group(2))
            value = f"P{part.group(1)}{amount:g}{part.group(3)}"
            return _Raw(ten_k.start(), r.end, "DURATION", value, r.mod)
    if r.type == "TIME" and (m := _SECONDS.fullmatch(surface)):
        minutes = f"{int(m.group(1))}M" if m.group(1) else ""
        return _Raw(r.start, r.end, "DURATION", f"PT{minutes}{m.group(2)}S")
    return None


_MAN_BEFORE = re.compile(r"([0-9０-９]+)万$")
_ONE_UNIT = re.compile(r"P(T?)(\d+(?:\.\d+)?)([YMWDHS])")
_SECONDS = re.compile(r"(?:([0-9]+)分)?([0-9]+(?:\.[0-9]+)?)秒")
_TERM = re.compile(r"(\d{1,2})年(\d{1,2})(?:カ|か|ヶ|ケ)?月")
_ERA = re.compile(r"(?:令和|平成|昭和|大正|明治)$")
_FULLWIDTH = str.maketrans("０１２３４５６７８９", "0123456789")


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    n = year * 12 + (month - 1) + delta
    return n // 12, n % 12 + 1


def _nearest_year_month(month: int, published: dt.date) -> int:
    """The year putting ``month`` within six months of publication (ties: the past)."""
    best = min(
        (published.year + d for d in (-1, 0, 1)),
        key=lambda y: (abs((y - published.year) * 12 + month - published.month), y),
    )
    return best


def _nearest_year_day(month: int, day: int, published: dt.date) -> int | None:
    options = []
    for y in (published.year - 1, published.year, published.year + 1):
        try:
            options.append((abs((dt.date(y, month, day) - published).days), y))
        except ValueError:
            continue
    return min(options)[1] if options else None


def _week(d: dt.date) -> str:
    iso = d.isocalendar()
    return f"{iso.year}-W{iso.week:02d}"


@dataclass
class _Context:
    published: dt.date | None
    last_day: dt.date | None = None
    last_month: tuple[int, int] | None = None
    last_year: int | None = None
    named_month: tuple[int, int] | None = None  # the last month the text itself named
    named_in: int = -10  # the sentence that named it
    sentence: int = 0  # the sentence being read
    year_before: int | None = None  # a year said right before this item (今年11月)


def _day_value(d: dt.date, ctx: _Context) -> tuple[str, str]:
    ctx.last_day, ctx.last_month, ctx.last_year = d, (d.year, d.month), d.year
    return d.isoformat(), "day"


def _resolve_date(raw: _Raw, sentence: str, ctx: _Context) -> tuple[str, str, str] | None:
    """(value, precision, anchor) of a DATE from ja-timex."""
    v, p = raw.value, ctx.published
    if v.startswith("FY"):
        year = int(v[2:])
        return f"{year}-04-01/{year + 1}-03-31", "fiscal_year", "absolute"
    m = re.fullmatch(r"(\d{4}|XXXX)-(\d\d|XX)-(\d\d|XX)", v)
    if m:
        ys, ms, ds = m.groups()
        if ys != "XXXX":
            year = int(ys)
            if ms == "XX":
                ctx.last_year = year
                return f"{year:04d}", "year", "absolute"
            ctx.named_month, ctx.named_in = (year, int(ms)), ctx.sentence
            if ds == "XX":
                ctx.last_month, ctx.last_year = (year, int(ms)), year
                return f"{year:04d}-{int(ms):02d}", "month", "absolute"
            return (*_day_value(dt.date(year, int(ms), int(ds)), ctx), "absolute")
        if p is None:
            return v, "day" if ds != "XX" else "month", "unanchored"
        if ctx.year_before is not None and ms != "XX":
            # 今年11月, 昨年12月5日: the year was said just before the month.
            y = ctx.year_before
            ctx.named_month, ctx.named_in = (y, int(ms)), ctx.sentence
            if ds == "XX":
                ctx.last_month, ctx.last_year = (y, int(ms)), y
                return f"{y:04d}-{int(ms):02d}", "month", "context"
            return (*_day_value(dt.date(y, int(ms), int(ds)), ctx), "context")
        if ms != "XX" and ds != "XX":
            nearest = _nearest_year_day(int(ms), int(ds), p)
            if nearest is None:
                return None
            y = nearest
            ctx.named_month, ctx.named_in = (y, int(ms)), ctx.sentence
            return (*_day_value(dt.date(y, int(ms), int(ds)), ctx), "published")
        if ms != "XX":
            y = _nearest_year_month(int(ms), p)
            ctx.last_month, ctx.last_year = (y, int(ms)), y
            ctx.named_month, ctx.named_in = (y, int(ms)), ctx.sentence
            return f"{y:04d}-{int(ms):02d}", "month", "published"
        if ds != "XX":
            day = int(ds)
            # 1月14日に…。18日には… : a month named in this or the previous sentence;
            # further back, a bare day is in the publication month, as news copy means it.
            if ctx.named_month is not None and ctx.sentence - ctx.named_in <= 1:
                y, mo = ctx.named_month
                anchor = "context"
            else:
                y, mo = p.year, p.month
                anchor = "published"
                # A day after publication is last month's, unless the sentence looks ahead.
                if day > p.day and not (_FUTURE.search(sentence) or _NON_PAST.search(sentence)):
                    y, mo = _shift_month(y, mo, -1)
                # 19日（火曜日）: the weekday said beside it tells which month's 19th.
                said = _BRACKET_WEEKDAY.match(sentence, raw.end)
                if said is not None:
                    wd = "月火水木金土日".index(said.group(1)) + 1
                    months = [_shift_month(p.year, p.month, k) for k in (0, -1, 1)]
                    fits = [
                        (a, b) for a, b in months
                        if day <= calendar.monthrange(a, b)[1]
                        and dt.date(a, b, day).isoweekday() == wd
                    ]  # fmt: skip
                    if fits:
                        y, mo = min(fits, key=lambda ym: abs((dt.date(ym[0], ym[1], day) - p).days))
            if day > calendar.monthrange(y, mo)[1]:
                return None
            return (*_day_value(dt.date(y, mo, day), ctx), anchor)
    m = re.fullmatch(r"XXXX-WXX-(\d)", v)
    if m:
        if p is None:
            return v, "day", "unanchored"
        wd = int(m.group(1))
        last = ctx.last_day
        if (
            last is not None
            and last.isoweekday() == wd
            and _DAY_BEFORE.search(sentence, 0, raw.start)
        ):
            return (*_day_value(last, ctx), "context")  # 19日（火曜日）: that 19th's weekday
        if _FUTURE.search(sentence):
            d = p + dt.timedelta(days=(wd - p.isoweekday()) % 7 or 7)
        else:
            d = p - dt.timedelta(days=(p.isoweekday() - wd) % 7)
        return (*_day_value(d, ctx), "published")
    m = re.fullmatch(r"(\d\d)XX", v)
    if m:
        return m.group(1), "century", "absolute"
    return None


def _resolve_relative(raw: _Raw, surface: str, ctx: _Context) -> tuple[str, str, str] | None:
    """昨年, 来月, 先週, 3日前, 翌日 …: a DURATION with a direction, as a point in time."""
    m = re.fullmatch(r"P(\d+(?:\.\d+)?)([YMWD])", raw.value)
    if not m:
        return None
    n = int(float(m.group(1)))
    unit = m.group(2)
    sign = {"BEFORE": -1, "AFTER": 1}.get(raw.mod or "", 0)
    contextual = surface in _CONTEXT_WORDS
    if contextual and ctx.last_day is not None:
        base, anchor = ctx.last_day, "context"
    elif contextual and unit in "MY" and ctx.last_month is not None:
        base, anchor = dt.date(*ctx.last_month, 1), "context"
    elif ctx.published is not None:
        base, anchor = ctx.published, "published"
    else:
        return raw.value, "duration", "unanchored"
    if unit == "Y":
        year = base.year + sign * n
        ctx.last_year = year
        return f"{year:04d}", "year", anchor
    if unit == "M":
        y, mo = _shift_month(base.year, base.month, sign * n)
        ctx.last_month, ctx.last_year = (y, mo), y
        return f"{y:04d}-{mo:02d}", "month", anchor
    if unit == "W":
        return _week(base + dt.timedelta(weeks=sign * n)), "week", anchor
    return (*_day_value(base + dt.timedelta(days=sign * n), ctx), anchor)


def _duration(value: str) -> str:
    m = re.fullmatch(r"P(\d+)\.5Y", value)
    if m:
        return f"P{int(m.group(1)) * 12 + 6}M"
    return "P6M" if value == "P0.5Y" else value


def _clock(raw: _Raw, day: dt.date | None) -> tuple[str, str, str] | None:
    m = re.fullmatch(r"T(\d\d)-(\d\d|XX)-(\d\d|XX)", raw.value)
    if not m:
        return None
    hour, minute = m.group(1), m.group(2)
    precision = "hour" if minute == "XX" else "minute"
    minute = "00" if minute == "XX" else minute
    if day is None:
        return f"T{hour}:{minute}", precision, "unanchored"
    return f"{day.isoformat()}T{hour}:{minute}{JST}", precision, "published"


def _part_interval(year: int, month: int, part: str) -> str:
    lo, hi = _PARTS[part]
    hi = min(hi, calendar.monthrange(year, month)[1]) if hi == 31 else hi
    return f"{year:04d}-{month:02d}-{lo:02d}/{year:04d}-{month:02d}-{hi:02d}"


def _fiscal_year(d: dt.date) -> int:
    return d.year if d.month >= 4 else d.year - 1


def find_times(
    body: str, sentences: tuple[Sentence, ...], published: str | None
) -> tuple[dict[str, Any], ...]:
    """Every time expression in ``body``, normalized, in text order."""
    ctx = _Context(dt.date.fromisoformat(published) if published else None)
    out: list[dict[str, Any]] = []
    for sentence in sentences:
        s0, s1 = sentence.span
        text = body[s0:s1]
        ctx.sentence = sentence.index
        raws = _merge_ranges(text, _recognize(text))
        sentence_day: dt.date | None = None
        previous: tuple[int, str, str] | None = None  # (end, value, precision)
        for raw in raws:
            ctx.year_before = None
            if previous is not None and previous[2] == "year":
                gap = text[previous[0] : raw.start]
                if gap in ("", "の") and raw.type == "DATE":
                    ctx.year_before = int(previous[1])
            item = _normalize(text, raw, ctx, sentence_day)
            if item is None:
                continue
            value, precision, anchor, end = item
            previous = (end, value, precision)
            if precision == "day" and anchor != "unanchored" and "/" not in value:
                sentence_day = dt.date.fromisoformat(value)
            out.append(
                {
                    "text": text[raw.start : end],
                    "span": [s0 + raw.start, s0 + end],
                    "sentence": sentence.index,
                    "value": value,
                    "precision": precision,
                    "anchor": anchor,
                }
            )
    return tuple(out)


def _merge_ranges(text: str, raws: list[_Raw]) -> list[_Raw]:
    """11月17日から19日, 2020年から2023年, 3〜5日: two ends become one RANGE item."""
    raws = [*raws]
    for b in list(raws):
        if b.type != "DATE" or any(r.end <= b.start and r.end >= b.start - 4 for r in raws):
            continue
        m = _BARE_START.search(text, 0, b.start)
        if m is None:
            continue
        n = int(m.group(1).translate(_FULLWIDTH_DIGITS))
        if re.fullmatch(r"XXXX-XX-\d\d", b.value):
            a_value = f"XXXX-XX-{n:02d}"
        elif re.fullmatch(r"\d{4}-XX-XX", b.value) and n >= 1000:
            a_value = f"{n:04d}-XX-XX"
        elif re.fullmatch(r"XXXX-\d\d-XX", b.value):
            a_value = f"XXXX-{n:02d}-XX"
        else:
            continue
        raws.append(_Raw(m.start(1), m.end(1), "DATE", a_value))
    raws.sort(key=lambda r: r.start)
    merged: list[_Raw] = []
    i = 0
    while i < len(raws):
        a = raws[i]
        if i + 1 < len(raws):
            b = raws[i + 1]
            joiner = _RANGE_JOINERS.fullmatch(text[a.end : b.start])
            same_kind = a.type == b.type == "DATE" or (a.type == "DATE" and a.value.isdigit())
            if joiner and same_kind:
                merged.append(_Raw(a.start, b.end, "RANGE", f"{a.value}|{b.value}"))
                i += 2
                continue
        merged.append(a)
        i += 1
    return merged


def _normalize(
    text: str, raw: _Raw, ctx: _Context, sentence_day: dt.date | None
) -> tuple[str, str, str, int] | None:
    """(value, precision, anchor, end) for one recognized expression; ``end`` may grow."""
    p = ctx.published
    surface = text[raw.start : raw.end]
    end = raw.end
    if raw.type == "RANGE":
        return _normalize_range(text, raw, ctx)
    if raw.type == "DATE":
        r = _resolve_date(raw, text, ctx)
        if r is None:
            return None
        value, precision, anchor = r
        if precision == "year" and text.startswith("度", end):  # 令和7年度
            year = int(value)
            return f"{year}-04-01/{year + 1}-03-31", "fiscal_year", anchor, end + 1
        # ja-timex sometimes keeps the part inside its span (7月中旬).
        inside = next((k for k in _PARTS if surface.endswith(k)), None)
        if precision == "month" and inside is not None:
            y, mo = (int(x) for x in value.split("-"))
            return _part_interval(y, mo, inside), "part", anchor, end
        part = next((k for k in _PARTS if text.startswith(k, end)), None)
        if precision == "month" and part is not None:
            y, mo = (int(x) for x in value.split("-"))
            return _part_interval(y, mo, part), "part", anchor, end + len(part)
        season = text[end : end + 2].lstrip("の")[:1]
        if precision == "year" and season in _SEASONS:
            stop = text.index(season, end) + 1
            return f"{value}-{_SEASONS[season]}", "season", anchor, stop
        return value, precision, anchor, end
    if raw.type == "TIME":
        r = _clock(raw, sentence_day or p)
        return None if r is None else (*r, end)
    if raw.type == "DURATION":
        if raw.mod not in ("BEFORE", "AFTER") and raw.value.startswith("PT"):
            return _duration(raw.value), "duration", "absolute", end  # 7時間近く: hours
        if raw.mod is None:
            return _duration(raw.value), "duration", "absolute", end
        r = _resolve_relative(raw, surface, ctx)
        if r is None:
            return None
        value, precision, anchor = r
        rest = text[end:]
        if precision == "week" and rest.startswith(("初め", "前半")):
            monday = dt.date.fromisocalendar(int(value[:4]), int(value[6:]), 1)
            return (*_day_value(monday, ctx), anchor, end + 2)
        part = next((k for k in _PARTS if rest.startswith(k)), None)
        if precision == "month" and part is not None:
            y, mo = (int(x) for x in value.split("-"))
            return _part_interval(y, mo, part), "part", anchor, end + len(part)
        if precision == "year" and rest[:1] in ("末", "初", "始"):
            month = "12" if rest[0] == "末" else "01"
            return f"{value}-{month}", "month", anchor, end + 1
        return value, precision, anchor, end
    if raw.type == "SAMEDAY":
        if raw.value == "同日" and ctx.last_day is not None:
            return ctx.last_day.isoformat(), "day", "context", end
        if raw.value == "同月" and ctx.last_month is not None:
            return f"{ctx.last_month[0]:04d}-{ctx.last_month[1]:02d}", "month", "context", end
        if raw.value == "同年" and ctx.last_year is not None:
            return f"{ctx.last_year:04d}", "year", "context", end
        if p is None:
            return None
        return p.isoformat(), "day", "published", end
    if raw.type == "SEASON":
        if p is None:
            return None
        year = p.year + _OFFSET_WORDS[raw.mod or "今"]
        if raw.value == "WI" and raw.mod in (None, "今") and p.month <= 2:
            year -= 1  # a winter is named by the year it starts in (2024-WI: Dec 2024–Feb 2025)
        return f"{year:04d}-{raw.value}", "season", "published", end
    if raw.type == "PART":
        named = ctx.named_month or ((p.year, p.month) if p else None)
        if named is None:
            return None
        anchor = "context" if ctx.named_month else "published"
        return _part_interval(named[0], named[1], raw.value), "part", anchor, end
    if raw.type == "FISCAL_REL":
        if p is None:
            return None
        year = _fiscal_year(p) + _OFFSET_WORDS[raw.value]
        return f"{year}-04-01/{year + 1}-03-31", "fiscal_year", "published", end
    if raw.type == "YEARPART":
        base = ctx.last_year if ctx.last_year is not None else (p.year if p else None)
        if base is None:
            return None
        month = "12" if raw.value == "末" else "01"
        anchor = "context" if ctx.last_year is not None else "published"
        if raw.value == "明け" and p is not None and ctx.last_year is None and p.month >= 10:
            base += 1
        return f"{base:04d}-{month}", "month", anchor, end
    return None


def _normalize_range(text: str, raw: _Raw, ctx: _Context) -> tuple[str, str, str, int] | None:
    a_value, b_value = raw.value.split("|")
    if a_value.isdigit():  # 3〜5日: ja-timex read only "3"
        a_value = re.sub(r"\d\d$", f"{int(a_value):02d}", b_value)
    a = _resolve_date(_Raw(0, 0, "DATE", a_value), text, ctx)
    # The second end borrows what the first gave: 11月17日から19日 → 19 is in November.
    b_filled = b_value
    if a is not None and a[1] == "day" and re.fullmatch(r"XXXX-XX-\d\d", b_value):
        b_filled = a[0][:8] + b_value[-2:]
    elif a is not None and a[1] == "day" and re.fullmatch(r"XXXX-\d\d-\d\d", b_value):
        b_filled = a[0][:5] + b_value[5:]
    b = _resolve_date(_Raw(0, 0, "DATE", b_filled), text, ctx)
    if a is None or b is None:
        return None
    if b_filled != b_value and a[1] == b[1] == "day" and b[0] < a[0]:
        # 12月27日から1月5日: the end lies in the next year.
        b = (dt.date.fromisoformat(b[0]).replace(year=int(b[0][:4]) + 1).isoformat(), *b[1:])
    anchor = a[2] if a[2] != "absolute" else b[2]
    return f"{a[0]}/{b[0]}", "range", anchor, raw.end
