"""Linking, analyst set 17 pass (issue #15, after tests/gold/analyst_recall17.jsonl): a surname
right after another common given name that NER left untagged is that other person's name, not
the short form (or one-word alias) of a KB person with the surname («مع نور التميمي» after «عهد
التميمي»); the KB's spelling variants («مكتب المفوض السامي لحقوق الإنسان», «الواتساب») and its
new names (Sharia4Belgium, the US National Security Council, Skype, Antwerp). Sentences written
for the tests (none from an analyst set or an audit), shipped KB, NER spans only where given;
the set's own floor is scored on the shared articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import link_with_ner as _link
from conftest import load_script

GOLD = Path(__file__).parent / "gold" / "analyst_recall17.jsonl"


# --- another given name before a known surname --------------------------------------------------


@pytest.mark.parametrize(
    "text, entity, mentions",
    [
        # the cousin: a common given name opens the surname, no NER span there
        (
            "أفرجت السلطات عن الناشطة عهد التميمي. وظهرت عهد مع نور التميمي في الشريط.",
            "per:ahed-tamimi",
            ["عهد التميمي"],
        ),
        # another given name of the band, later in the article
        (
            "أفرجت السلطات عن الناشطة عهد التميمي. وقال ناصر التميمي إن ابنته بخير.",
            "per:ahed-tamimi",
            ["عهد التميمي"],
        ),
    ],
)
def test_given_name_makes_another_person(text: str, entity: str, mentions: list[str]) -> None:
    assert _link(text)[entity] == mentions


@pytest.mark.parametrize(
    "text, entity, mention",
    [
        # a verb, not a given name, before the surname: still the person
        (
            "وقال الرئيس بشار الأسد إن الحرب انتهت. ورد الأسد على الصحفيين.",
            "per:bashar-al-assad",
            "الأسد",
        ),
        # the short form alone
        (
            "أفرجت السلطات عن الناشطة عهد التميمي. وقالت التميمي إنها بخير.",
            "per:ahed-tamimi",
            "التميمي",
        ),
        # a one-word KB alias outweighs a word the given-name band shares with Arabic
        ("وقال روحاني: يا سيد ترامب لا تعبث بذيل الأسد.", "per:donald-trump", "ترامب"),
    ],
)
def test_surname_still_the_person(text: str, entity: str, mention: str) -> None:
    assert mention in _link(text)[entity]


# --- KB data ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, entity",
    [
        ("وأعرب مكتب المفوض السامي لحقوق الإنسان عن قلقه.", "org:ohchr"),
        ("وانتشرت الرسائل عبر الواتساب بين الناخبين.", "company:whatsapp"),
        ("وحظرت السلطات جماعة الشريعة في بلجيكا عام 2012.", "org:sharia4belgium"),
        ("وبحث مجلس الأمن القومي الأميركي الخيارات العسكرية.", "org:us-national-security-council"),
        ("وكانت السيدة على اتصال بزوجها عبر سكايب.", "company:skype"),
        ("وأصدرت محكمة في أنتويرب حكما بالسجن.", "gpe:antwerp"),
    ],
)
def test_kb_names(text: str, entity: str) -> None:
    assert entity in _link(text)


@pytest.mark.parametrize(
    "text, entity",
    [
        # another state's security council
        ("واجتمع مجلس الأمن القومي التركي في أنقرة.", "org:us-national-security-council"),
        # sharia as law, not the Belgian group
        ("وطالبت الجماعة بتطبيق الشريعة في البلاد.", "org:sharia4belgium"),
    ],
)
def test_no_link_without_the_name(text: str, entity: str) -> None:
    assert entity not in _link(text)


# --- the set's floor ----------------------------------------------------------------------------


@pytest.mark.slow
def test_analyst_set_17_floor() -> None:
    """Set 17 scored 114/132 before this pass (the fair figure) and 115/132 after it: the OHCHR
    («مكتب المفوض السامي») and WhatsApp («الواتساب») gained; Antwerp, found by NER as a new
    place before, is now a KB entry, like Skype, Sharia4Belgium and the US National Security
    Council, labelled new (found, but the scorer counts them as misses); Nour Tamimi is no
    longer linked as Ahed Tamimi (a wrong link before, no link now)."""
    result = load_script("evaluate_links").analyst_recall(GOLD)
    assert result["entities"] == 132 and result["found"] >= 115
