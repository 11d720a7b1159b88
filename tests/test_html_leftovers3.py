"""The general rules of the third leftovers pass (no new templates): leftovers that earlier
held-out passes left open (``OPEN`` in ``test_html_fresh``) and that a rule reading a page's
structure removes. The only heading of the box holding the text labels the body's container
even when a references list follows the box (the text ends where its header opens); a
contact block (a line holding a phone number or an e-mail address and a word naming the
channel, with the contact label or prompt just before it) goes where it stands apart from the
text: after its last prose line or under its own label or prompt. Each rule
has its negative case: what looks alike and stays."""

from __future__ import annotations

import marsad
from test_html_fresh import OTHER, PARAGRAPH, TITLE

REFERENCES = ("<section><h2>المراجع</h2><ul>"
              "<li>أبو زيد، ف. (2015). الصحافة الإلكترونية في الوطن العربي وتحولات الجمهور. "
              "عمان: دار الشروق للنشر والتوزيع.</li>"
              "<li>العبد الله، م. (2016). جمهور الأخبار على المنصات الاجتماعية في العالم العربي. "
              "بيروت: دار النهضة العربية.</li></ul></section>")


def _journal(after: str) -> str:
    """A journal's article page: the abstract's box holding the text, and ``after`` under
    it."""
    return (f"<html><head><title>{TITLE}</title></head><body><main><h1>{TITLE}</h1>"
            f"<section><h2>الملخص</h2><p>{PARAGRAPH}</p><p>{OTHER}</p></section>{after}"
            "</main></body></html>")


def test_the_body_boxs_label_goes_though_references_follow() -> None:
    """OJS (pass 34): «الملخص» heads the box that holds the whole text; the references
    under it are the clean stage's, no prose the box must hold."""
    article = marsad.extract(_journal(REFERENCES))
    assert article.text.split("\n\n") == [PARAGRAPH, OTHER]
    assert "page_header" in {r.reason for r in article.removed if r.text == "الملخص"}


def test_a_sections_heading_stays_when_prose_follows_outside_its_box() -> None:
    """A sectioned text: the first section's heading divides the text, for the next
    section's prose lies outside its box. A guard: it passes on the code before the rule
    too (7657bcd), and keeps the rule from taking a section's heading."""
    more = OTHER.replace("ثلاثة أطفال", "عاملين في الإغاثة")
    article = marsad.extract(_journal(f"<section><h2>التطورات</h2><p>{more}</p></section>"))
    assert "الملخص" in article.text and more in article.text


def _with(box: str) -> str:
    return (f"<html><head><title>{TITLE}</title></head><body><article><h1>{TITLE}</h1>"
            f"<p>{PARAGRAPH}</p>{box}<p>{OTHER}</p></article></body></html>")


def test_a_contact_block_apart_from_the_text_goes() -> None:
    """A site's contact strip between sections (canva, pass 46) and a release's media
    contact (Word, pass 47): the line with the number or address and a channel's word goes,
    with its label or prompt just before it."""
    for box in ("<h3>تواصل معنا</h3><p>البريد: info@jusoor-edu.org — واتساب: ٠٠٩٦٣٩٤٤٠٠٠١١١</p>",
                "<p>لمزيد من المعلومات يرجى التواصل مع:</p><p>هاتف: 962-6-5531144+ فرعي 212</p>"):
        article = marsad.extract(_with(box))
        assert article.text.split("\n\n") == [PARAGRAPH, OTHER], box
        assert {r.reason for r in article.removed} >= {"contact"}


def test_a_number_without_a_channel_and_prose_with_one_stay() -> None:
    """A figure set apart names no channel; a sentence of prose citing a hotline is text. A
    guard: it passes on the code before the rule too (7657bcd), and keeps the rule from
    taking them."""
    figure = "<p>1250000 إصابة منذ بداية العام</p>"
    assert "1250000 إصابة" in marsad.extract(_with(figure)).text
    hotline = ("<p>وقالت الوزارة إن رقم الهاتف 0791234567 مخصص لتلقي البلاغات من المواطنين على "
               "مدار الساعة في كل المحافظات.</p>")
    assert "0791234567" in marsad.extract(_with(hotline)).text
