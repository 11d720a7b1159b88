"""Named-entity recognition: a CRF tagger trained on ANERcorp (clitic, cluster, lexicon features).

Public API: :func:`load_tagger` → :class:`NerTagger` (``tag``, ``tag_sentences``, and
``tag_document`` for all sentences of one article: a second, document-consistency pass);
training lives in :mod:`marsad.ner.train`, CoNLL I/O in :mod:`marsad.ner.conll` and
scoring in :mod:`marsad.ner.evaluate`.
"""

from __future__ import annotations

from marsad.ner.tagger import DEFAULT_MODEL, NerTagger, load_tagger

__all__ = ["DEFAULT_MODEL", "NerTagger", "load_tagger"]
