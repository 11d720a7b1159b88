"""Linking, analyst set 13 pass (issue #15, after tests/gold/analyst_recall13.jsonl): a place
named by a compound given name («صلاح الدين») read as the man before a surname («صلاح الدين
الأيوبي»), the people that rule and set 12's take from a town made new persons, and the KB's
new places and names (Hammouriyeh and Jisreen in Eastern Ghouta, Suruç, Liège, Las Vegas, the
Soviet Union, Saudi Arabia's Council of Economic and Development Affairs, «موغريني» and «ذي
تايمز»). Sentences written for the tests (none from an analyst set or an audit), shipped KB,
NER spans only where given; the set's own floor is scored on the shared articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import link_with_ner as _link
from conftest import load_script

GOLD = Path(__file__).parent / "gold" / "analyst_recall13.jsonl"
SALAH_AL_DIN = "gpe:iraq-salah-al-din-governorate"


# --- a compound given name before a surname is the man ----------------------------------------


@pytest.mark.parametrize(
    "text, person",
    [
        ("وأنهت قوات صلاح الدين الأيوبي حصارها للمدينة.", "صلاح الدين الأيوبي"),
        ("وقال المحامي صلاح الدين الجورشي إن القضية سياسية.", "صلاح الدين الجورشي"),
    ],
)
def test_a_compound_given_name_before_a_surname_is_the_man(text: str, person: str) -> None:
    found = _link(text)
    assert SALAH_AL_DIN not in found
    assert [person] in [m for e, m in found.items() if e.startswith("per:")]


def test_a_one_word_given_name_before_a_surname_is_a_person_too() -> None:
    """Set 12's town-named people («جاسم الكعبي») are new persons; a longer name, going on
    («جاسم محمود علوان») or begun before («محمد جاسم الظفيري»), is left to NER."""
    assert ["جاسم الكعبي"] in _link("وأكد جاسم الكعبي أن التغيير صعب.").values()
    assert _link("كما قال جاسم محمود علوان إن الأزمة مستمرة.") == {}
    assert _link("وعرف المسلح محمد جاسم الظفيري باسم آخر.") == {}


@pytest.mark.parametrize(
    "text",
    [
        "وقصفت الطائرات محافظة صلاح الدين الأسبوع الماضي.",
        "وسيطرت القوات على صلاح الدين الشهر الماضي.",
        "وشهدت صلاح الدين العراقية معارك عنيفة.",
        "ونزح الآلاف من صلاح الدين والأنبار.",
    ],
)
def test_the_governorate_keeps_its_link(text: str) -> None:
    assert SALAH_AL_DIN in _link(text)


# --- KB names -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, entity",
    [
        ("ودخلت قوات النظام بلدة حمورية في الغوطة الشرقية.", "gpe:hammouriyeh"),
        ("وسيطر الجيش على مزارع في ضواحي بلدة جسرين.", "gpe:jisreen"),
        ("وقتل 32 شخصا في تفجير بلدة سروج التركية.", "gpe:suruc"),
        ("وهاجم مسلح الشرطة في مدينة لييج البلجيكية.", "gpe:liege"),
        ("وقتل 58 شخصا في حادث إطلاق نار في لاس فيغاس.", "gpe:las-vegas"),
        ("وانهار الاتحاد السوفيتي عام 1991.", "gpe:soviet-union"),
        ("وقالت فيدريكا موغريني إن الاتحاد سيبقى في الاتفاق.", "per:federica-mogherini"),
        ("وكتبت صحيفة ذي تايمز أن القرار مخاطرة.", "org:the-times"),
        (
            "واطلع مجلس الشؤون الاقتصادية والتنمية على رؤى الاستثمار.",
            "org:saudi-council-of-economic-and-development-affairs",
        ),
    ],
)
def test_kb_names(text: str, entity: str) -> None:
    assert entity in _link(text)


def test_two_bridges_are_no_town() -> None:
    """«جسرين» is also the dual of «جسر»: the town needs a place head or a NER place."""
    assert "gpe:jisreen" not in _link("وقصفت الطائرات جسرين استراتيجيين على النهر.")


# --- the set's floor ----------------------------------------------------------------------------


@pytest.mark.slow
def test_analyst_set_13_floor() -> None:
    """Set 13 scored 116/135 before this pass (the fair figure) and 116/135 after it: Mogherini,
    The Times and Saladin gained, and Liège, Hammouriyeh and Suruç, labelled new and found by
    NER before, now the KB entries this pass added, which the scorer counts as misses."""
    result = load_script("evaluate_links").analyst_recall(GOLD)
    assert result["entities"] == 135 and result["found"] >= 116
