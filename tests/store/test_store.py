"""The store against both back ends (a SQLite file, a real PostgreSQL): saving, identity and
versions, one transaction per article, search with every filter, migrations."""

from __future__ import annotations

import shutil
import sqlite3
import threading
from pathlib import Path
from typing import Any

import psycopg
import pytest

from tests.store import pg
from tests.store.sample import make_analysis
from urazuke.errors import UrazukeError
from urazuke.store import SearchQuery, Store, open_store
from urazuke.store.migrate import MIGRATIONS

BIDEN = ("ジョー・バイデン", "person", ["ジョー・バイデン", "バイデン"])
SUMMIT = make_analysis(
    "米国と日本の首脳は会談した。ジョー・バイデン大統領は「同盟は強固だ」と語った。"
    "バイデン氏は「協力を深める」とも述べた。APECの会場で開かれた。",
    title="日米首脳が会談",
    url="https://news.example.jp/2024/11/summit",
    published="2024-11-16",
    outlet="港町新報",
    entities=[BIDEN, ("日本", "country", ["日本"]), ("米国", "country", ["米国"])],
    quotes=[("「同盟は強固だ」", "ジョー・バイデン"), ("「協力を深める」", "ジョー・バイデン")],
    events=[{"actor": "e1", "action": "会談", "plover": "CONSULT", "cameo": "040", "target": "e2"}],
    flags=[
        {
            "kind": "role",
            "severity": "high",
            "message_ja": "肩書が違います",
            "message_en": "wrong title",
            "claim": {"text": "大統領", "span": [22, 25]},
            "evidence": [{"source": "kb", "text": "別の人物"}],
        }
    ],
)
HARBOR = make_analysis(
    "港南市議会は再開発計画を承認した。佐藤花子市長は「港は市の玄関口だ」と述べた。",
    title="港湾の再開発を承認",
    published="2025-03-14",
    outlet="港南日報",
    entities=[("佐藤花子", "person", ["佐藤花子"]), ("港南市議会", "body", ["港南市議会"])],
    quotes=[("「港は市の玄関口だ」", "佐藤花子")],
    events=[{"actor": "e2", "action": "承認", "plover": "AGREE"}],
)
STRIKE = make_analysis(
    "フランスの鉄道労組がストライキに入った。委員長は「戻らない」と語った。Rail strike in France.",
    title="鉄道スト",
    url="https://www.example.com/world/strike",
    published="2025-02-10",
    outlet="Example World",
    entities=[("フランス", "country", ["フランス"])],
    quotes=[("「戻らない」", None)],
)
ALL = {"summit": SUMMIT, "harbor": HARBOR, "strike": STRIKE}


def _fill(store: Store) -> dict[str, int]:
    return {name: store.save(a).article_id for name, a in ALL.items()}


def _titles(store: Store, **query: Any) -> set[str | None]:
    return {h.article.title for h in store.search(SearchQuery(**query)).items}


def test_store_saves_and_returns_the_whole_analysis(store: Store) -> None:
    saved = store.save(SUMMIT, verdicts=[{"verdict": "supported"}], source="a.txt", verified=True)
    assert (saved.status, saved.version, saved.key) == (
        "stored",
        1,
        "https://news.example.jp/2024/11/summit",
    )
    record = store.get_article(saved.article_id)
    assert record is not None
    assert record.analysis == SUMMIT
    assert record.verdicts == [{"verdict": "supported"}]
    assert record.source == "a.txt"
    s = record.summary
    assert (s.title, s.outlet, s.published, s.quotes, s.flags, s.verified) == (
        "日米首脳が会談",
        "港町新報",
        "2024-11-16",
        2,
        1,
        True,
    )
    assert store.get_article(saved.article_id + 1000) is None


def test_store_same_article_twice_is_one_record(store: Store) -> None:
    first = store.save(HARBOR)
    again = store.save(HARBOR)
    assert (again.status, again.article_id) == ("unchanged", first.article_id)
    info = store.info()
    assert (info.articles, info.versions, info.quotes) == (1, 1, 1)


def test_store_same_url_written_differently_is_the_same_article(store: Store) -> None:
    store.save(SUMMIT)
    article = dict(SUMMIT["article"], url="HTTPS://News.Example.JP/2024/11/summit?utm_source=x#c")
    assert store.save({**SUMMIT, "article": article}).status == "unchanged"


