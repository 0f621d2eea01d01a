"""Injected factual errors: how many does `urazuke check --source` catch, how many false flags.

For each article pair in bench/pairs/ (a Japanese rewrite and its English source, written for
the benchmark, with a table of the facts both state), every fact in the Japanese article is
corrupted in turn — a person swapped for another (in every mention, surname included), a
number or date changed, a weekday moved, a place replaced — and the corrupted article is
checked against the English source.

- caught: a high-severity flag whose claim covers the corrupted text (for a person or a
  speaker, also a claim flagged that names the swapped-in person elsewhere);
- a quotation's speaker (kind ``speaker``) is corrupted by giving the quotation to another
  person of the article: the name that says it, in its sentence, swapped for theirs;
- a country taking part in an event of the clean article (kind ``country``) is replaced, in
  the event's sentence, by a country the story never names; an event flag in that sentence
  catches it;
- recall: caught / injected errors;
- precision: flags at the injected text / all high-severity flags raised in those runs;
- baseline: the same checks on the clean articles, whose flags are all false.

Usage: ``python bench/verify.py [PAIRS_DIR]`` (bench/pairs by default; bench/heldout is the
set written after tuning, to see how far the tuning carries).
"""

from __future__ import annotations

import csv
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from urazuke.analyze import analyze, load_nlp
from urazuke.ingest import parse_article, read_article
from urazuke.model import Analysis
from urazuke.verify import verify

PAIRS = Path(__file__).resolve().parent / "pairs"
# Pairs written by someone else after the checks were tuned, kept out of the tuning loop:
# ``python bench/verify.py bench/heldout``.
HELDOUT = Path(__file__).resolve().parent / "heldout"
_KATAKANA_PEOPLE = [
    "マルティン・ベッカー",
    "ソフィア・ロッシ",
    "アンドレ・デュポン",
    "ケビン・ハート",
]
_KANJI_PEOPLE = ["村上健太", "藤田美咲", "高橋一郎", "森本純子"]
_KATAKANA_PLACES = ["ブエノスアイレス", "マドリード", "ナイロビ", "オスロ"]
_KANJI_PLACES = ["名古屋", "札幌", "福岡", "仙台"]
# A title swapped for another office (岩屋毅外相 → 岩屋毅防衛相), longest titles first.
_TITLE_SHIFT = {
    "国務長官": "国防長官",
    "国防長官": "国務長官",
    "官房長官": "外相",
    "副大統領": "大統領",
    "大統領": "首相",
    "首相": "外相",
    "外相": "防衛相",
    "防衛相": "外相",
    "財務相": "外相",
}
_WEEKDAY_SHIFT = dict(zip("月火水木金土日", "火水木金土日月", strict=True))
_KANJI_DIGIT_SHIFT = dict(zip("一二三四五六七八九", "三五七九二四六八一", strict=True))


def _is_katakana(text: str) -> bool:
    return all("ァ" <= c <= "ヺ" or c in "ー・" for c in text)


def corrupt(kind: str, ja: str, n: int) -> str | None:
    """Another value of the same kind for ``ja``; None when no injection applies."""
    if ja.startswith("【") and ja.endswith("】"):  # a dateline keeps its brackets
        inner = corrupt(kind, ja[1:-1], n)
        return None if inner is None else f"【{inner}】"
    if kind == "person":
        pool = _KATAKANA_PEOPLE if _is_katakana(ja) else _KANJI_PEOPLE
        return pool[n % len(pool)]
    if kind == "place":
        pool = _KATAKANA_PLACES if _is_katakana(ja) else _KANJI_PLACES
        return pool[n % len(pool)]
    if kind == "role":
        title = next((t for t in _TITLE_SHIFT if ja.endswith(t)), None)
        return None if title is None else ja[: -len(title)] + _TITLE_SHIFT[title]
    if kind == "weekday":
        return "".join(_WEEKDAY_SHIFT.get(c, c) for c in ja[:1]) + ja[1:]
    m = re.search(r"\d+(?:\.\d+)?", ja)
    if m:
        value = m.group(0)
        new: float
        if kind == "date":
            number = int(float(value))
            # Move a year by 2; a month or a day by 3, wrapping inside its range.
            if number > 31:
                new = number + 2
            elif "月" in ja[m.end() :]:
                new = (number + 2) % 12 + 1
            else:
                new = (number + 2) % 28 + 1
        else:
            new = round(float(value) * 3, 1) if "." in value else int(value) * 3
        return ja[: m.start()] + str(new) + ja[m.end() :]
    for ch in ja:
        if ch in _KANJI_DIGIT_SHIFT:
            return ja.replace(ch, _KANJI_DIGIT_SHIFT[ch], 1)
    return None


