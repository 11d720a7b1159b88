"""``marsad serve``: run the web server (registered by cli.py through ``register``)."""

from __future__ import annotations

import argparse
import sys

DB_HELP = "database file (default: $MARSAD_DB or ./marsad.db)"


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``serve`` subcommand to the ``marsad`` parser."""
    serve = subparsers.add_parser("serve", help="web pages and JSON API over the database")
    serve.add_argument("--host", default="127.0.0.1",
                       help="address to bind (default 127.0.0.1: local only; binding "
                            "elsewhere exposes the server to the network)")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--db", help=DB_HELP)
    serve.set_defaults(handler=run_serve)


def run_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from marsad.web.app import create_app

    try:
        app = create_app(args.db, pipeline=getattr(args, "pipeline_spec", None))
    except ValueError as exc:  # e.g. a too-short token
        print(f"marsad: {exc}", file=sys.stderr)
        return 2
    writes = "enabled (bearer token)" if app.state.token else "disabled (no token configured)"
    print(f"marsad: serving {app.state.store.db_path} on http://{args.host}:{args.port}/ — "
          f"writes {writes}", file=sys.stderr)
    if args.host not in ("127.0.0.1", "localhost", "::1"):
        print("marsad: warning: listening beyond this machine", file=sys.stderr)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning",
                server_header=False, proxy_headers=False)
    return 0
