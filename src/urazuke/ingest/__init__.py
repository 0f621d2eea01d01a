"""Ingest: bytes from a file (later: feeds and URLs) → one normalized ``Article``.

Knows nothing of NLP. Bad input raises ``UrazukeError`` with a stable code.
"""

from __future__ import annotations

from pathlib import Path

from urazuke.errors import Errors, UrazukeError
from urazuke.ingest.dates import date_from_url, parse_flag_date
from urazuke.ingest.encoding import decode
from urazuke.ingest.html import looks_like_html, parse_html
from urazuke.ingest.normalize import detect_language, is_truncated, normalize_text
from urazuke.ingest.text import parse_plain
from urazuke.model import Article, PublishedFrom

# Real articles are a few hundred kilobytes at most, even as full HTML pages.
MAX_BYTES = 20 * 1024 * 1024

__all__ = ["MAX_BYTES", "parse_article", "read_article"]


def parse_article(
    data: bytes,
    *,
    name: str | None = None,
    published: str | None = None,
    url: str | None = None,
) -> Article:
    """Turn an article's raw bytes (plain text or HTML) into an ``Article``.

    ``published`` (YYYY-MM-DD) wins over dates found in the page or its URLs.
    """
    if len(data) > MAX_BYTES:
        raise UrazukeError(Errors.E004, source=name, size=len(data), limit=MAX_BYTES)
    decoded = decode(data, source=name)
    flag_date = parse_flag_date(published) if published is not None else None
    meta_date: str | None = None
    image_source = outlet = source_url = title = None
    if looks_like_html(decoded.text, name):
        page = parse_html(decoded.text, url=url, source=name)
        body, title, url = normalize_text(page.body), page.title, page.url
        image_source, outlet, meta_date = page.image, page.outlet, page.published
    else:
        parts = parse_plain(normalize_text(decoded.text))
        body, title = parts.body, parts.title
        source_url, image_source = parts.source_url, parts.image_source
    if not body:
        raise UrazukeError(Errors.E001, source=name)
    date, origin = _choose_date(flag_date, meta_date, url, source_url)
    return Article(
        body=body,
        title=normalize_text(title) if title else None,
        url=url,
        source_url=source_url,
        image_source=image_source,
        outlet=outlet,
        language=detect_language(body),
        published=date,
        published_from=origin,
        truncated=is_truncated(body),
        encoding=decoded.encoding,
    )


def _choose_date(
    flag: str | None, meta: str | None, url: str | None, source_url: str | None
) -> tuple[str | None, PublishedFrom | None]:
    if flag:
        return flag, "flag"
    if meta:
        return meta, "html"
    found = date_from_url(url) or date_from_url(source_url)
    return (found, "url") if found else (None, None)


def read_article(path: str | Path, *, published: str | None = None) -> Article:
    """Read one article file; errors name the file."""
    p = Path(path)
    name = str(path)
    if not p.is_file():
        raise UrazukeError(Errors.E005, path=name)
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise UrazukeError(Errors.E004, source=name, size=size, limit=MAX_BYTES)
        data = p.read_bytes()
    except OSError as exc:
        raise UrazukeError(Errors.E008, path=name, detail=exc.strerror or str(exc)) from exc
    return parse_article(data, name=name, published=published)
