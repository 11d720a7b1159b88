"""Attributed statements: who said what, to whom, with which stance.

Arabic news attributes almost every claim with a reporting verb («أكدت قيادة التحالف أن...»),
a prepositional source («بحسب المرصد») or a quotation. The verb lexicon (all persons and
tenses generated from two stems, plus stance and hedging) is data
(``data/reporting_verbs.json``); the clause logic — subject after the verb (VSO) or before it,
recipient «لـ"ستيب"», content «أن/إن» clause or quotation, pronoun-dropped verbs inheriting the
last speaker — lives here. Matching runs on the normalised view; spans map back.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from marsad.arabic.normalize import NormalizedText, normalize, normalized_view
from marsad.lexicon import load_json
from marsad.model import Content, Entity, Speaker, Statement

_TOKEN_RE = re.compile(r"[^\W\d_]+|\d+(?:[.,]\d+)*|[^\s\w]")
_SENT_END_RE = re.compile(r"[.!?؟]+(?=\s|$)|\n+")
_QUOTES = frozenset("\"“”«»„‟'")
_OPEN_QUOTES = frozenset("\"“«„'”")
_CLOSE_FOR = {"«": "»", "“": "”", "„": "“", '"': '"', "'": "'", "”": "”"}
_PUNCT = frozenset("،,:;؛.!?؟()[]-–—")
_FUNCTION = frozenset(
    normalize(w)
    for w in [
        "و",
        "ف",
        "كما",
        "فيما",
        "حيث",
        "بينما",
        "ثم",
        "وقد",
        "قد",
        "ولكن",
        "لكن",
        "أما",
        "إذ",
        "وإذ",
        "فقد",
        "كذلك",
        "بدوره",
        "بدورها",
        "من",
        "جهته",
        "من",
        "جهتها",
        "وكان",
        "كان",
        "وكانت",
        "كانت",
        "إلا",
        "أنه",
        "أنها",
        "ولكنه",
        "ولكنها",
        "لكنه",
        "لكنها",
        "وهو",
        "وهي",
        "هو",
        "هي",
        "هم",
        "أيضا",
        "لذلك",
        "وبحسب",
        "ولذلك",
        "عندما",
        "حين",
        "بعدما",
        "وبعدما",
        "وعندما",
        "فيما",
        "وفيما",
    ]
)
_NOT_REPORT_BEFORE = frozenset(
    normalize(w)
    for w in [
        "بعد",
        "قبل",
        "منذ",
        "رغم",
        "برغم",
        "إلا",
        "لا",
        "سيما",
        "كما",
        "مع",
        "حين",
        "بمجرد",
        "لولا",
        "لو",
    ]
)
_RECIPIENT_LEAD = frozenset(
    normalize(w)
    for w in ("تصريح", "تصريحات", "حديث", "مقابلة", "حوار", "لقاء", "بيان", "مؤتمر", "كلمة")
)
_MAX_SPEAKER = 10
_MAX_WINDOW = 12
_MAX_BACK = 7
_ACK = frozenset("وف")


@dataclass(slots=True, frozen=True)
class Cue:
    """A reporting cue form with its stance and behaviour flags."""

    stance: str
    hedged: bool = False
    object_ok: bool = False
    needs_content: bool = False
    prepositional: bool = False


@dataclass(slots=True, frozen=True)
class _Lex:
    verbs: dict[str, Cue]
    preps: dict[tuple[str, ...], Cue]
    preps_by_first: dict[str, tuple[tuple[tuple[str, ...], Cue], ...]]  # first word → entries
    markers: frozenset[str]
    hedges: frozenset[str]
    descriptors: frozenset[str]
    inner: frozenset[str]
    stop: frozenset[str]
    recipient_heads: frozenset[str]


def _forms(past: str, present: str, drop_past: bool, drop_present: bool) -> list[str]:
    out: list[str] = []
    if not drop_past:
        stem = past[:-1] if past.endswith(("ى", "ا")) and len(past) > 2 else past
        out += [past, stem + "ت", stem + "وا", stem + "تا"]
    if not drop_present:
        body = present[1:]
        out += [
            present,
            "ت" + body,
            present + "ون",
            present + "ان",
            "ت" + body + "ان",
            "ي" + body + "ن",
            "ن" + body,
        ]
        if present.endswith(("ي", "و")):
            out += [present[:-1] + "ون", "ت" + body[:-1] + "ون"]
    return out


@cache
def reporting_lexicon() -> _Lex:
    """Load and expand ``reporting_verbs.json`` once per process."""
    raw = load_json("reporting_verbs.json")
    verbs: dict[str, Cue] = {}
    for entry in raw["verbs"]:
        cue = Cue(
            entry["stance"],
            bool(entry.get("hedged")),
            bool(entry.get("object")),
            bool(entry.get("needs_content")),
        )
        forms = _forms(
            entry["past"],
            entry["present"],
            bool(entry.get("drop_past")),
            bool(entry.get("drop_present")),
        )
        for form in forms + list(entry.get("extra", [])):
            verbs.setdefault(normalize(form), cue)
    preps: dict[tuple[str, ...], Cue] = {}
    for entry in raw["prepositional"]:
        key = tuple(normalize(entry["form"]).split())
        preps[key] = Cue(entry["stance"], bool(entry.get("hedged")), prepositional=True)
    norm_set = lambda name: frozenset(normalize(w) for w in raw[name])  # noqa: E731
    by_first: dict[str, list[tuple[tuple[str, ...], Cue]]] = {}
    for key, cue in preps.items():
        by_first.setdefault(key[0], []).append((key, cue))
    return _Lex(
        verbs,
        preps,
        {first: tuple(entries) for first, entries in by_first.items()},
        norm_set("content_markers"),
        norm_set("hedges"),
        norm_set("speaker_descriptors"),
        norm_set("speaker_inner"),
        norm_set("speaker_stop"),
        norm_set("recipient_heads"),
    )


@dataclass(slots=True)
class _Tok:
    text: str
    start: int
    end: int


def _strip_conj(word: str) -> str:
    if len(word) > 3 and word[0] in _ACK:
        return word[1:]
    return word


def _verb_cue(lex: _Lex, word: str) -> Cue | None:
    cue = lex.verbs.get(word)
    if cue is None and len(word) > 3 and word[0] in _ACK:
        cue = lex.verbs.get(word[1:])
        if cue is None and len(word) > 4 and word[:2] == "وف":
            cue = lex.verbs.get(word[2:])
    return cue


# word -> (its verb cue, prepositional-cue candidates keyed by it or its bare form), for the
# lexicon in _CUES_LEX; a pure function of the word, so cached across articles.
_CUES: dict[str, tuple[Cue | None, tuple[tuple[tuple[str, ...], Cue], ...]]] = {}
_CUES_LEX: list[_Lex] = []
_CUES_MAX = 200_000


def _cues_of(
    lex: _Lex, word: str
) -> tuple[Cue | None, tuple[tuple[tuple[str, ...], Cue], ...]]:
    if not _CUES_LEX or _CUES_LEX[0] is not lex:
        _CUES.clear()
        _CUES_LEX[:] = [lex]
    got = _CUES.get(word)
    if got is None:
        cue = _verb_cue(lex, word)
        candidates: tuple[tuple[tuple[str, ...], Cue], ...] = ()
        if cue is None:
            bare = _strip_conj(word)
            candidates = tuple(lex.preps_by_first.get(word, ())) if bare == word else (
                *lex.preps_by_first.get(word, ()), *lex.preps_by_first.get(bare, ()))
        got = (cue, candidates)
        if len(_CUES) >= _CUES_MAX:
            _CUES.clear()
        _CUES[word] = got
    return got


def _original_spans(view: NormalizedText, toks: list[_Tok]) -> list[tuple[int, int]]:
    """``view.to_original`` of every (non-empty) token span, without a call per token."""
    index = view.index
    if index is None:
        return [(t.start, t.end) for t in toks]
    size, total = len(index), len(view.original)
    return [
        (index[t.start], index[t.end - 1] + 1) if t.start < size else (total, total)
        for t in toks
    ]


def _is_marker(lex: _Lex, word: str) -> bool:
    return word in lex.markers or (len(word) > 2 and word[0] in _ACK and word[1:] in lex.markers)


def _quote_end(toks: list[_Tok], i: int, limit: int) -> int | None:
    """Index of the quote closing the one at ``i`` (before ``limit``), if any."""
    close = _CLOSE_FOR.get(toks[i].text, "”")
    for k in range(i + 1, limit):
        t = toks[k].text
        if t == close or ((t in _QUOTES and t != "«" and t != "“") or (t == "“" and close == "“")):
            return k
    return None


def _speaker_after(lex: _Lex, toks: list[_Tok], j: int, limit: int) -> int:
    """End index (exclusive) of the subject noun phrase starting at ``j``."""
    k = j
    head: str | None = None
    inner_used = False
    while k < limit and k - j < _MAX_SPEAKER:
        t = toks[k].text
        if t in _QUOTES:
            close = _quote_end(toks, k, min(limit, k + 5))
            if (
                k > j
                and close is not None
                and close - k <= 3
                and (
                    close + 1 >= limit
                    or toks[close + 1].text in _PUNCT
                    or _is_marker(lex, toks[close + 1].text)
                    or toks[close + 1].text == "عن"
                )
            ):
                k = close + 1
                continue
            break
        if t in _PUNCT or t[0].isdigit():
            break
        if _is_marker(lex, t) or (_verb_cue(lex, t) is not None and k > j):
            break
        if (
            t in lex.inner
            and head in lex.descriptors
            and not inner_used
            and k > j
            and (k + 1 >= limit or toks[k + 1].text not in _RECIPIENT_LEAD)
        ):
            inner_used = True
            k += 1
            continue
        if t in lex.stop or (
            t.startswith("ل") and k + 1 < limit and toks[k + 1].text in _QUOTES and len(t) <= 2
        ):
            break
        if k > j and t.startswith("ل") and t[1:] and _strip_conj(t[1:]) in lex.recipient_heads:
            break
        if k > j and t.startswith("ل") and t[1:2].isascii() and t[1:2].isalpha():
            break
        if head is None:
            head = t
        k += 1
    return k


_LATIN_RE = re.compile(r"[A-Za-z][A-Za-z0-9&.\- ]{0,30}[A-Za-z0-9]|[A-Za-z]")


def _recipient(lex: _Lex, toks: list[_Tok], a: int, b: int, norm: str) -> tuple[int, int] | None:
    """The outlet a statement was made to: «لـ"ستيب"», «لـCNN», «لوكالة الأنباء...»."""
    for k in range(a, b):
        t = toks[k].text
        if t in ("ل", "لـ") or (t.startswith("ل") and len(t) == 1):
            if k + 1 < b and toks[k + 1].text in _QUOTES:
                close = _quote_end(toks, k + 1, min(b + 1, k + 10, len(toks)))
                if close is not None and close > k + 2:
                    return toks[k + 2].start, toks[close - 1].end
            m = _LATIN_RE.match(norm, toks[k].end)
            if m is not None:
                return m.start(), m.end()
        if t.startswith("ل") and t[1:2].isascii() and t[1:2].isalpha():
            m = _LATIN_RE.match(norm, toks[k].start + 1)
            if m is not None:
                return m.start(), m.end()
        if t.startswith("ل") and len(t) > 2 and t[1:] in lex.recipient_heads:
            end = k + 1
            while (
                end < b
                and end - k < 4
                and toks[end].text not in _PUNCT
                and not _is_marker(lex, toks[end].text)
                and toks[end].text not in lex.stop
            ):
                end += 1
            return toks[k].start + 1, toks[end - 1].end
    return None


def _content(
    lex: _Lex, toks: list[_Tok], j: int, limit: int, cue: Cue
) -> tuple[int, int, int] | None:
    """(content start index, end index exclusive, where the scan stopped) after the speaker."""
    k = j
    stop = min(limit, j + _MAX_WINDOW)
    while k < stop:
        t = toks[k].text
        if _is_marker(lex, t):
            if k > j and toks[k - 1].text in _NOT_REPORT_BEFORE:
                return None
            return k, limit, k
        if t == ":" and k + 1 < limit:
            if toks[k + 1].text in _QUOTES:
                close = _quote_end(toks, k + 1, len(toks))
                if close is not None and close > k + 2:
                    return k + 2, close, k
            return k + 1, limit, k
        if len(t) <= 2 and t.startswith("ل") and k + 1 < limit and toks[k + 1].text in _QUOTES:
            close = _quote_end(toks, k + 1, min(limit, k + 7))
            if close is not None:  # «لـ"ستيب"»: the recipient, not a quotation
                k = close + 1
                stop = min(limit, stop + 3)
                continue
        if t in _QUOTES and t != "»" and k + 3 < limit:
            close = _quote_end(toks, k, len(toks))
            if close is not None and close - k > 4:
                return k + 1, close, k
        if _verb_cue(lex, t) is not None and k > j:
            return None
        if t in (".", "؟", "!"):
            return None
        k += 1
    return None


def _inherit_before(lex: _Lex, toks: list[_Tok], i: int, lo: int) -> tuple[int, int] | None:
    """A subject written before the verb («المتحدث باسم الوزارة قال إن...»)."""
    k = i
    while (
        k > lo
        and toks[k - 1].text not in _PUNCT
        and toks[k - 1].text not in _QUOTES
        and i - k < _MAX_BACK + 1
    ):
        k -= 1
    if i - k > _MAX_BACK or k == i:
        return None
    while k < i and (toks[k].text in _FUNCTION or toks[k].text in lex.stop):
        k += 1
    if k >= i or (toks[k].text.startswith(("و", "ف")) and _strip_conj(toks[k].text) in _FUNCTION):
        return None
    words = [t.text for t in toks[k:i]]
    if any(_verb_cue(lex, w) for w in words) or any(w in lex.stop or w in _FUNCTION for w in words):
        return None
    if len(words) == 1 and (words[0].endswith(("ها", "هم", "ه")) and words[0][0] in "لو"):
        return None
    return k, i


def _sentences(text: str, spans: Sequence[tuple[int, int]] | None) -> list[tuple[int, int]]:
    if spans:
        return list(spans)
    out: list[tuple[int, int]] = []
    start = 0
    for m in _SENT_END_RE.finditer(text):
        if m.end() > start:
            out.append((start, m.end()))
        start = m.end()
    if start < len(text):
        out.append((start, len(text)))
    return out


def _link(entities: Sequence[Entity], start: int, end: int) -> str | None:
    best: tuple[int, int, str] | None = None
    for ent in entities:
        for m in ent.mentions:
            if start <= m.start and m.end <= end:
                key = (-(m.end - m.start), m.start, ent.id)
                if best is None or key < best:
                    best = key
    return best[2] if best else None


def _hedged(lex: _Lex, toks: list[_Tok], a: int, b: int) -> bool:
    for k in range(a, b):
        t = toks[k].text
        if t == "قد" and k + 1 < b and toks[k + 1].text[:1] in "يتن":
            return True
        if t != "قد" and (t in lex.hedges or _strip_conj(t) in lex.hedges):
            return True
    return False


def _trim_end(toks: list[_Tok], a: int, b: int) -> int:
    while b > a and toks[b - 1].text in _PUNCT:
        b -= 1
    return b


def extract_statements(
    text: str,
    entities: Sequence[Entity] = (),
    sentences: Sequence[tuple[int, int]] | None = None,
    view: NormalizedText | None = None,
) -> list[Statement]:
    """Every attributed statement in ``text`` (offsets into ``text``)."""
    if view is None or view.original is not text:
        view = normalized_view(text)
    norm = view.text
    lex = reporting_lexicon()
    out: list[Statement] = []
    # sentence and paragraph bounds are in original offsets; map tokens to original too.
    all_toks = [_Tok(m.group(), m.start(), m.end()) for m in _TOKEN_RE.finditer(norm)]
    orig = _original_spans(view, all_toks)
    last_speaker: Speaker | None = None
    ti = 0
    for s_start, s_end in _sentences(text, sentences):
        while ti < len(all_toks) and orig[ti][0] < s_start:
            ti += 1
        lo = ti
        hi = lo
        while hi < len(all_toks) and orig[hi][1] <= s_end:
            hi += 1
        ti = hi
        if hi - lo < 3:
            continue
        toks = all_toks
        content_until = -1
        i = lo
        while i < hi:
            t = toks[i].text
            cue, candidates = _cues_of(lex, t)
            cue_len = 1
            if cue is None:
                for key, pcue in candidates:
                    rest = key[1:]
                    if all(
                        i + 1 + n < hi
                        and (
                            toks[i + 1 + n].text == r
                            or (r == "ل" and toks[i + 1 + n].text.startswith("ل"))
                        )
                        for n, r in enumerate(rest)
                    ) and (cue is None or len(key) > cue_len):
                        cue, cue_len = pcue, len(key)
            if cue is None:
                i += 1
                continue
            inside = i < content_until
            if (
                inside
                and out
                and i > lo
                and toks[i - 1].text in ("،", ",")
                and t[0] in _ACK
                and not cue.prepositional
            ):
                inside = False  # «...، وشددت على أن...»: a new coordinated statement
                prev = out[-1].content
                if prev is not None and prev.end > orig[i - 1][0]:
                    cut = orig[i - 1][0]
                    prev.text, prev.end = text[prev.start : cut], cut
            stmt = _build(
                lex,
                text,
                view,
                toks,
                orig,
                i,
                cue_len,
                cue,
                lo,
                hi,
                norm,
                entities,
                last_speaker,
                inside=inside,
            )
            if stmt is None:
                i += cue_len
                continue
            st, c_end_idx = stmt
            out.append(st)
            if st.speaker.start is not None and st.speaker.text:
                last_speaker = st.speaker
            content_until = max(content_until, c_end_idx)
            i += cue_len
    return out


def _build(
    lex: _Lex,
    text: str,
    view: NormalizedText,
    toks: list[_Tok],
    orig: list[tuple[int, int]],
    i: int,
    cue_len: int,
    cue: Cue,
    lo: int,
    hi: int,
    norm: str,
    entities: Sequence[Entity],
    last_speaker: Speaker | None,
    inside: bool,
) -> tuple[Statement, int] | None:
    j = i + cue_len
    limit = _trim_end(toks, lo, hi)
    if cue.prepositional:
        first_tok = toks[i + cue_len - 1].text
        sp_start = j
        if first_tok.startswith("ل") and len(first_tok) > 1 and cue_len > 1:
            sp_start = i + cue_len - 1
        sp_end = _speaker_after(lex, toks, j, limit)
        if sp_start == i + cue_len - 1:
            sp_end = max(sp_end, sp_start + 1)
        if sp_end <= sp_start:
            return None
        s0, _ = orig[sp_start]
        if sp_start == i + cue_len - 1:
            s0 += 1
        _, s1 = orig[sp_end - 1]
        # content: the rest of the sentence on the other side of the source
        before = _trim_end(toks, lo, i)
        if before - lo >= 3:
            c0, c1 = lo, before
        else:
            c0, c1 = sp_end, limit
            while c0 < c1 and (toks[c0].text in _PUNCT or toks[c0].text in ("فان", "فإن")):
                c0 += 1
        if c1 - c0 < 2:
            return None
        source = Speaker(text[s0:s1], _link(entities, s0, s1), s0, s1)
        return _make(text, toks, orig, i, cue_len, cue, source, c0, c1, None, lex), c1
    if cue.stance == "estimate" and j < hi and toks[j].text.startswith("ب"):
        return None  # «يقدّر بحوالي 900»: a passive figure, not a speaker's estimate
    sp_end = _speaker_after(lex, toks, j, limit)
    found = _content(lex, toks, sp_end, limit, cue)
    speaker: Speaker | None = None
    if sp_end > j:
        s0, s1 = orig[j][0], orig[sp_end - 1][1]
        speaker = Speaker(text[s0:s1], _link(entities, s0, s1), s0, s1)
    else:
        back = _inherit_before(lex, toks, i, lo)
        if back is not None and not inside:
            s0, s1 = orig[back[0]][0], orig[back[1] - 1][1]
            speaker = Speaker(text[s0:s1], _link(entities, s0, s1), s0, s1)
        elif inside:
            return None
        elif last_speaker is not None:
            speaker = last_speaker
        else:
            speaker = Speaker("", None, None, None)
    if inside and sp_end == j:
        return None
    to: str | None = None
    if found is None:
        if not cue.object_ok or cue.needs_content or limit - sp_end < 2 or sp_end == j:
            return None
        c0, c1 = sp_end, limit
        scan_end = c0
    else:
        c0, c1, scan_end = found
    rec = _recipient(lex, toks, j, max(scan_end, sp_end + 1), norm)
    if rec is not None:
        r0, r1 = view.to_original(*rec)
        to = text[r0:r1].strip(" \"“”«»'ـ")
    return _make(text, toks, orig, i, cue_len, cue, speaker, c0, c1, to, lex), c1


def _make(
    text: str,
    toks: list[_Tok],
    orig: list[tuple[int, int]],
    i: int,
    cue_len: int,
    cue: Cue,
    speaker: Speaker,
    c0: int,
    c1: int,
    to: str | None,
    lex: _Lex,
) -> Statement:
    q0, q1 = orig[i][0], orig[i + cue_len - 1][1]
    content = None
    if c1 > c0:
        a, b = orig[c0][0], orig[c1 - 1][1]
        content = Content(text[a:b], a, b)
    starts = [q0] + (
        [speaker.start]
        if speaker.start is not None and speaker.start >= 0 and speaker.start >= q0 - 200
        else []
    )
    ends = [q1] + ([content.end] if content else [])
    if speaker.end is not None and speaker.start is not None and speaker.start >= min(starts):
        ends.append(speaker.end)
    hedged = cue.hedged or _hedged(lex, toks, i, c1)
    return Statement(
        speaker=speaker,
        cue=text[q0:q1],
        stance=cue.stance,
        content=content,
        start=min(starts),
        end=max(ends),
        to=to,
        hedged=hedged,
        cue_start=q0,
        cue_end=q1,
    )
