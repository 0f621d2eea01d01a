"""Fetching URLs with guards, against a site the test starts on 127.0.0.1: schemes, address
rules (checked again on every redirect), timeouts, size limits, redirect limits."""

from __future__ import annotations

import ipaddress
from collections.abc import Iterator

import pytest

from tests.web.site import Route, Site, serve
from urazuke.errors import UrazukeError
from urazuke.ingest.fetch import FetchPolicy, Resolver, check_url, fetch, is_public

PAGE = "<html><body><p>本文です。</p></body></html>".encode()
LOCAL = FetchPolicy(trusted=("127.0.0.1/32",), timeout=2.0)


@pytest.fixture(scope="module")
def site() -> Iterator[Site]:
    routes: dict[str, Route] = {
        "/page": Route(PAGE, headers={"Content-Type": "text/html; charset=utf-8"}),
        "/big": Route(b"x" * 300_000),
        "/big-unsized": Route(b"x" * 300_000, length=False),
        "/slow": Route(b"late", delay=1.5),
        "/missing": Route(b"no", 404),
        "/error": Route(b"no", 503),
    }
    with serve(routes) as s:
        port = s.port
        redirects = {
            "/to-page": "/page",
            "/to-loopback-2": f"http://127.0.0.2:{port}/page",
            "/to-ipv6-loopback": f"http://[::1]:{port}/page",
            "/to-metadata": "http://169.254.169.254/latest/meta-data/",
            "/to-private": "http://10.1.2.3/",
            "/to-file": "file:///etc/passwd",
            "/loop": "/loop",
        }
        for path, target in redirects.items():
            s.routes[path] = Route(status=302, headers={"Location": target})
        yield s


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("127.0.0.1", False),
        ("127.8.9.10", False),
        ("10.0.0.1", False),
        ("172.16.5.4", False),
        ("192.168.1.1", False),
        ("169.254.169.254", False),  # link-local: the cloud metadata service
        ("100.64.0.1", False),  # carrier-grade NAT
        ("0.0.0.0", False),
        ("224.0.0.1", False),
        ("255.255.255.255", False),
        ("::1", False),
        ("fe80::1", False),
        ("fc00::1", False),
        ("::ffff:127.0.0.1", False),  # IPv4 loopback dressed as IPv6
        ("::ffff:10.0.0.1", False),
        ("2002:7f00:1::", False),  # 6to4 of 127.0.0.1
        ("8.8.8.8", True),
        ("93.184.216.34", True),
        ("2001:4860:4860::8888", True),
        ("::ffff:8.8.8.8", True),
    ],
)
def test_fetch_is_public(address: str, public: bool) -> None:
    assert is_public(ipaddress.ip_address(address)) is public


def _resolver(table: dict[str, list[str]]) -> Resolver:
    def resolve(host: str, port: int) -> list[str]:
        if host not in table:
            raise OSError("no such host")
        return table[host]

    return resolve


@pytest.mark.parametrize(
    ("url", "code"),
    [
        ("https://news.example/a", None),
        ("http://news.example:8080/a", None),
        ("https://split.example/a", "E101"),  # one public address and one private: refused
        ("https://intranet.example/a", "E101"),
        ("https://v6.example/a", "E101"),
        ("https://nowhere.example/a", "E102"),
        ("http://127.0.0.1/", "E101"),
        ("http://[::1]/", "E101"),
        ("http://0x7f000001/", "E102"),  # not an address literal: resolved, and unknown here
        ("ftp://news.example/a", "E100"),
        ("file:///etc/passwd", "E100"),
        ("javascript:alert(1)", "E100"),
        ("news.example/a", "E100"),
        ("http://news.example:99999/", "E100"),
        ("https://ニュース.example/a", None),  # an internationalized name, resolved as xn--…
    ],
)
def test_fetch_check_url(url: str, code: str | None) -> None:
    resolve = _resolver(
        {
            "news.example": ["93.184.216.34"],
            "split.example": ["93.184.216.34", "10.0.0.7"],
            "intranet.example": ["192.168.10.20"],
            "v6.example": ["fe80::1%eth0"],
            "xn--zck9awe6d.example": ["93.184.216.34"],
        }
    )
    if code is None:
        host, _, address = check_url(url, FetchPolicy(), resolve)
        assert host in ("news.example", "xn--zck9awe6d.example")
        assert address == "93.184.216.34"
        return
    with pytest.raises(UrazukeError) as err:
        check_url(url, FetchPolicy(), resolve)
    assert err.value.code == code


