"""Shared fixtures: the shared data directory beside the clone, and the seed article."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEED = SHARED / "seed" / "step-news-interview.txt"
ARTICLES = sorted((SHARED / "data" / "articles").glob("*.jsonl"))


@pytest.fixture(scope="session")
def seed_bytes() -> bytes:
    if not SEED.exists():
        pytest.fail(f"shared seed missing at {SEED}: CI must have ../shared beside the clone")
    return SEED.read_bytes()


@pytest.fixture(scope="session")
def seed_text(seed_bytes: bytes) -> str:
    return seed_bytes.decode("utf-8")


def iter_shared_articles() -> Iterator[dict[str, Any]]:
    for path in ARTICLES:
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                yield json.loads(line)


@pytest.fixture(scope="session")
def shared_articles() -> list[dict[str, Any]]:
    rows = list(iter_shared_articles())
    if not rows:
        pytest.fail(f"no shared articles under {SHARED / 'data' / 'articles'}")
    return rows
