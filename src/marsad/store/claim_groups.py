"""Claims and claim groups kept at write time: the claims page reads rows, not every article.

The claims view used to regroup the whole store from each article's JSON on the first
request after an ingest (7 s at 10,000 articles, linear in the corpus). Now each article's
claims are classified once, in the worker that prepares its rows (``claim_rows``), stored in
``claims``, and the groups an ingest transaction touched are refreshed before it commits
(``refresh``): their counts, label and conflicts go to ``claim_groups``, ranked by an index
(a bulk load into an empty store counts them once, at its end: ``touch``, ``recount``).
A refresh parses only a touched group's new claims and the few claims dated near them
(:func:`refresh`), never the whole group nor the corpus. Grouping, labels and conflicts are
the rules of :mod:`marsad.claims.grouping`.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from datetime import date
from typing import Any

from marsad.arabic.normalize import normalize
from marsad.claims.conflicts import find_conflicts
from marsad.claims.grouping import (
    MeasureLexicon,
    claims_from_article,
    finish_group,
    label,
    load_lexicon,
)
from marsad.claims.records import Claim, ClaimGroup
from marsad.store.codec import article_json, pack_json, unpack

Row = tuple[Any, ...]
INSERT_CLAIM = ("INSERT INTO claims(article_id, group_id, date, cumulative, source, start, "
                "search, json) VALUES (?,?,?,?,?,?,?,?)")


def group_id(claim: Claim) -> str:
    """The group a claim belongs to, as :attr:`ClaimGroup.id` spells it."""
    return ClaimGroup(claim.measure, claim.subject, claim.modifier, claim.place, "").id


def claim_rows(aid: str, data: dict[str, Any]) -> list[Row]:
    """``claims`` rows of one article (``INSERT_CLAIM`` order); ``search`` is the normalised
    figure and sentence, what a claims query in Arabic («دوما») is matched against."""
    return [(aid, group_id(c), c.date, int(c.cumulative), c.source, c.start,
             normalize(f"{c.text} {c.sentence}"),
             pack_json(json.dumps(c.as_dict(), ensure_ascii=False)))
            for c in claims_from_article(data)]


def _claim(stored: str | bytes) -> Claim:
    """A stored ``claims.json``: packed with the store's JSON dictionary (1.06 → 0.41 KB a
    claim), or text in rows written before."""
    return Claim(**json.loads(unpack(stored) or "{}"))


def load_group(conn: sqlite3.Connection, gid: str, names: dict[str, str] | None = None,
               latest: int | None = None) -> ClaimGroup | None:
    """The stored group ``gid`` named and with its conflicts: all its claims, or the
    ``latest`` ones by date (a page shows a bounded slice of a group of thousands)."""
    sql = "SELECT json FROM claims WHERE group_id = ?"
    args: tuple[Any, ...] = (gid,)
    if latest is not None:
        sql += " ORDER BY date DESC, id DESC LIMIT ?"
        args = (gid, latest)
    claims = [_claim(raw) for (raw,) in conn.execute(sql, args)]
    if not claims:
        return None
    first = claims[0]
    group = ClaimGroup(first.measure, first.subject, first.modifier, first.place, "",
                       claims=claims)
    if names is None:
        names = _names(conn, [k for k in (group.modifier, group.place) if k])
    return finish_group(group, names)


def _entity_names(conn: sqlite3.Connection, ids: Iterable[str],
                  ) -> dict[str, tuple[str | None, str | None]]:
    """(English, Arabic) names of the stored entities among ``ids``."""
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    marks = ",".join("?" * len(wanted))
    return {str(i): (en, ar) for i, en, ar in conn.execute(
        f"SELECT id, name_en, name_ar FROM entities WHERE id IN ({marks})", wanted)}


def _names(conn: sqlite3.Connection, ids: list[str]) -> dict[str, str]:
    """English name, else Arabic, else the id: the names group labels are written with."""
    return {i: str(en or ar or i) for i, (en, ar) in _entity_names(conn, ids).items()}


_UPSERT_GROUP = (
    "INSERT INTO claim_groups(id, measure, subject, modifier, place, label, claims, "
    "sources, conflicts, last_date) VALUES (?,?,?,?,?,?,?,?,?,?) ON CONFLICT(id) DO "
    "UPDATE SET label = excluded.label, claims = excluded.claims, "
    "sources = excluded.sources, conflicts = excluded.conflicts, "
    "last_date = excluded.last_date")
# A group's counts straight from its claims: ``ClaimGroup.sources`` counts ``source or
# article_id``, and ``last_date`` is the latest date (None when no claim has one). The last
# column counts dates that are set but not spelled YYYY-MM-DD…, whose string order need not
# be their day order (see ``_recount``).
_COUNTS = ("SELECT COUNT(*), COUNT(DISTINCT coalesce(nullif(source, ''), article_id)), "
           "MAX(date), SUM(date IS NOT NULL AND date != '' AND date NOT GLOB "
           "'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*') FROM claims WHERE group_id = ?")
# Claims are only ever appended (articles are never deleted or replaced) and a claim's id is
# its rowid, so the claims added since a group's last refresh are its newest ids.
_NEWEST = ("SELECT id FROM claims INDEXED BY claims_group WHERE group_id = ? "
           "ORDER BY id DESC LIMIT ?")


def refresh(conn: sqlite3.Connection, gids: Iterable[str]) -> None:
    """Recompute the summary row of each group in ``gids`` from its stored claims.

    No refresh parses every claim of a stored group: the large groups grow with the corpus
    («deaths», «usd»: thousands of claims at 100,000 articles), and doing so at every commit
    made the bulk load slow down as the store grew (0.07 ms of CPU per article at 10,000
    articles, 0.9 ms at 100,000). A stored group's counts come from SQL over the
    ``claims_group`` index. A group without a place, where conflicts are only sought in a
    place (``require_place``, the default), has none; another keeps its stored conflict count
    adjusted by what the claims added since its last refresh change (:func:`_recount`).
    Groups seen for the first time are built from their claims (:func:`load_group`).
    """
    lex = load_lexicon()
    for gid in sorted(set(gids)):
        stored = conn.execute("SELECT measure, subject, modifier, place, claims, conflicts "
                              "FROM claim_groups WHERE id = ?", (gid,)).fetchone()
        if stored is not None:
            measure, subject, modifier, place, before, conflicts = stored
            claims, sources, last_date, odd_dates = conn.execute(_COUNTS, (gid,)).fetchone()
            if not place and lex.require_place:
                conflicts = 0
            elif 0 < claims - before <= claims and not odd_dates:
                conflicts += _recount(conn, gid, claims - before, lex)
            else:
                claims = 0  # not what this refresh expects: rebuilt from its claims below
            if claims:
                names = _names(conn, [k for k in (modifier, place) if k])
                conn.execute(_UPSERT_GROUP, (
                    gid, measure, subject, modifier, place,
                    label(measure, subject, modifier, place, names, lex), claims, sources,
                    conflicts, last_date or None))
                continue
        group = load_group(conn, gid)
        if group is None:
            conn.execute("DELETE FROM claim_groups WHERE id = ?", (gid,))
            continue
        conn.execute(_UPSERT_GROUP, (gid, group.measure, group.subject, group.modifier,
                                     group.place, group.label, *_totals(group)))


# A group's row as a bulk load's batch leaves it (``touch``): its label now, its counts later.
_TOUCH_GROUP = (
    "INSERT INTO claim_groups(id, measure, subject, modifier, place, label, claims, sources, "
    "conflicts, last_date) VALUES (?,?,?,?,?,?,0,0,0,NULL) ON CONFLICT(id) DO UPDATE SET "
    "label = excluded.label")


def touch(conn: sqlite3.Connection, gids: Iterable[str]) -> None:
    """A bulk load's stand-in for :func:`refresh` in a load into an empty store: each group in
    ``gids`` (their claims written) gets the label a refresh here would write, from the
    entity names as they are now, and a group seen for the first time gets its row (counts
    0) where a refresh would insert it, so the rows keep a refresh's order; :func:`recount`
    fills the counts once, at the end of the load, from all the claims. Refreshing every
    batch cost the load's single writer 0.08 ms of CPU an article (10,000 replicated
    articles), most of it re-reading claims to count conflicts incrementally.
    """
    lex = load_lexicon()
    for gid in sorted(set(gids)):
        key = conn.execute("SELECT measure, subject, modifier, place FROM claim_groups "
                           "WHERE id = ?", (gid,)).fetchone()
        if key is None:
            first = conn.execute("SELECT json FROM claims WHERE group_id = ? LIMIT 1",
                                 (gid,)).fetchone()
            if first is None:  # no claim: nothing a refresh would keep
                continue
            claim = _claim(first[0])
            key = (claim.measure, claim.subject, claim.modifier, claim.place)
        measure, subject, modifier, place = key
        names = _names(conn, [k for k in (modifier, place) if k])
        conn.execute(_TOUCH_GROUP, (gid, measure, subject, modifier, place,
                                    label(measure, subject, modifier, place, names, lex)))


def recount(conn: sqlite3.Connection) -> None:
    """Every stored group's claims, sources, conflicts and latest date from all its claims, as
    :func:`refresh` builds a new group (the end of a bulk load, after :func:`touch`); the
    labels stay those of the groups' last touch, which is when a refresh would name them. A
    group whose conflicts are only sought in a place and that has none is counted by SQL, as
    a refresh counts it, without parsing its claims (a third of them on the shared corpus,
    and the largest groups: «deaths» with no place)."""
    lex = load_lexicon()
    for gid, place in conn.execute("SELECT id, place FROM claim_groups ORDER BY rowid").fetchall():
        totals: tuple[int, int, int, str | None] | None = None
        if not place and lex.require_place:
            claims, sources, last_date, _ = conn.execute(_COUNTS, (gid,)).fetchone()
            totals = (claims, sources, 0, last_date or None) if claims else None
        elif (group := load_group(conn, gid, names={})) is not None:
            totals = _totals(group)
        if totals is None:
            conn.execute("DELETE FROM claim_groups WHERE id = ?", (gid,))
            continue
        conn.execute("UPDATE claim_groups SET claims = ?, sources = ?, conflicts = ?, "
                     "last_date = ? WHERE id = ?", (*totals, gid))


def _totals(group: ClaimGroup) -> tuple[int, int, int, str | None]:
    """A group's claims, sources, conflicts and latest date (None when no claim has one)."""
    return (len(group.claims), len(group.sources), len(group.conflicts),
            max((c.date or "" for c in group.claims), default="") or None)


