"""Stage ``times``: dates, years, weekdays and relative phrases, resolved against
the publication date (relative phrases keep their ISO offset when it is unknown)."""

from __future__ import annotations

from marsad.extractors.times import extract_times
from marsad.model import Article


def run(article: Article) -> Article:
    view = article.normalized
    if view is not None and view.original is not article.text:
        view = None
    article.times = extract_times(article.text, article.published, view=view)
    return article
