"""The numpy decoder: exact Viterbi, model weights read from the file, and the same tags as
crfsuite's own tagger on real text (dev sentences and articles of the shared corpus)."""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

import numpy as np
import pycrfsuite
import pytest

from marsad.ner import DEFAULT_MODEL, NerTagger
from marsad.ner.conll import read_conll
from marsad.ner.decode import CrfWeights, WordScores, viterbi
from marsad.ner.train import split_dev, tag_dev

CONLL = Path("/work/shared/data/ner/ANERcorp_train.conll")
needs_conll = pytest.mark.skipif(not CONLL.exists(), reason="shared ANERcorp not available")


def brute_force(emission: np.ndarray, transition: np.ndarray) -> list[int]:
    """Best path by enumerating all of them (first best in lexicographic order)."""
    n, n_labels = emission.shape
    best, best_path = -np.inf, []
    for path in itertools.product(range(n_labels), repeat=n):
        s = emission[0, path[0]] + sum(
            transition[path[t - 1], path[t]] + emission[t, path[t]] for t in range(1, n)
        )
        if s > best + 1e-12:
            best, best_path = s, list(path)
    return best_path


def test_viterbi_matches_brute_force_on_random_batches() -> None:
    rng = np.random.default_rng(7)
    for _ in range(40):
        n_labels = int(rng.integers(2, 4))
        transition = rng.normal(size=(n_labels, n_labels))
        lengths = rng.integers(0, 6, size=int(rng.integers(1, 6)))
        emissions = [rng.normal(size=(int(n), n_labels)) for n in lengths]
        got = viterbi(emissions, transition)
        assert got == [brute_force(e, transition) if len(e) else [] for e in emissions]


def test_viterbi_ties_go_to_the_lowest_label() -> None:
    assert viterbi([np.zeros((3, 4))], np.zeros((4, 4))) == [[0, 0, 0]]
    assert viterbi([], np.zeros((2, 2))) == []


def _toy_model(tmp_path: Path) -> Path:
    trainer = pycrfsuite.Trainer(verbose=False)
    data = [
        (["w=قال", "w=عمرو"], ["O", "B-PER"]),
        (["w=زار", "w=القاهرة"], ["O", "B-LOC"]),
        (["w=عمرو", "w=موسى"], ["B-PER", "I-PER"]),
    ]
    for _ in range(3):
        for attrs, tags in data:
            trainer.append([[a, "b"] for a in attrs], tags)
    trainer.set_params({"c2": 0.01, "max_iterations": 50})
    path = tmp_path / "toy.crfsuite"
    trainer.train(str(path))
    return path


def test_weights_are_read_exactly_from_the_model_file(tmp_path: Path) -> None:
    path = _toy_model(tmp_path)
    weights = CrfWeights(path)
    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    info = tagger.info()
    col = {label: j for j, label in enumerate(weights.labels)}
    for (attr, label), w in info.state_features.items():
        # info() prints six decimals; the file holds the float64 weight.
        assert abs(weights.state[weights.index[attr], col[label]] - w) <= 5e-7
    for (a, b), w in info.transitions.items():
        assert abs(weights.transition[col[a], col[b]] - w) <= 5e-7
    assert not weights.state[weights.unknown].any()
    # A caller's label order is honoured; a different label set is refused.
    again = CrfWeights(path, list(reversed(weights.labels)))
    assert np.allclose(again.transition, weights.transition[::-1, ::-1])
    with pytest.raises(ValueError, match="labels"):
        CrfWeights(path, ["O", "B-ORG"])
    bad = tmp_path / "bad.crfsuite"
    bad.write_bytes(b"not a model at all" * 10)
    with pytest.raises(Exception):  # noqa: B017 - crfsuite's own error or ours
        CrfWeights(bad)


@pytest.fixture(scope="module")
def taggers() -> tuple[NerTagger, NerTagger]:
    return NerTagger(DEFAULT_MODEL), NerTagger(DEFAULT_MODEL, decoder="crfsuite")


@needs_conll
def test_numpy_decoder_tags_like_crfsuite_on_dev_and_train(
    taggers: tuple[NerTagger, NerTagger],
) -> None:
    fast, reference = taggers
    train, dev = split_dev(read_conll(CONLL), 0.15)
    for part in (dev, train[:800]):
        sents = [toks for toks, _ in part]
        assert tag_dev(fast, sents) == tag_dev(reference, sents)
        assert tag_dev(fast, sents[:60], first_pass=True) == tag_dev(
            reference, sents[:60], first_pass=True
        )


def test_numpy_decoder_tags_like_crfsuite_on_articles(
    taggers: tuple[NerTagger, NerTagger], shared_articles: list[dict[str, Any]]
) -> None:
    from marsad.arabic.tokenize import token_texts

    fast, reference = taggers
    for row in shared_articles[::50]:
        toks = token_texts(row["text"])
        # Sentences of up to 40 tokens, as a whole article (document) and one by one.
        sents = [toks[i : i + 40] for i in range(0, len(toks), 40)]
        assert fast.tag_document(sents) == reference.tag_document(sents)
        assert fast.tag(sents[0]) == reference.tag(sents[0])


def test_unknown_decoder_is_refused() -> None:
    with pytest.raises(ValueError, match="decoder"):
        NerTagger(DEFAULT_MODEL, decoder="gpu")


def test_caches_emptied_between_documents_keep_tags(
    taggers: tuple[NerTagger, NerTagger], shared_articles: list[dict[str, Any]]
) -> None:
    """A tiny cache limit empties the tables before most documents, and documents with more
    keys than the limit (or than the 64 rows the tables start with) grow them: the tags do not
    change."""
    from marsad.arabic.tokenize import token_texts

    fast, reference = taggers
    small = NerTagger(DEFAULT_MODEL)
    assert small._scores is not None
    small._scores = WordScores(small._scores.models, small.extractor, max_keys=50, capacity=64)
    for row in shared_articles[3:600:40]:
        toks = token_texts(row["text"])
        sents = [toks[i : i + 30] for i in range(0, len(toks), 30)]
        expected = reference.tag_document(sents)
        assert small.tag_document(sents) == expected
        assert fast.tag_document(sents) == expected


def test_empty_sentences_inside_a_document(taggers: tuple[NerTagger, NerTagger]) -> None:
    fast, reference = taggers
    sents = [["قال", "عمرو", "موسى"], [], ["موسى", "زار", "القاهرة"], [], ["القاهرة"]]
    assert fast.tag_document(sents) == reference.tag_document(sents)
    assert fast.tag_document([[], []]) == [[], []]
