"""Role claims against the knowledge base: was 岸田文雄 Japan's 首相 on that date?

A person named with a title the knowledge base knows (首相, 大統領, 外相, 国務長官 …) is a
claim that they held that office on the date of the sentence (a day the sentence states,
else the publication date). The country comes from the text (日本の岸田文雄首相), else the
title (国務長官 → US), else the knowledge base's own record of the person.

- supported: the person held the office that day;
- contradicted: someone else held it — the holder is the evidence;
- unverified: no date, no country, or a date past what the knowledge base covers.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from urazuke.kb import Holder, KnowledgeBase
from urazuke.lexicon import load_lexicons
from urazuke.model import Analysis, Entity, Mention

_COUNTRY_EN = {c.code: c.english[0] for c in load_lexicons().countries}
_COUNTRY_JA = {c.code: c.japanese[0] for c in load_lexicons().countries}
_OFFICE_EN = {
    "head_of_state": "head of state",
    "head_of_government": "head of government",
    "foreign_minister": "foreign minister",
}


def _plain(name: str) -> str:
    return re.sub(r"[・＝=\s]", "", name)


_FAMILY_FIRST = frozenset(["KR", "KP", "CN", "TW", "JP", "HK", "VN"])


def same_person_ja(forms: list[str], holder: Holder) -> bool:
    """Whether any Japanese form of a person names this holder (バイデン ~ ジョー・バイデン)."""
    for form in forms:
        for name in holder.names_ja:
            if _plain(form) == _plain(name):
                return True
            parts = [p for p in re.split(r"[・＝=\s]", name) if p]
            # The family name alone: last in Western names (ペトロ is Poroshenko's given
            # name, not Gustavo Petro), first in Korean, Chinese and Japanese ones.
            family = parts[0] if holder.country in _FAMILY_FIRST else parts[-1]
            if len(parts) > 1 and form == family:
                return True
            kanji = all("\u4e00" <= ch <= "\u9fff" for ch in name)
            if kanji and len(form) >= 2 and name.startswith(form):
                return True
    return False


@dataclass(frozen=True)
class RoleClaim:
    entity: Entity
    mention: Mention
    title: str
    office: str
    country: str | None
    date: str | None


def _mention_country(analysis: Analysis, mention: Mention) -> str | None:
    """日本の岸田文雄首相: the country named right before the person, joined by の."""
    body = analysis.article.body
    start = mention.span[0]
    if start < 1 or body[start - 1] != "の":
        return None
    for e in analysis.entities:
        if e.kind == "country" and any(m.span[1] == start - 1 for m in e.mentions):
            return e.country
    return None


def _sentence_date(analysis: Analysis, sentence: int) -> str | None:
    """A day the sentence states for itself, else the publication date."""
    body = analysis.article.body
    for t in analysis.times:
        if (
            t["sentence"] == sentence
            and t["precision"] == "day"
            and t["anchor"] != "unanchored"
            and not body.startswith("の", t["span"][1])
        ):
            return str(t["value"])
    return analysis.article.published


# 次期州 of 次期州首相: an office to come, or a state's, mis-tagged as a person's name; not
# a national office holder the knowledge base could check. (元, 前, 新 open surnames too:
# 元木, 前田, 新垣.)
_NOT_A_HOLDER = re.compile(r"^次期|[州省県]$")


def role_claims(analysis: Analysis, kb: KnowledgeBase) -> list[RoleClaim]:
    """One claim per person and title the knowledge base knows, at its first mention."""
    claims: list[RoleClaim] = []
    for entity in analysis.entities:
        if entity.kind != "person" or _NOT_A_HOLDER.search(entity.name):
            continue
        seen: set[str] = set()
        for mention in entity.mentions:
            title = mention.role
            if title is None or title not in kb.roles or title in seen:
                continue
            seen.add(title)
            role = kb.roles[title]
            country = next(
                (
                    c
                    for m in entity.mentions
                    if m.role == title and (c := _mention_country(analysis, m))
                ),
                None,
            )
            if country is None and len(role.countries) == 1:
                country = role.countries[0]
            if country is None:
                forms = [entity.name, *(m.text for m in entity.mentions)]
                known = {
                    h.country
                    for h in kb.people()
                    if h.office == role.office and same_person_ja(forms, h)
                }
                country = known.pop() if len(known) == 1 else None
            claims.append(
                RoleClaim(
                    entity=entity,
                    mention=mention,
                    title=title,
                    office=role.office,
                    country=country,
                    date=_sentence_date(analysis, mention.sentence),
                )
            )
    return claims


def check_role(claim: RoleClaim, kb: KnowledgeBase) -> dict[str, Any]:
    """The verdict on one role claim, with the knowledge base's evidence."""
    record: dict[str, Any] = {
        "claim": {
            "kind": "role",
            "text": claim.mention.text + claim.title,
            "span": list(claim.mention.span),
            "sentence": claim.mention.sentence,
            "entity": claim.entity.id,
            "person": claim.entity.name,
            "title": claim.title,
            "office": claim.office,
            "country": claim.country,
            "date": claim.date,
        },
        "verdict": "unverified",
        "reason": None,
        "evidence": [],
    }
    if claim.country is None:
        record["reason"] = "the country of the office is not stated"
        return record
    if claim.date is None:
        record["reason"] = "no date for the claim (no publication date)"
        return record
    day = dt.date.fromisoformat(claim.date[:10])
    if not kb.covers(claim.country, claim.office, day):
        record["reason"] = "the knowledge base does not cover this office on that date"
        return record
    holders = kb.holders_on(claim.country, claim.office, day)
    if not holders:
        record["reason"] = "no holder of this office is known on that date"
        return record
    forms = [claim.entity.name, *(m.text for m in claim.entity.mentions)]
    # The person's English name when the knowledge base knows them in any office.
    known = next((h for h in kb.people() if same_person_ja(forms, h)), None)
    record["claim"]["person_en"] = known.name_en if known else None
    record["evidence"] = [_evidence(h) for h in holders]
    if any(same_person_ja(forms, h) for h in holders):
        record["verdict"] = "supported"
    else:
        record["verdict"] = "contradicted"
    return record


def _evidence(h: Holder) -> dict[str, Any]:
    until = f"–{h.end.isoformat()}" if h.end else "–"
    return {
        "source": "kb",
        "text": f"{h.name_ja} ({h.name_en}), {h.office_ja} {h.start.isoformat()}{until}",
        "span": None,
        "holder": h.to_json(),
    }


def role_flag(verdict: dict[str, Any]) -> dict[str, Any]:
    """A high-severity flag for a contradicted role claim, in Japanese and English."""
    c = verdict["claim"]
    holders = [e["holder"] for e in verdict["evidence"]]
    names_ja = "、".join(h["name_ja"] for h in holders)
    names_en = ", ".join(h["name_en"] for h in holders)
    country_ja = _COUNTRY_JA.get(c["country"], c["country"])
    country_en = _COUNTRY_EN.get(c["country"], c["country"])
    since = holders[0]["start"]
    return {
        "kind": "role",
        "severity": "high",
        "message_ja": (
            f"{c['person']}は{c['date']}時点で{country_ja}の{c['title']}ではありません。"
            f"当時の{c['title']}は{names_ja}（{since}就任）です。"
        ),
        "message_en": (
            f"{c.get('person_en') or c['person']} was not {country_en}'s "
            f"{_OFFICE_EN[c['office']]} ({c['title']}) "
            f"on {c['date']}: {names_en} was, in office since {since}."
        ),
        "claim": c,
        "evidence": verdict["evidence"],
    }
