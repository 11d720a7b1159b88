"""Export store tables as JSONL, CSV or Parquet (typed columns, see docs/store.md).

JSONL keeps structure (the ``json`` payload column is inlined as an object; for articles the
record is the full public ``to_dict`` contract); CSV is flat, payloads as JSON strings.
Events also export in the shapes conflict researchers already load: an ACLED-like CSV table
(``--format acled``; PLOVER type/mode mapped through ``data/acled_map.json``) and PLOVER JSON
lines (``--format plover``), with entity ids resolved to names, countries and coordinates.
Those two formats carry only events the article reports as news (``status`` ``new``) unless
``all_statuses`` (``--all-statuses``) asks for background, planned, hypothetical and negated
ones too; the raw table exports always hold every event, with its ``status`` column.
"""

from __future__ import annotations

import csv
import io
import json
import os
import sqlite3
import sys
from collections.abc import Iterable, Iterator
from datetime import date
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, TextIO

from marsad.events.incidents import Sighting, cluster
from marsad.shapes import export_type
from marsad.store.db import connect
from marsad.store.facts import FACT_TABLES, ArticleFacts, ordinal

TABLES = ("articles", "entities", "mentions", "quantities", "times", "statements", "events")
FORMATS = ("jsonl", "csv", "parquet", "acled", "plover")
EVENT_FORMATS = ("acled", "plover")
ACLED_COLUMNS = ["event_id_cnty", "event_date", "year", "time_precision", "disorder_type",
                 "event_type", "sub_event_type", "actor1", "actor2", "country", "location",
                 "latitude", "longitude", "geo_precision", "source", "notes", "fatalities",
                 "plover_type", "plover_mode", "article_id", "confidence", "status",
                 "reports", "articles", "fatalities_reported", "admin1", "admin2"]
_COLUMNS = {
    "articles": ["id", "title", "published", "source", "url", "language", "text", "json"],
    "entities": ["id", "type", "name_ar", "name_en", "wikidata", "category", "country", "lat",
                 "lon", "in_kb"],
    "mentions": ["article_id", "entity_id", "start", "end", "text", "how"],
    "quantities": ["article_id", "start", "end", "text", "value", "unit", "counted", "json"],
    "times": ["article_id", "start", "end", "text", "value", "granularity", "json"],
    "statements": ["article_id", "start", "end", "speaker", "speaker_entity", "cue", "stance",
                   "json"],
    "events": ["article_id", "start", "end", "type", "mode", "actor", "target", "location",
               "time", "fatalities", "confidence", "trigger", "json", "status",
               "time_precision", "injured", "arrested", "displaced"],
}


def _rows(conn: sqlite3.Connection, table: str) -> Iterator[dict[str, Any]]:
    cols = _COLUMNS[table]
    order = "rowid" if table != "entities" else "id"
    if table in FACT_TABLES:  # a fact's JSON is its article's (store/facts.py)
        select = ", ".join(f'"{c}"' for c in cols) + f", {ordinal(table, table)}"
        facts = ArticleFacts(conn)
        for *row, position in conn.execute(f"SELECT {select} FROM {table} ORDER BY {order}"):
            record = dict(zip(cols, row, strict=True))
            record["json"] = json.dumps(facts.fact(table, record["article_id"], position,
                                                   record["json"]), ensure_ascii=False)
            yield record
        return
    if table == "mentions":  # keyed by the article's rowid; the text is the article's own
        yield from (dict(zip(cols, row, strict=True)) for row in conn.execute(
            'SELECT a.id, m.entity_id, m.start, m."end", '
            'substr(unpacked(a.text), m.start + 1, m."end" - m.start), m.how '
            "FROM mentions m JOIN articles a ON a.rowid = m.article ORDER BY m.article, m.start"))
        return
    # stored JSON and text are packed (store/codec.py): exported as the text they encode,
    # an article's JSON with its text put back
    packed = {"json": "unpacked(json)", "text": "unpacked(text)"}
    if table == "articles":
        packed["json"] = "article_json(json, text)"
    select = ", ".join(packed.get(c, f'"{c}"') for c in cols)
    for row in conn.execute(f"SELECT {select} FROM {table} ORDER BY {order}"):
        yield dict(zip(cols, row, strict=True))


