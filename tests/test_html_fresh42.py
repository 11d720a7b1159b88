"""The general rules that the forty-second held-out pass's page templates
(``eval_templates.json``, ``"pass": 42``, scored once before any rule change;
``test_html_fresh`` renders them) led to: a run set small by its inline style alone under an
image is its credit; a page wrapper's class saying its layout has a sidebar of some kind is no
sidebar; the ARIA live regions (a milestone notice, a countdown, a ticker) are the page's
own furniture; a listing after the text whose heading carries a count goes whole, its glued
inline runs too; a short question labels its box; a short label, no heading, over a list of
short unlinked values under the headline is a field of the page's header; a title side shown
only as a front-page link is the logo, and of two sides shown alike, the one the title field
sets first is taken."""

from __future__ import annotations

import marsad
from test_html_fresh import LONG, OTHER, PARAGRAPH, SHORT, TITLE, page, render


def test_an_inline_small_run_under_an_image_is_its_credit() -> None:
    figure = ("<div style='text-align:center'><img src='/a.jpg'><br>"
              "<span style='font-size:8pt;color:#888'>عدسة: أرشيف الشبكة</span></div>")
    text = marsad.extract(page(f"<p>{PARAGRAPH}</p>{figure}<p>{OTHER}</p>")).text
    assert text.split("\n\n") == [PARAGRAPH, OTHER]


def test_a_run_in_the_texts_size_under_an_image_stays() -> None:
    """Only small type is a credit: the same line in a 16px span is the text's."""
    line = "وتظهر الصورة آثار الدمار في الحي بعد القصف"
    figure = (f"<div><img src='/a.jpg'><br><span style='font-size:16px'>{line}</span></div>")
    assert line in marsad.extract(page(f"<p>{PARAGRAPH}</p>{figure}<p>{OTHER}</p>")).text


def test_a_wrapper_saying_its_layout_has_a_sidebar_holds_the_headline() -> None:
    title = "الدفاع المدني يخلي عائلات من حي الرمل بعد انهيار جزئي لمبنى قديم"
    html = (f"<html><head><title>{title} · Wiki · newsroom / reports · GitLab</title></head>"
            "<body><div class='layout-page page-with-super-sidebar'><main>"
            f"<h1>{title}</h1><p>{PARAGRAPH}</p><p>{OTHER}</p></main></div></body></html>")
    assert marsad.extract(html).title == title


def test_a_live_region_between_paragraphs_goes() -> None:
    notice = ("<div class='milestone' role='status'><b>حققت هذه العريضة إنجازًا:</b> "
              "تجاوزت ١٠٬٠٠٠ توقيع يوم ٤ ديسمبر</div>")
    text = marsad.extract(page(f"<p>{PARAGRAPH}</p>{notice}<p>{OTHER}</p>")).text
    assert text.split("\n\n") == [PARAGRAPH, OTHER]


def _listing(heading: str) -> str:
    return (f"<html><head><title>{TITLE}</title></head><body><h1>{TITLE}</h1><div>"
            f"<section class='story'><p>{PARAGRAPH}</p><p>{OTHER}</p></section>"
            f"<section class='updates'><h3>{heading}</h3><article><div>قبل يومين</div>"
            f"<p>{UPDATE}</p></article><div class='u'><b>تحديث من المنظّم</b>"
            "<span>منذ ٣ أيام</span><p>سلّمنا التواقيع إلى مكتب المحافظ وننتظر موعدًا للقاء "
            "معه.</p></div></section></div></body></html>")


UPDATE = "وصلت الدفعة الأولى من السلال الغذائية إلى ١٤٠ أسرة في المخيم الشمالي."


def test_a_counted_listing_after_the_text_goes_with_its_entries() -> None:
    """An update is a sentence, yet the box it sits in is a list of entries: its heading
    counts them («التحديثات (٣)»), as no section of an article is headed."""
    assert marsad.extract(_listing("التحديثات (٣)")).text.split("\n\n") == [PARAGRAPH, OTHER]


def test_an_uncounted_section_after_the_text_keeps_its_prose() -> None:
    assert UPDATE in marsad.extract(_listing("التحديثات")).text


def test_a_question_labelling_a_box_of_furniture_goes_and_a_question_heading_stays() -> None:
    starter = ("<div class='why'><h2>لماذا هذه العريضة مهمة؟</h2><div class='starter'>"
               "<img src='/u.jpg'><div><span>بدأها</span> <strong>رابطة سكان الحي</strong>"
               "</div></div></div>")
    body = (f"<h1>{TITLE}</h1>{starter}<div class='description'><p>{PARAGRAPH}</p>"
            f"<p>{OTHER}</p></div>")
    html = f"<html><head><title>{TITLE}</title></head><body><main>{body}</main></body></html>"
    assert "لماذا هذه العريضة مهمة" not in marsad.extract(html).text
    asked = page(f"<p>{PARAGRAPH}</p><h2>ماذا بعد القصف؟</h2><p>{OTHER}</p>")
    assert "ماذا بعد القصف؟" in marsad.extract(asked).text


def test_a_labelled_list_of_values_under_the_headline_is_header_furniture() -> None:
    field = ("<div class='to'><span class='label'>العريضة موجهة إلى</span><ul>"
             "<li>وزارة الإدارة المحلية</li><li>محافظ المنطقة الشرقية</li></ul></div>")
    html = (f"<html><head><title>{TITLE}</title></head><body><main><h1>{TITLE}</h1>{field}"
            f"<div class='description'><p>{PARAGRAPH}</p><p>{OTHER}</p></div></main></body></html>")
    assert marsad.extract(html).text.split("\n\n") == [PARAGRAPH, OTHER]


def test_a_contents_list_of_links_is_no_field() -> None:
    """A contents box's items link to the sections: the section headings they name stay."""
    contents = ("<div class='toc'><p>محتويات المقال</p><ul><li><a href='#a'>تفاصيل الخبر</a></li>"
                "<li><a href='#b'>ردود الفعل</a></li></ul></div>")
    html = (f"<html><head><title>{TITLE}</title></head><body><main><h1>{TITLE}</h1>{contents}"
            f"<h2 id='a'>تفاصيل الخبر</h2><p>{PARAGRAPH}</p><h2 id='b'>ردود الفعل</h2>"
            f"<p>{OTHER}</p></main></body></html>")
    text = marsad.extract(html).text
    assert "تفاصيل الخبر" in text and "ردود الفعل" in text


def test_two_shown_title_sides_as_long_take_the_fields_first() -> None:
    """The site's name and a title of the same length, both shown as a block's whole text:
    the side the <title> sets first is the article's, whatever the hash seed."""
    title, site = "لابد من صنعاء...", "شبكة وادي النخيل"
    assert len(title) == len(site)
    html = (f"<html><head><title>{title} - أخبار البلدة - {site}</title></head><body>"
            f"<div class='logo'>{site}</div><table><tr><td class='eTitle'>{title}</td></tr>"
            f"<tr><td><p>{PARAGRAPH}</p><p>{OTHER}</p></td></tr></table></body></html>")
    assert marsad.extract(html).title == title


def test_the_pass_42_templates_keep_title_and_text() -> None:
    for name in ("ucoz_news_entry", "launchgood_campaign_story", "changeorg_petition"):
        for paragraphs in (LONG, SHORT):
            article = marsad.extract(render(name, "هجوم على دورية", paragraphs).encode())
            assert article.title == "هجوم على دورية"
            assert all(p in article.text for p in paragraphs)
