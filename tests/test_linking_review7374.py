"""Linking, review mends of the fixes from analyst sets 73 and 74 (issue #15): a bare ministry
whose owner or whose act's object is named, a list name under another list head with no
country of its own, quoted bodies named after a woman, names cut before «ذات», a body with an
official adjective, and quotations after a head outside them. Sentences written for the tests
(none from an analyst set or an audit), shipped KB, NER spans given."""

from __future__ import annotations

import json

import pytest

from conftest import link_with_ner as _link
from conftest import new_entity_named as _new
from conftest import no_new_entity as _no_new
from marsad.arabic.normalize import normalize
from marsad.linking.linker import _head_word, load_settings
from marsad.versions import DATA_DIR

# A bare ministry: its owner named after it, or its state only the object of its act

@pytest.mark.parametrize(
    ("sentence", "ministry"),
    [
        ("وقالت وزارة الداخلية في حكومة الإنقاذ إن القصف طال إدلب وحلب.",
         "org:syrian-interior-ministry"),
        ("وقالت وزارة الدفاع في الإدارة الذاتية إن القصف طال القامشلي والحسكة.",
         "org:syrian-ministry-of-defence"),
    ],
)
def test_a_ministry_whose_owner_follows_is_not_the_states(sentence: str, ministry: str) -> None:
    found = _link(sentence)
    assert ministry not in found and _no_new(found, "org")


def test_a_ministry_condoling_with_the_storys_state_is_not_its_own() -> None:
    found = _link("وأعربت وزارة الخارجية عن تعازيها لضحايا الفيضانات في ليبيا، مؤكدة وقوف "
                  "الدولة مع الشعب الليبي.")
    assert _no_new(found, "org") and "gpe:libya" in found


@pytest.mark.parametrize(
    "sentence",
    [
        # «في» and no body: a statement's occasion
        "وقالت وزارة الداخلية في بيان إن الشرطة اعتقلت ثلاثة أشخاص في بغداد والبصرة.",
        # an act whose sentence names no place of the state
        "وأعربت وزارة الداخلية عن أسفها للحادث. وقالت الشرطة في بغداد والبصرة إن التحقيق "
        "مستمر.",
    ],
)
def test_a_ministry_of_the_storys_state_stays(sentence: str) -> None:
    assert _link(sentence).get("org:iraqi-interior-ministry") == ["وزارة الداخلية"]


# A list name under «قائمة» or another list head needs its country in the article

@pytest.mark.parametrize(
    "sentence",
    [
        'وفازت قائمة "النصر" في الانتخابات البلدية في تونس.',  # another country's list
        'وانسحبت قائمة "الفتح" من السباق.',  # no country at all
    ],
)
def test_a_list_name_with_no_country_of_its_own_is_no_kb_list(sentence: str) -> None:
    found = _link(sentence)
    assert "org:victory-alliance" not in found and "org:fatah-alliance" not in found


def test_a_list_name_in_its_countrys_story_is_the_kbs() -> None:
    found = _link('وحلت قائمة "النصر" ثالثة في الانتخابات البرلمانية في بغداد والبصرة.')
    assert found.get("org:victory-alliance") == ["النصر"]


# A quoted body named after a woman

@pytest.mark.parametrize(
    "name",
    ["جمعية سامية للتنمية", "جمعية فاطمة للخير", "مؤسسة عائشة للتنمية"],
)
def test_a_quoted_body_named_after_a_woman_is_a_body(name: str) -> None:
    assert _new(_link(f'وأعلنت "{name}" عن حملة لتوزيع الملابس على الأسر المحتاجة.'),
                "org", name)


def test_a_quoted_kind_of_body_stays_none() -> None:
    found = _link('وباعت المجموعة الصحيفة إلى "شركة عالمية للإعلام الرقمي" مقابل مليار دولار.')
    assert _no_new(found, "org")


# A name cut before «ذات»

@pytest.mark.parametrize(
    ("sentence", "cut"),
    [
        ("وقالت الجمعية المصرية للأمراض ذات الصلة بالسكري إن الحملة مستمرة.",
         "الجمعية المصرية للأمراض"),
        ("وأعلنت الشركة الوطنية للصناعات ذات الاستخدام المزدوج عن عقد جديد.",
         "الشركة الوطنية للصناعات"),
    ],
)
def test_a_name_cut_before_dhat_is_no_body(sentence: str, cut: str) -> None:
    found = _link(sentence)
    assert not any(cut in mentions for mentions in found.values())


