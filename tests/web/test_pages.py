"""The server-rendered pages (on a real SQLite archive): the article with its findings marked,
search with filters, a speaker's page, errors — and untrusted text staying text."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from tests.web.conftest import Archive

SEED = "000_faa5431ff9e0fb6f.txt"


def _html(client: TestClient, url: str, status: int = 200) -> str:
    response = client.get(url)
    assert response.status_code == status, response.text[:500]
    assert response.headers["content-type"].startswith("text/html")
    return response.text


def test_pages_article_marks_quotes_with_their_speakers(
    pages: TestClient, sqlite_archive: Archive
) -> None:
    html = _html(pages, f"/articles/{sqlite_archive.ids[SEED]}")
    biden = re.findall(
        r'<span class="who">ジョー・バイデン</span><mark [^>]*data-speaker="ジョー・バイデン"', html
    )
    assert len(biden) >= 3
    assert "「我々は今、重要な政治の変化の瞬間に達しています」" in html
    for kind in ("entity entity-person", "entity entity-country", "time", "quantity"):
        assert f'class="{kind}' in html
    assert 'id="flags"' in html and 'id="quotes"' in html and 'id="versions"' in html
    assert '<a class="speaker" href="/speakers/%E3%82%B8%E3%83%A7%E3%83%BC' in html


def test_pages_untrusted_article_renders_as_text(
    pages: TestClient, sqlite_archive: Archive
) -> None:
    html = _html(pages, f"/articles/{sqlite_archive.ids['untrusted.txt']}")
    assert "<script>" not in html
    assert "<img src=x" not in html
    assert "<b>知らないリンク</b>" not in html
    assert "&lt;script&gt;alert(&#34;見出し&#34;)&lt;/script&gt;市民講座の案内" in html
    assert "&lt;b&gt;知らないリンク&lt;/b&gt;" in html
    # Also where the article's text is a snippet or a speaker's quote.
    assert "<script>" not in _html(pages, "/search?q=script")
    assert "<b>" not in _html(pages, "/speakers/鈴木次郎")


@pytest.mark.parametrize(
    ("query", "shown", "hidden"),
    [
        ("", ["港湾の再開発計画、市議会が承認", "日米外相、同盟の抑止力強化で一致"], []),
        ("?q=首脳", ["米国・韓国・日本の首脳"], ["港湾の再開発計画"]),
        ("?speaker=バイデン", ["日米外相", "米国・韓国・日本の首脳"], ["港湾の再開発計画"]),
        ("?outlet=港町新報", ["港湾の再開発計画"], ["日米外相"]),
        ("?date_from=2025-01-01&entity=フランス", ["鉄道労組"], ["港湾の再開発計画"]),
        ("?q=存在しない言葉", ["該当する記事はありません"], ["日米外相"]),
    ],
)
def test_pages_search_with_filters(
    pages: TestClient, query: str, shown: list[str], hidden: list[str]
) -> None:
    html = _html(pages, f"/search{query}")
    assert '<form class="search"' in html
    for text in shown:
        assert text in html
    for text in hidden:
        assert text not in html


def test_pages_search_keeps_filters_in_its_form_and_pager(pages: TestClient) -> None:
    html = _html(pages, "/search?q=は&flagged=false&outlet=")
    assert 'value="は"' in html
    one = _html(pages, "/?q=%E3%81%AF")
    assert "<mark>は</mark>" in one


def test_pages_speaker_page(pages: TestClient, sqlite_archive: Archive) -> None:
    html = _html(pages, "/speakers/バイデン")
    assert "「日米同盟はかつてなく強固だ」" in html
    assert "「我々は今、重要な政治の変化の瞬間に達しています」" in html
    assert f"/articles/{sqlite_archive.ids['alliance.txt']}#q0" in html


@pytest.mark.parametrize(("url", "code"), [("/articles/999999", "E113"), ("/nowhere", "E114")])
def test_pages_errors_are_pages_with_codes(pages: TestClient, url: str, code: str) -> None:
    html = _html(pages, url, 404)
    assert f"<code>{code}</code>" in html
