"""Aho-Corasick matching of every knowledge-base alias over normalised text, clitic-aware.

Aliases are stored bare («سوريا», «العراق»); in text they arrive with proclitics glued on
(«بسوريا», «وللعراق»). A hit is kept only when the letters between the word start and the
alias are a known proclitic sequence, and no letter follows the alias. «لل» swallows the
alef of «ال», so aliases with the article are also indexed without it, valid only after «لل».
Names are also indexed in the other spelling news uses for «عبد» + article («عبد الله» /
«عبدالله») and for «ديمقراطية» / «ديموقراطية», and places opened by «كفر», «دير», «بيت»,
«عين» or «تل» glued to the next word («كفربطنا»), unless the glued form is a word of its own
(«تلابيب», as in «أمسك بتلابيبه», is no «تل أبيب»), and names ending in a number with the
number glued on («فرانس24»).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, cached_property
from itertools import accumulate

import ahocorasick

from marsad.arabic.normalize import normalize
from marsad.arabic.tokenize import load_clitics
from marsad.kb import KnowledgeBase, load_kb
from marsad.lexicon import load_json
from marsad.linking.everyday import load_everyday_words

_ARTICLE = "ال"
_ARTICLE_ABSORBED_BY = "لل"  # ل + ال is written «لل»
_ACRONYM_MIN = 3
_FUTURE = "س"
# Spellings news uses side by side, of which the KB has one: «عبد» + a name with the article
# apart or joined («عبد الله» / «عبدالله»), «ديمقراطية» / «ديموقراطية». The automaton also
# knows the other spelling.
_ABD_JOINED = re.compile(r"(^| )عبد ال")
_ABD_SPLIT = re.compile(r"(^| )عبدال(?=\w)")
_DEMOCRATIC = ("ديمقراط", "ديموقراط")


def _spelling_variant(alias: str) -> str:
    """The alias in the other spelling of :data:`_ABD_JOINED` / :data:`_DEMOCRATIC`, or itself."""
    if "عبد ال" in alias:
        alias = _ABD_JOINED.sub(r"\1عبدال", alias)
    elif "عبدال" in alias:
        alias = _ABD_SPLIT.sub(r"\1عبد ال", alias)
    short, long = _DEMOCRATIC
    return alias.replace(long, short) if long in alias else alias.replace(short, long)


_PLACE_TYPES = ("GPE", "LOC", "FAC")


@cache
def _joined_place_heads() -> tuple[str, ...]:
    """``joined_place_heads`` of ``linking.json``, normalised, each with its space."""
    return tuple(normalize(head) + " " for head in load_json("linking.json")["joined_place_heads"])


@cache
def _glued_words() -> frozenset[str]:
    """Words a glued place form must not be: the everyday words the corpus shows and the
    ``glued_place_words`` of ``linking.json`` (words the corpus may lack, «تلابيب»).

    Glueing a head to a name makes a string that may already be an everyday word; matched as
    the place, every use of that word would link it."""
    everyday = load_everyday_words()
    listed = (normalize(word) for word in load_json("linking.json")["glued_place_words"])
    return everyday.aliases | everyday.common | frozenset(listed)


def _joined_place_head(alias: str) -> str | None:
    """A place name opened by a head noun news often writes glued to the next word («كفر بطنا»
    as «كفربطنا», «دير الزور» as «ديرالزور»): the glued form, or ``None``, also when the glued
    form is a word of its own (:func:`_glued_words`)."""
    for head in _joined_place_heads():
        if alias.startswith(head) and " " not in alias[len(head):]:
            joined = head[:-1] + alias[len(head):]
            return None if joined in _glued_words() else joined
    return None


def _is_place(kb: KnowledgeBase, entity_id: str) -> bool:
    entity = kb.get(entity_id)
    return entity is not None and entity.type in _PLACE_TYPES


# Letter names of an initialism («زد تي إي» ZTE, «سي بي إس» CBS) are one to three letters
# each, but for the few longer ones of ``long_letter_names`` («دبليو», W); wire copy joins
# them with dots («زد.تي.إي», «بي.إم.دبليو»), which a plain-space alias never meets.
_LETTER_NAME_MAX = 3
_INITIALISM_MIN_LETTERS = 3


@cache
def _long_letter_names() -> frozenset[str]:
    """``long_letter_names`` of ``linking.json``, normalised."""
    return frozenset(normalize(name) for name in load_json("linking.json")["long_letter_names"])


def _letter_name(word: str) -> bool:
    """Can ``word`` be the name of one Latin letter in an initialism?"""
    return 0 < len(word) <= _LETTER_NAME_MAX or word in _long_letter_names()


def _dotted_initialisms(alias: str) -> list[str]:
    """The alias with dots for the spaces of the initialism it opens with, one variant per
    length of that run («سي.إن.إن ترك», «سي.إن.إن.ترك»; «سي.بي.إس نيوز»).

    A dotted run of short words occurs in news only as a spelt-out initialism, so a variant
    cannot meet an ordinary phrase; a run shorter than three letters is left alone («أبو
    علي»), and the words after the run stay as the alias writes them."""
    words = alias.split(" ")
    run = 0
    while run < len(words) and _letter_name(words[run]):
        run += 1
    return [" ".join([".".join(words[:size]), *words[size:]])
            for size in range(_INITIALISM_MIN_LETTERS, run + 1)]


_FINAL_NUMBER = re.compile(r"(?<=[^\W\d_]) (?=\d+$)")


def _glued_number(alias: str) -> str | None:
    """The alias with the space before its final number dropped («فرانس 24» → «فرانس24»), as
    news often writes a channel's or a group's number glued to its name; ``None`` when the
    alias ends in no number after a letter."""
    glued = _FINAL_NUMBER.sub("", alias)
    return glued if glued != alias else None


def _inside_longer_initialism(text: str, start: int, end: int) -> bool:
    """A dotted initialism glued by a dot to more letters is part of a longer one: «إن.بي.سي»
    inside «إم.إس.إن.بي.سي» (MSNBC) is not NBC."""
    before = start >= 2 and text[start - 1] == "." and text[start - 2].isalpha()
    after = end + 1 < len(text) and text[end] == "." and text[end + 1].isalpha()
    return before or after


@dataclass(slots=True, frozen=True)
class AliasEntry:
    ids: tuple[str, ...]
    kind: str  # name | alias | adjective
    article_dropped: bool
    # A one-word form whose entity is also named with the article («رقه», «الرقة»): Arabic
    # keeps the article after «و/ب/ل», so a proclitic without it makes another word
    # («ورقة», «فرقة»). Names that never take it («أمريكا») and adjectives are exempt.
    bare_only: bool = False
    # A name that never takes the article («ماليه» Malé, «صدد» Sadad): with it, the word is
    # a common noun or adjective («المالية» financial, «الصدد» regard).
    no_article: bool = False


@dataclass(slots=True, frozen=True)
class GazetteerHit:
    """A span of the normalised text (stem only, proclitics excluded) and its candidates."""

    start: int
    end: int
    ids: tuple[str, ...]
    kind: str


@dataclass(slots=True, frozen=True)
class AliasesByLength:
    """Aliases sorted by length (stable): ``lengths[i]`` is ``len(aliases[i])`` and
    ``positions[i]`` the alias's place in the order :meth:`Gazetteer.aliases_of_types` gives."""

    lengths: list[int]
    aliases: list[str]
    positions: list[int]


