"""Bytes → text, by one explicit cascade; never silent mojibake.

Order: byte-order mark; ISO-2022-JP escape sequences (7-bit, so they would pass as
UTF-8); strict UTF-8; the charset an HTML page declares; strict CP932 and EUC-JP, the
more plausible winning; charset-normalizer's best guess; else a loud failure.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from charset_normalizer import from_bytes

from urazuke.errors import Errors, UrazukeError

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)
# Control characters other than tab, newline, carriage return and form feed: text has
# almost none, binary formats are full of them.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str


def _plausibility(text: str) -> float:
    """Share of characters that Japanese or English news text is made of."""
    if not text:
        return 0.0
    good = 0
    for ch in text:
        o = ord(ch)
        if (
            ch.isascii()
            or 0x3040 <= o <= 0x30FF  # hiragana, katakana
            or 0x4E00 <= o <= 0x9FFF  # common CJK ideographs
            or 0x3000 <= o <= 0x303F  # CJK punctuation
            or 0xFF01 <= o <= 0xFF9F  # full-width forms, half-width katakana
        ):
            good += 1
    return good / len(text)


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _check_text(text: str, encoding: str, source: str | None) -> Decoded:
    controls = len(_CONTROL.findall(text))
    if "\x00" in text or controls > max(3, len(text) // 100):
        raise UrazukeError(Errors.E002, source=source, detail=f"{controls} control characters")
    if not text.strip():
        raise UrazukeError(Errors.E001, source=source)
    return Decoded(text, encoding)


def decode(data: bytes, *, source: str | None = None) -> Decoded:
    """Decode an article's bytes, or raise ``UrazukeError`` saying why not."""
    if not data.strip():
        raise UrazukeError(Errors.E001, source=source)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = _strict(data, encoding)
            if text is None:
                raise UrazukeError(Errors.E003, source=source)
            return _check_text(text, encoding.replace("-sig", "") + " (BOM)", source)
    if b"\x00" in data:
        raise UrazukeError(Errors.E002, source=source, detail="NUL bytes")
    if b"\x1b$" in data or b"\x1b(" in data:
        text = _strict(data, "iso2022_jp")
        if text is not None:
            return _check_text(text, "iso2022_jp", source)
    text = _strict(data, "utf-8")
    if text is not None:
        return _check_text(text, "utf-8", source)
    declared = _META_CHARSET.search(data[:4096])
    if declared:
        name = declared.group(1).decode("ascii").lower()
        text = _strict(data, name)
        if text is not None:
            return _check_text(text, name, source)
    candidates = [(enc, t) for enc in ("cp932", "euc_jp") if (t := _strict(data, enc)) is not None]
    if candidates:
        encoding, text = max(candidates, key=lambda c: _plausibility(c[1]))
        if _plausibility(text) > 0.95:
            return _check_text(text, encoding, source)
    best = from_bytes(data).best()
    if best is not None and best.encoding:
        text = str(best)
        if _plausibility(text) > 0.9:
            return _check_text(text, best.encoding, source)
    raise UrazukeError(Errors.E003, source=source)
