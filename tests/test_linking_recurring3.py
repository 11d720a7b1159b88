"""Linking fixes for the classes that recur over analyst sets 13-103, third pass (issue #15;
the recurrence table is in docs/linking.md, "Linking fixes for recurring classes, third
pass"): a title one person holds at a time («خادم الحرمين الشريفين») names its holder on the
day the text was published, and a bare «البرلمان» in a story of several states is the
parliament of the one state its sentence's political actors name. Sentences written for the
tests (none from an analyst set or an audit), shipped KB, no NER spans."""

from __future__ import annotations

import json
from datetime import date, datetime
from importlib import resources

from conftest import PhraseTagger, link_with_ner
from marsad.arabic.normalize import normalized_view
from marsad.linking.alias_matcher import load_gazetteer
from marsad.linking.linker import link_entities
from marsad.stages.segment import split_sentences

_SALMAN = "per:king-salman"
_ABDULLAH = "per:king-abdullah-saudi"
_THANKS = "وعبر أبناء الجالية عن شكرهم لخادم الحرمين الشريفين والحكومة على هذا القرار."


def _dated(text: str, published: date | None) -> dict[str, list[str]]:
    """Entity id → mention texts of ``text`` published on ``published``."""
    entities = link_entities(normalized_view(text), split_sentences(text),
                             gazetteer=load_gazetteer(), tagger=PhraseTagger({}),  # type: ignore[arg-type]
                             published=published)
    return {e.id: [m.text for m in e.mentions] for e in entities}


def test_the_title_alone_is_its_holder_on_the_day_of_publication() -> None:
    assert _dated(_THANKS, date(2015, 8, 1)).get(_SALMAN) == ["خادم الحرمين الشريفين"]


def test_the_title_in_a_construct_and_its_short_form() -> None:
    text = ("وأكد أن حكومة خادم الحرمين الشريفين حريصة على الأمن، بتوجيه مباشر من خادم "
            "الحرمين وولي عهده.")
    assert _dated(text, date(2018, 6, 6)).get(_SALMAN) == ["خادم الحرمين الشريفين",
                                                           "خادم الحرمين"]


def test_a_timestamp_counts_as_its_day() -> None:
    """``link_entities`` takes a datetime too (a subclass of date that no date compares
    with): its day decides, as the pipeline's parsed date would."""
    assert _dated(_THANKS, datetime(2015, 8, 1, 9, 30)).get(_SALMAN) == ["خادم الحرمين الشريفين"]
    assert _SALMAN not in _dated(_THANKS, datetime(2010, 3, 1, 23, 59))


def test_an_earlier_date_names_the_earlier_holder() -> None:
    found = _dated(_THANKS, date(2010, 3, 1))
    assert found.get(_ABDULLAH) == ["خادم الحرمين الشريفين"]
    assert _SALMAN not in found


def test_without_a_date_the_title_stays_unlinked() -> None:
    # near miss: the text alone cannot tell which king
    found = _dated(_THANKS, None)
    assert _SALMAN not in found and _ABDULLAH not in found


def test_before_the_first_holder_the_kb_has_the_title_stays_unlinked() -> None:
    # near miss: King Fahd's title; the KB has no row for him
    found = _dated(_THANKS, date(1995, 5, 1))
    assert _SALMAN not in found and _ABDULLAH not in found


def test_a_title_before_a_name_or_a_word_of_the_past_is_no_dated_holder() -> None:
    # near misses: the title is the named king's epithet, or a past holder's
    text = ("وأشاد بما قدمه خادم الحرمين الشريفين الملك عبدالله رحمه الله، وكان خادم الحرمين "
            "الشريفين الراحل قد زار المدينة.")
    found = _dated(text, date(2015, 8, 1))
    assert "خادم الحرمين الشريفين" not in found.get(_SALMAN, [])


def test_a_thing_named_after_the_title_or_the_title_as_a_word_is_no_holder() -> None:
    # near misses: the King's Cup, a prize and a programme bear the title as their name, and
    # «لقب» names the title itself
    text = ("توج الهلال بكأس خادم الحرمين الشريفين، وفاز الباحث بجائزة خادم الحرمين الشريفين "
            "للترجمة، وكان أول من اتخذ لقب خادم الحرمين الشريفين.")
    assert _SALMAN not in _dated(text, date(2015, 8, 1))


