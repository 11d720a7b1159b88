"""Linking, analyst set 19 pass (issue #15, after tests/gold/analyst_recall19.jsonl): «نادي
الشباب» is a club's name only by the article (the Saudi, Emirati, Kuwaiti and Omani clubs share
it, and «نادي الشباب» is also any youth club), so the KB lists it as a context alias of each;
the KB's spelling variants («جيم جيفري», «ب ي د», «بعاج» without its article) and the Nineveh
towns Bashiqa and Badush. Sentences written for the tests (none from an analyst set or an
audit), shipped KB, NER spans only where given; the set's own floor is scored on the shared
articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import link_with_ner as _link
from conftest import load_script

GOLD = Path(__file__).parent / "gold" / "analyst_recall19.jsonl"
SHABAB = (
    "club:al-shabab-saudi",
    "club:al-shabab-dubai",
    "club:al-shabab-kuwait",
    "club:al-shabab-oman",
)


# --- «نادي الشباب» by the article -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text, entity",
    [
        # the country the story names decides
        ("ووقع نادي الشباب عقدا مع المهاجم في الرياض أمس.", "club:al-shabab-saudi"),
        ("وفاز نادي الشباب على ضيفه في الكويت مساء الجمعة.", "club:al-shabab-kuwait"),
        # the full name elsewhere in the article decides
        (
            "وأعلن نادي الشباب العماني ضم لاعب جديد. وقال نادي الشباب إن العقد لموسمين.",
            "club:al-shabab-oman",
        ),
    ],
)
def test_shabab_club_by_article(text: str, entity: str) -> None:
    found = _link(text)
    assert entity in found and "نادي الشباب" in found[entity]
    assert not any(club in found for club in SHABAB if club != entity)


@pytest.mark.parametrize(
    "text",
    [
        # a youth club of a country with no such KB club
        "وافتتح نادي الشباب في غزة دورة تدريبية للأطفال.",
        # no country at all
        "ونظم نادي الشباب أمسية شعرية في المدينة.",
    ],
)
def test_youth_club_is_no_team(text: str) -> None:
    assert not any(club in _link(text) for club in SHABAB)


# --- KB data ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, entity",
    [
        ("وقال المبعوث الأمريكي الخاص بسوريا جيم جيفري إن الهجوم محتمل.", "per:james-jeffrey"),
        ('وتقاتل القوات التركية مسلحي "ب ي د/ بي كا كا" شمال سوريا.', "org:pyd"),
        ("وقتل مسلحون في قضاء بعاج غرب الموصل.", "gpe:iraq-al-baaj-district"),
        ("وصدت البيشمركة هجوما قرب بعشيقة شمال الموصل.", "gpe:bashiqa"),
        ("وقصفت الطائرات مرتفعات بادوش غرب الموصل.", "gpe:badush"),
    ],
)
def test_kb_names(text: str, entity: str) -> None:
    assert entity in _link(text)


def test_bare_short_place_needs_support() -> None:
    """«بعاج» is a one-word place alias: alone, with no NER span or place noun, it stays out."""
    assert "gpe:al-baaj" not in _link("وتقدمت القوات نحو بعاج غرب الموصل.")


# --- the set's floor ----------------------------------------------------------------------------


@pytest.mark.slow
def test_analyst_set_19_floor() -> None:
    """Set 19 scored 111/130 before this pass (110/130 as first labelled; the Afrin row then
    accepted the district «منطقة عفرين», and «بعاج», first labelled new, is the KB's «البعاج»)
    and 115/130 after it: James Jeffrey («جيم جيفري»), the PYD («ب ي د»), Al-Shabab
    («نادي الشباب» of a Jeddah transfer) and the Ba'aj district («قضاء بعاج») gained. Bashiqa
    and Badush, labelled new, are now KB entries (found, but the scorer counts them as
    misses)."""
    result = load_script("evaluate_links").analyst_recall(GOLD)
    assert result["entities"] == 130 and result["found"] >= 115
