"""Web security: hostile stored text and entity names are escaped on every page kind;
security headers on every response type (HTML, JSON, static, errors, 500); no path
traversal through any path parameter or the static route (raw requests to a real uvicorn);
FTS5/SQL metacharacters never give a 5xx; bearer-token auth; body limits and JSON depth
bombs; the API never fetches URLs and the fetcher refuses non-http(s) and private hosts."""

from __future__ import annotations

import inspect
import json
import re
import socket
import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import quote

import pytest

pytest.importorskip("fastapi")
import uvicorn
from fastapi.testclient import TestClient

from marsad.store.codec import article_json
from marsad.web import security
from marsad.web.app import create_app
from marsad.web.security import CSP, SECURITY_HEADERS

FIXTURES = Path(__file__).parent / "fixtures" / "web"
TOKEN = "sec-test-token-0123456789abcdef"

# Payloads that must only ever appear as text.
XSS = ("<script>alert(1)</script>", '"><img src=x onerror=alert(2)>', "' onmouseover='alert(3)",
       "<svg onload=alert(4)>", "<svg><script>alert(5)</script></svg>",
       "</title><script>alert(6)</script>", "javascript:alert(7)", "{{7*7}}")
RLO, LRO = "\u202e", "\u202d"
BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
HOSTILE_NAME = f"{XSS[1]}{RLO}دمشق{XSS[0]}"
HOSTILE_ID = 'per:x"><script>alert(8)</script>'
HOSTILE_PLACE = "gpe:x'><svg onload=alert(9)>"
ARABIC = ("قال المتحدث باسم قوات سوريا الديمقراطية في دمشق إن المعارك في الباغوز مستمرة، "
          "وأضاف أن الوضع الإنساني في المخيمات صعب جداً بعد وصول آلاف النازحين من مناطق القتال "
          "في ريف دير الزور الشرقي، وأكد أن قوات التحالف الدولي قصفت مواقع لتنظيم داعش. ")


def _hostile_records() -> list[dict[str, Any]]:
    urls = ("javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)",
            "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)",
            'https://example.org/" onmouseover="alert(1)', "file:///etc/passwd")
    rows = []
    for i, url in enumerate(urls):
        payload = XSS[i % len(XSS)]
        rows.append({"id": f"sec-{i}-{payload}", "source": f"src {payload}", "url": url,
                     "published": f"2019-03-0{i + 1}",
                     "title": f"{RLO}عنوان {payload} {i}{LRO}",
                     "text": f"{ARABIC}\n\nكتب {payload} {RLO}في تعليق {i}{LRO} "
                             f"{' '.join(XSS)}\n\n{ARABIC[::-1]} {i}"})
    return rows



