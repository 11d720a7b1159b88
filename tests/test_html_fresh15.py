"""The general rules that the fifteenth held-out pass's page templates (``eval_templates.json``,
``"pass": 15``, scored once before any rule change; ``test_html_fresh`` renders them) led to
(boilerplate 2026.12.16): the cards of link lists, also a headline set in a heading inside a
card's link, and a list's label with a «see all» link after the list; a call-to-action box
whose label and pitch share one wrapper, its label a question to the reader; a note set all
in italics or small type closing the article's container; a layout table's side columns
beside the headline's cell; a link whose text is a file's name; editor's notes and «مقالات
أخرى من …». Each rule has cases that must keep prose."""

from __future__ import annotations

import pytest

import marsad
from test_html_fresh import OTHER, PARAGRAPH, TITLE, line_reason, page

THIRD = PARAGRAPH.replace("مدنيين", "عمال إغاثة")
CARDS = ("<section class='more'><h2>مقالات أخرى من سمير الخطيب</h2><ul>"
         "<li><a href='/pulse/budgets'><h3>لماذا تتأخر موازنات البلديات كل عام؟</h3></a>"
         "<span>2 أبريل 2018</span></li>"
         "<li><a href='/pulse/open-data'><h3>البيانات المفتوحة ليست ترفاً</h3></a>"
         "<span>19 مارس 2018</span></li></ul><a href='/in/samir/articles'>عرض الكل</a></section>")


def test_cards_whose_headline_is_a_heading_in_the_link_go_with_their_label() -> None:
    article = marsad.extract(page(f"<p>{PARAGRAPH}</p><p>{OTHER}</p>{CARDS}"))
    assert article.text.split("\n\n") == [PARAGRAPH, OTHER]
    assert {"related_article", "related_header"} <= {r.reason for r in article.removed}


def test_a_table_of_contents_keeps_the_subheadings_it_repeats() -> None:
    toc = ("<div class='contents'><p>في هذا المقال</p><ul><li><a href='#a'>خلفية</a></li>"
           "<li><a href='#b'>ردود الفعل</a></li></ul></div>")
    body = (f"{toc}<h2 id='a'>خلفية</h2><p>{PARAGRAPH}</p><h2 id='b'>ردود الفعل</h2>"
            f"<p>{OTHER}</p>")
    assert marsad.extract(page(body)).text.split("\n\n") == ["خلفية", PARAGRAPH, "ردود الفعل",
                                                             OTHER]


DONATE = ("<div class='inline-box'><div class='intro'><h3>هل وجدت هذا التقرير مفيداً؟</h3>"
          "<p>تكلّف الحلقة الواحدة من هذه السلسلة أربعة أشهر من العمل الميداني. ساهم بما "
          "تستطيع.</p></div><a class='btn' href='/support/?amount=15'>ساهم الآن</a></div>")


def test_a_call_to_action_whose_label_and_pitch_share_a_wrapper_goes() -> None:
    article = marsad.extract(page(f"<p>{PARAGRAPH}</p>{DONATE}<p>{OTHER}</p>"))
    assert article.text.split("\n\n") == [PARAGRAPH, OTHER]


def test_a_short_section_with_a_question_and_a_link_at_its_end_stays() -> None:
    # the question heads an answer of article prose: no pitch and button shape
    section = (f"<div class='q'><div><h3>ماذا بعد؟</h3><p>{OTHER}</p><p>{THIRD}</p></div>"
               "<a href='/live'>التغطية المباشرة</a></div>")
    text = marsad.extract(page(f"<p>{PARAGRAPH}</p>{section}")).text
    assert OTHER in text and THIRD in text


NOTE = ("<p class='has-small-font-size'><em>أُنجز هذا التحقيق بمنحة من صندوق الصحافة "
        "الاستقصائية العربية، ولم يطّلع المانح على مضمونه قبل النشر.</em></p>")


