"""HTTP API contract: every endpoint, auth (401/403), limits (413/422), pagination, and a
bounded schemathesis run against /openapi.json that must never see a 5xx."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any, get_args

import pytest

pytest.importorskip("fastapi")
from fastapi import FastAPI
from fastapi.testclient import TestClient

from marsad.store.search import SORTS
from marsad.web.api import EXPORT_COLUMNS, SearchSort, csv_cell
from marsad.web.app import create_app
from marsad.web.schemas import MAX_TEXT_CHARS
from marsad.web.security import CSP

FIXTURES = Path(__file__).parent / "fixtures" / "web"
TOKEN = "test-token-0123456789abcdef"



@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory,
        web_corpus: ModuleType) -> Path:
    corpus = web_corpus
    path: Path = corpus.build(tmp_path_factory.mktemp("api"))
    return path


@pytest.fixture(scope="module")
def app(db: Path) -> FastAPI:
    return create_app(db, use_env_token=False)


@pytest.fixture(scope="module")
def client(app: FastAPI) -> Iterator[TestClient]:
    with TestClient(app) as c:
        yield c


@pytest.fixture()
def writable(tmp_path: Path) -> Iterator[TestClient]:
    """A fresh empty store with writes enabled (write tests never touch the shared db)."""
    with TestClient(create_app(tmp_path / "w.db", token=TOKEN)) as c:
        yield c


@pytest.fixture(scope="module")
def seed_id(client: TestClient) -> str:
    hits = client.get("/api/search", params={"q": "قسد"}).json()["items"]
    ids = [h["id"] for h in hits if "التحالف" in (h["title"] or "")]
    assert ids, hits
    return str(ids[0])


# --- meta ------------------------------------------------------------------------------


def test_health(client: TestClient) -> None:
    r = client.get("/health")
    assert r.status_code == 200
    body = r.json()
    assert body["status"] == "ok" and body["articles"] >= 3 and body["writes_enabled"] is False


def test_security_headers_everywhere(client: TestClient) -> None:
    for url in ("/health", "/api/articles", "/", "/static/style.css", "/nope"):
        r = client.get(url)
        assert r.headers["content-security-policy"] == CSP, url
        assert r.headers["x-content-type-options"] == "nosniff"
        assert r.headers["x-frame-options"] == "DENY"
    assert "default-src 'self'" in CSP and "'unsafe-inline'" not in CSP


def test_openapi_and_local_docs(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    paths = set(spec["paths"])
    assert {"/api/extract", "/api/articles", "/api/articles/{article_id}", "/api/search",
            "/api/entities", "/api/entities/{entity_id}", "/api/statements",
            "/api/quantities", "/api/events", "/api/events/groups", "/api/claims",
            "/health"} <= paths
    assert not any(p.startswith(("/search", "/map", "/extract")) for p in paths)  # pages hidden
    docs = client.get("/docs")
    assert docs.status_code == 200
    assert "/api/search" in docs.text and "<script" not in docs.text.replace(
        '<script src="/static/app.js" defer></script>', "")
    # nothing from a CDN: no src/href leaves the server (example bodies may show URLs)
    assert not re.search(r"""(?:src|href)=["'](?:https?:)?//""", docs.text)
    assert client.get("/redoc").status_code == 404


# --- extract ---------------------------------------------------------------------------


def test_extract_text(seed_text: str, client: TestClient) -> None:
    seed = seed_text
    r = client.post("/api/extract", json={"text": seed, "published": "2021-03-02"})
    assert r.status_code == 200, r.text
    data = r.json()
    assert data["published"] == "2021-03-02"
    assert "org:sdf" in {e["id"] for e in data["entities"]}
    for key in ("text", "sections", "paragraphs", "removed", "quantities", "times",
                "statements", "events"):
        assert key in data


def test_extract_html(client: TestClient) -> None:
    html = ("<html><head><title>خبر</title></head><body><article><h1>عنوان الخبر</h1>"
            "<p>قالت قوات سوريا الديمقراطية إن المعارك في الباغوز انتهت بعد أسابيع من القتال "
            "العنيف ضد تنظيم الدولة الإسلامية في شرق سوريا.</p></article></body></html>")
    r = client.post("/api/extract", json={"html": html})
    assert r.status_code == 200, r.text
    assert r.json()["input_format"] == "html"
    assert "الباغوز" in r.json()["text"]