def _poison(db: Path, article_id: str) -> None:
    """Hostile entity ids and names straight into the store (as a buggy extractor or a
    hand-edited KB could leave them): the entity tables, the stored article JSON, the
    statement speakers and event roles."""
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("INSERT INTO entities(id, type, name_ar, name_en, category, country, lat, "
                     "lon, in_kb) VALUES (?, 'PER', ?, ?, NULL, NULL, NULL, NULL, 0)",
                     (HOSTILE_ID, HOSTILE_NAME, XSS[3]))
        conn.execute("INSERT INTO entities(id, type, name_ar, name_en, category, country, lat, "
                     "lon, in_kb) VALUES (?, 'GPE', ?, ?, 'city', 'SY', 33.5, 36.3, 0)",
                     (HOSTILE_PLACE, HOSTILE_NAME, XSS[5]))
        conn.execute("UPDATE entities SET name_ar = ? WHERE id = 'gpe:baghouz'", (HOSTILE_NAME,))
        for eid in (HOSTILE_ID, HOSTILE_PLACE):
            conn.execute("INSERT INTO mentions(article, entity_id, start, \"end\", how) "
                         "SELECT rowid, ?, 0, 3, 'test' FROM articles WHERE id = ?",
                         (eid, article_id))
        data = article_json(*conn.execute("SELECT json, text FROM articles WHERE id = ?",
                                          (article_id,)).fetchone())
        data["entities"] = [*data.get("entities", []),
                            {"id": HOSTILE_ID, "type": "PER", "name_ar": HOSTILE_NAME,
                             "name_en": XSS[3], "in_kb": False,
                             "mentions": [{"start": 0, "end": 3, "text": data["text"][:3]}]}]
        for st in data.get("statements") or []:
            st["speaker"] = {"text": HOSTILE_NAME, "entity": HOSTILE_ID}
        for ev in data.get("events") or []:
            ev["actor"], ev["location"] = HOSTILE_ID, HOSTILE_PLACE
        conn.execute("UPDATE articles SET json = ? WHERE id = ?",
                     (json.dumps(data, ensure_ascii=False), article_id))
        conn.execute("UPDATE statements SET speaker = ?, speaker_entity = ?",
                     (HOSTILE_NAME, HOSTILE_ID))
        conn.execute("UPDATE events SET actor = ?, location = ?", (HOSTILE_ID, HOSTILE_PLACE))
    conn.close()


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory,
        web_corpus: ModuleType) -> Path:
    corpus = web_corpus
    tmp = tmp_path_factory.mktemp("websec")
    path: Path = corpus.build(tmp, per_file=2)
    from marsad.store.ingest import ingest

    extra = tmp / "hostile-sec.jsonl"
    extra.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n"
                             for r in _hostile_records()), encoding="utf-8")
    summary = ingest([str(extra)], path, workers=1, progress=False)
    assert summary.failed == 0, summary.failures
    _poison(path, "sec-0-" + XSS[0])
    return path


@pytest.fixture(scope="module")
def client(db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(db, token=TOKEN), raise_server_exceptions=False) as c:
        yield c


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def live(db: Path) -> Iterator[tuple[str, int]]:
    """The app under a real uvicorn (raw request targets reach it unnormalised)."""
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(db, use_env_token=False),
                                           host="127.0.0.1", port=port, log_level="error"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started
    yield ("127.0.0.1", port)
    server.should_exit = True
    thread.join(timeout=10)


def _raw_get(address: tuple[str, int], target: bytes) -> tuple[int, bytes, bytes]:
    """Send ``GET <target>`` byte for byte; (status, headers, body)."""
    with socket.create_connection(address, timeout=10) as sock:
        sock.sendall(b"GET " + target + b" HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                     b"Connection: close\r\n\r\n")
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1]) if head.startswith(b"HTTP/") else 0
    return status, head, body


# --- escaping ---------------------------------------------------------------------------------


def _assert_inert(html: str, where: str) -> None:
    lowered = html.lower()
    for raw in ("<script>alert", "<svg onload", "<img src=x", "</title><script",
                "<svg><script"):
        assert raw not in lowered, (where, raw)
    tags = re.findall(r"<[a-z][^>]*>", html, re.I)
    for tag in tags:
        # attribute values are double-quoted with quotes inside escaped: drop them, so only
        # real attribute names remain
        names = re.sub(r'"[^"]*"', '""', tag)
        assert not re.search(r"\son[a-z]+\s*=", names, re.I), (where, tag)
        assert not re.search(r"""(?:href|src|action|xlink:href)\s*=\s*["']?\s*"""
                             r"(?:javascript|data|vbscript|file):", tag, re.I), (where, tag)
    assert not BIDI_CONTROLS.search(html), (where, "raw bidi override/embedding control")


def _pages(client: TestClient) -> list[str]:
    ids = [a["id"] for a in client.get("/api/articles", params={"limit": 100}).json()["items"]
           if a["id"].startswith("sec-")]
    assert len(ids) == len(_hostile_records())
    urls = ["/", "/map", "/map?view=world", "/claims", "/claims?conflicts=1", "/events",
            "/docs", "/extract"]
    urls += ["/articles/" + quote(i, safe="") for i in ids]
    urls += ["/entities/" + quote(e, safe="") for e in (HOSTILE_ID, HOSTILE_PLACE,
                                                        "gpe:baghouz", "org:sdf")]
    urls += ["/search?q=" + quote(q) for q in ("تعليق", "alert", "عنوان")]
    urls += ["/search?entity=" + quote(HOSTILE_ID), "/events?entity=" + quote(HOSTILE_ID),
             "/claims?q=" + quote(XSS[0]), "/search?q=" + quote(XSS[1]),
             "/search?source=" + quote("src " + XSS[0]), "/events?type=" + quote(XSS[2])]
    return urls