def test_a_name_cut_before_dhat_and_named_elsewhere_is_a_body() -> None:
    found = _link("وقال رئيس الجمعية الوطنية للرماية، إن القانون خاطئ. وتبرعت الجمعية الوطنية "
                  "للرماية ذات النفوذ الواسع لحملة المرشح.")
    assert [mentions for entity, mentions in found.items() if entity.startswith("org:x-")] == \
        [["الجمعية الوطنية للرماية", "الجمعية الوطنية للرماية"]]


def test_a_name_cut_before_dhat_and_repeated_under_another_head_is_a_body() -> None:
    found = _link("وتبرعت الجمعية الوطنية للرماية ذات النفوذ الواسع لحملة المرشح. وقال إنه "
                  "التقى مسؤولي اللجنة الوطنية للرماية أمس.")
    assert _new(found, "org", "الجمعية الوطنية للرماية")


def test_a_relative_ends_the_name_and_is_not_in_it() -> None:
    found = _link("وقال رئيس الهيئة العامة للاستثمار التي تأسست قبل عشرين عاما إن الأرقام جيدة.")
    assert _new(found, "org", "الهيئة العامة للاستثمار")
    assert not any("التي" in mention for mentions in found.values() for mention in mentions)


# A body the KB lacks, with and without an official adjective: one id

@pytest.mark.parametrize(
    "sentence",
    [
        "وقالت الإذاعة الرسمية الجزائرية إن الرئيس وصل. وأضافت الإذاعة الجزائرية أن الزيارة "
        "تستمر يومين.",
        "وقال التلفزيون الرسمي العراقي إن القصف طال الموصل. وأضاف التلفزيون العراقي أن الجيش "
        "رد.",
    ],
)
def test_an_official_adjective_makes_no_second_body(sentence: str) -> None:
    assert len([entity for entity in _link(sentence) if entity.startswith("org:x-")]) == 1


def test_a_kb_body_with_an_official_adjective_stays_the_kbs() -> None:
    found = _link("وقال التلفزيون الحكومي السوري إن القصف طال حلب.")
    assert found.get("org:syrian-tv") == ["التلفزيون الحكومي السوري"]


# A quotation after a head outside it

@pytest.mark.parametrize(
    "sentence",
    [
        'وعثر المحققون بموقع "الهجوم الكيمياوي" على بقايا قذائف.',  # a site
        'ووصلت القوات لموقع "الخلية الإرهابية المتورطة" في الهجوم.',
        'واتهمته المحكمة بإدارة "فرق الموت" في المدينة.',  # running them
        'ويحمل لقب حزب "الكنبة" في الشارع المصري.',  # a nickname's frame before the head
    ],
)
def test_a_description_or_a_nickname_after_an_outside_head_is_no_body(sentence: str) -> None:
    assert _no_new(_link(sentence), "org")


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ('وقال المتحدث لموقع "نداء بوست" إن الهجوم فشل.', "نداء بوست"),  # a website's name
        ('وأعلن حزب "الكنبة" مقاطعة الانتخابات المقبلة.', "الكنبة"),  # no frame: a party
    ],
)
def test_a_proper_name_after_an_outside_head_is_a_body(sentence: str, name: str) -> None:
    assert _new(_link(sentence), "org", name)


# The rules' data

@pytest.mark.parametrize("key", ["possessor_closers", "polysemous_heads", "owner_prepositions",
                                 "foreign_relations_acts"])
def test_the_new_word_lists_are_read_and_free_of_duplicates(key: str) -> None:
    words = json.loads((DATA_DIR / "linking.json").read_text(encoding="utf-8"))[key]
    assert words and len({normalize(word) for word in words}) == len(words)
    assert getattr(load_settings(), key) == frozenset(normalize(word) for word in words)


def test_every_member_noun_is_a_head_it_can_refuse() -> None:
    settings = load_settings()
    heads = settings.construct_org_heads | settings.complement_org_heads | settings.org_heads
    assert all(_head_word(word, heads) is not None for word in settings.member_heads)


def test_relatives_and_possessors_are_apart() -> None:
    settings = load_settings()
    assert settings.possessor_closers and not settings.possessor_closers & settings.name_closers
