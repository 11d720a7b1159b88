"""Parquet tables of a batch run: schemas, flattening of ``to_dict``, shard files, store load.

Every table has an explicit Arrow schema so that a shard with no quantities (say) still writes
a file DuckDB can union with the others (``read_parquet('OUT/quantities/*.parquet')``), and so
the local and Ray engines cannot drift apart by type inference. Rows carry ``doc`` (the
document's position in the input order) and are sorted before writing: the output of a run
is a pure function of its inputs, whichever engine or how many workers produced it.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from marsad.shapes import BATCH_LAYOUT, Column, batch_columns, batch_layout

_ARROW = {"string": pa.string(), "int64": pa.int64(), "float64": pa.float64(),
          "bool": pa.bool_(), "binary": pa.binary(), "date32": pa.date32()}
# Generated from the model (:func:`marsad.shapes.batch_layout`): the shipped columns in their
# public order, then any model field added since, appended (the layout is public: columns are
# only ever appended, never renamed). See docs/batch.md.
SCHEMAS: dict[str, pa.Schema] = {
    name: pa.schema([(column, _ARROW[kind]) for column, kind in batch_layout(name)])
    for name in BATCH_LAYOUT
}
TABLES: tuple[str, ...] = tuple(SCHEMAS)
# Fact tables are sorted by these keys (after ``doc``); the full JSON breaks remaining ties.
_SORT_KEYS: dict[str, tuple[str, ...]] = {
    "articles": ("doc",),
    "entities": ("doc", "entity_id"),
    "mentions": ("doc", "start", "end", "entity_id", "how", "text"),
    "quantities": ("doc", "start", "end", "json"),
    "times": ("doc", "start", "end", "json"),
    "statements": ("doc", "start", "end", "json"),
    "events": ("doc", "start", "end", "json"),
    "failures": ("doc", "origin", "reason"),
}

Rows = dict[str, list[dict[str, Any]]]


def empty_rows() -> Rows:
    return {name: [] for name in TABLES}


def _dumps(value: Any) -> str:
    # sort_keys: the JSON column must be byte-identical however the dict was built.
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _f(value: Any) -> float | None:
    return None if value is None else float(value)


def _reader(col: Column) -> tuple[str, str, str | None, bool]:
    """(column, key, nested key or None, is a float) for reading ``col`` off a fact's JSON."""
    return (col.name, col.path[0], col.path[1] if len(col.path) > 1 else None,
            col.arrow == "float64")


# How each table's model columns are read off the ``to_dict`` JSON, from the shared shapes.
_READERS = {name: tuple(_reader(c) for c in batch_columns(name)) for name in BATCH_LAYOUT}


def _model_values(obj: dict[str, Any], readers: tuple[tuple[str, str, str | None, bool], ...],
                  row: dict[str, Any]) -> dict[str, Any]:
    for column, key, sub, is_float in readers:
        value = obj.get(key)
        if sub is not None:
            value = value.get(sub) if isinstance(value, dict) else None
        row[column] = _f(value) if is_float else value
    return row


def flatten(doc: int, origin: str, data: dict[str, Any], raw: bytes, raw_format: str,
            rows: Rows) -> None:
    """Append one article's rows (from the public ``to_dict`` contract) to ``rows``."""
    from marsad.store.migrations import event_extras  # the store's rule (status default new)

    aid = str(data.get("id"))
    ents = data.get("entities") or []
    payload = json.dumps(data, ensure_ascii=False)
    article = _model_values(data, _READERS["articles"], {"doc": doc, "origin": origin})
    article.update({
        "id": aid, "text": data.get("text") or "", "n_entities": len(ents),
        "n_quantities": len(data.get("quantities") or []),
        "n_times": len(data.get("times") or []),
        "n_statements": len(data.get("statements") or []),
        "n_events": len(data.get("events") or []),
        "raw_format": raw_format, "raw": raw, "json": payload,
        "prepared": prepare(data, payload),
    })
    rows["articles"].append(article)
    for ent in ents:
        mentions = ent.get("mentions") or []
        row = _model_values(ent, _READERS["entities"], {"doc": doc, "article_id": aid})
        row["in_kb"] = bool(ent.get("in_kb", True))
        row["n_mentions"] = len(mentions)
        rows["entities"].append(row)
        for m in mentions:
            rows["mentions"].append(_model_values(
                m, _READERS["mentions"],
                {"doc": doc, "article_id": aid, "entity_id": ent.get("id")}))
    for table in ("quantities", "times", "statements"):
        for fact in data.get(table) or []:
            row = _model_values(fact, _READERS[table], {"doc": doc, "article_id": aid})
            row["json"] = _dumps(fact)
            rows[table].append(row)
    for e in data.get("events") or []:
        row = _model_values(e, _READERS["events"], {"doc": doc, "article_id": aid})
        row["json"] = _dumps(e)
        (row["status"], row["time_precision"], row["injured"], row["arrested"],
         row["displaced"]) = event_extras(e)
        rows["events"].append(row)


def prepare(data: dict[str, Any], payload: str) -> bytes | None:
    """The article's store rows for ``marsad ingest --parquet`` (``store/prepared.py``), made
    here because a batch runs on many cores and the load has one writer; ``None`` for an
    article the store would refuse (no text), which the load then reports as it always has."""
    from marsad.store import prepared
    from marsad.store.rows import article_rows

    if not (data.get("text") or "").strip():
        return None
    rows = article_rows(data, origin="", raw=b"", raw_format="", keep_raw=False,
                        payload=payload)
    return prepared.encode(rows, payload.encode())


def _key(row: dict[str, Any], keys: tuple[str, ...]) -> tuple[Any, ...]:
    # (is-None, value) pairs: None sorts first and never compares with an int or a str.
    return tuple((row.get(k) is not None, row.get(k) if row.get(k) is not None else 0)
                 for k in keys)


def to_tables(rows: Rows) -> dict[str, pa.Table]:
    """Deterministically sorted Arrow tables, one per name in ``TABLES``."""
    out = {}
    for name in TABLES:
        keys = _SORT_KEYS[name]
        ordered = sorted(rows[name], key=lambda row: _key(row, keys))
        out[name] = pa.Table.from_pylist(ordered, schema=SCHEMAS[name])
    return out


def shard_file(out_dir: Path, table: str, shard: int) -> Path:
    return out_dir / table / f"part-{shard:05d}.parquet"


def write_tables(out_dir: Path, shard: int, tables: dict[str, pa.Table]) -> None:
    """Write each table's shard file atomically (tmp + rename), so a reader or a resumed run
    never sees half a file; the caller writes the completion marker after this returns."""
    for name, table in tables.items():
        target = shard_file(out_dir, name, shard)
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(f".{target.name}.tmp")
        pq.write_table(table, tmp, compression="zstd")
        os.replace(tmp, target)


def read_table(out_dir: str | os.PathLike[str], table: str) -> pa.Table:
    """All shards of one table, concatenated in shard order (i.e. input order)."""
    files = sorted((Path(out_dir) / table).glob("part-*.parquet"))
    if not files:
        return SCHEMAS[table].empty_table()
    return pa.concat_tables([pq.read_table(f, schema=SCHEMAS[table]) for f in files])