def test_hostile_text_and_names_are_escaped_on_every_page(client: TestClient) -> None:
    seen_escaped = 0
    for url in _pages(client):
        r = client.get(url)
        assert r.status_code == 200, (url, r.status_code)
        _assert_inert(r.text, url)
        seen_escaped += "&lt;script&gt;" in r.text or "&#34;&gt;&lt;img" in r.text
    assert seen_escaped >= 10  # the payloads are shown, as text


def test_hostile_entity_names_are_shown_as_text(client: TestClient) -> None:
    page = client.get("/entities/" + quote(HOSTILE_ID, safe="")).text
    assert "&#34;&gt;&lt;img src=x onerror=alert(2)&gt;" in page
    assert "دمشق&lt;script&gt;alert(1)&lt;/script&gt;" in page
    article = client.get("/articles/" + quote("sec-0-" + XSS[0], safe="")).text
    assert 'href="/entities/per:x%22%3E%3Cscript%3Ealert%288%29%3C%2Fscript%3E"' in article


def test_javascript_and_data_urls_are_never_links(client: TestClient) -> None:
    for record in _hostile_records():
        html = client.get("/articles/" + quote(record["id"], safe="")).text
        if record["url"].startswith("https://"):
            assert 'href="https://example.org/&#34; onmouseover=&#34;alert(1)"' in html
        else:
            assert "المصدر</a>" not in html, record["url"]


def test_hostile_404_and_extract_pages_are_escaped(client: TestClient) -> None:
    for url in ("/articles/" + quote(XSS[0], safe=""), "/entities/" + quote(XSS[1], safe="")):
        r = client.get(url)
        assert r.status_code == 404
        _assert_inert(r.text, url)
    r = client.post("/extract", data={"text": ARABIC + " ".join(XSS) + RLO, "kind": "text"})
    assert r.status_code == 200
    _assert_inert(r.text, "/extract")
    r = client.post("/extract", data={"text": f"<p>{ARABIC}</p>{XSS[4]}", "kind": "html"})
    assert r.status_code == 200
    _assert_inert(r.text, "/extract html")


def test_json_api_returns_payloads_verbatim_as_json(client: TestClient) -> None:
    r = client.get("/api/entities/" + quote(HOSTILE_ID, safe=""))
    assert r.status_code == 200 and r.headers["content-type"] == "application/json"
    assert r.json()["name_ar"] == HOSTILE_NAME  # data, not markup: the client escapes


# --- headers ----------------------------------------------------------------------------------


def _assert_headers(r: Any, what: str) -> None:
    for name, value in SECURITY_HEADERS:
        assert r.headers.get(name.decode()) == value.decode(), (what, name)
    assert r.headers["content-security-policy"] == CSP
    assert "server" not in {k.lower() for k in r.headers} or what.startswith("live")


def test_security_headers_on_every_response_type(client: TestClient) -> None:
    cases = {
        "html": client.get("/"), "json": client.get("/api/articles"),
        "openapi": client.get("/openapi.json"), "static css": client.get("/static/style.css"),
        "static js": client.get("/static/app.js"),
        "static svg": client.get("/static/favicon.svg"),
        "static 404": client.get("/static/nope.css"), "html 404": client.get("/articles/nope"),
        "json 404": client.get("/api/articles/nope"), "route 404": client.get("/nope"),
        "405": client.delete("/api/articles"), "422": client.get("/api/articles?limit=0"),
        "401": client.post("/api/articles", json={"articles": []}),
        "413": client.post("/api/extract", content=b"x" * (3 << 20)),
        "head": client.head("/static/style.css"),
    }
    expected = {"405": 405, "422": 422, "401": 401, "413": 413, "static 404": 404,
                "html 404": 404, "json 404": 404, "route 404": 404}
    for what, r in cases.items():
        assert r.status_code == expected.get(what, 200), (what, r.status_code)
        _assert_headers(r, what)
    assert cases["static svg"].headers["content-type"].startswith("image/svg+xml")


