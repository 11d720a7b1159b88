"""Name lexicons for NER features: one learned from the training annotations, one from the KB.

Training lexicon: for every (normalised clitic) stem, which entity types/positions it takes in
the annotated data and how reliably (share of its occurrences). Used naively, such a lexicon
is a perfect oracle on the training set and the CRF over-trusts it, so training features come
from a jackknife (each fold sees a lexicon built from the other folds) and only the final
model uses the lexicon of the whole training part (shipped next to the model).

KB gazetteer: if ``marsad.kb.load_kb`` exists at training time its names become features too;
the model metadata records whether they were used.
"""

from __future__ import annotations

import gzip
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from pathlib import Path

from marsad.ner.clusters import cluster_key
from marsad.ner.evaluate import spans

Lexicon = dict[str, tuple[str, ...]]


def _bucket(share: float) -> str | None:
    if share >= 0.5:
        return "h"
    if share >= 0.15:
        return "m"
    if share > 0:
        return "l"
    return None


def build_lexicon(sentences: Iterable[tuple[Sequence[str], Sequence[str]]]) -> Lexicon:
    """stem → ("BPER:h", "ILOC:l", ...) from annotated sentences."""
    occ: Counter[str] = Counter()
    ent: dict[str, Counter[str]] = defaultdict(Counter)
    for toks, tags in sentences:
        keys = [cluster_key(t) for t in toks]
        occ.update(keys)
        for s, e, kind in spans(tags):
            for j in range(s, e):
                ent[keys[j]][("B" if j == s else "I") + kind] += 1
    out: Lexicon = {}
    for key, c in ent.items():
        vals = []
        for tag, n in sorted(c.items()):
            b = _bucket(n / occ[key])
            if b:
                vals.append(f"{tag}:{b}")
        if vals:
            out[key] = tuple(vals)
    return out


def write_lexicon(lex: Lexicon, path: Path) -> None:
    """Gzipped ``stem<TAB>v1,v2`` lines, sorted for reproducible files."""
    with gzip.GzipFile(path, "wb", mtime=0) as fh:
        for key in sorted(lex):
            fh.write(f"{key}\t{','.join(lex[key])}\n".encode())


def read_lexicon(path: Path) -> Lexicon:
    """Inverse of :func:`write_lexicon`."""
    out: Lexicon = {}
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            key, _, vals = line.rstrip("\n").partition("\t")
            if vals:
                out[key] = tuple(vals.split(","))
    return out


# KB entity types → ANERcorp types (states/places are locations for NER purposes).
_KB_TYPE = {"PER": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}


def kb_info() -> dict[str, str] | None:
    """Version of the KB the gazetteer would be built from (recorded in model metadata)."""
    try:
        from marsad.kb import load_kb
    except ImportError:
        return None
    try:
        return {"kb_version": str(load_kb().version)}
    except Exception:
        return None


@lru_cache(maxsize=1)
def kb_gazetteer() -> Callable[[str], Sequence[str]] | None:
    """Token key → ("BPER", "ILOC", ...) from KB names and aliases; ``None`` without a KB."""
    try:
        from marsad.kb import load_kb
    except ImportError:
        return None
    try:
        kb = load_kb()
    except Exception:  # a KB under edit must not break NER training or tagging
        return None
    table: dict[str, set[str]] = defaultdict(set)
    for alias, ids in kb.aliases():
        types = set()
        for eid in ids:
            ent = kb.get(eid)
            if ent is None or kb.alias_kind(alias, eid) == "adjective":
                continue
            kind = _KB_TYPE.get(ent.type)
            if kind:
                types.add(kind)
        toks = alias.split()
        for j, tok in enumerate(toks):
            key = cluster_key(tok)
            for kind in types:
                table[key].add(("B" if j == 0 else "I") + kind)
    if not table:
        return None
    frozen = {k: tuple(sorted(v)) for k, v in table.items()}
    return lambda key: frozen.get(key, ())
