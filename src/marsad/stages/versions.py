"""Stage ``versions``: stamp the article with the versions of the data and models behind it.

The package, every lexicon, the KB, the NER and event-status models and the search analyser
(``marsad.versions.component_versions``), so a field can be traced to what produced it and a
store can tell which articles an upgrade changed.
"""

from __future__ import annotations

from marsad.model import Article
from marsad.versions import component_versions


def run(article: Article) -> Article:
    article.versions = dict(component_versions())
    return article
