"""The general rules that the twenty-fifth held-out pass's page templates
(``eval_templates.json``, ``"pass": 25``, scored once before any rule change;
``test_html_fresh`` renders them) led to: a reader that splits a chapter into page boxes
(``data-page-number``) of ``<p>``s keeps every page's paragraphs; a thread whose software calls
every post a comment (Invision's «comment-…_wrap») keeps its first post, the story, when no
prose comes between the headline and it; a forum's edit stamp («تم تعديل … بواسطة …») and a
post's signature (``data-role="memberSignature"``) go; a headline with a page icon glued
before it («📰») is the title, not a line of the text; a byline's separator alone («·») is no
author; and a reading list's link with its source after a dash («… — مدونة تقنية») is a
link card. Each rule has a case that must keep the text."""

from __future__ import annotations

import marsad
from test_html_fresh import OTHER, PARAGRAPH, TITLE, line_reason, page


def test_paragraphs_in_numbered_page_boxes_all_stay() -> None:
    pages = "".join(f"<div class='page' data-page-number='{n}'><pre><p data-p-id='{n}'>{text}"
                    "</p></pre></div>" for n, text in ((1, PARAGRAPH), (2, OTHER)))
    assert marsad.extract(page(pages)).text.split("\n\n") == [PARAGRAPH, OTHER]


def thread(first: str, between: str = "") -> str:
    reply = ("<div id='comment-2_wrap'><p>يعطيك العافية على النقل، متابعين معك أول بأول وننتظر "
             "المزيد من التفاصيل عن الحادثة.</p></div>")
    return (f"<html><head><title>{TITLE}</title></head><body><h1>{TITLE}</h1>{between}"
            f"<div id='comment-1_wrap'><p>{first}</p></div>{reply}"
            "<div class='form'><p>يمكنك النشر الآن والتسجيل لاحقًا. إذا كان لديك حساب، سجّل دخولك "
            "الآن للنشر من خلال حسابك.</p></div></body></html>")


def test_a_threads_first_post_marked_as_a_comment_is_the_story() -> None:
    text = marsad.extract(thread(PARAGRAPH)).text
    assert PARAGRAPH in text and "يعطيك العافية" not in text


def test_comments_after_the_articles_own_prose_all_go() -> None:
    """Prose between the headline and the first comment box is the article: every box goes."""
    text = marsad.extract(thread(OTHER, between=f"<p>{PARAGRAPH}</p>")).text
    assert PARAGRAPH in text and OTHER not in text


def test_a_forum_edit_stamp_is_debris_and_a_sentence_about_an_edit_is_not() -> None:
    assert line_reason("تم تعديل 5 مارس 2024 بواسطة أبو فيصل") == "timestamp"
    assert line_reason("آخر تعديل بواسطة سامي في 12-03-2024, 10:20 م") == "timestamp"
    assert line_reason("تم تعديل بواسطة أبو فيصل") == "timestamp"  # its <time> dropped
    assert line_reason("تم تعديل القانون بواسطة البرلمان") is None
    assert line_reason("وتم تعديل 5 مواد بواسطة اللجنة المختصة في المجلس") is None


def test_a_posts_signature_goes() -> None:
    signature = ("<div data-role='memberSignature'><p style='text-align:center'>اللهم اجعل هذا "
                 "البلد آمنًا مطمئنًا</p></div>")
    assert marsad.extract(page(f"<p>{PARAGRAPH}</p><p>{OTHER}</p>{signature}")).text == (
        f"{PARAGRAPH}\n\n{OTHER}")


def test_a_headline_with_a_page_icon_is_the_title() -> None:
    html = (f"<html><head><title>{TITLE} | دليل</title></head><body><main><h1><span>📰</span>"
            f"{TITLE}</h1><p>{PARAGRAPH}</p></main></body></html>")
    article = marsad.extract(html)
    assert article.title == TITLE and article.text == PARAGRAPH


def test_a_byline_separator_is_no_author() -> None:
    """A byline box of a date, «·» and a reading time: the page names no author."""
    byline = ("<div class='byline'><time datetime='2024-05-19'>١٩ مايو ٢٠٢٤</time><span>·</span>"
              "<span>٩ د</span></div>")
    assert marsad.extract(page(f"{byline}<p>{PARAGRAPH}</p><p>{OTHER}</p>")).authors == []


def with_reading_list(items: list[tuple[str, str]]) -> str:
    """The text of a page whose list of (link, what follows it) items sits between two
    paragraphs."""
    listing = "".join(f"<li><a href='/r{n}'>{link}</a> — {after}</li>"
                      for n, (link, after) in enumerate(items))
    return marsad.extract(page(f"<p>{PARAGRAPH}</p><ul>{listing}</ul><p>{OTHER}</p>")).text


def test_a_reading_lists_links_with_their_sources_go() -> None:
    text = with_reading_list([("تقرير عن تسعير المياه في المدن", "مختبر سياسات"),
                              ("خرائط تسرب الشبكات من الأقمار", "مدونة تقنية")])
    assert text.split("\n\n") == [PARAGRAPH, OTHER]


def test_a_list_of_sentences_opening_with_links_stays() -> None:
    """More than a source's few words after the dash: the item is the article's point."""
    text = with_reading_list([("وزارة الصحة", "أعلنت تسجيل أربع إصابات جديدة بالكوليرا"),
                              ("منظمة الصحة", "دعت إلى تقديم الدعم العاجل إلى المستشفيات")])
    assert "أعلنت تسجيل أربع إصابات" in text
