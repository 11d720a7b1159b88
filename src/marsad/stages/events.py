"""Stage ``events``: PLOVER-coded events (who did what to whom, where, when) per sentence.

Runs after entities/quantities/times/statements so roles can be filled from them; every one
of those lists may be empty, in which case events keep their type, mode and trigger only.
"""

from __future__ import annotations

from marsad.events import code_events
from marsad.model import Article


def run(article: Article) -> Article:
    article.events = code_events(
        article.text,
        sentences=[(s.start, s.end) for s in article.sentences],
        entities=article.entities,
        times=article.times,
        quantities=article.quantities,
        statements=article.statements,
        tokens=article.tokens,
        published=article.published,
    )
    return article
