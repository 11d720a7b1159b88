"""The general rules that the thirtieth held-out pass's page templates
(``eval_templates.json``, ``"pass": 30``, scored once before any rule change;
``test_html_fresh`` renders them) led to: a box whose id or class says footer but that holds
the page's <h1> or <main> is a sticky-footer wrapper around the whole page, no footer (a
forum's «footerfix», inside which every heading read as chrome and the board's name became
the title); a heading after the headline that wraps the headline's whole words in more (a
forum's bar «الكاتب الموضوع: <headline> (زيارة … مرات)») is the header's furniture, no
lead. Each rule has a case that must keep the text or the title."""

from __future__ import annotations

import pytest

import marsad
from test_html_fresh import ARTICLES, OTHER, PARAGRAPH, TITLE, render


@pytest.mark.parametrize(("title", "paragraphs"), ARTICLES, ids=["long", "short"])
def test_the_forum_topic_is_titled_by_its_subject_not_its_board(
        title: str, paragraphs: list[str]) -> None:
    article = marsad.extract(render("smf_forum_topic", title, paragraphs).encode())
    assert article.title == title
    assert "الكاتب الموضوع" not in article.text


def wrapped(wrapper: str, bar: str = "") -> marsad.Article:
    """A forum page: the board's name in the <h1>, the topic's subject in an <h2>, all of it
    (the real footer too) inside ``wrapper``'s <div>."""
    return marsad.extract(
        f"<html><head><title>{TITLE}</title></head><body><div {wrapper}>"
        "<div id='header'><h1><a href='/forum/'>ملتقى أبناء المدينة</a></h1></div>"
        f"<div id='content'><h2 class='display_title'>{TITLE}</h2>{bar}"
        f"<div class='inner'><p>{PARAGRAPH}</p><p>{OTHER}</p></div></div>"
        "<div id='footer'><p>تم إنشاء الصفحة في 0.118 ثانية مع 31 استعلامات.</p></div>"
        "</div></body></html>")


def test_a_sticky_footer_wrapper_around_the_page_is_no_footer() -> None:
    article = wrapped("id='footerfix'")
    assert article.title == TITLE
    assert PARAGRAPH in article.text and "تم إنشاء الصفحة" not in article.text


def test_a_footer_holding_no_top_heading_is_still_chrome() -> None:
    """The page's own footer, holding a heading that repeats no title field, stays chrome:
    its heading is not the title and its lines do not join the text."""
    article = marsad.extract(
        f"<html><head><title>{TITLE}</title></head><body><h1>{TITLE}</h1>"
        f"<p>{PARAGRAPH}</p><p>{OTHER}</p><div class='site-footer'><h2>روابط سريعة</h2>"
        "<ul><li><a href='/a'>البيانات المفتوحة</a></li></ul></div></body></html>")
    assert article.title == TITLE and "روابط سريعة" not in article.text


def test_a_bar_rewrapping_the_headline_goes() -> None:
    bar = f"<h3 class='catbg'>الكاتب الموضوع: {TITLE} (زيارة 2,417 مرات)</h3>"
    text = wrapped("id='page'", bar).text
    assert PARAGRAPH in text and "زيارة" not in text


def test_a_subheading_sharing_some_of_the_headline_s_words_stays() -> None:
    sub = "<h3>ريف إدلب بعد القصف: شهادات السكان</h3>"
    text = wrapped("id='page'", sub).text
    assert "شهادات السكان" in text and PARAGRAPH in text
