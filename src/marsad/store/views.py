"""Read queries behind the analyst's pages: who an entity appears with, who reports it, what
is said about it, whom it acts on, which articles repeat one another, where events happen.

Why a module of its own: the web layer stays free of SQL (it formats what these return), and
each query is a plain function over an open read-only connection, so the read model
(:mod:`marsad.store.queries`, which opens the connections), the API, the pages and a script
share one definition. Every function returns plain tuples/dicts of stored values; names for
display come from the ``entities`` table in the same query.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

from marsad.events.incidents import INCIDENT_DAYS, INCIDENT_KM, km
from marsad.store.facts import fact_json, ordinal
from marsad.store.migrations import ACTOR_TYPES, UNDATED

LAST_DAY = "9999-12-31"  # above every stored day: an open upper bound on a day key
MAX_COVERAGE_MONTHS = 120  # a share-of-coverage chart counts at most this many months


@dataclass(frozen=True, slots=True)
class Neighbour:
    """An entity seen beside another one: in how many shared articles."""

    id: str
    type: str
    name_ar: str | None
    name_en: str | None
    articles: int


@dataclass(frozen=True, slots=True)
class Relation:
    """«X acts on Y»: ``role`` is the entity's own role (``actor`` or ``target``); ``other``
    is the entity on the opposite side; ``count`` events of ``type``."""

    role: str
    type: str
    other: str
    other_name: str | None
    count: int


@dataclass(frozen=True, slots=True)
class Said:
    """A statement that mentions an entity in what it says (not as its speaker)."""

    article_id: str
    published: str | None
    source: str | None
    speaker: str | None
    speaker_entity: str | None
    speaker_name: str | None
    cue: str | None
    stance: str | None
    content: str


@dataclass(frozen=True, slots=True)
class Sibling:
    """Another article of the same near-duplicate cluster (the same story, re-published)."""

    id: str
    title: str | None
    source: str | None
    published: str | None
    similarity: float


def entity_exists(conn: sqlite3.Connection, entity_id: str) -> bool:
    """Whether the store knows ``entity_id`` (a primary-key probe, before reading more)."""
    return conn.execute("SELECT 1 FROM entities WHERE id = ?", (entity_id,)).fetchone() \
        is not None


def co_mentioned(conn: sqlite3.Connection, entity_id: str, limit: int = 15,
                 types: tuple[str, ...] = ACTOR_TYPES) -> list[Neighbour]:
    """Entities of ``types`` mentioned in the same articles as ``entity_id``, by how many
    articles they share (most first): the actors a story about it usually involves."""
    marks = ",".join("?" * len(types))
    rows = conn.execute(  # counts kept at write time (store/aggregates.py), actors only
        "SELECT e.id, e.type, e.name_ar, e.name_en, p.articles FROM entity_pairs p "
        f"JOIN entities e ON e.id = p.other WHERE p.entity_id = ? AND e.type IN ({marks}) "
        "ORDER BY p.articles DESC, e.id LIMIT ?", (entity_id, *types, limit)).fetchall()
    return [Neighbour(*row) for row in rows]


def top_sources(conn: sqlite3.Connection, entity_id: str, limit: int = 10,
                ) -> list[tuple[str, int]]:
    """(outlet, articles) of the outlets that mention ``entity_id`` most."""
    rows = conn.execute(
        "SELECT source, articles FROM entity_sources WHERE entity_id = ? "
        "ORDER BY articles DESC, source LIMIT ?", (entity_id, limit)).fetchall()
    return [(str(s), int(n)) for s, n in rows]


def statements_about(conn: sqlite3.Connection, entity_id: str, limit: int = 20) -> list[Said]:
    """Statements whose span mentions ``entity_id`` while someone else speaks: what is said
    *about* an entity, beside what it says itself (``speaker_entity``)."""
    rows = conn.execute(
        # newest first along the entity's (entity, day) key: only its articles are read
        "SELECT s.article_id, a.published, a.source, s.speaker, s.speaker_entity, "
        "(SELECT name_ar FROM entities WHERE id = s.speaker_entity), s.cue, s.stance, "
        f"{ordinal('statements', 's')}, s.json "
        "FROM entity_articles ea CROSS JOIN articles a ON a.rowid = ea.article "
        "CROSS JOIN statements s ON s.article_id = a.id WHERE ea.entity_id = ? "
        "AND (s.speaker_entity IS NULL OR s.speaker_entity != ?) AND EXISTS ("
        "SELECT 1 FROM mentions m WHERE m.article = a.rowid AND m.entity_id = ? "
        "AND m.start >= s.start AND m.\"end\" <= s.\"end\") "
        "ORDER BY ea.day DESC, a.published DESC, s.id LIMIT ?",
        (entity_id, entity_id, entity_id, limit)).fetchall()
    out = []
    full = fact_json(conn, "statements", [(r[0], r[8], r[9]) for r in rows])
    for row, data in zip(rows, full, strict=True):
        aid, published, source, speaker, speaker_entity, speaker_name, cue, stance = row[:8]
        content = (data.get("content") or {}).get("text") or ""
        out.append(Said(aid, published, source, speaker, speaker_entity, speaker_name, cue,
                        stance, str(content)))
    return out


def event_relations(conn: sqlite3.Connection, entity_id: str, min_confidence: float,
                    status: str | None = "new", limit: int = 20) -> list[Relation]:
    """Who ``entity_id`` acts on and who acts on it, by PLOVER type: one row per (role,
    type, other party) with the number of coded events, most first."""
    status_sql = "" if not status or status == "all" else " AND status = ?"
    status_arg: tuple[Any, ...] = () if not status_sql else (status,)
    rows = conn.execute(
        "SELECT role, type, other, (SELECT name_ar FROM entities WHERE id = other), "
        "COUNT(*) AS n FROM ("
        "SELECT 'actor' AS role, type, target AS other FROM events WHERE actor = ? "
        f"AND target IS NOT NULL AND target != actor AND confidence >= ?{status_sql} "
        "UNION ALL SELECT 'target', type, actor FROM events WHERE target = ? "
        f"AND actor IS NOT NULL AND actor != target AND confidence >= ?{status_sql}) "
        "GROUP BY role, type, other ORDER BY n DESC, role, type, other LIMIT ?",
        (entity_id, min_confidence, *status_arg, entity_id, min_confidence, *status_arg,
         limit)).fetchall()
    return [Relation(str(r), str(t), str(o), name, int(n)) for r, t, o, name, n in rows]


def near_duplicates(conn: sqlite3.Connection, article_id: str, limit: int = 20,
                    ) -> list[Sibling]:
    """The other members of ``article_id``'s near-duplicate cluster (ingest's MinHash LSH),
    most similar first: the same story as other outlets or editions carried it."""
    rows = conn.execute(
        "SELECT a.id, a.title, a.source, a.published, n.similarity FROM near_duplicates n "
        "JOIN articles a ON a.id = n.article_id WHERE n.cluster_id = (SELECT cluster_id FROM "
        "near_duplicates WHERE article_id = ?) AND n.article_id != ? "
        "ORDER BY n.similarity DESC, a.published LIMIT ?",
        (article_id, article_id, limit)).fetchall()
    return [Sibling(str(i), t, s, p, float(sim or 0)) for i, t, s, p, sim in rows]


def event_places(conn: sqlite3.Connection, where: str, params: list[Any],
                 limit: int = 300) -> list[tuple[str, str, int]]:
    """(place id, PLOVER type, events) for the events ``where`` selects (over ``events``
    aliased ``ev``), for a map of events coloured by type. The place is the event's
    location, else a place-typed target."""
    rows = conn.execute(
        "SELECT place, type, COUNT(*) AS n FROM (SELECT ev.type, COALESCE(ev.location, "
        "(SELECT id FROM entities WHERE id = ev.target AND type IN ('GPE', 'LOC', 'FAC'))) "
        f"AS place FROM events ev {where}) WHERE place IS NOT NULL "
        "GROUP BY place, type ORDER BY n DESC LIMIT ?", [*params, limit]).fetchall()
    return [(str(p), str(t), int(n)) for p, t, n in rows]


def _day_counts_where(status: str | None, event_type: str | None, date_from: str | None,
                      date_to: str | None) -> tuple[str, list[Any]]:
    where, params = ["1"], []
    if status and status != "all":
        where.append("status = ?")
        params.append(status)
    if event_type:
        where.append("type = ?")
        params.append(event_type)
    if date_from:
        where.append("day >= ?")
        params.append(date_from)
    if date_to:
        where.append("day <= ? AND day != ?")
        params.extend([date_to, UNDATED])
    return " AND ".join(where), params


def _kept_event_counts(entity: str | None) -> tuple[str, list[Any]]:
    """The kept event counts to read: the corpus's, or one entity's."""
    if entity is None:
        return "event_day_counts WHERE 1", []
    return "entity_event_days WHERE entity_id = ?", [entity]


def corpus_event_days(conn: sqlite3.Connection, status: str | None, date_from: str | None,
                      date_to: str | None, entity: str | None = None,
                      ) -> list[tuple[str, str, int]]:
    """(day, type, events) at the default confidence, of the corpus or of the events naming
    ``entity``, from the counts kept at write time: a timeline without counting events."""
    table, base = _kept_event_counts(entity)
    where, params = _day_counts_where(status, None, date_from, date_to)
    rows = conn.execute(
        f"SELECT day, type, SUM(events) FROM {table} AND {where} AND day != ? "
        "GROUP BY day, type ORDER BY day", [*base, *params, UNDATED]).fetchall()
    return [(str(d), str(t), int(n)) for d, t, n in rows]


def corpus_event_total(conn: sqlite3.Connection, status: str | None, event_type: str | None,
                       date_from: str | None, date_to: str | None,
                       entity: str | None = None) -> int:
    """How many events (default confidence) match these filters, from the kept counts."""
    table, base = _kept_event_counts(entity)
    where, params = _day_counts_where(status, event_type, date_from, date_to)
    row = conn.execute(f"SELECT SUM(events) FROM {table} AND {where}",
                       [*base, *params]).fetchone()
    return int(row[0] or 0)


MAX_INCIDENT_CANDIDATES = 300


def incident_candidates(conn: sqlite3.Connection, article_id: str) -> list[str]:
    """The article and the articles whose reports could join one of its incidents: a
    same-type event within ``INCIDENT_DAYS`` at the same or a place within ``INCIDENT_KM``,
    followed transitively (an incident chains reports day by day and town by district), at
    most ``MAX_INCIDENT_CANDIDATES``. Found through the (place, day) event indexes and the
    place coordinates, not by reading the store (events/incidents.py is the rule)."""
    found = {article_id: None}
    seen: set[tuple[str, str, str]] = set()
    todo = [article_id]
    while todo and len(found) < MAX_INCIDENT_CANDIDATES:
        aid = todo.pop()
        for key in conn.execute(
                "SELECT DISTINCT type, coalesce(location, target), day FROM events "
                "WHERE article_id = ? AND +status = 'new' AND day IS NOT NULL "  # by article
                "AND coalesce(location, target) IS NOT NULL", (aid,)).fetchall():
            if key in seen:
                continue
            seen.add(key)
            event_type, place, day = key
            for other in _same_incident_articles(conn, event_type, place, day):
                if other not in found and len(found) < MAX_INCIDENT_CANDIDATES:
                    found[other] = None
                    todo.append(other)
    return list(found)


def _same_incident_articles(conn: sqlite3.Connection, event_type: str, place: str,
                            day: str) -> list[str]:
    places = [place, *_places_near(conn, place)]
    marks = ",".join("?" * len(places))
    low, high = conn.execute("SELECT date(?, ?), date(?, ?)",
                             (day, f"-{INCIDENT_DAYS} day", day,
                              f"+{INCIDENT_DAYS} day")).fetchone()
    if low is None or high is None:
        return []
    return [aid for (aid,) in conn.execute(
        # «+type»: walk the (place, day) indexes; the (type, location) one would read every
        # event of the type at those places, whatever the day
        f"SELECT article_id FROM events WHERE location IN ({marks}) AND day BETWEEN ? AND ? "
        f"AND +type = ? UNION SELECT article_id FROM events WHERE target IN ({marks}) "
        "AND day BETWEEN ? AND ? AND +type = ?",
        (*places, low, high, event_type, *places, low, high, event_type))]


def _places_near(conn: sqlite3.Connection, place: str) -> list[str]:
    """Mentioned places within ``INCIDENT_KM`` of ``place`` (by stored coordinates)."""
    row = conn.execute("SELECT lat, lon FROM entities WHERE id = ?", (place,)).fetchone()
    if row is None or row[0] is None or row[1] is None:
        return []
    lat, lon = float(row[0]), float(row[1])
    pad = INCIDENT_KM / 100.0  # degrees: more than INCIDENT_KM at any latitude people live
    return [str(i) for i, la, lo in conn.execute(
        "SELECT id, lat, lon FROM entities WHERE lat BETWEEN ? AND ? AND lon BETWEEN ? AND ? "
        "AND id != ?", (lat - pad, lat + pad, lon - pad * 2, lon + pad * 2, place))
        if km((lat, lon), (float(la), float(lo))) <= INCIDENT_KM]


@dataclass(frozen=True, slots=True)
class MonthShare:
    """One month of an entity's coverage: its articles among all the articles of the month."""

    month: str  # YYYY-MM
    articles: int
    total: int

    @property
    def share(self) -> float:
        return self.articles / self.total if self.total else 0.0


