"""Numbered schema migrations: the database records its version and is upgraded in order.

New extractors need no migration (the full ``to_dict`` JSON is kept per article); a migration
is only for new indexed columns or tables. Append to ``MIGRATIONS``, never edit a shipped one.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from marsad.events.coder import DETECTION_THRESHOLD
from marsad.store.codec import article_json


@dataclass(slots=True, frozen=True)
class Migration:
    version: int
    name: str
    apply: Callable[[sqlite3.Connection], None]


_V1 = """
CREATE TABLE articles (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    title TEXT,
    published TEXT,
    source TEXT,
    url TEXT,
    language TEXT,
    text TEXT NOT NULL,
    text_hash TEXT NOT NULL UNIQUE,
    json TEXT NOT NULL,
    run_id INTEGER REFERENCES ingest_runs(id),
    ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_source ON articles(source);

CREATE TABLE documents (
    article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    origin TEXT,
    format TEXT,
    content BLOB NOT NULL,
    content_hash TEXT NOT NULL
);
CREATE INDEX documents_hash ON documents(content_hash);

CREATE TABLE entities (
    id TEXT PRIMARY KEY,
    type TEXT NOT NULL,
    name_ar TEXT,
    name_en TEXT,
    wikidata TEXT,
    category TEXT,
    country TEXT,
    lat REAL,
    lon REAL,
    in_kb INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX entities_type ON entities(type);

CREATE TABLE mentions (
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    entity_id TEXT NOT NULL REFERENCES entities(id),
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT,
    how TEXT
);
CREATE INDEX mentions_entity ON mentions(entity_id, article_id);
CREATE INDEX mentions_article ON mentions(article_id);

CREATE TABLE quantities (
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT,
    value REAL,
    unit TEXT,
    counted TEXT,
    json TEXT NOT NULL
);
CREATE INDEX quantities_article ON quantities(article_id);

CREATE TABLE times (
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT,
    value TEXT,
    granularity TEXT,
    json TEXT NOT NULL
);
CREATE INDEX times_article ON times(article_id);
CREATE INDEX times_value ON times(value);

CREATE TABLE statements (
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER,
    "end" INTEGER,
    speaker TEXT,
    speaker_entity TEXT,
    cue TEXT,
    stance TEXT,
    json TEXT NOT NULL
);
CREATE INDEX statements_article ON statements(article_id);
CREATE INDEX statements_speaker ON statements(speaker_entity);

CREATE TABLE ingest_runs (
    id INTEGER PRIMARY KEY,
    started_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    finished_at TEXT,
    status TEXT NOT NULL DEFAULT 'running',
    sources TEXT NOT NULL,
    read INTEGER NOT NULL DEFAULT 0,
    new INTEGER NOT NULL DEFAULT 0,
    duplicate INTEGER NOT NULL DEFAULT 0,
    near_duplicate INTEGER NOT NULL DEFAULT 0,
    failed INTEGER NOT NULL DEFAULT 0,
    failures TEXT NOT NULL DEFAULT '[]'
);

CREATE TABLE minhashes (
    article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    signature BLOB NOT NULL
);
CREATE TABLE lsh_buckets (
    bucket INTEGER NOT NULL,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE
);
CREATE INDEX lsh_bucket ON lsh_buckets(bucket);
CREATE INDEX lsh_article ON lsh_buckets(article_id);

CREATE TABLE near_duplicates (
    article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    cluster_id TEXT NOT NULL,
    similarity REAL NOT NULL
);
CREATE INDEX near_duplicates_cluster ON near_duplicates(cluster_id);

CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, body, tokenize = 'unicode61 remove_diacritics 0'
);
"""


def _v1(conn: sqlite3.Connection) -> None:
    run_script(conn, _V1)


_V2 = """
CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER,
    "end" INTEGER,
    type TEXT NOT NULL,
    mode TEXT,
    actor TEXT,
    target TEXT,
    location TEXT,
    time TEXT,
    fatalities REAL,
    confidence REAL,
    trigger TEXT,
    json TEXT NOT NULL
);
CREATE INDEX events_article ON events(article_id);
CREATE INDEX events_type ON events(type, location);
"""


def _v2_event_rows(aid: str, data: dict[str, Any]) -> list[tuple[Any, ...]]:
    """``events`` rows of one article's JSON in the v2 table's shape (frozen: this migration's
    backfill runs before any later column exists; ingest uses ``event_rows`` below)."""
    rows = []
    for ev in data.get("events") or []:
        rows.append((aid, ev.get("start"), ev.get("end"), ev.get("type"), ev.get("mode"),
                     ev.get("actor"), ev.get("target"), ev.get("location"), ev.get("time"),
                     ev.get("fatalities"), ev.get("confidence"),
                     (ev.get("trigger") or {}).get("text"), json.dumps(ev, ensure_ascii=False)))
    return rows


_V2_INSERT_EVENT = (
    'INSERT INTO events(article_id, start, "end", type, mode, actor, target, location, '
    "time, fatalities, confidence, trigger, json) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)")


def _v2(conn: sqlite3.Connection) -> None:
    """Events get a table (for ACLED/PLOVER export); stored articles are backfilled from JSON."""
    run_script(conn, _V2)
    for aid, payload, text in conn.execute(
            "SELECT id, json, text FROM articles ORDER BY rowid").fetchall():
        conn.executemany(_V2_INSERT_EVENT, _v2_event_rows(aid, article_json(payload, text)))


_V3 = """
ALTER TABLE events ADD COLUMN status TEXT;
ALTER TABLE events ADD COLUMN time_precision TEXT;
ALTER TABLE events ADD COLUMN injured REAL;
ALTER TABLE events ADD COLUMN arrested REAL;
ALTER TABLE events ADD COLUMN displaced REAL;
CREATE INDEX events_status ON events(status, type);
"""
_V3_BATCH = 5_000


def _number(value: Any) -> float | None:
    """A count from the JSON as a float; anything that is not a number becomes NULL."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value)


