"""Versions stamped: on each article's JSON, in the store, and checked when a store opens.

A store whose search index another analyser built says so (``StaleIndexWarning``, naming both
versions and ``marsad reindex``); ``marsad reindex`` rebuilds the index from the stored
articles, the same rows ingest writes, and records the running analyser.
"""

from __future__ import annotations

import json
import sqlite3
import warnings
from itertools import islice
from pathlib import Path
from typing import Any

import pytest

from conftest import iter_shared_articles
from marsad.cli import main
from marsad.store.db import StaleIndexWarning, connect, recorded_versions
from marsad.store.ingest import ingest
from marsad.store.reindex import reindex
from marsad.store.search import search
from marsad.versions import DATA_DIR, analyzer_version, component_versions

QUERY = "الحكومة"  # a common word, no KB entity: found through the FTS index alone


def test_component_versions_name_every_versioned_component() -> None:
    versions = component_versions()
    for name in ("marsad", "kb", "ner_model", "event_status_model", "search_analyzer",
                 "boilerplate", "linking", "numbers", "units", "time_lexicon",
                 "reporting_verbs", "event_triggers"):
        assert versions.get(name), name
    assert versions["kb"] == (DATA_DIR / "kb" / "VERSION").read_text(encoding="utf-8").strip()
    declared = json.loads((DATA_DIR / "search_analyzer.json").read_text(encoding="utf-8"))
    assert versions["search_analyzer"] == analyzer_version()
    assert analyzer_version().startswith(f"{declared['version']}+")
    assert list(versions) == sorted(versions)
    with pytest.raises(TypeError):
        versions["kb"] = "x"  # type: ignore[index]  # the cached record is read-only


def test_extract_json_carries_the_versions(seed_bytes: bytes, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "seed.txt"
    path.write_bytes(seed_bytes)
    assert main(["extract", str(path)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["versions"] == dict(component_versions())
    assert list(data)[-1] == "versions"  # added after every earlier field, none renamed


@pytest.fixture()
def store(tmp_path: Path) -> Path:
    rows = [{"id": r.get("id"), "title": r.get("title"), "text": r["text"],
             "published": r.get("published"), "source": r.get("source")}
            for r in islice(iter_shared_articles(), 0, 60, 10)]
    source = tmp_path / "few.jsonl"
    source.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                      encoding="utf-8")
    db = tmp_path / "v.db"
    summary = ingest([str(source)], db, workers=1, progress=False)
    assert summary.new >= 5
    return db


def _fts_rows(db: Path) -> list[tuple[Any, ...]]:
    """What the (contentless) index holds: every term instance with its article and place."""
    conn = sqlite3.connect(db)
    try:
        conn.execute("CREATE VIRTUAL TABLE temp.terms USING fts5vocab(main, 'articles_fts', "
                     "'instance')")
        return conn.execute('SELECT doc, col, "offset", term FROM temp.terms '
                            'ORDER BY doc, col, "offset"').fetchall()
    finally:
        conn.close()


def _hits(db: Path) -> list[str]:
    return [hit.id for hit in search(db, QUERY, literal=True, limit=50)]


def test_new_store_records_its_versions_and_opens_quietly(store: Path) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        conn = connect(store, readonly=True)
    assert recorded_versions(conn) == dict(component_versions())
    conn.close()


def test_store_of_another_analyser_warns_and_reindex_restores_search(
        store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    indexed = _fts_rows(store)
    hits = _hits(store)
    assert hits, "the query should find stored articles"
    raw = sqlite3.connect(store)
    raw.execute("UPDATE store_versions SET version='0+oldanalyser' "
                "WHERE component='search_analyzer'")
    # what an analyser with other terms left: an index where the query's terms are not
    raw.execute("INSERT INTO articles_fts(articles_fts) VALUES ('delete-all')")
    raw.commit()
    raw.close()
    with pytest.warns(StaleIndexWarning):
        assert _hits(store) == []
    with pytest.warns(StaleIndexWarning) as caught:
        connect(store).close()
    message = str(caught[0].message)
    assert "0+oldanalyser" in message and analyzer_version() in message
    assert f"marsad reindex {store}" in message

    assert main(["reindex", str(store), "--chunk", "2"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["articles"] == len({row[0] for row in indexed})
    assert report["search_analyzer"] == {"before": "0+oldanalyser", "after": analyzer_version()}
    assert _fts_rows(store) == indexed  # the very rows ingest wrote
    assert _hits(store) == hits
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        conn = connect(store)
    assert recorded_versions(conn)["search_analyzer"] == analyzer_version()
    conn.close()


def test_reindex_drops_index_rows_of_deleted_articles(store: Path) -> None:
    conn = connect(store)
    first, last = conn.execute("SELECT MIN(rowid), MAX(rowid) FROM articles").fetchone()
    conn.execute("PRAGMA foreign_keys=OFF")
    conn.execute("DELETE FROM articles WHERE rowid IN (?, ?)", (first, last))
    conn.close()
    summary = reindex(store, chunk=3)
    fts = {row[0] for row in _fts_rows(store)}  # articles with at least one indexed term
    conn = connect(store, readonly=True)
    assert fts == {r for (r,) in conn.execute("SELECT rowid FROM articles")}
    assert summary.articles == len(fts)
    conn.close()


def test_store_from_before_version_records_warns(store: Path) -> None:
    raw = sqlite3.connect(store)
    raw.execute("DELETE FROM store_versions")
    raw.commit()
    raw.close()
    with pytest.warns(StaleIndexWarning, match="unknown"):
        connect(store, readonly=True).close()


def test_reindex_needs_an_existing_store(tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["reindex", str(tmp_path / "missing.db")]) == 2
    assert "no marsad database" in capsys.readouterr().err
    assert not (tmp_path / "missing.db").exists()
