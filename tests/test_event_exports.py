"""Events in the store: table filled by ingest and migrations 2 and 3, ACLED and PLOVER
exports, event status (only ``new`` events exported and grouped by default), Parquet."""

from __future__ import annotations

import argparse
import csv
import io
import json
import sqlite3
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from marsad.claims import event_groups, events_from_article
from marsad.store import commands
from marsad.store.db import connect
from marsad.store.export import (
    ACLED_COLUMNS,
    FORMATS,
    TABLES,
    _event_date,
    acled_type,
    export,
)
from marsad.store.ingest import ingest
from marsad.store.migrations import MIGRATIONS, current_version

ACLED_REQUIRED = ["event_date", "event_type", "sub_event_type", "actor1", "actor2", "location",
                  "latitude", "longitude", "fatalities", "source", "notes"]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("events")
    records = [
        {"id": "e1", "source": "Outlet A", "published": "2018-04-08",
         "text": "قتل 70 شخصا أمس في غارات جوية على مدينة دوما في الغوطة الشرقية. "
                 "وتظاهر مئات الأشخاص في بيروت احتجاجا على الغلاء."},
        {"id": "e2", "source": "Outlet B", "published": "2018-04-09",
         "text": "اعتقلت الشرطة التركية 12 شخصا في إسطنبول. والتقى وزير الخارجية الروسي نظيره "
                 "التركي في أنقرة."},
    ]
    src = root / "in.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                   encoding="utf-8")
    path = root / "events.db"
    ingest([str(src)], path, workers=1, progress=False)
    return path


def test_ingest_fills_the_events_table(db: Path) -> None:
    conn = connect(db, readonly=True)
    rows = conn.execute("SELECT article_id, type, mode, location, fatalities FROM events "
                        "ORDER BY id").fetchall()
    conn.close()
    assert ("e1", "ASSAULT") in {(r[0], r[1]) for r in rows}
    assert any(r[3] in ("gpe:douma", "loc:eastern-ghouta") and r[4] == 70.0 for r in rows)


def test_migration_two_backfills_events_of_stored_articles(db: Path, tmp_path: Path) -> None:
    copy = tmp_path / "old.db"
    src = connect(db, readonly=True)
    src.execute(f"VACUUM INTO '{copy}'")
    src.close()
    conn = connect(copy, migrate_schema=False)
    expected = conn.execute("SELECT count(*) FROM events").fetchone()[0]
    counts = conn.execute("SELECT * FROM entity_stats ORDER BY entity_id").fetchall()
    groups = conn.execute("SELECT * FROM claim_groups ORDER BY id").fetchall()
    # back to a version-1 store: the tables of migrations 2 (events), 4 (counts), 6 (claims)
    for table in ("events", "entity_stats", "entity_articles", "entity_days", "entity_sources",
                  "entity_pairs", "corpus_counts", "claims", "claim_groups", "event_day_counts",
                  "event_place_counts", "entity_event_days", "store_versions"):
        conn.execute(f"DROP TABLE {table}")
    # and the tables migrations 13 and 14 rebuilt, as version 1 made them
    conn.executescript("""
        ALTER TABLE mentions RENAME TO mentions_now;
        CREATE TABLE mentions (id INTEGER PRIMARY KEY, article_id TEXT NOT NULL, entity_id TEXT
            NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT, how TEXT);
        INSERT INTO mentions(article_id, entity_id, start, "end", how)
        SELECT a.id, m.entity_id, m.start, m."end", m.how
        FROM mentions_now m JOIN articles a ON a.rowid = m.article;
        DROP TABLE mentions_now;
        ALTER TABLE lsh_buckets RENAME TO lsh_now;
        CREATE TABLE lsh_buckets (bucket INTEGER NOT NULL, article_id TEXT NOT NULL);
        INSERT INTO lsh_buckets SELECT l.bucket, a.id FROM lsh_now l
        JOIN articles a ON a.rowid = l.article;
        DROP TABLE lsh_now;
    """)
    conn.execute("DELETE FROM schema_version WHERE version >= 2")
    conn.close()
    conn = connect(copy)  # migrates back to the latest version
    assert conn.execute("SELECT count(*) FROM events").fetchone()[0] == expected > 0
    assert conn.execute("SELECT count(*) FROM events WHERE status IS NULL").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM events WHERE day IS NULL").fetchone()[0] == 0
    assert conn.execute("SELECT * FROM entity_stats ORDER BY entity_id").fetchall() == counts
    assert conn.execute("SELECT * FROM claim_groups ORDER BY id").fetchall() == groups
    conn.close()


