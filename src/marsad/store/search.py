"""Full-text and entity-aware search over the stored articles, with filters, counts and facets.

Two readings of a query meet here. The words go through the same analyser as the indexed text,
so spelling variants, clitics and light suffixes meet; FTS5 ranks by bm25 (title weighted above
body) and hits containing the query verbatim (after normalisation) come first. And words that
name a KB actor or place («قسد», "SDF", "Syrian Democratic Forces", "ar-Raqqah") are read as
that entity (:mod:`marsad.kb.query`): such a span matches the articles the linker tied to the
entity (the mentions table, whatever form they used) or that write its Arabic name, one of
its aliases or the span's own words as whole words, and the other words still match as text
("SDF oil" = the entity and the word). ``literal=True`` searches the words only.
"""

from __future__ import annotations

import heapq
import json
import os
import re
import sqlite3
from collections import Counter, deque
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from typing import Any

from marsad.arabic.normalize import normalize
from marsad.arabic.tokenize import iter_tokens
from marsad.kb.loader import KBEntity, load_kb
from marsad.kb.query import Understood, query_index
from marsad.store.analyzer import analyze, stem, surface
from marsad.store.db import connect

_PHRASE_RE = re.compile(r'"([^"]*)"|(\S+)')
SNIPPET_CHARS = 90
CANDIDATES = 100  # bm25 top-N re-ranked by exactness
SORTS = ("relevance", "date")
# Bounded work per query, whatever the corpus size: matches are collected newest first (the
# search index in insertion order, an entity's articles by day) and at most TOTAL_CAP of them
# are counted; relevance ranks the newest RANK_WINDOW matches (more when a page reaches past
# it) and facets count the newest FACET_SAMPLE. A word in half of a million articles costs what
# it costs at ten thousand; totals past TOTAL_CAP are reported as a lower bound.
TOTAL_CAP = 10_000
RANK_WINDOW = 2000
FACET_SAMPLE = 1000
FACET_SIZE = 10
# Articles that write an entity's name without a link to it are looked for among the newest
# this many index matches of the name.
WRITTEN_SCAN = 2000
# Words searched with an entity every match must name: either the text matches are probed one
# by one for the entity (newest first, stopping at the cap: about PROBE_US each, and with an
# entity in a share s of the corpus, cap / s of them), or the entity's articles are listed
# (about LIST_US each) and the text matches kept when among them. Listing wins while
# articles² · LIST_US < PROBE_US · cap · corpus; measured at 200,000 articles.
PROBE_US, LIST_US = 5.0, 0.5
# Words with a date range: the articles in the range are listed (about 0.3 µs each) and the
# text matches kept when among them, unless the range holds more than this many articles.
DATE_LIST_CAP = 100_000
# A sort by date over at most this many text matches sorts them; past it, the articles are
# walked newest first by publication date until a page of matches is found.
DATE_SORT_DIRECT = 5000


@dataclass(slots=True)
class Hit:
    id: str
    title: str | None
    published: str | None
    source: str | None
    url: str | None
    score: float  # bm25 (lower is better, as SQLite reports it); mentions for entity queries
    exact: bool  # the query text occurs verbatim (normalised) in title or text
    snippet: str  # original text around the first match, matches in [[...]]

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class ParsedQuery:
    fts: str  # FTS5 MATCH expression over analysed terms
    terms: set[str]  # analysed terms for highlighting
    prefixes: set[str]
    phrases: list[str]  # normalised surface forms that count as "exact"


@dataclass(slots=True)
class EntityReading:
    """How a run of query words was understood: the entity searched and the other readings."""

    text: str
    id: str
    name_ar: str
    name_en: str | None
    type: str
    articles: int  # stored articles that mention it
    candidates: list[dict[str, Any]] = field(default_factory=list)  # other entities so named

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class SearchResult:
    hits: list[Hit]
    total: int
    understood: list[EntityReading]
    rest: str  # the words searched as text
    literal: bool
    facets: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    total_exact: bool = True  # False: more than ``total`` articles match (TOTAL_CAP reached)


def parse_query(query: str) -> ParsedQuery:
    """«"..."» phrases, «word*» prefixes, plain words (AND); all through the analyser."""
    parts: list[str] = []
    terms: set[str] = set()
    prefixes: set[str] = set()
    phrases: list[str] = []
    for match in _PHRASE_RE.finditer(query):
        phrase, word = match.group(1), match.group(2)
        if phrase is not None:
            stems = analyze(phrase)
            if stems:
                parts.append('"' + " ".join(stems) + '"')
                terms.update(stems)
                phrases.append(surface(phrase))
            continue
        assert word is not None
        if word.endswith("*") and len(word) > 1:
            stems = analyze(word[:-1])
            if stems:
                *whole, last = stems
                parts.extend(f'"{s}"' for s in whole)
                parts.append(f'"{last}" *')
                terms.update(whole)
                prefixes.add(last)
            continue
        stems = analyze(word)
        parts.extend(f'"{s}"' for s in stems)
        terms.update(stems)
    if not phrases:
        plain = surface(query.replace('"', " ").replace("*", " "))
        if plain:
            phrases.append(plain)
    return ParsedQuery(" AND ".join(parts), terms, prefixes, phrases)


