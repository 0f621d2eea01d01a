"""Plain-text articles: headline, source line and body, in the seed's shape and others."""

from __future__ import annotations

from pathlib import Path

import pytest

from urazuke.ingest import read_article
from urazuke.ingest.text import parse_plain

URL = "https://example.com/world/2025/01/02/story"

CASES = [
    # (text, title, source_url, image_source, body starts with)
    (
        f"見出しです\n画像の出所:{URL} 本文が同じ行に続く。次の文。",
        "見出しです",
        URL,
        URL,
        "本文が同じ行",
    ),
    (f"見出しです\n出典: {URL}\n本文は次の行から。", "見出しです", URL, None, "本文は次の行"),
    (f"見出しです\n出典：{URL}　本文は全角コロンの後。", "見出しです", URL, None, "本文は全角"),
    (f"Headline here\nSource: {URL}\n本文。", "Headline here", URL, None, "本文。"),
    (f"見出し\n\n出典:{URL}\n本文。", "見出し", URL, None, "本文。"),
    (f"画像の出所:{URL} 見出しのない本文。", None, URL, URL, "見出しのない本文"),
    ("出典: 例示通信\n本文だけがある。", None, None, None, "本文だけがある"),
    ("見出し\n本文の一文目。本文の二文目。", "見出し", None, None, "本文の一文目"),
    ("本文だけの一段落の記事です。二文目もあります。", None, None, None, "本文だけの一段落"),
    ("一文目で終わる行です。\n二段落目です。", None, None, None, "一文目で終わる行"),
    (f"見出し\n画像の出所:{URL}本文がURLに続く。", "見出し", URL, URL, "本文がURLに続く"),
    (f"見出し\n出典:{URL}).\n本文。", "見出し", URL, None, ""),
]


@pytest.mark.parametrize(("text", "title", "source_url", "image_source", "body_start"), CASES)
def test_text_parse_plain_splits_headline_source_and_body(
    text: str, title: str | None, source_url: str | None, image_source: str | None, body_start: str
) -> None:
    parts = parse_plain(text)
    assert parts.title == title
    assert parts.source_url == source_url
    assert parts.image_source == image_source
    assert parts.body.startswith(body_start)
    assert "出典" not in parts.body and "画像の出所" not in parts.body


def test_text_seed_headline_source_and_body(seed_path: Path) -> None:
    article = read_article(seed_path)
    assert article.title == "米国・韓国・日本の首脳がロシアと北朝鮮の軍事協力に反対する会見を実施"
    assert article.source_url == (
        "https://www.aljazeera.com/news/2024/11/16/"
        "us-south-korea-and-japan-slam-dangerous-ties-between-russia-north-korea"
    )
    assert article.body.startswith("2024年のAPECサミット")
    assert article.published == "2024-11-16"
    assert article.published_from == "url"
    assert article.truncated is True
    assert article.language == "ja"


def test_text_published_flag_wins_over_the_url(seed_path: Path) -> None:
    article = read_article(seed_path, published="2024-11-17")
    assert (article.published, article.published_from) == ("2024-11-17", "flag")


def test_text_crlf_and_invisible_characters_are_normalized(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes("見出し\r\n本\u200b文です。\r\n\r\n\r\n\r\n二段落目。\r\n".encode())
    article = read_article(path)
    assert article.title == "見出し"
    assert article.body == "本文です。\n\n二段落目。"
