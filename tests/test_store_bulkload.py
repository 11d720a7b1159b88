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


@pytest.mark.parametrize("seed", range(5))
def test_most_similar_is_the_pairwise_choice(seed: int) -> None:
    """The writer's one numpy comparison picks what comparing each candidate with
    ``similarity`` picks: the most similar at or above the threshold, ties to the greater id."""
    rng = random.Random(seed)
    own = tuple(rng.randrange(2**32) for _ in range(dedup.NUM_PERM))
    candidates = []
    for i in range(rng.randrange(0, 40)):
        same = rng.choice([0, 20, 32, 32, 40, 64])  # 32 of 64 is the threshold itself
        other = own[:same] + tuple(rng.randrange(2**32) for _ in range(dedup.NUM_PERM - same))
        candidates.append((f"a{rng.randrange(10):02d}-{i}", dedup.pack(other)))
    by_pairs = [(dedup.similarity(own, dedup.unpack(blob)), other) for other, blob in candidates]
    above = [pair for pair in by_pairs if pair[0] >= dedup.NEAR_DUP_THRESHOLD]
    assert dedup.most_similar(dedup.pack(own), candidates) == (max(above) if above else None)