def monthly_coverage(conn: sqlite3.Connection, entity_id: str, date_from: str | None = None,
                     date_to: str | None = None) -> list[MonthShare]:
    """The share of coverage: per month, the articles that mention ``entity_id`` (summed
    from the kept ``entity_days``) against every article published that month (counted on
    the ``articles_published`` index). A bare count says how much an entity was written
    about; the share says whether that was more than the news at large — a corpus that
    doubles in a month doubles every entity's count, not its share.

    Cost: the entity's day keys, plus one index range over the articles of the months the
    entity spans (bounded by ``date_from``/``date_to`` and the latest
    ``MAX_COVERAGE_MONTHS``): no article row is read. Months without articles are left out."""
    low, high = conn.execute(
        "SELECT MIN(day), MAX(day) FROM entity_days WHERE entity_id = ? AND day > ? "
        "AND day >= ? AND day <= ?",
        (entity_id, UNDATED, date_from or UNDATED, date_to or LAST_DAY)).fetchone()
    if not low or not high:
        return []
    first, last = _month_floor(str(low)[:7], str(high)[:7])
    mine = dict(conn.execute(
        "SELECT substr(day, 1, 7), SUM(articles) FROM entity_days WHERE entity_id = ? "
        "AND day >= ? AND day <= ? GROUP BY 1",
        (entity_id, max(first + "-01", date_from or ""), date_to or LAST_DAY)).fetchall())
    # «< next month» as a string bound: published may carry a time after the date.
    totals = conn.execute(
        "SELECT substr(published, 1, 7), COUNT(*) FROM articles INDEXED BY articles_published "
        "WHERE published >= ? AND published < ? GROUP BY 1 ORDER BY 1",
        (first + "-01", _next_month(last) + "-01")).fetchall()
    return [MonthShare(str(m), int(mine.get(m) or 0), int(n)) for m, n in totals if n]


