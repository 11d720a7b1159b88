"""Stage ``tokenise``: the tokens of the clean text, once for every later stage.

The NER tagger and the event coder both read words with offsets; tokenising the article once
here, instead of once per consumer, keeps the token rules in one place and the cost paid once.
"""

from __future__ import annotations

from marsad.arabic.tokenize import tokenize
from marsad.model import Article


def run(article: Article) -> Article:
    article.tokens = tokenize(article.text)
    return article
