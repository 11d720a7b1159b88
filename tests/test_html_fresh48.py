"""The general rules that the forty-eighth held-out pass's page templates
(``eval_templates.json``, ``"pass": 48``, scored once before any rule change;
``test_html_fresh`` renders them) led to: a label written for screen readers alone is no
word of the headline or the text; a rule (``<hr>``) setting off one short block at the close
of a text sets off a note; of a title field's two sides, both headings, the one inside the
page's ``<main>`` is the headline; a block declared in another language than the page's,
its letters mostly not Arabic, is another text; a small table of label and value pairs
under the headline is the header's furniture with one date or number among its rows."""

from __future__ import annotations

import pytest
from lxml import etree
from lxml import html as lxml_html

import marsad
from marsad.stages import html
from test_html_fresh import OTHER, PARAGRAPH, TITLE

THIRD = PARAGRAPH.replace("مدنيين", "أربعة")


def _mail(voice: str) -> str:
    """A webmail's message view: the subject's heading opens on a label ``voice`` marks."""
    return (f"<html><head><title>البريد :: {TITLE}</title></head><body><div id='content'>"
            f"<h2 class='subject'><span class='{voice}'>الموضوع: </span>{TITLE}</h2>"
            f"<div class='pre'>{PARAGRAPH}<br>\n<br>\n{OTHER}</div></div></body></html>")


def test_a_screen_reader_label_is_no_word_of_the_headline_or_the_text() -> None:
    for voice in ("voice", "sr-only", "visually-hidden", "screen-reader-text"):
        article = marsad.extract(_mail(voice))
        assert article.title == TITLE, voice
        assert article.text.split("\n\n") == [PARAGRAPH, OTHER], voice


def test_a_label_a_reader_sees_stays() -> None:
    """Without the mark the label is shown: the heading is the label and the title."""
    article = marsad.extract(_mail("label"))
    assert "الموضوع" in f"{article.title} {article.text}"


def test_a_screen_reader_headline_stays() -> None:
    """A page may hide its <h1> from sight under a logo: it is still the headline."""
    page = (f"<html><head><title>{TITLE}</title></head><body><main>"
            f"<h1 class='sr-only'>{TITLE}</h1><p>{PARAGRAPH}</p><p>{OTHER}</p>"
            "</main></body></html>")
    assert marsad.extract(page).title == TITLE


_OFFER = "هل تريد نسخة أقصر من مئة كلمة لحسابات التواصل الاجتماعي؟"


def _answer(after_rule: str) -> str:
    """A chat's shared answer: the story, a rule, what follows it."""
    return (f"<html><head><title>{TITLE}</title></head><body><div class='markdown'>"
            f"<h1>{TITLE}</h1><p>{PARAGRAPH}</p><p>{OTHER}</p><hr>{after_rule}"
            "</div></body></html>")


def test_one_short_block_a_rule_sets_off_at_the_close_is_a_note() -> None:
    article = marsad.extract(_answer(f"<p>{_OFFER}</p>"))
    assert article.text.split("\n\n") == [PARAGRAPH, OTHER]
    assert "ruled_note" in {line.reason for line in article.removed}
    transcriber = "<div class='note'><p><b>ملاحظات الناسخ:</b> صُحّحت الأخطاء المطبعية.</p></div>"
    assert marsad.extract(_answer(transcriber)).text.split("\n\n") == [PARAGRAPH, OTHER]


def test_a_section_after_a_rule_stays() -> None:
    """Two blocks after the rule are a section of the text, the short one among them too."""
    article = marsad.extract(_answer(f"<p>{THIRD}</p><p>{_OFFER}</p>"))
    assert article.text.split("\n\n") == [PARAGRAPH, OTHER, THIRD, _OFFER]


def test_a_rule_no_prose_comes_before_closes_no_text() -> None:
    page = (f"<html><head><title>{TITLE}</title></head><body><h1>{TITLE}</h1>"
            f"<div><hr><p>{PARAGRAPH}</p></div><p>{OTHER}</p></body></html>")
    assert PARAGRAPH in marsad.extract(page).text.split("\n\n")


def _book(chapter: str) -> str:
    """A book's chapter: the book's name in a bar's <h1>, the chapter's in <main>."""
    book = "التقرير السنوي ٢٠٢٦ – شبكة المراسلين المحليين"
    return (f"<html><head><title>{chapter} - {book}</title></head><body>"
            f"<div id='menu-bar'><button>بحث</button><h1 class='menu-title'>{book}</h1></div>"
            f"<main><h1 id='s'><a class='header' href='#s'>{chapter}</a></h1>"
            f"<p>{PARAGRAPH}</p><p>{OTHER}</p></main></body></html>")


def test_of_two_sides_both_headings_the_one_in_main_is_the_headline() -> None:
    assert marsad.extract(_book(TITLE)).title == TITLE  # shorter than the book's name


def test_a_side_outside_main_is_chosen_when_main_holds_neither() -> None:
    page = _book(TITLE).replace("<main>", "<div>").replace("</main>", "</div>")
    assert marsad.extract(page).title != TITLE  # as before: the longer side


