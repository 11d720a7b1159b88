"""The general rules that the twenty-eighth held-out pass's page templates
(``eval_templates.json``, ``"pass": 28``, scored once before any rule change;
``test_html_fresh`` renders them) led to (boilerplate 2026.12.23): a web component's custom
element (a tag with a hyphen, Salesforce's ``<lightning-formatted-rich-text>``) around the
paragraphs is a wrapper, not a leaf block, so the whole body is no longer taken for a lead
under the headline and put back before the body it repeats; a portal's sibling components
(same tag, a shared class word: WebSphere's stacked portlets) beside the one holding the
headline and the text are side material when they hold no prose. Each rule has a case that
must keep the text."""

from __future__ import annotations

import pytest

import marsad
from test_html_fresh import ARTICLES, OTHER, PARAGRAPH, page, render


@pytest.mark.parametrize(("title", "paragraphs"), ARTICLES, ids=["long", "short"])
def test_the_knowledge_article_is_read_once(title: str, paragraphs: list[str]) -> None:
    """The Salesforce template: each paragraph once, no field label of the record layout
    (the one-cell «تنبيه:» note between the paragraphs is still open:
    ``test_html_fresh.OPEN``)."""
    text = marsad.extract(render("salesforce_knowledge_article", title, paragraphs).encode()).text
    assert all(text.count(p) == 1 for p in paragraphs), text
    for gone in ("المعلومات", "مقالة معرفية منشورة للعموم", "الجمهور المستهدف"):
        assert gone not in text, gone


@pytest.mark.parametrize(("title", "paragraphs"), ARTICLES, ids=["long", "short"])
def test_the_portal_s_other_portlets_go(title: str, paragraphs: list[str]) -> None:
    text = marsad.extract(render("websphere_portal_ministry", title, paragraphs).encode()).text
    assert all(p in text for p in paragraphs)
    for gone in ("أخبار أخرى", "قيّم هذه الصفحة", "متوسط التقييم"):
        assert gone not in text, gone


def wrapped(tag: str) -> str:
    """The text of a page whose labelled field holds the paragraphs in a ``tag`` wrapper."""
    return marsad.extract(page(
        f"<div class='section'><span class='label'>التفاصيل</span><div class='control'>"
        f"<{tag} class='rich'><p>{PARAGRAPH}</p><p>{OTHER}</p></{tag}></div></div>")).text


def test_paragraphs_in_a_custom_element_are_read_once() -> None:
    text = wrapped("lightning-formatted-rich-text")
    assert text.count(PARAGRAPH) == 1 and text.count(OTHER) == 1


def test_paragraphs_in_a_plain_wrapper_are_read_once_too() -> None:
    """The same shape with an inline HTML wrapper, read so before this pass."""
    text = wrapped("span")
    assert text.count(PARAGRAPH) == 1 and text.count(OTHER) == 1


def portlets(other: str) -> str:
    """A page of three stacked components of one class: the article's, then ``other``,
    then a rating box."""
    return marsad.extract(
        "<html><head><title>قصف على ريف إدلب</title></head><body><div class='column'>"
        "<section class='control c1'><h1>قصف على ريف إدلب</h1>"
        f"<p>{PARAGRAPH}</p><p>{OTHER}</p></section>"
        f"<section class='control c2'><h2>من الأرشيف</h2>{other}</section>"
        "<section class='control c3'><h2>قيّم هذه الصفحة</h2><p>متوسط التقييم ٤ من ٥ "
        "(٣١٢ مقيِّماً)</p></section></div></body></html>").text


def test_sibling_components_without_prose_go() -> None:
    text = portlets("<p>٣ فبراير ٢٠٢٤</p>")
    assert "من الأرشيف" not in text and "قيّم هذه الصفحة" not in text
    assert "متوسط التقييم" not in text
    assert PARAGRAPH in text and OTHER in text


def test_a_sibling_component_holding_prose_stays() -> None:
    """Prose in a sibling component of the same class is read as the rest of the page's
    rules read it: the component rule takes only those that hold none."""
    more = "وأضاف المسؤول أن فرق الدفاع المدني ما زالت تبحث عن مفقودين تحت أنقاض المباني."
    assert more in portlets(f"<p>{more}</p>")


def test_a_story_told_in_sibling_units_keeps_its_short_ones() -> None:
    """When more than the headline's component holds prose, the components are the story's
    own units (a thread's posts, one paragraph each, as the Mastodon template of pass 18 has
    them): a short one, a subheading posted alone, is the story's text, not a side box."""
    subheading = "انقسام بين الفصائل"
    text = marsad.extract(
        "<html><head><title>قصف على ريف إدلب</title></head><body><div class='thread'>"
        f"<div class='entry e1'><h1>قصف على ريف إدلب</h1><p>{PARAGRAPH}</p></div>"
        f"<div class='entry e2'><p>{subheading}</p></div>"
        f"<div class='entry e3'><p>{OTHER}</p></div></div></body></html>").text
    assert subheading in text and PARAGRAPH in text and OTHER in text
