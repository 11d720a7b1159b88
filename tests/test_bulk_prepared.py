"""The bulk load's two shortcuts keep the store it builds (issue #16): rows ``marsad batch``
prepared are used only when they match their row, and a load into an empty store (entity counts
recounted at the end, indexes built after the rows) equals one written by per-article deltas,
whether it runs through, resumes after a kill, or meets an article the recount cannot count."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

from conftest import SCHEMA_QUERY, load_script, query_rows  # noqa: E402
from marsad.batch import load_parquet, run  # noqa: E402
from marsad.store import prepared  # noqa: E402
from marsad.store.ingest import BULK_TABLE  # noqa: E402
from marsad.store.rows import article_rows, document_row  # noqa: E402


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory, shared_article_files: list[Path]) -> Path:
    """A batch output of 30 shared articles (with a duplicate) in shards of 6."""
    root = tmp_path_factory.mktemp("prepared")
    lines = [line for line in shared_article_files[0].read_text(encoding="utf-8").splitlines()
             if line][:30]
    source = root / "in.jsonl"
    source.write_text("\n".join([*lines, lines[3]]) + "\n", encoding="utf-8")
    run([str(source)], root / "out", shard_size=6, workers=1)
    return root / "out"


def _rewrite(out: Path, target: Path, change: Any) -> Path:
    """A copy of the output whose article rows went through ``change(row) -> row``."""
    (target / "articles").mkdir(parents=True)
    for part in sorted((out / "articles").glob("part-*.parquet")):
        table = pq.read_table(part)
        rows = [change(dict(r)) for r in table.to_pylist()]
        pq.write_table(pa.Table.from_pylist(rows, schema=table.schema),
                       target / "articles" / part.name)
    return target


def _dump(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every table of the store (``scripts/compare_stores.py``), its runs left out: a
    resumed load records two runs where an unbroken one records one."""
    tables = load_script("compare_stores").dump(str(db))
    tables.pop("ingest_runs")
    return tables


def test_prepared_rows_are_what_the_load_would_prepare(out: Path) -> None:
    table = pq.read_table(next((out / "articles").glob("part-*.parquet")))
    for row in table.to_pylist():
        payload = row["json"].encode()
        document = document_row(row["origin"], row["raw"], row["raw_format"], False)
        want = article_rows(json.loads(row["json"]), origin=row["origin"], raw=row["raw"],
                            raw_format=row["raw_format"], keep_raw=False, payload=row["json"])
        assert prepared.decode(row["prepared"], payload, document) == want
        assert prepared.decode(row["prepared"], payload + b" ", document) is None  # stale
        assert prepared.decode(None, payload, document) is None
        other = row["prepared"][:4] + bytes(8) + row["prepared"][12:]  # another preparer
        assert prepared.decode(other, payload, document) is None
        assert prepared.decode(row["prepared"][:-1], payload, document) is None  # damaged


def _retext(row: dict[str, Any]) -> dict[str, Any]:
    """The row's JSON rewritten by someone else's script, its prepared rows left as they were."""
    data = json.loads(row["json"])
    data["text"] = f"{data['text']} (نسخة ١)"
    return row | {"json": json.dumps(data, ensure_ascii=False)}


def test_valid_absent_and_stale_prepared_rows_build_the_same_store(out: Path,
                                                                   tmp_path: Path) -> None:
    """A load that decodes the prepared rows, one of an output without them, and one of an
    output whose JSON was rewritten after them (their stamp no longer matches) each build
    the store that preparing every row at load time builds."""
    load_parquet(out, tmp_path / "with.db", workers=2, batch_size=4)
    absent = _rewrite(out, tmp_path / "absent", lambda r: r | {"prepared": None})
    load_parquet(absent, tmp_path / "absent.db", workers=1, batch_size=4)
    assert _dump(tmp_path / "with.db") == _dump(tmp_path / "absent.db")
    stale = _rewrite(out, tmp_path / "stale", _retext)
    fresh = _rewrite(stale, tmp_path / "fresh", lambda r: r | {"prepared": None})
    load_parquet(stale, tmp_path / "stale.db", workers=1, batch_size=4)
    load_parquet(fresh, tmp_path / "fresh.db", workers=1, batch_size=4)
    stale_store = _dump(tmp_path / "stale.db")
    assert stale_store == _dump(tmp_path / "fresh.db")
    assert stale_store["articles"] != _dump(tmp_path / "with.db")["articles"]


def _indexes(db: Path) -> list[tuple[Any, ...]]:
    return query_rows(db, SCHEMA_QUERY)


def test_empty_store_load_equals_per_article_deltas(out: Path, tmp_path: Path) -> None:
    """Into an empty store the entity counts are recounted once and the indexes built after
    the rows; the same tables, rows, rowids and indexes as keeping them current."""
    load_parquet(out, tmp_path / "fast.db", workers=1, batch_size=4)
    load_parquet(out, tmp_path / "deltas.db", workers=1, batch_size=4, fast=False)
    assert _dump(tmp_path / "fast.db") == _dump(tmp_path / "deltas.db")
    assert _indexes(tmp_path / "fast.db") == _indexes(tmp_path / "deltas.db")
    assert not any(name == BULK_TABLE for _, name, *_ in _indexes(tmp_path / "fast.db"))