def _sources(source: str | Sequence[str] | None) -> list[str]:
    if not source:
        return []
    items = source.split(",") if isinstance(source, str) else list(source)
    return [s.strip() for s in items if s and s.strip()]


def article_filters(source: str | Sequence[str] | None, date_from: str | None,
                    date_to: str | None) -> tuple[list[str], list[Any]]:
    """SQL conditions on articles aliased ``a`` (one or several sources, date range)."""
    where: list[str] = []
    params: list[Any] = []
    names = _sources(source)
    if names:
        where.append(f"lower(a.source) IN ({', '.join('lower(?)' for _ in names)})")
        params.extend(names)
    if date_from:
        where.append("a.published >= ?")
        params.append(date_from)
    if date_to:
        where.append("a.published <= ?")
        params.append(date_to)
    return where, params


def _article_counts(conn: sqlite3.Connection, ids: Sequence[str]) -> dict[str, int]:
    if not ids:
        return {}
    rows = conn.execute(  # kept at write time (store/aggregates.py): one row per entity
        f"SELECT entity_id, articles FROM entity_stats WHERE entity_id IN "
        f"({', '.join('?' for _ in ids)})", list(ids)).fetchall()
    return {str(eid): int(n) for eid, n in rows}


def _summary(entity: KBEntity, articles: int) -> dict[str, Any]:
    return {"id": entity.id, "name_ar": entity.name_ar, "name_en": entity.name_en,
            "type": entity.type, "articles": articles}


def _reading(conn: sqlite3.Connection, understood: Understood) -> EntityReading:
    """The candidate the corpus knows best (most articles; KB order breaks ties)."""
    counts = _article_counts(conn, [e.id for e in understood.entities])
    ranked = sorted(enumerate(understood.entities),
                    key=lambda ie: (-counts.get(ie[1].id, 0), ie[0]))
    best = ranked[0][1]
    return EntityReading(understood.text, best.id, best.name_ar, best.name_en, best.type,
                         counts.get(best.id, 0),
                         [_summary(e, counts.get(e.id, 0)) for _, e in ranked[1:]])


def resolve_entity(conn: sqlite3.Connection, value: str) -> str | None:
    """An entity filter's value as an id: a stored id as is, else a name in either script."""
    if conn.execute("SELECT 1 FROM entities WHERE id = ?", (value,)).fetchone():
        return value
    found = query_index().lookup(value.strip())
    if not found:
        return None
    return _reading(conn, Understood(value, found)).id


def suggest(db_path: str | os.PathLike[str] | None, prefix: str, limit: int = 10
            ) -> list[dict[str, Any]]:
    """KB entities whose name or alias starts with ``prefix`` (either script), those most
    mentioned in the store first."""
    candidates = query_index().suggest(prefix, limit)
    conn = connect(db_path, readonly=True)
    try:
        counts = _article_counts(conn, [e.id for e in candidates])
    finally:
        conn.close()
    order = {e.id: i for i, e in enumerate(candidates)}
    ranked = sorted(candidates, key=lambda e: (-counts.get(e.id, 0), order[e.id]))
    return [_summary(e, counts.get(e.id, 0)) for e in ranked[:limit]]


def _written_forms(conn: sqlite3.Connection, reading: EntityReading) -> list[str]:
    """Articles that write the entity's Arabic name or an alias (or the words typed) but were
    not linked to it (the linker judged «عدن» too short, «النصرة» too ambiguous): FTS finds
    candidates by stems among the newest ``WRITTEN_SCAN`` matches, and each is kept only if
    its text has one of the forms as whole words («ورقة» is not «الرقة», «البغدادي» is not
    «بغداد»)."""
    known = load_kb().get(reading.id)
    forms = [reading.text, *((known.name_ar, *known.aliases_ar) if known else ())]
    phrases = dict.fromkeys('"' + " ".join(stems) + '"' for form in forms
                            if (stems := analyze(form)))
    index = query_index()
    if not phrases or index.form_pattern(reading.id) is None:
        return []
    typed = normalize(reading.text)
    typed_words, typed_re = typed.split(), _phrase_re(typed)
    rows = conn.execute(
        "SELECT a.id, a.title, unpacked(a.text) FROM (SELECT rowid FROM articles_fts "
        "WHERE articles_fts MATCH ? ORDER BY rowid DESC LIMIT ?) f "
        "JOIN articles a ON a.rowid = f.rowid "
        f"WHERE NOT {_LINKED}", (" OR ".join(phrases), WRITTEN_SCAN, reading.id))
    out = []
    for aid, title, text in rows:
        haystack = normalize(f"{title or ''}\n{text}")
        if index.writes(reading.id, haystack) or (
                typed_words and typed_words[0] in haystack and typed_re.search(haystack)):
            out.append(aid)
    return out


