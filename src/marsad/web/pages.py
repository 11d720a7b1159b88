"""Server-rendered pages (Jinja2, autoescaped, RTL) over the same queries as the API.

Pages are rendered on the server so they work without JavaScript and under a CSP that
forbids inline script; the little JS there is (static/app.js) only adds conveniences.
Article text is turned into highlighted HTML here, in Python, where every piece of text is
escaped before any tag is put around it.
"""

from __future__ import annotations

import calendar
import math
import re
from dataclasses import dataclass
from datetime import date
from itertools import pairwise
from typing import Any, TypedDict, get_args
from urllib.parse import parse_qs, quote, urlencode

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.routing import APIRoute
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool
from starlette.responses import Response

from marsad.pipeline import Pipeline
from marsad.web import apidocs
from marsad.web.api import (
    DEFAULT_EVENT_STATUS,
    EVENT_SORTS,
    EVENT_STATUS_FILTERS,
    MAX_SOURCES,
    MIN_EVENT_CONFIDENCE,
    SearchParams,
    SearchSort,
    Store,
    extract_payload,
    split_sources,
)
from marsad.web.charts import Figure, claim_chart, outlet_classes
from marsad.web.labels import (
    CATEGORY_LABELS,
    COUNTRY_LABELS,
    HOW_LABELS,
    MODE_LABELS,
    PRECISION_LABELS,
    UNSURE_HOW,
    label,
    outlet,
)
from marsad.web.mapsvg import (
    PLOVER_TYPES,
    REGION_BBOX,
    WORLD_BBOX,
    MapPoint,
    country_centroids,
    css_token,
    fit_bbox,
    render_event_timeline,
    render_map,
    render_share,
    render_timeline,
    shared_span,
)
from marsad.web.schemas import MAX_TEXT_CHARS, ArticleIn, ExtractRequest
from marsad.web.security import token_matches

PAGE_SIZE = 20
# Explicit bidi embeddings, overrides and isolates (LRE RLE PDF LRO RLO, LRI RLI FSI PDI):
# in a stored title or name an unterminated RLO reverses the rest of its line on the page
# ("Trojan Source" style spoofing). LRM/RLM/ALM marks stay: Arabic text uses them.
BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
WIKIDATA_ID = re.compile(r"Q[1-9][0-9]{0,12}")
TYPE_LABELS = {"PER": "أشخاص", "ORG": "منظمات", "GPE": "دول ومدن", "LOC": "أماكن",
               "FAC": "منشآت", "MISC": "أخرى"}
# One entity's type, as the small label after each highlighted mention shows it.
TYPE_LABEL_ONE = {"PER": "شخص", "ORG": "منظمة", "GPE": "دولة/مدينة", "LOC": "مكان",
                  "FAC": "منشأة", "MISC": "أخرى"}
# Every stance of data/reporting_verbs.json («say», «condemn» …) gets an Arabic label.
STANCE_LABELS = {"assert": "تأكيد", "deny": "نفي", "claim": "ادعاء", "neutral": "محايد",
                 "say": "قول", "explain": "توضيح", "report": "إفادة", "demand": "مطالبة",
                 "opine": "رأي", "condemn": "إدانة", "reveal": "كشف", "admit": "إقرار",
                 "estimate": "تقدير", "announce": "إعلان", "warn": "تحذير", "express": "تعبير",
                 "predict": "توقع", "believe": "اعتقاد", "accuse": "اتهام", "threaten": "تهديد",
                 "praise": "إشادة", "call": "مناشدة"}
EVENT_LABELS = {"ASSAULT": "هجوم", "COERCE": "إكراه", "MOBILIZE": "حشد", "THREATEN": "تهديد",
                "SANCTION": "عقوبات", "PROTEST": "احتجاج", "ACCUSE": "اتهام", "REJECT": "رفض",
                "DEMAND": "مطالبة", "REQUEST": "طلب", "RETREAT": "انسحاب", "CONCEDE": "تنازل",
                "AID": "مساعدة", "COOPERATE": "تعاون", "SUPPORT": "تأييد", "CONSULT": "تشاور",
                "AGREE": "اتفاق"}
# What an article does with an event: reports it as news, mentions it as background,
# announces or threatens it, asks about or conditions it, or denies it.
EVENT_STATUS_LABELS = {"new": "جديد", "background": "خلفية", "planned": "مخطط/مُعلن",
                       "hypothetical": "افتراضي", "negated": "منفي", "all": "الكل"}
SORT_LABELS = {"relevance": "الأهمية", "date": "الأحدث"}
EVENT_SORT_LABELS = {"date": "الأحدث", "date_asc": "الأقدم", "confidence": "الأعلى ثقة",
                     "type": "النوع", "fatalities": "الأكثر قتلى", "source": "المصدر"}
# Event roles as an entity page lists its relations: «X acts on Y» from either side.
ROLE_LABELS = {"actor": "فاعلاً في", "target": "هدفاً لـ"}
WEAK_CONFIDENCE = 0.6  # events below this (or not reported as news) are drawn faded
ENTITY_PAGE_SIZE = 50
EXAMPLE_QUERIES = ("قسد", "SDF", "الحوثيون", "دوما")
SEARCH_FIELDS = ("q", "entity", "type", "from", "to")  # any of these (or a source) searches
EVENT_FIELDS = ("type", "entity", "place", "from", "to", "status", "min_confidence", "sort")
REMOVED_LABELS = {"menu_crumbs": "مسار التنقل", "title": "العنوان", "read_also": "اقرأ أيضاً",
                  "byline": "سطر الكاتب", "related_header": "عنوان ذو صلة",
                  "related_article": "مقال ذو صلة", "back_to_top": "العودة للأعلى",
                  "share_follow": "مشاركة ومتابعة", "dateline": "مكان وتاريخ الخبر"}