def test_security_headers_on_unhandled_errors(db: Path) -> None:
    """A crash (500) still carries the headers: the middleware answers before Starlette's
    outermost error handler does."""
    app = create_app(db, use_env_token=False)

    @app.get("/boom")
    def boom() -> None:
        raise RuntimeError("secret internal detail")

    with TestClient(app, raise_server_exceptions=False) as c:
        r = c.get("/boom")
    assert r.status_code == 500
    assert "secret internal detail" not in r.text and "Traceback" not in r.text
    _assert_headers(r, "500")


# --- path traversal ---------------------------------------------------------------------------


TRAVERSALS = (
    b"/static/../../etc/passwd", b"/static/../../../../../../etc/passwd",
    b"/static/%2e%2e/%2e%2e/etc/passwd", b"/static/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    b"/static/..%2f..%2f..%2fetc%2fpasswd", b"/static/%252e%252e%252fetc%252fpasswd",
    b"/static/....//....//etc/passwd", b"/static/..\\..\\..\\etc\\passwd",
    b"/static/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd", b"/static//etc/passwd",
    b"/static/%2fetc%2fpasswd", b"/static/../app.py", b"/static/..%2fapp.py",
    b"/static/%2e%2e/templates/base.html", b"/static/style.css%00.js", b"/static/%00",
    b"/static/", b"/static", b"/static/..", b"/static/.",
    b"/articles/../../etc/passwd", b"/articles/..%2f..%2fetc%2fpasswd",
    b"/articles/%2e%2e%2f%2e%2e%2fetc%2fpasswd", b"/articles/%00", b"/articles/x%00y",
    b"/entities/..%2f..%2fetc%2fpasswd", b"/entities/%2e%2e%2fapp.py", b"/entities/%00",
    b"/api/articles/..%2f..%2fetc%2fpasswd", b"/api/articles/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    b"/api/articles/%00", b"/api/entities/..%2F..%2Fetc%2Fpasswd", b"/api/entities/%00",
    b"/../../etc/passwd", b"/%2e%2e/%2e%2e/etc/passwd",
)


def test_path_traversal_never_reads_files(live: tuple[str, int]) -> None:
    secrets = (b"root:", b"create_app", b"{% block", b"def ", b"\x7fELF")
    for target in TRAVERSALS:
        status, head, body = _raw_get(live, target)
        if target == b"/static":  # the mount redirects to its own root, which is a 404
            assert status == 307 and b"location: http://127.0.0.1" in head.lower()
            continue
        assert status in (400, 404, 405, 422), (target, status, body[:200])
        for secret in secrets:
            assert secret not in body, (target, secret)
        if status != 400:  # uvicorn's own 400 for a malformed request line has no app
            assert b"content-security-policy" in head.lower(), target


def test_raw_nul_and_control_bytes_in_the_request_line(live: tuple[str, int]) -> None:
    for target in (b"/static/\x00", b"/articles/\x00", b"/api/articles/a\x01b",
                   b"/static/style.css\x00"):
        status, _, body = _raw_get(live, target)
        assert status in (400, 404), (target, status)
        assert b"root:" not in body


def test_static_files_still_served(live: tuple[str, int]) -> None:
    status, _, body = _raw_get(live, b"/static/style.css")
    assert status == 200 and body


# --- search input -----------------------------------------------------------------------------