def test_store_changed_content_is_a_new_version(store: Store) -> None:
    v1 = store.save(SUMMIT)
    changed = dict(SUMMIT["article"], body=SUMMIT["article"]["body"] + "（訂正あり）")
    v2 = store.save({**SUMMIT, "article": changed})
    assert (v2.status, v2.version, v2.key) == ("updated", 2, v1.key)
    record = store.get_article(v1.article_id)
    assert record is not None
    assert [(v.version, v.latest) for v in record.versions] == [(2, True), (1, False)]
    # Search and lists show the latest version only.
    assert [h.article.id for h in store.search(SearchQuery(text="会談")).items] == [v2.article_id]
    assert store.info().articles == 1 and store.info().versions == 2


def test_store_text_without_url_already_stored_under_a_url_is_a_duplicate(store: Store) -> None:
    first = store.save(SUMMIT)
    copy = dict(SUMMIT["article"], url=None)
    dup = store.save({**SUMMIT, "article": copy})
    assert (dup.status, dup.article_id) == ("duplicate", first.article_id)


def test_store_failed_save_leaves_nothing_behind(store: Store) -> None:
    """One transaction per article: a save that fails halfway — the driver refuses a quote
    whose text is no text, after the article row and its entities were written — leaves no
    row, and the version it would have replaced stays the latest."""
    v1 = store.save(SUMMIT)
    broken = dict(SUMMIT, quotes=[{**SUMMIT["quotes"][0], "text": {"not": "text"}}])
    broken["article"] = dict(SUMMIT["article"], body=SUMMIT["article"]["body"] + "追記")
    with pytest.raises(UrazukeError) as err:
        store.save(broken)
    assert err.value.code == "E117"
    info = store.info()
    assert (info.articles, info.versions, info.quotes, info.flags) == (1, 1, 2, 1)
    assert [h.article.id for h in store.search(SearchQuery(text="追記")).items] == []
    assert [h.article.id for h in store.search(SearchQuery(text="会談")).items] == [v1.article_id]
    assert store.entities(name="ジョー・バイデン").items[0].articles == 1
    assert store.save(SUMMIT).status == "unchanged"


SEARCHES: list[tuple[dict[str, Any], set[str]]] = [
    ({"text": "会談"}, {"日米首脳が会談"}),  # 2 characters: the instr() fallback
    ({"text": "首"}, {"日米首脳が会談"}),  # 1 character
    ({"text": "再開発計画"}, {"港湾の再開発を承認"}),  # 3+ characters: the trigram index
    ({"text": "ストライキ"}, {"鉄道スト"}),
    ({"text": "apec"}, {"日米首脳が会談"}),  # Latin letters ignore case
    ({"text": "RAIL strike"}, {"鉄道スト"}),
    ({"text": "首脳 同盟は強固"}, {"日米首脳が会談"}),  # every term must occur
    ({"text": "首脳 ストライキ"}, set()),
    ({"text": "日米首脳"}, {"日米首脳が会談"}),  # the headline is searched too
    ({"text": 'a"b'}, set()),  # quotes in a term are text, not FTS syntax
    ({"text": "会談 OR 承認"}, set()),
    ({"speaker": "ジョー・バイデン"}, {"日米首脳が会談"}),
    ({"speaker": "バイデン"}, {"日米首脳が会談"}),  # any form of the speaker's name
    ({"speaker": "佐藤花子"}, {"港湾の再開発を承認"}),
    ({"entity": "フランス"}, {"鉄道スト"}),
    ({"entity": "バイデン"}, {"日米首脳が会談"}),
    ({"event_type": "CONSULT"}, {"日米首脳が会談"}),
    ({"event_type": "040"}, {"日米首脳が会談"}),
    ({"event_type": "承認"}, {"港湾の再開発を承認"}),
    ({"date_from": "2025-01-01"}, {"港湾の再開発を承認", "鉄道スト"}),
    ({"date_to": "2025-02-10"}, {"日米首脳が会談", "鉄道スト"}),
    ({"date_from": "2025-02-11", "date_to": "2025-12-31"}, {"港湾の再開発を承認"}),
    ({"outlet": "港南日報"}, {"港湾の再開発を承認"}),
    ({"flagged": True}, {"日米首脳が会談"}),
    ({"text": "は", "flagged": True, "speaker": "バイデン"}, {"日米首脳が会談"}),
    ({"text": "は", "outlet": "港南日報", "event_type": "CONSULT"}, set()),
    ({}, {"日米首脳が会談", "港湾の再開発を承認", "鉄道スト"}),
]


