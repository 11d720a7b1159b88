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


# Ninth pass (issue 19, fifth whole-article set): general classes, sentences written here.
PUB9 = date(2018, 7, 3)


@pytest.mark.parametrize(("text", "span"), [
    ("تراجعت الاشتباكات خلال اليومين الأخيرين في ريف المدينة.", "خلال اليومين الأخيرين"),
    ("وارتفعت الأسعار في الشهرين الأخيرين بشكل ملحوظ.", "في الشهرين الأخيرين"),
])
def test_a_dual_recent_period_is_a_range(text: str, span: str) -> None:
    (t,) = extract_times(text, PUB9)
    assert (t.text, t.kind, t.value) == (span, "range", None)


@pytest.mark.parametrize(("text", "span", "value"), [
    ("بدأت الاحتجاجات في المدينة منذ حوالي ثلاثين عاما.", "منذ حوالي ثلاثين عاما", "1988"),
    ("غادر الوفد البلاد قبل أكثر من 7 سنوات.", "قبل أكثر من 7 سنوات", "2011"),
    ("أغلق المعبر منذ ما يقارب عامين.", "منذ ما يقارب عامين", "2016"),
    ("وتركا الشقة قبل نحو عام ونصف.", "قبل نحو عام ونصف", "2017-01"),
])
def test_an_approximated_count_after_an_anchor_is_a_date(text: str, span: str,
                                                        value: str) -> None:
    assert _values(text, PUB9) == [(span, value)]


def test_after_an_approximation_without_an_event_is_no_date() -> None:
    """«بعد أكثر من سبع سنوات، يبدو الحل بعيدا»: counted from something unsaid."""
    found = extract_times("بعد أكثر من سبع سنوات، يبدو حل الأزمة بعيدا.", PUB9)
    assert [t.kind for t in found] == ["duration"]


@pytest.mark.parametrize("text", [
    "وبعد ثلاثة أشهر على اندلاع المعارك سيطر الجيش على المدينة.",
    "وجاء الإعلان بعد نحو أسبوع على الهجوم الذي استهدف القاعدة.",
])
def test_after_a_count_on_an_event_is_a_duration(text: str) -> None:
    found = extract_times(text, PUB9)
    assert [(t.kind, t.value) for t in found] == [("duration", None)]


def test_on_consecutive_days_is_no_event() -> None:
    found = extract_times("ما زلنا على بعد أسبوعين على الأقل من الموعد.", PUB9)
    assert [t.kind for t in found] == ["date"]


def test_the_outlet_ain_alyoum_is_no_date() -> None:
    assert _values(" عين اليوم – الرياض\nأعلنت الوزارة الخطة.", PUB9) == []
    assert _values("وقال وزير الخارجية المصري اليوم إن", PUB9) == [("اليوم", "2018-07-03")]


def test_a_thousand_after_a_day_is_no_year() -> None:
    assert _values("وأرسلت منذ 21 يوليو 7 آلاف طن من القمح.", PUB9) == [
        ("21 يوليو", "2018-07-21")]
    assert _values("في العاشر من سبتمبر ، ألفين", PUB9) == [
        ("العاشر من سبتمبر ، ألفين", "2000-09-10")]


@pytest.mark.parametrize(("text", "value"), [
    ("وفي ديسمبر، دمر حريق آخر أكثر من ألف منزل في الولاية.", "2017-12"),
    ("واندلعت الحرائق في أكتوبر شمال المدينة.", "2017-10"),
    ("وبحلول نوفمبر تنتهي المهلة الممنوحة للشركات.", "2018-11"),
    ("ستعود العقوبات في أكتوبر إلى ما كانت عليه.", "2018-10"),
    ("وانتهت المفاوضات في أغسطس دون اتفاق.", "2018-08"),
])
def test_a_bare_month_months_ahead_is_last_years_unless_the_future_is_said(
        text: str, value: str) -> None:
    (t,) = extract_times(text, PUB9)
    assert t.value == value


# tenth pass (set 6's miss classes); PUB9 is Tuesday 2018-07-03
@pytest.mark.parametrize(("text", "span", "value"), [
    ("وقع الانفجار السبت قبل الماضي قرب السوق.", "السبت قبل الماضي", "2018-06-23"),
    ("وتنطلق الجولة يوم الأحد بعد المقبل في جنيف.", "يوم الأحد بعد المقبل", "2018-07-15"),
])
def test_a_weekday_two_weeks_away(text: str, span: str, value: str) -> None:
    assert _values(text, PUB9) == [(span, value)]