# The article ``a`` names the entity (one index probe: the article's own entity rows).
_LINKED = ("EXISTS (SELECT 1 FROM entity_articles ea WHERE ea.article = a.rowid "
           "AND ea.entity_id = ?)")


@dataclass(slots=True)
class _Plan:
    """The SQL pieces of one search: conditions on articles ``a``, parameters and ranking."""

    where: list[str]  # conditions on articles ``a`` besides the text match and ``linked``
    params: list[Any]
    fts: str  # rest words, ranked by bm25 when present
    entity_ids: list[str]  # the understood entities (relevance: how often each is mentioned)
    lead: str | None = None  # an entity every match names: its articles drive the scan
    written: list[str] = field(default_factory=list)  # ids matching the lead by name only
    days: tuple[str | None, str | None] = (None, None)  # the date filter, as days
    published: tuple[str | None, str | None] = (None, None)  # the date filter, as given
    # With words: entities every match must name, each with the ids of the articles that
    # write it unlinked (:func:`_written_forms`); kept apart so that the cheaper side of the
    # word and the entity drives the scan (:func:`_matches_linked`).
    linked: list[tuple[str, list[str]]] = field(default_factory=list)
    # What :func:`_listed` chose, kept: a sort by date lists again what the match count did.
    listing: tuple[set[int] | None, _Plan] | None = None
    # The lead entity's mentions in each of its articles, as its scan read them: ranking
    # by mentions needs no second look-up per article (:func:`_by_lead_mentions`).
    lead_mentions: dict[int, int] | None = None

    def conditions(self, with_linked: bool = False) -> tuple[str, list[Any]]:
        """SQL conditions on ``a`` (`` AND …``) and their parameters; ``with_linked`` adds
        the entities every match must name."""
        where, params = list(self.where), list(self.params)
        if with_linked:
            more, more_params = _linked_conditions(self.linked)
            where, params = where + more, params + more_params
        return "".join(f" AND {c}" for c in where), params


def _linked_conditions(linked: Sequence[tuple[str, list[str]]]) -> tuple[list[str], list[Any]]:
    """SQL conditions on ``a``: it names each entity, or is among the articles writing it."""
    where: list[str] = []
    params: list[Any] = []
    for entity_id, written in linked:
        if written:
            where.append(f"({_LINKED} OR a.id IN (SELECT value FROM json_each(?)))")
            params += [entity_id, json.dumps(written)]
        else:
            where.append(_LINKED)
            params.append(entity_id)
    return where, params


def _plan(conn: sqlite3.Connection, parsed: ParsedQuery, readings: list[EntityReading],
          entity: str | None, entity_type: str | None, source: str | Sequence[str] | None,
          date_from: str | None, date_to: str | None) -> _Plan:
    where: list[str] = []
    params: list[Any] = []
    lead: str | None = None
    written: list[str] = []
    linked: list[tuple[str, list[str]]] = []
    for reading in readings:
        forms = _written_forms(conn, reading)
        if lead is None and not parsed.fts:
            lead, written = reading.id, forms
            continue
        linked.append((reading.id, forms))
    if entity:
        entity_id = resolve_entity(conn, entity) or entity
        if lead is None and not parsed.fts:
            lead = entity_id
        else:
            linked.append((entity_id, []))
    if entity_type:
        where.append("EXISTS (SELECT 1 FROM entity_articles ea JOIN entities e "
                     "ON e.id = ea.entity_id WHERE ea.article = a.rowid AND e.type = ?)")
        params.append(entity_type)
    article_where, article_params = article_filters(source, date_from, date_to)
    plan = _Plan(where + article_where, params + article_params, parsed.fts,
                 [r.id for r in readings], lead, written,
                 (date_from[:10] if date_from else None, date_to[:10] if date_to else None),
                 (date_from, date_to))
    if parsed.fts:
        plan.linked = linked
    else:  # the lead entity's articles drive the scan; the others are conditions on them
        more, more_params = _linked_conditions(linked)
        plan.where += more
        plan.params += more_params
    return plan


