"""One-run performance report: per-stage and end-to-end throughput, trafilatura and BERT
baselines, peak RSS, scaling from 1k articles up, and local vs Ray batch engines.

Run: ``.venv/bin/python benchmarks/bench_report.py [--limit 500] [--max-articles 2000]
[--skip-ray]``.
All rates are per core: extraction runs in this one process (single-threaded), the BERT
baseline with ``torch.set_num_threads(1)``; only the engine comparison uses 2 workers.
Results go to ``benchmarks/results/run-<max-articles>.json``; copy the table into
docs/performance.md. A script, not a test: it takes minutes and depends on machine load.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import resource
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
# Reuse the existing benchmark's corpus loader and HTML page builder (tests/fixtures/html
# templates through tests/test_html.render_page) instead of copying them.
import marsad  # noqa: E402
from bench_extract import ARTICLES, load, page_for  # noqa: E402
from marsad.core import default_pipeline  # noqa: E402
from marsad.errors import MarsadError  # noqa: E402
from marsad.model import RawDocument  # noqa: E402

MB = 1024 * 1024


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def rss_mb() -> float:
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / MB


def text_doc(record: dict[str, Any]) -> RawDocument:
    return RawDocument(record["text"], id=record.get("id"), title=record.get("title"),
                       author=record.get("author") or None,
                       published=record.get("published") or record.get("date_extracted"))


def stages(label: str, docs: list[Any], nbytes: int) -> dict[str, Any]:
    """Every stage's and the whole pipeline's articles/s and MB/s on one core."""
    pipeline = default_pipeline()
    pipeline.timings.clear()
    failures = 0
    began = time.perf_counter()
    for doc in docs:
        try:
            marsad.extract(doc)
        except MarsadError:
            failures += 1
    elapsed = time.perf_counter() - began
    n, mb = len(docs), nbytes / MB
    rows = {name: {"seconds": round(s, 3), "articles_per_s": round(n / s, 1) if s else None,
                   "mb_per_s": round(mb / s, 2) if s else None, "share": round(s / elapsed, 3)}
            for name, s in pipeline.timings.items()}
    result = {"articles": n, "mb": round(mb, 2), "seconds": round(elapsed, 2),
              "articles_per_s": round(n / elapsed, 1), "mb_per_s": round(mb / elapsed, 3),
              "failures": failures, "stages": rows}
    print(f"\n{label}: {n} articles, {mb:.1f} MB in {elapsed:.1f}s = "
          f"{n / elapsed:.1f} articles/s, {mb / elapsed:.3f} MB/s per core")
    print(f"  {'stage':<10} {'art/s':>9} {'MB/s':>8} {'share':>6}")
    for name, row in rows.items():
        print(f"  {name:<10} {row['articles_per_s'] or 0:>9.1f} {row['mb_per_s'] or 0:>8.2f} "
              f"{100 * row['share']:>5.1f}%")
    return result


def trafilatura_alone(pages: list[bytes]) -> dict[str, Any]:
    import trafilatura

    began = time.perf_counter()
    for page in pages:
        trafilatura.extract(page)
    elapsed = time.perf_counter() - began
    mb = sum(map(len, pages)) / MB
    print(f"\ntrafilatura.extract() alone: {len(pages) / elapsed:.1f} articles/s, "
          f"{mb / elapsed:.2f} MB/s")
    return {"articles": len(pages), "seconds": round(elapsed, 2),
            "articles_per_s": round(len(pages) / elapsed, 1), "mb_per_s": round(mb / elapsed, 2),
            "version": trafilatura.__version__}


def bert_baseline(records: list[dict[str, Any]], limit: int) -> dict[str, Any] | None:
    """Forward passes of a randomly initialised BERT-base token classifier, one core.

    No tokenizer can be downloaded, so each article becomes random ids of its estimated
    WordPiece length (1.4 subwords per whitespace word, typical of Arabic BERT vocabularies),
    in windows of at most 512 tokens — the cost of the model, not of tokenisation.
    """
    try:
        import torch
        from transformers import BertConfig, BertForTokenClassification
    except ImportError as exc:
        print(f"\nBERT baseline skipped: {exc} (pip install 'marsad[bench]')")
        return None
    torch.set_num_threads(1)
    torch.manual_seed(0)
    config = BertConfig(num_labels=9)  # defaults: 12 layers, hidden 768, 110M parameters
    model = BertForTokenClassification(config).eval()
    sample = records[:limit]
    lengths = [max(8, int(len(r["text"].split()) * 1.4) + 2) for r in sample]
    windows = [min(512, n - start) for n in lengths for start in range(0, n, 512)]
    with torch.inference_mode():
        model(input_ids=torch.randint(1000, config.vocab_size, (1, 64)))  # warm-up
        began = time.perf_counter()
        for size in windows:
            ids = torch.randint(1000, config.vocab_size, (1, size))
            model(input_ids=ids, attention_mask=torch.ones_like(ids))
        elapsed = time.perf_counter() - began
    rate = len(sample) / elapsed
    print(f"\nBERT-base token classification (random weights, torch {torch.__version__}, "
          f"1 thread): {rate:.2f} articles/s, {sum(lengths) / elapsed:.0f} tokens/s "
          f"({len(sample)} articles, {len(windows)} windows, mean {sum(lengths) / len(sample):.0f}"
          " tokens)")
    return {"articles": len(sample), "windows": len(windows), "tokens": sum(lengths),
            "seconds": round(elapsed, 2), "articles_per_s": round(rate, 2),
            "tokens_per_s": round(sum(lengths) / elapsed), "torch": torch.__version__}


def scaling(records: list[dict[str, Any]], max_articles: int) -> list[dict[str, Any]]:
    """Time and memory as the corpus (replicated in memory) grows: 1k, 2k, 5k, 10k, …"""
    steps = [n for n in (1000, 2000, 5000, 10_000, 20_000, 50_000, 100_000)
             if n <= max_articles] or [max_articles]
    out = []
    print(f"\nscaling (corpus of {len(records)} replicated), extract → to_dict, one core")
    done = 0
    began = time.perf_counter()
    for step in steps:
        while done < step:
            record = records[done % len(records)]
            marsad.to_dict(marsad.extract(text_doc(record)))
            done += 1
        gc.collect()
        elapsed = time.perf_counter() - began
        row = {"articles": step, "seconds": round(elapsed, 1),
               "articles_per_s": round(step / elapsed, 1), "rss_mb": round(rss_mb(), 1),
               "peak_rss_mb": round(peak_rss_mb(), 1)}
        out.append(row)
        print(f"  {step:>7} articles: {elapsed:7.1f}s, {step / elapsed:6.1f} articles/s, "
              f"RSS {row['rss_mb']:.0f} MB (peak {row['peak_rss_mb']:.0f} MB)")
    return out


def engines(path: Path, n: int, skip_ray: bool) -> dict[str, Any]:
    """Batch wall time over the same JSONL: local 1 and 2 workers, Ray with 2 workers."""
    from marsad.batch import run

    out: dict[str, Any] = {"articles": n}
    plans = [("local-1", "local", 1), ("local-2", "local", 2)]
    if not skip_ray:
        plans.append(("ray-2", "ray", 2))
    print(f"\nbatch engines over {n} articles (shard size 25, Parquet written):")
    for label, engine, workers in plans:
        with tempfile.TemporaryDirectory() as tmp:
            began = time.perf_counter()
            try:
                summary = run([str(path)], tmp, engine=engine, workers=workers, shard_size=25)
            except Exception as exc:  # e.g. Ray missing: report, keep the other numbers
                print(f"  {label:<8} skipped: {exc}")
                continue
            elapsed = time.perf_counter() - began
        out[label] = {"seconds": round(elapsed, 1), "articles_per_s": round(n / elapsed, 1),
                      "articles": summary.articles}
        print(f"  {label:<8} {elapsed:6.1f}s = {n / elapsed:6.1f} articles/s "
              "(Ray includes starting its local cluster)" if engine == "ray" else
              f"  {label:<8} {elapsed:6.1f}s = {n / elapsed:6.1f} articles/s")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=500,
                        help="articles for the per-stage and baseline rows (default 500)")
    parser.add_argument("--max-articles", type=int, default=2000,
                        help="largest scaling step (default 2000, ~2-3 min here; 100000 "
                             "takes ~1.5 h at 20 articles/s)")
    parser.add_argument("--bert-articles", type=int, default=30)
    parser.add_argument("--engine-articles", type=int, default=400)
    parser.add_argument("--skip-ray", action="store_true")
    args = parser.parse_args()
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")

    corpus = load(None)
    records = corpus[:args.limit]
    marsad.extract("تهيئة.")  # models and rules load outside the timings
    results: dict[str, Any] = {
        "machine": {"python": platform.python_version(), "cpu_count": os.cpu_count(),
                    "processor": platform.processor() or platform.machine()},
        "corpus": str(ARTICLES), "marsad": marsad.__version__,
        "rss_after_warmup_mb": round(rss_mb(), 1)}

    texts = [text_doc(r) for r in records]
    results["text"] = stages("plain text", texts,
                             sum(len(r["text"].encode()) for r in records))
    pages = [page_for(i, r).encode("utf-8") for i, r in enumerate(records)]
    results["html"] = stages("HTML pages", pages, sum(map(len, pages)))
    results["trafilatura"] = trafilatura_alone(pages)
    ratio = results["html"]["articles_per_s"] / results["trafilatura"]["articles_per_s"]
    results["marsad_over_trafilatura"] = round(ratio, 3)
    print(f"marsad (HTML, end to end) / trafilatura: {ratio:.3f}")
    results["peak_rss_mb_after_stages"] = round(peak_rss_mb(), 1)
    results["bert"] = bert_baseline(records, args.bert_articles)
    results["scaling"] = scaling(corpus, args.max_articles)

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "engine-input.jsonl"
        subset = corpus[:args.engine_articles]
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in subset),
                        encoding="utf-8")
        results["engines"] = engines(path, len(subset), args.skip_ray)
    results["peak_rss_mb"] = round(peak_rss_mb(), 1)
    print(f"\npeak RSS (this process): {results['peak_rss_mb']:.0f} MB")
    target = ROOT / "benchmarks" / "results" / f"run-{args.max_articles}.json"
    target.write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"results → {target.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
