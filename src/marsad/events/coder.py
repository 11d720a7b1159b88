"""The event coder: trigger hits → guards → status → one PLOVER ``Event`` per incident.

Guards decide whether a word is an event word at all: a trigger blocked by its neighbours
(«ضربة جزاء», «صلاة الفجر») is dropped. Status decides whether the event is the news: cues
(:mod:`marsad.events.status`) mark denied, conditional, planned and past events, and where gold
data exists a learned score (:mod:`marsad.events.classifier`) separates reports from mentions.
Adjacent hits of one type («هجوم انتحاري بسيارة مفخخة») describe one occurrence and are merged,
keeping the most specific mode; later mentions of the same incident in the article (same type,
status and compatible roles) are folded into it, keeping every trigger span.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from marsad.arabic.normalize import normalize
from marsad.arabic.tokenize import Token, tokenize
from marsad.events.classifier import StatusModel, load_status_model, trigger_features
from marsad.events.counts import digit_counts, event_counts
from marsad.events.roles import Roles, fill_roles, mention_refs
from marsad.events.status import (
    Context,
    Cue,
    StatusCues,
    find_cues,
    layout,
    load_status_cues,
    locate,
    nearest_time,
    overrules_model,
    rule_status,
    time_cue,
)
from marsad.events.triggers import TriggerMatch, find_triggers, load_lexicon, stems
from marsad.model import (
    Entity,
    Event,
    EventCount,
    Quantity,
    Statement,
    TimeExpression,
    Trigger,
)

# Generic modes yield to a more specific one when hits are merged.
_GENERIC_MODES = ("military-operation", "attack", "wounding", "defeat")
# When mentions of one incident are folded, the means («غارات» → aerial) says more than the
# outcome («قتل» → killing), which says more than a generic word: ACLED types follow the means.
_OUTCOME_MODES = ("killing", "wounding", "defeat")
_FACTUAL = ("new", "background")  # an anaphor of these statuses takes its antecedent's status
_ANAPHOR_SENTENCES = 2  # a definite «الهجوم» refers back at most this many sentences
_MERGE_GAP = 2  # tokens between two same-type hits that still describe one occurrence
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
# Confidence below this is reported but does not count as a detection in evaluation. For types
# with a learned model the classifier's threshold is mapped onto it (see ``_calibrated``).
DETECTION_THRESHOLD = 0.6
_UNSUPPORTED_PENALTY = 0.25
_DEFINITE = ("ال", "وال", "فال", "بال", "لل", "ولل")
_PUNCT = frozenset(".،,؛;:!?؟()[]«»\"“”")
# Which tolls an event type carries: a raid's arrests, an attack's dead and wounded.
_TOLL_KINDS = {
    "ASSAULT": ("fatalities", "injured", "displaced"),
    "COERCE": ("arrested", "displaced"),
}


@dataclass(slots=True)
class _Hit:
    match: TriggerMatch
    mode: str | None
    sentence: tuple[int, int]


@dataclass(slots=True)
class Candidate:
    """A trigger that passed the guards, with the evidence its status is decided from."""

    match: TriggerMatch
    mode: str | None
    sentence: tuple[int, int]
    context: Context
    cues: list[Cue]
    time: TimeExpression | None
    time_kind: str

    @property
    def type(self) -> str:
        return self.match.info.entry.type

    def features(self, words: list[str], typed: bool = True) -> list[str]:
        return trigger_features(words, self.context, event_type=self.type, mode=self.mode,
                                found=self.cues, time_kind=self.time_kind, typed=typed)


@lru_cache(maxsize=200_000)
def _norm(word: str) -> str:
    """Token normalisation, cached: news vocabulary repeats heavily across articles."""
    return normalize(word)


def _sentence_spans(text: str, sentences: list[tuple[int, int]] | None) -> list[tuple[int, int]]:
    if sentences:
        return sentences
    return [(0, len(text))]


def _stem_hit(words: list[str], vocab: frozenset[str]) -> bool:
    return any(not stems(w).isdisjoint(vocab) for w in words if w and w not in _PUNCT)


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


def _keep(hit: TriggerMatch, words: list[str], s_first: int, s_last: int) -> bool:
    """Apply the entry's context guards: is this word an event word here at all?"""
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
    return True


def _concrete(words: list[str], s_start: int, s_end: int, token_starts: list[int]) -> bool:
    """Does the sentence carry a date, a count or an eventive verb?"""
    lo = bisect_right(token_starts, s_start - 1)
    hi = bisect_right(token_starts, s_end - 1)
    for word in words[lo:hi]:
        if word[:1].isdigit():
            return True
        if not stems(word).isdisjoint(_CONCRETE):
            return True
    return False


