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

STR = pa.string()
I64 = pa.int64()
F64 = pa.float64()
BOOL = pa.bool_()

SCHEMAS: dict[str, pa.Schema] = {
    "articles": pa.schema([
        ("doc", I64), ("id", STR), ("origin", STR), ("title", STR), ("kicker", STR),
        ("published", STR), ("language", STR), ("language_score", F64), ("url", STR),
        ("source", STR), ("input_format", STR), ("encoding", STR), ("text", STR),
        ("n_entities", I64), ("n_quantities", I64), ("n_times", I64), ("n_statements", I64),
        ("n_events", I64), ("raw_format", STR), ("raw", pa.binary()), ("json", STR),
    ]),
    "entities": pa.schema([
        ("doc", I64), ("article_id", STR), ("entity_id", STR), ("type", STR), ("name_ar", STR),
        ("name_en", STR), ("wikidata", STR), ("category", STR), ("country", STR),
        ("lat", F64), ("lon", F64), ("in_kb", BOOL), ("n_mentions", I64),
    ]),
    "mentions": pa.schema([
        ("doc", I64), ("article_id", STR), ("entity_id", STR), ("start", I64), ("end", I64),
        ("text", STR), ("how", STR),
    ]),
    "quantities": pa.schema([
        ("doc", I64), ("article_id", STR), ("start", I64), ("end", I64), ("text", STR),
        ("value", F64), ("low", F64), ("high", F64), ("qualifier", STR), ("approximate", BOOL),
        ("counted", STR), ("unit", STR), ("json", STR),
    ]),
    "times": pa.schema([
        ("doc", I64), ("article_id", STR), ("start", I64), ("end", I64), ("text", STR),
        ("value", STR), ("granularity", STR), ("relative", BOOL), ("offset", STR),
        ("json", STR),
    ]),
    "statements": pa.schema([
        ("doc", I64), ("article_id", STR), ("start", I64), ("end", I64), ("speaker", STR),
        ("speaker_entity", STR), ("cue", STR), ("stance", STR), ("content", STR),
        ("content_start", I64), ("content_end", I64), ("to", STR), ("hedged", BOOL),
        ("json", STR),
    ]),
    "events": pa.schema([
        ("doc", I64), ("article_id", STR), ("start", I64), ("end", I64), ("type", STR),
        ("mode", STR), ("trigger", STR), ("trigger_start", I64), ("trigger_end", I64),
        ("actor", STR), ("target", STR), ("location", STR), ("time", STR),
        ("fatalities", F64), ("confidence", F64), ("json", STR),
        # added with event status (columns are only ever appended: the layout is public)
        ("status", STR), ("time_precision", STR), ("injured", F64), ("arrested", F64),
        ("displaced", F64),
    ]),
    "failures": pa.schema([("doc", I64), ("origin", STR), ("reason", STR)]),
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


def flatten(doc: int, origin: str, data: dict[str, Any], raw: bytes, raw_format: str,
            rows: Rows) -> None:
    """Append one article's rows (from the public ``to_dict`` contract) to ``rows``."""
    from marsad.store.migrations import event_extras  # the store's rule (status default new)

    aid = str(data.get("id"))
    ents = data.get("entities") or []
    rows["articles"].append({
        "doc": doc, "id": aid, "origin": origin, "title": data.get("title"),
        "kicker": data.get("kicker"), "published": data.get("published"),
        "language": data.get("language"), "language_score": _f(data.get("language_score")),
        "url": data.get("url"), "source": data.get("source"),
        "input_format": data.get("input_format"), "encoding": data.get("encoding"),
        "text": data.get("text") or "", "n_entities": len(ents),
        "n_quantities": len(data.get("quantities") or []),
        "n_times": len(data.get("times") or []),
        "n_statements": len(data.get("statements") or []),
        "n_events": len(data.get("events") or []),
        "raw_format": raw_format, "raw": raw, "json": json.dumps(data, ensure_ascii=False),
    })
    for ent in ents:
        mentions = ent.get("mentions") or []
        rows["entities"].append({
            "doc": doc, "article_id": aid, "entity_id": ent.get("id"), "type": ent.get("type"),
            "name_ar": ent.get("name_ar"), "name_en": ent.get("name_en"),
            "wikidata": ent.get("wikidata"), "category": ent.get("category"),
            "country": ent.get("country"), "lat": _f(ent.get("lat")), "lon": _f(ent.get("lon")),
            "in_kb": bool(ent.get("in_kb", True)), "n_mentions": len(mentions),
        })
        for m in mentions:
            rows["mentions"].append({
                "doc": doc, "article_id": aid, "entity_id": ent.get("id"),
                "start": m.get("start"), "end": m.get("end"), "text": m.get("text"),
                "how": m.get("how"),
            })
    for q in data.get("quantities") or []:
        rows["quantities"].append({
            "doc": doc, "article_id": aid, "start": q.get("start"), "end": q.get("end"),
            "text": q.get("text"), "value": _f(q.get("value")), "low": _f(q.get("low")),
            "high": _f(q.get("high")), "qualifier": q.get("qualifier"),
            "approximate": q.get("approximate"), "counted": q.get("counted"),
            "unit": q.get("unit"), "json": _dumps(q),
        })
    for t in data.get("times") or []:
        rows["times"].append({
            "doc": doc, "article_id": aid, "start": t.get("start"), "end": t.get("end"),
            "text": t.get("text"), "value": t.get("value"), "granularity": t.get("granularity"),
            "relative": t.get("relative"), "offset": t.get("offset"), "json": _dumps(t),
        })
    for s in data.get("statements") or []:
        speaker = s.get("speaker") or {}
        content = s.get("content") or {}
        rows["statements"].append({
            "doc": doc, "article_id": aid, "start": s.get("start"), "end": s.get("end"),
            "speaker": speaker.get("text"), "speaker_entity": speaker.get("entity"),
            "cue": s.get("cue"), "stance": s.get("stance"), "content": content.get("text"),
            "content_start": content.get("start"), "content_end": content.get("end"),
            "to": s.get("to"), "hedged": s.get("hedged"), "json": _dumps(s),
        })
    for e in data.get("events") or []:
        trigger = e.get("trigger") or {}
        status, time_precision, injured, arrested, displaced = event_extras(e)
        rows["events"].append({
            "doc": doc, "article_id": aid, "start": e.get("start"), "end": e.get("end"),
            "type": e.get("type"), "mode": e.get("mode"), "trigger": trigger.get("text"),
            "trigger_start": trigger.get("start"), "trigger_end": trigger.get("end"),
            "actor": e.get("actor"), "target": e.get("target"), "location": e.get("location"),
            "time": e.get("time"), "fatalities": _f(e.get("fatalities")),
            "confidence": _f(e.get("confidence")), "json": _dumps(e), "status": status,
            "time_precision": time_precision, "injured": injured, "arrested": arrested,
            "displaced": displaced,
        })


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