def _day(claim: Claim) -> int | None:
    """The day :func:`find_conflicts` compares ``claim`` on, None when it leaves it out."""
    if not claim.date or claim.point is None:
        return None
    try:
        return date.fromisoformat(claim.date[:10]).toordinal()
    except ValueError:
        return None


def _recount(conn: sqlite3.Connection, gid: str, added: int, lex: MeasureLexicon) -> int:
    """How many conflicts the group's ``added`` newest claims add to its stored count.

    :func:`finish_group` finds conflicts per scope (day figures, running totals) in windows
    of ``window_days``: a conflict's claims all lie in one *run*, a maximal chain of the
    scope's dated claims (a date and a figure, what :func:`find_conflicts` compares) whose
    consecutive days are at most ``window_days`` apart; runs share no claim, so the count is
    the sum over runs, and claims without a day take part in none. Only the runs holding a
    new claim change: each is found by widening its new days while a claim lies within
    ``window_days`` of its ends (an index range scan on ``claims(group_id, date)``), and
    counted with and without the new claims, in the order a full recount sorts them. The
    cost is the new claims and their runs, not the group. Dates are compared as strings
    here, which is their day order only when spelled YYYY-MM-DD… (the caller checks).
    """
    ids = [i for (i,) in conn.execute(_NEWEST, (gid, added))]
    marks = ",".join("?" * len(ids))
    new = [_claim(raw) for (raw,) in conn.execute(
        f"SELECT json FROM claims WHERE id IN ({marks})", ids)]
    w = lex.window_days
    loaded: dict[int, Claim] = {}
    fetched: list[tuple[int, int]] = []

    def fetch(lo: int, hi: int) -> None:
        """Load the group's claims dated on days ``lo`` to ``hi``."""
        lo, hi = max(lo, 1), min(hi, date.max.toordinal())
        if lo > hi or any(a <= lo and hi <= b for a, b in fetched):
            return
        fetched.append((lo, hi))
        sql = "SELECT id, json FROM claims WHERE group_id = ? AND date >= ?"
        args: list[Any] = [gid, date.fromordinal(lo).isoformat()]
        if hi < date.max.toordinal():
            sql += " AND date < ?"
            args.append(date.fromordinal(hi + 1).isoformat())
        for cid, raw in conn.execute(sql, args):
            if cid not in loaded:
                loaded[cid] = _claim(raw)

    fresh = set(ids)
    delta = 0
    for scope in (False, True):
        days = sorted({d for c in new if c.cumulative == scope
                       and (d := _day(c)) is not None})
        spans: list[list[int]] = []
        for d in days:  # new days already chained to each other
            if spans and d - spans[-1][1] <= w:
                spans[-1][1] = d
            else:
                spans.append([d, d])
        done: set[tuple[int, int]] = set()
        for lo, hi in spans:
            while True:  # widen to the run: no chained claim left within w of either end
                fetch(lo - w, hi + w)
                near = [d for c in loaded.values() if c.cumulative == scope
                        and (d := _day(c)) is not None and lo - w <= d <= hi + w]
                wider = min([lo, *near]), max([hi, *near])
                if wider == (lo, hi):
                    break
                lo, hi = wider
            if (lo, hi) in done:
                continue
            done.add((lo, hi))
            # ids ascending, then the full recount's sort: the same order as a full recount
            items = [(i, c) for i, c in sorted(loaded.items()) if c.cumulative == scope
                     and (d := _day(c)) is not None and lo <= d <= hi]
            items.sort(key=lambda item: (item[1].date or "", item[1].article_id,
                                         item[1].start))
            run = [c for _, c in items]
            old = [c for i, c in items if i not in fresh]
            delta += len(find_conflicts(run, w, lex.relative_difference, lex.max_ratio))
            delta -= len(find_conflicts(old, w, lex.relative_difference, lex.max_ratio))
    return delta


