"""Notable omissions (verify/omissions.py), on a pair written for these tests."""

from __future__ import annotations

from typing import Any

from urazuke.ingest import parse_article
from urazuke.model import Analysis
from urazuke.verify import verify

_EN = (
    "Ferry fire forces evacuation off Westport\n"
    "Source: https://news.example.com/2025/07/02/westport-ferry\n"
    "About 450 passengers were evacuated from a burning ferry off the port of Westport on "
    "Tuesday, the coast guard said.\n"
    "The fire started in the engine room shortly after the ship left the harbour.\n"
    '"Everyone stayed calm and followed the crew," passenger Tom Reyes told reporters.\n'
    "The operator said the ship would be out of service for at least a month.\n"
    "An inquiry will look at the maintenance of the engines.\n"
)


def _check(ja: str) -> Analysis:
    from urazuke.analyze import analyze

    return verify(analyze(parse_article(ja.encode())), sources=[parse_article(_EN.encode())])


def _omissions(result: Analysis) -> list[dict[str, Any]]:
    return [f for f in result.flags if f["kind"].startswith("omission-")]


_HEAD = "ウェストポート沖でフェリー火災\n出典: https://news.example.com/2025/07/02/westport-ferry\n"


def test_omissions_a_number_of_the_lead_left_out_is_medium() -> None:
    result = _check(
        _HEAD + "火曜日、ウェストポート港の沖でフェリーが燃え、乗客が避難した。\n"
        "火は出港直後に機関室から出た。\n"
    )
    numbers = [f for f in _omissions(result) if f["kind"] == "omission-number"]
    assert [f["severity"] for f in numbers] == ["medium"], numbers
    assert "450" in numbers[0]["evidence"][0]["match"]
    assert not [f for f in result.flags if f["severity"] == "high"]


def test_omissions_a_quoted_person_the_article_never_names_is_low() -> None:
    result = _check(
        _HEAD + "火曜日、ウェストポート港の沖でフェリーが燃え、乗客約450人が避難した。\n"
        "乗客の一人は「全員が落ち着いて乗組員に従った」と話した。\n"
    )
    speakers = [f for f in _omissions(result) if f["kind"] == "omission-speaker"]
    assert len(speakers) == 1 and speakers[0]["severity"] == "low"
    assert "Tom Reyes" in speakers[0]["message_en"]
    assert not [f for f in _omissions(result) if f["kind"] == "omission-number"]


def test_omissions_a_truncated_article_is_told_what_follows() -> None:
    result = _check(
        _HEAD + "火曜日、ウェストポート港の沖でフェリーが燃え、乗客約450人が避難した。\n"
        "火は出港直後に機関室から出た。乗客のトム・レイエス氏は「全員が落ち着いて…\n"
    )
    cut = [f for f in _omissions(result) if f["kind"] == "omission-truncated"]
    assert len(cut) == 1 and cut[0]["severity"] == "medium", _omissions(result)
    assert "more sentence" in cut[0]["message_en"]
    # What comes after the cut is the truncation's, not flagged fact by fact.
    assert not [f for f in _omissions(result) if f["kind"] == "omission-speaker"]


def test_omissions_none_against_a_source_of_another_story() -> None:
    other = (
        "Chess\nSource: https://news.example.com/2025/07/02/chess\n"
        "A 14-year-old won the national chess title on Sunday, beating 300 players.\n"
    )
    from urazuke.analyze import analyze

    ja = _HEAD + "火曜日、ウェストポート港の沖でフェリーが燃え、乗客約450人が避難した。\n"
    result = verify(analyze(parse_article(ja.encode())), sources=[parse_article(other.encode())])
    assert not _omissions(result)
