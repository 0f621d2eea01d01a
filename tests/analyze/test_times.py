"""Time expressions anchored to the publication date: the seed, and a table of cases."""

from __future__ import annotations

import pytest

from tests.analyze.tables import read_table
from urazuke.analyze.sentences import split_sentences
from urazuke.analyze.times import find_times
from urazuke.model import Analysis

TABLE = read_table("time_cases.tsv")


@pytest.mark.parametrize("row", TABLE, ids=[f"{i}-{r['surface']}" for i, r in enumerate(TABLE)])
def test_times_table(row: dict[str, str]) -> None:
    text = row["text"]
    times = find_times(text, split_sentences(text), row["published"])
    found = [t for t in times if t["text"] == row["surface"]]
    assert found, [(t["text"], t["value"]) for t in times]
    assert (found[0]["value"], found[0]["precision"]) == (row["value"], row["precision"])
    start, end = found[0]["span"]
    assert text[start:end] == row["surface"]


@pytest.mark.parametrize(
    ("surface", "value", "precision"),
    [
        ("金曜日", "2024-11-15", "day"),
        ("2025年1月", "2025-01", "month"),
        ("11月5日", "2024-11-05", "day"),
        ("2023年8月", "2023-08", "month"),
        ("昨年", "2023", "year"),
        ("10月", "2024-10", "month"),
        ("今週初め", "2024-11-11", "day"),
    ],
)
def test_times_seed(seed_analysis: Analysis, surface: str, value: str, precision: str) -> None:
    found = [t for t in seed_analysis.times if t["text"] == surface]
    assert found
    assert all((t["value"], t["precision"]) == (value, precision) for t in found)


def test_times_without_a_publication_date_stay_unanchored() -> None:
    text = "会議は金曜日に開かれ、2025年1月に再開する。"
    times = {t["text"]: t for t in find_times(text, split_sentences(text), None)}
    assert times["金曜日"]["anchor"] == "unanchored"
    assert (times["2025年1月"]["value"], times["2025年1月"]["anchor"]) == ("2025-01", "absolute")


def test_some_thousands_of_years_are_no_year() -> None:
    # 数千年 is a span of thousands of years; ja-timex reads its 千年 as the year 1000.
    text = "氷床の崩壊には数千年を要したと研究者は指摘した。"
    times = find_times(text, split_sentences(text), "2026-03-02")
    assert all(t["value"] != "1000" for t in times), times


def test_some_decades_are_no_ten_years() -> None:
    text = "両国の研究者は数十年にわたり協力してきた。"
    times = find_times(text, split_sentences(text), "2026-03-02")
    assert all(t["value"] != "P10Y" for t in times), times
