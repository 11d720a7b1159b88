"""Linking, analyst set 20 pass (issue #15, after tests/gold/analyst_recall20.jsonl): a person
title right before a state's nisba without the article makes the nisba a given name («الشيخ
تركي الشليل» says nothing of Turkey; «مسؤول تركي» and «المسؤول التركي» keep it); the KB's
spelling variants («سي.بي.إس نيوز» with dots, «الجيش الليبي» for the Libyan National Army) and
entries for Dagestan, the Sweden Democrats, the Riksdag and Saudi Arabia's Committee for the
Promotion of Virtue. Sentences written for the tests (none from an analyst set or an audit),
shipped KB, NER spans only where given; the set's own floor is scored on the shared articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import link_with_ner as _link
from conftest import load_script

GOLD = Path(__file__).parent / "gold" / "analyst_recall20.jsonl"


# --- a bare nisba after a title is a given name ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "وقال الشيخ تركي العتيبي إن الحملة مستمرة.",
        "واستقبل الدكتور مصري الحربي الوفد أمس.",
    ],
)
def test_bare_nisba_after_title_is_no_state(text: str) -> None:
    found = _link(text)
    assert "gpe:turkey" not in found and "gpe:egypt" not in found


@pytest.mark.parametrize(
    "text, entity",
    [
        # an indefinite noun takes the bare nisba: a Turkish source
        ("وقال مصدر تركي إن المحادثات مستمرة.", "gpe:turkey"),
        # a definite title takes the definite nisba: the Turkish president
        ("وقال الرئيس التركي إن المحادثات مستمرة.", "gpe:turkey"),
    ],
)
def test_nisba_of_a_noun_keeps_its_state(text: str, entity: str) -> None:
    assert entity in _link(text)


# --- KB data ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, entity",
    [
        ('ونقلت شبكة "سي.بي.إس نيوز" عن مسؤولين أن القرار نهائي.', "org:cbs-news"),
        ("وسيطرت قوات الجيش الليبي على وسط درنة.", "org:libyan-national-army"),
        ("وقتل مسلحون شرطيين في جمهورية داغستان الروسية.", "gpe:dagestan"),
        ("وتقدم حزب ديمقراطيو السويد في استطلاعات الرأي.", "org:sweden-democrats"),
        ("ويضم الريكسداغ 349 نائبا.", "org:riksdag"),
        ("وضبطت هيئة الأمر بالمعروف والنهي عن المنكر عددا من المخالفين.", "org:cpvpv"),
    ],
)
def test_kb_names(text: str, entity: str) -> None:
    assert entity in _link(text)


def test_sweden_democrats_is_no_sweden() -> None:
    """The party's name holds the country's: the longer KB name wins, Sweden is not linked."""
    found = _link("وحصد حزب ديموقراطيو السويد 18 في المئة من الأصوات.")
    assert "org:sweden-democrats" in found and "gpe:sweden" not in found


# --- the set's floor ----------------------------------------------------------------------------


@pytest.mark.slow
def test_analyst_set_20_floor() -> None:
    """Set 20 scored 65/86 before this pass and 67/86 after it: CBS News («سي.بي.إس نيوز») and
    the Libyan National Army («الجيش الليبي») gained. Dagestan, the Sweden Democrats, the Riksdag
    and the Committee for the Promotion of Virtue, labelled new, are now KB entries (found, but
    the scorer counts them as misses)."""
    result = load_script("evaluate_links").analyst_recall(GOLD)
    assert result["entities"] == 86 and result["found"] >= 67