def _hits(tokens: list[Token], words: list[str], spans: list[tuple[int, int]],
          token_starts: list[int]) -> list[_Hit]:
    """Guarded trigger hits, adjacent same-type hits of one sentence merged."""
    sent_starts = [s for s, _ in spans]
    hits: list[_Hit] = []
    for match in find_triggers(tokens, words):
        si = max(0, bisect_right(sent_starts, match.start) - 1)
        s_start, s_end = spans[si]
        if not (s_start <= match.start < s_end):
            continue  # between sentences (headline debris): no sentence to code from
        s_first = bisect_right(token_starts, s_start - 1)
        s_last = bisect_right(token_starts, s_end - 1) - 1
        if not _keep(match, words, s_first, s_last):
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
    return hits


def candidates(tokens: list[Token], words: list[str], spans: list[tuple[int, int]],
               times: list[TimeExpression], published: date | None,
               token_starts: list[int] | None = None) -> list[Candidate]:
    """Every guarded trigger with its clause, status cues and time (shared with training)."""
    cues: StatusCues = load_status_cues()
    verbs = load_lexicon().verbs
    if token_starts is None:
        token_starts = [t.start for t in tokens]
    out: list[Candidate] = []
    where = layout(words, cues)
    for hit in _hits(tokens, words, spans, token_starts):
        m = hit.match
        s_start, s_end = hit.sentence
        s_first = bisect_right(token_starts, s_start - 1)
        s_last = bisect_right(token_starts, s_end - 1) - 1
        ctx = locate(where, m.first, m.last, s_first, s_last, m.info.verb)
        found = find_cues(words, ctx, words[m.first], cues, verbs)
        c_start = tokens[ctx.clause_first].start
        c_end = tokens[ctx.clause_last].end
        when = nearest_time(times, c_start, c_end, m.start)
        same_clause = when is not None
        if when is None:
            when = nearest_time(times, s_start, s_end, m.start)
        time_kind, cue = time_cue(when, published, cues, same_clause)
        if cue is not None:
            found.append(cue)
        out.append(Candidate(m, hit.mode, hit.sentence, ctx, found, when, time_kind))
    return out


def _calibrated(p: float, threshold: float) -> float:
    """Map the classifier's probability so that its threshold lands on DETECTION_THRESHOLD."""
    if p >= threshold:
        return DETECTION_THRESHOLD + (0.95 - DETECTION_THRESHOLD) * (p - threshold) / max(
            1e-9, 1 - threshold)
    return DETECTION_THRESHOLD * p / max(threshold, 1e-9)


def decide_status(cand: Candidate, words: list[str], model: StatusModel | None
                  ) -> tuple[str, str | None, float | None]:
    """(status, deciding cue words, calibrated confidence or None when no model covers it).

    A denial, a condition, a plan or a past date found by the cues decides; otherwise, where a
    model covers the type, its score separates the news from mentions (``background``).
    """
    rule = rule_status(cand.cues)
    if model is None or not model.covers(cand.type):
        return (rule.status, rule.words, None) if rule else ("new", None, None)
    if rule is not None and overrules_model(rule):  # decided: no need to score it
        return rule.status, rule.words, min(cand.match.info.entry.confidence,
                                            DETECTION_THRESHOLD - 0.01)
    threshold = model.thresholds[cand.type]
    p = model.probability(cand.features(words, typed=False), cand.type)
    confidence = _calibrated(p, threshold)
    if p >= threshold:
        return "new", None, confidence
    return "background", rule.words if rule else None, confidence


def _tolls(event_type: str, counts: list[EventCount]) -> list[EventCount]:
    kinds = _TOLL_KINDS.get(event_type, ())
    return [c for c in counts if c.kind in kinds]


def _compatible(a: Event, b: Event, refers_back: bool) -> bool:
    """Could ``b`` be a later mention of the incident ``a``? Same type and status, no role clash,
    and either the same sentence, the same place and day, or a definite event noun that refers
    back («قتل 5 في هجوم ... وقال إن الهجوم استهدف») to the latest such event."""
    if a.type != b.type:
        return False
    if a.status != b.status and not (refers_back and b.status in _FACTUAL):
        return False
    for x, y in ((a.actor, b.actor), (a.target, b.target), (a.location, b.location),
                 (a.time, b.time), (a.fatalities, b.fatalities)):
        if x is not None and y is not None and x != y:
            return False
    if a.start == b.start or refers_back:
        return True
    return a.location is not None and a.location == b.location and a.time is not None \
        and a.time == b.time


def _mode_rank(mode: str | None) -> int:
    if mode is None or mode in ("military-operation", "attack"):
        return 0
    return 1 if mode in _OUTCOME_MODES else 2


