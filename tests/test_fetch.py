"""URL ingest against a local HTTP server: limits, redirects and SSRF refusals.

Everything runs on 127.0.0.1 (a thread, random port) — no internet. Because the server is on
loopback, fetching it needs ``allow_private``; without it the same URL must be refused.
"""

from __future__ import annotations

import socket
import sqlite3
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest

from marsad import cli
from marsad.errors import (
    FetchError,
    FetchTimeoutError,
    FetchTooLargeError,
    MarsadError,
    TooManyRedirectsError,
    UnsafeURLError,
)
from marsad.inputs import SourceOptions
from marsad.inputs import fetch as fetch_module
from marsad.inputs.fetch import FetchPolicy, fetch, normalise_url, url_id
from marsad.store.codec import unpack
from marsad.store.ingest import ingest

PAGE = """<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>وزير الخارجية يزور بغداد</title></head><body><nav>الرئيسية | أخبار | رياضة</nav>
<article><h1>وزير الخارجية يزور بغداد</h1>
<p>وصل وزير الخارجية إلى بغداد صباح اليوم في زيارة رسمية تستمر يومين، يلتقي خلالها رئيس
الوزراء العراقي وعددا من المسؤولين لبحث العلاقات الثنائية وسبل تعزيز التعاون الاقتصادي.</p>
<p>وقال المتحدث باسم الوزارة إن الزيارة تأتي في إطار جهود دعم الاستقرار في المنطقة، مشيرا
إلى أن الجانبين سيوقعان عددا من مذكرات التفاهم في مجالات الطاقة والتجارة والنقل.</p>
</article></body></html>"""

FEED = """<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>محلي</title>
<item><guid>local-1</guid><title>زيارة بغداد</title><link>{base}/page</link>
<description>ملخص قصير جدا</description></item></channel></rss>"""

