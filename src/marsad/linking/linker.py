"""Merge dictionary hits, in-document short forms and NER spans into linked entities.

Order matters and encodes trust: knowledge-base aliases first (precise), then short forms of
names already seen in this article («لافروف» after «سيرغي لافروف», «التحالف» after
«التحالف الدولي ضد داعش»), then NER spans nothing else explained, linked by exact alias,
clitic-stripped alias, or fuzzy similarity, and otherwise kept as entities of their own
with a stable id derived from their normalised name.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Container, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from functools import cache, lru_cache
from itertools import pairwise, takewhile
from typing import Any, TypeVar
from urllib.parse import urlsplit

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from marsad.arabic.normalize import NormalizedText, normalize
from marsad.arabic.tokenize import (
    Token,
    candidates,
    load_clitics,
    split_clitics,
    strip_marks,
    tokenize,
)
from marsad.extractors.statements import reporting_lexicon
from marsad.kb import KBEntity, KnowledgeBase
from marsad.lexicon import load_json
from marsad.linking.alias_matcher import Gazetteer, GazetteerHit, SpanSet, load_gazetteer
from marsad.linking.everyday import load_everyday_words
from marsad.model import PLACE_TYPES, Entity, Mention, Sentence
from marsad.ner import NerTagger, load_tagger
from marsad.ner.clusters import DEFAULT_CLUSTERS, cluster_key, read_clusters
from marsad.ner.name_lexicons import read_person_names
from marsad.ner.nesting import load_org_heads

ENTITY_NER_TYPES = ("PER", "ORG", "LOC")
_WORD = re.compile(r"[^\W\d_]+")


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
    place_heads: frozenset[str]
    org_heads: frozenset[str]
    person_titles: frozenset[str]
    title_words: frozenset[str]
    # both lists above: the titles a name may follow, asked per mention by several rules, so
    # joined once here rather than at each question
    titles: frozenset[str]
    not_name_before: frozenset[str]
    work_heads: frozenset[str]
    clitic_idioms: frozenset[str]
    vessel_heads: frozenset[str]
    named_after_heads: frozenset[str]
    governing_nouns: frozenset[str]
    phrase_idioms: tuple[str, ...]
    name_title_heads: frozenset[str]
    settlement_heads: frozenset[str]
    span_end_words: frozenset[str]  # prepositions and verbs cut off a person span's end
    span_lead_descriptors: frozenset[str]  # «سني» in «وسني صالح المطلق»
    construct_nouns: frozenset[str]  # «أعماق» in «أعماق الكارثة»
    name_part_heads: frozenset[str]  # «نهر» in «مخيم نهر البارد»
    old_town_words: frozenset[str]  # «البلد» in «درعا البلد»
    name_over_place_heads: dict[str, str]  # «بحر» → LOC in «بحر عمان»
    same_place_heads: frozenset[str]  # «مدينة» in «مدينة الحوطة» … «الحوطة»
    scope_adjectives: frozenset[str]  # «الدولية» in «المنظمة الدولية»
    group_adjectives: frozenset[str]  # «الكردي» in «التحالف الكردي العربي»
    metaphor_name_heads: frozenset[str]  # «درع» in «قوات درع الجزيرة»
    business_heads: frozenset[str]  # «مقاهي» in «أحد مقاهي ستارباكس»
    state_body_heads: frozenset[str] = frozenset()  # «البرلمان» in «البرلمان الفرنسي»
    construct_org_heads: frozenset[str] = frozenset()  # «وزارة» in «وزارة الخارجية الكوبية»
    complement_org_heads: frozenset[str] = frozenset()  # «الهيئة» in «… للطيران المدني»
    name_adjectives: frozenset[str] = frozenset()  # «العامة» in «الهيئة العامة للطيران …»
    subnational_heads: frozenset[str] = frozenset()  # «ولاية» in «بولاية جورجيا»
    institution_heads: dict[str, str] = field(default_factory=dict)  # «فندق» → FAC
    participle_prepositions: frozenset[str] = frozenset()  # «على» in «مشروعه القائم على»
    possessive_suffixes: tuple[str, ...] = ()  # «ه» in «مشروعه»
    plural_endings: tuple[str, ...] = ()  # «ات», «ون», «ين»
    locative_words: frozenset[str] = frozenset()  # «في» in «في مانشستر» (the city)
    team_governors: frozenset[str] = frozenset()  # «ضد» in «ضد مانشستر» (the club)
    direction_words: frozenset[str] = frozenset()  # «شمال» in «شمال شرق سوريا»
    outlet_heads: frozenset[str] = frozenset()  # «صحيفة» in «صحيفة “الجزيرة”»
    national_bodies: frozenset[str] = frozenset()  # «الحرس الوطني»: one per state
    activity_nouns: frozenset[str] = frozenset()  # «مجال» in «بمجال الدفاع المدني»: a field
    party_heads: frozenset[str] = frozenset()  # «الحزب» in «الحزب الديمقراطي الاشتراكي»
    club_heads: frozenset[str] = frozenset()  # «فريق» in «فريق القادسية» (the club)
    league_nouns: frozenset[str] = frozenset()  # «الكرة» in «الكرة السعودية» (its country)
    place_event_nouns: frozenset[str] = frozenset()  # «تحرير» in «تحرير عدن» (the city)
    national_adjectives: frozenset[str] = frozenset()  # «الوطني» in «مجلس الأمن الوطني»
    capital_nouns: frozenset[str] = frozenset()  # «العاصمة» in «بالعاصمة تونس» (the city)
    place_idiom_nouns: frozenset[str] = frozenset()  # «رأس» in «مسقط رأسه» (birthplace)
    # «الرئيس» → the KB categories of the people it names before a surname («الرئيس هادي»)
    surname_titles: dict[str, frozenset[str]] = field(default_factory=dict)
    agency_attribution_words: frozenset[str] = frozenset()  # «وفقا» in «وفقا للالمانية» (dpa)
    institution_region_words: frozenset[str] = frozenset()  # «منطقة» in «جوازات منطقة جازان»
    gods_formula_nouns: frozenset[str] = frozenset()  # «عون» in «بعون الله» (no person)
    prefix_titles: frozenset[str] = frozenset()  # «الدكتور» in «الدكتور السويد» (a surname)
    region_names: frozenset[str] = frozenset()  # «أمريكا الشمالية»: no United States
    outlet_group_heads: frozenset[str] = frozenset()  # «وسائل الإعلام» before «BFM وRMC»
    story_places_min: int = 0  # other places of its country that confirm «عدن» (0: none do)
    compound_first_words: frozenset[str] = frozenset()  # «شبه» in «شبه الجزيرة» (a peninsula)
    conjunction_free_prepositions: frozenset[str] = frozenset()  # «إلى» in «إلى فارنا» (Varna)
    agent_heads: frozenset[str] = frozenset()  # «منفذ» in «منفذ الطعن» (the stabber)
    act_nouns: frozenset[str] = frozenset()  # «طعن» in «منفذ الطعن»
    state_owner_heads: frozenset[str] = frozenset()  # «منفذ» in «منفذ الأردن» (Jordan's)
    language_nouns: frozenset[str] = frozenset()  # «لغة» in «اللغة الرومانية» (no Romania)
    regime_nouns: frozenset[str] = frozenset()  # «نظام» in «نظام الرئيس بشار الأسد»
    rank_titles: frozenset[str] = frozenset()  # «العقيد» in «العقيد تامر الرفاعي»
    feature_region_heads: frozenset[str] = frozenset()  # «وادي» in «وادي النيل» (a region)
    unit_heads: frozenset[str] = frozenset()  # «فصيل» in «فصيل خالد بن الوليد» (no person)
    place_only_heads: frozenset[str] = frozenset()  # «شرطة»: a body only before a KB place
    new_place_heads: frozenset[str] = frozenset()  # «قرية» in «قرية الشبكي» (a new village)
    indefinite_place_heads: frozenset[str] = frozenset()  # «مدينة» in «مدينة شقرة»
    profession_nouns: frozenset[str] = frozenset()  # «الخبير» in «الخبير الألماني يوزيف برامل»
    home_story_aliases: frozenset[str] = frozenset()  # «المقاومة»: its country's story only
    partner_heads: frozenset[str] = frozenset()  # «الحوثيين وقوات صالح»: Saleh's forces
    demonstratives: frozenset[str] = frozenset()  # «هذا» of «هذا التحالف»
    # «أحياء» in «أحياء خور مكسر والمعلا»: a plural or dual place noun before a list of names
    listed_place_heads: frozenset[str] = frozenset()
    # «قريتي», «معسكري»: the duals among them, written in «ي» («قرى» is written in «ى»)
    listed_dual_heads: frozenset[str] = frozenset()
    peoples: frozenset[str] = frozenset()  # «العرب» in «قرى العرب والأكراد» (no place)
    heap_nouns: frozenset[str] = frozenset()  # «جليد» in «جبل الجليد» (a figure, no place)
    kind_words: frozenset[str] = frozenset()  # «الحاويات» in «ميناء الحاويات» (no name)
    # «طيران» → «رحلات», «شركة»…: a state body's head that names a trade after these nouns
    civil_sense_nouns: dict[str, frozenset[str]] = field(default_factory=dict)
    # «النيل» → «من»: a KB name that is also a verbal noun, and the preposition it takes
    verbal_noun_names: dict[str, str] = field(default_factory=dict)
    # «alwatan.com.sa» → al-Watan: the web host an article came from → its publisher in the KB
    publisher_hosts: dict[str, str] = field(default_factory=dict)
    # «خادم الحرمين الشريفين» → ((2005-08-01, King Abdullah), (2015-01-23, King Salman)): a
    # title one person holds at a time → each KB holder from the day he took it on
    dated_titles: dict[str, tuple[tuple[date, str], ...]] = field(default_factory=dict)
    former_words: frozenset[str] = frozenset()  # «الراحل» after a title: a past holder
    namesake_heads: frozenset[str] = frozenset()  # «كأس» before a title: a thing named after it
    verbal_noun_construct_heads: frozenset[str] = frozenset()
    directorate_heads: frozenset[str] = frozenset()  # «مديرية» in «مديرية أمن إسطنبول»
    service_nouns: frozenset[str] = frozenset()  # «أمن» in «مديرية أمن إسطنبول»
    governor_titles: frozenset[str] = frozenset()  # «محافظ» in «محافظ الخفجي» (a place)
    portfolio_nouns: frozenset[str] = frozenset()  # «محافظ الأسهم»: portfolios, no place
    park_heads: frozenset[str] = frozenset()  # «متنزه» in «متنزه الشيخ زايد» (no town)
    name_initials: frozenset[str] = frozenset()  # «جيه» in «دونالد جيه ترامب» (J.)
    regional_body_heads: frozenset[str] = frozenset()  # «إذاعة» in «إذاعة شمال ألمانيا»
    member_heads: frozenset[str] = frozenset()  # «عناصر "…"»: members or parts, no name's head
    official_adjectives: frozenset[str] = frozenset()  # «الحكومي» in «التلفزيون الحكومي السوري»
    name_closers: frozenset[str] = frozenset()  # «التي», «وهو»: a body's name ended before
    possessor_closers: frozenset[str] = frozenset()  # «ذات», «ذو»: a name perhaps ended before
    bare_state_body_heads: frozenset[str] = frozenset()  # «وزارة الداخلية»: the state's
    one_owner_body_heads: frozenset[str] = frozenset()  # «وزارة»: the one owner state's too
    bloc_heads: frozenset[str] = frozenset()  # «كتلة», «ائتلاف»: one list's interchangeable heads
    quote_frames: frozenset[str] = frozenset()  # «لافتة "…"»: a title, slogan, nickname follows
    owner_prepositions: frozenset[str] = frozenset()  # «في» in «وزارة الداخلية في حكومة…»
    foreign_relations_acts: frozenset[str] = frozenset()  # «تعازي»: one state's act to another
    polysemous_heads: frozenset[str] = frozenset()  # «موقع»: a site as often as a website
    central_governments: frozenset[str] = frozenset()  # «الحكومة المركزية»: the state's
    members_body_heads: frozenset[str] = frozenset()  # «نقابة الصحافيين اليمنيين»: members'
    conjunct_body_nouns: frozenset[str] = frozenset()  # «والقوات الجوية»: a second body opens
    told_nouns: frozenset[str] = frozenset()  # «في تصريح لـ"الاقتصادية"»: told an outlet
    predicate_copulas: frozenset[str] = frozenset()  # «ما زال حي الذاكرة»: «حي» is "alive"
    adjective_place_heads: frozenset[str] = frozenset()  # «حي»: a quarter, or "alive"
    predicate_particles: frozenset[str] = frozenset()  # «إن» in «إن الشعب حي الوجدان»
    arab_league_states: frozenset[str] = frozenset()  # their names are Arab, not respelt
    outlet_name_tails: frozenset[str] = frozenset()  # «تايمز» in «واشنطن تايمز»: a paper's name
    dated_today_words: frozenset[str] = frozenset()  # «السبت» after «اليوم»: today, no name
    city_name_heads: frozenset[str] = frozenset()  # «مدينة تونس»: the city, not the state
    state_body_categories: frozenset[str] = frozenset()  # a party, a force: one state's own
    language_nisbas: frozenset[str] = frozenset()  # «الإسبانية» in «بالإسبانية»: in Spanish
    site_name_heads: frozenset[str] = frozenset()  # «حي» in «حي الزمالك»: no club's quarter
    site_named_categories: frozenset[str] = frozenset()  # a club, a broadcaster runs no quarter

    def confidence(self, how: str) -> float:
        """The audited precision of links made this way (``confidence_default`` for a way the
        audit has not measured yet), so every mention carries a number users can threshold."""
        return self.confidence_by_how.get(how, self.confidence_default)


@cache
def load_settings() -> LinkingSettings:
    data: dict[str, Any] = load_json("linking.json")

    def words(key: str) -> frozenset[str]:
        """A word list of ``linking.json``, normalised the way running text is."""
        return frozenset(normalize(w) for w in data[key])

    return LinkingSettings(
        generic_heads=words("generic_heads"),
        min_short_form_chars=int(data["min_short_form_chars"]),
        fuzzy_min_chars=int(data["fuzzy_min_chars"]),
        fuzzy_min_similarity=float(data["fuzzy_min_similarity"]),
        ner_types={k: tuple(v) for k, v in data["ner_types"].items()},
        confirm_place_alias_max_chars=int(data["confirm_place_alias_max_chars"]),
        confirm_place_home_countries=frozenset(data["confirm_place_home_countries"]),
        confirm_place_categories=frozenset(data["confirm_place_categories"]),
        not_names=words("not_names"),
        confidence_by_how={how: float(p) for how, p in data["confidence_by_how"].items()},
        confidence_default=float(data["confidence_default"]),
        place_heads=words("place_heads"),
        org_heads=words("org_heads"),
        person_titles=words("person_titles"),
        title_words=words("title_words"),
        titles=words("person_titles") | words("title_words"),
        not_name_before=words("not_name_before"),
        work_heads=words("work_heads"),
        clitic_idioms=words("clitic_idioms"),
        vessel_heads=words("vessel_heads"),
        named_after_heads=words("named_after_heads"),
        governing_nouns=words("governing_nouns"),
        phrase_idioms=tuple(normalize(w) for w in data["phrase_idioms"]),
        name_title_heads=words("name_title_heads"),
        settlement_heads=words("settlement_heads"),
        span_end_words=words("span_end_words"),
        span_lead_descriptors=words("span_lead_descriptors"),
        construct_nouns=words("construct_nouns"),
        name_part_heads=words("name_part_heads"),
        old_town_words=words("old_town_words"),
        name_over_place_heads={normalize(head): kind for head, kind
                               in data["name_over_place_heads"].items()},
        same_place_heads=words("same_place_heads"),
        scope_adjectives=words("scope_adjectives"),
        group_adjectives=frozenset(_adjective_stem(normalize(w))
                                   for w in data["group_adjectives"]),
        metaphor_name_heads=words("metaphor_name_heads"),
        business_heads=words("business_heads"),
        state_body_heads=words("state_body_heads"),
        construct_org_heads=words("construct_org_heads"),
        complement_org_heads=words("complement_org_heads"),
        name_adjectives=words("name_adjectives"),
        subnational_heads=words("subnational_heads"),
        institution_heads={normalize(w): t for w, t in data["institution_heads"].items()},
        participle_prepositions=words("participle_prepositions"),
        possessive_suffixes=tuple(sorted(words("possessive_suffixes"))),
        plural_endings=tuple(sorted(words("plural_endings"))),
        locative_words=words("locative_words"),
        team_governors=words("team_governors"),
        direction_words=words("direction_words"),
        outlet_heads=words("outlet_heads"),
        national_bodies=words("national_bodies"),
        activity_nouns=words("activity_nouns"),
        party_heads=words("party_heads"),
        club_heads=words("club_heads"),
        league_nouns=words("league_nouns"),
        place_event_nouns=words("place_event_nouns"),
        national_adjectives=words("national_adjectives"),
        capital_nouns=words("capital_nouns"),
        place_idiom_nouns=words("place_idiom_nouns"),
        agency_attribution_words=words("agency_attribution_words"),
        surname_titles={normalize(title): frozenset(categories)
                        for title, categories in data["surname_titles"].items()},
        institution_region_words=words("institution_region_words"),
        gods_formula_nouns=words("gods_formula_nouns"),
        prefix_titles=words("prefix_titles"),
        region_names=words("region_names"),
        outlet_group_heads=words("outlet_group_heads"),
        story_places_min=int(data.get("story_places_min", 0)),
        compound_first_words=words("compound_first_words"),
        conjunction_free_prepositions=words("conjunction_free_prepositions"),
        agent_heads=words("agent_heads"),
        act_nouns=words("act_nouns"),
        state_owner_heads=words("state_owner_heads"),
        language_nouns=words("language_nouns"),
        regime_nouns=words("regime_nouns"),
        rank_titles=words("rank_titles"),
        feature_region_heads=words("feature_region_heads"),
        unit_heads=words("unit_heads"),
        place_only_heads=words("place_only_heads"),
        new_place_heads=words("new_place_heads"),
        indefinite_place_heads=words("indefinite_place_heads"),
        profession_nouns=words("profession_nouns"),
        home_story_aliases=words("home_story_aliases"),
        partner_heads=words("partner_heads"),
        demonstratives=words("demonstratives"),
        listed_place_heads=words("listed_place_heads"),
        listed_dual_heads=frozenset(normalize(w) for w in data["listed_place_heads"]
                                    if w.endswith("ي")),
        peoples=words("peoples"),
        heap_nouns=words("heap_nouns"),
        kind_words=words("kind_words"),
        civil_sense_nouns={normalize(head): frozenset(normalize(n) for n in nouns)
                           for head, nouns in data["civil_sense_nouns"].items()},
        verbal_noun_construct_heads=words("verbal_noun_construct_heads"),
        directorate_heads=words("directorate_heads"),
        service_nouns=words("service_nouns"),
        governor_titles=words("governor_titles"),
        portfolio_nouns=words("portfolio_nouns"),
        park_heads=words("park_heads"),
        name_initials=words("name_initials"),
        regional_body_heads=words("regional_body_heads"),
        central_governments=words("central_governments"),
        quote_frames=words("quote_frames"),
        owner_prepositions=words("owner_prepositions"),
        foreign_relations_acts=words("foreign_relations_acts"),
        polysemous_heads=words("polysemous_heads"),
        bloc_heads=words("bloc_heads"),
        bare_state_body_heads=words("bare_state_body_heads"),
        one_owner_body_heads=words("one_owner_body_heads"),
        name_closers=words("name_closers"),
        possessor_closers=words("possessor_closers"),
        member_heads=words("member_heads"),
        official_adjectives=words("official_adjectives"),
        members_body_heads=words("members_body_heads"),
        conjunct_body_nouns=words("conjunct_body_nouns"),
        told_nouns=words("told_nouns"),
        predicate_copulas=words("predicate_copulas"),
        adjective_place_heads=words("adjective_place_heads"),
        predicate_particles=words("predicate_particles"),
        arab_league_states=frozenset(data["arab_league_states"]),
        outlet_name_tails=words("outlet_name_tails"),
        dated_today_words=words("dated_today_words"),
        city_name_heads=words("city_name_heads"),
        state_body_categories=frozenset(data["state_body_categories"]),
        language_nisbas=words("language_nisbas"),
        site_name_heads=words("site_name_heads"),
        site_named_categories=frozenset(data["site_named_categories"]),
        verbal_noun_names={normalize(name): normalize(preposition)
                           for name, preposition in data["verbal_noun_names"].items()},
        publisher_hosts={host.lower(): entity_id
                         for host, entity_id in data["publisher_hosts"].items()},
        dated_titles={normalize(title): tuple((date.fromisoformat(since), entity_id)
                                              for since, entity_id in holders)
                      for title, holders in data["dated_titles"].items()},
        former_words=words("former_words"),
        namesake_heads=words("namesake_heads"),
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
    publisher: str | None = None,
    published: date | None = None,
) -> list[Entity]:
    """All entities of one clean text, each with its mentions as offsets into the text.

    ``tokens`` are the text's tokens when the pipeline already has them (tokenised here
    otherwise). ``publisher`` is the KB id of the outlet that published the text
    (:func:`publisher_of` its address), when known: a paper names itself and its own
    country in words no other signal in the text resolves («لـ"الوطن"», «المملكة»).
    ``published`` is the text's date of publication, when known: a title one person holds
    at a time («خادم الحرمين الشريفين») names whoever held it that day.
    """
    gazetteer = gazetteer or load_gazetteer()
    kb = gazetteer.kb
    if tokens is None:
        tokens = tokenize(view.original)
    ner_spans = list(_ner_spans(view, sentences, tokens, tagger or load_tagger()))
    # «#بشار_الأسد»: a hashtag's «_» between letters is a space to the dictionary, and so is
    # the hyphen of a transcribed name («كيم جونغ-أون» is «كيم جونغ أون»); same length, so
    # every offset holds
    joined = _NAME_JOIN.sub(" ", view.text) if _NAME_JOIN.search(view.text) else view.text
    every_hit = _today_not_in_name(gazetteer.find(joined), joined, gazetteer)
    people = SpanSet((h.start, h.end) for h in every_hit if h.kind != "adjective"
                     and h.ids[0].startswith("per:"))
    # «تركي المالكي» says nothing of Turkey; «لـ«الشرق الأوسط»» is the paper, not the region
    hits = [_quoted_outlet(hit, view.text, kb) for hit in every_hit
            if hit.kind != "adjective" or not people.overlaps(hit.start, hit.end)]
    nisbas = {hit.start for hit in every_hit if hit.kind == "adjective"}
    hamzas = [m.start() for m in _HAMZA_SEATS.finditer(view.original)]
    tanweens = [m.start() for m in _TANWEEN.finditer(view.original)]
    # Egyptian usage writes final «ي» as «ى» («فى»); «إلى», «حتى» are spelled «ى» anyway,
    # so only the first three forms tell
    maqsura_style = bool(_MAQSURA_STYLE.search(view.original))
    idioms = _idiom_spans(view.text)
    hits = [hit for hit in hits
            if not (idioms and idioms.overlaps(hit.start, hit.end))
            and not _adjective_of_noun(hit, view.text, kb)
            and not _village_as_adjective(hit, view.text, kb)
            and not _in_titled_name(hit, view.text, kb)
            and not _park_namesake(hit, view.text, kb)
            and not _after_name_part_head(hit, view.text, kb)
            and not _after_metaphor_head(hit, view.text, kb)
            and not _construct_noun(hit, view.text, kb)
            and not _in_compound_noun(hit, view.text)
            and not _conjunction_after_preposition(hit, view.text)
            and not _in_person_chain(hit, view.text, kb, ner_spans)
            and not _language_nisba(hit, view.text)
            and not _language_after_preposition(hit, view.text)
            and not _site_named_after(hit, view.text, kb)
            and not _verbal_noun(hit, view.text, kb)
            and not _civil_sense_alias(hit, view.text, kb)
            and not _participle_of_noun(hit, view, kb)
            and not _nisba_after_bin(hit, view.text)
            and not _party_name_goes_on(hit, view.text, kb)
            and not _national_body_name(hit, view.text, kb)
            and not _foreign_state_body(hit, view.text, kb)
            and not _under_another_head(hit, view.text, kb)]
    # «بولاية جورجيا»: the US state, a new place, never the country (vetoed for NER below)
    units = [hit for hit in hits if _sub_national(hit, view.text, kb)]
    if units:
        hits = [hit for hit in hits if hit not in units]
    # «موقع "سكاي نيوز" البريطاني»: another country's outlet of that name (made new below)
    foreign_outlets = [hit for hit in hits if _foreign_outlet(hit, view.text, kb)]
    if foreign_outlets:
        hits = [hit for hit in hits if hit not in foreign_outlets]
    # «صحيفة "واشنطن تايمز"»: the place opens a paper's name (the name made new below)
    outlet_places = _outlet_named_places(hits, view.text, kb)
    if outlet_places:
        hits = [hit for hit in hits if id(hit) not in outlet_places]
    # «بحر عمان», «معبر مورك», «درعا البلد»: a sea, a gulf, a crossing, an old town named
    # after the place (made new below)
    named_after = _places_naming_another(hits, view.text, kb) | \
        _old_town_names(hits, view.text, kb)
    if named_after:
        hits = [hit for hit in hits if id(hit) not in named_after]
    # «مدينة ظهران الجنوب»: the place's bare name heads another place's (made new below)
    compounds = [hit for hit in hits if _bare_place_before_direction(hit, view.text, kb)]
    if compounds:
        hits = [hit for hit in hits if hit not in compounds]
    confirmed = _places_confirmed(hits, view.text, kb,
                                  [_confirmed(hit, view.text, kb, ner_spans) for hit in hits])
    confirmed = _listed_places_confirmed(hits, view.text, kb, confirmed)
    given_names = [hit for hit, ok in zip(hits, confirmed, strict=True)
                   if ok and _given_name_before_surname(hit, view.text, kb)]
    regions = {id(hit): (hit.start, end) for hit in hits
               if (end := _listed_region_end(hit, view.text, kb)) is not None}
    yeh_surnames = _surnames_after_yeh_names(hits, view, kb, maqsura_style)
    hits = [hit for hit, ok in zip(hits, confirmed, strict=True)
            if ok and hit not in given_names
            and (not hamzas or _hamza_kept(hit, view, kb, hamzas))
            and (not tanweens or not _written_indefinite(hit, view, tanweens))
            and _maqsura_kept(hit, view, kb, maqsura_style)
            and not _wa_before_hamza_word(hit, view, kb)
            and not _after_person_word(hit, view, kb)
            and not _after_top_given_name(hit, view.text, kb)
            and id(hit) not in yeh_surnames
            and id(hit) not in regions
            and not _quoted_title(hit, view.text, kb)
            and not (hit.ids[0].startswith("per:") and (
                _patronymic_goes_on(hit, view.text)
                or _kunya_of_another(hit, view.text, kb, nisbas)
                or _kunya_ends_name(hit, view.text, kb, ner_spans)
                or _short_alias_before_family_name(hit, view.text, kb)
                or _in_idiom(view.text, hit.start, hit.end, kb)
                or _after_vessel_word(view.text, hit.start)))]
    hits = _family_name_nisbas_dropped(hits, every_hit, view.text, kb)
    hits = [replace(hit, kind="adjective") if _name_as_adjective(hit, view.text, kb) else hit
            for hit in hits]
    hits = _lone_surnames_checked(hits, view.text, kb, ner_spans)
    hits = _candidates_by_country(hits, view.text, kb)
    # «منطقة الدرين بالمنصورة، شمالي مدينة عدن»: a namesake in the story's one country
    namesakes = _homonyms_abroad(hits, view.text, kb)
    if namesakes:
        hits = [hit for hit in hits if hit not in namesakes]
        units = units + namesakes
    hits = [_capital_city(_titled_outlet(hit, view.text, kb), view.text, kb) for hit in hits]
    hits = _homonyms_checked(hits, view.text, kb)
    hits = _context_aliases_resolved(hits, view.text, kb, publisher)
    # a hit refused by context must not come back through NER («بلدة صيدا في ريف درعا»); one
    # refused only for want of confirmation may (NER names are their own evidence), and so
    # may the longer name a KB name was refused inside («سعد بن متعب بن عبدالله بن عبدالعزيز»)
    kept = {id(hit) for hit in hits}
    ner_spans = _chain_names_refused(view.text, every_hit, kept, ner_spans, gazetteer)
    # a hit refused as a piece of a longer name (a place in a person's name chain, an alias
    # read off a word after a preposition) leaves NER's span to name the whole
    vetoed = [(hit.start, hit.end, hit.ids[0]) for hit in every_hit
              if id(hit) not in kept and _confirmed(hit, view.text, kb, ner_spans)
              and not _in_person_chain(hit, view.text, kb, ner_spans)
              and not _conjunction_after_preposition(hit, view.text)
              and not (hit.ids[0].startswith("per:")
                       and (_patronymic_goes_on(hit, view.text)
                            or _short_alias_before_family_name(hit, view.text, kb)
                            or " " not in view.text[hit.start:hit.end])
                       and any(span.type == "PER" and span.start <= hit.start <= hit.end
                               <= span.end and (span.start, span.end) != (hit.start, hit.end)
                               for span in ner_spans))]
    hits = _surnames_of_named_people(hits, view.text, kb)
    clubs = _club_short_forms(view.text, hits, kb)
    found = [_Found(hit.start, hit.end, clubs[id(hit)], "short_form") if id(hit) in clubs
             else _from_hit(hit) for hit in hits]
    if named_after:  # before NER, whose cut «خليج» of «خليج المكسيك» must not take the span
        taken = SpanSet((m.start, m.end) for m in found if m.how != "adjective")
        found += [_Found(start, end, _new_name_id(kind.lower(), view.text[start:end]), "ner", kind)
                  for start, end, kind in named_after.values() if not taken.overlaps(start, end)]
    found += _spelled_people(view.text, found, kb)
    found += _spelled_states(view.text, found, kb)
    found += _short_forms(view.text, found, gazetteer, ner_spans)
    found += _titled_surnames(view.text, found, kb, ner_spans)
    found = _agency_nisbas(view.text, found, kb)
    found += _coordinated_given_names(view.text, found, kb)
    found += _partner_leaders(view.text, found, kb, ner_spans)
    found += _coordinated_homographs(view.text, found, kb)
    found += _quoted_names(view.text, found, kb)
    found += _quoted_outlet_names(view.text, found, kb)
    found += _publisher_self_names(view.text, found, kb, publisher)
    found += _bare_clubs(view.text, found, kb)
    found += _ner_mentions(view, ner_spans, found, gazetteer, vetoed)
    found += _kunya_people(view.text, found, kb, nisbas)
    found += _listed_people(view.text, found, nisbas)
    found += _ranked_people(view.text, found)
    found += _initialled_people(view.text, found)
    found += _surnamed_people(view.text, given_names, found)
    # after NER: a name NER found and linked on the head's words is left as it is
    found += _nisba_organisations(view.text, found, kb)
    found += _place_named_bodies(view.text, found, kb)
    found += _place_directorates(view.text, found, kb)
    found += _qualified_place_bodies(view.text, found, kb)
    found += _international_airports(view.text, found, kb)
    found += _named_institutions(view.text, found, kb)
    found += _described_foreigners(view.text, found, kb)
    found += _listed_regions(view.text, regions.values(), found)
    found += _feature_regions(view.text, found, kb)
    found += _continent_parts(view.text, found, kb)
    found += _headed_new_places(view.text, found, kb)
    found += _indefinite_new_places(view.text, found, kb)
    found += _governed_new_places(view.text, found, kb)
    found += _listed_new_places(view.text, found, kb)
    found += _places_between_places(view.text, found, kb)
    found += _quoted_bodies(view.text, found, kb)
    found = _units_named_after_men(view.text, found)
    found += _leaders_regimes(view.text, found, kb)
    found += _national_bodies(view.text, found, kb)
    found += _central_governments(view.text, found, kb)
    found += _dated_title_holders(view.text, found, kb, published)
    found += _bare_state_bodies(view.text, found, kb)
    found += _places_in_regions(view.text, found, kb)
    found += _latin_outlets(view.text, found)
    found = _club_story_regions(view.text, found, kb)
    if units:
        found += _sub_national_units(view.text, units, found)
    if compounds:
        found += _direction_named_places(view.text, compounds, found)
    if foreign_outlets or outlet_places:
        taken = SpanSet((m.start, m.end) for m in found if m.how != "adjective")
        spans = [(hit.start, hit.end) for hit in foreign_outlets] + list(outlet_places.values())
        found += [_Found(start, end, _new_name_id("org", view.text[start:end]), "ner", "ORG")
                  for start, end in spans if not taken.overlaps(start, end)]
    found = _one_id_per_new_name(view.text, found)
    return _build_entities(view, found, kb)


def _outlet_named_places(hits: Sequence[GazetteerHit], text: str,
                         kb: KnowledgeBase) -> dict[int, tuple[int, int]]:
    """«صحيفة "واشنطن تايمز"», «كوريا تايمز», «طهران تايمز»: a place name (a state too) right
    before a word that only ends a newspaper's name (``outlet_name_tails``: «تايمز», «بوست»,
    «جورنال», «هيرالد») is the paper's first word, not the place. The papers the KB has
    («نيويورك تايمز», «واشنطن بوست») are longer aliases and never reach here; for the others the
    place hit (keyed by ``id``) is dropped and the two words are returned as the span of a new
    organisation. Only the tail word itself, one space after the name: «واشنطن، بوست …» or
    «واشنطن وبوست» is no name."""
    tails = load_settings().outlet_name_tails
    out: dict[int, tuple[int, int]] = {}
    for hit in hits:
        entity = kb.get(hit.ids[0])
        if entity is None or entity.type not in ("GPE", "LOC") or hit.kind == "adjective":
            continue
        tail = _next_word(text, hit.end)  # (one space, or "": «واشنطن، بوست» is no name)
        if tail in tails:
            out[id(hit)] = (hit.start, hit.end + 1 + len(tail))
    return out


def _places_naming_another(hits: Sequence[GazetteerHit], text: str,
                           kb: KnowledgeBase) -> dict[int, tuple[int, int, str]]:
    """Sets 88-90: a sea, a gulf or a border crossing named after a state or a town is
    another place. «بحر عمان» is the Gulf of Oman, not Oman; «خليج المكسيك» the Gulf of
    Mexico; «معبر مورك» the crossing at Morek, not the town. A one-word KB place (states
    included, unlike :func:`_after_name_part_head`; no natural feature or region, which the
    noun describes; a gulf the KB has, «خليج عدن», is a longer alias and never reaches here)
    right after one of ``name_over_place_heads``,
    bare or after a proclitic («وبحر عمان»), is dropped (keyed by ``id``) and the head and the
    name are returned as the span of a new place of the head's type (LOC for water, FAC for a
    crossing). «جزيرة» is no such head: an island state is named by its island («جزيرة
    قبرص»), and a port or an airport («ميناء الحديدة», «مطار عدن») is the city's, as the analyst
    sets label it."""
    heads = load_settings().name_over_place_heads
    out: dict[int, tuple[int, int, str]] = {}
    for hit in hits:
        entity = kb.get(hit.ids[0])
        if entity is None or entity.type not in ("GPE", "LOC", "FAC") or \
                hit.kind == "adjective" or entity.category in ("natural_feature", "region") or \
                " " in text[hit.start:hit.end] or (hit.start > 0 and text[hit.start - 1].isalpha()):
            continue
        start, word = _previous_word(text, hit.start)
        stem = next((word[s.stem_start:] for s in candidates(word)
                     if word[s.stem_start:] in heads), word if word in heads else "")
        if stem:
            out[id(hit)] = (start + len(word) - len(stem), hit.end, heads[stem])
    return out


def _old_town_names(hits: Sequence[GazetteerHit], text: str,
                    kb: KnowledgeBase) -> dict[int, tuple[int, int, str]]:
    """Sets 88-90: a word of ``old_town_words`` («البلد») right after a town's or a city's
    name (one space) names its old town, a quarter of its own: «درعا البلد» is Daraa al-Balad,
    neither the city nor, in «منطقة درعا البلد», the district the alias «منطقة درعا» names.
    The hit is dropped (keyed by ``id``) and the name with the word, less a place head that
    opens the alias («منطقة»), is returned as the span of a new place (LOC). States stay: a
    state before «البلد» is in apposition («سوريا البلد الذي…»), and so do natural features
    and regions."""
    words = load_settings().old_town_words
    heads = load_settings().place_heads
    out: dict[int, tuple[int, int, str]] = {}
    for hit in hits:
        entity = kb.get(hit.ids[0])
        if entity is None or entity.type not in ("GPE", "LOC") or hit.kind == "adjective" or \
                entity.category in ("state", "natural_feature", "region"):
            continue
        tail = _next_word(text, hit.end)
        if tail not in words:
            continue
        first = text[hit.start:hit.end].split(" ", 1)
        start = hit.start + len(first[0]) + 1 if len(first) > 1 and first[0] in heads \
            else hit.start
        out[id(hit)] = (start, hit.end + 1 + len(tail), "LOC")
    return out


def _after_top_given_name(hit: GazetteerHit, text: str, kb: KnowledgeBase,
                          common_ok: Container[str] = ()) -> bool:
    """Sets 88-90: a given name of the person-name lexicon's two top bands (given:3, where
    the transcribed Western names stand: «جاك», «جون», «روبرت»; and given:4), bare or after
    the conjunction «و», right before a one-word town or city under a million is that
    person's surname: «وجاك إيلام» (the actor Jack Elam), «(جاك إيلام)», «منذر الخليل» (Idlib's
    health director, not Hebron). :func:`_after_person_word` reads only the bare top band. A
    name that is an everyday word or a KB name is left to that function's title checks, and
    states and cities of a million stay, as there: a given name before them is more often a
    word that governs them («لصالح بغداد») than a man's first name."""
    entity = kb.get(hit.ids[0])
    if entity is None or entity.type in ("PER", "ORG") or hit.kind == "adjective" or \
            entity.category == "state" or (entity.population or 0) >= _BIG_CITY or \
            " " in text[hit.start:hit.end] or (hit.start > 0 and text[hit.start - 1].isalpha()):
        return False
    word = _previous_word(text, hit.start)[1]
    common = load_everyday_words().common
    return any(name in _top_given_names() and (name not in common or name in common_ok)
               and name not in kb.by_alias
               and name not in _PATRONYMIC  # «ابن النيل», «ابن حلب»: where he is from
               for name in (word, word[1:] if word.startswith("و") else ""))


def _surnames_after_yeh_names(hits: Sequence[GazetteerHit], view: NormalizedText,
                              kb: KnowledgeBase, maqsura_style: bool) -> set[int]:
    """Sets 93 and 94: «علي الأحمدي» (the Aden resistance's spokesman, not the Kuwaiti town
    al-Ahmadi). A given name of the two top bands that is an everyday word only because
    normalising folds final «ى» into «ي» («علي», Ali, reads as «على», on) is the given name when
    the article writes it with «ي» and writes its twin with «ى» elsewhere (the preposition
    «على»), so it keeps the two apart, and does not write «ي» as «ى» (``maqsura_style``, the
    Egyptian «فى»): a one-word town after it is then a surname under the same conditions as
    :func:`_after_top_given_name`. The surname then stands for the person wherever the article
    repeats it alone («وأكد الأحمدي»), as the press names a man in full once and by his surname
    after; a place head before a repetition («مدينة الأحمدي») keeps the place. Left alone:
    «على» written with «ى» («هجوم على حلب»), any word in an article written in the Egyptian
    way or that writes «على» as «علي» throughout, and given names that are everyday words in
    their own spelling, with no «ى» twin in the article («وادي النيل», the Nile valley)."""
    if maqsura_style:
        return set()
    common = load_everyday_words().common
    surnames: set[tuple[str, str]] = set()
    for hit in hits:
        position, word = _previous_word(view.text, hit.start)
        name = word[1:] if word.startswith("و") and word[1:] in common else word
        if not name or name not in common or not name.endswith("ي"):
            continue
        start, end = view.to_original(position + len(word) - len(name), position + len(word))
        written = strip_marks(view.original[start:end])
        twin = re.compile(rf"(?<!\w){re.escape(written[:-1])}ى(?!\w)")  # «على» beside «علي»
        if written.endswith("ي") and twin.search(view.original) and \
                _after_top_given_name(hit, view.text, kb, common_ok={name}):
            surnames.add((view.text[hit.start:hit.end], hit.ids[0]))
    if not surnames:
        return set()
    place_heads = load_settings().place_heads
    return {id(hit) for hit in hits
            if (view.text[hit.start:hit.end], hit.ids[0]) in surnames
            and _head_before(view.text, hit.start) not in place_heads}


# «أبو زيد», «بن إلياهو», «ابن سلمان»: particles that open a surname; the lexicon ranks them
# among given names, but a name they open is no full name
_NAME_PARTICLES = frozenset(normalize(w) for w in ("أبو", "بن", "ابن"))
_ABD = normalize("عبد")  # «عبد الله», «عبداللطيف»: a compound given name


def _one_id_per_new_name(text: str, found: list[_Found]) -> list[_Found]:
    """Sets 88-90: one new name, one id in an article. NER and the new-place rules meet a name
    the KB lacks under a short and a long form and give each its own id; the analyst sets
    count them as one entity («ايتان بن إلياهو» … «بن إلياهو», «مدينة الحوطة» … «للحوطة»).

    - A new person's mention of two words or more that ends the name of exactly one other new
      person of the article is that person's surname («بن إلياهو», «سيفير أوغلو» after «موتلو
      سيفير أوغلو»). Not after «بن»/«ابن»/«بنت» in the longer name (there it is the father:
      «ناصر بشيري» of «حسن بن ناصر بشيري»), not a family («آل سعود»), and not where two longer
      names end in it (the father of brothers).
      A short name that opens with a given name of the two top bands (but «أبو», «ابن», «بن»)
      or with «عبد» is a full name of its own («عبد الله بن حمزة» beside «منصور عبد الله بن
      حمزة», «دانيال بلايك» of the film «أنا دانيال بلايك»).
    - A new place whose name, less the article and a head that only says what kind of
      settlement it is (``same_place_heads``: «مدينة», «حي»), is another new place's is that
      place («حوطة» and «مدينة الحوطة», «فحيص» and «الفحيص»), unless two different heads tell
      them apart («مدينة X» and «قرية X»). A governorate, a district or a facility named
      after a town is another place («محافظة X», «مستشفى سالزبوري»).
    The mention takes the id of the longer name (people) or of the first one in the text
    (places)."""
    people = {text[m.start:m.end]: m.entity_id for m in found if m.entity_id.startswith("per:x-")}
    heads = load_settings().same_place_heads
    places: dict[str, list[tuple[str, str]]] = {}  # kind:core → (head, id) in text order
    for m in sorted(found, key=lambda m: m.start):
        if m.entity_id.startswith(("loc:x-", "gpe:x-", "fac:x-")):
            words = text[m.start:m.end].split()
            head = words[0] if len(words) > 1 and words[0] in heads else ""
            core = " ".join(words[1:] if head else words)
            key = m.entity_id.split(":", 1)[0] + ":" + core.removeprefix(_ARTICLE)
            places.setdefault(key, []).append((head, m.entity_id))
    joined: dict[str, str] = {}
    for name, entity_id in people.items():
        words = name.split()
        if len(words) < 2 or words[0] in _FAMILY or words[0].startswith(_ABD) or (
                words[0] in _top_given_names() and words[0] not in _NAME_PARTICLES):
            continue
        owners = {owner for longer, owner in people.items() if owner != entity_id
                  and longer.endswith(" " + name)
                  and longer[:-len(name) - 1].rsplit(" ", 1)[-1] not in _PATRONYMIC}
        if len(owners) == 1:
            joined[entity_id] = owners.pop()
    for forms in places.values():
        if len({head for head, _ in forms} - {""}) <= 1:
            joined.update((entity_id, forms[0][1]) for _, entity_id in forms
                          if entity_id != forms[0][1])
    for m in found:
        for _ in range(len(joined)):  # «بن إلياهو» → «ايتان بن إلياهو» → a longer one still
            if m.entity_id not in joined:
                break
            m.entity_id = joined[m.entity_id]
    return found


_TODAY = normalize("اليوم")


def _today_not_in_name(hits: list[GazetteerHit], text: str,
                       gazetteer: Gazetteer) -> list[GazetteerHit]:
    """Set 91: «مساعي روسيا اليوم السبت» is Russia's efforts today, Saturday, not the RT
    channel «روسيا اليوم». A KB name that ends in «اليوم» (today) right before a word that
    dates the day (``dated_today_words``: the weekdays) is the shorter name and the adverb: the
    hit gives way to what the gazetteer finds in the words before «اليوم» (Russia; «المصري» of
    «الجيش المصري اليوم الأحد» is the nisba). Left alone: the name led by an outlet head
    («قناة روسيا اليوم الخميس», part of the alias or the word before it) and the name set off
    by a quotation mark or a comma («"روسيا اليوم" الخميس»: only one space may stand between
    «اليوم» and the day)."""
    settings = load_settings()
    out: list[GazetteerHit] = []
    for hit in hits:
        words = text[hit.start:hit.end].split(" ")
        if len(words) < 2 or words[-1] != _TODAY or hit.kind == "adjective" \
                or _next_word(text, hit.end) not in settings.dated_today_words \
                or words[0] in settings.outlet_heads \
                or _previous_word(text, hit.start)[1] in settings.outlet_heads:
            out.append(hit)
            continue
        # from the word's start, so the proclitic check sees «وروسيا»'s «و»
        start = hit.start - len(gazetteer.word_prefix(text, hit.start))
        out.extend(replace(shorter, start=shorter.start + start, end=shorter.end + start)
                   for shorter in gazetteer.find(text[start:hit.end - len(_TODAY) - 1]))
    return out


def _kb_nisba(word: str, kb: KnowledgeBase) -> bool:
    """Is the normalised ``word`` an adjective of some KB entity (a nisba: «الايرانيه»)?"""
    return any(kb.alias_kind(word, other) == "adjective" for other in kb.by_alias.get(word, ()))


def _surnames_of_named_people(hits: list[GazetteerHit], text: str,
                              kb: KnowledgeBase) -> list[GazetteerHit]:
    """«لويس هاميلتون» … «وتقدم هاميلتون»: a one-word place name that is the last word of a KB
    person's full name linked in the same article is that person's surname there, not the place
    homonym (the city of Hamilton). The press names a man in full once and by his surname after;
    a place that shares the surname is rarely in the same story. The hit becomes a short form
    of the person. Left alone: a place head before the word («مدينة هاميلتون»), a KB nisba in
    the feminine right after it («في هاميلتون الكندية»: a city takes the feminine, a man's
    nationality the masculine, «هاميلتون البريطاني» stays the man) and a word two KB people
    of the article end in (neither is sure)."""
    owners: dict[str, set[str]] = {}
    for hit in hits:
        words = text[hit.start:hit.end].split()
        if hit.ids[0].startswith("per:") and hit.kind != "adjective" and len(words) >= 2:
            owners.setdefault(words[-1], set()).add(hit.ids[0])
    if not owners:
        return hits
    place_heads = load_settings().place_heads
    out: list[GazetteerHit] = []
    for hit in hits:
        surface = text[hit.start:hit.end]
        entity = kb.get(hit.ids[0])
        people = owners.get(surface, set())
        following = _next_word(text, hit.end)
        if len(people) == 1 and entity is not None and entity.type in ("GPE", "LOC", "FAC") \
                and hit.kind != "adjective" and _head_before(text, hit.start) not in place_heads \
                and not (following.endswith(_FEMININE_NISBA) and _kb_nisba(following, kb)):
            hit = replace(hit, ids=(next(iter(people)),), kind="short_form")
        out.append(hit)
    return out


def _from_hit(hit: GazetteerHit) -> _Found:
    return _Found(hit.start, hit.end, hit.ids[0], hit.kind)


def _confirmed(hit: GazetteerHit, text: str, kb: KnowledgeBase,
               ner_spans: list[_NerSpan]) -> bool:
    """Weak aliases count only with evidence that they are a name there.

    Weak: a one-word alias of an entity the KB marks ambiguous («الباب», «عين») or any alias
    it shares with another entity (ambiguity is per alias: «تنظيم القاعدة» is no weaker for
    «القاعدة» being a base); a name written without the article it takes, and without a
    proclitic («في منامه» is "in his dream", not «المنامة»); an everyday word
    (``everyday_words.json``, generated from the corpus: «الزعيم», «الساحل», «فتح») or a
    one-word alias (not the name) that is «و/ف/ب» glued to one («بحركة», Baharkah); or a
    short single word naming a minor place far from the region we know best (GeoNames
    «سده»). Evidence: a NER name of a matching type over it («الجزيرة» in «شبه الجزيرة
    الكورية» is tagged a place, so it is not the channel), or a head noun of its type right
    before it («مدينة الباب», «حركة فتح»), or for a paper or channel its country's nisba right
    after it (:func:`_nisba_of`). A NER organisation that goes on both before and after an
    organisation's alias is another, longer name, and no evidence for the alias.
    """
    entity = kb.get(hit.ids[0])
    if entity is None or _weakness(hit, text, kb, entity) is None:
        return True
    settings = load_settings()
    # «منطقة #الساحل_الغربي»: a tag that goes on past the alias names something longer
    if _HASHTAG_JOIN.match(text, hit.end):
        return False
    if _head_before(text, hit.start) in (settings.org_heads if entity.type == "ORG"
                                         else settings.place_heads if entity.type != "PER"
                                         else ()):
        return True
    if entity.category == "media" and _nisba_of(_next_word(text, hit.end), entity.country, kb):
        return True
    # an organisation's word inside a longer NER name is that name's («ريتشموند تايم ديسباتش»)
    return any(span.start < hit.end and hit.start < span.end
               and entity.type in settings.ner_types.get(span.type, ())
               and not (entity.type == "ORG" and span.start < hit.start and hit.end < span.end)
               for span in ner_spans)


def _nisba_of(word: str, country: str | None, kb: KnowledgeBase) -> bool:
    """Is ``word`` a definite nisba of ``country``'s state? The press names a foreign paper or
    channel by its name and its country's adjective («تايم الأمريكية», «المنار اللبنانية»):
    the adjective tells the name is the outlet, not the word («تايم» time)."""
    if not country or not word.startswith(_ARTICLE):
        return False
    return any(kb.alias_kind(word, other) == "adjective"
               and (state := kb.get(other)) is not None and state.country == country
               and state.category == "state" for other in kb.by_alias.get(word, ()))


def _weakness(hit: GazetteerHit, text: str, kb: KnowledgeBase,
              entity: KBEntity) -> str | None:
    """Why an alias needs evidence (see :func:`_confirmed`): None (it does not), ``place``
    (only for being a short name of a place outside the home countries) or ``word``."""
    settings = load_settings()
    alias = text[hit.start:hit.end]
    ambiguous = entity.ambiguous and (" " not in alias or len(kb.by_alias.get(alias, ())) > 1)
    # «منامه» (his dream) for «المنامة»: a name with the article is not written without it
    bare = " " not in alias and entity.category not in _BARE_OK and hit.kind != "adjective" and \
        not alias.startswith(_ARTICLE) and (hit.start == 0 or not text[hit.start - 1].isalpha()) \
        and kb.alias_kind(_ARTICLE + alias, entity.id) in ("name", "alias")
    # Analyst set 45: «بحركة» (with a movement) is a GeoNames alias of Baharkah, whose name is
    # «بركه»; an alias, not the name, that reads as «و/ف/ب» + an everyday word is that word
    glued = " " not in alias and alias[:1] in _SHORT_PROCLITICS \
        and kb.alias_kind(alias, entity.id) == "alias" \
        and alias[1:] in load_everyday_words().common
    if ambiguous or bare or glued or alias in load_everyday_words().aliases \
            or _absorbed_everyday_word(hit, text):
        return "word"
    if hit.end - hit.start <= settings.confirm_place_alias_max_chars \
            and entity.category in settings.confirm_place_categories \
            and entity.country not in settings.confirm_place_home_countries:
        return "place"
    return None


def _absorbed_everyday_word(hit: GazetteerHit, text: str) -> bool:
    """Sets 87, 91 and 92: after «لل» (ل and the article, its alif dropped) the hit lacks the
    article its word has, so an everyday word with the article (``everyday_words.json``
    «المنشاه»: the facility, not al-Minshah) escaped the check as the bare form: «للمنشأة» is
    «ل» + «المنشأة», as everyday a word as «المنشأة», and needs the same evidence."""
    name = _clitic_free_name(text, hit.start, hit.end)
    return name != text[hit.start:hit.end] and name in load_everyday_words().aliases


def _places_confirmed(hits: Sequence[GazetteerHit], text: str, kb: KnowledgeBase,
                      confirmed: Sequence[bool]) -> list[bool]:
    """One place per story: a short place name weak only for its length («عدن», «ذمار»)
    counts wherever the article has it confirmed once (by NER or a head noun), for the same
    place, when the article also names the place's country («اليمن»): a film story's «مشهد»
    (scene) is not Mashhad for one tag, nor a Daraa village «صيدا» Sidon. In such an article
    a noun of taking, fighting over or striking a place (``place_event_nouns``: «وتحرير عدن»,
    «لهجمات نيس») is evidence as a place head is, unless :func:`_in_construct`. So is the
    story's map: ``story_places_min`` other places of the same country confirmed in it
    (a Yemen story that names Lahij, al-Dhale and al-Anad is about Yemen's south, and its
    «مشارف عدن» is Aden); a state, a nisba or one town alone is not enough («مشهد» in a film
    review that names Iran and Tehran). Everyday words and ambiguous aliases still need
    evidence at each occurrence («فتح» the verb)."""
    places = [entity is not None and not ok and _weakness(hit, text, kb, entity) == "place"
              for hit, ok in zip(hits, confirmed, strict=True)
              for entity in (kb.get(hit.ids[0]),)]
    if not any(places):
        return list(confirmed)
    countries = {entity.country for hit, ok in zip(hits, confirmed, strict=True)
                 if ok and (entity := kb.get(hit.ids[0])) is not None
                 and entity.category == "state"}
    seen = {(text[hit.start:hit.end], hit.ids[0]) for hit, ok in zip(hits, confirmed, strict=True)
            if ok and (entity := kb.get(hit.ids[0])) is not None
            and entity.country in countries and _weakness(hit, text, kb, entity) == "place"}
    settings = load_settings()
    events = settings.place_event_nouns
    mapped = _mapped_countries(hits, kb, confirmed, countries, settings.story_places_min)
    return [ok or (weak and ((text[hit.start:hit.end], hit.ids[0]) in seen
                             or _chief_city_named(hit, text, kb, countries)
                             or ((entity := kb.get(hit.ids[0])) is not None
                                 and (entity.country, hit.ids[0]) in mapped)
                             or (_after_one_of(text, hit.start, events)
                                 and not _in_construct(text, hit.end)
                                 and (entity := kb.get(hit.ids[0])) is not None
                                 and entity.country in countries)))
            for hit, ok, weak in zip(hits, confirmed, places, strict=True)]


# «عدن وتعز», «شبوة، والمهرة»: what may stand between two members of a list of names (a
# comma, the conjunction «و» glued to the next name, or both); a space alone is no list
_LIST_GAP = re.compile(r"\s*[،,]\s*(?:و\s*)?|\s+و")


def _listed_places_confirmed(hits: Sequence[GazetteerHit], text: str, kb: KnowledgeBase,
                             confirmed: Sequence[bool]) -> list[bool]:
    """Sets 87 and 91: the places of one country listed together support each other. A KB
    place below the state (a city, a governorate, a district) joined to another KB place of
    the same country by a comma or the conjunction «و» and nothing else («زيارة عدن وتعز»,
    «وشبوة والمهرة», «عدن، تعز») is a place as its neighbour is: the press lists the towns of
    one country, not a town and a word. A name weak only for its length (:func:`_weakness`
    ``place``: «تعز») counts beside a confirmed place or beside another name weak only for its
    length («مواقع في عدن وتعز»: two Yemeni cities side by side); a name weak only because
    the KB marks it ambiguous («المهرة», also a filly) counts only beside a confirmed place.
    An everyday word, a name written without its article and a word glued to a proclitic other
    than «و» stay weak («بجدية وحماس» is zeal: no place is listed there), and so does a place
    of another country («عدن وجدة» confirms neither). The support runs along the list: «شبوة
    والمهرة وتعز» confirms both after Shabwah."""
    kinds = [_list_weakness(hit, text, kb) for hit in hits]
    ok = list(confirmed)
    places = sorted((hit.start, hit.end, i, entity.country) for i, hit in enumerate(hits)
                    if kinds[i] is not None and (entity := kb.get(hit.ids[0])) is not None)
    pairs = [(a, b) for (_, a_end, a, a_country), (b_start, _, b, b_country)
             in pairwise(places)
             if a_country == b_country and _LIST_GAP.fullmatch(text, a_end, b_start)]
    changed = True
    while changed:
        changed = False
        for a, b in pairs:
            for this, other in ((a, b), (b, a)):
                if not ok[this] and (ok[other] or (kinds[this] == kinds[other] == "place")):
                    ok[this] = changed = True
    return ok


def _list_weakness(hit: GazetteerHit, text: str, kb: KnowledgeBase) -> str | None:
    """How a hit may take part in a list of places (see :func:`_listed_places_confirmed`):
    ``strong`` (a KB place below the state that needs no evidence), ``place`` (weak only for
    its length), ``ambiguous`` (weak only for the KB's ambiguity mark), or None (no place of a
    country, a nisba, or weak as a word)."""
    entity = kb.get(hit.ids[0])
    if entity is None or entity.type not in PLACE_TYPES or entity.category == "state" \
            or not entity.country or hit.kind == "adjective":
        return None
    weakness = _weakness(hit, text, kb, entity)
    if weakness != "word":
        return weakness or "strong"
    if entity.ambiguous and _weakness(hit, text, kb, replace(entity, ambiguous=False)) is None:
        return "ambiguous"
    return None


def _chief_city_named(hit: GazetteerHit, text: str, kb: KnowledgeBase,
                      countries: set[str | None]) -> bool:
    """Is a short place name weak only for its length the chief city of a state the article
    names (see :func:`_places_confirmed`)? A Houthi delegation flying «إلى مسقط» in a story
    that names Oman eight times goes to Oman's capital: the press names a state's first city
    on its own, which it does not do for a minor town («مشهد» in a film review that names
    Iran is a scene; Iran's chief city is Tehran). The chief city is the KB place of the
    country with the largest population. A noun of an idiom right after it, alone or with a
    pronoun (``place_idiom_nouns``: «مسقط رأسه», his birthplace; not a longer word it begins,
    «راسخ»), or a definite noun in construct makes it a word."""
    entity = kb.get(hit.ids[0])
    if entity is None or entity.country not in countries \
            or _chief_cities(kb).get(entity.country or "") != entity.id:
        return False
    following = _next_word(text, hit.end)
    return not _in_construct(text, hit.end) and not any(
        following == noun or (following.startswith(noun)
                              and following[len(noun):] in load_clitics().enclitics)
        for noun in load_settings().place_idiom_nouns)


def _mapped_countries(hits: Sequence[GazetteerHit], kb: KnowledgeBase, confirmed: Sequence[bool],
                      countries: set[str | None], least: int) -> set[tuple[str | None, str]]:
    """(country, place id) for each place whose country the article names and maps with at
    least ``least`` other places of it below the state (towns, governorates, bases), each
    confirmed on its own: those places say which country's geography the story walks
    through (see :func:`_places_confirmed`)."""
    if least <= 0:
        return set()
    places: dict[str | None, set[str]] = {}
    for hit, ok in zip(hits, confirmed, strict=True):
        entity = kb.get(hit.ids[0])
        if ok and entity is not None and entity.country in countries \
                and entity.category != "state" and entity.type in PLACE_TYPES:
            places.setdefault(entity.country, set()).add(entity.id)
    return {(entity.country, entity.id) for hit in hits
            if (entity := kb.get(hit.ids[0])) is not None
            and len(places.get(entity.country, set()) - {entity.id}) >= least}


def _in_construct(text: str, end: int) -> bool:
    """Is the word ending at ``end`` a common noun in construct, a definite noun right after
    it («تحرير مشهد الفيلم», editing the film's scene)? A word of time there is no noun of
    the construct («لهجمات نيس العام 2016»)."""
    word = _next_word(text, end)
    return word.startswith(_ARTICLE) and word not in _date_words()


@cache
def _date_words() -> frozenset[str]:
    """Definite words of time that may follow a name: «العام», «الأسبوع», «الماضي», «اليوم»,
    the weekdays (from ``time_lexicon.json``)."""
    lexicon = load_json("time_lexicon.json")
    words = [*lexicon["year_words"], *lexicon["periods"], *lexicon["period_modifiers"]]
    return frozenset(normalize(word) for word in words) | _time_words()


def _after_one_of(text: str, start: int, words: Container[str]) -> bool:
    """Is the word before ``start`` one of ``words``, proclitics or not («وتحرير»)? Never
    when the alias itself carries a proclitic."""
    if start > 0 and text[start - 1].isalpha():
        return False
    word = _previous_word(text, start)[1]
    return bool(word) and (word in words or any(word[s.stem_start:] in words
                                                for s in candidates(word)))


# Entities named without the article as often as with it: «سوريا», «أكراد سوريا».
_BARE_OK = frozenset({"state", "ethnic_group"})


def _previous_word(text: str, start: int, separators: Container[str] = " ") -> tuple[int, str]:
    """(start, text) of the word before ``start`` when only ``separators`` (spaces by
    default; quotation marks too for a vessel's name) separate them, else (-1, "")."""
    position = start
    while position > 0 and not text[position - 1].isalpha():
        if text[position - 1] not in separators:
            return -1, ""
        position -= 1
    end = position
    while position > 0 and text[position - 1].isalpha():
        position -= 1
    return position, text[position:end]


# what may stand between a head noun and its name: spaces and a hashtag sign on the name
_HEAD_GAP = frozenset(" #")


def _head_before(text: str, start: int) -> str:
    """The word before ``start`` (its proclitics off when the whole word is no head: «بمدينة»
    → «مدينه»), or "" when the alias itself carries a proclitic. A hashtag sign on the alias
    («بمحافظة #صعدة», as Al Arabiya tags places) is no break between head and name: the tag
    marks the name, so the head still confirms it."""
    if start > 0 and text[start - 1].isalpha():
        return ""
    word = _previous_word(text, start, _HEAD_GAP)[1]
    settings = load_settings()
    heads = settings.place_heads | settings.org_heads
    if word in heads:
        return word
    for segmentation in candidates(word):
        stem = word[segmentation.stem_start:]
        if stem in heads:
            return stem
    return word


_HAMZA_SEATS = re.compile("[ؤئ]")
_HASHTAG_JOIN = re.compile(r"(?<=[^\W\d_])_(?=[^\W\d_])")
# Analyst set 14: news transcribes Korean and Chinese names with a hyphen between syllables
_NAME_JOIN = re.compile(r"(?<=[^\W\d_])[_-](?=[^\W\d_])")


def _hamza_kept(hit: GazetteerHit, view: NormalizedText, kb: KnowledgeBase,
                hamzas: Sequence[int]) -> bool:
    """Folding «ؤ» and «ئ» into «و» and «ي» must not make a match: a hamza written in the text
    where no spelling of the alias has one is another word («المؤدي», leading, is not Modi).
    ``hamzas``: the offsets of «ؤ» and «ئ» in the original text, sorted."""
    start, end = view.to_original(hit.start, hit.end)
    k = bisect_left(hamzas, start)
    if k == len(hamzas) or hamzas[k] >= end:
        return True
    written = strip_marks(view.original[start:end]).replace("_", " ")  # «#المفوضية_السامية»
    if "ؤ" not in written and "ئ" not in written:
        return True
    key = view.text[hit.start:hit.end].replace("_", " ")
    return any(_hamza_fits(written, form) for form in _alias_spellings(kb, hit.ids[0], key))


# Analyst set 66: «تقف دومًا» (always) is no Douma; the marks of nunation, «ـًا ـٌ ـٍ»
_TANWEEN = re.compile("[\u064b-\u064d]")


def _written_indefinite(hit: GazetteerHit, view: NormalizedText,
                        tanweens: Sequence[int]) -> bool:
    """Is the hit's last word written with nunation (tanwīn)? Nunation marks an indefinite
    noun or an adverb («دومًا» always, «جدًا»), which a name never is in news prose: the
    names the KB holds are definite by themselves, and the one-word names that look like
    adverbs are exactly those a vowelled adverb is taken for. A mark on «ي» is the
    accusative of a nisba, which still speaks of its state («23 بحاراً تركياً», Turkish
    sailors, is Turkey's as «تركي» is), and a mark inside a word is a slip. ``tanweens``:
    the offsets of the marks in the original text, sorted; a mark right after the span (on
    its last letter) counts."""
    start, end = view.to_original(hit.start, hit.end)
    word_start = view.original.rfind(" ", start, end) + 1 or start
    k = bisect_left(tanweens, word_start)
    if k == len(tanweens) or tanweens[k] > end:
        return False
    # nunation ends a word: on its last letter or the alif that carries it («دومًا», «دوماً»);
    # a mark inside it is a slip of vowelling («زَبٍيد»)
    if strip_marks(view.original[tanweens[k] + 1:end]) not in ("", "ا"):
        return False
    return strip_marks(view.original[word_start:tanweens[k]]).removesuffix("ا")[-1:] != "ي"


# «مقطعًا», «مقطعاً», «صوتٌ»: nunation on a word's last letter, before or after its alif
_FINAL_TANWEEN = re.compile("(?:[\u064b-\u064d]ا?|ا\u064b)$")
_TRAILING_MARKS = re.compile("[\u064b-\u0652]+")


def _indefinite_first_word(view: NormalizedText, start: int, end: int) -> bool:
    """Is the first word of a span written with nunation at its end? A name the KB lacks
    begins with a name or a definite head; a first word with tanwīn is an indefinite common
    noun or an adverb («نشر مقطعًا صوتيًا», an audio clip), so NER's span there names
    nothing. Any final letter counts, «ي» too: :func:`_written_indefinite` spares a nisba
    because it names its state, which never heads a new name."""
    space = view.text.find(" ", start, end)
    first_start, first_end = view.to_original(start, end if space < 0 else space)
    # the marks after the word's last letter lie past the span's end in the original
    marks = _TRAILING_MARKS.match(view.original, first_end)
    written = view.original[first_start:marks.end() if marks else first_end]
    return _FINAL_TANWEEN.search(written) is not None


_MAQSURA_STYLE = re.compile(r"(?<![^\W\d_])(?:فى|الذى|التى)(?![^\W\d_])")


def _maqsura_kept(hit: GazetteerHit, view: NormalizedText, kb: KnowledgeBase,
                  maqsura_style: bool) -> bool:
    """Folding final «ى» into «ي» must not make a match either: «مجرى» (a watercourse) is not
    «مجري» (Hungarian), «اليد اليمنى» is not Yemeni. An alias written with a final «ى» that
    no KB spelling of it has is another word, unless the article writes «ي» as «ى» («فى»,
    «الذى», «التى»: Egyptian usage, where «الأمريكى» is American)."""
    if maqsura_style or " " in view.text[hit.start:hit.end] or "_" in view.text[hit.start:hit.end]:
        return True  # «منصور هادى»: a name of several words is no other word
    start, end = view.to_original(hit.start, hit.end)
    written = strip_marks(view.original[start:end])
    if not written.endswith("ى"):
        return True
    return any(form.endswith("ى") for form in _alias_spellings(kb, hit.ids[0],
                                                               view.text[hit.start:hit.end]))


def _hamza_fits(written: str, spelled: str) -> bool:
    return len(written) == len(spelled) and all(
        w == s or w not in "ؤئ" for w, s in zip(written, spelled, strict=True))


@lru_cache(maxsize=4096)
def _alias_spellings(kb: KnowledgeBase, entity_id: str, key: str) -> tuple[str, ...]:
    """The KB spellings (marks stripped) of ``entity_id`` whose normalised form is ``key``,
    with or without the article («لل» indexes «الرقة» as «رقه»)."""
    entity = kb.get(entity_id)
    if entity is None:
        return ()
    spellings = []
    for surface, _ in entity.surfaces():
        plain = strip_marks(surface.strip())
        folded = normalize(plain)
        if folded == key:
            spellings.append(plain)
        elif folded == _ARTICLE + key:
            spellings.append(plain[len(_ARTICLE):])
    return tuple(spellings)


def _after_person_word(hit: GazetteerHit, view: NormalizedText, kb: KnowledgeBase) -> bool:
    """A person's title or a given name right before a one-word place name makes it a
    surname («السائق هاميلتون» is the driver, not Hamilton in Bermuda), and a title and a
    given name before a state's adjective make that a surname too («اللواء منصور التركي»), and a
    title right before a nisba without the article makes that a given name («الشيخ تركي
    الشليل»: an indefinite adjective cannot qualify the definite title, while «مسؤول تركي» is a
    Turkish official). States, capitals and cities of a million are left alone («لصالح بغداد»),
    but for a name right after one of the definite ``prefix_titles``: a definite noun governs no
    genitive, and these titles are seldom a sentence's whole subject, so «الدكتور السويد» is Dr
    al-Suwaid (while «زار الرئيس مصر» is the president visiting Egypt). A given name that is
    also an everyday word or a KB name («علي», which «على» folds into) counts where a title
    stands right before it: «اللواء علي الأحمدي» is a general, not Kuwait's al-Ahmadi; but
    only as written with «ي»: written with a final «ى» it is the everyday word folded into the
    name (:func:`_written_maqsura`), so «وسيطر اللواء على منبج» (the brigade took Manbij)
    keeps the town."""
    text = view.text
    entity = kb.get(hit.ids[0])
    if entity is None or entity.type in ("PER", "ORG") or \
            " " in text[hit.start:hit.end] or (hit.start > 0 and text[hit.start - 1].isalpha()):
        return False
    start, word = _previous_word(text, hit.start)
    settings = load_settings()
    if hit.kind != "adjective" and (entity.category == "state"
                                    or (entity.population or 0) >= _BIG_CITY):
        return any(_ARTICLE in s.proclitics and _ARTICLE + s.stem in settings.prefix_titles
                   for s in candidates(word))  # «الدكتور», «للدكتور», «والمهندس»
    if not word:
        return False
    given = word in _given_names() and word not in load_everyday_words().common and \
        word not in kb.by_alias
    if hit.kind == "adjective":  # only after a title and a given name: «أبو حمزة البلجيكي»
        if word in settings.person_titles and not text.startswith(_ARTICLE, hit.start):
            return True  # «الشيخ تركي الشليل»: no bare nisba qualifies a definite title
        if not given:  # is the Belgian, «حزب الله اللبناني» Lebanon's
            return False
        title = _previous_word(text, start)[1]
        return any(title[s.stem_start:] in settings.titles for s in candidates(title))
    return given or word in settings.person_titles or \
        (word in _given_names() and _previous_word(text, start)[1] in settings.person_titles
         and not (word in load_everyday_words().common
                  and _written_maqsura(view, start, start + len(word))))


def _written_maqsura(view: NormalizedText, start: int, end: int) -> bool:
    """Is the word at ``start:end`` of the normalised text written with a final «ى» (marks
    stripped)? Normalising folds «ى» into «ي», so this tells the preposition «على» from the
    name «علي»."""
    first, last = view.to_original(start, end)
    return strip_marks(view.original[first:last]).endswith("ى")


def _listed_region_end(hit: GazetteerHit, text: str, kb: KnowledgeBase) -> int | None:
    """Where the region ends when a state's name or alias and the word after it are exactly
    one of ``region_names`` (None otherwise): «أمريكا الشمالية», «أميركا اللاتينية» are
    continents and «المغرب العربي» the Maghreb, not the United States or Morocco. Only the
    listed names: an adjective after a state's name or alias may agree with the noun that
    governs it («سواحل أمريكا الشرقية», America's eastern coasts; «حدود تركيا الجنوبية»), so
    that stays the state."""
    entity = kb.get(hit.ids[0])
    if entity is None or entity.category != "state" or hit.kind == "adjective":
        return None
    following = re.match(r" ([^\W\d_]+)", text[hit.end:])
    if following is None or \
            f"{text[hit.start:hit.end]} {following[1]}" not in load_settings().region_names:
        return None
    return hit.end + following.end()


def _listed_regions(text: str, regions: Iterable[tuple[int, int]],
                    found: Sequence[_Found]) -> list[_Found]:
    """The regions :func:`_listed_region_end` took from a state's name, each a new place (as
    NER names one), where no other mention lies on it."""
    taken = SpanSet((m.start, m.end) for m in found if m.how != "adjective")
    return [_Found(start, end, _new_name_id("loc", text[start:end]), "ner", "LOC")
            for start, end in regions if not taken.overlaps(start, end)]


def _bare_stem_in(word: str, nouns: Container[str]) -> str | None:
    """The stem of ``word`` that is one of ``nouns`` with proclitics but no article before it
    («لنظام», «وادي», «فصيل»), else None: a noun without the article governs the name after
    it («وادي النيل»), while with it («النظام», «اللواء») it stands alone or is a title."""
    return next((word[s.stem_start:] for s in candidates(word)
                 if word[s.stem_start:] in nouns and _ARTICLE not in s.proclitics), None)


def _feature_regions(text: str, found: Sequence[_Found], kb: KnowledgeBase) -> list[_Found]:
    """«وادي النيل», «وادي الفرات»: a noun of ``feature_region_heads`` right before a KB
    natural feature names the land along it, a new place (the Nile Valley is not the river);
    the feature keeps its link, nested. Nothing where the KB has the whole name («وادي
    بردى») or another mention lies on the head."""
    heads = load_settings().feature_region_heads
    taken = SpanSet((m.start, m.end) for m in found if m.how != "adjective")
    out = []
    for mention in found:
        entity = kb.get(mention.entity_id)
        if mention.how == "adjective" or entity is None or \
                entity.category != "natural_feature" or \
                (mention.start > 0 and text[mention.start - 1].isalpha()):
            continue
        at, word = _previous_word(text, mention.start)
        stem = _bare_stem_in(word, heads)
        if stem is None:
            continue
        start = at + len(word) - len(stem)
        name = text[start:mention.end]
        if not taken.overlaps(start, start + len(stem)) and name not in kb.by_alias:
            out.append(_Found(start, mention.end, _new_name_id("loc", name), "ner", "LOC"))
    return out


@cache
def _headed_place_names(heads: frozenset[str]) -> re.Pattern[str]:
    """An indefinite place noun of ``heads`` (a proclitic «و», «ف», «ب», «ل» allowed) and the
    one definite word after it: «لقرية المنظر», «مخيم الوافدين» (compiled once per list,
    not once per article)."""
    alternatives = "|".join(sorted(map(re.escape, heads), key=len, reverse=True))
    return re.compile(rf"(?<![^\W\d_])[وفبل]?({alternatives}) (ال[^\W\d_]{{3,}})(?![^\W\d_])")


def _headed_new_places(text: str, found: Sequence[_Found], kb: KnowledgeBase) -> list[_Found]:
    """«قرية الشبكي», «مخيم الوافدين», «جبال الألب», «محافظة الحرث»: a noun of
    ``new_place_heads`` before one definite word the KB lacks names a village, camp, mountain
    or governorate NER missed, a new place of the head and the name (the head is part of the
    name: «جبل الروقي» and «قرية الروقي» are two places). Not when the word is an everyday
    word («قرية التي», «مخيم اللاجئين»), a mass or heap the head makes a figure of
    (``heap_nouns``: «قمة جبل الجليد», the tip of the iceberg; «جبال النفايات»), a given
    name, an adjective agreeing with the head (:func:`_everyday_nisba`: «مخيم الكشفي»), a KB
    name, or when the name may go on (the next word is no everyday word: «قرية النبي يونس» is
    left to NER, unless it is «و» and the next head: «حوش الظواهرة وحوش الزريقية»); nor after
    a number, which makes the head a counted noun and the word the next phrase's («في 18
    محافظة الانتخابات»), nor where another mention lies on it (a name NER found keeps its
    span and id). :func:`_named_institutions` refuses names in «ي», which village names
    often end in; this rule asks agreement with the head instead. A bare head that is also
    an adjective (``adjective_place_heads``: «حي», "alive") is none where it reads as a
    predicate (:func:`_predicate_place`: «إن الشعب حي الوجدان»)."""
    settings = load_settings()
    heads = settings.new_place_heads
    if not heads:
        return []
    common = load_everyday_words().common
    taken = SpanSet((m.start, m.end) for m in found if m.how != "adjective")
    out = []
    for match in _headed_place_names(heads).finditer(text):
        head, name = match.group(1), match.group(2)
        start, end = match.start(1), match.end(2)
        following = _next_word(text, end)
        if name in common or name in _given_names() or name in kb.by_alias or \
                name[len(_ARTICLE):] in settings.heap_nouns or \
                (_agrees(head, name) and _everyday_nisba(name, common)) or \
                _after_number(text, match.start()) or taken.overlaps(start, end) or \
                (head in settings.adjective_place_heads and start == match.start()
                 and _predicate_place(text, start, settings)) or \
                (following and following not in common and text[end:end + 1] == " "
                 and following.removeprefix("و") not in heads
                 and not _placed_in(following, kb)):
            continue
        out.append(_Found(start, end, _new_name_id("loc", text[start:end]), "ner", "LOC"))
    return out


@cache
def _indefinite_place_names(heads: frozenset[str]) -> re.Pattern[str]:
    """An indefinite place noun of ``heads`` (a proclitic «و», «ف», «ب», «ل» allowed) and the
    one word of three letters or more after it, with no article: «مدينة شقرة»."""
    alternatives = "|".join(sorted(map(re.escape, heads), key=len, reverse=True))
    return re.compile(rf"(?<![^\W\d_])[وفبل]?({alternatives}) ((?!ال)[^\W\d_]{{3,}})(?![^\W\d_])")


def _indefinite_new_places(text: str, found: Sequence[_Found], kb: KnowledgeBase) -> list[_Found]:
    """«مدينة شقرة», «مدينة لودر», «مدينة سالزبري»: a noun of ``indefinite_place_heads`` (a
    city) before one word without the article that NER and the KB miss names a new place, the
    head no part of it (the analysts label the town, «لودر»). An indefinite head before an
    indefinite word is in construct with it only when that word is a name: a common noun
    after it is definite («مدينة الملاهي»), so the words left are names or the head's
    adjective («مدينة كبيرة», «مدينة سورية»). Not for what :func:`_no_listed_name` refuses
    after a listed place noun (an everyday word, a given name, a nisba, a KB adjective, a
    place noun, a word with a pronoun suffix or opening with «و», a passive participle), a
    word in «ية» on a known word (the feminine adjective agreeing with the head: «مدينة
    ساحلية», «مدينة تاريخية»; a town's «مودية» has no known word under it), a KB
    name (its own rules decide it), a word the next one may continue (the next word is no
    everyday word, no «و» and a definite word, no definite nisba and no «ب» + a KB place or
    place noun: «مدينة لودر بمحافظة أبين» and «مدينة شقرة والهضبة» end at the name), after a
    number («في 18 مدينة»), nor where another mention lies on it. A bare definite word after
    the name that is no nisba goes on with it (sets 83-86), so the word is no whole name: a
    two-word name («محافظة حفر الباطن», «مديرية حزم العدين») or a construct chain of common
    nouns («مديرية سجون القصيم»); a nisba there is the adjective of the head or the name
    («مدينة عتق الجنوبية»). A word in «م…ة» whose form without «ة» is a known word is a
    participle agreeing with the head («محافظة محررة», «مدينة محاصرة»), where a town's
    «مشرعة» or «مقبنة» has no known word under it, «سيلة» or «حرمة» opens with no «م», and
    a word in «ية» is the nisba test's above («مودية»: «مودي» is known, «مود» is not)."""
    settings = load_settings()
    heads = settings.indefinite_place_heads
    if not heads:
        return []
    common = load_everyday_words().common
    place_nouns = settings.place_heads | settings.listed_place_heads
    taken = SpanSet((m.start, m.end) for m in found if m.how != "adjective")
    out = []
    for match in _indefinite_place_names(heads).finditer(text):
        name = match.group(2)
        start, end = match.span(2)
        following = _next_word(text, end)
        if name in kb.by_alias or _no_listed_name(name, True, kb, common, place_nouns) or \
                (name.endswith("يه") and name[:-2] in _known_words()) or \
                (name[:1] == "م" and name.endswith("ه") and not name.endswith("يه")
                 and name[:-1] in _known_words()) or \
                _after_number(text, match.start()) or taken.overlaps(start, end) or \
                (following and text[end:end + 1] == " " and following not in common
                 and not (following.removeprefix("و").startswith(_ARTICLE)
                          and (following[:1] == "و" or following.endswith(("ي", "يه"))))
                 and not _placed_in(following, kb)
                 and not (following[:1] == "ب" and following[1:] in place_nouns)):
            continue
        out.append(_Found(start, end, _new_name_id("loc", name), "ner", "LOC"))
    return out


@cache
def _described_foreigner_pattern(nouns: frozenset[str]) -> re.Pattern[str]:
    """A noun of ``nouns`` (a proclitic «و», «ف», «ب», «ل» allowed), one definite word and
    the two words after it («الخبير الألماني يوزيف برامل»)."""
    alternatives = "|".join(sorted(map(re.escape, nouns), key=len, reverse=True))
    return re.compile(rf"(?<![^\W\d_])[وفبل]?(?:{alternatives}) (ال[^\W\d_]+) "
                      rf"([^\W\d_]{{3,}} [^\W\d_]{{3,}})(?![^\W\d_])")


def _described_foreigners(text: str, found: Sequence[_Found], kb: KnowledgeBase) -> list[_Found]:
    """«الخبير الألماني يوزيف برامل»: a profession noun (``profession_nouns``: an expert, an
    analyst, a researcher, a writer), a state's nisba and two rare words (neither word nor
    a clitic split of it a known or everyday word, :func:`_no_word_inside`; neither a KB
    name) are a new person NER missed, named in the two words: a foreign name transcribed,
    which the corpus writes too seldom to know. Not when the nisba is no KB adjective of a
    state («الخبير العسكري»), when either word is known («الخبير الألماني في الشؤون»,
    «الباحث الأمريكي جون كيري» is left to NER and the KB), when the name may go on (the next
    word is rare too), nor where another mention lies on the two words."""
    settings = load_settings()
    if not settings.profession_nouns:
        return []
    common = load_everyday_words().common
    taken = SpanSet((m.start, m.end) for m in found if m.how != "adjective")
    out = []
    for match in _described_foreigner_pattern(settings.profession_nouns).finditer(text):
        nisba, name = match.group(1), match.group(2)
        start, end = match.span(2)
        following = _next_word(text, end)
        if not any(kb.alias_kind(nisba, other) == "adjective" and
                   (entity := kb.get(other)) is not None and entity.type == "GPE"
                   for other in kb.by_alias.get(nisba, ())) or \
                not all(_no_word_inside(word, common) and word not in kb.by_alias
                        for word in name.split(" ")) or \
                (following and text[end:end + 1] == " " and _no_word_inside(following, common)) \
                or taken.overlaps(start, end):
            continue
        out.append(_Found(start, end, _new_name_id("per", name), "ner", "PER"))
    return out


def _predicate_place(text: str, start: int, settings: LinkingSettings) -> bool:
    """Does the word at ``start`` stand where a predicate adjective stands: right after a
    copula (``predicate_copulas``, a «و» or «ف» allowed: «وما زال حي الذاكرة»), or after a
    noun a copula or «إن/أن» introduces, when that noun is definite or possessed and so a
    subject of its own (``predicate_particles``: «إن الشعب حي», «إن ابنها حي»)? «حي» there
    is "alive", no quarter; right after «إن» it is the clause's subject («إن حي الوعر
    محاصر»), and after an indefinite noun it is that noun's complement («إن قصف حي الوعر
    مستمر»). A definite noun alone before it proves nothing: a quarter is the object after a
    verb and its subject («وقصفت القوات حي الوعر»)."""
    at, word = _previous_word(text, start)
    if not word:
        return False
    if _one_of(word, settings.predicate_copulas):
        return True
    if not (word.startswith(_ARTICLE) or word.endswith(settings.possessive_suffixes)):
        return False
    before = _previous_word(text, at)[1]
    return _one_of(before, settings.predicate_copulas | settings.predicate_particles)


def _one_of(word: str, words: frozenset[str]) -> bool:
    """Is ``word`` one of ``words``, bare or after «و» or «ف»?"""
    return word in words or (word[:1] in "وف" and word[1:] in words)


def _placed_in(word: str, kb: KnowledgeBase) -> bool:
    """Is ``word`` «ب» and a KB place («بالجوف», «بمكه»)? A name does not go on with it: it
    says where the place named before lies («مديرية المطمة بالجوف», «بحي العوالي بمكة»)."""
    return word[:1] == "ب" and any(
        (entity := kb.get(entity_id)) is not None and entity.type in PLACE_TYPES
        for entity_id in kb.by_alias.get(word[1:], ()))


def _governed_new_places(text: str, found: Sequence[_Found], kb: KnowledgeBase) -> list[_Found]:
    """«محافظ الخفجي», «محافظ الخرمة»: a governor's title (``governor_titles``, indefinite,
    so the head of a construct) names the place he governs in the one definite word after it;
    one NER and the KB miss is a new place, the title no part of it (as the analysts label
    Jazan in «أمير منطقة جازان»). «محافظ» is also "portfolios": not what a portfolio holds
    (``portfolio_nouns``: «محافظ الأسهم», «محافظ العملاء»), an everyday word («محافظ
    المالية»), a body's or a
    place's head noun («محافظ البنك المركزي»), a given name or a title, a plural of people
    in «ين»/«ون», an everyday nisba, a KB name, a word the next definite word continues,
    nor where another mention lies on it."""
    settings = load_settings()
    if not settings.governor_titles:
        return []
    common = load_everyday_words().common
    heads = settings.org_heads | settings.construct_org_heads | settings.generic_heads | \
        settings.place_heads
    taken = SpanSet((m.start, m.end) for m in found if m.how != "adjective")
    out = []
    for match in _headed_place_names(settings.governor_titles).finditer(text):
        name = match.group(2)
        start, end = match.span(2)
        stem = name[len(_ARTICLE):]
        following = _next_word(text, end)
        if name in common or stem in common or stem in heads or name in _given_names() or \
                name in settings.portfolio_nouns or \
                stem in settings.title_words or name in settings.person_titles or \
                name.endswith(_PEOPLE_PLURALS) or _everyday_nisba(name, common) or \
                name in kb.by_alias or taken.overlaps(start, end) or \
                (_definite_plain(following) and not following.endswith(("ي", "يه"))):
            continue
        out.append(_Found(start, end, _new_name_id("loc", name), "ner", "LOC"))
    return out


# «الحوثيين», «المسلحون»: a sound masculine plural names people, not a place
_PEOPLE_PLURALS = ("ين", "ون")


@cache
def _place_lists(heads: frozenset[str]) -> re.Pattern[str]:
    """An indefinite plural or dual place noun of ``heads`` (a proclitic «و», «ف», «ب», «ل»
    allowed), a first name of one or two words, and one or more «و» + one word after it:
    «لأحياء خور مكسر والمعلا وكريتر» (compiled once per list, not once per article)."""
    alternatives = "|".join(sorted(map(re.escape, heads), key=len, reverse=True))
    word = r"[^\W\d_]+"
    return re.compile(rf"(?<![^\W\d_])[وفبل]?(?:{alternatives}) ({word}(?: (?!و){word})?)"
                      rf"((?: و{word})+)(?![^\W\d_])")


def _listed_new_places(text: str, found: Sequence[_Found], kb: KnowledgeBase) -> list[_Found]:
    """«لأحياء خور مكسر والمعلا وكريتر والتواهي», «معسكري الصمع وكهلان»: after a plural or
    dual place noun (``listed_place_heads``: quarters, camps, villages, districts) the names
    joined by «و» are each a place of that kind, and those NER and the KB miss are new
    places (the head is shared, so it is no part of any name). A KB name in the list is the
    KB's, and a conjunct where another mention lies keeps that mention. The list ends at the
    first conjunct that is no name (:func:`_no_listed_name`: «مدن اليمن وشوارعها», «ومنطقة
    رحبان», the next phrase's own head). The first name may take two words («خور مكسر»), a
    later one takes one, and a last name the next word may continue is left: a definite word
    or one no everyday word («ومستودع النفط», «والشيخ عثمان»). A first name shaped like the
    plural head's adjective (:func:`_adjective_shaped`: «أحياء فقيرة ومهمشة»; a dual takes a
    dual one, :func:`_opens_with_dual`) opens a list only where
    a later conjunct is NER's or the KB's or shaped as a name, neither adjective-shaped nor
    a stop of :func:`_no_listed_name` («مناطق جعولة وبير أحمد والعلم»): adjectives are
    joined to adjectives, names to names."""
    settings = load_settings()
    heads = settings.listed_place_heads
    if not heads:
        return []
    common = load_everyday_words().common
    stop_nouns = settings.place_heads | heads  # once, not per conjunct
    taken = SpanSet((m.start, m.end) for m in found if m.how != "adjective")
    out = []
    for match in _place_lists(heads).finditer(text):
        names = [(match.start(1), match.end(1))]
        position = match.start(2)
        for conjunct in match.group(2).split(" ")[1:]:
            names.append((position + 2, position + 1 + len(conjunct)))  # past « و»
            position += 1 + len(conjunct)
        if not _opens_with_dual(match[0], settings.listed_dual_heads) and \
                _adjective_shaped(match[1]) and not any(
                text[start:end] in kb.by_alias or taken.overlaps(start, end) or
                not (_adjective_shaped(text[start:end])
                     or _no_listed_name(text[start:end], False, kb, common, stop_nouns))
                for start, end in names[1:]):
            continue  # «أحياء فقيرة ومهمشة»: adjectives; «مناطق جعولة وبير أحمد»: names
        following = _next_word(text, names[-1][1])
        if following and (following not in common or following.startswith(_ARTICLE)):
            names.pop()
        for start, end in names:
            # «مناطق سورية واسعة»: a word that opens with «و» of its own is no conjunct
            if _no_listed_name(text[start:end], start == match.start(1), kb, common,
                               stop_nouns) or \
                    (start != match.start(1) and text[start - 1:end] in common):
                break
            if text[start:end] in kb.by_alias or taken.overlaps(start, end):
                continue
            out.append(_Found(start, end, _new_name_id("loc", text[start:end]), "ner", "LOC"))
    return out


def _places_between_places(text: str, found: Sequence[_Found],
                           kb: KnowledgeBase) -> list[_Found]:
    """«مسرابا وجسرين وكفربطنا وحمورية وسقبا ودوما»: a one-word conjunct joined by «و» to a
    KB town before it and to another after it, both of one country, is a place of that
    country, as a list with a plural head makes its names places (:func:`_listed_new_places`)
    but with no head: the names on either side type it. A KB place of that country under the
    word is linked though its alias alone would need evidence (Jisreen, also "two bridges");
    a word the KB lacks is a new place («سقبا») unless it is a stop of :func:`_no_listed_name`
    (an everyday word, a given name, a place noun, a nisba) or another KB entity's alias.
    States are no neighbours («سوريا والعراق» list countries, and a word between them may be
    anything); nor are nisbas."""
    places = sorted(((mention, entity.country) for mention in found
                     if mention.how != "adjective"
                     and (entity := kb.get(mention.entity_id)) is not None
                     and entity.type in ("GPE", "LOC") and entity.country
                     and entity.category != "state"), key=lambda place: place[0].start)
    if len(places) < 2:
        return []
    country_at = {mention.start: country for mention, country in places}
    taken = SpanSet((m.start, m.end) for m in found if m.how != "adjective")
    settings = load_settings()
    common = load_everyday_words().common
    stop_nouns = settings.place_heads | settings.listed_place_heads
    out = []
    for left, country in places:
        start = left.end + len(" و")
        if text[left.end:start] != " و":
            continue
        end = start
        while end < len(text) and text[end].isalpha():
            end += 1
        if end == start or text[end:end + len(" و")] != " و" or \
                country_at.get(end + len(" و")) != country or taken.overlaps(start, end):
            continue
        word = text[start:end]
        same = [entity_id for entity_id in kb.by_alias.get(word, ())
                if (entity := kb.get(entity_id)) is not None and entity.type in ("GPE", "LOC")
                and entity.country == country and kb.alias_kind(word, entity_id) != "adjective"]
        if same:
            out.append(_Found(start, end, same[0], kb.alias_kind(word, same[0]) or "alias"))
        elif word not in kb.by_alias and \
                not _no_listed_name(word, False, kb, common, stop_nouns):
            out.append(_Found(start, end, _new_name_id("loc", word), "ner", "LOC"))
        taken.add(start, end)
    return out


# «وشوارعها», «سيطرتهم»: a pronoun suffix makes a word a common noun's possessed form
_LISTED_POSSESSIVES = ("ها", "هم", "هما", "هن")
# «معزولة», «متروكة»: an indefinite passive participle (مفعولة) agreeing with a broken plural
_PASSIVE_PARTICIPLE = re.compile(r"م[^\W\d_]{2}و[^\W\d_]ه")


def _opens_with_dual(listed: str, duals: frozenset[str]) -> bool:
    """Does a matched place list open with a dual head («قريتي عقيبه وزيارة»)? A dual takes
    a dual adjective, so a name in «ة» after it is no adjective."""
    head = listed.split(" ", 1)[0]
    return head in duals or (head[:1] in "وفبل" and head[1:] in duals)


def _adjective_shaped(name: str) -> bool:
    """Is a list's first name one indefinite word shaped like the adjective a plural place
    noun takes: feminine in «ة» («أحياء فقيرة») or a participle in «م» («مدن مدمرة»)? A
    non-human plural agrees with a feminine singular adjective, so such a word after the head
    is more often its adjective than a place's name."""
    return " " not in name and not name.startswith(_ARTICLE) and \
        (name.endswith("ه") or name.startswith("م"))


def _pronoun_suffixed(word: str, kb: KnowledgeBase) -> bool:
    """Does ``word`` end in a third-person pronoun suffix («وشوارعها», «سيطرتهم»), which no
    name takes? Only a word longer than four letters that is no KB alias counts: a short
    name may merely end like one («أبها», «بنها»)."""
    return word not in kb.by_alias and len(word) > 4 and word.endswith(_LISTED_POSSESSIVES)


def _no_listed_name(name: str, first: bool, kb: KnowledgeBase, common: Container[str],
                    place_nouns: Container[str]) -> bool:
    """Does a conjunct of a listed place noun say the list of names has ended? An everyday
    word, a given name or an everyday nisba («مناطق سكنية وتجارية»); a place noun, the next
    phrase's head («ومنطقة رحبان»); a KB adjective («مناطق سورية»); a noun with a pronoun
    suffix («مدن اليمن وشوارعها», «مناطق سيطرتهم»); «لل» + a noun («مخيمات للنازحين»);
    and a first name that opens with «و» (the head is coordinated, not in construct: «مدن
    وقرى يمنية») or goes on with a compass adjective («بلدات الغوطتين الغربية والشرقية»);
    and a passive participle in «ة» (:data:`_PASSIVE_PARTICIPLE`), the adjective a broken
    plural takes («مناطق معزولة», «مناطق متروكة وإصلاحيات»); a people (``peoples``: «قرى
    العرب والأكراد» are the Arabs' villages); a definite noun and its definite nisba («مناطق
    السكن العشوائي»), a kind of area, no name. ``place_nouns``: the place nouns that head the
    next phrase (``place_heads`` and ``listed_place_heads``)."""
    words = name.split(" ")
    word = words[0]
    bare = word.removeprefix(_ARTICLE)
    settings = load_settings()
    if word in settings.peoples or (
            len(words) > 1 and word.startswith(_ARTICLE) and words[1].startswith(_ARTICLE)
            and words[1].endswith(("ي", "يه"))):
        return True
    if word in common or word in _given_names() or bare in place_nouns or \
            word in place_nouns or _everyday_nisba(word, common) or \
            _everyday_nisba(bare, common) or word.startswith("لل"):
        return True
    if _pronoun_suffixed(word, kb):
        return True
    if any(kb.alias_kind(word, other) == "adjective" for other in kb.by_alias.get(word, ())):
        return True
    if first and word.startswith("و") and word not in kb.by_alias:
        return True
    if _PASSIVE_PARTICIPLE.fullmatch(word) and word not in kb.by_alias:
        return True
    second = words[1].removeprefix(_ARTICLE) if len(words) > 1 else ""
    return bool(second) and (second in settings.direction_words
                             or second.removesuffix("ه") in settings.direction_words)


@cache
def _direction_nouns() -> frozenset[str]:
    """The definite nouns of the compass («الجنوب», «الشمال»), from ``direction_words``'
    nouns (not the nisbas «جنوبي», «شرقي»)."""
    return frozenset(_ARTICLE + word for word in load_settings().direction_words
                     if not word.endswith("ي"))


def _bare_place_before_direction(hit: GazetteerHit, text: str, kb: KnowledgeBase) -> bool:
    """Is the hit a place's one-word name written without the article it takes, right before
    a definite compass noun? Without its article («ظهران» for «الظهران») the word is the head
    of a construct, and the noun its complement: «ظهران الجنوب» is a Saudi governorate of
    its own, not Dhahran. A name written with its article before the noun («تتهم طهران
    الغرب», Tehran accuses the West) is left alone."""
    if hit.kind == "adjective" or " " in text[hit.start:hit.end] or \
            text[hit.start:hit.start + len(_ARTICLE)] == _ARTICLE or \
            _next_word(text, hit.end) not in _direction_nouns():
        return False
    entity = kb.get(hit.ids[0])
    return entity is not None and entity.type in ("GPE", "LOC") and \
        kb.alias_kind(_ARTICLE + text[hit.start:hit.end], entity.id) in ("name", "alias")


def _direction_named_places(text: str, compounds: Sequence[GazetteerHit],
                            found: Sequence[_Found]) -> list[_Found]:
    """A new place for each bare name and its compass noun (:func:`_bare_place_before_direction`),
    where no other mention lies on them (a name NER found keeps its span)."""
    taken = SpanSet((m.start, m.end) for m in found if m.how != "adjective")
    out = []
    for hit in compounds:
        end = hit.end + 1 + len(_next_word(text, hit.end))
        if not taken.overlaps(hit.start, end):
            out.append(_Found(hit.start, end, _new_name_id("loc", text[hit.start:end]),
                              "ner", "LOC"))
    return out


def _after_number(text: str, start: int) -> bool:
    """Does a number in digits stand right before ``start`` («18 محافظة»), spaces between?"""
    return text[max(0, start - 8):start].rstrip()[-1:].isdigit()


def _everyday_nisba(word: str, common: Container[str]) -> bool:
    """Is a definite word in «ي» or «ية» the nisba of an everyday noun («الكشفي» of «الكشف»,
    «الصيفية» of «الصيف»), and so an adjective where it agrees with a head? An indefinite
    head before a definite word is in construct with it, so only such a common adjective,
    written loosely after it («مخيم الكشفي»), is read as one; a family or place name in «ي»
    has no everyday noun under it («جبل الروقي» is a mountain)."""
    base = word[:-2] if word.endswith("يه") else word[:-1] if word.endswith("ي") else word
    return base in common


def _units_named_after_men(text: str, found: list[_Found]) -> list[_Found]:
    """«فصيل خالد بن الوليد», «كتائب عمر المختار»: a new person's name right after an
    indefinite armed unit's noun (``unit_heads``) is the unit's name, not a man in the story:
    the head and the name are one new ORG. A definite head is a rank («اللواء محمد العتيبي»,
    the major general); KB people keep their links, and new places stay («لواء
    الإسكندرون» is a province). The name may stand in quotation marks («كتائب «حمزة بن عبد
    المطلب»»), as the press often writes a unit's name."""
    heads = load_settings().unit_heads
    out = []
    for mention in found:
        if not mention.entity_id.startswith("per:x-") or \
                (mention.start > 0 and text[mention.start - 1].isalpha()):
            out.append(mention)
            continue
        at, word = _previous_word(text, mention.start, _QUOTE_MARKS)
        stem = _bare_stem_in(word, heads)
        if stem is None:
            out.append(mention)
            continue
        start = at + len(word) - len(stem)
        end = mention.end + (text[mention.end:mention.end + 1] in _CLOSING_QUOTES
                             and bool(_OPENING_QUOTES & set(text[at + len(word):mention.start])))
        out.append(_Found(start, end, _new_name_id("org", text[start:end]), "ner", "ORG"))
    return out


def _verbal_noun(hit: GazetteerHit, text: str, kb: KnowledgeBase) -> bool:
    """A gazetteer hit that :func:`_verbal_noun_at` reads as a verbal noun."""
    return hit.kind != "adjective" and _verbal_noun_at(text, hit.start, hit.end, kb)


_LIL = "لل"


def _verbal_noun_at(text: str, start: int, end: int, kb: KnowledgeBase) -> bool:
    """«والنيل من هيبتها», «تحاول النيل من أمن …»: a KB name that is also a verbal noun
    (``verbal_noun_names``; one proclitic letter allowed) right before the preposition the
    verbal noun takes is the noun ("undermining"), not the river. The place stays when a KB
    name follows the preposition («مياه النيل من إثيوبيا», the river flowing from Ethiopia) or
    a noun that takes the river as its genitive stands right before it
    (``verbal_noun_construct_heads``: «حصتها من مياه النيل من الهضبة الإثيوبية»). Checked on
    gazetteer hits and on NER spans alike."""
    settings = load_settings()
    names = settings.verbal_noun_names
    surface = text[start:end]
    # «للإشارة إلى»: «لل» is «ل» and the article, whose alif it dropped
    after_lil = text[max(0, start - 2):start] == _LIL
    preposition = names.get(surface) or \
        (names.get(surface[1:]) if surface[:1] in _SHORT_PROCLITICS | {"ل"} else None) or \
        (names.get(_ARTICLE + surface) if after_lil else None)
    if preposition is None:
        return False
    at, word = _previous_word(text, start)
    if at >= 0 and at + len(word) == start and word not in _SHORT_PROCLITICS | {"ل", _LIL}:
        return False  # glued to a longer word, not «والنيل», «للنيل», «للإشارة»
    if normalize(word) in settings.verbal_noun_construct_heads:
        return False  # «مياه النيل», «ضفاف النيل»: the river in construct
    if _next_word(text, end) != preposition:
        return False
    return _next_word(text, end + 1 + len(preposition)) not in kb.by_alias


def _continent_parts(text: str, found: Sequence[_Found], kb: KnowledgeBase) -> list[_Found]:
    """«وسط أوروبا», «شمال شرق آسيا», «غرب أفريقيا»: one or two ``direction_words`` right
    before a continent (a KB region of no country named in one word without the article) name
    a region of it, a new place; the continent keeps its link, nested, as a river inside its
    valley does. Regions the KB has («شمال أفريقيا») and states («جنوب أفريقيا») are longer
    KB names and never reach here; nothing where another mention lies on the directions."""
    directions = load_settings().direction_words
    taken = SpanSet((m.start, m.end) for m in found if m.how != "adjective")
    out = []
    for mention in found:
        entity = kb.get(mention.entity_id)
        surface = text[mention.start:mention.end]
        if mention.how == "adjective" or entity is None or entity.category != "region" or \
                entity.country or " " in surface or surface.startswith(_ARTICLE) or \
                (mention.start > 0 and text[mention.start - 1].isalpha()):
            continue
        start = mention.start
        for _ in range(2):
            at, word = _previous_word(text, start)
            if at < 0 or (word not in directions and not (
                    word[:1] in _CONJUNCTION_LETTERS and word[1:] in directions)):
                break
            start = at + (word not in directions)
            if word not in directions:
                break  # «وجنوب شرقي آسيا»: «و» opens the name
        if start < mention.start and not taken.overlaps(start, mention.start - 1):
            name = text[start:mention.end]
            out.append(_Found(start, mention.end, _new_name_id("loc", name), "ner", "LOC"))
    return out


def _language_nisba(hit: GazetteerHit, text: str) -> bool:
    """A state's nisba right after a noun of a language (``language_nouns``: «اللغة
    الرومانية», «باللغة التركية», «لهجة عربية») names the language, not the state: Romanian
    is spoken well beyond Romania, and the sentence is about words, not the country."""
    if hit.kind != "adjective" or (hit.start > 0 and text[hit.start - 1].isalpha()):
        return False
    word = _previous_word(text, hit.start)[1]
    nouns = load_settings().language_nouns
    return bool(word) and any(word[s.stem_start:] in nouns for s in candidates(word))


def _language_after_preposition(hit: GazetteerHit, text: str) -> bool:
    """Sets 102-107: a state's feminine nisba that is also the name of a language
    (``language_nisbas``: «الإسبانية», «الفرنسية») with the preposition «ب» glued to it and no
    noun before it to qualify is the language: «ألقاها بالإسبانية» (he gave it in Spanish),
    «الناطقة بالألمانية» (German-speaking). Arabic drops «اللغة» there, and the sentence
    says how something was said, not where. The other nisbas after «ب» («على اتصال بالبريطانية
    يسرى حسين», the British girl) and a language nisba after a noun it qualifies («بالحكومة
    الفرنسية») are left alone."""
    if hit.kind != "adjective" or hit.start < 1 or text[hit.start - 1] != "ب" or \
            text[hit.start:hit.end] not in load_settings().language_nisbas:
        return False
    glued = _previous_word(text, hit.end)[1][:-(hit.end - hit.start)]  # «ب», «وب», «فب»
    return glued in ("ب", "وب", "فب")


def _site_named_after(hit: GazetteerHit, text: str, kb: KnowledgeBase) -> bool:
    """Sets 102-107: a club's, a broadcaster's or a paper's name (``site_named_categories``)
    right after the head of a site that is named after a word or a place (``site_name_heads``:
    «حي», «مدرسة», «جامعة», «معهد») is that site's name: «حي الزمالك» is the Cairo quarter the
    club took its name from, «مدرسة المنار» a school in Yemen, «جامعة ليفربول» the city's
    university. No club or channel runs a quarter or a school. Bodies that do run them
    (al-Azhar's university, a party's school) are other categories and stay, and so does a
    name of the entity's own that opens with the head."""
    entity = kb.get(hit.ids[0])
    settings = load_settings()
    if entity is None or entity.category not in settings.site_named_categories or \
            hit.kind == "adjective" or (hit.start > 0 and text[hit.start - 1].isalpha()):
        return False
    word = _previous_word(text, hit.start, _HEAD_GAP)[1]
    heads = settings.site_name_heads
    if not word or not (_clitic_free_head(word, heads)  # «فحي»: the splitter keeps «حي» whole
                        or (word[0] in _SHORT_PROCLITICS and word[1:] in heads)):
        return False
    return not any(normalize(surface).split()[0] in heads for surface, _ in entity.surfaces())


# a kunya before a nisba names a fighter by where he comes from («أبو حمزة البلجيكي»), and
# «بني» a tribe or a place («بني ياس الإماراتي», the club)
_KUNYA_WORDS = frozenset(normalize(w) for w in ("أبو", "أبي", "أبا", "أم", "بني"))


def _family_name_nisbas(every_hit: Sequence[GazetteerHit], text: str,
                        kb: KnowledgeBase) -> dict[str, set[str]]:
    """The masculine state nisbas the article writes as a man's family name, each with the
    person titles written before him: a nisba right after a given name of the person-name
    lexicon's two top bands that is no everyday word, no KB alias and inside no other KB name
    («محمد الجزائري», «اللواء منصور التركي» → «اللواء», «حارث السوداني»), or after any word
    that follows «بن» (a father's name, rarer names included: «عبدالله بن عبدالمحسن
    التركي»; the title is then read before the whole chain). A kunya before the
    given name («أبو عمر المصري», «بأبو حمزة البلجيكي») makes the nisba where the fighter is
    from, «بني» before it a tribe («بني ياس»), and a given name inside a KB name («حزب الله
    اللبناني», «وكالة فارس الإيرانية») is no man's; all are left alone."""
    names = SpanSet((hit.start, hit.end) for hit in every_hit if hit.kind != "adjective")
    common = load_everyday_words().common
    settings = load_settings()
    titles = settings.person_titles | settings.prefix_titles
    out: dict[str, set[str]] = {}
    for hit in every_hit:
        form = text[hit.start:hit.end]
        if hit.kind != "adjective" or not form.startswith(_ARTICLE) or not form.endswith("ي") \
                or " " in form or (hit.start > 0 and text[hit.start - 1].isalpha()):
            continue
        start, word = _previous_word(text, hit.start)
        if not word or word in common or word in kb.by_alias or \
                names.overlaps(start, start + len(word)):
            continue
        at, before = _previous_word(text, start)
        if before in _PATRONYMIC:  # back over «بن عبدالمحسن بن …» to the chain's first name
            while before in _PATRONYMIC and at >= 0:
                at, name = _previous_word(text, at)
                at, before = _previous_word(text, at) if name else (-1, "")
        elif word not in _top_given_names():
            continue
        stems = {before, *(before[s.stem_start:] for s in candidates(before))}
        if stems & _KUNYA_WORDS:
            continue
        out.setdefault(form, set()).update(stems & titles)
    return out


def _family_name_nisbas_dropped(hits: list[GazetteerHit], every_hit: Sequence[GazetteerHit],
                                text: str, kb: KnowledgeBase) -> list[GazetteerHit]:
    """Sets 102-107: a nisba the article uses as a man's family name
    (:func:`_family_name_nisbas`: «اللواء منصور التركي») names him, not his namesake state,
    wherever it stands as a noun in that article: right after a given name, after the title
    the article gave him («وقال اللواء التركي»), after a word with no article (a verb, a
    particle or a noun in construct: «وأكد التركي», «جهود السوداني»), or after punctuation.
    After any other definite noun it qualifies it stays the state's adjective («الرئيس
    التركي», «الجيش التركي»), and so it does after a word ending in «ه» (a pronoun suffix,
    «نظيره التركي», «ضحيته الألماني»; or a folded «ة», which is let pass) and with a proclitic
    glued to it («الخليجي والعراقي»). Only the nisba link goes: the man is NER's to find."""
    family = _family_name_nisbas(every_hit, text, kb)
    if not family:
        return hits

    def noun(hit: GazetteerHit) -> bool:
        titles = family.get(text[hit.start:hit.end])
        if hit.kind != "adjective" or titles is None or \
                (hit.start > 0 and text[hit.start - 1].isalpha()):
            return False
        word = _previous_word(text, hit.start)[1]
        if not word or word in _top_given_names() or _clitic_free_head(word, titles):
            return True
        return not _definite(word) and not word.endswith("ه") and not _pronoun_suffixed(word, kb)

    return [hit for hit in hits if not noun(hit)]


def _leaders_regimes(text: str, found: Sequence[_Found], kb: KnowledgeBase) -> list[_Found]:
    """«نظام الرئيس بشار الأسد», «لنظام بشار الأسد»: a noun of ``regime_nouns`` before a KB
    person's full name, or his title and name, is the government the KB names by the noun
    and his surname («نظام الأسد»), written out; the person keeps his link, nested. Titles
    and a state's nisba may stand between («نظام الرئيس السوري بشار الأسد»); a definite noun
    («النظام») governs no name, and nothing is made where the government is linked there
    already."""
    settings = load_settings()
    if not settings.regime_nouns:
        return []
    titles = settings.titles
    nisbas = {m.start: m.end for m in found if m.how == "adjective"}
    taken = {(m.start, m.end, m.entity_id) for m in found}
    out = []
    for mention in found:
        if mention.how == "adjective" or not mention.entity_id.startswith("per:"):
            continue
        start = mention.start
        for _ in range(3):  # «نظام الرئيس السوري بشار الأسد»: at most two words between
            at, word = _previous_word(text, start)
            regime = _bare_stem_in(word, settings.regime_nouns)
            if regime is not None:
                surname = text[mention.start:mention.end].rsplit(" ", 1)[-1]
                owners = [entity_id for entity_id in kb.by_alias.get(f"{regime} {surname}", ())
                          if entity_id.startswith("org:")]
                head = at + len(word) - len(regime)
                if len(owners) == 1 and not any(
                        s <= head < e and entity_id == owners[0] for s, e, entity_id in taken):
                    out.append(_Found(head, mention.end, owners[0], "alias"))
                break
            if at < 0 or not (word in titles or nisbas.get(at) == at + len(word)):
                break
            start = at
    return out


def _given_name_before_surname(hit: GazetteerHit, text: str, kb: KnowledgeBase) -> bool:
    """A one-word town that is also a common given name is the given name before a surname
    («جاسم الحلفي», «المحلل السياسي جاسم الأسدي»: the Daraa town «جاسم» is written as a
    person's name far more often than as the town) or before another given name («جاسم
    محمد جعفر»). The surname: a definite word of letters that is no everyday word and no KB
    name. A place head before the name («مدينة جاسم», «محافظة عمران») or an everyday word or
    a feminine adjective after it («عمران الشمالية») keep the place; states and cities of a
    million are left alone, as by :func:`_after_person_word`. A place named by a compound
    given name (:func:`_compound_given_name`: «صلاح الدين الأيوبي» is Saladin, not the Iraqi
    governorate) follows the same rule whatever its size: the governorate is named after the
    man, and his name with a surname is the man. So does a city of any size written without the
    article its KB name has (:func:`_article_dropped`: «ساحة رياض الصلح» is named after Riad
    al-Solh, not Riyadh), and then a head before it does not keep the place."""
    entity = kb.get(hit.ids[0])
    name = text[hit.start:hit.end]
    if entity is not None and _nisba_given_name(hit, name, entity):
        return _surname_after(text, hit.end, kb, definite_only=True)
    if entity is None or entity.type in ("PER", "ORG") or hit.kind == "adjective" or \
            entity.category == "state":
        return False
    dropped = _article_dropped(name, entity)
    if not (_compound_given_name(name) or (
            " " not in name and ((entity.population or 0) < _BIG_CITY or dropped)
            and name in _given_names())):
        return False
    if name in load_everyday_words().common or \
            (not dropped and _head_before(text, hit.start) in load_settings().place_heads):
        return False
    return _surname_after(text, hit.end, kb)


def _surname_after(text: str, end: int, kb: KnowledgeBase, definite_only: bool = False) -> bool:
    """Does a surname follow ``end`` (see :func:`_given_name_before_surname`): a definite
    word of letters, not feminine, that is no everyday word and no KB name, or (unless
    ``definite_only``) a common given name?"""
    if text[end:end + 1] != " ":
        return False
    after = re.match(r"[^\W\d_]+", text[end + 1:])
    if after is None:
        return False
    word = after.group()
    if word in load_everyday_words().common or word in kb.by_alias:
        return False
    return (_definite_plain(word) and not word.endswith(_FEMININE)) or \
        (not definite_only and word in _given_names())


def _nisba_given_name(hit: GazetteerHit, name: str, entity: KBEntity) -> bool:
    """Analyst set 42: a state's bare nisba that the person-name lexicon also knows as a given
    name of its two upper bands («تركي», Turki) and that is no everyday word: before a surname
    it is the given name («وقال تركي الغنيماوي»), never the adjective «Turkish». Only before a
    definite surname (:func:`_surname_after`): an adjective is followed by a date (an everyday
    word: «مسؤول تركي الأحد»), a feminine noun («سوري الجنسية») or a short preposition («رتل
    تركي الى»), none of which is one."""
    roles = read_person_names().get(name, ())
    return hit.kind == "adjective" and entity.category == "state" and \
        not name.startswith(_ARTICLE) and name not in load_everyday_words().common and \
        _common_given_name(roles)


def _article_dropped(name: str, entity: KBEntity) -> bool:
    """``name`` is the entity's definite Arabic name without its article («رياض» of
    «الرياض»): news writes such a city with its article, «بالرياض», «للرياض», never bare, so
    the bare word before a surname is the given name (2,500 articles: all ten bare «رياض» + a
    word are people or a square named after one)."""
    return normalize(entity.name_ar) == _ARTICLE + name


def _named_after_head(text: str, start: int) -> int:
    """Where the head noun of a place named after a person («ساحة», «شارع», «مستشفى») starts
    when it stands right before ``start`` (after its proclitics: «بساحة»), else -1."""
    before, word = _previous_word(text, start)
    heads = load_settings().named_after_heads
    return next((before + s.stem_start for s in candidates(word) if word[s.stem_start:] in heads),
                -1)


def _surnamed_people(text: str, given_names: Sequence[GazetteerHit],
                     found: Sequence[_Found]) -> list[_Found]:
    """The people :func:`_given_name_before_surname` took a place name from, made new persons
    of the given name and the definite surname after it where NER found nothing there
    («صلاح الدين الأيوبي», «جاسم الحلفي»): the rule has already read them as a name, so
    leaving them unlinked loses a person. A given name before another given name («جاسم
    محمد جعفر») or after a word the person-name lexicon gives as a given name, of any band,
    that is no everyday word («محمد جاسم الظفيري», «ثامر عمران المطيري»: the town is the
    father's name) is a longer name, NER's to read. After the head of a place named after a
    person (:func:`_named_after_head`) the head and the name are one new facility («ساحة رياض
    الصلح»)."""
    taken = SpanSet((m.start, m.end) for m in found if m.how != "adjective")
    names, common = read_person_names(), load_everyday_words().common
    out: list[_Found] = []
    for hit in given_names:
        surname = re.match(r" ([^\W\d_]+)", text[hit.end:])
        before = _previous_word(text, hit.start)[1]
        if surname is None or not _definite_plain(surname[1]) or (
                before not in common and any(role.startswith("given:")
                                             for role in names.get(before, ()))):
            continue
        end = hit.end + surname.end()
        head = _named_after_head(text, hit.start)
        start = head if head >= 0 else hit.start
        if not taken.overlaps(start, end):
            name = text[start:end]
            kind = "FAC" if head >= 0 else "PER"  # «ساحة رياض الصلح»: the square, not the man
            out.append(_Found(start, end, _new_name_id(kind.lower(), name), "ner", kind))
            taken.add(start, end)
    return out


def _compound_given_name(name: str) -> bool:
    """A common given name and «الدين» («صلاح الدين», «نور الدين», «عز الدين»): one given
    name, the classical compound, which the person-name lexicon lists by its first word."""
    words = name.split(" ")
    return len(words) == 2 and words[1] == _DIN and words[0] in _given_names()


_DIN = normalize("الدين")
_FEMININE = (normalize("ة"), normalize("ات"))
_QUOTES = frozenset('"«»“”„\'')


def _idiom_spans(text: str) -> SpanSet | None:
    """Where the article uses a set phrase that holds a KB name as an ordinary word («نصيب
    الأسد», the lion's share, is not Assad's), a proclitic allowed on its first word."""
    spans = []
    for phrase in load_settings().phrase_idioms:
        start = text.find(phrase)
        while start >= 0:
            end = start + len(phrase)
            word_start = start
            while word_start > 0 and text[word_start - 1].isalpha():
                word_start -= 1
            if (end == len(text) or not text[end].isalpha()) and \
                    len(text[word_start:start]) <= 2:  # «بنصيب», «وحصة»
                spans.append((start, end))
            start = text.find(phrase, end)
    return SpanSet(spans) if spans else None


def _adjective_of_noun(hit: GazetteerHit, text: str, kb: KnowledgeBase) -> bool:
    """An organisation alias that opens with a definite adjective («الخارجية العراقية», «القومي
    السوري») right after a definite noun other than the organisation's own head is that
    noun's adjectives, not the organisation: «الديون الخارجية العراقية» are Iraq's foreign
    debts, «الأمن القومي السوري» is Syria's national security. «الوزارة الخارجية …» and the
    alias after a verb, a preposition or a comma («أعلنت الخارجية العراقية») stay."""
    if hit.kind == "adjective" or not hit.ids[0].startswith("org:") or \
            (hit.start > 0 and text[hit.start - 1].isalpha()):
        return False
    alias = text[hit.start:hit.end]
    first = alias.split(" ", 1)[0]
    if " " not in alias or not first.startswith(_ARTICLE) or not first.endswith(("ي", "يه")):
        return False
    if kb.alias_kind(alias, hit.ids[0]) != "alias":
        return False  # a full name is a title of its own («المفوضية العليا المستقلة …»)
    entity = kb.get(hit.ids[0])
    if entity and normalize(first) == normalize(entity.name_ar).split(" ", 1)[0]:
        return False  # the alias opens with the body's own head noun («… العراقي المفوضية العليا»)
    word = _previous_word(text, hit.start)[1]
    if len(word) < 4 or not word.startswith(_ARTICLE) or word in _time_words():
        return False  # «أعلنت السبت الخارجية العراقية»
    noun = word[len(_ARTICLE):]
    own_heads = {normalize(name).split(" ", 1)[0].removeprefix(_ARTICLE)
                 for name in ((entity.name_ar, *entity.aliases_ar) if entity else ())}
    settings = load_settings()
    return noun not in own_heads and noun not in settings.org_heads and \
        word not in settings.person_titles and noun not in settings.title_words


def _village_as_adjective(hit: GazetteerHit, text: str, kb: KnowledgeBase) -> bool:
    """Sets 93 and 94: «للتوجيهات الكريمة», «الحياة الكريمة» (gracious, dignified) are not the
    Syrian village al-Karimah. A village's one-word definite name in «ة», with nothing glued to
    it, right after a definite word in «ة» or «ات» (the article after one or two proclitics
    too: «للتوجيهات», «بالمتابعة») agrees with that noun as its feminine adjective: a village
    after a definite noun would want a head or a preposition («قرية الكريمة», «في الكريمة»).
    Left alone: a definite place head before it («القرية الكريمة»), a town or a city (a
    category above village: «قصفت المدفعية الرقة» is verb, subject and object), and an
    indefinite or possessed noun before it («لفتتهم الكريمة», which no test of the word tells
    from a name)."""
    if hit.kind == "adjective" or (hit.start > 0 and text[hit.start - 1].isalpha()):
        return False
    alias = text[hit.start:hit.end]
    if " " in alias or not alias.startswith(_ARTICLE) or not alias.endswith("ه"):
        return False
    entity = kb.get(hit.ids[0])
    if entity is None or entity.category != "village":
        return False
    word = _previous_word(text, hit.start)[1]
    # «للمتابعة» is «ل» and the article with its alif dropped
    noun = next((rest if rest.startswith(_ARTICLE) else rest[1:] for i in range(3)
                 if (rest := word[i:]).startswith((_ARTICLE, "لل"))
                 and all(c in _PROCLITIC_LETTERS for c in word[:i])), "")
    if len(noun) < len(_ARTICLE) + 2 or not noun.endswith(("ه", "ات")):
        return False
    return noun not in load_settings().place_heads and \
        noun[len(_ARTICLE):] not in load_settings().place_heads


# «وللتوجيهات»: the proclitic letters that may stand before a definite noun's article
_PROCLITIC_LETTERS = frozenset("وفبكل")


# «أبو أسامة العراقي»: a kunya names a person, and a nisba after it ends a nom de guerre
_KUNYA = frozenset(normalize(w) for w in ("أبو", "أم"))


def _kunya_name(kunya: str, word: str, kb: KnowledgeBase) -> bool:
    """Do «أبو»/«أم» and ``word`` open a person's name (not a place's: «أبو ظبي», «أم
    قصر»; not «أم» the conjunction before a definite noun)?"""
    return kunya in _KUNYA and not word.startswith(_ARTICLE) and \
        word not in load_everyday_words().common and \
        all(entity_id.startswith("per:") for entity_id in kb.by_alias.get(f"{kunya} {word}", ()))


_KUNYA_NISBA = re.compile(r"(?<![^\W\d_])[وفب]?((?:ابو|ام) ([^\W\d_]+)) (ال[^\W\d_]+ي)(?![^\W\d_])")


def _kunya_people(text: str, found: Sequence[_Found], kb: KnowledgeBase,
                  nisbas: Container[int]) -> list[_Found]:
    """Noms de guerre NER missed, made new persons: a kunya and a state's masculine nisba
    («القيادي أبو أسامة العراقي», «وأبو قتادة التونسي»), where no other mention lies on them (a
    KB name, a name NER found). The nisba keeps its link to the state, nested (the man's
    nationality), as inside :func:`_nisba_organisations`' bodies."""
    if "ابو " not in text and "ام " not in text:
        return []
    taken = SpanSet((m.start, m.end) for m in found if m.how != "adjective")
    out = []
    for match in _KUNYA_NISBA.finditer(text):
        start, end = match.start(1), match.end(3)
        kunya = match.group(1).split()[0]
        if match.start(3) not in nisbas or taken.overlaps(start, end) or \
                not _kunya_name(kunya, match.group(2), kb) or \
                _quoted_work_title(text, start, end):  # «مسلسل "أبو عمر المصري"»
            continue
        name = text[start:end]
        if name not in kb.by_alias:
            out.append(_Found(start, end, _new_name_id("per", name), "ner", "PER"))
    return out


# One conjunct of a list of people: «و», a state's nisba and a space may stand between it
# and the person beside it («… ومهند عسيري وصالح العمري», «السوري عمر السومه والمصري …»).
_CONJUNCT_AFTER = re.compile(r" و(?:(?P<nisba>ال[^\W\d_]+) )?(?P<given>[^\W\d_]+) "
                             r"(?P<last>[^\W\d_]+)(?![^\W\d_])")
_CONJUNCT_BEFORE = re.compile(r"(?<![^\W\d_])(?P<given>[^\W\d_]+) (?P<last>[^\W\d_]+) "
                              r"و(?:(?P<nisba>ال[^\W\d_]+) )?$")


@cache
def _ranked_names() -> re.Pattern[str]:
    """A rank of ``rank_titles`` (proclitics allowed), then two words."""
    ranks = "|".join(map(re.escape, sorted(load_settings().rank_titles, key=len, reverse=True)))
    return re.compile(r"(?<![^\W\d_])" + _HEAD_PROCLITICS + f"(?:{ranks}) " +
                      r"(?P<given>[^\W\d_]+) (?P<last>[^\W\d_]+)(?![^\W\d_])")


def _ranked_people(text: str, found: Sequence[_Found]) -> list[_Found]:
    """People NER missed after a military or police rank (``rank_titles``: «العقيد تامر
    الرفاعي», «للعميد سامي العلي», «اللواء مطلق الأزيمع», «الفريق أول صدقي صبحي»), made new
    persons: a rank stands only before a name, so a given name and a surname after it are one.
    The given name is a common one (the lexicon's top band), or one of the lexicon's rarer
    given names that is no everyday word («مطلق»: the rank vouches for it). The surname is a
    definite word, or a word the lexicon knows as a surname («صبحي»); either way no everyday
    word, title or common given name (a chain of fathers' names, «العميد أحمد محمد», is
    NER's to read), and the name must end there (a stop, a definite descriptor, or an
    everyday word after it: «قائد المنطقة»); nothing is made over another mention."""
    settings = load_settings()
    if not settings.rank_titles:
        return []
    given, common = _given_names(), load_everyday_words().common
    taken = SpanSet((m.start, m.end) for m in found if m.how != "adjective")
    out = []
    for match in _ranked_names().finditer(text):
        start, end = match.start("given"), match.end()
        first, last = match.group("given"), match.group("last")
        stem = last.removeprefix(_ARTICLE) if _definite_plain(last) else last
        following = _next_word(text, end)
        if not _rank_given_name(first, given, common, settings) or \
                not (_definite_plain(last) or last in _surname_words()) or \
                last in common or stem in common or stem in given or \
                last in settings.person_titles or stem in settings.title_words or \
                (following and not following.startswith(_ARTICLE)
                 and following not in common) or taken.overlaps(start, end):
            continue
        out.append(_Found(start, end, _new_name_id("per", text[start:end]), "ner", "PER"))
    return out


def _rank_given_name(word: str, given: Container[str], common: Container[str],
                     settings: LinkingSettings) -> bool:
    """Can ``word`` open a name after a rank: a common given name, or any given name of the
    person-name lexicon that is no everyday word, title or definite word («مطلق»)?"""
    if word in given:
        return True
    return word in _span_words().given_roles and word not in common and \
        word not in load_everyday_words().aliases and word not in settings.title_words and \
        not word.startswith(_ARTICLE)


@cache
def _surname_words() -> frozenset[str]:
    """Words the person-name lexicon knows as surnames (any band): «صبحي», «عنان»."""
    return frozenset(key for key, roles in read_person_names().items()
                     if any(role.startswith("surname:") for role in roles))


# «ويدعى سامي أ، تونسي الجنسية»: a word, one letter (not «و»), then a stop
_INITIALLED = re.compile(r"(?<![^\W\d_])(?P<given>[^\W\d_]+) (?P<initial>[^\W\d_و])(?=[.،,])")


def _initialled_people(text: str, found: Sequence[_Found]) -> list[_Found]:
    """«ويدعى سامي أ، تونسي الجنسية»: a given name and one letter before a stop is a person
    the press names by the initial of his surname, as German courts and papers do for
    suspects («سامي أ.», «أنيس ع.»), made a new person; no Arabic word is one letter long
    but «و», which is left out. Nothing over another mention."""
    given = _given_names()
    taken = SpanSet((m.start, m.end) for m in found if m.how != "adjective")
    return [_Found(match.start(), match.end(), _new_name_id("per", match.group()), "ner", "PER")
            for match in _INITIALLED.finditer(text)
            if match.group("given") in given and not taken.overlaps(*match.span())]


def _listed_people(text: str, found: Sequence[_Found], nisbas: Container[int]) -> list[_Found]:
    """People NER left out of a list of people, made new persons: a common given name and one
    more word joined by «و» to a person's full name found on either side («سجلها: سلمان المؤشر
    وأسامة هوساوي ومهند عسيري وصالح العمري», «إلى جانب السوري عمر السومه والمصري محمد
    عبدالشافي»; a one-word name beside is no list: «أوباما وحسن ظنه» is his good faith), each
    conjunct may open with a state's nisba (the player's nationality, which keeps its link).
    The name must end there (a stop, the end, or the list's next «و»), the given name be no
    everyday word and the last word no everyday word, particle or given name of its own (a
    name that goes on, «وصالح بن …», or a clause, «وعادل الجبير إن», is NER's to read);
    nothing is made over another mention. New persons join the list in turn."""
    given, common = _given_names(), load_everyday_words().common
    taken = SpanSet((m.start, m.end) for m in found if m.how != "adjective")
    people = [(m.start, m.end) for m in found if m.how != "adjective" and (
        m.ner_type == "PER" or m.entity_id.startswith("per:")) and " " in text[m.start:m.end]]
    out: list[_Found] = []
    while people:
        start, end = people.pop()
        window = text.rfind(" ", 0, max(0, start - 60)) + 1  # a word boundary before
        for match in (_CONJUNCT_AFTER.match(text, end),
                      _CONJUNCT_BEFORE.search(text, window, start)):
            if match is None or (match["nisba"] and match.start("nisba") not in nisbas):
                continue
            first, last = match["given"], match["last"]
            name_start, name_end = match.start("given"), match.end("last")
            after = text[name_end:name_end + 2]
            if first not in given or first in common or last in common or last in given or \
                    last in _PATRONYMIC or last in _GLUED_PARTICLES or \
                    not (after == "" or after[0] in _NAME_STOPS or after == " و") or \
                    taken.overlaps(name_start, name_end):
                continue
            name = text[name_start:name_end]
            out.append(_Found(name_start, name_end, _new_name_id("per", name), "ner", "PER"))
            taken.add(name_start, name_end)
            people.append((name_start, name_end))
    return out


def _kunya_of_another(hit: GazetteerHit, text: str, kb: KnowledgeBase,
                      nisbas: Container[int]) -> bool:
    """A KB person's two-word kunya followed by a nisba (an adjective the gazetteer found
    there) that none of that person's names has is another man's nom de guerre: «أبو قتادة
    التونسي» is not Abu Qatada al-Filistini («أبو قتادة»)."""
    words = text[hit.start:hit.end].split()
    if len(words) != 2 or words[0] not in _KUNYA or text[hit.end:hit.end + 1] != " " or \
            hit.end + 1 not in nisbas:
        return False
    entity = kb.get(hit.ids[0])
    return entity is not None and _next_word(text, hit.end) not in _own_name_words(entity)


def _kunya_ends_name(hit: GazetteerHit, text: str, kb: KnowledgeBase,
                     ner_spans: Sequence[_NerSpan]) -> bool:
    """A KB person's two-word kunya right after a person's name NER found («مهند ذوقان أبو
    عمار») ends that man's name: Yasser Arafat's «أبو عمار» is not his. It stays when the
    name before it is the KB person's own («ياسر عرفات أبو عمار»), and when that name is a KB
    name of its own: a known man is no unknown one's first names («وقال محمد دحلان أبو مازن لن
    يبقى…», the kunya the next subject)."""
    words = text[hit.start:hit.end].split()
    if len(words) != 2 or words[0] not in _KUNYA:
        return False
    before = next((span for span in ner_spans if span.type == "PER" and span.end < hit.start
                   and not text[span.end:hit.start].strip()), None)
    entity = kb.get(hit.ids[0])
    return before is not None and entity is not None and \
        not kb.lookup(text[before.start:before.end]) and \
        not set(text[before.start:before.end].split()) & _own_name_words(entity)


def _short_alias_before_family_name(hit: GazetteerHit, text: str, kb: KnowledgeBase) -> bool:
    """A KB person's short alias, a given name and fewer letters than his name, followed by
    a definite family name is another man: «علي صالح» is Ali Abdullah Saleh, «علي صالح
    الأحمر» his half-brother. The family name: a definite word of letters right after the
    alias (a space or a hashtag's «_» between) that is no feminine word or participle («نصر
    الله الكاذب» is an insult, «… المتمركزة» a clause), everyday word, title, verb,
    preposition, time word, KB name or nisba, and no word of the person's own names («علي
    صالح الرئيس» stays his); nor is it where the definite words after it reach one of his own
    names (a longer chain of his fathers: «صباح الخالد الحمد الصباح» is Sabah al-Khalid
    al-Sabah). A title alias («الملك فهد الدولي», the airport) opens with no given name."""
    entity = kb.get(hit.ids[0])
    alias = _joined_surface(text, hit)  # «#علي_صالح_الأحمر»
    if hit.kind == "adjective" or entity is None or entity.type != "PER" or " " not in alias or \
            alias.split()[0] not in _span_words().given_roles or \
            len(alias.replace(" ", "")) >= len(normalize(entity.name_ar).replace(" ", "")) or \
            text[hit.end:hit.end + 1] not in (" ", "_"):
        return False
    following = re.findall(r"[^\W\d_]+", text[hit.end + 1:hit.end + 1 + _CHAIN_CHARS])
    chain = list(takewhile(_definite_plain, following[:_CHAIN_WORDS]))
    if not chain:
        return False
    word, own, settings = chain[0], _own_name_words(entity), load_settings()
    return not word.endswith(_FEMININE) and not _PARTICIPLE.fullmatch(word) and \
        word not in load_everyday_words().common and \
        word not in settings.person_titles and \
        word.removeprefix(_ARTICLE) not in settings.title_words and \
        word not in _span_words().end_words and word not in _time_words() and \
        word not in kb.by_alias and not own.intersection(chain)


# how far :func:`_short_alias_before_family_name` looks for the rest of a man's name chain
_CHAIN_WORDS = 3
_CHAIN_CHARS = 60


def _patronymic_goes_on(hit: GazetteerHit, text: str) -> bool:
    """A KB name inside a longer chain of names is another man's: after «بن» it names a
    forefather («سعد بن متعب بن عبدالله بن عبدالعزيز»), and a name with a patronymic
    followed by a family name with the article («عبدالله بن عبدالعزيز الربيعة») is another
    man of the same given names, as for fuzzy links."""
    if hit.start > 0 and not text[hit.start - 1].isalpha() and \
            _previous_word(text, hit.start)[1] == _BIN:  # not «ابن»: «…، ابن أبو بكر البغدادي»
        return True
    words = text[hit.start:hit.end].split()
    following = _next_word(text, hit.end)
    return any(word in _PATRONYMIC for word in words[1:-1]) and _continues_name(following) \
        and following not in _span_words().end_words and following not in _time_words() \
        and following not in load_everyday_words().common  # «… بن سلمان إلى», «… الشكر»


def _nisba_after_bin(hit: GazetteerHit, text: str) -> bool:
    """A nisba right after «بن/بنت» is a forefather's given name, not a country: «فيصل بن
    تركي», «فهد بن تركي» (son of Turki) say nothing of Turkey."""
    if hit.kind != "adjective" or " " in text[hit.start:hit.end]:
        return False
    word = _previous_word(text, hit.start)[1]
    return word in _PATRONYMIC and word != _IBN


_IBN = normalize("ابن")  # «ابن» opens a name («ابن سلمان») but is also «son» («ابن عراقي»)


def _party_name_goes_on(hit: GazetteerHit, text: str, kb: KnowledgeBase) -> bool:
    """A party's two-word short name («الحزب الديمقراطي») followed by one more definite
    adjective is the start of another party's name: «الحزب الديمقراطي الاشتراكي» (Germany's
    SPD), «الحزب الديمقراطي الاجتماعي» (Romania's PSD) are not the US Democratic Party. A
    state's nisba after it («الحزب الديمقراطي الأمريكي») and a longer KB name («الحزب
    الديمقراطي الكردستاني», matched whole) keep their links."""
    words = text[hit.start:hit.end].split()
    if len(words) != 2 or words[0] not in load_settings().party_heads:
        return False
    entity = kb.get(hit.ids[0])
    if entity is None or entity.category != "political_party":
        return False
    following = _next_word(text, hit.end)
    if len(following) < 5 or not following.startswith(_ARTICLE) \
            or not following.endswith(("ي", "يه")):
        return False
    return not any(kb.alias_kind(following, other.id) == "adjective"
                   for other in kb.lookup(following))


def _national_body_name(hit: GazetteerHit, text: str, kb: KnowledgeBase) -> bool:
    """Analyst set 14: a body's two-word short name that opens with a generic head
    («مجلس الأمن» for the UN Security Council) followed by «الوطني» or «القومي»
    (``national_adjectives``) is a state's own body: «مجلس الأمن الوطني» in London is the
    UK's National Security Council. A name of the entity's own that goes on that way keeps
    its link."""
    words = text[hit.start:hit.end].split()
    settings = load_settings()
    if len(words) != 2 or words[0] not in settings.generic_heads:
        return False
    following = _next_word(text, hit.end)
    entity = kb.get(hit.ids[0])
    return following in settings.national_adjectives and entity is not None and \
        entity.type == "ORG" and following not in _own_name_words(entity)


def _under_another_head(hit: GazetteerHit, text: str, kb: KnowledgeBase) -> bool:
    """Analyst set 44: an organisation's alias after a body's head noun that is not the head
    of the organisation's own full name is the tail of another body's name. The KB writes the
    ICJ «محكمة العدل الدولية» with the short alias «العدل الدولية»; «منظمة العدل الدولية» (a
    human-rights body, whatever it is called) is no court: its head says what kind of body it
    is. Both heads are ``construct_org_heads`` (nouns that say what kind of body a name in
    construct is: «محكمة», «منظمة», «وزارة»; not «قوات», «عناصر», which say whose fighters);
    the entity needs a full name that is its head plus the alias. Only an alias that is no
    name of its own counts: an alias (not the entity's name: «مكتب الأمم المتحدة» is the UN's
    office) of definite words only, a noun and its adjective that describe and name nothing
    without their head («العدل الدولية»); a proper name stays the body's after any head
    («قيادة طالبان», «جبهة تحرير الشام»). A head that only confirms a bare name («حركة
    حماس») or is the name's own is left alone. The refused alias still vetoes NER's longer
    span, which would otherwise be matched fuzzily to a KB body one letter away («منظمة العمل
    الدولية», the ILO)."""
    entity = kb.get(hit.ids[0])
    if entity is None or entity.type != "ORG":
        return False
    heads = load_settings().construct_org_heads
    head = _head_before(text, hit.start)
    if head not in heads:
        return False
    alias = text[hit.start:hit.end]
    if kb.alias_kind(alias, entity.id) != "alias" or " " not in alias or \
            not all(word.startswith(_ARTICLE) for word in alias.split()):
        return False  # «مكتب الأمم المتحدة» (a name), «قيادة طالبان», «جبهة تحرير الشام»
    own = {name.split()[0] for surface, _ in entity.surfaces()
           if (name := normalize(surface)).endswith(" " + alias)
           and len(name.split()) == len(alias.split()) + 1}
    return bool(own) and own <= heads and head not in own


def _name_as_adjective(hit: GazetteerHit, text: str, kb: KnowledgeBase) -> bool:
    """A name the KB also lists as the entity's adjective («السعودية»: Saudi Arabia, and
    Saudi), written right after a definite noun with nothing glued to it, is the adjective:
    «الجهود السعودية», «الحملة الوطنية السعودية» (Saudi efforts, campaign), as ANERcorp
    reads them; «في السعودية», «والسعودية», «أعلنت السعودية» stay the name."""
    if hit.kind == "adjective" or " " in text[hit.start:hit.end] or hit.start < 2 or \
            text[hit.start - 1] != " " or not text[hit.start - 2].isalpha():
        return False
    alias = text[hit.start:hit.end]
    if not alias.startswith(_ARTICLE) or alias not in _name_adjectives(kb).get(hit.ids[0], ()):
        return False
    word = _previous_word(text, hit.start)[1]
    return len(word) > len(_ARTICLE) + 1 and word.startswith(_ARTICLE) and \
        word not in _time_words() and word not in _STATE_NOUNS


# «المملكة السعودية», «الدولة السورية»: the state itself, not an adjective of another noun
_STATE_NOUNS = frozenset(normalize(w) for w in ("المملكة", "الدولة", "الجمهورية"))


_Built = TypeVar("_Built")


def _per_kb(build: Callable[[KnowledgeBase], _Built]) -> Callable[[KnowledgeBase], _Built]:
    """``build(kb)``, cached for the last KB asked (one KB at a time). The KB is kept beside
    its value, so a new KB that gets a freed one's ``id`` is never served the old value."""
    last: list[tuple[KnowledgeBase, _Built]] = []

    def cached(kb: KnowledgeBase) -> _Built:
        if not last or last[0][0] is not kb:
            last[:] = [(kb, build(kb))]
        return last[0][1]

    cached.__doc__ = build.__doc__
    return cached


@_per_kb
def _name_adjectives(kb: KnowledgeBase) -> dict[str, frozenset[str]]:
    """Entity id → its normalised names that are also its adjectives (per KB, cached)."""
    found = {}
    for entity in kb.entities.values():
        if not entity.adjectives_ar:
            continue
        both = {normalize(a) for a in entity.adjectives_ar} & {
            normalize(n) for n in (entity.name_ar, *entity.aliases_ar)}
        if both:
            found[entity.id] = frozenset(both)
    return found


@_per_kb
def _chief_cities(kb: KnowledgeBase) -> dict[str, str]:
    """Country code → the id of its most populous KB place below the state (per KB, cached)."""
    best: dict[str, KBEntity] = {}
    for entity in kb.entities.values():
        if entity.country and entity.population and entity.type in PLACE_TYPES \
                and entity.category in ("city", "town") \
                and (entity.population or 0) > (best[entity.country].population or 0
                                                if entity.country in best else 0):
            best[entity.country] = entity
    return {country: entity.id for country, entity in best.items()}


@_per_kb
def _clubs_by_first_word(kb: KnowledgeBase) -> dict[str, dict[str, tuple[str, ...]]]:
    """First word → country → clubs, for the clubs the KB names by that word and a nisba
    («الهلال السعودي», «النصر الإماراتي»): the word alone is what the sports press calls the
    club, and the nisba only tells the country."""
    index: dict[str, dict[str, tuple[str, ...]]] = {}
    for entity in kb.entities.values():
        words = normalize(entity.name_ar).split()
        if entity.category != "sports_club" or not entity.country or len(words) != 2 or \
                not words[1].endswith("ي"):
            continue
        by_country = index.setdefault(words[0], {})
        by_country[entity.country] = (*by_country.get(entity.country, ()), entity.id)
    return index


_QUOTED_AFTER_WORD = re.compile(
    r"(?<![^\W\d_])([^\W\d_]+) ?[\"«“]([^\W\d_]+(?: [^\W\d_]+){0,3})[\"»”]")
_WORD_BEFORE_SPACE = re.compile(r"(?<![^\W\d_])([^\W\d_]+) $")  # «وكالة» of «وكالة أنباء»


def _quoted_names(text: str, found: Sequence[_Found], kb: KnowledgeBase) -> list[_Found]:
    """A body's name with its specific part in quotation marks after the head noun
    («تحالف "الفتح"», «ائتلاف "النصر"», «حزب “الدعوة”»): the press quotes the part a list or
    party is known by, so the dictionary, which has «تحالف الفتح», never sees the name. The
    quoted words are the KB entity named by the head (indefinite, a proclitic allowed:
    «وتحالف») and those words together, when exactly one ORG has that name; «التحالف
    "الفتح"» is no such name, and words another mention covers are left as they are. The
    head may have its genitive noun between it and the quotation marks («وكالة أنباء
    "فارس"»: the KB's «وكالة أنباء فارس»), the same KB-name test deciding. The heads of an
    electoral list (``bloc_heads``: «كتلة», «ائتلاف», «تحالف», «قائمة») name one list
    each other's way: «كتلة "النصر"» is the KB's «ائتلاف النصر». Lists of one name stand in
    many countries' elections, so a list read through another head, or through «قائمة» (a
    list head only, no ``org_heads`` noun), is the KB's only where the article names a
    place, body or person of its country (:func:`_countries_named`): «قائمة "النصر"» in a
    Tunisian municipal story, or in one that names no country, is no Iraqi alliance. The head's dual
    in construct heads two quoted names joined by «و» («قناتي "العربية" و"الحدث"», «صحيفتا
    "الرياض" و"الوطن"»): each is read with the singular head. Run before NER, whose span of
    the bare word («نصر») would make a new body of it."""
    if not any(mark in text for mark in '"«“'):
        return []
    settings = load_settings()
    blocs = settings.bloc_heads
    heads = settings.org_heads | blocs
    taken = SpanSet((m.start, m.end) for m in found)
    countries: frozenset[str] | None = None  # read once, at the first list head
    out: list[_Found] = []
    dual: tuple[str, int] | None = None  # a dual head's singular, and where its name ended
    for match in _QUOTED_AFTER_WORD.finditer(text):
        if dual is not None and match.group(1) == "و" and match.start() == dual[1] + 1:
            stems = [(dual[0], "")]  # «و"الحدث"» after «قناتي "العربية"»
        else:
            stems = _quoted_name_heads(text, match, heads)
        dual = None
        if taken.overlaps(*match.span(2)):
            continue
        for stem, complement in stems:
            synonyms = sorted(blocs) if stem in blocs and not complement else [stem]
            if stem in blocs and countries is None:
                countries = _countries_named(found, kb)
            ids = list(dict.fromkeys(
                entity_id for head in synonyms
                for entity_id in kb.by_alias.get(f"{head}{complement} {match.group(2)}", ())
                if (entity := kb.get(entity_id)) is not None and entity.type == "ORG" and (
                    (head == stem and stem in settings.org_heads)
                    or (countries is not None and entity.country in countries))))
            if len(ids) == 1:
                out.append(_Found(*match.span(2), ids[0], "alias"))
                if _dual_head(match.group(1), heads) == stem:
                    dual = (stem, match.end())
                break
    return out


def _countries_named(found: Sequence[_Found], kb: KnowledgeBase) -> frozenset[str]:
    """The countries of every KB entity the article names so far: its places (names,
    nisbas, cities), and its bodies and people of one country («"سائرون"», an Iraqi list)."""
    return frozenset(entity.country for mention in found
                     if (entity := kb.get(mention.entity_id)) is not None and entity.country)


# «لـ"الاقتصادية"», «"سبق" تقول…»: one to three quoted words after «ل» or «ب» glued to the
# opening mark («ول», «فب» too; «لـ "…"» keeps a space after the tatweel) or opening a line
_QUOTED_OUTLET = re.compile(
    r"(?:(?P<told>(?<![^\W\d_])[وف]?[لب]) ?|^[ \t]*)[\"«“]([^\W\d_]+(?: [^\W\d_]+){0,2})[\"»”]",
    re.MULTILINE)
_SENTENCE_STOPS = ".!?؟\n"


def _quoted_outlet_names(text: str, found: Sequence[_Found], kb: KnowledgeBase) -> list[_Found]:
    """«وقال لـ"الاقتصادية"», «"سبق" تقول للمسؤول»: a paper or channel the KB names only
    with its head noun («صحيفة سبق», «صحيفة الاقتصادية») is quoted bare by the press, the
    quotation marks doing the head's work, when it is told or sent something («ل», «ب»
    glued to the mark) or heads a line as its byline. Quoted words no other mention covers
    are the outlet when exactly one KB outlet is named by an ``outlet_heads`` noun and those
    words (as :func:`_quoted_outlet` does for a quoted place name). After a noun the
    quotation names that noun's thing («كتيبة "فارس"», a battalion), and after a verb it may
    be a word quoted («وتابع المشاهدون "العربية"»): both are left, as is the word without
    the marks («سبق» preceded, «الاقتصادية» economic). «ل» and «ب» say the outlet was told
    something only where its sentence reports words before them (:func:`_told_before`:
    «وقال مصدر لـ"الحياة"»), and only where the quotation ends the phrase
    (:func:`_phrase_goes_on`): «نعم لـ"الحياة" ولا للموت», «بـ"العربية" والإنجليزية»
    («in Arabic and English») and «بـ"اليوم" الوطني» name no outlet."""
    if not any(mark in text for mark in '"«“'):
        return []
    heads = load_settings().outlet_heads
    taken = SpanSet((m.start, m.end) for m in found)
    out: list[_Found] = []
    for match in _QUOTED_OUTLET.finditer(text):
        if taken.overlaps(*match.span(2)) or (match.group("told") and (
                _phrase_goes_on(text, match.end(), match.group(2), taken)
                or not _told_before(text, match.start()))):
            continue
        outlets = {entity_id for head in heads
                   for entity_id in kb.by_alias.get(f"{head} {match.group(2)}", ())
                   if (entity := kb.get(entity_id)) is not None and entity.category == "media"}
        if len(outlets) == 1:
            out.append(_Found(*match.span(2), outlets.pop(), "alias"))
    return out


def _told_before(text: str, start: int) -> bool:
    """Does the sentence before ``start`` hold a reporting verb or a noun of a statement or
    interview (``told_nouns``: «تصريح», «مقابلة»), proclitics allowed, as words told to
    an outlet need («وأكد مصدر لـ"الاقتصادية"», «في تصريح لـ«سبق»»)?"""
    told = _told_words()
    return any(_head_word(word, told) is not None
               for word in text[_sentence_opening(text, start):start].split() if word.isalpha())


def _sentence_opening(text: str, start: int) -> int:
    """Where the sentence holding ``start`` opens: after the last stop before it that no
    letter follows («المواطنة "ب.و" لـ"سبق"»: an initial's dot ends no sentence)."""
    at = start
    while at > 0:
        at -= 1
        if text[at] in _SENTENCE_STOPS and not text[at + 1:at + 2].isalpha():
            return at + 1
    return 0


@cache
def _told_words() -> frozenset[str]:
    """The reporting verbs' forms (``reporting_verbs.json``) and ``told_nouns``."""
    return frozenset(reporting_lexicon().verbs) | load_settings().told_nouns


def _phrase_goes_on(text: str, end: int, quoted: str, taken: SpanSet) -> bool:
    """Does the quotation ``quoted`` closing at ``end`` go on in the word after it: «و» and
    a word («بـ"العربية" والإنجليزية», «لـ"الحياة" ولا للموت») or a definite nisba agreeing
    with its last word that no mention covers («بـ"اليوم" الوطني»; a place's nisba,
    «"الحياة" اللندنية», is the paper's)? A noun after it is the sentence's subject («قال
    لـ"الاقتصادية" الدكتور…»), and a relative is no adjective («لـ"سبق" الذين…»)."""
    word = _next_word(text, end)
    if word[:1] == "و" and len(word) > 1:
        return True
    return _definite_plain(word) and word not in load_settings().name_closers and \
        _agrees(quoted.rsplit(" ", 1)[-1], word) and \
        not taken.overlaps(end + 1, end + 1 + len(word))


# «"جمعية عنيزة للتنمية والخدمات الإنسانية"»: a quotation of one to eight words (no figure,
# no punctuation), its first word a body's head noun or the word before it one
_QUOTED_BODY = re.compile(r"[\"«“]([^\W\d_]+(?: [^\W\d_]+){0,7})[\"»”]")


def _quoted_bodies(text: str, found: Sequence[_Found], kb: KnowledgeBase) -> list[_Found]:
    """«"جمعية عنيزة للتنمية والخدمات الإنسانية"», «"مؤسسة الشيخ علي بن عبدالله الجفالي
    الخيرية"»: a quotation that opens with a body's indefinite head noun in construct
    (``construct_org_heads``, ``complement_org_heads``: «جمعية», «مؤسسة», «مركز») is that
    body's full name, quoted as the press quotes a name it gives in full; the head makes
    it a body, and what NER or the KB found inside it (the founder, the town) stays nested.
    The head may stand right before the opening mark instead, indefinite, a proclitic
    allowed, any ``org_heads`` noun too («مؤسسة «عمار الخيرية»», «قناة «تشانيل نيوز
    اسيا»», «حزب "البديل من أجل ألمانيا"», the country nested): the quoted words are the
    body, named with its head; one quoted word only if no everyday word or KB alias
    (:func:`_quoted_names` links «حزب "الدعوة"» to the KB first). A noun of a body's members
    or parts (``member_heads``: «عناصر «القاعدة ودواعش»») heads no name.
    A KB name is left to the KB («"مجلس التعاون الخليجي"», and its opening words, a short
    form: «"مركز الملك سلمان"» of «مركز الملك سلمان للإغاثة»), and so is a quotation another
    mention covers whole or opens with («"جبهة النصرة سابقا"», «"جبهة النصرة والإرهابيين"»).
    A definite head («"الجمعية الخيرية"») is a description, and a head with a proclitic
    («"وجمعية"») no name's first word. So is a kind of body quoted as a charge, not a name
    (:func:`_described_body`: «"منظمة إرهابية"», «"شركة عالمية للأخبار الرقمية"»); a
    quotation whose indefinite last word a definite word after the closing mark completes
    («"مجلس شورى" الحزب»: the construct runs on, the quotation holds no whole name); and a
    quotation a title, slogan or nickname frame introduces (``quote_frames``: «لافتة "هيئة
    فاسدة"», «المسلسل "مركز الشرطة"», «لقب "جيش الرجل الواحد"»), before the quotation or
    before a head outside it («لقب حزب "الكنبة"»). A head that is as often a place or an act
    (``polysemous_heads``: «موقع», a site or a website; «إدارة», running or a department)
    heads a quotation outside it only where the quotation reads as a proper name, not as a
    description (:func:`_described`: «بموقع "الهجوم الكيمياوي"», «بإدارة "فرق الموت"»)."""
    if not any(mark in text for mark in '"«“'):
        return []
    settings = load_settings()
    heads = settings.construct_org_heads | settings.complement_org_heads
    heads_before = heads | settings.org_heads
    common = load_everyday_words().common
    ner_starts = {mention.start for mention in found if mention.how == "ner"}
    out = []
    for match in _QUOTED_BODY.finditer(text):
        start, end = match.span(1)
        quoted = match.group(1)
        at, before = _previous_word(text, match.start())
        head = _head_word(before, heads_before) if at >= 0 else None
        if len(quoted.split(" ")) > 1 and quoted.split(" ", 1)[0] in heads:
            if at >= 0 and _head_word(before, settings.quote_frames) is not None:
                continue
            name = quoted
        elif head is not None and not head[1] and head[2] not in settings.member_heads and (
                " " in quoted or (quoted not in common and quoted not in kb.by_alias)) and \
                _head_word(_previous_word(text, at)[1], settings.quote_frames) is None and \
                not (head[2] in settings.polysemous_heads and _described(quoted, common)):
            name = f"{head[2]} {quoted}"  # «مؤسسة «عمار الخيرية»»: the head outside
        else:
            continue
        words = name.split(" ")
        if name in kb.by_alias or quoted in kb.by_alias or name in _org_name_openings(kb) or \
                _described_body(words, common, kb) or any(
                    mention.start == start or (mention.start <= start and end <= mention.end)
                    for mention in found):
            continue
        if _adjective_after_head(words, kb) and \
                start + (0 if name != quoted else len(words[0]) + 1) not in ner_starts:
            continue
        after = _NEXT_WORD.match(text, match.end())
        if after is not None and not _definite(words[-1]) and _definite(after.group(1)):
            continue
        out.append(_Found(start, end, _new_name_id("org", name), "ner", "ORG"))
    return out


_NEXT_WORD = re.compile(r" ([^\W\d_]+)")  # the word right after a closing quotation mark


def _described(quoted: str, common: Container[str]) -> bool:
    """Do quoted words read as a description rather than a proper name? Two definite words
    or more (a definite noun and its adjectives: «"الهجوم الكيمياوي"», «"الخلية الإرهابية
    المتورطة"») or everyday words only («"فرق الموت"»); a name has a word of its own
    («"ميدل إيست آي"») or stands as one word («"المونيتور"»)."""
    words = quoted.split(" ")
    return len(words) > 1 and (all(word.startswith(_ARTICLE) for word in words)
                               or all(word in common for word in words))
# «عالمية», «متحالفة», «فاسدة»: an indefinite nisba in «ية», a participle in «م…ة» or «فاعلة»
_ADJECTIVE_IN_TA = re.compile(r"[^\W\d_]{2,}يه|م[^\W\d_]{2,}ه|[^\W\d_]ا[^\W\d_]{2}ه")


def _adjective_after_head(words: list[str], kb: KnowledgeBase) -> bool:
    """Is the word after a quoted head an indefinite adjective, so that the quotation
    describes a body («"شركة عالمية للأخبار الرقمية"», «"هيئة فاسدة لا تمثلنا"») rather
    than names one? Shaped as the adjective a body noun in «ة» takes (a nisba, a participle
    in «ة»: the shape :func:`_adjective_shaped` reads in place lists), no KB alias, no common
    given name (a body named after a woman: «"جمعية سامية للتنمية"», «"مؤسسة عائشة
    للتنمية"»; «فاطمة» has the shape of «فاعلة»), and not in construct with a definite noun
    after it: a verbal noun in «ية» heads a name's complement («"جمعية تنمية المرأة"»,
    «"جمعية حماية المستهلك"»)."""
    word = words[1]
    return _adjective_shaped(word) and _ADJECTIVE_IN_TA.fullmatch(word) is not None and \
        word not in kb.by_alias and word not in _given_names() and \
        not (len(words) > 2 and words[2].startswith(_ARTICLE))


@_per_kb
def _org_name_openings(kb: KnowledgeBase) -> frozenset[str]:
    """The opening words (two or more, short of the whole) of every KB organisation's names
    (per KB, cached)."""
    openings: set[str] = set()
    for alias, ids in kb.aliases():
        words = alias.split(" ")
        if len(words) > 2 and any(entity_id.startswith("org:") for entity_id in ids):
            openings.update(" ".join(words[:size]) for size in range(2, len(words)))
    return frozenset(openings)


def _described_body(words: list[str], common: Container[str], kb: KnowledgeBase) -> bool:
    """Do a quoted body head's words describe a kind of body rather than name one? An
    everyday indefinite adjective in «ة» after the head («منظمة إرهابية», «مجموعة كبيرة»,
    «… شديدة الخطورة»), a last word that is an indefinite everyday word («غرفة عمليات»: a
    name ends in a definite word or a proper one, «جبهة تحرير سوريا»), or a word with a
    pronoun suffix (:func:`_pronoun_suffixed`: «وفصائل متحالفة معها», «وغيرها»), which a
    name does not take («"جمعية أبها الخيرية"» is a name: Abha only ends like one). A word
    with «لل», «بال», «وال» is definite («للتنمية»)."""
    return any((not _definite(word) and word.endswith("ه") and word in common)
               or _pronoun_suffixed(word, kb) for word in words[1:]) or \
        (not _definite(words[-1]) and words[-1] in common)


def _definite(word: str) -> bool:
    """Does ``word`` carry the article, a proclitic or two before it allowed («الجمعية»,
    «والجمعية», «بالزلفي»; «للتنمية», whose «لل» took the article's alif)?"""
    return word.startswith(_ARTICLE) or word.startswith("لل") or \
        (word[:1] in "وفبكل" and (word[1:].startswith(_ARTICLE) or (
            word[1:2] in "بكل" and word[2:].startswith(_ARTICLE))))


def _quoted_name_heads(text: str, match: re.Match[str],
                       heads: frozenset[str]) -> list[tuple[str, str]]:
    """(the head's indefinite stem, the words between it and the quotation marks) for the
    word right before a quoted name and for the word before that one («وكالة أنباء
    "فارس"»); a dual in construct gives its singular («قناتي» → «قناه»)."""
    phrases = [(match.group(1), "")]
    before = _WORD_BEFORE_SPACE.search(text, max(0, match.start() - 40), match.start())
    if before is not None:
        phrases.append((before.group(1), f" {match.group(1)}"))
    stems = []
    for word, complement in phrases:
        head = _head_word(word, heads)
        stem = head[2] if head is not None and not head[1] else _dual_head(word, heads)
        if stem is not None:
            stems.append((stem, complement))
    return stems


_DUAL_ENDINGS = (("تي", "ه"), ("تا", "ه"), ("ي", ""), ("ا", ""))  # «قناتي», «حزبا»


def _dual_head(word: str, heads: frozenset[str]) -> str | None:
    """The singular stem of ``heads`` whose dual in construct ``word`` is, a proclitic
    allowed («قناتي», «وصحيفتا», «حزبي» → «قناه», «صحيفه», «حزب»); None for any other
    word. Indefinite only: the construct state has no article."""
    for ending, feminine in _DUAL_ENDINGS:
        if word.endswith(ending) and len(word) > len(ending) + 1:
            head = _head_word(word[:-len(ending)] + feminine, heads)
            if head is not None and not head[1]:
                return head[2]
    return None


def _bare_clubs(text: str, found: Sequence[_Found], kb: KnowledgeBase) -> list[_Found]:
    """A club written by the first word of its KB name alone, which the sports press does
    («الهلال» for «الهلال السعودي»), where the text says it is a team:

    - after a head of ``club_heads`` («فريق القادسية», «ناديي الهلال والنصر», «مدرب النصر»),
      a word that is no everyday word (after «فريق», «الشباب» is the youth side, «العمل» a
      work team);
    - in a pair joined by «و» («بين النصر والهلال») whose two words each open a club's name
      of one same country, in an article that links a sports club or federation by name
      elsewhere («الاتحاد السعودي لكرة القدم»): alone either word may be an everyday noun,
      and «الشرطة والجيش» in a war story is no derby.

    The club is that of the one country that has one (a pair: one of each word; the UAE's
    Al-Nasr has no Al-Hilal beside it); where several have, the one whose places the article
    names decides («فريق القادسية» in a story of Khobar is Saudi, not Kuwait's Qadsia), and
    none or two leave the word alone. Nisbas do not count: in a sports story they are the
    players' nationalities («المصري محمد عبدالشافي» plays for the Saudi «النادي الأهلي»),
    except a nisba right after a noun of ``league_nouns`` («الكرة السعودية», «كأس السوبر
    السعودي», «الدوري الكويتي»): that names the country whose football the story is about.
    A word already linked to its club is left as it is; a word another mention covers
    otherwise («الهلال الأحمر») is not read. Run before NER, whose bare spans («قادسية»)
    would make a new body of the club."""
    index = _clubs_by_first_word(kb)
    settings = load_settings()
    sports = any((entity := kb.get(m.entity_id)) is not None and entity.category in
                 ("sports_club", "sports_federation") for m in found)
    if not index or not (sports or any(head in text for head in settings.club_heads)):
        return []  # most articles: no team here, and no word to look at
    common = load_everyday_words().common
    named = {entity.country for m in found
             if (m.how != "adjective" or _clitic_free_head(
                 _previous_word(text, m.start)[1], settings.league_nouns))
             and (entity := kb.get(m.entity_id)) is not None
             and entity.type in ("GPE", "LOC") and entity.country}
    covering = {(m.start, m.end): m.entity_id for m in found if m.how != "adjective"}
    taken = SpanSet(covering)

    def club(countries: set[str], *words: str) -> tuple[str, ...] | None:
        if len(countries) > 1:
            countries &= named
        if len(countries) != 1:
            return None
        country = next(iter(countries))
        clubs = tuple(index[word][country] for word in words)
        return tuple(c[0] for c in clubs) if all(len(c) == 1 for c in clubs) else None

    words = list(_WORD.finditer(text))
    out: list[_Found] = []
    for at, one in enumerate(words):
        previous = words[at - 1] if at else None
        two = words[at + 1] if at + 1 < len(words) else None
        start = one.start() + (one.group() not in index and one.group()[:1] in "وفبك")
        first = text[start:one.end()]
        if first not in index:
            continue
        spans = [(start, one.end())]
        chosen = None
        second = two.group()[1:] if two is not None and two.group()[:1] == "و" and \
            text[one.end():two.start()] == " " else ""
        if sports and second != first and second in index and two is not None:
            spans.append((two.start() + 1, two.end()))
            chosen = club(index[first].keys() & index[second].keys(), first, second)
        if chosen is None and previous is not None and first not in common and \
                text[previous.end():start] == " " and \
                _clitic_free_head(previous.group(), settings.club_heads):
            spans = spans[:1]
            chosen = club(set(index[first]), first)
        if chosen is None or any(taken.overlaps(begin, end) and covering.get((begin, end))
                                 != entity_id for (begin, end), entity_id
                                 in zip(spans, chosen, strict=True)):
            continue
        for (begin, end), entity_id in zip(spans, chosen, strict=True):
            if not taken.overlaps(begin, end):
                out.append(_Found(begin, end, entity_id, "short_form"))
                taken.add(begin, end)
    return out


@_per_kb
def _clubs_by_bare_word(kb: KnowledgeBase) -> dict[str, frozenset[str]]:
    """Bare word → the KB clubs the sports press calls by it: the word after a ``club_heads``
    noun of a club's name («نادي الخليج» → «الخليج»), or the first word before the nisba of a
    two-word name («الهلال السعودي» → «الهلال»), over names and aliases (per KB, cached)."""
    heads = load_settings().club_heads
    index: dict[str, set[str]] = {}
    for entity in kb.entities.values():
        if entity.category != "sports_club":
            continue
        for name in (entity.name_ar, *entity.aliases_ar):
            words = normalize(name).split()
            if len(words) >= 2 and words[0] in heads:
                words = words[1:]
            if len(words) == 1 or (len(words) == 2 and words[1].endswith("ي")):
                index.setdefault(words[0], set()).add(entity.id)
    return {word: frozenset(ids) for word, ids in index.items()}


def _club_story_regions(text: str, found: list[_Found], kb: KnowledgeBase) -> list[_Found]:
    """«فريق الخليج لكرة القدم» … «وتعاقد الخليج مع المهاجم»: in a story that names a club
    (by a longer KB name, «نادي الخليج», or its bare word after a ``club_heads`` noun,
    «فريق الخليج», when one KB club has that word), every bare mention of the word linked to a
    region of no country (the Gulf) is the club: the sports press names its team once and its
    bare word after, one sense per story. Only a region: a city of the same word stays the city
    (a match is played in «الرياض»), and so does the region after a place head («منطقة
    الخليج») or inside a longer KB name («دول الخليج»). Its limit: a noun that governs the
    region in construct («حرب الخليج», «كأس الخليج», «بأمن الخليج») is not told from one that
    governs the club («رئيس الخليج», «إدارة الخليج»), so in such a story the region goes to
    the club too. Only the words of such region mentions are looked for in the text: most
    articles have none and cost one pass over their mentions."""
    index = _clubs_by_bare_word(kb)
    place_heads = load_settings().place_heads
    regions: dict[int, str] = {}  # id of a bare region mention → its word, a club's bare word
    for mention in found:
        entity = kb.get(mention.entity_id)
        word = text[mention.start:mention.end]
        if word in index and mention.how != "adjective" and entity is not None and \
                entity.type == "LOC" and entity.category == "region" and not entity.country \
                and _head_before(text, mention.start) not in place_heads:
            regions[id(mention)] = word
    if not regions:
        return found
    words = set(regions.values())
    heads = load_settings().club_heads
    named: dict[str, set[str]] = {}  # bare word → clubs the story names
    for mention in found:
        entity = kb.get(mention.entity_id)
        if entity is not None and entity.category == "sports_club" and \
                " " in text[mention.start:mention.end]:
            for word in words:
                if entity.id in index[word]:
                    named.setdefault(word, set()).add(entity.id)
    for match in _WORD.finditer(text):
        ids = index.get(match.group()) if match.group() in words else None
        if ids is not None and len(ids) == 1 and \
                _clitic_free_head(_previous_word(text, match.start())[1], heads):
            named.setdefault(match.group(), set()).update(ids)
    out: list[_Found] = []
    for mention in found:
        clubs = named.get(regions.get(id(mention), ""), set())
        if len(clubs) == 1:
            mention = replace(mention, entity_id=next(iter(clubs)), how="short_form")
        out.append(mention)
    return out


def _clitic_free_head(word: str, heads: Container[str]) -> bool:
    """``word`` is one of ``heads``, bare or after a proclitic («لفريق», «وناديي»)."""
    return word in heads or any(word[segmentation.stem_start:] in heads
                                for segmentation in candidates(word))


def _construct_noun(hit: GazetteerHit, text: str, kb: KnowledgeBase) -> bool:
    """Is a one-word name an everyday noun in construct with the definite noun after it
    («أعماق الكارثة», the depths of the catastrophe; «قنوات الري», irrigation canals; «في مشهد
    المنولوج», in the monologue's scene: no Mashhad), or an adjective that governs one so
    («خالص الاحترام», sincere respect: no Khalis)? A head word before it («وكالة أعماق»),
    quotation marks, or a KB nisba after it («مشهد الإيرانية»: an adjective describes the
    city, no genitive) make it the name."""
    surface = text[hit.start:hit.end]
    if " " in surface or surface not in _span_words().construct_nouns:
        return False
    following = _next_word(text, hit.end)
    if not following.startswith(_ARTICLE) or text[hit.start - 1:hit.start] in _QUOTE_MARKS - {" "}:
        return False
    if _kb_nisba(following, kb):
        return False  # «إلى مشهد الإيرانية»: a place's nisba describes the name, the city
    head = _head_before(text, hit.start)
    settings = load_settings()
    if head in _RELATIONS:
        return True  # «قرب قنوات الري»: near, not a head noun naming the place
    return head not in settings.place_heads and head not in settings.org_heads


def _in_compound_noun(hit: GazetteerHit, text: str) -> bool:
    """Is a definite name the second half of a compound noun whose first word
    (``compound_first_words``) stands right before it? «شبه الجزيرة» is a peninsula, not Al
    Jazeera; «شبه الرسمية» is semi-official. Only a definite name: the first word governs it
    as the head of a construct, and an indefinite word after «شبه» is the preposition-like
    "like" («شبه جزيرة سيناء» is left to the longer name)."""
    first = load_settings().compound_first_words
    if not first or not text.startswith(_ARTICLE, hit.start) or \
            (hit.start > 0 and text[hit.start - 1].isalpha()):
        return False
    return _previous_word(text, hit.start)[1] in first


# Place "heads" that only say where («قرب», «شمال»): they type a name, never make one.
_RELATIONS = frozenset(normalize(w) for w in (
    "قرب", "محيط", "أطراف", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي"))


def _conjunction_after_preposition(hit: GazetteerHit, text: str) -> bool:
    """A hit whose word opens with «و» or «ف» read as a conjunction, right after one of
    ``conjunction_free_prepositions``: a preposition governs the noun right after it, and no
    conjunction stands between them, so the letter is the word's own and the alias is a
    piece of another word: «قبل المغادرة إلى فارنا» is Varna, not «ف» + «إرنا» (IRNA). «من
    وإلى دمشق» keeps Damascus: the conjunction there is on the second preposition."""
    start = hit.start
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    return _conjunction_misread(text[start:hit.start], _previous_word(text, start)[1])


def _conjunction_misread(proclitic: str, previous: str) -> bool:
    """Would ``proclitic`` be read as the conjunction «و» or «ف» right after ``previous``, one
    of ``conjunction_free_prepositions``, where no conjunction stands
    (:func:`_conjunction_after_preposition`)?"""
    return proclitic[:1] in _CONJUNCTION_LETTERS and \
        previous in load_settings().conjunction_free_prepositions


_CONJUNCTION_LETTERS = frozenset("وف")


def _in_person_chain(hit: GazetteerHit, text: str, kb: KnowledgeBase,
                     ner_spans: Sequence[_NerSpan]) -> bool:
    """A KB place of more than one word inside a NER person span, right after a common given
    name and before more of the span, is a part of that person's name chain: «الشيخ سلمان
    صباح السالم الحمود الصباح» names a man, not the Kuwaiti district Sabah al-Salem (one-word
    places after a given name are :func:`_after_person_word`'s). States and cities of a
    million are left alone, as there: «سلطان عمان قابوس» is Oman's sultan, whatever NER spans."""
    entity = kb.get(hit.ids[0])
    if entity is None or entity.type not in ("GPE", "LOC", "FAC") or hit.kind == "adjective" or \
            entity.category == "state" or (entity.population or 0) >= _BIG_CITY or \
            " " not in text[hit.start:hit.end] or \
            (hit.start > 0 and text[hit.start - 1].isalpha()):
        return False
    at, word = _previous_word(text, hit.start)
    if word not in _given_names() or word in load_everyday_words().common:
        return False
    return any(span.type == "PER" and span.start <= at and hit.end < span.end
               for span in ner_spans)


@cache
def _time_words() -> frozenset[str]:
    """Weekdays, «اليوم» and «الليلة»: adverbs of time that may stand between a verb and its
    subject, or follow a name as the news day."""
    weekdays = load_json("time_lexicon.json")["weekdays"]
    return frozenset(normalize(w) for w in (*weekdays, "اليوم", "الليلة"))


def _in_titled_name(hit: GazetteerHit, text: str, kb: KnowledgeBase) -> bool:
    """A place name (not a state) right after the noun of an institute, a newspaper or a
    broadcaster is that body's name, not the place: «معهد الشرق الأوسط», «صحيفة الشرق
    الأوسط», «إذاعة دمشق». A quoted one is `_quoted_title`'s."""
    entity = kb.get(hit.ids[0])
    if entity is None or entity.type not in ("GPE", "LOC", "FAC") or \
            entity.category == "state" or hit.kind == "adjective" or \
            (hit.start > 0 and text[hit.start - 1].isalpha()):
        return False
    word = _previous_word(text, hit.start)[1]
    if not word:
        return False
    heads = load_settings().name_title_heads
    return _clitic_free_head(word, heads)


def _park_namesake(hit: GazetteerHit, text: str, kb: KnowledgeBase) -> bool:
    """Is a KB place whose name opens with a person title («الشيخ زايد», a town) the man a
    park or garden right before it (``park_heads``) is named after? «متنزه الشيخ زايد» in
    Taiz is no Egyptian town: parks bear their founders' and rulers' names, and
    :func:`_named_institutions` makes the park. A place after its own head («مدينة الشيخ
    زايد», «حي الشيخ مقصود») stays."""
    entity = kb.get(hit.ids[0])
    if entity is None or entity.type not in ("GPE", "LOC") or hit.kind == "adjective" or \
            (hit.start > 0 and text[hit.start - 1].isalpha()):
        return False
    settings = load_settings()
    if text[hit.start:hit.end].split(" ")[0] not in settings.person_titles:
        return False
    word = _previous_word(text, hit.start)[1]
    return bool(word) and _clitic_free_head(word, settings.park_heads)


def _after_name_part_head(hit: GazetteerHit, text: str, kb: KnowledgeBase) -> bool:
    """Session 16: a one-word place name right after a noun of a natural feature that opens a
    name («تل», «نهر», «جبل»: ``name_part_heads``) is part of another place's name: «تل واسط»
    (a village of Hama) is not Wasit, «نهر ديالى» not the governorate. Rivers, mountains and
    regions are what the noun describes («نهر الفرات», «جبال قنديل») and stay, and so do
    states («صحراء العراق», «بحر عمان»)."""
    entity = kb.get(hit.ids[0])
    if entity is None or entity.type not in ("GPE", "LOC", "FAC") or hit.kind == "adjective" or \
            entity.category in ("natural_feature", "region", "state") or \
            " " in text[hit.start:hit.end] or (hit.start > 0 and text[hit.start - 1].isalpha()):
        return False
    word = _previous_word(text, hit.start)[1]
    heads = load_settings().name_part_heads
    return bool(word) and (  # «وتل»: the splitter leaves a two-letter stem on
        (word[0] in _SHORT_PROCLITICS and word[1:] in heads)
        or any(word[s.stem_start:] in heads for s in candidates(word)))


_SHORT_PROCLITICS = frozenset("وفب")


def _after_metaphor_head(hit: GazetteerHit, text: str, kb: KnowledgeBase) -> bool:
    """Session 17: a one-word KB name right after a noun that opens the figurative name of a
    force, an operation or a campaign (``metaphor_name_heads``: «درع», «غصن», «عاصفة») is part
    of that longer name: «قوات درع الجزيرة» (the Gulf states' Peninsula Shield) is not the
    channel, «درع الفرات» not the river. States and people stay («درع السودان» is rare, and a
    person after «سيف» is a name of his own)."""
    entity = kb.get(hit.ids[0])
    if entity is None or entity.type == "PER" or hit.kind == "adjective" or \
            entity.category == "state" or " " in text[hit.start:hit.end] or \
            (hit.start > 0 and text[hit.start - 1].isalpha()):
        return False
    word = _previous_word(text, hit.start)[1]
    heads = load_settings().metaphor_name_heads
    return bool(word) and (word in heads or (word[0] in _SHORT_PROCLITICS and word[1:] in heads))


_HAMZA_ALEFS = frozenset("أإآ")


def _wa_before_hamza_word(hit: GazetteerHit, view: NormalizedText, kb: KnowledgeBase) -> bool:
    """Session 17: a one-word alias that starts with «و», written with a hamza-seated alef
    right after the «و» that none of its spellings has, is the conjunction and a word of its
    own, when a next word goes on in the same phrase: «وأم قريات» (and Umm Qurayyat) is not
    «وام», the Emirates news agency. Folding «أ» into «ا» made the match. Sets 87-92: so is
    such a word between two commas, a member of a list of words («كل أب، وأم، وأخ»: and
    mother); without the hamza («رويترز، وام، الأناضول») the agency stays."""
    key = view.text[hit.start:hit.end]
    if not key.startswith("و") or " " in key or len(key) < 3:
        return False
    start, end = view.to_original(hit.start, hit.end)
    written = strip_marks(view.original[start:end])
    if len(written) < 3 or written[1] not in _HAMZA_ALEFS:
        return False
    if any(len(form) > 1 and form[1] in _HAMZA_ALEFS
           for form in _alias_spellings(kb, hit.ids[0], key)):
        return False
    rest = view.original[end:end + 2]
    return (len(rest) == 2 and rest[0] == " " and rest[1].isalpha()) or (
        rest[:1] == "،" and view.original[max(0, start - 2):start] == "، ")


def _quoted_place(hit: GazetteerHit, text: str, kb: KnowledgeBase) -> bool:
    """A place name (not a state, not a nisba) alone between quotation marks."""
    entity = kb.get(hit.ids[0])
    return entity is not None and entity.type in ("GPE", "LOC", "FAC") and \
        entity.category != "state" and hit.kind != "adjective" and hit.start >= 2 and \
        text[hit.start - 1] in _QUOTES and text[hit.end:hit.end + 1] in _QUOTES


def _quoted_outlet(hit: GazetteerHit, text: str, kb: KnowledgeBase) -> GazetteerHit:
    """A place name alone between quotation marks is the outlet when the KB has exactly one
    newspaper or channel named by an outlet's head noun and that name: the press quotes
    its own and other papers' names («لـ«الشرق الأوسط»», «وتسلمت «الشرق الأوسط» نسخة
    منه», «ل"الرياض"»: Asharq Al-Awsat and Al Riyadh, never the region or the city), and
    writes a place in quotation marks almost never. States are left (a quoted «سوريا» is
    the country, not Syria TV), and so are places with no such outlet («مخيم "عين
    عيسى"»)."""
    if not _quoted_place(hit, text, kb):
        return hit
    name = text[hit.start:hit.end]
    outlets = {entity_id for head in load_settings().outlet_heads
               for entity_id in kb.by_alias.get(f"{head} {name}", ())
               if (entity := kb.get(entity_id)) is not None and entity.category == "media"}
    if len(outlets) != 1:
        return hit
    return replace(hit, ids=(outlets.pop(),), kind="alias")


def _foreign_outlet(hit: GazetteerHit, text: str, kb: KnowledgeBase) -> bool:
    """Is the hit a paper's or channel's short alias followed (a closing quotation mark
    between allowed) by the nisba of another state than the outlet's? The press names a
    foreign outlet by its name and its country's adjective (:func:`_nisba_of`), so an
    adjective of another country says the name is another outlet's: «موقع "سكاي نيوز"
    البريطاني» is the British Sky News, not Sky News Arabia (Abu Dhabi), while «سكاي نيوز
    عربية» and «الجزيرة القطرية» stay. Only aliases: an outlet's own name is its own; and only
    an alias named as an outlet, between quotation marks or after an ``outlet_heads`` noun
    («قناة», «موقع»): many are everyday words or places too («في الجزيرة السورية» is Syria's
    Jazira region, no channel)."""
    if hit.kind != "alias":
        return False
    entity = kb.get(hit.ids[0])
    if entity is None or entity.category != "media" or not entity.country:
        return False
    end = hit.end
    while end < len(text) and text[end] in _CLOSING_QUOTES:
        end += 1
    if end == hit.end and text[hit.start - 1:hit.start] not in _OPENING_QUOTES:
        heads = load_settings().outlet_heads
        head = _previous_word(text, hit.start)[1]
        if not any(head[s.stem_start:] in heads for s in candidates(head)):
            return False
    return _other_state_nisba(_next_word(text, end), entity.country, kb)


def _other_state_nisba(word: str, country: str, kb: KnowledgeBase) -> bool:
    """Is ``word`` a definite nisba of a state other than ``country``'s («البريطاني» after a
    name of the Emirates' outlet)? A body's name and the adjective of another country name
    that country's body of the name, not the KB's."""
    return word.startswith(_ARTICLE) and not _nisba_of(word, country, kb) and any(
        kb.alias_kind(word, other) == "adjective" and (state := kb.get(other)) is not None
        and state.category == "state" for other in kb.by_alias.get(word, ()))


def _foreign_state_body(hit: GazetteerHit, text: str, kb: KnowledgeBase) -> bool:
    """Sets 95-97: a KB party, state force or government body (``state_body_categories``: one
    state's own) named and followed by the definite nisba of another state is that other
    state's body of the same name, a new one: «الحزب الديمقراطي الكردستاني الإيراني» is the
    Iranian KDPI, not the Iraqi KDP; «قوات النظام التركي» are Turkey's forces, not the Syrian
    army; «الشرطة الاتحادية الألمانية» is Germany's, not Iraq's federal police. The same
    test as :func:`_foreign_outlet`'s, for bodies a state owns. Left alone: the nisba of the
    body's own state («حزب الله اللبناني», «القوات الحكومية السورية») or joined to it by «و»
    («القوات الحكومية العراقية والسورية»: both states' forces), an alias the KB also gives a
    body of the nisba's state («العدالة والتنمية المغربي», the PJD, not the AKP), an adjective
    word that is part of the body's own name, and bodies no state owns or that act abroad
    (``political_militia``: «ميليشيات الحوثي الإيرانية» is the Houthis called Iranian-backed;
    a company, a club, a facility: «قاعدة حميميم الروسية»)."""
    if hit.kind == "adjective":
        return False
    entity = kb.get(hit.ids[0])
    if entity is None or not entity.country or \
            entity.category not in load_settings().state_body_categories:
        return False
    word = _next_word(text, hit.end)
    if word in _own_name_words(entity) or not _other_state_nisba(word, entity.country, kb):
        return False
    # «العدالة والتنمية المغربي»: the alias is also a body of the nisba's state (the PJD)
    if any((other := kb.get(entity_id)) is not None and _nisba_of(word, other.country, kb)
           for entity_id in hit.ids[1:]):
        return False
    # «القوات الحكومية العراقية والسورية»: the two states' forces, the body's own among them
    after = _next_word(text, hit.end + 1 + len(word))
    return not (after.startswith("و") and _nisba_of(after[1:], entity.country, kb))


def _quoted_title(hit: GazetteerHit, text: str, kb: KnowledgeBase) -> bool:
    """A place name (not a state) alone between quotation marks after «لـ» or after the noun
    of a newspaper, channel, film or programme is that title, not the place («صحيفة "الشرق
    الأوسط"», «لـ«الشرق الأوسط»», «فيلمها "صوفيا"»); «مخيم "عين عيسى"» stays a place."""
    if not _quoted_place(hit, text, kb):
        return False
    if text[hit.start - 2] == "ل" and (hit.start < 3 or not text[hit.start - 3].isalpha()):
        return True  # «لـ"X"»: said to X
    settings = load_settings()
    heads = settings.org_heads | settings.work_heads
    word = _previous_word(text, hit.start - 1)[1]
    return any(word[s.stem_start:] in heads for s in candidates(word)) if word else False


@dataclass(slots=True, frozen=True)
class _SpanWords:
    end_words: frozenset[str]  # verbs and prepositions cut off a person span's end
    lead_descriptors: frozenset[str]  # «سني» in «وسني صالح المطلق»
    construct_nouns: frozenset[str]  # «أعماق» in «أعماق الكارثة»
    given_roles: frozenset[str]  # words the person-name lexicon knows as given names


# The person-name lexicon's two commonest bands of given names, and with its surnames.
_GIVEN_NAME_BANDS = ("given:3", "given:4")
_NAME_BANDS = (*_GIVEN_NAME_BANDS, "surname:3", "surname:4")


def _common_given_name(roles: Iterable[str]) -> bool:
    """Whether the lexicon roles of a word put it in one of the commonest given-name bands."""
    return any(role in _GIVEN_NAME_BANDS for role in roles)


@cache
def _span_words() -> _SpanWords:
    """Pass 6 word lists of ``linking.json`` (see its ``spans_about``), with the reporting
    verbs' forms less those the person-name lexicon ranks as common names («طالب», «يرين»)."""
    settings = load_settings()
    names = read_person_names()
    verbs = {form for form in reporting_lexicon().verbs
             if not any(role in _NAME_BANDS for role in names.get(form, ()))}
    return _SpanWords(
        end_words=settings.span_end_words | frozenset(verbs),
        lead_descriptors=settings.span_lead_descriptors,
        construct_nouns=settings.construct_nouns,
        given_roles=frozenset(key for key, roles in names.items()
                              if any(role.startswith("given:") for role in roles)),
    )


@cache
def _given_names() -> frozenset[str]:
    """The person-name lexicon's common given names (its top frequency band)."""
    return frozenset(key for key, roles in read_person_names().items() if "given:4" in roles)


@cache
def _top_given_names() -> frozenset[str]:
    """The person-name lexicon's given names of its two top frequency bands (given:3, given:4)."""
    return frozenset(key for key, roles in read_person_names().items()
                     if "given:3" in roles or "given:4" in roles)


def _full_person_names(text: str, hits: Sequence[GazetteerHit], kb: KnowledgeBase,
                       ner_spans: Sequence[_NerSpan]) -> list[tuple[int, str, str]]:
    """(start, last word, owner) of every person named in full in the article: KB people by
    id, names only NER found by their words."""
    names: list[tuple[int, str, str]] = []
    for hit in hits:
        entity = kb.get(hit.ids[0])
        words = text[hit.start:hit.end].split()
        if entity is not None and entity.type == "PER" and len(words) >= 2:
            names.append((hit.start, words[-1], entity.id))
    known = SpanSet((h.start, h.end) for h in hits)
    for span in ner_spans:
        words = text[span.start:span.end].split()
        if span.type == "PER" and len(words) >= 2 and not known.overlaps(span.start, span.end):
            names.append((span.start, words[-1], " ".join(words)))
    return names


def _lone_surnames_checked(hits: list[GazetteerHit], text: str, kb: KnowledgeBase,
                           ner_spans: Sequence[_NerSpan]) -> list[GazetteerHit]:
    """A one-word alias of a person is that person unless the article names someone else by
    it: the nearest full name ending in the word (the one before it, else the first after)
    must be this person's («مخلوف» after «حسين مخلوف» is not Rami Makhlouf). None after
    «بن»/«المدعو» either: that word is a father's name or a nickname."""
    if not any(hit.ids[0].startswith("per:") and " " not in text[hit.start:hit.end]
               for hit in hits):
        return hits
    names = _full_person_names(text, hits, kb, ner_spans)
    full_named = {hit.ids[0] for hit in hits if " " in text[hit.start:hit.end]}
    kept: list[GazetteerHit] = []
    for hit in hits:
        entity = kb.get(hit.ids[0])
        alias = text[hit.start:hit.end]
        if entity is None or entity.type != "PER" or " " in alias:
            kept.append(hit)
            continue
        if _previous_word(text, hit.start)[1] in load_settings().not_name_before or \
                _another_persons_surname(hit.start, hit.end, text, entity, ner_spans,
                                         entity.id in full_named) or \
                (entity.id not in full_named
                 and _another_persons_given_name(hit, text, entity, ner_spans)) or \
                _place_dual_construct(hit, text, kb) or \
                not _noun_alias_corroborated(hit, text, kb, entity, hits):
            continue
        same = [(start, owner) for start, last, owner in names if last == alias]
        before = [item for item in same if item[0] < hit.start]
        nearest = before[-1] if before else (same[0] if same else None)
        if nearest is None or nearest[1] == entity.id:
            kept.append(hit)
    return kept


def _place_dual_construct(hit: GazetteerHit, text: str, kb: KnowledgeBase) -> bool:
    """Analyst set 77: a person's one-word alias that is also the dual in construct of a place
    head noun (:func:`_dual_head`: «ولايتي» of «ولاية», Velayati's name) is that noun when
    what follows is the two places it governs: a word and a «و»-joined one, neither an
    everyday word nor a KB person, both KB places or governed by a locative word before the
    alias («في كل من ولايتي كندوز وبدخشان», Afghan provinces the KB lacks). One place is the
    man's object («وزار ولايتي بيروت والتقى»: a verb after «و», and the everyday lexicon lists
    few verbs), everyday words his topic («وبحث ولايتي التطورات والأوضاع»), and a KB person
    after it his interlocutor («التقى ولايتي لافروف وبحث»)."""
    alias = text[hit.start:hit.end]
    if (hit.end < len(text) and text[hit.end].isalpha()) or \
            _dual_head(alias, load_settings().place_heads) is None:
        return False
    following = _next_word(text, hit.end)
    after = _next_word(text, hit.end + 1 + len(following))
    second = after[1:]
    common = load_everyday_words().common
    if not following or not after.startswith("و") or len(second) < 2 or \
            following in common or second in common or after in common:
        return False
    kinds = [[e for entity_id in kb.by_alias.get(word, ()) if (e := kb.get(entity_id))]
             for word in (following, second)]
    if any(e.type == "PER" for entities in kinds for e in entities):
        return False
    return all(any(e.type in PLACE_TYPES for e in entities) for entities in kinds) or \
        _previous_word(text, hit.start)[1] in load_settings().locative_words


def _own_name_words(entity: KBEntity) -> frozenset[str]:
    """Every word of the person's Arabic name and aliases, normalised."""
    return frozenset(word for surface, _ in entity.surfaces()
                     for word in normalize(surface).split())


def _another_persons_surname(begin: int, end: int, text: str, entity: KBEntity,
                             ner_spans: Sequence[_NerSpan], named_in_full: bool,
                             short_form: bool = False) -> bool:
    """Session 16: a one-word person alias (or a surname short form) at ``begin:end`` that the
    text gives another given name is another man's surname: «فالح العيساوي» is not Abu Yasser
    al-Issawi, «حافظ الأسد» not Bashar. Another given name: the word right before the alias
    (nothing glued to it, the first of a chain with «بن») is in one NER person span with the
    alias, is a given name of the person-name lexicon or a word the corpus vocabulary does not
    know, and is no everyday word, no title and no word of the person's own names («طالب
    ترامب», demanded, is a verb NER left out). A word only NER puts there, no given name of
    the lexicon, does not count when the article names the person in full elsewhere («بايع
    البغدادي»). Analyst set 17: before a ``short_form`` (a surname only inferred from the
    person's full name earlier in the article) a common given name of the lexicon's top band
    counts without NER too: NER often leaves a relative's name untagged («مع نور التميمي»
    after «عهد التميمي», the cousin). Not before a one-word KB alias («ترامب», «أردوغان»):
    that curated surname outweighs a word the band shares with everyday Arabic («يا سيد
    ترامب», «عمر أردوغان في الحكم», «ولد سليماني»)."""
    if begin > 0 and text[begin - 1].isalpha():
        return False
    start, word = _previous_word(text, begin)
    while word and start > 0:  # «عادل بن أحمد الجبير»: the given name opens the chain
        at, particle = _previous_word(text, start)
        if particle not in _PATRONYMIC or at <= 0:
            break
        start, word = _previous_word(text, at)
    if not word or word in _PATRONYMIC or word in _FAMILY or word in _GLUED_PARTICLES:
        return False
    settings = load_settings()
    own = _own_name_words(entity)
    if word in settings.person_titles or word in settings.title_words or \
            word in load_everyday_words().common or \
            any(_spelled_like(word[s.stem_start:], own) for s in candidates(word)):
        return False  # «لمائير داغان» for «مئير داغان»
    if word not in _span_words().given_roles and (
            word in _known_words() or word.endswith(_PLURAL_VERB_ENDING) or named_in_full):
        return False  # «أبلغوا ترامب», «بايع البغدادي»: a verb NER glued on
    return (short_form and word in _given_names()) or any(
        span.type == "PER" and span.start <= start and end <= span.end for span in ner_spans)


def _another_persons_given_name(hit: GazetteerHit, text: str, entity: KBEntity,
                                ner_spans: Sequence[_NerSpan]) -> bool:
    """Analyst set 14: a one-word person alias that opens a longer NER person name is another
    man's given name, the mirror of :func:`_another_persons_surname`: «رينارد ستامب» (a coach)
    is not Hervé Renard («رينارد»). The word after the alias must be in the same NER span, be
    no word of the person's own names («ترامب جونيور» is his family) and no word the corpus
    vocabulary or the everyday list knows, bare or without a final «ا» or possessive suffix
    («بولسونارو محمولا», «بومبيو نظراءه»: NER ran on into a word). The article must not use
    the alias alone anywhere else, nor name the person in full (the caller's check): after
    «جيمس ماتيس» or a lone «ماتيس», «ماتيس سخر» is NER running on into a verb."""
    if hit.end < len(text) and text[hit.end].isalpha():
        return False
    word = _next_word(text, hit.end)
    if not word or word in _PATRONYMIC or word in load_everyday_words().common:
        return False
    settings = load_settings()
    bare = [word[:-len(suffix)] for suffix in (*settings.possessive_suffixes, "ا")
            if word.endswith(suffix) and len(word) > len(suffix) + 2]
    own = _own_name_words(entity)
    if any(cluster_key(form) in _known_words() or _spelled_like(form, own)
           for form in (word, *bare, *(word[s.stem_start:] for s in candidates(word)))):
        return False
    alias = text[hit.start:hit.end]
    if any(_next_word(text, at + len(alias)) != word for at in _occurrences(text, alias, 0)
           if (at == 0 or not text[at - 1].isalpha())
           and not text[at + len(alias):at + len(alias) + 1].isalpha()):
        return False
    return any(span.type == "PER" and span.start <= hit.start and hit.end < span.end
               and text.find(word, hit.end) < span.end for span in ner_spans)


def _spelled_like(word: str, names: frozenset[str]) -> bool:
    """Is ``word`` one of ``names`` or, four letters or more, one letter away from one (a
    transcription variant: «مائير»/«مئير»)?"""
    return word in names or (len(word) >= 4 and any(
        abs(len(name) - len(word)) <= 1 and Levenshtein.distance(word, name) <= 1
        for name in names))


_PLURAL_VERB_ENDING = "وا"  # «أبلغوا», «قالوا»: a plural verb, never an Arabic given name


def _noun_alias_corroborated(hit: GazetteerHit, text: str, kb: KnowledgeBase,
                             entity: KBEntity, hits: Sequence[GazetteerHit]) -> bool:
    """Session 16: a person's one-word alias that is a definite noun («الأسد», the lion;
    «الصدر», the chest) names the person only where the article backs it: the full name
    elsewhere (a longer surface of the same person), a title right before it («الرئيس
    الأسد»), or the person's country named in the article (Syria, «السوري», Damascus, a
    Syrian body). A nisba («المالكي») is a family name, not a noun, and needs none of this.
    The country does not back it in an article that writes the noun before a quoted name
    (:func:`_noun_named_in_quotes`): the article speaks of the thing itself there, and its
    country may be named for another reason (a column on the lion «سيسل» that names Syria)."""
    alias = text[hit.start:hit.end]
    if not alias.startswith(_ARTICLE) or alias.endswith(("ي", "يه")) or " " in alias:
        return True
    settings = load_settings()
    previous = _previous_word(text, hit.start)[1]
    titles = settings.titles
    if previous in titles or any(previous[s.stem_start:] in titles for s in candidates(previous)):
        return True
    for other in hits:
        if other.ids[0] == entity.id and " " in text[other.start:other.end]:
            return True
    if _noun_named_in_quotes(text, alias):
        return False  # «الأسد «سيسل»»: the article's lion, not Syria's president
    for other in hits:
        if entity.country and other.ids[0] != entity.id:
            known = kb.get(other.ids[0])
            if known is not None and known.type != "PER" and known.country == entity.country:
                return True
    return False


@lru_cache(maxsize=64)
def _noun_named_in_quotes(text: str, noun: str) -> bool:
    """Does the article write the definite noun ``noun`` (a proclitic allowed) right before a
    quoted name («الأسد «سيسل»», «القط "لاري"»)? A common noun puts the name of the one it
    speaks of in apposition in quotation marks; a person's name is not followed by another.
    The noun then reads as the noun throughout that article. Only inside a phrase (a word
    right before the noun: «أخبار الأسد «سيسل»»): a clause that opens with the name may
    quote its predicate («وأردوغان: الأسد "قاتل"»). The answer is one per article and noun,
    and every hit of the noun asks it: cached, so that the article is scanned once, not once
    per hit."""
    return re.search(rf"(?<=[^\W\d_] )[وفبلك]?{re.escape(noun)} [\"«“]", text) is not None


def _homonyms_checked(hits: list[GazetteerHit], text: str,
                      kb: KnowledgeBase) -> list[GazetteerHit]:
    """A one-word place name set among places of another country, in an article that never
    mentions its own country otherwise, is a namesake there: «بلدة صيدا في ريف درعا» and
    «وطفس وصيدا والمسيفرة» are the Syrian village, not Sidon. Among: followed by «في» + a
    place of another country, or between two places of one other country in a list. Capitals
    and cities of a million are left alone («بين دمشق وبيروت»). Analyst set 18: the name
    repeated is no other mention of its country (the country counts distinct entities, so
    «الناصرية» twice in a Qalamoun story is still the Syrian town), and the last of a list
    whose two members before it are places of one other country is a namesake too («من الرحيبة
    وجيرود والناصرية»), the mirror of the first of such a list."""
    places = [(hit, entity) for hit in hits
              if (entity := kb.get(hit.ids[0])) is not None and entity.type not in ("PER", "ORG")
              and entity.country]
    mentioned: dict[str, set[str]] = {}
    for _, entity in places:
        mentioned.setdefault(entity.country or "", set()).add(entity.id)
    dropped: set[int] = set()
    for index, (hit, entity) in enumerate(places):
        if entity.category in ("state", "governorate") or hit.kind == "adjective" or \
                (entity.population or 0) >= _BIG_CITY or " " in text[hit.start:hit.end] or \
                len(mentioned[entity.country or ""]) > 1:
            continue
        neighbours = [places[at] if 0 <= at < len(places) else None
                      for at in (index - 2, index - 1, index + 1, index + 2)]
        if _among_foreign_places(hit, entity, neighbours, text):
            dropped.add(id(hit))
    return [hit for hit in hits if id(hit) not in dropped]


_Place = tuple[GazetteerHit, KBEntity]


def _among_foreign_places(hit: GazetteerHit, entity: KBEntity,
                          neighbours: list[_Place | None], text: str) -> bool:
    """Whether the place at ``hit`` stands among places of one other country: followed by
    «في» + one, between two, or first or last of a list whose other two members are such
    places (``neighbours``: the two places before the hit and the two after, or None)."""
    earlier, before, after, later = neighbours

    def linked(left: _Place | None, right: _Place | None) -> bool:
        """Both places given, of one country other than the hit's, in one list."""
        return left is not None and right is not None and \
            left[1].country == right[1].country != entity.country and \
            _list_gap(text[left[0].end:right[0].start])

    joined_before = before is not None and _list_gap(text[before[0].end:hit.start])
    joined_after = after is not None and _list_gap(text[hit.end:after[0].start])
    if joined_after and after is not None and after[1].country != entity.country:
        if "في" in text[hit.end:after[0].start].split():
            return True  # «بلدة صيدا في ريف درعا»
        if joined_before and before is not None and before[1].country == after[1].country:
            return True  # «وطفس وصيدا والمسيفرة»
        if not joined_before and linked(after, later):
            return True  # «مستشفيات "صيدا والجيزة والمسيفرة"»: the list's first
    # «من الرحيبة وجيرود والناصرية»: the list's last
    return joined_before and not joined_after and linked(earlier, before)


_BIG_CITY = 1_000_000
_COUNTRY_CATEGORIES = frozenset({"state", "governorate", "city"})
_NAMED_SUPPORT = 1_000_000
_ACTOR_TYPES = frozenset({"PER", "ORG"})


def _context_aliases_resolved(hits: list[GazetteerHit], text: str, kb: KnowledgeBase,
                              publisher: str | None = None) -> list[GazetteerHit]:
    """Organisation homographs (``context_aliases`` in the KB) are linked by the article.

    «قوات التحالف» is the US-led coalition in a Syria or Iraq story and the Saudi-led one in
    a Yemen story; «الجيش الوطني» is a different army in Syria, Yemen and Libya; «STC» is a
    Saudi company or a Yemeni council. Each entity owning such an alias is supported by its
    full name (any other alias) elsewhere in the article, else by how many times its
    ``context_countries`` are mentioned there (the state, its nisba, a province or a city
    of it). The best-supported owner takes the hit when no other owner is as well
    supported; with no support, or a tie, the hit is dropped. A state owns one too
    («المملكة»: Saudi Arabia, Jordan, Morocco or Bahrain), and only as the country the
    article names most: the Saudi press calls its own country «المملكة» and may never name
    it, so a Saudi story that names Bahrain once is not about Bahrain. When its places do not
    tell, the article's people and organisations vote with them, by their KB country (a Saudi
    story names al-Jubeir and Jeddah, seldom «السعودية»); a nisba votes too, unless the
    article names a person of its country, whom it then only qualifies («نظيره المصري» is
    Shoukry, counted already), so a Saudi minister's talks with Egypt's are not an Egyptian
    story, while «وزير الخارجية الأردني» alone still speaks for Jordan. When these do not tell
    either, places and actors vote by name alone, no nisba: a Saudi story on Yemenis
    correcting their status says «اليمنيين» ten times and names King Salman twice and Yemen
    never, and its «المملكة» is Saudi Arabia; by name alone the kingdom must be named more
    than any other country, and no kingdom may be named by its nisba (Jordan's minister's
    «المملكة والسعودية» is Jordan's kingdom, which names cannot tell). A state's nisba right
    after the alias names the state itself («وزارة الداخلية التركية» is Turkey's ministry even
    in a story about Syria): only an owner bound to that state may take the hit. An alias
    written as a hashtag is read as the alias (:func:`_joined_surface`).

    When none of these tells (no support, or a tie), a state that owns the alias is the
    publisher's own state (:func:`_publisher_state`): a Saudi paper's «المملكة» in a story
    on a literary prize, on Yemenis correcting their status or on a border crossing that
    names no kingdom, or names Yemen as often as the kingdom, is Saudi Arabia. Only a state
    (an organisation's context alias is a different body in each story, whoever publishes
    it), and never against a nisba right after the alias.
    """
    surfaces = [_joined_surface(text, hit) for hit in hits]  # once per hit, for both loops
    if not any(surface in kb.context_aliases for surface in surfaces):
        return hits
    nisbas = {hit.start: hit.ids[0] for hit in hits if hit.kind == "adjective"}
    named: set[str] = set()
    countries: dict[str, int] = {}
    kingdom_votes: dict[str, int] = {}  # «المملكة» alone: places, actors, some nisbas
    nisbas_of: dict[str, int] = {}
    people_of: set[str] = set()
    for hit, surface in zip(hits, surfaces, strict=True):
        if surface in kb.context_aliases:
            continue
        named.add(hit.ids[0])
        entity = kb.get(hit.ids[0])
        if entity is None or not entity.country or entity.ambiguous:
            continue
        place = entity.category in _COUNTRY_CATEGORIES
        if place:
            countries[entity.country] = countries.get(entity.country, 0) + 1
        if place and hit.kind == "adjective":
            nisbas_of[entity.country] = nisbas_of.get(entity.country, 0) + 1
        elif place or entity.type in _ACTOR_TYPES:
            kingdom_votes[entity.country] = kingdom_votes.get(entity.country, 0) + 1
            if entity.type == "PER":
                people_of.add(entity.country)
    named_votes = dict(kingdom_votes)  # by name only: «اليمنيين» ten times names no Yemeni
    for country, count in nisbas_of.items():  # «نظيره المصري»: Shoukry, if he is named
        if country not in people_of:
            kingdom_votes[country] = kingdom_votes.get(country, 0) + count
    resolved: list[GazetteerHit] = []
    for hit, surface in zip(hits, surfaces, strict=True):
        owners = kb.context_aliases.get(surface)
        if owners is None:
            resolved.append(hit)
            continue
        if _generic_context_alias(surface, owners, kb):
            if _generic_alias_qualified(hit, text, kb):
                continue  # «التحالف الوطني», «هذا التحالف»: another alliance than the KB's
            if (named_owner := _owner_named_in_full(hit, text, hits, owners)) is not None:
                resolved.append(replace(hit, ids=(named_owner,)))
                continue  # «طيران التحالف الأمريكي» after «التحالف الدولي»: its short form
            if (opened := _opened_body(hit, text, hits, owners)) is not None:
                resolved.append(replace(hit, ids=(opened,)))
                continue  # «المقاومة» after «المقاومة الجنوبية»: its short form
        state = kb.get(nisbas.get(hit.end + 1, "")) if text[hit.end:hit.end + 1] == " " else None
        # the places first, then the actors too, then places and actors by name, no nisba
        for votes in (countries, kingdom_votes, named_votes):
            if votes is named_votes and _kingdom_by_nisba(hit, nisbas_of, kb):
                break  # «وزير الخارجية الأردني إن المملكة والسعودية…»: Jordan's, untold by name
            support: dict[str, int] = {}
            for entity_id in hit.ids:
                entity = kb.get(entity_id)
                if entity is None or (state is not None
                                      and state.country not in entity.context_countries):
                    continue
                if entity.category == "state":  # «المملكة»: the kingdom the article names most
                    mentions = votes.get(entity.country or "", 0)
                    top = max(votes.values(), default=0)
                    # by name alone, only a kingdom named more than any other country
                    alone = votes is not named_votes or sum(
                        count == top for count in votes.values()) == 1
                    support[entity_id] = mentions if mentions == top and alone else 0
                elif entity_id in named:
                    support[entity_id] = _NAMED_SUPPORT
                elif entity_id not in owners:  # an ordinary alias of this one
                    support[entity_id] = 1
                else:  # how often the article names its countries
                    support[entity_id] = _home_story_support(entity, surface, countries)
            best = max(support.values(), default=0)
            winners = [entity_id for entity_id, score in support.items() if score == best]
            if best and len(winners) == 1:
                resolved.append(replace(hit, ids=(winners[0],)))
                break
        else:
            home = _publisher_state(publisher, kb) if state is None else None
            if home is not None and home in hit.ids:
                resolved.append(replace(hit, ids=(home,)))
    return resolved


def _joined_surface(text: str, hit: GazetteerHit) -> str:
    """Sets 98-101: the hit's words with a hashtag's «_» (or a name's hyphen) between letters
    read as the space it stands for, as the gazetteer matched them. «#الجيش_الوطني» and
    «#قوات_التحالف» are the context aliases «الجيش الوطني» and «قوات التحالف»: read as
    written they were no context alias, so the hit linked the gazetteer's first owner
    unchecked (the Libyan army in a Taiz story, the anti-IS coalition for the Saudi-led one)
    and counted as that owner named in full, which then carried the article's other
    mentions of the alias with it."""
    return _NAME_JOIN.sub(" ", text[hit.start:hit.end])


def publisher_of(url: str | None) -> str | None:
    """The KB id of the outlet an article's address belongs to (``publisher_hosts``: the
    web host or a domain above it, «www.alwatan.com.sa» → al-Watan), or None."""
    if not url:
        return None
    host = (urlsplit(url if "//" in url else f"//{url}").hostname or "").lower()
    hosts = load_settings().publisher_hosts
    while host:
        if host in hosts:
            return hosts[host]
        host = host.partition(".")[2]
    return None


def _publisher_state(publisher: str | None, kb: KnowledgeBase) -> str | None:
    """The KB state (its id) of the publisher's country, or None."""
    outlet = kb.get(publisher) if publisher else None
    if outlet is None or not outlet.country:
        return None
    return _states_by_country(kb).get(outlet.country)


@_per_kb
def _states_by_country(kb: KnowledgeBase) -> dict[str, str]:
    """Country code → the id of its KB state, the first in the KB's order (per KB, cached:
    :func:`_publisher_state` is asked once per unresolved context hit, and scanning every
    entity each time cost a KB's length per hit)."""
    states: dict[str, str] = {}
    for entity in kb.entities.values():
        if entity.category == "state" and entity.country:
            states.setdefault(entity.country, entity.id)
    return states


def _publisher_self_names(text: str, found: Sequence[_Found], kb: KnowledgeBase,
                          publisher: str | None) -> list[_Found]:
    """«وقال لـ"الوطن"», «علمت "الوطن" من مصادر», «رصدت "الوطن"» in al-Watan's own story: a
    paper quotes its own short name (its KB name or alias without the ``outlet_heads`` noun
    and without its own state's nisba: «صحيفة الوطن السعودية» → «الوطن») between quotation
    marks, in any frame, and means itself. Only the publisher's: the KB cannot tell the
    Saudi «الوطن» from the Syrian one by the name, and the text cannot either, but the
    address the article came from can. Left alone: the name without the marks («حماة
    الوطن», the homeland), a quotation that goes on («"الوطن العربي"»: the marks must
    close on the name), one another mention covers, and one followed by another state's
    nisba («صحيفة «الوطن» السورية» in a Saudi paper is the Syrian one)."""
    outlet = kb.get(publisher) if publisher else None
    if outlet is None or outlet.category != "media" or not any(
            mark in text for mark in _OPENING_QUOTES):
        return []
    names = _outlet_short_names(outlet, kb)
    if not names:
        return []
    taken = SpanSet((m.start, m.end) for m in found if m.how != "adjective")
    out = []
    for match in _QUOTED_WORDS.finditer(text):
        start, end = match.span(1)
        if match.group(1) not in names or taken.overlaps(start, end):
            continue
        if outlet.country and _other_state_nisba(_next_word(text, match.end()),
                                                 outlet.country, kb):
            continue
        out.append(_Found(start, end, outlet.id, "alias"))
    return out


# one to three words between an opening and a closing quotation mark
_QUOTED_WORDS = re.compile(r"[\"«“„]([^\W\d_]+(?: [^\W\d_]+){0,2})[\"»”]")


def _outlet_short_names(outlet: KBEntity, kb: KnowledgeBase) -> frozenset[str]:
    """An outlet's names as the outlet writes itself: each KB name and Arabic alias
    (normalised) without a leading ``outlet_heads`` noun and without a trailing nisba of
    its own state («صحيفة الوطن السعودية» → «الوطن», «صحيفة عكاظ» → «عكاظ»)."""
    heads = load_settings().outlet_heads
    out = set()
    for name in (outlet.name_ar, *outlet.aliases_ar):
        words = normalize(name).split()
        if words and words[0] in heads:
            words = words[1:]
        if len(words) > 1 and any(
                (state := kb.get(other)) is not None and state.category == "state"
                and state.country == outlet.country for other in kb.by_alias.get(words[-1], ())):
            words = words[:-1]
        if words:
            out.add(" ".join(words))
    return frozenset(out)


def _generic_alias_qualified(hit: GazetteerHit, text: str, kb: KnowledgeBase) -> bool:
    """Does the text make a generic context alias (:func:`_generic_context_alias`) a common
    noun for another body than its KB owners? It does when a definite nisba follows it
    («التحالف الوطني», «التحالف العسكري الإقليمي», «المقاومة الإسلامية»: the article, two
    letters or more, «ي»; a state's nisba is the resolver's own check) or when a demonstrative
    points back to a body the article described («هذا التحالف»: the Nasr list, a new
    alliance). A feminine nisba after a masculine alias does not agree with it but with the
    noun that governs it («طائرات التحالف الحربية», «قوات التحالف البحرية»), and qualifies
    nothing of the alias. The alias is a common noun too where «بين» follows it (an alliance
    described by its members: «للتحالف بين الحوثيين وصالح», as :func:`_described_otherwise`
    reads a form without the article), where «مع» follows a verbal noun of reciprocal action
    (the form VI «تفاعل», «التحالف»: «نيته التحالف مع جهات» is allying with them; «المقاومة»
    is no such form) and where a noun of a field of work governs it (``activity_nouns``:
    «العاملة بمجال الدفاع المدني», as :func:`_national_bodies` reads the bare name). The alias
    is then dropped."""
    following = _next_word(text, hit.end)
    core = _alias_core(text[hit.start:hit.end])
    if following == _BETWEEN or (following == _WITH and _reciprocal_noun(core)):
        return True
    if following.startswith(_ARTICLE) and following.endswith(("ي", "يه")) and \
            len(following) >= len(_ARTICLE) + 3 and not (
                following.endswith("يه") and not core.endswith("ه")) and not any(
                (state := kb.get(other)) is not None and state.category == "state"
                for other in kb.by_alias.get(following, ())):  # «STC السعودية»: the resolver's
        return True  # «الذي», «الى» are no nisbas; «الحربيه» of «طايرات التحالف» no agreement
    settings = load_settings()
    at, before = _previous_word(text, hit.start)
    return before in settings.demonstratives or (
        at >= 0 and _head_word(before, settings.activity_nouns) is not None)


_WITH = normalize("مع")


def _reciprocal_noun(word: str) -> bool:
    """Is ``word`` (no article) a verbal noun of form VI, «تفاعل» (t, a root letter, a long
    «ا», two root letters: «تحالف», «تعاون»)? It names a reciprocal act, whose partner «مع»
    introduces; before «مع» it is the act, not a body named after it."""
    return len(word) == 5 and word[0] == "ت" and word[2] == "ا"


def _alias_core(surface: str) -> str:
    """A hit's surface without the article, or the «ل» left of «لل» («لدفاع المدني» of
    «للدفاع المدني»): the same alias however a proclitic took its article."""
    return surface.removeprefix(_ARTICLE) if surface.startswith(_ARTICLE) else \
        surface.removeprefix("ل")


def _owner_named_in_full(hit: GazetteerHit, text: str, hits: Sequence[GazetteerHit],
                         owners: frozenset[str]) -> str | None:
    """The one owner of a generic context alias that the article names by another of its
    names («التحالف الدولي», «المقاومة الشعبية»): the bare noun is its short form there,
    a state's nisba after it or not («طيران التحالف الأمريكي»), as the short-form rule read it
    before the alias was listed. None for none or two."""
    core = _alias_core(text[hit.start:hit.end])
    named: set[str] = set()
    for other in hits:
        mine = set(other.ids) & owners
        if len(mine) == 1 and _alias_core(text[other.start:other.end]) != core:
            named |= mine
    return named.pop() if len(named) == 1 else None


def _opened_body(hit: GazetteerHit, text: str, hits: Sequence[GazetteerHit],
                 owners: frozenset[str]) -> str | None:
    """The KB body, not an owner of the generic context alias, whose name the article
    writes and the alias opens («المقاومة» after «المقاومة الجنوبية», «التحالف» after «تحالف
    النصر»): the alias is its short form there, as it was before the alias was listed. None
    where an owner is named too («المقاومة الشعبية» beside «المقاومة الجنوبية»): the
    resolver's votes decide then."""
    core = _alias_core(text[hit.start:hit.end])
    if any(set(other.ids) & owners and _alias_core(text[other.start:other.end]) != core
           for other in hits):
        return None
    bare = core + " "
    return next((other.ids[0] for other in hits
                 if text[other.start:other.end].removeprefix(_ARTICLE).startswith(bare)
                 and not set(other.ids) & owners), None)


def _generic_context_alias(alias: str, owners: frozenset[str], kb: KnowledgeBase) -> bool:
    """Is a context alias of bodies a generic noun rather than a body's name: one word
    («التحالف», «المقاومة») or a ``home_story_aliases`` name («الدفاع المدني»), every owner an
    organisation? A person's or a place's one-word alias («المالكي», «عسير») is its name, and
    a nisba after it qualifies the noun before it («سياسات المالكي الطائفية», «مستشفى عسير
    المركزي»)."""
    return (" " not in alias or alias in _home_story_aliases()) and all(
        (entity := kb.get(owner)) is not None and entity.type == "ORG" for owner in owners)


def _home_story_support(entity: KBEntity, alias: str, countries: dict[str, int]) -> int:
    """How often the article's places name ``entity``'s ``context_countries``: the support
    of a context alias's owner that the article does not name otherwise. A generic name that
    every country or movement gives its own body (``home_story_aliases``: «المقاومة» is the
    Yemeni Popular Resistance in Aden and Hezbollah in Beirut, «الدفاع المدني» the White
    Helmets in Idlib and each state's own service elsewhere) names the KB's owner only in a
    story whose places name its countries more than any other country: one mention of Yemen
    in a Lebanese story is no Yemeni story. Other context aliases («المنطقة الشرقية», «حزب
    الإصلاح») name one body wherever they are written, and one mention of its country backs
    them (a Saudi story on Yemen names Yemen more than the kingdom it reports from)."""
    own = sum(countries.get(country, 0) for country in entity.context_countries)
    if alias not in _home_story_aliases():
        return own
    rival = max((count for country, count in countries.items()
                 if country not in entity.context_countries), default=0)
    return own if own > rival else 0


@cache
def _home_story_aliases() -> frozenset[str]:
    """``home_story_aliases`` as the matcher finds them: normalised, and without the article
    that «لل» absorbs («للمقاومة» is matched as «مقاومة»)."""
    names = load_settings().home_story_aliases
    return names | frozenset(name.removeprefix(_ARTICLE) for name in names)


def _kingdom_by_nisba(hit: GazetteerHit, nisbas_of: dict[str, int], kb: KnowledgeBase) -> bool:
    """Whether a kingdom that could own the hit («المملكة») is named in the article by its
    nisba: then names alone cannot tell which kingdom the article means."""
    return any(entity.category == "state" and entity.country in nisbas_of
               for entity in map(kb.get, hit.ids) if entity is not None)


def _list_gap(gap: str) -> bool:
    """Text between two place names that puts them in one list or one locative phrase."""
    if len(gap) > 30 or any(ch in gap for ch in ".؛:!؟?\n"):
        return False
    settings = load_settings()
    for word in re.findall(r"[^\W\d_]+", gap):
        if word not in _LIST_WORDS and word not in settings.place_heads and not any(
                word[s.stem_start:] in settings.place_heads for s in candidates(word)):
            return False
    return True


_LIST_WORDS = frozenset(normalize(w) for w in ("و", "في", "ب", "من", "قرب", "شرق", "غرب",
                                               "شمال", "جنوب", "ريف", "وفي"))


_PATRONYMIC = frozenset(normalize(w) for w in ("بن", "ابن", "بنت"))
_BIN = normalize("بن")  # «بن» inside a chain of names («ابن» also opens one: «ابن سلمان»)
_FAMILY = frozenset({normalize("آل")})  # «آل سعود», «آل ثاني»: a family name follows


def _short_forms(text: str, found: list[_Found], gazetteer: Gazetteer,
                 ner_spans: Sequence[_NerSpan] = ()) -> list[_Found]:
    """Later mentions by surname (people) or leading word(s) (organisations); none from a
    father's name after «بن», from a person's last word that is no name (``not_names``:
    «الله» of «نصر الله» is God alone) or a name after «المدعو», none when another full name in the
    article (in the KB or found by NER) ends in the form, and no surname that another given
    name opens (:func:`_another_persons_surname`: «مع نور التميمي» after «عهد التميمي»)."""
    settings = load_settings()
    kb = gazetteer.kb
    forms: dict[str, tuple[str, int]] = {}
    clashing: set[str] = set()
    for mention in found:
        entity = kb.get(mention.entity_id)
        words = text[mention.start:mention.end].split()
        if entity is None or len(words) < 2 or mention.how == "adjective" or \
                _previous_word(text, mention.start)[1] in settings.not_name_before:
            continue  # «المدعو أحمد سالم»: a nobody of that name, his surname names nobody
        if entity.type == "PER":
            # «محمد بن سلمان»: the last word names the father, not the man; «نصر الله» …
            # «ولولا الله»: a last word that is no name (``not_names``) names nobody alone
            options = [] if words[-2] in _PATRONYMIC or words[-1] in settings.not_names \
                else [words[-1]]
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
            prefix = gazetteer.word_prefix(text, start)
            boundary_ok = (end == len(text) or not text[end].isalpha()) and (
                prefix in ("", *gazetteer.proclitics))
            # «جاسم بن فهد آل ثاني»: a family or father's name there, not the short form
            previous = "" if prefix else _previous_word(text, start)[1]
            entity = kb.get(entity_id)
            if previous in _FAMILY or previous in settings.not_name_before or \
                    (entity is not None and entity.type == "ORG"
                     and _nisba_after_definite_noun(form, previous)) or \
                    _definite_surname(form, prefix, entity_id) or \
                    (entity is not None and entity.type == "PER" and
                     _another_persons_surname(start, end, text, entity, ner_spans,
                                              named_in_full=True, short_form=True)) or \
                    _in_idiom(text, start, end, kb) or _heads_quoted_name(text, start, end) or \
                    _inside_person_span(start, end, ner_spans) or \
                    _described_otherwise(text, end, form, entity, kb,
                                         form.startswith(_ARTICLE) or prefix.endswith("ل")):
                continue  # «لصالح الناس» is for the people's good, not Saleh's
            if boundary_ok and not taken.overlaps(start, end) and \
                    not _opens_other_name(text, start, end, ner_spans):
                extra.append(_Found(start, end, entity_id, "short_form"))
                taken.add(start, end)
    return extra


def _nisba_after_definite_noun(form: str, previous: str) -> bool:
    """Is a one-word short form shaped as a nisba («البحرية» of «البحرية الروسية») written
    right after a definite noun, so that noun's adjective («الحدود البحرية», the maritime
    borders), not the body?"""
    return " " not in form and form.startswith(_ARTICLE) and form.endswith(("ي", "يه")) and \
        _definite_plain(previous)


_SHARED_SURNAME = re.compile(r"([^\W\d_]+) و ?$")


def _coordinated_given_names(text: str, found: Sequence[_Found],
                             kb: KnowledgeBase) -> list[_Found]:
    """A given name joined by «و» to a KB person's full name shares that person's surname
    («الأخوان فيدل وراؤول كاسترو», «ماهر وبشار الأسد»): the given name is linked as a short
    form of the KB person whose full name is that given name with the same surname. Only a
    full name the KB lists counts, so «عمر وراؤول كاسترو» (no «عمر كاسترو» in the KB) and
    «كوبا وراؤول كاسترو» link nothing new."""
    taken = SpanSet((m.start, m.end) for m in found)
    out: list[_Found] = []
    for mention in found:
        words = text[mention.start:mention.end].split(" ")
        if not mention.entity_id.startswith("per:") or mention.how == "adjective" or \
                len(words) < 2:
            continue
        before = _SHARED_SURNAME.search(text, max(0, mention.start - 40), mention.start)
        if before is None:
            continue
        full = " ".join([before[1], *words[1:]])
        ids = [i for i in kb.by_alias.get(full, ()) if i.startswith("per:")]
        if len(ids) == 1 and ids[0] != mention.entity_id and \
                not taken.overlaps(before.start(1), before.end(1)):
            out.append(_Found(before.start(1), before.end(1), ids[0], "short_form"))
            taken.add(before.start(1), before.end(1))
    return out


def _partner_leaders(text: str, found: Sequence[_Found], kb: KnowledgeBase,
                     ner_spans: Sequence[_NerSpan]) -> list[_Found]:
    """A KB person's family name alone, joined by «و» to a KB body of the person's country,
    right after it or after a head of the followers (``partner_heads``: «قوات», «جماعة»,
    «ميليشيات»), names that person as the body's ally: «ميليشيات الحوثي وصالح», «الحوثيين
    وقوات صالح», «الحوثيين وجماعة صالح» are Ali Abdullah Saleh's forces beside the Houthis.
    The bare word is a common given name and a word («لصالح», in favour of), so it is taken
    only in that place. Among the country's KB people whose Arabic name ends in the word, the
    one person, or the one head of state (Saleh, not his son Ahmed or his nephew Tareq), is
    meant; none where two fit. The word must end the name: a KB or NER name that goes on
    from it is another person («الحوثي وصالح الصماد», Saleh al-Sammad), and so does a
    surname after it where neither knows the name (:func:`_family_name_after`: «الحكومة
    اليمنية وصالح المصري مدير المستشفى»); a feminine adjective agrees with the body
    («ميليشيا الحوثي وصالح الانقلابية»). A span already linked is left as it is."""
    heads = load_settings().partner_heads
    taken = SpanSet((m.start, m.end) for m in found)
    out: list[_Found] = []
    for mention in found:
        body = kb.get(mention.entity_id)
        if body is None or body.type != "ORG" or not body.country or \
                mention.how == "adjective":
            continue
        if not text.startswith(" و", mention.end):
            continue
        first = _WORD.match(text, mention.end + 2)
        if first is None:
            continue
        name = _WORD.match(text, first.end() + 1) if first[0] in heads and \
            text.startswith(" ", first.end()) else first
        if name is None:
            continue
        start, end = name.span()
        person = _family_name_bearer(kb, body.country, name[0])
        if person is None or taken.overlaps(start, end) or \
                f"{name[0]} {_next_word(text, end)}" in kb.by_alias or \
                _family_name_after(text, end, kb) or any(
                    span.start <= start < end < span.end for span in ner_spans):
            continue
        out.append(_Found(start, end, person, "short_form"))
        taken.add(start, end)
    return out


def _family_name_after(text: str, end: int, kb: KnowledgeBase) -> bool:
    """Does a family name follow ``end``: a definite surname (:func:`_surname_after`) or a
    state's nisba in the masculine («صالح المصري»), which after a given name is its bearer's
    family name? A feminine or plural nisba agrees with a body before it."""
    word = _next_word(text, end)
    return _surname_after(text, end, kb, definite_only=True) or (
        word.startswith(_ARTICLE) and not word.endswith(_FEMININE) and any(
            kb.alias_kind(word, other) == "adjective" for other in kb.by_alias.get(word, ())))


def _coordinated_homographs(text: str, found: Sequence[_Found],
                            kb: KnowledgeBase) -> list[_Found]:
    """A KB organisation the KB marks ambiguous, written by a bare alias that is also a word
    or a place («القاعدة», the base; «الجزيرة», the island; «فتح», opening), is that body
    where «و» joins it to a mention of a KB body of the same category, on either side: a
    jihadist group beside a jihadist group («تنظيم داعش والقاعدة», «القاعدة وتنظيم داعش»,
    «تنظيمي القاعدة والنصرة»), a channel beside a channel, a party beside a party. A list of
    kin bodies reads the homograph as one of them, as a place head reads a place. Nothing
    where the word joins a body of another category («الجيش والقاعدة»: an army is no
    jihadist group), where another mention covers it, or where a definite word other than
    the next item of the list follows it (a longer name: «داعش والقاعدة الجوية», the air
    base)."""
    taken = SpanSet((m.start, m.end) for m in found)
    out: list[_Found] = []
    for mention in found:
        body = kb.get(mention.entity_id)
        if body is None or body.type != "ORG" or mention.how == "adjective":
            continue
        spans = []
        if text.startswith(" و", mention.end):
            after = _WORD.match(text, mention.end + 2)
            if after is not None:
                spans.append(after.span())
        if mention.start >= 2 and text[mention.start - 2:mention.start] == " و":
            # the word's letters right before the space, read back from it (a search of the
            # text up to there would read the whole text once per mention)
            before, word = _previous_word(text, mention.start - 2, separators="")
            if word:
                spans.append((before, mention.start - 2))
        for start, end in spans:
            word = text[start:end]
            ids = [i for i in kb.by_alias.get(word, ())
                   if (other := kb.get(i)) is not None and other.ambiguous
                   and other.type == "ORG" and other.category == body.category
                   and i != body.id]
            if len(ids) != 1 or taken.overlaps(start, end) or \
                    (_definite(_next_word(text, end)) and not text.startswith(" و", end)):
                continue
            out.append(_Found(start, end, ids[0], "alias"))
            taken.add(start, end)
    return out


@lru_cache(maxsize=4)
def _family_name_bearers(kb: KnowledgeBase) -> dict[tuple[str, str], tuple[str, ...]]:
    """(country, the last word of a KB person's Arabic name) → those people's ids; per KB,
    cached."""
    index: dict[tuple[str, str], list[str]] = {}
    for entity in kb.entities.values():
        words = normalize(entity.name_ar).split() if entity.type == "PER" else []
        if words and entity.country:  # (a KB person with no Arabic name has no family name)
            index.setdefault((entity.country, words[-1]), []).append(entity.id)
    return {key: tuple(ids) for key, ids in index.items()}


def _family_name_bearer(kb: KnowledgeBase, country: str, word: str) -> str | None:
    """The one KB person of ``country`` whose name ends in ``word``, or the one head of state
    among several (:func:`_partner_leaders`); None otherwise."""
    ids = _family_name_bearers(kb).get((country, word), ())
    heads = [i for i in ids if kb.entities[i].category == "person_head_of_state"]
    return ids[0] if len(ids) == 1 else heads[0] if len(heads) == 1 else None


def _definite_surname(form: str, prefix: str, entity_id: str) -> bool:
    """Session 17: a person's surname written without the article (Saleh's «صالح») found with
    the article glued on is an adjective or another word: «لهذا الملك الصالح» (this righteous
    king) names no Saleh."""
    return entity_id.startswith("per:") and not form.startswith(_ARTICLE) and (
        prefix.endswith(_ARTICLE) or prefix.endswith("لل"))


def _described_otherwise(text: str, end: int, form: str, entity: KBEntity | None,
                         kb: KnowledgeBase, definite: bool) -> bool:
    """Session 16: an organisation's short form followed by a word that makes it another body:
    a nisba adjective of a people, state or faith («التحالف الكردي العربي» describing the SDF is
    not the global coalition) or, after a form written without the article, a definite noun
    it governs («وائتلاف الأحزاب الشيعية» is not «ائتلاف دولة القانون»), unless that word
    goes on the organisation's own names («الميليشيات الحوثية», «التحالف الأمريكي» of a
    coalition led by the United States), names a person («ائتلاف المالكي») or is a title.
    Weekdays and «اليوم» may follow a subject. A form without the article before «بين» is
    a new body described by its members («تحالف بين التيار الصدري والحزب الشيوعي»)."""
    if entity is None or entity.type != "ORG":
        return False
    following = _next_word(text, end)
    if not definite and following == _BETWEEN:
        return True
    if len(following) < 4 or not following.startswith(_ARTICLE) or following in _time_words():
        return False
    settings = load_settings()
    if following in settings.titles or any(
            entity_id.startswith("per:") for entity_id in kb.by_alias.get(following, ())):
        return False  # «نظام الرئيس السوري», «ائتلاف المالكي»: the body of its leader
    # a describing adjective: the nisba of a people, a state or a faith the KB knows
    # («الكردي», «العربي», «الشيعية»), not any adjective («الميليشيات المعتدية»)
    others = kb.by_alias.get(following, ())
    if not definite and others and entity.id not in others and all(
            (other := kb.get(other_id)) is not None and other.type == "ORG"
            for other_id in others):
        return True  # «ميليشيات الحشد»: the militias of another body the KB knows (the PMF)
    if not _group_adjective(following, kb):
        # a form without the article governing a noun: another body only when a group nisba
        # follows that noun («ائتلاف الأحزاب الشيعية»); «ميليشيات الانقلاب» are the Houthis
        after = _next_word(text, end + 1 + len(following))
        if definite or following in kb.by_alias or not _group_adjective(after, kb):
            return False  # «قصف التحالف المدينة»: a definite object after the subject
    # a word of its own names, inflected or not («الميليشيات الحوثية» for «ميليشيات الحوثي»),
    # or the adjective of a state its names hold («التحالف الأمريكي», «… بقيادة الولايات
    # المتحدة»)
    surfaces = [normalize(surface) for surface, _ in entity.surfaces()]
    stem = _adjective_stem(following)
    if any(_adjective_stem(word) == stem for surface in surfaces for word in surface.split()):
        return False
    for other_id in kb.by_alias.get(following, ()):
        other = kb.get(other_id)
        if other is not None and other.category == "state" and any(
                normalize(name) in surface for name in (other.name_ar, *other.aliases_ar)
                for surface in surfaces):
            return False
    return True


_BETWEEN = normalize("بين")


def _group_adjective(word: str, kb: KnowledgeBase) -> bool:
    """A definite nisba of a people, faith or current (``group_adjectives``) or of a state (a
    KB adjective): «الكردي», «الشيعية», «العراقي»."""
    if not word.startswith(_ARTICLE):
        return False
    return _adjective_stem(word) in load_settings().group_adjectives or any(
        kb.alias_kind(form, other) == "adjective"
        for form in (word, word.removeprefix(_ARTICLE)) for other in kb.by_alias.get(form, ()))


def _adjective_stem(word: str) -> str:
    """A word without the article and a gender or plural ending: «الحوثية», «الحوثيين» and
    «الحوثي» → «حوثي»."""
    word = word.removeprefix(_ARTICLE)
    for ending in ("يين", "يون", "يه", "ين", "ون"):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[:-len(ending)] + ("ي" if ending.startswith("ي") else "")
    return word


def _inside_person_span(start: int, end: int, ner_spans: Sequence[_NerSpan]) -> bool:
    """Is ``start:end`` a middle word of a person's name NER found, words on both sides? A
    KB man's surname there is another man's father's name or given name («علي صالح الأحمر»,
    Saleh's half-brother, after «علي عبدالله صالح»), not a short form of his."""
    return any(span.type == "PER" and span.start < start and end < span.end
               for span in ner_spans)


def _opens_other_name(text: str, start: int, end: int, ner_spans: Sequence[_NerSpan]) -> bool:
    """Is a person's short form the first word of another person's name NER found
    («المتظاهر حسين غازي» after «صدام حسين»)? A famous man's name followed by another
    given name or family name is someone else; NER's span must go on with such a name word
    (the person-name lexicon's common bands), not a word it glued on («صالح لعبد المهدي»)."""
    if not any(span.type == "PER" and span.start == start and span.end > end + 1
               for span in ner_spans):
        return False
    roles = read_person_names().get(_next_word(text, end), ())
    return any(role in _NAME_BANDS for role in roles)


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
                  gazetteer: Gazetteer,
                  vetoed: Sequence[tuple[int, int, str]] = ()) -> list[_Found]:
    """NER spans no dictionary mention explains, linked where possible; none over a
    dictionary hit that context refused (``vetoed``: start, end, entity id)."""
    taken = SpanSet((m.start, m.end) for m in found)
    # people named in full only after «المدعو»/«بن» lend no lone surname («المدعو وليد المعلم»)
    settings = load_settings()
    present = frozenset(m.entity_id for m in found if not m.entity_id.startswith("per:")
                        or _previous_word(view.text, m.start)[1] not in settings.not_name_before)
    people = [m for m in found if m.entity_id.startswith("per:")]
    surnames = _shared_surnames(view.text, people, ner_spans, gazetteer.kb)
    named_words = _named_words(view.text, people, ner_spans, gazetteer.kb)
    article_words = frozenset(_WORD.findall(view.text))
    extra: list[_Found] = []
    full_names: dict[str, str] = {}  # a NER person named in full → its entity id
    ner_people: set[str] = set()  # KB people NER found named in full, in text order
    for span in ner_spans:
        if taken.overlaps(span.start, span.end) or any(
                start < span.end and span.start < end for start, end, _ in vetoed):
            continue
        named = _person_span(view.text, span, gazetteer)
        if named is None or _verbal_noun_at(view.text, span.start, span.end, gazetteer.kb):
            continue
        start, end, surface = named
        owner = _surname_after_verb(view.text, start, surface, ner_spans, people) \
            if span.type == "PER" else None
        if owner is not None:  # «وطالب الكعود»: the verb is no part of the name
            surname = end - len(surface.rsplit(" ", 1)[-1])
            extra.append(_Found(surname, end, owner, "ner", "PER"))
            taken.add(surname, end)
            continue
        if end > span.end and taken.overlaps(span.end, end):
            end = span.end  # «#البغدادي» is linked already; «أبو بكر» goes with it
        previous = _previous_word(view.text, start)[1]
        linked = _link_ner_span(surface, span.type, gazetteer,
                                present, surnames, _next_word(view.text, end),
                                article_words, view.original[slice(*view.to_original(
                                    start, end))], previous, named_words,
                                _head_before(view.text, start), frozenset(ner_people))
        if linked is None:
            continue
        entity_id, skip, how = linked
        if entity_id.startswith("per:") and " " in surface[skip:] and \
                not entity_id.startswith(_NEW_PREFIXES):
            ner_people.add(entity_id)  # «رودريغو دوترتي», linked by NER: named in full
        if entity_id.startswith(_NEW_PREFIXES) and (
                (" " not in surface[skip:] and _quoted_term(view.text, start, end, span.type))
                or _indefinite_first_word(view, start + skip, end)):
            continue
        ner_type = span.type
        if entity_id.startswith(_NEW_PREFIXES):
            ner_type = entity_id.split(":", 1)[0].upper()
        if span.type == "PER" and " " in surface:
            full_names.setdefault(" ".join(view.text[span.start:span.end].split()), entity_id)
        extra.append(_Found(start + skip, end, entity_id, how, ner_type))
        taken.add(start, end)
    for mention in extra:  # a lone given name goes with the only full name that has it
        if mention.entity_id.startswith(_SAME_AS):
            owner, _, fallback = mention.entity_id[len(_SAME_AS):].partition(_OR_ELSE)
            mention.entity_id = full_names.get(owner, fallback)
            mention.ner_type = "PER"
    return [mention for mention in extra if mention.entity_id]


# «.», «؟», «:», a line break: what may stand before the «و» that opens a clause
_CLAUSE_ENDS = frozenset(".!?؟:\n")


def _surname_after_verb(text: str, start: int, surface: str, ner_spans: Sequence[_NerSpan],
                        people: Sequence[_Found]) -> str | None:
    """«وطالب الكعود حكومة الأنبار» after «نعيم الكعود»: a two-word person span glued to the
    «و» (or «ف») that opens a clause, whose last word is the surname of the one person the
    article named before under another first word, is a verb and its subject: a news clause
    opens «وقال/وطالب/وأكد + surname», and a verb that is also a given name («طالب»,
    «صالح») reads as a second man of the family only where a list would put him, never at a
    clause's head. Returns whom the surname names (a KB person's id, or the NER name's
    :data:`_SAME_AS` link), or None. NER gives the span with its «و» («وطالب الكعود»); a
    first word in «و» that is a given name itself («وليد», «وائل») is none."""
    words = surface.split(" ")
    if len(words) != 2:
        return None
    given = _span_words().given_roles
    if words[0][:1] not in ("و", "ف") or words[0][1:] not in given or words[0] in given:
        return None
    first = words[0][1:]
    at = start - 1
    while at >= 0 and text[at] == " ":
        at -= 1
    if at >= 0 and text[at] not in _CLAUSE_ENDS:
        return None
    owners = {_SAME_AS + " ".join(name) + _OR_ELSE for span in ner_spans
              if span.type == "PER" and span.end < start
              and len(name := text[span.start:span.end].split()) >= 2
              and _other_given_name(name, first, words[1])}
    owners |= {mention.entity_id for mention in people if mention.end < start
               and len(name := text[mention.start:mention.end].split()) >= 2
               and _other_given_name(name, first, words[1])}
    return next(iter(owners)) if len(owners) == 1 else None


def _other_given_name(name: list[str], first: str, surname: str) -> bool:
    """Does the full ``name`` end in ``surname`` under another first word than ``first``, and
    not in ``first`` + ``surname`` («سعاد عبد الرحيم» is named again «وعبد الرحيم»: the two
    words are her compound surname, no verb and surname)?"""
    return name[-1] == surname and name[0] != first and name[-2:] != [first, surname]


# A lone given name's link to the full person name found by NER in the same article.
_SAME_AS = "same-as:"
_OR_ELSE = "\t"  # «same-as:NAME\tID»: ID when NAME got no entity


# «#نورا_حسين»: a hashtag joins a name's words with «_»; «أبو بكر #البغدادي»: it marks the
# last word. Either way NER stops at the mark.
_HASHTAG_TAIL = re.compile(r"(_|\s#)([^\W\d_]+)")
_HASHTAG_MARKS = str.maketrans({"#": " ", "_": " "})


def _person_span(text: str, span: _NerSpan,
                 gazetteer: Gazetteer) -> tuple[int, int, str] | None:
    """(start, end, surface to link) of a NER person span as a name, or None when it is none.

    - hashtag parts are joined back: a word glued by «_» when it is no everyday word
      («#نورا_حسين»), a following «#word» when the whole is a KB name («أبو بكر #البغدادي»);
    - a first word that governs the name is cut off when a common given name follows: an
      everyday word that is no given name («فان صالح», «فإن» without its hamza), a proclitic
      idiom («لصالح إبراهيم الجعفري»), or a noun of ``governing_nouns`` with at least two
      words after it («ميلاد سلمى حايك», the birth of Salma Hayek); never a place or
      organisation head noun, which types the name instead («معبر جابر»);
    - None: a person's name after a vessel noun names the vessel («المدمرة "دونالد كوك"»),
      and one word after a noun of a place or building named after people is part of that
      place's name («دار سعد»).
    Spans of other types are returned as they are.
    """
    start, end = span.start, span.end
    if span.type == "LOC":
        end = _village_name_end(text, start, end, gazetteer)
        start = _feature_name_start(text, start, end)
    if span.type != "PER":
        return start, end, text[start:end]
    settings = load_settings()
    common = load_everyday_words().common
    while (tail := _HASHTAG_TAIL.match(text, end)) is not None:
        joined = " ".join(text[start:tail.end()].translate(_HASHTAG_MARKS).split())
        if (tail.group(1) == "_" and tail.group(2) not in common) or \
                joined in gazetteer.kb.by_alias:
            end = tail.end()
        else:
            break
    surface = " ".join(text[start:end].translate(_HASHTAG_MARKS).split())
    words = surface.split()
    idiom = bool(words) and _in_idiom(text, start, start + len(words[0]), gazetteer.kb)
    if idiom and len(words) == 1:
        return None  # «لصالح الناس»
    heads = settings.place_heads | settings.org_heads  # «معبر جابر»: typed by its head
    cut = idiom or (len(words) >= 2 and words[1] in _given_names() and words[0] not in heads and (
        (words[0] in common and words[0] not in _given_names())
        or (words[0] in settings.governing_nouns and len(words) >= 3)))
    if cut and text.startswith(words[0], start):
        start += len(words[0])
        while start < end and not text[start].isalpha():
            start += 1
        words = words[1:]
        surface = " ".join(words)
    start, end, words = _span_repaired(text, start, end, words)
    if words:
        start, end, words = _name_edges(text, start, end, words, gazetteer)
        end, words = _name_goes_on_with_wa(text, end, words)
    surface = " ".join(words)
    if not words:
        return None
    if _after_vessel_word(text, start) or _quoted_work_title(text, start, end):
        return None
    if len(words) == 1:
        previous = _previous_word(text, start)[1]
        if any(previous[s.stem_start:] in settings.named_after_heads
               for s in candidates(previous)):
            return None
    return start, end, surface


def _weekday_ends_name(words: list[str]) -> bool:
    """Whether a weekday after the name ``words`` may be its family name («الجمعة», «الخميس»)
    rather than the day of the news: after one name, counting «عبد/أبو» and the next word as
    one («عبد الله الجمعة»), or after a chain with «بن» («سعد بن عبدالعزيز الجمعة»). Two names
    («سجاد مالك الجمعة», «ميخائيل بوجدانوف الخميس», «محمد عبد الرحمن الخميس إن…») leave the
    weekday a date: a news sentence's subject is followed by the day far more often than it
    ends in a family name spelt as one (the final review's call)."""
    names = [word for at, word in enumerate(words)
             if at == 0 or words[at - 1] not in _GLUED_PARTICLES]
    return len(names) < 2 or any(word in _PATRONYMIC for word in names[1:])


def _span_repaired(text: str, start: int, end: int,
                   words: list[str]) -> tuple[int, int, list[str]]:
    """A person span's edges put right (pass 6): a sect or ethnic adjective before a given
    name is cut off the start («وسني صالح»); verbs and prepositions NER glued after the name
    are cut off the end («الرئيس هادي كلف»), and so is a weekday after a given name and a
    second name that is no father's name («سجاد مالك الجمعة», killed on Friday), but not
    after one name or a chain, which a family name such as «الجمعة» or «الخميس» may end:
    «عبد/أبو» and the word after them are one name («عبد الله الجمعة»), and a name after «بن»
    is a father's («أحمد بن عبدالرحمن الخميس»; :func:`_weekday_ends_name`); a given name NER
    cut from its next name word gets it back: a family name with the article («صالح المطلق») or
    a common given name or surname that is no everyday word («فاطمة أمين»)."""
    lists = _span_words()
    if len(words) >= 2 and words[1] in _given_names() and any(
            words[0][s.stem_start:] in lists.lead_descriptors for s in candidates(words[0])):
        at = text.find(words[1], start + len(words[0]))
        if at != -1:
            start, words = at, words[1:]
    while len(words) >= 2 and (words[-1] in lists.end_words or (
            words[-1] in _time_words() and not _weekday_ends_name(words[:-1]))) and \
            text.endswith(words[-1], start, end):
        end -= len(words[-1])
        while end > start and not text[end - 1].isalpha():
            end -= 1
        words = words[:-1]
    if len(words) == 1 and words[0] in _given_names() and text.endswith(words[0], start, end):
        following = _next_word(text, end)
        roles = read_person_names().get(following, ())
        if following and following not in lists.end_words and (
                _continues_name(following)
                or (any(role in _NAME_BANDS for role in roles)
                    and following not in load_everyday_words().common)):
            end += 1 + len(following)
            words = [*words, following]
    return start, end, words


def _name_edges(text: str, start: int, end: int, words: list[str],
                gazetteer: Gazetteer) -> tuple[int, int, list[str]]:
    """Name words NER left outside a person span (session 15, news silver set):

    - a given name between a person title and a one-word span: «السيناتور بوب كوركر» (the
      word has a given-name role in the person-name lexicon and is no everyday word);
    - a family name with the article after a span of two or more name words: «محمد جعفر
      المجيشي». The word is a nisba («ال…ي», six letters or more) that nothing else explains:
      no everyday word, no word the corpus or the KB knows («العراقي», «السوري» are
      adjectives, «الثاني» an ordinal);
    - after a chain «X بن Y», any such definite word, nisba or not («عبدالله بن عبدالعزيز
      الربيعة»): a patronymic chain is the head of a full name, which the family name ends,
      and the word may be a place's name without its article, as family names are (Rabiah);
      never a title, a time word, a KB name or a feminine nisba («… بن سلمان الأمير», «…
      السعودية», «جامعة الإمام محمد بن سعود الإسلامية»), and never a chain ending in «بن»
      (``_name_tail`` takes that word whatever it is).
    """
    settings = load_settings()
    common = load_everyday_words().common
    names = read_person_names()
    if len(words) == 1:
        at, before = _previous_word(text, start)
        title = _previous_word(text, at)[1] if at > 0 else ""
        if before and title in settings.person_titles and before not in common and \
                before not in settings.person_titles and \
                any(role.startswith("given:") for role in names.get(before, ())):
            start, words = at, [before, *words]
    following = _next_word(text, end)
    nisba = len(words) >= 2 and len(following) >= 6 and following.startswith(_ARTICLE) and \
        following.endswith("ي") and following not in common and \
        following not in _known_words() and following not in gazetteer.alias_words and \
        following[len(_ARTICLE):] not in gazetteer.alias_words and \
        any(role in _NAME_BANDS for role in names.get(words[-1], ()))
    if nisba or _family_name_after_chain(words, following, gazetteer):
        end += 1 + len(following)
        words = [*words, following]
    end, words = _name_tail(text, end, words, gazetteer)
    return start, end, words


def _family_name_after_chain(words: list[str], following: str, gazetteer: Gazetteer) -> bool:
    """Whether ``following`` is the family name that ends a patronymic chain (``_name_edges``)."""
    return len(words) >= 3 and any(word in _PATRONYMIC for word in words[1:-1]) and \
        len(following) >= _MIN_FAMILY_CHARS and following.startswith(_ARTICLE) and \
        not following.endswith(_FEMININE_NISBA) and \
        following not in load_everyday_words().common and following not in _known_words() and \
        following not in load_settings().person_titles and following not in _time_words() and \
        following not in _span_words().end_words and not gazetteer.kb.by_alias.get(following)


def _chain_names_refused(text: str, every_hit: Sequence[GazetteerHit], kept: Container[int],
                         ner_spans: list[_NerSpan], gazetteer: Gazetteer) -> list[_NerSpan]:
    """The NER spans with the full names of refused KB chains: a KB person's chain «X بن Y»
    refused because a family name follows it (``_patronymic_goes_on``: «الدكتور عبدالله بن
    عبدالعزيز الربيعة» is not King Abdullah) names another man in full, the chain and the
    family name. NER often stops at the chain or misses the name; its spans inside the full
    name give way to it (a span equal to the refused chain would be vetoed with the chain).
    Only for a family name ``_family_name_after_chain`` takes, and never over a NER span that
    reaches outside the name: a KB name after the chain («محمد بن سلمان الرياض») or a chain
    inside a longer one (after «بن») gives none."""
    spans = ner_spans
    for hit in every_hit:
        if id(hit) in kept or not hit.ids[0].startswith("per:") or \
                _previous_word(text, hit.start)[1] in _PATRONYMIC or \
                not _patronymic_goes_on(hit, text):
            continue
        following = _next_word(text, hit.end)
        end = hit.end + 1 + len(following)
        if _family_name_after_chain(text[hit.start:hit.end].split(), following, gazetteer) and \
                all(hit.start <= span.start and span.end <= end for span in spans
                    if span.start < end and hit.start < span.end):
            spans = [span for span in spans if not (span.start < end and hit.start < span.end)]
            spans.append(_NerSpan(hit.start, end, "PER"))
    return sorted(spans, key=lambda span: (span.start, span.end))


# A family name with the article: «ال» and at least three letters («الربيعة», not «الخ»).
_MIN_FAMILY_CHARS = 5
# «…ية» agrees with a feminine head the chain is inside: «جامعة الإمام محمد بن سعود الإسلامية».
_FEMININE_NISBA = (normalize("ية"), "ية")
# Session 17: words that open a name part and never end a name («فاطمة الحاج إبراهيم»).
_OPEN_NAME_WORDS = frozenset(normalize(w) for w in (
    "الحاج", "حاج", "أبو", "أبي", "أبا", "أم", "عبد", "بن", "ابن", "بنت", "آل", "ولد"))
# A transcribed surname NER left out: a word of at least this many letters.
_MIN_TAIL_CHARS = 3


def _name_tail(text: str, end: int, words: list[str],
               gazetteer: Gazetteer) -> tuple[int, list[str]]:
    """Session 17: the last word(s) of a person's name NER cut off (only a space between):

    - after a two-word span, the family name of a KB person named with the span's first word
      when the second is the father's (:func:`_without_fathers_name`: «خالد محفوظ بحاح»);
    - after a span ending in a word that opens a name part («الحاج», «أبو», «بن»), the next
      word, whatever it is but an everyday word or a verb or preposition of ``span_end_words``
      («فاطمة الحاج إبراهيم»);
    - after a one-word span with a given-name role, a next given name of the lexicon's common
      bands that is no everyday word («آرون ديفيد ميلر»);
    - after a span whose last word is a name of the person-name lexicon, a next word that is
      one too but that the corpus vocabulary and the everyday words do not know (with or
      without a proclitic) and the KB has as no name of its own (a word inside a KB name may
      be: «ميلر» of another Miller): a transcribed surname («آرون ديفيد ميلر», «صالح هبرة»).
      Unknown words without a lexicon role are not taken: most are inflected words with an
      ending («امتعاضه», «متحفظة»), so «هيرمان غان لاندغيم» stays cut.
    """
    common = load_everyday_words().common
    end_words = _span_words().end_words
    names = read_person_names()

    def usable(word: str) -> bool:
        return len(word) >= 2 and word not in common and word not in end_words and \
            word not in _PRONOUNS  # «أمي أنا»

    following = _next_word(text, end)
    if len(words) == 2 and usable(following) and \
            _without_fathers_name([*words, following], gazetteer.kb) is not None:
        return end + 1 + len(following), [*words, following]  # «خالد محفوظ» + «بحاح»
    if words and words[-1] in _OPEN_NAME_WORDS and usable(following):
        end, words = end + 1 + len(following), [*words, following]
        following = _next_word(text, end)
    if len(words) == 1 and any(role.startswith("given:") for role in names.get(words[0], ())) \
            and usable(following) and not following.startswith(_ARTICLE) and \
            _common_given_name(names.get(following, ())):
        end, words = end + 1 + len(following), [*words, following]
        following = _next_word(text, end)
    if words and names.get(words[-1]) and len(following) >= _MIN_TAIL_CHARS and \
            names.get(following) and \
            usable(following) and not following.startswith((_ARTICLE, _CONJUNCTION)) and \
            _no_word_inside(following, common) and \
            not any(gazetteer.kb.by_alias.get(stem) for stem in _clitic_stems(following)):
        end, words = end + 1 + len(following), [*words, following]  # «بالوفد» is known
    return end, words


def _clitic_stems(word: str) -> Iterator[str]:
    """``word`` and the stem of each of its clitic splits («بالوفد»: «بالوفد», «الوفد», «وفد»)."""
    yield word
    yield from (word[c.stem_start:] for c in candidates(word))


def _no_word_inside(word: str, common: Container[str]) -> bool:
    """Is ``word`` a rare name: neither it nor the stem of any clitic split of it a known word
    (:func:`_known_words`) or an everyday word? «خشمر» is; «فسوف» («سوف») and «بحجم» («حجم»)
    are not."""
    known = _known_words()
    return not any(stem in known or stem in common for stem in _clitic_stems(word))


def _feature_name_start(text: str, start: int, end: int) -> int:
    """Session 16: a one-word definite place span right after a noun of a natural feature
    that opens the name («نهر», «جبل», «وادي»: ``name_part_heads``) takes that noun back:
    «مخيم نهر البارد» is the camp of Nahr al-Bared, not a place «بارد» (cold)."""
    word = text[start:end]
    if " " in word or not word.startswith(_ARTICLE) or (start > 0 and text[start - 1].isalpha()):
        return start
    at, previous = _previous_word(text, start)
    if previous in load_settings().name_part_heads and at >= 0:
        return at
    return start


# One- to three-letter words that follow «و» as a whole word: function words, not name parts.
_SHORT_AFTER_WA = 3


def _name_goes_on_with_wa(text: str, end: int, words: list[str]) -> tuple[int, list[str]]:
    """Session 16: a transcribed name whose next syllable starts with «و» («منغ هونغ ووي»)
    is cut there by NER, which reads the «و» as "and". The next word joins the name when it is
    «و» and one to three letters that are no word of their own: neither it nor its remainder
    is an everyday word, a pronoun, a KB name or a known word («وقال», «وهو», «ولم» stay out)."""
    following = _next_word(text, end)
    if len(words) < 2 or not following.startswith(_CONJUNCTION) or \
            not 2 <= len(following) <= _SHORT_AFTER_WA + 1:
        return end, words
    rest = following[len(_CONJUNCTION):]
    common = load_everyday_words().common
    known = _known_words()
    if following in common or rest in common or rest in _PRONOUNS or following in known or \
            rest in known or rest in _given_names():
        return end, words
    after = end + 1 + len(following)
    if after < len(text) and text[after].isalpha():
        return end, words
    return after, [*words, following]


def _quoted_term(text: str, start: int, end: int, ner_type: str) -> bool:
    """Session 16: a one-word "organisation" alone in quotation marks right after a place noun
    is a term the writer quotes, not a name: «مناطق «الجهاد»» (the jihad zones). After
    anything else a quoted word may well be a name («وأوردت "تلغراف"», «وكالة الأنباء
    اليمنية "سبأ"»)."""
    if start < 2 or text[start - 1] not in _OPENING_QUOTES or \
            text[end:end + 1] not in _CLOSING_QUOTES:
        return False
    word = _previous_word(text, start - 1)[1]
    if ner_type != "ORG" or not word:
        return False
    heads = load_settings().place_heads
    return _clitic_free_head(word, heads)


def _quoted_work_title(text: str, start: int, end: int) -> bool:
    """Session 16: a person-looking name alone in quotation marks after the noun of a film, a
    programme, a song, a book or an index («فيلم "الأسد الملك" أو "لايون كينج"», «المؤشر «جيه
    بي إكس»») is that work's title. An earlier quoted title joined by «أو»/«و» may come
    between the noun and this one. Single quotes count too when one closes the name right
    after it («مسلسل 'أبو عمر المصري'», a title quoted inside a quotation)."""
    if start == 0:
        return False
    if text[start - 1] in _SINGLE_QUOTES:
        if text[end:end + 1] not in _SINGLE_QUOTES:
            return False
    elif text[start - 1] not in _OPENING_QUOTES or not _quote_closes(text, end):
        return False
    heads = load_settings().work_heads
    position = start - 1
    for _ in range(3):
        position, word = _previous_word(text, position)
        if not word:
            return False
        bare = word.removeprefix(_ARTICLE) if len(word) > len(_ARTICLE) + 2 else word
        if bare in heads or any(word[s.stem_start:] in heads for s in candidates(word)):
            return True
        if word not in _OR_WORDS:
            return False
        # «"الأسد الملك" أو "لايون كينج"»: skip back over the earlier quoted title
        while position > 0 and text[position - 1] == " ":
            position -= 1
        if position == 0 or text[position - 1] not in _CLOSING_QUOTES:
            return False
        opening = max(text.rfind(q, max(0, position - 60), position - 1) for q in _OPENING_QUOTES)
        if opening < 0:
            return False
        position = opening
    return False


_OR_WORDS = frozenset(normalize(w) for w in ("أو", "و"))


def _quote_closes(text: str, end: int) -> bool:
    """Does a quotation close at ``end`` or a few words on, in the same phrase («"جيه بي إكس -
    نيكي"»)?"""
    rest = text[end:end + 30]
    close = min((rest.find(q) for q in _CLOSING_QUOTES if q in rest), default=-1)
    return close == 0 or (close > 0 and not any(stop in rest[:close] for stop in ".،,؛:!؟?\n"))


def _village_name_end(text: str, start: int, end: int, gazetteer: Gazetteer) -> int:
    """Where a one-word place span NER cut short after a settlement noun really ends: «قرية
    حور كلس» is one village, not «حور». The next word joins the name when it is no everyday
    word, does not open with the article or «و» and has no other proclitic, and is no KB name
    of its own; else the span stays («قرية حور قرب حلب», «بلدة حضر وتل كروم»)."""
    if " " in text[start:end]:
        return end
    previous = _previous_word(text, start)[1]
    heads = load_settings().settlement_heads
    if not any(previous[s.stem_start:] in heads for s in candidates(previous)):
        return end
    following = _next_word(text, end)
    if len(following) < 2 or following.startswith((_ARTICLE, _CONJUNCTION)) or \
            following in load_everyday_words().common or following in _given_names() or \
            following in gazetteer.kb.by_alias or split_clitics(following).stem_start:
        return end
    after = end + 1 + len(following)
    if after < len(text) and text[after] not in " .،,؛:!؟?)»\"\n":
        return end
    return after


_QUOTE_MARKS = frozenset(' "«»“”„\'')
_OPENING_QUOTES = frozenset('"«“„')
_CLOSING_QUOTES = ('"', "»", "”")
_SINGLE_QUOTES = frozenset("'‘’")  # only around a work's title (:func:`_quoted_work_title`)
_CARRIER = normalize("الطائرات")  # «حاملة الطائرات "جورج بوش"»


def _after_vessel_word(text: str, start: int) -> bool:
    """Is the name at ``start`` a vessel's: a vessel noun before it, with quotation marks, a
    nisba adjective or «الطائرات» between («المدمرة الأمريكية "دونالد كوك"»)?"""
    heads = load_settings().vessel_heads
    position = start
    for _ in range(3):
        position, word = _previous_word(text, position, _QUOTE_MARKS)
        if not word:
            return False
        if any(word[s.stem_start:] in heads for s in candidates(word)):
            return True
        if word != _CARRIER and not (word.startswith(_ARTICLE) and len(word) >= 5
                                     and word.endswith(("يه", "ي"))):
            return False  # only «الأمريكية» or «الطائرات» may come between
    return False


def _in_idiom(text: str, start: int, end: int, kb: KnowledgeBase) -> bool:
    """Does [start, end) lie in a word that with its proclitic is a preposition («لصالح»),
    used as one? The preposition governs the next word: a definite noun, a given name or a
    KB name («لصالح الناس», «لصالح إبراهيم الجعفري»); before a verb or a stop it is the
    name («ممثلين لصالح يجرون محادثات»)."""
    word_start, word_end = start, end
    while word_start > 0 and text[word_start - 1].isalpha():
        word_start -= 1
    while word_end < len(text) and text[word_end].isalpha():
        word_end += 1
    if text[word_start:word_end] not in load_settings().clitic_idioms:
        return False
    following = _next_word(text, word_end)
    settings = load_settings()
    return following.startswith(_ARTICLE) or following in _given_names() or \
        following in kb.by_alias or following in settings.org_heads or \
        following in settings.place_heads  # «لصالح تنظيم "الدولة الإسلامية"»


def _heads_quoted_name(text: str, start: int, end: int) -> bool:
    """Is a short form the first word of another name in quotation marks («"ائتلاف الوطنية"»,
    Allawi's list, after «ائتلاف دولة القانون»)? A quoted name is whole: its first word
    alone refers to nothing else."""
    if start == 0 or text[start - 1] not in _OPENING_QUOTES or text[end:end + 1] != " ":
        return False
    rest = text[end:end + 40]
    close = min((rest.find(q) for q in _CLOSING_QUOTES if q in rest), default=-1)
    return close > 1 and not any(stop in rest[:close] for stop in ".،,؛:!؟?")


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
    known = SpanSet((m.start, m.end) for m in found)  # the same name, found twice
    for span in ner_spans:
        words = text[span.start:span.end].split()
        if span.type == "PER" and len(words) >= 2 and not known.overlaps(span.start, span.end):
            names.setdefault(words[-1], set()).add(" ".join(words))
    return frozenset(last for last, owners in names.items() if len(owners) > 1)


def _named_words(text: str, found: Sequence[_Found], ner_spans: Sequence[_NerSpan],
                 kb: KnowledgeBase) -> dict[str, set[str]]:
    """Word → who bears it among the people named in full in the article (KB people by id,
    names only NER found by their words); a father's name after «بن» belongs to nobody."""
    owners: dict[str, set[str]] = {}

    def add(words: list[str], owner: str) -> None:
        for index, word in enumerate(words):
            if word not in _PATRONYMIC and (index == 0 or words[index - 1] not in _PATRONYMIC):
                owners.setdefault(word, set()).add(owner)

    for mention in found:
        entity = kb.get(mention.entity_id)
        words = text[mention.start:mention.end].split()
        if entity is not None and entity.type == "PER" and len(words) >= 2:
            add(words, entity.id)
    known = SpanSet((m.start, m.end) for m in found)
    for span in ner_spans:
        words = text[span.start:span.end].split()
        if span.type == "PER" and len(words) >= 2 and not known.overlaps(span.start, span.end):
            add(words, " ".join(words))
    return owners


def _next_word(text: str, end: int) -> str:
    """The word right after ``end`` when only one space separates it (else ""): a name that
    goes on there («عبدالله بن عبدالعزيز الربيعة») was cut short by NER."""
    if text[end:end + 1] != " ":
        return ""
    stop = end + 1
    while stop < len(text) and text[stop].isalpha():
        stop += 1
    return text[end + 1:stop]


def _link_ner_span(surface: str, ner_type: str, gazetteer: Gazetteer,
                   present: frozenset[str] = frozenset(),
                   shared_surnames: frozenset[str] = frozenset(),
                   next_word: str = "",
                   article_words: frozenset[str] = frozenset(),
                   original: str = "",
                   previous: str = "",
                   named_words: dict[str, set[str]] | None = None,
                   head: str = "",
                   ner_people: frozenset[str] = frozenset(),
                   ) -> tuple[str, int, str] | None:
    """(entity id, characters of proclitic to skip, how) for a NER span; None if no name.

    Names the KB does not know get an id from their clitic-free normalised form, so
    «لواشنطن» and «واشنطن» are one entity, in this article and across the corpus. A lone
    surname links to a KB person only when the article names that person in full and no other
    full name there ends in it («الخميس» is Thursday, «مخلوف» after «حسين مخلوف» is not Rami).
    Fuzzy links must pass :func:`_fuzzy_name_match`; a new entity's first word loses a proclitic
    only by :func:`_new_name_skip`. ``next_word`` is the word right after the span,
    ``article_words`` the article's words (evidence for a clitic split), ``original``
    the span as written, ``head`` the word before it (:func:`_head_before`), ``ner_people``
    the KB people NER linked by a full name earlier in the article. An exact alias must pass
    :func:`_ner_alias_fits`.
    """
    settings = load_settings()
    kb = gazetteer.kb
    allowed = settings.ner_types.get(ner_type, ())
    words = surface.split()
    if ner_type == "PER" and previous in _FAMILY:
        return None  # «(آل الصدر)»: the family, no one man of it
    # a KB surname written without the article («صالح») found with it («الصالح»)
    article_surname = ner_type == "PER" and len(words) == 1 and \
        words[0].startswith(_ARTICLE) and \
        bool(gazetteer.people_by_surname.get(words[0][len(_ARTICLE):])) and \
        not gazetteer.people_by_surname.get(words[0])
    if article_surname and (previous.startswith((_ARTICLE, "لل")) or (
            previous[:1] in _SHORT_PROCLITICS and previous[1:].startswith(_ARTICLE)) or
            not (named_words or {}).get(words[0])):
        # Session 17: «الملك الصالح», «والماء الصالح»: an adjective, no Saleh; nor, unless
        # another full name of the article ends in it, a lone «الصالح» (a quarter of Taiz)
        return None
    if ner_type == "PER" and _by_gods_formula(words):
        return None  # «بعون الله», «بتوفيق الله»: by God's help, no one named «عون الله»
    known_name = False  # a KB name that did not link: no new entity of that name
    for segmentation in candidates(words[0]):
        skip = segmentation.stem_start
        if _conjunction_misread(words[0][:skip], previous):
            continue  # «إلى فارنا»: Varna, no «ف» + «ارنا»
        if article_surname and _ARTICLE in segmentation.proclitics:
            continue  # «الصالح» after «محمد الصالح» is his, never Saleh's without the article
        stem = " ".join([words[0][skip:], *words[1:]])
        for entity_id in kb.by_alias.get(stem, ()):
            entity = kb.get(entity_id)
            if entity is not None and entity.type in allowed:
                if _ner_alias_fits(stem, entity, segmentation.proclitics, head, kb):
                    return entity_id, skip, "ner"
                known_name = True
        short = _without_nasab(stem) if ner_type == "PER" else None
        namesakes = [entity_id for entity_id in kb.by_alias.get(short, ())
                     if entity_id.startswith("per:")
                     and kb.alias_kind(short, entity_id) in ("name", "alias")] if short else []
        if len(namesakes) == 1:
            return namesakes[0], skip, "ner"  # «خالد بن محمد العطية» is «خالد العطية»
        if ner_type == "PER" and (person := _without_fathers_name(stem.split(), kb)):
            return person, skip, "ner"  # «خالد محفوظ بحاح» is «خالد بحاح»
        if ner_type == "PER" and (person := _without_initial(stem.split(), kb)):
            return person, skip, "ner"  # «دونالد جيه ترامب» is «دونالد ترامب»
        people = gazetteer.people_by_surname.get(stem, ()) if (
            ner_type == "PER" and previous not in settings.not_name_before) else ()
        if len(people) == 1 and people[0] in present and stem not in shared_surnames:
            return people[0], skip, "ner"
        named_here = [person for person in people if person in present
                      and not _patronymic_last(kb.get(person))]
        if len(named_here) == 1 and stem not in shared_surnames:
            return named_here[0], skip, "ner"  # «قوات صالح» after «علي عبدالله صالح»
        owners = (named_words or {}).get(stem, set()) if (
            ner_type == "PER" and " " not in stem and previous not in settings.not_name_before
            and stem not in _given_names()) else set()
        if len(owners) == 1 and (owner := next(iter(owners))) in present:
            return owner, skip, "ner"  # «كيم» after «كيم جونغ أون», the only name with it
        if ner_type == "PER" and " " not in stem and previous not in settings.not_name_before \
                and stem not in _given_names():
            # «الشيشاني» after «أبو عمر الشيشاني»: the one KB person named in full in the
            # article whose name ends in it, article or not
            last = _full_name_ending(stem, named_words or {}, present, kb) or \
                _full_name_spelled_like(stem, present | ner_people, kb)
            if last is not None:
                return last, skip, "ner"
    if ner_type == "PER" and (person := _given_name_respelt(surface, gazetteer)):
        return person, 0, "fuzzy"  # «حميد كرزاي» is «حامد كرزاي»
    if len(surface) >= settings.fuzzy_min_chars and not (
            ner_type == "PER" and _continues_name(next_word)):
        choices = gazetteer.aliases_of_types(allowed)
        for alias in _fuzzy_aliases(surface, gazetteer, allowed, settings.fuzzy_min_similarity):
            entity = kb.get(choices[alias])
            if _fuzzy_name_match(surface, alias, entity is not None and entity.type == "PER"):
                return choices[alias], 0, "fuzzy"
    skip = _new_name_skip(words[0], gazetteer, article_words,
                          original.split()[0] if original.split() else "", previous)
    name = surface[skip:]
    if previous in _FAMILY or (" " not in name and (
            name in settings.place_heads or name in settings.org_heads)):
        return None  # «آل سعود» cut at «آل»; «تل» of «تل بيدر», a head noun and no name
    named_by_head = ner_type == "ORG" and " " not in name and head in _name_heads()
    if named_by_head and surface[:skip].endswith(_ARTICLE):
        skip -= len(_ARTICLE)  # the club «الوحدة» keeps its article: «وحدة» is a word
        name = surface[skip:]
    if name in settings.not_names or _described_organisation(name) or (not named_by_head and (
            name in kb.stoplist or _not_a_name(name, ner_type, gazetteer))):
        return None  # «نادي الوحدة»: an everyday word, but the club's name after «نادي»
    if " " not in name and not named_by_head and _inflected_common_word(name, ner_type,
                                                                         next_word):
        return None  # «مالكي الطائرات», «أعلن انسحابي»
    if ner_type == "PER" and " " not in name and _title_goes_on(name, next_word):
        return None  # «وولي العهد الأمير محمد بن نايف»: «ولي» opens the title
    if ner_type == "PER" and _lone_given_name(name):
        # «صالح», «نورا»: a given name alone says who only with a full name; «وقال خليل»
        # after «ريدور خليل» (not in the KB) is his
        owners = (named_words or {}).get(name, set())
        if len(owners) == 1 and " " in (owner := next(iter(owners))):
            return _SAME_AS + owner, skip, "ner"
        return None
    if ner_type == "PER" and " " not in name and name in _span_words().given_roles:
        # a rarer given name («نورا» after «نورا حسين»): the one full name it opens
        owners = {owner for owner in (named_words or {}).get(name, set())
                  if " " in owner and owner.split()[0] == name}
        if len(owners) == 1:
            return _SAME_AS + next(iter(owners)), skip, "ner"
    if ner_type == "PER" and " " not in name and named_words and \
            name.removeprefix(_ARTICLE) not in _given_names():
        # «الخواجة» after «عبد الهادي الخواجة» (not in the KB): the one full name NER found
        # in the article that ends in the word, article or not, is who it is
        bare = name.removeprefix(_ARTICLE)
        owners = {owner for form in (bare, _ARTICLE + bare)
                  for owner in named_words.get(form, ())}
        # «لعبد الهادي الخواجة» is the same name as «عبد الهادي الخواجة», a proclitic on it
        owners = {owner for owner in owners
                  if not (owner[:1] in _NAME_PROCLITICS and owner[1:] in owners)}
        if len(owners) == 1 and " " in (owner := next(iter(owners))) and \
                owner.split()[-1] in (bare, _ARTICLE + bare):
            # a name of its own when that full name links to nothing
            return f"{_SAME_AS}{owner}{_OR_ELSE}{_new_name_id('per', name)}", skip, "ner"
    if known_name and " " not in name:
        return None  # a KB name its checks refused here («المشهد») is no new name either
    ner_type = _head_type(name, ner_type)
    if ner_type == "LOC" and head in settings.business_heads:
        ner_type = "ORG"  # «أحد مقاهي ستارباكس»: the company, not a place
    return _new_name_id(ner_type.lower(), name), skip, "ner"


def _given_name_respelt(surface: str, gazetteer: Gazetteer) -> str | None:
    """Analyst set 77: the one KB person of a foreign family name (no article, four letters
    or more) named in two words whose given name is the KB's with its long vowel letters
    moved, letter count, first letter and consonants kept: «حميد كرزاي» for «حامد كرزاي»
    («حميد وحيدي» is not «أحمد وحيدي»: the alif opens another name). Fuzzy matching
    misses it (two edits in ten letters) and :func:`_same_given_name` rightly refuses it for
    Arab names, where «سالم»/«سليم» are two men; a transliterated family name held by one KB
    person is what makes the given name a spelling. Foreign is what the KB records: a country
    that is no Arab League state (``arab_league_states``), for an Arab family name with no
    article is still Arab («حسين دياب» is not «حسان دياب», «سليم فياض» not «سلام فياض»). A
    letter more or less stays another name («حسن»/«حسين», «محمد»/«محمود»)."""
    words = surface.split()
    if len(words) != 2 or words[1].startswith(_ARTICLE) or len(words[1]) < 4 or \
            words[0] in load_everyday_words().common:
        return None
    people = gazetteer.people_by_surname.get(words[1], ())
    entity = gazetteer.kb.get(people[0]) if len(people) == 1 else None
    if entity is None or entity.country is None or \
            entity.country in load_settings().arab_league_states:
        return None
    for name in {normalize(n) for n in (entity.name_ar, *entity.aliases_ar)}:
        given, _, family = name.partition(" ")
        if family == words[1] and given != words[0] and len(given) == len(words[0]) and \
                given[0] == words[0][0] and _skeleton([given]) == _skeleton([words[0]]):
            return entity.id
    return None


def _without_nasab(name: str) -> str | None:
    """Analyst set 14: a Gulf name written in full puts the father between given name and
    family name («خالد بن محمد العطية», «عادل بن أحمد الجبير») where the KB and most news
    write the man as given name + family name («خالد العطية»). The name without its «بن X»
    links, and only when a family name closes it: «سعد بن متعب بن عبدالله بن عبدالعزيز» ends
    in a father's name and «محمد بن سلمان» has no family name, so neither is cut (None)."""
    words = name.split()
    if len(words) < 4 or words[1] not in _PATRONYMIC or words[-2] in _PATRONYMIC or \
            words[-1] in _PATRONYMIC:
        return None
    kept = [words[0]]
    index = 1
    while index < len(words):
        if words[index] in _PATRONYMIC and index + 2 < len(words):
            index += 2
            continue
        kept.append(words[index])
        index += 1
    return " ".join(kept) if len(kept) >= 2 and not set(kept) & _PATRONYMIC else None


def _without_fathers_name(words: Sequence[str], kb: KnowledgeBase) -> str | None:
    """Analyst set 45: a name written in three parts puts the father's given name between
    the man's given name and family name without «بن» («خالد محفوظ بحاح», «هادي فرحان
    العامري») where the KB writes given name + family name («خالد بحاح»). The one KB person
    whose name or alias is the first and last word, when both first words are given names of
    the person-name lexicon (the middle one of its two upper bands: a father's name, not a
    title, «المخلوع علي صالح», nor a preposition, «علي لسان خامنئي»), the last word no
    common given name (then the three are a chain of forefathers and the first and last name
    a man by his grandfather: «محمد يوسف عبدالعزيز» is no «محمد عبدالعزيز») and the three
    words no KB name of their own; None otherwise (:func:`_without_nasab` reads «بن» chains)."""
    if len(words) != 3 or set(words) & _PATRONYMIC or " ".join(words) in kb.by_alias or \
            words[2] in _given_names() or words[2].startswith(_ABD + _ARTICLE):
        return None  # «محمد يوسف عبدالعزيز»: a grandfather's given name, no family name
    names = read_person_names()
    if not any(role.startswith("given:") for role in names.get(words[0], ())) or \
            not _common_given_name(names.get(words[1], ())):
        return None
    short = f"{words[0]} {words[2]}"
    people = [entity_id for entity_id in kb.by_alias.get(short, ())
              if entity_id.startswith("per:") and kb.alias_kind(short, entity_id) in
              ("name", "alias")]
    return people[0] if len(people) == 1 else None


def _without_initial(words: Sequence[str], kb: KnowledgeBase) -> str | None:
    """Western names are often written with a middle initial spelt out in Arabic letters
    (``name_initials``: «دونالد جيه ترامب», «جورج دبليو بوش») where the KB writes given name
    and family name: the one KB person whose name or alias is the name without the
    initials; None otherwise (no initial inside, no such person, or several)."""
    initials = load_settings().name_initials
    kept = [word for word in words[1:-1] if word not in initials]
    if len(words) < 3 or len(kept) == len(words) - 2:
        return None
    short = " ".join([words[0], *kept, words[-1]])
    people = [entity_id for entity_id in kb.by_alias.get(short, ())
              if entity_id.startswith("per:") and kb.alias_kind(short, entity_id) in
              ("name", "alias")]
    return people[0] if len(people) == 1 else None


def _full_name_ending(word: str, named_words: dict[str, set[str]],
                      present: frozenset[str], kb: KnowledgeBase) -> str | None:
    """The one KB person named in full in the article (among ``present``) whose name ends in
    ``word`` (with or without the article); None when none does, or when another full name
    there (KB or NER) has the word too."""
    owners = {owner for form in (word, _ARTICLE + word) for owner in named_words.get(form, ())}
    if len(owners) != 1:
        return None
    owner = next(iter(owners))
    entity = kb.get(owner)
    if owner not in present or entity is None or entity.type != "PER":
        return None
    last = normalize(entity.name_ar).split()[-1]
    return owner if last in (word, _ARTICLE + word) else None


def _full_name_spelled_like(word: str, present: frozenset[str], kb: KnowledgeBase) -> str | None:
    """Session 17: the one KB person named in full in the article whose last name ``word`` is
    a transcription variant of (one letter apart, five letters or more): «وكان دوترتي» after
    «رودريغو دوتيرتي», «نيبنزيا» after «فاسيلي نيبينزيا». The two differ by a long vowel or a
    hamza seat inside the word (not a proclitic «و»: «وصالح»), and the word has no article and
    is no everyday word («العبيدي» is not «العبادي», «السياسي» not «السيسي»)."""
    if len(word) < 5 or word.startswith(_ARTICLE) or word in load_everyday_words().common:
        return None  # «العبيدي» is not «العبادي», «السياسي» not «السيسي»: words of their own
    owners = []
    for owner in present:
        entity = kb.get(owner) if owner.startswith("per:") else None
        names = normalize(entity.name_ar).split() if entity is not None else []
        last = names[-1] if len(names) >= 2 else ""
        if last and last != word and word[0] == last[0] and word[-1] == last[-1] and \
                _spelled_like(word, frozenset({last})) and \
                word.translate(_VOWEL_LETTERS) == last.translate(_VOWEL_LETTERS):
            owners.append(owner)
    return owners[0] if len(owners) == 1 else None


def _inflected_common_word(word: str, ner_type: str, next_word: str) -> bool:
    """Session 16: a one-word new "name" that is an everyday noun with an ending:
    - a sound masculine plural in construct («مالكي الطائرات», the owners of the aircraft):
      a word in «ي» before a definite noun whose «ين» plural the corpus knows;
    - a noun with the possessive «ي» (my): «أعلن انسحابي» (my withdrawal), the noun an
      everyday word and the whole no given name («فوزي», «حلمي» are names).
    """
    if not word.endswith("ي") or len(word) < 5:
        return False
    stem = word[:-1]
    if next_word.startswith(_ARTICLE) and stem + "ين" in _known_words() and \
            word not in _given_names():
        return True
    return ner_type == "PER" and stem in load_everyday_words().common and \
        word not in _span_words().given_roles and word not in _known_words()


@cache
def _name_heads() -> frozenset[str]:
    """Heads after which ANERcorp's definite word is the name itself (``definite_name`` in
    ``org_heads.json``: صحيفة، جريدة، نادي), normalised as :func:`_head_before` gives them."""
    return frozenset(normalize(head.head) for head in load_org_heads().heads.values()
                     if head.definite_name)


# Foreign brand and outlet names take the article freely: «اليوتيوب», «الفيسبوك», «البوينغ».
_BRANDS = frozenset({"company", "media"})


def _ner_alias_fits(stem: str, entity: KBEntity, proclitics: Sequence[str], head: str,
                    kb: KnowledgeBase) -> bool:
    """The checks of the gazetteer path, for an alias reached through a NER span.

    - An alias the KB writes without the article is not that name once the split took an
      article off: «تحالف الفتح» (the Iraqi list) is not «فتح», «الحماس» is not Hamas, «الجدة»
      is no city. Companies and media are exempt, and so is a place after a place head noun.
    - An everyday word (``everyday_words.json``) needs a head noun of its type right before
      it («حركة فتح»), NER's tag alone being no evidence on words the gazetteer did not take.
    - A context alias («قوات التحالف», «الجيش الوطني») links only by the article's context
      (:func:`_context_aliases_resolved`), never through NER.
    """
    if entity.id in kb.context_aliases.get(stem, ()):
        return False
    settings = load_settings()
    if _ARTICLE in proclitics and not stem.startswith(_ARTICLE) and \
            kb.alias_kind(_ARTICLE + stem, entity.id) is None and \
            entity.category not in _BRANDS and not (
                entity.type not in ("PER", "ORG") and head in settings.place_heads):
        return False  # «منطقة الهجين» is Hajin all the same; «اليوتيوب» is YouTube
    if stem in load_everyday_words().aliases:
        heads = settings.org_heads if entity.type == "ORG" else \
            settings.place_heads if entity.type != "PER" else frozenset()
        return head in heads
    return True


_NEW_PREFIXES = ("per:x-", "org:x-", "loc:x-")
_POSSESSIVE_ENDINGS = ("هما", "كما", "هم", "هن", "كم", "نا", "ها")
_PRONOUNS = frozenset(normalize(w) for w in (
    "أنا", "أنت", "أنتم", "أنتما", "هو", "هي", "هم", "هما", "هن", "نحن", "إياه", "إياها")) | {
    # a preposition with a pronoun: «قال لي», «له», «عنهم», «عليها»
    normalize(preposition) + suffix
    for preposition in ("ل", "ب", "من", "عن", "في", "علي", "الي", "مع", "عند", "لدي",
                        )
    for suffix in ("ي", "ني", "ك", "ه", "ها", "نا", "كم", "هم", "هما", "هن")}


def _described_organisation(name: str) -> bool:
    """Sets 88-90: an organisation head and an adjective of reach (``scope_adjectives``) and
    nothing else is a description, not a name: «المنظمة الدولية» («الأمين العام للمنظمة
    الدولية», «وأضافت المنظمة الدولية») is the UN or the body the story speaks of, as «the
    world body» is in English; NER's span (cut of its article) gives no new organisation.
    A name that goes on («المنظمة الدولية للهجرة») is longer and stays, and so does a head
    with a state's nisba («الشرطة التركية»), whose adjective says whose body it is."""
    words = name.split()
    settings = load_settings()
    return len(words) == 2 and words[0] in settings.org_heads and \
        words[1] in settings.scope_adjectives


def _not_a_name(name: str, ner_type: str, gazetteer: Gazetteer) -> bool:
    """A new NER "name" that is a pronoun, a title, a possessed noun or everyday words.

    - pronouns, free («هو») or on a preposition («لي», «له», «عنهم»);
    - titles alone («ولي ولي العهد», «الأمير»): every word a person title or head noun;
    - possessed nouns: one word with a possessive ending whose stem stands alone as a word
      («أوراقنا», «بلادهم»), which names do not take; a person's "name" that ends in one is
      an adjective and its noun («نبيل مواقفكم», your noble stances) where the noun is an
      everyday one with a possessive of many (:func:`_plurally_possessed`);
    - everyday words: every word frequent in the corpus and almost never inside a NER name
      (``common_words`` of ``everyday_words.json``: «قال لي», «فو الله», «جنوب البلاد»);
      organisations are exempt when longer than a word, being often named with everyday
      words («العربي الجديد», «رأي اليوم»).
    A KB alias is never rejected.
    """
    settings = load_settings()
    words = name.split()
    common = load_everyday_words().common
    if name in gazetteer.kb.by_alias:
        return False
    if len(words) == 1:
        word = words[0]
        return word in _PRONOUNS or word in common or _possessed_noun(word, common)
    if ner_type == "PER" and not words[-1].startswith(_ARTICLE) and \
            _plurally_possessed(words[-1], common):
        return True  # «المحنا» keeps its article, which no possessed noun takes
    titles = settings.titles | settings.generic_heads
    if all(word in titles or word in common for word in words) and words[0] in titles:
        return True
    return ner_type != "ORG" and all(word in common for word in words)


def _title_goes_on(word: str, next_word: str) -> bool:
    """Is a one-word person "name" the first word of a title whose next word follows it
    (both ``title_words`` or ``person_titles``: «ولي» + «العهد», «خادم» + «الحرمين»)? NER
    cuts «ولي» off «ولي العهد» as a given name, which the lexicon also knows it as; before
    the rest of its title it names nobody. Before any other word («ولي نصر») it may be one."""
    titles = load_settings().titles
    return word in titles and next_word in titles


def _plurally_possessed(word: str, common: Container[str]) -> bool:
    """Is a person's last word an everyday noun with a plural or dual possessive
    («مواقفكم», your stances)? Narrower than :func:`_possessed_noun`: surnames end in «نا»
    and «ها» («سانتانا», «أرينا», «ماكينها») on stems the cluster vocabulary holds, so
    only those endings no name takes count, on a stem of the everyday list."""
    return any(word.endswith(ending) and len(word) - len(ending) >= 3 and
               word[:-len(ending)] in common for ending in _PLURAL_POSSESSIVE_ENDINGS)


# «كم», «هم» …: a possessive of many, which no transliterated surname ends in
_PLURAL_POSSESSIVE_ENDINGS = ("هما", "كما", "هم", "هن", "كم")


def _possessed_noun(word: str, common: Container[str]) -> bool:
    """Is ``word`` a noun with a possessive pronoun («أوراقنا», «مواقفكم»): a possessive ending
    on a stem that stands alone as a word, the whole no word of its own?"""
    return word not in _known_words() and any(
        word.endswith(ending) and len(word) - len(ending) >= 3 and (
            word[:-len(ending)] in common or word[:-len(ending)] in _known_words())
        for ending in _POSSESSIVE_ENDINGS)


def _patronymic_last(entity: KBEntity | None) -> bool:
    """Does the person's name end in a father's name («محمد بن سلمان»)?"""
    words = normalize(entity.name_ar).split() if entity is not None else []
    return len(words) >= 2 and words[-2] in _PATRONYMIC


def _lone_given_name(name: str) -> bool:
    """A common given name alone («صالح», «عبد الرحمن»): no new person of its own, since every
    bearer in the corpus would be merged into it."""
    words = name.split()
    if len(words) == 2 and words[0] == _ABD and words[1].startswith(_ARTICLE):
        return True  # «عبد الرحمن», «عبد الله»
    return len(words) == 1 and name in _given_names()


_ABD = normalize("عبد")


def _head_type(name: str, ner_type: str) -> str:
    """A new entity's type from its head noun when it has one: «تلفزيون روداو» and «مسجد
    الحسين» are not persons whatever the tagger said."""
    settings = load_settings()
    head = name.split()[0]
    if len(name.split()) < 2:
        return ner_type
    if head in settings.org_heads:
        return "ORG"
    if head in settings.place_heads:
        return "LOC"
    return ner_type


# How many aliases above the similarity cut-off are tried word by word, best first.
_FUZZY_CANDIDATES = 5
# Name particles written both glued and apart («عبد الله»/«عبدالله», «بن عمر»/«بنعمر»,
# «آل نهيان»), beside the patronymic ones (`_PATRONYMIC`), which start a father's (given) name.
_GLUED_PARTICLES = frozenset(normalize(w) for w in ("عبد", "أبو", "آل"))
# Letters Arabic spelling of foreign names adds or drops freely (long vowels, hamza seats).
_VOWEL_LETTERS = str.maketrans("", "", "اوىيءئؤه")
_FINAL_VOWELS = frozenset("اهى")


def _name_words(name: str) -> list[tuple[str, bool]]:
    """(word, is a given name) of a normalised name, particles glued to the word they precede.

    Given names: the first word and each father's name after «بن»; the rest is family name
    («عبدالله بن عبدالعزيز ال سعود» → عبدالله, بنعبدالعزيز given; السعود).
    """
    glued: list[str] = []
    carry = ""
    for word in name.split():
        if word in _GLUED_PARTICLES or word in _PATRONYMIC:
            carry += word
            continue
        glued.append(carry + word)
        carry = ""
    if carry:
        glued.append(carry)
    return [(word, index == 0 or word.startswith(tuple(_PATRONYMIC)))
            for index, word in enumerate(glued)]


def _same_given_name(word: str, other: str) -> bool:
    """Given names match exactly but for the spelling of a final vowel («سارا»/«ساره»);
    an added letter makes another name («محمد»/«محمود», «جميل»/«جميله»)."""
    return word == other or (len(word) == len(other) > 2 and word[:-1] == other[:-1]
                             and word[-1] in _FINAL_VOWELS and other[-1] in _FINAL_VOWELS)


def _surname_article_dropped(word: str, other: str) -> bool:
    """Sets 87-92: a family name written without the article the KB's has («عادل جبير» for
    «عادل الجبير», «فيصل مقداد» for «فيصل المقداد»): the press drops it after a given name as
    it drops it in a transcription. Only the article, the rest letter for letter, and the
    bare word at least three letters («الحسن» is no «حسن» to check here: the callers'
    given-name and known-word refusals apply to the bare word as to any spelling)."""
    return other.startswith(_ARTICLE) and len(word) >= 3 and other[len(_ARTICLE):] == word


def _skeleton(words: Iterable[str]) -> str:
    """Family-name words without spaces, articles, long vowels and hamza seats, «تش» as «ش»:
    what stays the same when a foreign name is transliterated twice."""
    joined = "".join(word.removeprefix(_ARTICLE) for word in words)
    return joined.translate(_VOWEL_LETTERS).replace("تش", "ش")


def _spelling_variant(ours: list[str], theirs: list[str]) -> bool:
    """The same family name spelt differently: equal skeletons («بوسكوف»/«بيسكوف»,
    «خوجا»/«خوجه», «كيليشدار»/«كليتشدار», «كونيا سبور»/«كونياسبور», «الأنباء»/«أنباء»), or
    the same consonants with one rendered differently («كلوسه»/«كلوزه»). A consonant added
    or dropped makes another name («الخطيب» is not «الطيب»)."""
    if ours == theirs:
        return True
    bare, other = _skeleton(ours), _skeleton(theirs)
    return bare == other or (len(bare) == len(other) >= 3
                             and Levenshtein.distance(bare, other) == 1)


def _fuzzy_aliases(surface: str, gazetteer: Gazetteer, types: tuple[str, ...],
                   cutoff: float) -> list[str]:
    """The aliases of ``types`` most like ``surface`` (normalised Levenshtein similarity of at
    least ``cutoff``), best first, ties in the order of :meth:`Gazetteer.aliases_of_types`,
    at most :data:`_FUZZY_CANDIDATES`: what ``process.extract`` returns over all of them.

    Only aliases of a length that can reach the cut-off are scored. The similarity is one
    less the edit distance over the longer length, and the distance is at least the
    difference of the lengths, so it is at most shorter / longer: an alias shorter than
    ``cutoff`` times the surface's length, or longer than that length over ``cutoff``, never
    reaches it (the bounds below keep a letter more either side). Why: the fuzzy search ran
    over every alias of the types (thousands) for each NER name the KB does not know."""
    by_length = gazetteer.aliases_by_length(types)
    size = len(surface)
    first = bisect_left(by_length.lengths, int(size * cutoff) - 1)
    last = bisect_right(by_length.lengths, int(size / cutoff) + 1)
    found = process.extract(surface, by_length.aliases[first:last],
                            scorer=Levenshtein.normalized_similarity, score_cutoff=cutoff,
                            limit=None)
    positions = by_length.positions
    found.sort(key=lambda hit: (-hit[1], positions[first + hit[2]]))
    return [alias for alias, _, _ in found[:_FUZZY_CANDIDATES]]


def _fuzzy_name_match(surface: str, alias: str, person: bool) -> bool:
    """A fuzzy link needs the whole span to be the alias: the same given names (first word,
    fathers after «بن»), in order, and the rest spelt differently at most.

    Whole-string similarity alone linked people sharing a given name and father's name
    (audit, issue #15: «أحمد الخطيب» → «أحمد الطيب», «عبدالعزيز آل سعود» → «عبدالعزيز بن
    سعود», «عبدالله بن عبدالعزيز [الربيعة]» → King Abdullah): one edit in a long name is a
    different family name, not a misspelling. The family name is compared without spaces
    («جاوش اوغلو»/«جاويش أوغلو», «كونيا سبور»/«كونياسبور»).
    """
    ours, theirs = _name_words(surface), _name_words(alias)
    if person:
        given = [w for w, g in ours if g], [w for w, g in theirs if g]
        if len(given[0]) != len(given[1]) or not all(
                _same_given_name(w, o) for w, o in zip(*given, strict=True)):
            return False
    rest = ([w for w, g in ours if not g or not person],
            [w for w, g in theirs if not g or not person])
    if not rest[0] or not rest[1]:
        return rest[0] == rest[1]
    return _spelling_variant(*rest)


@cache
def _surname_keys() -> frozenset[str]:
    """Clitic-stem keys the person-name lexicon knows as family names (shipped with NER)."""
    return frozenset(key for key, roles in read_person_names().items()
                     if any(role.startswith("surname:") for role in roles))


def _continues_name(next_word: str) -> bool:
    """Does the word after a person span go on with the name? A definite family name
    («الربيعة» after «عبدالله بن عبدالعزيز») makes it another man than the KB's
    «عبدالله بن عبدالعزيز», so the cut span must not be linked fuzzily."""
    return next_word.startswith(_ARTICLE) and cluster_key(next_word) in _surname_keys()


_GOD = normalize("الله")
_BY = "ب"


def _by_gods_formula(words: list[str]) -> bool:
    """A person span «ب + noun + الله» is a formula of thanks («بعون الله», «بتوفيق الله»,
    «بفضل الله»): the preposition «ب» glued to one of ``gods_formula_nouns`` (God's help,
    grace, will). The nouns are given names too («عون الله», «فضل الله»), so only the «ب»
    makes the formula; a given name that opens with «ب» («بديع الله») is no formula noun."""
    return len(words) == 2 and words[1] == _GOD and words[0].startswith(_BY) and \
        words[0][len(_BY):] in load_settings().gods_formula_nouns


@cache
def _known_words() -> frozenset[str]:
    """Normalised words known to stand alone besides the KB's: the tokenizer's protected
    words and the clitic stems of the shared-corpus cluster vocabulary."""
    words = set(load_clitics().protected)
    words.update(read_clusters(DEFAULT_CLUSTERS))
    return frozenset(words)


def _new_name_skip(word: str, gazetteer: Gazetteer, article_words: frozenset[str],
                   original: str = "", previous: str = "") -> int:
    """Letters of proclitic to drop from the first word of a name the KB does not know.

    The default split cut the first letter off names NER had tagged whole («كويت إنرجي» →
    «ويت», «فرانز» → «رانز», «بيتسبرغ», «بسيرين», «ألفارو» → «فارو»; audit, issue #15).
    Fullest split first, the first with evidence wins:

    - with the article («ال», «بال», «وال», «لل»): unless the original writes a hamza there
      («ألفارو», «إلياس»), which the article never carries;
    - the conjunction «و» alone: unless the whole word is itself a known word;
    - any other proclitic («ب», «ف», «ك», «ل», «س», «وب» …): only when the whole word is not a
      known word (a word of a KB alias, a protected word of the tokenizer, a clitic stem of the
      shared-corpus cluster vocabulary) and its stem is a word of a KB alias or stands alone
      in the article (the cluster stems were cut by this very split: «كونيا» → «ونيا»).

    Known words need no hand list; names lists keep «لواشنطن» and «واشنطن» one entity.
    ``original`` is the word as written (diacritics allowed), for the hamza check; after a
    ``previous`` word that admits no conjunction («إلى فارنا»), no «و»/«ف» is split off, but
    for one before a common given name (the lexicon's top band): a writer's slip («إلى وسمير»).
    """
    if split_clitics(word).stem_start == 0:
        return 0
    known = _known_words()
    kb_words = gazetteer.alias_words
    whole_known = word in known or word in kb_words
    written = strip_marks(original)
    for segmentation in reversed(candidates(word)[1:]):
        skip = segmentation.stem_start
        if segmentation.stem_end != len(word) or skip == 0:
            continue  # enclitic analyses: names keep their endings
        proclitic, stem = word[:skip], word[skip:]
        if _conjunction_misread(proclitic, previous) and stem not in _given_names():
            continue  # a given name keeps a stray «و» off: «إلى وسمير القنطار» is a slip
        if proclitic.endswith(_ARTICLE) or proclitic == _ARTICLE_ABSORBED:
            at = skip - len(_ARTICLE)
            if len(written) == len(word) and written[at:at + 1] in _HAMZA_ALEFS:
                continue
            return skip
        if proclitic == _CONJUNCTION:
            if not whole_known:
                return skip
            continue
        if not whole_known and (stem in kb_words or stem in article_words) and \
                word not in _span_words().given_roles:
            return skip  # «فريد زكريا» is no «ف» + «ريد»
    return 0


_ARTICLE = "ال"
_ARTICLE_ABSORBED = "لل"  # ل + ال
_CONJUNCTION = "و"
_HAMZA_ALEFS = frozenset("أإآ")


def _build_entities(view: NormalizedText, found: list[_Found], kb: KnowledgeBase) -> list[Entity]:
    settings = load_settings()
    entities: dict[str, Entity] = {}
    ordered = sorted(found, key=lambda m: m.start)
    for mention in ordered:
        start, end = view.to_original(mention.start, mention.end)
        entity = entities.get(mention.entity_id)
        if entity is None:
            entity = _new_entity(mention, kb.get(mention.entity_id), view.original[start:end])
            if not entity.in_kb and entity.type == "FAC" and _AIRPORT_HEAD.match(
                    view.text[mention.start:mention.end].split(" ", 1)[0]):
                _place_airport(entity, mention, ordered, kb)
            entities[mention.entity_id] = entity
        entity.mentions.append(Mention(start, end, view.original[start:end], mention.how,
                                       settings.confidence(mention.how)))
    return list(entities.values())


def _place_airport(entity: Entity, mention: _Found, ordered: Sequence[_Found],
                   kb: KnowledgeBase) -> None:
    """An airport the KB lacks takes the country and coordinates of the first KB place with
    coordinates named inside its first mention: «مطار حماة» is placed at Hama. Approximate
    (the town's point, not the runway's), but an event the linker now places at the new
    airport would otherwise fall off the map where its town had put it. Airports only: they
    are named after the town they serve, while other facilities are often named after people
    («متحف فيكتوريا» is no building in the Seychelles' capital)."""
    for inner in ordered:
        if inner.start >= mention.end:
            return
        if inner.start < mention.start or inner.end > mention.end or \
                inner.entity_id == entity.id:
            continue
        place = kb.get(inner.entity_id)
        if place is not None and place.lat is not None and place.lon is not None:
            entity.country, entity.lat, entity.lon = place.country, place.lat, place.lon
            return


def _new_entity(mention: _Found, known: KBEntity | None, surface: str) -> Entity:
    if known is None:
        ner_type = mention.ner_type or "MISC"
        return Entity(mention.entity_id, ner_type, surface, in_kb=False)
    return Entity(known.id, known.type, known.name_ar, known.name_en, known.wikidata,
                  known.category, known.country, known.lat, known.lon)


# --- Pass of 2026-12-05 (issue #15, analyst recall): bodies the KB lacks named by a head
# noun and a nisba adjective, airports «مطار X الدولي», and KB people written with a long
# vowel more or less in the family name.

# Proclitic runs a head word may carry before its stem (the article is handled apart).
_HEAD_CLITIC_RUNS = ("وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك", "")
_NAME_STOPS = frozenset(".،,؛:!؟?)»\"\n")


def _head_word(word: str, heads: frozenset[str]) -> tuple[int, bool, str] | None:
    """(characters of proclitic before the name, definite?, the head's stem) when ``word`` is
    one of ``heads`` (stems without the article): bare («وزاره»), definite («البرلمان»), with
    proclitics («لوزاره», «والشرطه»; «للهييه», whose «لل» took the article's alif)."""
    for run in _HEAD_CLITIC_RUNS:
        if not word.startswith(run):
            continue
        rest = word[len(run):]
        if rest.startswith(_ARTICLE) and rest[len(_ARTICLE):] in heads:
            return len(run), True, rest[len(_ARTICLE):]
        if run.endswith("ل") and rest.startswith("ل") and rest[1:] in heads:
            return len(run) + 1, True, rest[1:]  # «للهييه»: the span starts after both lams
        if rest in heads:
            return len(run), False, rest
    return None


def _definite_plain(word: str) -> bool:
    """A definite word of letters with no other proclitic («الخارجيه», «الملكيه»)."""
    return word.isalpha() and len(word) > len(_ARTICLE) + 1 and word.startswith(_ARTICLE)


# Participles of affiliation after a complement say whose the body is, not its name
# («اللجنة العليا للإغاثة التابعة للحكومة»).
_AFFILIATION = frozenset(normalize(w) for w in (
    "التابع", "التابعة", "المكلف", "المكلفة", "المعني", "المعنية", "المسؤول", "المسؤولة",
    "الموالي", "الموالية", "المنبثق", "المنبثقة", "المقرب", "المقربة"))


def _complement_end(text: str, end: int) -> tuple[int, bool]:
    """(end, with an adjective) of a name's «لل» complement after ``end`` («… للطيران
    المدني»): the complement and the definite adjective after it (a nisba-shaped word in «ي» or
    «ة», or one of ``name_adjectives``; no participle of affiliation, and so no verb whose «أ»
    normalises like the article: «ألزمت»), or the complement alone right before punctuation;
    (``end``, False) when there is none («الحكومة الماليزية للتحقيق في» takes none). A
    relative or a possessor word after the complement (``name_closers``,
    ``possessor_closers``: «التي», «ذات») ends it as punctuation does, and is no adjective
    though «التي» and «الذي» are shaped like one (:func:`_cut_before_possessor` decides
    whether a name cut before «ذات» is one)."""
    word = _next_word(text, end)
    if not (word.startswith("لل") and len(word) > 4):
        return end, False
    settings = load_settings()
    closers = settings.name_closers | settings.possessor_closers
    after = end + 1 + len(word)
    joined = _next_word(text, after)
    coordinated = joined.startswith("و") and len(joined) > 5 and \
        _definite_plain(joined[1:]) and joined[1:] not in _AFFILIATION
    if coordinated:  # «للمساءلة والعدالة»: a second noun joined by «و» is in the name
        after += 1 + len(joined)
    adjective = _next_word(text, after)
    if _definite_plain(adjective) and adjective not in _AFFILIATION and \
            adjective not in closers and (
                adjective.endswith(("ي", "يه") if coordinated else ("ي", "ه"))
                or adjective in settings.name_adjectives):
        return after + 1 + len(adjective), True
    if coordinated:  # two nouns joined name a body's field as an adjective does
        return after, True
    if after == len(text) or text[after] in _NAME_STOPS or adjective in closers:
        return after, False  # «للبنادق التي…»: a relative ends it as a stop
    return end, False


def _cut_before_possessor(text: str, end: int, name: str, found: Sequence[_Found],
                          whole: Container[str] = ()) -> bool:
    """Does a body's name ``name`` end at ``end`` in a bare «لل» complement only because a
    possessor word follows (``possessor_closers``: «ذات», «ذو»), with the name known nowhere
    else in the article? Unlike a relative, «ذات» may qualify the complement's own noun and
    belong to the name («الجمعية المصرية للأمراض ذات الصلة بالسكري», «الشركة الوطنية
    للصناعات ذات الاستخدام المزدوج») as well as end it («الجمعية الوطنية للبنادق ذات
    النفوذ»), so the cut name is a body only where the article names it elsewhere
    (:func:`_named_elsewhere`); a KB name is the KB's before any rule makes one."""
    if not name.split(" ")[-1].startswith("لل") or \
            _next_word(text, end) not in load_settings().possessor_closers:
        return False
    return not _named_elsewhere(text, end, name, found, whole)


def _named_elsewhere(text: str, end: int, name: str, found: Sequence[_Found],
                     whole: Container[str]) -> bool:
    """Does the article name the body ``name`` (ending at ``end``) elsewhere: a NER name or
    one of ``whole`` (names the caller made) spelled the same, or the words after its head
    after another body head noun, as the press varies a translated name's head («اللجنة
    الوطنية للبنادق» beside «الجمعية الوطنية للبنادق»)? A description is not repeated so."""
    if name in whole or any(
            mention.how == "ner" and _clitic_free_name(text, mention.start, mention.end) == name
            for mention in found):
        return True
    settings = load_settings()
    heads = settings.construct_org_heads | settings.complement_org_heads
    rest = " " + name.split(" ", 1)[1]
    at = text.find(rest)
    while at >= 0:
        stop = at + len(rest)
        if stop != end and (stop == len(text) or not text[stop].isalpha()) and \
                _head_word(_previous_word(text, at + 1)[1], heads) is not None:
            return True
        at = text.find(rest, at + 1)
    return False


def _new_name_id(kind: str, name: str) -> str:
    """The stable id of a name the KB lacks (``kind``: its type in lower case), from the name
    itself, so the same name gets the same id in every article."""
    return f"{kind}:x-{hashlib.sha1(name.encode('utf-8')).hexdigest()[:10]}"


def _headed_span(text: str, start: int,
                 heads: frozenset[str]) -> list[tuple[int, str, bool, int, bool]]:
    """Each (start after the head's proclitics, the head's stem, is it definite, definite
    words between, is one of them a conjunct) where a head of ``heads`` stands right before
    ``start`` with at most three definite words between (spaces only), nearest first:
    «الخارجية الكوبية» and «وزارة الخارجية الكوبية». A head with «و» or «ف» after another head
    shares the nisba with it («الجيش والشرطة المصرية») and is none; after any other word it
    opens its own name («بين المحتجين والشرطة العراقية»: protesters are no Iraqi body). A
    word between may be «و» and a definite word that is no head («وزارة الشباب والرياضة
    اليمنية», one ministry of two portfolios), but no head lies beyond such a conjunct
    («قيادة الجيش والقوات العراقية» names two bodies), and a force or an institution is no
    portfolio (``conjunct_body_nouns``: «هيئة الأركان والقوات الجوية الروسية» names two
    bodies, the second one Russia's; «وزارة الصحة والمستشفيات الحكومية»)."""
    settings = load_settings()
    position = start
    out = []
    joined = headed = False  # a conjunct passed; a head word passed
    for middle in range(_MOST_WORDS_BETWEEN + 1):
        at, word = _previous_word(text, position)
        if at < 0 or not word:
            break
        found = _head_word(word, heads)
        if found is not None:
            skip, definite, stem = found
            if skip and word[0] in "وف":
                before_at, before = _previous_word(text, at)
                if before_at < 0 or _head_word(before, heads) is not None:
                    break  # «الجيش والشرطة المصرية»: the nisba is the pair's
            if joined and headed:
                break
            out.append((at + skip, stem, definite, middle, joined))
            if not definite or skip:
                break  # a bare head or a proclitic opens the phrase
            headed = True
        conjunct = found is None and word[:1] == "و" and _definite_plain(word[1:]) and \
            word[1 + len(_ARTICLE):] not in settings.conjunct_body_nouns
        if not (_definite_plain(word) or conjunct) or word in settings.person_titles or \
                word in _time_words():
            break
        joined = joined or conjunct
        position = at
    return out


# «مركز الدراسات والإعلام الاقتصادي اليمني»: the most definite words between a body's
# construct head and its state's nisba
_MOST_WORDS_BETWEEN = 3


def _nisba_organisations(text: str, found: Sequence[_Found], kb: KnowledgeBase) -> list[_Found]:
    """Bodies the KB lacks named by a head noun and a state's nisba adjective, made new ORGs
    (as NER names are); the adjective keeps its link to the state, nested, as it does inside
    a KB name («وزارة الخارجية الفرنسية» and «الفرنسية»):

    - a state's own body, definite (``state_body_heads``), a definite word between or none:
      «البرلمان الفرنسي», «الشرطة الملكية الماليزية»;
    - a construct (``construct_org_heads``, bare) with one definite word: «وزارة الخارجية
      الكوبية», «هيئة الأركان الروسية»;
    - a definite head of ``complement_org_heads`` only with a «لل» complement after the nisba
      («الأكاديمية السعودية للطيران المدني»; «الشركة الروسية» alone is "the Russian
      company", no name), and without a nisba «الهيئة العامة للطيران المدني»: one or two
      ``name_adjectives``, the complement and its adjective.

    A head of ``civil_sense_nouns`` after one of its nouns names a trade, no body
    (:func:`_civil_sense`: «رحلات الطيران التركي» are Turkish flights, no air force).
    The nisba agrees with the head in gender (:func:`_agrees`), or in «يين» with the plural
    of people right after a bare head of ``members_body_heads`` (:func:`_people_plural`:
    «نقابة الصحافيين اليمنيين»; «حركة اللاجئين السوريين» is the refugees' movement).
    Nothing is made where another mention lies on the head or the word between (a KB name,
    a name NER found and linked, a person), nor for a name the KB has (its own checks
    refused it here). A word between of ``official_adjectives`` («الحكومي», «الرسمي») does
    not make another body: «التلفزيون الحكومي السوري» is the KB's «التلفزيون السوري», and a
    body the KB lacks gets the id of its name without the adjective («الإذاعة الرسمية
    الجزائرية» is «الإذاعة الجزائرية»). A name a possessor word cut
    (:func:`_cut_before_possessor`) is made only where NER knows it. Two nisbas after one
    head make one body, the longest name («لجنة الشؤون العامة الأمريكية الإسرائيلية»), not
    a second id on its first words."""
    settings = load_settings()
    heads = settings.state_body_heads | settings.construct_org_heads | \
        settings.complement_org_heads
    taken = SpanSet((m.start, m.end) for m in found if m.how != "adjective")
    spans: set[tuple[int, int]] = set()
    for mention in found:
        if mention.how != "adjective" or taken.overlaps(mention.start, mention.end) or \
                (mention.start > 0 and text[mention.start - 1].isalpha()):
            continue  # «والفرنسي»: a nisba with a proclitic opens a new phrase
        entity = kb.get(mention.entity_id)
        if entity is None or entity.type != "GPE":
            continue
        nisba = text[mention.start:mention.end]
        best = None
        members = _people_plural(_previous_word(text, mention.start)[1])
        for start, stem, definite, middle, joined in _headed_span(text, mention.start, heads):
            if taken.overlaps(start, mention.start):
                break
            # «نقابة الصحافيين اليمنيين»: a plural nisba agrees with the members it follows,
            # and a body of members is named so («حركة اللاجئين السوريين» is their movement)
            if not (_agrees(stem, nisba) or (
                    members and nisba.endswith("يين") and not definite and middle == 1
                    and stem in settings.members_body_heads)):
                continue  # «وزير الخارجية التركي»: the minister is Turkish, not «الخارجية»
            end = _complement_end(text, mention.end)[0] \
                if stem in settings.complement_org_heads else mention.end
            near = middle <= 1 and not joined  # more words between only after a bare head
            if (definite and near and stem in settings.state_body_heads
                    and not _civil_sense(text, start, stem, settings)) or \
                    (not definite and middle and stem in settings.construct_org_heads) or \
                    (definite and near and stem in settings.complement_org_heads
                     and end > mention.end):
                best = (start, end)  # the farthest head wins: «وزارة الخارجية الكوبية»
        if best is not None:
            spans.add(best)
    if settings.complement_org_heads:
        spans |= {span for span in _adjective_named_bodies(text, settings)
                  if not taken.overlaps(*span)}
    # one head, two nisbas («لجنة الشؤون العامة الأمريكية الإسرائيلية»): the longest name
    ends: dict[int, int] = {}
    for start, end in spans:
        ends[start] = max(end, ends.get(start, end))
    named = [(start, end, _clitic_free_name(text, start, end))
             for start, end in sorted(ends.items())]
    whole = {name for _, end, name in named if not _cut_before_possessor(text, end, name, ())}
    out = []
    for start, end, name in named:
        words = name.split(" ")
        plain = " ".join([words[0], *(word for word in words[1:-1]
                                      if word not in settings.official_adjectives), words[-1]])
        known = [entity_id for entity_id in kb.by_alias.get(plain, ())
                 if (entity := kb.get(entity_id)) is not None and entity.type == "ORG"]
        if len(words) > 2 and len(known) == 1:
            out.append(_Found(start, end, known[0], "alias"))  # «التلفزيون الحكومي السوري»
        elif name not in kb.by_alias and not _cut_before_possessor(text, end, name, found, whole):
            # «الإذاعة الرسمية الجزائرية» is the body «الإذاعة الجزائرية» names: one id
            out.append(_Found(start, end, _new_name_id("org", plain), "ner", "ORG"))
    return out


def _civil_sense_alias(hit: GazetteerHit, text: str, kb: KnowledgeBase) -> bool:
    """A KB body's alias that opens with a head of ``civil_sense_nouns`` right after one of its
    nouns («رحلات الطيران السوري», «شركات الطيران الإسرائيلي») speaks of flights or airlines,
    as :func:`_named_institutions` reads the head: the KB's air forces named «الطيران» + a
    nisba are not meant there."""
    entity = kb.get(hit.ids[0])
    if entity is None or entity.type != "ORG" or hit.kind == "adjective":
        return False
    settings = load_settings()
    first = text[hit.start:hit.end].split(" ", 1)[0]
    return any(_civil_sense(text, hit.start, first[split.stem_start:].removeprefix(_ARTICLE),
                            settings)
               for split in candidates(first))


def _civil_sense(text: str, start: int, stem: str, settings: LinkingSettings) -> bool:
    """Whether the head ``stem`` at ``start`` follows a noun that gives it its civil sense
    (``civil_sense_nouns``): «رحلات الطيران», «شركات الطيران», «عبر الطيران» speak of
    flights, airlines and air travel, while «الطيران» alone before a state's nisba, the
    subject of strikes, is that state's air force."""
    nouns = settings.civil_sense_nouns.get(stem)
    if not nouns:
        return False
    word = _previous_word(text, start)[1]
    return any(word[s.stem_start:] in nouns for s in candidates(word))


def _construct_complement_end(text: str, end: int) -> int:
    """End of a «ل» complement that is a construct after ``end``: «… لحقوق الإنسان»,
    «… لدراسات الشرق»: an indefinite noun with «ل» (no article: «لل» is
    :func:`_complement_end`'s) and the definite noun it governs; ``end`` when there is none
    («مركز بغداد لمدة عامين» has no definite second noun)."""
    word = _next_word(text, end)
    if not (word.startswith("ل") and not word.startswith("لل") and len(word) > 4):
        return end
    after = end + 1 + len(word)
    genitive = _next_word(text, after)
    if not _definite_plain(genitive) or genitive in _AFFILIATION:
        return end
    return after + 1 + len(genitive)


def _free_place_mentions(text: str, found: Sequence[_Found],
                         kb: KnowledgeBase) -> Iterator[_Found]:
    """The KB places found by name, not by a nisba and not glued to a word before them: the
    mentions a head noun before them can make part of a body's name (:func:`_place_named_bodies`,
    :func:`_place_directorates`)."""
    for mention in found:
        entity = kb.get(mention.entity_id)
        if mention.how != "adjective" and entity is not None and entity.type in ("GPE", "LOC") \
                and not (mention.start > 0 and text[mention.start - 1].isalpha()):
            yield mention


def _place_named_bodies(text: str, found: Sequence[_Found], kb: KnowledgeBase) -> list[_Found]:
    """«مركز بغداد للدراسات الاستراتيجية», «هيئة دبي للثقافة والفنون», «مركز البحرين لحقوق
    الإنسان»: a bare head of ``complement_org_heads``, a KB place linked right after it and a
    «لل» complement (:func:`_complement_end`: with its adjective, a second noun, or before
    punctuation) or a «ل» construct (:func:`_construct_complement_end`) are one new body, as
    :func:`_nisba_organisations` makes one with a nisba; the place keeps its link, nested, as
    inside an airport. Without the complement, the head and the place are a
    part of the place («مركز بغداد», central Baghdad) and nothing is made; nothing either where
    another mention lies on the head or the complement, for a name the KB has, or for one
    a possessor word cut (:func:`_cut_before_possessor`)."""
    heads = load_settings().complement_org_heads
    taken = SpanSet((m.start, m.end) for m in found if m.how != "adjective")
    out = []
    for mention in _free_place_mentions(text, found, kb):
        at, word = _previous_word(text, mention.start)
        head = _head_word(word, heads) if at >= 0 else None
        if head is None or head[1]:
            continue  # a definite head is «المركز» of a place's nisba, :func:`_nisba_organisations`
        end = _complement_end(text, mention.end)[0]
        if end == mention.end:
            end = _construct_complement_end(text, mention.end)
        start = at + head[0]
        if end == mention.end or taken.overlaps(start, mention.start) or \
                taken.overlaps(mention.end, end):
            continue
        name = _clitic_free_name(text, start, end)
        if name not in kb.by_alias and not _cut_before_possessor(text, end, name, found):
            out.append(_Found(start, end, _new_name_id("org", name), "ner", "ORG"))
    return out


def _place_directorates(text: str, found: Sequence[_Found], kb: KnowledgeBase) -> list[_Found]:
    """«مديرية أمن إسطنبول», «قيادة شرطة ريف دمشق», «قيادة عمليات الأنبار»: a bare head of
    ``directorate_heads``, a bare noun of ``service_nouns`` (the service it runs) and a KB
    place linked right after are one new body, the place kept nested, as
    :func:`_place_named_bodies` makes «مركز بغداد للدراسات». The place is a city or a province:
    before a state or a region «قيادة» is taking command («قيادة عمليات سوريا»). Without the
    service noun the head and the place are a district («مديرية الصفراء») or a command's seat,
    and nothing is made. Nothing either where another mention lies on the head or the noun,
    nor for a name the KB has."""
    settings = load_settings()
    taken = SpanSet((m.start, m.end) for m in found if m.how != "adjective")
    out = []
    for mention in _free_place_mentions(text, found, kb):
        entity = kb.get(mention.entity_id)
        if entity is None or entity.category in ("state", "region"):
            continue  # «قيادة عمليات سوريا», «قيادة أمن الخليج»: taking command, no body
        at, service = _previous_word(text, mention.start)
        if at < 0 or service not in settings.service_nouns:
            continue
        body = _body_before(text, at, settings.directorate_heads, taken, kb, mention)
        if body is not None:
            out.append(body)
    return out


def _qualified_place_bodies(text: str, found: Sequence[_Found],
                            kb: KnowledgeBase) -> list[_Found]:
    """«إذاعة شمال ألمانيا» (the NDR), «بلدية محايل عسير»: a bare head of
    ``regional_body_heads`` (a broadcaster, a municipality), one word that narrows the place
    and a KB place linked right after are one new body, the place kept nested, as
    :func:`_place_directorates` makes «مديرية أمن إسطنبول». The word is a compass noun
    (``direction_words``: the north of Germany) or the town's own name the KB lacks, written
    before its region («محايل» in Asir): an indefinite word that is no everyday word, given
    name or KB name. Nothing where another mention lies on the head or the word («إذاعة
    دمشق» is :func:`_in_titled_name`'s), nor for a name the KB has."""
    settings = load_settings()
    if not settings.regional_body_heads:
        return []
    common = load_everyday_words().common
    taken = SpanSet((m.start, m.end) for m in found if m.how != "adjective")
    out = []
    for mention in _free_place_mentions(text, found, kb):
        at, word = _previous_word(text, mention.start)
        compass = word in settings.direction_words and not word.endswith("ي")
        town = len(word) >= 3 and not (word.startswith(_ARTICLE) or word in common
                                       or word in _given_names() or word in kb.by_alias)
        if at < 0 or not (compass or town):
            continue
        body = _body_before(text, at, settings.regional_body_heads, taken, kb, mention)
        if body is not None:
            out.append(body)
    return out


def _body_before(text: str, at: int, heads: frozenset[str], taken: SpanSet,
                 kb: KnowledgeBase, mention: _Found) -> _Found | None:
    """The new body a bare head of ``heads`` makes with the word at ``at`` and the place
    ``mention`` after it («مديرية أمن إسطنبول», «إذاعة شمال ألمانيا»), shared by
    :func:`_place_directorates` and :func:`_qualified_place_bodies`: none where the word
    before is no bare head, another mention lies between the head and the place, or the
    KB has the name."""
    head_at, word = _previous_word(text, at)
    head = _head_word(word, heads) if head_at >= 0 else None
    if head is None or head[1] or taken.overlaps(head_at, mention.start):
        return None
    start = head_at + head[0]
    name = _clitic_free_name(text, start, mention.end)
    if name in kb.by_alias:
        return None
    return _Found(start, mention.end, _new_name_id("org", name), "ner", "ORG")


def _people_plural(word: str) -> bool:
    """Is ``word`` a definite sound masculine plural in the genitive («الصحافيين»,
    «المعلمين»): people a body of members (``members_body_heads``) gathers?"""
    return _definite_plain(word) and word.endswith("ين")


def _agrees(head: str, nisba: str) -> bool:
    """Does a nisba (normalised: «الفرنسي», «الكوبيه») agree in gender with a head's stem?
    Feminine heads end in «ه» (ة) or are plurals in «ات» («الاستخبارات الامريكيه»)."""
    feminine = head.endswith(("ه", "ات"))
    return nisba.endswith("يه") if feminine else nisba.endswith("ي")


def _clitic_free_name(text: str, start: int, end: int) -> str:
    """A span's name; after «لل» (ل and the article, its alif dropped) the article comes back
    («للهييه العامه …» → «الهييه العامه …»)."""
    name = " ".join(text[start:end].split())
    if text[max(0, start - 2):start] == "لل" and (start < 3 or not text[start - 3].isalpha()
                                                  or text[start - 3] in "وف"):
        return _ARTICLE + name
    return name


_COMPLEMENT = re.compile(r"(?<= )لل[^\W\d_]{3,}")


def _adjective_named_bodies(text: str, settings: LinkingSettings) -> list[tuple[int, int]]:
    """«الهيئة العامة للطيران المدني»: a definite head of ``complement_org_heads``, one or two
    ``name_adjectives``, then a «لل» complement with its definite adjective, a second noun
    joined by «و» («الهيئة العليا للمساءلة والعدالة») or nothing more before punctuation or a
    «بال» word («الإدارة العامة للجوازات بالرياض»)."""
    spans = []
    for match in _COMPLEMENT.finditer(text):
        end, with_adjective = _complement_end(text, match.start() - 1)
        if not with_adjective and end < match.end():
            # «الإدارة العامة للجوازات بالرياض»: a bare complement ends the name before a
            # «بال» word (the place it sits in) as it does before punctuation; one that is a
            # body's head itself says whose part it is («الإدارة العامة للهيئة بالقصيم»)
            if not _next_word(text, match.end()).startswith("بال") or \
                    match.group()[2:] in settings.complement_org_heads | settings.org_heads:
                continue
            end = match.end()
        position = match.start() - 1
        for _ in range(2):
            at, word = _previous_word(text, position)
            if at < 0 or word not in settings.name_adjectives:
                break
            position = at
            head_at, head = _previous_word(text, position)
            found = _head_word(head, settings.complement_org_heads) if head_at >= 0 else None
            if found is not None and found[1]:
                spans.append((head_at + found[0], end))
                break
    return spans


# The proclitics a head noun may carry («ومطار», «بمطار», «فلمطار»)
_HEAD_PROCLITICS = r"(?:و|ف|ب|ل|ك|وب|ول|فب|فل)?"
_AIRPORT_WORD = normalize("مطار")
_AIRPORT = re.compile(
    r"(?<![^\W\d_])" + _HEAD_PROCLITICS + "(?P<head>" + _AIRPORT_WORD +
    r") (?P<name>[^\W\d_]+(?: [^\W\d_]+){0,2}) (?:" + normalize("الدولي") + "|" +
    normalize("العسكري") + r")(?![^\W\d_])")
_AIRPORT_HEAD = re.compile("^" + _HEAD_PROCLITICS + _AIRPORT_WORD + "$")


def _international_airports(text: str, found: Sequence[_Found],
                            kb: KnowledgeBase) -> list[_Found]:
    """«مطار كوالالمبور الدولي», «مطار النيرب العسكري», «مطار حماة»: an airport the KB
    lacks, named by «مطار», one to three name words and «الدولي» or «العسكري» (a military
    air base), or by «مطار» and a KB town or city linked right after it, is one new facility
    (FAC, as the KB types its airports; the town keeps its link inside, nested). A name word
    that is an everyday word and no KB name ends it («مطار بغداد إلى الدولي» is none). The
    short name beside the long one («مطار عدن», «مطار عدن الدولي») gets the long one's id. A KB
    name over the whole or part of it (fac:…, «مطار القامشلي» in «مطار القامشلي العسكري»)
    leaves nothing to do, and a state («مطار سوريا») names no airport."""
    if _AIRPORT_WORD not in text:
        return []
    out = []
    common = load_everyday_words().common
    known = [m for m in found if m.how != "adjective"]
    matches = [match for match in _AIRPORT.finditer(text)
               if not any(word in common and word not in kb.by_alias
                          for word in match.group("name").split())]
    spans = [(match.start("head"), match.end()) for match in matches]
    named = {start for start, _ in spans}
    # «مطار عدن» beside «مطار عدن الدولي» is the same airport: the full name's id
    full = {" ".join(match.group("name").split()):
            " ".join(text[match.start("head"):match.end()].split()) for match in matches}
    for mention in known:
        entity = kb.get(mention.entity_id)
        head_start, head = _previous_word(text, mention.start)
        start = head_start + len(head) - len(_AIRPORT_WORD)  # after the proclitic
        if entity is not None and entity.type == "GPE" and entity.category != "state" and \
                _AIRPORT_HEAD.match(head) and start not in named:
            spans.append((start, mention.end))
    for start, end in spans:
        if any((m.start <= start and end <= m.end) or (
                m.start < end and start < m.end and (entity := kb.get(m.entity_id)) is not None
                and entity.type == "FAC") for m in known):
            continue
        name = " ".join(text[start:end].split())
        if name not in kb.by_alias:
            same = full.get(name.split(" ", 1)[1], name)
            out.append(_Found(start, end, _new_name_id("fac", same), "ner", "FAC"))
    return out


_GivenIndex = dict[str, dict[tuple[int, str], list[tuple[tuple[str, ...], str, str]]]]
_NAME_PROCLITICS = frozenset("وفبلك")  # «ومارين لوبن»
_NOT_GIVEN = _GLUED_PARTICLES | _PATRONYMIC | {normalize("أم")}


@_per_kb
def _people_by_given(kb: KnowledgeBase) -> _GivenIndex:
    """KB people's names of two or three words (not ending in «بن» and a father's name), by
    first word: (the words before
    the family name, the family name, entity id); per KB, cached."""
    settings = load_settings()
    index: _GivenIndex = {}
    for entity in kb.entities.values():
        if entity.type != "PER":
            continue
        for name in {normalize(n) for n in (entity.name_ar, *entity.aliases_ar)}:
            words = name.split()
            # «محمد بن سلمان»: a father's name; «أبو عمار»: a kunya's given name (in three
            # words the particle's name is checked: «أبو بكر», «بن علي»); «الملك سلمان»: a
            # title is no given name to check
            if 2 <= len(words) <= 3 and len(words[-1]) >= 4 and \
                    words[-2] not in _PATRONYMIC and \
                    (len(words) == 3 or words[0] not in _NOT_GIVEN) and \
                    words[0] not in settings.titles:
                index.setdefault(words[0], {}).setdefault(
                    (len(words) - 1, _skeleton([words[-1]])), []).append(
                    (tuple(words[:-1]), words[-1], entity.id))
    return index


def _one_vowel_apart(word: str, other: str) -> bool:
    """One long vowel letter (ا و ي) more inside one of two family names («لوبن»/«لوبان»,
    «يلديريم»/«يلدريم»); never at either end, where it makes another name («الطيبي»)."""
    short, longer = sorted((word, other), key=len)
    return len(longer) == len(short) + 1 and any(
        longer[i] in "اوي" and longer[:i] + longer[i + 1:] == short
        for i in range(1, len(longer) - 1))


def _one_vowel_less(word: str, tail: int = 1) -> set[str]:
    """The word without one of its inner long vowel letters (ا و ي; never the first letter
    nor any of the last ``tail``, which make another word or a nisba: «أميركيا»)."""
    return {word[:i] + word[i + 1:] for i in range(1, len(word) - tail) if word[i] in "اوي"}


@_per_kb
def _shortened_aliases(kb: KnowledgeBase) -> tuple[dict[str, frozenset[str]],
                                                   dict[str, frozenset[str]]]:
    """(every one-word KB alias of five letters or more with one inner long vowel left out →
    the entities it names; the same for states' names alone, without the article and
    never the vowel of their last two letters); per KB, cached."""
    every: dict[str, set[str]] = {}
    for alias, ids in kb.aliases():
        if " " not in alias and len(alias) >= 5:
            for variant in _one_vowel_less(alias):
                every.setdefault(variant, set()).update(ids)
    states: dict[str, set[str]] = {}
    for entity in kb.entities.values():
        if entity.category != "state":
            continue
        for name in {normalize(n) for n in (entity.name_ar, *entity.aliases_ar)}:
            if " " not in name and len(name) >= 5 and not name.startswith(_ARTICLE):
                states.setdefault(name, set()).add(entity.id)
                for variant in _one_vowel_less(name, 2):
                    states.setdefault(variant, set()).add(entity.id)
    return ({k: frozenset(v) for k, v in every.items()},
            {k: frozenset(v) for k, v in states.items()})


def _spelled_states(text: str, found: Sequence[_Found], kb: KnowledgeBase) -> list[_Found]:
    """«نيكارغوا» for «نيكاراغوا», «فانوتو» for «فانواتو»: a one-word name one inner long vowel
    (ا و ي) short of a KB state's name, or one longer, is that state when no other KB entity
    is as close (every one-word KB alias of five letters or more, adjectives too, is
    compared; one with a vowel moved counts as close) and the word is no KB name, everyday
    word or given name of its own. Only a state's name of five letters or more without the
    article («العرق» is no «العراق», «الأيمن» no «اليمن»), never its adjective («الميجر» is
    no «المجري»), and never a vowel of the last two letters («أميركيا», «فرنسوا» are no
    misspelt states). A proclitic («ونيكارغوا») is stripped when the whole word matches
    nothing. Linked ``fuzzy``, as :func:`_spelled_people` links a family name one vowel off."""
    taken = SpanSet((m.start, m.end) for m in found)
    verdicts = _spelled_state_verdicts(kb)
    out = []
    for match in _LONG_WORD.finditer(text):
        word = match.group()
        verdict = verdicts.get(word, _UNASKED)
        if verdict is _UNASKED:
            verdict = _spelled_state_of(word, kb)
            if len(verdicts) < _SPELLED_VERDICTS_MAX:
                verdicts[word] = verdict
        if verdict is None:
            continue
        start = match.start()
        if taken.overlaps(start, match.end()) or (start > 0 and text[start - 1] in "_-"):
            continue
        skip, entity_id = verdict
        out.append(_Found(start + skip, match.end(), entity_id, "fuzzy"))
    return out


# A word of five letters or more: the words :func:`_spelled_states` reads (``_WORD``'s
# matches of that length, the same spans: a run of letters is matched whole from its start).
_LONG_WORD = re.compile(r"[^\W\d_]{5,}")
# Word types whose verdict :func:`_spelled_states` keeps (about 110 bytes each with the
# word: some 11 MB when full; the first 600 shared articles hold 16,977 such types). Past it
# the verdict is computed each time, the same.
_SPELLED_VERDICTS_MAX = 100_000
_UNASKED = (-1, "")  # no verdict kept yet (a verdict is None or a (skip, id) pair)


@_per_kb
def _spelled_state_verdicts(kb: KnowledgeBase) -> dict[str, tuple[int, str] | None]:
    """The verdicts of :func:`_spelled_state_of` asked so far, by word (per KB): a verdict
    depends on the word and the KB's tables alone, and an article's words are mostly words
    seen before, so each word type is judged once instead of at each of its occurrences."""
    del kb  # one table per KB; it fills as words are asked
    return {}


def _spelled_state_of(word: str, kb: KnowledgeBase) -> tuple[int, str] | None:
    """(characters of proclitic, state id) when ``word`` is a KB state's name one long vowel
    off (the test of :func:`_spelled_states` that looks at the word alone), else None."""
    every, states = _shortened_aliases(kb)
    common = load_everyday_words().common
    given = _given_names()
    for skip in (0, 1) if word[0] in _NAME_PROCLITICS else (0,):
        name = word[skip:]
        if len(name) < 5 or name in kb.by_alias or name in common or name in given or \
                name.startswith(_ARTICLE):
            return None  # a word of its own («ومالي» is not taken apart either)
        close = set(states.get(name, ()))  # a vowel left out
        rivals = set(every.get(name, ()))
        for variant in _one_vowel_less(name):  # a vowel too many
            if variant in states and variant in kb.by_alias and \
                    variant in _one_vowel_less(name, 2):
                close.update(states[variant])
            rivals.update(kb.by_alias.get(variant, ()))
            rivals.update(every.get(variant, ()))  # a vowel moved
        if not close:
            continue
        if len(close) == 1 and rivals <= close:
            return skip, next(iter(close))
        return None
    return None


def _agency_nisbas(text: str, found: list[_Found], kb: KnowledgeBase) -> list[_Found]:
    """Analyst set 42: a news agency named by its country's nisba alone, glued to «ل» after a
    word of attribution (``agency_attribution_words``: «وفقا للالمانية», according to dpa).
    The press drops «وكالة الأنباء» there, and the nisba is the agency's, not the country's:
    the KB's «وكالة الأنباء» + the definite nisba must name a news agency. Without the word
    of attribution «للفرنسية» is as often a language («ترجمة للفرنسية»), so nothing
    changes. Returns ``found`` with the nisba's state mention replaced by the agency."""
    words = load_settings().agency_attribution_words
    if not words:
        return found
    out = list(found)
    for index, mention in enumerate(found):
        start = mention.start - len(_ARTICLE_ABSORBED)
        if mention.how != "adjective" or start < 0 or \
                text[start:mention.start] != _ARTICLE_ABSORBED or \
                (start > 0 and text[start - 1].isalpha()) or \
                _previous_word(text, start)[1] not in words:
            continue
        agency = kb.by_alias.get(f"{_AGENCY_HEAD} {_ARTICLE}{text[mention.start:mention.end]}", ())
        entity = kb.get(agency[0]) if len(agency) == 1 else None
        if entity is not None and entity.category == "media":
            out[index] = _Found(mention.start, mention.end, entity.id, "short_form")
    return out


_AGENCY_HEAD = normalize("وكالة الأنباء")


@_per_kb
def _surname_holders(kb: KnowledgeBase) -> dict[str, frozenset[str]]:
    """Last word of a KB person's Arabic name or alias → the people whose name ends in it
    (per KB, cached): a surname is a short form only where one KB person holds it. Unlike the
    gazetteer's ``people_by_surname`` (lone family names), aliases count and the stoplist does
    not: here a title the person holds stands before the surname as its evidence."""
    index: dict[str, set[str]] = {}
    for entity in kb.entities.values():
        if entity.type == "PER":
            for surface in (entity.name_ar, *entity.aliases_ar):
                words = normalize(surface).split()
                if len(words) > 1:
                    index.setdefault(words[-1], set()).add(entity.id)
    return {word: frozenset(ids) for word, ids in index.items()}


def _titled_surnames(text: str, found: Sequence[_Found], kb: KnowledgeBase,
                     ner_spans: Sequence[_NerSpan]) -> list[_Found]:
    """Analyst set 41: a KB person named by a title they hold and their surname alone
    («الرئيس هادي», five times in a Yemen story whose KB entry is only «عبد ربه منصور هادي»).
    The title must be one of ``surname_titles`` (proclitics allowed: «للرئيس هادي») and the
    person of a category it stands for (a head of state for «الرئيس»); the word after it must
    end the Arabic name of that KB person and of no other KB person, and be no KB alias and no
    everyday word of its own («قال الرئيس إن», the president said that: not Moon Jae-in).
    Other holders of the surname: no NER person name in the article may end in it unless it
    is this person's, and the name must not go on after it («الرئيس هادي العامري» would be
    another man)."""
    settings = load_settings()
    if not settings.surname_titles:
        return []
    surnames = _surname_holders(kb)
    common = load_everyday_words().common
    taken = SpanSet((m.start, m.end) for m in found)
    out = []
    for match in _words_after_titles(text, frozenset(settings.surname_titles)):
        start, end, word = match.start(), match.end(), match.group()
        owners = surnames.get(word, frozenset())
        if len(owners) != 1 or word in kb.by_alias or word in common or \
                taken.overlaps(start, end) or _continues_name(_next_word(text, end)):
            continue
        title = _previous_word(text, start)[1]
        stems = {title, *(title[s.stem_start:] for s in candidates(title)),
                 *((_ARTICLE + title[2:],) if title.startswith(_ARTICLE_ABSORBED) else ())}
        (person_id,) = owners
        person = kb.get(person_id)
        if person is None or not any(person.category in settings.surname_titles.get(t, ())
                                     for t in stems):
            continue
        others = [span for span in ner_spans if span.type == "PER"
                  and text[span.start:span.end].split()[-1:] == [word]
                  and " " in text[span.start:span.end]
                  and not any(normalize(s) == text[span.start:span.end]
                              for s in (person.name_ar, *person.aliases_ar))]
        if others:
            continue
        out.append(_Found(start, end, person_id, "short_form"))
        taken.add(start, end)
    return out


def _words_after_titles(text: str, titles: frozenset[str]) -> Iterator[re.Match[str]]:
    """The words right after a word that holds the core of one of ``titles`` (the title less
    its article: «رئيس» of «الرئيس», «للرئيس», «والرئيس»), in text order, each once. Every word
    :func:`_titled_surnames` can accept follows such a word (its title is the word before it,
    with spaces only between), so it reads these few instead of every word of the article."""
    seen = -1
    for hit in _title_cores(titles).finditer(text):
        position = hit.end()
        while position < len(text) and text[position].isalpha():
            position += 1
        while position < len(text) and text[position] == " ":
            position += 1
        word = _WORD.match(text, position)
        if word is not None and word.start() > seen:
            seen = word.start()
            yield word


@cache
def _title_cores(titles: frozenset[str]) -> re.Pattern[str]:
    """One pattern for the cores of ``titles`` (see :func:`_words_after_titles`)."""
    cores = {title.removeprefix(_ARTICLE) for title in titles}
    return re.compile("|".join(sorted(map(re.escape, cores), key=len, reverse=True)))


def _spelled_people(text: str, found: Sequence[_Found], kb: KnowledgeBase) -> list[_Found]:
    """A KB person named in full with the family name one long vowel apart from the KB's
    («مارين لوبن» for «مارين لوبان», «بن علي يلديريم» for «بن علي يلدريم»; a hashtag's «_»
    counts as a space) or without the KB's article («عادل جبير»,
    :func:`_surname_article_dropped`): the given names must be the KB's word for word (no
    title, no lone «أبو» of a kunya, no father's name after «بن»), the family name no KB
    name, everyday word, head noun («على جامعة» is not «علي جمعة») or common given name of its
    own («سليمان» is not «سلمان»), and the name must not go on either side (a common given
    name before it, a family name after it; an everyday word that is no nisba is no family
    name: «فاسيلي نيبنزيا الغرب», Nebenzia [asked] the West, where «الحربي» after a name is
    the family name al-Harbi as much as the word «military»; a spelling without the article
    before a given name is a longer name cut: «إسماعيل ولد شيخ أحمد» is left to NER whole).
    Linked ``fuzzy``, the way :func:`_fuzzy_name_match` links such a spelling when NER finds
    the name; later lone family names then follow as short forms."""
    index = _people_by_given(kb)
    common = load_everyday_words().common
    given_names = _given_names()
    settings = load_settings()
    heads = settings.org_heads | settings.place_heads | settings.generic_heads
    taken = SpanSet((m.start, m.end) for m in found)
    joined = _HASHTAG_JOIN.sub(" ", text) if "_" in text else text
    words = [(m.start(), m.group()) for m in _WORD.finditer(joined)]
    out = []
    for i, (start, word) in enumerate(words):
        skip = 0
        options = index.get(word)
        if options is None and word[:1] in _NAME_PROCLITICS:
            skip, options = 1, index.get(word[1:])  # «ومارين لوبن»
        if not options or (start > 0 and joined[start - 1].isalpha()):
            continue
        for given, last, entity_id in (option for n in (1, 2) if i + n < len(words)
                                       for option in options.get(
                                           (n, _skeleton([words[i + n][1]])), ())):
            j = i + len(given)
            if (word[skip:], *(w for _, w in words[i + 1:j])) != given:
                continue
            at, surname = words[j]
            end = at + len(surname)
            if any(joined[words[k][0] + len(words[k][1]):words[k + 1][0]] != " "
                   for k in range(i, j)) or not (_one_vowel_apart(surname, last)
                                                 or _surname_article_dropped(surname, last)) or \
                    surname in kb.by_alias or surname in common or surname in given_names or \
                    surname in heads or taken.overlaps(start + skip, end):
                continue  # «علي سليمان» is not «علي سلمان»: both are given names
            following = _next_word(joined, end)
            if (i and words[i - 1][1] in given_names and not skip) or \
                    (_continues_name(following)
                     and (following not in common or following.endswith("ي"))) or \
                    (following in given_names and not _one_vowel_apart(surname, last)):
                continue  # «أحمد جعفر حسن المجيشي»: a longer name of another man
            out.append(_Found(start + skip, end, entity_id, "fuzzy"))
            taken.add(start + skip, end)
            break
    return out


def _sub_national(hit: GazetteerHit, text: str, kb: KnowledgeBase) -> bool:
    """«بولاية جورجيا», «مقاطعة …»: a state's name right after a head noun of a sub-national
    unit (``subnational_heads``, bare, proclitics allowed) names that unit (the US state, a
    province), never the country. The name itself must carry no proclitic."""
    if hit.kind == "adjective" or (hit.start > 0 and text[hit.start - 1].isalpha()):
        return False
    entity = kb.get(hit.ids[0])
    if entity is None or entity.category != "state":
        return False
    at, word = _previous_word(text, hit.start)
    found = _head_word(word, load_settings().subnational_heads) if at >= 0 else None
    return found is not None and not found[1]


def _sub_national_units(text: str, hits: Sequence[GazetteerHit],
                        found: Sequence[_Found]) -> list[_Found]:
    """The units :func:`_sub_national` took from the country, each a new place named by its
    own name (so «جورجيا» after «ولاية» is one entity across the corpus), unless another
    mention (a name NER found on it) already lies there."""
    taken = SpanSet((m.start, m.end) for m in found)
    return [_Found(hit.start, hit.end, _new_name_id("loc", text[hit.start:hit.end]), "ner", "LOC")
            for hit in hits if not taken.overlaps(hit.start, hit.end)]


# «القايم», «الحاضر» (normalised): a definite word of the active-participle shape فاعل(ة)
_PARTICIPLE = re.compile(r"ال[^\W\d_]ا[^\W\d_]{2}ه?")


def _participle_of_noun(hit: GazetteerHit, view: NormalizedText, kb: KnowledgeBase) -> bool:
    """«مشروعه القائم على محاربة الفساد», «الوضع القائم في …»: a one-word place name of the
    participle shape فاعل («القائم», «الحاضر») right after a definite singular noun (the
    article or a possessive pronoun on it) and right before a preposition, or a word opening
    with «بال»/«لل» («القائم بالأعمال»), is the noun's adjective ("based on", "standing"), not
    the town. After a verb, a head noun, a title or a time word it stays («مدينة القائم»)."""
    text = view.text
    alias = text[hit.start:hit.end]
    if hit.kind == "adjective" or " " in alias or not _PARTICIPLE.fullmatch(alias) or \
            (hit.start > 0 and text[hit.start - 1].isalpha()):
        return False
    entity = kb.get(hit.ids[0])
    if entity is None or entity.type in ("PER", "ORG"):
        return False
    at, word = _previous_word(view.text, hit.start)
    settings = load_settings()
    if at < 0 or len(word) < 4 or word.endswith(settings.plural_endings) or \
            word in _time_words() or word in settings.person_titles or \
            _head_before(view.text, hit.start) in settings.place_heads:
        return False
    # «مشروعه» has a possessive «ه»; «لمحافظة» (normalised «لمحافظه») has none
    written = view.original[slice(*view.to_original(at, at + len(word)))]
    if not (word.startswith(_ARTICLE) or
            (written.endswith(settings.possessive_suffixes) and len(written) > 4)):
        return False
    following = _next_word(text, hit.end)
    return following in settings.participle_prepositions or following.startswith(("بال", "لل"))


def _club_short_forms(text: str, hits: Sequence[GazetteerHit],
                      kb: KnowledgeBase) -> dict[int, str]:
    """«ودفع مانشستر … لضم دي ماريا» after «مانشستر يونايتد»: a one-word city name that opens
    the name of the one sports club the article named in full before it is that club (a
    short form), not the city. A proclitic on the name, a locative before it («في
    مانشستر», «إلى باريس») or a place head keeps the city; two clubs opening with the word
    («مانشستر يونايتد», «مانشستر سيتي») leave it alone. Returns hit id → club id."""
    clubs = [(hit.start, hit.ids[0], text[hit.start:hit.end].split(" ", 1)[0]) for hit in hits
             if hit.ids[0].startswith("club:") and " " in text[hit.start:hit.end]]
    if not clubs:
        return {}
    settings = load_settings()
    out: dict[int, str] = {}
    for hit in hits:
        alias = text[hit.start:hit.end]
        entity = kb.get(hit.ids[0])
        if entity is None or entity.type not in ("GPE", "LOC") or " " in alias or \
                hit.kind == "adjective" or (hit.start > 0 and text[hit.start - 1].isalpha()):
            continue
        owners = {club for start, club, first in clubs if first == alias and start < hit.start}
        if len(owners) != 1 or any(first == alias and club not in owners
                                   for _, club, first in clubs):
            continue
        word = _previous_word(text, hit.start)[1]
        if word in settings.locative_words or _head_before(text, hit.start) in settings.place_heads:
            continue
        # a team is the subject of a verb («ودفع مانشستر») or faces another («مع», «بين»,
        # «ضد»); after a noun it is the city's genitive («بتوقيت باريس», «شوارع مانشستر»)
        if word not in settings.team_governors and not (
                word[:1] in "وف" and len(word) >= 4 and not word[1:].startswith(_ARTICLE)):
            continue
        out[id(hit)] = next(iter(owners))
    return out


def _institution_pattern(heads: Iterable[str],
                         regions: Iterable[str] = ()) -> re.Pattern[str]:
    """A head, optionally one of ``regions`` («منطقة»), and one name word."""
    region = "|".join(map(re.escape, sorted(regions, key=len, reverse=True)))
    return re.compile(r"(?<![^\W\d_])" + _HEAD_PROCLITICS + "(?P<head>" +
                      "|".join(map(re.escape, sorted(heads, key=len, reverse=True))) + ")" +
                      (f" (?:(?P<region>{region}) )?" if region else " ") +
                      r"(?P<name>[^\W\d_]+)(?![^\W\d_])")


@cache
def _institutions() -> re.Pattern[str]:
    settings = load_settings()
    return _institution_pattern(settings.institution_heads, settings.institution_region_words)


def _named_institutions(text: str, found: Sequence[_Found], kb: KnowledgeBase) -> list[_Found]:
    """«جامعة القصيم», «فندق الميريديان», «جامعة دمشق»: a bare head of ``institution_heads``
    followed by one name word is one new body of the head's type (ORG for a university, FAC
    for a hotel, hospital, museum, stadium or prison), as NER would make it. The word is a
    definite word that is no everyday word («مستشفى الأطفال»), title («جامعة الملك سعود» is
    left to NER and the KB), nisba or given name, or a KB place linked there (which keeps its
    link, nested, as inside an airport). Nothing is made where a mention already covers the
    head, where the name goes on with another definite word, or for a name the KB has. A
    region word (``institution_region_words``) may come between head and name only when the
    name is such a KB place: «جوازات منطقة جازان» is the passports office of the Jazan region
    (a regional office is named by its region), while «جوازات منطقة العمليات» names no place.
    A word of ``kind_words`` says what the place handles or serves, never its name
    («ميناء الحاويات», the container port; «مرفأ الصيادين», the fishermen's harbour).
    A head that is also an agent's participle (``agent_heads``) names nothing before a deed
    (:func:`_deed_noun`: «منفذ الطعن» is the stabber), and one of ``state_owner_heads``
    nothing before a state («منفذ الأردن» is Jordan's crossing, the state kept). A head of
    ``place_only_heads`` names a body only before a KB place («شرطة سورابايا», the city's
    police; «شرطة المرور» is left alone)."""
    settings = load_settings()
    if not settings.institution_heads:
        return []
    common = load_everyday_words().common
    given = _given_names()
    heads = settings.place_heads | settings.org_heads | settings.named_after_heads | \
        settings.generic_heads
    places = {(m.start, m.end): entity for m in found if m.how != "adjective"
              and (entity := kb.get(m.entity_id)) is not None and entity.type in ("GPE", "LOC")}
    out = []
    for match in _institutions().finditer(text):
        start, end = match.start("head"), match.end()
        head, name_start, word = match.group("head"), match.start("name"), match.group("name")
        if any(m.start < match.end("head") and start < m.end for m in found):
            continue  # a KB name or a NER name over the head already
        if head in settings.park_heads and word in settings.person_titles:
            namesake = _next_word(text, end)
            if namesake and namesake not in common and not namesake.startswith(_ARTICLE):
                # «متنزه الشيخ زايد», «حديقة الملك فهد»: named after a man, who stays nested
                end += 1 + len(namesake)
                name = " ".join(text[start:end].split())
                if name not in kb.by_alias:
                    out.append(_Found(start, end, _new_name_id("fac", name), "ner", "FAC"))
            continue
        place = places.get((name_start, end))
        if (head in settings.agent_heads and _deed_noun(word)) or (
                head in settings.state_owner_heads and place is not None
                and place.category == "state"):
            continue
        if place is None:
            if match.groupdict().get("region") or head in settings.place_only_heads:
                continue  # «منطقة», «شرطة» before a word that is no KB place there
            stem = word[len(_ARTICLE):]
            if not _definite_plain(word) or word in common or stem in common or \
                    stem in settings.kind_words or \
                    word in given or stem in given or word.endswith(("ي", "يه")) or \
                    _PARTICIPLE.fullmatch(word) or word in settings.person_titles or \
                    stem in settings.title_words or stem in heads or \
                    any(m.start < end and name_start < m.end for m in found):
                continue  # «سجن الأمن», «ميناء الحاويات», «متحف الدار»: words, not names
            following = _next_word(text, end)
            if (_definite_plain(following) and not following.endswith(("ي", "يه"))) or \
                    following in given:
                continue  # «جامعة الدول العربية», «سجن المعارض فلان»: the name goes on
        name = " ".join(text[start:end].split())
        if name not in kb.by_alias:
            kind = settings.institution_heads[head]
            out.append(_Found(start, end, _new_name_id(kind.lower(), name), "ner", kind))
    return out


# Verbal nouns of the derived forms افتعال, انفعال, استفعال and تفعيل, with the article and
# an optional «ة» or plural «ات»: «الاختطاف», «الانفجار», «الاستهداف», «التفجيرات».
_DERIVED_VERBAL_NOUN = re.compile(
    r"ال(?:ا[^\W\d_][تطد]|ان[^\W\d_]|است[^\W\d_]|ت[^\W\d_])[^\W\d_][اي][^\W\d_](?:ه|ات)?")


def _deed_noun(word: str) -> bool:
    """Whether a definite word names a deed one carries out: a noun of ``act_nouns`` or
    ``place_event_nouns`` («الطعن», «الهجوم»), or a verbal noun of a derived form
    («الاختطاف», «التفجير»), which an agent's participle governs («منفذ الاختطاف»)."""
    settings = load_settings()
    stem = word.removeprefix(_ARTICLE)
    return stem in settings.act_nouns or stem in settings.place_event_nouns or \
        _DERIVED_VERBAL_NOUN.fullmatch(word) is not None


def _rank_name_pattern(field: str) -> re.Pattern[str]:
    """The names of the settings' ``field`` (``national_bodies``, ``central_governments``)
    as :func:`_names_pattern` finds them."""
    return _names_pattern(tuple(sorted(getattr(load_settings(), field))))


@cache
def _names_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    """``names`` as whole words, after «و/ف» and «ب/ك/ل» («لوزارة الداخلية»), or after «ل»
    whose «لل» took the article's alif («للحكومة المركزية»: the name, its article's lam on,
    is group ``lam``). Cached per tuple of names."""
    names = tuple(sorted(names, key=len, reverse=True))
    definite = [name[1:] for name in names if name.startswith(_ARTICLE)]
    pattern = r"(?<![^\W\d_])(?:[وف]?[بكل]?(?P<name>" + "|".join(map(re.escape, names)) + ")"
    if definite:
        pattern += r"|[وف]?ل(?P<lam>" + "|".join(map(re.escape, definite)) + ")"
    return re.compile(pattern + r")(?![^\W\d_])")


def _rank_name(match: re.Match[str]) -> tuple[int, int, str]:
    """(start, end, the name as listed) of a :func:`_rank_name_pattern` match."""
    if match.group("name") is not None:
        return *match.span("name"), match.group("name")
    return *match.span("lam"), "ا" + match.group("lam")


def _national_bodies(text: str, found: Sequence[_Found], kb: KnowledgeBase) -> list[_Found]:
    """«حرس الحدود الأردنية», «الحرس الوطني الكويتي»: a generic name of a state's guard or
    civil-protection force (``national_bodies``) right before a state's nisba is a new ORG
    of that state (the nisba kept nested, as in :func:`_nisba_organisations`, with no gender
    check: «الأردنية» agrees with «الحدود»). Its id is made from the name and the state's
    country, so each state's force is one entity across the corpus. Nothing after a construct
    head («وزارة الحرس الوطني» is the ministry) or where another mention lies on the name.
    Written bare, the name is that state's only when every place the article names lies in
    one country, named at least twice («فرق الدفاع المدني» in a story of Manama and «البحرينية»),
    and no noun of a field of work governs it (``activity_nouns``: «بمجال الدفاع المدني»):
    the article's most-named country alone is not its state often enough (Saudi stories name
    Yemen more than the kingdom they report from)."""
    settings = load_settings()
    if not settings.national_bodies:
        return []
    taken = SpanSet((m.start, m.end) for m in found if m.how != "adjective")
    nisbas = {m.start: m for m in found if m.how == "adjective"}
    sole = _sole_country(found, kb)
    heads = settings.construct_org_heads | settings.state_body_heads
    out = []
    for match in _rank_name_pattern("national_bodies").finditer(text):
        start, end, name = _rank_name(match)
        at, before = _previous_word(text, match.start())
        if taken.overlaps(start, end) or (at >= 0 and _head_word(before, heads) is not None):
            continue
        nisba = nisbas.get(end + 1) if text[end:end + 1] == " " else None
        state = kb.get(nisba.entity_id) if nisba is not None else None
        if nisba is None and sole and not (
                at >= 0 and _head_word(before, settings.activity_nouns) is not None):
            out.append(_Found(start, end, _new_name_id("org", f"{name} {sole}"), "ner", "ORG"))
            continue
        if nisba is None or state is None or state.category != "state" or not state.country:
            continue
        out.append(_Found(start, nisba.end, _new_name_id("org", f"{name} {state.country}"),
                          "ner", "ORG"))
    return out


@_per_kb
def _state_governments(kb: KnowledgeBase) -> dict[str, str]:
    """Country → the KB's government of that state: the body named «الحكومة» and the
    state's nisba («الحكومة العراقية»; per KB, cached)."""
    government = normalize("الحكومة")
    out: dict[str, str] = {}
    for entity in kb.entities.values():
        words = normalize(entity.name_ar).split(" ") if entity.type == "ORG" else []
        if len(words) == 2 and words[0] == government and entity.country and any(
                kb.alias_kind(words[1], other) == "adjective"
                and (state := kb.get(other)) is not None and state.category == "state"
                and state.country == entity.country for other in kb.by_alias.get(words[1], ())):
            out.setdefault(entity.country, entity.id)
    return out


def _central_governments(text: str, found: Sequence[_Found], kb: KnowledgeBase) -> list[_Found]:
    """«وطالب الكعود حكومة الأنبار بالعمل مع الحكومة المركزية»: a government named by its
    rank alone (``central_governments``: the central, the federal) is the KB's government
    of the state whose places the whole article names (:func:`_sole_country`, as a bare
    ``national_bodies`` name is): "central" sets it against a province's or region's
    government of the same state, never a foreign one. Nothing where the article names
    places of two countries, where the KB has no government of the state, or where another
    mention lies on the words."""
    settings = load_settings()
    if not settings.central_governments or not any(  # «لل» took the article's alif
            name.removeprefix("ا") in text for name in settings.central_governments):
        return []
    sole = _sole_country(found, kb)
    government = _state_governments(kb).get(sole) if sole else None
    if government is None:
        return []
    taken = SpanSet((m.start, m.end) for m in found if m.how != "adjective")
    spans = (_rank_name(match)[:2]
             for match in _rank_name_pattern("central_governments").finditer(text))
    return [_Found(start, end, government, "alias")
            for start, end in spans if not taken.overlaps(start, end)]


def _dated_title_holders(text: str, found: Sequence[_Found], kb: KnowledgeBase,
                         published: date | None) -> list[_Found]:
    """«شكرهم لخادم الحرمين الشريفين والحكومة السعودية», «حكومة خادم الحرمين الشريفين»: a
    title one person holds at a time and that names no one else (``dated_titles``) names its
    holder on the day the text was published: the Saudi king's title is King Abdullah's in a
    text of 2010, King Salman's in one of 2015 or 2018 (each holder from the day he took it
    on). Its holder is the story's date, not its words: a Saudi release never writes the
    king's name beside the title. Nothing without a publication date or before the first
    holder the KB has; nothing where another mention lies on the words (the KB's «خادم
    الحرمين الشريفين الملك سلمان»), where a title or a person's name follows (the title is
    then that person's epithet: «خادم الحرمين الشريفين الملك عبدالله»), where a word of
    ``former_words`` follows («خادم الحرمين الشريفين الراحل» is a past holder), or where
    the noun before it names a thing after the title or the title as a word, not its holder
    that day (``namesake_heads``, ``named_after_heads``, ``work_heads``, ``quote_frames``:
    «كأس خادم الحرمين الشريفين» is the King's Cup, «جائزة …» and «برنامج …» bear a past
    holder's title as their name, «اتخاذا للقب خادم الحرمين الشريفين» is the title itself);
    a person's noun before it leaves it the holder («سفير خادم الحرمين الشريفين»)."""
    settings = load_settings()
    titles = settings.dated_titles
    if published is None or not titles or not any(title in text for title in titles):
        return []
    if isinstance(published, datetime):  # a caller's timestamp: its day (no date < datetime)
        published = published.date()
    namesakes = settings.namesake_heads | settings.named_after_heads | settings.work_heads | \
        settings.quote_frames
    taken = SpanSet((m.start, m.end) for m in found if m.how != "adjective")
    named = {m.start for m in found if m.entity_id.startswith("per:")}
    out = []
    for match in _names_pattern(tuple(sorted(titles))).finditer(text):
        start, end, title = _rank_name(match)
        holder = next((entity_id for since, entity_id in reversed(titles[title])
                       if since <= published), None)
        after = _next_word(text, end)
        if holder is None or kb.get(holder) is None or taken.overlaps(start, end) or \
                after in settings.person_titles or after in settings.former_words or \
                end + 1 in named or _bare_stem_in(_previous_word(text, start)[1], namesakes):
            continue
        out.append(_Found(start, end, holder, "alias"))
    return out


@_per_kb
def _state_bodies(kb: KnowledgeBase) -> dict[str, dict[str, str]]:
    """Bare name → {country: the KB's body}, for every KB organisation with an alias made of
    a definite name whose first word's stem is in ``bare_state_body_heads`` and the nisba of
    its state, or a name of the state that is its nisba too («وزارة الداخلية العراقية»,
    «البرلمان العراقي», «وزارة الداخلية السعودية»; per KB, cached). A bare name
    several states' bodies share is a kind of state body («وزارة الداخلية»)."""
    heads = load_settings().bare_state_body_heads
    out: dict[str, dict[str, str]] = {}
    for alias, ids in kb.aliases():
        bare, _, nisba = alias.rpartition(" ")
        first = bare.split(" ", 1)[0]
        if not bare or first.removeprefix(_ARTICLE) not in heads or not (
                first.startswith(_ARTICLE) or bare.split(" ")[-1].startswith(_ARTICLE)):
            continue
        states = {state.country for other in kb.by_alias.get(nisba, ())  # «السعودية» too
                  if (state := kb.get(other)) is not None and state.category == "state"
                  and state.country}
        for entity_id in ids:
            entity = kb.get(entity_id)
            if entity is not None and entity.type == "ORG" and entity.country and \
                    entity.country in states:
                out.setdefault(bare, {}).setdefault(entity.country, entity_id)
    return out


def _bare_state_bodies(text: str, found: Sequence[_Found], kb: KnowledgeBase) -> list[_Found]:
    """«وفقا لبيان صادر عن وزارة الداخلية» in a story all of whose places lie in one state
    (:func:`_sole_country`, as a bare ``national_bodies`` name is read): a ministry or a
    parliament written without its state's nisba (:func:`_state_bodies`: a bare name the KB
    gives two states or more) is that state's: the KB's body, else a new ORG named by the
    name and the country, one per state across the corpus (Morocco's interior ministry).
    Nothing where a definite word follows (a nisba, a complement: «وزارة الداخلية
    والبلديات», «… التابعة لحماس»), where another mention lies on the words, where its owner
    follows (:func:`_owner_follows`: «وزارة الداخلية في حكومة الإنقاذ»), or where the state is
    what the ministry's act is about (:func:`_foreign_act_on`: «وأعربت وزارة الخارجية عن
    تعازيها لضحايا الفيضانات في ليبيا» is another state's ministry).

    Where the story's places lie in several states, the bare name is the KB body of the one
    state among those the KB gives a body of that name that the places and nisbas name: a
    Saudi release on aid to Aden and Marib that names the kingdom twice quotes «وزارة
    الدفاع», the kingdom's (the KB gives Yemen no ministry of defence, so Yemen is no rival);
    a Syria story that names Russia too gets nothing for «وزارة الدفاع» (either state's), nor
    does a story that names no owner state, unless the ministry's own sentence names one
    state before it and no other (:func:`_clause_state`): «نقلت وكالة إنترفاكس الروسية
    للأنباء عن وزارة الدفاع» in a Syria story is Russia's ministry, «ونقلت وكالة الأنباء
    السورية … عن مصدر في وزارة الخارجية» Syria's, «قتل 19 شخصا في بغداد الجديدة، بحسب
    مصدر في وزارة الداخلية» Iraq's; a sentence naming two states before it («قصفت الطائرات
    الروسية مواقع في إدلب، وقالت وزارة الدفاع») tells nothing, and neither do words before
    a quotation mark for a ministry inside the quotation («وأضاف كامبل لوكالة الأنباء
    الفرنسية "قالوا (وزارة الخارجية)…"» is the British one). Before the sentence, a place
    right after the ministry, glued to «ب» or after «في», is where it sits (:func:`_seat`):
    a city's or a state's state is the owner («مع نظيره المصري بمقر فرع وزارة الخارجية
    بجدة» is the kingdom's, whatever the nisba before it); a region, province or district
    has ministries of its own, so none of the state's («وزارة الداخلية في إقليم كردستان»).
    The publisher's state was tried as a last fallback and withdrawn (a French, a Yemeni
    and an Iranian ministry read as the publisher's: 3 of 13 links wrong). Those fallbacks
    link only the
    KB's body: a state the KB gives no body of that name may own the one meant, so no new
    ORG is made. They read only the heads of ``one_owner_body_heads`` (ministries): a
    parliament is what a story of an election abroad speaks of, in a state whose parliament
    the KB lacks (a German or British story that names Iraq twice). A parliament in such a
    story is the state's only where its own sentence names that one state, by places or by
    the state's political actors (:func:`_clause_state` with ``actors``: «خسارة حزب العدالة
    والتنمية حليف أردوغان في البرلمان», «أن العبادي سيحتل المرتبة الأولى بنحو 60 مقعدا في
    البرلمان» in stories that name Syria or Iran too), and the story is not a region's of
    that state (:func:`_regional_story`: the Kurdistan Region has its own parliament)."""
    bodies = {bare: by_country for bare, by_country in _state_bodies(kb).items()
              if len(by_country) > 1}
    if not bodies or not any(bare.removeprefix("ا") in text for bare in bodies):
        return []
    sole = _sole_country(found, kb)
    named = _place_countries(found, kb) if sole is None else {sole: 2}
    if not named:
        return []
    settings = load_settings()
    taken = SpanSet((m.start, m.end) for m in found if m.how != "adjective")
    out = []
    for match in _names_pattern(tuple(sorted(bodies))).finditer(text):
        start, end, bare = _rank_name(match)
        owners = named.keys() & bodies[bare].keys() if sole is None else named.keys()
        state = next(iter(owners)) if len(owners) == 1 else ""
        if sole is None and bare.split(" ", 1)[0].removeprefix(_ARTICLE) \
                not in settings.one_owner_body_heads:  # a parliament: its sentence's actors
            state = _clause_state(text, match.start(), found, kb, actors=True) or ""
            if state not in bodies[bare] or _regional_story(state, found, kb):
                continue
        elif not state or named[state] < 2:  # no owner named twice, or two: the clause's
            if sole is not None:
                continue
            seat = _seat(text, end, found, kb)  # where it sits, else what its sentence names
            if seat is None:
                state = _clause_state(text, match.start(), found, kb) or ""
            else:
                state = (seat.country or "") if seat.category in _SEAT_CATEGORIES else ""
            if state not in bodies[bare]:
                continue
        after = _NEXT_WORD.match(text, end)
        if taken.overlaps(start, end) or (after is not None and _definite(after.group(1))) or \
                _owner_follows(text, end, found) or \
                _foreign_act_on(text, match.start(), end, state, found, kb):
            continue
        entity_id = bodies[bare].get(state)
        out.append(_Found(start, end, entity_id, "alias") if entity_id is not None else
                   _Found(start, end, _new_name_id("org", f"{bare} {state}"), "ner", "ORG"))
    return out


_QUOTATION_MARKS = '"«»“”'
_IN = normalize("في")


# the places whose state a body seated in them belongs to (a region has its own government)
_SEAT_CATEGORIES = frozenset({"state", "city"})


def _seat(text: str, end: int, found: Sequence[_Found], kb: KnowledgeBase) -> KBEntity | None:
    """The KB place named right after a body that ends at ``end``, glued to «ب» or after
    «في» («بمقر فرع وزارة الخارجية بجدة», «مبنى وزارة الدفاع في دمشق»): where the body
    sits; None where no place follows so."""
    word = _next_word(text, end)
    if word == _IN:
        at = end + len(word) + 2
    elif word.startswith("ب"):
        at = end + 2
    else:
        return None
    return next((entity for mention in found if mention.start == at
                 and (entity := kb.get(mention.entity_id)) is not None
                 and entity.type in PLACE_TYPES), None)


def _clause_state(text: str, start: int, found: Sequence[_Found],
                  kb: KnowledgeBase, actors: bool = False) -> str | None:
    """The one country of every place mention (names, nisbas, cities) between the opening
    of the sentence holding ``start`` (or the last quotation mark before it, if later: a
    quotation is another speaker's sentence) and ``start``, when they name exactly one;
    else None. What a sentence names before a body that its words leave ownerless is whose
    body it reports on («نقلت وكالة الإعلام الروسية عن وزارة الدفاع»). With ``actors``,
    a state's political actors count as its places do (:func:`_state_actor`: «خسارة حزب
    العدالة والتنمية حليف أردوغان في البرلمان» names Turkey twice, «أن العبادي سيحتل
    المرتبة الأولى بنحو 60 مقعدا في البرلمان» Iraq)."""
    opening = max(_sentence_opening(text, start),
                  max((text.rfind(mark, 0, start) + 1 for mark in _QUOTATION_MARKS), default=0))
    countries = {entity.country for mention in found
                 if opening <= mention.start and mention.end <= start
                 and (entity := kb.get(mention.entity_id)) is not None
                 and (entity.type in ("GPE", "LOC", "FAC")
                      or (actors and _state_actor(entity)))}
    if len(countries) != 1:
        return None
    return next(iter(countries)) or None


# the people who act for a state: its heads of state and government, its officials
_STATE_PERSON_CATEGORIES = frozenset({"person_head_of_state", "person_official"})


def _state_actor(entity: KBEntity) -> bool:
    """Does ``entity`` act for its country's state: a head of state or government or an
    official, or one of the bodies only that state has (``state_body_categories``: a
    party, a state force, a government body)? A club, a company, a writer or an outlet of
    the country does not: their country says nothing of whose parliament a sentence means."""
    return bool(entity.country) and (
        entity.category in _STATE_PERSON_CATEGORIES
        or entity.category in load_settings().state_body_categories)


def _regional_story(country: str, found: Sequence[_Found], kb: KnowledgeBase) -> bool:
    """Does the article name a region of ``country`` (a KB place of category ``region``, a
    land with a government and a parliament of its own: the Kurdistan Region) at least as
    often as the country's other places? Then a bare parliament may be the region's: «واستطاع
    الحزب الديمقراطي الكردستاني الحفاظ على أكبر عدد من المقاعد في البرلمان» in a story of
    the Kurdistan Region's election names an Iraqi party and means the region's parliament."""
    regions = others = 0
    for mention in found:
        entity = kb.get(mention.entity_id)
        if entity is not None and entity.type in PLACE_TYPES and entity.country == country:
            if entity.category == "region":
                regions += 1
            else:
                others += 1
    return regions > 0 and regions >= others


def _place_countries(found: Sequence[_Found], kb: KnowledgeBase) -> dict[str, int]:
    """Country → how many of the article's place mentions (names, nisbas, cities) lie in it."""
    counts: dict[str, int] = {}
    for mention in found:
        entity = kb.get(mention.entity_id)
        if entity is not None and entity.type in ("GPE", "LOC", "FAC") and entity.country:
            counts[entity.country] = counts.get(entity.country, 0) + 1
    return counts


def _owner_follows(text: str, end: int, found: Sequence[_Found]) -> bool:
    """Does a body name its owner after ``end``: a word of ``owner_prepositions`` («في»,
    «لدى») and, within the two words after it, an organisation found there or a body's head
    noun («وزارة الداخلية في حكومة الإنقاذ», «وزارة الدفاع في الإدارة الذاتية»)? Then the
    ministry is that body's, not the state's; a place or anything else after «في» («في
    بغداد», «في بيان») says nothing of its owner."""
    settings = load_settings()
    word = _next_word(text, end)
    if word not in settings.owner_prepositions:
        return False
    heads = settings.org_heads | settings.construct_org_heads
    first = end + 1 + len(word)
    limit = first
    for _ in range(2):
        owner = _next_word(text, limit)
        if not owner:
            break
        if _head_word(owner, heads) is not None:
            return True
        limit += 1 + len(owner)
    return any(first < mention.start < limit and mention.entity_id.startswith("org:")
               for mention in found)


_SENTENCE_END = re.compile(r"[.!?؟\n]")


def _foreign_act_on(text: str, start: int, end: int, state: str, found: Sequence[_Found],
                    kb: KnowledgeBase) -> bool:
    """Is the ministry at ``start``-``end`` the subject of an act one state addresses to
    another (``foreign_relations_acts``: a condolence, a condemnation, solidarity, «أعربت
    عن…»: the verb before it or a word of its sentence after it), with a place of ``state``
    named in that sentence after it? The state is then where the event it speaks of
    happened, its object, not its owner: «وأعربت وزارة الخارجية عن تعازيها لضحايا الفيضانات
    في ليبيا، مؤكدة وقوف الدولة مع الشعب الليبي» is a foreign ministry speaking of Libya,
    though Libya is the only state the story names. An act whose sentence names no place of
    the state («وأعربت وزارة الداخلية عن أسفها للحادث») leaves the story's state its owner."""
    stop = _SENTENCE_END.search(text, end)
    clause_end = stop.start() if stop is not None else len(text)
    if not any(mention.start >= end and mention.start < clause_end and (
            entity := kb.get(mention.entity_id)) is not None and entity.type in PLACE_TYPES
               and entity.country == state for mention in found):
        return False
    acts = load_settings().foreign_relations_acts
    words = [_previous_word(text, start)[1], *_WORD.findall(text, end, clause_end)]
    return any(s.stem in acts for word in words if word
               for s in candidates(word))


def _sole_country(found: Sequence[_Found], kb: KnowledgeBase) -> str | None:
    """The one country of every place mention in the article (names, nisbas, cities), when
    there is one and it is named at least twice; else None."""
    countries: set[str] = set()
    mentions = 0
    for mention in found:
        entity = kb.get(mention.entity_id)
        if entity is not None and entity.type in ("GPE", "LOC", "FAC"):
            if not entity.country:
                return None  # a region or feature of no one country («الخليج»)
            countries.add(entity.country)
            mentions += 1
            if len(countries) > 1:
                return None
    return next(iter(countries)) if mentions >= 2 else None


def _candidates_by_country(hits: list[GazetteerHit], text: str,
                           kb: KnowledgeBase) -> list[GazetteerHit]:
    """A place alias shared by places of several countries goes to the one whose country the
    rest of the article names, when the KB's first choice's country is named nowhere else
    there: «العاصمة الأردنية عمان» in a Jordan story is Amman, not Oman; «الجيزة» among Daraa's
    villages is the Syrian one, not Giza. Countries are counted over the other place mentions
    (names, adjectives, cities); a tie, or no support, keeps the KB's order."""
    shared = [hit for hit in hits if len(hit.ids) > 1 and hit.ids[0] != hit.ids[1]]
    shared_ids = {id(hit) for hit in shared}
    if not shared:
        return hits
    countries: dict[str, dict[str, int]] = {}  # alias → country → mentions of other names
    for hit in shared:
        alias = text[hit.start:hit.end]
        if alias in countries:
            continue
        counts: dict[str, int] = {}
        for other in hits:
            entity = kb.get(other.ids[0])
            if entity is not None and entity.country and text[other.start:other.end] != alias:
                counts[entity.country] = counts.get(entity.country, 0) + 1
        countries[alias] = counts
    out = []
    for hit in hits:
        if id(hit) in shared_ids:
            counts = countries[text[hit.start:hit.end]]
            options = [kb.get(i) for i in hit.ids]
            if all(e is not None and e.type in ("GPE", "LOC") and e.country for e in options):
                support = [counts.get(e.country or "", 0) for e in options if e is not None]
                best = max(support)
                first = options[0].population or 0 if options[0] is not None else 0
                chosen_at = support.index(best)
                alternative = options[chosen_at]
                # a village never takes the name of a city from it («الرياض», «الرقة»)
                if support[0] == 0 and best > 0 and support.count(best) == 1 and \
                        alternative is not None and (alternative.population or 0) * 10 >= first:
                    chosen = hit.ids[chosen_at]
                    hit = replace(hit, ids=(chosen, *(i for i in hit.ids if i != chosen)))
        out.append(hit)
    return out


def _homonyms_abroad(hits: Sequence[GazetteerHit], text: str,
                     kb: KnowledgeBase) -> list[GazetteerHit]:
    """Analyst set 78: a one-word place name the KB gives to places of several countries
    («المنصورة»: Egypt's city, Qatar's town, a Syrian village), none of them in the one country
    every other place the article names (two at least, nisbas counted, one below the state; a
    body of another state is no place) and none of whose countries any other mention of the
    article names, a place, a body or a person: a namesake there, a new place («منطقة الدرين
    بالمنصورة، شمالي مدينة عدن» is Aden's quarter). «وردت إسرائيل بقصف مدينة صور» after
    «حزب الله» is Lebanon's Tyre: the body names its country. States, governorates and
    cities of a million are left alone («طرابلس» in a Syrian story is still Lebanon's or
    Libya's), and so is any name with a reading in the story's country
    (:func:`_candidates_by_country`)."""
    aliases_of: dict[str, set[str]] = {}  # place entity → the aliases it is named by
    naming: dict[str, set[str]] = {}  # country → the aliases of entities of it, any type
    for hit in hits:
        entity = kb.get(hit.ids[0])
        if entity is None or not entity.country:
            continue
        naming.setdefault(entity.country, set()).add(text[hit.start:hit.end])
        if entity.type in PLACE_TYPES:
            aliases_of.setdefault(entity.id, set()).add(text[hit.start:hit.end])
    story: dict[str, str | None] = {}  # alias → the one country the other places name
    out = []
    for hit in hits:
        alias = text[hit.start:hit.end]
        if hit.kind == "adjective" or " " in alias or len(set(hit.ids)) < 2:
            continue
        options = [kb.get(entity_id) for entity_id in hit.ids]
        if not all(e is not None and e.type in ("GPE", "LOC") and e.country
                   and e.category not in ("state", "governorate")
                   and (e.population or 0) < _BIG_CITY for e in options):
            continue
        if alias not in story:
            story[alias] = _story_country(aliases_of, alias, kb)
        countries = {e.country for e in options if e is not None and e.country}
        if story[alias] is not None and story[alias] not in countries and \
                not any(naming.get(country, set()) - {alias} for country in countries):
            out.append(hit)
    return out


def _story_country(aliases_of: dict[str, set[str]], alias: str,
                   kb: KnowledgeBase) -> str | None:
    """The one country of the place entities named other than by ``alias``, when there are
    two of them at least and one lies below the state (a city, a province: the story is set
    there, not only about the state); else None."""
    others = [entity for entity_id, aliases in aliases_of.items() if aliases != {alias}
              and (entity := kb.get(entity_id)) is not None]
    countries = {entity.country for entity in others}
    if len(countries) != 1 or len(others) < 2 or \
            all(entity.category == "state" for entity in others):
        return None
    return next(iter(countries))


def _places_in_regions(text: str, found: Sequence[_Found], kb: KnowledgeBase) -> list[_Found]:
    """«شمال شرق سوريا», «شرق الفرات»: a KB region named by one or two direction words and a
    place keeps that place's own link inside it (nested, as a nisba inside an organisation's
    name), so the country or river is found too. The rest must be a KB name of one place."""
    directions = load_settings().direction_words
    out = []
    for mention in found:
        if mention.how not in ("name", "alias") or not mention.entity_id.startswith("loc:"):
            continue
        words = text[mention.start:mention.end].split(" ")
        lead = 0
        while lead < min(2, len(words) - 1) and words[lead] in directions:
            lead += 1
        if not lead:
            continue
        rest = " ".join(words[lead:])
        ids = kb.by_alias.get(rest, ())
        entity = kb.get(ids[0]) if len(ids) == 1 else None
        if entity is not None and entity.type in ("GPE", "LOC") and entity.id != mention.entity_id:
            start = mention.end - len(rest)
            out.append(_Found(start, mention.end, entity.id,
                              kb.alias_kind(rest, entity.id) or "name"))
    return out


def _titled_outlet(hit: GazetteerHit, text: str, kb: KnowledgeBase) -> GazetteerHit:
    """«صحيفة “الجزيرة”» is the Saudi newspaper the KB names «صحيفة الجزيرة», not the channel
    «الجزيرة»: a name after an outlet's head noun (quotation marks may stand between) goes to
    the one KB entity named by the head and the name together, when that is another one."""
    position = hit.start
    if position > 0 and text[position - 1].isalpha():
        return hit
    while position > 0 and text[position - 1] in _QUOTE_MARKS:
        position -= 1
    at, word = _previous_word(text, position)
    found = _head_word(word, load_settings().outlet_heads) if at >= 0 else None
    if found is None:
        return hit
    ids = kb.by_alias.get(f"{found[2]} {text[hit.start:hit.end]}", ())
    if len(ids) != 1 or ids[0] == hit.ids[0]:
        return hit
    return replace(hit, ids=ids, kind="alias")


def _capital_city(hit: GazetteerHit, text: str, kb: KnowledgeBase) -> GazetteerHit:
    """«بالعاصمة تونس», «في العاصمة الكويت»: a state's name after the definite noun «العاصمة»
    (``capital_nouns``) in apposition is its capital city of the same name, which the KB lists
    after the state. Only the definite noun: «عاصمة تونس» (construct) is the capital *of*
    Tunisia, the state.

    Sets 93 and 94: so is a state's name after a noun of ``city_name_heads`` («مدينة», city;
    «بلدية», municipality), bare or with a proclitic: «مدينة تونس», «بلدية تونس», «بمدينة
    الكويت». These construct heads name a city by its own name, and a state is no city, so the
    name is the state's city of the same name (Tunis, Kuwait City, Djibouti). The plural «مدن
    تونس» (the cities *of* Tunisia), «دولة الكويت» and a state with no city of its name in the
    KB («مدينة الجزائر» while the KB gives Algiers no such alias) keep the state."""
    settings = load_settings()
    if len(hit.ids) < 2 or not _after_one_of(text, hit.start,
                                             settings.capital_nouns | settings.city_name_heads):
        return hit
    state = kb.get(hit.ids[0])
    if state is None or state.category != "state":
        return hit
    for other in hit.ids[1:]:
        city = kb.get(other)
        if city is not None and city.category == "city" and city.country == state.country:
            return replace(hit, ids=(other, *(i for i in hit.ids if i != other)))
    return hit


# A name in Latin letters: capitalised words («BFM», «La Dépêche», «France 24»), no Arabic.
_LATIN_NAME = re.compile(r"[A-Z][A-Za-zÀ-ÿ0-9'&.\-]*(?: [A-Z0-9][A-Za-zÀ-ÿ0-9'&.\-]*)*")
_LATIN_LETTER = re.compile(r"[A-Za-zÀ-ÿ]")
# What stands between two coordinated names: «BFM وRMC», «BFM، و"RMC"».
_LATIN_AND = re.compile(r"\s*[،,]?\s*و\s?[\"«“]?\s*")


def _latin_outlets(text: str, found: Sequence[_Found]) -> list[_Found]:
    """Outlets written in Latin letters after an outlet's head noun («قناة BFM», «صحيفة La
    Dépêche», «وسائل الإعلام الفرنسية BFM وRMC وMediapart»), and the Latin names coordinated
    with «و» after them, are new organisations where nothing else was found: NER reads Arabic
    words only, so a Latin name is never tagged, and the head says what the name is. A definite
    adjective may stand between («وسائل الإعلام الفرنسية»), quotation marks before the name.
    The KB's own outlets («شبكة CNN») are linked already and left as they are. When the word
    between is part of a name found already (not a nisba: «الفرنسية» stays an adjective), it is
    the outlet's Arabic name («قناة الجزيرة Al Jazeera», «صحيفة الغارديان The Guardian»): the
    Latin name repeats it and is that mention's organisation, or nothing when it names no
    organisation."""
    taken = SpanSet((m.start, m.end) for m in found)
    out: list[_Found] = []
    chain_end = -1
    for match in _LATIN_NAME.finditer(text):
        start = match.start()
        end = start + len(match.group().rstrip(".-'"))
        if start > 0 and _LATIN_LETTER.match(text, start - 1):
            continue  # inside a word: «iPhone»
        coordinated = chain_end >= 0 and _LATIN_AND.fullmatch(text, chain_end, start) is not None
        chain_end = -1
        between = -1 if coordinated else _after_outlet_head(text, start)
        if between is None:
            continue
        mention = _Found(start, end, _new_name_id("org", text[start:end]), "ner", "ORG")
        named = [m for m in (*found, *out) if m.start <= between < m.end and m.how != "adjective"]
        if named:
            if not named[0].entity_id.startswith("org:"):
                continue
            mention = replace(named[0], start=start, end=end)
        chain_end = end
        if not taken.overlaps(start, end):
            out.append(mention)
            taken.add(start, end)
    return out


def _after_outlet_head(text: str, start: int) -> int | None:
    """Where an outlet's head noun («قناة», «لصحيفة») or a media group («وسائل الإعلام») stands
    right before ``start`` (quotation marks may stand between): -1, or the start of the one
    definite word between them («وسائل الإعلام الفرنسية»); ``None`` when there is none."""
    settings = load_settings()
    at, word = _previous_word(text, start, _QUOTE_MARKS)
    between = -1
    for _ in range(2):
        if at < 0:
            return None
        if _head_word(word, settings.outlet_heads) is not None or any(
                text.endswith(group, 0, at + len(word)) for group in settings.outlet_group_heads):
            return between
        if not word.startswith(_ARTICLE):
            return None
        between = at
        at, word = _previous_word(text, at)
    return None
