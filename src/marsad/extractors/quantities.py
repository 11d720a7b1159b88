"""Claimed figures: number + scale + counted noun, with approximate/bound qualifiers.

«يقدّر بحوالي 900 مقاتل أمريكي» → 900, approximate, counted «مقاتل أمريكي». Matching runs
on the normalised view (one form per letter, Western digits) and maps spans back to the
published text. Years and date parts are not figures: the time finder's spans are excluded.
Tokens come from the shared tokeniser (``marsad.arabic.tokenize``) in its figure mode, which
keeps «1 234 567», «١،٢٣٤», «1e10» and «.5» whole.
"""

from __future__ import annotations

import contextlib
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache

from marsad.arabic.normalize import DELETED_CHARS, NormalizedText, normalize, normalized_view
from marsad.arabic.tokenize import Token, tokenize
from marsad.extractors.numbers import (
    NumberWord,
    combine,
    lookup_word,
    number_lexicon,
    parse_digits,
)
from marsad.lexicon import load_json
from marsad.model import Quantity

_DIGIT_START = re.compile(r"\.?\d")
_POWER_RE = re.compile(r"\^([+-]*)(\d+(?:[.,]\d+)?)")
_DASHES = frozenset("-–—")
_RANGE_DASHES = _DASHES | {"~"}
# «وأثنى», «فأثنى»: hamza-on-alif and a final «ى» spell the verb to praise; the number is
# written «اثني/اثنى/إثنين» and, alone, before its noun
_PRAISE_VERB = re.compile(r"[وف]?أثنى")
_MAX_DIGITS_PLAIN = 8  # longer bare digit runs are phone numbers or ids
_GROUPED = re.compile(r"\d{1,3}(?:[,\u066c\u060c]\d{3})+")
# «1,234.56», «26،013,94», «1.234,5»: groups of three split by one mark, then a different mark
# before the decimals (the last mark of two kinds is the decimal separator)
_MIXED_MARKS = re.compile(
    r"(\d{1,3}(?:([,.\u066c\u060c])\d{3})(?:\2\d{3})*)([,.\u066b])(\d+)"
)

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


@cache
def _qualifiers_before() -> dict[str, str]:
    """Built-in qualifier phrases plus the bound phrases of ``data/numbers.json``."""
    bounds = load_json("numbers.json").get("bounds", {})
    return _BEFORE | {" ".join(normalize(k).split()): v for k, v in bounds.items()}


@cache
def _qualifiers_after() -> dict[str, str]:
    """Built-in phrases after a number plus ``bounds_after`` of ``data/numbers.json``."""
    bounds = load_json("numbers.json").get("bounds_after", {})
    return _AFTER | {" ".join(normalize(k).split()): v for k, v in bounds.items()}


def _alternation(phrases: Sequence[str]) -> str:
    return "|".join(
        re.escape(k).replace(r"\ ", r"\s*" if not re.search(r"[^\W\d_]", k) else r"\s+")
        for k in sorted(phrases, key=len, reverse=True)
    )


@cache
def _qualifier_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    phrases = list(_qualifiers_before())
    words = _alternation([k for k in phrases if re.search(r"[^\W\d_]", k)])
    symbols = _alternation([k for k in phrases if not re.search(r"[^\W\d_]", k)])
    after = _alternation(list(_qualifiers_after()))
    # a phrase may take «و» («وأقل من 10»); symbols («>=», «<») need no word boundary
    return (
        re.compile(rf"(?:(?<![^\W\d_])و?(?P<q>{words})|(?P<s>{symbols}))\s*$"),
        re.compile(rf"\s*[،,]?\s*({after})(?![^\W\d_])(?!\s*(?:من|عن)?\s*\d)"),
    )


@cache
def _not_before_exceptions() -> frozenset[str]:
    return frozenset(load_json("numbers.json").get("not_quantity_before_exceptions", []))


@dataclass(slots=True, frozen=True)
class _Extra:
    """Number data only this finder reads (the shared lexicon also feeds the time finder,
    where «صفر» is a month): dual fractions and the zero words with their vetoes."""

    dual_fractions: dict[str, float]
    zero: frozenset[str]
    zero_not_after: frozenset[str]
    definite_cardinals: dict[str, float]
    # «ثلثي أعضاء المجلس»: fractions read before any noun; «ثلاث سنوات ونصف», «ساعة ونصف»
    fraction_before_noun: dict[str, float]
    half_fractions: dict[str, float]
    half_nouns: dict[str, float]
    vague_counts: dict[str, float]  # «عشرات القتلى», «مئات الآلاف»: a span of values
    vague_count_leads: frozenset[str]
    definite_tens: dict[str, float]  # «الأعوام الثلاثين»: after a plural noun only
    plural_nouns: frozenset[str]
    age_leads: frozenset[str]  # «يبلغ الثانية والثلاثين»: an age as an ordinal
    age_ordinals: dict[str, float]
    designations: frozenset[str]  # «إف 35», «إس-400»: a model, not a figure
    one_words: frozenset[str]  # «واحدا بالمئة»
    # «نصف تلك الصواريخ»: a fraction before a demonstrative and a definite noun
    demonstratives: frozenset[str] = frozenset()
    vague_clitics: tuple[str, ...] = ()  # «بمئات الآلاف», «لعشرات الآلاف», «للآلاف»
    one_after_units: frozenset[str] = frozenset()  # «يوم واحد», «دولار واحد»
    # «عشر دقائق», «سبع سنوات»: counts that are also other words, before a plural noun
    bare_counts: dict[str, float] = field(default_factory=lambda: {"عشر": 10.0})
    ten_nouns: frozenset[str] = frozenset()  # «عشر دقائق»: broken plurals «عشر» counts
    # «ربع ساعة», «نصف قرن», «نصف عدد السكان»: indefinite nouns a fraction heads
    fraction_heads: frozenset[str] = frozenset()


