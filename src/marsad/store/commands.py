"""``marsad ingest|search|export``: argparse wiring for the store (registered by cli.py)."""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys

from marsad.batch import load_parquet
from marsad.store.export import FORMATS, TABLES, export
from marsad.store.ingest import ingest
from marsad.store.search import search
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
    ing.add_argument("--batch-size", type=int, default=200, help="articles per commit")
    ing.add_argument("--quiet", action="store_true", help="no progress on stderr")
    ing.add_argument("--json", action="store_true", help="print the summary as JSON")
    ing.add_argument("--fetch-links", action="store_true",
                     help="for feed items, fetch and extract the linked page instead of the "
                          "item's content/summary")
    ing.add_argument("--allow-private", action="store_true",
                     help="allow fetching URLs on loopback/private/link-local addresses "
                          "(refused by default: SSRF protection)")
    ing.set_defaults(handler=run_ingest)

    sea = subparsers.add_parser("search", help="full-text search of the database")
    sea.add_argument("query", metavar="QUERY",
                     help='words (AND), "exact phrase", prefix*; may be empty with filters')
    sea.add_argument("--entity", help="only articles mentioning this entity id")
    sea.add_argument("--type", dest="entity_type", help="only articles mentioning this type")
    sea.add_argument("--from", dest="date_from", help="published on or after (YYYY-MM-DD)")
    sea.add_argument("--to", dest="date_to", help="published on or before (YYYY-MM-DD)")
    sea.add_argument("--source", help="only this source")
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
        summary = load_parquet(args.parquet, args.db)
    elif not args.sources:
        print("marsad ingest: give at least one SOURCE, or --parquet DIR", file=sys.stderr)
        return 2
    else:
        summary = ingest(args.sources, args.db, workers=args.workers,
                         progress=not getattr(args, "quiet", False),
                         batch_size=getattr(args, "batch_size", 200),
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
    try:
        hits = search(args.db, args.query, entity=args.entity, entity_type=args.entity_type,
                      date_from=args.date_from, date_to=args.date_to, source=args.source,
                      limit=getattr(args, "limit", 20))
    except FileNotFoundError as exc:
        print(f"marsad: {exc}", file=sys.stderr)
        return 2
    for hit in hits:
        if args.json:
            print(json.dumps(hit.as_dict(), ensure_ascii=False))
        else:
            mark = "=" if hit.exact else "~"
            print(f"{mark} {hit.id}  {hit.published or '-'}  {hit.source or '-'}  "
                  f"{hit.title or ''}\n    {hit.snippet}")
    return 0 if hits else 1


def run_export(args: argparse.Namespace) -> int:
    try:
        count = export(args.db, args.table, args.format, args.out,
                       all_statuses=getattr(args, "all_statuses", False))
    except (FileNotFoundError, ValueError, RuntimeError) as exc:
        print(f"marsad: {exc}", file=sys.stderr)
        return 2
    print(f"exported {count} {args.table}", file=sys.stderr)
    return 0
