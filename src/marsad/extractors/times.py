"""Time expressions: dates in every Arabic month system, Hijri dates, years, weekdays and
relative phrases, resolved against the publication date.

Arabic news mixes Levantine («تشرين الثاني»), Egyptian/Gulf («نوفمبر») and Maghrebi month
names, often in pairs («فبراير/شباط»), Hijri dates in Saudi outlets and relative phrases
(«الشهر الفائت», «13 مارس الماضي»). Off-the-shelf parsers normalise a known string but do not
find spans in running Arabic text, so the span finder is ours and its vocabulary is data
(``data/time_lexicon.json``). Matching runs on the normalised view; spans map back.
"""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache

from marsad.arabic.normalize import DELETED_CHARS, NormalizedText, normalize, normalized_view
from marsad.extractors.numbers import lookup_word
from marsad.lexicon import load_json
from marsad.model import TimeExpression

_L = r"[^\W\d_]"  # an Arabic (or any) letter
_NB = rf"(?<!{_L})"  # no letter before
_NA = rf"(?!{_L})"  # no letter after


def _alt(words: list[str]) -> str:
    forms = sorted({normalize(w) for w in words}, key=len, reverse=True)
    return "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms)


@dataclass(slots=True, frozen=True)
class _Lex:
    months: dict[str, int]
    ambiguous: frozenset[str]
    hijri: dict[str, int]
    weekdays: dict[str, int]
    deictic: dict[str, tuple[str, str]]
    periods: dict[str, tuple[str, str]]
    modifiers: dict[str, int]
    units: dict[str, tuple[str, int | None]]
    anchors: dict[str, int]
    vague: frozenset[str]
    month_re: re.Pattern[str]
    date_re: re.Pattern[str]
    hijri_re: re.Pattern[str]
    hijri_year_re: re.Pattern[str]
    year_re: re.Pattern[str]
    weekday_re: re.Pattern[str]
    deictic_re: re.Pattern[str]
    period_re: re.Pattern[str]
    duration_re: re.Pattern[str]
    numeric_dmy: re.Pattern[str]
    numeric_ymd: re.Pattern[str]
    day_parts: dict[str, str]
    span_units: dict[str, tuple[str, int | None]]
    set_adverbs: dict[str, str]
    clock_re: re.Pattern[str]
    span_re: re.Pattern[str]
    set_re: re.Pattern[str]
    bracket_year_re: re.Pattern[str]
    bracket_years: tuple[int, int]
    # clock times in words («الساعة السابعة والنصف مساء»), named ones («منتصف الليل»)
    word_clock_re: re.Pattern[str] | None = None
    clock_hours: dict[str, int] = field(default_factory=dict)
    clock_fractions: dict[str, int] = field(default_factory=dict)
    clock_named: dict[str, str] = field(default_factory=dict)
    named_clock_re: re.Pattern[str] | None = None


def _key(text: str) -> str:
    return " ".join(text.split())


