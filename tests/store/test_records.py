"""Identity (canonical URL, content hash), snippets and claim rows: pure functions, as tables."""

from __future__ import annotations

import pytest

from tests.store.sample import make_analysis
from urazuke.errors import UrazukeError
from urazuke.store.records import (
    canonical_url,
    check_date,
    content_hash,
    identity,
    snippet,
    split_rows,
)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://news.example.jp/a/1", "https://news.example.jp/a/1"),
        ("HTTPS://News.Example.JP:443/a/1#top", "https://news.example.jp/a/1"),
        ("http://example.jp:80", "http://example.jp/"),
        ("http://example.jp:8080/x", "http://example.jp:8080/x"),
        ("https://example.jp/a?id=3&utm_source=rss&utm_medium=feed", "https://example.jp/a?id=3"),
        ("https://example.jp/a?fbclid=abc", "https://example.jp/a"),
        ("https://[2001:db8::1]/a", "https://[2001:db8::1]/a"),
        ("ftp://example.jp/a", None),
        ("javascript:alert(1)", None),
        ("", None),
        (None, None),
    ],
)
def test_records_canonical_url(url: str | None, expected: str | None) -> None:
    assert canonical_url(url) == expected


def test_records_identity_is_the_url_else_the_content() -> None:
    with_url = make_analysis("本文です。", title="見出し", url="https://example.jp/a#x")
    without = make_analysis("本文です。", title="見出し")
    assert identity(with_url["article"]) == (
        "https://example.jp/a",
        content_hash("見出し", "本文です。"),
    )
    key, digest = identity(without["article"])
    assert key == f"sha256:{digest}"
    # The headline is part of the content: the same body under another headline differs.
    assert identity(make_analysis("本文です。", title="別の見出し")["article"])[0] != key


@pytest.mark.parametrize(
    ("body", "terms", "text", "marked"),
    [
        ("首脳会談が開かれた。", ["首脳"], "首脳会談が開かれた。", ["首脳"]),
        ("あ" * 100 + "米国と韓国" + "い" * 100, ["米国"], None, ["米国"]),
        ("APEC summit and apec again", ["apec"], None, ["APEC", "apec"]),
        ("何もない", ["首脳"], None, None),
    ],
)
def test_records_snippet_marks_every_match(
    body: str, terms: list[str], text: str | None, marked: list[str] | None
) -> None:
    found = snippet(body, terms)
    if marked is None:
        assert found is None
        return
    assert found is not None
    if text is not None:
        assert found.text == text
    assert [found.text[s:e] for s, e in found.marks] == marked


@pytest.mark.parametrize(
    ("value", "ok"), [("2024-11-16", True), (None, True), ("", True), ("2024/11/16", False)]
)
def test_records_check_date(value: str | None, ok: bool) -> None:
    if ok:
        check_date(value)
    else:
        with pytest.raises(UrazukeError) as err:
            check_date(value)
        assert err.value.code == "E116"


@pytest.mark.parametrize(
    ("actor", "name", "entity"),
    [
        ("e1", "山田太郎", "e1"),  # an entity id
        ("港南市", "港南市", None),  # a plain name
        ({"name": "山田太郎", "entity": "e1"}, "山田太郎", "e1"),
        ({"entity": "e1"}, "山田太郎", "e1"),
        (None, None, None),
    ],
)
def test_records_event_actor_in_any_shape(
    actor: object, name: str | None, entity: str | None
) -> None:
    data = make_analysis(
        "山田太郎氏が訪問した。",
        entities=[("山田太郎", "person", ["山田太郎"])],
        events=[{"actor": actor, "action": "訪問", "plover": "CONSULT"}],
    )
    (row,) = split_rows(data, []).events
    assert (row["actor_name"], row["actor_entity"]) == (name, entity)


def test_records_entity_names_hold_every_form() -> None:
    data = make_analysis(
        "ジョー・バイデン大統領は語った。バイデン氏は続けた。",
        entities=[("ジョー・バイデン", "person", ["ジョー・バイデン", "バイデン"])],
    )
    assert sorted(split_rows(data, []).names) == [("e1", "ジョー・バイデン"), ("e1", "バイデン")]


def test_records_group_actors_list_their_members() -> None:
    data = make_analysis(
        "日本と韓国は会談した。",
        entities=[("日本", "country", ["日本"]), ("韓国", "country", ["韓国"])],
        events=[
            {
                "actor": {
                    "name": "日本と韓国",
                    "entity": None,
                    "members": [{"name": "日本", "entity": "e1"}, {"name": "韓国", "entity": "e2"}],
                },
                "action": "会談",
                "plover": "CONSULT",
            }
        ],
    )
    rows = split_rows(data, [])
    assert rows.actors == [(0, "日本と韓国", None), (0, "日本", "e1"), (0, "韓国", "e2")]
