"""Linking, analyst set 18 pass (issue #15, after tests/gold/analyst_recall18.jsonl): a one-word
place that closes a list of places of another country is a namesake there, and a repeated name
is no other mention of its country («من الرحيبة وجيرود والناصرية» is the Qalamoun town, not the
Iraqi city); the KB's spelling variants («جان إيف لو دريان», «مطار تيفور») and its new names
(Larnaca, Al Qunfudhah, Abu Dhabi TV, EASA, the UOSSM). Sentences written for the tests (none
from an analyst set or an audit), shipped KB, NER spans only where given; the set's own floor is
scored on the shared articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import link_with_ner as _link
from conftest import load_script

GOLD = Path(__file__).parent / "gold" / "analyst_recall18.jsonl"


# --- a namesake among places of another country --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # the last of a list of Syrian towns
        "وخرج المقاتلون من الرحيبة وجيرود والناصرية صباح السبت.",
        # named twice: the second mention is no evidence for Iraq
        "خرجوا من الرحيبة وبلدتي الناصرية وجيرود. وتم الاتفاق في الرحيبة وجيرود والناصرية.",
    ],
)
def test_list_closing_namesake(text: str) -> None:
    assert "gpe:nasiriyah" not in _link(text)


@pytest.mark.parametrize(
    "text",
    [
        # Iraq named: the city keeps its link
        "وخرج المتظاهرون في الناصرية جنوب العراق. وزار الوزير الرحيبة وجيرود والناصرية.",
        # a list of its own country's places
        "وزار الوزير البصرة والعمارة والناصرية.",
    ],
)
def test_city_in_its_own_country(text: str) -> None:
    assert "gpe:nasiriyah" in _link(text)


# --- KB data ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, entity",
    [
        ("وتحدث الوزير إلى نظيره الفرنسي جان إيف لو دريان.", "per:jean-yves-le-drian"),
        # (the one-word «تيفور» is a short place alias: it needs NER's support)
        ("وحول الهجوم على مطار تيفور قال الوزير إن الأنباء متضاربة.", "fac:tiyas-air-base"),
        ("وأبحرت المدمرة من مرفأ لارنكا في قبرص.", "gpe:larnaca"),
        ("وزار الفنان محافظة القنفذة الأسبوع الماضي.", "gpe:al-qunfudhah"),
        ("وبثت قناة أبوظبي الحلقة أمس.", "org:abu-dhabi-tv"),
        ("وأصدرت الوكالة الأوروبية لسلامة الطيران تحذيرا.", "org:easa"),
        ("وقال اتحاد منظمات الإغاثة والرعاية الطبية إن القتلى كثر.", "org:uossm"),
    ],
)
def test_kb_names(text: str, entity: str) -> None:
    assert entity in _link(text)


@pytest.mark.parametrize(
    "text, entity",
    [
        # the sports channel keeps its own entry
        ("ونقلت قناة أبوظبي الرياضية المباراة.", "org:abu-dhabi-tv"),
        # the emirate alone is no channel
        ("ووصل الوفد إلى أبوظبي مساء أمس.", "org:abu-dhabi-tv"),
    ],
)
def test_no_link_without_the_name(text: str, entity: str) -> None:
    assert entity not in _link(text)


# --- the set's floor ----------------------------------------------------------------------------


@pytest.mark.slow
def test_analyst_set_18_floor() -> None:
    """Set 18 scored 130/143 before this pass (128/143 as first labelled; the Aleppo and Idlib
    rows then accepted the governorates «محافظة حلب/إدلب» name) and 132/143 after it: Le Drian
    («جان إيف لو دريان») and the Tiyas air base («تيفور») gained. Larnaca, Al Qunfudhah, Abu
    Dhabi TV, EASA and the UOSSM, labelled new, are now KB entries (found, but the scorer counts
    them as misses); the Qalamoun «الناصرية» is no longer linked as the Iraqi city (a wrong link
    before, no link now)."""
    result = load_script("evaluate_links").analyst_recall(GOLD)
    assert result["entities"] == 143 and result["found"] >= 132
