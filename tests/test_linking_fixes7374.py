"""Linking, fixes from analyst sets 73 and 74 (issue #15, after tests/gold/analyst_recall73.jsonl
and analyst_recall74.jsonl): a body whose head stands outside its quoted name, a state body
after «و» and a noun of another kind, state television and radio, a list's name under another
list head, a bare ministry or parliament of a one-country story, a name ended by a relative or
«ذات», a person named by an initial, and two KB towns read from everyday words. Sentences
written for the tests (none from an analyst set or an audit), shipped KB, NER spans given."""

from __future__ import annotations

import json

import pytest

from conftest import link_with_ner as _link
from conftest import new_entity_named as _new
from conftest import no_new_entity as _no_new
from marsad.arabic.normalize import normalize
from marsad.linking.linker import load_settings
from marsad.versions import DATA_DIR

# A body head right before its quoted name

@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("وقال الوزير في حديث مع قناة «نيوز ناو العالمية» إن المفاوضات مستمرة.",
         "نيوز ناو العالمية"),
        ("ووزعت الطرود الغذائية بالتعاون مع مؤسسة «الأمل الخيرية» في المخيم.", "الأمل الخيرية"),
    ],
)
def test_a_head_before_the_quotation_makes_the_quoted_words_a_body(sentence: str,
                                                                   name: str) -> None:
    assert _new(_link(sentence), "org", name)


def test_a_place_inside_a_party_quoted_after_its_head_stays_nested() -> None:
    found = _link('وتقدم حزب "الحرية من أجل النمسا" بطلب إلى البرلمان.')
    assert _new(found, "org", "الحرية من أجل النمسا")
    assert "gpe:austria" in found


@pytest.mark.parametrize(
    "sentence",
    [
        'وقال إن فصائل "معتدلة" شاركت في الهجوم على القرية.',  # an adjective quoted
        'وقال مسؤول في حزب "الدعوة" إن الاجتماع تأجل.',  # the KB's list: no new body
        'وقال إن الحزب "الجديد" لم يعلن مرشحيه.',  # a definite head is a description
    ],
)
def test_no_body_from_an_adjective_a_kb_name_or_a_definite_head(sentence: str) -> None:
    assert _no_new(_link(sentence), "org")


def test_a_noun_of_members_before_a_quotation_heads_no_name() -> None:
    assert _no_new(_link("وقال إن عناصر «الجماعة والمرتزقة» هاجموا القرية."), "org")


# A state body after «و» and a noun of another kind

def test_a_state_body_after_wa_and_another_kind_of_noun_takes_the_nisba() -> None:
    found = _link("ووقعت مواجهات بين المتظاهرين والشرطة الأردنية قرب الدوار.")
    assert _new(found, "org", "الشرطة الأردنية") and "gpe:jordan" in found


def test_two_state_bodies_share_one_nisba_and_make_no_body() -> None:
    assert _no_new(_link("وانتشر الجيش والشرطة المصرية في شوارع المدينة."), "org")


# State television and radio

def test_a_states_television_by_its_nisba_is_a_new_body() -> None:
    found = _link("وقال الوزير في تصريحات بثها التلفزيون الياباني من طوكيو إن الاتفاق قريب.")
    assert _new(found, "org", "التلفزيون الياباني")


def test_an_official_adjective_between_does_not_hide_the_kbs_television() -> None:
    found = _link("وبث التلفزيون الحكومي السوري صورا للحشود في الساحة.")
    assert "org:syrian-tv" in found and _no_new(found, "org")


def test_another_adjective_between_makes_another_body() -> None:
    found = _link("وقال إن الاستخبارات العسكرية الروسية تدير العملية.")
    assert _new(found, "org", "الاستخبارات العسكرية الروسية")


def test_a_kb_television_stays_the_kbs() -> None:
    found = _link("وقال التلفزيون السوري إن القوات تقدمت.")
    assert "org:syrian-tv" in found and _no_new(found, "org")


# An electoral list's quoted name under another list head

def test_a_quoted_list_name_under_another_list_head_is_the_kbs() -> None:
    found = _link('وحلت كتلة "النصر" ثالثة في الانتخابات بعد "سائرون" و"الفتح".')
    assert found.get("org:victory-alliance") == ["النصر"]


