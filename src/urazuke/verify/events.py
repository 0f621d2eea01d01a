"""Events against a source: who did what to whom, in the sentences telling the same fact.

An event of the article (actor, action, target; ``analyze.events``) has its counterpart in
a source sentence the alignment pairs with the event's sentence (or one either side) that
renders the action (a JMdict gloss of the predicate among the sentence's words: 合意 ↔
agreed, 非難 ↔ condemned) and names at least one of the event's participants. Then:

- supported, when every country among the participants is named there too (or none is a
  country);
- contradicted, when a country among the participants is missing there and the sentence
  names instead a country the article's sentence does not: ノルウェーとチリが合意 against
  "Japan and Chile agreed" has Norway doing what the source says Japan did;
- unverified, when no source sentence renders the event.

The event's date and place are claims of their own (``time``, ``place``): a wrong date is
flagged once, there, not again on every event of its sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from importlib.resources import files
from typing import Any

from urazuke.model import Analysis, Entity
from urazuke.verify.alignment import (
    Alignment,
    country_words,
    forms_of,
    name_match,
    new_verdict,
)
from urazuke.verify.english import SourceFacts, country_codes
from urazuke.verify.words import content_words, english_stems, glosses, stem


def _members(side: dict[str, Any] | None) -> list[dict[str, Any]]:
    """The participants one side of an event names: its members, or itself."""
    if not side:
        return []
    return list(side.get("members") or [side])


@lru_cache(maxsize=1)
def _plover_words() -> dict[str, frozenset[str]]:
    """PLOVER type → stems of the English words that say it (lexicon/plover_en.tsv)."""
    text = files("urazuke.lexicon").joinpath("plover_en.tsv").read_text(encoding="utf-8")
    table = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            plover, words = line.split("\t")
            table[plover] = frozenset(stem(w) for w in words.split())
    return table


def _action_words(event: dict[str, Any], language: str) -> frozenset[str]:
    """The words that render the event's action: its predicate's glosses, and the English
    words of its PLOVER type (非難 has no gloss "condemn"; ACCUSE does)."""
    words = content_words(event["action"])
    if language == "ja":
        return frozenset(words)
    glossed = frozenset(g for w in words for g in glosses(w))
    return glossed | _plover_words().get(event["plover"] or "", frozenset())


class _Sentence:
    """One source sentence, read once for every event aligned with it."""

    def __init__(self, src: SourceFacts, j: int) -> None:
        s0, s1 = src.sentences[j]
        self.index, self.span, self.text = j, (s0, s1), src.body[s0:s1]
        self.words = (
            frozenset(content_words(self.text))
            if src.language == "ja"
            else english_stems(self.text)
        )
        self.names = [f for f in src.facts if f.kind == "name" and f.sentence == j]


def _present(
    member: dict[str, Any], entities: dict[str, Entity], sentence: _Sentence, src: SourceFacts
) -> bool:
    entity = entities.get(member.get("entity") or "")
    if src.language == "ja":
        forms = forms_of(entity) if entity else [member["name"]]
        return any(f in sentence.text for f in forms)
    # A country by its names; a national body or force (北朝鮮軍) by its own or its
    # country's; a person by their name only (Japan's prime minister is not 岸田文雄).
    if member.get("country") and (entity is None or entity.kind != "person"):
        words = country_words(member["country"])
        if any(re.search(rf"\b{re.escape(w)}\b", sentence.text) for w in words):
            return True
        if entity is None or entity.kind == "country":
            return False
    forms = forms_of(entity) if entity else [member["name"]]
    return any(name_match(x, f, src) for x in forms for f in sentence.names)


def _is_country(member: dict[str, Any], entities: dict[str, Entity]) -> bool:
    entity = entities.get(member.get("entity") or "")
    return bool(member.get("country")) and (entity is None or entity.kind == "country")


def _other_country(
    analysis: Analysis, i: int, sentence: _Sentence
) -> tuple[str, tuple[int, int]] | None:
    """A country the source sentence names that the article's sentence ``i`` does not."""
    ours = {
        e.country for e in analysis.entities
        if e.country and any(m.sentence == i for m in e.mentions)
    }  # fmt: skip
    taken: list[tuple[int, int]] = []
    for name, code in country_codes():  # longest names first: South Korea before Korea
        for m in re.finditer(rf"\b{re.escape(name)}\b", sentence.text):
            span = (sentence.span[0] + m.start(), sentence.span[0] + m.end())
            if any(a <= span[0] < b for a, b in taken):
                continue
            taken.append(span)
            if code not in ours:
                return name, span
    return None


def check_event(
    analysis: Analysis, event: dict[str, Any], src: SourceFacts, align: Alignment
) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
    """(support, against) evidence for one event against one source."""
    action = _action_words(event, src.language)
    members = _members(event["actor"]) + _members(event["target"])
    if not action or not members:
        return None, None
    entities = {e.id: e for e in analysis.entities}
    for j in align.window(event["sentence"]):
        sentence = _Sentence(src, j)
        if not action & sentence.words:
            continue
        found = [m for m in members if _present(m, entities, sentence, src)]
        # No participant there: still the counterpart if it is the sentence telling the
        # same fact (the best aligned) and every participant is a country it does not name
        # (ノルウェーが拠出 against "Japan will contribute").
        alone = j == align.best(event["sentence"]) and all(
            _is_country(m, entities) for m in members
        )
        if not found and not alone:
            continue
        missing = [m for m in members if m not in found and _is_country(m, entities)]
        other = (
            _other_country(analysis, event["sentence"], sentence)
            if missing and src.language != "ja"
            else None
        )
        said = {"source": src.label, "text": sentence.text.strip(), "span": list(sentence.span)}
        if other is not None:
            name, span = other
            return None, {**said, "span": list(span), "match": name,
                          "instead_of": [m["name"] for m in missing]}  # fmt: skip
        if not missing:
            return {**said, "match": ", ".join(m["name"] for m in found)}, None
    return None, None


def event_verdicts(
    analysis: Analysis, sources: Sequence[SourceFacts], aligns: dict[int, Alignment]
) -> list[dict[str, Any]]:
    """One verdict per event with a participant, against every source."""
    body = analysis.article.body
    verdicts = []
    for event in analysis.events:
        if not _members(event["actor"]) + _members(event["target"]):
            continue
        s, e = event["span"]
        v = new_verdict(
            "event",
            {
                "text": body[s:e],
                "span": [s, e],
                "sentence": event["sentence"],
                "action": event["action"],
                "plover": event["plover"],
                "cameo": event["cameo"],
                "actor": (event["actor"] or {}).get("name"),
                "target": (event["target"] or {}).get("name"),
            },
        )
        for src in sources:
            support, against = check_event(analysis, event, src, aligns[id(src)])
            if support is not None:
                v["sources"] += 1
                v["evidence"].append(support)
            elif against is not None:
                v["against"] += 1
                v["evidence"].append(against)
        verdicts.append(v)
    return verdicts
