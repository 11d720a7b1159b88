"""The whole shared corpus (2,500 real articles) through ``marsad.extract``.

Fast tests run a sample; the ``slow`` test runs everything and checks properties of real
data: datelines of CNN / Sky News / sabq, no debris phrase left, offsets in range, content
kept (we must not eat the article), dates read.
"""

from __future__ import annotations

import collections
import re
from typing import Any

import pytest

import marsad
from marsad.model import Article, RawDocument

DEBRIS = ["اقرأ أيضا", "اقرأ أيضاً", "زر الذهاب إلى الأعلى", "تسلم إشعارات بأهم الموضوعات",
          "استلام إشعارات بأهم الموضوعات", "// انتهى //", "//انتهى//",
          "رابط الخبر بصحيفة الوئام", "جميع المقالات المنشورة تمثل رأي كتابها"]
SABQ_OPENING = re.compile(r"^\s*سبق\s*[-–—]\s*[^:\n]{2,30}:")
SAMPLE_EVERY = 25  # the fast test: every 25th article


def extract_record(record: dict[str, Any]) -> Article:
    return marsad.extract(RawDocument(
        record["text"],
        id=record.get("id"),
        title=record.get("title"),
        author=record.get("author") or None,
        published=record.get("published") or record.get("date_extracted"),
        source=record.get("source"),
        url=record.get("url"),
    ))


def _words(text: str) -> int:
    return len("".join(text.split()))


def check_article(record: dict[str, Any], article: Article) -> None:
    text = article.text
    assert text.strip(), record["id"]
    for phrase in DEBRIS:
        assert phrase not in text, (record["id"], phrase)
    for span in [*article.paragraphs, *article.sentences]:
        assert 0 <= span.start < span.end <= len(text), record["id"]
        piece = text[span.start:span.end]
        assert piece.strip() and piece == piece.strip(), record["id"]
    for section in article.sections:
        assert 0 <= section.start <= section.heading_start < section.heading_end
        assert section.heading_end <= section.end <= len(text)
        assert text[section.heading_start:section.heading_end] == section.heading
    if record.get("source") == "CNN Arabic" and "(CNN)" in record["text"].lstrip()[:12]:
        assert article.dateline is not None and article.dateline.outlet == "CNN", record["id"]
        assert "(CNN)" not in text[:200], record["id"]
    if record.get("author") == "أبوظبي - سكاي نيوز عربية":
        assert article.dateline is not None and article.dateline.place == "أبوظبي"
    if record.get("source") == "sabq" and SABQ_OPENING.match(record["text"]):
        assert article.dateline is not None, record["id"]
        assert not SABQ_OPENING.match(text)


def test_sample_of_the_corpus(shared_articles: list[dict[str, Any]]) -> None:
    for record in shared_articles[::SAMPLE_EVERY]:
        check_article(record, extract_record(record))


@pytest.mark.slow
def test_every_article(shared_articles: list[dict[str, Any]]) -> None:
    kept_shares: list[float] = []
    unread_dates = 0
    reasons: collections.Counter[str] = collections.Counter()
    datelines: collections.Counter[str] = collections.Counter()
    for record in shared_articles:
        article = extract_record(record)
        check_article(record, article)
        kept_shares.append(min(1.0, _words(article.text) / max(_words(record["text"]), 1)))
        unread_dates += article.published is None
        reasons.update(r.reason for r in article.removed)
        if article.dateline:
            datelines[record.get("source") or "?"] += 1
    print("\nremoved lines by reason:", dict(reasons.most_common()))
    print("datelines by source:", dict(datelines.most_common()))
    average_kept = sum(kept_shares) / len(kept_shares)
    print(f"average share of source characters kept: {average_kept:.3f}")
    assert len(shared_articles) == 2500
    assert average_kept >= 0.90
    assert unread_dates <= len(shared_articles) // 100
    cnn = [r for r in shared_articles if r.get("source") == "CNN Arabic"]
    sky = [r for r in shared_articles if r.get("source") == "Sky News Arabia"]
    assert datelines["CNN Arabic"] >= 0.9 * len(cnn)
    assert datelines["Sky News Arabia"] == len(sky)
    assert {"dateline", "source_article", "tags", "app_promo", "read_also",
            "separator"} <= set(reasons)
