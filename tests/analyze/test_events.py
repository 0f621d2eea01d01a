"""Events: the seed's, and a table of sentences written for these tests (event_cases.tsv)."""

from __future__ import annotations

from functools import cache
from typing import Any

import pytest

from tests.analyze.tables import read_table
from urazuke.analyze import analyze, load_nlp
from urazuke.analyze.events import (
    MODALITIES,
    PLOVER_TYPES,
    _verb_stems,
    find_events,
    load_event_lexicon,
)
from urazuke.analyze.pipeline import _tokens
from urazuke.ingest import parse_article
from urazuke.model import Analysis

KEYS = {
    "actor",
    "action",
    "plover",
    "cameo",
    "target",
    "place",
    "date",
    "modality",
    "negated",
    "span",
    "sentence",
    "quantity",
    "passive",
}
PARTICIPANT_KEYS = {"name", "entity", "country"}


def events_of(analysis: Analysis) -> tuple[dict[str, Any], ...]:
    """find_events on an analysis, with Sudachi's tokens rebuilt as pipeline.py does."""
    body = analysis.article.body
    nlp = load_nlp()
    docs = [nlp.make_doc(s.text(body)) for s in analysis.sentences]
    return find_events(
        body,
        analysis.sentences,
        _tokens(analysis.sentences, docs),
        analysis.entities,
        analysis.times,
        analysis.quantities,
    )


@cache
def _analysis(text: str) -> Analysis:
    return analyze(parse_article(text.encode("utf-8")), load_nlp())


@cache
def _events(text: str) -> tuple[dict[str, Any], ...]:
    return events_of(_analysis(text))


@pytest.fixture(scope="module")
def seed_events(seed_analysis: Analysis) -> tuple[dict[str, Any], ...]:
    return events_of(seed_analysis)


def _one(events: tuple[dict[str, Any], ...], action: str) -> dict[str, Any]:
    found = [e for e in events if e["action"] == action]
    assert len(found) == 1, [(e["plover"], e["action"]) for e in events]
    return found[0]


def _countries(participant: dict[str, Any] | None) -> set[str]:
    assert participant is not None
    members = participant.get("members") or [participant]
    return {m["country"] for m in members if m["country"]}


# --- the seed ----------------------------------------------------------------------------


def test_events_seed_accuse_the_leaders_condemn_the_cooperation(
    seed_events: tuple[dict[str, Any], ...],
) -> None:
    event = _one(seed_events, "非難する")
    assert (event["plover"], event["cameo"]) == ("ACCUSE", "11")
    assert event["actor"]["name"] == "米国、韓国、日本の各国の首脳"
    assert event["actor"]["entity"] is None and event["actor"]["country"] is None
    assert _countries(event["actor"]) == {"US", "KR", "JP"}
    assert event["target"]["name"] == "北朝鮮とロシアの間の軍事協力"
    assert _countries(event["target"]) == {"KP", "RU"}
    assert (event["modality"], event["negated"]) == ("asserted", False)


def test_events_seed_agree_north_korea_and_russia_conclude_a_treaty(
    seed_events: tuple[dict[str, Any], ...],
) -> None:
    event = _one(seed_events, "締結しました")
    assert event["plover"] == "AGREE"
    assert (event["actor"]["country"], event["target"]["country"]) == ("KP", "RU")
    assert event["date"] == "2024-11-11"  # 今週初め: the week of 2024-11-11
    assert event["place"] is None  # ロシアとの間で is no place, ウクライナでの戦争 no event's


def test_events_seed_mobilize_north_korea_sends_troops(
    seed_events: tuple[dict[str, Any], ...],
) -> None:
    event = _one(seed_events, "派遣された")
    assert (event["plover"], event["cameo"]) == ("MOBILIZE", "15")
    assert event["actor"]["name"] == "北朝鮮軍" and event["actor"]["country"] == "KP"
    assert event["passive"] is True
    assert event["quantity"] == "約1万人"
    assert event["place"]["name"] == "ロシアとウクライナの国境"
    assert event["modality"] == "alleged"  # …と報じられています


def test_events_seed_consult_the_leaders_meet_in_lima(
    seed_events: tuple[dict[str, Any], ...],
) -> None:
    event = _one(seed_events, "共同記者会見")
    assert event["plover"] == "CONSULT"
    assert _countries(event["actor"]) == {"US", "KR", "JP"}
    # この会見は、ペルーのリマで開催された…: the next sentence places it.
    assert event["place"] == {"name": "リマ", "entity": event["place"]["entity"], "country": "PE"}


def test_events_seed_support_the_three_reaffirm_ukraine_s_right(
    seed_events: tuple[dict[str, Any], ...],
) -> None:
    event = _one(seed_events, "再確認しました")
    assert event["plover"] == "SUPPORT"
    assert event["actor"]["name"] == "三国"  # the three named before
    assert _countries(event["actor"]) == {"US", "KR", "JP"}
    assert _countries(event["target"]) == {"UA"}


def test_events_seed_leave_quotations_alone(seed_events: tuple[dict[str, Any], ...]) -> None:
    body_spans = [e["span"] for e in seed_events]
    assert all(e["action"] != "非難します" for e in seed_events)  # said in the statement
    assert len(body_spans) == len({tuple(s) for s in body_spans})


