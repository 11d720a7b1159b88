"""scripts/build_ner_silver.py: analyst forms put back on article text in ANERcorp's
conventions (place heads outside, clitic tokens tagged whole), and forms ANERcorp would not
call a name (nominal references, nationality adjectives) keep their sentence out."""

from __future__ import annotations

from pathlib import Path

from conftest import load_script
from marsad.arabic.tokenize import Token

silver = load_script("build_ner_silver")

# ANERcorp-like usage: «مدينة» and «السوري» are mostly outside names, «دمشق» inside.
OUTSIDE = frozenset({"مدينة", "السوري", "الجيش"})


def _tokens(text: str) -> list[Token]:
    out, at = [], 0
    for word in text.split(" "):
        out.append(Token(word, at, at + len(word)))
        at += len(word) + 1
    return out


def test_mostly_outside_reads_anercorp_usage(tmp_path: Path) -> None:
    conll = tmp_path / "a.conll"
    rows = ["مدينة O", "دمشق B-LOC", "مدينة O", "حمص B-LOC", "مدينة O", "دمشق B-LOC", ""]
    conll.write_text("\n".join(rows) + "\n", "utf-8")
    outside = silver.mostly_outside(conll)
    assert "مدينة" in outside
    assert "دمشق" not in outside  # inside a name every time
    assert "حمص" not in outside  # seen once: too rare to judge


def test_place_head_left_out_and_clitic_token_tagged_whole() -> None:
    text = "قصفت الطائرات مدينة دوما وبشار الأسد في دمشق"
    rows = [
        {"type": "GPE", "forms": ["مدينة دوما", "دوما"]},
        {"type": "PER", "forms": ["بشار الأسد"]},
        {"type": "GPE", "forms": ["دمشق"]},
    ]
    names, doubtful = silver.project(text, rows, OUTSIDE)
    assert doubtful == []
    tags = silver.sentence_tags(_tokens(text), names)
    assert tags == ["O", "O", "O", "B-LOC", "B-PERS", "I-PERS", "O", "B-LOC"]


def test_nominal_and_adjective_forms_are_doubtful_not_relabelled() -> None:
    text = "قال الجيش السوري إن الجيش تقدم"
    rows = [{"type": "ORG", "forms": ["الجيش السوري", "الجيش"]}]
    names, doubtful = silver.project(text, rows, OUTSIDE)
    assert names == [] and len(doubtful) == 3
    # a person's head word that ANERcorp tags inside names is kept («الأسد» is not outside)
    names, doubtful = silver.project("قال الأسد", [{"type": "PER", "forms": ["الأسد"]}], OUTSIDE)
    assert names == [(4, 9, "PERS")] and doubtful == []


def test_facility_and_off_edge_names_keep_their_sentence_out() -> None:
    names, doubtful = silver.project("في فندق شيراتون", [{"type": "FAC", "forms": ["شيراتون"]}],
                                     OUTSIDE)
    assert names == [] and doubtful == [(8, 15)]
    # a name ending inside a token (tokenised «دمشق-حمص» as one word) cannot be tagged
    assert silver.sentence_tags([Token("دمشق-حمص", 0, 8)], [(0, 4, "LOC")]) is None


def test_longest_overlapping_form_wins() -> None:
    text = "أعلنت قوات سوريا الديمقراطية"
    rows = [{"type": "ORG", "forms": ["قوات سوريا الديمقراطية"]}, {"type": "GPE",
                                                                   "forms": ["سوريا"]}]
    names, _ = silver.project(text, rows, OUTSIDE)
    assert names == [(6, 28, "ORG")]
