"""CPU milliseconds per article of each pipeline stage, on the shared corpus (plain text).

Run: ``.venv/bin/python benchmarks/bench_stages.py [--limit 600]``; to time another tree (an
older commit exported with ``git archive``), put its ``src`` first:
``PYTHONPATH=/tmp/old/src .venv/bin/python benchmarks/bench_stages.py``.

Why CPU time and not the pipeline's own ``timings``: those are wall-clock, and on a shared
machine a busy second core inflates them; ``time.process_time`` around each stage's ``run``
counts only this process's work, so two trees timed one after the other compare fairly.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import marsad
from bench_extract import load
from marsad.core import default_pipeline
from marsad.model import Article, RawDocument

SHOWN_FROM_MS = 0.15  # stages cheaper than this per article are left out of the table


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=600, help="first N shared articles")
    args = parser.parse_args()
    docs = [RawDocument(r["text"], id=r.get("id"), title=r.get("title"),
                        published=r.get("published") or r.get("date_extracted"))
            for r in load(args.limit)]
    marsad.extract("تهيئة.")  # models and lexicons load outside the timings
    pipeline = default_pipeline()
    spent = {s.name: 0.0 for s in pipeline.stages}
    clock = time.process_time
    began = clock()
    for doc in docs:
        article = Article(raw=doc)
        for current in pipeline.stages:
            t = clock()
            article = current.run(article)
            spent[current.name] += clock() - t
    total = clock() - began
    print(f"{marsad.__file__}: {len(docs)} articles, {len(docs) / total:.1f} articles/CPU-s")
    for name, seconds in spent.items():
        ms = 1000 * seconds / len(docs)
        if ms >= SHOWN_FROM_MS:
            print(f"  {name:<12} {ms:6.2f} ms/article")


if __name__ == "__main__":
    main()
