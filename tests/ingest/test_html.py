"""HTML pages through trafilatura: metadata, main text, broken and empty pages."""

from __future__ import annotations

import pytest

from tests.conftest import DATA
from urazuke.errors import UrazukeError
from urazuke.ingest import parse_article, read_article
from urazuke.ingest.html import looks_like_html


def test_html_metadata_and_body() -> None:
    article = read_article(DATA / "ja_court.html")
    assert article.title == "地裁、元社長に執行猶予付き判決"
    assert article.url == "https://news.example.jp/society/court-ruling"
    assert article.image_source == "https://news.example.jp/img/court.jpg"
    assert article.outlet == "例示ニュース"
    assert (article.published, article.published_from) == ("2025-06-19", "html")
    assert article.body.startswith("東京地裁は18日")
    # Navigation and footer are not the article.
    assert "トップ" not in article.body and "例示ニュース 2025" not in article.body


def test_html_flag_wins_over_metadata() -> None:
    article = read_article(DATA / "ja_court.html", published="2025-06-18")
    assert (article.published, article.published_from) == ("2025-06-18", "flag")


def test_html_date_falls_back_to_the_canonical_url() -> None:
    html = (
        '<html><head><title>見出し</title><link rel="canonical" '
        'href="https://news.example.jp/2025/02/03/x"></head><body><article>'
        "<p>これは本文の段落で、十分な長さがあります。</p></article></body></html>"
    )
    article = parse_article(html.encode(), name="x.html")
    assert (article.published, article.published_from) == ("2025-02-03", "url")


def test_html_broken_markup_still_gives_the_text() -> None:
    article = read_article(DATA / "broken.html")
    assert article.body.startswith("北海道の知床半島沖で")
    assert "巡視船3隻" in article.body
    assert "alert" not in article.body


def test_html_page_without_article_text_is_a_coded_error() -> None:
    with pytest.raises(UrazukeError) as info:
        read_article(DATA / "empty_article.html")
    assert info.value.code == "E006"


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("<!DOCTYPE html><html>", None, True),
        ("  <html lang='ja'>", None, True),
        ("<!-- c --><html>", None, True),
        ("見出し\n本文<b>太字</b>", None, False),
        ("見出し\n本文", "page.html", True),
        ("本文", "page.txt", False),
    ],
)
def test_html_detection(text: str, name: str | None, expected: bool) -> None:
    assert looks_like_html(text, name) is expected
