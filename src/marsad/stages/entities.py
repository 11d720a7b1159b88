"""Stage ``entities``: who and where — knowledge-base actors and places, plus NER names.

The matcher, the in-document short-form linker and the NER tagger live in
``marsad.linking`` and ``marsad.ner``; this stage only applies them to the clean text.
"""

from __future__ import annotations

from marsad.linking import link_entities
from marsad.linking.linker import publisher_of
from marsad.model import Article


def run(article: Article) -> Article:
    if article.normalized is None:
        raise ValueError("entities stage needs the normalise stage first")
    article.entities = link_entities(article.normalized, article.sentences,
                                     tokens=article.tokens, publisher=publisher_of(article.url),
                                     published=article.published)
    return article
