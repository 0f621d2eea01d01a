"""The values that travel between stages: Article → Analysis, and their JSON.

Every extracted item carries ``sentence`` (an index into the body's sentences) and
``span`` (character offsets into ``Article.body``), so any later verdict can show its
evidence. The JSON keys are a contract (see DESIGN.md); add keys, never rename them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

Span = tuple[int, int]
PublishedFrom = Literal["flag", "html", "url"]


@dataclass(frozen=True)
class Article:
    """One news article, decoded and normalized; ``body`` is what every span indexes."""

    body: str
    title: str | None = None
    url: str | None = None
    source_url: str | None = None
    image_source: str | None = None
    outlet: str | None = None
    language: str = "ja"
    published: str | None = None  # ISO date, YYYY-MM-DD
    published_from: PublishedFrom | None = None
    truncated: bool = False
    encoding: str | None = None  # how the input bytes were decoded, for the report

    def to_json(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "body": self.body,
            "url": self.url,
            "source_url": self.source_url,
            "image_source": self.image_source,
            "outlet": self.outlet,
            "language": self.language,
            "published": self.published,
            "published_from": self.published_from,
            "truncated": self.truncated,
            "encoding": self.encoding,
        }


@dataclass(frozen=True)
class Sentence:
    index: int
    span: Span

    def text(self, body: str) -> str:
        return body[self.span[0] : self.span[1]]


@dataclass(frozen=True)
class Mention:
    """One occurrence of an entity; ``role`` is a title said with it (大統領, 元顧問)."""

    text: str
    span: Span
    sentence: int
    role: str | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "text": self.text,
            "span": list(self.span),
            "sentence": self.sentence,
        }
        if self.role is not None:
            out["role"] = self.role
        return out


@dataclass(frozen=True)
class Entity:
    """A person, country, organization, place or body, with all its mentions merged."""

    id: str
    name: str  # the fullest form the article gives
    kind: str  # person | country | organization | place | body | military | event
    mentions: tuple[Mention, ...]
    country: str | None = None  # ISO 3166-1 alpha-2, for countries and national bodies
    kb: str | None = None
    roles: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "kind": self.kind,
            "country": self.country,
            "roles": list(self.roles),
            "mentions": [m.to_json() for m in self.mentions],
            "kb": self.kb,
        }


@dataclass(frozen=True)
class Analysis:
    """Everything urazuke extracted from one article."""

    article: Article
    sentences: tuple[Sentence, ...]
    entities: tuple[Entity, ...] = ()
    # Claim kinds filled by later stages; each item is already in its JSON shape.
    quotes: tuple[dict[str, Any], ...] = ()
    times: tuple[dict[str, Any], ...] = ()
    quantities: tuple[dict[str, Any], ...] = ()
    events: tuple[dict[str, Any], ...] = ()
    verdicts: tuple[dict[str, Any], ...] = ()  # filled by urazuke.verify
    flags: tuple[dict[str, Any], ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "article": self.article.to_json(),
            "sentences": [list(s.span) for s in self.sentences],
            "entities": [e.to_json() for e in self.entities],
            "quotes": list(self.quotes),
            "times": list(self.times),
            "quantities": list(self.quantities),
            "events": list(self.events),
            "verdicts": list(self.verdicts),
            "flags": list(self.flags),
        }
