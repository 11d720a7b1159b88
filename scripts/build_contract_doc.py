"""Rewrite the field tables of docs/json-contract.md from the model's field metadata.

Every ``<!-- fields: Class -->`` … ``<!-- /fields -->`` block is replaced by the table that
:func:`marsad.shapes.field_table` renders for that contract class; the prose around the blocks
is kept. ``--check`` writes nothing and exits 1 when the doc is out of date
(``tests/test_shapes.py`` runs the same comparison).

    python scripts/build_contract_doc.py [--check]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from marsad.shapes import render_contract_doc

DOC = Path(__file__).resolve().parents[1] / "docs" / "json-contract.md"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the doc is stale")
    args = parser.parse_args(argv)
    current = DOC.read_text(encoding="utf-8")
    wanted = render_contract_doc(current)
    if current == wanted:
        print(f"{DOC.name}: up to date")
        return 0
    if args.check:
        print(f"{DOC.name}: out of date; run python scripts/build_contract_doc.py",
              file=sys.stderr)
        return 1
    DOC.write_text(wanted, encoding="utf-8")
    print(f"{DOC.name}: rewritten")
    return 0


if __name__ == "__main__":
    sys.exit(main())