@cache
def _extra() -> _Extra:
    raw = load_json("numbers.json")
    return _Extra(
        dual_fractions={normalize(k): float(v) for k, v in raw.get("dual_fractions", {}).items()},
        zero=frozenset(normalize(w) for w in raw.get("zero", [])),
        zero_not_after=frozenset(normalize(w) for w in raw.get("zero_not_after", [])),
        definite_cardinals={
            normalize(k): float(v) for k, v in raw.get("definite_cardinals", {}).items()
        },
        fraction_before_noun={
            normalize(k): float(v) for k, v in raw.get("fraction_before_noun", {}).items()
        },
        half_fractions={normalize(k): float(v) for k, v in raw.get("half_fractions", {}).items()},
        half_nouns={normalize(k): float(v) for k, v in raw.get("half_nouns", {}).items()},
        vague_counts={normalize(k): float(v) for k, v in raw.get("vague_counts", {}).items()},
        vague_count_leads=frozenset(normalize(w) for w in raw.get("vague_count_leads", [])),
        definite_tens={normalize(k): float(v) for k, v in raw.get("definite_tens", {}).items()},
        plural_nouns=frozenset(normalize(w) for w in raw.get("plural_nouns", [])),
        age_leads=frozenset(normalize(w) for w in raw.get("age_leads", [])),
        age_ordinals={normalize(k): float(v) for k, v in raw.get("age_ordinals", {}).items()},
        designations=frozenset(normalize(w) for w in raw.get("designation_prefixes", [])),
        one_words=frozenset(normalize(w) for w in raw.get("one_words", [])),
        one_after_units=frozenset(normalize(w) for w in raw.get("one_after_units", [])),
        bare_counts={normalize(k): float(v)
                     for k, v in raw.get("bare_counts", {"عشر": 10}).items()},
        demonstratives=frozenset(normalize(w) for w in raw.get("fraction_demonstratives", [])),
        vague_clitics=tuple(normalize(w) for w in raw.get("vague_count_clitics", [])),
        ten_nouns=frozenset(normalize(w) for w in raw.get("bare_ten_nouns", [])),
        fraction_heads=frozenset(normalize(w) for w in raw.get("fraction_heads", [])),
    )


def _half_tail(toks: list[Token], j: int, noun: str) -> tuple[float, int] | None:
    """«ونصف» (or «و نصف», «وربع») closing a counted noun: (the fraction, next index). The
    noun may be repeated after it («عامين ونصف عام», «ونصف الساعة»); a number or another
    definite noun after it is a new phrase («ونصف مليون», «ونصف السكان»)."""
    n = len(toks)
    if j >= n:
        return None
    word, k = toks[j].text, j
    if word == "و" and j + 1 < n and toks[j + 1].start - toks[j].end <= 2:
        k = j + 1
        word = toks[k].text
    elif word.startswith("و"):
        word = word[1:]
    else:
        return None
    frac = _extra().half_fractions.get(word)
    if frac is None:
        return None
    k += 1
    if k < n and toks[k].start - toks[k - 1].end <= 2:
        nxt = toks[k].text
        bare = nxt[2:] if nxt.startswith("ال") else nxt
        if bare == noun or bare in _extra().half_nouns:
            k += 1
        elif lookup_word(nxt) is not None or nxt.startswith("ال"):
            return None
    return frac, k


_RLM_DECIMAL = re.compile(r"(\d+)[.,\u066b]\u200f(\d+)")


def _rlm_decimal(text: str, start: int, end: int) -> float | None:
    """«3.\u200f0», «24.\u200f20585»: a decimal whose parts a right-to-left mark swapped in
    publishing (0.3, 20585.24); the value it stands for, or None."""
    m = _RLM_DECIMAL.fullmatch(text, start, end)
    if m is None:
        return None
    return float(f"{m.group(2)}.{m.group(1)}")


_NOUN_ARTICLE = ("ال", "وال", "بال", "فال", "لل")
_POSSESSIVE = ("ها", "هم", "هن", "نا")


def _noun_before_cardinal(toks: list[Token], i: int) -> bool:
    """Token ``i`` (a definite cardinal) follows its noun: «أطفالها الثلاثة», «الدول الثلاث»
    (a definite or possessed word that is no number and no function word)."""
    if not i or toks[i].start - toks[i - 1].end > 2:
        return False
    prev = toks[i - 1].text
    return (
        len(prev) > 3
        and (prev.startswith(_NOUN_ARTICLE) or prev.endswith(_POSSESSIVE))
        and prev not in _NOUN_STOP
        and lookup_word(prev) is None
        and prev not in _extra().definite_cardinals
    )


def _plural(noun: str) -> bool:
    """A definite noun that is a plural: a sound plural ending or a listed broken plural
    («الأعوام»), so a definite ten after it is a cardinal, not an ordinal («العام الثلاثين»)."""
    return noun in _extra().plural_nouns or (
        len(noun) > 5 and noun.endswith(("ات", "ين", "ون")) and not noun.endswith("يين"))


def _designation(toks: list[Token], i: int) -> bool:
    """Digits at ``i`` name a model or a name: «إف 35», «إس-400», «F-16», «B1», «S300»
    (Latin letters glued to them), «فورمولا 1», «فرانس24»."""
    k = i - 1
    dash = k >= 0 and toks[k].text in _DASHES and toks[k].end == toks[i].start
    if dash:
        k -= 1
    if k < 0 or toks[i].start - toks[k].end > 2:
        return False
    word = toks[k].text
    glued = toks[k].end == toks[i].start
    return word in _extra().designations or (
        (dash or glued) and word.isascii() and word.isalpha() and len(word) <= 3)


@cache
def _bound_words() -> frozenset[str]:
    """First words of bound phrases: never a counted noun («أكثر من 40 وأقل من 10»)."""
    first = {k.split()[0] for k in (*_qualifiers_before(), *_qualifiers_after()) if k.split()}
    return frozenset(first | {"و" + w for w in first} | {"يساوي", "تساوي"})


@cache
def _sub_units() -> dict[str, dict[str, float]]:
    """Money sub-units of ``units.json`` (normalised word → {currency code or «*»: share})."""
    raw: dict[str, dict[str, float]] = load_json("units.json").get("sub_units", {})
    return {normalize(k): {c: float(r) for c, r in v.items()} for k, v in raw.items()}


def _sub_unit_tail(toks: list[Token], j: int, currency: str) -> tuple[float, int] | None:
    """«20 دولار و43 سنت», «3 جنيهات و50 قرشا»: after a sum of money, «و», a count
    and a sub-unit of that currency add their share. Returns (amount, next index)."""
    n = len(toks)
    if j + 1 >= n or not toks[j].text.startswith("و"):
        return None
    k = j + 1 if toks[j].text in number_lexicon().connectors else j
    sub = _number_at(toks, k) if k < n else None
    if sub is None or sub[2] >= n:
        return None
    shares = _sub_units().get(toks[sub[2]].text)
    share = shares.get(currency, shares.get("*")) if shares else None
    if share is None or toks[sub[2]].start - toks[sub[2] - 1].end > 2:
        return None
    return sub[0] * share, sub[2] + 1


@cache
def _units() -> tuple[dict[str, str], int]:
    raw: dict[str, str] = load_json("units.json")["units"]
    units = {normalize(k): v for k, v in raw.items()}
    return units, max(len(k.split()) for k in units)


# Tokens known to be neither digits nor number words (a pure function of the token and the
# packaged number lexicon): most tokens of an article are skipped by one set look-up.
_PLAIN: set[str] = set()
_PLAIN_MAX = 200_000


def _is_digits(tok: Token) -> bool:
    return bool(_DIGIT_START.match(tok.text))