def test_export_choices_include_events_and_the_event_formats() -> None:
    assert "events" in TABLES and {"acled", "plover"} <= set(FORMATS)
    with pytest.raises(ValueError):
        export(None, "articles", "acled")


def test_acled_table_has_the_acled_columns(db: Path) -> None:
    out = io.StringIO()
    count = export(db, "events", "acled", out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert count == len(rows) > 0
    assert set(ACLED_REQUIRED) <= set(rows[0]) and list(rows[0]) == ACLED_COLUMNS
    strike = [r for r in rows if r["sub_event_type"] == "Air/drone strike"]
    assert strike, rows
    assert strike[0]["event_type"] == "Explosions/Remote violence"
    assert strike[0]["fatalities"] == "70" and strike[0]["source"] == "Outlet A"
    assert strike[0]["location"] in ("Douma", "Eastern Ghouta")
    assert float(strike[0]["latitude"]) and float(strike[0]["longitude"])
    assert "دوما" in strike[0]["notes"]
    assert all(r["event_type"] for r in rows)  # verbal events (CONSULT) are not ACLED rows


def test_plover_export_is_json_per_event(db: Path) -> None:
    out = io.StringIO()
    count = export(db, "events", "plover", out)
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert count == len(records) > 0
    for rec in records:
        assert {"id", "date", "event_type", "mode", "actor", "recipient", "location",
                "story_id", "publisher", "event_text"} <= set(rec)
    assert any(r["event_type"] == "ASSAULT" and r["fatalities"] == 70.0 for r in records)


def test_plover_modes_map_to_acled_names() -> None:
    assert acled_type("ASSAULT", "shelling") == (
        "Explosions/Remote violence", "Shelling/artillery/missile attack")
    assert acled_type("PROTEST", "riot") == ("Riots", "Violent demonstration")
    assert acled_type("PROTEST", "demonstrate") == ("Protests", "Peaceful protest")
    assert acled_type("CONSULT", "meet") is None


# --- event status ---------------------------------------------------------------------------


def _acled(db: Path, **options: Any) -> list[dict[str, str]]:
    out = io.StringIO()
    count = export(db, "events", "acled", out, **options)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert count == len(rows)
    return rows


def test_acled_exports_only_new_events_unless_all_statuses(mixed_status_db: Path) -> None:
    rows = _acled(mixed_status_db)
    # st-a's new strike and st-b's event coded before statuses existed (no key: new) report
    # one incident (Douma, a day apart): one row with both sources and the lower toll.
    assert [(r["articles"], r["status"], r["reports"]) for r in rows] == [
        ("st-a; st-b", "new", "2")]
    assert rows[0]["fatalities"] == "12"
    every = _acled(mixed_status_db, all_statuses=True)
    assert sorted(r["status"] for r in every) == ["background", "negated", "new", "planned"]
    assert list(every[0]) == ACLED_COLUMNS


def test_acled_time_precision_follows_the_events_own(mixed_status_db: Path) -> None:
    rows = {(r["article_id"], r["status"]): r for r in _acled(mixed_status_db,
                                                             all_statuses=True)}
    strike = rows[("st-a", "new")]
    assert (strike["event_date"], strike["time_precision"]) == ("2018-04-07", "1")
    assert strike["fatalities"] == "12" and strike["location"] == "Douma"
    # known only to its year ("2017"): dated by publication, ACLED precision 3
    background = rows[("st-a", "background")]
    assert (background["event_date"], background["time_precision"]) == ("2018-04-08", "3")
    # no time_precision in old JSON (st-b, folded into st-a's incident): a day from the text
    # is still precision 1
    assert _event_date("2018-04-07", "2018-04-08", None) == ("2018-04-07", 1)
    # no time at all: the publication date, precision 2
    assert rows[("st-a", "planned")]["time_precision"] == "2"


def test_export_command_all_statuses_flag(mixed_status_db: Path, tmp_path: Path) -> None:
    parser = argparse.ArgumentParser()
    commands.register(parser.add_subparsers(dest="command", required=True))
    # st-a and st-b report one incident: one ACLED row by default
    for flags, expected in (([], 1), (["--all-statuses"], 4)):
        out = tmp_path / f"acled{len(flags)}.csv"
        args = parser.parse_args(["export", "--table", "events", "--format", "acled", "--db",
                                  str(mixed_status_db), "--out", str(out), *flags])
        assert args.handler(args) == 0
        with out.open(encoding="utf-8", newline="") as handle:
            assert len(list(csv.DictReader(handle))) == expected
    args = parser.parse_args(["export", "--table", "events", "--format", "jsonl", "--db",
                              str(mixed_status_db), "--all-statuses"])
    assert args.handler(args) == 2  # raw tables always hold every status: flag refused


def test_plover_records_carry_status_and_counts(mixed_status_db: Path) -> None:
    out = io.StringIO()
    export(mixed_status_db, "events", "plover", out)
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert {r["status"] for r in records} == {"new"} and len(records) == 2
    strike = next(r for r in records if r["story_id"] == "st-a")
    assert (strike["fatalities"], strike["injured"], strike["arrested"],
            strike["displaced"]) == (12.0, 5.0, None, None)
    assert strike["time_precision"] == "day"
    out = io.StringIO()
    export(mixed_status_db, "events", "plover", out, all_statuses=True)
    statuses = sorted(json.loads(line)["status"] for line in out.getvalue().splitlines())
    assert statuses == ["background", "negated", "new", "new", "planned"]


def test_raw_events_table_keeps_every_status(mixed_status_db: Path) -> None:
    out = io.StringIO()
    export(mixed_status_db, "events", "jsonl", out)
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert sorted(r["status"] for r in rows) == ["background", "negated", "new", "new",
                                                 "planned"]
    strike = next(r for r in rows if r["status"] == "new" and r["article_id"] == "st-a")
    assert (strike["time_precision"], strike["injured"]) == ("day", 5.0)
    assert strike["payload"]["counts"][1]["kind"] == "injured"


def test_event_groups_use_only_new_events(mixed_status_db: Path,
                                          status_articles: list[dict[str, Any]]) -> None:
    article = status_articles[0]
    assert [r.day for r in events_from_article(article)] == ["2018-04-07"]
    assert len(events_from_article(article, statuses=None)) == 4
    groups = event_groups(str(mixed_status_db), min_sources=1)
    # the background strike and the planned attack would make ASSAULT:gpe:douma:2018-04-08
    assert [g.id for g in groups] == ["ASSAULT:gpe:douma:2018-04-07"]
    assert groups[0].sources == ["Outlet A", "Outlet B"]


def test_claims_events_command_skips_non_new_events(mixed_status_db: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    from marsad.claims import commands as claims_commands

    parser = argparse.ArgumentParser()
    claims_commands.register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(["claims", "--events", "--json", "--min-sources", "1", "--db",
                              str(mixed_status_db)])
    assert args.handler(args) == 0
    ids = [json.loads(line)["id"] for line in capsys.readouterr().out.splitlines()]
    assert ids == ["ASSAULT:gpe:douma:2018-04-07"]


def _old_store(path: Path, events: list[dict[str, Any]]) -> None:
    """A store at schema version 2 holding ``events`` as a version-2 ingest wrote them."""
    conn = sqlite3.connect(path, isolation_level=None)
    current_version(conn)  # creates schema_version
    for migration in MIGRATIONS[:2]:
        conn.execute("BEGIN")
        migration.apply(conn)
        conn.execute("INSERT INTO schema_version(version, name) VALUES (?, ?)",
                     (migration.version, migration.name))
        conn.execute("COMMIT")
    conn.execute("INSERT INTO articles(id, text, text_hash, json) VALUES ('old', 'x', 'h', ?)",
                 (json.dumps({"id": "old", "text": "x", "events": events}),))
    for ev in events:
        conn.execute('INSERT INTO events(article_id, start, "end", type, json) '
                     "VALUES ('old', 0, 1, ?, ?)", (ev["type"], json.dumps(ev)))
    conn.close()


def test_migration_three_backfills_status_and_counts(tmp_path: Path) -> None:
    path = tmp_path / "v2.db"
    _old_store(path, [
        {"type": "ASSAULT", "confidence": 0.9, "fatalities": 3},  # coded before statuses
        {"type": "PROTEST", "confidence": 0.9, "status": "planned", "time_precision": "month",
         "injured": 2, "arrested": 7.0, "displaced": "many"},
    ])
    conn = connect(path)
    assert current_version(conn) == MIGRATIONS[-1].version >= 3
    rows = conn.execute("SELECT type, status, time_precision, injured, arrested, displaced "
                        "FROM events ORDER BY id").fetchall()
    assert rows == [("ASSAULT", "new", None, None, None, None),
                    ("PROTEST", "planned", "month", 2.0, 7.0, None)]
    indexes = {r[1] for r in conn.execute("PRAGMA index_list(events)")}
    assert "events_status" in indexes
    conn.close()


def test_parquet_round_trip_keeps_status(status_articles: list[dict[str, Any]],
                                         tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    from marsad.batch import load_parquet, read_table
    from marsad.batch.parquet import empty_rows, flatten, to_tables, write_tables

    rows = empty_rows()
    for doc, data in enumerate(status_articles):
        flatten(doc, f"in-{doc}", data, data["text"].encode(), "text", rows)
    out = tmp_path / "batch"
    write_tables(out, 0, to_tables(rows))
    events = read_table(out, "events").to_pylist()
    assert sorted(e["status"] for e in events) == ["background", "negated", "new", "new",
                                                   "planned"]
    strike = next(e for e in events if e["article_id"] == "st-a" and e["status"] == "new")
    assert (strike["time_precision"], strike["injured"], strike["fatalities"]) == (
        "day", 5.0, 12.0)
    db = tmp_path / "loaded.db"
    summary = load_parquet(out, db)
    assert summary.new == 2
    assert _acled(db)[0]["status"] == "new" and _acled(db)[0]["reports"] == "2"
    parquet = tmp_path / "events.parquet"
    assert export(db, "events", "parquet", parquet) == 5
    import pyarrow.parquet as pq

    table = pq.read_table(parquet).to_pylist()
    assert sorted(r["status"] for r in table) == ["background", "negated", "new", "new",
                                                  "planned"]
    assert {r["time_precision"] for r in table} == {"day", "year", None}


@pytest.mark.slow
def test_acled_douma_is_one_incident_with_its_conflicting_tolls(
        web_corpus: ModuleType, tmp_path: Path) -> None:
    """Real articles: the Douma attack of 7 April 2018 as several outlets reported it is one
    ACLED row listing every outlet and each toll; the export loads in DuckDB by ACLED's names."""
    db = web_corpus.build(tmp_path)
    out = tmp_path / "acled.csv"
    with out.open("w", encoding="utf-8", newline="") as handle:
        export(db, "events", "acled", handle)
    rows = list(csv.DictReader(out.open(encoding="utf-8", newline="")))
    douma = [r for r in rows if r["location"] == "Douma" and r["event_date"] == "2018-04-07"]
    assert len(douma) == 1
    [incident] = douma
    assert len(incident["source"].split("; ")) >= 3 and int(incident["reports"]) >= 3
    reported = {float(x.split(": ")[1]) for x in incident["fatalities_reported"].split("; ")}
    assert len(reported) >= 2 and int(incident["fatalities"]) == min(reported)
    assert "Conflicting fatality reports" in incident["notes"]
    assert incident["admin1"] == "Rif Dimashq Governorate"  # from the KB's parent chain
    duckdb = pytest.importorskip("duckdb")
    columns = [c[0] for c in duckdb.sql(f"SELECT * FROM read_csv_auto('{out}')").description]
    assert columns[:17] == ACLED_COLUMNS[:17]
    assert "event_date" in columns and "fatalities" in columns
