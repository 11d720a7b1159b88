"""Linking, analyst set 31 pass (issue #15, after tests/gold/analyst_recall31.jsonl): a short place
name weak only for its length («عدن») counts in an article that names its country and confirms
two other places of it below the state (``story_places_min`` in linking.json): the story's map
says whose town it is. KB: the word order «مفوضية الأمم المتحدة السامية لشؤون اللاجئين» for
UNHCR, «التحالف الذي تقوده السعودية» for the Saudi-led coalition, Kazan, FINA and the Saudi
Ministry of Municipal and Rural Affairs. Sentences written for the tests (none from an analyst set
or an audit), shipped KB; the set's own floor is scored on the shared articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import link_with_ner as _link
from conftest import load_script

GOLD = Path(__file__).parent / "gold" / "analyst_recall31.jsonl"


@pytest.mark.parametrize(
    "text",
    [
        # Yemen named, and Lahij and al-Dhale confirmed by their heads: Aden is on that map
        "قالت القوات اليمنية إنها تقدمت نحو عدن بعد معارك في محافظة لحج ومحافظة الضالع.",
        "واستعادت القوات مواقع على مشارف عدن بعد معارك في محافظة لحج ومحافظة الضالع جنوب اليمن.",
        "وقال مسؤولون يمنيون إن الحوثيين قصفوا عدن من مواقع بين محافظة لحج ومحافظة الضالع.",
    ],
)
def test_short_place_on_its_countrys_map(text: str) -> None:
    assert "gpe:aden" in _link(text)


@pytest.mark.parametrize(
    "text",
    [
        # the country and a single other place: not enough of a map
        "قالت القوات اليمنية إنها تقدمت نحو عدن بعد معارك في محافظة لحج.",
        # two places of the country, but the country itself is never named
        "تقدمت القوات نحو عدن بعد معارك في محافظة لحج ومحافظة الضالع.",
    ],
)
def test_short_place_needs_country_and_two_places(text: str) -> None:
    assert "gpe:aden" not in _link(text)


def test_scene_in_a_film_review_is_not_mashhad() -> None:
    # Iran and Tehran only: a state and one town do not make a map
    found = _link("عرض الفيلم الإيراني في طهران، وأثار مشهد النهاية جدلا في إيران.")
    assert not any(key.startswith("gpe:mashhad") for key in found)


@pytest.mark.parametrize(
    "text, entity",
    [
        (
            "وقالت مفوضية الأمم المتحدة السامية لشؤون اللاجئين إن العودة يجب أن تكون طوعية.",
            "org:unhcr",
        ),
        ("وشن التحالف الذي تقوده السعودية غارات على مواقع المتمردين.", "org:saudi-led-coalition"),
        ("وتقام البطولة في مدينة قازان.", "gpe:kazan"),
        ("وأكد الاتحاد الدولي للسباحة عدم وجود حد أدنى للعمر.", "org:fina"),
        (
            "وأصدر وزير الشؤون البلدية والقروية تعميما للجان المحلية.",
            "org:saudi-municipal-ministry",
        ),
    ],
)
def test_names_the_kb_lacked(text: str, entity: str) -> None:
    assert entity in _link(text)


def test_coalition_led_by_another_state_is_not_the_saudi_one() -> None:
    found = _link("وقال التحالف الذي تقوده الولايات المتحدة إنه لا يمكنه تأكيد الخبر.")
    assert "org:saudi-led-coalition" not in found


@pytest.mark.slow
def test_analyst_set_31_floor() -> None:
    """Set 31 scored 74/93 (0.796) before any change and 77/93 after this pass (UNHCR in the
    news' word order, the Saudi-led coalition as «التحالف الذي تقوده السعودية», Aden on a
    Yemen story's map). Kazan, FINA and the Saudi municipal ministry, labelled `new`, now link
    to their new KB entries and still count as misses (the scorer keeps the labels of the time
    of labelling; 80/93 if counted)."""
    result = load_script("evaluate_links").analyst_recall(GOLD)
    assert result["entities"] == 93 and result["found"] >= 77
