"""RSS and Atom feeds: which articles they list, and ingesting every item of a feed served by
a site the test starts on 127.0.0.1 (from a URL and from a file)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.conftest import DATA
from tests.store.sample import analyze_cached
from tests.web.site import Route, Site, serve
from urazuke.archive import IngestOptions, ingest
from urazuke.cli import app
from urazuke.errors import UrazukeError
from urazuke.ingest.feeds import looks_like_feed, parse_feed
from urazuke.ingest.fetch import FetchPolicy
from urazuke.store import open_store

ARTICLES = DATA / "archive"
LOCAL = IngestOptions(fetch=FetchPolicy(trusted=("127.0.0.1/32",), timeout=5.0))

RDF = b"""<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
<channel rdf:about="http://x.example/"><title>RDF</title><link>http://x.example/</link></channel>
<item rdf:about="http://x.example/1"><title>one</title><link>http://x.example/1</link></item>
</rdf:RDF>"""


def _feed(name: str, base: str) -> bytes:
    return (ARTICLES / name).read_text(encoding="utf-8").replace("{base}", base).encode()


@pytest.mark.parametrize(
    ("data", "base", "links"),
    [
        (
            _feed("feed.rss", "http://news.example"),
            None,
            [
                "http://news.example/news/clinic",
                "http://news.example/news/harbor",
                "http://news.example/news/gone",
            ],
        ),
        (
            _feed("feed.atom", "http://news.example"),
            "http://news.example/feeds/atom.xml",
            ["http://news.example/feeds/news/clinic", "http://news.example/news/harbor"],
        ),
        (RDF, None, ["http://x.example/1"]),
        (
            b'<rss version="2.0"><channel><item><link>/a</link></item><item><link>/a</link>'
            b"</item><item><title>no link</title></item></channel></rss>",
            "http://news.example/rss",
            ["http://news.example/a"],
        ),
    ],
)
def test_feeds_parse_lists_absolute_links_once(
    data: bytes, base: str | None, links: list[str]
) -> None:
    feed = parse_feed(data, base_url=base)
    assert [item.link for item in feed.items] == links


def test_feeds_items_keep_title_and_date() -> None:
    feed = parse_feed(_feed("feed.rss", "http://news.example"))
    assert feed.title == "テスト用ニュース"
    first = feed.items[0]
    assert (first.title, first.published) == (
        "離島の診療所に医師が着任",
        "Tue, 01 Apr 2025 09:00:00 +0900",
    )


@pytest.mark.parametrize(
    "data", [b"just some text", b"<html><body><p>page</p></body></html>", b"", b"<rss"]
)
def test_feeds_not_a_feed_is_e107(data: bytes) -> None:
    with pytest.raises(UrazukeError) as err:
        parse_feed(data, source="x")
    assert err.value.code == "E107"


@pytest.mark.parametrize(
    ("data", "content_type", "name", "feed"),
    [
        (b"<?xml version='1.0'?><rss version='2.0'>", None, None, True),
        (b"\xef\xbb\xbf\n <feed xmlns='http://www.w3.org/2005/Atom'>", None, None, True),
        (RDF, None, "news.rdf", True),
        (b"anything", "application/rss+xml; charset=utf-8", None, True),
        (b"<?xml version='1.0'?><rss>", "text/html", None, False),
        (b"<?xml version='1.0'?><rss>", None, "page.html", False),
        (b"<!DOCTYPE html><html><body>rss</body></html>", None, None, False),
        (b"<?xml version='1.0'?><svg></svg>", "application/xml", None, False),
        ("見出し\n本文。".encode(), None, "a.txt", False),
    ],
)
def test_feeds_looks_like_feed(
    data: bytes, content_type: str | None, name: str | None, feed: bool
) -> None:
    assert looks_like_feed(data, content_type=content_type, name=name) is feed


@pytest.fixture(scope="module")
def site() -> Iterator[Site]:
    html = {"Content-Type": "text/html; charset=utf-8"}
    routes = {
        "/news/clinic": Route((ARTICLES / "clinic.html").read_bytes(), headers=html),
        "/news/harbor": Route((ARTICLES / "harbor_v1.html").read_bytes(), headers=html),
    }
    with serve(routes) as s:
        s.routes["/feed.rss"] = Route(
            _feed("feed.rss", s.base), headers={"Content-Type": "application/rss+xml"}
        )
        # Served as XML with no feed type: told apart by its first tag.
        s.routes["/feeds/atom.xml"] = Route(
            _feed("feed.atom", s.base).replace(b"news/clinic", b"../news/clinic"),
            headers={"Content-Type": "application/xml"},
        )
        yield s


def test_feeds_ingest_every_item_of_a_feed(site: Site, tmp_path: Path) -> None:
    with open_store(str(tmp_path / "a.sqlite3")) as store:
        rss = ingest([site.url("/feed.rss")], store, LOCAL, analyze=analyze_cached)
        assert [(o.source, o.status, o.code) for o in rss.outcomes] == [
            (site.url("/news/clinic"), "stored", None),
            (site.url("/news/harbor"), "stored", None),
            (site.url("/news/gone"), "failed", "E104"),
        ]
        # The Atom feed lists the same two articles: nothing new.
        atom = ingest([site.url("/feeds/atom.xml")], store, LOCAL, analyze=analyze_cached)
        assert [o.status for o in atom.outcomes] == ["unchanged", "unchanged"]
        keys = {a.key for a in store.list_articles().items}
    # The page's canonical link names it; a page with none is known by where it was fetched.
    assert keys == {
        site.url("/news/clinic"),
        "https://news.example.jp/articles/2025/03/harbor-plan",
    }


def test_feeds_ingest_a_feed_file(site: Site, tmp_path: Path) -> None:
    path = tmp_path / "saved.rss"
    path.write_bytes(_feed("feed.rss", site.base))
    with open_store(str(tmp_path / "a.sqlite3")) as store:
        summary = ingest([str(path)], store, LOCAL, analyze=analyze_cached)
    assert (summary.stored, summary.failed) == (2, 1)


def test_feeds_a_broken_feed_file_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "broken.xml"
    path.write_text("<?xml version='1.0'?><rss version='2.0'><channel><item>", encoding="utf-8")
    with open_store(str(tmp_path / "a.sqlite3")) as store:
        summary = ingest([str(path)], store, LOCAL, analyze=analyze_cached)
    # feedparser reads what it can; a broken feed that yields no link is an error.
    assert [(o.status, o.code) for o in summary.outcomes] == [("failed", "E107")]


def test_feeds_cli_refuses_loopback_unless_allowed(site: Site, tmp_path: Path) -> None:
    runner = CliRunner()
    db = str(tmp_path / "a.sqlite3")
    refused = runner.invoke(app, ["ingest", site.url("/feed.rss"), "--db", db])
    assert refused.exit_code == 1
    assert "[E101]" in refused.stderr and "--allow-private" in refused.stderr
    allowed = runner.invoke(app, ["ingest", site.url("/feed.rss"), "--db", db, "--allow-private"])
    assert allowed.exit_code == 1  # one item of the feed is gone
    assert "stored 2, skipped 0 (already archived), failed 1" in allowed.stdout
    assert "[E104]" in allowed.stderr
