"""Linking, fixes from analyst sets 41 and 42 (issue #15, after tests/gold/analyst_recall41.jsonl
and analyst_recall42.jsonl): a KB person named by a title they hold and their surname alone
(«الرئيس هادي»); a short place name that is the chief city of a state the article names
(«مسقط» in a story naming Oman); a state's nisba that is a common given name before a surname
(«تركي الغنيماوي»); a news agency named by its nisba alone after a word of attribution («وفقا
للالمانية»). Sentences written for the tests (none from an analyst set or an audit), shipped
KB, NER spans given."""

from __future__ import annotations

import pytest

from conftest import link_with_ner as _link

HADI = "per:abdrabbuh-mansur-hadi"


@pytest.mark.parametrize(
    "sentence",
    [
        "وتقدمت القوات الموالية للرئيس هادي نحو المدينة.",
        "وقال الرئيس هادي إن الحكومة ستعود إلى عدن.",
        "والتقى الرئيس هادي، المبعوث الأممي أمس.",
    ],
)
def test_a_head_of_state_by_title_and_surname(sentence: str) -> None:
    assert _link(sentence).get(HADI) == ["هادي"]


@pytest.mark.parametrize(
    "sentence",
    [
        "وقال هادي إن الحكومة ستعود.",  # no title: a given name as often as the surname
        "وقال الوزير هادي إن الحكومة ستعود.",  # a title the KB person does not hold
        "والتقى الرئيس هادي العامري في بغداد.",  # the name goes on: another man
    ],
)
def test_no_surname_without_the_title_the_person_holds(sentence: str) -> None:
    assert HADI not in _link(sentence)


def test_an_everyday_word_after_the_title_is_no_surname() -> None:
    # «إن» ends «مون جاي إن» (Moon Jae-in): after «قال الرئيس» it is the particle "that"
    for sentence in ("وقال الرئيس إن بلاده عانت كثيرا.", "قالت هيلاري للرئيس إن المعارضة سياسية."):
        assert "per:moon-jae-in" not in _link(sentence)


def test_a_ner_person_ending_in_the_surname_is_another_holder() -> None:
    found = _link("وقال الرئيس هادي للصحفيين إن مهدي هادي لم يحضر.", {"مهدي هادي": "PER"})
    assert HADI not in found


def test_the_chief_city_of_a_state_the_article_names() -> None:
    found = _link("ووصل الوفد إلى مسقط أمس، وتستضيف سلطنة عمان المحادثات.")
    assert found.get("gpe:muscat") == ["مسقط"]


@pytest.mark.parametrize(
    "sentence",
    [
        "ووصل الوفد إلى مسقط أمس للمشاركة في المحادثات.",  # no state named: a word as often
        "وعاد إلى مسقط رأسه بعد أن زار سلطنة عمان.",  # «مسقط رأسه», birthplace
        "وشاهدنا مشهد الفيلم في إيران قبل عرضه.",  # Mashhad is no chief city: a scene
    ],
)
def test_no_chief_city_without_its_state_or_in_an_idiom(sentence: str) -> None:
    found = _link(sentence)
    assert "gpe:muscat" not in found and "gpe:mashhad" not in found


def test_a_nisba_that_is_a_given_name_before_a_surname() -> None:
    found = _link("وقال تركي الغنيماوي مدير الشركة إن العمل بدأ.")
    assert "gpe:turkey" not in found


@pytest.mark.parametrize(
    "sentence",
    [
        "وأعلن مسؤول تركي الأحد أن الحدود مغلقة.",  # a date after the adjective
        "ودخل رتل تركي الى الأراضي السورية.",  # a preposition
    ],
)
def test_the_nisba_stays_the_country_before_a_word(sentence: str) -> None:
    assert _link(sentence).get("gpe:turkey") == ["تركي"]


@pytest.mark.parametrize(
    ("sentence", "agency"),
    [
        ("وقتل عشرة أشخاص في الهجوم، وفقا للالمانية.", "org:dpa"),
        ("وأصيب ثلاثة جنود، طبقا للفرنسية.", "org:afp"),
    ],
)
def test_an_agency_by_its_nisba_after_attribution(sentence: str, agency: str) -> None:
    found = _link(sentence)
    assert agency in found and "gpe:germany" not in found and "gpe:france" not in found


def test_a_language_after_lam_stays_no_agency() -> None:
    found = _link("وترجم الكتاب للفرنسية العام الماضي.")
    assert "org:afp" not in found