def _digit_value(text: str) -> float | None:
    """``parse_digits``, plus grouped digits with a different decimal mark («1,234.56»): with
    two kinds of mark the last one is the decimal separator, the other groups thousands."""
    value = parse_digits(text)
    if value is None and (m := _MIXED_MARKS.fullmatch(text)) is not None and (
        m.group(2) != m.group(3)
    ):
        value = float(re.sub(r"\D", "", m.group(1)) + "." + m.group(4))
    return value


# what may follow «و» inside one number: «ثلاثة وعشرون», «مائة وخمسة», «ألف ومائتان»; a unit
# after a unit or a ten («عشرة وخمسة عشر», «عشرون وثلاثة أخماس») starts something else
_AFTER_WAW: dict[str, frozenset[str]] = {
    "unit": frozenset({"ten", "fraction"}),
    "ten": frozenset({"fraction"}),
    "teen_tail": frozenset({"fraction"}),
    "fraction": frozenset(),
    "hundred": frozenset({"unit", "ten", "teen_tail", "fraction"}),
    "scale": frozenset({"unit", "ten", "teen_tail", "hundred", "scale", "dual_scale", "fraction"}),
    "dual_scale": frozenset(
        {"unit", "ten", "teen_tail", "hundred", "scale", "dual_scale", "fraction"}
    ),
    "digits": frozenset(),
}


def _bare(token: str) -> str:
    found = lookup_word(token)
    return token[found[0] :] if found else token


def _fraction_tail(toks: list[Token], j: int, parts: list[NumberWord]) -> tuple[float, int] | None:
    """A fraction closing a number: «ثلاثة أخماس» (the number over a denominator), or a whole,
    «و» and a fraction «عشرون وثلاثة أخماس», «ثلاثة وخمس». Returns (value, next index)."""
    lex = number_lexicon()
    n = len(toks)
    if j >= n:
        return None
    words_only = parts[0].kind != "digits"
    den = lex.denominators.get(toks[j].text)
    plural = den is not None and lookup_word(toks[j].text) is None
    if den is not None and (plural or words_only):
        if len(parts) > 1 and parts[-1].kind == "unit" and parts[-2].kind in (
            "hundred", "scale", "dual_scale"
        ):
            # «مئة وثلاثة أرباع» is 100¾; «مئة وثلاثون أخماس» is 130/5
            return combine(parts[:-1]) + parts[-1].value / den, j + 1
        if not any(p.kind in ("scale", "dual_scale") for p in parts):
            return combine(parts) / den, j + 1
    # «و» (attached or apart) then a numerator and a plural denominator, or a lone fraction
    k = j
    word = toks[k].text
    if word in lex.connectors and k + 1 < n:
        k += 1
        word = toks[k].text
    elif word.startswith("و") and len(word) > 2:
        word = word[1:]
    else:
        return None
    if k == j and not toks[j].text.startswith("و"):
        return None
    whole = combine(parts)
    num = lex.words.get(word)
    if num is not None and num.kind == "unit" and k + 1 < n:
        den = lex.denominators.get(toks[k + 1].text)
        if den is not None and lookup_word(toks[k + 1].text) is None:
            return whole + num.value / den, k + 2
    den = lex.denominators.get(word)
    if den is not None and words_only and parts[-1].kind == "unit":
        return whole + 1 / den, k + 1  # «ثلاثة وخمس» 3.2
    dual = _extra().dual_fractions.get(word)
    if dual is not None and words_only and (num is None or parts[-1].kind == "ten"):
        return whole + dual, k + 1  # «مائة وثلاثون وخُمسَين» 130.4 (a ten cannot follow a ten)
    return None


def _dozens_after_hundred(last: NumberWord, word: NumberWord) -> bool:
    """«ثلاث مائة ودزينتين»: a dozen word (a "scale" below a hundred) after a hundred adds its
    count; a real scale after a hundred is not joined by «و» in Arabic."""
    return last.kind == "hundred" and word.kind in ("scale", "dual_scale") and word.value < 100


_SCALE_GRAIN = {"scale": 1.0, "dual_scale": 0.5}


def _scale_tail(toks: list[Token], i: int, j: int, last: NumberWord) -> tuple[float, int] | None:
    """The rest of a number after a scale or a hundred at ``j``: «3 آلاف و500», «مليون و200
    ألف», «٣ مئة و ٢١» (news writes the smaller part in digits after «و»), and a hundreds
    group after a thousands scale without «و» («ألف خمس مائة», «٤ آلاف ٣ مائة و ٢١»). The
    rest must be smaller than the scale («3 آلاف و5 آلاف» are two figures), and after «بين»
    the «و» joins the two ends of a range («بين 10 آلاف و20»). Returns (value, next index)."""
    n = len(toks)
    grain = 100.0 if last.kind == "hundred" else last.value * _SCALE_GRAIN.get(last.kind, 0.0)
    if not grain or j + 1 >= n or toks[j].start - toks[j - 1].end > 2 or (
        i and toks[i - 1].text in ("بين", "مابين")
    ):
        return None
    if toks[j].text in number_lexicon().connectors:
        if not _is_digits(toks[j + 1]) or toks[j + 1].start - toks[j].end > 1:
            return None
        k = j + 1
    elif grain >= 1000 and last.kind != "hundred" and _hundreds_group(toks, j):
        k = j
    else:
        return None
    sub = _number_at(toks, k)
    if sub is None or not sub[0].is_integer() or not 0 < sub[0] < grain:
        return None
    return sub[0], sub[2]


def _hundreds_group(toks: list[Token], j: int) -> bool:
    """A hundreds group starts at ``j``: «خمسمائة», «خمس مائة», «٣ مائة» (no clitic)."""
    first = lookup_word(toks[j].text)
    if first is not None and first[0] == 0 and first[1].kind == "hundred":
        return True
    if not (_is_digits(toks[j]) or (first is not None and first[0] == 0
                                    and first[1].kind == "unit")):
        return False
    second = lookup_word(toks[j + 1].text) if j + 1 < len(toks) else None
    return second is not None and second[0] == 0 and second[1].kind == "hundred"


def _bare_ten(toks: list[Token], i: int, j: int) -> bool:
    """«عشر» at ``i`` (the ten without «ة») counts the indefinite plural after it («عشر
    دقائق», «بعد عشر سنوات»), not after an ordinal or a number («التاسع عشر»), nor before a
    definite word («عشر الميزانية», a tenth) or a number."""
    if j >= len(toks) or toks[j].start - toks[i].end > 2:
        return False
    if i and toks[i].start - toks[i - 1].end <= 2 and (
            toks[i - 1].text.startswith(("ال", "وال", "بال", "لل")) or _is_digits(toks[i - 1])
            or lookup_word(toks[i - 1].text) is not None):
        return False
    noun = toks[j].text
    return (noun[:1].isalpha() and not noun.startswith("ال") and lookup_word(noun) is None
            and noun not in _NOUN_STOP and (noun.endswith(("ات", "ين", "ون"))
                                            or noun in _extra().ten_nouns))


