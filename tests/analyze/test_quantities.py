"""Quantities: numerals, counters, hedges and ranges; the seed and a table of cases."""

from __future__ import annotations

import json

import pytest

from tests.analyze.tables import read_table
from urazuke.analyze.quantities import find_quantities, parse_number
from urazuke.analyze.sentences import split_sentences
from urazuke.analyze.times import find_times
from urazuke.lexicon import load_lexicons
from urazuke.model import Analysis

TABLE = read_table("quantity_cases.tsv")


@pytest.mark.parametrize("row", TABLE, ids=[f"{i}-{r['surface']}" for i, r in enumerate(TABLE)])
def test_quantities_table(row: dict[str, str]) -> None:
    text = row["text"]
    sentences = split_sentences(text)
    times = find_times(text, sentences, "2025-01-15")
    found = [
        q
        for q in find_quantities(
            text, sentences, load_lexicons(), [tuple(t["span"]) for t in times]
        )
        if q["text"] == row["surface"]
    ]
    assert found
    q = found[0]
    assert q["value"] == json.loads(row["value"])
    assert q["unit"] == row["unit"]
    assert q["approx"] is (row["approx"] == "true")


def test_quantities_seed(seed_analysis: Analysis) -> None:
    (q,) = [q for q in seed_analysis.quantities if q["text"] == "約1万人"]
    assert (q["value"], q["unit"], q["approx"]) == (10000, "people", True)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1万2000", 12000),
        ("3.5億", 350000000),
        ("一千万", 10000000),
        ("二十五", 25),
        ("１２", 12),
        ("2兆5000億", 2500000000000),
        ("三百五十", 350),
        ("1,200", 1200),
        ("千", 1000),
    ],
)
def test_quantities_parse_number(text: str, value: float) -> None:
    assert parse_number(text) == value


def test_quantities_a_counter_inside_a_longer_word_counts_nothing() -> None:
    # 3ポイントシュート is a three-point shot, not three points; 5本 still counts.
    text = "彼は3ポイントシュートを5本決めた。"
    found = [q["text"] for q in find_quantities(text, split_sentences(text), load_lexicons())]
    assert found == ["5本"]
