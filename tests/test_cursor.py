"""Keyset pagination: walking a list by ``next_cursor`` gives exactly its offset pages."""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from marsad.store.cursor import InvalidCursor, after, decode, encode

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient

from marsad.web.app import create_app

KEY_ORDERS = [
    [("p", True), ("id", True)],
    [("p", True), ("id", False)],
    [("q", False), ("p", True), ("id", False)],
    [("q IS NULL", False), ("q", True), ("id", False)],
]


@pytest.mark.parametrize("keys", KEY_ORDERS)
def test_after_walks_every_order_with_nulls_and_ties(keys: list[tuple[str, bool]]) -> None:
    rnd = random.Random(len(str(keys)))
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE t(id INTEGER PRIMARY KEY, p TEXT, q INTEGER)")
    conn.executemany("INSERT INTO t(p, q) VALUES (?, ?)",
                     [(rnd.choice([None, "2020", "2021"]), rnd.choice([None, 1, 2]))
                      for _ in range(200)])
    order = ", ".join(f"{e} {'DESC' if d else 'ASC'}" for e, d in keys)
    expected = [r for (r,) in conn.execute(f"SELECT id FROM t ORDER BY {order}")]
    walked: list[int] = []
    cursor: str | None = None
    while True:
        where, params = ("1", []) if cursor is None else after(keys, decode(cursor, len(keys)))
        rows = conn.execute(f"SELECT id, {', '.join(e for e, _ in keys)} FROM t WHERE {where} "
                            f"ORDER BY {order} LIMIT 9", params).fetchall()
        walked += [r[0] for r in rows]
        if len(rows) < 9:
            break
        cursor = encode(rows[-1][1:])
    assert walked == expected


@pytest.mark.parametrize("bad", ["", "x", encode([1]), encode([[1], 2]), "%%%"])
def test_foreign_cursors_are_refused(bad: str) -> None:
    with pytest.raises(InvalidCursor):
        decode(bad, 2)


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory,
           web_corpus: ModuleType) -> Iterator[TestClient]:
    path: Path = web_corpus.build(tmp_path_factory.mktemp("cursor"))
    with TestClient(create_app(path, use_env_token=False)) as c:
        yield c


def _walk(client: TestClient, url: str, params: dict[str, Any], key: str) -> list[Any]:
    out: list[Any] = []
    cursor = None
    while True:
        page = client.get(url, params={**params, **({"cursor": cursor} if cursor else {})})
        assert page.status_code == 200, page.text
        body = page.json()
        out += [item[key] if key else item for item in body["items"]]
        cursor = body["next_cursor"]
        if cursor is None:
            return out


@pytest.mark.parametrize(("url", "params", "key"), [
    ("/api/articles", {}, "id"),
    ("/api/statements", {}, ""),
    ("/api/quantities", {}, ""),
    ("/api/events", {"status": "all", "min_confidence": 0}, "id"),
    ("/api/events", {"status": "all", "min_confidence": 0, "sort": "confidence"}, "id"),
    ("/api/events", {"status": "all", "min_confidence": 0, "sort": "fatalities"}, "id"),
])
def test_cursor_pages_equal_offset_pages(client: TestClient, url: str, params: dict[str, Any],
                                         key: str) -> None:
    limit = 3
    by_offset: list[Any] = []
    total = client.get(url, params={**params, "limit": 1}).json()["total"]
    for offset in range(0, total, limit):
        items = client.get(url, params={**params, "limit": limit, "offset": offset}
                           ).json()["items"]
        by_offset += [item[key] if key else item for item in items]
    by_cursor = _walk(client, url, {**params, "limit": limit}, key)
    assert total > limit and by_cursor == by_offset
    assert len(by_cursor) == total


def test_a_bad_cursor_is_a_422(client: TestClient) -> None:
    r = client.get("/api/statements", params={"cursor": "not-a-cursor"})
    assert r.status_code == 422 and "cursor" in r.text
