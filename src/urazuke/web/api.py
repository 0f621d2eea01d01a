"""The JSON API: articles, search, entities, events, flags. Thin: each route is one call."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query

from urazuke.errors import Errors, UrazukeError
from urazuke.store import (
    ArticleRecord,
    ArticleSummary,
    EntitySummary,
    EventRow,
    FlagRow,
    Page,
    QuoteRow,
    SearchHit,
    SearchQuery,
    StoreInfo,
)
from urazuke.store.base import MAX_LIMIT
from urazuke.web.app import StoreDep

router = APIRouter(prefix="/api", tags=["api"])

Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Items per page.")]
Offset = Annotated[int, Query(ge=0, description="Items to skip; a page's next_offset.")]
Date = Annotated[str | None, Query(pattern=r"^\d{4}-\d{2}-\d{2}$", description="YYYY-MM-DD")]


@router.get("/info")
def info(store: StoreDep) -> StoreInfo:
    """The archive: back end, location, schema version and counts."""
    return store.info()


@router.get("/articles")
def list_articles(store: StoreDep, limit: Limit = 20, offset: Offset = 0) -> Page[ArticleSummary]:
    """Articles (their latest versions), newest publication first."""
    return store.list_articles(limit=limit, offset=offset)


@router.get("/articles/{article_id}")
def get_article(store: StoreDep, article_id: Annotated[int, Path(ge=1)]) -> ArticleRecord:
    """One stored version: its analysis (entities, quotes, times, quantities, events,
    flags; the README's JSON), its verdicts, and the versions of the same article."""
    record = store.get_article(article_id)
    if record is None:
        raise UrazukeError(Errors.E113, id=article_id)
    return record


@router.get("/search")
def search(
    store: StoreDep,
    q: Annotated[
        str, Query(description="Words that must all occur (Japanese: any substring).")
    ] = "",
    speaker: Annotated[
        str | None, Query(description="Quoted speaker, any form of the name.")
    ] = None,
    entity: Annotated[str | None, Query(description="An entity the article names.")] = None,
    event_type: Annotated[str | None, Query(description="PLOVER or CAMEO code, or action.")] = None,
    date_from: Date = None,
    date_to: Date = None,
    outlet: str | None = None,
    flagged: Annotated[bool, Query(description="Only articles with flags.")] = False,
    limit: Limit = 20,
    offset: Offset = 0,
) -> Page[SearchHit]:
    """Full-text search with filters; each hit has a snippet around the first match."""
    return store.search(
        SearchQuery(
            text=q,
            speaker=speaker,
            entity=entity,
            event_type=event_type,
            date_from=date_from,
            date_to=date_to,
            outlet=outlet,
            flagged=flagged,
            limit=limit,
            offset=offset,
        )
    )


@router.get("/entities")
def entities(
    store: StoreDep,
    name: Annotated[str | None, Query(description="Any form of the name.")] = None,
    kind: Annotated[str | None, Query(description="person, country, organization, …")] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> Page[EntitySummary]:
    """Entities across articles, with how many articles name them and quote them."""
    return store.entities(name=name, kind=kind, limit=limit, offset=offset)


@router.get("/entities/{name}/quotes")
def entity_quotes(
    store: StoreDep, name: str, limit: Limit = 50, offset: Offset = 0
) -> Page[QuoteRow]:
    """What a speaker said, across articles; any form of the name (バイデン: ジョー・バイデン)."""
    return store.speaker_quotes(name, limit=limit, offset=offset)


@router.get("/entities/{name}/events")
def entity_events(
    store: StoreDep, name: str, limit: Limit = 50, offset: Offset = 0
) -> Page[EventRow]:
    """Events an actor took part in as their actor, across articles."""
    return store.events(actor=name, limit=limit, offset=offset)


@router.get("/events")
def events(
    store: StoreDep,
    type: Annotated[str | None, Query(description="PLOVER or CAMEO code, or action.")] = None,
    actor: str | None = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> Page[EventRow]:
    """Events across articles."""
    return store.events(actor=actor, event_type=type, limit=limit, offset=offset)


@router.get("/flags")
def flags(
    store: StoreDep,
    kind: str | None = None,
    severity: str | None = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> Page[FlagRow]:
    """Flags across articles, with their evidence."""
    return store.flags(kind=kind, severity=severity, limit=limit, offset=offset)
