"""Shared fixtures: the shared data directory beside the clone, and the seed article."""

from __future__ import annotations

import importlib.util
import json
import sqlite3
import sys
from collections.abc import Iterator, Sequence
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import marsad
from marsad.model import Article

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEED = SHARED / "seed" / "step-news-interview.txt"
#: The shared corpus (2,500 real articles in JSONL files): every test that reads it goes
#: through these names and the fixtures below, so its location is defined once.
SHARED_ARTICLES = SHARED / "data" / "articles"
ARTICLES = sorted(SHARED_ARTICLES.glob("*.jsonl"))


SCRIPTS = Path(__file__).resolve().parents[1] / "scripts"


@cache
def load_script(name: str) -> ModuleType:
    """One of the evaluation scripts under scripts/, imported by path (scripts/ is not a
    package), once per session: the tests hold the same floors the scripts print."""
    spec = importlib.util.spec_from_file_location(name, SCRIPTS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def store_tables(db: Path) -> dict[str, Any]:
    """Every table (``scripts/compare_stores.py``) and every index of a store, for tests that
    compare a resumed load with an unbroken one: not which run stored an article, nor the runs
    themselves (a re-run records two)."""
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE articles SET run_id = NULL")
    tables = load_script("compare_stores").dump(str(db))
    tables.pop("ingest_runs")
    return {"sqlite_master": query_rows(db, SCHEMA_QUERY), **tables}


#: A store's tables and indexes as SQLite declares them, in name order.
SCHEMA_QUERY = "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY name"


def query_rows(db: Path, sql: str) -> list[tuple[Any, ...]]:
    """Every row one query returns from a store, the connection closed after (a ``with``
    block on a connection commits but does not close it)."""
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


@pytest.fixture(scope="session")
def seed_bytes() -> bytes:
    if not SEED.exists():
        pytest.fail(f"shared seed missing at {SEED}: CI must have ../shared beside the clone")
    return SEED.read_bytes()


@pytest.fixture(scope="session")
def seed_text(seed_bytes: bytes) -> str:
    return seed_bytes.decode("utf-8")


def iter_shared_articles() -> Iterator[dict[str, Any]]:
    """The shared articles, file by file in name order, line by line (lazily)."""
    for path in ARTICLES:
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                yield json.loads(line)


@pytest.fixture(scope="session")
def shared_articles() -> list[dict[str, Any]]:
    """Every shared article (parsed once per session), in :func:`iter_shared_articles` order."""
    rows = list(iter_shared_articles())
    if not rows:
        pytest.fail(f"no shared articles under {SHARED_ARTICLES}")
    return rows


@pytest.fixture(scope="session")
def shared_article_files() -> list[Path]:
    """The shared corpus's JSONL files in name order, for tests that feed files to ingest or
    batch; fails (as the other shared fixtures do) when ../shared is missing."""
    if not ARTICLES:
        pytest.fail(f"no shared articles under {SHARED_ARTICLES}")
    return ARTICLES


@pytest.fixture(scope="session")
def web_corpus() -> ModuleType:
    """tests/fixtures/web/corpus.py: builds the small store the web tests serve."""
    path = Path(__file__).parent / "fixtures" / "web" / "corpus.py"
    spec = importlib.util.spec_from_file_location("web_corpus", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["web_corpus"] = module
    spec.loader.exec_module(module)
    if not module.SEED.exists():
        pytest.fail(f"shared seed missing at {module.SEED}: ../shared must be beside the clone")
    return module


@pytest.fixture(scope="session")
def seed_article(seed_bytes: bytes) -> Article:
    """The seed through the whole pipeline, published 2021-02-15 (relative dates resolve)."""
    return marsad.extract(seed_bytes, published="2021-02-15")


# --- events of every status, built directly (independent of the event coder's output) ------

STATUS_TEXT_A = ("قصفت طائرات حربية مدينة دوما أمس وقتل 12 شخصا وأصيب 5 آخرون. "
                 "وكانت غارات مماثلة قد استهدفت المدينة العام الماضي. "
                 "وهدد الجيش بشن هجوم على المدينة. ونفت الشرطة اعتقال أي شخص في دوما.")
STATUS_TEXT_B = "قتل 15 شخصا في غارات جوية على دوما أمس بحسب ناشطين محليين في المدينة."


def _span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def _sentence(text: str, words: str) -> tuple[int, int]:
    pos = text.index(words)
    start = text.rfind(". ", 0, pos)
    start = 0 if start < 0 else start + 2
    end = text.find(".", pos)
    return start, end + 1


def _event(text: str, trigger: str, etype: str, mode: str, **fields: Any) -> dict[str, Any]:
    from dataclasses import asdict

    from marsad.model import Event, EventCount, Trigger

    start, end = _span(text, trigger)
    s_start, s_end = _sentence(text, trigger)
    counts = [EventCount(kind, value, *_span(text, words), words)
              for kind, value, words in fields.pop("count_spans", [])]
    event = Event(type=etype, trigger=Trigger(trigger, start, end), start=s_start, end=s_end,
                  mode=mode, location="gpe:douma", counts=counts,
                  triggers=[Trigger(trigger, start, end)], **fields)
    return asdict(event)


def _douma(text: str) -> dict[str, Any]:
    start, end = _span(text, "دوما")
    return {"id": "gpe:douma", "type": "GPE", "name_ar": "دوما", "name_en": "Douma",
            "wikidata": None, "category": "city", "country": "SY", "lat": 33.5711,
            "lon": 36.4022, "in_kb": True,
            "mentions": [{"start": start, "end": end, "text": "دوما", "how": "name"}]}


def mixed_status_articles() -> list[dict[str, Any]]:
    """Two articles' JSON: ``st-a`` with a new, a background, a planned and a negated event
    (statuses as the coder sets them), ``st-b`` coded before statuses existed (its event has
    no ``status``, ``time_precision``, count or ``counts`` keys: it must count as new)."""
    text = STATUS_TEXT_A
    events_a = [
        _event(text, "قصفت", "ASSAULT", "aerial", time="2018-04-07", time_precision="day",
               fatalities=12.0, injured=5.0, confidence=0.9,
               count_spans=[("fatalities", 12.0, "12 شخصا"), ("injured", 5.0, "5 آخرون")]),
        _event(text, "غارات", "ASSAULT", "aerial", time="2017", time_precision="year",
               confidence=0.8, status="background", status_cue="العام الماضي"),
        _event(text, "هجوم", "ASSAULT", "attack", confidence=0.7, status="planned",
               status_cue="هدد"),
        _event(text, "اعتقال", "COERCE", "arrest", confidence=0.7, status="negated",
               status_cue="نفت"),
    ]
    old = _event(STATUS_TEXT_B, "غارات", "ASSAULT", "aerial", time="2018-04-07",
                 fatalities=15.0, confidence=0.9)
    for key in ("status", "status_cue", "time_precision", "injured", "arrested", "displaced",
                "counts", "triggers"):
        del old[key]
    return [
        {"id": "st-a", "title": "غارات على دوما", "published": "2018-04-08",
         "source": "Outlet A", "language": "ar", "text": text, "entities": [_douma(text)],
         "quantities": [], "times": [], "statements": [], "events": events_a},
        {"id": "st-b", "title": "قتلى في دوما", "published": "2018-04-08",
         "source": "Outlet B", "language": "ar", "text": STATUS_TEXT_B,
         "entities": [_douma(STATUS_TEXT_B)], "quantities": [], "times": [],
         "statements": [], "events": [old]},
    ]


def store_articles(db: Path, articles: list[dict[str, Any]]) -> Path:
    """Write article JSON into a store through the ingest writer (no extraction)."""
    from marsad.store.ingest import Extracted, ingest_run
    from marsad.store.rows import article_rows

    with ingest_run(db, ["test:mixed-status"]) as writer:
        for data in articles:
            writer.add(Extracted(str(data["id"]), rows=article_rows(
                data, origin=str(data["id"]), raw=data["text"].encode(), raw_format="text")))
    return db


@pytest.fixture()
def status_articles() -> list[dict[str, Any]]:
    """A fresh copy of ``mixed_status_articles()`` per test."""
    return mixed_status_articles()


@pytest.fixture(scope="session")
def mixed_status_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store holding ``mixed_status_articles()`` (treat as read-only)."""
    return store_articles(tmp_path_factory.mktemp("status") / "status.db",
                          mixed_status_articles())


class PhraseTagger:
    """A stand-in NER tagger for linker tests: tags the given phrases (space-separated token
    sequences) B-/I- with their type, everything else O."""

    def __init__(self, phrases: dict[str, str]) -> None:
        self.phrases = {tuple(p.split()): t for p, t in phrases.items()}

    def tag(self, tokens: Sequence[str]) -> list[str]:
        tags = ["O"] * len(tokens)
        for phrase, type_ in self.phrases.items():
            for i in range(len(tokens) - len(phrase) + 1):
                if tuple(tokens[i:i + len(phrase)]) == phrase:
                    tags[i:i + len(phrase)] = [f"B-{type_}"] + [f"I-{type_}"] * (len(phrase) - 1)
        return tags

    def tag_document(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        return [self.tag(tokens) for tokens in sentences]


def link_with_ner(text: str, phrases: dict[str, str] | None = None) -> dict[str, list[str]]:
    """Entity id → mention texts of ``text``, linked with the shipped KB and ``phrases`` as
    the NER spans (a :class:`PhraseTagger`): the linker tests' one way to run the linker."""
    from marsad.arabic.normalize import normalized_view
    from marsad.linking.alias_matcher import load_gazetteer
    from marsad.linking.linker import link_entities
    from marsad.stages.segment import split_sentences

    entities = link_entities(normalized_view(text), split_sentences(text),
                             gazetteer=load_gazetteer(),
                             tagger=PhraseTagger(phrases or {}))  # type: ignore[arg-type]
    return {e.id: [m.text for m in e.mentions] for e in entities}


def new_entity_named(found: dict[str, list[str]], prefix: str, mention: str) -> bool:
    """Is ``mention`` a new entity (no KB id) of the type ``prefix`` names, in a
    :func:`link_with_ner` result?"""
    return any(entity.startswith(f"{prefix}:x-") and mention in mentions
               for entity, mentions in found.items())


def no_new_entity(found: dict[str, list[str]], prefix: str) -> bool:
    """Does a :func:`link_with_ner` result hold no new entity of the type ``prefix`` names?"""
    return not any(entity.startswith(f"{prefix}:x-") for entity in found)


def mentions_of(found: dict[str, list[str]]) -> list[str]:
    """Every mention text of a :func:`link_with_ner` result."""
    return [m for mentions in found.values() for m in mentions]
