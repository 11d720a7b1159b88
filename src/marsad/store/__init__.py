"""The embedded store: SQLite (WAL) with articles, facts, near-duplicate clusters and FTS5.

``ingest`` fills it from raw inputs in parallel, ``search`` queries it through an Arabic
light-stemming analyser, ``export`` writes tables back out as JSONL/CSV(/Parquet).
"""

from marsad.store.db import connect, resolve_db_path
from marsad.store.ingest import IngestSummary, ingest
from marsad.store.search import Hit, search

__all__ = ["Hit", "IngestSummary", "connect", "ingest", "resolve_db_path", "search"]
