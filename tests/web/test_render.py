"""The body highlighter: marks nest whatever their overlaps, text is escaped, links are safe."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest

from tests.store.sample import make_analysis
from urazuke.web.render import Mark, highlight, marks_of, safe_url, snippet_html


class _Check(HTMLParser):
    """Collects the text and checks every element closes in order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.text = ""
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack.append(tag)
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack.pop() == tag, f"</{tag}> closes nothing open"

    def handle_data(self, data: str) -> None:
        if self.stack[-1:] != ["span"] or not self.tags or self.tags[-1][1].get("class") != "who":
            self.text += data


def _parse(html: str) -> _Check:
    check = _Check()
    check.feed(html)
    check.close()
    assert check.stack == []
    return check


BODY = "山田太郎は「予算は十分だ」と述べた。"


@pytest.mark.parametrize(
    "marks",
    [
        [],
        [Mark(5, 13, "quote", {"class": "quote"}, "山田太郎")],
        # An entity inside a quote, a time overlapping both ends of another mark.
        [
            Mark(5, 13, "quote", {"class": "quote"}, "山田太郎"),
            Mark(6, 8, "entity", {"class": "entity"}),
            Mark(0, 4, "entity", {"class": "entity"}),
            Mark(2, 7, "time", {"class": "time"}),
            Mark(11, 16, "quantity", {"class": "quantity"}),
        ],
        # Same span twice, a zero-length and an out-of-range mark (dropped).
        [
            Mark(0, 4, "entity", {"class": "a"}),
            Mark(0, 4, "quote", {"class": "b"}),
            Mark(3, 3, "time", {}),
            Mark(10, 999, "time", {}),
        ],
    ],
)
def test_render_marks_always_nest_and_keep_the_text(marks: list[Mark]) -> None:
    check = _parse(str(highlight(BODY, marks)))
    assert check.text == BODY


def test_render_labels_a_quote_once_with_its_speaker() -> None:
    html = str(
        highlight(
            BODY,
            [
                Mark(5, 13, "quote", {"id": "q0", "class": "quote"}, "山田太郎"),
                Mark(4, 8, "time", {"class": "time"}),  # crosses the quote's start
            ],
        )
    )
    assert html.count('<span class="who">山田太郎</span>') == 1
    assert html.count('id="q0"') == 1  # a reopened part has no id
    assert "quote cont" in html


def test_render_escapes_text_attributes_and_labels() -> None:
    body = '<script>alert("x")</script>と「<b>危険</b>」'
    analysis = make_analysis(
        body,
        entities=[('"><img src=x onerror=alert(1)>', "person", ["<script>"])],
        quotes=[("「<b>危険</b>」", '<i onmouseover="x">話者</i>')],
    )
    html = str(highlight(body, marks_of(analysis)))
    assert "<script>" not in html and "<b>" not in html and "<img" not in html
    assert "<i " not in html
    assert "&lt;script&gt;" in html
    check = _parse(html)
    assert check.text == body


@pytest.mark.parametrize(
    ("url", "safe"),
    [
        ("https://example.jp/a", "https://example.jp/a"),
        ("http://example.jp/a", "http://example.jp/a"),
        ("javascript:alert(1)", None),
        (" JavaScript:alert(1)", None),
        ("data:text/html,<script>", None),
        (None, None),
    ],
)
def test_render_links_only_to_http(url: str | None, safe: str | None) -> None:
    assert safe_url(url) == safe


def test_render_snippet_marks_are_escaped() -> None:
    html = str(snippet_html("<b>首脳</b>会談", [(3, 5)]))
    assert html == "&lt;b&gt;<mark>首脳</mark>&lt;/b&gt;会談"
