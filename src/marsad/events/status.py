"""Event status cues: is an event word the news, or an event denied, imagined, planned or past?

A news article mentions many more events than it reports. «بعد اغتيال رفيق الحريري» recalls an
old killing, «ماذا لو هاجمت» imagines an attack, «تهدد بشن هجمات» announces one and «لم يهاجم»
denies one. These readings are marked by closed-class words before the trigger (negators,
conditionals, future and modal words), by «بعد/إثر/منذ» right before an event noun, by a
question mark closing the clause, and by the event's time expression compared with the
publication date. The words live in ``data/event_status.json``; this module finds them in a
trigger's clause and returns every cue found (the classifier uses them all as features), and
:func:`rule_status` picks one status by precedence when no learned model covers the type.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Container
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from itertools import accumulate
from typing import Any

from marsad.arabic.normalize import normalize
from marsad.lexicon import load_json
from marsad.model import TimeExpression

STATUS_FILE = "event_status.json"
# When cues disagree, a denial scopes over everything; «بعد/إثر + event noun» makes a
# prepositional phrase whose event is real whatever governs it («دعا إلى الهدوء بعد اغتيال»);
# then a condition over a plan, and a plan over a past date («قررت عام 2014 شن هجوم»).
_PRECEDENCE = (("neg", "verb_neg"), ("bg_prep",), ("hyp", "question"),
               ("plan", "future", "plan_time"), ("bg_time",), ("plan_time_far", "bg_time_far"))
# Cues a learned model may overrule: «إثر انفجار سيارة مفخخة» often introduces the news itself,
# and a date in another clause of the sentence («احتجاجا على الحكم الصادر عام 2005») may date
# something else than the event.
SOFT_KINDS = frozenset({"bg_prep", "bg_time_far", "plan_time_far"})
_SINCE = normalize("منذ")
_FUTURE_INITIALS = frozenset("سوفل")  # every future prefix starts with one of these
_NEG_WINDOW = 3
_YEAR = re.compile(r"[0-9٠-٩]{4}")
_ISO_DURATION = re.compile(r"^P(-?\d+)([YMWD])$")
_DAYS_PER_UNIT = {"Y": 365, "M": 30, "W": 7, "D": 1}

Phrases = dict[str, tuple[tuple[str, ...], ...]]


@dataclass(frozen=True, slots=True)
class StatusCues:
    """The compiled cue lists (normalised words; multi-word cues indexed by first word)."""

    version: str
    window: int
    planned_window: int
    stale_days: int
    negators: frozenset[str]
    verb_negators: frozenset[str]
    hypothetical: Phrases
    planned: Phrases
    background_before: frozenset[str]
    future_prefixes: tuple[str, ...]
    present_prefixes: tuple[str, ...]
    question_marks: frozenset[str]
    clause_breaks: frozenset[str]
    relative_pronouns: frozenset[str]
    first_words: frozenset[str]  # first words of hypothetical and planned cues (a quick gate)


def _phrases(items: list[str]) -> Phrases:
    table: dict[str, list[tuple[str, ...]]] = {}
    for item in items:
        parts = tuple(normalize(item).split())
        if parts:
            table.setdefault(parts[0], []).append(parts)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in table.items()}


def _words(items: list[str]) -> frozenset[str]:
    return frozenset(normalize(w) for w in items)


def compile_cues(raw: dict[str, Any]) -> StatusCues:
    """Build the look-up tables from the JSON structure (exposed for tests)."""
    return StatusCues(
        version=str(raw["version"]),
        window=int(raw["window"]),
        planned_window=int(raw["planned_window"]),
        stale_days=int(raw["stale_days"]),
        negators=_words(raw["negators"]),
        verb_negators=_words(raw["verb_negators"]),
        hypothetical=_phrases(raw["hypothetical"]),
        planned=_phrases(raw["planned"]),
        background_before=_words(raw["background_before"]),
        future_prefixes=tuple(sorted(_words(raw["future_prefixes"]), key=len, reverse=True)),
        present_prefixes=tuple(_words(raw["present_prefixes"])),
        question_marks=frozenset(raw["question_marks"]),
        clause_breaks=frozenset(raw["clause_breaks"]),
        relative_pronouns=_words(raw["relative_pronouns"]),
        first_words=frozenset(_phrases(raw["hypothetical"])) | frozenset(
            _phrases(raw["planned"])),
    )


@cache
def load_status_cues() -> StatusCues:
    """The packaged cue lists, compiled once per process."""
    return compile_cues(load_json(STATUS_FILE))


@dataclass(frozen=True, slots=True)
class Cue:
    """One piece of evidence for a non-new status: its status, kind and the words found."""

    status: str
    kind: str  # neg | verb_neg | hyp | question | plan | future | plan_time | bg_prep | bg_time
    words: str


@dataclass(frozen=True, slots=True)
class Context:
    """Where a trigger sits, in token indices: the trigger, its clause and its sentence, and
    what the classifier and the cues ask of them (found by :func:`locate` from the layout)."""

    first: int
    last: int
    clause_first: int
    clause_last: int
    sent_first: int
    sent_last: int
    verb: bool
    number_in_clause: bool  # a word of the clause starts with a digit («قتل 12 جنديا»)
    number_in_sentence: bool
    last_clause: bool  # no clause break between the clause and the sentence's last word


@dataclass(frozen=True, slots=True)
class Layout:
    """Where a document's clause breaks and numbers are, found once per document: every
    trigger asks for its clause and whether a number stands in it or its sentence, and a
    walk over the sentence per trigger is quadratic in a long one (a bisect or a difference
    of counts here)."""

    breaks: list[int]  # indices of the clause-break words, between -1 and len(words)
    numbers: list[int]  # numbers[k]: how many of the first k words start with a digit

    def has_number(self, first: int, last: int) -> bool:
        """Whether a word in ``first..last`` (inclusive) starts with a digit."""
        return self.numbers[last + 1] > self.numbers[first]


def layout(words: list[str], cues: StatusCues) -> Layout:
    """The :class:`Layout` of a document's words."""
    breaks = [-1, *(k for k, w in enumerate(words) if w in cues.clause_breaks), len(words)]
    return Layout(breaks, [0, *accumulate(w[:1].isdigit() for w in words)])


