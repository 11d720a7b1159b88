"""The general rules that the twelfth held-out pass's page templates (``eval_templates.json``,
``"pass": 12``, scored once before any rule change; ``test_html_fresh`` renders them) led to
(boilerplate 2026.12.13): a line rule is tried on a line without the pictographs set before
it; a line that is only a web address, or a short label and one; «المصدر X» without a colon;
contact boxes as marked furniture; the loose inline text of a marked box (its «نهاية»); a
title field set in bold as a post's first line, when the fields that agree name the channel.
Each rule has cases that must keep prose."""

from __future__ import annotations

import pytest

import marsad
from test_html_fresh import OTHER, PARAGRAPH, TITLE, line_reason, page


@pytest.mark.parametrize(("line", "reason"), [
    ("Gettyimages.ru", "url_line"),
    ("www.example.com", "url_line"),
    ("https://example.ae/pr/1", "url_line"),
    ("عرض المحتوى الأصلي: https://example.ae/pr/1", "url_line"),
    ("النص الأصلي: www.example.com/a/1", "url_line"),
    ("المصدر مجموعة الخليج القابضة", "agency_credit"),
    ("مصدر الخبر وكالة الأنباء", "agency_credit"),
])
def test_address_and_colonless_source_lines_go(line: str, reason: str) -> None:
    assert line_reason(line) == reason


@pytest.mark.parametrize("line", [
    "المصدر نفسه أكد أن الاجتماع سيعقد غدا في العاصمة.",
    "وقال المصدر إن المفاوضات ستستأنف الأسبوع المقبل.",
    "زار الوزير الموقع www.example.com قبل أن يعلن النتائج للصحفيين.",
    "وبلغت نسبة النمو 3.14 بالمئة خلال العام الماضي.",
    "قالت الشركة في بيان على موقعها: إن الأرباح ارتفعت بنسبة كبيرة هذا العام.",
])
def test_prose_like_the_new_lines_is_kept(line: str) -> None:
    assert line_reason(line) is None


@pytest.mark.parametrize("marks", ["🔴 ", "📌 ", "► ", "⬅️ "])
def test_a_rule_matches_a_line_behind_its_pictographs(marks: str) -> None:
    text = f"{TITLE}\n{PARAGRAPH}\n{marks}تابعونا على قناتنا في تلغرام: @capnews"
    article = marsad.extract(text)
    assert article.text == PARAGRAPH
    assert any(r.reason == "share_follow" for r in article.removed)


def test_prose_behind_pictographs_is_kept() -> None:
    article = marsad.extract(f"{TITLE}\n{PARAGRAPH}\n🔴 {OTHER}")
    assert article.text.split("\n\n") == [PARAGRAPH, f"🔴 {OTHER}"]


def test_a_contact_box_goes_and_its_prose_stays() -> None:
    box = ("<div class='pr-contact'><p><b>للتواصل الإعلامي:</b></p><p>إدارة الاتصال المؤسسي</p>"
           "<p>هاتف: +971 4 000 0000</p><p>البريد الإلكتروني: media@example.ae</p></div>")
    article = marsad.extract(page(f"<p>{PARAGRAPH}</p><p>{OTHER}</p>{box}"))
    assert article.text.split("\n\n") == [PARAGRAPH, OTHER]
    kept = marsad.extract(page(f"<p>{PARAGRAPH}</p><div class='contact-story'><p>{OTHER}</p>"
                               "</div>"))
    assert OTHER in kept.text


def test_a_marked_boxs_loose_inline_text_goes() -> None:
    promo = ("<section class='bbc-promo-inline'><h2>قصص مقترحة</h2><ul><li><a href='/a'>ما الذي "
             "نعرفه عن المفاوضات؟</a></li><li><a href='/b'>خمسة أسئلة تشرح الأزمة</a></li></ul>"
             "<span class='end'>نهاية</span></section>")
    article = marsad.extract(page(f"<p>{PARAGRAPH}</p>{promo}<p>{OTHER}</p>"))
    assert article.text.split("\n\n") == [PARAGRAPH, OTHER]


def test_inline_text_running_in_a_kept_paragraph_stays() -> None:
    # an inline element inside a paragraph is no line of its own, even in a marked box
    box = f"<div class='editor-notice'><p>{PARAGRAPH} <span>نهاية</span></p></div>"
    article = marsad.extract(page(f"{box}<p>{OTHER}</p>"))
    assert f"{PARAGRAPH} نهاية" in article.text


@pytest.mark.parametrize("title", [TITLE, "حتمية النصر"])
def test_a_bold_field_beats_fields_that_name_the_channel(title: str) -> None:
    source = ("<html><head><title>أخبار العاصمة – Telegram</title>"
              "<meta property='og:title' content='أخبار العاصمة'>"
              "<meta property='og:site_name' content='Telegram'>"
              f"<meta name='twitter:title' content='{title}'></head><body>"
              "<div class='tgme_header_title'>أخبار العاصمة</div>"
              f"<div class='tgme_widget_message_text'><b>{title}</b><br><br>{PARAGRAPH}<br><br>"
              f"{OTHER}</div></body></html>")
    article = marsad.extract(source)
    assert article.title == title
    assert article.text.split("\n\n") == [PARAGRAPH, OTHER]


def test_a_bold_logo_field_over_no_prose_loses() -> None:
    title = "قصف على ريف إدلب الجنوبي يوقع ضحايا مدنيين"
    source = (f"<html><head><title>{title} - موقع الخبر</title>"
              f"<meta property='og:title' content='{title}'>"
              "<meta name='twitter:title' content='موقع الخبر اليوم'></head><body>"
              "<div class='masthead'><strong>موقع الخبر اليوم</strong><a href='/a'>الرئيسية</a>"
              "<a href='/b'>سياسة</a></div>"
              f"<div class='story'><p>{PARAGRAPH}</p><p>{OTHER}</p></div></body></html>")
    assert marsad.extract(source).title == title


def test_an_address_line_is_kept_as_a_link() -> None:
    article = marsad.extract(f"{TITLE}\n{PARAGRAPH}\nwww.example.com\n"
                             "عرض المحتوى الأصلي: https://example.ae/pr/1")
    assert article.text == PARAGRAPH
    assert [(link.text, link.kind) for link in article.links] == [
        ("www.example.com", "read_also"), ("https://example.ae/pr/1", "read_also")]