def _number_at(toks: list[Token], i: int) -> tuple[float, int, int, bool] | None:
    """Read one number starting at token ``i``: (value, start offset, next index, has_scale)."""
    lex = number_lexicon()
    parts: list[NumberWord] = []
    start = toks[i].start
    j = i
    if _is_digits(toks[i]):
        value = _digit_value(toks[i].text)
        if value is None:
            return None
        parts.append(NumberWord(value, "digits"))
        j = i + 1
    has_scale = False
    while j < len(toks):
        top = j
        spaced = False
        if parts and (tail := _scale_tail(toks, i, j, parts[-1])) is not None:
            parts.append(NumberWord(tail[0], "digits"))
            has_scale, j = True, tail[1]
            break
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
            j = top
            break
        prefix, word = found
        if spaced:
            prefix = 1
        if parts and prefix and not (spaced or toks[j].text.startswith("و")):
            j = top
            break  # «بخمسة» after a number starts something else
        dozens = bool(parts) and _dozens_after_hundred(parts[-1], word)
        if not parts:
            if prefix and not toks[j].text.startswith(("و", "ب", "ل", "ف")):
                j = top
                break
            start = toks[j].start + prefix
        elif parts[-1].kind == "digits" and word.kind not in ("scale", "dual_scale") and not (
            word.kind == "hundred" and word.value == 100 and not prefix
        ):
            j = top
            break  # «900 ثلاثة» is two numbers; «322 مائة» is one
        elif prefix == 0 and word.kind not in ("scale", "dual_scale", "teen_tail", "hundred"):
            j = top
            break  # units/tens after a number need «و»
        elif prefix and not dozens and (
            word.kind not in _AFTER_WAW.get(parts[-1].kind, frozenset())
            or (word.kind in ("scale", "dual_scale")
                and parts[-1].kind in ("scale", "dual_scale") and word.value >= parts[-1].value)
        ):
            j = top
            break  # «عشرة وخمسة عشر» are two numbers
        if dozens:
            word = NumberWord(word.value, "digits")  # «ثلاث مائة ودزينتين» 324: a count here
        elif (parts and not prefix and word.kind == "hundred" and word.value == 100
              and parts[-1].kind in ("ten", "teen_tail")):
            # «خمسة وتسعون مائة» is 95 hundreds (9500), as «322 مائة» is 32200: a hundred
            # after a finished ten multiplies it (the sum is written «مائة وخمسة وتسعون»)
            parts = [NumberWord(combine(parts), "digits")]
        if (parts[-1:] and parts[-1].kind == "fraction" and word.kind == "scale" and not prefix
                and any(p.kind == "scale" and p.value == word.value for p in parts[:-1])):
            j += 1  # «مليار ونصف مليار»: the fraction's own noun, not a second scale
            break
        has_scale = has_scale or word.kind in ("scale", "dual_scale")
        parts.append(word)
        j += 1
    if not parts:
        return None
    tail = _fraction_tail(toks, j, parts)
    if tail is not None:
        return tail[0], start, tail[1], has_scale
    if len(parts) == 1 and parts[0].kind != "digits":
        bare = _bare(toks[i].text)
        following = toks[j].text if j < len(toks) else ""
        if (
            bare in lex.fraction_before_definite
            and following.startswith("ال")
            and len(following) > 3
            and following not in lex.fraction_not_before
            and lookup_word(following[2:]) is None
        ):
            return lex.fraction_before_definite[bare], start, j, has_scale  # «نصف السكان»
        if (
            bare in lex.fraction_before_definite
            and following in _extra().demonstratives
            and j + 1 < len(toks)
            and toks[j + 1].text.startswith("ال")
            and lookup_word(toks[j + 1].text[2:]) is None
        ):
            return lex.fraction_before_definite[bare], start, j, has_scale  # «نصف تلك الصواريخ»
        if (bare in _extra().half_fractions and following in _extra().fraction_heads
                and not toks[i].text.startswith("و") and not (i and toks[i - 1].text == "و")):
            # «عامين ونصف عام» is the count's own half (``_half_tail``)
            return _extra().half_fractions[bare], start, j, has_scale  # «ربع ساعة», «نصف عدد»
        if bare in _extra().bare_counts and _bare_ten(toks, i, j):
            return _extra().bare_counts[bare], start, j, has_scale  # «عشر دقائق», «سبع سنوات»
        if (
            bare in _extra().fraction_before_noun
            and following[:1].isalpha()
            and lookup_word(following) is None
        ):
            return _extra().fraction_before_noun[bare], start, j, has_scale  # «ثلثي أعضاء»
        if bare in lex.standalone_ignored or (parts[0].kind == "teen_tail" and bare != "عشره"):
            if bare in _extra().one_words and j < len(toks) and (
                    toks[j].start - toks[j - 1].end <= 2 and _unit_at(toks, j, *_units())):
                return 1.0, start, j, has_scale  # «واحدا بالمئة»
            if parts[0].kind == "unit" and (
                _division(toks, j, parts[0].value, True) is not None
                or (i and toks[i - 1].text in lex.negative)  # «سالب واحد»
            ):
                return parts[0].value, start, j, has_scale  # «واحد على عشرين»
            return None
    return combine(parts), start, j, has_scale


def _in_address(norm: str, start: int, end: int) -> bool:
    """Digits inside a web or e-mail address («haj.gov.sa/eservices3», «Abdookhal2@yahoo.com»,
    «www.site24.com»): the unbroken Latin run around them holds a letter and «@», «/» or
    «www.»; such digits are no figures."""
    a, b = start, end
    while a and norm[a - 1].isascii() and not norm[a - 1].isspace():
        a -= 1
    while b < len(norm) and norm[b].isascii() and not norm[b].isspace():
        b += 1
    run = norm[a:b]
    return any(c.isascii() and c.isalpha() for c in run) and (
        "@" in run or "/" in run or "www." in run.lower())


def _strip_clitic(token: str) -> str:
    """«وصفر» → «صفر»: the token less a clitic prefix of the number lexicon, if any."""
    for prefix in number_lexicon().prefixes:
        if token.startswith(prefix) and len(token) > len(prefix) + 1:
            return token[len(prefix) :]
    return token


def _definite_base(token: str) -> tuple[str, int]:
    """«للأربعة» → («الأربعة», 1), «بالخمسة» → («الخمسة», 1): a definite word less its
    proclitic, and where the word (with its article) starts in the token."""
    if token.startswith("لل"):
        return "ال" + token[2:], 1
    if token.startswith("ولل"):
        return "ال" + token[3:], 2
    for clitic in ("وب", "و", "ب", "ف"):
        if token.startswith(clitic + "ال"):
            return token[len(clitic):], len(clitic)
    return token, 0


