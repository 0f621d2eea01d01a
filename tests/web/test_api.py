"""The HTTP API against a real SQLite file and a real PostgreSQL (each test runs on both)."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.web.conftest import Archive

SEED = "000_faa5431ff9e0fb6f.txt"


def _get(client: TestClient, url: str, status: int = 200) -> Any:
    response = client.get(url)
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    return response.json()


def test_api_lists_articles_newest_first_in_pages(client: TestClient, archive: Archive) -> None:
    data = _get(client, "/api/articles?limit=100")
    assert len(data["items"]) == len(archive.ids)
    published = [a["published"] for a in data["items"] if a["published"]]
    assert published == sorted(published, reverse=True)
    first = _get(client, "/api/articles?limit=2")
    assert (len(first["items"]), first["next_offset"]) == (2, 2)
    rest = _get(client, f"/api/articles?limit=100&offset={first['next_offset']}")
    ids = [a["id"] for a in first["items"] + rest["items"]]
    assert sorted(ids) == sorted(archive.ids.values())
    assert rest["next_offset"] is None


def test_api_article_has_its_claims_verdicts_and_flags(
    client: TestClient, archive: Archive
) -> None:
    data = _get(client, f"/api/articles/{archive.ids[SEED]}")
    analysis = data["analysis"]
    assert set(analysis) >= {
        "article",
        "entities",
        "quotes",
        "times",
        "quantities",
        "events",
        "flags",
    }
    biden = [
        q for q in analysis["quotes"] if (q["speaker"] or {}).get("name") == "ジョー・バイデン"
    ]
    assert len(biden) >= 3
    body = analysis["article"]["body"]
    for q in analysis["quotes"]:
        assert body[q["span"][0] : q["span"][1]] == q["text"]
    assert isinstance(data["verdicts"], list)
    assert data["summary"]["flags"] == len(analysis["flags"])
    assert data["versions"] == [
        {
            "id": archive.ids[SEED],
            "version": 1,
            "ingested_at": data["summary"]["ingested_at"],
            "latest": True,
        }
    ]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("q=首脳", {SEED}),  # two characters: the fallback
        ("q=ストライキ", {"rail_strike.txt"}),  # the trigram index
        ("q=バイデン", {SEED, "alliance.txt"}),
        ("q=バイデン&date_from=2024-10-01", {SEED}),
        ("speaker=バイデン", {SEED, "alliance.txt"}),  # バイデン is ジョー・バイデン in the seed
        ("speaker=ジョー・バイデン", {SEED}),
        ("speaker=佐藤花子", {"harbor_v1.html"}),
        ("entity=北朝鮮", {SEED}),
        ("outlet=港町新報", {"harbor_v1.html"}),
        ("date_from=2025-01-01&date_to=2025-02-28", {"rail_strike.txt"}),
        ("q=存在しない言葉", set()),
    ],
)
def test_api_search(client: TestClient, archive: Archive, query: str, expected: set[str]) -> None:
    data = _get(client, f"/api/search?{query}&limit=50")
    names = {
        name for name, i in archive.ids.items() if i in {h["article"]["id"] for h in data["items"]}
    }
    assert names == expected
    if query.startswith("q="):
        term = query.split("&")[0][2:]
        for hit in data["items"]:
            marks = [hit["snippet"]["text"][s:e] for s, e in hit["snippet"]["marks"]]
            assert term in marks


def test_api_search_flagged_only(client: TestClient, archive: Archive) -> None:
    flagged = _get(client, "/api/search?flagged=true&limit=50")["items"]
    assert all(h["article"]["flags"] > 0 for h in flagged)
    every = _get(client, "/api/articles?limit=100")["items"]
    assert {h["article"]["id"] for h in flagged} == {a["id"] for a in every if a["flags"]}


def test_api_speaker_quotes_across_articles(client: TestClient, archive: Archive) -> None:
    data = _get(client, "/api/entities/バイデン/quotes")
    articles = {q["article_id"] for q in data["items"]}
    assert articles == {archive.ids[SEED], archive.ids["alliance.txt"]}
    assert "「日米同盟はかつてなく強固だ」" in {q["text"] for q in data["items"]}


def test_api_entities_events_flags(client: TestClient, archive: Archive) -> None:
    people = _get(client, "/api/entities?kind=person&limit=200")["items"]
    names = {e["name"] for e in people}
    assert {"ジョー・バイデン", "佐藤花子", "ジャン・デュポン"} <= names
    assert all(e["kind"] == "person" for e in people)
    events = _get(client, "/api/events")
    assert set(events) == {"items", "limit", "offset", "next_offset"}
    actor = _get(client, "/api/entities/ジョー・バイデン/events")
    assert isinstance(actor["items"], list)
    flags = _get(client, "/api/flags?limit=200")["items"]
    stored = sum(a["flags"] for a in _get(client, "/api/articles?limit=100")["items"])
    assert len(flags) == stored
    for f in flags:
        assert {"kind", "severity", "message_ja", "message_en", "data"} <= set(f)


@pytest.mark.parametrize(
    ("url", "status", "code"),
    [
        ("/api/articles/999999", 404, "E113"),
        ("/api/articles/abc", 422, "E115"),
        ("/api/articles/0", 422, "E115"),
        ("/api/articles?limit=0", 422, "E115"),
        ("/api/articles?limit=201", 422, "E115"),
        ("/api/articles?offset=-1", 422, "E115"),
        ("/api/search?date_from=16-11-2024", 422, "E115"),
        ("/api/nowhere", 404, "E114"),
    ],
)
def test_api_errors_are_json_with_stable_codes(
    client: TestClient, url: str, status: int, code: str
) -> None:
    data = _get(client, url, status)
    assert data["error"]["code"] == code
    assert data["error"]["message"].startswith(f"[{code}]")


def test_api_openapi_documents_every_route(client: TestClient) -> None:
    spec = _get(client, "/openapi.json")
    routes = {
        "/api/info",
        "/api/articles",
        "/api/articles/{article_id}",
        "/api/search",
        "/api/entities",
        "/api/entities/{name}/quotes",
        "/api/entities/{name}/events",
        "/api/events",
        "/api/flags",
    }
    assert set(spec["paths"]) == routes
    for path in routes:
        assert spec["paths"][path]["get"].get("description"), f"{path} has no description"
    docs = client.get("/docs")
    assert docs.status_code == 200 and "swagger" in docs.text.lower()


def test_api_info(client: TestClient, archive: Archive) -> None:
    data = _get(client, "/api/info")
    assert data["articles"] == len(archive.ids)
    assert data["schema_version"] == 1
    assert data["backend"] in ("sqlite", "postgresql")
