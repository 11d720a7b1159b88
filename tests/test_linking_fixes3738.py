"""Linking, fixes from analyst sets 37 and 38 (issue #15, after
tests/gold/analyst_recall37.jsonl and analyst_recall38.jsonl): a fuzzy link scores a name
against the KB alias in both spellings of «عبد» + article, as the alias matcher already
matches it, so «عبدالله غول» is the KB's «عبد الله غل». Sentences written for the tests (none
from an analyst set or an audit), shipped KB, NER spans given."""

from __future__ import annotations

import pytest

from conftest import link_with_ner as _link

_GUL = "per:abdullah-gul"


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("وقال الرئيس التركي السابق عبدالله غول إن الحكومة أخطأت.", "عبدالله غول"),
        ("والتقى عبدالله جول وزير الخارجية في أنقرة أمس.", "عبدالله جول"),
        ("وانتقد عبد الله غول قرار الحكومة.", "عبد الله غول"),
    ],
)
def test_a_joined_abd_name_with_another_vowel_links(sentence: str, name: str) -> None:
    found = _link(sentence, {name: "PER"})
    assert found.get(_GUL) == [name]


@pytest.mark.parametrize(
    "sentence, name",
    [
        # a consonant more makes another family name, in either spelling of «عبد»
        ("وقال عبدالله غولين إن الحكومة أخطأت.", "عبدالله غولين"),
        ("وقال عبدالله غلاب إن الحكومة أخطأت.", "عبدالله غلاب"),
        # another given name is another man, however close the family name
        ("وقال عبدالرحمن غول إن الحكومة أخطأت.", "عبدالرحمن غول"),
    ],
)
def test_another_name_stays_new(sentence: str, name: str) -> None:
    assert _GUL not in _link(sentence, {name: "PER"})
