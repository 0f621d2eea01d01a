"""What the archive stores and returns: plain frozen records, and an analysis split into rows.

The store keeps each article's whole analysis JSON (the README's contract) for the article
page, and the claims again as rows (entities, quotes, events, flags, verdicts) so that
search and the cross-article views are queries, not JSON scans.

Identity: an article is its canonical URL when it has one, else the hash of its content
(``identity``). The same article ingested twice is one record; a URL whose content changed
becomes a new version of that record.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Generic, Literal, TypeVar
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from urazuke.errors import Errors, UrazukeError

SaveStatus = Literal["stored", "updated", "unchanged", "duplicate"]
SearchMethod = Literal["index", "scan"]

# Query parameters that track a click, not name a page.
_TRACKING = re.compile(r"^(?:utm_\w+|fbclid|gclid|yclid|mc_cid|mc_eid|ref|rss)$", re.I)
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def canonical_url(url: str | None) -> str | None:
    """The URL an article is known by: lower-case scheme and host, no default port, no
    fragment, no tracking parameters. None for anything that is not http(s)."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or not parts.hostname:
        return None
    host = parts.hostname.lower()
    if ":" in host:
        host = f"[{host}]"
    port = parts.port
    if port is not None and (scheme, port) not in (("http", 80), ("https", 443)):
        host = f"{host}:{port}"
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query) if not _TRACKING.match(k)])
    return urlunsplit((scheme, host, parts.path or "/", query, ""))


def content_hash(title: str | None, body: str) -> str:
    """SHA-256 of the normalized headline and body: what "the same content" means."""
    return hashlib.sha256(f"{title or ''}\n{body}".encode()).hexdigest()


def identity(article: dict[str, Any]) -> tuple[str, str]:
    """(key, content hash) of an article in its JSON shape."""
    digest = content_hash(article.get("title"), article["body"])
    url = canonical_url(article.get("url"))
    return (url if url else f"sha256:{digest}"), digest


def check_date(value: str | None) -> str | None:
    """A YYYY-MM-DD filter value, or E116."""
    if value is None or value == "":
        return None
    if not _DATE.match(value):
        raise UrazukeError(Errors.E116, value=value)
    return value


@dataclass(frozen=True)
class SaveResult:
    status: SaveStatus
    article_id: int
    key: str
    version: int


@dataclass(frozen=True)
class Known:
    """The latest stored version of an article key."""

    article_id: int
    version: int
    content_hash: str


@dataclass(frozen=True)
class ArticleSummary:
    id: int
    key: str
    version: int
    title: str | None
    url: str | None
    outlet: str | None
    published: str | None
    ingested_at: str
    quotes: int
    flags: int
    verified: bool


@dataclass(frozen=True)
class VersionInfo:
    id: int
    version: int
    ingested_at: str
    latest: bool


@dataclass(frozen=True)
class ArticleRecord:
    """One stored version with its analysis (the README's JSON) and its versions."""

    summary: ArticleSummary
    source: str | None
    analysis: dict[str, Any]
    verdicts: list[dict[str, Any]]
    versions: list[VersionInfo]


@dataclass(frozen=True)
class Snippet:
    """A stretch of the body around the first match; ``marks`` index ``text``."""

    text: str
    marks: list[tuple[int, int]]


@dataclass(frozen=True)
class SearchHit:
    article: ArticleSummary
    snippet: Snippet | None


@dataclass(frozen=True)
class SearchQuery:
    """Full text (whitespace-separated terms, all must occur) and filters, all optional."""

    text: str = ""
    speaker: str | None = None
    entity: str | None = None
    event_type: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    outlet: str | None = None
    flagged: bool = False
    limit: int = 20
    offset: int = 0
    # "scan" reads every row (instr/strpos) instead of the trigram index: the benchmark's
    # baseline, and the tests' check that the index finds exactly what a scan finds.
    method: SearchMethod = "index"

    @property
    def terms(self) -> list[str]:
        return self.text.split()


@dataclass(frozen=True)
class QuoteRow:
    article_id: int
    article_title: str | None
    published: str | None
    position: int
    text: str
    kind: str | None
    speaker: str | None
    speaker_entity: str | None
    verb: str | None
    date: str | None
    span: tuple[int, int] | None


@dataclass(frozen=True)
class EventRow:
    article_id: int
    article_title: str | None
    published: str | None
    position: int
    actor: str | None
    action: str | None
    plover: str | None
    cameo: str | None
    target: str | None
    place: str | None
    date: str | None
    negated: bool
    data: dict[str, Any]


@dataclass(frozen=True)
class FlagRow:
    article_id: int
    article_title: str | None
    published: str | None
    position: int
    kind: str | None
    severity: str | None
    message_ja: str | None
    message_en: str | None
    data: dict[str, Any]


@dataclass(frozen=True)
class EntitySummary:
    name: str
    kind: str | None
    articles: int
    quotes: int


T = TypeVar("T")
U = TypeVar("U")


