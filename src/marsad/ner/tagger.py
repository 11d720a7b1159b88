"""Loading and running a trained CRF NER model (the shipped one or a user-supplied file)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import pycrfsuite

from marsad.ner.clusters import DEFAULT_CLUSTERS, read_clusters
from marsad.ner.features import FeatureExtractor, Gazetteer
from marsad.ner.gazetteer import read_lexicon

MODELS_DIR = Path(__file__).resolve().parent.parent / "data" / "models"
DEFAULT_MODEL = MODELS_DIR / "ner-crf.crfsuite"


def metadata_path(model_path: Path) -> Path:
    """The JSON metadata file that accompanies a ``.crfsuite`` model."""
    return model_path.with_suffix(".json")


def lexicon_path(model_path: Path) -> Path:
    """The training-lexicon file shipped next to a model (``NAME.lex.tsv.gz``)."""
    return model_path.with_suffix(".lex.tsv.gz")


def _resolve_clusters(model_path: Path, name: str) -> Path:
    for cand in (model_path.parent / name, MODELS_DIR / name, DEFAULT_CLUSTERS):
        if cand.exists():
            return cand
    raise FileNotFoundError(f"cluster file {name!r} needed by {model_path} not found")


def load_gazetteer() -> Gazetteer | None:
    """Gazetteer features from ``marsad.kb`` when that module offers one; else None."""
    from marsad.ner.gazetteer import kb_gazetteer

    return kb_gazetteer()


class NerTagger:
    """A CRF tagger plus the exact feature extractor it was trained with."""

    def __init__(
        self,
        model_path: Path,
        metadata: dict[str, Any] | None = None,
        extractor: FeatureExtractor | None = None,
    ) -> None:
        self.model_path = Path(model_path)
        if metadata is None:
            meta_file = metadata_path(self.model_path)
            metadata = json.loads(meta_file.read_text("utf-8")) if meta_file.exists() else {}
        self.metadata: dict[str, Any] = metadata
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(self.model_path))
        known = frozenset(self._tagger.info().attributes)
        if extractor is None:
            extractor = self._extractor(metadata.get("features", {}))
        extractor.restrict_to(known)
        self.extractor = extractor

    def _extractor(self, feats: dict[str, Any]) -> FeatureExtractor:
        clusters: dict[str, str] = {}
        if feats.get("clusters"):
            clusters = read_clusters(_resolve_clusters(self.model_path, feats["clusters_file"]))
        gazetteer = None
        if feats.get("gazetteer"):
            gazetteer = load_gazetteer()
            if gazetteer is None:
                raise RuntimeError(f"{self.model_path} needs the KB gazetteer (marsad.kb)")
        lexicon: dict[str, tuple[str, ...]] = {}
        if feats.get("train_lexicon"):
            lexicon = read_lexicon(self.model_path.parent / feats["lexicon_file"])
        return FeatureExtractor(clusters, gazetteer, lexicon)

    @property
    def labels(self) -> list[str]:
        """Tag set of the model."""
        return list(self._tagger.labels())

    def tag(self, tokens: Sequence[str]) -> list[str]:
        """BIO tags (PER/ORG/LOC/MISC) for one tokenised sentence."""
        if not tokens:
            return []
        return list(self._tagger.tag(self.extractor.sentence(tokens)))

    def tag_sentences(self, sentences: Iterable[Sequence[str]]) -> list[list[str]]:
        """Tags for many sentences (same as calling :meth:`tag` on each)."""
        return [self.tag(s) for s in sentences]


@lru_cache(maxsize=1)
def _default_tagger() -> NerTagger:
    return NerTagger(DEFAULT_MODEL)


def load_tagger(path: Path | None = None) -> NerTagger:
    """The shipped model (cached) or, given ``path``, a local ``.crfsuite`` model + metadata."""
    if path is None:
        return _default_tagger()
    return NerTagger(Path(path))
