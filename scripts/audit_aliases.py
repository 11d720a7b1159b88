"""Audit KB aliases against corpus word frequencies (procedure behind ``stoplist.txt``).

1. Tokenise the ``text`` field of every article in the given JSONL files, normalise with
   ``marsad.arabic.normalize.normalize`` and count tokens.
2. Take the ``--top`` (default 3000) most frequent tokens.
3. Print every KB surface (name/alias/adjective, normalised) that is one of those tokens, with
   its entities and whether they are already flagged ``ambiguous``.
4. A human decides per hit: a common word in most uses -> add it to ``stoplist.txt`` (and
   rebuild places); a real name that is also a word -> mark the entity ``"ambiguous": true``;
   a name in most uses (e.g. سوريا, داعش) -> keep.

    .venv/bin/python scripts/audit_aliases.py /work/shared/data/articles/*.jsonl
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from marsad.arabic.normalize import normalize
from marsad.kb import load_kb

TOKEN = re.compile(r"[\u0621-\u064a]+")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("corpus", nargs="+", type=Path)
    parser.add_argument("--top", type=int, default=3000)
    args = parser.parse_args()
    counts: Counter[str] = Counter()
    for path in args.corpus:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                counts.update(TOKEN.findall(normalize(json.loads(line).get("text", ""))))
    frequent = {tok: rank for rank, (tok, _) in enumerate(counts.most_common(args.top), 1)}
    kb = load_kb()
    for alias, ids in sorted(kb.by_alias.items(), key=lambda kv: frequent.get(kv[0], 10**9)):
        if alias in frequent:
            flags = ["amb" if kb.entities[i].ambiguous else "-" for i in ids]
            print(f"{frequent[alias]:5d}\t{alias}\t{' '.join(ids[:4])}\t{' '.join(flags[:4])}")


if __name__ == "__main__":
    main()
