"""Small inline SVG charts for the claims page: one figure's values over time, by outlet.

Why inline SVG built here: the pages run offline under a CSP without inline script, so a
chart library is out; a claim group is a handful of points, which plain markup draws well.
Colours are classes (``o0``…``o7`` in style.css), never style attributes, and everything
interpolated is escaped.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from markupsafe import Markup, escape

PALETTE_SIZE = 8  # outlet colours o0…o7; more outlets reuse them in order


@dataclass(frozen=True, slots=True)
class Figure:
    """One claimed figure to plot: its day, value (or low/high range) and outlet."""

    day: str
    low: float
    high: float
    outlet: str
    cumulative: bool = False


def outlet_classes(figures: Sequence[Figure]) -> dict[str, str]:
    """Each outlet's colour class, in order of its first figure (by day, then name): one
    definition for the chart and the legend the page prints beside it."""
    order = dict.fromkeys(f.outlet for f in sorted(figures, key=lambda f: (f.day, f.outlet)))
    return {name: f"o{i % PALETTE_SIZE}" for i, name in enumerate(order)}


def claim_chart(figures: Sequence[Figure], width: float = 640.0, height: float = 170.0,
                label: str = "الأرقام عبر الزمن حسب المصدر") -> Markup:
    """Values over time, one colour per outlet: a dot per figure (a vertical bar for a
    range, a hollow dot for a running total), each outlet's figures joined in date order.
    Time runs right to left, as the page reads. Empty markup when nothing is dated."""
    points = [(date.fromisoformat(f.day), f) for f in figures if _is_day(f.day)]
    if not points:
        return Markup("")
    points.sort(key=lambda p: (p[0], p[1].outlet))
    first, last = points[0][0], points[-1][0]
    top = max(f.high for _, f in points)
    bottom = min(0.0, min(f.low for _, f in points))
    pad_l, pad_r, pad_t, pad_b = 44.0, 16.0, 12.0, 24.0
    plot_w, plot_h = width - pad_l - pad_r, height - pad_t - pad_b
    days = max(1, (last - first).days)

    def x(day: date) -> float:
        frac = 0.5 if last == first else (day - first).days / days
        return width - pad_r - frac * plot_w  # earliest on the right

    def y(value: float) -> float:
        return pad_t + plot_h * (1 - (value - bottom) / ((top - bottom) or 1.0))

    colours = outlet_classes([f for _, f in points])
    parts = [f'<svg class="claimchart" xmlns="http://www.w3.org/2000/svg" role="img" '
             f'viewBox="0 0 {width:.0f} {height:.0f}" aria-label="{escape(label)}">',
             f'<line class="axis" x1="{pad_l}" y1="{height - pad_b}" x2="{width - pad_r}" '
             f'y2="{height - pad_b}"/>']
    for value in sorted({bottom, top}):
        parts.append(f'<text class="tick" x="{pad_l - 4}" y="{y(value) + 4:.1f}" '
                     f'text-anchor="end">{escape(_short(value))}</text>')
    for outlet, cls in colours.items():
        line = [(x(d), y((f.low + f.high) / 2)) for d, f in points if f.outlet == outlet]
        if len(line) > 1:
            path = " ".join(f"{px:.1f},{py:.1f}" for px, py in line)
            parts.append(f'<polyline class="ln {cls}" points="{path}"/>')
    for day, f in points:
        cls = colours[f.outlet]
        mid = (f.low + f.high) / 2
        shown = _short(f.low) if f.low == f.high else f"{_short(f.low)}–{_short(f.high)}"
        title = f"{day.isoformat()} · {f.outlet}: {shown}" + (" (حصيلة تراكمية)"
                                                              if f.cumulative else "")
        parts.append(f"<g><title>{escape(title)}</title>")
        if f.high > f.low:
            parts.append(f'<line class="rng {cls}" x1="{x(day):.1f}" y1="{y(f.high):.1f}" '
                         f'x2="{x(day):.1f}" y2="{y(f.low):.1f}"/>')
        hollow = " cum" if f.cumulative else ""
        parts.append(f'<circle class="dot {cls}{hollow}" cx="{x(day):.1f}" cy="{y(mid):.1f}" '
                     f'r="4.5"/></g>')
    parts.append(f'<text class="tick" x="{width - pad_r}" y="{height - 6}" '
                 f'text-anchor="end">{escape(first.isoformat())}</text>')
    if last != first:
        parts.append(f'<text class="tick" x="{pad_l}" y="{height - 6}" '
                     f'text-anchor="start">{escape(last.isoformat())}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


def _short(value: float) -> str:
    """An axis or tooltip figure: integers without a decimal point, with separators."""
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,.1f}"


def _is_day(value: str) -> bool:
    try:
        date.fromisoformat(value)
    except (TypeError, ValueError):
        return False
    return len(value) == 10
