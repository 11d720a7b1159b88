"""Corpus benchmark: bulk load of an N-article batch output, then every page and API endpoint.

Run: ``.venv/bin/python benchmarks/bench_corpus.py --articles 100000 [--work DIR]``.

1. The shared corpus goes through ``marsad batch`` once (cached under ``--work``).
2. Its ``articles`` shards are replicated to N articles: each copy gets a distinct id, a
   distinct text (a copy marker appended after the last sentence, so no offset moves) and a
   publication date spread over the years before the original's, so the corpus is neither
   one exact duplicate nor one day. Every row's ``prepared`` store rows are made again from
   its rewritten JSON, as ``marsad batch`` makes them, on every core (``--no-prepared``
   leaves the column out, as in an output older than it); the build's CPU is printed.
3. ``marsad ingest --parquet`` loads it into a fresh store, in a child process: load rate, peak
   RSS (of the loader and its workers) and database bytes per article are printed.
4. ``marsad serve`` runs on 127.0.0.1 and each route is requested ``--repeat`` times after a
   first (cold) hit: first-hit, p50 and p95 latency per route.
5. With ``--search N``: N distinct searches of each kind (common, mid and rare words,
   phrases, prefixes, date and entity filters, the KB queries of the search gold set), each
   asked once of ``/api/search`` and of the ``/search`` page, so none is answered from the
   server's cache: p50/p95/max per kind, the issue's search latency. ``--routes-off`` skips 4.

``--baseline SRC`` loads the corpus with another checkout's ``marsad`` too (interleaved,
best of ``--rounds``) and prints both with this one's ratio: articles/s, CPU, RSS, KB.

Numbers on this 2-core VM vary by ±20 % with other jobs; the table goes in docs/performance.md.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import random
import resource
import shutil
import socket
import statistics
import subprocess
import sys
import time
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
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


def _with_prepared(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The rows with their ``prepared`` store rows made again from their (rewritten) JSON, as
    ``marsad batch`` makes them (in a worker process of :func:`replicate`)."""
    from marsad.batch.parquet import prepare

    for row in rows:
        row["prepared"] = prepare(json.loads(row["json"]), row["json"])
    return rows


def _copies(rows: list[dict[str, Any]], articles: int) -> Iterator[list[dict[str, Any]]]:
    """Chunks of 500 distinct rows: copy 0 is the corpus as it is, copy k has ids, texts and
    dates rewritten (and a ``prepared`` value that no longer matches until made again)."""
    written, copy = 0, 0
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
                yield chunk
                chunk = []
        if chunk:
            yield chunk
        copy += 1


def replicate(source: Path, target: Path, articles: int, prepared: bool = True) -> int:
    """Write ``articles`` distinct articles as batch shards under ``target``; returns the count.

    ``prepared``: every row gets the store rows of its own JSON (the ``prepared`` column of
    ``marsad batch``, ``store/prepared.py``), made on every core; without, the column is left
    out (an output of a marsad before it), so the load prepares every row itself.
    """
    shutil.rmtree(target, ignore_errors=True)
    (target / "articles").mkdir(parents=True)
    table = pa.concat_tables(pq.read_table(f) for f in sorted(
        (source / "articles").glob("part-*.parquet")))
    schema = table.schema
    if "prepared" in schema.names:
        schema = schema.remove(schema.get_field_index("prepared"))
    if prepared:
        schema = schema.append(pa.field("prepared", pa.binary()))
    originals = table.drop_columns([c for c in ("prepared",) if c in table.schema.names])
    shards: list[int] = []

    def write(rows: list[dict[str, Any]]) -> None:
        pq.write_table(pa.Table.from_pylist(rows, schema=schema),
                       target / "articles" / f"part-{len(shards):05d}.parquet",
                       compression="zstd")
        shards.append(len(rows))

    with ProcessPoolExecutor(os.cpu_count() or 1) as pool:
        # a few chunks in flight, written in order: memory stays bounded whatever ``articles``
        window: deque[Future[list[dict[str, Any]]]] = deque()
        for chunk in _copies(originals.to_pylist(), articles):
            window.append(pool.submit(_with_prepared, chunk) if prepared else _done(chunk))
            if len(window) >= 2 * (os.cpu_count() or 1):
                write(window.popleft().result())
        while window:
            write(window.popleft().result())
    return sum(shards)


