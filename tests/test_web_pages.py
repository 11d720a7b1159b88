"""Server-rendered pages: RTL markup, escaping of hostile article text, highlights, no
external assets, no inline script (the CSP would block it anyway)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from urllib.parse import quote

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient

from marsad.web.app import create_app
from marsad.web.pages import highlight, snippet_html

FIXTURES = Path(__file__).parent / "fixtures" / "web"
INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=\"/static/)[^>]*>", re.I)
EXTERNAL = re.compile(r"""(?:src|href)=["'](?:https?:)?//""", re.I)
# The one outbound URL a page may carry: the article's own source link (a plain anchor,
# nothing is loaded from it); everything else must be local.
SOURCE_LINK = re.compile(r'<a href="https?://[^"<>]*" rel="noopener noreferrer nofollow" '
                         r'dir="ltr">المصدر</a>')
# ... and an entity's Wikidata page (a plain anchor to a well-formed Q-id).
WIKIDATA_LINK = re.compile(r'<a class="wikidata" href="https://www\.wikidata\.org/wiki/Q[0-9]+" '
                           r'rel="noopener noreferrer nofollow" dir="ltr">')



@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory,
        web_corpus: ModuleType) -> Iterator[TestClient]:
    corpus = web_corpus
    db = corpus.build(tmp_path_factory.mktemp("pages"))
    with TestClient(create_app(db, use_env_token=False)) as c:
        yield c


@pytest.fixture(scope="module")
def seed_id(client: TestClient) -> str:
    hits = client.get("/api/search", params={"q": "قسد"}).json()["items"]
    return str(next(h["id"] for h in hits if "التحالف" in (h["title"] or "")))


def _page(client: TestClient, url: str) -> str:
    r = client.get(url)
    assert r.status_code == 200, (url, r.status_code)
    assert r.headers["content-type"].startswith("text/html")
    html = r.text
    assert '<html lang="ar" dir="rtl">' in html
    assert not INLINE_SCRIPT.search(html), url
    assert not EXTERNAL.search(WIKIDATA_LINK.sub("", SOURCE_LINK.sub("", html))), url
    assert not re.search(r"<[^>]+\son[a-z]+=", html), url  # no inline event handlers
    assert not re.search(r"<[^>]+\sstyle=", html), url  # CSP style-src 'self'
    return html


def test_every_page_renders(client: TestClient, seed_id: str) -> None:
    for url in ("/", "/search", "/search?q=%D8%B3%D9%88%D8%B1%D9%8A%D8%A7", f"/articles/{seed_id}",
                "/entities/org:sdf", "/entities/gpe:baghouz", "/map", "/map?view=world",
                "/extract", "/docs", "/claims", "/claims?conflicts=1",
                "/claims?q=" + quote("دوما"), "/events", "/events?type=ASSAULT",
                "/events?entity=gpe:douma&from=2018-04-01&to=2018-04-30", "/events?page=2"):
        _page(client, url)


def test_home_has_stats_latest_and_top_entities(client: TestClient) -> None:
    html = _page(client, "/")
    assert "أحدث المقالات" in html and "أكثر الكيانات ذكراً" in html
    assert 'href="/entities/org:sdf"' in html or 'href="/entities/gpe:syria"' in html


def test_hostile_article_renders_as_text(client: TestClient) -> None:
    html = _page(client, "/articles/web-hostile-1")
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt;" in html
    assert "&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;" in html  # the title too
    assert "javascript:" not in html  # a javascript: source URL is never linked
    listing = _page(client, "/")
    assert "<script>alert" not in listing
    results = _page(client, "/search?q=" + quote("المستخدمين"))
    assert "<script>alert" not in results


def test_article_page_highlights_and_panel(client: TestClient, seed_id: str) -> None:
    html = _page(client, f"/articles/{seed_id}")
    sdf_links = re.findall(r'<a class="ent t-ORG" href="/entities/org:sdf"[^>]*>([^<]+)</a>',
                           html)
    assert any("قسد" in text for text in sdf_links), sdf_links
    assert 'class="card panel"' in html and "الكيانات" in html
    assert "<details class=\"removed\">" in html
    api = client.get(f"/api/articles/{seed_id}").json()
    if api["quantities"]:
        assert 'class="qt"' in html
    if api["statements"]:
        assert 'class="st st-' in html and 'class="statement"' in html


def test_entity_page(client: TestClient) -> None:
    html = _page(client, "/entities/org:sdf")
    assert "قوات سوريا الديمقراطية" in html and "Syrian Democratic Forces" in html
    assert "قسد" in html  # a KB alias
    assert '<svg class="timeline"' in html
    place = _page(client, "/entities/gpe:baghouz")
    assert '<svg class="map"' in place and "<circle" in place
    missing = client.get("/entities/none:such")
    assert missing.status_code == 404 and 'dir="rtl"' in missing.text