SEARCH_ATTACKS = ('"', '""', '"""', "*", "**", "a*", "*a", "NEAR(", "NEAR(سوريا داعش",
                  "NEAR(a b, 5)", "سوريا NEAR/3 داعش", "') OR 1=1 --", "' OR '1'='1",
                  "1; DROP TABLE articles; --", "\" OR \"\"=\"", "سوريا\"", "\"سوريا",
                  "(سوريا", "سوريا)", "AND", "OR", "NOT", "سوريا AND", "NOT سوريا", "^سوريا",
                  "title:سوريا", "{title text}: x", "-سوريا", "+", ":", "\\", "%", "_", "%_%",
                  "\x00", "سوريا\x00داعش", "\u202eسوريا", "ـــــ", "'" * 200, "(" * 200,
                  "\"" * 199, "a" * 500, "* OR *", "MATCH 'x'", "x' UNION SELECT json FROM "
                  "articles --")


def test_search_metacharacters_never_give_5xx(client: TestClient) -> None:
    for q in SEARCH_ATTACKS:
        for url, params in (("/api/search", {"q": q}), ("/search", {"q": q}),
                            ("/api/search", {"q": "سوريا", "entity": q, "source": q,
                                             "type": q}),
                            ("/api/entities", {"q": q}), ("/api/articles", {"source": q}),
                            ("/api/claims", {"q": q}), ("/api/events", {"entity": q[:200]}),
                            ("/claims", {"q": q}), ("/events", {"entity": q})):
            r = client.get(url, params=params)
            assert r.status_code < 500, (url, params, r.status_code, r.text[:300])
            assert r.status_code in (200, 422), (url, params, r.status_code)
    count = client.get("/health").json()["articles"]
    assert count > 0  # nothing was dropped


def test_sql_injection_does_not_widen_results(client: TestClient) -> None:
    r = client.get("/api/entities", params={"q": "' OR 1=1 --"})
    assert r.status_code == 200 and r.json()["total"] == 0
    r = client.get("/api/articles", params={"source": "x' OR '1'='1"})
    assert r.status_code == 200 and r.json()["total"] == 0


# --- auth -------------------------------------------------------------------------------------


def test_token_compare_is_constant_time() -> None:
    """One constant-time check serves the API's bearer header and the pages' token field."""
    source = inspect.getsource(security.token_matches)
    assert "hmac.compare_digest" in source
    assert "==" not in source.replace("!=", "")
    assert "token_matches(" in inspect.getsource(security.require_write_token)


@pytest.mark.parametrize("header", [
    None, "", "Bearer", "Bearer ", "Bearer  ", "bearer", "Basic " + TOKEN, "Token " + TOKEN,
    TOKEN, "Bearer " + TOKEN[:-1], "Bearer " + TOKEN + "x", "Bearer " + TOKEN.upper(),
    "Bearer x" + TOKEN, "Bearer " + TOKEN[:8], "Bearer\t" + TOKEN + "\u0000",
    "Bearer " + "a" * 10_000, "Bearer توكن", "Bearer " + TOKEN + " extra",
    "Bearer,Bearer " + TOKEN, "Bearer\x00" + TOKEN,
])
def test_bad_authorization_headers_are_401(client: TestClient, header: str | None) -> None:
    body = {"articles": [{"text": ARABIC, "id": "auth-probe"}]}
    headers = {} if header is None else {"Authorization": header}
    try:
        r = client.post("/api/articles", json=body, headers=headers)
    except Exception:  # the client itself refuses to send some header bytes
        if header is not None and any(ord(ch) < 32 or ord(ch) > 255 for ch in header):
            return
        raise
    assert r.status_code == 401, (header, r.status_code, r.text[:200])
    assert r.headers["www-authenticate"].startswith("Bearer")
    assert client.get("/api/articles/auth-probe").status_code == 404