def test_article_the_recount_cannot_count_ends_the_fast_way(out: Path, tmp_path: Path) -> None:
    """An article that lists a mention twice (its deltas count both, the stored mentions one)
    finishes the fast way where it occurs: the articles before it are recounted, it and the
    rest are counted by deltas, and the store is the one deltas build throughout."""
    count = [0]

    def twice(row: dict[str, Any]) -> dict[str, Any]:
        count[0] += 1
        data = json.loads(row["json"])
        entity = next((e for e in data["entities"] if e.get("mentions")), None)
        if count[0] != 14 or entity is None:
            return row
        entity["mentions"].append(dict(entity["mentions"][0]))
        return row | {"json": json.dumps(data, ensure_ascii=False)}

    odd = _rewrite(out, tmp_path / "odd", twice)
    load_parquet(odd, tmp_path / "fast.db", workers=1, batch_size=4)
    load_parquet(odd, tmp_path / "deltas.db", workers=1, batch_size=4, fast=False)
    assert _dump(tmp_path / "fast.db") == _dump(tmp_path / "deltas.db")
    assert _indexes(tmp_path / "fast.db") == _indexes(tmp_path / "deltas.db")


def test_claim_groups_named_when_last_touched(out: Path, tmp_path: Path) -> None:
    """A load into an empty store counts its claim groups once at the end, but names each as
    a refresh at its last batch did: an entity's English name, filled in by a later article
    (the upsert keeps the first one set), names only the groups touched after it."""
    count = [0]

    def unnamed_first(row: dict[str, Any]) -> dict[str, Any]:
        count[0] += 1
        if count[0] > 16:
            return row
        data = json.loads(row["json"])
        for entity in data["entities"]:
            entity["name_en"] = None
        return row | {"json": json.dumps(data, ensure_ascii=False)}

    late = _rewrite(out, tmp_path / "late", unnamed_first)
    load_parquet(late, tmp_path / "fast.db", workers=1, batch_size=4)
    load_parquet(late, tmp_path / "deltas.db", workers=1, batch_size=4, fast=False)
    fast = _dump(tmp_path / "fast.db")
    assert fast == _dump(tmp_path / "deltas.db")
    conn = sqlite3.connect(tmp_path / "fast.db")
    try:  # some group keeps the Arabic name of an entity that has an English one now
        named_late = conn.execute(
            "SELECT COUNT(*) FROM claim_groups g JOIN entities e ON e.id IN (g.modifier, "
            "g.place) WHERE e.name_en IS NOT NULL AND instr(g.label, e.name_ar) > 0"
        ).fetchone()[0]
    finally:
        conn.close()
    assert named_late > 0


_KILLED_LOAD = """
import importlib, os, sys
from marsad.store.bulk import load_parquet
ingest = importlib.import_module("marsad.store.ingest")
add, seen = ingest.Writer.add, [0]
def dying_add(self, item):
    seen[0] += 1
    if seen[0] == int(sys.argv[3]):
        os._exit(9)  # as SIGKILL: the open transaction is lost, the committed ones stay
    add(self, item)
ingest.Writer.add = dying_add
load_parquet(sys.argv[1], sys.argv[2], workers=1, batch_size=2)
"""


def test_killed_fast_load_resumes_to_the_same_store(out: Path, tmp_path: Path) -> None:
    """A load into an empty store killed after some commits (its indexes dropped, its entity
    counts not yet made) resumes the fast way and ends with the store an unbroken load
    builds; a plain ``marsad ingest`` writer would finish it first (``finish_bulk``)."""
    killed = tmp_path / "killed.db"
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1] / "src")}
    done = subprocess.run([sys.executable, "-c", _KILLED_LOAD, str(out), str(killed), "17"],
                          env=env, timeout=120, check=False)
    assert done.returncode == 9
    conn = sqlite3.connect(killed)
    stored = conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    assert 0 < stored < 17
    assert conn.execute("SELECT COUNT(*) FROM entity_pairs").fetchone()[0] == 0
    conn.close()
    load_parquet(out, killed, workers=2, batch_size=2)
    load_parquet(out, tmp_path / "whole.db", workers=1, batch_size=2)
    for db in (killed, tmp_path / "whole.db"):  # which run stored an article: not compared
        with sqlite3.connect(db) as conn:
            conn.execute("UPDATE articles SET run_id = NULL")
    assert _dump(killed) == _dump(tmp_path / "whole.db")
    assert _indexes(killed) == _indexes(tmp_path / "whole.db")


def test_pairs_counted_in_bounded_memory_equal_the_sql(out: Path, tmp_path: Path) -> None:
    """``count_pairs`` writes what the migrations' SQL counts, also when it writes its counts
    every few distinct pairs (adding to the rows it wrote before)."""
    from marsad.store.aggregates import count_pairs

    db = tmp_path / "pairs.db"
    load_parquet(out, db, workers=1)
    conn = sqlite3.connect(db, isolation_level=None)
    by_sql = conn.execute(
        "SELECT x.entity_id, y.entity_id, COUNT(*) FROM entity_articles x "
        "JOIN entity_articles y ON y.article = x.article AND y.entity_id != x.entity_id "
        "JOIN entities e ON e.id = y.entity_id AND e.type IN ('PER', 'ORG', 'GPE', 'NORP', "
        "'MISC') GROUP BY 1, 2 ORDER BY 1, 2").fetchall()
    assert len(by_sql) > 100
    assert conn.execute("SELECT * FROM entity_pairs ORDER BY 1, 2").fetchall() == by_sql
    conn.execute("BEGIN")
    conn.execute("DELETE FROM entity_pairs")
    count_pairs(conn, keys_kept=7, chunk_rows=5)
    assert conn.execute("SELECT * FROM entity_pairs ORDER BY 1, 2").fetchall() == by_sql
    conn.execute("ROLLBACK")
    conn.close()
