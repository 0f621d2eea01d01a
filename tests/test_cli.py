"""`urazuke analyze` as a user runs it: the report, the JSON contract, and bad input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from tests.conftest import DATA, ROOT
from urazuke.cli import app

runner = CliRunner()

CONTRACT = {
    "article": {
        "title",
        "body",
        "url",
        "source_url",
        "image_source",
        "outlet",
        "language",
        "published",
        "published_from",
        "truncated",
    },
    "entities": {"id", "name", "kind", "mentions", "kb"},
    "mention": {"text", "span", "sentence"},
}
TOP = {"article", "entities", "quotes", "times", "quantities", "events", "flags"}


def _json(args: list[str]) -> dict[str, Any]:
    result = runner.invoke(app, ["analyze", *args, "--json"])
    assert result.exit_code == 0, result.output
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def test_cli_json_on_the_seed_meets_the_contract(seed_path: Path) -> None:
    data = _json([str(seed_path)])
    assert set(data) >= TOP
    assert CONTRACT["article"] <= set(data["article"])
    article = data["article"]
    assert (
        article["title"] == "米国・韓国・日本の首脳がロシアと北朝鮮の軍事協力に反対する会見を実施"
    )
    assert article["source_url"].startswith("https://www.aljazeera.com/news/2024/11/16/")
    assert (article["published"], article["published_from"]) == ("2024-11-16", "url")
    assert article["truncated"] is True
    assert article["body"].startswith("2024年のAPECサミット")
    body = article["body"]
    for entity in data["entities"]:
        assert CONTRACT["entities"] <= set(entity)
        for m in entity["mentions"]:
            assert CONTRACT["mention"] <= set(m)
            start, end = m["span"]
            assert body[start:end] == m["text"]
    biden = [e for e in data["entities"] if e["name"] == "ジョー・バイデン"]
    assert len(biden) == 1 and len(biden[0]["mentions"]) == 5
    for key in ("quotes", "times", "quantities", "events", "flags"):
        assert isinstance(data[key], list)


@pytest.mark.parametrize("encoding", ["cp932", "euc_jp", "iso2022_jp", "utf-8-sig", "utf-16"])
def test_cli_seed_in_every_encoding_gives_the_same_title(
    seed_path: Path, tmp_path: Path, encoding: str
) -> None:
    path = tmp_path / f"seed.{encoding}.txt"
    path.write_bytes(seed_path.read_text(encoding="utf-8").encode(encoding))
    result = runner.invoke(app, ["analyze", str(path), "--json"])
    assert result.exit_code == 0, result.output
    article = json.loads(result.stdout)["article"]
    assert (
        article["title"] == "米国・韓国・日本の首脳がロシアと北朝鮮の軍事協力に反対する会見を実施"
    )


def test_cli_published_flag(seed_path: Path) -> None:
    article = _json([str(seed_path), "--published", "2024-11-15"])["article"]
    assert (article["published"], article["published_from"]) == ("2024-11-15", "flag")


@pytest.mark.parametrize(
    ("content", "code"),
    [(b"", "E001"), (b"\x00\x01\x02binary\x00\xff" * 50, "E002")],
    ids=["empty", "binary"],
)
def test_cli_bad_file_gives_one_error_line(tmp_path: Path, content: bytes, code: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    result = runner.invoke(app, ["analyze", str(path)])
    assert result.exit_code == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("urazuke: error: ") and f"[{code}]" in lines[0]
    assert "Traceback" not in result.output


def test_cli_bad_published_flag(seed_path: Path) -> None:
    result = runner.invoke(app, ["analyze", str(seed_path), "--published", "2024-13-01"])
    assert result.exit_code == 2 and "[E007]" in result.stderr


def test_cli_report_shows_article_and_entities() -> None:
    result = runner.invoke(
        app, ["analyze", str(DATA / "ja_trade_talks.txt")], env={"COLUMNS": "200"}
    )
    assert result.exit_code == 0, result.output
    assert "日中の経済担当閣僚が北京で協議" in result.stdout
    assert "2025-04-12 (from url)" in result.stdout
    assert "武藤容治" in result.stdout and "経済産業相" in result.stdout


def test_cli_every_command_is_documented_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for command in app.registered_commands:
        assert f"urazuke {command.name or command.callback.__name__}" in readme  # type: ignore[union-attr]
    for option in ("--published", "--json", "--ner"):
        assert option in readme


@pytest.mark.slow
def test_cli_console_script_end_to_end(tmp_path: Path) -> None:
    """The installed `urazuke` command in a new process, as `make demo` runs it."""
    exe = Path(sys.executable).with_name("urazuke")
    env = {**os.environ, "COLUMNS": "160"}
    done = subprocess.run(
        [str(exe), "analyze", str(ROOT / "examples" / "kyodo_drill.txt")],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "マルコ・ルビオ" in done.stdout and "2025-03-08 (from url)" in done.stdout
    bad = tmp_path / "bad.bin"
    bad.write_bytes(bytes(range(256)))
    done = subprocess.run(
        [str(exe), "analyze", str(bad)], capture_output=True, text=True, timeout=300, check=False
    )
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "[E002]" in done.stderr


def test_cli_export_writes_the_events_table(seed_path: Path, tmp_path: Path) -> None:
    import csv

    out = tmp_path / "events.csv"
    result = runner.invoke(app, ["export", str(seed_path), "-o", str(out)])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert {"ACCUSE", "AGREE", "MOBILIZE", "CONSULT", "SUPPORT"} <= {r["plover"] for r in rows}
    bad = runner.invoke(app, ["export", str(seed_path), "-o", str(tmp_path / "events.txt")])
    assert bad.exit_code == 2 and "[E010]" in bad.stderr


def test_cli_report_prints_article_text_not_markup(tmp_path: Path) -> None:
    """Article text is untrusted: rich markup in it is printed as written."""
    path = tmp_path / "markup.txt"
    path.write_text(
        "見出し[bold red]注入[/bold red]\n本文です。「予算は十分だ[/]」と山田太郎市長は述べた。",
        "utf-8",
    )
    result = runner.invoke(app, ["analyze", str(path)], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "[bold red]注入[/bold red]" in result.stdout
    assert "予算は十分だ[/]" in result.stdout