@cache
def time_lexicon() -> _Lex:
    """Compile the time vocabulary into regexes once per process."""
    raw = load_json("time_lexicon.json")
    months = {normalize(k): int(v) for k, v in raw["months"].items()}
    hijri = {normalize(k): int(v) for k, v in raw["hijri_months"].items()}
    weekdays = {normalize(k): int(v) for k, v in raw["weekdays"].items()}
    deictic = {normalize(k): (v[0], v[1]) for k, v in raw["deictic"].items()}
    periods = {normalize(k): (v[0], v[1]) for k, v in raw["periods"].items()}
    modifiers = {normalize(k): int(v) for k, v in raw["period_modifiers"].items()}
    units = {normalize(k): (v[0], v[1]) for k, v in raw["duration_units"].items()}
    anchors = {normalize(k): int(v) for k, v in raw["duration_anchors"].items()}
    m_alt, h_alt, wd_alt = _alt(list(months)), _alt(list(hijri)), _alt(list(weekdays))
    mod_alt, edge_alt = _alt(list(modifiers)), _alt(raw["month_edges"])
    yw_alt = _alt(raw["year_words"])
    month_pair = rf"(?:{m_alt})(?:\s*[/\\\-]\s*(?:{m_alt})|\s*[(\[]\s*(?:{m_alt})\s*[)\]])?"
    wd_prefix = rf"(?:(?:يوم\s+)?[وف]?(?:{wd_alt})\s*[،,]?\s*)?"
    date_re = re.compile(
        rf"{_NB}{wd_prefix}"
        rf"(?:(?P<day>\d{{1,2}})(?!\d)\s*(?:من\s+)?(?:شهر\s+)?|(?P<edge>{edge_alt})\s+(?:شهر\s+)?"
        rf"|(?P<shahr>شهر)\s+|[وبلف]{{1,2}})?"
        rf"(?P<month>{month_pair}){_NA}"
        rf"(?:\s*[،,]?\s*(?:من\s+)?(?:(?:عام|العام|سنه)\s+)?(?P<year>\d{{4}})(?!\d)(?:\s*م{_NA})?)?"
        rf"(?:\s+(?P<mod>{mod_alt}){_NA})?"
    )
    hijri_re = re.compile(
        rf"{_NB}(?:(?P<day>\d{{1,2}})(?!\d)\s*(?:من\s+)?(?:شهر\s+)?)?(?P<month>{h_alt}){_NA}"
        rf"(?:\s*[،,]?\s*(?:من\s+)?(?:(?:عام|العام|سنه)\s+)?(?P<year>\d{{4}})(?!\d)"
        rf"(?P<h>\s*(?:ه{_NA}|هجري(?:ه)?{_NA}))?)?"
    )
    hijri_year_re = re.compile(
        rf"{_NB}(?:(?:{yw_alt})\s+)?(?P<year>1[34]\d\d)(?!\d)\s*(?:ه{_NA}|هجري(?:ه)?{_NA})"
    )
    year_re = re.compile(
        rf"(?:{_NB}(?P<word>{yw_alt})\s+)?(?<![\d.,/\-])(?P<year>1[0-9]\d\d|20\d\d)"
        rf"(?![\d]|[.,/\-]\d)(?:\s*م{_NA})?"
    )
    weekday_re = re.compile(
        rf"{_NB}(?:(?:يوم|ليله|مساء|صباح|ظهر|فجر|ليل)\s+)?[وبف]?(?P<wd>{wd_alt}){_NA}"
        rf"(?:\s+(?P<mod>الماضي|المقبل|القادم|الفائت|المنصرم){_NA})?"
    )
    deictic_re = re.compile(
        rf"{_NB}(?:(?:{_alt(raw['day_parts'])})\s+)?[وف]?(?:(?:يوم|ليله)\s+)?"
        rf"(?P<w>{_alt(list(deictic))}){_NA}"
    )
    period_re = re.compile(
        rf"{_NB}(?:(?P<edge>{edge_alt})\s+)?(?:(?P<this>{_alt(raw['this_words'])})\s+)?"
        rf"[وبلف]?(?P<p>{_alt(list(periods))}){_NA}(?:\s+(?P<mod>{mod_alt}){_NA})?"
    )
    num_alt = r"\d+|" + _L + "+"
    duration_re = re.compile(
        rf"{_NB}[وف]?(?P<a>{_alt(list(anchors))})\s+(?:(?P<n>{num_alt})\s+)?"
        rf"(?P<u>{_alt(list(units))}){_NA}"
    )
    numeric_dmy = re.compile(
        r"(?<![\d/.\-])(?P<d>\d{1,2})\s?(?P<s>[/.\-])\s?(?P<m>\d{1,2})\s?(?P=s)\s?(?P<y>\d{4})"
        rf"(?![\d/])(?P<h>\s*ه{_NA})?"
    )
    numeric_ymd = re.compile(
        r"(?<![\d/.\-])(?P<y>\d{4})(?P<s>[/\-.])(?P<m>\d{1,2})(?P=s)(?P<d>\d{1,2})(?![\d/])"
        rf"(?P<h>\s*ه{_NA})?"
    )
    day_parts = {normalize(k): v for k, v in raw["clock_day_parts"].items()}
    span_units = {normalize(k): (v[0], v[1]) for k, v in raw["clock_units"].items()} | units
    set_adverbs = {normalize(k): v for k, v in raw["set_adverbs"].items()}
    dp_alt = _alt(list(day_parts))
    clock_re = re.compile(
        rf"{_NB}(?:(?P<lead>{_alt(raw['clock_lead'])})\s+)?"
        r"(?<![\d:.])(?P<h>[01]?\d|2[0-4])(?:\s?:\s?(?P<mi>[0-5]\d)(?::(?P<s>[0-5]\d))?)?(?![\d:])"
        rf"(?:\s*(?P<dp>{dp_alt}){_NA})?"
    )
    number = rf"\d+(?:[.,]\d+)?|{_L}+"
    span_re = re.compile(
        rf"{_NB}(?:(?P<lead>{_alt(raw['duration_leads'])})\s+)?(?:(?P<n>{number})\s+)?"
        rf"(?P<u>{_alt(list(span_units))}){_NA}"
    )
    set_re = re.compile(
        rf"{_NB}(?:(?P<adv>{_alt(list(set_adverbs))})|(?:{_alt(raw['set_lead'])})\s+"
        rf"(?:(?P<n>\d+|{_L}+)\s+)?(?P<u>{_alt(list(span_units))})){_NA}"
    )
    bracket_year_re = re.compile(
        rf"(?:{_NB}(?P<word>{yw_alt})\s*)?\(\s*(?P<year>\d{{4}})\s*\)"
        rf"(?P<h>\s*(?:ه{_NA}|هجري(?:ه)?{_NA}))?"
    )
    low_year, high_year = raw["bracketed_year_range"]
    clock_hours = {normalize(k): int(v) for k, v in raw.get("clock_hour_words", {}).items()}
    clock_fractions = {_key(normalize(k)): int(v)
                       for k, v in raw.get("clock_hour_fractions", {}).items()}
    clock_named = {normalize(k): str(v) for k, v in raw.get("clock_named", {}).items()}
    word_clock_re = re.compile(
        rf"{_NB}(?:(?P<lead>{_alt(raw['clock_lead'])})\s+)?"
        rf"(?:(?P<h>{_alt(list(clock_hours))})|(?<![\d:.])(?P<hd>[01]?\d|2[0-3])(?![\d:]))"
        rf"(?:\s*(?P<fr>{_alt(list(clock_fractions))}){_NA}"
        rf"|\s+و\s*(?P<mw>\d{{1,2}}|{_L}+(?:\s+و\s*{_L}+)?)(?:\s+(?:دقيقه|دقائق){_NA})?)?"
        rf"(?:\s*(?P<dp>{dp_alt}){_NA})?"
    ) if clock_hours else None
    return _Lex(
        word_clock_re=word_clock_re,
        clock_hours=clock_hours,
        clock_fractions=clock_fractions,
        clock_named=clock_named,
        named_clock_re=re.compile(rf"{_NB}(?:{_alt(list(clock_named))}){_NA}")
        if clock_named else None,
        day_parts=day_parts,
        span_units=span_units,
        set_adverbs=set_adverbs,
        clock_re=clock_re,
        span_re=span_re,
        set_re=set_re,
        bracket_year_re=bracket_year_re,
        bracket_years=(int(low_year), int(high_year)),
        months=months,
        ambiguous=frozenset(normalize(w) for w in raw["ambiguous_months"]),
        hijri=hijri,
        weekdays=weekdays,
        deictic=deictic,
        periods=periods,
        modifiers=modifiers,
        units=units,
        anchors=anchors,
        vague=frozenset(normalize(w) for w in raw["vague_counts"]),
        month_re=re.compile(rf"{_NB}(?:[وبلف]{{0,2}})({m_alt}){_NA}"),
        date_re=date_re,
        hijri_re=hijri_re,
        hijri_year_re=hijri_year_re,
        year_re=year_re,
        weekday_re=weekday_re,
        deictic_re=deictic_re,
        period_re=period_re,
        duration_re=duration_re,
        numeric_dmy=numeric_dmy,
        numeric_ymd=numeric_ymd,
    )


