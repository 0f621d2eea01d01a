"""The archive's store at scale: ingest throughput and search latency, SQLite and PostgreSQL.

A synthetic archive (100,000 articles by default) is generated from sentences written here
and inserted straight through the store (``Store.save``), not through the NLP. Every figure
has a baseline measured in the same run on the same data, and is printed as a ratio to it:

- ingest: ``Store.save`` (one transaction per article: the article, its FTS/trigram index
  entry, entities, names, quotes, events, flags) against inserting the bare article rows
  (title, body; no index) one transaction each, into the same database;
- search: p50/p95 latency of ``Store.search`` (20 hits with snippets) through the text
  index (FTS5 trigram / pg_trgm) against the same query by a full scan (``method="scan"``:
  ``instr()`` / ``strpos()``), per query class; both must return the same hits.

PostgreSQL runs on a throwaway server from Debian's binaries (``urazuke.store.pgserver``)
with ``synchronous_commit=off``, which is what SQLite's WAL with ``synchronous=NORMAL``
promises too (a crash may lose the last commits, never consistency).

Usage: ``python bench/archive.py [--articles N] [--backend sqlite|postgresql|both]``.
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from urazuke.store import SearchQuery, Store, open_store
from urazuke.store.pgserver import start_server

# -- the synthetic archive ------------------------------------------------------------

FAMILY = (
    "佐藤 鈴木 高橋 田中 伊藤 渡辺 山本 中村 小林 加藤 吉田 山田 佐々木 山口 松本 井上 木村 林 "
    "清水 斎藤"
)
GIVEN = "一郎 健太 美咲 直子 大輔 陽子 翔太 恵 隆 真理"
FIRST = "ジョン マリア ピエール アンナ カルロス エレナ ミハイル ソフィア デビッド ラウラ"
LAST = "スミス ガルシア マルタン シュミット ロッシ コワルスキ シルバ ペトロフ ハンセン ノバク"
PEOPLE = [f + g for f in FAMILY.split() for g in GIVEN.split()] + [
    f"{f}・{g}" for f in FIRST.split() for g in LAST.split()
]
TITLES = "首相 外相 大統領 財務相 報道官 議員 市長 委員長 教授 代表".split()
COUNTRIES = (
    "日本 米国 中国 韓国 ロシア ウクライナ フランス ドイツ 英国 インド ブラジル オーストラリア "
    "カナダ イタリア インドネシア ベトナム フィリピン トルコ 南アフリカ メキシコ サウジアラビア "
    "エジプト ナイジェリア アルゼンチン ポーランド タイ マレーシア ケニア チリ ノルウェー"
).split()
ORGS = (
    "国連 世界銀行 国際通貨基金 世界保健機関 経済協力開発機構 東南アジア諸国連合 欧州連合 "
    "国際原子力機関 世界貿易機関 国際労働機関"
).split()
CITIES = (
    "東京 ワシントン 北京 ソウル パリ ベルリン ロンドン ニューデリー ブラジリア キャンベラ "
    "ジャカルタ ハノイ マニラ アンカラ ナイロビ オスロ ローマ ワルシャワ バンコク サンティアゴ"
).split()
TOPICS = (
    "経済協力 気候変動対策 安全保障 エネルギー供給 食料価格 半導体の輸出規制 難民の受け入れ "
    "漁業資源 海洋汚染 感染症対策 物価高 防衛費 貿易赤字 原子力発電 宇宙開発 人工知能の規制 "
    "少子化対策 観光振興 港湾整備 鉄道網の拡充"
).split()
OUTLETS = (
    "港町新報 北方日報 中央通信 湾岸タイムズ 山峡新聞 東西ニュース 列島ポスト 海風放送".split()
)
SAYINGS = [
    "{topic}は我々にとって最も重要な課題だ",
    "対話の扉は常に開かれている",
    "国民の安全を守るために全力を尽くす",
    "{country}との関係をさらに深めたい",
    "現時点で結論を出すのは早すぎる",
    "この問題は一国だけでは解決できない",
    "{topic}について近く具体案を示す",
    "約束は必ず守る",
]
TITLE_FORMS = [
    "{country}と{country2}が{topic}で協議",
    "{person}{title}、{topic}について見解",
    "{city}で{topic}をめぐる会合、{number}人が参加",
    "{org}が{topic}に関する報告書を公表",
    "{country}政府、{topic}の新方針を発表",
]
# (sentence, event: (PLOVER, CAMEO, actor slot, target slot) or None)
SENTENCES: list[tuple[str, tuple[str, str, str, str | None] | None]] = [
    ("{country}の{person}{title}は{city}で記者会見を開いた。", None),
    (
        "{country}と{country2}の外相は{topic}について会談し、協力を続けることで一致した。",
        ("CONSULT", "04", "country", "country2"),
    ),
    ("{org}によると、{topic}に関連する支出は約{number}億円に上る。", None),
    (
        "{country}は{country2}に対する制裁を強化すると発表した。",
        ("SANCTION", "16", "country", "country2"),
    ),
    ("{city}では{number}人以上が参加する抗議活動が行われた。", ("PROTEST", "14", "city", None)),
    ("専門家の間では、{topic}の先行きを懸念する声も出ている。", None),
    ("政府関係者は、{topic}への対応を急ぐ考えを示した。", None),
    ("{org}は来月、{topic}に関する新たな報告書をまとめる予定だ。", None),
    ("市場では{topic}をめぐる不透明感から、株価が{small}％下落した。", None),
    (
        "{country}の議会は{topic}に関する法案を賛成多数で可決した。",
        ("AGREE", "05", "country", None),
    ),
    ("{country2}側はこの決定に強く反発している。", ("REJECT", "12", "country2", None)),
    ("両国の首脳会談は約{small}0分にわたって行われた。", ("CONSULT", "04", "country", "country2")),
    (
        "{country}は{country2}への人道支援として{number}億円を拠出する。",
        ("AID", "07", "country", "country2"),
    ),
]
QUOTE_FORMS = ["{person}{title}は「{saying}」と述べた。", "{person}氏は「{saying}」と強調した。"]


def _article(i: int, rng: random.Random) -> dict[str, Any]:
    """One article in the README's JSON shape, with spans computed from its body."""
    slots = {
        "person": rng.choice(PEOPLE),
        "title": rng.choice(TITLES),
        "country": rng.choice(COUNTRIES),
        "country2": rng.choice(COUNTRIES),
        "org": rng.choice(ORGS),
        "city": rng.choice(CITIES),
        "topic": rng.choice(TOPICS),
        "number": str(rng.randint(2, 990)),
        "small": str(rng.randint(1, 9)),
    }
    if slots["country2"] == slots["country"]:
        slots["country2"] = COUNTRIES[(COUNTRIES.index(slots["country"]) + 1) % len(COUNTRIES)]
    parts: list[str] = []
    quotes: list[tuple[str, int]] = []
    events: list[tuple[tuple[str, str, str, str | None], int, int]] = []
    length = 0
    picked = rng.sample(SENTENCES, rng.randint(6, 10))
    for n, (form, event) in enumerate(picked):
        if n in (1, 4) or (n == 7 and rng.random() < 0.5):
            saying = rng.choice(SAYINGS).format(**slots)
            sentence = rng.choice(QUOTE_FORMS).format(saying=saying, **slots)
            quotes.append((f"「{saying}」", length + sentence.index("「")))
            parts.append(sentence)
            length += len(sentence)
        sentence = form.format(**slots)
        if event is not None:
            events.append((event, length, length + len(sentence)))
        parts.append(sentence)
        length += len(sentence)
    body = "".join(parts)
    names = {
        "person": ("person", slots["person"]),
        "country": ("country", slots["country"]),
        "country2": ("country", slots["country2"]),
        "org": ("organization", slots["org"]),
        "city": ("place", slots["city"]),
    }
    entities: list[dict[str, Any]] = []
    ids: dict[str, str] = {}
    for slot, (kind, name) in names.items():
        spans = []
        at = body.find(name)
        while at >= 0:
            spans.append({"text": name, "span": [at, at + len(name)], "sentence": 0})
            at = body.find(name, at + len(name))
        if spans and name not in ids.values():
            ids[slot] = f"e{len(entities) + 1}"
            entities.append(
                {
                    "id": ids[slot],
                    "name": name,
                    "kind": kind,
                    "country": None,
                    "roles": [],
                    "mentions": spans,
                    "kb": None,
                }
            )
        elif spans:
            ids[slot] = next(k for k, v in ids.items() if names[k][1] == name)
    day = rng.randint(0, 6 * 365)
    published = time.strftime("%Y-%m-%d", time.gmtime(1577836800 + day * 86400))
    flags = []
    if rng.random() < 0.03:
        at = body.find(slots["person"])
        flags.append(
            {
                "kind": "role",
                "severity": "high",
                "message_ja": f"{slots['person']}の肩書が当時のものと異なります。",
                "message_en": "The title does not match the office holder on that date.",
                "claim": {"text": slots["person"], "span": [at, at + len(slots["person"])]},
                "evidence": [{"source": "kb", "text": "別の人物が在任"}],
            }
        )
    return {
        "article": {
            "title": rng.choice(TITLE_FORMS).format(**slots),
            "body": body,
            "url": f"https://news{i % 7}.example/articles/{i}" if i % 2 else None,
            "source_url": None,
            "image_source": None,
            "outlet": rng.choice(OUTLETS),
            "language": "ja",
            "published": published,
            "published_from": "html",
            "truncated": False,
            "encoding": "utf-8",
        },
        "sentences": [[0, len(body)]],
        "entities": entities,
        "quotes": [
            {
                "text": text,
                "span": [at, at + len(text)],
                "sentence": 0,
                "kind": "direct",
                "speaker": {"name": slots["person"], "entity": ids.get("person")},
                "verb": "述べ",
                "date": published,
            }
            for text, at in quotes
        ],
        "times": [],
        "quantities": [],
        "events": [
            {
                "actor": {"name": names[a][1], "entity": ids.get(a)},
                "action": "行為",
                "plover": plover,
                "cameo": cameo,
                "target": {"name": names[t][1], "entity": ids.get(t)} if t else None,
                "place": None,
                "date": published,
                "modality": "asserted",
                "negated": False,
                "span": [start, end],
                "sentence": 0,
            }
            for (plover, cameo, a, t), start, end in events
        ],
        "flags": flags,
    }


