"""Linking, review mends of the fixes from analyst sets 75 and 76 (issue #15): a plural nisba
names a body only after a body of members, a conjunct that is a force or an institution opens
a second body, a quoted outlet after «ل/ب» needs words told and a phrase that ends, and «حي»
as a predicate is "alive". Sentences written for the tests (none from an analyst set or an
audit), shipped KB, no NER spans."""

from __future__ import annotations

import json

import pytest

from conftest import link_with_ner as _link
from conftest import mentions_of as _mentions
from conftest import new_entity_named as _new
from conftest import no_new_entity as _no_new
from marsad.arabic.normalize import normalize
from marsad.linking.linker import load_settings
from marsad.versions import DATA_DIR

# A plural nisba after a plural of people: only a body of members takes it


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("وقالت جمعية المحامين الكويتيين في بيان إن القانون مخالف للدستور.",
         "جمعية المحامين الكويتيين"),
        ("وأعلن اتحاد الصحفيين العراقيين تضامنه مع الزملاء المعتقلين.", "اتحاد الصحفيين العراقيين"),
    ],
)
def test_a_body_of_members_and_a_plural_nisba_make_one_body(sentence: str, name: str) -> None:
    assert _new(_link(sentence), "org", name)


@pytest.mark.parametrize(
    ("sentence", "state"),
    [
        ("وتفاقمت حركة اللاجئين السوريين نحو أوروبا خلال الصيف.", "gpe:syria"),
        ("وارتفعت حركة المسافرين السعوديين عبر المنافذ البرية.", "gpe:saudi-arabia"),
        ("وقال إن قيادة المعارضين السوريين ترفض الحل السياسي.", "gpe:syria"),
    ],
)
def test_a_verbal_noun_before_a_plural_of_people_names_no_body(sentence: str,
                                                               state: str) -> None:
    found = _link(sentence)
    assert _no_new(found, "org") and state in found


# A conjunct that is a force or an institution opens a second body


@pytest.mark.parametrize(
    ("sentence", "state"),
    [
        ("وقالت هيئة الأركان والقوات الجوية الروسية إن الطائرات عادت إلى قواعدها.",
         "gpe:russia"),
        ("وأشادت وزارة الصحة والمستشفيات الحكومية السورية بجهود الكوادر الطبية.",
         "gpe:syria"),
    ],
)
def test_no_body_runs_over_a_second_force_or_institution(sentence: str, state: str) -> None:
    found = _link(sentence)
    assert _no_new(found, "org") and state in found


@pytest.mark.parametrize(
    "name",
    ["وزارة الأوقاف والشؤون الإسلامية القطرية", "وزارة الشباب والرياضة اليمنية"],
)
def test_a_second_portfolio_stays_in_the_ministry(name: str) -> None:
    assert _new(_link(f"وقالت {name} في بيان إن الاستعدادات اكتملت."), "org", name)


# A quoted outlet after «ل/ب»: words told, and a phrase that ends at the quotation


@pytest.mark.parametrize(
    ("sentence", "outlet"),
    [
        ('وكتب الوزير التغريدة بـ"العربية" والإنجليزية.', "org:al-arabiya"),
        ('ورفع المحتجون لافتات كتب عليها نعم لـ"الحياة" ولا للموت.', "org:al-hayat"),
        ('واحتفلت المدارس بـ"اليوم" الوطني في أجواء بهيجة.', "org:al-youm-newspaper"),
        ('وتوجه الوفد لـ"الحياة" بعد انتهاء الحرب.', "org:al-hayat"),  # nothing told
        # words told, but the quotation goes on in its adjective
        ('وقال المدير إن الطلاب احتفلوا بـ"اليوم" الوطني.', "org:al-youm-newspaper"),
    ],
)
def test_a_quoted_word_after_l_or_b_is_no_outlet_where_nothing_is_told(
        sentence: str, outlet: str) -> None:
    assert outlet not in _link(sentence)