class Gazetteer:
    """One automaton over all aliases; built once per process, then ~1 ms per article."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        # Names take nominal proclitics only: «سنوي» is not س + «نوى» (the future «س» is verbal).
        self.proclitics = frozenset(
            form for form in (normalize(f) for f, _ in load_clitics().proclitics)
            if _FUTURE not in form)
        entries: dict[str, list[AliasEntry]] = defaultdict(list)
        for alias, ids in kb.by_alias.items():
            if alias in kb.stoplist or len(alias) < 2:
                continue
            kind = kb.alias_kind(alias, ids[0]) or "alias"
            definite = any(kb.alias_kind(_ARTICLE + alias, i) in ("name", "alias") for i in ids)
            named = kind != "adjective" and not alias.startswith(_ARTICLE) and " " not in alias
            first = kb.get(ids[0])
            state = first is not None and first.category == "state"  # «السورية»: its nisba
            entries[alias].append(AliasEntry(ids, kind, False, named and definite,
                                             named and not definite and not state))
            if alias.startswith(_ARTICLE) and len(alias) > len(_ARTICLE) + 2:
                entries[alias[len(_ARTICLE):]].append(AliasEntry(ids, kind, True))
        acronyms: dict[str, list[str]] = defaultdict(list)  # «STC»: every owner, one entry
        for entity in kb.entities.values():
            for alias in entity.aliases_en:
                if len(alias) >= _ACRONYM_MIN and alias.isupper() and alias.isalpha():
                    acronyms[alias].append(entity.id)
        for alias, owners in acronyms.items():
            entries[alias].append(AliasEntry(tuple(owners), "alias", False))
        for alias in list(entries):  # «عبدالله أوجلان» is «عبد الله أوجلان» written joined
            variant = _spelling_variant(alias)
            if variant != alias and variant not in entries and variant not in kb.by_alias:
                entries[variant] = entries[alias]
            for dotted in _dotted_initialisms(alias):
                if dotted not in entries:
                    entries[dotted] = entries[alias]
            glued = _glued_number(alias)
            if glued is not None and glued not in entries and glued not in kb.by_alias:
                entries[glued] = entries[alias]
            joined = _joined_place_head(alias)
            if (joined is not None and joined not in entries and joined not in kb.by_alias
                    and all(_is_place(kb, i) for found in entries[alias] for i in found.ids)):
                entries[joined] = entries[alias]
        self.automaton = ahocorasick.Automaton()
        for key, found in entries.items():
            self.automaton.add_word(key, (key, tuple(found)))
        self.automaton.make_automaton()
        self.people_by_surname = _people_by_surname(kb)
        self._aliases_by_types: dict[tuple[str, ...], dict[str, str]] = {}
        self._by_length: dict[tuple[str, ...], AliasesByLength] = {}

    @cached_property
    def alias_words(self) -> frozenset[str]:
        """Every word of every alias: words the KB knows to stand alone as (part of) a name,
        so a new name starting with one is not cut by a clitic split."""
        return frozenset(word for alias in self.kb.by_alias for word in alias.split())

    def aliases_of_types(self, types: tuple[str, ...]) -> dict[str, str]:
        """Normalised alias → preferred entity id, for entities of the given types.

        Each alias comes in the other spelling of :func:`_spelling_variant` too, as the
        automaton knows it: a fuzzy match scores the whole string, so «عبدالله غول» against
        the KB's «عبد الله غل» paid for the joined «عبد» as well as the vowel letter and fell
        below the cut-off, while against «عبدالله غل» it is one letter apart."""
        if types not in self._aliases_by_types:
            chosen = {
                alias: ids[0] for alias, ids in self.kb.by_alias.items()
                if (entity := self.kb.get(ids[0])) is not None and entity.type in types
                and alias not in self.kb.stoplist
            }
            for alias, entity_id in list(chosen.items()):
                variant = _spelling_variant(alias)
                if variant not in self.kb.by_alias:
                    chosen.setdefault(variant, entity_id)
            self._aliases_by_types[types] = chosen
        return self._aliases_by_types[types]

    def aliases_by_length(self, types: tuple[str, ...]) -> AliasesByLength:
        """The aliases of :meth:`aliases_of_types`, shortest first (cached per types), so
        that a fuzzy search reads only the aliases whose length can reach its cut-off."""
        if types not in self._by_length:
            order = sorted(enumerate(self.aliases_of_types(types)),
                           key=lambda item: len(item[1]))
            self._by_length[types] = AliasesByLength(
                [len(alias) for _, alias in order], [alias for _, alias in order],
                [position for position, _ in order])
        return self._by_length[types]

    def find(self, text: str) -> list[GazetteerHit]:
        """Leftmost-longest, non-overlapping alias hits in normalised ``text``."""
        hits: list[GazetteerHit] = []
        for last, (key, entries) in self.automaton.iter(text):
            start, end = last - len(key) + 1, last + 1
            if end < len(text) and (text[end].isalpha()
                                    or (key[-1].isdigit() and text[end].isdigit())):
                continue  # «فرانس 245» is no «فرانس 24»
            if "." in key and _inside_longer_initialism(text, start, end):
                continue
            prefix = self.word_prefix(text, start)
            for entry in entries:
                if self._prefix_allowed(prefix, entry):
                    hits.append(GazetteerHit(start, end, entry.ids, entry.kind))
                    break
        return select_longest(hits)


    def word_prefix(self, text: str, start: int) -> str:
        """The letters of the word before ``start``: what a proclitic check looks at."""
        word_start = start
        while word_start > 0 and text[word_start - 1].isalpha():
            word_start -= 1
        return text[word_start:start]

    def _prefix_allowed(self, prefix: str, entry: AliasEntry) -> bool:
        if entry.no_article and prefix.endswith((_ARTICLE, _ARTICLE_ABSORBED_BY)):
            return False
        if entry.bare_only and prefix:  # «وبالرقة» restores the article; «ورقة» does not
            return prefix.endswith((_ARTICLE, _ARTICLE_ABSORBED_BY)) and (
                prefix in self.proclitics)
        if entry.article_dropped:
            return prefix.endswith(_ARTICLE_ABSORBED_BY) and (
                prefix == _ARTICLE_ABSORBED_BY or prefix in self.proclitics
            )
        return prefix == "" or prefix in self.proclitics


def _people_by_surname(kb: KnowledgeBase) -> dict[str, tuple[str, ...]]:
    """Last word of each person's name → people; a name tagged alone links when unique."""
    grouped: dict[str, list[str]] = defaultdict(list)
    for entity in kb.entities.values():
        words = normalize(entity.name_ar).split()
        if entity.type == "PER" and len(words) >= 2 and words[-1] not in kb.stoplist:
            grouped[words[-1]].append(entity.id)
    return {surname: tuple(ids) for surname, ids in grouped.items()}