def make_templates() -> Jinja2Templates:
    """Autoescape is forced on for every template (not just by extension): article text is
    untrusted input and one forgotten filter would be an XSS hole."""
    env = Environment(loader=PackageLoader("marsad.web", "templates"),
                      autoescape=select_autoescape(default=True, default_for_string=True),
                      trim_blocks=True, lstrip_blocks=True, finalize=_finalize)
    env.globals.update(type_labels=TYPE_LABELS, stance_labels=STANCE_LABELS,
                       removed_labels=REMOVED_LABELS, quote=_quote_id, fmt_num=_fmt_num,
                       event_labels=EVENT_LABELS, event_status_labels=EVENT_STATUS_LABELS,
                       css=css_token, ltr=ltr, label=label, mode_labels=MODE_LABELS,
                       category_labels=CATEGORY_LABELS, country_labels=COUNTRY_LABELS,
                       how_labels=HOW_LABELS, weak_event=weak_event, outlet=outlet,
                       role_labels=ROLE_LABELS, precision_labels=PRECISION_LABELS)
    # Only a well-formed Q-id becomes a link out to Wikidata (stored data is not trusted).
    env.tests["wikidata_id"] = lambda value: bool(WIKIDATA_ID.fullmatch(str(value or "")))
    return Jinja2Templates(env=env)


def _finalize(value: Any) -> Any:
    """Every ``{{ … }}`` output without bidi override controls (escaping is unaffected:
    they are never part of markup, so removing them from Markup cannot create a tag)."""
    if isinstance(value, Markup):
        return Markup(BIDI_CONTROLS.sub("", str(value)))
    if isinstance(value, str):
        return BIDI_CONTROLS.sub("", value)
    return value


def ltr(value: Any, fmt: bool = False) -> Markup:
    """A number, date, range, id or Latin string inside Arabic text, isolated so the bidi
    algorithm cannot reorder it or its neighbours («40–70» never reads «70–40», a date never
    reverses): ``<bdi dir="ltr" class="v">…</bdi>`` (``.v`` keeps it on one line).
    ``fmt`` formats numbers with thousands separators first."""
    text = _fmt_num(value) if fmt else ("" if value is None else str(value))
    return Markup('<bdi dir="ltr" class="v">{}</bdi>').format(BIDI_CONTROLS.sub("", text))


def weak_event(event: Any) -> bool:
    """An event shown faded: coded with confidence under 0.6, or not reported as news."""
    get = event.get if isinstance(event, dict) else lambda k: getattr(event, k, None)
    confidence = get("confidence")
    return (isinstance(confidence, int | float) and confidence < WEAK_CONFIDENCE) or \
        (get("status") or "new") != "new"


def _quote_id(value: str) -> str:
    """Entity/article ids (``org:sdf``, ``SNN-…``) as one safe URL path segment."""
    return quote(str(value), safe=":")


