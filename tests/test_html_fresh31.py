"""The general rules that the thirty-first held-out pass's page templates
(``eval_templates.json``, ``"pass": 31``, scored once before any rule change;
``test_html_fresh`` renders them) led to (boilerplate 2026.12.24): the ``<body>``'s and
``<html>``'s own classes name the page's layout, never a region (a Grav page's body
«sticky-footer» made every heading chrome, and a title cut at «..» gave the site's name); a
card whose link is followed by two counters or more set apart by «·» («١٢ منشورا · ٣٫٤ ألف
مشاهدة», a forum's suggested topics) is a link card, whatever the counted things are called;
the author the page's microdata declares ends the author trafilatura reads when that text
runs on past it (a forum post's role badge «مشرف»); a heading's permalink «¶» or icon «📰»
(an element holding only symbols) is no part of its text; a bare position counter «١ من ٧»
is a page number. Each rule has a case that must keep the text, the title or the author."""

from __future__ import annotations

import pytest

import marsad
from test_html_fresh import ARTICLES, OTHER, PARAGRAPH, TITLE, line_reason, page, render

DOTTED = "سوريا..معارك عنيفة على جبهتي درعا واللاذقية"  # a <title> cut at «..» too


@pytest.mark.parametrize(("title", "paragraphs"), [*ARTICLES, (DOTTED, ARTICLES[0][1])],
                         ids=["long", "short", "dotted"])
def test_a_body_marked_sticky_footer_still_shows_its_headline(
        title: str, paragraphs: list[str]) -> None:
    article = marsad.extract(render("grav_quark_blog_post", title, paragraphs).encode())
    assert article.title == title


def test_a_title_cut_at_two_dots_under_a_sticky_footer_body_is_the_heading() -> None:
    title = DOTTED
    article = marsad.extract(
        f"<html><head><title>{title} | مدونة رصيف المدينة</title></head>"
        f"<body class='header-fixed sticky-footer'><div id='item'><h2><a href='/blog/x'>{title}"
        f"</a></h2><div class='e-content'><p>{PARAGRAPH}</p><p>{OTHER}</p></div></div>"
        "<div class='site-footer'><h2>روابط سريعة</h2></div></body></html>")
    assert article.title == title
    assert "روابط سريعة" not in article.text


def topics(stats: str) -> str:
    """Two suggested-topic cards under a label, each link followed by ``stats``."""
    return page(f"<p>{PARAGRAPH}</p><p>{OTHER}</p><div class='suggested'><h3>مواضيع مقترحة</h3>"
                "<ul><li><a href='/topic/1/'>تحديث شامل لمنصة الخدمات الرقمية يدخل حيز التجربة"
                f"</a><span>{stats}</span></li><li><a href='/topic/2/'>نقاش مفتوح حول مستقبل "
                f"العمل عن بعد في المنطقة</a><span>{stats}</span></li></ul></div>")


@pytest.mark.parametrize("stats", ["١٢ منشورا · ٣٫٤ ألف مشاهدة", "12 ردا | 4,210 مشاهدة",
                                   "٩ تعليقات • ٣٠٠ إعجاب • ٢ مشاركة"])
def test_cards_with_a_run_of_counters_go(stats: str) -> None:
    text = marsad.extract(topics(stats)).text
    assert PARAGRAPH in text and OTHER in text
    assert "تحديث شامل" not in text and "مواضيع مقترحة" not in text


def test_a_run_holding_a_sentence_is_no_counters() -> None:
    """A part of more than a count's words (a sentence with a number) keeps the items."""
    text = marsad.extract(topics("١٢ منشورا · ونشر ٣ أعضاء صورا من الموقع")).text
    assert "تحديث شامل" in text


def forum_post(declared: str, shown: str) -> marsad.Article:
    """A forum post whose author box declares ``declared`` in microdata and shows ``shown``."""
    return marsad.extract(
        f"<html><head><title>{TITLE}</title></head><body><h1>{TITLE}</h1>"
        "<div class='post-header' itemprop='author' itemscope itemtype='https://schema.org/Person'>"
        f"<meta itemprop='name' content='{declared}'/>{shown}</div>"
        f"<div class='content'><p>{PARAGRAPH}</p><p>{OTHER}</p></div></body></html>")


def test_the_declared_author_drops_the_role_badge_after_the_name() -> None:
    article = forum_post("فيصل القحطاني", "<a href='/user/f'>فيصل القحطاني</a>"
                         "<a href='/groups/mods' class='badge'><span>مشرف</span></a>")
    assert [a.name for a in article.authors] == ["فيصل القحطاني"]
    nodebb = marsad.extract(render("nodebb_topic_thread", *ARTICLES[0]).encode())
    assert [a.name for a in nodebb.authors] == ["فيصل القحطاني"]


def test_a_shown_author_that_does_not_continue_the_declared_one_stays() -> None:
    article = forum_post("ف. القحطاني", "<a href='/user/f'>فيصل القحطاني</a>")
    assert [a.name for a in article.authors] == ["فيصل القحطاني"]


@pytest.mark.parametrize("mark", ["<a class='headerlink' href='#news'>¶</a>",
                                  "<span class='icon'>📰</span>", "<a href='#x'>#</a>"])
def test_a_heading_s_permalink_or_icon_is_no_part_of_the_title(mark: str) -> None:
    article = marsad.extract(
        f"<html><head><title>{TITLE}</title></head><body><h1>{TITLE}{mark}</h1>"
        f"<h2>الخلفية{mark}</h2><p>{PARAGRAPH}</p><p>{OTHER}</p></body></html>")
    assert article.title == TITLE
    assert "¶" not in article.text and "📰" not in article.text


def test_a_heading_s_quotes_stay() -> None:
    """Punctuation set in its own element is no icon: the quoted headline keeps its quotes."""
    title = "<span>«</span>قصف على ريف إدلب<span>»</span>"
    article = marsad.extract(
        f"<html><head><title>«{TITLE}»</title></head><body><h1>{title}</h1>"
        f"<p>{PARAGRAPH}</p><p>{OTHER}</p></body></html>")
    assert article.title == f"«{TITLE}»"


def test_a_bare_position_counter_is_a_page_number() -> None:
    assert line_reason("١ من ٧") == "page_number"
    assert line_reason("صفحة 2 من 5") == "page_number"
    assert line_reason("قتل 3 من 7 ركاب") is None
