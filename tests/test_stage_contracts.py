"""Stages keep their word: each writes only the article fields it declares in ``provides``.

A wrong ``dateline`` should have one suspect. The test runs the default pipeline stage by stage
on the seed, a one-line input, an HTML page and real shared articles, and compares every
field of the article before and after each stage. ``warnings`` is the one shared channel:
any stage may append a coded warning (never rewrite the earlier ones).
"""

from __future__ import annotations

import copy
from dataclasses import fields
from typing import Any

import pytest

from marsad.core import default_pipeline
from marsad.model import Article, RawDocument

APPEND_ONLY = frozenset({"warnings"})
FIELDS = [f.name for f in fields(Article)]


def _snapshot(article: Article) -> dict[str, Any]:
    return {name: copy.deepcopy(getattr(article, name)) for name in FIELDS
            if name != "normalized"} | {"normalized": article.normalized is not None and (
                article.normalized.text, article.normalized.original)}


def _check(raw: RawDocument) -> None:
    article = Article(raw=raw)
    for stage in default_pipeline().stages:
        before = _snapshot(article)
        article = stage.run(article)
        after = _snapshot(article)
        changed = {name for name in FIELDS if before[name] != after[name]}
        undeclared = changed - stage.provides - APPEND_ONLY
        assert not undeclared, f"stage {stage.name!r} writes {sorted(undeclared)} undeclared"
        grown = after["warnings"]
        assert grown[:len(before["warnings"])] == before["warnings"], stage.name


def test_stages_write_only_what_they_declare(seed_bytes: bytes) -> None:
    _check(RawDocument(seed_bytes, published="2021-02-15"))
    _check(RawDocument("حوار: مع قائد ميداني في ريف إدلب"))
    page = ("<html><head><title>هجوم على دوما - موقع</title><meta name=\"author\" content="
            "\"سارة أحمد\"><meta property=\"article:published_time\" content=\"2018-04-08\">"
            "</head><body><article><h1>هجوم "
            "على دوما</h1><p>كتب: أحمد علي</p><p>دمشق - قتل 5 أشخاص أمس في قصف على دوما.</p>"
            "</article></body></html>")
    _check(RawDocument(page.encode("utf-8"), url="https://example.org/a"))
    # no byline in the text: the record's author field (a person, then a feed's dateline)
    # is read, by the stage that declares authors and dateline
    _check(RawDocument("قصفت الطائرات مواقع في ريف إدلب اليوم.", author="سارة أحمد"))
    _check(RawDocument("قصفت الطائرات مواقع في ريف إدلب اليوم.",
                       author="أبوظبي - سكاي نيوز عربية"))


@pytest.mark.slow
def test_stages_keep_their_word_on_shared_articles(shared_articles: list[dict]) -> None:
    for row in shared_articles[:40]:
        _check(RawDocument(row["text"], id=row.get("id"), published=row.get("published")))
