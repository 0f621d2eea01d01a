"""Publication dates: the user's flag, else the page's metadata, else the URL's path."""

from __future__ import annotations

import datetime as dt
import re

from urazuke.errors import Errors, UrazukeError

_URL_DATES = (
    re.compile(r"/((?:19|20)\d\d)/(\d{1,2})/(\d{1,2})(?:/|$|[^\d])"),  # /2024/11/16/
    re.compile(r"[/_-]((?:19|20)\d\d)-(\d\d)-(\d\d)(?:[^\d]|$)"),  # /2024-11-16
    re.compile(r"[/_-]((?:19|20)\d\d)(\d\d)(\d\d)(?:[^\d]|$)"),  # /20241116
)


def _valid(year: str, month: str, day: str) -> str | None:
    try:
        return dt.date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None


def date_from_url(url: str | None) -> str | None:
    """A YYYY-MM-DD found in a URL's path, or None."""
    if not url:
        return None
    path = re.sub(r"^[a-z][a-z0-9+.-]*://[^/]*", "", url, flags=re.I)
    for pattern in _URL_DATES:
        for m in pattern.finditer(path):
            if (found := _valid(*m.groups())) is not None:
                return found
    return None


def parse_flag_date(value: str) -> str:
    """Validate ``--published``; accepts YYYY-MM-DD (and YYYY/MM/DD)."""
    m = re.fullmatch(r"\s*(\d{4})[-/](\d{1,2})[-/](\d{1,2})\s*", value)
    found = _valid(*m.groups()) if m else None
    if found is None:
        raise UrazukeError(Errors.E007, value=value)
    return found


def normalize_meta_date(value: str | None) -> str | None:
    """The date part of an ISO-like metadata value (2024-11-16T09:00:00Z → 2024-11-16)."""
    if not value:
        return None
    m = re.match(r"(\d{4})-(\d{1,2})-(\d{1,2})", value.strip())
    return _valid(*m.groups()) if m else None
