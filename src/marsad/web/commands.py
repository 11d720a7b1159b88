"""``marsad serve``: run the web server (registered by cli.py through ``register``)."""

from __future__ import annotations

import argparse
import os
import sys

DB_HELP = "database file (default: $MARSAD_DB or ./marsad.db)"
# What ``--workers 0`` runs: one server process per CPU core this process may use.
WORKERS_HELP = ("server processes over the same database (default 1; 0: one per CPU core). "
                "Pages and the API are CPU-bound Python: one process uses one core, so "
                "serving many clients needs one per core")


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``serve`` subcommand to the ``marsad`` parser."""
    serve = subparsers.add_parser("serve", help="web pages and JSON API over the database")
    serve.add_argument("--host", default="127.0.0.1",
                       help="address to bind (default 127.0.0.1: local only; binding "
                            "elsewhere exposes the server to the network)")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--db", help=DB_HELP)
    serve.add_argument("--workers", type=int, default=1, metavar="N", help=WORKERS_HELP)
    serve.set_defaults(handler=run_serve)


def cpu_cores() -> int:
    """CPU cores this process may run on (its affinity where the OS says, else all)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def run_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from marsad.store.db import ENV_DB
    from marsad.web.app import create_app

    workers = args.workers if args.workers > 0 else cpu_cores()
    if args.workers < 0:
        print("marsad: --workers must be 0 (one per CPU core) or more", file=sys.stderr)
        return 2
    pipeline = getattr(args, "pipeline_spec", None)
    if workers > 1 and pipeline is not None:
        print("marsad: a program's own pipeline cannot reach other processes: serve it with "
              "--workers 1", file=sys.stderr)
        return 2
    try:
        # in this process with one worker; with several, only to check the settings (token,
        # database) before the worker processes build their own
        app = create_app(args.db, pipeline=pipeline, warm=workers == 1)
    except ValueError as exc:  # e.g. a too-short token
        print(f"marsad: {exc}", file=sys.stderr)
        return 2
    writes = "enabled (bearer token)" if app.state.token else "disabled (no token configured)"
    processes = f" ({workers} processes)" if workers > 1 else ""
    print(f"marsad: serving {app.state.store.db_path} on http://{args.host}:{args.port}/"
          f"{processes} — writes {writes}", file=sys.stderr)
    if args.host not in ("127.0.0.1", "localhost", "::1"):
        print("marsad: warning: listening beyond this machine", file=sys.stderr)
    options: dict[str, object] = {"host": args.host, "port": args.port,
                                  "log_level": "warning", "server_header": False,
                                  "proxy_headers": False}
    if workers == 1:
        uvicorn.run(app, **options)  # type: ignore[arg-type]
        return 0
    # Each worker process imports the factory and builds its app: the database path reaches
    # it through the environment (the token does already: $MARSAD_TOKEN or the token file).
    os.environ[ENV_DB] = str(app.state.store.db_path.resolve())
    del app
    uvicorn.run("marsad.web.app:create_served_app", factory=True, workers=workers,
                **options)  # type: ignore[arg-type]
    return 0
