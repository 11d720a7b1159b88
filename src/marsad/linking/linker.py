"""Merge dictionary hits, in-document short forms and NER spans into linked entities.

Order matters and encodes trust: knowledge-base aliases first (precise), then short forms of
names already seen in this article («لافروف» after «سيرغي لافروف», «التحالف» after
«التحالف الدولي ضد داعش»), then NER spans nothing else explained, linked by exact alias,
clitic-stripped alias, or fuzzy similarity, and otherwise kept as entities of their own
with a stable id derived from their normalised name.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from marsad.arabic.normalize import NormalizedText, normalize
from marsad.arabic.tokenize import Token, candidates, split_clitics, tokenize
from marsad.kb import KBEntity, KnowledgeBase
from marsad.lexicon import load_json
from marsad.linking.gazetteer import Gazetteer, GazetteerHit, SpanSet, load_gazetteer
from marsad.model import Entity, Mention, Sentence
from marsad.ner import NerTagger, load_tagger

ENTITY_NER_TYPES = ("PER", "ORG", "LOC")


@dataclass(slots=True, frozen=True)
class LinkingSettings:
    generic_heads: frozenset[str]
    min_short_form_chars: int
    fuzzy_min_chars: int
    fuzzy_min_similarity: float
    ner_types: dict[str, tuple[str, ...]]
    confirm_place_alias_max_chars: int
    confirm_place_home_countries: frozenset[str]
    confirm_place_categories: frozenset[str]
    not_names: frozenset[str]
    confidence_by_how: dict[str, float]
    confidence_default: float

    def confidence(self, how: str) -> float:
        """The audited precision of links made this way (``confidence_default`` for a way the
        audit has not measured yet), so every mention carries a number users can threshold."""
        return self.confidence_by_how.get(how, self.confidence_default)


@cache
def load_settings() -> LinkingSettings:
    data: dict[str, Any] = load_json("linking.json")
    return LinkingSettings(
        generic_heads=frozenset(normalize(w) for w in data["generic_heads"]),
        min_short_form_chars=int(data["min_short_form_chars"]),
        fuzzy_min_chars=int(data["fuzzy_min_chars"]),
        fuzzy_min_similarity=float(data["fuzzy_min_similarity"]),
        ner_types={k: tuple(v) for k, v in data["ner_types"].items()},
        confirm_place_alias_max_chars=int(data["confirm_place_alias_max_chars"]),
        confirm_place_home_countries=frozenset(data["confirm_place_home_countries"]),
        confirm_place_categories=frozenset(data["confirm_place_categories"]),
        not_names=frozenset(normalize(w) for w in data["not_names"]),
        confidence_by_how={how: float(p) for how, p in data["confidence_by_how"].items()},
        confidence_default=float(data["confidence_default"]),
    )


@dataclass(slots=True)
class _Found:
    """A mention in normalised coordinates, before mapping back to ``text``."""

    start: int
    end: int
    entity_id: str
    how: str
    ner_type: str | None = None


def link_entities(
    view: NormalizedText,
    sentences: Sequence[Sentence],
    *,
    gazetteer: Gazetteer | None = None,
    tagger: NerTagger | None = None,
    tokens: Sequence[Token] | None = None,
) -> list[Entity]:
    """All entities of one clean text, each with its mentions as offsets into the text.

    ``tokens`` are the text's tokens when the pipeline already has them (tokenised here
    otherwise).
    """
    gazetteer = gazetteer or load_gazetteer()
    kb = gazetteer.kb
    if tokens is None:
        tokens = tokenize(view.original)
    ner_spans = list(_ner_spans(view, sentences, tokens, tagger or load_tagger()))
    found = [_from_hit(hit) for hit in gazetteer.find(view.text)
             if _confirmed(hit, kb, ner_spans)]
    found += _short_forms(view.text, found, gazetteer, ner_spans)
    found += _ner_mentions(view, ner_spans, found, gazetteer)
    return _build_entities(view, found, kb)


def _from_hit(hit: GazetteerHit) -> _Found:
    return _Found(hit.start, hit.end, hit.ids[0], hit.kind)


def _confirmed(hit: GazetteerHit, kb: KnowledgeBase, ner_spans: list[_NerSpan]) -> bool:
    """Weak aliases count only where NER also sees a name.

    Weak: the KB marks the entity ambiguous («الباب», «عين»), or the alias is a short
    single word naming a minor place far from the region we know best (GeoNames «سده»).
    """
    entity = kb.get(hit.ids[0])
    if entity is None:
        return True
    settings = load_settings()
    weak = entity.ambiguous or (
        hit.end - hit.start <= settings.confirm_place_alias_max_chars
        and entity.category in settings.confirm_place_categories
        and entity.country not in settings.confirm_place_home_countries
    )
    return not weak or any(span.start < hit.end and hit.start < span.end for span in ner_spans)


_PATRONYMIC = frozenset(normalize(w) for w in ("بن", "ابن", "بنت"))


def _short_forms(text: str, found: list[_Found], gazetteer: Gazetteer,
                 ner_spans: Sequence[_NerSpan] = ()) -> list[_Found]:
    """Later mentions by surname (people) or leading word(s) (organisations); none from a
    father's name after «بن», none when another full name in the article (in the KB or found
    by NER) ends in the form."""
    settings = load_settings()
    kb = gazetteer.kb
    forms: dict[str, tuple[str, int]] = {}
    clashing: set[str] = set()
    for mention in found:
        entity = kb.get(mention.entity_id)
        words = text[mention.start:mention.end].split()
        if entity is None or len(words) < 2 or mention.how == "adjective":
            continue
        if entity.type == "PER":
            # «محمد بن سلمان»: the last word names the father, not the man
            options = [] if words[-2] in _PATRONYMIC else [words[-1]]
        elif entity.type == "ORG" and words[0] not in settings.generic_heads:
            options = [" ".join(words[:2]), words[0]]
        else:
            continue
        for form in options:
            if len(form) >= settings.min_short_form_chars and form not in kb.stoplist \
                    and form not in kb.by_alias:
                if form in forms and forms[form][0] != entity.id:
                    clashing.add(form)  # two full names end in it: a lone one is either
                forms.setdefault(form, (entity.id, mention.end))
    known = SpanSet((m.start, m.end) for m in found)
    for span in ner_spans:  # «حسين مخلوف» (not in the KB) also ends in «مخلوف»
        words = text[span.start:span.end].split()
        if span.type == "PER" and len(words) >= 2 and words[-1] in forms \
                and not known.overlaps(span.start, span.end):
            clashing.add(words[-1])
    for form in clashing:
        del forms[form]
    extra: list[_Found] = []
    taken = SpanSet((m.start, m.end) for m in found)
    for form, (entity_id, after) in forms.items():
        for start in _occurrences(text, form, after):
            end = start + len(form)
            boundary_ok = (end == len(text) or not text[end].isalpha()) and (
                gazetteer.word_prefix(text, start) in ("", *gazetteer.proclitics))
            if boundary_ok and not taken.overlaps(start, end):
                extra.append(_Found(start, end, entity_id, "short_form"))
                taken.add(start, end)
    return extra


def _occurrences(text: str, needle: str, start: int) -> Iterable[int]:
    position = text.find(needle, start)
    while position != -1:
        yield position
        position = text.find(needle, position + 1)


@dataclass(slots=True, frozen=True)
class _NerSpan:
    start: int  # normalised offsets
    end: int
    type: str


def _ner_spans(view: NormalizedText, sentences: Sequence[Sentence], tokens: Sequence[Token],
               tagger: NerTagger) -> Iterable[_NerSpan]:
    """NER spans of the whole article, tagged as one document (names agree across it).

    The tagger sees sentence by sentence the tokens lying inside each sentence.
    """
    ends = [t.end for t in tokens]
    starts = [t.start for t in tokens]
    tokenized = [(sentence, part) for sentence in sentences
                 if (part := tokens[bisect_left(starts, sentence.start):
                                    bisect_right(ends, sentence.end)])]
    all_tags = tagger.tag_document([[t.text for t in part] for _, part in tokenized])
    for (_, part), tags in zip(tokenized, all_tags, strict=True):
        for ner_type, first, last in _bio_spans(tags):
            start, end = _to_normalized(view, part[first].start, part[last].end)
            yield _NerSpan(start, end, ner_type)


def _ner_mentions(view: NormalizedText, ner_spans: list[_NerSpan], found: list[_Found],
                  gazetteer: Gazetteer) -> list[_Found]:
    """NER spans no dictionary mention explains, linked where possible."""
    taken = SpanSet((m.start, m.end) for m in found)
    present = frozenset(m.entity_id for m in found)
    surnames = _shared_surnames(view.text, found, ner_spans, gazetteer.kb)
    extra: list[_Found] = []
    for span in ner_spans:
        if taken.overlaps(span.start, span.end):
            continue
        linked = _link_ner_span(view.text[span.start:span.end], span.type, gazetteer,
                                present, surnames)
        if linked is None:
            continue
        entity_id, skip, how = linked
        extra.append(_Found(span.start + skip, span.end, entity_id, how, span.type))
        taken.add(span.start, span.end)
    return extra


def _bio_spans(tags: Sequence[str]) -> Iterable[tuple[str, int, int]]:
    """(type, first token, last token) of each PER/ORG/LOC span in a BIO sequence."""
    current: str | None = None
    first = 0
    for index, tag in enumerate([*tags, "O"]):
        prefix, _, label = tag.partition("-")
        if current is not None and not (prefix == "I" and label == current):
            yield current, first, index - 1
            current = None
        if prefix == "B" or (prefix == "I" and current is None):
            current, first = (label, index) if label in ENTITY_NER_TYPES else (None, index)


def _to_normalized(view: NormalizedText, start: int, end: int) -> tuple[int, int]:
    """Original offsets → normalised offsets (the inverse of ``to_original``)."""
    if view.index is None:
        return start, end
    return bisect_left(view.index, start), bisect_left(view.index, end)


def _shared_surnames(text: str, found: Sequence[_Found], ner_spans: Sequence[_NerSpan],
                     kb: KnowledgeBase) -> frozenset[str]:
    """Last words that end two different full person names in the article."""
    names: dict[str, set[str]] = {}
    for mention in found:
        entity = kb.get(mention.entity_id)
        words = text[mention.start:mention.end].split()
        if entity is not None and entity.type == "PER" and len(words) >= 2:
            names.setdefault(words[-1], set()).add(entity.id)
    for span in ner_spans:
        words = text[span.start:span.end].split()
        if span.type == "PER" and len(words) >= 2:
            names.setdefault(words[-1], set()).add(" ".join(words))
    return frozenset(last for last, owners in names.items() if len(owners) > 1)


def _link_ner_span(surface: str, ner_type: str, gazetteer: Gazetteer,
                   present: frozenset[str] = frozenset(),
                   shared_surnames: frozenset[str] = frozenset(),
                   ) -> tuple[str, int, str] | None:
    """(entity id, characters of proclitic to skip, how) for a NER span; None if no name.

    Names the KB does not know get an id from their clitic-free normalised form, so
    «لواشنطن» and «واشنطن» are one entity, in this article and across the corpus. A lone
    surname links to a KB person only when the article names that person in full and no other
    full name there ends in it («الخميس» is Thursday, «مخلوف» after «حسين مخلوف» is not Rami).
    """
    settings = load_settings()
    kb = gazetteer.kb
    allowed = settings.ner_types.get(ner_type, ())
    words = surface.split()
    for segmentation in candidates(words[0]):
        skip = segmentation.stem_start
        stem = " ".join([words[0][skip:], *words[1:]])
        for entity_id in kb.by_alias.get(stem, ()):
            entity = kb.get(entity_id)
            if entity is not None and entity.type in allowed:
                return entity_id, skip, "ner"
        people = gazetteer.people_by_surname.get(stem, ()) if ner_type == "PER" else ()
        if len(people) == 1 and people[0] in present and stem not in shared_surnames:
            return people[0], skip, "ner"
    if len(surface) >= settings.fuzzy_min_chars:
        choices = gazetteer.aliases_of_types(allowed)
        best = process.extractOne(surface, choices.keys(), scorer=Levenshtein.normalized_similarity,
                                  score_cutoff=settings.fuzzy_min_similarity)
        if best is not None:
            return choices[best[0]], 0, "fuzzy"
    skip = split_clitics(words[0]).stem_start
    name = surface[skip:]
    if name in settings.not_names or name in kb.stoplist:
        return None
    digest = hashlib.sha1(name.encode("utf-8")).hexdigest()[:10]
    return f"{ner_type.lower()}:x-{digest}", skip, "ner"


def _build_entities(view: NormalizedText, found: list[_Found], kb: KnowledgeBase) -> list[Entity]:
    settings = load_settings()
    entities: dict[str, Entity] = {}
    for mention in sorted(found, key=lambda m: m.start):
        start, end = view.to_original(mention.start, mention.end)
        entity = entities.get(mention.entity_id)
        if entity is None:
            entity = _new_entity(mention, kb.get(mention.entity_id), view.original[start:end])
            entities[mention.entity_id] = entity
        entity.mentions.append(Mention(start, end, view.original[start:end], mention.how,
                                       settings.confidence(mention.how)))
    return list(entities.values())


def _new_entity(mention: _Found, known: KBEntity | None, surface: str) -> Entity:
    if known is None:
        ner_type = mention.ner_type or "MISC"
        return Entity(mention.entity_id, ner_type, surface, in_kb=False)
    return Entity(known.id, known.type, known.name_ar, known.name_en, known.wikidata,
                  known.category, known.country, known.lat, known.lon)

