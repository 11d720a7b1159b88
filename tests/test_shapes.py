"""One declaration per shape: the model's dataclasses against every other shape of a fact.

``marsad.model`` (field metadata) is the source; ``marsad.shapes`` derives the batch Parquet
schemas, the export's Parquet types and docs/json-contract.md's field tables from it. This
module fails when any of those, ``to_dict``, the API's pydantic models or the store's SQL
tables disagree with the model, and when a public JSON key or Parquet column would vanish.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from datetime import date
from pathlib import Path
from typing import Any

import pyarrow as pa
import pytest
from pydantic import BaseModel

from marsad import model, shapes
from marsad.batch.parquet import SCHEMAS, empty_rows, flatten, to_tables
from marsad.serialize import to_dict
from marsad.store.export import PARQUET_TYPES
from marsad.web import schemas

ROOT = Path(__file__).resolve().parents[1]
SEED = Path("/work/shared/seed/step-news-interview.txt")

# Every key path of the public JSON as shipped (``marsad extract`` on the seed article, plus
# the nested keys the seed has no instance of). Names are a promise: none may disappear.
_PUBLIC_PATHS = """
authors authors[].name authors[].role dateline dateline.text dateline.place dateline.outlet
encoding entities entities[].category entities[].country entities[].id entities[].in_kb
entities[].lat entities[].lon entities[].mentions entities[].mentions[].confidence
entities[].mentions[].end entities[].mentions[].how entities[].mentions[].start
entities[].mentions[].text entities[].name_ar entities[].name_en entities[].type
entities[].wikidata events events[].actor events[].arrested events[].confidence events[].counts
events[].counts[].kind events[].counts[].value events[].counts[].start events[].counts[].end
events[].counts[].text events[].counts[].approximate events[].counts[].low
events[].counts[].high events[].displaced events[].end events[].fatalities events[].injured
events[].location events[].mode events[].start events[].status events[].status_cue
events[].target events[].time events[].time_precision events[].trigger events[].trigger.end
events[].trigger.start events[].trigger.text events[].triggers events[].triggers[].end
events[].triggers[].start events[].triggers[].text events[].type id input_format kicker
language language_score links links[].kind links[].text links[].url paragraphs
paragraphs[].end paragraphs[].start published quantities quantities[].approximate
quantities[].counted quantities[].counted_end quantities[].counted_start quantities[].end
quantities[].high quantities[].low quantities[].qualifier quantities[].start quantities[].text
quantities[].unit quantities[].value removed removed[].reason removed[].text sections
sections[].end sections[].heading sections[].heading_end sections[].heading_start
sections[].start sentences sentences[].end sentences[].start source statements
statements[].content statements[].content.end statements[].content.start
statements[].content.text statements[].cue statements[].cue_end statements[].cue_span
statements[].cue_span.end statements[].cue_span.entity statements[].cue_span.start
statements[].cue_span.text statements[].cue_start statements[].end statements[].hedged
statements[].speaker statements[].speaker.end statements[].speaker.entity
statements[].speaker.role statements[].speaker.start statements[].speaker.text
statements[].stance statements[].start statements[].to statements[].to_span
statements[].to_span.end statements[].to_span.entity statements[].to_span.start
statements[].to_span.text statements[].via statements[].via.text statements[].via.start
statements[].via.end statements[].via.entity text times times[].end times[].granularity
times[].kind times[].offset times[].relative times[].start times[].text times[].timex
times[].value title url versions warnings
"""
PUBLIC_PATHS = tuple(_PUBLIC_PATHS.split())

# The batch Parquet columns as they shipped before the schemas were generated (name:type).
_SHIPPED_BATCH = {
    "articles": (
        "doc:int id:str origin:str title:str kicker:str published:str language:str "
        "language_score:float url:str source:str input_format:str encoding:str text:str "
        "n_entities:int n_quantities:int n_times:int n_statements:int n_events:int "
        "raw_format:str raw:binary json:str "
    ),
    "entities": (
        "doc:int article_id:str entity_id:str type:str name_ar:str name_en:str wikidata:str "
        "category:str country:str lat:float lon:float in_kb:bool n_mentions:int "
    ),
    "mentions": (
        "doc:int article_id:str entity_id:str start:int end:int text:str how:str "
    ),
    "quantities": (
        "doc:int article_id:str start:int end:int text:str value:float low:float high:float "
        "qualifier:str approximate:bool counted:str unit:str json:str "
    ),
    "times": (
        "doc:int article_id:str start:int end:int text:str value:str granularity:str "
        "relative:bool offset:str json:str "
    ),
    "statements": (
        "doc:int article_id:str start:int end:int speaker:str speaker_entity:str cue:str "
        "stance:str content:str content_start:int content_end:int to:str hedged:bool json:str "
    ),
    "events": (
        "doc:int article_id:str start:int end:int type:str mode:str trigger:str "
        "trigger_start:int trigger_end:int actor:str target:str location:str time:str "
        "fatalities:float confidence:float json:str status:str time_precision:str "
        "injured:float arrested:float displaced:float "
    ),
    "failures": (
        "doc:int origin:str reason:str "
    ),
}
_TYPE_CODES = {"str": pa.string(), "int": pa.int64(), "float": pa.float64(), "bool": pa.bool_(),
               "binary": pa.binary()}
SHIPPED_BATCH: dict[str, list[tuple[str, pa.DataType]]] = {
    table: [(name, _TYPE_CODES[code]) for name, code in (c.split(":") for c in spec.split())]
    for table, spec in _SHIPPED_BATCH.items()
}

# The store export's Parquet types as they shipped.
SHIPPED_EXPORT: dict[str, dict[str, str]] = {
    "articles": {"id": "string", "title": "string", "published": "date32", "source": "string",
                 "url": "string", "language": "string", "text": "string", "json": "string"},
    "entities": {"id": "string", "type": "string", "name_ar": "string", "name_en": "string",
                 "wikidata": "string", "category": "string", "country": "string",
                 "lat": "float64", "lon": "float64", "in_kb": "bool"},
    "mentions": {"article_id": "string", "entity_id": "string", "start": "int64",
                 "end": "int64", "text": "string", "how": "string"},
    "quantities": {"article_id": "string", "start": "int64", "end": "int64", "text": "string",
                   "value": "float64", "unit": "string", "counted": "string",
                   "json": "string"},
    "times": {"article_id": "string", "start": "int64", "end": "int64", "text": "string",
              "value": "string", "granularity": "string", "json": "string"},
    "statements": {"article_id": "string", "start": "int64", "end": "int64",
                   "speaker": "string", "speaker_entity": "string", "cue": "string",
                   "stance": "string", "json": "string"},
    "events": {"article_id": "string", "start": "int64", "end": "int64", "type": "string",
               "mode": "string", "actor": "string", "target": "string", "location": "string",
               "time": "string", "fatalities": "float64", "confidence": "float64",
               "trigger": "string", "json": "string", "status": "string",
               "time_precision": "string", "injured": "float64", "arrested": "float64",
               "displaced": "float64"},
}
ARROW = {"string": pa.string(), "int64": pa.int64(), "float64": pa.float64(),
         "bool": pa.bool_(), "date32": pa.date32(), "binary": pa.binary()}
# Article fields that are stage-internal state, not part of the JSON.
INTERNAL = {"raw", "source_text", "lines", "normalized", "tokens", "hints"}


def model_paths(cls: type, prefix: str = "") -> set[str]:
    """Every JSON key path the model declares under ``cls``."""
    out = set()
    for f in shapes.contract_fields(cls):
        path = f"{prefix}{f.name}"
        out.add(path)
        if f.kind == "object":
            out |= model_paths(f.base, path + ".")
        elif f.kind == "list" and dataclasses.is_dataclass(f.base):
            out |= model_paths(f.base, path + "[].")
    return out


def json_paths(value: Any, prefix: str = "") -> set[str]:
    out: set[str] = set()
    if isinstance(value, dict):
        for key, item in value.items():
            path = f"{prefix}.{key}" if prefix else key
            out.add(path)
            if path != "versions":  # keys of a map, not field names
                out |= json_paths(item, path)
    elif isinstance(value, list):
        for item in value:
            out |= json_paths(item, prefix + "[]")
    return out


@pytest.fixture(scope="module")
def seed_json() -> dict[str, Any]:
    from marsad.core import extract

    return to_dict(extract(model.RawDocument(SEED.read_text(encoding="utf-8"))))


# --- the model itself ---------------------------------------------------------------------


def test_every_contract_class_is_fully_public() -> None:
    """A nested dataclass goes out whole through ``asdict``: every field needs its contract
    line; only the Article has internal fields, and exactly these."""
    for cls in shapes.contract_classes():
        names = {f.name for f in dataclasses.fields(cls)}
        public = set(shapes.contract_names(cls))
        assert names - public == (INTERNAL if cls is model.Article else set()), cls.__name__
        for f in shapes.contract_fields(cls):
            assert f.doc.strip() and "\n" not in f.doc, f"{cls.__name__}.{f.name}"


# --- to_dict --------------------------------------------------------------------------------


def test_to_dict_writes_exactly_the_model_fields() -> None:
    data = to_dict(model.Article(raw=model.RawDocument("")))
    assert set(data) == set(shapes.contract_names(model.Article))


def test_public_json_keeps_every_field_name(seed_json: dict[str, Any]) -> None:
    declared = model_paths(model.Article)
    assert set(PUBLIC_PATHS) <= declared, sorted(set(PUBLIC_PATHS) - declared)
    produced = json_paths(seed_json)
    assert produced <= declared, sorted(produced - declared)
    # what the seed produced when the contract was frozen is produced still
    seen = {p for p in PUBLIC_PATHS if not p.startswith(("dateline.", "events[].counts[].",
                                                         "statements[].via."))}
    assert seen <= produced, sorted(seen - produced)


# --- the API's pydantic models ---------------------------------------------------------------

API_MODELS: dict[type, type[BaseModel]] = {
    model.Article: schemas.ArticleOut, model.Author: schemas.AuthorOut,
    model.Dateline: schemas.DatelineOut, model.Section: schemas.SectionOut,
    model.Paragraph: schemas.SpanOut, model.Sentence: schemas.SpanOut,
    model.RemovedLine: schemas.RemovedOut, model.Link: schemas.LinkOut,
    model.Entity: schemas.EntityOut, model.Mention: schemas.MentionOut,
    model.Quantity: schemas.QuantityOut, model.TimeExpression: schemas.TimeOut,
    model.Statement: schemas.StatementOut, model.Speaker: schemas.SpeakerOut,
    model.Content: schemas.ContentOut, model.SpanRef: schemas.SpanRefOut,
    model.Event: schemas.EventOut, model.Trigger: schemas.TriggerOut,
    model.EventCount: schemas.EventCountOut,
}
JSON_SCALAR = {str: str, int: int, float: float, bool: bool, date: str}


def _split(annotation: Any) -> tuple[Any, bool]:
    args = typing.get_args(annotation)
    if typing.get_origin(annotation) in (typing.Union, types.UnionType) and type(None) in args:
        rest = [a for a in args if a is not type(None)]
        assert len(rest) == 1, annotation
        return rest[0], True
    return annotation, False


def test_every_contract_class_has_an_api_model() -> None:
    assert set(API_MODELS) == set(shapes.contract_classes())


@pytest.mark.parametrize("cls", list(API_MODELS), ids=lambda c: c.__name__)
def test_api_model_matches_the_dataclass(cls: type) -> None:
    out = API_MODELS[cls]
    assert set(out.model_fields) == set(shapes.contract_names(cls)), out.__name__
    for f in shapes.contract_fields(cls):
        info = out.model_fields[f.name]
        where = f"{out.__name__}.{f.name}"
        annotation, nullable = _split(info.annotation)
        # the API may be laxer than the model (older stored JSON), never stricter
        if f.optional:
            assert nullable, f"{where}: the model allows null"
        if info.is_required():
            assert f.required and not f.optional, f"{where}: required in the API only"
        if f.kind == "scalar":
            assert annotation is JSON_SCALAR[f.base], f"{where}: {annotation} vs {f.base}"
        elif f.kind == "object":
            assert annotation is API_MODELS[f.base], where
        elif f.kind == "list":
            assert typing.get_origin(annotation) is list, where
            (item,) = typing.get_args(annotation)
            want = API_MODELS[f.base] if dataclasses.is_dataclass(f.base) else f.base
            assert item is want, f"{where}: list of {item} vs {want}"
        else:
            assert typing.get_origin(annotation) is dict, where
            assert typing.get_args(annotation) == (str, f.base), where


# --- the batch Parquet tables ----------------------------------------------------------------


def test_batch_parquet_keeps_every_shipped_column() -> None:
    for table, shipped in SHIPPED_BATCH.items():
        got = [(f.name, f.type) for f in SCHEMAS[table]]
        assert got[:len(shipped)] == shipped, table  # appended only, never renamed or retyped


@pytest.mark.parametrize("table", [t for t in shapes.TABLE_FACTS])
def test_batch_parquet_has_every_model_column(table: str) -> None:
    """Each scalar (and flattened nested) field of the fact is a column of its Arrow type, or
    left to the ``json`` with a stated reason; the only type exceptions are the listed ones."""
    cls = shapes.TABLE_FACTS[table]
    rename = shapes.BATCH_RENAME.get(table, {})
    omit = shapes.BATCH_OMIT.get(table, {})
    schema = SCHEMAS[table]
    flat = {c.name for c in shapes.flat_columns(cls)}
    assert set(omit) <= flat, f"{table}: omitted columns that are no model field"
    for col in shapes.flat_columns(cls):
        if col.name in omit:
            assert col.name not in schema.names
            continue
        name = rename.get(col.name, col.name)
        assert name in schema.names, f"{table}.{name} ({'.'.join(col.path)}) is missing"
        kind = shapes.BATCH_TYPES.get((table, name), col.arrow)
        assert schema.field(name).type == ARROW[kind], f"{table}.{name}"
    derived = set(shapes.DERIVED[table])
    model_names = {rename.get(n, n) for n in flat}
    assert set(schema.names) <= derived | model_names, table
    assert not derived & model_names - {"id"}, f"{table}: a derived column shadows the model"


def test_batch_rows_carry_the_json_values(seed_json: dict[str, Any]) -> None:
    """The flattened columns hold exactly the values at their paths in the fact's JSON."""
    rows = empty_rows()
    flatten(0, "seed", seed_json, b"", "text", rows)
    tables = to_tables(rows)
    facts = {"quantities": seed_json["quantities"], "times": seed_json["times"],
             "statements": seed_json["statements"], "events": seed_json["events"]}
    for table, items in facts.items():
        by_json = {row["json"]: row for row in tables[table].to_pylist()}
        assert len(by_json) == len({json.dumps(i, sort_keys=True) for i in items}) > 0, table
        for item in items:
            row = by_json[json.dumps(item, ensure_ascii=False, sort_keys=True)]
            for col in shapes.batch_columns(table):
                value: Any = item
                for key in col.path:
                    value = value.get(key) if isinstance(value, dict) else None
                assert row[col.name] == value, f"{table}.{col.name}"
    article = tables["articles"].to_pylist()[0]
    for col in shapes.batch_columns("articles"):
        value = seed_json.get(col.path[0])
        if len(col.path) > 1:
            value = value.get(col.path[1]) if isinstance(value, dict) else None
        assert article[col.name] == value, f"articles.{col.name}"


