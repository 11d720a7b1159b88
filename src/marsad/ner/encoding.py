"""Tag encodings: the model may be trained on BIOES while every caller sees BIO.

Why: with BIOES («S-» single-token entity, «E-» last token) a linear-chain CRF learns where
names END as well as where they start, which usually helps exact-span scores; marsad's
public output and ANERcorp stay BIO, so encoding happens only at the model's edges.
"""

from __future__ import annotations

from collections.abc import Sequence


def to_bioes(tags: Sequence[str]) -> list[str]:
    """BIO → BIOES (an I- without a matching B- starts an entity, as in evaluation)."""
    out: list[str] = []
    n = len(tags)
    for i, tag in enumerate(tags):
        if tag == "O":
            out.append(tag)
            continue
        kind = tag[2:]
        starts = tag[0] == "B" or i == 0 or tags[i - 1][2:] != kind or tags[i - 1] == "O"
        continues = i + 1 < n and tags[i + 1] == "I-" + kind
        if starts:
            out.append(("B-" if continues else "S-") + kind)
        else:
            out.append(("I-" if continues else "E-") + kind)
    return out


def to_bio(tags: Sequence[str]) -> list[str]:
    """BIOES → BIO (BIO input passes through unchanged)."""
    out: list[str] = []
    for tag in tags:
        head = tag[:1]
        if head == "S":
            out.append("B" + tag[1:])
        elif head == "E":
            out.append("I" + tag[1:])
        else:
            out.append(tag)
    return out
