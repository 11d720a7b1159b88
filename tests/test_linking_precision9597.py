"""Linking precision from the wrong links analyst sets 95, 96 and 97 noted (issue #15, after
their "Wrong links on the ten" in docs/linking.md): a party, state force or government body a
state owns, named and followed by the nisba of another state, is that state's body of the name,
not the KB's.
Sentences written for the tests (none from an analyst set or an audit), shipped KB, no NER
spans."""

from __future__ import annotations

import json

from conftest import link_with_ner as _link
from marsad.kb.loader import load_kb
from marsad.linking.linker import load_settings
from marsad.versions import DATA_DIR

# A state's own body followed by another state's nisba


def test_a_party_followed_by_another_states_nisba_is_not_the_kb_party() -> None:
    found = _link("أعلن الحزب الديمقراطي الكردستاني الإيراني مقتل ثلاثة من عناصره قرب الحدود.")
    assert "org:kdp" not in found
    assert found.get("gpe:iran") == ["الإيراني"]


def test_forces_followed_by_another_states_nisba_are_not_the_kb_forces() -> None:
    found = _link("وقصفت قوات النظام التركي قرى في ريف عفرين.")
    assert "org:syrian-arab-army" not in found


def test_a_police_followed_by_another_states_nisba_is_not_the_kb_police() -> None:
    found = _link("واعتقلت الشرطة الاتحادية الألمانية مشتبها به في برلين.")
    assert "org:iraqi-federal-police" not in found


def test_a_body_followed_by_its_own_states_nisba_keeps_its_link() -> None:
    # near miss: the nisba of the body's own state names the same body
    found = _link("أعلن الحزب الديمقراطي الكردستاني العراقي فوزه في أربيل.")
    assert found.get("org:kdp") == ["الحزب الديمقراطي الكردستاني"]


def test_a_militia_followed_by_another_states_nisba_keeps_its_link() -> None:
    # near miss: a militia is no state's own body; the nisba says who backs it
    found = _link("وأطلقت ميليشيات الحوثي الإيرانية صاروخا على جازان.")
    assert "org:houthis" in found


def test_a_body_followed_by_an_indefinite_nisba_keeps_its_link() -> None:
    # near miss: an indefinite nisba starts a new phrase («الحزب الديمقراطي الكردستاني» and
    # the Iranian deputies are another noun)
    found = _link("التقى وفد الحزب الديمقراطي الكردستاني نوابا إيرانيين في طهران.")
    assert found.get("org:kdp") == ["الحزب الديمقراطي الكردستاني"]


def test_forces_with_their_own_states_nisba_joined_by_wa_keep_their_link() -> None:
    # near miss: «العراقية والسورية» names both states' forces, the body's own among them
    found = _link("وتتقدم القوات الحكومية السورية شرقا. وفقد التنظيم أغلب المناطق لصالح "
                  "القوات الحكومية العراقية والسورية.")
    assert found.get("org:syrian-arab-army") == ["القوات الحكومية السورية", "القوات الحكومية"]


# The rule's data


def test_the_state_body_categories_are_read_and_are_kb_organisation_categories() -> None:
    listed = json.loads((DATA_DIR / "linking.json").read_text(encoding="utf-8"))[
        "state_body_categories"]
    assert load_settings().state_body_categories == frozenset(listed)
    kb_categories = {entity.category for entity in load_kb().entities.values()
                     if entity.type == "ORG"}
    assert listed and set(listed) <= kb_categories
