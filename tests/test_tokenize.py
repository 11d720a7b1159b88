"""Tokeniser and clitic splitter on hand-made cases and on real shared news articles."""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

import pytest

from marsad.arabic.tokenize import (
    Segmentation,
    Token,
    candidates,
    load_clitics,
    split_clitics,
    token_texts,
    tokenize,
)

SEED = Path("/work/shared/seed/step-news-interview.txt")
needs_seed = pytest.mark.skipif(not SEED.exists(), reason="shared seed not available")


def _roundtrip(text: str) -> list[Token]:
    toks = tokenize(text)
    for t in toks:
        assert text[t.start : t.end] == t.text
        assert t.start < t.end
    assert [t.text for t in toks] == token_texts(text)
    # Tokens are ordered and non-overlapping; nothing but spaces/invisibles between them.
    for a, b in itertools.pairwise(toks):
        assert a.end <= b.start
    return toks


def test_quotes_and_tatweel() -> None:
    toks = tokenize("«لـ”الشركاء”»")
    assert [t.text for t in toks] == ["«", "لـ", "”", "الشركاء", "”", "»"]
    assert [t.text for t in tokenize('قال "نعم" و“لا”')] == [
        "قال", '"', "نعم", '"', "و", "“", "لا", "”",
    ]


def test_numbers() -> None:
    text = "بلغ 2.5% و1,000 جندي و٣٫٥ مليون عام ٢٠١٤."
    assert [t.text for t in tokenize(text)] == [
        "بلغ", "2.5", "%", "و", "1,000", "جندي", "و", "٣٫٥", "مليون", "عام", "٢٠١٤", ".",
    ]


def test_figure_mode_keeps_grouped_numbers_whole() -> None:
    # the quantity finder's reading of numbers; the word-level tokens keep these apart
    text = "1 234 567.89 و١،٢٣٤،٥٦٧ و1e10 و12.32e+14 ، .08 و1,234 كلم"
    figures = [t.text for t in tokenize(text, figures=True)]
    assert figures == [
        "1 234 567.89", "و", "١،٢٣٤،٥٦٧", "و", "1e10", "و", "12.32e+14", "،", ".08",
        "و", "1,234", "كلم",
    ]
    assert [t.text for t in tokenize(text)][:6] == ["1", "234", "567.89", "و", "١", "،"]
    # words, punctuation and offsets are the same tokens in both modes
    plain = "قتل 5 أشخاص، وأصيب «عشرة» آخرون."
    assert tokenize(plain, figures=True) == tokenize(plain)
    for t in tokenize(text, figures=True):
        assert text[t.start : t.end] == t.text


def test_diacritics_stay_inside_words_and_punct_is_split() -> None:
    toks = _roundtrip("مُحَمَّدٌ، وعليّ؛ (Hello-world)؟")
    assert [t.text for t in toks] == [
        "مُحَمَّدٌ", "،", "وعليّ", "؛", "(", "Hello", "-", "world", ")", "؟",
    ]


def test_invisible_controls_are_skipped() -> None:
    text = "\u200fدمشق\u200f - حلب"
    assert [t.text for t in _roundtrip(text)] == ["دمشق", "-", "حلب"]


@pytest.mark.parametrize(
    ("word", "procs", "stem"),
    [
        ("بسوريا", ("ب",), "سوريا"),
        ("الباغوز", ("ال",), "باغوز"),
        ("للشركة", ("ل", "ال"), "شركة"),
        ("وبالعراق", ("و", "ب", "ال"), "عراق"),
        ("سيقول", ("س",), "يقول"),
        ("وزارة", (), "وزارة"),
        ("بلد", (), "بلد"),
        ("الذي", (), "الذي"),
        ("إلغاء", (), "إلغاء"),
        ("لـ", (), "لـ"),
        ("بها", (), "بها"),
        ("فرنسا", (), "فرنسا"),
    ],
)
def test_split_clitics_default(word: str, procs: tuple[str, ...], stem: str) -> None:
    seg = split_clitics(word)
    assert seg.proclitics == procs
    assert seg.stem == stem
    assert word[seg.stem_start : seg.stem_end] == seg.stem


def test_offsets_with_diacritics() -> None:
    word = "بِسُورِيَا"
    seg = split_clitics(word)
    assert seg.proclitics == ("ب",)
    assert seg.stem == "سُورِيَا" == word[seg.stem_start : seg.stem_end]


def test_candidates_ordered_from_no_split_to_full() -> None:
    cands = candidates("وبالعراق")
    assert cands[0] == Segmentation((), "وبالعراق", (), 0, 8)
    assert cands[-1].stem == "عراق"
    stripped = [c.stem_start + (8 - c.stem_end) for c in cands]
    assert stripped == sorted(stripped)


def test_lexicon_keeps_known_words_and_confirms_enclitics() -> None:
    lex = {"بلد", "سوريا", "كتاب", "وزاره"}
    assert split_clitics("بلد", lex).stem == "بلد"
    assert split_clitics("وزارة", lex).stem == "وزارة"
    assert split_clitics("وبسوريا", lex).stem == "سوريا"
    seg = split_clitics("كتابهم", lex)
    assert (seg.stem, seg.enclitics) == ("كتاب", ("هم",))
    # Two-letter stems become reachable only when the lexicon knows them.
    assert all(c.stem != "قم" for c in candidates("بقم"))
    assert any(c.stem == "قم" for c in candidates("بقم", {"قم"}))


def test_inventory_is_data() -> None:
    inv = load_clitics()
    forms = {f for f, _ in inv.proclitics}
    assert {"و", "ف", "ب", "ل", "ك", "س", "ال", "لل", "وال", "بال", "وبال", "ولل"} <= forms
    assert set(inv.enclitics) == {"ه", "ها", "هم", "هما", "هن", "ك", "كم", "كن", "ي", "نا"}


@needs_seed
def test_seed_interview() -> None:
    text = SEED.read_text(encoding="utf-8")
    toks = _roundtrip(text)
    words = [t.text for t in toks]
    assert "ببلدة" in words
    assert split_clitics("بسوريا").stem == "سوريا"
    i = words.index("الباغوز")
    assert split_clitics(words[i]).stem == "باغوز"


def test_roundtrip_200_articles(shared_articles: list[dict[str, Any]]) -> None:
    texts = [row["text"] for row in shared_articles[:200]]
    assert len(texts) == 200
    n = 0
    for text in texts:
        toks = _roundtrip(text)
        n += len(toks)
        for t in toks:
            seg = split_clitics(t.text)
            assert t.text[seg.stem_start : seg.stem_end] == seg.stem
            assert seg.stem
    assert n > 50_000


# The tokeniser's speed floor (1M chars/s) is measured by benchmarks/bench_floors.py.
