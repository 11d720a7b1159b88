"""Entity-aware search on a store: recall and precision per query of a silver list.

For each query of ``tests/gold/search_queries.jsonl`` (an English name, an English or Arabic
acronym, an alias or a transliteration variant of a KB entity), the *relevant* articles are
those whose text writes one of the entity's Arabic KB forms: its name or an alias by
``QueryIndex.form_pattern`` (whole words, with the clitics Arabic allows: «وبالرقة» but not
«ورقة»), or a nisba adjective; judged on the text, independently of the linker. Search returns
every hit of the query (paged through); recall is the share of relevant articles returned,
precision the share of returned articles that are relevant. Search itself keeps text-only
hits by the same form match (without adjectives), so recall mostly measures finding the
query's entity and its candidates, and precision mostly the linker's false links. Prints one
line per query, then macro averages, literal and understood.

Run: ``.venv/bin/python scripts/evaluate_search.py --db marsad-demo.db [--json]`` on a store
that holds the shared articles (``marsad ingest ../shared/data/articles``).
"""

from __future__ import annotations

import argparse
import json
import re
import sqlite3
import statistics
import sys
from functools import cache
from pathlib import Path
from typing import Any

from marsad.arabic.normalize import normalize, strip_diacritics
from marsad.kb.loader import load_kb
from marsad.kb.query import query_index
from marsad.store.db import connect
from marsad.store.search import find

ROOT = Path(__file__).resolve().parents[1]
QUERIES = ROOT / "tests" / "gold" / "search_queries.jsonl"
PAGE = 500
_CLITICS = "(?:[وف]?(?:ب|ل|ك)?(?:ال)?)"


@cache
def _adjective_re(entity_id: str) -> re.Pattern[str] | None:
    entity = load_kb().get(entity_id)
    forms = sorted({normalize(a).strip() for a in (entity.adjectives_ar if entity else ())
                    if a.strip()}, key=len, reverse=True)
    if not forms:
        return None
    return re.compile(r"(?<!\w)" + _CLITICS + "(?:" + "|".join(map(re.escape, forms))
                      + r")(?!\w)")


def relevant(conn: sqlite3.Connection, entity_id: str) -> set[str]:
    names = query_index().form_pattern(entity_id)
    adjectives = _adjective_re(entity_id)
    out = set()
    for aid, text in conn.execute("SELECT id, unpacked(text) FROM articles"):
        norm = normalize(strip_diacritics(text))
        if (names and names.search(norm)) or (adjectives and adjectives.search(norm)):
            out.add(aid)
    return out


def returned(db: str, query: str, literal: bool) -> set[str]:
    ids: set[str] = set()
    offset = 0
    while True:
        result = find(db, query, literal=literal, limit=PAGE, offset=offset)
        ids.update(h.id for h in result.hits)
        offset += PAGE
        if offset >= result.total:
            return ids


def score(db: str, rows: list[dict[str, Any]]) -> dict[str, Any]:
    conn = connect(db, readonly=True)  # the store's connection reads its packed text
    truth: dict[str, set[str]] = {}
    lines = []
    for row in rows:
        gold = truth.setdefault(row["entity"], relevant(conn, row["entity"]))
        out: dict[str, Any] = {"query": row["query"], "entity": row["entity"],
                               "kind": row["kind"], "relevant": len(gold)}
        for mode, literal in (("literal", True), ("understood", False)):
            got = returned(db, row["query"], literal)
            hit = len(got & gold)
            out[mode] = {"returned": len(got), "recall": hit / len(gold) if gold else 1.0,
                         "precision": hit / len(got) if got else (1.0 if not gold else 0.0)}
        lines.append(out)
    conn.close()
    summary = {mode: {m: round(statistics.mean(x[mode][m] for x in lines), 3)
                      for m in ("recall", "precision")} for mode in ("literal", "understood")}
    return {"queries": lines, "macro": summary}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--queries", default=str(QUERIES))
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    rows = [json.loads(line) for line in Path(args.queries).read_text(encoding="utf-8")
            .splitlines() if line.strip()]
    report = score(args.db, rows)
    if args.json:
        json.dump(report, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    for q in report["queries"]:
        lit, und = q["literal"], q["understood"]
        print(f"{q['query'][:32]:32} {q['entity'][:28]:28} rel={q['relevant']:4} "
              f"literal R={lit['recall']:.2f} P={lit['precision']:.2f}  "
              f"understood R={und['recall']:.2f} P={und['precision']:.2f} n={und['returned']}")
    for mode, m in report["macro"].items():
        print(f"macro {mode:10} recall={m['recall']:.3f} precision={m['precision']:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
