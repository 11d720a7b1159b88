"""The server's read caches (store/readcache.py, ReadModel's incident groups): results are
reused only while the store is unchanged, an ingest invalidates them, concurrent requests for
one missing result compute it once, and the claims page never waits for a regrouping."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

import pytest

from conftest import mixed_status_articles, store_articles
from marsad.store import queries
from marsad.store.queries import ReadModel
from marsad.store.readcache import ResultCache, StoreVersion

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient

from marsad.web.app import create_app

DOUMA_A = "قتل 15 شخصا في غارات جوية على دوما أمس بحسب ناشطين محليين في المدينة."
DOUMA_B = "قتل 40 شخصا في غارات جوية على دوما أمس بحسب مصادر طبية في المدينة."


def _toll(article_id: str, text: str, source: str) -> dict[str, Any]:
    from marsad.core import extract
    from marsad.serialize import to_dict

    data = to_dict(extract(text.encode(), published="2018-04-08"))
    data.update(id=article_id, source=source, title=text[:20])
    return data


def test_store_version_changes_on_a_commit(tmp_path: Path) -> None:
    db = store_articles(tmp_path / "v.db", mixed_status_articles()[:1])
    version = StoreVersion(db)
    before = version.current()
    assert version.current() == before  # nothing written: same version
    store_articles(db, mixed_status_articles()[1:])
    assert version.current() != before
    version.close()


def test_one_computation_for_concurrent_misses() -> None:
    calls = []
    gate = threading.Event()

    def slow() -> str:
        calls.append(1)
        gate.wait(5)
        return "value"

    cache = ResultCache(lambda: 7)
    out: list[str] = []
    threads = [threading.Thread(target=lambda: out.append(cache.get("k", slow)))
               for _ in range(8)]
    for t in threads:
        t.start()
    time.sleep(0.2)
    gate.set()
    for t in threads:
        t.join(5)
    assert out == ["value"] * 8 and len(calls) == 1
    assert cache.get("k", slow) == "value" and len(calls) == 1  # a hit


def test_errors_are_not_cached() -> None:
    cache = ResultCache(lambda: 1)

    def fail() -> None:
        raise ValueError("no")

    with pytest.raises(ValueError):
        cache.get("k", fail)
    assert cache.get("k", lambda: 3) == 3


def test_claims_cache_is_invalidated_by_an_ingest(tmp_path: Path) -> None:
    db = store_articles(tmp_path / "c.db", [_toll("toll-a", DOUMA_A, "Outlet A")])
    with TestClient(create_app(db, use_env_token=False)) as client:
        results = client.app.state.store.reads.results  # type: ignore[attr-defined]
        first = client.get("/api/claims").json()
        hits = results.hits
        assert client.get("/api/claims").json() == first and results.hits == hits + 1
        [group] = [g for g in first["items"] if g["id"] == "deaths:-:-:gpe:douma"]
        assert [c["value"] for c in group["claims"]] == [15.0] and not group["conflicts"]
        assert client.get("/claims").status_code == 200
        store_articles(db, [_toll("toll-b", DOUMA_B, "Outlet B")])  # another writer
        after = client.get("/api/claims").json()
        [group] = [g for g in after["items"] if g["id"] == "deaths:-:-:gpe:douma"]
        assert sorted(c["value"] for c in group["claims"]) == [15.0, 40.0]
        assert group["conflicts"]
        assert "40" in client.get("/claims").text


def test_incident_groups_refresh_in_the_background(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(queries, "EVENT_REGROUP_MIN_S", 0.0)
    monkeypatch.setattr(queries, "EVENT_REGROUP_DUTY", 0.0)
    first, second = mixed_status_articles()
    db = store_articles(tmp_path / "e.db", [first])
    reads = ReadModel(db, cache=True)
    reads.warm()

    def sources(fresh: bool) -> set[str]:
        groups, _ = reads.event_groups(1, fresh=fresh)
        return {s for g in groups for s in g.sources}

    assert sources(False) == {"Outlet A"}
    store_articles(db, [second])
    # the page's read: the groups as last computed, at once; a regrouping starts
    assert sources(False) == {"Outlet A"}
    regrouper = reads._regrouper
    assert regrouper is not None
    regrouper.join(30)
    assert sources(False) == {"Outlet A", "Outlet B"}
    assert sources(True) == {"Outlet A", "Outlet B"}


def test_fresh_incident_groups_see_an_ingest_at_once(tmp_path: Path) -> None:
    first, second = mixed_status_articles()
    db = store_articles(tmp_path / "f.db", [first])
    reads = ReadModel(db, cache=True)
    groups, _ = reads.event_groups(1)
    assert {s for g in groups for s in g.sources} == {"Outlet A"}
    store_articles(db, [second])
    groups, _ = reads.event_groups(1)
    assert {s for g in groups for s in g.sources} == {"Outlet A", "Outlet B"}
