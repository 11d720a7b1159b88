"""Every shape of an article's facts, derived from one declaration: the model's dataclasses.

Each public field of :mod:`marsad.model` carries metadata (``model.doc``: its line of contract
text, whether the store indexes it, an Arrow type when the annotation's is not the one). From
that, this module derives

- the *contract*: the dataclasses reachable from ``Article``'s public fields, in order, and each
  field's type, nullability, default and text (docs/json-contract.md's field tables are
  rendered from it by ``scripts/build_contract_doc.py``; ``to_dict`` emits exactly these names);
- the *flat columns* of a fact: its scalar fields, and those of a nested object (``speaker``,
  ``content``, ``trigger``) flattened by one rule — the nested ``text`` takes the field's name,
  every other nested field is ``<field>_<name>`` (``speaker_entity``, ``content_start``);
- the Arrow schemas of the batch Parquet tables (:mod:`marsad.batch.parquet`) and the column
  types of the store's Parquet export (:mod:`marsad.store.export`).

The store's SQL tables (append-only migrations) and the API's pydantic models are written by
hand and checked against this module by ``tests/test_shapes.py``, which fails when any two of
these shapes disagree.
"""

from __future__ import annotations

import dataclasses
import re
import types
import typing
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any, Literal

from marsad import model
from marsad.arabic.normalize import NormalizedText
from marsad.arabic.tokenize import Token

ARROW_OF: dict[Any, str] = {str: "string", int: "int64", float: "float64", bool: "bool",
                            date: "date32"}
_HINT_NAMES = {"NormalizedText": NormalizedText, "Token": Token}


@dataclass(frozen=True, slots=True)
class FieldShape:
    """One public field of a contract dataclass, as every sink sees it."""

    owner: type
    name: str
    kind: Literal["scalar", "object", "list", "map"]
    base: Any  # scalar: its Python type; object / list: the item type (a dataclass or str)
    optional: bool  # the value may be null
    required: bool  # no default: the constructor needs it
    doc: str
    indexed: bool
    arrow: str | None  # Arrow type of a scalar (None for objects, lists and maps)


@dataclass(frozen=True, slots=True)
class Column:
    """A flat (table) column of a fact: ``path`` leads to its value in the fact's JSON."""

    name: str
    path: tuple[str, ...]
    arrow: str
    shape: FieldShape


def _resolve(hint: Any) -> tuple[Any, bool]:
    """(the type without ``None``, whether ``None`` is allowed)."""
    args = typing.get_args(hint)
    if typing.get_origin(hint) in (typing.Union, types.UnionType) and type(None) in args:
        rest = [a for a in args if a is not type(None)]
        if len(rest) != 1:
            raise TypeError(f"a contract field has one type (or null), not {hint!r}")
        return rest[0], True
    return hint, False


@cache
def contract_fields(cls: type) -> tuple[FieldShape, ...]:
    """The public fields of ``cls``, in declaration order (those with ``model.doc`` metadata)."""
    hints = typing.get_type_hints(cls, globalns=vars(model), localns=_HINT_NAMES)
    out = []
    for f in dataclasses.fields(cls):
        if "doc" not in f.metadata:
            continue
        hint, optional = _resolve(hints[f.name])
        origin = typing.get_origin(hint)
        kind: Literal["scalar", "object", "list", "map"]
        if origin is list:
            kind, base = "list", typing.get_args(hint)[0]
        elif origin is dict:
            kind, base = "map", typing.get_args(hint)[1]
        elif dataclasses.is_dataclass(hint):
            kind, base = "object", hint
        else:
            kind = "scalar"
            base = str if origin is Literal else hint
        arrow = f.metadata.get("arrow") or (ARROW_OF.get(base) if kind == "scalar" else None)
        if kind == "scalar" and arrow is None:
            raise TypeError(f"{cls.__name__}.{f.name}: no Arrow type for {hint!r}")
        required = f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
        out.append(FieldShape(cls, f.name, kind, base, optional, required, f.metadata["doc"],
                              bool(f.metadata.get("indexed")), arrow))
    return tuple(out)


def _is_class(value: Any) -> bool:
    """``value`` is a dataclass (the type, not an instance)."""
    return isinstance(value, type) and dataclasses.is_dataclass(value)


@cache
def contract_classes() -> tuple[type, ...]:
    """``Article`` and every dataclass its public JSON contains, in first-use order."""
    seen: list[type] = []

    def visit(cls: type) -> None:
        if cls in seen:
            return
        seen.append(cls)
        for f in contract_fields(cls):
            if f.kind in ("object", "list") and _is_class(f.base):
                visit(f.base)

    visit(model.Article)
    return tuple(seen)


