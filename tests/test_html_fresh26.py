"""The general rules that the twenty-sixth held-out pass's page templates
(``eval_templates.json``, ``"pass": 26``, scored once before any rule change;
``test_html_fresh`` renders them) led to: a forum post's member card set as one ``<dl>`` a
pair («إنضم | 12 يناير 2011», «المشاركات | 18,402») is one meta list under the headline; a
headline opened by a thread prefix («منقول» in its own ``<span>``) is still the headline; a
wiki's ``<title>`` that is a page id («news:2024:ports [الويكي]») names no article, a link to
the wiki's start page («/doku.php?id=start») is a logo, and a page wrapper whose class says
it has a sidebar («showSidebar hasSidebar») is no sidebar; an italic closing note counts the
paragraphs a store's rich text wraps in ``<div>``s; one headline-length link under a
«label:» («↙ اقرأ في اليوميات: …») is a promo; a design tool's layer name
(``data-framer-name="Credit"``) marks a credit; an ad unit's class word («billboard») marks
furniture. Each rule has a case that must keep the text."""

from __future__ import annotations

import marsad
from test_html_fresh import ARTICLES, OTHER, PARAGRAPH, TITLE, page, render

LONG_PARAGRAPH = PARAGRAPH + " " + OTHER


def with_card(pairs: list[tuple[str, str]]) -> str:
    """The text of a forum post: a prefixed headline, a member card of one-pair <dl>s."""
    card = "".join(
        f"<dl class='pairs'><dt>{term}</dt><dd>{value}</dd></dl>" for term, value in pairs
    )
    html = (
        f"<html><head><title>{TITLE} | منتدى</title></head><body><h1><span class='label'>"
        f"منقول</span> {TITLE}</h1><div class='message-userExtras'>{card}</div>"
        f"<div class='bbWrapper'>{PARAGRAPH}<br>\n<br>{OTHER}</div></body></html>"
    )
    return marsad.extract(html).text


def test_a_member_card_of_one_pair_lists_under_a_prefixed_headline_goes() -> None:
    """The XenForo template itself: in a minimal page trafilatura drops the card anyway."""
    title, paragraphs = ARTICLES[0]
    article = marsad.extract(render("xenforo_forum_thread", title, paragraphs))
    assert article.text.split("\n\n") == paragraphs
    assert {"المشاركات", "18,402", "الإقامة", "جدة"} <= {
        r.text for r in article.removed if r.reason == "page_header"
    }


def test_one_pair_lists_of_sentences_stay() -> None:
    """Values that are sentences: a glossary set pair by pair, part of the text."""
    sentence = "مجموعة من الفصائل المسلحة التي تقاتل في ريف إدلب منذ سنوات طويلة"
    text = with_card([("هيئة التحرير", sentence), ("الجبهة الوطنية", sentence + " أيضاً")])
    assert sentence in text


def wiki(title: str) -> marsad.Article:
    html = (
        f"<html><head><title>{title}</title></head><body><div class='dokuwiki "
        "showSidebar hasSidebar'><div id='dokuwiki__header'><h1><a href='/doku.php?id=start'>"
        "<span>ويكي المنظمات</span></a></h1></div><div id='dokuwiki__content'>"
        f"<h1>{TITLE}</h1><p>{PARAGRAPH}</p><p>{OTHER}</p></div></div></body></html>"
    )
    return marsad.extract(html)


def test_a_wikis_page_id_title_gives_way_to_its_one_headline() -> None:
    article = wiki("news:2024:idlib [ويكي المنظمات]")
    assert article.title == TITLE and article.text.split("\n\n") == [PARAGRAPH, OTHER]


def test_a_worded_title_field_is_still_read() -> None:
    """A field of words (no page id) that the headline shortens: the headline still wins,
    and a field that is a sentence is no page id."""
    assert wiki(f"{TITLE} - ويكي المنظمات").title == TITLE


def store_post(last: str) -> str:
    rich = (
        f"<div class='rte'><div><p>{PARAGRAPH}</p></div><div class='product'><b>مذكرات "
        f"بحّار</b></div><div><p>{OTHER}</p></div>{last}</div>"
    )
    return marsad.extract(page(rich)).text


def test_an_italic_note_after_div_wrapped_paragraphs_goes() -> None:
    text = store_post(
        "<p><em>الصورة أعلاه بإذن من أرشيف العائلة، ولا يجوز إعادة استخدامها.</em></p>"
    )
    assert "أرشيف العائلة" not in text and OTHER in text


def test_a_plain_last_paragraph_after_div_wrapped_paragraphs_stays() -> None:
    last = "وأضاف المسؤول أن فرق الإنقاذ ما زالت تبحث عن مفقودين تحت الأنقاض."
    assert last in store_post(f"<p>{last}</p>")


def with_line(line: str) -> str:
    return marsad.extract(page(f"<p>{PARAGRAPH}</p><p>{line}</p><p>{OTHER}</p>")).text


def test_a_headline_length_link_under_a_label_is_a_promo() -> None:
    text = with_line(
        "<strong>↙ اقرأ في اليوميات: </strong><a href='/j/kits'>حقائب الشتاء وصلت إلى ٤٠٠ أسرة</a>"
    )
    assert text.split("\n\n") == [PARAGRAPH, OTHER]


def test_a_short_link_under_a_label_stays() -> None:
    """A link of a name or two under its label is a source or a document, not a headline."""
    assert "تقرير الوزارة" in with_line("وللاطلاع على التفاصيل: <a href='/r'>تقرير الوزارة</a>")


def test_a_layer_named_credit_under_an_image_goes() -> None:
    head = (
        "<div data-framer-name='Image'><img src='/a.jpg' alt=''></div><div "
        "data-framer-name='Credit'><p>📷 التقطها متطوعو الفريق الميداني</p></div>"
    )
    text = marsad.extract(
        f"<html><head><title>{TITLE}</title></head><body><main><h1>{TITLE}"
        f"</h1>{head}<div data-framer-name='Content'><p>{PARAGRAPH}</p>"
        f"<p>{OTHER}</p></div></main></body></html>"
    ).text
    assert text.split("\n\n") == [PARAGRAPH, OTHER]


def test_an_ad_units_box_goes_after_a_short_article() -> None:
    box = (
        "<div class='crayons-card crayons-layout__content--billboard'><p><strong>برعاية"
        "</strong></p><p>انضم إلى أكثر من ٤٠ ألف مطور عربي يتبادلون الخبرات يومياً.</p></div>"
    )
    assert marsad.extract(page(f"<p>{LONG_PARAGRAPH}</p>{box}")).text == LONG_PARAGRAPH
