"""Linking, analyst set 15 pass (issue #15, after tests/gold/analyst_recall15.jsonl): a state's
name after the definite «العاصمة» is its capital city of the same name («بالعاصمة تونس»), and
the KB's new names (Trèbes, Carcassonne, Rabigh, Sharurah, the Bardo museum, the Royal Saudi
Air Force, Gérard Collomb, «وكالة أناضول»). Sentences written for the tests (none from an
analyst set or an audit), shipped KB, NER spans only where given; the set's own floor is scored
on the shared articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import link_with_ner as _link
from conftest import load_script

GOLD = Path(__file__).parent / "gold" / "analyst_recall15.jsonl"


# --- a capital named after «العاصمة» ------------------------------------------------------------


@pytest.mark.parametrize(
    "text, city, state",
    [
        ("وقع انفجار قرب السفارة بالعاصمة تونس مساء الأحد.", "gpe:tunis", "gpe:tunisia"),
        ("وعقد الاجتماع في العاصمة الكويت أمس.", "gpe:kuwait-city", "gpe:kuwait"),
        ("ووصل الوفد إلى العاصمة جيبوتي صباح اليوم.", "gpe:djibouti-dj", "gpe:djibouti"),
    ],
)
def test_a_state_name_after_the_capital_noun_is_the_city(text: str, city: str, state: str) -> None:
    found = _link(text)
    assert city in found and state not in found


@pytest.mark.parametrize(
    "text, state",
    [
        # construct: the capital *of* Tunisia
        ("وشهدت عاصمة تونس احتجاجات واسعة.", "gpe:tunisia"),
        # no capital noun: the state
        ("وقالت تونس إنها ترفض القرار.", "gpe:tunisia"),
    ],
)
def test_the_state_keeps_its_link_elsewhere(text: str, state: str) -> None:
    assert state in _link(text)


def test_the_capital_noun_alone_links_no_city() -> None:
    assert "gpe:tunis" not in _link("وقالت الحكومة التونسية إن العاصمة هادئة.")


# --- KB data ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, entity",
    [
        ("واحتجز المسلح رهائن في متجر ببلدة تريب جنوب فرنسا.", "gpe:trebes"),
        ("وأطلق النار على الشرطة في كاركاسون الفرنسية.", "gpe:carcassonne"),
        ("ووصلت القافلة إلى محافظة رابغ السعودية.", "gpe:rabigh"),
        ("ونقلت المساعدات من محافظة شرورة إلى اليمن.", "gpe:sharurah"),
        ("وقتل السياح في الهجوم على متحف باردو.", "fac:bardo-museum"),
        ("ونفذت القوات الجوية الملكية السعودية طلعات.", "org:royal-saudi-air-force"),
        ("وقال وزير الداخلية جيرارد كولوم إن التحقيق مستمر.", "per:gerard-collomb"),
        ("ونقلت وكالة أناضول التركية عن مصدر قوله.", "org:anadolu-agency"),
    ],
)
def test_kb_names(text: str, entity: str) -> None:
    assert entity in _link(text)


def test_the_minister_is_no_footballer() -> None:
    """«جيرارد» alone is Steven Gerrard's alias; the minister's full name is not him."""
    assert "per:steven-gerrard" not in _link("وقال جيرارد كولوم إن التحقيق مستمر.")


# --- the set's floor ----------------------------------------------------------------------------


@pytest.mark.slow
def test_analyst_set_15_floor() -> None:
    """Set 15 scored 99/118 before this pass (the fair figure) and 101/118 after it: Tunis
    («بالعاصمة تونس», was Tunisia) and Anadolu («أناضول» without its article) gained; Trèbes,
    Carcassonne, Sharurah, the Royal Saudi Air Force and Gérard Collomb, labelled new, are now KB
    entries (found, but the scorer counts them as misses)."""
    result = load_script("evaluate_links").analyst_recall(GOLD)
    assert result["entities"] == 118 and result["found"] >= 101