@pytest.mark.parametrize(
    ("sentence", "outlet", "name"),
    [
        ('وأضاف في تصريح لـ"الحياة" أن المفاوضات متعثرة.', "org:al-hayat", "الحياة"),
        ('وقال مصدر مطلع لـ"العربية"، إن الاتفاق بات وشيكا.', "org:al-arabiya", "العربية"),
        # the subject after the quotation, a relative, an initial's dot before the verb
        ('وقال لـ"الاقتصادية" الدكتور خالد العمري إن السوق تتعافى.', "org:al-eqtisadiah",
         "الاقتصادية"),
        ('وتحدث عدد من الأهالي لـ"سبق" الذين فقدوا منازلهم في السيول.', "org:sabq", "سبق"),
        ('وأوضحت المواطنة "م.ع" لـ"سبق": "أناشد المسؤولين النظر في وضعي".', "org:sabq",
         "سبق"),
    ],
)
def test_words_told_to_a_quoted_outlet_keep_it(sentence: str, outlet: str,
                                               name: str) -> None:
    assert _link(sentence).get(outlet) == [name]


# «حي» as a predicate is "alive", no quarter


@pytest.mark.parametrize(
    "sentence",
    [
        "وقال إن الشعب حي الوجدان ولن يقبل بذلك.",  # after a definite noun «إن» introduces
        "وما زال حي الذاكرة في قلوب الناس رغم الغياب.",  # right after a copula
        "وأكد أن ابنها حي الوجدان رغم سنوات الأسر.",  # after a noun «أن» introduces
    ],
)
def test_alive_as_a_predicate_is_no_quarter(sentence: str) -> None:
    found = _link(sentence)
    assert _no_new(found, "loc") and not any("حي" in m for m in _mentions(found))


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("وقال إن حي الوعر يتعرض لقصف عنيف منذ الصباح.", "حي الوعر"),  # the subject of «إن»
        ("وسقطت قذيفة على حي الشجاعية شرقي المدينة.", "حي الشجاعية"),  # after a preposition
        ("وقصفت الطائرات حي الوعر أمس.", "حي الوعر"),  # the object after a verb and its subject
    ],
)
def test_a_quarter_as_a_subject_object_or_after_a_preposition_stays(sentence: str,
                                                                     name: str) -> None:
    assert _new(_link(sentence), "loc", name)


# Two nisbas after one head: one body, the longest name


def test_two_nisbas_after_one_head_make_one_body() -> None:
    name = "لجنة الشؤون العامة الأمريكية الإسرائيلية"
    found = _link(f"وقال تقرير صادر عن {name} إن الدعم سيستمر.")
    assert _new(found, "org", name)
    assert [entity for entity in found if entity.startswith("org:x-")] == \
        [entity for entity, mentions in found.items() if name in mentions]


def test_two_heads_with_their_nisbas_stay_two_bodies() -> None:
    found = _link("واتفقت هيئة الأركان الروسية ونقابة المهندسين الأردنيين على التنسيق.")
    assert _new(found, "org", "هيئة الأركان الروسية")
    assert _new(found, "org", "نقابة المهندسين الأردنيين")


# Data


def test_the_review_lists_are_read_and_free_of_duplicates() -> None:
    raw = json.loads((DATA_DIR / "linking.json").read_text(encoding="utf-8"))
    settings = load_settings()
    for key in ("members_body_heads", "conjunct_body_nouns", "told_nouns",
                "predicate_copulas", "predicate_particles", "adjective_place_heads"):
        assert raw[key] and len(raw[key]) == len(set(raw[key])), key
    assert normalize("نقابة") in settings.members_body_heads
    assert not {normalize(w) for w in ("حركة", "قيادة")} & settings.members_body_heads
    assert normalize("قوات") in settings.conjunct_body_nouns
    assert not {normalize(w) for w in ("شؤون", "رياضة")} & settings.conjunct_body_nouns
    assert settings.adjective_place_heads <= settings.new_place_heads
