"""The versions of the code, data and models an article is built with, in one place.

Every article carries them (``versions`` in its JSON, stamped by ``stages/versions.py``) and
the store records the ones it was built with (``store_versions``, ``store/db.py``), so a
result can be traced to the lexicon or model that made it, and a store whose search index was
built by another analyser says so (``marsad reindex`` rebuilds it).

Where each version lives:

- ``marsad``: the package version (``pyproject.toml``);
- one entry per versioned data file ``data/<name>.json`` (its top-level ``version``): the
  lexicons (``boilerplate``, ``linking``, ``numbers``, ``units``, ``time_lexicon``,
  ``reporting_verbs``, ``event_triggers``, ``event_status``, ``event_counts``, …);
- ``kb``: ``data/kb/VERSION``;
- ``ner_model``: when the shipped CRF was trained (``data/models/ner-crf.json``, ``trained``);
- ``event_status_model``: ``data/event_status_model.json.gz``, ``version``;
- ``search_analyzer``: see :func:`analyzer_version`.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from types import MappingProxyType

DATA_DIR = Path(__file__).resolve().parent / "data"
ANALYZER_FILE = DATA_DIR / "search_analyzer.json"
# Data the search analyser reads besides its own file: the proclitics it strips.
ANALYZER_DEPENDENCIES = (DATA_DIR / "clitics.json",)
NER_META_FILE = DATA_DIR / "models" / "ner-crf.json"
KB_VERSION_FILE = DATA_DIR / "kb" / "VERSION"
UNKNOWN = "unknown"


@cache
def analyzer_version() -> str:
    """The search analyser's version: ``search_analyzer.json``'s ``version`` + a fingerprint.

    The index terms depend on the analyser's suffix data and on the clitic inventory it strips
    proclitics with (``clitics.json``, which has no version of its own), so the version is the
    declared one plus the first 12 hex digits of SHA-256 over both files: editing either one
    makes stores indexed before it say so. Bump the declared ``version`` when the analyser's
    code (``store/analyzer.py``) changes what it produces.
    """
    declared = json.loads(ANALYZER_FILE.read_text(encoding="utf-8")).get("version", UNKNOWN)
    digest = hashlib.sha256()
    for path in (ANALYZER_FILE, *ANALYZER_DEPENDENCIES):
        digest.update(path.read_bytes())
    return f"{declared}+{digest.hexdigest()[:12]}"


def _package_version() -> str:
    from marsad import __version__

    return __version__


def _data_file_versions() -> dict[str, str]:
    """``{name: version}`` of every ``data/<name>.json`` that declares a top-level version."""
    found: dict[str, str] = {}
    for path in sorted(DATA_DIR.glob("*.json")):
        raw = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(raw, dict) and raw.get("version") is not None:
            found[path.stem] = str(raw["version"])
    return found


def _ner_model_version() -> str:
    if not NER_META_FILE.is_file():
        return UNKNOWN
    meta = json.loads(NER_META_FILE.read_text(encoding="utf-8"))
    return str(meta.get("version") or meta.get("trained") or UNKNOWN)


def _event_status_model_version() -> str:
    from marsad.events.classifier import load_status_model

    model = load_status_model()  # loaded once per process; the events stage needs it anyway
    return model.version if model is not None else UNKNOWN


@cache
def component_versions() -> Mapping[str, str]:
    """``{component: version}`` for everything an article's fields depend on (read-only;
    computed once per process)."""
    versions = _data_file_versions()
    versions.update({
        "marsad": _package_version(),
        "kb": KB_VERSION_FILE.read_text(encoding="utf-8").strip()
        if KB_VERSION_FILE.is_file() else UNKNOWN,
        "ner_model": _ner_model_version(),
        "event_status_model": _event_status_model_version(),
        "search_analyzer": analyzer_version(),
    })
    return MappingProxyType(dict(sorted(versions.items())))
