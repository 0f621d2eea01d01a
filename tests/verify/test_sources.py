"""Claims against an English source written for the tests (the seed's event, in our words)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.conftest import DATA
from urazuke.ingest import read_article
from urazuke.model import Analysis
from urazuke.verify import verify


@pytest.fixture(scope="module")
def checked(seed_analysis: Analysis) -> Analysis:
    return verify(seed_analysis, sources=[read_article(DATA / "en_lima_report.txt")])


def _source_verdict(checked: Analysis, kind: str, text: str) -> dict[str, Any]:
    found = [
        v
        for v in checked.verdicts
        if v["claim"]["kind"] == kind
        and v["claim"]["text"] == text
        and any(e["source"] != "kb" for e in v["evidence"]) | (v["verdict"] == "unverified")
    ]
    assert found, [(v["claim"]["kind"], v["claim"]["text"]) for v in checked.verdicts]
    return found[-1]


def test_sources_kishida_contradicted_by_ishiba(checked: Analysis) -> None:
    v = _source_verdict(checked, "role", "岸田文雄首相")
    assert v["verdict"] == "contradicted"
    assert v["evidence"][0]["match"] == "Shigeru Ishiba"


@pytest.mark.parametrize(
    ("kind", "text", "match"),
    [
        ("person", "ジョー・バイデン", "Biden"),
        ("person", "ユン・ソクヨル", "Yoon Suk Yeol"),
        ("person", "ジョシュ・ホーリー", "Josh Hawley"),
        ("person", "ブライアン・ランザ", "Brian Lanza"),
        ("place", "リマ", "Lima"),
        ("quantity", "約1万人", "10,000"),
        ("time", "金曜日", "Friday"),
        ("time", "2025年1月", "January 2025"),
        ("time", "2023年8月", "August 2023"),
    ],
)
def test_sources_supported(checked: Analysis, kind: str, text: str, match: str) -> None:
    v = _source_verdict(checked, kind, text)
    assert v["verdict"] == "supported"
    assert match in v["evidence"][0]["match"]


def test_sources_absence_is_unverified_not_contradicted(checked: Analysis) -> None:
    v = _source_verdict(checked, "time", "11月5日")
    assert v["verdict"] == "unverified"


def test_sources_a_changed_number_is_contradicted(seed_path: object) -> None:
    from urazuke.analyze import analyze
    from urazuke.ingest import parse_article

    text = Path(str(seed_path)).read_text(encoding="utf-8").replace("約1万人", "約3万人")
    analysis = analyze(parse_article(text.encode()))
    result = verify(analysis, sources=[read_article(DATA / "en_lima_report.txt")])
    v = _source_verdict(result, "quantity", "約3万人")
    assert v["verdict"] == "contradicted"
    assert "10,000" in v["evidence"][0]["match"]


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("Officials said about 2,000 people were evacuated.", 2000.0, "people"),
        ("Roughly 10,000 North Korean troops were sent.", 10000.0, "people"),
        ("Ten people died.", 10.0, "people"),
        ("The firm will cut 1,200 jobs.", 1200.0, "people"),
        ("It lost 120 million euros.", 120e6, "EUR"),
        ("Turnout was 42.5%.", 42.5, "percent"),
        ("Some 3,000 homes were damaged.", 3000.0, "households"),
        ("The team won 88-81.", (88.0, 81.0), "score"),
        ("A magnitude 6.9 quake struck.", 6.9, "magnitude"),
    ],
)
def test_sources_english_numbers(sentence: str, value: object, unit: str) -> None:
    from urazuke.ingest import parse_article
    from urazuke.verify.english import read_english

    facts = read_english(parse_article(f"Title\n{sentence}".encode()), "test", None)
    assert (value, unit) in [(f.value, f.unit) for f in facts.of("number")]


@pytest.mark.parametrize("sentence", ["They slept in tents in 2023.", "Tokyo, 2021, was calm."])
def test_sources_english_years_and_words_are_not_amounts(sentence: str) -> None:
    from urazuke.ingest import parse_article
    from urazuke.verify.english import read_english

    facts = read_english(parse_article(f"Title\n{sentence}".encode()), "test", None)
    assert facts.of("number") == []
