"""How many: numbers with their counters, hedges and ranges, normalized.

約1万人 → value 10000, unit "people", approx true; 数千人 → [2000, 9000]; 3.5億円 →
350000000 JPY; 3対1 → [3, 1] "score". Numerals may be Arabic, full-width or kanji
(二十五, 一千万) mixed with 万/億/兆. Counters map to unit codes in
``lexicon/units.tsv``. Numbers that are parts of dates and times are left to the times
stage (their spans are passed in and skipped), and ordinals (第3, 3人目) are not amounts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from urazuke.analyze.sentences import sentence_of
from urazuke.lexicon import Lexicons
from urazuke.model import Sentence

_FULLWIDTH = str.maketrans("０１２３４５６７８９，．－", "0123456789,.-")
_KANJI_DIGITS = {
    "〇": 0,
    "零": 0,
    "一": 1,
    "二": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_KANJI_SMALL = {"十": 10, "百": 100, "千": 1000}
_BIG = {"万": 10**4, "億": 10**8, "兆": 10**12}

_DIGIT = r"[0-9０-９]"
_ARABIC = rf"{_DIGIT}(?:{_DIGIT}|[,，](?={_DIGIT}{{3}}))*(?:[.．]{_DIGIT}+)?"
_KANJI = r"[〇一二三四五六七八九十百千]+"
_GROUP = rf"(?:{_ARABIC}|{_KANJI})"
# 1万2000, 3.5億, 一千万, 2兆5000億: groups, each optionally followed by a big unit.
_NUMBER = rf"{_GROUP}(?:[万億兆]{_GROUP}?)*"
_SEVERAL = r"(?:十数|数[十百千]?|何[十百千万])[万億兆]?"
_PREFIX = r"(?P<prefix>約|およそ|少なくとも|最大|最低|最多|推定)?"
_SUFFIX = r"(?P<suffix>以上|以下|未満|超|余り|あまり|近く|前後|程度|ほど|強|弱)?"
_SUFFIX_BOUNDS = {
    "以上": "min",
    "超": "min",
    "以下": "max",
    "未満": "max",
    "近く": "max",
    "弱": "max",
}
_PREFIX_BOUNDS = {"少なくとも": "min", "最低": "min", "最大": "max", "最多": "max"}
_RANGE_SEP = r"[〜～~\-－―]"
# 3対1; 2－0 only where a score is read (2－0で勝った), not a range (3－5人).
_SCORE = re.compile(
    r"(?<![0-9０-９.])(?P<a>[0-9０-９]{1,3})\s*(?:対|[－\-―](?=[0-9０-９]{1,3}[でのと、]))\s*(?P<b>[0-9０-９]{1,3})"
)
_BELOW_ZERO = ("氷点下", "零下", "マイナス")
# Counters that make a number an ordinal or a label, not an amount.
_ORDINAL_AFTER = ("目", "番", "位", "号", "着", "代目")


def _small_kanji(text: str) -> float:
    """二十五 → 25, 三百五十 → 350, 千 → 1000 (below 万)."""
    total, digit = 0, None
    for ch in text:
        if ch in _KANJI_DIGITS:
            digit = _KANJI_DIGITS[ch]
        else:
            total += (1 if digit is None else digit) * _KANJI_SMALL[ch]
            digit = None
    return float(total + (digit or 0))


def _group_value(group: str) -> float:
    group = group.translate(_FULLWIDTH).replace(",", "")
    if re.fullmatch(r"[0-9.]+", group):
        return float(group)
    if all(ch in _KANJI_DIGITS for ch in group) and len(group) > 1:
        return float("".join(str(_KANJI_DIGITS[ch]) for ch in group))  # 二〇二四
    return _small_kanji(group)


def parse_number(text: str) -> float:
    """The value of a numeral: 1万2000 → 12000, 3.5億 → 350000000, 一千万 → 10000000."""
    total = 0.0
    current = ""
    for ch in text:
        if ch in _BIG:
            total += (_group_value(current) if current else 1.0) * _BIG[ch]
            current = ""
        else:
            current += ch
    if current:
        total += _group_value(current)
    return total


def _several(text: str) -> tuple[float, float]:
    """数千 → (2000, 9000); 十数 → (11, 19); 数十万 → (200000, 900000)."""
    text = text.replace("何", "数")  # 何千人: thousands, as 数千
    big = _BIG.get(text[-1], 1) if text[-1] in _BIG else 1
    core = text.rstrip("万億兆")
    if core == "十数":
        return 11.0 * big, 19.0 * big
    scale = _KANJI_SMALL.get(core[1:], 1) if len(core) > 1 else 1
    return 2.0 * scale * big, 9.0 * scale * big


def _plain(x: float) -> int | float:
    return int(x) if x == int(x) else x


@lru_cache(maxsize=4)
def _pattern(lex: Lexicons) -> re.Pattern[str]:
    units = "|".join(re.escape(u) for u in sorted(lex.units, key=len, reverse=True))
    amount = rf"(?P<lo>{_SEVERAL}|{_NUMBER})(?:(?P<lounit>{units})?{_RANGE_SEP}(?P<hi>{_NUMBER}))?"
    return re.compile(rf"{_PREFIX}{amount}(?P<unit>{units})?{_SUFFIX}")


def find_quantities(
    body: str,
    sentences: tuple[Sentence, ...],
    lex: Lexicons,
    skip: Sequence[tuple[int, int]] = (),
) -> tuple[dict[str, Any], ...]:
    """Quantities in ``body``; ``skip`` holds spans already taken (time expressions)."""
    out: list[dict[str, Any]] = []
    for m in _SCORE.finditer(body):
        a, b = (int(x.translate(_FULLWIDTH)) for x in (m.group("a"), m.group("b")))
        out.append(_record(body, sentences, m.start(), m.end(), [a, b], "score", False, None))
    taken = [*skip, *((q["span"][0], q["span"][1]) for q in out)]
    for m in _pattern(lex).finditer(body):
        start, end = m.span()
        lo_text = m.group("lo")
        if m.group("prefix") is None and lo_text[0] in "一二三四五六七八九十百千数何":
            # Kanji numerals need a counter (一部, 人数 are words), and a lone 一 after
            # another kanji is part of a word (同一人物, 統一), not one of something.
            if m.group("unit") is None:
                continue
            if lo_text == "一" and start > 0 and _is_kanji(body[start - 1]):
                continue
        if start > 0 and (
            body[start - 1] == "第"
            or (body[start - 1].isascii() and body[start - 1].isalnum() and body[start - 1] != "M")
        ):
            continue
        if any(start < e and s < end for s, e in taken):
            continue
        unit_text = m.group("unit")
        if unit_text is None:
            # A bare number: only when nothing word-like follows (not 3人目, 5月, G20).
            nxt = body[end : end + 1]
            if nxt and (_is_kanji(nxt) or _is_katakana(nxt) or (nxt.isascii() and nxt.isalnum())):
                continue
        if body.startswith(_ORDINAL_AFTER, end):
            continue
        if unit_text and _is_katakana(unit_text[-1]) and _is_katakana(body[end : end + 1]):
            continue  # 3ポイントシュート: the counter is part of a longer word
        hi_text = m.group("hi")
        approx = m.group("prefix") is not None or m.group("suffix") is not None
        value: Any
        if hi_text is not None:
            lo_v = (
                parse_number(lo_text)
                if not lo_text.startswith(("数", "十数", "何"))
                else _several(lo_text)[0]
            )
            value = [_plain(lo_v), _plain(parse_number(hi_text))]
        elif lo_text.startswith(("数", "十数", "何")):
            lo_v, hi_v = _several(lo_text)
            value, approx = [_plain(lo_v), _plain(hi_v)], True
        else:
            value = _plain(parse_number(lo_text))
        if body.endswith(_BELOW_ZERO, 0, start) and isinstance(value, (int, float)):
            below = next(b for b in _BELOW_ZERO if body.endswith(b, 0, start))
            start, value = start - len(below), -value  # 氷点下12.5度 → -12.5
        unit = lex.units[unit_text] if unit_text else "-"
        if unit == "-" and body.endswith(("賛成", "反対", "棄権"), 0, start):
            unit = "votes"  # 賛成179、反対88: votes, though no counter follows
        if unit_text == "割" and isinstance(value, (int, float)):
            value = _plain(value * 10)  # 約4割: about 40%
        if unit == "-" and body.endswith(("マグニチュード", "Ｍ", "M"), 0, start):
            unit = "magnitude"  # マグニチュード6.9, M7.1
        bound = _SUFFIX_BOUNDS.get(m.group("suffix") or "") or _PREFIX_BOUNDS.get(
            m.group("prefix") or ""
        )
        out.append(_record(body, sentences, start, end, value, unit, approx, bound, unit_text))
        taken.append((start, end))
    return tuple(sorted(out, key=lambda q: q["span"][0]))


def _is_kanji(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or ch == "々"


def _is_katakana(ch: str) -> bool:
    return "ァ" <= ch <= "ヺ" or ch == "ー"


def _record(
    body: str,
    sentences: tuple[Sentence, ...],
    start: int,
    end: int,
    value: Any,
    unit: str,
    approx: bool,
    bound: str | None,
    counter: str | None = None,
) -> dict[str, Any]:
    return {
        "text": body[start:end],
        "span": [start, end],
        "sentence": sentence_of(sentences, start),
        "value": value,
        "unit": unit,
        "approx": approx,
        "bound": bound,  # "min" for 以上/少なくとも/超, "max" for 以下/未満/最大
        "counter": counter,  # the counter as written (人, 億円 → 円)
    }