def event_extras(ev: dict[str, Any]) -> tuple[Any, ...]:
    """(status, time_precision, injured, arrested, displaced) of one event's JSON. An event
    coded before statuses existed has no ``status``: it was reported as news, so ``new``."""
    status = ev.get("status")
    precision = ev.get("time_precision")
    return (status if isinstance(status, str) and status else "new",
            precision if isinstance(precision, str) and precision else None,
            _number(ev.get("injured")), _number(ev.get("arrested")),
            _number(ev.get("displaced")))


def _v3(conn: sqlite3.Connection) -> None:
    """Event status (new/background/planned/hypothetical/negated), time precision and the
    injured/arrested/displaced counts as columns; existing rows are filled from their JSON."""
    run_script(conn, _V3)
    last = 0
    while True:
        rows = conn.execute("SELECT id, json FROM events WHERE id > ? ORDER BY id LIMIT ?",
                            (last, _V3_BATCH)).fetchall()
        if not rows:
            break
        updates = []
        for eid, payload in rows:
            try:
                ev = json.loads(payload)
            except (TypeError, ValueError):
                ev = {}
            updates.append((*event_extras(ev if isinstance(ev, dict) else {}), eid))
        conn.executemany("UPDATE events SET status=?, time_precision=?, injured=?, arrested=?, "
                         "displaced=? WHERE id=?", updates)
        last = rows[-1][0]


_DAY_PATTERN = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def event_day(time: Any, published: Any) -> str | None:
    """An event's day: its own resolved time when that is a day, else the publication day
    (the same rule as ``_V5``'s SQL, which fills stores written before the column)."""
    if isinstance(time, str) and _DAY_PATTERN.match(time):
        return time[:10]
    return str(published)[:10] if published is not None else None


