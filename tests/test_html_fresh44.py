"""The general rules that the forty-fourth held-out pass's page templates
(``eval_templates.json``, ``"pass": 44``, scored once before any rule change;
``test_html_fresh`` renders them) led to: a heading's text less a short label that
closes it (an issue tracker's «#412») is the headline when only that rest is a side of the
title fields; and a comment box whose inner comment boxes are nested one in the next holds one
post, the first post of a thread whose software calls every post a comment."""

from __future__ import annotations

import marsad
from test_html_fresh import OTHER, PARAGRAPH, TITLE

HEADLINE = "الدفاع المدني يخلي عائلات من حي الرمل بعد انهيار جزئي لمبنى قديم"


def _issue_page(heading: str) -> str:
    """An issue tracker's page: the fields carry the issue's number and repository after
    the title, the heading the number in a <span> of its own after it."""
    return (f"<html><head><title>{HEADLINE} · Issue #412 · owner/statements · GitHub</title>"
            f"<meta property='og:title' content='{HEADLINE} · Issue #412 · owner/statements'>"
            f"</head><body><main><h1>{heading}</h1><div class='body'><p>{PARAGRAPH}</p>"
            f"<p>{OTHER}</p></div></main></body></html>")


def test_a_heading_less_its_closing_label_is_the_headline() -> None:
    article = marsad.extract(_issue_page(f"<bdi>{HEADLINE}</bdi> <span>#412</span>"))
    assert article.title == HEADLINE
    assert article.text.split("\n\n") == [PARAGRAPH, OTHER]


def test_a_heading_with_words_after_its_last_child_keeps_them() -> None:
    """Text after the last child closes the heading: no label closes it, the fields'
    agreed piece stays the title."""
    article = marsad.extract(_issue_page(f"<bdi>{HEADLINE}</bdi> <span>#412</span> مغلق"))
    assert article.title != HEADLINE


def _thread_page(first_post: str) -> str:
    """A thread whose software calls every post a comment: each post's wrappers too."""
    reply = ("<div class='js-comment-container'><div class='timeline-comment'>"
             "<div class='comment-body'><p>شكرا، أضفت النص إلى مجلد الأرشيف مع ملف البيانات"
             " الوصفية، وسيظهر في الإصدار القادم من الموقع.</p></div></div></div>")
    return (f"<html><head><title>{TITLE}</title></head><body><main><h1>{TITLE}</h1>"
            f"<div class='discussion'>{first_post}{reply}</div></main></body></html>")


def test_the_first_post_of_nested_comment_wrappers_is_the_story() -> None:
    first = ("<div class='js-comment-container'><div class='timeline-comment'>"
             f"<div class='comment-body'><p>{PARAGRAPH}</p><p>{OTHER}</p></div></div></div>")
    article = marsad.extract(_thread_page(first))
    assert article.text.split("\n\n") == [PARAGRAPH, OTHER]


def test_a_first_box_holding_a_list_of_comments_is_no_post() -> None:
    """Two comment boxes side by side in the first box are a list of comments: it goes."""
    first = ("<div class='comments'>"
             f"<div class='comment'><p>{PARAGRAPH}</p></div>"
             f"<div class='comment'><p>{OTHER}</p></div></div>")
    article = marsad.extract(f"<html><head><title>{TITLE}</title></head><body><main>"
                             f"<h1>{TITLE}</h1><p>{HEADLINE}، {PARAGRAPH}</p>{first}"
                             "</main></body></html>")
    assert OTHER not in article.text
