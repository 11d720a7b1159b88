"""The general rules that the fortieth held-out pass's page templates
(``eval_templates.json``, ``"pass": 40``, scored once before any rule change;
``test_html_fresh`` renders them) led to: where the text's own type size is set in inline
styles (an office export sets every run so), a block set a step or more smaller after the
text has begun is the document's fine print (a «مُلصق من <…>» source line, a tag legend, the
exporter's line, an organisation's «about» note); a row of buttons under the headline (a
paper's «تنزيل ملف PDF» bar) is no lead."""

from __future__ import annotations

import marsad
from test_html_fresh import LONG, OTHER, PARAGRAPH, SHORT, TITLE, page, render

PASTED = "مُلصق من <https://example.org/ar/archive/2026/12/item-5521>"
EXPORTER = "تم إنشاؤه باستخدام برنامج الملاحظات."


def office(body: str) -> str:
    """An office export: the text's size on <body>, each block styled inline."""
    return (f"<html><head><title>{TITLE}</title></head>"
            "<body style='font-family:Calibri;font-size:11.0pt'><div>"
            f"<p style='font-size:20.0pt'>{TITLE}</p>{body}</div></body></html>")


def para(text: str, size: str = "11.0pt") -> str:
    return f"<p style='margin:0in;font-size:{size}'><span>{text}</span></p>"


def test_blocks_set_a_step_smaller_than_an_office_exports_text_are_fine_print() -> None:
    body = (para(PARAGRAPH) + para(PASTED.replace("<", "&lt;").replace(">", "&gt;"), "9.0pt")
            + para(OTHER) + para(EXPORTER, "9.0pt"))
    article = marsad.extract(office(body))
    assert article.text.split("\n\n") == [PARAGRAPH, OTHER]
    reasons = {r.text: r.reason for r in article.removed}
    assert reasons[PASTED] == reasons[EXPORTER] == "fine_print"


def test_a_size_a_little_under_the_texts_or_a_small_dateline_stays() -> None:
    """10pt under 11pt is a heading's or a date's step, not fine print; a small dateline
    is the header's, which the clean stage reads."""
    article = marsad.extract(office(para("عمّان في 16/4/2018", "8.0pt") + para(PARAGRAPH)
                                    + para(OTHER, "10.0pt")))
    assert article.text.split("\n\n")[-2:] == [PARAGRAPH, OTHER]
    assert "fine_print" not in {r.reason for r in article.removed}


def test_inline_sizes_on_a_page_whose_text_has_none_mark_nothing() -> None:
    """A web page that sizes a widget inline says nothing of its text's size: its unsized
    paragraphs are the text, and a paragraph styled smaller inline stays."""
    body = f"<p>{PARAGRAPH}</p><p style='font-size:12px'>{OTHER}</p>"
    assert marsad.extract(page(body)).text.split("\n\n") == [PARAGRAPH, OTHER]


def test_a_row_of_buttons_under_the_headline_is_no_lead() -> None:
    bar = ("<div class='card-actions'><button>تنزيل ملف PDF مجانًا</button> "
           "<button>عرض ملف PDF</button> <button>الاستشهاد بهذه الورقة</button></div>")
    html = (f"<html><head><title>{TITLE}</title></head><body><div class='card'>"
            f"<h1>{TITLE}</h1>{bar}</div><div class='reader'><p>{PARAGRAPH}</p>"
            f"<p>{OTHER}</p></div></body></html>")
    assert marsad.extract(html).text.split("\n\n") == [PARAGRAPH, OTHER]


def test_the_office_notebook_template_keeps_no_fine_print() -> None:
    for paragraphs in (LONG, SHORT):
        article = marsad.extract(render("onenote_web_export", "هجوم على دورية",
                                        paragraphs).encode())
        assert article.title == "هجوم على دورية"
        assert all(p in article.text for p in paragraphs)
        assert "مُلصق من" not in article.text
        assert "OneNote" not in article.text
