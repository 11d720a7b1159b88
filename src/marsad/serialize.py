"""The public JSON contract of an Article (documented in docs/json-contract.md).

Field names here are a promise to users: later versions add fields, never rename them. The
keys are the public fields of ``model.Article`` (those with ``model.doc`` metadata; nested
dataclasses go out whole through ``asdict``), in the order users have always seen;
``tests/test_shapes.py`` fails when this function and the model disagree.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from marsad.model import Article


def to_dict(article: Article) -> dict[str, Any]:
    return {
        "id": article.id,
        "title": article.title,
        "kicker": article.kicker,
        "authors": [asdict(a) for a in article.authors],
        "published": article.published.isoformat() if article.published else None,
        "dateline": asdict(article.dateline) if article.dateline else None,
        "language": article.language,
        "language_score": article.language_score,
        "url": article.url,
        "source": article.source,
        "input_format": article.input_format,
        "encoding": article.encoding,
        "text": article.text,
        "sections": [asdict(s) for s in article.sections],
        "paragraphs": [asdict(p) for p in article.paragraphs],
        "sentences": [asdict(s) for s in article.sentences],
        "removed": [asdict(r) for r in article.removed],
        "links": [asdict(link) for link in article.links],
        "entities": [asdict(e) for e in article.entities],
        "quantities": [asdict(q) for q in article.quantities],
        "times": [asdict(t) for t in article.times],
        "statements": [asdict(s) for s in article.statements],
        "events": [asdict(e) for e in article.events],
        "warnings": list(article.warnings),
        "versions": dict(article.versions),
    }


def to_json(article: Article, indent: int | None = None) -> str:
    """UTF-8 JSON with Arabic unescaped, so it stays readable in a terminal."""
    return json.dumps(to_dict(article), ensure_ascii=False, indent=indent)
