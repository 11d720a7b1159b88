"""Train the CRF NER model on ANERcorp-format data and record how it was made.

Dev split: the contiguous TAIL of the file (last ``dev_fraction`` of sentences in document
order). A tail split keeps whole news stories out of training, so dev scores are not
inflated by names repeated within a story (a random or every-k-th split would be).
"""

from __future__ import annotations

import datetime as _dt
import glob
import hashlib
import itertools
import json
import time
from pathlib import Path
from typing import Any

import pycrfsuite

from marsad.ner.clusters import DEFAULT_CLUSTERS, read_clusters
from marsad.ner.conll import Sentence, read_conll
from marsad.ner.evaluate import entity_prf
from marsad.ner.features import FeatureExtractor
from marsad.ner.gazetteer import (
    DEFAULT_TRIGGERS,
    PhraseTable,
    build_lexicon,
    build_phrase_gazetteer,
    build_phrase_table,
    read_triggers,
    write_lexicon,
    write_phrase_gazetteer,
    write_phrase_table,
)
from marsad.ner.tagger import (
    NerTagger,
    gazetteer_path,
    lexicon_path,
    metadata_path,
    phrases_path,
)

DEFAULT_DEV_FRACTION = 0.15
DEFAULT_C1 = 0.1
DEFAULT_C2 = 0.05
DEFAULT_MAX_ITER = 200


def sha256_file(path: Path) -> str:
    """Hex SHA-256 of a file (recorded so a model names the exact data it saw)."""
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def split_dev(sents: list[Sentence], dev_fraction: float) -> tuple[list[Sentence], list[Sentence]]:
    """(train, dev): dev is the last ``dev_fraction`` of sentences, in file order."""
    n_dev = round(len(sents) * dev_fraction)
    cut = len(sents) - n_dev
    return sents[:cut], sents[cut:]


_SENT_END = frozenset(".!?؟")


def unlabeled_sentences(pattern: str, max_len: int = 60) -> list[list[str]]:
    """Token sentences from JSONL articles (field ``text``), split at . ! ? ؟ (sorted files)."""
    from marsad.arabic.tokenize import token_texts

    out: list[list[str]] = []
    for path in sorted(glob.glob(pattern)):
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                cur: list[str] = []
                for tok in token_texts(json.loads(line).get("text") or ""):
                    cur.append(tok)
                    if tok in _SENT_END:
                        if 5 <= len(cur) <= max_len:
                            out.append(cur)
                        cur = []
                if 5 <= len(cur) <= max_len:
                    out.append(cur)
    return out


def select_confident(
    tagger: pycrfsuite.Tagger,
    fx: FeatureExtractor,
    sents: list[list[str]],
    min_prob: float,
    max_sents: int,
) -> list[Sentence]:
    """Self-training data: sentences whose best path has probability ≥ ``min_prob`` and that
    contain at least one entity (all-O sentences would only teach the model to say O); the
    ``max_sents`` most probable ones, in their original order."""
    scored: list[tuple[float, int, Sentence]] = []
    for i, toks in enumerate(sents):
        tagger.set(fx.sentence(toks))
        tags = list(tagger.tag())
        if any(t != "O" for t in tags):
            prob = tagger.probability(tags)
            if prob >= min_prob:
                scored.append((-prob, i, (toks, tags)))
    best = sorted(scored)[:max_sents]
    return [sent for _, _, sent in sorted(best, key=lambda x: x[1])]


