"""Arabic number words and digit strings → values.

News writes figures as digits (Western or Arabic-Indic), as words («خمسة وعشرون ألفاً»),
or mixed («2.5 مليون»). The word inventory is data (``data/numbers.json``); this module only
knows how Arabic composes them: units + tens joined by «و», hundreds, and scale words that
multiply what precedes them (duals such as «ألفي» carry their own «two»).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache

from marsad.arabic.normalize import normalize
from marsad.lexicon import load_json

_THOUSANDS_RE = re.compile(r"\d{1,3}(?:[,\u066c\u060c]\d{3})+")
# «1.014.600»: two or more dot groups of three are thousands (one, «1.014», is a decimal)
_DOT_THOUSANDS_RE = re.compile(r"\d{1,3}(?:\.\d{3}){2,}")


@dataclass(slots=True, frozen=True)
class NumberWord:
    """One number word: its value and how it combines (unit, ten, hundred, scale...)."""

    value: float
    kind: str


@dataclass(slots=True, frozen=True)
class NumberLexicon:
    """Normalised number words plus the guard lists the quantity finder needs."""

    words: dict[str, NumberWord]
    standalone_ignored: frozenset[str]
    not_before: frozenset[str]
    prefixes: tuple[str, ...]
    connectors: frozenset[str] = frozenset({"و"})
    # fractions: denominator words («أخماس» 5), words that are fractions before a definite
    # noun («نصف السكان»), the nouns that veto that («ربع النهائي»), division phrases
    # («على», «جزء من») and sign words («سالب»); all normalised
    denominators: dict[str, int] = field(default_factory=dict)
    fraction_before_definite: dict[str, float] = field(default_factory=dict)
    fraction_not_before: frozenset[str] = frozenset()
    division: tuple[str, ...] = ()
    negative: frozenset[str] = frozenset()


@cache
def number_lexicon() -> NumberLexicon:
    """Load ``numbers.json`` once, keyed by normalised form."""
    raw = load_json("numbers.json")
    words = {normalize(k): NumberWord(float(v[0]), str(v[1])) for k, v in raw["words"].items()}
    prefixes = sorted(
        {normalize(p).replace("ـ", "") for p in raw["prefixes"]}, key=len, reverse=True
    )
    return NumberLexicon(
        words=words,
        standalone_ignored=frozenset(normalize(w) for w in raw["standalone_ignored"]),
        not_before=frozenset(normalize(w) for w in raw["not_quantity_before"]),
        prefixes=tuple(p for p in prefixes if p),
        connectors=frozenset(normalize(w) for w in raw.get("connectors", ["و"])),
        denominators={normalize(k): int(v) for k, v in raw.get("denominators", {}).items()},
        fraction_before_definite={
            normalize(k): float(v) for k, v in raw.get("fraction_before_definite", {}).items()
        },
        fraction_not_before=frozenset(normalize(w) for w in raw.get("fraction_not_before", [])),
        division=tuple(
            sorted((normalize(w) for w in raw.get("division", [])), key=len, reverse=True)
        ),
        negative=frozenset(normalize(w) for w in raw.get("negative", [])),
    )


@lru_cache(maxsize=65536)
def lookup_word(token: str) -> tuple[int, NumberWord] | None:
    """Match a normalised token to a number word, allowing a clitic prefix («وعشرون»).

    Returns the prefix length and the word, or None. Forms with the article are ordinals or
    weekdays («الاثنين»), never cardinals, so they never match.
    """
    lex = number_lexicon()
    word = lex.words.get(token)
    if word is not None:
        return 0, word
    for prefix in lex.prefixes:
        if token.startswith(prefix) and len(token) > len(prefix) + 1:
            word = lex.words.get(token[len(prefix) :])
            if word is not None:
                return len(prefix), word
    return None


def parse_digits(text: str) -> float | None:
    """Value of a digit string; «1,500» and «1 500» group thousands, «2.5»/«2,5»/«2٫5» are
    decimals, «1e10» has an exponent."""
    text = normalize(text)
    text = text.replace(" ", "").replace("\u00a0", "").replace("\u202f", "")
    if _THOUSANDS_RE.fullmatch(text):
        return float(text.replace(",", "").replace("\u066c", "").replace("\u060c", ""))
    if _DOT_THOUSANDS_RE.fullmatch(text):
        return float(text.replace(".", ""))
    text = text.replace("\u066b", ".").replace(",", ".").replace("\u066c", "")
    if text.count(".") > 1:
        return None
    try:
        return float(text)
    except ValueError:
        return None


def combine(parts: list[NumberWord]) -> float:
    """Compose a sequence of number words (and digit values as units) into one value."""
    total = 0.0
    current = 0.0
    last_scale = 0.0
    last_kind = ""
    for part in parts:
        kind, value = part.kind, part.value
        if kind in ("unit", "digits", "ten"):
            current += value
        elif kind == "teen_tail":
            current += 10
        elif kind == "hundred":
            times = value == 100 and (1 <= current < 10 or (last_kind == "digits" and current))
            current = current * 100 if times else current + value
        elif kind == "scale":
            total += (current or 1) * value
            current, last_scale = 0.0, value
        elif kind == "dual_scale":
            total += current * value / 2 if current else value
            current, last_scale = 0.0, value / 2
        elif kind == "fraction":
            if current == 0 and last_scale and total:
                total += value * last_scale
            else:
                current += value
        last_kind = kind
    return total + current
