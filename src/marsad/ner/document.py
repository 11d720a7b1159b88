"""Document-level consistency features for the second NER pass.

A name is usually tagged consistently within one news story: «الأهلي» that the first pass
tags ORG in one sentence is very likely ORG in the next. The second pass sees, for each
token, what the FIRST pass said about the same word type (its clitic-stripped normalised
form, :func:`marsad.ner.clusters.cluster_key`) in the OTHER sentences of the same document.

ANERcorp has no document markers, so at training and dev time a "document" is a fixed
window of :data:`DOC_WINDOW` consecutive sentences (counted from the start of the train or
dev part); an article tagged by marsad is one document.

Features are only emitted for word types the first pass tagged as an entity somewhere else
in the document; a sentence with none of them keeps its first-pass tags (the second pass
would see exactly the first-pass features there).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from itertools import chain

DOC_WINDOW = 20
DOC_FEATURE_VERSION = 1

DOC_FEATURES = [
    "d=T: majority entity type of the word type elsewhere in the document",
    "dsh=T:h|l: that type in >=50% / <50% of its other occurrences",
    "dB=T: it started a T entity elsewhere; dm=T: it was inside a multi-word T entity",
    "dO: tagged as an entity here but only as O elsewhere",
    "d-1=T, d+1=T: the neighbours' majority type elsewhere",
]
STACK_FEATURES = "p=, p-1=, p+1=: first-pass tags of the token and its neighbours (where the "
"token has document features)"


def windows(n: int, size: int = DOC_WINDOW) -> list[range]:
    """Consecutive blocks of ``size`` sentence indices covering ``range(n)``."""
    return [range(a, min(a + size, n)) for a in range(0, n, size)]


def _entity_stats(keys: Sequence[str], tags: Sequence[str]) -> dict[str, Counter[str]]:
    """Per key of an entity token: type counts ("T"), starts ("B:T"), multi-word ("M:T")."""
    out: dict[str, Counter[str]] = {}
    n = len(tags)
    for j, tag in enumerate(tags):
        if tag == "O":
            continue
        kind = tag[2:]
        c = out.get(keys[j])
        if c is None:
            c = out[keys[j]] = Counter()
        c[kind] += 1
        if tag[0] == "B":
            c["B:" + kind] += 1
            if j + 1 < n and tags[j + 1] == "I-" + kind:
                c["M:" + kind] += 1
        else:
            c["M:" + kind] += 1
    return out


_TYPES = ("PER", "ORG", "LOC", "MISC")
_EMPTY: Counter[str] = Counter()
_NO_FEATURES: list[str] = []  # shared by every token without document features: never mutated


def analyse(
    keys: Sequence[Sequence[str]], tags: Sequence[Sequence[str]], stack: bool = False
) -> tuple[list[list[list[str]]], list[bool]]:
    """Per sentence, per token: doc features from the first-pass ``tags`` of the OTHER
    sentences (``keys`` = cluster keys of the tokens; all sentences form one document);
    and per sentence whether the document disagrees with its first-pass tags somewhere
    (a token O here but an entity elsewhere, another type elsewhere, or ``dO``).

    ``stack`` adds, on tokens that have document features, the first-pass tag of the token
    and of its neighbours (``p=``, ``p-1=``, ``p+1=``): the second pass can then learn when
    the document should overrule the first pass and when not."""
    occ_total = Counter(chain.from_iterable(keys))
    ents = [_entity_stats(k, t) for k, t in zip(keys, tags, strict=True)]
    ent_total: dict[str, Counter[str]] = defaultdict(Counter)
    for st in ents:
        for key, c in st.items():
            ent_total[key].update(c)
    out: list[list[list[str]]] = []
    conflicts: list[bool] = []
    for sk, stags, se in zip(keys, tags, ents, strict=True):
        n = len(sk)
        # Only tokens whose key is an entity somewhere can get features: most have none,
        # and share one empty list (read only, like every list returned here).
        candidates = [j for j, key in enumerate(sk) if key in ent_total]
        own: list[list[str]] = [_NO_FEATURES] * n
        conflict = False
        if candidates:
            mine_here = Counter(sk)
            maj: dict[int, str] = {}
            for j in candidates:
                key = sk[j]
                tot = ent_total[key]
                others = occ_total[key] - mine_here[key]
                if not others:
                    continue
                mine = se.get(key, _EMPTY)
                counts = [(tot[t] - mine[t], t) for t in _TYPES]
                c_best, best = max(counts)
                tag = stags[j]
                if c_best:
                    feats = own[j] = ["d=" + best,
                                      f"dsh={best}:{'h' if 2 * c_best >= others else 'l'}"]
                    for t in _TYPES:
                        if tot["B:" + t] - mine["B:" + t]:
                            feats.append("dB=" + t)
                        if tot["M:" + t] - mine["M:" + t]:
                            feats.append("dm=" + t)
                    maj[j] = best
                    if tag[2:] != best:
                        conflict = True
                elif tag != "O":
                    own[j] = ["dO"]
                    conflict = True
            # Tokens beside a majority type, in order, then (stack) the tags of those with
            # features: the same attributes in the same order as a pass over every token.
            touched = sorted({*maj, *(j - 1 for j in maj if j), *(j + 1 for j in maj if j + 1 < n),
                              *(j for j in candidates if own[j] is not _NO_FEATURES)})
            for j in touched:
                feats = own[j]
                if feats is _NO_FEATURES:
                    feats = own[j] = []
                if j > 0 and (j - 1) in maj:
                    feats.append(f"d-1={maj[j - 1]}")
                if j + 1 < n and (j + 1) in maj:
                    feats.append(f"d+1={maj[j + 1]}")
                if stack and feats:
                    feats.append("p=" + stags[j])
                    feats.append("p-1=" + (stags[j - 1] if j else "^"))
                    feats.append("p+1=" + (stags[j + 1] if j + 1 < n else "$"))
                if not feats:
                    own[j] = _NO_FEATURES
        out.append(own)
        conflicts.append(conflict)
    return out, conflicts


def doc_features(
    keys: Sequence[Sequence[str]], tags: Sequence[Sequence[str]], stack: bool = False
) -> list[list[list[str]]]:
    """The per-token document features of :func:`analyse`."""
    return analyse(keys, tags, stack)[0]
