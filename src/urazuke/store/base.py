"""The store's one interface, and the SQL both back ends share.

SQL here is written once with ``?`` placeholders; each back end runs it in its own dialect
(PostgreSQL's driver wants ``%s``). What differs — connections, transactions, migrations,
the text index — lives in ``sqlite.py`` and ``postgres.py``.

Every article is saved in one transaction: its row, its claims and the demotion of the
version it replaces commit together or not at all.
"""

from __future__ import annotations

import json
from abc import ABC, abstractmethod
from collections.abc import Iterable, Sequence
from contextlib import AbstractContextManager
from datetime import UTC, datetime
from types import TracebackType
from typing import Any, Self, TypeVar

from urazuke.store.records import (
    ArticleRecord,
    ArticleSummary,
    EntitySummary,
    EventRow,
    FlagRow,
    Known,
    Page,
    QuoteRow,
    SaveResult,
    SearchHit,
    SearchQuery,
    StoreInfo,
    VersionInfo,
    check_date,
    identity,
    snippet,
    split_rows,
)

Row = dict[str, Any]
T = TypeVar("T")
MAX_LIMIT = 200

_SUMMARY = (
    "a.id, a.key, a.version, a.title, a.url, a.outlet, a.published, a.ingested_at, "
    "a.quote_count, a.flag_count, a.verified"
)
_ORDER = "a.published DESC NULLS LAST, a.id DESC"


def _summary(row: Row) -> ArticleSummary:
    return ArticleSummary(
        id=int(row["id"]),
        key=row["key"],
        version=int(row["version"]),
        title=row["title"],
        url=row["url"],
        outlet=row["outlet"],
        published=row["published"],
        ingested_at=row["ingested_at"],
        quotes=int(row["quote_count"]),
        flags=int(row["flag_count"]),
        verified=bool(row["verified"]),
    )


def _page(items: list[T], limit: int, offset: int) -> Page[T]:
    """Pages are fetched one row long: the extra row says whether another page follows."""
    more = len(items) > limit
    return Page(items[:limit], limit, offset, offset + limit if more else None)


def _bounds(limit: int, offset: int) -> tuple[int, int]:
    return max(1, min(limit, MAX_LIMIT)), max(0, offset)