@dataclass(slots=True)
class _Cand:
    start: int
    end: int
    value: str | None
    granularity: str | None
    relative: bool = False
    offset: str | None = None
    priority: int = 0
    kind: str = "date"
    timex: str | None = None


def _iso_day(y: int, m: int, d: int) -> str | None:
    if not (1 <= m <= 12) or not (1 <= d <= monthrange(y, m)[1]) or not (1 <= y <= 9999):
        return None
    return f"{y:04d}-{m:02d}-{d:02d}"


def _shift_months(y: int, m: int, k: int) -> tuple[int, int]:
    idx = y * 12 + (m - 1) + k
    return idx // 12, idx % 12 + 1


def _week(d: date) -> str:
    iso = d.isocalendar()
    return f"{iso[0]:04d}-W{iso[1]:02d}"


def _hijri_to_iso(y: int, m: int, d: int | None) -> tuple[str | None, str]:
    """Gregorian value of a Hijri date (day precision) or year (the year it mostly falls in)."""
    try:
        from hijridate import Hijri
    except ImportError:  # optional: without it Hijri dates are found but not converted
        return None, "day" if d else "year"
    try:
        if d is None:
            g = Hijri(y, 6, 15).to_gregorian()
            return f"{g.year:04d}", "year"
        g = Hijri(y, m, d).to_gregorian()
        return f"{g.year:04d}-{g.month:02d}-{g.day:02d}", "day"
    except (ValueError, OverflowError):
        return None, "day" if d else "year"


