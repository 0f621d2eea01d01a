"""Publication dates from URLs and flags."""

from __future__ import annotations

import pytest

from urazuke.errors import UrazukeError
from urazuke.ingest.dates import date_from_url, normalize_meta_date, parse_flag_date


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.aljazeera.com/news/2024/11/16/us-south-korea", "2024-11-16"),
        ("https://example.com/2024/1/5/story", "2024-01-05"),
        ("https://example.com/news/20250412/japan-china", "2025-04-12"),
        ("https://example.com/a/2023-08-18-camp-david", "2023-08-18"),
        ("https://example.com/news_20240101_0900.html", "2024-01-01"),
        ("https://example.com/2024/13/45/story", None),  # no such date
        ("https://example.com/story/12345678", None),
        ("https://20241116.example.com/story", None),  # the host is not the path
        ("https://example.com/article?id=2024", None),
        (None, None),
        ("", None),
    ],
)
def test_dates_from_url(url: str | None, expected: str | None) -> None:
    assert date_from_url(url) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [("2024-11-16", "2024-11-16"), ("2024/1/5", "2024-01-05"), (" 2025-03-08 ", "2025-03-08")],
)
def test_dates_flag_accepts_iso_dates(value: str, expected: str) -> None:
    assert parse_flag_date(value) == expected


@pytest.mark.parametrize("value", ["2024-02-30", "yesterday", "16/11/2024", "2024-11", ""])
def test_dates_flag_rejects_anything_else(value: str) -> None:
    with pytest.raises(UrazukeError) as info:
        parse_flag_date(value)
    assert info.value.code == "E007"


@pytest.mark.parametrize(
    ("value", "expected"),
    [("2025-06-19T10:30:00+09:00", "2025-06-19"), ("2025-06-19", "2025-06-19"), ("June", None)],
)
def test_dates_meta_values_keep_the_date(value: str, expected: str | None) -> None:
    assert normalize_meta_date(value) == expected