def _done(value: list[dict[str, Any]]) -> Future[list[dict[str, Any]]]:
    future: Future[list[dict[str, Any]]] = Future()
    future.set_result(value)
    return future


_MEASURED = (
    "import json, resource, subprocess, sys\n"
    "subprocess.run(sys.argv[1:], check=True)\n"
    "u = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
    "print(json.dumps({'maxrss_kib': u.ru_maxrss, 'cpu_s': u.ru_utime + u.ru_stime}), "
    "file=sys.stderr)\n")


def load(corpus: Path, db: Path, workers: int | None = None,
         source: Path | None = None) -> dict[str, Any]:
    """One bulk load in a child process; ``source``: a ``src`` directory whose ``marsad`` runs
    it instead of this checkout's (the baseline of ``--baseline``)."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    env = None if source is None else {**os.environ, "PYTHONPATH": str(source)}
    began = time.perf_counter()
    # through a fresh parent (_MEASURED), so that the peak RSS is this load's: a process's
    # RUSAGE_CHILDREN peak is the largest of all its children so far
    out = subprocess.run([sys.executable, "-c", _MEASURED, *MARSAD, "ingest", "--parquet",
                          str(corpus), "--db", str(db), "--json", "--quiet",
                          *(["--workers", str(workers)] if workers else [])],
                         check=True, capture_output=True, text=True, env=env)
    seconds = time.perf_counter() - began
    summary = json.loads(out.stdout.strip().splitlines()[-1])
    usage = json.loads(out.stderr.strip().splitlines()[-1])
    peak = usage["maxrss_kib"] / 1024
    # CPU of the loader and its workers: steadier than the wall clock on a shared machine
    cpu = usage["cpu_s"]
    size = sum(Path(f"{db}{s}").stat().st_size for s in ("", "-wal") if Path(f"{db}{s}").exists())
    return {"articles": summary["new"], "seconds": seconds,
            "articles_per_s": summary["new"] / seconds, "peak_rss_mb": peak,
            "cpu_ms_per_article": 1000 * cpu / max(1, summary["read"]),
            "db_mb": size / 2**20, "kb_per_article": size / 1024 / max(1, summary["new"])}


def compare_loads(corpus: Path, work: Path, baseline: Path, rounds: int,
                  workers: int | None) -> None:
    """Baseline and this checkout loading the same corpus, interleaved, ``rounds`` times each
    (the machine is shared): the best of each, side by side, and this checkout's ratio."""
    runs: dict[str, list[dict[str, Any]]] = {"baseline": [], "this": []}
    for _ in range(rounds):
        runs["baseline"].append(load(corpus, work / "store-baseline.db", workers, baseline))
        runs["this"].append(load(corpus, work / "store-this.db", workers))
    best = {name: {"articles_per_s": max(r["articles_per_s"] for r in rs),
                   "cpu_ms_per_article": min(r["cpu_ms_per_article"] for r in rs),
                   "peak_rss_mb": min(r["peak_rss_mb"] for r in rs),
                   "kb_per_article": rs[-1]["kb_per_article"]} for name, rs in runs.items()}
    print(f"bulk load, best of {rounds} interleaved (baseline: {baseline})")
    print(f"{'':12}{'articles/s':>12}{'CPU ms/art':>12}{'peak RSS MB':>13}{'KB/art':>8}")
    for name in ("baseline", "this"):
        b = best[name]
        print(f"{name:12}{b['articles_per_s']:>12.0f}{b['cpu_ms_per_article']:>12.2f}"
              f"{b['peak_rss_mb']:>13.0f}{b['kb_per_article']:>8.1f}")
    old, new = best["baseline"], best["this"]
    print(f"{'ratio':12}{new['articles_per_s'] / old['articles_per_s']:>11.2f}×"
          f"{new['cpu_ms_per_article'] / old['cpu_ms_per_article']:>11.2f}×"
          f"{new['peak_rss_mb'] / old['peak_rss_mb']:>12.2f}×"
          f"{new['kb_per_article'] / old['kb_per_article']:>7.2f}×")


