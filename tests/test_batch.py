"""Batch mode, local engine: Parquet tables, failures, resume markers, DuckDB, store load."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pa = pytest.importorskip("pyarrow")

from marsad.batch import TABLES, load_parquet, read_table, run  # noqa: E402
from marsad.batch.engine import MARKERS  # noqa: E402


@pytest.fixture(scope="module")
def inputs(
    tmp_path_factory: pytest.TempPathFactory, shared_article_files: list[Path]
) -> list[str]:
    root = tmp_path_factory.mktemp("batch-in")
    source = shared_article_files
    lines = [line for line in source[0].read_text(encoding="utf-8").splitlines() if line][:12]
    good = root / "good.jsonl"
    good.write_text("\n".join(lines) + "\n", encoding="utf-8")
    bad = root / "bad.jsonl"
    bad.write_text('not json\n{"id": "x"}\n', encoding="utf-8")
    page = root / "page.html"
    page.write_text("<html><body><article><h1>عنوان</h1><p>"
                    + "قال وزير الخارجية إن المحادثات ستستأنف في القاهرة الأسبوع المقبل. " * 5
                    + "</p></article></body></html>", encoding="utf-8")
    return [str(good), str(bad), str(page), str(root / "missing.txt")]


def test_tables_failures_and_markers(inputs: list[str], tmp_path: Path) -> None:
    summary = run(inputs, tmp_path, shard_size=4, workers=1)
    assert summary.documents == 16 and summary.shards == 4
    assert summary.articles == 13 and summary.failures == 3
    assert (tmp_path / "_SUCCESS").exists()
    assert len(list((tmp_path / MARKERS).glob("part-*.json"))) == 4
    for table in TABLES:
        assert len(list((tmp_path / table).glob("part-*.parquet"))) == 4, table
    articles = read_table(tmp_path, "articles").to_pylist()
    assert [a["doc"] for a in articles] == sorted(a["doc"] for a in articles)
    full = json.loads(articles[0]["json"])
    assert full["id"] == articles[0]["id"] and full["text"] == articles[0]["text"]
    failures = read_table(tmp_path, "failures").to_pylist()
    reasons = {Path(f["origin"].split(":")[0]).name: f["reason"] for f in failures}
    assert set(reasons) == {"bad.jsonl", "missing.txt"}
    mentions = read_table(tmp_path, "mentions")
    assert mentions.num_rows == sum(e["n_mentions"]
                                    for e in read_table(tmp_path, "entities").to_pylist())


def test_rerun_skips_finished_and_redoes_lost_shards(inputs: list[str], tmp_path: Path) -> None:
    run(inputs, tmp_path, shard_size=4, workers=1)
    before = {t: read_table(tmp_path, t) for t in TABLES}
    (tmp_path / MARKERS / "part-00001.json").unlink()  # as if killed before committing it
    (tmp_path / "articles" / "part-00001.parquet").unlink()
    again = run(inputs, tmp_path, shard_size=4, workers=1)
    assert again.skipped == 3 and again.articles == 13
    for table in TABLES:
        assert read_table(tmp_path, table).equals(before[table]), table


def test_process_pool_equals_inline(inputs: list[str], tmp_path: Path) -> None:
    run(inputs, tmp_path / "one", shard_size=3, workers=1)
    run(inputs, tmp_path / "two", shard_size=3, workers=2)
    for table in TABLES:
        assert read_table(tmp_path / "one", table).equals(read_table(tmp_path / "two", table))


def test_duckdb_reads_the_output(inputs: list[str], tmp_path: Path) -> None:
    duckdb = pytest.importorskip("duckdb")
    run(inputs, tmp_path, shard_size=5, workers=1)
    con = duckdb.connect()
    n_articles = con.execute(f"SELECT count(*) FROM '{tmp_path}/articles/*.parquet'").fetchall()
    assert n_articles == [(13,)]
    joined = con.execute(
        f"SELECT count(*) FROM '{tmp_path}/mentions/*.parquet' m "
        f"JOIN '{tmp_path}/articles/*.parquet' a ON a.id = m.article_id").fetchall()
    assert joined == [(read_table(tmp_path, "mentions").num_rows,)]
    for table in TABLES:  # empty shards still carry the schema, so every glob unions
        con.execute(f"SELECT * FROM '{tmp_path}/{table}/*.parquet' LIMIT 1").fetchall()


def test_load_parquet_into_store(inputs: list[str], tmp_path: Path) -> None:
    from marsad.store.db import connect

    run(inputs, tmp_path / "out", shard_size=4, workers=1)
    db = tmp_path / "store.db"
    summary = load_parquet(tmp_path / "out", db)
    assert summary.new + summary.duplicate == 13 and summary.failed == 3
    conn = connect(db, readonly=True)
    stored = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    mentions = conn.execute("SELECT count(*) FROM mentions").fetchone()[0]
    conn.close()
    assert stored == summary.new
    assert mentions > 0
    assert load_parquet(tmp_path / "out", db).new == 0  # idempotent


def _store_rows(db: Path) -> dict[str, list[tuple]]:
    import sqlite3

    conn = sqlite3.connect(db)
    conn.execute("CREATE VIRTUAL TABLE temp.terms USING fts5vocab(main, 'articles_fts', "
                 "'instance')")  # the contentless index's terms, article by article
    queries = {
        "articles": "SELECT id, text_hash, json FROM articles ORDER BY rowid",
        "fts": 'SELECT doc, col, "offset", term FROM temp.terms ORDER BY doc, col, "offset"',
        "mentions": 'SELECT article, entity_id, start, "end", how FROM mentions',  # key order
        "events": "SELECT article_id, start, json, status FROM events ORDER BY id",
        "near": "SELECT * FROM near_duplicates ORDER BY article_id",
        "runs": "SELECT read, new, duplicate, near_duplicate, failed, failures FROM ingest_runs",
    }
    rows = {name: conn.execute(q).fetchall() for name, q in queries.items()}
    conn.close()
    return rows


def test_parallel_load_equals_serial_and_ingest(inputs: list[str], tmp_path: Path) -> None:
    """Two workers write what one writes, in input order, failures interleaved where they
    occurred; and the store equals what ``marsad ingest`` builds from the same inputs."""
    from marsad.store.ingest import ingest

    run(inputs, tmp_path / "out", shard_size=4, workers=1)
    serial = load_parquet(tmp_path / "out", tmp_path / "one.db", workers=1, batch_size=3)
    parallel = load_parquet(tmp_path / "out", tmp_path / "two.db", workers=2, batch_size=5)
    assert serial.as_dict() | {"seconds": 0} == parallel.as_dict() | {"seconds": 0}
    one, two = _store_rows(tmp_path / "one.db"), _store_rows(tmp_path / "two.db")
    assert one == two
    ingest(inputs, tmp_path / "ing.db", workers=1, progress=False)
    direct = _store_rows(tmp_path / "ing.db")
    for table in ("articles", "fts", "mentions", "events", "near"):
        assert one[table] == direct[table], table
    assert one["runs"][0][:5] == direct["runs"][0][:5]  # read, new, duplicate, near, failed


def test_interrupted_load_resumes(inputs: list[str], tmp_path: Path) -> None:
    """A load that stopped after some shards, run again on the whole directory, ends with the
    store a single load gives (the stored ids are skipped before any work)."""
    import shutil

    run(inputs, tmp_path / "out", shard_size=4, workers=1)
    partial = tmp_path / "partial"
    for table in ("articles", "failures"):
        (partial / table).mkdir(parents=True)
        for f in sorted((tmp_path / "out" / table).glob("part-*.parquet"))[:2]:
            shutil.copy(f, partial / table / f.name)
    first = load_parquet(partial, tmp_path / "resumed.db", workers=1)
    rest = load_parquet(tmp_path / "out", tmp_path / "resumed.db", workers=2)
    whole = load_parquet(tmp_path / "out", tmp_path / "whole.db", workers=1)
    assert first.new + rest.new == whole.new and rest.duplicate >= first.new
    resumed, single = _store_rows(tmp_path / "resumed.db"), _store_rows(tmp_path / "whole.db")
    for table in ("articles", "mentions", "events", "near"):
        assert resumed[table] == single[table], table


def test_counts_kept_at_write_time_equal_a_recount(inputs: list[str], tmp_path: Path) -> None:
    """The aggregates the writer keeps per transaction (entity counts by day, outlet and
    co-mention, corpus totals), the claim groups and each event's day equal a full recount
    (the migrations' backfills, the claims grouping of all article JSON at once), whatever the
    commit size and after a re-load that adds nothing."""
    import sqlite3

    from marsad.claims import group_claims
    from marsad.claims.grouping import iter_article_json
    from marsad.store import views
    from marsad.store.migrations import (
        ENTITY_COUNTS_BACKFILL,
        ENTITY_EVENT_DAYS_BACKFILL,
        EVENT_DAY_BACKFILL,
        EVENT_DAY_COUNTS_BACKFILL,
        EVENT_PLACE_COUNTS_BACKFILL,
        TIMELINE_MIN_CONFIDENCE,
        run_script,
    )

    run(inputs, tmp_path / "out", shard_size=4, workers=1)
    db = tmp_path / "agg.db"
    load_parquet(tmp_path / "out", db, workers=1, batch_size=3)
    load_parquet(tmp_path / "out", db, workers=1)
    conn = sqlite3.connect(db, isolation_level=None)
    tables = ("entity_stats", "entity_articles", "entity_days", "entity_sources",
              "entity_pairs", "corpus_counts", "event_day_counts", "event_place_counts",
              "entity_event_days")
    kept = {t: sorted(conn.execute(f"SELECT * FROM {t}").fetchall()) for t in tables}
    assert kept["entity_pairs"] and dict(kept["corpus_counts"])["articles"] == 13
    scan = conn.execute(
        "SELECT day, type, COUNT(*) FROM events WHERE confidence >= ? AND status = 'new' "
        "AND day IS NOT NULL GROUP BY day, type ORDER BY day, type",
        (TIMELINE_MIN_CONFIDENCE,)).fetchall()
    assert scan and sorted(views.corpus_event_days(conn, "new", None, None)) == scan
    assert views.corpus_event_total(conn, "all", None, None, None) == conn.execute(
        "SELECT COUNT(*) FROM events WHERE confidence >= ?",
        (TIMELINE_MIN_CONFIDENCE,)).fetchone()[0]
    named = [e for (e,) in conn.execute(
        "SELECT DISTINCT actor FROM events WHERE actor IS NOT NULL UNION "
        "SELECT DISTINCT location FROM events WHERE location IS NOT NULL")]
    assert named
    for entity in named:
        by_scan = conn.execute(
            "SELECT day, type, COUNT(*) FROM events WHERE confidence >= ? AND status = 'new' "
            "AND day IS NOT NULL AND (actor = ? OR target = ? OR location = ?) "
            "GROUP BY day, type ORDER BY day, type",
            (TIMELINE_MIN_CONFIDENCE, entity, entity, entity)).fetchall()
        kept_days = sorted(views.corpus_event_days(conn, "new", None, None, entity))
        assert kept_days == by_scan, entity
    places = views.event_places(conn, "WHERE ev.confidence >= ? AND ev.status = 'new'",
                                [TIMELINE_MIN_CONFIDENCE])
    assert places and sorted(views.corpus_event_places(conn, "new")) == sorted(places)
    conn.execute("BEGIN")
    for table in tables:
        conn.execute(f"DELETE FROM {table}")
    run_script(conn, ENTITY_COUNTS_BACKFILL + EVENT_DAY_COUNTS_BACKFILL
               + EVENT_PLACE_COUNTS_BACKFILL + ENTITY_EVENT_DAYS_BACKFILL)
    for table in tables:
        assert sorted(conn.execute(f"SELECT * FROM {table}").fetchall()) == kept[table], table
    groups = {gid: rest for gid, *rest in conn.execute(
        "SELECT id, claims, sources, conflicts, label FROM claim_groups")}
    regrouped = group_claims(iter_article_json(conn))
    assert groups and groups == {g.id: [len(g.claims), len(g.sources), len(g.conflicts), g.label]
                                 for g in regrouped}
    days = conn.execute("SELECT id, day FROM events ORDER BY id").fetchall()
    run_script(conn, "UPDATE events SET day = NULL;" + EVENT_DAY_BACKFILL)
    assert conn.execute("SELECT id, day FROM events ORDER BY id").fetchall() == days
    assert any(day for _, day in days)
    conn.execute("ROLLBACK")


def test_cli_batch_then_ingest_parquet(inputs: list[str], tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    from marsad.cli import main

    out, db = tmp_path / "out", tmp_path / "cli.db"
    assert main(["batch", *inputs, "--out", str(out), "--engine", "local", "--quiet"]) in (0, 1)
    assert main(["ingest", "--parquet", str(out), "--db", str(db), "--json"]) in (0, 1)
    first = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert first["new"] > 0
    main(["ingest", "--parquet", str(out), "--db", str(db), "--json"])
    assert json.loads(capsys.readouterr().out.strip().splitlines()[-1])["new"] == 0
    assert main(["ingest", "--db", str(db)]) == 2  # neither sources nor --parquet
