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
