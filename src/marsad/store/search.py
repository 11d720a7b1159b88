"""Full-text search over the analysed shadow of every article, with filters and snippets.

The query goes through the same analyser as the indexed text, so spelling variants, clitics
and light suffixes meet. FTS5 ranks by bm25 (title weighted above body); hits whose text
contains the query verbatim (after normalisation) are moved first, because a user who typed
an exact phrase expects those before stem-only matches.
"""

from __future__ import annotations

import os
import re
import sqlite3
from dataclasses import asdict, dataclass
from functools import lru_cache
from typing import Any

from marsad.arabic.normalize import normalize, strip_diacritics
from marsad.arabic.tokenize import tokenize
from marsad.store.analyzer import analyze, stem, surface
from marsad.store.db import connect

_PHRASE_RE = re.compile(r'"([^"]*)"|(\S+)')
SNIPPET_CHARS = 90
CANDIDATES = 100  # bm25 top-N re-ranked by exactness


@dataclass(slots=True)
class Hit:
    id: str
    title: str | None
    published: str | None
    source: str | None
    url: str | None
    score: float  # bm25 (lower is better, as SQLite reports it)
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


def search(db_path: str | os.PathLike[str] | None, query: str, entity: str | None = None,
           entity_type: str | None = None, date_from: str | None = None,
           date_to: str | None = None, source: str | None = None,
           limit: int = 20) -> list[Hit]:
    """Ranked hits for ``query`` (may be empty when only filters are wanted)."""
    parsed = parse_query(query)
    conn = connect(db_path, readonly=True)
    try:
        rows = _candidates(conn, parsed, entity, entity_type, date_from, date_to, source,
                           max(limit * 5, CANDIDATES) if parsed.fts else limit)
    finally:
        conn.close()
    ranked: list[tuple[bool, float, int, Hit]] = []
    for order, (aid, title, published, src, url, text, score) in enumerate(rows):
        exact = _is_exact(parsed, title or "", text)
        hit = Hit(aid, title, published, src, url, float(score), exact, "")
        ranked.append((not exact, float(score), order, hit))
    ranked.sort(key=lambda r: r[:3])
    hits = [r[3] for r in ranked[:limit]]
    texts = {row[0]: row[5] for row in rows}
    for hit in hits:
        hit.snippet = snippet(texts[hit.id], parsed)
    return hits


def article_filters(source: str | None, date_from: str | None, date_to: str | None,
                    ) -> tuple[list[str], list[Any]]:
    """SQL conditions on articles aliased ``a`` (source, date range), and their parameters."""
    where: list[str] = []
    params: list[Any] = []
    if source:
        where.append("lower(a.source) = lower(?)")
        params.append(source)
    if date_from:
        where.append("a.published >= ?")
        params.append(date_from)
    if date_to:
        where.append("a.published <= ?")
        params.append(date_to)
    return where, params


def _candidates(conn: sqlite3.Connection, parsed: ParsedQuery, entity: str | None,
                entity_type: str | None, date_from: str | None, date_to: str | None,
                source: str | None, limit: int) -> list[tuple[Any, ...]]:
    where: list[str] = []
    params: list[Any] = []
    if parsed.fts:
        select = ("SELECT a.id, a.title, a.published, a.source, a.url, a.text, "
                  "bm25(articles_fts, 2.0, 1.0) AS score FROM articles_fts "
                  "JOIN articles a ON a.rowid = articles_fts.rowid")
        where.append("articles_fts MATCH ?")
        params.append(parsed.fts)
        order = "ORDER BY score"
    else:
        select = ("SELECT a.id, a.title, a.published, a.source, a.url, a.text, 0.0 AS score "
                  "FROM articles a")
        order = "ORDER BY a.published DESC, a.id"
    if entity:
        where.append("a.id IN (SELECT article_id FROM mentions WHERE entity_id = ?)")
        params.append(entity)
    if entity_type:
        where.append("a.id IN (SELECT m.article_id FROM mentions m JOIN entities e "
                     "ON e.id = m.entity_id WHERE e.type = ?)")
        params.append(entity_type)
    article_where, article_params = article_filters(source, date_from, date_to)
    where += article_where
    params += article_params
    sql = select + (" WHERE " + " AND ".join(where) if where else "") + f" {order} LIMIT ?"
    params.append(limit)
    return conn.execute(sql, params).fetchall()


def _is_exact(parsed: ParsedQuery, title: str, text: str) -> bool:
    """Verbatim (normalised) occurrence of every phrase, whatever punctuation sits between."""
    if not parsed.phrases:
        return False
    haystack = normalize(strip_diacritics(f"{title}\n{text}")).lower()
    return all(_phrase_re(p).search(haystack) for p in parsed.phrases if p)


@lru_cache(maxsize=256)
def _phrase_re(phrase: str) -> re.Pattern[str]:
    words = [re.escape(w) for w in phrase.split()]
    return re.compile(r"(?<!\w)" + r"\W+".join(words) + r"(?!\w)")


def snippet(text: str, parsed: ParsedQuery, width: int = SNIPPET_CHARS) -> str:
    """A window of the original text around the first matching word, matches in [[...]]."""
    keys = parsed.terms | parsed.prefixes
    spans = [(t.start, t.end) for t in tokenize(text)
             if t.text[0].isalnum() and _may_match(t.text, keys) and _matches(stem(t.text), parsed)]
    if not spans:
        return text[: width * 2].strip() + ("…" if len(text) > width * 2 else "")
    first = spans[0][0]
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


def _may_match(word: str, keys: set[str]) -> bool:
    """Cheap pre-check: a stem is always a substring of the normalised word."""
    norm = normalize(strip_diacritics(word)).lower()
    return any(k in norm for k in keys)


def _matches(term: str, parsed: ParsedQuery) -> bool:
    return term in parsed.terms or any(term.startswith(p) for p in parsed.prefixes)


__all__ = ["Hit", "parse_query", "search", "snippet", "stem"]