# --- the store: SQL tables and the Parquet export ---------------------------------------------

# Store columns that are no model field: keys, payloads and bookkeeping.
# ``article``: the article's rowid, the key of the tables clustered by article (migration 13)
STORE_ONLY = {"rowid", "article_id", "article", "entity_id", "json", "text_hash", "run_id",
              "ingested_at"}
STORE_ROW_ID = {"quantities", "times", "statements", "events"}  # INTEGER id
STORE_EXTRA = {"events": {"day"}}  # the event's day, derived (time, else published)
SQL_AFFINITY = {"string": "TEXT", "date32": "TEXT", "int64": "INTEGER", "bool": "INTEGER",
                "float64": "REAL"}


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Any:
    from marsad.store.db import connect

    conn = connect(tmp_path_factory.mktemp("shapes") / "store.db")
    yield conn
    conn.close()


@pytest.mark.parametrize("table", list(shapes.TABLE_FACTS))
def test_sql_columns_are_model_fields(store: Any, table: str) -> None:
    """Every column of a fact table is a model field under the model's (flattened) name, of a
    matching SQL type, or a listed store-only column; ``indexed`` matches the SQL indexes."""
    columns = {row[1]: row[2] for row in store.execute(f"PRAGMA table_info({table})")}
    flat = {c.name: c for c in shapes.flat_columns(shapes.TABLE_FACTS[table])}
    extra = STORE_ONLY | STORE_EXTRA.get(table, set())
    for name, sql_type in columns.items():
        if name == "id" and table in STORE_ROW_ID:
            continue
        if name in extra:
            continue
        assert name in flat, f"SQL {table}.{name} is no field of the model"
        assert sql_type == SQL_AFFINITY[flat[name].arrow], f"SQL {table}.{name}"
    # a column is indexed when an index leads with it (a look-up by it); the later columns of
    # a clustered table's key («start» after «article» in ``mentions``) only order a range
    indexed = set()
    for (index,) in store.execute(f"SELECT name FROM pragma_index_list('{table}')"):
        indexed |= {row[2] for row in store.execute(f"PRAGMA index_info('{index}')")
                    if row[0] == 0}
    for name, col in flat.items():
        if name in columns and not (name == "id" and table in STORE_ROW_ID):
            assert col.shape.indexed == (name in indexed), \
                f"{table}.{name}: indexed={col.shape.indexed} in the model, SQL says otherwise"


