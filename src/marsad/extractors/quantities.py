"""Claimed figures: number + scale + counted noun, with approximate/bound qualifiers.

«يقدّر بحوالي 900 مقاتل أمريكي» → 900, approximate, counted «مقاتل أمريكي». Matching runs
on the normalised view (one form per letter, Western digits) and maps spans back to the
published text. Years and date parts are not figures: the time finder's spans are excluded.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from marsad.arabic.normalize import DELETED_CHARS, NormalizedText, normalize, normalized_view
from marsad.extractors.numbers import (
    NumberWord,
    combine,
    lookup_word,
    number_lexicon,
    parse_digits,
)
from marsad.lexicon import load_json
from marsad.model import Quantity

# «١،٢٣٤،٥٦٧»: an Arabic comma between groups of exactly three digits separates thousands
TOKEN_RE = re.compile(
    r"[^\W\d_]+|\d+(?:[.,\u066b\u066c]\d+|\u060c\d{3}(?!\d))*|[%\u066a$€]|[^\s\w]"
)
_DIGIT_START = re.compile(r"\d")
_DASHES = frozenset("-–—")
_MAX_DIGITS_PLAIN = 8  # longer bare digit runs are phone numbers or ids
_GROUPED = re.compile(r"\d{1,3}(?:[,\u066c\u060c]\d{3})+")

# Qualifier phrases (normalised), tried against the text just before the number.
_BEFORE: dict[str, str] = {
    "ما لا يقل عن": "at_least",
    "لا يقل عن": "at_least",
    "اكثر من": "at_least",
    "ما يزيد عن": "at_least",
    "ما يزيد علي": "at_least",
    "يزيد عن": "at_least",
    "يزيد علي": "at_least",
    "ما يربو علي": "at_least",
    "يربو علي": "at_least",
    "ما يفوق": "at_least",
    "يفوق": "at_least",
    "اكثر من نحو": "at_least",
    "على الاقل": "at_least",
    "علي الاقل": "at_least",
    "اقل من": "at_most",
    "ما لا يزيد عن": "at_most",
    "ما لا يزيد علي": "at_most",
    "لا يتجاوز": "at_most",
    "ما لا يتجاوز": "at_most",
    "حتي": "at_most",
    "حوالي": "approximate",
    "بحوالي": "approximate",
    "نحو": "approximate",
    "بنحو": "approximate",
    "قرابه": "approximate",
    "بقرابه": "approximate",
    "ما يقارب": "approximate",
    "بما يقارب": "approximate",
    "ما يقرب من": "approximate",
    "بما يقرب من": "approximate",
    "يقارب": "approximate",
    "زهاء": "approximate",
    "ما يناهز": "approximate",
    "يناهز": "approximate",
    "يقدر ب": "approximate",
    "تقدر ب": "approximate",
    "يقدر بنحو": "approximate",
    "يقدر بحوالي": "approximate",
    "تقدر بحوالي": "approximate",
    "تقدر بنحو": "approximate",
    "قرابة": "approximate",
}
_AFTER: dict[str, str] = {"علي الاقل": "at_least", "تقريبا": "approximate"}
_NOUN_STOP = frozenset(
    normalize(w)
    for w in [
        "في",
        "من",
        "إلى",
        "الى",
        "على",
        "عن",
        "مع",
        "أو",
        "ثم",
        "قد",
        "لا",
        "ما",
        "حتى",
        "منذ",
        "خلال",
        "بعد",
        "قبل",
        "عند",
        "لدى",
        "بين",
        "أن",
        "إن",
        "و",
        "التي",
        "الذي",
        "الذين",
        "كما",
        "وقد",
        "لم",
        "لن",
        "هو",
        "هي",
        "هم",
        "تم",
        "كان",
        "كانت",
        "عام",
        "سنة",
        "فقط",
        "أيضا",
        "نحو",
        "حوالي",
        "أكثر",
        "أقل",
        "مقابل",
        "مقارنة",
        "ضمن",
        "وفي",
        "ومن",
        "وعلى",
        "بل",
        "إذ",
        "حيث",
        "هذا",
        "هذه",
        "ذلك",
        "تلك",
    ]
)
_MODIFIER_WORDS = frozenset(normalize(w) for w in ("مربع", "مربعا", "مكعب", "فقط"))
_NISBA_ENDINGS = ("ي", "يه", "يا", "يين", "يون", "يان", "يتين")


@dataclass(slots=True)
class _Tok:
    text: str
    start: int
    end: int


@cache
def _qualifiers_before() -> dict[str, str]:
    """Built-in qualifier phrases plus the bound phrases of ``data/numbers.json``."""
    bounds = load_json("numbers.json").get("bounds", {})
    return _BEFORE | {" ".join(normalize(k).split()): v for k, v in bounds.items()}


@cache
def _qualifier_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    before = "|".join(
        re.escape(normalize(k)).replace(r"\ ", r"\s+")
        for k in sorted(_qualifiers_before(), key=len, reverse=True)
    )
    after = "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in _AFTER)
    return (
        re.compile(rf"(?<![^\W\d_])({before})\s*$"),
        re.compile(rf"^\s*[،,]?\s*({after})(?![^\W\d_])"),
    )


@cache
def _units() -> tuple[dict[str, str], int]:
    raw: dict[str, str] = load_json("units.json")["units"]
    units = {normalize(k): v for k, v in raw.items()}
    return units, max(len(k.split()) for k in units)


# Tokens known to be neither digits nor number words (a pure function of the token and the
# packaged number lexicon): most tokens of an article are skipped by one set look-up.
_PLAIN: set[str] = set()
_PLAIN_MAX = 200_000


def _tokens(text: str) -> list[_Tok]:
    return [_Tok(m.group(), m.start(), m.end()) for m in TOKEN_RE.finditer(text)]


def _is_digits(tok: _Tok) -> bool:
    return bool(_DIGIT_START.match(tok.text))


def _number_at(toks: list[_Tok], i: int) -> tuple[float, int, int, bool] | None:
    """Read one number starting at token ``i``: (value, start offset, next index, has_scale)."""
    lex = number_lexicon()
    parts: list[NumberWord] = []
    start = toks[i].start
    j = i
    if _is_digits(toks[i]):
        value = parse_digits(toks[i].text)
        if value is None:
            return None
        parts.append(NumberWord(value, "digits"))
        j = i + 1
    has_scale = False
    while j < len(toks):
        spaced = False
        if (parts and toks[j].text in lex.connectors and j + 1 < len(toks)
                and toks[j + 1].start - toks[j].end <= 2):
            # «ثلاثمائة و واحد»: the connector written apart is the same «و»
            nxt = lookup_word(toks[j + 1].text)
            if nxt is None or nxt[0] or parts[-1].kind == "digits":
                break
            spaced = True
            j += 1
        found = lookup_word(toks[j].text)
        if found is None:
            break
        prefix, word = found
        if spaced:
            prefix = 1
        if parts and prefix and not (spaced or toks[j].text.startswith("و")):
            break  # «بخمسة» after a number starts something else
        if not parts:
            if prefix and not toks[j].text.startswith(("و", "ب", "ل", "ف")):
                break
            start = toks[j].start + prefix
        elif parts[-1].kind == "digits" and word.kind not in ("scale", "dual_scale"):
            break  # «900 ثلاثة» is two numbers
        elif prefix == 0 and word.kind not in ("scale", "dual_scale", "teen_tail", "hundred"):
            break  # units/tens after a number need «و»
        has_scale = has_scale or word.kind in ("scale", "dual_scale")
        parts.append(word)
        j += 1
    if not parts:
        return None
    if len(parts) == 1 and parts[0].kind != "digits":
        word_text = toks[i].text
        found = lookup_word(word_text)
        bare = word_text[found[0] :] if found else word_text
        if bare in lex.standalone_ignored or (parts[0].kind == "teen_tail" and bare != "عشره"):
            return None
    return combine(parts), start, j, has_scale


def _widen(text: str, start: int, end: int) -> tuple[int, int]:
    """Take back trailing marks normalisation dropped (tanween in «ألفاً», tatweel in «هـ»)."""
    while end < len(text) and text[end] in DELETED_CHARS and not text[end].isspace():
        end += 1
    return start, end


def _inside(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def extract_quantities(
    text: str,
    exclude: Sequence[tuple[int, int]] | None = None,
    view: NormalizedText | None = None,
) -> list[Quantity]:
    """Every figure in ``text``; ``exclude`` holds spans (dates, years) that are not figures.

    When ``exclude`` is None the time finder is run here so years are never reported.
    """
    if view is None or view.original is not text:
        view = normalized_view(text)
    norm = view.text
    if exclude is None:
        from marsad.extractors.times import extract_times, figure_spans

        exclude = figure_spans(extract_times(text, None, view=view))
    # exclusions are in original offsets; compare in original space below.
    toks = _tokens(norm)
    lex = number_lexicon()
    before_re, after_re = _qualifier_res()
    units, max_unit_words = _units()
    out: list[Quantity] = []
    i = 0
    n = len(toks)
    while i < n:
        tok = toks[i]
        if tok.text in _PLAIN:
            i += 1
            continue
        is_dig = _is_digits(tok)
        if not is_dig and lookup_word(tok.text) is None:
            if len(_PLAIN) < _PLAIN_MAX:
                _PLAIN.add(tok.text)
            i += 1
            continue
        got = _number_at(toks, i)
        if got is None:
            i += 1
            continue
        value, start, j, has_scale = got
        end = toks[j - 1].end
        o_start, o_end = view.to_original(start, end)
        prev = toks[i - 1].text if i else ""
        if _inside(exclude, o_start, o_end) or prev in lex.not_before:
            i = j
            continue
        if (
            is_dig
            and j == i + 1
            and (
                (j < n and toks[j].text == "/" and j + 1 < n and _is_digits(toks[j + 1]))
                or (i and toks[i - 1].text == "/" and _is_digits(toks[i - 2]))
                or (i and toks[i - 1].text == "(" and j < n and toks[j].text == ")")
            )
        ):
            i = j  # scores «2/2» and bracketed codes «(48)»
            continue
        if is_dig and j == i + 1:
            if j < n and toks[j].text == ":" and j + 1 < n and _is_digits(toks[j + 1]):
                i = j + 2  # clock time
                continue
            grouped = _GROUPED.fullmatch(tok.text) is not None  # «1,234,567» is no phone
            if (len(tok.text) > _MAX_DIGITS_PLAIN and not grouped) or (
                len(tok.text) > 1 and tok.text[0] == "0" and "." not in tok.text
            ):
                i = j
                continue
        low = high = None
        qualifier = "exact"
        # ranges: «10-20», «بين 10 و20», «من 10 إلى 20»
        k = j
        second: tuple[float, int, int, bool] | None = None
        if (
            k + 1 < n
            and toks[k].text in _DASHES
            and _is_digits(toks[k + 1])
            and toks[k].start == toks[k - 1].end
            and is_dig
        ):
            second = _number_at(toks, k + 1)
        elif (
            k < n
            and toks[k].text in ("و", "الى", "الي", "او")
            and k + 1 < n
            and (
                (_is_digits(toks[k + 1]) and toks[k + 1].start == toks[k].end)
                or (toks[k].text != "و" and _is_digits(toks[k + 1]))
            )
        ):
            if toks[k].text == "و" and prev not in ("بين", "مابين"):
                second = None
            else:
                second = _number_at(toks, k + 1)
        elif (
            k < n
            and toks[k].text.startswith(("و", "ال"))
            and prev in ("بين", "من")
            and lookup_word(toks[k].text) is not None
            and toks[k].text.startswith("و")
        ):
            second = _number_at(toks, k)
            if second is not None and second[0] <= value:
                second = None
        if second is not None and second[0] > value:
            high_v = second[0]
            low_v = value
            if second[3] and not has_scale:
                for scale in (1e9, 1e6, 1e3):
                    if high_v >= scale and low_v * scale <= high_v:
                        low_v *= scale
                        break
            low, high, qualifier = low_v, high_v, "range"
            j = second[2]
            end = toks[j - 1].end
        q_start = start
        pre = norm[max(0, start - 30) : start]
        if qualifier == "exact":
            m = before_re.search(pre)
            if m is not None:
                qualifier = _qualifiers_before().get(" ".join(m.group(1).split()), "exact")
                q_start = start - (len(pre) - m.start(1))
            elif pre.rstrip().endswith(("بين", "مابين")) and qualifier == "range":
                pass
        elif qualifier == "range":
            m = re.search(r"(?:ما\s+)?(?:بين|من)\s*$", pre)
            if m is not None:
                q_start = start - (len(pre) - m.start())
        # counted noun / unit
        counted: str | None = None
        c_start = c_end = None
        unit: str | None = None
        if j < n and toks[j].text in ("%", "\u066a", "$", "€"):
            unit = units.get(toks[j].text)
            counted, c_start, c_end = toks[j].text, toks[j].start, toks[j].end
            j += 1
        elif j < n and toks[j].start - end <= 2:
            for width in range(max_unit_words, 0, -1):
                if j + width > n:
                    continue
                phrase = " ".join(t.text for t in toks[j : j + width])
                if phrase in units:
                    unit = units[phrase]
                    counted, c_start, c_end = phrase, toks[j].start, toks[j + width - 1].end
                    j += width
                    break
            if unit is None:
                nxt = toks[j]
                if (
                    nxt.text == "من"
                    and j + 1 < n
                    and toks[j + 1].text.startswith("ال")
                    and toks[j + 1].text[0].isalpha()
                ):
                    nxt_i = j + 1
                else:
                    nxt_i = j
                cand = toks[nxt_i]
                if (
                    cand.text[0].isalpha()
                    and cand.text not in _NOUN_STOP
                    and len(cand.text) > 1
                    and (nxt_i > j or not cand.text.startswith("ال"))
                    and lookup_word(cand.text) is None
                ):
                    c_start, c_end = cand.start, cand.end
                    j = nxt_i + 1
                    if (
                        j < n
                        and toks[j].text[0].isalpha()
                        and toks[j].text not in _NOUN_STOP
                        and lookup_word(toks[j].text) is None
                        and (
                            toks[j].text in _MODIFIER_WORDS
                            or (len(toks[j].text) >= 4 and toks[j].text.endswith(_NISBA_ENDINGS))
                        )
                    ):
                        c_end = toks[j].end
                        j += 1
                    counted = norm[c_start:c_end]
        end = toks[j - 1].end
        m_after = after_re.match(norm, end) if qualifier == "exact" else None
        if m_after is not None:
            qualifier = _AFTER[" ".join(m_after.group(1).split())]
            end = m_after.end()
            while j < n and toks[j].start < end:
                j += 1
        o_start, o_end = _widen(text, *view.to_original(q_start, end))
        # a plain year-like number with nothing counted is a year the date finder missed
        if (
            qualifier == "exact"
            and is_dig
            and not has_scale
            and unit is None
            and j - i <= 2
            and counted is None
            and 1900 <= value <= 2100
            and "." not in tok.text
        ):
            i = j
            continue
        if counted is not None and c_start is not None and c_end is not None:
            cs, ce = view.to_original(c_start, c_end)
            counted, c_start, c_end = text[cs:ce], cs, ce
        out.append(
            Quantity(
                value=None if qualifier == "range" else value,
                start=o_start,
                end=o_end,
                text=text[o_start:o_end],
                low=low if qualifier == "range" else (value if qualifier == "at_least" else None),
                high=high if qualifier == "range" else (value if qualifier == "at_most" else None),
                qualifier=qualifier,
                approximate=qualifier == "approximate",
                counted=counted,
                counted_start=c_start,
                counted_end=c_end,
                unit=unit,
            )
        )
        i = max(j, i + 1)
    return out
