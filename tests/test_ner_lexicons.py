"""The NER tagger's lexicon files are well-formed, and the tag encoding round-trips."""

from __future__ import annotations

from pathlib import Path

import pytest

from marsad.ner.clusters import cluster_key
from marsad.ner.conll import read_conll
from marsad.ner.encoding import to_bio, to_bioes
from marsad.ner.evaluate import spans
from marsad.ner.name_lexicons import (
    DEFAULT_PERSON_NAMES,
    DEFAULT_WORLD_PLACES,
    PhraseGazetteer,
    read_gz_header,
    read_gz_rows,
    read_person_names,
    read_phrase_gazetteer,
    read_world_places,
    write_phrase_gazetteer,
)

ANERCORP = Path(__file__).resolve().parents[2] / "shared" / "data" / "ner" / "ANERcorp_train.conll"


def test_person_names_file_is_well_formed() -> None:
    assert "licences" in read_gz_header(DEFAULT_PERSON_NAMES)
    rows = list(read_gz_rows(DEFAULT_PERSON_NAMES))
    assert len(rows) > 20_000
    for key, role, bucket in rows:
        assert len(key) >= 3 and " " not in key
        assert role in ("given", "surname", "name")
        assert 1 <= int(bucket) <= 20
    names = read_person_names()
    assert any(v.startswith("given:4") for v in names[cluster_key("محمد")])
    assert any(v.startswith("surname:") for v in names[cluster_key("لاريجاني")])


def test_world_places_file_is_well_formed() -> None:
    assert read_gz_header(DEFAULT_WORLD_PLACES)["licence"] == "GeoNames CC-BY 4.0"
    places = read_world_places()
    assert len(places) > 5_000
    for keys, strength in places.items():
        assert 1 <= len(keys) <= 4 and all(keys)
        assert strength in (("S1",), ("S2",), ("S3",), ("S4",))
    assert places[(cluster_key("القاهرة"),)] == ("S4",)
    assert (cluster_key("مراكش"),) in places


def test_bioes_round_trip_on_anercorp() -> None:
    if not ANERCORP.exists():
        pytest.skip("shared ANERcorp data not present")
    for _, tags in read_conll(ANERCORP):
        enc = to_bioes(tags)
        assert len(enc) == len(tags)
        assert all(t == "O" or t[0] in "BIES" for t in enc)
        assert spans(to_bio(enc)) == spans(tags)


def test_bioes_marks_single_and_last_tokens() -> None:
    assert to_bioes(["B-PER", "I-PER", "O", "B-LOC", "I-ORG"]) == [
        "B-PER",
        "E-PER",
        "O",
        "S-LOC",
        "S-ORG",
    ]
    assert to_bio(["S-LOC", "B-ORG", "E-ORG"]) == ["B-LOC", "B-ORG", "I-ORG"]


def test_phrase_gazetteer_round_trip_keeps_last_names(tmp_path: Path) -> None:
    gaz = PhraseGazetteer(
        {("بان", "كي", "مون"): ("PER",)},
        frozenset({"بان"}),
        frozenset({"امريكي"}),
        frozenset({"مون"}),
        {"kb_version": "test"},
    )
    path = tmp_path / "gaz.tsv.gz"
    write_phrase_gazetteer(gaz, path)
    back = read_phrase_gazetteer(path)
    assert back == gaz
