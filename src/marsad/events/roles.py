"""Filling event roles (actor, target, location) from linked entities.

Arabic news is mostly verb–subject–object («قصفت روسيا حلب») and event nouns take their agent
or patient as a genitive («هجوم داعش», «مقتل العيساوي»); otherwise the actor precedes the event
(«قرار الولايات المتحدة سحب قواتها»). Rather than parse, we read the preposition in front of
each entity mention (a clitic «ب/ل» inside its token, or the preceding word, skipping place
nouns such as «بلدة/مدينة»): «في/ب» before a place makes a location, «على/ضد/مع» marks a
target, and a bare mention right after the trigger is its subject or genitive. These are
heuristics tuned for precision; roles stay ``None`` when nothing fits. Actor and target never
cross a clause break («في سوريا أو العراق، أو شنّ هجمات» has no actor): a role left empty beats
the subject of a neighbouring clause. A body that reports violence (its KB category: an outlet,
a monitor, a UN agency, a ministry of health) is neither actor nor target of a violent event when
it is the source of the report («قالت الجمعية الطبية … إن 70 قتلوا», «بحسب المرصد»). The word lists
(prepositions, place and force nouns, agent markers, reporting verbs, source markers), the
reporting categories and the patient/means/violent modes are data: ``data/event_roles.json``.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache

from marsad.arabic.normalize import normalize
from marsad.arabic.tokenize import Token
from marsad.kb.loader import load_kb
from marsad.lexicon import load_json
from marsad.model import PLACE_TYPES, Entity, Statement

_PARTY_TYPES = frozenset({"ORG", "NORP"})
AGENT = "agent"
# The governing "preposition" of a state across a border («قرب الحدود مع باكستان»): the event
# happened on this side, so the state is neither its target nor where it happened.
BORDER = "border"
_MAX_BACK = 20  # tokens: an actor or place further back belongs to another clause
_MAX_PLACE = 40  # tokens: where it happened is often said at the end of a long sentence


@cache
def role_words() -> dict[str, list[str]]:
    """The closed word classes of the role rules (``data/event_roles.json``, versioned; each
    list's note there says what it is for), as written in the file, loaded once per process."""
    raw = load_json("event_roles.json")
    return {name: list(words) for name, words in raw.items() if isinstance(words, list)}


def _word_set(name: str) -> frozenset[str]:
    return frozenset(normalize(w) for w in role_words()[name])


# Modes whose event noun takes its patient, not its agent, as genitive («مقتل X», «اعتقال X»).
PATIENT_MODES = frozenset(role_words()["patient_modes"])
# Modes of violent events (ASSAULT, COERCE): the body reporting one is never its actor.
VIOLENT_MODES = frozenset(role_words()["violent_modes"])
# Modes named after the means: their genitive is the patient when it is a place («قصف دوما») but
# the agent when it is an armed party («قصف النظام», «غارات التحالف»).
MEANS_MODES = frozenset(role_words()["means_modes"])
_PREPOSITIONS = _word_set("prepositions")
# Nouns after which a nationality adjective stands for an armed actor («قوات روسية»).
_FORCE_NOUNS = _word_set("force_nouns")
# The agent of a passive or of a verbal noun: «قتل على يد مسلحين», «اعتقل من قبل الشرطة».
_AGENT_MARKERS = frozenset(tuple(normalize(w) for w in pair.split())
                           for pair in role_words()["agent_markers"])
_LOCATIVE = _word_set("locative")
_TARGET_PREPS = _word_set("target_preps")
# Place nouns, directions and «صفوف» allowed between a preposition and the name it governs.
_PLACE_NOUNS = _word_set("place_nouns")
# Directions among them: «وسط بغداد» with no preposition before it still says where.
_DIRECTIONS = _word_set("direction_nouns")
_WHERE = _LOCATIVE | _DIRECTIONS
# «مع/بين» after a border noun locate the place after them («قرب الحدود مع باكستان»).
_BOUNDARY_NOUNS = _word_set("boundary_nouns")
_BOUNDARY_PREPS = _word_set("boundary_preps")
# «كل من X وY» ("both X and Y"): «من» after one of these is no preposition but part of the subject.
_BOTH_MARKERS = _word_set("both_markers")
_MIN = normalize("من")
# Words opening a reported clause: the actor of a violent event is not sought back across one,
# unless the mode is one its reporter usually did (an arrest announced by the police).
_COMPLEMENTISERS = _word_set("complementisers")
_DOER_REPORTS = frozenset(role_words()["doer_reports"])
# Nouns naming a toll («مقتل»): the body announcing one is not the actor of it, nor of what the
# report goes on to say caused it («… في انفجار»).
_TOLL_NOUNS = _word_set("toll_nouns")
# A verb suffix of plural agreement («قتلوا», «يطلقون»): its subject came before it, so the
# mention after it is its object.
_PLURAL_ENDINGS = ("وا", "ون")
# Bare verb forms that are also their passive and verbal noun («قتل»): unvocalised, the name after
# one is as often the victim as the subject.
_AMBIGUOUS_FORMS = _word_set("ambiguous_forms")
_REPORTING = _word_set("reporting")
# KB categories of bodies that report violence rather than commit it, and the words before a
# mention that make it the source of a report («بحسب المرصد», «وثق المرصد»; reporting verbs too).
_REPORTING_CATEGORIES = frozenset(role_words()["reporting_categories"])
_SOURCE_WORDS = _word_set("source_markers") | _REPORTING
_REPORTING_GOVERNMENT = _word_set("reporting_government_words")
_QUOTES = frozenset("\"'“”«»‘’")


@dataclass(slots=True, frozen=True)
class MentionRef:
    """An entity mention in token terms, with the preposition governing it (if any)."""

    entity: str
    type: str
    adjective: bool  # a nisba («الأمريكية») that does not name an actor by itself
    start: int
    end: int
    token: int  # index of the token the mention starts in
    prep: str | None
    joined: bool = False  # joined by «و» to the mention before it («بريطانيا وفرنسا»)


@dataclass(slots=True)
class Roles:
    actor: str | None = None
    target: str | None = None
    location: str | None = None


def mention_refs(entities: list[Entity], tokens: list[Token], words: list[str],
                 within: list[tuple[int, int]] | None = None,
                 starts: list[int] | None = None) -> list[MentionRef]:
    """Non-overlapping mentions (longest wins) sorted by offset, with their prepositions.

    ``within``: sorted, disjoint character spans (the sentences that have a trigger); roles
    are only filled inside a trigger's sentence, so mentions elsewhere need no analysis.
    ``starts``: the tokens' start offsets, when the caller has them already.
    """
    spans = sorted(
        ((m.start, m.end, e.id, e.type, m.how) for e in entities for m in e.mentions),
        key=lambda s: (s[0], -(s[1] - s[0])),
    )
    kept: list[tuple[int, int, str, str, str]] = []
    for span in spans:
        if kept and span[0] < kept[-1][1]:
            continue  # nested in or overlapping the longer, earlier mention
        kept.append(span)
    if within is not None:
        lows = [lo for lo, _ in within]
        kept = [span for span in kept
                if (k := bisect_right(lows, span[0]) - 1) >= 0 and span[1] <= within[k][1]]
    if starts is None:
        starts = [t.start for t in tokens]
    refs: list[MentionRef] = []
    for start, end, ent_id, ent_type, how in kept:
        ti = max(0, bisect_left(starts, start + 1) - 1)
        prev = words[ti - 1] if ti > 0 else ""
        adjective = how == "adjective" and not (
            prev in _FORCE_NOUNS or (prev[:1] in ("و", "ف") and prev[1:] in _FORCE_NOUNS))
        before = tuple(words[max(0, ti - 2):ti])
        prep = AGENT if before in _AGENT_MARKERS else _governing_prep(tokens, words, ti, start)
        joined = bool(refs) and _coordinated(refs[-1], tokens, starts, ti, start)
        if prep is None and joined:
            prep = refs[-1].prep  # «بين قطاع غزة وإسرائيل», «في حرستا ودوما»
        refs.append(MentionRef(ent_id, ent_type, adjective, start, end, ti, prep, joined))
    return refs


def _coordinated(before: MentionRef, tokens: list[Token], starts: list[int], ti: int,
                 start: int) -> bool:
    """Is the mention at ``start`` (in token ``ti``) joined by «و» to the mention just before
    it, so that the preposition governing the first governs it too? Only a «و» and nothing
    else may stand between: the mention's own token opens with it and the earlier mention
    ends in the token before."""
    if ti == 0 or start - tokens[ti].start != 1 or tokens[ti].text[:1] != "و":
        return False
    return bisect_left(starts, before.end) - 1 == ti - 1


def _without_conj(word: str) -> str:
    """``word`` without a joined «و/ف» (a word of three letters or more)."""
    return word[1:] if word[:1] in ("و", "ف") and len(word) > 2 else word


def _governing_prep(tokens: list[Token], words: list[str], ti: int, start: int) -> str | None:
    """The preposition before a mention: a clitic in its own token or a preceding word."""
    if not tokens:
        return None
    tok = tokens[ti]
    if tok.start < start:  # «بسوريا», «لقوات»: clitic letters before the mention
        prefix = normalize(tok.text[: start - tok.start]).lstrip("وف")
        if prefix.endswith("ال"):
            prefix = prefix[:-2]
        if prefix in ("ب", "ل", "ك"):
            return prefix
        if prefix == "":
            pass
        else:
            return None
    j = ti - 1
    hops = 0
    direction = None  # «شمال بغداد» with nothing before it: a locative phrase of its own
    while j >= 0 and hops < 3:
        word = words[j]
        if word in _QUOTES:
            j -= 1
            continue
        bare = _without_conj(word)
        if word in _PREPOSITIONS or bare in _PREPOSITIONS:
            prep = word if word in _PREPOSITIONS else bare
            if prep == _MIN and j > 0 and _without_conj(words[j - 1]) in _BOTH_MARKERS:
                return None  # «كل من بريطانيا وفرنسا»: "both", a subject, not a source
            if prep in _BOUNDARY_PREPS and j > 0 and _without_conj(words[j - 1]) in _BOUNDARY_NOUNS:
                return BORDER
            return prep
        if bare in _PLACE_NOUNS or word in _PLACE_NOUNS or (
                _place_adjective(bare) and j > 0
                and (noun := _place_noun(words[j - 1])) is not None
                and noun not in _DIRECTIONS):  # «حلف شمال الأطلسي ينس…» is no place phrase
            if direction is None and (word in _DIRECTIONS or bare in _DIRECTIONS):
                direction = word if word in _DIRECTIONS else bare  # «وسط» is no «و» + «سط»
            hops += 1
            j -= 1
            continue
        core = bare[:-2] if bare.endswith("ال") else bare
        if (clitic := _clitic_place_noun(core)) is not None:  # «ببلدة X», «للعاصمة X»
            return clitic[0]
        return direction
    return direction


def _place_noun(word: str) -> str | None:
    """The place noun ``word`` is, after a joined «و/ف» and a clitic «ب/ل» («بالعاصمة»,
    «لمدينة», «للعاصمة»), or None."""
    bare = _without_conj(word)
    if bare in _PLACE_NOUNS:
        return bare
    clitic = _clitic_place_noun(bare)
    return clitic[1] if clitic is not None else None


def _clitic_place_noun(word: str) -> tuple[str, str] | None:
    """``(preposition, place noun)`` when ``word`` is «ب/ل» joined to a place noun, with or
    without its article («ببلدة», «بالعاصمة», «لمدينة», and «للعاصمة», whose second «ل» is
    the article's), or None. One reading for both callers, so that the preposition found
    before a name and the place noun found between a name and its adjective agree."""
    if word[:1] not in ("ب", "ل"):
        return None
    nouns = [word[1:], "ال" + word[1:]]
    if word.startswith("لل"):
        nouns.append("ال" + word[2:])
    for noun in nouns:
        if noun in _PLACE_NOUNS:
            return word[0], noun
    return None


def _place_adjective(word: str) -> bool:
    """Is ``word`` a definite nisba adjective («البريطانية», «الغربي»), which may stand between
    a place noun and the name it governs («في العاصمة البريطانية لندن»)?"""
    return len(word) >= 5 and word.startswith("ال") and word.endswith(("ي", "يه"))


def _first_conjunct(refs: list[MentionRef], k: int) -> int:
    """Index of the first mention of the «X وY وZ» chain that ``refs[k]`` belongs to."""
    while k > 0 and refs[k].joined:
        k -= 1
    return k


def _first_after(refs: list[MentionRef], pos: int, limit: int) -> int | None:
    """Index of the first mention starting at or after char ``pos`` and before ``limit``."""
    i = bisect_left([r.start for r in refs], pos)
    if i < len(refs) and refs[i].start < limit:
        return i
    return None


def fill_roles(
    *,
    refs: list[MentionRef],
    mode: str | None,
    verb: bool,
    actor_rule: str | None,
    first_token: int,
    last_token: int,
    clause: tuple[int, int],
    trig_start: int,
    trig_end: int,
    sent_start: int,
    sent_end: int,
    words: list[str],
    statements: list[Statement],
) -> Roles:
    """Assign roles for one trigger in its sentence (``clause``: its first and last token)."""
    roles = Roles()
    in_sent = [r for r in refs if sent_start <= r.start and r.end <= sent_end
               and not r.adjective]
    used: set[int] = set()
    if actor_rule == "reporter":
        roles.actor = _reporter(in_sent, statements, words, trig_start)
    # the body reporting a violent event is no party to it, and the actor is not sought before it
    sources = ({k for k, r in enumerate(in_sent) if _reporting_source(r, statements, words)}
               if mode in VIOLENT_MODES and actor_rule != "reporter" else set())
    if not verb:  # «أعلن الجيش مقتل اثنين من جنوده في انفجار»: a toll's announcer
        toll = next((j for j in range(max(0, first_token - _MAX_BACK), first_token + 1)
                     if _toll_noun(words[j])), None)
        if toll is not None:
            sources |= {k for k, r in enumerate(in_sent)
                        if r.token < toll and _announces(r, statements, words)}
    used.update(sources)
    # 0. An agent phrase after the trigger in its clause names the actor outright.
    for k, ref in enumerate(in_sent):
        if (ref.prep == AGENT and ref.start >= trig_end and ref.token <= clause[1]
                and roles.actor is None and k not in sources):
            roles.actor = ref.entity
            used.add(k)
            break
    # 1. The mention right after the trigger: the subject of a verb (an adverb or object
    # pronoun may come between), the genitive of a noun (nothing between: in «ضحايا قصف
    # النظام» the regime is the genitive of «قصف», not of «ضحايا»).
    nxt = _first_after(in_sent, trig_end, sent_end)
    reach = last_token + (3 if verb else 1)
    if (nxt is not None and in_sent[nxt].token <= min(reach, clause[1])
            and in_sent[nxt].prep is None and nxt not in sources):
        ref = in_sent[nxt]
        patient = (verb and (_plural_agreement(words[last_token])
                             or _victim_after(words[first_token], ref, last_token))
                   ) or (not verb and (
            ref.type in PLACE_TYPES or (
                mode in PATIENT_MODES
                and not (mode in MEANS_MODES and ref.type in _PARTY_TYPES))))
        if patient:
            roles.target = ref.entity
        elif roles.actor is None:
            roles.actor = ref.entity
        used.add(nxt)
    # 2. Actor before the trigger: the nearest preceding bare mention, not across the «أن»
    # that opens a reported clause (the mention before it is the reporter).
    if roles.actor is None:
        floor = max(clause[0], first_token - _MAX_BACK)
        opening = next((j for j in range(first_token - 1, floor - 1, -1)
                        if words[j] in _COMPLEMENTISERS), -1) if (
            mode in VIOLENT_MODES and mode not in _DOER_REPORTS) else -1
        if opening >= 0 and any(_own_forces(w) for w in words[opening + 1:first_token]):
            opening = -1  # «قالت الوزارة إن طائراتها قتلت»: the reporter's own forces did it
        for k in range(len(in_sent) - 1, -1, -1):
            ref = in_sent[k]
            if ref.end > trig_start:
                continue
            if (first_token - ref.token > _MAX_BACK or ref.token < clause[0] or k in sources
                    or ref.token < opening):
                break
            if ref.prep is None:
                roles.actor = ref.entity
                used.add(k)
                break
    # 3. Target and location after the trigger.
    for k, ref in enumerate(in_sent):
        if k in used or ref.start < trig_end:
            continue
        if ref.token - last_token > _MAX_PLACE:
            break
        if ref.token - last_token > _MAX_BACK and ref.type not in PLACE_TYPES:
            continue
        if ref.type in PLACE_TYPES and ref.prep in _WHERE:
            if roles.location is None:
                # «على درعا جنوب سوريا»: the town the direction situates, not the state
                roles.location = in_sent[k - 1].entity if _situates(in_sent, k) else ref.entity
                used.add(k)
            continue
        if ref.joined and in_sent[_first_conjunct(in_sent, k)].entity == roles.actor:
            continue  # «طالبت كل من بريطانيا وفرنسا وألمانيا»: more actors, not the target
        if roles.target is None and ref.entity != roles.actor and ref.token <= clause[1] and (
            ref.prep is None or ref.prep in _TARGET_PREPS
        ):
            roles.target = ref.entity
            used.add(k)
        if roles.target is not None and roles.location is not None:
            break
    # 4. A place introduced by «في/ب» before the trigger («وفي الموصل، قتل ...»).
    if roles.location is None:
        for k in range(len(in_sent) - 1, -1, -1):
            ref = in_sent[k]
            if k in used or ref.end > trig_start:
                continue
            if first_token - ref.token > _MAX_BACK:
                break
            if ref.type in PLACE_TYPES and ref.prep in _WHERE:
                roles.location = in_sent[k - 1].entity if _situates(in_sent, k) else ref.entity
                break
    # 5. An attack on a town happened there: «غارات على دوما» is located in Douma.
    if roles.location is None and roles.target is not None:
        target = next((r for r in in_sent if r.entity == roles.target), None)
        if target is not None and target.type in PLACE_TYPES:
            roles.location = roles.target
    return roles


@cache
def _reporting_bodies() -> frozenset[str]:
    """Ids of the shipped KB's entities that report violence, read once per process: those of
    a reporting category, and the government bodies whose name holds a word of
    ``reporting_government_words`` (a ministry of health, not one of defence or the interior:
    «أعلنت وزارة الداخلية اعتقال…» is the ministry's own arrest)."""
    return frozenset(
        e.id for e in load_kb().entities.values()
        if e.category in _REPORTING_CATEGORIES or (
            e.category == "government_body"
            and not _REPORTING_GOVERNMENT.isdisjoint(normalize(e.name_ar).split())))


def _situates(refs: list[MentionRef], k: int) -> bool:
    """Does ``refs[k]``, a place after a direction noun, only say where the town or site named
    just before it lies («مطار التيفور وسط سوريا», «على درعا جنوب سوريا»)? Then that place, not
    the wider one, is where the event happened."""
    ref = refs[k]
    if k == 0 or ref.prep not in _DIRECTIONS:
        return False
    before = refs[k - 1]  # a town, base or district: a state is no place a direction situates
    return (ref.token - before.token <= 5 and before.type in PLACE_TYPES
            and before.entity not in _state_ids())


@cache
def _state_ids() -> frozenset[str]:
    """Ids of the shipped KB's states, read once per process (``load_kb()`` resolves its path on
    every call)."""
    return frozenset(e.id for e in load_kb().entities.values() if e.category == "state")


def _toll_noun(word: str) -> bool:
    """Is ``word`` a toll noun, alone or after a joined «و/ف» and «ب/ل» («وبمقتل»)?"""
    bare = _without_conj(word)
    return bare in _TOLL_NOUNS or _joined_bi_li(bare, _TOLL_NOUNS)


def _joined_bi_li(word: str, nouns: frozenset[str]) -> bool:
    """Is ``word`` one of ``nouns`` after a joined «ب/ل» («بمقتل», «لقتل»)?"""
    return word[:1] in ("ب", "ل") and word[1:] in nouns


def _own_forces(word: str) -> bool:
    """A force noun with a possessive pronoun («طائراتها», «جنوده», «قواتهم»): the forces of
    whoever the pronoun points back to, the reporter in a reported clause."""
    bare = _without_conj(word)
    return any(bare.endswith(suffix) and bare[:-len(suffix)] in _FORCE_NOUNS
               for suffix in ("ها", "هم", "ه"))


def _victim_after(word: str, ref: MentionRef, last_token: int) -> bool:
    """Is ``ref``, the first name after an ambiguous form («قتل»), its victim? Yes for a person,
    after a count or partitive («قتل أحد أفراد البيشمركة»), or after «لقتل/بقتل» (a verbal
    noun); an organisation or a state right after it is the subject («قتل الجيش …»)."""
    bare = _without_conj(word)
    if bare in _AMBIGUOUS_FORMS:
        return ref.type == "PER" or ref.token > last_token + 1
    return _joined_bi_li(bare, _AMBIGUOUS_FORMS)


def _plural_agreement(word: str) -> bool:
    """Does a verb agree with a plural subject («قتلوا», «يطلقون»)? A verb before its subject
    stays singular, so such a verb's subject came before it (or is its pronoun)."""
    return len(word) > 3 and word.endswith(_PLURAL_ENDINGS)


def _reporting_source(ref: MentionRef, statements: list[Statement], words: list[str]) -> bool:
    """Is ``ref`` a reporting body (by its KB category) that is the source of the report?"""
    return ref.entity in _reporting_bodies() and _announces(ref, statements, words)


def _announces(ref: MentionRef, statements: list[Statement], words: list[str]) -> bool:
    """Is ``ref`` the source of a report: a statement's speaker, or the mention right after a
    reporting verb or a source marker?"""
    before = words[ref.token - 1] if ref.token > 0 else ""
    if before in _SOURCE_WORDS or _without_conj(before) in _SOURCE_WORDS:
        return True
    return any(st.speaker.entity == ref.entity and st.speaker.start is not None
               and st.speaker.end is not None
               and st.speaker.start < ref.end and ref.start < st.speaker.end
               for st in statements)


def _reporter(in_sent: list[MentionRef], statements: list[Statement], words: list[str],
              trig_start: int) -> str | None:
    """The entity declaring the event: a statement speaker, else the subject of «أعلن»."""
    for st in statements:
        if st.start <= trig_start < st.end and st.speaker.entity:
            return st.speaker.entity
    for ref in in_sent:
        if ref.start >= trig_start:
            break
        before = words[ref.token - 1] if ref.token > 0 else ""
        bare = before[1:] if before[:1] in ("و", "ف") else before
        if before in _REPORTING or bare in _REPORTING:
            return ref.entity
    return None
