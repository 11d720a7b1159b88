"""Loading and running a trained CRF NER model (the shipped one or a user-supplied file)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

import pycrfsuite

from marsad.ner.clusters import DEFAULT_CLUSTERS, read_clusters
from marsad.ner.decode import CrfWeights, DocumentRows, WordScores, viterbi
from marsad.ner.document import analyse
from marsad.ner.encoding import to_bio
from marsad.ner.features import TOPIC_SHARE, FeatureExtractor, Gazetteer, WordFeats
from marsad.ner.name_lexicons import (
    DEFAULT_PERSON_NAMES,
    DEFAULT_TOPICS,
    DEFAULT_TRIGGERS,
    DEFAULT_WORLD_PLACES,
    PhraseGazetteer,
    read_lexicon,
    read_person_names,
    read_phrase_gazetteer,
    read_phrase_table,
    read_triggers,
    read_world_places,
)
from marsad.ner.nesting import STYLES, nest_organisations

T = TypeVar("T")

MODELS_DIR = Path(__file__).resolve().parent.parent / "data" / "models"
DEFAULT_MODEL = MODELS_DIR / "ner-crf.crfsuite"


def metadata_path(model_path: Path) -> Path:
    """The JSON metadata file that accompanies a ``.crfsuite`` model."""
    return model_path.with_suffix(".json")


def lexicon_path(model_path: Path) -> Path:
    """The training-lexicon file shipped next to a model (``NAME.lex.tsv.gz``)."""
    return model_path.with_suffix(".lex.tsv.gz")


def gazetteer_path(model_path: Path) -> Path:
    """The KB-name snapshot shipped next to a model (``NAME.gaz.tsv.gz``)."""
    return model_path.with_suffix(".gaz.tsv.gz")


def phrases_path(model_path: Path) -> Path:
    """The training entity-phrase table shipped next to a model (``NAME.phr.tsv.gz``)."""
    return model_path.with_suffix(".phr.tsv.gz")


def doc_model_path(model_path: Path) -> Path:
    """The second-pass (document-consistency) model next to a model (``NAME.doc.crfsuite``)."""
    return model_path.with_suffix(".doc.crfsuite")


def _resolve_clusters(model_path: Path, name: str) -> Path:
    for cand in (model_path.parent / name, MODELS_DIR / name, DEFAULT_CLUSTERS):
        if cand.exists():
            return cand
    raise FileNotFoundError(f"cluster file {name!r} needed by {model_path} not found")


def load_gazetteer() -> Gazetteer | None:
    """Gazetteer features from ``marsad.kb`` when that module offers one; else None."""
    from marsad.ner.name_lexicons import kb_gazetteer

    return kb_gazetteer()


class NerTagger:
    """A CRF tagger plus the exact feature extractor it was trained with."""

    def __init__(
        self,
        model_path: Path,
        metadata: dict[str, Any] | None = None,
        extractor: FeatureExtractor | None = None,
        decoder: str = "numpy",
        nest_orgs: str | None = "anercorp",
    ) -> None:
        """``decoder``: "numpy" (batched Viterbi over cached per-word-type scores, the
        default) or "crfsuite" (crfsuite's own tagger; the reference, same tags).
        ``nest_orgs``: style of the nested-organisation rule applied to the output
        (:func:`marsad.ner.nesting.nest_organisations`: "anercorp" or "nested"), or None for
        the CRF's tags as they are."""
        if decoder not in ("numpy", "crfsuite"):
            raise ValueError(f"unknown decoder {decoder!r}")
        if nest_orgs is not None and nest_orgs not in STYLES:
            raise ValueError(f"unknown nesting style {nest_orgs!r}")
        self.nest_orgs = nest_orgs
        self.model_path = Path(model_path)
        if metadata is None:
            meta_file = metadata_path(self.model_path)
            metadata = json.loads(meta_file.read_text("utf-8")) if meta_file.exists() else {}
        self.metadata: dict[str, Any] = metadata
        # Models trained on BIOES answer in BIOES; callers always get BIO.
        self._decode: Callable[[Sequence[str]], list[str]] = (
            to_bio if metadata.get("encoding") == "BIOES" else list
        )
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(self.model_path))
        info = self._tagger.info()
        known = frozenset(info.attributes)
        doc_info = None
        # Optional second pass: same base features + document-consistency features.
        self._doc_tagger: pycrfsuite.Tagger | None = None
        # Which sentences the second pass re-tags: "conflicts" (the document disagrees with
        # the first pass somewhere in it) or "features" (any document feature at all).
        self.retag = "conflicts"
        self.stack = False  # first-pass tags as second-pass features
        doc = metadata.get("doc_pass")
        if doc:
            self._doc_tagger = pycrfsuite.Tagger()
            self._doc_tagger.open(str(self.model_path.parent / doc["model"]))
            self.retag = str(doc.get("retag", "conflicts"))
            self.stack = bool(doc.get("stack"))
            # Base attributes only the second model kept must still reach it.
            doc_info = self._doc_tagger.info()
            known = known | frozenset(doc_info.attributes)
        if extractor is None:
            extractor = self._extractor(metadata.get("features", {}))
        extractor.restrict_to(known)
        self.extractor = extractor
        self._scores: WordScores | None = None
        if decoder == "numpy":
            first = CrfWeights(self.model_path, info=info)
            models = [first]
            if doc:
                models.append(
                    CrfWeights(self.model_path.parent / doc["model"], first.labels, doc_info)
                )
            self._scores = WordScores(models, extractor)

    def _data_file(
        self, feats: dict[str, Any], name: str, default: Path, reader: Callable[[Path], T]
    ) -> T | None:
        """A lexicon the model was trained with: ``reader`` applied to the file named in its
        metadata (``NAME_file``), beside the model if a copy is there, else the shipped one;
        None when the model does not use that feature."""
        if not feats.get(name):
            return None
        local = self.model_path.parent / feats.get(f"{name}_file", default.name)
        return reader(local if local.exists() else default)

    def _extractor(self, feats: dict[str, Any]) -> FeatureExtractor:
        clusters: dict[str, str] = {}
        if feats.get("clusters"):
            clusters = read_clusters(_resolve_clusters(self.model_path, feats["clusters_file"]))
        gazetteer: Gazetteer | None = None
        snapshot: PhraseGazetteer | None = None
        if feats.get("gazetteer_file"):
            snapshot = read_phrase_gazetteer(self.model_path.parent / feats["gazetteer_file"])
            token_types = snapshot.token_types()
            gazetteer = lambda key: token_types.get(key, ())  # noqa: E731
        elif feats.get("gazetteer"):  # older models: names read from the live KB
            gazetteer = load_gazetteer()
            if gazetteer is None:
                raise RuntimeError(f"{self.model_path} needs the KB gazetteer (marsad.kb)")
        lexicon: dict[str, tuple[str, ...]] = {}
        if feats.get("train_lexicon"):
            lexicon = read_lexicon(self.model_path.parent / feats["lexicon_file"])
        triggers = self._data_file(feats, "triggers", DEFAULT_TRIGGERS, read_triggers)
        topics = self._data_file(feats, "topics", DEFAULT_TOPICS, read_triggers)
        names = self._data_file(feats, "person_names", DEFAULT_PERSON_NAMES, read_person_names)
        places = self._data_file(feats, "world_places", DEFAULT_WORLD_PLACES, read_world_places)
        phrases = snapshot if feats.get("kb_phrases") else None
        table = None
        if feats.get("train_phrases"):
            table = read_phrase_table(self.model_path.parent / feats["train_phrases_file"])
        return FeatureExtractor(
            clusters,
            gazetteer,
            lexicon,
            phrases=phrases,
            triggers=triggers,
            train_phrases=table,
            freq_rank=bool(feats.get("freq_rank")),
            trigger_conj=bool(feats.get("trigger_conj")),
            topics=topics,
            topic_share=float(feats.get("topic_share", TOPIC_SHARE)),
            names=names,
            places=places,
            place_nisba=bool(feats.get("place_nisba")),
        )

    @property
    def labels(self) -> list[str]:
        """Tag set of the model."""
        return list(self._tagger.labels())

    def tag(self, tokens: Sequence[str]) -> list[str]:
        """BIO tags (PER/ORG/LOC/MISC) for one tokenised sentence."""
        if not tokens:
            return []
        return self.tag_document([tokens], first_pass=True)[0]

    def tag_sentences(self, sentences: Iterable[Sequence[str]]) -> list[list[str]]:
        """Tags for many independent sentences (same as calling :meth:`tag` on each)."""
        return [self.tag(s) for s in sentences]

    @property
    def two_pass(self) -> bool:
        """Whether the model has a document-consistency second pass."""
        return self._doc_tagger is not None

    def tag_document(
        self, sentences: Sequence[Sequence[str]], first_pass: bool = False
    ) -> list[list[str]]:
        """Tags for all sentences of ONE document (an article), in order.

        First pass tags every sentence; with a two-pass model, each sentence where the
        first-pass tags of the OTHER sentences disagree with its own (a word O here but an
        entity elsewhere, another type elsewhere, an entity here but only O elsewhere) is
        re-tagged with document-consistency features (:mod:`marsad.ner.document`). A
        one-sentence document gets the same tags as :meth:`tag`. The document's topics
        (from cue words in all its sentences) are features of both passes.
        ``first_pass=True`` stops after the first pass (for measuring it). The
        nested-organisation rule (``nest_orgs``) is applied last, to either pass's tags.
        """
        tags = self._tag_document(sentences, first_pass)
        if self.nest_orgs is None:
            return tags
        style = self.nest_orgs
        return [nest_organisations(s, t, style=style) for s, t in zip(sentences, tags, strict=True)]

    def _tag_document(
        self, sentences: Sequence[Sequence[str]], first_pass: bool
    ) -> list[list[str]]:
        fx = self.extractor
        topics = fx.doc_topics(sentences)
        fast = self._scores is not None
        parts = [fx.sentence_parts(s, topics, neighbours=not fast) for s in sentences]
        keys = [[w.key for w in words] for words, _ in parts]
        rows = None
        if self._scores is not None:
            rows = self._scores.rows(sentences, [words for words, _ in parts])
        first = self._run(0, parts, rows, None, range(len(sentences)))
        if self._doc_tagger is None or len(sentences) < 2 or first_pass:
            return first
        extra, conflicts = analyse(keys, first, self.stack)
        only_conflicts = self.retag == "conflicts"
        redo = [
            i for i, (ex, conflict) in enumerate(zip(extra, conflicts, strict=True))
            if (conflict if only_conflicts else any(ex))
        ]
        for i, tags in zip(redo, self._run(1, parts, rows, extra, redo), strict=True):
            first[i] = tags
        return first

    def _run(
        self,
        model: int,
        parts: Sequence[tuple[list[WordFeats], list[list[str]]]],
        rows: DocumentRows | None,
        doc: Sequence[list[list[str]]] | None,
        which: Sequence[int],
    ) -> list[list[str]]:
        """Tags of sentences ``which`` under model 0 (first pass) or 1 (document pass, with
        the per-token document features ``doc``): decoded together by numpy, or one by one
        by crfsuite's own tagger (the reference the numpy path must match)."""
        extras = [parts[i][1] for i in which]
        if doc is not None:
            extras = [
                [a + b if b else a for a, b in zip(ex, doc[i], strict=True)]  # most b empty
                for ex, i in zip(extras, which, strict=True)
            ]
        if self._scores is not None:
            assert rows is not None
            weights = self._scores.models[model]
            emissions = self._scores.emissions(model, rows, which, extras)
            labels = weights.labels
            return [
                self._decode([labels[j] for j in path])
                for path in viterbi(emissions, weights.transition)
            ]
        tagger = self._tagger if model == 0 else self._doc_tagger
        assert tagger is not None
        known = self.extractor.known
        out: list[list[str]] = []
        for i, ex in zip(which, extras, strict=True):
            if known is not None:  # fewer strings for crfsuite to convert
                ex = [[a for a in attrs if a in known] for attrs in ex]
            items = self.extractor.assemble(parts[i][0], ex)
            out.append(self._decode(tagger.tag(items)) if items else [])
        return out


@lru_cache(maxsize=1)
def _default_tagger() -> NerTagger:
    return NerTagger(DEFAULT_MODEL)


def load_tagger(path: Path | None = None) -> NerTagger:
    """The shipped model (cached) or, given ``path``, a local ``.crfsuite`` model + metadata."""
    if path is None:
        return _default_tagger()
    return NerTagger(Path(path))
