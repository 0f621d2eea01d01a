"""The decoding cascade: every Japanese encoding in, the same text out; bad bytes, a clear error."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from tests.conftest import DATA
from urazuke.errors import UrazukeError
from urazuke.ingest import parse_article, read_article
from urazuke.ingest.encoding import decode

ENCODINGS = [
    # (how the bytes are made, the encoding decode() must report)
    ("utf-8", "utf-8"),
    ("utf-8-sig", "utf-8 (BOM)"),
    ("utf-16", "utf-16 (BOM)"),
    ("cp932", "cp932"),
    ("shift_jis", "cp932"),
    ("euc_jp", "euc_jp"),
    ("iso2022_jp", "iso2022_jp"),
]
ARTICLES = ["seed", DATA / "ja_trade_talks.txt", DATA / "ja_body_only.txt"]


def _text(which: object, seed_path: Path) -> str:
    path = seed_path if which == "seed" else Path(str(which))
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize("article", ARTICLES, ids=lambda a: Path(str(a)).name)
@pytest.mark.parametrize(("encoding", "reported"), ENCODINGS)
def test_encoding_every_japanese_encoding_gives_the_same_article(
    article: object, encoding: str, reported: str, seed_path: Path
) -> None:
    text = _text(article, seed_path)
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        # Shift_JIS proper lacks a few characters CP932 has; nothing to compare then.
        pytest.skip(f"{encoding} cannot represent this article")
    expected = parse_article(text.encode("utf-8"))
    got = parse_article(data, name=f"x.{encoding}")
    assert got.encoding == reported
    assert got.title == expected.title
    assert got.body == expected.body


def test_encoding_utf16_big_endian_with_bom() -> None:
    data = codecs.BOM_UTF16_BE + "見出し\n本文です。".encode("utf-16-be")
    assert decode(data).text == "見出し\n本文です。"


def test_encoding_shift_jis_html_declared_in_meta() -> None:
    html = (DATA / "ja_sports.html").read_text(encoding="utf-8")
    article = parse_article(html.encode("cp932"), name="ja_sports.html")
    assert article.encoding in {"shift_jis", "cp932"}
    assert article.title == "大谷翔平、今季50号本塁打"


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", "E001"),
        (b"   \n\t  \n", "E001"),
        ("\ufeff".encode(), "E001"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "E002"),
        (bytes(range(256)) * 4, "E002"),
        (b"\x7fELF\x02\x01\x01" + bytes(64), "E002"),
        # Bytes that are valid in no Japanese encoding and read as nothing plausible.
        (bytes([0x80, 0xFF, 0xFE, 0x81, 0x20, 0xA0, 0xFD]) * 40, "E003"),
    ],
    ids=["empty", "whitespace", "bom-only", "png", "all-bytes", "elf", "undecodable"],
)
def test_encoding_bad_input_raises_a_coded_error(data: bytes, code: str) -> None:
    with pytest.raises(UrazukeError) as info:
        parse_article(data, name="bad.bin")
    assert info.value.code == code
    assert info.value.message.startswith("bad.bin: [")
    assert "\n" not in info.value.message


def test_encoding_missing_file_is_a_coded_error(tmp_path: Path) -> None:
    with pytest.raises(UrazukeError) as info:
        read_article(tmp_path / "nope.txt")
    assert info.value.code == "E005"


def test_encoding_oversized_file_is_refused_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import urazuke.ingest as ingest

    monkeypatch.setattr(ingest, "MAX_BYTES", 1000)
    big = tmp_path / "big.txt"
    big.write_text("本文。" * 1000, encoding="utf-8")
    with pytest.raises(UrazukeError) as info:
        read_article(big)
    assert info.value.code == "E004"
