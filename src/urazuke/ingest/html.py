"""HTML pages through trafilatura: main text, title, date, canonical URL, image, site name."""

from __future__ import annotations

import re
from dataclasses import dataclass

import trafilatura

from urazuke.errors import Errors, UrazukeError
from urazuke.ingest.dates import normalize_meta_date

_HTML_START = re.compile(r"\A\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)


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


def parse_html(html: str, *, url: str | None = None, source: str | None = None) -> HtmlParts:
    """Extract the article from a page; raise E006 when there is no article text."""
    doc = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        # Only dates the page states about itself; a guess from body text would be
        # reported as "html" when it is not.
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        raise UrazukeError(Errors.E006, source=source)
    return HtmlParts(
        body=text,
        title=getattr(doc, "title", None) or None,
        url=getattr(doc, "url", None) or url,
        published=normalize_meta_date(getattr(doc, "date", None)),
        image=getattr(doc, "image", None) or None,
        outlet=getattr(doc, "sitename", None) or None,
    )
