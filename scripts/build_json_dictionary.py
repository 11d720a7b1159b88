#!/usr/bin/env python3
"""Train the zstd dictionary the store compresses each article's JSON with (issue #16).

Why a dictionary: an article's JSON (without its text, which ``articles.text`` holds) is about
15 KB of the same keys, enum values and entity ids over and over; zstd alone gets it to
3.5 KB because it must learn that vocabulary anew in every frame. A dictionary trained once
on sample payloads primes each frame with it (``docs/store.md``, "Compressed JSON": about
2 KB at level 6, also on outlets the dictionary never saw).

Samples: the JSON ``marsad extract`` gives for the shared articles, serialised exactly as the
store packs it (``"text": null``). ``--articles`` picks the JSONL files; ``--check FILE``
trains on the other files and reports the sizes on ``FILE``'s articles, so the gain on
unseen outlets is measured, not assumed.

Output: ``src/marsad/data/store_json.zdict`` (raw zstd dictionary bytes; its id is written in
every frame compressed with it, which is how ``store/codec.py`` finds it again). A new
dictionary must get a new id and the old file must stay readable: keep the previous file
under its id in ``data/`` (``codec.DICTIONARIES``) when replacing it.

Two builds give the same bytes: the script re-runs itself with ``PYTHONHASHSEED=0`` (some of an
article's lists follow set order, so the samples would differ run to run) and the id is fixed.

Usage: .venv/bin/python scripts/build_json_dictionary.py [--articles GLOB] [--limit N]
       [--out PATH] [--check FILE]
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import random
import statistics
import sys
from pathlib import Path

import zstandard

from marsad import extract
from marsad.errors import MarsadError
from marsad.model import RawDocument
from marsad.serialize import to_dict

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_ARTICLES = str(ROOT.parent / "shared" / "data" / "articles" / "*.jsonl")
DEFAULT_OUT = ROOT / "src" / "marsad" / "data" / "store_json.zdict"
DICT_SIZE = 112_640  # zstd's own default size (110 KiB)
SEED = 16  # the sample order; training itself is deterministic for a given order
LEVEL = 6  # as codec.JSON_LEVEL
#: The id written in every frame; a new dictionary takes the next one (zstd would draw one at
#: random, which makes two builds differ).
DICT_ID = 16_001


def payloads(paths: list[str], limit: int) -> list[bytes]:
    """The stored JSON (text replaced by null) of up to ``limit`` articles of ``paths``."""
    rows: list[dict[str, str]] = []
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            rows.extend(json.loads(line) for line in handle if line.strip())
    random.Random(SEED).shuffle(rows)
    out = []
    for row in rows[:limit]:
        try:
            article = extract(RawDocument(
                row["text"], id=row.get("id"), title=row.get("title"),
                published=row.get("published") or row.get("date_extracted")))
        except MarsadError:
            continue
        data = to_dict(article)
        data["text"] = None
        out.append(json.dumps(data, ensure_ascii=False).encode("utf-8"))
    return out


def train(samples: list[bytes]) -> zstandard.ZstdCompressionDict:
    return zstandard.train_dictionary(DICT_SIZE, list[bytes | bytearray | memoryview](samples),
                                      dict_id=DICT_ID, threads=1)


def sizes(samples: list[bytes], dictionary: zstandard.ZstdCompressionDict | None) -> list[int]:
    if dictionary is None:
        compressor = zstandard.ZstdCompressor(level=3)  # the codec's level without one
    else:
        compressor = zstandard.ZstdCompressor(level=LEVEL, dict_data=dictionary)
    return [len(compressor.compress(s)) for s in samples]


def main() -> None:
    if os.environ.get("PYTHONHASHSEED") != "0":
        env = {**os.environ, "PYTHONHASHSEED": "0"}
        os.execve(sys.executable, [sys.executable, *sys.argv], env)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", default=DEFAULT_ARTICLES)
    parser.add_argument("--limit", type=int, default=2500)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--check", help="a JSONL file held out from training, to measure on")
    args = parser.parse_args()
    paths = sorted(glob.glob(args.articles))
    if args.check:
        held = [p for p in paths if Path(p).name == Path(args.check).name]
        rest = [p for p in paths if p not in held]
        dictionary = train(payloads(rest, args.limit))
        test = payloads(held, args.limit)
        raw = statistics.mean(map(len, test))
        plain = statistics.mean(sizes(test, None))
        primed = statistics.mean(sizes(test, dictionary))
        print(f"trained on {[Path(p).name for p in rest]}, measured on {len(test)} articles "
              f"of {Path(args.check).name}: JSON {raw / 1024:.2f} KB, zstd-3 {plain / 1024:.2f} "
              f"KB, with the dictionary (level {LEVEL}) {primed / 1024:.2f} KB")
        return
    dictionary = train(payloads(paths, args.limit))
    args.out.write_bytes(dictionary.as_bytes())
    print(f"{args.out}: {len(dictionary.as_bytes())} bytes, id {dictionary.dict_id()}")


if __name__ == "__main__":
    main()
