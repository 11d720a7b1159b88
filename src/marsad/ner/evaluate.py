"""Entity-level (exact span, conlleval-style) precision/recall/F1 for BIO tag sequences."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

CORE_TYPES = ("PER", "ORG", "LOC")
ALL_TYPES = (*CORE_TYPES, "MISC")


def spans(tags: Sequence[str]) -> set[tuple[int, int, str]]:
    """(start, end, type) entity spans; an I- without a matching B- starts a new entity."""
    out: set[tuple[int, int, str]] = set()
    start = -1
    kind = ""
    for i, tag in enumerate((*tags, "O")):
        prefix, _, t = tag.partition("-")
        if start >= 0 and (prefix != "I" or t != kind):
            out.add((start, i, kind))
            start = -1
        if prefix == "B" or (prefix == "I" and start < 0):
            start, kind = i, t
    return out


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f, "tp": tp, "fp": fp, "fn": fn}


def entity_prf(
    gold_seqs: Iterable[Sequence[str]], pred_seqs: Iterable[Sequence[str]]
) -> dict[str, dict[str, float]]:
    """Micro P/R/F1 over PER/ORG/LOC (``micro``), incl. MISC (``micro_all``), and per type."""
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    for gold, pred in zip(gold_seqs, pred_seqs, strict=True):
        if len(gold) != len(pred):
            raise ValueError("gold and predicted sequences differ in length")
        g, p = spans(gold), spans(pred)
        for s in g & p:
            tp[s[2]] += 1
        for s in p - g:
            fp[s[2]] += 1
        for s in g - p:
            fn[s[2]] += 1
    out = {t: _prf(tp[t], fp[t], fn[t]) for t in ALL_TYPES}
    out["micro"] = _prf(*(sum(c[t] for t in CORE_TYPES) for c in (tp, fp, fn)))
    out["micro_all"] = _prf(*(sum(c[t] for t in ALL_TYPES) for c in (tp, fp, fn)))
    return out
