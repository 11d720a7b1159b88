"""Conflicting figures: the same measured thing, the same few days, different numbers.

Outlets disagree about death tolls and troop numbers all the time, and tolls also rise as a
story develops; both are worth a reader's attention, so the rule is deliberately simple and
data-driven (``claim_measures.json`` → ``conflict``): claims of one group whose dates lie
within ``window_days`` of each other conflict when two of them, from different articles,
differ by more than ``relative_difference`` of the larger figure. Agreement inside one article
(«70 قتيلا ... ارتفع إلى 80») is not a conflict between sources.
"""

from __future__ import annotations

from bisect import bisect_right
from datetime import date

from marsad.claims.records import Claim, Conflict


def _ordinal(iso: str) -> int | None:
    try:
        return date.fromisoformat(iso[:10]).toordinal()
    except ValueError:
        return None


def differs(a: float, b: float, relative_difference: float,
            max_ratio: float | None = None) -> bool:
    """True when the figures differ by more than ``relative_difference`` of the larger one.

    With ``max_ratio``, figures further apart than that ratio are not comparable at all (a
    day's toll against a war's toll) and do not count as disagreeing.
    """
    high = max(abs(a), abs(b))
    low = min(abs(a), abs(b))
    if high <= 0:
        return False
    if max_ratio is not None and (low == 0 or high / low > max_ratio):
        return False
    return abs(a - b) / high > relative_difference


def find_conflicts(claims: list[Claim], window_days: int = 2,
                   relative_difference: float = 0.1, max_ratio: float | None = 5.0,
                   ) -> list[Conflict]:
    """Every maximal date window of ``claims`` holding disagreeing figures from two articles."""
    dated = []
    for claim in claims:
        day = _ordinal(claim.date) if claim.date else None
        if day is not None and claim.point is not None:
            dated.append((day, claim))
    dated.sort(key=lambda item: (item[0], item[1].article_id, item[1].start))
    days = [d for d, _ in dated]
    out: list[Conflict] = []
    seen: list[set[int]] = []
    for i, day in enumerate(days):
        # sorted by day: the window ends where the days pass ``day + window_days``
        window = dated[i:bisect_right(days, day + window_days, lo=i)]
        if not _disagree([c for _, c in window], relative_difference, max_ratio):
            continue
        involved = _involved([c for _, c in window], relative_difference, max_ratio)
        ids = {id(c) for c in involved}
        if any(ids <= other for other in seen):
            continue
        seen.append(ids)
        points = [c.point for c in involved if c.point is not None]
        out.append(Conflict(
            date_from=min(c.date or "" for c in involved),
            date_to=max(c.date or "" for c in involved),
            low=min(points), high=max(points), claims=involved))
    return out


def _disagree(claims: list[Claim], relative_difference: float, max_ratio: float | None,
              ) -> bool:
    """Two claims from different articles whose figures differ beyond the threshold."""
    for i, a in enumerate(claims):
        for b in claims[i + 1:]:
            if a.article_id != b.article_id and a.point is not None and b.point is not None \
                    and differs(a.point, b.point, relative_difference, max_ratio):
                return True
    return False


def _involved(claims: list[Claim], relative_difference: float, max_ratio: float | None,
              ) -> list[Claim]:
    """The claims taking part in at least one disagreeing pair, in date order."""
    keep: set[int] = set()
    for i, a in enumerate(claims):
        for b in claims[i + 1:]:
            if a.article_id != b.article_id and a.point is not None and b.point is not None \
                    and differs(a.point, b.point, relative_difference, max_ratio):
                keep.update((id(a), id(b)))
    return [c for c in claims if id(c) in keep]
