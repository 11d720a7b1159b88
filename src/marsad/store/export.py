"""Export store tables as JSONL or CSV (Parquet when pyarrow happens to be installed).

JSONL keeps structure (the ``json`` payload column is inlined as an object; for articles the
record is the full public ``to_dict`` contract); CSV is flat, payloads as JSON strings.
"""

from __future__ import annotations

import csv
import io
import json
import os
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

from marsad.store.db import connect

TABLES = ("articles", "entities", "mentions", "quantities", "times", "statements")
FORMATS = ("jsonl", "csv", "parquet")
_COLUMNS = {
    "articles": ["id", "title", "published", "source", "url", "language", "text", "json"],
    "entities": ["id", "type", "name_ar", "name_en", "wikidata", "category", "country", "lat",
                 "lon", "in_kb"],
    "mentions": ["article_id", "entity_id", "start", "end", "text", "how"],
    "quantities": ["article_id", "start", "end", "text", "value", "unit", "counted", "json"],
    "times": ["article_id", "start", "end", "text", "value", "granularity", "json"],
    "statements": ["article_id", "start", "end", "speaker", "speaker_entity", "cue", "stance",
                   "json"],
}


def _rows(conn: sqlite3.Connection, table: str) -> Iterator[dict[str, Any]]:
    cols = _COLUMNS[table]
    order = "rowid" if table != "entities" else "id"
    sql = f"SELECT {', '.join(chr(34) + c + chr(34) for c in cols)} FROM {table} ORDER BY {order}"
    for row in conn.execute(sql):
        yield dict(zip(cols, row, strict=True))


def export(db_path: str | os.PathLike[str] | None, table: str, fmt: str,
           out: str | os.PathLike[str] | TextIO | None = None) -> int:
    """Write ``table`` in ``fmt`` to ``out`` (a path, a text stream, or stdout); returns rows."""
    if table not in TABLES:
        raise ValueError(f"table must be one of {', '.join(TABLES)}, not {table!r}")
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    conn = connect(db_path, readonly=True)
    try:
        if fmt == "parquet":
            if out is None or not isinstance(out, (str, os.PathLike)):
                raise ValueError("parquet export needs --out PATH")
            return _parquet(_rows(conn, table), Path(out))
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


def _parquet(rows: Iterator[dict[str, Any]], out: Path) -> int:
    try:
        import pyarrow as pa  # optional dependency
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise RuntimeError("parquet export needs pyarrow (pip install pyarrow)") from exc
    records = list(rows)
    pq.write_table(pa.Table.from_pylist(records), out)
    return len(records)
