"""Bounded HTTP load test of ``marsad serve`` on 127.0.0.1 (issue 9 item 4).

Starts the real server (uvicorn, a subprocess) on a free local port over a database filled
with the shared corpus, runs ``--clients`` concurrent async clients for ``--seconds`` mixing
search pages and API searches (Arabic queries), article pages, entity pages, API list
endpoints, the home and claims pages — while an ingest of further articles writes into the
same database — and prints p50/p95/p99 latency per route kind, requests/s and errors.

Any 5xx, connection error or timeout counts as an error; the server's stderr is kept and
scanned for tracebacks and "database is locked".

    .venv/bin/python benchmarks/bench_load.py                  # 20 clients x 60 s, whole corpus
    .venv/bin/python benchmarks/bench_load.py --clients 50 --seconds 30 --articles 300 --ingest 200
    .venv/bin/python benchmarks/bench_load.py --db my.db --ingest 0  # an existing db, reads only
    .venv/bin/python benchmarks/bench_load.py --db copy.db --workers 2 --clients 50 --seconds 45

The corpus database is built once (``marsad ingest``) into a cache directory under the
system temp dir, keyed by the article count and the corpus files; each run works on a copy,
so the concurrent ingest never changes the cache. ``--db`` runs against a given file as is
(the concurrent ingest then writes into it: the last ``--ingest`` corpus articles under fresh
ids, with a marker after their text, so they are new to a store that holds the corpus).
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import os
import random
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx

ROOT = Path(__file__).resolve().parents[1]
SHARED_ARTICLES = ROOT.parent / "shared" / "data" / "articles"
CACHE = Path(tempfile.gettempdir()) / "marsad-load-cache"
QUERIES = ("سوريا", "داعش", '"قوات سوريا الديمقراطية"', "دوما", "إيران", "العراق", "روسيا",
           "الأسد", "حلب", "تركيا", "الرياض", "الحوثي", "قتلى", "غارة", "الأمم المتحدة",
           "الموصل", "إدلب", "السعودية", "كيماوي", "مفاوضات جنيف", "اليمن", "الكويت")
# route kind -> weight in the mix
MIX = {"search_page": 20, "api_search": 12, "article_page": 20, "entity_page": 14,
       "api_list": 20, "api_item": 6, "home": 4, "claims": 4}
API_LISTS = ("/api/articles?limit=20", "/api/entities?limit=20", "/api/events?limit=20",
             "/api/statements?limit=20", "/api/quantities?limit=20", "/api/articles?offset=100",
             "/api/entities?type=GPE&limit=50", "/health")


def corpus_records() -> list[str]:
    """Every shared JSONL line, files in name order (Syria-heavy 2018 file first)."""
    lines: list[str] = []
    for path in sorted(SHARED_ARTICLES.glob("*.jsonl")):
        with path.open(encoding="utf-8") as handle:
            lines.extend(line if line.endswith("\n") else line + "\n"
                         for line in handle if line.strip())
    if not lines:
        raise SystemExit(f"no shared articles under {SHARED_ARTICLES}")
    return lines


def marsad_command() -> list[str]:
    script = Path(sys.executable).with_name("marsad")
    return [str(script)] if script.exists() else [sys.executable, "-m", "marsad.cli"]


def cached_db(records: list[str], workers: int = 2) -> Path:
    """The database of ``records``, ingested once and cached (built beside, then renamed,
    so an interrupted build is never used)."""
    digest = hashlib.sha1("".join(records).encode()).hexdigest()[:12]
    target = CACHE / f"corpus-{len(records)}-{digest}.db"
    if target.exists():
        return target
    CACHE.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=CACHE) as tmp:
        source = Path(tmp) / "base.jsonl"
        source.write_text("".join(records), encoding="utf-8")
        building = Path(tmp) / "base.db"
        started = time.monotonic()
        subprocess.run([*marsad_command(), "ingest", str(source), "--db", str(building),
                        "--workers", str(workers), "--quiet"], check=True,
                       stdout=sys.stderr)
        conn = sqlite3.connect(building)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode=DELETE")
        conn.close()
        os.replace(building, target)
        print(f"built {target.name}: {len(records)} articles in "
              f"{time.monotonic() - started:.0f} s", file=sys.stderr)
    return target


def copy_db(source: Path, target: Path) -> Path:
    """A consistent copy (SQLite backup API: safe even if ``source`` has a WAL)."""
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    dst = sqlite3.connect(target)
    with dst:
        src.backup(dst)
    src.close()
    dst.close()
    return target


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Server:
    process: subprocess.Popen[bytes]
    base: str
    log: Path

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def log_text(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")


def distinct(records: list[str], stamp: str) -> list[str]:
    """``records`` as new articles (a fresh id and a marker after the text), so an ingest
    into a store that already holds them writes rather than skipping every one."""
    out = []
    for line in records:
        data = json.loads(line)
        data["id"] = f"{data['id']}~load{stamp}"
        data["text"] = f"{data.get('text') or ''} (تحميل {stamp})"
        out.append(json.dumps(data, ensure_ascii=False) + "\n")
    return out


def start_server(db: Path, workdir: Path, timeout: float = 60.0, workers: int = 1) -> Server:
    port = free_port()
    log = workdir / "server.log"
    env = {k: v for k, v in os.environ.items() if k not in ("MARSAD_TOKEN", "MARSAD_DB")}
    env["MARSAD_TOKEN_FILE"] = str(workdir / "no-token")  # reads only: writes disabled
    with log.open("wb") as handle:
        process = subprocess.Popen([*marsad_command(), "serve", "--db", str(db), "--port",
                                    str(port), *(["--workers", str(workers)] if workers != 1
                                                 else [])],
                                   stdout=handle, stderr=subprocess.STDOUT, env=env)
    server = Server(process, f"http://127.0.0.1:{port}", log)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited ({process.returncode}): {server.log_text()}")
        try:
            if httpx.get(server.base + "/health", timeout=2).status_code == 200:
                return server
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    server.stop()
    raise RuntimeError(f"server did not answer /health within {timeout} s")


@dataclass
class Results:
    seconds: float = 0.0
    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    errors: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    client_errors: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    error_samples: list[str] = field(default_factory=list)
    ingest: dict[str, Any] | None = None
    ingest_seconds: float | None = None
    server_log_problems: list[str] = field(default_factory=list)

    @property
    def requests(self) -> int:
        return sum(len(v) for v in self.latencies.values())

    @property
    def total_errors(self) -> int:
        return sum(self.errors.values())

    def summary(self) -> dict[str, Any]:
        kinds = {}
        for kind in sorted(self.latencies):
            values = sorted(self.latencies[kind])
            kinds[kind] = {"n": len(values), "errors": self.errors.get(kind, 0),
                           "4xx": self.client_errors.get(kind, 0),
                           "p50": percentile(values, 50), "p95": percentile(values, 95),
                           "p99": percentile(values, 99), "max": values[-1] if values else 0}
        every = sorted(x for v in self.latencies.values() for x in v)
        return {"seconds": round(self.seconds, 1), "requests": self.requests,
                "rps": round(self.requests / self.seconds, 1) if self.seconds else 0.0,
                "errors": self.total_errors, "4xx": sum(self.client_errors.values()),
                "p50": percentile(every, 50), "p95": percentile(every, 95),
                "p99": percentile(every, 99), "kinds": kinds, "ingest": self.ingest,
                "ingest_seconds": self.ingest_seconds,
                "server_log_problems": self.server_log_problems[:5],
                "error_samples": self.error_samples[:10]}


def percentile(values: list[float], pct: float) -> float:
    """Nearest-rank percentile of sorted ``values`` (0 for none)."""
    if not values:
        return 0.0
    rank = max(1, -(-len(values) * pct // 100))
    return values[int(rank) - 1]


def report(summary: dict[str, Any]) -> str:
    lines = [f"{'kind':<13} {'n':>6} {'err':>4} {'4xx':>4} {'p50 ms':>8} {'p95 ms':>8} "
             f"{'p99 ms':>8} {'max ms':>8}"]
    for kind, row in summary["kinds"].items():
        lines.append(f"{kind:<13} {row['n']:>6} {row['errors']:>4} {row['4xx']:>4} "
                     f"{row['p50'] * 1000:>8.0f} {row['p95'] * 1000:>8.0f} "
                     f"{row['p99'] * 1000:>8.0f} {row['max'] * 1000:>8.0f}")
    lines.append(f"{'all':<13} {summary['requests']:>6} {summary['errors']:>4} "
                 f"{summary['4xx']:>4} {summary['p50'] * 1000:>8.0f} "
                 f"{summary['p95'] * 1000:>8.0f} {summary['p99'] * 1000:>8.0f}")
    lines.append(f"{summary['requests']} requests in {summary['seconds']} s = "
                 f"{summary['rps']} req/s; errors (5xx/connection/timeout): "
                 f"{summary['errors']}")
    if summary["ingest"] is not None:
        ing = summary["ingest"]
        lines.append(f"concurrent ingest: {ing.get('new')} new of {ing.get('read')} read, "
                     f"{ing.get('failed')} failed, rc {ing.get('returncode')}, "
                     f"{summary['ingest_seconds']:.1f} s")
    for problem in summary["server_log_problems"]:
        lines.append(f"server log: {problem}")
    for sample in summary["error_samples"]:
        lines.append(f"error: {sample}")
    return "\n".join(lines)


def targets(base: str) -> tuple[list[str], list[str]]:
    """Article and entity ids to request (the newest articles, the most mentioned
    entities, and a few rarely mentioned ones)."""
    articles = httpx.get(base + "/api/articles?limit=100", timeout=60).json()["items"]
    entities = httpx.get(base + "/api/entities?limit=100", timeout=60).json()
    tail = httpx.get(base + f"/api/entities?limit=50&offset={max(0, entities['total'] - 50)}",
                     timeout=60).json()["items"]
    return ([a["id"] for a in articles], [e["id"] for e in entities["items"] + tail])


def pick_url(kind: str, rng: random.Random, article_ids: list[str],
             entity_ids: list[str]) -> str:
    if kind == "search_page":
        return "/search?q=" + quote(rng.choice(QUERIES))
    if kind == "api_search":
        return "/api/search?limit=20&q=" + quote(rng.choice(QUERIES))
    if kind == "article_page":
        return "/articles/" + quote(rng.choice(article_ids), safe="")
    if kind == "entity_page":
        return "/entities/" + quote(rng.choice(entity_ids), safe="")
    if kind == "api_list":
        return rng.choice(API_LISTS)
    if kind == "api_item":
        if rng.random() < 0.5:
            return "/api/articles/" + quote(rng.choice(article_ids), safe="")
        return "/api/entities/" + quote(rng.choice(entity_ids), safe="")
    if kind == "home":
        return "/"
    return "/claims" if rng.random() < 0.7 else "/claims?conflicts=1"


async def client_loop(number: int, client: httpx.AsyncClient, deadline: float,
                      results: Results, article_ids: list[str], entity_ids: list[str]) -> None:
    rng = random.Random(number)
    kinds = list(MIX)
    weights = [MIX[k] for k in kinds]
    while time.monotonic() < deadline:
        kind = rng.choices(kinds, weights)[0]
        url = pick_url(kind, rng, article_ids, entity_ids)
        started = time.monotonic()
        try:
            response = await client.get(url)
            status = response.status_code
            await response.aclose()
        except httpx.HTTPError as exc:
            status = -1
            detail = f"{kind} {url}: {type(exc).__name__} {exc}"
        elapsed = time.monotonic() - started
        results.latencies[kind].append(elapsed)
        if status == -1 or status >= 500:
            results.errors[kind] += 1
            results.error_samples.append(detail if status == -1 else f"{kind} {url}: {status}")
        elif status >= 400:
            results.client_errors[kind] += 1
            results.error_samples.append(f"{kind} {url}: {status}")


async def run_clients(base: str, clients: int, seconds: float, results: Results,
                      article_ids: list[str], entity_ids: list[str],
                      timeout: float = 60.0) -> None:
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, timeout=timeout, limits=limits) as client:
        started = time.monotonic()
        deadline = started + seconds
        await asyncio.gather(*(client_loop(i, client, deadline, results, article_ids,
                                           entity_ids) for i in range(clients)))
        results.seconds = time.monotonic() - started


def run(db: Path, clients: int, seconds: float, ingest_records: list[str],
        workdir: Path, workers: int = 1) -> Results:
    """Serve ``db`` (``workers`` server processes), start an ingest of ``ingest_records``
    into it (if any), load it."""
    results = Results()
    server = start_server(db, workdir, workers=workers)
    ingest: subprocess.Popen[bytes] | None = None
    try:
        article_ids, entity_ids = targets(server.base)
        if ingest_records:
            extra = workdir / "concurrent.jsonl"
            extra.write_text("".join(ingest_records), encoding="utf-8")
            ingest_started = time.monotonic()
            ingest = subprocess.Popen([*marsad_command(), "ingest", str(extra), "--db", str(db),
                                       "--workers", "1", "--quiet", "--json"],
                                      stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        asyncio.run(run_clients(server.base, clients, seconds, results, article_ids,
                                entity_ids))
        if ingest is not None:
            out, err = ingest.communicate(timeout=max(600.0, seconds * 10))
            results.ingest_seconds = time.monotonic() - ingest_started
            try:
                results.ingest = json.loads(out.decode() or "{}")
            except json.JSONDecodeError:
                results.ingest = {}
            results.ingest["returncode"] = ingest.returncode
            if ingest.returncode:
                results.ingest["stderr"] = err.decode(errors="replace")[-2000:]
    finally:
        if ingest is not None and ingest.poll() is None:
            ingest.kill()
            ingest.wait()
        server.stop()
    log = server.log_text()
    results.server_log_problems = [line for line in log.splitlines()
                                   if "Traceback" in line or "database is locked" in line
                                   or "ERROR" in line]
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--db", type=Path, help="serve this database as is (no corpus build)")
    parser.add_argument("--articles", type=int,
                        help="corpus articles in the served db (default: all but --ingest)")
    parser.add_argument("--ingest", type=int, default=300,
                        help="further corpus articles ingested during the load (0: none)")
    parser.add_argument("--workers", type=int, default=1,
                        help="server processes (marsad serve --workers; default 1)")
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    args = parser.parse_args(argv)
    records = corpus_records()
    n_ingest = min(args.ingest, len(records))
    n_base = args.articles if args.articles is not None else len(records) - n_ingest
    n_base = min(n_base, len(records) - n_ingest) if args.db is None else n_base
    # With --db the store may hold every corpus article already: ingest them as new ones.
    extra = distinct(records[len(records) - n_ingest:], str(int(time.time()))) \
        if args.db is not None and n_ingest else records[n_base:n_base + n_ingest]
    with tempfile.TemporaryDirectory(prefix="marsad-load-") as tmp:
        workdir = Path(tmp)
        if args.db is not None:
            db = args.db
        else:
            db = copy_db(cached_db(records[:n_base]), workdir / "work.db")
        print(f"serving {db} ({n_base if args.db is None else '?'} articles, "
              f"{args.workers} server process(es)), {args.clients} clients x "
              f"{args.seconds:g} s, concurrent ingest of {len(extra)} articles",
              file=sys.stderr)
        results = run(db, args.clients, args.seconds, extra, workdir, args.workers)
    summary = results.summary()
    print(json.dumps(summary, ensure_ascii=False, indent=1) if args.json else report(summary))
    ok = summary["errors"] == 0 and not summary["server_log_problems"] and (
        summary["ingest"] is None or summary["ingest"].get("returncode") == 0)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
