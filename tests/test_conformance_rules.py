"""Rules the Recognizers-Text conformance suite revealed (scripts/evaluate_conformance.py):
clock times, date-times, durations, recurring times, years in brackets, «الآن»; numbers with
bound phrases, a spaced «و» and Arabic thousands separators."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.extractors import extract_quantities, extract_times
from marsad.extractors.times import figure_spans

PUB = date(2016, 11, 7)


def _one(text: str) -> tuple[str, str, str | None, str | None]:
    times = extract_times(text, PUB)
    assert len(times) == 1, times
    t = times[0]
    return t.text, t.kind, t.value, t.timex


@pytest.mark.parametrize(("text", "span", "timex"), [
    ("وقع الانفجار عند الساعة 15:15 بالتوقيت المحلي", "عند الساعة 15:15 بالتوقيت المحلي", "T15:15"),
    ("بدأ القصف نحو الساعة 8 مساء", "نحو الساعة 8 مساء", "T20:00"),
    ("سمع دوي الانفجار 7:56:30 مساء", "7:56:30 مساء", "T19:56:30"),
])
def test_clock_times(text: str, span: str, timex: str) -> None:
    assert _one(text) == (span, "time", None, timex)


@pytest.mark.parametrize(("text", "value", "timex"), [
    ("أعلنت الوزارة أن الاجتماع سيعقد غدا 8:00 صباحا في دمشق", "2016-11-08", "2016-11-08T08:00"),
    ("وصلت الطائرة بتاريخ 21/4/2016 ، الساعة 8:00 مساءً", "2016-04-21", "2016-04-21T20:00"),
    ("سجل الحادث في 2016-12-22T19:00 حسب السجل", "2016-12-22", "2016-12-22T19:00"),
])
def test_date_and_clock_are_one_datetime_whose_value_stays_the_day(
        text: str, value: str, timex: str) -> None:
    _, kind, got_value, got_timex = _one(text)
    assert (kind, got_value, got_timex) == ("datetime", value, timex)


@pytest.mark.parametrize(("text", "span", "timex"), [
    ("استمرت المعارك لمدة 3 ساعات قبل أن تهدأ", "لمدة 3 ساعات", "PT3H"),
    ("أضرب المعلمون يومين احتجاجا على الأجور", "يومين", "P2D"),
    ("سجن الصحفي لمدة 3.5 سنوات", "لمدة 3.5 سنوات", "P3.5Y"),
])
def test_durations(text: str, span: str, timex: str) -> None:
    assert _one(text) == (span, "duration", None, timex)


def test_a_duration_keeps_its_count_as_a_figure() -> None:
    text = "استمرت المعارك لمدة 3 ساعات قبل أن تهدأ"
    times = extract_times(text, PUB)
    assert figure_spans(times) == []
    assert [q.value for q in extract_quantities(text)] == [3]


@pytest.mark.parametrize(("text", "timex"), [
    ("تصدر النشرة أسبوعيا عن المكتب", "P1W"),
    ("تقصف الطائرات القرية كل يومين", "P2D"),
])
def test_recurring_times(text: str, timex: str) -> None:
    _, kind, value, got = _one(text)
    assert (kind, value, got) == ("set", None, timex)


@pytest.mark.parametrize(("text", "value"), [
    ("هُجّر أهالي القرية في النكبة (1948) إلى لبنان", "1948"),
    ("صدر القانون سنة (1947) في عهد الانتداب", "1947"),
])
def test_years_in_brackets(text: str, value: str) -> None:
    t = extract_times(text, PUB)
    assert [(x.value, x.granularity) for x in t] == [(value, "year")]


def test_a_bracketed_hijri_year() -> None:
    t = extract_times("بني المسجد عام (1325) هجري في عهد العثمانيين", PUB)
    assert [(x.text, x.granularity) for x in t] == [("عام (1325) هجري", "year")]
    # the Gregorian value needs the optional hijridate package
    assert t[0].value in ("1907", "1908", None)


def test_so_far_is_not_a_date() -> None:
    assert extract_times("لم يعلن عن أي ضحايا حتى الآن", PUB) == []


def test_bare_bracketed_numbers_are_not_years() -> None:
    assert extract_times("وصل عدد الضحايا إلى (1325) شخصا", PUB) == []


@pytest.mark.parametrize(("text", "low", "high"), [
    ("عدد السيارات أكبر من ٤٥٦٥", 4565, None),
    ("بلغت الحرارة فوق 40 درجة", 40, None),
    ("عدد المصابين أصغر من 300", None, 300),
])
def test_bound_phrases(text: str, low: float | None, high: float | None) -> None:
    (q,) = extract_quantities(text)
    assert (q.low, q.high) == (low, high)


def test_compound_with_a_spaced_waw() -> None:
    (q,) = extract_quantities("قتل ثلاثمائة و واحد من المدنيين")
    assert q.value == 301


def test_arabic_comma_between_thousands() -> None:
    (q,) = extract_quantities("عدد السكان في المحافظة ١،٢٣٤،٥٦٧ نسمة")
    assert q.value == 1234567
    # a list «1، 2» with a space stays two numbers
    assert [q.value for q in extract_quantities("نقاط 12، 15 و 20")] == [12, 15, 20]


# --- numbers: fractions, signs, exponents, grouped digits, dozens, compound bounds ---------

def _values(text: str) -> list[tuple[float | None, float | None, float | None]]:
    return [(q.value, q.low, q.high) for q in extract_quantities(text)]


@pytest.mark.parametrize(("text", "value"), [
    ("صوّت ثلاثة أخماس الأعضاء لصالح القرار", 0.6),
    ("أنجزت الشركة ثلاث وعشرون خمس من المشروع", 4.6),
    ("قطع العداء مئة وثلاثة أرباع متر", 100.75),
    ("بلغ طول الجدار عشرون وثلاثة أخماس متر", 20.6),
    ("بقي من الوقت ثلاثة وخمس ساعة", 3.2),
    ("أصيب واحد على عشرين من السكان", 0.05),
    ("الجواب الصحيح ١ جزء من ثلاثة", 1 / 3),
    ("يُصاب واحد من مائة مولود بالمرض", 0.01),
    ("دمّرت الغارات نصف المدينة", 0.5),
    ("كلفت الصفقة 3/4 الميزانية", 0.75),
    ("يبلغ الطول 2 1/4 متر", 2.25),
])
def test_fractions(text: str, value: float) -> None:
    assert any(v == pytest.approx(value) for v, _, _ in _values(text)), _values(text)


def test_a_fraction_word_is_a_cardinal_before_an_indefinite_noun() -> None:
    assert _values("قضى خمس سنوات في السجن") == [(5, None, None)]
    assert _values("تأهل الفريق إلى ربع النهائي") == []


@pytest.mark.parametrize(("text", "value"), [
    ("انخفضت الحرارة إلى سالب خمسة درجات", -5),
    ("سجّل المؤشر -1.5 نقطة", -1.5),
    ("بلغت قيمة الفائدة 1e10 دولار", 1e10),
    ("القيمة 2.5^-1", 0.4),
    ("يبلغ عدد سكان الصين 1 414 021 100 نسمة", 1414021100),
    ("بلغ الوزن ٠,٠٨ غرام", 0.08),
    ("اشترى ثلاث دزينات من البيض", 36),
    ("اشترى نصف دزينة من البيض", 6),
    ("بلغت الديون 150 ترليون ريال", 150e12),
    ("تبلغ المسافة 322 مائة متر", 32200),
    ("أطلقت حوالى مئة وعشرة صواريخ", 110),
])
def test_signs_exponents_groups_and_dozens(text: str, value: float) -> None:
    assert _values(text)[0][0] == pytest.approx(value)


def test_a_dash_between_figures_is_no_sign() -> None:
    assert _values("نزح 10-20 شخصا") == [(None, 10, 20)]


@pytest.mark.parametrize(("text", "low", "high"), [
    ("عدد المشاركين أكبر من 100 وأصغر من 300 شخص", 100, 300),
    ("على الأكثر 100 وعلى الأقل 20 تفاحة", 20, 100),
    ("يتراوح العدد بين 20 و 30", 20, 30),
    ("تراوحت الحرارة بين سالب عشرة وخمسة عشر", -10, 15),
    ("يتراوح العدد من ألف إلى ألف وخمسمائة", 1000, 1500),
    ("سجلت الحصيلة 200 أو أكثر", 200, None),
    ("عدد الجرحى 500 أو أقل", None, 500),
    ("قتل 40 مدنيا على الأقل", 40, None),
    ("الرقم يساوي 20", 20, 20),
    ("يشمل القرار ما يصل إلى 700 عامل", None, 700),
    ("x>10", 10, None),
    ("<= -30", None, -30),
    ("نطاق العدد هو 1000 - 5000", 1000, 5000),
])
def test_bounds_and_ranges(text: str, low: float | None, high: float | None) -> None:
    assert (_values(text)[0][1], _values(text)[0][2]) == (low, high), _values(text)


def test_a_lower_bound_above_the_upper_stays_two_figures() -> None:
    assert _values("أكثر من 40 وأقل من 10") == [(40, 40, None), (10, None, 10)]


def test_units_after_a_ten_start_a_new_number() -> None:
    # «عشرة وخمسة عشر» is not 25; «ثلاثمائة و مائتين» are two numbers
    assert _values("بين عشرة و خمسة عشر") == [(None, 10, 15)]
    assert [v for v, _, _ in _values("ثلاثمائة و مائتين رقمان")] == [300, 200]


def test_in_it_is_not_category() -> None:
    # «فيه» and «فئة» normalise alike; only the category blocks the figure
    assert _values("فيه خمس مائة منتج")[0][0] == 500
    assert _values("طائرة من فئة 5") == []


# --- times: clock times in words -------------------------------------------------------------

@pytest.mark.parametrize(("text", "span", "timex"), [
    ("وقع الهجوم حوالي الساعة الرابعة والنصف فجرا", "حوالي الساعة الرابعة والنصف فجرا", "T04:30"),
    ("يبدأ حظر التجول عند الساعة السادسة مساء", "عند الساعة السادسة مساء", "T18:00"),
    ("وصل الوفد الساعة الثامنة إلا ربع صباحًا", "الساعة الثامنة إلا ربع صباحًا", "T07:45"),
    ("انتهى الاجتماع الساعة الثامنة وعشرين دقيقة مساءً", "الساعة الثامنة وعشرين دقيقة مساءً",
     "T20:20"),
    ("يبدأ الحظر الساعة 8 إلا ربع", "الساعة 8 إلا ربع", "T07:45"),
    ("أغلقت المعابر عند منتصف الليل", "منتصف الليل", "T00:00"),
])
def test_clock_times_in_words(text: str, span: str, timex: str) -> None:
    assert _one(text)[::3] == (span, timex)


def test_an_ordinal_alone_is_no_clock() -> None:
    assert extract_times("انطلقت الدورة السابعة للمهرجان", PUB) == []
    assert extract_times("نقاط 15 و 20", PUB) == []


@pytest.mark.parametrize(("text", "span", "timex"), [
    ("وقع الهجوم في الرابع من مارس", "الرابع من مارس", "2016-03-04"),
    ("يعقد المؤتمر في الحادي والعشرين من مايو", "الحادي والعشرين من مايو", "2016-05-21"),
    ("ولد في سبتمبر الحادي والعشرين من ألف وتسعمائة وثمانية وسبعون",
     "سبتمبر الحادي والعشرين من ألف وتسعمائة وثمانية وسبعون", "1978-09-21"),
    ("تنتهي المهلة في 20 من الشهر المقبل", "20 من الشهر المقبل", "2016-12-20"),
    ("افتتح المعرض في يونيو العام المقبل", "يونيو العام المقبل", "2017-06"),
    ("جرت الانتخابات قبل شهر", "قبل شهر", "2016-10-07"),
    ("يصل الوفد الأسبوع المقبل يوم الجمعة", "الأسبوع المقبل يوم الجمعة", "2016-11-18"),
    ("تبدأ العطلة في عيد الميلاد", "عيد الميلاد", "2016-12-25"),
])
def test_day_dates_and_relative_days(text: str, span: str, timex: str) -> None:
    times = extract_times(text, PUB)
    assert [(t.text, t.timex) for t in times] == [(span, timex)]


@pytest.mark.parametrize(("text", "span", "timex"), [
    ("سقطت القذائف مساء أمس", "مساء أمس", "2016-11-06TEV"),
    ("تجمع المحتجون هذا المساء", "هذا المساء", "2016-11-07TEV"),
    ("يصل الساعة 8 مساء اليوم", "الساعة 8 مساء اليوم", "2016-11-07T20:00"),
    ("تجتمع اللجنة نهاية اليوم", "نهاية اليوم", "2016-11-07T23:59"),
    ("وقع الانفجار في وقت متأخر من الليل", "في وقت متأخر من الليل", "TNI"),
    ("يفتح المعبر من 5 إلى 6 مساء", "من 5 إلى 6 مساء", "(T17:00,T18:00,PT1H)"),
    ("تصدر النشرة كل يوم اثنين الساعة 4 مساء", "كل يوم اثنين الساعة 4 مساء",
     "XXXX-WXX-1T16:00"),
    ("سجن لمدة عام واحد و شهر و 21 يوما", "لمدة عام واحد و شهر و 21 يوما", "P1Y1M21D"),
    ("استمر الحصار ساعتين ونصف", "ساعتين ونصف", "PT2.5H"),
    ("ارتفعت الأسعار صيف 2016", "صيف 2016", "2016-SU"),
    ("تراجع النمو في الربع الأول من عام 2020", "الربع الأول من عام 2020", "2020-Q1"),
    ("ارتفع العدد خلال 2014-2018", "2014-2018", "(2014,2018,P4Y)"),
])
def test_parts_ranges_sets_and_periods(text: str, span: str, timex: str) -> None:
    times = extract_times(text, PUB)
    assert any(t.text.strip() == span and t.timex == timex for t in times), \
        [(t.text, t.timex) for t in times]


@pytest.mark.parametrize("text", [
    "اعتمد في الصفحة 100 ص من التقرير",  # «ص» after a page number is no a.m.
    "تحدث آلان جوبيه عن الأزمة",  # «آلان» (Alain) normalises like «الآن»
    "شهد الربيع العربي احتجاجات واسعة",
    "قال إن الوضع حتى الآن مستقر",
])
def test_lookalikes_are_not_times(text: str) -> None:
    assert [t.text for t in extract_times(text, PUB)] == []


# Third round (time_lexicon v5): news-style sentences per rule family, with look-alikes.

def _spans(text: str, pub: date = PUB) -> list[tuple[str, str | None]]:
    return [(t.text, t.timex) for t in extract_times(text, pub)]


@pytest.mark.parametrize(("text", "span", "timex"), [
    # minutes short of / past an hour in words, teens as minutes, a digit hour with a fraction
    ("دوى الانفجار ثلاث دقائق قبل الثامنة", "ثلاث دقائق قبل الثامنة", "T07:57"),
    ("بدأ القصف عشرين دقيقة بعد الخامسة مساء", "عشرين دقيقة بعد الخامسة مساء", "T17:20"),
    ("انطلقت القافلة الخامسة والنصف إلا ثلاث دقائق", "الخامسة والنصف إلا ثلاث دقائق",
     "T05:27"),
    ("أعلن البيان عند خمسة عشر خمسة عشر مساء", "خمسة عشر خمسة عشر مساء", "T15:15"),
    ("وصل الوفد الحادية عشر وعشرين مساء", "الحادية عشر وعشرين مساء", "T23:20"),
    ("تبدأ الجلسة 8 والنصف مساء", "8 والنصف مساء", "T20:30"),
])
def test_clocks_in_words_with_minutes(text: str, span: str, timex: str) -> None:
    assert _one(text) == (span, "time", None, timex)


def test_clock_look_alikes_stay_counts_and_ranges() -> None:
    assert _spans("انفجرت العبوة بعد عشر دقائق من وصوله") == [("عشر دقائق", "PT10M")]
    assert _spans("وصل 15 و 20 مسافرا") == []
    assert _one("يعمل المكتب بين الخامسة والسادسة مساء")[3] == "(T17:00,T18:00,PT1H)"


@pytest.mark.parametrize(("text", "span", "value"), [
    ("اعتقل منذ عام و3 أشهر في سجن صيدنايا", "منذ عام و3 أشهر", "2015-08-07"),
    ("ستجري الانتخابات بعد 2 عام و 21 يوما من الآن", "بعد 2 عام و 21 يوما من الآن",
     "2018-11-28"),
    ("قتل منذ شهر و 21 يوما في غارة", "منذ شهر و 21 يوما", "2016-09-16"),
])
def test_anchored_durations_of_several_units_are_a_day(text: str, span: str, value: str
                                                       ) -> None:
    assert _one(text) == (span, "date", value, value)


def test_a_duration_of_several_units_without_anchor_stays_a_duration() -> None:
    assert _one("حكم عليه بالسجن لمدة عام و3 أشهر")[1:] == ("duration", None, "P1Y3M")
    assert _one("سجن يومين و3 ساعات بعد اعتقاله")[1] == "duration"


@pytest.mark.parametrize(("text", "pub", "span", "timex"), [
    ("قصف الطيران الحي في صباح هذا الثلاثاء", PUB, "صباح هذا الثلاثاء", "2016-11-08TMO"),
    ("اندلعت الاشتباكات بعد ظهر يوم الجمعة الماضي", date(2017, 11, 13),
     "بعد ظهر يوم الجمعة الماضي", "2017-11-10TAF"),
    ("تظاهر المئات مساء يوم الخميس", PUB, "مساء يوم الخميس", "2016-11-03TEV"),
])
def test_part_of_a_weekday_said_with_yawm(text: str, pub: date, span: str, timex: str) -> None:
    assert _spans(text, pub) == [(span, timex)]


@pytest.mark.parametrize(("text", "span", "timex"), [
    ("يصل الوزير 23 أكتوبر في السابعة", "23 أكتوبر في السابعة", "2016-10-23T07:00"),
    ("انفجرت السيارة هذا الصباح في السابعة", "هذا الصباح في السابعة", "2016-11-07T07:00"),
    ("يفتح المعبر في الصباح في التاسعة", "في الصباح في التاسعة", "T09:00"),
    ("نشر الخبر 6 يناير 2017 - 6:37 صباحا", "6 يناير 2017 - 6:37 صباحا", "2017-01-06T06:37"),
])
def test_an_hour_in_words_or_a_stamp_after_a_day(text: str, span: str, timex: str) -> None:
    assert _spans(text) == [(span, timex)]


def test_an_ordinal_after_a_date_that_is_an_age_is_no_hour() -> None:
    assert _spans("ولد في 5 مايو 2001 في السابعة من عمره") == [("5 مايو 2001", "2001-05-05")]


def test_a_clock_joins_the_longest_recurring_day() -> None:
    assert _spans("تفتح السوق الساعة 9 صباحا كل يوم أحد") == [
        ("الساعة 9 صباحا كل يوم أحد", "XXXX-WXX-7T09:00")]


@pytest.mark.parametrize(("text", "pub", "span", "value"), [
    ("عقدت الجلسة يوم الجمعة 15.", date(2017, 9, 27), "يوم الجمعة 15", "2017-09-15"),
    ("عقدت الجلسة يوم الجمعة في خمسة عشر", date(2017, 9, 27), "يوم الجمعة في خمسة عشر",
     "2017-09-15"),
    ("يصادف الأربعاء الأول من شهر أبريل/نيسان", date(2018, 3, 20),
     "الأربعاء الأول من شهر أبريل/نيسان", "2018-04-04"),
    ("تعقد القمة أول يوم جمعة من يوليو", PUB, "أول يوم جمعة من يوليو", "2016-07-01"),
    ("يجتمع المجلس آخر خميس من الشهر المقبل", PUB, "آخر خميس من الشهر المقبل", "2016-12-29"),
])
def test_weekday_pinned_to_a_day_of_the_month(text: str, pub: date, span: str, value: str
                                              ) -> None:
    assert [(t.text, t.value) for t in extract_times(text, pub)] == [(span, value)]


def test_weekday_then_a_count_is_no_day_of_the_month() -> None:
    # «الأحد 15 حافلة», «الجمعة 19 مدنيا»: the number counts the noun after it
    assert _spans("وصلت يوم الأحد 15 حافلة", date(2017, 9, 27)) == [("يوم الأحد", "2017-09-24")]
    assert _spans("قتل الجمعة 19 مدنيا", date(2018, 10, 20)) == [("الجمعة", "2018-10-19")]
    # a bare «الجمعة الثانية» (of protests) is no date of this month
    assert _spans("خرجت المظاهرات في الجمعة الثانية") == [("الجمعة", "2016-11-04")]


@pytest.mark.parametrize(("text", "span", "timex"), [
    ("اقترحت عقد المحادثات يوم 27.", "يوم 27", "2016-11-27"),
    ("يبدأ التصويت يوم 15 ، 8 مساء", "يوم 15 ، 8 مساء", "2016-11-15T20:00"),
    ("تنطلق الرحلة الساعة 8 مساء في 15", "الساعة 8 مساء في 15", "2016-11-15T20:00"),
])
def test_day_of_the_month_without_a_month(text: str, span: str, timex: str) -> None:
    assert _spans(text) == [(span, timex)]


def test_bare_numbers_after_prepositions_stay_figures() -> None:
    assert _spans("ارتفع عدد القتلى إلى 27.") == []
    assert _spans("يسير الصاروخ 4500 متر في الثانية.") == []
    assert _spans("سيكون في الحادية والسبعين من العمر") == []
    assert _spans("وقع الهجوم الساعة 8 مساء في 15 مدينة") == [("الساعة 8 مساء", "T20:00")]
    assert _spans("رصدت إضافة إلى 1,2 مليار دولار") == []


@pytest.mark.parametrize(("text", "value"), [
    ("تبدأ الدورة الأسبوع بعد القادم", "2016-W47"),
    ("عقد المؤتمر الأسبوع قبل الماضي", "2016-W43"),
    ("انطلقت الحملة الأسبوع الأول من عام 2015", "2015-W01"),
    ("انطلقت الحملة الأسبوع الثاني من عام 2015", "2015-W02"),
])
def test_weeks_two_steps_away_and_iso_weeks_of_a_year(text: str, value: str) -> None:
    assert [t.value for t in extract_times(text, PUB)] == [value]