def test_events_seed_records_keep_the_contract(
    seed_analysis: Analysis, seed_events: tuple[dict[str, Any], ...]
) -> None:
    body = seed_analysis.article.body
    names = {e.id: e.name for e in seed_analysis.entities}
    assert seed_events
    for event in seed_events:
        assert set(event) == KEYS
        start, end = event["span"]
        assert body[start:end] == event["action"]
        s_start, s_end = seed_analysis.sentences[event["sentence"]].span
        assert s_start <= start < end <= s_end
        assert event["plover"] in PLOVER_TYPES
        assert event["cameo"] is not None and len(event["cameo"]) == 2
        assert event["modality"] in MODALITIES
        for role in ("actor", "target", "place"):
            participant = event[role]
            if participant is None:
                continue
            assert PARTICIPANT_KEYS <= set(participant) <= PARTICIPANT_KEYS | {"members"}
            if participant["entity"] is not None:
                assert names[participant["entity"]] == participant["name"]


# --- across sentences and clauses ----------------------------------------------------------


def test_events_place_carried_to_the_event_referred_back_to() -> None:
    events = _events("韓国とベトナムの首脳は会談を行った。この会談は、首都ハノイで開かれた。")
    assert [(e["plover"], e["action"]) for e in events] == [("CONSULT", "会談")]
    assert events[0]["place"]["name"] == "ハノイ"
    assert _countries(events[0]["actor"]) == {"KR", "VN"}


def test_events_a_sentence_without_subject_keeps_the_last_topic() -> None:
    events = _events("米国の国務長官は10日、キーウに到着した。その後、ウクライナの首相と会談した。")
    event = _one(events, "会談した")
    assert event["actor"]["country"] == "US"
    assert event["target"]["country"] == "UA"


def test_events_three_countries_refer_back_to_the_three_named() -> None:
    events = _events("日本、米国、韓国の外相が会談した。三カ国の外相は、連携の強化で一致した。")
    assert _countries(_one(events, "一致した")["actor"]) == {"JP", "US", "KR"}


def test_events_a_protest_is_its_own_disapproval() -> None:
    events = _events("首都で、移民法の改正に反対するデモが行われた。")
    assert [e["plover"] for e in events] == ["PROTEST"]


def test_events_an_order_is_the_event_ordered() -> None:
    events = _events("大統領は、野党指導者の拘束を命じた。")
    assert [(e["plover"], e["modality"]) for e in events] == [("COERCE", "intended")]


def test_events_date_of_a_noun_is_not_the_event_s() -> None:
    events = _events("11月5日の大統領選で共和党が勝利した後、党首は中国を訪問した。")
    assert _one(events, "訪問した")["date"] is None


# --- the lexicon -------------------------------------------------------------------------


def test_events_lexicon_covers_every_plover_type() -> None:
    lexicon = load_event_lexicon()
    entries = [*lexicon.nouns.values(), *(e for _s, e in (*lexicon.verbs, *lexicon.phrases))]
    events = {e.text: e for e in entries if e.plover is not None}
    assert len(events) >= 200
    assert {e.plover for e in events.values()} == set(PLOVER_TYPES)
    for entry in events.values():
        assert entry.cameo is not None and entry.cameo.isdigit()
        assert 1 <= int(entry.cameo[:2]) <= 20, entry


@pytest.mark.parametrize(
    ("verb", "stem"),
    [("結ぶ", "結ん"), ("結ぶ", "結ば"), ("求める", "求め"), ("屈する", "屈し"), ("襲う", "襲っ")],
)
def test_events_verb_stems(verb: str, stem: str) -> None:
    assert stem in _verb_stems(verb)


# --- sentences written for these tests ----------------------------------------------------


def _key(participant: dict[str, Any] | None, kinds: dict[str, str]) -> str:
    """A participant as the table writes it: a person's name, else a country, else the phrase."""
    if participant is None:
        return "-"
    if participant.get("members"):
        return "+".join(_key(m, kinds) for m in participant["members"])
    if participant["entity"] and kinds.get(participant["entity"]) == "person":
        return str(participant["name"])
    return str(participant["country"] or participant["name"])


TABLE = read_table("event_cases.tsv")


@pytest.mark.parametrize("row", TABLE, ids=[f"{i}-{r['pattern']}" for i, r in enumerate(TABLE)])
def test_events_table(row: dict[str, str]) -> None:
    events = _events(row["text"])
    if row["action"] == "-":
        assert events == (), [(e["plover"], e["action"]) for e in events]
        return
    event = _one(events, row["action"])
    kinds = {e.id: e.kind for e in _analysis(row["text"]).entities}
    got = {
        "plover": event["plover"],
        "actor": _key(event["actor"], kinds),
        "target": _key(event["target"], kinds),
        "negated": "yes" if event["negated"] else "no",
        "modality": event["modality"],
        "passive": "yes" if event["passive"] else "no",
    }
    want = {k: row[k] for k in got if row[k] != "*"}
    assert {k: got[k] for k in want} == want


def test_events_table_covers_every_plover_type_and_pattern() -> None:
    assert len(TABLE) >= 70
    assert {r["plover"] for r in TABLE} - {"-"} == set(PLOVER_TYPES)
    patterns = {r["pattern"] for r in TABLE}
    assert {"negation", "alleged", "intended", "conditional", "passive", "coordination"} <= patterns