def export(db_path: str | os.PathLike[str] | None, table: str, fmt: str,
           out: str | os.PathLike[str] | TextIO | None = None, *,
           all_statuses: bool = False) -> int:
    """Write ``table`` in ``fmt`` to ``out`` (a path, a text stream, or stdout); returns rows.

    ``all_statuses``: ACLED and PLOVER exports include events of every status, not only
    ``new`` ones (the raw table formats always hold every event)."""
    if table not in TABLES:
        raise ValueError(f"table must be one of {', '.join(TABLES)}, not {table!r}")
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    if fmt in EVENT_FORMATS and table != "events":
        raise ValueError(f"format {fmt} is for --table events only")
    if all_statuses and fmt not in EVENT_FORMATS:
        raise ValueError("--all-statuses is for --format acled or plover (the raw tables "
                         "always hold every event, with its status column)")
    conn = connect(db_path, readonly=True)
    try:
        if fmt in EVENT_FORMATS:
            if isinstance(out, (str, os.PathLike)):
                with open(out, "w", encoding="utf-8", newline="") as handle:
                    return _write_events(conn, fmt, handle, all_statuses)
            return _write_events(conn, fmt, out or sys.stdout, all_statuses)
        if fmt == "parquet":
            if out is None or not isinstance(out, (str, os.PathLike)):
                raise ValueError("parquet export needs --out PATH")
            return _parquet(_rows(conn, table), Path(out), table)
        if isinstance(out, (str, os.PathLike)):
            with open(out, "w", encoding="utf-8", newline="") as handle:
                return _write(_rows(conn, table), fmt, table, handle)
        return _write(_rows(conn, table), fmt, table, out or sys.stdout)
    finally:
        conn.close()


def _write(rows: Iterator[dict[str, Any]], fmt: str, table: str, handle: TextIO | io.StringIO,
           ) -> int:
    count = 0
    if fmt == "jsonl":
        for row in rows:
            record = _structured(row, table)
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
        return count
    writer = csv.DictWriter(handle, fieldnames=_COLUMNS[table])
    writer.writeheader()
    for row in rows:
        writer.writerow(row)
        count += 1
    return count


def _structured(row: dict[str, Any], table: str) -> dict[str, Any]:
    payload = row.pop("json", None)
    if payload is None:
        return row
    data = json.loads(payload)
    if table == "articles":
        return data  # the full public JSON contract as it was extracted
    row["payload"] = data
    return row


# Parquet column types, per table (documented in docs/store.md; a type change is a breaking
# change for whoever loads the files), generated from the model (:func:`marsad.shapes
# .export_type`). Names: Arrow types; ``date32`` columns hold the ISO date text parsed to a
# calendar date (null when it is not one), as ``Article.published`` is a date in the model;
# ``json`` stays JSON text.
PARQUET_TYPES: dict[str, dict[str, str]] = {
    table: {column: export_type(table, column) for column in columns}
    for table, columns in _COLUMNS.items()
}
PARQUET_BATCH = 10_000


def _parquet_value(value: Any, kind: str) -> Any:
    """SQLite's loose typing → the declared Arrow type (bad values become null, not errors)."""
    if value is None:
        return None
    if kind == "date32":
        import datetime

        try:
            return datetime.date.fromisoformat(str(value)[:10])
        except ValueError:
            return None
    if kind == "bool":
        return bool(value)
    if kind == "int64":
        return int(value)
    if kind == "float64":
        try:
            return float(value)
        except (TypeError, ValueError):
            return None
    return str(value) if not isinstance(value, str) else value


