"""Every cue of the statements lexicon at the very edge of a text: no crash, no statement.

A scraped page can end on any word (a cut feed item, an HTML body whose last chip was dropped
leaves «… بحسب»), and a one-line input is content. The extractor once indexed past the last
token when a prepositional source («بحسب، وفقا ل، على لسان…») closed the text; these tests
read every form from the shipped lexicon, so a cue added later is covered too.
"""

from __future__ import annotations

import json
from importlib import resources

import pytest

from marsad.extractors.statements import extract_statements


def _lexicon_forms() -> list[str]:
    """Every written form the lexicon lists: verbs (past, present, extras, participles) and
    prepositional sources."""
    raw = json.loads(resources.files("marsad.data").joinpath("reporting_verbs.json")
                     .read_text(encoding="utf-8"))
    forms: set[str] = {entry["form"] for entry in raw["prepositional"]}
    for verb in raw["verbs"]:
        forms.update(verb[key] for key in ("past", "present") if verb.get(key))
        forms.update(verb.get("extra", []))
        forms.update(verb.get("participles", []))
    return sorted(forms)


FORMS = _lexicon_forms()
LEADS = ("", "وأكد التقرير ذلك ", "قال الوزير إن الوضع مستقر، ")


@pytest.mark.parametrize("lead", LEADS)
def test_a_cue_closing_the_text_never_crashes(lead: str) -> None:
    for form in FORMS:
        for close in ("", ".", " ل", " «", ":"):
            text = lead + form + close
            statements = extract_statements(text)
            for statement in statements:
                assert 0 <= statement.start < statement.end <= len(text), text


def test_a_source_phrase_closing_the_text_names_nobody() -> None:
    for form in ("بحسب", "وفقا ل", "على لسان", "جاء في بيان ل"):
        text = "وارتفع عدد الضحايا إلى عشرة " + form
        assert [s.cue for s in extract_statements(text) if s.cue == form] == []


def test_an_outlet_spoken_to_closing_the_text_never_crashes() -> None:
    raw = json.loads(resources.files("marsad.data").joinpath("reporting_verbs.json")
                     .read_text(encoding="utf-8"))
    for outlet in raw["relay_outlets"]:
        for written in {outlet, outlet.split()[0]}:
            for text in ("وقال مسؤول ل" + written, "قال مسؤول لل" + written.removeprefix("ال")):
                for statement in extract_statements(text):
                    assert 0 <= statement.start < statement.end <= len(text), text