def test_export_parquet_types_follow_the_model() -> None:
    assert PARQUET_TYPES == SHIPPED_EXPORT  # every shipped column, name and type
    for table, types_ in PARQUET_TYPES.items():
        flat = {c.name: c for c in shapes.flat_columns(shapes.TABLE_FACTS[table])}
        for name, kind in types_.items():
            if name in flat:
                assert kind == flat[name].arrow, f"export {table}.{name}"
            else:
                assert name in shapes.EXPORT_DERIVED, f"export {table}.{name}"


def test_batch_and_export_agree_but_for_the_listed_exceptions() -> None:
    """The two Parquet layouts type each model field alike, except those in BATCH_TYPES
    (``published``: ISO text in the batch, a date32 in the export, both public already)."""
    exceptions = set()
    for table, types_ in PARQUET_TYPES.items():
        batch = {c.path: c for c in shapes.batch_columns(table)}
        for col in shapes.flat_columns(shapes.TABLE_FACTS[table]):
            if col.name not in types_ or col.path not in batch:
                continue
            if ARROW[types_[col.name]] != SCHEMAS[table].field(batch[col.path].name).type:
                exceptions.add((table, batch[col.path].name))
    assert exceptions == set(shapes.BATCH_TYPES)


# --- docs/json-contract.md -------------------------------------------------------------------


def test_contract_doc_is_generated_from_the_model() -> None:
    doc = (ROOT / "docs" / "json-contract.md").read_text(encoding="utf-8")
    assert shapes.documented_classes(doc) == [c.__name__ for c in shapes.contract_classes()]
    assert doc == shapes.render_contract_doc(doc), \
        "docs/json-contract.md is stale: run python scripts/build_contract_doc.py"
