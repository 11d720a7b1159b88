"""The general rules that the eleventh held-out pass's page templates (``eval_templates.json``,
``"pass": 11``, scored once before any rule change; ``test_html_fresh`` renders them) led to
(boilerplate 2026.12.12): closing credits of an outlet or editors' initials and agencies, photo
credits «صورة من: …», an aggregator's relay disclaimer, «اقرأ الخبر كاملا من المصدر», more
share-bar networks, two stamps on one line; tables of contents, FAQ accordions and site notices
as marked furniture; «•» between a title and the site's name. Each rule has cases that must
keep prose."""

from __future__ import annotations

import pytest

import marsad
from test_html_fresh import OTHER, PARAGRAPH, TITLE, line_reason, page


@pytest.mark.parametrize(("line", "reason"), [
    ("فرانس برس 24/ أ ف ب", "closing_credit"),
    ("العربية.نت/ رويترز، أ ف ب", "closing_credit"),
    ("ع.ج/ ح.ز (أ ف ب، رويترز، د ب أ)", "agency_credit"),
    ("م.ع.ح (رويترز)", "agency_credit"),
    ("صورة من: picture-alliance/dpa/M. Kappeler", "caption"),
    ("صورة: رويترز", "caption"),
    ("هذا الخبر منقول من موقع الوطن اليوم ولا يعبر عن وجهة نظر أخبارنا نت وإنما تم نقله "
     "بمحتواه كما هو من الوطن اليوم ونحن غير مسئولين عن محتوى الخبر", "disclaimer"),
    ("هذا المحتوى مقتبس من موقع المصدر والموقع غير مسؤول عن صحته", "disclaimer"),
    ("اقرأ الخبر كاملا من المصدر", "read_more"),
    ("تابع الخبر كاملا على موقع الوطن اليوم", "read_more"),
    ("فيسبوك · تويتر · ريديت", "share_follow"),
    ("نشرت في: 16/04/2018 - 09:41 آخر تحديث: 16/04/2018 - 12:07", "timestamp"),
    ("نشرت في: 16/04/2018 - 09:41", "timestamp"),
])
def test_credit_relay_and_stamp_lines_go(line: str, reason: str) -> None:
    assert line_reason(line) == reason


@pytest.mark.parametrize("line", [
    "وقال المتحدث لوكالة رويترز إن المفاوضات ستستأنف الأسبوع المقبل في جنيف.",
    "القاهرة/ أ ف ب - أعلنت السلطات المصرية اليوم إغلاق المعبر حتى إشعار آخر.",
    "صورة من الأرشيف تظهر الموقع قبل القصف الذي استهدفه صباح اليوم.",
    "هذا الخبر منقول عن وكالة الأنباء الرسمية التي نشرته صباح اليوم.",
    "اقرأ الخبر كاملا من المصدر قبل أن تحكم عليه، قال الوزير للصحفيين أمس.",
    "نشرت في 16 أبريل صحيفة محلية تقريرا عن الفساد في البلديات.",
])
def test_prose_like_the_new_lines_is_kept(line: str) -> None:
    assert line_reason(line) is None


def test_a_place_and_agency_opening_the_body_stays_a_closing_one_goes() -> None:
    first = marsad.extract(page(f"<p>القاهرة/ أ ف ب</p><p>{PARAGRAPH}</p><p>{OTHER}</p>"))
    assert first.text.startswith("القاهرة/ أ ف ب")  # a dateline's place, as before
    last = marsad.extract(page(f"<p>{PARAGRAPH}</p><p>{OTHER}</p><p>القاهرة/ أ ف ب</p>"))
    assert last.text.split("\n\n") == [PARAGRAPH, OTHER]
    assert ("القاهرة/ أ ف ب", "closing_credit") in {(r.text, r.reason) for r in last.removed}


def test_a_table_of_contents_goes_and_the_subheadings_it_lists_stay() -> None:
    toc = ("<div id='ez-toc-container' class='ez-toc-v2'><p class='ez-toc-title'>محتويات المقال"
           "</p><ul><li><a href='#a'>تفاصيل القصف</a></li><li><a href='#b'>ردود الفعل</a></li>"
           "</ul></div>")
    article = marsad.extract(page(f"{toc}<h2 id='a'>تفاصيل القصف</h2><p>{PARAGRAPH}</p>"
                                  f"<h2 id='b'>ردود الفعل</h2><p>{OTHER}</p>"))
    assert article.title == TITLE
    assert "محتويات المقال" not in article.text
    assert article.text.split("\n\n") == ["تفاصيل القصف", PARAGRAPH, "ردود الفعل", OTHER]


def test_an_faq_accordion_goes_with_its_questions() -> None:
    faq = ("<div class='schema-faq wp-block-yoast-faq-block'><h2>أسئلة شائعة</h2>"
           "<details><summary>ما الذي حدث في ريف إدلب؟</summary><p>تفاصيل الخبر أعلاه.</p>"
           "</details><details><summary>هل المعلومات محدثة؟</summary><p>نعم، باستمرار.</p>"
           "</details></div>")
    article = marsad.extract(page(f"<p>{PARAGRAPH}</p><p>{OTHER}</p>{faq}"))
    assert article.text.split("\n\n") == [PARAGRAPH, OTHER]


def test_a_marked_boxs_heading_over_kept_text_stays() -> None:
    # a heading that a marked box repeats stays when text follows it: only one whose next
    # line goes heads furniture
    box = "<div class='faq'><h3>ما الذي حدث؟</h3></div>"
    article = marsad.extract(page(f"<p>{PARAGRAPH}</p><h3>ما الذي حدث؟</h3><p>{OTHER}</p>{box}"))
    assert OTHER in article.text and "ما الذي حدث؟" in article.text


def test_a_site_notice_goes_and_a_long_notice_of_prose_stays() -> None:
    notice = "<div id='siteNotice'>ساهم في موقعنا: اكتب خبرا عن مدينتك اليوم!</div>"
    article = marsad.extract(page(f"{notice}<p>{PARAGRAPH}</p><p>{OTHER}</p>"))
    assert article.text.split("\n\n") == [PARAGRAPH, OTHER]
    kept = marsad.extract(page(f"<p>{PARAGRAPH}</p><div class='editor-notice'>{OTHER}</div>"))
    assert OTHER in kept.text


@pytest.mark.parametrize("separator", ["•", "·"])
def test_a_bullet_separates_a_short_title_from_the_sites_name(separator: str) -> None:
    title = "حتمية النصر"
    source = (f"<html><head><title>{title} {separator} موسوعة المعرفة</title>"
              f"<meta property='og:title' content='{title} {separator} موسوعة المعرفة'></head>"
              f"<body><article><h1>{title}</h1><p>{PARAGRAPH}</p><p>{OTHER}</p></article>"
              "</body></html>")
    assert marsad.extract(source).title == title
