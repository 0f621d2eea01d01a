"""Normalization and truncation."""

from __future__ import annotations

import pytest

from urazuke.ingest.normalize import detect_language, is_truncated, normalize_text


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("記事はここで終わります。", False),
        ("記事は途中で…", True),
        ("伝えています。…", True),
        ("伝えています。...", True),
        ("伝えています・・・", True),
        ("本文。\n続きは有料会員の方のみお読みいただけます", True),
        ("本文。続きを読む", True),
        ("本文。（続く）", True),
        ("本文。(続く)\n", True),
        ("「まだ…」と言った。", False),
        ("…という見方もある。", False),
    ],
)
def test_normalize_truncation(body: str, expected: bool) -> None:
    assert is_truncated(body) is expected


def test_normalize_keeps_visible_characters() -> None:
    text = "全角ＡＢＣ１２３と　和文スペース。\r\n次の行\u200b。  \n"
    assert normalize_text(text) == "全角ＡＢＣ１２３と　和文スペース。\n次の行。"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("日本語の文章です。", "ja"), ("An English report about Lima.", "en"), ("12345", "ja")],
)
def test_normalize_language(text: str, expected: str) -> None:
    assert detect_language(text) == expected
