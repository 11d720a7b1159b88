"""Time expressions: month systems, Hijri, numeric dates, weekdays and relative phrases."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.extractors.times import extract_times
from marsad.model import Article

PUB = date(2021, 2, 15)




def test_seed_years_and_last_month(seed_article: Article) -> None:
    years = {(t.value, t.granularity) for t in seed_article.times}
    assert ("2014", "year") in years and ("2018", "year") in years
    month = [t for t in seed_article.times if "الشهر الفائت" in t.text]
    assert month and month[0].relative and month[0].value == "2021-01"
    assert month[0].granularity == "month" and month[0].offset == "P-1M"
    for t in seed_article.times:
        assert seed_article.text[t.start:t.end] == t.text


def _values(text: str, pub: date | None = PUB) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in extract_times(text, pub)]


@pytest.mark.parametrize(("text", "value"), [
    ("في 12 تشرين الثاني 2019", "2019-11-12"), ("في 12 نوفمبر 2019", "2019-11-12"),
    ("يوم 3 فبراير/شباط 2020", "2020-02-03"), ("في 3 شباط (فبراير) 2020", "2020-02-03"),
    ("بتاريخ 12/3/2018", "2018-03-12"), ("بتاريخ 2018-03-12", "2018-03-12"),
    ("في 15 رمضان 1436 هـ", "2015-07-02"), ("في كانون الثاني 2015", "2015-01"),
    ("في 13 مارس الماضي", "2020-03-13"), ("مطلع فبراير الجاري", "2021-02"),
    ("أمس", "2021-02-14"), ("أول أمس", "2021-02-13"), ("منذ 3 أيام", "2021-02-12"),
    ("الأسبوع المقبل", "2021-W08"), ("العام الفائت", "2020"), ("يوم الأربعاء", "2021-02-10"),
    ("عام 2014", "2014"),
])
def test_resolved(text: str, value: str) -> None:
    found = extract_times(text, PUB)
    assert [t.value for t in found] == [value], found


def test_without_publication_date_offset_is_kept() -> None:
    (t,) = extract_times("خلال الشهر الماضي", None)
    assert t.relative and t.value is None and t.offset == "P-1M"


def test_ambiguous_month_names_need_context() -> None:
    assert extract_times("مارس الضغط على الحكومة", PUB) == []
    assert _values("قبل عدة أشهر")[0][1] is None
