"""HTML pages through trafilatura: main text, title, date, canonical URL, image, site name."""

from __future__ import annotations

import re
from dataclasses import dataclass

import trafilatura
from htmldate import find_date

from urazuke.errors import Errors, UrazukeError
from urazuke.ingest.dates import normalize_meta_date

_HTML_START = re.compile(
    r"\A\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S
)


# Fewer visible characters than this after extraction means the page had no article.
MIN_ARTICLE_CHARS = 10


@dataclass(frozen=True)
class HtmlParts:
    body: str
    title: str | None
    url: str | None
    published: str | None
    image: str | None
    outlet: str | None


def looks_like_html(text: str, name: str | None = None) -> bool:
    if name and name.lower().endswith((".html", ".htm", ".xhtml")):
        return True
    return _HTML_START.match(text[:2000]) is not None


def _stated_date(html: str) -> str | None:
    """The date the page states about itself in its markup (meta, JSON-LD, <time>).

    Not from its URL (url="" stops htmldate reading the canonical link), so that
    ``published_from`` can say "url" for those, and not guessed from the body text.
    """
    try:
        found = find_date(html, extensive_search=False, original_date=True, url="")
    except ValueError:
        return None
    return normalize_meta_date(found)


def parse_html(html: str, *, url: str | None = None, source: str | None = None) -> HtmlParts:
    """Extract the article from a page; raise E006 when there is no article text."""
    doc = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
    )
    text = (getattr(doc, "text", None) if doc is not None else None) or ""
    title = getattr(doc, "title", None) or None
    # trafilatura keeps the page's <h1> as the body's first line; the title has it.
    first, _, rest = text.strip().partition("\n")
    if title and rest and first.strip() == title.strip():
        text = rest
    # Navigation left over from a page with no article ("home") is not an article.
    if sum(not ch.isspace() for ch in text) < MIN_ARTICLE_CHARS:
        raise UrazukeError(Errors.E006, source=source)
    return HtmlParts(
        body=text,
        title=title,
        url=getattr(doc, "url", None) or url,
        published=_stated_date(html),
        image=getattr(doc, "image", None) or None,
        outlet=getattr(doc, "sitename", None) or None,
    )
