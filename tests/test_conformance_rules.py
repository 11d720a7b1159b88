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
    ("بدأ القصف نحو الساعة 8 مساء", "نحو الساعة 8 مساء", "T20"),
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