@dataclass(frozen=True)
class Page(Generic[T]):
    items: list[T]
    limit: int
    offset: int
    next_offset: int | None

    def map(self, fn: Callable[[T], U]) -> Page[U]:
        return Page([fn(item) for item in self.items], self.limit, self.offset, self.next_offset)


@dataclass(frozen=True)
class StoreInfo:
    backend: str
    location: str
    schema_version: int
    articles: int
    versions: int
    quotes: int
    flags: int


@dataclass(frozen=True)
class Rows:
    """An analysis split into the rows the claim tables hold."""

    entities: list[dict[str, Any]] = field(default_factory=list)
    names: list[tuple[str, str]] = field(default_factory=list)  # (entity id, a form)
    # (event position, name, entity id): an event's actor and the members of a group actor
    actors: list[tuple[int, str, str | None]] = field(default_factory=list)
    quotes: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    flags: list[dict[str, Any]] = field(default_factory=list)
    verdicts: list[dict[str, Any]] = field(default_factory=list)


def _text(value: Any) -> str | None:
    """A claim field as text: a string, a name inside a dict, else its JSON-ish str."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        for key in ("name", "text", "value", "label", "code"):
            if isinstance(value.get(key), str):
                return str(value[key])
        return None
    return str(value)


def _span(value: Any) -> tuple[int, int] | None:
    if value is None:
        return None
    start, end = value  # a malformed span is a bug upstream: raise inside the transaction
    return int(start), int(end)


def _party(value: Any, names: dict[str, str]) -> tuple[str | None, str | None]:
    """An event's actor or target as (name, entity id): an entity id, a name, or a dict."""
    if isinstance(value, dict):
        entity = value.get("entity") if isinstance(value.get("entity"), str) else None
        name = _text(value) or (names.get(entity) if entity else None)
        return name, entity
    text = _text(value)
    if text is not None and text in names:
        return names[text], text
    return text, None


def split_rows(analysis: dict[str, Any], verdicts: list[dict[str, Any]]) -> Rows:
    """The claim rows of one analysis (its JSON shape) and its verdicts."""
    rows = Rows(verdicts=list(verdicts))
    names: dict[str, str] = {}
    for e in analysis.get("entities", []):
        names[e["id"]] = e["name"]
        forms = dict.fromkeys([e["name"], *(m["text"] for m in e.get("mentions", []))])
        rows.entities.append(
            {
                "entity_key": e["id"],
                "name": e["name"],
                "kind": e.get("kind"),
                "country": e.get("country"),
                "kb": e.get("kb"),
                "roles": list(e.get("roles", [])),
                "mentions": len(e.get("mentions", [])),
            }
        )
        rows.names.extend((e["id"], form) for form in forms)
    for i, q in enumerate(analysis.get("quotes", [])):
        speaker = q.get("speaker") or {}
        rows.quotes.append(
            {
                "position": i,
                "text": q["text"],
                "kind": q.get("kind"),
                "speaker_name": speaker.get("name"),
                "speaker_entity": speaker.get("entity"),
                "verb": q.get("verb"),
                "date": q.get("date"),
                "span": _span(q.get("span")),
                "sentence": q.get("sentence"),
            }
        )
    for i, ev in enumerate(analysis.get("events", [])):
        actor, actor_entity = _party(ev.get("actor"), names)
        if actor is not None:
            rows.actors.append((i, actor, actor_entity))
        members = ev["actor"].get("members") if isinstance(ev.get("actor"), dict) else None
        for member in members or []:
            name, entity = _party(member, names)
            if name is not None:
                rows.actors.append((i, name, entity))
        target, _ = _party(ev.get("target"), names)
        rows.events.append(
            {
                "position": i,
                "actor_name": actor,
                "actor_entity": actor_entity,
                "action": _text(ev.get("action")),
                "plover": _text(ev.get("plover")),
                "cameo": _text(ev.get("cameo")),
                "target_name": target,
                "place": _text(ev.get("place")),
                "date": _text(ev.get("date")),
                "negated": bool(ev.get("negated")),
                "data": ev,
            }
        )
    for i, f in enumerate(analysis.get("flags", [])):
        rows.flags.append(
            {
                "position": i,
                "kind": _text(f.get("kind")),
                "severity": _text(f.get("severity")),
                "message_ja": _text(f.get("message_ja")),
                "message_en": _text(f.get("message_en")),
                "data": f,
            }
        )
    return rows


def snippet(body: str, terms: list[str], width: int = 60) -> Snippet | None:
    """The body around the first term found, with every term found in that stretch marked."""
    terms = [t for t in terms if t]
    if not terms:
        return None
    pattern = re.compile("|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True)), re.I)
    first = pattern.search(body)
    if first is None:
        return None
    start = max(0, first.start() - width // 2)
    end = min(len(body), start + width * 2)
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(body) else ""
    shift = len(prefix) - start
    marks = [(m.start() + shift, m.end() + shift) for m in pattern.finditer(body, start, end)]
    return Snippet(prefix + body[start:end] + suffix, marks)
