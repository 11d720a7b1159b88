"""scripts/build_ner_silver.py: analyst forms put back on article text in ANERcorp's
conventions (place heads outside, clitic tokens tagged whole), and forms ANERcorp would not
call a name (nominal references, nationality adjectives, common nouns used for one entity,
a longer name's head noun alone, plural nisbas) keep their sentence out."""

from __future__ import annotations

from pathlib import Path

from conftest import load_script
from marsad.arabic.tokenize import Token

silver = load_script("build_ner_silver")

# ANERcorp-like usage: «مدينة» and «السوري» are mostly outside names, «دمشق» inside;
# «المملكة» and «البرلمان» are common nouns (outside names, never a name by themselves),
# «السعودية» and «الإمارات» are also tagged alone.
OUTSIDE = frozenset({"مدينة", "السوري", "الجيش"})
USAGE = silver.Usage(outside=OUTSIDE, alone=frozenset({"السعودية", "الإمارات"}),
                     unnamed=frozenset({"المملكة", "البرلمان", "السعودية"}))


def _tokens(text: str) -> list[Token]:
    out, at = [], 0
    for word in text.split(" "):
        out.append(Token(word, at, at + len(word)))
        at += len(word) + 1
    return out


def test_anercorp_usage_reads_words_without_their_proclitics(tmp_path: Path) -> None:
    conll = tmp_path / "a.conll"
    rows = ["مدينة O", "دمشق B-LOC", "ومدينة O", "حمص B-LOC", "لمدينة O", "دمشق B-LOC", "",
            "المملكة B-LOC", "المتحدة I-LOC", "والمملكة O", "الأردن B-LOC", ""]
    conll.write_text("\n".join(rows) + "\n", "utf-8")
    usage = silver.anercorp_usage(conll)
    assert "مدينة" in usage.outside  # «ومدينة», «لمدينة» count as the same word
    assert "دمشق" not in usage.outside  # inside a name every time
    assert "حمص" not in usage.outside  # seen once: too rare to judge
    # outside a name once and only inside longer names otherwise: a common noun
    assert "المملكة" in usage.unnamed and "المملكة" not in usage.alone
    assert "الأردن" in usage.alone and "الأردن" not in usage.unnamed
    assert silver.bare("للبرلمان") == "البرلمان" and silver.bare("وإسرائيل") == "إسرائيل"


def test_place_head_left_out_and_clitic_token_tagged_whole() -> None:
    text = "قصفت الطائرات مدينة دوما وبشار الأسد في دمشق"
    rows = [
        {"type": "GPE", "forms": ["مدينة دوما", "دوما"]},
        {"type": "PER", "forms": ["بشار الأسد"]},
        {"type": "GPE", "forms": ["دمشق"]},
    ]
    names, doubtful = silver.project(text, rows, USAGE)
    assert doubtful == []
    tags = silver.sentence_tags(_tokens(text), names)
    assert tags == ["O", "O", "O", "B-LOC", "B-PERS", "I-PERS", "O", "B-LOC"]


def test_nominal_and_adjective_forms_are_doubtful_not_relabelled() -> None:
    text = "قال الجيش السوري إن الجيش تقدم"
    rows = [{"type": "ORG", "forms": ["الجيش السوري", "الجيش"]}]
    names, doubtful = silver.project(text, rows, USAGE)
    assert names == [] and len(doubtful) == 3
    # a person's head word that ANERcorp tags inside names is kept («الأسد» is not outside)
    names, doubtful = silver.project("قال الأسد", [{"type": "PER", "forms": ["الأسد"]}], USAGE)
    assert names == [(4, 9, "PERS")] and doubtful == []


def test_facility_and_off_edge_names_keep_their_sentence_out() -> None:
    names, doubtful = silver.project("في فندق شيراتون", [{"type": "FAC", "forms": ["شيراتون"]}],
                                     USAGE)
    assert names == [] and doubtful == [(8, 15)]
    # a name ending inside a token (tokenised «دمشق-حمص» as one word) cannot be tagged
    assert silver.sentence_tags([Token("دمشق-حمص", 0, 8)], [(0, 4, "LOC")]) is None


def test_longest_overlapping_form_wins() -> None:
    text = "أعلنت قوات سوريا الديمقراطية"
    rows = [{"type": "ORG", "forms": ["قوات سوريا الديمقراطية"]}, {"type": "GPE",
                                                                   "forms": ["سوريا"]}]
    names, _ = silver.project(text, rows, USAGE)
    assert names == [(6, 28, "ORG")]


