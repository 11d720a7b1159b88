"""The three former quadratic hot spots of issue #16 keep the answers of their plain scans.

Each fast path (a bisect over kept time spans, a layout of clause breaks and digit counts, a
list of recipient-lead tokens) is checked against the scan it replaced, on random inputs, and
the statements one by the work it does: token reads grow linearly with one sentence's cues.
No wall-clock figure is asserted (``benchmarks/bench_adversarial.py`` prints those).
"""

from __future__ import annotations

import random

from marsad.events.status import layout, load_status_cues, locate
from marsad.extractors import statements
from marsad.extractors.times import _Cand, _select


def _kept_by_scan(cands: list[_Cand]) -> list[tuple[int, int]]:
    """The spans ``_select`` keeps, by the check against every kept span it used to make."""
    ordered = sorted(cands, key=lambda c: (-(c.end - c.start), -c.priority, c.start))
    kept: list[_Cand] = []
    for c in ordered:
        if all(c.end <= k.start or c.start >= k.end for k in kept):
            kept.append(c)
    return sorted((c.start, c.end) for c in kept)


def test_select_keeps_what_the_scan_kept() -> None:
    rng = random.Random(16)
    for _ in range(300):
        cands = []
        for _ in range(rng.randrange(1, 40)):
            start = rng.randrange(0, 60)
            cands.append(_Cand(start, start + rng.randrange(0, 8), None, "year",
                               priority=rng.randrange(3)))
        want = _kept_by_scan(cands)
        # (no two day-relative candidates: nothing merges, so the kept spans are the output)
        assert sorted((c.start, c.end) for c in _select(cands, " " * 80)) == want


def test_locate_finds_the_clause_the_walk_found() -> None:
    cues = load_status_cues()
    brk = sorted(cues.clause_breaks)[0]
    vocab = [brk, "قتل", "12", "الهجوم", "و3", "في"]
    rng = random.Random(16)
    for _ in range(300):
        words = [rng.choice(vocab) for _ in range(rng.randrange(1, 30))]
        where = layout(words, cues)
        sent_first = rng.randrange(len(words))
        sent_last = rng.randrange(sent_first, len(words))
        first = rng.randrange(sent_first, sent_last + 1)
        last = rng.randrange(first, min(len(words), first + 3))  # may run past the sentence
        ctx = locate(where, first, last, sent_first, sent_last, verb=True)
        lo = first
        while lo > sent_first and words[lo - 1] not in cues.clause_breaks:
            lo -= 1
        hi = last
        while hi < sent_last and words[hi + 1] not in cues.clause_breaks:
            hi += 1
        assert (ctx.clause_first, ctx.clause_last) == (lo, hi)
        assert ctx.number_in_clause == any(w[:1].isdigit() for w in words[lo:hi + 1])
        assert ctx.number_in_sentence == any(
            w[:1].isdigit() for w in words[sent_first:sent_last + 1])
        assert ctx.last_clause == all(words[k] not in cues.clause_breaks
                                      for k in range(hi + 1, sent_last))


class _CountingTokens(list):
    """A token list that counts its reads by index."""

    reads = 0

    def __getitem__(self, key):  # type: ignore[no-untyped-def]
        _CountingTokens.reads += 1
        return super().__getitem__(key)


def _nominal_reads(monkeypatch, n: int) -> int:  # type: ignore[no-untyped-def]
    """Token reads inside ``_nominal_source`` while one sentence of ``n`` «قال» is extracted
    (the function must be asked once per cue, or the count would prove nothing)."""
    inner = statements._nominal_source
    calls = 0

    def counted(doc, i, lo, cue):  # type: ignore[no-untyped-def]
        nonlocal calls
        calls += 1
        toks, doc.toks = doc.toks, _CountingTokens(doc.toks)
        try:
            return inner(doc, i, lo, cue)
        finally:
            doc.toks = toks

    monkeypatch.setattr(statements, "_nominal_source", counted)
    _CountingTokens.reads = 0
    statements.extract_statements(" ".join(["قال"] * n), [])
    assert calls == n
    return _CountingTokens.reads


def test_nominal_source_reads_grow_linearly(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    small, large = _nominal_reads(monkeypatch, 200), _nominal_reads(monkeypatch, 400)
    # a rescan from the sentence start per cue read 39,402 and 158,802 tokens (4.0x)
    assert large <= 2.5 * max(small, 1)
