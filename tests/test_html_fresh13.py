"""The general rules that the thirteenth held-out pass's page templates (``eval_templates.json``,
``"pass": 13``, scored once before any rule change; ``test_html_fresh`` renders them) led to
(boilerplate 2026.12.14): a container's text that opens with a formatting element keeps its
spaces; a meta row set as a list under the headline; the label of a box of links; a box of
buttons (an action bar) and a box a site's framework names (``data-hook``); a glued stretch
of a marked box's or a header block's text; fact-check claim and verdict cards; a paywall
class word anywhere in a class; notes on machine-made text, readers' tip lines and view
counts in thousands. Each rule has cases that must keep prose."""

from __future__ import annotations

import pytest

import marsad
from test_html_fresh import ARTICLES, OTHER, PARAGRAPH, line_reason, page, render

LEAD = "أعلن الوزير اليوم أن الحكومة ستطلق برنامجا جديدا لدعم المزارعين في محافظات الجنوب."


@pytest.mark.parametrize("run", [
    f"<b>القاهرة</b> {LEAD}",
    f"<strong>القاهرة</strong> {LEAD.replace('الحكومة', '<i>الحكومة</i>')}",
    f"<a href='/city/1'>القاهرة</a> {LEAD}",
])
def test_a_run_opening_with_a_formatting_element_keeps_its_spaces(run: str) -> None:
    article = marsad.extract(page(f"<div class='t'>{run}</div><div class='t'>{PARAGRAPH}</div>"))
    assert article.text.split("\n\n") == [f"القاهرة {LEAD}", PARAGRAPH]


def test_glued_markup_stays_glued() -> None:
    # no space in the page, none in the text: «ال<b>قاهرة</b>» is one word
    article = marsad.extract(page(f"<div class='t'><b>ال</b>قاهرة {LEAD}</div><p>{PARAGRAPH}</p>"))
    assert article.text.startswith("القاهرة ")


def test_a_meta_row_list_under_the_headline_goes_and_a_summary_list_stays() -> None:
    meta = "<ul class='vp-stats'><li>4:32 د</li><li>شوهد 18 ألف مرة</li><li>16/4/2018</li></ul>"
    article = marsad.extract(page(f"{meta}<p>{PARAGRAPH}</p>"))
    assert article.text == PARAGRAPH
    summary = ("<ul><li>مقتل 45 شخصا في الهجوم</li><li>الحكومة تعلن الحداد ثلاثة أيام</li>"
               "</ul>")
    kept = marsad.extract(page(f"{summary}<p>{PARAGRAPH}</p><p>{OTHER}</p>"))
    assert "مقتل 45 شخصا في الهجوم" in kept.text


CHAPTERS = ("<div class='vp-chapters'><b>محطات المقطع</b><ol><li><a href='#t=0'>0:00 البداية"
            "</a></li><li><a href='#t=80'>1:20 ردود الأفعال</a></li></ol></div>")
ACTION_BAR = ("<div class='post-actions'><a href='#comments'>87 رداً</a><button>مشاركة</button>"
              "<button>حفظ</button> <span class='ratio'>94% أعجبتهم</span></div>")
CLAIM_CARD = ("<div class='fc-claim-card'><div class='fc-claim'><span>الادعاء</span><p>صورة "
              "متداولة على مواقع التواصل تظهر حشوداً غفيرة في الساحة الرئيسية للمدينة أمس</p>"
              "</div><div class='fc-verdict'><span>الحكم</span><strong>مضلل</strong><span>الصورة "
              "حقيقية لكنها التُقطت في مناسبة سابقة</span></div><ul class='fc-scale'><li>صحيح</li>"
              "<li>مضلل</li><li>زائف</li></ul></div>")


@pytest.mark.parametrize(("box", "reason"), [
    (CHAPTERS, "related_header"),  # the label of a box of links; its links trafilatura drops
    (ACTION_BAR, "page_furniture"),  # a box of buttons, its link and counter glued or not
    (CLAIM_CARD, "page_furniture"),  # a fact-check's claim and verdict, the verdict glued
], ids=["link_list_label", "action_bar", "claim_card"])
def test_a_furniture_box_between_paragraphs_goes(box: str, reason: str) -> None:
    article = marsad.extract(page(f"<p>{PARAGRAPH}</p>{box}<p>{OTHER}</p>"))
    assert article.text.split("\n\n") == [PARAGRAPH, OTHER]
    assert reason in {r.reason for r in article.removed}


