"""Store benchmark: end-to-end ingest rate on the shared corpus, then search latency at scale.

The corpus is ingested once (extraction in worker processes), then replicated inside SQLite
(rows copied with new ids, FTS rows copied, nothing re-extracted) to at least 100,000
articles, and a fixed query mix is timed. Run: ``.venv/bin/python benchmarks/bench_store.py``.
"""

from __future__ import annotations

import argparse
import math
import statistics
import tempfile
import time
from pathlib import Path

from marsad.store.db import connect
from marsad.store.ingest import ingest
from marsad.store.search import search

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data" / "articles"
QUERIES = ["سوريا", "أمريكا", "الرئيس", '"الرئيس السوري"', "امريك*", "النفط", "الكتاب",
           "وزير الخارجية", "بسوريا", "الحكومة العراقية", "إيران", "الأمم المتحدة",
           '"مجلس الأمن"', "السعودية", "اقتصاد*", "القدس", "المعارضة المسلحة", "كرة القدم",
           "الانتخابات", "روسيا"]


def replicate(db: Path, target: int) -> int:
    """Copy the articles (and their FTS rows) with new ids until ``target`` is reached."""
    conn = connect(db)
    base, max_rowid = conn.execute("SELECT count(*), max(rowid) FROM articles").fetchone()
    copies = math.ceil(target / base) - 1
    for k in range(1, copies + 1):
        off = k * max_rowid
        conn.execute("BEGIN")
        conn.execute(
            "INSERT INTO articles(rowid, id, title, published, source, url, language, text, "
            "text_hash, json, run_id) SELECT rowid + ?, id || '~' || ?, title, published, "
            "source, url, language, text, text_hash || '~' || ?, json, run_id FROM articles "
            "WHERE rowid <= ?", (off, k, k, max_rowid))
        conn.execute("INSERT INTO articles_fts(rowid, title, body) SELECT rowid + ?, title, "
                     "body FROM articles_fts WHERE rowid <= ?", (off, max_rowid))
        conn.execute("COMMIT")
    total = int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
    conn.execute("INSERT INTO articles_fts(articles_fts) VALUES ('optimize')")
    conn.close()
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--target", type=int, default=100_000)
    parser.add_argument("--workers", type=int, default=None)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"
        t0 = time.perf_counter()
        summary = ingest([str(SHARED / "*.jsonl")], db, workers=args.workers, progress=False)
        dt = time.perf_counter() - t0
        print(f"ingest: {summary.read} read, {summary.new} new, {summary.duplicate} duplicate, "
              f"{summary.near_duplicate} near-duplicate, {summary.failed} failed in {dt:.1f}s "
              f"= {summary.read / dt:.0f} articles/s end to end")
        t0 = time.perf_counter()
        total = replicate(db, args.target)
        print(f"replicated to {total} articles in {time.perf_counter() - t0:.1f}s "
              f"(db {db.stat().st_size / 1e6:.0f} MB)")
        search(db, "سوريا")  # warm caches
        latencies: list[float] = []
        for _ in range(args.rounds):
            for query in QUERIES:
                t0 = time.perf_counter()
                search(db, query, limit=20)
                latencies.append((time.perf_counter() - t0) * 1000)
        latencies.sort()
        p95 = latencies[min(len(latencies) - 1, int(0.95 * len(latencies)))]
        print(f"search over {total} articles, {len(latencies)} queries: "
              f"p50 {statistics.median(latencies):.1f} ms, p95 {p95:.1f} ms, "
              f"max {latencies[-1]:.1f} ms")


if __name__ == "__main__":
    main()