def _months_in(lex: _Lex, text: str) -> list[int]:
    return [lex.months[_key(m.group(1))] for m in lex.month_re.finditer(text)]


def _month_year(month: int, mod: int | None, pub: date | None) -> int | None:
    """The year of a month named without one: «مارس الماضي» is the last March before pub."""
    if pub is None:
        return None
    if mod is None or mod == 0:
        return pub.year
    if mod < 0:
        return pub.year if month < pub.month else pub.year - 1
    return pub.year if month > pub.month else pub.year + 1


def _dates(lex: _Lex, norm: str, pub: date | None, out: list[_Cand]) -> None:
    for m in lex.date_re.finditer(norm):
        month_text = m.group("month")
        months = _months_in(lex, month_text)
        if not months:
            continue
        month = months[0]
        paired = len(months) > 1
        day = int(m.group("day")) if m.group("day") else None
        year = int(m.group("year")) if m.group("year") else None
        mod_text = m.group("mod")
        mod = lex.modifiers.get(_key(mod_text)) if mod_text else None
        first = _key(lex.month_re.match(month_text).group(1))  # type: ignore[union-attr]
        context = day or year or paired or mod is not None or m.group("edge") or m.group("shahr")
        if first in lex.ambiguous and not context:
            continue
        start = m.start()
        if not (day or m.group("edge") or m.group("shahr")) and not norm[start].isdigit():
            # drop a glued clitic («بيناير») and keep weekday prefixes
            wd = m.group(0)[: m.start("month") - start]
            if not wd.strip() or len(wd.strip()) <= 2:
                start = m.start("month")
        relative = year is None
        value: str | None
        y = year if year is not None else _month_year(month, mod, pub)
        if y is None:
            value = f"--{month:02d}-{day:02d}" if day else f"--{month:02d}"
        elif day:
            value = _iso_day(y, month, day)
        else:
            value = f"{y:04d}-{month:02d}"
        end = m.end()
        if year is not None and mod_text:  # «مارس 2018 الماضي» is odd; keep the year only
            end = m.end("year")
        out.append(_Cand(start, end, value, "day" if day else "month", relative, None, 5))


def _hijri(lex: _Lex, norm: str, out: list[_Cand]) -> None:
    for m in lex.hijri_re.finditer(norm):
        day = int(m.group("day")) if m.group("day") else None
        year = int(m.group("year")) if m.group("year") else None
        if not day and not (year and (m.group("h") or 1300 <= year <= 1500)):
            continue
        if year is None or not (1300 <= year <= 1500):
            if not day or _key(m.group("month")) == "صفر":
                continue
            out.append(_Cand(m.start(), m.end("month"), None, "day", True, None, 4))
            continue
        month = lex.hijri[_key(m.group("month"))]
        value, gran = _hijri_to_iso(year, month, day)
        if day is None:
            g = _hijri_to_iso(year, month, 1)[0]
            value, gran = (g[:7] if g else None), "month"
        out.append(_Cand(m.start(), m.end(), value, gran, False, None, 5))
    for m in lex.hijri_year_re.finditer(norm):
        value, gran = _hijri_to_iso(int(m.group("year")), 1, None)
        out.append(_Cand(m.start(), m.end(), value, gran, False, None, 3))


def _numeric(lex: _Lex, norm: str, out: list[_Cand]) -> None:
    for rx in (lex.numeric_dmy, lex.numeric_ymd):
        for m in rx.finditer(norm):
            y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
            if mo > 12 and d <= 12:
                mo, d = d, mo
            if m.group("h") or 1300 <= y <= 1500:
                value, _ = _hijri_to_iso(y, mo, d)
            else:
                value = _iso_day(y, mo, d)
            if value is None and not (1300 <= y <= 1500):
                continue
            out.append(_Cand(m.start(), m.end(), value, "day", False, None, 6))


