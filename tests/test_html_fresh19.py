"""The general rules that the nineteenth held-out pass's page templates (``eval_templates.json``,
``"pass": 19``, scored once before any rule change; ``test_html_fresh`` renders them) led to: a
line of engagement counters («7 إعجابات · 2 إعادة نشر») is a counter however many it lists; a
«last modified» stamp may name what it dates («آخر تعديل للصفحة:»); a box the page marks as its
«modified»/«updated» stamp goes whatever its wording; a box's label goes when the rest of its
box is lines a debris rule removes. Each rule has cases that must keep prose."""

from __future__ import annotations

import pytest

import marsad
from test_html_fresh import OTHER, PARAGRAPH, TITLE, line_reason, page


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("7 إعجابات · 2 إعادة نشر", "view_count"),
        ("12 تعليق | 40 مشاركة", "view_count"),
        ("1.2 ألف مشاهدة", "view_count"),
        ("320 قراءة", "view_count"),
        ("آخر تعديل للصفحة: 17/04/2018 10:12", "timestamp"),
        ("تاريخ آخر تحديث: 16/04/2018", "timestamp"),
        ("Last modified: 2018-04-16", "timestamp"),
    ],
)
def test_counters_and_stamps_are_debris(line: str, reason: str) -> None:
    assert line_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "قتل 7 أشخاص وأصيب 12 آخرون في القصف",
        "3 قتلى و5 جرحى",
        "آخر تعديل للقانون جرى في 2015 بعد نقاش طويل",
        "تلقت الصفحة 300 تعليق خلال ساعة واحدة من نشر الصورة",
    ],
)
def test_counts_and_dates_in_sentences_stay(line: str) -> None:
    assert line_reason(line) is None


MENTIONS = "<section class='webmentions'><h4>الإشارات</h4><p>7 إعجابات · 2 إعادة نشر</p></section>"


def test_a_box_label_over_counters_goes_with_them() -> None:
    article = marsad.extract(page(f"<p>{PARAGRAPH}</p><p>{OTHER}</p>{MENTIONS}"))
    assert article.text.split("\n\n") == [PARAGRAPH, OTHER]
    assert "page_furniture" in {r.reason for r in article.removed}


def test_a_box_label_over_prose_stays() -> None:
    box = f"<section class='part'><h4>الإشارات</h4><p>{OTHER}</p></section>"
    article = marsad.extract(page(f"<p>{PARAGRAPH}</p>{box}"))
    assert "الإشارات" in article.text and OTHER in article.text


def test_a_box_marked_as_the_pages_stamp_goes_in_any_wording() -> None:
    stamp = "<div class='cmp-text last-modified'><p>حُدّثت هذه الصفحة في 17/04/2018</p></div>"
    article = marsad.extract(page(f"<p>{PARAGRAPH}</p><p>{OTHER}</p>{stamp}"))
    assert article.text.split("\n\n") == [PARAGRAPH, OTHER]


def test_prose_in_a_box_marked_updated_stays() -> None:
    # a live page's updated entry, or a theme's «entry-content updated»: its text is the story
    body = f"<div class='entry updated'><p>{PARAGRAPH}</p></div><p>{OTHER}</p>"
    article = marsad.extract(page(body))
    assert article.title == TITLE
    assert article.text.split("\n\n") == [PARAGRAPH, OTHER]


CREW = (
    "<div class='episode-crew'><span>إعداد:</span> <span>منى الشريف</span> · "
    "<span>إخراج:</span> <span>طارق البنّا</span></div>"
)


def test_an_episodes_crew_box_goes_with_a_short_text() -> None:
    article = marsad.extract(page(f"<p>{PARAGRAPH}</p>{CREW}"))
    assert article.text == PARAGRAPH


def test_prose_in_a_box_marked_crew_stays() -> None:
    box = f"<div class='crew-story'><p>{PARAGRAPH}</p><p>{OTHER}</p></div>"
    assert marsad.extract(page(box)).text.split("\n\n") == [PARAGRAPH, OTHER]
