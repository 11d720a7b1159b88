"""Linking, analyst set 14 pass (issue #15, after tests/gold/analyst_recall14.jsonl): a hyphen
between a transcribed name's syllables («كيم جونغ-أون»), a father's name between given and
family name («خالد بن محمد العطية»), a one-word person alias that opens another man's name
(«رينارد ستامب»), a short city after a noun of taking or striking it in an article that names
its country («تحرير عدن», «هجمات نيس»), a state's own «مجلس الأمن الوطني», and the KB's new
names (Eastern Ghouta towns, Nice, the Haqqani network, «هيبة الله اخند زاده», «ترامب
جونيور»). Sentences written for the tests (none from an analyst set or an audit), shipped KB,
NER spans only where given; the set's own floor is scored on the shared articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import link_with_ner as _link
from conftest import load_script

GOLD = Path(__file__).parent / "gold" / "analyst_recall14.jsonl"


# --- a hyphen inside a transcribed name ---------------------------------------------------------


def test_a_hyphenated_name_is_the_name() -> None:
    found = _link("وقال إنه سيقابل كيم جونغ-أون في بيونغيانغ الشهر المقبل.")
    assert found.get("per:kim-jong-un") == ["كيم جونغ-أون"]


def test_a_hyphen_makes_no_name_of_words() -> None:
    """Only a KB name written with a hyphen for its space links; a number or a hyphenated
    syllable alone does not."""
    assert _link("وقال إن جونغ-أون سوف يحقق النصر.") == {}
    assert "per:kim-jong-un" not in _link("واستخدم البولونيوم-210 في الهجوم.")


# --- a father's name between given and family name -----------------------------------------------


@pytest.mark.parametrize(
    "text, name, entity",
    [
        (
            "وحضر الاجتماع الدكتور خالد بن محمد العطية أمس.",
            "خالد بن محمد العطية",
            "per:khalid-al-attiyah",
        ),
        ("ورأس الوفد عادل بن أحمد الجبير.", "عادل بن أحمد الجبير", "per:adel-al-jubeir"),
    ],
)
def test_a_name_without_its_father_is_the_kb_man(text: str, name: str, entity: str) -> None:
    assert _link(text, {name: "PER"}).get(entity) == [name]


@pytest.mark.parametrize(
    "text, name",
    [
        # no KB man «عبدالله الربيعة»: not King Abdullah either
        ("وحضر عبدالله بن عبدالعزيز الربيعة الاجتماع.", "عبدالله بن عبدالعزيز الربيعة"),
        # ends in a father's name, no family name: no cut
        ("وقال سعد بن متعب بن عبدالله بن عبدالعزيز إن.", "سعد بن متعب بن عبدالله بن عبدالعزيز"),
    ],
)
def test_no_cut_where_no_family_name_links(text: str, name: str) -> None:
    found = _link(text, {name: "PER"})
    assert [e for e in found if e.startswith("per:") and not e.startswith("per:x-")] == []


# --- a person alias that opens another man's name ------------------------------------------------


def test_a_surname_alias_opening_a_longer_name_is_another_man() -> None:
    found = _link("وترك الاختيار لمدرب الفريق رينارد ستامب لدعم صفوفه.", {"رينارد ستامب": "PER"})
    assert "per:herve-renard" not in found
    assert ["رينارد ستامب"] in found.values()


@pytest.mark.parametrize(
    "text, phrase, entity",
    [
        ("وقال رينارد إن المنتخب جاهز.", "رينارد", "per:herve-renard"),
        # a word NER ran on into (a known word with its «و») is no given name
        ("وقال كيري ووزراء الخارجية إن الاتفاق صامد.", "كيري ووزراء", "per:john-kerry"),
    ],
)
def test_the_alias_alone_keeps_its_link(text: str, phrase: str, entity: str) -> None:
    assert entity in _link(text, {phrase: "PER"})


# --- a short city after a noun of taking or striking it ------------------------------------------


@pytest.mark.parametrize(
    "text, entity",
    [
        ("وبحث الوزراء الأزمة في اليمن وتحرير عدن من أيدي الحوثيين.", "gpe:aden"),
        ("وتبنى التنظيم لهجمات نيس العام 2016 في فرنسا.", "gpe:nice"),
    ],
)
def test_a_short_city_after_an_event_noun(text: str, entity: str) -> None:
    assert entity in _link(text)


@pytest.mark.parametrize(
    "text, entity",
    [
        # no country named: the noun alone is no evidence
        ("وتحدث عن تحرير عدن من أيدي المسلحين.", "gpe:aden"),
        # a definite noun after it: «مشهد» is the scene in construct
        ("وقال المخرج إن تحرير مشهد الفيلم في إيران استغرق شهرا.", "gpe:mashhad"),
    ],
)
def test_no_city_without_its_country_or_in_construct(text: str, entity: str) -> None:
    assert entity not in _link(text)


# --- a state's own security council -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "وتترأس تيريزا ماي اجتماعا لمجلس الأمن الوطني لبحث القضية.",
        "وقال مستشار مجلس الأمن القومي الأمريكي إن.",
    ],
)
def test_a_national_security_council_is_not_the_uns(text: str) -> None:
    assert "org:un-security-council" not in _link(text)


@pytest.mark.parametrize(
    "text", ["ودعا مجلس الأمن إلى وقف النار.", "وأصدر مجلس الأمن الدولي القرار."]
)
def test_the_un_security_council_keeps_its_link(text: str) -> None:
    assert "org:un-security-council" in _link(text)


# --- KB names -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, entity",
    [
        ("ونزح المدنيون من بلدة مسرابا إلى دوما.", "gpe:mesraba"),
        ("وسيطرت القوات على بلدات أوتايا وحزرما والشيفونية.", "gpe:otaya"),
        ("وسيطرت القوات على بلدات أوتايا وحزرما والشيفونية.", "gpe:hazrama"),
        ("وسيطرت القوات على بلدات أوتايا وحزرما والشيفونية.", "gpe:al-shifuniyah"),
        ("وفر المدنيون من بلدة بيت سوى.", "gpe:beit-sawa"),
        ("وتتهم واشنطن شبكة حقاني بهجمات في كابول.", "org:haqqani-network"),
        ("وعين الملا هيبة الله اخند زاده زعيما للحركة.", "per:hibatullah-akhundzada"),
        ("ورد ترامب جونيور على الانتقادات.", "per:donald-trump-jr"),
    ],
)
def test_kb_names(text: str, entity: str) -> None:
    assert entity in _link(text)


def test_the_network_is_no_haqqani_man() -> None:
    found = _link("وسراج الدين حقاني زعيم شبكة حقاني.", {"سراج الدين حقاني": "PER"})
    assert found.get("per:sirajuddin-haqqani") == ["سراج الدين حقاني"]
    assert found.get("org:haqqani-network") == ["شبكة حقاني"]


# --- the set's floor ----------------------------------------------------------------------------


@pytest.mark.slow
def test_analyst_set_14_floor() -> None:
    """Set 14 scored 110/132 before this pass (the fair figure) and 114/132 after it: Kim
    Jong-un, Khalid Al Attiyah, Hibatullah Akhundzada and Aden gained; Otaya, Hazrama, Mesraba,
    al-Shifuniyah, Nice and the Haqqani network, labelled new, are now KB entries (found, but
    the scorer counts them as misses), and Beit Sawa, labelled new and found by NER before, too."""
    result = load_script("evaluate_links").analyst_recall(GOLD)
    assert result["entities"] == 132 and result["found"] >= 114
