"""The general rules of the sixth leftovers pass (no new templates): what the earlier held-out
passes left open (``OPEN`` in ``test_html_fresh``), each removed by a rule reading the
structure that holds the debris. Two or more labelled fields in a row after the text (a news
database's «Classification»: «Language: ARABIC», «Load-Date: …») go as ``record_field``,
and the heading over them then heads nothing, nor are they prose a box must hold: a heading
set just before the box holding all the text («Body») labels the body's container and goes as
``page_header``, as the box's own sole heading does. A heading with only an end marker («End of
Document») under it heads nothing too. Three debris rules of ``boilerplate.json``: a
database's end marker «End of Document», a copyright line opened by «(c)» as by «©», and a
document's number alone after its label («Document WASATD0020261206elc60002t»). Each rule
has its negative case: what looks alike and stays."""

from __future__ import annotations

import marsad
from test_html_fresh import OTHER, PARAGRAPH, TITLE


def _page(body: str) -> str:
    return (f"<html><head><title>{TITLE}</title></head><body><h1>{TITLE}</h1>{body}"
            "</body></html>")


def _reasons(article: marsad.Article) -> dict[str, str]:
    return {line.text: line.reason for line in article.removed}


def _paragraphs(*texts: str) -> str:
    return "".join(f"<p>{text}</p>" for text in texts)


# -- a record's fields after the text ----------------------------------------------------

_FIELDS = ["Language: ARABIC", "Publication-Type: Newspaper",
           "Subject: ARMED FORCES (90%); CONFLICTS &amp; WAR (89%); HUMANITARIAN ASSISTANCE "
           "(76%); CIVIL SERVICES (71%)", "Load-Date: December 7, 2026"]


def test_a_run_of_labelled_fields_after_the_text_goes() -> None:
    """A news database's classification under the story: each line a label, a colon and a
    short value; the index terms' line is long enough to read as prose, and goes with them."""
    article = marsad.extract(_page(_paragraphs(PARAGRAPH, OTHER, *_FIELDS)))
    assert article.text.split("\n\n") == [PARAGRAPH, OTHER]
    assert _reasons(article)["Language: ARABIC"] == "record_field"
    assert _reasons(article)["Load-Date: December 7, 2026"] == "record_field"


def test_a_heading_over_the_fields_and_an_end_marker_go() -> None:
    """«Classification» heads only the fields that went and the «End of Document» marker:
    it heads nothing; the marker is a debris rule's end marker."""
    article = marsad.extract(_page(
        f"<article>{_paragraphs(PARAGRAPH, OTHER)}<h2>Classification</h2>"
        f"{_paragraphs(*_FIELDS)}<p>End of Document</p></article>"))
    assert article.text.split("\n\n") == [PARAGRAPH, OTHER]
    assert _reasons(article)["Classification"] == "empty_heading"
    assert _reasons(article)["End of Document"] == "end_marker"


def test_one_labelled_line_after_the_text_stays() -> None:
    """One «label: value» line alone may be the text's own closing note («المكان: …»)."""
    source = "المكان: ريف إدلب الجنوبي"
    article = marsad.extract(_page(_paragraphs(PARAGRAPH, OTHER, source)))
    assert article.text.split("\n\n") == [PARAGRAPH, OTHER, source]


def test_labelled_sentences_after_the_text_stay() -> None:
    """Lines saying something after a colon close as sentences: a quoted exchange, no
    record's fields."""
    said = ["قال الوزير: إن الوضع مستقر.", "وأضاف المتحدث: لا تغيير في الخطة."]
    article = marsad.extract(_page(_paragraphs(PARAGRAPH, OTHER, *said)))
    assert article.text.split("\n\n") == [PARAGRAPH, OTHER, *said]


def test_labelled_lines_among_the_paragraphs_stay() -> None:
    """Fields before the text's last line of prose are the text's (a results list)."""
    fields = ["الفائز الأول: سامر الحلبي", "الفائز الثاني: ليلى جابر"]
    article = marsad.extract(_page(_paragraphs(PARAGRAPH, *fields, OTHER)))
    assert article.text.split("\n\n") == [PARAGRAPH, *fields, OTHER]


def test_a_heading_over_a_line_that_is_no_end_marker_stays() -> None:
    """A heading with a short line under it heads that line."""
    article = marsad.extract(_page(
        f"<article>{_paragraphs(PARAGRAPH, OTHER)}<h2>ملاحظة</h2>"
        "<p>نهاية الأسبوع المقبل</p></article>"))
    assert article.text.split("\n\n")[-2:] == ["ملاحظة", "نهاية الأسبوع المقبل"]


# -- a heading set just before the box that holds the text ----------------------------

def test_a_heading_just_before_the_box_holding_all_the_text_goes() -> None:
    """«Body» set before the box of the story's paragraphs, not in it, labels the body's
    container, as the box's own sole heading would (a database's «Body» over a one-paragraph
    story, with the classification fields under the box)."""
    article = marsad.extract(_page(
        f"<article><h2>Body</h2><div class='body'>{_paragraphs(PARAGRAPH)}</div>"
        f"<h2>Classification</h2><div class='fields'>{_paragraphs(*_FIELDS)}</div>"
        "</article>"))
    assert article.text == PARAGRAPH
    assert _reasons(article)["Body"] == "page_header"


def test_a_heading_just_before_a_box_holding_part_of_the_text_stays() -> None:
    """A subheading over a box that holds one section of the text divides the text."""
    article = marsad.extract(_page(
        f"<article><h2>خلفية</h2><div class='part'>{_paragraphs(PARAGRAPH)}</div>"
        f"{_paragraphs(OTHER)}</article>"))
    assert article.text.split("\n\n") == ["خلفية", PARAGRAPH, OTHER]


# -- a database's copyright and document number -----------------------------------------

_COPYRIGHT = "(c) 2026 دار الوسط للصحافة والنشر. جميع الحقوق محفوظة."
_NUMBER = "Document WASATD0020261206elc60002t"


def test_a_c_copyright_line_and_a_document_number_go() -> None:
    """«(c)» opens a copyright line as «©» does; «Document» and a code holding a digit is
    the record's number."""
    article = marsad.extract(_page(_paragraphs(_COPYRIGHT, PARAGRAPH, OTHER, _NUMBER)))
    assert article.text.split("\n\n") == [PARAGRAPH, OTHER]
    assert _reasons(article)[_COPYRIGHT] == "copyright"
    assert _reasons(article)[_NUMBER] == "document_number"


def test_a_document_position_and_a_bracketed_c_in_a_sentence_stay() -> None:
    """«Document 3 of 218» has no code; a «(c)» item inside a sentence opens no line."""
    listed = "وتضمنت الاتفاقية بنودا عدة، منها البند (c) الخاص بتقاسم المياه بين البلدين."
    article = marsad.extract(_page(_paragraphs(PARAGRAPH, listed, OTHER, "Document 3 of 218")))
    assert article.text.split("\n\n")[:3] == [PARAGRAPH, listed, OTHER]
    assert "document_number" not in _reasons(article).values()