def _cpu_seconds() -> float:
    """CPU of this process and its finished children (the replicator's workers)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


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


@contextmanager
def served(db: Path, timeout: float) -> Iterator[httpx.Client]:
    """A client of ``marsad serve`` on ``db`` (127.0.0.1, a free port), once it answers."""
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
            yield client
    finally:
        server.terminate()
        server.wait(timeout=30)


def _p95(times: list[float]) -> float:
    ordered = sorted(times)
    return ordered[max(0, int(0.95 * len(ordered)) - 1)]


def latencies(db: Path, repeat: int, timeout: float) -> Iterator[dict[str, Any]]:
    """Each route's row as soon as it is measured (a route slower than ``timeout`` seconds is
    reported with status 0 and not repeated)."""
    with served(db, timeout) as client:
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
            yield {"route": route, "status": first.status_code,
                   "bytes": len(first.content), "first_ms": 1000 * cold,
                   "p50_ms": 1000 * statistics.median(times), "p95_ms": 1000 * _p95(times)}


def search_queries(per_kind: int, seed: int) -> list[tuple[str, dict[str, str]]]:
    """Distinct searches of every kind the issue names, drawn from the shared corpus so that
    none repeats (the server caches a repeated query, which would time the cache): single
    words from three frequency bands (the 50 most frequent word types, ranks 50–2,000 and
    2,000–20,000), two-word phrases, prefixes, words with a date range, words with an entity
    filter, and the entity-aware queries of ``tests/gold/search_queries.jsonl``."""
    from collections import Counter

    from marsad.arabic.tokenize import iter_tokens

    counts: Counter[str] = Counter()
    pairs: Counter[tuple[str, str]] = Counter()
    for path in sorted(SHARED.glob("*.jsonl")):
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                words = [t.text for t in iter_tokens(json.loads(line)["text"])
                         if len(t.text) > 2 and t.text.isalpha()]
                counts.update(words)
                pairs.update(itertools.pairwise(words))
    ranked = [w for w, _ in counts.most_common(20_000)]
    rng = random.Random(seed)
    bands = {"word_top50": ranked[:50], "word_50_2k": ranked[50:2000],
             "word_2k_20k": ranked[2000:]}
    out: list[tuple[str, dict[str, str]]] = []
    for kind, pool in bands.items():
        out += [(kind, {"q": w}) for w in rng.sample(pool, per_kind)]
    common_pairs = [p for p, n in pairs.most_common(5000) if n >= 5]
    out += [("phrase", {"q": f'"{a} {b}"'}) for a, b in rng.sample(common_pairs, per_kind)]
    stems = sorted({w[:4] for w in ranked[:3000] if len(w) >= 5})
    out += [("prefix", {"q": f"{p}*"}) for p in rng.sample(stems, per_kind)]
    for word in rng.sample(ranked[50:2000], per_kind):
        year = rng.randrange(2008, 2019)
        out.append(("word_dates", {"q": word, "from": f"{year}-01-01", "to": f"{year + 1}-12-31"}))
    for word in rng.sample(ranked[50:2000], per_kind):
        out.append(("word_entity", {"q": word, "entity": rng.choice(
            ["gpe:syria", "gpe:iraq", "org:sdf", "gpe:lebanon", "gpe:egypt"])}))
    gold = ROOT / "tests" / "gold" / "search_queries.jsonl"
    out += [("kb_query", {"q": json.loads(line)["query"]})
            for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    return out


def search_latencies(db: Path, per_kind: int, seed: int, timeout: float
                     ) -> dict[str, dict[str, float]]:
    """p50/p95/max (ms) of each search kind, every query asked once of ``/api/search`` and
    once of the ``/search`` page (which adds facets), after ten warm-up searches of other
    words, so that the figures are the uncached cost on a warm file cache."""
    queries = search_queries(per_kind, seed)
    by_kind: dict[str, list[float]] = {}
    with served(db, timeout) as client:
        for word in ("الأمم", "المتحدة", "الرئيس", "العراق", "مصر", "اليمن", "تونس",
                     "الأردن", "قطر", "ليبيا"):
            client.get("/api/search", params={"q": word})
        for kind, params in queries:
            for route in ("/api/search", "/search"):
                began = time.perf_counter()
                answer = client.get(route, params=params)
                elapsed = 1000 * (time.perf_counter() - began)
                if answer.status_code != 200:
                    raise RuntimeError(f"{route} {params}: HTTP {answer.status_code}")
                name = ("api " if route == "/api/search" else "page ") + kind
                by_kind.setdefault(name, []).append(elapsed)
                by_kind.setdefault(route.strip("/") + " (all)", []).append(elapsed)
    return {kind: {"n": len(times), "p50": statistics.median(times), "p95": _p95(times),
                   "max": max(times)} for kind, times in sorted(by_kind.items())}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=25_000)
    parser.add_argument("--work", type=Path, default=Path("/tmp/marsad-corpus-bench"))
    parser.add_argument("--repeat", type=int, default=20, help="requests per route after the first")
    parser.add_argument("--no-serve", action="store_true", help="load only")
    parser.add_argument("--workers", type=int, help="preparing processes of the load "
                        "(default: marsad's, all cores)")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds per request")
    parser.add_argument("--search", type=int, default=0, metavar="N",
                        help="also time N distinct uncached searches of each kind")
    parser.add_argument("--routes-off", action="store_true", help="skip the route table")
    parser.add_argument("--seed", type=int, default=1, help="draw of the --search queries")
    parser.add_argument("--reuse", action="store_true",
                        help="time the pages of the store a previous run loaded (no load)")
    parser.add_argument("--baseline", type=Path, metavar="SRC",
                        help="also load with the marsad under SRC (e.g. an unpacked "
                        "`git archive HEAD src`), interleaved, and print both with the ratio")
    parser.add_argument("--rounds", type=int, default=3, help="loads of each with --baseline")
    parser.add_argument("--no-prepared", action="store_true",
                        help="a corpus without the batch's prepared store rows (as written "
                        "before them): the load prepares every article itself")
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    env_note = f"{os.cpu_count()} cores"
    corpus = args.work / f"corpus-{args.articles}{'-unprepared' if args.no_prepared else ''}"
    store = args.work / f"store-{args.articles}.db"
    if not args.reuse:
        if not (corpus / "articles").is_dir() or not any((corpus / "articles").iterdir()):
            source = batch_output(args.work)
            began, cpu = time.perf_counter(), _cpu_seconds()
            replicate(source, corpus, args.articles, prepared=not args.no_prepared)
            print(f"corpus of {args.articles:,} built in {time.perf_counter() - began:.1f} s, "
                  f"CPU {1000 * (_cpu_seconds() - cpu) / args.articles:.2f} ms/article "
                  f"({'without' if args.no_prepared else 'with'} prepared rows)", flush=True)
        if args.baseline is not None:
            compare_loads(corpus, args.work, args.baseline.resolve(), args.rounds, args.workers)
            return
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
    if not args.routes_off:
        print(f"{'route':58}{'status':>7}{'KB':>9}{'first ms':>10}{'p50 ms':>9}{'p95 ms':>9}")
        for row in latencies(store, args.repeat, args.timeout):
            print(f"{row['route']:58}{row['status']:>7}{row['bytes'] / 1024:>9.1f}"
                  f"{row['first_ms']:>10.0f}{row['p50_ms']:>9.0f}{row['p95_ms']:>9.0f}",
                  flush=True)
    if args.search:
        print(f"uncached searches, {args.search} per kind, seed {args.seed} (ms)")
        print(f"{'kind':34}{'n':>5}{'p50':>8}{'p95':>8}{'max':>8}")
        for kind, row in search_latencies(store, args.search, args.seed, args.timeout).items():
            print(f"{kind:34}{row['n']:>5.0f}{row['p50']:>8.0f}{row['p95']:>8.0f}"
                  f"{row['max']:>8.0f}", flush=True)


if __name__ == "__main__":
    main()
