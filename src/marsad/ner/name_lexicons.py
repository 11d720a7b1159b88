"""Name lexicons for NER features: one learned from the training annotations, one from the KB.

Training lexicon: for every (normalised clitic) stem, which entity types/positions it takes in
the annotated data and how reliably (share of its occurrences). Used naively, such a lexicon
is a perfect oracle on the training set and the CRF over-trusts it, so training features come
from a jackknife (each fold sees a lexicon built from the other folds) and only the final
model uses the lexicon of the whole training part (shipped next to the model).

Training phrases: whole entity strings of the annotations (jackknifed the same way), kept only
if they are names in a good share of all their occurrences; matched longest-first.

KB gazetteer: if ``marsad.kb.load_kb`` works at training time, its names (by NER type), the
first names of its persons and its nisba adjectives become features too. They are snapshotted
next to the model (``NAME.gaz.tsv.gz``) so the KB can keep changing without changing a trained
model; the metadata records the KB version. Trigger words are curated data
(``data/models/ner-triggers.tsv``).
"""

from __future__ import annotations

import gzip
import json
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

from marsad.ner.clusters import cluster_key
from marsad.ner.evaluate import spans

Lexicon = dict[str, tuple[str, ...]]


# --- Lexicon files -------------------------------------------------------------------------
# Every lexicon the tagger reads is a gzipped file of tab-separated rows, optionally headed by
# one ``# {json}`` line naming where it came from. One writer and one reader serve them all.


def write_gz_lines(path: Path, lines: Iterable[str], header: dict[str, Any] | None = None) -> None:
    """``lines`` (in the given order) gzipped with a fixed mtime, so equal input gives equal
    bytes; ``header`` becomes a first ``# {json}`` line."""
    with gzip.GzipFile(path, "wb", mtime=0) as fh:
        if header is not None:
            fh.write(f"# {json.dumps(header, sort_keys=True)}\n".encode())
        fh.write("".join(line + "\n" for line in lines).encode("utf-8"))


def read_gz_header(path: Path) -> dict[str, Any]:
    """The ``# {json}`` header of a file from :func:`write_gz_lines` ({} without one)."""
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        first = fh.readline()
    return json.loads(first[2:]) if first.startswith("# ") else {}


def read_gz_rows(path: Path) -> Iterator[list[str]]:
    """Tab-split rows of a file from :func:`write_gz_lines`, without its header."""
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i == 0 and line.startswith("# "):
                continue
            yield line.rstrip("\n").split("\t")


def _bucket(share: float) -> str | None:
    if share >= 0.5:
        return "h"
    if share >= 0.15:
        return "m"
    if share > 0:
        return "l"
    return None


def build_lexicon(
    sentences: Iterable[tuple[Sequence[str], Sequence[str]]], mark_seen: bool = False
) -> Lexicon:
    """stem → ("BPER:h", "ILOC:l", ...) from annotated sentences; with ``mark_seen`` a stem
    seen only outside entities maps to ("O",), so "not in the lexicon" means unseen."""
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
    if mark_seen:
        for key in occ:
            if key not in out:
                out[key] = ("O",)
    return out


PhraseTable = dict[tuple[str, ...], tuple[str, ...]]


def build_phrase_table(
    sentences: Iterable[tuple[Sequence[str], Sequence[str]]], min_share: float = 0.3
) -> PhraseTable:
    """Entity strings of the annotations (as key sequences) → types they take in ≥ min_share
    of ALL their occurrences in the text (so a phrase that is usually not a name drops out)."""
    ent: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    data = []
    for toks, tags in sentences:
        keys = [cluster_key(t) for t in toks]
        data.append(keys)
        for s, e, kind in spans(tags):
            ent[tuple(keys[s:e])][kind] += 1
    lengths = sorted({len(k) for k in ent})
    occ: Counter[tuple[str, ...]] = Counter()
    for keys in data:
        for length in lengths:
            for i in range(len(keys) - length + 1):
                gram = tuple(keys[i : i + length])
                if gram in ent:
                    occ[gram] += 1
    out: PhraseTable = {}
    for gram, c in ent.items():
        types = tuple(sorted(t for t, n in c.items() if n >= min_share * occ[gram]))
        if types:
            out[gram] = types
    return out