def _matches_newest(conn: sqlite3.Connection, plan: _Plan, limit: int) -> list[int]:
    """Rowids of up to ``limit`` matching articles, newest first, each scan stopping at
    ``limit``: the text index backwards (insertion order), the lead entity's articles by day,
    or the articles by publication date."""
    if plan.fts and (plan.linked or any(plan.published)):
        return _matches_listed(conn, plan, limit)
    cond, params = plan.conditions()
    if plan.fts:
        sql = ("SELECT a.rowid FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid "
               f"WHERE articles_fts MATCH ?{cond} ORDER BY articles_fts.rowid DESC LIMIT ?")
        return [r for (r,) in conn.execute(sql, [plan.fts, *params, limit])]
    if plan.lead is None:
        sql = (f"SELECT a.rowid FROM articles a WHERE 1{cond} "
               "ORDER BY a.published DESC, a.rowid DESC LIMIT ?")
        return [r for (r,) in conn.execute(sql, [*params, limit])]
    day_from, day_to = plan.days
    days = "".join((" AND ea.day >= ?" if day_from else "", " AND ea.day <= ?" if day_to else ""))
    # Without conditions on the article, the entity's own rows answer (no look-up per row).
    join = " JOIN articles a ON a.rowid = ea.article" if cond else ""
    scanned = conn.execute(
        f"SELECT ea.article, ea.day, ea.mentions FROM entity_articles ea{join} "
        f"WHERE ea.entity_id = ?{days}{cond} ORDER BY ea.day DESC, ea.article DESC LIMIT ?",
        [plan.lead, *(d for d in plan.days if d), *params, limit]).fetchall()
    plan.lead_mentions = {rowid: mentions for rowid, _, mentions in scanned}
    linked = [(rowid, day) for rowid, day, _ in scanned]
    if not plan.written:
        return [r for r, _ in linked]
    by_name = conn.execute(
        "SELECT a.rowid, coalesce(substr(a.published, 1, 10), '') FROM articles a "
        f"WHERE a.id IN (SELECT value FROM json_each(?)){cond}",
        [json.dumps(plan.written), *params]).fetchall()
    merged = sorted({*linked, *by_name}, key=lambda row: (row[1], row[0]), reverse=True)
    return [r for r, _ in merged[:limit]]


def _listed(conn: sqlite3.Connection, plan: _Plan, limit: int) -> tuple[set[int] | None, _Plan]:
    """For words that must come with entities or a date range: a set of rowids every match
    is among, when listing it is cheaper than probing the text matches one by one, and the
    plan of what is left to check. Entities: the articles naming the rarest of them. A rare
    entity with a common word («مصادر» with the SDF: 28,000 text matches, 960 with the
    entity) cost 120 ms probed and is 6 ms listed; a common entity is found among the
    newest text matches long before a list of its articles is read (:data:`PROBE_US`).
    Else a date range holding at most :data:`DATE_LIST_CAP` articles («آخر» in two years:
    120 ms probed, 36 ms listed). ``(None, plan)`` when probing wins. Chosen once per plan."""
    if plan.listing is None:
        plan.listing = _cheaper_side(conn, plan, limit)
    return plan.listing


def _cheaper_side(conn: sqlite3.Connection, plan: _Plan, limit: int
                  ) -> tuple[set[int] | None, _Plan]:
    """:func:`_listed`, computed."""
    if not plan.linked:
        return _listed_dates(conn, plan), plan
    counts = _article_counts(conn, [entity_id for entity_id, _ in plan.linked])
    rarest = min(range(len(plan.linked)), key=lambda i: counts.get(plan.linked[i][0], 0))
    entity_id, written = plan.linked[rarest]
    size = counts.get(entity_id, 0) + len(written)
    corpus = conn.execute("SELECT coalesce(max(rowid), 0) FROM articles").fetchone()[0]
    if size * size * LIST_US >= PROBE_US * limit * corpus:
        return _listed_dates(conn, plan), plan
    named = {r for (r,) in conn.execute(
        "SELECT article FROM entity_articles WHERE entity_id = ?", (entity_id,))}
    if written:
        named.update(r for (r,) in conn.execute(
            "SELECT rowid FROM articles WHERE id IN (SELECT value FROM json_each(?))",
            (json.dumps(written),)))
    rest = _Plan(plan.where, plan.params, plan.fts, plan.entity_ids,
                 linked=[link for i, link in enumerate(plan.linked) if i != rarest])
    return named, rest


def _listed_dates(conn: sqlite3.Connection, plan: _Plan) -> set[int] | None:
    """Rowids of the articles in the plan's date range, unless it has none or holds more
    than :data:`DATE_LIST_CAP`."""
    where, params = article_filters(None, *plan.published)
    if not where:
        return None
    rows = conn.execute(f"SELECT a.rowid FROM articles a WHERE {' AND '.join(where)} LIMIT ?",
                        [*params, DATE_LIST_CAP + 1]).fetchall()
    return {r for (r,) in rows} if len(rows) <= DATE_LIST_CAP else None


