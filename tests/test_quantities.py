"""Quantities: number words, scales, ranges, qualifiers, counted nouns; the seed figure."""

from __future__ import annotations

import pytest

from marsad.extractors.quantities import extract_quantities
from marsad.model import Article


def _one(text: str) -> tuple[float | None, float | None, float | None, str, str | None,
                             str | None]:
    found = extract_quantities(text)
    assert len(found) == 1, found
    q = found[0]
    assert text[q.start:q.end] == q.text
    return q.value, q.low, q.high, q.qualifier, q.counted, q.unit


def test_seed_900_fighters(seed_article: Article) -> None:
    hits = [q for q in seed_article.quantities if q.value == 900]
    assert hits
    q = hits[0]
    assert q.approximate and q.qualifier == "approximate"
    assert q.counted == "مقاتل أمريكي"
    assert seed_article.text[q.counted_start:q.counted_end] == "مقاتل أمريكي"
    assert all(q.value not in (2014, 2018) for q in seed_article.quantities)


@pytest.mark.parametrize(("text", "value"), [
    ("قتل ألفي مقاتل", 2000), ("وصل ثلاثة آلاف لاجئ", 3000),
    ("شارك خمسة وعشرون ألفاً", 25000), ("نحو تسعمائة قتيل", 900),
    ("بلغت ٢٥٠ حالة", 250), ("خسائر 2.5 مليون دولار", 2_500_000),
    ("أنفق 1,500 دولار", 1500), ("ثلاثمائة ألف نازح", 300_000),
    ("مليونين ونصف", 2_500_000),
])
def test_values(text: str, value: float) -> None:
    assert _one(text)[0] == value


def test_qualifiers_and_units() -> None:
    assert _one("قتل ما لا يقل عن 40 شخصا")[3] == "at_least"
    assert _one("أكثر من 50% من السكان")[3:] == ("at_least", "%", "%")
    assert _one("أقل من 10 كيلومترات")[3] == "at_most"
    assert _one("مساحة 5 كيلومتر مربع")[5] == "km²"
    assert _one("قرابة 300 مليون ليرة سورية")[4:] == ("ليرة سورية", "SYP")
    assert _one("بحوالي 40 قتيلا مدنيا")[3:5] == ("approximate", "قتيلا مدنيا")


def test_ranges() -> None:
    assert _one("بين 10 و20 ألف شخص")[:4] == (None, 10_000, 20_000, "range")
    assert _one("نزح 10-20 شخصا")[:4] == (None, 10, 20, "range")


def test_years_and_dates_are_not_quantities() -> None:
    assert extract_quantities("بدأ عام 2014 وفي 2018 ثم في 12 مارس 2019") == []
    assert extract_quantities("صدر القرار رقم 2254 في 12/3/2018") == []