_LICENCE = ("<section lang='en'><h2>THE FULL PROJECT GUTENBERG LICENSE</h2>"
            "<p>PLEASE READ THIS BEFORE YOU DISTRIBUTE OR USE THIS WORK</p><p>To protect the "
            "mission of promoting the free distribution of electronic works, you agree to "
            "comply with all the terms of the license.</p></section>")


def _ebook(declared: str, licence: str = _LICENCE) -> str:
    return (f"<html {declared}><head><title>{TITLE}</title></head><body><div class='book'>"
            f"<h1>{TITLE}</h1><p>{PARAGRAPH}</p><p>{OTHER}</p></div>{licence}</body></html>")


def test_a_block_in_another_language_than_the_pages_is_another_text() -> None:
    for declared in ("lang='ar'", "xml:lang='ar'"):
        article = marsad.extract(_ebook(declared))
        assert article.text.split("\n\n") == [PARAGRAPH, OTHER], declared


def test_a_block_in_the_pages_language_or_mostly_arabic_stays() -> None:
    """An English page's English block is its text; a block declared English whose letters
    are Arabic was declared wrongly; with no language on the page nothing is compared."""
    assert "PLEASE READ" in marsad.extract(_ebook("lang='en'")).text
    assert "PLEASE READ" in marsad.extract(_ebook("")).text
    wrong = f"<div lang='en'><p>{THIRD}</p></div>"
    assert THIRD in marsad.extract(_ebook("lang='ar'", wrong)).text


def _header_table(second: str) -> str:
    return (f"<html><head><title>{TITLE}</title></head><body><div class='message'>"
            f"<h2>{TITLE}</h2><table class='headers'><tr><td>أولوية</td><td>عاجل</td></tr>"
            f"<tr><td>رقم البرقية</td><td>{second}</td></tr></table>"
            f"<div class='body'><p>{PARAGRAPH}</p></div></div></body></html>")


def test_a_small_table_of_label_value_pairs_with_one_number_is_header_furniture() -> None:
    article = marsad.extract(_header_table("RW-2026-120614"))
    assert article.text == PARAGRAPH


def test_a_pairs_table_with_no_number_is_no_meta_table() -> None:
    """Words alone in every row: a small table of names, read as before."""
    article = marsad.extract(_header_table("نشرة المساء"))
    assert "نشرة المساء" in article.text


# Review mends of pass 48 (2026-12-07)


def test_a_page_of_many_rules_is_read_once_per_container(monkeypatch: pytest.MonkeyPatch) -> None:
    """A forum's or a log's page of 2,000 posts, a rule after each: the rule's container is
    read once from its end, not once per rule to its end (counted in texts read, which
    stops a quadratic reading at once rather than timing it)."""
    rules = 2_000
    tree = lxml_html.document_fromstring(
        f"<html><body><div>{f'<p>{PARAGRAPH}</p><hr>' * rules}</div></body></html>")
    read = 0
    element_text = html._element_text

    def counted(element: etree._Element) -> str:
        nonlocal read
        read += 1
        assert read <= 2 * rules, "the rules' blocks are read more than once each"
        return element_text(element)

    monkeypatch.setattr(html, "_element_text", counted)
    assert html._ruled_closing_notes(tree) == set()


def test_the_texts_own_closing_sentence_after_a_rule_stays() -> None:
    """A statement ending on a stop or an ellipsis, no label before it, is the text's."""
    for closing in ("وتبقى الأسئلة مفتوحة حول مستقبل المدينة وسكانها بعد القصف…",
                    "وتبقى الأسئلة مفتوحة حول مستقبل المدينة وسكانها بعد القصف."):
        article = marsad.extract(_answer(f"<p>{closing}</p>"))
        assert article.text.split("\n\n") == [PARAGRAPH, OTHER, closing], closing
    credits = ("<p><em>المراسل: فريق الشمال · التحقق: وحدة التدقيق · "
               "آخر مراجعة للفصل: ٢٠٢٦-١١-٣٠</em></p>")
    assert marsad.extract(_answer(credits)).text.split("\n\n") == [PARAGRAPH, OTHER]


def test_a_site_name_heading_in_main_is_no_chapter() -> None:
    """«<headline> - <site>»: the site's name is the second side; a <main> that opens on it
    under the headline in the page's <header> does not make it the title."""
    site = "موقع الخبر"
    page = (f"<html><head><title>{TITLE} - {site}</title></head><body>"
            f"<header><h1>{TITLE}</h1></header><main><h2>{site}</h2>"
            f"<p>{PARAGRAPH}</p><p>{OTHER}</p></main></body></html>")
    assert marsad.extract(page).title == TITLE


def test_a_quotation_in_another_language_inside_the_text_stays() -> None:
    quote = ("We will rebuild every school that was damaged, and we will do it before the "
             "next school year begins.")
    for tag in ("blockquote", "p"):
        block = f"<{tag} lang='en'>{quote}</{tag}>"
        page = (f"<html lang='ar'><head><title>{TITLE}</title></head><body><div class='book'>"
                f"<h1>{TITLE}</h1><p>{PARAGRAPH}</p>{block}<p>{OTHER}</p></div>"
                f"{_LICENCE}</body></html>")
        article = marsad.extract(page)
        assert quote in article.text, tag
        assert "PLEASE READ" not in article.text, tag
