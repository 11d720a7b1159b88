"""The bulk load's hot paths keep their results: the MinHash shingle hashes are the documented
BLAKE2b-8 of each word 5-shingle (issue #16 rewrote the loop that computes them), and a load
split over two runs finds the near-duplicates one run finds."""

from __future__ import annotations

import hashlib
import random
from pathlib import Path

import numpy as np
import pytest

from conftest import query_rows
from marsad.arabic.tokenize import token_texts
from marsad.store import dedup
from marsad.store.ingest import Extracted, ingest_run
from marsad.store.rows import article_rows


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


def _article(aid: str, words: list[str]) -> Extracted:
    data = {"id": aid, "title": aid, "text": " ".join(words), "source": "test"}
    return Extracted(aid, rows=article_rows(data, origin=aid, raw=b"", raw_format="json"))


def _stories(seed: int) -> list[Extracted]:
    """Six stories of 60 words, each given two to four times, every copy with a few words
    changed (near-duplicates of each other), in a shuffled order."""
    rng = random.Random(seed)
    vocabulary = [f"كلمة{n}" for n in range(400)]
    items = []
    for story in range(6):
        words = rng.choices(vocabulary, k=60)
        for copy in range(rng.randint(2, 4)):
            edited = list(words)
            for at in rng.sample(range(60), 3):
                edited[at] = rng.choice(vocabulary)
            items.append(_article(f"s{story}-c{copy}", edited))
    rng.shuffle(items)
    return items


def _near_duplicates(path: Path) -> list[tuple[object, ...]]:
    return query_rows(path, "SELECT rowid, article_id, cluster_id, similarity "
                            "FROM near_duplicates ORDER BY rowid")


@pytest.mark.parametrize("seed", [1, 2])
def test_near_duplicates_of_a_split_load_equal_one_runs(seed: int, tmp_path: Path) -> None:
    """A load split over two runs (the second starting with a new writer, as after a kill)
    finds the same near-duplicates, in the same clusters and rows, as one run."""
    items = _stories(seed)
    whole, split = tmp_path / "whole.db", tmp_path / "split.db"
    with ingest_run(whole, ["test"]) as writer:
        for item in items:
            writer.add(item)
    for part in (items[:len(items) // 2], items[len(items) // 2:]):
        with ingest_run(split, ["test"]) as writer:
            for item in part:
                writer.add(item)
    assert _near_duplicates(whole) == _near_duplicates(split)
    assert len(_near_duplicates(whole)) >= 6  # every story has a copy in its cluster
