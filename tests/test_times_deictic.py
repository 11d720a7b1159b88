"""Deictic days and «now» (time_lexicon v6, issue 19): «الأمس», «بالأمس», «الغد», «أمس الأول»,
«الآن», «حاليا», resolved against the publication date, and the idioms that are not dates."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.extractors.times import extract_times

PUB = date(2016, 11, 7)  # a Monday


def _spans(text: str, pub: date | None = PUB) -> list[tuple[str, str | None, str | None]]:
    return [(t.text, t.value, t.offset) for t in extract_times(text, pub)]


@pytest.mark.parametrize(("text", "span", "value", "offset"), [
    ("وقال المتحدث بالأمس إن القصف توقف", "بالأمس", "2016-11-06", "P-1D"),
    ("وبالأمس، دخلت قافلة مساعدات إلى دوما", "بالأمس", "2016-11-06", "P-1D"),
    ("وكان العقيد قد صرح الأمس أن الصاروخ اعترض", "الأمس", "2016-11-06", "P-1D"),
    ("كانت الاشتباكات قد بدأت منذ الأمس في الحي", "الأمس", "2016-11-06", "P-1D"),
    ("وسنكون في منبج في الغد", "الغد", "2016-11-08", "P1D"),
    ("قلل المدرب من أهمية مباراة الغد", "الغد", "2016-11-08", "P1D"),
    ("تعقد الجلسة يوم الغد", "يوم الغد", "2016-11-08", "P1D"),
    ("تصل القافلة بعد الغد", "بعد الغد", "2016-11-09", "P2D"),
    ("قتل 30 من عناصرها أمس الأول في المعارك", "أمس الأول", "2016-11-05", "P-2D"),
    ("هذا ما قاله بالأمس الأول رئيس الوزراء", "بالأمس الأول", "2016-11-05", "P-2D"),
])
def test_yesterday_and_tomorrow_are_days(text: str, span: str, value: str, offset: str
                                         ) -> None:
    (t,) = extract_times(text, PUB)
    assert (t.text, t.value, t.offset, t.granularity, t.kind, t.relative) == (
        span, value, offset, "day", "date", True)
    assert text[t.start:t.end] == t.text


def test_tomorrow_takes_a_part_of_the_day_and_a_clock() -> None:
    assert [(t.text, t.timex) for t in extract_times("يغادر صباح الغد", PUB)] == [
        ("صباح الغد", "2016-11-08TMO")]
    assert [(t.text, t.timex) for t in extract_times("نلتقي الغد الساعة 9 صباحا", PUB)] == [
        ("الغد الساعة 9 صباحا", "2016-11-08T09:00")]


@pytest.mark.parametrize("word", ["الآن", "حاليا", "حالياً", "حاليًا"])
def test_now_is_the_publication_day(word: str) -> None:
    (t,) = extract_times(f"تدور {word} معارك عنيفة في وسط المدينة", PUB)
    assert (t.text, t.value, t.granularity, t.relative, t.offset) == (
        word, "2016-11-07", "day", True, "P0D")
    assert (t.kind, t.timex) == ("datetime", "PRESENT_REF")


def test_without_a_publication_date_only_the_offset_is_kept() -> None:
    """As «أمس» and «الشهر الماضي»: no value to resolve against, the offset stays."""
    for text, offset in (("وصل الوفد بالأمس", "P-1D"), ("يصل الوفد في الغد", "P1D"),
                         ("تدور الآن معارك", "P0D")):
        (t,) = extract_times(text, None)
        assert t.value is None and t.relative and t.offset == offset, text


@pytest.mark.parametrize("text", [
    "لم يعلن عن أي ضحايا حتى الآن",
    "ولم ترد إلى الآن معلومات عن الخسائر",
    "ولا يعلم إلى حد الآن من يقف وراء الهجوم",
    "بلغ عدد القتلى لغاية الآن 40 شخصا",
    "ستتولى من الآن فصاعدا تنسيق العمليات",
    "قال رئيس منظمة السلام الآن الإسرائيلية",
    "تحدث المحامي ألان ديرشوفيتز عن القضية",
    "قام أنصار زعيم الغد بالاحتشاد أمام الحزب",
    "ذكرت صحيفة الغد الأردنية أن الحكومة",
    "أعلن تيار الغد السوري موقفه",
    "نراهن على جيل الغد",
    "يلتقي أعداء الأمس على طاولة واحدة",
    "كان ذلك في الأمس القريب",
    "مقارنة بين الأمس واليوم",
])
def test_idioms_are_not_dates(text: str) -> None:
    assert [t.text for t in extract_times(text, PUB)] == []


def test_yesterday_and_today_said_together_stay_two_days() -> None:
    assert _spans("تجددت اشتباكات الأمس واليوم في الحي") == [
        ("الأمس", "2016-11-06", "P-1D"), ("اليوم", "2016-11-07", "P0D")]