def _surname(name: str, text: str) -> str:
    """The part of a name said alone: the katakana part the article repeats on its own
    (the last one, or the first for a Korean family name), or a kanji family name."""
    if "・" not in name:
        return name[:2]
    parts = name.split("・")
    rest = text.replace(name, "")
    return next((p for p in (parts[-1], parts[0]) if p in rest), parts[-1])


def swap_speaker(text: str, quote: str, people: list[str]) -> tuple[str, str] | None:
    """The article with the quotation given to another of its people: the name that says
    it (in full or alone, in the quotation's sentence, outside the quotation) replaced by
    another person's, in the same form; also the name put in. None when the
    sentence names no one (同氏は, 彼は): the swap would need a rewrite, not a name."""
    start = text.find(quote)
    if start < 0:
        return None
    end = start + len(quote)
    s0 = max(text.rfind("。", 0, start), text.rfind("\n", 0, start)) + 1
    stops = [i for i in (text.find("。", end), text.find("\n", end)) if i >= 0]
    s1 = min(stops) if stops else len(text)
    found = []
    for person in people:
        whole = [(m.start(), m.end()) for m in re.finditer(re.escape(person), text)]
        for form in dict.fromkeys((person, _surname(person, text))):
            for m in re.finditer(re.escape(form), text[s0:s1]):
                at = s0 + m.start()
                if form != person and any(a <= at < b for a, b in whole):
                    continue  # the surname inside the full name: the full name is swapped
                if not (start <= at < end):
                    found.append((min(abs(at - start), abs(at - end)), at, form, person))
    if not found:
        return None
    _, at, form, person = min(found)
    others = [p for p in people if p != person and _surname(p, text) != _surname(person, text)]
    if not others:
        return None
    other = others[0]
    new = other if form == person else _surname(other, text)
    return text[:at] + new + text[at + len(form) :], new


def _high_flags(result: Any) -> list[dict[str, Any]]:
    return [f for f in result.flags if f["severity"] == "high"]


def main(argv: list[str]) -> int:
    report = run(Path(argv[0]) if argv else PAIRS)
    print(json.dumps(report, ensure_ascii=False, indent=2))
    return 0


# Countries put in place of an event's participant: ones none of the pairs names.
_COUNTRY_POOL = ["ノルウェー", "ケニア", "ウルグアイ", "モロッコ", "フィンランド"]


@dataclass
class Injection:
    kind: str
    label: str  # what was changed, for the report's list of misses
    text: str  # the corrupted article
    wrong: str  # the corrupted text as it stands in the article
    sentence_of_event: bool = False  # an event flag in the corrupted sentence catches it
    swapped_in: frozenset[str] = frozenset()  # a claim flagged naming them catches it


def _injections(ja_text: str, rows: list[dict[str, str]], clean: Analysis) -> list[Injection]:
    """Every fact of the table corrupted in turn, then every country taking part in an
    event of the clean article replaced by one the story never names."""
    found = []
    people = [r["ja"] for r in rows if r["kind"] == "person"]
    for n, row in enumerate(rows):
        if ja_text.count(row["ja"]) != 1:
            continue
        if row["kind"] == "speaker":
            swapped = swap_speaker(ja_text, row["ja"], people)
            if swapped is not None:
                text, new = swapped
                found.append(Injection("speaker", row["ja"], text, row["ja"],
                                       swapped_in=frozenset([new])))  # fmt: skip
            continue
        wrong = corrupt(row["kind"], row["ja"], n)
        if wrong is None or wrong == row["ja"]:
            continue
        text = ja_text.replace(row["ja"], wrong)
        swapped_in: frozenset[str] = frozenset()
        if row["kind"] == "person":
            # A person swapped for another is swapped everywhere: the later mentions by
            # surname too (レーマン被告 for マルクス・レーマン), or the article would still
            # name the right person and agree with its source.
            old_short = _surname(row["ja"], ja_text)
            first = "・" in row["ja"] and old_short == row["ja"].split("・")[0]
            new_short = wrong.split("・")[0] if first else _surname(wrong, "")
            text = text.replace(old_short, new_short)
            swapped_in = frozenset([wrong, new_short])
        found.append(Injection(row["kind"], f"{row['ja']} → {wrong}", text, wrong,
                               swapped_in=swapped_in))  # fmt: skip
    body = clean.article.body
    countries = {e.id: e for e in clean.entities if e.kind == "country"}
    other = next((c for c in _COUNTRY_POOL if c not in ja_text), None)
    seen: set[tuple[int, str]] = set()
    for event in clean.events:
        members = [
            m for side in (event["actor"], event["target"]) if side
            for m in (side.get("members") or [side])
        ]  # fmt: skip
        for member in members:
            entity = countries.get(member.get("entity") or "")
            key = (event["sentence"], entity.id if entity else "")
            if entity is None or other is None or key in seen:
                continue
            seen.add(key)
            s0, s1 = clean.sentences[event["sentence"]].span
            mention = next((m for m in entity.mentions if s0 <= m.span[0] < s1), None)
            sentence = body[s0:s1]
            if mention is None or ja_text.count(sentence) != 1:
                continue
            a, b = mention.span[0] - s0, mention.span[1] - s0
            changed = sentence[:a] + other + sentence[b:]
            found.append(
                Injection("country", f"{mention.text} → {other} ({event['action']})",
                          ja_text.replace(sentence, changed), changed, sentence_of_event=True)
            )  # fmt: skip
    return found


