"""The batch runner (`urazuke ingest`): folders, idempotency, versions, bad files skipped, and
an archive that stays consistent when an article fails or the run dies halfway."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.conftest import DATA, ROOT, SEED
from tests.store.sample import analyze_cached
from urazuke.archive import AnalyzeFn, Outcome, ingest, load_verify
from urazuke.cli import app
from urazuke.model import Analysis, Article
from urazuke.store import SearchQuery, open_store

ARTICLES = DATA / "archive"
GOOD = ["alliance.txt", "clinic.html", "harbor_v1.html", "rail_strike.txt", "untrusted.txt"]
runner = CliRunner()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Articles in nested folders, with files a folder walk must leave alone."""
    root = tmp_path / "news"
    for i, name in enumerate(GOOD):
        target = root / ("a" if i % 2 else "b") / "deeper" / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(ARTICLES / name, target)
    (root / "a" / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (root / ".hidden.txt").write_text("隠しファイルは読まない。", encoding="utf-8")
    return root


def _db(tmp_path: Path) -> str:
    return str(tmp_path / "archive.sqlite3")


def _statuses(outcomes: tuple[Outcome, ...]) -> dict[str, str]:
    return {Path(o.source).name: o.status for o in outcomes}


def test_archive_ingests_a_folder_recursively_and_only_once(folder: Path, tmp_path: Path) -> None:
    with open_store(_db(tmp_path)) as store:
        first = ingest([str(folder)], store, analyze=analyze_cached)
        assert _statuses(first.outcomes) == dict.fromkeys(GOOD, "stored")
        assert (first.stored, first.skipped, first.failed) == (5, 0, 0)
        again = ingest([str(folder), str(ARTICLES / "alliance.txt")], store, analyze=analyze_cached)
        assert (again.stored, again.skipped, again.failed) == (0, 6, 0)
        assert again.line() == "stored 0, skipped 6 (already archived), failed 0"
        assert store.info().versions == 5


def test_archive_changed_content_at_the_same_url_is_a_new_version(tmp_path: Path) -> None:
    with open_store(_db(tmp_path)) as store:
        v1 = ingest([str(ARTICLES / "harbor_v1.html")], store, analyze=analyze_cached)
        v2 = ingest([str(ARTICLES / "harbor_v2.html")], store, analyze=analyze_cached)
        assert [o.status for o in v1.outcomes + v2.outcomes] == ["stored", "updated"]
        assert v2.outcomes[0].version == 2
        assert v2.line() == "stored 1 (1 as new versions), skipped 0 (already archived), failed 0"
        (hit,) = store.search(SearchQuery(text="約150億円")).items
        assert hit.article.id == v2.outcomes[0].article_id
        assert hit.article.key == "https://news.example.jp/articles/2025/03/harbor-plan"
        assert store.search(SearchQuery(text="総事業費は約120億円")).items == []


def test_archive_bad_files_are_reported_and_skipped(tmp_path: Path) -> None:
    bad = tmp_path / "in"
    bad.mkdir()
    (bad / "1_binary.txt").write_bytes(b"\x00\x01\x02binary\x00" * 50)
    (bad / "2_empty.txt").write_text("  \n ", encoding="utf-8")
    shutil.copy(ARTICLES / "rail_strike.txt", bad / "3_rail.txt")
    (bad / "4_nav.html").write_text("<html><body><nav>home</nav></body></html>")
    with open_store(_db(tmp_path)) as store:
        summary = ingest([str(bad), str(tmp_path / "missing.txt")], store, analyze=analyze_cached)
    codes = {Path(o.source).name: (o.status, o.code) for o in summary.outcomes}
    assert codes == {
        "1_binary.txt": ("failed", "E002"),
        "2_empty.txt": ("failed", "E001"),
        "3_rail.txt": ("stored", None),
        "4_nav.html": ("failed", "E006"),
        "missing.txt": ("failed", "E005"),
    }
    assert summary.line() == "stored 1, skipped 0 (already archived), failed 4"
    for o in summary.outcomes:
        if o.status == "failed":
            assert o.message is not None and f"[{o.code}]" in o.message


def _fails_on_third(error: BaseException) -> tuple[list[str], AnalyzeFn]:
    seen: list[str] = []

    def analyze(article: Article) -> Analysis:
        seen.append(article.title or "")
        if len(seen) == 3:
            raise error
        return analyze_cached(article)

    return seen, analyze


def _consistent(location: str, titles: list[str]) -> None:
    """Exactly these articles, each whole; no row belongs to an article that is not there."""
    conn = sqlite3.connect(location)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    stored = [r[0] for r in conn.execute("SELECT title FROM articles ORDER BY id")]
    assert stored == titles
    for table in (
        "entities",
        "entity_names",
        "quotes",
        "events",
        "event_actors",
        "flags",
        "verdicts",
    ):
        orphans = conn.execute(
            f"SELECT COUNT(*) FROM {table} WHERE article_id NOT IN (SELECT id FROM articles)"
        ).fetchone()
        assert orphans == (0,)
    for quotes, count in conn.execute(
        "SELECT a.quote_count, (SELECT COUNT(*) FROM quotes q WHERE q.article_id = a.id) "
        "FROM articles a"
    ):
        assert quotes == count
    # FTS5 checks its index against the articles table; it raises if they disagree.
    conn.execute("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')")
    conn.close()


def test_archive_an_analysis_that_raises_fails_that_article_only(tmp_path: Path) -> None:
    files = [str(ARTICLES / n) for n in GOOD[:4]]
    seen, analyze = _fails_on_third(RuntimeError("model exploded"))
    with open_store(_db(tmp_path)) as store:
        summary = ingest(files, store, analyze=analyze)
    assert [o.status for o in summary.outcomes] == ["stored", "stored", "failed", "stored"]
    assert summary.outcomes[2].code == "E111"
    assert "RuntimeError: model exploded" in (summary.outcomes[2].message or "")
    _consistent(_db(tmp_path), [seen[0], seen[1], seen[3]])


def test_archive_an_interrupted_run_keeps_the_articles_before_it(tmp_path: Path) -> None:
    files = [str(ARTICLES / n) for n in GOOD[:4]]
    seen, analyze = _fails_on_third(KeyboardInterrupt())
    with open_store(_db(tmp_path)) as store, pytest.raises(KeyboardInterrupt):
        ingest(files, store, analyze=analyze)
    _consistent(_db(tmp_path), seen[:2])
    # The next run picks up where it stopped.
    with open_store(_db(tmp_path)) as store:
        summary = ingest(files, store, analyze=analyze_cached)
    assert [o.status for o in summary.outcomes] == ["unchanged", "unchanged", "stored", "stored"]


def test_archive_a_malformed_analysis_is_rolled_back(tmp_path: Path) -> None:
    """The store fails halfway through the second article (the driver refuses a quote whose
    text is no text, after its article and entity rows): E117, and none of its rows remain."""

    def analyze(article: Article) -> Analysis:
        result = analyze_cached(article)
        if article.title and article.title.startswith("離島"):
            quote = {**result.quotes[0], "text": {"not": "text"}}
            return replace(result, quotes=(quote, *result.quotes[1:]))
        return result

    files = [str(ARTICLES / n) for n in GOOD[:3]]
    with open_store(_db(tmp_path)) as store:
        summary = ingest(files, store, analyze=analyze)
    assert [(o.status, o.code) for o in summary.outcomes] == [
        ("stored", None),
        ("failed", "E117"),
        ("stored", None),
    ]
    _consistent(
        _db(tmp_path), ["日米外相、同盟の抑止力強化で一致", "港湾の再開発計画、市議会が承認"]
    )


KILLED = """
import os, signal, sys
from urazuke.archive import ingest
from urazuke.model import Analysis, Sentence
from urazuke.store import open_store

count = 0
def analyze(article):
    global count
    count += 1
    if count == 3:
        os.kill(os.getpid(), signal.SIGKILL)
    return Analysis(article=article, sentences=(Sentence(0, (0, len(article.body))),))

with open_store(sys.argv[1]) as store:
    ingest(sys.argv[2:], store, analyze=analyze, verify=None)
"""


def test_archive_a_killed_process_leaves_a_consistent_archive(tmp_path: Path) -> None:
    files = [str(ARTICLES / n) for n in GOOD[:4]]
    done = subprocess.run(
        [sys.executable, "-c", KILLED, _db(tmp_path), *files], cwd=ROOT, check=False
    )
    assert done.returncode == -9
    _consistent(_db(tmp_path), ["日米外相、同盟の抑止力強化で一致", "離島の診療所に医師が着任"])


def test_archive_verifies_when_verify_is_there(tmp_path: Path) -> None:
    verify = load_verify()
    with open_store(_db(tmp_path)) as store:
        checked = ingest([str(SEED)], store, analyze=analyze_cached)
        record = store.get_article(checked.outcomes[0].article_id or 0)
        assert record is not None
        assert record.summary.verified is (verify is not None)
        if verify is not None:
            expected = verify(analyze_cached(record_article(SEED)))
            assert record.analysis["flags"] == json.loads(
                json.dumps(list(expected.flags), ensure_ascii=False)
            )
            assert record.summary.flags == len(expected.flags)
    with open_store(str(tmp_path / "plain.sqlite3")) as store:
        plain = ingest([str(SEED)], store, analyze=analyze_cached, verify=None)
        record = store.get_article(plain.outcomes[0].article_id or 0)
        assert record is not None
        assert (record.summary.verified, record.verdicts) == (False, [])


def record_article(path: Path) -> Article:
    from urazuke.ingest import read_article

    return read_article(path)


def test_archive_cli_ingest_info_and_search(folder: Path, tmp_path: Path) -> None:
    db = _db(tmp_path)
    (folder / "broken.txt").write_bytes(b"\x00" * 100)
    result = runner.invoke(app, ["ingest", str(folder), "--db", db])
    assert result.exit_code == 1, result.output
    assert "stored 5, skipped 0 (already archived), failed 1" in result.stdout
    assert "urazuke: failed:" in result.stderr and "[E002]" in result.stderr

    again = runner.invoke(app, ["ingest", str(folder / "a"), "--db", db])
    assert again.exit_code == 0, again.output
    assert "stored 0, skipped 2 (already archived), failed 0" in again.stdout

    info = runner.invoke(app, ["info", "--db", db])
    assert info.exit_code == 0
    assert f"archive   {db}" in info.stdout
    assert "articles  5 (5 versions)" in info.stdout
    assert "back end  sqlite" in info.stdout

    found = runner.invoke(app, ["search", "再開発", "--db", db, "--json"])
    assert found.exit_code == 0, found.output
    data = json.loads(found.stdout)
    assert [h["article"]["title"] for h in data["items"]] == ["港湾の再開発計画、市議会が承認"]

    table = runner.invoke(
        app, ["search", "--speaker", "佐藤花子", "--db", db], env={"COLUMNS": "200"}
    )
    assert table.exit_code == 0
    assert "港湾の再開発計画、市議会が承認" in table.stdout and "1 articles" in table.stdout


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["search", "--from", "2024/01/01"], "E116"),
        (["search", "--db", "mysql://example/x"], "E110"),
        (["ingest", "a.txt", "--db", "mysql://example/x"], "E110"),
        (["info", "--db", "mysql://example/x"], "E110"),
        (["ingest", "a.txt", "--published", "yesterday"], "E007"),
    ],
)
def test_archive_cli_errors_are_one_line(args: list[str], code: str, tmp_path: Path) -> None:
    if "--db" not in args:
        args = [*args, "--db", _db(tmp_path)]
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert result.stderr.startswith("urazuke: error:") and f"[{code}]" in result.stderr
    assert "Traceback" not in result.output


def test_archive_cli_documents_every_command_and_option() -> None:
    for command, options in {
        "ingest": ["--db", "--allow-private", "--timeout", "--max-bytes", "--json"],
        "search": [
            "--speaker",
            "--entity",
            "--event-type",
            "--from",
            "--to",
            "--outlet",
            "--flagged",
            "--json",
            "--db",
        ],
        "serve": ["--db", "--host", "--port"],
        "info": ["--db", "--json"],
    }.items():
        result = runner.invoke(app, [command, "--help"], env={"COLUMNS": "200"})
        assert result.exit_code == 0
        for option in options:
            assert option in result.stdout, f"{command} {option}"
