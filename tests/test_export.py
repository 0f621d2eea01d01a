"""Export: the events table and its CSV and Parquet files, read back."""

from __future__ import annotations

import csv
import dataclasses
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest

from tests.analyze.test_events import events_of
from urazuke.export import COLUMNS, events_table, write_events
from urazuke.model import Analysis


@pytest.fixture(scope="module")
def rows(seed_analysis: Analysis) -> list[dict[str, Any]]:
    analysis = dataclasses.replace(seed_analysis, events=events_of(seed_analysis))
    return events_table([analysis])


def test_export_events_table_one_flat_row_per_event(
    seed_analysis: Analysis, rows: list[dict[str, Any]]
) -> None:
    assert len(rows) == len(events_of(seed_analysis)) > 0
    assert all(tuple(row) == COLUMNS for row in rows)
    treaty = next(r for r in rows if r["action"] == "締結しました")
    assert treaty["plover"] == "AGREE" and treaty["cameo"] == "05"
    assert (treaty["actor_country"], treaty["target_country"]) == ("KP", "RU")
    assert treaty["date"] == "2024-11-11"
    assert treaty["article_published"] == "2024-11-16"
    assert treaty["article_url"].startswith("https://www.aljazeera.com/")
    assert treaty["sentence"].startswith("今週初め、北朝鮮はロシアとの間で")
    accuse = next(r for r in rows if r["action"] == "非難する")
    assert accuse["actor_country"] == "US+KR+JP"  # a coordination: its members' codes
    assert accuse["actor_name"] == "米国、韓国、日本の各国の首脳"
    meeting = next(r for r in rows if r["action"] == "共同記者会見")
    assert (meeting["place_name"], meeting["place_country"]) == ("リマ", "PE")


def test_export_csv_round_trip(rows: list[dict[str, Any]], tmp_path: Path) -> None:
    path = tmp_path / "events.csv"
    write_events(rows, path)
    with path.open(encoding="utf-8", newline="") as f:
        back = list(csv.DictReader(f))
    assert len(back) == len(rows)
    assert tuple(back[0]) == COLUMNS
    for got, want in zip(back, rows, strict=True):
        for column in COLUMNS:
            value = want[column]
            if column == "negated":
                assert got[column] == ("true" if value else "false")
            else:
                assert got[column] == ("" if value is None else str(value))


def test_export_parquet_round_trip(rows: list[dict[str, Any]], tmp_path: Path) -> None:
    path = tmp_path / "events.parquet"
    write_events(rows, path)
    table = pq.read_table(path)
    assert tuple(table.column_names) == COLUMNS
    assert str(table.schema.field("negated").type) == "bool"
    assert table.to_pylist() == [{c: row[c] for c in COLUMNS} for row in rows]


def test_export_empty_table_still_has_its_columns(tmp_path: Path) -> None:
    write_events([], tmp_path / "none.csv")
    write_events([], tmp_path / "none.parquet")
    assert (tmp_path / "none.csv").read_text(encoding="utf-8").strip() == ",".join(COLUMNS)
    assert tuple(pq.read_table(tmp_path / "none.parquet").column_names) == COLUMNS


def test_export_unknown_suffix_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"\.csv or \.parquet"):
        write_events([], tmp_path / "events.xlsx")
