"""RSS and Atom feeds (feedparser): which articles a feed lists.

A feed is a list of links; the archive fetches each item's page as an article. Telling a
feed from a page is by its content type or, for files and vague servers, by its first tag.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin

import feedparser  # type: ignore[import-untyped]

from urazuke.errors import Errors, UrazukeError

FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml")
FEED_SUFFIXES = (".rss", ".atom", ".xml", ".rdf")
# The first element of an RSS 0.9x/2.0, RSS 1.0 (RDF) or Atom document.
_FEED_START = re.compile(rb"<(?:rss|feed|rdf:RDF)[\s>]", re.I)


@dataclass(frozen=True)
class FeedItem:
    link: str
    title: str | None = None
    published: str | None = None  # as the feed gives it; not parsed


@dataclass(frozen=True)
class Feed:
    title: str | None
    items: tuple[FeedItem, ...]


def looks_like_feed(
    data: bytes, *, content_type: str | None = None, name: str | None = None
) -> bool:
    """Whether these bytes are an RSS/Atom feed rather than an article."""
    kind = (content_type or "").split(";")[0].strip().lower()
    if kind in FEED_TYPES:
        return True
    if kind in ("text/html", "application/xhtml+xml", "text/plain"):
        return False
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if not head.startswith(b"<"):
        return False
    if name is not None and name.lower().endswith((".html", ".htm", ".txt")):
        return False
    return _FEED_START.search(head) is not None


def parse_feed(data: bytes, *, base_url: str | None = None, source: str | None = None) -> Feed:
    """The feed's items with absolute links; E107 if this is no feed or lists nothing."""
    parsed: Any = feedparser.parse(data, response_headers={"content-location": base_url or ""})
    if not parsed.get("version") and not parsed.entries:
        reason = parsed.get("bozo_exception") or "no RSS or Atom elements"
        raise UrazukeError(Errors.E107, source=source, detail=str(reason))
    items: list[FeedItem] = []
    seen: set[str] = set()
    for entry in parsed.entries:
        link = entry.get("link") or _alternate(entry)
        if not link:
            continue
        link = urljoin(base_url, link) if base_url else link
        if link in seen:
            continue
        seen.add(link)
        items.append(FeedItem(link, entry.get("title"), entry.get("published")))
    if not items and parsed.get("bozo"):
        # A broken feed that yielded nothing: say so rather than ingest nothing silently.
        raise UrazukeError(Errors.E107, source=source, detail=str(parsed.get("bozo_exception")))
    title = parsed.feed.get("title") if parsed.get("feed") else None
    return Feed(title, tuple(items))


def _alternate(entry: Any) -> str | None:
    for link in entry.get("links", []):
        if link.get("rel", "alternate") == "alternate" and link.get("href"):
            return str(link["href"])
    return None
