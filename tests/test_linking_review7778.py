"""Linking, review mends of the fixes from analyst sets 77 and 78 (issue #15): a respelt given
name links only a foreign family name, a homonym abroad is a namesake only inside a locative
frame, «ولايتي» is the dual of «ولاية» only before two places, and «حي» after «إن/أن» and a
noun is "alive" only when that noun is definite or possessed. Sentences written for the tests
(none from an analyst set or an audit), shipped KB."""

from __future__ import annotations

import pytest

from conftest import link_with_ner as _link
from conftest import mentions_of as _mentions
from conftest import new_entity_named as _new
from conftest import no_new_entity as _no_new
from marsad.linking.linker import load_settings

# A given name respelt: only before the family name of a KB person from outside the Arab League


@pytest.mark.parametrize(
    ("sentence", "name", "namesake"),
    [
        ("وقال الشيخ حسين دياب إمام المسجد إن المصلين تجمعوا صباحا.", "حسين دياب",
         "per:hassan-diab"),
        ("وقال القيادي حسين عبود إن الفصائل صدت الهجوم.", "حسين عبود", "per:hassan-aboud"),
        ("وقال سليم فياض رئيس البلدية إن المياه انقطعت.", "سليم فياض", "per:salam-fayyad"),
        ("وقال جميل معروف شقيق القائد إن العائلة غادرت.", "جميل معروف", "per:jamal-maarouf"),
    ],
)
def test_an_arab_namesake_is_not_a_respelt_given_name(sentence: str, name: str,
                                                      namesake: str) -> None:
    found = _link(sentence, {name: "PER"})
    assert namesake not in found
    assert _new(found, "per", name)


def test_a_foreign_family_name_still_takes_a_respelt_given_name() -> None:
    found = _link("والتقى الوفد الرئيس الأفغاني السابق حميد كرزاي في كابول.",
                  {"حميد كرزاي": "PER"})
    assert found.get("per:hamid-karzai") == ["حميد كرزاي"]


# A homonym abroad: a namesake only where no other mention names one of its countries


@pytest.mark.parametrize(
    ("sentence", "place", "mention"),
    [
        ("وقال المتحدث باسم التحالف في بغداد إن عمليات تحرير الموصل والرقة مستمرة بمشاركة "
         "وحدات حماية الشعب.", "gpe:raqqa", "الرقة"),
        ("وأطلق حزب الله صواريخ على حيفا ونهاريا، وردت إسرائيل بقصف مدينة صور.",
         "gpe:tyre", "صور"),
        ("وقال الرئيس بشار الأسد إن معركة الموصل لن تنتهي في بغداد بل في الرقة.",
         "gpe:raqqa", "الرقة"),
    ],
)
def test_a_city_whose_country_a_body_or_person_names_keeps_its_link(sentence: str, place: str,
                                                                    mention: str) -> None:
    found = _link(sentence)
    assert mention in found.get(place, [])
    assert not _new(found, "loc", mention)


def test_a_homonym_framed_by_a_place_of_the_story_is_a_namesake() -> None:
    found = _link("وسقطت قذيفة على منطقة الدرين بالمنصورة، شمالي مدينة عدن، وقال مسؤول في "
                  "لحج إن القتلى ثلاثة.")
    assert "gpe:al-mansurah" not in found
    assert _new(found, "loc", "المنصورة")


# «ولايتي»: the dual of «ولاية» only before two places


@pytest.mark.parametrize(
    "sentence",
    [
        "وزار ولايتي بيروت والتقى نصر الله.",
        "وبحث ولايتي التطورات والأوضاع في المنطقة.",
    ],
)
def test_velayati_before_one_place_or_everyday_words_stays_velayati(sentence: str) -> None:
    assert _link(sentence).get("per:ali-akbar-velayati") == ["ولايتي"]


def test_the_dual_before_two_places_is_no_velayati() -> None:
    found = _link("وشهدت المعارك في ولايتي كندوز وبدخشان تصعيدا كبيرا.")
    assert "per:ali-akbar-velayati" not in found


# «حي» after «إن/أن» and a noun: "alive" only after a definite or possessed noun


@pytest.mark.parametrize(
    "sentence",
    [
        "وقال إن قصف حي الوعر مستمر منذ الصباح.",
        "وأكد أن حصار حي الوعر دخل شهره الثالث.",
    ],
)
def test_a_quarter_after_an_indefinite_construct_noun_is_a_place(sentence: str) -> None:
    assert _new(_link(sentence), "loc", "حي الوعر")


@pytest.mark.parametrize(
    "sentence",
    [
        "وقالت الأم إن ابنها حي يرزق.",
        "وقال الخطيب إن الشعب حي الوجدان.",
        "وقال إن الشعب مازال حي الذاكرة.",
    ],
)
def test_alive_after_a_definite_or_possessed_noun_is_no_quarter(sentence: str) -> None:
    found = _link(sentence)
    assert _no_new(found, "loc")
    assert not any(m.startswith("حي") for m in _mentions(found))


def test_every_copula_glued_to_its_negation_is_listed_apart_too() -> None:
    """«ما زالت» is written in two words as often as «مازالت»: the copula after the space must
    be listed whenever its glued form is."""
    copulas = load_settings().predicate_copulas
    glued = [word for word in copulas if word[:2] in ("ما", "لا") and len(word) > 4]
    assert glued
    assert all(word[2:] in copulas for word in glued)


def test_the_arab_league_list_is_well_formed() -> None:
    """Twenty-two members, each an ISO 3166 alpha-2 code as the KB records a country, and the
    KB's respelt-name person (Karzai) outside them."""
    states = load_settings().arab_league_states
    assert len(states) == 22
    assert all(len(code) == 2 and code.isascii() and code.isupper() for code in states)
    assert {"SY", "IQ", "YE", "PS", "LB"} <= states and "AF" not in states
