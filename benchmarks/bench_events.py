"""Time per article of the ``events`` stage, this checkout against a baseline commit.

Run: ``.venv/bin/python benchmarks/bench_events.py [--limit N] [--baseline REV]``.
Each side runs in its own process (the baseline from a ``git worktree`` of REV, default
``e2c8022``, the commit before event statuses, with this venv's packages): it extracts N shared
articles with every other stage once, then times only the events stage over them (best of
``--repeat`` passes) and reports its peak RSS. The sides run ``--rounds`` times, interleaved, and
the best round of each is kept. The table prints both sides and the ratio.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
BASELINE = "e2c8022"


def measure(limit: int, repeat: int) -> dict[str, Any]:
    """Run in the side's own process: prepare articles, time the events stage alone."""
    import marsad
    from marsad.stages import events as events_stage

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_extract import load  # the one shared-corpus reader of the benchmarks

    articles = []
    for row in load(limit):
        article = marsad.extract(row["text"], published=row.get("published"))
        article.events = []
        articles.append(article)
    events_stage.run(articles[0])  # load the lexicon (and model) outside the timing
    best = float("inf")
    count = 0
    for _ in range(repeat):
        began = time.perf_counter()
        count = sum(len(events_stage.run(a).events) for a in articles)
        best = min(best, time.perf_counter() - began)
    return {"articles": len(articles), "events": count, "seconds": best,
            "ms_per_article": 1000 * best / len(articles),
            "articles_per_s": len(articles) / best,
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def _child(src: Path, limit: int, repeat: int) -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": str(src)}
    out = subprocess.run([sys.executable, __file__, "--child", "--limit", str(limit),
                          "--repeat", str(repeat)], env=env, check=True, capture_output=True,
                         text=True).stdout
    result: dict[str, Any] = json.loads(out.strip().splitlines()[-1])
    return result


def _worktree(rev: str) -> Path:
    path = Path("/tmp") / f"marsad-bench-{rev}"
    if not path.exists():
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(path), rev],
                       check=True, capture_output=True)
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=600)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--rounds", type=int, default=3, help="processes per side, interleaved")
    parser.add_argument("--baseline", default=BASELINE, help="git revision to compare with")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure(args.limit, args.repeat)))
        return
    base_src = _worktree(args.baseline) / "src"
    runs: dict[str, list[dict[str, Any]]] = {"now": [], "base": []}
    for _ in range(args.rounds):  # interleaved, so a slow spell of the machine hits both sides
        runs["now"].append(_child(ROOT / "src", args.limit, args.repeat))
        runs["base"].append(_child(base_src, args.limit, args.repeat))
    now, base = (min(runs[side], key=lambda r: r["seconds"]) for side in ("now", "base"))
    print(f"events stage on {now['articles']} shared articles "
          f"(best of {args.rounds} rounds × {args.repeat} passes)")
    print(f"{'':14}{'this checkout':>16}{args.baseline:>16}{'ratio':>10}")
    for key, label in (("ms_per_article", "ms/article"), ("articles_per_s", "articles/s"),
                       ("peak_rss_mb", "peak RSS MB"), ("events", "events")):
        ratio = now[key] / base[key] if base[key] else float("nan")
        print(f"{label:14}{now[key]:>16.2f}{base[key]:>16.2f}{ratio:>9.2f}x")


if __name__ == "__main__":
    main()