def backfill(conn: sqlite3.Connection) -> None:
    """Classify the claims of every stored article and build their groups (migration 6)."""
    touched: set[str] = set()
    for aid, payload, text in conn.execute(
            "SELECT id, json, text FROM articles ORDER BY rowid").fetchall():
        rows = claim_rows(str(aid), article_json(payload, text))
        conn.executemany(INSERT_CLAIM, rows)
        touched.update(row[1] for row in rows)
    refresh(conn, touched)


def page(conn: sqlite3.Connection, limit: int, offset: int, *, q: str | None = None,
         conflicts: bool = False, min_sources: int = 1, claims_per_group: int = 50,
         ) -> tuple[list[tuple[ClaimGroup, int]], int]:
    """One page of (group, its number of claims), most conflicts, then most sources and
    claims first, and the number of matching groups. Each group carries its latest
    ``claims_per_group`` claims and the conflicts among them.

    ``q`` matches the group's label or id (English: "troops", "Douma", "gpe:syria") or, in
    Arabic, the figure or sentence of any of its claims («دوما»).
    """
    where = ["g.sources >= ?"]
    params: list[Any] = [min_sources]
    if conflicts:
        where.append("g.conflicts > 0")
    if q:
        where.append("(g.label LIKE ? OR g.id LIKE ? OR EXISTS (SELECT 1 FROM claims c "
                     "WHERE c.group_id = g.id AND c.search LIKE ?))")
        params += [f"%{q}%", f"%{q}%", f"%{normalize(q)}%"]
    clause = " AND ".join(where)
    total = conn.execute(f"SELECT COUNT(*) FROM claim_groups g WHERE {clause}",
                         params).fetchone()[0]
    rows = conn.execute(
        f"SELECT g.id, g.claims FROM claim_groups g WHERE {clause} ORDER BY g.conflicts DESC, "
        "g.sources DESC, g.claims DESC, g.id LIMIT ? OFFSET ?", [*params, limit, offset])
    groups = [(group, int(n)) for gid, n in rows.fetchall()
              if (group := load_group(conn, gid, latest=claims_per_group)) is not None]
    return groups, int(total)


def arabic_names(conn: sqlite3.Connection, groups: Iterable[ClaimGroup]) -> dict[str, str]:
    """Arabic display names of the groups' modifiers and places."""
    ids = (k for g in groups for k in (g.modifier, g.place) if k)
    return {i: ar for i, (_, ar) in _entity_names(conn, ids).items() if ar is not None}
