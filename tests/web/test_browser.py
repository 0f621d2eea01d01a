"""The article page in headless Chromium (Debian's, driven by Playwright; never a downloaded
browser): ingest the seed, open its page, find Biden's quotes labelled with his name and the
flags section (with the 岸田 flag when urazuke.verify raises it), save a screenshot."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
from playwright.sync_api import Dialog, Page, sync_playwright

from tests.conftest import SEED
from tests.store.sample import analyze_cached
from urazuke.archive import ingest, load_verify
from urazuke.ingest import read_article
from urazuke.store import open_store
from urazuke.web import create_app

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--disable-background-networking",
    "--disable-gpu",
    "--disable-component-update",
    "--no-first-run",
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[str, int]]:
    """The seed and an untrusted article ingested into a SQLite file, served on 127.0.0.1."""
    location = str(tmp_path / "archive.sqlite3")
    untrusted = Path(__file__).parents[1] / "data" / "archive" / "untrusted.txt"
    with open_store(location) as store:
        summary = ingest([str(SEED), str(untrusted)], store, analyze=analyze_cached)
    assert summary.stored == 2, summary.outcomes
    seed_id = summary.outcomes[0].article_id
    assert seed_id is not None
    server = uvicorn.Server(
        uvicorn.Config(
            create_app(location), host="127.0.0.1", port=_free_port(), log_level="warning"
        )
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert time.monotonic() < deadline, "the server did not start"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{server.config.port}", seed_id
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture
def page() -> Iterator[Page]:
    assert CHROMIUM.exists(), "Chromium is missing: install Debian's package `chromium`"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        try:
            yield browser.new_page(viewport={"width": 1200, "height": 1600})
        finally:
            browser.close()


def _kishida_flagged() -> bool:
    verify = load_verify()
    if verify is None:
        return False
    flags = verify(analyze_cached(read_article(SEED))).flags
    return any("岸田" in str(f.get("message_ja")) for f in flags)


def test_browser_article_page_shows_quotes_speakers_and_flags(
    served: tuple[str, int], page: Page, tmp_path: Path
) -> None:
    base, seed_id = served
    dialogs: list[str] = []

    def on_dialog(dialog: Dialog) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    page.goto(f"{base}/articles/{seed_id}")
    assert page.title().startswith("米国・韓国・日本の首脳")

    quotes = page.locator('mark.quote[data-speaker="ジョー・バイデン"]:not(.cont)')
    assert quotes.count() >= 3
    first = quotes.first
    assert first.is_visible()
    assert "重要な政治の変化の瞬間" in first.inner_text()
    # The label right before it is his name, visible on the page.
    label = page.locator('span.who:text-is("ジョー・バイデン")').first
    assert label.is_visible()
    assert label.evaluate("e => e.nextElementSibling.dataset.speaker") == "ジョー・バイデン"
    background = first.evaluate("e => getComputedStyle(e).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent")

    flags = page.locator("section#flags")
    assert flags.is_visible()
    assert flags.locator("h2").inner_text().startswith("指摘 Flags")
    if _kishida_flagged():
        flag = flags.locator(".flag", has_text="岸田")
        assert flag.count() >= 1 and flag.first.is_visible()
        assert flag.first.locator(".evidence li").count() >= 1
        assert page.locator("span.flagged", has_text="岸田").count() >= 1
    else:
        assert flags.locator(".flag, .empty").count() >= 1

    shot = tmp_path / "article.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 10_000

    # An article's <script> is text on its page, and runs nowhere.
    page.goto(f"{base}/search?q=市民講座")
    page.locator("li.hit a").first.click()
    page.wait_for_load_state()
    assert '<script>alert("見出し")</script>市民講座の案内' in page.locator("h1.title").inner_text()
    assert page.title() != "書き換え"
    assert dialogs == []
    page.screenshot(path=str(tmp_path / "untrusted.png"))
