"""The general rules that the thirty-eighth held-out pass's page templates
(``eval_templates.json``, ``"pass": 38``, scored once before any rule change;
``test_html_fresh`` renders them) led to: a box whose id or class is the short «ft» (the
«hd»/«bd»/«ft» page grid of YUI that Discuz keeps) is the page's footer; an author field that
is a date's label whose digits metadata dropped («نُشر في») names nobody; a forum reply's
quote of another post (a ``<blockquote>`` opening with a link) is the other post's text."""

from __future__ import annotations

import marsad
from test_html_fresh import LONG, OTHER, PARAGRAPH, SHORT, TITLE, page, render

CLOCK = "توقيت الموقع GMT+3، الساعة الآن 23:02"


def test_a_yui_ft_box_after_the_text_is_the_footer() -> None:
    html = (f"<html><head><title>{TITLE}</title></head><body><div id='bd'><h1>{TITLE}</h1>"
            f"<p>{PARAGRAPH}</p><p>{OTHER}</p></div><div id='ft'><p>{CLOCK}</p>"
            "<p>Powered by Discuz! X3.4</p></div></body></html>")
    article = marsad.extract(html)
    assert article.text.split("\n\n") == [PARAGRAPH, OTHER]
    assert CLOCK in {r.text for r in article.removed if r.reason == "page_footer"}


def test_a_class_word_holding_ft_inside_another_word_is_no_footer() -> None:
    """«left», «soft», «draft»: the short mark is a word of its own, never part of one."""
    body = f"<div class='left draft'><p>{PARAGRAPH}</p><p>{OTHER}</p></div>"
    assert marsad.extract(page(body)).text.split("\n\n") == [PARAGRAPH, OTHER]


def test_a_date_label_in_an_author_field_names_nobody() -> None:
    """Discuz's post header sets the date in ``<em id="authorposton…">``: metadata takes it
    as the author and drops its digits, leaving «نُشر في»."""
    html = render("discuz_forum_thread", "هجوم على دورية", LONG)
    article = marsad.extract(html.encode())
    assert article.text.split("\n\n") == LONG
    assert all("نشر" not in author.name for author in article.authors)


def test_a_name_in_the_author_field_stays() -> None:
    html = page(f"<p>{PARAGRAPH}</p><p>{OTHER}</p>",
                head="<meta name='author' content='سلمى الخطيب'>")
    assert [author.name for author in marsad.extract(html).authors] == ["سلمى الخطيب"]


QUOTED = "هل من تحديث على الموضوع السابق يا جماعة؟"


def test_a_reply_quoting_another_post_loses_the_quote() -> None:
    quote = (f"<blockquote><a href='/forum.php?goto=findpost&amp;pid=11'>سحابة كتب في "
             f"2026-11-28 10:02</a><br>{QUOTED}</blockquote>")
    article = marsad.extract(page(f"<div>{PARAGRAPH}<br><br>{quote}<br>{OTHER}</div>"))
    assert article.text.split("\n\n") == [PARAGRAPH, OTHER]


def test_a_quote_opening_with_words_or_holding_the_story_stays() -> None:
    """A speaker's quote in a story opens with words; a story reposted whole as a quote
    after its credit link is the page's text, longer than what the block holds besides."""
    spoken = f"<blockquote><p>{OTHER} <a href='/x'>المصدر</a></p></blockquote>"
    article = marsad.extract(page(f"<p>{PARAGRAPH}</p>{spoken}"))
    assert OTHER in article.text
    reposted = (f"<div><blockquote><p><a href='/u/1'>سامر</a> {PARAGRAPH}</p>"
                f"<p>{OTHER}</p></blockquote><p>شكرا</p></div>")
    assert PARAGRAPH in marsad.extract(page(reposted)).text


def test_the_discuz_thread_keeps_one_paragraph_and_loses_the_quote() -> None:
    article = marsad.extract(render("discuz_forum_thread", "هجوم على دورية", SHORT).encode())
    assert article.text == SHORT[0]