class Store(ABC):
    """An archive of analyzed articles. Use ``urazuke.store.open_store`` to get one."""

    backend: str
    location: str

    # -- what each back end provides -------------------------------------------------

    @abstractmethod
    def _query(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        """Run a statement and return its rows as dicts."""

    @abstractmethod
    def _execute_many(self, sql: str, rows: list[tuple[Any, ...]]) -> None:
        """Run one statement for each row of parameters (batched where the driver can)."""

    @abstractmethod
    def _transaction(self) -> AbstractContextManager[None]:
        """A transaction: commit on leaving, roll back on an exception."""

    @abstractmethod
    def _text_condition(self, terms: list[str], method: str) -> tuple[str, list[Any]]:
        """SQL (over alias ``a``) that is true when every term occurs in title or body."""

    @abstractmethod
    def _wrap_error(self, exc: Exception) -> Exception | None:
        """The UrazukeError for a driver error, or None if ``exc`` is not the driver's."""

    @abstractmethod
    def _lock_key(self, key: str) -> None:
        """Serialize writers of one article key for the rest of the transaction."""

    @abstractmethod
    def schema_version(self) -> int: ...

    @abstractmethod
    def close(self) -> None: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __enter__(self) -> Self:
        return self

    # -- writing ---------------------------------------------------------------------

    def known(self, key: str) -> Known | None:
        """The latest stored version of ``key``, if any."""
        rows = self._query(
            "SELECT id, version, content_hash FROM articles WHERE key = ? AND is_latest = 1",
            [key],
        )
        if not rows:
            return None
        r = rows[0]
        return Known(int(r["id"]), int(r["version"]), r["content_hash"])

    def has_content(self, digest: str) -> int | None:
        """The id of a latest version with this content hash, if any."""
        rows = self._query(
            "SELECT id FROM articles WHERE content_hash = ? AND is_latest = 1 LIMIT 1", [digest]
        )
        return int(rows[0]["id"]) if rows else None

    def save(
        self,
        analysis: dict[str, Any],
        *,
        verdicts: Sequence[dict[str, Any]] = (),
        source: str | None = None,
        verified: bool = False,
    ) -> SaveResult:
        """Store one analysis (``Analysis.to_json()``) in one transaction.

        Unchanged content is not stored again (``unchanged``; ``duplicate`` when an article
        with no URL has the content of another); new content under a known URL becomes the
        next version (``updated``).
        """
        try:
            with self._transaction():
                return self._save(analysis, list(verdicts), source, verified)
        except Exception as exc:
            wrapped = self._wrap_error(exc)
            if wrapped is None:
                raise
            raise wrapped from exc

    def save_many(self, analyses: Iterable[dict[str, Any]], *, source: str | None = None) -> int:
        """Bulk import in one transaction (for benchmarks and imports): all or nothing."""
        count = 0
        with self._transaction():
            for analysis in analyses:
                self._save(analysis, [], source, False)
                count += 1
        return count

    def _save(
        self,
        analysis: dict[str, Any],
        verdicts: list[dict[str, Any]],
        source: str | None,
        verified: bool,
    ) -> SaveResult:
        article = analysis["article"]
        key, digest = identity(article)
        self._lock_key(key)
        known = self.known(key)
        if known is not None and known.content_hash == digest:
            return SaveResult("unchanged", known.article_id, key, known.version)
        if known is None and key.startswith("sha256:"):
            # An article without a URL whose text is already stored under a URL.
            same = self.has_content(digest)
            if same is not None:
                return SaveResult("duplicate", same, key, 1)
        version = known.version + 1 if known else 1
        rows = split_rows(analysis, verdicts)
        if known is not None:
            self._query("UPDATE articles SET is_latest = 0 WHERE id = ?", [known.article_id])
        (new,) = self._query(
            "INSERT INTO articles (key, version, is_latest, content_hash, url, source_url, "
            "title, body, outlet, language, published, source, ingested_at, verified, "
            "quote_count, flag_count, analysis) "
            "VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
            [
                key,
                version,
                digest,
                article.get("url"),
                article.get("source_url"),
                article.get("title"),
                article["body"],
                article.get("outlet"),
                article.get("language"),
                article.get("published"),
                source,
                datetime.now(UTC).isoformat(timespec="seconds"),
                int(verified),
                len(rows.quotes),
                len(rows.flags),
                json.dumps(analysis, ensure_ascii=False),
            ],
        )
        article_id = int(new["id"])
        self._execute_many(
            "INSERT INTO entities (article_id, entity_key, name, kind, country, kb, roles, "
            "mentions) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    article_id,
                    e["entity_key"],
                    e["name"],
                    e["kind"],
                    e["country"],
                    e["kb"],
                    json.dumps(e["roles"], ensure_ascii=False),
                    e["mentions"],
                )
                for e in rows.entities
            ],
        )
        self._execute_many(
            "INSERT INTO entity_names (article_id, entity_key, name) VALUES (?, ?, ?)",
            [(article_id, entity_key, name) for entity_key, name in rows.names],
        )
        self._execute_many(
            "INSERT INTO quotes (article_id, position, text, kind, speaker_name, "
            "speaker_entity, verb, date, span_start, span_end, sentence) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    article_id,
                    q["position"],
                    q["text"],
                    q["kind"],
                    q["speaker_name"],
                    q["speaker_entity"],
                    q["verb"],
                    q["date"],
                    q["span"][0] if q["span"] else None,
                    q["span"][1] if q["span"] else None,
                    q["sentence"],
                )
                for q in rows.quotes
            ],
        )
        self._execute_many(
            "INSERT INTO events (article_id, position, actor_name, actor_entity, action, "
            "plover, cameo, target_name, place, date, negated, data) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    article_id,
                    ev["position"],
                    ev["actor_name"],
                    ev["actor_entity"],
                    ev["action"],
                    ev["plover"],
                    ev["cameo"],
                    ev["target_name"],
                    ev["place"],
                    ev["date"],
                    int(ev["negated"]),
                    json.dumps(ev["data"], ensure_ascii=False),
                )
                for ev in rows.events
            ],
        )
        self._execute_many(
            "INSERT INTO event_actors (article_id, position, name, entity_key) VALUES (?, ?, ?, ?)",
            [(article_id, position, name, entity) for position, name, entity in rows.actors],
        )
        self._execute_many(
            "INSERT INTO flags (article_id, position, kind, severity, message_ja, "
            "message_en, data) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    article_id,
                    f["position"],
                    f["kind"],
                    f["severity"],
                    f["message_ja"],
                    f["message_en"],
                    json.dumps(f["data"], ensure_ascii=False),
                )
                for f in rows.flags
            ],
        )
        self._execute_many(
            "INSERT INTO verdicts (article_id, position, data) VALUES (?, ?, ?)",
            [
                (article_id, i, json.dumps(v, ensure_ascii=False))
                for i, v in enumerate(rows.verdicts)
            ],
        )
        return SaveResult("updated" if known else "stored", article_id, key, version)

    # -- reading ---------------------------------------------------------------------

    def get_article(self, article_id: int) -> ArticleRecord | None:
        """One stored version with its analysis, verdicts and the list of its versions."""
        rows = self._query(
            f"SELECT {_SUMMARY}, a.source, a.analysis FROM articles a WHERE a.id = ?",
            [article_id],
        )
        if not rows:
            return None
        row = rows[0]
        verdicts = self._query(
            "SELECT data FROM verdicts WHERE article_id = ? ORDER BY position", [article_id]
        )
        versions = self._query(
            "SELECT id, version, ingested_at, is_latest FROM articles WHERE key = ? "
            "ORDER BY version DESC",
            [row["key"]],
        )
        return ArticleRecord(
            summary=_summary(row),
            source=row["source"],
            analysis=json.loads(row["analysis"]),
            verdicts=[json.loads(v["data"]) for v in verdicts],
            versions=[
                VersionInfo(int(v["id"]), int(v["version"]), v["ingested_at"], bool(v["is_latest"]))
                for v in versions
            ],
        )

    def list_articles(self, *, limit: int = 20, offset: int = 0) -> Page[ArticleSummary]:
        """The latest version of every article, newest publication first."""
        return self.search(SearchQuery(limit=limit, offset=offset)).map(lambda h: h.article)

    def search(self, query: SearchQuery) -> Page[SearchHit]:
        """Articles (latest versions) matching the query's text and all its filters."""
        limit, offset = _bounds(query.limit, query.offset)
        where, params = self._where(query)
        rows = self._query(
            f"SELECT {_SUMMARY}, a.body FROM articles a WHERE {where} "
            f"ORDER BY {_ORDER} LIMIT ? OFFSET ?",
            [*params, limit + 1, offset],
        )
        terms = query.terms
        hits = [SearchHit(_summary(r), snippet(r["body"], terms) if terms else None) for r in rows]
        return _page(hits, limit, offset)

    def _where(self, query: SearchQuery) -> tuple[str, list[Any]]:
        parts = ["a.is_latest = 1"]
        params: list[Any] = []
        if query.terms:
            sql, values = self._text_condition(query.terms, query.method)
            parts.append(sql)
            params.extend(values)
        # Filters on claims are id lists from an index (IN, not a correlated EXISTS), so
        # that a selective one (a speaker quoted in 300 of 100,000 articles) can drive the
        # query instead of being checked row by row.
        if query.speaker:
            parts.append(
                "a.id IN (SELECT q.article_id FROM quotes q WHERE q.speaker_name = ? "
                "UNION SELECT q.article_id FROM entity_names n JOIN quotes q ON "
                "q.article_id = n.article_id AND q.speaker_entity = n.entity_key "
                "WHERE n.name = ?)"
            )
            params += [query.speaker, query.speaker]
        if query.entity:
            parts.append("a.id IN (SELECT n.article_id FROM entity_names n WHERE n.name = ?)")
            params.append(query.entity)
        if query.event_type:
            parts.append(
                "a.id IN (SELECT ev.article_id FROM events ev WHERE ev.plover = ? "
                "UNION SELECT ev.article_id FROM events ev WHERE ev.cameo = ? "
                "UNION SELECT ev.article_id FROM events ev WHERE ev.action = ?)"
            )
            params += [query.event_type] * 3
        if (start := check_date(query.date_from)) is not None:
            parts.append("a.published >= ?")
            params.append(start)
        if (end := check_date(query.date_to)) is not None:
            parts.append("a.published <= ?")
            params.append(end)
        if query.outlet:
            parts.append("a.outlet = ?")
            params.append(query.outlet)
        if query.flagged:
            parts.append("a.flag_count > 0")
        return " AND ".join(parts), params

    def outlets(self) -> list[str]:
        rows = self._query(
            "SELECT DISTINCT outlet FROM articles WHERE is_latest = 1 AND outlet IS NOT NULL "
            "ORDER BY outlet"
        )
        return [r["outlet"] for r in rows]

    def speaker_quotes(self, name: str, *, limit: int = 50, offset: int = 0) -> Page[QuoteRow]:
        """What a speaker said across articles; ``name`` may be any form the articles use."""
        limit, offset = _bounds(limit, offset)
        rows = self._query(
            "SELECT q.*, a.title AS article_title, a.published FROM quotes q "
            "JOIN articles a ON a.id = q.article_id WHERE a.is_latest = 1 AND "
            "(q.speaker_name = ? OR q.speaker_entity IN (SELECT n.entity_key FROM entity_names n "
            "WHERE n.article_id = q.article_id AND n.name = ?)) "
            f"ORDER BY {_ORDER}, q.position LIMIT ? OFFSET ?",
            [name, name, limit + 1, offset],
        )
        return _page([_quote(r) for r in rows], limit, offset)

    def events(
        self,
        *,
        actor: str | None = None,
        event_type: str | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> Page[EventRow]:
        """Events across articles, by an actor (any form of its name) or of a type."""
        limit, offset = _bounds(limit, offset)
        parts, params = ["a.is_latest = 1"], []
        if actor:
            # The actor by any form of its name, alone or as a member of a group actor.
            parts.append(
                "EXISTS (SELECT 1 FROM event_actors x WHERE x.article_id = ev.article_id "
                "AND x.position = ev.position AND (x.name = ? OR x.entity_key IN "
                "(SELECT n.entity_key FROM entity_names n WHERE n.article_id = ev.article_id "
                "AND n.name = ?)))"
            )
            params += [actor, actor]
        if event_type:
            parts.append("(ev.plover = ? OR ev.cameo = ? OR ev.action = ?)")
            params += [event_type] * 3
        rows = self._query(
            "SELECT ev.*, a.title AS article_title, a.published FROM events ev "
            f"JOIN articles a ON a.id = ev.article_id WHERE {' AND '.join(parts)} "
            f"ORDER BY {_ORDER}, ev.position LIMIT ? OFFSET ?",
            [*params, limit + 1, offset],
        )
        return _page([_event(r) for r in rows], limit, offset)

    def flags(
        self,
        *,
        kind: str | None = None,
        severity: str | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> Page[FlagRow]:
        """Flags across articles, newest first."""
        limit, offset = _bounds(limit, offset)
        parts, params = ["a.is_latest = 1"], []
        if kind:
            parts.append("f.kind = ?")
            params.append(kind)
        if severity:
            parts.append("f.severity = ?")
            params.append(severity)
        rows = self._query(
            "SELECT f.*, a.title AS article_title, a.published FROM flags f "
            f"JOIN articles a ON a.id = f.article_id WHERE {' AND '.join(parts)} "
            f"ORDER BY {_ORDER}, f.position LIMIT ? OFFSET ?",
            [*params, limit + 1, offset],
        )
        return _page([_flag(r) for r in rows], limit, offset)

    def entities(
        self,
        *,
        name: str | None = None,
        kind: str | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> Page[EntitySummary]:
        """Entities across articles with how many articles name them and quote them."""
        limit, offset = _bounds(limit, offset)
        parts, params = ["a.is_latest = 1"], []
        if name:
            parts.append(
                "EXISTS (SELECT 1 FROM entity_names n WHERE n.article_id = e.article_id "
                "AND n.entity_key = e.entity_key AND n.name = ?)"
            )
            params.append(name)
        if kind:
            parts.append("e.kind = ?")
            params.append(kind)
        rows = self._query(
            "SELECT e.name, e.kind, COUNT(DISTINCT e.article_id) AS articles, "
            "SUM((SELECT COUNT(*) FROM quotes q WHERE q.article_id = e.article_id "
            "AND q.speaker_entity = e.entity_key)) AS quotes "
            f"FROM entities e JOIN articles a ON a.id = e.article_id WHERE {' AND '.join(parts)} "
            "GROUP BY e.name, e.kind ORDER BY articles DESC, quotes DESC, e.name "
            "LIMIT ? OFFSET ?",
            [*params, limit + 1, offset],
        )
        items = [
            EntitySummary(r["name"], r["kind"], int(r["articles"]), int(r["quotes"] or 0))
            for r in rows
        ]
        return _page(items, limit, offset)

    def info(self) -> StoreInfo:
        (row,) = self._query(
            "SELECT (SELECT COUNT(*) FROM articles WHERE is_latest = 1) AS articles, "
            "(SELECT COUNT(*) FROM articles) AS versions, "
            "(SELECT COUNT(*) FROM quotes) AS quotes, (SELECT COUNT(*) FROM flags) AS flags"
        )
        return StoreInfo(
            backend=self.backend,
            location=self.location,
            schema_version=self.schema_version(),
            articles=int(row["articles"]),
            versions=int(row["versions"]),
            quotes=int(row["quotes"]),
            flags=int(row["flags"]),
        )


def _quote(r: Row) -> QuoteRow:
    span = (int(r["span_start"]), int(r["span_end"])) if r["span_start"] is not None else None
    return QuoteRow(
        article_id=int(r["article_id"]),
        article_title=r["article_title"],
        published=r["published"],
        position=int(r["position"]),
        text=r["text"],
        kind=r["kind"],
        speaker=r["speaker_name"],
        speaker_entity=r["speaker_entity"],
        verb=r["verb"],
        date=r["date"],
        span=span,
    )


def _event(r: Row) -> EventRow:
    return EventRow(
        article_id=int(r["article_id"]),
        article_title=r["article_title"],
        published=r["published"],
        position=int(r["position"]),
        actor=r["actor_name"],
        action=r["action"],
        plover=r["plover"],
        cameo=r["cameo"],
        target=r["target_name"],
        place=r["place"],
        date=r["date"],
        negated=bool(r["negated"]),
        data=json.loads(r["data"]),
    )


def _flag(r: Row) -> FlagRow:
    return FlagRow(
        article_id=int(r["article_id"]),
        article_title=r["article_title"],
        published=r["published"],
        position=int(r["position"]),
        kind=r["kind"],
        severity=r["severity"],
        message_ja=r["message_ja"],
        message_en=r["message_en"],
        data=json.loads(r["data"]),
    )