class SpanSet:
    """Half-open spans answering "does [start, end) overlap any of them?" in O(log n).

    Same predicate as ``not all(end <= s or start >= e for s, e in spans)``, which made
    overlap checks quadratic: a long article with thousands of mentions spent seconds here
    (4× the text, ~10× the time). The initial spans may overlap one another; spans given to
    :meth:`add` must not overlap the set (callers add only after :meth:`overlaps` said no),
    so they stay sorted with non-decreasing ends and the last one before ``end`` decides.
    """

    __slots__ = ("_added", "_base_max_end", "_base_starts")

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        base = sorted(spans)
        self._base_starts = [start for start, _ in base]
        self._base_max_end = list(accumulate((end for _, end in base), max))
        self._added: list[tuple[int, int]] = []

    def overlaps(self, start: int, end: int) -> bool:
        k = bisect_left(self._base_starts, end)  # spans starting before ``end``
        if k and self._base_max_end[k - 1] > start:
            return True
        k = bisect_left(self._added, (end, -1))
        return bool(k) and self._added[k - 1][1] > start

    def add(self, start: int, end: int) -> None:
        insort(self._added, (start, end))


def select_longest(hits: list[GazetteerHit]) -> list[GazetteerHit]:
    """Keep the longest of overlapping hits (leftmost on ties), plus nisba adjectives inside.

    «القوات الفرنسية» is the French armed forces, and it also says France: an adjective hit
    nested in a longer hit of another entity is kept as a mention of its state.
    """
    chosen: list[GazetteerHit] = []
    chosen_spans = SpanSet()
    for hit in sorted(hits, key=lambda h: (-(h.end - h.start), h.start)):
        if not chosen_spans.overlaps(hit.start, hit.end):
            chosen.append(hit)
            chosen_spans.add(hit.start, hit.end)
    nested: list[GazetteerHit] = []
    # chosen hits do not overlap: the only one that can hold a hit is the last to start
    # at or before it (found by bisection instead of scanning them all per adjective)
    by_start = sorted(chosen, key=lambda h: h.start)
    starts = [h.start for h in by_start]
    chosen_set = set(chosen)
    for hit in sorted(hits, key=lambda h: (-(h.end - h.start), h.start)):
        if hit.kind != "adjective" or hit in chosen_set:  # only adjectives nest
            continue
        k = bisect_right(starts, hit.start) - 1
        inside_other = k >= 0 and hit.end <= by_start[k].end and \
            by_start[k].ids[0] != hit.ids[0]
        if inside_other and all(
                hit.end <= other.start or hit.start >= other.end for other in nested):
            nested.append(hit)
    return sorted(chosen + nested, key=lambda h: (h.start, h.end))


@cache
def load_gazetteer() -> Gazetteer:
    return Gazetteer(load_kb())
