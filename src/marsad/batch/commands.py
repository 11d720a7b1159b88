"""``marsad batch``: argparse wiring (registered by cli.py with ``register(commands)``)."""

from __future__ import annotations

import argparse
import json

from marsad.batch.engine import DEFAULT_SHARD_SIZE, log


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``batch`` subcommand to the ``marsad`` parser."""
    cmd = subparsers.add_parser(
        "batch", help="extract inputs into sharded Parquet tables (local or Ray)")
    cmd.add_argument("inputs", nargs="+", metavar="INPUT",
                     help="files, directories, globs, .jsonl(.gz), fsspec URLs, or -")
    cmd.add_argument("--out", required=True, metavar="DIR", help="output directory")
    cmd.add_argument("--engine", choices=("local", "ray"), default="local")
    cmd.add_argument("--address", help="Ray cluster to join (default: start a local one)")
    cmd.add_argument("--workers", type=int, default=None,
                     help="parallel workers (default: all cores / all cluster CPUs)")
    cmd.add_argument("--shard-size", type=int, default=DEFAULT_SHARD_SIZE,
                     help="documents per shard, the unit of parallelism and of resume")
    cmd.add_argument("--quiet", action="store_true", help="no progress on stderr")
    cmd.add_argument("--json", action="store_true", help="print the summary as JSON")
    cmd.set_defaults(handler=run_batch_command)


def run_batch_command(args: argparse.Namespace) -> int:
    from marsad.batch import run

    if args.address and args.engine != "ray":
        log("--address needs --engine ray")
        return 2
    summary = run(args.inputs, args.out, engine=args.engine, address=args.address,
                  workers=args.workers, shard_size=args.shard_size,
                  progress=None if args.quiet else log,
                  pipeline=getattr(args, "pipeline_spec", None))
    if args.json:
        print(json.dumps(summary.as_dict(), ensure_ascii=False))
    else:
        print(f"{summary.shards} shards ({summary.skipped} already done), "
              f"{summary.documents} documents: {summary.articles} articles, "
              f"{summary.failures} failures, {summary.seconds:.1f}s → {summary.out}")
    return 0
