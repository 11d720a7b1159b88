"""The general rules that the eighteenth held-out pass's page templates (``eval_templates.json``,
``"pass": 18``, scored once before any rule change; ``test_html_fresh`` renders them) led to: a
title field «Name: "post"» names a post whose quote is the title (a Mastodon thread); a heading
that only links back to an index page is a logo, and a page whose title fields name that logo
(an e-book chapter) is titled by its one <h1>; a headline in no heading tag named by the whole
<title> (a Word document saved as HTML) has a masthead; footnotes go. Each rule has cases that
must keep prose or the title."""

from __future__ import annotations

import marsad
from test_html_fresh import OTHER, PARAGRAPH, TITLE, page

POST = (
    '<html><head><title>شبكة الساحل: "{title}" - ماستودون الساحل</title>'
    "<meta property='og:title' content='شبكة الساحل (@sahel@example.org)'></head><body>"
    "<div class='entry'><a class='display-name' href='/@sahel'><strong>شبكة الساحل</strong></a>"
    "<div class='e-content'><p>{title} 🧵</p></div></div>"
    "<div class='entry'><div class='e-content'><p>{one}</p></div></div>"
    "<div class='entry'><div class='e-content'><p>{two}</p></div></div></body></html>"
)


def assert_titled_story(template: str, **fields: str) -> None:
    """``template`` filled with :data:`TITLE` and two paragraphs gives them back, no more."""
    article = marsad.extract(template.format(title=TITLE, one=PARAGRAPH, two=OTHER, **fields))
    assert article.title == TITLE
    assert article.text.split("\n\n") == [PARAGRAPH, OTHER]


def test_the_quoted_post_of_a_title_field_is_the_title() -> None:
    assert_titled_story(POST)  # not the author's name, nor the thread mark «🧵» with it


def test_a_headline_quoting_a_speaker_keeps_its_whole_text() -> None:
    # a news headline «Speaker: "…"» is a heading the fields agree on: no post to pick out
    title = 'وزير الخارجية: "لن نتراجع عن القرار"'
    html = (
        f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
        f"<p>{PARAGRAPH}</p><p>{OTHER}</p></article></body></html>"
    )
    assert marsad.extract(html).title == title


CHAPTER = (
    "<html><head><title>حصاد الصحافة العربية 2018</title></head><body>"
    "<div class='calibreMeta'><h1><a href='{href}'>حصاد الصحافة العربية 2018</a></h1></div>"
    "<div class='calibreEbookContent'><h1>{title}</h1><p>{one}</p><p>{two}</p></div>"
    "</body></html>"
)


def test_a_chapter_titled_by_its_book_is_titled_by_its_own_heading() -> None:
    assert_titled_story(CHAPTER, href="../index.html")


def test_a_heading_linking_to_another_page_is_no_logo() -> None:
    # an index of stories: its <h1> links to a story, which names no front page
    html = CHAPTER.format(href="../news/40127.html", title=TITLE, one=PARAGRAPH, two=OTHER)
    assert marsad.extract(html).title == "حصاد الصحافة العربية 2018"


WORD = (
    "<html><head><meta name=ProgId content=Word.Document><title>{title}</title></head>"
    "<body lang=AR-SA dir=RTL><div class=WordSection1 dir=RTL>"
    "<p class=MsoNormal>الشبكة العربية للحقوق والتنمية</p>"
    "<p class=MsoNormal align=left>عمّان في 16/4/2018</p>"
    "<p class=MsoTitle align=center><b><span>{title}</span></b></p>"
    "<p class=MsoNormal>{one}</p><p class=MsoNormal>{two}</p></div></body></html>"
)


def test_a_word_documents_letterhead_above_its_title_goes() -> None:
    assert_titled_story(WORD)


NOTES = (
    "<hr><div><p><a href='#ftnt_ref1' id='ftnt1'>[1]</a> بيانات المسح الميداني، الربع الأول "
    "2018.</p></div><div><p><a href='#ftnt_ref2' id='ftnt2'>[2]</a> مقابلات أجرتها التنسيقية "
    "مع 38 مشاركاً.</p></div>"
)


def test_footnotes_after_the_body_go() -> None:
    body = f"<p>{PARAGRAPH}<sup><a href='#ftnt1' id='ftnt_ref1'>[1]</a></sup></p><p>{OTHER}</p>"
    article = marsad.extract(page(body + NOTES))
    assert [line.replace("[1]", "") for line in article.text.split("\n\n")] == [PARAGRAPH, OTHER]
    assert [r.reason for r in article.removed].count("footnote") == 2


def test_a_paragraph_opening_with_an_in_page_link_stays() -> None:
    # a link into the page whose text is words (a table of contents' entry) is no note's mark
    lead = f"<p><a href='#part2'>الجزء الثاني</a> {OTHER}</p>"
    assert OTHER in marsad.extract(page(f"<p>{PARAGRAPH}</p>{lead}")).text