def test_a_note_in_italics_closing_the_article_goes() -> None:
    body = f"<div class='entry'><p>{PARAGRAPH}</p><p>{OTHER}</p>{NOTE}</div>"
    article = marsad.extract(page(body))
    assert article.text.split("\n\n") == [PARAGRAPH, OTHER]
    assert "end_note" in {r.reason for r in article.removed}


@pytest.mark.parametrize("body", [
    # set in the middle, it is the article's (a quoted passage)
    f"<div class='entry'><p>{PARAGRAPH}</p>{NOTE}<p>{OTHER}</p></div>",
    # an article set all in italics is set in one type
    f"<div class='entry'><p><em>{PARAGRAPH}</em></p><p><em>{OTHER}</em></p>{NOTE}</div>",
], ids=["middle", "all_italics"])
def test_italics_that_do_not_close_a_plainly_set_article_stay(body: str) -> None:
    assert "أُنجز هذا التحقيق" in marsad.extract(page(body)).text


SIDE = ("<td width='260'><div class='box'><div class='box-title'>أحدث الإعلانات</div><ul>"
        "<li><a href='/ads/1'>مطلوب محاسب بخبرة 3 سنوات</a><span>وظائف</span></li>"
        "<li><a href='/ads/2'>نقل عفش داخل وخارج المدينة</a><span>خدمات</span></li></ul></div>"
        "<div class='box'><div class='box-title'>أسعار العملات</div><table><tr><td>دولار</td>"
        "<td>0.709</td></tr><tr><td>يورو</td><td>0.876</td></tr></table></div></td>")


def test_a_layout_tables_side_column_goes_with_a_one_paragraph_brief() -> None:
    layout = (f"<html><head><title>{TITLE}</title></head><body><table><tr><td><h1>{TITLE}</h1>"
              f"<p>{PARAGRAPH}</p></td>{SIDE}</tr></table></body></html>")
    assert marsad.extract(layout).text == PARAGRAPH


def test_a_layout_tables_column_holding_prose_stays() -> None:
    layout = (f"<html><head><title>{TITLE}</title></head><body><table><tr><td><h1>{TITLE}</h1>"
              f"<p>{PARAGRAPH}</p></td><td><p>{OTHER}</p></td></tr></table></body></html>")
    assert OTHER in marsad.extract(layout).text


def test_an_attachment_line_goes_and_a_sentence_naming_a_file_stays() -> None:
    attachment = ("<div class='attach'><span>المرفقات</span><a href='/f/program.pdf'>برنامج "
                  "الفعالية.pdf</a></div>")
    article = marsad.extract(page(f"<p>{PARAGRAPH}</p><p>{OTHER}</p>{attachment}"))
    assert article.text.split("\n\n") == [PARAGRAPH, OTHER]
    sentence = ("<p>ونشرت الوزارة جدول الامتحانات في ملف <a href='/f/t.pdf'>الجدول.pdf</a> "
                "على موقعها الرسمي مساء أمس.</p>")
    assert "الجدول.pdf" in marsad.extract(page(f"<p>{PARAGRAPH}</p>{sentence}")).text


@pytest.mark.parametrize(("line", "reason"), [
    ("ملاحظة المحرّر: جُمعت الوثائق المذكورة في هذا التقرير عبر طلبات حق الوصول إلى "
     "المعلومات.", "editor_note"),
    ("تنويه من التحرير: حُدّث هذا الخبر بعد صدور بيان الوزارة.", "editor_note"),
    ("Editor's note: this story was updated.", "editor_note"),
    ("مقالات أخرى من سمير الخطيب", "author_more"),
    ("وقال المحرر: إن الصحيفة ستواصل تغطية الملف.", None),
    ("ملاحظة: الأسعار بالدولار الأمريكي.", None),
    ("مقالات أخرى نشرتها الصحيفة في العام الماضي أثارت جدلا.", None),
])
def test_editor_notes_and_more_articles_lines(line: str, reason: str | None) -> None:
    assert line_reason(line) == reason
