"""The event coder: trigger hits → context guards → one PLOVER ``Event`` per occurrence.

Guards matter more than the lexicon for precision: a negated trigger («لم يهاجم»), a
hypothetical one («ماذا لو هاجمت», «هل تم سحب»), and a trigger blocked by its neighbours
(«ضربة جزاء», «صلاة الفجر») are dropped. Adjacent hits of one type («هجوم انتحاري بسيارة
مفخخة») describe one occurrence and are merged, keeping the most specific mode.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from marsad.arabic.normalize import normalize
from marsad.arabic.tokenize import Token, tokenize
from marsad.events.roles import Roles, fill_roles, mention_refs
from marsad.events.triggers import Lexicon, TriggerMatch, find_triggers, load_lexicon, stems
from marsad.model import Entity, Event, Quantity, Statement, TimeExpression, Trigger

# Generic modes yield to a more specific one when hits are merged.
_GENERIC_MODES = ("military-operation", "attack", "wounding", "defeat")
_MERGE_GAP = 2  # tokens between two same-type hits that still describe one occurrence
_HYPOTHETICAL_WINDOW = 12
_NEAR = 3
# Evidence that a sentence reports a concrete occurrence rather than discussing a topic
# («التفجيرات» as a theme vs «قتل 7 أشخاص أمس في تفجير»): time words, eventive verbs.
_CONCRETE = frozenset(normalize(w) for w in (
    "أمس", "امس", "اليوم", "الليلة", "صباح", "مساء", "فجر", "ظهر", "السبت", "الأحد", "الاثنين",
    "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "وقع", "وقعت", "نفذ", "نفذت", "نفذوا", "شن",
    "شنت", "شنوا", "أسفر", "أسفرت", "أدى", "أدت", "أصيب", "أصيبوا", "قتل", "قتلوا", "لقي",
    "لقوا", "استهدف", "استهدفت", "استهدفا", "سقط", "سقطت", "بجروح", "جرح", "أعلن", "أعلنت",
    "جراء", "إثر", "الماضي", "الماضية", "مقتل", "آخرين", "انفجرت", "انفجر", "تعرض", "تعرضت",
))
# Confidence below this is reported but does not count as a detection in evaluation.
DETECTION_THRESHOLD = 0.6
_UNSUPPORTED_PENALTY = 0.25
_PUNCT = frozenset(".،,؛;:!?؟()[]«»\"“”")


@dataclass(slots=True)
class _Hit:
    match: TriggerMatch
    mode: str | None
    sentence: tuple[int, int]


@lru_cache(maxsize=200_000)
def _norm(word: str) -> str:
    """Token normalisation, cached: news vocabulary repeats heavily across articles."""
    return normalize(word)


def _sentence_spans(text: str, sentences: list[tuple[int, int]] | None) -> list[tuple[int, int]]:
    if sentences:
        return sentences
    return [(0, len(text))]


def _stem_hit(words: list[str], vocab: frozenset[str]) -> bool:
    return any(stems(w) & vocab for w in words if w and w not in _PUNCT)


def _clause_before(words: list[str], first: int, size: int, floor: int) -> list[str]:
    """Up to ``size`` words before token ``first``, not crossing punctuation or ``floor``."""
    out: list[str] = []
    j = first - 1
    while j >= floor and len(out) < size:
        if words[j] in _PUNCT:
            break
        out.append(words[j])
        j -= 1
    return out


def _clause_after(words: list[str], last: int, size: int, ceil: int) -> list[str]:
    out: list[str] = []
    j = last + 1
    while j < ceil and len(out) < size:
        if words[j] in _PUNCT:
            break
        out.append(words[j])
        j += 1
    return out


def _keep(hit: TriggerMatch, words: list[str], lex: Lexicon, s_first: int, s_last: int) -> bool:
    """Apply the entry's context guards, negation and hypothetical markers."""
    entry = hit.info.entry
    after = _clause_after(words, hit.last, _NEAR, s_last + 1)
    before = _clause_before(words, hit.first, 2, s_first)
    if entry.block_next and _stem_hit(after[:2], entry.block_next):
        return False
    if entry.block_prev and _stem_hit(before, entry.block_prev):
        return False
    if entry.require_near:
        near = after + ([] if hit.info.verb else before[:1])
        if not _stem_hit(near, entry.require_near):
            return False
    for k, word in enumerate(before):
        bare = word[1:] if word[:1] in ("و", "ف") and len(word) > 2 else word
        if word in lex.negators or bare in lex.negators:
            return False
        if k == 0 and hit.info.verb and (word in lex.verb_negators or bare in lex.verb_negators):
            return False
    scope = words[max(s_first, hit.first - _HYPOTHETICAL_WINDOW):hit.first]
    return not any(
        w in lex.hypothetical or (w[:1] in ("و", "ف") and w[1:] in lex.hypothetical)
        for w in scope
    )


