"""The page templates of the seventh held-out pass (``eval_templates.json``: ``pass`` 7,
scored once before any rule change) and the general rules their failures led to
(boilerplate 2026.12.8): boxes the page marks as furniture, call-to-action boxes, link
cards, a forum post's quote holding the story's paragraphs, a headline in no heading tag
with its header's date and byline, and repost notes, bare view counts and «log in to
comment» lines. Each rule has a case that must keep prose."""

from __future__ import annotations

import pytest

import marsad
from test_html_fresh import OTHER, PARAGRAPH, TITLE, line_reason, page


def test_a_box_marked_as_furniture_goes_between_paragraphs() -> None:
    box = ("<div class='inline-related'><div class='inline-related__title'>اقرأ المزيد</div>"
           "<div class='inline-related__card'><a href='/1'>هل تنجح الوساطة في تقريب وجهات "
           "النظر</a></div><div class='inline-related__card'><a href='/2'>ما الذي تغيّر "
           "منذ القمة الماضية</a></div></div>")
    text = marsad.extract(page(f"<p>{PARAGRAPH}</p>{box}<p>{OTHER}</p>")).text
    assert "الوساطة" not in text and "القمة الماضية" not in text
    assert PARAGRAPH in text and OTHER in text


def test_a_short_articles_links_and_counter_go() -> None:
    links = ("<div class='node__links'><ul class='links inline'><li><a href='/login'>سجّل "
             "دخولك</a> لإضافة تعليقات</li><li class='statistics-counter'>1,284 مشاهدة</li>"
             "</ul></div>")
    text = marsad.extract(page(f"<p>{PARAGRAPH}</p>{links}")).text
    assert "مشاهدة" not in text and "تعليقات" not in text and PARAGRAPH in text


def test_a_marked_box_holding_prose_is_kept() -> None:
    body = f"<div class='post tag-politics'><p>{PARAGRAPH}</p><p>{OTHER}</p></div>"
    text = marsad.extract(page(body)).text
    assert PARAGRAPH in text and OTHER in text


def test_a_call_to_action_box_goes() -> None:
    box = ("<div class='mt-8 rounded-2xl p-6'><p>صحافة مستقلة تحتاج إلى دعمك</p><p>رصيف "
           "منصة غير ربحية لا تتلقى تمويلاً من أي حكومة أو حزب. ساهم بما تستطيع لتبقى "
           "الصحافة المستقلة ممكنة.</p><a href='/support'>ساهم الآن</a></div>")
    text = marsad.extract(page(f"<div><p>{PARAGRAPH}</p><p>{OTHER}</p></div>{box}")).text
    assert "غير ربحية" not in text and "تحتاج إلى دعمك" not in text
    assert PARAGRAPH in text and OTHER in text


def test_a_brief_shaped_like_a_call_to_action_is_kept() -> None:
    body = (f"<div class='story'><p>عاجل</p><p>{PARAGRAPH}</p>"
            "<a href='/live'>التفاصيل</a></div>")
    assert PARAGRAPH in marsad.extract(page(body)).text


def test_a_link_card_between_paragraphs_goes_and_is_a_related_link() -> None:
    card = ("<a class='group flex' href='/n/8790'><span>ذو صلة</span><span>كيف تغيّرت خريطة "
            "التحالفات في المنطقة خلال عام</span></a>")
    article = marsad.extract(page(f"<p>{PARAGRAPH}</p>{card}<p>{OTHER}</p>"))
    assert "خريطة التحالفات" not in article.text
    assert PARAGRAPH in article.text and OTHER in article.text
    assert any("خريطة التحالفات" in link.text and link.kind == "related"
               for link in article.links)


def test_a_sentence_that_is_a_link_or_holds_one_is_kept() -> None:
    linked = ("<p><a href='/report'>وأكد التقرير أن عدد النازحين تجاوز مليون شخص خلال "
              "الأشهر الثلاثة الماضية.</a></p>")
    partly = ("<p>وقالت المنظمة في <a href='/r'>تقريرها السنوي</a> إن الوضع الإنساني "
              "يزداد سوءاً</p>")
    text = marsad.extract(page(f"<p>{PARAGRAPH}</p>{linked}{partly}<p>{OTHER}</p>")).text
    assert "تجاوز مليون شخص" in text and "الوضع الإنساني يزداد سوءاً" in text


def test_a_forum_posts_quote_is_read_paragraph_by_paragraph() -> None:
    post = (f"<blockquote class='postcontent'><div style='text-align:center'><b>{TITLE}</b>"
            f"</div><br>{PARAGRAPH}<br><br>{OTHER}<br><br>منقول للفائدة</blockquote>")
    article = marsad.extract(page(post))
    assert [line for line in article.text.splitlines() if line] == [PARAGRAPH, OTHER]


def test_a_headline_in_a_span_has_its_header_date_and_byline_dropped() -> None:
    body = ("<div class='main'><div class='path'><a href='/'>الرئيسية</a> &gt; "
            f"<a href='/c'>عربي وعالمي</a></div><span class='NewsTitle'>{TITLE}</span><br>"
            "<span class='NewsDate'>16/04/2018 11:20 ص</span> <span class='NewsWriter'>كتب: "
            f"محمود عبد الحميد</span><br><span class='NewsBody'>{PARAGRAPH}<br><br>{OTHER}"
            "</span></div>")
    html = (f"<html><head><title>بوابة النيل: {TITLE}</title></head><body><form>{body}"
            "</form></body></html>")
    article = marsad.extract(html)
    assert article.title == TITLE
    assert "11:20" not in article.text and "محمود" not in article.text
    assert [a.name for a in article.authors] == ["محمود عبد الحميد"]
    assert PARAGRAPH in article.text and OTHER in article.text


@pytest.mark.parametrize(("line", "reason"), [
    ("منقول للفائدة", "repost_note"),
    ("منقول", "repost_note"),
    ("1,284 مشاهدة", "view_count"),
    ("320 قراءة", "view_count"),
    ("سجّل دخولك لإضافة تعليقات", "comments"),
    ("سجل الدخول للتعليق", "comments"),
])
def test_seventh_pass_debris_lines(line: str, reason: str) -> None:
    assert line_reason(line) == reason


@pytest.mark.parametrize("line", [
    "منقول عن مصادر مطلعة أن الاجتماع تأجل إلى الأسبوع المقبل.",
    "حقق الفيلم 3 ملايين مشاهدة خلال أسبوع من عرضه على المنصة.",
    "سجل دخولك إلى التطبيق لتتابع التغطية، قال المتحدث ساخراً من الحملة.",
])
def test_prose_like_the_seventh_pass_rules_is_kept(line: str) -> None:
    assert line_reason(line) is None
