"""The general rules that the twenty-ninth held-out pass's page templates
(``eval_templates.json``, ``"pass": 29``, scored once before any rule change;
``test_html_fresh`` renders them) led to: a lone <h1> that every title field wraps in more
words no separator cuts off (a code host's «path/<headline>.md at main · owner/repo») is the
title; a blog's trackbacks and pingbacks are comments; a box classed as a post's copyright
notice goes even when its licence sentence reads as prose; a call-to-action box beside a
one-paragraph story with no final stop goes (the story is prose however it ends). Each rule
has a case that must keep the text or the title."""

from __future__ import annotations

import pytest

import marsad
from test_html_fresh import ARTICLES, OTHER, PARAGRAPH, TITLE, page, render


@pytest.mark.parametrize(("title", "paragraphs"), ARTICLES, ids=["long", "short"])
def test_the_code_host_s_file_page_is_titled_by_its_heading(
        title: str, paragraphs: list[str]) -> None:
    article = marsad.extract(render("github_markdown_statement", title, paragraphs).encode())
    assert article.title == title


def titled(field: str, heading: str) -> str | None:
    """The title of a page whose <title> and og:title are both ``field``."""
    return marsad.extract(f"<html><head><title>{field}</title><meta property='og:title' "
                          f"content='{field}'></head><body><article>"
                          f"<h1>{heading}</h1><p>{PARAGRAPH}</p><p>{OTHER}</p>"
                          "</article></body></html>").title


def test_a_lone_heading_wrapped_in_the_title_field_is_the_title() -> None:
    assert titled(f"docs/2026/{TITLE}.md at main · lab/statements", TITLE) == TITLE


# Each template's box the pass's rules remove: the blog's trackbacks, the post's copyright
# notice, the university's feature box beside a one-paragraph story.
GONE = {"movable_type_blog": ("رصيف الحكايات", "عنوان التعقيب لهذه التدوينة", "تعقيبات"),
        "hexo_next_blog": ("الترخيص:", "كل المقالات في هذه المدونة منشورة برخصة", "BY-NC-SA"),
        "concrete_cms_university": ("برنامج المنح الدراسية ٢٠٢٧",
                                    "باب التقديم مفتوح حتى نهاية يناير")}


@pytest.mark.parametrize("name", sorted(GONE))
@pytest.mark.parametrize(("title", "paragraphs"), ARTICLES, ids=["long", "short"])
def test_the_template_s_box_goes(name: str, title: str, paragraphs: list[str]) -> None:
    text = marsad.extract(render(name, title, paragraphs).encode()).text
    assert all(p in text for p in paragraphs)
    for gone in GONE[name]:
        assert gone not in text, gone


def test_a_trackback_box_goes_and_the_article_stays() -> None:
    excerpt = ("مدونة الرصيف: عن الحافلات الجديدة مرة أخرى، أشار الكاتب في دفاتره إلى نقطة "
               "مهمة عن مواعيد الخط الأول")
    text = marsad.extract(page(f"<p>{PARAGRAPH}</p><div id='trackbacks' class='trackbacks'>"
                               f"<h2>تعقيبات</h2><div class='trackback'><p>{excerpt}</p></div>"
                               "</div>")).text
    assert PARAGRAPH in text and "مدونة الرصيف" not in text


def test_a_region_named_copyright_holding_the_article_stays() -> None:
    """A box so named that holds more than a notice's words is a page region (a theme that
    marks its whole content «copyright-protected»): the rule leaves it to the others."""
    long_text = " ".join([PARAGRAPH] * 5)
    text = marsad.extract(page(f"<div class='entry copyright-protected'><p>{long_text}</p>"
                               f"<p>{OTHER}</p></div>")).text
    assert long_text in text and OTHER in text


def boxed(story: str) -> str:
    """A one-paragraph ``story`` (no final stop) then a feature box: label, pitch, button."""
    return marsad.extract(page(
        f"<p>{story}</p><div class='feature'><div class='text'><h4>برنامج المنح الدراسية</h4>"
        "<p>باب التقديم مفتوح حتى نهاية يناير لطلبة الدراسات العليا</p></div>"
        "<a class='btn' href='/s'>التفاصيل</a></div>")).text


def test_a_feature_box_beside_a_one_paragraph_story_without_a_stop_goes() -> None:
    story = " ".join([PARAGRAPH.rstrip(".")] * 4)  # over twenty words, no final stop
    text = boxed(story)
    assert story in text and "برنامج المنح" not in text


def test_a_box_that_is_the_whole_story_stays() -> None:
    """A brief set as the box (a few words outside it, no prose) is the article's text."""
    assert "باب التقديم مفتوح" in boxed("موجز")
