"""Plain-text articles: an optional headline, an optional source line, then the body.

The seed's shape::

    見出し
    画像の出所:https://example.com/2024/11/16/story 本文が同じ行に続く。…

The source line's label may also be 出典, 出所, ソース, 元記事 or Source, with ':' or '：'.
Text with no headline (one paragraph, or a first line that reads as a sentence) is all body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_SOURCE_LINE = re.compile(
    r"^\s*(?P<label>画像の出所|画像出典|画像|写真|出典|出所|ソース|元記事|Image source|Source)"
    r"\s*[:：]\s*(?P<rest>.*)$",
    re.I,
)
_URL = re.compile(r"https?://[!-~]+")
_SENTENCE_END = "。．.!?！？」』)）"
# A headline is one short line; longer first lines are body paragraphs.
_MAX_TITLE_CHARS = 120


@dataclass(frozen=True)
class PlainParts:
    body: str
    title: str | None
    source_url: str | None
    image_source: str | None


def _split_url(rest: str) -> tuple[str | None, str]:
    m = _URL.match(rest)
    if not m:
        return None, rest
    url = m.group(0).rstrip(".,;)]}>\"'")
    return url, rest[len(url) :].lstrip()


def parse_plain(text: str) -> PlainParts:
    """Split already-normalized text into headline, source link and body."""
    lines = text.split("\n")
    title: str | None = None
    source_url = image_source = None
    start = 0
    # A source line may come first or right after the headline.
    for i in range(min(3, len(lines))):
        m = _SOURCE_LINE.match(lines[i])
        if not m:
            continue
        if i > 0:
            title = "\n".join(line for line in lines[:i] if line.strip()).strip() or None
        url, rest = _split_url(m.group("rest"))
        if url is not None:
            source_url = url
            if m.group("label").startswith(("画像", "写真", "Image")):
                image_source = url
        else:
            rest = ""  # a credit without a link ("出典: 共同") is not body text
        lines = [rest, *lines[i + 1 :]]
        start = -1
        break
    if start == 0:
        nonempty = [i for i, line in enumerate(lines) if line.strip()]
        if len(nonempty) >= 2:
            first = lines[nonempty[0]].strip()
            if len(first) <= _MAX_TITLE_CHARS and not first.endswith(tuple(_SENTENCE_END)):
                title = first
                lines = lines[nonempty[0] + 1 :]
    body = "\n".join(lines).strip()
    return PlainParts(body=body, title=title, source_url=source_url, image_source=image_source)