def _parquet(rows: Iterator[dict[str, Any]], out: Path, table: str) -> int:
    """Stream ``rows`` into a Parquet file with the documented schema, in row groups of
    PARQUET_BATCH so memory stays flat for any table size."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise RuntimeError("parquet export needs pyarrow (pip install pyarrow)") from exc
    types = PARQUET_TYPES.get(table) or {c: "string" for c in _COLUMNS[table]}
    arrow = {"string": pa.string(), "int64": pa.int64(), "float64": pa.float64(),
             "bool": pa.bool_(), "date32": pa.date32()}
    schema = pa.schema([pa.field(name, arrow[kind]) for name, kind in types.items()])
    count = 0
    with pq.ParquetWriter(out, schema, compression="zstd") as writer:
        batch: list[dict[str, Any]] = []
        for row in rows:
            batch.append({c: _parquet_value(row.get(c), k) for c, k in types.items()})
            if len(batch) >= PARQUET_BATCH:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                count += len(batch)
                batch = []
        if batch or count == 0:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            count += len(batch)
    return count


# --- events as ACLED-like rows and PLOVER JSON -----------------------------------------------


@cache
def acled_map() -> dict[str, Any]:
    """The PLOVER → ACLED mapping table (data, so analysts can adjust it without code)."""
    return dict(json.loads(resources.files("marsad.data").joinpath("acled_map.json")
                           .read_text(encoding="utf-8")))


def acled_type(plover_type: str, mode: str | None) -> tuple[str, str] | None:
    """(event_type, sub_event_type) for a PLOVER type and mode; None when ACLED has no such."""
    table = acled_map()
    pair = table["modes"].get(f"{plover_type}/{mode}") or table["types"].get(plover_type)
    return (str(pair[0]), str(pair[1])) if pair else None


_EVENT_SQL = """
SELECT e.id, e.article_id, e.type, e.mode, e.actor, e.target, e.location, e.time,
       e.fatalities, e.confidence, e.trigger,
       substr(unpacked(a.text), e.start + 1, e."end" - e.start),
       a.published, a.source, a.url, a.title, coalesce(e.status, 'new'), e.time_precision,
       e.injured, e.arrested, e.displaced
