"""Well-formedness of the event-role word lists (``data/event_roles.json``): versioned, every
list documented and non-empty, words single and distinct after normalising (agent markers two
words), modes known to the trigger lexicon, and every list read by ``events/roles.py``."""

from __future__ import annotations

from pathlib import Path

from marsad.arabic.normalize import normalize
from marsad.events import roles
from marsad.lexicon import load_json

SOURCE = Path(roles.__file__).read_text(encoding="utf-8")
MODE_LISTS = ("patient_modes", "means_modes", "doer_reports")
PHRASE_LISTS = ("agent_markers",)


def _lists(raw: dict[str, object]) -> dict[str, list[str]]:
    return {k: v for k, v in raw.items() if isinstance(v, list)}


def test_event_role_words_well_formed() -> None:
    raw = load_json("event_roles.json")
    assert isinstance(raw["version"], int) and raw["version"] >= 1
    assert isinstance(raw["_doc"], str) and raw["_doc"]
    lists = _lists(raw)
    assert set(lists) == set(raw["_notes"]), "every list has a note and every note a list"
    for name, words in lists.items():
        assert words, name
        for w in words:
            assert isinstance(w, str) and w and w == w.strip() and "  " not in w, (name, w)
            parts = 2 if name in PHRASE_LISTS else 1
            assert len(w.split()) == parts, (name, w)
        forms = [w if name in MODE_LISTS else normalize(w) for w in words]
        assert len(forms) == len(set(forms)), f"{name}: duplicate after normalising"
        assert f'"{name}"' in SOURCE, f"{name} is not read by roles.py"
    assert roles.role_words() == lists


def test_modes_are_trigger_modes() -> None:
    words = roles.role_words()
    modes = {e["mode"] for e in load_json("event_triggers.json")["entries"] if e.get("mode")}
    for name in MODE_LISTS:
        assert set(words[name]) <= modes, (name, set(words[name]) - modes)
    assert set(words["means_modes"]) <= set(words["patient_modes"])


def test_loaded_sets_follow_the_file() -> None:
    words = roles.role_words()
    assert normalize("بلدة") in roles._PLACE_NOUNS
    assert roles._LOCATIVE - {normalize("بال")} <= roles._PREPOSITIONS
    assert (normalize("على"), normalize("يد")) in roles._AGENT_MARKERS
    assert frozenset(words["patient_modes"]) == roles.PATIENT_MODES
