"""Corpus benchmark: bulk load of an N-article batch output, then every page and API endpoint.

Run: ``.venv/bin/python benchmarks/bench_corpus.py --articles 100000 [--work DIR]``.

1. The shared corpus goes through ``marsad batch`` once (cached under ``--work``).
2. Its ``articles`` shards are replicated to N articles: each copy gets a distinct id, a
   distinct text (a copy marker appended after the last sentence, so no offset moves) and a
   publication date spread over the years before the original's, so the corpus is neither
   one exact duplicate nor one day.
3. ``marsad ingest --parquet`` loads it into a fresh store, in a child process: load rate, peak
   RSS (of the loader and its workers) and database bytes per article are printed.
4. ``marsad serve`` runs on 127.0.0.1 and each route is requested ``--repeat`` times after a
   first (cold) hit: first-hit, p50 and p95 latency per route.

Numbers on this 2-core VM vary by ±20 % with other jobs; the table goes in docs/performance.md.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import pyarrow as pa
import pyarrow.parquet as pq

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data" / "articles"
MARSAD = [sys.executable, "-m", "marsad.cli"]
ROUTES = [
    "/", "/search?q=سوريا", "/search?q=%22مجلس+الأمن%22", "/search?q=قسد",
    "/entities", "/entities/gpe:syria", "/events", "/claims", "/map",
    "/api/articles?limit=20", "/api/search?q=سوريا", "/api/search?q=اقتصاد*",
    "/api/search?q=النفط&from=2015-01-01&to=2016-12-31", "/api/entities?limit=50",
    "/api/entities/gpe:syria", "/api/statements?limit=50", "/api/quantities?limit=50",
    "/api/events?limit=50", "/api/events/groups?limit=50", "/api/claims?limit=50",
]


def batch_output(work: Path) -> Path:
    """The shared corpus's ``marsad batch`` output (made once)."""
    out = work / "shared-batch"
    if not (out / "_SUCCESS").exists():
        subprocess.run([*MARSAD, "batch", str(SHARED), "--out", str(out), "--quiet"],
                       check=True)
    return out


def _shift(published: str | None, years: int) -> str | None:
    if not published:
        return published
    try:
        day = date.fromisoformat(published[:10])
    except ValueError:
        return published
    return (day - timedelta(days=365 * years + years % 97)).isoformat()


def replicate(source: Path, target: Path, articles: int) -> int:
    """Write ``articles`` distinct articles as batch shards under ``target``; returns the count."""
    shutil.rmtree(target, ignore_errors=True)
    (target / "articles").mkdir(parents=True)
    table = pa.concat_tables(pq.read_table(f) for f in sorted(
        (source / "articles").glob("part-*.parquet")))
    rows = table.to_pylist()
    written, copy, shard = 0, 0, 0
    while written < articles:
        chunk = []
        for row in rows:
            if written >= articles:
                break
            data = json.loads(row["json"])
            if copy:
                data["id"] = f"{data['id']}~{copy}"
                data["text"] = f"{data['text']} (نسخة {copy})"
                data["published"] = _shift(data.get("published"), copy % 12)
            chunk.append({**row, "doc": written, "id": data["id"], "text": data["text"],
                          "published": data.get("published"),
                          "json": json.dumps(data, ensure_ascii=False)})
            written += 1
            if len(chunk) == 500:
                pq.write_table(pa.Table.from_pylist(chunk, schema=table.schema),
                               target / "articles" / f"part-{shard:05d}.parquet",
                               compression="zstd")
                shard, chunk = shard + 1, []
        if chunk:
            pq.write_table(pa.Table.from_pylist(chunk, schema=table.schema),
                           target / "articles" / f"part-{shard:05d}.parquet", compression="zstd")
            shard += 1
        copy += 1
    return written