def test_a_person_s_noun_before_the_title_leaves_it_the_holder() -> None:
    text = "وقال سفير خادم الحرمين الشريفين في القاهرة إن العلاقات متينة."
    assert _dated(text, date(2015, 8, 1)).get(_SALMAN) == ["خادم الحرمين الشريفين"]


def test_the_pipeline_passes_the_article_s_date() -> None:
    import marsad
    from marsad.model import RawDocument

    article = marsad.extract(RawDocument(_THANKS, published="2015-07-20 10:00:00"))
    assert _SALMAN in {entity.id for entity in article.entities}


def test_the_dated_titles_name_kb_people_in_order_of_their_dates() -> None:
    data = json.loads(resources.files("marsad.data").joinpath("linking.json")
                      .read_text(encoding="utf-8"))
    from marsad.kb.loader import load_kb

    kb = load_kb()
    assert data["dated_titles"]
    for holders in data["dated_titles"].values():
        days = [date.fromisoformat(since) for since, _ in holders]
        assert days == sorted(days) and len(set(days)) == len(days)
        assert all((entity := kb.get(entity_id)) is not None and entity.type == "PER"
                   for _, entity_id in holders)


# A bare parliament in a story of several states: the state its sentence's actors name


def test_a_bare_parliament_is_the_state_its_sentence_s_party_and_leader_name() -> None:
    text = ("قصفت الطائرات مواقع في سوريا والعراق. وأدت الانتخابات إلى خسارة حزب العدالة "
            "والتنمية حليف أردوغان في البرلمان، بحسب المراقبين.")
    assert link_with_ner(text).get("org:turkish-grand-national-assembly") == ["البرلمان"]


def test_a_bare_parliament_after_a_head_of_government_in_its_sentence() -> None:
    text = ("زار الوزير الإيراني دمشق وطهران. ويرى مراقبون أن العبادي سيحتل المرتبة الأولى "
            "بنحو 60 مقعدا في البرلمان.")
    assert link_with_ner(text).get("org:iraqi-council-of-representatives") == ["البرلمان"]


def test_a_bare_parliament_whose_sentence_names_two_states_gets_nothing() -> None:
    # near miss: Erdogan and the Iraqi prime minister in one sentence
    text = ("قصفت الطائرات مواقع في سوريا. وقال أردوغان إن العبادي يحظى بدعم واسع في "
            "البرلمان.")
    found = link_with_ner(text)
    assert "org:turkish-grand-national-assembly" not in found
    assert "org:iraqi-council-of-representatives" not in found


def test_a_bare_parliament_beside_a_club_or_a_writer_of_a_state_gets_nothing() -> None:
    # near miss: a country's outlet is no actor of its state
    text = ("قصفت الطائرات مواقع في سوريا وتركيا والعراق. وذكرت صحيفة حريت أن النواب "
            "اجتمعوا في البرلمان.")
    assert "org:turkish-grand-national-assembly" not in link_with_ner(text)


def test_a_bare_parliament_in_a_story_of_a_region_with_its_own_gets_nothing() -> None:
    # near miss: an Iraqi party in a story of the Kurdistan Region's election
    text = ("أقبل الناخبون في إقليم كردستان على التصويت، وأعلنت مفوضية إقليم كردستان "
            "النتائج في تركيا وإيران. واستطاع الحزب الديمقراطي الكردستاني الحفاظ على "
            "أكبر عدد من المقاعد في البرلمان.")
    assert "org:iraqi-council-of-representatives" not in link_with_ner(text)


# The Yemeni army's names of the legitimacy («قوات الشرعية»), context aliases of its state


def test_the_legitimacy_s_forces_in_a_yemen_story_are_the_yemeni_army() -> None:
    text = ("تجددت الاشتباكات بين قوات الشرعية والحوثيين شرقي مدينة تعز، فيما استكملت "
            "المقاومة الشعبية والجيش الموالي للشرعية تطهير عدن.")
    assert link_with_ner(text).get("org:yemeni-army") == ["قوات الشرعية",
                                                          "الجيش الموالي للشرعية"]


def test_the_legitimacy_s_forces_in_a_story_that_never_names_yemen_are_no_yemeni_army() -> None:
    # near miss: any state's government has legitimate forces
    text = "تجددت الاشتباكات بين القوات الشرعية والمتمردين شرقي مدينة بنغازي الليبية."
    assert "org:yemeni-army" not in link_with_ner(text)