def _definite_scaled(toks: list[Token], i: int) -> tuple[float, int, int, bool] | None:
    """A definite cardinal right before a scale: «للأربعة مليارات» 4e9 (``_number_at``'s
    shape)."""
    base, skip = _definite_base(toks[i].text)
    card = _extra().definite_cardinals.get(base)
    if card is None or i + 1 >= len(toks) or toks[i + 1].start - toks[i].end > 2:
        return None
    found = lookup_word(toks[i + 1].text)
    if found is None or found[0] or found[1].kind != "scale":
        return None
    return card * found[1].value, toks[i].start + skip, i + 2, True


@lru_cache(maxsize=65536)
def _maybe_word(token: str) -> bool:
    """Could ``token`` be a figure though it is no cardinal word: a zero word («صفر»,
    «وصفر») or a definite ten or fraction («الثلاثين», «النصف», read after a bound only).
    A pure function of the token, so the others stay in the finder's skip set."""
    if (_strip_clitic(token) in _extra().zero or token in _extra().zero
            or _definite_base(token)[0] in _extra().definite_cardinals):
        return True
    found = lookup_word(token[2:]) if token.startswith("ال") else None
    return found is not None and not found[0] and found[1].kind in ("ten", "fraction")


def _bound_before(norm: str, start: int) -> bool:
    """A bound phrase («فوق», «أكثر من», «أقل من») ends just before ``start``."""
    m = _qualifier_res()[0].search(norm[max(0, start - 30) : start])
    if m is None or m.group("q") is None:
        return False
    phrase = " ".join(m.group("q").split())
    return phrase != "حتي" and _qualifiers_before().get(phrase) in ("at_least", "at_most")


def _unit_at(toks: list[Token], j: int, units: dict[str, str], width: int) -> bool:
    """A unit of ``units.json`` starts at token ``j`` («كيلو غرام», «دولار»)."""
    return any(
        " ".join(t.text for t in toks[j : j + w]) in units
        for w in range(min(width, len(toks) - j), 0, -1)
    )


def _word_figure(toks: list[Token], i: int, norm: str, units: dict[str, str],
                 width: int) -> tuple[float, int, int, bool] | None:
    """Words that are figures only in some places (``_number_at``'s shape):

    - zero «صفر», unless a date or a score is around it (``zero`` in ``numbers.json``);
    - a fraction that is never a cardinal («نصف», «ربع», «ثلث») before a unit («ربع كيلو
      غرام») or after a bound («أكبر من ربع»);
    - a definite ten or fraction after a bound: «فوق الثلاثين» (an age), «أكثر من النصف»;
    - a definite cardinal after its noun: «أطفالها الثلاثة», «أعضاء المجلس الخمسة عشر».
    """
    lex, extra = number_lexicon(), _extra()
    tok = toks[i].text
    n = len(toks)
    nxt = toks[i + 1] if i + 1 < n else None
    if _strip_clitic(tok) in extra.zero or tok in extra.zero:
        prev = toks[i - 1] if i else None
        beside = [t for t in (prev, nxt) if t is not None]
        if any(_is_digits(t) or t.text in _DASHES for t in beside) or (
            prev is not None and prev.text in extra.zero_not_after
        ):
            return None  # «16 صفر 1445», «شهر صفر», scores «2-صفر», «(3- صفر)»
        start = toks[i].end - len(_strip_clitic(tok)) if tok not in extra.zero else toks[i].start
        return 0.0, start, i + 1, False
    if tok in extra.one_words and i and toks[i].start - toks[i - 1].end <= 2 and (
            toks[i - 1].text in extra.one_after_units
            or _strip_clitic(toks[i - 1].text) in extra.one_after_units):
        return 1.0, toks[i - 1].start, i + 1, False  # «بعد يوم واحد من لقائه»
    scaled = _definite_scaled(toks, i)
    if scaled is not None:
        return scaled  # «للأربعة مليارات»
    card = extra.definite_cardinals.get(tok)
    if card is not None:
        if not _noun_before_cardinal(toks, i):
            return None
        j = i + 1
        if nxt is not None and nxt.text in ("عشر", "عشره"):  # «الخمسة عشر»
            card, j = card + 10, j + 1
        elif nxt is not None and nxt.text.startswith("وال") and (
            (ten := lookup_word(nxt.text[3:])) is not None and not ten[0]
            and ten[1].kind == "ten"
        ):
            card, j = card + ten[1].value, j + 1  # «الأربع والعشرين»
        return card, toks[i].start, j, False
    tens = extra.definite_tens.get(tok)
    if tens is not None and _noun_before_cardinal(toks, i) and _plural(toks[i - 1].text):
        return tens, toks[i].start, i + 1, False  # «الأعوام الثلاثين»
    word = lookup_word(tok[2:]) if tok.startswith("ال") else None
    if word is not None:
        value = word[1].value
    elif tok in lex.standalone_ignored and (found := lookup_word(tok)) is not None and (
        found[1].kind == "fraction"
    ):
        value = found[1].value
        if _unit_at(toks, i + 1, units, width) and nxt is not None and (
            nxt.start - toks[i].end <= 2
        ):
            return value, toks[i].start, i + 1, False  # «ربع كيلو غرام»
    else:
        return None
    if not _bound_before(norm, toks[i].start):
        return None
    return value, toks[i].start, i + 1, False


def _division(toks: list[Token], j: int, numerator: float, words: bool) -> tuple[float, int] | None:
    """«واحد على عشرين», «١ جزء من ثلاثة», «واحد من مائة»: a fraction X/Y.

    A proper fraction always; an improper one only where the phrase cannot be a score or a
    share: «مئة أجزاء من خمسة وثلاثين» (parts say division), or words on both sides of «على»
    («مائة على خمسة وثلاثين»). Digits around «على» stay two figures («فاز 3 على 1»), and «من»
    after a number is a share only when proper («ثلاثة من عشرة»)."""
    lex = number_lexicon()
    n = len(toks)
    for phrase in lex.division + (("من",) if words else ()):
        width = phrase.count(" ") + 1
        if j + width < n and " ".join(t.text for t in toks[j : j + width]) == phrase:
            second = _number_at(toks, j + width)
            if second is None or not second[0]:
                continue
            improper_ok = " " in phrase or (
                words and phrase != "من" and not _is_digits(toks[j + width]))
            if numerator < second[0] or improper_ok:
                return numerator / second[0], second[2]
    return None


