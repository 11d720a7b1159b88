"""The page templates of the sixth held-out pass (``eval_templates.json``: ``pass`` 6,
scored once before any rule change) and the general rules their failures led to
(boilerplate 2026.12.7): pull quotes, an <address> byline, a kicker set over the headline,
a byline whose linked name trafilatura sets apart from its role, and series notes,
republication notes, channel pitches, disclaimers, «latest from» headers and comment-form
notes."""

from __future__ import annotations

import pytest

import marsad
from marsad.boilerplate import parse_byline
from marsad.model import Author, Line
from marsad.stages import html
from test_html_fresh import PARAGRAPH, line_reason

OTHER = PARAGRAPH.replace("مدنيين", "ثلاثة أطفال")


def test_a_pull_quote_goes_and_the_paragraphs_stay() -> None:
    page = ("<html><body><article><h1>قصف على ريف إدلب</h1>"
            f"<p>{PARAGRAPH}</p><blockquote class='pw-pull-quote'>"
            "<p>«كنا نعدّ الساعات بين غارة وأخرى، ثم توقفنا عن العدّ»</p></blockquote>"
            f"<p>{OTHER}</p></article></body></html>")
    text = marsad.extract(page).text
    assert "كنا نعدّ الساعات" not in text
    assert PARAGRAPH in text and OTHER in text


def test_a_long_container_named_for_pull_quotes_is_no_pull_quote() -> None:
    body = "".join(f"<p>{PARAGRAPH} {n}</p>" for n in range(6))
    page = ("<html><body><article><h1>قصف على ريف إدلب</h1>"
            f"<div class='has-pullquotes'>{body}</div></article></body></html>")
    assert marsad.extract(page).text.count(PARAGRAPH) == 6


def test_an_address_byline_goes_and_names_the_author() -> None:
    page = ("<html><body><article><header><h1>قصف على ريف إدلب</h1>"
            "<address><a rel='facebook' href='/reem'>ريم الحسن</a> مراسلة الوطن</address>"
            f"</header><p>{PARAGRAPH}</p><p>{OTHER}</p></article></body></html>")
    article = marsad.extract(page)
    assert "ريم الحسن" not in article.text and "مراسلة" not in article.text
    assert [a.name for a in article.authors] == ["ريم الحسن"]


def test_an_address_that_is_a_byline_is_read_as_one() -> None:
    page = ("<html><body><article><header><h1>قصف على ريف إدلب</h1>"
            "<address>بقلم: ريم الحسن</address>"
            f"</header><p>{PARAGRAPH}</p><p>{OTHER}</p></article></body></html>")
    article = marsad.extract(page)
    assert "ريم الحسن" not in article.text
    assert [a.name for a in article.authors] == ["ريم الحسن"]


def test_a_kicker_over_the_headline_goes_without_title_fields() -> None:
    page = ("<html><body><article><header><h3 class='op-kicker'>شؤون محلية</h3>"
            "<h1>قصف على ريف إدلب</h1></header>"
            f"<p>{PARAGRAPH}</p><figure><img src='a.jpg'><figcaption><h1>مشهد من المدينة</h1>"
            f"</figcaption></figure><p>{OTHER}</p></article></body></html>")
    article = marsad.extract(page)
    assert article.title == "قصف على ريف إدلب"
    assert "شؤون محلية" not in article.text
    assert PARAGRAPH in article.text and OTHER in article.text


def test_a_byline_split_at_its_linked_name_is_one_byline() -> None:
    lines = [Line("كتبه"), Line("خالد الزعبي", "body", "/u/63"), Line(PARAGRAPH)]
    assert [line.text for line in html._joined_bylines(lines)] == ["كتبه خالد الزعبي", PARAGRAPH]
    assert parse_byline("كتبه خالد الزعبي") == Author("خالد الزعبي", "كتبه")
    lone = [Line("كتبه"), Line(PARAGRAPH)]  # no name after the word: nothing is joined
    assert html._joined_bylines(lone) == lone


@pytest.mark.parametrize(("line", "reason"), [
    ("تصفح الملف كاملاً", "read_more"),
    ("اقرأ المقال كاملاً", "read_more"),
    ("هذا التقرير جزء من ملفنا الخاص حول الانتخابات النيابية. تصفح الملف كاملاً",
     "series_note"),
    ("هذا المقال ضمن سلسلة «مدن منسية»", "series_note"),
    ("نُشرت نسخة سابقة من هذه المقالة في مدونة الكاتب الشخصية.", "syndication_credit"),
    ("لمتابعة آخر الأخبار لحظة بلحظة انضموا إلى قناتنا على واتساب: اضغط هنا", "share_follow"),
    ("انضموا إلى قناتنا على تلغرام", "share_follow"),
    ("\"ليبانون ديلي\" لا يتبنّى بالضرورة مضمون المقال، وما ورد فيه يعبّر حصراً عن رأي كاتبه "
     "أو مصدره.", "disclaimer"),
    ("التعليقات المنشورة لا تعبر بالضرورة عن رأي عربي21", "disclaimer"),
    ("آخر المواضيع من خالد الزعبي", "author_more"),
    ("تأكد من إدخال جميع المعلومات المطلوبة، المشار إليها بعلامة (*). لا يسمح بكود HTML.",
     "comments"),
    ("الحقول الإلزامية مشار إليها بـ *", "comments"),
])
def test_sixth_pass_debris_lines(line: str, reason: str) -> None:
    assert line_reason(line) == reason, line


@pytest.mark.parametrize("line", [
    "اقرأ التقرير كاملا في الرابط أدناه لتعرف كيف نفذت العملية وما نتج عنها من خسائر",
    "هذا التقرير جزء من ملف أوسع تعده الأمم المتحدة عن اللاجئين، وقد سلم إلى مجلس الأمن أمس.",
    "وقال إن قناتنا على يوتيوب تعرضت للحجب أمس بسبب التقرير",
    "لا يتبنى بالضرورة موقف الحكومة، قال الوزير",
    "وأضاف أن المعلومات المطلوبة لم تصل إلى اللجنة بعد",
    "آخر المواضيع من الملف السوري التي ناقشها المجلس كانت الأكثر سخونة في تاريخه الحديث",
    "ونشرت الصحيفة نسخة من التقرير على موقعها",
])
def test_prose_like_the_sixth_pass_rules_is_kept(line: str) -> None:
    assert line_reason(line) is None
