"""Linking, analyst set 29 pass (issue #15, after tests/gold/analyst_recall29.jsonl): a paper or
channel whose bare name is also a word («تايم» time, «المنار» the lighthouse) counts when its
country's nisba follows it («تايم الأمريكية»), as the press names foreign outlets, and not inside
a longer NER organisation name («ريتشموند تايم ديسباتش»). Places and bodies the KB lacked:
Yemen's remaining governorates (al-Mahrah, al-Bayda, Ibb, Raymah, al-Mahwit, Socotra; «البيضاء»
white and «إب» are stoplisted, and bare «المهرة», also the skilled ones, needs a head or NER),
the Volga, the Don and the Volga-Don canal, and the Russian navy and its fleets («أسطول قزوين» is
the Caspian flotilla, not the Iranian city of Qazvin). Sentences written for the tests (none
from an analyst set or an audit), shipped KB; the set's own floor is scored on the shared
articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import link_with_ner as _link
from conftest import load_script

GOLD = Path(__file__).parent / "gold" / "analyst_recall29.jsonl"


# --- names the KB lacked -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, entity",
    [
        ("وحاول الخروج عبر منفذ بمحافظة المهرة شرقي اليمن.", "gpe:al-mahrah-governorate"),
        ("وقتل جنديان في محافظة البيضاء وسط اليمن.", "gpe:al-bayda-governorate"),
        ("ووصلت المساعدات إلى محافظة إب أمس.", "gpe:ibb-governorate"),
        ("وزار الوفد جزيرة سقطرى في بحر العرب.", "gpe:socotra"),
        ("وعبرت السفن نهر الفولغا ثم قناة فولغا-دون.", "loc:volga"),
        ("وعبرت السفن نهر الفولغا ثم قناة فولغا-دون.", "fac:volga-don-canal"),
        ("وشاركت سفن أسطول قزوين في المناورات.", "org:russian-caspian-flotilla"),
        ("وقال قائد القوات البحرية الروسية إن السفن وصلت.", "org:russian-navy"),
    ],
)
def test_names_the_kb_lacked(text: str, entity: str) -> None:
    assert entity in _link(text)


@pytest.mark.parametrize(
    "text, word",
    [
        # «المهرة» the skilled ones, «البيضاء» white: words, with no head and no NER name
        ("ويحتاج المصنع إلى العمال المهرة في اليمن.", "المهرة"),
        ("وارتدى المتظاهرون القبعات البيضاء في صنعاء.", "البيضاء"),
        # «قزوين» inside the flotilla's name is not Qazvin
        ("وشاركت سفن أسطول قزوين في المناورات.", "قزوين"),
    ],
)
def test_words_stay_words(text: str, word: str) -> None:
    found = _link(text)
    assert not any(word in mentions for mentions in found.values())
    assert "gpe:qazvin" not in found


# --- a paper's bare name with its country's nisba ------------------------------------------------


@pytest.mark.parametrize(
    "text, entity",
    [
        ("وقال في مقابلة مع تايم الأمريكية إن الحرب لن تقع.", "org:time-magazine"),
        ("وقالت المنار اللبنانية إن الهجوم فشل.", "org:al-manar"),
    ],
)
def test_outlet_with_its_countrys_nisba(text: str, entity: str) -> None:
    assert entity in _link(text)


@pytest.mark.parametrize(
    "text, entity",
    [
        # the word, no nisba
        ("وبث البرنامج في وقت البرايم تايم على القناة.", "org:time-magazine"),
        # a nisba of another country: the outlet is not named
        ("وقال في مقابلة مع تايم الفرنسية إن الحرب لن تقع.", "org:time-magazine"),
        ("وأضاءت المنار المصرية الميناء.", "org:al-manar"),
        # another paper's name, tagged whole by NER
        ("وقالت صحيفة ريتشموند تايم ديسباتش الأمريكية إن الشرطة تحقق.", "org:time-magazine"),
    ],
)
def test_no_outlet_without_its_countrys_nisba(text: str, entity: str) -> None:
    assert entity not in _link(text)


# --- the set's floor ----------------------------------------------------------------------------


@pytest.mark.slow
def test_analyst_set_29_floor() -> None:
    """Set 29 scored 96/110 before any change, 97/110 once «منطقة دير الزور» (the district) was
    accepted for Deir ez-Zor, and 97/110 after this pass: Time as «تايم الامريكية» gained; the
    Russian navy, labelled `new` and found by NER before, now links to its new KB entry and
    counts as a miss, as do al-Mahrah, the fleets, the rivers and the canal (the scorer keeps
    the labels of the time of labelling)."""
    result = load_script("evaluate_links").analyst_recall(GOLD)
    assert result["entities"] == 110 and result["found"] >= 97