def test_map_page(client: TestClient) -> None:
    html = _page(client, "/map")
    assert html.count("<path class=\"land") > 20
    assert 'href="/entities/gpe:baghouz"' in html
    assert re.search(r'class="land l[1-4]"', html)  # mentioned states are shaded


def test_search_page_highlights_snippets(client: TestClient) -> None:
    html = _page(client, "/search?q=%D9%82%D8%B3%D8%AF")
    assert "<mark>" in html
    bad = _page(client, "/search?q=x&from=2020-99-99")
    assert "تاريخ غير صالح" in bad


def test_search_page_explains_an_entity_query(client: TestClient) -> None:
    api = client.get("/api/search", params={"q": "SDF", "limit": 100}).json()
    html = _page(client, "/search?q=SDF")
    assert f"<b>{api['total']}</b> نتيجة" in html and api["total"] > 0
    assert "فُهم البحث على أنه:" in html
    assert 'href="/entities/org:sdf"' in html and "قوات سوريا الديمقراطية" in html
    assert 'href="/search?q=SDF&amp;literal=1"' in html and "ابحث عن الكلمات حرفياً" in html
    assert html.count('<article class="hit">') == api["total"]
    assert 'href="/api/search/export?q=SDF&amp;format=csv"' in html
    assert 'href="/api/search/export?q=SDF&amp;format=jsonl"' in html
    for heading in ("المصادر", "الأشهر", "كيانات مذكورة معها"):
        assert f"<h3>{heading}</h3>" in html, heading
    month = re.search(r'href="/search\?q=SDF&amp;from=(\d{4}-\d\d)-01&amp;to=\1-\d\d"', html)
    assert month, "no month facet link"
    assert re.search(r'href="/search\?q=SDF&amp;entity=[a-z]+%3A[^"]+"', html)  # co-mentioned
    assert 'list="suggest-q"' in html and '<datalist id="suggest-q">' in html
    assert 'list="suggest-entity"' in html and '<datalist id="suggest-entity">' in html
    literal = _page(client, "/search?q=SDF&literal=1")
    assert "<b>0</b> نتيجة" in literal and "فُهم البحث" not in literal
    assert "بحث حرفي" in literal and 'href="/search?q=SDF"' in literal
    assert 'name="literal" value="1" checked' in literal


def test_search_page_candidates_sort_and_sources(client: TestClient) -> None:
    api = client.get("/api/search", params={"q": "Assad oil"}).json()
    html = _page(client, "/search?q=" + quote("Assad oil"))
    for reading in api["understood"]:
        for candidate in reading["candidates"]:  # re-run for that entity, the other words kept
            assert f'href="/search?q=oil&amp;entity={quote(candidate["id"])}"' in html
    newest = _page(client, "/search?q=" + quote("سوريا") + "&sort=date")
    assert '<option value="date" selected>الأحدث</option>' in newest
    days = re.findall(r'<p class="meta">(?:<bdi[^>]*>)?(\d{4}-\d\d-\d\d)', newest)
    assert days and days == sorted(days, reverse=True)
    hits = client.get("/api/search", params={"q": "سوريا", "limit": 100}).json()["items"]
    a, b = sorted({h["source"] for h in hits if h["source"]})[:2]
    want = client.get("/api/search", params={"q": "سوريا", "source": [a, b]}).json()["total"]
    both = _page(client, f"/search?q={quote('سوريا')}&source={quote(a)}&source={quote(b)}")
    assert f"<b>{want}</b> نتيجة" in both
    assert f'<option value="{a}" selected>' in both and f'<option value="{b}" selected>' in both
    assert "&amp;source=" + quote(a).replace("%20", "+") in both  # kept in the links
    named = _page(client, "/search?entity=" + quote("قسد"))
    by_id = client.get("/api/search", params={"entity": "org:sdf"}).json()["total"]
    assert f"<b>{by_id}</b> نتيجة" in named


def test_events_page_entity_filter_takes_a_name(client: TestClient) -> None:
    by_id = client.get("/api/events", params={"entity": "gpe:douma"}).json()["total"]
    assert by_id > 0
    for name in ("دوما", "Douma"):
        html = _page(client, "/events?entity=" + quote(name))
        assert f"{by_id} حدث" in html, name
    assert 'list="suggest-entity"' in _page(client, "/events")


def test_extract_form_post(seed_text: str, client: TestClient) -> None:
    seed = seed_text
    r = client.post("/extract", data={"text": seed, "kind": "text", "published": ""})
    assert r.status_code == 200
    assert 'href="/entities/org:sdf"' in r.text
    empty = client.post("/extract", data={"text": "  ", "kind": "text"})
    assert empty.status_code == 422 and 'class="error"' in empty.text


