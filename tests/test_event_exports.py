"""Events in the store: table filled by ingest and migration 2, ACLED and PLOVER exports."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from marsad.store.db import connect
from marsad.store.export import ACLED_COLUMNS, FORMATS, TABLES, acled_type, export
from marsad.store.ingest import ingest

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
    conn.execute("DROP TABLE events")
    conn.execute("DELETE FROM schema_version WHERE version = 2")
    conn.close()
    conn = connect(copy)  # migrates back to the latest version
    assert conn.execute("SELECT count(*) FROM events").fetchone()[0] == expected > 0
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