FROM events e JOIN articles a ON a.id = e.article_id
WHERE coalesce(e.confidence, 0) >= ? {status}
ORDER BY e.id
"""
# ACLED's time_precision: 1 the day is known, 2 a week or a span within a month, 3 only the
# month (or vaguer). An event's own precision says which; a publication date is at best 2.
ACLED_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}


def _entity_lookup(conn: sqlite3.Connection) -> dict[str, dict[str, Any]]:
    cols = ["id", "type", "name_ar", "name_en", "country", "lat", "lon"]
    return {row[0]: dict(zip(cols, row, strict=True))
            for row in conn.execute(f"SELECT {', '.join(cols)} FROM entities")}


def _event_date(time: str | None, published: str | None, precision: str | None = None,
                ) -> tuple[str | None, int]:
    """(day, ACLED time_precision). A day coded from the text is that day, precision 1 unless
    the event's own ``time_precision`` says it is vaguer; otherwise the publication date, 2
    (or 3 when the event is known only to its month or year)."""
    own = ACLED_PRECISION.get(precision or "")
    if time and len(time) >= 10 and time[4] == "-" and time[7] == "-":
        return time[:10], own or 1
    return (published[:10] if published else None), max(own or 2, 2)


def event_records(conn: sqlite3.Connection, all_statuses: bool = False,
                  ) -> Iterator[dict[str, Any]]:
    """Every exportable event with its article and resolved entities (format-neutral);
    only ``new`` events unless ``all_statuses``."""
    entities = _entity_lookup(conn)
    min_conf = float(acled_map().get("min_confidence", 0.0))
    sql = _EVENT_SQL.format(status="" if all_statuses else "AND coalesce(e.status, 'new') = 'new'")
    for row in conn.execute(sql, (min_conf,)):
        (eid, aid, etype, mode, actor, target, location, time, fatalities, confidence,
         trigger, sentence, published, source, url, title, status, time_precision, injured,
         arrested, displaced) = row
        day, precision = _event_date(time, published, time_precision)
        yield {"id": eid, "article_id": aid, "type": etype, "mode": mode,
               "actor": entities.get(actor or ""), "actor_id": actor,
               "target": entities.get(target or ""), "target_id": target,
               "location": entities.get(location or ""), "location_id": location,
               "date": day, "time_precision": precision, "event_time_precision":
               time_precision, "status": status, "fatalities": fatalities,
               "injured": injured, "arrested": arrested, "displaced": displaced,
               "confidence": confidence, "trigger": trigger,
               "sentence": " ".join((sentence or "").split()), "published": published,
               "source": source, "url": url, "title": title}


def _display(entity: dict[str, Any] | None, fallback: str | None) -> str:
    if entity is None:
        return fallback or ""
    return str(entity.get("name_en") or entity.get("name_ar") or fallback or "")


_ADMIN_LEVELS = {"governorate": 0, "region": 0, "district": 1}


@cache
def admin_areas(place_id: str | None) -> tuple[str, str]:
    """(admin1, admin2) English names of a place: its governorate and district in the KB's
    ``parent`` chain (the place itself when it is one), '' where the KB does not say."""
    from marsad.kb.loader import load_kb

    kb = load_kb()
    found = ["", ""]
    entity = kb.get(place_id) if place_id else None
    for _ in range(6):  # a parent chain is a few levels deep
        if entity is None:
            break
        level = _ADMIN_LEVELS.get(entity.category)
        if level is not None and not found[level]:
            found[level] = entity.name_en or entity.name_ar
        entity = kb.get(entity.parent) if entity.parent else None
    return found[0], found[1]


def acled_row(rec: dict[str, Any]) -> dict[str, Any] | None:
    """One ACLED-like row, or None for an event type ACLED does not code."""
    mapped = acled_type(rec["type"], rec["mode"])
    if mapped is None:
        return None
    place = rec["location"]
    country = (place or {}).get("country") or (rec["actor"] or {}).get("country") or ""
    admin1, admin2 = admin_areas(rec["location_id"])
    return {
        "admin1": admin1, "admin2": admin2,
        "event_id_cnty": f"{country or 'XX'}{rec['id']}", "event_date": rec["date"],
        "year": (rec["date"] or "")[:4], "time_precision": rec["time_precision"],
        "disorder_type": "Demonstrations" if mapped[0] in ("Protests", "Riots")
        else "Strategic developments" if mapped[0] == "Strategic developments"
        else "Political violence",
        "event_type": mapped[0], "sub_event_type": mapped[1],
        "actor1": _display(rec["actor"], rec["actor_id"]),
        "actor2": _display(rec["target"], rec["target_id"]), "country": country,
        "location": _display(place, rec["location_id"]),
        "latitude": (place or {}).get("lat"), "longitude": (place or {}).get("lon"),
        "geo_precision": 1 if place and place.get("lat") is not None else "",
        "source": rec["source"] or "", "notes": rec["sentence"],
        "fatalities": int(rec["fatalities"] or 0), "plover_type": rec["type"],
        "plover_mode": rec["mode"] or "", "article_id": rec["article_id"],
        "confidence": rec["confidence"], "status": rec["status"],
    }


def plover_record(rec: dict[str, Any]) -> dict[str, Any]:
    """One event in PLOVER's field names (event_type, mode, actor, recipient, ...)."""
    place = rec["location"]
    return {
        "id": f"marsad-{rec['article_id']}-{rec['id']}", "date": rec["date"],
        "event_type": rec["type"], "mode": rec["mode"], "context": [],
        "actor": _display(rec["actor"], rec["actor_id"]) or None, "actor_id": rec["actor_id"],
        "actor_country": (rec["actor"] or {}).get("country"),
        "recipient": _display(rec["target"], rec["target_id"]) or None,
        "recipient_id": rec["target_id"],
        "recipient_country": (rec["target"] or {}).get("country"),
        "location": None if place is None and rec["location_id"] is None else {
            "placename": _display(place, rec["location_id"]), "id": rec["location_id"],
            "country": (place or {}).get("country"), "lat": (place or {}).get("lat"),
            "lon": (place or {}).get("lon")},
        "fatalities": rec["fatalities"], "injured": rec["injured"],
        "arrested": rec["arrested"], "displaced": rec["displaced"],
        "confidence": rec["confidence"], "status": rec["status"],
        "time_precision": rec["event_time_precision"], "event_text": rec["sentence"],
        "anchor": rec["trigger"],
        "story_id": rec["article_id"], "story_date": rec["published"],
        "publisher": rec["source"], "url": rec["url"], "headline": rec["title"],
        "language": "ar",
    }