def test_highlight_is_well_nested_and_escaped() -> None:
    data = {
        "text": "قال <b>زيد</b> إن 900 جندي",
        "entities": [{"id": "per:x", "type": "PER", "name_ar": "زيد",
                      "mentions": [{"start": 7, "end": 10, "text": "زيد"}]}],
        "quantities": [{"start": 18, "end": 25, "text": "900 جندي", "value": 900.0}],
        "statements": [{"start": 0, "end": 25, "stance": "assert", "speaker": {"text": "زيد"}}],
        "times": [{"start": 5, "end": 99, "text": "bad offsets"}],
    }
    html = str(highlight(data))
    assert "&lt;b&gt;" in html and "<b>" not in html
    assert html.count("<span") == html.count("</span>")
    assert html.count("<a ") == html.count("</a>") == 1
    assert re.sub(r"<[^>]+>", "", html).replace("&lt;", "<").replace("&gt;", ">") == data["text"]


def test_snippet_markup_only_from_markers() -> None:
    assert str(snippet_html("<i>x</i> [[قسد]]")) == "&lt;i&gt;x&lt;/i&gt; <mark>قسد</mark>"


def test_home_event_timeline_legend_and_latest_events(client: TestClient) -> None:
    html = _page(client, "/")
    svg = html[html.index('<svg class="timeline"'):]
    svg = svg[:svg.index("</svg>")]
    assert 'class="bar seg ev-ASSAULT"' in svg  # stacked by PLOVER type
    assert re.search(r'<a href="/events\?from=\d{4}-\d\d-\d\d&amp;to=\d{4}-\d\d-\d\d">', svg)
    assert 'class="evlegend"' in html and 'class="evchip ev-ASSAULT"' in html
    assert "أحدث الأحداث" in html and 'class="event"' in html
    assert re.search(r'href="/articles/[^"#]+#t\d+"', html)  # linked to the trigger


def test_event_list_filters(client: TestClient) -> None:
    html = _page(client, "/events?type=ASSAULT&from=2018-04-07&to=2018-04-08")
    assert 'class="evchip ev-ASSAULT"' in html and "ev-ACCUSE\"" not in html
    api = client.get("/api/events", params={"type": "ASSAULT", "from": "2018-04-07",
                                            "to": "2018-04-08"}).json()
    assert api["total"] >= 1 and f"{api['total']} حدث" in html
    bad = _page(client, "/events?from=2018-99-01")
    assert "تاريخ غير صالح" in bad


def test_entity_page_events_only_of_that_entity(client: TestClient) -> None:
    html = _page(client, "/entities/gpe:douma")
    assert "الأحداث (فاعلاً أو هدفاً أو مكاناً)" in html
    assert html.count('<svg class="timeline"') == 3  # mentions, share of coverage, events
    assert "/events?from=" in html and "entity=gpe%3Adouma" in html
    rows = client.get("/api/events", params={"entity": "gpe:douma", "limit": 100}).json()
    assert rows["items"] and all("gpe:douma" in (e["actor"], e["target"], e["location"])
                                 for e in rows["items"])


def test_article_highlights_event_triggers(client: TestClient) -> None:
    aid = "BB-middleEast-308-20180408"
    data = client.get(f"/api/articles/{aid}").json()
    html = _page(client, f"/articles/{aid}")
    strong = [e for e in data["events"] if e.get("trigger")]
    assert strong
    first = strong[0]["trigger"]
    assert re.search(rf'<span class="ev ev-[A-Z]+" id="t{first["start"]}" data-ev="\d+"', html)
    assert 'data-toggle="ev"' in html and 'class="plain events"' in html
    assert f'href="#t{first["start"]}"' in html  # side panel links to the highlight


def test_claims_page_flags_the_douma_conflict(client: TestClient) -> None:
    html = _page(client, "/claims?conflicts=1&q=" + quote("دوما"))
    assert "قتلى في دوما" in html and "deaths in Douma" in html
    assert 'class="card claim-group has-conflict"' in html
    assert "⚠ أرقام متضاربة" in html and 'class="in-conflict"' in html
    assert "150" in html and ("42" in html or "48" in html)
    assert "بي بي سي عربي" in html and "سي إن إن بالعربية" in html  # outlets by display name
    assert 'href="/articles/BB-middleEast-308-20180408"' in html
    every = _page(client, "/claims")
    assert "أحداث نقلتها عدة مصادر" in every and "ev-ASSAULT" in every
    none = _page(client, "/claims?q=" + quote("لا يوجد شيء كهذا"))
    assert "لا مجموعات مطابقة" in none