def contract_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in contract_fields(cls))


@cache
def flat_columns(cls: type) -> tuple[Column, ...]:
    """A fact's table columns: scalars as they are, nested objects flattened one level
    (``speaker.text`` → ``speaker``, ``speaker.entity`` → ``speaker_entity``); lists and maps
    stay in the fact's JSON."""
    out = []
    for f in contract_fields(cls):
        if f.kind == "scalar":
            assert f.arrow is not None
            out.append(Column(f.name, (f.name,), f.arrow, f))
        elif f.kind == "object":
            for sub in contract_fields(f.base):
                if sub.kind != "scalar":
                    continue
                assert sub.arrow is not None
                name = f.name if sub.name == "text" else f"{f.name}_{sub.name}"
                out.append(Column(name, (f.name, sub.name), sub.arrow, sub))
    return tuple(out)


# --- the batch Parquet tables ---------------------------------------------------------------

# Which fact each table holds (``None``: not an article fact).
TABLE_FACTS: dict[str, type] = {
    "articles": model.Article, "entities": model.Entity, "mentions": model.Mention,
    "quantities": model.Quantity, "times": model.TimeExpression,
    "statements": model.Statement, "events": model.Event,
}
# The public column order of each batch table as it shipped. Columns are only ever appended:
# a model column that is not listed here comes after these, in model order, by itself.
BATCH_LAYOUT: dict[str, tuple[str, ...]] = {
    "articles": ("doc", "id", "origin", "title", "kicker", "published", "language",
                 "language_score", "url", "source", "input_format", "encoding", "text",
                 "n_entities", "n_quantities", "n_times", "n_statements", "n_events",
                 "raw_format", "raw", "json", "dateline", "dateline_place", "dateline_outlet",
                 "prepared"),
    "entities": ("doc", "article_id", "entity_id", "type", "name_ar", "name_en", "wikidata",
                 "category", "country", "lat", "lon", "in_kb", "n_mentions"),
    "mentions": ("doc", "article_id", "entity_id", "start", "end", "text", "how"),
    "quantities": ("doc", "article_id", "start", "end", "text", "value", "low", "high",
                   "qualifier", "approximate", "counted", "unit", "json"),
    "times": ("doc", "article_id", "start", "end", "text", "value", "granularity", "relative",
              "offset", "json"),
    "statements": ("doc", "article_id", "start", "end", "speaker", "speaker_entity", "cue",
                   "stance", "content", "content_start", "content_end", "to", "hedged",
                   "json"),
    "events": ("doc", "article_id", "start", "end", "type", "mode", "trigger", "trigger_start",
               "trigger_end", "actor", "target", "location", "time", "fatalities",
               "confidence", "json", "status", "time_precision", "injured", "arrested",
               "displaced"),
    "failures": ("doc", "origin", "reason"),
}
# Columns a table has that are no model field: the row's context, counts and payloads.
DERIVED: dict[str, dict[str, str]] = {
    "articles": {"doc": "int64", "origin": "string", "n_entities": "int64",
                 "n_quantities": "int64", "n_times": "int64", "n_statements": "int64",
                 "n_events": "int64", "raw_format": "string", "raw": "binary",
                 "json": "string", "prepared": "binary"},
    "entities": {"doc": "int64", "article_id": "string", "n_mentions": "int64"},
    "mentions": {"doc": "int64", "article_id": "string", "entity_id": "string"},
    "quantities": {"doc": "int64", "article_id": "string", "json": "string"},
    "times": {"doc": "int64", "article_id": "string", "json": "string"},
    "statements": {"doc": "int64", "article_id": "string", "json": "string"},
    "events": {"doc": "int64", "article_id": "string", "json": "string"},
    "failures": {"doc": "int64", "origin": "string", "reason": "string"},
}
# A model column under another name in the batch tables (the entity's id beside article_id).
BATCH_RENAME: dict[str, dict[str, str]] = {"entities": {"id": "entity_id"}}
# Model columns the batch tables leave to the fact's ``json``, with why.
BATCH_OMIT: dict[str, dict[str, str]] = {
    "articles": {},
    "statements": {
        "cue_span": "the same text as `cue`", "cue_span_start": "equal to `cue_start`",
        "cue_span_end": "equal to `cue_end`", "cue_span_entity": "always null",
        "to_span": "the same text as `to`",
    },
}
# Batch columns whose Arrow type is not the model's, kept because the layout is public:
# ``published`` is the JSON's ISO text (the store's Parquet export parses it to a date32).
BATCH_TYPES: dict[tuple[str, str], str] = {("articles", "published"): "string"}


