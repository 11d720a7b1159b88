"""Rules from the held-out page templates' pass (boilerplate 2026.12.3): a lead between the
headline and the body's container, in-article poll/newsletter boxes, a byline running into
the date, syndication notes and archive-photo captions."""

from __future__ import annotations

import trafilatura.utils

import marsad
from marsad.boilerplate import load_boilerplate, match_line, parse_byline
from marsad.stages import html

BODY = ["وقال المتحدث باسم الوزارة في مؤتمر صحفي عقده ظهر اليوم إن الحكومة ستعلن الخطة الجديدة "
        "خلال الأسبوع المقبل بعد استكمال المشاورات مع الكتل النيابية.",
        "وأضاف أن الخطة تتضمن إجراءات عاجلة لدعم الأسر المتضررة من ارتفاع الأسعار وتوسيع "
        "شبكة الحماية الاجتماعية في المحافظات الأكثر فقرا."]
LEAD = "أعلنت الحكومة اليوم عن حزمة إجراءات اقتصادية جديدة تهدف إلى احتواء موجة الغلاء"
TITLE = "الحكومة تعلن حزمة إجراءات لمواجهة الغلاء"


def page(inside_body: str = "", lead: str = LEAD, body: list[str] = BODY) -> bytes:
    paragraphs = "".join(f"<p>{p}</p>" for p in body)
    return (f"<html><head><title>{TITLE} - بوابة الخبر</title></head><body>"
            f"<div id='wrap'><div class='story'><div class='story-title'><h1>{TITLE}</h1></div>"
            f"<h2 class='story-lead'>{lead}</h2>"
            "<div class='info'><span>كتب سامي عادل</span> "
            "<span>الإثنين، 16 أبريل 2018</span></div>"
            f"<div id='storyBody'>{paragraphs}{inside_body}</div></div>"
            "<div class='footer'>جميع الحقوق محفوظة</div></div></body></html>").encode()


def test_lead_before_the_body_container_is_kept_as_the_first_paragraph() -> None:
    article = marsad.extract(page())
    assert article.title == TITLE
    assert article.text.split("\n")[0] == LEAD
    assert "كتب سامي عادل" not in article.text


def test_a_date_line_after_the_headline_is_not_a_lead() -> None:
    dated = "نشر الإثنين 16 أبريل 2018 الساعة 09:41 آخر تحديث 19:40 بتوقيت مكة 12 تعليقا"
    tree = trafilatura.utils.load_html(page(lead=dated).decode())
    gap = html._after_headline(tree, TITLE)
    assert (dated, False) in gap and (BODY[0], True) in gap


def test_poll_box_inside_the_article_is_removed_whole() -> None:
    poll = ("<div class='box'><h4>ما رأيك في قرار الحكومة الأخير؟</h4><ul>"
            "<li><label><input type='radio' name='p'> أؤيد</label></li>"
            "<li><label><input type='radio' name='p'> أعارض</label></li></ul>"
            "<button>صوّت</button> <a href='#'>عرض النتائج</a></div>")
    text = marsad.extract(page(poll)).text
    assert "ما رأيك" not in text and "عرض النتائج" not in text
    assert BODY[1] in text


def test_newsletter_box_does_not_take_a_short_article_with_it() -> None:
    box = ("<div class='nl'><h4>النشرة البريدية</h4><form><input type='email'>"
           "<button>اشترك</button></form></div>")
    text = marsad.extract(page(box, body=["انطلقت اليوم أعمال المؤتمر الاقتصادي في العاصمة "
                                          "بمشاركة وفود من عشرين دولة عربية وأجنبية."])).text
    assert "انطلقت اليوم أعمال المؤتمر" in text
    assert "النشرة البريدية" not in text


def test_byline_running_into_the_date_is_a_byline() -> None:
    author = parse_byline("كتب أحمد سمير الدسوقيالإثنين، 16 أبريل 2018 09:41 م")
    assert author is not None and author.name == "أحمد سمير الدسوقي"
    assert parse_byline("كتب الوزير في 16 أبريل 2018 رسالة طويلة إلى نظيره") is None


def test_syndication_note_and_archive_caption_are_debris() -> None:
    rules = load_boilerplate().line_rules
    for line, reason in (("تم نشر هذا المقال لأول مرة على موقع الشبكة", "syndication_credit"),
                         ("نُشر هذا المقال أولاً في موقع الحرة.", "syndication_credit"),
                         ("مبنى الوزارة في العاصمة - أرشيفية", "caption"),
                         ("صورة من الأرشيف / Reuters", "caption")):
        found = match_line(line, rules)
        assert found is not None and found.reason == reason, line
    assert match_line("وأخرج الباحث الوثيقة من الأرشيف", rules) is None
    assert match_line("نشر الخبر في الصحف المحلية صباح اليوم", rules) is None
