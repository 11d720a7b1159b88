"""The trigger lexicon is data: it must load, carry a version and conjugate/peel clitics."""

from __future__ import annotations

from marsad.arabic.normalize import normalize
from marsad.events.triggers import conjugate, load_lexicon, lookup
from marsad.lexicon import load_json

PLOVER = {"ASSAULT", "COERCE", "AID", "DEMAND", "PROTEST", "MOBILIZE", "CONSULT", "AGREE",
          "SUPPORT", "RETREAT", "ACCUSE", "REJECT", "THREATEN", "SANCTION", "REQUEST",
          "CONCEDE", "COOPERATE"}


def test_lexicon_has_version_and_plover_types() -> None:
    raw = load_json("event_triggers.json")
    assert raw["version"]
    assert {e["type"] for e in raw["entries"]} <= PLOVER
    assert load_lexicon().version == raw["version"]


def test_conjugation_covers_persons_and_tenses() -> None:
    forms = conjugate("هاجم", "هاجم")
    for word in ("هاجم", "هاجمت", "هاجموا", "يهاجم", "تهاجم", "يهاجمون", "نهاجم"):
        assert normalize(word) in forms


def _kind(word: str) -> tuple[str, str | None] | None:
    info = lookup(normalize(word))
    return (info.entry.type, info.entry.mode) if info else None


def test_clitic_aware_lookup() -> None:
    assert _kind("بضرباته") == ("ASSAULT", "aerial")
    assert _kind("والاشتباكات") == ("ASSAULT", "clash")
    assert _kind("سيهاجمون") == ("ASSAULT", "attack")
    assert _kind("بالغارات") == ("ASSAULT", "aerial")
    assert _kind("وانسحاب") == ("RETREAT", "withdrawal")
    assert _kind("للتظاهرات") == ("PROTEST", "demonstrate")
    assert _kind("اعتقال") == ("COERCE", "arrest")


def test_protected_and_verb_only_forms() -> None:
    assert _kind("وزارة") is None  # not و + زار + ه
    assert _kind("الفجر") is None  # dawn, never «فجر» the verb
    assert _kind("أيدي") is None