def test_a_list_name_the_kb_lacks_under_a_list_head_links_nothing() -> None:
    found = _link('وقال إن كتلة "الأحرار" انسحبت من الجلسة.')
    assert not any(entity.startswith("org:") and "الأحرار" in mentions
                   for entity, mentions in found.items() if not entity.startswith("org:x-"))


# A bare ministry or parliament of a one-country story

def test_a_bare_ministry_of_a_one_country_story_is_that_states_kb_body() -> None:
    found = _link("واعتقلت القوات مسلحين في البصرة والموصل، بحسب بيان صادر عن وزارة الداخلية.")
    assert found.get("org:iraqi-interior-ministry") == ["وزارة الداخلية"]


def test_a_bare_ministry_the_kb_lacks_for_the_state_is_a_new_body() -> None:
    found = _link("وفككت السلطات خلية في الرباط والدار البيضاء، وفق بيان لوزارة الداخلية.")
    assert _new(found, "org", "وزارة الداخلية")


@pytest.mark.parametrize(
    "sentence",
    [
        # two countries named: whose ministry is unknown
        "وقالت وزارة الداخلية إن الوفد زار البصرة ودمشق.",
        # a definite word after it goes on with the name
        "وقالت وزارة الداخلية والبلديات إن الانتخابات في البصرة والموصل جرت بهدوء.",
    ],
)
def test_no_bare_ministry_across_countries_or_before_a_definite_word(sentence: str) -> None:
    found = _link(sentence)
    assert "org:iraqi-interior-ministry" not in found and _no_new(found, "org")


# A body's name ended by a relative or «ذات»

def test_a_complement_before_a_relative_ends_the_name() -> None:
    # «ذات» ends it only where the name is known (tests/test_linking_review7374.py)
    found = _link("وتبرعت الجمعية الوطنية للرماية التي تملك نفوذا واسعا لحملة المرشح.")
    assert _new(found, "org", "الجمعية الوطنية للرماية")


def test_an_office_with_a_national_adjective_and_a_complement_is_a_body() -> None:
    found = _link("وقال المكتب الوطني للإحصاءات السكانية إن عدد السكان ارتفع.")
    assert _new(found, "org", "المكتب الوطني للإحصاءات السكانية")


def test_a_complement_before_another_word_is_no_name() -> None:
    assert _no_new(_link("وقالت الجمعية الوطنية للرماية في المدينة إن المسابقة تأجلت."), "org")


# A person named by the initial of his surname

def test_a_given_name_and_an_initial_before_a_stop_is_a_new_person() -> None:
    found = _link("وقالت المحكمة إن المتهم، ويدعى أنيس ع، مغربي الجنسية.")
    assert _new(found, "per", "أنيس ع")


@pytest.mark.parametrize("sentence", [
    "وجاء في البند أ، من القرار أن المهلة انتهت.",  # a clause letter after no given name
    "وقال محمد و، أحمد إن الاجتماع انتهى.",  # «و» is no initial
])
def test_no_person_from_a_clause_letter_or_a_loose_wa(sentence: str) -> None:
    assert _no_new(_link(sentence), "per")


# KB towns read from everyday words (KB 2027.1.18)

@pytest.mark.parametrize("sentence", [
    "وعاد المقاتلون من ميادين القتال في العراق.",  # squares, fields: no al-Mayadin
    "وقال الرئيس إنه سيكون من الجميل أن نتفق.",  # nice: no al-Jumayl
])
def test_everyday_words_are_no_kb_towns(sentence: str) -> None:
    found = _link(sentence)
    assert "gpe:mayadin" not in found and "gpe:al-jumayl" not in found


def test_the_town_by_its_name_stays() -> None:
    assert "gpe:mayadin" in _link("وقصفت الطائرات مدينة الميادين شرق دير الزور.")


# The rules' data

@pytest.mark.parametrize("key", ["quote_frames", "bloc_heads", "bare_state_body_heads",
                                 "name_closers", "member_heads", "official_adjectives"])
def test_the_new_word_lists_are_read_and_free_of_duplicates(key: str) -> None:
    words = json.loads((DATA_DIR / "linking.json").read_text(encoding="utf-8"))[key]
    assert words and len({normalize(word) for word in words}) == len(words)
    assert getattr(load_settings(), key) == frozenset(normalize(word) for word in words)
