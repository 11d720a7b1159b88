"""Train the CRF NER model on ANERcorp-format data and record how it was made.

Dev split: the contiguous TAIL of the file (last ``dev_fraction`` of sentences in document
order). A tail split keeps whole news stories out of training, so dev scores are not
inflated by names repeated within a story (a random or every-k-th split would be).
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as _dt
import glob
import hashlib
import itertools
import json
import multiprocessing
import tempfile
import time
import types
import typing
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

import pycrfsuite

from marsad.ner.clusters import DEFAULT_CLUSTERS, MODELS_DIR, read_clusters
from marsad.ner.conll import Sentence, read_conll
from marsad.ner.document import (
    DOC_FEATURE_VERSION,
    DOC_FEATURES,
    DOC_WINDOW,
    STACK_FEATURES,
    doc_features,
    windows,
)
from marsad.ner.encoding import to_bio, to_bioes
from marsad.ner.evaluate import entity_prf
from marsad.ner.features import TOPIC_SHARE, FeatureExtractor
from marsad.ner.name_lexicons import (
    DEFAULT_PERSON_NAMES,
    DEFAULT_TOPICS,
    DEFAULT_TRIGGERS,
    DEFAULT_WORLD_PLACES,
    PhraseGazetteer,
    PhraseTable,
    build_lexicon,
    build_phrase_gazetteer,
    build_phrase_table,
    read_person_names,
    read_phrase_gazetteer,
    read_triggers,
    read_world_places,
    write_lexicon,
    write_phrase_gazetteer,
    write_phrase_table,
)
from marsad.ner.tagger import (
    NerTagger,
    doc_model_path,
    gazetteer_path,
    lexicon_path,
    metadata_path,
    phrases_path,
)

DEFAULT_DEV_FRACTION = 0.15
DEFAULT_C1 = 0.1
DEFAULT_C2 = 0.05
DEFAULT_MAX_ITER = 200
# Which sentences the second pass re-tags (recorded in the metadata; the tagger follows it).
RETAG_RULES = {
    "features": "every sentence with at least one document feature (a word type tagged as an "
    "entity elsewhere in the document); the others keep their first-pass tags",
    "conflicts": "only sentences where the document disagrees with the first pass (O here but "
    "an entity elsewhere, another type elsewhere, or dO); the others keep their first-pass tags",
}


CONFIG_VERSION = 1  # of the saved form (:meth:`TrainConfig.to_dict`)
# Settings that name a file: saved relative to the package's model directory when inside it.
PATH_SETTINGS = frozenset({"clusters_path", "gazetteer_snapshot", "extra_train"})
ENCODINGS = ("BIO", "BIOES")
SPLITS = ("tail", "interleaved")


@dataclass(frozen=True)
class TrainConfig:
    """Every setting that decides what :func:`train_model` learns; the defaults are those of
    the shipped model but for its two input files (``data/models/ner-crf.json`` records them
    all under ``train_config``): its KB-name snapshot, which is the gazetteer it ships, and its
    news silver, which is made from the shared articles and so is built, not shipped
    (``training_data.extra_train`` names the builder's command and the file's sha256).

    Saved with :meth:`save` / :meth:`to_dict` (JSON; ``clusters_path`` and
    ``gazetteer_snapshot`` as a file name in the
    package's model directory when it lies there, else absolute) and read back with
    :meth:`load` / :meth:`from_dict`, which reject unknown keys and wrongly typed values.
    Each field's ``help`` is also its ``marsad train-ner`` flag's help. The options marked
    "not kept" lowered dev F1 (docs/ner.md) and stay for experiments.
    """

    dev_fraction: float = field(
        default=DEFAULT_DEV_FRACTION,
        metadata={"help": "share of sentences in the dev tail (split=tail)"},
    )
    c1: float = field(default=DEFAULT_C1, metadata={"help": "L1 regularisation of the CRF"})
    c2: float = field(default=DEFAULT_C2, metadata={"help": "L2 regularisation of the CRF"})
    max_iterations: int = field(default=DEFAULT_MAX_ITER, metadata={"help": "L-BFGS iterations"})
    clusters_path: Path | None = field(
        default=DEFAULT_CLUSTERS,
        metadata={"help": "word-cluster file ('none': no cluster features)"},
    )
    use_gazetteer: bool | None = field(
        default=None, metadata={"help": "KB gazetteer features: yes, no, or auto (if the KB loads)"}
    )
    gazetteer_snapshot: Path | None = field(
        default=None,
        metadata={
            "help": "KB-name snapshot file (a model's .gaz.tsv.gz) used instead of the live KB, "
            "to re-make an older model or score it by cross-validation ('none': the live KB)"
        },
    )
    phrase_match: bool = field(default=True, metadata={"help": "longest-match KB-name features"})
    use_triggers: bool = field(default=True, metadata={"help": "curated trigger-word features"})
    train_lexicon: bool = field(
        default=True, metadata={"help": "lexicon of the training part's entity words"}
    )
    train_phrases: bool = field(
        default=True, metadata={"help": "matches of the training part's entity phrases"}
    )
    phrase_min_share: float = field(
        default=0.3,
        metadata={
            "help": "a training phrase is kept if tagged as an entity in this share of occurrences"
        },
    )
    freq_rank: bool = field(default=True, metadata={"help": "frequency-rank bucket feature"})
    lexicon_seen: bool = field(
        default=False, metadata={"help": "mark seen non-entity words in the lexicon (not kept)"}
    )
    trigger_conj: bool = field(
        default=False, metadata={"help": "trigger x cluster conjunction features (not kept)"}
    )
    use_topics: bool = field(
        default=False, metadata={"help": "document-topic conjunction features (not kept)"}
    )
    person_names: bool = field(default=True, metadata={"help": "person-name lexicon features"})
    world_places: bool = field(default=True, metadata={"help": "world-city list features"})
    place_nisba: bool = field(
        default=True, metadata={"help": "relative adjectives of places (nisba) features"}
    )
    encoding: str = field(
        default="BIO",
        metadata={"help": "training tag encoding, BIO or BIOES (tagging answers BIO)"},
    )
    topic_share: float = field(
        default=TOPIC_SHARE, metadata={"help": "share of cue words that makes a document topic"}
    )
    jackknife_folds: int = field(
        default=5, metadata={"help": "folds of the jackknifed lexicon and training phrases"}
    )
    split: str = field(
        default="tail",
        metadata={"help": "dev split: tail, or interleaved (secondary, literature-comparable)"},
    )
    doc_pass: bool = field(default=True, metadata={"help": "document-consistency second pass"})
    doc_window: int = field(
        default=DOC_WINDOW, metadata={"help": "sentences per training/dev document"}
    )
    doc_folds: int = field(
        default=5, metadata={"help": "jackknife folds for the second pass's first-pass labels"}
    )
    retag: str = field(
        default="features",
        metadata={"help": "sentences the second pass re-tags: features or conflicts"},
    )
    doc_stack: bool = field(
        default=True, metadata={"help": "give the second pass the first-pass tags too"}
    )
    possible_states: bool = field(
        default=False, metadata={"help": "crfsuite feature.possible_states"}
    )
    self_train: str | None = field(
        default=None,
        metadata={"help": "glob of JSONL articles to self-train on (not kept; not with doc_pass)"},
    )
    self_train_min_prob: float = field(
        default=0.9, metadata={"help": "self-training: least best-path probability"}
    )
    self_train_max: int = field(
        default=2000, metadata={"help": "self-training: most sentences added"}
    )
    limit: int | None = field(
        default=None, metadata={"help": "keep only the first N training sentences (tests)"}
    )
    extra_train: Path | None = field(
        default=None,
        metadata={
            "help": "CoNLL file of extra training sentences (in-domain silver, "
            "scripts/build_ner_silver.py) appended to the training part, never to dev "
            "('none': ANERcorp only)"
        },
    )

    def __post_init__(self) -> None:
        if self.split not in SPLITS:
            raise ValueError(f"unknown split {self.split!r}")
        if self.retag not in RETAG_RULES:
            raise ValueError(f"unknown retag rule {self.retag!r}")
        if self.encoding not in ENCODINGS:
            raise ValueError(f"unknown tag encoding {self.encoding!r}")
        if self.self_train and self.doc_pass:
            raise ValueError("self-training and the document pass cannot be combined")

    def replace(self, **changes: Any) -> TrainConfig:
        """A copy with ``changes`` (validated like a new config)."""
        return dataclasses.replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form: ``version`` and every setting."""
        out: dict[str, Any] = {"version": CONFIG_VERSION}
        for f in fields(self):
            value = getattr(self, f.name)
            out[f.name] = _path_to_json(value) if f.name in PATH_SETTINGS else value
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TrainConfig:
        """The config of a :meth:`to_dict` mapping (missing settings keep their defaults)."""
        data = dict(data)
        version = data.pop("version", CONFIG_VERSION)
        if version != CONFIG_VERSION:
            raise ValueError(f"train config version {version!r}, expected {CONFIG_VERSION}")
        hints = _field_types()
        unknown = sorted(set(data) - set(hints))
        if unknown:
            raise ValueError(f"unknown train config settings: {', '.join(unknown)}")
        values: dict[str, Any] = {}
        for name, value in data.items():
            if name in PATH_SETTINGS:
                if value is not None and not isinstance(value, str):
                    raise ValueError(f"{name}: expected a path string, got {value!r}")
                values[name] = _path_from_json(value)
            else:
                values[name] = _checked(name, value, hints[name])
        return cls(**values)

    @classmethod
    def load(cls, path: str | Path) -> TrainConfig:
        """Read a saved config, or the ``train_config`` of a model's ``.json`` metadata."""
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            raise ValueError(f"{path}: a train config is a JSON object")
        if isinstance(data.get("train_config"), dict):
            data = data["train_config"]
        return cls.from_dict(data)

    def save(self, path: str | Path) -> None:
        Path(path).write_text(
            json.dumps(self.to_dict(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )


def _field_types() -> dict[str, Any]:
    return typing.get_type_hints(TrainConfig)


def _path_to_json(path: Path | None) -> str | None:
    if path is None:
        return None
    resolved = Path(path).resolve()
    if resolved.is_relative_to(MODELS_DIR):
        return resolved.relative_to(MODELS_DIR).as_posix()
    return str(resolved)


def _path_from_json(value: str | None) -> Path | None:
    """A saved path: absolute as is, relative to the package's model directory otherwise."""
    if value is None:
        return None
    path = Path(value)
    return path if path.is_absolute() else MODELS_DIR / path


def _checked(name: str, value: Any, hint: Any) -> Any:
    """``value`` if JSON gave the type the setting needs (an int is a fine float)."""
    allowed = hint.__args__ if isinstance(hint, types.UnionType) else (hint,)
    if value is None and type(None) in allowed:
        return None
    if isinstance(value, bool):
        ok = bool in allowed
    elif isinstance(value, int):
        ok = int in allowed or float in allowed
        if ok and int not in allowed:
            value = float(value)
    else:
        ok = any(isinstance(value, t) for t in allowed if t is not type(None))
    if not ok:
        raise ValueError(f"{name}: {value!r} is not {hint}")
    return value


def add_config_arguments(parser: argparse.ArgumentParser) -> None:
    """One ``--setting`` flag per :class:`TrainConfig` field (``--no-setting`` for a
    switch) and ``--config FILE``; see :func:`config_from_args`."""
    parser.add_argument(
        "--config",
        metavar="FILE",
        help="a saved train config (JSON) or a model's .json metadata; "
        "flags given beside it override its settings",
    )
    hints = _field_types()
    group = parser.add_argument_group("training settings (default: the shipped model's)")
    for f in fields(TrainConfig):
        flag = "--" + f.name.replace("_", "-")
        hint = hints[f.name]
        common: dict[str, Any] = {
            "dest": f"cfg_{f.name}",
            "default": argparse.SUPPRESS,
            "help": f"{f.metadata['help']} (default: {_default_text(f.name, f.default)})",
        }
        if f.name == "use_gazetteer":
            group.add_argument(flag, choices=("yes", "no", "auto"), **common)
        elif hint is bool:
            group.add_argument(flag, action=argparse.BooleanOptionalAction, **common)
        elif f.name in ("encoding", "split", "retag"):
            choices = {"encoding": ENCODINGS, "split": SPLITS, "retag": tuple(RETAG_RULES)}
            group.add_argument(flag, choices=choices[f.name], **common)
        else:
            kind = hint.__args__[0] if hasattr(hint, "__args__") else hint
            group.add_argument(
                flag, type=str if kind is Path else kind, metavar=f.name.upper(), **common
            )


def _default_text(name: str, default: Any) -> str:
    if name == "use_gazetteer" and default is None:
        return "auto"
    return str(_path_to_json(default) if name in PATH_SETTINGS else default)


def config_from_args(args: argparse.Namespace) -> TrainConfig:
    """The config of ``--config`` (or the defaults) with the flags given on top of it."""
    config = TrainConfig.load(args.config) if getattr(args, "config", None) else TrainConfig()
    changes: dict[str, Any] = {}
    for f in fields(TrainConfig):
        if not hasattr(args, f"cfg_{f.name}"):
            continue
        value = getattr(args, f"cfg_{f.name}")
        if f.name == "use_gazetteer":
            value = {"yes": True, "no": False, "auto": None}[value]
        elif f.name in PATH_SETTINGS:
            value = None if value.lower() == "none" else Path(value)
        changes[f.name] = value
    return config.replace(**changes) if changes else config


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


def split_interleaved(
    sents: list[Sentence], window: int = DOC_WINDOW, every: int = 7
) -> tuple[list[Sentence], list[Sentence]]:
    """(train, dev): every ``every``-th block of ``window`` consecutive sentences is dev.

    SECONDARY protocol, only for comparison with random-split figures in the literature:
    stories are cut at block edges, so names of one story land on both sides.
    """
    blocks = windows(len(sents), window)
    train = [sents[i] for k, b in enumerate(blocks) if k % every != every - 1 for i in b]
    dev = [sents[i] for k, b in enumerate(blocks) if k % every == every - 1 for i in b]
    return train, dev


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
        tags = to_bio(tagger.tag())
        if any(t != "O" for t in tags):
            prob = tagger.probability(tags)
            if prob >= min_prob:
                scored.append((-prob, i, (toks, tags)))
    best = sorted(scored)[:max_sents]
    return [sent for _, _, sent in sorted(best, key=lambda x: x[1])]


def _rounded(metrics: dict[str, Any]) -> dict[str, Any]:
    return {k: {m: round(v, 4) for m, v in d.items()} for k, d in metrics.items()}


def _folds(n: int, k: int) -> list[tuple[int, int]]:
    """``k`` contiguous (start, end) blocks covering ``range(n)``."""
    bounds = [round(i * n / k) for i in range(k + 1)]
    return list(itertools.pairwise(bounds))


def tag_dev(
    tagger: NerTagger,
    sents: list[list[str]],
    doc_window: int = DOC_WINDOW,
    first_pass: bool = False,
) -> list[list[str]]:
    """Dev tagging as at training time: windows of ``doc_window`` sentences are documents."""
    out: list[list[str]] = []
    for win in windows(len(sents), doc_window):
        out.extend(tagger.tag_document([sents[i] for i in win], first_pass=first_pass))
    return out


_JOB: dict[str, Any] = {}


def _fold_job(k: int) -> list[list[str]] | None:
    """Job ``k`` < folds: train on the other folds, tag fold ``k``; job ``folds``: the full
    first-pass model (runs in a forked worker; reads its inputs from ``_JOB``)."""
    train, fit, fold_extractor, folds, out_path, topic_of = (
        _JOB[x] for x in ("train", "fit", "fold_extractor", "folds", "out_path", "topic_of")
    )
    if k == folds:
        fit(train, out_path)
        return None
    a, b = _folds(len(train), folds)[k]
    rest = train[:a] + train[b:]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "fold.crfsuite"
        fit(rest, path)
        tagger = pycrfsuite.Tagger()
        tagger.open(str(path))
        ffx = fold_extractor(rest)
        labels = [
            to_bio(tagger.tag(ffx.sentence(toks, topic_of.get(id(toks), ()))))
            for toks, _ in train[a:b]
        ]
        tagger.close()
    return labels


def first_pass_labels(
    train: list[Sentence],
    fit: Any,
    fold_extractor: Any,
    folds: int,
    out_path: Path,
    workers: int,
    topic_of: dict[int, tuple[str, ...]],
) -> list[list[str]]:
    """Train the full first-pass model at ``out_path`` and return jackknifed first-pass
    labels for ``train`` (``folds`` fold models), using up to ``workers`` processes;
    ``topic_of`` maps ``id(tokens)`` of a training sentence to its document's topics."""
    _JOB.update(
        train=train,
        fit=fit,
        fold_extractor=fold_extractor,
        folds=folds,
        out_path=out_path,
        topic_of=topic_of,
    )
    jobs = [folds, *range(folds)]
    try:
        if workers > 1:
            ctx = multiprocessing.get_context("fork")
            with ctx.Pool(min(workers, len(jobs))) as pool:
                results = pool.map(_fold_job, jobs, chunksize=1)
        else:
            results = [_fold_job(k) for k in jobs]
    finally:
        _JOB.clear()
    labels: list[list[str]] = []
    for res in results[1:]:
        assert res is not None
        labels.extend(res)
    return labels


def train_model(
    conll_path: str | Path,
    out_path: str | Path,
    config: TrainConfig | None = None,
    *,
    workers: int = 1,
) -> dict[str, Any]:
    """Train on the head of ``conll_path``, score on its tail, write model + ``.json`` metadata.

    ``config`` (default: the shipped model's settings, :class:`TrainConfig`) is recorded in
    the metadata under ``train_config``. ``use_gazetteer=None`` uses KB gazetteer features
    only if the KB loads now; the KB names used are written next to the model
    (``NAME.gaz.tsv.gz``) so later KB edits cannot change the model's behaviour.
    ``phrase_match`` adds longest-match KB-name features on top of the per-token membership;
    ``use_triggers`` adds the curated trigger-word features. ``doc_pass`` adds the
    document-consistency second pass (``NAME.doc.crfsuite``, see :mod:`marsad.ner.document`)
    trained on jackknifed first-pass labels (``doc_folds`` fold models, trained in up to
    ``workers`` processes; the result does not depend on ``workers``, so it is no setting).
    ``doc_stack`` gives the second pass the first-pass tags too (:func:`analyse`).
    ``retag``: which sentences the second pass re-tags (:data:`RETAG_RULES`).
    ``split="interleaved"`` (every 7th block of ``doc_window`` sentences is dev) is only
    for a secondary, literature-comparable figure; the shipped model uses the tail split.
    ``limit`` keeps only the first N training sentences (tests).
    Returns the dev metrics from :func:`marsad.ner.evaluate.entity_prf`.
    """
    if config is None:
        config = TrainConfig()
    conll_path, out_path = Path(conll_path), Path(out_path)
    sents = read_conll(conll_path)
    if config.split == "interleaved":
        train, dev = split_interleaved(sents, config.doc_window)
    else:
        train, dev = split_dev(sents, config.dev_fraction)
    if config.limit is not None:
        train = train[: config.limit]
    extra_sents = read_conll(config.extra_train) if config.extra_train is not None else []
    # After ANERcorp's training part: the jackknife folds are contiguous, so the extra
    # sentences get lexicon features learnt from ANERcorp and from each other's other folds.
    train = train + extra_sents
    clusters = (
        read_clusters(config.clusters_path)
        if config.clusters_path and config.clusters_path.exists()
        else {}
    )
    snapshot: PhraseGazetteer | None = None
    if config.use_gazetteer in (None, True):
        snapshot = (
            read_phrase_gazetteer(config.gazetteer_snapshot)
            if config.gazetteer_snapshot is not None
            else build_phrase_gazetteer()
        )
    if config.use_gazetteer and snapshot is None:
        raise RuntimeError("gazetteer requested but marsad.kb is not available")
    gazetteer = None
    if snapshot is not None:
        token_types = snapshot.token_types()
        gazetteer = lambda key: token_types.get(key, ())  # noqa: E731
    phrases = snapshot if config.phrase_match else None
    triggers = read_triggers(DEFAULT_TRIGGERS) if config.use_triggers else None
    topics = read_triggers(DEFAULT_TOPICS) if config.use_topics else None
    names = read_person_names(DEFAULT_PERSON_NAMES) if config.person_names else None
    places = read_world_places(DEFAULT_WORLD_PLACES) if config.world_places else None
    lexicon = build_lexicon(train, config.lexicon_seen) if config.train_lexicon else {}
    table = build_phrase_table(train, config.phrase_min_share) if config.train_phrases else None

    def extractor(lex: dict[str, tuple[str, ...]], tab: PhraseTable | None) -> FeatureExtractor:
        return FeatureExtractor(
            clusters,
            gazetteer,
            lex,
            phrases=phrases,
            triggers=triggers,
            train_phrases=tab,
            freq_rank=config.freq_rank,
            trigger_conj=config.trigger_conj,
            topics=topics,
            topic_share=config.topic_share,
            names=names,
            places=places,
            place_nisba=config.place_nisba,
        )

    fx = extractor(lexicon, table)
    # Documents of the training part (windows of ``doc_window`` sentences, as for the
    # document pass) and their topics, looked up per sentence by identity.
    topic_of: dict[int, tuple[str, ...]] = {}
    if topics:
        for win in windows(len(train), config.doc_window):
            found = fx.doc_topics([train[i][0] for i in win])
            for i in win:
                topic_of[id(train[i][0])] = found
    params = {
        "c1": config.c1,
        "c2": config.c2,
        "max_iterations": config.max_iterations,
        "feature.possible_transitions": True,
        "feature.possible_states": config.possible_states,
    }
    out_path.parent.mkdir(parents=True, exist_ok=True)

    def encode(tags: list[str]) -> list[str]:
        """Gold tags in the model's training encoding (taggers always return BIO)."""
        return to_bioes(tags) if config.encoding == "BIOES" else tags

    def fold_extractor(rest: list[Sentence]) -> FeatureExtractor:
        """Extractor whose lexicon / phrase table come from ``rest`` only."""
        return extractor(
            build_lexicon(rest, config.lexicon_seen) if lexicon else {},
            build_phrase_table(rest, config.phrase_min_share) if table is not None else None,
        )

    def base_items(part: list[Sentence]) -> list[list[list[str]]]:
        """Training features of ``part``: jackknifed lexicons (each contiguous fold gets
        lexicon features built from the other folds), as the model was always trained."""
        if not (lexicon or table is not None):
            return [fx.sentence(toks, topic_of.get(id(toks), ())) for toks, _ in part]
        items: list[list[list[str]]] = []
        for a, b in _folds(len(part), config.jackknife_folds):
            fold_fx = fold_extractor(part[:a] + part[b:])
            items.extend(
                fold_fx.sentence(toks, topic_of.get(id(toks), ())) for toks, _ in part[a:b]
            )
        return items

    def fit(
        part: list[Sentence],
        path: Path,
        extra: list[list[list[str]]] | None = None,
        keep: frozenset[str] | None = None,
    ) -> None:
        """Train on ``part``; ``extra`` features are appended per token; ``keep``: only these
        base attributes are used (the second pass keeps the first model's attributes, so
        one filtered feature list serves both passes at tagging time)."""
        trainer = pycrfsuite.Trainer(verbose=False)
        for i, ((_, tags), items) in enumerate(zip(part, base_items(part), strict=True)):
            if keep is not None:
                items = [[a for a in item if a in keep] for item in items]
            if extra is not None:
                for item, more in zip(items, extra[i], strict=True):
                    item.extend(more)
            trainer.append(items, encode(tags))
        trainer.select("lbfgs")
        trainer.set_params(params)
        trainer.train(str(path))

    t0 = time.perf_counter()
    first_labels: list[list[str]] | None = None
    doc_path = doc_model_path(out_path)
    if config.doc_pass:
        # Jackknifed first-pass labels for the training part (each fold tagged by a model
        # trained on the other folds, with that model's own lexicons), trained alongside the
        # full first-pass model in up to ``workers`` processes.
        first_labels = first_pass_labels(
            train, fit, fold_extractor, config.doc_folds, out_path, workers, topic_of
        )
    else:
        fit(train, out_path)
        doc_path.unlink(missing_ok=True)
    self_info: dict[str, Any] | None = None
    if config.self_train:
        # Self-training: tag unlabeled news with the first model, keep confident sentences
        # (features from the full-training lexicons, as at tagging time), train once more.
        first = pycrfsuite.Tagger()
        first.open(str(out_path))
        pool = unlabeled_sentences(config.self_train)
        extra = select_confident(first, fx, pool, config.self_train_min_prob, config.self_train_max)
        first.close()
        trainer = pycrfsuite.Trainer(verbose=False)
        for items, (_, tags) in zip(base_items(train), train, strict=True):
            trainer.append(items, encode(tags))
        for toks, tags in extra:
            trainer.append(fx.sentence(toks), encode(tags))
        trainer.select("lbfgs")
        trainer.set_params(params)
        trainer.train(str(out_path))
        self_info = {
            "articles": config.self_train,
            "min_path_probability": config.self_train_min_prob,
            "max_sentences": config.self_train_max,
            "pool_sentences": len(pool),
            "added_sentences": len(extra),
        }
    doc_info: dict[str, Any] | None = None
    if first_labels is not None:
        keys = [fx.keys(toks) for toks, _ in train]
        extra_feats: list[list[list[str]]] = []
        for win in windows(len(train), config.doc_window):
            extra_feats.extend(
                doc_features(
                    [keys[i] for i in win], [first_labels[i] for i in win], config.doc_stack
                )
            )
        first_model = pycrfsuite.Tagger()
        first_model.open(str(out_path))
        keep = frozenset(first_model.info().attributes)
        first_model.close()
        fit(train, doc_path, extra_feats, keep)
        doc_info = {
            "model": doc_path.name,
            "feature_version": DOC_FEATURE_VERSION,
            "features": [*DOC_FEATURES, *([STACK_FEATURES] if config.doc_stack else [])],
            "stack": config.doc_stack,
            "first_pass_jackknife_folds": config.doc_folds,
            "window": config.doc_window,
            "base_features": "those the first-pass model has weights for",
            "train_document": f"windows of {config.doc_window} consecutive sentences",
            "dev_document": f"windows of {config.doc_window} consecutive sentences of the dev part",
            "tag_document": "all sentences of one article",
            "retag": config.retag,
            "retag_rule": RETAG_RULES[config.retag],
        }
    train_seconds = time.perf_counter() - t0

    features = fx.describe()
    if lexicon:
        lex_path = lexicon_path(out_path)
        write_lexicon(lexicon, lex_path)
        features["lexicon_file"] = lex_path.name
        features["lexicon_jackknife_folds"] = config.jackknife_folds
        features["lexicon_marks_seen_words"] = config.lexicon_seen
    if table is not None:
        phr_path = phrases_path(out_path)
        write_phrase_table(table, phr_path)
        features["train_phrases_file"] = phr_path.name
        features["train_phrases_jackknife_folds"] = config.jackknife_folds
        features["train_phrases_min_share"] = config.phrase_min_share
    if clusters and config.clusters_path is not None:
        features["clusters_file"] = config.clusters_path.name
        features["clusters_sha256"] = sha256_file(config.clusters_path)
    if snapshot is not None:
        gaz_path = gazetteer_path(out_path)
        write_phrase_gazetteer(snapshot, gaz_path)
        features["gazetteer_file"] = gaz_path.name
        features["gazetteer_source"] = snapshot.source
        features["gazetteer_sizes"] = {
            "phrases": len(snapshot.phrases),
            "first_names": len(snapshot.first_names),
            "last_names": len(snapshot.last_names),
            "nisba": len(snapshot.nisba),
        }
    if triggers:
        features["triggers_file"] = DEFAULT_TRIGGERS.name
        features["triggers_sha256"] = sha256_file(DEFAULT_TRIGGERS)
    if names:
        features["person_names_file"] = DEFAULT_PERSON_NAMES.name
        features["person_names_sha256"] = sha256_file(DEFAULT_PERSON_NAMES)
    if places:
        features["world_places_file"] = DEFAULT_WORLD_PLACES.name
        features["world_places_sha256"] = sha256_file(DEFAULT_WORLD_PLACES)
    if topics:
        features["topics_file"] = DEFAULT_TOPICS.name
        features["topics_sha256"] = sha256_file(DEFAULT_TOPICS)
    if config.split == "interleaved":
        meta_split: dict[str, Any] = {
            "definition": f"SECONDARY: every 7th block of {config.doc_window} sentences is dev",
            "train_sentences": len(train),
            "dev_sentences": len(dev),
        }
    else:
        meta_split = {
            "definition": (
                f"contiguous tail: last {config.dev_fraction:.0%} of sentences in file order"
            ),
            "dev_fraction": config.dev_fraction,
            "train_sentences": len(train),
            "dev_sentences": len(dev),
            "first_dev_sentence_index": len(sents) - len(dev),
        }
    meta: dict[str, Any] = {
        "model": out_path.name,
        "kind": "crfsuite L-BFGS linear-chain CRF",
        "encoding": config.encoding,
        "trained": _dt.datetime.now(_dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "training_data": {
            "file": conll_path.name,
            "sha256": sha256_file(conll_path),
            "sentences_total": len(sents),
            "extra_train": None
            if config.extra_train is None
            else {
                "file": config.extra_train.name,
                "sha256": sha256_file(config.extra_train),
                "sentences": len(extra_sents),
            },
        },
        "dev_split": meta_split,
        "params": params,
        "train_config": config.to_dict(),
        "self_training": self_info,
        "doc_pass": doc_info,
        "features": features,
        "train_seconds": round(train_seconds, 1),
        "tag_map": {"PERS": "PER"},
    }
    tagger = NerTagger(out_path, meta, extractor=fx)
    metrics: dict[str, Any] = {}
    if dev:
        dev_toks = [t for t, _ in dev]
        if doc_info is not None:
            first_metrics = entity_prf(
                [g for _, g in dev], tag_dev(tagger, dev_toks, config.doc_window, first_pass=True)
            )
            meta["first_pass_dev_scores"] = _rounded(first_metrics)
        pred = tag_dev(tagger, dev_toks, config.doc_window)  # also warms the per-word feature cache
        metrics = entity_prf([g for _, g in dev], pred)
        c0 = time.process_time()
        tag_dev(tagger, dev_toks, config.doc_window)
        cpu = max(time.process_time() - c0, 1e-9)
        meta["speed"] = {
            "dev_sentences_per_cpu_s": round(len(dev_toks) / cpu),
            "note": "one process, warm cache, CPU time, whole pipeline (both passes); "
            "benchmarks/bench_ner.py gives wall time",
        }
    meta["dev_scores"] = _rounded(metrics)
    metadata_path(out_path).write_text(
        json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return metrics