_NOT_YEAR_AFTER = re.compile(
    rf"\s*(?:{_L}*(?:الف|مليون|ملايين|مليار|دولار|يورو|ريال|جنيه|درهم|دينار|ليره|طن|كيلو|متر|"
    rf"برميل|شخص|قتيل|جريح|مقاتل|لاجئ|نازح|طالب|عنصر|جندي|منزل|وحده|فرصه|موظف|عامل|حاله|"
    rf"مصاب|سجين|معتقل|اسير|مدني|مواطن|مقعد|صوت)|%|٪)"
)
_NOT_YEAR_BEFORE = re.compile(
    r"(?:حوالي|نحو|قرابه|اكثر\s+من|اقل\s+من|يقارب|رقم|القرار|المادة|الماده|البند|\+|\$)\s*$"
)


def _years(lex: _Lex, norm: str, out: list[_Cand]) -> None:
    for m in lex.year_re.finditer(norm):
        year = int(m.group("year"))
        if m.group("word") is None:
            if not 1950 <= year <= 2035:
                continue
            if _NOT_YEAR_AFTER.match(norm, m.end()) or _NOT_YEAR_BEFORE.search(
                norm, max(0, m.start() - 14), m.start()
            ):
                continue
            start = m.start("year")
        else:
            if not 1000 <= year <= 2100:
                continue
            start = m.start()
        out.append(_Cand(start, m.end(), f"{year:04d}", "year", False, None, 2))


def _last_weekday(pub: date, weekday: int, direction: int) -> date:
    if direction > 0:
        delta = (weekday - pub.weekday()) % 7 or 7
        return pub + timedelta(days=delta)
    return pub - timedelta(days=(pub.weekday() - weekday) % 7)


def _weekdays(lex: _Lex, norm: str, pub: date | None, out: list[_Cand]) -> None:
    for m in lex.weekday_re.finditer(norm):
        wd = lex.weekdays[_key(m.group("wd"))]
        mod = m.group("mod")
        direction = 1 if mod in ("المقبل", "القادم") else -1
        start = (
            m.start()
            if norm[m.start()] not in "وبف" or m.start() == m.start("wd") - 0
            else m.start("wd")
        )
        if m.start("wd") - m.start() == 1:
            start = m.start("wd")
        value = _last_weekday(pub, wd, direction).isoformat() if pub else None
        out.append(_Cand(start, m.end(), value, "day", True, None, 1))


def _offset_value(pub: date | None, unit: str, k: int) -> str | None:
    if pub is None:
        return None
    if unit == "D":
        return (pub + timedelta(days=k)).isoformat()
    if unit == "W":
        return _week(pub + timedelta(days=7 * k))
    if unit == "M":
        y, mo = _shift_months(pub.year, pub.month, k)
        return f"{y:04d}-{mo:02d}"
    return f"{pub.year + k:04d}"


_FOUR_DIGITS = re.compile(r"\d{4}")
_ANY_DIGIT = re.compile(r"\d")
_NOW_WORDS = frozenset(normalize(w) for w in ("الآن", "حاليا"))
_SO_FAR = re.compile(r"(?:حتي|لحد|للان)\s+$")
_GRAN = {"D": "day", "W": "week", "M": "month", "Y": "year"}
_TODAY_GUARD = re.compile(rf"\s+(?:ال{_L}+(?:ي|يه)|التالي|نفسه|ذاته){_NA}")
_TODAY_GUARD_BEFORE = re.compile(r"(?:ذلك|نفس|ذات|هذا|في\s+ذات)\s+$")


def _relatives(lex: _Lex, norm: str, pub: date | None, out: list[_Cand]) -> None:
    for m in lex.deictic_re.finditer(norm):
        w = _key(m.group("w"))
        if w == "اليوم" and (
            _TODAY_GUARD.match(norm, m.end())
            or _TODAY_GUARD_BEFORE.search(norm, max(0, m.start() - 8), m.start())
        ):
            continue
        if w in _NOW_WORDS and _SO_FAR.search(norm, max(0, m.start() - 6), m.start()):
            continue  # «حتى الآن» is «so far», not a date
        offset, gran = lex.deictic[w]
        k = int(offset[1:-1])
        start = (
            m.start()
            if norm[m.start()] not in "وف" or m.start() != m.start("w") - 1
            else m.start("w")
        )
        out.append(_Cand(start, m.end(), _offset_value(pub, "D", k), gran, True, offset, 3))
    for m in lex.period_re.finditer(norm):
        mod = m.group("mod")
        if mod is None and m.group("this") is None:
            continue
        unit, gran = lex.periods[_key(m.group("p"))]
        k = lex.modifiers.get(_key(mod), 0) if mod else 0
        start = m.start() if (m.group("edge") or m.group("this")) else m.start("p")
        gran_out = gran
        out.append(
            _Cand(start, m.end(), _offset_value(pub, unit, k), gran_out, True, f"P{k}{unit}", 3)
        )
    for m in lex.duration_re.finditer(norm):
        unit, count = lex.units[_key(m.group("u"))]
        sign = lex.anchors[_key(m.group("a"))]
        n_text = m.group("n")
        n: int | None = count
        if n_text:
            if n_text.isdigit():
                n = int(n_text)
            elif n_text in lex.vague:
                n = None
            else:
                found = lookup_word(n_text)
                if found is None or found[1].value != int(found[1].value):
                    continue
                n = int(found[1].value)
        elif count is None:
            continue  # «منذ سنوات» has no count
        if n is None:
            out.append(_Cand(m.start("a"), m.end(), None, _GRAN[unit], True, None, 3))
            continue
        k = sign * n
        out.append(
            _Cand(
                m.start("a"),
                m.end(),
                _offset_value(pub, unit, k),
                _GRAN[unit],
                True,
                f"P{k}{unit}",
                3,
            )
        )