def test_claims_page_escapes_the_query(client: TestClient) -> None:
    html = _page(client, "/claims?q=" + quote('<script>alert(1)</script>"'))
    assert "<script>alert(1)" not in html and "&lt;script&gt;" in html


def test_event_status_on_pages(mixed_status_db: Path) -> None:
    """The events page lists only new events unless asked; article panels label statuses."""
    with TestClient(create_app(mixed_status_db, use_env_token=False)) as c:
        default = _page(c, "/events")
        assert "قصفت" in default and "غارات على دوما" in default
        assert ">هجوم</a>" not in default and "خلفية</span>" not in default
        every = _page(c, "/events?status=all")
        for label in ("جديد", "خلفية", "مخطط/مُعلن", "منفي"):
            assert f">{label}</span>" in every, label
        assert ">هجوم</a>" in every
        planned = _page(c, "/events?status=planned")
        assert ">هجوم</a>" in planned and ">قصفت</a>" not in planned
        assert "حالة غير معروفة" in _page(c, "/events?status=bogus")
        article = _page(c, "/articles/st-a")
        for label in ("جديد", "خلفية", "مخطط/مُعلن", "منفي"):
            assert f">{label}</span>" in article, label
        assert "5 جريحاً" in re.sub(r"<[^>]+>", "", article)
        home = _page(c, "/")
        assert ">هجوم</a>" not in home and ">قصفت</a>" in home
    from marsad.web.api import Store

    days = Store(mixed_status_db).event_days()
    assert days == [("2018-04-07", "ASSAULT", 2)]
    assert sum(n for _, _, n in Store(mixed_status_db).event_days(status="all")) == 5


# --- issue 20: the analyst's daily pages --------------------------------------------------------

PAGES = ("/", "/search?q=" + quote("قسد"), "/events", "/events?status=all", "/claims",
         "/entities", "/entities?type=GPE", "/entities/org:sdf", "/extract", "/docs", "/map")


def test_entities_index_filters_and_pages(client: TestClient) -> None:
    html = _page(client, "/entities")
    api = client.get("/api/entities", params={"limit": 100}).json()
    assert f"<b>{_ltr(api['total'])}</b> كيان" in html
    assert 'href="/entities/org:sdf"' in html and 'name="country"' in html
    assert "قوات كردية" in html  # categories in Arabic, not kurdish_forces
    gpe = _page(client, "/entities?type=GPE&country=SY")
    rows = client.get("/api/entities", params={"type": "GPE", "country": "SY",
                                                "limit": 100}).json()
    assert rows["total"] and all(e["type"] == "GPE" and e["country"] == "SY"
                                 for e in rows["items"])
    assert f"<b>{_ltr(rows['total'])}</b> كيان" in gpe
    assert 'href="/entities/org:sdf"' not in gpe
    named = _page(client, "/entities?q=" + quote("دوما"))
    assert 'href="/entities/gpe:douma"' in named
    by_category = client.get("/api/entities", params={"category": "state"}).json()
    assert by_category["total"] and all(e["category"] == "state" for e in by_category["items"])
    if api["total"] > 50:
        assert "page=2" in html
        assert "page=1" in _page(client, "/entities?page=2")


def _ltr(n: int) -> str:
    return f'<bdi dir="ltr" class="v">{n:,}</bdi>'


def test_gzip_static_cache_and_head(client: TestClient) -> None:
    r = client.get("/claims", headers={"Accept-Encoding": "gzip"})
    assert r.headers.get("content-encoding") == "gzip" and "الأرقام" in r.text
    assert r.headers["content-security-policy"].startswith("default-src 'self'")
    plain = client.get("/claims", headers={"Accept-Encoding": "identity"})
    assert "content-encoding" not in plain.headers
    tiny = client.get("/health", headers={"Accept-Encoding": "gzip"})
    assert "content-encoding" not in tiny.headers  # under the 1 KB minimum
    for asset in ("/static/style.css", "/static/app.js"):
        cached = client.get(asset)
        assert cached.status_code == 200
        assert cached.headers["cache-control"] == "public, max-age=86400"
    for url in (*PAGES, "/articles/web-hostile-1", "/static/style.css"):
        head = client.head(url)
        assert head.status_code == 200, url
        assert head.content == b""