def _fmt_num(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return f"{int(value):,}"
    return f"{value:,}" if isinstance(value, int | float) else str(value)


# --- highlighting -----------------------------------------------------------------------------


@dataclass(slots=True, frozen=True)
class _Mark:
    start: int
    end: int
    layer: int  # 0 outermost (statements) … 3 innermost (entities)
    open: str
    close: str


def highlight(data: dict[str, Any]) -> Markup:
    """The clean text as HTML: headings, statements, times, quantities and entity mentions
    wrapped in typed elements. Overlaps are handled by closing and reopening tags at every
    boundary, so the markup stays well nested whatever the extractors produce."""
    text: str = data.get("text") or ""
    n = len(text)
    marks: list[_Mark] = []

    def add(start: Any, end: Any, layer: int, open_tag: str, close_tag: str) -> None:
        if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= n:
            marks.append(_Mark(start, end, layer, open_tag, close_tag))

    for section in data.get("sections") or []:
        add(section.get("heading_start"), section.get("heading_end"), 0,
            '<strong class="hd">', "</strong>")
    for i, st in enumerate(data.get("statements") or []):
        stance = _css(st.get("stance") or "neutral")
        add(st.get("start"), st.get("end"), 1,
            f'<span class="st st-{stance}" data-st="{i}">', "</span>")
    for t in data.get("times") or []:
        title = escape(t.get("value") or "")
        add(t.get("start"), t.get("end"), 2, f'<span class="tm" title="{title}">', "</span>")
    for q in data.get("quantities") or []:
        title = escape(_quantity_label(q))
        add(q.get("start"), q.get("end"), 2, f'<span class="qt" title="{title}">', "</span>")
    anchored: set[int] = set()
    for i, ev in enumerate(data.get("events") or []):
        trigger = ev.get("trigger") or {}
        start = trigger.get("start") if isinstance(trigger, dict) else None
        if not isinstance(start, int):
            continue
        etype = str(ev.get("type") or "")
        status = str(ev.get("status") or "new")
        title = escape(" · ".join(x for x in (EVENT_LABELS.get(etype), etype, ev.get("mode"),
                                              None if status == "new"
                                              else EVENT_STATUS_LABELS.get(status, status))
                                  if x))
        anchor = "" if start in anchored else f' id="t{start}"'
        anchored.add(start)
        weak = " weak" if weak_event(ev) else ""
        add(start, trigger.get("end"), 2,
            f'<span class="ev ev-{_css(etype)}{weak}"{anchor} data-ev="{i}" title="{title}">',
            "</span>")
    for ent in data.get("entities") or []:
        eid = str(ent.get("id") or "")
        href = escape("/entities/" + _quote_id(eid))
        etype = str(ent.get("type") or "MISC")
        kind = _css(etype)
        type_label = TYPE_LABEL_ONE.get(etype, etype)
        names = " · ".join(x for x in (ent.get("name_ar"), ent.get("name_en"), type_label, eid)
                           if x)
        for m in ent.get("mentions") or []:
            how = str(m.get("how") or "")
            unsure = " unsure" if how in UNSURE_HOW else ""
            title = escape(names + (f" · {label(HOW_LABELS, how)}" if how else ""))
            add(m.get("start"), m.get("end"), 3,
                f'<a class="ent t-{kind}{unsure}" href="{href}" data-ent="{escape(eid)}" '
                f'data-tl="{escape(type_label)}" title="{title}">', "</a>")
    bounds = sorted({0, n, *(m.start for m in marks), *(m.end for m in marks)})
    out: list[str] = []
    stack: list[_Mark] = []
    for lo, hi in pairwise(bounds):
        active = sorted((m for m in marks if m.start <= lo and m.end >= hi),
                        key=lambda m: (m.layer, m.start, -m.end))
        keep = 0
        while keep < min(len(stack), len(active)) and stack[keep] == active[keep]:
            keep += 1
        out.extend(m.close for m in reversed(stack[keep:]))
        out.extend(m.open for m in active[keep:])
        stack = active
        out.append(str(escape(text[lo:hi])))
    out.extend(m.close for m in reversed(stack))
    return Markup("".join(out))


_css = css_token  # class-name-safe tokens (types and stances come from data files)


def _quantity_label(q: dict[str, Any]) -> str:
    value = q.get("value")
    if q.get("low") is not None and q.get("high") is not None and q.get("low") != q.get("high"):
        value = f"{_fmt_num(q['low'])}–{_fmt_num(q['high'])}"
    elif value is not None:
        value = _fmt_num(value)
    parts = [str(value) if value is not None else "", q.get("counted") or q.get("unit") or ""]
    if q.get("approximate"):
        parts.append("(تقريبي)")
    return " ".join(p for p in parts if p)


def side_panel(data: dict[str, Any]) -> dict[str, Any]:
    """What the article page lists beside the text, grouped for reading."""
    groups: dict[str, list[dict[str, Any]]] = {}
    for ent in data.get("entities") or []:
        groups.setdefault(ent.get("type") or "MISC", []).append(ent)
    for items in groups.values():
        items.sort(key=lambda e: -len(e.get("mentions") or []))
    order = [t for t in TYPE_LABELS if t in groups] + sorted(set(groups) - set(TYPE_LABELS))
    return {
        "entity_groups": [(t, groups[t]) for t in order],
        "type_counts": [(t, sum(len(e.get("mentions") or []) for e in groups[t]))
                        for t in order],
        "quantities": [dict(q, label=_quantity_label(q)) for q in data.get("quantities") or []],
        "times": data.get("times") or [],
        "statements": data.get("statements") or [],
        "events": data.get("events") or [],
        "names": {e.get("id"): e.get("name_ar") or e.get("id")
                  for e in data.get("entities") or []},
    }


def snippet_html(snippet: str) -> Markup:
    """Search snippets mark matches with [[…]]: escape the text first, then turn only
    those markers into <mark>, so a snippet can never inject markup."""
    escaped = str(escape(snippet))
    return Markup(escaped.replace("[[", "<mark>").replace("]]", "</mark>"))


# --- routes -----------------------------------------------------------------------------------


def build_router(templates: Jinja2Templates) -> APIRouter:
    router = APIRouter(include_in_schema=False)

    def render(request: Request, name: str, status: int = 200, **context: Any) -> Response:
        return templates.TemplateResponse(request, name, context, status_code=status)

    def store_of(request: Request) -> Store:
        store: Store = request.app.state.store
        return store

    @router.get("/", response_class=HTMLResponse)
    def home(request: Request) -> Response:
        """Stats, the event timeline over the corpus's dense range — or over the range the
        date brush (or the from/to form) chose, which then also narrows the latest articles
        and events — the top entities and the latest items."""
        store = store_of(request)
        zoom = Zoom.read(request.query_params)
        dense = store.dense_range()
        window = zoom.span or dense
        days = store.event_days(date_from=window[0] if window else None,
                                date_to=window[1] if window else None)
        return render(request, "home.html", stats=store.stats(), dense=dense, zoom=zoom,
                      examples=[(q, "/search?" + urlencode({"q": q})) for q in EXAMPLE_QUERIES],
                      latest=store.articles(12, 0, **zoom.filters()).items,
                      top=store.entities(24, 0).items,
                      event_timeline=render_event_timeline(days, href=_events_href(None),
                                                           span=zoom.span),
                      event_types=_legend(days), events=store.events(12, 0,
                                                                     **zoom.filters()).items)

    @router.get("/search", response_class=HTMLResponse)
    def search_page(request: Request) -> Response:
        params = request.query_params
        form = {k: (params.get(k) or "").strip()[:500] for k in SEARCH_FIELDS}
        sort = params.get("sort") or "relevance"
        state = SearchState(form, list(split_sources([s[:200] for s in
                                                      params.getlist("source")]))[:MAX_SOURCES],
                            params.get("literal") in ("1", "on", "true"),
                            sort if sort in SORTS else "relevance")
        page = _int(params.get("page"), 1, 1, 50)
        problems = [f"تاريخ غير صالح: {form[k]}" for k in ("from", "to")
                    if form[k] and not _valid_day(form[k])]
        store = store_of(request)
        result = None
        if not problems and (any(form.values()) or state.sources):
            result = store.search(state.params(), PAGE_SIZE, (page - 1) * PAGE_SIZE,
                                  facets=True)
        nav = {"prev": state.query(page=page - 1) if page > 1 else None,
               "next": state.query(page=page + 1)
               if result and result.has_more and page < 50 else None}
        return render(request, "search.html", form=form, state=state, result=result,
                      page=page, nav=nav, problems=problems, sources=store.sources(),
                      snippet_html=snippet_html, sort_labels=SORT_LABELS,
                      links=_search_links(state, result, store.entity_id(form["entity"]))
                      if result else None)

    @router.get("/articles/{article_id:path}", response_class=HTMLResponse)
    def article_page(request: Request, article_id: str) -> Response:
        data = store_of(request).article(article_id)
        if data is None:
            return render(request, "error.html", 404, message="لا يوجد مقال بهذا المعرّف.")
        return render(request, "article.html", a=data, body=highlight(data),
                      panel=side_panel(data), live=False,
                      also=store_of(request).also_reported(article_id))

    @router.get("/entities", response_class=HTMLResponse)
    def entities_page(request: Request) -> Response:
        """Every mentioned entity, most mentioned first, filterable by type, country,
        category and a name (either script) or id substring."""
        params = request.query_params
        form = {k: (params.get(k) or "").strip()[:100] for k in ("q", "type", "country",
                                                                 "category")}
        page = _int(params.get("page"), 1, 1, 2000)
        store = store_of(request)
        result = store.entities(ENTITY_PAGE_SIZE, (page - 1) * ENTITY_PAGE_SIZE,
                                form["type"] or None, form["q"] or None,
                                form["country"] or None, form["category"] or None)
        base = {k: v for k, v in form.items() if v}
        nav = {"prev": urlencode({**base, "page": page - 1}) if page > 1 else None,
               "next": urlencode({**base, "page": page + 1})
               if result.total > page * ENTITY_PAGE_SIZE else None}
        return render(request, "entities.html", form=form, result=result, nav=nav, page=page,
                      pages=max(1, math.ceil(result.total / ENTITY_PAGE_SIZE)),
                      facets=store.entity_facets())

    @router.get("/entities/{entity_id:path}", response_class=HTMLResponse)
    def entity_page(request: Request, entity_id: str) -> Response:
        store = store_of(request)
        detail = store.entity(entity_id)
        if detail is None:
            return render(request, "error.html", 404, message="لا يوجد كيان بهذا المعرّف.")
        zoom = Zoom.read(request.query_params)
        days = store.event_days(entity=detail.id, **zoom.filters())
        # One x-range for every chart, so a spike in one lines up with the others: the
        # range the date brush chose, else all the entity's days.
        span = zoom.span or shared_span((d.day for d in detail.per_day),
                                        (d for d, _, _ in days))
        timeline = render_timeline([(d.day, d.mentions) for d in detail.per_day], span=span)
        coverage = store.coverage(detail.id, **zoom.filters())
        share = render_share([(m.month, m.articles, m.total) for m in coverage],
                             href=_search_href(detail.id), span=span)
        small_map = None
        lon_lat = _position(detail.lat, detail.lon, detail.country, detail.category)
        if detail.type in ("GPE", "LOC", "FAC") and lon_lat:
            point = MapPoint(lon_lat[0], lon_lat[1], detail.name_ar or detail.id,
                             "/entities/" + _quote_id(detail.id), detail.mentions)
            shaded = ({detail.country: 1} if detail.category == "state" and detail.country
                      else {})
            small_map = render_map([point], fit_bbox([point], pad=6.0, minimum=16.0),
                                   width=420.0, shaded=shaded, label=detail.name_ar or "").svg
        recent = (store.entity_articles(detail.id, 20, **zoom.filters()) if zoom.span
                  else detail.recent_articles)
        return render(request, "entity.html", e=detail, timeline=timeline, small_map=small_map,
                      event_timeline=render_event_timeline(days, href=_events_href(detail.id),
                                                           span=span),
                      event_types=_legend(days), span=span, ctx=store.entity_context(detail.id),
                      events=store.events(15, 0, entity=detail.id, **zoom.filters()).items,
                      zoom=zoom, share=share, coverage=coverage, recent=recent)

    @router.get("/events", response_class=HTMLResponse)
    def events_page(request: Request) -> Response:
        params = request.query_params
        form = {k: (params.get(k) or "").strip()[:200] for k in EVENT_FIELDS}
        form["status"] = form["status"] or DEFAULT_EVENT_STATUS
        form["sort"] = form["sort"] if form["sort"] in EVENT_SORTS else "date"
        page = _int(params.get("page"), 1, 1, 500)
        problems = [f"تاريخ غير صالح: {form[k]}" for k in ("from", "to")
                    if form[k] and not _valid_day(form[k])]
        if form["status"] not in EVENT_STATUS_FILTERS:
            problems.append(f"حالة غير معروفة: {form['status']}")
        confidence = _confidence(form["min_confidence"])
        if confidence is None:
            problems.append(f"حد ثقة غير صالح (من 0 إلى 1): {form['min_confidence']}")
        store = store_of(request)
        result = event_map = None
        if not problems and confidence is not None:
            filters: dict[str, Any] = {
                "event_type": form["type"] or None, "entity": form["entity"] or None,
                "date_from": form["from"] or None, "date_to": form["to"] or None,
                "min_confidence": confidence, "status": form["status"],
                "place": form["place"] or None}
            result = store.events(PAGE_SIZE, (page - 1) * PAGE_SIZE, sort=form["sort"],
                                  **filters)
            event_map = _events_map(store.event_places(**filters), base_query={
                k: v for k, v in form.items() if v and k not in ("place", "sort")})
        defaults = {"status": DEFAULT_EVENT_STATUS, "sort": "date"}
        base = {k: v for k, v in form.items() if v and defaults.get(k) != v}
        nav = {"prev": urlencode({**base, "page": page - 1}) if page > 1 else None,
               "next": urlencode({**base, "page": page + 1})
               if result and result.total > page * PAGE_SIZE else None}
        export = {**base, "status": form["status"]}
        sorts = {key: "/events?" + urlencode({**base, "sort": key} if key != "date"
                                             else {k: v for k, v in base.items() if k != "sort"})
                 for key in EVENT_SORTS}
        return render(request, "events.html", form=form, result=result, nav=nav,
                      problems=problems, types=PLOVER_TYPES, statuses=EVENT_STATUS_FILTERS,
                      confidence=MIN_EVENT_CONFIDENCE if confidence is None else confidence,
                      sort_labels=EVENT_SORT_LABELS, sorts=sorts, event_map=event_map,
                      csv="/api/events/export?" + urlencode({**export, "format": "csv"}),
                      jsonl="/api/events/export?" + urlencode({**export, "format": "jsonl"}))

    @router.get("/events/{event_id:int}", response_class=HTMLResponse)
    def event_page(request: Request, event_id: int) -> Response:
        """One coded event with everything known about it, and every other report of the
        same incident (other outlets, other articles) with its own figures."""
        store = store_of(request)
        event = store.event(event_id) if 0 < event_id < 2**63 else None
        if event is None:
            return render(request, "error.html", 404, message="لا يوجد حدث بهذا المعرّف.")
        incident = store.incident(event)
        small_map = None
        if event.location:
            place = store.entity(event.location)
            lon_lat = place and _position(place.lat, place.lon, place.country, place.category)
            if place and lon_lat:
                point = MapPoint(lon_lat[0], lon_lat[1], place.name_ar or place.id,
                                 "/entities/" + _quote_id(place.id), 1, "event", event.type)
                small_map = render_map([point], fit_bbox([point], pad=6.0, minimum=16.0),
                                       width=420.0, label=place.name_ar or "").svg
        return render(request, "event.html", ev=event, incident=incident, small_map=small_map)

    @router.get("/claims", response_class=HTMLResponse)
    def claims_page(request: Request) -> Response:
        params = request.query_params
        q = (params.get("q") or "").strip()[:200]
        conflicts = params.get("conflicts") in ("1", "on", "true")
        page = _int(params.get("page"), 1, 1, 500)
        store = store_of(request)
        groups = store.claims(10, (page - 1) * 10, q or None, conflicts)
        # incidents as last grouped: the page does not wait for a regrouping of the store
        event_groups = store.recent_event_groups(10) if page == 1 and not q else None
        base = {k: v for k, v in (("q", q), ("conflicts", "1" if conflicts else "")) if v}
        nav = {"prev": urlencode({**base, "page": page - 1}) if page > 1 else None,
               "next": urlencode({**base, "page": page + 1})
               if groups.total > page * 10 else None}
        return render(request, "claims.html", q=q, conflicts=conflicts, groups=groups,
                      event_groups=event_groups, nav=nav,
                      charts={g.id: _claim_chart(g) for g in groups.items})

    @router.get("/map", response_class=HTMLResponse)
    def map_page(request: Request) -> Response:
        view = request.query_params.get("view", "region")
        places = store_of(request).places()
        points: list[MapPoint] = []
        shaded: dict[str, int] = {}
        unplaced = []
        for place in places:
            if place.category == "state" and place.country:
                shaded[place.country] = shaded.get(place.country, 0) + place.mentions
            lon_lat = _position(place.lat, place.lon, place.country, place.category)
            if lon_lat is None:
                unplaced.append(place)
                continue
            points.append(MapPoint(lon_lat[0], lon_lat[1], place.name_ar or place.id,
                                   "/entities/" + _quote_id(place.id), place.mentions,
                                   "state" if place.category == "state" else "place"))
        bbox = WORLD_BBOX if view == "world" else REGION_BBOX
        result = render_map(points, bbox, shaded=shaded, label="خريطة الأماكن المذكورة")
        return render(request, "map.html", svg=result.svg, outside=result.outside[:50],
                      unplaced=unplaced[:50], view="world" if view == "world" else "region",
                      count=len(points))

    @router.get("/extract", response_class=HTMLResponse)
    def extract_form(request: Request) -> Response:
        return extract_page(request, 200, dict.fromkeys(EXTRACT_FIELDS, ""))

    def extract_page(request: Request, status: int, form: dict[str, str],
                     data: dict[str, Any] | None = None, **extra: Any) -> Response:
        """The /extract page: the form as posted, the result (if any) and whether this
        server can save it (a write token is configured)."""
        return render(request, "extract.html", status, form=form, a=data,
                      max_chars=MAX_TEXT_CHARS, writes=bool(request.app.state.token),
                      **({"body": highlight(data), "panel": side_panel(data), "live": True}
                         if data else {}), **extra)

    @router.post("/extract", response_class=HTMLResponse)
    async def extract_submit(request: Request) -> Response:
        """A plain form POST (urlencoded, parsed here: no multipart dependency), so the page
        works with JavaScript off; the body size limit applies as for the API."""
        form, body, errors = await _extract_form(request)
        data = await _extract_off_loop(body, errors, store_of(request))
        return extract_page(request, 422 if errors else 200, form, data, errors=errors)

    @router.post("/extract/json")
    async def extract_download(request: Request) -> Response:
        """The extraction of the posted text as a JSON file (``marsad extract``'s JSON),
        offered from the result page: a download, so nothing is kept on the server."""
        form, body, errors = await _extract_form(request)
        data = await _extract_off_loop(body, errors, store_of(request))
        if data is None:
            return extract_page(request, 422, form, errors=errors)
        return JSONResponse(data, headers={
            "Content-Disposition": 'attachment; filename="marsad-extract.json"'})

    @router.post("/extract/save", response_class=HTMLResponse)
    async def extract_save(request: Request) -> Response:
        """Store the posted article in the corpus (as ``POST /api/articles`` does), for
        whoever holds the server's write token: typed in the form, checked in constant
        time. Without a configured token the page says how to enable writes."""
        form, body, errors = await _extract_form(request)
        # the result stays on the page whatever happens
        data = await _extract_off_loop(body, errors, store_of(request))
        expected: str | None = request.app.state.token
        if not expected:
            return extract_page(request, 403, form, data, errors=[
                "الحفظ معطّل على هذا الخادم: شغّله مع متغير البيئة MARSAD_TOKEN."])
        if not token_matches(expected, form["token"]):
            return extract_page(request, 401, form, data, errors=["رمز الكتابة غير صحيح."])
        if body is None or data is None:
            return extract_page(request, 422, form, errors=errors)
        try:
            article = ArticleIn(**body.model_dump(exclude_none=True),
                                title=form["title"] or None, source=form["source"] or None)
        except ValidationError as exc:
            return extract_page(request, 422, form, data, errors=_arabic_errors(exc.errors()))
        result = await run_in_threadpool(store_of(request).ingest, [article])
        return extract_page(request, 201 if result.new else 200, form, data, saved=result)

    @router.get("/docs", response_class=HTMLResponse)
    def docs_page(request: Request) -> Response:
        """A local, script-free API reference from the OpenAPI document (FastAPI's default
        docs page loads Swagger UI from a CDN, which this server must never do)."""
        spec = request.app.openapi()
        # host:port without a scheme (curl's default is http): the page links nowhere.
        endpoints = apidocs.endpoints(spec, request.url.netloc)
        return render(request, "docs.html", endpoints=endpoints, title=spec["info"]["title"],
                      version=spec["info"]["version"])

    # HEAD on every page (uvicorn sends the headers only): link checkers and monitors use it.
    for route in router.routes:
        if isinstance(route, APIRoute) and route.methods and "GET" in route.methods:
            route.methods.add("HEAD")
    return router


SORTS: tuple[str, ...] = get_args(SearchSort)


@dataclass(slots=True)
class SearchState:
    """The /search page's query string as read back: fields, sources, literal, sort."""

    form: dict[str, str]
    sources: list[str]
    literal: bool
    sort: str

    def params(self) -> SearchParams:
        f = self.form
        return SearchParams(q=f["q"], literal=self.literal, entity=f["entity"] or None,
                            entity_type=f["type"] or None, date_from=f["from"] or None,
                            date_to=f["to"] or None, sources=tuple(self.sources),
                            sort=self.sort)

    def query(self, **changes: Any) -> str:
        """This search's query string with ``changes`` (``from_``/``to`` for the dates;
        None or '' drops a field), defaults left out; sources repeat ``source=``."""
        values: dict[str, Any] = {**self.form, "source": self.sources,
                                  "literal": "1" if self.literal else "",
                                  "sort": "" if self.sort == "relevance" else self.sort}
        for key, value in changes.items():
            values[key.rstrip("_")] = value
        return urlencode({k: v for k, v in values.items() if v not in (None, "", [])},
                         doseq=True)


def _search_links(state: SearchState, result: Any, entity: str | None) -> dict[str, Any]:
    """Every link the results offer: the understood entities, their other readings, the
    literal re-run, facets that narrow the search (``entity``, the entity filter's id, is
    not offered again), exports of the whole result set."""
    understood = []
    for reading in result.understood:
        without = " ".join(state.form["q"].replace(reading.text, " ", 1).split())
        understood.append({
            "reading": reading, "href": "/entities/" + _quote_id(reading.id),
            "candidates": [{"c": c, "href": "/search?" + state.query(q=without, entity=c.id,
                                                                     page=None)}
                           for c in reading.candidates]})
    facets = result.facets or {}
    sources = []
    for item in facets.get("source") or []:
        value = item["value"]
        if not value:
            continue
        chosen = value in state.sources
        picked = [s for s in state.sources if s != value] if chosen else [*state.sources, value]
        sources.append({"value": value, "count": item["count"], "on": chosen,
                        "href": "/search?" + state.query(source=picked, page=None)})
    months = []
    for item in facets.get("month") or []:
        value = str(item["value"] or "")
        if not re.fullmatch(r"\d{4}-\d\d", value) or not 1 <= int(value[5:]) <= 12:
            continue
        last = calendar.monthrange(int(value[:4]), int(value[5:]))[1]
        months.append({"value": value, "count": item["count"],
                       "href": "/search?" + state.query(from_=f"{value}-01",
                                                        to=f"{value}-{last:02d}", page=None)})
    entities = [{"e": item, "href": "/search?" + state.query(entity=item["value"], page=None)}
                for item in facets.get("entity") or [] if item["value"] != entity]
    types = [{"value": item["value"], "count": item["count"],
              "href": "/search?" + state.query(type=item["value"], page=None)}
             for item in facets.get("entity_type") or [] if item["value"]]
    return {
        "understood": understood,
        "literal": "/search?" + state.query(literal="1", page=None),
        "entities_on": "/search?" + state.query(literal=None, page=None),
        "facets": {"source": sources, "month": months, "entity": entities, "type": types},
        "csv": "/api/search/export?" + state.query(format="csv"),
        "jsonl": "/api/search/export?" + state.query(format="jsonl"),
    }


class DateFilters(TypedDict):
    """The store's date keywords, as ``**`` arguments."""

    date_from: str | None
    date_to: str | None


@dataclass(slots=True, frozen=True)
class Zoom:
    """The date range a timeline page is zoomed to (``?from=…&to=…``, set by the date
    brush in static/app.js or by the page's from/to form, which works without JavaScript):
    the charts are drawn over it and the lists below them narrowed to it. Reversed ends are
    swapped; a bad or missing end means no zoom, and the page says why."""

    span: tuple[str, str] | None
    form: dict[str, str]
    problems: tuple[str, ...] = ()

    @classmethod
    def read(cls, params: Any) -> Zoom:
        form = {k: (params.get(k) or "").strip()[:20] for k in ("from", "to")}
        bad = tuple(f"تاريخ غير صالح: {v}" for v in form.values() if v and not _valid_day(v))
        if bad or not (form["from"] and form["to"]):
            return cls(None, form, bad)
        first, last = sorted((form["from"], form["to"]))
        return cls((first, last), {"from": first, "to": last})

    def filters(self) -> DateFilters:
        """The range as the store's ``date_from``/``date_to`` keywords (None: no zoom)."""
        return {"date_from": self.span[0] if self.span else None,
                "date_to": self.span[1] if self.span else None}


def _search_href(entity: str) -> Any:
    """Links from a share-of-coverage month to the entity's articles of that month."""
    def href(first: str, last: str) -> str:
        return "/search?" + urlencode({"entity": entity, "from": first, "to": last,
                                       "sort": "date"})
    return href


def _events_href(entity: str | None) -> Any:
    """Links from a timeline bar to the event list of its days."""
    def href(first: str, last: str) -> str:
        query = {"from": first, "to": last, **({"entity": entity} if entity else {})}
        return "/events?" + urlencode(query)
    return href


EXTRACT_FIELDS = ("text", "published", "kind", "token", "title", "source")


async def _extract_form(request: Request,
                        ) -> tuple[dict[str, str], ExtractRequest | None, list[str]]:
    """The /extract form as posted (urlencoded) and its validated request, or the reasons
    it is not valid, in Arabic."""
    raw = (await request.body()).decode("utf-8", errors="replace")
    fields = {k: v[0] for k, v in parse_qs(raw, keep_blank_values=True).items()}
    form = {k: fields.get(k, "") for k in EXTRACT_FIELDS}
    form["kind"] = "html" if form["kind"] == "html" else "text"
    form["published"] = form["published"].strip()
    form["title"], form["source"] = form["title"].strip()[:2000], form["source"].strip()[:200]
    try:
        body = ExtractRequest(**{form["kind"]: form["text"],
                                 "published": form["published"] or None})
    except ValidationError as exc:
        return form, None, _arabic_errors(exc.errors())
    return form, body, []


async def _extract_off_loop(body: ExtractRequest | None, errors: list[str], store: Store,
                            ) -> dict[str, Any] | None:
    """:func:`_extract` in the thread pool: the form routes are ``async`` (they read the raw
    body) and an extraction (or the pipeline's first build) must not stall the event loop."""
    return await run_in_threadpool(lambda: _extract(body, errors, store.pipeline))


def _extract(body: ExtractRequest | None, errors: list[str], pipeline: Pipeline
             ) -> dict[str, Any] | None:
    """The article JSON of a valid request, by the server's pipeline; what the extractor
    refuses is added to ``errors`` (in Arabic) and gives None."""
    if body is None:
        return None
    try:
        return extract_payload(body, pipeline)
    except HTTPException as exc:
        details = exc.detail if isinstance(exc.detail, list) else [exc.detail]
        errors.extend("تعذّر الاستخراج: " + str(d.get("msg", d) if isinstance(d, dict) else d)
                      for d in details)
        return None


def _arabic_errors(errors: Any) -> list[str]:
    """Validation errors of the extract form as an Arabic page says them (pydantic's are
    English); an unforeseen one keeps its English text after an Arabic lead."""
    out = []
    for err in errors:
        kind, where, msg = str(err.get("type", "")), err.get("loc") or (), str(err.get("msg"))
        if "published" in where:
            out.append("تاريخ النشر بصيغة سنة-شهر-يوم، مثل 2018-04-07.")
        elif "title" in where or "source" in where:
            out.append("العنوان أو المصدر أطول من المسموح.")
        elif kind == "string_too_long":
            out.append(f"النص أطول من الحد المسموح ({MAX_TEXT_CHARS:,} حرف).")
        elif "empty" in msg:
            out.append("النص فارغ: الصق نص مقال أو صفحة HTML.")
        else:
            out.append(f"مدخل غير صالح: {msg}")
    return out


def _claim_chart(group: Any) -> dict[str, Any]:
    """A claim group's chart (values over time, a colour per outlet) and its legend."""
    figures = []
    for c in group.claims:
        low = c.value if c.value is not None else c.low
        high = c.value if c.value is not None else c.high
        if c.date and low is not None and high is not None:
            figures.append(Figure(c.date, float(low), float(high),
                                  outlet(c.source) or c.article_id, c.cumulative))
    classes = outlet_classes(figures)
    return {"svg": claim_chart(figures) if len(figures) > 1 else None,
            "legend": list(classes.items())}


def _events_map(rows: list[tuple[Any, str, int]], base_query: dict[str, str]) -> dict[str, Any]:
    """The events map: one circle per place (area by events), coloured by its most frequent
    event type, linking to the same event list narrowed to that place."""
    places: dict[str, tuple[Any, dict[str, int]]] = {}
    for place, etype, n in rows:
        counts = places.setdefault(place.id, (place, {}))[1]
        counts[etype] = counts.get(etype, 0) + n
    points = []
    for place, counts in places.values():
        lon_lat = _position(place.lat, place.lon, place.country, place.category)
        if lon_lat is None:
            continue
        top = max(counts, key=lambda t: (counts[t], t))
        detail = "، ".join(f"{EVENT_LABELS.get(t, t)} {n}" for t, n in
                           sorted(counts.items(), key=lambda kv: -kv[1]))
        points.append(MapPoint(lon_lat[0], lon_lat[1], f"{place.name_ar or place.id}: {detail}",
                               "/events?" + urlencode({**base_query, "place": place.id}),
                               sum(counts.values()), "event", top))
    # Zoomed to where the events are (within the region; places beyond it are listed).
    lon0, lat0, lon1, lat1 = REGION_BBOX
    inside = [p for p in points if lon0 <= p.lon <= lon1 and lat0 <= p.lat <= lat1]
    result = render_map(points, _landscape(fit_bbox(inside, pad=2.5, minimum=10.0)) if inside
                        else REGION_BBOX, label="خريطة الأحداث حسب النوع")
    legend = _legend([("", t, n) for _, counts in places.values() for t, n in counts.items()])
    return {"svg": result.svg if points else None, "outside": result.outside,
            "count": len(points), "legend": legend}


def _landscape(bbox: tuple[float, float, float, float], ratio: float = 1.5,
               ) -> tuple[float, float, float, float]:
    """``bbox`` widened (about its middle) to at least ``ratio`` times as wide as tall on
    the page, so a north-south spread of places (Syria to Yemen) is not a page-tall map."""
    lon0, lat0, lon1, lat1 = bbox
    need = ratio * (lat1 - lat0) / math.cos(math.radians((lat0 + lat1) / 2))
    if lon1 - lon0 < need:
        mid = (lon0 + lon1) / 2
        lon0, lon1 = max(-180.0, mid - need / 2), min(180.0, mid + need / 2)
    return (lon0, lat0, lon1, lat1)


def _legend(days: list[tuple[str, str, int]]) -> list[tuple[str, int]]:
    """(type, count) of the types present, in the timeline's colour order."""
    counts: dict[str, int] = {}
    for _, etype, n in days:
        counts[etype] = counts.get(etype, 0) + n
    order = [t for t in PLOVER_TYPES if t in counts] + sorted(set(counts) - set(PLOVER_TYPES))
    return [(t, counts[t]) for t in order]


def _position(lat: float | None, lon: float | None, country: str | None,
              category: str | None) -> tuple[float, float] | None:
    """(lon, lat) for a place: its own coordinates, else its country's label point when the
    entity is a state (the KB keeps no coordinates for states)."""
    if lat is not None and lon is not None and math.isfinite(lat) and math.isfinite(lon):
        return (lon, lat)
    if category == "state" and country:
        return country_centroids().get(country)
    return None


def _int(value: str | None, default: int, low: int, high: int) -> int:
    try:
        number = int(value) if value is not None else default
    except ValueError:
        number = default
    return min(max(number, low), high)


def _confidence(value: str) -> float | None:
    """The events page's ``min_confidence``: empty → the default (0.6); a number in [0, 1];
    anything else None (the page says so)."""
    if not value:
        return MIN_EVENT_CONFIDENCE
    try:
        number = float(value)
    except ValueError:
        return None
    return number if 0.0 <= number <= 1.0 else None


def _valid_day(value: str) -> bool:
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return len(value) == 10