BIG = 11 * 1024 * 1024  # beyond the default 10 MB cap


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.0"

    def log_message(self, format: str, *args: Any) -> None:  # quiet test output
        pass

    def _send(self, status: int, body: bytes, ctype: str = "text/html; charset=utf-8",
              headers: dict[str, str] | None = None, length: bool = True) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        if length:
            self.send_header("Content-Length", str(len(body)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        path = self.path
        if path.startswith("/page"):
            self._send(200, PAGE.encode())
        elif path == "/r1":
            self._send(302, b"", headers={"Location": "/r2"})
        elif path == "/r2":
            target = f"http://127.0.0.1:{self.server.server_port}/page"
            self._send(301, b"", headers={"Location": target})
        elif path == "/loop":
            self._send(302, b"", headers={"Location": "/loop"})
        elif path == "/to-file":
            self._send(302, b"", headers={"Location": "file:///etc/passwd"})
        elif path == "/to-metadata":
            self._send(302, b"", headers={"Location": "http://169.254.169.254/latest/meta-data"})
        elif path == "/big":  # no Content-Length: only the streaming cap can stop it
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            chunk = b"<p>" + "نص ".encode() * 20_000 + b"</p>"
            sent = 0
            try:
                while sent < BIG:
                    self.wfile.write(chunk)
                    sent += len(chunk)
            except (BrokenPipeError, ConnectionResetError):
                pass
        elif path == "/big-declared":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(BIG))
            self.end_headers()
            self.wfile.write(b"<p>short</p>")
        elif path == "/slow":
            time.sleep(3)
            self._send(200, PAGE.encode())
        elif path == "/feed":
            base = f"http://127.0.0.1:{self.server.server_port}"
            self._send(200, FEED.format(base=base).encode(), ctype="application/rss+xml")
        elif path == "/404":
            self._send(404, b"missing")
        else:
            self._send(404, b"no such path")


class QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Clients hanging up mid-response (the size cap, timeouts) is the point here."""


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = QuietServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_port}"
    finally:
        httpd.shutdown()
        httpd.server_close()


LOCAL = FetchPolicy(allow_private=True)


def test_fetch_page_and_redirect_chain(server: str) -> None:
    page = fetch(f"{server}/page", LOCAL)
    assert page.status == 200 and "وزير الخارجية".encode() in page.content
    chained = fetch(f"{server}/r1", LOCAL)
    assert chained.url == f"{server}/page" and chained.redirects == [f"{server}/r2",
                                                                     f"{server}/page"]


def test_loopback_refused_without_allow_private(server: str) -> None:
    with pytest.raises(UnsafeURLError, match="loopback") as info:
        fetch(f"{server}/page")
    assert str(info.value).startswith("[E041]") and "--allow-private" in str(info.value)


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://127.0.0.1/x", "gopher://a/b",
                                 "http:///nohost"])
def test_only_http_and_https(url: str) -> None:
    with pytest.raises(UnsafeURLError):
        fetch(url, LOCAL)


def test_redirects_are_rechecked(server: str) -> None:
    with pytest.raises(UnsafeURLError, match="only http and https"):
        fetch(f"{server}/to-file", LOCAL)
    with pytest.raises(TooManyRedirectsError, match="more than 5 redirects"):
        fetch(f"{server}/loop", LOCAL)


def test_redirect_to_private_address_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    """A public site redirecting to the cloud metadata address: refused before the request.

    No internet here, so the public site is an httpx MockTransport and its DNS answer is
    patched; the refusal itself is the real check on the real redirect target.
    """
    real = socket.getaddrinfo

    def fake_dns(host: str, *args: Any, **kwargs: Any) -> Any:
        if host == "news.example":
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("93.184.216.34", 80))]
        return real(host, *args, **kwargs)

    monkeypatch.setattr(fetch_module.socket, "getaddrinfo", fake_dns)
    requested: list[str] = []

    def site(request: httpx.Request) -> httpx.Response:
        requested.append(str(request.url))
        if request.url.path == "/article":
            return httpx.Response(302, headers={"Location": "http://169.254.169.254/latest"})
        if request.url.path == "/to-local":
            return httpx.Response(302, headers={"Location": "http://127.0.0.1:9/admin"})
        return httpx.Response(200, html=PAGE)

    client = httpx.Client(transport=httpx.MockTransport(site), follow_redirects=False)
    assert fetch("http://news.example/ok", FetchPolicy(), client).status == 200
    with pytest.raises(UnsafeURLError, match=r"169\.254\.169\.254 is a link-local"):
        fetch("http://news.example/article", FetchPolicy(), client)
    with pytest.raises(UnsafeURLError, match=r"127\.0\.0\.1 is a loopback"):
        fetch("http://news.example/to-local", FetchPolicy(), client)
    assert not any("169.254" in u or "127.0.0.1" in u for u in requested)


def test_every_resolved_address_is_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    def two_answers(host: str, *args: Any, **kwargs: Any) -> Any:
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("93.184.216.34", 80)),
                (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("10.1.2.3", 80))]

    monkeypatch.setattr(fetch_module.socket, "getaddrinfo", two_answers)
    with pytest.raises(UnsafeURLError, match=r"10\.1\.2\.3 is a private"):
        fetch("http://mixed.example/", FetchPolicy())
    for literal in ("http://[::1]/", "http://[::ffff:127.0.0.1]/", "http://0.0.0.0/",
                    "http://224.0.0.1/", "http://100.64.0.1/"):
        monkeypatch.setattr(fetch_module.socket, "getaddrinfo", real_getaddrinfo)
        with pytest.raises(UnsafeURLError):
            fetch(literal, FetchPolicy())


real_getaddrinfo = socket.getaddrinfo


def test_oversized_responses_are_aborted(server: str) -> None:
    with pytest.raises(FetchTooLargeError, match="10,485,760-byte limit") as info:
        fetch(f"{server}/big", LOCAL)
    assert "aborted" in str(info.value) and str(info.value).startswith("[E042]")
    with pytest.raises(FetchTooLargeError, match="exceeds"):
        fetch(f"{server}/big-declared", LOCAL)


def test_slow_response_times_out(server: str) -> None:
    started = time.monotonic()
    with pytest.raises(FetchTimeoutError, match="timed out reading") as info:
        fetch(f"{server}/slow", FetchPolicy(allow_private=True, read_timeout=0.5))
    assert time.monotonic() - started < 2.5 and str(info.value).startswith("[E043]")


def test_http_errors_are_fetch_errors(server: str) -> None:
    with pytest.raises(FetchError, match="HTTP 404"):
        fetch(f"{server}/404", LOCAL)
    with pytest.raises(MarsadError):
        fetch("http://127.0.0.1:1/closed-port", LOCAL)


def test_url_ids_are_stable() -> None:
    assert normalise_url("HTTP://News.Example:80/a?x=1#frag") == "http://news.example/a?x=1"
    assert url_id("http://news.example") == url_id("http://NEWS.example/")
    assert url_id("http://news.example/a").startswith("url-")


def test_url_ingest(server: str, tmp_path: Path) -> None:
    db = tmp_path / "u.db"
    allow = SourceOptions(allow_private=True)
    summary = ingest([f"{server}/page", f"{server}/r1"], db, workers=1, progress=False,
                     options=allow)
    # /r1 ends at the same page: same id, so the second is a duplicate
    assert (summary.read, summary.new, summary.duplicate, summary.failed) == (2, 1, 1, 0)
    conn = sqlite3.connect(db)
    aid, url, packed = conn.execute("SELECT id, url, text FROM articles").fetchone()
    text = unpack(packed)
    conn.close()
    assert aid == url_id(f"{server}/page") and url == f"{server}/page"
    assert "بغداد" in text and "الرئيسية" not in text
    again = ingest([f"{server}/page"], db, workers=1, progress=False, options=allow)
    assert (again.new, again.duplicate) == (0, 1)


def test_url_ingest_refusals_are_reported(server: str, tmp_path: Path) -> None:
    db = tmp_path / "r.db"
    summary = ingest([f"{server}/page", "file:///etc/passwd", "ftp://127.0.0.1/a.html"],
                     db, workers=1, progress=False)
    assert (summary.new, summary.failed) == (0, 3)
    reasons = [r for _, r in summary.failures]
    assert "[E041]" in reasons[0] and "loopback" in reasons[0]
    assert all("only http and https" in r for r in reasons[1:])
    big = ingest([f"{server}/big", f"{server}/to-metadata"], db, workers=1, progress=False,
                 options=SourceOptions(allow_private=True))
    assert big.failed == 2 and "[E042]" in big.failures[0][1]
    slow = ingest([f"{server}/slow"], db, workers=1, progress=False,
                  options=SourceOptions(allow_private=True,
                                        limits=FetchPolicy(read_timeout=0.5)))
    assert slow.failed == 1 and "[E043]" in slow.failures[0][1]


def test_feed_url_with_fetch_links_via_cli(server: str, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "c.db"
    assert cli.main(["ingest", f"{server}/feed", "--db", str(db), "--workers", "1",
                          "--quiet", "--allow-private", "--fetch-links"]) == 0
    conn = sqlite3.connect(db)
    aid, url, packed = conn.execute("SELECT id, url, text FROM articles").fetchone()
    text = unpack(packed)
    conn.close()
    assert (aid, url) == ("local-1", f"{server}/page") and "مذكرات التفاهم" in text
    capsys.readouterr()
    assert cli.main(["ingest", f"{server}/feed", "--db", str(tmp_path / "d.db"),
                          "--workers", "1", "--quiet"]) == 1
    assert "[E041]" in capsys.readouterr().out
