"""Speed floors that used to be wall-clock asserts in the tests, measured in one run.

Run: ``.venv/bin/python benchmarks/bench_floors.py [--articles 300] [--repeat 3]``. Prints
each measurement beside its floor and exits 1 when one is missed. The tests keep the
functional part (same output, cached once); timing depends on machine load, so it lives here:

- the knowledge base loads in under 1 s (the first ``load_kb()`` of a fresh process);
- the tokeniser reads at least 1,000,000 characters/s (best of ``--repeat`` passes over the
  concatenated text of the first ``--articles`` shared articles).

Other timings: ``bench_extract.py`` (articles/s), ``bench_events.py`` (events stage),
``bench_ner.py`` (NER sentences/s), ``bench_load.py`` (HTTP latency under load).
"""

from __future__ import annotations

import argparse
import time

from bench_extract import load

KB_LOAD_SECONDS = 1.0
TOKENIZE_CHARS_PER_S = 1_000_000


def kb_load_seconds() -> float:
    from marsad.kb.loader import load_kb

    began = time.perf_counter()
    load_kb()
    return time.perf_counter() - began


def tokenize_chars_per_s(articles: int, repeat: int) -> tuple[float, int]:
    from marsad.arabic.tokenize import tokenize

    text = "".join(r["text"] for r in load(articles))
    best = 0.0
    for _ in range(repeat):
        began = time.perf_counter()
        tokenize(text)
        best = max(best, len(text) / (time.perf_counter() - began))
    return best, len(text)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    missed = 0

    seconds = kb_load_seconds()  # first: nothing has loaded the KB yet in this process
    ok = seconds < KB_LOAD_SECONDS
    missed += not ok
    print(f"KB load (cold, this process)  {seconds:8.3f} s      floor < {KB_LOAD_SECONDS} s"
          f"   {'ok' if ok else 'MISSED'}")

    rate, chars = tokenize_chars_per_s(args.articles, args.repeat)
    ok = rate >= TOKENIZE_CHARS_PER_S
    missed += not ok
    print(f"tokenise ({chars:,} chars)   {rate:12,.0f} chars/s  floor >= "
          f"{TOKENIZE_CHARS_PER_S:,}   {'ok' if ok else 'MISSED'}")
    return 1 if missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
