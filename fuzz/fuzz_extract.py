"""Atheris (libFuzzer) harness for ``marsad.extract`` on raw bytes.

The contract under test: any byte string gives an Article that keeps the offset contract
(tests/hostile/invariants.py) or raises a MarsadError; anything else is a crash. The first
byte picks the declared format, so the HTML path (trafilatura, lxml) is fuzzed as hard as
the text path. Hangs are caught by libFuzzer's ``-timeout`` and memory blow-ups by
``-rss_limit_mb`` (see scripts/run_fuzz.sh).

    .venv/bin/python fuzz/fuzz_extract.py -max_total_time=60 fuzz-corpus/
"""

from __future__ import annotations

import sys
from pathlib import Path

import atheris

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

with atheris.instrument_imports(include=["marsad"]):
    import marsad
    from marsad.errors import MarsadError

from hostile.invariants import check_article

FORMATS = ("auto", "html", "text")


def test_one_input(data: bytes) -> None:
    """One fuzz case: ``data[0]`` chooses the format, the rest is the document."""
    if not data:
        return
    fmt = FORMATS[data[0] % len(FORMATS)]
    try:
        article = marsad.extract(data[1:], format=fmt)
    except MarsadError:
        return
    check_article(article)


def main() -> None:
    marsad.extract("قال المتحدث إن الاجتماع سيعقد في دمشق.")  # warm lexicons before timing
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
