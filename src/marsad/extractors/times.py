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
from bisect import bisect_left, bisect_right
from calendar import monthrange
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from itertools import pairwise
from typing import Any

from marsad.arabic.normalize import DELETED_CHARS, NormalizedText, normalize, normalized_view
from marsad.extractors.numbers import combine, lookup_word, number_lexicon
from marsad.lexicon import load_json
from marsad.model import TimeExpression

_L = r"[^\W\d_]"  # an Arabic (or any) letter
_NB = rf"(?<!{_L})"  # no letter before
_NA = rf"(?!{_L})"  # no letter after


def _alt(words: list[str]) -> str:
    """An alternation of ``words`` (normalised, spaces as ``\\s+``) for a pattern's word list.

    Built as a prefix trie (:func:`_trie`), not as «longest|...|shortest»: the regex engine
    tries each branch of a flat alternation at every position it scans, which made the day
    and number-word families the costliest scans of the stage. Both forms match the same
    words and try them in the same order, longest first: at one position the words that fit
    are prefixes of one another, and the trie tries the deeper (longer) one first.
    """
    return _trie(words)


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
    # per anchor, what after its count says the count runs from an event («بعد N من/على …»)
    event_links: dict[str, re.Pattern[str]]
    # «منذ حوالي ثلاثين عاما»: an anchor and an approximation, whose count stays a figure
    approx_anchor_re: re.Pattern[str]
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
    duration_fractions: dict[str, float] = field(default_factory=dict)
    # «اليوم الثالث» (no today), future sentences, «الأسبوع الماضي ... يوم الاثنين», vague
    # periods («في عدة سنوات», «منذ عقود»)
    today_not_re: re.Pattern[str] | None = None
    today_not_after_re: re.Pattern[str] | None = None  # «عين اليوم»: an outlet's name
    future_re: re.Pattern[str] | None = None
    month_future_re: re.Pattern[str] | None = None  # future_re and month_future_cues
    last_week_re: re.Pattern[str] | None = None
    vague_period_re: re.Pattern[str] | None = None
    vague_period_units: dict[str, str] = field(default_factory=dict)


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
    month_pair = (rf"(?:{m_alt})(?:\s*[/\\\-]\s*(?:{m_alt})|\s*[(\[]\s*(?:{m_alt})\s*[)\]]"
                  rf"|\s+(?:{m_alt}){_NA})?")
    wd_prefix = rf"(?:(?:يوم\s+)?[وف]?(?:{wd_alt})\s*[،,]?\s*)?"
    date_re = re.compile(
        # a day glued to the word before it is still a day («استفتاء25 أيلول»)
        rf"(?:{_NB}{wd_prefix}|(?<![\d/.\-])(?=\d))"
        # «10/ سبتمبر أيلول»: a slash after the day when a month name follows
        rf"(?:(?P<day>(?<!\d)\d{{1,2}})(?!\d)\s*(?:/\s*(?=[^\W\d_]))?(?:من\s+)?(?:شهر\s+)?"
        rf"|(?P<edge>{edge_alt})\s+(?:شهر\s+)?"
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
        rf"{_NB}(?:(?:{yw_alt})\s+)?(?P<year>1[0-4]\d\d)(?!\d)\s*(?:ه{_NA}|هجري(?:ه)?{_NA})"
    )
    year_re = re.compile(
        rf"(?:{_NB}(?P<word>{yw_alt})\s+)?(?<![\d.,/\-])(?P<year>1[0-9]\d\d|20\d\d)"
        rf"(?![\d]|[.,/\-]\d)(?:\s*م{_NA})?"
    )
    weekday_re = re.compile(
        rf"{_NB}(?:(?P<this>هذا|هذه)\s+)?(?:(?:ليله|مساء|صباح|ظهر|فجر|ليل)\s+"
        rf"(?:(?P<this2>هذا|هذه)\s+)?)?(?:يوم\s+)?[وبف]?"
        rf"(?P<wd>{wd_alt}){_NA}"
        rf"(?:\s+(?P<mod>قبل\s+الماضي|بعد\s+(?:المقبل|القادم)|الماضي|المقبل|القادم|الفائت"
        rf"|المنصرم){_NA})?"
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
    fill_alt = _alt(raw["duration_fillers"])
    links: dict[str, list[str]] = {a: [] for a in anchors}
    for word, anchs in raw["duration_event_links"].items():
        for a in anchs:
            links[normalize(a)].append(word)
    not_event = r"(?!الان|اليوم|الغد|الامس|تاريخه|الاقل|التوالي)"  # «على الأقل», «على التوالي»
    event_links = {a: re.compile(rf"\s+(?:{_alt(ws)})\s+{not_event}[^\W\d_]")
                   for a, ws in links.items()}
    duration_re = re.compile(
        rf"{_NB}[وف]?(?P<a>{_alt(list(anchors))})\s+(?:(?P<fill>{fill_alt})\s+)?"
        rf"(?:(?:ال\s*(?=\d))?(?P<n>{num_alt})\s+)?"  # «منذ ما يقارب الـ 100 عام»
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
    number = rf"\d+(?:[.,]\d+)?|{_L}+(?:\s+و\s*{_L}+)?"
    after_unit = [k for k in raw["duration_fractions"] if k.startswith("و")]  # «ساعة ونصف»
    span_re = re.compile(
        rf"{_NB}(?:(?P<lead>{_alt(raw['duration_leads'])})\s+|(?P<w>و))?(?:(?P<n>{number})\s+)?"
        rf"(?P<def>ال)?(?P<u>{_alt(list(span_units))}){_NA}"
        rf"(?:\s+(?P<whole>{_alt(raw['duration_whole'])}){_NA})?"
        rf"(?:\s+(?P<frac>{_alt(after_unit)}){_NA})?"
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
    minute_words = _alt(["دقيقة", "دقائق", "دقيقتين"])
    word_clock_re = re.compile(
        rf"{_NB}(?:(?P<lead>{_alt(raw['clock_lead'])})\s+)?"
        rf"(?:(?P<h>{_alt(list(clock_hours))})|(?<![\d:.])(?P<hd>[01]?\d|2[0-3])(?![\d:]))"
        rf"(?:\s*(?P<fr>{_alt(list(clock_fractions))}){_NA}"
        rf"|\s+و\s*(?P<mw>\d{{1,2}}|{_L}+(?:\s+و\s*{_L}+)?)(?:\s+(?:{minute_words}){_NA})?)?"
        rf"(?:\s+الا\s+(?P<less>\d{{1,2}}|{_L}+)\s+(?:{minute_words}){_NA})?"
        rf"(?:\s*(?P<dp>{dp_alt}){_NA})?"
    ) if clock_hours else None
    vague_units = {normalize(k): v for k, v in raw["vague_period_units"].items()}
    vague_period_re = re.compile(
        rf"{_NB}[وف]?(?P<lead>{_alt(raw['vague_period_leads'])})\s+(?:(?P<v>{_alt(raw['vague_counts'])})"
        rf"\s+(?P<u>{_alt(list(vague_units))})|(?P<bu>{_alt(raw['vague_period_bare'])})){_NA}")
    month_cues = _alt([*raw["future_markers"], *raw.get("month_future_cues", [])])
    return _Lex(
        today_not_re=re.compile(rf"\s+(?:{_alt(raw['today_not_before'])}){_NA}"),
        today_not_after_re=re.compile(
            rf"{_NB}[وبل]?(?:{_alt(raw.get('today_not_after', []))})\s+$")
        if raw.get("today_not_after") else None,
        future_re=re.compile(rf"{_NB}[وف]?(?:{_alt(raw['future_markers'])}){_NA}"),
        month_future_re=re.compile(rf"{_NB}[وف]?(?:{month_cues}){_NA}"),
        last_week_re=re.compile(rf"{_NB}(?:{_alt(raw['last_week_markers'])}){_NA}"),
        vague_period_re=vague_period_re,
        vague_period_units=vague_units,
        word_clock_re=word_clock_re,
        duration_fractions={normalize(k): float(v)
                            for k, v in raw.get("duration_fractions", {}).items()},
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
        event_links=event_links,
        approx_anchor_re=re.compile(rf"[وف]?(?:{_alt(list(anchors))})\s+(?:{fill_alt})\s"),
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
    part: str | None = None  # a part of the day said with it (TIMEX3 MO, AF, EV, NI)
    weekday: int | None = None  # a weekday's number, for «الأسبوع المقبل يوم الجمعة»
    edge_end: bool = False  # «نهاية اليوم»: the day's last minute
    needs_clock: bool = False  # «في 15»: a day of the month only beside a clock («في 15، 8 مساء»)


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


_HIJRI_EPOCH = date(622, 7, 19).toordinal()  # 1 Muharram 1 AH (proleptic Gregorian, civil)


def _tabular_hijri(y: int, m: int, d: int) -> date | None:
    """The arithmetic (tabular, civil) Islamic calendar: within a day or two of the observed
    calendar, used where Umm al-Qura tables (``hijridate``: 1343–1500 AH) do not reach
    («سنة 1237هـ»)."""
    if not (1 <= m <= 12 and 1 <= d <= 30 and 1 <= y <= 9000):
        return None
    days = (y - 1) * 354 + (3 + 11 * y) // 30 + (59 * (m - 1) + 1) // 2 + d - 1
    try:
        return date.fromordinal(_HIJRI_EPOCH + days)
    except (ValueError, OverflowError):
        return None


def _hijri_to_iso(y: int, m: int, d: int | None) -> tuple[str | None, str]:
    """Gregorian value of a Hijri date (day precision) or year (the Gregorian year it mostly
    falls in: the year of its mid-point, 15 Jumada II)."""
    gran = "day" if d else "year"
    hm, hd = (6, 15) if d is None else (m, d)
    g: date | None = None
    try:
        from hijridate import Hijri

        g = Hijri(y, hm, hd).to_gregorian()
    except ImportError:  # optional: without it the arithmetic calendar converts
        g = None
    except (ValueError, OverflowError):
        g = None
    if g is None:
        g = _tabular_hijri(y, hm, hd)
    if g is None:
        return None, gran
    if d is None:
        return f"{g.year:04d}", "year"
    return f"{g.year:04d}-{g.month:02d}-{g.day:02d}", "day"


def _months_in(lex: _Lex, text: str) -> list[int]:
    return [lex.months[_key(m.group(1))] for m in lex.month_re.finditer(text)]


def _month_year(month: int, mod: int | None, pub: date | None, day: int | None = None
                ) -> int | None:
    """The year of a month named without one: «مارس الماضي» is the last March before pub,
    «مارس الحالي» this year's. A month alone that this year already reached is this year's
    («الرابع من مارس» in November 2016 is March 2016: news reports what happened, and next
    March is rarely meant without «المقبل»); one still ahead is the nearer of this year's
    and last year's (the day's, or the middle of the month; the earlier on a tie):
    «نهاية أيلول» in March 2018 is September 2017, «ديسمبر» in January 2018 December 2017,
    «12 أيار» in April 2018 May 2018."""
    if pub is None:
        return None
    if mod is None:
        if month <= pub.month:
            return pub.year
        d = min(day or 15, 28)
        return min((pub.year - 1, pub.year),
                   key=lambda y: (abs((date(y, month, d) - pub).days), y))
    if mod == 0:
        return pub.year
    if mod < 0:
        return pub.year if month < pub.month else pub.year - 1
    return pub.year if month > pub.month else pub.year + 1


_MONTH_REL_YEAR = re.compile(
    r"\s+(?:من\s+)?(?P<rel>(?:هذا\s+)?(?:العام|السنه))(?:\s+(?P<rmod>[^\W\d_]+))?")


# «فبراير/شباط», «مايو (أيار)»; two names with a space between must be one month
_PAIR_MARK = re.compile(r"[/\\\-(\[]")


def _date_matches(lex: _Lex, norm: str) -> Iterator[re.Match[str]]:
    """``date_re``'s matches; two different months side by side with only a space («مايو
    يونيو 2014») are no pair: the first is read alone and the second starts the next match."""
    pos = 0
    while (m := lex.date_re.search(norm, pos)) is not None:
        month_text = m.group("month")
        months = _months_in(lex, month_text)
        if len(months) > 1 and months[0] != months[1] and not _PAIR_MARK.search(month_text):
            first = lex.month_re.match(month_text)
            cut = m.start("month") + (first.end(1) if first else len(month_text))
            alone = lex.date_re.match(norm, m.start(), cut)
            if alone is not None:
                yield alone
            pos = cut
            continue
        yield m
        pos = max(m.end(), pos + 1)


def _dates(lex: _Lex, norm: str, pub: date | None, out: list[_Cand]) -> None:
    for m in _date_matches(lex, norm):
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
        y = year if year is not None else _month_year(month, mod, pub, day)
        if y is None:
            value = f"--{month:02d}-{day:02d}" if day else f"--{month:02d}"
        elif day:
            value = _iso_day(y, month, day)
        else:
            value = f"{y:04d}-{month:02d}"
        end = m.end()
        if year is not None and mod_text:  # «مارس 2018 الماضي» is odd; keep the year only
            end = m.end("year")
        rel = _MONTH_REL_YEAR.match(norm, end) if year is None and mod is None else None
        if rel and (rel.group("rmod") or rel.group("rel").startswith("هذا")):
            k = lex.modifiers.get(_key(rel.group("rmod") or ""), 0)  # «يونيو العام المقبل»
            if pub is not None:
                value = (_iso_day(pub.year + k, month, day) if day
                         else f"{pub.year + k:04d}-{month:02d}")
            end = rel.end("rmod") if rel.group("rmod") else rel.end("rel")
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


def _hijri_now(pub: date) -> int:
    """The Hijri year ``pub`` falls in (within one at the year's edges)."""
    return int((pub.toordinal() - _HIJRI_EPOCH) / 354.367) + 1


def _years(lex: _Lex, norm: str, out: list[_Cand], pub: date | None = None) -> None:
    """Years. «عام 1430» with no era, said when the Hijri year is within 40 years after it
    (a Gulf paper of 2015, 1436 AH), is the Hijri year (2009): the Gregorian 1430 is six
    centuries back, where the Hijri one is the paper's own recent past."""
    hijri_now = _hijri_now(pub) if pub is not None else None
    for m in lex.year_re.finditer(norm):
        year = int(m.group("year"))
        if (hijri_now is not None and m.group("word") is not None
                and hijri_now - 40 <= year <= hijri_now + 1):
            value, gran = _hijri_to_iso(year, 1, None)
            out.append(_Cand(m.start(), m.end(), value, gran, False, None, 2))
            continue
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


def _weekdays(lex: _Lex, win: _Windows, pub: date | None, out: list[_Cand]) -> None:
    norm = win.norm
    for m in win.find(lex.weekday_re, ("weekday",), 12, 16):
        wd = lex.weekdays[_key(m.group("wd"))]
        mod = m.group("mod") or ""
        direction = 1 if mod.endswith(("المقبل", "القادم")) else -1
        # «السبت قبل الماضي»: the one before last; «الأحد بعد المقبل»: the one after next
        weeks = 1 if mod.startswith(("قبل", "بعد")) else 0
        start = (
            m.start()
            if norm[m.start()] not in "وبف" or m.start() == m.start("wd") - 0
            else m.start("wd")
        )
        if m.start("wd") - m.start() == 1:
            start = m.start("wd")
        if (m.group("this") or m.group("this2")) and pub is not None:
            # «هذا الجمعة», «صباح هذا الثلاثاء»: this (ISO) week's day
            value: str | None = (pub + timedelta(days=wd - pub.weekday())).isoformat()
        else:
            value = ((_last_weekday(pub, wd, direction) + timedelta(days=7 * weeks * direction))
                     .isoformat() if pub else None)
        out.append(_Cand(start, m.end(), value, "day", True, None, 1, weekday=wd))


_AND_HALF = re.compile(r"\s+و\s*نصف(?![^\W\d_])")
_FROM_NOW = re.compile(r"\s+من\s+الان(?![^\W\d_])")
_NUMBER_AFTER = re.compile(r"\s*(?:\d|(?:الفين|الفان|الف)(?![^\W\d_]))")


def _exact_offset(pub: date | None, unit: str, k: int) -> str | None:
    """The day k units from ``pub`` («قبل شهر» said on 2016-11-07 → 2016-10-07): the whole
    normalised value of an offset, kept in ``timex`` while ``value`` keeps the unit's grain."""
    if pub is None:
        return None
    try:
        if unit in ("D", "W"):
            return (pub + timedelta(days=k * (7 if unit == "W" else 1))).isoformat()
        y, mo = _shift_months(pub.year, pub.month, k * (12 if unit == "Y" else 1))
        return date(y, mo, min(pub.day, monthrange(y, mo)[1])).isoformat()
    except (ValueError, OverflowError):  # «منذ 14500 عام»: before the calendar's first year
        return None


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
_SO_FAR = re.compile(r"(?:حتي|لحد|حد|للان|الي|لغايه)\s+$")  # «حتى/إلى (حد)/لغاية الآن»: so far
_NOW_ON = re.compile(rf"\s*[،,]?\s*[وف]?(?:صاعدا|ما\s+بعد){_NA}")  # «من الآن فصاعدا»
_NOW_NAME = re.compile(r"(?:^|\s)[وفلب]?(?:ال)?سلام\s+$")  # «حركة السلام الآن» (Peace Now)
_GRAN = {"D": "day", "W": "week", "M": "month", "Y": "year"}
_TODAY_GUARD = re.compile(rf"\s+(?:ال{_L}+(?:ي|يه)|التالي|نفسه|ذاته){_NA}")
_TODAY_GUARD_BEFORE = re.compile(r"(?:ذلك|نفس|ذات|هذا|في\s+ذات)\s+$")
# «الغد», «الأمس» after a name's head or a figurative noun are not days: «حزب الغد», «صحيفة
# الغد», «جيل الغد», «أعداء الأمس» (an event noun is literal: «مباراة الغد», «حكم الأمس»)
_IDIOM_HEADS = tuple(normalize(w) for w in (
    "حزب", "تيار", "صحيفة", "جريدة", "قناة", "موقع", "مجلة", "إذاعة", "حركة", "زعيم",
    "جيل", "أجيال", "شباب", "قادة", "عالم", "رجال", "نساء", "صناع", "بناة", "أطفال", "أمل",
    "آمال", "حلم", "أحلام", "مستقبل", "نجوم", "أعداء", "حلفاء", "أصدقاء", "خصوم", "رفاق",
    "شركاء", "خوارج", "أفلام", "أغاني", "ذكريات", "ثوار", "مدن", "مدينة", "تحديات"))
_IDIOM_HEAD_BEFORE = re.compile(
    rf"(?:^|[^\w])[وفلب]?(?:{'|'.join(_IDIOM_HEADS)})\s+$")
_IDIOM_WORDS = frozenset(normalize(w) for w in ("الأمس", "بالأمس", "الغد"))
# «الأمس القريب» (not long ago), «الغد المشرق», «الغد الأردنية» (a paper), «الأمس واليوم»
_IDIOM_AFTER = re.compile(
    r"\s+(?:القريب|البعيد|المشرق|الافضل|الاجمل|المنشود|الموعود|الواعد|الاردنيه|السوري|المصري"
    rf"|الجديد){_NA}")
# «بين الأمس واليوم» (then and now); «اشتباكات الأمس واليوم» stays two days
_BETWEEN_BEFORE = re.compile(r"(?:^|\s)بين\s+$")
_BETWEEN_PAIR_BEFORE = re.compile(r"(?:^|\s)بين\s+(?:ال)?امس\s+(?:و\s*)?$")


def _relatives(lex: _Lex, win: _Windows, pub: date | None, out: list[_Cand]) -> None:
    norm = win.norm
    for m in win.find(lex.deictic_re, ("deictic",), 14, 4):
        w = _key(m.group("w"))
        if w == "اليوم" and (
            _TODAY_GUARD.match(norm, m.end())
            or (lex.today_not_re is not None and lex.today_not_re.match(norm, m.end()))
            or _TODAY_GUARD_BEFORE.search(norm, max(0, m.start() - 8), m.start())
            or (lex.today_not_after_re is not None
                and lex.today_not_after_re.search(norm, max(0, m.start() - 10), m.start()))
            or _BETWEEN_PAIR_BEFORE.search(norm, max(0, m.start() - 16), m.start())
        ):
            continue
        if w in _NOW_WORDS and _SO_FAR.search(norm, max(0, m.start() - 6), m.start()):
            continue  # «حتى الآن» is «so far», not a date
        if w in _IDIOM_WORDS and (
            _IDIOM_AFTER.match(norm, m.end())
            or _BETWEEN_BEFORE.search(norm, max(0, m.start() - 6), m.start())
            or (m.group("w") == norm[m.start():m.end()]
                and _IDIOM_HEAD_BEFORE.search(norm, max(0, m.start() - 12), m.start()))
        ):
            continue  # «حزب الغد», «جيل الغد», «الأمس القريب», «بين الأمس واليوم»
        offset, gran = lex.deictic[w]
        k = int(offset[1:-1])
        start = (
            m.start()
            if norm[m.start()] not in "وف" or m.start() != m.start("w") - 1
            else m.start("w")
        )
        out.append(_Cand(start, m.end(), _offset_value(pub, "D", k), gran, True, offset, 3))
    for m in win.find(lex.period_re, ("mod", "this", "edge"), 24, 30):
        mod = m.group("mod")
        if mod is None and m.group("this") is None and m.group("edge") is None:
            continue  # «منذ بداية الأسبوع», «نهاية الشهر»: an edge says it is this one
        if mod is None and m.group("this") is None and _NUMBER_AFTER.match(win.norm, m.end()):
            continue  # «منتصف العام 2015»: the year finder's
        unit, gran = lex.periods[_key(m.group("p"))]
        k = lex.modifiers.get(_key(mod), 0) if mod else 0
        start = m.start() if (m.group("edge") or m.group("this")) else m.start("p")
        gran_out = gran
        out.append(
            _Cand(start, m.end(), _offset_value(pub, unit, k), gran_out, True, f"P{k}{unit}", 3)
        )
    for m in win.find(lex.duration_re, ("anchor",), 2, 40):
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
        from_now = _FROM_NOW.match(norm, m.end())
        # «بعد ستة أشهر من الحظر», «قبل أيام من الاستفتاء»: counted from an event, not from
        # publication: a plain duration, or nothing when no count is said
        link = lex.event_links[_key(m.group("a"))]
        event = not from_now and link.match(norm, m.end()) is not None
        if m.group("fill") and sign > 0 and not event:
            continue  # «بعد أكثر من سبع سنوات، يبدو الحل»: counted from an event unsaid
        if n is None or (not n_text and count is None):
            if not event:  # «منذ سنوات», «منذ عدة سنوات», «قبل أيام»: no count to resolve
                out.append(_Cand(m.start("a"), m.end(), None, _GRAN[unit], True, None, 3))
            continue
        if event:
            out.append(_Cand(m.start("n") if n_text else m.start("u"),
                             m.end(), None, None, False, None, 3, "duration",
                             iso_duration(unit, n)))
            continue
        k = sign * n
        end = m.end()
        half = _AND_HALF.match(norm, end)
        if half and unit == "Y":  # «قبل نحو عام ونصف»: eighteen months
            unit, k, end = "M", sign * (12 * n + 6), half.end()
        if from_now:
            end = from_now.end()
        out.append(
            _Cand(
                m.start("a"),
                end,
                _offset_value(pub, unit, k),
                _GRAN[unit],
                True,
                f"P{k}{unit}",
                3,
                timex=_exact_offset(pub, unit, k),
            )
        )

_DURATION_UNIT = {"S": "S", "MIN": "M", "H": "H", "D": "D", "W": "W", "M": "M", "Y": "Y"}
_UNIT_GRAN = {"S": "second", "MIN": "minute", "H": "hour"} | {"D": "day", "W": "week",
                                                               "M": "month", "Y": "year"}
_ISO_DATETIME = re.compile(
    r"(?<![\d/.\-])(?P<d>\d{4}-\d\d-\d\d)[Tt](?P<h>[01]\d|2[0-3]):(?P<mi>[0-5]\d)"
    r"(?::(?P<s>[0-5]\d))?(?![\d:])"
)
_DATE_CLOCK_GAP = re.compile(  # «6 يناير 2017 - 6:37 صباحا»: a page's time stamp too
    r"\s*(?:[،,\-–]\s*)?(?:(?:في|عند|على|حوالي|نحو|يوم)\s+)?$"
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
    if " " in text:  # «أربع وعشرين»
        value = _spelled(text)
        return value if value is not None and 0 < value < 1000 else None
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


def _word_clocks(lex: _Lex, win: _Windows, out: list[_Cand]) -> None:
    """«الساعة السابعة والنصف مساء» → T19:30, «الثامنة إلا ربع» → T07:45, «منتصف الليل»."""
    if lex.word_clock_re is None:
        return
    for m in win.find(lex.word_clock_re, ("hour", "part"), 30, 60):
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
        if digits and ((lead is None and not part) or (frac is None and mw is None)):
            continue  # «15 و 20» is two figures («8 والنصف مساء» is not); a digit clock alone
            # is the digit finder's
        if lead is None and frac is None and minute is None and not part:
            continue  # «الدورة السابعة»: an ordinal, not an hour
        hour = int(m.group("hd")) if digits else lex.clock_hours[_key(m.group("h"))]
        if m.group("less"):  # «الخامسة والنصف إلا ثلاث دقائق»: minutes short of the time
            less = _word_minutes(m.group("less"))
            if less is None or less >= 60:
                continue
            minute = (minute or 0) - less
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
        for m in win.find(lex.named_clock_re, ("hour",), 2, 16):
            clock = lex.clock_named[_key(m.group())]
            out.append(_Cand(m.start(), m.end(), None, "minute", False, None, 2, "time",
                             f"T{clock}"))


def _clocks(lex: _Lex, win: _Windows, out: list[_Cand]) -> None:
    """«الساعة 15:15», «8:00 صباحا», «الساعة 8 مساء»: a time of day, no date of its own."""
    for m in win.find(_ISO_DATETIME, ("hour",), 14, 8):
        clock, gran = _clock_text(int(m.group("h")), int(m.group("mi")),
                                  int(m.group("s")) if m.group("s") else None)
        day = m.group("d")
        if _iso_day(int(day[:4]), int(day[5:7]), int(day[8:10])) is None:
            continue
        out.append(_Cand(m.start(), m.end(), day, "day", False, None, 7, "datetime",
                         f"{day}T{clock}"))
    for m in win.find(lex.clock_re, ("hour", "part"), 24, 24):
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


_AND_UNIT = re.compile(rf"\s*و\s*(?P<u>{_L}+)(?:\s+(?:واحد|واحده){_NA})?{_NA}")


def _spans(lex: _Lex, win: _Windows, out: list[_Cand]) -> None:
    """Durations: «لمدة 3 ساعات» → PT3H, «يومين» → P2D, «3.5 سنوات» → P3.5Y."""
    norm = win.norm
    for m in win.find(lex.span_re, ("unit",), 40, 24):
        unit, fixed = lex.span_units[_key(m.group("u"))]
        lead, whole, frac = m.group("lead"), m.group("whole"), m.group("frac")
        count = _count(m.group("n"))
        start = m.start()
        if count is None and m.group("n") and " " in m.group("n"):
            tail = m.group("n").rsplit(" ", 1)[1]  # «المؤبد وثلاثة أعوام»: only «ثلاثة» counts
            count = _count(tail)
            if count is not None:
                start = m.end("n") - len(tail) + tail.startswith("و")
        if m.group("n") and count is None:
            if lead:
                continue
            start = m.start("u")  # «مدة أيام»: the word before is no count
        if m.group("def") and not (lead or count is not None):
            continue  # «الساعة 8», «اليوم»: a clock lead or a deictic, not a duration
        if m.group("def") and start == m.start("u"):
            start = m.start("def")
        if m.group("w"):
            start += 1  # «و13 عاما»: the conjunction is not part of the duration
        if count is None:
            if fixed is None or (fixed == 1 and not (lead or whole or frac)):
                continue  # a bare «يوم», «عام»: a word, not a duration
            count = float(fixed)
        if lead and count is not None and m.group("n") is None and fixed is None:
            continue
        if frac:
            count += lex.duration_fractions.get(_key(frac), 0.0)
        out.append(_Cand(start, m.end(), None, _UNIT_GRAN[unit], False, None, 1, "duration",
                         iso_duration(unit, count)))
        more = _AND_UNIT.match(norm, m.end())
        if more and _key(more.group("u")) in lex.span_units:  # «عام و شهر»: a bare unit joined
            unit2, fixed2 = lex.span_units[_key(more.group("u"))]
            if fixed2 is not None:
                out.append(_Cand(more.start("u"), more.end(), None, _UNIT_GRAN[unit2], False,
                                 None, 1, "duration", iso_duration(unit2, float(fixed2))))
    if "نصف" in norm or "ربع" in norm:
        for m in win.find(_phrases().fraction_span_re, ("half",), 2, 20):
            unit, _ = lex.span_units[_key(m.group("u"))]
            fraction = lex.duration_fractions[_key(m.group("f"))]
            out.append(_Cand(m.start(), m.end(), None, _UNIT_GRAN[unit], False, None, 1,
                             "duration", iso_duration(unit, fraction)))


def _sets(lex: _Lex, win: _Windows, out: list[_Cand]) -> None:
    """Recurring times: «يوميا» → P1D, «كل يومين» → P2D, «كل 3 أشهر» → P3M."""
    for m in win.find(lex.set_re, ("every", "adverb"), 2, 24):
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


# ---------------------------------------------------------------------------------------------
# Phrase families added for issue 19 (time_lexicon.json v4): day numbers written as ordinals or
# words, spelled years, months named with a lead, day parts, seasons, decades, quarters, weeks
# of a period, weekends, holidays, plural periods, time ranges, recurring weekdays. Compiled
# separately from ``_Lex`` so each family's pattern sits next to the code that reads it.


@dataclass(slots=True, frozen=True)
class _Phrases:
    ordinals: dict[str, int]
    tens: dict[str, int]
    part_codes: dict[str, str]
    seasons: dict[str, str]
    decades: dict[str, int]
    holidays: dict[str, list[int | str] | None]
    week_ordinals: dict[str, int]
    quarters: dict[str, int]
    plural_units: dict[str, str]
    bare_weekdays: dict[str, int]
    day_month_re: re.Pattern[str]
    month_day_re: re.Pattern[str]
    day_of_month_re: re.Pattern[str]
    lead_month_re: re.Pattern[str]
    numeric_month_re: re.Pattern[str]
    numeric_day_re: re.Pattern[str]
    year_range_re: re.Pattern[str]
    this_part_re: re.Pattern[str]
    bare_part_re: re.Pattern[str]
    part_clock_re: re.Pattern[str]
    packed_clock_re: re.Pattern[str]
    word_clock_re: re.Pattern[str]
    minutes_to_re: re.Pattern[str]
    hour_word_after_re: re.Pattern[str]
    time_range_re: re.Pattern[str]
    season_re: re.Pattern[str]
    decade_re: re.Pattern[str]
    century_re: re.Pattern[str]
    century_ordinals: dict[str, int]
    century_relative: dict[str, int]
    century_eras: dict[str, str]
    decade_ordinals: dict[str, int]
    range_day_before_re: re.Pattern[str]
    range_lead_re: re.Pattern[str]
    holiday_re: re.Pattern[str]
    quarter_re: re.Pattern[str]
    week_of_re: re.Pattern[str]
    weekend_re: re.Pattern[str]
    rest_re: re.Pattern[str]
    plural_period_re: re.Pattern[str]
    recent_words: frozenset[str]  # «الأخيرة»: a plural period closed by one may be an event's
    time_heads: frozenset[str]  # «من الشهر الماضي»: a time, not an event, after such a period
    fraction_span_re: re.Pattern[str]
    set_weekday_re: re.Pattern[str]
    weekday_day_re: re.Pattern[str]
    bare_day_re: re.Pattern[str]
    nth_weekday_re: re.Pattern[str]
    nth_words: dict[str, int]
    set_part_re: re.Pattern[str]
    now_re: re.Pattern[str]
    trigger_res: dict[str, re.Pattern[str]]


def _with_lam(words: list[str]) -> list[str]:
    """Each «الـ» word also with the preposition «لـ» fused to it («الثاني» → «للثاني»)."""
    return words + ["لل" + w[2:] for w in words if w.startswith("ال")]


@cache
def _phrases() -> _Phrases:
    """Compile the v4 phrase families once per process."""
    raw = load_json("time_lexicon.json")
    lex = time_lexicon()
    nums = number_lexicon()
    numword = rf"{_NB}(?:و\s*)?(?:{_alt(list(nums.words))}){_NA}"
    numrun = rf"{numword}(?:\s+{numword})*"
    ordinals = {normalize(k): int(v) for k, v in raw["day_ordinals"].items()}
    tens = {normalize(k): int(v) for k, v in raw["day_ordinal_tens"].items()}
    ord_unit = _alt(_with_lam(list(ordinals)))
    ten_alt = _alt(list(tens))
    # «الحادي والعشرين», «الثاني عشر», «للثاني», «العشرين»: an ordinal day of the month
    ordinal = (rf"{_NB}(?:(?:{ord_unit})(?:\s+عشر(?:ه)?|\s+و\s*(?:{ten_alt}))?"
               rf"|(?:{ten_alt})){_NA}")
    m_alt = _alt(list(lex.months))
    mod_alt = _alt(list(lex.modifiers))
    m_alt = rf"(?:{m_alt})(?:\s*[/\\\-]\s*(?:{m_alt})|\s*[(\[]\s*(?:{m_alt})\s*[)\]])?"
    year_words = r"(?:عام|العام|سنه|لعام)"
    year_tail = (rf"(?:\s*[.،,]?\s*(?:من\s+)?(?:{year_words}\s+)?(?P<year>\d{{4}}(?!\d)|{numrun})"
                 rf"|\s+(?:من\s+)?(?P<rel>(?:هذا\s+)?(?:العام|السنه))(?:\s+(?P<rmod>{mod_alt}))?"
                 rf"{_NA}|\s+(?P<mod>{mod_alt}){_NA})?")
    # «والتاسع عشر من نوفمبر»: an ordinal day after «و» (the second end of a range)
    day_word = (rf"(?P<dd>{_NB}و?{ordinal[len(_NB):]}|{numrun}"
                rf"|(?<![\d/.\-])\d{{1,2}}(?!\d)\s*[.\-/]?)")
    day_month_re = re.compile(
        rf"{day_word}\s*(?:من\s+)?(?:شهر\s+)?(?P<month>{m_alt}){_NA}{year_tail}")
    month_day_re = re.compile(
        rf"{_NB}(?P<month>{m_alt}){_NA}\s*[/\-]?\s*"
        rf"(?P<dd>{ordinal}|{numrun}|(?<![\d/])\d{{1,2}}(?![\d:/.]))(?!\s*[/\-]\d){year_tail}")
    day_of_month_re = re.compile(
        rf"(?P<dd>{ordinal}|(?<![\d/.])\d{{1,2}}(?!\d))\s+(?:من\s+)?(?P<this>(?:هذا|هذه)\s+)?"
        rf"(?:الشهر){_NA}(?:\s+(?P<mod>{mod_alt}){_NA})?")
    ambiguous_or_hijri = _alt(list(lex.ambiguous) + list(lex.hijri))
    lead_month_re = re.compile(
        rf"{_NB}(?P<lead>{_alt(raw['month_leads'])})\s+(?:شهر\s+)?(?P<m>{ambiguous_or_hijri}){_NA}")
    numeric_month_re = re.compile(
        r"(?<![\d/.\-])(?P<a>\d{1,4})(?P<s>[/\-.])(?P<b>\d{1,4})(?![\d/.\-]|\s*[%٪])")
    numeric_day_re = re.compile(
        rf"{_NB}(?P<lead>{_alt(raw['numeric_date_leads'])})\s+(?P<a>\d{{1,2}})\s?(?P<s>[/\-])\s?"
        r"(?P<b>\d{1,2})(?![\d/.\-]|\s*[%٪])")
    year_range_re = re.compile(
        r"(?:(?:من|بين)\s+)?(?<![\d/.\-])(?P<a>(?:19|20)\d\d)\s*[-–]\s*(?P<b>(?:19|20)\d\d)(?![\d/.\-])")
    part_codes = {normalize(k): v for k, v in raw["day_part_codes"].items()}
    this_part_re = re.compile(
        rf"{_NB}(?:(?P<this>هذا|هذه)\s+)?(?P<part>الصباح|المساء|الليله|الظهر){_NA}"
        rf"(?:\s+(?P<mod>{mod_alt}){_NA})?")
    qual = _alt(raw["day_part_qualifiers"])
    bare_part_re = re.compile(
        rf"{_NB}(?:(?P<lead>في|خلال|عند)\s+)?(?:(?P<q>{qual})\s+)?"
        rf"(?P<part>بعد\s+الظهر|الصباح|المساء|الليل|الظهر|الامسيات|الفجر){_NA}"
        rf"(?:\s+(?P<q2>الباكر){_NA})?")
    dp_alt = _alt(list(lex.day_parts))
    part_clock_re = re.compile(
        rf"{_NB}(?:(?:في\s+)?(?P<pre>بعد\s+الظهر|الظهر|الصباح|المساء|مساء|صباح){_NA}\s+"
        rf"(?:(?:في|عند)\s+)?(?:الساعه\s+)?)?"
        r"(?<![\d:.])(?P<h>[01]?\d|2[0-3])(?::(?P<mi>[0-5]\d)(?::(?P<s>[0-5]\d))?)?(?![\d:/.\-])"
        rf"(?!\s*(?:من\s+)?(?:{m_alt}))"
        rf"(?:\s+(?:في\s+)?(?P<post>الليل|المساء|الصباح|وقت\s+الغداء){_NA})?")
    packed_clock_re = re.compile(
        rf"(?<![\d:.])(?P<h>[01]?\d)(?P<mi>[0-5]\d)\s*(?P<dp>{dp_alt}|صباح|المساء)")
    # (a lone «ص» after digits is a page more often than «a.m.»: see _clock_phrases)
    hour_words = _alt(list(lex.clock_hours))
    small = _alt([w for w, n in nums.words.items() if n.kind in ("unit", "teen_tail", "ten")])
    word_clock_re = re.compile(
        rf"{_NB}(?P<h>(?:{small})(?:\s+عشر(?:ه)?)?){_NA}\s+(?:و\s*)?(?P<mi>(?:{small})"
        rf"(?:\s+عشر(?:ه)?|\s+و\s*(?:{small}))?){_NA}\s*(?P<dp>{dp_alt}){_NA}")
    minutes_to_re = re.compile(
        rf"{_NB}(?P<n>\d{{1,2}}|(?:{small})(?:\s+و\s*(?:{small}))?)\s+"
        rf"(?:{_alt(['دقيقة', 'دقائق', 'دقيقتين'])}){_NA}\s+(?P<rel>قبل|بعد)\s+"
        rf"(?:(?P<h>{hour_words})|الساعه\s+(?P<hd>\d{{1,2}})(?![\d:]))"
        rf"(?:\s*(?P<dp>{dp_alt}){_NA})?")
    hour_word_after_re = re.compile(
        rf"\s*(?:[،,]\s*)?(?:في|عند)\s+(?P<h>{hour_words}){_NA}(?!\s+من\s+(?:ال)?عمر)"
        rf"(?!\s*(?:{dp_alt}|{_alt(list(lex.clock_fractions))}|الا|و\s*\d){_NA})")
    hour = rf"(?:\d{{1,2}}(?::[0-5]\d)?(?![\d:])|{hour_words}|{small})"
    time_range_re = re.compile(
        rf"{_NB}(?:(?P<lead>من|بين)\s+(?:الساعه\s+)?)?(?P<a>{hour})\s*(?P<to>الي|حتي|و|-|–)\s*"
        rf"(?:الساعه\s+)?(?P<b>{hour})(?:\s*(?:في\s+)?(?P<dp>{dp_alt}|المساء|الصباح|الليل){_NA})?")
    seasons = {normalize(k): v for k, v in raw["seasons"].items()}
    season_re = re.compile(
        rf"{_NB}(?:(?P<lead>في|خلال|طوال|منذ|حتي)\s+)?(?:(?P<this>هذا|هذه)\s+"
        rf"|(?P<edge>{_alt(raw['month_edges'])})\s+)?(?P<s>{_alt(list(seasons))}){_NA}"
        rf"(?!\s+العربي)(?:\s*(?:(?:من\s+)?{year_words}\s+)?(?P<year>\d{{4}}(?!\d)|{numrun})"
        rf"|\s+(?P<mod>{mod_alt}){_NA}"
        rf"|\s+(?:من\s+)?(?:(?:العام|السنه)\s+(?P<ymod>{mod_alt})|(?P<ythis>هذا|هذه)\s+(?:العام|السنه))"
        rf"{_NA})?")
    decades = {normalize(k): int(v) for k, v in raw["decades"].items()}
    decade_alt = _alt(list(decades) + [d[2:] for d in decades])
    edge_alt = _alt(raw["month_edges"])
    century_ordinals = ordinals | {normalize(k): int(v)
                                   for k, v in raw["century_extra_ordinals"].items()}
    c_unit = _alt(list(century_ordinals))
    century_relative = {normalize(k): int(v) for k, v in raw["century_relative"].items()}
    century_eras = {_key(normalize(k)): v for k, v in raw["century_eras"].items()}
    # «القرن التاسع عشر», «القرن الحادي والعشرين», «القرن الـ20», «القرن الماضي» (+ an era)
    century = (rf"(?:(?P<cord>(?:{c_unit})(?:\s+عشر|\s+و\s*(?:{ten_alt}))?|(?:{ten_alt}))"
               rf"|ال\s*(?P<cnum>\d{{1,2}})(?!\d)|(?P<crel>{_alt(list(century_relative))})){_NA}"
               rf"(?:\s+(?P<era>{_alt(list(raw['century_eras']))}){_NA})?")
    decade_re = re.compile(
        rf"{_NB}(?:(?P<edge>{edge_alt})\s+)?(?:(?P<aqd>عقد)\s+)?(?P<d>{decade_alt}){_NA}"
        rf"(?!\s+من\s+(?:ال)?عمر|\s+من\s+اعمار)"
        rf"(?:\s+(?:من\s+)?(?:ال)?قرن\s+{century})?")
    decade_ordinals = {normalize(k): int(v) for k, v in raw["decade_ordinals"].items()}
    century_re = re.compile(
        rf"{_NB}(?:(?P<edge>{edge_alt})\s+)?(?:(?:ال)?عقد\s+(?P<dord>{_alt(list(decade_ordinals))})"
        rf"\s+(?:من\s+)?)?[وبلف]?(?:ال|لل)?قرن\s+{century}")
    holidays = {normalize(k): v for k, v in raw["holidays"].items()}
    holiday_re = re.compile(
        rf"{_NB}(?:(?:يوم|ليله)\s+)?(?P<h>{_alt(list(holidays))}){_NA}"
        rf"(?:\s*(?:(?:من\s+)?{year_words}\s+)?(?P<year>\d{{4}})(?!\d)"
        rf"|\s+(?P<rel>(?:هذا\s+)?(?:العام|السنه))(?:\s+(?P<rmod>{mod_alt}))?{_NA})?")
    quarters = {normalize(k): int(v) for k, v in raw["quarters"].items()}
    period_of_year = (rf"(?:من\s+)?(?:(?:{year_words}\s+)?(?P<year>\d{{4}}(?!\d)|{numrun})"
                      rf"|(?P<rel>(?:هذا\s+)?(?:العام|السنه))(?:\s+(?P<rmod>{mod_alt}))?{_NA})")
    quarter_re = re.compile(
        rf"{_NB}(?:ال)?(?P<k>ربع|نصف)\s+(?P<q>{_alt(list(quarters))}){_NA}\s+{period_of_year}")
    week_ordinals = {normalize(k): int(v) for k, v in raw["week_ordinals"].items()}
    week_of_re = re.compile(
        rf"{_NB}الاسبوع\s+(?P<o>{_alt(list(week_ordinals))}){_NA}\s+(?:من\s+)?(?:"
        rf"(?:شهر\s+)?(?P<month>{m_alt}){_NA}|(?P<mthis>هذا\s+)?الشهر(?:\s+(?P<mmod>{mod_alt}))?{_NA}"
        rf"|{period_of_year})")
    weekend_re = re.compile(
        rf"{_NB}(?:(?P<holiday>عطله)\s+)?نهايه\s+(?:(?P<this>هذا)\s+)?(?:الاسبوع|اسبوعي){_NA}"
        rf"(?:\s+(?P<after>بعد\s+(?:التالي|القادم|المقبل))|\s+(?P<mod>{mod_alt}){_NA})?")
    rest_re = re.compile(
        rf"{_NB}(?:{_alt(raw['rest_words'])})\s+(?:(?:هذا|هذه)\s+)?"
        rf"(?:اليوم|يوم|يومي|الاسبوع|اسبوعي|الشهر|شهري|العام|السنه|عامي){_NA}"
        rf"(?:\s+(?:الحالي|الجاري){_NA})?")
    plural_units = {normalize(k): v for k, v in raw["plural_periods"].items()}
    vague = _alt(raw["period_vague"] + list(lex.vague))
    count = rf"(?:\d+|{numrun}|ال{_L}+|{vague})"
    plural_period_re = re.compile(
        rf"{_NB}(?:(?P<lead>في|خلال|طوال)\s+)?(?:(?P<n1>{count})\s+)?"
        rf"(?P<u>{_alt(list(plural_units))}){_NA}(?:\s+(?P<n2>{count}))?"
        rf"\s+(?P<mod>{_alt([*lex.modifiers, *_DUAL_MODIFIERS, *raw['plural_period_recent']])})"
        rf"{_NA}")
    fraction_span_re = re.compile(
        rf"{_NB}(?P<f>نصف|ربع)\s+(?:ال)?(?P<u>{_alt(list(lex.span_units))}){_NA}")
    bare_weekdays = {}
    for name, wd in lex.weekdays.items():
        bare_weekdays[name] = wd
        if name.startswith("ال"):
            bare_weekdays[name[2:]] = wd
    # a bare day number after a weekday, then nothing that could be its counted noun
    weekday_day_re = re.compile(
        rf"{_NB}(?:يوم\s+)?(?P<wd>{_alt(list(lex.weekdays))})\s+(?:في\s+)?"
        rf"(?P<dd>(?<![\d/.\-])\d{{1,2}}(?![\d/.:\-,،٫]\d)|{numrun})"
        rf"(?=\s*(?:$|[.!?؟،,:;)\]\"»]|(?:من\s+)?(?:هذا\s+)?الشهر{_NA}|الجاري{_NA}))")
    nth_words = {normalize(k): v for k, v in raw["nth_weekday_ordinals"].items()}
    month_of = (rf"\s+(?:من|في)\s+(?:(?:شهر\s+)?(?P<month>{m_alt}){_NA}"
                rf"(?:\s+(?P<mod>{mod_alt}){_NA})?(?:\s*[،,]?\s*(?P<year>\d{{4}})(?!\d))?"
                rf"|(?:(?:هذا|هذه)\s+)?الشهر{_NA}(?:\s+(?P<mmod>{mod_alt}){_NA})?)")
    bare_wd = _alt(list(bare_weekdays))
    nth_weekday_re = re.compile(
        rf"{_NB}(?:(?P<o>{_alt([w for w in nth_words if not w.startswith('ال')])})\s+"
        rf"(?:يوم\s+)?(?P<wd>{bare_wd})|(?:يوم\s+)?(?P<wd2>{_alt(list(lex.weekdays))})\s+"
        rf"(?P<o2>{_alt([w for w in nth_words if w.startswith('ال')])})){_NA}{month_of}")
    # «يوم 27.» (then nothing a count could be of), or «في 15» / «في الخامس» beside a clock
    bare_day_re = re.compile(
        rf"{_NB}(?P<lead>يوم|في|الي|حتي)\s+(?P<dd>(?<![\d/.\-])\d{{1,2}}(?!\d|[/.:\-,،٫]\d|\s*[%٪])"
        rf"|{ordinal})(?P<end>(?=\s*(?:$|[.!?؟،,:;)\]\"»]|الجاري{_NA})))?"
        rf"(?P<clock>(?=\s+(?:(?:في|عند)\s+)?(?:الساعه\s+)?\d))?")
    set_weekday_re = re.compile(
        rf"{_NB}(?:كل\s+(?:يوم\s+)?|ايام\s+)(?P<wd>{_alt(list(bare_weekdays))}){_NA}")
    set_part_re = re.compile(rf"{_NB}كل\s+(?P<part>صباح|مساء|ليله|ظهر){_NA}")
    now_re = re.compile(rf"{_NB}(?:الان|حاليا|في\s+اقرب\s+وقت\s+ممكن){_NA}")
    # «من 3 إلى | بين 10 و | من السابع إلى» before a day with its month: a range of days
    range_day_before_re = re.compile(
        rf"(?:^|(?<=[^\w]))(?P<lead>بين|من)\s+(?:(?:يوم|يومي)\s+)?"
        rf"(?P<a>(?<![\d/.\-])\d{{1,2}}|{ordinal})\s*(?P<to>الي|حتي|لغايه|و|-|–)\s*$")
    # what opens a range of two dates: «من», «بين عامي», «خلال الفترة من», «منذ»
    range_lead_re = re.compile(
        rf"(?:^|(?<=[^\w]))(?P<lead>{_alt(raw['range_leads'])})\s+"
        rf"(?:(?:عامي|سنتي|العامين|شهري|يومي)\s+)?$")
    # one scan per family finds where it could match; its pattern then runs only around there
    # (prefix-factored word lists: the regex engine scans a trie far faster than a long «|»)
    triggers = {
        "month": _trie(list(lex.months) + list(lex.hijri) + ["الشهر"]),
        "part": _trie(["صباح", "مساء", "ظهر", "ليل", "فجر", "عصر", "امسيات", "الغداء", "بتوقيت",
                       "بالتوقيت"]) + rf"|\d\s*ص{_NA}",
        "hour": _trie(["الساعه", *lex.clock_hours, *lex.clock_named]) + r"|\d:\d",
        "season": _trie(list(seasons)),
        "decade": r"يني?ات",
        "century": "قرن",
        "half": _trie(["ربع", "نصف", "ثلث"]),
        "week": _trie(["الاسبوع", "اسبوعي"]),
        "rest": _trie(raw["rest_words"]),
        "mod": _trie([*lex.modifiers, *_DUAL_MODIFIERS]),
        "recent": _trie(raw["plural_period_recent"]),
        # «منذ بداية الأسبوع»: the edges that start a period phrase («أول», «آخر» are too
        # common a word to open a window on their own)
        "edge": _trie([w for w in raw["month_edges"] if w not in ("أول", "آخر")]),
        "holiday": _trie(list(holidays)),
        "every": r"كل|ايام",
        "adverb": _trie(list(lex.set_adverbs)),
        "unit": _trie(list(lex.span_units)),
        "weekday": _trie(list(lex.weekdays)),
        "this": r"هذا|هذه",
        "deictic": _trie(list(lex.deictic)),
        "anchor": _trie(list(lex.anchors)),
        "vague": _trie([*raw["vague_counts"], *raw["vague_period_bare"]]),
        "now": r"الان|حاليا|اقرب",
        "sep": r"\d\s?[/\-.–]\s?\d",
    }
    trigger_res = {k: re.compile(v) for k, v in triggers.items()}
    return _Phrases(
        trigger_res=trigger_res,
        ordinals=ordinals, tens=tens, part_codes=part_codes, seasons=seasons, decades=decades,
        holidays=holidays, week_ordinals=week_ordinals, quarters=quarters,
        plural_units=plural_units, bare_weekdays=bare_weekdays,
        day_month_re=day_month_re, month_day_re=month_day_re, day_of_month_re=day_of_month_re,
        lead_month_re=lead_month_re, numeric_month_re=numeric_month_re,
        numeric_day_re=numeric_day_re, year_range_re=year_range_re, this_part_re=this_part_re,
        bare_part_re=bare_part_re, part_clock_re=part_clock_re,
        packed_clock_re=packed_clock_re, word_clock_re=word_clock_re,
        minutes_to_re=minutes_to_re, hour_word_after_re=hour_word_after_re,
        time_range_re=time_range_re, season_re=season_re, decade_re=decade_re,
        century_re=century_re, century_ordinals=century_ordinals,
        century_relative=century_relative, century_eras=century_eras,
        decade_ordinals=decade_ordinals, range_day_before_re=range_day_before_re,
        range_lead_re=range_lead_re,
        holiday_re=holiday_re, quarter_re=quarter_re, week_of_re=week_of_re,
        weekend_re=weekend_re, rest_re=rest_re, plural_period_re=plural_period_re,
        recent_words=frozenset(normalize(w) for w in raw["plural_period_recent"]),
        time_heads=frozenset(normalize(w) for w in raw.get("plural_period_time_heads", [])),
        fraction_span_re=fraction_span_re, set_weekday_re=set_weekday_re,
        weekday_day_re=weekday_day_re, bare_day_re=bare_day_re, nth_weekday_re=nth_weekday_re,
        nth_words=nth_words,
        set_part_re=set_part_re, now_re=now_re,
    )


def _trie(words: list[str]) -> str:
    """A regex alternation of ``words`` (normalised, spaces as ``\\s+``) factored by shared
    prefixes: «ربيع الاول|ربيع الثاني» → «ربيع\\s+ال(?:اول|ثاني)»."""
    tree: dict[str, Any] = {}
    for word in {normalize(w) for w in words}:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        ends = "" in node
        branches = [(r"\s+" if ch == " " else re.escape(ch)) + emit(sub)
                    for ch, sub in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return f"(?:{body})?"
        return body

    return emit(tree)


_DUAL_MODIFIERS = ("الماضيين", "المقبلين", "القادمين")  # «العامين الماضيين»


class _Windows:
    """Where each phrase family may match, from one scan of ``trigger_re``: a family's
    pattern runs only in windows around its trigger words, so an article pays one scan for
    all the families it lacks (most articles lack most of them)."""

    def __init__(self, ph: _Phrases, norm: str) -> None:
        self.norm = norm
        self.hits: dict[str, list[tuple[int, int]]] = {}
        for key, rx in ph.trigger_res.items():
            found = [m.span() for m in rx.finditer(norm)]
            if found:
                self.hits[key] = found

    def has(self, *keys: str) -> bool:
        return any(k in self.hits for k in keys)

    def find(self, rx: re.Pattern[str], keys: tuple[str, ...], before: int, after: int
             ) -> Iterator[re.Match[str]]:
        """Matches of ``rx`` in the windows around ``keys``' hits, each match once."""
        hits = [h for k in keys for h in self.hits.get(k, ())]
        if not hits:
            return
        if len(keys) > 1:
            hits.sort()
        size = len(self.norm)
        last_end = -1
        win_a, win_b = -1, -1
        for a, b in hits:
            a, b = max(0, a - before), min(size, b + after)
            if a <= win_b:
                win_b = max(win_b, b)
                continue
            if win_b > 0:
                for m in rx.finditer(self.norm, win_a, win_b):
                    if m.start() >= last_end:
                        last_end = m.end()
                        yield m
            win_a, win_b = a, b
        for m in rx.finditer(self.norm, win_a, win_b):
            if m.start() >= last_end:
                last_end = m.end()
                yield m


def _spelled(text: str) -> float | None:
    """The value of number words («واحد وعشرين» 21, «ألفين وعشرين» 2020), or None."""
    parts = []
    for word in text.split():
        if word == "و":
            continue
        found = lookup_word(word)
        if found is None:
            return None
        parts.append(found[1])
    return combine(parts) if parts else None


def _spelled_year(text: str) -> int | None:
    """A year in words: «ألفين وعشرين» 2020, «ألف وتسعمائة وثمانية وسبعون» 1978, and the
    spoken pairs «تسعة عشر تسعة وتسعون» / «تسعة عشر وثمانية وسبعين» (19|99 → 1999)."""
    if text.isdigit():
        return int(text)
    words = [w for w in text.split() if w != "و"]
    if len(words) >= 3:
        second = lookup_word(words[1])
        if second is not None and second[1].kind == "teen_tail":
            century, rest = _spelled(" ".join(words[:2])), _spelled(" ".join(words[2:]))
            if century is not None and rest is not None and 10 <= century <= 20 and rest < 100:
                return int(century) * 100 + int(rest)
    value = _spelled(text)
    # «ألف»/«آلاف» alone is a count, not a year: «منذ 21 يوليو 7 آلاف طن» is no year 1000
    # («ألفين» alone is 2000)
    if value is None or value != int(value) or not 1000 <= value <= 2100:
        return None
    if value == 1000 and len(words) == 1:
        return None
    return int(value)


def _day_number(ph: _Phrases, text: str) -> int | None:
    """A day of the month written as digits («2.», «14»), an ordinal («الحادي والعشرين»,
    «للثاني») or number words («تسعة وعشرين»); None unless 1 to 31."""
    text = text.strip(" .-/")
    if text.isdigit():
        day = int(text)
    else:
        if text.startswith("وال"):
            text = text[1:]
        if text.startswith("لل"):
            text = "ال" + text[2:]
        words = text.split()
        if words[0] in ph.ordinals:
            day = ph.ordinals[words[0]]
            if len(words) > 1 and words[1].startswith("عشر"):
                day += 10
            elif len(words) > 1:
                tail = words[-1][1:] if words[-1].startswith("و") else words[-1]
                day += ph.tens.get(tail, 0)
        elif words[0] in ph.tens:
            day = ph.tens[words[0]]
        else:
            value = _spelled(text)
            if value is None or value != int(value):
                return None
            day = int(value)
    return day if 1 <= day <= 31 else None


_DAY_AFTER_MONTH_OK = re.compile(
    rf"\s*(?:$|[.،,!?؟:)\-]|\d|(?:الساعه|عام|العام|سنه|في|من|عند|حوالي|الف|الفين|الفان){_NA})")


def _explicit_year(m: re.Match[str], pub: date | None) -> tuple[int | None, bool, int]:
    """(year, relative, end) of a date's year part: digits, words, or «العام المقبل»."""
    if m.group("year"):
        year = _spelled_year(m.group("year"))
        if year is not None:
            return year, False, m.end("year")
        return None, True, -1
    if m.group("rel"):
        k = time_lexicon().modifiers.get(_key(m.group("rmod")), 0) if m.group("rmod") else 0
        end = m.end("rmod") if m.group("rmod") else m.end("rel")
        if m.group("rmod") is None and not m.group("rel").startswith("هذا"):
            return None, True, -1  # «مارس العام» says nothing about which year
        return (pub.year + k if pub else None), True, end
    return None, True, -1


_FRACTION_BEFORE = re.compile(rf"{_NB}[وف]?(?P<f>(?:ال)?(?:نصف|ربع|ثلث))\s+$")


def _day_dates(lex: _Lex, ph: _Phrases, win: _Windows, pub: date | None, out: list[_Cand]
               ) -> None:
    """Days written beside a month name as ordinals, words or punctuated digits, in either
    order («الرابع من مارس», «واحد وعشرين مايو», «2. أكتوبر», «أكتوبر/ 2», «يناير الثاني
    والعشرين، 2018»), with a year in digits or words or a relative year («يونيو العام المقبل»)."""
    for rx in (ph.day_month_re, ph.month_day_re):
        for m in win.find(rx, ("month",), 50, 70):
            months = _months_in(lex, m.group("month"))
            day = _day_number(ph, m.group("dd"))
            if not months or day is None:
                continue
            year, relative, end = _explicit_year(m, pub)
            if end < 0:
                end = max(m.end("dd"), m.end("month"))
                if rx is ph.month_day_re and not _DAY_AFTER_MONTH_OK.match(win.norm, end):
                    continue  # «مايو خمسة أشخاص»: a count after the month, not its day
            month = months[0]
            mod = lex.modifiers.get(_key(m.group("mod"))) if m.group("mod") else None
            if m.group("mod"):
                end = m.end("mod")
            y = year if year is not None else _month_year(month, mod, pub, day)
            value = _iso_day(y, month, day) if y is not None else f"--{month:02d}-{day:02d}"
            if value is None:
                continue
            start = m.start() + (m.group("dd").startswith("وال"))
            while win.norm[end - 1] in " .-/،,":
                end -= 1
            half = _FRACTION_BEFORE.search(win.norm, max(0, start - 12), start)
            if rx is ph.day_month_re and half is not None:
                # «النصف الأول من شهر حزيران»: a half of the month, not its first day
                out.append(_Cand(half.start("f"), end, value[:-3] if y is not None else
                                 f"--{month:02d}", "month", relative, None, 6))
                continue
            out.append(_Cand(start, end, value, "day", relative, None, 6))
    for m in win.find(ph.day_of_month_re, ("month",), 40, 20):
        day = _day_number(ph, m.group("dd"))
        if day is None or not (m.group("this") or m.group("mod")):
            continue
        k = lex.modifiers.get(_key(m.group("mod")), 0) if m.group("mod") else 0
        value = None
        if pub is not None:
            y, mo = _shift_months(pub.year, pub.month, k)
            value = _iso_day(y, mo, day)
        out.append(_Cand(m.start(), m.end(), value, "day", True, None, 6))


def _month_alone(lex: _Lex, ph: _Phrases, win: _Windows, pub: date | None, out: list[_Cand]
                 ) -> None:
    """A month named alone after a lead («في أيار», «هذا تموز», «شهر رمضان»): ambiguous
    month names and Hijri months need the lead."""
    for m in win.find(ph.lead_month_re, ("month",), 16, 2):
        name = _key(m.group("m"))
        lead = _key(m.group("lead"))
        if name == "صفر" and "شهر" not in m.group(0):
            continue
        start = m.start() if lead in ("هذا", "شهر") else m.start("m")
        if name in lex.hijri:
            out.append(_Cand(start, m.end(), None, "month", False, None, 2))
            continue
        month = lex.months[name]
        y = _month_year(month, None, pub)
        value = f"{y:04d}-{month:02d}" if y is not None else f"--{month:02d}"
        out.append(_Cand(start, m.end(), value, "month", True, None, 2))


def _numeric_partial(ph: _Phrases, win: _Windows, pub: date | None, out: list[_Cand]) -> None:
    """Numeric dates with a part missing: a month and a year («3/2015», «2015-3»), a day and
    a month after a lead («في 22/4», «يوم 04/22»; day first unless the day is the second
    number), and ranges of years («2014-2018»)."""
    for m in win.find(ph.numeric_month_re, ("sep",), 6, 6):
        a, b = m.group("a"), m.group("b")
        if len(a) == 4 and len(b) <= 2:
            year, month = int(a), int(b)
        elif len(b) == 4 and len(a) <= 2:
            year, month = int(b), int(a)
        else:
            continue
        if not (1 <= month <= 12 and 1900 <= year <= 2100):
            continue
        out.append(_Cand(m.start(), m.end(), f"{year:04d}-{month:02d}", "month", False, None, 4))
    for m in win.find(ph.numeric_day_re, ("sep",), 14, 6):
        a, b = int(m.group("a")), int(m.group("b"))
        day, month = (b, a) if b > 12 and a <= 12 else (a, b)
        if not (1 <= month <= 12 and 1 <= day <= 31):
            continue
        lead = _key(m.group("lead"))
        start = m.start() if lead in ("يوم", "منذ", "قبل", "بعد", "حتي") else m.start("a")
        y = _month_year(month, None, pub, day)
        value = _iso_day(y, month, day) if y is not None else f"--{month:02d}-{day:02d}"
        if value is None:
            continue
        out.append(_Cand(start, m.end(), value, "day", True, None, 4))
    for m in win.find(ph.year_range_re, ("sep",), 12, 6):
        a, b = int(m.group("a")), int(m.group("b"))
        if b <= a:
            continue
        out.append(_Cand(m.start(), m.end(), None, "year", False, None, 4, "range",
                         f"({a:04d},{b:04d},P{b - a}Y)"))


def _ordinal_week(period_start: date, n: int, period_end: date) -> str:
    """The ISO week of the n-th week of a period (the week of its n-th Monday) or, for the last
    week (n = -1), the week holding its last day. A whole year's n-th week is ISO 8601's own
    week n («الأسبوع الأول من عام 2015» → 2015-W01, the week of 1 January when it falls by
    Thursday), the numbering calendars and schedules print."""
    if n < 0:
        return _week(period_end)
    if (period_start.month, period_start.day, period_end.month, period_end.day) == (1, 1, 12, 31):
        return f"{period_start.year:04d}-W{n:02d}"
    first_monday = period_start + timedelta(days=(7 - period_start.weekday()) % 7)
    return _week(first_monday + timedelta(days=7 * (n - 1)))


_AGE_BEFORE = re.compile(r"(?:^|\s)[وف]?(?:هو|هي|هم|هما|انه|انها|عمره|عمرها)\s+(?:في\s+)?$")


def _century(ph: _Phrases, m: re.Match[str], pub: date | None) -> int | None:
    """The TIMEX3 hundreds of a Gregorian century phrase («القرن التاسع عشر» → 18, «القرن
    الـ20» → 19, «القرن الماضي» said in 2024 → 19, without a publication date the twentieth
    century); None for a Hijri or BC century, or no century at all."""
    era = ph.century_eras.get(_key(m.group("era") or ""), "AD")
    if era != "AD":
        return None
    if m.group("cnum"):
        n = int(m.group("cnum"))
    elif m.group("crel"):
        now = (pub.year - 1) // 100 + 1 if pub is not None else 21
        n = now + ph.century_relative[_key(m.group("crel"))]
    elif m.group("cord"):
        words = _key(m.group("cord")).split(" ")
        first = words[0]
        if first in ph.tens:
            n = ph.tens[first]
        else:
            n = ph.century_ordinals.get(first, 0)
            if len(words) > 1 and words[1] == "عشر":
                n += 10
            elif len(words) > 1:
                tail = words[-1][1:] if words[-1].startswith("و") else words[-1]
                n += ph.tens.get(tail, 0)
    else:
        return None
    return n - 1 if 1 <= n <= 30 else None


def _periods(lex: _Lex, ph: _Phrases, win: _Windows, pub: date | None, out: list[_Cand]
             ) -> None:
    """Seasons, decades, quarters and halves, weeks of a period, weekends, «بقية الأسبوع» and
    plural periods («الأيام القليلة الماضية»): ranges that are no calendar date, so ``value``
    stays None (the year when one is written) and ``timex`` says which part of the calendar."""
    for m in win.find(ph.season_re, ("season",), 16, 30):
        year_text, mod = m.group("year"), m.group("mod")
        ymod, ythis = m.group("ymod"), m.group("ythis")
        if not (m.group("this") or m.group("edge") or year_text or mod or m.group("lead")
                or ymod or ythis):
            continue
        year = _spelled_year(year_text) if year_text else None
        if year_text and year is None:
            continue
        if (ymod or ythis) and pub is not None:  # «صيف العام الماضي»: a year is said
            year = pub.year + (lex.modifiers.get(_key(ymod), 0) if ymod else 0)
            year_text = f"{year:04d}"
        if year is None and pub is not None:
            year = pub.year + (lex.modifiers.get(_key(mod), 0) if mod else 0)
        code = ph.seasons[_key(m.group("s"))]
        timex = f"{year:04d}-{code}" if year is not None else f"XXXX-{code}"
        start = m.start("s") if not (m.group("this") or m.group("edge")) else (
            m.start("this") if m.group("this") else m.start("edge"))
        value = f"{year:04d}" if year_text else None
        out.append(_Cand(start, m.end(), value, "year" if value else None, False, None, 3,
                         "range", timex))
    for m in win.find(ph.decade_re, ("decade",), 30, 60):
        name = _key(m.group("d"))
        decade = ph.decades.get(name) or ph.decades["ال" + name]
        hundreds = _century(ph, m, pub) if m.group("cord") or m.group("cnum") or m.group(
            "crel") else 19  # a decade alone is the twentieth century's («الثمانينيات»)
        if hundreds is None:
            continue  # «ستينيات القرن الثالث الهجري»: no Gregorian decade
        start = m.start() if (m.group("edge") or m.group("aqd")) else m.start("d")
        if _AGE_BEFORE.search(win.norm, max(0, start - 16), start):
            continue  # «وهو في أواخر العشرينات»: an age
        out.append(_Cand(start, m.end(), None, None, False, None, 3, "range",
                         f"{hundreds:02d}{decade}"))
    for m in win.find(ph.century_re, ("century",), 40, 40):
        hundreds = _century(ph, m, pub)
        if hundreds is None and not (m.group("era") or m.group("cord")):
            continue
        century_timex: str | None = None  # TIMEX3: «18» the 1800s; BC and Hijri: none
        if hundreds is not None:
            century_timex = f"{hundreds:02d}"
            if m.group("dord"):  # «العقد الأول من القرن الحادي والعشرين» → 200
                century_timex += str(min(ph.decade_ordinals[_key(m.group("dord"))], 10) - 1)
        out.append(_Cand(m.start(), m.end(), None, None, False, None, 3, "range",
                         century_timex))
    for m in win.find(ph.quarter_re, ("half",), 4, 50):
        year, relative, end = _explicit_year(m, pub)
        if year is None:
            continue
        q = ph.quarters[_key(m.group("q"))]
        half = m.group("k") == "نصف"
        if half and q > 2:
            continue
        timex = f"{year:04d}-{'H' if half else 'Q'}{q}"
        # ``value``: the year holding the quarter or half, as for a range of months
        out.append(_Cand(m.start(), end, f"{year:04d}", "year", relative, None, 4, "range",
                         timex))
    for m in win.find(ph.week_of_re, ("week",), 2, 50):
        n = ph.week_ordinals[_key(m.group("o"))]
        first: date | None = None
        last: date | None = None
        relative = True
        end = m.end()
        if m.group("month"):
            month = lex.months[_key(lex.month_re.match(m.group("month")).group(1))]  # type: ignore[union-attr]
            y = _month_year(month, None, pub)
            if y is not None:
                first, last = date(y, month, 1), date(y, month, monthrange(y, month)[1])
        elif m.group("mthis") or m.group("mmod"):
            k = lex.modifiers.get(_key(m.group("mmod")), 0) if m.group("mmod") else 0
            if pub is not None:
                y, mo = _shift_months(pub.year, pub.month, k)
                first, last = date(y, mo, 1), date(y, mo, monthrange(y, mo)[1])
        else:
            year, relative, end = _explicit_year(m, pub)
            if year is not None:
                first, last = date(year, 1, 1), date(year, 12, 31)
        if end < 0:
            continue
        value = _ordinal_week(first, n, last) if first and last else None
        out.append(_Cand(m.start(), end, value, "week", relative, None, 5))
    for m in win.find(ph.weekend_re, ("week",), 16, 30):
        k = 0
        if m.group("after"):
            k = 2
        elif m.group("mod"):
            k = lex.modifiers.get(_key(m.group("mod")), 0)
        if pub is None:
            continue
        week = _week(pub + timedelta(days=7 * k))
        dated = bool(m.group("this") or m.group("mod") or m.group("after"))
        out.append(_Cand(m.start(), m.end(), week if dated else None,
                         "week" if dated else None, dated, f"P{k}W" if dated else None, 4,
                         "range", f"{week}-WE"))
    for rx, keys, before in ((ph.rest_re, ("rest",), 2),
                             (ph.plural_period_re, ("mod", "recent"), 50)):
        for m in win.find(rx, keys, before, 30 if rx is ph.rest_re else 2):
            # «الأشهر الأخيرة», «الأيام المقبلة»: a definite plural needs no count
            if rx is ph.plural_period_re and not (m.group("n1") or m.group("n2") or _key(
                    m.group("u")).startswith("ال")):
                continue
            if rx is ph.plural_period_re and _of_event(lex, ph, win.norm, m):
                continue
            out.append(_Cand(m.start(), m.end(), None, None, False, None, 3, "range", None))


_OF_NEXT = re.compile(rf"\s+(?:من\s+(?P<w>{_L}+)|(?P<l>لل|ل)(?P<lw>{_L}+))")


def _of_event(lex: _Lex, ph: _Phrases, norm: str, m: re.Match[str]) -> bool:
    """«الأسابيع الأخيرة من المعركة», «اليومين الأخيرين من الهجوم», «الأسابيع الأخيرة لهجوم
    الحكومة»: the last days of an event, not of the time before publication, so no date; a
    time after «من/لـ» keeps it one («الأيام الأخيرة من الشهر الماضي», «للعام الماضي»), and so
    does «من» before an indefinite word, a verb's complement more often than an event («تمكنت
    خلال السنوات الأخيرة من استعادة المدن», «من خلال»)."""
    if _key(m.group("mod")) not in ph.recent_words:
        return False
    nxt = _OF_NEXT.match(norm, m.end())
    if nxt is None:
        return False
    if nxt.group("w") and not nxt.group("w").startswith("ال"):
        return False  # «تمكنت خلال السنوات الأخيرة من استعادة», «من خلال»: the verb's «من»
    word = nxt.group("w") or (("ال" if nxt.group("l") == "لل" else "") + nxt.group("lw"))
    return not (word in ph.time_heads or word in lex.months or word in lex.weekdays
                or word in lex.deictic or word in lex.periods)


def _bare_days(ph: _Phrases, win: _Windows, pub: date | None, out: list[_Cand]) -> None:
    """A day of the month with no month: «يوم 27» when nothing follows that it could count
    («يوم 27 من» is the month finder's, «يوم 27 ساعة» no date), and «في 15» or «في الخامس»
    only beside a clock («الساعة 8 مساء في 15»): alone «في 15» and «إلى 27» are figures
    («ارتفع العدد إلى 27.»). The month is the publication's."""
    if pub is None:
        return
    for m in win.find(ph.bare_day_re, ("unit", "hour", "part"), 30, 30):
        digits = m.group("dd")[0].isdigit()
        if _key(m.group("dd")) in time_lexicon().clock_hours:
            continue  # «في السابعة» beside a clock is its hour, not the 7th
        alone = m.group("lead") == "يوم" and digits and m.group("end") is not None
        if m.group("end") is None and m.group("clock") is None:
            continue  # «في 15 مدينة»: a count goes on after the number
        day = _day_number(ph, m.group("dd"))
        value = _iso_day(pub.year, pub.month, day) if day else None
        if value is None:
            continue
        start = m.start() if m.group("lead") == "يوم" else m.start("dd")
        out.append(_Cand(start, m.end("dd"), value, "day", True, None, 1,
                         needs_clock=not alone))


def _nth_weekday(y: int, month: int, weekday: int, n: int) -> date | None:
    """The n-th (n = -1: last) given weekday of a month, or None when the month has fewer."""
    if n < 0:
        last = date(y, month, monthrange(y, month)[1])
        return last - timedelta(days=(last.weekday() - weekday) % 7)
    first = date(y, month, 1)
    day = first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    return day if day.month == month else None


def _weekday_families(lex: _Lex, ph: _Phrases, win: _Windows, pub: date | None,
                      out: list[_Cand]) -> None:
    """A weekday pinned to a day of the month: with a bare day number («الجمعة 15.», «الجمعة
    في خمسة عشر») it is the nearby month's day that falls on that weekday (none: no date, so
    «الأحد 15 حافلة» stays a count); as the n-th weekday of a month («الأربعاء الأول من شهر
    أبريل», «أول يوم جمعة من يوليو», «آخر خميس من هذا الشهر»)."""
    if pub is None:
        return
    for m in win.find(ph.weekday_day_re, ("weekday",), 12, 30):
        wd = lex.weekdays[_key(m.group("wd"))]
        day = _day_number(ph, m.group("dd"))
        if day is None:
            continue
        near = []
        for k in (-1, 0, 1):
            y, mo = _shift_months(pub.year, pub.month, k)
            iso = _iso_day(y, mo, day)
            if iso is not None and date.fromisoformat(iso).weekday() == wd:
                near.append((abs((date.fromisoformat(iso) - pub).days), iso))
        if near:
            out.append(_Cand(m.start(), m.end("dd"), min(near)[1], "day", True, None, 6))
    for m in win.find(ph.nth_weekday_re, ("weekday", "month"), 40, 50):
        n = ph.nth_words[_key(m.group("o") or m.group("o2"))]
        wd = ph.bare_weekdays[_key(m.group("wd") or m.group("wd2"))]
        if m.group("month"):
            month = lex.months[_key(lex.month_re.match(m.group("month")).group(1))]  # type: ignore[union-attr]
            mod = lex.modifiers.get(_key(m.group("mod"))) if m.group("mod") else None
            year = int(m.group("year")) if m.group("year") else _month_year(month, mod, pub)
        else:
            k = lex.modifiers.get(_key(m.group("mmod")), 0) if m.group("mmod") else 0
            year, month = _shift_months(pub.year, pub.month, k)
        if year is None:
            continue
        nth = _nth_weekday(year, month, wd, n)
        if nth is not None:
            out.append(_Cand(m.start(), m.end(), nth.isoformat(), "day", True, None, 7))


def _easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _holiday_date(rule: list[int | str], year: int) -> str | None:
    """The Gregorian day a holiday falls on in ``year`` (a Hijri feast: its first occurrence
    in that Gregorian year)."""
    kind = rule[0]
    if kind == "gregorian":
        return _iso_day(year, int(rule[1]), int(rule[2]))
    if kind == "easter":
        return _easter(year).isoformat()
    if kind == "nth_weekday":
        month, weekday, n = int(rule[1]), int(rule[2]), int(rule[3])
        first = date(year, month, 1)
        return (first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))).isoformat()
    try:
        from hijridate import Gregorian
    except ImportError:
        return None
    h_year = Gregorian(year, 1, 1).to_hijri().year
    for hy in (h_year, h_year + 1):
        value, _ = _hijri_to_iso(hy, int(rule[1]), int(rule[2]))
        if value is not None and value.startswith(f"{year:04d}"):
            return value
    return None


def _holidays(ph: _Phrases, win: _Windows, pub: date | None, out: list[_Cand]) -> None:
    """Named holidays, dated in the year written or the publication year."""
    for m in win.find(ph.holiday_re, ("holiday",), 10, 40):
        rule = ph.holidays[_key(m.group("h"))]
        year = int(m.group("year")) if m.group("year") else None
        relative = year is None
        end = m.end()
        if m.group("rel"):
            if m.group("rmod") is None and not m.group("rel").startswith("هذا"):
                end = m.end("h")
            else:
                k = time_lexicon().modifiers.get(_key(m.group("rmod") or ""), 0)
                year = pub.year + k if pub else None
        elif year is None and pub is not None:
            year = pub.year
        value = _holiday_date(rule, year) if rule and year else None
        out.append(_Cand(m.start(), end, value, "day" if value else None, relative and bool(value),
                         None, 4))


def _day_parts(lex: _Lex, ph: _Phrases, win: _Windows, pub: date | None, out: list[_Cand]
               ) -> None:
    """«هذا الصباح», «الليلة الماضية»: a part of a known day (``timex`` day + TMO/TAF/TEV/TNI);
    «في الصباح», «في وقت متأخر من الليل», «بعد الظهر»: a part of any day (``timex`` TMO…)."""
    for m in win.find(ph.this_part_re, ("part",), 10, 20):
        mod = m.group("mod")
        if not (m.group("this") or mod):
            continue  # «الليلة» alone is a deictic; «الصباح» alone is a word (and a newspaper)
        k = lex.modifiers.get(_key(mod), 0) if mod else 0
        out.append(_Cand(m.start(), m.end(), _offset_value(pub, "D", k), "day", True, f"P{k}D",
                         4, part=ph.part_codes[_key(m.group("part"))]))
    for m in win.find(ph.bare_part_re, ("part",), 30, 16):
        part = _key(m.group("part"))
        if not (m.group("lead") or m.group("q") or m.group("q2") or part.startswith("بعد")):
            continue
        code = ph.part_codes[part]
        out.append(_Cand(m.start(), m.end(), None, None, False, None, 1, "time", f"T{code}",
                         part=code))


def _shift_hour(hour: int, code: str | None) -> int:
    """An hour said with a day part: «7 مساء» is 19:00, «12 في الليل» midnight."""
    if code in ("AF", "EV", "NI", "pm") and hour < 12:
        return hour + 12
    if code in ("NI", "am") and hour == 12:
        return 0
    return hour


def _clock_phrases(lex: _Lex, ph: _Phrases, win: _Windows, out: list[_Cand]) -> None:
    """Clock times said with a day part before or after the hour («مساء 7», «بعد الظهر الساعة
    7», «8 في الليل»), packed digits («1140 صباحا»), hours and minutes in words with a day part
    («ثمانية وأربعين مساء»), and time ranges («من 5 إلى 6 مساء», «بين الخامسة والسادسة»)."""
    for m in win.find(ph.part_clock_re, ("part",), 16, 24):
        pre, post = m.group("pre"), m.group("post")
        if not (pre or post):
            continue
        code = ph.part_codes.get(_key(pre or ""), "AF" if post and "الغداء" in post else None)
        if post and not pre:
            code = ph.part_codes.get(_key(post), code)
        hour = _shift_hour(int(m.group("h")), code)
        clock, gran = _clock_text(hour, int(m.group("mi")) if m.group("mi") else None,
                                  int(m.group("s")) if m.group("s") else None)
        out.append(_Cand(m.start(), m.end(), None, gran, False, None, 2, "time", f"T{clock}"))
    for m in win.find(ph.packed_clock_re, ("part",), 8, 2):
        if len(m.group("dp")) < 2:
            continue  # «100 ص»: page 100, not 1:00 a.m.
        half = lex.day_parts.get(_key(m.group("dp")), "pm")
        hour = _shift_hour(int(m.group("h")), half)
        if hour > 23:
            continue
        clock, gran = _clock_text(hour, int(m.group("mi")), None)
        out.append(_Cand(m.start(), m.end(), None, gran, False, None, 2, "time", f"T{clock}"))
    for m in win.find(ph.word_clock_re, ("part",), 45, 2):
        hour_v, minute_v = _spelled(m.group("h")), _spelled(m.group("mi"))
        if hour_v is None or minute_v is None or not (0 <= hour_v <= 23 and 0 < minute_v < 60):
            continue
        hour = _shift_hour(int(hour_v), lex.day_parts.get(_key(m.group("dp"))))
        clock, gran = _clock_text(hour, int(minute_v), None)
        out.append(_Cand(m.start(), m.end(), None, gran, False, None, 2, "time", f"T{clock}"))
    for m in win.find(ph.minutes_to_re, ("hour",), 30, 30):
        minutes = _word_minutes(m.group("n"))
        hour = lex.clock_hours[_key(m.group("h"))] if m.group("h") else int(m.group("hd"))
        if minutes is None or not 0 < minutes < 60 or hour > 23:
            continue  # «ثلاث دقائق قبل الثامنة» → 07:57, «عشرين دقيقة بعد الخامسة» → 05:20
        total = (_shift_hour(hour, lex.day_parts.get(_key(m.group("dp") or ""))) * 60
                 + (minutes if m.group("rel") == "بعد" else -minutes)) % (24 * 60)
        clock, gran = _clock_text(total // 60, total % 60, None)
        out.append(_Cand(m.start(), m.end(), None, gran, False, None, 3, "time", f"T{clock}"))
    for m in win.find(ph.time_range_re, ("part", "hour"), 40, 40):
        ends = [_range_hour(lex, m.group(g)) for g in ("a", "b")]
        if None in ends:
            continue
        a, b = ends[0], ends[1]
        assert a is not None and b is not None
        if m.group("to") == "و" and not m.group("b")[0].isdigit() and b[0] > 12:
            continue  # «الحادية عشر وعشرين»: «و» + a cardinal past 12 adds minutes, no range
        worded = any(not m.group(g)[0].isdigit() or ":" in m.group(g) for g in ("a", "b"))
        if not m.group("dp") and not (m.group("lead") and worded and (
                m.group("a") in lex.clock_hours or m.group("b") in lex.clock_hours
                or ":" in m.group("a") + m.group("b"))):
            continue  # «من 5 إلى 6» is a range of figures, not of hours
        code = lex.day_parts.get(_key(m.group("dp") or ""), ph.part_codes.get(
            _key(m.group("dp") or ""), ""))
        (ha, ma), (hb, mb) = a, b
        hb2 = _shift_hour(hb, code)
        ha2 = _shift_hour(ha, code) if _shift_hour(ha, code) <= hb2 else ha
        length = (hb2 * 60 + mb) - (ha2 * 60 + ma)
        if length <= 0:
            continue
        span = f"PT{length // 60}H" if length % 60 == 0 else f"PT{length}M"
        out.append(_Cand(m.start(), m.end(), None, "hour", False, None, 3, "range",
                         f"(T{ha2:02d}:{ma:02d},T{hb2:02d}:{mb:02d},{span})"))


def _range_hour(lex: _Lex, text: str) -> tuple[int, int] | None:
    """(hour, minute) of one end of a time range: «5», «4:30», «الخامسة», «اثنين»."""
    text = _key(text)
    if text[0].isdigit():
        hour, _, minute = text.partition(":")
        h, mi = int(hour), int(minute or 0)
    elif text in lex.clock_hours:
        h, mi = lex.clock_hours[text], 0
    else:
        value = _spelled(text)
        if value is None or value != int(value):
            return None
        h, mi = int(value), 0
    return (h, mi) if 0 <= h <= 24 else None


def _set_phrases(ph: _Phrases, win: _Windows, out: list[_Cand]) -> None:
    """Recurring weekdays and day parts: «كل يوم اثنين», «أيام الأحد» → XXXX-WXX-1 (ISO
    weekday), «كل صباح» → TMO."""
    for m in win.find(ph.set_weekday_re, ("every",), 2, 20):
        wd = ph.bare_weekdays[_key(m.group("wd"))]
        out.append(_Cand(m.start(), m.end(), None, None, False, None, 3, "set",
                         f"XXXX-WXX-{wd + 1}"))
    for m in win.find(ph.set_part_re, ("every",), 2, 12):
        code = ph.part_codes[_key(m.group("part"))]
        out.append(_Cand(m.start(), m.end(), None, None, False, None, 3, "set", f"T{code}",
                         part=code))


def _now(ph: _Phrases, win: _Windows, pub: date | None, out: list[_Cand]) -> None:
    """«الآن», «حاليا»: the moment of speaking (TIMEX3 PRESENT_REF), valued as the publication
    day (a relative day, offset P0D; no value without a publication date, as «أمس»). Not now:
    «حتى الآن» (so far), «من الآن فصاعدا» (from now on), «السلام الآن» (a name)."""
    norm = win.norm
    for m in win.find(ph.now_re, ("now",), 12, 16):
        if _SO_FAR.search(norm, max(0, m.start() - 8), m.start()):
            continue
        if "اقرب" in m.group(0):
            out.append(_Cand(m.start(), m.end(), None, None, False, None, 1, "datetime",
                             "FUTURE_REF"))
            continue
        if _NOW_ON.match(norm, m.end()) or _NOW_NAME.search(norm, max(0, m.start() - 10),
                                                            m.start()):
            continue
        out.append(_Cand(m.start(), m.end(), _offset_value(pub, "D", 0), "day", True, "P0D", 1,
                         "datetime", "PRESENT_REF"))


_PART_AFTER = re.compile(
    rf"\s+(?:في\s+)?(?P<p>الصباح|المساء|الليل|بعد\s+الظهر|ظهرا|صباحا|مساء|ليلا){_NA}")
_HOUR_AFTER = re.compile(
    r"\s*(?:[،,]\s*)?(?:(?:في|عند|حوالي)\s+)?(?:الساعه\s+)?(?P<h>\d{1,2})(?![\d:/.\-])"
    rf"(?!\s*(?:من\s+)?{_L}|\s*[/\-.]\s*\d)")  # «صباح يوم الجمعة 4 / 8 / 1436هـ»: a date
_HOUR_BEFORE = re.compile(r"(?<![\d:/.\-])(?P<h>\d{1,2})\s*(?:[،,]\s*)?$")
_EDGE_BEFORE = re.compile(r"(?:^|\s)نهايه\s+(?:هذا\s+)?(?:يوم\s+)?$")
_AFTER_NOON_BEFORE = re.compile(r"بعد\s+$")


def _annotate_parts(ph: _Phrases, norm: str, cands: list[_Cand]) -> None:
    """Days said with a part («صباح الغد», «الثلاثاء في الصباح», «بعد ظهر الاثنين») or an edge
    («نهاية اليوم» → 23:59) take it into their span; a bare hour beside a part of a day
    («الليلة في 7», «10 ، الليلة») becomes a clock time the day then absorbs."""
    for c in list(cands):
        if c.kind == "date" and c.granularity == "day":
            text = norm[c.start:c.end]
            first = text.split(" ", 1)[0]
            if c.part is None and " " in text and first in ph.part_codes:
                c.part = ph.part_codes[first]
                if first == "ظهر" and _AFTER_NOON_BEFORE.search(norm, max(0, c.start - 5),
                                                               c.start):
                    c.start = norm.rfind("بعد", 0, c.start)
            elif c.part is None and text.endswith("الليله"):
                c.part = "NI"
            after = _PART_AFTER.match(norm, c.end)
            if after and c.part is None:
                c.part = ph.part_codes.get(_key(after.group("p")), None)
                c.end = after.end()
            edge = _EDGE_BEFORE.search(norm, max(0, c.start - 14), c.start)
            if edge:
                c.start = edge.start() + (1 if norm[edge.start()].isspace() else 0)
                c.edge_end = True
        said = ph.hour_word_after_re.match(norm, c.end) if (
            c.part or (c.kind == "date" and c.granularity == "day")) else None
        if said is not None:  # «23 أكتوبر في السابعة», «هذا الصباح في السابعة»: an hour in words
            hour = _shift_hour(time_lexicon().clock_hours[_key(said.group("h"))], c.part)
            clock, gran = _clock_text(hour, None, None)
            if c.kind == "time":  # «في الصباح في التاسعة»: the part of any day narrows to the hour
                c.end, c.timex, c.part, c.granularity = said.end(), f"T{clock}", None, gran
            else:
                cands.append(_Cand(c.end, said.end(), None, gran, False, None, 2, "time",
                                   f"T{clock}"))
            continue
        if c.part is None or c.kind not in ("date", "set"):
            continue
        hour_m = _HOUR_AFTER.match(norm, c.end)
        before = _HOUR_BEFORE.search(norm, max(0, c.start - 6), c.start)
        for h in (hour_m, before):
            if h is not None and 1 <= int(h.group("h")) <= 12:
                hour = _shift_hour(int(h.group("h")), c.part)
                clock, gran = _clock_text(hour, None, None)
                cands.append(_Cand(h.start("h") if h is before else c.end, h.end(), None, gran,
                                   False, None, 2, "time", f"T{clock}"))
                break


def _iso_parts(timex: str) -> dict[str, str] | None:
    m = re.fullmatch(r"P(?:([\d.]+)Y)?(?:([\d.]+)M)?(?:([\d.]+)W)?(?:([\d.]+)D)?"
                     r"(?:T(?:([\d.]+)H)?(?:([\d.]+)M)?(?:([\d.]+)S)?)?", timex)
    if m is None:
        return None
    return {k: v for k, v in zip(("Y", "M", "W", "D", "h", "m", "s"), m.groups(), strict=True)
            if v}


_DURATION_GAP = re.compile(r"\s*(?:[،,]\s*)?(?:و\s*)?$")


def _merge_durations(norm: str, cands: list[_Cand]) -> list[_Cand]:
    """Adjacent durations are one («عام واحد و شهر و 21 يوما» → P1Y1M21D, «أسبوع واحد ثلاثة
    أيام» → P1W3D) when no unit repeats."""
    spans = sorted((c for c in cands if c.kind == "duration" and c.timex), key=lambda c: c.start)
    gone: set[int] = set()
    for a, b in pairwise(spans):
        if id(a) in gone or b.start < a.end or b.start - a.end > 4:
            continue
        if not _DURATION_GAP.fullmatch(norm[a.end:b.start]):
            continue
        pa, pb = _iso_parts(a.timex or ""), _iso_parts(b.timex or "")
        if pa is None or pb is None or set(pa) & set(pb):
            continue
        parts = pa | pb
        date_part = "".join(f"{parts[k]}{k}" for k in ("Y", "M", "W", "D") if k in parts)
        time_part = "".join(f"{parts[k]}{k.upper()}" for k in ("h", "m", "s") if k in parts)
        b.timex = "P" + date_part + (f"T{time_part}" if time_part else "")
        b.start = a.start
        b.priority = max(a.priority, b.priority)
        gone.add(id(a))
    return [c for c in cands if id(c) not in gone]


_ANCHOR_BEFORE = re.compile(r"(?:^|\s)[وف]?(?P<a>منذ|قبل|بعد)\s+$")


def _shifted_day(pub: date, parts: dict[str, str], sign: int) -> date | None:
    """``pub`` moved by whole years, months, weeks and days (months first, the day clamped to
    the month's end, as a calendar counts «شهر و 21 يوما» back from 23 November)."""
    try:
        counts = {k: int(v) for k, v in parts.items()}
    except ValueError:  # «عام ونصف»: no calendar day
        return None
    months = 12 * counts.get("Y", 0) + counts.get("M", 0)
    y, mo = _shift_months(pub.year, pub.month, sign * months)
    try:
        day = date(y, mo, min(pub.day, monthrange(y, mo)[1]))
        return day + timedelta(days=sign * (7 * counts.get("W", 0) + counts.get("D", 0)))
    except (ValueError, OverflowError):
        return None


def _anchored_durations(norm: str, pub: date | None, cands: list[_Cand]) -> list[_Cand]:
    """A duration of several units after «منذ/قبل/بعد» («منذ شهر و 21 يوما», «بعد 2 عام و 21
    يوما من الآن») is one day counted from publication, as one unit is («منذ شهر»): the
    anchor's offset and the joined units make the date, and the parts stop being a duration."""
    if pub is None:
        return cands
    spans = sorted((c for c in cands if c.kind == "duration" and c.timex), key=lambda c: c.start)
    offsets = {c.end: c for c in cands if c.kind == "date" and c.offset and c.timex
               and _ANCHOR_BEFORE.search(norm, max(0, c.start - 8), c.start + 4)}
    gone: set[int] = set()
    for d in spans:
        parts = _iso_parts(d.timex or "")
        if parts is None or set(parts) - {"Y", "M", "W", "D"}:
            continue
        start, sign = d.start, 0
        lead = next((r for end, r in offsets.items()
                     if end <= d.start and _DURATION_GAP.fullmatch(norm[end:d.start])
                     and d.start - end <= 4), None)
        if lead is not None and lead.offset:
            unit, k = lead.offset[-1], int(lead.offset[1:-1])
            if unit in parts or k == 0:
                continue
            parts = parts | {unit: str(abs(k))}
            start, sign = lead.start, (1 if k > 0 else -1)
            gone.add(id(lead))
        elif len(parts) > 1:
            anchor = _ANCHOR_BEFORE.search(norm, max(0, d.start - 8), d.start)
            if anchor is None:
                continue
            start = anchor.start("a")
            sign = 1 if anchor.group("a") == "بعد" else -1
        else:
            continue
        day = _shifted_day(pub, parts, sign)
        if day is None:
            continue
        end = d.end
        from_now = _FROM_NOW.match(norm, end)
        if from_now:
            end = from_now.end()
        gone.add(id(d))
        cands.append(_Cand(start, end, day.isoformat(), "day", True, None, 6,
                           timex=day.isoformat()))
    return [c for c in cands if id(c) not in gone]


_SET_CLOCK_GAP = re.compile(r"\s*(?:في\s+)?$")


def _sets_with_clocks(norm: str, cands: list[_Cand]) -> list[_Cand]:
    """A recurring day and a clock side by side are one recurring time: «كل يوم اثنين الساعة 4
    مساء» → XXXX-WXX-1T16:00, «الساعة 3 مساء كل يوم» → T15:00."""
    clocks = [c for c in cands if c.kind == "time" and c.timex and c.timex[1:2].isdigit()]
    used: set[int] = set()
    sets = sorted((c for c in cands if c.kind == "set" and c.timex), key=lambda c: c.start - c.end)
    for s in sets:  # the longest first: «كل يوم أحد» before the «كل يوم» inside it
        for clock in clocks:
            if id(clock) in used:
                continue
            gap = norm[s.end:clock.start] if s.end <= clock.start else norm[clock.end:s.start]
            if (clock.start < s.end and s.start < clock.end) or len(gap) > 6 or not (
                    _SET_CLOCK_GAP.match(gap)):
                continue
            day = s.timex if s.timex.startswith("XXXX") else ""  # type: ignore[union-attr]
            s.timex = f"{day}{clock.timex}"
            s.start, s.end = min(s.start, clock.start), max(s.end, clock.end)
            used.add(id(clock))
            break
    return [c for c in cands if id(c) not in used]


_WEEK_DAY_GAP = re.compile(r"\s+(?:يوم\s+|من\s+)?$")


def _week_days(norm: str, pub: date | None, cands: list[_Cand]) -> list[_Cand]:
    """A weekday said with its week («الأسبوع المقبل يوم الجمعة», «الجمعة من الأسبوع المقبل»)
    is that day of that (ISO) week."""
    weeks = [c for c in cands if c.offset and c.offset.endswith("W") and c.granularity == "week"
             and "الاسبوع" in norm[c.start:c.end]]
    days = [c for c in cands if c.weekday is not None]
    used: set[int] = set()
    for w in weeks:
        for d in days:
            if id(d) in used:
                continue
            gap = norm[w.end:d.start] if w.end <= d.start else norm[d.end:w.start]
            if len(gap) > 6 or not _WEEK_DAY_GAP.match(gap) or (
                    d.start < w.end and w.start < d.end):
                continue
            k = int(w.offset[1:-1])  # type: ignore[index]
            if pub is not None and d.weekday is not None:
                monday = pub - timedelta(days=pub.weekday()) + timedelta(days=7 * k)
                d.value = (monday + timedelta(days=d.weekday)).isoformat()
            d.start, d.end = min(d.start, w.start), max(d.end, w.end)
            d.offset = None
            used.add(id(w))
            break
    return [c for c in cands if id(c) not in used]


_SENTENCE_END = re.compile(r"[.!?؟\n]")
_WEEKDAY_SAID = re.compile(r"(?:الماضي|المقبل|القادم|الفائت|المنصرم|هذا|هذه|الاسبوع)")
# between a weekday and a future word: a complement clause («قال الأحد إنه سيتم»,
# «أكد الجمعة أن القمة ستعقد»): the weekday is the saying's, in the past
_CLAUSE_BREAK = re.compile(rf"{_NB}(?:[وف]?(?:ان|انه|انها|بان|بانه|بانها|اذا|عما|وفق|حسب|بحسب)"
                           rf"|(?:قال|ذكر|افاد|اعلن|اكد)ت?){_NA}|[،,:«\"]")


def _sentence(norm: str, start: int, end: int, reach: int = 200) -> tuple[int, int]:
    """The bounds of the sentence around ``start:end`` (at most ``reach`` either side)."""
    a = max(0, start - reach)
    before = [m.end() for m in _SENTENCE_END.finditer(norm, a, start)]
    after = _SENTENCE_END.search(norm, end, min(len(norm), end + reach))
    return (before[-1] if before else a), (after.start() if after else min(len(norm), end + reach))


def _weekday_tense(lex: _Lex, norm: str, pub: date | None, cands: list[_Cand]) -> None:
    """A weekday resolved by default (its last occurrence) in a sentence that says when:
    a future sentence («سيعقد», «من المقرر») makes it the next occurrence (today included);
    «الأسبوع الماضي» before the publication's own weekday makes it last week's."""
    if pub is None or lex.future_re is None or lex.last_week_re is None:
        return
    for c in cands:
        if c.weekday is None or c.value is None or c.kind != "date":
            continue
        if (c.value != _last_weekday(pub, c.weekday, -1).isoformat()
                or _WEEKDAY_SAID.search(norm, c.start, c.end)):
            continue  # said with its week or a modifier («الماضي», «هذا»)
        s0, s1 = _sentence(norm, c.start, c.end)
        future = lex.future_re.search(norm, max(s0, c.start - 80), min(s1, c.end + 60))
        if future is not None and future.start() >= c.end and _CLAUSE_BREAK.search(
                norm, c.end, future.start()):
            future = None  # «أعلنت الأمم المتحدة الثلاثاء أن مبعوثها سيزور»
        if c.weekday != pub.weekday() and future is not None:
            c.value = (pub + timedelta(days=(c.weekday - pub.weekday()) % 7)).isoformat()
        elif c.weekday == pub.weekday():
            said = list(lex.last_week_re.finditer(norm, max(s0, c.start - 100), c.start))
            last = said[-1] if said else None
            if last is not None and not _CLAUSE_BREAK.search(norm, last.end(), c.start):
                c.value = (pub - timedelta(days=7)).isoformat()


_NIGHT_JOIN = re.compile(r"\s*(?:[-–/]|على|الى|و)?\s*")


def _night_pairs(norm: str, cands: list[_Cand]) -> list[_Cand]:
    """«ليل الاثنين - الثلاثاء», «ليلة الأربعاء الخميس», «ليل السبت/الأحد»: a night named by
    the two days it joins. The second day is the day after the first's night (it was
    resolved alone, often to another week: «ليل الجمعة- السبت» read on a Friday gave last
    Saturday). The two stay two expressions, as the sets label them."""
    by_start = {c.start: c for c in cands if c.weekday is not None and c.kind == "date"}
    if len(by_start) < 2:
        return cands
    for c in cands:
        if c.weekday is None or c.part != "NI" or c.kind != "date" or c.value is None:
            continue
        gap = _NIGHT_JOIN.match(norm, c.end)
        nxt = by_start.get(gap.end()) if gap is not None else None
        if nxt is None or nxt is c or nxt.weekday != (c.weekday + 1) % 7 or nxt.part:
            continue
        nxt.value = (date.fromisoformat(c.value) + timedelta(days=1)).isoformat()
    return cands


# what a month's text may hold and still be named alone: no year, no relative word
_MONTH_SAID = re.compile(
    r"\d{3,4}|(?:عام|العام|سنه|الماضي|المقبل|القادم|الحالي|الجاري|المنصرم|الفائت|هذا|نفس|ذات)"
    rf"{_NA}")


def _month_tense(lex: _Lex, norm: str, pub: date | None, cands: list[_Cand]) -> None:
    """A month named alone whose nearest occurrence is 3–6 months ahead, in a sentence with
    no word of the future (``future_markers``, ``month_future_cues``), is last year's: news
    reports what happened («وفي ديسمبر، أودى حريق سانتا باربرا» in July 2018 is December
    2017; «بحلول أغسطس» stays ahead)."""
    if pub is None or lex.month_future_re is None:
        return
    for c in cands:
        if c.kind != "date" or c.granularity not in ("month", "day") or not c.value or (
                c.offset is not None or not c.value[:4].isdigit()):
            continue
        y, mo = int(c.value[:4]), int(c.value[5:7])
        ahead = (y - pub.year) * 12 + mo - pub.month
        if not 3 <= ahead <= 6 or _MONTH_SAID.search(norm, c.start, c.end):
            continue
        s0, s1 = _sentence(norm, c.start, c.end)
        if lex.month_future_re.search(norm, s0, s1):
            continue
        c.value = f"{y - 1:04d}{c.value[4:]}"
        if c.timex and c.timex[:4] == f"{y:04d}":
            c.timex = f"{y - 1:04d}{c.timex[4:]}"


def _vague_periods(lex: _Lex, win: _Windows, out: list[_Cand]) -> None:
    """«في عدة سنوات», «خلال بضعة أيام», «منذ عقود»: a vague stretch with no value."""
    if lex.vague_period_re is None:
        return
    for m in win.find(lex.vague_period_re, ("vague",), 16, 24):
        if m.group("bu"):
            if _key(m.group("lead")) not in ("منذ", "قبل"):
                continue  # «في عقود» is rare and no date; «منذ عقود» is
            out.append(_Cand(m.start("lead"), m.end(), None, "year", True, None, 3))
            continue
        gran = lex.vague_period_units[_key(m.group("u"))]
        anchored = _key(m.group("lead")) in ("منذ", "قبل")
        out.append(_Cand(m.start("lead") if anchored else m.start("v"), m.end(), None, gran,
                         True, None, 3))


def _with_clocks(norm: str, cands: list[_Cand]) -> list[_Cand]:
    """A date and a time of day side by side («غدا 8:00 صباحا», «21/4/2016، الساعة 8:00
    مساء») are one date-time: the value stays the day, ``timex`` adds the clock."""
    clocks = [c for c in cands if c.kind == "time"]
    if not clocks:
        return [c for c in cands if not c.needs_clock]
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
                gap = ""  # «الساعة 8 مساء اليوم»: the clock's part is the day's
            if len(gap) > 12 or not _DATE_CLOCK_GAP.match(gap):
                continue
            used.add(id(day))
            used.add(id(clock))
            day.start, day.end = min(day.start, clock.start), max(day.end, clock.end)
            day.kind = "datetime"
            timex = clock.timex
            if timex and day.part and not _HAS_HALF.search(norm, clock.start, clock.end):
                hour = _shift_hour(int(timex[1:3]), day.part)
                timex = f"T{hour:02d}{timex[3:]}"
            day.part = None
            day.timex = f"{day.value}{timex}" if day.value and timex else None
            day.priority = max(day.priority, 7)
            break
    return [c for c in cands if not (c.kind == "time" and id(c) in used)
            and not (c.needs_clock and c.kind == "date")]


_HAS_HALF = re.compile(r"صباح|مساء|ظهر|ليل|فجر|عصر")


def figure_spans(times: list[TimeExpression]) -> list[tuple[int, int]]:
    """Spans whose digits are parts of a date or clock, not figures: durations and recurring
    times keep their counts («لمدة 3 أيام» is also the figure 3 days), and so does a date
    counted back with an approximation («منذ حوالي ثلاثين عاما»: about 30 years is a figure,
    as it was before such a phrase was a date; a plain «قبل 15 عاما» gives none)."""
    approx = time_lexicon().approx_anchor_re
    return [(t.start, t.end) for t in times if t.kind not in ("duration", "set")
            and not (t.offset and approx.match(normalize(t.text)))]


_GLOSS_OPEN = re.compile(r"\s*\(\s*")
_GLOSS_CLOSE = re.compile(r"\s*\)")


def _glossed_day(day: _Cand, gloss: _Cand) -> str | None:
    """The day a bracketed gloss names («اليوم (الخميس)», «غدا (الثلاثاء)», «اليوم (أمس)»):
    the paper's own word, written on the day it was dated, which a crawl date only follows.
    A weekday is the last one on or before the deictic's day (an article of Thursday crawled
    on Friday says «اليوم (الخميس)»: Thursday; «غدا (الثلاثاء)» on a Monday: tomorrow)."""
    if gloss.weekday is None or day.value is None or len(day.value) != 10:
        return gloss.value
    return _last_weekday(date.fromisoformat(day.value), gloss.weekday, -1).isoformat()


def _select(cands: list[_Cand], norm: str) -> list[_Cand]:
    """Keep the longest (then highest-priority) of overlapping candidates. A relative day
    and its weekday are one day, side by side («أمس الثلاثاء») or glossed in brackets
    («اليوم (الخميس)», «بالأمس (الأحد)», «اليوم (أمس)»), as a month's gloss is one month;
    the gloss says which day it is (``_glossed_day``).

    Kept spans never overlap, so sorted by start their ends rise too: a candidate overlaps
    one iff the last kept span starting before its end reaches past its start (a bisect,
    where a check against every kept span is quadratic in a text of many times)."""
    cands.sort(key=lambda c: (-(c.end - c.start), -c.priority, c.start))
    kept: list[_Cand] = []
    spans: list[tuple[int, int]] = []  # the kept spans, sorted
    starts: list[int] = []  # their starts and ends, in the same order
    ends: list[int] = []
    for c in cands:
        before = bisect_left(starts, c.end)
        if before and ends[before - 1] > c.start:
            continue
        at = bisect_right(spans, (c.start, c.end))
        spans.insert(at, (c.start, c.end))
        starts.insert(at, c.start)
        ends.insert(at, c.end)
        kept.append(c)
    kept.sort(key=lambda c: c.start)
    merged: list[_Cand] = []
    for c in kept:  # «أمس الثلاثاء», «اليوم الأحد»: one day, said twice
        prev = merged[-1] if merged else None
        close = None
        if prev is not None and _GLOSS_OPEN.fullmatch(norm, prev.end, c.start):
            close = _GLOSS_CLOSE.match(norm, c.end)
        if (
            prev is not None
            and prev.granularity == c.granularity == "day"
            and prev.relative
            and c.relative
            and (0 < c.start - prev.end <= 1 or close is not None)
            and prev.offset is not None
            and "PRESENT_REF" not in (prev.timex, c.timex)  # «أمس الآن»: two times
        ):
            prev.end = c.end if close is None else close.end()
            day = _glossed_day(prev, c) if close is not None else None
            if day is not None and prev.value is not None and day != prev.value:
                if prev.timex and prev.timex.startswith(prev.value):
                    prev.timex = day + prev.timex[len(prev.value):]
                prev.value, prev.offset = day, c.offset
            continue
        merged.append(c)
    return merged


_ISO_PARTS = re.compile(r"(?:(?P<y>\d{4})|-)-?(?P<m>\d\d)?(?:-(?P<d>\d\d))?")
_RANGE_GAP = re.compile(
    r"\s*[،,]?\s*(?P<to>(?:و\s*)?(?:الي|حتي|لغايه)|و|-|–)\s*"
    r"(?:(?P<edge>نهايه|اواخر|مطلع|بدايه|اوائل)\s+)?(?:(?:عام|سنه|العام)\s+)?")
_EDGE_FIRST = frozenset({"مطلع", "بدايه", "اوائل"})  # «حتى مطلع 2021»: its first month
_RANGE_TO = {  # the connectors each lead takes («بين 2015 و2018», «من 2015 إلى 2018»)
    "بين": ("و", "الي", "حتي", "-", "–"),
    "من": ("الي", "حتي", "لغايه", "والي", "وحتي", "ولغايه", "-", "–"),
    "منذ": ("الي", "حتي", "لغايه", "والي", "وحتي", "ولغايه"),
}


def _date_parts(c: _Cand) -> tuple[int | None, int | None, int | None] | None:
    """(year, month, day) of a plain calendar date's value («2018-05-23», «--05», «2015»)."""
    if c.kind != "date" or not c.value or c.offset is not None or c.weekday is not None or (
            c.timex not in (None, c.value)):
        return None
    m = _ISO_PARTS.fullmatch(c.value)
    if m is None or (m.group("y") is None and m.group("m") is None):
        return None
    return (int(m.group("y")) if m.group("y") else None,
            int(m.group("m")) if m.group("m") else None,
            int(m.group("d")) if m.group("d") else None)


def _range_cand(start: int, end: int, a: tuple[int | None, int | None, int | None],
                b: tuple[int | None, int | None, int | None], relative: bool) -> _Cand | None:
    """One ``range`` from two ends of the same grain: ``timex`` is TIMEX3's «(start,end,
    duration)» as for «2014-2018» («(2021-05-03,2021-05-05,P2D)», «XXXX» for an unknown year);
    ``value`` the smallest calendar unit holding both ends (the month of a range of days in one
    month, the year of months in one year), or null."""
    (ya, ma, da), (yb, mb, db) = a, b
    if (ya is None) != (yb is None):
        return None

    def iso(y: int | None, mo: int | None, d: int | None) -> str:
        text = f"{y:04d}" if y is not None else "XXXX"
        return text + (f"-{mo:02d}" if mo else "") + (f"-{d:02d}" if d else "")

    if ma is None:  # years
        if ya is None or yb is None or yb <= ya:
            return None
        return _Cand(start, end, None, "year", relative, None, 6, "range",
                     f"({ya:04d},{yb:04d},P{yb - ya}Y)")
    assert mb is not None
    if da is None:  # months
        months = ((yb or 0) * 12 + mb) - ((ya or 0) * 12 + ma)
        if months <= 0:
            return None
        value = f"{ya:04d}" if ya is not None and ya == yb else None
        return _Cand(start, end, value, "year" if value else "month", relative, None, 6,
                     "range", f"({iso(ya, ma, None)},{iso(yb, mb, None)},P{months}M)")
    assert db is not None
    try:  # an unknown year is counted in a leap year, so «29 شباط» stays a day
        first, last = date(ya or 2000, ma, da), date(yb or 2000, mb, db)
    except ValueError:
        return None
    days = (last - first).days
    if days <= 0:
        return None
    if ya == yb and ma == mb:
        value, gran = (f"{ya:04d}-{ma:02d}" if ya is not None else f"--{ma:02d}"), "month"
    elif ya is not None and ya == yb:
        value, gran = f"{ya:04d}", "year"
    else:
        value, gran = None, "day"
    return _Cand(start, end, value, gran, relative, None, 6, "range",
                 f"({iso(ya, ma, da)},{iso(yb, mb, db)},P{days}D)")


def _is_hijri(norm: str, c: _Cand) -> bool:
    """A date written with a Hijri month («9 محرم 1437هـ»): its value is already Gregorian,
    so its day and month are not the Hijri ones a range would join."""
    return time_lexicon().hijri_re.search(norm, c.start, c.end) is not None


_Parts = tuple[int | None, int | None, int | None]


def _first_day(norm: str, a: _Cand, pa: _Parts, day: int | None) -> tuple[_Parts | None, int]:
    """The first end of «بين 7-9 محرم 1437هـ», «من 3 إلى 5 أيار 2021» from the bare day
    before the dated end ``a``, and the day of the month it must come before. A Hijri end is
    counted in its own calendar (7 Muharram, then converted: 2015-10-20), since ``a``'s
    value is already Gregorian; a Hijri end with no year has no value and joins nothing."""
    hijri = time_lexicon().hijri_re.match(norm, a.start)
    if hijri is None or hijri.end("month") > a.end:
        return ((pa[0], pa[1], day), pa[2] or 0)
    if day is None or not hijri.group("day") or not hijri.group("year"):
        return None, 0
    month = time_lexicon().hijri[_key(hijri.group("month"))]
    value = _hijri_to_iso(int(hijri.group("year")), month, day)[0]
    if value is None:
        return None, 0
    y, m, d = (int(x) for x in value.split("-"))
    return (y, m, d), int(hijri.group("day"))


def _share_year(norm: str, a: _Cand, b: _Cand, pa: _Parts, pb: _Parts) -> tuple[_Parts, _Parts]:
    """The year written on one end of a range is the other's when that one has none written
    («من يونيو إلى أكتوبر 2017», «بين التاسع من يناير 2017 و18 يناير»): the first end is
    the year before when its month comes later («من نوفمبر إلى فبراير 2016»)."""
    wa = _FOUR_DIGITS.search(norm, a.start, a.end) is not None
    wb = _FOUR_DIGITS.search(norm, b.start, b.end) is not None
    if not wa and pb[0] is not None:
        later = pa[1] is not None and pb[1] is not None and (pa[1], pa[2] or 0) > (
            pb[1], pb[2] or 0)
        pa = (pb[0] - later, pa[1], pa[2])
    elif not wa:
        pa = (None, pa[1], pa[2])
    elif not wb and pa[0] is not None:
        earlier = pa[1] is not None and pb[1] is not None and (pb[1], pb[2] or 0) < (
            pa[1], pa[2] or 0)
        pb = (pa[0] + earlier, pb[1], pb[2])
    return pa, pb


def _same_grain(pa: _Parts, pb: _Parts, edge: str | None) -> tuple[_Parts, _Parts]:
    """The ends of a range whose second end has an edge («حتى نهاية 2021»), both with a
    year, at one grain: «من مارس 2020 حتى نهاية 2021» runs from 2020-03 to 2021-12, «من 8
    سبتمبر 2014 حتى نهاية 2016» to 2016-12-31, «من 2015 حتى نهاية 2018» from 2015-01 (a year
    is a month beside an edge). The coarser end takes the first month or day of its span when
    it starts the range, the last when it ends it (the first after «مطلع», «بداية»,
    «أوائل»). Without an edge, ends of different grain stay apart («من 8 سبتمبر 2014 حتى
    2016»: the gold set keeps them two)."""
    if pa[0] is None or pb[0] is None:
        return pa, pb
    year_b = pb[0]
    month = pa[1] is not None or pb[1] is not None or edge is not None
    day = pa[2] is not None or pb[2] is not None
    first = edge is not None and _key(edge) in _EDGE_FIRST
    ya, ma, da = pa
    yb, mb, db = pb
    if month:
        ma = ma or 1
        mb = mb or (1 if first else 12)
    if day:
        da = da or 1
        db = db or (1 if first else monthrange(year_b, mb or 12)[1])
    return (ya, ma, da), (yb, mb, db)


def _lead_ok(lead: str, to: str) -> bool:
    words = lead.split()
    head = words[-1]
    if to == "و" and head == "من":
        return words[0] == "الفتره"  # «في الفترة من 2011 و2018»; «من 2011 و2018» alone is not
    return to.replace(" ", "") in _RANGE_TO.get(head, ())


def _join_ranges(ph: _Phrases, norm: str, cands: list[_Cand]) -> list[_Cand]:
    """Two dates of one grain joined as a range are one ``range``: «من 2015 إلى 2018», «بين
    عامي 2015 و2018», «من يونيو إلى أكتوبر 2017», «من 7 أبريل 2005 إلى 31 مايو 2011»; the
    first end takes the second's year when it has none written («من 3 أيار إلى 5 حزيران
    2021»). A bare day before a day with its month shares the month: «من 3 إلى 5 أيار 2021»,
    «بين 10 و12 آذار», «من السابع إلى التاسع من أكتوبر». Figures stay figures: both ends must
    be dates («ما بين 1066 و1579» civilians, «بين 18 و60 عاما»)."""
    out: list[_Cand] = []
    i = 0
    while i < len(cands):
        a = cands[i]
        b = cands[i + 1] if i + 1 < len(cands) else None
        pa = _date_parts(a)
        pb = _date_parts(b) if b is not None else None
        if b is not None and pa is not None and pb is not None:
            gap = _RANGE_GAP.fullmatch(norm, a.end, b.start)
            lead = ph.range_lead_re.search(norm, max(0, a.start - 24), a.start)
            if gap and lead and _lead_ok(_key(lead.group("lead")), _key(gap.group("to"))) and (
                    not _is_hijri(norm, a) and not _is_hijri(norm, b)):
                pa, pb = _share_year(norm, a, b, pa, pb)
                if gap.group("edge"):
                    pa, pb = _same_grain(pa, pb, gap.group("edge"))
                if (pa[1] is None) == (pb[1] is None) and (pa[2] is None) == (pb[2] is None):
                    text = lead.group("lead")
                    start = lead.end("lead") - len(text.split()[-1])
                    joined = _range_cand(start, b.end, pa, pb, a.relative or b.relative)
                    if joined is not None:
                        out.append(joined)
                        i += 2
                        continue
        if pa is not None and pa[1] is not None and pa[2] is not None:
            before = ph.range_day_before_re.search(norm, max(0, a.start - 40), a.start)
            day = _day_number(ph, before.group("a")) if before else None
            first, last_day = _first_day(norm, a, pa, day)
            if before and first is not None and day is not None and day < last_day and _lead_ok(
                    _key(before.group("lead")), _key(before.group("to"))) and (
                    not out or out[-1].end <= before.start("lead")):
                joined = _range_cand(before.start("lead"), a.end, first, pa, a.relative)
                if joined is not None:
                    out.append(joined)
                    i += 1
                    continue
        out.append(a)
        i += 1
    return out


def _phrase_families(lex: _Lex, win: _Windows, pub: date | None, out: list[_Cand]) -> None:
    """Run the v4 families, each only where its trigger words are (see ``_Windows``)."""
    ph = _phrases()
    if win.has("month"):
        _day_dates(lex, ph, win, pub, out)
        _month_alone(lex, ph, win, pub, out)
    if win.has("sep"):
        _numeric_partial(ph, win, pub, out)
    if win.has("season", "decade", "century", "half", "week", "rest", "mod", "recent"):
        _periods(lex, ph, win, pub, out)
    if win.has("holiday"):
        _holidays(ph, win, pub, out)
    if win.has("weekday", "month"):
        _weekday_families(lex, ph, win, pub, out)
    if win.has("unit", "hour", "part"):
        _bare_days(ph, win, pub, out)
    if win.has("part"):
        _day_parts(lex, ph, win, pub, out)
    if win.has("part", "hour"):
        _clock_phrases(lex, ph, win, out)
    if win.has("every"):
        _set_phrases(ph, win, out)
    if win.has("now"):
        _now(ph, win, pub, out)


_YEAR_ITSELF = r"(?:العام|السنه)\s+(?:نفسه|نفسها|ذاته|ذاتها)"  # «العام نفسه» (normalised)
_SAME_YEAR_AFTER = re.compile(
    rf"\s+من\s+(?:(?:نفس|ذات)\s+(?:العام|السنه)|{_YEAR_ITSELF}){_NA}")
_SAME_YEAR_END = re.compile(_YEAR_ITSELF + "$")
_WRITTEN_YEAR = re.compile(r"(?<![\d.,/])(?:1[6-9]\d\d|20\d\d)(?![\d])")
_YEAR_APPOSED = re.compile(r"\s*[،,(]?\s*$")
_RELATIVE_YEAR = re.compile(r"(?:العام|السنه)\s+[^\W\d_]+$")


def _same_year(norm: str, cands: list[_Cand]) -> None:
    """«في 9 أبريل من نفس العام», «ديسمبر من العام نفسه»: the month is in the year last written
    before it («اعتقلته في العام 2011 ... في 9 أبريل/نيسان من نفس العام» is 2011-04-09), not
    the publication's; with no written year before it nothing changes."""
    for c in cands:
        if c.kind != "date" or c.granularity not in ("day", "month") or not c.value:
            continue
        after = _SAME_YEAR_AFTER.match(norm, c.end)
        if after is None and not _SAME_YEAR_END.search(norm, c.start, c.end):
            continue
        years = _WRITTEN_YEAR.findall(norm, max(0, c.start - 1500), c.start)
        if not years:
            continue
        year = years[-1]
        value = year + c.value[4:] if c.value[:4].isdigit() else year + c.value[1:]
        if c.granularity == "day":
            y, mo, d = (int(x) for x in value.split("-"))
            value = _iso_day(y, mo, d) or c.value
        if c.timex in (None, c.value):
            c.timex = value
        c.value, c.relative = value, False
        if after is not None:
            c.end = after.end()


def _apposed_years(norm: str, cands: list[_Cand]) -> list[_Cand]:
    """«منذ العام الماضي 2017», «النصف الأول من العام الماضي 2014»: a relative year and the
    year written after it are one expression (were two)."""
    out: list[_Cand] = []
    for c in cands:
        prev = out[-1] if out else None
        if (prev is not None and c.kind == "date" and c.value is not None and len(c.value) == 4
                and c.granularity == "year" and prev.value is not None
                and prev.value[:4] == c.value and _RELATIVE_YEAR.search(norm, prev.start, prev.end)
                and _YEAR_APPOSED.match(norm, prev.end, c.start)):
            prev.end = c.end
            prev.relative = False
            continue
        out.append(c)
    return out


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
        _years(lex, norm, cands, published)
    if has_digits:
        _bracket_years(lex, norm, cands)
    win = _Windows(_phrases(), norm)
    if win.has("hour", "part"):
        _clocks(lex, win, cands)
        _word_clocks(lex, win, cands)
    if win.has("weekday"):
        _weekdays(lex, win, published, cands)
    _relatives(lex, win, published, cands)
    if win.has("vague"):
        _vague_periods(lex, win, cands)
    if win.has("unit"):
        _spans(lex, win, cands)
    if win.has("every", "adverb"):
        _sets(lex, win, cands)
    _phrase_families(lex, win, published, cands)
    _annotate_parts(_phrases(), norm, cands)
    cands = _with_clocks(norm, cands)
    cands = _sets_with_clocks(norm, cands)
    cands = _merge_durations(norm, cands)
    cands = _anchored_durations(norm, published, cands)
    cands = _week_days(norm, published, cands)
    _weekday_tense(lex, norm, published, cands)
    cands = _night_pairs(norm, cands)
    for c in cands:
        if c.kind == "date" and c.value and c.granularity == "day" and c.edge_end:
            c.kind, c.timex = "datetime", f"{c.value}T23:59"
        elif c.kind == "date" and c.value and c.granularity == "day" and c.part:
            c.kind, c.timex = "datetime", f"{c.value}T{c.part}"
    out: list[TimeExpression] = []
    joined = _apposed_years(norm, _join_ranges(_phrases(), norm, _select(cands, norm)))
    _same_year(norm, joined)
    _month_tense(lex, norm, published, joined)  # single months only, not a range's ends
    for c in joined:
        start, end = view.to_original(c.start, c.end)
        if c.timex == "PRESENT_REF" and text.startswith(("آ", "أ"), start):
            continue  # «آلان», «ألان» (Alain, Alan) normalise like «الآن»; the spelling tells

        while end < len(text) and text[end] in DELETED_CHARS and not text[end].isspace():
            end += 1
        out.append(
            TimeExpression(
                text[start:end], start, end, c.value, c.granularity, c.relative, c.offset,
                kind=c.kind, timex=c.timex or c.value,
            )
        )
    return out