def _bare(word: str) -> str:
    return word[1:] if word[:1] in ("و", "ف") and len(word) > 2 else word


def locate(where: Layout, first: int, last: int, sent_first: int, sent_last: int,
           verb: bool) -> Context:
    """The trigger's clause: the tokens between the nearest clause breaks around it, within
    its sentence (a trigger running past the sentence keeps its own tokens)."""
    breaks = where.breaks
    lo = min(first, max(sent_first, breaks[bisect_left(breaks, first) - 1] + 1))
    hi = max(last, min(sent_last, breaks[bisect_right(breaks, last)] - 1))
    return Context(first, last, lo, hi, sent_first, sent_last, verb,
                   where.has_number(lo, hi), where.has_number(sent_first, sent_last),
                   breaks[bisect_right(breaks, hi)] >= sent_last)


def _phrase_at(words: list[str], i: int, table: Phrases, stop: int) -> str | None:
    """The cue phrase of ``table`` starting at token ``i`` (ending before ``stop``), if any."""
    for word in (words[i], _bare(words[i])):
        for parts in table.get(word, ()):
            end = i + len(parts)
            if end <= stop and all(words[i + k] == parts[k] for k in range(1, len(parts))):
                return " ".join(parts)
    return None


def is_future_verb(token: str, cues: StatusCues, verbs: Container[str]) -> bool:
    """«سيهاجمون», «وستشن»: the future proclitic on a known imperfective verb form.

    The letters alone prove nothing («سيارة», «سياسيين», «سابق»), so the rest of the word
    must be a verb form the trigger lexicon generated.
    """
    if token[:1] not in _FUTURE_INITIALS:
        return False
    for prefix in cues.future_prefixes:
        rest = token[len(prefix):]
        if token.startswith(prefix) and rest[:1] in cues.present_prefixes and rest in verbs:
            return True
    return False


def find_cues(words: list[str], ctx: Context, trigger_token: str, cues: StatusCues,
              verbs: Container[str]) -> list[Cue]:
    """Every status cue around the trigger (time cues come from :func:`time_cue`)."""
    found: list[Cue] = []
    near = max(ctx.clause_first, ctx.first - _NEG_WINDOW)
    for k in range(ctx.first - 1, near - 1, -1):
        word = words[k]
        if word in cues.negators or _bare(word) in cues.negators:
            found.append(Cue("negated", "neg", word))
            break
        if k == ctx.first - 1 and ctx.verb and (
                word in cues.verb_negators or _bare(word) in cues.verb_negators):
            found.append(Cue("negated", "verb_neg", word))
            break
    scope_first = max(ctx.clause_first, ctx.first - cues.window)
    for k in range(ctx.first - 1, scope_first - 1, -1):
        if words[k] in cues.relative_pronouns or _bare(words[k]) in cues.relative_pronouns:
            scope_first = k + 1  # a cue outside a relative clause does not scope into it
            break
    for k in range(scope_first, ctx.first):
        word = words[k]
        if word not in cues.first_words and _bare(word) not in cues.first_words:
            if ctx.first - k <= cues.planned_window and is_future_verb(word, cues, verbs):
                found.append(Cue("planned", "future", word))
            continue
        hyp = _phrase_at(words, k, cues.hypothetical, ctx.first)
        if hyp:
            found.append(Cue("hypothetical", "hyp", hyp))
        if ctx.first - k > cues.planned_window:
            continue
        plan = _phrase_at(words, k, cues.planned, ctx.first)
        if plan:
            found.append(Cue("planned", "plan", plan))
        elif is_future_verb(words[k], cues, verbs):
            found.append(Cue("planned", "future", words[k]))
    if ctx.verb and is_future_verb(trigger_token, cues, verbs):
        found.append(Cue("planned", "future", trigger_token))
    after = ctx.clause_last + 1
    closes = after <= ctx.sent_last and words[after] in cues.question_marks
    if closes or (words[ctx.sent_last] in cues.question_marks and ctx.last_clause):
        found.append(Cue("hypothetical", "question", "؟"))
    if not ctx.verb:
        for k in range(ctx.first - 1, max(ctx.clause_first, ctx.first - 2) - 1, -1):
            if words[k] in cues.background_before or _bare(words[k]) in cues.background_before:
                found.append(Cue("background", "bg_prep", words[k]))
                break
    return found