def _text_matches(conn: sqlite3.Connection, fts: str, within: set[int] | None) -> list[int]:
    """Rowids of the articles matching ``fts``, newest first (only those ``within``)."""
    rows = conn.execute(
        "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid DESC", (fts,))
    return [r for (r,) in rows if within is None or r in within]


def _matches_listed(conn: sqlite3.Connection, plan: _Plan, limit: int) -> list[int]:
    """:func:`_matches_newest` for words with entities or dates (:func:`_listed`)."""
    named, rest = _listed(conn, plan, limit)
    cond, params = rest.conditions(with_linked=True)
    if named is None:
        sql = ("SELECT a.rowid FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid "
               f"WHERE articles_fts MATCH ?{cond} ORDER BY articles_fts.rowid DESC LIMIT ?")
        return [r for (r,) in conn.execute(sql, [plan.fts, *params, limit])]
    found = _text_matches(conn, plan.fts, named)
    if not cond:
        return found[:limit]
    sql = (f"SELECT a.rowid FROM articles a WHERE a.rowid IN (SELECT value FROM json_each(?))"
           f"{cond} ORDER BY a.rowid DESC LIMIT ?")
    return [r for (r,) in conn.execute(sql, [json.dumps(found), *params, limit])]


# The columns a hit shows; read for the page's rows only (:func:`_fetch`).
_HIT_COLS = "a.id, a.title, a.published, a.source, a.url, unpacked(a.text)"


def _rows(conn: sqlite3.Connection, plan: _Plan, sort: str, window: list[int], limit: int
          ) -> list[tuple[Any, ...]]:
    """The ``limit`` best of the ``window`` (matching rowids, newest first): by bm25 for
    words, by how often the understood entities are mentioned, or by date."""
    if not window:
        return []
    if plan.fts and sort == "relevance":
        # bm25 of the text matches from the window's oldest on, kept when in the window: the
        # index scores without a join, and the window already meets every other condition.
        inside = set(window)
        scored = conn.execute(
            "SELECT rowid, bm25(articles_fts, 2.0, 1.0) FROM articles_fts "
            "WHERE articles_fts MATCH ? AND rowid >= ?", (plan.fts, min(window)))
        best = heapq.nsmallest(limit, ((score, rowid) for rowid, score in scored
                                       if rowid in inside))
        return _fetch(conn, [(rowid, score) for score, rowid in best])
    inside_sql = "a.rowid IN (SELECT value FROM json_each(?))"
    if plan.entity_ids == [plan.lead] and plan.lead_mentions is not None and sort == "relevance":
        return _fetch(conn, _by_lead_mentions(conn, window, plan.lead_mentions, limit))
    if plan.entity_ids and sort == "relevance":
        marks = ", ".join("?" for _ in plan.entity_ids)
        sql = (f"SELECT a.rowid, -(SELECT coalesce(SUM(ea.mentions), 0) FROM entity_articles ea "
               f"WHERE ea.article = a.rowid AND ea.entity_id IN ({marks})) AS score "
               f"FROM articles a WHERE {inside_sql} ORDER BY score, a.published DESC, a.id "
               "LIMIT ?")
        return _fetch(conn, conn.execute(sql, [*plan.entity_ids, json.dumps(window), limit]))
    if plan.fts:  # by date: the newest by publication among every match, not the window
        return _newest_published(conn, plan, limit)
    sql = (f"SELECT a.rowid, 0.0 FROM articles a WHERE {inside_sql} "
           "ORDER BY a.published DESC, a.id LIMIT ?")
    return _fetch(conn, conn.execute(sql, [json.dumps(window), limit]))


def _by_lead_mentions(conn: sqlite3.Connection, window: list[int], mentions: dict[int, int],
                      limit: int) -> list[tuple[int, float]]:
    """The ``limit`` best of the ``window`` for one entity, as the SQL ranking orders them
    (more mentions first, then the latest published, then the id; articles that only write
    its name count 0 mentions), with the score. Publication dates are read only for the
    articles whose mention count can reach the page: at 200,000 articles the SQL ranking
    spent 15–30 ms probing the mentions of 2,000 articles to show 20."""
    count = {rowid: mentions.get(rowid, 0) for rowid in window}
    by_count = sorted(window, key=count.__getitem__, reverse=True)
    if len(by_count) > limit:  # the limit-th count, and every article tied with it
        least = count[by_count[limit - 1]]
        by_count = [rowid for rowid in by_count if count[rowid] >= least]
    rows = conn.execute(
        "SELECT a.rowid, a.published, a.id FROM articles a "
        "WHERE a.rowid IN (SELECT value FROM json_each(?))", (json.dumps(by_count),)).fetchall()
    # SQL's ORDER BY score, a.published DESC, a.id (NULL dates last), as stable sorts.
    rows.sort(key=lambda row: row[2])
    rows.sort(key=lambda row: (row[1] is not None, row[1] or ""), reverse=True)
    rows.sort(key=lambda row: count[row[0]], reverse=True)
    return [(rowid, float(-count[rowid])) for rowid, _, _ in rows[:limit]]


