"""Linking, analyst set 26 pass (issue #15, after tests/gold/analyst_recall26.jsonl): the
Yemeni press names Ali Abdullah Saleh by the epithet «المخلوع» before his surname («فلول
المخلوع صالح», «قوات المخلوع علي صالح»), a form the KB lacked; the bare surname «صالح» is an
everyday given name and stays unlinked. The Lebanese town of Ghazieh («الغازية») is also the
everyday adjective «invading, gaseous» («القوات الغازية», «محطة مأرب الغازية», «المشروبات
الغازية»), so it is marked ambiguous and needs a head noun or its country's context. Yemeni
districts and a port town the front-line reports name again and again and the KB lacked
(al-Mokha, al-Durayhimi, at-Tuhayta, Kitaf, al-Malajim, Hays, Sirwah), each with its
«مديرية» form; Hays, also a dish, is marked ambiguous.
Sentences written for the tests (none from an analyst set or an audit), shipped KB; the set's
own floor is scored on the shared articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import link_with_ner as _link
from conftest import load_script

GOLD = Path(__file__).parent / "gold" / "analyst_recall26.jsonl"


# --- Saleh under the epithet «المخلوع» ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "وهاجمت ميليشيات الحوثي وفلول المخلوع صالح أحياء المدينة.",
        "وتقدمت قوات المخلوع علي صالح نحو الساحل.",
        "وقالت مصادر إن القوات الموالية للمخلوع صالح انسحبت.",
    ],
)
def test_saleh_under_the_deposed_epithet(text: str) -> None:
    assert "per:ali-abdullah-saleh" in _link(text)


@pytest.mark.parametrize(
    "text",
    [
        "وقال صالح إن الاجتماع انتهى دون اتفاق.",
        "وأكد المدرب صالح أن الفريق جاهز.",
    ],
)
def test_bare_saleh_stays_unlinked(text: str) -> None:
    assert "per:ali-abdullah-saleh" not in _link(text)


# --- Ghazieh: a town name that is also an everyday adjective ------------------------------------


def test_ghazieh_after_a_place_head() -> None:
    assert "gpe:ghazieh" in _link("وقصفت الطائرات بلدة الغازية في جنوب لبنان.")


@pytest.mark.parametrize(
    "text",
    [
        "وطالب المجلس القوات الغازية بالانسحاب فورا.",
        "وتعطلت محطة مأرب الغازية التي تغذي المدينة.",
        "وارتفعت أسعار المشروبات الغازية هذا العام.",
    ],
)
def test_ghazieh_as_an_adjective_is_no_place(text: str) -> None:
    assert "gpe:ghazieh" not in _link(text)


# --- Yemeni districts and towns ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text, entity",
    [
        ("وسيطرت القوات على مركز مديرية الدريهمي جنوب الحديدة.", "gpe:al-durayhimi"),
        ("وتقدمت القوات في منطقة الدريهمي جنوب مدينة الحديدة.", "gpe:al-durayhimi"),
        ("ووصلت التعزيزات إلى ميناء المخا على البحر الأحمر.", "gpe:al-mokha"),
        ("واندلعت مواجهات شمال مديرية التحيتا.", "gpe:at-tuhayta"),
        ("وانفجر لغم في مديرية كتاف بمحافظة صعدة.", "gpe:kitaf"),
        ("وتصدى الجيش لهجوم في جبهة الملاجم بمحافظة البيضاء.", "gpe:al-malajim"),
        ("وقصفت المدفعية مواقع في ضواحي مديرية حيس.", "gpe:hays"),
        ("وتقدم الجيش في جبهة صرواح غربي محافظة مأرب.", "gpe:sirwah"),
    ],
)
def test_yemeni_districts(text: str, entity: str) -> None:
    assert entity in _link(text)


def test_shoulders_are_no_district() -> None:
    """«أكتاف» (shoulders) contains «كتاف» but is another word."""
    assert "gpe:kitaf" not in _link("وحمله أنصاره على أكتاف مناصريه إلى المنصة.")


# --- the set's floor ----------------------------------------------------------------------------


@pytest.mark.slow
def test_analyst_set_26_floor() -> None:
    """Set 26 scored 109/125 before any change (109/127 on the first labels, before two names
    inside longer names were dropped) and 110/125 after this pass: Ali Abdullah Saleh as
    «المخلوع صالح» gained. Every miss left is a `new` entity."""
    result = load_script("evaluate_links").analyst_recall(GOLD)
    assert result["entities"] == 125 and result["found"] >= 110
