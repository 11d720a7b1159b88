"""Linking, analyst set 25 pass (issue #15, after tests/gold/analyst_recall25.jsonl): a body's
head noun in the dual heads two quoted names («قناتي "العربية" و"الحدث"»); KB
spellings the press uses that the KB lacked (UNRWA as «أونروا» with no article and as AFP's
«وكالة الأمم المتحدة لغوث وتشغيل اللاجئين», River Plate written as one word «ريفربليت») and
an entry for the Saudi governorate of al-Tuwal, whose name is also an everyday plural
(«السنوات الطوال»), so it is marked ambiguous and needs a head noun. Sentences written for the
tests (none from an analyst set or an audit), shipped KB, NER spans only where given; the set's
own floor is scored on the shared articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import link_with_ner as _link
from conftest import load_script

GOLD = Path(__file__).parent / "gold" / "analyst_recall25.jsonl"


# --- a dual head before two quoted names ------------------------------------------------------


@pytest.mark.parametrize(
    "text, entities",
    [
        (
            'وأكدت مراسلة قناتي "العربية" و"الحدث" أن الصوت ناجم عن اختراق.',
            {"org:al-arabiya", "org:al-hadath"},
        ),
        ('وقال مسؤولو حركتي "فتح" و"حماس" إن الحوار مستمر.', {"org:fatah", "org:hamas"}),
    ],
)
def test_dual_head_before_two_quoted_names(text: str, entities: set[str]) -> None:
    assert entities <= set(_link(text))


def test_quoted_names_without_a_head_stay_unlinked() -> None:
    assert not _link('وتابع المشاهدون "العربية" و"الحدث" أمس.')


def test_dual_head_links_only_a_kb_name() -> None:
    """The second quoted word makes no KB name with the singular head: it stays a word."""
    assert set(_link('وأكدت قناتي "العربية" و"الجيش" الخبر.')) == {"org:al-arabiya"}


# --- KB spellings -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, entity",
    [
        ("وأبدت وكالة الأمم المتحدة لغوث وتشغيل اللاجئين قلقها من الوضع.", "org:unrwa"),
        ("وقالت وكالة الأمم المتحدة لغوث وتشغيل اللاجئين الفلسطينيين إنها أغلقت.", "org:unrwa"),
        ("وقالت إدارة ريفربليت إن اللاعب مصاب.", "club:river-plate"),
    ],
)
def test_kb_spellings(text: str, entity: str) -> None:
    assert entity in _link(text)


def test_unrwa_without_article_on_an_ner_span() -> None:
    text = "وقال المتحدث باسم أونروا إن النزوح مستمر."
    assert "org:unrwa" in _link(text, {"أونروا": "ORG"})


# --- al-Tuwal: a place name that is also an everyday plural -------------------------------------


def test_tuwal_after_a_place_head() -> None:
    assert "gpe:al-tuwal" in _link("وصلى المشيعون بالجامع الكبير بمحافظة الطوال أمس.")


@pytest.mark.parametrize(
    "text",
    [
        "وعانى السكان خلال السنوات الطوال الماضية من الحصار.",
        "وانتظروا الساعات الطوال أمام المخبز.",
    ],
)
def test_tuwal_as_an_adjective_is_no_place(text: str) -> None:
    assert "gpe:al-tuwal" not in _link(text)


# --- the set's floor ----------------------------------------------------------------------------


@pytest.mark.slow
def test_analyst_set_25_floor() -> None:
    """Set 25 scored 87/108 before any change and 92/108 after this pass: Al Arabiya and Al
    Hadath («قناتي "العربية" و"الحدث"»), UNRWA («أونروا»), River Plate («ريفربليت») and
    al-Tuwal hospital (a new FAC once «الطوال» is a KB place) gained. Al-Tuwal itself,
    labelled `new`, is now linked to its new KB entry, which the fixed labels do not count."""
    result = load_script("evaluate_links").analyst_recall(GOLD)
    assert result["entities"] == 108 and result["found"] >= 92
