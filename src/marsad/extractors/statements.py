"""Attributed statements: who said what, to whom, with which stance.

Arabic news attributes almost every claim with a reporting verb («أكدت قيادة التحالف أن...»),
a prepositional source («بحسب المرصد») or a quotation. The verb lexicon (all persons and
tenses generated from two stems, plus stance and hedging) is data
(``data/reporting_verbs.json``, with participles, object-suffixed forms and false-cue contexts);
the clause logic lives here: subject after the verb (VSO) or before it in the same clause
(«يذكر أن تركيا أعلنت», «وكان البيت الأبيض قد حذر»), where the noun after a transitive cue is
its object; speakers that are referents only (never «فيه», «قائلا», «سيطرتها»); participles and
pronoun-dropped verbs inheriting the governing or previous statement's speaker, reset by a
paragraph or an intervening clause (an empty speaker beats a wrong one); relayed sources
(«نقلت X عن Y قوله» → Y via X, «على لسان Y»); «بحسب/وفقا لـ» with source-like nouns only;
recipient «لـ"ستيب"»; content «أن/إن» clause or quotation, never cut inside an open quotation.
Matching runs on the normalised view; spans map back.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from itertools import accumulate, islice
from typing import Any

from marsad.arabic.normalize import NormalizedText, normalize, normalized_view
from marsad.arabic.tokenize import Token, iter_token_texts, token_texts, tokenize
from marsad.lexicon import load_json
from marsad.linking.everyday import load_everyday_words
from marsad.model import Content, Entity, SpanRef, Speaker, Statement
from marsad.ner.name_lexicons import read_person_names


@cache
def statement_words() -> dict[str, list[str]]:
    """The closed word classes of the clause logic (``data/statement_words.json``, versioned;
    the cue lexicon is ``reporting_verbs.json``), loaded once per process."""
    raw = load_json("statement_words.json")
    return {name: list(words) for name, words in raw.items() if isinstance(words, list)}


def _word_set(name: str) -> frozenset[str]:
    return frozenset(normalize(w) for w in statement_words()[name])


_SENT_END_RE = re.compile(r"[.!?؟]+(?=\s|$)|\n+")
_QUOTES = frozenset("\"“”«»„‟'")
_OPEN_QUOTES = frozenset("\"“«„'”")
_CLOSE_FOR = {"«": "»", "“": "”", "„": "“", '"': '"', "'": "'", "”": "”"}
_PUNCT = frozenset("،,:;؛.!?؟()[]-–—")
_FUNCTION = _word_set("function")
_NOT_REPORT_BEFORE = _word_set("not_report_before")
# «بن، ابن، أبي، أبو…» inside a person's name: a cue word right after one is part of the name
_NAME_PARTICLES = _word_set("name_particles")
# «بن» between two names: the stop word before it is a given name («علي بن أبي طالب»)
_PATRONYMICS = _word_set("patronymics")
_RECIPIENT_LEAD = _word_set("recipient_lead_nouns")
_MAX_SPEAKER = 10
_MAX_TOPIC = 14  # words of a fronted «وعن X» topic before its cue (no comma or colon in it
# unless the cue answers it: see _topic_trimmed)
_MAX_WINDOW = 18  # «وقال X، المسؤول في…، في مراسم…، الجمعة، إن…»
_MAX_COLON_WINDOW = 36  # «وقال X في…، حيث…:"…"»: a colon and a quotation end a longer setting
_MAX_BACK = 7
_ACK = frozenset("وف")
_KAMA = "كما"  # «…، كما رأى أن…»: also (a new statement), not «كما قال X» (as X said)
# bidirectional formatting marks next to a space («شرق\u202d\u202d \u202c\u202c البلاد»): invisible,
# read as spaces; inside a word or a number («7.\u200f0») they stay
_BIDI_RE = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]+(?=\\s)"
                      "|(?<=\\s)[\u200e\u200f\u202a-\u202e\u2066-\u2069]+")


@dataclass(slots=True, frozen=True)
class Cue:
    """A reporting cue form with its stance and behaviour flags."""

    stance: str
    hedged: bool = False
    object_ok: bool = False
    needs_content: bool = False
    prepositional: bool = False
    participle: bool = False  # «قائلا، مضيفا»: continues the governing verb's subject
    transitive: bool = False  # «حذر/دعا/اتهم X»: the noun after the verb may be its object
    relay: bool = False  # «نقل X عن Y»: Y's words relayed by X
    complement: frozenset[str] = frozenset()  # «أشار إلى…», «أفاد بـ…»: content without «أن»
    nominal: bool = False  # «قول الرئيس إن…», «دعوة الوزير إلى…»: a verbal noun and its agent
    relayed_only: bool = False  # «أن الوفد الروسي طلب من…»: a cue only inside another's content
    needs_subject: bool = False  # «أجابت ساندرز: …»: a cue only with its subject written after it
    label: bool = False  # «وصف X بأنه…»: the noun right before «بـ» is the object labelled
    # «علمت "الوطن" من مصادر مطلعة أن…»: a cue only as a relay whose source follows one of
    # these prepositions (empty: an ordinary cue; «نقل» relays with «عن» and stands alone)
    relay_from: frozenset[str] = frozenset()
    # «اتهم X بـ…»: the one accused is named before the «بـ» complement, so a bare form with a
    # «بـ» verbal noun right after it is a passive («متهمة بتقديم…», «اتهم بارتكابها»)
    object_first: bool = False
    # «وتعتبر أنقرة الوحدات الكردية امتدادا لـ…»: besides a content clause the verb takes two
    # objects, the thing judged and the judgement (:func:`_deemed_object`)
    two_objects: bool = False


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
    not_speaker: frozenset[str]
    resumptive: frozenset[str]
    relay_said: frozenset[str]
    head_ok: frozenset[str]
    blocked_before: frozenset[str]
    blocked_after: frozenset[str]
    impersonal: frozenset[str]
    addressees: frozenset[str]
    source_heads: frozenset[str]
    possessed_ok: frozenset[str]  # «زعيمها، وزير خارجيتها»: possessed nouns that name people
    not_original: frozenset[str]  # original spellings that are another word («يدعى»)
    impersonal_passive: frozenset[str]  # «ويعتقد أن…» with nobody to continue: "it is believed"
    source_leads: frozenset[str]  # «بحسب ما/حسبما/كما» + verb: the verb's subject is a source
    relatives: frozenset[str]  # «X، الذي قال…»: X speaks
    object_heads: frozenset[str]  # «أعلنت الوزارة مقتل…»: the object begins, the subject ended
    object_openers: frozenset[str]  # «نفت دمشق أية مسؤولية»
    outlets: frozenset[str]  # «…، بحسب رويترز»: outlets that relay another source's words
    titles: frozenset[str]  # «الشيخ، اللواء، الداعية»: a bare name may follow them
    first_person: frozenset[str]  # «ندين، نرى»: "we" speak; the noun after is the object
    fatha_present: frozenset[str] = frozenset()  # «يقول، يتهم»: a damma on «يُ» is a passive
    # descriptors, titles and source heads together: the first words a speaker may open with
    speaker_heads: frozenset[str] = frozenset()
    # «متسائلا، مستطردا، مستكملا»: participles that are cues only right after a comma
    comma_participles: dict[str, Cue] = field(default_factory=dict)
    # «مطالبة، داعية، محذرة»: the «ة» participles, which keep their verb's object only after a
    # comma (elsewhere they are spelt as the verbal noun: «من أبرزها مطالبة الأهالي بـ…»)
    comma_objects: dict[str, Cue] = field(default_factory=dict)
    # «اعتقد» (for «أعتقد»): the «I» forms of the presents, each with whether a past is spelt
    # the same but for the hamza (:func:`_i_forms_of`)
    i_forms: dict[str, bool] = field(default_factory=dict)


_OBJ_SUFFIXES = ("ه", "ها", "هم", "هما", "كم", "نا", "ني")


def _suffixed(forms: list[str]) -> list[str]:
    """Object-pronoun forms of verb forms: «يتهم» → «يتهمه، يتهمها…», «حذروا» → «حذروه»,
    «نفى» → «نفاه، نفاها» (the final «ى» is written «ا» before the pronoun)."""
    out: list[str] = []
    for form in forms:
        base = form[:-1] if form.endswith("وا") else form
        if form.endswith("ى"):
            base = form[:-1] + "ا"
        out += [base + suf for suf in _OBJ_SUFFIXES]
    return out


def _object_suffixed(lex: _Lex, word: str) -> bool:
    """Whether a cue word carries an object pronoun («اعتبرها», «يتهمه»)."""
    return any(word.endswith(suf) and len(word) > len(suf) + 2
               and lex.verbs.get(word[: -len(suf)]) is not None for suf in _OBJ_SUFFIXES)


def _participles(forms: list[str]) -> list[str]:
    """Every gender and number of a participle given in the masculine singular: «مضيفا» →
    «مضيفاً، مضيفة، مضيفين، مضيفتين» (data lists one form, Arabic inflects it). Only the
    accusative: the circumstantial participle (حال) is never nominative, and «الضباط متهمون
    بالتآمر» or «مضيفون» (hosts) are predicates and nouns, not a continuation."""
    out: list[str] = []
    for form in forms:
        stem = form.rstrip("اًٌٍ")
        out += [form, stem + "ا", stem + "اً", stem + "ًا", stem + "ة", stem + "ين",
                stem + "تين"]
    return out


def _forms(past: str, present: str, drop_past: bool, drop_present: bool) -> list[str]:
    out: list[str] = []
    if not drop_past:
        stem = past[:-1] if past.endswith(("ى", "ا")) and len(past) > 2 else past
        out += [past, stem + "ت", stem + "وا", stem + "تا"]
        if not past.endswith(("ى", "ا")):
            out.append(past + "ا")  # dual «قالا، أكدا»
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


def _other_hamza(forms: list[str]) -> set[str]:
    """The spellings that differ from a cue form only by a hamza under its opening alif where
    the form writes it over: «إبان» (during) is no «أبان» (showed), «إشادته» (his praise) no
    «أشادته» (she praised him), «وإثنى عشر» (twelve) no «أثنى». Normalisation makes the two
    one word, so they are listed among the spellings that are another word. A bare «ا» is left
    a cue (writers often drop the hamza: «اعلن»), and so is a form the lexicon writes with a
    bare «ا» (form VIII: «إتهم» is a writer's hamza on «اتهم»)."""
    return {"إ" + form[1:] for form in forms if form.startswith("أ")}


def _present_persons(entry: dict[str, Any]) -> tuple[set[str], set[str]]:
    """The «we» form of a verb's present and, for a ``fatha_prefix`` verb, its active presents
    (normalised). ``drop_we`` leaves out only the «we» form («نجيب» is a name): the verb's
    other presents still read a damma on their prefix as a passive."""
    if entry.get("drop_present"):
        return set(), set()
    we = set() if entry.get("drop_we") else {normalize("ن" + entry["present"][1:])}
    fatha = ({normalize(f) for f in _forms(entry["past"], entry["present"], True, False)}
             if entry.get("fatha_prefix") else set())
    return we, fatha


def _i_forms_of(entries: list[dict[str, Any]]) -> dict[str, bool]:
    """The «I» forms of the reporting verbs' presents (normalised: «اعتقد» for «أعتقد»), each
    with whether a past is spelt the same but for the hamza: the past of form VIII and its
    like opens with a bare «ا» that writers often give a hamza («وأعتبر الوزير أن…» is he
    considered). Verbs whose past opens with «أ» (form IV: «أعلن، أبلغ، أقر») are left out:
    their «I» is spelt as their past, hamza and all."""
    hamza_pasts = {normalize(e["present"]) for e in entries if e["past"].startswith("أ")}
    return {normalize("ا" + e["present"][1:]): e["past"].startswith("ا") for e in entries
            if not e.get("drop_present") and normalize(e["present"]) not in hamza_pasts}


@cache
def reporting_lexicon() -> _Lex:
    """Load and expand ``reporting_verbs.json`` once per process."""
    raw = load_json("reporting_verbs.json")
    verbs: dict[str, Cue] = {}
    not_original: set[str] = set()
    first_person: set[str] = set()
    fatha_present: set[str] = set()
    comma_participles: dict[str, Cue] = {}
    comma_objects: dict[str, Cue] = {}
    for entry in raw["verbs"]:
        cue = Cue(
            entry["stance"],
            bool(entry.get("hedged")),
            bool(entry.get("object")),
            bool(entry.get("needs_content")),
            transitive=bool(entry.get("transitive")),
            relay=bool(entry.get("relay")),
            complement=frozenset(normalize(w) for w in entry.get("complement", ())),
            relayed_only=bool(entry.get("relayed_only")),
            needs_subject=bool(entry.get("needs_subject")),
            label=bool(entry.get("label_object")),
            relay_from=frozenset(normalize(w) for w in entry.get("relay_from", ())),
            object_first=bool(entry.get("object_first")),
            two_objects=bool(entry.get("two_objects")),
        )
        forms = _forms(
            entry["past"],
            entry["present"],
            bool(entry.get("drop_past")),
            bool(entry.get("drop_present")),
        ) + list(entry.get("extra", []))
        if entry.get("drop_we"):
            forms.remove("ن" + entry["present"][1:])  # «نجيب» is a name, not "we answer"
        for form in forms:
            verbs.setdefault(normalize(form), cue)
        we, fatha = _present_persons(entry)
        first_person |= we
        fatha_present |= fatha
        if entry.get("suffixes"):
            # «تعتبرها أنقرة جماعة إرهابية»: with its object attached, what follows the subject
            # is the predicate said of it, content without «أن»
            # «اتهمه بالتقصير»: the suffix is the one accused, the «بـ» after it is active
            suffixed = (Cue(cue.stance, cue.hedged, True, cue.needs_content,
                            transitive=cue.transitive, relay=cue.relay, complement=cue.complement)
                        if entry.get("suffix_object") else replace(cue, object_first=False))
            suffixed_forms = _suffixed(forms)
            for form in suffixed_forms:
                verbs.setdefault(normalize(form), suffixed)
            not_original |= _other_hamza(suffixed_forms)
        # «مرجحا ارتفاع الحصيلة»: a participle's subject is inherited, so a plain object after
        # it cannot be misread as its speaker, as one after «ترجح» can («التقارير… ترجح أعدادا
        # أكبر»); such verbs give only their participles an object
        obj = cue.object_ok or bool(entry.get("participle_object"))
        part = Cue(cue.stance, cue.hedged, obj, cue.needs_content, participle=True,
                   complement=cue.complement, object_first=cue.object_first)
        # a participle keeps its verb's object («مطالبا الحكومة بـ…», «داعيا النواب إلى…»), but
        # not in «ة», spelt as the verbal noun («من أبرزها مطالبة الأهالي بـ…», a demand)
        part_obj = Cue(cue.stance, cue.hedged, obj, cue.needs_content, participle=True,
                       transitive=cue.transitive, complement=cue.complement,
                       object_first=cue.object_first)
        # an inflected participle spelt as another word is no cue form: «متابعة» is the
        # verbal noun (follow-up: «المكلف بالإشراف ومتابعة سير العمل» inside a speaker's
        # title) and «متابعين» the noun (followers), where «متابعا أن…» is «continuing that…»
        others = {normalize(w) for w in entry.get("not_participles", ())}
        for form in _participles(entry.get("participles", [])):
            if normalize(form) in others:
                continue
            verbs.setdefault(normalize(form), part if form.endswith("ة") else part_obj)
            if form.endswith("ة") and part_obj != part:
                # «وأعلنت المرجعية تضامنها مع المحتجين، مطالبة الحكومة بإيجاد حلول»: after a
                # comma closing the feminine subject's clause it is her participle
                comma_objects.setdefault(normalize(form), part_obj)
        # after a comma they open a second statement after the verb's own words («وقال X إن
        # "…"، متسائلا: "…"»); anywhere else they stand between their verb and its words
        # («وأوضح X ردا على سؤال متسائلا: …») and are left out of the cue forms, so the verb
        # keeps those words
        comma_part = Cue(cue.stance, cue.hedged, needs_content=cue.needs_content,
                         participle=True, complement=cue.complement)
        for form in _participles(entry.get("comma_participles", [])):
            comma_participles[normalize(form)] = comma_part
        not_original.update(entry.get("not_original", []))
        not_original |= _other_hamza(forms)
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
        norm_set("not_speaker"),
        norm_set("resumptive"),
        norm_set("relay_said"),
        norm_set("head_ok"),
        norm_set("blocked_before") | _NAME_PARTICLES,  # («علي بن أبي طالب»)
        norm_set("blocked_after"),
        norm_set("impersonal"),
        norm_set("addressees"),
        norm_set("source_heads"),
        norm_set("possessed_referents"),
        frozenset(not_original),
        norm_set("impersonal_passive"),
        norm_set("source_verb_leads"),
        norm_set("relatives"),
        norm_set("object_heads"),
        norm_set("object_openers"),
        norm_set("relay_outlets"),
        norm_set("person_titles"),
        frozenset(first_person),
        frozenset(fatha_present),
        norm_set("speaker_descriptors") | norm_set("person_titles") | norm_set("source_heads"),
        comma_participles,
        comma_objects,
        _i_forms_of(raw["verbs"]),
    )


_DAMMA = "\u064f"


# «عن/عنه…» a few words after a passive relay («نُقل يوم الاثنين عن X قوله», «ونُقل عنه»)
_FROM_WHOM = _word_set("from_whom")
# «تذكر/يذكر» after an indefinite noun: the passive «تُذكَر», worth mentioning
_WORTH_MENTION = _word_set("worth_mention_forms")


def _indefinite_noun(doc: _Doc, k: int) -> bool:
    """Whether the token at ``k`` is an indefinite common noun: no article, no function word
    or negation, no name and no speaker's title («خسائر», «نتائج»; not «ولم», «ترامب»)."""
    w = doc.toks[k].text
    return (len(w) > 2 and w[:1].isalpha() and not w.startswith("ال") and w not in _FUNCTION
            and _strip_conj(w, 3) not in _FUNCTION and _strip_neg(w) not in _PRESENT_NEGATIONS
            and not doc.named(k)
            and w not in doc.lex.titles and _verb_cue(doc.lex, w) is None)


# how many words after «تذكر/يذكر» a content marker, quotation or colon is looked for
# («وكانت مصادر محلية تذكر في وقت سابق أن…»: a time phrase between)
_MAX_WORTH_SCAN = 5


def _words_follow(doc: _Doc, j: int, limit: int) -> bool:
    """Whether words said follow a verb ending at ``j`` before the first punctuation mark,
    within :data:`_MAX_WORTH_SCAN` words: a content marker, a quotation or a colon («صحيفة
    تذكر بالأمس أن الوزير استقال»). A conjunction's marker («رغم أن») or another reporting
    verb first opens a clause of its own («خسائر تذكر وأكد الجيش أن…»)."""
    toks, lex = doc.toks, doc.lex
    for k in range(j, min(limit, j + _MAX_WORTH_SCAN)):
        w = toks[k].text
        if _is_marker(lex, w) and k > j and toks[k - 1].text in _NOT_REPORT_BEFORE:
            return False  # «أي حادثة تذكر رغم أن تنظيم "الدولة" هدد…»: another clause opens
        if w in _QUOTES or w == ":" or _is_marker(lex, w):
            return True
        if w in _PUNCT or _verb_cue(lex, w) is not None:
            return False
    return False


def _passive_spelt(text: str, span: tuple[int, int]) -> bool:
    """Whether a verb is voweled as a passive: a damma on its first letter («اُتهم، أُعلن»;
    on the prefix of a present whose active opens with a fatha: «يُتهم، ويُعتقد»)."""
    raw = text[span[0] : span[1]]
    k = 1 if raw[:1] in _ACK else 0
    return raw[k + 1 : k + 2] == _DAMMA


def _strip_conj(word: str, shortest: int = 4) -> str:
    """``word`` without its conjunction «و/ف», when at least ``shortest`` letters carry it: the
    default keeps short words whole («وفي، فمن» stay; pass 3 to strip them)."""
    if len(word) >= shortest and word[0] in _ACK:
        return word[1:]
    return word


def _listed_form(word: str, words: frozenset[str]) -> str | None:
    """The member of ``words`` that ``word`` is, bare or after one conjunction «و/ف»; None when
    it is none. Unlike :func:`_strip_conj` this strips short words («وفي، فمن») and never the
    «ف» of a listed word that opens on one («فيما يتعلق» is not «و» + «يما»)."""
    if word in words:
        return word
    if word[:1] in _ACK and word[1:] in words:
        return word[1:]
    return None


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


def _cues_for(lex: _Lex) -> dict[str, tuple[Cue | None, tuple[tuple[tuple[str, ...], Cue], ...]]]:
    """The ``_CUES`` cache, emptied first if it was filled for another lexicon: a caller that
    reads it directly for every token (``extract_statements``) checks the lexicon once."""
    if not _CUES_LEX or _CUES_LEX[0] is not lex:
        _CUES.clear()
        _CUES_LEX[:] = [lex]
    return _CUES


def _cues_of(
    lex: _Lex, word: str
) -> tuple[Cue | None, tuple[tuple[tuple[str, ...], Cue], ...]]:
    got = _cues_for(lex).get(word)
    if got is None:
        cue = _verb_cue(lex, word)
        candidates: tuple[tuple[tuple[str, ...], Cue], ...] = ()
        if cue is None:
            bare = word[1:] if len(word) > 3 and word[0] == "و" else word
            candidates = tuple(lex.preps_by_first.get(word, ())) if bare == word else (
                *lex.preps_by_first.get(word, ()), *lex.preps_by_first.get(bare, ()))
        got = (cue, candidates)
        if len(_CUES) >= _CUES_MAX:
            _CUES.clear()
        _CUES[word] = got
    return got


_ABBAR = _word_set("abbar_forms")
_EXPRESSED_HEADS = _word_set("expressed_heads")  # «عبر X عن الارتياح/حرص…»
_INTENSIFIERS = _word_set("feeling_intensifiers")  # «عن أبلغ التهاني»
_SOURCE_QUANTIFIERS = _word_set("source_quantifiers")  # «بحسب بعض/أحد…»
_SOURCE_SAID_NOUNS = _word_set("source_said_nouns")  # «حسب قول/تصريحات/رواية…»
_BAYYAN = normalize("بين")
_THAMMAN = normalize("ثمن")  # «ثمّن» (valued, praised), bare: mostly the noun price
_THAMMANT = normalize("ثمنت")  # its lexicon form, whose cue the bare verb takes
# the person-name lexicon's frequency bands whose given names may open a name after «ثمن»
_GIVEN_ROLES = frozenset(("given:3", "given:4"))


@cache
def _given_names() -> frozenset[str]:
    """Given names that may open a person's name after a bare «ثمن» («فيما ثمن محمد طه…») or
    after a title before «اعتبر»'s object (:func:`_deemed_boundary`): the common ones (top two
    bands) of the person-name lexicon the tagger and the linker read, less everyday words
    («أمل، شاهد») and units («ريال، ميل»: «ثمن ريال» is a price). Loaded the first time one
    of them is asked."""
    units = load_json("units.json")
    unit_words = {normalize(w) for table in (units["units"], units.get("sub_units", {}))
                  for w in table if " " not in w}
    common = load_everyday_words().common
    return frozenset(key for key, roles in read_person_names().items()
                     if _GIVEN_ROLES & set(roles) and key not in common
                     and key not in unit_words)
_AN = normalize("عن")
_EXPRESS_CUE = Cue("express", object_ok=True, complement=frozenset((_AN,)))
_EXPLAIN_CUE = Cue("explain")
_MAX_BAYYAN = 6
_MAX_BAYYAN_BARE = 16  # «بيّن المدير الإقليمي للحملة الوطنية السعودية… السمحان، أن»
_JAA = _word_set("jaa_forms")
_JAA_TEXTS = _word_set("jaa_texts")
_OUTLET_DOCUMENTS = _word_set("outlet_documents")
_SAY_CUE = Cue("say")
_REPORT_CUE = Cue("report")
_PREPS_BEFORE_MARKER = _word_set("preps_before_marker")
_ZAAD = _word_set("zaad_forms")
_KHATAM = _word_set("khatam_forms")
_CLOSING = _word_set("closing_nouns")
_MAX_KHATAM = 6
_WENT_ON = _word_set("went_on_forms")
_WENT_ON_NOUNS = _word_set("went_on_nouns")
_NOT_NEG = _word_set("adjective_negations")
_COPULAS = _word_set("copulas")
_HAKADHA_VERBS = _word_set("hakadha_verbs")
_SIDE = _word_set("side_openers")
_HAMMAL = _word_set("hammal_forms")
_RESPONSIBILITY = _word_set("responsibility_nouns")
_HAMMAL_CUE = Cue("accuse", object_ok=True, transitive=True)
_MUHAMMIL = _word_set("hammal_participles")
_MUHAMMIL_CUE = Cue("accuse", object_ok=True, participle=True)
_MAX_HAMMAL = 16  # «حمّلت الحكومة اليمنية وتحالف دعم الشرعية في اليمن الجمعة ميليشيات…»
_RAFA = _word_set("rafa_forms")
_THANKS = _word_set("thanks_nouns")
_RAFA_CUE = Cue("praise", object_ok=True)
_JADDAD = _word_set("jaddad_forms")
_RENEWED = _word_set("renewed_nouns")
_JADDAD_CUE = Cue("assert", object_ok=True)
_WAJJAH_CUE = Cue("say", object_ok=True)
_ALQA_CUE = Cue("accuse", object_ok=True)
_WAJJAH = (_word_set("wajjah_forms"), _word_set("addressed_nouns"), _WAJJAH_CUE)
# «وقلل المدرب من أهمية المباراة» (played down): «من» and the noun open what was played down
_QALLAL = (_word_set("qallal_forms"), _word_set("downplayed_nouns"),
           Cue("opine", needs_content=True, complement=frozenset((normalize("من"),))))
_ALQA = (_word_set("alqa_forms"), _word_set("blame_nouns"), _ALQA_CUE)
# a verb that reports only with its object noun a few words on: «حمّل X المسؤولية» (held
# responsible), «رفع X الشكر/شكره لـ…» (offered thanks; «رفع» is mostly "raised"), «جدد X
# التأكيد على/دعوته…» (renewed; «جدد» is as often a mandate or a building renewed), «وجه X
# تحذيرا/انتقادات/شكره…» (addressed; «وجه ضربة» is a blow), «ألقى X باللائمة على…» (blamed;
# «ألقى كلمة/القبض» is neither); «قلل X من أهمية…» (played down; «قللت من التكلفة» is
# reduced); «…، محملا X المسؤولية» continues the governing subject as «مؤكدا» does
# («محملا بالأسلحة» is loaded)
_FRAMED = ((_HAMMAL, _RESPONSIBILITY, _HAMMAL_CUE), (_RAFA, _THANKS, _RAFA_CUE),
           (_JADDAD, _RENEWED, _JADDAD_CUE), _WAJJAH, _ALQA, _QALLAL,
           (_MUHAMMIL, _RESPONSIBILITY, _MUHAMMIL_CUE))
# the subject runs up to the noun (by identity: an equal verb cue is no framed one)
_TO_NOUN = ((_RAFA_CUE, _THANKS), (_JADDAD_CUE, _RENEWED), (_WAJJAH_CUE, _WAJJAH[1]),
            (_ALQA_CUE, _ALQA[1]))
_FRAMED_FORMS = _HAMMAL | _RAFA | _JADDAD | _WAJJAH[0] | _ALQA[0] | _QALLAL[0] | _MUHAMMIL
_NOMINAL_SAID = _word_set("nominal_said")
_NOMINAL_INSISTED = _word_set("nominal_insisted")
_NOMINAL_CALLED = _word_set("nominal_called")
_NOMINAL_ALL = _NOMINAL_SAID | _NOMINAL_INSISTED | _NOMINAL_CALLED
_NOMINAL_SAY_CUE = Cue("say", nominal=True, complement=frozenset((normalize("عن"),)))
_NOMINAL_ASSERT_CUE = Cue("assert", nominal=True, complement=frozenset((normalize("على"),)))
_NOMINAL_CALL_CUE = Cue("demand", needs_content=True, nominal=True,
                        complement=frozenset(normalize(w) for w in ("إلى", "الى", "ب", "ل")))
_NOMINAL_OBJECT = _word_set("nominal_object")
_NOMINAL_OBJECT_CUE = Cue("announce", object_ok=True, nominal=True)
_MAX_NOMINAL_AGENT = 8


def _nominal_cue(doc: _Doc, i: int, hi: int) -> Cue | None:
    """A verbal noun of report in construct with its agent, then its own complement: «بعد
    ساعات من قول الرئيس رجب طيب إردوغان إن…», «تأكيد الوزير على…», «دعوة رئيس الوزراء حيدر
    العبادي إلى…». The agent is a definite or named noun phrase (never «دعوة رسمية لـ…», «قول
    مأثور»); a comma, a quotation or another cue before the complement undoes it."""
    toks, lex = doc.toks, doc.lex
    t = toks[i].text
    if t not in _NOMINAL_ALL and not (t[0] in _ACK and t[1:] in _NOMINAL_ALL):
        return None  # (the common case, checked before anything else: this runs per word)
    bare = _strip_conj(t)
    said, insisted, called = (bare in _NOMINAL_SAID, bare in _NOMINAL_INSISTED,
                              bare in _NOMINAL_CALLED)
    if not (said or insisted or called) or i + 2 >= hi:
        return None
    a = i + 1
    head = toks[a].text
    if not (head.startswith(("ال", "وال")) or doc.named(a) or head in lex.descriptors
            or (a + 1 < hi and toks[a + 1].text.startswith("ال") and head not in lex.stop)):
        return None
    if head.startswith("ال") and _possessed(_plain(doc.text, doc.orig[a])):
        return None
    for k in range(a + 1, min(hi, a + 1 + _MAX_NOMINAL_AGENT)):
        w = toks[k].text
        if (bare in _NOMINAL_OBJECT and k + 1 < hi and (
                _strip_conj(w) in lex.object_heads
                or (w in _COMMAS and _strip_conj(toks[k + 1].text) in lex.object_heads))):
            # «مع إعلان الرئيس الأميركي دونالد ترامب انسحاب بلاده…», «من تأكيد الرئيس فلاديمير
            # بوتن، تمكن جيش بلاده…»: the agent, then the verbal noun that opens what was said
            at = k + 1 if w in _COMMAS else k
            return _NOMINAL_OBJECT_CUE if _referent(lex, doc.text, toks, doc.orig, a, at) \
                else None
        if w in _PUNCT or w in _QUOTES or _verb_cue(lex, w) is not None:
            return None
        hit = None
        if (said or insisted) and w in _BARE_MARKERS:
            hit = _NOMINAL_SAY_CUE
        elif insisted and w == normalize("على"):
            hit = _NOMINAL_ASSERT_CUE
        elif called and (w in _ILA or (len(w) > 3 and (w[0] == "ب" or w.startswith(_LI_NOUNS)))):
            hit = _NOMINAL_CALL_CUE  # «دعوة العبادي إلى/بوقف/لوقف…»
        if hit is not None and hit is _NOMINAL_CALL_CUE and not (
                doc.person(a) or head in lex.descriptors or head in lex.possessed_ok
                or head in lex.titles or head in doc.spoken):
            return None  # «دعوة الأطراف إلى…»: whom the call is made on, not who calls
        if hit is not None:
            return hit if _referent(lex, doc.text, toks, doc.orig, a, k) else None
    return None


# The words :func:`_context_cue` can return a cue on, as spelt (``t``) and without their
# conjunction (``bare``); any other word that does not end in «ه» gets none, so it is turned
# away before the frames are tried (the function runs on almost every token).
_SHOWN = _word_set("shown_forms")  # «أظهر/أثبت»: a report only with a document as subject
_SHOWN_DOCUMENTS = _word_set("shown_documents")
_SHOWN_CUE = Cue("reveal")
_WRITES = _word_set("writes_forms")  # «تكتب، يكتب»: the present of «كتب» (writes)
_PRESS_WRITERS = _word_set("press_writers")  # «صحيفة، الصحيفة، جريدة، صاحب…» (v76)
_HEADLINE_NOUNS = _word_set("headline_nouns")  # «عنوان، بعنوان» (v76)
_MAX_TITLE_AFTER = 10  # «تكتب صحيفة "القدس العربي" في مقال تحت عنوان "…"»
_WROTE_CUE = Cue("say", needs_content=True)
_CONTEXT_FORMS = _NOMINAL_ALL | _FRAMED_FORMS | _JAA
_CONTEXT_BARE = (_NOMINAL_ALL | _HAKADHA_VERBS | _ABBAR | _ZAAD | _KHATAM | _WENT_ON | _SHOWN
                 | _WRITES | {_BAYYAN, _THAMMAN})
# Every spelling that can pass that test other than by its final «ه» (a bare word with each
# conjunction ``_strip_conj`` takes off): the caller's one set look-up per token.
_CONTEXT_ANY = _CONTEXT_FORMS | _CONTEXT_BARE | {c + w for c in _ACK for w in _CONTEXT_BARE}


def _press_writes(doc: _Doc, i: int, lo: int, hi: int) -> bool:
    """Whether the present «تكتب/يكتب» at ``i`` is a paper or a writer writing, the way a press
    review reports what the day's papers say: a press noun of ``press_writers`` right after it
    («تكتب صحيفة "العرب" بأن…», «…، تكتب صحيفة "الاتحاد" الإماراتية بأن…»), or right before
    it, alone or heading the noun before it («الصحيفة تكتب أن…», «صاحب المقال يكتب بأن…»), or
    a quoted title with at most its nisba right before it («"القدس العربي" تكتب بأن…»,
    «"لوموند" الفرنسية تكتب أن…»). Anywhere else the present mostly tells what someone
    does with a pen («يكتب في الصحافة الخليجية», «ما يكتب», «لغة تكتب بأحرف عربية»,
    «أن يكتب دورا لي»), and the lexicon leaves it out (``drop_present``). Only the paper's
    words are a statement (a content marker, a colon or a quotation: the cue needs content):
    «تكتب عن الوضع…» names the topic, and a quotation after «(تحت) عنوان» the article's
    headline («تكتب صحيفة "القدس العربي" في مقال تحت عنوان "…"»), neither its words."""
    toks = doc.toks
    if any(toks[q].text in _HEADLINE_NOUNS for q in range(i + 1, min(hi, i + _MAX_TITLE_AFTER))):
        return False
    if i + 1 < hi and _strip_conj(toks[i + 1].text) in _PRESS_WRITERS:
        return True
    k = i - 1
    if k > lo and toks[k].text.endswith(_NISBA_ENDS) and toks[k].text.startswith("ال") \
            and toks[k - 1].text in _QUOTES:
        k -= 1  # «"لوموند" الفرنسية تكتب»: the title's nisba
    if k >= lo and toks[k].text in _QUOTES:
        return k - 1 > lo and toks[k - 1].text not in _QUOTES  # the title closed right before
    return k >= lo and (toks[k].text in _PRESS_WRITERS or (
        k > lo and toks[k - 1].text in _PRESS_WRITERS))  # «الصحيفة تكتب», «صاحب المقال يكتب»


def _shown_cue(doc: _Doc, i: int, hi: int) -> Cue | None:
    """The cue of «أظهر/أثبت» at the head of a clause: a document, a record or a survey that
    shows what it holds reports it, as «كشفت الوثائق» does («وتظهر الوثائق كيف أن…», «وأظهرت
    أحدث البيانات المنشورة… أن…»). The verb mostly displays or appears («أظهر اللاعب مستوى…»,
    «تظهر في الصورة»), so only such a subject right after it (or after a quantifier) and a
    content marker a few words on make it one."""
    toks, lex = doc.toks, doc.lex
    k = i + 1
    if k < hi and toks[k].text in _SOURCE_QUANTIFIERS:
        k += 1  # «وأظهرت بعض الرسائل الصوتية أن…»
    if k >= hi or toks[k].text.removeprefix("ال") not in _SHOWN_DOCUMENTS:
        return None
    for q in range(k + 1, min(hi, k + 1 + _MAX_BAYYAN_BARE)):
        w = toks[q].text
        if _is_marker(lex, w):
            before = toks[q - 1].text
            ok = before not in _NOT_REPORT_BEFORE and before not in _PREPS_BEFORE_MARKER
            return _SHOWN_CUE if ok and not (w == "الا" and before in _COMMAS) else None
        if (w in _PUNCT and w not in _COMMAS) or _verb_cue(lex, w) is not None:
            return None
    return None


_MAX_DOCUMENT_TIME = 3  # «بيانا مساء السبت أمر فيه»
_ORDERED_CUE = Cue("demand", needs_content=True, complement=frozenset(("ب",)))
_DOCUMENT_VERBS = _word_set("document_verbs")  # «أمر، وجه، أوعز، أوصى…» (statement_words.json)


def _document_verb_cue(doc: _Doc, i: int, lo: int, hi: int) -> Cue | None:
    """The cue of a verb outside the lexicon that describes an indefinite text noun and points
    back to it with «فيه/فيها» («أصدر بيانا أمر فيه بـ…», «أصدر بيانا مساء السبت وجّه فيه
    بـ"…"»): what the statement, the tweet or the speech does is what its writer said, as
    «بيانا جاء فيه» is, whatever the verb (ordered, directed, distanced itself).
    The noun must stand right before it (times of day aside) and be indefinite, so the verb is
    the clause describing it; a relative («البيان الذي…», «في الوقت الذي تغير فيه») or a
    definite noun («المقابلة التي شارك فيها») is none, and so is a verb whose words do not
    follow the pronoun at once, quoted, after a colon or a content marker, or as what was
    ordered or called for after «بـ» («اعتذر فيه عن الكلام»: an act, no words given).
    The caller asks only where «فيه/فيها» follows the word."""
    toks, lex = doc.toks, doc.lex
    t = toks[i].text
    said = toks[i + 2].text if i + 2 < hi else ""
    # «عاد فيها بعد غياب»، «احتفلت فيها بعيد ميلادها», «تناولت فيه "ظاهرة الهجرة"»: after «بـ»
    # or a quotation only a verb of ordering or urging gives words (as written and without
    # its conjunction: «وجهت» is no «و» + «جهت»)
    listed = any(w in _DOCUMENT_VERBS or (w[-1:] == "ت" and w[:-1] in _DOCUMENT_VERBS)
                 for w in (t, _strip_conj(t)))
    ordered = listed and said[:1] == "ب" and not _is_marker(lex, said)
    if not ((said in _QUOTES and listed) or said == ":" or ordered or _is_marker(lex, said)):
        return None
    if (len(t) < 3 or not t[0].isalpha() or t.startswith("ال") or t in lex.stop
            or t in _FUNCTION or _strip_conj(t) in _FUNCTION or t in lex.relatives):
        return None
    k = i - 1
    while k > lo and i - 1 - k < _MAX_DOCUMENT_TIME and toks[k].text in _TIME_WORDS:
        k -= 1
    noun = toks[k].text if k >= lo else ""
    # indefinite: bare or with its accusative «ا» («بيانا»), never possessed («بيانه، تقريره»)
    if noun.startswith("ال") or not (noun in _SETTING_NOUNS or (
            noun.endswith("ا") and noun[:-1] in _SETTING_NOUNS)):
        return None
    return _ORDERED_CUE if ordered else _SAY_CUE


def _feeling_after(doc: _Doc, k: int, hi: int) -> bool:
    """Whether the «عن» at ``k`` after «عبر» opens a feeling or a stance expressed: a possessed
    noun («عن شكره») or a noun of ``expressed_heads`` («عن الاحترام والتقدير…», «عن حرص
    الحكومة…»), maybe in quotation marks («عن "أمله أن…"») or after an intensifier
    (``feeling_intensifiers``: «عن أبلغ التهاني»); «عن هذا الاستعداد» points back to words
    already reported and «عن طريق…» is a way, neither expressed here."""
    toks = doc.toks
    if k + 2 < hi and toks[k + 1].text in _QUOTES:
        k += 1  # «وعبر المنصوري عن "أمله أن…"»: the feeling quoted
    h = k + 1
    if h + 1 < hi and toks[h].text in _INTENSIFIERS:
        h += 1  # «عن أبلغ التهاني», «عن بالغ قلقه»: the feeling after its intensifier
    if h >= hi:
        return False
    head = toks[h].text.removeprefix("ال")
    felt = head in _EXPRESSED_HEADS and not _possessed(_plain(doc.text, doc.orig[k - 1]))
    return felt or _possessed(_plain(doc.text, doc.orig[h]))


def _expressed_at(doc: _Doc, i: int, hi: int) -> bool:
    """Whether the token at ``i`` is a past of «عبر» with «عن» and a feeling
    (:func:`_feeling_after`) right after it: «عبر» as "via" governs its medium («عبر تويتر»,
    «عبر وسطاء»), never «عن», so «عبر عن» is "expressed" wherever its clause opens, after its
    subject as well as before it («المتحدث باسم الخارجية عبر عن قلق بلاده», «وكانت واشنطن
    عبرت عن قلقها», «إلا أنهم عبروا عن إحباطهم»). With words between the two (the subject
    after the verb) only a clause may open on it (:func:`_context_cue`); a manner adverb may
    stand between («وكانت واشنطن عبرت سابقا عن قلقها»)."""
    toks = doc.toks
    if i + 1 >= hi or _strip_conj(toks[i].text) not in _ABBAR:
        return False
    k = i + 2 if toks[i + 1].text in _ADVERBS else i + 1  # «عبرت سابقا عن قلقها»
    return k < hi and toks[k].text == _AN and _feeling_after(doc, k, hi)


def _context_cue(doc: _Doc, i: int, lo: int, hi: int) -> Cue | None:
    """The cue of a common word that reports only in one frame: «جاء فيه» after a text noun
    («بيانا جاء فيه: …») and «حسب ما جاء في X»; at the head of a clause «وعبر X عن
    شكره/سعادته…» (expressed; «عبر» is mostly "via") and «وبين X أن…» (explained; «بين» is
    mostly "between") with a content marker a few words on; «وزاد:» (added) before its words
    and «وختم X حديثه بقوله» (concluded) a few words before them."""
    toks, lex = doc.toks, doc.lex
    t = toks[i].text
    bare = _strip_conj(t)
    if t in lex.not_original and t[0] in _ACK:
        reply = lex.verbs.get(t[1:])  # «ورد خامنئي بالقول: …»: and replied, not was mentioned
        if reply is not None and _conjoined_reply(lex, toks, t, reply, i + 1, hi):
            return reply
    if t not in _CONTEXT_FORMS and bare not in _CONTEXT_BARE and not t.endswith("ه"):
        return None  # (most words: none of the frames below can open on them)
    if t in _NOMINAL_ALL or bare in _NOMINAL_ALL:
        return _nominal_cue(doc, i, hi)
    if (i > lo and t[-1] == "ه" and toks[i - 1].text in lex.source_leads and len(t) > 3
            and _source_lead(lex, toks, i, lo) is not None):
        # «وبحسب ما ذكره موقع…», «وفقا لما ذكرته وكالة…»: the pronoun resumes «ما»
        said = _verb_cue(lex, t[:-2] if t.endswith("ها") else t[:-1])
        return said if said is not None and not said.participle else None
    for forms, nouns, framed in (_FRAMED if t in _FRAMED_FORMS else ()):
        if t not in forms:
            continue
        # «حمّلت الحكومة … الميليشيات المسؤولية عن…» (held responsible), not «حمل السلاح»;
        # «رفع المشرف العام … الشكر للقيادة» (thanked), not «رفع العلم»
        least = i + 2 if framed is _HAMMAL_CUE else i + 1
        for k in range(i + 1, min(hi, i + 1 + _MAX_HAMMAL)):
            w = toks[k].text
            if w in nouns:
                if framed is _JADDAD_CUE and not _renewed_by_subject(doc, i, k):
                    return None
                return framed if k > least else None
            if (w in _PUNCT and w not in _COMMAS) or _verb_cue(lex, w) is not None:
                return None
        return None
    if (t in _JAA and i > lo and i + 1 < hi and toks[i - 1].text in lex.source_leads
            and toks[i + 1].text in _FI):
        return _REPORT_CUE  # «حسب ما جاء في البيان»: the text is the source
    if (t in _JAA and i > lo and i + 1 < hi and toks[i + 1].text in _IN_IT
            and (toks[i - 1].text in _SETTING_NOUNS or toks[i - 1].text[:-1] in _SETTING_NOUNS)):
        return _SAY_CUE  # «وأصدر X بيانا جاء فيه: «…»»: what the text says, X its writer
    if bare in _WRITES:
        # «"القدس العربي" تكتب بأن…», «تكتب صحيفة "العرب" بأن…»: a paper writes
        return _WROTE_CUE if _press_writes(doc, i, lo, hi) else None
    if i > lo and bare in _HAKADHA_VERBS and toks[i - 1].text == _HAKADHA:
        return _SAY_CUE  # «"…"، هكذا فسر X»: explained, only after «هكذا»
    if _expressed_at(doc, i, hi):
        return _EXPRESS_CUE  # «المتحدث… عبر عن قلق بلاده», «وكانت واشنطن عبرت عن…»
    if not (t != bare or i == lo or toks[i - 1].text in _PUNCT
            or toks[i - 1].text in _FUNCTION
            or ((bare in _ABBAR or bare == _THAMMAN) and i - 2 >= lo
                and toks[i - 1].text in _SIDE and _strip_conj(toks[i - 2].text) == _MIN)):
        return None  # «من جانبه عبر X عن سعادته»: «من جانبه» opens the clause
    if bare == _THAMMAN:
        # «فيما ثمن محمد طه… جهود…», «من جانبه ثمن معالي الوزير…» (valued): the bare past only
        # where a clause opens on it and a name, a title or a speaker's head follows it; any
        # other word is what is priced («و ثمن الدواء», «ثمن لتر البنزين», «ثمن كيلو اللحم»:
        # the noun price); the lexicon lists its other forms
        if t != bare or i + 1 >= hi:
            return None
        nxt = toks[i + 1].text
        named = (doc.named(i + 1) or nxt in _given_names()
                 or bool({nxt, nxt.removeprefix("ال")} & (lex.speaker_heads | lex.titles)))
        return lex.verbs.get(_THAMMANT) if named else None
    if bare in _ABBAR:
        nxt = toks[i + 1].text.removeprefix("ال") if i + 1 < hi else ""
        if nxt in lex.recipient_heads or nxt in _SETTING_NOUNS or nxt in _RECIPIENT_LEAD:
            return None  # «وعبر موقع تويتر…», «عبر بيان…»: via a medium, not expressed
        for k in range(i + 1, hi - 1):
            w = toks[k].text
            if w in (".", "؟", "!", ":") or _is_marker(lex, w) or (
                    _verb_cue(lex, w) is not None):
                return None
            if w == _AN:
                return _EXPRESS_CUE if _feeling_after(doc, k, hi) else None
        return None
    if bare in _ZAAD:
        # «وزاد: «…»», «وزاد أن…» (added); «وزاد الهجوم…» (increased) has a subject instead
        w = toks[i + 1].text if i + 1 < hi else ""
        return _SAY_CUE if t != bare and (w == ":" or w in _QUOTES or _is_marker(lex, w)) \
            else None
    if bare in _KHATAM:
        # «وختم المصدر حديثه بقوله: …», «واختتم قطان بيانه بالتأكيد على…» (concluded), not
        # «اختتمت البطولة»: the closing words follow a few words on
        for k in range(i + 1, min(hi, i + 1 + _MAX_KHATAM)):
            w = toks[k].text
            if w in _CLOSING or w == ":" or _is_marker(lex, w):
                return _SAY_CUE
            if w in _PUNCT and w not in _COMMAS:
                return None
        return None
    if bare in _WENT_ON:
        # «ومضى الحذيفي بالقول إنه…», «ومضت المصادر بالقول إن…» (went on saying): opened by a
        # conjunction, with a verbal noun of saying a few words on; «مضى عام على…» is time
        if t == bare:
            return None
        for k in range(i + 1, min(hi, i + 1 + _MAX_KHATAM)):
            w = toks[k].text
            if w in _WENT_ON_NOUNS:
                return _SAY_CUE
            if (w in _PUNCT and w not in _COMMAS) or _is_marker(lex, w):
                return None
        return None
    if bare in _SHOWN:
        return _shown_cue(doc, i, hi)
    if bare == _BAYYAN:
        # «وبين X أن…», and the bare form where it can be no preposition: written with its
        # shadda («بيّن المدير الإقليمي للحملة…، أن»), or opening a clause after a comma
        # («من جهته، بين نزيه النصر نائب رئيس الخليج، أن…»); those two let a longer subject
        # with its apposition stand before the marker
        opening = t != bare or i == lo or toks[i - 1].text in _COMMAS
        stressed = "\u0651" in doc.text[doc.orig[i][0] : doc.orig[i][1]]
        if not (opening or stressed):
            return None  # «بين الطرفين»: between
        reach = _MAX_BAYYAN if t != bare and not stressed else _MAX_BAYYAN_BARE
        for k in range(i + 1, min(hi, i + 1 + reach)):
            w = toks[k].text
            if _is_marker(lex, w):
                before = toks[k - 1].text
                ok = before not in _NOT_REPORT_BEFORE and before not in _PREPS_BEFORE_MARKER
                return _EXPLAIN_CUE if ok else None
            if (w in _PUNCT and w not in _COMMAS) or w == "و" or (
                    k > i + 1 and w.startswith("و") and len(w) > 3):
                return None  # «وبين الطرفين وإيران…»: "between" two parties
        return None
    return None


def _original_spans(view: NormalizedText, toks: list[Token]) -> list[tuple[int, int]]:
    """``view.to_original`` of every (non-empty) token span, without a call per token."""
    index = view.index
    if index is None:
        return [(t.start, t.end) for t in toks]
    size, total = len(index), len(view.original)
    return [
        (index[t.start], index[t.end - 1] + 1) if t.start < size else (total, total)
        for t in toks
    ]


def _conjoined_reply(lex: _Lex, toks: list[Token], spelt: str, cue: Cue, j: int,
                     limit: int) -> bool:
    """Whether a conjoined past spelt as another word is the cue after all: «ورد/فرد» are
    mostly «وَرَدَ» (was mentioned) and «فرد» (an individual), but a subject right after them
    and then the cue's own «بأن» or a closing «بالقول/بقوله» (``closing_nouns``) make them
    «وردّ» (and replied): «ورد خامنئي بالقول: …», «ورد ماتيس بأنه "…"». The subject may be no
    preposition («ورد في البيان») and no punctuation may stand before the marker, so a mention
    stays a mention."""
    if not (spelt[:1] in _ACK and lex.verbs.get(spelt[1:]) is cue
            and j < limit and toks[j].text not in _BARE_PREPS):
        return False
    for k in range(j, min(limit, j + _MAX_REPLY_SUBJECT + 1)):
        word = toks[k].text
        if word in _PUNCT or word in _QUOTES:
            return False
        if word.startswith("ب") and (_is_marker(lex, word) or word in _CLOSING):
            return k > j  # (a subject of one word at least)
    return False


_MAX_REPLY_SUBJECT = 6  # «ورد جنرال أمريكي بأن»: words of the subject before «بأن/بالقول»


def _is_marker(lex: _Lex, word: str) -> bool:
    return word in lex.markers or (len(word) > 2 and word[0] in _ACK and word[1:] in lex.markers)


def _outlet_name_end(lex: _Lex, toks: list[Token], i: int, limit: int) -> int | None:
    """The closing quote of a short quoted name at ``i`` right after an outlet noun («مع مجلة
    "شتيرن"», «لصحيفة "الحياة"»): a name, not the words of a statement."""
    head = _strip_conj(toks[i - 1].text)
    if toks[i].text not in _QUOTES or not (head in lex.recipient_heads
                                           or head.removeprefix("ل") in lex.recipient_heads):
        return None
    return _quote_end(toks, i, min(limit, i + _MAX_OUTLET_NAME + 2))


_MAX_OUTLET_NAME = 3


def _quote_end(toks: list[Token], i: int, limit: int) -> int | None:
    """Index of the quote closing the one at ``i`` (before ``limit``), if any."""
    close = _CLOSE_FOR.get(toks[i].text, "”")
    k = i + 1
    while k < limit:
        t = toks[k].text
        if t == '"' == close and _nested_opener(toks, k, limit):
            inner = _attached_closer(toks, k + 2, limit)
            if inner is not None:
                k = inner + 1  # «"…محاربة "داعش"، وما…"»: a quoted name inside the quotation
                continue
        if t == close or ((t in _QUOTES and t != "«" and t != "“") or (t == "“" and close == "“")):
            return k
        k += 1
    return None


def _nested_opener(toks: list[Token], k: int, limit: int) -> bool:
    """Whether the «"» at ``k`` opens a quotation: a space before it, a word glued after it."""
    return (k + 1 < limit and toks[k].start > toks[k - 1].end
            and toks[k + 1].start == toks[k].end and toks[k + 1].text[:1].isalpha())


def _attached_closer(toks: list[Token], k: int, limit: int) -> int | None:
    """The next «"» glued to the word before it (a closer), within a few words."""
    for m in range(k, min(limit, k + 8)):
        if toks[m].text == '"':
            return m if toks[m].start == toks[m - 1].end else None
    return None


_ISSUED = _word_set("issued_forms")


def _nisba(word: str) -> bool:
    """A definite relative adjective («الإسرائيلية», «العبري»; normalised: «ه» for «ة»)."""
    return len(word) >= 5 and word.startswith("ال") and word.endswith(("يه", "ي"))


def _passive_yutabar(lex: _Lex, toks: list[Token], k: int, limit: int) -> bool:
    """Whether «(و)الذي يعتبر» at ``k`` is the unvoweled passive «يُعتبر» + its predicate: an
    indefinite noun or «من» after it, no «أن», quotation or subject («كيري، والذي يعتبر مهندس
    الاتفاق، إن…», «الذي يعتبر من أبرز قادته»)."""
    w = toks[k].text
    return (w in lex.fatha_present and w.endswith("عتبر") and k >= 1
            and _strip_conj(toks[k - 1].text) in lex.relatives and k + 1 < limit
            and not toks[k + 1].text.startswith("ال") and not _is_marker(lex, toks[k + 1].text)
            and toks[k + 1].text not in _QUOTES and toks[k + 1].text not in _PUNCT)


def _addressed(lex: _Lex, toks: list[Token], j: int, k: int) -> bool:
    """Whether the «ل» word at ``k`` of the subject begun at ``j`` names whom the words were
    said to, which ends the subject. Right after the verb a noun in «لل» (the article after
    «ل») is never the subject: «قال للشيخ محمد إن…», «وقالت للصحيفة إن…» dropped theirs.
    After a statement noun («تصريح للرئيس التركي») or a verb form with an object pronoun,
    spelt as the verbal noun with its object («نقلت عن الوزارة وصفها للاتهامات…»), the «ل»
    word is read as before. After the subject, an outlet head in «لـ/لل» is the outlet spoken
    to: «وقال الوزير لوكالة…», «وقال مناف للصحيفة إن…», «وقال ليبرمان للصحيفة الروسية»;
    after a head that is itself an outlet's man or outlet («مراسل للوكالة في المكان») it is
    that head's genitive. A «لل» genitive after the subject's head («الأمين العام للأمم
    المتحدة») names no outlet and is left."""
    t = toks[k].text
    if not t.startswith("ل") or len(t) < 4:
        return False
    if k == j:
        verb = toks[j - 1].text if j > 0 else ""
        return (t.startswith("لل") and _verb_cue(lex, verb) is not None
                and not _object_suffixed(lex, verb)  # (the «و» of «وصفها» is its root's)
                and not _object_suffixed(lex, _strip_conj(verb)))
    noun = _strip_conj(t[2:] if t.startswith("لل") else t[1:])
    return noun in lex.recipient_heads and _strip_conj(
        toks[k - 1].text).removeprefix("ال") not in lex.recipient_heads


def _speaker_after(lex: _Lex, toks: list[Token], j: int, limit: int) -> int:
    """End index (exclusive) of the subject noun phrase starting at ``j``."""
    k = j
    head: str | None = None
    inner_used = False
    while k < limit and k - j < _MAX_SPEAKER:
        t = toks[k].text
        if t in _QUOTES:
            close = _quoted_genitive(lex, toks, j, k, limit)
            if close is not None:
                k = close + 1  # «مراسل "سكاي نيوز عربية" في القطاع»
                continue
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
                    # «ونقلت هيئة الإذاعة الإسرائيلية "مكان" على لسان ليبرمان»: the outlet's
                    # quoted name before the one it relays
                    or (toks[close + 1].text == _ALA and close + 2 < limit
                        and toks[close + 2].text == _LISAN)
                    # «شبكة "السويداء 24" المحلية», also a second source joined by «و» («وفق
                    # ما أعلن المرصد وشبكة "السويداء 24" المحلية للأنباء»): the quoted name
                    # of the outlet the head opened, then its nisba
                    or ((toks[j].text in lex.source_heads if k - j == 1 else
                         toks[k - 1].text.startswith("و")
                         and _strip_conj(toks[k - 1].text) in lex.source_heads)
                        and _nisba(toks[close + 1].text))
                    # «القيادي في "جيش الإسلام" محمد علوش»: the quoted body the head's «في»
                    # opened, then the name
                    or (inner_used and toks[k - 1].text in lex.inner)
                )
            ):
                k = close + 1
                continue
            break
        if (t == "." and k > j and toks[k - 1].text in _TITLE_ABBREVIATIONS and k + 1 < limit
                and toks[k + 1].text[:1].isalpha()):
            k += 1  # «المدير الطبي د. محمد الزعبي»: an abbreviated title, then the name
            continue
        if t in _PUNCT or t[0].isdigit():
            break
        if k == j and t in _SUBJECT_SETTING:
            break  # «وقال لدى/فور وصوله…»: a setting after the verb, whose subject was dropped
        if (t in _MANNER_NOUNS and k + 1 < limit
                and (toks[k + 1].text == ":" or toks[k + 1].text in _QUOTES)):
            break  # «وتعلق كردستان بألم: "…"»: how the words were said, no part of the speaker;
            # right after the verb («ويضيف بحسرة: "…"») the subject was dropped
        if t == _AN and k > j and toks[k - 1].text in _ISSUED:
            k += 1  # «بيان صادر عن الحزب»: the text and who issued it
            continue
        if _is_marker(lex, t) or (_verb_cue(lex, t) is not None and k > j):
            break
        if (
            t in lex.inner
            and head is not None and (head in lex.descriptors or (
                head[2:] in lex.descriptors and _holder_follows(lex, toks, k + 1, limit)))
            and not inner_used
            and k > j
            and (k + 1 >= limit or (toks[k + 1].text not in _RECIPIENT_LEAD
                                    and toks[k + 1].text not in _SETTING_NOUNS))
        ):  # («السفير في رسالة لوزير الخارجية»: the text the speaker spoke in, no body)
            inner_used = True
            k += 1
            continue
        if k > j and t in _APPOSITION_PRONOUNS and head in lex.descriptors:
            named = _named_apposition(lex, toks, k + 1, limit)
            if named is not None:
                return named  # «متحدث ثان باسم البنتاغون هو الميجور آدريان…»: the name
        if (t == _ALA and k > j and _strip_conj(toks[k - 1].text) in _ALA_TITLES
                and k + 1 < limit and k + 1 - j < _MAX_SPEAKER
                and _name_word(lex, toks[k + 1].text)):  # (room left for what it governs)
            k += 1  # «والمشرفة على البرنامج…»: the title's own «على», not a verb's complement
            continue
        kunya = k == j and t in _KUNYA_HEADS and _opens_kunya(lex, toks, k + 1, limit)
        if (t in lex.stop and not kunya and not (k == j and t in lex.head_ok and k + 1 < limit
                                                 and toks[k + 1].text not in _PUNCT)) or (
            _quoted_after_clitic(toks, k, limit)
        ):  # «لـ"الرياض"»: spoken to; «بـ"الإرهابية"»: what it was called
            if inner_used and k > j + 1 and toks[k - 1].text in lex.inner:
                k -= 1  # «المتحدث العسكري في حديثه»: the setting, not «المتحدث… في»
            break
        if _addressed(lex, toks, j, k):
            break
        if k > j and _outlet_spoken_to(lex, toks, k, limit):
            break  # «وقال الوزير لرويترز إن…»: the outlet spoken to, after the subject too
        if k > j and t.startswith("ل") and t[1:2].isascii() and t[1:2].isalpha():
            break
        if t.startswith("ل") and len(t) > 2 and _glued_dot(toks, k + 1, limit):
            break  # «قال مسؤول للعربية.نت:»: the web outlet spoken to ends the subject
        if head is None:
            head = t
        k += 1
    if k + 1 < limit and k - j >= _MAX_SPEAKER:
        # a long title, then the name past the word cap: after an abbreviated title («المدير
        # الإقليمي للحملة… د. بدر بن عبدالرحمن السمحان»), or running on to the content's marker
        # («المتحدث الرسمي للدفاع المدني بالمنطقة الشرقية العقيد منصور بن محمد الدوسري أنه…»:
        # a cut before the marker would drop the surname a later «وأضاف» is read against)
        abbreviated = toks[k].text == "." and toks[k - 1].text in _TITLE_ABBREVIATIONS
        start = k + 1 if abbreviated else k
        end = start
        while (end < limit and end - start < _MAX_TITLED_NAME and toks[end].text[:1].isalpha()
               and not _is_marker(lex, toks[end].text) and toks[end].text not in lex.stop
               and toks[end].text not in _TIME_WORDS and toks[end].text not in _FUNCTION
               and _verb_cue(lex, toks[end].text) is None):
            end += 1
        if end > start and (abbreviated or (end < limit and (
                _is_marker(lex, toks[end].text) or _quoted_after_clitic(toks, end, limit)))):
            return end  # also a name the outlet spoken to follows («… منيرة بلحمر لـ"الوطن" أنه…»)
    return k


_MAX_QUOTED_GENITIVE = 4


def _quoted_genitive(lex: _Lex, toks: list[Token], j: int, k: int, limit: int) -> int | None:
    """The closing quote, when the quotation at ``k`` is the genitive of the source noun at
    ``j`` right before it: «وفق ما ذكر مراسل "سكاي نيوز عربية" في القطاع», «وقالت صحيفة
    "هآرتس" في عددها». The noun is indefinite in form (in construct), the quotation at most
    ``_MAX_QUOTED_GENITIVE`` words and a preposition or a time word follows it; a quotation
    followed by anything else may be what was said («وقال مسؤول "لن نسمح بذلك"»). (The quoted
    names the caller takes after any head stop at three words: this one may run to four.)"""
    if k != j + 1 or toks[j].text.startswith("ال") or toks[j].text not in lex.source_heads:
        return None
    close = _quote_end(toks, k, min(limit, k + _MAX_QUOTED_GENITIVE + 2))
    if close is None or close == k + 1 or close + 1 >= limit:
        return None
    return close if toks[close + 1].text in lex.stop else None


def _holder_follows(lex: _Lex, toks: list[Token], k: int, limit: int) -> bool:
    """Whether the «في» phrase from ``k`` names a place and then the office holder's title: an
    abbreviated one («المستشار الثقافي المصري في المملكة د. محمد عثمان الخشت») or a written one
    («…في المنطقة الشرقية العقيد…»). Only then does a definite office («المستشار، الوزير») run
    over «في»; before a setting («الوزير في المؤتمر الصحفي») the subject ends there. The lexicon
    lists only some definite forms («المدير، السفير»), which run over it unconditionally."""
    for q in range(k, min(limit, k + _MAX_HOLDER_PLACE + 1)):
        t = toks[q].text
        if (t in _TITLE_ABBREVIATIONS and q + 2 < limit and toks[q + 1].text == "."
                and toks[q + 2].text[:1].isalpha()):
            return True
        if (t.startswith("ال") and t[2:] in lex.titles and q > k and q + 1 < limit
                and _name_word(lex, toks[q + 1].text) and not toks[q + 1].text.startswith("ال")):
            return True  # «…العقيد منصور»: a title and the name, not «المؤتمر الصحفي إن»
        if t in _PUNCT or _is_marker(lex, t):
            return False
    return False


_MAX_HOLDER_PLACE = 3  # words of the place between «في» and the holder's title


def _quoted_after_clitic(toks: list[Token], k: int, limit: int) -> bool:
    """Whether ``k`` is a bare «لـ/بـ» before a quotation: the outlet spoken to («لـ"الرياض"»)
    or what something was called («بـ"الإرهابية"»), which no speaker runs into."""
    t = toks[k].text
    return t[0] in "لب" and len(t) <= 2 and k + 1 < limit and toks[k + 1].text in _QUOTES


_MAX_TITLED_NAME = 6
_ALA_TITLES = _word_set("ala_titles")
_APPOSITION_PRONOUNS = _word_set("apposition_pronouns")
_KUNYA_HEADS = _word_set("kunya_heads")


def _opens_kunya(lex: _Lex, toks: list[Token], k: int, limit: int) -> bool:
    """Whether the word at ``k`` is the name of a kunya opened by «أم» right after the cue.

    «أم» is a speaker stop because after a subject it is the conjunction «or»; right after the
    verb it is either that conjunction («سواء قال أم لم يقل») or «mother of» before a name
    («بينما قالت أم أحمد، إحدى سكان المدينة، إن…»). Only a word that can be a name (a letter
    word that is no stop, function word, marker or cue) makes it the latter.
    """
    return k < limit and _name_word(lex, toks[k].text)


def _name_word(lex: _Lex, w: str) -> bool:
    """Whether ``w`` can be a word of a name: a letter word that is no stop or function word,
    no content marker and no cue (the kunya's name, an apposition's title and name)."""
    return (w[:1].isalpha() and w not in lex.stop and w not in _FUNCTION
            and not _is_marker(lex, w) and _verb_cue(lex, w) is None)


def _named_apposition(lex: _Lex, toks: list[Token], k: int, limit: int) -> int | None:
    """End of «هو/هي» + a title and name that run straight to the content marker, or None.

    An indefinite descriptor («متحدث ثان باسم البنتاغون») is often named by an apposition
    before the marker («هو الميجور آدريان رانكين-غالواي إن…»); cutting the speaker at «هو»
    keeps only the descriptor, so a later «وقال "…"» that continues him cannot be read against
    the named person. Only a plain run of name words (a hyphen between two of them allowed)
    that ends at a marker is taken: anything else («هو الذي…», «هو أيضا…») is a clause.
    """
    end = k
    while end < limit and end - k < _MAX_TITLED_NAME + 1:
        w = toks[end].text
        if w == "-" and end > k and end + 1 < limit and toks[end + 1].text[:1].isalpha():
            end += 1
            continue
        if not _name_word(lex, w) or w in _TIME_WORDS:
            break
        end += 1
    if end - k >= 2 and end < limit and _is_marker(lex, toks[end].text):
        return end
    return None


_BIMA = normalize("بما")  # «رد "عسكري"…، بما في ذلك…» (including): no «بـ» complement


def _word_before(text: str, at: int) -> str:
    """The normalised word right before offset ``at`` («الذي» before «أعلن»), else ""."""
    words = text[max(0, at - 16) : at].split()
    return normalize(words[-1]) if words else ""


def _outlet_spoken_to(lex: _Lex, toks: list[Token], j: int, limit: int) -> int:
    """«قال لرويترز انه…», «وقال لفرانس برس إن…», «قال لبي بي سي إن…»: «ل» + an outlet right
    after the verb, then the content: the outlet is spoken to, never the speaker. The outlet's
    length in tokens (0: none)."""
    t = toks[j].text
    if not (t.startswith("ل") and len(t) > 2):
        return 0
    name = "ال" + t[2:] if t.startswith("لل") else t[1:]
    if name not in lex.outlets or name in lex.recipient_heads or name in lex.source_heads - {
            "رويترز", "فرانس", "اسوشيتد", "سانا"}:
        return 0
    if len(t) == 3 and name not in ("بي", "سي"):
        return 0
    k = j + 2 if j + 1 < limit and toks[j + 1].text == "برس" else j + 1
    while k < limit and k - j < 3 and name in ("بي", "سي") and toks[k].text in ("بي", "سي", "ان"):
        k += 1  # «قال لبي بي سي إن…», «لسي ان ان»: an outlet spelt out in letters
    return k - j if _content_after_setting(lex, toks, k, limit) else 0


_MAX_SETTING = 3  # the preposition and at most two words («في اتصال هاتفي»)


def _content_after_setting(lex: _Lex, toks: list[Token], k: int, limit: int) -> bool:
    """Whether the content opens at ``k``, or after a short phrase of how or where it was
    said that opens with a preposition, set off by a comma or not («قال لرويترز عبر الهاتف،
    إنه…», «قال لفرانس برس في اتصال هاتفي إن…»). A speaker never opens with a preposition, so
    the outlet before such a phrase is still the one spoken to. The content opens with its
    marker, with a colon, or with a quotation that runs on past a short quoted name («وأكد
    لفرانس برس "نحن متمسكون…"», «وقال لبي بي سي: …»): a speaker's name is never quoted whole
    after the outlet, so the words quoted there are what was said. A comma may set the outlet
    off from the content as it sets off the phrase («لكن مؤسس المنظمة، كودي ويلسون، قال لبي بي
    سي، إن…»)."""
    if k < limit and toks[k].text in _ADVERBIAL:
        m = k + 1
        while (m < limit and m - k < _MAX_SETTING and toks[m].text not in _PUNCT
               and not _is_marker(lex, toks[m].text)):
            m += 1
        if m > k + 1 and m < limit and toks[m].text in _COMMAS:
            m += 1
        k = m if m > k + 1 else k
    elif k + 1 < limit and toks[k].text in _COMMAS:
        k += 1
    if k < limit and toks[k].text in _QUOTES:
        return _quote_end(toks, k, min(limit, k + _MAX_OUTLET_NAME + 2)) is None
    return k < limit and (toks[k].text == ":" or _is_marker(lex, toks[k].text))


_LATIN_RE = re.compile(r"[A-Za-z][A-Za-z0-9&.\- ]{0,30}[A-Za-z0-9]|[A-Za-z]")


def _recipient(lex: _Lex, toks: list[Token], a: int, b: int, norm: str) -> tuple[int, int] | None:
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
        if t.startswith("ل") and len(t) > 2 and k + 2 < len(toks) and _glued_dot(
                toks, k + 1, len(toks)):
            # «للعربية.نت»
            return toks[k].start + (2 if t.startswith("لل") else 1), toks[k + 2].end
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


_LI_NOUNS = tuple(sorted(_word_set("li_noun_prefixes")))  # startswith prefixes
# «بالحديث، بالقول، بالإشارة»: a statement noun in «بـ» is how the speaker went on saying
# «بالقول» and «للقول» («ومضى للقول، "…"»: went on to say), each noun in either form after
# any verb of saying («وتابع للتأكيد أن…» as «وتابع بالتأكيد أن…»), not after «مضى» only
_SAID_BY = frozenset(p + w for p in ("بال", "لل") for w in _word_set("said_by_nouns"))
# «بالتوغل، بالتصعيد، بالتعاون، بالإعدام، بالانسحاب، بالاستخدام»: a definite verbal noun of a
# derived pattern (no ة: «بالإدارة» is the speaker's institution, never what was said)
_BI_VERBAL_RE = re.compile(r"^و?بال(?:ت\w{3}|ت\w\wي\w|ت\wا\w\w|ا\w\wا\w|ا\w{3}ا\w|است\w\wا\w)$")


def _bi_inner(lex: _Lex, word: str) -> bool:
    """«باسم، بن، بنت»: a word in «ب» that a speaker runs on through («المتحدث باسم الحكومة»,
    «فاطمة بنت محمد»), never the «بـ» complement of a call or a demand after it."""
    return len(word) > 1 and word.startswith("ب") and word in lex.inner


def _li_recipient(lex: _Lex, toks: list[Token], a: int, q: int, cue: Cue) -> bool:
    """Whether the «لـ/لل» word at ``q``, right after the one-word subject at ``a`` of a cue
    whose complement holds «ل» («أوعز لـ…»), names whom the words were addressed to and ends
    the subject: «وأوعز الملك للحكومة بتجميد…», «أوعزت قطر لعدد من أدواتها…». After an office
    noun the «ل» is its genitive («وزير للخارجية»), and a verbal noun («لعدم، لتعويض») opens
    the complement itself (``_complement``)."""
    t = toks[q].text
    return ("ل" in cue.complement and len(t) > 3 and t[0] == "ل" and not t.startswith(_LI_NOUNS)
            and _strip_conj(toks[a].text).removeprefix("ال") not in lex.descriptors)


def _complement(cue: Cue, word: str) -> bool:
    """Whether ``word`` opens the verb's prepositional complement, which is what was said when
    no «أن» follows: «أشارت مصادر إلى وقوع…», «أفادت مصادر بمقتل…» (a verbal noun after «بـ»,
    never «بالإدارة», which belongs to the speaker), «حذرت منظمات من إجبار…»."""
    if cue.stance == "estimate" and "ب" in cue.complement:
        # «قدر X عدد القتلى بحوالى 48»: an estimate's «بـ» gives an amount; «تقدر قرار ترمب
        # بشكل كبير» (values) is no estimate
        amount = word.removeprefix("ب")
        return word == "ب" or (word != amount and (
            amount[:1].isdigit() or amount in _AMOUNTS or amount.removeprefix("ال") in _AMOUNTS))
    if cue.stance == "admit":
        # «أقر التحالف بمقتل…», «اعترفت وسائل الإعلام بزراعة…»: what was admitted, never
        # «أقر البرلمان بالإجماع», «اعترف بإسرائيل» (a vote, a recognition)
        return (word.startswith("ب") and "ب" in cue.complement
                and (word[1:] in _ADMITTED or word[1:].removeprefix("ال") in _ADMITTED))
    if word in cue.complement or ("ب" in cue.complement and word == "ب"):
        return True  # «طالبا المجتمع الدولي بـ"رد حازم"»: the preposition set off by a tatweel
    if cue.stance == "say" and word in _SAID_BY:
        return True  # «ولكنه استدرك بالحديث عن تحسن…», «وتابع بالقول: …»
    if "ل" in cue.complement and len(word) > 3 and word.startswith(_LI_NOUNS):
        return True  # «ودعت وزارة الداخلية لعدم إطلاق النار», «دعا لتعويض الضحايا»
    if "ب" in cue.complement and word.startswith("بال"):
        # «وهددت تركيا بالتوغل…»; a participle's is passive («مهددة بالانقراض», threatened)
        return not cue.participle and _BI_VERBAL_RE.match(word) is not None
    return ("ب" in cue.complement and word.startswith("ب")
            and (len(word) > 3 or (len(word) == 3 and word[1] != "ه")))  # «بشن», not «بها»


def _ala_setting(lex: _Lex, toks: list[Token], k: int, limit: int, cue: Cue) -> bool:
    """Whether the «على» at ``k`` after «أكد» (an object cue with «على» as its complement) is not
    that complement: the preposition of the object noun right before it («وأكد ضابط… العثور
    على الجثث», «وأكدت الفصائل في بيان سيطرتها على تلة…»), or a setting that a content marker
    follows after other words of its clause («وأكد في تغريدة له على حسابه على تويتر أن…», «أكد
    على صفحته في «فيس بوك» أن…»: what was said starts at the marker). «أكد على أن…», «أكد على
    ضرورة "…"» are the complement."""
    if not (cue.stance == "assert" and cue.object_ok and toks[k].text == _ALA):
        return False
    before = _strip_conj(toks[k - 1].text)
    if before in lex.object_heads or _possessed(before):
        return True
    q = k + 2
    while q < min(limit, k + _MAX_WINDOW):
        t = toks[q].text
        if _is_marker(lex, t):
            return True
        if t in _QUOTES:
            close = _quote_end(toks, q, min(limit, q + 5))
            if close is None:
                return False  # a quotation: what was said, not a setting
            q = close  # «على صفحته في «فيس بوك» أن…»: a quoted name inside the setting
        elif t in (".", ":", "؛") or _verb_cue(lex, t) is not None:
            return False
        q += 1
    return False


def _bi_subject(lex: _Lex, toks: list[Token], k: int, limit: int, cue: Cue,
                first: bool = True) -> bool:
    """Whether the word in «بـ» at ``k``, right after the verb, is its subject and not its
    complement: a name set off by a comma («وتعهد بومبيو، في لقاء…»), or a noun «بأن» follows
    within a few words, the complement then being that («وأفاد بيان صادر عن ولاية غازي عنتاب
    بأن…»; only for the ``first`` word after the verb: «وأفادت مصادر بحسب سكاي نيوز بأن…»), or
    a source noun («بيان») whose issuer a colon or an opening quotation mark follows. A
    possessed noun is never a name («يطالب بحريته، وليصنع…»)."""
    t = toks[k].text
    if ("ب" not in cue.complement or len(t) < 4 or not t.startswith("ب") or t.startswith("بال")
            or _is_marker(lex, t) or t in _ADVERBS or _possessed(t[1:])):
        return False
    for q in range(k + 1, min(limit, k + 8)):
        u = toks[q].text
        if u in ("،", ","):
            return q == k + 1 and k + 2 < limit and toks[k + 2].text not in _PUNCT
        if first and t in lex.source_heads and q > k + 1 and (u == ":" or u in _OPEN_QUOTES):
            return True  # «وأفاد بيان مكتب رئيس الوزراء «تم توقيف…»»: the statement noun and
            # its issuer, then its words quoted
        if u in _PUNCT or u in _QUOTES or _verb_cue(lex, u) is not None:
            return False
        if first and u[0] == "ب" and (
                _is_marker(lex, u) or (u[:3] == "بان" and u[3:] in _BI_AN_SUFFIXES)):
            return True  # «بأن», «بأنهما»
        if first and t in lex.source_heads and (_is_marker(lex, u) or (
                u[0] == "ب" and len(u) > 3 and not _possessed(u[1:]))):
            return True  # «وأفاد بيان للبيت الأبيض أن…», «وأشاد بيان الحزب بموقف…»: «بيان» is
            # the noun, not «بـ» + «يان»
    return False


_BI_AN_SUFFIXES = frozenset(("", "ه", "ها", "هم", "هما"))
# «بتقديم، بارتكابها، بإنشاء، بالضلوع»: «بـ» + a verbal noun of a derived pattern (a pronoun may
# close it); a name in «بـ» («بريطانيا، باسيل») fits none of them
_BI_NOUN_RE = re.compile(
    r"^ب(?:ال\w{3,}|(?:ت\w\wي\w|ت\wا\w\w|ا\w\wا\w|ا\w{3}ا\w|است\w\wا\w)(?:ه|ها|هم|هما)?)$")


def _accused_passive(lex: _Lex, toks: list[Token], j: int, limit: int, cue: Cue) -> bool:
    """Whether the word right after an accusation cue that names the accused first («اتهم X
    بـ…») is its «بـ» complement, which makes the cue a passive or an adjective with nobody
    accusing: «شركات… متهمة بتقديم أدوية…», «متهمة بأنها قدمت…», «والتي اتهم بارتكابها "جيش
    المهدي"». «واتهم بريطانيا وفرنسا بالتبعية…» and «اتهمه بـ…» name the accused."""
    if not cue.object_first or j >= limit:
        return False
    t = toks[j].text
    return _BI_NOUN_RE.match(t) is not None or (t[:3] == "بان" and t[3:] in _BI_AN_SUFFIXES)


_ANONYMITY = _word_set("anonymity_nouns")
_CLAUSE_STOPS = frozenset("،,.:;؛!?؟")
_MEASURED = _word_set("measured_heads")
_QADR = _word_set("qadr_forms")  # also the noun amount
_QADR_BEFORE = _word_set("qadr_noun_before")
_QADR_AFTER = _word_set("qadr_noun_after")  # «قدر X عدد/حجم/قيمة… بـ…»
_AMOUNTS = _word_set("estimate_amounts")  # «بحوالي، بنحو، بعشرات…»
_ADAM = normalize("عدم")


def _anonymous_aside(toks: list[Token], k: int, limit: int) -> bool:
    """Whether the cue at ``k`` asks not to be named («طالبا عدم ذكر اسمه»)."""
    return k + 2 < limit and toks[k + 1].text == _ADAM and toks[k + 2].text in _ANONYMITY


def _refused_name(toks: list[Token], k: int, limit: int) -> bool:
    """Whether the word at ``k`` is an accusative participle refusing or asking not to be
    named («رافضا ذكر اسمه», «مفضلا عدم الكشف عن هويته»): an aside, never a subject."""
    t = toks[k].text
    if not (t.endswith("ا") and len(t) >= 4 and not t.startswith("ال")):
        return False
    nxt = k + 2 if k + 1 < limit and toks[k + 1].text == _ADAM else k + 1
    return nxt < limit and toks[nxt].text in _ANONYMITY


_MAX_SOURCE_ASIDE = 8


def _source_aside_end(lex: _Lex, toks: list[Token], k: int, limit: int) -> int | None:
    """Where a source phrase «بحسب/وفقا/وفق…» set right after a subject ends, when the
    content's marker or a colon follows it within ``_MAX_SOURCE_ASIDE`` words («وقال ممثل
    فرنسا بحسب المصادر عينها إن…», «وقال شفيتكين وفقا للوكالة: "…"»). The source
    vouches for the statement (its ``via``), so the content starts after it; a phrase that runs
    into anything else («وقال الوزير وفقا للقانون الدولي…») is left to the content scan. Set off
    by commas, the phrase may end on one and hold a gloss in parentheses («وقال الأسد، وفقا لما
    نقلته وكالة الأنباء السورية (سانا)، إن…»): otherwise the source verb inside it was read as
    the statement and the speaker's own verb was lost."""
    set_off = k > 0 and toks[k - 1].text in _COMMAS
    end = k + 2
    stop = min(limit, k + (2 if set_off else 1) + _MAX_SOURCE_ASIDE)  # (its closing comma)
    while end < stop:
        t = toks[end].text
        if _is_marker(lex, t) or t == ":":
            return end
        if t in _QUOTES and end + 1 < limit and _is_marker(lex, toks[end + 1].text):
            return end + 1  # «بحسب “المدينة” أنه…»: the quoted outlet's closing mark
        if set_off and t in _QUOTES:
            close = _quote_end(toks, end, min(stop, end + _MAX_OUTLET_NAME + 2))
            if close is None:
                return None  # «وهدد X، بحسب ما يقوله المرصد "بإعدام…، إن لم…"»: words said
            end = close + 1  # «وأوضح العقيد بن دليم، وفقاً لما نقلت عنه “عكاظ”، أن…»
            continue
        if set_off and t in _COMMAS and end + 1 < limit and _is_marker(lex, toks[end + 1].text):
            return end + 1  # «وقال الأسد، وفقا لما نقلته وكالة الأنباء السورية، إن…»
        gloss = _after_gloss(toks, end, limit) if set_off and t == "(" else end
        if gloss > end:
            stop = min(limit, stop + gloss - end)
            end = gloss  # «… وكالة الأنباء السورية (سانا)، إن…»
            continue
        if t in _PUNCT:
            return None
        end += 1
    return None


def _content(
    lex: _Lex, toks: list[Token], j: int, limit: int, cue: Cue, suffixed: bool = False
) -> tuple[int, int, int] | None:
    """(content start index, end index exclusive, where the scan stopped) after the speaker.
    ``suffixed``: the cue carries its object as a pronoun and its subject is written, so what
    it was called («بـ"…"») may follow the subject at once («مجموعة وصفتها تركيا بـ"الإرهابية"»;
    not «ما وصفه بـ"…"» with no subject inside another's words, which goes on with them)."""
    if (j + 3 < limit and toks[j].text in _FI and toks[j + 1].text == _WAQT
            and toks[j + 2].text in _SAME):
        j += 3  # «داعيا في الوقت ذاته النواب إلى…»: at the same time, then the object
    k = j
    stop = min(limit, j + _MAX_WINDOW)
    aside = _relative_aside(lex, toks, j, limit)
    if aside is not None:
        # «وتابع خامنئي، الذي قدمته بلاده دعما… التي شهدتها البلاد، بالقول إن…»: the clause
        # describing the speaker is his, however long; the window counts from its closing comma
        stop = max(stop, min(limit, aside + _MAX_AFTER_ASIDE))
        k = aside  # its words are no complement or marker of the cue («قبل أن تستعيدها…»)
    adjacent = aside is None  # only commas, time words and adverbs since the speaker
    subordinate = False  # a «قبل/بعد أن» passed: only a quotation may follow
    if cue.needs_content and j + 2 < limit and toks[j].text in _IYYA:
        return j + 1, limit, j  # «مناشدا إياه القدوم…», «واصفة إياه بالزنديق»: after the object
    while k < stop:
        t = toks[k].text
        if (k == j or (k == j + 1 and toks[j].text in _COMMAS)) and (
                t in _GENERIC_PREPS or _strip_conj(t) in _GENERIC_PREPS):
            end = _source_aside_end(lex, toks, k, limit)
            if end is not None:
                k = end  # «وأوضح قاسم وفقا لما نقلته الوكالة: "…"»: the content after it
                continue
        if (adjacent or (cue.transitive and k - j <= _MAX_OBJECT)) and _complement(cue, t) \
                and not _is_marker(lex, t) \
                and not (k == j and _bi_subject(lex, toks, k, limit, cue)) \
                and not _ala_setting(lex, toks, k, limit, cue):
            return k, limit, k  # «طالبا المجتمع الدولي بـ…»: the complement after the object
        if (not adjacent and cue.transitive and k - j <= _MAX_OBJECT
                and toks[k - 1].text not in _PUNCT and (
                    ("ب" in cue.complement and t.startswith("بال") and len(t) > 5)
                    or ("ل" in cue.complement and t[0] == "ل" and len(t) > 3
                        and (not _possessed(t[1:]) if t[1] != "ل" else len(t) > 6)
                        and k - j <= 3
                        and all(toks[q].text.startswith(("ال", "وال")) for q in range(j, k))))):
            # «وطالب البيان المجتمع الدولي بالضغط على…», «ودعا البرلمان لنزع…»: after the object
            return k, limit, k
        if (adjacent and t in _ADVERBIAL and k == j + 1 and toks[j].text in _COMMAS
                and not cue.transitive):
            # «وشكك وزير الخارجية، لدى حضوره اجتماعا للاتحاد في بروكسل، في نزاهة…»: a setting
            # set off by commas, its own «في» no complement; the complement opens after it
            close = next((q for q in range(k + 1, min(limit, k + 1 + _MAX_CONVERSATION))
                          if toks[q].text in _PUNCT or _is_marker(lex, toks[q].text)
                          or _verb_cue(lex, toks[q].text) is not None), None)
            if (close is not None and toks[close].text in _COMMAS and close + 1 < limit
                    and _complement(cue, toks[close + 1].text)
                    and not _is_marker(lex, toks[close + 1].text)
                    and not _ala_setting(lex, toks, close + 1, limit, cue)):
                return close + 1, limit, close + 1
        if adjacent and t in _ADVERBIAL and k == j:
            # «تحدثت صحيفة محلية في مدينة شيتا عن…»: a place or setting before the complement
            end = k + 1
            # «شدد بوتين في مكالمة هاتفية مع رئيس الوزراء الإسرائيلي… على…»: a call or a
            # meeting and whom it was with may run longer than other settings
            most = (_MAX_CONVERSATION if k + 1 < limit and toks[k + 1].text in _CONVERSATION
                    else _MAX_ADVERBIAL)
            reach = max(stop, min(limit, k + most + 1))
            while (end < reach and end - k <= most and toks[end].text not in _PUNCT
                   and not _complement(cue, toks[end].text) and not _is_marker(lex, toks[end].text)
                   and _verb_cue(lex, toks[end].text) is None):
                end += 1
            if end < reach and end - k <= most and _complement(cue, toks[end].text) \
                    and not _is_marker(lex, toks[end].text) \
                    and not _ala_setting(lex, toks, end, limit, cue):
                return end, limit, end
        # «واشتكى ترامب مطولا من…»: an adverb ends the subject, the complement still follows it
        adjacent = adjacent and (t in _PUNCT or t in _TIME_WORDS or t in _ADVERBS)
        if _is_marker(lex, t) or (cue.transitive and t in _ILA and k > j):
            if k > j and toks[k - 1].text in _NOT_REPORT_BEFORE and not subordinate:
                # «وقال أوغلو في مؤتمر… قبل أن يتوجه… "…"»: the setting's own «أن»; words
                # said in quotation marks may still come after it, never a later marker, which
                # is the subordinate clause's («بعد أن كان من المقرر أن تعلن»)
                subordinate = True
                k += 1
                continue
            if subordinate:
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
                run = _runs_on(lex, toks, close, limit)
                return (k, run, k) if run > close + 1 else (k + 1, close, k)
            if (close is not None and close > k + 2 and cue.stance == "say"
                    and (all(toks[q].text in _PUNCT or toks[q].text in _TIME_WORDS
                             or toks[q].text in _PERIOD_OF for q in range(j, k))
                         or _setting_only(lex, toks, j, k))
                    and not cue.participle and (close + 1 >= limit
                                                or toks[close + 1].text == ".")):
                # «قال يوم الأربعاء "سوف أقوم بالزيارة".», «وقال X في مقابلة مع برنامج (ذيس
                # ويك) بقناة… "لا أستبعد شيئا".»: said words
                return k + 1, close, k
            if (close is not None and close > k + 1 and (k - 1 > j or (suffixed and k - 1 == j))
                    and toks[k - 1].text == "ب"
                    and ((cue.needs_content and not cue.complement)
                         or "ب" in cue.complement)):
                return k - 1, close + 1, k  # «ووصف المومني الأخبار…، بـ"الكاذبة والمفبركة"»
            if close is not None and close < limit:
                k = close + 1  # «مقتل عناصر “داعش” في…»: a quoted name; its closer opens nothing
                continue
        if (later := _verb_cue(lex, t)) is not None and k > j:
            if later.needs_subject and toks[k - 1].text in _PRONOUN_LEADS:
                k += 1  # «قال الوزير وهو يعلق على الحادث: "…"»: a cue that needs its subject
                continue  # written after it has a pronoun instead, a circumstance of this one
            if t in lex.first_person and toks[k - 1].text not in _PUNCT:
                k += 1  # «ووصف رئيس الوزراء، حرق المخازن التي تضم نصف صناديق…، بأنه»: «نصف»
                continue  # (half) inside the object, no "we describe" in the narrator's words
            if _resumes_indefinite(lex, toks, k, j):
                k += 1  # «خلال الإعلان… في انتخابات انتقدتها واشنطن: "…"»: a clause describing
                continue  # an indefinite noun, its pronoun the noun; not another cue
            if t in _RADDAN and k + 1 < limit and toks[k + 1].text == _ALA:
                k += 1  # «وقال، الثلاثاء، ردا على سؤال…، إن»: «in reply to», an adverbial
                continue
            if (k + 1 < limit and toks[k + 1].text in lex.blocked_after) or (
                    _anonymous_aside(toks, k, limit)) or (
                    toks[k - 1].text in lex.blocked_before) or (
                    cue.needs_content and k - 1 >= j and toks[k - 1].text in lex.relatives) or (
                    k - 2 >= j and toks[k - 2].text == "،"
                    and _passive_yutabar(lex, toks, k, limit)):
                # «، لم يذكر اسمه، إن…»: an aside, not another cue; «ووصف المومني الأخبار
                # التي تحدثت عن…، بـ"الكاذبة"»: the object's relative clause; «قال كيري،
                # والذي يعتبر مهندس الاتفاق، إن…»: the speaker's, with no content of its own
                k += 1
                continue
            return None
        if t in (".", "؟", "!") and not _glued_dot(toks, k, limit):
            return None
        k += 1
    if k >= stop and not cue.participle:
        # «وقال أردوغان في إقليم موس…، حيث يتم إحياء ذكرى معركة… بين…:"ليس…"»: a long setting,
        # then a colon opening a quotation, further on than the window, with no cue or
        # sentence end between
        for q in range(j + 1, min(limit, j + _MAX_COLON_WINDOW)):
            w = toks[q].text
            if (w in (".", "؟", "!") or _is_marker(lex, w) or _verb_cue(lex, w) is not None
                    or (w.endswith("ه") and _verb_cue(lex, w[:-1]) is not None)
                    or (w.endswith(("ها", "هم")) and _verb_cue(lex, w[:-2]) is not None)):
                break  # («ويؤكد ذلك ما قاله الأمير…: "…"»: the quotation is another verb's)
            if w == ":":
                if q + 1 < limit and toks[q + 1].text in _QUOTES:
                    close = _quote_end(toks, q + 1, len(toks))
                    if close is not None and close > q + 2:
                        return q + 2, close, q
                break
    if cue.participle and cue.needs_content and not cue.complement:
        # «واصفة استمرار إطلاق النار…، رغم قرار…، بـ"المهزلة"»: a long object, then what it
        # was called, further on than the window, in the same sentence and no other cue's (a
        # participle only: after a verb the words before could be its object or its subject)
        for q in range(j, limit - 2):
            w = toks[q].text
            if w in (".", "؟", "!") or _verb_cue(lex, w) is not None:
                break
            if w in ("ب", "بـ") and toks[q + 1].text in _QUOTES:
                close = _quote_end(toks, q + 1, min(limit + 1, q + 10))
                if close is not None and close > q + 2:
                    return q, close + 1, q
                break
    return None


def _setting_only(lex: _Lex, toks: list[Token], j: int, k: int) -> bool:
    """Whether ``toks[j:k]`` is only the setting the words were said in, opened by a
    preposition and a noun of speaking («في مقابلة مع برنامج (ذيس ويك) بقناة…», «في تصريح
    للصحفيين»): a short quotation closing the sentence after it is then what was said, as it is
    right after the subject; after any other words it may be a quoted name («شارك في برنامج
    "ذيس ويك".»). No quotation, marker, cue or sentence end may stand in the setting."""
    if not (j + 1 < k <= j + 1 + _MAX_CONVERSATION and toks[j].text in _ADVERBIAL
            and toks[j + 1].text in _RECIPIENT_LEAD):
        return False
    before = toks[k - 1].text
    for prefix in ("بال", "لل", "ال", "ب", "ل", ""):
        head = before[len(prefix):] if before.startswith(prefix) else ""
        if head in _TITLED_HEADS or head in lex.recipient_heads or _names_person(lex, head):
            # «…مع برنامج "ذيس ويك".», «…لقناة "الحرة".», «…افتتاح مؤتمر "مستقبل
            # الاستثمار".»: the quotation is a title or an event's name; «…مع الإعلامي
            # "عمرو أديب".»: a person's
            return False
    return not any(w in _QUOTES or w in _SENT_ENDS or w in (":", "؛") or _is_marker(lex, w)
                   or _verb_cue(lex, w) is not None
                   for w in (toks[q].text for q in range(j + 2, k)))


_TITLED_HEADS = _word_set("titled_heads")


def _names_person(lex: _Lex, head: str) -> bool:
    """Whether the bare noun ``head`` is a person's title or descriptor («صحفي، إعلامية،
    وزير»), the name after it a person's."""
    return bool(head) and any(w in lex.titles or w in lex.descriptors
                              for w in (head, head[:-1] if head.endswith("ة") else head))

_WORD_RE = re.compile(r"\w+")
_MAX_ASIDE = 40  # words of a «، الذي…،» clause describing the speaker
_MAX_AFTER_ASIDE = 4  # «، بالقول إن», «، قائلا:»: the content right after that clause


def _relative_aside(lex: _Lex, toks: list[Token], j: int, limit: int) -> int | None:
    """The comma closing a relative clause set off right after the speaker («X، الذي…،»), or
    None: when the window would end inside such a clause, the content marker after it still
    belongs to the speaker. A clause with a sentence end, a long quotation or a cue of its own
    in it is not skipped (its words may be the statement).

    The clause may follow a short apposition set off by commas («أوديد إران، الدبلوماسي
    الإسرائيلي المخضرم، الذي يعمل…، إن»), open on a pronoun of description
    (statement_words ``aside_openers``: «كونكار، وهو برلماني عن…، إن»), hold a bracket
    («(البنتاغون)»), a quoted name («بـ«داعش»») and a marker after a word that makes it no
    report («قبل أن تستعيدها القوات…»), and close on a colon before a quotation («أبو جعفر،
    الذي عاش في… عام 2016: "…"») as on a comma.

    With no comma («وقال أنينغ الذي كان عضوا في "حزب أمة واحدة"… في مجلس الشيوخ "من حقنا…"»)
    the clause has no opening mark of its own: it ends at the first quotation long enough to be
    words said (a quoted party or place name is part of the clause) or at a comma with a content
    marker right after it («وقال الجنرال دانفورد الذي كان موجودا في مقر… (البنتاغون)…، إن»),
    reached with no sentence end, other marker or cue on the way."""
    if j + 2 < limit and _strip_conj(toks[j].text) in lex.relatives:
        return _unmarked_aside_end(lex, toks, j + 1, limit)
    if not (j + 2 < limit and toks[j].text in _COMMAS):
        return None
    opener = j + 1
    apposed = _apposed_end(lex, toks, opener, limit)
    if apposed is not None:
        opener = apposed + 1  # «، الدبلوماسي الإسرائيلي المخضرم، الذي…»
    if not (opener + 1 < limit and (_strip_conj(toks[opener].text) in lex.relatives
                                    or toks[opener].text in _ASIDE_OPENERS)):
        return None
    k = opener + 1
    while k < min(limit, opener + 1 + _MAX_ASIDE):
        skipped = _aside_inset(lex, toks, k, limit)
        if skipped is not None:
            k = skipped + 1
            continue
        t = toks[k].text
        if t in _COMMAS or (t == ":" and k + 1 < limit and toks[k + 1].text in _QUOTES):
            return k if k - j > _MAX_WINDOW - _MAX_AFTER_ASIDE else None
        if t in (".", "؟", "!", ":", "؛") or t in _QUOTES or _is_marker(lex, t) or (
                _verb_cue(lex, t) is not None):
            return None
        k += 1
    return None


_ASIDE_OPENERS = _word_set("aside_openers")


def _apposed_end(lex: _Lex, toks: list[Token], k: int, limit: int) -> int | None:
    """The comma closing a short apposition opened at ``k`` after the speaker's comma («،
    الدبلوماسي الإسرائيلي المخضرم،»): at most ``_MAX_APPOSED`` words, none of them a mark, a
    marker, a relative or a cue; else None."""
    for q in range(k, min(limit, k + _MAX_APPOSED + 1)):
        t = toks[q].text
        if t in _COMMAS:
            return q if q > k else None
        if (t in _PUNCT or t in _QUOTES or _is_marker(lex, t) or _verb_cue(lex, t) is not None
                or _strip_conj(t) in lex.relatives):
            return None
    return None


def _aside_inset(lex: _Lex, toks: list[Token], k: int, limit: int) -> int | None:
    """Where an inset that belongs to a relative clause describing the speaker ends, when one
    opens at ``k``: a bracket («(البنتاغون)», «(34 عاما)»), a quoted name of at most
    ``_MAX_QUOTED_NAME`` words («بـ«داعش»»), or a marker after a word that makes it no report
    («قبل أن», «بعد أن»: the clause's own subordinate); else None."""
    t = toks[k].text
    if t == "(":
        close = next((q for q in range(k + 1, min(limit, k + _MAX_QUOTED_NAME + 2))
                      if toks[q].text in _PUNCT), None)
        return close if close is not None and toks[close].text == ")" else None
    if t in _QUOTES and t not in ("»", "”"):
        close = _quote_end(toks, k, min(limit, k + _MAX_QUOTED_NAME + 2))
        return close if close is not None and close > k + 1 else None
    if (k > 0 and _is_marker(lex, t) and toks[k - 1].text in _NOT_REPORT_BEFORE):
        return k
    return None


def _unmarked_aside_end(lex: _Lex, toks: list[Token], k: int, limit: int) -> int | None:
    """Index just before the long quotation that ends a relative clause opened before ``k``
    with no comma, or None (see ``_relative_aside``)."""
    end = min(limit, k + _MAX_ASIDE)
    while k < end:
        t = toks[k].text
        if t in _QUOTES and t != "»":
            close = _quote_end(toks, k, len(toks))
            if close is None:
                return None
            if close - k > _MAX_QUOTED_NAME:
                return k - 1 if k - 1 > 0 else None
            k = close + 1
            continue
        if t in _COMMAS and k + 1 < limit and _is_marker(lex, toks[k + 1].text):
            return k  # «الذي كان موجودا في مقر… (البنتاغون)…، إن»: the comma closes it
        skipped = _aside_inset(lex, toks, k, limit) if t not in _QUOTES else None
        if skipped is not None:
            k = skipped + 1
            continue
        if t in _PUNCT or _is_marker(lex, t) or _verb_cue(lex, t) is not None:
            return None
        k += 1
    return None


_MAX_QUOTED_NAME = 5  # «"حزب كاتر الاسترالي"»: a name in quotation marks, not words said


def _resumes_indefinite(lex: _Lex, toks: list[Token], k: int, j: int) -> bool:
    """Whether the cue at ``k`` carries an object pronoun resuming the indefinite noun right
    before it («في انتخابات انتقدتها واشنطن»): an adjective clause, not a new report."""
    if k - 1 < j or not _object_suffixed(lex, toks[k].text):
        return False
    noun = toks[k - 1].text
    return (len(noun) > 3 and noun[0].isalpha() and not noun.startswith(("ال", "وال"))
            and noun not in lex.stop and noun not in _FUNCTION and _verb_cue(lex, noun) is None)


def _clause_end(toks: list[Token], k: int, limit: int) -> int:
    """The first comma or semicolon from ``k`` outside a quotation (else ``limit``): where a
    nominal report embedded in a larger sentence ends."""
    while k < limit:
        t = toks[k].text
        if t in _QUOTES:
            close = _quote_end(toks, k, limit)
            if close is not None:
                k = close + 1
                continue
        if t in _COMMAS or t == "؛":
            return k
        k += 1
    return limit


def _glued_dot(toks: list[Token], k: int, limit: int) -> bool:
    """Whether the full stop at ``k`` is inside a name between letters («للعربية.نت»)."""
    return (k > 0 and k + 1 < min(limit, len(toks)) and toks[k].text == "."
            and toks[k - 1].end == toks[k].start and toks[k + 1].start == toks[k].end
            and toks[k - 1].text[-1].isalpha() and toks[k + 1].text[0].isalpha()
            and (len(toks[k + 1].text) <= 3 or toks[k + 1].text.isascii()))  # not «…المستشفى.ورصدت»


_IYYA = _word_set("iyya_pronouns")
_RADDAN = frozenset(normalize(w) for w in ("ردا", "رداً"))
_LU = normalize("لو")


def _lu_name(doc: _Doc, j: int, limit: int) -> bool:
    """«وأضاف لو كانغ المتحدث باسم الوزارة أن…», «قال لو دريان للصحفيين»: «لو» + a bare word,
    then a title, the content marker, a colon or «لـ» + the addressed, is a name, not the
    conditional «لو كان الأمر…»."""
    toks, lex = doc.toks, doc.lex
    if toks[j].text != _LU or j + 2 >= limit:
        return False
    name, after = toks[j + 1].text, toks[j + 2].text
    return (name[0].isalpha() and not name.startswith("ال") and name not in lex.stop
            and not _is_marker(lex, name) and _verb_cue(lex, name) is None
            and not _VERB_LIKE_RE.match(name)
            and (after in lex.descriptors or after == ":" or _is_marker(lex, after)
                 or (after.startswith("لل") and len(after) > 4)))  # «لو دريان للصحفيين»


def _runs_on(lex: _Lex, toks: list[Token], close: int, limit: int) -> int:
    """Where the clause a partial quotation opens ends: «وتعهد «ببذل … قوات» الحوثيين وأتباع
    صالح، منوها…» goes on after its closer to the next punctuation, quote or cue (``close + 1``
    when a punctuation mark, a quote or a cue follows the closer)."""
    m = close + 1
    while m < limit:
        t = toks[m].text
        if (t in _PUNCT or t in _QUOTES or not t[:1].isalpha() or _is_marker(lex, t)
                or _verb_cue(lex, t) is not None):
            break
        m += 1
    return m


_ADVERBIAL = _word_set("adverbial_preps")
_SUBJECT_SETTING = _word_set("subject_setting_leads")  # «وقال لدى وصوله…»
_REFERRING_SETTING = _word_set("referring_setting_leads")  # «وقال الصفدي من جهته»
_THEN_ADVERBS = _word_set("then_adverbs")  # «وقال مسؤول أمريكي وقتها»
_WAQT = normalize("الوقت")
_SAME = frozenset(normalize(w) for w in ("ذاته", "نفسه", "عينه", "ذاتها", "نفسها", "عينها"))
_MAX_ADVERBIAL = 6
_CONVERSATION = _word_set("conversation_nouns")
_MAX_CONVERSATION = 12
_MAX_OBJECT = 6  # «طالب الرئيس… المليشيات الحوثية وقوات صالح باحترام…»
_CLAUSE_OPEN = _word_set("clause_openers")
_QAD = normalize("قد")
_AMMA = normalize("أما")
_FA_QAD = normalize("فقد")
_TIME_WORDS = _word_set("time_words")
_TIME_PHRASES = tuple(tuple(normalize(w) for w in p.split())
                      for p in statement_words()["time_phrases"])


def _time_phrase(toks: list[Token], k: int, limit: int) -> int:
    """The end of a time of several words opening at ``k`` («أول من أمس»), else ``k``."""
    for words in _TIME_PHRASES:
        if k + len(words) <= limit and all(toks[k + n].text == w for n, w in enumerate(words)):
            return k + len(words)
    return k
_KANA = _word_set("kana")
_KULL, _MIN = normalize("كل"), normalize("من")
_LAM = normalize("لم")
_ALA, _LISAN = normalize("على"), normalize("لسان")
_ILA = _word_set("ila")
_MA, _LIMA = normalize("ما"), normalize("لما")
_NAQLAN = _word_set("relay_naqlan")
_INFORMATION_NOUNS = _word_set("information_nouns")
_TASHKEEL_RE = re.compile("[\u064B-\u0652\u0670\u0640]")
_POSSESSIVE = ("ه", "ها", "هم", "هما", "هن", "كم", "نا")
_POSSESSIVE_LONGEST_FIRST = tuple(sorted(_POSSESSIVE, key=len, reverse=True))  # («هما» before «ه»)
# a one-word «…نا» subject (a name, or «مراسلنا») right before the content it introduces
_NA_SUBJECT_END = frozenset((":", normalize("إن"), normalize("بأن")))
_PREP_PREFIX = tuple(normalize(w) for w in statement_words()["prep_prefixes"])


def _plain(text: str, span: tuple[int, int]) -> str:
    """The original spelling of a token, without diacritics or tatweel."""
    return _TASHKEEL_RE.sub("", text[span[0] : span[1]])


def _possessed_person(lex: _Lex, word: str) -> bool:
    """Whether ``word`` is a noun naming people with a possessive suffix («زوجها، وزيرها»):
    possessed, yet a person, so a subject and no adverb in «ا» («لكن زوجها قال»)."""
    return _possessed(word) and not _possessed(word, lex.possessed_ok)


def _possessed(word: str, people: frozenset[str] = frozenset()) -> bool:
    """«سيطرتها، هويته، قنصليتنا»: a noun with a possessive suffix (original spelling), unless
    the noun names people («زعيمها، وزيرها، محاميه»)."""
    w = word[1:] if len(word) > 4 and word[0] in _ACK else word
    if w.startswith("ال") or w.endswith("الله") or len(w) < 4:
        return False
    for suf in _POSSESSIVE_LONGEST_FIRST:
        if w.endswith(suf):
            stem = w[: -len(suf)]
            if len(stem) < 3:
                return False  # «رانا، لينا، طه»: a name, not a two-letter stem with a suffix
            if not people:
                return True
            n = normalize(stem)  # the people are normalised («امينها» as «أمينها»)
            named = n in people or (n.endswith("ت") and n[:-1] + "ه" in people)
            return not named
    return False


def _referent(lex: _Lex, text: str, toks: list[Token], orig: list[tuple[int, int]],
              a: int, b: int) -> bool:
    """Whether tokens ``a:b`` can name a speaker: not a pronoun, particle, participle or
    possessed noun («فيها، قائلا، سيطرتها»)."""
    if b <= a:
        return False
    first = toks[a].text
    if first in lex.not_speaker or _strip_conj(first) in lex.not_speaker:
        return False
    if first in _PUNCT or first in _QUOTES or first[0].isdigit() or first in _ADVERBS:
        return False
    if first.startswith(("بال", "وبال", "فبال")) or _plain(text, orig[a]).startswith(_BI_NOUNS):
        return False  # «بالبند الثالث», «بإرسال…»: a prepositional phrase names nobody
    if len(first) > 1 and first[0] == "ل" and first[1].isascii():
        return False  # «قالت لـCNN»: the outlet spoken to, written on to its «لـ»
    cue = lex.verbs.get(first)
    if cue is not None and not _name_after_verb(lex, toks, a):
        return False
    if not _possessed(_plain(text, orig[a]), lex.possessed_ok):
        return True
    if (b == a + 1 and first.endswith("نا") and len(first) > 5 and b < len(toks)
            and toks[b].text in _NA_SUBJECT_END):
        return True  # «وأضاف فرانكونا:», «وقال بوتينا إن»: the word alone before the content
    if b == a + 1 and a > 0 and first.endswith("ه") and _alone_after_say(lex, toks, a, b):
        return True  # «وقال باسلمه للصحافيين "…"»: a name spelt with «ه» for «ة»
    # «ساره ساندرز»: a first name in «ـه» before a surname (no article, no suffix, no particle);
    # with a title after the surname too when the first word ends in «ـيه/ـينا» («جوزيه
    # مورينيو مدرب تشيلسي», «رافينا شمداسني المتحدثة…»). The title decides: a possessed noun
    # so spelt is mostly oblique («أبيه، مؤيديه»), but one whose stem ends in «ي» is spelt so
    # in every case and is the object after the verb («وأكد سعيه لتحقيق السلام»), which no
    # title follows two words on
    nxt = toks[a + 1].text if b == a + 2 or (
        b > a + 2 and _plain(text, orig[a]).endswith(_OBLIQUE_POSSESSED)
        and _person_title(lex, toks[a + 2].text)) else ""
    return (len(nxt) > 2 and not nxt.startswith(("ال", "وال")) and nxt not in lex.stop
            and nxt not in lex.not_speaker and lex.verbs.get(nxt) is None
            and not _possessed(_plain(text, orig[a + 1]), lex.possessed_ok))


_OBLIQUE_POSSESSED = ("يه", "ينا")


def _marked_after(lex: _Lex, toks: list[Token], k: int, limit: int) -> bool:
    """Whether a content marker or a quotation opens the clause at ``k``, past the rest of
    the source's phrase and commas: what a source behind «علمت X من…» said must follow it
    («…من مصادر مطلعة على مسودة التقرير، أن…»); with none, X learned of something from Y
    («وعلمت الشرطة من الجيران بالحادث») and no one is quoted."""
    end = min(limit, k + _MAX_WINDOW)
    while k < end and toks[k].text not in _PUNCT and not _is_marker(lex, toks[k].text):
        k += 1
    while k < limit and toks[k].text in _COMMAS:
        k += 1
    return k < limit and (_is_marker(lex, toks[k].text) or toks[k].text in _QUOTES)


def _alone_after_say(lex: _Lex, toks: list[Token], a: int, b: int) -> bool:
    """Whether the one word at ``a`` stands between a verb that takes no noun object («قال»)
    and the content («إن», a colon or a quotation) or the audience spoken to («للصحافيين»).

    A word in «ـه» after an object-taking verb is mostly its possessed object («أعلن رفضه»),
    the subject dropped; «قال» has no such object, so the word there is its subject, a name
    whose «ة» is written «ه» («باسلمه، سلامه») or a possessed speaker («وقالت حكومته إن…»).
    """
    word = toks[a].text
    if word.startswith("ل") or word[:-1] in _ADVERBIAL:
        return False  # «قال لزملائه إن…», «قال أمامه إن…»: whom to, where; the subject dropped
    cue = _verb_cue(lex, toks[a - 1].text)
    if cue is None or cue.object_ok or cue.transitive or cue.participle or cue.complement:
        return False
    nxt = toks[b].text if b < len(toks) else ""
    return (nxt in _NA_SUBJECT_END or nxt in _QUOTES
            or (nxt.startswith("ل") and len(nxt) > 3 and nxt in lex.stop))


_PRESENT_PREFIXES = frozenset("يتنا")
_INFLECTED_ENDS = frozenset("تاهي")


def _name_after_verb(lex: _Lex, toks: list[Token], k: int) -> bool:
    """Whether the cue form at ``k`` is the subject of the finite verb of saying right before
    it, a name spelt like a verb («وقال دان ويرثايمر إن…»: two verbs never follow each other
    unjoined; not a participle, «وتابع قائلا», nor a verbal noun object, «أكد رفض…»)."""
    if k < 1 or toks[k].text in lex.object_heads or toks[k].text in lex.relay_said:
        return False
    own = lex.verbs.get(toks[k].text)
    word = toks[k].text
    if (own is None or own.participle or own.prepositional or word in lex.first_person
            or word[0] in _PRESENT_PREFIXES or word[-1] in _INFLECTED_ENDS
            or word in _past_stems()):
        # «وأضافت نتوقع أن…»: the first words of what was said; «وأعلنت قالت…», «قال ردا
        # على…», «نقلت دعوة…»: an inflected or suffixed verb, or a verbal noun, is no name
        return False
    prev = _verb_cue(lex, toks[k - 1].text)
    return prev is not None and not prev.participle and not prev.prepositional


def _renewed_by_subject(doc: _Doc, i: int, k: int) -> bool:
    """Whether the renewed noun at ``k`` is what the subject of «جدد» at ``i`` renewed. A
    noun of its own («التأكيد، دعوته») is; a bare one («تأكيد، مطالبة، إدانة») only when the
    words between are one noun phrase, the subject: a word that ends a speaker («عقب، رغم،
    بعد», a preposition) or a second noun phrase (an indefinite word after a definite one that
    is no person's title, no name) puts the noun in another clause («وجدد مجلس الأمن ولاية
    البعثة عقب إدانة الهجوم»: a mandate renewed)."""
    toks = doc.toks
    if toks[k].text.startswith("ال") or _possessed(_plain(doc.text, doc.orig[k])):
        return True
    for q in range(i + 1, k):
        t = toks[q].text
        if (t in doc.lex.stop or t in _FRONTED_TIME_PREPS or t in _CONCESSIVE_LEADS
                or t in _FUNCTION or t in _PUNCT):
            return False
        prev = toks[q - 1].text
        if (q > i + 1 and prev.startswith("ال") and not t.startswith("ال") and not doc.named(q)
                and not _names_person(doc.lex, prev[2:])):
            return False  # («وجدد الوزير شكري تأكيد…»: a title, then the name)
    return True


def _resumed_name(doc: _Doc, k: int, lo: int, i: int) -> bool:
    """Whether the lone bare word at ``k`` opening a sentence of running text before the cue at
    ``i`` is a name the article resumes («…لم يكن ينتظره. خامنئي أشاد بمواقف…», «…في الداخل
    السوري. طهران اعترفت رسميا…»): written earlier in the article, in a sentence that ends with
    a full stop on its line (a headline has none: «دي ميستورا يدعو إلى…»). Adverbs, times and
    stop words («لاحقا أعلن», «أمس قال») and accusative words in «ا» («ميدانيا») are none.

    The word is a fronted object or topic, not the speaker, when the cue carries an object
    pronoun («نتنياهو وصفه الرئيس بأنه…», «ترامب قد يعتبره الجميع…») or the subject follows the
    cue, a name or a definite office or title («دمشق أكد الوزير أنها…»); an everyday noun
    («جهات قال إنها…») is a name only where the article already wrote it as a one-word speaker
    or as a surname («براين دولي… دولي أكد…»)."""
    toks, text, orig = doc.toks, doc.text, doc.orig
    word = toks[k].text
    if (k != lo or word in doc.lex.stop or word in _FUNCTION or word in _ADVERBS
            or word in _TIME_WORDS or word[-1:] == "ا" or _verb_cue(doc.lex, word) is not None
            or (word in load_everyday_words().common and word not in doc.lone_spoken
                and not doc.surname_before(word, orig[k][0]))
            or _object_suffixed(doc.lex, toks[i].text)):
        return False
    after = toks[i + 1].text if i + 1 < len(toks) else ""
    if after and doc.named(i + 1):
        return False
    if after.startswith("ال") and (after[2:] in doc.lex.speaker_heads
                                   or _names_person(doc.lex, after[2:])):
        return False  # (a definite object stays: «ترمب وصف التمارين العسكرية بـ…»)
    start = orig[k][0]
    q = start - 1
    while q >= 0 and text[q].isspace():
        q -= 1
    line_end = text.find("\n", orig[i][1])
    return (q >= 0 and text[q] in ".؟!"
            and "." in text[orig[i][1]:line_end if line_end >= 0 else len(text)]
            and doc.written_before(_plain(text, orig[k]), start))


def _subject_before(doc: _Doc, i: int, lo: int) -> tuple[int, int] | None:
    """A subject written before the verb in the same clause: «المتحدث باسم الوزارة قال إن»,
    «وكان البيت الأبيض قد حذر», «يذكر أن تركيا أعلنت»."""
    lex, text, toks, orig = doc.lex, doc.text, doc.toks, doc.orig
    amma = False
    own = lex.verbs.get(toks[i].text) or next(
        (framed for forms, _, framed in _FRAMED if toks[i].text in forms), None) or (
        _EXPRESS_CUE if _expressed_at(doc, i, len(toks)) else None) or (
        _WROTE_CUE if toks[i].text in _WRITES and _press_writes(doc, i, lo, len(toks))
        else None)  # «"القدس العربي" تكتب بأن…»
    if own is not None and own.participle:
        return None  # «…سيدفع أنقرة نحو التصرف مضيفا»: a participle continues its clause
    if own is None:
        if not toks[i].text.startswith("ف"):
            return None  # «وأعلن…»: the conjunction opens a new clause at the verb
        amma = True  # «أما الرئيس فقال…»
    b = i
    if (i - 2 > lo and toks[i - 1].text == _FA_QAD and toks[i - 2].text not in _PUNCT
            and any(_strip_conj(toks[q].text) == _AMMA for q in range(lo, i - 2))):
        # «أما المواطن فقد أشار…»: the «فـ» answering «أما» rides on «قد». After a comma the
        # clause before is no subject («…من نزاهة، فقد أعلن الأميركان»), nor is the end of an
        # aside («أما الرئيس، الذي قال إن الصواريخ "آتية"، فقد كتب»)
        amma, b = True, i - 1
    while b > lo and toks[b - 1].text == _QAD:
        b -= 1
    # «بالرغم من أن روبرتسون كان يشدد على أن…»: «كان» with no «قد» between the subject and the
    # verb (past habit) stands where «قد» would; the conjoined «وكان يقول» opens a clause of its
    # own and keeps the previous speaker
    bare_kana = (b == i and b - 2 > lo and toks[b - 1].text in _KANA
                 and not toks[b - 1].text.startswith("و"))
    if bare_kana or (b < i and b - 1 > lo and toks[b - 1].text in _KANA):
        b -= 1  # «يذكر أن موسكو كانت قد أعلنت»
    elif b < i:  # «وكانت حصيلة سابقة السبت، قد أشارت»: the day belongs to «قد»'s clause
        q = b - 1 if b - 2 > lo and toks[b - 1].text in _COMMAS else b
        if q - 2 > lo and toks[q - 1].text in _TIME_WORDS:
            while q - 2 > lo and toks[q - 1].text in _TIME_WORDS:
                q -= 1
            b = q
    if b - 3 >= lo and toks[b - 1].text in _QUOTES and toks[b - 1].text not in "«“":
        q = b - 2  # «وكانت "سانا" أفادت»: a quoted name after the opener
        while q > lo and b - q <= 6 and toks[q].text not in _QUOTES:
            q -= 1
        if (q >= lo and q < b - 2 and toks[q].text in _QUOTES
                and (q == lo or _strip_conj(toks[q - 1].text) in _KANA
                     or _is_marker(lex, toks[q - 1].text))
                and _referent(lex, text, toks, orig, q + 1, b - 1)):
            return q + 1, b - 1  # («"وول ستريت جورنال" كشفت أن…»: opening the sentence)
        head = toks[q - 1].text if q > lo else ""
        if (q - 1 >= lo and q < b - 2 and toks[q].text in _QUOTES and head[:1].isalpha()
                and (not head.startswith("ال") or head[2:] in lex.titles)
                and head not in lex.stop and head not in _FUNCTION
                and _verb_cue(lex, head) is None
                and (q - 1 == lo or _strip_conj(toks[q - 2].text) in _KANA
                     or _is_marker(lex, toks[q - 2].text)
                     or _strip_conj(toks[q - 2].text) in _LAKIN)
                and _referent(lex, text, toks, orig, q - 1, b)):
            return q - 1, b  # «لكن جماعة "جيش الإسلام" نفت»: a head noun and its quoted name
    k = b
    while k > lo and b - k <= _MAX_BACK:
        t = toks[k - 1].text
        if (t in _PUNCT or t in _QUOTES or _is_marker(lex, t) or t in _CLAUSE_OPEN
                or _strip_conj(t) in _CLAUSE_OPEN or (
                    _verb_cue(lex, t) is not None and not _anonymous_aside(toks, k - 1, b)
                    and not (k - 2 >= lo and toks[k - 2].text in _NAME_PARTICLES))):
            break  # («وكان مصدر دبلوماسي طلب عدم نشر اسمه قال…»: the aside is the subject's;
            # «علي بن أبي طالب قال…»: a cue word after a name particle is part of the name)
        k -= 1
    if _topic_fronted(doc, lo, k, b):
        return None  # «وعن الممثلين الذين تتشارك معهم… أمثال جهاد الأطرش… تقول: «…»»
    if (k == b and b - 1 > lo and toks[b - 1].text in _COMMAS and b - 1 - lo <= 3
            and own is not None):
        words = [toks[q].text for q in range(lo, b - 1)]
        if all(w[0].isalpha() and w not in lex.stop and w not in _FUNCTION
               and w not in _TIME_WORDS for w in words) and (
                all(w in doc.spoken for w in words) or any(doc.person(q) for q in range(lo, b - 1))
        ) and _referent(lex, text, toks, orig, lo, b - 1):
            return lo, b - 1  # «المشوح، أكد…»: a speaker already named, fronted before a comma
    if b - k > _MAX_BACK or k == b:
        got = _long_subject(doc, i, b, lo)
        if (got is None and k == b and b - 1 > lo and toks[b - 1].text in _COMMAS
                and own is not None):  # «X، Y، قال» with Y a name (the above); «X التي…، رأت»
            got = _fronted_apposed(doc, lo, b - 1) or _fronted_relative(doc, lo, b - 1, i)
        return got
    if k - 1 > lo and toks[k - 1].text in lex.relatives and not any(
            t.text in lex.stop or t.text in _FUNCTION or _strip_conj(t.text) in _FUNCTION
            or t.text in _ILA for t in toks[k:b]):
        ante = _antecedent_np(doc, k - 1, lo)  # «المسؤولين الذين حضروا الاجتماع قالوا»
        if ante is not None and _referent(lex, text, toks, orig, ante, k - 1):
            return ante, b
    # «وكان ترامب أعلن», «يذكر أن تركيا أعلنت»: the opener vouches for a lone name
    # «لكن تركيا تقول…»: so does «لكن», and the name written here beats an inherited speaker
    licensed = k > lo and (_is_marker(lex, toks[k - 1].text) or _strip_conj(toks[k - 1].text)
                           in _KANA or _strip_conj(toks[k - 1].text) in _LAKIN)
    if bare_kana and not licensed:
        return None  # «حكما… بحق متشدد بلجيكي كان يدعو»: an unmarked relative clause
    if k > lo and _verb_cue(lex, toks[k - 1].text) is not None:
        return None  # «قال المتحدث الجيش أعلن…»: no clause boundary, ambiguous
    if amma:
        if k >= b or _strip_conj(toks[k].text) != _AMMA:
            return None
        k += 1
    opened = k
    while k < b and (toks[k].text in _FUNCTION or _strip_conj(toks[k].text) in _FUNCTION):
        k += 1
    if k >= b or (k > opened and _discourse_frame(toks, k, b)) or (
            _listed_form(toks[k].text, _FRAME_OPENING_PREPS) is not None and k + 1 < b
            and _frame_noun(toks[k + 1].text)):
        return None  # «(و)من جهة ثانية أكد النائب…» with no comma: the frame is no subject
    words = [t.text for t in toks[k:b]]
    if (words[0][0].isdigit() or (_strip_conj(words[0]) in lex.stop
                                  and not _given_name_at(toks, k))
            or (words[0][0] in _ACK and words[0][1:] in lex.stop)):
        return None  # «ففي 19 مايو المنصرم أعلنت بغداد»: a date or a place, not a subject
    if _VERB_LIKE_RE.match(_plain(text, orig[k])) and not doc.named(k):
        return None  # «وتعرضت قاعدة… لغارات اتهمت دمشق…»: another verb's clause
    if (licensed and len(words) == 1 and words[0][-1:] in ("ا", "ة")
            and _strip_conj(toks[k - 1].text) in _LAKIN
            and not re.match("^ت|.*ت$", _strip_conj(toks[i].text))
            and not _possessed_person(lex, _plain(text, orig[k]))):
        licensed = False  # «لكن ميدانيا يرجح…»: an adverb; «لكن تركيا قالت» agrees, and
        # «لكن زوجها قال» ends in the suffix «ها» of a noun naming people, no adverb's «ا»
    if len(words) == 1 and not (words[0].startswith("ال") or words[0] in lex.descriptors
                                or licensed or doc.named(k) or _resumed_name(doc, k, lo, i)):
        return None  # a lone bare word («أكما أعلنت») must be a known name («تركيا أعلنت»)
    if any((w in lex.stop and not _given_name_at(toks, q)) or w in _FUNCTION
           or _strip_conj(w) in _FUNCTION for q, w in enumerate(words, k)):
        return _long_subject(doc, i, b, lo)
    if (words[0].startswith(_PREP_PREFIX) or _strip_conj(words[0]).startswith(_PREP_PREFIX[:2])
            ) and words[0] not in doc.spoken:
        return None  # «بالجيش…», «وللوزارة…»; «وكالة» is no «و+كالـ», and a name that has
        # already spoken is no «كـ+الـ» («لكن كالين قال» after «قال إبراهيم كالين»)
    if not _referent(lex, text, toks, orig, k, b):
        return None
    return k, b


def _topic_fronted(doc: _Doc, lo: int, k: int, verb: int) -> bool:
    """Whether the clause opening at ``lo`` is a fronted topic («وعن/وعما/أما عن/وفيما يتعلق
    بـX») that runs on to the ``verb``, the scan for a subject before it having stopped at
    ``k``: the words from the topic to the verb are what the speaker was asked about, and the
    verb's subject was dropped. A content marker or another verb of saying in between opens a
    clause of its own («وبالنسبة للاتفاق، فإن الوزير أكد…»: the subject after «فإن» stands),
    and so does a comma with words between it and the verb («وحول الاتفاق، الوزير قال…»)."""
    toks = doc.toks
    if k <= lo or not _opens_topic([t.text for t in toks[lo:min(k, lo + _TOPIC_PHRASE_LONGEST)]]):
        return False
    if k < verb and toks[k - 1].text in _COMMAS:
        return False
    return not any(_is_marker(doc.lex, toks[q].text) or _verb_cue(doc.lex, toks[q].text)
                   is not None for q in range(lo + 1, k))


_MAX_FRONTED = 14
_MAX_APPOSED = 6
_LAKIN = _word_set("lakin")
_AY = normalize("أي")
_COMMAS = frozenset("،,")


def _fronted_apposed(doc: _Doc, lo: int, comma: int) -> tuple[int, int] | None:
    """«رئيس الحكومة التركية أحمد داود أوغلو، منظر الحزب الحاكم، قال إن…»: a subject opening
    the clause, then a description set off by commas (at most ``_MAX_APPOSED`` words, ending
    at ``comma`` right before the verb). The subject must be headed by an office or name a
    person, so a fronted date or place with an aside («وفي مايو، بعد اجتماع طويل، قال…») is
    none, and neither part may hold a cue, a content marker or a quotation."""
    lex, toks = doc.lex, doc.toks
    c = next((q for q in range(comma - 1, max(lo, comma - 1 - _MAX_APPOSED), -1)
              if toks[q].text in _COMMAS), None)
    if c is None or c - lo < 2 or c - lo > _MAX_FRONTED:
        return None
    for q in range(lo, comma):
        t = toks[q].text
        if q != c and (t in _PUNCT or t in _QUOTES or _is_marker(lex, t)
                       or _verb_cue(lex, t) is not None):
            return None
    words = [toks[q].text for q in range(lo, c)]
    if not all(w[0].isalpha() and w not in lex.stop and w not in _FUNCTION
               and w not in _TIME_WORDS for w in words):
        return None
    if _strip_conj(words[0]) not in lex.descriptors and not any(
            doc.person(q) for q in range(lo, c)):
        return None
    return (lo, c) if _referent(lex, doc.text, toks, doc.orig, lo, c) else None


_EVEN = _word_set("even_leads")
_MAX_RELATIVE_HEAD = 4
_RELATIVE_GENDER = {normalize("الذي"): "m", normalize("التي"): "f"}


def _fronted_relative(doc: _Doc, lo: int, comma: int, i: int) -> tuple[int, int] | None:
    """«وحتى بولين هانسون التي تقود حزب أمة واحدة الذي يدعو إلى…، رأت أن…»: a subject opening
    the clause, then a relative clause describing it that runs to the comma right before the
    verb at ``i``. The subject is a name or headed by an office (a definite noun that is neither
    is more often a thing: «الحرب التي…، أعلنت»), at most ``_MAX_RELATIVE_HEAD`` words, and its
    relative pronoun agrees with the verb. The clause may hold another verb of saying (the
    subject's own description, «الذي يدعو إلى…»), never a sentence end, a content marker or
    a quotation (then its words may be the statement)."""
    lex, toks = doc.lex, doc.toks
    a = lo
    while a < comma and (toks[a].text in _FUNCTION or _strip_conj(toks[a].text) in _FUNCTION
                         or _strip_conj(toks[a].text) in _EVEN):
        a += 1
    if a + 1 < comma and _strip_conj(toks[a].text) in _KANA and i - 1 > comma and (
            toks[i - 1].text == _QAD):
        a += 1  # «وكان أردوغان، الذي أدى اليمين…، قد تعهد ألا…»: «كان… قد» frames the verb
    r = next((q for q in range(a + 1, min(comma, a + 2 + _MAX_RELATIVE_HEAD))
              if toks[q].text in lex.relatives), None)
    if r is None or comma - r > _MAX_ASIDE:
        return None
    head_end = r - 1 if toks[r - 1].text in _COMMAS else r  # («X، الذي…»: set off by a comma)
    want = _RELATIVE_GENDER.get(toks[r].text, "p")
    has = _gender(toks[i].text, False)
    if want != "p" and has not in (want, "p"):
        return None
    words = [toks[q].text for q in range(a, head_end)]
    if not words or not all(w[0].isalpha() and w not in lex.stop and w not in _FUNCTION
               and w not in _TIME_WORDS and _verb_cue(lex, w) is None for w in words):
        return None
    head = _strip_conj(words[0])
    if (head.startswith("ال") and head not in lex.descriptors and head[2:] not in lex.titles
            and not doc.person(a)):
        return None
    if (words[0] in _TOPIC_OPENERS or words[0].startswith(_PREP_PREFIX)
            or head in _LEADING_PREPS):
        return None  # «وحول الدور الذي تلعبه روسيا…، أكد هولاند»: a fronted topic
    v = i + 1
    while v < len(toks) and toks[v].text in _TIME_WORDS:
        v += 1
    if v >= len(toks) or not (_is_marker(lex, toks[v].text) or toks[v].text in _QUOTES
                              or toks[v].text == ":"):
        return None  # the verb's own subject follows it
    if _VERB_LIKE_RE.match(_plain(doc.text, doc.orig[a])) and not doc.named(a):
        return None
    for q in range(r + 1, comma):
        t = toks[q].text
        if t in _PUNCT or t in _QUOTES or _is_marker(lex, t):
            return None
    return (a, head_end) if _referent(lex, doc.text, toks, doc.orig, a, head_end) else None


def _describes_fronted(doc: _Doc, i: int, lo: int, limit: int) -> bool:
    """Whether the relative cue at ``i`` lies inside the clause describing a fronted subject
    whose own verb follows the next comma (``_fronted_relative``): a description of whoever
    the clause is about, not words said, and its content would run into the main clause."""
    toks = doc.toks
    q = next((q for q in range(i + 1, limit - 1) if toks[q].text in _COMMAS
              or toks[q].text in (".", "؟", "!", "؛", ":")), None)
    if q is None or toks[q].text not in _COMMAS or doc.lex.verbs.get(toks[q + 1].text) is None:
        return False
    got = _fronted_relative(doc, lo, q, q + 1)
    return got is not None and got[1] < i


_TIME_NOUNS = frozenset(normalize(w) for w in ("وقت", "أعقاب", "ظل", "إطار", "أثناء", "حين"))
_BARE_MARKERS = frozenset(normalize(w) for w in ("أن", "إن", "بأن", "لأن"))


def _given_name_at(toks: list[Token], k: int) -> bool:
    """Whether the word at ``k`` is a given name because a patronymic «بن» follows it: «علي بن
    أبي طالب قال…», «علي بن محمد قال…». «علي» is also a common spelling of the preposition
    «على» and so a speaker stop word; before «بن» (never a noun on its own) it can only be the
    name. «على ابن عمه» and «علي أبو…» (the particles that are also nouns) stay prepositions."""
    return k + 1 < len(toks) and toks[k + 1].text in _PATRONYMICS


_VERB_LIKE_RE = re.compile(r"^[وف]?[تي]\w{2,}[^ا]ت$")


def _request_opening(doc: _Doc, i: int, lo: int, a: int, b: int, limit: int) -> bool:
    """Whether a relayed-only demand at ``i`` stands on its own: it opens its sentence (or
    follows «كما» there), its subject ``a:b`` is written right after it, definite, named or
    headed by a title, and the one asked follows the subject in «من/إلى» («وطلب رئيس النادي
    ماجد المطلق من الأجهزة الأمنية تركيز…», «كما طلب الحكم القضائي إلى الحكومة أن…»).
    Elsewhere «طلب» is mostly the noun («بناء على طلب…») or an act inside a clause, so only
    this frame is a statement."""
    toks = doc.toks
    if not (i == lo or (i == lo + 1 and _KAMA_RE.match(toks[lo].text) is not None)):
        return False
    if not (a < b and (toks[a].text.startswith("ال") or doc.named(a)
                       or toks[a].text in doc.lex.descriptors)):
        return False
    for m in range(b, min(limit - 1, b + 3)):  # («…الشمالية ماجد المطلق من…»: a name the
        if toks[m].text == _MIN or toks[m].text in _ILA:  # subject cut off before it)
            return True
        if toks[m].text in _PUNCT or toks[m].text in _QUOTES or _is_marker(doc.lex, toks[m].text):
            return False
    return False


def _antecedent_np(doc: _Doc, rel: int, lo: int) -> int | None:
    """Start of the definite noun phrase a relative pronoun at ``rel`` follows, if any."""
    lex, toks = doc.lex, doc.toks
    a = rel
    while a > lo and rel - a < 4:
        t = toks[a - 1].text
        if (t in _PUNCT or t in _QUOTES or t in _FUNCTION or _strip_conj(t) in _FUNCTION
                or _verb_cue(lex, t) is not None or _is_marker(lex, t) or t in lex.stop
                or t[0].isdigit()):
            break
        a -= 1
    if a == rel or not (toks[a].text.startswith("ال") or doc.named(a)):
        return None
    return a


def _opening_apposition(doc: _Doc, b: int, lo: int, verb: int) -> bool:
    """Whether the sentence opens on a title and a name set off by two commas right before the
    verb at ``b``: «زعيم الأقلية الديمقراطية في مجلس الشيوخ، تشاك شومر، قال: "…"». The
    sentence start vouches for the span as «وكان»/«لكن» do only in this shape: the name
    between the commas is a few bare words (no article, stop word or digit) and the title
    before them starts the sentence on a noun, so «وفي وقت سابق، الأحد، قال» (a setting) and
    «بعد الهجوم، المسؤولون، قالوا» (a preposition) are no subject. The verb must have no
    subject of its own after it: a colon, a quotation, a marker, an adverb or a setting follows
    it, where «الحديدة، غرب اليمن، أعلن المتحدث…» opens on a place and names its speaker after
    the verb."""
    lex, toks = doc.lex, doc.toks
    if b - 1 <= lo or toks[b - 1].text not in _COMMAS or verb + 1 >= len(toks):
        return False
    nxt = toks[verb + 1].text
    if not (nxt in _PUNCT or nxt in _QUOTES or _is_marker(lex, nxt) or nxt in lex.inner
            or nxt in _ADVERBS):  # «…، عباس عراقجى، قال صراحة أن…»
        return False
    first = next((m for m in range(b - 2, lo - 1, -1) if toks[m].text in _COMMAS), None)
    if first is None or first == lo or not 1 <= b - 1 - (first + 1) <= 4:
        return False
    if any(toks[m].text in _COMMAS or toks[m].text in _PUNCT or toks[m].text in _QUOTES
           for m in range(lo, first)):
        return False
    name = [toks[m].text for m in range(first + 1, b - 1)]
    if not all(w[0].isalpha() and not w.startswith(("ال", "و")) and w not in lex.stop
               and w not in _FUNCTION and w not in _TIME_WORDS and _verb_cue(lex, w) is None
               for w in name):
        return False
    head = toks[lo].text
    forms = {head, head[1:]} if head[:1] in "وف" else {head}  # «وفي» too: short words keep «و»
    return (head[:1].isalpha() and not head.startswith(_PREP_PREFIX)
            and not forms & (lex.stop | lex.inner | _FUNCTION)
            and _verb_cue(lex, head) is None)


def _long_subject(doc: _Doc, i: int, b: int, lo: int) -> tuple[int, int] | None:
    """A long subject fronted after «وكان»/«أن» and before the verb (``b``), with a title, an
    inner «في/باسم» or an apposition set off by commas: «وكان ديمتري بيسكوف المتحدث باسم
    الكرملين، قال», «وكان الدبلوماسي الكبير في الخارجية قد أوضح», «إلا أن منظمته، فاطمة خلف،
    قالت», «ولكن المتحدث باسم المجلس العسكري…، شرفان درويش، قال». Only the opener vouches
    for such a span (without it, the words before a verb are as often the end of another
    clause), and an aside after a comma («، أي في ديسمبر،») is cut."""
    cue = doc.lex.verbs.get(doc.toks[i].text)
    if cue is None or cue.participle:
        return None  # a participle continues its clause's subject; nothing is fronted
    if (_strip_conj(doc.toks[i].text) in doc.lex.impersonal_passive and b > lo
            and doc.toks[b - 1].text in _COMMAS):
        return None  # «…أطفال سودانيين، يعتقد أن…»: "it is believed", no subject fronted
    return _fronted_span(doc, b, lo, verb=i)


def _speaker_noun(lex: _Lex, word: str) -> bool:
    """Whether ``word`` is a speaker noun (``speaker_heads``, ``descriptors``), bare or definite:
    «مسؤولين، مصادر، المسؤولين، شهود» name people or bodies who speak, where «مقاومة» (in
    «لكن مقاومة تشكلت من… أعلنت…») names no speaker and may open a clause of its own."""
    heads = lex.speaker_heads | lex.descriptors
    return bool({word, word.removeprefix("ال")} & heads)


def _definite_noun_at(lex: _Lex, toks: list[Token], k: int, b: int) -> bool:
    """Whether a definite noun phrase opens at ``k`` (before the verb at ``b``): a word in «ال»
    or a bare noun in construct with one («وزارة الدفاع الأمريكية (البنتاجون)», «مبعوث الأمم
    المتحدة إلى اليمن»). After «لكن» such a phrase is the subject of the verb of saying it runs
    up to, whatever it holds before the verb (a place, a parenthesis), as after «وكان/أن»; an
    indefinite noun («لكن مقاومة تشكلت من… أعلنت…») may open a clause of its own, and a
    preposition («لكن في مستهل…») a setting, so neither does."""
    def plain_word(t: str) -> bool:
        return (t.isalpha() and len(t) > 2 and t not in lex.stop and t not in lex.inner
                and t not in _FUNCTION and _verb_cue(lex, t) is None)
    first = toks[k].text
    if not plain_word(first):
        return False
    if first.startswith("ال"):
        return True
    return (k + 1 < b and toks[k + 1].text.startswith("ال") and plain_word(toks[k + 1].text)
            and not first.startswith(_PREP_PREFIX))


def _fronted_span(doc: _Doc, b: int, lo: int, verb: int | None = None) -> tuple[int, int] | None:
    """The subject between a «وكان»/«أن» opener and index ``b`` (see ``_long_subject``); with
    the ``verb``, the sentence start may open it (``_opening_apposition``)."""
    lex, toks = doc.lex, doc.toks
    k, commas = b, 0
    while k > lo and b - k <= _MAX_FRONTED:
        t = toks[k - 1].text
        if _is_marker(lex, t) or _strip_conj(t) in _KANA:
            break
        if _strip_conj(t) in _LAKIN:
            if commas == 0 and (_speaker_noun(lex, toks[k].text)
                                or _definite_noun_at(lex, toks, k, b)):
                commas = 2  # «ولكن مسؤولين في الحقل قالوا…», «لكنّ مصادر قريبة من طهران
                # أوضحت…»: «لكن» governs its noun as «أن» does (in any case form, «مسؤولين،
                # مصادرَ»), so a speaker noun after it opens the verb's subject, and so does a
                # definite noun phrase («لكن السفارة البريطانية في لاهاي كتبت…»)
                break
            if commas < 2 or toks[k].text in lex.inner or toks[k].text in lex.stop:
                return None  # «لكن مقاومة تشكلت من… أعلنت…», «لكن في مستهل…، طالب ترامب»: a
                # clause or a setting, not a fronted subject
            break  # «ولكن المتحدث باسم المجلس…، شرفان درويش، قال»: «لكن» vouches for a name
            # set off by two commas as «كان» does
        if t in _COMMAS:
            commas += 1
        elif (t in _PUNCT or t in _CLAUSE_OPEN or _strip_conj(t) in _CLAUSE_OPEN
              or _verb_cue(lex, t) is not None or t == _QAD
              or (t in lex.stop and t not in lex.inner and t not in _GENERIC_PREPS)):
            return None  # (a source set off by commas, «، وفق المصادر،», is cut below)
        k -= 1
    else:
        if k > lo or verb is None or not _opening_apposition(doc, b, lo, verb):
            return None
    if (k <= lo and commas != 2) or commas > 2:
        return None
    if k > lo and _is_marker(lex, toks[k - 1].text) and not {
            _strip_conj(toks[k - 1].text), toks[k - 1].text.removeprefix("ف")} & _BARE_MARKERS:
        return None  # «أنه انتصر في…، قال ماكرون»: after «أنه» the subject is the pronoun
        # («فإن الدراسات المتخصصة في مجال… تشير»: «فإن» is bare, its noun the subject)
    end = b
    while end > k and toks[end - 1].text in _COMMAS:
        end -= 1
    segments: list[tuple[int, int]] = []
    start = k
    for m in range(k, end + 1):
        if m == end or toks[m].text in _COMMAS:
            if m > start:
                segments.append((start, m))
            start = m + 1
    if not segments:
        return None
    a, z = segments[0]
    for s0, s1 in segments[1:]:
        first = toks[s0].text
        if (first in lex.stop or first in lex.inner or _strip_conj(first) in _FUNCTION
                or first == _AY or any(t.text[0].isdigit() for t in toks[s0:s1])):
            break  # «تقارير سابقة، أي في ديسمبر 2012،»: an aside, not part of the name
        z = s1
    for m in range(a + 1, z - 1):
        if toks[m].text in lex.inner and toks[m + 1].text in _TIME_NOUNS:
            z = m  # «وكانت داعش في وقت سابق اصدرت…»: a time phrase ends the subject
            break
    if not _referent(lex, doc.text, toks, doc.orig, a, z):
        if len(segments) < 2 or not _referent(lex, doc.text, toks, doc.orig, *segments[1]):
            return None
        a, z = segments[1]  # «منظمته، فاطمة خلف،»: the name in apposition to a possessed title
    head = _strip_conj(toks[a].text)
    if not (head.startswith("ال") or head in lex.descriptors or doc.named(a) or z - a >= 2):
        return None
    return a, z


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


_TITLE_ABBREVIATIONS = _word_set("title_abbreviations")


def _titles_joined(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` with a sentence that ends in an abbreviated title before a name («…المدير
    الطبي د.» then «محمد الزعبي إن…») joined to the next one in the same paragraph."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out:
            pa, pb = out[-1]
            tail = text[pa:pb]
            words = tail[:-1].split()[-2:] if tail.endswith(".") else []
            word = words[-1] if len(words) == 2 and not words[0][-1:].isdigit() else ""
            if (word and len(word) <= 2 and normalize(word) in _TITLE_ABBREVIATIONS
                    and text[pb:b].lstrip(" ")[:1].isalpha()):
                out[-1] = (pa, b)
                continue
        out.append((a, b))
    return out


# the most words a sentence of a source phrase alone holds («بحسب ما أعلن مصدر قضائي اليوم الخميس.»)
_MAX_SOURCE_ONLY = 8


def _sources_joined(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` with a sentence that holds nothing but a source phrase («بحسب رويترز.», «وفقا
    لرويترز.», «بحسب ما أعلن مصدر قضائي اليوم الخميس.») joined to the sentence before it in the
    same paragraph: the full stop before the phrase came too early, and the phrase sources that
    sentence as «…، بحسب رويترز.» does. Only a short sentence opened by a source preposition
    (``generic_preps``, with or without «و») and closed by a full stop, with no comma, colon,
    quotation, content marker or clause word (``function``): «وبحسب المصادر فإن…», «وحسب
    أقواله فقد تم…» have words of their own, and a source after a line break heads what
    follows."""
    markers = reporting_lexicon().markers
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out:
            pa, pb = out[-1]
            body = text[a:b].strip()
            words = normalize(body).rstrip(".").split()
            first = words[0] if words else ""
            if (body.endswith(".") and text[pa:pb].rstrip().endswith(".")
                    and "\n" not in text[pb:a] and len(words) <= _MAX_SOURCE_ONLY
                    and (first in _GENERIC_PREPS
                         or (first[:1] == "و" and first[1:] in _GENERIC_PREPS))
                    and not any(c in body for c in "،,:؛\"«»“”")
                    and not any(w in _FUNCTION or _strip_conj(w, 3) in markers
                                for w in words[1:])):
                out[-1] = (pa, b)
                continue
        out.append((a, b))
    return out


_PERSON_TYPES = frozenset(("PER", "person"))
_ENVOY_HEADS = _word_set("envoy_heads")  # «سفير، مندوب…»: «في/إلى» + a body after one is a host
_HOST_PREPS = _word_set("host_preps")  # «لدى» + a body: the host, whatever the head
_ENVOY_PREPS = _word_set("envoy_preps")
_SOURCE_TYPES = frozenset(("ORG", "PER", "org", "organization", "media", "person"))


def _link(entities: Sequence[Entity], start: int, end: int,
          host: int | None = None) -> str | None:
    """The entity named inside a span: a person before anything else (the name in «الرئيس
    الأميركي، دونالد ترامب» rather than the country adjective), then the longest mention.
    From ``host`` on (the host an envoy is sent to, see ``_Doc.host``) only a person counts:
    «السفير البنغلاديشي لدى المملكة» is Bangladesh's, never the Kingdom's."""
    best: tuple[int, int, int, int, str] | None = None
    for ent in entities:
        for m in ent.mentions:
            if start <= m.start and m.end <= end and (
                    host is None or m.start < host or ent.type in _PERSON_TYPES):
                key = (ent.type not in _PERSON_TYPES, m.how == "adjective", -(m.end - m.start),
                       m.start, ent.id)
                if best is None or key < best:
                    best = key
    return best[4] if best else None


def _role(entities: Sequence[Entity], text: str, start: int, end: int) -> str | None:
    """The title written before a named person inside the speaker span («وزير الخارجية
    الروسي سيرغي لافروف» → «وزير الخارجية الروسي»)."""
    for ent in entities:
        if ent.type not in _PERSON_TYPES:
            continue
        for m in ent.mentions:
            if start < m.start and m.end <= end:
                role = text[start : m.start].strip(" ،,")
                return role or None
    return None


def _hedged(lex: _Lex, toks: list[Token], a: int, b: int) -> bool:
    for k in range(a, b):
        t = toks[k].text
        if t == "قد" and k + 1 < b and toks[k + 1].text[:1] in "يتن":
            return True
        if t != "قد" and (t in lex.hedges or _strip_conj(t) in lex.hedges):
            return True
    return False


def _trim_end(toks: list[Token], a: int, b: int) -> int:
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
    if _BIDI_RE.search(text) is None:
        return _extract_statements(text, entities, sentences, view)
    # The marks are read as spaces (same length: offsets still point into ``text``), and every
    # span's text is then cut from ``text`` again, so that it is ``text[start:end]``.
    spaced = _BIDI_RE.sub(lambda m: " " * len(m.group()), text)
    found = _extract_statements(spaced, entities, sentences, None)
    for st in found:
        for span in (st.speaker, st.content, st.cue_span, st.to_span, st.via):
            if span is not None and span.start is not None and span.end is not None and \
                    span.text == spaced[span.start:span.end]:
                span.text = text[span.start:span.end]
        if st.cue_start is not None and st.cue == spaced[st.cue_start:st.cue_end]:
            st.cue = text[st.cue_start:st.cue_end]
        if st.to_span is not None and st.to == spaced[st.to_span.start:st.to_span.end]:
            st.to = text[st.to_span.start:st.to_span.end]
    return found


_ALSO = _word_set("also_adverbs")  # «أيضا، كذلك» right after a verb: its subject is not after them
_STORY_LINK_PHRASES = tuple(tuple(normalize(w) for w in p.split())
                          for p in statement_words()["story_link_phrases"])
_STORY_LINK_LABELS = tuple(tuple(normalize(w) for w in p.split())
                           for p in statement_words()["story_link_label_phrases"])
_STORY_LINK_FIRST = frozenset(p[0] for p in (*_STORY_LINK_PHRASES, *_STORY_LINK_LABELS))


def _story_link(toks: list[Token], lo: int, hi: int) -> bool:
    """Whether the sentence is a line linking to a story («رابط الخبر بصحيفة الوئام: قوات
    التحالف تعلن…», «اقرأ أيضا: روسيا تتهم…», «قد يهمك/ مصادر لـCNN: قادة… حذروا…»): the
    headline after it repeats or announces another story, so a cue in it is no statement of
    the article's (every earlier set labels these lines none). A label counts only with a
    punctuation mark right after it: that mark tells the reader's label from the same words
    in a sentence («قد يهمك أن…», the dual past «أقرا» that «اقرأ» normalises to)."""
    if hi <= lo or toks[lo].text not in _STORY_LINK_FIRST:
        return False

    def opens(lead: tuple[str, ...], mark: bool) -> bool:
        n = len(lead)
        return (hi - lo > n + mark and all(toks[lo + k].text == w for k, w in enumerate(lead))
                and (not mark or toks[lo + n].text in _PUNCT or toks[lo + n].text in ("/", "|")))
    return (any(opens(lead, False) for lead in _STORY_LINK_PHRASES)
            or any(opens(lead, True) for lead in _STORY_LINK_LABELS))


def _extract_statements(
    text: str,
    entities: Sequence[Entity],
    sentences: Sequence[tuple[int, int]] | None,
    view: NormalizedText | None,
) -> list[Statement]:
    """:func:`extract_statements` on a text without bidirectional marks beside spaces."""
    if view is None or view.original is not text:
        view = normalized_view(text)
    norm = view.text
    lex = reporting_lexicon()
    out: list[Statement] = []
    # sentence and paragraph bounds are in original offsets; map tokens to original too.
    all_toks = tokenize(norm)
    orig = _original_spans(view, all_toks)
    _mark_names(lex, text, all_toks, orig)
    doc = _Doc(text, view, norm, all_toks, orig, entities, lex,
               names=_set_off_names(lex, all_toks))
    last: Statement | None = None
    last_verbal: Statement | None = None  # the last verb's statement with a speaker
    question_until = -1  # where the content of a statement made inside a question ends
    cached_cues = _cues_for(lex).get  # (a hit per token; ``_cues_of`` on a miss)
    ti = 0
    prev_lo: int | None = None
    for s_start, s_end in _sources_joined(text, _titles_joined(text, _sentences(text, sentences))):
        while ti < len(all_toks) and orig[ti][0] < s_start:
            ti += 1
        lo = ti
        hi = lo
        while hi < len(all_toks) and orig[hi][1] <= s_end:
            hi += 1
        ti = hi
        if hi - lo < 3 or _story_link(all_toks, lo, hi):
            continue  # («رابط الخبر…: …»: a linked story's headline, not the article's words)
        if ")" in text[orig[lo][0] : orig[min(hi, lo + _MAX_DATELINE) - 1][1]]:
            lo = _past_dateline(lex, all_toks, lo, hi)  # «دبي (CNN)-- قال…»
        doc.before = prev_lo
        prev_lo = lo
        toks = all_toks
        content_until = quote_until = -1
        pending_via: SpanRef | None = None
        headline = (_verbless(doc, lo, hi) or _parenthesis_source(doc, lo, hi)
                    or _demonstrative_report(doc, lo, hi))
        if headline is None and last is not None:
            headline = _setting_quote(doc, lo, hi, _inheritable(text, last, orig[lo][0]))
        if headline is not None:
            st, quote_until = headline
            out.append(st)
            last = last_verbal = st
        i = lo
        while i < hi:
            t = toks[i].text
            cue, candidates = cached_cues(t) or _cues_of(lex, t)
            if i > lo and toks[i - 1].text in _COMMAS:
                # «…"، متسائلا: "…"»; inside a statement's words «…، مطالبة الحكومة بـ…» is
                # its speaker's participle, no list's noun
                cue = (lex.comma_participles.get(t) if cue is None
                       else lex.comma_objects.get(t, cue)
                       if i < content_until and out and _feminine_cue(out[-1].cue) else cue)
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
                if t in _CONTEXT_ANY or t.endswith("ه") or t in lex.not_original:
                    # (most words cannot be one)
                    cue = _context_cue(doc, i, lo, hi)
                if cue is None and i > lo and i + 1 < hi and toks[i + 1].text in _IN_IT:
                    cue = _document_verb_cue(doc, i, lo, hi)  # «بيانا أمر فيه بـ…»
            elif cue_len == 1 and text[orig[i][1] - 1] == "ة":
                # «دعوة» is spelt as a noun, not «دعوه» (called him). An object pronoun is never
                # spelt «ة», so an object-taking verb read only through one is a noun unless it
                # is a nominal cue: «إدانة الفتاة» (her conviction), «دعاة» (preachers), «وصفة»
                # (a recipe) are no «أدانه/دعاه/وصفه»; nor, of a verb whose object may stand
                # after it, «(و)طمأنة» (reassurance) «طمأنه»
                cue = _nominal_cue(doc, i, hi) or (
                    None if (cue.object_ok or cue.transitive) and (
                        _object_suffixed(lex, t) or _object_suffixed(lex, _strip_conj(t)))
                    else cue)
            if cue is not None and cue.two_objects and not cue.object_ok:
                a = i + 1
                while a < hi and (toks[a].text in _ADVERBS or toks[a].text in _TIME_WORDS):
                    a += 1
                if _deemed_object(doc, a, hi) is not None:
                    cue = replace(cue, object_ok=True)  # «وتعتبر أنقرة الوحدات… امتدادا…»
            if cue is None or (cue_len == 1 and i > lo and _name_after_verb(lex, toks, i)):
                i += 1  # («وقال دان ويرثايمر»: a name spelt like a verb, the subject)
                continue
            if cue_len == 1 and i > lo and (toks[i - 1].text in _PASSIVE_AUX or (
                    i > lo + 1 and toks[i - 1].text in _PASSIVE_ADVERBS
                    and toks[i - 2].text in _PASSIVE_AUX)):
                i += 1  # «قد تم نقله», «لم يتم بعد كشف…»: a verbal noun after the auxiliary
                continue
            if cue_len == 1 and _quoted_phrase(lex, toks, i, lo, hi):
                i += 1  # «طلب من روسيا "رد الجميل"»: a short quoted phrase, not a verb of saying
                continue
            inside = i < content_until
            main = inside and bool(out) and i > lo and _main_after_while(doc, out[-1], t, i, lo,
                                                                       cue)
            contrast = _contrasted_source(doc, i, lo, cue) if inside and out else None
            if (
                inside
                and out
                and i > lo
                and toks[i - 1].text in ("،", ",")
                and (t[0] in _ACK or cue.participle)
                and not cue.prepositional
            ) or (
                inside and out and i > lo + 1 and toks[i - 1].text in _PRONOUN_LEADS
                and (toks[i - 2].text in ("،", ",") or _strip_conj(toks[i - 1].text)[:3]
                     in _LAKIN) and not cue.prepositional
            ) or (inside and out and cue.participle and i > lo) or (
                inside and out and not cue.prepositional and _object_content(doc, out[-1])
                and not _reported_inside(out)
            ) or (inside and out and i > lo + 1 and toks[i - 1].text == _KAMA
                  and toks[i - 2].text in ("،", ",") and not cue.prepositional
                  and i + 1 < hi and toks[i + 1].text in lex.markers
            ) or (inside and out and i > lo and _coordinated(doc, out[-1], t, i, hi, cue)) or (
                contrast is not None) or main:
                # «...، وشددت على أن...», «...، مضيفا أن...», «…لم يقصف مواقع الوحدات نافيا
                # روايتها»: a participle in the content continues the governing speaker
                inside = split = True
            else:
                split = False
            if (split and i > lo and toks[i - 1].text in _RELATIVE_LABEL_LEADS
                    and _label_after(doc, i, cue)):
                split = False  # «ودعا… إلى وقف ما وصفه بـ"العدوان" على اليمن…»: his own label
                # inside his words, which go on past it
            if (inside and out and i > lo and toks[i - 1].text in lex.relatives
                    and out[-1].content is not None and out[-1].cue_end is not None
                    and out[-1].cue_end <= orig[i][0] < out[-1].content.start):
                i += 1  # «ووصف المومني الأخبار التي تحدثت عن…، بـ"…"»: the object's clause
                continue
            if (out and i > lo and len(t) == 3 and t[1] != "ا" and not cue.participle
                    and not cue.prepositional and out[-1].content is not None
                    and out[-1].speaker.end is not None and out[-1].cue_start is not None
                    and out[-1].cue_start >= orig[lo][0] and t not in _NAQLAN
                    and (out[-1].speaker.start or 0) > out[-1].cue_start
                    and out[-1].speaker.end <= orig[i][0] < out[-1].content.start
                    and toks[i - 1].text not in _FUNCTION and toks[i - 1].text not in _CLAUSE_OPEN
                    and not text[out[-1].speaker.end : orig[i][0]].strip()):
                # «ووصف مصدر… نقل العناصر بأنه…»: a sound three-letter past is spelt as its
                # verbal noun («نقل», «كشف», «ذكر»), here the object described («قالت» is none)
                i += 1
                continue
            if i < quote_until or (inside and out and _in_open_quote(text, out[-1], orig[i][0])) \
                    or (out and not inside and _quote_runs_on(text, out[-1], orig[i][0])):
                i += 1  # a verb inside a quotation is part of what was said
                continue
            # «لا أنكر وجود المؤامرات»: the writer's own voice takes no earlier speaker; inside
            # a statement's words or a quotation («وقال الصفدي "…ونحن… نعتقد أن…"») it is the
            # quoted speaker's «we», part of the words already given as that statement's
            # content: no record either way (no gold set labels a first-person cue)
            own_voice = _own_voice(doc, i, lo) and not _careless_past(doc, i, lo, last)
            inherit = None if own_voice else _inheritable(text, last, orig[i][0])
            if inherit is None and not own_voice and i == lo:
                inherit = _resumed_paragraph(doc, last, i)
            if (inherit is not None and last is not None and cue.participle
                    and {_agreement(lex, t), _person_gender(inherit.text)} == {"m", "f"}
                    and _cue_agreement(lex, last) == _person_gender(inherit.text)):
                inherit = None  # «قال وزير الخارجية…، قائلة»: a feminine participle is not his
            elif inherit is not None and last is not None and _disagrees(doc, last, i, cue):
                inherit = None  # «ونقلت الوكالة…» then «وأضاف:»: not the agency
            elif inherit is not None and last is not None and _outlet_goes_on(doc, last, i, cue):
                via = last.via
                assert via is not None
                inherit = Speaker(via.text, via.entity, via.start, via.end)
            if (inherit is not None and last is not None and _closing_source(lex, text, last)
                    and last.end <= orig[lo][0]):
                inherit = _sourced_speaker(doc, out, last, i, cue, inherit)
            far = _far_speaker(doc, last_verbal, i) if inherit is None and not own_voice else None
            if inherit is None and far is None and not inside and not own_voice:
                far = _carried_speaker(doc, out, i, lo, cue)
            enclosing = out[-1] if inside and not split and out else None
            # (the main clause after «بينما…،» starts at its verb: no subject before it)
            built = _build(doc, i, cue_len, cue, i if main else lo, hi, inherit,
                           inside=inside and not split,
                           far=far, coordinated=split and t[0] in _ACK, enclosing=enclosing,
                           own_voice=own_voice)
            if built is None:
                i += cue_len
                continue
            st, c_end_idx, next_i, explicit = built
            if (not st.speaker.text and not inside and st.via is None
                    and not any((o.cue_start or 0) >= orig[lo][0] for o in out)):
                st.speaker = _opening_subject(doc, i, lo, cue) or st.speaker
            if _speaker_disagrees(lex, text, st, cue):
                st.speaker = Speaker("", None, None, None)
            if contrast is not None and (st.speaker.start is None
                                         or st.speaker.start < orig[contrast[1]][0]):
                # «…، ولكن مسؤولين في الحقل قالوا إن…»: the subject written after the lead
                # speaks, never a speaker carried from the words it is set against (one the
                # verb has after it stays: «، إلا أن القوات تقدمت وأعلن الجيش…»)
                st.speaker = doc.speaker(contrast[1], i)
            resumed = _adversative_resumes(doc, out, st, i, lo)
            if resumed is not None:
                st.speaker = resumed  # «تقول قيادة التحالف إنه… تقوم قوات…، ولكنها اعتبرت»
            if (own_voice and not (explicit and (st.speaker.start or 0) >= orig[i][1]
                                   and lex.i_forms.get(_strip_conj(t), False))) or (
                    not st.speaker.text and not inside
                    and _question_line(text, orig[lo][0], orig[hi - 1][1])):
                # «أعتقد أن الفيلم…», «ونرى أن…» in an interview's answers or a column: the
                # writer or the interviewee speaks, unnamed; the words before or after an «I/we»
                # verb are no subject of it («ظريف: الآن بالنسبة لهذا أقول…») unless a careless
                # hamza spells a past («وأعتبر الوزير أن…»). A question with nobody named
                # («ألا ترى أن الرواية…؟») is the interviewer asking, reporting no one. The
                # words may still report a third person, so the scan goes on inside them
                i += cue_len
                continue
            nested = (enclosing is not None and st.via is not None
                      and enclosing.speaker.text and st.via.start == enclosing.speaker.start)
            lead = i  # «وفقا لما نقلته X»: the preposition before the verb
            while lead > lo and st.cue_start is not None and orig[lead][0] > st.cue_start:
                lead -= 1
            if (lead < i and not st.speaker.text and last is not None and st.content is not None
                    and st.cue_start is not None and st.content.end <= st.cue_start
                    and not _disagrees(doc, last, i, cue)):
                # «وكان مسؤولا عن تدريب…، وفق ما قال للمحققين»: the source verb's subject was
                # dropped, and so was the clause's; whoever spoke last before it goes on
                st.speaker = _inheritable(text, last, orig[lo][0]) or st.speaker
            if (cue.prepositional or lead < i) and out and _outlet_relay(
                    doc, _relayed(out, orig[lo][0]), out[-6:], st, lead, orig[lo][0]):
                i = max(next_i, i + cue_len)  # «قال X إن…، بحسب رويترز»: Reuters relays X
                continue
            naqlan = i == lo and _strip_conj(t) in _NAQLAN
            if (cue.prepositional or naqlan) and _leads_report(doc, st, next_i, hi, naqlan):
                # «وحسب رويترز، قال X "…"», «ونقلاً عن رويترز فإن مسؤول… أشار إلى…»: the source
                # relays the statement of the verb after it
                pending_via = SpanRef(st.speaker.text, st.speaker.start or 0,
                                      st.speaker.end or 0, st.speaker.entity)
                i = max(next_i, i + cue_len)
                continue
            if pending_via is not None and not cue.prepositional and st.via is None:
                st.via = pending_via
            elif (cue.participle and st.via is None and out and out[-1].via is not None
                  and out[-1].cue_start is not None and out[-1].cue_start >= orig[lo][0]
                  and st.speaker.text and st.speaker.start == out[-1].speaker.start):
                # «وقال ممثل فرنسا بحسب المصادر عينها إن…، مشيرا إلى…»: the participle goes
                # on with the same words, so the relay of its governing verb carries it too
                carried = out[-1].via
                st.via = SpanRef(carried.text, carried.start, carried.end, carried.entity)
            pending_via = None
            if (cue.prepositional and toks[i + cue_len - 1].text == _LISAN and out
                    and _merge_lisan(doc, out[-1], st, orig[lo][0])):
                i = max(next_i, i + cue_len)
                continue
            if split and not (explicit and i > lo and toks[i - 1].text in lex.relatives):
                label = (len(out) > 1 and out[-1].cue_start is not None
                         and out[-1].content is not None
                         and out[-1].content.end <= orig[i - 1][0]
                         and _word_before(text, out[-1].cue_start) in _RELATIVE_LABEL_LEADS)
                # «…ضد من وصفهم بـ"الإرهابيين" في الغوطة…، لافتا»: the label closed before the
                # cue, so the words holding it are what end here
                held = out[-2] if label else out[-1]
                prev = held.content
                outer = out[-2] if len(out) > 1 and not label else None
                if (outer is not None and outer.content is not None and prev is not None
                        and out[-1].cue_start is not None
                        and _word_before(text, out[-1].cue_start) in lex.relatives
                        and outer.content.start < out[-1].cue_start < outer.content.end
                        and outer.content.end > orig[i][0]):
                    pass  # (cut below with the relative it holds)
                elif (outer is not None and outer.content is not None and prev is not None
                        and out[-1].via is not None and out[-1].cue_start is not None
                        and out[-1].via.start == outer.speaker.start
                        and outer.content.start < out[-1].cue_start < outer.content.end
                        and outer.content.end > orig[i][0]):
                    pass  # «…إن كوريا الشمالية اقترحت…، مضيفة»: the relaying statement too
                else:
                    outer = None
                if contrast is not None:
                    _contrast_cut(doc, out, contrast[0], i, lo)
                elif prev is not None and prev.end > orig[i - 1][0] > prev.start:
                    k = i - 1  # back over «لكنه», «وهو ما», «التي» before the cue
                    while k > lo and (toks[k].text in _PRONOUN_LEADS or toks[k].text in _LEADS
                                      or _strip_conj(toks[k].text) in lex.relatives
                                      or toks[k].text in _CLAUSE_LINKS
                                      or toks[k].text in _FUNCTION
                                      or toks[k].text in _PRONOUN_MARKERS):
                        k -= 1
                    # a comma is left out, a closing quote or a word («…باتت مستحيلة ودعا…»)
                    # kept
                    w = toks[k].text
                    cut = orig[k][1 if w in _QUOTES or w not in _PUNCT else 0]
                    prev.text, prev.end = text[prev.start : cut], cut
                    held.end = max(cut, held.cue_end or cut)
                    if outer is not None and outer.content is not None:
                        # «مشيرا إلى تراجع… على ممر الوافدين الذي أعلن الروس أن…، وقال»: the
                        # statement holding the relative ends where the relative ends
                        outer.content.text = text[outer.content.start : cut]
                        outer.content.end = cut
                        outer.end = max(cut, outer.cue_end or cut)
            if explicit and out and not nested and not (
                    i > lo and toks[i - 1].text in lex.relatives):
                # («…ممر الوافدين الذي أعلن الروس أن…»: a relative clause on a noun of the
                # content is part of it)
                _cut_before(doc, out[-1], st, i, lo)
            if cue.relay and explicit:
                _pronoun_relay(doc, out, st)
            if cue.participle and out and _joins_participle(doc, out[-1], st, lo, cue):
                i = max(next_i, i + cue_len)
                continue
            out.append(st)
            if explicit and st.speaker.text:
                words = [normalize(w) for w in st.speaker.text.split()]
                doc.spoken.update(words)
                if len(words) == 1:
                    doc.lone_spoken.add(words[0])
            asked = (st.cue_start or 0) < question_until or _asks_in_topic(doc, lo, i)
            if asked and st.content is not None:
                question_until = max(question_until, st.content.end)
            if st.speaker.text and not nested and not asked and not (
                    i > lo and (cue.nominal or _strip_conj(toks[i - 1].text) in lex.relatives)
                    and len(out) > 1
                    and (out[-2].cue_start or 0) >= orig[lo][0] and out[-2].speaker.text
                    and out[-2].speaker.text != st.speaker.text):
                # (a relative clause inside another's words, «نفى X الأنباء التي تحدثت عن…،
                # واصفا إياها…», leaves the participles after it to the governing speaker)
                last = st
                if not cue.prepositional and _far_source(st):
                    last_verbal = st
            content_until = max(content_until, c_end_idx)
            if st.content is not None and _opens_quote(text, st.content.start):
                quote_until = max(quote_until, c_end_idx)
            i = max(next_i, i + cue_len)
    return _drop_borrowed(lex, out)


_OPENING_LINKS = frozenset(normalize(w) for w in ("كما", "ثم", "لكن", "ولكن"))
_PREP_ARTICLE = ("بال", "لل", "وبال", "ولل")  # «بالحديث», «للقوات»: a phrase, not the subject


def _opening_subject(doc: _Doc, i: int, lo: int, cue: Cue) -> Speaker | None:
    """The subject of the verb that opens the sentence, for a coordinated cue whose own
    subject was dropped: «يصف أبو معاذ شعوره…، ويقول: "…"», «وبثت جبهة النصرة… شريطا…،
    وأكدت…», «وطلب أبو معاذ من الحكومة…، وأضاف أن…». In Arabic a verb joined by «و» to the
    clause before it shares that clause's subject, whether or not the first verb reports
    anything. Only the sentence's first word and the subject written right after it are read
    (VSO: «ويقول أحدهم» has its own subject and is left alone), the first word must have the
    shape of a verb (no «ال», no «ة/ه/ي» ending) and agree with the cue («بثت… وأكدت», not
    «بحث الوزير… وأكدت»), and a time word or preposition in the subject's place leaves the
    speaker empty. The caller asks only when no statement opens earlier in the sentence."""
    toks, lex = doc.toks, doc.lex
    t = toks[i].text
    if (cue.participle or cue.prepositional or i <= lo + 2 or not t.startswith("و")
            or _verb_cue(lex, t[1:]) is None or i + 1 >= len(toks)
            or not (toks[i + 1].text in _QUOTES or toks[i + 1].text in _PUNCT
                    or _is_marker(lex, toks[i + 1].text))):
        return None  # only «و» + a cue right before its words («وصفه» is the verb «وصف»
        # itself; «ويقول أحدهم "…"» has a subject of its own)
    if _spelt_first_person(doc, i):
        return None  # «وأعتقد أن…» (I think, as «يعتقد» he thinks): no past «اعتقد»
    v = lo
    while v < i and (toks[v].text in _OPENING_LINKS or toks[v].text in _TIME_WORDS
                     or toks[v].text in _PUNCT):
        v += 1
    if _opens_topic([toks[q].text for q in range(v, min(i, v + _TOPIC_PHRASE_LONGEST))]):
        return None  # «وعن الحكام، الذين…، وقال»: a fronted topic opens it, no verb («وعن»
        # has a verb's shape), and its words are no subject of the verb after it
    w = toks[v].text
    bare = _strip_conj(w)
    if (v + 2 >= i or not 3 <= len(bare) <= 6 or bare.startswith("ال")
            or bare.endswith(("ة", "ه", "ي")) or bare in lex.stop or bare in _FUNCTION
            or bare in _TIME_WORDS or _possessed(doc.text[doc.orig[v][0] : doc.orig[v][1]])):
        return None  # no verb opens the sentence («من أهم مبادئه…», «حينها…»); a cue with
        # no statement of its own may («يصف…» with no content, «وطلب… من الحكومة» no «أن»)
    want = _agreement(lex, t)
    if want not in ("m", "f", "pl") or _agreement(lex, w) != want:
        return None
    j = v + 1
    if (not _name_word(lex, toks[j].text) or toks[j].text in _TIME_WORDS
            or toks[j].text.startswith(_PREP_ARTICLE)):
        return None
    end = _speaker_after(lex, toks, j, i)
    end = next((k for k in range(j + 1, end) if not _name_word(lex, toks[k].text)
                or toks[k].text in _TIME_WORDS or toks[k].text.startswith(_PREP_ARTICLE)
                or _possessed(doc.text[doc.orig[k][0] : doc.orig[k][1]])), end)
    if end <= j:
        return None
    return doc.speaker(j, end)  # (the object after it is cut: «أبو معاذ شعوره»)


def _drop_borrowed(lex: _Lex, out: list[Statement]) -> list[Statement]:
    """A cue whose subject runs right into the next cue and whose content is that cue's own
    («وفيما تتابع قوات هادي الضغط… قالت مصادر عسكرية إن…»: follows, not adds) says nothing
    itself: the words are the next speaker's."""
    drop: set[int] = set()
    for n, a in enumerate(out[:-1]):
        b = out[n + 1]
        weak = _verb_cue(lex, normalize(a.cue))  # (a cue that needs content: «تابع»)
        if (weak is not None and weak.needs_content
                and a.content is not None and b.content is not None and a.cue_end is not None
                and b.cue_start is not None and a.speaker.end is not None
                and a.content.start == b.content.start
                and a.cue_end <= b.cue_start < a.content.start
                and 0 <= b.cue_start - a.speaker.end <= 2
                and b.speaker.start is not None and b.cue_end is not None
                and b.speaker.start >= b.cue_end):
            # (the next cue has its own subject after it: not «وتابعت الوكالة قائلة إن…»)
            drop.add(n)
    return [st for n, st in enumerate(out) if n not in drop] if drop else out


_MAX_HEADLINE = 6
_DASHES = frozenset("-–—")
_MAX_DATELINE = 10


def _quoted_phrase(lex: _Lex, toks: list[Token], i: int, lo: int, hi: int) -> bool:
    """Whether the cue form at ``i`` opens a short quotation closed within three more words with
    no content marker in it: «"رد الجميل"», a quoted noun phrase, not a verb of saying."""
    if i <= lo or toks[i - 1].text not in _OPEN_QUOTES:
        return False
    if sum(toks[k].text in _QUOTES for k in range(lo, i - 1)) % 2:
        return False  # «وكالة أنباء "فارس" دعوة صفوي الى "…»: that mark closes a name
    for k in range(i + 1, min(hi, i + 4)):
        t = toks[k].text
        if t in _QUOTES:
            return k > i + 1
        if t in _PUNCT or _is_marker(lex, t):
            return False
    return False


def _past_dateline(lex: _Lex, toks: list[Token], lo: int, hi: int) -> int:
    """The first token after a dateline opening the sentence («دبي، الإمارات العربية المتحدة
    (CNN)-- قال…», «واشنطن (رويترز) - …»): a place, the outlet in brackets and a dash are
    neither a subject nor what was said."""
    for q in range(lo + 1, min(hi - 2, lo + _MAX_DATELINE)):
        t = toks[q].text
        if t == ")":
            if toks[q + 1].text not in _DASHES or not any(
                    toks[p].text == "(" for p in range(max(lo, q - 4), q - 1)):
                return lo
            q += 1
            while q < hi and toks[q].text in _DASHES:
                q += 1
            return q if hi - q >= 3 else lo
        if _is_marker(lex, t) or _verb_cue(lex, t) is not None or t in ".:":
            return lo
    return lo


def _setting_quote(doc: _Doc, lo: int, hi: int,
                   inherit: Speaker | None) -> tuple[Statement, int] | None:
    """A verbless quotation in a setting, continuing the last speaker: «وفي تغريدة أخرى:
    "…"», «وفي بيان له: "…"» — «(و)في», a statement noun, at most two words («أخرى، له»), a
    colon and a quotation (its end index is returned)."""
    toks = doc.toks
    if inherit is None or not inherit.text or lo + 4 >= hi or toks[lo].text not in _FI:
        return None
    if toks[lo + 1].text not in _SETTING_NOUNS:
        return None
    colon = next((k for k in range(lo + 2, min(hi, lo + 5)) if toks[k].text == ":"), None)
    if colon is None or colon + 2 >= hi or toks[colon + 1].text not in _QUOTES:
        return None
    if any(toks[k].text in _PUNCT or toks[k].text in _QUOTES for k in range(lo + 2, colon)):
        return None
    close = _quote_end(toks, colon + 1, hi)
    if close is None or close - colon < 4:
        return None
    return _make(doc, lo + 1, lo + 2, Cue("say"), inherit, colon + 2, close, None, None), close


def _leads_report(doc: _Doc, st: Statement, k: int, hi: int, relay: bool = False) -> bool:
    """Whether a prepositional source («وحسب رويترز،») is followed, across a comma, by a verb
    of report with a speaker of its own: the source then relays that statement. ``relay``: the
    source is a fronted «نقلا عن», which relays also across «فإن» («ونقلاً عن رويترز فإن مسؤول…
    أشار إلى أن…»); after «وبحسب X فإن Y اعترف…» the gold sets keep X's own statement."""
    if st.content is None or st.speaker.end is None or st.content.start < st.speaker.end:
        return False
    while k < hi and doc.orig[k][0] < st.speaker.end:
        k += 1
    return _report_after(doc, k, hi) or (relay and _fa_inna_report(doc, k, hi))


def _fa_inna_report(doc: _Doc, k: int, hi: int) -> bool:
    """Whether «فإن» at ``k`` opens a clause whose own verb of report follows its subject
    («ونقلاً عن رويترز فإن مسؤول سياسي كردي أشار إلى أن…»): the fronted source relays that
    statement, as «وحسب رويترز، قال X» does, and is no statement of its own. A clause with no
    such verb («ونقلا عن الوكالة فإن القوات سيطرت…») stays the source's content."""
    toks, lex = doc.toks, doc.lex
    if k >= hi or toks[k].text not in _FA_INNA:
        return False
    for q in range(k + 2, min(hi, k + 2 + _MAX_SPEAKER)):
        t = toks[q].text
        if t in _PUNCT or t in _QUOTES or _is_marker(lex, t):
            return False
        cue = _verb_cue(lex, t)
        if cue is not None:
            return not cue.participle and not cue.prepositional and q + 1 < hi and (
                _is_marker(lex, toks[q + 1].text) or _complement(cue, toks[q + 1].text)
                or toks[q + 1].text in _QUOTES or toks[q + 1].text == ":")
    return False


def _report_after(doc: _Doc, k: int, hi: int) -> bool:
    """Whether a comma at ``k`` (after a closing quote: «ووفقا لـ"سايت"،») is followed by a verb
    of report with a speaker of its own («…، يؤكد ياسودا…»), not by its content. An estimate
    verb right before the noun it measures makes it a figure (:func:`_measured_head`: «وبحسب
    وزارة الخارجية، يقدر عدد الدروز بحوالي…», is estimated at), which is the source's content;
    «عدد من» stays a subject («وبحسب الصحيفة، يؤكد عدد من المسؤولين أن…»)."""
    toks, lex = doc.toks, doc.lex
    if k < hi and toks[k].text in _QUOTES:
        k += 1
    if k >= hi or toks[k].text not in _COMMAS:
        return False
    k += 1
    cue = _verb_cue(lex, toks[k].text) if k < hi else None
    return (cue is not None and not cue.participle and not cue.prepositional
            and k + 1 < hi and not _is_marker(lex, toks[k + 1].text)
            and toks[k + 1].text not in _PUNCT and toks[k + 1].text not in _QUOTES
            and not _measured_head(doc, cue, k + 1))


def _coordinated(doc: _Doc, prev: Statement, word: str, i: int, hi: int, cue: Cue) -> bool:
    """Whether a cue inside ``prev``'s content is a second verb of the same speaker: «ووصف
    الناصر التصويت بأنه "انجاز عظيم" وقال إنه يستجيب…», «لكنه قال إن… وأكد أنه "جزء…"» — «و»
    and a past verb agreeing with ``prev``'s cue, with no subject of its own (a marker, a
    quotation or a colon follows). A present verb is one only after a present cue, the tense
    of the telling, with the same person prefix and a colon or quotation right after it, the
    reporter's frame for the next words («حيث يقول X: إن المبنى… ويضيف: باشر فريق…»); after a
    past cue, or before «أن», a present one is the content's own («قال إن الجيش… ويقول السكان
    إن…», «ماكرون الذي يتمسك بالاتفاق ويرى أنه…»)."""
    lex = doc.lex
    if (cue.prepositional or cue.participle or not prev.speaker.text or word[0] != "و"
            or lex.verbs.get(word) is not None):
        return False
    prev_word = normalize(prev.cue.split()[0]) if prev.cue else ""
    limit = _trim_end(doc.toks, i, hi)
    k = i + 1
    if _present(lex, word[1:]):
        return (bool(prev_word) and _present(lex, prev_word)
                and word[1] == _strip_conj(prev_word)[0]  # («ويقول الخبير… وتقول:» is hers)
                and k < limit and doc.toks[k].text in (":", '"', "«", "“"))
    want = _gender(prev_word, False) if prev_word else "p"
    has = _gender(word, False)
    if want != "p" and has not in (want, "p"):
        return False
    if k < limit and (_is_marker(lex, doc.toks[k].text)
                      or doc.toks[k].text in (":", '"', "«", "“")):
        return True
    if (k + 1 < limit and doc.toks[k].text in cue.complement
            and _is_marker(lex, doc.toks[k + 1].text)):
        return True  # «أكدت فيه أن… وأشارت إلى أن…»: its own preposition, then «أن»
    return _object_then_complement(doc, k, limit, cue)


_WHILE = _word_set("while_leads")


def _main_after_while(doc: _Doc, prev: Statement, word: str, i: int, lo: int, cue: Cue) -> bool:
    """«وبينما أعلنت السلطات الروسية أن…، أكدت متحدثة باسم… أن…»: a clause opened by «بينما/
    فيما/في حين» is subordinate, so a bare past cue right after its comma starts the main
    clause, a statement of its own, not words inside the first one's content."""
    return (doc.toks[i - 1].text in _COMMAS and word[0] not in _ACK and not cue.participle
            and not cue.prepositional and not _present(doc.lex, word)
            and prev.cue_start is not None and prev.cue_start >= doc.orig[lo][0]
            and _word_before(doc.text, prev.cue_start) in _WHILE)


def _contrasted_source(doc: _Doc, i: int, lo: int, cue: Cue) -> tuple[int, int] | None:
    """«…، إلا أن المرصد السوري أعلن مقتل…», «…، لكن وسائل الإعلام الإسرائيلية أوردت أن…»:
    after a comma, «لكن/ولكن» or «إلا/غير أن» and a subject written before the cue set another
    source against the words before them, so the cue starts a statement of its own instead of
    lying unread inside the first one's content. The subject is a referent (a definite noun, a
    name, a speaker noun: «مسؤولا آخر في المجلس…», «مبعوث الصين…»), at most ``_MAX_SPEAKER``
    words with no punctuation; a pronoun lead («لكنه، إلا أنه») is read by
    ``_adversative_resumes`` and a lead with no subject («، لكن أعلن…») is left alone.
    Returned: the comma's index (the first statement's words end before it) and the
    subject's first token (the subject is the new statement's speaker)."""
    toks, lex = doc.toks, doc.lex
    if cue.participle or cue.prepositional:
        return None
    a = i  # the subject's first token
    while a > lo and i - a < _MAX_SPEAKER and toks[a - 1].text not in _PUNCT \
            and toks[a - 1].text not in _QUOTES and toks[a - 1].text not in _LAKIN \
            and not (toks[a - 1].text == _ANNA and a - 2 >= lo and toks[a - 2].text in _BUT) \
            and _verb_cue(lex, toks[a - 1].text) is None \
            and _strip_conj(toks[a - 1].text) not in _NEGATIONS:
        # (a cue before it holds its own subject: «، إلا أن الجيش أعلن… وأكد…»; a negation
        # says nothing was said: «، لكن تنظيم الدولة لم يؤكد بعد…»)
        a -= 1
    if a == i or a - 1 <= lo:
        return None
    if toks[a - 1].text in _LAKIN:
        lead = a - 1
    elif toks[a - 1].text == _ANNA and toks[a - 2].text in _BUT:
        lead = a - 2
    else:
        return None  # (the subject ran to ``_MAX_SPEAKER`` words, or punctuation ended it)
    if lead - 1 < lo or toks[lead - 1].text not in _COMMAS:
        return None
    first = _strip_conj(toks[a].text)
    if (first.startswith("ال") or doc.named(a)
            or {first, first.removeprefix("ال")} & (lex.descriptors | lex.speaker_heads)):
        return lead - 1, a
    return None


def _contrast_cut(doc: _Doc, out: list[Statement], comma: int, i: int, lo: int) -> None:
    """End before a contrasted source's comma (``_contrasted_source``) the words of every
    statement of the sentence that run over its cue at ``i``. One whose words began at the
    lead itself («ومع أن دمشق نفت هذه الاتهامات، إلا أن الوكالة… أعلنت…»: the lead's «أن»
    read as its marker) keeps what lies between its cue and the comma («هذه الاتهامات», what
    was denied) or, with no word there, goes: its words were the other source's."""
    text, orig = doc.text, doc.orig
    cut, at = orig[comma][0], orig[i][0]
    for st in [o for o in out if o.cue_start is not None and o.cue_start >= orig[lo][0]]:
        content = st.content
        if content is None or not content.start < at < content.end:
            continue
        if content.start >= cut:
            own = max(st.cue_end or cut, st.speaker.end if st.speaker.end is not None
                      and st.cue_start is not None and (st.speaker.start or 0) > st.cue_start
                      else 0)
            if own >= cut or not any(ch.isalpha() for ch in text[own:cut]):
                out.remove(st)
                continue
            content.start = own + len(text[own:cut]) - len(text[own:cut].lstrip())
        content.text, content.end = text[content.start : cut], cut
        ends = [cut, st.cue_end or cut]
        if st.speaker.end is not None and (st.speaker.start or 0) >= st.start:
            ends.append(st.speaker.end)
        st.end = max(ends)


def _after_conjoined(doc: _Doc, a: int, q: int) -> bool:
    """«تتهم الأمم المتحدة والدول الغربية الرئيس السوري…»: a subject conjoined with «و» + an
    addressee noun («والدول») is all subject, so it ends at the next definite noun that is no
    adjective of it (not a nisba: «الغربية» goes on, «الرئيس» is the object)."""
    toks = doc.toks
    t = toks[q].text
    return (t.startswith("ال") and not _nisba(t) and _nisba(toks[q - 1].text)
            and any(toks[p].text[:1] == "و" and toks[p].text[1:] in doc.lex.addressees
                    for p in range(a + 1, q - 1)))


def _object_then_complement(doc: _Doc, k: int, limit: int, cue: Cue) -> bool:
    """Whether a transitive cue's object and then its complement follow at ``k``: «…إن عملية
    السلام باتت مستحيلة ودعا البرلمان لنزع الحصانة…» (the noun is whom he called on, not a
    speaker: no name, no speaker noun)."""
    toks, lex = doc.toks, doc.lex
    if not (cue.transitive and cue.complement) or k >= limit or doc.named(k) \
            or _strip_conj(toks[k].text) in lex.descriptors or toks[k].text in _PUNCT:
        return False
    for m in range(k + 1, min(limit, k + 5)):
        t = toks[m].text
        if t in _PUNCT or t in _QUOTES or _is_marker(lex, t) or doc.named(m):
            return False
        if _complement(cue, t) or t in _ILA or (
                "ل" in cue.complement and len(t) > 3 and t[0] == "ل" and t[1] != "ل"
                and not _possessed(t[1:])
                and all(toks[q].text.startswith(("ال", "وال")) for q in range(k, m))):
            return True  # «دعا البرلمان لنزع…»: «لـ» + a verbal noun after the object
    return False


def _verbless(doc: _Doc, lo: int, hi: int) -> tuple[Statement, int] | None:
    """A verbless attribution opening a line: «وزير الخارجية الأردني: "لا نرى ضرورة…"» — a
    short noun phrase (no cue, no verb of report), a colon, then a quotation: the phrase is the
    speaker, the quotation the content. (The quotation's end index is returned: cues inside it
    were said.)"""
    lex, toks, text = doc.lex, doc.toks, doc.text
    if lo > 0 and "\n" not in text[doc.orig[lo - 1][1] : doc.orig[lo][0]]:
        return None  # only at the start of a line
    colon = next((k for k in range(lo, min(hi, lo + _MAX_HEADLINE + 1)) if toks[k].text == ":"),
                 None)
    if colon is None or colon == lo or colon + 2 >= hi or toks[colon + 1].text not in _QUOTES:
        return None
    first = toks[lo].text
    if first[0] in _ACK and not doc.named(lo) and not (
            {first, first.removeprefix("ال")} & (lex.descriptors | lex.titles)):
        return None  # «وختم الأشرفي: "…"», «وسجل مقطع فيديو صوت رجل يصرخ: "…"»: a verb's clause
    for k in range(lo, colon):
        t = toks[k].text
        if (t in _PUNCT or t in _QUOTES or _cues_of(lex, t)[0] is not None or _is_marker(lex, t)
                or t in lex.stop or t[0].isdigit()):
            return None
    if not _referent(lex, text, toks, doc.orig, lo, colon) or any(
            toks[k].text in _FUNCTION or toks[k].text in _CLAUSE_OPEN for k in range(lo, colon)):
        return None
    heads = {first, _strip_conj(first), first.removeprefix("ال")}
    if not (doc.named(lo) or heads & lex.speaker_heads
            or (colon - lo <= 2 and not first.startswith("ال"))):
        return None  # «الحرب السورية: "…"» is a topic, not a speaker
    close = _quote_end(toks, colon + 1, hi)
    if close is None or close - colon < 4:
        return None
    say = Cue("say")
    speaker = doc.speaker(lo, colon, strip_conj=True)
    return _make(doc, colon, colon + 1, say, speaker, colon + 2, close, None, None), close


_DEMONSTRATIVE_OBJECTS = _word_set("demonstrative_objects")


def _demonstrative_report(doc: _Doc, lo: int, hi: int) -> tuple[Statement, int] | None:
    """A past cue opening its sentence with a demonstrative object, an outlet spoken to, then
    its subject: «صرح بذلك المتحدث باسم…», «كشف هذا لـ"الرياض" الدكتور محمد مارم… وقال:» — the
    words reported are the sentence before it (often the paragraph before), the subject the
    speaker.
    (The subject's end index is returned: the cue is used up.)"""
    lex, toks, text = doc.lex, doc.toks, doc.text
    before = doc.before
    if before is None or lo + 2 >= hi or toks[lo + 1].text not in _DEMONSTRATIVE_OBJECTS:
        return None
    t = toks[lo].text
    cue = _verb_cue(lex, t)
    bare = _strip_conj(t)
    if (cue is None or cue.participle or cue.prepositional or cue.nominal or cue.relayed_only
            or _present(lex, t) or (bare[:1] in "نا" and "ي" + bare[1:] in lex.verbs)):
        return None  # (not «نعتبر هذا الحادث…»: we consider)
    if toks[lo + 1].text[:1] != "ب" and toks[lo + 2].text.startswith("ال"):
        return None  # «ولفت هذا الأمر أنظار…»: a demonstrative before its noun, the subject
    j = lo + 2
    to = None
    if toks[j].text == "ل" and j + 1 < hi and toks[j + 1].text in _QUOTES:
        close = _quote_end(toks, j + 1, min(hi, j + 6))
        if close is None:
            return None
        to = doc.ref(j + 2, close) if close > j + 2 else None
        j = close + 1  # «لـ"الرياض"»: the outlet spoken to
    if j >= hi:
        return None
    end = _speaker_after(lex, toks, j, hi)
    if end <= j or not _referent(lex, text, toks, doc.orig, j, end):
        return None
    if toks[j].text in _TIME_WORDS:
        return None  # «قال ذلك اليوم»: a time, not a subject
    for k in range(end, hi):
        w = toks[k].text
        if w == ":" or w in _QUOTES or _is_marker(lex, w):
            return None  # «وقال هذا المسؤول إن…»: the demonstrative goes with the subject
        if _verb_cue(lex, w) is not None:
            if w[0] in _ACK and k - j <= 2 * _MAX_SPEAKER and not any(
                    toks[m].text in _PUNCT for m in range(end, k)):
                end = k  # «الدكتور محمد علي مارم… مدير مكتب الرئاسة وقال:»: all of it, up to
                # the subject's next verb («علي» is no preposition here)
            break  # «… وقال: …»: the subject's next statement
    c1 = lo
    while c1 > before and toks[c1 - 1].text in _PUNCT:
        c1 -= 1
    if c1 - before < 3 or any(_verb_cue(lex, toks[k].text) is not None
                              and not _present(lex, toks[k].text) for k in range(before, c1)):
        return None  # a sentence that reports already has its speaker
    speaker = doc.speaker(j, end, strip_conj=True)
    return _make(doc, lo, lo + 1, cue, speaker, before, c1, to, None), end


# an accusative participle of state («مروجا», «واقفا», «متحدثا»): how the named one was, not
# part of the name («أوباما», «ميا» end in «ا» too)
_HAL_RE = re.compile(r"^(?:م\w{3,}|\wا\w{2,})ا$")
_QUOTED_LINE_RE = re.compile(r"^[*•\-–— ]*(?:«[^«»]+»[ .،]*)+$")


def _parenthesis_source(doc: _Doc, lo: int, hi: int) -> tuple[Statement, int] | None:
    """A quotation credited by a parenthesis on the line after it, as opinion columns quote:
    «* «لا نضمن أن تكون إيران دولة معتدلة».» then «(الرئيس الأميركي باراك أوباما مروجا
    لاتفاقه).» — the line before holds nothing but quotations, this one nothing but the
    parenthesis; its leading noun phrase is the speaker (and the cue), the quotations the
    content."""
    lex, toks, text, orig = doc.lex, doc.toks, doc.text, doc.orig
    if toks[lo].text != "(" or lo == 0 or "\n" not in text[orig[lo - 1][1] : orig[lo][0]]:
        return None
    r = next((k for k in range(lo + 1, hi) if toks[k].text == ")"), None)
    if r is None or r - lo < 3 or any(toks[k].text not in (".", "،") for k in range(r + 1, hi)):
        return None
    line_start = text.rfind("\n", 0, orig[lo - 1][1]) + 1
    if not _QUOTED_LINE_RE.match(text[line_start : orig[lo - 1][1]].strip()):
        return None
    j = lo + 1
    b = _speaker_after(lex, toks, j, r)
    for q in range(j + 2, b):
        if _HAL_RE.match(toks[q].text):
            b = q  # «أوباما مروجا لاتفاقه»: what he was doing, not his name
            break
    first = toks[j].text
    if (b - j < 2 or not _referent(lex, text, toks, orig, j, b)
            or not (doc.named(j) or {first, first.removeprefix("ال")}
                    & lex.speaker_heads)):
        return None
    p0 = lo - 1
    while p0 > 0 and orig[p0 - 1][1] > line_start:
        p0 -= 1
    opens = [k for k in range(p0, lo) if toks[k].text == "«"]
    closes = [k for k in range(p0, lo) if toks[k].text == "»"]
    if not opens or not closes or closes[-1] - opens[0] < 3:
        return None
    speaker = doc.speaker(j, b)
    return _make(doc, j, b, Cue("say"), speaker, opens[0] + 1, closes[-1], None, None), r


def _reported_inside(out: list[Statement]) -> bool:
    """Whether the last statement is one reported inside the content of the one before it,
    relayed by its speaker («وذكرت الوكالة أن مملكة البحرين تشدد على أن…»). A cue later in
    its complement («…مع الواقع الذي يؤكد الدور…») cannot continue that reported speaker
    (pronoun-dropped verbs go on with the relaying one), so it stays inside the words."""
    if len(out) < 2:
        return False
    st, outer = out[-1], out[-2]
    return (st.via is not None and outer.content is not None and st.cue_start is not None
            and st.via.start == outer.speaker.start
            and outer.content.start <= st.cue_start < outer.content.end)


def _relayed(out: list[Statement], s_start: int) -> Statement:
    """The statement a «بحسب/وفقا لما ذكرته» outlet at the end of a sentence relays: the
    sentence's first with a speaker («نفى X الأنباء التي تحدثت عن…، واصفا إياها…، وفقا لما
    ذكرته وكالة…»: not the relative clause nor the participles after it), else the last."""
    for st in out[-6:]:
        if st.cue_start is not None and st.cue_start >= s_start and st.speaker.text:
            return st
    return out[-1]


def _outlet_relay(
    doc: _Doc, prev: Statement, chain: list[Statement], st: Statement, i: int, s_start: int
) -> bool:
    """«وقالت وسائل إعلام إسرائيلية إن…، بحسب رويترز», «وفق تصريحات قائد… بحسب رويترز»: a
    «بحسب/وفق» outlet (or a court's papers: «كتب X إلى قريب له "…"، طبقا للدعوى الجنائية»)
    after another source's statement in the same sentence is the outlet that relays it
    (``via``), not a second statement; so it is of that speaker's later
    statements in ``chain`` before it. Returns whether ``prev`` took it.

    A verb lead («…، حسبما نقلت وكالة "قنا"») counts only when its own content is the clause
    before it: «، كما ذكرت وكالة سانا أن…» says something of its own. An outlet's document
    («وفقا لتقرير سبوتنيك») names the outlet after it, which is the ``via``."""
    toks = doc.toks
    lead = toks[i].text
    trailing = (lead in doc.lex.source_leads and st.content is not None
                and st.cue_start is not None and st.content.end <= st.cue_start)
    from_him = (st.content is not None and st.cue_start is not None  # (a speaker unknown)
                and st.content.end <= st.cue_start and _relayed_from_speaker(doc, st))
    runs_on = prev.content is not None and prev.content.end > s_start  # a split quotation
    if (prev.cue_start is None or st.cue_start is None or (prev.cue_start < s_start
                                                            and not runs_on)
            or prev.cue_start >= st.cue_start or not (prev.speaker.text or from_him)
            or prev.via is not None
            or not st.speaker.text or st.speaker.start is None or st.speaker.end is None
            or (_strip_conj(lead) not in _GENERIC_PREPS and lead not in _GENERIC_PREPS
                and not trailing)):  # «وفقا» is no «و+فقا»
        return False
    words = st.speaker.text.split()
    start = st.speaker.start
    if len(words) > 1 and normalize(words[0]) in _OUTLET_DOCUMENTS:
        start = st.speaker.start + st.speaker.text.index(words[1], len(words[0]))
    head = normalize(doc.text[start : st.speaker.end].split()[0].strip("\"«»"))
    heads = {head, head[2:] if head.startswith("ال") else "ال" + head}
    if head.startswith("ل") and not head.startswith("ال"):
        heads |= {"ا" + head, head[1:]}  # «للدعوى»: the span opens on the article's «ل»
    if not heads & (doc.lex.outlets | _COURT_DOCUMENTS):  # («كتب X "…"، طبقا للدعوى»)
        if not _before_content(prev, st.cue_start) and not from_him:
            return False
        start = st.speaker.start  # «بحسب بيان رسمي»: no outlet after the document, so it all
    entity = st.speaker.entity if start == st.speaker.start else None
    end = st.speaker.end
    after = doc.text[end : end + 8].split()
    if after and normalize(after[0]) in _SAME:
        end = doc.text.index(after[0], end) + len(after[0])  # «بحسب المصادر نفسها/عينها»
    for rel in [prev] + [x for x in chain if x is not prev and x.cue_start is not None
                         and prev.cue_start < x.cue_start < st.cue_start]:
        if rel is prev or (rel.via is None and rel.speaker.start == prev.speaker.start):
            # «وذكر التقرير أن…، مؤكدة أنه…، وفقا لتقرير سبوتنيك»: each of his statements
            rel.via = SpanRef(doc.text[start:end], start, end, entity)
            rel.end = max(rel.end, end)
        content = rel.content  # (the source phrase is in nobody's content)
        if content is not None and content.start < st.cue_start < content.end:
            cut = st.cue_start
            while cut > content.start and doc.text[cut - 1] in " ،,؛;.":
                cut -= 1  # (and the full stop of a phrase alone: :func:`_sources_joined`)
            content.text, content.end = doc.text[content.start : cut], cut
    return True


_FROM_HIM = frozenset(normalize(w) for w in ("عنه", "عنها", "عنهم", "عنهما"))
_FROM_HIM_M, _FROM_HIM_F = normalize("عنه"), normalize("عنها")


def _relayed_from_speaker(doc: _Doc, st: Statement) -> bool:
    """Whether the source phrase ``st`` closing a clause is a relaying verb with an object
    pronoun, «عنه/عنها» (from him/her): «وتابع: "…"، وذلك وفق ما نقل عنه دبلوماسي آخر». The
    pronoun is the speaker of the clause's statement, whose words the verb's subject passed on,
    so that subject is the statement's ``via`` whoever it is, not a second statement."""
    if st.cue_end is None or not st.cue:
        return False
    cue = _verb_cue(doc.lex, normalize(st.cue.split()[-1]))
    after = doc.text[st.cue_end : st.cue_end + 8].split()
    return cue is not None and cue.relay and bool(after) and normalize(after[0]) in _FROM_HIM


def _before_content(prev: Statement, at: int) -> bool:
    """Whether a source phrase at ``at`` stands between ``prev``'s cue and its content: «وقال
    ممثل فرنسا بحسب المصادر عينها إن…», «وأكد المتحدث، وفقا لمصدر في الوزارة، أن…». There it
    can only vouch for the statement whose content has not begun, so it is that statement's
    ``via`` whatever it names (sources, an official, an outlet); the gold sets label it so (9
    of 10 such phrases; set 18 alone gives «وكشف نازيك، وفقا للأناضول، أنه…» a record of its
    own). After the content («…، بحسب المصادر.») it may source a detail only, and only an
    outlet is taken as the relay there."""
    return (prev.content is not None and prev.cue_end is not None
            and prev.cue_end <= at < prev.content.start)


_ALI, _ALA_SPELT = "علي", "على"
_ILLA = normalize("إلا")
_THAT_LEADS = frozenset({_ILLA, normalize("كما")})  # «إلا/كما أنه» + a verb of saying
_BUT_THAT = {normalize("أن" + p): normalize("لكن" + p) for p in ("ه", "ها")}


def _set_off_names(lex: _Lex, toks: list[Token]) -> frozenset[str]:
    """The words of a two- or three-word name the article sets off by commas after a definite
    noun («ألقت القبض على البريطاني، أنور ميا، من…»), so that the bare surname alone later
    («ويظهر ميا في الفيديو، مؤكدا…») is a name, not a common noun."""
    out: set[str] = set()
    for k in range(1, len(toks) - 3):
        if toks[k].text not in _COMMAS or not toks[k - 1].text.startswith("ال"):
            continue
        m = k + 1
        while (m < len(toks) and m - k <= 3 and toks[m].text[:1].isalpha()
               and not toks[m].text.startswith(("ال", "وال")) and len(toks[m].text) > 1
               and toks[m].text not in lex.stop and toks[m].text not in _FUNCTION
               and toks[m].text not in lex.not_speaker and toks[m].text not in _TIME_WORDS
               and _verb_cue(lex, toks[m].text) is None and not _is_marker(lex, toks[m].text)):
            m += 1
        if 2 <= m - k - 1 <= 3 and m < len(toks) and toks[m].text in _COMMAS:
            out.update(toks[q].text for q in range(k + 1, m))
    return frozenset(out)


def _mark_names(lex: _Lex, text: str, toks: list[Token], orig: list[tuple[int, int]]) -> None:
    """The name «علي» normalises like the preposition «على»: after a title or a definite word
    and before another bare name («السفير علي محمد العياشي»), after the «عن» of a relay
    («نقلت الوكالة عن علي أكبر ولايتي قوله…») or right after a verb of saying, whose «على»
    complement it would otherwise open («أكد علي حسين باكير أن…»), it is marked as a name.
    After a verb of saying it is the name before a definite word too («وقال علي الحسيني
    رئيس…», «انتقد علي القرة داغي…») where the article spells the preposition «على» with its
    alif maqsura more often than «علي»: that writer does not spell «على» with a dotted ya, so
    its «علي» is the name; an article that writes the preposition «علي» keeps «أكد علي الدور».
    Two more words are re-read here, before any cue is built: «إلا/كما أنه/أنها» before a verb
    of saying as «لكنه/لكنها», and a relaying verb with an object pronoun right after a statement
    noun («في تصريحات نقلتها وسائل الإعلام») as no cue at all."""
    ala_spelt: bool | None = None  # the article writes «على» more often than «علي»
    # (only a word «على» is rewritten, at its own turn: the list of them is taken first)
    for k in [k for k in range(1, len(toks) - 1) if toks[k].text == _ALA]:
        if _plain(text, orig[k]) != _ALI:
            continue
        prev, nxt = toks[k - 1].text, toks[k + 1].text
        after_verb = (_verb_cue(lex, prev) is not None
                      and _plain(text, orig[k - 1]) not in lex.not_original)  # «ردا علي…»
        # a person's title or the outlet a verb's words were said to stands where a name
        # does, never a complement («وقال الدكتور علي الخشيبان إن…», «قال لـ"الاقتصادية" علي
        # الزهراني محلل فني إن…»)
        before_name = after_verb or _strip_conj(prev).removeprefix("ال") in lex.titles or (
            _outlet_quote_before(lex, toks, k))
        if before_name and nxt.startswith("ال") and ala_spelt is None:
            spellings = Counter(_plain(text, orig[q]) for q, t in enumerate(toks) if t.text == _ALA)
            ala_spelt = spellings[_ALA_SPELT] > spellings[_ALI]
        named = before_name and nxt.startswith("ال") and bool(ala_spelt)  # «قال علي الحسيني»
        if not named and after_verb and (_possessed(_plain(text, orig[k + 1]))
                                         or _plain(text, orig[k + 1]).endswith("ة")):
            continue  # «وأكد علي تطلعه…», «أكد علي ضرورة…»: «على» spelt with a dotted ya
        if ((prev.startswith("ال") or prev in lex.descriptors or prev == _AN or before_name)
                and nxt[0].isalpha()
                and (not nxt.startswith("ال") or named)
                and nxt not in lex.stop and nxt != _LISAN
                and not _is_marker(lex, nxt)):
            toks[k] = Token(_ALI + "\u200c", toks[k].start, toks[k].end)
    for k in range(1, len(toks) - 1):
        # «…، إلا أنها تؤكد شنها عشرات الغارات»: «إلا أنه/أنها» (but he/she) before a verb of
        # saying is «لكنه/لكنها»: the pronoun is its subject, the noun after it the object;
        # so is «كما أنه/أنها» (as also he/she: «…، كما أنها استنكرت استخدام…»)
        lead = _BUT_THAT.get(toks[k].text)
        if (lead is not None and toks[k - 1].text in _THAT_LEADS
                and _verb_cue(lex, toks[k + 1].text)):
            toks[k] = Token(lead, toks[k].start, toks[k].end)
        cue = lex.verbs.get(toks[k].text)
        if cue is None or not cue.relay:
            continue
        # whom the words were said to may stand between («في تصريحات لصحافيين نقلها…»)
        noun = k - 2 if k > 1 and toks[k - 1].text[:1] == "ل" and len(toks[k - 1].text) > 2 \
            else k - 1
        if (_object_suffixed(lex, toks[k].text)
                and _strip_conj(toks[noun].text).removeprefix("ال") in _RECIPIENT_LEAD):
            # «وقال X في تصريحات نقلتها وسائل الإعلام…»: the outlet carried X's words, like
            # «في بيان نشرته…»; no verb of saying, so X's statement runs on past it
            toks[k] = Token(toks[k].text + "\u200c", toks[k].start, toks[k].end)


def _outlet_quote_before(lex: _Lex, toks: list[Token], k: int) -> bool:
    """Whether a verb of saying and the quoted outlet it spoke to («قال لـ"الاقتصادية"») end
    right before ``k``: what follows is the speaker, written after the outlet."""
    if k < 4 or toks[k - 1].text not in _QUOTES:
        return False
    for q in range(k - 3, max(0, k - _MAX_OUTLET_NAME - 2) - 1, -1):
        if toks[q].text in _QUOTES:
            return (q >= 2 and toks[q - 1].text in ("ل", "لـ")
                    and _verb_cue(lex, toks[q - 2].text) is not None)
    return False


def _pronoun_relay(doc: _Doc, out: list[Statement], st: Statement) -> None:
    """«وندد نجله زياد… . ونقلت وكالة فرانس برس عنه قوله…»: a relaying verb whose source is
    an object pronoun, «عنه/عنها», relays the person that pronoun refers back to, the speaker
    of the nearest statement before it, when that statement's verb agrees with the pronoun's
    gender («وندد» with «عنه»); the outlet becomes ``via``. With no such statement, or one of
    the other gender, the relay keeps the outlet (an empty source beats a wrong one)."""
    words = token_texts(st.speaker.text)
    if st.speaker.start is None or len(words) < 2 or st.via is not None:
        return
    said = normalize(words[-1]) in doc.lex.relay_said
    pron = normalize(words[-2] if said else words[-1])
    if pron not in (_FROM_HIM_M, _FROM_HIM_F):
        return
    prev = next((p for p in reversed(out) if p.speaker.text), None)
    if prev is None or prev.speaker.start is None or _cue_agreement(doc.lex, prev) != (
            "m" if pron == _FROM_HIM_M else "f"):
        return
    cut = doc.text.rfind(words[-2] if said else words[-1], st.speaker.start,
                         st.speaker.end or st.speaker.start)
    outlet = doc.text[st.speaker.start : cut].rstrip(" ،,")
    if not outlet:
        return
    st.via = SpanRef(outlet, st.speaker.start, st.speaker.start + len(outlet),
                     st.speaker.entity)
    st.speaker = Speaker(prev.speaker.text, prev.speaker.entity, prev.speaker.start,
                         prev.speaker.end)


def _merge_lisan(doc: _Doc, prev: Statement, st: Statement, s_start: int) -> bool:
    """«نقلت الصحيفة في تقرير… على لسان السفير: قوله…», «أعلنت إسرائيل، على لسان وزيرها،
    تحديها…»: «على لسان Y» after a verb of the same sentence whose content has not begun is
    that verb's speaker, and a relaying verb's own subject becomes ``via``. One record, not
    two. Returns whether ``st`` was merged into ``prev``."""
    q0 = st.cue_start
    if (q0 is None or prev.cue_start is None or prev.cue_end is None or prev.cue_start < s_start
            or prev.cue_end > q0 or st.speaker.end is None):
        return False
    content = prev.content
    if content is not None and content.start < q0 and content.text.strip(" ،,"):
        head = doc.text[content.start : q0].strip(" ،,")
        if head:
            return False  # the content began before «على لسان»: another statement's source
    cue = _verb_cue(doc.lex, normalize(prev.cue.split()[-1]))
    if cue is not None and cue.relay and prev.speaker.text and prev.speaker.start is not None:
        prev.via = SpanRef(prev.speaker.text, prev.speaker.start, prev.speaker.end or 0,
                           prev.speaker.entity)
    prev.speaker = st.speaker
    if content is not None and content.start < st.speaker.end:
        start = st.speaker.end
        while start < content.end and doc.text[start] in " ،,:":
            start += 1
        content.text, content.start = doc.text[start : content.end], start
    prev.end = max(prev.end, st.speaker.end)
    return True


def _joins_participle(doc: _Doc, prev: Statement, st: Statement, lo: int, cue: Cue) -> bool:
    """«وأضاف لافروف قائلا إن…», «وتابعت الوكالة قائلة إن…», «ولفتت سلم قائلة إن…»: a verb
    that takes no object, followed by its subject and at once by a participle of saying,
    introduces one quotation with it, so the two make one statement whose cue spans both (as
    «وتابع قائلا» does with no subject between them). A verb with an object has words of its own
    before the participle, even when the object is read into the subject («وأكد بلاتر استضافة
    روسيا للبطولة قائلا», «انتقدت وزارة الخارجية القصف الإيراني قائلة»), and so has an
    asserting participle («نفته دمشق مؤكدة»): those stay two. Returns whether ``st`` was
    merged into ``prev``."""
    sp, c, pc = prev.speaker, st.content, prev.content
    if (cue.stance != "say" or prev.cue_start is None or prev.cue_end is None
            or prev.cue_start < doc.orig[lo][0] or sp.start is None or sp.end is None
            or not sp.text or sp.start < prev.cue_end or st.speaker.start != sp.start
            or st.cue_end is None or c is None or pc is None or pc.start != c.start
            or doc.text[sp.end : st.cue_start].strip()):
        return False
    verb = _verb_cue(doc.lex, normalize(prev.cue.split()[-1]))
    if verb is None or verb.participle or verb.object_ok or verb.transitive:
        return False
    prev.cue = doc.text[prev.cue_start : st.cue_end]
    prev.cue_end = st.cue_end
    prev.end = max(prev.end, st.end)
    return True


_SUBJUNCTIVE = _word_set("subjunctive_particles")


def _present(lex: _Lex, word: str) -> bool:
    """Whether the cue ``word`` is a present-tense form («يعلن، تعلن»; «تابع، تحدث» are past)."""
    bare = word if word in lex.verbs else _strip_conj(word)
    return bare[:1] == "ي" or (bare[:1] == "ت" and ("ي" + bare[1:]) in lex.verbs)


def _opens_quote(text: str, at: int) -> bool:
    """Whether the content at ``at`` follows an opening quotation mark: «قال: "…"», not the
    closing one of a quoted name («اعتبر المتابعون ما فعلته قناة “العربية” بأنه…»), told by
    the quotation marks before it on its line."""
    before = text[:at].rstrip()
    if before[-1:] not in _QUOTES:
        return False
    line = before[before.rfind("\n") + 1 : -1]
    return sum(ch in _QUOTES for ch in line) % 2 == 0


def _object_content(doc: _Doc, st: Statement) -> bool:
    """Whether ``st``'s content is an object or complement phrase rather than a clause of its
    own («أدانت حماس الضربة واعتبرتها…», «تحدثت صحيفة عن جنازات… ذكرت أن…»): a cue inside it
    has no other subject to take, so it continues the speaker; inside an «أن» clause or a
    quotation it may belong to the clause's own subject."""
    content = st.content
    if content is None or not st.speaker.text:
        return False
    head = tokenize(content.text.lstrip(" ،,")[:40])
    if not head or head[0].start:
        return False
    word = normalize(head[0].text)
    return not (_is_marker(doc.lex, word) or word in _QUOTES or word == ":"
                or doc.text[content.start - 1 : content.start] in _QUOTES)


def _quote_runs_on(text: str, last: Statement, at: int) -> bool:
    """Whether ``last``'s quotation runs on past a full stop to ``at``: one sentence of the
    same paragraph later, with its only «"» or «»» closing after ``at``."""
    content = last.content
    if content is None or not content.start <= at < content.end:
        return False
    a = content.start - 1 if text[content.start - 1 : content.start] in _QUOTES else content.start
    between, rest = text[a:at], text[at : content.end]
    if "\n" in between or not _SENT_END_RE.search(between):
        return False
    if "«" in between or "»" in between:
        # (a content that opens on «« » stops before its closing «»»: read that one too)
        closer = text[content.end : content.end + 1] == "»"
        return (between.count("«") == between.count("»") + 1 and "\"" not in between
                and rest.count("»") + closer == 1 and "«" not in rest)
    if between.count('"') != 1 or rest.count('"') != 1:
        return False
    q = between.index('"')  # an opener: after a space, before a word (not «جزئيا". و…»)
    return (q == 0 or between[q - 1].isspace()) and between[q + 1 : q + 2].isalpha()


def _in_open_quote(text: str, last: Statement, at: int) -> bool:
    """Whether ``at`` lies inside a quotation opened in ``last``'s content and not yet closed
    («…أن الزيارة… "الذي يتطلع إليكم ويرى فيكم…"»): a verb there is part of what was said."""
    content = last.content
    if content is None or not content.start <= at <= content.end:
        return False
    span = text[content.start : at]
    return span.count("«") > span.count("»") or _straight_open(text, content.start, at) or (
        span.count("“") > span.count("”"))


def _straight_open(text: str, a: int, b: int) -> bool:
    """Whether a «"» quotation opened in ``text[a:b]`` is left open at ``b``. A «"» glued to the
    word or comma before it and followed by a space (or the end) closes; with no quotation open
    it is a stray closer and opens nothing («…نيابة عن الرئيس السوري بشار الأسد،" مضيفة:
    "أود…"»)."""
    is_open = False
    at = text.find('"', a, b)
    while at >= 0:
        if is_open:
            is_open = False
        elif not (at > a and not text[at - 1].isspace()
                  and (at + 1 == len(text) or text[at + 1].isspace())):
            is_open = True
        at = text.find('"', at + 1, b)
    return is_open


_TOPIC_OPENERS = _word_set("topic_openers")
# «(و)فيما يتعلق/يخص بـX» (as regards X): a topic opened by a phrase, read as one opener word
_TOPIC_PHRASES = frozenset(tuple(normalize(w) for w in p.split())
                           for p in statement_words()["topic_phrases"])
_TOPIC_PHRASE_LENGTHS = frozenset(len(p) for p in _TOPIC_PHRASES)
_TOPIC_PHRASE_LONGEST = max(_TOPIC_PHRASE_LENGTHS)
_TOPIC_PHRASE_FIRST = frozenset(p[0] for p in _TOPIC_PHRASES)
_TOPIC_CLAUSE_LEADS = _word_set("topic_clause_leads")  # «بحيث، الذي…»: a clause of the question


def _opens_topic(words: list[str]) -> bool:
    """Whether ``words`` (as written) open a fronted topic: an opener word («وعن، وحول،
    وبالنسبة») or an opener phrase, with or without its conjunction («وفيما يتعلق بحقوق
    الإنسان في المملكة، أكد أن…», «وفي ما يخص مشروع…، قال»)."""
    if not words:
        return False
    first = normalize(words[0])
    if first in _TOPIC_OPENERS:
        return True
    phrase_first = _listed_form(first, _TOPIC_PHRASE_FIRST)
    if phrase_first is None:
        return False  # (most gaps: no phrase opens on their first word)
    head = (phrase_first, *(normalize(w) for w in words[1:_TOPIC_PHRASE_LONGEST]))
    return any(head[:n] in _TOPIC_PHRASES for n in _TOPIC_PHRASE_LENGTHS)


_BREAKS_RE = re.compile(r"\n[\s]*\n|\n")  # a line or paragraph break (blank lines between)
# a subheading opening with an outlet («صحيفة "ذي غارديان" تنشر مقالا…») names a new source
_OUTLET_LINE_RE = re.compile(r"\s*(?:صحيفة|مجلة|وكالة|قناة|موقع)\s")


def _last_sentence_end(gap: str) -> int:
    """Where the last match of ``_SENT_END_RE`` in ``gap`` ends (0 when none), found from the
    right: gaps run for paragraphs and only the last end counts, so scanning them all with
    ``finditer`` was the cost. Every newline ends a match (the run it belongs to ends at or
    after it), and a «.!?؟» ends one exactly where it is followed by a space or the end of
    ``gap`` (the regex's space class is ``str.isspace``; a run followed by anything else never
    matches)."""
    k = gap.rfind("\n") + 1
    pos = len(gap)
    while True:
        p = max(gap.rfind(".", k, pos), gap.rfind("!", k, pos), gap.rfind("?", k, pos),
                gap.rfind("؟", k, pos))
        if p < 0:
            return k
        if p + 1 == len(gap) or gap[p + 1].isspace():
            return p + 1
        pos = p


def _topic_start(gap: str, answered: bool = False) -> int:
    """Where the fronted topic that ``gap`` ends with starts (-1 when it ends with none):
    «…\n وعن فرص الحل السياسي [أشار]»: «وعن/وعما/وحول/بشأن/وبالنسبة لـ/وردا على/وفيما يتعلق
    بـ/أما عن X» up to the verb is what the speaker was asked about, no clause. A comma may close
    it right before the verb («وبالنسبة للاتفاق مع إيران، قال», «ورداً على سؤال حول ما إذا كانت
    الولايات المتحدة قد ساهمت…، أشار إلى»), and so may the question mark of the question asked
    («وعن رأيها بواقع الصحافة…؟ قالت: «…»»): the mark shows where the topic ends, so a topic
    closed by one may run to twice the length (a question asked is long), but no other
    punctuation may fall inside it — unless the verb is ``answered``: it stands bare, with no «و»
    of its own, so no clause of the gap is conjoined to it, and the topic may run to twice the
    length with commas (no colon or semicolon) inside that belong to the question («وعما إذا كان
    نجاحها في دورها…، الذي أجادته في شخصية «أمل»، فتح لها شهيتها…، قالت: «…»»)."""
    asked = gap.rstrip().endswith("؟")
    k = _last_sentence_end(gap[:gap.rstrip().rfind("؟")] if asked else gap)
    tail = gap[k:]
    words = tail.split()
    if not _opens_topic(words):
        return -1
    body = tail.rstrip()
    closed = body.endswith(("،", ",", "؟"))
    inner = body[:-1] if closed else body
    if (len(words) <= _MAX_TOPIC * (2 if closed or answered else 1)
            and not any(ch in inner for ch in (":؛" if answered else "،,:؛"))):
        return k
    return -1


def _asks_in_topic(doc: _Doc, lo: int, i: int) -> bool:
    """Whether the cue at token ``i`` is the verb of a clause that a subordinator or relative
    opens at the end of a fronted topic («وعن هذا التناغم… بحيث أعلنتا أنهما تتابعان…، علّقت
    بالقول: «…»»): a statement made inside the question, which the interviewer tells, so no
    later answer continues its speaker (nor that of a statement nested in its content). The
    topic runs to the lead unbroken, as before a conjoined verb, and the lead follows it with no
    mark between: after a comma the sentence may have gone on to its own verb («وحول البند الأول
    فقد بدأت موسكو… الروسية، حيث دعا لافروف…»)."""
    toks, orig = doc.toks, doc.orig
    return (i > lo + 1 and toks[i - 1].text in _TOPIC_CLAUSE_LEADS
            and toks[i - 2].text not in _PUNCT
            and _topic_start(doc.text[orig[lo][0] : orig[i - 1][0]]) >= 0)


def _topic_trimmed(gap: str, answered: bool = False) -> str:
    """``gap`` less the fronted topic right before the cue (:func:`_topic_start`), unless a
    subordinator or relative ends it («وعن هذا التناغم… بحيث [أعلنتا]», «وعن الاتفاق الذي
    [أعلنه]»): that word opens a clause of the question, and the verb after it is the question's
    own, no answer to it."""
    k = _topic_start(gap, answered)
    if k < 0 or normalize(gap[k:].split()[-1]) in _TOPIC_CLAUSE_LEADS:
        return gap
    return gap[:k] + " " * (len(gap) - k)


_MAX_FRAME_WORDS = 4  # «ومن ناحية ثانية،», «وعلى الصعيد الدولي،», «في سياق متصل،»


def _frame_trimmed(gap: str) -> str:
    """``gap`` less a discourse frame closed by a comma right before the cue («ومن ناحية
    ثانية، نفى وجود أي مخطط…», «وعلى صعيد آخر، أكد أن…»): the frame turns to another point of
    the same speaker's words and is no clause of other words, so the pronoun-dropped verb after
    it still continues the last speaker (as it does after a fronted topic)."""
    k = _last_sentence_end(gap)
    body = gap[k:].rstrip()
    words = body.split()
    if not (body.endswith(("،", ",")) and 2 <= len(words) <= _MAX_FRAME_WORDS):
        return gap
    first, noun = normalize(words[0]), _strip_conj(normalize(words[1].rstrip("،,")))
    if _listed_form(first, _FRAME_OPENING_PREPS) is None or not _frame_noun(noun):
        return gap
    return gap[:k] + " " * (len(gap) - k)


# «…كما يقول توم كونتريمان، وهو مساعد وزير الخارجية السابق. وأضاف…»: «، وهو/وهي» right
# after the speaker, up to the end of its sentence, describes the speaker and opens no clause.
_APPOSITION_RE = re.compile(r"^\s*[،,]\s*[وف]?(?:هو|هي)\s[^.،,:؛!?؟\"«»“”\n]*(?=\.)")
_BROKEN_LINE_WORDS = 12  # a line this long with no closing punctuation is cut, no heading
_GAP_BLANKS = frozenset("\n \t\"”».")
# word -> whether it is a clause word of a gap (a letter first, no function word with or
# without its conjunction); a pure function of the word, so cached across articles.
_CLAUSE_WORDS: dict[str, bool] = {}
_CLAUSE_WORDS_MAX = 200_000


def _is_clause_word(w: str) -> bool:
    """Whether token ``w`` of a gap counts as a clause word for :func:`_inheritable` (cached:
    the same words recur in every gap, and normalising each was the cost)."""
    got = _CLAUSE_WORDS.get(w)
    if got is None:
        if w[0].isalpha():
            n = normalize(w)
            got = n not in _FUNCTION and _strip_conj(n) not in _FUNCTION
        else:
            got = False
        if len(_CLAUSE_WORDS) >= _CLAUSE_WORDS_MAX:
            _CLAUSE_WORDS.clear()
        _CLAUSE_WORDS[w] = got
    return got


def _broken_line(text: str, end: int, at: int) -> bool:
    """Whether a content ending at ``end`` was cut by a line break inside its sentence and ``at``
    lies in the rest of that sentence («…وأقامت الندوات \nوالمؤتمرات التي…، مشيرًا إلى…»): one
    newline, the long line before it with no closing punctuation (a heading or a paragraph ends
    with none too, but is short or followed by a blank line), no sentence end between the break
    and ``at``."""
    brk = text.find("\n", end, at)
    if brk < 0 or text[end:brk].strip() or text[brk + 1:at].count("\n"):
        return False
    line = text[text.rfind("\n", 0, end) + 1:end].rstrip()
    if not line or not line[-1].isalpha() or len(line.split()) <= _BROKEN_LINE_WORDS:
        return False
    return _SENT_END_RE.search(text, brk + 1, at) is None


def _trailing_source(st: Statement) -> bool:
    """Whether ``st`` is a bare source phrase after the words it sources («…، بحسب رويترز»,
    «…. وفقا لرويترز.»): a «بحسب/وفق…» cue whose content ends before it, with no verb of its
    own («…، وفق ما قالت وسائل إعلام محلية» has the media say something, which a «وأضافت»
    may go on with)."""
    words = [normalize(w) for w in st.cue.split()]
    first = words[0] if words else ""
    return (st.content is not None and st.cue_start is not None
            and st.content.end <= st.cue_start
            and (first in _GENERIC_PREPS or _strip_conj(first) in _GENERIC_PREPS)
            and not any(w in reporting_lexicon().source_leads for w in words[1:]))


def _inheritable(text: str, last: Statement | None, at: int) -> Speaker | None:
    """The speaker a pronoun-dropped verb or participle continues: the last statement's, in the
    same paragraph, with no clause of other words in between (an empty speaker beats a stale
    one). A fronted topic before the verb is no such clause (:func:`_topic_trimmed`); the verb
    answers it when it opens with no «و» of its own."""
    if last is None:
        return None
    if last.content is not None and last.content.start <= at <= last.content.end:
        return last.speaker  # «…، مضيفا أن…», «…، وأضاف أن…»: the governing statement's speaker
    if last.content is not None and _broken_line(text, last.content.end, at):
        return last.speaker  # the content ran on past a line break in mid-sentence
    end = max(last.end, last.content.end if last.content else last.end)
    if end > at:
        end = last.cue_end if last.cue_end is not None and last.cue_end <= at else at
    gap = _topic_trimmed(_unquoted(text, last, end, at), answered=not text.startswith("و", at))
    gap = _frame_trimmed(gap)
    if last.speaker.end == end:
        gap = _APPOSITION_RE.sub(lambda m: " " * len(m.group()), gap, count=1)
    if "\n" in gap and _trailing_source(last):
        return None  # «…، وفقا لوكالة الصحافة الفرنسية.» ends a paragraph of narration it
        # sources; a verb in the next paragraph goes on with the story's actor, not the agency
    if "\n" in gap:
        # a subheading between paragraphs («إيران: على تركيا وقف عملياتها») is no clause.
        # A new paragraph opens a new topic, except the wire style of one sentence per
        # paragraph: «وأضاف…» right after a paragraph that ended with the statement itself. So
        # one clause word left in any line decides: the lines are read in order up to the first
        # (no token spans a line break; gaps run for paragraphs).
        lines = gap.split("\n")
        for k, line in enumerate(lines):
            if 0 < k < len(lines) - 1 and not _paragraph_line(line):
                lines[k] = ""
            elif any(map(_is_clause_word, iter_token_texts(line))):
                return None
        # «ثم اتهم…» opens no topic: only a character that is neither a letter nor blank or
        # closing punctuation counts (what is left of the non-letters once stripped of those).
        if len(lines) > 2 and any(not ch.isalpha() and ch not in _GAP_BLANKS
                                  for ch in "\n".join(lines)):
            return None
        return last.speaker
    # Three clause words decide either way: stop counting there (gaps run for paragraphs).
    # (tokenised lazily: the gap is read only up to its third clause word)
    if len(list(islice(filter(_is_clause_word, iter_token_texts(gap)), 3))) >= 3:
        return None
    return last.speaker


# «أضاف، تابع…» (statement_words ``resuming_verbs``): they go on with words already begun
_RESUMING = _word_set("resuming_verbs")


def _resumed_paragraph(doc: _Doc, last: Statement | None, i: int) -> Speaker | None:
    """The speaker a paragraph opening on «وأضاف: "…"» resumes, where :func:`_inheritable`
    found a clause of the writer's own in between: the last statement's, when it stands in the
    paragraph right before and the verb is a pure continuation («أضاف، تابع…»: they say
    nothing new unless someone said something) with its words right after it (a colon or a
    quotation). «قالت آن… إن بولارد سيرغب… . ومع اقتراب العام الثلاثين…، فإنه "يستحق…".
    ⏎ وأضافت: "أود أن أراه…"»: the sentence after the statement is hers too or the writer's
    gloss, and nobody else is named to add. Two paragraphs back, a verb of another kind
    («وقال:»), a disagreeing gender (:func:`_disagrees`) or a long gap keep it unresolved."""
    if last is None or not last.speaker.text or i + 1 >= len(doc.toks):
        return None
    toks, text = doc.toks, doc.text
    if (_strip_conj(toks[i].text) not in _RESUMING
            or not (toks[i + 1].text == ":" or toks[i + 1].text in _OPEN_QUOTES)):
        return None
    at = doc.orig[i][0]
    end = max(last.end, last.content.end if last.content else last.end)
    gap = text[end:at]
    brk = gap.find("\n")
    if brk < 0 or gap[brk:].strip() or len(gap.split()) > _MAX_CARRIED_WORDS:
        return None  # (the writer's words on the statement's own line, then only the break)
    cue = doc.lex.verbs.get(toks[i].text) or doc.lex.verbs.get(_strip_conj(toks[i].text))
    if cue is None or _disagrees(doc, last, i, cue):
        return None
    return last.speaker


def _paragraph_line(line: str) -> bool:
    """Whether a whole line of a gap between paragraphs is a paragraph, no subheading: it ends
    a sentence, runs past twelve words or opens with an outlet (a new source)."""
    return bool(_SENT_END_RE.search(line.strip() + " ") or len(line.split()) > 12
                or _OUTLET_LINE_RE.match(line))


def _unquoted(text: str, last: Statement, end: int, at: int) -> str:
    """``text[end:at]`` with what is quoted blanked out (same length, so offsets still hold):
    the rest of a quotation ``last``'s content left open (cut at a full stop inside it) and
    every quotation of six words or more opened and closed in between. The quoted words are
    what was said, no clause of other words (« قال "… . …" وأضاف»). The result is joined from
    slices and blanks (the quotations blanked run left to right, never overlapping): a list of
    the gap's characters cost a string object per Arabic letter, and gaps run for paragraphs."""
    content = last.content
    out: list[str] = []
    kept = end  # where the text not yet copied to ``out`` starts

    def blank(a: int, b: int) -> None:
        nonlocal kept
        out.append(text[kept:a])
        out.append(" " * (b - a))
        kept = b

    k = end
    if content is not None and content.start <= end:
        a = content.start - 1 if text[content.start - 1 : content.start] in _QUOTES else (
            content.start)
        opened = text[a:end]
        close = None
        if opened.count("«") > opened.count("»"):
            close = "»"
        elif opened.count("“") > opened.count("”"):
            close = "”"
        elif opened.count('"') % 2 == 1:
            q = opened.rindex('"')  # an opener: after a space, before a word
            if (q == 0 or opened[q - 1] in " :\n") and opened[q + 1 : q + 2].strip():
                close = '"'
        if close is not None:
            q = text.find(close, end, at)
            if q < 0:
                gap = text[end:at]
                if (len(_BREAKS_RE.findall(gap)) == 2 and not any(ch in gap for ch in "«»“”\"")
                        and not gap.split("\n")[-1].strip()):
                    # «وقال: "على الأمم…» left open at the paragraph end, the next paragraph
                    # unquoted and the cue opening the one after: the same speaker's words
                    return "".join(ch if ch == "\n" else " " for ch in gap)
                return text[end:at]
            blank(end, q + 1)
            k = q + 1
    while True:
        # jump to the next opening quote (a search, not a Python step per character)
        m = _GAP_OPENERS_RE.search(text, k, at)
        if m is None:
            break
        k = m.start()
        close = _CLOSE_FOR[text[k]]
        q = text.find(close, k + 1, at)
        if q > k and "\n" not in text[k:q] and len(text[k:q].split()) >= _MIN_QUOTED:
            blank(k, q + 1)
            k = q + 1  # a quotation; «وكان «المرصد السوري» أفاد»: a quoted name stays
            continue
        k += 1
    out.append(text[kept:at])
    return "".join(out)


_GAP_OPENERS_RE = re.compile('[«“"]')  # the quotes ``_unquoted`` blanks from (all in _CLOSE_FOR)


_CLAUSE_END = frozenset(".!?؟،,;؛:")


def _subject_between(doc: _Doc, kept: str, end: int, at: int) -> bool:
    """Whether a clause between ``end`` and ``at`` (outside quotations: ``kept`` is
    ``_unquoted``) has an explicit subject: a verb and a definite or named noun after it
    («وشنت الطائرات غارات…»), or a definite noun and a present verb («الحكومة تقول»)."""
    toks, orig, lex = doc.toks, doc.orig, doc.lex
    q = 0
    while q < len(toks) and orig[q][0] < end:
        q += 1
    while q < len(toks) and orig[q][0] < at:
        opens = q == 0 or toks[q - 1].text in _CLAUSE_END or "\n" in doc.text[
            orig[q - 1][1] : orig[q][0]]
        if not opens or kept[orig[q][0] - end] == " ":
            q += 1
            continue
        v = q
        while v < len(toks) and orig[v][0] < at and (
                toks[v].text in _FUNCTION or _strip_conj(toks[v].text) in _FUNCTION
                or toks[v].text in _TIME_WORDS or toks[v].text in _NEGATIONS
                or toks[v].text in lex.stop
                or (toks[v].text[:1] in _ACK and toks[v].text[1:] in lex.stop)):
            v += 1  # «وفي الأثناء، …»: a preposition opens no subject
        if v + 1 < len(toks) and orig[v + 1][0] < at and kept[orig[v + 1][0] - end] != " ":
            w, n = _strip_conj(toks[v].text), toks[v + 1].text
            verb_like = (w[:1].isalpha() and not w.startswith("ال") and len(w) >= 3
                         and w not in lex.stop and not _is_marker(lex, w))
            if verb_like and (n.startswith("ال") or doc.named(v + 1)) and n not in lex.stop:
                return True
            if w.startswith("ال") and n[:1] in "يت" and len(n) >= 4 and n not in lex.stop:
                return True
        q += 1
    return False


_MIN_QUOTED = 6
_MAX_FAR_WORDS = 60
_PLACE_PREPS = _word_set("place_preps")


def _labelled_object(doc: _Doc, a: int, b: int, limit: int) -> bool:
    """Whether the words ``a:b`` read after a labelling verb are one noun phrase that runs
    straight into the label's «بـ» («ثم وصف تحقيق مولر بأنه…», «يصف هذا الاتفاق بالـ…»).

    «وصف» always takes what it describes as its object, so a lone noun phrase before the label
    is that object and the verb's subject was dropped; a written subject comes with a second
    noun phrase («ووصف المالكي المملكة بأنها…»). One phrase is a definite noun (or a
    demonstrative and its noun) with its relative adjectives, or an indefinite head and one
    genitive word; a descriptor or a name at its head («ووصف مصدر بأن…») stays a subject."""
    toks = doc.toks
    if not (a < b <= a + 3 and b < limit and toks[b].text.startswith("ب")):
        return False
    head = toks[a].text
    if (head in doc.lex.descriptors or head.removeprefix("ال") in doc.lex.descriptors
            or doc.named(a)):
        return False  # «ووصف فياتشيسلاف باشكوف صديقه بأنه…»: a name leads its subject
    if head in _DEMONSTRATIVES or head.startswith("ال"):
        # a definite noun takes no genitive: only its adjectives («ويصف الكتاب ترامب بأنه…»
        # is the book's description of Trump)
        first = a + 2 if head in _DEMONSTRATIVES else a + 1
        return all(_nisba(toks[q].text) for q in range(first, b))
    # an indefinite head and its genitive («تحقيق مولر»), never a preposition («ووصف الأخير
    # له بـ…») nor a possessed noun
    return b - a <= 2 and all(
        not toks[q].text.startswith("ال") and len(toks[q].text) > 2
        and toks[q].text not in doc.lex.stop
        and not _possessed(_plain(doc.text, doc.orig[q])) for q in range(a + 1, b))


def _addressee(doc: _Doc, j: int) -> bool:
    """Whether the noun right after a transitive verb is whom it addresses, not its subject: an
    addressee of the lexicon («ودعت جميع الأطراف إلى…»), or a definite sound plural or dual in
    «ين» («ودعا المتقدمين إلى الالتزام…», «دعا الجانبين إلى…»). That ending is the oblique case;
    a subject there would be written «المتقدمون/الجانبان», so the verb's subject was dropped
    and the last speaker goes on. Short words («الصين، البحرين، الأمين») and names are not
    plurals, and a plural takes only adjectives of its own ending before the complement: with
    another noun after it («واتهم الكرملين واشنطن بـ…») it is a singular subject in «ين»."""
    toks = doc.toks
    t = _strip_conj(toks[j].text)
    if t in doc.lex.addressees:
        return True
    if not (t.startswith("ال") and t.endswith("ين") and len(t) >= _MIN_OBLIQUE_PLURAL
            and t not in doc.lex.descriptors and not doc.named(j)):
        return False
    k = j + 1
    while k < len(toks) and toks[k].text.startswith("ال") and toks[k].text.endswith("ين"):
        k += 1  # «المتظاهرين الغاضبين»
    return k < len(toks) and (toks[k].text in _PUNCT or toks[k].text[:1] in "بلع"
                              or toks[k].text in _ILA or _is_marker(doc.lex, toks[k].text))


_MIN_OBLIQUE_PLURAL = 8  # «المسلمين»; «البحرين، التأمين» (7) are single nouns


def _agreeing_subject(lex: _Lex, toks: list[Token], i: int, lo: int, j: int, limit: int) -> bool:
    """Whether the feminine singular addressee noun at ``j`` («الحكومة») is the subject of the
    feminine verb at ``i`` rather than its object: the verb agrees with it, and the noun is
    described or set off (an adjective «اليمنية» or a comma follows), so the sentence goes on to
    the object after it («وطالبت الحكومة اليمنية، مجلس الأمن بالعمل…», «اتهمت الحكومة اليمنية
    الشرعية، الجمعة، ميليشيات الحوثي…»). Straight before the complement («ودعت الحكومة إلى…»,
    «طالبت الحكومة بـ…»), after a masculine verb («طالب الحكومة اليمنية بـ…») or after a relative
    whose antecedent is the subject («السفيرة التي اتهمت الحكومة الروسية باستغلال…») the noun
    stays the object, as the addressee rule reads it."""
    return (toks[j].text.startswith("ال") and toks[j].text.endswith(("ة", "ه"))
            and _agreement(lex, toks[i].text) == "f" and j + 1 < limit
            and not (i > lo and _strip_conj(toks[i - 1].text) in lex.relatives)
            and (toks[j + 1].text in _COMMAS
                 or (toks[j + 1].text.startswith("ال") and toks[j + 1].text not in _ILA)))


def _word_cue(lex: _Lex, word: str) -> Cue | None:
    """The cue of a statement's cue word, read back from its text: a verb or participle form,
    with or without its conjunction, or a participle that is a cue only after a comma («…"،
    متسائلا: "…"»: it agrees and is continued as «مضيفا» is)."""
    return (lex.verbs.get(word) or lex.verbs.get(_strip_conj(word))
            or lex.comma_participles.get(word))


def _agreement(lex: _Lex, word: str) -> str:
    """«m», «f», «pl» or «?» for a cue word (a verb or a participle)."""
    cue = _word_cue(lex, word)
    w = _strip_conj(word)
    if cue is not None and cue.participle:
        return "f" if w.endswith("ه") else "pl" if w.endswith(("ين", "ون")) else "m"
    if w.endswith(("وا", "ون")):
        return "pl"
    if w.endswith(("تا", "ان")):
        return "?"
    if w.endswith("ت") and not w.startswith(("ي", "ت", "ن")):
        return "f"
    if w.startswith("ي"):
        return "m"
    if w.startswith(("ت", "ن")):
        return "?"  # «تقول» she says, «تحدث» he spoke
    return "m"  # «قال، أكد، أضاف»


_UNSURE = frozenset(("believe", "estimate", "predict"))


def _far_source(st: Statement) -> bool:
    """Whether ``st``'s speaker may be continued across sentences: a short referent with no
    figure or quotation, written after its verb or fronted in at most four words, and no
    belief or estimate («التي تعتقد أن…»)."""
    sp = st.speaker
    words = sp.text.split()
    if (st.stance in _UNSURE or sp.start is None or len(words) > 8
            or any(ch.isdigit() or ch in _QUOTES for ch in sp.text)):
        return False
    if sp.entity is None and len(words) >= 3 and normalize(words[0])[:1] in "يتن":
        return False  # «تشرك جسمك بحزام ناسف»: a clause, not a name
    return st.cue_start is None or sp.start > st.cue_start or len(words) <= 4


def _far_speaker(doc: _Doc, last: Statement | None, i: int) -> Speaker | None:
    """The speaker a pronoun-dropped cue continues across sentences with no subject of their
    own: «وقال X إن… . وفي الأثناء، استمر انقطاع الكهرباء… . وأضاف أن…» → X. Only the last
    verbal statement's speaker, in the same paragraph, when outside quotations no clause has
    an explicit subject and no person, body, source noun or other cue stands in between, and
    the cue agrees with that statement's verb (an empty speaker beats a stale one)."""
    if last is None or not last.speaker.text or last.speaker.start is None:
        return None
    text, toks, lex = doc.text, doc.toks, doc.lex
    k = i
    while k > 0 and (toks[k - 1].text in _FUNCTION or _strip_conj(toks[k - 1].text) in _FUNCTION
                     or toks[k - 1].text in _TIME_WORDS or toks[k - 1].text in _ADVERBS):
        k -= 1
    if k > 0 and toks[k - 1].text not in _PUNCT and "\n" not in text[
            doc.orig[k - 1][1] : doc.orig[k][0]]:
        return None  # «لكن مجموعة "الخوذ البيضاء" قالت»: words of the clause before the cue
    if any(_strip_conj(toks[q].text) in lex.relatives for q in range(k, i)):
        return None  # «…، والتي ذكرت»: a relative continues its antecedent
    nxt = doc.toks[i + 1].text if i + 1 < len(toks) else ""
    if {nxt, _strip_conj(nxt), _strip_conj(nxt).removeprefix("ال")} & (
            lex.source_heads | lex.descriptors):
        return None  # «وأفاد بيان صادر عن…»: a subject of its own
    at = doc.orig[i][0]
    end = max(last.end, last.content.end if last.content else last.end)
    if end > at or last.cue_start is None:
        return None
    gap = _unquoted(text, last, end, at)
    if "\n" in gap:
        return None  # only within the paragraph
    words = token_texts(gap)
    if len(words) > _MAX_FAR_WORDS or _subject_between(doc, gap, end, at):
        return None
    for w in words:
        n = normalize(w)
        bare = _strip_conj(n)
        forms = {n, bare, bare.removeprefix("ال"), "ال" + bare}
        other = _cues_of(lex, n)[0]
        if (forms & lex.speaker_heads or (
                other is not None and not other.needs_subject and not other.relayed_only)):
            return None  # «وأظهرت لقطات وزعها مكتب…», another verb of report («وعندما سئلت…
            # أجابت "نعم". وأضافت…»: an answer with no subject written is the same speaker's)
    for ent in doc.entities:
        if last.speaker.entity is not None and ent.id == last.speaker.entity:
            continue
        for m in ent.mentions:
            if not (end <= m.start < at) or m.how == "adjective":
                continue
            if gap[m.start - end] == " ":
                continue  # inside a quotation
            if ent.type not in _SOURCE_TYPES:
                before = text[max(end, m.start - 12) : m.start].split()
                if (text[m.start : m.start + 1] in "بلك" or (before and _strip_conj(
                        normalize(before[-1])) in _PLACE_PREPS)):
                    continue  # «في سوريا», «بدمشق»: a place, not a subject
            return None
    cue_word = normalize(last.cue.split()[0]) if last.cue else ""
    if _word_cue(lex, cue_word) is None:
        return None  # only a verb's statement («بحسب X» is an aside)
    want, has = _agreement(lex, toks[i].text), _agreement(lex, cue_word)
    if "?" not in (want, has) and want != has:
        return None
    return last.speaker


@cache
def _past_stems() -> frozenset[str]:
    """The third masculine singular past stems of the reporting verbs («تابع، لفت»)."""
    return frozenset(normalize(e["past"]) for e in load_json("reporting_verbs.json")["verbs"])


@cache
def _present_stems() -> frozenset[str]:
    """The third masculine singular presents of the reporting verbs less their «ي» («قول» of
    «يقول», «تهم» of «يتهم»): with «ت» instead they are feminine («تقول، وتتهم»)."""
    return frozenset(normalize(e["present"])[1:] for e in load_json("reporting_verbs.json")["verbs"]
                     if normalize(e.get("present", "")).startswith("ي"))


def _verb_agreement(lex: _Lex, word: str) -> str:
    """``_agreement``, surer for past and present forms: a past stem is masculine singular
    («وتابع» he went on, «ولفت»), the stem and «ت» feminine («ونقلت»), and so is a present
    whose «ي» is «ت» («وتتهم», «تقول»), once no past reads the same («تحدث، تعهد» are his)."""
    stems, bare = _past_stems(), _strip_conj(word)
    if bare in stems or word in stems:
        return "m"
    if bare.endswith("ت") and (bare[:-1] in stems or word[:-1] in stems):
        return "f"  # «ونقلت», «وتابعت»
    if bare.startswith("ت") and bare[1:] in _present_stems():
        return "f"
    return _agreement(lex, word)


def _cue_agreement(lex: _Lex, st: Statement) -> str:
    """Agreement of ``st``'s cue verb or participle («?» for a prepositional cue)."""
    word = normalize(st.cue.split()[0]) if st.cue else ""
    cue = _word_cue(lex, word)
    if cue is None or cue.prepositional or (cue.relay and st.via is not None):
        return "?"  # «نقلت الوكالة عن مصدر…»: the verb agrees with the outlet, not the speaker
    return _verb_agreement(lex, word)


def _disagrees(doc: _Doc, last: Statement, i: int, cue: Cue) -> bool:
    """Whether a pronoun-dropped verb cannot continue ``last``: outside its content, the verb
    and ``last``'s cue disagree in gender or number («قالت» then «وأضاف»)."""
    if cue.participle or cue.prepositional or last.content is None:
        return False
    word = normalize(last.cue.split()[0]) if last.cue else ""
    last_cue = doc.lex.verbs.get(word) or doc.lex.verbs.get(_strip_conj(word))
    if last_cue is None or last_cue.participle:
        return False  # «في مطالبة بـ…»: a verbal noun, no gender of its own
    if last.content.start <= doc.orig[i][0] <= last.content.end:
        return False
    want, has = _verb_agreement(doc.lex, doc.toks[i].text), _cue_agreement(doc.lex, last)
    return {want, has} == {"m", "f"}  # a verb before a plural subject is singular


_MAX_CARRIED_WORDS = 80
_BROKEN_PLURALS = _word_set("broken_plurals")
_MASCULINE_HEADS = _word_set("masculine_person_heads")


def _person_gender(speaker: str) -> str:
    """«m» or «f» when ``speaker`` opens with a person's office («وزير الخارجية»,
    «المتحدثة باسم…»), else «?»: an institution's grammatical gender varies with the writer
    («وذكر موقع "لوموند"…، مشيرة»), a person's does not."""
    words = speaker.split()
    if not words:
        return "?"
    head = normalize(words[0]).removeprefix("ال")
    if head in _MASCULINE_HEADS:
        return "m"
    return "f" if words[0].endswith("ة") and head[:-1] in _MASCULINE_HEADS else "?"


_PERSON_GENDER_HEADS = {"m": _word_set("masculine_speaker_heads"),
                        "f": _word_set("feminine_speaker_heads")}
_FEMININE_BODIES = _word_set("feminine_body_heads")


def _head_gender(word: str) -> str:
    """«m» or «f» for a word that names a person of one gender («وزير، المتحدثة، الفتاة،
    والد، الدكتورة»), else «?»."""
    gender = _person_gender(word)
    if gender != "?":
        return gender
    plain = normalize(word)
    for bare in (plain.removeprefix("ال"), _strip_conj(plain).removeprefix("ال")):  # «والد»
        for g, heads in _PERSON_GENDER_HEADS.items():
            if bare in heads and (g == "m" or not bare.endswith("ه") or word.endswith("ة")):
                return g  # («والده», his father, normalises as «والدة», mother, does)
    return "?"


def _plain_gender(speaker: str, body: bool) -> str:
    """«m» or «f» where the gender of ``speaker`` is plain from its first word, else «?»: a
    person's office («وزير»، «المتحدثة») or a person or source noun of one gender («مصدر،
    والد، الشيخ»; «الفتاة، والدة»), unless a person of the other gender is named in its
    apposition («رئيس قسم التوعية… الدكتورة منيرة بلحمر»: the office is written in the
    masculine, the woman holds it; the genitive right after the head, «والد الفتاة», is
    another person); with ``body``, a body in «ة» («الحكومة، وزارة الخارجية»). A bare name
    («ترامب»، «العطية») and a broken plural («مصادر») are «?»: either gender may agree."""
    words = speaker.split()
    if not words:
        return "?"
    gender = _head_gender(words[0])
    if gender != "?":
        other = "f" if gender == "m" else "m"
        return "?" if any(_head_gender(w) == other for w in words[2:]) else gender
    return "f" if body and normalize(words[0]).removeprefix("ال") in _FEMININE_BODIES else "?"


_OBJECT_SUFFIXES = ("", "ه", "ها", "هم", "هما", "هن")


def _stem_agreement(w: str, presents: bool) -> str:
    """«m» or «f» for a verb form ``w`` with no object pronoun: a past stem is his («وصف»;
    «نفا» before a pronoun is «نفى»), with «ت» hers («وصفت، نفت»); with ``presents``, a present
    with «ي» his, with «ت» hers («يتهم، تتهم»); else «?» (a plural «وصفو»، a dual, no known
    verb)."""
    pasts = _past_stems()
    if w in pasts or (w.endswith("ا") and w[:-1] + "ي" in pasts):
        return "m"
    if w.endswith("ت") and (w[:-1] in pasts or w[:-1] + "ي" in pasts):
        return "f"
    if presents and w[:1] in ("ي", "ت") and w[1:] in _present_stems():
        return "m" if w[0] == "ي" else "f"
    return "?"


def _form_agreement(word: str, presents: bool) -> str:
    """``_stem_agreement`` of ``word`` less its conjunction and an object pronoun, the first
    reading that is known (a past's «وصفت» keeps its «و»)."""
    for form in dict.fromkeys((_strip_conj(word), word)):
        for suffix in _OBJECT_SUFFIXES:
            gender = _stem_agreement(form.removesuffix(suffix), presents)
            if gender != "?":
                return gender
    return "?"


def _sure_agreement(word: str) -> str:
    """«m» or «f» for a verb cue whose form is known, maybe with an object pronoun («وتتهم»,
    «ووصفتها», «واتهمه»: a past stem is his, with «ت» hers; a present with «ي» his, with «ت»
    hers), else «?» (``_agreement`` reads any other word as masculine)."""
    return _form_agreement(word, True)


def _speaker_disagrees(lex: _Lex, text: str, st: Statement, cue: Cue) -> bool:
    """Whether ``st``'s speaker, written before its cue or in an earlier sentence (inherited,
    carried or the subject of an earlier verb), cannot be the subject of the cue's verb or
    participle: a feminine cue with a plainly masculine speaker («وتتهم» after «قال الوزير»,
    «وأضافت» after «مصدر أمني») or the other way round («وقال» after «قالت الفتاة»). A verb
    agrees with its subject in gender, so an empty speaker beats a disagreeing one. A subject
    written right after its verb is left to the writer («وأشارت المصدر ذاتها»), and so is a
    verbal noun («سارعت الوزارة إلى نفي…»), which has no gender; so is a verb right after a
    relative or a feminine noun, which agrees with them («المدير التنفيذي… التي قالت»: a
    woman holds the office; «كتب السفير تغريدة تقول»: the tweet says it). A body in «ة» disagrees
    only with a verb in a later sentence: not with a participle (writers leave a body's
    participle masculine: «أعلنت الوزارة…، لافتا»), nor with a verb in its own sentence,
    whose subject may be a member named before it («مقابلة مع أحد أعضاء منظمة وان…،
    يقول»), nor when the body is written as «لـ» after its document («وجاء في بيان
    للحكومة…. وأضاف»: the statement is the verb's subject)."""
    sp = st.speaker
    if (not sp.text or sp.start is None or sp.end is None or st.cue_start is None
            or sp.start >= st.cue_start or cue.nominal):
        return False
    before = text[max(0, st.cue_start - 16) : st.cue_start].split()
    if before and (before[-1].endswith("ة") or normalize(before[-1]) in _ILA
                   or normalize(before[-1]) in lex.relatives):
        return False
    want = _cue_agreement(lex, st)
    if want != "?" and not cue.participle:
        want = _sure_agreement(normalize(st.cue.split()[0]))
    body = (not cue.participle and text[sp.start - 1 : sp.start] != "ل"
            and _SENT_END_RE.search(text, sp.end, st.cue_start) is not None)
    return want in ("m", "f") and _plain_gender(sp.text, body) == ("f" if want == "m" else "m")


def _closing_source(lex: _Lex, text: str, st: Statement) -> bool:
    """Whether ``st`` is a source phrase closing the sentence it sources («…، وفقا لإحصائيات
    منظمة الأمم المتحدة.», «…، حسب التقارير.»): a preposition after its content, maybe with a
    verb of report after it («…، وفق ما قالت وسائل إعلام إسرائيلية.»), with the sentence
    ending right after it («…وفقا لتقرير المنظمة، التي أشارت…»: a relative goes on with the
    source). The callers let the statement it vouches for go on when its clause holds one, and
    the source itself otherwise («…، وفقاً لما ذكرته السفيرة»: after narration, the one who
    said it)."""
    if st.content is None or st.cue_start is None or st.content.end > st.cue_start:
        return False
    if text[st.end : st.end + 3].strip(" ")[:1] not in ("", ".", "!", "؟", "?", "\n"):
        return False
    words = [normalize(w) for w in st.cue.split()]
    if not words or words[0] == _KAMA or lex.verbs.get(words[0]) is not None:
        return False  # («…كما يقول توم كونتريمان»: as he says, his own words)
    return lex.verbs.get(_strip_conj(words[0])) is None and all(
        w.startswith(("ل", "ب")) or w == _MA or lex.verbs.get(w) is not None for w in words[1:])


def _held(out: list[Statement], source: Statement) -> Statement | None:
    """The last statement with a speaker whose cue lies in the clause a closing source phrase
    vouches for («وأكد العطية أن… 250 ألف قتيل، وفقا لإحصائيات…» → Attiyah's)."""
    content = source.content
    assert content is not None
    return next((st for st in reversed(out) if st is not source and st.speaker.text
                 and st.cue_start is not None and content.start <= st.cue_start < content.end),
                None)


def _sourced_speaker(doc: _Doc, out: list[Statement], source: Statement, i: int,
                     cue: Cue, otherwise: Speaker) -> Speaker | None:
    """The speaker a pronoun-dropped cue after a closing source phrase continues. When the
    clause it closes holds a statement, the source only vouches for a detail of it, so the cue
    goes on with that statement's speaker («وأكد العطية أن الحرب خلفت 250 ألف قتيل، وفقا
    لإحصائيات منظمة الأمم المتحدة. وتابع يقول: …» → «العطية»), or with none when the cue
    disagrees with it; after narration the source is the one who goes on («قتل عشرة، بحسب
    المرصد. وأضاف أن…»), ``otherwise``."""
    held = _held(out, source)
    if held is None:
        return otherwise
    return None if _disagrees(doc, held, i, cue) else held.speaker


def _outlet_goes_on(doc: _Doc, last: Statement, i: int, cue: Cue) -> bool:
    """Whether a pronoun-dropped feminine verb after a relay «ونقلت الصحيفة عن الجيش…» goes on
    with the outlet, not the source: the source a masculine singular noun («الجيش», «المصدر»;
    not «مصادر», a broken plural, nor a name, which may be a woman's) or a sound masculine
    plural with its agreeing adjective («مسؤولين مطلعين»), which «وأضافت» cannot have for its
    subject. The mirror case: a masculine verb after a relay from a broken plural («وكان
    المرصد قد نقل عن مصادر…» then «وأضاف أن…»), which agrees with the feminine singular
    («وأضافت المصادر»), goes on with a masculine outlet."""
    if last.via is None or cue.prepositional or not last.speaker.text or last.content is None:
        return False
    if last.content.start <= doc.orig[i][0] <= last.content.end:
        return False
    want = (_gender(doc.toks[i].text, True) if cue.participle
            else _verb_agreement(doc.lex, doc.toks[i].text))
    words = [normalize(w) for w in token_texts(last.speaker.text)]
    head = words[0] if words else ""
    if want == "m":
        outlet = token_texts(last.via.text.strip("\"“”«» "))
        return ("ال" + head.removeprefix("ال") in _BROKEN_PLURALS and bool(outlet)
                and not outlet[0].endswith("ة"))
    if want != "f":
        return False
    if len(words) >= 2 and all(len(w.removeprefix("ال")) > 4 and w.endswith(("ين", "ون"))
                               for w in words[:2]):
        return True  # «نقلا عن مسؤولين مطلعين»: a sound masculine plural with its adjective
    return (len(words) <= 2 and head.startswith("ال") and not head.endswith(("ه", "ات", "ين",
                                                                          "ون", "اء"))
            and head not in _BROKEN_PLURALS and (len(words) == 1 or words[1].startswith("ال")))


def _carried_speaker(doc: _Doc, out: list[Statement], i: int, lo: int,
                     cue: Cue) -> Speaker | None:
    """The speaker a sentence-opening pronoun-dropped verb («وأضاف/وتابع/وأشار…») continues
    across a paragraph of that speaker's words or one short narration paragraph: the nearest
    statement, when its cue verb agrees with it in gender («أضاف» ≠ «أضافت»), in the same
    paragraph, the previous one or the one before it with one paragraph in between, when
    outside quotations no clause between has an explicit subject or opens with a person,
    body, title or source noun, no other cue stands there and no other person is named, and
    at most ``_MAX_CARRIED_WORDS`` words (an empty speaker beats a stale one)."""
    text, toks, lex, orig = doc.text, doc.toks, doc.lex, doc.orig
    if cue.participle or cue.prepositional:
        return None
    k = i
    while k > lo and (toks[k - 1].text in _FUNCTION or toks[k - 1].text in _TIME_WORDS
                      or toks[k - 1].text in _ADVERBS or toks[k - 1].text in _PUNCT):
        k -= 1
    if k > lo:
        return None  # only a verb that opens its sentence
    want = _verb_agreement(lex, toks[i].text)
    if want not in ("m", "f"):
        return None
    at = orig[i][0]
    found = next((st for st in reversed(out) if st.cue_start is not None and st.cue_start < at),
                 None)
    anchor = found  # where the words in between start: after a closing source phrase, whose
    # clause's own statement goes on («…، وفقا لإحصائيات الأمم المتحدة.» → that clause's), a
    # verb of report in it too: «وقالت الشرطة: "…"، وفق ما قالت وسائل إعلام. وأضافت» is the
    # police's (the media relayed their words)
    held = _held(out, found) if found is not None and _closing_source(lex, text, found) else None
    if held is not None:
        found = held
    if (found is None or anchor is None or not found.speaker.text or found.speaker.start is None
            or _cue_agreement(lex, found) != want or not _far_source(found)):
        return None  # an unknown or disagreeing speaker stands in between
    end = max(anchor.end, anchor.content.end if anchor.content else anchor.end)
    if end > at:
        return None
    gap = _unquoted(text, anchor, end, at)
    lines = gap.split("\n")
    if len([ln for ln in lines[1:-1] if ln.strip()]) > 1:
        return None
    if len(token_texts(gap)) > _MAX_CARRIED_WORDS or _subject_between(doc, gap, end, at):
        return None
    first = next((q for q in range(i, -1, -1) if orig[q][0] < end), -1) + 1
    own = {normalize(w).removeprefix("ال") for w in found.speaker.text.split()}
    opened = 0  # words since the clause opened: a noun of person there may be its subject
    for q in range(first, i):
        if gap[orig[q][0] - end] == " ":
            continue  # quoted
        t = toks[q].text
        if t in _CLAUSE_END or "\n" in text[orig[q - 1][1] : orig[q][0]]:
            opened = 0 if t in _CLAUSE_END else 1
            if t in _CLAUSE_END:
                continue
        else:
            opened += 1
        bare = _strip_conj(t)
        forms = {t, bare, bare.removeprefix("ال"), "ال" + bare}
        other = _cues_of(lex, t)[0]
        if (other is not None and not other.needs_subject and not other.relayed_only) or (
                opened <= 3 and forms & lex.speaker_heads):
            return None  # another verb of report, or a person or body opening a clause (not
            # an answer with no subject written: «وعندما سئلت… أجابت "نعم". وأضافت…»)
        if opened == 1 and q + 1 < i and _narrates(doc, gap, end, q, own):
            return None  # «وانتقل حاكم لويزيانا…»: narration with a subject of its own
    nxt = _strip_conj(toks[i + 1].text) if i + 1 < len(toks) else ""
    if {nxt, nxt.removeprefix("ال")} & (lex.source_heads | lex.descriptors):
        return None  # «وأفاد بيان للبيت الأبيض»: a subject of its own
    for ent in doc.entities:
        if ent.type not in ("PER", "person") or (
                found.speaker.entity is not None and ent.id == found.speaker.entity):
            continue
        if any(end <= m.start < at and gap[m.start - end] != " " for m in ent.mentions):
            return None  # another person named in between
    return found.speaker


_DEMONSTRATIVES = _word_set("demonstratives")


def _narrates(doc: _Doc, gap: str, end: int, q: int, own: set[str]) -> bool:
    """Whether the clause opening at ``q`` is narration with a subject of its own: a past verb
    and a noun that is no word of the continued speaker («وانتقل حاكم…»; «ونشر ماكرون…»
    continues Macron; «سنعمل…», «لن تكون…» are the speaker's own words). Any word of that
    shape counts, a noun too («مباريات الهلال…»): an empty speaker beats a stale one."""
    toks, lex = doc.toks, doc.lex
    t, n = toks[q].text, toks[q + 1].text
    if (t in _FUNCTION or t in _TIME_WORDS or t in lex.stop or _strip_conj(t) in _FUNCTION
            or _strip_conj(t) in _DEMONSTRATIVES):
        return False
    if not any(len(v) >= 3 and not v.startswith("ال") and v[0] not in "يتنس"
               and v not in lex.stop and not _is_marker(lex, v)
               for v in ({t[1:]} if t[:1] in _ACK else set()) | {t}):
        return False  # a past verb, with or without «و/ف» («وفي الأثناء، استمر انقطاع…»)
    if gap[doc.orig[q + 1][0] - end] == " " or n in _PUNCT or n in _QUOTES:
        return False
    return not ({n, _strip_conj(n)} & (_FUNCTION | _TIME_WORDS | lex.stop) or n[0] in "بلك"
                or n.removeprefix("ال") in own or not n[0].isalpha())


# The possessive suffixes a statement noun takes («تقريرها، تصريحاتهم، بيانه»)
_SETTING_SUFFIXES = ("ها", "هم", "ه")


def _setting_word(t: str) -> bool:
    """«تقريرها، بيانه، تصريحاتهم»: a statement noun with a possessive suffix."""
    return any(t.endswith(suf) and t[: -len(suf)] in _SETTING_NOUNS for suf in _SETTING_SUFFIXES)


def _circumstantial(doc: _Doc, j: int) -> bool:
    """Whether the word right after a verb is an indefinite accusative participle of manner
    («مقدما، معربا، متحدثا»: «م…ا», no article, not a name): the subject was dropped."""
    t = doc.toks[j].text
    body = t[1:-1]  # «مُفعِلا، مُفاعِلا، مُتفعِّلا»: no «ي/و» and no «ا» but the pattern's
    if ("ي" in body or "و" in body or body.count("ا") > 1 or body.find("ا") in (0, 3, 4)
            or t.endswith(("نا", "ها"))):
        return False  # «ميلانيا، مالطا»: a name; «مراسلنا، مساحتها»: a possessed noun
    return (t.startswith("م") and t.endswith("ا") and 5 <= len(t) <= 7 and not doc.named(j)
            and not any(ent_m.start <= doc.orig[j][0] < ent_m.end
                        for ent in doc.entities for ent_m in ent.mentions))


def _cut_before(doc: _Doc, prev: Statement, st: Statement, i: int, lo: int) -> None:
    """End ``prev``'s content before a new source's statement that interrupts it
    («…، فيما قال المتحدث إن…»)."""
    content = prev.content
    q0 = st.cue_start if st.cue_start is not None else st.start
    if content is None or not (content.start < q0 < content.end):
        return
    if st.speaker.start is not None and st.speaker.start == prev.speaker.start:
        return
    toks, orig = doc.toks, doc.orig
    k = i
    while k > lo and (toks[k - 1].text in _FUNCTION or toks[k - 1].text in _PUNCT):
        k -= 1
    boundary = k < i or toks[i].text[0] in _ACK
    if not boundary or k <= lo:
        return
    cut = orig[k][0]
    while cut > content.start and doc.text[cut - 1] in " ،,؛;":
        cut -= 1
    if cut - content.start < 3:
        return
    content.text, content.end = doc.text[content.start : cut], cut
    ends = [cut, prev.cue_end or cut]
    if prev.speaker.end is not None and (prev.speaker.start or 0) >= prev.start:
        ends.append(prev.speaker.end)
    prev.end = max(ends)


@dataclass(slots=True)
class _Cover:
    """Mention spans sorted by start, with the furthest end among each prefix: whether some
    span covers ``s0:s1`` is one bisect (the spans that start at or before ``s0``) and one
    comparison, instead of a pass over every mention of the article per token asked about."""
    starts: list[int]
    furthest: list[int]

    @classmethod
    def of(cls, spans: Iterable[tuple[int, int]]) -> _Cover:
        ordered = sorted(spans)
        furthest = list(accumulate((end for _, end in ordered), max))
        return cls([start for start, _ in ordered], furthest)

    def covers(self, s0: int, s1: int) -> bool:
        """Whether a span starts at or before ``s0`` and ends at or after ``s1``."""
        k = bisect_right(self.starts, s0)
        return k > 0 and self.furthest[k - 1] >= s1


@dataclass(slots=True)
class _Doc:
    text: str
    view: NormalizedText
    norm: str
    toks: list[Token]
    orig: list[tuple[int, int]]
    entities: Sequence[Entity]
    lex: _Lex
    before: int | None = None  # first token of the sentence before the current one
    spoken: set[str] = field(default_factory=set)  # words of the speakers named so far
    lone_spoken: set[str] = field(default_factory=set)  # speakers so far named in one word
    names: frozenset[str] = frozenset()  # bare words the article sets off as a name (_set_off)
    first_at: dict[str, int] | None = None  # each word's first offset (``written_before``)
    surnames: dict[str, int] | None = None  # everyday words written as surnames (surname_before)
    leads: list[int] | None = None  # tokens that may open a nominal report (recipient_leads)
    mention_cover: _Cover | None = None  # every entity mention's span (``named``)
    person_cover: _Cover | None = None  # every person mention's span (``person``)

    def speaker(self, a: int, b: int, lead_l: bool = False, strip_conj: bool = False) -> Speaker:
        b = self.referent_end(a, b)
        s0, s1 = self.orig[a][0], self.orig[b - 1][1]
        if lead_l or (strip_conj and self.text.startswith(("وال", "فال"), s0)):
            s0 += 1
        words = self.text[s0:s1]
        label = words
        if lead_l and words.startswith("ل"):  # «للمرصد» → «المرصد»
            label = "ا" + words
        return Speaker(label, _link(self.entities, s0, s1, self.host(a, b)), s0, s1,
                       _role(self.entities, self.text, s0, s1))

    def referent_end(self, a: int, b: int) -> int:
        """Where speaker tokens ``a:b`` end before a setting that refers back to them: a
        word of ``referring_setting_leads`` whose noun, right after it or after one bare noun
        in construct, carries a possessive pronoun and names no people («الصفدي من جهته»,
        «افراموبولوس عشية اجتماعه», «لافروف في مستهل محادثاته»). The pronoun is the
        speaker's own, so the phrase says where or when they spoke, never who: a speaker is
        a referent, not its occasion. Left whole: a speaker of descriptor words only («عضو
        في حزبه»: whose party tells which member), a possessed noun naming people («مقرب من
        رئيسه»), a definite noun after the word («من الدكتور عبدالله»). Also before a
        pronoun lead («التلفزيون العراقي لكنه»: «but it» opens the next clause, its pronoun
        no part of the name it resumes), and before an «at the time» adverb that closes the
        span («مسؤول أمريكي وقتها»: when it spoke; «وزير الخارجية وقتها جون كيري», with the
        name after it, dates the title and stays)."""
        lex = self.lex
        if b - 1 > a and self.toks[b - 1].text in _THEN_ADVERBS:
            b -= 1
        for k in range(a + 1, b):
            if self.toks[k].text in _PRONOUN_LEADS:
                return k
            if k + 1 == b or self.toks[k].text not in _REFERRING_SETTING:
                continue
            if all(_strip_conj(self.toks[q].text) in lex.descriptors for q in range(a, k)):
                return b
            noun = k + 1
            first = self.toks[noun].text
            if (noun + 1 < b and not first.startswith("ال") and first[:1].isalpha()
                    and not _possessed(_plain(self.text, self.orig[noun]))):
                noun += 1  # «في مستهل محادثاته», «لدى عرض برنامجه»
            spelt = _plain(self.text, self.orig[noun])
            if (_possessed(spelt) and not _possessed_person(lex, spelt)
                    and _verb_cue(lex, self.toks[noun].text) is None):
                return k
        return b

    def host(self, a: int, b: int) -> int | None:
        """Where the host opens in speaker tokens ``a:b``: a state or body named right after
        «لدى» («مندوب روسيا الدائم لدى الأمم المتحدة»), or after «في/إلى» when an envoy heads
        the speaker («المندوب الروسي في مجلس الأمن»). The envoy speaks for the state before it,
        not for the one that receives them; after any other head «في» names the speaker's own
        body («رئيس الوزراء في حكومة الوفاق»), and «لدى وصوله» names no body at all."""
        envoy = _strip_conj(self.toks[a].text).removeprefix("ال") in _ENVOY_HEADS
        for k in range(a + 1, b - 1):
            t = self.toks[k].text
            if t in _HOST_PREPS or (envoy and t in _ENVOY_PREPS):
                ent = self.edge(k + 1, end=False)
                if ent is not None and ent.type not in _PERSON_TYPES:
                    return self.orig[k][0]
        return None

    def written_before(self, word: str, start: int) -> bool:
        """Whether ``word`` stands as a whole word in the text before offset ``start``: a
        lookup in the first offset of each word, built once per document (the cues of a long
        article would otherwise rescan its opening each)."""
        if self.first_at is None:
            self.first_at = {}
            for m in _WORD_RE.finditer(self.text):
                self.first_at.setdefault(m.group(), m.start())
        if _WORD_RE.fullmatch(word):
            return self.first_at.get(word, start) < start
        # a token of more than one word run («آل-سعود»): the bounded search
        bounded = re.compile(rf"(?<!\w){re.escape(word)}(?!\w)")
        return bounded.search(self.text, 0, start) is not None

    def surname_before(self, word: str, start: int) -> bool:
        """Whether the everyday word ``word`` (normalized) was written before offset ``start``
        as the last word of a two-word name: right after a bare word that is no everyday word,
        no stop word and no cue («الناشط… براين دولي» makes a later «دولي أكد…» the man, not
        "international"; «الوزير جهات» is no name). Found once per document."""
        if self.surnames is None:
            common, lex = load_everyday_words().common, self.lex
            self.surnames = {}
            for q in range(1, len(self.toks)):
                w, prev = self.toks[q].text, self.toks[q - 1].text
                if (w in common and prev[:1].isalpha() and prev not in common
                        and not prev.startswith("ال") and prev not in lex.stop
                        and prev not in _FUNCTION and _verb_cue(lex, prev) is None):
                    self.surnames.setdefault(w, self.orig[q][0])
        return self.surnames.get(word, start) < start

    def recipient_leads(self, lo: int, hi: int) -> list[int]:
        """The tokens in ``lo:hi`` that may open a nominal report («تصريح», «التغريدات»),
        in order: listed once per document, since every cue of a sentence asks for those
        before it (a rescan from the sentence start per cue is quadratic in a long one)."""
        if self.leads is None:
            self.leads = [k for k, t in enumerate(self.toks) if t.text in _RECIPIENT_LEAD or (
                t.text.startswith("ال") and t.text[2:] in _RECIPIENT_LEAD)]
        return self.leads[bisect_left(self.leads, lo):bisect_left(self.leads, hi)]

    def named(self, k: int) -> bool:
        """Whether an entity mention covers token ``k``."""
        if self.toks[k].text in self.names:
            return True
        if self.mention_cover is None:
            self.mention_cover = _Cover.of((m.start, m.end) for e in self.entities
                                           for m in e.mentions)
        return self.mention_cover.covers(*self.orig[k])

    def person(self, k: int) -> bool:
        """Whether a person mention covers token ``k``."""
        if self.person_cover is None:
            self.person_cover = _Cover.of((m.start, m.end) for e in self.entities
                                          if e.type in _PERSON_TYPES for m in e.mentions)
        return self.person_cover.covers(*self.orig[k])

    def edge(self, k: int, end: bool) -> Entity | None:
        """The entity a name (not an adjective) of which ends (``end``) or starts at token ``k``."""
        s0, s1 = self.orig[k]
        for e in self.entities:
            for m in e.mentions:
                if m.how != "adjective" and (s0 < m.end <= s1 if end else s0 <= m.start < s1):
                    return e
        return None

    def ref(self, a: int, b: int) -> SpanRef:
        s0, s1 = self.orig[a][0], self.orig[b - 1][1]
        return SpanRef(self.text[s0:s1], s0, s1, _link(self.entities, s0, s1))


# a court and the papers of a case: a source after «بحسب/وفقا لـ» only (never a speaker's head)
_COURT_DOCUMENTS = _word_set("court_documents")
# a body, the media or an unnamed group: a source after «بحسب/وفقا لـ» only
_PREP_SOURCE_HEADS = _word_set("prep_source_heads")


def _is_source(doc: _Doc, a: int, b: int) -> bool:
    """«بحسب/حسب/وفقا لـ» name a source only before a source-like noun or a named entity
    («بحسب المرصد», not «حسب تعليمات الرئيس»). Source-like: a source head, a court's papers,
    a body or an unnamed group (``prep_source_heads``: «بحسب مفوضية الانتخابات», «بحسب
    دبلوماسيين»), an outlet that relays («بحسب سكاي نيوز»), any of these after a quantifier
    («بحسب بعض الدراسات», «بحسب نفس المصدر»), or a title heading a person (with the «ل» of
    «وفقا لـ» fused to it: «ووفقا لزعيم الحزب…», «وفقا للنائب إد رويس»)."""
    lex = doc.lex
    first = doc.toks[a].text
    forms = {first, _strip_conj(first)}
    for w in list(forms):
        if w.startswith("لل"):
            forms.add("ا" + w[1:])
        if w.startswith("ل") and len(w) > 2:
            forms.add(w[1:])
    forms |= {w[2:] for w in forms if w.startswith("ال")}
    if forms & (lex.source_heads | _COURT_DOCUMENTS | _PREP_SOURCE_HEADS | lex.outlets):
        return True  # also «، بحسب المحكمة.», «وفقا لأوراق المحكمة»: a case is told by its papers
    if b > a + 1 and forms & _SOURCE_QUANTIFIERS:
        return _is_source(doc, a + 1, b)  # «وبحسب بعض الدراسات», «وفقاً لآخر تقديرات…»
    if any(doc.toks[k].text in lex.descriptors for k in range(a + 1, b)):
        return True  # «بحسب فراس مؤذن مدير الاحتراف»: a name with its title is a person
    titles = forms & (lex.descriptors | lex.titles)
    if b > a + 1 and titles and doc.toks[a + 1].text.startswith("ال"):
        return True  # «ووفق مدير المرصد، رامي عبد الرحمن», «ووفقا لزعيم الحزب…»: a title of a
        # definite body
    if b > a + 1 and _strip_conj(first).startswith("لل") and (
            _strip_conj(first)[2:] in titles) and doc.toks[a + 1].text not in _FUNCTION:
        return True  # «وفقا للنائب إد رويس»: the article's title before the name it heads (not
        # a bare «حسب الشيخ جعفر», also a poet's name)
    if b - a <= 2 and forms & doc.spoken and all(
            doc.toks[k].text in doc.spoken for k in range(a + 1, b)):
        return True  # «بحسب حمزة», «ووفقا لبومبيو»: a name that has spoken earlier in the article
    s0, s1 = doc.orig[a][0], doc.orig[b - 1][1]
    return any(
        m.start < doc.orig[a][1] and m.end > s0 and m.end <= s1
        for ent in doc.entities
        if ent.type in _SOURCE_TYPES
        for m in ent.mentions
    )


_ANTECEDENT_LEADS = _word_set("antecedent_leads")
_RELATIVE_MA = _word_set("relative_ma")
_RELATIVE_MA_PREP = _word_set("relative_ma_prep")
_RELATIVE_LABEL_LEADS = _RELATIVE_MA | _RELATIVE_MA_PREP  # «ما/عما/ممن وصفه بـ…»
_LEADS = _ANTECEDENT_LEADS | _RELATIVE_MA


def _relative_cue(doc: _Doc, i: int, lo: int) -> str | None:
    """«clause» when the cue at ``i`` follows «(وهو) ما» or «الأمر الذي» whose antecedent is the
    previous clause («…، وهو ما تؤكده الولايات المتحدة», «وهو الأمر الذي نفته طهران»: that
    clause is what was said), «ma» after a bare relative «ما» («بسبب ما وصفها بأنها…»), else
    None."""
    toks = doc.toks
    if i - 1 <= lo:
        return None
    before = toks[i - 1].text
    lead = toks[i - 2].text
    if before in _RELATIVE_MA:
        return "clause" if lead in _ANTECEDENT_LEADS else "ma"
    if before in doc.lex.relatives and lead in _ANTECEDENT_LEADS and lead not in _PRONOUN_LEADS:
        return "clause"  # «الأمر الذي», not «وهو الذي» (a person)
    return None


_MA_MARKERS = _word_set("ma_markers")
# Stances whose verbs take one object and no predicate («نفى، أكد، أدان، كشف، أعلن، اعترف،
# زعم»), unlike a view («اعتبرها تدريبا»), a report («وجدها خالية») or a demand («دعاه إلى»)
_ONE_OBJECT_STANCES = frozenset({"deny", "assert", "condemn", "reveal", "announce", "admit",
                                 "claim"})
_MAX_LONE_NAMES = 3  # «ينفيه ترامب وموسكو وبكين»


def _lone_names(lex: _Lex, text: str) -> bool:
    """Whether a subject is one word or a few one-word names joined by «و» («موسكو», «ترامب
    وموسكو»): after «وهو ما/الأمر الذي» such a subject names who spoke, where a longer bare
    phrase may be the verb's object and its complement («ما دعا واشنطن إلى…»). A word whose
    «و» is a root letter or joins a speaker's head noun («طهران وكالة…», «ترامب ووزير…») opens
    a longer phrase, not another name."""
    words = text.split()
    return 0 < len(words) <= _MAX_LONE_NAMES and all(
        w.startswith("و") and len(w) > 2
        and not {normalize(w), normalize(w[1:])} & lex.speaker_heads for w in words[1:])


def _relative_ok(doc: _Doc, rel: str, word: str, post_ok: bool, sp_a: int, speaker: Speaker,
                 found: tuple[int, int, int] | None, start: int) -> bool:
    """Whether a cue after «ما»/«الأمر الذي» is a statement: a definite or named subject after
    it and the previous clause as content («وهو ما نفته دمشق»), or, after a bare «ما», its own
    «بأن/بـ» description right after the subject («ما وصفها بأنها انتهاكات») or a marker with
    the pronoun of «ما» after a definite or named subject («ما تقول الدول الأربع إنه…»)."""
    if found is None or not speaker.text:
        return False
    named = post_ok and (doc.toks[sp_a].text.startswith("ال") or doc.named(sp_a))
    cue = doc.lex.verbs.get(word) or doc.lex.verbs.get(_strip_conj(word))
    if (rel == "clause" and post_ok and not named and cue is not None and cue.object_ok
            and not cue.transitive and not cue.needs_content and speaker.end is not None
            and _lone_names(doc.lex, speaker.text)):
        named = True  # «وهو ما تنفيه موسكو بشدة»: a lone name (not «ما دعا واشنطن إلى…»)
    if (rel == "clause" and post_ok and not named and _object_suffixed(doc.lex, word)
            and speaker.end is not None and _lone_names(doc.lex, speaker.text)):
        named = True  # «وهو ما اعتبرته موسكو استباقا»: the pronoun is «ما», a lone name speaks
    if rel == "clause" and not post_ok:
        # «…، وهو ما وصفه بأنه جريمة»: no subject, the enclosing speaker's own «بأن/بـ»
        return (_object_suffixed(doc.lex, word) and found[0] == start
                and doc.toks[start].text.startswith("ب"))
    if rel == "clause":
        # the previous clause for a definite or named subject; its own content («وهو الأمر
        # الذي نفى عدد من قيادات اللجنة… أن يكون…») for any referent
        return named or (post_ok and found[0] >= start)
    toks = doc.toks
    if named and found[0] == start and toks[start].text in _MA_MARKERS:
        return True  # «بسبب ما تقول الدول الأربع إنه "دعم…"»: the marker's pronoun is «ما»
    if post_ok and cue is not None and cue.object_ok and _object_suffixed(doc.lex, word) and (
            (found[0] == start + 1 and toks[start].text in _QUOTES)
            or (toks[start].text in _FI and start + 1 < found[0] <= start + 3
                and toks[found[0]].text.startswith("ب")
                and not any(toks[q].text in _PUNCT for q in range(start, found[0])))):
        # the pronoun is «ما» and what follows the written subject is the label given to it:
        # quoted without «بـ» («ما وصفتها موسكو "جماعات مسلحة غير شرعية"») or after the
        # subject's place («ما يصفه مجلس المعارضة في دوما بـ"كارثة"»)
        return True
    return _object_suffixed(doc.lex, word) and (
        (found[0] == start and toks[start].text.startswith("ب"))
        or (found[0] == start + 1 and toks[start].text in _QUOTES
            and len(toks[found[0]].text) > 3 and toks[found[0]].text.startswith("ب")))
    # («بعد رصد ما وصفه الجيش "بنشاط غير عادي…"»: the «بـ» inside the quotation)


def _labelled_inside(doc: _Doc, i: int, lo: int, cue: Cue, enclosing: Statement | None) -> bool:
    """Whether the cue at ``i`` gives a label of its own (``_label_after``) after «ما/من» with a
    preposition fused or alone («عما، مما، بما، من، ممن») inside the words of a speaker who is
    named: «وقال بوزداغ إن القوات… ستطهر عفرين ممن وصفهم بالإرهابيين» is Bozdag's label, so it
    is his statement too. A verbal noun there is none («بعد ساعات من قول الرئيس…»: the
    preposition «من»). Outside another's words a singular past is asked for, and the subject of
    the sentence's clause speaks (``_build``: «دافع ظريف… عما وصفه باتفاق "متوازن"»)."""
    if enclosing is None:  # outside anyone's words: the sentence's subject, if the verb is
        # a singular past whose subject was dropped (see ``_governing_subject``)
        agrees = _form_agreement(doc.toks[i].text, False) in ("m", "f")
    else:
        agrees = bool(enclosing.speaker.text) and _speakers_form(doc.lex, doc.toks[i].text,
                                                                 enclosing)
    return (agrees and i > lo and doc.toks[i - 1].text in _RELATIVE_MA_PREP
            and _label_after(doc, i, cue) is not None)


def _speakers_form(lex: _Lex, word: str, enclosing: Statement) -> bool:
    """Whether the relative's verb ``word`` can have ``enclosing``'s speaker as its dropped
    subject: a third-person singular past («وصفهم، وصفتها») of his gender, the gender his own
    cue shows or, for a source or «بحسب», his name's. A present («تستهدف من يصفونهم بالخونة»,
    «لن تلتفت إلى من يصفها بالفشل»: «من» or the clause's plural is its subject), a plural
    («من وصفوهم») or the other gender names someone else in his words, so the label is no
    statement of his."""
    has = _form_agreement(word, False)
    if has == "?":
        return False
    want = _cue_agreement(lex, enclosing)
    if want not in ("m", "f"):
        want = _plain_gender(enclosing.speaker.text, True)
    return want == "?" or want == has


def _label_after(doc: _Doc, i: int, cue: Cue) -> tuple[int, int, int] | None:
    """The label a subjectless relative cue that carries its object gives it right after the
    verb, «بـ» or a quotation opening on «بـ» («ما وصفه بـ"مزاعم شائنة"», «لما وصفه
    "بالسيناريوهات الغربية"»): to the quotation's end when it is quoted, else to the clause's
    end (``_content`` takes «بـ» after an object-suffixed cue only once its subject is
    written). The label is all the cue says; the words around it stay the governing
    speaker's."""
    toks = doc.toks
    start, limit = i + 1, len(toks)
    if (cue.nominal or not cue.needs_content or not _object_suffixed(doc.lex, toks[i].text)
            or start + 1 >= limit):
        return None
    t = toks[start].text
    if t == "ب" and toks[start + 1].text in _QUOTES:
        close = _quote_end(toks, start + 1, min(limit, start + 2 + _MAX_SPEAKER))
        return (start, close + 1, start) if close is not None else None
    if t in _QUOTES and toks[start + 1].text.startswith("ب"):
        close = _quote_end(toks, start, min(limit, start + 1 + _MAX_SPEAKER))
        return (start, close + 1, start) if close is not None else None
    return (start, _clause_end(toks, start, limit), start) if t.startswith("ب") else None


def _antecedent_clause(doc: _Doc, i: int, lo: int) -> tuple[int, int] | None:
    """The clause before «وهو ما/الأمر الذي» at ``i``: back to the comma or sentence start."""
    toks = doc.toks
    end = i - 1
    while end > lo and (toks[end - 1].text in _ANTECEDENT_LEADS
                        or toks[end - 1].text in _RELATIVE_MA
                        or toks[end - 1].text in doc.lex.relatives):
        end -= 1
    while end > lo and toks[end - 1].text in _PUNCT:
        end -= 1
    start = end - 1
    while start > lo and toks[start - 1].text not in _CLAUSE_END:
        start -= 1
    return (start, end) if end - start >= 2 else None


_ASKED = _word_set("asked_forms")
_ASKED_LEADS = _word_set("asked_leads")
_ASKED_ABOUT = _word_set("asked_about")


def _asked_subject(doc: _Doc, i: int, lo: int) -> tuple[int, int] | None:
    """The one asked in «(و)عندما/حين سئل X عن…» earlier in the cue's clause: the answer's
    verb drops its subject because the question clause named him («وعندما سئل دانفورد عما إذا
    كانت هناك فرصة… قال: "…"», «حين سئل ترامب في مقابلة… قال…»). Another verb of saying, a
    colon or a quotation between them leaves the cue to the usual rules."""
    lex, toks = doc.lex, doc.toks
    for k in range(i - 1, lo, -1):
        t = toks[k].text
        if t in _QUOTES or t in (":", ".") or _verb_cue(lex, t) is not None:
            return None
        if t in _ASKED and _strip_conj(toks[k - 1].text) in _ASKED_LEADS:
            end = k + 1  # the name ends where the question («عن، عما، إن، إذا») or a setting begins
            while (end < min(i, k + 1 + _MAX_SPEAKER) and toks[end].text not in _ASKED_ABOUT
                   and toks[end].text not in lex.stop and toks[end].text not in _FUNCTION
                   and toks[end].text not in _PUNCT and toks[end].text not in _QUOTES):
                end += 1
            if end > k + 1 and _referent(lex, doc.text, toks, doc.orig, k + 1, end):
                return k + 1, end
            return None
    return None


def _kana_qad(doc: _Doc, pre: tuple[int, int] | None, i: int, lo: int) -> bool:
    """Whether the subject ``pre`` sits in «(و)كان X قد VERB» right before the cue at ``i``:
    that frame names the verb's subject before it, so the noun after any verb, transitive or
    not, is its object («وكان أبي أحمد قد وصف سد النهضة… بأنه…»: not the dam)."""
    return (pre is not None and pre[1] == i - 1 and doc.toks[i - 1].text == _QAD
            and pre[0] > lo and _strip_conj(doc.toks[pre[0] - 1].text) in _KANA)


def _build(
    doc: _Doc,
    i: int,
    cue_len: int,
    cue: Cue,
    lo: int,
    hi: int,
    inherit: Speaker | None,
    inside: bool,
    lead_ok: bool = True,
    far: Speaker | None = None,
    coordinated: bool = False,
    enclosing: Statement | None = None,
    own_voice: bool = False,
) -> tuple[Statement, int, int, bool] | None:
    """(statement, content end index, where the scan resumes, whether the speaker is written
    here) for the cue at ``i``. ``lead_ok``: «بحسب ما/كما» before the verb may make it the
    source of the rest of the sentence. «كما» opening a sentence is first read as "also"
    («كما أشاد الأسد بنظام…»: an ordinary statement), and only failing that as "as X said".
    ``own_voice``: a first-person cue outside any quotation (:func:`_own_voice`), whose
    dropped subject is «I/we», never a third person's."""
    if (lead_ok and not cue.prepositional and i > lo and _KAMA_RE.match(doc.toks[i - 1].text)
            and _trim_end(doc.toks, lo, i - 1) == lo):
        built = _build(doc, i, cue_len, cue, lo, hi, inherit, inside, lead_ok=False, far=far,
                       coordinated=coordinated, enclosing=enclosing, own_voice=own_voice)
        if built is not None or cue.needs_content:
            return built  # («كما علقت قوات الأمن أيضا السفر…»: a cue needing content of its
            # own found none; "as X commented" would make the rest of the sentence its words)
    lex, toks, orig, text = doc.lex, doc.toks, doc.orig, doc.text
    j = i + cue_len
    limit = _trim_end(toks, lo, hi)
    if cue.prepositional:
        if j < limit and (toks[j].text in lex.source_leads
                          or toks[i + cue_len - 1].text in lex.source_leads):
            return None  # «بحسب ما ذكرت الوكالة»: the verb after «ما» builds the statement
        first_tok = toks[i + cue_len - 1].text
        if (cue_len > 1 and first_tok.startswith("ل") and first_tok in lex.not_speaker
                and first_tok not in ("ل", "لـ")):
            return None  # «ما جاء في تغريدة له»: a pronoun, resolved by no source
        sp_start = j
        lead_l = (first_tok.startswith("ل") and len(first_tok) > 1 and cue_len > 1
                  and toks[i + cue_len - 1].text != _LISAN)
        if lead_l:
            sp_start = i + cue_len - 1
        sp_end = _speaker_after(lex, toks, j, limit)
        quoted = -1
        if not lead_l and j < limit and toks[j].text in _QUOTES:
            close = _quote_end(toks, j, min(limit + 1, j + 8, len(toks)))
            if close is not None and close > j + 1:
                sp_start, sp_end = j + 1, close  # «وفق "رويترز"»
                quoted = close
        elif not lead_l and j + 2 < limit and toks[j].text == "(":
            close = next((k for k in range(j + 2, min(limit, j + 9)) if toks[k].text == ")"),
                         None)
            if close is not None:
                sp_start, sp_end = j + 1, close  # «وبحسب (المرصد السوري لحقوق الإنسان)»
        if sp_start >= len(toks):
            return None  # «…، بحسب» closing the text: the source phrase names nobody
        words_noun = toks[sp_start].text[1:] if lead_l else toks[sp_start].text
        said_at = sp_start
        if (sp_end - sp_start > 1 and words_noun in _SOURCE_SAID_NOUNS
                and _genitive_source(doc, sp_start + 1)):
            # «…، حسب قول الكاتب», «وفقا لتصريحات الوزير»: the noun names the words, its
            # genitive is the source who said them (and a title after the noun still makes
            # a person of it: «وفق تصريحات قائد عسكري سوري»)
            sp_start, lead_l = sp_start + 1, False
        if lead_l:
            sp_end = max(sp_end, sp_start + 1)
        if sp_end <= sp_start:
            return None
        if sp_end - sp_start > 1:
            sp_end = _object_cut(doc, sp_start, sp_end, True)  # «وحسب الوكالة طلبت…»
        if (j == i + 2 and _strip_conj(toks[i].text) in _JAA and j < limit
                and toks[j].text.removeprefix("ال") not in _SETTING_NOUNS | _JAA_TEXTS):
            return None  # «وجاء في التقرير أن…» names a text; «وجاء في المركز الثاني» ranks
        if j == i + 2 and _strip_conj(toks[i].text) in _JAA and any(
                toks[q].text in _NOMINAL_ALL for q in range(j + 1, min(limit, j + _MAX_JAA))):
            return None  # «وجاء في الرسالة، التي…، قول جاويد: …»: the writer's words in it
        generic = toks[i].text in _GENERIC_PREPS or _strip_conj(toks[i].text) in _GENERIC_PREPS
        if generic and not _is_source(doc, sp_start, sp_end) and not (
                said_at < sp_start and _is_source(doc, said_at, sp_end)) and not (
                quoted >= 0 and _report_after(doc, quoted + 1, limit)):
            # a quoted name before another's report relays it («ووفقا لـ"سايت"، يؤكد X أنه…»);
            # alone it may be anything («وفقا لـ"القانون الجديد" يجب…»)
            return None
        lone = _plain(text, doc.orig[sp_start])
        if (sp_end == sp_start + 1 and len(lone) > 3 and lone.endswith("ية")
                and not lone.startswith(("ال", "لل")) and not doc.named(sp_start)):
            return None  # «من وجهة نظر فنية/سياسية»: a lone indefinite adjective is no source
            # (not «وفقا لمفوضية الانتخابات»: a noun in «ية» with its genitive)
        source = doc.speaker(sp_start, sp_end, lead_l)
        relay_via: SpanRef | None = None
        resume = j
        gloss = _after_gloss(toks, sp_end, limit)
        if gloss > sp_end and gloss + 2 < limit and toks[gloss].text in _NAQLAN:
            sp_end = gloss  # «لوكالة الأنباء السورية الرسمية (سانا) نقلا عن…»
            source = doc.speaker(sp_start, sp_end, lead_l)
        naqlan = (sp_end + 2 < limit and toks[sp_end].text in _NAQLAN
                  and toks[sp_end + 1].text == _AN)
        jaa_an = (not naqlan and _strip_conj(toks[i].text) in _JAA and sp_end + 1 < limit
                  and toks[sp_end].text == _AN)
        if naqlan or jaa_an:
            # «ووفقا لوكالة سانا نقلا عن مصدر عسكري قال إن…»: the source relays Y's words; so
            # does a text that Y spoke to («وجاء في صحيفة "…" عن مصدر من البنتاغون، بأن…»),
            # when Y is a source and not the topic after «عن» («التقرير عن الوضع»)
            y0 = sp_end + 1 + naqlan
            y1, _ = _trim_said(lex, toks, y0, _speaker_after(lex, toks, y0, limit), limit)
            if _referent(lex, text, toks, orig, y0, y1) and (naqlan or _is_source(doc, y0, y1)):
                relay_via = SpanRef(source.text, source.start or 0, source.end or 0,
                                    source.entity)
                source = doc.speaker(y0, y1)
                sp_end = resume = y1
                while sp_end < limit and (toks[sp_end].text in _PUNCT
                                          or toks[sp_end].text in lex.relay_said
                                          or _verb_cue(lex, toks[sp_end].text) is not None):
                    sp_end += 1  # «… قال إن»: the relayed verb opens the content
                resume = sp_end
        # content: the rest of the sentence on the other side of the source
        before = _trim_end(toks, lo, i)
        if before - lo >= 3 and relay_via is None and _strip_conj(toks[i].text) not in _JAA:
            c0, c1 = lo, before  # («…، وجاء في البيان أن…»: what came in it follows)
        else:
            c0, c1 = sp_end, limit
            while c0 < c1 and (toks[c0].text in _PUNCT or toks[c0].text in ("فان", "فإن")
                               or c0 == quoted):
                c0 += 1  # (and the quote closing the source's name)
            if (_strip_conj(toks[i].text) in _JAA and c0 < c1 and _is_marker(lex, toks[c0].text)
                    and any(_verb_cue(lex, toks[q].text) is not None
                            for q in range(c0 + 2, min(c1, c0 + 7)))
                    and not any(toks[q].text in _PUNCT or toks[q].text in _QUOTES
                                for q in range(c0 + 1, min(c1, c0 + 7)))):
                return None  # «وجاء في بيان لمكتب ماكرون أن الرئيس أبلغ…»: a report inside
        if c1 - c0 < 2:
            return None
        return (_make(doc, i, i + cue_len, cue, source, c0, c1, None, relay_via), c1,
                max(j, resume), True)
    word = toks[i].text
    if j < limit and toks[j].text in lex.blocked_after and not _lu_name(doc, j, limit):
        return None  # «لم يذكر اسمه», «كشفت الصور»
    if _plain(text, orig[i]) in _IMPERATIVES:
        return None  # «اقرأ أيضا: …» (read, not «أقرا», the two admitted): an order to the reader
    if _anonymous_aside(toks, i, limit):
        return None  # «طالبا عدم ذكر اسمه»: asking not to be named, an aside
    lead = _source_lead(lex, toks, i, lo) if lead_ok else None
    if lead is not None:
        built = _source_statement(doc, lead, i, cue, lo, limit)
        if built is not None or toks[lead].text != toks[i - 1].text or not _KAMA_RE.match(
                toks[lead].text):
            return built
    rel = _relative_cue(doc, i, lo) or (
        "ma" if _labelled_inside(doc, i, lo, cue, enclosing) else None)
    if i > lo and toks[i - 1].text in lex.relatives and _describes_fronted(doc, i, lo, limit):
        return None  # «وحتى X التي تقود حزبا الذي يدعو إلى…، رأت أن…»: the party's platform
    if rel is None and i > lo and not cue.nominal and (toks[i - 1].text in lex.blocked_before
                                   or _strip_conj(toks[i - 1].text) in lex.blocked_before):
        return None  # «عدم كشف هويته», «وعدم كشف الجريمة»: a verbal noun, not a report
    if word == _RADD_BARE and i > lo and toks[i - 1].text in _RADD_NOUN_LEADS:
        return None  # «للاتفاق على رد مشترك»: the noun, a reply, after a preposition
    if (i > lo and toks[i - 1].text in _SUBJUNCTIVE and _present(lex, word)
            and not (i - 1 > lo and toks[i - 2].text in _NOT_REPORT_BEFORE)):
        return None  # «من المقرر أن تعلن الهيئة»: what is to be said, not a statement
    bare = word if lex.verbs.get(word) is not None else _strip_conj(word)
    m = j
    while m < hi and (toks[m].text in _ADVERBS or toks[m].text in _TIME_WORDS):
        m += 1  # «وتبين لاحقا أن…»
    if bare in lex.impersonal and m < hi and _is_marker(lex, toks[m].text):
        return None  # «يُذكر أن…»: "it is noteworthy that"
    if (bare in lex.fatha_present or bare[:1] not in "يتن" or (
            bare[:1] == "ن" and bare not in lex.first_person
            and not any(toks[q].text in _FROM_WHOM for q in range(j, min(limit, j + 4))))) \
            and _passive_spelt(text, orig[i]):
        return None  # «ويُتهم الجيش…», «يُعتقد أن…», «نُقل إلى…»: a passive, whoever said it
        # is not named (a damma on the «ن» of «we» is form IV's active: «نُعلن»; the passive
        # relay «نُقل عن X قوله» names X after «عن»)
    if (bare in _WORTH_MENTION and i > lo and _indefinite_noun(doc, i - 1)
            and not (j < limit and (toks[j].text.startswith("ال") or doc.named(j)))
            and not _words_follow(doc, j, limit)):
        return None  # «دون خسائر تذكر», «نتائج تذكر»: worth mentioning, the passive said of
        # the noun before it; «مصادر تذكر أن…», «صحيفة تذكر بالأمس أن…» keep their words
    if i > lo and _passive_yutabar(lex, toks, i, limit) and not doc.named(j):
        return None  # «كيري، والذي يعتبر مهندس الاتفاق»: «يُعتبر» unvoweled, its predicate
    spelt = _plain(text, orig[i])
    if (spelt in lex.not_original or (len(spelt) > 3 and spelt[0] in _ACK
                                      and spelt[1:] in lex.not_original)) and not (
            _conjoined_reply(lex, toks, spelt, cue, j, limit)):
        return None  # «يدعى» (is named) is not «يدعي» (claims); «تنفيه» is no «نفيه»
    if cue.stance == "estimate" and j < hi and (toks[j].text.startswith("ب")
                                                 or _measured_head(doc, cue, j)):
        return None  # «يقدّر بحوالي 900», «ويقدر عدد مقاتليها بـ…»: a passive figure, not a
        # speaker's estimate
    if bare in _QADR and ((j < hi and toks[j].text in _QADR_AFTER)
                          or (i > lo and toks[i - 1].text in _QADR_BEFORE)):
        return None  # «أكبر قدر ممكن من…», «قدر الإمكان», «على قدر الثقة»: the noun amount
    if "ب" in cue.complement and cue.stance == "estimate" and not _estimate_ahead(doc, cue, j, hi):
        return None  # «إسرائيل تقدر قرار ترمب», «مقدرين لنعمة الأمن» (value): an estimate
        # says that something is so or how much a measured thing is
    if _accused_passive(lex, toks, j, hi, cue):
        return None  # «متهمة بتقديم…»: accused of, nobody accuses
    if cue.participle and i > lo and (_strip_conj(toks[i - 1].text) in _NOT_NEG
                                      or _strip_conj(toks[i - 1].text) in _COPULAS):
        return None  # «ليس مستبعداً أن…», «قد يكون مفيداً أن…»: an adjective, nobody speaks
    if (cue.participle and j < limit and toks[j].text in _PUNCT and toks[j].text != ":"
            and i > lo and toks[i - 1].text not in _PUNCT):
        return None  # «بلائحة تنفيذية معلنة،»: an adjective, it introduces nothing
    cue_end = j
    while j < limit and (toks[j].text in lex.resumptive or toks[j].text in _ADVERBS
                         or (toks[j].text[:1] == "و" and toks[j].text[1:] in _ADVERBS)):
        # «قال فيه», «قال لها»: the pronoun is the statement's setting, not its speaker; nor is
        # a manner adverb, with or without «و» («حيث أشارت وبوضوح إلى أن…»)
        j += 1
    j += _adverbial_after(lex, toks, j, limit, cue)
    if (j + 1 < limit and toks[j].text in _PERIODS and toks[j + 1].text in _PERIOD_OF
            and (j + 2 == limit or toks[j + 2].text in _PUNCT
                 or _is_marker(lex, toks[j + 2].text))):
        j += 2  # «وكان الوزير ذكر العام الماضي أن…»: a time, never the speaker
    if (not cue.participle and j + 3 < limit and toks[j].text in ("ل", "لـ")
            and toks[j + 1].text in _QUOTES):
        close = _quote_end(toks, j + 1, min(limit, j + 8))
        after = close + 1 if close is not None else limit
        while after < limit and toks[after].text in _TIME_WORDS:
            after += 1  # «قال لـ"الاقتصادية" أمس، اللواء عبدالله السعدون…، إن…»: when, set off
        if close is not None and after > close + 1 and after + 1 < limit \
                and toks[after].text in _COMMAS:
            after += 1
        if (after < limit and toks[after].text not in _PUNCT
                and not _is_marker(lex, toks[after].text) and toks[after].text not in _QUOTES):
            j = after  # «وأكد لـ"الرياض" غزاي الحربي أن…»: the speaker after the outlet
    spoken_to = (_outlet_spoken_to(lex, toks, j, limit)
                 if not cue.participle and j + 1 < limit else 0)
    if spoken_to:
        # «لكن فاروق جليك… قال لرويترز انه…», «قال لفرانس برس إن…»: the outlet is spoken to;
        # the speaker comes before the verb
        j += spoken_to
    if not cue.participle and j < limit:
        nxt = lex.verbs.get(toks[j].text)
        if nxt is not None and nxt.participle:
            j += 1  # «وتابع قائلا»: one cue
            cue_end = j
    next_i = max(cue_end, i + cue_len)
    sp_a = j
    sp_end = j if cue.participle else _speaker_after(lex, toks, j, limit)
    if cue.two_objects and cue.object_ok and not cue.participle and sp_end > j:
        judged = _deemed_object(doc, j, limit)
        if judged is None:
            return None  # the subject read past the thing judged: no two objects after it
        sp_end = min(sp_end, judged)  # «وتعتبر أنقرة | الوحدات الكردية امتدادا…»
    if (sp_end > j and cue.transitive and cue.stance == "demand"
            and any(toks[q].text in _ALSO for q in range(i + cue_len, j))):
        # «وناشد أيضا إدارة قناة إم بي سي لتكون…», «وطالب كذلك الحكومة بـ…»: «also» right after
        # a verb that calls on someone leaves its subject where it was, before the verb or
        # dropped; the noun after it is whom it calls on (no labelled set has the subject
        # there; a warning may still name it, «وحذر كذلك رئيس الوزراء الفرنسي… من أنه…»)
        sp_end = j
    if (sp_end > j and cue.transitive and not cue.nominal and _oblique_plural(toks[j].text)
            and toks[j].text not in _TIME_WORDS):
        # «وطالب المتعاملين في سوق الأسهم بأن…», «ودعت المواطنين إلى…»: after a verb that
        # calls on, urges or accuses someone, a sound plural in «ين» is in the accusative,
        # never the subject («المتعاملون»): it is whom the verb addresses, and the subject
        # was dropped. (A verbal noun's agent is a genitive, «دعوة/وصف الحوثيين…»; after a
        # verb of opinion a writer's «ويعتبر الإيزيديين عيدهم…» may be the subject.)
        sp_end = j
    if sp_end > j and (_plain(text, orig[j]) in _AUDIENCE_PREPS or _refused_name(toks, j, limit)):
        # «وقال أمام لجنة القوات المسلحة…»: before whom; «وقال ـ رافضاً ذكر اسمه: إنه…»: an
        # aside on being named; the subject was dropped
        sp_end = j
    for q in range(sp_a, sp_end):
        if (_complement(cue, toks[q].text) and not _is_marker(lex, toks[q].text)
                and not (q > sp_a and _bi_inner(lex, toks[q].text))
                and not (q > sp_a and _ala_setting(lex, toks, q, limit, cue))
                and not (q > sp_a and toks[q].text == _AN and toks[q - 1].text in _ISSUED)
                and not _bi_subject(lex, toks, q, limit, cue, q == sp_a)):
            sp_end = q  # «حذرت منظمات دولية من إجبار…»: the complement is what was said
            break
        if q == sp_a + 1 and cue.transitive and _li_recipient(lex, toks, sp_a, q, cue):
            sp_end = q  # «وأوعز الملك للحكومة بتجميد…»: to whom, after a one-word subject
            break
        if q > sp_a and (((cue.object_ok or cue.needs_content)
                          and _object_head(doc, q, lone=q == sp_a + 1
                                           and (cue.object_ok or not cue.complement)))
                         or _measured_head(doc, cue, q) or (
                cue.transitive and toks[q].text in lex.addressees
                and (toks[q - 1].text.startswith("ال") or doc.named(q - 1))) or (
                cue.transitive and _after_conjoined(doc, sp_a, q))):
            sp_end = q  # «أعلنت وزارة الصحة مقتل…», «طالب المجلس الجهات…», «كرر سالفيني القول
            break  # أنه…»: the object begins (never after «و»: «لشؤون المرأة والأسرة» goes on)
    if not cue.participle and sp_end > sp_a + 1:
        sp_end = _object_cut(doc, sp_a, sp_end, cue.object_ok or cue.transitive)
    if cue is _NOMINAL_OBJECT_CUE:
        sp_end = j  # the agent runs up to the object's verbal noun (found by _nominal_cue)
        while sp_end < limit and _strip_conj(toks[sp_end].text) not in lex.object_heads:
            sp_end += 1
        while sp_end > j + 1 and (toks[sp_end - 1].text in _COMMAS
                                  or toks[sp_end - 1].text in _TIME_WORDS):
            sp_end -= 1
    nouns = next((framing for framed, framing in _TO_NOUN if framed is cue), None)
    if nouns is not None:
        # «رفع معالي المشرف العام على مركز… الدكتور عبدالله الربيعة الشكر…», «وجدد المتحدث…،
        # العقيد تركي المالكي، التأكيد على…»: the subject runs up to the framing noun (found
        # a few words on by _context_cue)
        sp_end = j
        while sp_end < limit and toks[sp_end].text not in nouns:
            sp_end += 1
        while sp_end > j + 1 and (toks[sp_end - 1].text in _COMMAS
                                  or toks[sp_end - 1].text in _QUOTES
                                  or toks[sp_end - 1].text in _TIME_WORDS):
            sp_end -= 1  # «جددت الحكومة الأردنية، الإثنين، تأكيدها»: not the day
        if toks[j].text in lex.stop or not _referent(lex, text, toks, orig, j, sp_end):
            sp_end = j  # «وجددت في الأسبوع الماضي مطالبتها…»: no subject here
    scan = -1  # where the content scan starts when not right after the speaker
    if (not cue.participle and j + 2 < limit and toks[j].text == _KULL
            and toks[j + 1].text == _MIN):
        sp_end = max(sp_end, _speaker_after(lex, toks, j + 2, limit))  # «ودعا كل من X وY»
    if not cue.participle and j < limit and toks[j].text in _QUOTES:
        close = _quote_end(toks, j, min(limit, j + 8))  # «وذكرت "وكالة الأنباء اليمنية" أن»
        if (close is not None and close > j + 1 and close + 1 < limit
                and _is_marker(lex, toks[close + 1].text)):
            sp_a, sp_end, scan = j + 1, close, close + 1
        elif close is not None and close > j + 1 and toks[close].text in _QUOTES:
            # «وقال "مجلس منبج العسكري" التابع لقوات… في بيان، إن…»: a quoted name, then its
            # apposition or setting, then the content (or the complement: «دعا "ائتلاف
            # الوطنية" بقيادة…، الأحد، إلى إلغاء…»; right after the name of a transitive
            # cue the name is its object, «ودعا "حماس" إلى…»)
            m = close + 1
            while m < min(limit, close + _MAX_WINDOW):
                if _is_marker(lex, toks[m].text) or (
                        _complement(cue, toks[m].text) and toks[m].text != _BIMA
                        and (m > close + 1 or not cue.transitive)):
                    if _referent(lex, text, toks, orig, j + 1, close):
                        sp_a, sp_end, scan = j + 1, close, m
                    break
                inner = _outlet_name_end(lex, toks, m, limit) if m > close + 1 else None
                if inner is not None:
                    m = inner + 1  # «وأشار "لورانت سوريساو" في مقابلة… مع مجلة "شتيرن"
                    continue  # الألمانية إلى أن…»: the outlet's quoted name is no content
                if toks[m].text in _QUOTES or _cues_of(lex, toks[m].text)[0] is not None:
                    break
                m += 1
    via: SpanRef | None = None
    if cue.relay and (sp_end > j or cue.relay_from):
        if sp_end == j and j < limit and toks[j].text in _QUOTES:
            sp_a = j + 1  # «وعلمت "الوطن" من…»: a quoted outlet the speaker scan stops at
        k = j + 1
        stop = min(limit, j + 10)
        while k < stop:
            t = toks[k].text
            if t in _QUOTES and cue.relay_from:
                k += 1
                continue
            if t in (cue.relay_from or (_AN,)):
                sp_end = k  # «نقلت قناة "سي بي سي" عن…»: the outlet runs up to «عن»
                if (k - 1 > j and toks[k - 1].text in _INFORMATION_NOUNS
                        and toks[k - 2].text not in lex.outlets):
                    sp_end = k - 1  # «نقلت مجموعات… أخباراً عن هجوم…»: news about, no relay
                    # (not «نقلت وكالات أنباء عن…»: the agencies' name)
                break
            gloss = _after_gloss(toks, k, limit)
            if gloss > k:
                stop = min(limit, stop + gloss - k - 1)  # the gloss counts as one word
                k = gloss  # «نقلت وكالة الأنباء… (سانا) عن…»
                continue
            if t in _PUNCT or _is_marker(lex, t):
                break
            k += 1
    post_ok = _referent(lex, text, toks, orig, sp_a, sp_end) and not (
        word in lex.first_person or _strip_conj(word) in lex.first_person  # «ندين الإرهاب»
    ) and _time_phrase(toks, sp_a, limit) == sp_a  # «قد قال أول من أمس إن…»: a time, no subject
    if (post_ok and cue.transitive and cue.stance == "demand"
            and _own_followers(toks[sp_a].text)):
        post_ok = False  # «وفيما حث أنصاره على التصدي…»: whom the dropped subject urged
    verbal_object = post_ok and cue.object_ok and _verbal_object(doc, sp_a)
    if verbal_object:
        post_ok = False  # «وأكدت التزامها…», «كما أكد الحرص على…»: the object, no subject
    pre = _subject_before(doc, i, lo)
    if rel is not None:
        pre = None  # «وهو ما تؤكده X»: the subject follows the cue
    if (pre is not None and pre[0] - 1 >= lo and toks[pre[0]].text in _COPULAS
            and toks[pre[0] - 1].text in _SUBJUNCTIVE):
        # «يرجح أن تكون موسكو قد أوعزت…»: what may have been said, supposed. Any copula
        # («يكون، كان، بات، ليس…») after «أن/إن/لن/كي/لكي» (normalized «أن» and «إن» are one)
        # opening the fronted subject does it: the clause is another's supposition or negation
        return None
    reported = inside and pre is not None and _reported_report(doc, enclosing, pre, cue,
                                                               i + cue_len)
    if cue.relayed_only and not reported and not (
            post_ok and _request_opening(doc, i, lo, sp_a, sp_end, limit)):
        return None  # «بناء على طلب…», «طلب مذكرة رسمية…»: mostly the noun, or an act
    if reported and enclosing is not None:
        post_ok = False  # «…إن سويت قال للمحققين إنه…»: the subject before the verb speaks
        via = SpanRef(enclosing.speaker.text, enclosing.speaker.start or 0,
                      enclosing.speaker.end or 0, enclosing.speaker.entity)
    if inside and pre is not None and not reported and not (
            pre[0] - 2 >= lo and toks[pre[0] - 2].text in _COMMAS
            and toks[pre[0] - 1].text[0] == "و" and _strip_conj(toks[pre[0] - 1].text) in _KANA
            and _is_source(doc, *pre)):
        return None  # a statement reported inside another's content, not «…، وكان X ذكر أن…»
    addressed = False
    if post_ok and (cue.object_ok or cue.transitive or _kana_qad(doc, pre, i, lo)) and (
            pre is not None or (i > lo and toks[i - 1].text in _PRONOUN_LEADS)):
        post_ok = False  # «إسرائيل حذرت إيران», «لكنها تنفي امتلاك…»: the noun after the verb
        # is its object
    elif post_ok and j < limit and _circumstantial(doc, j):
        post_ok = False  # «وأضاف مقدما التعازي…»: a participle of manner, no subject
    elif (post_ok and cue.transitive and _addressee(doc, j)
          and not (toks[j].text == _KULL and j + 1 < limit and toks[j + 1].text == _MIN)
          and not _agreeing_subject(lex, toks, i, lo, j, limit)):
        post_ok = False  # «ودعت جميع الأطراف إلى…»
        addressed = True  # (a relative before the verb may still name who addressed them)
    if post_ok and cue.label and _labelled_object(doc, sp_a, sp_end, limit):
        post_ok = False  # «ثم وصف تحقيق مولر بأنه…»: the object labelled, the subject dropped
    if post_ok and coordinated and _object_then_complement(doc, j, limit, cue):
        post_ok = False  # «…ودعا البرلمان لنزع…» inside another's words: the noun is the object
    if post_ok and not cue.participle and _agreement(lex, word) == "pl":
        post_ok = False  # «لكنهم دعوا البلد العضو…»: the suffix is the subject, the noun the object
    bi_after = -1
    if (post_ok and i > lo and _strip_conj(toks[i - 1].text) in lex.relatives
            and _object_suffixed(lex, word) and not toks[j].text.startswith("ال")
            and not doc.named(j)):
        if (j + 1 < limit and "ب" in cue.complement and toks[j + 1].text[:1] == "ب"
                and not cue.label):
            sp_end = bi_after = j + 1  # «والذي تتهمه واشنطن بالمسؤولية عن…»: a lone name
            # before the verb's «بـ» complement is its subject, the complement what was said
        elif rel != "clause" or cue.stance not in _ONE_OBJECT_STANCES or cue.label:
            post_ok = False  # «…، التي اعتبرها تدريبا على…»: a bare noun there is the predicate
        # (after «الأمر الذي/وهو ما» a denial, assertion, condemnation… takes the pronoun of
        # the previous clause as its only object, so the bare name after it can only be its
        # subject: «…، الأمر الذي نفته طهران»; «النتائج التي أعلنتها مفوضية الانتخابات» keeps
        # a thing, not words, as its object)
    if post_ok and rel == "ma" and sp_a == i + 1 and _label_after(doc, i, cue) is not None:
        post_ok = False  # «وتعهد… بما وصفه بقمع "الإرهاب…"»: the label, never a subject
    relative_subject = _relative_subject(doc, i, j, lo, cue, sp_a, limit) if (
        post_ok or addressed or verbal_object) else None  # «حزب المؤتمر الذي اتهم الحكومة
    # بـ…»: the party; «وموسكو التي تنفي وجود أدلة…»: Moscow, the verbal noun its object
    if relative_subject is not None:
        post_ok = False  # «واشنطن التي تتهم النظام السوري بشن…»: the noun is the object
    if cue.needs_subject and not post_ok and not _topic_fronted(doc, lo, i, i):
        return None  # «…سألته عن… فأجاب: …»: whoever answered is not written here; after a
        # fronted topic («وعما إذا كانت تحضر لمسلسل جديد أجابت: …») the one asked answers
    if cue.needs_subject and post_ok and any(toks[q].text in _QUOTES
                                             for q in range(sp_a, sp_end)):
        return None  # «…الذي يسأله "…" يجيب زين "لأنهما أنجباني"»: its words come after its
        # subject, so a subject that took in a quotation has left it none of its own
    if not post_ok:
        sp_a = sp_end = j
        scan = -1
    # «ونقل عن الأسد قوله…»: relayed by nobody named, the source speaks
    if (cue.relay and not cue.participle and not post_ok and pre is None and j + 1 < limit
            and toks[j].text == _AN):
        y1, said = _trim_said(lex, toks, j + 1, _speaker_after(lex, toks, j + 1, limit), limit)
        if _referent(lex, text, toks, orig, j + 1, y1):
            sp_a, sp_end, scan, post_ok = j + 1, y1, said, True
    an_at = _relay_from(doc, j, limit) if (
        cue.relay or cue.stance in ("report", "say")) and not cue.participle and not post_ok \
        and pre is not None else None
    if an_at is not None and not cue.relay and not _anonymous_source(toks, an_at + 1, limit):
        an_at = None  # «الصحيفة ذكرت عن الوزير…»: only an anonymous source is relayed so
    if an_at is not None and pre is not None:
        # «وكانت وكالة الأنباء السورية "سانا" قد نقلت عن مصدر عسكري، قوله إن…», «وكان المرصد
        # قد نقل الأحد عن مصادر…، أن…»: the fronted outlet relays, the source speaks
        y1, said = _trim_said(lex, toks, an_at + 1, _speaker_after(lex, toks, an_at + 1, limit),
                              limit)
        if said == y1:
            y1 = said = _unnamed_relative(doc, y1, limit)
        q = y1
        while q < limit and toks[q].text in _COMMAS:
            q += 1
        if said == y1 and q < limit and toks[q].text in lex.relay_said:
            said = q + 1
        # «…عن مصادر لم يكشف عن هويتها، أن…»: the content opens at «أن»
        marked = said == y1 and q < limit and _is_marker(lex, toks[q].text)
        if (said > y1 or marked) and _referent(lex, text, toks, orig, an_at + 1, y1):
            via = doc.ref(*pre)
            sp_a, sp_end, scan, post_ok, pre = an_at + 1, y1, said, True, None
    # «قالت وكالات أنباء روسية نقلا عن وزارة الصحة إن…»: the ministry speaks, relayed; the
    # relay may be set off by a comma («وذكرت نيويورك تايمز، نقلا عن مسؤولين قولهم إن…»)
    naq = sp_end + 1 if sp_end + 1 < limit and toks[sp_end].text in _COMMAS else sp_end
    if (post_ok and naq + 3 < limit and toks[naq].text in ("ل", "لـ")
            and toks[naq + 1].text in _QUOTES):
        close = _quote_end(toks, naq + 1, min(limit, naq + 8))
        if close is not None and close + 2 < limit and toks[close + 1].text in _NAQLAN:
            naq = close + 1  # «أفادت مصادر لـ"العربية" نقلاً عن…»: past the outlet spoken to
    if (post_ok and not cue.relay and naq + 2 < limit and toks[naq].text in _NAQLAN
            and toks[naq + 1].text == _AN):
        # a count before a source head is part of it («نقلا عن 5 مصادر مطلعة»)
        counted = (naq + 3 < limit and toks[naq + 2].text[0].isdigit()
                   and toks[naq + 3].text in lex.source_heads)
        y1, said = _trim_said(lex, toks, naq + 2,
                              _speaker_after(lex, toks, naq + 2 + counted, limit), limit)
        counted = counted and _referent(lex, text, toks, orig, naq + 3, y1)
        if toks[naq + 2].text in _INFORMATION_NOUNS and y1 > naq + 2:
            # «نقلاً عن معلومات أمنية»: information is no speaker; the subject speaks on it
            via = doc.ref(naq + 2, y1)
            scan = max(scan, y1)
            next_i = max(next_i, y1)
        elif counted or _referent(lex, text, toks, orig, naq + 2, y1):
            via = doc.ref(sp_a, sp_end)
            sp_a, sp_end, scan = naq + 2, y1, said
            next_i = max(next_i, y1)
    # relayed: «نقلت وكالة X عن مسؤول قوله إن…» → speaker the official, via X; also with a
    # date set off between («نقلت وكالة الإعلام الروسية، الجمعة، عن وزارة الدفاع قولها») and
    # after another report verb when «قوله» follows («ذكرت وكالات أنباء روسية عن X قوله»)
    if post_ok and cue.relay and not cue.participle:
        sp_end = _set_off_name(lex, toks, sp_end, limit)
    an = sp_end
    while an < min(limit, sp_end + 4) and (toks[an].text in _COMMAS
                                           or toks[an].text in _TIME_WORDS):
        an += 1
    if post_ok and not cue.participle and an + 1 < limit and (
            toks[an].text in cue.relay_from if cue.relay_from else toks[an].text == _AN and (
                cue.relay or cue.stance in ("report", "say"))):
        y0 = an + 1
        y1 = _speaker_after(lex, toks, y0, limit)
        y1, said = _trim_said(lex, toks, y0, y1, limit)
        if said == y1:  # «عن المتحدث باسم الوزارة، إيغور كوناشينكوف، قوله»: past the apposition
            y2 = _apposition(lex, toks, y0, y1, limit)
            q = y2
            while q < limit and toks[q].text in _COMMAS:
                q += 1
            if y2 > y1 and q < limit and toks[q].text in lex.relay_said:
                y1, said = y2, q + 1
        anonymous = _anonymous_source(toks, y0, limit) and _marked_after(lex, toks, y1, limit)
        if (cue.relay or said > y1 or anonymous) and _referent(lex, text, toks, orig, y0, y1) and (
                not cue.relay_from or _marked_after(lex, toks, y1, limit)):
            outlet_end = sp_end
            if (outlet_end - 1 > sp_a and sp_a > 0 and toks[outlet_end - 1].text in _QUOTES
                    and toks[sp_a - 1].text in _QUOTES):
                outlet_end -= 1  # «نقلت "فرانس برس" عن…»: the outlet without its closing quote
            via = doc.ref(sp_a, outlet_end)
            sp_a, sp_end, scan = y0, y1, said
    if cue.relay_from and via is None:
        return None  # «وعلمت بي بي سي أن…»: what X learned, with no one quoted
    # «وقالت، على لسان المتحدث باسمها، إن…», «أعلنت إسرائيل على لسان وزيرها…»: one record
    p = sp_end
    while p < min(limit, sp_end + 4) and toks[p].text != _ALA and (
            toks[p].text in ("،", ",") or toks[p].text in _TIME_WORDS or (
                toks[p].text in _FI and p + 1 < limit and _setting_word(toks[p + 1].text))):
        p += 2 if toks[p].text in _FI else 1  # «وأعلنت روسيا الأربعاء على لسان…», «في تقريرها»
    if p + 2 < limit and toks[p].text == _ALA and toks[p + 1].text == _LISAN:
        y0 = p + 2
        y1 = _speaker_after(lex, toks, y0, limit)
        y1, said = _trim_said(lex, toks, y0, y1, limit)
        if _referent(lex, text, toks, orig, y0, y1):
            if cue.relay and post_ok:
                via = doc.ref(sp_a, sp_end)
            sp_a, sp_end, scan, post_ok = y0, y1, said, True
            next_i = max(next_i, y0)
    explicit = True
    pronoun_lead = False
    after_cue = i + cue_len
    resumed = (None if post_ok or inside or after_cue >= limit
               or toks[after_cue].text not in _RESUMED
               else _then_subject(doc, i, lo, cue)
               or _governing_subject(doc, i, lo, cue, lone_ok=True, delivered=True))
    if resumed is not None:
        # «وكتب ترامب تغريدة…، قال فيها», «أصدرت الوزارة بيانا أعلنت فيه»: the writer of the
        # text the resumptive pronoun points back to speaks
        explicit = False
        r0, r1 = resumed
        for q in range(r0 + 1, r1):
            if _text_noun(toks[q].text):
                r1 = q  # «ترامب تغريدة»: the text written is the object, not the writer
                break
        n = i - 1  # «…، مهنّد هادي، بيانًا جاء فيه»: the name set off before the text
        if n - 2 > r0 and toks[n - 1].text in _COMMAS and n - 1 >= r1:
            p = n - 2
            while p > r0 and toks[p].text not in _COMMAS and n - 1 - p <= 5:
                p -= 1
            if (toks[p].text in _COMMAS and 1 <= n - 2 - p <= 4
                    and _referent(lex, text, toks, orig, p + 1, n - 1)
                    and not any(toks[q].text.startswith("ال") or toks[q].text in lex.stop
                                for q in range(p + 1, n - 1))):
                r0, r1 = p + 1, n - 1
        speaker = doc.speaker(r0, r1, strip_conj=True)
        scan = max(scan, after_cue + 1)  # the content starts after the resumptive pronoun
    elif post_ok:
        sp_end = _apposition(lex, toks, sp_a, sp_end, limit)
        sp_end = _title_set_off(lex, toks, cue, sp_end, limit)
        scan = max(scan, sp_end)
        speaker = doc.speaker(sp_a, sp_end)
    elif not inside and (asked := _asked_subject(doc, i, lo)) is not None:
        speaker = doc.speaker(*asked)  # «وعندما سئل دانفورد عما إذا… قال: "…"» (not «يعتزم
        # الترشح» in «عما إذا كان يعتزم الترشح قال»)
    elif pre is not None:
        speaker = doc.speaker(*pre, strip_conj=True)
    elif relative_subject is not None:
        speaker = doc.speaker(*relative_subject, strip_conj=True)
    elif inside and rel != "ma" and not (rel == "clause" and _object_suffixed(lex, word)):
        return None  # («وهو ما وصفه بأنه جريمة»: the governing speaker's own description)
    elif (sabaq := _sabaqa_subject(doc, i, lo)) is not None:
        speaker = doc.speaker(*sabaq, lead_l=True)  # «وسبق لوزارة السياحة… أن أعلنت»
    elif _subjectless(lex, toks, j, limit, cue) and (
            (ante := _antecedent(doc, i, lo) or _indefinite_antecedent(doc, i, lo, cue))
            is not None):
        speaker = doc.speaker(*ante, strip_conj=True)  # «العبادي، الذي قال…», «سيدة، قالت…»
    else:
        explicit = False
        gov = None
        pronoun = i > lo and (toks[i - 1].text in _PRONOUN_LEADS or (  # «لكنها قالت», «وهو يهدد»
            i - 1 > lo and toks[i - 1].text in _PRONOUN_MARKERS
            and _strip_conj(toks[i - 2].text) in _BUT))  # «إلا أنه قال»
        pronoun_lead = pronoun and toks[i - 1].text.startswith(("لكن", "ولكن"))
        passive = bare in lex.impersonal_passive
        unsought = passive or own_voice  # («لا أنكر…»: no clause's or earlier sentence's)
        if (not unsought and not cue.participle and word != bare and i - 2 >= lo
                and toks[i - 1].text.startswith("ال") and len(toks[i - 1].text) > 3
                and _verb_cue(lex, toks[i - 2].text) is not None
                and _agreement(lex, toks[i - 2].text) == _agreement(lex, word)):
            gov = (i - 1, i)  # «تتابع الصحيفة وتتساءل عن…»: the verb before it and its subject
        if (gov is None and not unsought and not cue.participle and not pronoun
                and _agreement(lex, word) == "pl"):
            gov = _plural_subject(doc, i, lo)  # «إلا أن الأهالي رفضوا ذلك، وطالبوا…»
        if cue.participle:
            gov = _lisan_before(doc, i, lo)  # «وحرّض الحزب على لسان نائبه، محمد رعد، …، قائلا»
        if gov is None and pronoun and not unsought:
            gov = _clause_subject(doc, i, lo, cue)
        obj = False
        # «وأطلقت أنقرة… عملية "غصن الزيتون" التي تقول أنها…»: a relative on a noun that is no
        # speaker, so the subject of the clause's verb speaks (see ``_governing_subject``)
        relative = (i > lo and toks[i - 1].text == _ALLATI
                    and _subjectless(lex, toks, j, limit, cue))  # («…التي دعاها مالك…»)
        if gov is None and inherit is None and not unsought and (
                cue.participle or lex.verbs.get(word) is None or relative or (
                i > lo and (toks[i - 1].text in _CLAUSE_LINKS or toks[i - 1].text in _ILA))
                or rel == "ma"  # «دافع ظريف… عما وصفه باتفاق "متوازن"»: the clause's subject
                or (not cue.nominal and (obj := _indefinite_object(doc, i, lo)))):
            gov = _governing_subject(doc, i, lo, cue, lone_ok=obj, relative=relative)
            if gov is not None and rel == "ma":
                # «وتستهدف الدعوى القضائية… ما وصفتها بأنها…»: a thing describes none; the
                # relative right after the subject («وقاتل الجيش من وصفها…») is no part of it
                gov = None if _mute_definite(doc, gov[0]) else (gov[0], min(gov[1], i - 1))
        if gov is None and inherit is None and not unsought and (
                cue.participle or lex.verbs.get(word) is None) and i - 1 > lo and toks[
                    i - 1].text in _COMMAS:
            gov = _comma_clause_subject(doc, i, lo, cue)
        if gov is None and inherit is None and not unsought and (
                cue.participle or lex.verbs.get(word) is None or pronoun):
            gov = _previous_subject(doc, i, lo, cue)
        nominal = _nominal_source(doc, i, lo, cue) if gov is None and inherit is None else None
        if gov is not None:
            speaker = doc.speaker(*gov, strip_conj=True)
        elif nominal is not None:
            speaker = doc.speaker(nominal[0], nominal[1], lead_l=nominal[2])
        elif passive and j < limit and _is_marker(lex, toks[j].text) and not pronoun:
            return None  # «ويعتقد أن…» with no subject of its own: "it is believed that"
        elif inherit is not None:
            speaker = inherit
        elif far is not None and not cue.participle and _subjectless(lex, toks, j, limit, cue):
            speaker = far  # «وقال X… . وتستهدف العقوبات… . وأضاف أن…»
        else:
            speaker = Speaker("", None, None, None)
    start = max(scan, sp_end)
    b_at = start
    while b_at < limit and b_at < start + 3 and toks[b_at].text in _TIME_WORDS:
        b_at += 1
    if post_ok and b_at < limit and toks[b_at].text in lex.blocked_after:
        return None  # «الذي أعلنت وزارة الداخلية أمس اسمه»: a name made public, not a statement
    if cue is _NOMINAL_OBJECT_CUE:
        while start < limit and toks[start].text in _COMMAS:
            start += 1  # «تأكيد الرئيس فلاديمير بوتن، تمكن جيش بلاده…»
    if cue.nominal:
        limit = _clause_end(toks, start, limit)  # «وغداة تصريح للرئيس أن…، أعلن المرصد…»
    found = _content(lex, toks, start, limit, cue, post_ok and _object_suffixed(lex, word))
    if found is None and not post_ok and rel == "ma":
        found = _label_after(doc, i, cue) if start == i + 1 else None  # «ممن وصفهم بالإرهابيين»
        if found is not None:
            found = (found[0], min(found[1], limit), found[2])
    if found is not None and start == bi_after < found[0]:
        found = (start, found[1], start)  # (not «بين عامي…» further on)
    if (found is None and cue.stance == "say" and not cue.participle and not post_ok
            and i == lo and pre is None and start == cue_end and start + 2 < limit
            and toks[start].text in _COMMAS
            and not any(toks[q].text in _QUOTES or toks[q].text == ":"
                        or _is_marker(lex, toks[q].text) for q in range(start + 1, limit))):
        found = (start + 1, limit, start + 1)  # «وتابع، علاج أخي يستلزم…»: words said
        # without quotation marks after a comma, with no «أن» or colon anywhere after it
    if nouns is not None or cue is _NOMINAL_OBJECT_CUE:
        c0 = start
        while c0 < limit and (toks[c0].text in _COMMAS or toks[c0].text in _TIME_WORDS):
            c0 += 1
        found = (c0, limit, c0) if limit - c0 >= 2 else None  # the thanks and whom they go to
    if post_ok and pre is None and rel is None and not inside and not cue.participle:
        back = _postposed(doc, i, cue, lo, sp_end, limit, found is not None)
        if back is not None:
            # «"…"، هكذا فسر X، …», «…، تقول الصحيفة.»: what was said comes first
            return (_make(doc, i, cue_end, cue, speaker, back[0], back[1], None, via),
                    back[1], next_i, explicit)
    if rel == "clause" and post_ok and (found is None or found[0] > start + 1):
        clause = _antecedent_clause(doc, i, lo)  # «…، وهو ما تؤكده الولايات المتحدة»
        if clause is not None:
            found = (clause[0], clause[1], start)
    if rel is not None and not _relative_ok(doc, rel, word, post_ok, sp_a, speaker,
                                                found, start):
        return None  # «ما أعلنه X»: what was said is not given here
    if (found is not None and _strip_conj(word) in _RADD and found[0] == start
            and toks[found[0]].text in _REPLY_ACTS):
        return None  # «وردت إسرائيل بإطلاق صواريخ»: a military reply, not words
    if (i > lo and _strip_neg(toks[i - 1].text) in _NEG_PAST and not cue.participle
            and _strip_conj(word) not in _NEG_AFFIRMED
            and (found is None or not (_is_marker(lex, toks[found[0]].text)
                                       or toks[found[0] - 1].text in _QUOTES
                                       or toks[found[0] - 1].text == ":"))):
        return None  # «لم تعلن عن موقفها», «ولم يعلن عن أي وفيات»: nothing was said
    if (found is not None and i > lo and _strip_neg(toks[i - 1].text) in _NEG_PAST
            and any(toks[q].text in _WHETHER_LEADS and toks[q + 1].text == _IDHA
                    for q in range(start, found[0]))):
        return None  # «ولم يوضح المصدر فيما إذا كانت…، بادعاء أن…»: a question left open
    if (found is not None and bare.startswith(_FOUND_THAT) and (
            found[0] - cue_end > _MAX_FOUND_THAT or toks[found[0]].text[0] == "و" or any(
                toks[q].text in _COMMAS or toks[q].text.startswith(_REFLEXIVE)
                for q in range(cue_end, found[0])))):
        return None  # «وجدت نفسها أمام…، ولا يمكن أن…», «وجد في التنظيم ذراعا…»: no finding
    k0 = start
    while k0 < limit and (toks[k0].text in _TIME_WORDS or toks[k0].text in _PUNCT):
        k0 += 1
    if reported and found is None and cue.object_ok and k0 < limit and (
            _strip_conj(toks[k0].text) in lex.object_openers or _verbal_object(doc, k0)):
        reported = False  # «…أن اللجنة أعلنت مساء اليوم عدم ثبوت…»: its object is what it said
    elif reported and (found is None or not (
            (_is_marker(lex, toks[found[0]].text) and toks[found[0]].text[0] != "و")
            or toks[found[0] - 1].text in _QUOTES or toks[found[0] - 1].text == ":"
            or ((cue.stance == "demand" or cue.stance in _CLAUSE_STANCES)
                and _complement(cue, toks[found[0]].text)))
            or any((toks[q].text in _COMMAS and not (cue.transitive and cue.stance == "warn"))
                   or toks[q].text in (".", "؛") for q in range(start, found[0]))):
        return None  # «…أن رئيسة الوزراء تحدثت مع ترامب، وأنهما…»: no words of hers
        # (a demand's complement is its words: «أن ترمب حض مستشاريه على ضربة…», and so is
        # an assertion's or a warning's: «إن الأمين العام شدد على…», «أن الوزير حذر من…»; the
        # one warned may carry an aside before it: «حذروا ترامب، خلال اجتماع الخميس، من أن…»)
    return _finish(doc, i, cue_end, cue, speaker, start, limit, found, via, next_i, explicit,
                   pronoun_lead)


_HAKADHA = normalize("هكذا")
_MIN_POSTPOSED = 4
_POSTPOSED_STANCES = frozenset(("say", "report", "assert", "announce"))


# «أن ترمب حض مستشاريه على…», «أن غيدان أكد أن…», «أن الوزير حذر من…»
_REPORTED_STANCES = frozenset(("say", "announce", "demand", "assert", "warn"))
# «أكد/شدد/حذر» also take evidence as subject and a noun as object («أن العمليات التي… تؤكد
# أن…», «أن ترامب أكد رغبته…»): reported only with a clause or complement right after them
_CLAUSE_STANCES = frozenset(("assert", "warn"))
_MAX_WARNED = 12  # tokens from a transitive cue to its complement («حذروا ترامب، …، من»)
_SENT_ENDS = frozenset((".", "!", "?", "؟"))
_EVIDENCE_HEADS = _word_set("evidence_heads")  # «موقف، مؤشرات، رسائل»: evidence, no speaker
_WAJAD = normalize("وجد")  # «وجد X أن…» (found that): its finding follows its subject at once
# «لاحظ X أن…» (observed that) too: «حيث لاحظت قيام البعض…، وأن…» observed an act, said nothing
_FOUND_THAT = (_WAJAD, normalize("لاحظ"))
_MAX_FOUND_THAT = 8
_REFLEXIVE = (normalize("نفس"), normalize("أنفس"))
_MAX_REPORTED = 6


def _enclosing_denies(doc: _Doc, enclosing: Statement) -> bool:
    """Whether the enclosing statement's cue is a denial («نفى أن…»)."""
    said = _verb_cue(doc.lex, normalize(enclosing.cue.split()[-1])) if enclosing.cue else None
    return said is not None and said.stance == "deny"


def _reported_report(doc: _Doc, enclosing: Statement | None, pre: tuple[int, int],
                     cue: Cue, after: int) -> bool:
    """Whether the cue with the fronted subject ``pre`` is a report the enclosing statement
    relays: its content opens with «أن/إن» and that subject, then a verb of saying («وأوردت
    الوكالة أن الرئيس السوري قال…»): the subject speaks, the enclosing speaker is the via."""
    if (enclosing is None or enclosing.content is None or not enclosing.speaker.text
            or enclosing.speaker.start is None or cue.participle or cue.prepositional
            or cue.stance not in _REPORTED_STANCES or pre[1] - pre[0] > _MAX_REPORTED):
        return False
    a = pre[0] - 1
    if cue.stance in _CLAUSE_STANCES and not _clause_after(doc, cue, pre, after):
        return False
    if enclosing.cue_start is not None and _enclosing_denies(doc, enclosing):
        return False  # «كما نفى أن باريس أبلغت أنقرة بأن…»: a denied report is none
    if cue.stance == "demand" and (
            cue.nominal or pre[1] >= len(doc.toks) or a < 0
            or doc.text[doc.orig[pre[1]][1] - 1] == "ة"
            or _strip_conj(doc.toks[a].text) not in _BARE_MARKERS):
        # «إن ماي قررت دعوة الوزراء…»: the verbal noun, no demand of hers; «إنها أعدت مشروع
        # قرار يطالب…»: after «إنها» the noun is no subject
        return False
    return (a >= 0 and _is_marker(doc.lex, doc.toks[a].text)
            and doc.orig[a][0] == enclosing.content.start)


def _clause_after(doc: _Doc, cue: Cue, pre: tuple[int, int], after: int) -> bool:
    """Whether an assertion or warning inside another's content reports words: «أن» or the
    cue's own preposition right after the verb («إن الأمين العام شدد على…», «أن مصادر
    محلية أكدت أن…», «إن خبراء حذروا من…», «أكدت لها أن…»), with a subject holding no
    relative clause. A noun object («أن ترامب أكد رغبته…») makes it an act, and a subject
    described by a relative («أن العمليات التي تعرضت لها تركيا تؤكد أن…») or headed by a
    noun of evidence («أن موقف الأردن يؤكد على…») is the relaying speaker's argument, not a
    speaker."""
    if after >= len(doc.toks) or any(doc.toks[k].text in doc.lex.relatives
                                     for k in range(*pre)):
        return False
    head = pre[0] + (pre[1] - pre[0] > 1 and doc.toks[pre[0]].text == _KULL)
    if _strip_conj(doc.toks[head].text).removeprefix("ال") in _EVIDENCE_HEADS:
        return False  # «أن موقف الأردن يؤكد على…», «أن كل المؤشرات تؤكد أن…»
    word = doc.toks[after].text
    if word[:1] == "ل" and after + 1 < len(doc.toks) and not word.startswith("ال"):
        word = doc.toks[after + 1].text  # «أكدت لها أن…», «أكد له أن…»: the one told first
    if _is_marker(doc.lex, word) or word in cue.complement:
        return True
    if not cue.transitive:
        return False
    # «أن وزير الدفاع… حذروا ترامب، خلال اجتماع الخميس، من أن…»: the one warned, then the
    # complement, within the clause
    for k in range(after + 1, min(after + _MAX_WARNED, len(doc.toks))):
        word = doc.toks[k].text
        if word in _SENT_ENDS or _verb_cue(doc.lex, word) is not None:
            return False
        if _is_marker(doc.lex, word) or word in cue.complement:
            return True
    return False


def _postposed(doc: _Doc, i: int, cue: Cue, lo: int, sp_end: int, limit: int,
               more: bool) -> tuple[int, int] | None:
    """Token span of the content that precedes a bare cue set off by a comma or a closing
    quotation at its end («"…"، يقول المصدر.», «…، تقول الصحيفة.»), or after «هكذا»
    («"…"، هكذا قال X، …»). Without «هكذا» the cue is one of saying, reporting, asserting or
    announcing and the speaker ends the sentence (``more``: content was found after it)."""
    toks = doc.toks
    word = toks[i].text
    k = i - 1
    hakadha = k > lo and toks[k].text == _HAKADHA
    if word[:1] in _ACK and doc.lex.verbs.get(word) is None and not hakadha:
        return None  # «…، وقال X»: a new statement, not a postposed source
    if hakadha:
        k -= 1
    # «…مع استمرار توافد النازحين تقول صحيفة العربي الجديد.»: a present cue right after a
    # clause word needs no comma before it when its source is an outlet head or a one-word
    # name closing the sentence («…بين الولايات المتحدة والأوروبيين تقول لوموند.»); the press
    # review runs on after an outlet head with no full stop («…مع دونالد ترامب تقول صحيفة
    # لوبينيون هم الذين…»), so there the sentence need not end, only no content follow
    bare = (not hakadha and k > lo and word[:1] in "يت" and i + 1 < sp_end
            and toks[k].text not in _PUNCT and toks[k].text not in doc.lex.stop
            and toks[k].text not in _FUNCTION and toks[k].text not in doc.lex.relatives)
    outlet = bare and toks[i + 1].text.removeprefix("ال") in doc.lex.recipient_heads
    bare = outlet or (bare and sp_end == i + 2 == limit)
    if bare and doc.text[doc.orig[sp_end - 1][1]:].lstrip()[:1] in ("؟", "?"):
        return None  # «وبعيدا عن الحسابات، ماذا يقول الواقع؟»: a question, no source
    if not hakadha and (more or (sp_end < limit and not outlet)
                        or cue.stance not in _POSTPOSED_STANCES):
        return None  # «…، اعتبر خطوة متقدمة», «نصفهم»: not a source set after its words
    if _possessed(toks[sp_end - 1].text):
        return None  # «…، أوضح أبرز مخططاته»
    if not bare and (k <= lo or not (toks[k].text in _COMMAS or toks[k].text in _QUOTES)):
        return None
    while k > lo and (toks[k].text in _COMMAS or toks[k].text in _QUOTES):
        k -= 1
    c0 = lo
    if outlet:
        # «…تقول صحيفة لوبينيون هم الذين يخشون… تورد الصحيفة الفرنسية»: the review runs on, so
        # an earlier bare source in the sentence closes the words before it, not these
        for q in range(k - 1, lo, -1):
            if (toks[q].text[:1] in "يت" and toks[q + 1].text.removeprefix("ال")
                    in doc.lex.recipient_heads and _verb_cue(doc.lex, toks[q].text) is not None):
                c0 = _speaker_after(doc.lex, toks, q + 1, k)
                break
    while c0 < k and (toks[c0].text in _QUOTES or toks[c0].text in _PUNCT):
        c0 += 1
    if k + 1 - c0 < _MIN_POSTPOSED:
        return None
    return c0, k + 1


_KAMA_RE = re.compile("^و?كما$")
_RADD = _word_set("radd_forms")
_RADD_BARE = normalize("رد")  # the past «ردّ», spelt as the noun «ردّ» (a reply)
_RADD_NOUN_LEADS = _word_set("radd_noun_leads")
_REPLY_ACTS = _word_set("reply_acts")
_SETTING_NOUNS = _word_set("setting_nouns")
_ISSUED_BY = _word_set("issued_by_forms")
_NOTED_LEADS = _word_set("noted_leads")
# «ذكرت الصحيفة عن مصدر دبلوماسي أن…»: an anonymous source after «عن» speaks, the subject relays
_RELAYED_SOURCES = _word_set("relayed_sources")
_ANNA = normalize("أن")
_CAME = frozenset(normalize(w) for w in ("جاء", "جاءت"))
_FI = _word_set("fi")
_IN_IT = _word_set("in_it")
_RESUMED = _IN_IT | _word_set("resumed_pronouns")  # «خبرا عاجلا أفاد به»
_NEG_PAST = _word_set("negated_tense_particles")
_NEG_AFFIRMED = _word_set("negated_affirmed")  # «لم يستبعد»: not ruling out says it may be


def _strip_neg(word: str) -> str:
    """«ولم» → «لم»: a negation particle without its conjunction."""
    return word[1:] if len(word) == 3 and word[0] in _ACK else word


# the negations before which a verb is surely present or jussive, never past («ما أكد» is also
# "what he stressed")
_PRESENT_NEGATIONS = _NEG_PAST | {normalize("لا")}


def _own_voice(doc: _Doc, i: int, lo: int) -> bool:
    """Whether the cue at ``i`` is a first-person present: «نعتقد، ونرفض» (we), the «أ» of «I»
    spelt with its hamza where no past is so spelt («أعتقد، وأقول»: the past is «اعتقد، قال»;
    see :func:`_spelt_first_person`), or the «أ» after «لا/لن/لم» or «كنت/كنا» («لا أنكر وجود
    المؤامرات», «كنت أعلم أن…»: no past follows them; without them «أنكر، أعلم» are as often
    the pasts of form IV, he denied, he informed). A columnist's or an interviewee's own voice,
    it never goes on with an earlier third person's statement."""
    lex, toks = doc.lex, doc.toks
    word = _strip_conj(toks[i].text)
    if word in lex.first_person or _spelt_first_person(doc, i) or any(
            word.endswith(suf) and word[: -len(suf)] in lex.first_person
            for suf in _OBJ_SUFFIXES):
        return True  # (also with an object pronoun: «تجعلنا نقولها رغمًا عنّا»)
    return (i > lo and (_strip_neg(toks[i - 1].text) in _PRESENT_NEGATIONS
                        or _strip_conj(toks[i - 1].text) in _I_WAS)
            and word[:1] == "ا")


def _careless_past(doc: _Doc, i: int, lo: int, last: Statement | None) -> bool:
    """Whether the «أ» spelt at ``i`` is more likely a careless hamza on a past than «I»: the
    past opens with a bare «ا» (form VIII: «اعتبر»), no negation, «كنت» or «أنا» stands before
    it, and a third person is there to say it, a statement to continue from the sentence's start or
    inside its words («وقال الوزير… . وأعتبر أن…», in the same paragraph: after a break an
    unsigned «أعتقد» is an interview's answer) or a subject right before it («الوزير أعتبر
    أن…»). Inside a quotation, or opening the words of the statement before it, the «أ» is the
    quoted speaker's «I»: no third person narrates there."""
    word = _strip_conj(doc.toks[i].text)
    if not (doc.lex.i_forms.get(word) and _spelt_first_person(doc, i)):
        return False
    if i > lo:
        prev = doc.toks[i - 1].text
        if (_strip_neg(prev) in _PRESENT_NEGATIONS or _strip_conj(prev) in _I_WAS
                or _strip_conj(prev) in _I_PRONOUNS):
            return False  # «لا أعتبر», «كنت أعتقد», «أنا أعتبر»: the «I» is said outright
        if doc.named(i - 1) or {prev, prev.removeprefix("ال")} & doc.lex.speaker_heads:
            return True
    at = doc.orig[i][0]
    if last is not None and last.start <= at and (
            _quote_open(doc.text, last.start, at)
            or (last.content is not None and not doc.text[last.content.start : at].strip())):
        return False  # the speaker's own «I» in the words given: quoted («وقال: "… وأعتقد
        # أن…"»), or the words open on it («وقال الوزير: أعتقد أن…»)
    within = last is not None and last.content is not None and (
        last.content.start <= at <= last.content.end)
    return ((i == lo or within) and last is not None and "\n" not in doc.text[last.end : at]
            and _inheritable(doc.text, last, at) is not None)


# «كنت/كنا» (I was, we were): the verb after them is a present of the same person («لكنني
# كنت أعلم أن الفرصة آتية»: I knew, not the past «أعلم», informed)
_I_WAS = frozenset(normalize(w) for w in ("كنت", "كنا"))
# «أنا، إنني…» right before the verb: the «I» written out (statement_words ``i_pronouns``)
_I_PRONOUNS = _word_set("i_pronouns")


def _spelt_first_person(doc: _Doc, i: int) -> bool:
    """Whether the cue at ``i`` is spelt as the «I» of a present tense: a hamza on its «أ» and
    the same word with «ي» for «أ» a reporting verb's present («أعتقد» beside «يعتقد»,
    «وأقول» beside «يقول»; :func:`_i_forms_of`). The normalised token has lost the hamza, so the
    article's own spelling is read."""
    t = doc.toks[i].text
    spelt = doc.text[doc.orig[i][0] : doc.orig[i][1]]
    if _strip_conj(t) != t:
        spelt = spelt[1:]  # «وأعتقد»
    return spelt.startswith("أ") and _strip_conj(t) in doc.lex.i_forms


# «فإن» and its resumptive forms open the other half of a sentence after a fronted source, never
# the source verb's own content clause («ووفقا لما أعلنته الحكومة الأردنية، فإنه "يسمح…"»)
_FA_INNA = frozenset(normalize(w) for w in ("فان", "فإن", "فإنه", "فإنها", "فإنهم"))


def _source_lead(lex: _Lex, toks: list[Token], i: int, lo: int) -> int | None:
    """Index of «بحسب ما/وفقا لما/حسبما/كما» right before the verb at ``i``, if any: then the
    verb's subject is the source of the rest of the sentence («…، وفق ما أعلن المرصد»)."""
    if i <= lo:
        return None
    prev = toks[i - 1].text
    if prev not in lex.source_leads:
        return None
    if prev in (_MA, _LIMA):
        if i - 2 < lo:
            return None
        first = toks[i - 2].text  # «وفقا لما»: «وفقا» is no «و+فقا»
        return i - 2 if first in _GENERIC_PREPS or _strip_conj(first) in _GENERIC_PREPS else None
    return i - 1


_SOURCE_SETTINGS = _word_set("source_settings")


def _closing_genitive(lex: _Lex, toks: list[Token], j: int, k: int, limit: int) -> int:
    """End of the subject of a source verb after the words it sources, when a quotation right
    after its source noun closes the sentence: the quotation is the noun's genitive, the name of
    the outlet («…، وفق ما قالت مصادر "سكاي نيوز عربية".», «…، وفق ما أفاد مراسل "سكاي نيوز
    عربية" باليمن.»), with one place phrase in «بال…» that may follow it. What was said stands
    before «وفق ما/بحسب ما», so the quotation cannot be it, as it may be elsewhere («وقال
    مسؤول "لن نسمح بذلك"»: ``_quoted_genitive`` wants a preposition after such a quotation).
    ``k`` is where ``_speaker_after`` stopped; it is returned when no such quotation follows."""
    if (k != j + 1 or k >= limit or toks[k].text not in _QUOTES
            or toks[j].text.startswith("ال") or toks[j].text not in lex.source_heads):
        return k
    close = _quote_end(toks, k, min(limit, k + _MAX_QUOTED_GENITIVE + 2))
    if close is None or close == k + 1:
        return k
    end = close + 1
    if end < limit and toks[end].text.startswith("بال") and len(toks[end].text) > 4:
        end += 1  # «مراسل "سكاي نيوز عربية" باليمن»: where the reporter is
    return end if end >= limit or toks[end].text in _PUNCT else k


def _genitive_source(doc: _Doc, k: int) -> bool:
    """Whether the word at ``k``, right after a noun of words in a source phrase («حسب قول…»),
    opens that noun's genitive, the one who said them: a definite noun, a name, a source or a
    title («قول الكاتب», «كلام هادي البحرة», «تصريحات مسؤول», «تصريحات قائد عسكري»), not an
    adjective of the noun («وفقا لتصريحات سابقة للفريق…»: the words stay the source phrase's
    head)."""
    word = _strip_conj(doc.toks[k].text)
    return (word.startswith("ال") or doc.named(k)
            or word in doc.lex.source_heads or word in doc.lex.descriptors)


def _source_statement(doc: _Doc, lead: int, i: int, cue: Cue, lo: int,
                      limit: int) -> tuple[Statement, int, int, bool] | None:
    """«قتل خمسة، بحسب ما ذكرت وكالة الأنباء»: the verb's subject is the source, the other half
    of the sentence the content. ``None`` when a content clause follows the subject (then
    «كما أعلن X أن…» is an ordinary statement)."""
    lex, toks = doc.lex, doc.toks
    j = i + 1
    while j < limit and (toks[j].text in lex.resumptive or toks[j].text in _RESUMED
                         or (toks[i].text in _JAA and toks[j].text in _FI)):
        j += 1  # «وفق ما أفادت به وكالة…», «حسب ما جاء في البيان»
    dropped = False
    if j < limit and (toks[j].text in _SOURCE_SETTINGS or (
            toks[j].text.startswith("لل") and len(toks[j].text) > 4)):
        # «وفق ما قال أمام المحكمة», «وفق ما قال للمحققين»: where or to whom the verb's
        # dropped subject spoke (a subject may still follow: «كما قال للصحفيين الوزير»)
        k = j + (1 if toks[j].text.startswith("لل") else 2)
        while k < limit and toks[k].text.startswith("ال") and toks[k - 1].text not in _PUNCT:
            k += 1
        if k >= limit or toks[k].text in _PUNCT:
            dropped = True
            j = k
    if not dropped and j < limit and cue.object_ok and _verbal_object(doc, j):
        return None  # «…، كما أكدت عدم استهدافها للمدنيين»: the verb's own object follows, so
        # «كما» coordinates a second statement (as also), no source of the clause before
    sp_end = _speaker_after(lex, toks, j, limit)
    if not dropped and lead - lo >= 3:
        sp_end = _closing_genitive(lex, toks, j, sp_end, limit)
    if dropped:
        gov = _governing_subject(doc, i, lo, cue) if lead - lo >= 3 else None
        source = (doc.speaker(*gov, strip_conj=True) if gov is not None
                  else Speaker("", None, None, None))
    elif not _referent(lex, doc.text, toks, doc.orig, j, sp_end):
        return None
    else:
        source = doc.speaker(j, sp_end)
    if cue.relay_from:
        return None  # «وفق ما علمت وكالة الأنباء الفرنسية»: what it learned, no one quoted
    via: SpanRef | None = None
    an = out_end = _after_gloss(toks, sp_end, limit)  # «حسبما نقلت وكالة… (سانا) عن…»
    relayed = cue.relay
    if not relayed and an + 2 < limit and toks[an].text in _NAQLAN:
        # «…، حسبما ذكرت وكالة إرنا نقلا عن بيان من الحرس الثوري»: any verb of the outlet
        # followed by «نقلا عن Y» relays Y's words, as «نقلت… عن Y» does
        relayed, an = True, an + 1
    if relayed and an + 1 < limit and toks[an].text == _AN:
        # «…، بحسب ما نقلت رويترز عن مصدر أمني»: the outlet relays, the source speaks
        y1, _ = _trim_said(lex, toks, an + 1, _speaker_after(lex, toks, an + 1, limit), limit)
        if _referent(lex, doc.text, toks, doc.orig, an + 1, y1):
            via = doc.ref(j, out_end)
            source = doc.speaker(an + 1, y1)
            sp_end = y1
    k = sp_end
    while k < limit and (toks[k].text in _PUNCT or toks[k].text in _TIME_WORDS):
        k += 1
    before = _trim_end(toks, lo, lead)
    if k < limit and ((_is_marker(lex, toks[k].text) and toks[k].text not in _FA_INNA)
                      or (toks[k].text in _QUOTES and (via is None or before - lo < 3))
                      or (k == sp_end and _complement(cue, toks[k].text)
                          and (not cue.transitive or toks[j].text.startswith("ال")))):
        return None  # («بحسب ما ذكره X، فإن…»: «فإن» opens the other half, no content clause;
        # «واستهدفت الصواريخ، وفق ما نقلت الوكالة عن مصدر عسكري، "كتائب…"»: the rest of it;
        # «…، كما طالب المجلس الجهات بـ"…"»: the verb's own complement, "also demanded" — for
        # a transitive cue only after a definite subject: «كما حث شطري كوريا على…» may be
        # its object, and a speaker taken from it would run on into the next sentences)
    if before - lo >= 3:
        c0, c1 = lo, before
    else:
        c0, c1 = k, limit
        while c0 < c1 and toks[c0].text in _FA_INNA:
            c0 += 1
    if c1 - c0 < 2:
        return None
    report = Cue("report", cue.hedged, prepositional=True)
    return _make(doc, lead, i + 1, report, source, c0, c1, None, via), c1, sp_end, True


# a preposition opening the words before a relative's antecedent or a fronted subject
# («وعلى رأسهم…», «وحول الدور الذي…»): the sentence's own phrase, never the subject
_LEADING_PREPS = frozenset((_ALA, _MIN, normalize("عن"), normalize("مع"))) | _FI | _ILA


_SABAQA = normalize("سبق")
_ANNA = normalize("أن")


def _sabaqa_subject(doc: _Doc, i: int, lo: int) -> tuple[int, int] | None:
    """The subject of «سبق لـX أن + verb» (X has already…): «وسبق لوزارة السياحة والآثار
    العراقية أن أعلنت…», «إذ سبق لمنظمات حقوقية أن نبهت…». «سبق» is impersonal; the one who
    did it stands after its «لـ», and the verb after «أن» has no subject of its own, so the
    words between «سبق» and «أن» (the «لـ» dropped by ``_Doc.speaker``'s ``lead_l``) speak.
    A pronoun after «لـ» («سبق له أن حذر») names no one and is left to the carried speaker,
    as is anything with a punctuation mark, a content marker or another cue word between
    (an aside or a clause, not one noun phrase)."""
    lex, toks = doc.lex, doc.toks
    if i - 3 < lo or toks[i - 1].text != _ANNA:
        return None
    q = next((q for q in range(i - 3, max(lo, i - 2 - _MAX_FRONTED) - 1, -1)
              if _strip_conj(toks[q].text) == _SABAQA), None)
    if q is None:
        return None
    first = toks[q + 1].text
    if not first.startswith("ل") or len(first) < 4 or first[1:] in _OBJECT_SUFFIXES:
        return None
    if any(toks[m].text in _PUNCT or toks[m].text in _QUOTES or _is_marker(lex, toks[m].text)
           or _verb_cue(lex, toks[m].text) is not None for m in range(q + 1, i - 1)):
        return None
    return (q + 1, i - 1) if _referent(lex, doc.text, toks, doc.orig, q + 1, i - 1) else None


def _antecedent(doc: _Doc, i: int, lo: int) -> tuple[int, int] | None:
    """The noun a relative pronoun right before the verb refers to: «حيدر العبادي، الذي قال
    إن…», «الجيش الروسي الذي يرجح…» (the verb has no subject of its own)."""
    lex, toks = doc.lex, doc.toks
    k = i
    while k > lo and toks[k - 1].text == _QAD:
        k -= 1
    if k <= lo or _strip_conj(toks[k - 1].text) not in lex.relatives:
        return None
    b = k - 1
    if b > lo and toks[b - 1].text in ("،", ","):
        b -= 1
    if b - 2 > lo and toks[b - 1].text == ")":
        m = b - 2  # «إيلون ماسك مؤسس شركة… (سبيس إكس) الذي قال»: a gloss of the name
        while m > lo and b - m <= _MAX_GLOSS and toks[m].text not in _PUNCT:
            m -= 1
        if m > lo and toks[m].text == "(" and b - m <= _MAX_GLOSS:
            b = m
    if b - 3 > lo and toks[b - 1].text in _QUOTES:
        m = b - 2  # «بيان لما يسمى "اللجنة الوطنية…"، التي ادعت»: a quoted name
        while m > lo and b - m <= 8 and toks[m].text not in _QUOTES:
            m -= 1
        head = toks[m - 1].text if m > lo else ""
        if (toks[m].text in _QUOTES and m < b - 2 and head[:1].isalpha()
                and not _object_suffixed(lex, toks[i].text)  # «"الحصار…"، الذي وصفه»: object
                and not _is_marker(lex, head) and _verb_cue(lex, head) is None
                and (toks[m + 1].text.startswith("ال") or doc.named(m + 1))
                and _referent(lex, doc.text, toks, doc.orig, m + 1, b - 1)):
            return m + 1, b - 1
    a = b
    while a > lo and b - a < 6:
        t = toks[a - 1].text
        if t in _PUNCT or t in _QUOTES or t in _FUNCTION or _verb_cue(lex, t) is not None \
                or _is_marker(lex, t) or t[0].isdigit():
            break
        if (t in lex.stop or t in lex.inner) and not (
                t in lex.inner and a - 2 >= lo and toks[a - 2].text in lex.descriptors):
            break  # «المتحدث باسم الوزارة» keeps its «باسم»; «انتقادات من…» stops at «من»
        a -= 1
    if a < b and _strip_conj(toks[a].text) in _LEADING_PREPS:
        # «وعلى رأسهم رئيس الحكومة مالكولم ترنبول الذي شدد»: the prepositional words before an
        # office heading the name are the sentence's («at their head»), not the antecedent
        a = next((q for q in range(a + 1, b - 1) if toks[q].text in lex.descriptors), a)
    if a == b or not _referent(lex, doc.text, toks, doc.orig, a, b):
        return None
    # an outlet noun with the name it heads is definite by construct, as «الذي/التي» needs:
    # «صحيفة ليبراسيون الفرنسية التي تقول إن…» (a lone «صحيفة» before «التي» is no antecedent)
    outlet = b - a >= 2 and toks[a].text in lex.recipient_heads
    if not (toks[a].text.startswith("ال") or doc.named(a) or toks[a].text in lex.descriptors
            or outlet):
        g = _construct_genitive(doc, a, b, _strip_conj(toks[k - 1].text), i)
        return None if g is None else (g, b)
    return a, b


_ALLADHINA = normalize("الذين")
# a definite word, bare or after a clitic («للاستراتيجية»): no indefinite head of a construct
_DEFINITE_PREFIXES = ("ال", "وال", "فال", "بال", "كال", "لل", "ولل", "فلل")


def _construct_genitive(doc: _Doc, a: int, b: int, relative: str, i: int) -> int | None:
    """Where the definite genitive starts that a relative after the construct ``a``..``b``
    describes, when the head is a bare noun that names no speaker: «قلق المجتمع الدولي الذي
    دعا إلى…», «سياسة التنظيم الذي زعم…», «صفوف المعارضة والتي رأت…». A construct is definite
    by its genitive, so the relative may follow it, but a worry, a policy or ranks say nothing:
    the body or person in the genitive does. The genitive is a run of definite (or, with
    entities, named) words right before the relative, and the relative must agree with its
    first word (``_genitive_agrees``): «الذي» a masculine singular, «التي» a word in «ة/ات»,
    «الذين» a sound plural.

    Left alone: a head that may speak or write (a speaker or recipient head, a title, a
    descriptor, a text noun, a text that says in ``jaa_texts``, bare or after «لـ/بـ»: «أهالي
    القرية الذين»، «بيان الوزارة الذي»، «قرار مجلس الأمن الذي يدعو…»: the resolution calls);
    a head the relative does not fit past its genitive («أكراد تركيا الذين»); a definite head
    after a clitic («للاستراتيجية العسكرية… التي»); a person's name (``_name_part``: «وفق عبد
    الرحمن الذي اعتبر»; with entities any person mention in the construct, whose span the
    entities tell: «…في سقوط الموصل حاكم الزاملي الذي أعلن»); and a cue at ``i`` whose subject
    the relative cannot be: one with an object pronoun, whose object the relative is («وأزمة
    العملة التركية التي اعتبرها "حربا اقتصادية"»: Erdogan's view, his name dropped), or one of
    the other gender («لكل الهجمات التي أعلن عنها»)."""
    lex, toks = doc.lex, doc.toks
    has = _gender(toks[i].text, False)
    if _object_suffixed(lex, toks[i].text) or (
            has != "p" and _RELATIVE_GENDER.get(relative, has) != has):
        return None
    g = b
    while g > a and (toks[g - 1].text.startswith("ال") or doc.named(g - 1)):
        g -= 1
    if g == b or g - 1 < a:
        return None
    head = toks[g - 1].text
    if (not head[:1].isalpha() or head.startswith(_DEFINITE_PREFIXES) or doc.named(g - 1)
            or _speaker_noun(lex, head) or head in lex.titles or head in lex.recipient_heads
            or head in lex.stop or head in _FUNCTION or _text_noun(head)
            or {head, head[1:] if head[0] in "لب" else head} & _JAA_TEXTS
            or _verb_cue(lex, head) is not None or _name_part(toks, max(a, g - 2), g)
            or any(doc.person(q) for q in range(g - 1, b))):
        return None
    first = doc.text[doc.orig[g][0]:doc.orig[g][1]]
    if not _genitive_agrees(relative, first):
        return None
    return g if _referent(lex, doc.text, toks, doc.orig, g, b) else None


_ABD = normalize("عبد")


def _name_part(toks: list[Token], a: int, g: int) -> bool:
    """Whether a word of ``a``..``g`` (the head of a construct and the word before it) belongs
    to a person's name: a name particle («بن، أبو»), a given name, or «عبد» opening a
    theophoric name («عبد الرحمن»، «عبدالله بن عبدالمحسن التركي»)."""
    return any(t in _NAME_PARTICLES or t in _given_names() or t.startswith(_ABD)
               for t in (toks[q].text for q in range(a, g)))


def _genitive_agrees(relative: str, word: str) -> bool:
    """Whether ``relative`` plainly agrees with the original ``word`` opening a genitive:
    «الذي» a masculine singular (no «ة/ات» ending, no sound plural, no woman's head), «التي» a
    word in «ة» or «ات» or a woman's head, «الذين» a sound masculine plural («ين/ون»). A
    bare name or a broken plural («روسيا»، «الدول») shows no gender and agrees with none."""
    feminine = word.endswith(("ة", "ات")) or _head_gender(word) == "f"
    plural = word.endswith(("ين", "ون"))
    gender = _RELATIVE_GENDER.get(relative)  # «الذي» "m", «التي» "f"
    if gender == "m":
        return not feminine and not plural
    if gender == "f":
        return feminine
    return relative == _ALLADHINA and plural


_MAX_GLOSS = 5


def _after_gloss(toks: list[Token], k: int, limit: int) -> int:
    """The token after a parenthesised gloss of a name opening at ``k`` («وكالة الأنباء الرسمية
    (سانا) عن…»: the agency's short name), else ``k``: a relaying outlet runs through its gloss
    to the «عن» of its source, so the gloss ends neither the outlet nor the relay. A short name
    spelt letter by letter keeps its full stops («قناة (إن.تي.في) … عن…»): a stop between two
    words of the gloss ends no sentence (and its «إن» opens no content)."""
    if k >= limit or toks[k].text != "(":
        return k
    words = 0
    for m in range(k + 1, min(limit, k + 2 * _MAX_GLOSS + 1)):
        t = toks[m].text
        if t == ")":
            return m + 1 if words else k
        if t == "." and words and m + 1 < limit and toks[m + 1].text[:1].isalpha():
            continue  # «إن.تي.في»: the stops of a name spelt letter by letter
        if t in _PUNCT or words == _MAX_GLOSS:
            break
        words += 1
    return k


def _relative_subject(doc: _Doc, i: int, j: int, lo: int, cue: Cue, sp_a: int,
                      limit: int) -> tuple[int, int] | None:
    """The antecedent of «الذي/التي» right before the verb at ``i`` when the noun after the verb
    is its object, not its subject: «بين واشنطن التي تتهم النظام السوري بشن…», «وموسكو التي
    تنفي وجود أدلة…», «نوري المالكي الذي اتهم المملكة…». A relative whose antecedent is the
    verb's object carries a resumptive pronoun («التي تنفيها الحكومة», «الأسلحة التي أعلنت عنها
    سوريا», «الموقع الذي يتهم النظام بارتكابه», «الذي أعرب اثنان منهم», «الأهداف التي قالت
    إسرائيل إنها…»), so a verb that takes an object, has no suffix, agrees with the pronoun
    («التي» feminine, «الذي» masculine) and is followed right away by its noun, with no such
    pronoun in the clause or on its «أن/إن», has the antecedent as subject. Verbs of saying
    that take no object («التي تقول مصادر إنها…») are left to the noun after them.
    Only an antecedent that can speak is taken: a source noun or a title in it, or a bare word
    right before the pronoun, which «الذي/التي» (definite only) makes a proper name («واشنطن»,
    «ماركو روبيو»). «الحادث الذي أعلن الجيش…» is left to the noun after the verb."""
    lex, toks = doc.lex, doc.toks
    word = toks[i].text
    k = i
    while k > lo and toks[k - 1].text == _QAD:
        k -= 1
    gender = _RELATIVE_GENDER.get(_strip_conj(toks[k - 1].text)) if k > lo else None
    if (gender is None or not cue.object_ok or _agreement(lex, word) not in (gender, "?")
            or _object_suffixed(lex, word) or sp_a != j
            or _resumptive(doc, i + 1, limit, gender)):
        return None
    b = k - 1
    if b - 1 > lo and toks[b - 1].text in _COMMAS:
        b -= 1  # «الرئيس الأميركي دونالد ترامب، والذي توعد…»
    if b - 3 > lo and toks[b - 1].text in _QUOTES:
        m = next((q for q in range(b - 3, max(lo, b - 9) - 1, -1) if toks[q].text in _QUOTES), None)
        if m is not None and _referent(lex, doc.text, toks, doc.orig, m + 1, b - 1):
            return m + 1, b - 1  # «مثل "أم سمية" التي دعت مرة زوجات…»: a quoted name
        return None
    a = b
    while a > lo and b - a < _MAX_RELATIVE_HEAD + 2:
        t = toks[a - 1].text
        if (t in _PUNCT or t in _QUOTES or t in _FUNCTION or not t[0].isalpha()
                or t in lex.stop or _verb_cue(lex, t) is not None or _is_marker(lex, t)):
            break
        if a < b and t[0] in "بل" and not _titled(lex, t):
            break  # «استجابة لتوجيهات صندوق النقد الدولي الذي طالب…»: a preposition's noun
        a -= 1
        if t != _strip_conj(t):
            break  # «…بشن هذه الهجمات وموسكو التي»: the conjunction opens the antecedent
    owner = _person_owner(lex, toks, a, lo, gender) if (
        a < b and _relative_body(toks[a].text, gender)) else None
    title = owner if owner is not None else next(
        (q for q in range(a, b) if _titled(lex, toks[q].text)
         or _relative_body(toks[q].text, gender)), None)
    if title is not None:
        a = title  # «للتصريحات غير المسؤولة لنائب الرئيس العراقي نوري المالكي الذي اتهم…»,
        # «ما أثار غضب حزب العمال الكردستاني الذي اتهم…»: the body the relative agrees with;
        # «عضو البرلمان عن حزب العمال الذي اتهم…»: the member, the party only whom he is of
    if a == b or not _referent(lex, doc.text, toks, doc.orig, a, b):
        return None
    last = toks[b - 1].text
    proper = (not _DEFINITE_RE.match(last) and last not in lex.not_speaker
              and not _possessed(_plain(doc.text, doc.orig[b - 1]), lex.possessed_ok))
    if not (proper or title is not None or _is_source(doc, a, b) or doc.named(b - 1)):
        return None
    return a, b


_BODY_HEADS = {"m": _word_set("masculine_body_heads"), "f": _word_set("feminine_body_heads")}


def _relative_body(word: str, gender: str) -> bool:
    """Whether ``word`` (bare, or after «و/ال/لـ/لل») heads a body that can speak and whose
    gender is the relative pronoun's («حزب… الذي», «حركة… التي»), so the body is the relative's
    antecedent: an indefinite head in construct with its name («تنظيم داعش»), which
    ``_relative_subject`` would otherwise take for an ordinary noun."""
    w = _strip_conj(word)
    forms = {w, w.removeprefix("ل"), w.removeprefix("ال"), "ا" + w[1:] if w.startswith("لل") else w}
    forms |= {f.removeprefix("ال") for f in forms}
    return bool(forms & _BODY_HEADS[gender])


def _person_owner(lex: _Lex, toks: list[Token], q: int, lo: int, gender: str) -> int | None:
    """The person's title a few words before a «عن/في/من/لـ» phrase that the body head at
    ``q`` opens, when the title has the relative's gender («عضو البرلمان عن حزب العمال الذي
    اتهم…», «القيادي في حركة حماس التي…»): the body only says whom the person belongs to, and
    the person, the phrase's head, is the likelier antecedent. None when no such title."""
    w = _strip_conj(toks[q].text)
    if q > lo and toks[q - 1].text in _PERSON_PREPOSITIONS:
        k = q - 1  # «عن حزب…»
    elif w.startswith("ل") and not {w, w.removeprefix("ال")} & _BODY_HEADS[gender]:
        k = q  # «لحزب…، للحركة…»: a body head only without its «لـ»
    else:
        return None
    for p in range(k - 1, max(lo - 1, k - 1 - _MAX_RELATIVE_HEAD), -1):
        t = toks[p].text
        if (t in _PUNCT or t in _QUOTES or t in _FUNCTION or t in lex.stop
                or _verb_cue(lex, t) is not None or _is_marker(lex, t)):
            return None
        if _person_title(lex, t):
            return p if ("f" if _strip_conj(t).endswith("ه") else "m") == gender else None
    return None


_PERSON_PREPOSITIONS = frozenset(normalize(w) for w in ("عن", "في", "من"))
_DEFINITE_RE = re.compile(r"^[وف]?(?:[بلك]?ال|لل)")
_RESUMPTIVE = {"f": re.compile(r"^(?:[وف]?[بل].*|عن|في|من|على|إلى|مع)ها$"),
               "m": re.compile(r"^(?:[وف]?[بل].*|عن|في|من|على|إلى|مع)ه$")}


def _resumptive(doc: _Doc, a: int, limit: int, gender: str) -> bool:
    """Whether the relative clause from ``a`` to its first mark or content marker holds a
    pronoun on a preposition or a «بـ/لـ» noun of the relative's gender («عنها», «منهم»,
    «بارتكابه»), the antecedent's place as object, so the noun after the verb is the subject.
    A plural pronoun («اثنان منهم») is the antecedent's too."""
    toks = doc.toks
    for q in range(a, min(limit, a + _MAX_WINDOW)):
        if toks[q].text in _PUNCT:
            break
        plain = _plain(doc.text, doc.orig[q])
        if _is_marker(doc.lex, toks[q].text):
            return plain.endswith(_MARKER_PRONOUN[gender])  # «التي أكدت موسكو أنها…»
        if _RESUMPTIVE[gender].match(plain) or plain in _PLURAL_RESUMPTIVE:
            return True
    return False


_PLURAL_RESUMPTIVE = frozenset(("منهم", "منهما", "عنهم", "فيهم", "بهم", "لهم"))
_MARKER_PRONOUN = {"f": ("نها",), "m": ("نه",)}


def _oblique_plural(word: str) -> bool:
    """Whether ``word`` is a definite sound masculine plural in the accusative or genitive:
    a participle («المتعاملين، المواطنين، المسوولين») or a nisba («الحوثيين، السوريين»). The
    singulars in «ين» («الكرملين، البحرين، الامين، الحسين») have neither shape."""
    if not (word.startswith("ال") and word.endswith("ين")):
        return False
    stem = word[2:-2]
    return len(stem) >= 4 and (stem.startswith("م") or stem.endswith("ي"))


def _titled(lex: _Lex, word: str) -> bool:
    """Whether ``word`` is a speaker's title, bare or after «و/ال/لـ» («نائب», «لنائب»)."""
    w = _strip_conj(word)
    return any(f in lex.descriptors for f in (w, w.removeprefix("ل"), w.removeprefix("ال")))


def _person_title(lex: _Lex, word: str) -> bool:
    """Whether ``word`` is a descriptor or a title a person is named by («المتحدثة», «مدرب»,
    «عضو»): ``_titled`` or a bare title («مدرب» names a coach, never a body)."""
    return _titled(lex, word) or _strip_conj(word).removeprefix("ال") in lex.titles


_THEN = normalize("ثم")


def _text_noun(word: str) -> bool:
    """«كلمة، بيانا، بيانه، كلمته، بكلمة»: a text or speech noun, bare, accusative, possessed or
    after «بـ» («ثم ألقى رئيس المكتب بكلمة شكر خلالها…», «ثم ألقى السيد… كلمته التي رحب
    فيها…»), the object a resumptive «فيه/فيها» points back to."""
    for w in (word, word.removeprefix("ب")):
        if w in _SETTING_NOUNS or w[:-1] in _SETTING_NOUNS or _setting_word(w):
            return True  # «كلمة», «بيانا», «بيانه»
        stem = next((w[: -len(suf)] for suf in _SETTING_SUFFIXES if w.endswith(suf)), "")
        if stem[-1:] == "ت" and stem[:-1] + "ه" in _SETTING_NOUNS:
            return True  # «كلمته»: its «ة» written «ت» before the pronoun
    return False


def _then_subject(doc: _Doc, i: int, lo: int, cue: Cue) -> tuple[int, int] | None:
    """The writer of the text a resumptive pronoun points back to when the sentence strings
    acts with «ثم» and the text's verb opens the last of them («…الحفل الخطابي، الذي بدئ
    بتلاوة آيات… ثم ألقى قائد اللواء… كلمة رحب فيها…», «ثم يتوصل السفير إلى نتيجة يطالب بها…»):
    that clause, the one nearest the text, is read as the sentence's first would be
    (:func:`_governing_subject`), before the sentence's own first verb («بدأ الحفل…» did not
    deliver the speech). Only while no clause of its own stands between «ثم» and the cue: a
    «، و» clause or another verb of saying has its own subject («وصل الرئيس… ثم زار المستشفى
    الميداني، وأصدر مكتبه بيانا قال فيه…» is no statement of the hospital's)."""
    toks = doc.toks
    then = next((q for q in range(i - 3, lo, -1) if toks[q].text == _THEN), None)
    if then is None or any(
            (toks[q].text in _COMMAS and toks[q + 1].text[:1] in _ACK)
            or (q > then + 1 and _verb_cue(doc.lex, toks[q].text) is not None)
            for q in range(then + 1, i - 1)):
        return None
    return _governing_subject(doc, i, then, cue, lone_ok=True, delivered=True)


def _indefinite_antecedent(doc: _Doc, i: int, lo: int, cue: Cue) -> tuple[int, int] | None:
    """An indefinite noun and its adjectives set off by a comma right before an unconjoined
    verb that agrees with it: a relative clause needs no «الذي» after an indefinite noun
    («بشهود عيان منهم سيدة، تحدثت عن أنها…», «باحتجاز رجل بريطاني الجنسية، يقول إنه…»). An
    accusative («أصدر بيانا، قال فيه») or a setting noun is an object, no speaker."""
    lex, toks = doc.lex, doc.toks
    word = toks[i].text
    if cue.participle or cue.prepositional or word != _strip_conj(word) or i - 2 < lo:
        return None
    if toks[i - 1].text not in ("،", ",") or word in lex.impersonal_passive:
        return None  # «سلمت 8 أطفال، يعتقد أن آباءهم قتلوا»: "it is believed"
    n = i + 1 if i + 1 < len(toks) and _complement(cue, toks[i + 1].text) else i
    if n + 1 >= len(toks) or not _is_marker(lex, toks[n + 1].text):
        return None  # its «أن/إن» clause right after it («تصريح آخر، قال فيه»: a setting)
    b = i - 1
    a = b - 1
    while a > lo and b - a <= _MAX_INDEFINITE:
        w, before = toks[a].text, toks[a - 1].text
        if w.startswith("ال"):
            if not before.endswith("ي") or before.startswith("ال"):
                return None  # «وحدات حماية الشعب، أكد»: a definite genitive, a definite noun
            a -= 1  # «بريطاني الجنسية»: an adjective's own genitive
        elif w.endswith(("يه", "ي")) and not before.startswith("ال") and before[:1].isalpha():
            a -= 1  # «رجل بريطاني»: back over the adjectives to the noun they describe
        else:
            break
    head = toks[a].text
    if (b - a > _MAX_INDEFINITE or head.startswith("ال") or len(head) < 3
            or not head[0].isalpha() or head.endswith(("ا", "ي", "يه"))
            or head in _FUNCTION or head in lex.not_speaker or head in _SETTING_NOUNS
            or _listed_form(head, _BARE_PREPS) is not None
            or any(_frame_noun(_strip_conj(toks[q].text)) for q in range(a, b))
            or _verb_cue(lex, head) is not None or doc.named(a)
            or (a > lo and (toks[a - 1].text[:1].isdigit() or toks[a - 1].text in _BARE_PREPS))):
        return None  # «ضربات على مواقع، قال إنها…»: a preposition's object; «ومن ناحية أخرى،
        # قال…»: a discourse frame (its «ناحية» read back like an adjective in «ية»), no noun
    prev = toks[a - 1].text if a > lo else ""
    if prev and not (prev in _FUNCTION or prev.startswith(("ب", "ل"))
                     or prev.endswith(("هم", "ها"))):
        return None  # «أشرطة … من زوايا مختلفة، تشير»: after a bare word the noun is no head
        # (only «منهم سيدة، قالت», «باحتجاز رجل…، يقول», «بـ/لـ» + a noun before it)
    want = _agreement(lex, word)
    has = "f" if head.endswith("ه") else "m"
    if want not in ("?", has) or not _referent(lex, doc.text, toks, doc.orig, a, b):
        return None
    return a, b


_MAX_INDEFINITE = 3
_MAX_JAA = 16  # words after «وجاء في <text>» where its writer's «قول X» may stand
_BARE_PREPS = frozenset(normalize(w) for w in ("على", "في", "من", "إلى", "عن", "مع"))
_CLAUSE_LINKS = _word_set("clause_links")
_PRONOUN_LEADS = _word_set("pronoun_leads")
_NEGATIONS = _word_set("negations")
_PRONOUN_MARKERS = frozenset(normalize(w) for w in ("أنه", "أنها", "أنهم", "أنهما"))
_BUT = frozenset(normalize(w) for w in ("إلا", "غير"))
_CONCESSIVE = frozenset(normalize(w) for w in ("رغم", "برغم", "بالرغم", "مع"))


def _subjectless(lex: _Lex, toks: list[Token], j: int, limit: int, cue: Cue) -> bool:
    """Whether the verb's own subject slot is empty: what follows it is the content (a marker,
    a quotation, a colon, its complement) or the end of the clause. «الذي يؤكد منتقدوه بأنه»
    has a subject of its own, so the relative's antecedent does not speak."""
    k = j
    while k < limit:  # past the times after the verb: words and phrases («أول من أمس»)
        after = k + 1 if toks[k].text in _TIME_WORDS else _time_phrase(toks, k, limit)
        if after == k:
            break
        k = after
    if k >= limit:
        return True
    t = toks[k].text
    return (_is_marker(lex, t) or t in _QUOTES or t in _PUNCT or t in lex.stop
            or (_complement(cue, t) and not _bi_subject(lex, toks, k, limit, cue)))


def _feminine_cue(word: str) -> bool:
    """Whether a governing cue as written is feminine (past «…ت», present «ت…», participle
    «…ة»), so that a feminine participle after it can agree with its subject: «وأعلنت النقابة
    …، مطالبة الإدارة بـ…», never «وقال الوزير إن…، مطالبة الأهالي بـ…» (a demand listed)."""
    w = _strip_conj(normalize(word))
    return w.endswith(("ت", "ه")) or (w.startswith("ت") and len(w) > 3)


def _gender(word: str, participle: bool) -> str:
    """«f», «m» or «p» (plural or unknown, agrees with anything) from a cue's or a verb's
    ending."""
    w = _strip_conj(word)
    if participle:
        return "f" if w.endswith("ه") else "p" if w.endswith(("ين", "ون")) else "m"
    if w.endswith(("وا", "ون")):
        return "p"
    if w.endswith("ت"):
        return "f"
    # «تقول» (she says) or «تعهد، تحدث» (he pledged, spoke): a leading «ت» agrees with both
    return "p" if w.startswith("ت") and len(w) >= 3 else "m"


_FRONTED_TIME_PREPS = _word_set("fronted_time_preps")
_FRONTED_FRAMES = _word_set("fronted_frames")
_FRAME_PREPS = frozenset(normalize(w) for w in ("في", "على"))
# the prepositions a frame noun follows when it opens a sentence («ومن جهة أخرى، في سياق متصل»)
_FRAME_OPENING_PREPS = _FRAME_PREPS | {normalize("من")}
_HAYTH = normalize("حيث")


def _frame_noun(word: str) -> bool:
    """Whether ``word`` is a discourse frame's noun, bare or with the article: the frame is the
    same with its adjective after a definite noun («على الصعيد الدولي، في السياق ذاته، من
    الناحية القانونية») as after an indefinite one («على صعيد آخر، في سياق متصل»)."""
    return word in _FRONTED_FRAMES or (word.startswith("ال") and word[2:] in _FRONTED_FRAMES)


def _discourse_frame(toks: list[Token], v: int, i: int) -> bool:
    """Whether a discourse frame opens the clause at ``v``: its noun («جهة ثانية» once «من» is
    skipped as a function word; with the article only right after «من», «من الناحية
    القانونية»: a sentence may open on a definite noun that is its subject) or «في/على» and its
    noun («في سياق متصل، على الصعيد الدولي»)."""
    w = _strip_conj(toks[v].text)
    return w in _FRONTED_FRAMES or (
        v > 0 and _listed_form(toks[v - 1].text, _FRAME_OPENING_PREPS) is not None
        and _frame_noun(w)) or (
        _listed_form(toks[v].text, _FRAME_PREPS) is not None and v + 1 < i
        and _frame_noun(toks[v + 1].text))


def _indefinite_object(doc: _Doc, i: int, lo: int) -> bool:
    """Whether the word before the cue at ``i`` is an indefinite accusative noun, the object of
    an earlier verb that the cue's clause describes: «نشرت حسابات…، مساء الأحد، صورا قالت إنها
    لمنفذي الهجوم» (pictures it said were…): the subject of that verb speaks. (Not a pronoun
    suffix or «ما»: «سياستها اعتقد», «ولعلنا ننقل», «فبعدما ذكر».)"""
    if i - 3 < lo:
        return False
    w = doc.toks[i - 1].text
    # a feminine noun shows no accusative «ا»: its written «ة» (not a pronoun's «ه») marks it
    # («نشر فريق التواصل… صورة قال إنها تظهر…»), alone after a comma or a definite word; after
    # another bare word it may be an adjective whose noun the clause describes («قاعدة فقهية
    # سائدة تعتبر أن…», «تقارير عديدة تحدثت عن…»: the rule, the reports)
    before = doc.toks[i - 2].text
    feminine = doc.text[doc.orig[i - 1][1] - 1] == "ة" and (
        before in _PUNCT or before.startswith(("ال", "وال")))
    return (len(w) > 3 and (feminine or (w.endswith("ا") and not w.endswith(("ها", "نا", "ما"))))
            and not w.startswith(("ال", "وال"))
            and w not in doc.lex.stop and w not in _FUNCTION and _verb_cue(doc.lex, w) is None
            and not _HAL_RE.match(w) and not doc.named(i - 1))


def _quoted_speaker(doc: _Doc, a: int, c: int) -> bool:
    """Whether the quoted words ``a``..``c`` after a clause's verb can be its speaker: a body or
    a person by their head («وتبنت «حركة الشباب»…»، ««منظمة العفو»») or a tagged mention, a
    person's name («لم يقتنع "عدنان" بهذه المحاولة وقال») or an earlier speaker. A quoted
    project, place or show is the verb's object («وأطلق «مبادرة السلام»», «وزار «مستشفى
    الشفاء»», «وقدم «صوت الأرض»»), never who goes on speaking."""
    head = _strip_conj(doc.toks[a].text).removeprefix("ال")
    return (head in doc.lex.speaker_heads or head in _BODY_HEADS["m"]
            or head in _BODY_HEADS["f"] or doc.person(a) or doc.named(a)
            or all(doc.toks[q].text in doc.spoken for q in range(a, c))
            or _quoted_name(doc.lex, doc.toks, a, c))


_MAX_QUOTED_PERSON = 2  # «"عدنان"», «"أم أحمد"»


def _quoted_name(lex: _Lex, toks: list[Token], a: int, c: int) -> bool:
    """Whether the quoted words ``a``..``c`` are a person's name the tagger missed: one or two
    words that can be a name (``_name_word``), none of them definite or in «ة» — the marks of a
    thing, a place or a body («مبادرة السلام»، «قاعدة حميميم»، «مستشفى الشفاء»)."""
    return c - a <= _MAX_QUOTED_PERSON and all(
        _name_word(lex, w) and not w.startswith(("ال", "وال")) and not w.endswith("ة")
        for w in (toks[q].text for q in range(a, c)))


def _governing_subject(doc: _Doc, i: int, lo: int, cue: Cue, lone_ok: bool = False,
                       relative: bool = False, delivered: bool = False) -> tuple[int, int] | None:
    """The subject of the clause a subjectless cue continues, when no statement precedes it:
    «أمهل مقتدى الصدر الحكومة أياما، مؤكدا أن…», «وعلق خاشقجي على تويتر، قائلا…», «وشرح
    الصرخي رأيه…، حيث دعا…». The clause's first word is read as its verb (VSO) and must agree
    with the cue in gender (a feminine «مؤكدة» continues «عبرت روسيا», not «أمهل الصدر»).
    ``relative``: the cue follows «التي» on a noun that cannot speak («وأصدرت المنظمة بيانها
    التي قالت إنها…»). Only a feminine past opening the clause is surely its verb there («موقف
    الرئيس… الذين يرون», «بذلك ينضم ميلنر… الذي قال» open on a noun and a present), and a lone
    name after it is its subject («وأطلقت أنقرة في… عملية… التي تقول»), as after «لكنها»."""
    lex, toks = doc.lex, doc.toks
    v, negated = lo, False
    while v < i and (toks[v].text in _FUNCTION or _strip_conj(toks[v].text) in _FUNCTION
                     or toks[v].text in _PUNCT or toks[v].text in _TIME_WORDS
                     or toks[v].text in _NEGATIONS
                     or (toks[v].text[0] in _ACK and toks[v].text[1:] in _NEGATIONS)):
        word = toks[v].text
        negated = negated or word in _NEGATIONS or word[1:] in _NEGATIONS
        v += 1  # «ولم ترد ماي على سؤال…، لكنها قالت»: the verb after the negation
    if _strip_conj(toks[v].text) in _FRONTED_TIME_PREPS or _discourse_frame(toks, v, i):
        # «وقبل استقالة فوكودا، أصدرت نقابة الصحف… بيانا تدعو فيه…»: a fronted time phrase
        # or discourse frame («من جهة ثانية، رفضت المحكمة…، معتبرة») set off by a comma, then
        # the clause's verb
        q = next((q for q in range(v + 2, min(i, v + 8)) if toks[q].text in _COMMAS), None)
        if q is not None and not any(toks[m].text in _PUNCT or _verb_cue(lex, toks[m].text)
                                     for m in range(v + 1, q)):
            v = q + 1
    if (_strip_conj(toks[v].text) == _ALA and v + 1 < i
            and toks[v + 1].text in _CONCESSIVE_LEADS):
        v += 1  # «وعلى الرغم من…»
    if _strip_conj(toks[v].text) in _CONCESSIVE_LEADS:
        v, negated = _past_concession(doc, v, i)
    if _strip_conj(toks[v].text) in _NOTED_LEADS:
        return _noted_subject(doc, v, i, cue)  # «ويذكر أن X… التقى…، مؤكدا»
    if _strip_conj(toks[v].text) in _CAME:
        return None  # «وجاء الإعلان خلال زيارة… لكارتر… حيث التقى… وأكد»: what came is the
        # report or the event, never who speaks
    if v + 2 >= i or (relative and (v > lo or _gender(toks[v].text, False) != "f"
                                     or _strip_conj(toks[v].text)[0] in "يتن")):
        return None
    if v > lo and _strip_conj(toks[v - 1].text) in _KANA:
        # «وكان الوفد البريطاني في المنظمة قد حض…، معتبرا»: the subject stands before «قد»
        want = _gender(toks[i].text, cue.participle)
        if want != "p" and _gender(toks[v - 1].text, False) not in (want, "p"):
            return None
        for q in range(v + 1, min(i, v + _MAX_FRONTED)):
            if toks[q].text == _QAD:
                return _fronted_span(doc, q, lo) or _kana_lone(doc, v, q)
            if (q - v <= 3 and cue.participle and (said := _verb_cue(lex, toks[q].text))
                    is not None and not said.participle
                    and not any(toks[r].text in lex.relatives for r in range(q + 1, i))
                    and _referent(lex, doc.text, toks, doc.orig, v, q)):
                return v, q  # «وكان ترامب قال في كلمة له، معلنا…»: no «قد», the verb of saying
                # (not past a relative: «…، وهو الأمر الذي رد عليه روحاني قائلا»)
        return _kana_past(doc, v, i, toks[v - 1].text)
    if v > lo and _strip_conj(toks[v - 1].text) == _AMMA:  # «أما الوزير، فلان، فندد…»
        b = _speaker_after(lex, toks, v, i)
        if b > v and _referent(lex, doc.text, toks, doc.orig, v, b):
            return v, _apposition(lex, toks, v, b, i)
        return None
    verb = toks[v].text
    if (not negated and all(toks[q].text in _FUNCTION or toks[q].text in _PUNCT
                            for q in range(lo, v))
            and (fronted := _fronted_past_subject(doc, v, i, cue)) is not None):
        return fronted  # «صحيفة طهران تايمز أشارت… إلى…، وقالت إن…»; after a connective only
        # («لكن المتحدث…، إبراهيم قالن، سارع إلى رفض العرض، قائلا»), not a time word or negation
    # «التقت المستشارة… ميركل…، حيث أكدت»; ``delivered`` (a text a resumptive pronoun points
    # back to): «وألقى قائد اللواء كلمة رحب فيها…», where «ألقى» loses its hamza to the
    # normalised view and reads «ال…» too (elsewhere «ألقت المخابرات القبض على…» is an act
    # whose subject a later cue does not go on with)
    alqa = delivered and verb in _ALQA[0]
    al_verb = _strip_conj(verb) in _AL_VERBS or alqa
    if verb.startswith("ال") and cue.participle and v == lo and not al_verb:
        # «الصحيفة تسلط الضوء على…، قائلة إن…»: a definite subject opening the sentence
        # before its present verb
        for q in range(v + 1, min(i - 1, v + 3)):
            t = toks[q].text
            if t.startswith("ال"):
                continue
            if (t[0] in "يت" and t not in lex.stop and _cues_of(lex, t)[0] is None
                    and _gender(toks[i].text, True) in ("fp" if t[0] == "ت" else "mp")
                    and _referent(lex, doc.text, toks, doc.orig, v, q)):
                return v, q
            break
        return None
    if ((verb.startswith(("ال", "وال")) and not al_verb) or verb[0].isdigit() or verb in lex.stop
            or (verb[0] in _ACK and len(verb) == 3 and verb[1:] in lex.stop)
            or verb in _QUOTES or len(_strip_conj(verb)) < 3 or _is_marker(lex, verb)):
        return None
    # a verbal noun after «إلى» («وسارعت الوزارة إلى نفي…») agrees with anything
    want = "p" if toks[i - 1].text in _ILA else _gender(toks[i].text, cue.participle)
    has = _gender(verb, False)
    lone_ok = lone_ok or relative
    if negated and has == "p" and _strip_conj(verb).startswith("ت"):
        has = "f"  # «ولن تؤثر الضغوط»: after a negation the verb is present, «ت» is feminine
    if want != "p" and has not in (want, "p"):
        return None
    a = v + 1
    while a + 2 < i and toks[a].text in _TIME_WORDS and _verb_cue(lex, verb) is None:
        # «نشرت الثلاثاء وكالة الاستخبارات… تقريرها… وذكرت فيه»: the day, then the subject (not
        # after a cue of its own: «وصف الاثنين الرئيس… ترامب الهجوم…» would glue its object)
        a += 1
    if a + 1 < i and toks[a].text in _IN_IT:
        a += 1  # «، يظهر فيه الوزير وهو يقول…»: the verb's resumptive pronoun, then its subject
    for q in range(a + 1, min(i - 2, a + _MAX_OBJECT)):
        if (toks[q + 1].text in _IN_IT and not toks[q].text.startswith(("ال", "وال"))
                and toks[q].text not in lex.stop and toks[q].text not in _PUNCT):
            a = q + 2  # «وكتب الداعية تغريدة علق فيها الإعلامي X…، قائلا»: the nearest verb's
            break  # subject, after its resumptive pronoun
    if (a + 2 < i and toks[a].text in _OPEN_QUOTES and _verb_cue(lex, verb) is None
            and doc.text[doc.orig[v][1] - 1] != "ة"):
        # «وتبنت «جبهة النصرة» أمس، خطف المجموعة، واصفة…»: a quoted name right after the verb
        # is its subject (VSO), the quotation marks no part of it; after a verb of saying the
        # quotation is its words («وأضاف "…"، متمنيا»), and a word in «ة» is no verb («وكالة
        # "تسنيم"…»)
        c = _quote_end(toks, a, min(i, a + 2 + _MAX_SUBJECT_QUOTE))
        if (c is not None and c > a + 1 and c + 1 < i
                and _quoted_speaker(doc, a + 1, c)
                and _referent(lex, doc.text, toks, doc.orig, a + 1, c)):
            return a + 1, c
    b = _speaker_after(lex, toks, a, i)
    if b > a + 1:
        b = _object_cut(doc, a, b, True)  # «وبث الإعلام الرسمي شريط فيديو…، وقال»: not the object
    own = _verb_cue(lex, verb)
    if own is not None and own.transitive:
        for q in range(a + 1, b):
            if _strip_conj(toks[q].text) in lex.addressees and toks[q - 1].text.startswith("ال"):
                b = q  # «ودعا البيان المجتمع الدولي…، ووصفها»: the addressee is no subject
                break
    if b <= a or not _referent(lex, doc.text, toks, doc.orig, a, b):
        return None
    if toks[a].text in doc.names:
        q = a + 1
        while q < b and toks[q].text in doc.names:
            q += 1
        b = q  # «ورفضت غنيمات قيام البعض…»: the name set off earlier, not its object
    elif (b > a + 1 and toks[a].text in doc.lone_spoken and toks[a + 1].text not in doc.spoken
          and not toks[a].text.startswith("ال") and toks[a].text not in lex.speaker_heads):
        b = a + 1  # «ونشرت إيران مئات الجنود…، قائلة» after «قالت إيران»: a lone word that has
        # spoken before is a name, the subject, and the words after it are the object; only a
        # speaker named in that one word («أحمد الطيب» after «أحمد أبو الغيط» is a new name)
    if relative and any(toks[q].text in _PUNCT for q in range(b, i - 1)) and not (
            b == i - 2 and toks[b].text in _COMMAS):
        return None  # «…، حسبما نقلت وكالة الأنباء "واس"، التي أشارت»: a clause or a name set
        # off in between is the relative's own antecedent («وقصفت إسرائيل، التي ترى» is hers)
    head = _strip_conj(toks[a].text)
    if cue.participle and not doc.named(a) and (full := _given_full_name(doc, a, i)) is not None:
        b = full  # «وقد رفض بهروز بوجاني تقديم طلب اللجوء قائلا»: the name, not its object
    elif not (head.startswith("ال") or doc.named(a) or head in lex.descriptors or lone_ok
              or (b > a + 1 and (toks[a + 1].text.startswith("ال") or head in lex.titles))
              or all(toks[q].text in doc.spoken for q in range(a, b))):
        return None  # a bare noun is definite only before a definite genitive («وزارة الدفاع»);
        # a title before its genitive names one person («اطلع أمير منطقة نجران…»، «وصف أمير قطر»)
    # (``lone_ok``: «ولم ترد ماي…، لكنها قالت»: the pronoun vouches for a lone name; so does an
    # earlier statement for its speaker's name: «…لم يشعر أنينغ بالأسف وأكد» after «وقال أنينغ»)
    if alqa and not _delivered_text(lex, toks, a, b, i):
        return None  # «ثم ألقت الشرطة القبض على…», «وألقى الوزير الضوء على…»: no text delivered
    if own is not None and own.object_ok:
        return a, b  # «واستبعد مصدر بمجلس الوزراء، تغيير محلب، وقال»: set off, the object
    return a, _apposition(lex, toks, a, b, i)  # «التقت المستشارة الألمانية، أنجيلا ميركل،…»


# the bare words after a given name :func:`_given_full_name` reads as a surname («بوجاني»)
_MAX_SURNAME_WORDS = 2


def _given_full_name(doc: _Doc, a: int, b: int) -> int | None:
    """End of a person's name that opens the subject at ``a`` (before ``b``) after the verb of
    the clause a participle of state continues, with no entity to vouch for it: a common given
    name (:func:`_given_names`) and one or two bare words after it that are no everyday word
    nor possessed noun, a surname («وقد رفض بهروز بوجاني تقديم طلب اللجوء قائلا: "…"»). The
    everyday word after the name is the verb's object («تقديم»), cut off. A given name alone or
    before an everyday word («ورفض سعيد العرض», «واستقبل أحمد ضيوفه») is left to the entities:
    many given names are also adjectives. A word an entity names is another name, the verb's
    object («وزار محمد دمشق قائلا»: Damascus, no surname; the given name itself is named by
    none, or this rule is not asked). Only for participles: after «نهجت إيران نهجا غريبا،
    ورأت أن…» a verb's dropped subject is read by other rules, and «إيران» is a given name."""
    toks, lex, common = doc.toks, doc.lex, load_everyday_words().common
    if _strip_conj(toks[a].text) not in _given_names():
        return None
    q = a + 1
    while q < b and q - a <= _MAX_SURNAME_WORDS:
        t = toks[q].text
        if (not t.isalpha() or t.startswith("ال") or t in common or t in lex.stop
                or t in lex.inner or _verb_cue(lex, t) is not None
                or _possessed(_plain(doc.text, doc.orig[q])) or doc.named(q)):
            break  # («واستقبل أحمد ضيوفه قائلا»: a possessed noun is the object)
        q += 1
    return q if q > a + 1 else None


# the words of a long name the subject span may leave before the text «ألقى» delivers
_MAX_NAME_REST = 3


def _delivered_text(lex: _Lex, toks: list[Token], a: int, b: int, i: int) -> bool:
    """Whether «ألقى» with its subject at ``a:b`` delivers a text: a text noun
    (:func:`_text_noun`) inside the subject span or right after it, past commas and the rest
    of a long name («ثم ألقى قائد اللواء… سعيد بن منير الروقي، كلمة رحب فيها…»). «ألقى القبض
    على…», «ألقى الضوء على…» arrest and shed light: a function word or a conjoined clause comes
    first («…القبض على المتهم وأصدرت بيانا قالت فيه…» is the statement's text, not the arrest's)."""
    for q in range(a + 1, i):
        t = toks[q].text
        if _text_noun(t):
            return True
        if q >= b and t not in _COMMAS and (
                q - b >= _MAX_NAME_REST or t in lex.stop or t in _PUNCT or t[0] in _ACK):
            return False
    return False


# a quoted subject after the clause's verb runs to four words («"الجبهة الشعبية لتحرير
# فلسطين"»); ``_MAX_QUOTED_NAME`` is the longer one a relative clause may hold
_MAX_SUBJECT_QUOTE = 4


def _fronted_past_subject(doc: _Doc, v: int, i: int, cue: Cue) -> tuple[int, int] | None:
    """The subject of a sentence that opens SVO on a speaker («صحيفة طهران تايمز أشارت هي
    كذلك إلى مواصلة…، وقالت إن…», «الصحيفة أوردت الخبر على صفحتها الأولى، وقالت إن…»): a press
    review or a background line puts the outlet or the person first and a bare past verb after
    it, and a later subjectless cue of the sentence goes on with that subject, as after «يذكر أن
    X فعل…» (`_noted_subject`). The first word must be a speaker's head (a descriptor, title or
    source head, bare or definite: «الهجوم أسفر…» is no speaker) and the verb must agree with
    the cue."""
    lex, toks = doc.lex, doc.toks
    head = _strip_conj(toks[v].text)
    if (head.removeprefix("ال") not in lex.speaker_heads or head in lex.stop
            or _verb_cue(lex, head) is not None):
        return None
    b = _speaker_after(lex, toks, v, i)
    if b <= v or b >= i - 1 or not _referent(lex, doc.text, toks, doc.orig, v, b):
        return None
    end = _apposition(lex, toks, v, b, i)
    # the name set off by commas after the title ends on its closing comma, and the verb follows
    verb = end + 1 if end > b and toks[end].text in _COMMAS else end
    if not _noted_past(doc, verb, i, cue):
        return None
    side = next((q for q in range(v + 1, end - 1)
                 if toks[q].text == _MIN and toks[q + 1].text in _SIDE), end)
    return v, side  # «السفير الروسي من جانبه أكد…»: «من جانبه» (for his part) is no name


def _comma_clause_subject(doc: _Doc, i: int, lo: int, cue: Cue) -> tuple[int, int] | None:
    """The subject of the clause set off by commas right before a subjectless cue, when the
    sentence opens on a fronted prepositional phrase rather than on that clause's verb, and no
    quotation stands in the clause («وفي إجابة على سؤال…
    عن جبهة النصرة، «…»، تحاشى المتحدث باسم الخارجية الأميركية جون كيربي التعليق، وقال: …»):
    the clause is read as the sentence's own (`_governing_subject`), verb first, so it must
    open on a bare past: not a particle or a possessed verbal noun («…، ومحاكمته أمام القضاء،
    وأضاف», «…، ولا سيما الجدد، مضيفا» name no subject)."""
    start = i - 2
    while start > lo and doc.toks[start - 1].text not in _COMMAS:
        start -= 1
    opening = _strip_conj(doc.toks[lo].text, 3)  # «وفي»
    if opening not in _PLACE_PREPS and opening not in _FRONTED_TIME_PREPS:
        return None  # the sentence opens on its own clause, read by `_governing_subject`
    first = _strip_conj(doc.toks[start].text, 3)  # «ولا» too
    if (start <= lo or first in _FUNCTION or first in _NEGATIONS or first in doc.lex.stop
            or any(doc.toks[q].text in _QUOTES for q in range(start, i))
            or not first.isalpha() or len(first) < 3 or first.startswith("ال")
            or first.endswith(("ه", "هم", "ات", "ون", "ين")) or doc.named(start)):
        return None
    span = _governing_subject(doc, i, start, cue)
    if span is None:
        return None
    a, b = span
    if _mute_definite(doc, a):
        return None  # «وفي تصريح لوكالة الأناضول، استهدف القصف منزلا…، وأضاف»
    return a, _clause_object_cut(doc, a, b)


def _mute_definite(doc: _Doc, a: int) -> bool:
    """Whether the subject at ``a`` that a rule guessed from a clause's grammar alone is a
    definite noun nobody vouches for as one who speaks: not a speaker's head, a name or an
    earlier speaker («استهدف القصف منزلا», «وتستهدف الدعوى القضائية…»). A bare head before
    its genitive names a body or a person («تبنى حزب العمال…، مؤكدا») and is left."""
    head = _strip_conj(doc.toks[a].text)
    return head.startswith("ال") and not (head[2:] in doc.lex.speaker_heads or doc.named(a)
                                          or head in doc.spoken)


def _clause_object_cut(doc: _Doc, a: int, b: int) -> int:
    """End of a clause's subject before its definite object, which a clause set off by commas
    glues on (verb, subject, object, comma): a definite noun right after a name of two bare
    words («تحاشى المتحدث… جون كيربي التعليق»; a first name's definite surname stays: «أحمد
    الصحاف»), or after a bare title or descriptor and its one genitive («رفض رئيس الوزراء
    الاتهامات»). A relative adjective («الأميركية», «الإسرائيلي») still describes the subject."""
    lex, toks = doc.lex, doc.toks

    def bare_name(k: int) -> bool:  # no title, descriptor, particle («أبو») or noun in «ة»
        w = toks[k].text
        return not (w.startswith("ال") or w.endswith("ه") or w in lex.titles
                    or w in lex.descriptors or w in lex.inner or w in lex.stop
                    or w in lex.speaker_heads or not w.isalpha())

    for q in range(a + 1, b):
        t = toks[q].text
        if not t.startswith("ال") or _nisba(t) or t in lex.stop:
            continue
        if ((q - 2 > a and bare_name(q - 1) and bare_name(q - 2))
                or (q == a + 2 and toks[a + 1].text.startswith("ال")
                    and (toks[a].text in lex.titles or toks[a].text in lex.descriptors))):
            return q
    return b


def _noted_subject(doc: _Doc, v: int, i: int, cue: Cue) -> tuple[int, int] | None:
    """The subject of the clause after «(و)يذكر أن», «(و)يشار إلى أن» (it is noted that): a
    background sentence is SVO, its subject first and its past verb after it, maybe past a name
    or a relative set off by commas («ويذكر أن وزير الخارجية السعودي، عادل الجبير، الذي شارك
    في الجلسة، التقى الجعفري…، مؤكدا», «يذكر أن إسرائيل شنت عدة ضربات…، مشيرة»). The verb must
    be a bare past that agrees with the cue; a predicate or a «كان» clause (read elsewhere)
    leaves it unresolved."""
    lex, toks = doc.lex, doc.toks
    a = v + 1
    if a < i and toks[a].text in _ILA:
        a += 1
    if a + 2 >= i or toks[a].text != _ANNA:
        return None
    a += 1
    if toks[a].text.startswith("لل"):
        return None  # «يشار إلى أن للمهندس حمد مساهمات…»: a fronted predicate, «has»
    if not toks[a].text.startswith("ال") and _noted_past(doc, a + 1, i, cue):
        return _kana_lone(doc, a, a + 1)  # «يذكر أن إسرائيل شنت…»: a lone name, then its verb
    b = _speaker_after(lex, toks, a, i)
    if b <= a or b >= i or not _referent(lex, doc.text, toks, doc.orig, a, b):
        return None
    end = _apposition(lex, toks, a, b, i)
    q = end
    if q < i and toks[q].text in _COMMAS:
        q += 1
    if q < i and toks[q].text in _RELATIVE_GENDER:  # «…، الذي شارك في الجلسة، التقى»
        q = next((r + 1 for r in range(q + 1, min(i, q + _MAX_FRONTED)) if toks[r].text in _COMMAS),
                 i)
    return (a, end) if _noted_past(doc, q, i, cue) else None


def _noted_past(doc: _Doc, q: int, i: int, cue: Cue) -> bool:
    """Whether token ``q``, before the cue ``i``, can be the bare past verb of the subject before
    it and agrees with the cue: no particle, name, present or noun ending, no article unless a
    form VIII past spelt with it («التقى»)."""
    if q >= i - 1:
        return False
    w = doc.toks[q].text
    if (w in doc.lex.stop or w in _FUNCTION or not w.isalpha() or len(w) < 3 or w[0] in "يتن"
            or (w.startswith("ال") and w not in _AL_VERBS) or doc.named(q)
            or w.endswith(("ه", "ات", "ون", "ين"))):
        return False
    want = _gender(doc.toks[i].text, cue.participle)
    return want == "p" or _gender(w, False) in (want, "p")


def _kana_lone(doc: _Doc, v: int, q: int) -> tuple[int, int] | None:
    """A single word between «كان» and «قد» (or its past verb): whatever it is, grammar makes it
    the subject, so a lone name needs none of the definiteness a fronted span asks for
    («وكانت أصالة قد هاجمت رامز قائلة…», «وكان أردوغان حمل بعنف على إسرائيل، معتبرا…»)."""
    lex, toks = doc.lex, doc.toks
    word = toks[v].text
    if (q != v + 1 or word in lex.stop or word in lex.inner or _strip_conj(word) in _FUNCTION
            or _verb_cue(lex, word) is not None
            or not _referent(lex, doc.text, toks, doc.orig, v, q)):
        return None
    return v, q


def _kana_past(doc: _Doc, v: int, i: int, kana: str) -> tuple[int, int] | None:
    """The subject of «(و)كان X <past verb> …» with no «قد» («وكان أردوغان حمل بعنف على
    إسرائيل، معتبرا…», «وكانت وزارة الخزانة فرضت… عقوبات…، قائلة»): a name or a noun with
    its definite genitives and adjectives, then the first bare word, read as the past verb «كان»
    governs when it can be one: no particle, number or noun ending («ـة، ـات، ـون، ـين»), not
    right after a title, and after the feminine «كانت» a feminine past in «ـت». A predicate
    («وكانت تفاصيل الصفقة غامضة»، «وكان من المتوقع») or a name of more than one bare word
    leaves it unresolved."""
    lex, toks = doc.lex, doc.toks
    if toks[i - 1].text == _HAYTH and toks[i - 2].text not in _COMMAS:
        return None  # «…، خلال محاكمة جرت في بغداد حيث ادعت…»: «حيث» with no comma is where,
        # and who spoke there is not the subject of «كان»
    q = v + 1
    while q < i and q - v < _MAX_FRONTED and toks[q].text.startswith("ال"):
        q += 1
    if q + 1 >= i:
        return None
    w = toks[q].text
    if (w in lex.stop or w in lex.inner or w in _FUNCTION or not w.isalpha() or len(w) < 2
            or w[0] in "يتن" or w.endswith(("ه", "ا", "ي", "ين", "ون")) or w.endswith("ات")
            or _strip_conj(kana).endswith("ت") != w.endswith("ت")
            or _verb_cue(lex, w) is not None
            or _titled(lex, toks[q - 1].text) or toks[q - 1].text.removeprefix("ال") in lex.titles):
        return None  # «وكان رئيس الأركان الإيراني اللواء محمد باقري اعتبر»: a name after a title
    if q == v + 1:
        return _kana_lone(doc, v, q)
    return (v, q) if _referent(lex, doc.text, toks, doc.orig, v, q) else None


_AL_VERBS = _word_set("al_verbs")
_ALLATI = normalize("التي")
_MAX_PLURAL_BACK = 25
_CONCESSIVE_LEADS = _word_set("concessive_leads")
_MAX_CONCEDED = 4  # words of the definite noun phrase conceded («الرغم من الانتقادات الواسعة»)


def _past_concession(doc: _Doc, v: int, i: int) -> tuple[int, bool]:
    """Index of the verb after a fronted concession («وعلى الرغم من الانتقادات لم يشعر X…»,
    «ورغم الضغوط، أعلن…») and whether a negation stands before it. Its definite noun phrase is
    no subject: the clause's own verb and subject follow it. Without a definite phrase closed by
    a comma, a negation or a verb the concession is left as it is."""
    toks = doc.toks
    q = v + 1
    if q < i and toks[q].text == _MIN:
        q += 1
    np0 = q
    while q < i and q - np0 < _MAX_CONCEDED and toks[q].text.startswith(("ال", "وال")):
        q += 1
    if q == np0 or q >= i:
        return v, False
    if toks[q].text in _COMMAS:
        q += 1
    negated = False
    while q < i and (toks[q].text in _NEGATIONS or _strip_conj(toks[q].text) in _NEGATIONS):
        negated, q = True, q + 1
    return q, negated


def _lisan_before(doc: _Doc, i: int, lo: int) -> tuple[int, int] | None:
    """The person a participle continues when its clause spoke «على لسان» them («وسبق وحرّض
    "حزب الله" على لسان نائبه في البرلمان، محمد رعد، على اللاجئين…، قائلا إن…»): the
    mouthpiece, with the name set off after a possessed title."""
    lex, toks = doc.lex, doc.toks
    for p in range(lo, i - 2):
        if toks[p].text == _ALA and toks[p + 1].text == _LISAN:
            a = p + 2
            b = _speaker_after(lex, toks, a, i)
            if b <= a or not _referent(lex, doc.text, toks, doc.orig, a, b):
                return None
            m = next((q for q in range(b, min(i - 2, b + 5)) if toks[q].text in _COMMAS), None)
            if m is not None and _possessed(_plain(doc.text, doc.orig[a])):
                c = _speaker_after(lex, toks, m + 1, i)
                if (m + 1 < c <= m + 4 and c < i and toks[c].text in _COMMAS
                        and not toks[m + 1].text.startswith("ال")
                        and _referent(lex, doc.text, toks, doc.orig, m + 1, c)):
                    return m + 1, c  # «نائبه في البرلمان، محمد رعد،»: the name set off after
            return a, b  # the possessed title
    return None


def _plural_subject(doc: _Doc, i: int, lo: int) -> tuple[int, int] | None:
    """For a plural cue with no subject of its own, the definite subject of the nearest plural
    verb before it in the sentence («إلا أن الأهالي رفضوا ذلك، وطالبوا المسلحين…»: the people,
    not the sentence's first subject «وتفجرت الأحداث…»)."""
    lex, toks = doc.lex, doc.toks
    for q in range(i - 1, max(lo, i - _MAX_PLURAL_BACK), -1):
        t = toks[q].text
        if t in (".", "؟", "!", ":") or t in _QUOTES:
            return None
        prev = toks[q - 1].text
        if (q - 1 > lo and prev.startswith("ال") and not t.startswith(("ال", "وال"))
                and len(t) >= 4 and t.endswith("وا") and t not in lex.stop
                and _cues_of(lex, t)[0] is None):
            span = _fronted_span(doc, q, lo)
            return span if span is not None and span[1] == q else None
    return None


_PRONOUN_SUFFIX_AGREEMENT = (("هما", "?"), ("هم", "pl"), ("ها", "f"), ("ه", "m"))


def _adversative_pronoun(doc: _Doc, i: int, lo: int) -> str | None:
    """The agreement («m», «f», «pl», «?» for the dual) of the pronoun of an adversative lead
    right before the cue at ``i`` («لكنه، ولكنها، لكنهم»; «إلا أنه، غير أنها»), else None (no
    such lead; «وهو، فهي» are left: they add a circumstance as often as they resume)."""
    toks = doc.toks
    if i <= lo:
        return None
    lead = toks[i - 1].text
    if not ((lead in _PRONOUN_LEADS and _strip_conj(lead)[:3] in _LAKIN) or (
            lead in _PRONOUN_MARKERS and i - 1 > lo and _strip_conj(toks[i - 2].text) in _BUT)):
        return None
    return next(g for suffix, g in _PRONOUN_SUFFIX_AGREEMENT if lead.endswith(suffix))


def _adversative_resumes(doc: _Doc, out: list[Statement], st: Statement, i: int,
                         lo: int) -> Speaker | None:
    """The speaker an adversative lead before the cue resumes when the speaker found for it
    stands inside the words of an earlier statement of the sentence: «but it» after a report
    opens the reporter's next clause («تقول قيادة التحالف الدولي إنه… تقوم قوات سوريا
    الديمقراطية بتأمين…، ولكنها اعتبرت أن…»: the command, not the force named in its words).
    Only when that statement's verb agrees with the pronoun: «قال الوزير إن الحكومة وافقت…،
    لكنها أكدت…» leaves the government, which «he» cannot be, and a source phrase («على لسان»)
    has no gender to agree. Not after a concessive clause («ورغم ان اردوغان لم يشر…، الا انه
    قال»): «إلا أنه» resumes the one it concedes. None when nothing changes."""
    sp = st.speaker
    if not sp.text or sp.start is None or sp.end is None:
        return None
    gender = _adversative_pronoun(doc, i, lo)
    if gender is None or gender == "?":
        return None
    k = i - 1
    while k > lo and doc.toks[k - 1].text not in _COMMAS:
        k -= 1  # the lead's own clause, then the one before it
    opener = k - 1
    while opener > lo and doc.toks[opener - 1].text not in _COMMAS:
        opener -= 1
    if k > lo and _strip_conj(doc.toks[opener].text) in _CONCESSIVE:
        return None
    start = doc.orig[lo][0]
    for held in reversed(out):
        words = held.content
        if (held.cue_start is None or held.cue_start < start or words is None
                or not held.speaker.text or not held.cue
                or not words.start <= sp.start < sp.end <= words.end):
            continue
        if _cue_agreement(doc.lex, held) != gender:
            return None
        return replace(held.speaker)
    return None


def _clause_subject(doc: _Doc, i: int, lo: int, cue: Cue) -> tuple[int, int] | None:
    """The subject a pronoun lead («لكنها، إلا أنه، وهو») before the cue at ``i`` refers to: of
    the clause before it (back to the comma before that clause), the noun after its «أن» («ورغم
    أن اردوغان لم يشر…، إلا أنه قال»), else its verb's subject («ولم ترد ماي…، لكنها قالت»)."""
    lex, toks = doc.lex, doc.toks
    k = i - 1
    while k > lo and toks[k - 1].text not in _COMMAS:
        k -= 1  # the lead's own clause
    if k < i - 2:
        own = _governing_subject(doc, i, k, cue, lone_ok=True)
        if own is not None and own[1] < i:
            return own  # «، يظهر فيه الوزير وهو يقول…»: the lead's own clause names its referent
    end = k - 1 if k > lo else k
    start = end
    while start > lo and toks[start - 1].text not in _COMMAS:
        start -= 1
    for m in range(end - 2, start, -1):
        if (toks[m].text in _IN_IT and toks[m - 1].text[:1] in "يت"
                and toks[m - 1].text[:1].isalpha() and not toks[m + 1].text.startswith("ال")):
            # «…مقطع فيديو يظهر فيه نازيك واقفا…، وهو يقول»: the one the footage shows
            b = _speaker_after(lex, toks, m + 1, end)
            for q in range(m + 2, b):
                if _HAL_RE.match(toks[q].text):
                    b = q  # «واقفا»: how he stands, not his name
                    break
            if b > m + 1 and _referent(lex, doc.text, toks, doc.orig, m + 1, b):
                return m + 1, b
            break
    concessive = start < end and _strip_conj(toks[start].text) in _CONCESSIVE
    for m in range(start, min(end, start + 3) if concessive else start):
        if _strip_conj(toks[m].text) in _BARE_MARKERS and m + 1 < end:
            b = _speaker_after(lex, toks, m + 1, end)
            if b > m + 1 and _referent(lex, doc.text, toks, doc.orig, m + 1, b) and (
                    b < end and (_strip_conj(toks[b].text) in _NEGATIONS
                                 or toks[b].text[0] in "يت")):
                return m + 1, b
            break
    if start < end:
        gov = _governing_subject(doc, i, start, cue, lone_ok=True)
        if gov is not None and gov[1] < i:
            return gov
    gov = _governing_subject(doc, i, lo, cue, lone_ok=True)
    return gov if gov is None or gov[1] < i else None  # never a span holding the lead itself


def _nominal_source(doc: _Doc, i: int, lo: int, cue: Cue) -> tuple[int, int, bool] | None:
    """The person a nominal report names before a subjectless verb of its sentence: «جاء ذلك
    في مقابلة لبن الياهو مع…، حيث قال», «في تصريح للوزير… قال» (the «لـ» token starts the
    span; ``_Doc.speaker`` drops the preposition: the flag returned), or the subject of the
    verb that issued it: «جاء ذلك في البيان الذي أصدره الدكتور عبدالله التركي…، وقال…» (the
    writer of a statement says what is in it; an outlet that published it only relays it, so
    «في بيان نشرته وكالة الأنباء القطرية حيث نفت» names no speaker)."""
    lex, toks = doc.lex, doc.toks
    # («في سلسلة من التغريدات لقرقاش…، حيث قال»: the definite noun leads too)
    for k in doc.recipient_leads(lo, i - 1):
        issuer = _issuer_after(doc, k + 1, i, cue)
        if issuer is not None:
            return issuer
        n = k + 1
        adj = toks[n].text
        if (n + 1 < i - 1 and adj[-1] in "هي" and len(adj) > 3 and not adj.startswith(("ل", "ال"))
                and adj not in lex.stop and toks[n + 1].text.startswith("ل")):
            n += 1  # «في تصريحات صحفية للأسد»: the noun's adjective before the «لـX»
        t = toks[n].text
        if not (t.startswith("ل") and len(t) > 2 and t not in lex.stop
                and t[1:] not in lex.recipient_heads and t[1:] not in lex.not_speaker):
            continue
        end = _speaker_after(lex, toks, n + 1, i)
        return n, max(end, n + 1), True
    return None


def _issuer_after(doc: _Doc, n: int, i: int, cue: Cue) -> tuple[int, int, bool] | None:
    """The subject of a verb of issuing right after a statement noun, before the cue ``i``
    («بيان أصدره X», «البيان الذي أصدره X», «الكلمة التي ألقاها X»), unless an outlet: a
    publisher relays what another wrote («بيان نشرته وكالة…»). The issuing verb must agree
    with the cue: «البيان الذي أصدرته ميليشيات الحوثي…، ووصفوه» is described by others."""
    lex, toks = doc.lex, doc.toks
    if n < i and toks[n].text in _RELATIVE_GENDER:
        n += 1
    issued = toks[n].text.rstrip("\u200c") if n + 1 < i else ""
    if issued not in _ISSUED_BY:
        return None
    word = _strip_conj(toks[i].text)
    want = "p" if word.endswith(("وه", "وها", "وهم")) else _gender(word, cue.participle)
    if want != ("f" if issued.removesuffix("ها").removesuffix("ه").endswith("ت") else "m"):
        return None
    head = toks[n + 1].text
    if {head, head.removeprefix("ال"), "ال" + head} & lex.outlets or head in lex.stop:
        return None
    return n + 1, max(_speaker_after(lex, toks, n + 2, i), n + 2), False


_ADVERBIAL_PHRASES = tuple(tuple(normalize(w) for w in p.split())
                           for p in statement_words()["adverbial_phrases"])
# first word -> the adverbial phrases opening with it, in list order: a cue's next word picks
# its few phrases instead of every phrase being compared at every cue
_ADVERBIAL_BY_FIRST: dict[str, tuple[tuple[str, ...], ...]] = {
    first: tuple(p for p in _ADVERBIAL_PHRASES if p[0] == first)
    for first in dict.fromkeys(p[0] for p in _ADVERBIAL_PHRASES)}
_MANNER_HEADS = _word_set("manner_heads")
_MANNER_NOUNS = _word_set("manner_nouns")


def _adverbial_after(lex: _Lex, toks: list[Token], j: int, limit: int, cue: Cue) -> int:
    """How many words at ``j``, right after a verb cue, are an adverbial rather than its
    subject, which then follows them or was dropped: a phrase of how often («وأكد مرة أخرى
    أهمية…», «وصرح أكثر من مرة بأن…»), of manner («وأضاف بكل وضوح أن…», «ودافع بكل قوة
    وشراسة عن…») or «لـ» with the article and its adjectives, whom or when it was said to
    («وأكد للصحيفة "…"», «قالت للمرة الحادية عشرة بأن…») when what was said or the subject
    follows it. A subject never opens with any of them; a verbal noun keeps its genitive
    speaker («تصريح للرئيس التركي»), and a title or body after «لل…» is the subject («قال
    للصحيفة الوزير…»)."""
    for phrase in _ADVERBIAL_BY_FIRST.get(toks[j].text, ()) if j < len(toks) else ():
        if tuple(t.text for t in toks[j : j + len(phrase)]) == phrase:
            return len(phrase)
    if j + 1 >= limit or cue.nominal:
        return 0
    t, n = toks[j].text, toks[j + 1].text
    heads = lex.speaker_heads
    if t in _MANNER_HEADS and n[:1].isalpha():
        # a second manner noun joined by «و» («بكل قوة وشراسة»), never the subject's head
        # («وأكد بكل وضوح وزير الخارجية…»: «وزير» is no «و» + noun)
        third = toks[j + 2].text if j + 2 < limit else ""
        return 3 if (third.startswith("و") and len(third) > 3 and third not in _FUNCTION
                     and not {third, third[1:]} & heads) else 2
    if cue.participle or not (t.startswith("لل") and len(t) > 3):
        return 0
    k = j + 1
    while (k < limit and k - j <= 2 and toks[k].text.startswith("ال")
           and not {toks[k].text, toks[k].text[2:]} & heads):
        k += 1
    if k < limit and (_is_marker(lex, toks[k].text) or toks[k].text in _QUOTES
                      or toks[k].text == ":" or {toks[k].text, toks[k].text[2:]} & heads):
        return k - j  # (then what was said, or the subject; not «أعلنها للملأ بصراحة…», whose
    return 0  # object is a pronoun, nor a participle's own «منتقدة للنظام»)


def _question_line(text: str, start: int, end: int) -> bool:
    """Whether the sentence ``start``–``end`` is a question standing as a line of its own: it
    closes with «؟» at a line break or the end of the text, outside any quotation (an
    interviewer's «• ألا ترى أن الرواية ملأت الدنيا؟»; not «علّقت بالقول: «ولِمَ لا نساند
    بعضنا؟ فسيرين…»», where the mark only splits the quoted answer)."""
    body = text[start:end].rstrip()
    if not body.endswith(("؟", "?")):
        return False
    close = start + len(body)
    return (text[close : close + _QUESTION_TAIL].lstrip(" \t")[:1] in ("", "\n", "\r")
            and not _quote_open(text, start, close))


# how far after a question mark the line break is looked for: blanks and tabs past it are
# layout, and a run longer than this is no line's trailing space but a gap before more words
_QUESTION_TAIL = 80


def _quote_open(text: str, start: int, at: int) -> bool:
    """Whether a quotation is still open at offset ``at``: a «» pair opened earlier in the
    paragraph (a sentence split inside it, «تحية للقصبي.. أقول الله يحميك», shows no opening
    mark of its own), or a straight mark opened since ``start`` (straight marks pair up only
    within a sentence: a stray one earlier in a paragraph would turn the count)."""
    para = text[text.rfind("\n", 0, at) + 1 : at]
    return para.count("«") > para.count("»") or text[start:at].count('"') % 2 == 1


def _previous_subject(doc: _Doc, i: int, lo: int, cue: Cue) -> tuple[int, int] | None:
    """For a subjectless verb opening its sentence with no statement to continue, the subject of
    the sentence before it: «وحمّل المومني إسرائيل المسؤولية. ودان…», «وانتقدت سيفوينتس
    المقطع… وقالت…» (a non-reporting verb and its subject, then the report). In news a
    paragraph is often that one sentence, so one paragraph break may stand between them when
    the sentence ends in a full stop, relays no one and its subject names a speaker."""
    before = doc.before
    if before is None:
        return None
    toks, lex = doc.toks, doc.lex
    for k in range(lo, i):
        t = toks[k].text
        if not (t in _FUNCTION or _strip_conj(t) in _FUNCTION or t in _PUNCT
                or t in _TIME_WORDS):
            return None
    gap = doc.text[doc.orig[before][0] : doc.orig[i][0]]
    if "\n" in gap and (not gap.rstrip().endswith(".") or any(
            (c := _verb_cue(lex, toks[k].text)) is not None and c.relay
            for k in range(before, lo))):
        return None  # a heading or related-link line with no full stop, or a relay («ونقلت
        # الإذاعة على لسان X قوله…»: X speaks on, not the outlet), ends the paragraph before
    gov = _governing_subject(doc, i, before, cue)
    if gov is not None and _quote_open(doc.text, doc.orig[before][0], doc.orig[gov[0]][0]):
        return None  # «وجاء في الدعوة: «… أقول الله يحميك…». وناشد…»: a subject inside quoted
        # words belongs to them, never the one who goes on speaking after them
    if gov is None or "\n" not in gap:
        return gov
    # across a paragraph break («ووجه وزير الثقافة… نداء… .\nوقال في منشور…»), only a subject
    # that names a speaker: a person, an office or a body, never any noun the clause opens on
    head, bare = toks[gov[0]].text, _strip_conj(toks[gov[0]].text)  # («وزير» is no «و» + «زير»)
    if doc.named(gov[0]) or {head, bare, head.removeprefix("ال"), bare.removeprefix("ال")} & (
            lex.speaker_heads):
        return gov
    return None


_ADVERBS = _word_set("adverbs") | _word_set("attention_objects")  # «لفت الانتباه إلى»
_BODIES = frozenset(normalize(w) for w in load_json("reporting_verbs.json")["possessed_bodies"])
# imperatives in their written spelling (hamza kept): an order, never a report
_IMPERATIVES = frozenset(statement_words()["imperatives"])
# «أمام» in its written spelling (normalised it is also «إمام», imam, a speaker)
_AUDIENCE_PREPS = frozenset(statement_words()["audience_preps"])
_BI_NOUNS = tuple(statement_words()["bi_verbal_nouns"])
_PERIODS = _word_set("periods")
_PERIOD_OF = _word_set("period_of")


def _object_cut(doc: _Doc, a: int, b: int, object_cue: bool) -> int:
    """End of a subject read after a verb, before the object glued to it: a possessed noun
    («أعلن تنظيم داعش مسؤوليته», «وتابع الرئيس الفرنسي كلامه», «وصف ماكرون نظيره»), «بـ» + a
    verbal noun («تتهمها إسرائيل بإقامة…») after a definite or named word when the cue takes an
    object (never a name: «الرئيس بشار الأسد», «العميد بسام»), an adverb or a period
    («نتانياهو الشهر الماضي دمشق», «إسرائيل آنذاك»). The first word always stays."""
    toks = doc.toks
    for q in range(a + 1, b):
        t = toks[q].text
        if t in _ADVERBS or (t in _PERIODS and q + 1 < len(toks)
                             and toks[q + 1].text in _PERIOD_OF):
            return q
        prev = toks[q - 1].text
        if object_cue and t[0] != "و" and _named_object(doc, q):
            return q
        if object_cue and t.startswith("بال") and not doc.named(q):
            return q  # «استشهد الجعفري بالمادة 51…»: a prepositional phrase ends the subject
        if not (prev.startswith("ال") or doc.named(q - 1)) or t[0] == "و":
            continue
        if prev in doc.lex.descriptors or prev in doc.lex.inner:
            continue
        if (_possessed(_plain(doc.text, doc.orig[q])) and not doc.named(q)
                and not _name_goes_on(doc, q + 1, b)):
            return q
        if object_cue and _nisba_object(doc, a, q):
            return q
        if object_cue and _plain(doc.text, doc.orig[q]).startswith(_BI_NOUNS) \
                and not doc.named(q):
            return q
        if (object_cue and q + 1 == b and len(t) > 3 and t.endswith("ا")
                and not t.endswith(("يا", "كا")) and not doc.named(q)
                and prev not in doc.lex.descriptors):
            return q  # «ووجه النائب محمد العلي سؤالا إلى…»: an indefinite object ends the subject
    return b


def _name_goes_on(doc: _Doc, k: int, b: int) -> bool:
    """Whether token ``k`` (before ``b``) continues a name: a bare word, neither a particle nor
    a definite noun («عبدربه منصور هادي», not «مسؤوليته عن», «نظيره الروسي»)."""
    if k >= b:
        return False
    t = doc.toks[k].text
    return not (t.startswith("ال") or t in _PUNCT or t in _QUOTES or t in doc.lex.stop
                or t in doc.lex.inner or t[0].isdigit() or t[0] in "لب"
                or _verb_cue(doc.lex, t) is not None)


def _named_object(doc: _Doc, q: int) -> bool:
    """With entities: the object right after a named subject — another name («وتتهم البحرين
    ومصر الدوحة», «اتهمت دمشق إسرائيل»), or anything but a person's title after a person's
    name («طالب الرئيس عبدربه منصور هادي المليشيات», «كوربن حكومة ماي»), or a bare noun after
    a place or body («وتعتبرها أنقرة جماعة»)."""
    before = doc.edge(q - 1, end=True)
    if before is None or doc.edge(q, end=True) is before:
        return False
    t = doc.toks[q].text
    if t in doc.lex.descriptors or t in doc.lex.inner or t in doc.lex.stop:
        return False
    after = doc.edge(q, end=False)
    if after is not None and after is not before:
        if after.type in _PERSON_TYPES and _office_of(doc, q - 1, before):
            return False  # «رئيس مجلس النواب سليم الجبوري»: the office holder, in apposition
        return before.type not in _PERSON_TYPES or after.type not in _PERSON_TYPES
    if before.type in _PERSON_TYPES:
        return not doc.person(q)
    return not (t.startswith("ال") or t[0] in "لبكوف" or t[0].isdigit() or doc.named(q))


def _office_of(doc: _Doc, k: int, body: Entity) -> bool:
    """Whether the mention of ``body`` ending at token ``k`` is governed by a person's office
    written right before it («رئيس مجلس النواب», «ونائب رئيس البرلمان», «رئيسة حزب…»): the
    body then only qualifies the office, and a person named next is its holder, never an
    object. A body heading the subject itself («وانتقدت حركة حماس محمود عباس») keeps the
    person as its object."""
    s0, s1 = doc.orig[k]
    for m in body.mentions:
        if s0 < m.end <= s1:
            j = k
            while j > 0 and doc.orig[j][0] > m.start:
                j -= 1
            if j == 0 or doc.orig[j][0] != m.start:
                return False
            head = _strip_conj(doc.toks[j - 1].text)
            return head in _MASCULINE_HEADS or (head.endswith("ة")
                                                and head[:-1] in _MASCULINE_HEADS)
    return False


def _nisba_object(doc: _Doc, a: int, q: int) -> bool:
    """«الخارجية البحرينية مجلس الأمن», «الإعلام الرسمي السوري شريط فيديو»: a bare noun after
    a definite adjective of an institution is the object. After a person's title a bare word is
    the name («الرئيس الأمريكي دونالد ترامب»), so titles and person mentions keep it."""
    lex, toks = doc.lex, doc.toks
    t, prev = toks[q].text, _plain(doc.text, doc.orig[q - 1])
    if not (prev.startswith("ال") and (prev.endswith(("ي", "ية")) or q == a + 1)) \
            or t.startswith(("ال", "نفس", "ذات")):
        return False  # «الوزارة موعد…», «الإعلام الرسمي السوري شريط…»
    if (t[0] in "لبكوف" or t[0].isdigit() or t in lex.stop or t in lex.inner
            or t in lex.descriptors or doc.person(q)):
        return False
    heads = {toks[a].text, _strip_conj(toks[a].text)}
    heads |= {h[2:] for h in heads if h.startswith("ال")}
    heads -= _BODIES  # «الخارجية البحرينية مجلس الأمن»: a body's bare noun after is no name
    return not (heads & (lex.descriptors | lex.possessed_ok | lex.titles) or doc.person(a))


_MAX_DEEMED = 20  # words from the subject of «اعتبر» to its judgement («واعتبر وزير النقل…
# بدر باسلمة استعادة قاعدة العند… ومحافظة لحج ومدينة زنجبار… تحولا كبيرا»)
_NISBA_ENDS = ("ي", "يه", "يين", "يون", "يان", "يتين")  # normalised: «التركية» → «التركيه»
# «كانوا», «سوريا», «أمريكا», «ربما», «هكذا», «عليها», «لدينا»
_NOT_ACCUSATIVE = ("وا", "يا", "كا", "ما", "ذا", "ها", "نا")
_MA_FORMS = frozenset(("ما", "مما", "عما", "بما", "لما", "فيما", "كما"))  # «ما» opens a clause


def _deemed_object(doc: _Doc, a: int, hi: int) -> int | None:
    """Where the thing judged begins after the subject at ``a`` of a two-object «اعتبر»
    (considered X Y) with no content marker: «وتعتبر أنقرة الوحدات الكردية السورية امتدادا
    لحزب العمال», «واعتبر مسؤولو الأهلي قرار اتحاد الكرة نوعاً من المجاملة», «وتعتبر تركيا
    هذه القوات امتدادا…». The verb's content is then the thing judged and the judgement. Both
    must be plain: the first object opens where a second noun phrase plainly begins
    (:func:`_deemed_boundary`), and the judgement after it is an indefinite accusative (a noun
    in «ا»: «امتدادا، نوعا، تحولا») or a quotation («الوحدات "منظمة إرهابية"»). Without a second
    noun phrase the verb is the passive «يُعتبر» written without its vowels, its subject the thing
    judged («ويعتبر المسجد واحدا من أقدم…», «وتعتبر المنطقة "منطقة عسكرية"»): None, as for a
    punctuation mark, a content marker or another cue before the judgement."""
    toks, lex = doc.toks, doc.lex
    judged = None
    quoted = False
    for q in range(a + 1, min(hi, a + _MAX_DEEMED)):
        t = toks[q].text
        if t in _PUNCT or _is_marker(lex, t) or _verb_cue(lex, t) is not None:
            return None
        if (_strip_conj(t) in lex.relatives or t in _FUNCTION
                or (t in _MA_FORMS and judged is not None)):
            return None  # «المعلومات التي حصل عليها…», «أبكر… مما كان مفترضا»: another clause
        if judged is not None and q > judged and (
                (t in _QUOTES and not quoted) or _accusative_noun(doc, q)):
            return judged
        if t in _QUOTES:
            quoted = not quoted
        elif judged is None and not quoted and _deemed_boundary(doc, a, q):
            judged = q
    return None


def _accusative_noun(doc: _Doc, k: int) -> bool:
    """Whether token ``k`` is an indefinite noun in the accusative, spelt with its final «ا»
    («امتدادا، تنظيما، تحولا»): no verb's plural «وا», no name in «يا/كا» («سوريا، أمريكا»), no
    adverb, time word or function word («أيضا، مؤخرا، ربما، هكذا»), no preposition with a
    pronoun («عليها، لدينا»)."""
    t = doc.toks[k].text
    return (len(t) > 3 and t.endswith("ا") and not t.endswith(_NOT_ACCUSATIVE)
            and not t.startswith(("ال", "و")) and t not in _ADVERBS and t not in _TIME_WORDS
            and t not in _ALSO and t not in _FUNCTION and t not in doc.lex.stop
            and not doc.named(k))


def _deemed_boundary(doc: _Doc, a: int, q: int) -> bool:
    """Whether token ``q`` plainly opens a second noun phrase after the subject begun at ``a``:
    an object opener or a verbal noun after a definite word (:func:`_object_head`), a
    demonstrative or «ما» («تركيا هذه القوات», «البحرين ما صدر عن…»), a bare noun after an
    institution's definite adjective (:func:`_nisba_object`), an object after a named subject
    (:func:`_named_object`: «أنقرة وحدات حماية الشعب»), or, with entities, a definite noun that
    is no nisba adjective right after a name ends («أنقرة الوحدات الكردية»; not «أنقرة
    الرسمية»). Without entities a bare word and a definite one may be one name («دير الزور
    مثالا», «مخيم اليرموك ومحيطه أوسع…», both the passive) and a bare word and a verbal noun
    a construct («اتفاق انسحاب مسلحي…», «وحدات حماية الشعب»): no boundary there. A word
    opened by «و» with the article («والاتحاد الأوروبي») is coordinated with the subject, and a
    common given name continues it («الدكتورة مروة محمود»)."""
    t = doc.toks[q].text
    if t.startswith("وال") or t in _given_names():
        return False  # («حيث تعتبر الدكتورة مروة محمود…»: a title and the name it opens)
    if _object_head(doc, q) or t in _DEMONSTRATIVES or t == "ما":
        return True
    if _nisba_object(doc, a, q) or _named_object(doc, q):
        return True
    name = doc.edge(q - 1, end=True)
    return (name is not None and name.type not in _PERSON_TYPES and not doc.named(q)
            and t.startswith("ال") and not t.endswith(_NISBA_ENDS)
            and t not in doc.lex.descriptors)


def _measured_head(doc: _Doc, cue: Cue, q: int) -> bool:
    """Whether token ``q`` is the noun an estimate with a «بـ» amount measures («قدرت الأمم
    المتحدة عدد مقاتلي…», «وتقدر قيمتها بمليارات»): the object, never the estimator, and right
    after the verb a passive figure. «عدد من» (a number of) is a quantified subject («ويقدر عدد
    من الخبراء أن…»)."""
    if not (cue.stance == "estimate" and "ب" in cue.complement):
        return False
    toks = doc.toks
    word = _strip_conj(toks[q].text).removeprefix("ال")
    if q + 1 < len(toks) and toks[q + 1].text == _MIN:
        return False
    return word in _MEASURED or any(word.endswith(suf) and word[: -len(suf)] in _MEASURED
                                    for suf in _POSSESSIVE)


def _estimate_ahead(doc: _Doc, cue: Cue, j: int, hi: int) -> bool:
    """Whether a content marker or a measured noun follows an estimate verb within its clause
    (before a comma or a full stop): «وتقدر الأمم المتحدة أن…», «يقدر (التحالف) أن…», «وقدر
    المرصد عدد المدنيين… بنحو…»; not «أنه يقدر الظرف الذي يمر به اللاعب، مؤكدا أن…», where
    the marker belongs to the next clause."""
    for k in range(j, min(hi, j + _MAX_WINDOW)):
        t = doc.toks[k].text
        if _is_marker(doc.lex, t) or _measured_head(doc, cue, k):
            return True
        if t in _CLAUSE_STOPS:
            return False
    return False


_FOLLOWERS = _word_set("follower_heads")


def _own_followers(word: str) -> bool:
    """«أنصاره، أتباعه، مناصريها»: a group of followers with the pronoun of someone else; right
    after a verb that urges or calls on (حث، دعا، طالب، ناشد) it is whom the subject addresses,
    its own people, never the subject (no labelled set has one speak there)."""
    word = _strip_conj(word)
    return any(word.endswith(suf) and word[: -len(suf)] in _FOLLOWERS for suf in _POSSESSIVE)


def _verbal_object(doc: _Doc, q: int) -> bool:
    """Whether the word right after an object-taking cue is a verbal noun of the object
    lexicon, definite or possessed («التزامها، الحرص، دعمه»), or an object opener («كما أكدت
    عدم استهدافها للمدنيين», «نفى أي علاقة»): the object, never the subject. The word is read
    whole as well as without a conjunction: «وجود، وقف، وفاة» open on their own «و» («ونفى
    وجود أي مخطط…» after a dropped subject is the object, not the speaker «وجود»)."""
    if doc.named(q):
        return False
    whole = doc.toks[q].text
    return any(_verbal_object_form(doc, word, q)
               for word in dict.fromkeys((whole, _strip_conj(whole))))


def _verbal_object_form(doc: _Doc, word: str, q: int) -> bool:
    """:func:`_verbal_object` for one reading of token ``q``, ``word``."""
    lex = doc.lex
    if word in lex.object_openers:
        return True
    if word.startswith("ال") and word[2:] in lex.object_heads:
        return True
    if word in lex.object_heads and q + 1 < len(doc.toks) and not doc.named(q + 1):
        return True  # «واقترحت عقد محادثات»: a bare verbal noun and what it governs
    return any(word.endswith(suf) and word[: -len(suf)] in lex.object_heads
               for suf in _POSSESSIVE)


def _object_head(doc: _Doc, q: int, lone: bool = False) -> bool:
    """Whether token ``q`` opens the object of an object-taking cue: a verbal noun after a
    definite or named word («الفلسطينية مقتل», «اليماني دعم»; not «هيئة تحرير الشام», where the
    bare noun before makes it part of a name) or «أي/أية/عدم» anywhere. ``lone``: the word
    before is the subject's only word, and a bare one that heads no speaker (no office, title
    or body noun that a name may follow) is a name the entities missed («وتمنى نيبينزيا وجود
    "قنوات اتصال…"»): a name governs no verbal noun, so the object begins. (Not for a cue whose
    content its complement opens, «كرر أردوغان تأكيد عزمه على…»: the noun leads to it.)"""
    lex, toks = doc.lex, doc.toks
    if _listed_form(toks[q].text, lex.object_openers) is not None:
        return True
    if _listed_form(toks[q].text, lex.object_heads) is None:
        return False  # (never _strip_conj: «وجود، وفاة، وقف» open on their own «و»)
    prev = _strip_conj(toks[q - 1].text)
    return prev.startswith("ال") or doc.named(q - 1) or (
        lone and prev not in lex.speaker_heads and prev not in lex.stop
        and prev not in _FUNCTION and prev not in lex.object_heads)


def _set_off_name(lex: _Lex, toks: list[Token], b: int, limit: int) -> int:
    """Extend a relaying outlet ending at ``b`` over the short name set off by commas after it
    when «عن» and the source follow («ونقلت وكالة الأنباء السورية الرسمية، سانا، عن مصدر…»):
    the outlet's own name, not a clause; ``b`` otherwise."""
    if b >= limit or toks[b].text not in _COMMAS:
        return b
    k = b + 1
    while k < limit and k - b <= 4 and toks[k].text not in _PUNCT and toks[k].text not in lex.stop \
            and _verb_cue(lex, toks[k].text) is None and not _is_marker(lex, toks[k].text):
        k += 1
    if 1 < k - b <= 4 and k + 1 < limit and toks[k].text in _COMMAS and toks[k + 1].text == _AN:
        return k
    return b


# what may follow a people noun of ``possessed_referents`` in the same word: nothing, a
# possessive suffix, the feminine «ت» before one, or a number or case ending («زوجته، قادتها،
# مسؤولو، قائدا»); anything else makes another word («خالد» is no «خال»)
_REFERENT_ENDINGS = frozenset(("", "ا", "ان", "ين", "ون", "و", "ي", *_POSSESSIVE,
                               *("ت" + s for s in _POSSESSIVE)))


def _apposition(lex: _Lex, toks: list[Token], a: int, b: int, limit: int) -> int:
    """Extend a title to the name set off after it: «المتحدث باسمها، نوري محمود، …»."""
    head = _strip_conj(toks[a].text)
    if not (head in lex.descriptors or head[2:] in lex.descriptors
            or toks[a].text in lex.descriptors
            or any(head.endswith(e) and head[: len(head) - len(e)] in lex.possessed_ok
                   for e in _REFERENT_ENDINGS)):
        return b  # (unstripped too: the «و» of «وزير» is no conjunction; «خالد» is no «خال»)
    if b + 2 >= limit or toks[b].text not in ("،", ","):
        return b
    k = b + 1
    # a family name after the first name may carry the article («الرئيس السوري، بشار الأسد،»)
    while k < limit and k - b <= 4 and toks[k].text not in _PUNCT and toks[k].text not in lex.stop \
            and not (toks[k].text.startswith("ال") and (k == b + 1 or len(toks[k].text) < 5)) \
            and _verb_cue(lex, toks[k].text) is None \
            and not _is_marker(lex, toks[k].text) and not toks[k].text[0].isdigit():
        k += 1
    if (k < limit and k - b in (3, 4) and _is_marker(lex, toks[k].text)
            and not any(toks[q].text.startswith("ال") or toks[q].text in _TIME_WORDS
                        or toks[q].text in _ADVERBS or toks[q].text in lex.not_speaker
                        for q in range(b + 1, k))):
        return k  # «وقالت المتحدثة باسم الخارجية، هيذر ناورت إن…»: the name runs to the clause
    if k == b + 1 or k - b > 4 or k >= limit or toks[k].text not in ("،", ","):
        return b
    return k


def _title_set_off(lex: _Lex, toks: list[Token], cue: Cue, b: int, limit: int) -> int:
    """Extend a speaker ending at ``b`` over the title set off by commas after it when the
    cue's complement opens right after the closing comma («أثنى سالم سمران، القيادي في
    المقاومة الشعبية، على دور…», «وطالب إياد علاوي، زعيم الائتلاف، بإعادة…»): the title is
    the speaker's, and the complement after it is what was said, not words cut off by a comma
    (before a marker the content is found past the title anyway, «قال X، سفير…، إن», and the
    speaker stays the name; so too before a preposition that only leads to a marker, «أكد X،
    وزير…، على أن», whose content is the «أن» clause, not the preposition)."""
    if b + 3 >= limit or toks[b].text not in _COMMAS:
        return b
    title = toks[b + 1].text
    if not (_titled(lex, title) or title.removeprefix("ال") in lex.titles):
        return b
    k = b + 2
    while (k < limit and k - b <= _MAX_SPEAKER and toks[k].text not in _PUNCT
           and not _is_marker(lex, toks[k].text) and _verb_cue(lex, toks[k].text) is None):
        k += 1
    if (k + 1 < limit and toks[k].text in _COMMAS and not _is_marker(lex, toks[k + 1].text)
            and _complement(cue, toks[k + 1].text)
            and not (k + 2 < limit and _is_marker(lex, toks[k + 2].text))):
        return k
    return b


def _anonymous_source(toks: list[Token], k: int, limit: int) -> bool:
    """Whether an anonymous source («مصدر دبلوماسي غربي», «مصادر في المعارضة») opens at ``k``,
    right after the «عن» of a cue that is no relay by itself: «ذكرت الصحيفة عن مصدر… أن…»
    is the paper relaying it, as «نقلت» would be. A definite noun after the head makes it a
    construct («مصادر القلق», sources of worry), which is what was spoken about."""
    return (k < limit and toks[k].text in _RELAYED_SOURCES
            and not (k + 1 < limit and toks[k + 1].text.startswith("ال")))


def _relay_from(doc: _Doc, j: int, limit: int) -> int | None:
    """The «عن» of a relaying verb whose outlet stands before it («وكان المرصد قد نقل…»),
    when it opens at ``j`` or follows a time («نقل الأحد عن…») or a setting set off by commas
    («نقلت، في الساعات الأولى من صباح السبت، عن مسؤول…»); else None. Only a comma pair
    holding no quotation, marker or other cue counts, so a clause of the outlet's own words
    («نقلت، وقالت إن…») is never skipped."""
    toks = doc.toks
    k = _time_phrase(toks, j, limit)
    while k < limit and toks[k].text in _TIME_WORDS:
        k += 1
    if k < limit and toks[k].text in _COMMAS:
        for m in range(k + 1, min(limit, k + 12)):
            t = toks[m].text
            if t in _COMMAS:
                k = m + 1
                break
            if (t in _QUOTES or _is_marker(doc.lex, t) or t == _AN
                    or _cues_of(doc.lex, t)[0] is not None):
                return None
        else:
            return None
    return k if k + 1 < limit and toks[k].text == _AN else None


def _unnamed_relative(doc: _Doc, k: int, limit: int) -> int:
    """The end of a negated relative that withholds a source's name right after it, «مصادر
    لم يكشف عن هويتها، أن…», «مسؤول لم يذكر اسمه قوله…»: a «لم» at ``k``, its verb and a
    possessed noun («هويتها، اسمه») at most two words on, then a comma, a content marker or
    «قوله». The clause is part of who speaks (so its «يكشف» is no cue); anything longer or
    else after «لم» leaves ``k`` («مصادر لم يتمكن من الوصول إليها»: no withheld name)."""
    toks = doc.toks
    if k >= limit or toks[k].text != _LAM:
        return k
    for m in range(k + 2, min(limit, k + 5)):
        t = toks[m].text
        if t in _COMMAS or _is_marker(doc.lex, t) or t in doc.lex.relay_said:
            return m if _possessed(_plain(doc.text, doc.orig[m - 1])) else k
        if t in _QUOTES or t in _PUNCT:
            return k
    return k


def _trim_said(lex: _Lex, toks: list[Token], a: int, b: int, limit: int) -> tuple[int, int]:
    """(speaker end, content scan start) around a relayed «قوله/قولها» after the speaker."""
    for k in range(a + 1, min(b + 1, limit)):
        if toks[k].text in lex.relay_said:
            return k, k + 1
    return b, b


def _finish(
    doc: _Doc,
    i: int,
    cue_end: int,
    cue: Cue,
    speaker: Speaker,
    sp_end: int,
    limit: int,
    found: tuple[int, int, int] | None,
    via: SpanRef | None,
    next_i: int,
    explicit: bool,
    pronoun: bool = False,
) -> tuple[Statement, int, int, bool] | None:
    toks = doc.toks
    if found is None:
        least = 1 if (_object_suffixed(doc.lex, _strip_conj(toks[i].text))
                      and cue_end < sp_end < limit
                      and toks[sp_end].text not in _ADVERBS
                      and toks[sp_end].text not in _TIME_WORDS
                      and not toks[sp_end].text.startswith(("ب", "ل"))) else 2
        if (not cue.object_ok or limit - sp_end < least
                or (cue.needs_content and not (speaker.text and _verbal_object(doc, sp_end)))
                or (sp_end == cue_end and not explicit
                    and not (cue.participle and speaker.text)
                    and not (pronoun and speaker.text)
                    and not (speaker.text and _verbal_object(doc, sp_end)))):
            return None  # (a carried speaker's object only when a verbal noun opens it, or
            # after a pronoun lead that names its clause's subject: «لكنها تنفي امتلاك…»)
        k0 = sp_end
        while k0 < limit and (toks[k0].text in _TIME_WORDS or toks[k0].text in _PUNCT):
            k0 += 1
        if k0 < limit and toks[k0].text in _PROCLAIMED:
            return None  # «وأعلنت السلطات السبت الحداد الوطني»: a proclaimed act, not words
        c0, c1 = sp_end, limit
        scan_end = c0
    else:
        c0, c1, scan_end = found
    to: SpanRef | None = None
    rec = _recipient(doc.lex, toks, cue_end, max(scan_end, sp_end + 1), doc.norm)
    if rec is not None:
        r0, r1 = doc.view.to_original(*rec)
        raw = doc.text[r0:r1]
        lead = len(raw) - len(raw.lstrip(_REC_STRIP))
        tail = len(raw) - len(raw.rstrip(_REC_STRIP))
        r0, r1 = r0 + lead, r1 - tail
        if r1 > r0:
            to = SpanRef(doc.text[r0:r1], r0, r1, _link(doc.entities, r0, r1))
    trail = _trailing_relay(doc, c0, c1, speaker, via)
    if trail is not None:
        c1, speaker, via, y1 = trail
        next_i = max(next_i, y1)  # «نقلا» is no cue of its own
    return _make(doc, i, cue_end, cue, speaker, c0, c1, to, via), c1, next_i, explicit


_WADHALIKA = normalize("وذلك")


def _trailing_relay(
    doc: _Doc, c0: int, c1: int, speaker: Speaker, via: SpanRef | None
) -> tuple[int, Speaker, SpanRef, int] | None:
    """«أشارت الصحيفة إلى أنه كان يرتاد…، وذلك نقلا عن شهادات محيطه»: «نقلا عن Y» closing
    the content names who said it; the outlet that spoke relays it (via), and the content ends
    before it."""
    if via is not None or not speaker.text or speaker.start is None or speaker.end is None:
        return None
    lex, toks = doc.lex, doc.toks
    head = speaker.text.split()[0] if speaker.text.split() else ""
    if normalize(head) not in lex.outlets and normalize(head) not in lex.source_heads:
        return None
    end = c1
    while end > c0 and toks[end - 1].text in (".", "،", ","):
        end -= 1
    for n in range(max(c0 + 2, end - 10), end - 2):
        if toks[n].text not in _NAQLAN or toks[n + 1].text != _AN:
            continue
        cut = n - 1 if toks[n - 1].text == _WADHALIKA else n
        if cut <= c0 + 1 or toks[cut - 1].text not in _COMMAS:
            return None
        y1 = _speaker_after(lex, toks, n + 2, end)
        if y1 < end or not _referent(lex, doc.text, toks, doc.orig, n + 2, y1):
            return None
        old = SpanRef(speaker.text, speaker.start, speaker.end, speaker.entity)
        return cut - 1, doc.speaker(n + 2, y1), old, y1
    return None


_REC_STRIP = " \"“”«»'ـ"
# «قد تم نقله أخيرا», «يتم الإعلان عنه»: the passive auxiliary «تمّ» + a verbal noun, never a verb of
# saying with a subject
_PASSIVE_AUX = _word_set("passive_auxiliaries")
_PASSIVE_ADVERBS = _word_set("passive_adverbs")
_WHETHER_LEADS = _word_set("whether_leads")
_ADMITTED = _word_set("admitted_heads")
_PROCLAIMED = _word_set("proclaimed_acts")
_IDHA = normalize("إذا")
_GENERIC_PREPS = _word_set("generic_preps")


def _extend_content(text: str, a: int, b: int) -> int:
    """Never end a content span inside an open quotation or at an ellipsis: run on to the
    closing quote or the next sentence end, within the paragraph."""
    para_end = text.find("\n", b)
    para_end = len(text) if para_end < 0 else para_end
    for _ in range(5):
        span = text[a:b]
        opened = span.count("«") - span.count("»")
        straight = span.count('"') % 2 == 1 and not span.startswith('"')
        if opened > 0:
            close = text.find("»", b, para_end)
            if close < 0:
                break
            b = close + 1
            continue
        if straight:
            close = text.find('"', b, para_end)
            if close < 0:
                break
            b = close + 1
            continue
        if span.rstrip().endswith(("...", "…")) or text.startswith(("...", "…"), b):
            after = b
            while after < para_end and text[after] in ".…":
                after += 1
            m = _SENT_END_RE.search(text, after, para_end)
            if m is None or m.start() <= after:
                break
            b = m.start()
            continue
        break
    return b


def _make(
    doc: _Doc,
    i: int,
    cue_end: int,
    cue: Cue,
    speaker: Speaker,
    c0: int,
    c1: int,
    to: SpanRef | None,
    via: SpanRef | None,
) -> Statement:
    text, toks, orig = doc.text, doc.toks, doc.orig
    q0, q1 = orig[i][0], orig[cue_end - 1][1]
    content = None
    if c1 > c0:
        a, b = orig[c0][0], orig[c1 - 1][1]
        b = _extend_content(text, a, b)
        content = Content(text[a:b], a, b)
    starts = [q0] + (
        [speaker.start]
        if speaker.start is not None and speaker.start >= 0 and speaker.start >= q0 - 200
        else []
    )
    ends = [q1] + ([content.end] if content else [])
    if speaker.end is not None and speaker.start is not None and speaker.start >= min(starts):
        ends.append(speaker.end)
    hedged = cue.hedged or _hedged(doc.lex, toks, i, c1)
    return Statement(
        speaker=speaker,
        cue=text[q0:q1],
        stance=cue.stance,
        content=content,
        start=min(starts),
        end=max(ends),
        to=to.text if to is not None else None,
        hedged=hedged,
        cue_start=q0,
        cue_end=q1,
        cue_span=SpanRef(text[q0:q1], q0, q1),
        to_span=to,
        via=via,
    )
