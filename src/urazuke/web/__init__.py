"""The archive on the web: a JSON API (FastAPI, OpenAPI at /docs) and server-rendered pages."""

from urazuke.web.app import create_app

__all__ = ["create_app"]