def test_a_subheading_over_a_list_of_text_stays() -> None:
    listing = ("<h3>أبرز المطالب</h3><ul><li>رفع الأجور بنسبة عشرين بالمئة</li>"
               "<li>تثبيت العمال المؤقتين</li></ul>")
    article = marsad.extract(page(f"<p>{PARAGRAPH}</p>{listing}<p>{OTHER}</p>"))
    assert "أبرز المطالب" in article.text


def test_a_box_a_framework_names_as_furniture_goes() -> None:
    stats = ("<div data-hook='post-stats'><span>٢٤٥ مشاهدة</span><span>٠ تعليق</span>"
             "<span>١٢ أعجبني المنشور</span></div>")
    article = marsad.extract(page(f"<p>{PARAGRAPH}</p>{stats}"))  # a brief: all is kept
    assert article.text == PARAGRAPH


def test_a_claim_box_holding_prose_stays() -> None:
    box = f"<div class='claim-story'><p>{PARAGRAPH}</p><p>{OTHER}</p></div>"
    assert marsad.extract(page(box)).text.split("\n\n") == [PARAGRAPH, OTHER]


def test_a_paywall_class_word_inside_a_class_marks_the_pitch() -> None:
    wall = ("<div class='ep-paywall'><p>تبقى لك 3 قصاصات مجانية هذا الشهر.</p>"
            "<a href='/plans'>احصل على النسخة الرقمية الكاملة</a></div>")
    article = marsad.extract(page(f"<p>{PARAGRAPH}</p>{wall}"))
    assert article.text == PARAGRAPH


@pytest.mark.parametrize(("line", "reason"), [
    ("النص مفرّغ آلياً وراجعه فريق المنصة الرقمية وقد يختلف قليلاً عن الصوت", "disclaimer"),
    ("النص مستخرج آلياً من الصفحة المطبوعة وقد تقع فيه أخطاء", "disclaimer"),
    ("تم تفريغ هذا النص آلياً.", "disclaimer"),
    ("رأيت ادعاءً مشكوكاً فيه؟ أرسله إلينا عبر واتساب على الرقم +962 7 9000 0000", "reader_tip"),
    ("شاركونا قصصكم عبر واتساب على الرقم 0599000000.", "reader_tip"),
    ("راسلونا على البريد الإلكتروني: media@example.ae", "reader_tip"),
    ("شوهد 18 ألف مرة", "view_count"),
    ("شوهد 1.2 مليون مرة", "view_count"),
])
def test_machine_text_notes_tip_lines_and_counts_go(line: str, reason: str) -> None:
    assert line_reason(line) == reason


@pytest.mark.parametrize("line", [
    "وقال إن النص مترجم آليا ولا يمكن الاعتماد عليه في المحكمة.",
    "النص المترجم آليا أظهر أخطاء كثيرة في الوثيقة الرسمية.",
    "أرسل الرئيس رسالة عبر البريد إلى نظيره الفرنسي.",
    "وأطلقت الوزارة خطا ساخنا على الرقم 1234567 لتلقي البلاغات.",
    "شوهد الرئيس 18 مرة في المدينة خلال الحملة الانتخابية.",
])
def test_prose_like_the_new_lines_is_kept(line: str) -> None:
    assert line_reason(line) is None




@pytest.mark.parametrize(("title", "paragraphs"), ARTICLES, ids=["long", "short"])
def test_a_glued_line_a_rule_names_keeps_the_rules_reason(
        title: str, paragraphs: list[str]) -> None:
    # spa_root's newsletter box, glued by trafilatura, is a stretch of a marked box: the
    # clean stage's rule names it, not the html stage
    article = marsad.extract(render("spa_root", title, paragraphs).encode())
    reasons = {r.text: r.reason for r in article.removed}
    assert reasons["لا تفوّت أي خبرسجّل بريدك لتصلك نشرتنا اليومية"] == "subscription"