def write_phrase_table(table: PhraseTable, path: Path) -> None:
    """Gzipped sorted ``key key<TAB>ORG,LOC`` lines."""
    write_gz_lines(path, sorted(f"{' '.join(k)}\t{','.join(v)}" for k, v in table.items()))


def read_phrase_table(path: Path) -> PhraseTable:
    """Inverse of :func:`write_phrase_table`."""
    return {
        tuple(row[0].split(" ")): tuple(row[1].split(","))
        for row in read_gz_rows(path)
        if len(row) > 1 and row[1]
    }


def write_lexicon(lex: Lexicon, path: Path) -> None:
    """Gzipped ``stem<TAB>v1,v2`` lines, sorted for reproducible files."""
    write_gz_lines(path, (f"{key}\t{','.join(lex[key])}" for key in sorted(lex)))


def read_lexicon(path: Path) -> Lexicon:
    """Inverse of :func:`write_lexicon`."""
    return {
        row[0]: tuple(row[1].split(",")) for row in read_gz_rows(path) if len(row) > 1 and row[1]
    }


# KB entity types → ANERcorp types (states/places are locations for NER purposes).
_KB_TYPE = {"PER": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}


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


# --- Phrase gazetteer snapshot -------------------------------------------------------------
# A model must not change behaviour when the KB is edited after training, so the KB names it
# was trained with are written next to it (``NAME.gaz.tsv.gz``) and read back at tagging time.


@dataclass(slots=True)
class PhraseGazetteer:
    """KB names as key sequences (for longest match), KB first and last names (of
    multi-word person names: a surname alone is how a story refers back to a person) and
    nisba adjectives."""

    phrases: dict[tuple[str, ...], tuple[str, ...]] = field(default_factory=dict)
    first_names: frozenset[str] = frozenset()
    nisba: frozenset[str] = frozenset()
    last_names: frozenset[str] = frozenset()
    source: dict[str, str] = field(default_factory=dict)

    def token_types(self) -> dict[str, tuple[str, ...]]:
        """Key → ("BPER", "ILOC", ...): where a key occurs inside any phrase, by type."""
        table: dict[str, set[str]] = defaultdict(set)
        for keys, types in self.phrases.items():
            for j, key in enumerate(keys):
                for kind in types:
                    table[key].add(("B" if j == 0 else "I") + kind)
        return {k: tuple(sorted(v)) for k, v in table.items()}


def _alias_keys(alias: str) -> tuple[str, ...]:
    return tuple(k for k in (cluster_key(t) for t in alias.split()) if k)


def build_phrase_gazetteer() -> PhraseGazetteer | None:
    """Snapshot of the KB: names/aliases by NER type, PER first names, nisba adjectives."""
    try:
        from marsad.kb import load_kb
    except ImportError:
        return None
    try:
        kb = load_kb()
    except Exception:  # a KB under edit must not break NER training
        return None
    phrases: dict[tuple[str, ...], set[str]] = defaultdict(set)
    first: set[str] = set()
    last: set[str] = set()
    nisba: set[str] = set()
    for alias, ids in kb.aliases():
        keys = _alias_keys(alias)
        if not keys:
            continue
        for eid in ids:
            ent = kb.get(eid)
            if ent is None:
                continue
            if kb.alias_kind(alias, eid) == "adjective":
                if len(keys) == 1:
                    nisba.add(keys[0])
                continue
            kind = _KB_TYPE.get(ent.type)
            if kind:
                phrases[keys].add(kind)
            if kind == "PER" and len(keys) > 1:
                first.add(keys[0])
                last.add(keys[-1])
    if not phrases:
        return None
    return PhraseGazetteer(
        {k: tuple(sorted(v)) for k, v in phrases.items()},
        frozenset(first),
        frozenset(nisba),
        frozenset(last),
        {"kb_version": str(kb.version)},
    )


