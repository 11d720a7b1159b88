"""Stage ``quantities``: claimed figures with qualifiers, counted nouns and units.

Runs after ``times`` so that years and day numbers of dates are never reported as figures.
"""

from __future__ import annotations

from marsad.extractors.quantities import extract_quantities
from marsad.extractors.times import extract_times, figure_spans
from marsad.model import Article


def run(article: Article) -> Article:
    view = article.normalized
    if view is not None and view.original is not article.text:
        view = None
    times = article.times or extract_times(article.text, article.published, view=view)
    article.quantities = extract_quantities(
        article.text, figure_spans(times), view=view
    )
    return article
