"""Stage ``statements``: attributed statements (speaker, cue, stance, content, recipient),
linked to ``article.entities`` when an entity mention lies inside the speaker span."""

from __future__ import annotations

from marsad.extractors.statements import extract_statements
from marsad.model import Article


def run(article: Article) -> Article:
    view = article.normalized
    if view is not None and view.original is not article.text:
        view = None
    article.statements = extract_statements(
        article.text,
        article.entities,
        sentences=[(s.start, s.end) for s in article.sentences] or None,
        view=view,
    )
    return article
