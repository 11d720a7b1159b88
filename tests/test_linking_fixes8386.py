"""Linking, fixes from analyst sets 83 to 86 (issue #15, after tests/gold/analyst_recall83.jsonl
to analyst_recall86.jsonl): new places after a governorate's or a district's head noun NER
misses («محافظة», «مديرية»), the name ending where a definite word would go on with it; a
foreign name after a profession noun and a state's nisba («الخبير الألماني يوزيف برامل»);
KB forms the KB lacked.
Sentences written for the tests (none from an analyst set or an audit), shipped KB, NER spans
given."""

from __future__ import annotations

import pytest

from conftest import link_with_ner as _link
from conftest import new_entity_named as _new
from conftest import no_new_entity as _no_new

# New places after «محافظة» and «مديرية» (indefinite_place_heads)


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("وتقدمت قوات الجيش في مديرية خنفر بعد معارك استمرت يومين.", "خنفر"),
        ("ووصل الوفد إلى محافظة تيماء، شمال المملكة.", "تيماء"),
        # a nisba after the name is the head's or the name's adjective, not more name
        ("وتدور المعارك في مديرية خنفر الجنوبية منذ أمس.", "خنفر"),
        # «م…ة» with no known word under it is a town's name, not a participle
        ("وسيطرت المقاومة على تبة في مديرية مشرعة بعد هجوم.", "مشرعة"),
        # a feminine word with no «م» first is no participle («سيل» is known)
        ("ومثل أمام محكمة مدينة سيلة الألمانية رجلان.", "سيلة"),
    ],
)
def test_a_name_after_a_governorate_or_district_head_is_a_new_place(sentence: str,
                                                                    place: str) -> None:
    assert _new(_link(sentence), "loc", place)


@pytest.mark.parametrize(
    "sentence",
    [
        # a definite word after it goes on with it: a chain of common nouns, not a name
        "وقال مدير مديرية سجون القصيم إن العمل مستمر.",
        # an everyday word
        "وقال مصدر في مديرية شؤون الموظفين إن الرواتب صرفت.",
        # a participle agreeing with the head: «محرر» is a known word
        "وقال المحافظ إن تعز ستكون ثاني محافظة محررة بعد عدن.",
        # a counted noun
        "وجرت الانتخابات في 18 محافظة عراقية.",
    ],
)
def test_no_new_place_after_a_governorate_head_that_names_none(sentence: str) -> None:
    assert _no_new(_link(sentence), "loc")


def test_a_kb_name_after_the_head_keeps_its_link() -> None:
    found = _link("وزار الوزير محافظة حفر الباطن أمس.")
    assert found.get("gpe:hafar-al-batin") == ["محافظة حفر الباطن"]
    assert _no_new(found, "loc")


def test_a_name_the_next_definite_word_continues_is_left_to_ner() -> None:
    # the «مدينة» rule ended the name before any definite word: «خربة» alone
    assert _no_new(_link("وتقدمت القوات في مدينة خربة الجوز أمس."), "loc")


# A foreign name after a profession noun and a state's nisba (_described_foreigners)


def test_a_rare_two_word_name_after_an_expert_and_a_nisba_is_a_new_person() -> None:
    found = _link("ويقول المحلل البريطاني غاريث ستانسفيلد إن الأزمة طويلة.")
    assert _new(found, "per", "غاريث ستانسفيلد")
    assert found.get("gpe:united-kingdom") == ["البريطاني"]


@pytest.mark.parametrize(
    "sentence",
    [
        "ويقول الخبير العسكري غاريث ستانسفيلد إن الأزمة طويلة.",  # no state's nisba
        "ويقول الخبير الألماني في الشؤون الدولية إن الأزمة طويلة.",  # known words
    ],
)
def test_no_person_after_an_expert_without_a_states_nisba_and_a_rare_name(sentence: str) -> None:
    assert _no_new(_link(sentence), "per")


# KB forms (KB 2027.1.22)


@pytest.mark.parametrize(
    ("sentence", "entity", "mention"),
    [
        ("واتهمت الحكومة موسكو بتسميم العميل المزدوج سكريبال بغاز أعصاب.",
         "per:sergei-skripal", "سكريبال"),
        ("وقال المتحدث لوكالة أسوشيتدبرس إن المفاوضات ستستأنف.",
         "org:associated-press", "أسوشيتدبرس"),
    ],
)
def test_kb_forms_news_writes(sentence: str, entity: str, mention: str) -> None:
    assert mention in "".join(_link(sentence).get(entity, []))