def articles(count: int, seed: int = 20241116) -> Iterator[dict[str, Any]]:
    rng = random.Random(seed)
    for i in range(count):
        yield _article(i, rng)


# -- measuring --------------------------------------------------------------------------

QUERIES: dict[str, list[dict[str, Any]]] = {
    "rare name (3+ chars)": [
        {"text": p}
        for p in ("高橋美咲", "ピエール・シルバ", "木村翔太", "エレナ・ノバク", "井上真理")
    ],
    "country (3+ chars)": [{"text": c} for c in ("ノルウェー", "アルゼンチン", "インドネシア")],
    "common phrase (3+ chars)": [{"text": t} for t in ("記者会見", "報告書", "賛成多数")],
    "two terms": [{"text": "安全保障 制裁"}, {"text": "ケニア 人道支援"}],
    "2 characters (fallback)": [{"text": t} for t in ("首脳", "株価", "拠出")],
    "no match": [{"text": "存在しない語句"}, {"text": "月面基地"}],
    "speaker + text": [
        {"text": "安全保障", "speaker": "高橋美咲"},
        {"text": "支出", "speaker": "ジョン・スミス"},
    ],
    "date range + text": [{"text": "気候変動", "date_from": "2023-01-01", "date_to": "2023-12-31"}],
    "flagged + text": [{"text": "防衛費", "flagged": True}],
}