def _slash_fraction(toks: list[Token], k: int) -> tuple[float, int] | None:
    """«3/4» at token ``k``: a proper fraction written with a slash (not a date «5/17/2018»)."""
    n = len(toks)
    if not (k + 2 < n and toks[k + 1].text == "/" and _is_digits(toks[k])
            and _is_digits(toks[k + 2]) and toks[k + 1].start == toks[k].end
            and toks[k + 2].start == toks[k + 1].end):
        return None
    if (k + 3 < n and toks[k + 3].text == "/") or (k and toks[k - 1].text == "/"):
        return None
    num, den = parse_digits(toks[k].text), parse_digits(toks[k + 2].text)
    if num is None or not den or not num.is_integer() or not 0 < num < den:
        return None
    return num / den, k + 3


def _next_token(toks: list[Token], j: int, offset: int) -> int:
    while j < len(toks) and toks[j].start < offset:
        j += 1
    return j


_BETWEEN_BOUNDS = re.compile(r"\s*[،,]?\s*(?:و|او|أو)?\s*")


def _join_bounds(text: str, out: list[Quantity]) -> list[Quantity]:
    """«أكبر من 10 وأصغر من 20», «على الأكثر 100 وعلى الأقل 20»: a lower and an upper bound
    joined by «و» are one range (when the lower end is below the upper)."""
    joined: list[Quantity] = []
    for q in out:
        last = joined[-1] if joined else None
        if (
            last is not None
            and {last.qualifier, q.qualifier} == {"at_least", "at_most"}
            and _BETWEEN_BOUNDS.fullmatch(text[last.end : q.start]) is not None
        ):
            lo, hi = (last, q) if last.qualifier == "at_least" else (q, last)
            if lo.low is not None and hi.high is not None and lo.low < hi.high:
                joined[-1] = Quantity(
                    value=None, start=last.start, end=q.end, text=text[last.start : q.end],
                    low=lo.low, high=hi.high, qualifier="range", counted=q.counted or last.counted,
                    counted_start=q.counted_start if q.counted else last.counted_start,
                    counted_end=q.counted_end if q.counted else last.counted_end,
                    unit=q.unit or last.unit,
                )
                continue
        joined.append(q)
    return joined


_BETWEEN_BEFORE = re.compile(r"(?<![^\W\d_])(?:ما\s*)?بين\s*$")
_BETWEEN_ENDS = re.compile(r"\s*(?:و|[إا]ل[ىي]|-)\s*")


