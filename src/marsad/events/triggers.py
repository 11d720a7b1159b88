"""Clitic-aware matching of the Arabic event-trigger lexicon (``data/event_triggers.json``).

Why a generated full-form table instead of a stemmer: event verbs come in every person and
tense («هاجم/هاجمت/يهاجمون/سيهاجم») and verbal nouns carry clitics («بضرباته», «والاشتباكات»).
A morphological analyser would be slow and would over-generate on ambiguous stems («فجر»
dawn/blow up). Conjugating the lexicon's regular verbs once at load time and peeling a small,
closed set of clitics off each token keeps matching to a few dict look-ups per token, and keeps
every decision visible in the data file. Verb forms accept only verbal proclitics (و ف ل س),
so «الفجر» can never be read as a verb.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

from marsad.arabic.normalize import normalize
from marsad.arabic.tokenize import Token, tokenize
from marsad.lexicon import load_json

LEXICON_FILE = "event_triggers.json"

_PAST_SUFFIXES = ("", "ت", "تا", "وا", "ا", "ن", "نا", "تم", "تن", "تما")
_PRESENT_PREFIXES = ("ي", "ت", "ن", "ا")
_PRESENT_SUFFIXES = ("", "ون", "ان", "ين", "وا", "ا", "ن")
# Proclitic strings, longest first; verbs take conjunctions, ل and the future س only.
_NOUN_PROCLITICS = ("وبال", "فبال", "وكال", "وللـ", "ولل", "فلل", "وال", "فال", "بال", "كال",
                    "لل", "ال", "وب", "فب", "ول", "فل", "وك", "و", "ف", "ب", "ل", "ك")
_VERB_PROCLITICS = ("وس", "فس", "ول", "فل", "و", "ف", "ل", "س")
_ALL_PROCLITICS = ("وس", "فس", "س", *_NOUN_PROCLITICS)
_ENCLITICS = ("هما", "كما", "هم", "هن", "ها", "كم", "كن", "نا", "ني", "ه", "ك", "ي")
_MIN_STEM = 2


@dataclass(slots=True, frozen=True)
class TriggerEntry:
    """One lexicon entry: the PLOVER type/mode it codes and its contextual guards."""

    index: int
    type: str
    mode: str | None
    confidence: float
    require_near: frozenset[str]
    block_next: frozenset[str]
    block_prev: frozenset[str]
    actor_rule: str | None  # "reporter": the declaring speaker is the actor


@dataclass(slots=True, frozen=True)
class FormInfo:
    """What a normalised surface form means: its entry and whether it is a verb form."""

    entry: TriggerEntry
    verb: bool


@dataclass(slots=True)
class Lexicon:
    """The compiled lexicon: single-word forms, phrases by first word, context word lists."""

    version: str
    nouns: dict[str, FormInfo] = field(default_factory=dict)
    verbs: dict[str, FormInfo] = field(default_factory=dict)
    phrases: dict[str, list[tuple[tuple[str, ...], FormInfo]]] = field(default_factory=dict)
    protected: frozenset[str] = frozenset()
    entries: list[TriggerEntry] = field(default_factory=list)


@dataclass(slots=True, frozen=True)
class TriggerMatch:
    """A lexicon hit: token span [first, last] in the token list and char offsets."""

    info: FormInfo
    first: int
    last: int
    start: int
    end: int


def _norm_set(words: list[str]) -> frozenset[str]:
    """Normalised first tokens of context words (multi-word items are checked by head)."""
    return frozenset(normalize(w).split()[0] for w in words if w.strip())


def conjugate(past: str, present: str) -> set[str]:
    """Regular perfect and imperfect forms of a verb, normalised (no clitics)."""
    past_n, present_n = normalize(past), normalize(present)
    forms = {past_n + s for s in _PAST_SUFFIXES}
    if past_n.endswith("ي"):  # defective «اعتدى»: «اعتدت», «اعتدوا»
        stem = past_n[:-1]
        forms |= {stem + "ت", stem + "وا", stem + "ا"}
    forms |= {p + present_n + s for p in _PRESENT_PREFIXES for s in _PRESENT_SUFFIXES}
    return forms


def _add(table: dict[str, FormInfo], form: str, info: FormInfo) -> None:
    """First entry wins: the file lists the stronger reading of an ambiguous form first."""
    table.setdefault(form, info)


def compile_lexicon(raw: dict[str, Any]) -> Lexicon:
    """Build the look-up tables from the JSON structure (exposed for tests)."""
    lex = Lexicon(version=str(raw["version"]))
    lex.protected = frozenset(normalize(w) for w in raw.get("protected", []))
    for i, item in enumerate(raw["entries"]):
        entry = TriggerEntry(
            index=i, type=str(item["type"]), mode=item.get("mode"),
            confidence=float(item.get("confidence", 0.6)),
            require_near=_norm_set(item.get("require_near", [])),
            block_next=_norm_set(item.get("block_next", [])),
            block_prev=_norm_set(item.get("block_prev", [])),
            actor_rule=item.get("actor"),
        )
        lex.entries.append(entry)
        verb_info, noun_info = FormInfo(entry, True), FormInfo(entry, False)
        phrases: list[tuple[list[str], FormInfo]] = []
        for past, present in item.get("verbs", []):
            for form in conjugate(past, present):
                _add(lex.verbs, form, verb_info)
        for key, info in (("verb_words", verb_info), ("words", noun_info)):
            for word in item.get(key, []):
                parts = normalize(word).split()
                if len(parts) == 1:
                    _add(lex.verbs if info.verb else lex.nouns, parts[0], info)
                else:
                    phrases.append((parts, info))
        for phrase in item.get("phrases", []):
            parts = normalize(" ".join(phrase)).split()
            phrases.append((parts, verb_info if len(parts) > 1 else noun_info))
        for parts, info in phrases:
            if len(parts) == 1:
                _add(lex.nouns, parts[0], info)
            else:
                lex.phrases.setdefault(parts[0], []).append((tuple(parts), info))
    for options in lex.phrases.values():
        options.sort(key=lambda p: -len(p[0]))  # longest phrase first
    return lex


@cache
def load_lexicon() -> Lexicon:
    """The packaged lexicon, compiled once per process."""
    return compile_lexicon(load_json(LEXICON_FILE))


# Look-up tables for :func:`analyses` and :func:`lookup`: a word's prefixes/suffixes of each
# length are probed in a dict, and the matches are put back in the tuples' order (the order
# decides which reading wins), instead of testing every clitic with startswith/endswith.
_PRO_RANK = {p: r for r, p in enumerate(_ALL_PROCLITICS)}
_PRO_LENS = sorted({len(p) for p in _ALL_PROCLITICS})
_NOUN_PRO = frozenset(_NOUN_PROCLITICS)
_NOUN_PRO_LENS = sorted({len(p) for p in _NOUN_PROCLITICS})
_VERB_PRO = frozenset(_VERB_PROCLITICS)
_ENC_RANK = {e: r for r, e in enumerate(_ENCLITICS)}
_ENC_LENS = sorted({len(e) for e in _ENCLITICS})
# The letters a clitic opens (proclitics) or closes (enclitics) with: a word whose first or a
# stem whose last letter is none of them has no clitic of that side to peel, told by one set
# look-up instead of a slice and a probe per clitic length (every word new to the process
# goes through ``analyses``: that is most of the events stage's cost on a fresh corpus).
_PRO_FIRST = frozenset(p[0] for p in _ALL_PROCLITICS)
_NOUN_PRO_FIRST = frozenset(p[0] for p in _NOUN_PROCLITICS)
_ENC_LAST = frozenset(e[-1] for e in _ENCLITICS)


def _proclitics_of(word: str) -> list[str]:
    """Proclitics ``word`` starts with (leaving a stem of ``_MIN_STEM``), in tuple order."""
    if word[:1] not in _PRO_FIRST:
        return []
    found = [word[:k] for k in _PRO_LENS
             if len(word) - k >= _MIN_STEM and word[:k] in _PRO_RANK]
    if len(found) > 1:
        found.sort(key=_PRO_RANK.__getitem__)
    return found


def _enclitics_of(stem: str) -> list[str]:
    """Enclitics ``stem`` ends with (leaving a stem of ``_MIN_STEM``), in tuple order."""
    if stem[-1:] not in _ENC_LAST:
        return []
    found = [stem[-k:] for k in _ENC_LENS
             if len(stem) - k >= _MIN_STEM and stem[-k:] in _ENC_RANK]
    if len(found) > 1:
        found.sort(key=_ENC_RANK.__getitem__)
    return found


@lru_cache(maxsize=100_000)
def analyses(word: str) -> tuple[tuple[str, bool], ...]:
    """Candidate (stem, verbal?) readings of a normalised word: as is, then clitics peeled.

    ``verbal`` says whether the peeled proclitics are admissible on a verb.
    """
    out: list[tuple[str, bool]] = [(word, True)]
    for pro in _proclitics_of(word):
        out.append((word[len(pro):], pro in _VERB_PRO))
    if len(out) == 1 and word[-1:] not in _ENC_LAST:
        return ((word, True),)  # nothing to peel (the common case, without the loops below)
    for stem, verbal in list(out):
        for enc in _enclitics_of(stem):
            base = stem[: -len(enc)]
            ok = verbal and enc != "ي"  # verbs take «ني», never a bare «ي»
            out.append((base, ok))
            if base.endswith("ت"):  # «هزيمته» → «هزيمة»
                out.append((base[:-1] + "ه", ok))
            if base.endswith("و"):  # «هاجموه» → «هاجموا»
                out.append((base + "ا", ok))
    return tuple(dict.fromkeys(out))


def stems(word: str) -> frozenset[str]:
    """All clitic-peeled stems of a normalised word (for context-word checks)."""
    return _stems(word)


@lru_cache(maxsize=100_000)
def _stems(word: str) -> frozenset[str]:
    return frozenset([s for s, _ in analyses(word)])


@lru_cache(maxsize=100_000)
def lookup(word: str) -> FormInfo | None:
    """The lexicon reading of one normalised token, or None."""
    lex = load_lexicon()
    readings = analyses(word)
    protected = lex.protected
    if word in protected or (word[:1] in _NOUN_PRO_FIRST and any(
        word[:k] in _NOUN_PRO and word[k:] in protected for k in _NOUN_PRO_LENS
    )):
        return None  # «وزارة» is never «و» + «زار» + «ه»
    for stem, verbal in readings:
        info = lex.nouns.get(stem)
        if info is not None:
            return info
        if verbal:
            info = lex.verbs.get(stem)
            if info is not None:
                return info
    return None


def _phrase_at(words: list[str], i: int, lex: Lexicon) -> tuple[int, FormInfo] | None:
    """Longest phrase starting at token ``i``: (last token index, info)."""
    for stem in _stems(words[i]):
        for parts, info in lex.phrases.get(stem, ()):
            n = len(parts)
            if i + n > len(words):
                continue
            if all(parts[k] in _stems(words[i + k]) for k in range(1, n)):
                return i + n - 1, info
    return None


@cache
def _phrase_heads() -> frozenset[str]:
    return frozenset(load_lexicon().phrases)


def _may_head_phrase(word: str) -> bool:
    """Can a phrase start at this word (one of its stems is a phrase's first word)? Asked
    once per word through :func:`_probe`'s cache, so it reads the readings directly rather
    than through a cache of its own and a set of the stems."""
    heads = _phrase_heads()
    return any(stem in heads for stem, _ in analyses(word))


def find_triggers(tokens: list[Token], words: list[str] | None = None) -> list[TriggerMatch]:
    """All lexicon hits in a token list (context guards are applied by the coder).

    ``words`` are the normalised token strings; computed from ``tokens`` when not given.
    """
    lex = load_lexicon()
    if words is None:
        words = [normalize(t.text) for t in tokens]
    hits: list[TriggerMatch] = []
    # Probe every word at C speed, then visit only the tokens that can start a hit (most
    # tokens of an article are no event word: ``_NOTHING``); a phrase skips past its words.
    probed = list(map(_probe, words[: len(tokens)]))
    resume = 0
    for i in [k for k, p in enumerate(probed) if p is not _NOTHING]:
        if i < resume:
            continue  # inside the phrase just found
        heads_phrase, found = probed[i]
        if heads_phrase and (phrase := _phrase_at(words, i, lex)) is not None:
            last, info = phrase
            hits.append(TriggerMatch(info, i, last, tokens[i].start, tokens[last].end))
            resume = last + 1
            continue
        if found is not None:
            hits.append(TriggerMatch(found, i, i, tokens[i].start, tokens[i].end))
    return hits


# What ``_probe`` returns for a word that neither heads a phrase nor has a reading (one
# object, so that ``find_triggers`` tells those apart by identity).
_NOTHING: tuple[bool, FormInfo | None] = (False, None)


@lru_cache(maxsize=200_000)
def _probe(word: str) -> tuple[bool, FormInfo | None]:
    """(may a phrase start here, the word's own reading): one cached look-up per token, since
    most tokens of an article are no event word at all; ``_NOTHING`` when neither."""
    if len(word) < _MIN_STEM or not ("\u0621" <= word[0] <= "\u064a"):
        return _NOTHING
    heads_phrase, found = _may_head_phrase(word), lookup(word)
    return _NOTHING if not heads_phrase and found is None else (heads_phrase, found)


__all__ = [
    "FormInfo", "Lexicon", "TriggerEntry", "TriggerMatch", "analyses", "compile_lexicon",
    "conjugate", "find_triggers", "load_lexicon", "lookup", "stems", "tokenize",
]