def test_events_table_sorts_filters_and_exports(client: TestClient) -> None:
    html = _page(client, "/events?status=all")
    for column in ("التاريخ", "النوع", "الفاعل", "الهدف", "المكان", "الضحايا", "المصدر",
                   "الحدث في النص", "الثقة", "الحالة"):
        assert f'<th scope="col">{column}' in html or f">{column}" in html, column
    assert 'class="events-table cards"' in html
    assert "/api/events/export?status=all&amp;format=csv" in html
    by_confidence = client.get("/api/events", params={"status": "all", "sort": "confidence",
                                                     "limit": 100}).json()["items"]
    values = [e["confidence"] for e in by_confidence]
    assert values == sorted(values, reverse=True)
    page = _page(client, "/events?status=all&sort=confidence")
    cells = re.findall(r'data-label="الثقة" class="nowrap"><bdi dir="ltr" class="v">([0-9.]+)<',
                       page)
    assert [float(v) for v in cells] == values[:len(cells)] and cells
    strict = client.get("/api/events", params={"min_confidence": 0.9}).json()["total"]
    assert f"{strict} حدث" in _page(client, "/events?min_confidence=0.9")
    assert "حد ثقة غير صالح" in _page(client, "/events?min_confidence=7")
    oldest = _page(client, "/events?sort=date_asc")
    days = re.findall(r'data-label="التاريخ" class="nowrap">(?:<a [^>]+>)?<bdi dir="ltr" '
                      r'class="v">([0-9-]{10})<', oldest)
    assert days == sorted(days) and days