@pytest.mark.parametrize("body", [
    {},
    {"text": "نص", "html": "<p>نص</p>"},
    {"text": "   "},
    {"text": "نص", "published": "02/03/2021"},
    {"text": "نص", "unknown": 1},
    {"text": 5},
])
def test_extract_bad_input_is_422(client: TestClient, body: dict[str, Any]) -> None:
    r = client.post("/api/extract", json=body)
    assert r.status_code == 422, r.text
    assert r.json()["detail"]


def test_extract_not_json_is_422(client: TestClient) -> None:
    r = client.post("/api/extract", content=b"not json",
                    headers={"content-type": "application/json"})
    assert r.status_code == 422


def test_extract_text_too_long_is_422_naming_the_limit(client: TestClient) -> None:
    r = client.post("/api/extract", json={"text": "ا" * (MAX_TEXT_CHARS + 1)})
    assert r.status_code == 422
    assert str(MAX_TEXT_CHARS) in json.dumps(r.json())


def test_body_too_large_is_413(client: TestClient) -> None:
    r = client.post("/api/extract", content=b'{"text": "' + b"a" * (3 * 1024 * 1024) + b'"}',
                    headers={"content-type": "application/json"})
    assert r.status_code == 413
    assert "too large" in r.json()["detail"]
    assert r.headers["content-security-policy"] == CSP


def test_chunked_body_too_large_is_413(tmp_path: Path) -> None:
    """No Content-Length (chunked upload): the limit is enforced while reading."""
    app = create_app(tmp_path / "small.db", use_env_token=False, max_body=1000)

    def chunks() -> Iterator[bytes]:
        yield b'{"text": "'
        for _ in range(20):
            yield b"b" * 100
        yield b'"}'

    with TestClient(app) as c:
        r = c.post("/api/extract", content=chunks(), headers={"content-type": "application/json"})
        assert r.status_code == 413, r.text


# --- writes ----------------------------------------------------------------------------


