"""Compare two Marsad stores table by table: the guard of store changes that must not change
what is stored (a faster load, a new write path).

Run: ``.venv/bin/python scripts/compare_stores.py A.db B.db``. Every table's rows (with their
rowid where the table has one) are sorted and compared; packed blobs are compared by their
decoded content (``store.codec.unpack``), so two compressions of the same JSON are equal; the
columns that record when something ran are left out. Prints one line per table and exits 1
when any table differs (with up to two rows found only on each side).
"""

from __future__ import annotations

import argparse
import hashlib
import sqlite3
import sys
from typing import Any

from marsad.store.codec import unpack

# Columns that record when (or how long) a run happened: they differ between any two loads.
VOLATILE = {"ingest_runs": {"started_at", "finished_at", "seconds", "sources"},
            "articles": {"ingested_at"}, "schema_version": {"applied_at"},
            "store_versions": {"recorded_at"}}


def _decoded(value: Any) -> Any:
    if isinstance(value, bytes):
        try:
            return ("unpacked", unpack(value))
        except Exception:  # not a packed value: compare its bytes
            return ("bytes", hashlib.sha256(value).hexdigest())
    return value


def dump(path: str) -> dict[str, list[tuple[Any, ...]]]:
    """Every table of the store at ``path``: its rows, decoded and sorted."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    out = {}
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name"):
        columns = [r[1] for r in conn.execute(f'PRAGMA table_info("{name}")')]
        kept = ",".join(f'"{c}"' for c in columns if c not in VOLATILE.get(name, ()))
        try:
            rows = conn.execute(f'SELECT rowid, {kept} FROM "{name}"').fetchall()
        except sqlite3.OperationalError:  # WITHOUT ROWID and virtual tables
            rows = conn.execute(f'SELECT {kept} FROM "{name}"').fetchall()
        out[name] = sorted((tuple(map(_decoded, r)) for r in rows), key=repr)
    conn.close()
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("a")
    parser.add_argument("b")
    args = parser.parse_args()
    first, second = dump(args.a), dump(args.b)
    differing = 0
    for name in sorted(set(first) | set(second)):
        rows_a, rows_b = first.get(name), second.get(name)
        if rows_a is None or rows_b is None:
            print(f"{name}: only in {'B' if rows_a is None else 'A'}")
            differing += 1
        elif rows_a == rows_b:
            print(f"{name}: {len(rows_a)} rows identical")
        else:
            only_a = set(map(repr, rows_a)) - set(map(repr, rows_b))
            only_b = set(map(repr, rows_b)) - set(map(repr, rows_a))
            print(f"{name}: DIFFER A={len(rows_a)} B={len(rows_b)} "
                  f"only A={len(only_a)} only B={len(only_b)}")
            for side, rows in (("A", only_a), ("B", only_b)):
                for row in sorted(rows)[:2]:
                    print(f"   {side}: {row[:300]}")
            differing += 1
    print("IDENTICAL" if not differing else f"{differing} tables differ")
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
