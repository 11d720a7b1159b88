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

import json
import os
import re
import sqlite3
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from typing import Any

from marsad.arabic.normalize import normalize, strip_diacritics
from marsad.arabic.tokenize import tokenize
from marsad.kb.loader import KBEntity, load_kb
from marsad.kb.query import Understood, query_index
from marsad.store.analyzer import analyze, stem, surface
from marsad.store.db import connect

_PHRASE_RE = re.compile(r'"([^"]*)"|(\S+)')
SNIPPET_CHARS = 90
CANDIDATES = 100  # bm25 top-N re-ranked by exactness
SORTS = ("relevance", "date")
# Facets count the latest this many matching articles (all of them when fewer match).
FACET_SAMPLE = 2000
FACET_SIZE = 10


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
    rows = conn.execute(
        f"SELECT entity_id, COUNT(DISTINCT article_id) FROM mentions WHERE entity_id IN "
        f"({', '.join('?' for _ in ids)}) GROUP BY entity_id", list(ids)).fetchall()
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
    candidates by stems, and each is kept only if its text has one of the forms as whole
    words («ورقة» is not «الرقة», «البغدادي» is not «بغداد»)."""
    known = load_kb().get(reading.id)
    forms = [reading.text, *((known.name_ar, *known.aliases_ar) if known else ())]
    phrases = dict.fromkeys('"' + " ".join(stems) + '"' for form in forms
                            if (stems := analyze(form)))
    pattern = query_index().form_pattern(reading.id)
    if not phrases or pattern is None:
        return []
    typed = normalize(strip_diacritics(reading.text))
    rows = conn.execute(
        "SELECT a.id, a.title, a.text FROM articles_fts JOIN articles a "
        "ON a.rowid = articles_fts.rowid WHERE articles_fts MATCH ? AND a.id NOT IN "
        "(SELECT article_id FROM mentions WHERE entity_id = ?)",
        (" OR ".join(phrases), reading.id))
    out = []
    for aid, title, text in rows:
        haystack = normalize(strip_diacritics(f"{title or ''}\n{text}"))
        if pattern.search(haystack) or _phrase_re(typed).search(haystack):
            out.append(aid)
    return out


@dataclass(slots=True)
class _Plan:
    """The SQL pieces of one search: conditions, parameters and ranking."""

    where: list[str]  # conditions on articles ``a`` besides the text match
    params: list[Any]
    fts: str  # rest words, ranked by bm25 when present
    entity_ids: list[str]

    def matching(self) -> tuple[str, list[Any]]:
        """The WHERE clause selecting every matching article, the text match included."""
        where, params = list(self.where), list(self.params)
        if self.fts:
            where.insert(0, "a.rowid IN (SELECT rowid FROM articles_fts "
                            "WHERE articles_fts MATCH ?)")
            params.insert(0, self.fts)
        return (" WHERE " + " AND ".join(where) if where else ""), params


def _plan(conn: sqlite3.Connection, parsed: ParsedQuery, readings: list[EntityReading],
          entity: str | None, entity_type: str | None, source: str | Sequence[str] | None,
          date_from: str | None, date_to: str | None) -> _Plan:
    where: list[str] = []
    params: list[Any] = []
    for reading in readings:
        where.append("(a.id IN (SELECT article_id FROM mentions WHERE entity_id = ?) OR "
                     "a.id IN (SELECT value FROM json_each(?)))")
        params += [reading.id, json.dumps(_written_forms(conn, reading))]
    if entity:
        where.append("a.id IN (SELECT article_id FROM mentions WHERE entity_id = ?)")
        params.append(resolve_entity(conn, entity) or entity)
    if entity_type:
        where.append("a.id IN (SELECT m.article_id FROM mentions m JOIN entities e "
                     "ON e.id = m.entity_id WHERE e.type = ?)")
        params.append(entity_type)
    article_where, article_params = article_filters(source, date_from, date_to)
    return _Plan(where + article_where, params + article_params, parsed.fts,
                 [r.id for r in readings])


def _rows(conn: sqlite3.Connection, plan: _Plan, sort: str, limit: int
          ) -> list[tuple[Any, ...]]:
    cols = "a.id, a.title, a.published, a.source, a.url, a.text"
    if plan.fts and sort == "relevance":  # the join does the text match, ranked by bm25
        where = "".join(f" {c} AND" for c in plan.where)
        sql = (f"SELECT {cols}, bm25(articles_fts, 2.0, 1.0) AS score FROM articles_fts "
               f"JOIN articles a ON a.rowid = articles_fts.rowid WHERE{where} "
               "articles_fts MATCH ? ORDER BY score LIMIT ?")
        return conn.execute(sql, [*plan.params, plan.fts, limit]).fetchall()
    where, params = plan.matching()
    if plan.entity_ids and sort == "relevance":
        marks = ", ".join("?" for _ in plan.entity_ids)
        sql = (f"SELECT {cols}, -(SELECT COUNT(*) FROM mentions m WHERE m.article_id = a.id "
               f"AND m.entity_id IN ({marks})) AS score FROM articles a{where} "
               "ORDER BY score, a.published DESC, a.id LIMIT ?")
        params = list(plan.entity_ids) + params
    else:
        sql = (f"SELECT {cols}, 0.0 AS score FROM articles a{where} "
               "ORDER BY a.published DESC, a.id LIMIT ?")
    params.append(limit)
    return conn.execute(sql, params).fetchall()


def _total(conn: sqlite3.Connection, plan: _Plan) -> int:
    where, params = plan.matching()
    return int(conn.execute(f"SELECT COUNT(*) FROM articles a{where}", params).fetchone()[0])


def _facets(conn: sqlite3.Connection, plan: _Plan) -> dict[str, list[dict[str, Any]]]:
    """Counts of the matching articles by source, month, entity type and co-mentioned entity,
    over the latest ``FACET_SAMPLE`` matches: a word in half the corpus must not make every
    search page count mentions across half the corpus (5 s at 100,000 articles)."""
    where, matching = plan.matching()
    sample = [aid for (aid,) in conn.execute(
        f"SELECT a.id FROM articles a{where} ORDER BY a.published DESC LIMIT {FACET_SAMPLE}",
        matching)]  # found once, then counted four ways
    matched = "WITH matched AS (SELECT value AS id FROM json_each(?)) "
    params: list[Any] = [json.dumps(sample)]
    sources = conn.execute(
        matched + "SELECT a.source, COUNT(*) FROM articles a JOIN matched USING (id) "
        f"GROUP BY a.source ORDER BY 2 DESC, 1 LIMIT {FACET_SIZE}", params).fetchall()
    months = conn.execute(
        matched + "SELECT substr(a.published, 1, 7), COUNT(*) FROM articles a JOIN matched "
        "USING (id) WHERE a.published IS NOT NULL GROUP BY 1 ORDER BY 1 DESC LIMIT 24",
        params).fetchall()
    types = conn.execute(
        matched + "SELECT e.type, COUNT(DISTINCT m.article_id) FROM mentions m JOIN entities e "
        "ON e.id = m.entity_id WHERE m.article_id IN (SELECT id FROM matched) GROUP BY e.type "
        "ORDER BY 2 DESC", params).fetchall()
    skip = plan.entity_ids or [""]
    co = conn.execute(
        matched + "SELECT m.entity_id, e.name_ar, e.name_en, e.type, "
        "COUNT(DISTINCT m.article_id) FROM mentions m JOIN entities e ON e.id = m.entity_id "
        f"WHERE m.article_id IN (SELECT id FROM matched) AND m.entity_id NOT IN "
        f"({', '.join('?' for _ in skip)}) GROUP BY m.entity_id ORDER BY 5 DESC, 1 "
        f"LIMIT {FACET_SIZE}", [*params, *skip]).fetchall()
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
    when asked, facets. ``query`` may be empty when only filters are wanted."""
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
        rerank = sort == "relevance" and bool(plan.fts or readings)
        rows = _rows(conn, plan, sort, max(want, CANDIDATES) if rerank else want)
        total = _total(conn, plan)
        facet_counts = _facets(conn, plan) if facets else {}
    finally:
        conn.close()
    highlight = _highlight_query(parsed, readings)
    typed = parse_query(query) if readings else parsed  # "exact" means what the user typed
    found: list[Hit] = []
    for aid, title, published, src, url, text, score in rows:
        exact = _is_exact(typed, title or "", text) if plan.fts or readings else False
        found.append(Hit(aid, title, published, src, url, float(score), exact, ""))
    if rerank:
        # Exact hits first among the CANDIDATES best by score, the rest in score order: a fixed
        # window, so page k is the same slice of one ranking whatever the page size.
        head = sorted(range(min(CANDIDATES, len(found))),
                      key=lambda i: (not found[i].exact, found[i].score, i))
        found = [found[i] for i in head] + found[CANDIDATES:]
    hits = found[offset:want]
    texts = {row[0]: row[5] for row in rows}
    for hit in hits:
        hit.snippet = snippet(texts[hit.id], highlight, exact=hit.exact, phrases=typed.phrases)
    return SearchResult(hits, total, readings, rest, literal, facet_counts)


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
    return normalize(strip_diacritics(text)).lower()


