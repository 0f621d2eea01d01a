"""An article's body as HTML with its findings marked: quotes labelled with their speakers,
entities, times, quantities, events and flagged claims.

Articles are untrusted input. Every piece of text and every attribute value goes through
``markupsafe.escape``; nothing from an article reaches the page unescaped. Marks may
overlap in any way: where one crosses another's boundary it is closed and reopened, so the
HTML always nests.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote, urlsplit

from markupsafe import Markup, escape

# Outer first when two marks start and end together.
RANK = {"quote": 0, "flagged": 1, "event": 2, "entity": 3, "time": 4, "quantity": 5}
UNKNOWN_SPEAKER = "話者不明"


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    kind: str  # a key of RANK
    attrs: dict[str, str] = field(default_factory=dict)
    label: str | None = None  # shown before the mark (a quote's speaker)

    @property
    def tag(self) -> str:
        return "mark" if self.kind == "quote" else "span"


def _span(item: dict[str, Any]) -> tuple[int, int] | None:
    span = item.get("span")
    if isinstance(span, list | tuple) and len(span) == 2:
        start, end = span
        if isinstance(start, int) and isinstance(end, int):
            return start, end
    return None


def safe_url(url: object) -> str | None:
    """A link target from an article, only if it is http(s): never ``javascript:``."""
    if not isinstance(url, str):
        return None
    return url if urlsplit(url.strip()).scheme.lower() in ("http", "https") else None


def path_part(text: object) -> str:
    """Text made safe for one segment of a URL path."""
    return quote(str(text), safe="")


def marks_of(analysis: dict[str, Any]) -> list[Mark]:
    """The marks of every finding that has a span in the body."""
    marks: list[Mark] = []
    for i, q in enumerate(analysis.get("quotes", [])):
        if (span := _span(q)) is None:
            continue
        speaker = (q.get("speaker") or {}).get("name")
        kind = str(q.get("kind") or "")
        attrs = {"id": f"q{i}", "class": f"quote quote-{kind}", "data-kind": kind}
        label = None
        if kind != "term":
            attrs["data-speaker"] = speaker or UNKNOWN_SPEAKER
            label = speaker or UNKNOWN_SPEAKER
        marks.append(Mark(*span, "quote", attrs, label))
    for e in analysis.get("entities", []):
        for m in e.get("mentions", []):
            if (span := _span(m)) is not None:
                title = f"{e.get('name')}（{e.get('kind')}）"
                attrs = {
                    "class": f"entity entity-{e.get('kind')}",
                    "data-entity": str(e.get("id")),
                    "title": title,
                }
                marks.append(Mark(*span, "entity", attrs))
    for t in analysis.get("times", []):
        if (span := _span(t)) is not None:
            attrs = {"class": "time", "title": f"{t.get('value')}（{t.get('precision')}）"}
            marks.append(Mark(*span, "time", attrs))
    for n in analysis.get("quantities", []):
        if (span := _span(n)) is not None:
            value = n.get("value")
            shown = "〜".join(map(str, value)) if isinstance(value, list) else str(value)
            attrs = {"class": "quantity", "title": f"{shown} {n.get('unit') or ''}".strip()}
            marks.append(Mark(*span, "quantity", attrs))
    for ev in analysis.get("events", []):
        if (span := _span(ev)) is not None:
            what = ev.get("plover") or ev.get("cameo") or ev.get("action")
            marks.append(Mark(*span, "event", {"class": "event", "title": str(what)}))
    for i, f in enumerate(analysis.get("flags", [])):
        claim = f.get("claim")
        if isinstance(claim, dict) and (span := _span(claim)) is not None:
            attrs = {
                "id": f"flagged{i}",
                "class": "flagged",
                "data-flag": f"flag{i}",
                "title": str(f.get("message_ja")),
            }
            marks.append(Mark(*span, "flagged", attrs))
    return marks


def _open(mark: Mark, first: bool) -> str:
    attrs = dict(mark.attrs)
    if not first:
        attrs.pop("id", None)
        attrs["class"] = attrs.get("class", "") + " cont"
    rendered = "".join(f' {escape(k)}="{escape(v)}"' for k, v in attrs.items())
    label = ""
    if first and mark.label:
        label = f'<span class="who">{escape(mark.label)}</span>'
    return f"{label}<{mark.tag}{rendered}>"


def highlight(body: str, marks: list[Mark]) -> Markup:
    """``body`` escaped, with ``marks`` as properly nested elements."""
    valid = [m for m in marks if 0 <= m.start < m.end <= len(body)]
    order = sorted(
        range(len(valid)), key=lambda i: (valid[i].start, -valid[i].end, RANK[valid[i].kind])
    )
    bounds = sorted({0, len(body), *(m.start for m in valid), *(m.end for m in valid)})
    out: list[str] = []
    stack: list[int] = []
    opened: set[int] = set()
    for a, b in itertools.pairwise(bounds):
        active = [i for i in order if valid[i].start <= a and b <= valid[i].end]
        keep = 0
        while keep < len(stack) and stack[keep] in active:
            keep += 1
        for i in reversed(stack[keep:]):
            out.append(f"</{valid[i].tag}>")
        del stack[keep:]
        for i in active:
            if i not in stack:
                out.append(_open(valid[i], i not in opened))
                opened.add(i)
                stack.append(i)
        out.append(str(escape(body[a:b])))
    for i in reversed(stack):
        out.append(f"</{valid[i].tag}>")
    return Markup("".join(out))


def snippet_html(text: str, marks: list[tuple[int, int]]) -> Markup:
    """A search snippet with its matches in <mark>, escaped."""
    out: list[str] = []
    last = 0
    for start, end in marks:
        out.append(str(escape(text[last:start])))
        out.append(f"<mark>{escape(text[start:end])}</mark>")
        last = end
    out.append(str(escape(text[last:])))
    return Markup("".join(out))