def _fold(into: Event, other: Event) -> None:
    """Fold a later mention of an incident into its first event."""
    into.triggers.extend(other.triggers)
    for name in ("actor", "target", "location", "time", "time_precision", "fatalities",
                 "injured", "arrested", "displaced"):
        if getattr(into, name) is None:
            setattr(into, name, getattr(other, name))
    if into.actor is not None and into.actor == into.target:
        # one party read as both sides by two mentions («اغتيال X» and «هاجم … X»): the
        # first mention's role stands
        if other.actor == into.actor and other.target != into.target:
            into.actor = None
        else:
            into.target = None
    if _mode_rank(other.mode) > _mode_rank(into.mode):
        into.mode = other.mode
    seen = {(c.kind, c.start) for c in into.counts}
    into.counts.extend(c for c in other.counts if (c.kind, c.start) not in seen)
    into.confidence = max(into.confidence, other.confidence)


def merge_incidents(events: list[Event], refers_back: list[bool], sentence_of: list[int]
                    ) -> list[Event]:
    """Mentions of one incident in an article become one event carrying all trigger spans.

    ``refers_back[i]`` marks a definite event noun («الهجوم»), which may only join the latest
    event of its type within ``_ANAPHOR_SENTENCES`` sentences (``sentence_of`` gives each
    event's sentence index): an anaphor points to a near antecedent, not to any earlier one.
    """
    merged: list[Event] = []
    last_sentence: dict[int, int] = {}
    for ev, anaphor, sent in zip(events, refers_back, sentence_of, strict=True):
        candidates_ = [p for p in reversed(merged) if p.type == ev.type]
        if anaphor:
            candidates_ = [p for p in candidates_[:1]
                           if sent - last_sentence[id(p)] <= _ANAPHOR_SENTENCES]
        for prior in candidates_:
            if _compatible(prior, ev, anaphor):
                _fold(prior, ev)
                last_sentence[id(prior)] = sent
                break
        else:
            merged.append(ev)
            last_sentence[id(ev)] = sent
    return merged


def code_events(
    text: str,
    *,
    sentences: list[tuple[int, int]] | None = None,
    entities: list[Entity] | None = None,
    times: list[TimeExpression] | None = None,
    quantities: list[Quantity] | None = None,
    statements: list[Statement] | None = None,
    tokens: list[Token] | None = None,
    published: date | None = None,
) -> list[Event]:
    """Code all events in ``text``; every other input is optional (roles stay ``None``)."""
    if tokens is None:
        tokens = tokenize(text)
    if not tokens:
        return []
    words = list(map(_norm, [t.text for t in tokens]))
    spans = _sentence_spans(text, sentences)
    token_starts = [t.start for t in tokens]
    model = load_status_model()
    found = candidates(tokens, words, spans, times or [], published, token_starts)
    refs = mention_refs(entities or [], tokens, words,
                        within=sorted({c.sentence for c in found}), starts=token_starts)
    events: list[Event] = []
    refers_back: list[bool] = []
    sentence_of: list[int] = []
    sent_starts = [s for s, _ in spans]
    concrete: dict[int, bool] = {}
    sentence_counts: dict[int, list[EventCount]] = {}
    for cand in found:
        m, entry = cand.match, cand.match.info.entry
        s_start, s_end = cand.sentence
        roles: Roles = fill_roles(
            refs=refs, mode=cand.mode, verb=m.info.verb, actor_rule=entry.actor_rule,
            first_token=m.first, last_token=m.last,
            clause=(cand.context.clause_first, cand.context.clause_last),
            trig_start=m.start, trig_end=m.end, sent_start=s_start, sent_end=s_end,
            words=words, statements=statements or [],
        )
        status, cue, learned = decide_status(cand, words, model)
        if learned is not None:
            confidence = learned
        else:
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
        if entry.type in _TOLL_KINDS and s_start not in sentence_counts:
            sentence_counts[s_start] = (event_counts(quantities, text, s_start, s_end)
                                        if quantities
                                        else digit_counts(text, s_start, s_end))
        tolls = _tolls(entry.type, sentence_counts.get(s_start, []))
        by_kind: dict[str, float | None] = {}
        for count in tolls:
            by_kind.setdefault(count.kind, count.value)
        trigger = Trigger(text[m.start:m.end], m.start, m.end)
        events.append(Event(
            type=entry.type, trigger=trigger, start=s_start, end=s_end, mode=cand.mode,
            actor=roles.actor, target=roles.target, location=roles.location,
            time=cand.time.value if cand.time else None,
            fatalities=by_kind.get("fatalities"),
            confidence=round(max(0.01, min(confidence, 0.95)), 2),
            status=status, status_cue=cue,
            time_precision=cand.time.granularity if cand.time and cand.time.value else None,
            injured=by_kind.get("injured"), arrested=by_kind.get("arrested"),
            displaced=by_kind.get("displaced"), counts=tolls, triggers=[trigger],
        ))
        refers_back.append(not m.info.verb and words[m.first].startswith(_DEFINITE))
        sentence_of.append(bisect_right(sent_starts, s_start) - 1)
    return merge_incidents(events, refers_back, sentence_of)