def _where(clean: str, corrupted: str, wrong: str) -> int:
    """Where the corrupted text stands: the occurrence of ``wrong`` over the first change
    (金曜日 may also stand, rightly, earlier in the article)."""
    first = next(
        (i for i, (a, b) in enumerate(zip(clean, corrupted, strict=False)) if a != b),
        min(len(clean), len(corrupted)),
    )
    starts = [m.start() for m in re.finditer(re.escape(wrong), corrupted)]
    covering = [s for s in starts if s <= first < s + len(wrong)]
    return covering[0] if covering else (starts[0] if starts else -1)


def run(pairs: Path) -> dict[str, Any]:
    """Inject every fact's error in turn; the report of what was caught."""
    nlp = load_nlp()
    injected = caught = flags_total = flags_true = clean_flags = 0
    by_kind: Counter[str] = Counter()
    caught_kind: Counter[str] = Counter()
    misses: list[str] = []
    false_flags: Counter[str] = Counter()
    for facts_path in sorted(pairs.glob("*_facts.tsv")):
        stem = facts_path.name.split("_")[0]
        ja_text = (pairs / f"{stem}_ja.txt").read_text(encoding="utf-8")
        source = read_article(pairs / f"{stem}_en.txt")
        clean = verify(analyze(parse_article(ja_text.encode()), nlp), sources=[source])
        clean_flags += len(_high_flags(clean))
        rows = list(csv.DictReader(facts_path.open(encoding="utf-8"), delimiter="\t"))
        for inj in _injections(ja_text, rows, clean):
            article = parse_article(inj.text.encode())
            start = _where(clean.article.body, article.body, inj.wrong)
            span = (start, start + len(inj.wrong))
            result = verify(analyze(article, nlp), sources=[source])
            flags = _high_flags(result)
            sentence = next(
                (i for i, s in enumerate(result.sentences) if s.span[0] <= start < s.span[1]), -1
            )
            # A flag on the corrupted text; after a person's or a speaker's swap, also a flag
            # on a claim naming the swapped-in person elsewhere (a quotation the source gives
            # the real one, their title); for a country, an event flag in its sentence.
            hits = [
                f
                for f in flags
                if (f["claim"]["span"][0] < span[1] and span[0] < f["claim"]["span"][1])
                or any(
                    w in str(f["claim"].get(key, ""))
                    for w in inj.swapped_in
                    for key in ("speaker", "text")
                )
                or (
                    inj.sentence_of_event
                    and f["kind"] == "source-event"
                    and f["claim"]["sentence"] == sentence
                )
            ]
            injected += 1
            by_kind[inj.kind] += 1
            flags_total += len(flags)
            flags_true += len(hits)
            for f in flags:
                if f not in hits:
                    false_flags[f"{stem} {f['claim']['kind']}: {f['message_en']}"] += 1
            if hits:
                caught += 1
                caught_kind[inj.kind] += 1
            else:
                misses.append(f"{stem} {inj.kind}: {inj.label}")
    report = {
        "pairs": f"{pairs.name}: {len(list(pairs.glob('*_facts.tsv')))}",
        "injected_errors": injected,
        "caught": caught,
        "recall": round(caught / injected, 3) if injected else None,
        "precision": round(flags_true / flags_total, 3) if flags_total else None,
        "recall_by_kind": {k: f"{caught_kind[k]}/{v}" for k, v in sorted(by_kind.items())},
        "baseline_false_flags_on_clean_articles": clean_flags,
        "missed": misses,
        "false_flags (runs)": dict(false_flags.most_common()),
    }
    return report


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
