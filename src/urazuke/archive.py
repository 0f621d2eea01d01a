"""The archive's batch runner: files, folders, feeds and URLs in, one record per article.

``ingest(sources, store)`` expands every source into articles (folders recursively, feeds
into their items), then for each article: reads or fetches it (``urazuke.ingest``),
skips it if the archive already holds the same content, analyzes it
(``urazuke.analyze``), checks it (``urazuke.verify``, when installed) and stores it in one
transaction. One bad article is an ``Outcome`` with an error code, never the end of the
run; an interrupted run leaves every article either stored whole or not at all.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from urazuke.errors import Errors, UrazukeError
from urazuke.ingest import MAX_BYTES, parse_article, read_article
from urazuke.ingest.feeds import FEED_SUFFIXES, looks_like_feed, parse_feed
from urazuke.ingest.fetch import Fetched, FetchPolicy, fetch
from urazuke.model import Analysis, Article
from urazuke.store import Store, identity

Status = Literal["stored", "updated", "unchanged", "duplicate", "failed"]
NerMode = Literal["auto", "all", "none"]
AnalyzeFn = Callable[[Article], Analysis]
VerifyFn = Callable[[Analysis], Analysis]
Fetcher = Callable[[str, FetchPolicy], Fetched]

# Files a folder contributes; a file named on the command line is tried whatever its name.
ARTICLE_SUFFIXES = (".txt", ".html", ".htm", ".xhtml")


@dataclass(frozen=True)
class IngestOptions:
    fetch: FetchPolicy = field(default_factory=FetchPolicy)
    published: str | None = None  # YYYY-MM-DD for every article, as `analyze --published`
    ner: NerMode = "auto"


@dataclass(frozen=True)
class Outcome:
    """What became of one source: stored, a new version, skipped, or failed (with a code)."""

    source: str
    status: Status
    article_id: int | None = None
    version: int | None = None
    title: str | None = None
    code: str | None = None
    message: str | None = None


@dataclass(frozen=True)
class Summary:
    outcomes: tuple[Outcome, ...]

    def count(self, *statuses: Status) -> int:
        return sum(o.status in statuses for o in self.outcomes)

    @property
    def stored(self) -> int:
        """New records and new versions."""
        return self.count("stored", "updated")

    @property
    def skipped(self) -> int:
        """Already in the archive with the same content."""
        return self.count("unchanged", "duplicate")

    @property
    def failed(self) -> int:
        return self.count("failed")

    def line(self) -> str:
        versions = self.count("updated")
        extra = f" ({versions} as new versions)" if versions else ""
        return (
            f"stored {self.stored}{extra}, skipped {self.skipped} (already archived), "
            f"failed {self.failed}"
        )


@dataclass(frozen=True)
class Task:
    """One article to ingest: a file, or a URL (perhaps already fetched)."""

    source: str
    path: Path | None = None
    fetched: Fetched | None = None


def load_verify() -> VerifyFn | None:
    """``urazuke.verify.verify`` if that module is installed, else None."""
    try:
        module = importlib.import_module("urazuke.verify")
    except ImportError:
        return None
    verify = getattr(module, "verify", None)
    return verify if callable(verify) else None


def _is_url(source: str) -> bool:
    return "://" in source


def _default_fetch(url: str, policy: FetchPolicy) -> Fetched:
    return fetch(url, policy)


def _failed(source: str, error: UrazukeError) -> Outcome:
    return Outcome(source, "failed", code=error.code, message=error.message)


def _walk(folder: Path) -> Iterator[Path]:
    """Article and feed files under ``folder``, in name order, hidden ones left out."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and name.lower().endswith(ARTICLE_SUFFIXES + FEED_SUFFIXES):
                yield Path(root) / name


def _head(path: Path) -> bytes:
    try:
        with path.open("rb") as f:
            return f.read(4096)
    except OSError as exc:
        raise UrazukeError(Errors.E008, path=str(path), detail=exc.strerror or str(exc)) from exc


def _feed_tasks(data: bytes, base_url: str | None, source: str) -> list[Task]:
    feed = parse_feed(data, base_url=base_url, source=source)
    return [Task(item.link) for item in feed.items]