_DURATION_UNIT = {"S": "S", "MIN": "M", "H": "H", "D": "D", "W": "W", "M": "M", "Y": "Y"}
_UNIT_GRAN = {"S": "second", "MIN": "minute", "H": "hour"} | {"D": "day", "W": "week",
                                                               "M": "month", "Y": "year"}
_ISO_DATETIME = re.compile(
    r"(?<![\d/.\-])(?P<d>\d{4}-\d\d-\d\d)[Tt](?P<h>[01]\d|2[0-3]):(?P<mi>[0-5]\d)"
    r"(?::(?P<s>[0-5]\d))?(?![\d:])"
)
_DATE_CLOCK_GAP = re.compile(
    r"\s*(?:[،,]\s*)?(?:(?:في|عند|على|حوالي|نحو|يوم)\s+)?$"
)


def iso_duration(unit: str, count: float) -> str:
    """«3 ساعات» → PT3H, «3.5 سنوات» → P3.5Y: ISO 8601, the time part after «T»."""
    n = f"{count:g}"
    code = _DURATION_UNIT[unit]
    return f"PT{n}{code}" if unit in ("S", "MIN", "H") else f"P{n}{code}"


def _count(text: str | None) -> float | None:
    """A count written in digits («3», «3.5», «3,5») or one number word («ثلاثة»)."""
    if text is None:
        return None
    if text[0].isdigit():
        try:
            return float(text.replace(",", "."))
        except ValueError:
            return None
    found = lookup_word(text)
    if found is None or found[1].kind not in ("unit", "ten", "teen_tail", "hundred"):
        return None
    return float(found[1].value)


def _clock_text(h: int, mi: int | None, sec: int | None) -> tuple[str, str]:
    """ISO time of day; an hour alone is written «07:00» (its granularity stays the hour)."""
    if sec is not None:
        return f"{h:02d}:{mi or 0:02d}:{sec:02d}", "second"
    if mi is not None:
        return f"{h:02d}:{mi:02d}", "minute"
    return f"{h:02d}:00", "hour"


def _word_minutes(text: str) -> int | None:
    """«20», «عشرين», «خمسة وثلاثين» → minutes past the hour."""
    if text.isdigit():
        return int(text)
    total = 0
    for word in text.split():
        if word == "و":
            continue
        found = lookup_word(word)
        if found is None:
            return None
        if found[1].kind not in ("unit", "ten", "teen_tail"):
            return None
        total += int(found[1].value) if found[1].kind != "teen_tail" else 10
    return total