def _write_events(conn: sqlite3.Connection, fmt: str, handle: TextIO | io.StringIO,
                  all_statuses: bool = False) -> int:
    count = 0
    if fmt == "plover":
        for rec in event_records(conn, all_statuses):
            handle.write(json.dumps(plover_record(rec), ensure_ascii=False) + "\n")
            count += 1
        return count
    writer = csv.DictWriter(handle, fieldnames=ACLED_COLUMNS)
    writer.writeheader()
    for row in acled_incidents(event_records(conn, all_statuses)):
        writer.writerow(row)
        count += 1
    return count


def _sighting(rec: dict[str, Any]) -> Sighting | None:
    place = rec["location"] or {}
    coords = (float(place["lat"]), float(place["lon"])) \
        if place.get("lat") is not None and place.get("lon") is not None else None
    if not rec["date"]:
        return None
    return Sighting(rec["type"], date.fromisoformat(rec["date"]), rec["location_id"], coords,
                    rec["actor_id"], rec["target_id"], rec["status"])


def acled_incidents(records: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """ACLED rows, one per incident: the reports of one incident across articles and outlets
    (:mod:`marsad.events.incidents`) become one row listing every source. ``fatalities`` is
    the lowest figure reported (ACLED's conservative rule); ``fatalities_reported`` keeps
    each outlet's figure so conflicting tolls stay visible. Undated events stay one row each.
    """
    rows: list[tuple[dict[str, Any], dict[str, Any]]] = []
    for rec in records:
        row = acled_row(rec)
        if row is not None:
            rows.append((rec, row))
    dated = [(i, s) for i, (rec, _) in enumerate(rows) if (s := _sighting(rec)) is not None]
    groups = [[dated[k][0] for k in members] for members in cluster([s for _, s in dated])]
    grouped = {i for members in groups for i in members}
    groups += [[i] for i in range(len(rows)) if i not in grouped]
    groups.sort(key=lambda members: members[0])
    return [_incident_row([rows[i] for i in members]) for members in groups]


def _incident_row(reports: list[tuple[dict[str, Any], dict[str, Any]]]) -> dict[str, Any]:
    """Fold the ACLED rows of one incident's reports into one row."""
    rows = [row for _, row in reports]
    out = dict(min(rows, key=lambda r: (r["event_date"] or "9999", r["time_precision"])))
    for column in ("actor1", "actor2", "location", "latitude", "longitude", "country"):
        if out[column] in ("", None):
            out[column] = next((r[column] for r in rows if r[column] not in ("", None)), "")
    if out["latitude"] not in ("", None):
        out["geo_precision"] = 1
    sources = sorted({r["source"] for r in rows if r["source"]})
    tolls = sorted({(rec["source"] or rec["article_id"], float(rec["fatalities"]))
                    for rec, _ in reports if rec["fatalities"]})
    figures = {value for _, value in tolls}
    out["source"] = "; ".join(sources)
    out["fatalities"] = int(min(figures)) if figures else 0
    out["fatalities_reported"] = "; ".join(f"{source}: {value:g}" for source, value in tolls)
    out["reports"] = len(rows)
    out["articles"] = "; ".join(sorted({r["article_id"] for r in rows}))
    out["confidence"] = max(r["confidence"] or 0 for r in rows)
    if len(figures) > 1:
        out["notes"] = (f"{out['notes']} [Conflicting fatality reports: "
                        f"{out['fatalities_reported']}]")
    return out
