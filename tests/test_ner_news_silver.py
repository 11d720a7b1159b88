"""The news NER silver sets (``tests/gold/ner_news_silver*.jsonl``, issue #15) are well formed
and disjoint: the second was drawn after the first had been tuned on, to measure the code again."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from conftest import SHARED_ARTICLES, load_script

GOLD = Path(__file__).parent / "gold"
SETS = ["ner_news_silver.jsonl", "ner_news_silver2.jsonl"]
TYPES = {"PER", "ORG", "LOC"}


def _silver(name: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    with (GOLD / name).open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    return rows[0]["about"], rows[1:]


@pytest.mark.parametrize("name", SETS)
def test_silver_rows_are_well_formed(name: str) -> None:
    """Sampling recorded; entities sorted, typed, inside their sentence, never overlapping,
    their text the sentence's own characters."""
    about, rows = _silver(name)
    assert {"seed", "n", "per_source", "labelled", "sentences", "entities"} <= set(about)
    assert len(rows) == about["sentences"] == about["n"]
    assert sum(len(row["entities"]) for row in rows) == about["entities"]
    assert len({(row["article_id"], row["start"]) for row in rows}) == len(rows)
    assert len(Counter(row["source"] for row in rows)) >= 8  # varied outlets
    for row in rows:
        assert 0 <= row["start"] < row["end"] and len(row["sentence"]) == row["end"] - row["start"]
        assert row["entities"] == sorted(row["entities"])
        previous_end = row["start"]
        for start, end, kind, text in row["entities"]:
            assert kind in TYPES
            assert previous_end <= start < end <= row["end"]
            assert row["sentence"][start - row["start"]:end - row["start"]] == text
            assert text == text.strip() and text
            previous_end = end


@pytest.mark.parametrize("name", SETS)
def test_silver_offsets_match_the_shared_articles(name: str) -> None:
    """Offsets are characters of the record's raw text, and each row is one whole sentence
    of it, as the pipeline's sentence splitter cuts it."""
    scorer = load_script("evaluate_ner_news")
    if not SHARED_ARTICLES.is_dir():
        pytest.skip("shared articles not available")
    _, rows = _silver(name)
    records = scorer.load_records(wanted={row["article_id"] for row in rows})
    for row in rows:
        text = records[row["article_id"]]["text"]
        assert text[row["start"]:row["end"]] == row["sentence"]
        assert (row["start"], row["end"]) in set(scorer.raw_sentences(text))
        for start, end, _, entity in row["entities"]:
            assert text[start:end] == entity


def test_scorer_counts_exact_spans_by_type() -> None:
    """Exact span and type: a boundary or type error is one miss and one false positive."""
    scorer = load_script("evaluate_ner_news")
    row = {"article_id": "a", "start": 10, "end": 30, "sentence": "x" * 20,
           "entities": [[10, 14, "PER", "xxxx"], [20, 25, "ORG", "xxxxx"]]}
    table, errors, _ = scorer.score([row], [scorer.Prediction(
        {(0, 4, "PER"), (10, 14, "ORG"), (10, 15, "LOC")}, 0)])
    assert (table["PER"]["tp"], table["ORG"]["fn"], table["ORG"]["fp"]) == (1, 1, 1)
    assert (table["LOC"]["fp"], table["micro"]["tp"], table["micro"]["fp"]) == (1, 1, 2)
    assert table["micro"]["fn"] == 1 and len(errors) == 3


def test_silver_sets_share_no_article() -> None:
    """A later set measures the code on articles no earlier set's tuning read."""
    seen: set[str] = set()
    for name in SETS:
        ids = {row["article_id"] for row in _silver(name)[1]}
        assert not ids & seen
        seen |= ids
