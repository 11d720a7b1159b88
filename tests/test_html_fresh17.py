"""The general rules that the seventeenth held-out pass's page templates (``eval_templates.json``,
``"pass": 17``, scored once before any rule change; ``test_html_fresh`` renders them) led to: a
pager's links and a link with a bracketed note are link cards; legacy small type
(``<font size=1>``) under an image in an old layout's cell is its credit; readers' comments
set out for crawlers in a box its class calls comments go. Each rule has cases that must
keep prose."""

from __future__ import annotations

import marsad
from test_html_fresh import OTHER, PARAGRAPH, TITLE, page


def test_a_pagers_links_after_the_body_go() -> None:
    body = (
        f"<p>{PARAGRAPH}</p><p>{OTHER}</p>"
        "<p><a href='/n/1'>« الخبر السابق</a> | <a href='/n/3'>الخبر التالي »</a></p><p>© 2018</p>"
    )
    article = marsad.extract(page(body))
    assert article.text.split("\n\n") == [PARAGRAPH, OTHER]


def test_a_link_closed_by_a_bracketed_price_goes() -> None:
    body = (
        f"<p>{PARAGRAPH}</p><p>{OTHER}</p>"
        "<p><a href='/sub'>اشترك بخدمة الأخبار العاجلة عبر الرسائل (0.25 دينار أسبوعياً)</a></p>"
    )
    assert marsad.extract(page(body)).text.split("\n\n") == [PARAGRAPH, OTHER]


def test_a_linked_quotation_stays() -> None:
    # a closing guillemet that a « opened in the link closes a quotation, no pager's chevron
    quote = "قال الوزير: «لن نتراجع عن القرار»"
    body = f"<p>{PARAGRAPH}</p><p><a href='/q'>{quote}</a></p><p>{OTHER}</p>"
    assert quote in marsad.extract(page(body)).text


CELL = (
    "<html><head><title>{title}</title></head><body><table><tr><td>"
    "<font size='4'><b>{title}</b></font></td></tr><tr><td align='center'>"
    "<img src='/upload/1.jpg' width='400'><br><font size='1' color='#666'>{credit}</font>"
    "</td></tr><tr><td>{body}</td></tr></table></body></html>"
)


def test_small_type_under_an_image_in_a_cell_is_its_credit() -> None:
    body = f"<p>{PARAGRAPH}</p><p>{OTHER}</p>"
    html = CELL.format(title=TITLE, credit="عدسة الوادي", body=body)
    article = marsad.extract(html)
    assert article.text.split("\n\n") == [PARAGRAPH, OTHER]
    assert ("caption", "عدسة الوادي") in [(r.reason, r.text) for r in article.removed]


def test_small_type_opening_a_paragraph_stays() -> None:
    lead = f"<p><font size='1'>القاهرة:</font> {PARAGRAPH}</p>"
    text = marsad.extract(page(f"<img src='/a.jpg' alt=''>{lead}<p>{OTHER}</p>")).text
    assert "القاهرة" in text and PARAGRAPH in text


COMMENTS = (
    "<div class='fb-seo-comments'><div class='fbc'><b>أبو خالد</b><br>ربي يحفظ البلاد والعباد، "
    "ننتظر من المسؤولين تحركا حقيقيا لا مجرد تصريحات في الجرائد كل يوم.<br>"
    "<small>أعجبني · رد · 12</small></div></div>"
)


def test_comments_set_out_for_crawlers_go() -> None:
    text = marsad.extract(page(f"<p>{PARAGRAPH}</p>{COMMENTS}")).text
    assert text == PARAGRAPH


def test_an_article_in_a_box_named_for_its_comments_stays() -> None:
    # the class of the post's wrapper says it has comments: it holds the headline
    html = (
        f"<html><head><title>{TITLE}</title></head><body><div class='post has-comments'>"
        f"<h1>{TITLE}</h1><p>{PARAGRAPH}</p><p>{OTHER}</p></div></body></html>"
    )
    assert marsad.extract(html).text.split("\n\n") == [PARAGRAPH, OTHER]


def test_a_comments_box_before_the_headline_is_left_to_trafilatura() -> None:
    # a box before the headline is no reply to it (a «latest comments» rail holds no prose
    # anyway); one holding the article's paragraphs above the headline would be odd markup
    html = (
        f"<html><head><title>{TITLE}</title></head><body><div class='comment-intro'>"
        f"<p>{PARAGRAPH}</p></div><h1>{TITLE}</h1><p>{OTHER}</p></body></html>"
    )
    assert OTHER in marsad.extract(html).text
