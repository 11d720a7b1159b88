"""The general rules that the forty-third held-out pass's page templates
(``eval_templates.json``, ``"pass": 43``, scored once before any rule change;
``test_html_fresh`` renders them) led to: a heading tag that holds paragraphs between
``<br>``s is a block, its lines paragraphs; a post that the title fields quote
(«Name on Instagram: "…"») is the headline when the page shows it as the first line of a
block; and a run set in a heading's type by legacy markup (``<font size="4">``), the whole
text of its block, is the headline when nothing on the page agrees with the title fields."""

from __future__ import annotations

import marsad
from test_html_fresh import OTHER, PARAGRAPH, TITLE

HEADLINE = "الدفاع المدني يخلي عائلات من حي الرمل بعد انهيار جزئي لمبنى قديم"


def _caption_page(quoted: str) -> str:
    """A photo site's post page: the caption, headline first, set in an <h1> with <br>s."""
    return (f"<html><head><title>شبكة الساحل on Instagram: &quot;{quoted}&quot;</title></head>"
            "<body><main><div><h2><a href='/sahel.news/'>sahel.news</a></h2>"
            f"<h1 dir='auto'>{HEADLINE}<br><br>{PARAGRAPH}<br><br>{OTHER}<br><br></h1>"
            "</div></main></body></html>")


def test_a_caption_set_in_a_heading_is_paragraphs_under_its_first_line() -> None:
    """The caption is one <h1>: as a heading its lines were one, the headline glued to the
    first paragraph; the title fields quote its first line, the post's headline."""
    article = marsad.extract(_caption_page(HEADLINE))
    assert article.title == HEADLINE
    assert article.text.split("\n\n") == [PARAGRAPH, OTHER]


def test_a_quoted_post_that_opens_no_block_is_not_the_headline() -> None:
    """Only the first line of a block shows the quoted post: a quote found nowhere on the
    page as a line of its own names nothing there."""
    quoted = "يخلي عائلات من حي الرمل"
    assert marsad.extract(_caption_page(quoted)).title != quoted


def test_a_two_line_headline_with_a_break_stays_a_heading() -> None:
    html = (f"<html><head><title>{TITLE}</title></head><body><article>"
            f"<h1>قصف على<br>ريف إدلب</h1><p>{PARAGRAPH}</p><p>{OTHER}</p></article>"
            "</body></html>")
    article = marsad.extract(html)
    assert article.title == TITLE
    assert article.text.split("\n\n") == [PARAGRAPH, OTHER]


def _database_page(size: str) -> str:
    """A document database's page: its title fields name the view, the headline is set in
    a large <font> of its own over the text."""
    return ("<html><head><title>البيانات الصحفية - وثيقة</title></head><body>"
            "<table><tr><td><b>رمز الوثيقة:</b></td><td>DPA/PR/2026/114</td></tr></table>"
            f"<div align='center'><b><font size='{size}' face='Tahoma'>{HEADLINE}</font></b>"
            f"</div><br><font size='2'>{PARAGRAPH}</font><br><br><font size='2'>{OTHER}</font>"
            "</body></html>")


def test_a_run_in_a_headings_type_is_the_headline_when_no_field_agrees() -> None:
    assert marsad.extract(_database_page("4")).title == HEADLINE
    assert marsad.extract(_database_page("+2")).title == HEADLINE


def test_a_run_in_the_default_type_is_no_headline() -> None:
    assert marsad.extract(_database_page("3")).title != HEADLINE


def test_a_large_run_inside_a_paragraph_is_no_headline() -> None:
    """A large run that is not its block's whole text is an emphasis in the text."""
    html = ("<html><head><title>البيانات الصحفية - وثيقة</title></head><body>"
            f"<p>{PARAGRAPH} <font size='5'>{HEADLINE}</font></p><p>{OTHER}</p></body></html>")
    assert marsad.extract(html).title != HEADLINE


def test_a_short_caption_with_a_paragraph_break_in_a_heading_is_a_block() -> None:
    """A paragraph break (two <br>s) in a heading says it holds paragraphs, however few
    words a one-paragraph post has."""
    html = (f"<html><head><title>شبكة الساحل on Instagram: &quot;{TITLE}&quot;</title></head>"
            f"<body><main><h1>{TITLE}<br><br>{PARAGRAPH}<br><br></h1></main></body></html>")
    article = marsad.extract(html)
    assert article.title == TITLE
    assert article.text == PARAGRAPH


def _with_grid(after: str) -> str:
    return (f"<html><head><title>{TITLE}</title></head><body><main><article><h1>{TITLE}</h1>"
            f"<p>{PARAGRAPH}</p></article><div><div><span>مزيد من المنشورات من "
            f"<a href='/sahel.news/'>sahel.news</a></span></div>{after}</div></main></body>"
            "</html>")


def test_a_label_over_thumbnails_only_goes() -> None:
    grid = ("<div><a href='/p/1/'><img alt='Photo by …' src='/1.jpg'></a>"
            "<a href='/p/2/'><img alt='Photo by …' src='/2.jpg'></a></div>")
    assert marsad.extract(_with_grid(grid)).text == PARAGRAPH


def test_a_label_over_a_picture_and_kept_prose_stays() -> None:
    """A box whose rest holds words the text keeps: its label is the text's own."""
    label = "شهادات من الحي"
    html = (f"<html><head><title>{TITLE}</title></head><body><article><h1>{TITLE}</h1>"
            f"<p>{PARAGRAPH}</p><div><h3>{label}</h3><img src='/1.jpg'><p>{OTHER}</p>"
            "</div></article></body></html>")
    assert label in marsad.extract(html).text


def test_spacer_breaks_closing_a_heading_are_no_paragraph_break() -> None:
    """Two <br>s at the end of a heading (a spacer under the headline) separate nothing: the
    heading stays one line and the page's headline, and its words stay out of the text (the
    midway review found «<h1>…<br><br></h1>» turned into a block, the site's name the title)."""
    page = (f"<html><head><title>موقع الأخبار</title></head><body><h1>{HEADLINE}<br><br></h1>"
            f"<p>{PARAGRAPH}</p><p>{OTHER}</p></body></html>")
    article = marsad.extract(page)
    assert article.title == HEADLINE
    assert article.text.split("\n\n") == [PARAGRAPH, OTHER]