def test_a_scheduled_weekday_is_ahead() -> None:
    # «مقرر/مقررة» (scheduled) puts the sentence in the future, as «من المقرر» does
    assert _values("ويحضر الوزير جلسة مقررة يوم الخميس في البرلمان.", PUB9) == [
        ("يوم الخميس", "2018-07-05")]


@pytest.mark.parametrize(("text", "pub", "value"), [
    ("وتأسست الجمعية في عام 1425 بمبادرة من أهالي المحافظة.", date(2015, 8, 6), "2004"),
    ("وسقطت القسطنطينية عام 1453 بيد العثمانيين.", date(2015, 8, 6), "1453"),
    ("وتأسست الجمعية في عام 1425 بمبادرة من أهالي المحافظة.", None, "1425"),
])
def test_a_recent_hijri_year_without_its_era(text: str, pub: date | None, value: str) -> None:
    (t,) = extract_times(text, pub)
    assert t.value == value


def test_the_day_after_a_named_night() -> None:
    # a Friday paper: «ليل الجمعة- السبت» joins tonight to tomorrow, not to last Saturday
    assert _values("وقصفت الطائرات بعد منتصف ليل الجمعة- السبت مواقع في الريف.",
                   date(2018, 3, 9)) == [("ليل الجمعة", "2018-03-09"), ("السبت", "2018-03-10")]
    assert _values("ودارت اشتباكات ليلة الأربعاء الخميس قرب المطار.", PUB9) == [
        ("ليلة الأربعاء", "2018-06-27"), ("الخميس", "2018-06-28")]


# eleventh pass (set 7's miss classes); PUB9 is Tuesday 2018-07-03
@pytest.mark.parametrize("text", [
    "ونزح آلاف المدنيين في الأسابيع الأخيرة من الحصار على المدينة.",
    "وسقط معظم الضحايا في اليومين الأخيرين من المعركة.",
    "وتصاعد القصف خلال الأيام الأخيرة لهجوم القوات الحكومية.",
])
def test_the_last_days_of_an_event_are_no_date(text: str) -> None:
    assert [t for t in extract_times(text, PUB9) if t.kind == "range"] == []


@pytest.mark.parametrize(("text", "span"), [
    ("وارتفعت الأسعار في الأسابيع الأخيرة بشكل ملحوظ.", "في الأسابيع الأخيرة"),
    ("وتراجعت الصادرات خلال الأيام الأخيرة من الشهر الماضي.", "خلال الأيام الأخيرة"),
    ("وتواصلت الاتصالات في الساعات الأخيرة من يوم الأحد.", "في الساعات الأخيرة"),
])
def test_the_last_days_of_a_time_stay_a_period(text: str, span: str) -> None:
    assert (span, None) in _values(text, PUB9)


@pytest.mark.parametrize(("text", "span", "value"), [
    ("وسجلت البعثة 12 خرقا خلال النصف الأول من شهر أيار (مايو) الماضي.",
     "النصف الأول من شهر أيار (مايو) الماضي", "2018-05"),
    ("وتراجعت المبيعات في النصف الثاني من مارس 2016.", "النصف الثاني من مارس 2016", "2016-03"),
])
def test_a_half_of_a_month_is_the_month_not_a_day(text: str, span: str, value: str) -> None:
    assert _values(text, PUB9) == [(span, value)]


def test_a_first_day_of_a_month_stays_a_day() -> None:
    assert _values("ويبدأ العمل بالقرار في الأول من مارس 2016.", PUB9) == [
        ("الأول من مارس 2016", "2016-03-01")]


@pytest.mark.parametrize(("text", "value"), [
    ("وعاد إلى بلاده في العام 2009، ثم اعتقل في 3 مارس من نفس العام.", "2009-03-03"),
    ("وتأسس الحزب عام 1996، وفي ديسمبر من العام نفسه خاض الانتخابات.", "1996-12"),
])
def test_the_same_year_is_the_year_written_before(text: str, value: str) -> None:
    assert _values(text, PUB9)[-1][1] == value


def test_the_same_year_with_no_year_before_changes_nothing() -> None:
    assert _values("وفي ديسمبر من العام نفسه خاض الحزب الانتخابات.", PUB9) == [
        ("ديسمبر من العام نفسه", "2018-12")]


