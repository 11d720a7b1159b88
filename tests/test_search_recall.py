"""Search recall: every spelling/morphology variant a reader expects to relate must match.

Each pair is (what the user types, how the article spells it). One small database is built
per module through the real ingest path.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from marsad.store.ingest import ingest
from marsad.store.search import search

PAIRS: list[tuple[str, str, str]] = [
    # (category, query, variant in the text)
    ("hamza", "أمريكا", "امريكا"),
    ("hamza", "امريكا", "أمريكا"),
    ("hamza", "إسرائيل", "اسرائيل"),
    ("hamza", "اسرائيل", "إسرائيل"),
    ("hamza", "آمال", "امال"),
    ("hamza", "الإمارات", "الامارات"),
    ("hamza", "أحمد", "احمد"),
    ("hamza", "مسؤول", "المسؤولون"),
    ("taa", "مدرسة", "مدرسه"),
    ("taa", "مدرسه", "مدرسة"),
    ("taa", "الحكومة", "الحكومه"),
    ("taa", "جامعة", "الجامعه"),
    ("maksura", "مستشفى", "مستشفي"),
    ("maksura", "مصطفى", "مصطفي"),
    ("maksura", "الكبرى", "الكبري"),
    ("maksura", "مستشفي", "المستشفى"),
    ("diacritics", "محمد", "مُحَمَّد"),
    ("diacritics", "مُحَمَّد", "محمد"),
    ("diacritics", "الحرب", "الحَرْب"),
    ("diacritics", "سلام", "سَلَامٌ"),
    ("tatweel", "محمد", "محـــمد"),
    ("tatweel", "الرئيس", "الرئـــيس"),
    ("tatweel", "السلام", "الســلام"),
    ("clitic", "سوريا", "بسوريا"),
    ("clitic", "بسوريا", "سوريا"),
    ("clitic", "الكتاب", "كتاب"),
    ("clitic", "كتاب", "الكتاب"),
    ("clitic", "سوريا", "وسوريا"),
    ("clitic", "المدينة", "بالمدينة"),
    ("clitic", "الشعب", "للشعب"),
    ("clitic", "الحكومة", "والحكومة"),
    ("clitic", "العراق", "فالعراق"),
    ("clitic", "القاهرة", "وبالقاهرة"),
    ("suffix", "الأمريكية", "أمريكا"),
    ("suffix", "أمريكا", "الأمريكيين"),
    ("suffix", "معلم", "معلمات"),
    ("suffix", "معلم", "المعلمون"),
    ("suffix", "مهندس", "مهندسين"),
    ("suffix", "لاعب", "لاعبان"),
    ("suffix", "السوري", "سوريا"),
    ("suffix", "الفلسطينيون", "فلسطين"),
    ("suffix", "اللبنانية", "لبنان"),
    ("suffix", "صحفية", "صحفي"),
    ("suffix", "الدولية", "دولي"),
    ("phrase", '"الرئيس السوري"', "الرئيسُ السوريّ"),
    ("prefix", "امريك*", "الأمريكيين"),
]

FILLER = ("قال مراسلنا إن {word} كان محور النقاش في الاجتماع الذي عقد أمس، وأضاف أن "
          "المشاركين ناقشوا ملفات عدة خلال الجلسة رقم {n} قبل أن يختتموا أعمالهم.")


@pytest.fixture(scope="module")
def recall_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("recall")
    src = base / "recall.jsonl"
    with src.open("w", encoding="utf-8") as handle:
        for n, (_, _, variant) in enumerate(PAIRS):
            record = {"id": f"r{n}", "title": f"خبر {n}", "published": "2020-01-01",
                      "text": FILLER.format(word=variant, n=n)}
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    db = base / "recall.db"
    summary = ingest([str(src)], db, workers=1, progress=False)
    assert summary.failed == 0 and summary.new == len(PAIRS)
    return db


def test_table_is_large_enough() -> None:
    assert len(PAIRS) >= 40
    assert {c for c, _, _ in PAIRS} >= {"hamza", "taa", "maksura", "diacritics", "tatweel",
                                        "clitic", "suffix"}


@pytest.mark.parametrize(("n", "category", "query", "variant"),
                         [(n, *p) for n, p in enumerate(PAIRS)],
                         ids=[f"{p[0]}-{n}" for n, p in enumerate(PAIRS)])
def test_query_finds_variant(recall_db: Path, n: int, category: str, query: str,
                             variant: str) -> None:
    ids = [hit.id for hit in search(recall_db, query, limit=200)]
    assert f"r{n}" in ids, f"{category}: «{query}» did not find «{variant}»"


def test_snippet_highlights_original_spelling(recall_db: Path) -> None:
    hits = search(recall_db, "سوريا", limit=200)
    hit = next(h for h in hits if h.id == "r23")
    assert "[[بسوريا]]" in hit.snippet