def load(corpus: Path, db: Path, workers: int | None = None) -> dict[str, Any]:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    began = time.perf_counter()
    out = subprocess.run([*MARSAD, "ingest", "--parquet", str(corpus), "--db", str(db),
                          "--json", "--quiet", *(["--workers", str(workers)] if workers else [])],
                         check=True, capture_output=True, text=True)
    seconds = time.perf_counter() - began
    summary = json.loads(out.stdout.strip().splitlines()[-1])
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    peak = after.ru_maxrss / 1024
    # CPU of the loader and its workers: steadier than the wall clock on a shared machine
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    size = sum(Path(f"{db}{s}").stat().st_size for s in ("", "-wal") if Path(f"{db}{s}").exists())
    return {"articles": summary["new"], "seconds": seconds,
            "articles_per_s": summary["new"] / seconds, "peak_rss_mb": peak,
            "cpu_ms_per_article": 1000 * cpu / max(1, summary["read"]),
            "db_mb": size / 2**20, "kb_per_article": size / 1024 / max(1, summary["new"])}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def migrate(db: Path) -> float:
    """Bring a store written by older code up to date before timing requests (seconds)."""
    from marsad.store.db import connect

    began = time.perf_counter()
    connect(db).close()
    return time.perf_counter() - began


def latencies(db: Path, repeat: int, timeout: float) -> Iterator[dict[str, Any]]:
    """Each route's row as soon as it is measured (a route slower than ``timeout`` seconds is
    reported with status 0 and not repeated)."""
    port = _free_port()
    server = subprocess.Popen([*MARSAD, "serve", "--db", str(db), "--port", str(port)],
                              stderr=subprocess.DEVNULL)
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=timeout) as client:
            for _ in range(600):
                try:
                    client.get("/health")
                    break
                except httpx.TransportError:
                    time.sleep(0.5)
            newest = client.get("/api/articles", params={"limit": 1}).json()["items"][0]["id"]
            article = quote(newest, safe="")
            for route in [*ROUTES, f"/api/articles/{article}", f"/articles/{article}"]:
                began = time.perf_counter()
                try:
                    first = client.get(route)
                except httpx.TimeoutException:
                    yield {"route": route, "status": 0, "bytes": 0, "first_ms": 1000 * timeout,
                           "p50_ms": float("nan"), "p95_ms": float("nan")}
                    continue
                cold = time.perf_counter() - began
                times = []
                for _ in range(repeat):
                    began = time.perf_counter()
                    client.get(route, headers={"accept-encoding": "gzip"})
                    times.append(time.perf_counter() - began)
                times.sort()
                yield {"route": route, "status": first.status_code,
                       "bytes": len(first.content), "first_ms": 1000 * cold,
                       "p50_ms": 1000 * statistics.median(times),
                       "p95_ms": 1000 * times[max(0, int(0.95 * len(times)) - 1)]}
    finally:
        server.terminate()
        server.wait(timeout=30)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=25_000)
    parser.add_argument("--work", type=Path, default=Path("/tmp/marsad-corpus-bench"))
    parser.add_argument("--repeat", type=int, default=20, help="requests per route after the first")
    parser.add_argument("--no-serve", action="store_true", help="load only")
    parser.add_argument("--workers", type=int, help="preparing processes of the load "
                        "(default: marsad's, all cores)")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds per request")
    parser.add_argument("--reuse", action="store_true",
                        help="time the pages of the store a previous run loaded (no load)")
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    env_note = f"{os.cpu_count()} cores"
    corpus = args.work / f"corpus-{args.articles}"
    store = args.work / f"store-{args.articles}.db"
    if not args.reuse:
        if not (corpus / "articles").is_dir() or not any((corpus / "articles").iterdir()):
            replicate(batch_output(args.work), corpus, args.articles)
        result = load(corpus, store, args.workers)
        print(f"bulk load of {args.articles:,} replicated articles ({env_note})")
        print(f"  new {result['articles']:,} in {result['seconds']:.1f} s = "
              f"{result['articles_per_s']:.0f} articles/s, CPU "
              f"{result['cpu_ms_per_article']:.2f} ms/article; peak RSS "
              f"{result['peak_rss_mb']:.0f} MB; database {result['db_mb']:.0f} MB = "
              f"{result['kb_per_article']:.1f} KB/article")
    if args.no_serve:
        return
    print(f"schema migrations before serving: {migrate(store):.1f} s")
    print(f"{'route':58}{'status':>7}{'KB':>9}{'first ms':>10}{'p50 ms':>9}{'p95 ms':>9}")
    for row in latencies(store, args.repeat, args.timeout):
        print(f"{row['route']:58}{row['status']:>7}{row['bytes'] / 1024:>9.1f}"
              f"{row['first_ms']:>10.0f}{row['p50_ms']:>9.0f}{row['p95_ms']:>9.0f}", flush=True)


if __name__ == "__main__":
    main()