def _month_floor(first: str, last: str) -> tuple[str, str]:
    """(first, last) months with ``first`` raised to at most ``MAX_COVERAGE_MONTHS`` before
    ``last``."""
    year, month = int(last[:4]), int(last[5:7])
    k = year * 12 + month - 1 - (MAX_COVERAGE_MONTHS - 1)
    floor = f"{k // 12:04d}-{k % 12 + 1:02d}"
    return max(first, floor), last


def _next_month(month: str) -> str:
    year, m = int(month[:4]), int(month[5:7])
    return f"{year + 1:04d}-01" if m == 12 else f"{year:04d}-{m + 1:02d}"


def corpus_event_places(conn: sqlite3.Connection, status: str | None, limit: int = 300,
                        ) -> list[tuple[str, str, int]]:
    """(place, type, events) of the whole corpus at the default confidence, from the counts
    kept at write time (``event_place_counts``): the unfiltered events map."""
    where, params = _day_counts_where(status, None, None, None)
    rows = conn.execute(
        f"SELECT place, type, SUM(events) AS n FROM event_place_counts WHERE {where} "
        "GROUP BY place, type ORDER BY n DESC LIMIT ?", [*params, limit]).fetchall()
    return [(str(p), str(t), int(n)) for p, t, n in rows]
