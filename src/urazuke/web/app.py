"""The FastAPI application: the JSON API under /api, the pages, errors with stable codes.

``create_app(location)`` opens (and creates or upgrades) the archive once; each request
then gets its own connection, so SQLite and PostgreSQL are served the same way.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated

from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException

from urazuke import __version__
from urazuke.errors import Errors, UrazukeError
from urazuke.store import Store, open_store

HERE = Path(__file__).parent
log = logging.getLogger(__name__)

# Error code → HTTP status, in one place; codes not named here are 400.
STATUS = {
    "E108": 503,
    "E109": 503,
    "E113": 404,
    "E114": 404,
    "E115": 422,
    "E116": 422,
    "E119": 500,
}


def get_store(request: Request) -> Iterator[Store]:
    """One connection per request (the schema was migrated when the app was created)."""
    store = open_store(request.app.state.location, migrate=False)
    try:
        yield store
    finally:
        store.close()


StoreDep = Annotated[Store, Depends(get_store)]


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api") or request.url.path.startswith("/openapi")


def error_response(request: Request, error: UrazukeError) -> Response:
    status = STATUS.get(error.code, 400)
    if _wants_json(request):
        return JSONResponse(
            {"error": {"code": error.code, "message": error.message}}, status_code=status
        )
    from urazuke.web.pages import templates

    return templates.TemplateResponse(
        request,
        "error.html",
        {"code": error.code, "message": error.message},
        status_code=status,
    )


def create_app(location: str) -> FastAPI:
    """The web app over the archive at ``location`` (a path or postgresql://…)."""
    with open_store(location) as store:
        resolved = store.location
    app = FastAPI(
        title="urazuke archive",
        version=__version__,
        description="Japanese news articles, their claims, verdicts and flags. "
        'Errors are JSON: {"error": {"code": "E113", "message": …}}.',
        docs_url="/docs",
    )
    app.state.location = location
    app.state.resolved = resolved

    @app.exception_handler(UrazukeError)
    async def _urazuke(request: Request, exc: UrazukeError) -> Response:
        return error_response(request, exc)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> Response:
        detail = "; ".join(
            f"{'.'.join(str(p) for p in e.get('loc', ()))}: {e.get('msg')}" for e in exc.errors()
        )
        return error_response(request, UrazukeError(Errors.E115, detail=detail))

    @app.exception_handler(HTTPException)
    async def _http(request: Request, exc: HTTPException) -> Response:
        if exc.status_code == 404:
            error = UrazukeError(Errors.E114, path=request.url.path)
        else:
            error = UrazukeError(Errors.E115, detail=str(exc.detail))
        response = error_response(request, error)
        response.status_code = exc.status_code
        return response

    @app.exception_handler(Exception)
    async def _crash(request: Request, exc: Exception) -> Response:
        log.exception("unhandled error on %s", request.url.path)
        return error_response(request, UrazukeError(Errors.E119))

    from urazuke.web.api import router as api_router
    from urazuke.web.pages import router as page_router

    app.include_router(api_router)
    app.include_router(page_router)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    return app


__all__ = ["HTMLResponse", "StoreDep", "create_app", "get_store"]
