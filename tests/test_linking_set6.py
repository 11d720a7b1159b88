"""Linking, analyst set 6 pass (issue #15, after tests/gold/analyst_recall6.jsonl): a party
name two states' parties share goes to the party of the country the article names, the
bodies and states written as agencies write them, and a work's title in single quotes.
Sentences written for the tests (none from an analyst set or an audit), shipped KB, NER spans
only where given."""

from __future__ import annotations

import pytest

from conftest import link_with_ner as _link

# --- «العدالة والتنمية»: Turkey's party or Morocco's, by the article ---------------------------

@pytest.mark.parametrize("text", [
    "وحشد أردوغان أنصار حزبه العدالة والتنمية في إسطنبول قبل الانتخابات التركية.",
    "وقال نائب عن حزب العدالة والتنمية في أنقرة إن البرلمان التركي سيصوت غدا.",
])
def test_justice_and_development_in_a_turkey_story_is_the_akp(text: str) -> None:
    found = _link(text)
    assert "org:akp" in found
    assert "org:pjd-morocco" not in found


@pytest.mark.parametrize("text", [
    "وتصدر حزب العدالة والتنمية الانتخابات التشريعية في المغرب وشكل الحكومة في الرباط.",
    "وقال قيادي في العدالة والتنمية المغربي إن الحزب سيبقى في المعارضة.",
])
def test_justice_and_development_in_a_morocco_story_is_the_pjd(text: str) -> None:
    found = _link(text)
    assert "org:pjd-morocco" in found
    assert "org:akp" not in found


def test_justice_and_development_with_no_country_is_left_alone() -> None:
    found = _link("ودعا حزب العدالة والتنمية أنصاره إلى التصويت بكثافة.")
    assert "org:akp" not in found and "org:pjd-morocco" not in found


# --- bodies and states as the agencies write them -----------------------------------------------

@pytest.mark.parametrize(("text", "entity"), [
    ("ودعت فرنسا وبولندا والكوديفوار إلى اجتماع عاجل.", "gpe:ivory-coast"),
    ("واتهمت المعارضة المخابرات الإيرانية بالوقوف وراء الاغتيال.",
     "org:iranian-intelligence-ministry"),
    ("وقال العبادي إن المفوضية العليا للانتخابات في بغداد قصرت بحق العراقيين.",
     "org:iraqi-high-electoral-commission"),
])
def test_bodies_and_states_written_as_agencies_write_them(text: str, entity: str) -> None:
    assert entity in _link(text)


def test_the_electoral_commission_outside_iraq_is_not_iraqs() -> None:
    found = _link("وأعلنت المفوضية العليا للانتخابات في نيروبي فوز الرئيس الكيني.")
    assert "org:iraqi-high-electoral-commission" not in found


# --- a work's title in single quotes --------------------------------------------------------------

def test_a_series_title_in_single_quotes_is_no_nom_de_guerre() -> None:
    found = _link("وقال رئيس المجلس إن \"مسلسل 'أبو خالد العراقي' لا يحتوي على ما يسيء\".")
    assert not [key for key in found if key.startswith("per:x-")]


def test_a_nom_de_guerre_in_single_quotes_without_a_work_noun_stays() -> None:
    found = _link("وقال المصدر إن القيادي 'أبو خالد العراقي' قتل في الغارة.")
    assert ["أبو خالد العراقي"] in [m for key, m in found.items() if key.startswith("per:x-")]