@pytest.mark.parametrize(("text", "span", "value"), [
    ("وتصاعدت الاعتقالات منذ العام الماضي 2017 بشكل كبير.", "العام الماضي 2017", "2017"),
    ("ويكتمل المشروع بحلول العام المقبل، 2019.", "العام المقبل، 2019", "2019"),
])
def test_a_relative_year_and_its_written_year_are_one(text: str, span: str, value: str) -> None:
    assert _values(text, PUB9) == [(span, value)]


def test_an_anchored_count_after_the_article() -> None:
    # «الـ» before the digits of an approximate count back («منذ ما يقارب الـ 100 عام»)
    assert _values("وتحظر المعاهدة هذه الأسلحة منذ نحو الـ 90 عاما.", PUB9) == [
        ("منذ نحو الـ 90 عاما", "1928")]


@pytest.mark.parametrize(("text", "span"), [
    ("واستطاع الجيش خلال الأشهر الأخيرة من استعادة عدة بلدات.", "خلال الأشهر الأخيرة"),
    ("وتزايدت الضغوط في السنوات الأخيرة من خلال العقوبات.", "في السنوات الأخيرة"),
])
def test_a_verbs_min_after_the_last_days_keeps_the_period(text: str, span: str) -> None:
    assert (span, None) in _values(text, PUB9)


# twelfth pass (set 8's miss classes); PUB10 is Thursday 2015-07-30 (14 Shawwal 1436)
PUB10 = date(2015, 7, 30)


def _spans(text: str, pub: date | None = PUB10) -> list[tuple[str, str, str | None, str | None]]:
    return [(t.text, t.kind, t.value, t.timex) for t in extract_times(text, pub)]


@pytest.mark.parametrize(("text", "span", "timex"), [
    ("ويعقد الملتقى خلال الفترة بين 3-5 صفر 1437هـ في جدة.", "بين 3-5 صفر 1437هـ",
     "(2015-11-15,2015-11-17,P2D)"),
    ("وتستمر الدورة من 10 إلى 14 ذي القعدة 1436هـ.", "من 10 إلى 14 ذي القعدة 1436هـ",
     "(2015-08-25,2015-08-29,P4D)"),
])
def test_a_range_of_hijri_days_is_counted_in_its_own_calendar(
        text: str, span: str, timex: str) -> None:
    assert _spans(text) == [(span, "range", timex[1:8], timex)]


@pytest.mark.parametrize("text", [
    "ويعقد الملتقى بين 3-5 صفر في جدة.",  # no year: no value to count from
    "وتنتهي المهلة بين 14-5 رمضان 1437هـ.",  # the first day after the last: no range
])
def test_a_hijri_day_range_without_a_year_or_order_is_no_range(text: str) -> None:
    assert all(kind != "range" for _, kind, _, _ in _spans(text))


def test_a_gregorian_day_range_is_unchanged() -> None:
    assert _spans("وتعقد الدورة بين 7-9 أكتوبر 2015 في الرياض.") == [
        ("بين 7-9 أكتوبر 2015", "range", "2015-10", "(2015-10-07,2015-10-09,P2D)")]


@pytest.mark.parametrize(("text", "span", "value"), [
    # crawled after midnight: the gloss, not the crawl date, says which day «اليوم» is
    ("حسبما ذكر المرصد اليوم (الخميس) في بيان.", "اليوم (الخميس)", "2015-07-30"),
    ("وقال عبر سيطرتنا بالأمس ( الأربعاء ) على المدينة.", "بالأمس ( الأربعاء )", "2015-07-29"),
    ("وتبدأ اليوم (أمس) الهدنة الإنسانية.", "اليوم (أمس)", "2015-07-30"),
    ("وقتل ثلاثة فجر اليوم (الخميس) في غارة.", "فجر اليوم (الخميس)", "2015-07-30"),
    ("ويبدأ الإضراب غدا (السبت) في المدن كافة.", "غدا (السبت)", "2015-08-01"),
])
def test_a_glossed_day_is_the_day_the_gloss_names(text: str, span: str, value: str) -> None:
    assert _values(text, date(2015, 7, 31)) == [(span, value)]


@pytest.mark.parametrize("text", [
    "وقال المرصد اليوم (في بيان) إن القصف استمر.",
    "وقال المرصد اليوم (الخميس إن القصف استمر.",  # no closing bracket
])
def test_a_bracket_that_is_no_weekday_gloss_stays_apart(text: str) -> None:
    assert _values(text, PUB10)[0][0] == "اليوم"
