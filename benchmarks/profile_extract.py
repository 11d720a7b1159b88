"""cProfile of ``marsad.extract`` on the shared corpus (plain text, all wired stages).

Run: ``.venv/bin/python benchmarks/profile_extract.py [--limit 300] [--top 40]``. Prints the
per-stage share of time and the functions with the most cumulative and own time; writes
``benchmarks/results/profile.pstats`` for ``snakeviz``/``pstats`` browsing.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import marsad  # noqa: E402
from bench_extract import load  # noqa: E402  (the corpus loader of the existing benchmark)
from marsad.core import default_pipeline  # noqa: E402
from marsad.model import RawDocument  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=300)
    parser.add_argument("--top", type=int, default=40)
    args = parser.parse_args()
    records = load(args.limit)
    docs = [RawDocument(r["text"], id=r.get("id"), title=r.get("title"),
                        published=r.get("published") or r.get("date_extracted"))
            for r in records]
    marsad.extract("تهيئة.")
    pipeline = default_pipeline()
    pipeline.timings.clear()
    profiler = cProfile.Profile()
    began = time.perf_counter()
    profiler.enable()
    for doc in docs:
        marsad.extract(doc)
    profiler.disable()
    elapsed = time.perf_counter() - began
    total = sum(pipeline.timings.values())
    print(f"{len(docs)} articles in {elapsed:.1f}s under cProfile "
          f"({len(docs) / elapsed:.1f} articles/s)")
    for name, seconds in pipeline.timings.items():
        print(f"  {name:<10} {seconds:7.2f}s {100 * seconds / total:5.1f}%")
    out = ROOT / "benchmarks" / "results" / "profile.pstats"
    profiler.dump_stats(out)
    stats = pstats.Stats(profiler).strip_dirs()
    stats.sort_stats("cumulative").print_stats(args.top)
    stats.sort_stats("tottime").print_stats(args.top)


if __name__ == "__main__":
    main()
