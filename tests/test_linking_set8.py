"""Linking, analyst set 8 pass (issue #15, after tests/gold/analyst_recall8.jsonl): a nisba
after «بن/بنت» is a forefather's given name, not a country; Kabul and Uruguay as the agencies
and the Gulf press write them; the SAMS full-name alias is back now that the event coder keeps
reporting bodies out of the actor slot (tests/test_events.py). Sentences written for the
tests (none from an analyst set or an audit), shipped KB, NER spans only where given."""

from __future__ import annotations

import pytest

from conftest import link_with_ner as _link
from marsad.kb.loader import load_kb

# --- «بن تركي»: a name, not Turkey ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "وحضر الأمير فيصل بن تركي تدريبات الفريق في المعسكر.",
    "واستقبل الوزير الفريق الركن فهد بن تركي في مكتبه.",
    "وقالت نورة بنت سعودي إن المدرسة ستفتح غدا.",
])
def test_nisba_after_bin_is_no_country(text: str) -> None:
    found = _link(text)
    assert "gpe:turkey" not in found and "gpe:saudi-arabia" not in found


@pytest.mark.parametrize("text, state", [
    ("ووصل رتل عسكري تركي إلى ريف إدلب.", "gpe:turkey"),
    ("وقال ابن سعودي مقيم في لندن إن والده سافر.", "gpe:saudi-arabia"),
])
def test_nisba_elsewhere_is_still_the_country(text: str, state: str) -> None:
    assert state in _link(text)


# --- spellings of Kabul and Uruguay ---------------------------------------------------------------

@pytest.mark.parametrize("text, entity", [
    ("وسقط صاروخ قرب السفارة في كابول صباح اليوم.", "gpe:kabul"),
    ("وانضم المحترف الاورجواني إلى تدريبات الفريق.", "gpe:uruguay"),
    ("وتعادل منتخب الأوروغواي مع فرنسا.", "gpe:uruguay"),
    ("وتأهل منتخب أوروجواي إلى الدور الثاني.", "gpe:uruguay"),
])
def test_spellings(text: str, entity: str) -> None:
    """«كابول» has five letters: unlike the four of «كابل», it needs no NER span to count."""
    assert entity in _link(text)


def test_purple_is_no_uruguayan() -> None:
    """«أرجواني» (purple) is one «و» short of «أورجواني»."""
    assert "gpe:uruguay" not in _link("وارتدت الفنانة فستانا أرجوانيا في الحفل.")


# --- SAMS -----------------------------------------------------------------------------------------

def test_sams_full_name_with_either_spelling_of_american() -> None:
    assert [e.id for e in load_kb().lookup("الجمعية الطبية السورية الأميركية")] == ["org:sams"]
    found = _link("وقالت الجمعية الطبية السورية الأميركية إن المستشفى تعرض للقصف.")
    assert "org:sams" in found
