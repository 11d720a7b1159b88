"""Loader behaviour: counts, version, alias index, and coverage of the seed article's actors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from marsad.arabic.normalize import normalize
from marsad.kb import KBEntity, KnowledgeBase, load_kb

# surface as written in the seed article (without clitics) -> expected entity id
SEED_SURFACES = {
    "التحالف الدولي ضد داعش": "org:global-coalition-against-daesh",
    "التحالف الدولي": "org:global-coalition-against-daesh",
    "قوات التحالف الدولي": "org:global-coalition-against-daesh",
    "داعش": "org:isis",
    "تنظيم الدولة": "org:isis",
    "تنظيم داعش": "org:isis",
    "قسد": "org:sdf",
    "قوات قسد": "org:sdf",
    "قوات سوريا الديمقراطية": "org:sdf",
    "الولايات المتحدة": "gpe:united-states",
    "أمريكا": "gpe:united-states",
    "الأمريكية": "gpe:united-states",
    "الأمريكي": "gpe:united-states",
    "أمريكي": "gpe:united-states",
    "وزارة الدفاع الأمريكية": "org:us-department-of-defense",
    "البنتاغون": "org:us-department-of-defense",
    "روسيا": "gpe:russia",
    "روسية": "gpe:russia",
    "الروسي": "gpe:russia",
    "الإيراني": "gpe:iran",
    "إيرانية": "gpe:iran",
    "الفرنسية": "gpe:france",
    "سوريا": "gpe:syria",
    "السورية": "gpe:syria",
    "السوري": "gpe:syria",
    "العراق": "gpe:iraq",
    "العراقية": "gpe:iraq",
    "الباغوز": "gpe:baghouz",
    "جو بايدن": "per:joe-biden",
    "بايدن": "per:joe-biden",
    "وكالة ستيب الإخبارية": "org:step-news-agency",
    "ستيب": "org:step-news-agency",
    "قوات النظام السوري": "org:syrian-arab-army",
    "الجيش الروسي": "org:russian-armed-forces",
    "القوات الأمريكية": "org:us-armed-forces",
}


# clubs, companies and organisations (clubs.jsonl, companies.jsonl, organisations.jsonl)
NEW_SURFACES = {
    "ريال مدريد": "club:real-madrid",
    "البارسا": "club:fc-barcelona",
    "برشلونة الإسباني": "club:fc-barcelona",
    "مانشستر يونايتد": "club:manchester-united",
    "مانشستر يونايتيد": "club:manchester-united",
    "أرسنال": "club:arsenal",
    "ارسنال": "club:arsenal",
    "بايرن ميونخ": "club:bayern-munich",
    "بايرن ميونيخ": "club:bayern-munich",
    "الرجاء البيضاوي": "club:raja-casablanca",
    "الوداد البيضاوي": "club:wydad-casablanca",
    "الأهلي المصري": "club:al-ahly",
    "الزمالك": "club:zamalek",
    "الهلال السعودي": "club:al-hilal",
    "نادي الاتحاد": "club:al-ittihad-jeddah",
    "اتحاد جدة": "club:al-ittihad-jeddah",
    "الترجي التونسي": "club:esperance-tunis",
    "الفيفا": "org:fifa",
    "الاتحاد الدولي لكرة القدم": "org:fifa",
    "الاتحاد الأوروبي لكرة القدم": "org:uefa",
    "الاتحاد الأوروبي": "org:european-union",
    "أرامكو": "company:saudi-aramco",
    "فولكس فاغن": "company:volkswagen",
    "فولكسفاغن": "company:volkswagen",
    "شركة نيسان": "company:nissan",
    "طيران الإمارات": "company:emirates-airline",
    "غوغل": "company:google",
    "جوجل": "company:google",
    "البنك الأهلي المصري": "company:national-bank-of-egypt",
    "مصرف لبنان": "org:banque-du-liban",
    "منظمة التجارة العالمية": "org:wto",
    "إيساف": "org:isaf",
    "منظمة الفاو": "org:fao",
    "الفاو": "gpe:al-faw",
}
#: Everyday words and names that must not resolve to a club or a company on their own.
NOT_CLUBS_OR_COMPANIES = (
    "النصر", "الهلال", "الاتحاد", "الأهلي", "الوحدة", "الجزيرة", "الشباب", "النجم", "الترجي",
    "الفيصلي", "النادي الأهلي", "الريال", "ريال", "برشلونة", "روما", "أبل", "آبل", "شل", "نيسان",
    "فئات", "أودى", "مبادلة", "إعمار", "مصدر", "زين", "الجيش الملكي السعودي", "القطرية",
    "السعودية", "اليمنية", "الرأي", "الشرق", "البيت",
)


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_kb()


def test_loads_enough_entities_once() -> None:
    """Loaded once per process (the load time, < 1 s, is benchmarks/bench_floors.py's)."""
    kb = load_kb()
    assert len(kb) >= 600
    assert load_kb() is kb  # cached


def test_version(kb: KnowledgeBase) -> None:
    assert kb.version and kb.version[0].isdigit()


@pytest.mark.parametrize(("surface", "expected"), sorted(SEED_SURFACES.items()))
def test_seed_surfaces_resolve(kb: KnowledgeBase, surface: str, expected: str) -> None:
    found = kb.lookup(surface)
    assert found, surface
    assert found[0].id == expected, (surface, [e.id for e in found])


@pytest.mark.parametrize(("surface", "expected"), sorted(NEW_SURFACES.items()))
def test_club_company_and_organisation_surfaces(kb: KnowledgeBase, surface: str,
                                                 expected: str) -> None:
    found = kb.lookup(surface)
    assert found and found[0].id == expected, (surface, [e.id for e in found])


@pytest.mark.parametrize("word", NOT_CLUBS_OR_COMPANIES)
def test_common_words_are_not_clubs_or_companies(kb: KnowledgeBase, word: str) -> None:
    assert not [e.id for e in kb.lookup(word) if e.category in ("sports_club", "company")]


def test_alias_kinds(kb: KnowledgeBase) -> None:
    assert kb.alias_kind(normalize("سوريا"), "gpe:syria") == "name"
    assert kb.alias_kind(normalize("قسد"), "org:sdf") == "alias"
    assert kb.alias_kind(normalize("الأمريكيين"), "gpe:united-states") == "adjective"
    assert kb.alias_kind(normalize("سوريا"), "org:sdf") is None


def test_lookup_normalises(kb: KnowledgeBase) -> None:
    assert [e.id for e in kb.lookup("أمريكا")] == [e.id for e in kb.lookup("امريكا")]
    assert kb.lookup("إيرانيّة")[0].id == "gpe:iran"  # shadda and hamza forms
    assert kb.lookup("لا شيء من هذا") == []


def test_entities_are_immutable_tuples(kb: KnowledgeBase) -> None:
    syria = kb.get("gpe:syria")
    assert isinstance(syria, KBEntity)
    assert isinstance(syria.aliases_ar, tuple) and isinstance(syria.adjectives_ar, tuple)
    assert syria.wikidata == "Q858" and syria.country == "SY"
    with pytest.raises(AttributeError):
        syria.name_en = "x"  # type: ignore[misc]
    assert kb.get("nope:nothing") is None


def test_index_keys_are_normalised_and_not_stoplisted(kb: KnowledgeBase) -> None:
    for key, ids in kb.by_alias.items():
        assert key == normalize(key)
        assert key not in kb.stoplist
        assert ids and all(eid in kb.entities for eid in ids)


def test_ambiguous_entities_rank_after_unambiguous(kb: KnowledgeBase) -> None:
    for key, ids in kb.by_alias.items():
        rest = ids[1:] if key in kb.disambiguation else ids
        flags = [kb.entities[eid].ambiguous for eid in rest]
        assert flags == sorted(flags), key


def test_places_have_parents_and_coordinates(kb: KnowledgeBase) -> None:
    baghouz = kb.get("gpe:baghouz")
    assert baghouz is not None and baghouz.parent == "gpe:syria-deir-ez-zor-governorate"
    assert baghouz.lat is not None and abs(baghouz.lat - 34.45) < 0.2
    raqqa_gov = kb.get("gpe:syria-raqqa-governorate")
    assert raqqa_gov is not None and raqqa_gov.parent == "gpe:syria"
    assert kb.lookup("نهر الفرات")[0].type == "LOC"
    assert kb.lookup("قاعدة حميميم")[0].type == "FAC"


def test_load_from_custom_directory(tmp_path: Path) -> None:
    rec = {"id": "gpe:testland", "type": "GPE", "name_en": "Testland", "name_ar": "تستلاند",
           "aliases_ar": ["أرض الاختبار"], "aliases_en": [], "adjectives_ar": ["تستلاندي"],
           "wikidata": None, "category": "state", "country": None, "lat": None, "lon": None,
           "population": None}
    (tmp_path / "states.jsonl").write_text(json.dumps(rec, ensure_ascii=False) + "\n", "utf-8")
    (tmp_path / "VERSION").write_text("2000.1.0\n", "utf-8")
    (tmp_path / "stoplist.txt").write_text("# c\nأرض الاختبار\n", "utf-8")
    kb = load_kb(tmp_path)
    assert len(kb) == 1 and kb.version == "2000.1.0"
    assert kb.lookup("تستلاند")[0].id == "gpe:testland"
    assert kb.lookup("ارض الاختبار") == []  # stoplisted
    assert kb.alias_kind(normalize("تستلاندي"), "gpe:testland") == "adjective"
