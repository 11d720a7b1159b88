"""Linking, analyst set 27 pass (issue #15, after tests/gold/analyst_recall27.jsonl): the Saudi
press calls its country «بلاد الحرمين» («the land of the two holy mosques»), a form the KB
lacked; the Saudi meteorology authority is named in lists without its head
(«والأرصاد وحماية البيئة»); BP is written «بريتش بتروليم» as often as «بريتش بتروليوم».
«روم» was an alias of Rome, but in the news it is «كروم» cut by the clitic rule, the Rhum gas
field or a line of poetry on the Byzantines, never the city: it is dropped. Yemeni places of
the front-line reports the KB lacked: the Hajjah governorate and the Harad, Abs, al-Jarrahi,
Bayt al-Faqih and al-Husayniyah districts; each but Bayt al-Faqih is also an everyday word
(«بحجة» "under the pretext", «حرض» "incited", «عبس» "frowned", «الجراحي» "surgical",
«الحسينية» a Shia hall) and is marked ambiguous, so it needs a place head or a NER place.
Sudan's intelligence service is added under its full names.
Sentences written for the tests (none from an analyst set or an audit), shipped KB; the set's
own floor is scored on the shared articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import link_with_ner as _link
from conftest import load_script

GOLD = Path(__file__).parent / "gold" / "analyst_recall27.jsonl"


# --- names the KB lacked -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, entity",
    [
        ("وزار الوزير بلاد الحرمين الشريفين الشهر الماضي.", "gpe:saudi-arabia"),
        ("ويهاجم الكاتب بلاد الحرمين في كل مقال.", "gpe:saudi-arabia"),
        ("وحذرت الأرصاد وحماية البيئة من موجة غبار.", "org:saudi-gamep"),
        ("وأعدت الدراسة وزارات الشؤون البلدية والزراعة والأرصاد وحماية البيئة.", "org:saudi-gamep"),
        ("ووقعت شركة بريتش بتروليم عقدا جديدا في العراق.", "company:bp"),
        ("وأعلن جهاز الأمن والمخابرات الوطني توقيف خلية في الخرطوم.", "org:sudan-niss"),
        ("وتسلم جهاز الأمن والمخابرات السوداني عشرة عائدين من ليبيا.", "org:sudan-niss"),
    ],
)
def test_names_the_kb_lacked(text: str, entity: str) -> None:
    assert entity in _link(text)


@pytest.mark.parametrize(
    "text",
    [
        "يقول الشاعر: فسوى الروم خلف ظهرك روم.",
        "وسقطت قذائف قرب تل كروم جبا في القنيطرة.",
        "ووقعت الشركة عقدا للتنقيب في حقل روم للغاز.",
    ],
)
def test_rum_is_no_rome(text: str) -> None:
    assert "gpe:rome" not in _link(text)


# --- Yemeni governorate and districts ----------------------------------------------------------


@pytest.mark.parametrize(
    "text, entity",
    [
        ("وشنت المقاتلات غارات على مواقع في محافظة حجة الحدودية.", "gpe:hajjah"),
        ("وسقط قتلى في محافظة حجه شمال غربي اليمن.", "gpe:hajjah"),
        ("واحتدمت المعارك في مديرية حرض الحدودية.", "gpe:harad"),
        ("وقصفت الطائرات تجمعات في مديرية عبس.", "gpe:abs-yemen"),
        ("وتقدمت القوات في مديرية الجراحي جنوب الحديدة.", "gpe:al-jarrahi"),
        ("ووصلت التعزيزات إلى بيت الفقيه في الحديدة.", "gpe:bayt-al-faqih"),
        ("وتقدمت القوات في مديرية الحسينية شمال الحديدة.", "gpe:al-husayniyah-yemen"),
    ],
)
def test_yemeni_places(text: str, entity: str) -> None:
    assert entity in _link(text)


@pytest.mark.parametrize(
    "text, entity",
    [
        ("واعتقلت الميليشيا عشرات المدنيين بحجة التعاون مع التحالف.", "gpe:hajjah"),
        ("وحرض الخطيب أنصاره على العنف.", "gpe:harad"),
        ("وعبس الرجل في وجه الصحفي.", "gpe:abs-yemen"),
        ("وقرأ الإمام سورة عبس في الصلاة.", "gpe:abs-yemen"),
        ("وأجرى الفريق الجراحي العملية بنجاح.", "gpe:al-jarrahi"),
        ("وأقيم مجلس العزاء في الحسينية الكبرى.", "gpe:al-husayniyah-yemen"),
    ],
)
def test_everyday_words_are_no_yemeni_place(text: str, entity: str) -> None:
    assert entity not in _link(text)


# --- the set's floor ----------------------------------------------------------------------------


@pytest.mark.slow
def test_analyst_set_27_floor() -> None:
    """Set 27 scored 84/105 before any change (the same on the first labels, where BP was
    `new`) and 88/105 after this pass: Saudi Arabia as «بلاد الحرمين», BP as «بريتش بتروليم»,
    the meteorology authority inside a list of ministries, the Rhum gas field and the Abs
    hospital gained; Bayt al-Faqih, labelled `new`, now links to its KB entry and counts as a
    miss (the scorer keeps the labels of the time of labelling)."""
    result = load_script("evaluate_links").analyst_recall(GOLD)
    assert result["entities"] == 105 and result["found"] >= 88