def _fetch(conn: sqlite3.Connection, ranked: Iterable[tuple[int, float]]
           ) -> list[tuple[Any, ...]]:
    """The hit columns and score of each ranked (rowid, score), in rank order. A sort keeps
    every column of every row it looks at, so sorting with the text would unpack a whole
    window's texts (2,000 at 200,000 articles: two thirds of an entity search) to show 20."""
    order = list(ranked)
    found = {row[0]: row[1:] for row in conn.execute(
        f"SELECT a.rowid, {_HIT_COLS} FROM articles a "
        "WHERE a.rowid IN (SELECT value FROM json_each(?))",
        (json.dumps([rowid for rowid, _ in order]),))}
    return [(*found[rowid], score) for rowid, score in order]


def _newest_published(conn: sqlite3.Connection, plan: _Plan, limit: int
                      ) -> list[tuple[Any, ...]]:
    """The ``limit`` text matches (meeting every condition) latest by publication date. Few
    matches are sorted; many are met walking the articles by date, newest first, which
    stops after about ``limit`` / (the share of articles that match) rows: sorting every
    article that writes «الرئيس» took 620 ms at 200,000 articles."""
    named, rest = _listed(conn, plan, TOTAL_CAP + 1)  # as the match count listed it
    cond, params = rest.conditions(with_linked=True)
    matches = _text_matches(conn, plan.fts, named)
    order = "ORDER BY a.published DESC, a.id LIMIT ?"
    if len(matches) <= DATE_SORT_DIRECT:
        sql = ("SELECT a.rowid, 0.0 FROM articles a "
               f"WHERE a.rowid IN (SELECT value FROM json_each(?)){cond} {order}")
        return _fetch(conn, conn.execute(sql, [json.dumps(matches), *params, limit]))
    conn.create_function("_search_match", 1, frozenset(matches).__contains__,
                         deterministic=True)
    sql = ("SELECT a.rowid, 0.0 FROM articles a INDEXED BY articles_published "
           f"WHERE _search_match(a.rowid){cond} {order}")
    return _fetch(conn, conn.execute(sql, [*params, limit]))


def _facets(conn: sqlite3.Connection, plan: _Plan, window: list[int]
            ) -> dict[str, list[dict[str, Any]]]:
    """Counts of the newest ``FACET_SAMPLE`` matching articles by source, month, entity type
    and co-mentioned entity: a word in half the corpus must not make every search page count
    mentions across half the corpus (5 s at 100,000 articles)."""
    sample = json.dumps(window[:FACET_SAMPLE])
    by_source: Counter[str] = Counter()
    by_month: Counter[str] = Counter()
    for src, published in conn.execute(
            "SELECT a.source, a.published FROM articles a "
            "WHERE a.rowid IN (SELECT value FROM json_each(?))", (sample,)):
        if src:
            by_source[src] += 1
        if published:
            by_month[published[:7]] += 1
    types = conn.execute(  # an article counts once per type, however many persons it names
        "SELECT e.type, COUNT(DISTINCT ea.article) FROM entity_articles ea JOIN entities e "
        "ON e.id = ea.entity_id WHERE ea.article IN (SELECT value FROM json_each(?)) "
        "GROUP BY e.type ORDER BY 2 DESC, 1", (sample,)).fetchall()
    skip = plan.entity_ids or [""]
    co = conn.execute(
        "SELECT c.entity_id, e.name_ar, e.name_en, e.type, c.n FROM (SELECT entity_id, "
        "COUNT(*) AS n FROM entity_articles WHERE article IN (SELECT value FROM json_each(?)) "
        f"AND entity_id NOT IN ({', '.join('?' for _ in skip)}) GROUP BY entity_id "
        f"ORDER BY n DESC, entity_id LIMIT {FACET_SIZE}) c JOIN entities e ON e.id = c.entity_id "
        "ORDER BY c.n DESC, c.entity_id", [sample, *skip]).fetchall()
    sources = sorted(by_source.items(), key=lambda kv: (-kv[1], kv[0]))[:FACET_SIZE]
    months = sorted(by_month.items(), reverse=True)[:24]
    return {
        "source": [{"value": s, "count": n} for s, n in sources if s],
        "month": [{"value": m, "count": n} for m, n in months],
        "entity_type": [{"value": t, "count": n} for t, n in types],
        "entity": [{"value": i, "name_ar": a, "name_en": e, "type": t, "count": n}
                   for i, a, e, t, n in co],
    }