@dataclass
class Figures:
    backend: str
    articles: int
    ingest: dict[str, float] = field(default_factory=dict)
    search: dict[str, dict[str, float]] = field(default_factory=dict)


def _percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p * (len(ordered) - 1)))]


def _bare_rate(store: Store, sample: list[dict[str, Any]]) -> float:
    """Baseline: the bare article rows, one transaction each, no index."""
    store._query("CREATE TABLE bench_bare (id INTEGER PRIMARY KEY, title TEXT, body TEXT)")
    start = time.perf_counter()
    for i, a in enumerate(sample):
        with store._transaction():
            store._query(
                "INSERT INTO bench_bare (id, title, body) VALUES (?, ?, ?)",
                [i, a["article"]["title"], a["article"]["body"]],
            )
    rate = len(sample) / (time.perf_counter() - start)
    store._query("DROP TABLE bench_bare")
    return rate


def run(store: Store, count: int, sample: int, rounds: int, log: Callable[[str], None]) -> Figures:
    figures = Figures(store.backend, count)
    generated = articles(count)
    first = [next(generated) for _ in range(min(sample, count))]
    bare = _bare_rate(store, first)
    start = time.perf_counter()
    for a in first:
        store.save(a)
    saved = len(first) / (time.perf_counter() - start)
    log(f"{store.backend}: save {saved:.0f}/s, bare rows {bare:.0f}/s; loading the rest…")
    start = time.perf_counter()
    loaded = 0
    batch: list[dict[str, Any]] = []
    for a in generated:
        batch.append(a)
        if len(batch) == 1000:
            loaded += store.save_many(batch)
            batch = []
            if loaded % 20000 == 0:
                log(f"  {loaded + len(first)} articles")
    loaded += store.save_many(batch)
    bulk = loaded / (time.perf_counter() - start) if loaded else 0.0
    if store.backend == "postgresql":
        store._query("VACUUM ANALYZE articles")
    else:
        store._query("ANALYZE")
    figures.ingest = {
        "save_per_s": round(saved, 1),
        "baseline_bare_rows_per_s": round(bare, 1),
        "ratio_to_baseline": round(saved / bare, 3),
        "bulk_save_many_per_s": round(bulk, 1),
    }
    for name, queries in QUERIES.items():
        timings: dict[str, list[float]] = {"index": [], "scan": []}
        for q in queries:
            results = {}
            for method in ("index", "scan"):
                query = SearchQuery(**q, limit=20, method=method)
                store.search(query)  # warm
                for _ in range(rounds if method == "index" else max(3, rounds // 4)):
                    t = time.perf_counter()
                    page = store.search(query)
                    timings[method].append((time.perf_counter() - t) * 1000)
                results[method] = [h.article.id for h in page.items]
            assert results["index"] == results["scan"], (name, q, results)
        p50, p95 = _percentile(timings["index"], 0.5), _percentile(timings["index"], 0.95)
        b50, b95 = _percentile(timings["scan"], 0.5), _percentile(timings["scan"], 0.95)
        figures.search[name] = {
            "p50_ms": round(p50, 2),
            "p95_ms": round(p95, 2),
            "baseline_scan_p50_ms": round(b50, 2),
            "baseline_scan_p95_ms": round(b95, 2),
            "speedup_p50": round(b50 / p50, 1),
            "speedup_p95": round(b95 / p95, 1),
        }
        log(f"  {name}: p50 {p50:.1f} ms (scan {b50:.1f} ms, ×{b50 / p50:.1f})")
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--backend", choices=["sqlite", "postgresql", "both"], default="both")
    parser.add_argument("--sample", type=int, default=2000, help="articles saved one by one")
    parser.add_argument("--rounds", type=int, default=20, help="timed runs of each query")
    args = parser.parse_args()

    def log(line: str) -> None:
        print(line, flush=True)

    results: list[Figures] = []
    with tempfile.TemporaryDirectory(prefix="urazuke-bench-") as tmp:
        if args.backend in ("sqlite", "both"):
            with open_store(str(Path(tmp) / "bench.sqlite3")) as store:
                results.append(run(store, args.articles, args.sample, args.rounds, log))
        if args.backend in ("postgresql", "both"):
            server = start_server(durable=True)
            try:
                with open_store(server.create_database("bench")) as store:
                    results.append(run(store, args.articles, args.sample, args.rounds, log))
            finally:
                server.stop()
    print(json.dumps([f.__dict__ for f in results], indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
