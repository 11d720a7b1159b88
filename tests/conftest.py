"""Shared fixtures: the shared data directory beside the clone, and the seed article."""

from __future__ import annotations

import importlib.util
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import marsad
from marsad.model import Article

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


@pytest.fixture(scope="session")
def web_corpus() -> ModuleType:
    """tests/fixtures/web/corpus.py: builds the small store the web tests serve."""
    path = Path(__file__).parent / "fixtures" / "web" / "corpus.py"
    spec = importlib.util.spec_from_file_location("web_corpus", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["web_corpus"] = module
    spec.loader.exec_module(module)
    if not module.SEED.exists():
        pytest.fail(f"shared seed missing at {module.SEED}: ../shared must be beside the clone")
    return module


@pytest.fixture(scope="session")
def seed_article(seed_bytes: bytes) -> Article:
    """The seed through the whole pipeline, published 2021-02-15 (relative dates resolve)."""
    return marsad.extract(seed_bytes, published="2021-02-15")
