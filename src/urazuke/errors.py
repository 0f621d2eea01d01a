"""Every error urazuke reports to a user, named once with a stable code.

Messages live here so they can be searched, documented and reworded without touching
logic. Code raises ``UrazukeError(Errors.E001, path=...)``; the CLI prints one line and
exits non-zero, the web layer (later) maps codes to HTTP statuses.
"""

from __future__ import annotations

from enum import Enum


class Errors(Enum):
    E001 = "the input is empty (no text after decoding)"
    E002 = "the input looks binary, not text ({detail})"
    E003 = (
        "the input's encoding could not be determined: it is not UTF-8, UTF-16, "
        "Shift_JIS/CP932, EUC-JP or ISO-2022-JP"
    )
    E004 = "the input is too large ({size} bytes; the limit is {limit})"
    E005 = "no such file: {path}"
    E006 = "no article text could be extracted from the HTML"
    E007 = "bad publication date {value!r}: expected YYYY-MM-DD"
    E008 = "cannot read {path}: {detail}"
    E009 = "{path}, line {line}: not a knowledge-base record ({detail})"
    E010 = "cannot write {path}: the table format follows the suffix, .csv or .parquet"
    # The archive: fetching, feeds, the store, the HTTP API (E100 and up).
    E100 = "cannot fetch {url!r}: only http and https URLs can be fetched"
    E101 = (
        "refusing to fetch {url}: {target} is a private, loopback, link-local or otherwise "
        "non-public address (--allow-private allows it)"
    )
    E102 = "cannot fetch {url}: the host {host} could not be resolved"
    E103 = "fetching {url} failed: {detail}"
    E104 = "fetching {url} failed: the server answered HTTP {status}"
    E105 = "fetching {url} failed: the response is larger than {limit} bytes"
    E106 = "fetching {url} failed: more than {limit} redirects"
    E107 = "not an RSS or Atom feed: {detail}"
    E108 = "cannot open the archive {location}: {detail}"
    E109 = (
        "the archive {location} has schema version {found}, newer than this urazuke knows "
        "({known}): upgrade urazuke"
    )
    E110 = "unsupported archive address {location!r}: give a file path or postgresql://…"
    E111 = "the analysis failed: {detail}"
    E112 = "the verification failed: {detail}"
    E113 = "no article with id {id}"
    E114 = "no such page: {path}"
    E115 = "bad request: {detail}"
    E116 = "bad date {value!r}: expected YYYY-MM-DD"
    E117 = "storing the article failed: {detail}"
    E118 = "the archive failed: {detail}"
    E119 = "internal error"
    E120 = "a required data package is missing: {what}; reinstall urazuke (make demo)"

    def format(self, **kwargs: object) -> str:
        return f"[{self.name}] {self.value.format(**kwargs)}"


class UrazukeError(Exception):
    """A user-facing error: bad input, not a bug. ``code`` is stable, ``message`` is readable."""

    def __init__(self, error: Errors, *, source: str | None = None, **kwargs: object) -> None:
        self.error = error
        self.code = error.name
        self.source = source
        text = error.format(**kwargs)
        self.message = f"{source}: {text}" if source else text
        super().__init__(self.message)