def train_model(
    conll_path: str | Path,
    out_path: str | Path,
    *,
    dev_fraction: float = DEFAULT_DEV_FRACTION,
    c1: float = DEFAULT_C1,
    c2: float = DEFAULT_C2,
    max_iterations: int = DEFAULT_MAX_ITER,
    clusters_path: Path | None = DEFAULT_CLUSTERS,
    use_gazetteer: bool | None = None,
    phrase_match: bool = True,
    use_triggers: bool = True,
    train_lexicon: bool = True,
    train_phrases: bool = True,
    phrase_min_share: float = 0.3,
    freq_rank: bool = True,
    lexicon_seen: bool = False,
    trigger_conj: bool = False,
    jackknife_folds: int = 5,
    possible_states: bool = False,
    self_train: str | None = None,
    self_train_min_prob: float = 0.9,
    self_train_max: int = 2000,
    limit: int | None = None,
) -> dict[str, Any]:
    """Train on the head of ``conll_path``, score on its tail, write model + ``.json`` metadata.

    ``use_gazetteer=None`` uses KB gazetteer features only if the KB loads now; the KB names
    used are written next to the model (``NAME.gaz.tsv.gz``) so later KB edits cannot change
    the model's behaviour. ``phrase_match`` adds longest-match KB-name features on top of the
    per-token membership; ``use_triggers`` adds the curated trigger-word features.
    ``limit`` keeps only the first N training sentences (tests).
    Returns the dev metrics from :func:`marsad.ner.evaluate.entity_prf`.
    """
    conll_path, out_path = Path(conll_path), Path(out_path)
    sents = read_conll(conll_path)
    train, dev = split_dev(sents, dev_fraction)
    if limit is not None:
        train = train[:limit]
    clusters = read_clusters(clusters_path) if clusters_path and clusters_path.exists() else {}
    snapshot = build_phrase_gazetteer() if use_gazetteer in (None, True) else None
    if use_gazetteer and snapshot is None:
        raise RuntimeError("gazetteer requested but marsad.kb is not available")
    gazetteer = None
    if snapshot is not None:
        token_types = snapshot.token_types()
        gazetteer = lambda key: token_types.get(key, ())  # noqa: E731
    phrases = snapshot if phrase_match else None
    triggers = read_triggers(DEFAULT_TRIGGERS) if use_triggers else None
    lexicon = build_lexicon(train, lexicon_seen) if train_lexicon else {}
    table = build_phrase_table(train, phrase_min_share) if train_phrases else None

    def extractor(lex: dict[str, tuple[str, ...]], tab: PhraseTable | None) -> FeatureExtractor:
        return FeatureExtractor(
            clusters,
            gazetteer,
            lex,
            phrases=phrases,
            triggers=triggers,
            train_phrases=tab,
            freq_rank=freq_rank,
            trigger_conj=trigger_conj,
        )

    fx = extractor(lexicon, table)

    t0 = time.perf_counter()
    trainer = pycrfsuite.Trainer(verbose=False)
    if lexicon or table is not None:
        # Jackknife: each contiguous fold gets lexicon features built from the other folds.
        bounds = [round(i * len(train) / jackknife_folds) for i in range(jackknife_folds + 1)]
        for a, b in itertools.pairwise(bounds):
            rest = train[:a] + train[b:]
            fold_lex = build_lexicon(rest, lexicon_seen) if lexicon else {}
            fold_tab = build_phrase_table(rest, phrase_min_share) if table is not None else None
            fold_fx = extractor(fold_lex, fold_tab)
            for toks, tags in train[a:b]:
                trainer.append(fold_fx.sentence(toks), tags)
    else:
        for toks, tags in train:
            trainer.append(fx.sentence(toks), tags)
    params = {
        "c1": c1,
        "c2": c2,
        "max_iterations": max_iterations,
        "feature.possible_transitions": True,
        "feature.possible_states": possible_states,
    }
    out_path.parent.mkdir(parents=True, exist_ok=True)
    trainer.select("lbfgs")
    trainer.set_params(params)
    trainer.train(str(out_path))
    self_info: dict[str, Any] | None = None
    if self_train:
        # Self-training: tag unlabeled news with the first model, keep confident sentences
        # (features from the full-training lexicons, as at tagging time), train once more.
        first = pycrfsuite.Tagger()
        first.open(str(out_path))
        pool = unlabeled_sentences(self_train)
        extra = select_confident(first, fx, pool, self_train_min_prob, self_train_max)
        first.close()
        for toks, tags in extra:
            trainer.append(fx.sentence(toks), tags)
        trainer.train(str(out_path))
        self_info = {
            "articles": self_train,
            "min_path_probability": self_train_min_prob,
            "max_sentences": self_train_max,
            "pool_sentences": len(pool),
            "added_sentences": len(extra),
        }
    train_seconds = time.perf_counter() - t0

    features = fx.describe()
    if lexicon:
        lex_path = lexicon_path(out_path)
        write_lexicon(lexicon, lex_path)
        features["lexicon_file"] = lex_path.name
        features["lexicon_jackknife_folds"] = jackknife_folds
        features["lexicon_marks_seen_words"] = lexicon_seen
    if table is not None:
        phr_path = phrases_path(out_path)
        write_phrase_table(table, phr_path)
        features["train_phrases_file"] = phr_path.name
        features["train_phrases_jackknife_folds"] = jackknife_folds
        features["train_phrases_min_share"] = phrase_min_share
    if clusters and clusters_path is not None:
        features["clusters_file"] = clusters_path.name
        features["clusters_sha256"] = sha256_file(clusters_path)
    if snapshot is not None:
        gaz_path = gazetteer_path(out_path)
        write_phrase_gazetteer(snapshot, gaz_path)
        features["gazetteer_file"] = gaz_path.name
        features["gazetteer_source"] = snapshot.source
        features["gazetteer_sizes"] = {
            "phrases": len(snapshot.phrases),
            "first_names": len(snapshot.first_names),
            "nisba": len(snapshot.nisba),
        }
    if triggers:
        features["triggers_file"] = DEFAULT_TRIGGERS.name
        features["triggers_sha256"] = sha256_file(DEFAULT_TRIGGERS)
    meta: dict[str, Any] = {
        "model": out_path.name,
        "kind": "crfsuite L-BFGS linear-chain CRF",
        "trained": _dt.datetime.now(_dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "training_data": {
            "file": conll_path.name,
            "sha256": sha256_file(conll_path),
            "sentences_total": len(sents),
        },
        "dev_split": {
            "definition": f"contiguous tail: last {dev_fraction:.0%} of sentences in file order",
            "dev_fraction": dev_fraction,
            "train_sentences": len(train),
            "dev_sentences": len(dev),
            "first_dev_sentence_index": len(sents) - len(dev),
        },
        "params": params,
        "self_training": self_info,
        "features": features,
        "train_seconds": round(train_seconds, 1),
        "tag_map": {"PERS": "PER"},
    }
    tagger = NerTagger(out_path, meta, extractor=fx)
    metrics: dict[str, Any] = {}
    if dev:
        dev_toks = [t for t, _ in dev]
        pred = tagger.tag_sentences(dev_toks)  # also warms the per-word feature cache
        metrics = entity_prf([g for _, g in dev], pred)
        c0 = time.process_time()
        tagger.tag_sentences(dev_toks)
        cpu = max(time.process_time() - c0, 1e-9)
        meta["speed"] = {
            "dev_sentences_per_cpu_s": round(len(dev_toks) / cpu),
            "note": "one process, warm cache, CPU time; benchmarks/bench_ner.py gives wall time",
        }
    meta["dev_scores"] = {k: {m: round(v, 4) for m, v in d.items()} for k, d in metrics.items()}
    metadata_path(out_path).write_text(
        json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return metrics
