"""Stage ``normalise``: the matching view of the clean text, with its offset map.

``text`` is never rewritten; later stages search ``article.normalized.text`` and map what
they find back with ``to_original``.
"""

from __future__ import annotations

from marsad.arabic.normalize import normalized_view
from marsad.model import Article


def run(article: Article) -> Article:
    article.normalized = normalized_view(article.text)
    return article