def test_event_chips_meet_wcag_aa() -> None:
    css = (Path(__file__).parents[1] / "src/marsad/web/static/style.css").read_text()
    colours = dict(re.findall(r"\.ev-([A-Z]+) \{ --ev: (#[0-9a-f]{6}); \}", css))
    assert len(colours) >= 17

    def luminance(hex_colour: str) -> float:
        channels = [int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
        r, g, b = (c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
                   for c in channels)
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    for etype, colour in colours.items():
        ratio = 1.05 / (luminance(colour) + 0.05)  # white text on the chip
        assert ratio >= 4.5, (etype, colour, round(ratio, 2))


def test_bidi_values_are_isolated_and_spaced(client: TestClient) -> None:
    claims = _page(client, "/claims?conflicts=1&q=" + quote("دوما"))
    ranges = re.findall(r'<bdi dir="ltr" class="v">([0-9,]+)–([0-9,]+)</bdi>', claims)
    assert ranges
    for low, high in ranges:
        assert int(low.replace(",", "")) <= int(high.replace(",", ""))
    assert '<td data-label="التاريخ" class="nowrap"><bdi dir="ltr" class="v">' in claims
    home = _page(client, "/")
    assert re.search(r'<span>إلى <bdi dir="ltr" class="v">\d{4}-\d\d-\d\d</bdi></span>', home)
    article = client.get("/api/events", params={"status": "all", "limit": 100}).json()["items"]
    ids = {e["article_id"] for e in article if e["location"]}
    for aid in sorted(ids)[:5]:
        html = _page(client, "/articles/" + quote(aid))
        panel = html[html.index('<ul class="plain events">'):]
        panel = panel[:panel.index("</ul>")]
        for item in re.findall(r'<li class="event[^"]*"[^>]*>(.*?)</li>', panel, re.S):
            text = re.sub(r"<[^>]+>", "", item)
            # «سوريا2018-05-31ثقة 0.9»: no Arabic letter runs into a digit or vice versa
            assert not re.search(r"[\u0621-\u064a][0-9]|[0-9][\u0621-\u064a]", text), text
            assert not re.search(r"[a-z]«", text), text  # «reject«رفضت»»
    for word in (">attack<", ">aerial<", ">reject<"):
        assert word not in _page(client, "/events?status=all")


def test_article_view_shows_link_certainty() -> None:
    text = "قصفت قوات النظام مدينة دوما"
    data = {"text": text, "entities": [
        {"id": "gpe:douma", "type": "GPE", "name_ar": "دوما",
         "mentions": [{"start": 23, "end": 27, "how": "ner"}]},
        {"id": "org:x", "type": "ORG", "name_ar": "قوات النظام",
         "mentions": [{"start": 5, "end": 16, "how": "name"}]}],
        "events": [{"type": "ASSAULT", "trigger": {"text": "قصفت", "start": 0, "end": 4},
                    "confidence": 0.45, "status": "new"}]}
    html = str(highlight(data))
    assert 'class="ent t-GPE unsure"' in html and "تعرّف آلي" in html
    assert 'class="ent t-ORG"' in html
    assert 'class="ev ev-ASSAULT weak"' in html
    data["events"][0].update(confidence=0.9)
    assert 'class="ev ev-ASSAULT"' in str(highlight(data))
    data["events"][0].update(status="planned")
    assert "weak" in str(highlight(data))
    css = (Path(__file__).parents[1] / "src/marsad/web/static/style.css").read_text()
    assert "a.ent.unsure { border-bottom-style: dashed; }" in css
    assert ":focus-visible" in css
    js = (Path(__file__).parents[1] / "src/marsad/web/static/app.js").read_text()
    assert '"focus"' in js and '"blur"' in js


def test_home_intro_and_dense_timeline(client: TestClient) -> None:
    html = _page(client, "/")
    for q in ("قسد", "SDF", "الحوثيون"):
        assert f'href="/search?q={quote(q)}"' in html, q
    dense = re.search(r"بين <bdi dir=\"ltr\" class=\"v\">(\d{4}-\d\d-\d\d)</bdi> "
                      r"و<bdi dir=\"ltr\" class=\"v\">(\d{4}-\d\d-\d\d)</bdi>", html)
    assert dense
    first, last = dense.groups()
    published = sorted(a["published"] for a in client.get(
        "/api/articles", params={"limit": 100}).json()["items"] if a["published"])
    assert published[0] <= first <= last <= published[-1]
    ticks = re.findall(r'<text class="tick"[^>]*>(\d{4}-\d\d-\d\d)<', html)
    assert ticks and all(first <= t <= last for t in ticks), ticks


def test_every_reporting_stance_has_an_arabic_label() -> None:
    from marsad.lexicon import load_json
    from marsad.web.pages import STANCE_LABELS

    stances = {v.get("stance") for v in load_json("reporting_verbs.json")["verbs"]
               if isinstance(v, dict) and v.get("stance")}
    assert stances <= set(STANCE_LABELS)


# --- issue 20: the analyst's journeys ------------------------------------------------------


def _douma_assault(client: TestClient) -> dict[str, object]:
    """A Douma ASSAULT report of 7-8 April 2018: several outlets reported that incident."""
    items = client.get("/api/events", params={"place": "gpe:douma", "type": "ASSAULT",
                                              "status": "all", "min_confidence": 0.6,
                                              "limit": 100}).json()["items"]
    assert items and all(e["location"] == "gpe:douma" for e in items)
    return dict(next(e for e in items if (e["day"] or "").startswith("2018-04-0")))


def test_entity_page_context(client: TestClient) -> None:
    """Co-mentioned actors with counts, top outlets (display names), statements by and
    about it, who-acts-on-whom, a Wikidata link, one x-range for both charts."""
    html = _page(client, "/entities/org:sdf")
    assert "يُذكر معه" in html and "مقال مشترك" in html
    assert re.search(r'<ul class="plain neighbours">.*href="/entities/gpe:syria"', html, re.S)
    assert "أكثر المصادر تغطية" in html and "سكاي نيوز عربية" in html
    assert "تصريحاته" in html and "ما قيل عنه" in html
    about = html[html.index("ما قيل عنه"):]
    assert '<ul class="plain statements about">' in about and "<q>" in about
    assert 'href="https://www.wikidata.org/wiki/Q' in html
    douma = _page(client, "/entities/gpe:douma")
    assert "الرسوم الثلاثة على المدى نفسه" in douma  # mentions, share, events
    first, last = re.search(r"من <bdi dir=\"ltr\" class=\"v\">([0-9-]{10})</bdi> إلى "
                            r"<bdi dir=\"ltr\" class=\"v\">([0-9-]{10})</bdi>", douma).groups()
    ends = re.findall(r'<text class="tick" x="[0-9.]+" y="[0-9.]+" text-anchor="(?:end|start)">'
                      r'([0-9-]{10})<', douma)
    assert ends and set(ends) <= {first, last}, ends  # every chart ends on the same days
    syria = _page(client, "/entities/gpe:syria")
    if "من يفعل ماذا بمن" in syria:
        assert re.search(r'<table class="entities-table cards relations">.*evchip', syria, re.S)


def _chart_spans(html: str) -> list[tuple[str, str]]:
    return re.findall(r'<svg class="timeline"[^>]* data-first="([0-9-]{10})" '
                      r'data-last="([0-9-]{10})"', html)


def test_timelines_zoom_to_a_date_range(client: TestClient) -> None:
    """?from&to (what the date brush and the form send) draw every chart of the home and
    entity pages over that range and narrow their lists to it; reversed ends are swapped,
    a bad date is reported and ignored."""
    home = _page(client, "/?from=2018-04-08&to=2018-04-07")
    assert _chart_spans(home) == [("2018-04-07", "2018-04-08")]
    assert 'class="zoom"' in home and 'value="2018-04-07"' in home and "كل المدى" in home
    latest = home[home.index("أحدث المقالات"):home.index("أكثر الكيانات ذكراً")]
    days = re.findall(r"(20\d\d-\d\d-\d\d)", latest)
    assert days and all("2018-04-07" <= d <= "2018-04-08" for d in days), days
    plain = _page(client, "/")
    assert "كل المدى" not in plain and 'name="from" value=""' in plain
    bad = _page(client, "/?from=2018-13-01&to=2018-04-08")
    assert "تاريخ غير صالح" in bad and "المدى المختار" not in bad
    douma = _page(client, "/entities/gpe:douma?from=2018-04-01&to=2018-04-30")
    assert _chart_spans(douma) == [("2018-04-01", "2018-04-30")] * 3
    recent = douma[douma.index("مقالات المدى المختار"):]
    days = re.findall(r"(20\d\d-\d\d-\d\d)", recent.split("</section>")[0])
    assert days and all(d.startswith("2018-04") for d in days), days


def test_entity_share_of_coverage(client: TestClient) -> None:
    """The share chart: one bar per month, the entity's articles over all the month's
    articles, linked to that month's search; the figures also in a table."""
    html = _page(client, "/entities/org:sdf")
    assert "نصيبه من التغطية" in html
    ctx = client.get("/api/entities/org:sdf/context").json()
    share = html[html.index('class="chart share-chart"'):]
    share = share[:share.index("</svg>")]
    bars = re.findall(r"<title>(\d{4}-\d\d): (\d+) / (\d+) \(", share)
    assert bars == [(m["month"], str(m["articles"]), str(m["total"])) for m in ctx["coverage"]
                    if _in_span(m["month"], _chart_spans(html)[0])]
    assert re.search(r'href="/search\?entity=org%3Asdf&amp;from=\d{4}-\d\d-\d\d&amp;to=', share)
    assert '<details class="share-table">' in html


def _in_span(month: str, span: tuple[str, str]) -> bool:
    return span[0][:7] <= month <= span[1][:7]


def test_event_page_lists_the_incident(client: TestClient) -> None:
    event = _douma_assault(client)
    table = _page(client, "/events?place=gpe:douma&type=ASSAULT")
    assert f'href="/events/{event["id"]}"' in table or 'href="/events/' in table
    html = _page(client, f"/events/{event['id']}")
    assert "تقارير الحادثة نفسها" in html and 'class="evchip ev-ASSAULT"' in html
    reports = re.findall(r'<td data-label="المقال"><a href="/articles/([^"]+)"', html)
    assert len(set(reports)) >= 2 and event["article_id"] in reports
    assert "هذا التقرير" in html and 'href="/entities/gpe:douma"' in html
    for missing in ("/events/999999999", "/events/99999999999999999999999"):
        assert client.get(missing).status_code in (404, 422), missing


def test_events_place_filter_sorts_and_map(client: TestClient) -> None:
    named = _page(client, "/events?status=all&place=" + quote("دوما"))
    places = re.findall(r'<td data-label="المكان"><a href="/entities/([^"]+)"', named)
    assert places and set(places) == {"gpe:douma"}
    api = client.get("/api/events", params={"status": "all", "sort": "fatalities",
                                            "limit": 100}).json()["items"]
    tolls = [e["fatalities"] for e in api if e["fatalities"] is not None]
    assert tolls == sorted(tolls, reverse=True)
    by_toll = _page(client, "/events?status=all&sort=fatalities")
    assert 'aria-sort="descending"><a href="/events?status=all&amp;sort=fatalities">الضحايا ↓' \
        in by_toll
    by_type = client.get("/api/events", params={"status": "all", "sort": "type",
                                                "limit": 100}).json()["items"]
    assert [e["type"] for e in by_type] == sorted(e["type"] for e in by_type)
    html = _page(client, "/events?status=all")
    assert 'id="events-map"' in html and '<svg class="map"' in html
    assert re.search(r'class="pt pt-event ev-[A-Z]+"', html)
    assert 'href="/events?status=all&amp;place=gpe%3Adouma"' in html  # a place narrows the table


def test_claims_chart_outlets_cumulative_and_placeless(client: TestClient) -> None:
    html = _page(client, "/claims")
    assert '<svg class="claimchart"' in html and '<ul class="outlets">' in html
    assert "سكاي نيوز عربية" in html and ">Sky News Arabia<" not in html
    groups = client.get("/api/claims", params={"limit": 100}).json()["items"]
    if any(not g["place"] for g in groups):
        assert "بلا مكان محدد" in html
    douma = next(g for g in groups if g["id"] == "deaths:-:-:gpe:douma")
    totals = [c for c in douma["claims"] if c["cumulative"]]
    for conflict in douma["conflicts"]:  # a running total is never set against a day's toll
        values = {c["value"] for c in douma["claims"] if c["in_conflict"] and c["cumulative"]}
        assert not values or values.isdisjoint({conflict["low"]}), conflict
    if totals:
        assert "تراكمي" in _page(client, "/claims?q=" + quote("دوما"))


def test_article_type_legend_labels_and_also_reported(client: TestClient) -> None:
    html = _page(client, "/articles/SK-middleEast-846-20180408")
    toggles = re.findall(r'data-toggle="(t-[A-Z]+)"', html)
    assert {"t-GPE", "t-ORG"} <= set(toggles)
    assert 'data-toggle="tl"' in html and 'data-tl="دولة/مدينة"' in html
    assert "نقلته أيضاً" in html
    others = re.findall(r'<ul class="plain also">(.*?)</ul>', html, re.S)
    assert others and 'href="/articles/' in others[0]
    assert 'href="/articles/SK-middleEast-846-20180408"' not in "".join(others)
    css = (Path(__file__).parents[1] / "src/marsad/web/static/style.css").read_text()
    for kind in ("PER", "ORG", "GPE", "LOC", "FAC", "MISC"):
        assert f".body.hide-t-{kind} a.ent.t-{kind}" in css, kind
    js = (Path(__file__).parents[1] / "src/marsad/web/static/app.js").read_text()
    assert '"pointerdown"' in js and "touch" in js


def test_extract_download_save_and_arabic_errors(seed_text: str, client: TestClient,
                                                 tmp_path: Path) -> None:
    form = {"text": seed_text, "kind": "text", "published": "2021-03-02"}
    page = client.post("/extract", data=form)
    assert 'formaction="/extract/json"' in page.text and "الحفظ في المدوّنة معطّل" in page.text
    assert 'id="extract-busy"' in page.text
    download = client.post("/extract/json", data=form)
    assert download.status_code == 200
    assert download.headers["content-disposition"].startswith("attachment")
    api = client.post("/api/extract", json={"text": seed_text, "published": "2021-03-02"})
    assert download.json() == api.json()
    refused = client.post("/extract/save", data={**form, "token": "x" * 20})
    assert refused.status_code == 403 and "MARSAD_TOKEN" in refused.text
    empty = client.post("/extract", data={"text": "  ", "kind": "text"})
    assert empty.status_code == 422 and "النص فارغ" in empty.text
    assert "Value error" not in empty.text
    bad_day = client.post("/extract", data={"text": "نص", "published": "أمس"})
    assert bad_day.status_code == 422 and "تاريخ النشر" in bad_day.text
    token = "a-page-token-0123456789"
    with TestClient(create_app(tmp_path / "save.db", token=token, use_env_token=False)) as own:
        assert 'formaction="/extract/save"' in own.post("/extract", data=form).text
        wrong = own.post("/extract/save", data={**form, "token": "not-the-token-000000"})
        assert wrong.status_code == 401 and "رمز الكتابة غير صحيح" in wrong.text
        assert own.get("/api/articles").json()["total"] == 0
        saved = own.post("/extract/save", data={**form, "token": token, "title": "بذرة",
                                                "source": "اختبار"})
        assert saved.status_code == 201 and "حُفظ في المدوّنة" in saved.text
        stored = own.get("/api/articles").json()["items"]
        assert len(stored) == 1 and stored[0]["title"] == "بذرة"
        assert f'href="/articles/{quote(stored[0]["id"], safe=":")}"' in saved.text
        again = own.post("/extract/save", data={**form, "token": token, "title": "بذرة",
                                                "source": "اختبار"})
        assert again.status_code == 200 and "مكرر" in again.text


def test_docs_have_a_request_and_response_example_per_endpoint(client: TestClient) -> None:
    html = _page(client, "/docs")
    endpoints = html.count('<article class="endpoint">')
    assert endpoints >= 10
    assert html.count('<details class="example" open>') == endpoints
    assert html.count("<code>curl -s") == endpoints
    assert "Response 200" in html and "Response 201" in html
    assert "Authorization: Bearer $MARSAD_TOKEN" in html  # the write endpoint's example
    assert "&#34;total&#34;: 1" in html or "&quot;total&quot;: 1" in html


def test_timelines_share_a_range_and_have_calendar_ticks() -> None:
    from marsad.web.mapsvg import render_event_timeline, render_timeline, shared_span

    mentions = [("2018-02-20", 3), ("2018-04-07", 9)]
    events = [("2018-03-01", "ASSAULT", 2), ("2018-06-10", "PROTEST", 1)]
    span = shared_span((d for d, _ in mentions), (d for d, _, _ in events))
    assert span == ("2018-02-20", "2018-06-10")
    for svg in (str(render_timeline(mentions, span=span)),
                str(render_event_timeline(events, span=span))):
        assert ">2018-02-20<" in svg and ">2018-06-10<" in svg
        assert re.search(r">2018-0[3-5]<", svg)  # month ticks between the ends
    years = str(render_timeline([("2010-01-05", 1), ("2018-12-30", 2)]))
    assert re.search(r">201[1-8]<", years)  # year ticks over a long range
