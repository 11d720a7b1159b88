"""Throughput of ``marsad.extract`` on the shared corpus, plain text and HTML.

Run: ``.venv/bin/python benchmarks/bench_extract.py [--limit N]``. Prints, in one run:
marsad articles/s and peak RSS on plain-text input; and on HTML input (each article wrapped
in one of the page templates of ``tests/fixtures/html``) marsad's articles/s beside
``trafilatura.extract()`` on the very same pages, and the ratio.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path
from typing import Any

import trafilatura

import marsad
from marsad.errors import MarsadError
from marsad.model import RawDocument

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT.parent / "shared" / "data" / "articles"
sys.path.insert(0, str(ROOT / "tests"))
from test_html import STYLES, render_page  # noqa: E402  (the templates' one renderer)


def load(limit: int | None) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for path in sorted(ARTICLES.glob("*.jsonl")):
        with path.open(encoding="utf-8") as handle:
            rows.extend(json.loads(line) for line in handle if line.strip())
    if not rows:
        raise SystemExit(f"no articles under {ARTICLES}")
    return rows[:limit] if limit else rows


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def page_for(index: int, record: dict[str, Any]) -> str:
    template = sorted(STYLES)[index % len(STYLES)]
    paragraphs = [line.strip() for line in record["text"].splitlines() if line.strip()]
    title = record.get("title") or paragraphs[0][:80]
    return render_page(template, title, [("p", p) for p in paragraphs])


def timed(label: str, items: list[Any], run: Any) -> float:
    failures = 0
    began = time.perf_counter()
    for item in items:
        try:
            run(item)
        except MarsadError:
            failures += 1
    elapsed = time.perf_counter() - began
    rate = len(items) / elapsed
    note = f"  ({failures} refused with a MarsadError)" if failures else ""
    print(f"{label:<38} {len(items):>5} in {elapsed:6.2f} s = {rate:8.1f} articles/s{note}")
    return rate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="first N articles (default all)")
    args = parser.parse_args()
    records = load(args.limit)
    marsad.extract("تهيئة.")  # load models and rules outside the timings
    print(f"marsad {marsad.__version__}, trafilatura {trafilatura.__version__}, "
          f"{len(records)} articles")

    docs = [RawDocument(r["text"], id=r.get("id"), title=r.get("title"),
                        author=r.get("author") or None,
                        published=r.get("published") or r.get("date_extracted"))
            for r in records]
    timed("marsad, plain text", docs, marsad.extract)
    print(f"{'peak RSS after plain text':<38} {peak_rss_mb():8.1f} MB")

    pages = [page_for(i, r).encode("utf-8") for i, r in enumerate(records)]
    size = sum(map(len, pages)) / len(pages) / 1024
    print(f"HTML pages: {len(STYLES)} templates, {size:.1f} KiB on average")
    ours = timed("marsad, HTML (bytes → Article)", pages, marsad.extract)
    theirs = timed("trafilatura.extract(), same HTML", pages, trafilatura.extract)
    print(f"{'marsad / trafilatura speed':<38} {ours / theirs:8.2f}")
    print(f"{'peak RSS overall':<38} {peak_rss_mb():8.1f} MB")


if __name__ == "__main__":
    main()
