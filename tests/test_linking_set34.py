"""Linking, analyst set 34 pass (issue #15, after tests/gold/analyst_recall34.jsonl): a KB
person's patronymic chain refused because a family name follows it («الدكتور عبدالله بن
عبدالعزيز الربيعة» is not King Abdullah) is kept as the other man's full name, whether NER
stopped at the chain or saw nothing; Hawaii and Yemen's Higher Relief Committee (new
entries). Sentences written for the tests (none from an analyst set or an audit), shipped
KB; the set's own floor is scored on the shared articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import link_with_ner as _link
from conftest import load_script, mentions_of

GOLD = Path(__file__).parent / "gold" / "analyst_recall34.jsonl"
CHAIN = "عبدالله بن عبدالعزيز"


@pytest.mark.parametrize("ner", [{}, {CHAIN: "PER"}])
def test_a_chain_with_a_family_name_is_another_mans_full_name(ner: dict[str, str]) -> None:
    found = _link("وقال الدكتور عبدالله بن عبدالعزيز الربيعة إن الجسر الجوي مستمر.", ner)
    assert "عبدالله بن عبدالعزيز الربيعة" in mentions_of(found)
    assert "per:king-abdullah-saudi" not in found


def test_a_nasab_span_takes_its_family_name() -> None:
    found = _link("وقال المهندس فهد بن سعيد الغامدي إن المشروع اكتمل.", {"فهد بن سعيد": "PER"})
    assert "فهد بن سعيد الغامدي" in mentions_of(found)


@pytest.mark.parametrize(
    "text, kept, absent",
    [
        # the king himself: a title after the chain, not a family name
        (
            "واستقبل الملك عبدالله بن عبدالعزيز السفير الأمريكي.",
            "per:king-abdullah-saudi",
            "عبدالله بن عبدالعزيز السفير",
        ),
        # a KB place after the chain is no family name
        ("ووصل الأمير محمد بن سلمان الرياض أمس.", "gpe:riyadh", "محمد بن سلمان الرياض"),
        # a feminine nisba agrees with the head the chain is in: a university
        (
            "وتخرج في جامعة الإمام محمد بن سعود الإسلامية بالرياض.",
            "gpe:riyadh",
            "محمد بن سعود الإسلامية",
        ),
        # a weekday after the chain
        (
            "وقال عبدالله بن عبدالعزيز الثلاثاء إن الوضع مستقر.",
            "per:king-abdullah-saudi",
            "عبدالله بن عبدالعزيز الثلاثاء",
        ),
    ],
)
def test_no_family_name_after_the_chain(text: str, kept: str, absent: str) -> None:
    found = _link(text)
    assert kept in found and absent not in mentions_of(found)


@pytest.mark.parametrize(
    "text, entity",
    [
        ("وضرب زلزال قوي أرخبيل هاواي الجمعة.", "gpe:hawaii"),
        (
            "وأعلن رئيس اللجنة العليا للإغاثة وصول الشحنة إلى الميناء.",
            "org:yemen-higher-relief-committee",
        ),
    ],
)
def test_new_names(text: str, entity: str) -> None:
    assert entity in _link(text)


@pytest.mark.slow
def test_analyst_set_34_floor() -> None:
    """Set 34 scored 94/98 (0.959) before any change and 95/98 (0.969) after this pass
    (Abdullah Al Rabeeah's full name); Hawaii and the Higher Relief Committee, labelled new,
    now link to their new entries and stay misses (97/98 if counted)."""
    result = load_script("evaluate_links").analyst_recall(GOLD)
    assert result["entities"] == 98 and result["found"] >= 95