def batch_columns(table: str) -> tuple[Column, ...]:
    """The model columns of a batch table, under their batch names, in table order."""
    cls = TABLE_FACTS.get(table)
    if cls is None:
        return ()
    rename = BATCH_RENAME.get(table, {})
    omit = BATCH_OMIT.get(table, {})
    by_name = {rename.get(c.name, c.name): c for c in flat_columns(cls) if c.name not in omit}
    order = [n for n in BATCH_LAYOUT[table] if n in by_name]
    order += [n for n in by_name if n not in order]
    out = []
    for name in order:
        col = by_name[name]
        out.append(Column(name, col.path, BATCH_TYPES.get((table, name), col.arrow), col.shape))
    return tuple(out)


def batch_layout(table: str) -> tuple[tuple[str, str], ...]:
    """(column, Arrow type name) of a batch table: the shipped layout, then new model columns
    appended in model order."""
    model_cols = {c.name: c.arrow for c in batch_columns(table)}
    derived = DERIVED[table]
    out = []
    for name in BATCH_LAYOUT[table]:
        if name in derived:
            out.append((name, derived[name]))
        elif name in model_cols:
            out.append((name, model_cols[name]))
        else:
            raise KeyError(f"batch column {table}.{name} is neither derived nor a model field")
    out += [(n, t) for n, t in model_cols.items() if n not in BATCH_LAYOUT[table]]
    return tuple(out)


# --- the store's Parquet export -----------------------------------------------------------

# Export columns that are no model field (the store's columns are the model's flat columns
# under their own names, plus these).
EXPORT_DERIVED = {"article_id": "string", "entity_id": "string", "json": "string"}


def export_type(table: str, column: str) -> str:
    """The Arrow type of a store column in ``marsad export --format parquet``: the model's
    (``published`` is a date32 there, as in the model)."""
    if column in EXPORT_DERIVED:
        return EXPORT_DERIVED[column]
    for col in flat_columns(TABLE_FACTS[table]):
        if col.name == column:
            return col.arrow
    raise KeyError(f"store column {table}.{column} is no model field")


# --- the JSON contract's field tables ---------------------------------------------------------

_TYPE_WORDS = {"string": "string", "int64": "int", "float64": "number", "bool": "bool",
               "date32": "ISO date"}
_BLOCK = re.compile(r"(<!-- fields: (\w+) -->\n)(.*?)(<!-- /fields -->)", re.S)


def _type_text(f: FieldShape) -> str:
    if f.kind == "scalar":
        assert f.arrow is not None
        text = _TYPE_WORDS[f.arrow]
    elif f.kind == "object":
        text = f"[`{f.base.__name__}`](#{f.base.__name__.lower()})"
    elif f.kind == "list":
        item = f.base
        text = (f"[[`{item.__name__}`](#{item.__name__.lower()})]"
                if _is_class(item) else f"[{_TYPE_WORDS[ARROW_OF[item]]}]")
    else:
        text = f"{{string: {_TYPE_WORDS[ARROW_OF[f.base]]}}}"
    return f"{text}/null" if f.optional else text


def field_table(cls: type) -> str:
    """The markdown field table of one contract class."""
    lines = ["| field | type | meaning |", "|---|---|---|"]
    for f in contract_fields(cls):
        meaning = f.doc.replace("|", "\\|")
        lines.append(f"| `{f.name}` | {_type_text(f)} | {meaning} |")
    return "\n".join(lines) + "\n"


def render_contract_doc(text: str) -> str:
    """``text`` (docs/json-contract.md) with every ``<!-- fields: Class -->`` block rewritten
    from the model."""
    names = {cls.__name__: cls for cls in contract_classes()}

    def block(match: re.Match[str]) -> str:
        cls = names.get(match.group(2))
        if cls is None:
            raise KeyError(f"docs: {match.group(2)} is not a contract class")
        return f"{match.group(1)}{field_table(cls)}{match.group(4)}"

    return _BLOCK.sub(block, text)


def documented_classes(text: str) -> list[str]:
    """The classes that have a field-table block in ``text``, in order."""
    return [m.group(2) for m in _BLOCK.finditer(text)]
