"""Linking, analyst set 30 pass (issue #15, after tests/gold/analyst_recall30.jsonl), KB data only:
a state's cabinet written «الحكومة» + its nisba is an organisation, as the KB already had it for
Syria, Iraq, Yemen, Turkey, Iran, Israel, Lebanon and Russia; the pass adds the other states the
corpus writes so (Egypt, Jordan, the United Kingdom, France, Germany, Saudi Arabia, Qatar, Bahrain,
Afghanistan, Japan). Also the eurozone and Tunisia's national football team («المنتخب التونسي»,
«نسور قرطاج»), not «منتخب مصر» or «المنتخب السعودي», which the press writes for basketball and
youth sides too. Sentences written for the tests (none from an analyst set or an audit), shipped
KB; the set's own floor is scored on the shared articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import link_with_ner as _link
from conftest import load_script

GOLD = Path(__file__).parent / "gold" / "analyst_recall30.jsonl"


@pytest.mark.parametrize(
    "text, entity",
    [
        ("أصدرت الحكومة المصرية قرارا بتمديد حالة الطوارئ.", "org:egyptian-government"),
        ("وتتهم الحكومة البريطانية روسيا بتسميم الجاسوس.", "org:british-government"),
        ("ورفضت الحكومة الأردنية مشروع القانون.", "org:jordanian-government"),
        ("وقالت متحدثة باسم الحكومة البحرينية إن القرار نهائي.", "org:bahraini-government"),
        ("وتعاني دول منطقة اليورو من تباطؤ النمو.", "loc:eurozone"),
        ("وقال مدرب المنتخب التونسي إنه سيكشف عن مصيره.", "club:tunisia-national-football-team"),
        ("وفاز نسور قرطاج على بنما في سارانسك.", "club:tunisia-national-football-team"),
    ],
)
def test_names_the_kb_lacked(text: str, entity: str) -> None:
    assert entity in _link(text)


@pytest.mark.parametrize(
    "text, entity",
    [
        # the nisba alone names the state, not its cabinet
        ("وقال السفير المصري إن المحادثات مستمرة.", "org:egyptian-government"),
        ("وزار الوفد الأردني عمان أمس.", "org:jordanian-government"),
        # a national side of another sport: no national team entry for Egypt
        ("ويتصدر منتخب مصر لكرة السلة البطولة.", "gpe:egypt"),
    ],
)
def test_nisba_or_other_side_is_not_the_new_entry(text: str, entity: str) -> None:
    found = _link(text)
    if entity.startswith("gpe:"):
        # «منتخب مصر» keeps linking Egypt, and no football team claims it
        assert entity in found
        assert not any("national-football-team" in key for key in found)
    else:
        assert entity not in found


@pytest.mark.slow
def test_analyst_set_30_floor() -> None:
    """Set 30 scored 108/129 (0.837) before any change and 108/129 after this pass: the
    Egyptian government, the eurozone and the Tunisian team, labelled `new` and missed by NER,
    now link to their new KB entries and still count as misses (the scorer keeps the labels of
    the time of labelling; 111/129 if counted)."""
    result = load_script("evaluate_links").analyst_recall(GOLD)
    assert result["entities"] == 129 and result["found"] >= 108
