"""The pages: an article with its findings marked, search with filters, a speaker's quotes.

Server-rendered with Jinja2 (autoescape on), no JavaScript and no build step.
"""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import urlencode

import jinja2
from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.templating import Jinja2Templates

from urazuke.errors import Errors, UrazukeError
from urazuke.store import SearchQuery
from urazuke.web.app import HERE, StoreDep
from urazuke.web.render import highlight, marks_of, path_part, safe_url, snippet_html

router = APIRouter(include_in_schema=False)

# Autoescaping for every template, whatever its name: articles are untrusted input.
_env = jinja2.Environment(
    loader=jinja2.FileSystemLoader(HERE / "templates"),
    autoescape=True,
    undefined=jinja2.StrictUndefined,
)
_env.filters["safe_url"] = safe_url
_env.filters["path_part"] = path_part
_env.filters["snippet"] = lambda s: snippet_html(s.text, s.marks) if s else ""
templates = Jinja2Templates(env=_env)

PAGE = 20


def _page_links(request: Request, offset: int, next_offset: int | None) -> dict[str, str | None]:
    params = {k: v for k, v in request.query_params.items() if k != "offset" and v != ""}

    def link(to: int) -> str:
        return f"{request.url.path}?{urlencode({**params, 'offset': to})}"

    return {
        "prev": link(max(0, offset - PAGE)) if offset > 0 else None,
        "next": link(next_offset) if next_offset is not None else None,
    }


def _party(value: Any, names: dict[str, str]) -> str:
    """An event's actor, target or place for display: an entity id becomes its name."""
    if value is None or value == "":
        return "—"
    if isinstance(value, str):
        return names.get(value, value)
    if isinstance(value, dict):
        name = value.get("name") or names.get(str(value.get("entity")))
        return str(name) if name else str(value.get("text") or "—")
    if isinstance(value, list):
        return "、".join(_party(v, names) for v in value)
    return str(value)


@router.get("/", response_class=HTMLResponse)
@router.get("/search", response_class=HTMLResponse)
def search_page(
    request: Request,
    store: StoreDep,
    q: str = "",
    speaker: str = "",
    entity: str = "",
    event_type: str = "",
    date_from: str = "",
    date_to: str = "",
    outlet: str = "",
    flagged: bool = False,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> Response:
    """The search form; without a query it lists the latest articles."""
    query = SearchQuery(
        text=q,
        speaker=speaker or None,
        entity=entity or None,
        event_type=event_type or None,
        date_from=date_from or None,
        date_to=date_to or None,
        outlet=outlet or None,
        flagged=flagged,
        limit=PAGE,
        offset=offset,
    )
    page = store.search(query)
    context: dict[str, Any] = {
        "query": query,
        "page": page,
        "outlets": store.outlets(),
        "links": _page_links(request, offset, page.next_offset),
        "filtered": bool(
            q or speaker or entity or event_type or date_from or date_to or outlet or flagged
        ),
    }
    return templates.TemplateResponse(request, "search.html", context)


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(
    request: Request, store: StoreDep, article_id: Annotated[int, Path(ge=1)]
) -> Response:
    """One article: the body with its findings marked, then each kind of finding."""
    record = store.get_article(article_id)
    if record is None:
        raise UrazukeError(Errors.E113, id=article_id)
    analysis = record.analysis
    names = {e["id"]: e["name"] for e in analysis.get("entities", [])}
    context = {
        "record": record,
        "a": analysis["article"],
        "analysis": analysis,
        "body": highlight(analysis["article"]["body"], marks_of(analysis)),
        "party": lambda value: _party(value, names),
    }
    return templates.TemplateResponse(request, "article.html", context)


@router.get("/speakers/{name:path}", response_class=HTMLResponse)
def speaker_page(
    request: Request,
    store: StoreDep,
    name: str,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> Response:
    """A speaker's quotes across articles, and the events with them as actor."""
    quotes = store.speaker_quotes(name, limit=PAGE, offset=offset)
    events = store.events(actor=name, limit=PAGE)
    context = {
        "name": name,
        "quotes": quotes,
        "events": events,
        "entities": store.entities(name=name, limit=5).items,
        "links": _page_links(request, offset, quotes.next_offset),
    }
    return templates.TemplateResponse(request, "speaker.html", context)