def test_one_word_common_noun_keeps_its_sentence_out_even_with_a_proclitic() -> None:
    text = "أكدت المملكة دعمها وقال رئيس للبرلمان إن السعودية"
    rows = [{"type": "GPE", "forms": ["المملكة", "السعودية"]},
            {"type": "ORG", "forms": ["برلمان"]}]
    names, doubtful = silver.project(text, rows, USAGE)
    assert doubtful == [(5, 12), (31, 37)] and names == [(41, 49, "LOC")]
    # near miss: the common noun inside a longer name is the name's own word
    names, doubtful = silver.project("زار المملكة المتحدة", [
        {"type": "GPE", "forms": ["المملكة المتحدة"]}], USAGE)
    assert names == [(4, 19, "LOC")] and doubtful == []


def test_head_noun_of_a_longer_form_alone_is_a_nominal_reference() -> None:
    rows = [{"type": "ORG", "forms": ["المرصد السوري لحقوق الإنسان", "المرصد"]}]
    names, doubtful = silver.project("بحسب المرصد", rows, USAGE)
    assert names == [] and doubtful == [(5, 11)]
    # near misses: a name ANERcorp tags alone («الإمارات»), a head without the article
    # («كيم» of «كيم جونغ أون»)
    rows = [{"type": "GPE", "forms": ["الإمارات العربية المتحدة", "الإمارات"]},
            {"type": "PER", "forms": ["كيم جونغ أون", "كيم"]}]
    names, doubtful = silver.project("زار كيم الإمارات", rows, USAGE)
    assert doubtful == [] and names == [(4, 7, "PERS"), (8, 16, "LOC")]
    never_alone = silver.Usage(outside=OUTSIDE)
    assert silver.project("زار الإمارات", rows, never_alone)[0] == []


def test_plural_nisba_names_members_not_the_group() -> None:
    rows = [{"type": "ORG", "forms": ["الحوثيين", "جماعة الحوثي"]}]
    names, doubtful = silver.project("هاجم الحوثيين مواقع جماعة الحوثي", rows, USAGE)
    assert doubtful == [(5, 13)] and names == [(20, 32, "ORG")]


def test_anercorp_names_are_read_with_their_majority_type(tmp_path: Path) -> None:
    conll = tmp_path / "a.conll"
    rows = ["البيت B-MISC", "الأبيض I-MISC", "بالبحر B-LOC", "المتوسط I-LOC", "",
            "البيت B-ORG", "الأبيض I-ORG", "والبيت B-MISC", "الأبيض I-MISC", "رود B-PERS", ""]
    conll.write_text("\n".join(rows) + "\n", "utf-8")
    names = silver.anercorp_usage(conll).names
    assert names[("البيت", "الأبيض")] == {"MISC"}  # twice MISC (once with «و»), once ORG
    assert names[("البحر", "المتوسط")] == {"LOC"}  # the first word read without «ب»
    assert names[("رود",)] == {"PER"}


NAMED = silver.Usage(outside=OUTSIDE, names={
    ("البوسنة", "والهرسك"): frozenset({"LOC"}), ("البيت", "الأبيض"): frozenset({"MISC"}),
    ("فرنسا",): frozenset({"LOC"}), ("رود",): frozenset({"PER"})})


def test_a_name_anercorp_tags_longer_or_as_another_type_keeps_its_sentence_out() -> None:
    # the analyst's two places where ANERcorp tags one name
    assert silver.disagrees(["زار", "البوسنة", "والهرسك"], ["O", "B-LOC", "B-LOC"], NAMED)
    # one of them alone inside that name, the other word left O
    assert silver.disagrees(["زار", "البوسنة", "والهرسك"], ["O", "B-LOC", "O"], NAMED)
    # the analyst's ORG that ANERcorp tags MISC
    assert silver.disagrees(["قال", "البيت", "الأبيض"], ["O", "B-ORG", "I-ORG"], NAMED)


def test_a_name_anercorp_tags_the_same_way_or_next_to_another_stays() -> None:
    # the same words and type as ANERcorp's name, the first with a proclitic
    assert not silver.disagrees(["في", "بالبوسنة", "والهرسك"], ["O", "B-LOC", "I-LOC"], NAMED)
    # an ANERcorp name beside the projected one, not around it; PERS read as PER
    assert not silver.disagrees(["فرنسا", "ورود"], ["B-LOC", "B-PERS"], NAMED)
    assert not silver.disagrees(["قالت", "رود"], ["O", "B-PERS"], NAMED)
    # a word ANERcorp never tags as a name is no evidence either way
    assert not silver.disagrees(["زار", "ليون"], ["O", "B-LOC"], NAMED)


def test_place_only_sentences() -> None:
    assert silver.place_only(["O", "B-LOC", "I-LOC", "O", "B-LOC"])
    # near misses: a person or an organisation beside the places
    assert not silver.place_only(["B-PERS", "O", "B-LOC"])
    assert not silver.place_only(["B-ORG", "I-ORG", "B-LOC"])
