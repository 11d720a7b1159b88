"""The page templates of the fifth held-out pass (``eval_templates.json``: ``pass`` 5,
scored once before any rule change) and the general rules their failures led to
(boilerplate 2026.12.6): a featured image's box whose text is its caption, a «المصادر:»
list after the body, and an inline newsletter pitch («لا تفوّت أي خبر»)."""

from __future__ import annotations

import pytest

import marsad
from test_html_fresh import PARAGRAPH, line_reason


def test_a_featured_images_caption_box_is_no_lead() -> None:
    caption = "أطفال في مخيم للنازحين بريف إدلب الشمالي خلال توزيع المساعدات (عدسة المراسل)"
    page = ("<html><body><article><h1>قصف على ريف إدلب</h1><div class='featured-image'>"
            f"<img src='a.jpg'><span class='img-caption'>{caption}</span></div>"
            f"<div class='content'><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p></div>"
            "</article></body></html>")
    text = marsad.extract(page).text
    assert "أطفال في مخيم" not in text and PARAGRAPH in text


def test_a_sources_list_after_the_body_goes() -> None:
    page = ("<html><body><article><h1>قصف على ريف إدلب</h1>"
            f"<p>{PARAGRAPH}</p><p>{PARAGRAPH}</p><p><strong>المصادر:</strong></p><ol>"
            "<li>وكالة الأنباء الفرنسية، تقرير منشور أمس.</li><li>بيان المرصد.</li></ol>"
            "</article></body></html>")
    text = marsad.extract(page).text
    assert "المصادر" not in text and "بيان المرصد" not in text and PARAGRAPH in text


@pytest.mark.parametrize("line", [
    "لا تفوّت أي خبر",
    "لا تفوّت أي خبرسجّل بريدك لتصلك نشرتنا اليومية",
    "سجّل بريدك الإلكتروني ليصلك كل جديد",
])
def test_newsletter_pitches(line: str) -> None:
    assert line_reason(line) == "subscription", line


@pytest.mark.parametrize("line", [
    "لا تفوت أي خبر عن الحرب في غزة لأن الأمر خطير جدا",
    "وقال إنه سجل بريده في الموقع قبل أسبوع",
    "المصادر المطلعة أكدت أن الاجتماع تأجل",
])
def test_prose_like_the_fifth_pass_rules_is_kept(line: str) -> None:
    assert line_reason(line) is None


@pytest.mark.parametrize(("line", "reason"), [
    ("ما رأيك في هذا الخبر؟أعجبنيأحزننيأغضبني", "reactions"),
    ("ما رأيك في هذا الخبر؟", "reactions"),
])
def test_reaction_prompts(line: str, reason: str) -> None:
    assert line_reason(line) == reason, line


def test_a_question_about_the_news_in_prose_is_kept() -> None:
    line = "وسأله: ما رأيك في هذا الخبر الذي نشرته الصحف؟"
    assert line_reason(line) is None
