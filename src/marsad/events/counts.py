"""Human tolls tied to an event: fatalities, injured, arrested, displaced.

A figure belongs to the toll only when the words bind it to one: its counted noun is a toll noun
(«40 قتيلا»), or it counts people and a toll word stands right before the number («مقتل 6
أشخاص», «أصيب 7») or within three words after the counted noun («15 شخصا بجروح», «150 شخصا على
الأقل قتلوا»). A number elsewhere in the sentence (a date, a budget, a distance in «370 كلم»)
never becomes a toll. The words live in ``data/event_counts.json``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from marsad.arabic.normalize import normalize
from marsad.lexicon import load_json
from marsad.model import EventCount, Quantity

COUNTS_FILE = "event_counts.json"
_CLITICS = ("و", "ف", "ب", "ل")
_DIGIT_COUNT = re.compile(r"(\d+)\s+(\S+)")


@dataclass(frozen=True, slots=True)
class CountLexicon:
    version: str
    nouns: dict[str, str]  # toll noun → kind
    cues: dict[str, str]  # toll word → kind
    people: frozenset[str]


@cache
def load_count_lexicon() -> CountLexicon:
    raw = load_json(COUNTS_FILE)
    nouns: dict[str, str] = {}
    cues: dict[str, str] = {}
    for kind, spec in raw["kinds"].items():
        for word in spec["nouns"]:
            nouns.setdefault(normalize(word), kind)
        for word in spec["cues"]:
            cues.setdefault(normalize(word), kind)
    return CountLexicon(str(raw["version"]), nouns, cues,
                        frozenset(normalize(w) for w in raw["people"]))


def _bare(word: str) -> str:
    return word[1:] if word[:1] in _CLITICS and len(word) > 3 else word


def _kind_of(word: str, table: dict[str, str]) -> str | None:
    word = word.strip(".,،؛:()«»\"")
    return table.get(word) or table.get(_bare(word))


def _toll_kind(before: list[str], counted: list[str], after: list[str],
               lex: CountLexicon) -> str | None:
    """The toll a counted figure belongs to, from the words that bind it, or ``None``."""
    head = counted[0] if counted else ""
    kind = _kind_of(head, lex.nouns)
    if kind:
        return kind
    if not head or not (head in lex.people or _bare(head) in lex.people):
        return None
    for word in reversed(before[-2:]):
        kind = _kind_of(word, lex.cues)
        if kind:
            return kind
    for word in after[:3]:  # «150 شخصا على الأقل قتلوا»
        kind = _kind_of(word, lex.cues)
        if kind:
            return kind
    return None


def event_counts(quantities: list[Quantity], text: str, start: int, end: int
                 ) -> list[EventCount]:
    """Tolls stated in the sentence ``text[start:end]`` (the quantities stage's figures)."""
    lex = load_count_lexicon()
    out: list[EventCount] = []
    for q in quantities:
        if q.value is None or not (start <= q.start and q.end <= end):
            continue
        tail = q.counted_end if q.counted_end is not None else q.end
        before = normalize(text[max(start, q.start - 40):q.start]).split()
        after = normalize(text[tail:min(end, tail + 30)]).split()
        counted = normalize(q.counted or "").split()
        kind = _toll_kind(before, counted, after, lex)
        if kind:
            out.append(EventCount(kind, q.value, q.start, q.end, q.text, q.approximate,
                                  q.low, q.high))
    return out


def digit_counts(text: str, start: int, end: int) -> list[EventCount]:
    """Tolls written in digits, for callers without a quantities stage (bare sentences)."""
    lex = load_count_lexicon()
    out: list[EventCount] = []
    sentence = text[start:end]
    for m in _DIGIT_COUNT.finditer(sentence):
        before = normalize(sentence[max(0, m.start() - 40):m.start()]).split()
        after = normalize(sentence[m.end():m.end() + 30]).split()
        kind = _toll_kind(before, [normalize(m.group(2))], after, lex)
        if kind:
            out.append(EventCount(kind, float(m.group(1)), start + m.start(1),
                                  start + m.end(1), m.group(1)))
    return out