def find(db_path: str | os.PathLike[str] | None, query: str, *, literal: bool = False,
         entity: str | None = None, entity_type: str | None = None,
         date_from: str | None = None, date_to: str | None = None,
         source: str | Sequence[str] | None = None, sort: str = "relevance",
         limit: int = 20, offset: int = 0, facets: bool = False) -> SearchResult:
    """A page of hits for ``query`` with the total, how the query was understood and,
    when asked, facets. ``query`` may be empty when only filters are wanted. The total is
    exact up to ``TOTAL_CAP`` (``total_exact``); pages reach as far as the total."""
    if sort not in SORTS:
        raise ValueError(f"sort must be one of {SORTS}")
    reading = query_index().understand(query) if not literal else None
    rest = reading.rest if reading is not None else query
    parsed = parse_query(rest)
    conn = connect(db_path, readonly=True)
    try:
        readings = [_reading(conn, u) for u in reading.entities] if reading else []
        plan = _plan(conn, parsed, readings, entity, entity_type, source, date_from, date_to)
        want = offset + limit
        matches = _matches_newest(conn, plan, TOTAL_CAP + 1)
        window = matches[:max(RANK_WINDOW, want)]
        rerank = sort == "relevance" and bool(plan.fts or readings)
        rows = _rows(conn, plan, sort, window, max(want, CANDIDATES) if rerank else want)
        facet_counts = _facets(conn, plan, window) if facets and window else {}
        typed = parse_query(query) if readings else parsed  # "exact" means what the user typed
        found: list[Hit] = []
        for aid, title, published, src, url, text, score in rows:
            exact = _is_exact(typed, title or "", text) if plan.fts or readings else False
            found.append(Hit(aid, title, published, src, url, float(score), exact, ""))
        if rerank:
            # Exact hits first among the CANDIDATES best by score, the rest in score order: a
            # fixed window, so page k is the same slice of one ranking whatever the page size.
            head = sorted(range(min(CANDIDATES, len(found))),
                          key=lambda i: (not found[i].exact, found[i].score, i))
            found = [found[i] for i in head] + found[CANDIDATES:]
        hits = found[offset:want]
        # the page's mentions only: the other candidates were read for ranking, not shown
        marks = _mention_spans(conn, [hit.id for hit in hits], [r.id for r in readings])
    finally:
        conn.close()
    highlight = _highlight_query(parsed, readings)
    texts = {row[0]: row[5] for row in rows}
    for hit in hits:
        hit.snippet = snippet(texts[hit.id], highlight, exact=hit.exact, phrases=typed.phrases,
                              marks=marks.get(hit.id, ()))
    return SearchResult(hits, min(len(matches), TOTAL_CAP), readings, rest, literal,
                        facet_counts, total_exact=len(matches) <= TOTAL_CAP)


def _mention_spans(conn: sqlite3.Connection, ids: list[str], entity_ids: list[str]
                   ) -> dict[str, list[tuple[int, int]]]:
    """Where each article mentions the understood entities (offsets into its text), by
    article id: a hit found by "SDF" shows «قوات سوريا الديمقراطية» where the article wrote
    it, whatever the words typed."""
    if not ids or not entity_ids:
        return {}
    spans: dict[str, list[tuple[int, int]]] = {}
    for aid, start, end in conn.execute(
            "SELECT a.id, m.start, m.\"end\" FROM articles a "
            "JOIN mentions m ON m.article = a.rowid "
            f"WHERE a.id IN (SELECT value FROM json_each(?)) AND m.entity_id IN "
            f"({', '.join('?' for _ in entity_ids)}) ORDER BY a.id, m.start, m.\"end\"",
            [json.dumps(ids), *entity_ids]):
        spans.setdefault(aid, []).append((start, end))
    return spans


def search(db_path: str | os.PathLike[str] | None, query: str, entity: str | None = None,
           entity_type: str | None = None, date_from: str | None = None,
           date_to: str | None = None, source: str | Sequence[str] | None = None,
           limit: int = 20, literal: bool = False) -> list[Hit]:
    """Ranked hits for ``query`` (may be empty when only filters are wanted)."""
    return find(db_path, query, literal=literal, entity=entity, entity_type=entity_type,
                date_from=date_from, date_to=date_to, source=source, limit=limit).hits


def _highlight_query(parsed: ParsedQuery, readings: list[EntityReading]) -> ParsedQuery:
    """The terms to mark in snippets: the text words plus the understood entities' one-word
    Arabic names and aliases, so «قسد» is marked in a hit found by "SDF"."""
    if not readings:
        return parsed
    kb = load_kb()
    terms = set(parsed.terms)
    for reading in readings:
        terms.update(analyze(reading.text))
        known = kb.get(reading.id)
        if known is not None:  # one-word forms only: «سوريا» inside a long name is any word
            for form in (known.name_ar, *known.aliases_ar):
                if len(stems := analyze(form)) == 1:
                    terms.update(stems)
    return ParsedQuery(parsed.fts, terms, parsed.prefixes, parsed.phrases)