def _concrete(words: list[str], s_start: int, s_end: int, token_starts: list[int]) -> bool:
    """Does the sentence carry a date, a count or an eventive verb?"""
    lo = bisect_right(token_starts, s_start - 1)
    hi = bisect_right(token_starts, s_end - 1)
    for word in words[lo:hi]:
        if word[:1].isdigit():
            return True
        if stems(word) & _CONCRETE:
            return True
    return False


def code_events(
    text: str,
    *,
    sentences: list[tuple[int, int]] | None = None,
    entities: list[Entity] | None = None,
    times: list[TimeExpression] | None = None,
    quantities: list[Quantity] | None = None,
    statements: list[Statement] | None = None,
    tokens: list[Token] | None = None,
) -> list[Event]:
    """Code all events in ``text``; every other input is optional (roles stay ``None``)."""
    lex = load_lexicon()
    if tokens is None:
        tokens = tokenize(text)
    if not tokens:
        return []
    words = [_norm(t.text) for t in tokens]
    spans = _sentence_spans(text, sentences)
    sent_starts = [s for s, _ in spans]
    token_starts = [t.start for t in tokens]

    hits: list[_Hit] = []
    for match in find_triggers(tokens, words):
        si = max(0, bisect_right(sent_starts, match.start) - 1)
        s_start, s_end = spans[si]
        if not (s_start <= match.start < s_end):
            continue  # between sentences (headline debris): no sentence to code from
        s_first = bisect_right(token_starts, s_start - 1)
        s_last = bisect_right(token_starts, s_end - 1) - 1
        if not _keep(match, words, lex, s_first, s_last):
            continue
        entry = match.info.entry
        prev = hits[-1] if hits else None
        if (prev is not None and prev.sentence == (s_start, s_end)
                and prev.match.info.entry.type == entry.type
                and match.first - prev.match.last <= _MERGE_GAP + 1):
            if prev.mode in _GENERIC_MODES and entry.mode not in _GENERIC_MODES:
                prev.mode = entry.mode
            continue
        hits.append(_Hit(match, entry.mode, (s_start, s_end)))

    refs = mention_refs(entities or [], tokens, words)
    events: list[Event] = []
    concrete: dict[int, bool] = {}
    for hit in hits:
        m, entry = hit.match, hit.match.info.entry
        s_start, s_end = hit.sentence
        roles: Roles = fill_roles(
            refs=refs, mode=hit.mode, verb=m.info.verb, actor_rule=entry.actor_rule,
            first_token=m.first, last_token=m.last, trig_start=m.start, trig_end=m.end,
            sent_start=s_start, sent_end=s_end, words=words, text=text,
            times=times or [], quantities=quantities or [], statements=statements or [],
            event_type=entry.type,
        )
        confidence = entry.confidence
        if not m.info.verb:
            if s_start not in concrete:
                concrete[s_start] = _concrete(words, s_start, s_end, token_starts)
            if not concrete[s_start]:
                confidence -= _UNSUPPORTED_PENALTY
        if roles.actor:
            confidence += 0.1
        if roles.target or roles.location:
            confidence += 0.05
        events.append(Event(
            type=entry.type,
            trigger=Trigger(text[m.start:m.end], m.start, m.end),
            start=s_start, end=s_end, mode=hit.mode,
            actor=roles.actor, target=roles.target, location=roles.location,
            time=roles.time, fatalities=roles.fatalities,
            confidence=round(min(confidence, 0.95), 2),
        ))
    return events
