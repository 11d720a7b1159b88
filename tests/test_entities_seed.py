"""Issue acceptance: the seed's actors and places, with every mention, through the pipeline."""

from __future__ import annotations

import pytest

import marsad
from marsad.model import Article

EXPECTED = {
    "org:global-coalition-against-daesh": {"التحالف الدولي ضد داعش", "التحالف الدولي"},
    "org:isis": {"داعش", "تنظيم الدولة"},
    "org:sdf": {"قسد", "قوات سوريا الديمقراطية"},
    "gpe:united-states": {"الولايات المتحدة"},
    "org:us-department-of-defense": {"وزارة الدفاع الأمريكية", "البنتاغون"},
    "gpe:russia": {"روسيا"},
    "gpe:iran": {"الإيراني"},
    "gpe:france": {"الفرنسية"},
    "gpe:syria": {"سوريا"},
    "gpe:iraq": {"العراق"},
    "gpe:baghouz": {"الباغوز"},
    "per:joe-biden": {"جو بايدن"},
    "org:step-news-agency": {"وكالة ستيب الإخبارية", "ستيب"},
}


@pytest.fixture(scope="module")
def article(seed_bytes: bytes) -> Article:
    return marsad.extract(seed_bytes)


def _covered(article: Article, entity_id: str) -> str:
    """All mention texts of an entity, joined, so «قسد» inside «قوات قسد» counts."""
    entity = next((e for e in article.entities if e.id == entity_id), None)
    assert entity is not None, f"{entity_id} not found"
    return " | ".join(m.text for m in entity.mentions)


@pytest.mark.parametrize("entity_id", sorted(EXPECTED))
def test_seed_entity_found_with_its_mentions(article: Article, entity_id: str) -> None:
    covered = _covered(article, entity_id)
    for surface in EXPECTED[entity_id]:
        assert surface in covered


def test_seed_syria_mentions_include_clitic_forms(article: Article, seed_text: str) -> None:
    syria = next(e for e in article.entities if e.id == "gpe:syria")
    starts = {m.start for m in syria.mentions}
    # «بسوريا» in the last heading: the mention is the stem, right after the «ب».
    heading = article.sections[-1]
    assert any(heading.heading_start <= s < heading.heading_end for s in starts)
    assert len([m for m in syria.mentions if m.text == "سوريا"]) >= 10


def test_seed_every_mention_is_a_span_of_text(article: Article) -> None:
    for entity in article.entities:
        assert entity.mentions
        for mention in entity.mentions:
            assert article.text[mention.start:mention.end] == mention.text


def test_seed_entities_carry_kb_facts(article: Article) -> None:
    by_id = {e.id: e for e in article.entities}
    assert by_id["gpe:syria"].wikidata == "Q858"
    assert by_id["org:sdf"].name_en
    baghouz = by_id["gpe:baghouz"]
    assert baghouz.lat is not None and 34 < baghouz.lat < 35
    assert baghouz.lon is not None and 40 < baghouz.lon < 41.5
