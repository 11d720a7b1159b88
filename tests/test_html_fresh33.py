"""The general rules that the thirty-third held-out pass's page templates
(``eval_templates.json``, ``"pass": 33``, scored once before any rule change;
``test_html_fresh`` renders them) led to (boilerplate 2026.12.26): an office suite's page
footer as it exports a document to HTML (LibreOffice's ``<div title="footer">``: the
sender's address, a «نسخة إلى» copy list) is page chrome, named by that attribute alone;
a print document's continuation marker alone on its line («(يتبع في الصفحة التالية)»,
«يتبع», «البقية ص 4») is debris. Each rule has a case that must keep the text."""

from __future__ import annotations

import pytest

import marsad
from test_html_fresh import ARTICLES, OTHER, PARAGRAPH, TITLE, line_reason, render

FOOTER = "شارع الوزارات، مجمع ب، الطابق الرابع · هاتف ٠٧٧٠٠٠٠١٢٣٤"


@pytest.mark.parametrize(("title", "paragraphs"), ARTICLES, ids=["long", "short"])
def test_an_exported_documents_footer_is_chrome(title: str, paragraphs: list[str]) -> None:
    article = marsad.extract(render("libreoffice_export_statement", title, paragraphs).encode())
    assert all(p in article.text for p in paragraphs)
    assert "شارع الوزارات" not in article.text and "نسخة إلى" not in article.text
    assert "يتبع" not in article.text


def exported(tail: str) -> str:
    """A document as an office suite exports it: no article or main region, only blocks."""
    return (f"<html><head><title>{TITLE}</title></head><body dir='rtl'><p><b>{TITLE}</b></p>"
            f"<p>{PARAGRAPH}</p><p>{OTHER}</p>{tail}</body></html>")


def test_a_footer_title_on_a_plain_page_goes() -> None:
    article = marsad.extract(exported(f"<div title='footer'><p>{FOOTER}</p></div>").encode())
    assert article.text.endswith(OTHER) and FOOTER not in article.text


@pytest.mark.parametrize("title", ["footer links", "تذييل", "header"])
def test_other_div_titles_keep_their_text(title: str) -> None:
    """Only the export's own «footer» title names a footer; a tooltip is no region. Under
    the text the address with its phone is a contact block (``contact``, since the third
    leftovers pass), but never a ``page_footer``; among the paragraphs it is text."""
    article = marsad.extract(exported(f"<div title='{title}'><p>{FOOTER}</p></div>").encode())
    assert article.text.endswith(OTHER)
    assert {r.reason for r in article.removed if r.text == FOOTER} <= {"contact"}
    between = marsad.extract(
        (f"<html><head><title>{TITLE}</title></head><body dir='rtl'><p><b>{TITLE}</b></p>"
         f"<p>{PARAGRAPH}</p><div title='{title}'><p>{FOOTER}</p></div><p>{OTHER}</p>"
         "</body></html>").encode())
    assert FOOTER in between.text


@pytest.mark.parametrize("line", ["(يتبع في الصفحة التالية)", "يتبع", "(يتبع)", "يتبع ص 5",
                                  "تابع في الصفحة 3", "البقية في الصفحة التالية", "[التتمة ص4]"])
def test_a_continuation_marker_is_debris(line: str) -> None:
    assert line_reason(line) == "page_number"
    article = marsad.extract(f"{TITLE}\n{PARAGRAPH}\n{line}\n{OTHER}".encode())
    assert line not in article.text and OTHER in article.text


@pytest.mark.parametrize("line", ["يتبع الوفد جولته غدا في المحافظات الجنوبية.",
                                  "تابع الرئيس الاجتماع من مكتبه.", "تابعونا",
                                  "البقية تأتي"])
def test_sentences_opening_with_the_words_stay(line: str) -> None:
    assert line_reason(line) is None
