"""``marsad ingest|search|export``: argparse wiring for the store (registered by cli.py)."""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys

from marsad.store.bulk import load_parquet
from marsad.store.db import resolve_db_path
from marsad.store.export import FORMATS, TABLES, export
from marsad.store.ingest import ingest
from marsad.store.queries import ReadModel, UnsearchableQuery
from marsad.store.search import SORTS, EntityReading
from marsad.store.sources import SourceOptions

DB_HELP = "database file (default: $MARSAD_DB or ./marsad.db)"


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ingest, search and export subcommands to the ``marsad`` parser."""
    ing = subparsers.add_parser("ingest", help="extract inputs into the database")
    ing.add_argument("sources", nargs="*", metavar="SOURCE",
                     help="files, directories, globs, .jsonl/.jsonl.gz, .warc/.warc.gz, "
                          ".rss/.atom/.xml feeds, http(s) URLs (pages or feeds), or - for stdin")
    ing.add_argument("--db", help=DB_HELP)
    ing.add_argument("--parquet", metavar="DIR",
                     help="load a `marsad batch` output directory instead of extracting")
    ing.add_argument("--workers", type=int, default=None,
                     help="extraction processes (default: all cores)")
    ing.add_argument("--batch-size", type=int, default=None,
                     help="articles per commit (default: 200); with --parquet, articles "
                          "written at a time, five such batches per commit (default: 2000)")
    ing.add_argument("--keep-raw", action=argparse.BooleanOptionalAction, default=None,
                     help="store each input's bytes besides its origin and hash (default: on "
                          "for SOURCEs, off for --parquet, whose files keep them already)")
    ing.add_argument("--quiet", action="store_true", help="no progress on stderr")
    ing.add_argument("--json", action="store_true", help="print the summary as JSON")
    ing.add_argument("--fetch-links", action="store_true",
                     help="for feed items, fetch and extract the linked page instead of the "
                          "item's content/summary")
    ing.add_argument("--allow-private", action="store_true",
                     help="allow fetching URLs on loopback/private/link-local addresses "
                          "(refused by default: SSRF protection)")
    ing.set_defaults(handler=run_ingest)

    sea = subparsers.add_parser("search", help="entity-aware full-text search of the database")
    sea.add_argument("query", metavar="QUERY",
                     help='words (AND), "exact phrase", prefix*; names of KB actors and places '
                          "(قسد, SDF, Raqqa) are read as those entities; may be empty with "
                          "filters")
    sea.add_argument("--literal", action="store_true",
                     help="search the words only: read no name as an entity")
    sea.add_argument("--entity", help="only articles mentioning this entity (id or name)")
    sea.add_argument("--type", dest="entity_type", help="only articles mentioning this type")
    sea.add_argument("--from", dest="date_from", help="published on or after (YYYY-MM-DD)")
    sea.add_argument("--to", dest="date_to", help="published on or before (YYYY-MM-DD)")
    sea.add_argument("--source", action="append",
                     help="only this source (repeat, or separate with commas, for several)")
    sea.add_argument("--sort", choices=SORTS, default="relevance",
                     help="relevance (default) or date (newest first)")
    sea.add_argument("--limit", type=int, default=20)
    sea.add_argument("--json", action="store_true", help="JSON lines instead of text")
    sea.add_argument("--db", help=DB_HELP)
    sea.set_defaults(handler=run_search)

    exp = subparsers.add_parser("export", help="write a table as JSONL/CSV/Parquet")
    exp.add_argument("--table", required=True, choices=TABLES)
    exp.add_argument("--format", required=True, choices=FORMATS)
    exp.add_argument("--out", help="output file (default: stdout)")
    exp.add_argument("--db", help=DB_HELP)
    exp.add_argument("--all-statuses", action="store_true",
                     help="acled/plover: every event, not only those reported as news (status "
                          "new): background, planned, hypothetical and negated ones too")
    exp.set_defaults(handler=run_export)


def run_ingest(args: argparse.Namespace) -> int:
    try:
        return _ingest(args)
    except sqlite3.Error as exc:
        print(f"marsad ingest: database error: {exc} (disk full or read-only?)", file=sys.stderr)
        return 1


def _ingest(args: argparse.Namespace) -> int:
    if getattr(args, "parquet", None):
        summary = load_parquet(args.parquet, args.db, workers=args.workers,
                               batch_size=getattr(args, "batch_size", None) or 2000,
                               keep_raw=bool(getattr(args, "keep_raw", None)),
                               progress=not getattr(args, "quiet", False))
    elif not args.sources:
        print("marsad ingest: give at least one SOURCE, or --parquet DIR", file=sys.stderr)
        return 2
    else:
        summary = ingest(args.sources, args.db, workers=args.workers,
                         pipeline=getattr(args, "pipeline_spec", None),
                         progress=not getattr(args, "quiet", False),
                         batch_size=getattr(args, "batch_size", None) or 200,
                         keep_raw=getattr(args, "keep_raw", None) is not False,
                         options=SourceOptions(
                             fetch_links=getattr(args, "fetch_links", False),
                             allow_private=getattr(args, "allow_private", False)))
    if getattr(args, "json", False):
        print(json.dumps(summary.as_dict(), ensure_ascii=False))
    else:
        print(f"read {summary.read}, new {summary.new}, duplicate {summary.duplicate}, "
              f"near-duplicate {summary.near_duplicate}, failed {summary.failed}")
        for origin, reason in summary.failures:
            print(f"  failed: {origin}: {reason}")
    return 1 if summary.failed else 0


def run_search(args: argparse.Namespace) -> int:
    sources = [name for value in getattr(args, "source", None) or []
               for name in value.split(",") if name.strip()]
    try:
        result = ReadModel(resolve_db_path(args.db)).find(
            args.query, literal=getattr(args, "literal", False), entity=args.entity,
            entity_type=args.entity_type, date_from=args.date_from, date_to=args.date_to,
            source=sources or None, sort=getattr(args, "sort", "relevance"),
            limit=getattr(args, "limit", 20))
    except FileNotFoundError as exc:
        print(f"marsad: {exc}", file=sys.stderr)
        return 2
    except UnsearchableQuery as exc:
        print(f"marsad search: {exc}", file=sys.stderr)
        return 2
    for reading in result.understood:
        print(f"understood: {_reading_line(reading)}", file=sys.stderr)
    print(f"total: {result.total}", file=sys.stderr)
    hits = result.hits
    for hit in hits:
        if args.json:
            print(json.dumps(hit.as_dict(), ensure_ascii=False))
        else:
            mark = "=" if hit.exact else "~"
            print(f"{mark} {hit.id}  {hit.published or '-'}  {hit.source or '-'}  "
                  f"{hit.title or ''}\n    {hit.snippet}")
    return 0 if hits else 1


def _reading_line(reading: EntityReading) -> str:
    """«قسد → org:sdf (قوات سوريا الديمقراطية / Syrian Democratic Forces), 61 articles»,
    then the other entities so named."""
    names = " / ".join(n for n in (reading.name_ar, reading.name_en) if n)
    line = f"{reading.text} → {reading.id} ({names}), {reading.articles} articles"
    if reading.candidates:
        line += "; also: " + ", ".join(f"{c['id']} ({c['articles']})"
                                      for c in reading.candidates)
    return line


def run_export(args: argparse.Namespace) -> int:
    try:
        count = export(args.db, args.table, args.format, args.out,
                       all_statuses=getattr(args, "all_statuses", False))
    except (FileNotFoundError, ValueError, RuntimeError) as exc:
        print(f"marsad: {exc}", file=sys.stderr)
        return 2
    print(f"exported {count} {args.table}", file=sys.stderr)
    return 0