def _interval(value: str) -> tuple[date, date] | None:
    """The first and last day an ISO value (year, month or day) covers."""
    try:
        if len(value) == 4:
            year = int(value)
            return date(year, 1, 1), date(year, 12, 31)
        if len(value) == 7:
            year, month = int(value[:4]), int(value[5:7])
            nxt = date(year + month // 12, month % 12 + 1, 1)
            return date(year, month, 1), nxt - timedelta(days=1)
        if len(value) == 10:
            day = date.fromisoformat(value)
            return day, day
    except ValueError:
        return None
    return None


def _offset_days(offset: str | None) -> int | None:
    match = _ISO_DURATION.match(offset or "")
    if not match:
        return None
    return int(match.group(1)) * _DAYS_PER_UNIT[match.group(2)]


def nearest_time(times: list[TimeExpression], start: int, end: int, pos: int
                 ) -> TimeExpression | None:
    """The time expression inside ``[start, end)`` nearest to character ``pos``."""
    best: tuple[int, TimeExpression] | None = None
    for t in times:
        if start <= t.start and t.end <= end and (t.value or t.offset or t.relative):
            dist = abs(t.start - pos)
            if best is None or dist < best[0]:
                best = (dist, t)
    return best[1] if best else None


def time_cue(time: TimeExpression | None, published: date | None, cues: StatusCues,
             same_clause: bool = True) -> tuple[str, Cue | None]:
    """How the event's time relates to publication: (kind for features, cue or None).

    A bare year says "back then" in news writing (a report of the day's news gives a day or a
    weekday), so it makes an event background even when the publication date is unknown.
    «منذ شهرين» says since when something goes on, not when it happened. A time outside the
    trigger's clause yields a ``*_far`` cue, which a learned model may overrule.
    """
    if time is None:
        return "none", None
    if normalize(time.text).startswith(_SINCE):
        return "since", None
    kind, cue = _time_cue(time, published, cues)
    if cue is not None and not same_clause:
        return f"{kind}_far", Cue(cue.status, f"{cue.kind}_far", cue.words)
    return kind, cue


def _time_cue(time: TimeExpression, published: date | None, cues: StatusCues
              ) -> tuple[str, Cue | None]:
    stale = timedelta(days=cues.stale_days)
    if time.value and (span := _interval(time.value)) is not None:
        first, last = span
        if published is not None:
            if last < published - stale:
                return "old", Cue("background", "bg_time", time.text)
            if first > published + timedelta(days=1):
                if time.relative or _YEAR.search(time.text):
                    return "future", Cue("planned", "plan_time", time.text)
                return "dated", None
            if time.granularity == "year":
                return "year", None
            return "recent", None
        if time.granularity == "year":
            return "old", Cue("background", "bg_time", time.text)
        return "dated", None
    days = _offset_days(time.offset)
    if days is None:  # a weekday («الجمعة», «الخميس الماضي»): this week's news
        return ("recent", None) if time.relative and time.granularity == "day" else ("none", None)
    if days < -cues.stale_days:
        return "old", Cue("background", "bg_time", time.text)
    if days > 1:
        return "future", Cue("planned", "plan_time", time.text)
    return "recent", None


def rule_status(found: list[Cue]) -> Cue | None:
    """The deciding cue by precedence, or ``None`` (the event is reported as news)."""
    for kinds in _PRECEDENCE:
        for cue in found:
            if cue.kind in kinds:
                return cue
    return None


def overrules_model(cue: Cue | None) -> bool:
    """Does this deciding cue settle the status even where a learned model covers the type?
    A denial, condition, plan or past date in the clause does; soft cues leave it to the score."""
    return cue is not None and cue.kind not in SOFT_KINDS
