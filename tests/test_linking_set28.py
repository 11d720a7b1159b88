"""Linking, analyst set 28 pass (issue #15, after tests/gold/analyst_recall28.jsonl): bare
«المملكة» is the kingdom the article names most, and the article's people and organisations now
vote with its places by their KB country, and a nisba votes only when the article names no
person of its country (else it qualifies that person, counted himself: «نظيره المصري» is the
Egyptian minister already named). A Saudi foreign minister's talks with his
Egyptian counterpart in Jeddah are a Saudi story, not an Egyptian one. Places and names the KB
lacked: the Saudi towns of Hafar al-Batin and al-Muzahimiyah, the Soviet Union spelt
«الاتحاد السوفياتي», UOSSM without «الإغاثة». Sentences written for the tests (none from an
analyst set or an audit), shipped KB; the set's own floor is scored on the shared articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import link_with_ner as _link
from conftest import load_script

GOLD = Path(__file__).parent / "gold" / "analyst_recall28.jsonl"


# --- names the KB lacked -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, entity",
    [
        ("وباشرت الشرطة التحقيق في حادثة وقعت في حفر الباطن أمس.", "gpe:hafar-al-batin"),
        ("وافتتح المحافظ مشروعا في محافظة حفر الباطن.", "gpe:hafar-al-batin"),
        ("ووقع الحادث على الطريق غربي المزاحمية.", "gpe:al-muzahimiyah"),
        ("وانهار الاتحاد السوفياتي عام 1991.", "gpe:soviet-union"),
        ("وقال اتحاد منظمات الرعاية الطبية إن المستشفى توقف.", "org:uossm"),
    ],
)
def test_names_the_kb_lacked(text: str, entity: str) -> None:
    assert entity in _link(text)


# --- «المملكة»: the article's people vote, its nisbas do not -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a Saudi minister alone: his country is the article's
        "وقال عادل الجبير إن المملكة ترحب بالاتفاق.",
        # the Egyptian nisba only qualifies Shoukry, who is counted himself
        "واستقبل الأمير محمد بن سلمان وعادل الجبير وزير الخارجية المصري سامح شكري، "
        "وأكدا أن المملكة تقف مع مصر.",
        # only a nisba: it still tells
        "وقال الوزير السعودي إن المملكة ستواصل دعمها.",
    ],
)
def test_the_kingdom_of_the_articles_actors(text: str) -> None:
    assert "المملكة" in _link(text).get("gpe:saudi-arabia", [])


@pytest.mark.parametrize(
    "text",
    [
        # an Egyptian story that names Bahrain once: Egypt's president and capital outvote it
        "والتقى الرئيس المصري عبد الفتاح السيسي في القاهرة وزير خارجية البحرين، "
        "وقال إن المملكة شريك.",
        # a Saudi and a Jordanian actor, one each: either kingdom may be meant
        "والتقى عادل الجبير أيمن الصفدي، وقال إن المملكة تدعم الحل.",
        # the Egyptian nisba of an unnamed minister counts: Egypt twice, Saudi Arabia once
        "واستقبل الأمير محمد بن سلمان وزير الخارجية المصري، وأكد أن المملكة تقف مع مصر.",
    ],
)
def test_no_kingdom_when_the_actors_do_not_tell(text: str) -> None:
    found = _link(text)
    assert not any("المملكة" in mentions for mentions in found.values())


# --- the set's floor ----------------------------------------------------------------------------


@pytest.mark.slow
def test_analyst_set_28_floor() -> None:
    """Set 28 scored 78/100 before any change and 81/100 after this pass: Saudi Arabia as bare
    «المملكة» in a Saudi minister's press conference with Egypt's, the Soviet Union as
    «الاتحاد السوفياتي» and UOSSM without «الإغاثة» gained; Hafar al-Batin and
    al-Muzahimiyah, labelled `new`, now link to their KB entries and count as misses (the
    scorer keeps the labels of the time of labelling)."""
    result = load_script("evaluate_links").analyst_recall(GOLD)
    assert result["entities"] == 100 and result["found"] >= 81