def test_writes_disabled_without_configured_token(client: TestClient) -> None:
    r = client.post("/api/articles", json={"articles": [{"text": "نص"}]},
                    headers={"authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 403
    assert "disabled" in r.json()["detail"]


@pytest.mark.parametrize("header", [None, "Bearer wrong-token-wrong-token", f"Basic {TOKEN}",
                                    "Bearer", f"Bearer {TOKEN}x"])
def test_writes_need_the_token(writable: TestClient, header: str | None) -> None:
    headers = {"authorization": header} if header else {}
    r = writable.post("/api/articles", json={"articles": [{"text": "نص"}]}, headers=headers)
    assert r.status_code == 401
    assert r.headers["www-authenticate"].startswith("Bearer")


def test_ingest_with_token_then_read_back(writable: TestClient) -> None:
    auth = {"authorization": f"Bearer {TOKEN}"}
    article = {"id": "api-1", "title": "خبر تجريبي", "source": "test", "published": "2020-01-02",
               "text": "أعلنت قوات سوريا الديمقراطية اليوم السيطرة على بلدة الباغوز في ريف دير "
                       "الزور الشرقي بعد معارك عنيفة مع تنظيم الدولة الإسلامية استمرت أسابيع."}
    r = writable.post("/api/articles", json={"articles": [article]}, headers=auth)
    assert r.status_code == 201, r.text
    assert r.json()["new"] == 1 and r.json()["ids"] == ["api-1"]
    again = writable.post("/api/articles", json={"articles": [article]}, headers=auth).json()
    assert again["new"] == 0 and again["duplicate"] == 1
    stored = writable.get("/api/articles/api-1").json()
    assert stored["title"] == "خبر تجريبي" and stored["source"] == "test"
    assert writable.get("/api/articles").json()["total"] == 1
    assert writable.get("/health").json()["writes_enabled"] is True


def test_ingest_validates_batches(writable: TestClient) -> None:
    auth = {"authorization": f"Bearer {TOKEN}"}
    assert writable.post("/api/articles", json={"articles": []}, headers=auth).status_code == 422
    many = {"articles": [{"text": f"نص {i}"} for i in range(51)]}
    assert writable.post("/api/articles", json=many, headers=auth).status_code == 422


def test_short_token_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MARSAD_TOKEN", "short")
    with pytest.raises(ValueError, match="16 characters"):
        create_app(tmp_path / "t.db")


def test_token_from_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MARSAD_TOKEN", raising=False)
    token_file = tmp_path / "token"
    token_file.write_text(TOKEN + "\n")
    monkeypatch.setenv("MARSAD_TOKEN_FILE", str(token_file))
    assert create_app(tmp_path / "t.db").state.token == TOKEN


# --- reads -----------------------------------------------------------------------------


def test_articles_pagination(client: TestClient) -> None:
    first = client.get("/api/articles", params={"limit": 3, "offset": 0}).json()
    second = client.get("/api/articles", params={"limit": 3, "offset": 3}).json()
    assert first["total"] == second["total"] >= 6
    assert len(first["items"]) == 3 and first["limit"] == 3 and second["offset"] == 3
    assert not {a["id"] for a in first["items"]} & {a["id"] for a in second["items"]}
    dates = [a["published"] for a in first["items"] + second["items"] if a["published"]]
    assert dates == sorted(dates, reverse=True)
    beyond = client.get("/api/articles", params={"offset": 10_000}).json()
    assert beyond["items"] == [] and beyond["total"] == first["total"]


@pytest.mark.parametrize("params", [{"limit": 0}, {"limit": 101}, {"offset": -1},
                                    {"limit": "x"}, {"from": "2020-13-01"}, {"to": "yesterday"}])
def test_articles_bad_params_are_422(client: TestClient, params: dict[str, Any]) -> None:
    assert client.get("/api/articles", params=params).status_code == 422


def test_articles_date_filter(client: TestClient) -> None:
    page = client.get("/api/articles", params={"from": "2018-01-01", "to": "2018-12-31",
                                               "limit": 100}).json()
    assert page["items"] and all("2018-01-01" <= a["published"] <= "2018-12-31"
                                 for a in page["items"])


def test_article_by_id(client: TestClient, seed_id: str) -> None:
    data = client.get(f"/api/articles/{seed_id}").json()
    assert data["id"] == seed_id and "org:sdf" in {e["id"] for e in data["entities"]}
    assert client.get("/api/articles/no-such-id").status_code == 404


def test_search(client: TestClient, seed_id: str) -> None:
    page = client.get("/api/search", params={"q": "قوات سوريا الديمقراطية"}).json()
    assert seed_id in [h["id"] for h in page["items"]]
    hit = next(h for h in page["items"] if h["id"] == seed_id)
    assert "[[" in hit["snippet"]
    one = client.get("/api/search", params={"q": "سوريا", "limit": 1}).json()
    two = client.get("/api/search", params={"q": "سوريا", "limit": 1, "offset": 1}).json()
    assert one["has_more"] and one["items"][0]["id"] != two["items"][0]["id"]
    by_entity = client.get("/api/search", params={"entity": "org:sdf"}).json()["items"]
    assert seed_id in [h["id"] for h in by_entity]
    by_type = client.get("/api/search", params={"q": "سوريا", "type": "PER"}).json()
    assert isinstance(by_type["items"], list)
    old = client.get("/api/search", params={"q": "سوريا", "to": "2000-01-01"}).json()
    assert old["items"] == []
    assert client.get("/api/search", params={"q": "سوريا", "from": "nope"}).status_code == 422
    assert client.get("/api/search", params={"offset": 5000}).status_code == 422


def test_entities(client: TestClient) -> None:
    page = client.get("/api/entities", params={"limit": 5}).json()
    counts = [e["mentions"] for e in page["items"]]
    assert counts == sorted(counts, reverse=True) and page["total"] >= 5
    nxt = client.get("/api/entities", params={"limit": 5, "offset": 5}).json()
    assert not {e["id"] for e in page["items"]} & {e["id"] for e in nxt["items"]}
    orgs = client.get("/api/entities", params={"type": "ORG", "limit": 100}).json()
    assert orgs["items"] and {e["type"] for e in orgs["items"]} == {"ORG"}
    found = client.get("/api/entities", params={"q": "Syrian Democratic"}).json()["items"]
    assert [e["id"] for e in found] == ["org:sdf"]


def test_entities_name_filter_reads_kb_aliases(client: TestClient) -> None:
    """«قسد» and "SDF" are KB aliases, in no stored name: the filter still finds the SDF
    (the same filter serves the /entities page)."""
    for q in ("قسد", "SDF", "سوريا الديمقراطية"):
        ids = [e["id"] for e in client.get("/api/entities", params={"q": q}).json()["items"]]
        assert "org:sdf" in ids, (q, ids)
    none = client.get("/api/entities", params={"q": "zzqqxx"}).json()
    assert none["total"] == 0 and not none["items"]


def test_entity_context(client: TestClient) -> None:
    """The entity page's context from the API: actors, outlets, statements about,
    relations, and the share of each month's coverage."""
    ctx = client.get("/api/entities/org:sdf/context").json()
    assert ctx["id"] == "org:sdf"
    assert "gpe:syria" in {n["id"] for n in ctx["neighbours"]}
    assert all(n["articles"] >= 1 for n in ctx["neighbours"])
    assert ctx["sources"] and all(s["articles"] >= 1 for s in ctx["sources"])
    assert ctx["about"] and all(a["content"] for a in ctx["about"])
    assert all(r["role"] in ("actor", "target") for r in ctx["relations"])
    months = [m["month"] for m in ctx["coverage"]]
    assert months == sorted(months) and ctx["coverage"]
    for m in ctx["coverage"]:
        assert 0 <= m["articles"] <= m["total"] and m["share"] == round(
            m["articles"] / m["total"], 6)
    detail = client.get("/api/entities/org:sdf").json()
    assert sum(m["articles"] for m in ctx["coverage"]) >= 1
    assert "per_day" in detail and "neighbours" not in detail  # the detail is unchanged
    short = client.get("/api/entities/org:sdf/context", params={"limit": 1}).json()
    assert len(short["neighbours"]) <= 1 and len(short["sources"]) <= 1
    assert client.get("/api/entities/xyz:none/context").status_code == 404
    assert client.get("/api/entities/org:sdf/context", params={"limit": 0}).status_code == 422


def test_entity_detail(client: TestClient) -> None:
    sdf = client.get("/api/entities/org:sdf").json()
    assert sdf["name_ar"] == "قوات سوريا الديمقراطية" and "قسد" in sdf["aliases_ar"]
    assert sdf["mentions"] >= 4 and sdf["articles"] >= 1
    assert sum(d["mentions"] for d in sdf["per_day"]) <= sdf["mentions"]
    assert sdf["recent_articles"]
    baghouz = client.get("/api/entities/gpe:baghouz").json()
    assert baghouz["lat"] and baghouz["lon"]
    assert client.get("/api/entities/xyz:none").status_code == 404


def test_statements_and_quantities(client: TestClient, seed_id: str) -> None:
    for url, key in (("/api/statements", "statement"), ("/api/quantities", "quantity")):
        page = client.get(url, params={"limit": 5}).json()
        assert page["limit"] == 5 and page["total"] >= len(page["items"])
        for row in page["items"]:
            assert row["article_id"] and isinstance(row[key], dict)
        mine = client.get(url, params={"article": seed_id, "limit": 100}).json()
        assert all(row["article_id"] == seed_id for row in mine["items"])
    assert client.get("/api/statements", params={"limit": 500}).status_code == 422


def test_events(client: TestClient) -> None:
    page = client.get("/api/events", params={"limit": 5}).json()
    assert page["total"] >= 5 and len(page["items"]) == 5
    days = [e["day"] for e in page["items"]]
    assert days == sorted(days, reverse=True)
    assert all(e["confidence"] >= 0.6 for e in page["items"])
    nxt = client.get("/api/events", params={"limit": 5, "offset": 5}).json()
    assert not {e["id"] for e in page["items"]} & {e["id"] for e in nxt["items"]}
    assault = client.get("/api/events", params={"type": "ASSAULT", "limit": 100}).json()
    assert assault["items"] and {e["type"] for e in assault["items"]} == {"ASSAULT"}
    douma = client.get("/api/events", params={"entity": "gpe:douma", "from": "2018-04-07",
                                              "to": "2018-04-08", "limit": 100}).json()
    assert douma["items"]
    for e in douma["items"]:
        assert "gpe:douma" in (e["actor"], e["target"], e["location"])
        assert "2018-04-07" <= e["day"] <= "2018-04-08"
    named = [e for e in douma["items"] if e["target"] == "gpe:douma"]
    assert not named or named[0]["target_name"] == "دوما"
    low = client.get("/api/events", params={"min_confidence": 0}).json()["total"]
    assert low >= page["total"]
    for bad in ({"from": "x"}, {"limit": 0}, {"min_confidence": 2}, {"type": "x" * 41}):
        assert client.get("/api/events", params=bad).status_code == 422


@pytest.fixture(scope="module")
def status_client(mixed_status_db: Path) -> Iterator[TestClient]:
    """A store with one new, one background, one planned, one negated event and one coded
    before statuses existed (tests/conftest.py), built without the event coder."""
    with TestClient(create_app(mixed_status_db, use_env_token=False)) as c:
        yield c


def test_events_status_filter(status_client: TestClient) -> None:
    page = status_client.get("/api/events", params={"limit": 100}).json()
    assert page["total"] == 2 and {e["status"] for e in page["items"]} == {"new"}
    assert {e["article_id"] for e in page["items"]} == {"st-a", "st-b"}  # no key: new
    strike = next(e for e in page["items"] if e["article_id"] == "st-a")
    assert (strike["injured"], strike["fatalities"], strike["time_precision"]) == (5.0, 12.0,
                                                                                   "day")
    every = status_client.get("/api/events", params={"status": "all", "limit": 100}).json()
    assert sorted(e["status"] for e in every["items"]) == [
        "background", "negated", "new", "new", "planned"] and every["total"] == 5
    background = status_client.get("/api/events", params={"status": "background"}).json()
    assert [e["trigger"] for e in background["items"]] == ["غارات"]
    assert status_client.get("/api/events", params={"status": "old"}).status_code == 422
    groups = status_client.get("/api/events/groups", params={"min_sources": 1}).json()
    assert [g["id"] for g in groups["items"]] == ["ASSAULT:gpe:douma:2018-04-07"]


def test_article_events_carry_status(status_client: TestClient) -> None:
    events = status_client.get("/api/articles/st-a").json()["events"]
    assert [e["status"] for e in events] == ["new", "background", "planned", "negated"]
    text = status_client.get("/api/articles/st-a").json()["text"]
    injured = events[0]["counts"][1]
    assert injured == {"kind": "injured", "value": 5.0, "start": injured["start"],
                       "end": injured["end"], "text": "5 آخرون", "approximate": False,
                       "low": None, "high": None}
    assert text[injured["start"]:injured["end"]] == "5 آخرون"
    old = status_client.get("/api/articles/st-b").json()["events"]
    assert old[0]["status"] == "new"  # stored before statuses existed: counts as news


def test_event_status_literal_matches_the_model() -> None:
    from typing import get_args

    from marsad.model import EVENT_STATUSES
    from marsad.web.api import EVENT_STATUS_FILTERS, EventStatus

    assert get_args(EventStatus) == EVENT_STATUS_FILTERS == (*EVENT_STATUSES, "all")


def test_claims(client: TestClient) -> None:
    page = client.get("/api/claims", params={"q": "Douma", "conflicts": True}).json()
    groups = {g["id"]: g for g in page["items"]}
    douma = groups["deaths:-:-:gpe:douma"]
    assert douma["label"] == "deaths in Douma" and douma["label_ar"] == "قتلى في دوما"
    assert len(douma["sources"]) >= 2 and douma["conflicts"]
    conflict = douma["conflicts"][0]
    assert conflict["high"] == 150.0 and conflict["low"] < 150.0
    flagged = [c for c in douma["claims"] if c["in_conflict"]]
    assert {c["source"] for c in flagged} >= {"BBC Arabic"} and len(flagged) >= 2
    dates = [c["date"] for c in douma["claims"]]
    assert dates == sorted(dates)
    arabic = client.get("/api/claims", params={"q": "دوما"}).json()
    assert "deaths:-:-:gpe:douma" in {g["id"] for g in arabic["items"]}
    every = client.get("/api/claims", params={"limit": 2}).json()
    assert every["total"] >= page["total"] and len(every["items"]) <= 2
    assert client.get("/api/claims", params={"min_sources": 0}).status_code == 422
    assert douma["claims_total"] == len(douma["claims"]) > 2
    latest = client.get("/api/claims", params={"q": "Douma", "claims_per_group": 2}).json()
    capped = {g["id"]: g for g in latest["items"]}["deaths:-:-:gpe:douma"]
    assert capped["claims_total"] == douma["claims_total"] and len(capped["claims"]) == 2
    assert [c["date"] for c in capped["claims"]] == dates[-2:]  # the latest, oldest first
    groups_page = client.get("/api/events/groups").json()
    assert groups_page["items"] and all(len(g["sources"]) >= 2 for g in groups_page["items"])
    assert any(g["location"] == "gpe:douma" for g in groups_page["items"])


# --- entity-aware search ("find an actor however it is written") ----------------------

SDF_NAMES = ("SDF", "قسد", "Syrian Democratic Forces")


def _search(client: TestClient, **params: Any) -> dict[str, Any]:
    response = client.get("/api/search", params={"limit": 100, **params})
    assert response.status_code == 200, response.text
    page: dict[str, Any] = response.json()
    return page


def _ids(client: TestClient, **params: Any) -> set[str]:
    page = _search(client, **params)
    assert page["total"] == len(page["items"]) and not page["has_more"]  # one page holds all
    return {h["id"] for h in page["items"]}


def test_an_actor_however_written_finds_the_same_articles(client: TestClient) -> None:
    found = {name: _ids(client, q=name) for name in SDF_NAMES}
    assert found["SDF"], "no article found for SDF"
    assert found["SDF"] == found["قسد"] == found["Syrian Democratic Forces"]
    for name in SDF_NAMES:
        page = _search(client, q=name)
        assert page["understood"][0]["id"] == "org:sdf", name
        assert page["understood"][0]["text"] == name and page["rest"] == ""
        assert page["understood"][0]["name_ar"] == "قوات سوريا الديمقراطية"
        assert page["understood"][0]["articles"] >= 1 and page["literal"] is False
        assert page["facets"] is None  # only when asked


def test_literal_search_reads_no_entity(client: TestClient) -> None:
    literal = _search(client, q="SDF", literal="true")
    assert literal["total"] == 0 and literal["items"] == []  # no Latin "SDF" in the texts
    assert literal["understood"] == [] and literal["literal"] is True
    assert literal["rest"] == "SDF"
    assert _search(client, q="SDF")["total"] > 0


def test_more_words_narrow_the_search(client: TestClient) -> None:
    both = _search(client, q="SDF Raqqa")
    assert [u["id"] for u in both["understood"]] == ["org:sdf", "gpe:raqqa"]
    assert {h["id"] for h in both["items"]} <= _ids(client, q="SDF")
    assert _ids(client, q="SDF Raqqa") <= _ids(client, q="Raqqa")


@pytest.mark.parametrize("q", ["SDF", "دوما", "النفط"])
def test_total_counts_what_paging_returns(client: TestClient, q: str) -> None:
    first = _search(client, q=q, limit=2)
    seen: list[str] = []
    for offset in range(0, first["total"] + 2, 2):
        page = _search(client, q=q, limit=2, offset=offset)
        assert page["total"] == first["total"]
        assert page["has_more"] == (offset + len(page["items"]) < page["total"])
        seen += [h["id"] for h in page["items"]]
    assert first["total"] > 0 and len(seen) == len(set(seen)) == first["total"]


def test_paging_an_entity_query_with_exact_hits(client: TestClient) -> None:
    """Exact hits are moved first within a fixed window, so pages are slices of one ranking."""
    whole = [h["id"] for h in _search(client, q="سوريا")["items"]]
    paged = [h["id"] for offset in range(0, len(whole), 5)
             for h in _search(client, q="سوريا", limit=5, offset=offset)["items"]]
    assert len(whole) > 5 and paged == whole


def test_search_facets(client: TestClient) -> None:
    page = _search(client, q="قسد", facets="true")
    facets = page["facets"]
    assert set(facets) == {"source", "month", "entity_type", "entity"}
    if len(facets["source"]) < 10:  # articles without a source are not a facet value
        assert 0 < sum(f["count"] for f in facets["source"]) <= page["total"]
        assert all(f["value"] for f in facets["source"])
    assert all(f["count"] <= page["total"] for key in facets for f in facets[key])
    co = {f["value"] for f in facets["entity"]}
    assert co and "org:sdf" not in co  # the entity searched is not its own co-mention
    assert {"value", "name_ar", "name_en", "type", "count"} <= set(facets["entity"][0])
    assert all(len(f["value"]) == 7 for f in facets["month"])  # YYYY-MM


def test_search_sort_and_several_sources(client: TestClient) -> None:
    assert set(SORTS) == set(get_args(SearchSort))
    newest = _search(client, q="سوريا", sort="date")["items"]
    days = [h["published"] or "" for h in newest]
    assert days == sorted(days, reverse=True)
    assert client.get("/api/search", params={"q": "x", "sort": "bm25"}).status_code == 422
    every = _search(client, q="سوريا")["items"]
    a, b = sorted({h["source"] for h in every if h["source"]})[:2]
    one, two = _ids(client, q="سوريا", source=a), _ids(client, q="سوريا", source=b)
    assert one and two
    assert _ids(client, q="سوريا", source=[a, b]) == one | two
    assert _ids(client, q="سوريا", source=f"{a},{b}") == one | two
    assert _ids(client, q="سوريا", source=a.upper()) == one  # as before: any case
    assert client.get("/api/search", params={"source": ["x"] * 21}).status_code == 422


def test_entity_filters_take_names(client: TestClient, seed_id: str) -> None:
    by_id = _ids(client, entity="org:sdf")
    assert seed_id in by_id
    assert _ids(client, entity="قسد") == _ids(client, entity="SDF") == by_id
    assert _ids(client, entity="no such actor") == set()
    for url in ("/api/events", "/api/events/groups"):
        for entity, name in (("org:sdf", "قسد"), ("gpe:douma", "دوما"), ("gpe:douma", "Douma")):
            want = client.get(url, params={"entity": entity, "limit": 100,
                                           "min_confidence": 0, "status": "all"}).json()
            got = client.get(url, params={"entity": name, "limit": 100,
                                          "min_confidence": 0, "status": "all"}).json()
            assert got == want, (url, name)
    douma = client.get("/api/events", params={"entity": "دوما"}).json()
    assert douma["items"] and all("gpe:douma" in (e["actor"], e["target"], e["location"])
                                  for e in douma["items"])


def test_entity_suggest(client: TestClient) -> None:
    for prefix in ("قس", "Syrian Dem", "SD"):
        items = client.get("/api/entities/suggest", params={"q": prefix}).json()
        assert "org:sdf" in [i["id"] for i in items], prefix
        assert len(items) <= 8
    sdf = next(i for i in client.get("/api/entities/suggest", params={"q": "قس"}).json()
               if i["id"] == "org:sdf")
    assert sdf == {"id": "org:sdf", "name_ar": "قوات سوريا الديمقراطية",
                   "name_en": "Syrian Democratic Forces", "type": "ORG",
                   "articles": sdf["articles"]} and sdf["articles"] >= 1
    counts = [i["articles"] for i in client.get("/api/entities/suggest",
                                                params={"q": "ال", "limit": 20}).json()]
    assert counts == sorted(counts, reverse=True) and len(counts) <= 20
    assert client.get("/api/entities/suggest", params={"q": "zzzzqqq"}).json() == []
    assert client.get("/api/entities/suggest").status_code == 422
    for bad in ({"q": "x" * 101}, {"q": "x", "limit": 0}, {"q": "x", "limit": 21}):
        assert client.get("/api/entities/suggest", params=bad).status_code == 422
    assert client.get("/api/entities/org:sdf").json()["id"] == "org:sdf"  # still reachable


def test_search_export_csv_and_jsonl(client: TestClient) -> None:
    for q in ("سوريا", "SDF"):
        page = _search(client, q=q)
        response = client.get("/api/search/export", params={"q": q, "format": "csv"})
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/csv")
        assert response.headers["content-disposition"].startswith("attachment;")
        rows = list(csv.reader(io.StringIO(response.text)))
        assert tuple(rows[0]) == EXPORT_COLUMNS
        assert len(rows) - 1 == page["total"] > 0
        assert {r[0] for r in rows[1:]} == {h["id"] for h in page["items"]}
        assert {r[6] for r in rows[1:]} <= {"true", "false"}
        lines = client.get("/api/search/export", params={"q": q, "format": "jsonl"})
        assert lines.headers["content-type"].startswith("application/x-ndjson")
        records = [json.loads(line) for line in lines.text.splitlines()]
        assert len(records) == page["total"] and tuple(records[0]) == EXPORT_COLUMNS
        assert [r["id"] for r in records] == [r[0] for r in rows[1:]]
    default = client.get("/api/search/export", params={"q": "SDF", "literal": "1"})
    assert default.headers["content-type"].startswith("text/csv")
    assert default.text.splitlines() == [",".join(EXPORT_COLUMNS)]  # header, no rows
    filtered = client.get("/api/search/export", params={"entity": "قسد", "format": "jsonl"})
    assert {json.loads(x)["id"] for x in filtered.text.splitlines()} == _ids(client,
                                                                             entity="org:sdf")
    assert client.get("/api/search/export", params={"format": "xml"}).status_code == 422


def test_export_csv_cells_are_never_formulas() -> None:
    for text in ("=HYPERLINK(\"http://x\")", "+1", "-2+3", "@SUM(A1)", "\tx"):
        assert csv_cell(text) == "'" + text
    assert csv_cell("قسد") == "قسد" and csv_cell(-14.0) == -14.0 and csv_cell(None) is None


# --- fuzzing ---------------------------------------------------------------------------


def test_schemathesis_no_server_errors(app: FastAPI) -> None:
    """Every operation, ≤ 50 generated cases each, fixed seed: no 5xx, responses match the
    declared schemas. Writes stay refused (no token), so fuzzing cannot change the store."""
    schemathesis = pytest.importorskip("schemathesis")

    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    failures: list[str] = []
    calls: list[int] = []
    operations = 0
    for result in schema.get_all_operations():
        operations += 1
        run_operation(result.ok(), calls, failures)
    assert operations >= 12
    assert len(calls) >= operations * 10, f"only {len(calls)} generated requests"
    assert not failures, "\n".join(failures[:10])


def run_operation(operation: Any, calls: list[int], failures: list[str]) -> None:
    """Fuzz one operation; a failure is recorded (hypothesis shrinks it first) and the
    remaining operations still run, so one report lists every broken endpoint."""
    from hypothesis import HealthCheck, Phase, given, settings
    from schemathesis.checks import not_a_server_error
    from schemathesis.specs.openapi.checks import response_schema_conformance

    @settings(max_examples=50, derandomize=True, deadline=None, database=None,
              phases=[Phase.explicit, Phase.generate],
              suppress_health_check=list(HealthCheck))
    @given(case=operation.as_strategy())
    def check(case: Any) -> None:
        response = case.call()
        calls.append(response.status_code)
        case.validate_response(response, checks=[not_a_server_error,
                                                 response_schema_conformance])

    try:
        check()
    except Exception as exc:
        failures.append(f"{operation.label}: {str(exc)[:600]}")


def test_events_sort_sentence_and_export(client: TestClient) -> None:
    """/api/events: ``sort`` and each event's sentence; /api/events/export: the same filter
    as CSV (header row, formula-safe cells) or JSON lines."""
    params = {"status": "all", "min_confidence": 0.3}
    items = client.get("/api/events", params={**params, "sort": "confidence",
                                               "limit": 100}).json()["items"]
    assert [e["confidence"] for e in items] == sorted((e["confidence"] for e in items),
                                                      reverse=True)
    assert any(e["sentence"] and e["trigger"] in e["sentence"] for e in items)
    oldest = client.get("/api/events", params={**params, "sort": "date_asc"}).json()["items"]
    assert [e["day"] for e in oldest if e["day"]] == sorted(e["day"] for e in oldest if e["day"])
    assert client.get("/api/events", params={"sort": "bogus"}).status_code == 422
    total = client.get("/api/events", params=params).json()["total"]
    r = client.get("/api/events/export", params={**params, "format": "csv"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert 'filename="marsad-events.csv"' in r.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert len(rows) == total and rows[0]["type"] and "sentence" in rows[0]
    assert all(not (row["title"] or "").startswith("=") for row in rows)
    lines = client.get("/api/events/export", params={**params, "format": "jsonl"}).text
    assert len(lines.splitlines()) == total
    assert json.loads(lines.splitlines()[0])["type"]
    empty = client.get("/api/events/export", params={"type": "NOSUCH"})
    assert empty.status_code == 200 and empty.text.startswith("day,type,status")


def test_also_reported_incidents_equal_whole_store_grouping(db: Path) -> None:
    """An article's "also reported by" incidents, grouped from the reports found through the
    event indexes only, are the incidents grouping the whole store gives that article."""
    from marsad.claims import group_events
    from marsad.claims.grouping import iter_article_json
    from marsad.web.api import Store

    store = Store(db)
    whole = group_events(iter_article_json(str(db)))
    ids = {a for g in whole for a in g.articles}
    checked = 0
    for article_id in sorted(ids):
        expected = sorted((g.id, tuple(g.articles)) for g in whole
                          if len(g.articles) > 1 and article_id in g.articles)
        got = sorted((g.id, tuple(g.articles))
                     for g in store.also_reported(article_id)["incidents"])
        assert got == expected, article_id
        checked += bool(expected)
    assert checked >= 2
