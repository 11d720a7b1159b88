"""Plain-text throughput of this checkout against the code at a base commit, per core.

Run: ``.venv/bin/python benchmarks/bench_versus_base.py [--base e2c8022] [--limit 600]
[--rounds 3]``. The script exports the base commit with ``git archive`` into a scratch
directory (kept between runs) and times both trees in child processes of the same interpreter
and the same third-party packages, so the ratio measures Marsad's own code only. Each round
runs the base and then this checkout on the same articles; the figure kept per side is the
best round (the least disturbed by other load on the machine), counted in CPU seconds of the
child so that a busy second core does not count against either side. Peak RSS is each child's
own maximum resident set.

Issue #14 asks for at least 1.5x the base's articles per CPU-second with no higher peak RSS.
"""

from __future__ import annotations

import argparse
import subprocess
import tarfile
import tempfile
from pathlib import Path

from fresh_child import run_on_tree

ROOT = Path(__file__).resolve().parents[1]

#: The child: loads the corpus the way ``bench_extract`` does, warms the models, then times
#: ``marsad.extract`` on every article. Written against the API both trees share.
CHILD = r"""
import json, resource, sys, time
from pathlib import Path
import marsad
from marsad.errors import MarsadError
from marsad.model import RawDocument
articles, limit = Path(sys.argv[1]), int(sys.argv[2])
rows = []
for path in sorted(articles.glob("*.jsonl")):
    with path.open(encoding="utf-8") as handle:
        rows.extend(json.loads(line) for line in handle if line.strip())
rows = rows[:limit]
docs = [RawDocument(r["text"], id=r.get("id"), title=r.get("title"),
                    author=r.get("author") or None,
                    published=r.get("published") or r.get("date_extracted")) for r in rows]
marsad.extract("تهيئة.")
wall, cpu = time.perf_counter(), time.process_time()
for doc in docs:
    try:
        marsad.extract(doc)
    except MarsadError:
        pass
cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
print(json.dumps({"source": marsad.__file__, "articles": len(docs), "cpu_s": cpu,
                  "wall_s": wall,
                  "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def export_base(commit: str, into: Path) -> Path:
    """The base commit's tree under ``into`` (once: the export is reused while it exists)."""
    tree = into / f"marsad-{commit}"
    if not (tree / "src" / "marsad" / "__init__.py").exists():
        tree.mkdir(parents=True, exist_ok=True)
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit, "src"],
                                 check=True, capture_output=True).stdout
        with tempfile.TemporaryFile() as handle:
            handle.write(archive)
            handle.seek(0)
            with tarfile.open(fileobj=handle) as tar:
                tar.extractall(tree, filter="data")
    return tree / "src"


def run_child(source: Path, articles: Path, limit: int) -> dict[str, float]:
    """One timed pass of the tree at ``source`` in a fresh interpreter."""
    return run_on_tree(source, CHILD, str(articles), str(limit))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", default="e2c8022", help="commit to compare against")
    parser.add_argument("--limit", type=int, default=600, help="first N shared articles")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--tree", type=Path, default=ROOT / "src",
                        help="src directory to time against the base (default: this checkout's)")
    parser.add_argument("--scratch", type=Path,
                        default=Path(tempfile.gettempdir()) / "marsad-bench-base")
    args = parser.parse_args()
    articles = ROOT.parent / "shared" / "data" / "articles"
    base_tree = export_base(args.base, args.scratch)
    sides = {"base " + args.base: base_tree, "this checkout": args.tree.resolve()}
    best: dict[str, dict[str, float]] = {}
    for round_number in range(1, args.rounds + 1):
        for label, source in sides.items():
            result = run_child(source, articles, args.limit)
            rate = result["articles"] / result["cpu_s"]
            print(f"round {round_number} {label:<16} {rate:7.1f} articles/CPU-s "
                  f"({result['wall_s']:.1f} s wall), peak RSS {result['peak_rss_mb']:.0f} MB",
                  flush=True)
            kept = best.get(label)
            if kept is None or result["cpu_s"] < kept["cpu_s"]:
                best[label] = result
    (base_label, base), (head_label, head) = best.items()
    base_rate, head_rate = base["articles"] / base["cpu_s"], head["articles"] / head["cpu_s"]
    print(f"\n{'':<16} {'articles/CPU-s':>15} {'peak RSS MB':>12}")
    for label, result, rate in ((base_label, base, base_rate), (head_label, head, head_rate)):
        print(f"{label:<16} {rate:15.1f} {result['peak_rss_mb']:12.0f}")
    print(f"{'ratio':<16} {head_rate / base_rate:15.2f}x "
          f"{head['peak_rss_mb'] / base['peak_rss_mb']:11.2f}x")


if __name__ == "__main__":
    main()