def test_fetch_refuses_loopback_by_default_without_connecting(site: Site) -> None:
    before = len(site.requests)
    with pytest.raises(UrazukeError) as err:
        fetch(site.url("/page"))
    assert err.value.code == "E101"
    assert "--allow-private" in err.value.message
    assert len(site.requests) == before


@pytest.mark.parametrize(
    "policy", [FetchPolicy(allow_private=True), LOCAL], ids=["allow-private", "trusted"]
)
def test_fetch_gets_a_page(site: Site, policy: FetchPolicy) -> None:
    got = fetch(site.url("/page"), policy)
    assert (got.status, got.content, got.url) == (200, PAGE, site.url("/page"))
    assert got.content_type == "text/html; charset=utf-8"
    path, headers = site.requests[-1]
    assert path == "/page"
    assert headers["host"] == f"127.0.0.1:{site.port}"
    assert headers["user-agent"].startswith("urazuke/")


def test_fetch_follows_a_redirect_and_says_where_it_ended(site: Site) -> None:
    got = fetch(site.url("/to-page"), LOCAL)
    assert got.url == site.url("/page") and got.content == PAGE


def test_fetch_connects_to_the_checked_address_with_the_name_as_host(site: Site) -> None:
    got = fetch(f"http://localhost:{site.port}/page", FetchPolicy(allow_private=True))
    assert got.content == PAGE
    assert site.requests[-1][1]["host"] == f"localhost:{site.port}"


@pytest.mark.parametrize(
    ("path", "code"),
    [
        ("/to-loopback-2", "E101"),
        ("/to-ipv6-loopback", "E101"),
        ("/to-metadata", "E101"),
        ("/to-private", "E101"),
        ("/to-file", "E100"),
    ],
)
def test_fetch_checks_every_redirect_hop(site: Site, path: str, code: str) -> None:
    """127.0.0.1 is trusted here; where it redirects to is checked again, before connecting."""
    before = len(site.requests)
    with pytest.raises(UrazukeError) as err:
        fetch(site.url(path), LOCAL)
    assert err.value.code == code
    assert [p for p, _ in site.requests[before:]] == [path]


@pytest.mark.parametrize(
    ("path", "policy", "code"),
    [
        ("/loop", LOCAL, "E106"),
        ("/big", FetchPolicy(trusted=LOCAL.trusted, max_bytes=100_000), "E105"),
        ("/big-unsized", FetchPolicy(trusted=LOCAL.trusted, max_bytes=100_000), "E105"),
        ("/slow", FetchPolicy(trusted=LOCAL.trusted, timeout=0.3), "E103"),
        ("/missing", LOCAL, "E104"),
        ("/error", LOCAL, "E104"),
    ],
)
def test_fetch_limits(site: Site, path: str, policy: FetchPolicy, code: str) -> None:
    with pytest.raises(UrazukeError) as err:
        fetch(site.url(path), policy)
    assert err.value.code == code
    assert site.url(path.split("?")[0]).split("/")[-1] in err.value.message


def test_fetch_within_limits_passes(site: Site) -> None:
    got = fetch(site.url("/big-unsized"), FetchPolicy(trusted=LOCAL.trusted, max_bytes=300_000))
    assert len(got.content) == 300_000


def test_fetch_nothing_listens(site: Site) -> None:
    with pytest.raises(UrazukeError) as err:
        fetch("http://127.0.0.1:9/", LOCAL)
    assert err.value.code == "E103"