def write_phrase_gazetteer(gaz: PhraseGazetteer, path: Path) -> None:
    """Gzipped sorted lines: ``P<TAB>key key<TAB>LOC,ORG`` / ``F<TAB>key`` / ``N<TAB>key``."""
    lines = [f"P\t{' '.join(k)}\t{','.join(v)}" for k, v in gaz.phrases.items()]
    lines += [f"F\t{k}" for k in gaz.first_names]
    lines += [f"N\t{k}" for k in gaz.nisba]
    lines += [f"L\t{k}" for k in gaz.last_names]
    write_gz_lines(path, sorted(lines), gaz.source)


def read_phrase_gazetteer(path: Path) -> PhraseGazetteer:
    """Inverse of :func:`write_phrase_gazetteer`."""
    gaz = PhraseGazetteer(source=read_gz_header(path))
    words: dict[str, set[str]] = {"F": set(), "N": set(), "L": set()}
    for parts in read_gz_rows(path):
        if parts[0] == "P" and len(parts) == 3:
            gaz.phrases[tuple(parts[1].split(" "))] = tuple(parts[2].split(","))
        elif parts[0] in words and len(parts) == 2:
            words[parts[0]].add(parts[1])
    gaz.first_names, gaz.nisba = frozenset(words["F"]), frozenset(words["N"])
    gaz.last_names = frozenset(words["L"])
    return gaz


# --- Trigger words (curated data) ----------------------------------------------------------

DEFAULT_TRIGGERS = Path(__file__).resolve().parent.parent / "data" / "models" / "ner-triggers.tsv"
DEFAULT_TOPICS = DEFAULT_TRIGGERS.with_name("ner-topics.tsv")
DEFAULT_PERSON_NAMES = DEFAULT_TRIGGERS.with_name("person-names.tsv.gz")
DEFAULT_WORLD_PLACES = DEFAULT_TRIGGERS.with_name("world-places.tsv.gz")
# Count buckets of the person-name lexicon (bit lengths) grouped into four strengths.
_NAME_STRENGTH = ((7, "4"), (4, "3"), (2, "2"), (1, "1"))


def read_triggers(path: Path = DEFAULT_TRIGGERS) -> dict[str, tuple[str, ...]]:
    """``word<TAB>class`` lines (``#`` comments) → clitic-stem key → classes."""
    out: dict[str, set[str]] = defaultdict(set)
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        word, _, kind = line.partition("\t")
        key = cluster_key(word.strip())
        if key and kind.strip():
            out[key].add(kind.strip())
    return {k: tuple(sorted(v)) for k, v in out.items()}


@lru_cache(maxsize=8)
def read_person_names(path: Path = DEFAULT_PERSON_NAMES) -> Mapping[str, tuple[str, ...]]:
    """``key<TAB>role<TAB>bucket`` lines (scripts/build_person_names.py) → key →
    ``role:strength`` values, strength 1–4 from the count bucket.

    Read once per process and file, read-only: the tagger's features and the linker's given
    name and surname sets share it (reading it took 0.2 s per caller, inside the first
    article that needed it). The linker asks for it per name it weighs, so the path as given
    is cached too: resolving it each time cost a quarter of a millisecond per article."""
    return _person_names(Path(path).resolve())


@lru_cache(maxsize=4)
def _person_names(path: Path) -> Mapping[str, tuple[str, ...]]:
    out: dict[str, list[str]] = defaultdict(list)
    for key, role, bucket in read_gz_rows(path):
        strength = next(s for floor, s in _NAME_STRENGTH if int(bucket) >= floor)
        out[key].append(f"{role}:{strength}")
    return MappingProxyType({k: tuple(v) for k, v in out.items()})


def read_world_places(path: Path = DEFAULT_WORLD_PLACES) -> dict[tuple[str, ...], tuple[str, ...]]:
    """``key key…<TAB>strength`` lines (scripts/build_world_places.py) → key tuple →
    ``("S<strength>",)``, the shape :class:`marsad.ner.features.PhraseMatcher` takes."""
    return {tuple(keys.split(" ")): ("S" + strength,) for keys, strength in read_gz_rows(path)}