def _word_clocks(lex: _Lex, norm: str, out: list[_Cand]) -> None:
    """«الساعة السابعة والنصف مساء» → T19:30, «الثامنة إلا ربع» → T07:45, «منتصف الليل»."""
    if lex.word_clock_re is None:
        return
    for m in lex.word_clock_re.finditer(norm):
        lead, frac, mw, part = m.group("lead"), m.group("fr"), m.group("mw"), m.group("dp")
        digits = m.group("hd") is not None
        minute: int | None = None
        end = m.end()
        if mw is not None:
            minute = _word_minutes(mw)
            if minute is None or minute >= 60:
                if digits:
                    continue
                minute, part, end = None, None, m.end("h")
        if frac is not None:
            minute = lex.clock_fractions[_key(frac)]
        if digits and (lead is None or (frac is None and mw is None)):
            continue  # «15 و 20» is two figures; a digit clock alone is the digit finder's
        if lead is None and frac is None and minute is None and not part:
            continue  # «الدورة السابعة»: an ordinal, not an hour
        hour = int(m.group("hd")) if digits else lex.clock_hours[_key(m.group("h"))]
        if minute is not None and minute < 0:
            hour, minute = (hour - 1) % 24, 60 + minute
        half = lex.day_parts.get(_key(part)) if part else None
        if half == "pm" and hour < 12:
            hour += 12
        elif half == "am" and hour == 12:
            hour = 0
        clock, gran = _clock_text(hour, minute, None)
        out.append(_Cand(m.start(), end, None, gran, False, None, 2, "time", f"T{clock}"))
    if lex.named_clock_re is not None:
        for m in lex.named_clock_re.finditer(norm):
            clock = lex.clock_named[_key(m.group())]
            out.append(_Cand(m.start(), m.end(), None, "minute", False, None, 2, "time",
                             f"T{clock}"))


def _clocks(lex: _Lex, norm: str, out: list[_Cand]) -> None:
    """«الساعة 15:15», «8:00 صباحا», «الساعة 8 مساء»: a time of day, no date of its own."""
    for m in _ISO_DATETIME.finditer(norm):
        clock, gran = _clock_text(int(m.group("h")), int(m.group("mi")),
                                  int(m.group("s")) if m.group("s") else None)
        day = m.group("d")
        if _iso_day(int(day[:4]), int(day[5:7]), int(day[8:10])) is None:
            continue
        out.append(_Cand(m.start(), m.end(), day, "day", False, None, 7, "datetime",
                         f"{day}T{clock}"))
    for m in lex.clock_re.finditer(norm):
        lead, minute, part = m.group("lead"), m.group("mi"), m.group("dp")
        if minute is None and lead is None and part is None:
            continue
        if minute is None and lead is None and not part:  # «بتوقيت غرينتش» alone
            continue
        hour = int(m.group("h"))
        half = lex.day_parts.get(_key(part)) if part else None
        if half == "pm" and hour < 12:
            hour += 12
        elif half == "am" and hour == 12:
            hour = 0
        if hour > 23:
            continue
        clock, gran = _clock_text(hour, int(minute) if minute else None,
                                  int(m.group("s")) if m.group("s") else None)
        out.append(_Cand(m.start(), m.end(), None, gran, False, None, 2, "time", f"T{clock}"))


def _spans(lex: _Lex, norm: str, out: list[_Cand]) -> None:
    """Durations: «لمدة 3 ساعات» → PT3H, «يومين» → P2D, «3.5 سنوات» → P3.5Y."""
    for m in lex.span_re.finditer(norm):
        unit, fixed = lex.span_units[_key(m.group("u"))]
        lead = m.group("lead")
        count = _count(m.group("n"))
        start = m.start()
        if m.group("n") and count is None:
            if lead:
                continue
            start = m.start("u")  # «مدة أيام»: the word before is no count
        if count is None:
            if fixed is None or (fixed == 1 and not lead):
                continue  # a bare «يوم», «عام»: a word, not a duration
            count = float(fixed)
        if lead and count is not None and m.group("n") is None and fixed is None:
            continue
        out.append(_Cand(start, m.end(), None, _UNIT_GRAN[unit], False, None, 1, "duration",
                         iso_duration(unit, count)))


def _sets(lex: _Lex, norm: str, out: list[_Cand]) -> None:
    """Recurring times: «يوميا» → P1D, «كل يومين» → P2D, «كل 3 أشهر» → P3M."""
    for m in lex.set_re.finditer(norm):
        if m.group("adv"):
            timex = lex.set_adverbs[_key(m.group("adv"))]
            out.append(_Cand(m.start(), m.end(), None, None, False, None, 2, "set", timex))
            continue
        unit, fixed = lex.span_units[_key(m.group("u"))]
        count = _count(m.group("n")) if m.group("n") else (
            float(fixed) if fixed is not None else None)
        if count is None:
            continue
        out.append(_Cand(m.start(), m.end(), None, _UNIT_GRAN[unit], False, None, 2, "set",
                         iso_duration(unit, count)))


