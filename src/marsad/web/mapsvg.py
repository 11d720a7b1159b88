"""Server-side SVG: country outlines with place points, and mention timelines.

Why server-side: the pages must work offline under a strict CSP (no tile servers, no CDN, no
inline script), so the map is plain SVG markup built here from a compact outline file that
ships with the package (``static/outlines.json``). That file is generated once, at build
time, from Natural Earth 1:50m country outlines (public domain) as packaged in the npm
``world-atlas`` TopoJSON (ISC); see scripts/build_outlines.py and docs/web.md. Everything
interpolated into the SVG is escaped.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache, lru_cache
from importlib import resources

from markupsafe import Markup, escape

OUTLINES_FILE = "outlines.json"
# lon_min, lat_min, lon_max, lat_max — the Middle East & North Africa, where the corpus lives.
REGION_BBOX = (-18.0, 8.0, 66.0, 44.0)
WORLD_BBOX = (-180.0, -58.0, 180.0, 84.0)
Ring = list[tuple[float, float]]


@dataclass(slots=True)
class Country:
    """One country outline: ISO codes, English name, rings in lon/lat, a label point."""

    name: str
    iso2: str | None
    rings: list[Ring]
    bbox: tuple[float, float, float, float]
    centroid: tuple[float, float]


@dataclass(slots=True)
class MapPoint:
    """A place to draw: position, label, link target and weight (mention count)."""

    lon: float
    lat: float
    label: str
    href: str
    weight: int = 1
    kind: str = "place"
    tone: str = ""  # a PLOVER type: the point takes that type's colour (class ev-TYPE)


@dataclass(slots=True)
class MapResult:
    svg: Markup
    outside: list[MapPoint] = field(default_factory=list)


# --- build time: TopoJSON → compact outline file --------------------------------------------


# --- run time -------------------------------------------------------------------------------


@cache
def load_outlines() -> tuple[Country, ...]:
    """The shipped outlines, parsed once per process."""
    raw = resources.files("marsad.web").joinpath("static", OUTLINES_FILE).read_text("utf-8")
    countries: list[Country] = []
    for item in json.loads(raw)["countries"]:
        rings = [[(float(p[0]), float(p[1])) for p in ring] for ring in item["rings"]]
        lons = [p[0] for ring in rings for p in ring]
        lats = [p[1] for ring in rings for p in ring]
        biggest = max(rings, key=len)
        centroid = (sum(p[0] for p in biggest) / len(biggest),
                    sum(p[1] for p in biggest) / len(biggest))
        countries.append(Country(item["name"], item.get("iso2"), rings,
                                 (min(lons), min(lats), max(lons), max(lats)), centroid))
    return tuple(countries)


def country_centroids() -> dict[str, tuple[float, float]]:
    """ISO alpha-2 → a label point (lon, lat), for states that carry no coordinates."""
    return {c.iso2: c.centroid for c in load_outlines() if c.iso2}


class _Projection:
    """Equirectangular, x stretched by cos(mid-latitude) so the region keeps its shape."""

    def __init__(self, bbox: tuple[float, float, float, float], width: float) -> None:
        self.lon0, self.lat0, self.lon1, self.lat1 = bbox
        mid = math.radians((self.lat0 + self.lat1) / 2)
        self.kx = math.cos(mid)
        self.scale = width / ((self.lon1 - self.lon0) * self.kx)
        self.width = width
        self.height = (self.lat1 - self.lat0) * self.scale

    def __call__(self, lon: float, lat: float) -> tuple[float, float]:
        return ((lon - self.lon0) * self.kx * self.scale, (self.lat1 - lat) * self.scale)

    def contains(self, lon: float, lat: float) -> bool:
        return self.lon0 <= lon <= self.lon1 and self.lat0 <= lat <= self.lat1


def _overlaps(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] <= b[2] and b[0] <= a[2] and a[1] <= b[3] and b[1] <= a[3]


def fit_bbox(points: Sequence[MapPoint], pad: float = 3.0,
             minimum: float = 8.0) -> tuple[float, float, float, float]:
    """A box around ``points`` (at least ``minimum`` degrees wide), or the region box."""
    if not points:
        return REGION_BBOX
    lon0 = min(p.lon for p in points) - pad
    lon1 = max(p.lon for p in points) + pad
    lat0 = min(p.lat for p in points) - pad
    lat1 = max(p.lat for p in points) + pad
    if lon1 - lon0 < minimum:
        mid = (lon0 + lon1) / 2
        lon0, lon1 = mid - minimum / 2, mid + minimum / 2
    if lat1 - lat0 < minimum * 0.6:
        mid = (lat0 + lat1) / 2
        lat0, lat1 = mid - minimum * 0.3, mid + minimum * 0.3
    return (max(lon0, -180.0), max(lat0, -85.0), min(lon1, 180.0), min(lat1, 85.0))


def render_map(points: Iterable[MapPoint], bbox: tuple[float, float, float, float] = REGION_BBOX,
               width: float = 960.0, shaded: dict[str, int] | None = None,
               label: str = "خريطة") -> MapResult:
    """SVG markup of outlines in ``bbox``, ``shaded`` ISO-2 countries tinted by weight,
    points as linked circles (area ∝ weight). Points outside the box are returned apart so
    the page can still list them."""
    proj = _Projection(bbox, width)
    shaded = shaded or {}
    top = max(shaded.values(), default=1)
    parts: list[str] = [
        f'<svg class="map" xmlns="http://www.w3.org/2000/svg" role="img" '
        f'viewBox="0 0 {proj.width:.0f} {proj.height:.0f}" aria-label="{escape(label)}">',
        f'<rect class="sea" x="0" y="0" width="{proj.width:.0f}" height="{proj.height:.0f}"/>',
    ]
    for country in load_outlines():
        if not _overlaps(country.bbox, bbox):
            continue
        d = " ".join(
            "M" + "L".join(f"{x:.1f},{y:.1f}" for x, y in (proj(lon, lat) for lon, lat in ring))
            + "Z" for ring in country.rings)
        weight = shaded.get(country.iso2 or "", 0)
        level = 0 if not weight else 1 + min(3, int(3 * math.sqrt(weight / top)))
        parts.append(f'<path class="land l{level}" d="{d}"><title>{escape(country.name)}'
                     f'{escape(f" — {weight}") if weight else ""}</title></path>')
    outside: list[MapPoint] = []
    top_point = max((p.weight for p in points_list(points)), default=1) or 1  # all zero
    for point in sorted(points_list(points), key=lambda p: -p.weight):
        if not proj.contains(point.lon, point.lat):
            outside.append(point)
            continue
        x, y = proj(point.lon, point.lat)
        radius = 3.0 + 9.0 * math.sqrt(point.weight / top_point)
        tone = f" ev-{css_token(point.tone)}" if point.tone else ""
        parts.append(
            f'<a href="{escape(point.href)}" class="pt pt-{css_token(point.kind)}{tone}">'
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{radius:.1f}"/>'
            f'<title>{escape(point.label)} ({point.weight})</title></a>')
    parts.append("</svg>")
    return MapResult(Markup("".join(parts)), outside)


def points_list(points: Iterable[MapPoint]) -> list[MapPoint]:
    return points if isinstance(points, list) else list(points)


# --- timeline ---------------------------------------------------------------------------------

# PLOVER event types in legend order (violent → cooperative); colours live in style.css.
PLOVER_TYPES = ("ASSAULT", "COERCE", "MOBILIZE", "THREATEN", "SANCTION", "PROTEST", "ACCUSE",
                "REJECT", "DEMAND", "REQUEST", "RETREAT", "CONCEDE", "AID", "COOPERATE",
                "SUPPORT", "CONSULT", "AGREE")


Span = tuple[str, str]  # (first day, last day), ISO: the x-range charts of one page share


def render_timeline(per_day: Sequence[tuple[str, int]], width: float = 720.0,
                    height: float = 160.0, max_days: int = 400,
                    href: Callable[[str, str], str] | None = None,
                    span: Span | None = None) -> Markup:
    """Bars of mentions per day over the covered date range (days without mentions stay
    visible as gaps, which is the point of a timeline). Long ranges are binned by week.
    Time runs right to left, as the page reads; ``href(first_day, last_day)`` links bars;
    ``span`` fixes the x-range (so two charts of a page line up; days outside are left out)."""
    return _timeline([(d, "", n) for d, n in per_day], (), width, height, max_days, href,
                     "الإشارات في اليوم", span)


def render_event_timeline(rows: Sequence[tuple[str, str, int]], width: float = 720.0,
                          height: float = 170.0, max_days: int = 400,
                          href: Callable[[str, str], str] | None = None,
                          span: Span | None = None) -> Markup:
    """Coded events per day as stacked bars, one colour per PLOVER type (class ``ev-TYPE``;
    the page draws the legend). ``rows`` are (day, type, count)."""
    seen = {t for _, t, _ in rows}
    order = [t for t in PLOVER_TYPES if t in seen] + sorted(seen - set(PLOVER_TYPES))
    return _timeline(rows, order, width, height, max_days, href, "الأحداث في اليوم", span)


def shared_span(*day_lists: Iterable[str]) -> Span | None:
    """The smallest range holding every valid day of every list: one x-range for all the
    charts of a page (an entity's mentions and its events), None when there is no day."""
    days = sorted(str(d)[:10] for days in day_lists for d in days if _is_iso_day(str(d)[:10]))
    return (days[0], days[-1]) if days else None


def _ticks(first: date, last: date, max_ticks: int = 7) -> list[tuple[date, str]]:
    """Calendar ticks inside [first, last]: year starts over long ranges, month starts
    over months, weeks over a few weeks; thinned to ``max_ticks``."""
    span = (last - first).days
    out: list[tuple[date, str]] = []
    if span > 3 * 366:
        out = [(date(y, 1, 1), str(y)) for y in range(first.year + 1, last.year + 1)]
    elif span > 62:
        y, m = first.year, first.month
        while True:
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
            day = date(y, m, 1)
            if day > last:
                break
            out.append((day, day.isoformat()[:7]))
    else:
        out = [(first + timedelta(days=k), (first + timedelta(days=k)).isoformat())
               for k in range(7, span, 7)]
    step = max(1, math.ceil(len(out) / max_ticks))
    return out[step - 1::step] if step > 1 else out


@lru_cache(maxsize=4096)  # one per event type or point kind: called once per bar
def css_token(value: str) -> str:
    """A class-name-safe token (event types come from data files)."""
    return "".join(ch for ch in str(value) if ch.isascii() and (ch.isalnum() or ch in "-_")
                   ) or "x"


@dataclass(frozen=True, slots=True)
class _Axis:
    """The time axis of one chart: ``days`` days from ``first`` across the plot, earliest
    on the right (the page reads right to left). Charts of a page built on the same span
    line up day for day. The span is written on the ``<svg>`` (``data-first``,
    ``data-last``, ``data-days``, ``data-pad``) so static/app.js's date brush can turn a
    dragged x back into days without knowing how the chart was drawn."""

    first: date
    last: date
    days: int
    width: float
    height: float
    pad_x: float = 8.0
    pad_b: float = 22.0
    pad_t: float = 14.0

    def x(self, offset: float) -> float:
        """The x of ``offset`` days after ``first`` (the right edge of that day)."""
        return self.width - self.pad_x - offset * (self.width - 2 * self.pad_x) / self.days

    def head(self, label: str) -> str:
        return (f'<svg class="timeline" xmlns="http://www.w3.org/2000/svg" role="img" '
                f'viewBox="0 0 {self.width:.0f} {self.height:.0f}" aria-label="{escape(label)}" '
                f'data-first="{self.first.isoformat()}" data-last="{self.last.isoformat()}" '
                f'data-days="{self.days}" '
                f'data-pad="{self.pad_x:g}">'
                f'<line class="axis" x1="{self.pad_x}" y1="{self.height - self.pad_b}" '
                f'x2="{self.width - self.pad_x}" y2="{self.height - self.pad_b}"/>')

    def tail(self, top: str) -> str:
        """Calendar ticks, the end dates, the top value, and the closing tag."""
        h, parts = self.height, []
        for day, text in _ticks(self.first, self.last):
            x = self.x((day - self.first).days)
            if self.pad_x + 100 < x < self.width - self.pad_x - 100:  # clear of the ends
                parts.append(f'<line class="grid" x1="{x:.1f}" y1="{self.pad_t}" x2="{x:.1f}" '
                             f'y2="{h - self.pad_b + 3}"/><text class="tick" x="{x:.1f}" '
                             f'y="{h - 6}" text-anchor="middle">{escape(text)}</text>')
        parts.append(f'<text class="tick" x="{self.width - self.pad_x}" y="{h - 6}" '
                     f'text-anchor="end">{escape(self.first.isoformat())}</text>')
        parts.append(f'<text class="tick" x="{self.pad_x}" y="{h - 6}" '
                     f'text-anchor="start">{escape(self.last.isoformat())}</text>')
        parts.append(f'<text class="tick" x="{self.pad_x}" y="{self.pad_t - 3}">'
                     f'{escape(top)}</text></svg>')
        return "".join(parts)


def _timeline(rows: Sequence[tuple[str, str, int]], order: Sequence[str], width: float,
              height: float, max_days: int, href: Callable[[str, str], str] | None,
              label: str, fixed: Span | None = None) -> Markup:
    days = [(day, k, n) for d, k, n in rows if n > 0 and (day := _iso_day(str(d))) is not None]
    if fixed:
        lo, hi = date.fromisoformat(fixed[0]), date.fromisoformat(fixed[1])
        days = [item for item in days if lo <= item[0] <= hi]
    if not days and not fixed:
        return Markup('<p class="muted">لا توجد تواريخ لرسم الخط الزمني.</p>')
    # A fixed range with nothing in it is still drawn (an empty axis): the page's other
    # charts stay aligned with it, and the date brush can still widen the range from it.
    days.sort()
    first, last = (lo, hi) if fixed else (days[0][0], days[-1][0])
    span = (last - first).days + 1
    bin_days = 1 if span <= max_days else 7 * math.ceil(span / (max_days * 7))
    bins: dict[int, dict[str, int]] = {}
    for day, kind, count in days:
        slot = bins.setdefault((day - first).days // bin_days, {})
        slot[kind] = slot.get(kind, 0) + count
    n_bins = (span - 1) // bin_days + 1
    top = max((sum(slot.values()) for slot in bins.values()), default=0)
    axis = _Axis(first, last, n_bins * bin_days, width, height)
    bar_w = (width - 2 * axis.pad_x) / n_bins
    plot_h = height - axis.pad_b - axis.pad_t
    rank = {k: i for i, k in enumerate(order)}
    parts = [axis.head(label)]
    for key, slot in sorted(bins.items()):
        x = axis.x((key + 1) * bin_days)  # earliest on the right
        start = first + timedelta(days=key * bin_days)
        end = min(last, start + timedelta(days=bin_days - 1))
        what = start.isoformat() if bin_days == 1 else f"{start.isoformat()} – {end.isoformat()}"
        total = sum(slot.values())
        detail = " · ".join(f"{k} {n}" for k, n in sorted(slot.items(),
                                                          key=lambda kv: rank.get(kv[0], 99))
                            if k)
        title = f"{what}: {total}" + (f" ({detail})" if detail else "")
        if href:
            parts.append(f'<a href="{escape(href(start.isoformat(), end.isoformat()))}">')
        parts.append(f"<g><title>{escape(title)}</title>")
        y = height - axis.pad_b
        for kind in sorted(slot, key=lambda k: rank.get(k, 99)):
            h = max(1.5, plot_h * slot[kind] / top)
            y -= h
            cls = f"bar seg ev-{css_token(kind)}" if kind else "bar"
            parts.append(f'<rect class="{cls}" x="{x:.1f}" y="{y:.1f}" '
                         f'width="{max(1.0, bar_w - 1):.1f}" height="{h:.1f}"/>')
        parts.append("</g>")
        if href:
            parts.append("</a>")
    parts.append(axis.tail(str(top)))
    return Markup("".join(parts))


def render_share(months: Sequence[tuple[str, int, int]], width: float = 720.0,
                 height: float = 150.0, href: Callable[[str, str], str] | None = None,
                 span: Span | None = None) -> Markup:
    """An entity's share of coverage: one bar per month, its height the entity's articles
    over all the month's articles (``months`` are (YYYY-MM, articles, total)). Drawn on the
    same day axis as the page's other timelines (``span``), so a month's bar sits under
    that month's daily bars; ``href(first_day, last_day)`` links each month."""
    rows = [(date(int(m[:4]), int(m[5:7]), 1), n, total) for m, n, total in months
            if total > 0 and _is_iso_day(f"{m}-01")]
    if span:
        lo, hi = date.fromisoformat(span[0]), date.fromisoformat(span[1])
    elif rows:
        lo, hi = rows[0][0], _month_end(rows[-1][0])
    else:
        return Markup('<p class="muted">لا توجد أشهر لحساب نصيب التغطية.</p>')
    rows = [r for r in rows if _month_end(r[0]) >= lo and r[0] <= hi]
    axis = _Axis(lo, hi, (hi - lo).days + 1, width, height)
    peak = max((n / total for _, n, total in rows), default=0.0)
    top = peak or 1.0
    plot_h = height - axis.pad_b - axis.pad_t
    parts = [axis.head("نصيب الكيان من مقالات كل شهر")]
    for month, n, total in rows:
        first, last = max(month, lo), min(_month_end(month), hi)
        right, left = axis.x((first - lo).days), axis.x((last - lo).days + 1)
        share = n / total
        h = max(1.5 if n else 0.0, plot_h * share / top)
        title = f"{month.isoformat()[:7]}: {n} / {total} ({share:.1%})"
        if href:
            parts.append(f'<a href="{escape(href(first.isoformat(), last.isoformat()))}">')
        parts.append(f'<g><title>{escape(title)}</title><rect class="bar share" '
                     f'x="{left:.1f}" y="{height - axis.pad_b - h:.1f}" '
                     f'width="{max(1.0, right - left - 1):.1f}" height="{h:.1f}"/></g>')
        if href:
            parts.append("</a>")
    parts.append(axis.tail(f"{peak:.1%}"))
    return Markup("".join(parts))


def _month_end(month: date) -> date:
    return (month.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)


def _is_iso_day(value: str | None) -> bool:
    return _iso_day(str(value)) is not None


@lru_cache(maxsize=1 << 16)  # a chart parses thousands of (day, type) rows, a few per day
def _iso_day(text: str) -> date | None:
    """``text`` as a date if it is exactly a YYYY-MM-DD day, else None."""
    if len(text) != 10:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None