def _is_exact(parsed: ParsedQuery, title: str, text: str) -> bool:
    """Verbatim (normalised) occurrence of every phrase, whatever punctuation sits between."""
    if not parsed.phrases:
        return False
    haystack = _haystack(f"{title}\n{text}")
    return all(_phrase_re(p).search(haystack) for p in parsed.phrases if p)


def _haystack(text: str) -> str:
    return normalize(text).lower()


@lru_cache(maxsize=256)
def _phrase_re(phrase: str) -> re.Pattern[str]:
    words = [re.escape(w) for w in phrase.split()]
    return re.compile(r"(?<!\w)" + r"\W+".join(words) + r"(?!\w)")


def snippet(text: str, parsed: ParsedQuery, width: int = SNIPPET_CHARS,
            exact: bool = False, phrases: list[str] | None = None,
            marks: Sequence[tuple[int, int]] = ()) -> str:
    """A window of the original text around the first match, matches in [[...]]; for an
    exact hit, around the first occurrence of the phrase itself, so the snippet shows what
    the badge promises. ``marks`` (sorted spans: where the article mentions the entities the
    query was understood as) are matches too, whatever words they are written in.

    Why words are read lazily: a page shows 20 snippets of whole articles, and only the words
    up to the first match (or phrase) and those of the window after it matter."""
    keys = parsed.terms | parsed.prefixes
    centre = phrases if phrases is not None else parsed.phrases
    phrase = centre[0].split() if exact and centre else None
    recent: deque[tuple[str, int]] = deque(maxlen=len(phrase) if phrase else 1)
    spans: list[tuple[int, int]] = []
    at: int | None = None  # start of the phrase's first occurrence
    first_mark = marks[0][0] if marks else len(text)
    lo = hi = -1
    words = (t for t in iter_tokens(text) if t.text[0].isalnum())
    for word in words:
        if hi >= 0 and word.start >= hi:
            break
        if _may_match(word.text, keys) and _matches(stem(word.text), parsed):
            spans.append((word.start, word.end))
        if phrase is not None and at is None:
            recent.append((_word_form(word.text), word.start))
            if len(recent) == len(phrase) and [form for form, _ in recent] == phrase:
                at = recent[0][1]
        if hi < 0 and at is not None:
            lo, hi = _window(text, at, width)
        elif hi < 0 and phrase is None and (spans or word.start >= first_mark):
            lo, hi = _window(text, min(spans[0][0] if spans else first_mark, first_mark), width)
    if hi < 0 and (spans or marks):  # the phrase never came: around the first match
        lo, hi = _window(text, min(spans[0][0] if spans else first_mark, first_mark), width)
    if not spans and not marks and not any(
        _may_match(w.text, keys) and _matches(stem(w.text), parsed) for w in words
    ):
        return text[: width * 2].strip() + ("…" if len(text) > width * 2 else "")
    pieces: list[str] = []
    cursor = lo
    # the longest span at a start first, so a mention is marked whole and its words not again
    for s, e in sorted([*spans, *marks], key=lambda span: (span[0], -span[1])):
        if s < cursor or e > hi:
            continue  # outside the window, or inside a span already marked
        pieces.append(text[cursor:s])
        pieces.append(f"[[{text[s:e]}]]")
        cursor = e
    pieces.append(text[cursor:hi])
    out = "".join(pieces).replace("\n", " ").strip()
    return ("…" if lo else "") + out + ("…" if hi < len(text) else "")


def _window(text: str, first: int, width: int) -> tuple[int, int]:
    """The snippet's bounds around offset ``first``: ``width`` characters each side, the
    start moved back to a word boundary."""
    lo = max(0, first - width)
    hi = min(len(text), first + width)
    return (text.rfind(" ", 0, lo) + 1 if lo else 0), hi


@lru_cache(maxsize=100_000)
def _word_form(word: str) -> str:
    """A word's normalised form, cached: snippets look at every word of 20 texts per page."""
    return _haystack(word)


def _may_match(word: str, keys: set[str]) -> bool:
    """Cheap pre-check: a stem is always a substring of the normalised word."""
    norm = _word_form(word)
    return any(k in norm for k in keys)


def _matches(term: str, parsed: ParsedQuery) -> bool:
    return term in parsed.terms or any(term.startswith(p) for p in parsed.prefixes)


__all__ = ["EntityReading", "Hit", "SearchResult", "find", "parse_query", "resolve_entity",
           "search", "snippet", "stem", "suggest"]