def _join_between(text: str, out: list[Quantity]) -> list[Quantity]:
    """«بين 500 مليون دولار إلى مليار دولار», «بين 20 دولارا و30 دولارا»: two figures of the
    same unit or noun after «بين», joined by «و» or «إلى», are one range (the range reader
    only joins ends with nothing between them). Only «بين»: «من 5 دولارات إلى 7» is a
    change as often as a range."""
    joined: list[Quantity] = []
    for n, q in enumerate(out):
        last = joined[-1] if joined else None
        after = out[n + 1] if n + 1 < len(out) else None
        if (
            last is not None
            # «بين خمسة أعوام وسبعة أعوام وعشرة أعوام» lists three figures: no range
            and not (after is not None and after.unit == q.unit and after.counted == q.counted
                     and _BETWEEN_ENDS.fullmatch(text[q.end : after.start]) is not None)
            and last.qualifier == q.qualifier == "exact"
            and last.value is not None and q.value is not None and last.value < q.value
            and ((last.unit is not None and last.unit == q.unit)
                 or (last.counted is not None and last.counted == q.counted))
            and _BETWEEN_ENDS.fullmatch(text[last.end : q.start]) is not None
            and (m := _BETWEEN_BEFORE.search(text, max(0, last.start - 12), last.start))
        ):
            joined[-1] = Quantity(
                value=None, start=m.start(), end=q.end, text=text[m.start() : q.end],
                low=last.value, high=q.value, qualifier="range", counted=q.counted,
                counted_start=q.counted_start, counted_end=q.counted_end, unit=q.unit,
            )
            continue
        joined.append(q)
    return joined


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
    toks = tokenize(norm, figures=True)  # the shared tokeniser, numbers read as figures
    lex = number_lexicon()
    before_re, after_re = _qualifier_res()
    units, max_unit_words = _units()
    out: list[Quantity] = []
    rlm = "\u200f" in text
    vague, and_vague = _extra().vague_counts, _clitic_vague()
    starts = _vague_starts("عمر" in norm)  # «في الخامسة والعشرين من عمره» needs it
    marked: list[int] = []  # where a vague count or an age may start
    i = 0
    n = len(toks)
    while i < n:
        tok = toks[i]
        if tok.text in starts:
            marked.append(i)
        if tok.text in _PLAIN:
            i += 1
            continue
        is_dig = _is_digits(tok)
        if tok.text in vague or tok.text in and_vague or (
                is_dig and ((i and _designation(toks, i))
                            or _in_address(norm, tok.start, tok.end))):
            i += 1  # «ملايين المهاجرين» is a vague count (``_vague_counts``), «إف 35» a model
            continue
        if not is_dig and lookup_word(tok.text) is None and not _maybe_word(tok.text):
            if len(_PLAIN) < _PLAIN_MAX:
                _PLAIN.add(tok.text)
            i += 1
            continue
        got = _number_at(toks, i) or _word_figure(toks, i, norm, units, max_unit_words)
        if got is None:
            i += 1
            continue
        value, start, j, has_scale = got
        if j == i + 1 and not is_dig and _PRAISE_VERB.fullmatch(
                text, *view.to_original(tok.start, tok.end)):
            i += 1  # «أثنى الرئيس على»: the verb to praise, not «اثني» (two) read alone
            continue
        if rlm and is_dig:
            t0, t1 = view.to_original(tok.start, tok.end)
            swapped = _rlm_decimal(text, t0, t1)
            plain = _digit_value(tok.text)
            if swapped is not None and plain:
                value = value * swapped / plain  # keeps a scale after it («2.\u200f10 مليون»)
        fraction = None
        if is_dig and j == i + 1:
            # «3/4», «2 1/4»: a proper fraction, alone or after a whole number
            fraction = _slash_fraction(toks, i)
            if fraction is None and value.is_integer() and j < n and toks[j].start - tok.end == 1:
                fraction = _slash_fraction(toks, j)
                if fraction is not None:
                    fraction = (value + fraction[0], fraction[1])
            if fraction is not None:
                value, j = fraction
        if is_dig and j < n and norm.startswith("^", toks[j - 1].end):
            power = _POWER_RE.match(norm, toks[j - 1].end)  # «1.1^23», «2.5^-1»
            if power is not None:
                exponent = parse_digits(power.group(2)) or 0.0
                with contextlib.suppress(OverflowError, ZeroDivisionError):
                    value = value ** (-exponent if power.group(1).count("-") % 2 else exponent)
                while j < n and toks[j].start < power.end():
                    j += 1
        # a sign: «سالب خمسة», «-1» (a dash joined to the number, not after a figure or word)
        s_i = i
        if (i and toks[i - 1].text in lex.negative) or (
            is_dig
            and i
            and toks[i - 1].text in _DASHES
            and toks[i - 1].end == tok.start
            and not (
                i > 1
                and toks[i - 2].end == toks[i - 1].start
                and (toks[i - 2].text[0].isalnum() or toks[i - 2].text == "-")
            )
        ):
            s_i = i - 1
        if s_i < i:
            value, start = -value, toks[s_i].start
        end = toks[j - 1].end
        o_start, o_end = view.to_original(start, end)
        prev = toks[s_i - 1].text if s_i else ""
        if prev in lex.not_before and s_i:
            # «فيه» (in it) and «فئة» (category) normalise alike: read the published form
            p0, p1 = view.to_original(toks[s_i - 1].start, toks[s_i - 1].end)
            if text[p0:p1] in _not_before_exceptions():
                prev = ""
        if _inside(exclude, o_start, o_end) or prev in lex.not_before:
            i = j
            continue
        if (
            is_dig
            and j == i + 1
            and fraction is None
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
            # «1,234,567» and «1 234 567» are no phone numbers
            grouped = _GROUPED.fullmatch(tok.text) is not None or " " in tok.text or any(
                c.isspace() for c in tok.text)
            whole = re.split(r"[.,\u066b]", tok.text)[0]
            # a sign makes a long run a number («-123456789101231»): ids and phones have none
            if (len(whole) > _MAX_DIGITS_PLAIN and not grouped and s_i == i) or (
                len(tok.text) > 1 and tok.text[0] == "0" and tok.text.isdigit()
            ):
                i = j
                continue
        low = high = None
        qualifier = "exact"
        # «واحد على عشرين», «١ جزء من ثلاثة»: a proper fraction
        division = _division(toks, j, abs(value), not is_dig) if value else None
        if division is not None:
            value, j = math.copysign(division[0], value), division[1]
            end = toks[j - 1].end
        # ranges: «10-20», «20 ~ 100», «بين 10 و20», «من 10 إلى 20»
        k = j
        second: tuple[float, int, int, bool] | None = None
        if division is not None:
            pass
        elif (
            k + 1 < n
            and toks[k].text in _RANGE_DASHES
            and _is_digits(toks[k + 1])
            and is_dig
            and (
                toks[k].start == toks[k - 1].end
                or (toks[k].start - toks[k - 1].end == 1 and toks[k + 1].start - toks[k].end == 1)
            )
        ):
            second = _number_at(toks, k + 1)
        elif k + 1 < n and toks[k].text in ("و", "الى", "الي", "او"):
            digits_next = _is_digits(toks[k + 1])
            word_next = not digits_next and lookup_word(toks[k + 1].text) is not None
            if toks[k].text == "و":
                ok = prev in ("بين", "مابين") and (digits_next or word_next)
            else:
                ok = digits_next or (word_next and prev in ("من", "بين", "مابين"))
            second = _number_at(toks, k + 1) if ok else None
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
                group = "q" if m.group("q") is not None else "s"
                phrase = " ".join(m.group(group).split())
                qualifier = _qualifiers_before().get(phrase) or _qualifiers_before().get(
                    phrase.replace(" ", ""), "exact")
                q_start = start - (len(pre) - m.start(group))
        elif qualifier == "range":
            m = re.search(r"(?:ما\s+)?(?:بين|من)\s*$", pre)
            if m is not None:
                q_start = start - (len(pre) - m.start())
        bounded = False
        if qualifier in ("exact", "approximate", "equal"):
            # «200 أو أكثر», «500 أو أقل»: a bound after the number
            m_after = after_re.match(norm, end)
            if m_after is not None and not (
                (nxt_i := _next_token(toks, j, m_after.end())) < n
                and lookup_word(toks[nxt_i].text) is not None
            ):
                qualifier = _qualifiers_after()[" ".join(m_after.group(1).split())]
                end = m_after.end()
                bounded = True
                while j < n and toks[j].start < end:
                    j += 1
        # counted noun / unit
        counted: str | None = None
        c_start = c_end = None
        unit: str | None = None
        if bounded:
            pass  # a bound closed the figure: what follows is not its noun
        elif not is_dig and not has_scale and (tok.text in _extra().definite_cardinals or (
                tok.text in _extra().definite_tens and _noun_before_cardinal(toks, i)
                and _plural(toks[i - 1].text))):
            # «أطفالها الثلاثة»: the adjective cardinal counts the noun before it
            counted, c_start, c_end = toks[i - 1].text, toks[i - 1].start, toks[i - 1].end
        elif j < n and toks[j].text in ("%", "\u066a", "$", "€"):
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
                    and cand.text not in _bound_words()
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
        if unit is not None and value is not None and qualifier != "range" and (
            cents := _sub_unit_tail(toks, j, unit)
        ) is not None:
            value, j = value + cents[0], cents[1]
        if (
            counted is not None
            and qualifier == "exact"
            and value is not None
            and value.is_integer()
            and (half := _half_tail(toks, j, norm[c_start:c_end] if c_start is not None else ""))
            is not None
        ):
            value, j = value + half[0], half[1]  # «ثلاث سنوات ونصف» 3.5
        end = toks[j - 1].end
        m_after = after_re.match(norm, end) if qualifier == "exact" else None
        if m_after is not None:
            qualifier = _qualifiers_after()[" ".join(m_after.group(1).split())]
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
        if qualifier == "equal":  # «يساوي 20»: both ends are the figure
            qualifier, low, high = "exact", value, value
        out.append(
            Quantity(
                value=None if qualifier == "range" else value,
                start=o_start,
                end=o_end,
                text=text[o_start:o_end],
                low=low if qualifier in ("range", "exact") else (
                    value if qualifier == "at_least" else None),
                high=high if qualifier in ("range", "exact") else (
                    value if qualifier == "at_most" else None),
                qualifier=qualifier,
                approximate=qualifier == "approximate",
                counted=counted,
                counted_start=c_start,
                counted_end=c_end,
                unit=unit,
            )
        )
        i = max(j, i + 1)
    if any(w in norm for w in _extra().half_fractions):
        out = _nouns_and_half(text, view, toks, out, exclude)
    if marked:
        out = _vague_and_ages(text, view, toks, out, exclude, marked)
    return _join_between(text, _join_bounds(text, out))


def _nouns_and_half(text: str, view: NormalizedText, toks: list[Token], out: list[Quantity],
                    exclude: Sequence[tuple[int, int]]) -> list[Quantity]:
    """A measure noun with no number before it, then a fraction: «ساعة ونصف» 1.5, «عامين
    ونصف عام» 2.5 (``half_nouns`` gives the singular 1 and the dual 2)."""
    nouns = _extra().half_nouns
    added = False
    for i, tok in enumerate(toks):
        count = nouns.get(tok.text)
        if count is None or (i and (_is_digits(toks[i - 1])
                                   or lookup_word(toks[i - 1].text) is not None)):
            continue
        half = _half_tail(toks, i + 1, tok.text)
        if half is None:
            continue
        o_start, o_end = view.to_original(tok.start, toks[half[1] - 1].end)
        if _inside(exclude, o_start, o_end) or any(
                q.start < o_end and o_start < q.end for q in out):
            continue
        c0, c1 = view.to_original(tok.start, tok.end)
        out.append(Quantity(
            value=count + half[0], start=o_start, end=o_end, text=text[o_start:o_end],
            low=None, high=None, qualifier="exact", approximate=False, counted=text[c0:c1],
            counted_start=c0, counted_end=c1, unit=None))
        added = True
    return sorted(out, key=lambda q: q.start) if added else out




@cache
def _vague_starts(ages: bool) -> frozenset[str]:
    """Words that may start a vague count or an age (and «في» when «عمر» is in the text)."""
    extra = _extra()
    return frozenset({*extra.vague_counts, *_clitic_vague(), *extra.age_leads,
                      *(("في",) if ages else ())})


@cache
def _clitic_vague() -> dict[str, tuple[float, int, str]]:
    """A vague count behind a proclitic (``vague_count_clitics``): «وعشرات», «والآلاف»,
    «بمئات», «لعشرات», «بالآلاف», «للآلاف» (the «ال» after «ل» loses its alif) → (scale, the
    clitic's length, the bare word)."""
    out: dict[str, tuple[float, int, str]] = {}
    for k, v in _extra().vague_counts.items():
        for c in _extra().vague_clitics:
            out[c + k] = (v, len(c), k)
            if c.endswith("ل") and k.startswith("ال"):
                out[c + k[1:]] = (v, len(c), k)  # «للآلاف»: ل + الآلاف
    return out


def _ordinal_at(toks: list[Token], k: int) -> tuple[float, int] | None:
    """An age said as an ordinal at token ``k``: «الثانية والثلاثين» 32, «الحادية عشرة» 11,
    «الخامسة» 5, or a definite ten «السبعين» 70; (value, next index)."""
    extra = _extra()
    n = len(toks)
    if k >= n:
        return None
    tok = toks[k].text
    if tok in extra.definite_tens:
        return extra.definite_tens[tok], k + 1
    unit = extra.age_ordinals.get(tok)
    if unit is None:
        return None
    nxt = toks[k + 1].text if k + 1 < n else ""
    if unit < 10 and nxt in ("عشره", "عشر"):
        return unit + 10, k + 2
    if nxt.startswith("وال") and nxt[1:] in extra.definite_tens:
        return unit + extra.definite_tens[nxt[1:]], k + 2
    if tok == "الحاديه":
        return None  # «الحادية» alone is no age
    return unit, k + 1


def _vague_and_ages(text: str, view: NormalizedText, toks: list[Token], out: list[Quantity],
                    exclude: Sequence[tuple[int, int]], marked: list[int]) -> list[Quantity]:
    """Two kinds of figure the main loop does not read:

    - vague counts: «عشرات القتلى» 20–99, «مئات الآلاف من اللاجئين» 200,000–999,999, «عدة
      آلاف» (``vague_counts``): no value, ``low``/``high``, approximate, the noun after it
      counted;
    - ages said as ordinals: «يبلغ الثانية والثلاثين» 32, «في الخامسة والعشرين من عمره» 25.
    """
    extra = _extra()
    n = len(toks)
    added = False
    done = 0  # tokens before it are used
    for i in marked:
        if i < done:
            continue
        tok = toks[i].text
        found: tuple[int, int, float | None, float | None, float | None] | None = None
        clitic = _clitic_vague().get(tok)
        scale = extra.vague_counts.get(tok) or (clitic[0] if clitic else None)
        counted_at = None
        if scale is not None and not (i and (_is_digits(toks[i - 1])
                                             or lookup_word(toks[i - 1].text) is not None)):
            j = i + 1
            while j < n and j - i < 3 and toks[j].text in extra.vague_counts and (
                    extra.vague_counts[toks[j].text] > scale or j == i + 1):
                scale *= extra.vague_counts[toks[j].text]  # «عشرات الآلاف»
                j += 1
            first = i - 1 if i and toks[i - 1].text in extra.vague_count_leads else i
            found = (first, j, None, 2 * scale, 10 * scale - 1)
            # the noun after it is counted («عشرات القتلى»); after a definite one only with
            # «من» («العشرات من المدنيين»; «إصابة المئات بالرصاص» counts no bullets)
            of = j < n and toks[j].text == "من"
            last = toks[j - 1].text
            last = _clitic_vague()[last][2] if last in _clitic_vague() else last
            definite = last.startswith("ال") and last[2:] in extra.vague_counts
            k = j + 1 if of else (n if definite else j)
            if k < n and toks[k].text[:1].isalpha() and toks[k].text not in _NOUN_STOP and (
                    lookup_word(toks[k].text) is None and toks[k].text not in extra.vague_counts):
                counted_at = k
        elif tok in extra.age_leads or (tok == "في" and i + 1 < n):
            k = i + 1
            if tok != "في" and k + 1 < n and toks[k].text == "من" and toks[k + 1].text == "العمر":
                k += 2
            age = _ordinal_at(toks, k)
            if age is not None:
                end = age[1]
                tail = end + 1 < n and toks[end].text == "من" and (
                    toks[end + 1].text == "العمر" or toks[end + 1].text.startswith("عمر"))
                if tok != "في" or tail:
                    found = (k, end + 2 if tail else end, age[0], None, None)
        if found is None:
            continue
        a, b, value, low, high = found
        o_start, o_end = view.to_original(
            toks[a].start + (_clitic_vague()[toks[a].text][1] if toks[a].text in _clitic_vague()
                             else 0),  # not the «و» of «وعشرات», the «ب» of «بمئات»
            toks[b - 1].end if counted_at is None else toks[counted_at].end)
        if value is not None:  # an age's words may hold a figure read alone («عشرة»)
            out = [q for q in out if not (o_start <= q.start and q.end <= o_end)]
        if _inside(exclude, o_start, o_end) or any(
                q.start < o_end and o_start < q.end for q in out):
            done = b
            continue
        counted = c0 = c1 = None
        if counted_at is not None:
            c0, c1 = view.to_original(toks[counted_at].start, toks[counted_at].end)
            counted = text[c0:c1]
        out.append(Quantity(
            value=value, start=o_start, end=o_end, text=text[o_start:o_end], low=low,
            high=high, qualifier="exact" if value is not None else "approximate",
            approximate=value is None, counted=counted, counted_start=c0, counted_end=c1,
            unit=None))
        added = True
        done = b
    return sorted(out, key=lambda q: q.start) if added else out