def event_rows(aid: str, data: dict[str, Any]) -> list[tuple[Any, ...]]:
    """``events`` rows of one article's JSON in the current table's shape (``INSERT_EVENT``)."""
    rows = []
    for ev in data.get("events") or []:
        trigger = ev.get("trigger") if isinstance(ev.get("trigger"), dict) else {}
        rows.append((aid, ev.get("start"), ev.get("end"), ev.get("type"), ev.get("mode"),
                     ev.get("actor"), ev.get("target"), ev.get("location"), ev.get("time"),
                     ev.get("fatalities"), ev.get("confidence"),
                     trigger.get("text"), "",  # the full event is the article's (store/facts.py)
                     *event_extras(ev), event_day(ev.get("time"), data.get("published")),
                     _offset(trigger.get("start")), _offset(trigger.get("end"))))
    return rows


def _offset(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


INSERT_EVENT = ('INSERT INTO events(article_id, start, "end", type, mode, actor, target, location, '
                "time, fatalities, confidence, trigger, json, status, time_precision, injured, "
                "arrested, displaced, day, trigger_start, trigger_end) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")


# Entity types counted as the "other" side of a co-mention: those that act or are acted on.
ACTOR_TYPES = ("PER", "ORG", "GPE", "NORP", "MISC")
UNDATED = ""  # the day of an article without a publication date (a key cannot be NULL)

_V4 = """
CREATE TABLE entity_stats (
    entity_id TEXT PRIMARY KEY,
    mentions INTEGER NOT NULL,
    articles INTEGER NOT NULL
);
CREATE INDEX entity_stats_mentions ON entity_stats(mentions DESC, entity_id);
CREATE TABLE entity_articles (
    entity_id TEXT NOT NULL,
    day TEXT NOT NULL,
    article_id TEXT NOT NULL,
    mentions INTEGER NOT NULL,
    PRIMARY KEY (entity_id, day, article_id)
) WITHOUT ROWID;
CREATE INDEX entity_articles_article ON entity_articles(article_id);
CREATE TABLE entity_days (
    entity_id TEXT NOT NULL,
    day TEXT NOT NULL,
    mentions INTEGER NOT NULL,
    articles INTEGER NOT NULL,
    PRIMARY KEY (entity_id, day)
) WITHOUT ROWID;
CREATE TABLE entity_sources (
    entity_id TEXT NOT NULL,
    source TEXT NOT NULL,
    articles INTEGER NOT NULL,
    PRIMARY KEY (entity_id, source)
) WITHOUT ROWID;
CREATE TABLE entity_pairs (
    entity_id TEXT NOT NULL,
    other TEXT NOT NULL,
    articles INTEGER NOT NULL,
    PRIMARY KEY (entity_id, other)
) WITHOUT ROWID;
CREATE TABLE corpus_counts (
    name TEXT PRIMARY KEY,
    value INTEGER NOT NULL
);
"""
_ACTOR_LIST = ",".join(f"'{t}'" for t in ACTOR_TYPES)


def _entity_counts_backfill(key: str, article_key: str) -> str:
    """The entity counts of every stored article, from ``mentions``: ``key`` is the column
    ``mentions`` and ``entity_articles`` hold the article in, ``article_key`` the column of
    ``articles`` it names (the text ``id`` up to migration 13/14, the ``rowid`` since)."""
    return (_entity_articles_backfill(key, article_key) + """
INSERT INTO entity_stats(entity_id, mentions, articles)
SELECT entity_id, SUM(mentions), COUNT(*) FROM entity_articles GROUP BY entity_id;
""" + _entity_breakdowns_backfill(key, article_key) + _entity_pairs_backfill(key) + """
INSERT INTO corpus_counts(name, value)
SELECT 'articles', COUNT(*) FROM articles UNION ALL
SELECT 'mentions', COUNT(*) FROM mentions UNION ALL
SELECT 'statements', COUNT(*) FROM statements UNION ALL
SELECT 'quantities', COUNT(*) FROM quantities UNION ALL
SELECT 'events', COUNT(*) FROM events;
""")


def _entity_articles_backfill(key: str, article_key: str) -> str:
    """``entity_articles`` from ``mentions`` (see :func:`_entity_counts_backfill`)."""
    return f"""
INSERT INTO entity_articles(entity_id, day, {key}, mentions)
SELECT m.entity_id, coalesce(substr(a.published, 1, 10), '{UNDATED}'), m.{key}, COUNT(*)
FROM mentions m JOIN articles a ON a.{article_key} = m.{key} GROUP BY m.entity_id, m.{key};
"""


def _entity_breakdowns_backfill(key: str, article_key: str) -> str:
    """Per-day and per-outlet counts from ``entity_articles``."""
    return f"""
INSERT INTO entity_days(entity_id, day, mentions, articles)
SELECT entity_id, day, SUM(mentions), COUNT(*) FROM entity_articles
WHERE day != '{UNDATED}' GROUP BY entity_id, day;
INSERT INTO entity_sources(entity_id, source, articles)
SELECT ea.entity_id, a.source, COUNT(*) FROM entity_articles ea
JOIN articles a ON a.{article_key} = ea.{key} WHERE a.source IS NOT NULL GROUP BY 1, 2;
"""


def _entity_pairs_backfill(key: str) -> str:
    """Co-mention counts from ``entity_articles`` (the other entity an actor)."""
    return f"""
INSERT INTO entity_pairs(entity_id, other, articles)
SELECT x.entity_id, y.entity_id, COUNT(*) FROM entity_articles x
JOIN entity_articles y ON y.{key} = x.{key} AND y.entity_id != x.entity_id
JOIN entities e ON e.id = y.entity_id AND e.type IN ({_ACTOR_LIST}) GROUP BY 1, 2;
"""


# At migration 4 mentions and entity rows held the article's text id; since migrations 13
# and 14 they hold its rowid.
_V4_BACKFILL = _entity_counts_backfill("article_id", "id")
#: The same counts over today's tables (a recount, e.g. to check the kept ones).
ENTITY_COUNTS_BACKFILL = _entity_counts_backfill("article", "rowid")
#: Its parts, for a bulk load that counts ``entity_stats``, ``entity_pairs`` and
#: ``corpus_counts`` itself.
ENTITY_ARTICLES_BACKFILL = _entity_articles_backfill("article", "rowid")
ENTITY_BREAKDOWNS_BACKFILL = _entity_breakdowns_backfill("article", "rowid")


def _v4(conn: sqlite3.Connection) -> None:
    """Corpus-wide counts kept at write time (``store/aggregates.py``), filled for the
    articles already stored."""
    run_script(conn, _V4)
    run_script(conn, _V4_BACKFILL)


EVENT_DAY_BACKFILL = """
UPDATE events SET day = (
    SELECT CASE WHEN events.time GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*'
           THEN substr(events.time, 1, 10) ELSE substr(a.published, 1, 10) END
    FROM articles a WHERE a.id = events.article_id);
"""
_V5 = """
ALTER TABLE events ADD COLUMN day TEXT;
""" + EVENT_DAY_BACKFILL + """
CREATE INDEX events_status_day ON events(status, day);
CREATE INDEX events_actor_day ON events(actor, day);
CREATE INDEX events_target_day ON events(target, day);
CREATE INDEX events_location_day ON events(location, day);
"""


def _v5(conn: sqlite3.Connection) -> None:
    """Each event's day as a column with indexes per status and per role, so event lists
    and timelines read an index range instead of joining every event to its article."""
    run_script(conn, _V5)


_V6 = """
CREATE TABLE claims (
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    group_id TEXT NOT NULL,
    date TEXT,
    cumulative INTEGER NOT NULL DEFAULT 0,
    source TEXT,
    start INTEGER,
    search TEXT NOT NULL DEFAULT '',
    json TEXT NOT NULL
);
CREATE INDEX claims_group ON claims(group_id, date);
CREATE INDEX claims_article ON claims(article_id);
CREATE TABLE claim_groups (
    id TEXT PRIMARY KEY,
    measure TEXT NOT NULL,
    subject TEXT,
    modifier TEXT,
    place TEXT,
    label TEXT NOT NULL,
    claims INTEGER NOT NULL,
    sources INTEGER NOT NULL,
    conflicts INTEGER NOT NULL,
    last_date TEXT
);
CREATE INDEX claim_groups_rank ON claim_groups(conflicts DESC, sources DESC, claims DESC, id);
"""


def _v6(conn: sqlite3.Connection) -> None:
    """Claims classified once per article and their groups kept at write time
    (``store/claim_groups.py``); stored articles are classified now."""
    from marsad.store.claim_groups import backfill

    run_script(conn, _V6)
    backfill(conn)


# Events counted per day for the corpus timeline: those the coder reports as detected (its
# threshold is also the web's default minimum confidence).
TIMELINE_MIN_CONFIDENCE = DETECTION_THRESHOLD
_V7 = """
CREATE TABLE event_day_counts (
    day TEXT NOT NULL,
    type TEXT NOT NULL,
    status TEXT NOT NULL,
    events INTEGER NOT NULL,
    PRIMARY KEY (day, type, status)
) WITHOUT ROWID;
"""
EVENT_DAY_COUNTS_BACKFILL = f"""
INSERT INTO event_day_counts(day, type, status, events)
SELECT coalesce(day, '{UNDATED}'), type, coalesce(status, 'new'), COUNT(*) FROM events
WHERE confidence >= {TIMELINE_MIN_CONFIDENCE} GROUP BY 1, 2, 3;
"""


def _v7(conn: sqlite3.Connection) -> None:
    """Events per (day, type, status) kept at write time: the corpus event timeline and
    unfiltered event totals read these rows instead of counting every event."""
    run_script(conn, _V7)
    run_script(conn, EVENT_DAY_COUNTS_BACKFILL)


_V8 = """
CREATE TABLE event_place_counts (
    place TEXT NOT NULL,
    type TEXT NOT NULL,
    status TEXT NOT NULL,
    events INTEGER NOT NULL,
    PRIMARY KEY (place, type, status)
) WITHOUT ROWID;
"""
# An event's place: its location, else a target that is a place (as the events map reads it).
EVENT_PLACE_COUNTS_BACKFILL = f"""
INSERT INTO event_place_counts(place, type, status, events)
SELECT place, type, status, COUNT(*) FROM (
    SELECT coalesce(ev.location, (SELECT id FROM entities WHERE id = ev.target
                                  AND type IN ('GPE', 'LOC', 'FAC'))) AS place,
           ev.type, coalesce(ev.status, 'new') AS status
    FROM events ev WHERE ev.confidence >= {TIMELINE_MIN_CONFIDENCE})
WHERE place IS NOT NULL GROUP BY 1, 2, 3;
"""


def _v8(conn: sqlite3.Connection) -> None:
    """Events per (place, type, status) kept at write time for the unfiltered events map."""
    run_script(conn, _V8)
    run_script(conn, EVENT_PLACE_COUNTS_BACKFILL)


_V9 = """
CREATE TABLE entity_event_days (
    entity_id TEXT NOT NULL,
    day TEXT NOT NULL,
    type TEXT NOT NULL,
    status TEXT NOT NULL,
    events INTEGER NOT NULL,
    PRIMARY KEY (entity_id, day, type, status)
) WITHOUT ROWID;
"""
# Each entity an event names (actor, target or location; once if it holds two roles).
ENTITY_EVENT_DAYS_BACKFILL = f"""
INSERT INTO entity_event_days(entity_id, day, type, status, events)
SELECT entity_id, coalesce(day, '{UNDATED}'), type, coalesce(status, 'new'), COUNT(*) FROM (
    SELECT id, actor AS entity_id, day, type, status FROM events
    WHERE actor IS NOT NULL AND confidence >= {TIMELINE_MIN_CONFIDENCE}
    UNION SELECT id, target, day, type, status FROM events
    WHERE target IS NOT NULL AND confidence >= {TIMELINE_MIN_CONFIDENCE}
    UNION SELECT id, location, day, type, status FROM events
    WHERE location IS NOT NULL AND confidence >= {TIMELINE_MIN_CONFIDENCE})
GROUP BY 1, 2, 3, 4;
"""


def _v9(conn: sqlite3.Connection) -> None:
    """Events per (entity, day, type, status) kept at write time: an entity's event timeline
    and event total without counting every event that names it."""
    run_script(conn, _V9)
    run_script(conn, ENTITY_EVENT_DAYS_BACKFILL)


_V10 = """
CREATE TABLE store_versions (
    component TEXT PRIMARY KEY,
    version TEXT NOT NULL,
    recorded_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
"""


def _v10(conn: sqlite3.Connection) -> None:
    """The versions (``marsad.versions``) the store was built with, one row per component.

    Left empty here: for a store that already holds articles nobody recorded which analyser
    indexed them, so opening it says so until ``marsad reindex``; ``store/db.py`` fills it
    while the store is empty."""
    run_script(conn, _V10)


# The search index keeps no copy of what it indexes (``content=''``): the analysed shadows are
# derived from ``articles`` (``rows.search_shadows``), bm25 needs only the index, and snippets
# are cut from ``articles.text``. The copy was 3.2 KB of every article.
CONTENTLESS_FTS = """
CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, body, content = '', tokenize = 'unicode61 remove_diacritics 0'
)
"""


def recreate_contentless_fts(conn: sqlite3.Connection) -> None:
    """An empty contentless search index in place of the old one (inside a transaction)."""
    conn.execute("DROP TABLE IF EXISTS articles_fts")
    conn.execute(CONTENTLESS_FTS)


def _v11(conn: sqlite3.Connection) -> None:
    """A contentless search index. A store still empty gets it now; one that holds articles
    keeps its index (it works as before) until ``marsad reindex``, which rebuilds the index
    contentless, so opening a large store never re-analyses every article unasked."""
    if conn.execute("SELECT 1 FROM articles LIMIT 1").fetchone() is None:
        recreate_contentless_fts(conn)


_V12 = """
ALTER TABLE events ADD COLUMN trigger_start INTEGER;
ALTER TABLE events ADD COLUMN trigger_end INTEGER;
UPDATE events SET trigger_start = json_extract(json, '$.trigger.start'),
                  trigger_end = json_extract(json, '$.trigger.end')
WHERE json != '' AND json_valid(json);
DROP INDEX IF EXISTS mentions_entity;
"""


def _v12(conn: sqlite3.Connection) -> None:
    """The trigger's offsets as columns: the facts' ``json`` columns are written empty from
    now on (one copy: each fact's JSON is its article's, ``store/facts.py``), and the event
    list needs only these two fields of it. The mentions-by-entity index goes: an entity's
    articles are read from the kept ``entity_articles`` (1.7 KB of every article)."""
    run_script(conn, _V12)


# Mentions and LSH buckets keyed by the article's integer key and clustered (issue #16): the
# 25-byte text id was in every row and again in an index, and a mention's text is the
# article's own characters at its offsets (identical on all 301,436 mentions of a 10,000-
# article store), so it is cut from the article when exported.
_V13 = """
CREATE TABLE mentions_by_article (
    article INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    entity_id TEXT NOT NULL REFERENCES entities(id),
    how TEXT,
    PRIMARY KEY (article, start, "end", entity_id)
) WITHOUT ROWID;
INSERT OR IGNORE INTO mentions_by_article(article, start, "end", entity_id, how)
SELECT a.rowid, m.start, m."end", m.entity_id, m.how
FROM mentions m JOIN articles a ON a.id = m.article_id ORDER BY m.id;
DROP TABLE mentions;
ALTER TABLE mentions_by_article RENAME TO mentions;
CREATE TABLE lsh_by_bucket (
    bucket INTEGER NOT NULL,
    article INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
    PRIMARY KEY (bucket, article)
) WITHOUT ROWID;
INSERT OR IGNORE INTO lsh_by_bucket(bucket, article)
SELECT b.bucket, a.rowid FROM lsh_buckets b JOIN articles a ON a.id = b.article_id
ORDER BY b.rowid;
DROP TABLE lsh_buckets;
ALTER TABLE lsh_by_bucket RENAME TO lsh_buckets;
CREATE INDEX lsh_article ON lsh_buckets(article);
"""


def _v13(conn: sqlite3.Connection) -> None:
    """Mentions keyed by ``articles.rowid`` (column ``article``), without their text, in a
    table clustered by article: an article's mentions are one range of the primary key,
    which also serves the cascade when an article is deleted, so no index is kept beside.
    The near-duplicate buckets likewise: (bucket, article) is the key the candidate look-up
    reads, and only the cascade needs the index by article."""
    run_script(conn, _V13)


# The (entity, article) rows keyed by the article's integer key (issue #16): the text id was
# in the primary key and again in the article index of every row.
_V14 = """
CREATE TABLE entity_articles_by_key (
    entity_id TEXT NOT NULL,
    day TEXT NOT NULL,
    article INTEGER NOT NULL,
    mentions INTEGER NOT NULL,
    PRIMARY KEY (entity_id, day, article)
) WITHOUT ROWID;
INSERT INTO entity_articles_by_key(entity_id, day, article, mentions)
SELECT ea.entity_id, ea.day, a.rowid, ea.mentions
FROM entity_articles ea JOIN articles a ON a.id = ea.article_id;
DROP TABLE entity_articles;
ALTER TABLE entity_articles_by_key RENAME TO entity_articles;
CREATE INDEX entity_articles_article ON entity_articles(article);
"""


def _v14(conn: sqlite3.Connection) -> None:
    """``entity_articles`` names the article by ``articles.rowid`` (column ``article``):
    searches join it to ``articles`` on the integer key instead of the text id's index."""
    run_script(conn, _V14)


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "articles, documents, entities, facts, ingest runs, near duplicates, FTS", _v1),
    Migration(2, "events table, backfilled from stored article JSON", _v2),
    Migration(3, "event status, time precision and injured/arrested/displaced columns", _v3),
    Migration(4, "entity and corpus counts kept at write time", _v4),
    Migration(5, "event day column, indexed by status and by role", _v5),
    Migration(6, "claims and claim groups kept at write time", _v6),
    Migration(7, "event counts per day, type and status kept at write time", _v7),
    Migration(8, "event counts per place, type and status kept at write time", _v8),
    Migration(9, "event counts per entity, day, type and status kept at write time", _v9),
    Migration(10, "versions of the code, data and analyser the store was built with", _v10),
    Migration(11, "contentless search index for new stores (reindex converts old ones)", _v11),
    Migration(12, "event trigger offsets as columns; facts' JSON read from their article; "
                  "no mentions-by-entity index", _v12),
    Migration(13, "mentions and near-duplicate buckets keyed by the article's integer key, "
                  "clustered; mention text cut from the article", _v13),
    Migration(14, "entity-article rows keyed by the article's integer key", _v14),
)


def current_version(conn: sqlite3.Connection) -> int:
    conn.execute("CREATE TABLE IF NOT EXISTS schema_version ("
                 "version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                 "applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')))")
    row = conn.execute("SELECT MAX(version) FROM schema_version").fetchone()
    return int(row[0] or 0)


def migrate(conn: sqlite3.Connection) -> int:
    """Apply every pending migration, each in its own transaction; returns the new version."""
    version = current_version(conn)
    for migration in MIGRATIONS:
        if migration.version <= version:
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            # Re-check under the write lock: another process may have migrated meanwhile.
            if current_version(conn) >= migration.version:
                conn.execute("ROLLBACK")
                continue
            migration.apply(conn)
            conn.execute("INSERT INTO schema_version(version, name) VALUES (?, ?)",
                         (migration.version, migration.name))
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        version = migration.version
    return version


def run_script(conn: sqlite3.Connection, script: str) -> None:
    """Run a multi-statement script inside the open transaction (executescript commits)."""
    for statement in _split_sql(script):
        conn.execute(statement)


def _split_sql(script: str) -> list[str]:
    statements: list[str] = []
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            if buffer.strip():
                statements.append(buffer.strip())
            buffer = ""
    return statements
