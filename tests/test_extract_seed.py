"""The canonical example: the scraped Step News interview, as a user would feed it."""

from __future__ import annotations

import pytest

import marsad
from marsad.model import Article

EXPECTED_TITLE = (
    "التحالف الدولي ضد داعش يكشف أعداد القوات الأمريكية بسوريا وإمكانية استمرار دعم قوات قسد"
)
DEBRIS = ["حورات خاصةسلايد رئيسي", "اقرأ أيضاً", "مقالات ذات صلة", "زر الذهاب إلى الأعلى",
          "حوار: جهاد عبد الله"]
HEADINGS = ["عدد القوات الأمريكية", "عودة داعش لترتيب صفوفه", "حول دعم قوات قسد",
            "التصادم مع روسيا والوجود الإيراني",
            "انسحاب قوات التحالف من حماية المنشآت النفطية بسوريا"]


@pytest.fixture(scope="module")
def article(seed_bytes: bytes) -> Article:
    return marsad.extract(seed_bytes)


def test_seed_title_and_kicker(article: Article) -> None:
    assert article.title == EXPECTED_TITLE
    assert article.kicker == "خاص"


def test_seed_author_with_role(article: Article) -> None:
    assert [(a.name, a.role) for a in article.authors] == [("جهاد عبد الله", "حوار")]


def test_seed_sections(article: Article) -> None:
    assert [s.heading for s in article.sections] == HEADINGS
    for section in article.sections:
        assert article.text[section.heading_start:section.heading_end] == section.heading
        assert section.start <= section.heading_start < section.end


def test_seed_text_has_no_debris(article: Article) -> None:
    for phrase in DEBRIS:
        assert phrase not in article.text
    assert EXPECTED_TITLE not in article.text


def test_seed_all_body_paragraphs_intact(article: Article, seed_text: str) -> None:
    source_paragraphs = [
        line.strip() for line in seed_text.splitlines()
        if line.rstrip().endswith((".", "؟"))
    ]
    kept = [article.text[p.start:p.end] for p in article.paragraphs]
    assert len(kept) == 15
    assert kept == source_paragraphs


def test_seed_removed_lines_have_reasons(article: Article) -> None:
    reasons = {r.reason for r in article.removed}
    assert {"menu_crumbs", "read_also", "related_header", "back_to_top", "byline"} <= reasons
    assert article.links[0].kind == "read_also"
    assert article.links[0].text.startswith("بعد مقتل العيساوي في العراق")


def test_seed_sentences_are_spans_of_text(article: Article) -> None:
    assert len(article.sentences) >= 20
    for sentence in article.sentences:
        piece = article.text[sentence.start:sentence.end]
        assert piece == piece.strip() and piece


def test_seed_language_and_json_contract(article: Article) -> None:
    data = marsad.to_dict(article)
    for key in ("id", "title", "kicker", "authors", "published", "dateline", "language",
                "text", "sections", "paragraphs", "removed", "links"):
        assert key in data
    assert data["language"] == "ar"
    assert '"التحالف' in marsad.to_json(article)  # Arabic is not \u-escaped


def test_published_reference_date(seed_bytes: bytes) -> None:
    assert str(marsad.extract(seed_bytes, published="2021-03-02").published) == "2021-03-02"
