"""Stage ``quantities``: claimed figures with qualifiers, counted nouns and units.

Runs after ``times`` (the pipeline checks that an earlier stage provides them) so that years
and day numbers of dates are never reported as figures. An article with no times has none to
exclude: the time finder is not run again.
"""

from __future__ import annotations

from marsad.extractors.quantities import extract_quantities
from marsad.extractors.times import figure_spans
from marsad.model import Article


def run(article: Article) -> Article:
    view = article.normalized
    if view is not None and view.original is not article.text:
        view = None
    article.quantities = extract_quantities(
        article.text, figure_spans(article.times), view=view
    )
    return article