def _bracket_years(lex: _Lex, norm: str, out: list[_Cand]) -> None:
    """«(1948)», «سنة (1947)», «عام (1325) هجري»: a year in brackets, as sources cite it."""
    low, high = lex.bracket_years
    for m in lex.bracket_year_re.finditer(norm):
        year = int(m.group("year"))
        if m.group("h") or (m.group("word") and 1300 <= year <= 1500 and m.group("h")):
            value, gran = _hijri_to_iso(year, 1, None)
            out.append(_Cand(m.start(), m.end(), value, gran, False, None, 3))
            continue
        if not low <= year <= high:
            continue
        if m.group("word") is None and not 1800 <= year <= high:
            continue  # «(1325)» alone is a code or a count, not surely a year
        out.append(_Cand(m.start(), m.end(), f"{year:04d}", "year", False, None, 3))


def _with_clocks(norm: str, cands: list[_Cand]) -> list[_Cand]:
    """A date and a time of day side by side («غدا 8:00 صباحا», «21/4/2016، الساعة 8:00
    مساء») are one date-time: the value stays the day, ``timex`` adds the clock."""
    clocks = [c for c in cands if c.kind == "time"]
    if not clocks:
        return cands
    days = [c for c in cands if c.kind == "date" and c.granularity == "day"]
    used: set[int] = set()
    for clock in clocks:
        for day in days:
            if id(day) in used:
                continue
            if day.end <= clock.start:
                gap = norm[day.end:clock.start]
            elif clock.end <= day.start:
                gap = norm[clock.end:day.start]
            else:
                continue
            if len(gap) > 12 or not _DATE_CLOCK_GAP.match(gap):
                continue
            used.add(id(day))
            used.add(id(clock))
            day.start, day.end = min(day.start, clock.start), max(day.end, clock.end)
            day.kind = "datetime"
            day.timex = f"{day.value}{clock.timex}" if day.value and clock.timex else None
            day.priority = max(day.priority, 7)
            break
    return [c for c in cands if not (c.kind == "time" and id(c) in used)]


def figure_spans(times: list[TimeExpression]) -> list[tuple[int, int]]:
    """Spans whose digits are parts of a date or clock, not figures: durations and recurring
    times keep their counts («لمدة 3 أيام» is also the figure 3 days)."""
    return [(t.start, t.end) for t in times if t.kind not in ("duration", "set")]


def _select(cands: list[_Cand]) -> list[_Cand]:
    """Keep the longest (then highest-priority) of overlapping candidates."""
    cands.sort(key=lambda c: (-(c.end - c.start), -c.priority, c.start))
    kept: list[_Cand] = []
    for c in cands:
        if all(c.end <= k.start or c.start >= k.end for k in kept):
            kept.append(c)
    kept.sort(key=lambda c: c.start)
    merged: list[_Cand] = []
    for c in kept:  # «أمس الثلاثاء», «اليوم الأحد»: one day, said twice
        prev = merged[-1] if merged else None
        if (
            prev is not None
            and prev.granularity == c.granularity == "day"
            and prev.relative
            and c.relative
            and 0 < c.start - prev.end <= 1
            and prev.offset is not None
        ):
            prev.end = c.end
            continue
        merged.append(c)
    return merged


def extract_times(
    text: str, published: date | None = None, view: NormalizedText | None = None
) -> list[TimeExpression]:
    """Every time expression in ``text``, resolved against ``published`` when given."""
    if view is None or view.original is not text:
        view = normalized_view(text)
    norm = view.text
    lex = time_lexicon()
    cands: list[_Cand] = []
    has_digits = _FOUR_DIGITS.search(norm) is not None
    if has_digits:
        _numeric(lex, norm, cands)
    if lex.month_re.search(norm):  # cheap gate: the full date pattern is costly to scan
        _dates(lex, norm, published, cands)
    if has_digits:
        _hijri(lex, norm, cands)
        _years(lex, norm, cands)
    if has_digits:
        _bracket_years(lex, norm, cands)
    if _ANY_DIGIT.search(norm):
        _clocks(lex, norm, cands)
    _word_clocks(lex, norm, cands)
    _weekdays(lex, norm, published, cands)
    _relatives(lex, norm, published, cands)
    _spans(lex, norm, cands)
    _sets(lex, norm, cands)
    cands = _with_clocks(norm, cands)
    out: list[TimeExpression] = []
    for c in _select(cands):
        start, end = view.to_original(c.start, c.end)
        while end < len(text) and text[end] in DELETED_CHARS and not text[end].isspace():
            end += 1
        out.append(
            TimeExpression(
                text[start:end], start, end, c.value, c.granularity, c.relative, c.offset,
                kind=c.kind, timex=c.timex or c.value,
            )
        )
    return out
