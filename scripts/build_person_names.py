#!/usr/bin/env python3
"""Build the person-name lexicon the NER tagger uses as a feature.

Why: ANERcorp is small, and most people in a new story never occur in it. Arabic has no
capital letters, so "is this word a known given name or surname?" is one of the strongest
clues a tagger can get. Two openly licensed name lists carry that knowledge, and both are
on PyPI; this script reads them straight from their wheels (nothing is installed, nothing
is fetched at run time) and keeps only a compact word list:

* ``arabic-name-romanizer`` 0.2.0 (MIT): ``resources/names.sqlite3``, table ``units``:
  Arabic name words from Wikidata people (CC0) and the DziriNames benchmark (MIT), each
  with a role (given / surname / unknown) and a count.
* ``arabnamer`` 0.1.3 (code MIT, dictionary CC-BY-4.0, © E. Yousef,
  https://github.com/sayedyousef/arabnamer): ``data/dict_FINAL.json``, 22,798 English name →
  Arabic spelling pairs, mostly foreign names as Arab media write them (e.g. «آلتونين»).

Output (gzipped, sorted): ``key<TAB>role<TAB>bucket`` with ``key`` the clitic-stem form the
tagger looks words up by (:func:`marsad.ner.clusters.cluster_key`), ``role`` one of
``given``, ``surname``, ``name`` (role unknown), and ``bucket`` = bit length of the summed
count (1 = seen once). A ``#`` header records the sources and their sha256.

Usage::

    .venv/bin/pip download --no-deps -d /tmp/wheels arabic-name-romanizer==0.2.0 arabnamer==0.1.3
    .venv/bin/python scripts/build_person_names.py /tmp/wheels [--out PATH]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sqlite3
import sys
import tempfile
import zipfile
from collections import Counter, defaultdict
from pathlib import Path

from marsad.ner.clusters import cluster_key
from marsad.ner.name_lexicons import write_gz_lines

DEFAULT_OUT = (
    Path(__file__).resolve().parent.parent / "src" / "marsad" / "data" / "models"
) / "person-names.tsv.gz"
ROMANIZER = "arabic_name_romanizer-0.2.0-py3-none-any.whl"
ROMANIZER_DB = "arabic_name_romanizer/resources/names.sqlite3"
ARABNAMER = "arabnamer-0.1.3-py3-none-any.whl"
ARABNAMER_DICT = "arabnamer/data/dict_FINAL.json"
ROLES = ("given", "surname")
# Single letters and two-letter words are mostly clitic debris or abbreviations.
MIN_KEY_LEN = 3


def sha256(path: Path) -> str:
    """Hex SHA-256 of a file (recorded so the output names its exact inputs)."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def romanizer_units(wheel: Path) -> Counter[tuple[str, str]]:
    """(key, role) → summed count from the romanizer's ``units`` table."""
    out: Counter[tuple[str, str]] = Counter()
    with tempfile.TemporaryDirectory() as tmp, zipfile.ZipFile(wheel) as zf:
        db = Path(zf.extract(ROMANIZER_DB, tmp))
        con = sqlite3.connect(db)
        try:
            rows = con.execute("SELECT arabic_key, role, count FROM units").fetchall()
        finally:
            con.close()
    for arabic, role, count in rows:
        for word in str(arabic).split():
            key = cluster_key(word)
            if len(key) >= MIN_KEY_LEN:
                out[key, role if role in ROLES else "name"] += int(count)
    return out


def arabnamer_words(wheel: Path) -> Counter[tuple[str, str]]:
    """(key, "name") → how many dictionary spellings contain the word."""
    with zipfile.ZipFile(wheel) as zf:
        pairs = json.loads(zf.read(ARABNAMER_DICT).decode("utf-8"))
    out: Counter[tuple[str, str]] = Counter()
    for arabic in pairs.values():
        for word in str(arabic).split():
            key = cluster_key(word)
            if len(key) >= MIN_KEY_LEN:
                out[key, "name"] += 1
    return out


def build(wheels: Path) -> tuple[list[str], dict[str, str]]:
    """Output lines and the header's source record."""
    romanizer, arabnamer = wheels / ROMANIZER, wheels / ARABNAMER
    counts = romanizer_units(romanizer) + arabnamer_words(arabnamer)
    # A word with a known role does not also need the role-less "name" line.
    roles: dict[str, set[str]] = defaultdict(set)
    for key, role in counts:
        roles[key].add(role)
    lines = []
    for (key, role), count in counts.items():
        if role == "name" and roles[key] & set(ROLES):
            continue
        lines.append(f"{key}\t{role}\t{count.bit_length()}")
    source = {
        ROMANIZER: sha256(romanizer),
        ARABNAMER: sha256(arabnamer),
        "licences": "romanizer data: Wikidata CC0 + DziriNames MIT; arabnamer dict: CC-BY-4.0",
    }
    return sorted(lines), source


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("wheels", type=Path, help="directory holding the two wheels")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args(argv)
    lines, source = build(args.wheels)
    write_gz_lines(args.out, lines, source)
    print(f"{len(lines)} name words → {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