@lru_cache(maxsize=256)
def _phrase_re(phrase: str) -> re.Pattern[str]:
    words = [re.escape(w) for w in phrase.split()]
    return re.compile(r"(?<!\w)" + r"\W+".join(words) + r"(?!\w)")


def snippet(text: str, parsed: ParsedQuery, width: int = SNIPPET_CHARS,
            exact: bool = False, phrases: list[str] | None = None) -> str:
    """A window of the original text around the first match, matches in [[...]]; for an
    exact hit, around the phrase itself, so the snippet shows what the badge promises."""
    keys = parsed.terms | parsed.prefixes
    spans = [(t.start, t.end) for t in tokenize(text)
             if t.text[0].isalnum() and _may_match(t.text, keys) and _matches(stem(t.text), parsed)]
    if not spans:
        return text[: width * 2].strip() + ("…" if len(text) > width * 2 else "")
    first = spans[0][0]
    centre = phrases if phrases is not None else parsed.phrases
    if exact and centre:
        at = _phrase_at(text, centre[0])
        if at is not None:
            first = at
    lo = max(0, first - width)
    hi = min(len(text), first + width)
    lo = text.rfind(" ", 0, lo) + 1 if lo else 0
    pieces: list[str] = []
    cursor = lo
    for s, e in spans:
        if s < lo or e > hi:
            continue
        pieces.append(text[cursor:s])
        pieces.append(f"[[{text[s:e]}]]")
        cursor = e
    pieces.append(text[cursor:hi])
    out = "".join(pieces).replace("\n", " ").strip()
    return ("…" if lo else "") + out + ("…" if hi < len(text) else "")


def _phrase_at(text: str, phrase: str) -> int | None:
    """Offset in ``text`` of the token that starts the first verbatim occurrence of ``phrase``
    (tokens are matched on their normalised form, so offsets stay the original's)."""
    tokens = [t for t in tokenize(text) if t.text[0].isalnum()]
    words = phrase.split()
    norms = [_haystack(t.text) for t in tokens]
    for i in range(len(tokens) - len(words) + 1):
        if norms[i:i + len(words)] == words:
            return tokens[i].start
    return None


def _may_match(word: str, keys: set[str]) -> bool:
    """Cheap pre-check: a stem is always a substring of the normalised word."""
    norm = normalize(strip_diacritics(word)).lower()
    return any(k in norm for k in keys)


def _matches(term: str, parsed: ParsedQuery) -> bool:
    return term in parsed.terms or any(term.startswith(p) for p in parsed.prefixes)


__all__ = ["EntityReading", "Hit", "SearchResult", "find", "parse_query", "resolve_entity",
           "search", "snippet", "stem", "suggest"]