def test_raw_authorization_bytes_are_401(live: tuple[str, int], db: Path) -> None:
    """Non-ASCII and control bytes in the header, sent raw (no client sanitising)."""
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(db, token=TOKEN), host="127.0.0.1",
                                           port=port, log_level="error"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    try:
        body = json.dumps({"articles": [{"text": ARABIC}]}).encode()
        for auth in (b"Bearer \xff\xfe" + TOKEN.encode(), b"Bearer " + "توكن".encode(),
                     b"Bearer \x80", b"\xffBearer " + TOKEN.encode()):
            with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
                sock.sendall(b"POST /api/articles HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                             b"Content-Type: application/json\r\nAuthorization: " + auth +
                             b"\r\nContent-Length: " + str(len(body)).encode() + b"\r\n\r\n"
                             + body)
                data = b""
                while chunk := sock.recv(65536):
                    data += chunk
            status = int(data.split(b" ", 2)[1])
            assert status in (400, 401), (auth, status, data[:300])
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def test_correct_token_still_works(client: TestClient) -> None:
    r = client.post("/api/articles", json={"articles": [{"text": ARABIC + "توكن صحيح",
                                                         "id": "auth-ok"}]},
                    headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 201, r.text


# --- bodies -----------------------------------------------------------------------------------


def test_json_depth_bombs_and_odd_bodies_are_4xx(client: TestClient) -> None:
    bodies = [b"[" * 100_000 + b"]" * 100_000, b"{\"a\":" * 50_000 + b"1" + b"}" * 50_000,
              b"[" * 1_000_000, b'{"text": "' + b"\\u0000" * 100_000 + b'"}', b"\xff\xfe\x00",
              b'{"text": 1e999999}', b'{"text": NaN}', b'{"articles": ' + b"[" * 5000 + b"]",
              json.dumps({"text": ARABIC, **{f"k{i}": i for i in range(20_000)}}).encode(),
              b'{"text": "\\ud800"}', b"", b"null", b"[]", b'"x"']
    for url in ("/api/extract", "/api/articles"):
        for body in bodies:
            headers = {"Content-Type": "application/json",
                       "Authorization": f"Bearer {TOKEN}"}
            r = client.post(url, content=body, headers=headers)
            assert 400 <= r.status_code < 500, (url, body[:40], r.status_code, r.text[:200])
    r = client.post("/extract", content=b"text=" + b"%5B" * 600_000 + b"&kind=text",
                    headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert r.status_code in (200, 413, 422), r.status_code


def test_body_limits_are_413(client: TestClient) -> None:
    big = b"x" * (2 * 1024 * 1024 + 1)
    for url in ("/api/extract", "/api/articles", "/extract"):
        assert client.post(url, content=big).status_code == 413, url

    def chunks() -> Iterator[bytes]:
        for _ in range(40):
            yield b"y" * 65536

    assert client.post("/api/extract", content=chunks(),
                       headers={"Content-Type": "application/json"}).status_code == 413
    for length in ("-1", "abc", "99999999999999999999", "1e3"):
        r = client.post("/api/extract", content=b"{}",
                        headers={"Content-Length": length, "Content-Type": "application/json"})
        assert r.status_code in (400, 413), (length, r.status_code)


# --- URLs -------------------------------------------------------------------------------------


def test_api_ingest_never_fetches_urls(client: TestClient) -> None:
    """The API stores articles it is given; ``url`` is provenance, never fetched, and an
    article that is only a URL is refused."""
    auth = {"Authorization": f"Bearer {TOKEN}"}
    for url in ("http://127.0.0.1:1/", "file:///etc/passwd", "http://169.254.169.254/"):
        r = client.post("/api/articles", json={"articles": [{"url": url}]}, headers=auth)
        assert r.status_code == 422, (url, r.status_code)
    r = client.post("/api/extract", json={"url": "http://127.0.0.1/"})
    assert r.status_code == 422


@pytest.mark.parametrize("url", [
    "file:///etc/passwd", "ftp://example.org/x", "gopher://127.0.0.1:25/", "javascript:alert(1)",
    "http://127.0.0.1/", "http://localhost:8000/", "http://[::1]/", "http://10.0.0.1/",
    "http://192.168.1.1/", "http://169.254.169.254/latest/meta-data/", "http://0.0.0.0/",
    "http://2130706433/", "http://0x7f.0.0.1/", "http://[::ffff:127.0.0.1]/",
])
def test_fetcher_refuses_non_http_and_private_urls(url: str) -> None:
    from marsad.store.fetch import FetchPolicy, check_url

    with pytest.raises(Exception) as info:
        check_url(url, FetchPolicy())
    assert "refusing" in str(info.value) or "cannot resolve" in str(info.value), info.value
