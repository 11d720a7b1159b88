"""Attributed statements: the seed interview's speakers, recipient and the Pentagon."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path
from typing import Any

import pytest

from conftest import load_script
from marsad.arabic.normalize import normalize
from marsad.arabic.tokenize import tokenize
from marsad.extractors.statements import (
    _lone_names,
    _present_persons,
    _strip_conj,
    _unmarked_aside_end,
    extract_statements,
    reporting_lexicon,
)
from marsad.model import Article, Entity, Mention, Statement

ROOT = Path(__file__).resolve().parents[1]

COALITION = "org:global-coalition-against-daesh"
DOD = "org:us-department-of-defense"




def _is_coalition(article: Article, speaker_text: str, entity: str | None) -> bool:
    if article.entities and entity is not None:
        return entity == COALITION
    return speaker_text.startswith(("قيادة التحالف", "قادة التحالف"))


def test_seed_coalition_statements(seed_article: Article) -> None:
    hits = [s for s in seed_article.statements
            if _is_coalition(seed_article, s.speaker.text, s.speaker.entity)]
    assert len(hits) >= 8
    for s in seed_article.statements:
        assert s.content is not None
        assert seed_article.text[s.content.start:s.content.end] == s.content.text
        assert seed_article.text[s.cue_start:s.cue_end] == s.cue


def test_seed_pentagon_and_recipient(seed_article: Article) -> None:
    dod = [s for s in seed_article.statements if s.speaker.entity == DOD
           or s.speaker.text.startswith("وزارة الدفاع الأمريكية")]
    assert dod and dod[0].stance == "announce"
    assert any(s.to == "ستيب" for s in seed_article.statements)


def test_seed_first_speaker_span(seed_article: Article) -> None:
    first = seed_article.statements[0]
    assert first.speaker.text == "قيادة التحالف الدولي ضد داعش"
    assert first.stance == "assert"


def test_entity_linking_prefers_longest_mention() -> None:
    text = "أكدت قيادة التحالف الدولي أن المهمة مستمرة."
    start = text.index("التحالف الدولي")
    ent = Entity(COALITION, "org", "التحالف الدولي",
                 mentions=[Mention(start, start + len("التحالف الدولي"), "التحالف الدولي")])
    (s,) = extract_statements(text, [ent])
    assert s.speaker.entity == COALITION


@pytest.mark.parametrize(("text", "speaker", "to"), [
    ("وقال وزير الخارجية الروسي سيرغي لافروف إن الحل سياسي.",
     "وزير الخارجية الروسي سيرغي لافروف", None),
    ("وأوضح مسؤول كبير بالإدارة الأميركية لـCNN أن القرار نهائي.",
     "مسؤول كبير بالإدارة الأميركية", "CNN"),
    ("وقال المتحدث في تصريح لوكالة رويترز إن الهجوم فشل.", "المتحدث", "وكالة رويترز"),
])
def test_speaker_and_recipient(text: str, speaker: str, to: str | None) -> None:
    (s,) = extract_statements(text)
    assert s.speaker.text == speaker
    assert s.to == to
    assert s.content is not None and s.content.text.startswith(("إن", "أن"))


def test_pronoun_drop_inherits_and_hedges() -> None:
    text = "وقال الوزير إن الوضع صعب. وأضاف أنه ربما يتحسن قريبا."
    _first, second = extract_statements(text)
    assert second.speaker.text == "الوزير" and second.hedged


def test_prepositional_source() -> None:
    (s,) = extract_statements("قتل خمسة مدنيين في القصف، بحسب المرصد السوري لحقوق الإنسان.")
    assert s.speaker.text.startswith("المرصد السوري")
    assert s.content is not None and s.content.text.startswith("قتل خمسة")


# --- issue 21: speakers are referents, relays, cues as data, content spans, uniform shape ----
# Real sentences are read from the shared corpus by article id (never copied into the repo).

@pytest.fixture(scope="module")
def corpus(shared_articles: list[dict[str, Any]]) -> dict[str, str]:
    return {str(row["id"]): row["text"] for row in shared_articles}


def _in(corpus: dict[str, str], article: str, start: int, end: int) -> list[Statement]:
    return [s for s in extract_statements(corpus[article])
            if s.cue_start is not None and start <= s.cue_start < end]


def _speaker_of(text: str, s: Statement) -> str:
    assert s.speaker.start is not None and s.speaker.end is not None
    return text[s.speaker.start:s.speaker.end]


def test_fronted_subject_after_an_and_no_impersonal_cue(corpus: dict[str, str]) -> None:
    # «يذكر أن تركيا أعلنت سيطرتها…»: تركيا, not «سيطرتها»; «يذكر أن» is no cue
    (s,) = _in(corpus, "SK-middleEast-429-20180320", 635, 756)
    assert s.speaker.text == "تركيا" and s.stance == "announce"


def test_fronted_subject_after_kana_qad() -> None:
    (s,) = extract_statements("وكان البيت الأبيض قد حذر من أن الهجوم سيقابل برد قوي.")
    assert s.speaker.text == "البيت الأبيض" and s.stance == "warn"


def test_object_of_transitive_cue_is_not_the_speaker() -> None:
    # the warning reported inside the report is Israel's, relayed by the report (pass 69)
    said = extract_statements("وقال التقرير إن إسرائيل حذرت إيران من الاقتراب من حدودها.")
    assert [(s.speaker.text, s.via.text if s.via else None) for s in said] == [
        ("التقرير", None), ("إسرائيل", "التقرير")]
    (s,) = extract_statements("والحكومة الإسرائيلية حذرت إيران من الاقتراب من حدودها.")
    assert s.speaker.text == "الحكومة الإسرائيلية"


def test_addressee_of_call_is_not_the_speaker(corpus: dict[str, str]) -> None:
    # «ودعت جميع الأطراف إلى…» continues «وأعربت المنظمة الدولية…» of the same paragraph
    (s,) = _in(corpus, "BB-middleEast-646-20180621", 1394, 1563)
    assert s.speaker.text == "المنظمة الدولية"
    # «ودعا كل من الأمين العام… ووزيرة…»: «كل من» is the subject, not an addressee
    (s,) = _in(corpus, "AL-internationalNews-739-20180401", 1041, 1190)
    assert s.speaker.text.startswith("كل من الأمين العام")


@pytest.mark.parametrize("text", [
    "وأصدرت الشرطة بيانا وقالت فيه إن الوضع تحت السيطرة.",
    "وتابع قائلا إن الوضع تحت السيطرة.",
    "وأعلنت سيطرتها على المدينة بعد معارك عنيفة.",
])
def test_never_a_pronoun_participle_or_possessed_noun(text: str) -> None:
    for s in extract_statements(text):
        assert s.speaker.text not in ("فيه", "قائلا", "سيطرتها")


def test_participle_and_continuation_inherit(corpus: dict[str, str]) -> None:
    text = corpus["SK-internationalNews-1553-20180513"]
    stmts = _in(corpus, "SK-internationalNews-1553-20180513", 332, 468)
    assert stmts[-1].cue == "مضيفا"
    assert all("جوكو ويدودو" in _speaker_of(text, s) for s in stmts)
    # «وتابع قائلا» opening the paragraph after the speaker's own quotation: one cue, inherited
    text = corpus["SK-middleEast-1168-20180421"]
    (s,) = _in(corpus, "SK-middleEast-1168-20180421", 2534, 2630)
    assert s.cue == "وتابع قائلا" and "كريس جانيس" in _speaker_of(text, s)


def test_inheritance_stops_at_an_intervening_subject_and_paragraph() -> None:
    text = ("وقال الوزير إن الوضع صعب. وشنت الطائرات غارات على مواقع عدة في المدينة. "
            "وأضاف أن الحل سياسي.")
    assert extract_statements(text)[-1].speaker.text == ""
    text = "وقال الوزير إن الوضع صعب.\nوشهدت المدينة معارك عنيفة.\nوأضاف أن الحل سياسي."
    assert extract_statements(text)[-1].speaker.text == ""


def test_relayed_source_has_speaker_and_via(corpus: dict[str, str]) -> None:
    (s,) = _in(corpus, "SK-internationalNews-2046-20180609", 134, 271)
    assert s.speaker.text == "مدير المؤسسة أرغون توران"
    assert s.via is not None and s.via.text.startswith("وكالة")
    assert corpus["SK-internationalNews-2046-20180609"][s.via.start:s.via.end] == s.via.text
    (s,) = extract_statements("ونقلت رويترز عن مسؤول أمريكي قوله إن المحادثات فشلت.")
    assert (s.speaker.text, s.via and s.via.text) == ("مسؤول أمريكي", "رويترز")


def test_ala_lisan_is_one_record(corpus: dict[str, str]) -> None:
    (s,) = _in(corpus, "FR-internationalNews-2159-20180704", 4572, 4778)
    assert s.speaker.text == "وزير خارجيتها سيرغي لافروف"
    stmts = _in(corpus, "SK-middleEast-206-20180310", 1244, 1390)
    assert [s.speaker.text for s in stmts] == ["وحدات حماية الشعب",
                                               "المتحدث باسمها، نوري محمود"]


def test_hasab_only_with_sources(corpus: dict[str, str]) -> None:
    assert extract_statements("وتم نقل الجرحى إلى المستشفى حسب تعليمات الرئيس.") == []
    (s,) = extract_statements("قتل خمسة مدنيين في القصف، وفقاً للمرصد السوري.")
    assert s.speaker.text.startswith("المرصد")
    # «…الأراضي السورية فحسب"»: "only", not ف+حسب
    # and «…"، وفق "رويترز"» after ليبرمان's statement is the outlet relaying it (via)
    stmts = _in(corpus, "SK-middleEast-3482-20180903", 185, 385)
    assert [s.cue for s in stmts] == ["وقال"]
    assert stmts[0].via is not None and stmts[0].via.text == "رويترز"
    assert stmts[0].content is not None and "وفق" not in stmts[0].content.text


def test_relays_and_verbless_lines() -> None:
    (s,) = extract_statements("ووفقا لوكالة الأنباء السورية الرسمية (سانا) نقلا عن مصدر عسكري "
                              'قال إن "وسائط دفاعنا الجوي تتصدى لعدوان إسرائيلي".')
    assert s.speaker.text == "مصدر عسكري"
    assert s.via is not None and s.via.text.startswith("وكالة الأنباء السورية")
    assert s.content is not None and s.content.text.startswith("إن")
    (s,) = extract_statements('وقالت وسائل إعلام إسرائيلية إنها المرة الأولى، بحسب رويترز.')
    assert s.speaker.text == "وسائل إعلام إسرائيلية" and s.via is not None
    assert s.via.text == "رويترز" and s.content is not None and "بحسب" not in s.content.text
    (s,) = extract_statements('تمهيد.\nوزير الخارجية الأردني: "لا نرى ضرورة في أن يتحمل الأردن '
                              'وحده هذه المسؤولية"')
    assert (s.speaker.text, s.cue) == ("وزير الخارجية الأردني", ":")


def test_pronoun_leads_and_fronted_kana() -> None:
    (s,) = extract_statements("ولم ترد ماي بشكل مباشر على سؤال الصحفيين، لكنها قالت "
                              '"نعتقد أن المسؤولين يجب أن يحاسبوا".')
    assert s.speaker.text == "ماي"
    (s,) = extract_statements("يذكر أن موسكو كانت قد أعلنت في وقت سابق عن إمكانية تزويد النظام"
                              " بالصواريخ.")
    assert s.speaker.text == "موسكو"
    assert extract_statements("وكانت السلطات سلمت الحكومة 8 أطفال، يعتقد أن آباءهم قتلوا.") == []
    assert extract_statements("وذلك وسط تقارير تتحدث عن بدء عملية عسكرية واسعة.") == []


@pytest.mark.parametrize(("article", "start", "end"), [
    ("SK-middleEast-469-20180322", 775, 921),  # «كشفت الصور»
    ("SK-internationalNews-2319-20180625", 793, 905),  # «يدعى» is not «يدعي»
    ("SK-middleEast-589-20180327", 529, 703),  # «وبحسب القانون اللبناني»
])
def test_false_cues_blocked(corpus: dict[str, str], article: str, start: int, end: int) -> None:
    assert _in(corpus, article, start, end) == []


def test_aside_with_false_cue_keeps_the_statement(corpus: dict[str, str]) -> None:
    # «وقال مسؤول عسكري غربي، لم يذكر اسمه، إن…»: one statement, not «اسمه»
    (s,) = _in(corpus, "SK-middleEast-989-20180412", 4418, 4596)
    assert s.speaker.text == "مسؤول عسكري غربي"


def test_cue_forms_generated() -> None:
    lex = reporting_lexicon()
    for form in ("يتهمه", "وصفها", "حذروه", "أدانت", "يندد", "غردت", "كتب", "قالا", "يناشد"):
        assert normalize(form) in lex.verbs, form
    assert lex.verbs[normalize("قائلا")].participle


def test_new_cues(corpus: dict[str, str]) -> None:
    (s,) = _in(corpus, "SK-internationalNews-1509-20180510", 150, 258)
    assert s.cue == "وكتب" and s.speaker.text == "ترامب"
    (s,) = extract_statements("وأدانت الخارجية المصرية في بيان الهجوم الإرهابي على الكنيسة.")
    assert s.stance == "condemn" and s.speaker.text == "الخارجية المصرية"


def test_content_never_ends_in_open_quote_or_ellipsis() -> None:
    text = 'وقال الوزير: "الوضع صعب. لكننا سننتصر". وانتهى الاجتماع.'
    (s,) = extract_statements(text, sentences=[(0, 25), (25, 40), (40, len(text))])
    assert s.content is not None and s.content.text.endswith("سننتصر")
    text = "وقال الوزير إن الوضع... لا يحتمل التأجيل. وانتهى الاجتماع."
    (s,) = extract_statements(text, sentences=[(0, 23), (23, 41), (41, len(text))])
    assert s.content is not None and s.content.text.endswith("التأجيل")


def test_content_stops_before_next_source() -> None:
    text = "وقال الوزير إن الهجوم فشل، فيما قال المتحدث باسم المعارضة إن الهجوم نجح."
    first, second = extract_statements(text)
    assert first.content is not None and first.content.text == "إن الهجوم فشل"
    assert second.speaker.text == "المتحدث باسم المعارضة"


def test_uniform_shape() -> None:
    text = "وقال المتحدث في تصريح لوكالة رويترز إن الهجوم فشل."
    (s,) = extract_statements(text)
    assert s.cue_span is not None and (s.cue_span.start, s.cue_span.end) == (s.cue_start,
                                                                            s.cue_end)
    assert s.to_span is not None and text[s.to_span.start:s.to_span.end] == s.to == "وكالة رويترز"
    assert s.via is None
    row = asdict(s)
    assert list(row)[:10] == ["speaker", "cue", "stance", "content", "start", "end", "to",
                              "hedged", "cue_start", "cue_end"]
    assert set(row["speaker"]) == {"text", "entity", "start", "end", "role"}


def test_role_and_person_link() -> None:
    text = "وقال وزير الخارجية الروسي سيرغي لافروف إن الحل سياسي."
    s0 = text.index("الروسي")
    p0 = text.index("سيرغي")
    ents = [Entity("country:ru", "place", "روسيا", mentions=[Mention(s0, s0 + 6, "الروسي",
                                                                      how="adjective")]),
            Entity("person:lavrov", "person", "سيرغي لافروف",
                   mentions=[Mention(p0, p0 + len("سيرغي لافروف"), "سيرغي لافروف")])]
    (s,) = extract_statements(text, ents)
    assert s.speaker.entity == "person:lavrov" and s.speaker.role == "وزير الخارجية الروسي"


def test_silver_set_floors() -> None:
    by = load_script("evaluate_statements").evaluate()
    total = by["all"]
    assert total["gold"] >= 110
    assert total["right"] / total["gold"] >= 0.75, dict(total)
    assert total["right"] / total["named"] >= 0.9, dict(total)
    assert by["relay"]["via_ok"] == by["relay"]["via_gold"]


# --- held-out rules (tests/gold/statements_heldout.jsonl): one real sentence per rule --------

def test_participle_inflections_and_object_content(corpus: dict[str, str]) -> None:
    # «مضيفين» (plural) continues «وقال الناشطون»; «مؤكدة تدمير…» takes an object as content
    st = _in(corpus, "SNN-b038e3a62d74", 457, 900)
    assert [s.speaker.text for s in st if s.cue == "مضيفين"] == ["الناشطون"]
    (s,) = [s for s in extract_statements("أعلنت خلية الإعلام الحربي العراقية اليوم، مقتل "
                                         "العشرات من عناصر التنظيم، مؤكدة تدمير عدة مخازن.")
            if s.cue == "مؤكدة"]
    assert s.speaker.text == "خلية الإعلام الحربي العراقية"
    assert s.content is not None and s.content.text.startswith("تدمير")
    lex = reporting_lexicon()
    for form in ("مضيفة", "مؤكدين", "واصفا", "مطالبة", "يعتبرونها", "دانت", "نقلته"):
        assert normalize(form) in lex.verbs, form


def test_complement_is_content_not_speaker() -> None:
    (s,) = extract_statements("وأشارت مصادر ليبية إلى وقوع اشتباكات بين ميليشيات مسلحة.")
    assert s.speaker.text == "مصادر ليبية" and s.content is not None
    (s,) = extract_statements("كذلك حذرت منظمات دولية من إجبار اللاجئين على العودة.")
    assert s.speaker.text == "منظمات دولية"
    (s,) = extract_statements("من جهة أخرى، أفادت مصادر يمنية بمقتل عدد من الحوثيين الخميس.")
    assert s.speaker.text == "مصادر يمنية"


def test_governing_subject_of_a_participle(corpus: dict[str, str]) -> None:
    # «ودافع جليك عن الوجود التركي في عفرين، قائلا إنه…»: جليك, not an empty speaker
    text = corpus["SK-internationalNews-850-20180407"]
    at = text.index("ودافع جليك") + 6
    celik = Entity("person:celik", "person", "عمر جليك", mentions=[Mention(at, at + 4, "جليك")])
    (s,) = [s for s in extract_statements(text, [celik]) if s.cue == "قائلا"]
    assert s.speaker.text == "جليك" and s.speaker.entity == "person:celik"
    # gender agreement: a feminine participle does not continue a masculine verb's subject
    st = extract_statements("وأمهل الزعيم الحكومة أياما للنظر في القضية، مؤكدة أن الحل قريب.")
    assert all(s.speaker.text != "الزعيم" for s in st)


def test_relative_antecedent_speaks_only_without_own_subject(corpus: dict[str, str]) -> None:
    (s,) = [s for s in _in(corpus, "CN-middleEast-572-20180411", 300, 400) if s.cue == "قال"]
    assert s.speaker.text == "المسؤول"
    # «الذي يؤكد منتقدوه بأنه…»: the verb has its own subject; the antecedent never speaks
    st = _in(corpus, "SK-internationalNews-1487-20180509", 1400, 1600)
    assert all(s.speaker.text != "الانتخابات البرلمانية والرئاسية" for s in st)


def test_source_clause_after_bihasab_ma() -> None:
    text = "وقتل خمسة مدنيين في القصف، وفق ما أعلن المرصد السوري لحقوق الإنسان."
    (s,) = extract_statements(text)
    assert s.speaker.text.startswith("المرصد السوري") and s.cue.startswith("وفق")
    assert s.content is not None and s.content.text.startswith("وقتل")
    (s,) = extract_statements("كما أعلن الجيش أن الهجوم فشل.")
    assert s.speaker.text == "الجيش" and s.content is not None


def test_impersonal_passive_without_a_speaker_is_no_statement() -> None:
    assert extract_statements("وسيطرت القوات على المدينة. ويعتقد أن 400 ألف شخص قتلوا.") == []


# --- second pass (issue 21): one real sentence per rule, from the old silver, the first
# held-out set (now dev) and the shared corpus; never from tests/gold/statements_heldout2.jsonl

def _cue(st: list[Statement], cue: str) -> Statement:
    (s,) = [s for s in st if s.cue == cue]
    return s


def test_a_quoted_name_does_not_open_a_quotation(corpus: dict[str, str]) -> None:
    # «…عناصر تنظيم “داعش” الإرهابي…، مؤكدة تدمير…»: the closing ” of a quoted name opened
    # a bogus quotation that swallowed the participle
    s = _cue(_in(corpus, "SNN-1bb595355e00", 0, 305), "مؤكدة")
    assert s.speaker.text == "خلية الإعلام الحربي العراقية"


def test_a_verb_inside_an_open_quotation_is_content(corpus: dict[str, str]) -> None:
    # «…وعثرت على "كتابات تشير ضمنا إلى تنظيم داعش"»: «تشير» is what the source said
    st = _in(corpus, "AL-internationalNews-597-20180324", 0, 134)
    assert [s.cue for s in st] == ["أفاد"]


def test_short_names_and_reporters_are_referents(corpus: dict[str, str]) -> None:
    # «مراسلنا» (our correspondent) names a person, and the chain «وأضاف» continues it
    st = _in(corpus, "SK-middleEast-262-20180313", 100, 234)
    assert [s.speaker.text for s in st] == ["مراسلنا", "مراسلنا"]
    # «رانا» ends like «ـنا» but a two-letter stem is no possessed noun
    text = corpus["BB-middleEast-1003-20181002"]
    at = text.index("وقالت رانا")
    (s,) = [s for s in extract_statements(text) if s.cue_start == at]
    assert s.speaker.text.startswith("رانا رهيمبور")


def test_long_fronted_subject_after_kana(corpus: dict[str, str]) -> None:
    # «وكانت وكالة الأنباء السورية قالت، الأحد، إن…»
    text = corpus["SK-middleEast-377-20180319"]
    at = text.index("قالت، الأحد")
    (s,) = [s for s in extract_statements(text) if s.cue_start == at]
    assert s.speaker.text == "وكالة الأنباء السورية"
    # «وكان الوفد البريطاني في منظمة حظر الأسلحة الكيميائية قد حض…، معتبرا…»: the subject
    # before «قد» governs the participle (with its inner «في»)
    text = corpus["FR-middleEast-299-20180416"]
    at = text.index("معتبرا", text.index("وكان الوفد البريطاني"))
    (s,) = [s for s in extract_statements(text) if s.cue_start == at]
    assert s.speaker.text == "الوفد البريطاني في منظمة حظر الأسلحة الكيميائية"
    # an aside after a comma is not part of the subject
    (s,) = extract_statements("وكانت تقارير سابقة، أي في ديسمبر 2012، قد تحدثت عن استخدام "
                              "القوات الحكومية لغاز الأعصاب.")
    assert s.speaker.text == "تقارير سابقة"


def test_subject_of_the_sentence_before(corpus: dict[str, str]) -> None:
    # «وحمّل المومني "إسرائيل…المسؤولية". ودان "استخدام إسرائيل للقوة المفرطة…"»
    s = _cue(_in(corpus, "AL-internationalNews-1161-20180514", 1218, 1434), "ودان")
    assert s.speaker.text == "المومني"


def test_ala_lisan_after_the_verb_is_its_speaker(corpus: dict[str, str]) -> None:
    # «وكانت صحيفة شفق نيوز نقلت في تقرير… على لسان السفير: قوله…»: one record
    (s,) = _in(corpus, "CN-middleEast-1239-20180817", 566, 924)
    assert s.speaker.text == "السفير" and s.via is not None
    assert s.via.text == "صحيفة شفق نيوز"


def test_participle_after_content_without_comma(corpus: dict[str, str]) -> None:
    # «قال مسؤول… إن الجيش التركي لم يقصف مواقع… نافيا رواية الوحدات الكردية»
    s = _cue(_in(corpus, "SNN-fa35ca0c4ea3", 0, 172), "نافيا")
    assert s.speaker.text == "مسؤول في وزارة الخارجية التركية"
    # nominative forms are predicates, never a continuation («الضباط متهمون بالتآمر»)
    lex = reporting_lexicon()
    assert normalize("متهمون") not in lex.verbs and normalize("متهمين") in lex.verbs


def test_hasab_with_a_titled_name_or_a_writer(corpus: dict[str, str]) -> None:
    (s,) = _in(corpus, "SNN-6aed36df7681", 173, 427)
    assert s.speaker.text.startswith("فراس مؤذن")
    (s,) = _in(corpus, "BB-middleEast-818-20180801", 3903, 4109)
    assert s.speaker.text == "الكاتب"


def test_radd_replied_but_not_warada(corpus: dict[str, str]) -> None:
    # «وقد رد وزير الخارجية الروسي، سيرغي لافروف، …، بأن…»
    s = _cue(_in(corpus, "CN-middleEast-103-20180226", 1317, 1584), "رد")
    assert s.speaker.text.startswith("وزير الخارجية الروسي")
    assert s.content is not None and s.content.text.startswith("بأن")
    # «وورد في بيان صادر عن الاتحاد…» (was mentioned) and «ردا على» (in response) are no cues
    text = corpus["FR-internationalNews-2420-20180720"]
    at = text.index("وورد في بيان")
    assert all(s.cue_start != at for s in extract_statements(text))
    assert extract_statements("ردا على هجوم صاروخي بأن الرد سيكون قاسيا.") == []


def test_whoever_claims_is_no_statement(corpus: dict[str, str]) -> None:
    # «ما زال هناك من يدَّعي واهمًا نصرًا…»
    assert _in(corpus, "SNN-056ba7436b6f", 378, 583) == []


def test_complement_after_a_setting_or_an_object(corpus: dict[str, str]) -> None:
    # «تحدثت صحيفة محلية في مدينة شيتا في سيبيريا عن جنازات…»
    s = _cue(_in(corpus, "FR-middleEast-538-20180527", 1475, 1603), "تحدثت")
    assert s.speaker.text == "صحيفة محلية"
    assert s.content is not None and s.content.text.startswith("عن جنازات")
    # «وكان الرئيسان… قد طالبا المجتمع الدولي بـ"رد حازم"…»
    text = corpus["AL-internationalNews-868-20180410"]
    at = text.index("طالبا المجتمع")
    (s,) = [s for s in extract_statements(text) if s.cue_start == at]
    assert s.speaker.text.startswith("الرئيسان الفرنسي")
    assert s.content is not None and s.content.text.startswith("بـ")


def test_verbal_noun_after_ila_takes_the_clause_subject(corpus: dict[str, str]) -> None:
    # «وسارعت وزارة الدفاع الأمريكية (البنتاغون) إلى نفي أن…»
    (s,) = _in(corpus, "FR-middleEast-234-20180409", 763, 850)
    assert s.speaker.text.startswith("وزارة الدفاع الأمريكية") and s.stance == "deny"


def test_participle_before_punctuation_is_an_adjective(corpus: dict[str, str]) -> None:
    # «…بلائحة تنفيذية معلنة, إذ…»
    assert all(s.cue != "معلنة" for s in _in(corpus, "SNN-0b1d346ece50", 2967, 3719))


def test_cue_inside_object_content_continues_the_speaker(corpus: dict[str, str]) -> None:
    # «تحدثت صحيفة محلية… عن جنازات أقيمت لأربعة جنود ذكرت أنهم قتلوا…»: a complement is no
    # clause with a subject of its own, so «ذكرت» continues the newspaper
    s = _cue(_in(corpus, "FR-middleEast-538-20180527", 1475, 1603), "ذكرت")
    assert s.speaker.text == "صحيفة محلية"


def test_nominal_source_before_a_subjectless_verb(corpus: dict[str, str]) -> None:
    # «جاء ذلك في مقابلة لبن الياهو مع… حيث قال: "…"»
    s = _cue(_in(corpus, "CN-middleEast-549-20180410", 288, 696), "قال")
    assert s.speaker.text == "بن الياهو"
    # an audience is no source: «في تصريح للصحفيين قال…»
    (s,) = extract_statements("وفي تصريح للصحفيين قال إن الوضع خطير.")
    assert s.speaker.text == ""


def test_object_suffixed_cue_takes_its_predicate(corpus: dict[str, str]) -> None:
    # «…، وتعتبرها أنقرة جماعة "إرهابية"…»
    text = corpus["SK-middleEast-85-20180226"]
    at = text.index("وتعتبرها أنقرة")
    (s,) = [s for s in extract_statements(text) if s.cue_start == at]
    assert s.speaker.text.startswith("أنقرة") and s.content is not None
    # «…، التي اعتبرها تدريبا على…»: after a relative, a bare noun is the predicate
    st = _in(corpus, "SK-internationalNews-3227-20180912", 1065, 1235)
    assert all(s.speaker.text != "تدريبا" for s in st)


def _at(corpus: dict[str, str], article: str, needle: str) -> Statement:
    text = corpus[article]
    at = text.index(needle)
    (s,) = [s for s in extract_statements(text)
            if s.cue_start is not None and at <= s.cue_start < at + len(needle)]
    return s


def test_the_object_of_an_object_taking_cue_is_not_the_speaker(corpus: dict[str, str]) -> None:
    # a verbal noun after a definite subject opens the object
    s = _at(corpus, "SK-middleEast-668-20180330", "أعلنت وزارة الصحة الفلسطينية مقتل")
    assert s.speaker.text == "وزارة الصحة الفلسطينية"
    assert s.content is not None and s.content.text.startswith("مقتل")
    # «أية» opens it anywhere
    assert _at(corpus, "BB-middleEast-315-20180409", "نفت دمشق أية").speaker.text == "دمشق"
    # an addressee after the subject of a transitive cue
    assert _at(corpus, "CN-middleEast-1302-20180907", "طالب المجلس").speaker.text == "المجلس"
    # but a verbal noun after a bare noun belongs to a name: «هيئة تحرير الشام»
    (s,) = extract_statements("وأعلنت هيئة تحرير الشام أن الهجوم فشل.")
    assert s.speaker.text == "هيئة تحرير الشام"


def test_kama_opening_a_sentence_is_also(corpus: dict[str, str]) -> None:
    # «كما أشاد الأسد بنظام الدفاع الروسي…»: "also", an ordinary statement with its complement
    s = _at(corpus, "CN-middleEast-643-20180415", "كما أشاد الأسد")
    assert s.cue == "أشاد" and s.speaker.text == "الأسد"
    assert s.content is not None and s.content.text.startswith("بنظام")


def test_object_after_transitive_cue_is_not_the_speaker() -> None:
    """Issue 21 (v4): the object glued to the subject after the verb is cut off."""
    text = "وأعلن تنظيم داعش الإرهابي مسؤوليته عن الهجوم."
    speakers = [s.speaker.text for s in extract_statements(text)]
    assert speakers == ["تنظيم داعش الإرهابي"]


def test_adverbs_and_threat_complements_never_speak() -> None:
    text = "وهدد بشن هجوم على المنطقة. وتبين لاحقا أن غالبيتهم من المدنيين."
    for st in extract_statements(text):
        assert st.speaker.text not in ("بشن هجوم", "لاحقا")


def test_speaker_after_the_outlet_it_spoke_to() -> None:
    text = 'وأكد لـ"الرياض" غزاي الحربي ابن السجين أن المحكمة حكمت لوالده بالبراءة.'
    (st,) = extract_statements(text)
    assert st.speaker.text.startswith("غزاي الحربي")
    assert st.to == "الرياض"


# Whole-article held-out sets (scripts/evaluate_statements.py) and their article counts.
WHOLE_ARTICLE_SETS = {3: 14, 4: 15, 5: 15, 6: 15, 7: 15, 8: 12, 9: 12, 10: 12, 11: 12, 12: 12,
                      13: 12, 14: 12, 15: 12, 16: 12, 17: 12, 18: 12, 19: 12, 20: 12, 28: 12,
                      33: 12, 34: 12, 35: 12, 36: 12, 37: 12, 38: 12, 39: 12,
                      40: 12, 41: 12, 42: 12, 43: 12, 44: 12, 45: 12, 46: 12, 47: 12,
                      48: 12, 49: 12, 50: 12, 51: 12, 52: 12, 53: 12, 54: 12, 55: 12,
                      56: 12, 57: 12, 58: 12, 59: 12, 60: 12, 61: 12, 62: 12,
                      63: 12, 64: 12, 65: 12, 66: 12,
                      67: 12, 68: 12, 69: 12, 70: 12, 71: 12,
                      72: 12, 73: 12, 74: 12, 75: 12,
                      76: 12, 77: 12, 78: 12, 79: 12,
                      80: 12, 81: 12, 82: 12, 83: 12,
                      84: 12, 85: 12, 86: 12, 87: 12, 88: 12,
                      89: 12, 90: 12, 91: 12, 92: 12, 93: 12, 94: 12,
                      95: 12, 96: 12, 97: 12, 98: 12, 99: 12, 100: 12,
                      101: 12, 102: 12, 103: 12, 104: 12,
                      105: 12, 106: 12, 107: 12, 108: 12,
                      109: 12, 110: 12,
                      111: 12, 112: 12,
                      113: 12, 114: 12,
                      115: 12, 116: 12,
                      117: 12, 118: 12,
                      119: 12, 120: 12,
                      121: 12, 122: 12,
                      123: 12, 124: 12,
                      125: 12, 126: 12, 127: 12, 128: 12,
                      129: 12, 130: 12,
                      131: 12, 132: 10,
                      133: 10, 134: 10,
                      135: 10, 136: 10,
                      137: 10, 138: 10,
                      139: 10, 140: 10,
                      141: 10, 142: 10,
                      143: 10, 144: 10,
                      145: 10, 146: 10,
                      147: 10, 148: 10,
                      149: 10, 150: 10,
                      151: 10, 152: 10,
                      153: 10, 154: 10,
                      155: 10, 156: 10,
                      157: 10, 158: 10, 159: 10, 160: 6, 161: 6, 162: 6, 163: 6, 164: 6,
                      165: 5, 166: 5}
# Recall floors of whole-article held-out sets (no entities): the figure after the pass that
# labelled the set, so a later rule that loses one of its statements fails here.
HELDOUT_FLOORS = {33: 0.94, 34: 0.87, 35: 0.88, 36: 0.89, 37: 0.85, 38: 0.84, 39: 0.93, 40: 0.85,
                  41: 0.78, 42: 0.80, 43: 0.90, 44: 0.76, 45: 0.80, 46: 0.86, 47: 0.89, 48: 0.92,
                  49: 0.88, 50: 0.83, 51: 0.85, 52: 0.93,
                  53: 0.93, 54: 0.86, 55: 0.83, 56: 0.93, 57: 0.94, 58: 0.85, 59: 0.76,
                  60: 0.84, 61: 0.91, 62: 0.77, 63: 0.71, 64: 0.85,
                  65: 0.94, 66: 0.83, 67: 0.75, 68: 0.95, 69: 0.89,
                  70: 0.75, 71: 0.84, 72: 0.90, 73: 0.87,
                  74: 0.78, 75: 0.77, 76: 0.85, 77: 0.78, 78: 0.81, 79: 0.73,
                  80: 0.76, 81: 0.79, 82: 0.77, 83: 0.73, 84: 0.80, 85: 0.70, 86: 0.80,
                  87: 0.88, 88: 0.75, 89: 0.78, 90: 0.82, 91: 0.63, 92: 0.60,
                  93: 0.74, 94: 0.81, 95: 0.67, 96: 0.75,
                  97: 0.83, 98: 0.81, 99: 0.88, 100: 0.75, 101: 0.73, 102: 0.83,
                  103: 0.85, 104: 0.81, 105: 0.78, 106: 0.83,
                  107: 0.75, 108: 0.70,
                  109: 0.72, 110: 0.75,
                  111: 0.80, 112: 0.81,
                  113: 0.90, 114: 0.77,
                  115: 0.81, 116: 0.73,
                  117: 0.77, 118: 0.79,
                  119: 0.80, 120: 0.86,
                  121: 0.83, 122: 0.75,
                  123: 0.92, 124: 0.81,
                  125: 0.89, 126: 0.84,
                  127: 0.81, 128: 0.84,
                  129: 0.86, 130: 0.79,
                  131: 0.72, 132: 0.70,
                  133: 0.70, 134: 0.80,
                  135: 0.71, 136: 0.67,
                  137: 0.63, 138: 0.61,
                  139: 0.68, 140: 0.63,
                  141: 0.59, 142: 0.77,
                  143: 0.73, 144: 0.71,
                  145: 0.65, 146: 0.75,
                  147: 0.69, 148: 0.62, 149: 0.61, 150: 0.70,
                  151: 0.66, 152: 0.57, 153: 0.65, 154: 0.71, 155: 0.58,
                  156: 0.66, 157: 0.70, 158: 0.78,
                  159: 0.74, 160: 0.68, 161: 0.65, 162: 0.45, 163: 0.75, 164: 0.61,
                  165: 0.59, 166: 0.66}


@pytest.mark.parametrize("number", sorted(HELDOUT_FLOORS))
def test_heldout_set_recall_floor(number: int) -> None:
    gold = Path(__file__).parent / "gold" / f"statements_heldout{number}.jsonl"
    total = load_script("evaluate_statements").evaluate(gold)["all"]
    assert total["right"] / total["gold"] >= HELDOUT_FLOORS[number], dict(total)


@pytest.mark.parametrize("number", sorted(WHOLE_ARTICLE_SETS))
def test_whole_article_heldout_set_is_new_and_well_formed(number: int) -> None:
    """Each whole-article held-out set shares no article with any other statements gold file
    nor the keep/fix sample; each line is one sentence, its items' cues inside it and every
    item's offsets ordered."""
    import json

    gold = Path(__file__).parent / "gold"

    def rows(name: str) -> list[dict[str, Any]]:
        text = (gold / name).read_text(encoding="utf-8")
        return [json.loads(line) for line in text.splitlines() if line.strip()]

    name = f"statements_heldout{number}.jsonl"
    held = rows(name)
    others = {str(r["article_id"]) for path in gold.glob("statements*.jsonl")
              if path.name != name for r in rows(path.name)}
    ids = {str(r["article_id"]) for r in held}
    assert len(ids) == WHOLE_ARTICLE_SETS[number] and not ids & others
    for r in held:
        assert r["sentence_start"] < r["sentence_end"]
        for item in r["items"]:
            assert r["sentence_start"] <= item["cue_start"] < r["sentence_end"]
            for key in ("cue", "speaker", "content"):
                assert item[f"{key}_start"] < item[f"{key}_end"]


def test_continuation_across_a_quotation_and_a_sentence_without_a_subject() -> None:
    # a quotation of the speaker's own words between two cues is what was said, no clause
    text = ('وقال الوزير إن الوضع صعب. "لا نعرف متى ينتهي القتال في المدينة ولا متى يعود '
            'الناس". وأضاف أن الحل سياسي.')
    assert extract_statements(text)[-1].speaker.text == "الوزير"
    # a sentence with no subject of its own (a preposition, a verb and an indefinite noun)
    text = ("وقال الوزير إن الوضع صعب. وفي الأثناء، استمر انقطاع الكهرباء عن الأحياء الشرقية "
            "لليوم الثالث. وأضاف أن الحل سياسي.")
    assert extract_statements(text)[-1].speaker.text == "الوزير"


@pytest.mark.parametrize("text", [
    # the cue does not agree with the statement it would continue
    "وقالت الوزيرة إن الوضع صعب. وفي الأثناء، استمر انقطاع الكهرباء. وأضاف أن الحل سياسي.",
    # another paragraph
    "وقال الوزير إن الوضع صعب. وفي الأثناء، استمر انقطاع الكهرباء.\nوأضاف أن الحل سياسي.",
    # a person or a source noun in between
    "وقال الوزير إن الوضع صعب. وفي الأثناء، زار مسؤول الأحياء. وأضاف أن الحل سياسي.",
])
def test_no_continuation_across_a_mismatch_paragraph_or_other_source(text: str) -> None:
    assert extract_statements(text)[-1].speaker.text == ""


def test_outlet_written_on_to_its_lam_is_no_speaker() -> None:
    # «لـCNN» is the outlet spoken to; the subject fronted before «قد» is the speaker
    text = "وكانت عضو البرلمان المصري، داليا يوسف، قد قالت لـCNN إنها سعيدة بنتيجة التصويت."
    (st,) = extract_statements(text)
    assert st.speaker.text.startswith("عضو البرلمان المصري")


def test_closing_quote_of_a_name_opens_no_quotation() -> None:
    # the content after «قناة “العربية”» is no quotation, so the next cue is a statement
    text = ("واعتبر المتابعون ما فعلته قناة “العربية” بأنه كيل بمكيالين، وقال خالد المهاوش "
            "“هل السعودي قتيل والإماراتي شهيد يا قناة العربية”.")
    speakers = [st.speaker.text for st in extract_statements(text)]
    assert speakers == ["المتابعون", "خالد المهاوش"]


def test_quoted_name_with_its_setting_is_the_speaker() -> None:
    text = ('وقال "مجلس منبج العسكري" التابع لقوات سوريا الديموقراطية في بيان، إن "الدفعة '
            'الأخيرة من المستشارين قد اكملت انسحابها".')
    (st,) = extract_statements(text)
    assert st.speaker.text == "مجلس منبج العسكري"


@pytest.mark.parametrize("text", [
    "يذكر أنه من المقرر أن تعلن الهيئة الوطنية للانتخابات عن الفائز يوم الاثنين.",
    "ثم أطلق النار باتجاه الزوج بغية التمويه وعدم كشف الجريمة وإيهام المحققين.",
])
def test_what_is_to_be_said_or_a_verbal_noun_is_no_statement(text: str) -> None:
    assert extract_statements(text) == []


def test_present_cue_after_qabla_an_is_a_statement() -> None:
    text = "استمرت المفاوضات مع الفصائل، قبل أن تعلن الأخيرة فشلها الأربعاء بسبب الإصرار."
    assert [st.cue for st in extract_statements(text)] == ["تعلن"]


def test_coordinated_second_verb_keeps_the_speaker() -> None:
    # SNN-c0ea4b461b02: «ووصف X التصويت بأنه "…" وقال إنه…» — two statements of one speaker
    text = ('ووصف رئيس المجلس محمد الناصر التصويت على مشروع القانون بأنه "انجاز عظيم" وقال '
            "إنه يستجيب لرغبة التونسيين.")
    first, second = extract_statements(text)
    assert first.content is not None and first.content.text == 'بأنه "انجاز عظيم"'
    assert second.cue == "وقال" and second.speaker.text.startswith("رئيس المجلس محمد الناصر")
    assert second.content is not None and second.content.text.startswith("إنه يستجيب")
    # a verb of another gender is someone else's, still inside the content
    text = "وقال الوزير إن الحكومة وافقت على الخطة وأعلنت أنها ستبدأ غدا."
    assert [st.cue for st in extract_statements(text)] == ["وقال"]


@pytest.mark.parametrize("text", [
    "سبحت الهيئة أسلحتها الثقيلة، على الرغم من أنها لم تعلن عن موقفها من الاتفاق.",
    "اندلع الحريق في المبنى ولم يُعلن عن أي وفيات.",
    "وردت إسرائيل بإطلاق صواريخ على مواقع في غزة.",
])
def test_negated_cue_or_military_reply_is_no_statement(text: str) -> None:
    assert extract_statements(text) == []


def test_reply_in_words_is_a_statement() -> None:
    (st,) = extract_statements("وردت الوزارة بأن الاتهامات باطلة.")
    assert st.speaker.text == "الوزارة"


def test_source_before_a_verb_relays_it() -> None:
    # SK-middleEast-766-20180404: «وحسب رويترز، قال X "…"» — Reuters relays X, one record
    text = ('وحسب رويترز، قال موريس غلاسمان وهو عضو بحزب العمال في مجلس اللوردات "نحن هنا '
            'من أجل علاقة طويلة الأمد معكم."')
    (st,) = extract_statements(text)
    assert st.speaker.text == "موريس غلاسمان"
    assert st.via is not None and st.via.text == "رويترز"


def test_according_to_an_earlier_speaker_or_a_bracketed_source() -> None:
    # FR-internationalNews-2094-20180630 and BB-middleEast-604-20180609
    text = ('أعلن ليث حمزة المتحدث الرسمي باسم المفوضية أن "عملية العد ستبدأ الثلاثاء". '
            "وفي ما يتعلق بالصناديق التي تم نقلها إلى بغداد، سيتم العد والفرز فيها في بغداد، "
            "بحسب حمزة.")
    assert [st.speaker.text for st in extract_statements(text)][-1] == "حمزة"
    text = ("وبحسب (المرصد السوري لحقوق الإنسان)، ومقره في بريطانيا، عادت غالبية البوكمال إلى "
            "سيطرة القوات الحكومية.")
    (st,) = extract_statements(text)
    assert st.speaker.text == "المرصد السوري لحقوق الإنسان"
    (st,) = extract_statements("ووفق مدير المرصد، رامي عبد الرحمن، سبحت الهيئة أسلحتها الثقيلة.")
    assert st.speaker.text.startswith("مدير المرصد")
    assert extract_statements("وحسب تعليمات الرئيس، تم إغلاق المعبر.") == []


def test_name_made_public_in_a_relative_clause_is_no_statement() -> None:
    # SNN-7914a1be3e07: «الذي أعلنت وزارة الداخلية أمس اسمه»; «مشيرا» continues الزايدي
    text = ("وأشار الزايدي إلى أن الإرهابي الهالك الذي أعلنت وزارة الداخلية السعودية أمس اسمه "
            "كمتورط في تفجير مسجد الطوارئ من حديثي السن، مشيرا إلى أن الجهود الأمنية جعلت هذه "
            "التنظيمات توجه أدواتها إلى رجال الأمن.")
    assert [(st.cue, st.speaker.text) for st in extract_statements(text)] == [
        ("وأشار", "الزايدي"), ("مشيرا", "الزايدي")]


def test_first_name_in_ha_is_a_speaker() -> None:
    # AL-internationalNews-856-20180409: «ساره» is a name, not a possessed noun
    text = ('اعتبر البيت الأبيض أن سوريا غير قادرة على شن هجمات. وقالت ساره ساندرز، المتحدثة '
            'باسم الرئيس الأميركي دونالد ترمب: "لقد شدد الرئيس على أن روسيا وإيران تتحملان '
            'مسؤولية هذه الأعمال".')
    assert extract_statements(text)[-1].speaker.text.startswith("ساره ساندرز")


def test_participle_continues_the_subject_of_any_governing_verb() -> None:
    text = "ووجه النائب محمد العلي سؤالا إلى وزير المالية قائلا: لماذا تأخرت الرواتب؟"
    (st,) = extract_statements(text)
    assert st.speaker.text == "النائب محمد العلي"
    text = ("وكتب الداعية تغريدة علق فيها الإعلامي عبدالعزيز الخنين، قائلا: لا أبرئه لكن "
            "الموضوع يدعو للشك.")
    (st,) = extract_statements(text)
    assert st.speaker.text.startswith("الإعلامي")


def test_verbless_quote_in_a_setting_continues_the_speaker() -> None:
    text = ('وقال الرئيس ترامب في تغريدة إن الاتفاق سيئ. وفي تغريدة أخرى: "لن نتراجع عن '
            'قرارنا أبدا".')
    _first, second = extract_statements(text)
    assert second.cue == "تغريدة" and second.speaker.text == "الرئيس ترامب"
    assert second.content is not None and second.content.text.startswith("لن نتراجع")
    assert extract_statements('وفي بيان له: "نرفض هذه الاتهامات جملة وتفصيلا".') == []


@pytest.mark.parametrize("word", ["مستنكرا", "مناشدا", "معللا"])
def test_new_participle_cues(word: str) -> None:
    lex = reporting_lexicon()
    cue = lex.verbs.get(normalize(word))
    assert cue is not None and cue.participle


def test_defendants_are_no_participle() -> None:
    text = "أفاد مصدر قضائي أن المحكمة قضت بالسجن على عشرة متهمين آخرين."
    assert [st.cue for st in extract_statements(text)] == ["أفاد"]


def test_abbar_before_an_and_a_possessed_noun_expresses() -> None:
    text = ("وعبر عدد من اليمنيين عن شكرهم وتقديرهم لخادم الحرمين الشريفين الملك سلمان بن "
            "عبدالعزيز.")
    (st,) = extract_statements(text)
    assert st.cue == "وعبر" and st.speaker.text == "عدد من اليمنيين"
    assert st.content is not None and st.content.text.startswith("عن شكرهم")
    # «عبر» is mostly "via": no «عن» + a possessed noun, no cue
    assert extract_statements("وعبر الحدود مع تركيا دخل المقاتلون عن طريق البحر.") == []
    text = "وأشارت ميلانيا إلى أنها تعبر عن رأيها في هذا الشأن."
    assert [st.cue for st in extract_statements(text)] == ["وأشارت"]


def test_bayyan_at_the_head_of_a_clause_before_an() -> None:
    text = "وبين المسؤول أن المقاتلات الروسية أرسلت إلى قاعدة حميميم، غرب سوريا."
    (st,) = extract_statements(text)
    assert st.cue == "وبين" and st.speaker.text == "المسؤول"
    assert st.content is not None and st.content.text.startswith("أن المقاتلات")
    # «بين» is mostly "between"
    assert extract_statements("وبين الطرفين خلافات على أن يتم الاتفاق.") == []
    text = ("وبينت الدراسة مدى الانعكاسات على الموارد المائية بسبب استهلاك كميات كبيرة من "
            "المياه خلال عملية استخراج النفط والغاز الصخريين، وبالتالي فإن إنتاج النفط والغاز "
            "الصخريين في الدول ذات المصادر المائية المحدودة غير مناسب.")
    assert [st.cue for st in extract_statements(text)] == ["وبينت"]  # «بينت» (showed)


def test_studies_and_investigations_are_sources() -> None:
    (st,) = extract_statements("وأشارت التحقيقات إلى أن السائق أطلق النار باتجاه الزوجة.")
    assert st.speaker.text == "التحقيقات"
    (st,) = extract_statements("وخلصت الدراسة إلى أن عملية إنتاج النفط والغاز الصخريين ينجم "
                               "عنها انبعاثات عالية.")
    assert st.cue == "وخلصت" and st.speaker.text == "الدراسة"


def test_hathth_takes_ala() -> None:
    (st,) = extract_statements("وحث كاميرون الشبان على عدم الانسياق وراء الفكر المتطرف.")
    assert st.cue == "وحث" and st.speaker.text.startswith("كاميرون")
    assert st.content is not None and st.content.text.startswith("على عدم")


@pytest.mark.parametrize("word", ["زاعماً", "منوها", "متمنياً"])
def test_v8_participle_cues(word: str) -> None:
    cue = reporting_lexicon().verbs.get(normalize(word))
    assert cue is not None and cue.participle
    # v47: the past «تمنى» is a cue too, with its content only; the present stays out (a mood)
    wished = reporting_lexicon().verbs.get(normalize("تمنى"))
    assert wished is not None and wished.needs_content and not wished.participle
    assert reporting_lexicon().verbs.get(normalize("يتمنى")) is None


def test_quoted_name_inside_a_quotation_does_not_close_it() -> None:
    text = ('وقال ماكرون: "إن تدخلنا العسكري في سوريا يفسّر فقط ضمن إطار محاربة "داعش"، وما '
            'قاله البيت الأبيض يمثل موقفنا منذ البداية."\nوأضاف بقوله: "لم أقُل إن الولايات '
            'المتحدة تنوي الالتزام عسكرياً في سوريا".')
    first, second = extract_statements(text)
    assert first.content is not None and first.content.text.endswith("منذ البداية.")
    assert second.speaker.text == "ماكرون"


def test_partial_quotation_runs_on_to_the_clause_end() -> None:
    text = ("وتعهد المحافظ «ببذل كل ما يمكن عمله ليعود لعدن رونقها وجمالها وإعادة ما دمرته "
            "قوات» الحوثيين وأتباع الرئيس السابق علي عبد الله صالح، منوها بأن «إعادة إعمار "
            "عدن لن يكون إلا بتعاون الجميع».")
    first, second = extract_statements(text)
    assert first.content is not None and first.content.text.endswith("علي عبد الله صالح")
    assert second.cue == "منوها" and second.speaker.text == "المحافظ"


def test_resumptive_text_gives_its_writer_as_speaker() -> None:
    text = ('وكتب ترامب تغريدة على تويتر، صباح الأحد، قال فيها: "إنهم يموتون من الضحك في '
            'موسكو. استفيقي يا أميركا!".')
    assert [st.speaker.text for st in extract_statements(text)] == ["ترامب"]
    text = ("وأصدر المدير الإقليمي للبرنامج لمنطقة الشرق الأوسط وشمال أفريقيا وشرق أوروبا "
            "ووسط آسيا، مهنّد هادي، بيانًا جاء فيه: «نحن نتحدّى الصعاب لنصل إلى عشرات الآلاف "
            "من الناس الذين يعانون الجوع إذا لم يتلقّوا مساعدات غذائية».")
    (st,) = extract_statements(text)
    assert st.cue == "جاء" and st.speaker.text == "مهنّد هادي"
    text = ('ونشر التلفزيون السوري خبراً عاجلاً أفاد به بوصول "القوات الشعبية" لمدينة عفرين '
            'بمحافظة حلب "خلال الساعات القليلة القادمة".')
    (st,) = extract_statements(text)
    assert st.speaker.text == "التلفزيون السوري"
    assert st.content is not None and st.content.text.startswith("بوصول")


def test_explicit_object_pronoun_before_the_content() -> None:
    text = ("وقال البريدي في دعوته إن العالم العربي، فنانين وإعلاميين، يقف مع القصبي، مناشدا "
            "إياه القدوم للحلقة.")
    _first, second = extract_statements(text)
    assert second.cue == "مناشدا" and second.speaker.text == "البريدي"
    assert second.content is not None and second.content.text == "القدوم للحلقة"


def test_quoted_name_fronted_after_kana() -> None:
    text = ('وكانت "سانا" أفادت الأربعاء أنه تم التوصل إلى اتفاق بين النظام السوري وفصائل '
            'المعارضة المسلحة في بلدة حمورية.')
    (st,) = extract_statements(text)
    assert st.speaker.text == "سانا"


def test_source_leads_with_wafqan_jaa_and_resumptive_bihi() -> None:
    text = ("وشنت الولايات المتحدة الأمريكية وبريطانيا وفرنسا ضربات لمواقع كيماوية في سوريا "
            "وفقا لما قاله الرئيس الأمريكي، دونالد ترامب، فجر السبت.")
    (st,) = extract_statements(text)
    assert st.cue.startswith("وفقا لما") and st.speaker.text.startswith("الرئيس الأمريكي")
    text = ("وتنتشر حاليا قوات تدعمها الولايات المتحدة والتحالف الدولي، حسب ما جاء في "
            "البيان.")
    (st,) = extract_statements(text)
    assert st.speaker.text == "البيان"
    text = "وعثر على جثث ثلاثة أشخاص في المنزل، وفق ما أفادت به وكالة فرانس برس."
    (st,) = extract_statements(text)
    assert st.speaker.text == "وكالة فرانس برس"
    # after another source's statement the outlet relays it
    text = ('وقال الأمين العام للأمم المتحدة، في بيان صحفي، إنه "اتصل بسفراء الدول الخمس دائمة '
            'العضوية في مجلس الأمن مجددا"، وفقا لما نقلته إذاعة الأمم المتحدة.')
    (st,) = extract_statements(text)
    assert st.via is not None and st.via.text == "إذاعة الأمم المتحدة"


def test_daa_li_verbal_noun_is_the_complement() -> None:
    (st,) = extract_statements("ودعت وزارة الداخلية لعدم إطلاق النار خلال إعلان نتائج "
                               "الانتخابات.")
    assert st.speaker.text == "وزارة الداخلية"
    assert st.content is not None and st.content.text.startswith("لعدم إطلاق")


def test_continuation_across_a_paragraph_of_the_speakers_words() -> None:
    # SNN-dbe429f27853: «وأشار» with no subject after a paragraph of Cameron's own words
    text = ("وقال كاميرون: في إطار مشروع قانون مكافحة التطرف سنطرح سلطات جديدة موجهة بدقة "
            "لتمكيننا من التعامل مع وسطاء التجنيد والزعماء الدينيين ومنعهم من نشر الكراهية. "
            "سنعمل كذلك على تقوية دور هيئة تنظيم البث التلفزيوني لنتمكن من اتخاذ إجراء ضد "
            "قنوات أجنبية تبث محتوى متطرفا.\n"
            ' وأشار إلى إن الحكومة ستشجع "الإسلام المعتدل".')
    sts = extract_statements(text)
    assert [st.cue for st in sts][-1] == "وأشار"
    assert sts[-1].speaker.text == "كاميرون"


def test_continuation_blocked_by_narration_with_its_own_subject() -> None:
    # SNN-e742797cc1b3: the governor became the subject in between; not the witnesses
    text = ("وقال شهود ان المسلح وقف وسط الظلام بعد عشرين دقيقة من بدء الفيلم وبدأ بإطلاق "
            "النار.\n\n وانتقل حاكم لويزيانا الجمهوري بوبي جيندال اثر الحادث الى مدينة لافايت "
            "التي يسكنها 120 ألف شخص.\n\n"
            ' وقال في مؤتمر صحافي "كحاكم وأب وزوج كلما سمعنا عن وقوع أعمال عنف خرقاء مثل هذه '
            'ينتابنا الغضب والحزن في آن واحد".')
    last = extract_statements(text)[-1]
    assert last.cue == "وقال" and last.speaker.text != "شهود"


def test_continuation_agrees_with_the_verbs_gender() -> None:
    # CN-middleEast-165-20180304: «ونقلت الوكالة في تقريرها على لسان مصدر عسكري» relays the
    # source; «وأضاف» (he) continues the source, never the agency (she)
    text = ('ونقلت الوكالة في تقريرها على لسان مصدر عسكري، قوله: "قامت وحدات من الجيش العربي '
            'السوري خلال اليومين الماضيين بتنفيذ عمليات على مقرات الإرهابيين في الغوطة '
            'الشرقية."\nوأضاف: "إن عمليات الجيش أسفرت عن استعادة السيطرة على بلدة النشابية."')
    relayed, added = extract_statements(text)
    assert relayed.speaker.text == "مصدر عسكري"
    assert relayed.via is not None and relayed.via.text == "الوكالة"
    assert added.cue == "وأضاف" and added.speaker.text == "مصدر عسكري"
    # BB-middleEast-669-20180626: «طالبت بريطانيا» (she) is no antecedent of «وكتب» (he)
    text = ("وقال جونسون قبل الاجتماع الذي طالبت بريطانيا بعقده، إن المقترح يهدف إلى تعزيز "
            "الحظر على الأسلحة الكيمياوية.\n"
            'وكتب على موقع تويتر: "نقترح أن تشرع منظمة حظر الأسلحة الكيمياوية في تحديد '
            'المسؤولية عن تنفيذ هجمات كيمياوية في سوريا".')
    wrote = next(st for st in extract_statements(text) if st.cue == "وكتب")
    assert wrote.speaker.text != "الاجتماع"


def test_participle_of_manner_after_a_dropped_subject() -> None:
    # FR-middleEast-708-20180629: «وأضاف مقدما التعازي…» — «مقدما» is how he spoke
    text = ('وقال العبادي خلال اجتماع في قيادة العمليات المشتركة إن "قواتنا الأمنية والعسكرية '
            'ستقتص بقوة من الخلايا الإرهابية".\n'
            'وأضاف مقدما التعازي إلى عائلات القتلى "وعد منا باننا سنقتل من ارتكبوا هذه الجريمة '
            'أو نمسكهم".')
    said, added = extract_statements(text)
    assert said.speaker.text == "العبادي" and added.speaker.text == "العبادي"
    # a name of the same shape stays a speaker: «أكدت ميلانيا ترامب…»
    (st,) = extract_statements("وأكدت ميلانيا ترامب أنها لم تكن على علم بالزيارة.")
    assert st.speaker.text.startswith("ميلانيا")


def test_pass10_new_cues_alamaha_dafaa_wathaqa_karrara() -> None:
    # BB-middleEast-829-20180803: «ألمح إلى» (hinted)
    (st,) = extract_statements("وألمح فيكتوروف إلى استمرار موسكو في انتهاج سياسة غض الطرف عن "
                               "الهجمات الإسرائيلية التي تستهدف شحنات أسلحة حزب الله.")
    assert st.speaker.text == "فيكتوروف" and st.content is not None
    assert st.content.text.startswith("إلى استمرار")
    # CN-internationalNews-113-20180313: «دافع عن» (defended), past only, with its «عن»
    (st,) = extract_statements("ودافع تيلرسون عن سجله والإنجازات التي حققها خلال فترة تقلده "
                               "لمنصبه.")
    assert st.speaker.text == "تيلرسون"
    # SNN-479acccc2f7e: «دافع الضرائب» (the taxpayer) is a noun; «أن تدافع عن نفسها» no cue
    assert extract_statements("إثر غزو واحتلال العراق وأفغانستان، التي كبدت دافع الضرائب "
                              "الأمريكي أكثر من تريليون دولار.") == []
    assert extract_statements("يحق لإسرائيل أن تدافع عن نفسها.") == []
    # SK-middleEast-841-20180408: «وثق» (documented) takes its object as content
    st = extract_statements("ووثق المرصد السوري السبت مقتل 42 مدنيا جراء القصف الجوي على "
                            "دوما.")[0]
    assert st.cue == "ووثق" and st.speaker.text == "المرصد السوري"
    # FR-internationalNews-2661-20180810: «كرر … أن»; not «كررت تجربة … فشل سابقه»
    (st,) = extract_statements("وكررت دمشق في الآونة الأخيرة أن المحافظة على قائمة أولوياتها "
                               "العسكرية.")
    assert st.speaker.text == "دمشق"
    assert extract_statements("وكررت تجربة المبعوث الدولي والعربي الأخضر الإبراهيمي فشل "
                              "سابقه.") == []
    # SK-internationalNews-2600-20180712: «القول» opens the object, never part of the speaker
    (st,) = extract_statements("كرر سالفيني القول الأربعاء أنه لن يسمح للسفينة بدخول أي مرفأ "
                               "إيطالي.")
    assert st.speaker.text == "سالفيني"
    # FR-middleEast-742-20180709: «لطالما» is never a speaker
    sts = extract_statements("ونادرا ما تتحدث اسرائيل عن هذه العمليات، إلا أنها لطالما كررت "
                             "أنها لن تسمح لإيران بترسيخ وجودها العسكري في سوريا.")
    assert all(st.speaker.text not in ("لطالما", "طالما") for st in sts)


def test_pass10_zaad_and_khatam_only_before_their_words() -> None:
    # SNN-865a8c3961d3: «وزاد:» continues the coach; SK-middleEast-288: «وزاد الهجوم» increased
    text = ("وقال القروني إن الفريق جاهز لياقيا مع بداية الموسم.\n"
            "وزاد: «إقامة المباراة في لندن والأجواء المصاحبة سيسهم بلا شك في مشاهدة مباراة "
            "قوية».")
    added = extract_statements(text)[-1]
    assert added.cue == "وزاد" and added.speaker.text == "القروني"
    assert extract_statements("وزاد الهجوم الأخير لقوات النظام السوري، منذ أسابيع، معاناة "
                              "المدنيين والكوادر الطبية.") == []
    # SNN-5189bfdf5bed, SNN-d441a06b8c76: «وختم X حديثه بقوله:», «واختتم X بيانه بالتأكيد على»
    (st,) = extract_statements('وختم المصدر حديثه بقوله: "ان الاهالي متفائلون بتعيين السفير '
                               'ثامر السبهان سفيراً في بغداد".')
    assert st.speaker.text == "المصدر" and st.content is not None
    assert st.content.text.startswith("ان الاهالي")
    (st,) = extract_statements("واختتم قطان بيانه بالتأكيد على أن المملكة العربية السعودية "
                               "تقف إلى جانب حكومة مصر وشعبها الشقيق.")
    assert st.speaker.text == "قطان"
    # SK-middleEast-3832-20181011: «في حديثه» is the setting; no «في» left on the speaker
    (st,) = extract_statements("ويشير المتحدث العسكري في حديثه إلى هبوط اضراري للمقاتلة بعد "
                               "وقوع حادث.")
    assert st.speaker.text == "المتحدث العسكري"


def test_pass10_bi_definite_verbal_noun_is_the_complement() -> None:
    # SK-middleEast-766-20180404: «هددت تركيا بالتوغل» — what was threatened
    (st,) = extract_statements("وهددت تركيا بالتوغل أكثر ناحية الشرق.")
    assert st.speaker.text == "تركيا" and st.content is not None
    assert st.content.text.startswith("بالتوغل")
    # FR-middleEast-182-20180319: «وطالبت "القوات الغازية" بالانسحاب الفوري…»
    sts = extract_statements('نددت الخارجية السورية بـ"الاحتلال" التركي لعفرين وطالبت "القوات '
                             'الغازية" بالانسحاب الفوري من الأراضي السورية.')
    assert [st.cue for st in sts] == ["نددت", "وطالبت"]
    assert sts[1].speaker.text == "الخارجية السورية"
    # «بالإدارة» (ة) is never what was said; a participle's «بال…» is passive (threatened)
    (st,) = extract_statements("وطالب مسؤول بالإدارة الأمريكية بوقف القتال.")
    assert st.content is not None and st.content.text.startswith("بوقف")
    assert extract_statements("أضيئت صور متحركة ضخمة لحيوانات مهددة بالانقراض أمس (السبت) "
                              "على واجهة ناطحة السحاب.") == []


def test_pass11_relative_ma_with_its_own_description() -> None:
    # SNN-548c6540981c: «بسبب ما وصفها بأنها انتهاكات»: the governing speaker describes
    sts = extract_statements("وأعلن حزب العمال الكردستاني أنه سيصعد الهجمات في منتصف يوليو تموز "
                             "بسبب ما وصفها بأنها انتهاكات لوقف إطلاق النار.")
    assert [st.cue for st in sts] == ["وأعلن", "وصفها"]
    assert sts[1].speaker.text == "حزب العمال الكردستاني"
    assert sts[1].content is not None and sts[1].content.text.startswith("بأنها انتهاكات")
    # SK-internationalNews-862-20180408: «ما وصفه X بأنه…»: the subject after the cue speaks
    sts = extract_statements('وتوعد ترامب بدفع "ثمن باهظ"، مقابل ما وصفه النظام السوري بأنه '
                             '"هجوم كيميائي متهور".')
    assert any(st.cue == "وصفه" and st.speaker.text == "النظام السوري" for st in sts)
    # «ما أعلنه X» with no description of its own says nothing here
    assert [st.cue for st in extract_statements("وندد الوزير بما أعلنه الرئيس أمس.")] == ["وندد"]


def test_pass11_relative_antecedent_clause_is_the_content() -> None:
    # BB-middleEast-634-20180618: «…، وهو ما تؤكده الولايات المتحدة»
    sts = extract_statements("وتنكر الوحدات الكردية أي صلة مباشرة بحزب العمال الكردستاني، وهو ما "
                             "تؤكده الولايات المتحدة، لكن تركيا تقول إن الوحدات امتداد له.")
    (st,) = [st for st in sts if st.cue == "تؤكده"]
    assert st.speaker.text == "الولايات المتحدة"
    assert st.content is not None and "أي صلة مباشرة" in st.content.text


def test_postposed_source_after_its_words() -> None:
    # «…، تقول الصحيفة.»: the words come first, the source ends the sentence
    text = "ربما قد خطط لهذا الموقف مسبقا لكي يحرج ماكرون ويبرز أنه الأذكى، تقول الصحيفة."
    (st,) = extract_statements(text)
    assert st.speaker.text == "الصحيفة"
    assert st.content is not None and st.content.text.startswith("ربما قد خطط")
    text = ('"ومن يسيطر على هذه النقطة يسيطر على معبر باب الهوى من الجانب السوري"، '
            "يقول المصدر.")
    (st,) = extract_statements(text)
    assert st.speaker.text == "المصدر"


def test_postposed_needs_a_saying_cue_and_a_final_source() -> None:
    # «…، اعتبر خطوة متقدمة»: an opinion verb with a bare noun is no postposed source
    assert all(s.speaker.text != "خطوة متقدمة" for s in extract_statements(
        "وعقدت اجتماعات غير رسمية بين الطرفين، اعتبر خطوة متقدمة."))
    # «وقتل…، وأعلنت الشرطة»: a conjunction opens a new statement
    assert not extract_statements("وقتل خمسة أشخاص في الهجوم، وأعلنت الشرطة.")


def test_explicit_subject_after_lakin_beats_inherited() -> None:
    text = "وقال أردوغان إن العملية مستمرة. لكن تركيا تقول إن الوحدات إرهابية."
    assert [s.speaker.text for s in extract_statements(text)] == ["أردوغان", "تركيا"]
    text = ("وصرحت المخرجة كاهيو لفرانس24 بأنه شرف عظيم. لكن كينيا أعلنت أن هذا الشريط "
            "لن يعرض في البلاد.")
    assert extract_statements(text)[-1].speaker.text == "كينيا"
    # «لكن ميدانيا يرجح…»: an adverb, the verb does not agree with a feminine name
    text = "شكلت الضربات أول خطوة غربية موحدة. لكن ميدانيا يرجح ألا تدخل الضربات تغييرات."
    assert all(s.speaker.text != "ميدانيا" for s in extract_statements(text))


def _said(text: str) -> list[tuple[str, str]]:
    """(cue, speaker text) of each statement found, the shape most tests compare."""
    return [(st.cue, st.speaker.text) for st in extract_statements(text)]


def test_hakadha_makes_fassara_a_postposed_cue() -> None:
    # «فسر» (explained) reports only after «هكذا»; the quotation before it is what was said
    text = ('"القاعدة وداعش تجاوزتا الغلو، ووصلتا إلى مرحلة التوحش والتعطش للدماء"، هكذا فسر '
            'رئيس حملة السكينة عبدالمنعم المشوح، ما يقوم به التنظيم.')
    sts = extract_statements(text)
    assert [st.cue for st in sts] == ["فسر"]
    assert "المشوح" in sts[0].speaker.text
    assert sts[0].content is not None and "القاعدة وداعش" in sts[0].content.text
    assert _said("وفسر الباحث الظاهرة بعوامل اقتصادية.") == []


def test_min_janibihi_abbara_an_feeling() -> None:
    # «من جانبه» opens the clause of «عبر X عن سعادته» (expressed), and «مبينا» continues X
    text = ("من جانبه عبر اللاعب سعود الحقباني عن سعادته بتتويجه بأهم البطولات، "
            "مبينا أنه سعيد بهذا الإنجاز.")
    said = _said(text)
    assert said[0][0] == "عبر" and "الحقباني" in said[0][1]
    assert said[1][0] == "مبينا" and "الحقباني" in said[1][1]
    assert _said("من جانبه عبر الوفد الحدود البرية إلى الأردن.") == []


def test_istabaada_ruled_out_is_a_cue() -> None:
    said = _said("ويستبعد الهاشمي أن تجد الحكومة الحالية حلا للأزمة.")
    assert said == [("ويستبعد", "الهاشمي")]
    # impersonal «ولا يستبعد أن…» and the adjective «ليس مستبعداً» name nobody
    assert _said("ولا يستبعد أن تصل المباحثات إلى فرض العقوبات.") == []
    assert _said("وبالتالي ليس مستبعداً أن تكون الفضيحة جزءاً من صراعات القوى.") == []


def test_ghayr_muakkada_is_an_adjective() -> None:
    assert all(cue != "مؤكدة" for cue, _ in _said(
        "وتحدثت تقارير غير مؤكدة عن سقوط قتلى في المدينة."))


def test_nafathu_object_suffix_but_not_the_noun() -> None:
    said = _said("غداة إقدام الجبهة على خطف ثمانية عناصر من الفرقة، وهو أمر نفته وزارة الدفاع "
                 "الأميركية، لكن «النصرة» أكدته أمس.")
    assert ("نفته", "وزارة الدفاع الأميركية") in said
    assert _said("وجدد الوزير نفيه وجود قوات إيرانية في المنطقة.") == []


# --- pass 14 (tests/gold/statements_heldout14.jsonl, seed 2211): one real sentence per rule ---


def test_plural_verb_has_its_subject_in_the_suffix() -> None:
    # SNN-4a83da57420f: «دعوا البلد العضو» — the country is whom they called on
    text = ("وقال حلفاء غربيون لتركيا إنهم يؤيدون حقها في الدفاع عن نفسها لكنهم دعوا البلد العضو "
            "في حلف شمال الأطلسي لعدم السماح لمساعي السلام مع حزب العمال الكردستاني بالانهيار.")
    sts = extract_statements(text)
    assert [st.cue for st in sts] == ["وقال", "دعوا"]
    assert all(st.speaker.text.startswith("حلفاء غربيون") for st in sts)


@pytest.mark.parametrize("text, cues, speaker", [
    # SNN-4a83da57420f: a second verb, its object and complement inside the first one's words
    ("لكن إردوغان قال أمس الثلاثاء إن عملية السلام باتت مستحيلة ودعا البرلمان لنزع الحصانة من "
     "الملاحقة القانونية عن النواب المرتبطين بالحزب.", ["قال", "ودعا"], "إردوغان"),
    # SK-middleEast-491-20180323: «لكنه» opens a clause of the same speaker without a comma
    ("وقال بدوي إن السلطات الجزائرية كشفت عددا من الجماعات الضالعة في تهريب مهاجرين لكنه حذر "
     "من أن مثل تلك الشبكات لا تزال تعمل بنشاط.", ["وقال", "حذر"], "بدوي"),
])
def test_second_clause_of_the_same_speaker(text: str, cues: list[str], speaker: str) -> None:
    sts = extract_statements(text)
    assert [st.cue for st in sts] == cues
    assert [st.speaker.text for st in sts] == [speaker, speaker]
    assert sts[0].content is not None and not sts[0].content.text.endswith(("ود", "لكنه"))


def test_bi_complement_after_the_object() -> None:
    # AL-internationalNews-1525-20180609: «طالب X المجتمع الدولي بالضغط…»
    text = ("وطالب البيان المجتمع الدولي والأمم المتحدة بالضغط على الميليشيا الانقلابية لإيقاف "
            "تدخلها في العمل الإغاثي والإنساني.")
    (st,) = extract_statements(text)
    assert st.speaker.text == "البيان"
    assert st.content is not None and st.content.text.startswith("بالضغط")


def test_web_outlet_spoken_to() -> None:
    # AL-internationalNews-1174-20180515: «قال للعربية.نت:» — the outlet is no speaker and its
    # dot no full stop
    text = ("المحلل السياسي جاسم الأسدي قال للعربية.نت: إن المفوضية العليا للانتخابات ألزمت نفسها "
            "بإعلان النتائج.")
    st = extract_statements(text)[0]
    assert st.speaker.text == "المحلل السياسي جاسم الأسدي"
    assert st.to is not None and st.to.endswith("عربية.نت")
    # SNN-394874cfd537: a dot glued to a long word is a full stop: «نقله» starts no report
    # running into the next sentence
    text = ("وأشار المتحدث الأمني بوزارة الداخلية اللواء منصور التركي إلى إصابة أحد زملائه الذي تم "
            'نقله إلى المستشفى.ورصدت "الوطن" فور وقوع الحادث، أن القوات المسلحة السعودية ردت في '
            "حينه على مصادر القصف.")
    assert [st.cue for st in extract_statements(text)] == ["وأشار"]


def test_known_speaker_fronted_before_a_comma() -> None:
    # SNN-fed6f4b28ba2
    text = ('"القاعدة وداعش تجاوزتا الغلو، ووصلتا إلى مرحلة التوحش والتعطش للدماء"، هكذا فسر رئيس '
            "حملة السكينة التابعة لوزارة الشؤون الإسلامية عبدالمنعم المشوح، بلوغ الحال بعناصر "
            "التنظيمين إلى استهداف الآمنين في المساجد ودور العبادة.\n المشوح، أكد في سياق "
            'تصريحاته إلى "الوطن" أن جزءا من المنضمين أخيرا لتنظيم داعش الإرهابي، غير ملتزم دينيا، '
            "مبينا أن العلاج الذي يجب أن يتبع معهم هو العلاج النفسي لا الفكري.")
    sts = extract_statements(text)
    assert [(st.cue, st.speaker.text) for st in sts[1:]] == [("أكد", "المشوح"),
                                                             ("مبينا", "المشوح")]


def test_relative_clause_in_the_object_is_not_the_governing_statement() -> None:
    # CN-middleEast-771-20180430: the participles continue the spokesman, not «الأنباء»
    text = ("نفى المتحدث الرسمي باسم الحكومة الأردنية، الدكتور محمد المومني، الإثنين، الأنباء التي "
            'تحدثت عن قصف مناطق سورية من الأراضي الأردنية، واصفا إياها بـ"الكاذبة" ومشيرا إلى '
            "أنها تهدف لتشويه مواقف الأردن.")
    by_cue = {st.cue: st.speaker.text for st in extract_statements(text)}
    assert by_cue["واصفا"].startswith("المتحدث الرسمي")
    assert by_cue["ومشيرا"].startswith("المتحدث الرسمي")
    # «وصف X Y التي تحدثت عن…، بـ"…"»: the relative clause is the object's, «بـ"…"» the words
    text = ('ووصف المومني الأخبار التي تحدثت عن قصف سوريا من الأراضي الأردنية، بـ"الكاذبة '
            'والمفبركة"، وأشار إلى أن بلاده تدعم الحل السياسي.')
    sts = extract_statements(text)
    assert [st.cue for st in sts] == ["ووصف", "وأشار"]
    assert sts[0].content is not None and "الكاذبة" in sts[0].content.text


def test_denial_in_a_relative_clause_after_the_accusation() -> None:
    # SK-middleEast-1442-20180504: «تنفيه» is no verbal noun «نفيه»
    text = ("واتهم الغربيون روسيا مرارا بعرقلة وصول مفتشي المنظمة الى دوما، وهو ما تنفيه موسكو "
            'بشدة واصفة الاتهامات بانها "لا أساس لها".')
    assert [(st.cue, st.speaker.text) for st in extract_statements(text)] == [
        ("واتهم", "الغربيون"), ("تنفيه", "موسكو"), ("واصفة", "موسكو")]


@pytest.mark.parametrize("text, speaker, via", [
    ("نقلت وكالة الإعلام الروسية، الجمعة، عن وزارة الدفاع قولها إن مفتشي منظمة حظر الأسلحة "
     "الكيمياوية أنهوا عملهم في الموقع.", "وزارة الدفاع", "وكالة الإعلام الروسية"),
    ("و ذكرت و كالات أنباء روسية الجمعة عن المتحدث باسم وزارة الدفاع، إيغور كوناشينكوف، قوله إن "
     "المفتشين أنهوا جولتهم في مواقع بدوما.", "المتحدث باسم وزارة الدفاع، إيغور كوناشينكوف",
     "و كالات أنباء روسية"),
])
def test_relay_past_a_date_or_after_another_report_verb(text: str, speaker: str, via: str) -> None:
    # SK-middleEast-1442-20180504
    (st,) = extract_statements(text)
    assert st.speaker.text == speaker
    assert st.via is not None and st.via.text == via


def test_nominal_reports_with_their_agent() -> None:
    # SNN-4a83da57420f: «قول X إن…» inside another statement's words
    text = ("وقال مسؤول في الحكومة التركية إن مقاتلات تركية شنت الليلة الماضية أعنف ضربات وذلك بعد "
            "ساعات من قول الرئيس رجب طيب إردوغان إن عملية السلام أصبحت مستحيلة.")
    sts = extract_statements(text)
    assert [(st.cue, st.speaker.text) for st in sts] == [
        ("وقال", "مسؤول في الحكومة التركية"), ("قول", "الرئيس رجب طيب إردوغان")]
    # CN-middleEast-168-20180304: «دعوة X إلى…» (spelt with «ة», no «دعوه»)
    text = ('كما ذكرت وكالة أنباء "فارس" دعوة صفوي الى "مواصلة الجيش السوري ومحور المقاومة '
            'للعمليات الناجحة".')
    assert [(st.cue, st.speaker.text) for st in extract_statements(text)] == [("دعوة", "صفوي")]
    # CN-middleEast-557-20180410: an invitation with no agent is no statement
    text = "وجهت الخارجية السورية دعوة رسمية لمنظمة حظر الأسلحة الكيماوية."
    assert extract_statements(text) == []


def test_held_responsible_only_with_its_responsibility_noun() -> None:
    # AL-internationalNews-1525-20180609
    text = ("وحمّل بيان للمتحدث باسم قوات التحالف، ميليشيات الحوثي تبعات أي تردٍ للأوضاع الإنسانية "
            "أو الأمنية في مناطقها، معرباً عن استعداده للعمل مع الصليب الأحمر.")
    sts = extract_statements(text)
    assert sts[0].cue == "وحمّل" and sts[0].speaker.text.startswith("بيان للمتحدث")
    assert extract_statements("وحمل الآلاف صور نساء وأطفال قتلوا في 16 آذار/مارس 1988، بقنابل "
                              "الغاز التي ألقتها طائرات عراقية.") == []


# --- pass 15 (tests/gold/statements_heldout15.jsonl, seed 2221): one real sentence per rule ---


def test_source_lead_with_a_resumptive_pronoun_and_fa_inna() -> None:
    # SK-internationalNews-410-20180317: «بحسب ما ذكره X، فإن…»
    text = ('وبحسب ما ذكره موقع "بيزنس إنسايدر"، فإن اقتراب الغواصات الروسية من قواعد أميركية، '
            'لا قيمة له، من الناحية العسكرية.')
    (st,) = extract_statements(text)
    assert st.speaker.text == 'موقع "بيزنس إنسايدر"'
    assert st.content is not None and st.content.text.startswith("اقتراب الغواصات")
    # CN-middleEast-1207-20180813: «لما ذكرته» with no «وفقا/بحسب» before it is no source
    text = ('كما دعت إلى التصدي لما ذكرته تحت اسم "المعلومات الإنسانية"، ضاربة المثل بـ"نشر '
            'أسماء الشهداء وصورهم".')
    assert all(not st.cue.startswith("لما") for st in extract_statements(text))


def test_source_lead_relaying_another_source() -> None:
    # FR-middleEast-876-20180807: «وفق ما نقل X عن Y»: Y speaks, X relays
    text = ('ورفضت روسيا العقوبات الاقتصادية على حليفتها طهران واعتبرت أنها "غير مشروعة"، وفق '
            'ما نقل الإعلام الرسمي عن مصدر في وزارة الخارجية.')
    st = extract_statements(text)[-1]
    assert st.speaker.text == "مصدر في وزارة الخارجية"
    assert st.via is not None and st.via.text == "الإعلام الرسمي"


@pytest.mark.parametrize(("text", "cue", "speaker"), [
    # SNN-9baa26656bc9: «مثنيا على»
    ("حيث أكد سمو رئيس مدينة الملك عبدالعزيز للعلوم والتقنية حرص المدينة على التعاون مع "
     "الجامعة، مثنياً على تسارع التطورات والنقلة التقنية.", "مثنيا",
     "سمو رئيس مدينة الملك عبدالعزيز للعلوم والتقنية"),
    # SNN-9baa26656bc9: «متطلعا إلى»
    ("من جانبه أعرب رئيس جامعة الملك عبدالله للعلوم والتقنية عن شكره وتقديره لسمو رئيس المدينة "
     "والعاملين فيها، متطلعاً إلى تعزيز التعاون العلمي بين الطرفين في مختلف المجالات.",
     "متطلعا", "رئيس جامعة الملك عبدالله للعلوم والتقنية"),
    # SNN-45fcfa919ae0: «مفيدا أن»
    ("وأوضح المتحدث الرسمي باسم المركز رأفت الصباغ أن مدير الإمداد والتموين بالمركز سيرأس "
     "الفريق الإغاثي , مفيدًا أن هذه الرحلة تأتي بإشراف مباشر من المشرف العام على المركز.",
     "مفيدًا", "المتحدث الرسمي باسم المركز رأفت الصباغ"),
    # SNN-f1b3c5c3b6e0: «وثمّن» (the bare «ثمن» is the noun "price")
    ("وثمّن اللهو تشجيع ودعم وزير الإعلام وزير الدولة لشؤون الشباب.", "وثمّن", "اللهو"),
    # CN-internationalNews-500-20180814: «أثنى على»
    ("وأثنى ترامب على القرار الذي اتخذه، كبير موظفي البيت الأبيض، جون كيلي.", "وأثنى", "ترامب"),
])
def test_praise_and_looking_forward_cues(text: str, cue: str, speaker: str) -> None:
    assert (cue, speaker) in _said(text)


def test_participle_after_a_copula_is_an_adjective() -> None:
    # AL-internationalNews-55-20140209
    assert extract_statements("قد يكون مفيداً أن نبقى في سورية ولبنان.") == []
    # «أثنت آخرين عن العودة» (deterred) has no «على»
    assert extract_statements("وقال إن عمليات المراقبة أثنت آخرين عن العودة.")[-1].cue == "وقال"


def test_thanks_offered_runs_the_subject_to_the_thanks_noun() -> None:
    # SNN-45fcfa919ae0
    text = ("من جهته رفع معالي المشرف العام على مركز الملك سلمان للإغاثة والأعمل الإنسانية الدكتور "
            "عبدالله الربيعة الشكر للقيادة الرشيدة التي لا تألو جهداً في مساعدة الأشقاء في اليمن.")
    (st,) = extract_statements(text)
    assert st.speaker.text.endswith("الدكتور عبدالله الربيعة")
    assert st.content is not None and st.content.text.startswith("الشكر للقيادة")
    assert extract_statements("ورفع المتظاهرون الأعلام في الساحة وسط المدينة.") == []


@pytest.mark.parametrize(("text", "speaker", "content"), [
    # SK-middleEast-1514-20180508
    ("وكان الجيش الإسرائيلي قد نشر منظومات دفاع جوي في الجولان المحتل، بالتزامن مع إعلان "
     "الرئيس الأميركي دونالد ترامب انسحاب بلاده من الاتفاق النووي المبرم مع إيران.",
     "الرئيس الأميركي دونالد ترامب", "انسحاب بلاده"),
    # SK-internationalNews-410-20180317: a comma between the agent and the object
    ("ويأتي الحديث عن اختراق للجيش الأميركي، بعد أسابيع قليلة من تأكيد الرئيس فلاديمير بوتن، "
     "تمكن جيش بلاده من تطوير القدرات النووية.", "الرئيس فلاديمير بوتن", "تمكن جيش"),
])
def test_nominal_report_with_an_object_verbal_noun(text: str, speaker: str, content: str) -> None:
    (st,) = extract_statements(text)
    assert st.speaker.text == speaker
    assert st.content is not None and st.content.text.startswith(content)


CN_771 = ("دبي، الإمارات العربية المتحدة (CNN) – نفى المتحدث الرسمي باسم الحكومة الأردنية، الدكتور "
          "محمد المومني، الإثنين، الأنباء التي تحدثت عن قصف مناطق سورية من الأراضي الأردنية، "
          'واصفا إياها بـ"الكاذبة" ومشيرا إلى أنها تهدف لتشويه مواقف الأردن ومصدرها من يسعون إلى '
          'تعميق الأزمة السورية، وفقا لما ذكرته وكالة الأنباء الأردنية "بترا".')


def test_dateline_is_no_subject_and_the_outlet_relays_the_first_statement() -> None:
    # CN-middleEast-771-20180430
    sts = extract_statements(CN_771)
    by_cue = {st.cue: st for st in sts}
    assert by_cue["نفى"].via is not None and by_cue["نفى"].via.text.startswith("وكالة الأنباء")
    for cue in ("واصفا", "ومشيرا"):
        assert by_cue[cue].speaker.text == "المتحدث الرسمي باسم الحكومة الأردنية"
    assert not any(st.cue.startswith("وفقا") for st in sts)


def test_object_verbal_noun_after_a_continuing_verb_is_no_speaker() -> None:
    # AL-internationalNews-1525-20180609: «وأكدت التزامها»
    text = ("ودعت الحكومة اليمنية في بيان الصليب الأحمر الدولي إلى إعادة موظفيه ومواصلة أنشطته، "
            "وأكدت التزامها بتقديم الدعم والتعاون والمساندة والتسهيل لعمل المنظمات.")
    st = extract_statements(text)[-1]
    assert st.cue == "وأكدت" and st.speaker.text == "الحكومة اليمنية"
    assert st.content is not None and st.content.text.startswith("التزامها")
    # «كما أكد الحرص على…»: the verbal noun opens the object, the last speaker goes on
    text = ("وقال المتحدث إن الوضع صعب. كما أكد الحرص على توفير الحماية اللازمة وضمان سلامة وأمن "
            "موظفي منظمات الإغاثة.")
    assert _said(text)[-1] == ("أكد", "المتحدث")


@pytest.mark.parametrize(("text", "speaker", "content"), [
    # AL-internationalNews-1525-20180609
    ("وجدد المتحدث باسم قوات تحالف دعم الشرعية في اليمن، العقيد تركي المالكي، التأكيد على التزام "
     "قيادة التحالف بتسهيل مهام عمل موظفي الإغاثة.",
     "المتحدث باسم قوات تحالف دعم الشرعية في اليمن، العقيد تركي المالكي", "التأكيد على"),
    # CN-middleEast-1207-20180813: the day set off is not part of the subject
    ('جددت الحكومة الأردنية، الإثنين، تأكيدها على أن معركة بلدها "مستمرة ومفتوحة" مع "الإرهاب".',
     "الحكومة الأردنية", "تأكيدها على"),
])
def test_renewed_statement_noun(text: str, speaker: str, content: str) -> None:
    (st,) = extract_statements(text)
    assert st.speaker.text == speaker
    assert st.content is not None and st.content.text.startswith(content)


def test_merely_said_and_a_statement_issued_by() -> None:
    # CN-middleEast-1323-20180908
    text = ("بدورها، قالت منظمة الخوذ البيضاء عبر صفحتها على موقع تويتر إن القصف أسفر عن مقتل 4 "
            "أشخاص وإصابة 5 آخرين، في حين اكتفى المرصد بذكر أن المحافظة تعرضت لقصف جوي السبت، بعد "
            "يوم من قمة طهران.")
    assert _said(text) == [("قالت", "منظمة الخوذ البيضاء"), ("اكتفى", "المرصد")]
    text = ('لقي 12 شخصا على الأقل مصرعهم وجرح 50 آخرون في "قصف صاروخي" استهدف مقر الحزب '
            "الديمقراطي الكردستاني الإيراني، في مدينة كوي سنجق، وفقا لبيان صادر عن الحزب.")
    assert _said(text) == [("وفقا لبيان", "بيان صادر عن الحزب")]


def test_a_kana_clause_after_a_comma_is_a_new_statement() -> None:
    # SNN-445c00a6bb2d
    text = ("وأكد مكتب الرئيس الفرنسي فرانسوا هولاند في بيان النبأ دون أن يقدم أي تفاصيل ، وكان "
            "مصدر مسؤول في الخارجية العُمانية ذكر اليوم أن الجهات المعنية في السلطنة تمكنت من "
            "العثور على ايزابيل بريم في اليمن.")
    assert _said(text)[-1] == ("ذكر", "مصدر مسؤول في الخارجية العُمانية")


def test_plural_verb_takes_the_nearest_plural_subject() -> None:
    # SNN-99a35aac8044
    text = ("وتفجرت الأحداث عندما سعى الانقلابيون إلى اعتقال عدد من أبناء قرية الجنادية بالمحافظة، "
            "وأرسلوا طقما مسلحا على متنه 12 مسلحا لتحقيق هذا الهدف، إلا أن الأهالي رفضوا ذلك بصورة "
            "تامة، وطالبوا المسلحين بالمغادرة على وجه السرعة.")
    assert _said(text) == [("وطالبوا", "الأهالي")]


def test_participle_after_a_mouthpiece() -> None:
    # AL-internationalNews-1813-20180630: «على لسان نائبه…، محمد رعد، …، قائلا»
    text = ('وسبق وحرّض "حزب الله" على لسان نائبه في البرلمان اللبناني، محمد رعد، عام 2016، على '
            'اللاجئين السوريين، في بلاده، قائلا إن مخيماتهم "قنبلة موقوتة".')
    assert _said(text)[-1] == ("قائلا", "محمد رعد")


def test_fronted_outlet_relays_its_source() -> None:
    # SK-middleEast-1514-20180508
    text = ('وكانت وكالة الأنباء السورية "سانا" قد نقلت عن مصدر عسكري، قوله إن الدفاعات الجوية '
            'السورية "تصدت لصاروخين إسرائيليين ودمرتهما" في منطقة الكسوة بريف دمشق.')
    (st,) = extract_statements(text)
    assert st.speaker.text == "مصدر عسكري"
    assert st.via is not None and st.via.text == 'وكالة الأنباء السورية "سانا"'


def test_addressee_is_no_governing_subject_and_lil_verbal_noun() -> None:
    # AL-internationalNews-836-20180408
    text = ("ودعا البيان المجتمع الدولي للحيلولة دون مثل هذه الهجمات ووقفها ومعاقبة مرتكبيها، "
            'ووصفها بأنها "جريمة ضد الإنسانية" دون تمييز.')
    assert _said(text) == [("ودعا", "البيان"), ("ووصفها", "البيان")]


def test_asking_not_to_be_named_is_an_aside() -> None:
    # SK-internationalNews-2787-20180722
    text = ("وقال شخص آخر على دراية بالاجتماع طالبا عدم ذكر اسمه إنه عقد في السابع من أبريل "
            "نيسان عام 2015 وأكد حضور بوتينا.")
    assert _said(text) == [("وقال", "شخص آخر")]


@pytest.mark.parametrize("text", [
    # BB-middleEast-132-20180304: a damma on the prefix of «يتهم» makes it passive
    'ويُتهم الجيش السوري ياستهداف المدنيين، وتعد الغوطة الشرقية أخر المعاقل القوية للمعارضة.',
    # CN-internationalNews-500-20180814: on the first letter of a past
    'إذ اُتهم مسبقاً بوصف بعض النساء بـ"الخنازير البدينة" و"الكلاب".',
    # BB-middleEast-336-20180412: «ويعتقد أن…» with no subject: it is believed
    'وأضاف إنه سيقرر "في الوقت المناسب". ويعتقد أن الدول الغربية تحضر لشن غارات جوية ردا على '
    'الهجوم.',
])
def test_passives_name_no_speaker(text: str) -> None:
    assert all(not st.cue.startswith(("ويُ", "اُ", "ويعتقد")) for st in extract_statements(text))


def test_active_damma_prefix_is_still_a_cue() -> None:
    # form II/IV presents take a damma when active («يُؤكد»)
    assert _said("ويُؤكد الوزير أن الوضع صعب في المدينة.") == [("ويُؤكد", "الوزير")]


def test_period_after_the_verb_is_no_speaker() -> None:
    # SK-middleEast-3075-20180723: «الأسبوع الماضي» is when it was said; the subject is before
    text = ("وكانت وسائل الإعلام الحكومية السورية قالت الأسبوع الماضي إن صواريخ إسرائيلية ضربت "
            "موقعا عسكريا سوريا قرب مطار النيرب، على أطراف مدينة حلب.")
    (st,) = extract_statements(text)
    assert st.speaker is not None and st.speaker.text == "وسائل الإعلام الحكومية السورية"


@pytest.mark.parametrize("text, speaker", [
    # SNN-a443b613ae15, SK-middleEast-952-20180411: «بيان» is the subject, «بأن…» what it says
    ("وأفاد بيان صادر عن ولاية غازي عنتاب بأن فرق إدارة مكافحة الإرهاب «شنت تلك الحملات بشكل "
     "متزامن على 36 عنوانًا».", "بيان صادر عن ولاية غازي عنتاب"),
    ("وأفاد بيان من مكتب ماي بأنهما ”اتفقا على أنهما سيواصلان العمل عن قرب“.", "بيان من مكتب ماي"),
    # BB-middleEast-1084-20181011: a name set off by a comma is no «بـ» complement
    ("أعلن وزير الخارجية الأمريكي، مايك بومبيو، أن الولايات المتحدة لن تساهم. وتعهد بومبيو، في "
     "لقاء مع جماعة ضغط موالية لإسرائيل، بمواصلة دفع الرئيس الأمريكي دونالد ترامب لعزل إيران.",
     "بومبيو"),
])
def test_subject_in_bi_is_not_the_complement(text: str, speaker: str) -> None:
    st = extract_statements(text)[-1]
    assert st.speaker is not None and st.speaker.text == speaker


def test_bi_verbal_noun_stays_the_complement() -> None:
    (st,) = extract_statements("وأشاد بجهود الحكومة وطالب بأن تحقق الأمن.")
    assert st.speaker is None or not st.speaker.text.startswith("بجهود")
    # SNN-056ba7436b6f: a possessed noun set off by a comma is still the complement
    text = ("منذ أربع سنوات خرج جزءٌ كبيرٌ من الشعب السوري يطالب بحريته، وليصنع لنفسه مستقبلاً "
            "مختلفًا عما كان يعيشه.")
    (st,) = extract_statements(text)
    assert st.content is not None and st.content.text.startswith("بحريته")
    # SNN-bbf9bdae16e3: only the first word after the verb may be a subject before «بأن»
    text = ("وأفادت مصادر بحسب سكاي نيوز كذلك بأن المسلحين الحوثيين شرعوا بمداهمة عدد من "
            "المنازل في مدينة الحوطة.")
    (st,) = extract_statements(text)
    assert st.speaker is not None and st.speaker.text == "مصادر"


@pytest.mark.parametrize("text", [
    "اقرأ أيضا: الحكومة تعلن خطة جديدة للإسكان",
    "اقرأ أيضاً:\nترامب يعلن انسحاب بلاده من الاتفاق",  # BB-middleEast-830-20180803
])
def test_imperative_is_never_a_cue(text: str) -> None:
    assert not any(normalize(st.cue).endswith("اقرا") for st in extract_statements(text))


def test_possessed_referents_are_normalised() -> None:
    lex = reporting_lexicon()
    assert normalize("أمين") in lex.possessed_ok and normalize("وزيرة") in lex.possessed_ok
    from marsad.extractors.statements import _possessed
    assert not _possessed("امينها", lex.possessed_ok)  # written without its hamza
    assert _possessed("سيطرتها", lex.possessed_ok)


def test_body_and_adjective_then_the_object() -> None:
    # SK-middleEast-1038-20180414 (keep/fix): «مجلس الأمن» is whom the ministry calls on
    text = ('ودعت الخارجية البحرينية مجلس الأمن الدولي إلى "التحقيق في استخدام الأسلحة الكيماوية '
            'في الغوطة الشرقية"، مشددة على أهمية تضافر كافة الجهود الرامية لإنهاء الأزمة السورية.')
    sts = extract_statements(text)
    assert [st.speaker.text if st.speaker else None for st in sts] == ["الخارجية البحرينية"] * 2


def test_praised_object_is_not_the_speaker() -> None:
    # SNN-d30bf48f6534
    text = ("وثمن الرئيس الفلسطيني جهود اللجنة الرباعية العربية بالتحرك في مجلس الأمن برئاسة مصر "
            "من أجل القضية الفلسطينية ، وقال : ننتظر نتائج تحركها.")
    sts = extract_statements(text)
    assert [st.speaker.text if st.speaker else None for st in sts] == ["الرئيس الفلسطيني"] * 2


# Pass 17 (classes read across held-out sets 2-17; sentences from the corpus, none from set 17).
@pytest.mark.parametrize("text, speaker", [
    # FR-internationalNews-2159-20180704: «أفاد عن» reports like «أفاد بـ»
    ("وأفاد المرصد الأربعاء عن مقتل 11 مدنيا من عائلة واحدة.", "المرصد"),
    # FR-internationalNews-29-20180219
    ("وأفاد مراسل وكالة الأنباء الفرنسية مساء الأحد عن سقوط قذائف عدة على دمشق.",
     "مراسل وكالة الأنباء الفرنسية"),
])
def test_afad_an_is_a_report(text: str, speaker: str) -> None:
    sts = extract_statements(text)
    assert len(sts) == 1 and sts[0].speaker is not None and sts[0].speaker.text == speaker
    assert sts[0].content is not None and sts[0].content.text.startswith("عن ")


def test_one_word_na_name_before_the_content_is_the_speaker() -> None:
    # AL-internationalNews-536-20180319: «كروتينا» is a name, not a noun + «نا»
    st = extract_statements('وأضاف كروتينا أن بإمكان تركيا "أن تواصل الطلب من الدول".')[0]
    assert st.speaker is not None and st.speaker.text == "كروتينا"


@pytest.mark.parametrize("text", [
    # CN-middleEast-678-20180420
    'وكان وزير الخارجية السعودي عادل الجبير قال، الثلاثاء الماضي، ردا على تقارير محاولة تشكيل '
    'قوة عربية لإرسالها إلى سوريا، إن "هناك نقاشات مع الولايات المتحدة".',
    # SK-middleEast-1079-20180416 (the relay left out)
    "قالت وزارة الدفاع الأميركية، ردا على سؤال حول تقارير عن هجوم على قاعدة الشعيرات السورية، "
    "إنه لا يوجد أي نشاط عسكري أميركي في تلك المنطقة.",
])
def test_radan_ala_aside_before_the_content(text: str) -> None:
    sts = extract_statements(text)
    assert len(sts) == 1 and sts[0].speaker is not None
    assert sts[0].speaker.text.startswith(("وزير الخارجية السعودي", "وزارة الدفاع الأميركية"))
    assert sts[0].content is not None and sts[0].content.text.startswith("إن")


@pytest.mark.parametrize("text, content", [
    # BB-middleEast-622-20180615
    ("وجدد مجلس الأمن الدولي التعبير عن مخاوفه بشأن مصير المدنيين.", "التعبير"),
    # SNN-43f064ef6dcd
    ("وجدد الرئيس اليمني، تأكيداته بأن مليشيات جماعة الحوثي والرئيس المخلوع لا تريد السلام.",
     "تأكيداته"),
])
def test_renewed_statement_nouns(text: str, content: str) -> None:
    sts = extract_statements(text)
    assert len(sts) == 1 and sts[0].content is not None
    assert sts[0].content.text.startswith(content)
    assert sts[0].speaker is not None
    assert sts[0].speaker.text in ("مجلس الأمن الدولي", "الرئيس اليمني")


@pytest.mark.parametrize("text, speaker", [
    # a corpus article (Le Drian, Brussels): «لو» + a name + «لـ» + the addressed
    ('وقال لو دريان للصحفيين لدى وصوله لحضور اجتماع مع نظرائه لمناقشة الملف الإيراني: "يجب ألا '
     'نستبعد دور إيران في نشر الصواريخ الباليستية".', "لو دريان"),
    # SK-internationalNews-1111-20180423 (held-out set 15): «لو» + a name + a title
    ("وأضاف لو كانغ المتحدث باسم الوزارة أن القتلى الأربعة الآخرين كوريون شماليون.",
     "لو كانغ المتحدث باسم الوزارة"),
])
def test_lu_before_a_name_is_no_conditional(text: str, speaker: str) -> None:
    sts = extract_statements(text)
    assert len(sts) == 1 and sts[0].speaker is not None and sts[0].speaker.text == speaker


def test_lu_conditional_still_blocks() -> None:
    assert extract_statements("وقال لو كان للحكومة دور لتغير الوضع.") == []


# SK-middleEast-816-20180406: «ل» + a one-word outlet right after the verb, then the content:
# the outlet is spoken to, the speaker is the one named before
def test_outlet_spoken_to_after_the_verb_is_no_speaker() -> None:
    text = ("وذكر قائد في التحالف العسكري الإقليمي الداعم للأسد أن الخيار الوحيد أمام جيش الإسلام "
            "هو الرحيل إلى مناطق إلى الشمال الشرقي من حلب. وأضاف لرويترز أن المفاوضات انتهت "
            "بالفشل وأنه فيما يتعلق بدوما فإن الحل سيكون عسكريا")
    sts = extract_statements(text)
    assert [s.speaker.text if s.speaker else None for s in sts] == [
        "قائد في التحالف العسكري الإقليمي الداعم للأسد"] * 2


# pass 19 (held-out set 19): one test per class, on sentences written for the test


def _cues_speakers(text: str) -> list[tuple[str, str | None]]:
    return [(text[s.cue_start:s.cue_end] if s.cue_start is not None else "",
             s.speaker.text if s.speaker else None) for s in extract_statements(text)]


def test_tadarak_qualifies_what_was_said() -> None:
    # «وتدارك: «…»» (added, qualifying) is a cue; «تم تدارك الخطأ» (remedied) is none
    assert _cues_speakers("وقال المدير إن الخطة متأخرة. وتدارك: «لكننا سننجزها قريبا».") == [
        ("وقال", "المدير"), ("وتدارك", "المدير")]
    assert _cues_speakers("وأوضح المدير أنه تم تدارك الخطأ الذي وقع في الحساب.") == [
        ("وأوضح", "المدير")]


@pytest.mark.parametrize("text, content", [
    # a transitive participle keeps its verb's object before the complement
    ("وقال المدرب إن الفريق جاهز، مطالبا الجماهير بالحضور المبكر.", "بالحضور المبكر"),
    ("وقال النائب إن القرار خاطئ، داعيا اللجنة إلى مراجعته.", "إلى مراجعته"),
    # «في الوقت ذاته/نفسه» (at the same time) between the participle and its object
    ("وقال المدرب إن الفريق جاهز، مطالبا في الوقت نفسه الجماهير بالحضور المبكر.",
     "بالحضور المبكر"),
])
def test_transitive_participle_with_its_object(text: str, content: str) -> None:
    st = extract_statements(text)[-1]
    assert st.cue.startswith(("مطالب", "داعي")) and st.content is not None
    assert st.content.text == content and st.speaker.text in ("المدرب", "النائب")


def test_participle_in_ta_marbuta_is_the_verbal_noun_before_an_object() -> None:
    text = "وأكد المحامي أن الجلسة ستبحث ملفات من أبرزها مطالبة الأسر بنقل السجناء."
    assert _cues_speakers(text) == [("وأكد", "المحامي")]


@pytest.mark.parametrize("text, speaker", [
    # «وزير»: its «و» is no conjunction; the name set off after the title joins it
    ("قال وزير المالية المصري، محمد معيط، إن العجز تراجع.", "وزير المالية المصري، محمد معيط"),
    # a family name with the article after a bare first name
    ("قال الرئيس اللبناني، ميشال العون، إن الحكومة ستتشكل قريبا.",
     "الرئيس اللبناني، ميشال العون"),
])
def test_title_with_its_name_set_off(text: str, speaker: str) -> None:
    assert _cues_speakers(text) == [("قال", speaker)]


def test_title_set_off_before_a_time_or_setting_keeps_the_title() -> None:
    assert _cues_speakers("وقال الوزير، أمس الأحد، إن الوضع صعب.") == [("وقال", "الوزير")]


def test_nominal_source_with_an_adjective_before_its_l_name() -> None:
    text = "جاء ذلك في تصريحات تلفزيونية للوزير، حيث أكد أن المفاوضات مستمرة."
    assert _cues_speakers(text) == [("أكد", "الوزير")]


def test_bil_muqabil_opens_the_governing_clause() -> None:
    text = "بالمقابل، أصدرت النقابة بيانا، أكدت فيه أن الإضراب مستمر."
    assert _cues_speakers(text) == [("أكدت", "النقابة")]


def test_coordinated_cue_with_its_own_preposition_inside_content() -> None:
    text = "وقالت النقابة إن الإضراب مستمر ولفتت إلى أن المفاوضات متعثرة."
    sts = extract_statements(text)
    assert [(s.cue, s.speaker.text) for s in sts] == [("وقالت", "النقابة"), ("ولفتت", "النقابة")]
    assert sts[0].content is not None and sts[0].content.text == "إن الإضراب مستمر"
    # a cue that does not agree stays inside the content
    assert len(extract_statements("وقالت النقابة إن الإضراب مستمر وأشار إلى أن المفاوضات متعثرة."
                                  )) == 1


def test_fronted_head_noun_with_its_quoted_name() -> None:
    text = 'لكن حزب "الأمة" نفى صحة ما نشرته الصحف.'
    assert _cues_speakers(text) == [("نفى", 'حزب "الأمة"')]


def test_bare_surname_of_a_name_set_off_earlier() -> None:
    text = ("واعتقلت الشرطة الفرنسي، بيار دوران، في المطار. ويظهر دوران في التسجيل، مبتسما "
            "مؤكدا أنه بريء. كما يضيف: \"لم أرتكب أي جرم\".")
    assert _cues_speakers(text) == [("مؤكدا", "دوران"), ("يضيف", "دوران")]


def test_wa_huwa_refers_to_the_subject_of_its_own_clause() -> None:
    text = "ونشرت القناة تسجيلا مصورا للمؤتمر، يظهر فيه المحافظ وهو يقول إن المشروع سيكتمل."
    assert _cues_speakers(text) == [("يقول", "المحافظ")]


@pytest.mark.parametrize("text, speaker, content", [
    ('وجاء في بيان للنقابة: "الإضراب مستمر حتى تلبية المطالب".', "النقابة",
     '"الإضراب مستمر حتى تلبية المطالب"'),
    ("وجاء في رسالة للأمين العام أن المنظمة تدعم الحوار.", "الأمين العام",
     "أن المنظمة تدعم الحوار"),
])
def test_jaa_fi_a_text_of_a_source(text: str, speaker: str, content: str) -> None:
    # «وجاء في بيان/رسالة لـX»: X is the source of what follows
    sts = extract_statements(text)
    assert len(sts) == 1 and sts[0].speaker.text == speaker
    assert sts[0].content is not None and sts[0].content.text == content


def test_jaa_fi_a_text_of_a_pronoun_is_no_source() -> None:
    text = "وكان المدير قد قال إن الخطة متأخرة، وهو ما جاء في رسالة له إلى الموظفين."
    assert _cues_speakers(text) == [("قال", "المدير")]


def test_jaa_fi_a_text_yields_to_a_report_inside_it() -> None:
    text = "وجاء في بيان لمكتب الرئيس أن الرئيس الفرنسي أبلغ نظيره هاتفيا بأنه سيزور البلاد."
    assert _cues_speakers(text) == [("أبلغ", "الرئيس الفرنسي")]
    assert _cues_speakers("ووفقا لـ المرصد، قتل ثلاثة مدنيين في القصف.")[0][1] == "المرصد"


def test_set_off_name_as_a_subject_stops_before_its_object() -> None:
    text = ("وقالت وزيرة الثقافة، ليلى حداد، إن المهرجان سيقام. ورفضت حداد تدخل البعض في "
            "البرنامج، معتبرة أن ذلك يضر بالمهرجان.")
    assert _cues_speakers(text)[-1] == ("معتبرة", "حداد")


# --- pass 20 (held-out set 20) ---


@pytest.mark.parametrize("text, speaker", [
    ('وذكرت مجلة "لوبوان" الفرنسية أن المفاوضات تعثرت.', 'مجلة "لوبوان" الفرنسية'),
    ('تعثرت المفاوضات بين الطرفين، حسبما أوردت قناة "الحرة" الأمريكية.',
     'قناة "الحرة" الأمريكية'),
])
def test_quoted_outlet_name_with_its_adjective_stays_in_the_speaker(text: str,
                                                                    speaker: str) -> None:
    # a source noun, its name in quotation marks and a relative adjective: one outlet
    assert [s for _, s in _cues_speakers(text)] == [speaker]


def test_denial_with_its_object_pronoun_after_al_amr_alladhi() -> None:
    # «نفى» + «ـه» is written «نفاه»: the previous clause is what was denied
    text = "وقصفت المدفعية مواقع على الحدود، الأمر الذي نفاه الجيش الأردني."
    sts = extract_statements(text)
    assert [(s.cue, s.speaker.text) for s in sts] == [("نفاه", "الجيش الأردني")]
    assert sts[0].content is not None and sts[0].content.text.startswith("وقصفت المدفعية")


@pytest.mark.parametrize("aside", ["والذي يعتبر أحد مؤسسي الحزب", "الذي يعتبر من أبرز قادته"])
def test_unvoweled_passive_yutabar_in_an_aside_is_no_cue(aside: str) -> None:
    # «يُعتبر» + its predicate describes the speaker; the statement is the verb's before it
    text = f"قال سمير الحلبي، {aside}، إن الانتخابات ستجرى في موعدها."
    sts = extract_statements(text)
    assert [(s.cue, s.speaker.text) for s in sts] == [("قال", "سمير الحلبي")]
    assert sts[0].content is not None and sts[0].content.text.startswith("إن الانتخابات")


def test_jaa_fi_a_definite_text_noun_is_its_source() -> None:
    text = "وجاء في البيان أن اللجنة ستعقد اجتماعها المقبل في القاهرة."
    sts = extract_statements(text)
    assert [(s.cue, s.speaker.text) for s in sts] == [("وجاء في", "البيان")]
    assert sts[0].content is not None and sts[0].content.text.startswith("أن اللجنة")
    # a rank or a time is no text: «جاء في المركز الثالث» (came third)
    assert extract_statements("وجاء في المركز الثالث، فريق الجامعة الأهلية.") == []


@pytest.mark.parametrize("text, cue, speaker", [
    ("واقترحت فرنسا على الاتحاد الأوروبي عقد قمة طارئة.", "واقترحت", "فرنسا"),
    ("وتساءل النائب عن مصير الأموال المخصصة للإعمار.", "وتساءل", "النائب"),
    ("أغلقت المدارس أبوابها، بحسب متحدثة باسم الوزارة.", "بحسب", "متحدثة باسم الوزارة"),
])
def test_proposed_wondered_and_a_feminine_spokesperson(text: str, cue: str,
                                                       speaker: str) -> None:
    assert _cues_speakers(text) == [(cue, speaker)]


def test_no_proposal_noun_as_a_participle() -> None:
    # «مقترحا» (a proposal) is mostly the noun: no participle cue
    assert _cues_speakers("وقدمت الوزارة مقترحا جديدا إلى البرلمان.") == []


@pytest.mark.parametrize("brk", ["\n ", "\n\n"])
def test_quotation_left_open_runs_on_through_the_next_paragraph(brk: str) -> None:
    # (one line per paragraph, or the pipeline's blank line between paragraphs)
    text = (f'وأكد المحلل فهد العتيبي أن الأزمة طويلة.{brk}وقال: "على الأطراف أن تعود إلى '
            f'الحوار.{brk}وكذلك على الحكومة أن تتحمل مسؤولياتها تجاه شعبها.{brk}وأضاف أن '
            'الحل ممكن.')
    assert _cues_speakers(text)[-1] == ("وأضاف", "المحلل فهد العتيبي")


def test_fronted_topic_before_a_pronoun_dropped_cue() -> None:
    # «وعن X» (as for X) is what the speaker was asked about, no clause of its own
    text = ("وقال الوزير خالد النمر إن الموازنة جاهزة.\n وعن موعد إقرار القانون الجديد "
            "أكد أن البرلمان سيناقشه الشهر المقبل.")
    assert _cues_speakers(text)[-1] == ("أكد", "الوزير خالد النمر")


@pytest.mark.parametrize("text, speaker", [
    ("وأفاد بيان للرئاسة أن القمة ستعقد في موعدها.", "بيان للرئاسة"),
    ("وأشاد بيان الحزب بموقف النقابات.", "بيان الحزب"),
])
def test_bayan_is_a_subject_not_a_bi_complement(text: str, speaker: str) -> None:
    assert _cues_speakers(text) == [(text.split()[0], speaker)]


def test_feminine_verb_after_a_relay_goes_on_with_the_outlet() -> None:
    text = ("ونقلت الوكالة عن الجيش قوله إن الهجوم فشل. وأضافت أن ثلاثة جنود أصيبوا، "
            "مشيرة إلى أن التحقيق مستمر.")
    assert _cues_speakers(text)[1:] == [("وأضافت", "الوكالة"), ("مشيرة", "الوكالة")]
    # a masculine verb goes on with the source; a broken plural may take a feminine verb
    text = "ونقلت الوكالة عن الجيش قوله إن الهجوم فشل. وأضاف أن ثلاثة جنود أصيبوا."
    assert _cues_speakers(text)[1] == ("وأضاف", "الجيش")
    text = "ونقلت الصحيفة عن المصادر قولها إن الهجوم فشل. وأضافت أن ثلاثة جنود أصيبوا."
    assert _cues_speakers(text)[1] == ("وأضافت", "المصادر")


@pytest.mark.parametrize("text, cue, speaker", [
    ("واستمع الصحفيون إلى شهود منهم امرأة، روت أنها نجت بأعجوبة.", "روت", None),
    ("وأفادت الشرطة بتوقيف شاب عراقي الأصل، يقول إنه دخل البلاد قبل عام.", "يقول",
     "شاب عراقي الأصل"),
    ("والتقت اللجنة بناجين منهم سيدة، قالت إنها فقدت أطفالها.", "قالت", "سيدة"),
])
def test_relative_clause_without_alladhi_after_an_indefinite_noun(text: str, cue: str,
                                                                  speaker: str | None) -> None:
    got = dict(_cues_speakers(text))
    if speaker is None:
        assert cue not in got  # «روى» is no cue
    else:
        assert got[cue] == speaker


def test_relative_without_alladhi_needs_agreement_and_no_object() -> None:
    # a masculine noun and a feminine verb, or an accusative object, are no antecedent
    assert dict(_cues_speakers("وصل وفد حكومي، قالت إنها ستبحث الأزمة.")).get("قالت") != (
        "وفد حكومي")
    assert _cues_speakers("وأصدر الحزب بيانا، قال فيه إن الوضع صعب.") == [("قال", "الحزب")]


def test_opinion_verb_with_its_object_pronoun_and_a_one_word_predicate() -> None:
    text = "ولا يشمل القرار المقاتلين، حيث تعتبرهم الحكومة متمردين."
    sts = extract_statements(text)
    assert [(s.cue, s.speaker.text) for s in sts] == [("تعتبرهم", "الحكومة")]
    assert sts[0].content is not None and sts[0].content.text == "متمردين"


def test_opinion_verb_with_its_object_pronoun_and_only_an_adverb_after() -> None:
    # «خطوة انتقدها الفلسطينيون بشدة»: «بشدة» (strongly) is no predicate said of it
    assert _cues_speakers("ويأتي القرار عشية الافتتاح، وهي خطوة انتقدها المعارضون بشدة.") == []


def test_conjoined_verb_right_after_a_cue_and_its_subject() -> None:
    text = "ويبقى الملف معلقا حتى الصيف، تتابع المجلة وتتساءل عن مصير الاتفاق."
    assert _cues_speakers(text)[-1] == ("وتتساءل", "المجلة")


def test_set_off_name_running_to_the_content_marker() -> None:
    # «title، First Last إن…»: the name needs no closing comma when the clause opens after it
    text = "وقالت المتحدثة باسم الحكومة، سلمى داود إن الوزراء سيجتمعون، مضيفة أن الجلسة علنية."
    assert [s for _, s in _cues_speakers(text)] == ["المتحدثة باسم الحكومة، سلمى داود"] * 2
    text = "وقال المتحدث باسم الجيش، صباح اليوم إن القصف توقف."
    assert _cues_speakers(text) == [("وقال", "المتحدث باسم الجيش")]


def test_an_outlet_subheading_stops_the_continuation() -> None:
    # a press review: a subheading naming another paper opens its own statements
    text = ("وتقول صحيفة التايمز إن الحكومة مترددة.\n"
            'صحيفة "الغارديان" تنشر مقالا عن الانتخابات\n'
            "وتشير إلى أن الناخبين غاضبون.")
    assert _cues_speakers(text)[-1] == ("وتشير", "")


# --- pass 21 ---------------------------------------------------------------------------------


def test_pronoun_lead_takes_the_noun_after_the_verb_as_its_object() -> None:
    # «لكنها/لكنهما» name the subject: the noun after an object-taking cue is what is denied
    text = "ويواجه الجيش اتهامات بقصف المستشفى، لكنه ينفي استهداف المدنيين."
    sts = extract_statements(text)
    assert [(s.cue, s.speaker.text) for s in sts] == [("ينفي", "الجيش")]
    assert sts[0].content is not None and sts[0].content.text == "استهداف المدنيين"
    text = "وتواجه الحكومتان انتقادات حادة منذ أشهر، لكنهما تنفيان أي تدخل عسكري."
    assert _cues_speakers(text) == [("تنفيان", "الحكومتان")]


def test_bare_verbal_noun_after_a_dropped_subject_cue_is_its_object() -> None:
    # «واقترحت عقد محادثات»: what was proposed, the speaker carried from before
    text = "وأعلنت الحكومة أنها مستعدة للحوار. واقترحت عقد جولة مفاوضات في جنيف."
    sts = extract_statements(text)
    assert [(s.cue, s.speaker.text) for s in sts] == [("وأعلنت", "الحكومة"),
                                                       ("واقترحت", "الحكومة")]
    assert sts[1].content is not None and sts[1].content.text.startswith("عقد جولة")


def test_found_that_is_a_report_in_the_past_only() -> None:
    # «وجد X أن…» (found that) reports; «وجدت الشرطة أسلحة» and «توجد» (there is) do not
    assert _cues_speakers("ووجدت لجنة التحقيق أن الحريق كان متعمدا.") == [
        ("ووجدت", "لجنة التحقيق")]
    assert _cues_speakers("ووجدت الشرطة في المنزل أسلحة وذخائر.") == []
    assert _cues_speakers("ولا توجد أدلة على أن المصنع أغلق.") == []
    assert _cues_speakers("وحتى لو وجدت فإنها تحت الرقابة.") == []


def test_participle_of_the_other_gender_does_not_continue_a_person() -> None:
    # a feminine participle after a minister's statement is not his; an institution's
    # grammatical gender varies with the writer, so it still goes on there
    text = ("قال وزير الخارجية، سامي عادل، إنه بحث الملف مع الحكومة الليبية، "
            "مشيرة إلى أنها ترفض التدخل.")
    assert dict(_cues_speakers(text))["مشيرة"] == ""
    text = "وذكر موقع \"ميديا بارت\" أن التحقيق مستمر، مشيرة إلى أن الشرطة استجوبت شهودا."
    assert dict(_cues_speakers(text))["مشيرة"] == 'موقع "ميديا بارت"'


def test_long_topic_before_a_dropped_subject_cue() -> None:
    text = ("وقال المحافظ إن الخدمات عادت إلى المدينة. وعن خطة السلطات المحلية والحكومة في "
            "إعادة بناء الجسور والمدارس المتضررة قال: «العمل سيبدأ الشهر المقبل».")
    assert _cues_speakers(text)[-1] == ("قال", "المحافظ")


def test_what_a_participle_called_something_far_after_its_object() -> None:
    # «واصفا X…، رغم…، بـ"…"»: the «بـ» phrase beyond the usual window is what it was called
    text = ("انتقد رئيس البرلمان، علي حسن، الحكومة الثلاثاء، واصفا تأخير صرف الرواتب "
            "للموظفين في المحافظات الجنوبية منذ أشهر رغم الوعود المتكررة بـ \"الفضيحة\".")
    sts = extract_statements(text)
    assert sts[-1].cue == "واصفا" and sts[-1].speaker.text.startswith("رئيس البرلمان")
    assert sts[-1].content is not None and "الفضيحة" in sts[-1].content.text


def test_a_stray_closing_quote_opens_no_quotation() -> None:
    # «…الحكومة،" مضيفا: "…"»: a «"» glued to the word before and followed by a space closes;
    # with none open it is a stray closer, and the cues after it are no quoted words
    text = ('وانتقد النائب سعيد مراد بشدة "الإهمال والفساد" في إدارة الموانئ التابعة '
            'للحكومة،" مضيفا: "سنطلب استجواب الوزير في الجلسة المقبلة،" وفقا لما ذكره '
            'النائب الذي اتهم الوزارة بإخفاء التقارير.')
    cues = [c for c, _ in _cues_speakers(text)]
    assert "مضيفا" in cues and "اتهم" in cues


def test_a_report_the_enclosing_statement_relays() -> None:
    # «وأوردت الوكالة أن الرئيس قال…»: the president speaks, the agency relays; the agency's
    # statement keeps its content and the next dropped-subject cue is the agency's again
    text = ('وأوردت الصحيفة أن رئيس الوزراء قال مساء الأحد "لن نقبل بأي شروط مسبقة". '
            "وأضافت أن المفاوضات ستستأنف الأسبوع المقبل.")
    sts = extract_statements(text)
    got = [(s.cue, s.speaker.text, s.via.text if s.via else None) for s in sts]
    assert got == [("وأوردت", "الصحيفة", None), ("قال", "رئيس الوزراء", "الصحيفة"),
                   ("وأضافت", "الصحيفة", None)]
    assert sts[1].content is not None and sts[1].content.text == "لن نقبل بأي شروط مسبقة"
    # a verb with no words reported stays inside the content
    text = "وأضاف المكتب في بيان أن الوزيرة تحدثت مع نظيرها الفرنسي، وأنهما اتفقا على التنسيق."
    assert [c for c, _ in _cues_speakers(text)] == ["وأضاف"]


def test_an_abbreviated_title_ends_no_sentence() -> None:
    # «د.» before a name: the speaker runs on through the title to the name, also after a
    # long office
    text = "وقال مدير المستشفى د. خالد العمري إن الحالات في تراجع مستمر."
    assert _cues_speakers(text) == [("وقال", "مدير المستشفى د. خالد العمري")]
    text = ("وأكد المدير الإقليمي للحملة الوطنية السعودية لنصرة الأشقاء في سورية د. سامي "
            "بن خالد العتيبي أن البرنامج مستمر.")
    sts = extract_statements(text)
    assert sts[0].speaker.text.endswith("العتيبي")
    assert sts[0].content is not None and sts[0].content.text.startswith("أن البرنامج")
    # a year's «م.» is no title
    text = "وتأسست الجمعية عام 1990 م. وقال رئيسها إن عدد أعضائها تضاعف."
    assert _cues_speakers(text) == [("وقال", "رئيسها")]


def test_the_attention_drawn_is_no_speaker() -> None:
    # «لفت الانتباه/النظر إلى» (drew attention to); «بوضوح» is an adverb
    text = ("وقال الوزير إن الخطة جاهزة للتنفيذ. ولفت الانتباه إلى أن الدراسات الميدانية "
            "تشير بوضوح إلى تحسن الأداء.")
    got = _cues_speakers(text)
    assert got[:2] == [("وقال", "الوزير"), ("ولفت", "الوزير")]
    assert all(sp not in ("الانتباه", "بوضوح") for _, sp in got)


def test_a_verbal_noun_object_is_no_cue() -> None:
    # «ووصفت الحكومة نقل السجناء بأنه…»: «نقل» is what was described, not a relaying verb
    text = ('ووصفت الحكومة نقل السجناء بأنه "إجراء قانوني"، وقالت إنها ستواصل العمل. '
            "واندلعت المواجهات التي قالت الشرطة إن عدد المشاركين فيها بلغ ألف شخص بينما "
            "أكد المنظمون أنهم ألفان.")
    got = _cues_speakers(text)
    assert ("وقالت", "الحكومة") in got and ("أكد", "المنظمون") in got
    assert all(c != "نقل" for c, _ in got)


def test_what_the_enclosing_speaker_called_it() -> None:
    # «…، وهو ما وصفه بأنه جريمة»: no subject, the enclosing speaker's own description
    text = "وقال المتحدث سامي نادر إن القصف استهدف المدنيين، وهو ما وصفه بأنه جريمة حرب."
    sts = extract_statements(text)
    got = [(s.cue, s.speaker.text, s.content.text if s.content else None) for s in sts]
    assert ("وصفه", "سامي نادر", "بأنه جريمة حرب") in got or (
        "وصفه", "المتحدث سامي نادر", "بأنه جريمة حرب") in got
    # «وهو ما اعتبرته موسكو»: after the pronoun of «ما» a lone name is the subject
    text = "وأعلنت واشنطن فرض عقوبات جديدة على الشركات، وهو ما اعتبرته موسكو."
    assert ("اعتبرته", "موسكو") in _cues_speakers(text)


def test_a_quoted_name_opening_the_sentence() -> None:
    text = ('وقال المتحدث إن الوضع هادئ. "رويترز" ذكرت أن المحادثات ستستأنف. '
            'صحيفة "الغارديان" كشفت أن الاتفاق تأجل.')
    assert _cues_speakers(text) == [("وقال", "المتحدث"), ("ذكرت", "رويترز"),
                                    ("كشفت", 'صحيفة "الغارديان"')]


def test_the_one_the_footage_shows_speaks() -> None:
    text = ("وبث التلفزيون تسجيلا مصورا يظهر فيه سليم جالسا أمام المحققين، وهو يقول: "
            '"نفذت الهجوم وحدي".')
    assert ("يقول", "سليم") in _cues_speakers(text)


def test_a_relative_clause_inside_the_content_keeps_the_speaker() -> None:
    # the relative's own subject speaks for it, the participle's content runs on through it
    # and ends with it, and the next dropped-subject cue is the participle's speaker again
    text = ('وقال المتحدث سامي نادر إن الوضع صعب. وأضاف أن القوافل لم تدخل، مشيرا إلى '
            'الطريق الذي أعلن الجيش أن بوسع المدنيين عبوره، وقال "لن نتوقف عن المحاولة".')
    sts = extract_statements(text)
    got = [(s.cue, s.speaker.text) for s in sts]
    assert got[-2:] == [("أعلن", "الجيش"), ("وقال", "المتحدث سامي نادر")]
    participle = next(s for s in sts if s.cue == "مشيرا")
    assert participle.content is not None
    assert participle.content.text.endswith("بوسع المدنيين عبوره")


def test_a_quotation_credited_by_a_parenthesis() -> None:
    # opinion columns: a line of quotations, then «(who, where)» on the next line
    text = ("وهذه مقتطفات آثرت نقلها:\n* «لن نسمح بتكرار الأزمة مهما كلف الأمر».\n"
            "(وزير المالية سامي الخالد في مؤتمر صحفي).\n"
            "* المادة الثانية: «الدولة تكفل الحقوق».\n(الدستور).")
    sts = extract_statements(text)
    assert [(s.cue, s.speaker.text) for s in sts] == [
        ("وزير المالية سامي الخالد", "وزير المالية سامي الخالد")]
    assert sts[0].content is not None
    assert sts[0].content.text == "لن نسمح بتكرار الأزمة مهما كلف الأمر"


def test_relayed_past_an_outlet_spoken_to() -> None:
    # «قالت X لـ"Y" نقلا عن Z إن…»: Z speaks, X relays, past the outlet spoken to; information
    # after «نقلا عن» is no speaker: the subject speaks and the information is its via
    text = 'وقالت الوكالة لـ"الشرق" نقلا عن مصدر أمني إن الهجوم أحبط.'
    sts = extract_statements(text)
    assert [(s.cue, s.speaker.text, s.via.text if s.via else None) for s in sts] == [
        ("وقالت", "مصدر أمني", "الوكالة")]
    text = 'وأفادت مصادر محلية لـ"الشرق" نقلاً عن معلومات ميدانية، بأن القوات انسحبت.'
    sts = extract_statements(text)
    assert [(s.cue, s.speaker.text, s.via.text if s.via else None) for s in sts] == [
        ("وأفادت", "مصادر محلية", "معلومات ميدانية")]


def _csv(text: str) -> list[tuple[str, str, str | None]]:
    return [(s.cue, s.speaker.text, s.via.text if s.via else None)
            for s in extract_statements(text)]


def test_kama_with_a_content_marker_continues_inside_content() -> None:
    # «…، كما رأى أن…» inside another's content: also (a new statement of the same speaker);
    # «…، كما قال X» stays a source for the other half
    text = ('وكشف المسؤول أن مسلحين أطلقوا النار على الحراس، ورجح أنهم أفارقة، كما رأى أن '
            'العملية تحمل بصمات تنظيم داعش.')
    assert _csv(text)[-1] == ("رأى", "المسؤول", None)
    assert ("كما قال", "المتحدث باسم الجيش", None) in _csv(
        "وقال الوزير إن الوضع صعب، كما قال المتحدث باسم الجيش.")


def test_observed_that_is_a_cue_in_the_past() -> None:
    text = "وحذرت الوكالة من التطرف. وقالت إن المتطرفين خطرون. ولاحظت أن المواجهات تشتد."
    assert _csv(text)[-1] == ("ولاحظت", "الوكالة", None)
    assert _csv("ولاحظ السكان وجود دخان كثيف.") == []
    assert _csv("ويلاحظ أن الأسعار ارتفعت.") == []


def test_a_span_before_the_complement() -> None:
    text = "ويتحدث الرئيس الأمريكي منذ عدة أيام عن الموضوع دون أدلة."
    assert _csv(text) == [("ويتحدث", "الرئيس الأمريكي", None)]


def test_renewed_accusation() -> None:
    text = "جدد الرئيس الأمريكي دونالد ترامب الأحد اتهامه للمكتب بدس مخبر في حملته."
    assert _csv(text) == [("جدد", "الرئيس الأمريكي دونالد ترامب", None)]


def test_conjoined_cue_after_a_day_between_verb_and_subject() -> None:
    text = ("نشرت الثلاثاء وكالة الاستخبارات الهولندية تقريرها السنوي وذكرت فيه أن نحو 200 "
            "جهادي لا يزالون في سوريا.")
    assert _csv(text) == [("وذكرت", "وكالة الاستخبارات الهولندية", None)]


def test_participle_after_a_fronted_subject_and_its_present_verb() -> None:
    text = "الصحيفة تسلط الضوء على الوضع على الحدود قائلة إن النازحين يريدون منطقة آمنة."
    assert _csv(text) == [("قائلة", "الصحيفة", None)]
    # a masculine participle does not continue a feminine present verb
    assert _csv("الحكومة الجديدة تواجه أزمة، مشيرا إلى أن الوضع صعب.") == [("مشيرا", "", None)]


def test_postposed_outlet_without_a_comma() -> None:
    text = ("عدد النازحين على الحدود يقدر بمئة ألف، وهو عدد مرشح للارتفاع مع استمرار "
            "توافد النازحين تقول صحيفة العربي الجديد.")
    sts = extract_statements(text)
    assert [(s.cue, s.speaker.text) for s in sts] == [("تقول", "صحيفة العربي الجديد")]
    assert sts[0].content is not None and sts[0].content.text.startswith("عدد النازحين")
    assert _csv("وهذا ما تقول صحيفة الحياة.") == []


def test_demand_relayed_inside_content() -> None:
    # «وذكرت X أن Y حض Z على…»: Y urged, X relays; a verbal noun spelt with «ة» is no demand
    text = "وذكرت الصحيفة أن ترمب حض مستشاريه العسكريين على ضربة شرسة في سوريا."
    assert _csv(text) == [("وذكرت", "الصحيفة", None), ("حض", "ترمب", "الصحيفة")]
    text = 'وقالت المتحدثة إن ماي قررت دعوة الوزراء إلى لندن "لمناقشة الرد على الأحداث".'
    assert [c for c, _, _ in _csv(text)] == ["وقالت"]


def test_no_relay_through_a_denial_or_a_pronoun_marker() -> None:
    # «كما نفى أن باريس أبلغت…»: Paris said nothing; «إنها أعدت مشروع قرار يطالب…»: the
    # draft demands, after «إنها» the noun is no subject
    text = ("وقال المتحدث إن المناشدة لا أساس لها، كما نفى أن باريس أبلغت أنقرة بأن الهدنة "
            "تنطبق على عفرين.")
    assert _csv(text) == [("وقال", "المتحدث", None), ("نفى", "المتحدث", None)]
    text = "قالت الولايات المتحدة إنها أعدت مشروع قرار لمجلس الأمن يطالب بوقف الأعمال العسكرية."
    assert _csv(text) == [("قالت", "الولايات المتحدة", None)]


def test_observed_an_act_is_no_statement() -> None:
    text = ("أوضحت وزارة الداخلية أنه على المواطنين عدم إيواء مجهولي الهوية، حيث لاحظت قيام "
            "البعض بإيوائهم، وأن غالبيتهم تقدموا للجهات.")
    assert [c for c, _, _ in _csv(text)] == ["أوضحت"]


def test_participle_after_a_relayed_demand_cuts_the_relaying_content() -> None:
    text = ("وقالت المتحدثة هيذر ناورت إن كوريا الشمالية اقترحت عقد محادثات في يوم 15، مضيفة "
            "أن بلادها مستعدة لحضور المحادثات.")
    sts = extract_statements(text)
    assert sts[0].content is not None and sts[0].content.text.endswith("في يوم 15")
    assert (sts[-1].cue, sts[-1].speaker.text) == ("مضيفة", "المتحدثة هيذر ناورت")


def test_request_is_a_statement_only_when_relayed() -> None:
    # «أن الوفد الروسي طلب من…»: a relayed demand; on its own «طلب» is mostly the noun
    text = ("وأضافت المصادر أن الوفد الروسي طلب من فصائل الجيش الحر الانسحاب من معبر نصيب "
            "الحدودي.")
    assert _csv(text) == [("وأضافت", "المصادر", None), ("طلب", "الوفد الروسي", "المصادر")]
    text = "وقال المسؤول إن العراق اعتقله بناء على طلب من الشرطة الألمانية."
    assert [c for c, _, _ in _csv(text)] == ["وقال"]
    text = 'وكان مصدر دبلوماسي طلب عدم نشر اسمه قال إن فريق الخبراء عاد إلى دمشق.'
    assert _csv(text)[0][1].startswith("مصدر دبلوماسي")


def test_answer_needs_its_subject_written() -> None:
    text = 'وعند سؤالها عن التغريدة أجابت ساندرز: "كلا إطلاقاً، الرئيس لم يقدم جدولاً زمنياً."'
    assert _csv(text) == [("أجابت", "ساندرز", None)]
    text = ('وقالت المتحدثة هيذر ناورت: "نستطيع القول إن الحكومة تقف وراء الهجوم". وعندما سئلت '
            'إن كانت لديها أدلة أجابت "نعم".\nوأضافت أن فريقاً سيصل سوريا يوم السبت.')
    assert _csv(text) == [("وقالت", "المتحدثة هيذر ناورت", None),
                          ("وأضافت", "المتحدثة هيذر ناورت", None)]


def test_name_spelt_like_a_verb_after_the_verb() -> None:
    # «وقال دان ويرثايمر»: two verbs never follow each other unjoined, the second is a name;
    # not the first words of what was said («وأضافت نتوقع أن…») nor an inflected verb
    text = "وقال دان ويرثايمر أحد مستشاري المشروع إن العالم ينفق أقل من مليوني دولار."
    assert _csv(text) == [("وقال", "دان ويرثايمر أحد مستشاري المشروع", None)]
    text = "لكن الجيش الإسرائيلي قال ردا على سؤال إنه يرفض الإدلاء بأي تعليق."
    assert _csv(text)[0][:2] == ("قال", "الجيش الإسرائيلي")


def test_call_setting_before_the_complement() -> None:
    text = ("ومن جهة أخرى شدد الرئيس الروسي فلاديمير بوتين في مكالمة هاتفية مع رئيس الوزراء "
            "الإسرائيلي بينيامين نتنياهو على ضرورة عدم اتخاذ أي تصعيد في سوريا.")
    sts = extract_statements(text)
    assert [(s.cue, s.speaker.text) for s in sts] == [("شدد", "الرئيس الروسي فلاديمير بوتين")]
    assert sts[0].content is not None and sts[0].content.text.startswith("على ضرورة")


def test_description_in_quotation_after_ma() -> None:
    text = 'وأصدرت إسرائيل تعليمات بعد رصد ما وصفه الجيش "بنشاط غير عادي للقوات الإيرانية".'
    assert _csv(text) == [("وصفه", "الجيش", None)]


def test_lakin_lead_is_not_part_of_a_subject() -> None:
    # «…من سوريا لكنه أشار»: the pronoun on «لكن» refers back; a span holding it is no subject
    text = ("أكد الرئيس الأميركي دونالد ترامب، الثلاثاء، أنه يريد سحب القوات الأميركية من "
            "سوريا لكنه أشار إلى عدم اتخاذ قرار بعد.")
    assert [(c, s) for c, s, _ in _csv(text)] == [("أكد", "الرئيس الأميركي دونالد ترامب"),
                                                  ("أشار", "الرئيس الأميركي دونالد ترامب")]


def test_short_quoted_phrase_is_no_cue() -> None:
    # «"رد الجميل"»: a cue form opening a short closed quotation is a quoted noun phrase; a
    # mark that closes a quoted name («"فارس" دعوة…») opens nothing
    text = 'وطالب الوزير روسيا بما سماه "رد الجميل" في سوريا.'
    assert [c for c, _, _ in _csv(text)] == ["وطالب"]
    text = 'كما ذكرت وكالة أنباء "فارس" دعوة صفوي الى "مواصلة العمليات".'
    assert [(c, s) for c, s, _ in _csv(text)] == [("دعوة", "صفوي")]


def test_istinadan_needs_a_source() -> None:
    text = "تمت إقالة 107 ألف شخص من وظائفهم استنادا إلى حالة الطوارئ."
    assert _csv(text) == []
    text = "وقتل 20 شخصا استنادا إلى مصادر دبلوماسية عدة."
    assert [c for c, _, _ in _csv(text)] == ["استنادا إلى"]


def test_commented_with_its_content() -> None:
    text = "وعلق المبعوث الأمريكي على الاجتماع بأن تركيا تحاول منع أي هجوم على إدلب."
    assert [(c, s) for c, s, _ in _csv(text)] == [("وعلق", "المبعوث الأمريكي")]
    text = "وعلقت قوات الأمن السفر إلى المدينة. ورغم قلتها فإن الشركات تتفوق."
    assert _csv(text) == []


def test_fa_inna_subject_before_present_verb() -> None:
    text = ("فإن الدراسات المتخصصة في مجال الاستدامة تشير أيضا إلى أن خلف كل شركة متفوقة "
            "امرأة.")
    assert [(c, s) for c, s, _ in _csv(text)] == [
        ("تشير", "الدراسات المتخصصة في مجال الاستدامة")]


def test_clause_resuming_an_indefinite_noun_is_no_cue() -> None:
    # «في انتخابات انتقدتها واشنطن»: a cue with an object pronoun right after an indefinite
    # noun describes it; the governing «قال» keeps its quotation
    text = ('وقال مادورو، متحدثاً عن تود روبنسون، خلال الإعلان الرسمي عن فوزه في انتخابات '
            'انتقدتها واشنطن: "أعلنته شخصاً غير مرغوب فيه".')
    sts = extract_statements(text)
    assert [(s.cue, s.speaker.text) for s in sts] == [("وقال", "مادورو")]
    assert sts[0].content is not None and sts[0].content.text.startswith("أعلنته")


def test_kama_opening_needs_the_cues_own_content() -> None:
    # «كما علقت قوات الأمن أيضا السفر…»: suspended, not "as the forces commented"
    text = "وأغلقت المطارات. كما علقت قوات الأمن أيضا السفر بين المحافظات، وفرضت قيودا."
    assert _csv(text) == []



def test_day_before_yesterday_is_no_subject() -> None:
    # «أول من أمس» is a time: the subject written before «قد» speaks
    text = ("وكان المركز الإعلامي للمقاومة قد قال أول من أمس في تقرير رسمي إن الثوار "
            "عثروا على ألغام.")
    assert [(c, s) for c, s, _ in _csv(text)] == [("قال", "المركز الإعلامي للمقاومة")]


def test_day_between_fronted_subject_and_qad() -> None:
    text = "وكانت حصيلة سابقة السبت، قد أشارت إلى تسعة قتلى."
    assert [(c, s) for c, s, _ in _csv(text)] == [("أشارت", "حصيلة سابقة")]


def test_participle_after_kana_verb_without_qad() -> None:
    text = ("وكان ترامب قال في كلمة له، الثلاثاء، معلنا انسحاب بلاده من الاتفاق النووي، "
            "متوعدا بعقوبات اقتصادية ضد طهران.")
    assert [(c, s) for c, s, _ in _csv(text)] == [("معلنا", "ترامب"), ("متوعدا", "ترامب")]


def test_tweet_of_a_named_man_before_haythu_qala() -> None:
    text = 'جاء ذلك في تغريدة للسبهان على صفحته بموقع تويتر، حيث قال: "نظام مارق."'
    assert [(c, s) for c, s, _ in _csv(text)] == [("قال", "السبهان")]


def test_relative_after_a_quoted_name() -> None:
    text = ('أقرت السلطات باعتقاله عبر بيان لما يسمى "اللجنة الوطنية القطرية لحقوق الإنسان"، '
            'التي ادعت أن المقبوض عليه كان متجها لزيارة أقاربه.')
    assert ("ادعت", "اللجنة الوطنية القطرية لحقوق الإنسان") in [
        (c, s) for c, s, _ in _csv(text)]


def test_negated_cue_before_whether_says_nothing() -> None:
    # «لم يوضح المصدر فيما إذا…»: a question left open; the «أن» of «بادعاء أن» is not his
    text = ("ولم يوضح المصدر فيما إذا كانت تلك خدعة حوثية، بادعاء أن تنظيم داعش هو المنفذ.")
    assert _csv(text) == []
    assert [(c, s) for c, s, _ in _csv("ولم يذكر المصدر أن الهجوم وقع.")] == [("يذكر", "المصدر")]


def test_proclaimed_act_is_no_statement() -> None:
    assert _csv("وأعلنت السلطات الكوبية السبت الحداد الوطني في البلاد لمدة يومين.") == []
    assert [(c, s) for c, s, _ in _csv("وأعلنت السلطات السبت مقتل ثلاثة جنود.")] == [
        ("وأعلنت", "السلطات")]


def test_istadrak_with_its_words() -> None:
    text = ('أكد المحافظ أن التحديات كبيرة، واستدرك في تصريحات إلى "الوطن" بقوله: '
            '"هناك عزيمة وإصرار".')
    assert [(c, s) for c, s, _ in _csv(text)] == [("أكد", "المحافظ"), ("واستدرك", "المحافظ")]


def test_admission_needs_an_admitted_noun() -> None:
    text = "اعترفت وسائل الإعلام التابعة لجماعة الحوثيين بزراعة عدد من حقول الألغام."
    assert [(c, s) for c, s, _ in _csv(text)] == [
        ("اعترفت", "وسائل الإعلام التابعة لجماعة الحوثيين")]
    assert _csv("وأقر البرلمان بالإجماع قانون الموازنة.") == []
    assert _csv("واعترفت عدة دول بإسرائيل عام 1949.") == []


def test_cue_after_fi_is_a_verbal_noun() -> None:
    # «بدأ التنظيم في حث أتباعه على…»: «حث» after «في» is a noun; «تشديد الإجراءات»: measures
    # do not speak; «تعلن التوبة»: a proclaimed act
    assert _csv("ومع طرد داعش من الموصل بدأ التنظيم في حث أتباعه على شن هجمات في أوطانهم.") == []
    text = ("وأضاف أن تشديد الإجراءات على الحدود وتكثيف عمليات المراقبة أثنت آخرين عن العودة.")
    assert [(c, s) for c, s, _ in _csv("وقال نافاريتي إن الخطر قائم. " + text)] == [
        ("وقال", "نافاريتي"), ("وأضاف", "نافاريتي")]
    assert _csv("هل تتوقعون أن إيران تعلن التوبة وتوقع على الاتفاق النووي؟") == []


def test_trailing_naqlan_names_the_speaker() -> None:
    # «…، وذلك نقلا عن Y» closing the content: Y speaks, the newspaper relays
    text = ('كما أشارت صحيفة "لوباريزيان" الفرنسية إلى أنه كان يرتاد أحد المساجد بانتظام، '
            'وكان "هادئا"، وذلك نقلا عن بعض شهادات محيطه.')
    st = extract_statements(text)
    assert [(s.cue, s.speaker.text, s.via.text if s.via else None) for s in st] == [
        ("أشارت", "بعض شهادات محيطه", 'صحيفة "لوباريزيان" الفرنسية')]
    assert st[0].content is not None and st[0].content.text.endswith('"هادئا"')


def test_demonstrative_object_reports_the_sentence_before() -> None:
    # «صرح بذلك X», «كشف هذا لـ"الرياض" X وقال:»: the sentence before is X's; the chain goes on
    text = ("بدأ توزيع المساعدات الغذائية على الأسر في المدينة.\n"
            "صرح بذلك المتحدث باسم الهلال الأحمر محمد الجعيثن.")
    st = extract_statements(text)
    assert [(s.cue, s.speaker.text) for s in st] == [
        ("صرح", "المتحدث باسم الهلال الأحمر محمد الجعيثن")]
    assert st[0].content is not None and st[0].content.text.startswith("بدأ توزيع")
    text = ('وصلت كتيبة عسكرية إلى عدن لتأمين مطارها.\nكشف هذا لـ"الرياض" الدكتور محمد علي '
            'مارم مدير مكتب الرئاسة وقال: القوات لم تنفذ أية عملية إنزال، مشددا على أن '
            'العمليات منظمة. وزاد أن المطار يعمل.')
    want = "الدكتور محمد علي مارم مدير مكتب الرئاسة"
    st = extract_statements(text)
    assert [(s.cue, s.speaker.text) for s in st] == [
        ("كشف", want), ("وقال", want), ("مشددا", want), ("وزاد", want)]
    assert st[0].to == "الرياض"
    # a demonstrative determiner of the subject, or a time, is no object
    st = extract_statements("بدأ توزيع المساعدات. وذكر هذا الموقع، في تقرير، أن الحرب انتهت.")
    assert [(s.cue, s.content.text if s.content else None) for s in st] == [
        ("وذكر", "أن الحرب انتهت")]
    assert extract_statements("بدأ توزيع المساعدات. وقال ذلك اليوم أمام الصحفيين.") == []


def test_definite_tweets_name_their_writer() -> None:
    text = ('جاء ذلك في سلسلة من التغريدات لقرقاش على صفحته بموقع تويتر، حيث قال: "زيارة '
            'ممتازة". وتابع قائلا: "قضايا المنطقة مهمة".')
    assert [(s.cue, s.speaker.text) for s in extract_statements(text)] == [
        ("قال", "قرقاش"), ("وتابع قائلا", "قرقاش")]


def test_fronted_time_phrase_is_no_subject() -> None:
    # «وقبل X، أصدرت Y بيانا تدعو فيه…»: Y wrote the statement, not the time phrase's noun
    for cue in ("تدعو", "قالت"):
        text = f"وقبل استقالة الوزير، أصدرت نقابة الصحف بيانا {cue} فيه إن النساء يعانين."
        assert [(s.cue, s.speaker.text) for s in extract_statements(text)] == [
            (cue, "نقابة الصحف")]


def test_cue_after_indefinite_object_is_the_subjects() -> None:
    # «نشرت X صورا قالت إنها…»: pictures do not speak, the accounts that published them do
    text = "نشرت حسابات تابعة لتنظيم داعش، مساء الأحد، صورا قالت إنها لمنفذي الهجوم."
    assert [(s.cue, s.speaker.text) for s in extract_statements(text)] == [
        ("قالت", "حسابات تابعة لتنظيم داعش")]


def test_source_with_a_setting_has_a_dropped_subject() -> None:
    # «وفق ما قال أمام المحكمة/للمحققين»: where and to whom, not who; the clause's subject
    text = "وقاتل البلجيكي في كوباني في شمال سوريا وفق ما قال أمام المحكمة."
    assert [(s.cue, s.speaker.text) for s in extract_statements(text)] == [
        ("وفق ما قال", "البلجيكي")]
    st = extract_statements("وكان مسؤولا عن تدريب الأشبال، وفق ما قال للمحققين.")
    assert [(s.cue, s.speaker.text) for s in st] == [("وفق ما قال", "")]


def test_advice_alert_and_count_verbs_are_cues() -> None:
    # «نصح/نبه/أنذر/أحصى X…»: advised, warned, counted; «ينذر بكارثة» (portends) stays none
    cases = [
        ("وينصح الأطباء بشرب الماء بكثرة في الصيف.", "وينصح", "الأطباء"),
        ("ونبهت الهيئة إلى خطورة السيول في الوادي.", "ونبهت", "الهيئة"),
        ("وأنذر الجيش السكان بإخلاء منازلهم فورا.", "وأنذر", "الجيش"),
        ("وأحصت المنظمة مقتل عشرين مدنيا في القصف.", "وأحصت", "المنظمة"),
    ]
    for text, cue, speaker in cases:
        st = extract_statements(text)
        assert [(s.cue, s.speaker.text.split()[0]) for s in st] == [(cue, speaker)], text
    assert extract_statements("وهذا الوضع ينذر بكارثة إنسانية في المنطقة.") == []
    # «تنبه» is also «تنبّه» (realised; signs that alert drivers): the past only
    assert extract_statements("وتوجد لوحات عند الإشارات تنبه السائقين إلى التوقف.") == []


def test_abbar_before_a_feeling_expresses() -> None:
    # «عبر X عن الارتياح/حرص…» (expressed), not only before a possessed noun; «عبر» as
    # "via" stays none
    st = extract_statements("من جانبه عبر وزير الخارجية عن حرص الحكومة على توثيق العلاقات.")
    assert [(s.cue, s.speaker.text) for s in st] == [("عبر", "وزير الخارجية")]
    st = extract_statements("وعبّر الرئيس عن الارتياح لنتائج الاجتماع.")
    assert [(s.cue, s.speaker.text) for s in st] == [("وعبّر", "الرئيس")]
    assert extract_statements("وعبر المهاجرون الحدود عن طريق البحر إلى اليونان.") == []
    # «عبر» before a medium is "via" even with a stance noun after it
    text = "من جهته النائب وعبر موقع تويتر كان دائم التغريد عن الموقف."
    assert [s.cue for s in extract_statements(text)] == []


def test_honorific_pronoun_continues_the_speaker() -> None:
    # «وشدد معاليه على…», «وأكد سموه أن…»: his excellency is the previous speaker
    text = ("وقال وزير الخارجية إن العلاقات متينة. وشدد معاليه على حرص المملكة على الاستقرار، "
            "مشيرا إلى أن التعاون مستمر.")
    assert [(s.cue, s.speaker.text) for s in extract_statements(text)] == [
        ("وقال", "وزير الخارجية"), ("وشدد", "وزير الخارجية"), ("مشيرا", "وزير الخارجية")]


def test_quantified_source_after_bihasab() -> None:
    # «وبحسب بعض الدراسات، …»: a part of the studies is a source; «بعض الظروف» is not
    st = extract_statements("وبحسب بعض الدراسات، فإن معظم المرضى يتعافون خلال أسبوع.")
    assert [(s.cue, s.speaker.text) for s in st] == [("وبحسب", "بعض الدراسات")]
    assert extract_statements("وبحسب بعض الظروف، فإن الحل ممكن في النهاية.") == []


def test_subject_running_into_the_next_cue_borrows_nothing() -> None:
    # «وفيما تتابع قوات هادي الضغط… قالت مصادر إن…»: "follows", the words are the sources'
    text = ("وفيما تتابع القوات الحكومية الضغط شمالا باتجاه العاصمة قالت مصادر عسكرية إن "
            "القوات تصعد عملياتها.")
    assert [(s.cue, s.speaker.text) for s in extract_statements(text)] == [
        ("قالت", "مصادر عسكرية")]
    # a cue that needs no content of its own keeps it («قال محققون… يجمعون أدلة تدين…»)
    st = extract_statements(
        "قال خبراء يجمعون أدلة تدين مرتكبي الجرائم، الثلاثاء، إنهم بدأوا العمل.")
    assert st and st[0].cue == "قال"


def test_setting_after_the_verb_is_no_speaker() -> None:
    # «وقال لدى/فور/عند وصوله…»: a setting of time right after the verb, whose subject was
    # dropped: the previous speaker goes on
    for lead in ("لدى", "فور", "عند"):
        text = (f"وصل وزير الخارجية أحمد سعيد إلى عدن. وقال {lead} وصوله إلى المطار إن "
                "الزيارة مهمة.")
        st = extract_statements(text)
        assert [(s.cue, s.speaker.text) for s in st] == [("وقال", "وزير الخارجية أحمد سعيد")]
    # «لدى» inside a title stays in it
    st = extract_statements("قال مندوب روسيا لدى الأمم المتحدة إن القرار خاطئ.")
    assert [(s.cue, s.speaker.text) for s in st] == [("قال", "مندوب روسيا لدى الأمم المتحدة")]



def test_participle_of_rajjah_after_content() -> None:
    # «…، مرجحا أن…»: a participle of «رجح» (judged likely) continues the speaker, and the
    # content before it ends at the comma
    text = "وقال المتحدث إن الانفجار دمر ثلاثة مبان، مرجحا أن يكون سببه تسرب الغاز."
    st = extract_statements(text)
    assert [(s.cue, s.speaker.text) for s in st] == [("وقال", "المتحدث"), ("مرجحا", "المتحدث")]
    assert st[0].content is not None
    assert text[st[0].content.start:st[0].content.end].endswith("مبان")


def test_medics_are_a_source_after_bihasab() -> None:
    assert _said("قتل خمسة أشخاص بحسب مسعفين في موقع الحادث.") == [("بحسب", "مسعفين")]
    assert _said("وأصيب العشرات، وفق أطباء في المستشفى الميداني.") == [("وفق", "أطباء")]


def test_passive_auxiliary_opens_no_cue() -> None:
    # «تم نقله» (he was transferred), «يتم الإعلان» are verbal nouns after «تمّ», no relay
    assert _said("قال مسؤولون إن السجين قد تم نقله صباحا وأنه بصحة جيدة.") == [
        ("قال", "مسؤولون")]
    assert _said("وأكدت الشرطة أن المشتبه به تم نقله إلى العاصمة.") == [("وأكدت", "الشرطة")]


def test_outlet_spelt_in_letters_is_spoken_to() -> None:
    # «لكن مسؤولا قال لبي بي سي إن…»: the outlet is spoken to, the speaker stands before
    assert _said("لكن مسؤولًا حكوميًا قال لبي بي سي إن اللاجئ غادر المطار.") == [
        ("قال", "مسؤولًا حكوميًا")]
    assert _said("لكن الوزير قال لرويترز إن المحادثات مستمرة.") == [("قال", "الوزير")]


def test_not_ruling_out_is_a_statement() -> None:
    assert _said("ولم يستبعد رئيس الأركان خيار التدخل العسكري في المنطقة.") == [
        ("يستبعد", "رئيس الأركان")]
    assert _said("لم تستبعد الوزارة أن ترتفع الأسعار مجددا.") == [("تستبعد", "الوزارة")]
    # other negated verbs still say nothing
    assert _said("ولم تعلن الحكومة عن موقفها من الاتفاق.") == []


def test_ali_after_relay_an_is_a_name() -> None:
    # «عن علي…» is spelt like «عن على»: after a relay's «عن» it is a name
    st = extract_statements("ونقلت الوكالة الرسمية عن علي حسيني قوله إن المفاوضات انتهت.")
    assert [(s.cue, s.speaker.text, s.via.text if s.via else None) for s in st] == [
        ("ونقلت", "علي حسيني", "الوكالة الرسمية")]


def test_colon_quotation_after_a_long_setting() -> None:
    text = ("وقال الرئيس في مدينة الموصل بشمال البلاد، حيث تقام احتفالات بذكرى تحرير المدينة "
            "من التنظيم والتي شارك فيها آلاف السكان والجنود:\"لن نسمح بعودة الإرهاب\".")
    st = extract_statements(text)
    assert [(s.cue, s.speaker.text) for s in st] == [("وقال", "الرئيس")]
    assert st[0].content is not None
    assert text[st[0].content.start:st[0].content.end] == "لن نسمح بعودة الإرهاب"


def test_bidi_marks_are_spaces() -> None:
    text = ("وقال الرئيس في مدينة الموصل بشمال\u202d\u202d \u202c\u202c البلاد، حيث تقام احتفالات "
            "بذكرى تحرير المدينة من التنظيم والتي شارك فيها آلاف السكان:\"لن نسمح بعودة الإرهاب\".")
    st = extract_statements(text)
    assert [(s.cue, s.speaker.text) for s in st] == [("وقال", "الرئيس")]
    assert st[0].content is not None and st[0].content.end <= len(text)


def test_first_person_homograph_inside_an_object() -> None:
    # «نصف» (half) is spelt like «نصف» (we describe): inside the object it is no new cue
    assert _said("ووصف الوزير، إغلاق المعابر التي يمر منها نصف الواردات بأنه \"عقاب جماعي\".") == [
        ("ووصف", "الوزير")]


def test_illa_annahu_before_a_cue_is_but_he() -> None:
    # «…، إلا أنها تؤكد X»: but she asserts X — the pronoun's antecedent speaks, X is the object
    assert _said("وسعت الحكومة إلى تهدئة الأوضاع، إلا أنها تؤكد وقوع إصابات.") == [
        ("تؤكد", "الحكومة")]
    # «أنها» (that she) elsewhere is untouched
    assert _said("وقال الوزير إن الحكومة تؤكد أنها ستدعم المزارعين.")[0] == ("وقال", "الوزير")


def test_spans_keep_the_bidirectional_marks_they_cover() -> None:
    """Marks beside spaces are read as spaces, but every span's text is still the article's
    own characters at its offsets (the offset contract; found by the fuzz properties)."""
    text = "أكد وقال     قال \u200f            0"
    for st in extract_statements(text):
        for span in (st.speaker, st.content, st.cue_span, st.to_span, st.via):
            if span is not None and span.start is not None and span.end is not None:
                assert text[span.start:span.end] == span.text
    text = "وقال الوزير\u200f إن الحكومة\u200f ستعيد بناء المدينة."
    [st] = extract_statements(text)
    assert st.content is not None and text[st.content.start:st.content.end] == st.content.text
    assert "\u200f" in st.content.text


# --- pass 33 (tests/gold/statements_heldout33.jsonl, seed 2421): one real sentence per rule ---

def _said_via(text: str) -> list[tuple[str, str, str | None]]:
    return [(s.cue, s.speaker.text, s.via.text if s.via else None)
            for s in extract_statements(text)]


def test_relaying_outlet_runs_through_its_gloss() -> None:
    # «وكالة الأنباء… (سانا) عن مصدر»: the agency's short name in brackets is part of the outlet
    assert _said_via("نقلت وكالة الأنباء الرسمية السورية (سانا) عن مصدر عسكري قوله إن "
                     "التحالف شن ضربات.") == [
        ("نقلت", "مصدر عسكري", "وكالة الأنباء الرسمية السورية (سانا)")]
    assert _said_via("استهدف التحالف مواقع عسكرية في دير الزور، حسبما نقلت وكالة الأنباء "
                     "الرسمية (سانا) عن مصدر عسكري.") == [
        ("حسبما نقلت", "مصدر عسكري", "وكالة الأنباء الرسمية (سانا)")]


def test_news_about_is_no_relayed_source() -> None:
    # «نقلت X أخباراً عن هجوم»: X reports news about an attack; the attack is no speaker
    assert _said_via("وقد نقلت مجموعات معارضة أخباراً عن هجوم عنيف على المدينة، وأن الهجوم "
                     "خلّف عشرات القتلى.") == [("نقلت", "مجموعات معارضة", None)]
    # «وكالات أنباء» is the agencies' name: the ministry after «عن» speaks through them
    assert _said_via("نقلت وكالات أنباء عن وزارة الدفاع قولها إن المقاتلين غادروا.") == [
        ("نقلت", "وزارة الدفاع", "وكالات أنباء")]


def test_speaker_named_earlier_is_a_source_after_wafqan_li() -> None:
    text = ("وقال بومبيو إن الحل سياسي. ووفقا لبومبيو، فإن دبلوماسية كهذه \"تزيد من فرصنا\".")
    assert _said(text) == [("وقال", "بومبيو"), ("ووفقا لبومبيو", "بومبيو")]
    assert _said("وقال الرئيس إن الحل سياسي. وحسب تعليمات الرئيس، فإن المعبر أغلق.") == [
        ("وقال", "الرئيس")]


def test_khususan_is_an_adverb() -> None:
    assert _said("وقال بومبيو إن الحل سياسي. وتحدث خصوصا عن \"الجهد الدبلوماسي\".") == [
        ("وقال", "بومبيو"), ("وتحدث", "بومبيو")]


def test_quoted_name_then_its_complement() -> None:
    # «دعا "X" بقيادة…، الأحد، إلى…»: the quoted name with its setting is the subject
    assert _said("دعا \"ائتلاف الوطنية\" بقيادة رئيس الوزراء الأسبق، إياد علاوي، الأحد، إلى "
                 "إلغاء نتائج الانتخابات.") == [("دعا", "ائتلاف الوطنية")]
    assert _said("وأشار \"المرصد السوري\" إلى مقتل خمسة مدنيين.") == [
        ("وأشار", "المرصد السوري")]
    # right after a transitive cue the quoted name is its object; the speaker goes on
    assert _said("وقال الرئيس إن الوضع صعب. ودعا \"حماس\" إلى وقف القتال.") == [
        ("وقال", "الرئيس"), ("ودعا", "الرئيس")]
    # «رد "عسكري"…، بما في ذلك» (including): a noun, no reply
    assert _said("وضع المخططون خيارات لتنفيذ رد \"عسكري\" محتمل، بما في ذلك شن ضربات.") == []


def test_azaa_attributes_to() -> None:
    assert _said("كما عزا الائتلاف دعوته لإعادة الانتخابات إلى \"ضبابية الإجراءات\".") == [
        ("عزا", "الائتلاف")]
    assert _said("ويعزو القادة في الشركة النمو إلى تأثيرات تبدل العملات.") == [
        ("ويعزو", "القادة")]
    # «عزت» is mostly the name Ezzat
    assert _said("وكان رئيس الوفد عزت الدوري في جدة.") == []


def test_object_suffixed_cue_then_what_it_was_called() -> None:
    # «مجموعة وصفتها تركيا بـ"…"»: the subject, then what it was called
    st = extract_statements("وهي مجموعة وصفتها تركيا بـ\"الإرهابية والمتطرفة\".")
    assert [(s.cue, s.speaker.text) for s in st] == [("وصفتها", "تركيا")]
    assert st[0].content is not None and st[0].content.text == "بـ\"الإرهابية والمتطرفة\""
    # «ما وصفه بـ"…"» with no subject of its own is the governing speaker's own label (pass 78:
    # the blind sets label it so, e.g. sets 58, 66, 77, 100, 108–110); his words keep it whole
    st = extract_statements("وأدان المتحدث ما وصفه بـ\"الاعتداء\" على سوريا، لافتا إلى أنه مرفوض.")
    assert [(s.cue, s.speaker.text) for s in st] == [
        ("وأدان", "المتحدث"), ("وصفه", "المتحدث"), ("لافتا", "المتحدث")]
    assert st[1].content is not None and st[1].content.text == "بـ\"الاعتداء\""
    assert st[0].content is not None and st[0].content.text.endswith("على سوريا")


def test_unquoted_words_after_a_comma() -> None:
    # «وتابع، علاج أخي…»: what was said, without quotation marks, after a comma
    text = ("وقال لافي إن شقيقه فاقد للوعي. وتابع، علاج أخي يستلزم مستشفى متخصصا، مطالبا "
            "المسؤولين بالتدخل.")
    assert _said(text) == [("وقال", "لافي"), ("وتابع", "لافي"), ("مطالبا", "لافي")]
    # not a verb with its subject written before it, inside another's words
    assert _said("وقالت المنسقية إن تركيا أبلغت، عبر وزارة خارجيتها، المؤسسات الدولية "
                 "بالعملية.") == [("وقالت", "المنسقية")]


def test_kama_with_the_verbs_own_complement_is_also() -> None:
    # «…، كما طالب المجلس الجهات بـ"…"»: also demanded, not "as the council demanded"
    text = ("وأكد المجلس الوزاري \"أهمية إبعاد الصراعات عن البصرة\"، كما طالب المجلس الجهات "
            "السياسية بـ\"عدم استخدام الملف الأمني\".")
    assert _said(text) == [("وأكد", "المجلس الوزاري"), ("طالب", "المجلس")]


# --- pass 34 (tests/gold/statements_heldout34.jsonl, seed 2431): one real sentence per rule ---

def test_said_by_a_statement_noun_keeps_the_chain() -> None:
    # «ولكنه استدرك بالحديث عن…»: what he went on to say; the «وقال» after it is still his
    text = ("وانتقد الأسد \"التهرب من الخدمة العسكرية\"، ولكنه استدرك بالحديث عن تحسن في "
            "معدلات التهرب.\nوقال إنه يؤيد أي حوار سياسي.")
    assert _said(text) == [("وانتقد", "الأسد"), ("استدرك", "الأسد"), ("وقال", "الأسد")]
    st = extract_statements("وقال الوزير إن الوضع صعب. وتابع بالقول إن الحل سياسي.")[-1]
    assert st.content is not None and st.content.text == "بالقول إن الحل سياسي"


def test_akkada_ala_inside_another_statement() -> None:
    # «…، وأكد على…»: a second statement of the same speaker, not the first one's content
    text = ("واعترف الأسد بأن قواته لا تستطيع الانتصار في كافة المعارك ، وأكد على أولوية "
            "الحفاظ على حياة الجنود.")
    assert _said(text) == [("واعترف", "الأسد"), ("وأكد", "الأسد")]
    # «علي» spelt so right after the verb, before a bare name, is the speaker's name
    assert _said("وأكد علي عبد الله صالح على ضرورة الحل.") == [("وأكد", "علي عبد الله صالح")]
    assert _said("وقال الوزير إن الوضع صعب. وأكد علي ضرورة الحل.") == [
        ("وقال", "الوزير"), ("وأكد", "الوزير")]


def test_lakin_vouches_for_a_subject_with_its_name_set_off() -> None:
    assert _said("ولكن المتحدث باسم المجلس العسكري لمدينة منبج، شرفان درويش، قال إن الخطة "
                 "تنقصها المصداقية.") == [
        ("قال", "المتحدث باسم المجلس العسكري لمدينة منبج، شرفان درويش")]
    # without commas the words between «لكن» and the verb are a clause of their own
    assert _said("وقال الوزير إن الحوثيين يحاولون إسقاط المحافظة، لكن مقاومة تشكلت من أبناء "
                 "المنطقة أعلنت مناهضتها للحوثيين حالت دون ذلك.") == [("وقال", "الوزير")]


def test_statements_carried_by_an_outlet_are_no_relay() -> None:
    # «في تصريحات نقلتها وسائل الإعلام»: the outlet carried the governor's words
    assert _said("وقال حاكم المحافظة عز الدين كجك في تصريحات نقلتها وسائل الإعلام التركية "
                 "\"لا نعلم بعد إذا كان هناك أي رابط مع الإرهاب\".") == [
        ("وقال", "حاكم المحافظة عز الدين كجك")]


def test_dropped_source_of_a_dropped_clause_goes_on() -> None:
    # «وكان مسؤولا عن…، وفق ما قال للمحققين»: neither clause names its subject
    text = ("وقال الجهادي إنه أخطأ الطريق. وكان مسؤولا عن تدريب \"أكثر من ستين\"، وفق ما قال "
            "للمحققين.")
    assert _said(text) == [("وقال", "الجهادي"), ("وفق ما قال", "الجهادي")]
    text = ("وقالت الوزيرة إن الوضع صعب. وكان مسؤولا عن التدريب، وفق ما قال للمحققين.")
    assert _said(text)[-1] == ("وفق ما قال", "")


def test_families_are_addressees() -> None:
    assert _said("وقال القرني إن الوضع صعب. وحذر الأسر من إقبال أبنائهم على الاستراحات.") == [
        ("وقال", "القرني"), ("وحذر", "القرني")]


# --- pass 35 (tests/gold/statements_heldout35.jsonl, seed 2441): one real sentence per rule ---

def test_title_before_a_quoted_name_fronts_the_subject() -> None:
    # «العم "عبدالله الحكيم" يشير…»: an elder's honorific and his quoted name before the verb,
    # and the pronoun-dropped verbs after it keep him
    text = ('العم "عبدالله الحكيم" يشير إلى أنه أمضى 30 عاما في هذه المهنة، ويبين أن اختلاف '
            'مسميات الخبز لا يفسد لطعمه قضية.\nوأوضح أنه شارك في كثير من المهرجانات.')
    assert _said(text) == [("يشير", 'العم "عبدالله الحكيم"'), ("ويبين", 'العم "عبدالله الحكيم"'),
                           ("وأوضح", 'العم "عبدالله الحكيم"')]
    # a definite noun that is no title before a quoted word is no subject
    assert _said('الهجوم "الإرهابي" أكد أن الوضع صعب.') == [("أكد", "")]


def test_jaa_fi_a_newspaper_or_a_ruling() -> None:
    assert _said('وجاء في صحيفة " واشنطن بوست" أن ترامب يقصد الصواريخ الموجهة.') == [
        ("وجاء في", 'صحيفة " واشنطن بوست"')]
    # «عن» + a source right after the newspaper: the source spoke to it
    assert _said_via('وجاء في صحيفة " واشنطن إكسامنر" عن مصدر من البنتاغون، بأن المدمرة '
                     'تحركت من ميناء قبرص.') == [
        ("وجاء في", "مصدر من البنتاغون", 'صحيفة " واشنطن إكسامنر"')]
    # «عن» + a topic is what the text is about, no source
    assert _said_via("وجاء في التقرير عن الوضع في سوريا أن القتال مستمر.") == [
        ("وجاء في", "التقرير", None)]


def test_documents_and_the_latest_estimates_are_sources() -> None:
    (st,) = extract_statements('وعرضت بريطانيا وفرنسا وألمانيا فرض عقوبات جديدة على إيران، وفق '
                               'وثيقة سرية اطلعت عليها "رويترز".')
    assert st.speaker.text.startswith("وثيقة سرية")
    assert st.content is not None and st.content.text.startswith("وعرضت بريطانيا")
    (st,) = extract_statements("ويعيش أكثر من أربعة ملايين لاجئ سوري في دول الجوار وفقاً لآخر "
                               "تقديرات مفوضية الأمم المتحدة لشؤون اللاجئين.")
    assert "مفوضية الأمم المتحدة" in st.speaker.text
    # «فقد» ends the source: what it says begins there
    (st,) = extract_statements("ووفقا للوثائق المسربة فقد ارتفع المبلغ المطلوب إلى مليار دولار.")
    assert st.speaker.text == "الوثائق المسربة"
    assert extract_statements("وفقا لآخر الأخبار، فإن القتال مستمر.") == []


def test_chanted_words_are_said() -> None:
    assert _said('وهتف مؤيدو الرئيس السوري: "إحنا رجالك يا بشار".') == [
        ("وهتف", "مؤيدو الرئيس السوري")]
    # the present is how they marched; chants named but not written say nothing
    assert _said('وأظهر مقطع فيديو طالبات المدرسة وهن يهتفن "لا حوثي بعد اليوم".') == []
    assert _said("وانسحب الفريق بعد أن هتف مشجعون بهتافات مؤيدة للرئيس السابق.") == []


def test_a_request_opening_its_sentence_stands_on_its_own() -> None:
    assert _said("وطلب رئيس نادي الحدود الشمالية ماجد المطلق من الأجهزة الأمنية تركيز "
                 "المراقبة على المفرج عنهم.") == [
        ("وطلب", "رئيس نادي الحدود الشمالية ماجد المطلق")]
    assert _said("كما طلب الحكم القضائي إلى الحكومة أن تقوم بمصادرة أملاك المحكومين.") == [
        ("طلب", "الحكم القضائي")]
    # the noun, or a request inside a clause, stays none
    assert _said("وتم ذلك بناء على طلب الوزير من الشركات تقديم عروضها.") == []
    assert _said("وأكد الوزير أن اللجنة ستجتمع، وطلب من الشركات تقديم عروضها.") == [
        ("وأكد", "الوزير")]


# --- pass 36 (tests/gold/statements_heldout36.jsonl, seed 2451): one real sentence per rule ---

def test_kana_qad_names_the_subject_before_any_verb() -> None:
    # «وكان X قد وصف Y بأنه…»: the noun after the verb is its object, not its subject
    assert _said('وكان أبي أحمد قد وصف سد النهضة، في خطاب استلامه للحكومة، بأنه "الموحد '
                 'للشعوب الأفريقية".') == [("وصف", "أبي أحمد")]
    assert _said("وكانت الوزارة قد وصفت القرار بأنه خطير.") == [("وصفت", "الوزارة")]
    # without «كان… قد» the noun after «وصف» still opens its subject
    (st,) = extract_statements("ووصف المندوب الروسي الهجوم بأنه مسرحية.")
    assert st.speaker.text.startswith("المندوب الروسي")


def test_the_one_asked_answers() -> None:
    text = ('وعندما سئل دانفورد عما إذا كانت هناك فرصة لتفادي شن هجوم على إدلب قال: " لا أعرف '
            'ما إذا كان هناك أي شيء يمكن أن يمنعه.\nوتابع: "عدم تمكن الروس من التوصل لحل أمر '
            'مخيب للآمال".')
    assert _said(text) == [("قال", "دانفورد"), ("وتابع", "دانفورد")]
    # a setting and the question between the name and the verb are no subject
    assert _said('وعندما سئل ترامب في مقابلة أجريت معه الجمعة عما إذا كان يعتزم الترشح قال '
                 '"حسنا، هذا ما أخطط له".') == [("قال", "ترامب")]


def test_a_story_link_line_is_no_statement() -> None:
    text = ("وأعلنت قيادة التحالف بدء الهدنة.\nرابط الخبر بصحيفة الوئام: قوات التحالف تعلن بدء "
            "الهدنة الإنسانية في اليمن اعتباراً من مساء الأحد")
    assert _said(text) == [("وأعلنت", "قيادة التحالف")]


# --- pass 37 (tests/gold/statements_heldout37.jsonl, seed 2461): one real sentence per rule ---

def test_framed_warning_and_blame() -> None:
    # «وجه X تحذيرا/شكره…» and «ألقى X باللائمة على…» report only with their noun
    assert _said("ووجهت الحكومة التركية تحذيرا لدمشق من التدخل دعما للأكراد في عفرين.") == [
        ("ووجهت", "الحكومة التركية")]
    assert _said("وألقت الدول الغربية باللائمة على النظام السوري في هجوم كيمياوي.") == [
        ("وألقت", "الدول الغربية")]
    assert _said("ووجه الجيش ضربة قوية للمسلحين.") == []
    assert _said("ألقى الرئيس كلمة في الحفل.") == []


def test_holding_responsible_participle_continues_the_speaker() -> None:
    text = ('وقال هولاند إن هناك مسؤولية لعدم اتخاذ قرار. محملا كذلك بريطانيا والولايات المتحدة '
            'المسؤولية حيث قال "لم أتمكن من التحرك بمفردي باسم فرنسا".')
    assert _said(text) == [("وقال", "هولاند"), ("محملا", "هولاند"), ("قال", "هولاند")]
    assert _said("وعاد الوفد محملا برسائل.") == []


def test_conjoined_noun_stays_in_the_subject() -> None:
    # «والأسرة» is conjoined inside the title, not the object after the subject
    (st,) = extract_statements("فقد طالبت مساعدة الرئيس الإيراني لشؤون المرأة والأسرة معصومة "
                               "إبتكار، الحكومة العراقية، بدفع تعويضات.")
    assert st.speaker.text == "مساعدة الرئيس الإيراني لشؤون المرأة والأسرة معصومة إبتكار"
    # a subject conjoined with «والدول» ends before the object that follows its adjective
    (st,) = extract_statements("وتتهم الأمم المتحدة والدول الغربية الرئيس السوري بشار الأسد "
                               "باستخدامه ضد شعبه.")
    assert st.speaker.text == "الأمم المتحدة والدول الغربية"


def test_expressed_feeling_in_quotes_and_hinted() -> None:
    assert _said('وعبر المنصوري عن "أمله أن تتطرق المفوضة السامية إلى الانتهاكات".') == [
        ("وعبر", "المنصوري")]
    assert _said("ولمحت المسؤولة الإيرانية إلى أن الحكومة الثامنة رفعت شكوى.") == [
        ("ولمحت", "المسؤولة الإيرانية")]


def test_main_clause_after_while() -> None:
    text = ('وبينما أعلنت السلطات الروسية أن الحسيني "شخص غير مرغوب فيه"، أكدت متحدثة باسم صحيفة '
            '"ذا نيشن" أنها حصلت على تصريح صحفي للحسيني لتغطية القمة.')
    assert _said(text) == [("أعلنت", "السلطات الروسية"), ("أكدت", 'متحدثة باسم صحيفة "ذا نيشن"')]
    # without «بينما» a cue after a comma in the content stays inside it
    assert _said("وقال الوزير إن القوات، التي أعلنت انسحابها، ستعود.") == [("وقال", "الوزير")]


def test_what_they_say_it_is_and_the_news_confirmed() -> None:
    text = 'وقاطعت السعودية قطر بسبب ما تقول الدول الأربع إنه "دعم الدوحة للإرهاب".'
    assert _said(text) == [("تقول", "الدول الأربع")]
    text = ("واعتقلت السلطات الداعية الأسبوع الماضي. وأكد النبأ عبدالله العودة، عبر تويتر، قائلا: "
            '"للأسف الشديد تأكد لي الآن اعتقال الشيخ".')
    assert _said(text)[0] == ("وأكد", "عبدالله العودة")


def test_in_someones_view_is_a_source() -> None:
    (st,) = extract_statements("السبب الثالث، من وجهة نظر ترامب، هو أن الاتفاق لا يتوافر على "
                               "أية ضمانات.")
    assert (st.cue, st.speaker.text) == ("من وجهة نظر", "ترامب")
    assert _said("والأمر من وجهة نظر فنية لا يبدو ممكنا.") == []


# --- pass 38 (tests/gold/statements_heldout38.jsonl, seed 2471): one real sentence per rule ---

def test_ali_after_a_cue_is_the_name_where_the_article_spells_ala_with_alif_maqsura() -> None:
    # the article writes the preposition «على», so «علي» before a definite word is the name
    text = "وقال علي الحسيني رئيس المجلس إن الوضع صعب. وشدد على ذلك، وأكد على ضرورة الحوار."
    assert _said(text) == [("وقال", "علي الحسيني رئيس المجلس"), ("وشدد", "علي الحسيني رئيس المجلس"),
                           ("وأكد", "علي الحسيني رئيس المجلس")]
    # an article that spells the preposition «علي» keeps «أكد علي الأهمية» a complement
    text = "وأكد علي الأهمية القصوى للحوار، وشدد علي ذلك."
    assert [st.speaker.text for st in extract_statements(text)] == ["", ""]


def test_as_also_she_before_a_cue_continues_the_speaker() -> None:
    text = ("اعتبرت إيران أن المعلومات غير مطابقة للواقع، كما أنها استنكرت استخدام هذه الأسلحة "
            "من قبل أي جهة.")
    assert _said(text) == [("اعتبرت", "إيران"), ("استنكرت", "إيران")]


# --- pass 39 (tests/gold/statements_heldout39.jsonl, seed 2481): one real sentence per rule ---

def test_a_long_title_runs_on_to_the_name_before_the_marker() -> None:
    text = ("وأوضح المتحدث الرسمي للدفاع المدني بالمنطقة الشرقية العقيد منصور بن محمد الدوسري "
            "أنه شارك في الحادث فرقتا إطفاء. وأضاف أنه نتج عن الحريق إصابة شخصين.")
    speaker = "المتحدث الرسمي للدفاع المدني بالمنطقة الشرقية العقيد منصور بن محمد الدوسري"
    assert _said(text) == [("وأوضح", speaker), ("وأضاف", speaker)]
    # past the cap with no marker after the name the subject still stops at the cap
    text = ("وأوضح المتحدث الرسمي للدفاع المدني بالمنطقة الشرقية العقيد منصور بن محمد الدوسري "
            "أمس في تصريح أنه شارك في الحادث فرقتا إطفاء.")
    assert not _said(text)[0][1].endswith("الدوسري")


def test_a_definite_leader_in_a_quoted_body_keeps_the_name() -> None:
    text = ('واتهم القيادي في "جيش الإسلام" محمد علوش الجمعة أنصار الحكومة بإعاقة المحادثات. '
            'وقال "كانت المفاوضات تسير بمنحى إيجابي" بين حلفاء النظام.')
    speaker = 'القيادي في "جيش الإسلام" محمد علوش'
    assert _said(text) == [("واتهم", speaker), ("وقال", speaker)]
    # a quoted word after a head with no «في» is no part of it
    text = 'وقال المتحدث "بوضوح" إن الوضع صعب.'
    assert "بوضوح" not in extract_statements(text)[0].speaker.text


def test_a_feminine_indefinite_object_before_a_cue_lets_the_verb_subject_speak() -> None:
    text = ("نشر فريق التواصل التابع لوزارة الخارجية الأمريكية، الجمعة، صورة قال إنها تظهر "
            "غضب الشارع.")
    assert _said(text) == [("قال", "فريق التواصل التابع لوزارة الخارجية الأمريكية")]
    # a pronoun's «ه» is no feminine noun: «في كلمته قال» keeps no governing subject
    assert _said("وفي كلمته قال إن الوضع صعب.") == [("قال", "")]
    # after another bare word the «ة» word may be an adjective of the noun the clause describes
    text = "وجاءت تعليقات الرئيس الفرنسي بعد تقارير عديدة تحدثت عن استخدام أسلحة كيماوية."
    assert _said(text) == [("تحدثت", "")]


# --- host country (issue #21): the state or body an envoy is sent to is not the speaker's ---

def _linked(text: str, *names: tuple[str, str, str, str]) -> list[tuple[str, str | None]]:
    """(speaker, entity) of each statement, with each (words, id, type, how) named at its
    first place in ``text``: the linker's evidence, written out so the test reads the rule."""
    ents = []
    for words, eid, etype, how in names:
        at = text.index(words)
        ents.append(Entity(eid, etype, words,
                           mentions=[Mention(at, at + len(words), words, how=how)]))
    return [(s.speaker.text, s.speaker.entity) for s in extract_statements(text, ents)]


_UN = ("الأمم المتحدة", "org:united-nations", "org", "alias")


def test_the_host_after_lada_is_not_the_speakers_body() -> None:
    # corpus: «أعلن السفير الروسي لدى اسرائيل أن…»: the nisba names the speaker's state
    text = "أعلن السفير الروسي لدى اسرائيل أن بلاده لن تسلم الأسلحة."
    assert _linked(text, ("الروسي", "gpe:russia", "place", "adjective"),
                   ("اسرائيل", "gpe:israel", "place", "alias")) == [
        ("السفير الروسي لدى اسرائيل", "gpe:russia")]
    # «وقالت سفيرة أمريكا لدى الأمم المتحدة…»: the state named right after the head
    text = "وقالت سفيرة أمريكا لدى الأمم المتحدة إن بلادها لن تتراجع."
    assert _linked(text, ("أمريكا", "gpe:united-states", "place", "alias"), _UN) == [
        ("سفيرة أمريكا لدى الأمم المتحدة", "gpe:united-states")]
    # nothing before «لدى»: no entity rather than the host
    text = "وقال السفير لدى الأمم المتحدة إن القرار منحاز."
    assert _linked(text, _UN) == [("السفير لدى الأمم المتحدة", None)]
    # a person named after the host is still the speaker
    text = "قال مندوب سوريا لدى الأمم المتحدة بشار الجعفري إن الهدف واضح."
    assert _linked(text, ("سوريا", "gpe:syria", "place", "alias"), _UN,
                   ("بشار الجعفري", "person:jaafari", "person", "alias"))[0][1] == "person:jaafari"


def test_fi_and_ila_name_a_host_only_after_an_envoy() -> None:
    # corpus, the name in apposition left unlinked: the state sending him, not the longer host
    text = ("والثلاثاء، قال سفير روسيا في تل أبيب، أناتولي فيكتوروف، إن موسكو لا تستطيع إرغام "
            "القوات الإيرانية على مغادرة سوريا.")
    assert _linked(text, ("روسيا", "gpe:russia", "place", "alias"),
                   ("تل أبيب", "gpe:tel-aviv", "place", "alias")) == [
        ("سفير روسيا في تل أبيب، أناتولي فيكتوروف", "gpe:russia")]
    text = "وقال مبعوث الأمم المتحدة إلى سوريا ستيفان دي ميستورا إن المحادثات ستستأنف."
    assert _linked(text, _UN, ("سوريا", "gpe:syria", "place", "alias"))[0][1] == (
        "org:united-nations")
    # not after another head: «رئيس الوزراء في حكومة الوفاق» keeps its body
    text = "وقال رئيس الوزراء في حكومة الوفاق الليبية الخميس إن الوضع صعب."
    (spk, ent), = _linked(text, ("حكومة الوفاق الليبية", "org:gna-libya", "org", "alias"))
    assert spk.startswith("رئيس الوزراء في حكومة الوفاق") and ent == "org:gna-libya"


def test_lada_before_a_verbal_noun_is_no_host() -> None:
    # «وزير الخارجية لدى وصوله»: a time, not a host; the state named later keeps its place
    text = "وقال وزير الخارجية السعودي لدى وصوله إلى موسكو إن المحادثات مهمة."
    found = _linked(text, ("السعودي", "gpe:saudi-arabia", "place", "adjective"),
                    ("موسكو", "gpe:russia", "place", "alias"))
    assert found and found[0][1] == "gpe:saudi-arabia"
    # and the speaker's span never moves: only its entity is chosen differently
    text = "أعلن السفير الروسي لدى اسرائيل أن بلاده لن تسلم الأسلحة."
    assert [s.speaker.text for s in extract_statements(text)] == ["السفير الروسي لدى اسرائيل"]


# --- pass 40 (tests/gold/statements_heldout40.jsonl, seed 2491): one real sentence per rule ---

def test_sentence_opening_title_and_name_set_off_before_the_verb() -> None:
    text = ('زعيم الأقلية الديمقراطية في مجلس الشيوخ، تشاك شومر، قال: "ما كسبته الولايات '
            'المتحدة غامض ولا يمكن التدقيق فيه".')
    assert _said(text) == [("قال", "زعيم الأقلية الديمقراطية في مجلس الشيوخ، تشاك شومر")]
    # a setting or a place opening the sentence is no subject; the one after the verb speaks
    text = ("وفي محافظة الضالع، شمال عدن، أعلن المتحدث باسم القوات الموالية ناصر الشعيبي مقتل "
            "أربعة متمردين.")
    assert _said(text) == [("أعلن", "المتحدث باسم القوات الموالية ناصر الشعيبي")]
    text = "الحديدة، غرب اليمن، أعلن المتحدث باسم القوات ناصر الشعيبي مقتل أربعة متمردين."
    assert _said(text) == [("أعلن", "المتحدث باسم القوات ناصر الشعيبي")]
    text = "وفي وقت سابق، الأحد، قال: إن الوضع سيئ."
    assert _said(text) == [("قال", "")]


def test_speaker_apposition_with_huwa_opens_no_clause() -> None:
    text = ('لكن شح التفاصيل يعني أنه مازال من المبكر الحكم على مدى نجاح القمة كما يقول توم '
            'كونتريمان، وهو مساعد وزير الخارجية الأميركي السابق للأمن الدولي ونزع السلاح. '
            'وأضاف أن "النجاح هو في استمرار الحوار".')
    assert [s for _, s in _said(text)] == ["توم كونتريمان", "توم كونتريمان"]
    # the apposition stops at its comma: a clause after it still ends the topic
    text = ("مازال من المبكر الحكم على نجاح القمة كما يقول توم كونتريمان، وهو مساعد وزير "
            "سابق، ووصل وفد الحكومة إلى العاصمة مساء أمس لإجراء محادثات. وأضاف أن الحوار مهم.")
    assert _said(text)[-1] == ("وأضاف", "")


def test_definite_envoy_takes_fi_and_its_host_but_not_a_setting() -> None:
    text = ("قال السفير الروسي في الأمم المتحدة فاسيلي نيبينزيا: ندعو الغربيين إلى التخلي عن "
            "خطاب الحرب.")
    assert _said(text)[0] == ("قال", "السفير الروسي في الأمم المتحدة فاسيلي نيبينزيا")
    text = "وقال السفير في رسالة لوزير الخارجية إن الجميع يريدون المال."
    assert _said(text) == [("وقال", "السفير")]


# --- pass 41 (tests/gold/statements_heldout41.jsonl, seed 2501): one real sentence per rule ---

def test_adverb_between_passive_auxiliary_and_verbal_noun() -> None:
    # «لم يتم بعد كشف…»: the details were not yet disclosed; nobody said anything
    assert _said("فيما لم يتم بعد كشف تفاصيل هذا اللقاء.") == []
    assert _said("وتم رسميا إعلان النتائج مساء أمس.") == []
    # the same adverb after a verb of saying leaves the verb its subject
    assert _said("وكشف المسؤول بعد الاجتماع أن الاتفاق جاهز.") == [("وكشف", "المسؤول")]


def test_descriptor_speaker_runs_over_huwa_and_the_name() -> None:
    text = ('بدوره قال متحدث ثان باسم البنتاغون هو الميجور آدريان رانكين-غالواي إن الولايات '
            'المتحدة تواصل العمليات. وقال "نحن على علم بمغادرة قسم من العناصر".')
    speaker = "متحدث ثان باسم البنتاغون هو الميجور آدريان رانكين-غالواي"
    assert _said(text) == [("قال", speaker), ("وقال", speaker)]
    # one word after «هو» is no name («هو الآخر»: he too), so the descriptor alone speaks
    assert _said("وقال متحدث باسم الجيش هو الآخر إن القصف مستمر.") == [
        ("وقال", "متحدث باسم الجيش")]


def test_rajjah_participle_takes_a_plain_object() -> None:
    text = ("وأوضح عبد الرحمن أن غالبية القتلى من عائلات مقاتلين، مرجحا ارتفاع الحصيلة لوجود "
            '"عشرات المفقودين".')
    sts = extract_statements(text)
    assert [(s.cue, s.speaker.text) for s in sts] == [("وأوضح", "عبد الرحمن"),
                                                     ("مرجحا", "عبد الرحمن")]
    assert sts[1].content is not None and sts[1].content.text.startswith("ارتفاع الحصيلة")
    # the finite verb takes none: after a fronted subject its object would be read as speaker
    text = ("قالت المتحدثة إن التقارير ترجح أعدادا أكبر من ذلك، مؤكدة أنه يتعذر الوصول إلى "
            "الضحايا.")
    assert _said(text) == [("قالت", "المتحدثة"), ("مؤكدة", "المتحدثة")]


def test_union_is_a_source_after_hasab() -> None:
    text = ("ويوم الاثنين، قتل 94 مدنيا في الغارات الجوية، حسب اتحاد الأطباء والمسعفين، المشرف "
            "على المنشآت الطبية في المنطقة.")
    assert _said(text) == [("حسب", "اتحاد الأطباء والمسعفين")]


# --- pass 42 (tests/gold/statements_heldout42.jsonl, seed 2511): one real sentence per rule ---

def test_long_relative_clause_after_the_speaker_keeps_the_content() -> None:
    # «X، الذي…،»: the clause describing the speaker, longer than the window, then «بالقول إن»
    text = ("وتابع خامنئي، الذي قدمته بلاده دعما عسكريا وماليا كبيرا للأسد خلال السنوات الماضية "
            "بمواجهة الثورة الشعبية التي شهدتها البلاد، بالقول إن الشعوب الإسلامية ليست ذليلة.")
    sts = extract_statements(text)
    assert [(s.cue, s.speaker.text) for s in sts] == [("وتابع", "خامنئي")]
    assert sts[0].content is not None and sts[0].content.text.startswith("إن الشعوب")
    # a clause with a content marker of its own is not skipped: its words are no aside
    text = ("وتابع خامنئي، الذي قال مرارا خلال السنوات الماضية في خطبه ولقاءاته الكثيرة مع "
            "المسؤولين والضيوف الأجانب في طهران ومشهد وقم أن الدعم واجب، بالقول إن الشعوب ليست "
            "ذليلة.")
    assert "وتابع" not in [cue for cue, _ in _said(text)]


def test_imperfect_hammal_holds_responsible() -> None:
    text = ("ويحمّل التقرير الحكومة الإريترية مسؤولية «انتهاكات لحقوق الإنسان ممنهجة»، تدفع نحو "
            "خمسة آلاف إريتري للهرب.")
    assert _said(text) == [("ويحمّل", "التقرير")]
    # the responsibility noun right after a subject alone: 'bears', no accusation
    assert _said("يحمل الجيش المسؤولية عن الهجوم.") == []


# --- pass 43 (tests/gold/statements_heldout43.jsonl, seed 2521): one real sentence per rule ---

def test_kunya_umm_opens_a_speaker_after_the_cue() -> None:
    # «أم» + a name right after the verb is «mother of», the speaker; the chain goes on with her
    text = ("وقال شهود عيان إن الانفجار أحدث تلفا بالغا، بينما قالت أم أحمد، إحدى سكان المدينة، "
            "إن الانفجار تسبب في أضرار بالغة. وأضافت: \"نناشد مقتدى الصدر متابعة الحادث\".")
    assert _said(text) == [("وقال", "شهود عيان"), ("قالت", "أم أحمد"), ("وأضافت", "أم أحمد")]
    # the conjunction «or» after the verb: no speaker named «أم»
    for text in ("وسواء قال أم لم يقل إن الحرب انتهت فإن الأمر واضح.",
                 "ولا يعرف هل قال أم أن الأمر لم يحدث."):
        assert all(speaker != "أم" and not speaker.startswith("أم ") for _, speaker in _said(text))


# --- pass 44 (tests/gold/statements_heldout44.jsonl, seed 2531): one real sentence per rule ---

def test_feminine_verb_agrees_with_an_addressee_noun_that_is_its_subject() -> None:
    # a feminine verb, then «الحكومة» described or set off: the government speaks
    text = "وطالبت الحكومة اليمنية، مجلس الأمن بالعمل بقوة على إنهاء الحوادث."
    assert _said(text) == [("وطالبت", "الحكومة اليمنية")]
    text = "اتهمت الحكومة اليمنية الشرعية، الجمعة، ميليشيات الحوثي بوضع العراقيل."
    assert _said(text) == [("اتهمت", "الحكومة اليمنية الشرعية")]
    # straight before the complement, after a masculine verb or a relative: the addressee
    for text in ("ودعت الحكومة إلى ضبط النفس.", "وطالبت الحكومة بالعمل بقوة.",
                 "وطالب الحكومة اليمنية بالعمل بقوة.",
                 "وفقا لما ذكرته السفيرة التي اتهمت الحكومة الروسية باستغلال المحادثات."):
        assert all(not speaker.startswith("الحكومة") for _, speaker in _said(text))


# --- pass 45 (tests/gold/statements_heldout45.jsonl, seed 2541): one real sentence per rule ---

def test_fronted_subject_before_kana_and_a_present_cue() -> None:
    # «أن X كان يشدد»: «كان» without «قد» between a fronted subject and its verb
    text = ("بالرغم من أن روبرتسون كان يشدد على أن التصميم أخذ بعين الاعتبار القدرة على التحمل، "
            'مضيفا "لكن ما حدث لم يكن متوقعا".')
    assert _said(text) == [("يشدد", "روبرتسون"), ("مضيفا", "روبرتسون")]
    # the conjoined «وكان يقول» opens a clause of its own: the speaker before goes on
    text = "وقال الوزير إن الحل سياسي. وكان يقول إن الحرب لن تنتهي بالسلاح."
    assert [speaker for _, speaker in _said(text)] == ["الوزير", "الوزير"]
    # a pronoun before «كانت» is inside the content, no statement of its own
    text = "وقالت الوزيرة إن الحل سياسي، وإنها كانت تؤكد أن الحرب لن تنتهي."
    assert _said(text) == [("وقالت", "الوزيرة")]
    # with no marker before it, «X كان يدعو» is an unmarked relative clause on an object
    text = ("أصدرت المحكمة، الثلاثاء، حكما بالإعدام شنقا بحق متشدد بلجيكي كان يدعو في فيديوهات "
            "إلى ضرب فرنسا وبلجيكا.")
    assert all(not speaker.startswith("حكما") for _, speaker in _said(text))


# --- pass 46 (tests/gold/statements_heldout46.jsonl, seed 2551): one real sentence per rule ---

def test_duration_after_a_cue_is_no_speaker() -> None:
    # «قالت لسنوات»: how long it said so; the fronted subject before «كانت» speaks
    text = "وكانت حكومة نيودلهي قالت لسنوات إنها لن تعلن وفاتهم، إلا بعد الحصول على دليل قاطع."
    assert _said(text) == [("قالت", "حكومة نيودلهي")]
    # after a subject written right after the verb the duration ends it
    text = "وقالت الحكومة لأشهر إن الوضع مستقر."
    assert _said(text) == [("وقالت", "الحكومة")]
    # a duration never becomes a speaker of its own
    text = "وقال لساعات إن الوضع مستقر."
    assert all(not speaker.startswith("لساعات") for _, speaker in _said(text))


def test_complained_of_is_a_cue_in_the_past_with_its_complement() -> None:
    text = "وكان كثير من النازحين قد اشتكوا من الاعتداءات التي تقوم بها ميليشيات التمرد."
    (st,) = extract_statements(text)
    assert (st.cue, st.speaker.text) == ("اشتكوا", "كثير من النازحين")
    assert st.content is not None and st.content.text.startswith("من الاعتداءات")
    assert _said("وشكا السكان من انقطاع الكهرباء.") == [("وشكا", "السكان")]
    # the present mostly describes a condition (suffers from), and without «من» no complaint
    assert _said("ويشكو القطاع من نقص التمويل.") == []
    assert _said("وشكت الأم في رواية ابنها.") == []


def test_adverb_ends_the_speaker_and_the_complement_follows() -> None:
    # «مطولا» is how long he complained, not part of his name; «من…» after it is still the content
    text = ("واشتكى ترامب مطولا من مقدار الأموال الأمريكية التي تصرف في المنطقة، قائلا إنها "
            "لم تنتج شيئا.")
    assert _said(text) == [("واشتكى", "ترامب"), ("قائلا", "ترامب")]
    text = "وقال الوزير إن الحل سياسي. وكان يقول دائما إن الحرب لن تنتهي."
    assert _said(text) == [("وقال", "الوزير"), ("يقول", "الوزير")]
    # «دوما» is also the town Douma, part of a speaker, so it is no adverb
    text = "وقال مراسل وكالة الأنباء الفرنسية في دوما إن القصف لم يتوقف."
    assert _said(text) == [("وقال", "مراسل وكالة الأنباء الفرنسية في دوما")]
    # an adverb written before the subject does not stand for it
    assert _said("وقال دائما الوزير إن الحل سياسي.") == [("وقال", "الوزير")]


# --- pass 47 (tests/gold/statements_heldout47.jsonl, seed 2561): one real sentence per rule ---

def test_outlet_quoting_a_source_after_a_source_lead_verb_relays_it() -> None:
    # «حسبما ذكرت X نقلا عن Y»: Y speaks, X relays, whatever the outlet's verb
    text = ("وتم إطلاق 6 صواريخ باليستية من كرمنشاه بإيران، حسبما ذكرت وكالة أنباء الجمهورية "
            "الإسلامية الإيرانية نقلاً عن بيان من الحرس الثوري الإيراني.")
    (st,) = extract_statements(text)
    assert st.speaker.text == "بيان من الحرس الثوري الإيراني"
    assert st.via is not None and st.via.text == "وكالة أنباء الجمهورية الإسلامية الإيرانية"
    assert text[st.via.start:st.via.end] == st.via.text
    # without «نقلا عن» the outlet itself is the source, with no via
    (st,) = extract_statements("قتل خمسة مدنيين في القصف، كما ذكرت الوكالة الرسمية.")
    assert (st.speaker.text, st.via) == ("الوكالة الرسمية", None)
    # «بحسب ما نقلت X عن Y» keeps its relay
    (st,) = extract_statements("قتل خمسة مدنيين في القصف، بحسب ما نقلت رويترز عن مصدر أمني.")
    assert st.speaker.text == "مصدر أمني" and st.via is not None and st.via.text == "رويترز"


def test_opinion_noun_spelt_with_yaa_is_no_cue() -> None:
    # «رأي» (an opinion) is no «رأى» (he held): neither a cue nor a speaker of its own
    text = "ولفت رأي آخر إلى عدم المبالغة في الاهتمام بهذه النقطة."
    assert all(st.cue != "رأي" for st in extract_statements(text))
    assert _said("ورأي أي فقيه لا يعد نصا مقدسا، ويدخل رأيه ضمن الآراء.") == []
    # the verb keeps its cue, and a present written with yaa for alif maqsura too
    assert _said("ورأى الوزير أن الاتفاق جيد.") == [("ورأى", "الوزير")]
    assert _said("وتري القاهرة أن ملء السد يجب أن يتم على سبع سنوات.") == [("وتري", "القاهرة")]
    # as the noun, «على/في رأي X» names X as the source, as «من وجهة نظر X» does
    text = 'وعلى رأي فهد الدغيثر في تغريدته: "ماذا لو كان لدينا مسرح ومدينة إنتاج سينمائي".'
    assert _said(text) == [("وعلى رأي", "فهد الدغيثر")]
    text = "وتمثل اجتماعات الخرطوم يوم الخميس، في رأي خبراء، نقطة فارقة في المفاوضات."
    assert _said(text) == [("في رأي", "خبراء")]
    # a possessed «رأيه» is no source of its own: the verb's statement only
    assert [cue for cue, _ in _said("وقال الوزير إن الحل، في رأيه، سياسي.")] == ["وقال"]


# --- pass 48 (tests/gold/statements_heldout48.jsonl, seed 2571): one real sentence per rule ---

@pytest.mark.parametrize("topic, cue", [
    ("وبالنسبة للاتفاق مع إيران وتأثيره على زيادة البترول، قال إننا نريد", "قال"),
    ("ورداً على سؤال حول ما إذا كانت الولايات المتحدة قد ساهمت في المساعدة لحل أزمة الطاقة "
     "في مصر، أشار إلى أنه كان هناك جهد", "أشار"),
])
def test_fronted_topic_closed_by_a_comma_keeps_the_speaker(topic: str, cue: str) -> None:
    # «وبالنسبة لـX،» / «ورداً على سؤال…،»: what the dropped-subject cue answers, no clause
    text = f"وأكد الوزير خالد النمر أن دول الخليج مهمة. {topic} متواصل."
    assert _cues_speakers(text)[-1] == (cue, "الوزير خالد النمر")
    # a topic with a comma inside it may hold a clause of its own before a conjoined «وقال»:
    # the speaker is not carried; before a bare «قال» the commas belong to the topic, which
    # the verb answers (pass 85), but a semicolon still ends a clause
    topic = "وأكد الوزير خالد النمر أن دول الخليج مهمة. وبالنسبة للاتفاق{} الذي وقعته الحكومة"
    assert _cues_speakers(topic.format("،") + " مع الشركات، وقال إن السوق متقلبة.")[-1] != (
        "وقال", "الوزير خالد النمر")
    assert _cues_speakers(topic.format("؛") + " مع الشركات، قال إن السوق متقلبة.")[-1] != (
        "قال", "الوزير خالد النمر")
    assert _cues_speakers(topic.format("،") + " مع الشركات، قال إن السوق متقلبة.")[-1] == (
        "قال", "الوزير خالد النمر")


# --- pass 49 (tests/gold/statements_heldout49.jsonl, seed 2581): one real sentence per rule ---

@pytest.mark.parametrize("source, cue, speaker", [
    ('وفق ما أعلن المرصد السوري لحقوق الإنسان وشبكة "السويداء 24" المحلية للأنباء الأحد',
     "وفق ما أعلن", 'المرصد السوري لحقوق الإنسان وشبكة "السويداء 24" المحلية'),
    ('بحسب ما ذكرت وكالة سانا ووكالة "تاس" الروسية', "بحسب ما ذكرت",
     'وكالة سانا ووكالة "تاس" الروسية'),
])
def test_quoted_outlet_name_after_a_joined_source_head(source: str, cue: str,
                                                       speaker: str) -> None:
    # «وشبكة "…" المحلية»: a second source head joined by «و» opens the quoted name of its
    # outlet, then its nisba, as a first head does; the quote is no content after the source
    text = f'أعدم تنظيم "الدولة الإسلامية" أحد الرهائن الذين خطفهم، {source}.'
    ((got_cue, got_speaker),) = _said(text)
    assert (got_cue, got_speaker.startswith(speaker)) == (cue, True)
    # a quoted word after a joined noun that heads no source is still not read into it, and a
    # first head spelt with «و» («وكالة») is no joined one
    assert _said('وقال المرصد ووصف "العملية" الإرهابية بأنها جريمة.')[0] == ("وقال", "المرصد")
    assert _said('وقالت وكالة "سانا" السورية إن الطائرات أطلقت صاروخين.') == [
        ("وقالت", 'وكالة "سانا" السورية')]


# --- pass 50 (tests/gold/statements_heldout50.jsonl, seed 2591): one real sentence per rule ---

@pytest.mark.parametrize("text, cue, speaker", [
    ("أما المواطن يحيى العبيد فقد أشار إلى أنه ينقل بسيارته يوميا 4 يمنيين.", "أشار",
     "المواطن يحيى العبيد"),
    ("وأما وزارة الخارجية فقد أكدت أن الاتفاق صامد.", "أكدت", "وزارة الخارجية"),
])
def test_amma_subject_before_fa_qad(text: str, cue: str, speaker: str) -> None:
    # «أما X فقد قال»: the «فـ» that answers «أما» is written on «قد», not on the verb
    assert _said(text) == [(cue, speaker)]
    # a place after «أما» is no subject: the verb's own subject speaks; without «أما» the
    # «فقد» licenses nothing
    assert _said("أما في الجنوب فقد أعلن الجيش أن المعارك توقفت.") == [("أعلن", "الجيش")]
    assert _said("الوزير فقد قال إن الأمر انتهى.") == [("قال", "")]
    # after a comma «فقد» answers the clause before, which is no subject
    text = "ومهما بلغت هذه المنظمة من نزاهة، فقد أعلن الأميركان عن تحويلات مشبوهة."
    assert _said(text) == [("أعلن", "الأميركان")]
    text = ('أما الرئيس الأمريكي، الذي قال إن الصواريخ "آتية"، فقد كتب على حسابه بموقع تويتر '
            'أنه لم "يحدد أبدا موعدا لها".')
    assert ("كتب", 'الصواريخ "آتية"') not in _said(text)


def test_outlet_with_its_name_before_a_relative_speaks() -> None:
    # «صحيفة ليبراسيون الفرنسية التي تقول»: an outlet noun heading a name is definite by
    # construct, so «التي» refers to it
    text = "الخبر نقرؤه في صحيفة ليبراسيون الفرنسية التي تقول إن درعا باتت قبرا."
    assert _said(text) == [("تقول", "صحيفة ليبراسيون الفرنسية")]
    # a lone indefinite outlet noun before «التي» is no antecedent
    assert _said("ونشر تقريرا في صحيفة التي قالت إن الجيش تقدم.") == [("قالت", "")]


# --- pass 51 (tests/gold/statements_heldout51.jsonl, seed 2601): one real sentence per rule ---

def test_relay_set_off_by_a_comma() -> None:
    # «وذكرت X، نقلا عن Y قولهم إن…»: the outlet's verb is the cue, Y speaks, X relays; no
    # second record on «نقلا»
    text = ("وذكرت نيويورك تايمز، نقلا عن مسؤولين مطلعين قولهم إن سويت قال للمحققين من "
            "المستشفى إنه كان ينتظر انتهاء آخر إحصاء للسجناء.")
    assert _said_via(text)[0] == ("وذكرت", "مسؤولين مطلعين", "نيويورك تايمز")
    assert "نقلا" not in [cue for cue, _, _ in _said_via(text)]
    # a count before the source head belongs to it («نقلا عن 5 مصادر»)
    text = ("وأوضحت الصحيفة، نقلا عن 5 مصادر مطلعة على الخطط، أن ترامب يدرس عددا من البدلاء "
            "المحتملين.")
    assert _said_via(text) == [("وأوضحت", "5 مصادر مطلعة", "الصحيفة")]
    # information after the comma is the via, the outlet still speaks; a bare year is no source
    assert _said_via("وقالت الوزارة، نقلا عن تقارير ميدانية، إن القصف استمر.") == [
        ("وقالت", "الوزارة", "تقارير ميدانية")]
    assert _said_via("وقال المرصد نقلا عن 2015 إن الاتفاق قريب.") == [("وقال", "المرصد", None)]


def test_feminine_verb_after_sound_masculine_plural_source_continues_outlet() -> None:
    # «وأضافت» cannot have «مسؤولين مطلعين» for its subject: the paper goes on
    text = ("وذكرت نيويورك تايمز، نقلا عن مسؤولين مطلعين قولهم إن سويت كان ينتظر. وأضافت أن "
            "سويت قضى شهورا في معرفة نظام الممرات.")
    assert _said(text)[-1] == ("وأضافت", "نيويورك تايمز")
    # a broken plural agrees with the feminine verb, so the sources go on
    text = "ونقلت الصحيفة عن مصادر مطلعة أن التحقيق مستمر. وأضافت أن الأمر خطير."
    assert _said(text)[-1] == ("وأضافت", "مصادر مطلعة")


def test_press_audience_after_the_verb_is_never_the_speaker() -> None:
    # «وقال للصحافة: إن…»: whom it was said to; the previous speaker goes on, and so do the
    # «وأضاف» and «مؤكدا» after it
    text = ("وأعلن رئيس الوزراء التركي أحمد داود أوغلو أن العملية بدأت. وقال للصحافة: إن "
            "العملية التي جرت ضد تنظيم داعش حققت هدفها ولن تتوقف. وأضاف أن الأمر خطير، مؤكدا "
            "أن أدنى تحرك يشكل خطرا على تركيا.")
    speaker = "رئيس الوزراء التركي أحمد داود أوغلو"
    assert _said(text) == [("وأعلن", speaker), ("وقال", speaker), ("وأضاف", speaker),
                           ("مؤكدا", speaker)]
    # after a subject it ends the subject
    assert _said('وقال ترامب لصحفيين بعد إقالة تيلرسون: "نحن نقترب".') == [("وقال", "ترامب")]
    # «لـ» + a person after a nominal cue is its agent, not an audience
    assert _said("وغداة تصريح للرئيس التركي أن قواته تستطيع دخول المدينة.") == [
        ("تصريح", "للرئيس التركي")]


def test_fronted_subject_with_comma_set_description() -> None:
    text = ("رئيس الحكومة التركية أحمد داود أوغلو، منظر الحزب الحاكم، قال إن السبب الرئيسي "
            "لتغيير الموقف التركي هو العملية.")
    assert _said(text) == [("قال", "رئيس الحكومة التركية أحمد داود أوغلو")]
    # a fronted time with an aside is no subject: the speaker after the verb speaks
    text = "وفي مايو الماضي، بعد اجتماع طويل، قال الوزير إن السبب هو العملية."
    assert _said(text) == [("قال", "الوزير")]
    # a fronted noun that names no office nor person stays out (the aside names no source:
    # since pass 82 «حسب المراقبين» is one, and «قال» goes on with it)
    assert _said("المشكلة الكبرى في البلاد، على ما يبدو، قال إنها الفساد.") == [("قال", "")]
    # a name set off by the commas is the speaker's own name, kept with the office
    text = "نائب وزير الخارجية الإيراني، عباس عراقجى، قال صراحة أن الوجود الإيراني لا يهدف لذلك."
    assert _said(text) == [("قال", "نائب وزير الخارجية الإيراني، عباس عراقجى")]
    # «في تصريحات لصحافيين نقلها التلفزيون»: the audience between the statement noun and the
    # relaying verb leaves the outlet carrying the words, no speaker of its own
    text = ('وكان الرئيس بشار الأسد قال الأحد في تصريحات لصحافيين نقلها التلفزيون الرسمي: '
            '"يجب أن نستمر".')
    assert _said(text) == [("قال", "الرئيس بشار الأسد")]


# --- pass 52 (tests/gold/statements_heldout52.jsonl, seed 2611): one real sentence per rule ---
def test_title_governing_ala_stays_in_the_speaker() -> None:
    # «والمشرفة على البرنامج…»: a second title before the name, which runs on past the word cap
    # to the outlet spoken to; the continuations then have the named official
    text = ('وأوضحت رئيس قسم التوعية الصحية بإدارة الصحة العامة والمشرفة على البرنامج بصحة جدة '
            'الدكتورة منيرة بلحمر لـ"الوطن" أنه في إطار الجهود تواصلت الحملة. وأضافت أن مؤشر '
            'إصابات الضنك مطمئن، لافتة إلى توحيد جهود المكافحة.')
    speaker = ("رئيس قسم التوعية الصحية بإدارة الصحة العامة والمشرفة على البرنامج بصحة جدة "
               "الدكتورة منيرة بلحمر")
    assert _said(text) == [("وأوضحت", speaker), ("وأضافت", speaker), ("لافتة", speaker)]
    assert _said("وقال وزير الصحة والمشرف على البرنامج الدكتور خالد سعيد إن الحملة نجحت.") == [
        ("وقال", "وزير الصحة والمشرف على البرنامج الدكتور خالد سعيد")]
    # «أكد على» is the verb's complement: a stop word or a marker after «على» ends the subject
    assert _said("وأكد المشرف على ضرورة الالتزام بالتعليمات.") == [("وأكد", "المشرف")]
    assert _said("وأكد المشرف على أن الحملة نجحت.") == [("وأكد", "المشرف")]
    # «على» after any other noun still ends the speaker
    assert _said("وقال وزير الصحة على هامش المؤتمر إن الحملة نجحت.") == [("وقال", "وزير الصحة")]
    # at the word cap there is no room for what «على» governs: the speaker ends before it
    text = ("أوضح الدكتور أحمد الخازم رئيس مجلس ادارة جمعية النحالين والمشرف على كرسي المهندس "
            "بقشان لابحاث النحل ان المهرجان هو الاول.")
    assert _said(text)[0][1].endswith("والمشرف")


def test_word_in_ha_alone_after_qala_is_its_subject() -> None:
    # «قال» takes no noun object, so a word in «ـه» alone before the audience or the content is
    # its subject (a name whose «ة» is written «ه»), not a possessed object
    text = 'وقال باسلمه للصحافيين في المطار "انها بداية العمليات في المطار".'
    assert _said(text) == [("وقال", "باسلمه")]
    assert _said("وقال سلامه إن العمليات بدأت.") == [("وقال", "سلامه")]
    # after an object-taking verb it is the object, the subject dropped
    assert _said("وأكد دعمه أن يكون الحل سياسيا.") == [("وأكد", "")]
    assert _said("وقال في كلمته إن العمليات بدأت.") == [("وقال", "")]
    # whom it was said to or where is no subject either
    assert _said("وقال لزملائه إن الوزير ظلمه.") == [("وقال", "")]
    assert _said("وقال أمامه إن الأسد رئيس محترم.") == [("وقال", "")]


# --- pass 53 (rules from blind sets 53 and 54): one real sentence per rule ---
def test_unmarked_relative_clause_between_speaker_and_quotation() -> None:
    # «وقال X الذي…» with no comma: the clause, quoted party names and all, is the speaker's;
    # the long quotation after it is what he said, and the continuations go on with him
    text = ('وقال أنينغ الذي كان عضوا في "حزب أمة واحدة" الشعبوي وينتمي حاليا إلى "حزب كاتر '
            'الاسترالي" في مجلس الشيوخ "من حقنا كأمة أن نصرّ على أن يعكس الذين يسمح لهم '
            'بالقدوم إلى هنا، التكوين الأوروبي المسيحي". وأضاف أن "الذين يأتون إلى هنا يجب أن '
            'يندمجوا"، مشيرا إلى أن "التنوع ارتفع".')
    sts = extract_statements(text)
    assert [(s.cue, s.speaker.text) for s in sts] == [
        ("وقال", "أنينغ"), ("وأضاف", "أنينغ"), ("مشيرا", "أنينغ")]
    assert sts[0].content is not None and sts[0].content.text.startswith("من حقنا كأمة")
    # a quotation of a name alone does not end the clause, and a cue inside it is no skip
    assert _said('وقال أنينغ الذي ينتمي إلى "حزب كاتر" في المجلس بعد جلسة طويلة مع النواب '
                 'والوزراء في العاصمة عن المهاجرين والوظائف والمدن.') == []
    sts = extract_statements('وقال أنينغ الذي أكد أن الحزب "سيواصل العمل من أجل الناخبين".')
    assert [s.cue for s in sts] == ["أكد"]


def test_fronted_subject_with_relative_clause_before_its_verb() -> None:
    # «وحتى X التي…، رأت أن…»: the relative clause describes the fronted subject, its own
    # «الذي يدعو إلى…» (the party's platform) is no statement
    text = ('وحتى بولين هانسون التي تقود حزب أمة واحدة الذي يدعو إلى وقف الهجرة وتعترض على '
            'الإسلام، رأت أن أنينغ ذهب بعيدا جدا. وقالت "إذا كانت لديكم مآخذ فلا توجهوها لي". '
            'وأضافت "لا شأن لي بذلك".')
    assert _said(text) == [("رأت", "بولين هانسون"), ("وقالت", "بولين هانسون"),
                           ("وأضافت", "بولين هانسون")]
    # the relative pronoun agrees with the verb: a feminine clause before «قال» is none
    assert _said("بولين هانسون التي تقود الحزب، قال إن الأمر انتهى.") == [("قال", "")]
    # a definite thing described is no speaker («الحرب التي…، أعلنت السعودية»)
    assert _said("والحرب التي بدأت عام 2015 في اليمن، أعلنت السعودية أنها انتهت.") == [
        ("أعلنت", "السعودية")]
    # a relative cue with no fronted subject's verb after its comma is still a statement
    assert _said("وتعترض الحكومة على الحزب الذي يدعو إلى وقف الهجرة.") == [("يدعو", "الحزب")]


def test_concession_opening_the_clause_is_no_subject() -> None:
    # «وعلى الرغم من X لم يشعر Y… وأكد»: the conceded noun phrase is skipped to the negated
    # verb, whose subject the later cue continues (a name already given as a speaker)
    text = ('وقال أنينغ إن الهجرة يجب أن تتوقف. وعلى الرغم من الانتقادات لم يشعر أنينغ '
            'بالأسف وأكد الأربعاء أنه لم يكن على علم بالأمر.')
    assert _said(text) == [("وقال", "أنينغ"), ("وأكد", "أنينغ")]
    text = "ورغم الانتقادات لم يشعر الوزير بالأسف وأكد الأربعاء أنه لم يكن على علم بالأمر."
    assert _said(text) == [("وأكد", "الوزير")]
    # a lone name never given as a speaker is still no subject, and «ذلك» is no phrase
    assert _said("وعلى الرغم من الانتقادات لم يشعر أنينغ بالأسف وأكد أنه لم يعلم.") == [
        ("وأكد", "")]
    assert _said("وعلى الرغم من ذلك لم يشعر الوزير بالأسف وأكد أنه لم يعلم.") == [("وأكد", "")]


def test_relative_antecedent_starts_at_its_office() -> None:
    # «وعلى رأسهم رئيس الحكومة X الذي شدد»: «at their head» is the sentence's, the office and
    # the name are the antecedent, and the «وقال» after it goes on with him
    text = ('وأثارت تصريحات أنينغ ردودا من كل السياسيين وعلى رأسهم رئيس الحكومة مالكولم ترنبول '
            'الذي شدد على أن أستراليا من أنجح المجتمعات. وقال "لذلك نرفض العنصرية".')
    speaker = "رئيس الحكومة مالكولم ترنبول"
    assert _said(text) == [("شدد", speaker), ("وقال", speaker)]
    # a topic fronted with a relative clause is no subject: the name after the verb speaks
    assert _said("وحول الدور الذي تلعبه روسيا في سوريا، أكد هولاند أنه من الضروري أن تضغط "
                 "الدول.") == [("أكد", "هولاند")]



# --- pass 54 (rules from blind sets 54 and 55): trailing and fronted sources are the via ---
def _vias(text: str) -> list[tuple[str, str, str | None]]:
    out = []
    for s in extract_statements(text):
        if s.via is not None:
            assert text[s.via.start : s.via.end] == s.via.text
        out.append((s.cue, s.speaker.text, s.via.text if s.via else None))
    return out


def test_trailing_source_phrase_is_the_via() -> None:
    # «…، وفقا لتقرير سبوتنيك»: the outlet after its report relays every statement its
    # sentence gives the speaker (the participle too), and makes none of its own
    text = ('وذكر تقرير الدفاع أن "البيانات الأولية ترجح تحطم الطائرة بسبب وقوع طائر في '
            'المحرك،" مؤكدة أنه "لم يكن هناك إطلاق نار باتجاه الطائرة،" وفقا لتقرير سبوتنيك.')
    assert _vias(text) == [("وذكر", "تقرير الدفاع", "سبوتنيك"),
                           ("مؤكدة", "تقرير الدفاع", "سبوتنيك")]
    content = extract_statements(text)[1].content
    assert content is not None and "وفقا" not in content.text
    # «…، حسبما نقلت وكالة "قنا"»: a verb lead whose content is the clause before it
    text = ('وقالت رابطة المصرفيين البريطانيين في بيان لها إن عدد الموافقات سجل ما يقرب من '
            '50 ألفا خلال الشهر الماضي، حسبما نقلت وكالة "قنا".')
    sts = extract_statements(text)
    assert _vias(text) == [("وقالت", "رابطة المصرفيين البريطانيين", 'وكالة "قنا"')]
    assert sts[0].content is not None and sts[0].content.text.endswith("الشهر الماضي")
    # a «كما ذكرت» outlet with content of its own says something: two statements, no via
    text = ("وقالت وسائل إعلام إسرائيلية إن الجيش قصف موقعا، كما ذكرت وكالة سانا أن الطائرات "
            "أغارت على المطار.")
    assert _vias(text) == [("وقالت", "وسائل إعلام إسرائيلية", None),
                           ("ذكرت", "وكالة سانا", None)]
    # no other cue in the sentence: the source phrase stays the statement it was
    assert _vias("قتل عشرة أشخاص في الغارة، حسبما ذكرت رويترز.") == [
        ("حسبما ذكرت", "رويترز", None)]
    # a report of a body that is no outlet, or an official, is a second source, not a relay
    assert [v for _, _, v in _vias("وقال الوزير إن الجيش قصف موقعا، وفقا لتقرير الأمم "
                                   "المتحدة.")] == [None, None]
    assert [v for _, _, v in _vias("وقال الوزير إن الجيش قصف موقعا، حسبما ذكر مسؤول في "
                                   "الوزارة.")] == [None, None]


def test_fronted_quoted_source_relays_the_report_after_it() -> None:
    # «ووفقا لـ"سايت"، يؤكد X أنه…»: a quoted name before a comma and a report with its own
    # speaker relays that report (its via), and the closing quote opens no content
    text = "ووفقا لـ\"سايت\"، يؤكد ياسودا في الشريط الذي بُثّ الثلاثاء أنه كوريّ."
    assert _vias(text) == [("يؤكد", "ياسودا", "سايت")]
    assert _vias('ووفقا لـ"رويترز"، قال ياسودا إنه كوري.') == [("قال", "ياسودا", "رويترز")]
    # a known source before its own content keeps its statement, its content past the quote
    st = extract_statements('ووفقا لـ"الأمم المتحدة" فإن عدد اللاجئين ارتفع إلى مليون.')
    assert [(s.speaker.text, s.content and s.content.text) for s in st] == [
        ("الأمم المتحدة", "عدد اللاجئين ارتفع إلى مليون")]
    # an unknown quoted name with no report after it is no source
    assert extract_statements('وفقا لـ"القانون الجديد" يجب على الشركات دفع الضرائب.') == []


# --- pass 55 (rules from blind sets 56, 57 and 58): audiences, asides and sources are no
# speaker, and a continuation never goes on with a source phrase ---
def test_audience_after_a_pronoun_dropped_verb_is_no_speaker() -> None:
    # «وقال أمام لجنة…»: before whom; the subject was dropped and the last speaker goes on
    text = ("وأعلن وزير الدفاع الاميركي اشتون كارتر أن التدريب انطلق ببطء شديد. وقال أمام لجنة "
            "القوات المسلحة في مجلس الشيوخ «إنه أقل بكثير مما كنا نأمل به»، موضحًا أن سبعة آلاف "
            "متطوع تقدموا للبرنامج.")
    assert _cues_speakers(text) == [("وأعلن", "وزير الدفاع الاميركي اشتون كارتر"),
                                    ("وقال", "وزير الدفاع الاميركي اشتون كارتر"),
                                    ("موضحًا", "وزير الدفاع الاميركي اشتون كارتر")]
    # «إمام» (imam), spelt with the hamza below, is a speaker, not «أمام» (before)
    assert _cues_speakers("وقال إمام الحرم المكي إن الصلاة أقيمت في موعدها.") == [
        ("وقال", "إمام الحرم المكي")]


def test_aside_refusing_a_name_is_no_speaker() -> None:
    # «وقال ـ رافضاً ذكر اسمه : إنه…»: the aside is not the subject; the source before goes on
    text = ("وقال مصدر بمجلس الوزراء، إن التعديل محدود. وقال ـ رافضاً ذكر اسمه : إنه يرجح "
            "استمراره في رئاسة الحكومة. وأضاف لـ(اليوم)، أنه ليس معقولاً تغيير رئيس الحكومة.")
    assert [sp for _, sp in _cues_speakers(text)] == ["مصدر بمجلس الوزراء"] * 3
    # a word in «ا» with no naming noun after it stays the subject (a dual: the two astronauts)
    assert _cues_speakers("وقال رائدا الفضاء إن الرحلة نجحت.") == [("وقال", "رائدا الفضاء")]


def test_continuation_after_a_closing_source_is_not_the_source() -> None:
    # «…، وفقا لإحصائيات منظمة الأمم المتحدة. وتابع يقول: …»: the source vouches for a figure
    # in Attiyah's content; «وتابع» goes on with Attiyah, never with the statistics
    text = ("وأكد العطية أن الحرب خلفت 250 ألف قتيل من الشعب السوري، وفقا لإحصائيات منظمة الأمم "
            "المتحدة. وتابع يقول: «نود لو أن إيران نظرت إلى سوريا من زاوية الشعب السوري».")
    assert _cues_speakers(text) == [("وأكد", "العطية"),
                                    ("وفقا لإحصائيات", "إحصائيات منظمة الأمم المتحدة"),
                                    ("وتابع", "العطية")]
    # after narration the source is the one who goes on (sets 16 and 29 label it so)
    text = ("وقتل عشرة مدنيين في غارات على ريف إدلب، بحسب المرصد السوري. وأضاف أن الغارات "
            "استهدفت سوقا شعبية.")
    assert _cues_speakers(text) == [("بحسب", "المرصد السوري"), ("وأضاف", "المرصد السوري")]
    # a source with a verb of its own is the speaker of what it closes, and goes on
    text = ("وقال الرئيس إن العملية ستبدأ فورا، لكن شح التفاصيل يعني أنه من المبكر الحكم عليها "
            "كما يقول توم كونتريمان. وأضاف أن النجاح هو في استمرار الحوار.")
    assert _cues_speakers(text)[-1] == ("وأضاف", "توم كونتريمان")


def test_relaying_outlet_with_a_name_set_off_by_commas() -> None:
    # «ونقلت وكالة…، سانا، عن مصدر… قوله»: the source speaks, the agency and its name relay
    text = ('ونقلت وكالة الأنباء السورية الرسمية، سانا، عن مصدر في وزارة الخارجية قوله "سوريا '
            'حريصة على التعاون مع المنظمة".')
    assert _vias(text) == [("ونقلت", "مصدر في وزارة الخارجية",
                            "وكالة الأنباء السورية الرسمية، سانا")]
    # without «عن» after the second comma the words set off are no relay
    text = "وقالت وكالة الأنباء السورية الرسمية، سانا، إن الجيش تقدم."
    assert [v for _, _, v in _vias(text)] == [None]


# --- pass 56 (rules from blind set 59): a label after a relative «ما», a fronted «نقلا عن»
# across «فإن», and sources with an editor's title or a resumptive «فإنه» ---
def test_relative_ma_with_a_quoted_or_placed_label() -> None:
    # «ما وصفتها موسكو "…"»: the pronoun is «ما», the quoted label its content, no «بـ»
    text = ('وقالت الوكالة إن القوات الروسية ستنتشر في إدلب التي تسيطر عليها ما وصفتها موسكو '
            '"جماعات مسلحة غير شرعية".')
    assert ("وصفتها", "موسكو", "جماعات مسلحة غير شرعية") in [
        (s.cue, s.speaker.text, s.content and s.content.text) for s in extract_statements(text)]
    # the subject's place may stand before «بـ» («ما يصفه مجلس المعارضة في دوما بـ"كارثة"»)
    text = 'وهو ما أدى إلى وقوع ما يصفه مجلس المعارضة في دوما بـ"كارثة" إنسانية.'
    assert _cues_speakers(text) == [("يصفه", "مجلس المعارضة")]
    # «ما» with no label given is what was said, never given here; a verb with no object
    # pronoun («ما نقل») takes no label
    assert extract_statements("وشاهد الناس ما وصفه المراسل.") == []
    # «وصفة» (a recipe) spelt with «ة» is a noun, never «وصفه» with a label after it
    assert extract_statements("وكأن تجار الفن أعطونا جميعا وصفة نجاح واحدة.") == []
    assert extract_statements('وتابع الناس ما نقله المراسل "مباشرة".') == []
    # with no written subject the label is the enclosing speaker's own (pass 78: later sets label
    # it so; over the 110 held-out sets the pass finds 22 more right statements for 7 more
    # unlabelled predictions, in sets labelled before relative labels were marked); his words
    # keep it whole
    text = 'وأكد الوزير أن الحكومة ستواجه ما وصفه بـ"المؤامرة".'
    assert _cues_speakers(text) == [("وأكد", "الوزير"), ("وصفه", "الوزير")]
    said = extract_statements(text)[0].content
    assert said is not None and said.text.endswith('بـ"المؤامرة"')


def test_fronted_naqlan_relays_across_fa_inna() -> None:
    # «ونقلاً عن رويترز فإن مسؤول… أشار إلى أن…»: the official's verb is the statement,
    # Reuters its via; no record on «نقلا»
    text = "ونقلاً عن رويترز فإن مسؤول سياسي كردي أشار إلى أن القوات التركية تتقدم نحو المدينة."
    assert _vias(text) == [("أشار", "مسؤول سياسي كردي", "رويترز")]
    # with no verb of report after «فإن» the relayed source keeps its own statement
    text = "ونقلا عن مصادر محلية فإن القوات سيطرت على البلدة."
    assert [s.speaker.text for s in extract_statements(text)] == ["مصادر محلية"]
    # «وبحسب X فإن Y اعترف…»: set 54 keeps the source's own statement beside Y's
    text = "وبحسب وسائل إعلام تركية رسمية فإن الألماني اعترف بأنه كان يحاول العبور إلى سوريا."
    assert [(c, s) for c, s in _cues_speakers(text)] == [
        ("وبحسب", "وسائل إعلام تركية رسمية"), ("اعترف", "الألماني")]


def test_sources_with_an_editor_or_a_resumptive_fa_inna() -> None:
    # «بحسب محرر… لشؤون… <name>»: an editor is a source, as a correspondent is
    text = ("فإن القوات التركية ستجد نفسها تقاتل في عفرين قوات الجيش السوري أيضاً بحسب محرر بي بي "
            "سي لشؤون الشرق الأوسط آلان جونسون.")
    assert _cues_speakers(text) == [("بحسب", "محرر بي بي سي لشؤون الشرق الأوسط آلان جونسون")]
    # «ووفقا لما أعلنته X، فإنه "…"»: the resumptive «فإنه» opens the other half
    text = 'ووفقا لما أعلنته الحكومة الأردنية، فإنه "يسمح للأردني المقيم في سوريا بالدخول".'
    st = extract_statements(text)
    assert [(s.cue, s.speaker.text) for s in st] == [("ووفقا لما أعلنته", "الحكومة الأردنية")]
    assert st[0].content is not None and st[0].content.text.startswith('"يسمح')
    # «كما أكد X أنه…» (no «ف») is still X's own content clause
    assert _cues_speakers("كما أكد الوزير أنه سيزور المدينة غدا.") == [("أكد", "الوزير")]


# --- pass 57 (rules from blind sets 60–62): an object in «ين» or before a label is no
# subject, and a definite office runs over «في» to its holder's abbreviated title ---
def test_oblique_plural_after_a_transitive_verb_is_its_object() -> None:
    # «ودعا المتقدمين إلى…» (set 60): «ين» is the oblique case, so the official goes on
    text = ("وقال مساعد المدير حمدان العمري إن المقابلات تبدأ الأحد. ودعا المتقدمين إلى "
            "الالتزام بالمواعيد.")
    assert _cues_speakers(text) == [("وقال", "مساعد المدير حمدان العمري"),
                                    ("ودعا", "مساعد المدير حمدان العمري")]
    # its adjectives agree with it; the nominative «ون» is the subject
    text = "وقال المسؤول إن المقابلات تبدأ غدا. ودعا المتظاهرين الغاضبين إلى التهدئة."
    assert _cues_speakers(text)[1] == ("ودعا", "المسؤول")
    text = "وقال المسؤول إن المقابلات تبدأ غدا. ودعا المحتجون إلى الالتزام بالمواعيد."
    assert _cues_speakers(text)[1] == ("ودعا", "المحتجون")
    # a singular in «ين» with the object after it is the subject («الكرملين واشنطن»), and so
    # is a short noun in «ين» («البحرين»)
    text = "وقال المسؤول إن الهجوم مدان. واتهم الكرملين واشنطن برفض مواجهة الواقع."
    assert _cues_speakers(text)[1][1].startswith("الكرملين")
    text = "وقال المسؤول إن الهجوم مدان. ودعت البحرين إلى ضبط النفس."
    assert _cues_speakers(text)[1] == ("ودعت", "البحرين")


def test_lone_noun_phrase_before_a_label_is_the_object() -> None:
    # «ثم وصف تحقيق مولر بأنه…» (set 60): «وصف» always takes what it describes
    text = 'وقال ترامب إن التحقيق مسيس. ثم وصف تحقيق مولر بأنه "غير شرعي".'
    assert _cues_speakers(text) == [("وقال", "ترامب"), ("وصف", "ترامب")]
    text = "وقالت ماي إن روسيا مسؤولة. ووصفت الهجوم بأنه استخدام غير مشروع للقوة."
    assert _cues_speakers(text)[1] == ("ووصفت", "ماي")
    # a written subject comes with a second phrase, the object; it stays the subject
    text = "وقال ترامب إن التحقيق مسيس. ووصف المالكي المملكة بأنها منطلق الإرهاب."
    assert _cues_speakers(text)[1][1].startswith("المالكي")
    text = "وقال ترامب إن التحقيق مسيس. ويصف الكتاب ترامب بأنه سريع الغضب."
    assert _cues_speakers(text)[1][1].startswith("الكتاب")
    # a descriptor heads a subject, never an object
    text = "وقال ترامب إن التحقيق مسيس. ووصف مصدر بأن التحقيق حملة."
    assert _cues_speakers(text)[1] == ("ووصف", "مصدر")


def test_definite_office_runs_over_fi_to_its_holder() -> None:
    # «أفاد المستشار… في المملكة د. محمد عثمان الخشت، أن…» (set 60): the place, then the
    # holder's abbreviated title and name
    text = ("أفاد المستشار الثقافي المصري في المملكة د. محمد عثمان الخشت، أن الجانبين اتفقا. "
            "وأكد أن التنسيق ضروري.")
    speaker = "المستشار الثقافي المصري في المملكة د. محمد عثمان الخشت"
    assert _cues_speakers(text) == [("أفاد", speaker), ("وأكد", speaker)]
    # before a setting, with no holder's title, the definite office ends at «في»
    assert _cues_speakers("قال الوزير في المؤتمر الصحفي إن الوضع مستقر.") == [
        ("قال", "الوزير")]


# --- pass 58 (rules from blind sets 63 and 64): a source phrase inside a sentence whose verb
# of report is already a statement is that statement's via, not a record of its own ---
def _cues_vias(text: str) -> list[tuple[str, str, str | None]]:
    return [(s.cue, s.speaker.text, s.via.text if s.via else None)
            for s in extract_statements(text)]


def test_source_between_subject_and_content_is_the_via() -> None:
    # «وقال ممثل فرنسا بحسب المصادر عينها إن…، مشيرا…» (set 63): the source stands before the
    # content, so it vouches for the statement; the participle after it keeps the relay
    text = ('وقال ممثل فرنسا بحسب المصادر عينها إن هذا "تضليل"، مشيرا إلى أن "هؤلاء المدنيين '
            'ينقذون مئات الأشخاص".')
    assert _cues_vias(text) == [("وقال", "ممثل فرنسا", "المصادر عينها"),
                                ("مشيرا", "ممثل فرنسا", "المصادر عينها")]
    text = "وأكد المتحدث، وفقا لمصدر في الوزارة، أن الاجتماع سيعقد غدا."
    assert [(c, s) for c, s, _ in _cues_vias(text)] == [("وأكد", "المتحدث")]
    assert _cues_vias(text)[0][2] is not None
    # a verb lead between them ends the subject, and the content starts after it
    text = 'وأوضح قاسم وفقا لما نقلته وكالة الأنباء اللبنانية الرسمية: "لا يحق لها أن تطرح شروطا".'
    st = extract_statements(text)
    assert [(s.cue, s.speaker.text) for s in st] == [("وأوضح", "قاسم")]
    assert st[0].content is not None and st[0].content.text.startswith("لا يحق")
    # a source set off by commas before a fronted subject's verb is cut from the subject
    text = "غير أن فريق التفتيش في التحالف، وفق المصادر، كشف عن وجود آثار انفجار داخل السفينة."
    assert ("كشف", "فريق التفتيش في التحالف") in [(c, s) for c, s, _ in _cues_vias(text)]
    # negative: closing narration with no statement stays a statement of the source
    text = "قتل عشرة أشخاص في القصف، بحسب المصادر نفسها."
    assert _cues_vias(text) == [("بحسب", "المصادر", None)]
    # negative: a closing source after the content names no relay unless it is an outlet
    text = "وقال الوزير إن الحكومة ستستقيل، بحسب مصادر مطلعة."
    assert _cues_vias(text) == [("وقال", "الوزير", None), ("بحسب", "مصادر مطلعة", None)]


def test_relaying_verb_with_object_pronoun_is_the_via() -> None:
    # «…"، وذلك وفق ما نقل عنه دبلوماسي آخر» (set 63): «عنه» is the speaker, whose words the
    # diplomat passed on; no second statement with the diplomat as speaker
    text = ('وقال ممثل روسيا إن الخوذ البيضاء مصدر تهديد، وذلك وفق ما نقل عنه دبلوماسي آخر '
            'اشترط عدم كشف اسمه.')
    st = extract_statements(text)
    assert [s.cue for s in st] == ["وقال"]
    assert st[0].via is not None and st[0].via.text.startswith("دبلوماسي آخر")
    # negative: «وفق ما ذكرت X» with no pronoun and no outlet is X's own statement
    text = "قتل عشرة أشخاص في القصف، وفق ما ذكر مسؤول محلي."
    assert [s.cue for s in extract_statements(text)] == ["وفق ما ذكر"]


# --- pass 59 (rules from blind set 65): relays «نقل X عن Y قوله/أن» where X stands before
# the verb, or Y is the pronoun «عنه/عنها»: Y speaks, X is the via ---
def test_fronted_outlet_relays_across_a_set_off_time() -> None:
    # «وكانت شبكة "فوكس نيوز" نقلت، في الساعات الأولى…، عن مسؤول… قوله إن…» (set 65)
    text = ('وكانت شبكة "فوكس نيوز" نقلت، في الساعات الأولى من صباح السبت، عن مسؤول بالإدارة '
            'الأميركية قوله إن أميركا قررت ضرب سوريا.')
    assert _cues_vias(text) == [("نقلت", "مسؤول بالإدارة الأميركية", 'شبكة "فوكس نيوز"')]
    # «عن Y، أن…» relays too, after a time word and with the withheld name kept in Y; the
    # masculine «وأضاف» after it cannot take the broken plural «مصادر»: it is the outlet's
    text = ('وكان المرصد قد نقل الأحد عن مصادر لم يكشف عن هويتها، أن تحضيرات تجري لعملية '
            'عسكرية واسعة. وأضاف أن تنظيم داعش ما زال ينشط.')
    assert _cues_vias(text) == [("نقل", "مصادر لم يكشف عن هويتها", "المرصد"),
                                ("وأضاف", "المرصد", None)]
    text = "وكانت الوكالة نقلت عن مصدر عسكري أن الجيش تقدم."
    assert _cues_vias(text) == [("نقلت", "مصدر عسكري", "الوكالة")]
    # negative: a clause of the outlet's own words between commas is not skipped, and «عن»
    # with no «قوله» or «أن» after its noun is news about something, no relay
    assert _cues_vias("وكانت الصحيفة نقلت، وقالت إن الوضع صعب.") == [("وقالت", "", None)]
    text = 'وكانت شبكة "فوكس نيوز" نقلت، في الساعات الأولى، عن اجتماع طويل.'
    assert _cues_vias(text) == []
    # negative: a longer «لم» clause is no withheld name, and no relay is built on it
    text = "وكان المرصد قد نقل عن مصادر لم يتمكن من الوصول إليها أن الجيش تقدم."
    assert _cues_vias(text) == [("نقل", "المرصد", None)]


def test_relay_from_object_pronoun_takes_the_last_speaker() -> None:
    # «وندد نجله زياد… . ونقلت وكالة فرانس برس عنه قوله…» (set 65): «عنه» is the son, the
    # agency the via, and «وتساءل» after it goes on with him
    text = ('وندد نجله زياد، الذي يعيش في الأردن، بالقائمة. ونقلت وكالة فرانس برس عنه قوله، '
            'قبل الإعلان عن الأمر الرسمي الأحد "إننا نتعرض لضغط وظلم". وتساءل "متى ستنتهي '
            'هذه الحكومة؟"')
    assert _cues_vias(text)[1:] == [("ونقلت", "نجله زياد", "وكالة فرانس برس"),
                                    ("وتساءل", "نجله زياد", None)]
    st = extract_statements(text)[1]
    assert st.speaker.start is not None and st.speaker.end is not None
    assert text[st.speaker.start : st.speaker.end] == st.speaker.text
    assert st.via is not None and text[st.via.start : st.via.end] == st.via.text
    # negative: the pronoun's gender must match the last speaker's verb, or nothing changes
    text = "وقالت الوزيرة إن القرار نهائي. ونقلت وكالة فرانس برس عنه قوله إن الوضع صعب."
    assert _cues_vias(text)[1][2] is None
    text = "وقال الوزير إن القرار نهائي. ونقلت الوكالة عنها قولها إن الوضع صعب."
    assert _cues_vias(text)[1][2] is None


# --- pass 60 (rules from blind set 66): «علم X من Y أن…» is a relay, Y the speaker and X
# the via; without its «من» source it is no statement ---
def test_learned_from_sources_is_a_relay() -> None:
    # «وعلمت "الوطن" من مصادر مطلعة على مسودة التقرير، أن…» (set 66; set 40 labels «وعلمت
    # «عكاظ» من مصادرها أن…» the same way)
    text = ('وعلمت "الوطن" من مصادر مطلعة على مسودة التقرير، أن هناك اعترافات تثبت مسؤولية '
            'المالكي، بسقوط الموصل.')
    assert _cues_vias(text) == [("وعلمت", "مصادر مطلعة", "الوطن")]
    st = extract_statements(text)[0]
    assert st.content is not None and st.content.text.startswith("أن هناك اعترافات")
    assert st.via is not None and text[st.via.start : st.via.end] == st.via.text
    # after «فيما» in mid-sentence, the relay cuts the statement before it
    text = ('أعلنت لجنة التحقيق في سقوط الموصل إكمال تقريرها، وأنها ستقدمه للبرلمان، فيما '
            'علمت "الوطن "من مصادر مطلعة أن هناك اعترافات من قيادات أمنية.')
    assert _cues_vias(text) == [("أعلنت", "لجنة التحقيق", None),
                                ("علمت", "مصادر مطلعة", "الوطن")]
    first = extract_statements(text)[0]
    assert first.content is not None and first.content.text == "وأنها ستقدمه للبرلمان"
    text = "وعلمت الصحيفة من مصادر أمنية أن الوزير سيزور موسكو."
    assert _cues_vias(text) == [("وعلمت", "مصادر أمنية", "الصحيفة")]


def test_learned_without_a_source_is_no_statement() -> None:
    # negative: «وعلمت بي بي سي أن…» (sets 32 and 36 label it none: what the outlet
    # learned, no one quoted), «على علم بـ…» (aware of) and «علم» the flag build nothing
    assert _cues_vias("وعلمت بي بي سي أن الرجلين قد جُردا من الجنسية البريطانية.") == []
    assert _cues_vias("وعلمت الشرطة من الجيران بالحادث.") == []
    text = "وقف نازيك إلى جانب علم تركي، وقال الوزير إنه لم يكن على علم بالحادث."
    assert [c for c, _, _ in _cues_vias(text)] == ["وقال"]


# --- pass 61 (rules from blind set 67): «متهم بـ…» accused of is no accusation; a cue after
# «التي» on a noun that cannot speak, or after «حيث» past «التقت/التقى», takes the clause's
# subject; «التي/الذي تتهمه واشنطن بـ…» takes the lone name before the complement ---
def test_accused_of_is_no_accusation() -> None:
    # «شركات أدوية… متهمة بتقديم…», «متهمة بأنها قدمت…», «والتي اتهم بارتكابها "جيش المهدي"»
    # (set 67), «كان قد اتهم بتفجير الجامع» (set 40 labels none): nobody accuses
    text = ('أعلنت وزارة العدل الأمريكية عن فتح تحقيق حول أنشطة شركات أدوية في العراق، متهمة '
            'بتقديم أدوية مجانا للحكومة العراقية، والتي اتهم بارتكابها "جيش المهدي".')
    assert [c for c, _, _ in _cues_vias(text)] == ["أعلنت"]
    assert _cues_vias("فتحت الوزارة تحقيقا حول شركات متهمة بأنها قدمت أدوية مجانا.") == []
    assert _cues_vias('يذكر أن تنظيم "داعش" كان قد اتهم بتفجير الجامع.') == []
    # negative: the one accused named before «بـ», as a name in «بـ» or as a suffix, accuses
    assert _cues_vias("واتهم لافروف بريطانيا بالتبعية العمياء لأمريكا.") == [
        ("واتهم", "لافروف", None)]
    assert _cues_vias("وأقال الرئيس نائبه، متهما إياه بالتخطيط لانقلاب.")[-1][:2] == (
        "متهما", "الرئيس")
    assert _cues_vias("وقال الوزير إن المتحدث كذب، واتهمه بالتضليل.")[-1] == (
        "واتهمه", "الوزير", None)


def test_relative_on_a_noun_that_cannot_speak_takes_the_clause_subject() -> None:
    # «وأصدرت المنظمة الثلاثاء بيانها التي قالت إنها…», «وأطلقت أنقرة… عملية "غصن الزيتون"
    # التي تقول أنها…» (sets 41 and 67): the feminine past opening the clause is the verb
    text = ('وأصدرت المنظمة الثلاثاء بيانها التي قالت إنها يتعلق بـ"الحرب على الأطفال" في '
            'سوريا.')
    assert _cues_vias(text) == [("قالت", "المنظمة", None)]
    text = ('وأطلقت أنقرة في 20 كانون الثاني/يناير عملية "غصن الزيتون" التي تقول أنها تستهدف '
            'مقاتلي "وحدات حماية الشعب" الكردية.')
    assert _cues_vias(text) == [("تقول", "أنقرة", None)]
    assert _cues_vias("وقصفت إسرائيل، التي ترى أن الوجود الإيراني يمثل تهديدا لأمنها، "
                      "عشرات المواقع.")[0][:2] == ("ترى", "إسرائيل")
    # negative: a clause or a name set off in between is the relative's own antecedent
    # («حسبما نقلت وكالة الأنباء "واس"، التي أشارت…»), a relative with a subject of its own
    # («عائلته التي دعاها مالك الحقوق…») and a clause opening on a noun, a present or a
    # masculine («موقف الرئيس… الذين يرون», «بذلك ينضم ميلنر… الذي قال») give no subject
    text = ('أعلنت وزارة الدفاع السعودية سقوط طائرة، حسبما نقلت وكالة الأنباء السعودية "واس"، '
            'التي أشارت إلى مقتل طاقمها.')
    assert [s for c, s, _ in _cues_vias(text) if c == "أشارت"] != ["وزارة الدفاع السعودية"]
    text = ('وقف الجميع دقيقة صمت بوجود عائلته التي دعاها مالك الحقوق التجارية للبطولة بيرني '
            'إيكليستون إلى الحلبة.')
    assert [s for c, s, _ in _cues_vias(text) if c == "دعاها"] != ["الجميع"]
    text = ('بذلك ينضم ميلنر إلى كثيرين منهم ايلون ماسك مؤسس شركة سبيس إكس الذي قال إنه يود '
            'استعمار المريخ.')
    assert [s for c, s, _ in _cues_vias(text) if c == "قال"] != ["ينضم ميلنر"]


def test_hayth_after_met_takes_its_subject() -> None:
    # «التقت المستشارة الألمانية، أنجيلا ميركل، …، حيث أكدت أن…» (set 67): «التقت» is a verb
    # spelt with «ال», not a definite noun
    text = ('التقت المستشارة الألمانية، أنجيلا ميركل، الجمعة، رؤساء لبنان الثلاثة، حيث أكدت، '
            'في مؤتمر صحافي، أن بلادها ستقدم مساعدات لدعم لبنان.')
    assert _cues_vias(text)[0][:2] == ("أكدت", "المستشارة الألمانية")
    text = "التقى الرئيس الفرنسي بالمجموعات الكردية، حيث أعرب عن أمله في إجراء حوار."
    assert _cues_vias(text) == [("أعرب", "الرئيس الفرنسي", None)]
    # the name set off after the clause's subject goes with it, as after a verb of saying
    text = "التقى الرئيس المصري، عبد الفتاح السيسي، الوفد، حيث أكد أن بلاده ستقدم مساعدات."
    assert _cues_vias(text) == [("أكد", "الرئيس المصري، عبد الفتاح السيسي", None)]
    # negative: after an object-taking cue the phrase set off is its object
    text = "واستبعد مصدر بمجلس الوزراء، تغيير محلب، وقال إنه يرجح استمراره."
    assert _cues_vias(text) == [("وقال", "مصدر بمجلس الوزراء", None)]
    # negative: a definite noun opening the clause is no verb
    text = "التقرير الأخير صدر أمس، حيث أكدت أن الأوضاع تتحسن."
    assert [s for c, s, _ in _cues_vias(text) if c == "أكدت"] != ["الأخير"]


def test_lone_name_before_the_accusation_complement_is_its_subject() -> None:
    # «…"جيش المهدي"…، والذي تتهمه واشنطن بالمسؤولية عن مقتل…» (set 67): the name between the
    # suffixed verb and its «بـ» complement accuses; the complement is what was said
    text = ('وكان الصدر يقود "مقاومة" ضد الاحتلال، والذي تتهمه واشنطن بالمسؤولية عن مقتل آلاف '
            'الأشخاص بين عامي 2005 و2009.')
    st = next(s for s in extract_statements(text) if s.cue == "تتهمه")
    assert st.speaker.text == "واشنطن"
    assert st.content is not None and st.content.text.startswith("بالمسؤولية عن مقتل")
    # negative: a bare noun after «التي اعتبرها» with no «بـ» is the predicate, no speaker
    text = "وقال الوزير إن المناورات، التي اعتبرها تدريبا على الحرب، مستمرة."
    assert [s for c, s, _ in _cues_vias(text) if c == "اعتبرها"] != ["تدريبا"]


# --- pass 62 (rules from blind set 70): a cue right after «الذي/التي» on a noun that can speak
# takes the antecedent, the noun after the verb being its object; a quoted outlet name in the
# setting does not end a quoted speaker's scan ---
def test_relative_on_a_speaker_takes_the_antecedent_not_the_object() -> None:
    # «بين واشنطن التي تتهم النظام السوري بشن هذه الهجمات وموسكو التي تنفي وجود أدلة…» (set
    # 70), «نوري المالكي الذي اتهم المملكة العربية السعودية بدعم…» (set 53), «مثل "أم سمية"
    # التي دعت…» (set 45)
    text = ('وكان هذا النص قد تم التفاوض في شأنه طوال أسابيع بين واشنطن التي تتهم النظام السوري '
            'بشن هذه الهجمات وموسكو التي تنفي وجود أدلة تثبت ضلوع حليفها السوري.')
    found = {c: s for c, s, _ in _cues_vias(text)}
    assert found["تتهم"] == "واشنطن"
    assert found["تنفي"].endswith("موسكو")
    st = next(s for s in extract_statements(text) if s.cue == "تنفي")
    assert st.content is not None and st.content.text.startswith("وجود أدلة")
    text = ('وأعرب الوزير عن رفضه للتصريحات غير المسؤولة لنائب الرئيس العراقي نوري المالكي الذي '
            'اتهم المملكة العربية السعودية بدعم ورعاية الإرهاب.')
    assert next(s for c, s, _ in _cues_vias(text) if c == "اتهم").endswith(
        "نائب الرئيس العراقي نوري المالكي")
    text = ('هذا وقد نشر البيان قبل تغريدة الرئيس الأميركي دونالد ترامب، والذي توعد النظام '
            'السوري، بدفع "ثمن باهظ".')
    assert next(s for c, s, _ in _cues_vias(text) if c == "توعد").endswith(
        "الرئيس الأميركي دونالد ترامب")
    # negative: a resumptive pronoun makes the antecedent the object and the noun the subject
    # («الأسلحة التي أعلنت عنها سوريا», «الموقع الذي يتهم النظام السوري بارتكابه», «داعش
    # الذي أعرب اثنان منهم»), as does a content marker after the noun («الذي تقول شركة… إنه»)
    text = ('أكملوا تدمير جميع الأسلحة الكيمياوية التي أعلنت عنها سوريا بموجب الاتفاق الذي '
            'توسطت فيه الولايات المتحدة.')
    assert [s for c, s, _ in _cues_vias(text) if c == "أعلنت"] == ["سوريا بموجب الاتفاق"]
    text = ('قبل وصول بعثة المحققين إلى موقع الهجوم الكيماوي المفترض الذي يتهم النظام السوري '
            'بارتكابه.')
    assert all(s != "موقع الهجوم الكيماوي المفترض" for _, s, _ in _cues_vias(text))
    text = ("واتهمت فرنسا روسيا بإعاقة الوصول إلى الموقع الذي تقول وكالات الإغاثة إنه شهد مقتل "
            "العشرات.")
    assert [s for c, s, _ in _cues_vias(text) if c == "تقول"] == ["وكالات الإغاثة"]
    text = "وأدانت واشنطن التي أكدت موسكو أنها ستنسحب الهجوم."
    assert [s for c, s, _ in _cues_vias(text) if c == "أكدت"] == ["موسكو"]
    # negative: a thing before «الذي» cannot speak («السبب الذي دعا المنظمة لإصدار…»)
    text = "وقالت المتحدثة إنها لا تملك معلومات حول السبب الذي دعا المنظمة لإصدار تحذيرها."
    assert all(s != "السبب" for c, s, _ in _cues_vias(text) if c == "دعا")


def test_quoted_speaker_runs_past_a_quoted_outlet_name() -> None:
    # «وأشار “لورانت سوريساو” في مقابلة قبل أيام مع مجلة “شتيرن” الألمانية إلى أن…» (set 70):
    # the outlet's quoted name is part of the setting, not the content
    for q0, q1 in (('"', '"'), ("“", "”")):
        text = (f"وأشار {q0}لورانت سوريساو{q1} في مقابلة قبل أيام مع مجلة {q0}شتيرن{q1} "
                "الألمانية إلى أن المجلة الفرنسية رسمت من يريد.")
        assert _cues_vias(text) == [("وأشار", "لورانت سوريساو", None)]
    # negative: a quotation of more than a name after an outlet noun is the content
    text = ('وقال "المجلس العسكري" في حديث لصحيفة "الهجوم الأخير كان الأعنف منذ سنوات طويلة" على '
            'حد تعبيره.')
    st = next(s for s in extract_statements(text) if s.cue == "وقال")
    assert st.content is not None and "الهجوم الأخير" in st.content.text


# --- pass 63 (rules from blind sets 71–73): a press-review source after its words with no
# comma, a content cut by a line break in mid-sentence, and «نشيدهم» (their anthem)


def test_press_review_source_after_its_words_needs_no_comma() -> None:
    # «…بين الولايات المتحدة والأوروبيين تقول لوموند.» (set 72): a one-word name closing the
    # sentence after a present cue is the source of the clause before it
    text = ("ملفات أخرى ستطرح على قمة مجموعة السبع وسط توتر ملحوظ بين الولايات المتحدة "
            "والأوروبيين تقول لوموند.")
    st = next(s for s in extract_statements(text) if s.cue == "تقول")
    assert st.speaker.text == "لوموند"
    assert st.content is not None and st.content.text.startswith("ملفات أخرى")
    assert st.content.text.endswith("والأوروبيين")
    # «…مع دونالد ترامب تقول صحيفة لوبينيون هم الذين…» (set 72): after an outlet head the
    # review runs on with no full stop, and the source still closes the words before it
    text = ("رغم التوتر الواضح بين الأوروبيين والولايات المتحدة إلا أن الأوروبيين لا يمكنهم "
            "إحداث القطيعة مع دونالد ترامب تقول صحيفة لوبينيون هم الذين يخشون ابتعاد الولايات "
            "المتحدة عنهم.")
    st = next(s for s in extract_statements(text) if s.cue == "تقول")
    assert st.speaker.text == "صحيفة لوبينيون"
    assert st.content is not None and st.content.text.endswith("مع دونالد ترامب")
    # negative: a two-word subject closing the sentence is no bare source («تقول الأمم المتحدة»
    # needs its comma), nor a cue after a function word («ما يقوله ترامب»), nor a name followed
    # by more of the sentence («…تقول لوموند في تقرير…»)
    for text in ("الحرب مستمرة منذ سنوات طويلة في البلاد تقول الأمم المتحدة.",
                 "هذا ما يقوله ترامب.", "وبعيدا عن الحسابات، ماذا تقول الصحيفة؟",
                 "وبعيدا عن الحسابات والأرقام ماذا تقول لوموند؟",
                 "ملفات أخرى ستطرح على قمة مجموعة السبع وسط توتر ملحوظ تقول لوموند في تقرير لها."):
        cue_at = text.rindex("تقول") if "تقول" in text else text.index("يقوله")
        assert not any(s.content is not None and s.content.end <= cue_at
                       for s in extract_statements(text) if s.cue_start == cue_at), text


def test_participle_after_a_line_break_in_mid_sentence_keeps_its_speaker() -> None:
    # «وقال الدكتور التركي إن…وأقامت الندوات \nوالمؤتمرات التي…، مشيرًا إلى…» (set 73): the
    # line break cuts the sentence, not the paragraph; «وأفاد» in the next paragraph goes on too
    text = ("وقال الدكتور التركي إن المملكة العربية السعودية عانت من التطرف والتفجيرات والتخريب "
            "لكنها تخلصت من هذه الآفة الخطيرة بجهودها الأمنية والفكرية وأقامت الندوات \n"
            "والمؤتمرات التي بينت خطر الإرهاب والتطرف على وحدة الأمة، مشيرًا إلى أن على الدول "
            "أن تستفيد من تجربة المملكة. \nوأفاد أن التفسير الوحيد لهذه الحملات هو معارضتهم "
            "للسياسة الحكيمة.")
    got = {s.cue: s.speaker.text for s in extract_statements(text)}
    assert got["مشيرًا"] == "الدكتور التركي"
    assert got["وأفاد"] == "الدكتور التركي"
    # negative: a short line with no closing punctuation is a heading, and a full stop before
    # the participle closes the sentence: the new paragraph's narration cuts the chain
    text = ("وقال الدكتور التركي إن المملكة العربية السعودية عانت من التطرف\n"
            "والمؤتمرات التي عقدت في الرياض ناقشت خطر الإرهاب على وحدة الأمة، مشيرًا إلى أن "
            "على الدول أن تستفيد.")
    assert {s.cue: s.speaker.text for s in extract_statements(text)}.get("مشيرًا") != (
        "الدكتور التركي")
    text = ("وقال الدكتور التركي إن المملكة العربية السعودية عانت من التطرف والتفجيرات والتخريب "
            "لكنها تخلصت من هذه الآفة الخطيرة بجهودها الأمنية والفكرية وأقامت الندوات \n"
            "وعقدت اللجنة اجتماعها في الرياض. وناقش الوزراء خطر الإرهاب على الأمة، مشيرين إلى "
            "أن على الدول أن تستفيد.")
    assert {s.cue: s.speaker.text for s in extract_statements(text)}.get("مشيرين") != (
        "الدكتور التركي")


def test_anthem_with_its_owner_is_no_praise() -> None:
    # «ومنع عزف نشيدهم الوطني» (set 73, twice): the noun anthem, not «we praise them»
    for text in ("ومنع الرياضيون الإسرائيليون من رفع علمهم وعزف نشيدهم الوطني في البطولة.",
                 "ورفض المنظمون عزف نشيدها الوطني قبل المباراة."):
        assert all(not s.cue.startswith("نشيد") for s in extract_statements(text)), text
    # negative: the praise verb itself stays a cue
    text = "وأشاد الوزير بجهود الحكومة في مكافحة الإرهاب."
    assert [s.cue for s in extract_statements(text)] == ["وأشاد"]


# --- pass 64 (rules from blind sets 74–75 and across sets): condemning, congratulating and
# justifying cues («شجب», «هنأ… على», «برر… بـ»)


@pytest.mark.parametrize(("text", "cue", "speaker", "content"), [
    # «وشجبت ريغيف "القرار المشين"…» (set 73): condemnation with its object, as «أدان/ندد»
    ('وشجبت ريغيف "القرار المشين" لمنظمي البطولتين بهدف إقامة تمييز بين المنتخبات.',
     "وشجبت", "ريغيف", None),
    # «هنأت الوزيرة… رئيس الاتحاد… "على القرار…"» (set 73): a congratulation on something
    ('من جهتها، هنأت وزيرة الثقافة والرياضة الإسرائيلية ميري ريغيف في بيان الجمعة، رئيس '
     'الاتحاد الدولي للجودو "على القرار المبرر والشجاع".',
     "هنأت", "وزيرة الثقافة والرياضة الإسرائيلية ميري ريغيف", "على القرار"),
    # «وبررت القيادة إجراءاتها تلك بتطور الاحداث…» (set 72): the object, then the «بـ» reason
    ("وبررت القيادة إجراءاتها تلك بتطور الاحداث في الساعات الماضية.",
     "وبررت", "القيادة", "بتطور"),
    # «قرار برره الاتحاد بمكافحة…» (set 73): the object-suffixed form after its noun
    ('قرار برره الاتحاد بمكافحة "التمييز في الرياضة".', "برره", "الاتحاد", "بمكافحة"),
])
def test_condemn_congratulate_and_justify_are_cues(text: str, cue: str, speaker: str,
                                                   content: str | None) -> None:
    got = [s for s in extract_statements(text) if s.cue == cue]
    assert [s.speaker.text for s in got] == [speaker]
    assert content is None or (got[0].content is not None
                               and got[0].content.text.startswith(content))


def test_greeting_here_and_things_that_justify_are_no_cues() -> None:
    # negative: «هنا» (here) is the normalised spelling of the bare past «هنأ», so the bare
    # masculine past is left out; a greeting on an occasion with «بـ» names no content
    for text in ("هذه رسالتي إلى أي شاب هنا في بريطانيا يفكر في الذهاب إليه.",
                 "وهنا يجب أن نتوقف عند القرار.",
                 "هنأت الشخصيتان الملك بمناسبة عيد الفطر المبارك."):
        assert all(not s.cue.startswith(("هن", "وهن")) for s in extract_statements(text)), text
    # negative: the present «يبرر/تبرر» mostly has a thing as subject («ما يبرر الشكوى»),
    # so only the past and its object-suffixed forms are cues
    for text in ("وهذا ما يبرر الشكوى بتهمة الإدلاء بتصريح كاذب.",
                 "إن التصريحات التي أدلى بها المبعوث تبرر مواقف الانقلابيين."):
        assert all("برر" not in s.cue for s in extract_statements(text)), text



# --- pass 65 (rules from blind set 76 and across sets): a coordinated cue whose subject was
# dropped shares the subject of the verb that opens its sentence


@pytest.mark.parametrize(("text", "cue", "speaker"), [
    # set 74: a verb of narration opens the sentence, «ويقول» goes on with its subject, and
    # the object after the subject («شعوره») is no part of it
    ('يصف أبو معاذ شعوره حين سمع بتلك الأنباء، ويقول: "ثورة، ثورة في داخلي".',
     "ويقول", "أبو معاذ"),
    ('يهمس جواد شقيق معاذ الأكبر ويقول "نسمع والدنا دائما يبكي حين يختلي بنفسه داخل غرفته".',
     "ويقول", "جواد شقيق معاذ الأكبر"),
    # set 74: a demand with no «أن» opens the sentence and is no statement of its own
    ("وطلب أبو معاذ من الحكومة الأردنية العمل على جلب المدعو صدام الجمل في أسرع وقت، وأضاف "
     "أنه ينتظر أن تكشف التحقيقات خفايا أسر معاذ.", "وأضاف", "أبو معاذ"),
    # set 13: a feminine verb and a feminine cue, with a time word after the subject
    ("وبثت جبهة النصرة الأحد شريط فيديو يظهر فيه خمسة أشخاص يسيرون في حقل، وأكدت أنهم من "
     "عناصر هذه الفرقة بعد خطفهم.", "وأكدت", "جبهة النصرة"),
])
def test_coordinated_cue_takes_the_opening_subject(text: str, cue: str, speaker: str) -> None:
    got = [s for s in extract_statements(text) if s.cue == cue]
    assert [s.speaker.text for s in got] == [speaker]
    assert got[0].speaker.start is not None and got[0].speaker.end is not None
    assert text[got[0].speaker.start : got[0].speaker.end] == speaker


def test_coordinated_cue_keeps_its_own_subject_or_none() -> None:
    # negative: the cue has a subject of its own after it («ويقول أحدهم», set 2)
    text = 'ثم يسمع إطلاق نار ويعلو هتاف عدد من الجنود، ويقول أحدهم "يا له من فيديو".'
    assert all("إطلاق" not in s.speaker.text for s in extract_statements(text))
    # negative: the verbs disagree in gender, so the opening subject is not the cue's
    text = "وبحث الوزير الخطة مع الوفد في الرياض، وأكدت أن الاتفاق قريب."
    assert all(s.speaker.text != "الوزير" for s in extract_statements(text) if s.cue == "وأكدت")
    # negative: the opening verb has no written subject after it (a time word, a
    # preposition), so there is none to share and the speaker stays empty
    for text in ("وبثت أمس شريطا مصورا يظهر فيه خمسة أشخاص، وأكدت أنهم من عناصر الفرقة.",
                 "وصلت إلى الرياض أمس في زيارة رسمية، وأكدت أن الاتفاق قريب."):
        assert [s.speaker.text for s in extract_statements(text) if s.cue == "وأكدت"] == [""]
    # negative: «وأعتقد» is the first person of «يعتقد», not the past «اعتقد», and
    # «بالحديث» after the opening verb is a phrase, not a subject (2,500-article records;
    # since pass 93 the writer's «I» gives no record at all)
    text = ("وسأبدأ بالحديث أولاً عن مُسلسل (باب الحارة 7) الذي فقد توهجه ولكن هذه المحاولات "
            "لم تنجح وأعتقد أن هذا العمل آن له أن يتوقف.")
    assert [s.speaker.text for s in extract_statements(text) if s.cue == "وأعتقد"] == []
    text = ("كلامك صحيح مائة في المائة، النهضة عرض على مبلغا ماديا أقل من المبلغ الذي كنت "
            "أطلبه، وبعد سؤالي للشخصية التي أعتز بها طلب مني أن أتمسك برأيي في المبلغ الذي "
            "طلبته، وأعتقد أنه حق من حقوقي.")
    assert [s.speaker.text for s in extract_statements(text) if s.cue == "وأعتقد"] == []


# --- pass 66 (rules from sets 77–78 and across sets): a participle or «و» cue after a clause
# whose verb is no cue takes that clause's subject past «(و)كان … (قد)» and past a fronted
# discourse frame


@pytest.mark.parametrize(("text", "cue", "speaker"), [
    # set 69 and the records: a lone name between «كانت» and «قد» is the subject
    ("وكانت بريطانيا قد رفعت درجة التأهب للإرهاب في الداخل إلى ثاني أعلى مستوى في أغسطس آب "
     'الماضي قائلة أن شن هجوم أمر "مرجح بقوة".', "قائلة", "بريطانيا"),
    # records: «كان» + a name + a past verb with no «قد»
    ('وكان أردوغان حمل بعنف على إسرائيل، معتبرا أنها تشن "هجوماً غير إنساني" على الحدود.',
     "معتبرا", "أردوغان"),
    ('وكان ترامب شن العام الماضي ضربات صاروخية ضد قاعدة الشعيرات وحذر من أن النظام السوري '
     'سيدفع "ثمنا باهظاً".', "وحذر", "ترامب"),
    # «كانت» + a definite noun phrase + a feminine past
    ("وكانت وزارة الخزانة فرضت الأسبوع الماضي عقوبات على ستة أفراد، قائلة إنها حولت ملايين "
     "الدولارات.", "قائلة", "وزارة الخزانة"),
    # set 77: a discourse frame closed by a comma opens the sentence before its verb
    ('من جهة ثانية، رفضت المحكمة الاتحادية قرار البرلمان بإلغاء نتائج انتخابات الخارج، معتبرة '
     'أن ذلك "هدر للأصوات ومصادرة لإرادة الناخبين".', "معتبرة", "المحكمة الاتحادية"),
    # set 64: «على صعيد آخر»
    ("على صعيد آخر، تظاهر أهالي العسكريين اللبنانيين المختطفين في شوارع العاصمة بيروت، "
     "مطالبين بخطوات أكثر جدية في سبيل تحرير أبنائهم.", "مطالبين",
     "أهالي العسكريين اللبنانيين المختطفين"),
])
def test_participle_takes_the_subject_past_kana_or_a_frame(text: str, cue: str,
                                                           speaker: str) -> None:
    got = [s for s in extract_statements(text) if s.cue == cue]
    assert [s.speaker.text for s in got] == [speaker]
    assert got[0].speaker.start is not None and got[0].speaker.end is not None
    assert text[got[0].speaker.start : got[0].speaker.end] == speaker


def test_participle_after_kana_keeps_no_wrong_subject() -> None:
    # negative: «كانت» + a predicate adjective, not a past verb: nobody to continue
    text = "وكانت تفاصيل الصفقة غامضة في البداية، قائلة إن الاتفاق قريب."
    assert [s.speaker.text for s in extract_statements(text) if s.cue == "قائلة"] == [""]
    # negative: «وكان من المتوقع…» opens on a preposition, not a subject
    text = "وكان من المتوقع دخول قوات شعبية إلى المدينة، قائلا إن ذلك قريب."
    assert [s.speaker.text for s in extract_statements(text) if s.cue == "قائلا"] == [""]
    # negative: a bare name after a title is the name, not the past verb («اللواء محمد»)
    text = ("وكان رئيس الأركان الإيراني اللواء محمد باقري اعتبر أن بعض أقسام ضواحي دمشق ستبقى "
            "خارج قرار وقف إطلاق النار.")
    assert [s.speaker.text for s in extract_statements(text) if s.cue == "اعتبر"] == [
        "رئيس الأركان الإيراني اللواء محمد باقري"]
    # negative: «حيث» with no comma after a place is where, not the subject's clause (set 38)
    text = ("وكانت المحكمة الجنائية العراقية أصدرت حكما بالسجن المؤبد بحق الجهادية الفرنسية، "
            "خلال محاكمة جرت في بغداد حيث ادعت بأن زوجها خدعها.")
    assert all(s.speaker.text != "المحكمة الجنائية العراقية" for s in extract_statements(text)
               if s.cue == "ادعت")
    # negative: a masculine «كان» with a feminine participle finds no subject
    text = "وكان أردوغان حمل بعنف على إسرائيل، معتبرة أنها تشن هجوما."
    assert all(s.speaker.text != "أردوغان" for s in extract_statements(text) if s.cue == "معتبرة")


# --- pass 67 (rules from set 79 and across sets): continuation speakers after a closing relay
# verb, after «جاء ذلك في <statement noun> …» and after «(و)يذكر أن X … <past verb>»


@pytest.mark.parametrize(("text", "cue", "speaker"), [
    # set 79: a relay verb closing the sentence vouches for the police's words; they go on
    ('وأصدرت الشرطة الإسرائيلية بيانا تطمينيا للسكان وقالت فيه:" تلقينا العديد من المكالمات من '
     'المواطنين القلقلين"، وفق ما قالت وسائل إعلام إسرائيلية.\n\xa0وأضافت:" نود أن توضح أنهم '
     '(الطيارون) يتدربون على العرض الجوي. لا توجد حالة طوارئ".', "وأضافت",
     "الشرطة الإسرائيلية"),
    # records: the subject of the verb that issued the statement noun is its writer
    ("جاء ذلك في البيان الذي أصدره الدكتور عبدالله التركي الأمين العام لرابطة العالم الإسلامي، "
     "وقال إن الهجوم الإرهابي يتنافى مع كل القيم.", "وقال",
     "الدكتور عبدالله التركي الأمين العام لرابطة العالم الإسلامي"),
    # records: «مداخلة لـX», a spoken contribution and its speaker
    ("جاء ذلك خلال مداخلة للوزير السعودي في الجلسة الثانية المفتوحة باجتماع مجلس الجامعة "
     "العربية، معتبرا أن تصريحات الجعفري مرفوضة.", "معتبرا", "الوزير السعودي"),
    # records: «يذكر أن» + a noun phrase, its name and a relative set off, then the past verb
    ("ويذكر أن وزير الخارجية السعودي، عادل الجبير، الذي شارك في الجلسة، التقى الجعفري على هامش "
     "الاجتماعات، مؤكدا أن المملكة ترفض التدخل.", "مؤكدا",
     "وزير الخارجية السعودي، عادل الجبير"),
    # records: «يذكر أن» + a lone name + a feminine past, then a feminine participle
    ("يذكر أن إسرائيل شنت عدة ضربات جوية خلال السنوات الماضية في سوريا، مشيرة إلى أنها تستهدف "
     "مواقع إيرانية.", "مشيرة", "إسرائيل"),
    # records: the noun phrase set off by a comma before its verb, then «وقالت»
    ("ويذكر أن وزارة الدفاع الروسية، عرضت الثلاثاء، على المسلحين ممرا آمنا للخروج، وقالت في "
     "بيانها إنها ستحمي المدنيين.", "وقالت", "وزارة الدفاع الروسية"),
])
def test_continuation_finds_the_speaker_behind_a_frame(text: str, cue: str, speaker: str) -> None:
    got = [s for s in extract_statements(text) if s.cue == cue]
    assert [s.speaker.text for s in got] == [speaker]
    assert got[0].speaker.start is not None and got[0].speaker.end is not None
    # «للوزير» is cut after its «ل»; the label restores the article («الوزير»)
    assert text[got[0].speaker.start : got[0].speaker.end] in (speaker, speaker[1:])


def test_continuation_behind_a_frame_keeps_no_wrong_speaker() -> None:
    def speakers(text: str, cue: str) -> list[str]:
        return [s.speaker.text for s in extract_statements(text) if s.cue == cue]

    # set 79: what came («جاء الإعلان») is the report, never the one who confirmed
    text = ("وجاء الإعلان خلال زيارة لم يعلن عنها مسبقاً لوزير الدفاع الأميركي آشتون كارتر إلى "
            "بغداد حيث التقى برئيس الوزراء العراقي حيدر العبادي وأكد على الحاجة إلى قوات برية.")
    assert "الإعلان" not in speakers(text, "وأكد")
    # negative: narration relayed by the media has no statement to go on, so the media do
    text = ("قتل عشرة أشخاص في الغارة، وفق ما قالت وسائل إعلام محلية.\n"
            "وأضافت أن الجرحى نقلوا إلى المستشفى.")
    assert speakers(text, "وأضافت") == ["وسائل إعلام محلية"]
    # negative: an outlet that published a statement only relays it
    text = ("جاء ذلك في بيان نشرته وكالة الأنباء القطرية، مؤكدة أن الدوحة لم تمنع "
            "أحدا من الحج.")
    assert "وكالة الأنباء القطرية" not in speakers(text, "مؤكدة")
    # negative (records): an issuing verb that disagrees with the cue names others' statement
    text = ("تبرأ كثير من مشايخ محافظة ذمار من البيان الذي أصدرته ميليشيات الحوثي المتمردة في "
            'المحافظة، ونسبته زورا إليهم، ووصفوه بأنه "أكذوبة جديدة".')
    assert "ميليشيات الحوثي المتمردة" not in speakers(text, "ووصفوه")
    # negative (records): «أن للمهندس…» fronts a predicate («has»), no subject
    text = "يشار إلى أن للمهندس حمد المهندي مساهمات في حملات التبرعات، مناشدا الناس التبرع."
    assert all(not sp.startswith("للمهندس") for sp in speakers(text, "مناشدا"))
    # negative: «يذكر أن» + a predicate, no past verb: nobody to continue
    assert speakers("يذكر أن الحرب مستمرة منذ سنوات، مشيرا إلى أن الوضع صعب.", "مشيرا") == [""]
    # negative: the past verb must agree with the participle («شنت» is not «مشيرا»'s)
    text = "يذكر أن إسرائيل شنت عدة ضربات جوية في سوريا، مشيرا إلى أن الوضع صعب."
    assert speakers(text, "مشيرا") == [""]


def _assert_relayed(text: str, cue: str, speaker: str, via: str) -> None:
    """The one statement of ``cue`` has ``speaker`` relayed by ``via``, both cut from ``text``."""
    (st,) = [s for s in extract_statements(text) if s.cue == cue]
    assert st.speaker.text == speaker and st.via is not None and st.via.text == via
    assert st.speaker.start is not None and st.speaker.end is not None
    assert text[st.speaker.start : st.speaker.end] == speaker
    assert text[st.via.start : st.via.end] == via


# --- pass 68 (rules from sets 80–81 and across sets): «ذكر/قال/أورد X عن <anonymous source>
# أن…» relays the source as «نقل X عن Y» does, with the verb before or after X


@pytest.mark.parametrize(("text", "cue", "speaker", "via"), [
    # set 81: the press review's paper relays a Western diplomatic source
    ("ذكرت الصحيفة عن مصدر دبلوماسي غربي أن الرئيس الفرنسي عرض على الرئيس الأمريكي دونالد "
     "ترامب خطة لنشر قوات فرنسية شرق سوريا.", "ذكرت", "مصدر دبلوماسي غربي", "الصحيفة"),
    # set 81: subject first, the writer relays sources with a «في» phrase
    ("كاتبة المقال تقول عن مصادر في المعارضة وفي النظام السوري أنه دخل أكثر من مئة جندي "
     "فرنسي برفقة قوات سوريا الديمقراطية.", "تقول", "مصادر في المعارضة وفي النظام السوري",
     "كاتبة المقال"),
    # records: «أورد» relays a ministry source through SANA
    ('وأوردت وكالة "سانا" الرسمية عن مصدر في وزارة الخارجية السورية أن "الجمهورية العربية '
     'السورية تدين بأشد العبارات المجزرة الوحشية".', "وأوردت",
     "مصدر في وزارة الخارجية السورية", 'وكالة "سانا" الرسمية'),
])
def test_report_verb_relays_an_anonymous_source(text: str, cue: str, speaker: str,
                                                via: str) -> None:
    _assert_relayed(text, cue, speaker, via)


@pytest.mark.parametrize(("text", "cue", "speaker"), [
    # negative: a definite noun after «عن» is what was spoken about, not a source
    ("وقال الوزير عن المسؤولين إنهم لم يقوموا بواجبهم.", "وقال", "الوزير"),
    # negative: «مصادر» in a construct with a definite noun is sources of something
    ("وقالت الوزارة عن مصادر القلق إنها كثيرة.", "وقالت", "الوزارة"),
    # negative: subject first, a named person after «عن» stays the topic
    ("الصحيفة ذكرت عن الوزير أنه سيزور المنطقة الأسبوع المقبل.", "ذكرت", "الصحيفة"),
    # negative: no content marker after the source, a topic («تحدث عن»)
    ("وتحدث الوزير عن مصادر الطاقة في البلاد.", "وتحدث", "الوزير"),
])
def test_report_verb_keeps_its_subject_without_an_anonymous_source(text: str, cue: str,
                                                                   speaker: str) -> None:
    (st,) = [s for s in extract_statements(text) if s.cue == cue]
    assert st.via is None and st.speaker.text == speaker


# --- pass 69 (rules from sets 82–83 and across sets): «<title> <body> <person>» is the
# person's apposition; an assertion or warning reported inside another's content, with its own
# subject and a clause or complement after it, is a statement relayed by the outer speaker

_COUNCIL = ("مجلس النواب", "org:iraqi-council-of-representatives", "org", "alias")
_HAMAS = ("حركة حماس", "org:hamas", "org", "alias")


@pytest.mark.parametrize(("text", "names", "expected"), [
    # records (BB-middleEast-608): the bare «مجلس النواب» links, the Speaker is al-Jabouri
    ("وأكد رئيس مجلس النواب سليم الجبوري أن الحكومة ستعمل على ذلك.",
     (_COUNCIL, ("سليم الجبوري", "per:salim-al-jabouri", "person", "name")),
     [("رئيس مجلس النواب سليم الجبوري", "per:salim-al-jabouri")]),
    # records (FR-internationalNews-2094): a deputy's office over the body, then his name
    ("ونفى نائب رئيس مجلس النواب آرام شيخ محمد أن تكون الجلسة تأجلت.",
     (_COUNCIL, ("آرام شيخ محمد", "per:aram", "person", "ner")),
     [("نائب رئيس مجلس النواب آرام شيخ محمد", "per:aram")]),
    # negative: no name after the office, the body stays the speaker's entity
    ("وقال رئيس مجلس النواب إن الجلسة تأجلت.", (_COUNCIL,),
     [("رئيس مجلس النواب", "org:iraqi-council-of-representatives")]),
    # negative: a body heading the subject itself takes the person as its object
    ("وانتقدت حركة حماس محمود عباس بشدة.",
     (_HAMAS, ("محمود عباس", "per:abbas", "person", "name")),
     [("حركة حماس", "org:hamas")]),
])
def test_office_of_a_body_then_a_name_is_the_persons(
        text: str, names: tuple[tuple[str, str, str, str], ...],
        expected: list[tuple[str, str | None]]) -> None:
    assert _linked(text, *names) == expected


@pytest.mark.parametrize(("text", "cue", "speaker", "via"), [
    # set 66: sources relay what the commander confirmed to the inquiry
    ("وأضافت المصادر أن غيدان أكد أن القوات العراقية كان بإمكانها سحق الدواعش.", "أكد",
     "غيدان", "المصادر"),
    # set 71: the envoy relays local sources
    ("وأضاف دي ميتسورا في بيان صادر عنه اليوم أن مصادر محلية موثوقة أكدت أن عددا كبيرا من "
     "البراميل المتفجرة سقط على المدينة.", "أكدت", "مصادر محلية موثوقة", "دي ميتسورا"),
    # set 66: the agency relays the kingdom's «تشدد على أن»
    ("وذكرت وكالة أنباء البحرين أن مملكة البحرين تشدد على أن هذه التصريحات الباطلة تتعارض "
     "مع الواقع.", "تشدد", "مملكة البحرين", "وكالة أنباء البحرين"),
    # set 82: the one warned and an aside before the warning's «من»
    ("وأضافت المصادر أن وزير الدفاع وأعضاء بفريق الأمن القومي حذروا ترامب، خلال اجتماع "
     "الخميس، من أن توجيه ضربة سيؤدي إلى التصعيد.", "حذروا",
     "وزير الدفاع وأعضاء بفريق الأمن القومي", "المصادر"),
    # records: the one told («لها») before «أن»
    ("وقالت التلميذة ناصرة أحمد إن يسرى أكدت لها أن التنظيم وفر لها بيتا.", "أكدت", "يسرى",
     "التلميذة ناصرة أحمد"),
])
def test_assertion_reported_inside_a_content_is_relayed(text: str, cue: str, speaker: str,
                                                       via: str) -> None:
    _assert_relayed(text, cue, speaker, via)


@pytest.mark.parametrize(("text", "cue"), [
    # negative (set 27): a noun object, an act of the subject, not words
    ("كشفت مصادر أمريكية أن الرئيس دونالد ترامب أكد رغبته في أن تدفع دول الخليج مزيدا من "
     "الأموال.", "أكد"),
    # negative (set 22): a subject described by a relative clause is evidence
    ("وبين الملك سلمان أن العمليات الإرهابية التي تعرضت لها تركيا تؤكد أن تنظيم داعش يشكل "
     "خطرا.", "تؤكد"),
    # negative (set 41): a noun of evidence or stance heads the subject
    ("وأكد الوزير إن موقف الأردن يؤكد على وحدة سوريا واستقلاليتها.", "يؤكد"),
    # negative (records): «كل» before a noun of evidence
    ("وقال المستشار الأمني إن كل المؤشرات تؤكد أن التنظيم وراء الهجمات.", "تؤكد"),
    # negative: a warning with no complement in its clause («حذر السكان») reports nothing
    ("وقال المسؤول إن الجيش حذر السكان، وإن الوضع خطير.", "حذر"),
    # negative (records): a relative cue in the reported statement's complement stays inside
    ("وذكرت وكالة أنباء البحرين أن مملكة البحرين تشدد على أن هذه التصريحات تتعارض مع "
     "الحقيقة، كما تتنافى مع الواقع الذي يؤكد الدور الفاعل للمملكة.", "يؤكد"),
])
def test_assertion_inside_a_content_without_a_speaker_is_none(text: str, cue: str) -> None:
    assert [s for s in extract_statements(text) if s.cue == cue] == []

# --- pass 70 (rules from sets 84–85 and across sets): «ورد/فرد» with a subject and then «بأن»
# or «بالقول» is «وردّ», replied; «شكك… في» (doubted) is a cue with its «في» content; in «وكان
# X، الذي…، قد <cue>» X is the subject and the relative clause only describes it


@pytest.mark.parametrize(("text", "speaker", "opens"), [
    # set 85 (SNN-978b6d2cb868): the Leader's reply, its words after «بالقول:»
    ("ورد خامنئي بالقول: نحن لا نريد الحرب، ولن نبدأها.", "خامنئي", "بالقول"),
    # set 85 (BB-internationalNews-1052): the reply in «بأنه» and a quotation
    ('ورد ماتيس بأنه "سينفذ هذا على الفور"، لكنه أعد خطة أخرى.', "ماتيس", "بأنه"),
    # records (BB-middleEast-553): a subject of two words
    ('ورد جنرال أمريكي بأن قواته "سترد بقوة" على أي هجوم.', "جنرال أمريكي", "بأن"),
])
def test_conjoined_reply_spelt_as_another_word(text: str, speaker: str, opens: str) -> None:
    got = [s for s in extract_statements(text) if s.cue == "ورد"]
    assert [s.speaker.text for s in got] == [speaker]
    assert got[0].content is not None and got[0].content.text.startswith(opens)
    assert text[got[0].cue_start:got[0].cue_end] == "ورد"


@pytest.mark.parametrize("text", [
    # negative: «ورد في» is «was stated in», no subject replies
    "ورد في البيان بأن القوات انسحبت من المدينة.",
    # negative: «ورد اسمه» (his name came up), no «بأن» after a subject
    "ورد اسمه في التقرير الذي نشرته الصحيفة أمس.",
    # negative: punctuation before the «بأن»: the mention ends at the comma
    "ورد الخبر، بأن الوزير استقال، في الصحف.",
    # negative: «فرد» (an individual) before «بأن» in another clause
    "وكان على كل فرد، بأن يحمل سلاحه.",
])
def test_conjoined_homograph_without_a_reply_frame_is_none(text: str) -> None:
    assert [s for s in extract_statements(text) if s.cue in ("ورد", "فرد")] == []


@pytest.mark.parametrize(("text", "speaker", "content"), [
    # set 64: «شككت دمشق في نوايا تركيا»
    ("وشككت دمشق الأربعاء في نوايا تركيا بالتصدي لتنظيم داعش.", "دمشق",
     "في نوايا تركيا بالتصدي لتنظيم داعش"),
    # records (BB-middleEast-433)
    ("وشكك المصدر في تصريح وزارة الدفاع البريطانية.", "المصدر",
     "في تصريح وزارة الدفاع البريطانية"),
])
def test_doubt_with_its_fi_content(text: str, speaker: str, content: str) -> None:
    got = [s for s in extract_statements(text) if s.cue.endswith(("شكك", "شككت"))]
    assert [(s.speaker.text, s.content.text if s.content else None) for s in got] == [
        (speaker, content)]


@pytest.mark.parametrize("text", [
    # negative: the present describes a mood, no statement (past only)
    "وبدأوا يشككون في قدرة قطر على التنظيم.",
    # negative: «شكك» with no «في» content
    "وشكك الوزير كثيرا.",
])
def test_doubt_without_its_content_or_in_the_present_is_none(text: str) -> None:
    assert [s for s in extract_statements(text) if "شكك" in s.cue] == []


@pytest.mark.parametrize(("text", "speaker"), [
    # set 84 (SK-internationalNews-2608): a long relative clause between «كان» and «قد»
    ("وكان أردوغان، الذي أدى اليمين هذا الأسبوع رئيسا في نظام الرئاسة التنفيذية الجديد الذي "
     "يتمتع بصلاحيات واسعة، قد تعهد ألا يمدد حالة الطوارئ عندما ينقضي أجلها.", "أردوغان"),
    # records (CN-middleEast-36): the fronted name and its relative clause before the verb
    ("بوزداغ، الذي كان يتحدث في مؤتمر صحفي بمقر رئاسة الوزراء، قال إن السلطات لم تؤكد بعد "
     "أنباء دخول قوات إلى عفرين.", "بوزداغ"),
])
def test_subject_before_a_relative_clause_set_off_by_commas(text: str, speaker: str) -> None:
    assert [s.speaker.text for s in extract_statements(text)][:1] == [speaker]


def test_thing_before_a_relative_clause_after_kana_is_no_speaker() -> None:
    # negative: a definite noun that is neither a name nor an office is a thing, not a speaker
    got = extract_statements("وكانت الحرب، التي اندلعت عام 2011، قد أكدت أن النظام ضعيف.")
    assert [s.speaker.text for s in got] == [""]


# --- pass 71 (rules from sets 86–90 and across sets): an adverbial right after a verb cue («مرة
# أخرى», «بكل وضوح», «أولا», «للصحيفة») is no subject; the subject of a one-sentence narration
# paragraph is the speaker of a subjectless cue opening the next paragraph


@pytest.mark.parametrize(("text", "cue", "speaker", "opens"), [
    # set 68 (AL-internationalNews-772): how often, then the object the spokesman stressed
    ("وقال المتحدث الرسمي باسم قوات التحالف إن الميليشيا تهدد الملاحة.\nوأكد مرة أخرى أهمية "
     "وضع ميناء الحديدة تحت الرقابة الدولية.", "وأكد", "المتحدث الرسمي باسم قوات التحالف",
     "أهمية"),
    # set 72 (AL-internationalNews-469): a manner phrase, then «أن»
    ('وقال افراموبولوس في النيجر إن "من مصلحة هذه الدول إعادة توطين رعاياها".\nوأضاف بكل '
     'وضوح أن "الاتحاد يمتلك أدوات الضغط" الكافية.', "وأضاف", "افراموبولوس", "أن"),
    # set 82 (SK-internationalNews-3129): «أولا», then the topic
    ('وكان فلافيو بولسونارو نجل المرشح، صرح على "تويتر" أنّ والده تعرّض للطعن، وتحدث أولا عن '
     '"جروح سطحية".', "وتحدث", "فلافيو بولسونارو نجل المرشح", "عن"),
    # records (BB-middleEast-23): «لـ» with the article is whom it was said to
    ('فكأن التنظيم يقول للنساء "لن يكون دوركن مقتصرا على الزواج".', "يقول", "التنظيم", "لن"),
])
def test_adverbial_after_the_verb_is_no_subject(text: str, cue: str, speaker: str,
                                                opens: str) -> None:
    got = [s for s in extract_statements(text) if s.cue == cue]
    assert [s.speaker.text for s in got] == [speaker]
    assert got[0].content is not None and got[0].content.text.startswith(opens)


@pytest.mark.parametrize(("text", "speaker"), [
    # negative: a title after the «لل…» phrase is the subject
    ("وقال المسؤول إن الاتفاق قائم. وقال للصحيفة الوزير إن الاتفاق قائم.", "الوزير"),
    # negative: a verbal noun keeps its genitive «لـ» speaker
    ("جاء ذلك في تصريح للرئيس التركي أكد فيه أن بلاده لن تتراجع.", "الرئيس التركي"),
])
def test_subject_after_or_genitive_li_is_kept(text: str, speaker: str) -> None:
    assert extract_statements(text)[-1].speaker.text == speaker


@pytest.mark.parametrize("text", [
    # negative (set 7, SNN-7914a1be3e07): a suffixed object, then no content after «للملأ»
    "واستشهد الزايدي بمقولة الأمير نايف الذي أعلنها للملأ بصراحة وشفافية وقال إن الوطن للجميع.",
    # negative (records): a participle's own «لـ» object is no addressee
    "لطالما كانت تركيا منتقدة للنظام السوري منذ اندلاع الحرب السورية.",
])
def test_li_phrase_without_content_after_it_opens_nothing(text: str) -> None:
    assert [s.cue for s in extract_statements(text)
            if s.cue in ("أعلنها", "منتقدة")] == []


def test_narration_paragraph_subject_speaks_in_the_next() -> None:
    # set 71 (AL-internationalNews-517): a one-sentence paragraph, then «وقال» with no subject
    text = ("ووجه وزير الثقافة اليمني السابق، خالد الرويشان، نداء استغاثة عاجلا إلى منظمة "
            "اليونسكو لإنقاذ مدينة صنعاء.\nوقال في منشور على صفحته إن المدينة تتعرض للتشويه.")
    assert [s.speaker.text for s in extract_statements(text)] == [
        "وزير الثقافة اليمني السابق، خالد الرويشان"]


@pytest.mark.parametrize("text", [
    # negative (records, BB-middleEast-954): a related-link heading with no full stop
    "وزير الدفاع الأمريكي: لا دليل على هجوم كيماوي في إدلب\nوقال إن هجوما على إدلب قد يؤدي "
    "إلى نزوح كبير.",
    # negative (records, SNN-865a8c3961d3): a subject that names no speaker (two clubs)
    "وتأهل الهلال والنصر إلى المباراة النهائية بعد فوزين كبيرين.\nوتابع أن العائق الوحيد هو "
    "عدم اكتمال جاهزية اللاعبين.",
])
def test_heading_or_thing_in_the_paragraph_before_is_no_speaker(text: str) -> None:
    assert [s.speaker.text for s in extract_statements(text)] == [""]


# --- pass 72 (rules from sets 91–94 and across sets): a speaker written before its cue or in an
# earlier sentence is no subject of a cue of the other gender where its gender is plain (an
# office, a person or source noun, a body in «ة» against a later verb); an empty speaker beats
# a disagreeing one.
@pytest.mark.parametrize(("text", "cue", "speaker"), [
    # set 88 (BB-middleEast-706): «وأضافت» is the agency's, never the masculine source it relayed
    ('وذكرت وكالة الأنباء الرسمية تونس أفريقيا نقلا عن مصدر أمني قوله : "ألقى المهاجمون '
     'قنبلة على السيارة الأولى".\nوأضافت أن "الكمين نصبته مجموعة إرهابية قرب الطريق".',
     "وأضافت", ""),
    # set 57 (SNN-90a1434cfc7d): the girl «قالت» inside her father's words; his «وأضاف» goes on
    ('وصرح والد الفتاة لصحيفة بوراس تيدنغ "الوضع خطير للغاية. لقد قالت أن التنظيم سيقرر ما '
     'إذا كان زواجها شرعيا أم لا". \nوأضاف "إذا صادق التنظيم على الزواج فسيتم نقل الزوجين".',
     "قالت", ""),
    ('وصرح والد الفتاة لصحيفة بوراس تيدنغ "الوضع خطير للغاية. لقد قالت أن التنظيم سيقرر ما '
     'إذا كان زواجها شرعيا أم لا". \nوأضاف "إذا صادق التنظيم على الزواج فسيتم نقل الزوجين".',
     "وأضاف", "والد الفتاة"),
    # records (SNN-d4221f6e7c77): «وأكدت» inside his content is the storm's, not the CEO's
    ('وأكد الرئيس التنفيذي لـ"هتلان ميديا" الدكتور سليمان الهتلان في الكتاب أن "عاصفة الحزم" '
     "أعادت لغالبية العرب الثقة في أنفسهم، وأكدت أن العرب قادرون على الأخذ بزمام المبادرة.",
     "وأكدت", ""),
    # negative (set 52, SNN-74a35c0c30ec): a masculine office held by a woman named after it
    ("وأوضحت رئيس قسم التوعية الصحية بإدارة الصحة العامة والمشرفة على البرنامج بصحة جدة "
     "الدكتورة منيرة بلحمر أن الإصابات تراجعت.\n\n وأضافت أن مؤشر إصابات الضنك مطمئن.",
     "وأضافت", "رئيس قسم التوعية الصحية بإدارة الصحة العامة والمشرفة على البرنامج بصحة جدة "
     "الدكتورة منيرة بلحمر"),
    # negative (records, SNN-e8aa1d5dcb49): «والده» (his father) is no «والدة» (mother)
    ("عمل توميسلاف سالوبيك لحساب الشركة الفرنسية في مصر، لكنه سافر كثيرا من قبل إلى العالم "
     "العربي، كما قال والده. وأضاف «كان هذا آخر يوم عمل له في الشركة الفرنسية».",
     "وأضاف", "والده"),
    # negative (records, SNN-18343db02e79): after «التي» the verb agrees with the relative
    ("وبالعودة إلى المدير التنفيذي لمؤسسة دبي للمهرجانات والتجزئة التي قالت: «عملنا على "
     "إيجاد مسابقة خطيب الأمة».", "قالت", "المدير التنفيذي لمؤسسة دبي للمهرجانات والتجزئة"),
    # negative (records, BB-middleEast-544): the verb agrees with the tweet, its author speaks
    ('وكتب سفير واشنطن في جنيف، روبرت وود، تغريدة تقول "سيكون الاثنين 28 مايو أسود يوم في '
     'تاريخ المؤتمر".', "تقول", "سفير واشنطن في جنيف، روبرت وود"),
    # negative (set 20, SK-middleEast-2778): «وأضاف» agrees with the government's statement
    ('وجاء في بيان للحكومة الإسرائيلية: "أعاد الموساد إلى إسرائيل ساعة إيلي كوهين".\nوأضاف '
     '"تمت إعادة الساعة في عملية خاصة نفذها الموساد مؤخرا".', "وأضاف", "الحكومة الإسرائيلية"),
    # negative (set 61): a body's participle is often left masculine
    ("وأعلنت وزارة الصحة أن عدد الإصابات ارتفع، لافتا إلى أن الوضع تحت السيطرة.", "لافتا",
     "وزارة الصحة"),
])
def test_speaker_of_the_other_gender_is_not_taken(text: str, cue: str, speaker: str) -> None:
    assert [s.speaker.text for s in extract_statements(text) if s.cue == cue] == [speaker]


@pytest.mark.parametrize(("word", "gender"), [
    ("وتتهم", "f"), ("تقول", "f"), ("ووصفتها", "f"), ("واتهمه", "m"), ("يقول", "m"),
    ("تحدث", "m"), ("تعهد", "m"), ("وأضافت", "f"),
])
def test_sure_agreement_of_verb_forms(word: str, gender: str) -> None:
    from marsad.extractors.statements import _sure_agreement
    assert _sure_agreement(normalize(word)) == gender


# --- pass 73 (rules from sets 95–98 and across sets): «أرجع X إلى…» (attributed X to) is a cue
# like «عزا», in the past and with its «إلى» complement; «قدر X عدد/قيمة… بـ…» (estimated) takes
# the measured noun as its object and the «بـ» amount as its complement; right after the verb
# that noun or «بـ» is a passive figure, «قدر» with neither a marker nor a measured noun in its
# clause values something, and the bare «قدر/قدرا» between an elative and «ممكن/من» is the noun.
@pytest.mark.parametrize(("text", "cue", "speaker", "content"), [
    # set 52 (SNN-74a35c0c30ec)
    ("وأرجعت الشؤون الصحية في جدة ذلك إلى ركود حركة البعوض الناقل نتيجة ارتفاع الحرارة "
     "بالمحافظة.", "وأرجعت", "الشؤون الصحية", "إلى ركود حركة البعوض الناقل نتيجة ارتفاع الحرارة "
     "بالمحافظة"),
    # set 43 (SNN-9b6ef078402e): the object set off by commas
    (" أرجع الائتلاف السوري المعارض ، عدم الانتهاء من تشكيل مجلس عسكري جديد ، إلى أن المشاورات "
     "لا تزال مستمرة بهذا الصدد.", "أرجع", "الائتلاف السوري المعارض",
     "إلى أن المشاورات لا تزال مستمرة بهذا الصدد"),
    # set 98 (FR-internationalNews-2731)
    ("وحذر من أن عدد القتلى مرشح للارتفاع. وقدر مسؤولون آخرون عدد القتلى بحوالى 48 وعدد الجرحى "
     "بالعشرات.", "وقدر", "مسؤولون آخرون", "عدد القتلى بحوالى 48 وعدد الجرحى بالعشرات"),
    # records (BB-middleEast-965)
    ("وقدرت الأمم المتحدة عدد مقاتلي جبهة النصرة الموجودين في إدلب بحوالي عشرة آلاف مقاتل.",
     "وقدرت", "الأمم المتحدة", "عدد مقاتلي جبهة النصرة الموجودين في إدلب بحوالي عشرة آلاف مقاتل"),
    # set 36 (BB-middleEast-690): a fronted subject and a time before the object
    ("وكان مسؤولو الأمم المتحدة قد قدروا قبل ستة أيام فقط عدد النازحين بنحو 50 ألف شخص.",
     "قدروا", "مسؤولو الأمم المتحدة", "قبل ستة أيام فقط عدد النازحين بنحو 50 ألف شخص"),
])
def test_attribution_and_estimate_frames(text: str, cue: str, speaker: str, content: str) -> None:
    got = [(s.speaker.text, s.content.text if s.content else None)
           for s in extract_statements(text) if s.cue == cue]
    assert got == [(speaker, content)]


@pytest.mark.parametrize("text", [
    # negatives: the present dates a thing back; a giving back with no «إلى»
    "ويوجد بها في الناحية الشمالية بئران يرجع تاريخهما إلى العصر المملوكي.",
    "وهكذا أرجعوا علينا بطاقاتنا المدنية وأفرجوا عنا.",
    # negatives: passive figures (BB-middleEast-115, SNN-25e0efd4cce2, BB-middleEast-743)
    "وشاركت الحركة في غرف العمليات. ويقدر عدد مقاتليها بقرابة 7 آلاف مقاتل.",
    "وبدأت إعادة النازحين الذين يقدر عددهم بنحو مليون شخص إلى منازلهم.",
    "وأبدى استعداده لدعم العراق في تحمل نفقات إعادة الإعمار التي تقدر بثمانين مليار دولار.",
])
def test_no_attribution_or_estimate(text: str) -> None:
    assert extract_statements(text) == []


@pytest.mark.parametrize(("text", "cue"), [
    # negatives: «قدر» values (AL-internationalNews-1076, SNN-72cc4ca00f46): the marker after the
    # comma is the next clause's
    ("وقال نتنياهو: إسرائيل تقدر قرار ترمب بشكل كبير.", "تقدر"),
    ("أوضح مدرب الهلال أنه يقدر الظرف الذي يمر به اللاعب , مؤكداً أن لديه خيارات كثيرة.",
     "يقدر"),
    # negatives: the noun amount (BB-middleEast-501, SNN-fdfb1f015006, SNN-e378fb3bda5a)
    ("وجاءت الخطوة للاستفادة من أكبر قدر ممكن من الأصوات بعد أن ساد التذمر الشارع الكردي.",
     "قدر"),
    ("وفي حين أن الصين قد حققت قدرا من التقدم الاقتصادي، فإن سياساته قد تركت البلاد في عزلة.",
     "قدرا"),
    ("وعلى المحلل أن يتخلص قدر الإمكان من العاطفة وأن يتخلص من المؤثرات الخارجية.", "قدر"),
])
def test_valuing_is_no_estimate(text: str, cue: str) -> None:
    assert [s for s in extract_statements(text) if s.cue == cue] == []


# --- pass 74 (rules from sets 99–102 and across sets): a court and the papers of a case
# («بحسب المحكمة», «وفقا للدعوى», «وفقا لأوراق المحكمة», «طبقا للأوراق») close a narrated clause
# as its source, and a speech clause as its ``via``; an indefinite source noun takes a short
# quoted outlet as its genitive before a preposition («وفق ما ذكر مراسل "سكاي نيوز عربية" في
# القطاع», «وأفادت مصادر "الرياض" في تعز»).
@pytest.mark.parametrize(("text", "cue", "speaker", "content"), [
    # set 99 (BB-internationalNews-355)
    ("وصدّرت الشركات 96 طنا من مادة الأيزوبروبانول إلى سوريا بين عامي 2014 و 2016، بحسب "
     "المحكمة.", "بحسب", "المحكمة",
     "وصدّرت الشركات 96 طنا من مادة الأيزوبروبانول إلى سوريا بين عامي 2014 و 2016"),
    # set 102 (AL-internationalNews-258)
    ("وتمكن من الوصول إلى تونس لكن السلطات اعتقلته قبل أن ينفذ أولى خططه، وفقا للدعوى.",
     "وفقا للدعوى", "الدعوى",
     "وتمكن من الوصول إلى تونس لكن السلطات اعتقلته قبل أن ينفذ أولى خططه"),
    ("وبالاضافة إلى ذلك، فإنه شاهد خطب رجل الدين الأميركي المولد #أنور_العولقي، زعيم القاعدة في "
     "اليمن، طبقا للأوراق.", "طبقا للأوراق", "الأوراق",
     "وبالاضافة إلى ذلك، فإنه شاهد خطب رجل الدين الأميركي المولد #أنور_العولقي، زعيم القاعدة في "
     "اليمن"),
    # set 99 (SK-middleEast-308), and set 98's «مراسل "سكاي نيوز عربية" في أربيل»
    ("قصف الجيش الإسرائيلي بالمدفعية مواقع في قطاع غزة، وفق ما ذكر مراسل \"سكاي نيوز عربية\" في "
     "القطاع، الخميس.", "وفق ما ذكر", "مراسل \"سكاي نيوز عربية\" في القطاع",
     "قصف الجيش الإسرائيلي بالمدفعية مواقع في قطاع غزة"),
    # records (SNN-716b0352b4a9)
    ("وأفادت مصادر \"الرياض\" في تعز بمقتل مدني وإصابة 4 آخرين في قصف على أحياء سكنية.",
     "وأفادت", "مصادر \"الرياض\" في تعز",
     "بمقتل مدني وإصابة 4 آخرين في قصف على أحياء سكنية"),
])
def test_court_papers_and_quoted_outlets_as_sources(text: str, cue: str, speaker: str,
                                                   content: str) -> None:
    got = [(s.speaker.text, s.content.text if s.content else None)
           for s in extract_statements(text) if s.cue == cue]
    assert got == [(speaker, content)]


def test_court_papers_relay_a_speech_clause() -> None:
    # set 102 (AL-internationalNews-258): on a speech clause the papers are the ``via``
    text = ("وقبل بضعة أيام على مغادرته عام 2016، كتب #برنارد_أوغستين إلى قريب له \"إن كنت محظوظا "
            "فسوف أقوم بحرق جواز سفري\" طبقا للدعوى الجنائية.")
    got = extract_statements(text)
    assert [(s.cue, s.speaker.text) for s in got] == [("كتب", "#برنارد_أوغستين")]
    via = got[0].via
    assert via is not None and text[via.start:via.end] == via.text
    assert via.text.endswith("دعوى الجنائية")
    said = extract_statements("وقال المتهم للمحققين إنه لم يكن يعلم بالعقوبات، بحسب المحكمة.")
    assert [(s.cue, s.via.text if s.via else None) for s in said] == [("وقال", "المحكمة")]


@pytest.mark.parametrize("text", [
    # negatives: a law, a constitution or an agreement that an act follows is no source
    "وتجري الانتخابات وفقا للقانون، بحسب الدستور.",
    "ويحق للمواطنين التصويت وفقا للدستور.",
    "وتم تقسيم المناطق وفقا للاتفاق الموقع بين الطرفين.",
])
def test_norms_are_no_sources(text: str) -> None:
    assert extract_statements(text) == []


@pytest.mark.parametrize(("text", "cue", "speaker"), [
    # negatives: a quotation after a definite source noun, or one not followed by a preposition
    # or a time word, is not its genitive
    ("وقالت الوكالة \"إن الهجوم وقع\" في الصباح.", "وقالت", None),
    ("وقال مسؤول \"لن نسمح بذلك أبدا\" وغادر القاعة.", "وقال", "مسؤول"),
])
def test_quoted_words_are_no_genitive(text: str, cue: str, speaker: str | None) -> None:
    got = [s.speaker.text for s in extract_statements(text) if s.cue == cue]
    assert got == ([] if speaker is None else [speaker])


# --- review of passes 71–72: a manner phrase never takes the subject's head («وزير» is no «و» +
# noun), and the honorific «دولة الرئيس» is no feminine body
@pytest.mark.parametrize("text, speaker", [
    ("وأكد بكل وضوح وزير الخارجية أن المفاوضات مستمرة.", "وزير الخارجية"),
    ("التقى دولة الرئيس سعد الحريري بالوفد الفرنسي. وقال إن الحكومة ستعمل على الإصلاح.",
     "دولة الرئيس سعد الحريري"),
])
def test_manner_phrase_and_honorific_keep_the_speaker(text: str, speaker: str) -> None:
    assert [s.speaker.text for s in extract_statements(text)] == [speaker]


# --- pass 75 (rules from sets 103–104 and across sets): a verb whose subject is followed at once
# by «قائلا» introduces one quotation with it: one statement whose cue spans both
@pytest.mark.parametrize(("text", "cue", "speaker"), [
    ("وأضاف لافروف قائلاً إن الخبراء العسكريين توجهوا إلى المكان.", "وأضاف لافروف قائلا",
     "لافروف"),
    ("وتابع اديسنيك قائلا إنه وفي حال انسحبت القوات الأمريكية فإن الفراغ سيملأ.",
     "وتابع اديسنيك قائلا", "اديسنيك"),
    ("وتابعت الوكالة قائلة إن \"العائدين يشكلون تهديدا خطيرا\".", "وتابعت الوكالة قائلة",
     "الوكالة"),
])
def test_verb_and_participle_make_one_statement(text: str, cue: str, speaker: str) -> None:
    got = extract_statements(text)
    assert [(s.cue, s.speaker.text) for s in got] == [(cue, speaker)]
    s = got[0]
    assert s.cue_start is not None and s.cue_end is not None and s.content is not None
    assert text[s.cue_start:s.cue_end] == s.cue
    assert text[s.content.start:s.content.end] == s.content.text
    assert s.content.text.startswith("إن")


@pytest.mark.parametrize("text", [
    # negatives: the verb has words of its own before «قائلا» (an object, a complement, or the
    # object read into the subject past a bare indefinite word): two statements
    "وأكد بلاتر استضافة روسيا للبطولة قائلا إن اللجنة التنفيذية لديها الحق.",
    "ونفت إيران أن تكون قد ردت بأي صواريخ، قائلة إن قوات النظام هي التي أطلقتها.",
    "وأشادت موغيريني بالسعودية، قائلة إن الاتحاد الأوروبي يعول على الرياض.",
    # a verb that takes an object (its object read into the subject), and an asserting
    # participle (BB-middleEast-981, FR-middleEast-190)
    "انتقدت وزارة الخارجية القصف الإيراني قائلة إن الوزارة ترفض استخدام أراضيها.",
    "وهو ما نفته دمشق مؤكدة أن المنشأة المستهدفة ليست سوى قاعدة مهجورة.",
])
def test_verb_with_own_words_keeps_its_participle(text: str) -> None:
    got = extract_statements(text)
    assert len(got) == 2
    assert got[1].cue in ("قائلا", "قائلة", "مؤكدة")


# --- pass 76 (rules from sets 105–106 and across sets): «متسائلا، مستطردا، مستكملا» right after a
# comma that closes the verb's own words are a second statement of the same speaker; anywhere
# else they stand between their verb and its words and are no cue
@pytest.mark.parametrize(("text", "cue", "content"), [
    ("وقال مسؤول إعلام القنصلية في تصريح، إن \"القنصلية احترقت بالكامل\"، متسائلا: "
     "\"ما دخل القنصلية في أحداث العراق؟\".", "متسائلا", "ما دخل القنصلية في أحداث العراق؟"),
    ("وقال المسؤول إن القنصلية احترقت. وأضاف: \"إننا لا نتهم جهة معينة بإحراق مقرنا\"، "
     "مستكملا: \"إننا عملنا على تقديم الخدمات للمواطنين\".", "مستكملا",
     "إننا عملنا على تقديم الخدمات للمواطنين"),
    ("وقالت الناشطة إنها تلقت رسالة تهديد، متسائلة \"هل ذنبنا أننا مشهورون\".", "متسائلة",
     "هل ذنبنا أننا مشهورون"),
])
def test_comma_participle_is_a_second_statement(text: str, cue: str, content: str) -> None:
    got = extract_statements(text)
    assert len(got) >= 2 and got[-1].cue == cue
    first, second = got[-2:]
    assert second.speaker.text == first.speaker.text != ""
    assert second.content is not None and second.content.text == content
    assert text[second.content.start:second.content.end] == content
    assert first.content is not None and cue not in first.content.text


@pytest.mark.parametrize(("text", "cue"), [
    # negatives: the participle between the verb (and its subject and setting) and the words
    # (CN-middleEast-26, SK-middleEast-1551) is no cue; the verb keeps its content
    ("وأوضح أوغلو ردا على استفسار صحفي متسائلا: \"لماذا ستقوم قوى النظام بالدخول إلى عفرين؟\"",
     "وأوضح"),
    ("وقال الوزير متسائلا: \"من يضمن التزامهم؟\"", "وقال"),
])
def test_participle_before_the_verbs_words_is_no_cue(text: str, cue: str) -> None:
    got = extract_statements(text)
    assert [s.cue for s in got] == [cue]
    assert got[0].content is not None and got[0].content.text.startswith(("لماذا", "من يضمن"))


def test_comma_participle_forms_are_no_ordinary_cues() -> None:
    # outside the comma position the three participles never open a statement of their own
    assert extract_statements("وبقي متسائلا عن مصيره طوال الليل.") == []


def test_comma_participle_statement_is_continued_across_sentences() -> None:
    # FR-middleEast-14: the participle's statement is a verbal statement like «مشيرا»'s, so a
    # pronoun-dropped cue in the next sentence still continues its speaker
    text = ("وكان أردوغان اتهم واشنطن بإرسال الأسلحة إلى الوحدات الكردية، متسائلا عن أسباب بقاء "
            "الولايات المتحدة هناك. كذلك حذر من أن الولايات المتحدة قد تتعرض لخطر صفعة عثمانية.")
    got = extract_statements(text)
    assert [(s.cue, s.speaker.text) for s in got] == [
        ("اتهم", "أردوغان"), ("متسائلا", "أردوغان"), ("حذر", "أردوغان")]
    assert got[0].content is not None and "متسائلا" not in got[0].content.text


# --- pass 77 (rules from sets 107–108 and across sets): the subject after «لكن» and the outlet
# spoken to. A noun naming people with the suffix «ها» is no adverb in tanween, a name that has
# already spoken is no «كـ+الـ» phrase, and «لـ» + an outlet followed by a short phrase of how it
# was said («عبر الهاتف،», «في اتصال هاتفي») is still the outlet spoken to
@pytest.mark.parametrize(("text", "speaker"), [
    # SK-middleEast-77 (set 108): the fronted possessed subject after a mid-sentence «لكن»
    ("وأكد المرصد السوري لحقوق الإنسان، الذي يتابع الحرب ومقره بريطانيا، مقتل طفل نتيجة "
     "الاختناق في الغوطة الشرقية لكن مديره قال لرويترز عبر الهاتف، إنه لا يستطيع تأكيد "
     "استخدام الغاز السام.", "مديره"),
    # BB-middleEast-295 (set 108): the name already named as a speaker in the article
    ("وقال إبراهيم كالين، المتحدث باسم أردوغان، إن المسؤولين يدرسون تلك التقارير.\n"
     "لكن كالين قال للصحفيين في أنقرة إن مسؤولين فرنسيين أبلغوا نظراءهم الأتراك أن إرسال "
     "جنود إلى منبج \"ليس مطروحا\".", "كالين"),
    ("لكن زوجها قال إن الشرطة لم تبلغه بشيء.", "زوجها"),
    ("لكن قائدها قال إن الوحدة لن تنسحب.", "قائدها"),
])
def test_subject_after_lakin(text: str, speaker: str) -> None:
    said = [s for s in extract_statements(text) if s.cue == "قال"]
    assert len(said) == 1 and said[0].speaker.text == speaker
    sp = said[0].speaker
    assert sp.start is not None and text[sp.start:sp.end] == speaker


@pytest.mark.parametrize("text", [
    # negatives: a nisba adverb in tanween after «لكن» is no subject, nor a «كـ+الـ» phrase
    # whose word never named a speaker
    "لكن ميدانيا يرجح أن الهجوم نجح.",
    "لكن كالعادة قال إن الهجوم نجح.",
])
def test_lakin_adverb_is_no_subject(text: str) -> None:
    assert all(s.speaker.text == "" for s in extract_statements(text))


@pytest.mark.parametrize(("text", "outlet"), [
    ("وقال لرويترز في مقابلة إن الحكومة ستستقيل.", "رويترز"),
    ("قالت لفرانس برس في اتصال هاتفي إن الحكومة ستستقيل.", "فرانس برس"),
])
def test_outlet_before_a_setting_is_spoken_to(text: str, outlet: str) -> None:
    got = extract_statements(text)
    assert len(got) == 1 and outlet not in got[0].speaker.text


def test_outlet_before_a_placed_speaker_is_not_skipped_as_a_setting() -> None:
    # negative: «في بيروت» is followed by the speaker, not by the content, so the setting rule
    # does not reach the marker and the outlet stays as it was
    text = "وقالت لرويترز في بيروت مصادر أمنية إن الهجوم نجح."
    got = extract_statements(text)
    assert len(got) == 1 and got[0].content is not None
    assert got[0].content.text.startswith("إن الهجوم")


# --- pass 78 (rules from sets 109–110 and across sets): a relative label inside another's words,
# the speaker after an outlet spoken to and a time word, and a source aside set off by commas.
# «ما/من» (with «بـ، عن، من، لـ» fused or not) + a verb carrying its object + «بـ» or a quoted
# «بـ» label, with no subject written, is the governing speaker's own label: a statement of his
# whose content is the label, his words around it left whole
@pytest.mark.parametrize(("text", "cue", "speaker", "label"), [
    # SK-middleEast-419 (set 108): «ممن» + the label, inside a «قال» content
    ("وقال بوزداغ إن القوات التركية ستطهر عفرين ممن وصفهم بالإرهابيين، وتسلمها لأصحابها.",
     "وصفهم", "بوزداغ", "بالإرهابيين"),
    # BB-middleEast-295 (set 108): a «من» complement content is not cut at the relative
    ("حذرت تركيا من تكرار ما وصفته بـ\"الخطأ ذاته\" الذي ارتكبته الولايات المتحدة.",
     "وصفته", "تركيا", "بـ\"الخطأ ذاته\""),
    # CN-middleEast-184 (set 110): «ضد من وصفهم بـ"…"»
    ("وقال الأسد إن العملية التي ينفذها الجيش ضد من وصفهم بـ\"الإرهابيين\" في الغوطة ستستمر.",
     "وصفهم", "الأسد", "بـ\"الإرهابيين\""),
])
def test_relative_label_inside_words(text: str, cue: str, speaker: str, label: str) -> None:
    got = extract_statements(text)
    rel = [s for s in got if s.cue == cue]
    assert len(rel) == 1 and rel[0].speaker.text == speaker
    content = rel[0].content
    assert content is not None and content.text == label
    assert text[content.start:content.end] == label
    outer = [s for s in got if s.cue != cue]
    assert outer and outer[0].content is not None and label in outer[0].content.text


@pytest.mark.parametrize("text", [
    # negatives: a verbal noun after the preposition «من» is no relative cue; a verb after «من»
    # with no label of its own («قتلوا») is no statement; a governing verb with no speaker gives
    # the label none either
    "وقال الوزير إن الجيش سيرد على من قتلوا الجنود.",
    "وأكد مشيرا إلى أن ما وصفها بـ\"الدولة العميقة\" سيطرت على الكثير من المناصب.",
    # SNN-2467c61d0eab: inside a source's report the label is whoever acts in it, not the source
    "ووفق صحيفة “ديلي ميل”، فإن مجموعة من مسلحي “داعش” قاموا بربط أحزمة ناسفة حول الدجاج، "
    "وإدخالها وسط معسكرات من يصفونهم بـ”الأعداء”، ومن ثم تفجيرها.",
])
def test_no_relative_label(text: str) -> None:
    got = extract_statements(text)
    assert len(got) == 1 and not got[0].cue.startswith("وصف")


def test_verbal_noun_after_min_is_no_relative() -> None:
    # SNN-4a83da57420f (set 14), negative: «من» before the verbal noun «قول» is the preposition,
    # so the nominal cue keeps its own subject
    text = ("وقال مسؤول تركي إن مقاتلات تركية شنت ضربات وذلك بعد ساعات من قول الرئيس رجب طيب "
            "إردوغان إن عملية السلام أصبحت مستحيلة.")
    got = [s for s in extract_statements(text) if s.cue.startswith("قول")]
    assert len(got) == 1 and got[0].speaker.text.startswith("الرئيس")


def test_speaker_after_outlet_and_time_word() -> None:
    # SNN-b059d5ca0ddb (set 109): «قال لـ"الاقتصادية" أمس، اللواء …، إن…»; the participles and
    # the next «وأضاف» inherit him
    text = ("قال لـ\"الاقتصادية\" أمس، اللواء عبدالله السعدون عضو مجلس الشورى في السعودية، إن "
            "العمل الإجرامي الجبان دليل عجز، مشيرا إلى أن من يستهدف المساجد ليس دليل شجاعة.\n"
            "وأضاف: \"نحن كمواطنين علينا دور كبير\".")
    got = extract_statements(text)
    assert [s.cue for s in got] == ["قال", "مشيرا", "وأضاف"]
    assert all(s.speaker.text.startswith("اللواء عبدالله السعدون") for s in got)
    sp = got[0].speaker
    assert sp.start is not None and text[sp.start:sp.end] == sp.text


@pytest.mark.parametrize("text", [
    # negatives: after the time word and its comma comes the content, a pronoun clause or a
    # setting, never a speaker
    "وقال لـ\"الرياض\" أمس إن العمل دليل عجز.",
    "وقال لـ\"الرياض\" أمس، وهو يغادر القاعة، إن العمل دليل عجز.",
    "وأضاف لـ\"الرياض\" أمس، أن الدولة ستدعم المشروع.",
])
def test_no_speaker_after_outlet_and_time_word(text: str) -> None:
    assert all(s.speaker.text == "" for s in extract_statements(text))


@pytest.mark.parametrize("text", [
    # CN-middleEast-769 (set 109): the source aside set off by commas, with a gloss
    "وقال الأسد، وفقا لما نقلته وكالة الأنباء السورية (سانا)، إن الدول المعادية انتقلت إلى "
    "مرحلة العدوان. وأضاف أن التصعيد لن يفيد.",
    "وقال الأسد، وفقا لما نقلته وكالة الأنباء السورية، إن الدول المعادية انتقلت إلى مرحلة "
    "العدوان. وأضاف أن التصعيد لن يفيد.",
])
def test_source_aside_set_off_by_commas(text: str) -> None:
    got = extract_statements(text)
    assert [(s.cue, s.speaker.text) for s in got] == [("وقال", "الأسد"), ("وأضاف", "الأسد")]
    content = got[0].content
    assert content is not None and content.text.startswith("إن الدول")


def test_source_aside_with_a_quoted_outlet() -> None:
    # SNN-45e925d7f389: the outlet in quotation marks inside the aside
    text = "وأوضح العقيد بن دليم، وفقاً لما نقلت عنه “عكاظ”، أن العوائل يستثنون من هذا القرار."
    got = extract_statements(text)
    assert len(got) == 1 and got[0].speaker.text == "العقيد بن دليم"
    assert got[0].content is not None and got[0].content.text.startswith("أن العوائل")


def test_source_aside_holding_words_said_is_no_aside() -> None:
    # BB-middleEast-814, negative: the quotation after the source is the threat itself, so the
    # comma and «إن» inside it (if) open no content
    text = ("وهدد مسلحو تنظيم الدولة، بحسب ما يقوله المرصد \"بإعدام مختطفات السويداء، إن لم "
            "تتوقف العملية العسكرية\".")
    got = [s for s in extract_statements(text) if s.cue == "وهدد"]
    assert len(got) == 1 and got[0].content is not None
    assert "بإعدام" in got[0].content.text


def test_source_aside_running_into_content_is_no_aside() -> None:
    # negative: a phrase after the comma that reaches no marker stays in the content scan
    text = "وقال الأسد، وفقا للقانون الدولي يجب أن تنسحب القوات الأجنبية."
    got = extract_statements(text)
    assert len(got) == 1 and got[0].speaker.text == "الأسد"


# --- pass 79 (rules from sets 111–114 and across sets): relays through an outlet's quoted or
# bracketed short name, linked headlines, «ناشد» with its complement, «also» after a verb that
# takes an object, objects read as subjects, the bare «بيّن», and followers urged.
@pytest.mark.parametrize(("text", "speaker", "count", "via"), [
    # CN-middleEast-868 (set 114): «ونقلت هيئة … "مكان" على لسان ليبرمان قوله: …»; the
    # participles and verbs after it go on with Lieberman
    ("ونقلت هيئة الإذاعة الإسرائيلية \"مكان\" على لسان ليبرمان قوله: \"جيش الدفاع أصاب "
     "البنى التحتية الإيرانية.\"\nوتابع قائلا: \"ليس لدى اسرائيل نوايا توسعية،\" مشيرا "
     "الى \"أن الأخيرة تتصرف بهذا النحو.\"", "ليبرمان", 3, "هيئة الإذاعة الإسرائيلية \"مكان\""),
    # SK-middleEast-260 (set 111): «قناة (إن.تي.في)»: the stops of the short name end no gloss,
    # and its «إن» opens no content
    ("من جانب آخر، نقلت قناة (إن.تي.في) ووسائل إعلام محلية أخرى عن وزير الخارجية التركي "
     "مولود تشاووش أوغلو قوله إن تركيا ستشرف على انسحاب المقاتلين.\n"
     "وأضاف للصحفيين إن تركيا والولايات المتحدة ستضعان خطة.",
     "وزير الخارجية التركي مولود تشاووش أوغلو", 2, "قناة (إن.تي.في) ووسائل إعلام محلية أخرى"),
])
def test_relay_through_an_outlets_short_name(text: str, speaker: str, count: int,
                                             via: str) -> None:
    got = extract_statements(text)
    assert [s.speaker.text for s in got] == [speaker] * count
    v = got[0].via
    assert v is not None and v.text == via and text[v.start:v.end] == via
    assert got[0].content is not None and not got[0].content.text.startswith("إن.")


@pytest.mark.parametrize("line", [
    # BB-middleEast-345 (set 113), BB-internationalNews-432 (set 114), CN-middleEast-603 (113)
    "اقرأ أيضا: روسيا تتهم بريطانيا بالمشاركة في \"فبركة\" الهجوم الكيميائي في سوريا",
    "اقر أيضا: المحادثات الكورية: هل قال كيم إن القمة ستنجح؟",
    "قد يهمك/ مصادر لـCNN: قادة الجيش الأمريكي حذروا ترامب من ضرب سوريا",
])
def test_a_linked_headline_line_is_no_statement(line: str) -> None:
    text = "وسمع دوي انفجارات عدة في العاصمة السورية.\n" + line + "\nوقال الوزير إن الوضع هادئ."
    assert [s.cue for s in extract_statements(text)] == ["وقال"]


@pytest.mark.parametrize("text", [
    # negatives: the same words with no mark after them are the article's own sentence
    "قد يهمك أن تعلم أن الوزير قال إن الحرب انتهت.",
    "اقرا الوزيران أيضا أن الاتفاق ملزم.",
])
def test_a_label_without_its_mark_is_no_link(text: str) -> None:
    assert extract_statements(text)


@pytest.mark.parametrize(("text", "speaker", "content"), [
    # AL-internationalNews-1602 (set 113), SNN-d1dd09a355e8 (set 83), FR-middleEast-796 (62)
    ("وناشد الربيعة المنظمات الدولية بالتعاون لإغاثة اليمنيين عبر ميناء الحديدة.", "الربيعة",
     "بالتعاون لإغاثة اليمنيين عبر ميناء الحديدة"),
    ("وناشد الحكمي الجهات المختصة بمساعدته لنقل ابنته لتلقي العلاج.", "الحكمي",
     "بمساعدته لنقل ابنته لتلقي العلاج"),
    ("من جانب آخر، ناشدت المفوضية جميع الأطراف في سوريا الجمعة لتوفير ممر آمن للمدنيين.",
     "المفوضية", "لتوفير ممر آمن للمدنيين"),
])
def test_appeal_with_its_complement(text: str, speaker: str, content: str) -> None:
    got = extract_statements(text)
    assert len(got) == 1 and got[0].speaker.text == speaker
    c = got[0].content
    assert c is not None and c.text == content and text[c.start:c.end] == content


def test_appeal_without_complement_is_none() -> None:
    # negative: no complement and no content marker
    assert extract_statements("وناشد الرئيس بالأمس في الحفل.") == []


def test_also_after_a_verb_with_an_object_keeps_the_subject_before() -> None:
    # SNN-5882affe9046 (set 7) shape: the noun after «أيضا» is whom the appeal is made to
    text = "وقال الوزير إن الوضع صعب. وطالب أيضا إدارة القناة بالتدخل."
    assert [s.speaker.text for s in extract_statements(text)] == ["الوزير", "الوزير"]


def test_also_after_a_verb_without_an_object_leaves_the_subject_after() -> None:
    # negative: «قال» takes no object, so the name after «أيضا» may still be its subject
    text = "وقال الوزير إن الوضع صعب. وقال أيضا رئيس الوزراء إن الحل قريب."
    assert [s.speaker.text for s in extract_statements(text)] == ["الوزير", "رئيس الوزراء"]


def test_no_subject_inside_the_quotation_before() -> None:
    # SNN-5882affe9046 (set 7): the sentence before is split inside a quotation; «الله» of
    # «أقول الله يحميك» is no subject the next verb goes on with
    text = ("وقال البريدي في دعوته إن العالم العربي يقف مع القصبي. وجاء في الدعوة: «تحية "
            "للقصبي.. أقول الله يحميك والله يقويك». وناشد أيضا إدارة قناة إم بي سي لتكون متساهلة.")
    got = [s for s in extract_statements(text) if s.cue == "وناشد"]
    assert len(got) == 1 and got[0].speaker.text == ""  # (an empty speaker beats a wrong one)


@pytest.mark.parametrize(("text", "cue", "speaker"), [
    # BB-internationalNews-24 (set 65): «كما» + a verb + its object opener coordinates, no source
    ("ونفت الحكومة السورية بشدة استخدام مثل هذه الأسلحة المحظورة، كما أكدت عدم استهدافها "
     "للمدنيين أيضا.", "أكدت", "الحكومة السورية"),
    # SNN-13b1d4f032be (set 45): a verbal noun right after the verb is its object
    ("وقال وزير الخارجية اليمني رياض ياسين إن هادي طلب زيارة القوات. وأكد حدوث اتفاق على "
     "تعاون لتدريب عناصر الجيش.", "وأكد", "وزير الخارجية اليمني رياض ياسين"),
    # SNN-ca80e8424b97 (set 111): the followers urged are the object
    ("وقال الحوثي إن الحرب مستمرة. وفيما حث أنصاره على التصدي للحكومة، قال إن الحل ممكن.",
     "حث", "الحوثي"),
])
def test_object_after_the_verb_is_no_subject(text: str, cue: str, speaker: str) -> None:
    got = [s for s in extract_statements(text) if s.cue == cue]
    assert len(got) == 1 and got[0].speaker.text == speaker


def test_followers_with_the_article_may_speak() -> None:
    # negative: «أنصار الحزب» carry no pronoun: they are the subject
    got = extract_statements("وطالب أنصار الحزب بالإفراج عن المعتقلين.")
    assert len(got) == 1 and got[0].speaker.text == "أنصار الحزب"


def test_bare_bayyan_with_its_shadda() -> None:
    # SNN-c152ed108e45 (set 114): «بيّن» written with its shadda is the verb, its subject long
    text = ("من جهته بيّن المدير الإقليمي للحملة الوطنية السعودية لنصرة الأشقاء في سوريا "
            "الدكتور بدر عبد الرحمن السمحان، أن الحملة تحرص على مراعاة الأسر.")
    got = extract_statements(text)
    assert len(got) == 1 and got[0].speaker.text.startswith("المدير الإقليمي")
    assert got[0].content is not None and got[0].content.text.startswith("أن الحملة")


@pytest.mark.parametrize("text", [
    # negatives: «بين» the preposition, mid-clause or between two parties after a comma
    "الخلاف بين الطرفين أن يحسم قريبا.",
    "وعقد لقاء، بين الوزير والسفير، في العاصمة.",
])
def test_bayna_preposition_is_no_cue(text: str) -> None:
    assert all(not s.cue.endswith("بين") for s in extract_statements(text))


# --- pass 80 (rules from sets 115–118 and across sets): a label inside another's words is his
# only when its verb can have him as its dropped subject, and a title before its genitive
# («أمير منطقة نجران») is a definite subject for the participle after a non-reporting verb
@pytest.mark.parametrize("text", [
    # negatives (review of pass 78): a present verb's subject is someone in the clause or «من»
    # itself, a plural names others, a past of the other gender is not his
    "وقال الوزير إن الميليشيات تستهدف من يصفونهم بالخونة في المدينة.",
    "وقال الوزير إن الحكومة لن تلتفت إلى من يصفها بالفشل.",
    "وقال الوزير إن الجيش سيقاتل ممن وصفوهم بالخونة.",
    "وقال الوزير إن الحكومة لن تلتفت إلى من وصفتها بالفشل.",
])
def test_label_verb_must_agree_with_the_speaker(text: str) -> None:
    got = extract_statements(text)
    assert [s.cue for s in got] == ["وقال"] and got[0].speaker.text == "الوزير"


def test_label_verb_of_the_speakers_gender() -> None:
    # a feminine past after a woman's «قالت» is her own label
    text = "وقالت الوزيرة إن الحكومة لن تلتفت إلى من وصفتهم بالفشل."
    got = [s for s in extract_statements(text) if s.cue == "وصفتهم"]
    assert len(got) == 1 and got[0].speaker.text == "الوزيرة"
    content = got[0].content
    assert content is not None and text[content.start:content.end] == "بالفشل"


@pytest.mark.parametrize(("text", "speaker"), [
    # SNN-bc91c5929807 (set 115): «اطلع» is no cue; its subject opens on the bare title «أمير»
    ("اطلع أمير منطقة نجران الأمير جلوي بن عبدالعزيز بن مساعد أمس على سير العمل في منفذ "
     "الوديعة بمحافظة شرورة، وأكد في اجتماعه مع الجهات العاملة في المنفذ حرص خادم الحرمين "
     "الشريفين على راحة الشعب اليمني وسلامته، مشيرا إلى أن ما قام به الملك من أعمال مباركة.",
     "أمير منطقة نجران الأمير جلوي بن عبدالعزيز بن مساعد"),
    # CN-middleEast-91-20180225 (set 45): «وصف أمير قطر، الشيخ تميم بن حمد، …، لافتا»
    ("وصف أمير قطر، الشيخ تميم بن حمد، ما تشهده الغوطة الشرقية في سوريا بالجرائم ضد "
     "الإنسانية، لافتا إلى أن المجتمع الدولي يجب ألا يتملص من مسؤولياته.", "أمير قطر"),
])
def test_title_before_its_genitive_governs_the_participle(text: str, speaker: str) -> None:
    got = [s for s in extract_statements(text) if s.cue in ("مشيرا", "لافتا")]
    assert len(got) == 1 and got[0].speaker.text == speaker
    sp = got[0].speaker
    assert sp.start is not None and text[sp.start:sp.end] == speaker


def test_lone_title_governs_no_participle() -> None:
    # negative: a title with no genitive after it («استقبل أمير في الرياض») is indefinite
    got = extract_statements("استقبل أمير في الرياض وفدا، مشيرا إلى أن العمل مبارك.")
    assert len(got) == 1 and got[0].speaker.text == ""


# --- pass 81 (rules from sets 119–120 and across sets): after «الأمر الذي/وهو ما» a verb of
# denial, assertion, condemnation… takes the previous clause's pronoun as its only object, so the
# bare name after it («طهران», «ترامب وموسكو») is its subject, not a predicate
@pytest.mark.parametrize(("text", "cue", "speaker", "content"), [
    # FR-middleEast-318-20180419 (set 7)
    ("وكانت البحرين اتهمت إيران بالوقوف وراء الحريق الذي عطل تزويد المملكة بالنفط السعودي "
     "بشكل مؤقت، الأمر الذي نفته طهران.", "نفته", "طهران",
     "وكانت البحرين اتهمت إيران بالوقوف وراء الحريق الذي عطل تزويد المملكة بالنفط السعودي "
     "بشكل مؤقت"),
    # BB-internationalNews-199-20180321 (set 59)
    ("وتتهم الحكومة البريطانية روسيا باستخدام غاز الأعصاب على أراضيها، الأمر الذي تنفيه روسيا.",
     "تنفيه", "روسيا", "وتتهم الحكومة البريطانية روسيا باستخدام غاز الأعصاب على أراضيها"),
    # SK-internationalNews-1960-20180604 (set 74): two lone names joined by «و»
    ("ويتعرض ترامب لضغوط من التحقيق، وما إذا كانت روسيا تواطأت مع حملة ترامب، وهو ما ينفيه "
     "ترامب وموسكو.", "ينفيه", "ترامب وموسكو", "وما إذا كانت روسيا تواطأت مع حملة ترامب"),
])
def test_bare_name_after_a_clause_relative_denial_speaks(
        text: str, cue: str, speaker: str, content: str) -> None:
    got = [s for s in extract_statements(text) if s.cue == cue]
    assert len(got) == 1 and got[0].speaker.text == speaker
    sp, body = got[0].speaker, got[0].content
    assert sp.start is not None and text[sp.start:sp.end] == speaker
    assert body is not None and text[body.start:body.end] == content


@pytest.mark.parametrize("text", [
    # negatives: a view verb's bare noun is its predicate (SK-internationalNews-3227, set 1)
    "وسط انتقادات من حلف الأطلسي، التي اعتبرها تدريبا على \"نزاع واسع النطاق\".",
    "وتدخلت روسيا في الانتخابات، الأمر الذي اعتبره تدخلا سافرا.",
    # a relative on a noun, not on the clause: the results announced are a thing, not words
    # (SK-middleEast-1825-20180520, set 10)
    "وحلت قائمة النصر ثالثة، بحسب النتائج النهائية، التي أعلنتها مفوضية الانتخابات ليل "
    "الجمعة-السبت.",
])
def test_bare_noun_after_a_view_or_a_noun_relative_is_no_speaker(text: str) -> None:
    got = [s for s in extract_statements(text)
           if s.cue in ("اعتبرها", "اعتبره", "أعلنتها")]
    assert all(s.speaker.text in ("", "حلف الأطلسي") for s in got), got


@pytest.mark.parametrize(("subject", "lone"), [
    ("طهران", True), ("ترامب وموسكو", True), ("ترامب وموسكو وبكين", True),
    # a «و» that is a root letter of a speaker's head noun, or joins one, opens a longer phrase
    ("طهران وكالة", False), ("ترامب ووزير", False),
    ("ترامب وموسكو وبكين ولندن", False),  # more names than a lone subject holds
])
def test_lone_names_after_a_clause_relative(subject: str, lone: bool) -> None:
    """Review of pass 81: «و» + any word read as one more name, so «طهران وكالة…» spoke."""
    assert _lone_names(reporting_lexicon(), subject) is lone


@pytest.mark.parametrize(("text", "speaker", "content"), [
    # pass 82 (sets 121, 122, 126): activists, observers and organisers are sources after
    # «بحسب/حسب/وفقا لـ» as «ناشطين، خبراء» are
    ("وبحسب المنظمين، شارك نحو 15 ألف متظاهر في المسيرة.", "المنظمين",
     "شارك نحو 15 ألف متظاهر في المسيرة"),
    ("وتقدمت الفصائل في ريف حماة الشمالي، وفقا لنشطاء محليين.", "نشطاء محليين",
     "وتقدمت الفصائل في ريف حماة الشمالي"),
    ("ويعد الوزير الجديد من أقرب المقربين إلى الرئيس حسب مراقبين.", "مراقبين",
     "ويعد الوزير الجديد من أقرب المقربين إلى الرئيس"),
    # the noun of the words said names no one: its genitive is the source
    ("وسيؤدي القرار إلى عزلة الحكومة، بحسب قول المحلل.", "المحلل",
     "وسيؤدي القرار إلى عزلة الحكومة"),
    ("وأغلقت المعابر أمام الشاحنات، وفقا لتصريحات الوزير.", "الوزير",
     "وأغلقت المعابر أمام الشاحنات"),
])
def test_source_phrase_names_group_or_author_of_words(text: str, speaker: str,
                                                      content: str) -> None:
    got = extract_statements(text)
    assert len(got) == 1 and got[0].speaker.text == speaker, got
    assert got[0].content is not None and got[0].content.text == content


@pytest.mark.parametrize("text", [
    # an adjective of the words keeps them in the source phrase, and «بحسب تعبير X» gives
    # X's wording of a label, not X's account of the clause
    "وتراجعت الصادرات، وفقا لتصريحات سابقة للمدير العام للهيئة.",
    "وقتل ثلاثة من عناصر الأمن في هجوم \"إرهابي\"، بحسب تعبير الوزارة.",
])
def test_source_phrase_words_without_a_genitive_author(text: str) -> None:
    got = extract_statements(text)
    assert all(s.speaker.text not in ("سابقة للمدير العام للهيئة", "الوزارة") for s in got), got


@pytest.mark.parametrize(("text", "speaker"), [
    # pass 82 (set 121): a quotation right after the source noun of «وفق ما/بحسب ما + verb»
    # that closes the sentence names the outlet; what was said stands before the lead
    ("وسيطرت القوات على قرية جديدة، وفق ما ذكرت مصادر \"العربية نت\".",
     "مصادر \"العربية نت\""),
    ("وقصفت المدفعية مواقع للمسلحين، بحسب ما أفاد مراسل \"الجزيرة\" بالموصل.",
     "مراسل \"الجزيرة\" بالموصل"),
])
def test_source_lead_with_quoted_outlet_at_sentence_end(text: str, speaker: str) -> None:
    got = extract_statements(text)
    assert len(got) == 1 and got[0].speaker.text == speaker, got
    assert got[0].content is not None and got[0].content.start == 0


@pytest.mark.parametrize(("text", "speaker"), [
    # pass 83 (set 128): a discourse frame after its preposition is no fronted subject, with or
    # without a comma; the verb's subject follows it
    ("من جهة أخرى أكد الوزير السابق سمير حداد أهمية استمرار المفاوضات بين الطرفين.",
     "الوزير السابق سمير حداد"),
    ("ومن ناحية ثانية نفى رئيس النادي خالد العمري أن يكون قد قدم استقالته.",
     "رئيس النادي خالد العمري"),
    # review mend: the frame opened by «ف» as by «و», and «جانب» a frame noun as «جهة» is
    ("فمن جهة أخرى أكد الوزير أن الحكومة ستعرض خطة جديدة.", "الوزير"),
    ("ومن جانب آخر أكد الوزير أن الحكومة ستعرض خطة جديدة.", "الوزير"),
    ("فمن جانب آخر أكد الوزير أن الحكومة ستعرض خطة جديدة.", "الوزير"),
])
def test_discourse_frame_is_no_fronted_subject(text: str, speaker: str) -> None:
    got = extract_statements(text)
    assert len(got) == 1 and got[0].speaker.text == speaker, got


@pytest.mark.parametrize("opener", [
    f"{lead} {topic}" for lead in ("وفيما", "فيما", "في ما", "وفي ما")
    for topic in ("يتعلق بالعلاقات", "يخص العلاقات")])
def test_topic_phrase_before_dropped_subject_continues_speaker(opener: str) -> None:
    # pass 83 (set 128): «فيما يتعلق/يخص بـX،» fronts the topic, as «وعن/وحول» do, in every
    # spelling: «فيما» keeps its own «ف», «وفي ما» loses its «و» (review mend); the topic
    # holds a name, which read as a fronted subject would speak
    text = ("وقال وزير الخارجية إن المحادثات كانت مثمرة. "
            f"{opener} مع إيران، أكد أن الحكومة ستعرض خطة جديدة.")
    got = extract_statements(text)
    assert [s.speaker.text for s in got] == ["وزير الخارجية", "وزير الخارجية"], got


@pytest.mark.parametrize(("text", "speaker"), [
    # review mend (article CN-middleEast-594): a verbal noun of the object lexicon after a
    # lone bare name the entities missed begins the object of a cue that needs its content
    ('وتمنى نيبينزيا وجود "قنوات اتصال ملائمة لمنع أي تطورات خطيرة".', "نيبينزيا"),
    # a speaker head governs the noun after it: part of a body's name, no object
    ("وتمنت هيئة تحرير الشام أن تنجح المفاوضات.", "هيئة تحرير الشام"),
    ("وأكد تحالف دعم الشرعية أن العمليات مستمرة.", "تحالف دعم الشرعية"),
])
def test_object_head_after_a_lone_name_ends_the_speaker(text: str, speaker: str) -> None:
    got = extract_statements(text)
    assert len(got) == 1 and got[0].speaker.text == speaker, got


def test_wished_in_the_past_with_its_content() -> None:
    # pass 83 (sets 128, 130): «تمنى X أن…» is a statement; a greeting with no words, and
    # «تمني» written with yaa (the form II present, holds out hope), are none
    got = extract_statements("من جهته، تمنى المبعوث الدولي أن تنجح الهدنة في وقف القتال.")
    assert len(got) == 1 and got[0].speaker.text == "المبعوث الدولي", got
    assert got[0].content is not None and got[0].content.text.startswith("أن تنجح")
    assert extract_statements("وتمنى الرئيس للفريق النجاح في البطولة.") == []
    assert extract_statements("وتمني الجماهير النفس أن يحقق الفريق اللقب هذا الموسم.") == []


@pytest.mark.parametrize(("text", "speakers"), [
    # pass 84 (set 134): a frame noun with the article and its adjective («على الصعيد الدولي،
    # في السياق ذاته، من الناحية القانونية») frames the sentence as the bare one does; the
    # subject of the issuing verb speaks and the cue in its statement noun goes on with it
    ("وعلى الصعيد الإقليمي، أصدر وزير الخارجية الأردني أيمن الصفدي بيانا أعرب فيه عن قلقه "
     "وقال فيه \"لا بد من وقف التصعيد فورا\".",
     ["وزير الخارجية الأردني أيمن الصفدي", "وزير الخارجية الأردني أيمن الصفدي"]),
    ("ومن الناحية القانونية أكد المحامي سامي النجار أن الحكم قابل للطعن.",
     ["المحامي سامي النجار"]),
])
def test_definite_discourse_frame_is_no_speaker(text: str, speakers: list[str]) -> None:
    got = extract_statements(text)
    assert [s.speaker.text for s in got] == speakers, got


def test_definite_frame_noun_opening_the_sentence_stays_a_noun() -> None:
    # pass 84: the definite noun alone, with no preposition before it, may be the subject's
    # head, so it frames nothing («السياق الذي…» is not «في السياق…»)
    got = extract_statements("الإطار الذي وضعته الحكومة، قال الوزير إنه مناسب للمرحلة.")
    assert [s.speaker.text for s in got] == ["الوزير"], got


@pytest.mark.parametrize("said", ['وأكد لفرانس برس "نحن لن ننسحب من مواقعنا مهما كلف الأمر".',
                                  'وقال لرويترز: "المقاتلون باقون في مواقعهم".'])
def test_outlet_spoken_to_before_a_quotation_or_colon(said: str) -> None:
    # pass 85 (set 137): «ل» + an outlet right after the verb is whom it was said to when the
    # content opens with a quotation or a colon, as with «إن»; the last speaker goes on
    got = extract_statements(f"وقال المتحدث باسم الفصيل إن المعارك مستمرة منذ الصباح. {said}")
    assert [s.speaker.text for s in got] == ["المتحدث باسم الفصيل"] * 2, got


@pytest.mark.parametrize(("said", "speaker"), [
    ("وقال الوزير لرويترز إن المفاوضات مستمرة.", "الوزير"),
    ("وقال المتحدث باسم الجيش لفرانس برس: «لن نتراجع عن مواقعنا».", "المتحدث باسم الجيش"),
    ("وقال مسؤول أمني لرويترز عبر الهاتف، إن القوات انسحبت.", "مسؤول أمني"),
])
def test_outlet_spoken_to_after_the_subject_ends_it(said: str, speaker: str) -> None:
    # review mends of pass 85: the outlet spoken to, read right after the verb, is read so
    # after an explicit subject too; the subject ends before its «ل»
    got = extract_statements(said)
    assert [s.speaker.text for s in got] == [speaker], got


def test_short_quoted_name_after_the_outlet_is_no_content() -> None:
    # pass 85: a quotation closed within a few words right after the outlet is a name, so the
    # outlet stays as it was read before (no content opens there)
    got = extract_statements('وقال لفرانس برس "أبو محمد" إن الهجوم فشل.')
    assert [s.speaker.text for s in got] == ['لفرانس برس "أبو محمد"'], got


_COACH = "قال المدرب خالد العمري إن الفريق جاهز للمباراة.\n"


@pytest.mark.parametrize("answer", [
    # pass 85 (sets 137, 138): an interview answer after the question as a fronted topic: the
    # bare verb (no «و») answers it, so the topic may hold commas and run long, and it may
    # close with the question mark
    "وعن رأيه في الحكام الذين أداروا المباريات السابقة، والذين أثاروا جدلا واسعا في الموسم "
    "الماضي، قال: «لا أعلق على التحكيم».",
    "وعن رأيه بواقع الدوري المحلي وضعف الملاعب؟ قال: «الدوري يتطور كل موسم».",
    # «وعما» and «أما عن … فـ» open a topic as «وعن» does; «أجاب» needs its subject written
    # unless it answers such a topic
    "وعما إذا كان سيجدد عقده مع النادي أجاب: «لم أقرر بعد».",
    "أما عن أول مباراة له مع المنتخب فقال: «كانت تجربة صعبة».",
    # names inside the topic are what he was asked about, never the verb's fronted subject
    "وعن اللاعبين الذين يشاركهم التدريب في «النادي» أمثال سامي الجابر وماجد عبدالله يقول: "
    "«هم قدوة للشباب».",
])
def test_interview_answer_after_a_fronted_topic(answer: str) -> None:
    got = extract_statements(_COACH + answer)
    assert [s.speaker.text for s in got] == ["المدرب خالد العمري"] * 2, got


def test_conjoined_verb_after_a_topic_with_commas_is_not_its_answer() -> None:
    # pass 85: with «و» on the verb the commas may close clauses conjoined to it, so the topic
    # is not skipped and the coach does not answer; review mends: nor is a word of the topic the
    # verb's subject («وعن» has a verb's shape, but opens no clause the «و» could join)
    got = extract_statements(_COACH + "وعن الحكام، الذين أثاروا جدلا واسعا، وقال: «لا أعلق».")
    assert [s.speaker.text for s in got] == ["المدرب خالد العمري", ""], got


@pytest.mark.parametrize(("sentence", "answer"), [
    # review mends of pass 85: the verb right after a subordinator or relative that ends a
    # fronted topic is the question's own; its statement (and one nested in its content)
    # passes on no speaker, and the answer after the question continues the one before it or
    # none
    ("قال المدرب سامي يوسف إن الفريق جاهز للموسم. وعن العلاقة الجيدة بينه وبين إدارة النادي "
     "بحيث أعلن الطرفان أكثر من مرة أنهما يدعمان المشروع الجديد علّق بالقول: «نحن عائلة "
     "واحدة».\nوعن طموحاته في البطولة قال: «نريد اللقب».", ""),
    ("قالت المغنية ريم خليل إنها سعيدة بالجولة. وعن الحفل الذي أعلنت الفرقة موعده أمس، قالت: "
     "«سيكون مفاجأة».", "المغنية ريم خليل"),
])
def test_statement_inside_a_question_passes_no_speaker_to_the_answer(
        sentence: str, answer: str) -> None:
    got = extract_statements(sentence)
    assert got[-1].cue in ("قال", "قالت") and got[-1].speaker.text == answer, got
    assert got[-2].speaker.text in ("الطرفان", "الفرقة"), got


def test_verb_inside_a_guillemet_quotation_past_a_full_stop_is_what_was_said() -> None:
    # pass 85 (sets 137, 138): the content stops before its closing «»», which still closes
    # the quotation the verb stands in
    got = extract_statements("قال المدرب خالد العمري: «لن نتراجع. فمن يؤكد لي أن الحكام "
                             "سيكونون عادلين؟ نحن نحتاج إلى الإنصاف».")
    assert [s.cue for s in got] == ["قال"], got


_ANALYST = "وقال المحلل المالي سعد الحربي إن السوق تتجه إلى الاستقرار.\n"


@pytest.mark.parametrize("sentence", [
    # pass 86 (set 139): a sound plural in «ين» right after a verb that calls on or urges
    # someone is its object, never its subject; the subject was dropped and the last speaker
    # goes on, also into the cues after it
    "ودعا المستثمرين إلى الحذر في قراءة النتائج الفصلية. وأكد أن الأرباح ستتحسن.",
    "وحث المواطنين على الإبلاغ عن المخالفات. وأوضح أن الرقابة مستمرة.",
])
def test_oblique_plural_after_an_addressing_verb_is_its_object(sentence: str) -> None:
    got = extract_statements(_ANALYST + sentence)
    assert [s.speaker.text for s in got] == ["المحلل المالي سعد الحربي"] * 3, got


def test_oblique_plural_after_a_verb_of_opinion_keeps_its_reading() -> None:
    # pass 86: only verbs that address someone take the plural in «ين» as their object; «وصف»
    # after a preposition is a verbal noun whose agent is that plural
    got = extract_statements(_ANALYST + "وردا على وصف المعارضين للقرار بأنه جائر، قال "
                             "الوزير إن الحكومة لن تتراجع.")
    assert [s.speaker.text for s in got][1:] == ["المعارضين للقرار", "الوزير"], got


def test_nominative_plural_after_a_verb_stays_the_subject() -> None:
    got = extract_statements(_ANALYST + "ودعا المحتجون إلى الإضراب العام.")
    assert [s.speaker.text for s in got][-1] == "المحتجون", got


@pytest.mark.parametrize("sentence, speaker", [
    # pass 86 (set 139): the name «علي» after the outlet a verb spoke to, or after a title,
    # before a definite surname, in an article that spells the preposition «على»
    ('وقال لـ"الوطن" علي الغامدي الخبير الاقتصادي إن الأسعار ستنخفض على المدى القريب.',
     "علي الغامدي الخبير الاقتصادي"),
    ("وقال الدكتور علي السالم إن العلاج متاح على نطاق واسع.", "الدكتور علي السالم"),
])
def test_name_ali_after_an_outlet_or_a_title(sentence: str, speaker: str) -> None:
    got = extract_statements("وحصل الفريق على الموافقة. " + sentence)
    assert [s.speaker.text for s in got] == [speaker], got


def test_preposition_spelt_ali_after_a_title_in_an_article_that_spells_it_so() -> None:
    # an article that writes the preposition «علي» keeps it: «الوزير علي الدور» is no name
    got = extract_statements("وأكد الوزير علي الدور الكبير للشباب علي الساحة.")
    assert [s.speaker.text for s in got] == ["الوزير"], got


@pytest.mark.parametrize(("sentence", "speaker"), [
    # pass 86 (set 142): a title set off by commas after the name, then the cue's complement:
    # the title is the speaker's and the complement what was said
    ("من جانبه، أثنى خالد العتيبي، القيادي في الحزب، على دور الوسطاء في التهدئة.",
     "خالد العتيبي، القيادي في الحزب"),
    ("وطالب خالد العتيبي، رئيس الكتلة النيابية، بإعادة فرز الأصوات في الدائرة.",
     "خالد العتيبي، رئيس الكتلة النيابية"),
    # «علي» + a surname is a name in an article that spells the preposition «على»
    ("وحصل الحزب على الترخيص بعد حصوله على الدعم. "
     "وطالب علي الحسيني، الأمين العام للحزب، بإجراء انتخابات مبكرة.",
     "علي الحسيني، الأمين العام للحزب"),
])
def test_title_set_off_before_the_complement(sentence: str, speaker: str) -> None:
    got = extract_statements(sentence)
    assert [s.speaker.text for s in got] == [speaker], got
    assert got[0].content is not None and got[0].content.text.startswith(("على", "ب")), got


@pytest.mark.parametrize("sentence", [
    "وقال خالد العتيبي، رئيس الكتلة النيابية، إن الفرز سليم.",
    # review of pass 86: a preposition that only leads to the marker is no complement said
    "وشدد خالد العتيبي، رئيس الكتلة النيابية، على أن الفرز سليم.",
    "وأشار خالد العتيبي، رئيس الكتلة النيابية، إلى أن الفرز سليم.",
])
def test_title_set_off_before_a_marker_leaves_the_name(sentence: str) -> None:
    # before «إن/أن» the content is found past the title anyway; the speaker stays the name
    got = extract_statements(sentence)
    assert [s.speaker.text for s in got] == ["خالد العتيبي"], got
    assert got[0].content is not None and got[0].content.text.startswith(("إن", "أن")), got


def test_thumma_opens_a_clause_with_no_fronted_subject() -> None:
    # pass 87 (set 148): the words before «ثم» are the end of another clause, never the subject
    # of the verb after it
    got = extract_statements("وقال المحلل إن السوق تراجعت في بداية العام ثم أكد أن الأسعار "
                             "ستتحسن.")
    assert all("ثم" not in s.speaker.text.split() for s in got), got
    assert got and got[0].speaker.text == "المحلل", got


@pytest.mark.parametrize(("sentence", "speaker"), [
    # pass 87 (sets 143, 145): a body heading the antecedent of «الذي/التي» before an
    # object-taking cue is its subject; the noun after the verb is the object
    ("وتصاعد غضب حزب المؤتمر الشعبي الذي اتهم الحكومة بتزوير الانتخابات.",
     "حزب المؤتمر الشعبي"),
    ("وشن الجيش غارات على مواقع تنظيم القاعدة الذي أعلن قيام إمارة في المنطقة.",
     "تنظيم القاعدة"),
    ("ورد الوزير على انتقادات حركة الشباب التي اتهمت الحكومة بالفساد.", "حركة الشباب"),
])
def test_body_heading_a_relative_antecedent_is_the_subject(sentence: str, speaker: str) -> None:
    got = extract_statements(sentence)
    assert [s.speaker.text for s in got][-1] == speaker, got


def test_body_of_the_other_gender_is_no_antecedent() -> None:
    # «التي» does not agree with the masculine «حزب»: the antecedent is another noun
    got = extract_statements("وتصاعد غضب حزب المؤتمر الشعبي التي اتهمت الحكومة بتزوير الانتخابات.")
    assert all(s.speaker.text != "حزب المؤتمر الشعبي" for s in got), got


@pytest.mark.parametrize("sentence", [
    # pass 87 (set 144): «بيان» right after a verb with a «بـ» complement is the noun, its
    # issuer then its words quoted or after a colon
    "وأفاد بيان مكتب الرئيس التونسي «تم إطلاق سراح جميع الموقوفين».",
    "وأفاد بيان مكتب الرئيس التونسي: تم إطلاق سراح جميع الموقوفين.",
])
def test_statement_noun_before_a_quotation_is_the_speaker(sentence: str) -> None:
    got = extract_statements("وقال المحلل إن الوضع هادئ. " + sentence)
    assert [s.speaker.text for s in got] == ["المحلل", "بيان مكتب الرئيس التونسي"], got
    assert got[1].content is not None and got[1].content.text.startswith("تم"), got


@pytest.mark.parametrize(("sentence", "speaker"), [
    # pass 87 (sets 48, 148): a first name in «ـيه/ـينا» is no possessed noun (that spelling
    # is oblique, never the subject), so the title after the surname stays in the speaker
    ("وقال جوزيه سانتوس مدرب المنتخب إنه راض عن الأداء.", "جوزيه سانتوس مدرب المنتخب"),
    ("وقالت كارينا لوبيز المتحدثة باسم البعثة إن الفريق وصل.",
     "كارينا لوبيز المتحدثة باسم البعثة"),
])
def test_first_name_in_yeh_before_a_title(sentence: str, speaker: str) -> None:
    got = extract_statements(sentence)
    assert [s.speaker.text for s in got] == [speaker], got


@pytest.mark.parametrize("sentence", [
    # review of pass 87: a possessed noun whose stem ends in «ي» is spelt «ـيه» in every case
    # («سعيه، وعيه، رأيه»), the object after the verb; with no title after the next word it is
    # never a first name opening a speaker
    "وأكد سعيه لتحقيق السلام في المنطقة.",
    "وأكد وعيه بخطورة المرحلة قائلا إن الوضع صعب.",
    "وجدد رأيه الثابت في ضرورة الحوار مع المعارضة.",
])
def test_possessed_noun_in_yeh_is_no_first_name(sentence: str) -> None:
    got = extract_statements(sentence)
    assert all(not s.speaker.text.startswith(("سعيه", "وعيه", "رأيه")) for s in got), got


@pytest.mark.parametrize(("sentence", "speaker"), [
    # review of pass 87: a body in a «عن/في/من» phrase after a person's title of the relative's
    # gender only says whom the person is of; the person heads the antecedent
    ("ونفى عضو البرلمان عن حزب العمال الذي اتهم الحكومة بالفساد أي تورط في الصفقة.",
     "عضو البرلمان عن حزب العمال"),
    ("ورد الوزير على النائب في حزب العمال الذي اتهم الحكومة بالفساد.",
     "النائب في حزب العمال"),
    # a title of the other gender leaves the body the antecedent
    ("وانتقد القيادي في حركة حماس التي اتهمت السلطة بالتقصير.", "حركة حماس"),
    ("وقالت النائبة عن حزب العمال الذي اتهم الحكومة بالفساد إن الصفقة مشبوهة.", "حزب العمال"),
])
def test_person_before_a_body_phrase_heads_the_relative(sentence: str, speaker: str) -> None:
    got = extract_statements(sentence)
    assert [s.speaker.text for s in got if s.cue.startswith("اتهم")] == [speaker], got


def test_kin_with_a_pronoun_is_a_speaker() -> None:
    # pass 87 (set 132): a possessed noun naming a relative speaks, as «والده» does
    got = extract_statements("وذكر خالها سامي العلي أن الطفلة نقلت إلى المستشفى.")
    assert [s.speaker.text for s in got] == ["خالها سامي العلي"], got


@pytest.mark.parametrize(("sentence", "speaker"), [
    # pass 88 (sets 28, 149): «أظهر/أثبت» with a document, record or survey right after it
    # (or after a quantifier) and a content marker a few words on is that document's report
    ("وأظهرت الإحصاءات الرسمية أن البطالة ارتفعت خلال العام.", "الإحصاءات الرسمية"),
    ("وتثبت السجلات المصرفية أن الشركة حولت الأموال إلى الخارج.", "السجلات المصرفية"),
    ("وأظهرت بعض التسجيلات المسربة أن المفاوضات استمرت أياما.", "بعض التسجيلات المسربة"),
    ("وتظهر الوثائق كيف أن المسؤولين أخفوا الصفقة.", "الوثائق"),
])
def test_document_showing_is_a_report(sentence: str, speaker: str) -> None:
    got = extract_statements(sentence)
    assert [s.speaker.text for s in got] == [speaker], got
    assert got[0].content is not None and got[0].content.text.startswith("أن"), got


@pytest.mark.parametrize("sentence", [
    # «أظهر» with any other subject displays, and without a marker it reports nothing
    "وأظهر اللاعب مستوى رائعا في المباراة الأخيرة.",
    "وتظهر في الصورة سيارة محترقة قرب الحاجز.",
    "وأظهرت الوثائق المسربة حجم الأموال المدفوعة.",
])
def test_showing_without_a_document_and_marker_is_none(sentence: str) -> None:
    assert extract_statements(sentence) == []


def test_figure_after_a_fronted_source_stays_its_content() -> None:
    # pass 88 (set 149): a measured noun right after the verb after «وبحسب X،» makes it a
    # figure («يقدر عدد… بـ…»), no verb of report relayed by the source
    got = extract_statements("وبحسب وزارة الداخلية الألمانية، يقدر عدد اللاجئين بنحو مليون شخص.")
    assert [(s.cue, s.speaker.text) for s in got] == [("وبحسب", "وزارة الداخلية الألمانية")], got
    assert got[0].content is not None and got[0].content.text.startswith("يقدر عدد"), got


def test_reassured_with_its_content_is_a_statement() -> None:
    # pass 88 (set 150): «طمأن» with its object and a content marker; the verbal noun
    # «طمأنة» (spelt with «ة», never «طمأنه») and «طمأن» with no content are none
    got = extract_statements("وطمأن الوزير المزارعين أن الحكومة ستعوض خسائرهم.")
    assert [s.cue for s in got] == ["وطمأن"], got
    assert got[0].content is not None and got[0].content.text.startswith("أن الحكومة"), got
    assert extract_statements("وتهدف الجولة إلى طمأنة الحلفاء من أن الاتفاق لن يضرهم.") == []
    assert extract_statements("نأمل تطوير القطاع وطمأنة العاملين فيه بأن حقوقهم محفوظة.") == []
    assert extract_statements("وقد طمأنت نتائج الاجتماع المستثمرين في السوق.") == []


def test_pass_88_review_mends() -> None:
    # «عدد من» after «وبحسب X،» is the verb's own subject, not a figure relayed by X
    got = extract_statements("وبحسب الصحيفة، يؤكد عدد من المسؤولين أن الاتفاق بات قريبا.")
    assert [s.cue for s in got] == ["يؤكد"], got
    assert got[0].speaker is not None and got[0].speaker.text.startswith("عدد من المسؤولين"), got
    # «أظهر» shows what a document says only when its marker follows the document, not a
    # preposition's noun or «إلا أن» after a comma
    assert extract_statements(
        "وأظهرت الرسائل التي تبادلها الطرفان حرص الجانبين على أن يستمر الحوار.") == []
    assert extract_statements(
        "وتظهر النتائج الأولية تقدم الحزب الحاكم، إلا أن المعارضة رفضتها.") == []


def test_comment_of_a_named_person_gives_the_speaker() -> None:
    # pass 88 (set 149): «تعليق» is a spoken contribution as «تصريح» is, so «وفي تعليق لـX
    # (الذي…) قال» is X's, and the cues after it go on with X
    got = extract_statements("وفي تعليق لسامي الحربي الذي يعمل في العقار قال: «الأسعار مرتفعة». "
                             "وأضاف أن الطلب يتزايد.")
    assert [(s.cue, s.speaker.text) for s in got] == [("قال", "سامي الحربي"),
                                                      ("وأضاف", "سامي الحربي")], got


def test_seat_of_government_closing_a_sentence_is_a_source() -> None:
    # pass 88 (set 149): «البنتاغون، الكرملين، الإليزيه» speak for their body after «بحسب»
    got = extract_statements("ولم تتضرر أي طائرة خلال العملية، بحسب الكرملين.")
    assert [(s.cue, s.speaker.text) for s in got] == [("بحسب", "الكرملين")], got


def test_outlet_spoken_to_set_off_by_a_comma() -> None:
    # pass 89 (set 152): «قال لبي بي سي، إن…» after a fronted subject: the outlet set off by a
    # comma is still the one spoken to, and the cues after it go on with the subject
    got = extract_statements("لكن رئيس الجمعية، سامر الحلبي، قال لرويترز، إن القانون لن يطبق. "
                             "وأضاف: \"لم نتلق أي إخطار\".")
    assert [(s.cue, s.speaker.text) for s in got] == [
        ("قال", "رئيس الجمعية، سامر الحلبي"), ("وأضاف", "رئيس الجمعية، سامر الحلبي")], got
    got = extract_statements("وقال لبي بي سي، إن الأسعار سترتفع.")
    assert [(s.cue, s.speaker.text) for s in got] == [("وقال", "")], got


def test_reply_noun_after_a_preposition_is_none() -> None:
    # pass 89 (set 154): a bare «رد» after a preposition or «أي» is the noun (a reply), so it
    # builds no statement and names no speaker for the cues after it
    got = extract_statements("وقالت الوزيرة إن بلادها تسعى مع شركائها إلى رد موحد على الهجوم "
                             "الأخير. وأضافت أن الاتصالات مستمرة.")
    assert [(s.cue, s.speaker.text) for s in got] == [("وقالت", "الوزيرة"),
                                                      ("وأضافت", "الوزيرة")], got
    assert extract_statements("ولم تتلق العائلة أي رد بشأن مصير ابنها.") == []
    got = extract_statements("فيما رد المتحدث باسم الجيش بأن القوات لم تدخل المدينة.")
    assert [(s.cue, s.speaker.text) for s in got] == [("رد", "المتحدث باسم الجيش")], got


def test_fronted_subject_of_a_press_review_line_goes_on() -> None:
    # pass 89 (set 151): a line opening SVO on a source or a person («صحيفة X فعلت…») gives
    # its subject to a subjectless cue later in the sentence; an opening noun that is no
    # speaker's head gives none
    got = extract_statements("صحيفة الغارديان أوردت خبر زيارة الوزير إلى بغداد، وقالت إن الزيارة "
                             "تأخرت كثيرا.")
    assert [(s.cue, s.speaker.text) for s in got] == [("وقالت", "صحيفة الغارديان")], got
    got = extract_statements("الحريق أتى على عشرات المنازل، وقال إن الخسائر كبيرة.")
    assert [(s.cue, s.speaker.text) for s in got] == [("وقال", "")], got


def test_name_that_spoke_before_is_the_subject_not_its_object() -> None:
    # pass 89 (set 152): a lone word that has already spoken, right after a verb, is the
    # subject of the participle that continues the clause, and the words after it its object
    got = extract_statements("وقالت تركيا إن العملية ستستمر. ونشرت تركيا آلاف الجنود على الحدود، "
                             "قائلة إنهم لحماية المدنيين.")
    assert [(s.cue, s.speaker.text) for s in got] == [("وقالت", "تركيا"), ("قائلة", "تركيا")], got


def test_clause_set_off_before_a_subjectless_cue_gives_its_subject() -> None:
    # pass 89 (set 151): after a fronted phrase, the clause between commas right before the
    # cue opens on its verb and its subject speaks; a verbal noun or a particle opening that
    # clause names nobody
    got = extract_statements("وفي رده على سؤال عن الاتفاق، رفض المتحدث باسم الوزارة أحمد "
                             "الصحاف، وقال: \"لا تعليق لدينا\".")
    assert [(s.cue, s.speaker.text) for s in got] == [
        ("وقال", "المتحدث باسم الوزارة أحمد الصحاف")], got
    got = extract_statements("وفي رده على سؤال عن الاتفاق، ومتابعته في البرلمان، قال: "
                             "\"لا تعليق لدينا\".")
    assert [(s.cue, s.speaker.text) for s in got] == [("قال", "")], got


@pytest.mark.parametrize("sentence, speaker", [
    ("وتراجعت أسعار النفط، ما أدى، بحسب محللين، إلى تراجع الإيرادات.", "محللين"),
    ("ووفقا للمختصين في الطاقة، فإن الأسعار ستبقى مرتفعة.", "المختصين"),
])
def test_plural_analysts_and_specialists_are_sources(sentence: str, speaker: str) -> None:
    # pass 89 (set 153): the plurals of «محلل، مختص، باحث» are sources as «خبراء» is
    got = extract_statements(sentence)
    assert [s.speaker.text for s in got] == [speaker], got


def test_verb_describing_an_issued_text_with_its_pronoun_is_its_writers() -> None:
    # pass 90 (sets 149, 150, 152): any verb right after an indefinite text noun that points
    # back to it with «فيه/فيها» says what the text says, its writer the speaker, when the words
    # follow quoted, after a marker or as what was ordered after «بـ»; an act with no words
    # («اعتذر فيه عن…») and a relative clause («الوقت الذي…») are none
    got = extract_statements("وأصدر وزير الداخلية بيانا صباح الأحد أمر فيه بفتح تحقيق عاجل في "
                             "الحادث.")
    assert [(s.cue, s.speaker.text, s.content.text) for s in got] == [
        ("أمر", "وزير الداخلية", "بفتح تحقيق عاجل في الحادث")], got
    got = extract_statements("ونشرت الهيئة رسالة وجهت فيها \"بتسريع صرف المستحقات للمزارعين "
                             "قبل نهاية الموسم\".")
    assert [(s.cue, s.speaker.text) for s in got] == [("وجهت", "الهيئة")], got
    assert extract_statements("وأصدر الرئيس بيانا اعتذر فيه عن الكلام الذي أدلى به.") == []
    assert extract_statements("وجاءت الزيارة في الوقت الذي تستعد فيه الحكومة للانتخابات.") == []


def test_feminine_participle_after_a_comma_keeps_its_object() -> None:
    # pass 90 (sets 125, 130, 149, 150): inside a statement's words «، مطالبة/داعية X بـ/إلى…»
    # is the feminine subject's participle with its object, not the verbal noun (a demand); in
    # a narrated list it stays the noun
    got = extract_statements("وأعلنت النقابة تضامنها مع العمال، مطالبة الإدارة بصرف الرواتب "
                             "المتأخرة.")
    assert [(s.cue, s.speaker.text, s.content.text) for s in got] == [
        ("وأعلنت", "النقابة", "تضامنها مع العمال"),
        ("مطالبة", "النقابة", "بصرف الرواتب المتأخرة")], got
    assert extract_statements("ومن أبرز المطالب رفع الأجور، مطالبة الأهالي بتحسين الخدمات.") == []


def test_setting_set_off_by_commas_before_the_complement() -> None:
    # pass 90 (set 148): a setting set off by commas between the subject and the complement
    # («X، لدى حضوره اجتماعا… في بروكسل، في نزاهة…») has its own «في», no complement; the
    # complement opens after its closing comma, and the cues after it go on with the subject
    got = extract_statements("وشكك رئيس البرلمان، لدى مشاركته في مؤتمر في جنيف، في نتائج "
                             "الاستفتاء. وقال إن التصويت لم يكن حرا.")
    assert [(s.cue, s.speaker.text, s.content.text) for s in got] == [
        ("وشكك", "رئيس البرلمان", "في نتائج الاستفتاء"),
        ("وقال", "رئيس البرلمان", "إن التصويت لم يكن حرا")], got
    got = extract_statements("وأعربت الوزارة، في بيان، عن قلقها من التصعيد.")
    assert [(s.cue, s.content.text) for s in got] == [("وأعربت", "عن قلقها من التصعيد")], got


@pytest.mark.parametrize("sentence, cue, speaker", [
    ("وأصرت الحكومة على أن الاتفاق لن يعدل.", "وأصرت", "الحكومة"),
    ("فقد أصر الوفد على عدم الحاجة إلى جولة جديدة.", "أصر", "الوفد"),
    ("وقلل المتحدث باسم الوزارة من أهمية التقارير.", "وقلل", "المتحدث باسم الوزارة"),
    ("وقللت الحكومة من احتمال أن تنهار الهدنة.", "وقللت", "الحكومة"),
])
def test_insisted_and_played_down_are_statements(sentence: str, cue: str, speaker: str) -> None:
    # pass 90 (sets 138, 142, 148, 151, 154): «أصر X على…» (insisted) with its subject
    # written after it, and «قلل X من أهمية/احتمال…» (played down) with its noun of weight
    got = extract_statements(sentence)
    assert [(s.cue, s.speaker.text) for s in got] == [(cue, speaker)], got


@pytest.mark.parametrize("sentence", [
    "وقلل الوزير من التكلفة بشكل كبير.",  # reduced, no downplayed noun
    "وقال إنه أصر على العودة إلى مدينته.",  # no subject written after «أصر»
    "وفاز الفريق بعد نصر كبير على منافسه.",  # «نصر» is no «we insist»
])
def test_insisted_and_played_down_need_their_frame(sentence: str) -> None:
    got = extract_statements(sentence)
    assert all(s.cue not in ("وقلل", "أصر", "نصر") for s in got), got


def test_quoted_name_after_the_clause_verb_is_its_subject() -> None:
    # pass 90 (set 149): a quoted name right after the verb that opens the clause is the
    # subject a subjectless cue goes on with; after a verb of saying the quotation is its
    # words, and a noun in «ة» before it («وكالة "…"») is no verb
    got = extract_statements("وتبنت «حركة الشباب» أمس، الهجوم على القاعدة، واصفة إياه بـ«الرد "
                             "الطبيعي على الغارات». وأشارت إلى أن هجمات أخرى ستتبعه.")
    assert [(s.cue, s.speaker.text) for s in got] == [("واصفة", "حركة الشباب"),
                                                      ("وأشارت", "حركة الشباب")], got
    got = extract_statements("وأضاف \"الموسم صعب\"، متمنيا أن يتجنب الفريق الإصابات.")
    assert all(s.speaker.text != "الموسم صعب" for s in got), got
    # a noun in «ة» opening the clause is no verb, so the quoted name after it is no subject
    # (its «ة» normalised to «ه» agrees with a masculine participle; «فارس» can be a name)
    got = extract_statements("وكالة «فارس» في تقرير عن المعارك أمس، مضيفا أن القتال مستمر.")
    assert all(s.speaker.text != "فارس" for s in got), got
    # a quoted one-word name the tagger missed is the verb's subject («عدنان»)
    got = extract_statements("لم يقتنع “عدنان” بهذه المحاولة وقال: خذ نموذجا آخر.")
    assert [(s.cue, s.speaker.text) for s in got] == [("وقال", "عدنان")], got


def test_word_of_an_earlier_longer_speaker_is_no_lone_name() -> None:
    # review of pass 89 (#21): only a speaker named in that one word makes a lone word after a
    # verb the subject; a word shared with a longer earlier speaker's name starts a new name
    got = extract_statements("قال أحمد أبو الغيط إن الجامعة تدعم الحوار. والتقى أحمد الطيب وفدا "
                             "من الأزهر في القاهرة، مؤكدا أن الحوار ضروري.")
    assert got[-1].cue == "مؤكدا" and got[-1].speaker.text != "أحمد", got
    got = extract_statements("وقال الرئيس محمود عباس إن المفاوضات متوقفة. واستقبل عباس زكي "
                             "الوفد المصري في رام الله، مؤكدا أن المصالحة قريبة.")
    assert got[-1].cue == "مؤكدا" and got[-1].speaker.text != "عباس", got


def test_clause_set_off_needs_a_speaker_and_leaves_its_object() -> None:
    # review of pass 89 (#21): the clause set off by commas gives its subject only when it is
    # one who speaks, and a definite object after the name or after a title's genitive ends it
    got = extract_statements("وفي تصريح لوكالة الأناضول، استهدف القصف منزلا في المدينة، وأضاف "
                             "أن الضحايا مدنيون.")
    assert [(s.cue, s.speaker.text) for s in got] == [("وأضاف", "")], got
    got = extract_statements("وفي مقابلة مع قناة الجزيرة، رفض رئيس الوزراء الاتهامات، مشيرا إلى "
                             "أنها ملفقة.")
    assert [(s.cue, s.speaker.text) for s in got] == [("مشيرا", "رئيس الوزراء")], got
    got = extract_statements("وفي إجابة على سؤال عن جبهة النصرة، تحاشى المتحدث باسم الخارجية "
                             "الأميركية جون كيربي التعليق، وقال إن الوزارة تتابع الوضع.")
    assert [(s.cue, s.speaker.text) for s in got] == [
        ("وقال", "المتحدث باسم الخارجية الأميركية جون كيربي")], got


def test_for_his_part_ends_a_fronted_subject() -> None:
    # review of pass 89 (#21): «من جانبه/من جهته» after a fronted subject is no part of it
    got = extract_statements("السفير الروسي من جانبه أكد دعم بلاده للحل السياسي، وقال إن موسكو "
                             "لن تتخلى عن حلفائها.")
    assert [(s.cue, s.speaker.text) for s in got][-1] == ("وقال", "السفير الروسي"), got


def test_conjunction_strip_takes_its_shortest_word() -> None:
    # review of pass 89 (#21): one conjunction strip, short words («وفي») only when asked
    assert (_strip_conj(normalize("وفي")), _strip_conj(normalize("وفي"), 3)) == ("وفي", "في")
    assert _strip_conj(normalize("وقال")) == "قال"


def test_relative_aside_keeps_its_five_word_quoted_name() -> None:
    # review of pass 90 (#21): the aside's quoted name runs to five words; pass 90's shorter
    # limit for a quoted subject once shadowed it, so the name below read as words said
    toks = tokenize(normalize("الذي كان عضوا في \"حزب أمة واحدة الأسترالي\" في مجلس الشيوخ "
                              "\"من حقنا أن نطالب بالحماية لأنفسنا\""))
    assert _unmarked_aside_end(reporting_lexicon(), toks, 1, len(toks)) == 12


@pytest.mark.parametrize("sentence", [
    "ونشر المغني تغريدة عاد فيها بعد غياب طويل إلى جمهوره.",
    "ونشرت الفنانة تغريدة احتفلت فيها بعيد ميلادها.",
    "ونشرت الصحيفة تقريرا تناولت فيه \"ظاهرة الهجرة غير الشرعية\".",
    "وأصدر الوزير بيانه أمر فيه بفتح تحقيق.",
])
def test_text_noun_verb_needs_a_verb_of_ordering_and_an_indefinite_noun(sentence: str) -> None:
    # review of pass 90 (#21): after «فيه/فيها» only a verb of ordering or urging gives words
    # in «بـ» or a quotation (returning, celebrating, covering a topic give none), and the
    # text noun is indefinite («بيانا», never the possessed «بيانه»)
    assert extract_statements(sentence) == []


def test_feminine_participle_after_a_comma_agrees_with_its_cue() -> None:
    # review of pass 90 (#21): «، مطالبة X بـ…» inside a masculine speaker's words is a demand
    # listed, no participle of his; the words run on past the comma
    got = extract_statements("وقال الوزير إن من أبرز المطالب رفع الأجور، مطالبة الأهالي بتحسين "
                             "الخدمات.")
    assert [(s.cue, s.speaker.text) for s in got] == [("وقال", "الوزير")], got
    assert got[0].content.text.endswith("بتحسين الخدمات"), got


@pytest.mark.parametrize("sentence", [
    "وأطلق «مبادرة السلام» أمس في العاصمة، مؤكدا أنها ستنجح.",
    "وزار «مستشفى الشفاء» صباح اليوم، مشيرا إلى أن الأوضاع صعبة.",
])
def test_quoted_object_after_the_clause_verb_is_no_subject(sentence: str) -> None:
    # review of pass 90 (#21): a quoted project or place after the verb is its object; only a
    # body or a person («حركة الشباب») is the subject a participle goes on with
    got = extract_statements(sentence)
    assert all(s.speaker.text not in ("مبادرة السلام", "مستشفى الشفاء") for s in got), got


@pytest.mark.parametrize("sentence", [
    "وقللت الأمطار الأخيرة من تأثير الجفاف على المزارعين.",
    "وقلل اللقاح الجديد من خطورة الإصابة بالمرض.",
])
def test_played_down_needs_a_noun_of_weight(sentence: str) -> None:
    # review of pass 90 (#21): impact, danger and size are reduced by things; only weight and
    # likelihood («أهمية، شأن، احتمال، جدية») are played down in words
    assert extract_statements(sentence) == []


def test_short_quotation_after_a_setting_is_said() -> None:
    # pass 91 (set 156): a short quotation closing the sentence after a setting opened by a
    # preposition and a noun of speaking («في مقابلة مع…», «في تصريح…») is what was said, as
    # it is right after the subject; the pronoun-dropped verbs after it go on with the speaker
    got = extract_statements(
        "وقال المبعوث الأمريكي جون باركر في مقابلة مع برنامج (لقاء الأحد) بقناة محلية "
        "\"الوضع مقلق جدا\".\nوأضاف \"نحن نتابع التطورات عن كثب\".")
    assert [(s.cue, s.speaker.text) for s in got] == [
        ("وقال", "المبعوث الأمريكي جون باركر"), ("وأضاف", "المبعوث الأمريكي جون باركر")], got
    assert got[0].content.text == "الوضع مقلق جدا", got


@pytest.mark.parametrize("sentence", [
    "وقال الوزير في مقابلة مع برنامج \"صباح الخير\".",
    "وتحدث الوزير في حديث لقناة \"الحرة\".",
    "وشارك الوزير في ندوة \"الأمن والتنمية\".",
])
def test_short_quotation_after_a_programme_or_outlet_is_a_title(sentence: str) -> None:
    # pass 91: a short quotation right after a programme or outlet head (titled_heads,
    # recipient_heads) is its title, and after a setting with no noun of speaking a name
    assert all(s.content is None or s.content.text not in ("صباح الخير", "الحرة",
                                                           "الأمن والتنمية")
               for s in extract_statements(sentence))


def test_manner_adverb_with_its_conjunction_is_no_speaker() -> None:
    # pass 91 (set 157): «وبوضوح، وبقوة» right after a verb is how it was said, as «بوضوح» is
    got = extract_statements("وتحدثت المنسقة الأممية عن الأزمة، حيث أشارت وبوضوح إلى أن "
                             "الأطراف تجاهلت مسؤولياتها.")
    assert all(s.speaker.text != "وبوضوح" for s in got), got
    assert [s.speaker.text for s in got] == ["المنسقة الأممية", "المنسقة الأممية"], got


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("وجدد وزير الخارجية تأكيد دعم بلاده للحل السياسي.", "وزير الخارجية"),
    ("وجددت الحكومة مطالبة المجتمع الدولي بالتدخل.", "الحكومة"),
])
def test_renewed_bare_statement_noun(sentence: str, speaker: str) -> None:
    # pass 91 (set 158): «جدد X تأكيد/مطالبة/إدانة…» with the noun in construct
    got = extract_statements(sentence)
    assert [(s.cue, s.speaker.text) for s in got] == [(sentence.split()[0], speaker)], got


def test_instructed_is_a_statement() -> None:
    # pass 91 (set 158): «أوعز إلى X بـ…» (instructed), in the past
    got = extract_statements("وكان الملك أوعز إلى الحكومة بتجميد رفع الأسعار.")
    assert [(s.cue, s.speaker.text) for s in got] == [("أوعز", "الملك")], got


def test_cue_after_a_subjunctive_copula_is_a_supposition() -> None:
    # pass 91 (set 138): «أن تكون/يكون X قد…» inside another's words is what X may have done,
    # no statement of X's (set 138 labels only the estimate)
    got = extract_statements("ويرجح المحلل أن تكون العاصمة قد أوعزت للحكومة بأن تبدأ "
                             "المفاوضات.")
    assert [(s.cue, s.speaker.text) for s in got] == [("ويرجح", "المحلل")], got
    # review of pass 91: a cue that was one before «أوعز» came in, so the drop is what holds
    got = extract_statements("ويرجح المحلل أن تكون العاصمة قد قالت للوسطاء إن المفاوضات "
                             "ستبدأ قريبا.")
    assert [(s.cue, s.speaker.text) for s in got] == [("ويرجح", "المحلل")], got


def test_lone_name_opening_a_sentence_is_resumed() -> None:
    # pass 91 (sets 157, 158): a lone bare word opening a sentence of running text before the
    # cue is its subject when the article wrote it before; a headline line (no full stop) or
    # a word never written before stays no subject
    got = extract_statements("واستقبل المرشد علي خامنئي الرئيس الضيف في طهران. خامنئي أشاد "
                             "بمواقف ضيفه، وشدد على ضرورة الوحدة.")
    assert [(s.cue, s.speaker.text) for s in got] == [("أشاد", "خامنئي"), ("وشدد", "خامنئي")], got
    got = extract_statements("انتهى اللقاء. خامنئي أشاد بمواقف ضيفه.")
    assert [s.speaker.text for s in got] == [""], got
    got = extract_statements("زار المبعوث بيروت.\nدي ميستورا يدعو إلى ممر آمن\nوقال المبعوث إن…")
    assert all(s.speaker.text != "ميستورا" for s in got), got


@pytest.mark.parametrize("sentence", [
    "وقال الوزير إن المفاوضات متعثرة. ونفى وجود أي خلاف داخل الحكومة، مؤكدا أن القرار موحد.",
    "وقال الوزير إن المفاوضات متعثرة. ونفى وفاة الأسير في السجن.",
])
def test_verbal_noun_opening_on_its_own_waw_is_the_object(sentence: str) -> None:
    # pass 92 (set 160): «وجود، وقف، وفاة» open on their own «و»; right after a cue whose
    # subject was dropped they are its object, never the speaker, and the last speaker goes on
    # (both sentences fail on b9d0af8; «وأكد وقف الاتصالات…» passed there already, its «وقف» a
    # three-letter past spelt like its verbal noun)
    got = extract_statements(sentence)
    assert [s.speaker.text for s in got] == ["الوزير"] * len(got), got
    assert len(got) >= 2, got


def test_relative_with_a_verbal_noun_object_names_its_antecedent() -> None:
    # pass 92 (set 70): «وموسكو التي تنفي وجود أدلة…»: the verbal noun is the object, so the
    # antecedent of «التي» speaks. A regression guard: it passed before pass 92 too, and guards
    # the relative subject now tried after such an object (``_verbal_object``)
    got = extract_statements("وجرت المفاوضات بين باريس التي تتهم الحكومة بشن الهجوم وموسكو "
                             "التي تنفي وجود أدلة على ذلك.")
    assert [(s.cue, s.speaker.text) for s in got] == [("تتهم", "باريس"), ("تنفي", "وموسكو")], got


@pytest.mark.parametrize("frame", ["ومن ناحية ثانية،", "وعلى صعيد آخر،", "ومن جهة أخرى،"])
def test_discourse_frame_keeps_the_last_speaker(frame: str) -> None:
    # pass 92 (set 160): a discourse frame closed by a comma before a pronoun-dropped cue is no
    # clause of other words («ومن ناحية ثانية، نفى وجود أي مخطط…»), and no indefinite noun that
    # speaks (its «ناحية» read back over like an adjective in «ية»)
    got = extract_statements(f"قال النائب إن الأزمة طويلة. {frame} نفى أي نية للاستقالة.")
    assert [s.speaker.text for s in got] == ["النائب", "النائب"], got
    got = extract_statements(f"قال النائب إن الأزمة طويلة. {frame} قال إن الحل قريب.")
    assert [s.speaker.text for s in got] == ["النائب", "النائب"], got


def test_present_comments_with_its_subject_and_words() -> None:
    # pass 92 (set 160): the present «تعلق/يعلق» (comments) with its subject after it and its
    # own words (a colon, a quotation or «بالقول»); the pronoun-dropped «وتتابع» goes on
    got = extract_statements("وتعلق المقاتلة بحزن: \"لم نعتد الخسارة\".\nوتتابع: \"سنعود\".")
    assert [s.cue for s in got] == ["وتعلق", "وتتابع"], got
    assert [s.speaker.text for s in got] == ["المقاتلة", "المقاتلة"], got
    got = extract_statements("ويعلق الباحث سامر خليل على الحادثة بالقول: \"إنها عدوان\".")
    assert [(s.cue, s.speaker.text) for s in got] == [("ويعلق", "الباحث سامر خليل")], got


@pytest.mark.parametrize("sentence", [
    "وتعلق الحكومة آمالا كبيرة على المفاوضات.",
    "يعلق الأهالي صور الضحايا على الجدران.",
])
def test_present_hang_is_no_comment(sentence: str) -> None:
    # pass 92: with no words of its own the present «تعلق/يعلق» hangs or pins, no statement
    assert extract_statements(sentence) == []


def test_present_second_verb_with_a_colon_continues_the_present_speaker() -> None:
    # pass 92 (set 159): «حيث يقول X: إن… ويضيف: …» — a present «و» cue of the same person
    # right before a colon inside the unquoted words of a present cue is his second statement;
    # before «أن», or after a past cue, a present verb stays inside the words
    got = extract_statements("حيث يقول مدير المحطة سعيد ناجي: إن المبنى تضرر بسبب القصف "
                             "ويضيف: باشر فريق فني بحصر الأضرار.")
    assert [(s.cue, s.speaker.text) for s in got] == [
        ("يقول", "مدير المحطة سعيد ناجي"), ("ويضيف", "مدير المحطة سعيد ناجي")], got
    got = extract_statements("ويقول الخبير إن الحكومة ترفض الحوار وتقول إنها لن تتراجع.")
    assert [s.cue for s in got] == ["ويقول"], got


def test_speech_delivered_after_then_is_its_speakers() -> None:
    # pass 92 (set 159): «ثم ألقى X كلمة رحب فيها…»: «ألقى» (its hamza dropped by the
    # normalised view, read like «ال…») opens the clause whose subject wrote the speech, also
    # when the sentence opens on other acts strung with «ثم»
    got = extract_statements("بدأ الحفل بتلاوة آيات من القرآن، ثم ألقى مدير الجامعة كلمة رحب "
                             "فيها بالضيوف معبرا عن سعادته بالحضور.")
    assert [(s.cue, s.speaker.text) for s in got] == [
        ("رحب", "مدير الجامعة"), ("معبرا", "مدير الجامعة")], got
    got = extract_statements("وألقى الوزير كلمة قال فيها إن المشروع يكتمل هذا العام.")
    assert [(s.cue, s.speaker.text) for s in got] == [("قال", "الوزير")], got


# review of pass 91 (#21): the mends


def test_fronted_object_before_a_cue_is_no_resumed_name() -> None:
    # a lone word opening the sentence is the object or topic when the cue carries an object
    # pronoun or its subject follows it, definite or named; an everyday noun is a name only
    # where the article made it a speaker before
    got = extract_statements("التقى الرئيس نتنياهو في البيت الأبيض. نتنياهو وصفه الرئيس "
                             "بأنه صديق قديم.")
    assert [(s.cue, s.speaker.text) for s in got] == [("وصفه", "الرئيس")], got
    got = extract_statements("وزار الوزير دمشق أمس. دمشق أكد الوزير أنها ستبقى مفتوحة أمام "
                             "الحوار.")
    assert [(s.cue, s.speaker.text) for s in got] == [("أكد", "الوزير")], got
    got = extract_statements("اتهم الوزير جهات خارجية. جهات قال إنها تعمل ضد البلاد.")
    assert "جهات" not in [s.speaker.text for s in got], got
    got = extract_statements("ومنعت السلطات الناشط براين دولي من الدخول. دولي أكد الحادثة وقال "
                             "إنه سيعود.")
    assert [(s.cue, s.speaker.text) for s in got][:1] == [("أكد", "دولي")], got
    got = extract_statements("واستقبل المرشد علي خامنئي الرئيس الضيف في طهران. خامنئي أشاد "
                             "بمواقف ضيفه.")
    assert [(s.cue, s.speaker.text) for s in got] == [("أشاد", "خامنئي")], got


def test_quoted_name_after_a_setting_is_no_content() -> None:
    # an event's, a campaign's or a person's quoted name after «في كلمة خلال…» is no words said
    for sentence in ('وقال الوزير في كلمة خلال افتتاح مؤتمر "مستقبل الاستثمار".',
                     'وقال الوزير في كلمة بمنتدى "دافوس الاقتصادي".',
                     'وقال الوزير في كلمة خلال ملتقى "شباب العرب".',
                     'وقال الوزير في كلمة خلال إطلاق حملة "معا ضد الإرهاب".',
                     'وقال الوزير في لقاء مع الإعلامي "عمرو أديب".',
                     'وقال الوزير في حوار مع الصحفي "توماس فريدمان".',
                     'وقال الوزير في مقابلة لقناة "سكاي نيوز".',
                     'وقال الوزير في حديث لصحيفة "وول ستريت جورنال".'):
        got = extract_statements(sentence)
        assert not any(s.content is not None for s in got), (sentence, got)
    got = extract_statements('وقال الوزير في تصريح للصحفيين "لن نتراجع عن قرارنا".')
    assert [s.content.text for s in got if s.content] == ["لن نتراجع عن قرارنا"], got


def test_bare_renewed_noun_in_another_clause_is_no_statement() -> None:
    # «جدد» renews a mandate or a contract when a preposition or a second noun phrase stands
    # before the bare noun; right after the subject it still reports
    for sentence in ("وجدد مجلس الأمن ولاية البعثة عقب إدانة الهجوم.",
                     "وجددت الوزارة عقود المعلمين رغم مطالبة النقابة بزيادة الأجور."):
        assert extract_statements(sentence) == [], sentence
    got = extract_statements("وجدد الوزير شكري تأكيد وحدة الرؤى بين البلدين.")
    assert [(s.cue, s.speaker.text) for s in got] == [("وجدد", "الوزير شكري")], got


def test_instructed_recipient_ends_the_speaker() -> None:
    # «أوعز لـX»: the «لـ» word after a one-word subject is whom it instructed
    got = extract_statements("وأوعز الملك للحكومة بتجميد رفع الأسعار.")
    assert [(s.cue, s.speaker.text) for s in got] == [("وأوعز", "الملك")], got
    assert got[0].content is not None and got[0].content.text.startswith("بتجميد"), got


# review of pass 92 (#21): the mends


@pytest.mark.parametrize(("sentence", "speaker", "words"), [
    ('قال الوزير وهو يعلق على الحادث: "لن ننسى".', "الوزير", "لن ننسى"),
    ("وقال الشيخ سالم وهو يعلق على القرار: إن الحكومة أخطأت.", "الشيخ سالم",
     "إن الحكومة أخطأت"),
    ('يقول الباحث وهو يعلق على الصورة: "هذا ما بقي من بيتي".', "الباحث", "هذا ما بقي من بيتي"),
])
def test_comment_in_a_circumstance_clause_leaves_the_words_to_the_verb_before(
        sentence: str, speaker: str, words: str) -> None:
    # «وهو يعلق على…»: the present «يعلق» needs its subject written after it; with the pronoun
    # before it, it is how the speaker said it (حال), no cue, and no end of the cue before it
    got = extract_statements(sentence)
    assert [(s.speaker.text, s.content.text if s.content else None) for s in got] == [
        (speaker, words)], got


def test_text_noun_of_a_later_clause_is_not_the_then_clauses() -> None:
    # only «ثم ألقى» makes the «ثم» clause the one that delivered the text: «ثم زار المستشفى…»
    # is one more act, and the statement is written by the clause after it
    got = extract_statements("وصل الرئيس إلى المدينة ثم زار المستشفى الميداني، وأصدر مكتبه "
                             "بيانا قال فيه إن الوضع مستقر.")
    assert len(got) == 1 and "المستشفى" not in got[0].speaker.text, got


@pytest.mark.parametrize("sentence", [
    "ثم ألقت الشرطة القبض على المتهم وأصدرت بيانا قالت فيه إن التحقيق مستمر.",
    "وألقى الوزير الضوء على الأزمة، وقال فيها إن الحل قريب.",
])
def test_alqa_delivers_a_text_only_with_its_text_noun(sentence: str) -> None:
    # «ألقى القبض/الضوء» arrests or sheds light: no text delivered, so its object never joins
    # a speaker («الشرطة القبض»); «ألقى الوزير كلمة قال فيها…» still names the speaker
    got = extract_statements(sentence)
    assert len(got) == 1, got
    assert not {"القبض", "الضوء"} & set(got[0].speaker.text.split()), got


def test_manner_noun_ends_the_speaker() -> None:
    # «بـ» and a noun of feeling between the subject and the words is how it was said
    got = extract_statements('وتعلق كردستان بألم: "لقد خسرنا كل شيء".')
    assert [(s.cue, s.speaker.text) for s in got] == [("وتعلق", "كردستان")], got
    got = extract_statements('وقال المتحدث بغضب: "هذا غير مقبول".')
    assert [s.speaker.text for s in got] == ["المتحدث"], got


def test_first_person_present_takes_no_earlier_speaker() -> None:
    # a columnist's «أ/ن» (I, we) is the writer's own voice, never the last third person's
    got = extract_statements("وقال الكاتب إن المؤامرات كثيرة. لا أنكر وجود المؤامرات، لكن "
                             "المشكلة فينا.")
    assert [s.speaker.text for s in got] == ["الكاتب"], got
    got = extract_statements("وقال الكاتب إن المؤامرات كثيرة. ونعتقد أن الحل في الحوار.")
    assert [(s.cue, s.speaker.text) for s in got] == [("وقال", "الكاتب")], got  # (pass 93:
    # the writer's «we» is no record at all)
    got = extract_statements("وقال الكاتب إن المؤامرات كثيرة. وأنكر وجود أي اتفاق.")
    assert [s.speaker.text for s in got] == ["الكاتب", "الكاتب"], got


# pass 93 (#21, sets 161-162): interviews, answers and sources


@pytest.mark.parametrize("sentence", [
    "أعتقد أن الفيلم سينجح في الصالات.",
    "سعيد: الآن بالنسبة لهذا أقول إن الحكومة أخطأت.",
    "لم أطلب منه شيئا لكنني كنت أعلم أن الفرصة آتية.",
])
def test_first_person_outside_quotations_is_no_statement(sentence: str) -> None:
    # an interviewee's or a columnist's «I» (a hamza on «أ» where no past is spelt so, or «أ»
    # after «كنت/لا/لم») reports nobody's words: no record, and no subject before or after it
    assert extract_statements(sentence) == []


def test_careless_hamza_on_a_past_keeps_its_subject() -> None:
    # «وأعتبر» with its subject written after it is the past «اعتبر», not «I consider» (a
    # guard for the first-person rule above: it passed before pass 93 too; sets 12 and 140)
    got = extract_statements("وأعتبر الوزير أن القرار خاطئ.")
    assert [s.speaker.text for s in got] == ["الوزير"], got


def test_question_with_nobody_named_is_no_statement() -> None:
    # the interviewer's «ألا ترى أن…؟»; a named speaker inside a question stays
    assert extract_statements("• ألا ترى أن الرواية ملأت الدنيا؟") == []
    got = extract_statements("هل قال الوزير إن الحل قريب؟")
    assert [s.speaker.text for s in got] == ["الوزير"], got


def test_manner_noun_right_after_a_pronoun_dropped_verb() -> None:
    # «ويضيف بحسرة:»: how he added it; the subject was dropped and the last speaker goes on
    got = extract_statements("وقال الكاتب إن الغزو غير كل شيء. ويضيف بحسرة: «فقدنا تلك الروح».")
    assert [(s.cue, s.speaker.text) for s in got] == [("وقال", "الكاتب"), ("ويضيف", "الكاتب")]


def test_present_answers_with_its_subject_and_words() -> None:
    got = extract_statements("* لكن كيف حدث ذلك؟\nيجيب الكاتب: «بدأت القصة في الصيف».")
    assert [(s.cue, s.speaker.text, s.content and s.content.text) for s in got] == [
        ("يجيب", "الكاتب", "بدأت القصة في الصيف")], got
    assert extract_statements("ويجيب الوزير عن أسئلة الصحفيين كل أسبوع.") == []


@pytest.mark.parametrize(("sentence", "cue", "speaker"), [
    ("والاقتصاد برأي الخبير الاقتصادي سامر حداد لن يتعافى قريبا.", "برأي",
     "الخبير الاقتصادي سامر حداد"),
    ("ارتفعت الأسعار كثيرا، وفقا لأحد المطلعين على الملف.", "وفقا لأحد", "أحد المطلعين"),
    ("وبحسب الطبيب فإن حالته مستقرة.", "وبحسب", "الطبيب"),
])
def test_view_insiders_and_doctor_are_sources(sentence: str, cue: str, speaker: str) -> None:
    got = extract_statements(sentence)
    assert [(s.cue, s.speaker.text) for s in got] == [(cue, speaker)], got


def test_answer_whose_subject_took_in_its_words_is_no_statement() -> None:
    # «أجاب/يجيب» (needs_subject) say their words after their subject: a subject that took
    # in the quotation («سامي "لأنهما أنجباني"») leaves the cue none, and the question before
    # it is not what was answered
    got = extract_statements('وقف الطفل أمام القاضي الذي سأله "لماذا تريد رفع دعوى" أجاب سامي '
                             '"لأنهما أنجباني".')
    assert got == [], got


def test_object_suffixed_we_form_is_the_writers_voice() -> None:
    got = extract_statements('إلا أن سنة الحياة تجعلنا نقولها رغما عنا "وداعا يا صاحب الفضل".')
    assert got == [], got


def test_najib_is_a_name_not_we_answer() -> None:
    # a guard for the present «يجيب» (pass 93): its «we» form is left out, so the name
    # «نجيب» does not end the speaker as a verb would (it passed before pass 93 too)
    got = extract_statements("وقال الناطق باسم الوزارة نجيب دانيش إن انتحاريا فجر نفسه.")
    assert [s.speaker.text for s in got] == ["الناطق باسم الوزارة نجيب دانيش"], got


# review mends of pass 93 (#21)


@pytest.mark.parametrize("sentence", [
    'وكتب الوزير على حسابه: "نقترح أن تشرع المنظمة في التحقيق. وندعو أيضا إلى إجراءات رادعة".',
    'وقال المتحدث: "نرفض هذه الشروط رفضا قاطعا. ونطالب المجتمع الدولي بالتحرك".',
    "وقال الرئيس: كنت أعلم أن الاتفاق سيفشل.",
])
def test_first_person_inside_quoted_words_is_part_of_them(sentence: str) -> None:
    # the quoted speaker's «we/I» («"… في سوريا. وندعو أيضا…"», a straight quotation over
    # several sentences) is part of the words already given as the statement's content: one
    # record, never a second one for the first-person verb (no gold set labels one)
    got = extract_statements(sentence)
    assert len(got) == 1 and not _strip_conj(normalize(got[0].cue)).startswith("ن"), got


@pytest.mark.parametrize("sentence", [
    "وقال الوزير إن الحل قريب. وأعتبر أن القرار خاطئ.",
    "وقال الوزير إن الحل قريب. الوزير أعتبر أن القرار خاطئ.",
])
def test_careless_hamza_with_a_third_person_to_say_it(sentence: str) -> None:
    # a form VIII past spelt with a hamza («أعتبر» for «اعتبر») and its subject dropped or
    # written before it: the minister considered, not «I consider»
    got = extract_statements(sentence)
    assert [(s.cue, s.speaker.text) for s in got][-1] == (sentence.split()[-4], "الوزير"), got


def test_careless_hamza_after_a_line_break_stays_the_first_person() -> None:
    # after a paragraph break an unsigned «أعتقد أن…» is an interviewee's answer (a guard for
    # the careless-hamza mend above: it passed before it too)
    got = extract_statements("وقال الوزير إن الحل قريب.\nأعتقد أن القرار خاطئ.")
    assert [s.cue for s in got] == ["وقال"], got


def test_drop_we_keeps_the_fatha_presents() -> None:
    # «drop_we» leaves out only the «we» form: a fatha_prefix verb keeps its active presents
    we, fatha = _present_persons({"past": "أجاب", "present": "يجيب", "drop_we": True,
                                  "fatha_prefix": True})
    assert not we and normalize("يجيب") in fatha
    we, fatha = _present_persons({"past": "قال", "present": "يقول", "fatha_prefix": True})
    assert we == {normalize("نقول")} and normalize("يقول") in fatha


def test_i_forms_come_from_the_loaded_lexicon() -> None:
    forms = reporting_lexicon().i_forms
    assert forms[normalize("اعتبر")] and not forms[normalize("اقول")]
    assert normalize("اعلن") not in forms  # form IV: its «I» is spelt as its past


@pytest.mark.parametrize("manner", ["بهدوء", "بحماس", "بثقة"])
def test_plain_manner_nouns_keep_the_last_speaker(manner: str) -> None:
    got = extract_statements(f"وقال الكاتب إن الغزو غير كل شيء. ويضيف {manner}: «فقدنا تلك الروح».")
    assert [(s.cue, s.speaker.text) for s in got] == [("وقال", "الكاتب"), ("ويضيف", "الكاتب")]


# pass 94 (#21, sets 163-164): names, discourse phrases, passives and dropped sources


def test_cue_word_inside_a_name_is_no_report() -> None:
    # «طالب» (demanded) after «بن/أبي»: a part of the name «علي بن أبي طالب»
    got = extract_statements("واستهدف الهجوم المصلين بمسجد الإمام علي بن أبي طالب ببلدة القديح.")
    assert got == [], got


def test_discourse_phrase_after_a_dropped_subject_keeps_the_last_speaker() -> None:
    got = extract_statements('وقالت الوزيرة إن الوضع صعب. وتقول بهذا الصدد: "لا بد من التحرك".')
    assert [(s.cue, s.speaker.text) for s in got] == [("وقالت", "الوزيرة"), ("وتقول", "الوزيرة")]


def test_worth_mentioning_after_an_indefinite_noun_is_no_report() -> None:
    got = extract_statements("وتحدث التقرير عن دوافع روسيا وأولها أن الرئيس يمكنه القول أن انتصار "
                             "روسيا في سوريا جاء دون خسائر تذكر في صفوف الجنود الروس إذ أن "
                             "المقاولين يموتون دون ضجيج.")
    assert [s.cue for s in got] == ["وتحدث"], got
    got = extract_statements("ويقول المسؤول إن مصادر تذكر أن الهجوم فشل.")  # (a guard)
    assert [s.cue for s in got] == ["ويقول"], got


def test_damma_on_the_nun_of_a_past_is_a_passive() -> None:
    got = extract_statements('وفي أغسطس من العام نفسه، نُقل إلى جزيرة مانوس، دون أي "بصيص أمل '
                             'بإطلاق سراحه".')
    assert got == [], got
    got = extract_statements("وأكد الوزير أن الحل قريب. ونُقل عنه قوله إن الحزب شريك.")
    assert [s.cue for s in got] == ["وأكد", "ونُقل"], got  # (the passive relay stays)


def test_bare_thamman_opening_a_clause_before_a_name() -> None:
    # «فيما ثمن محمد طه…» (valued): the verb; «ثمن الدواء» is the noun price
    got = extract_statements("فيما ثمن محمد طه مدير السلامة الإنجاز الأمني، مشيدا بجهود رجال "
                             "الأمن.")
    assert [s.cue for s in got] == ["ثمن", "مشيدا"] and got[0].speaker.text.startswith("محمد طه")
    assert extract_statements("وارتفع ثمن الدواء كثيرا.") == []


def test_first_person_form_viii_in_the_words_given_is_the_speakers_i() -> None:
    # CN-middleEast-941, SK-internationalNews-263: «أعتقد» inside the quotation or opening the
    # words of «وقال الوزير:» is the minister's own «I», no careless-hamza past of a narrator
    got = extract_statements('وقال الوزير: "الوضع صعب. وأعتقد أن الحل قريب".')
    assert [(s.cue, s.content.text if s.content else None) for s in got] == [
        ("وقال", "الوضع صعب. وأعتقد أن الحل قريب")], got
    got = extract_statements("وقال الوزير: أعتقد أن الحل قريب.")
    assert [s.cue for s in got] == ["وقال"], got
    # (a careless hamza after the statement, outside its words, is still his past: «وأعتبر»)
    got = extract_statements("وقال الوزير إن الوضع صعب. وأعتبر أن الحل قريب.")
    assert [(s.cue, s.speaker.text) for s in got] == [("وقال", "الوزير"),
                                                     ("وأعتبر", "الوزير")], got


def test_bare_thamman_before_a_priced_word_is_the_noun() -> None:
    # «ثمن لتر البنزين»: a unit or any other word after a bare «ثمن» is what is priced; only a
    # name, a title or a speaker's head makes it the verb
    assert extract_statements("ثمن لتر البنزين ارتفع إلى دينارين.") == []
    got = extract_statements("وأوضح التقرير أن الأسعار ارتفعت. ثمن كيلو اللحم بلغ 30 ريالا.")
    assert [s.cue for s in got] == ["وأوضح"], got
    got = extract_statements("من جانبه ثمن أحمد سعيد جهود الأجهزة الأمنية في ضبط الأسعار.")
    assert [s.cue for s in got] == ["ثمن"] and got[0].speaker.text.startswith("أحمد سعيد"), got


def test_worth_mentioning_looks_past_a_time_phrase_for_the_words() -> None:
    # «صحيفة تذكر بالأمس أن…»: the content marker a time phrase on still makes «تذكر» a report
    got = extract_statements("وكانت صحيفة تذكر بالأمس أن الوزير استقال.")
    assert [(s.cue, s.speaker.text) for s in got] == [("تذكر", "صحيفة")], got
    got = extract_statements("وكانت مصادر محلية تذكر في وقت سابق أن القصف تجدد.")
    assert [(s.cue, s.speaker.text) for s in got] == [("تذكر", "مصادر محلية")], got
    # FR-internationalNews-1207: a conjunction's «أن» opens a clause of its own
    got = extract_statements('ولم تسجل هذه الانتخابات أي حادثة تذكر رغم أن تنظيم "الدولة '
                             'الإسلامية" هدد مؤخرا باستهداف الناخبين.')
    assert [s.cue for s in got] == ["هدد"], got


def test_subject_before_the_verb_crosses_a_name_particle() -> None:
    # «علي بن أبي طالب قال»: «طالب» after «أبي» is part of the name, not a cue ending the subject
    got = extract_statements("وكان الشيخ علي بن أبي طالب قال إن العلم نور.")
    assert [(s.cue, s.speaker.text) for s in got] == [("قال", "الشيخ علي بن أبي طالب")], got
    # (without the particle «طالب» is the verb of the clause before and ends the subject)
    got = extract_statements("وكان الوفد طالب بالحوار ثم قال الوزير إن الحل قريب.")
    assert ("قال", "الوزير") in [(s.cue, s.speaker.text) for s in got], got


# pass 95 (#21): general failures of the long sets 139-166


def test_a_given_name_before_bin_is_no_preposition() -> None:
    # «علي» is also a common spelling of «على» (a speaker stop word); before the patronymic «بن»
    # it can only be the name, with no opener before it (it had an empty speaker)
    got = extract_statements("علي بن أبي طالب قال إن العلم خير من المال.")
    assert [(s.cue, s.speaker.text) for s in got] == [("قال", "علي بن أبي طالب")], got
    got = extract_statements("علي بن محمد قال إن العلم خير من المال.")
    assert [(s.cue, s.speaker.text) for s in got] == [("قال", "علي بن محمد")], got
    # near miss: before «ابن» (also a noun: «على ابن عمه») «علي» stays the preposition
    got = extract_statements("علي ابن عمه قال إن العلم خير من المال.")
    assert [(s.cue, s.speaker.text) for s in got] == [("قال", "")], got


def test_i_written_out_before_the_verb_is_no_careless_past() -> None:
    # «أنا أعتبر»: the «I» said outright; the minister's own words, one record for one quote
    got = extract_statements("وقال الوزير: أنا أعتبر أن الوضع صعب.")
    assert [(s.cue, s.speaker.text) for s in got] == [("وقال", "الوزير")], got
    assert got[0].content is not None and got[0].content.text == "أنا أعتبر أن الوضع صعب"
    got = extract_statements("وقال الوزير: إنني أعتبر أن الوضع صعب.")
    assert [s.cue for s in got] == ["وقال"], got
    # near misses: a subject right before the careless hamza, or none, keeps the past
    got = extract_statements("وقال الوزير إن الوضع صعب. الوزير أعتبر أن الحل بعيد.")
    assert [(s.cue, s.speaker.text) for s in got] == [
        ("وقال", "الوزير"), ("أعتبر", "الوزير")], got
    got = extract_statements("وقال الوزير إن الوضع صعب، وأعتبر أن الحل بعيد.")
    assert [(s.cue, s.speaker.text) for s in got] == [
        ("وقال", "الوزير"), ("وأعتبر", "الوزير")], got


def test_participle_of_state_after_a_given_name_and_surname() -> None:
    # BB-middleEast-886 (set 164): the clause's verb is no reporting verb and no entity vouches
    # for the bare name; a common given name and a surname that is no everyday word do
    got = extract_statements('وقد رفض بهروز بوجاني تقديم طلب اللجوء قائلاً: "لم آتِ إلى هذا '
                             'البلد بإرادتي".')
    assert [(s.cue, s.speaker.text) for s in got] == [("قائلا", "بهروز بوجاني")], got
    # near misses: a given name before a possessed noun (the object) or an everyday word
    # names nobody surely; «سعيد» is also happy
    got = extract_statements("واستقبل أحمد ضيوفه قائلا إن الدار داركم.")
    assert [(s.cue, s.speaker.text) for s in got] == [("قائلا", "")], got
    # and a finite verb after such a clause is left to the other rules (its subject dropped)
    got = extract_statements("نهجت إيران نهجا غريبا ومكلفا، ورأت أن هذه الاستراتيجية ستحل "
                             "المشكلة.")
    assert [(s.cue, s.speaker.text) for s in got] == [("ورأت", "")], got


def test_participle_after_a_given_name_takes_no_named_place_as_its_surname() -> None:
    # review of pass 95: a word the linker names (here a city) after the bare given name is
    # another name, the verb's object; it had made «محمد دمشق» the speaker
    text = "وزار محمد دمشق قائلا إن الحل قريب."
    assert _linked(text, ("دمشق", "gpe:damascus", "place", "name")) == [("", None)]
    # near miss: the named word stays outside, an unnamed surname is still read
    text = "وزار محمد بوجاني دمشق قائلا إن الحل قريب."
    assert _linked(text, ("دمشق", "gpe:damascus", "place", "name")) == [("محمد بوجاني", None)]


@pytest.mark.parametrize(("sentence", "cue", "speaker"), [
    ("وقتل ثلاثة مدنيين في القصف، حسب جريدة لوفيغارو الفرنسية.", "حسب",
     "جريدة لوفيغارو الفرنسية"),
    ("وفي الأسابيع الأخيرة من المعركة، نزح قرابة 120 ألف مدني بحسب المنظمات المحلية، وكانت "
     "نقطة تحول في الحرب.", "بحسب", "المنظمات المحلية"),
    ("ثم اقتادهم شرقا نحو البادية وفق شهادات الناجين منهم.", "وفق", "شهادات الناجين منهم"),
])
def test_v59_source_heads(sentence: str, cue: str, speaker: str) -> None:
    # a newspaper, organisations and testimonies are sources after «بحسب/حسب/وفق»
    assert _said(sentence) == [(cue, speaker)]


def test_v59_source_heads_leave_other_nouns_after_hasab() -> None:
    # near miss: «حسب الأصول» (duly) names no source, beside a testimony given
    assert _said("وقدم الشاهد شهادة أمام المحكمة حسب الأصول.") == []


def test_resuming_verb_opening_a_paragraph_goes_on_past_the_writers_words() -> None:
    # SNN-07a734bbeee4 (set 163): the writer's sentence after the statement on its own line,
    # then «وأضاف: «…»» opening the next paragraph (it had an empty speaker)
    text = ("وأمس، قال سونر كاغاباتاي، خبير في معهد واشنطن، إن الاتفاق يمكن أن يغير ديناميكية "
            "الحرب. ولهذا، يمكن أن يكون في صالح تركيا، وذلك لسببين: أولا: لتركيز تركيا على "
            "إسقاط نظام الأسد. وثانيا: لتقليل نفوذ القوات الكردية التي تحارب «داعش».\n\n"
            " وأضاف: «بعد أن سيطر الأكراد على تل أبيض، يريدون الزحف غربا».")
    got = extract_statements(text)
    assert [(s.cue, s.speaker.text) for s in got] == [
        ("قال", "سونر كاغاباتاي"), ("وأضاف", "سونر كاغاباتاي")], got


@pytest.mark.parametrize("tail", [
    # near misses: a gender that disagrees, a verb that may open a new report, no words right
    # after the verb, and a paragraph of the writer's own in between
    "\nوأضافت: «أود أن أراه خارج السجن».",
    "\nوقال: «أود أن أراه خارج السجن».",
    "\nوأضاف أن الحل قريب.",
    "\nوتشهد المنطقة توترا متصاعدا.\nوأضاف: «أود أن أراه خارج السجن».",
])
def test_resuming_verb_keeps_its_limits(tail: str) -> None:
    got = extract_statements("وقال الوزير إن الحل قريب. وتشهد البلاد أزمة حادة منذ سنوات."
                             + tail)
    assert [s.speaker.text for s in got][1:] == [""], got


@pytest.mark.parametrize("text,said", [
    # BB-middleEast-747-20180717: «لل» right after the verb is whom it was said to; the
    # speaker before goes on
    ("وقال الوزير إن الحل قريب. وقال للشيخ محمد إن الوضع صعب.",
     [("وقال", "الوزير"), ("وقال", "الوزير")]),
    # BB-middleEast-900-20180818: the newspaper spoken to after the subject ends it
    ("وقال الوزير للصحيفة إن الوضع صعب.", [("وقال", "الوزير")]),
])
def test_addressee_after_li_is_no_speaker(text: str, said: list[tuple[str, str]]) -> None:
    assert _said(text) == said


@pytest.mark.parametrize("text,said", [
    # near misses: a correspondent's outlet and an office's body are genitives of the subject,
    # and a statement noun's «ل» is its speaker
    ("وقال مراسل للوكالة في المكان إن الوضع صعب.", [("وقال", "مراسل للوكالة في المكان")]),
    ("وأكد الأمين العام للأمم المتحدة أن الوضع صعب.", [("وأكد", "الأمين العام للأمم المتحدة")]),
])
def test_li_genitive_stays_in_the_speaker(text: str, said: list[tuple[str, str]]) -> None:
    assert _said(text) == said


def test_li_after_an_object_suffixed_form_is_left_as_it_was() -> None:
    # near miss (SK-internationalNews-862-20180408): «وصفها للاتهامات» is the verbal noun
    # with its object, not a verb whose subject was dropped; emptied, its speaker was carried
    # from an open quotation before it and that statement's words ran on over three lines
    got = extract_statements("ونقلت فرانس برس عن الوزارة وصفها للاتهامات الموجهة إلى القوات "
                             "السورية بأنها مفبركة.")
    assert [s.cue for s in got] == ["ونقلت", "وصفها"], got



def test_participle_after_a_fronted_title_and_its_set_off_name() -> None:
    # the brief of pass 96: a connective, the title, the name set off by commas, then a verb
    # that reports nothing; the participle goes on with that subject (it was empty)
    assert _said("لكن المتحدث باسم الرئاسة التركية، إبراهيم قالن، سارع إلى رفض العرض، قائلا "
                 "إن بلاده لن تقبل.") == [
        ("قائلا", "المتحدث باسم الرئاسة التركية، إبراهيم قالن")]


def test_participle_after_a_set_off_name_needs_its_own_verb() -> None:
    # near miss: the verb after the name has a subject of its own and another gender
    assert _said("لكن المتحدث باسم الرئاسة التركية، إبراهيم قالن، سارعت الحكومة إلى رفض "
                 "العرض، قائلة إن بلاده لن تقبل.") == [("قائلة", "")]


@pytest.mark.parametrize("text,said", [
    # sets 10, 155: a label after «عما/من» outside anyone's words is the clause subject's
    ("ودافع الوزير أمس عما وصفه باتفاق نووي متوازن.", [("وصفه", "الوزير")]),
    ("وقاتل الجيش التركي من وصفها بالتنظيمات الإرهابية في المدينة.", [("وصفها", "الجيش التركي")]),
])
def test_label_after_relative_ma_outside_words_is_the_clause_subjects(
        text: str, said: list[tuple[str, str]]) -> None:
    assert _said(text) == said


@pytest.mark.parametrize("text", [
    # near misses: a thing as the clause's subject (set 107: «الدعوى القضائية»), and a present
    # plural whose subject is «من» itself
    "وتستهدف الدعوى القضائية إبطال اتفاق بشأن ما وصفتها بأنها علاقة حميمية.",
    "ويلاحق الجيش من يصفهم بالخونة.",
])
def test_label_after_relative_ma_needs_a_speaking_subject(text: str) -> None:
    assert _said(text) == []


@pytest.mark.parametrize("text,said", [
    # the seed interview (step-news-interview): «ولكنها» resumes the command that reports, not
    # the force named in its words
    ("تقول قيادة التحالف الدولي إنه كجزء من جهود هزيمة داعش، تقوم قوات سوريا الديمقراطية "
     "بتأمين المنطقة، ولكنها اعتبرت أن قرار سحب القوات بيد وزارة الدفاع.",
     [("تقول", "قيادة التحالف الدولي"), ("اعتبرت", "قيادة التحالف الدولي")]),
    ("وقال الوزير إنه في إطار الخطة، يقوم الجيش بتأمين المنطقة، لكنه اعتبر أن القرار بيد "
     "الحكومة.", [("وقال", "الوزير"), ("اعتبر", "الوزير")]),
    ("وقال الوزير إنه في إطار الخطة، يقوم الجيش بتأمين المنطقة، إلا أنه اعتبر أن القرار بيد "
     "الحكومة.", [("وقال", "الوزير"), ("اعتبر", "الوزير")]),
])
def test_adversative_pronoun_resumes_the_reporter(text: str, said: list[tuple[str, str]]) -> None:
    assert _said(text) == said


@pytest.mark.parametrize("text,said", [
    # near misses: the reporting verb disagrees with the pronoun, so «but it/she» is the noun
    # inside the words
    ("وقال الوزير إنه في إطار الخطة، تقوم قوات الأمن بتأمين المنطقة، ولكنها اعتبرت أن القرار "
     "بيد الحكومة.", [("وقال", "الوزير"), ("اعتبرت", "قوات الأمن")]),
    ("وقالت الوزارة إنه في إطار الخطة، يقوم الجيش بتأمين المنطقة، لكنه اعتبر أن القرار بيد "
     "الحكومة.", [("وقالت", "الوزارة"), ("اعتبر", "الجيش")]),
])
def test_adversative_pronoun_needs_an_agreeing_reporter(text: str,
                                                        said: list[tuple[str, str]]) -> None:
    assert _said(text) == said


@pytest.mark.parametrize("text,said", [
    # set 149: a relative with no comma before it, a bracket inside, closed by «، إن»
    ("وقال الجنرال دانفورد الذي كان موجودا في مقر وزارة الدفاع الأمريكية (البنتاغون) إلى جانب "
     "وزير الدفاع الأمريكي جيم ماتيس، إن لا خطط في الوقت الحالي لشن عملية.",
     [("وقال", "الجنرال دانفورد", "إن لا خطط في الوقت الحالي لشن عملية")]),
    # set 166: «قبل أن» inside the clause, closed by a colon before the quotation
    ('وقال أبو جعفر، الذي عاش في منطقة كانت خاضعة للمعارضة في مدينة حلب قبل أن تستعيدها '
     'القوات الحكومية عام 2016: "كانت الهجمات الكيمياوية مرعبة".',
     [("وقال", "أبو جعفر", "كانت الهجمات الكيمياوية مرعبة")]),
    # set 161: a short apposition set off before the relative
    ("قال أوديد إران، الدبلوماسي الإسرائيلي المخضرم، الذي يعمل حاليا باحثا لدى معهد دراسات "
     "الأمن الوطني في جامعة تل أبيب، إن التقارير مجهولة المصدر كاذبة.",
     [("قال", "أوديد إران", "إن التقارير مجهولة المصدر كاذبة")]),
    # set 157: «وهو» opens the clause about the speaker (statement_words v70 aside_openers)
    ("وقال الطبيب محمد كتوب، وهو طبيب مقره تركيا مع الجمعية الطبية السورية الأمريكية التي "
     "تقدم العون للمستشفيات في الغوطة الشرقية، إن الهدنة لن تصمد.",
     [("وقال", "الطبيب محمد كتوب", "إن الهدنة لن تصمد")]),
    # set 164: the setting's own «قبل ان» is no report; the quotation after it is
    ('وقال أوغلو في مؤتمر صحافي في أنقرة قبل ان يتوجه الى اسطنبول للقاء الرئيس التركي "هذه '
     'العمليات ليست مجرد عملية واحدة وسوف تستمر".',
     [("وقال", "أوغلو", "هذه العمليات ليست مجرد عملية واحدة وسوف تستمر")]),
])
def test_said_past_a_clause_describing_the_speaker(text: str,
                                                   said: list[tuple[str, str, str]]) -> None:
    got = [(s.cue, s.speaker.text, s.content.text if s.content else "")
           for s in extract_statements(text)]
    assert got == said


@pytest.mark.parametrize("text,said", [
    # near misses: a subordinate «بعد أن» with no quotation after it, a sentence end inside
    # the clause, and a clause with a cue of its own (its words may be the statement)
    ("وقال الوزير بعد أن انتهى الاجتماع.", []),
    # a marker after the subordinate «أن» may be the subordinate clause's own (set 11: «بعد أن
    # كان من المقرر أن تعلن»), so only a quotation is taken past it
    ("وقال الوزير بعد أن كان من المقرر أن تعلن النتائج خلال ساعات.", []),
    ("وقال الوزير، الذي زار المدينة الأسبوع الماضي برفقة عدد من المسؤولين في الحكومة "
     "والجيش. وفي المدينة يعيش الناس، إن الحل قريب.", []),
    ("وقال الوزير، الذي أكد أن الوضع صعب في المدينة منذ أيام طويلة بسبب الحصار المفروض "
     "عليها، إن الحل قريب.", [("أكد", "الوزير")]),
])
def test_clause_after_the_speaker_keeps_its_limits(text: str,
                                                   said: list[tuple[str, str]]) -> None:
    assert _said(text) == said


def test_adversative_pronoun_after_a_concession_resumes_what_it_concedes() -> None:
    # near miss (SNN-77a9f480cff8, with the linker's entities): «ورغم ان اردوغان…، الا انه قال»
    # names its referent in the concession, though the words of the party's accusation before
    # it run on over that clause
    text = ('واتهم الحزب الكردي انقرة بالتواطؤ مع تنظيم داعش، فيما اتهم حزب الشعب الديموقراطي '
            'التركي الموالي للاكراد اردوغان باستخدام الضربات '
            'الجوية "كغطاء" لتحقيق هدفه الرئيسي بالقضاء على حزب العمال الكردستاني ، ورغم ان '
            'اردوغان لم يشر صراحة الى حزب العمال الكردستاني، الا انه قال ان "القوى السوداء" '
            'تنشر معلومات خاطئة حول تركيا.')

    def entity(key: str, kind: str, name: str) -> Entity:
        spans = [k for k in range(len(text)) if text.startswith(name, k)]
        return Entity(key, kind, name, mentions=[Mention(k, k + len(name), name) for k in spans])

    ents = [entity("org:hdp", "org", "حزب الشعب الديموقراطي"),
            entity("per:recep-tayyip-erdogan", "person", "اردوغان"),
            entity("org:pkk", "org", "حزب العمال الكردستاني"),
            entity("gpe:turkey", "place", "التركي"), entity("org:kurds", "org", "اكراد"),
            entity("gpe:ankara", "place", "انقرة"), entity("org:isis", "org", "تنظيم داعش")]
    got = [(s.cue, s.speaker.text) for s in extract_statements(text, ents)]
    assert ("قال", "اردوغان") in got, got


@pytest.mark.parametrize("text", [
    # «إبان» (during) normalises as «أبان» (showed): Acosta's sentence, SNN-fdfb1f015006
    "وقال ألبرتو أكوستا، الذي كان وزير الطاقة في حكومة الرئيس رافائيل كوريا إبان فترة "
    "رئاسته الأولى: «تكمن المشكلة في محاولتنا استبدال الإمبريالية الصينية».",
    # «إشادته» (his praise) is no «أشادته» (she praised him), AL-internationalNews-784
    'وكانت إشادته بـ"حجاج العجمي"، أحد أبرز ممولي التنظيمات المتطرفة بسوريا، سببا في الخلاف.',
    # «وإثنى عشر» (and twelve) is no «وأثنى» (and praised), SNN-0b35555655f7
    "وقد عثر الباحثون على مائتين وإثنى عشر نقشاً تذكارياً على صخور الجبل.",
])
def test_hamza_under_the_alif_is_another_word(text: str) -> None:
    cues = [s.cue for s in extract_statements(text)]
    assert not [c for c in cues if c.lstrip("وف").startswith("إ")], cues


@pytest.mark.parametrize("text,said", [
    # near misses: the form the lexicon writes with «أ» (or with its hamza dropped) is still
    # the cue, and a writer's hamza on a form VIII past the lexicon writes with a bare «ا»
    ("وأبان الوزير أن الحل قريب.", [("أبان", "الوزير")]),
    ("وابان الوزير أن الحل قريب.", [("ابان", "الوزير")]),
    ("وإعتبر الوزير أن الحل قريب.", [("إعتبر", "الوزير")]),
])
def test_hamza_over_the_alif_or_none_keeps_the_cue(text: str,
                                                   said: list[tuple[str, str]]) -> None:
    assert [(s.cue.lstrip("وف"), s.speaker.text) for s in extract_statements(text)] == said


@pytest.mark.parametrize("text,said", [
    # a setting whose noun carries the speaker's own pronoun says when or where, never who
    ('وقال الصفدي من جهته "الأولوية من أجل تسوية الوضع في جنوب سوريا".',
     [("وقال", "الصفدي")]),
    ('وقال افراموبولوس عشية اجتماعه في النيجر إن "من مصلحة هذه الدول إعادة توطين رعاياها".',
     [("وقال", "افراموبولوس")]),
    ("وذكر المرصد السوري لحقوق الانسان من مقره في بريطانيا إن 25 شخصا قتلوا.",
     [("وذكر", "المرصد السوري لحقوق الانسان")]),
    ("أكد وزير الخارجية الروسي سيرغي لافروف في مستهل محادثاته مع نظيره أن التعاون مستمر.",
     [("أكد", "وزير الخارجية الروسي سيرغي لافروف")]),
    # «but it» opens the next clause (BB-middleEast-935)
    ("وضرب الزلزال مناطق في دهوك بحسب ما اعلنه التلفزيون العراقي لكنه أوضح أنه لم يكن هناك "
     "أي ضحايا.", [("بحسب ما اعلنه", "التلفزيون العراقي"), ("أوضح", "الزلزال")]),
])
def test_speaker_ends_before_a_setting_that_refers_back_to_it(
        text: str, said: list[tuple[str, str]]) -> None:
    assert _said(text) == said


@pytest.mark.parametrize("text,said", [
    # near misses: a descriptor alone is told apart by its setting, a possessed noun naming
    # people is the speaker's relation, and «باسمها» is the office's own genitive
    ("وقال عضو في حزبه إن الانتخابات ستجري في موعدها.", [("وقال", "عضو في حزبه")]),
    ("وقال مقرب من رئيسه إن الانتخابات ستجري في موعدها.", [("وقال", "مقرب من رئيسه")]),
    ('وقال متحدث باسمها "لا تنفذ وزارة الدفاع ضربات".', [("وقال", "متحدث باسمها")]),
])
def test_speaker_keeps_a_setting_that_tells_who_it_is(text: str,
                                                      said: list[tuple[str, str]]) -> None:
    assert _said(text) == said


def test_possessed_team_role_is_the_title_of_the_name_after_it() -> None:
    # set 141, FR-internationalNews-274: «مدافعها» (its defender) names a person by the place
    # he holds, so the name after it is the speaker's, not an empty subject
    assert _said('وقال مدافعها البرازيلي المخضرم دانيل ألفيس إن "باريس سان جرمان بحاجة إلى '
                 'مواجهات قوية".') == [("وقال", "مدافعها البرازيلي المخضرم دانيل ألفيس")]
    # near miss: a possessed noun that names no person («لعبها», its play) stays no speaker
    assert _said("وأكد لعبها الجماعي أن الفريق قوي.") == [("وأكد", "")]


@pytest.mark.parametrize("text,said", [
    # «at the time» closing the speaker says when it spoke (FR-internationalNews-2020)
    ("وقال مسؤول أمريكي وقتها إن واشنطن تعتقد أن إسرائيل المسؤولة.",
     [("وقال", "مسؤول أمريكي")]),
    ("وقال المسؤولون الاميركيون حينذاك إن الاتفاق قريب.", [("وقال", "المسؤولون الاميركيون")]),
    # near miss: with the name after it, it dates the title the name holds
    ("وقال وزير الخارجية وقتها جون كيري إن الاتفاق قريب.",
     [("وقال", "وزير الخارجية وقتها جون كيري")]),
])
def test_then_adverb_closing_the_speaker_is_when_it_spoke(
        text: str, said: list[tuple[str, str]]) -> None:
    assert _said(text) == said


@pytest.mark.parametrize("text,said", [
    # «متابعا» (going on) and «مستدركا» (adding a caveat) continue the governing speaker with
    # words of their own (set 124, SK-middleEast-2964; set 120, FR-internationalNews-499)
    ("وقال العابد إن تكلفة المحطة تبلغ 300 مليون دولار، مستدركا بأن الطبقة السياسية تعرقل "
     "المشروع.", [("وقال", "العابد"), ("مستدركا", "العابد")]),
    ('وقال أردوغان إن "القوات سيطرت على مركز المدينة" متابعا أن عمليات نزع الألغام مستمرة.',
     [("وقال", "أردوغان"), ("متابعا", "أردوغان")]),
])
def test_going_on_and_caveat_participles_continue_the_speaker(
        text: str, said: list[tuple[str, str]]) -> None:
    assert _said(text) == said
    assert reporting_lexicon().verbs[normalize("متابعاً")].participle


def test_follow_up_verbal_noun_is_no_participle() -> None:
    # near miss: «متابعة» is the verbal noun (follow-up) before it is the feminine participle,
    # and inside a speaker's title it must not end the title or open a statement (set 86,
    # SNN-43a82d7cdd83, lost by a first version); «متابعين» is followers
    assert _said("وأوضح رئيس فريق العمل المكلف بالإشراف ومتابعة سير العمل أن الفريق بدأ "
                 "عمله.") == [("وأوضح", "رئيس فريق العمل المكلف بالإشراف ومتابعة سير العمل")]
    assert _said("وأشار الوزير إلى متابعة الحكومة أن القرار صدر.") == [("وأشار", "الوزير")]
    lex = reporting_lexicon()
    assert all(lex.verbs.get(normalize(w)) is None for w in ("متابعة", "ومتابعة", "متابعين"))


@pytest.mark.parametrize("text,said", [
    # after a comma, «إلا أن/لكن» and another source's subject start that source's statement
    # (set 154, SNN-4037855b2bab; set 163, BB-middleEast-995); the first one's words end
    # before the comma
    ("وتابع قاسميار: إن الصين ستستضيف اللقاء على الأرجح، إلا أن مسؤولا آخر في المجلس الأعلى "
     "للسلام أشار إلى أن الأمر لم يتأكد بعد.",
     [("وتابع", "قاسميار"), ("أشار", "مسؤولا آخر في المجلس الأعلى للسلام")]),
    ("وأعلن السفير السوري أن عدد المقاتلين يبلغ خمسة آلاف، لكن مبعوث الصين الخاص صرح بأن "
     "العدد أقل.", [("وأعلن", "السفير السوري"), ("صرح", "مبعوث الصين الخاص")]),
    # the subject after the lead speaks, not a noun of the words before it (set 148,
    # BB-middleEast-740)
    ("وقالت الشرطة إن المحتجين تجمعوا عند الحقل، ولكن المسؤولين في الحقل قالوا إن العمل لم "
     "يتوقف.", [("وقالت", "الشرطة"), ("قالوا", "المسؤولين في الحقل")]),
])
def test_contrasted_source_after_words_starts_its_own_statement(
        text: str, said: list[tuple[str, str]]) -> None:
    statements = extract_statements(text)
    assert [(st.cue, st.speaker.text) for st in statements] == said
    first = statements[0].content
    assert first is not None and "،" not in first.text


@pytest.mark.parametrize("text", [
    # near misses: inside a quotation the contrast is the speaker's own; with no comma, no
    # subject or a subject that is no referent («ما أعلنه…») the words go on
    'وقال الوزير إن "المفاوضات مستمرة، إلا أن المرصد السوري أعلن مقتل تسعة".',
    "وقال الوزير إن المفاوضات مستمرة لكن المرصد السوري أعلن مقتل تسعة.",
    "وقال الوزير إن المفاوضات مستمرة، لكن أعلن أن الحل بعيد.",
    "وقال الوزير إن المفاوضات مستمرة، إلا أن ما أعلنه المرصد غير صحيح.",
    # a negated verb says nothing was said (BB-middleEast-814, read false in a first version)
    "وقال الوزير إن المسلحين خطفوا رهائن، لكن تنظيم الدولة لم يؤكد بعد إن كان قد خطف أحدا.",
])
def test_contrast_inside_the_words_needs_a_comma_a_subject_and_no_quotation(
        text: str) -> None:
    assert [st.cue for st in extract_statements(text)] == ["وقال"]


def test_contrast_after_a_concession_keeps_what_was_conceded() -> None:
    # «ومع أن دمشق نفت…، إلا أن…» (set 145, FR-middleEast-190): the denial's words were read
    # from the lead's «أن»; they are what lies before the comma, and the agency speaks after it
    statements = extract_statements(
        "ومع أن دمشق نفت هذه الاتهامات، إلا أن الوكالة الدولية للطاقة الذرية أعلنت في 2011 أنه "
        "من المحتمل جدا أن يكون الموقع مفاعلا نوويا.")
    assert [(st.cue, st.speaker.text) for st in statements] == [
        ("نفت", "دمشق"), ("أعلنت", "الوكالة الدولية للطاقة الذرية")]
    denied = statements[0].content
    assert denied is not None and denied.text == "هذه الاتهامات"


def test_deeming_participle_takes_a_plain_object_and_its_predicate() -> None:
    # «معتبرا» says what the speaker deemed a thing: the object and its predicate, no «أن»
    # needed (set 38, CN-middleEast-525; set 73, CN-middleEast-1637)
    statements = extract_statements("ورحب الرئيس الأمريكي بإعلان السعودية نتائج التحقيق، معتبرا "
                                    "الإعلان خطوة جيدة وهامة.")
    assert [(st.cue, st.speaker.text) for st in statements] == [
        ("ورحب", "الرئيس الأمريكي"), ("معتبرا", "الرئيس الأمريكي")]
    deemed = statements[1].content
    assert deemed is not None and deemed.text == "الإعلان خطوة جيدة وهامة"


@pytest.mark.parametrize("text,cues", [
    # near misses: «متوقعا» keeps needing a clause or a verbal noun (its feminine is mostly the
    # adjective «expected»), and «متوقعة» after a noun is that adjective
    ("وقال الوزير إن الوضع صعب، متوقعا انفراجا قريبا.", ["وقال"]),
    ("ووافقت الوزارة على بيع الصواريخ بتكلفة متوقعة تصل إلى أربعة مليارات دولار.", []),
])
def test_expecting_participle_takes_no_plain_object(text: str, cues: list[str]) -> None:
    assert [st.cue for st in extract_statements(text)] == cues


@pytest.mark.parametrize("text,said", [
    # «مذكرا بـ/أن…» (reminding of) (set 5, SK-internationalNews-1353)
    ("وطلب وزير الدفاع الإسرائيلي أفيغدور ليبرمان من روسيا دعما أكبر، مذكرا بقرار حكومته عدم "
     "المشاركة في العقوبات.",
     [("وطلب", "وزير الدفاع الإسرائيلي أفيغدور ليبرمان"),
      ("مذكرا", "وزير الدفاع الإسرائيلي أفيغدور ليبرمان")]),
    # «مكررا» (repeating) with a verbal noun for its object
    ("وقال نصرالله إن إسرائيل أدخلت نفسها في قتال مباشر، مكررا دعوته إلى الحوار.",
     [("وقال", "نصرالله"), ("مكررا", "نصرالله")]),
])
def test_reminding_and_repeating_participles_continue_the_speaker(
        text: str, said: list[tuple[str, str]]) -> None:
    statements = extract_statements(text)
    assert [(st.cue, st.speaker.text) for st in statements] == said
    first = statements[0].content
    assert first is not None and "،" not in first.text


@pytest.mark.parametrize("text,said", [
    # near misses: «مذكرة» is a memo or a warrant, «مكررة» the adjective «repeated»;
    # «متحدثا» stays no cue: its accusative is also the noun «spokesman» inside a speaker
    # (set 32, BB-internationalNews-1139; set 117, SNN-46010a4763da)
    ("وأصدرت فرنسا في حقه مذكرة توقيف دولية بأن يسلم نفسه.", []),
    ("وشهدت المدينة محاولات مكررة بأن تقتحم.", []),
    ("لكن متحدثا رسميا قال إن القنطار لم يعد في المطار.", [("قال", "متحدثا رسميا")]),
])
def test_memo_repeated_and_spokesman_are_no_participles(
        text: str, said: list[tuple[str, str]]) -> None:
    assert _said(text) == said
    lex = reporting_lexicon()
    assert all(lex.verbs.get(normalize(w)) is None for w in ("متحدثا", "مذكرة", "مكررة"))


@pytest.mark.parametrize("text,said", [
    # «لكن» governs its noun as «أن» does, in the accusative or oblique («مسؤولين، مصادرَ»):
    # a speaker noun after it opens the subject of the verb, prepositional phrase and all
    # (set 148, BB-middleEast-740; SNN-20fdcb0601e5)
    ("وكانت المحطة قد توقفت. ولكن مسؤولين في الحقل قالوا إن العمل لم يتوقف.",
     [("قالوا", "مسؤولين في الحقل")]),
    ("لكنّ مصادر قريبة من طهران أوضحت أن الاتفاق قريب.",
     [("أوضحت", "مصادر قريبة من طهران")]),
    ("لكن المسؤولين في الحقل قالوا إن العمل لم يتوقف.", [("قالوا", "المسؤولين في الحقل")]),
])
def test_speaker_noun_after_lakin_opens_a_long_subject(
        text: str, said: list[tuple[str, str]]) -> None:
    assert _said(text) == said


@pytest.mark.parametrize("text,said", [
    # near misses: a noun that names no speaker may open a clause of its own after «لكن»
    # («مقاومة تشكلت…»), and a setting is no subject
    ("لكن مقاومة تشكلت من الأهالي أعلنت أن العمل لم يتوقف.", [("أعلنت", "")]),
    ("لكن في مستهل الاجتماع قال ترامب إن العمل لم يتوقف.", [("قال", "ترامب")]),
])
def test_lakin_before_a_clause_or_a_setting_opens_no_subject(
        text: str, said: list[tuple[str, str]]) -> None:
    assert _said(text) == said


@pytest.mark.parametrize("text,said", [
    # «عبر عن» is «expressed» wherever its clause opens: the preposition «عبر» (via) never
    # governs «عن», so the subject may stand before the verb (pass 101)
    ("المتحدث باسم الخارجية المصرية عبر عن قلق بلاده من التصعيد.",
     [("عبر", "المتحدث باسم الخارجية المصرية")]),
    ("وكان مكتب المفوض السامي والاتحاد الأوروبي عبرا عن القلق إزاء الوضع.",
     [("عبرا", "مكتب المفوض السامي والاتحاد الأوروبي")]),
    ("وكان الرئيس قد عبر عن قلقه من التصعيد.", [("عبر", "الرئيس")]),
])
def test_expressed_with_an_right_after_it_takes_the_subject_before_it(
        text: str, said: list[tuple[str, str]]) -> None:
    assert _said(text) == said


@pytest.mark.parametrize("text,said", [
    # near misses: «عبر» as "via" («عبر وكالة…، عبر أجهزة… عن بعد»), and «عبر عن» + words
    # already reported («عن هذا الاستعداد») rather than a feeling, are no statements
    ("وأعلن التنظيم عبر وكالة أعماق مسؤوليته عن الهجوم.", [("وأعلن", "التنظيم")]),
    ("وتطير الطائرات عبر أجهزة تحكم عن بعد.", []),
    ("ترامب عبر عن هذا الاستعداد لكنه لم يتوان في توجيه تهديدات لإيران.", []),
])
def test_via_abbar_or_expressing_a_reference_is_no_statement(
        text: str, said: list[tuple[str, str]]) -> None:
    assert _said(text) == said


@pytest.mark.parametrize("text,said", [
    # «لكن» governs a definite noun phrase as «أن» does: it is the subject of the verb of
    # saying it runs up to, a place inside it and all (pass 101)
    ("وتعهد الوزير بالرد. لكن السفارة البريطانية في لاهاي كتبت على موقع تويتر أن روسيا "
     "لم تسمح بدخول المفتشين.",
     [("كتبت", "السفارة البريطانية في لاهاي")]),
    ("ولكن المحققين الأمميين في جرائم الحرب اتهموها باستهداف المنشآت الطبية.",
     [("اتهموها", "المحققين الأمميين في جرائم الحرب")]),
])
def test_definite_noun_after_lakin_opens_a_long_subject(
        text: str, said: list[tuple[str, str]]) -> None:
    assert _said(text)[-1:] == said


@pytest.mark.parametrize("text,said", [
    # «ومضى» (went on) opened by a conjunction, with a verbal noun of saying a few words on,
    # reports what follows it; its subject stands between or was dropped (pass 101)
    ("وقال المواطن اليمني سالم الحذيفي إنه عاد. ومضى الحذيفي بالقول إنه أصر على العودة.",
     [("وقال", "المواطن اليمني سالم الحذيفي"), ("ومضى", "الحذيفي")]),
    ("وقال الناطق إن الشرطة عثرت على الجثة. ومضى للقول، \"أكلت السباع كل جسمه تقريبا\".",
     [("وقال", "الناطق"), ("ومضى", "الناطق")]),
])
def test_went_on_with_a_noun_of_saying_reports(text: str, said: list[tuple[str, str]]) -> None:
    assert _said(text) == said


@pytest.mark.parametrize("text,said", [
    # near misses: «مضى» unopened, or with no noun of saying, is time passing
    ("وقال الوزير إن المشروع ناجح. مضى الوزير بالقول إن العمل مستمر.",
     [("وقال", "الوزير")]),
    ("وقال الوزير إن المشروع ناجح. ومضى عام على انطلاقته دون أن يتعثر.",
     [("وقال", "الوزير")]),
])
def test_went_on_without_a_noun_of_saying_is_time(text: str, said: list[tuple[str, str]]) -> None:
    assert _said(text) == said


@pytest.mark.parametrize("text,said", [
    # a manner adverb between «عبر» and «عن», and an intensifier before the feeling, leave
    # «عبر» the verb (statement_words v74)
    ("وكانت واشنطن عبرت سابقا عن قلقها بشأن قرار تركيا.", [("عبرت", "واشنطن")]),
    ("وعبر سمو نائب خادم الحرمين الشريفين عن أبلغ التهاني.",
     [("وعبر", "سمو نائب خادم الحرمين الشريفين")]),
    ("وعبر الأب المكلوم عن خيبة أمله من استعادة جثمان ابنه.", [("وعبر", "الأب المكلوم")]),
])
def test_expressed_past_an_adverb_or_before_an_intensified_feeling(
        text: str, said: list[tuple[str, str]]) -> None:
    assert _said(text) == said


@pytest.mark.parametrize("text,said", [
    # near misses: «عبر» as "via" with an adverb after it and «عن طريق» (by way of) further on
    ("ووصل الوفد عبر الحدود عن طريق البر.", []),
    ("وانتقل عبر مجددا عن طريق تركيا.", []),
])
def test_via_abbar_before_by_way_of_is_no_statement(
        text: str, said: list[tuple[str, str]]) -> None:
    assert _said(text) == said


@pytest.mark.parametrize("text,said", [
    # a body, the media or an unnamed group after «بحسب/حسب/وفقا لـ» is a source
    # (statement_words v75 prep_source_heads), and so is a relaying outlet
    ("وصوت نحو مليون ناخب في الخارج، وفقا لمفوضية الانتخابات.",
     [("وفقا لمفوضية", "مفوضية الانتخابات")]),
    ("واستعاد الجيش السيطرة على كامل المدينة، حسب الإعلام الرسمي السوري.",
     [("حسب", "الإعلام الرسمي السوري")]),
    ("وقعت هجمات بغاز الكلور في سوريا بحسب دبلوماسيين.", [("بحسب", "دبلوماسيين")]),
    ("وشنت طائرات التحالف غارات بحسب سكاي نيوز على مواقع المليشيات.",
     [("بحسب", "سكاي نيوز")]),
])
def test_source_preposition_before_a_body_or_an_outlet(
        text: str, said: list[tuple[str, str]]) -> None:
    assert _said(text) == said


@pytest.mark.parametrize("text,said", [
    # «نفس/ذات» before a source (statement_words v75 source_quantifiers), and a title with the
    # «ل» of «وفقا لـ» fused to it, name a source as «بعض» and a bare title do
    ("ووفقا لذات المصادر، فقد فككت قوات الأمن عبوتين ناسفتين.",
     [("ووفقا لذات", "ذات المصادر")]),
    ("ويتواجد عناصر الحشد الشعبي، بحسب نفس البيان، على الشريط الحدودي.",
     [("بحسب", "نفس البيان")]),
    ("ووفقا لزعيم الحزب الاشتراكي، فإن الائتلاف سيستمر.",
     [("ووفقا لزعيم", "زعيم الحزب الاشتراكي")]),
    ("ويخضع القانون للتأويل وفقا للنائب إد رويس.", [("وفقا للنائب", "النائب إد رويس")]),
])
def test_source_preposition_before_the_same_source_or_a_fused_title(
        text: str, said: list[tuple[str, str]]) -> None:
    assert _said(text) == said


@pytest.mark.parametrize("text,said", [
    # near misses: a set of things, the results, a title with no name or body after it, and a
    # bare «نفس» (the self) after the preposition name nobody
    ("ووزعت المساعدات وفقا لمجموعة من المعايير.", []),
    ("ولم يتمكن الحزب، وفق النتائج، من حصد الغالبية.", []),
    ("وتم التصويت وفقا للنائب في البرلمان.", []),
    ("ويعمل كل فرد حسب نفسه.", []),
    # a bare «حسب» before a title and a name is no fused title: «حسب الشيخ جعفر» is a poet
    ("قرأت نصوصا لكل من عبده وازن، حسب الشيخ جعفر، محمد بنيس.", []),
])
def test_source_preposition_before_no_source_stays_silent(
        text: str, said: list[tuple[str, str]]) -> None:
    assert _said(text) == said


@pytest.mark.parametrize("text,said", [
    # a sentence of a source phrase alone after a full stop sources the sentence before it
    # in the same paragraph, as it would after a comma
    ("تقدمت قوات الجيش الوطني باتجاه مدينة لودر. بحسب مصادر عسكرية.\nوذكرت المصادر أن "
     "الميليشيات تراجعت.", [("بحسب", "مصادر عسكرية"), ("وذكرت", "المصادر")]),
    ("رفضت القاضية الطلب المقدم من وزارة العدل. وفقا لرويترز.\nوكانت الإدارة قد أعلنت ذلك.",
     [("وفقا لرويترز", "رويترز")]),
    ("صوت نحو مليون ناخب في الخارج. حسب ما أوردت فرانس برس.",
     [("حسب ما أوردت", "فرانس برس")]),
])
def test_source_phrase_alone_after_a_full_stop_sources_the_sentence_before(
        text: str, said: list[tuple[str, str]]) -> None:
    assert _said(text) == said


@pytest.mark.parametrize("text,said", [
    # near misses: after a line break the phrase heads what follows, and a phrase with a
    # clause of its own («فقد تم…») is no phrase alone
    ("رفضت القاضية الطلب المقدم من وزارة العدل.\nوفقا لرويترز.\nوكانت الإدارة قد أعلنت ذلك.",
     []),
    ("رفضت القاضية الطلب. وحسب أقواله فقد تم اتخاذ القرار.", []),
])
def test_source_phrase_with_words_of_its_own_or_after_a_break_is_not_joined(
        text: str, said: list[tuple[str, str]]) -> None:
    assert _said(text) == said


def test_outlet_alone_after_a_full_stop_relays_the_statement_before() -> None:
    # «…. وفقا لرويترز.»: the outlet relays the statement before, as after a comma, and the
    # words end before the full stop
    [st] = extract_statements("قال مصدران بالمعارضة اليوم إنه تم التوصل إلى اتفاق لإجلاء "
                              "المسلحين. وفقا لرويترز.")
    assert (st.cue, st.speaker.text, st.via.text if st.via else None) == (
        "قال", "مصدران بالمعارضة", "رويترز")
    assert st.content is not None and st.content.text == "إنه تم التوصل إلى اتفاق لإجلاء المسلحين"


@pytest.mark.parametrize("text,said", [
    # a source phrase after the narration it sources ends its paragraph: a verb with no subject
    # in the next paragraph does not go on with the agency
    ("وكان أعضاء الحزب يتباحثون مع الرئيس الأسبق، وفقا لوكالة الصحافة الفرنسية.\nوقال لدى "
     "خروجه من السجن \"سنلجأ الى الأمم المتحدة\".",
     [("وفقا لوكالة", "وكالة الصحافة الفرنسية"), ("وقال", "")]),
    # near misses: in the same paragraph the source goes on, and a subject of its own is read
    ("قتل عشرة مدنيين، بحسب المرصد. وأضاف أن القصف مستمر.",
     [("بحسب", "المرصد"), ("وأضاف", "المرصد")]),
    ("قتل عشرة مدنيين، بحسب المرصد.\nوأضاف المرصد أن القصف مستمر.",
     [("بحسب", "المرصد"), ("وأضاف", "المرصد")]),
])
def test_trailing_source_is_not_inherited_past_its_paragraph(
        text: str, said: list[tuple[str, str]]) -> None:
    assert _said(text) == said


# --- statements pass 103 (#21): «اعتبر X Y», two objects, the second the judgement ---

def _said_content(text: str) -> list[tuple[str, str, str | None]]:
    return [(st.cue, st.speaker.text, st.content.text if st.content else None)
            for st in extract_statements(text)]


@pytest.mark.parametrize("text,said", [
    # a demonstrative or «ما» opens the thing judged after the subject, and an accusative in
    # «ا» or a quotation is the judgement
    ("وتعتبر تركيا هذه القوات امتدادا لحزب العمال الكردستاني.",
     [("وتعتبر", "تركيا", "هذه القوات امتدادا لحزب العمال الكردستاني")]),
    ("واعتبرت البحرين ما صدر عن خامنئي تدخلاً فجًا في الشأن البحريني.",
     [("واعتبرت", "البحرين", "ما صدر عن خامنئي تدخلاً فجًا في الشأن البحريني")]),
    ("واعتبرت الوزارة هذه التصريحات \"تدخلا سافرا\" في شؤون البلاد.",
     [("واعتبرت", "الوزارة", "هذه التصريحات \"تدخلا سافرا\" في شؤون البلاد")]),
])
def test_deemed_with_two_objects_reports_the_judgement(
        text: str, said: list[tuple[str, str, str | None]]) -> None:
    assert _said_content(text) == said


def test_deemed_after_a_named_subject_splits_at_the_entity() -> None:
    # with entities the name ends the subject: a definite noun after a place that is no nisba
    # adjective («أنقرة الوحدات»), or a bare noun after it («أنقرة حزب»), is the thing judged
    text = "وتعتبر أنقرة الوحدات الكردية السورية امتدادا لحزب العمال الكردستاني."
    assert _linked(text, ("أنقرة", "gpe:turkey", "place", "alias")) == [("أنقرة", "gpe:turkey")]
    text = "وتعتبر أنقرة حزب العمال الكردستاني \"منظمة إرهابية\"."
    [st] = extract_statements(text, [Entity("gpe:turkey", "place", "أنقرة", mentions=[
        Mention(text.index("أنقرة"), text.index("أنقرة") + 5, "أنقرة")])])
    assert st.speaker.text == "أنقرة"
    assert st.content is not None and st.content.text.startswith("حزب العمال الكردستاني")


@pytest.mark.parametrize("text", [
    # near misses: one noun phrase before the judgement is the unvowelled passive «يُعتبر»
    # (is considered), and without entities a bare word and a definite one may be one name
    # or a construct; a relative clause or «مما» ends the verb's clause
    "ويعتبر المسجد واحدا من أقدم المساجد في المدينة.",
    "وتعتبر دير الزور مثالا على تعقيدات النزاع السوري.",
    "ويعتبر اتفاق انسحاب المسلحين الثاني من نوعه خطوة مهمة.",
    "وتعتبر وحدات حماية الشعب الكردية امتدادا لحزب العمال الكردستاني.",
    "واعتبرت المعلومات التي حصل عليها كوهين مهمة جدا في الحرب.",
    "ويعتبر الموعد أبكر بأكثر من عام مما كان مفترضا.",
])
def test_deemed_with_one_noun_phrase_is_the_passive(text: str) -> None:
    assert _said(text) == []


def test_deemed_title_before_a_given_name_keeps_the_name() -> None:
    # near miss: a common given name after a title continues the subject («الدكتورة مروة»),
    # never the thing judged, so the speaker is not cut to the title
    text = ('حيث تعتبر الدكتورة مروة محمود جمال الدين "أستاذ بالمعهد العالي" الدراما من '
            'الأدوات المؤثرة.')
    assert [s for _, s in _said(text)] in ([], ["الدكتورة مروة محمود جمال الدين"])


@pytest.mark.parametrize("text,said", [
    # the present «تكتب/يكتب» next to a press writer reports what the paper or the writer
    # wrote (statement_words v76 writes_forms, press_writers), after it or before it
    ("بشأن سوريا تكتب صحيفة \"العرب\" بأن الأسد على وشك استعادة الجنوب السوري.",
     [("تكتب", "صحيفة \"العرب\"")]),
    ("\"القدس العربي\" تكتب بأن هذا القانون يعكس صدوعا كبرى في فلسطين.",
     [("تكتب", "القدس العربي")]),
    ("صاحب المقال يكتب بأن \"ما يحدث في سوريا اليوم لا علاقة له بالسياسة\".",
     [("يكتب", "صاحب المقال")]),
])
def test_press_writer_present_writes_reports(text: str, said: list[tuple[str, str]]) -> None:
    assert _said(text) == said


@pytest.mark.parametrize("text", [
    # near misses: without a press writer the present is what someone does with a pen; a topic
    # after «عن» and an article's headline after «عنوان» give no words of the paper
    "وبقي يكتب في الصحافة الخليجية بأن يعمل ليلا ونهارا.",
    "فهناك من قال إنها لغة قديمة تكتب بأحرف عربية.",
    "أتابع ما يكتب حولكم في صحيفة «الرياض» هذه الأيام.",
    "صحيفة \"لوموند\" الفرنسية تكتب عن الصعوبات التي يواجهها فريق التفتيش.",
    "تكتب صحيفة \"القدس العربي\" في مقال تحت عنوان \"واشنطن تفشل في منع وصول عباس\".",
])
def test_present_writes_without_a_paper_or_its_words_is_none(text: str) -> None:
    assert _said(text) == []


@pytest.mark.parametrize("text,said", [
    # a bill of indictment or a book is a text «وجاء في» names (statement_words v76 jaa_texts)
    ("وجاء في لائحة الاتهام، أن جريحين سوريين وصلا إلى الجولان.",
     [("وجاء في", "لائحة الاتهام")]),
    # near miss: a list with no words after it names no text's words
    ("وجاء في لائحة المرشحين اسم الوزير السابق.", []),
])
def test_came_in_a_bill_of_indictment_reports(text: str, said: list[tuple[str, str]]) -> None:
    assert _said(text) == said


@pytest.mark.parametrize("text,said", [
    # a relative after a construct whose bare head names no speaker describes the definite
    # genitive, which speaks (``_construct_genitive``)
    ("وأثار التصعيد العسكري قلق المجتمع الدولي الذي دعا إلى ضبط النفس.",
     [("دعا", "المجتمع الدولي")]),
    ("وكان هذا التغيير جذريا في سياسة التنظيم الذي زعم في صيف 2017 أن نساء كن يبعثن رسائل.",
     [("زعم", "التنظيم")]),
    ("وأدت هذه المطالب إلى انقسام في صفوف المعارضة والتي رأت أن الموافقة عليها استسلام.",
     [("رأت", "المعارضة")]),
    ("وأثار ذلك غضب المعارضين الذين قالوا إن الحكومة فشلت.", [("قالوا", "المعارضين")]),
])
def test_relative_on_a_construct_describes_its_genitive(text: str,
                                                         said: list[tuple[str, str]]) -> None:
    assert _said(text) == said


@pytest.mark.parametrize("text", [
    # near misses: a head that speaks («أهالي») or a text that says («قرار»), a person's name
    # («عبد الرحمن»), a relative that does not fit the genitive
    # («أنصار الحزب الذين»: the supporters), a cue with an object pronoun whose object the
    # relative is (the dropped subject, Erdogan, judged), a cue of the other gender («أعلن»
    # after «التي»), a definite head after a clitic
    "وخرج أهالي القرية الذين أكدوا أن الجيش قصف منازلهم.",
    "واتفقا على ضرورة تطبيق قرار مجلس الأمن الدولي الذي يدعو لوقف إطلاق النار.",
    "وتتواصل حركة النازحين، وفق عبد الرحمن الذي أشار إلى أن الاتفاق صامد.",
    "وأثار ذلك غضب أنصار الحزب الذين قالوا إن الحكومة فشلت.",
    "وربط الرئيس بين النزاعات وأزمة العملة التركية التي اعتبرها \"حربا اقتصادية\".",
    "واستعرض الباحثون بيانات لكل الهجمات التي أعلن عنها أنها وقعت في المدينة.",
    "وجاء ذلك وفقا للاستراتيجية العسكرية الأميركية الجديدة التي أعلنت أن الصين منافس.",
])
def test_relative_on_a_construct_near_misses_keep_no_genitive_speaker(text: str) -> None:
    assert all(speaker not in ("القرية", "الحزب", "العملة التركية", "الهجمات", "الرحمن",
                               "مجلس الأمن الدولي",
                               "العسكرية الأميركية الجديدة")
               for _, speaker in _said(text))


@pytest.mark.parametrize("text,said", [
    # «سبق لـX أن + verb»: X after «سبق»'s «لـ» is the verb's subject (``_sabaqa_subject``)
    ("وسبق لوزارة السياحة والآثار العراقية أن أعلنت عن وصول أول مشفى إيطالي.",
     [("أعلنت", "وزارة السياحة والآثار العراقية")]),
    ("وليست الحملة المشكلة الوحيدة، إذ سبق لمنظمات حقوقية أن نبهت إلى ظروف العمال.",
     [("نبهت", "منظمات حقوقية")]),
    ("وسبق للعشائر أن شكت مرارًا من ضعف الدعم الحكومي لها.", [("شكت", "العشائر")]),
    # near misses: a pronoun after «لـ» names no one, and an aside set off between «سبق لـX»
    # and «أن» is no one noun phrase
    ("وسبق له أن حذر من انهيار الاتفاق.", [("حذر", "")]),
    ("وسبق للحكومة، في بيان سابق، أن أعلنت أنها لن تتراجع.", [("أعلنت", "")]),
])
def test_sabaqa_li_names_the_subject_of_the_verb_after_an(text: str,
                                                          said: list[tuple[str, str]]) -> None:
    assert _said(text) == said
