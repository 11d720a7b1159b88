"""Linking, analyst set 24 pass (issue #15, after tests/gold/analyst_recall24.jsonl): a hashtag
sign on a name («بمحافظة #صعدة») does not cut it from the head noun that confirms it; KB
entries for Yalda, Beit Sahm, the Syria Revolutionaries Front and Jamal Maarouf, UNAMA's
«بعثة المساعدة التابعة للأمم المتحدة في أفغانستان» and Seoul's «سول». Sentences written for the
tests (none from an analyst set or an audit), shipped KB, NER spans only where given; the set's
own floor is scored on the shared articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import link_with_ner as _link
from conftest import load_script

GOLD = Path(__file__).parent / "gold" / "analyst_recall24.jsonl"


# --- a hashtag sign between a head noun and its name --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "وتواصلت المعارك في محافظة #صعدة شمال اليمن.",
        "وقتل عشرة مسلحين بمحافظة #صعدة أمس.",
    ],
)
def test_hashtag_name_after_head(text: str) -> None:
    assert "gpe:sadah" in _link(text)


@pytest.mark.parametrize(
    "text",
    [
        # no head noun before the tag: the short name still needs its evidence
        "وقتل عشرة مسلحين في #صعدة أمس.",
        # a hashtag sign away from the name is no gap of spaces
        "وقتل عشرة مسلحين بمحافظة# ، صعدة أمس.",
    ],
)
def test_hashtag_without_head_is_not_evidence(text: str) -> None:
    assert "gpe:sadah" not in _link(text)


def test_hashtag_that_goes_on_past_the_alias() -> None:
    """«#الساحل_الغربي» is the west coast, not a place named «الساحل»."""
    found = _link("وشنت المقاتلات غارات في منطقة #الساحل_الغربي أمس.")
    assert not any("الساحل" in mention for mentions in found.values() for mention in mentions)


# --- KB names -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, entity",
    [
        ("واستهدف القصف بلدات يلدا وببيلا جنوب دمشق.", "gpe:yalda"),
        ("وانتشرت القوات في بيت سحم جنوب العاصمة.", "gpe:beit-sahm"),
        ("وقالت بعثة المساعدة التابعة للأمم المتحدة في أفغانستان إن العدد ارتفع.", "org:unama"),
        ("وهزمت الجبهة جبهة ثوار سوريا في ريف إدلب.", "org:syria-revolutionaries-front"),
        ("وكان جمال معروف يقود الفصيل في إدلب.", "per:jamal-maarouf"),
    ],
)
def test_kb_names(text: str, entity: str) -> None:
    assert entity in _link(text)


def test_seoul_short_spelling_after_a_place_head() -> None:
    assert "gpe:seoul" in _link("ووصل الوفد إلى مدينة سول أمس.")


# --- the set's floor ----------------------------------------------------------------------------


@pytest.mark.slow
def test_analyst_set_24_floor() -> None:
    """Set 24 scored 91/111 before any change (89/111 on the first labels; the Maashiq palace
    and Seoul were in the KB, and the Deir ez-Zor governorate is accepted for «محافظة دير
    الزور») and 93/111 after this pass: Saada («بمحافظة #صعدة») and UNAMA gained. Yalda,
    Beit Sahm, the Syria Revolutionaries Front and Jamal Maarouf, labelled `new`, are now
    linked to their new KB entries, which the fixed labels do not count."""
    result = load_script("evaluate_links").analyst_recall(GOLD)
    assert result["entities"] == 111 and result["found"] >= 93
