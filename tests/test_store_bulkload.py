"""The bulk load's hot paths keep their results: the MinHash shingle hashes are the documented
BLAKE2b-8 of each word 5-shingle (issue #16 rewrote the loop that computes them)."""

from __future__ import annotations

import hashlib
import random

import numpy as np
import pytest

from marsad.arabic.tokenize import token_texts
from marsad.store import dedup


def _reference(words: list[bytes]) -> list[int]:
    """The definition: each window of SHINGLE words, space-joined, BLAKE2b-8, little-endian."""
    n = dedup.SHINGLE
    return [int.from_bytes(hashlib.blake2b(b" ".join(words[i:i + n]), digest_size=8).digest(),
                           "little") for i in range(len(words) - n + 1)]


@pytest.mark.parametrize("count", [0, 1, 4, 5, 6, 37, 400])
def test_shingle_hashes_match_the_definition(count: int) -> None:
    rng = random.Random(count)
    vocab = ["سوريا", "مجلس", "الأمن", "قال", "في", "2018", "Damascus", "،", "."]
    text = " ".join(rng.choice(vocab) for _ in range(count))
    words = dedup._word_bytes(text, token_texts(text))
    got = dedup._shingle_hashes(text, token_texts(text))
    assert got.dtype == np.uint64
    assert got.tolist() == _reference(words)
    assert dedup._shingle_hashes(text).tolist() == got.tolist()  # without the caller's tokens


def test_minhash_of_short_and_repeated_texts() -> None:
    assert dedup.minhash("واحد اثنان ثلاثة أربعة") is None  # no 5-shingle
    text = "قال المتحدث باسم الوزارة إن المفاوضات ستستأنف الأسبوع المقبل في جنيف"
    once = dedup.minhash(text)
    assert once is not None and len(once) == dedup.NUM_PERM
    assert dedup.minhash(f"{text} {text}") is not None
    assert dedup.minhash(text, token_texts(text)) == once
