"""The general rules that the forty-fifth held-out pass's page templates
(``eval_templates.json``, ``"pass": 45``, scored once before any rule change;
``test_html_fresh`` renders them) led to: a <section> of text and inline markup only is a
paragraph (trafilatura unwraps it and glued sibling sections into one line); an element ARIA
names a heading (``role="heading"``, ``aria-level``) is a heading of that level; and when every
title field names only an app or a site, the first early heading of a headline's length is the
title (a web mail's reading pane)."""

from __future__ import annotations

from lxml import etree

import marsad
from marsad.stages.html import _aria_headings, _inline_section
from test_html_fresh import OTHER, PARAGRAPH, TITLE

HEADLINE = "الدفاع المدني يخلي عائلات من حي الرمل بعد انهيار جزئي لمبنى قديم"


def test_sections_of_inline_text_are_paragraphs() -> None:
    """A messaging app's article (WeChat's) sets each paragraph as
    «<section><span>…</span></section>»: each is a line of its own, not one line glued from
    all of them."""
    body = "".join(f"<section style='margin-bottom:16px'><span leaf=''>{text}</span></section>"
                   for text in (PARAGRAPH, OTHER, PARAGRAPH.replace("اليوم", "أمس")))
    article = marsad.extract(f"<html><head><title>{TITLE}</title></head><body>"
                             f"<h1>{TITLE}</h1><div id='content'>{body}</div></body></html>")
    assert article.text.split("\n\n") == [PARAGRAPH, OTHER, PARAGRAPH.replace("اليوم", "أمس")]


def test_a_section_of_links_or_of_blocks_is_no_paragraph() -> None:
    """A tag strip (its text all links) or a section holding blocks is left as it is."""
    tags = etree.fromstring("<section><a href='/t/1'>الطقس</a> <a href='/t/2'>المدن</a></section>")
    blocks = etree.fromstring(f"<section><p>{PARAGRAPH}</p><p>{OTHER}</p></section>")
    text = etree.fromstring(f"<section>{PARAGRAPH} <a href='/x'>المصدر</a></section>")
    assert not _inline_section(tags)
    assert not _inline_section(blocks)
    assert _inline_section(text)


def test_an_aria_heading_is_a_heading_of_its_level() -> None:
    tree = etree.fromstring("<html><body><div role='heading' aria-level='1'>عنوان</div>"
                            "<div role='heading'>قسم</div><h3 role='heading' aria-level='2'>"
                            "فرعي</h3><div role='heading' aria-level='x'>غير ذلك</div>"
                            "</body></html>")
    _aria_headings(tree)
    assert [e.tag for e in tree.find("body")] == ["h1", "h2", "h3", "div"]


def _mail_page(title_field: str) -> str:
    """A web mail's reading pane: the app's name in its bar, the subject only as an ARIA
    heading over the message."""
    return (f"<html><head><title>{title_field}</title></head><body>"
            "<div role='banner'><span>Outlook</span></div>"
            "<div role='main'><div role='heading' aria-level='2'>"
            f"<span>{HEADLINE}</span></div><div class='from'>المكتب الإعلامي</div>"
            f"<div class='body'><div><p>{PARAGRAPH}</p><p>{OTHER}</p></div></div>"
            "</div></body></html>")


def test_a_heading_is_the_title_when_every_field_names_an_app() -> None:
    article = marsad.extract(_mail_page("البريد - رنا الحسيني - Outlook"))
    assert article.title == HEADLINE
    assert article.text.split("\n\n") == [PARAGRAPH, OTHER]


def test_a_field_holding_a_headline_is_not_overruled_by_a_heading() -> None:
    """A title field with a headline-length part names an article, not an app: the rule
    does not read past it to the first heading."""
    article = marsad.extract(_mail_page("انقطاع المياه عن أحياء المدينة الشرقية - Outlook"))
    assert article.title != HEADLINE