def plan(
    sources: Iterable[str], options: IngestOptions, fetcher: Fetcher = _default_fetch
) -> Iterator[Task | Outcome]:
    """Every article the sources name, or an Outcome for a source that cannot be expanded."""
    for source in sources:
        try:
            if _is_url(source):
                fetched = fetcher(source, options.fetch)
                if looks_like_feed(
                    fetched.content, content_type=fetched.content_type, name=fetched.url
                ):
                    yield from _feed_tasks(fetched.content, fetched.url, source)
                else:
                    yield Task(source, fetched=fetched)
                continue
            path = Path(source).expanduser()
            if path.is_dir():
                files: Iterable[Path] = _walk(path)
            elif path.is_file():
                files = [path]
            else:
                raise UrazukeError(Errors.E005, path=source)
            for file in files:
                name = str(file)
                try:
                    if file.suffix.lower() in FEED_SUFFIXES and looks_like_feed(
                        _head(file), name=name
                    ):
                        yield from _feed_tasks(file.read_bytes(), None, name)
                    else:
                        yield Task(name, path=file)
                except UrazukeError as error:
                    yield _failed(name, error)
                except OSError as exc:
                    yield _failed(name, UrazukeError(Errors.E008, path=name, detail=str(exc)))
        except UrazukeError as error:
            yield _failed(source, error)


def _read(task: Task, options: IngestOptions, fetcher: Fetcher) -> Article:
    if task.path is not None:
        return read_article(task.path, published=options.published)
    fetched = task.fetched or fetcher(task.source, options.fetch)
    if len(fetched.content) > MAX_BYTES:
        raise UrazukeError(
            Errors.E004, source=task.source, size=len(fetched.content), limit=MAX_BYTES
        )
    return parse_article(
        fetched.content, name=fetched.url, url=fetched.url, published=options.published
    )


def ingest_one(
    task: Task,
    store: Store,
    options: IngestOptions,
    analyze: AnalyzeFn,
    verify: VerifyFn | None,
    fetcher: Fetcher = _default_fetch,
) -> Outcome:
    """Ingest one article; every failure becomes a failed Outcome with its code."""
    source = task.source
    try:
        article = _read(task, options, fetcher)
        key, digest = identity(article.to_json())
        known = store.known(key)
        if known is not None and known.content_hash == digest:
            return Outcome(source, "unchanged", known.article_id, known.version, article.title)
        if known is None and key.startswith("sha256:"):
            same = store.has_content(digest)
            if same is not None:
                return Outcome(source, "duplicate", same, None, article.title)
        try:
            analysis = analyze(article)
        except UrazukeError:
            raise
        except Exception as exc:  # a bug in one article's analysis must not end the batch
            raise UrazukeError(
                Errors.E111, source=source, detail=f"{type(exc).__name__}: {exc}"
            ) from exc
        verified = False
        if verify is not None:
            try:
                analysis = verify(analysis)
            except Exception as exc:
                raise UrazukeError(
                    Errors.E112, source=source, detail=f"{type(exc).__name__}: {exc}"
                ) from exc
            verified = True
        data = analysis.to_json()
        verdicts: Sequence[dict[str, Any]] = data.get("verdicts") or list(
            getattr(analysis, "verdicts", ())
        )
        try:
            saved = store.save(data, verdicts=verdicts, source=source, verified=verified)
        except UrazukeError:
            raise
        except Exception as exc:  # a malformed analysis: the transaction was rolled back
            raise UrazukeError(
                Errors.E117, source=source, detail=f"{type(exc).__name__}: {exc}"
            ) from exc
        return Outcome(source, saved.status, saved.article_id, saved.version, article.title)
    except UrazukeError as error:
        message = error.message if error.source else f"{source}: {error.message}"
        return Outcome(source, "failed", code=error.code, message=message)


def ingest(
    sources: Iterable[str],
    store: Store,
    options: IngestOptions | None = None,
    *,
    analyze: AnalyzeFn | None = None,
    verify: VerifyFn | Literal["auto"] | None = "auto",
    fetcher: Fetcher = _default_fetch,
    on_plan: Callable[[int], None] | None = None,
    on_outcome: Callable[[Outcome], None] | None = None,
) -> Summary:
    """Ingest every article the sources name into ``store``; return what became of each.

    ``analyze`` defaults to ``urazuke.analyze.analyze`` (the model loads once per process);
    ``verify="auto"`` uses ``urazuke.verify.verify`` when it is installed, None skips it.
    ``on_plan`` hears how many articles there are, ``on_outcome`` each one's outcome.
    """
    options = options or IngestOptions()
    if analyze is None:
        from urazuke.analyze import analyze as run_analysis

        ner = options.ner

        def analyze(article: Article) -> Analysis:
            return run_analysis(article, ner=ner)

    check = load_verify() if verify == "auto" else verify
    planned = list(plan(sources, options, fetcher))
    if on_plan is not None:
        on_plan(len(planned))
    outcomes: list[Outcome] = []
    for item in planned:
        if isinstance(item, Task):
            outcome = ingest_one(item, store, options, analyze, check, fetcher)
        else:
            outcome = item
        outcomes.append(outcome)
        if on_outcome is not None:
            on_outcome(outcome)
    return Summary(tuple(outcomes))
