"""One incident, many reports: matching event reports across articles and outlets.

Four outlets report the Douma attack of 7 April 2018 with different words, places («دوما»,
«الغوطة الشرقية») and days (the night of, the morning after). Reports are one incident when
they have the same PLOVER type and status, days at most ``INCIDENT_DAYS`` apart, the same
place or places within ``INCIDENT_KM`` of each other, and no clash of actors (a report's
actor is another report's actor or target, or either is unknown). The claims view and the
ACLED export both group with :func:`cluster`, so an incident is the same wherever it is shown.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

INCIDENT_DAYS = 1  # outlets date one incident a day apart
INCIDENT_KM = 30.0  # a town and the district around it («دوما» / «الغوطة الشرقية»)
_EARTH_KM = 6371.0


@dataclass(frozen=True, slots=True)
class Sighting:
    """What an incident is matched on, for one report of it."""

    type: str
    day: date
    location: str | None
    coords: tuple[float, float] | None
    actor: str | None
    target: str | None
    status: str = "new"  # a threatened attack is not the attack that happened


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance between two (latitude, longitude) points."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (math.sin((lat2 - lat1) / 2) ** 2
         + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2)
    return 2 * _EARTH_KM * math.asin(math.sqrt(h))


def _near(a: Sighting, b: Sighting) -> bool:
    if a.location is not None and a.location == b.location:
        return True
    return a.coords is not None and b.coords is not None and km(a.coords, b.coords) <= INCIDENT_KM


def joins(members: Sequence[Sighting], s: Sighting) -> bool:
    """Does ``s`` report the incident ``members`` report?"""
    if not members or members[0].type != s.type or members[0].status != s.status:
        return False
    if not any(abs((m.day - s.day).days) <= INCIDENT_DAYS and _near(m, s) for m in members):
        return False
    parties = {m.actor for m in members} | {m.target for m in members}
    actors = {m.actor for m in members if m.actor}
    return not (s.actor and actors and s.actor not in parties)


def cluster(sightings: Sequence[Sighting]) -> list[list[int]]:
    """Indices of ``sightings`` grouped into incidents, in order of first report.

    A report without a place cannot be told apart from every other report of its type that
    day, so it stays an incident of its own.
    """
    incidents: list[list[int]] = []
    members: list[list[Sighting]] = []
    by_type: dict[str, list[int]] = {}
    for i, s in enumerate(sightings):
        found = None
        if s.location is not None or s.coords is not None:
            for k in by_type.get(s.type, ()):
                if joins(members[k], s):
                    found = k
                    break
        if found is None:
            by_type.setdefault(s.type, []).append(len(incidents))
            incidents.append([i])
            members.append([s])
        else:
            incidents[found].append(i)
            members[found].append(s)
    return incidents
