"""Real-browser tests: Playwright driving Debian's Chromium (/usr/bin/chromium, installed by
scripts/install_browser.sh — never Playwright's own browser download) against a live
uvicorn server on 127.0.0.1. Every request is routed: anything not for the test server is
aborted and fails the test, and so does any console error (CSP violations included)."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import urlsplit

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.slow]

CHROMIUM = Path("/usr/bin/chromium")
ROOT = Path(__file__).resolve().parents[1]
SCREENSHOTS = ROOT / "test-artifacts" / "screenshots"
# Layout screenshots (both viewports) go outside the tree: uncommitted artefacts.
LAYOUT_SHOTS = Path("/tmp/marsad-shots/layout")
VIEWPORTS = ((1440, 900), (390, 844))
FIXTURES = Path(__file__).parent / "fixtures" / "web"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]

if not CHROMIUM.exists():
    pytest.skip("no /usr/bin/chromium: run scripts/install_browser.sh (CI does)",
                allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright")
uvicorn = pytest.importorskip("uvicorn")



def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, web_corpus: ModuleType) -> Iterator[str]:
    from marsad.web.app import create_app

    db = web_corpus.build(tmp_path_factory.mktemp("browser"))
    port = _free_port()
    config = uvicorn.Config(create_app(db, use_env_token=False), host="127.0.0.1", port=port,
                            log_level="warning", lifespan="off")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@dataclass
class Watch:
    """What the page did that a test must see: console errors, requests and who they went to."""

    base: str
    errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    blocked: list[str] = field(default_factory=list)

    def assert_clean(self) -> None:
        assert not self.blocked, f"requests left 127.0.0.1: {self.blocked}"
        assert not self.errors, f"console errors: {self.errors}"
        for url in self.requests:
            assert urlsplit(url).hostname == "127.0.0.1", url


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as pw:
        instance = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        yield instance
        instance.close()


@pytest.fixture()
def page(browser: Any, server: str) -> Iterator[tuple[Any, Watch]]:
    context = browser.new_context(locale="ar", viewport={"width": 1280, "height": 900})
    watch = Watch(server)
    host = urlsplit(server).hostname

    def route(r: Any) -> None:
        url = r.request.url
        watch.requests.append(url)
        if urlsplit(url).hostname != host:
            watch.blocked.append(url)
            r.abort()
        else:
            r.continue_()

    context.route("**/*", route)
    pg = context.new_page()
    pg.on("console", lambda msg: watch.errors.append(msg.text) if msg.type == "error" else None)
    pg.on("pageerror", lambda exc: watch.errors.append(str(exc)))
    yield pg, watch
    context.close()


def _shot(pg: Any, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    pg.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


def test_every_page_loads_clean(page: tuple[Any, Watch], server: str) -> None:
    pg, watch = page
    for path, name in (("/", "home"), ("/search?q=%D8%B3%D9%88%D8%B1%D9%8A%D8%A7", "search"),
                       ("/map", "map"), ("/map?view=world", "map-world"),
                       ("/entities/gpe:baghouz", "entity-baghouz"), ("/extract", "extract-empty"),
                       ("/docs", "docs"), ("/articles/web-hostile-1", "article-hostile"),
                       ("/claims", "claims"), ("/events", "events"),
                       ("/entities/gpe:douma", "entity-douma")):
        response = pg.goto(server + path)
        assert response is not None and response.status == 200, path
        assert pg.locator("html").get_attribute("dir") == "rtl"
        _shot(pg, name)
    watch.assert_clean()
    assert any(u.endswith("/static/app.js") for u in watch.requests)
    assert any(u.endswith("/static/style.css") for u in watch.requests)


def test_hostile_markup_stays_text(page: tuple[Any, Watch], server: str) -> None:
    pg, watch = page
    dialogs: list[str] = []
    pg.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    pg.goto(server + "/articles/web-hostile-1")
    assert "<script>alert('xss')</script>" in pg.locator("#article-body").inner_text()
    assert pg.locator("#article-body script, #article-body img").count() == 0
    assert not dialogs
    watch.assert_clean()


def test_search_to_article_to_entity(page: tuple[Any, Watch], server: str) -> None:
    pg, watch = page
    pg.goto(server + "/search")
    pg.fill("form.filters input[name=q]", "قسد")
    pg.click("form.filters button[type=submit]")
    pg.wait_for_selector(".hit")
    assert pg.locator(".hit mark").count() > 0
    _shot(pg, "search-qsd")
    pg.locator(".hit h3 a", has_text="التحالف الدولي").first.click()
    pg.wait_for_selector("#article-body")
    assert pg.locator("#article-body a.ent[data-ent='org:sdf']").count() >= 2
    assert pg.locator("aside.panel").is_visible()
    pg.click("button[data-toggle=ent]")  # app.js ran: toggling hides entity highlights
    assert "hide-ent" in (pg.locator("#article-body").get_attribute("class") or "")
    pg.click("button[data-toggle=ent]")
    _shot(pg, "article-seed")
    pg.locator("#article-body a.ent[data-ent='org:sdf']").first.click()
    pg.wait_for_selector("svg.timeline")
    assert "قوات سوريا الديمقراطية" in pg.locator("h1").inner_text()
    _shot(pg, "entity-sdf")
    watch.assert_clean()


def test_search_suggests_names_and_reads_them(page: tuple[Any, Watch], server: str) -> None:
    """app.js fills the entity filter's datalist from /api/entities/suggest (same origin,
    allowed by the CSP); a name typed there filters like the id; "SDF" is read as the SDF."""
    pg, watch = page
    pg.goto(server + "/search")
    pg.locator("form.filters input[name=entity]").press_sequentially("قس", delay=50)
    pg.wait_for_selector("#suggest-entity option[value='org:sdf']", state="attached")
    assert any(u.split("?")[0].endswith("/api/entities/suggest") for u in watch.requests)
    pg.fill("form.filters input[name=entity]", "قسد")
    pg.click("form.filters button[type=submit]")
    pg.wait_for_selector(".hit")
    assert "entity=" in pg.url and pg.locator(".result-count b").inner_text() != "0"
    pg.goto(server + "/search?q=SDF")
    pg.wait_for_selector(".understood a[href='/entities/org:sdf']")
    pg.fill("form.filters input[name=q]", "SDF Raq")
    pg.wait_for_selector("#suggest-q option[value='SDF Raqqa']", state="attached")
    _shot(pg, "search-sdf")
    watch.assert_clean()


def test_extract_page_highlights_the_seed(seed_text: str, page: tuple[Any, Watch],
                                          server: str) -> None:
    pg, watch = page
    seed = seed_text
    pg.goto(server + "/extract")
    pg.fill("#extract-text", seed)
    assert "حرف" in pg.locator("#char-count").inner_text()  # app.js counter is live
    pg.click("#extract-form button[type=submit]")
    pg.wait_for_selector("#article-body")
    links = pg.locator("#article-body a.ent[data-ent='org:sdf']")
    sdf = [t.strip() for t in links.all_inner_texts()]
    assert any("قسد" in t for t in sdf), sdf
    assert "قوات سوريا الديمقراطية" in sdf, sdf
    _shot(pg, "extract-seed")
    api = pg.request.post(server + "/api/extract", data={"text": seed}).json()
    watch.assert_clean()
    if not api.get("quantities"):
        pytest.skip("extract JSON has no quantities yet (stage not wired): 900 not checked")
    figures = pg.locator("#article-body .qt").all_inner_texts()
    assert any("900" in f for f in figures), figures
    if not api.get("statements"):
        pytest.skip("extract JSON has no statements yet (stage not wired): panel not checked")
    assert pg.locator("aside.panel li.statement").count() >= 1
    assert pg.locator("#article-body .st").count() >= 1


def test_claims_click_through(page: tuple[Any, Watch], server: str) -> None:
    """Home → claims (nav) → conflicting Douma group → article with its event triggers."""
    pg, watch = page
    pg.goto(server + "/")
    assert pg.locator("svg.timeline rect.seg").count() > 0  # event timeline by type
    pg.click("header nav a[href='/claims']")
    pg.wait_for_selector("form.filters")
    pg.fill("form.filters input[name=q]", "دوما")
    pg.check("form.filters input[name=conflicts]")
    pg.click("form.filters button[type=submit]")
    pg.wait_for_selector(".claim-group.has-conflict")
    assert "conflicts=1" in pg.url
    group = pg.locator(".claim-group.has-conflict", has_text="قتلى في دوما").first
    assert group.locator(".conflict-flag").first.is_visible()
    assert group.locator("tr.in-conflict").count() >= 2
    _shot(pg, "claims-douma")
    group.locator("tr.in-conflict td a[href^='/articles/']").first.click()
    pg.wait_for_selector("#article-body")
    assert pg.locator("#article-body .ev").count() >= 1
    pg.click("button[data-toggle=ev]")
    assert "hide-ev" in (pg.locator("#article-body").get_attribute("class") or "")
    watch.assert_clean()


def _router(watch: Watch, host: str | None) -> Any:
    """A route handler (one argument: Playwright passes the request too to two-argument
    handlers) that records every request and aborts those not for the test server."""
    def route(r: Any) -> None:
        watch.requests.append(r.request.url)
        if urlsplit(r.request.url).hostname != host:
            watch.blocked.append(r.request.url)
            r.abort()
        else:
            r.continue_()
    return route


def _console(watch: Watch) -> Any:
    def on_console(message: Any) -> None:
        if message.type == "error":
            watch.errors.append(message.text)
    return on_console


def test_no_page_scrolls_sideways(browser: Any, server: str) -> None:
    """Issue 20: at 1440×900 and 390×844 no page is wider than the window (the nav wraps,
    tables become cards, the article panel is no scroll box of its own on a phone); no
    console error, nothing requested off 127.0.0.1."""
    host = urlsplit(server).hostname
    LAYOUT_SHOTS.mkdir(parents=True, exist_ok=True)
    for width, height in VIEWPORTS:
        context = browser.new_context(locale="ar", viewport={"width": width, "height": height})
        watch = Watch(server)

        context.route("**/*", _router(watch, host))
        pg = context.new_page()
        pg.on("console", _console(watch))
        pg.on("pageerror", lambda exc, w=watch: w.errors.append(str(exc)))
        seed = pg.request.get(server + "/api/search?q=%D9%82%D8%B3%D8%AF").json()["items"][0]
        for path, name in (("/", "home"), ("/search?q=%D9%82%D8%B3%D8%AF", "search"),
                           ("/events", "events"), ("/events?status=all&sort=confidence",
                                                   "events-all"),
                           ("/claims", "claims"), ("/articles/" + seed["id"], "article"),
                           ("/articles/web-hostile-1", "article-hostile"),
                           ("/entities/org:sdf", "entity"), ("/entities", "entities"),
                           ("/extract", "extract"), ("/docs", "docs"), ("/map", "map")):
            response = pg.goto(server + path)
            assert response is not None and response.status == 200, path
            scroll, inner = pg.evaluate(
                "[document.documentElement.scrollWidth, window.innerWidth]")
            pg.screenshot(path=str(LAYOUT_SHOTS / f"{name}-{width}.png"), full_page=True)
            assert scroll <= inner + 1, (path, width, scroll, inner)
            if path.startswith("/articles/") and width < 900:
                overflow = pg.evaluate(
                    "getComputedStyle(document.querySelector('aside.panel')).overflowY")
                assert overflow == "visible", overflow  # no nested scroll box on a phone
        watch.assert_clean()
        context.close()


def test_highlight_follows_keyboard_focus(page: tuple[Any, Watch], server: str) -> None:
    """Tabbing onto an entity lights all its mentions, as hovering does."""
    pg, watch = page
    pg.goto(server + "/search?q=%D9%82%D8%B3%D8%AF")
    pg.locator(".hit h3 a", has_text="التحالف الدولي").first.click()
    pg.wait_for_selector("#article-body")
    links = pg.locator("#article-body a.ent[data-ent='org:sdf']")
    assert links.count() >= 2
    links.first.focus()
    assert pg.locator("#article-body a.ent.lit[data-ent='org:sdf']").count() == links.count()
    pg.locator("aside.panel a[data-ent='org:sdf']").first.focus()
    assert pg.locator("#article-body a.ent.lit").count() == links.count()
    pg.locator("header a.brand").focus()
    assert pg.locator("#article-body a.ent.lit").count() == 0
    watch.assert_clean()
