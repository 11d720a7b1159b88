"""Well-formedness of the statement word lists (``statement_words.json``,
``reporting_verbs.json``): versioned, every list non-empty, single normalised-distinct words
(phrases in a ``*_phrases`` list),
every closed class documented and read by the extractor."""

from __future__ import annotations

from pathlib import Path

from marsad.arabic.normalize import normalize
from marsad.extractors import statements
from marsad.lexicon import load_json

SOURCE = Path(statements.__file__).read_text(encoding="utf-8")


def _lists(raw: dict[str, object]) -> dict[str, list[str]]:
    skip = ("verbs", "prepositional")
    return {k: v for k, v in raw.items() if isinstance(v, list) and k not in skip}


def test_statement_words_well_formed() -> None:
    raw = load_json("statement_words.json")
    assert isinstance(raw["version"], int) and raw["version"] >= 1
    lists = _lists(raw)
    assert set(lists) == set(raw["_notes"]), "every list has a note and every note a list"
    for name, words in lists.items():
        assert words, name
        for w in words:  # single words; a ``*_phrases`` list holds words joined by one space
            assert isinstance(w, str) and w and w == " ".join(w.split()), (name, w)
            assert " " not in w or name.endswith("_phrases"), (name, w)
        forms = [
            w if name in ("bi_verbal_nouns", "imperatives", "audience_preps") else normalize(w)
            for w in words
        ]
        assert len(forms) == len(set(forms)), f"{name}: duplicate after normalising"
        assert f'"{name}"' in SOURCE, f"{name} is not read by statements.py"
    assert statements.statement_words() == lists


def test_reporting_verbs_well_formed() -> None:
    raw = load_json("reporting_verbs.json")
    assert isinstance(raw["version"], int) and raw["version"] >= 5
    for entry in raw["verbs"]:
        assert entry["past"] and entry["present"] and entry["stance"], entry
        for key in ("participles", "extra", "complement", "not_original"):
            assert all(isinstance(w, str) and w.strip() == w and w for w in entry.get(key, ()))
    for entry in raw["prepositional"]:
        assert entry["form"].strip() and entry["stance"], entry
    for name, words in _lists(raw).items():
        assert words, name
        assert all(isinstance(w, str) and w.strip() == w and w for w in words), name