@pytest.mark.parametrize(("query", "titles"), SEARCHES)
def test_store_search(store: Store, query: dict[str, Any], titles: set[str]) -> None:
    _fill(store)
    assert _titles(store, **query) == titles


@pytest.mark.parametrize("text", ["会談", "再開発計画", "apec", "RAIL strike", "は 計画", "X"])
def test_store_search_index_finds_what_a_scan_finds(store: Store, text: str) -> None:
    _fill(store)
    assert _titles(store, text=text, method="index") == _titles(store, text=text, method="scan")


def test_store_search_pages_newest_first(store: Store) -> None:
    _fill(store)
    first = store.search(SearchQuery(limit=2))
    assert [h.article.published for h in first.items] == ["2025-03-14", "2025-02-10"]
    assert first.next_offset == 2
    second = store.search(SearchQuery(limit=2, offset=2))
    assert [h.article.published for h in second.items] == ["2024-11-16"]
    assert second.next_offset is None


def test_store_search_snippet_marks_the_match(store: Store) -> None:
    _fill(store)
    (hit,) = store.search(SearchQuery(text="玄関口")).items
    assert hit.snippet is not None
    assert [hit.snippet.text[s:e] for s, e in hit.snippet.marks] == ["玄関口"]


def test_store_bad_date_filter_is_e116(store: Store) -> None:
    with pytest.raises(UrazukeError) as err:
        store.search(SearchQuery(date_from="16/11/2024"))
    assert err.value.code == "E116"


def test_store_speaker_quotes_across_articles(store: Store) -> None:
    ids = _fill(store)
    other = make_analysis(
        "バイデン大統領は「支援を続ける」と述べた。",
        title="支援継続",
        published="2025-01-05",
        entities=[("バイデン", "person", ["バイデン"])],
        quotes=[("「支援を続ける」", "バイデン")],
    )
    ids["other"] = store.save(other).article_id
    page = store.speaker_quotes("バイデン")
    assert [(q.article_id, q.text) for q in page.items] == [
        (ids["other"], "「支援を続ける」"),
        (ids["summit"], "「同盟は強固だ」"),
        (ids["summit"], "「協力を深める」"),
    ]
    assert [q.text for q in store.speaker_quotes("ジョー・バイデン").items] == [
        "「同盟は強固だ」",
        "「協力を深める」",
    ]
    assert store.speaker_quotes("誰でもない").items == []


def test_store_events_flags_and_entities_across_articles(store: Store) -> None:
    ids = _fill(store)
    events = store.events(actor="バイデン").items
    assert [(e.article_id, e.actor, e.plover, e.target) for e in events] == [
        (ids["summit"], "ジョー・バイデン", "CONSULT", "日本")
    ]
    assert [e.action for e in store.events(event_type="AGREE").items] == ["承認"]
    group = make_analysis(
        "日本と韓国の首脳は会談した。",
        title="日韓首脳会談",
        published="2025-05-01",
        entities=[("日本", "country", ["日本"]), ("韓国", "country", ["韓国"])],
        events=[
            {
                "actor": {
                    "name": "日本と韓国の首脳",
                    "entity": None,
                    "members": [{"name": "日本", "entity": "e1"}, {"name": "韓国", "entity": "e2"}],
                },
                "action": "会談",
                "plover": "CONSULT",
            }
        ],
    )
    store.save(group)
    assert [e.actor for e in store.events(actor="韓国").items] == ["日本と韓国の首脳"]
    assert [e.actor for e in store.events(actor="日本と韓国の首脳").items] == ["日本と韓国の首脳"]
    (flag,) = store.flags().items
    assert (flag.article_id, flag.kind, flag.severity) == (ids["summit"], "role", "high")
    assert flag.data["evidence"] == [{"source": "kb", "text": "別の人物"}]
    assert store.flags(severity="low").items == []
    people = {e.name: (e.articles, e.quotes) for e in store.entities(kind="person").items}
    assert people == {"ジョー・バイデン": (1, 2), "佐藤花子": (1, 1)}
    assert [e.name for e in store.entities(name="バイデン").items] == ["ジョー・バイデン"]


