"""Linking, analyst set 21 pass (issue #15, after tests/gold/analyst_recall21.jsonl): a given name
joined by «و» to a KB person's full name shares the surname («فيدل وراؤول كاسترو»); «المنطقة
الشرقية», «الجوف» and «الحدود الشمالية» are Saudi regions only in a Saudi story (context
aliases), and a state's nisba right after a context alias names that state's own body; KB
entries for the Saudi and Kuwaiti interior ministries, Latin America, Karlsruhe, al-Dalwah,
al-Qudaih, the Saudi Special Emergency Forces and meteorology authority, and Kan's «هيئة
الإذاعة الإسرائيلية». Sentences written for the tests (none from an analyst set or an audit),
shipped KB, NER spans only where given; the set's own floor is scored on the shared articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import link_with_ner as _link
from conftest import load_script

GOLD = Path(__file__).parent / "gold" / "analyst_recall21.jsonl"


# --- a given name before «و» and a KB full name --------------------------------------------------


@pytest.mark.parametrize(
    "text, entity",
    [
        ("وحكم الأخوان فيدل وراؤول كاسترو الجزيرة ستين عاما.", "per:fidel-castro"),
        ("وتقاسم الشقيقان ماهر وبشار الأسد السلطة.", "per:maher-al-assad"),
    ],
)
def test_given_name_shares_the_surname(text: str, entity: str) -> None:
    assert entity in _link(text)


@pytest.mark.parametrize(
    "text",
    [
        # no «عمر كاسترو» in the KB: the first name is nobody the KB knows
        "والتقى عمر وراؤول كاسترو أمس في هافانا.",
        # a place before «و» is no given name
        "وزار كوبا وراؤول كاسترو هناك.",
    ],
)
def test_no_shared_surname_without_a_kb_name(text: str) -> None:
    found = _link(text)
    assert "per:raul-castro" in found
    assert not [e for e in found if e.startswith("per:") and e != "per:raul-castro"]


# --- names the article's country decides ----------------------------------------------------------


@pytest.mark.parametrize(
    "text, entity",
    [
        ("وهطلت أمطار على المنطقة الشرقية والرياض.", "gpe:saudi-eastern-province"),
        ("وتنخفض درجات الحرارة على الجوف وتبوك والرياض.", "gpe:saudi-al-jawf-region"),
        (
            "وتشتد الاشتباكات في الجوف ومأرب بين الحوثيين والجيش اليمني.",
            "gpe:yemen-al-jawf-governorate",
        ),
    ],
)
def test_bare_name_by_the_article(text: str, entity: str) -> None:
    assert entity in _link(text)


@pytest.mark.parametrize(
    "text, wrong",
    [
        # no country named: nothing to decide by
        ("وهطلت أمطار على المنطقة الشرقية أمس.", "gpe:saudi-eastern-province"),
        # Syria's eastern region is no Saudi province
        ("وتقدمت القوات في المنطقة الشرقية من دير الزور.", "gpe:saudi-eastern-province"),
        # a Yemen story's «الجوف» is not the Saudi region
        ("وتشتد الاشتباكات في الجوف ومأرب بين الحوثيين والجيش اليمني.", "gpe:saudi-al-jawf-region"),
    ],
)
def test_bare_name_without_its_country(text: str, wrong: str) -> None:
    assert not [e for e in _link(text) if wrong in e]


def test_nisba_after_the_bare_name_names_its_state() -> None:
    """«الجيش الوطني الصومالي» is Somalia's army (no KB entry), not the Libyan National Army,
    even in a story that names Tripoli and Benghazi."""
    found = _link(
        "وقال الجيش الوطني الصومالي إن قواته تقدمت نحو مقديشو بعد محادثات في طرابلس وبنغازي."
    )
    assert "gpe:somalia" in found and "org:libyan-national-army" not in found


# --- KB data ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, entity",
    [
        ("ونقلت هيئة الإذاعة الإسرائيلية عن مصادر أن الجلسة تأجلت.", "org:kan-broadcasting"),
        ("وأقيم المعرض في مدينة كارلسروه الألمانية.", "gpe:karlsruhe"),
        ("وشاركت قوات الطوارئ الخاصة في التمرين.", "org:saudi-special-emergency-forces"),
        ("وأعلنت وزارة الداخلية السعودية ضبط الخلية.", "org:saudi-interior-ministry"),
        ("وقالت وزارة الداخلية الكويتية إن المتهمين اعترفوا.", "org:kuwaiti-interior-ministry"),
        ("وتوقعت الرئاسة العامة للأرصاد وحماية البيئة أمطارا رعدية.", "org:saudi-gamep"),
        ("واستهدف الهجوم المصلين في قرية الدالوة بالأحساء.", "gpe:al-dalwah"),
        ("وشيع أهالي بلدة القديح الضحايا.", "gpe:al-qudaih"),
        ("وتنخفض الحرارة في منطقة الحدود الشمالية.", "gpe:saudi-northern-borders-region"),
    ],
)
def test_kb_names(text: str, entity: str) -> None:
    assert entity in _link(text)


def test_latin_america_is_no_united_states() -> None:
    """«أمريكا» alone is the United States; inside «أمريكا اللاتينية» the longer name wins."""
    found = _link("وأثارت الانتخابات في أمريكا اللاتينية اهتمام المراقبين.")
    assert "loc:latin-america" in found and "gpe:united-states" not in found


# --- the set's floor ----------------------------------------------------------------------------


@pytest.mark.slow
def test_analyst_set_21_floor() -> None:
    """Set 21 scored 112/134 at first, 114/134 once «منطقة دوما» and «منطقة عفرين» accepted
    the district (set 19's rule), and 115/134 after this pass: Kan and Fidel Castro gained, the
    Kuwaiti interior ministry (labelled new, found by NER before) is now a KB entry the scorer
    counts as a miss. Al-Dalwah, al-Qudaih, Karlsruhe, Latin America, the Eastern Province,
    Al-Jawf, the Northern Borders, the Special Emergency Forces and the meteorology authority,
    labelled new, are now linked to KB entries (found, but the scorer
    counts them as misses)."""
    result = load_script("evaluate_links").analyst_recall(GOLD)
    assert result["entities"] == 134 and result["found"] >= 115
