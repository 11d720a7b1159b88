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
from dataclasses import dataclass
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
    return _Lex(
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
    _weekdays(lex, norm, published, cands)
    _relatives(lex, norm, published, cands)
    out: list[TimeExpression] = []
    for c in _select(cands):
        start, end = view.to_original(c.start, c.end)
        while end < len(text) and text[end] in DELETED_CHARS and not text[end].isspace():
            end += 1
        out.append(
            TimeExpression(
                text[start:end], start, end, c.value, c.granularity, c.relative, c.offset
            )
        )
    return out