def test_store_two_writers_of_one_article_make_one_record(location: str) -> None:
    results: list[str] = []

    def write() -> None:
        with open_store(location) as s:
            results.append(s.save(SUMMIT).status)

    threads = [threading.Thread(target=write) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(results) == ["stored", "unchanged", "unchanged", "unchanged"]
    with open_store(location) as s:
        assert s.info().versions == 1


def test_store_migrations_are_versioned(location: str, tmp_path: Path) -> None:
    with open_store(location) as s:
        assert s.schema_version() == 1
        s.save(HARBOR)
    with open_store(location) as s:  # reopening applies nothing
        assert s.schema_version() == 1
        assert s.migrate() == []  # type: ignore[attr-defined]
        # A later migration, in a copy of the folder: applied once, data kept.
        backend = s.backend
        folder = tmp_path / "migrations"
        shutil.copytree(MIGRATIONS / backend, folder)
        (folder / "0002_note.sql").write_text("ALTER TABLE articles ADD COLUMN note TEXT;\n")
        assert s.migrate(folder) == [2]  # type: ignore[attr-defined]
        assert s.migrate(folder) == []  # type: ignore[attr-defined]
        assert s.info().articles == 1
    # This code knows version 1 only: a newer archive is refused, never written to.
    for migrate in (True, False):
        with pytest.raises(UrazukeError) as err:
            open_store(location, migrate=migrate)
        assert err.value.code == "E109"


def test_store_text_index_is_used(store: Store) -> None:
    """The query names the very expression (PostgreSQL) or table (SQLite) the index has."""
    _fill(store)
    where, params = store._text_condition(["再開発計画"], "index")
    sql = f"SELECT a.id FROM articles a WHERE {where}"
    if store.backend == "sqlite":
        plan = store._query(f"EXPLAIN QUERY PLAN {sql}", params)
        assert any("articles_fts" in str(r["detail"]) for r in plan)
    else:
        store._query("SET enable_seqscan = off")
        plan = store._query(f"EXPLAIN {sql}", params)
        assert any("articles_text_trgm" in r["QUERY PLAN"] for r in plan)


def test_store_sqlite_is_one_file_in_wal_mode(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "a.sqlite3"
    with open_store(str(path)) as s:
        s.save(HARBOR)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()
    with open_store(f"sqlite:///{path}") as s:
        assert s.info().articles == 1


@pytest.mark.parametrize(
    ("location", "code"),
    [
        ("mysql://example/db", "E110"),
        ("postgresql://nobody@127.0.0.1:1/none", "E108"),
        ("/proc/no/such/place/a.sqlite3", "E108"),
    ],
)
def test_store_bad_location(location: str, code: str) -> None:
    with pytest.raises(UrazukeError) as err:
        open_store(location)
    assert err.value.code == code


def test_store_default_location_follows_the_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from urazuke.store import default_location, resolve_location

    monkeypatch.delenv("URAZUKE_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert default_location() == str(tmp_path / "urazuke" / "archive.sqlite3")
    assert resolve_location(None) == default_location()
    monkeypatch.setenv("URAZUKE_DB", "/x/y.sqlite3")
    assert resolve_location(None) == "/x/y.sqlite3"
    assert resolve_location("/z.sqlite3") == "/z.sqlite3"


def test_store_postgres_driver_errors_are_e117() -> None:
    """A NUL character is legal in SQLite text but not in PostgreSQL's: the driver's error
    becomes E117 and the transaction leaves nothing."""
    with pg.database() as url, open_store(url) as s:
        with pytest.raises(UrazukeError) as err:
            s.save(make_analysis("本文\x00です", title="NUL"))
        assert err.value.code == "E117"
        assert isinstance(err.value.__cause__, psycopg.Error)
        assert s.info().versions == 0


@pytest.mark.parametrize(("query", "titles"), SEARCHES)
def test_store_sqlite_common_text_walks_by_date_with_the_same_hits(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, query: dict[str, Any], titles: set[str]
) -> None:
    """A text the index finds in COMMON articles or more is searched by walking the articles
    newest first; here every text counts as common, and the hits are the same."""
    from urazuke.store import sqlite

    monkeypatch.setattr(sqlite, "COMMON", 1)
    with open_store(str(tmp_path / "a.sqlite3")) as store:
        _fill(store)
        assert _titles(store, **query) == titles
