"""The saved NER training config: the defaults are the shipped model's settings, it survives
a save/load round trip, and ``marsad train-ner`` builds it from ``--config`` and its flags."""

from __future__ import annotations

import argparse
import json
from dataclasses import fields
from pathlib import Path

import pytest

from marsad.ner import DEFAULT_MODEL
from marsad.ner.clusters import DEFAULT_CLUSTERS
from marsad.ner.train import TrainConfig, add_config_arguments, config_from_args

META = json.loads(DEFAULT_MODEL.with_suffix(".json").read_text("utf-8"))


# The shipped model is the default config plus its two input files: the KB-name snapshot it
# ships (its own gazetteer, so a retrain sees the KB it saw) and the news silver, which is made
# from the shared articles and so is never in the package (``training_data.extra_train`` says
# how to build it into the model directory, and its sha256).
SHIPPED = TrainConfig(
    gazetteer_snapshot=DEFAULT_MODEL.with_suffix(".gaz.tsv.gz"),
    extra_train=DEFAULT_MODEL.parent / META["training_data"]["extra_train"]["file"],
)


def test_shipped_model_records_the_default_config_and_its_inputs() -> None:
    assert TrainConfig.load(DEFAULT_MODEL.with_suffix(".json")) == SHIPPED
    extra = META["training_data"]["extra_train"]
    assert len(extra["sha256"]) == 64 and extra["sentences"] > 0 and extra["built_by"]


def test_defaults_agree_with_the_rest_of_the_shipped_metadata() -> None:
    """The recorded config is not just copied: it matches what the model says it was."""
    config = TrainConfig()
    params, feats, doc = META["params"], META["features"], META["doc_pass"]
    assert (config.c1, config.c2, config.max_iterations) == (
        params["c1"],
        params["c2"],
        params["max_iterations"],
    )
    assert config.possible_states == params["feature.possible_states"]
    assert config.encoding == META["encoding"]
    assert config.dev_fraction == META["dev_split"]["dev_fraction"]
    assert config.self_train is None and META["self_training"] is None
    assert config.limit is None
    assert (
        META["dev_split"]["train_sentences"] + META["dev_split"]["dev_sentences"]
        == META["training_data"]["sentences_total"]
        + META["training_data"]["extra_train"]["sentences"]
    )
    assert config.clusters_path == DEFAULT_CLUSTERS
    assert feats["clusters_file"] == DEFAULT_CLUSTERS.name
    assert config.phrase_match == feats["kb_phrases"]
    assert config.use_triggers == feats["triggers"]
    assert config.train_lexicon == feats["train_lexicon"]
    assert config.train_phrases == feats["train_phrases"]
    assert config.phrase_min_share == feats["train_phrases_min_share"]
    assert config.freq_rank == feats["freq_rank"]
    assert config.lexicon_seen == feats["lexicon_marks_seen_words"]
    assert config.trigger_conj == feats["trigger_conj"]
    assert config.use_topics == feats["topics"]
    assert config.topic_share == feats["topic_share"]
    assert config.person_names == feats["person_names"]
    assert config.world_places == feats["world_places"]
    assert config.place_nisba == feats["place_nisba"]
    assert config.jackknife_folds == feats["lexicon_jackknife_folds"]
    assert config.use_gazetteer is None and feats["gazetteer"]
    assert config.doc_pass and doc is not None
    assert config.doc_window == doc["window"]
    assert config.doc_folds == doc["first_pass_jackknife_folds"]
    assert config.retag == doc["retag"]
    assert config.doc_stack == doc["stack"]


def test_round_trip(tmp_path: Path) -> None:
    config = TrainConfig(c1=0.2, limit=50, clusters_path=None, use_gazetteer=False)
    path = tmp_path / "config.json"
    config.save(path)
    assert TrainConfig.load(path) == config
    assert TrainConfig.from_dict(TrainConfig().to_dict()) == TrainConfig()
    elsewhere = TrainConfig(clusters_path=tmp_path / "clusters.tsv.gz")
    assert TrainConfig.from_dict(elsewhere.to_dict()) == elsewhere
    assert TrainConfig().to_dict()["clusters_path"] == DEFAULT_CLUSTERS.name  # portable


def test_rejects_bad_configs() -> None:
    with pytest.raises(ValueError, match="unknown train config settings: workers"):
        TrainConfig.from_dict({"workers": 2})
    with pytest.raises(ValueError, match="c1"):
        TrainConfig.from_dict({"c1": "0.1"})
    with pytest.raises(ValueError, match="doc_pass"):
        TrainConfig.from_dict({"doc_pass": 1})
    with pytest.raises(ValueError, match="version"):
        TrainConfig.from_dict({"version": 99})
    with pytest.raises(ValueError, match="split"):
        TrainConfig(split="random")
    with pytest.raises(ValueError, match="retag"):
        TrainConfig(retag="all")
    with pytest.raises(ValueError, match="encoding"):
        TrainConfig(encoding="IO")
    with pytest.raises(ValueError, match="cannot be combined"):
        TrainConfig(self_train="articles/*.jsonl")
    assert TrainConfig.from_dict({"c1": 1}).c1 == 1.0  # an int is a fine float


def _parse(argv: list[str]) -> TrainConfig:
    parser = argparse.ArgumentParser()
    add_config_arguments(parser)
    return config_from_args(parser.parse_args(argv))


def test_flags_and_config_file(tmp_path: Path) -> None:
    assert _parse([]) == TrainConfig()
    assert _parse(["--config", str(DEFAULT_MODEL.with_suffix(".json"))]) == SHIPPED
    assert _parse(
        ["--c1", "0.2", "--no-doc-pass", "--use-gazetteer", "no", "--clusters-path", "none"]
    ) == TrainConfig(c1=0.2, doc_pass=False, use_gazetteer=False, clusters_path=None)
    saved = tmp_path / "c.json"
    TrainConfig(limit=80, encoding="BIOES", doc_pass=False).save(saved)
    # flags override the file's settings; the others come from the file
    assert _parse(["--config", str(saved), "--limit", "10"]) == TrainConfig(
        limit=10, encoding="BIOES", doc_pass=False
    )
    # every setting has a flag
    parser = argparse.ArgumentParser()
    add_config_arguments(parser)
    dests = {action.dest for action in parser._actions}
    assert {f"cfg_{f.name}" for f in fields(TrainConfig)} <= dests


def test_file_settings_round_trip_and_flags(tmp_path: Path) -> None:
    """The settings that name a file (``extra_train``, ``gazetteer_snapshot``) save like
    ``clusters_path`` and take ``none`` on the command line."""
    config = TrainConfig(
        extra_train=tmp_path / "silver.conll", gazetteer_snapshot=tmp_path / "old.gaz.tsv.gz"
    )
    assert TrainConfig.from_dict(json.loads(json.dumps(config.to_dict()))) == config
    assert config.to_dict()["extra_train"] == str((tmp_path / "silver.conll").resolve())
    assert _parse(["--extra-train", "none", "--gazetteer-snapshot", "none"]) == TrainConfig()
    assert _parse(["--extra-train", "x.conll"]).extra_train == Path("x.conll")
    with pytest.raises(ValueError, match="extra_train"):
        TrainConfig.from_dict({"extra_train": 3})
