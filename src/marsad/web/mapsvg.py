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
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
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
    top_point = max((p.weight for p in points_list(points)), default=1)
    for point in sorted(points_list(points), key=lambda p: -p.weight):
        if not proj.contains(point.lon, point.lat):
            outside.append(point)
            continue
        x, y = proj(point.lon, point.lat)
        radius = 3.0 + 9.0 * math.sqrt(point.weight / top_point)
        parts.append(
            f'<a href="{escape(point.href)}" class="pt pt-{escape(point.kind)}">'
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{radius:.1f}"/>'
            f'<title>{escape(point.label)} ({point.weight})</title></a>')
    parts.append("</svg>")
    return MapResult(Markup("".join(parts)), outside)


def points_list(points: Iterable[MapPoint]) -> list[MapPoint]:
    return points if isinstance(points, list) else list(points)


# --- timeline ---------------------------------------------------------------------------------


def render_timeline(per_day: Sequence[tuple[str, int]], width: float = 720.0,
                    height: float = 160.0, max_days: int = 400) -> Markup:
    """Bars of mentions per day over the covered date range (days without mentions stay
    visible as gaps, which is the point of a timeline). Long ranges are binned by week."""
    days = [(date.fromisoformat(d), n) for d, n in per_day if _is_iso_day(d)]
    if not days:
        return Markup('<p class="muted">لا توجد تواريخ نشر لرسم الخط الزمني.</p>')
    days.sort()
    first, last = days[0][0], days[-1][0]
    span = (last - first).days + 1
    bin_days = 1 if span <= max_days else 7 * math.ceil(span / (max_days * 7))
    bins: dict[int, int] = {}
    for day, count in days:
        key = (day - first).days // bin_days
        bins[key] = bins.get(key, 0) + count
    n_bins = (span - 1) // bin_days + 1
    top = max(bins.values())
    pad_b, pad_t, pad_x = 22.0, 14.0, 8.0
    bar_w = (width - 2 * pad_x) / n_bins
    plot_h = height - pad_b - pad_t
    parts = [f'<svg class="timeline" xmlns="http://www.w3.org/2000/svg" role="img" '
             f'viewBox="0 0 {width:.0f} {height:.0f}" aria-label="الإشارات في اليوم">',
             f'<line class="axis" x1="{pad_x}" y1="{height - pad_b}" x2="{width - pad_x}" '
             f'y2="{height - pad_b}"/>']
    for key, count in sorted(bins.items()):
        h = max(1.5, plot_h * count / top)
        x = pad_x + key * bar_w
        start = first + timedelta(days=key * bin_days)
        what = start.isoformat() if bin_days == 1 else f"{start.isoformat()} (+{bin_days - 1})"
        parts.append(f'<rect class="bar" x="{x:.1f}" y="{height - pad_b - h:.1f}" '
                     f'width="{max(1.0, bar_w - 1):.1f}" height="{h:.1f}">'
                     f"<title>{escape(what)}: {count}</title></rect>")
    parts.append(f'<text class="tick" x="{width - pad_x}" y="{height - 6}" '
                 f'text-anchor="end">{escape(first.isoformat())}</text>')
    parts.append(f'<text class="tick" x="{pad_x}" y="{height - 6}" '
                 f'text-anchor="start">{escape(last.isoformat())}</text>')
    parts.append(f'<text class="tick" x="{pad_x}" y="{pad_t - 3}">{top}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


def _is_iso_day(value: str | None) -> bool:
    try:
        date.fromisoformat(str(value)[:10])
    except ValueError:
        return False
    return len(str(value)) == 10
