"""Text clean-up done once, before anything indexes the body.

Spans in every later stage index the body *after* this step, and the body printed with
them is that same string, so normalization can never invalidate a span.
"""

from __future__ import annotations

import re

# Characters that carry no text but would shift offsets or split words.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))
_TRAILING_SPACE = re.compile(r"[ \t\u00a0]+\n")
_MANY_NEWLINES = re.compile(r"\n{3,}")
_TRUNCATION = re.compile(
    r"(?:…|\.\.\.|・・・|(?:続きは|続きを|全文は|記事の続き)[^\n]{0,40}|[（(]続く[）)])\s*\Z"
)


def normalize_text(text: str) -> str:
    """Unify line ends, drop invisible characters, trim blank runs; keep every visible char."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_INVISIBLE)
    text = _TRAILING_SPACE.sub("\n", text)
    return _MANY_NEWLINES.sub("\n\n", text).strip()


def is_truncated(body: str) -> bool:
    """True when the text ends cut off: an ellipsis, or a 続きは… / (続く) tail."""
    return _TRUNCATION.search(body) is not None


def detect_language(text: str) -> str:
    """'ja' when the text has kana or kanji in any real share, else 'en'."""
    letters = [ch for ch in text[:5000] if ch.isalpha()]
    if not letters:
        return "ja"
    japanese = sum(1 for ch in letters if "\u3040" <= ch <= "\u30ff" or "\u4e00" <= ch <= "\u9fff")
    return "ja" if japanese / len(letters) > 0.1 else "en"
