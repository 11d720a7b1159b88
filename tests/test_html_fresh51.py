"""The general rules that the fifty-first held-out pass's page templates
(``eval_templates.json``, ``"pass": 51``, scored once before any rule change;
``test_html_fresh`` renders them) led to: a headline named by a capitalised class
(«arHeadline», «SS_DocumentTitle») is labelled as a lower-case one is, a link so marked is
another story's, and a title field shorter than a title yields to it; a mail's signature is
looked for in all its rows, so the archive's footer under the ``<pre>`` goes with it; a
licence box under the text is the copyright notice it says; and a contact block's name and
postal lines between its label and its numbers go with the block."""

from __future__ import annotations

import marsad
from test_html_fresh import OTHER, PARAGRAPH, TITLE

_DATABASE_TITLE = 'وزير الخارجية يعلق على الاتفاق.. ويلوح بـ"خيارات أخرى"'


def _results_view(title_field: str, headline_class: str) -> str:
    """A news database's view (Factiva's layout): a results list of links beside the story,
    the story's headline in a span its class names, no heading, the title field the
    database's name."""
    return (f"<html><head><title>{title_field}</title></head><body>"
            "<div class='dj_logo'>Factiva</div><table><tr><td class='headlinesPane'>"
            "<a class='enHeadline' href='#1'>موازنة العام المقبل أمام البرلمان الأسبوع القادم</a>"
            f"</td><td class='articlePane'><div class='article'><div id='hd'>"
            f"<span class='{headline_class}'>{TITLE}</span></div><div>6 ديسمبر 2026</div>"
            f"<p>{PARAGRAPH}</p><p>{OTHER}</p></div></td></tr></table></body></html>")


def test_a_capitalised_headline_class_names_the_title_over_a_database_name() -> None:
    """Before this pass the class was read in lower case only, the results list's link was
    a labelled headline too, and the one-word field «Factiva» was the title."""
    article = marsad.extract(_results_view("Factiva", "arHeadline"))
    assert article.title == TITLE
    assert article.text.split("\n\n") == [PARAGRAPH, OTHER]


def test_a_title_field_holding_a_headline_stays_the_title() -> None:
    """Guard (passes on the code before this pass too): a field of a title's length is the
    title, whatever element a class calls a headline."""
    article = marsad.extract(_results_view(TITLE, "arHeadline").replace(
        f"<span class='arHeadline'>{TITLE}</span>",
        "<span class='arHeadline'>نقابة المعلمين تلوح بالإضراب</span>"))
    assert article.title == TITLE


def test_a_link_marked_as_a_headline_is_another_story() -> None:
    """Guard: with no labelled element but the results list's link (its class in lower case,
    read on the code before this pass too), the link's story is not the page's title."""
    article = marsad.extract(_results_view("Factiva", "lead").replace("enHeadline", "headline"))
    assert article.title != "موازنة العام المقبل أمام البرلمان الأسبوع القادم"


def test_a_camel_case_document_title_beats_a_section_heading() -> None:
    """A database's document (Nexis's layout): the headline in ``span.SS_DocumentTitle``,
    «Body» the first heading, over the text. trafilatura takes «Body» for the title when the
    <title> holds «..» and quotes, and no other evidence was read before this pass."""
    page = (f"<html><head><title>{_DATABASE_TITLE}</title></head><body><section>"
            f"<div><span class='SS_DocumentTitle'>{_DATABASE_TITLE}</span></div>"
            "<div>December 6, 2026 Sunday</div><h2>Body</h2>"
            f"<div><p>{PARAGRAPH}</p><p>{OTHER}</p></div><h2>Classification</h2>"
            "<div><span>Language:</span> ARABIC</div></section></body></html>")
    assert marsad.extract(page).title == _DATABASE_TITLE


def _archived_mail(rows: str) -> str:
    """A list archive's message (MHonArc's layout): the mail in a ``<pre>``, the archive's
    own footer line under it."""
    return (f"<html><head><title>{TITLE}</title></head><body><h1>{TITLE}</h1><hr>"
            f"<pre>{rows}</pre><p><small>أُنشئ الأرشيف بواسطة MHonArc</small></p>"
            "</body></html>")


_LIST_FOOTER = "شبكة الصحفيين الأحرار"


def test_a_signature_in_a_pre_goes_with_the_archive_footer_under_it() -> None:
    """Before this pass only the last line's rows were searched: the archive's footer line
    under the ``<pre>`` hid the delimiter, and the list's footer stayed."""
    article = marsad.extract(_archived_mail(
        f"{PARAGRAPH}\n\n{OTHER}\n\n--\n{_LIST_FOOTER}\nلإلغاء الاشتراك أرسلوا رسالة فارغة\n"))
    assert article.text.split("\n\n") == [PARAGRAPH, OTHER]
    assert {r.reason for r in article.removed} >= {"signature"}


def test_a_separator_between_two_long_parts_stays() -> None:
    """Guard (passes on the code before this pass too): more rows under a «--» than a
    signature holds make it a separator, and every row stays."""
    tail = "\n\n".join([OTHER] * 13)
    article = marsad.extract(_archived_mail(f"{PARAGRAPH}\n\n--\n\n{tail}\n"))
    assert article.text.count(OTHER) == 13 and PARAGRAPH in article.text


def test_a_pre_with_a_dash_row_over_more_paragraphs_cuts_nothing() -> None:
    """Review of pass 51: the rows of every line were read as one mail, so a story quoting a
    mail in a ``<pre>`` (its «--» and sender) lost every paragraph under the ``<pre>`` as a
    signature. A line after the delimiter's own that ends like a sentence says the text goes
    on."""
    page = (f"<html><head><title>{TITLE}</title></head><body><h1>{TITLE}</h1>"
            f"<p>{PARAGRAPH}</p><pre>نص الرسالة كما وصلت\n--\nقال الشاهد</pre><p>{OTHER}</p>"
            "<p>المصدر: وكالات</p></body></html>")
    article = marsad.extract(page)
    assert PARAGRAPH in article.text and OTHER in article.text
    assert "signature" not in {r.reason for r in article.removed}


def test_a_pre_signature_with_short_lines_under_it_still_goes() -> None:
    """Near miss of the rule above: the lines under the ``<pre>`` are no sentences (the
    archive's footer and its navigation), so the signature and they go."""
    page = (f"<html><head><title>{TITLE}</title></head><body><h1>{TITLE}</h1>"
            f"<pre>{PARAGRAPH}\n\n{OTHER}\n\n--\n{_LIST_FOOTER}\n</pre>"
            "<p><small>أُنشئ الأرشيف بواسطة MHonArc</small></p><p>الرسالة السابقة</p>"
            "</body></html>")
    article = marsad.extract(page)
    assert article.text.split("\n\n") == [PARAGRAPH, OTHER]
    assert {r.reason for r in article.removed} >= {"signature"}


def test_a_post_filed_under_a_licence_topic_keeps_its_text() -> None:
    """Review of pass 51: WordPress files a post under its tags in its box's class
    («tag-driving-license»), which the licence class read as a licence notice, and a short
    story tagged so lost its whole text. A topic's class word names no notice."""
    page = (f"<html><head><title>{TITLE}</title></head><body><h1>{TITLE}</h1>"
            "<div class='post type-post category-news tag-driving-license'>"
            f"<p>{PARAGRAPH}</p><p>{OTHER}</p></div></body></html>")
    assert marsad.extract(page).text.split("\n\n") == [PARAGRAPH, OTHER]


def test_a_licence_box_named_for_its_notice_still_goes() -> None:
    """Near miss of the rule above: a box whose own class names the licence («license-box»)
    under the text is the notice."""
    page = (f"<html><head><title>{TITLE}</title></head><body><h1>{TITLE}</h1>"
            f"<p>{PARAGRAPH}</p><p>{OTHER}</p><div class='license-box'><p>{_LICENCE}</p></div>"
            "</body></html>")
    assert marsad.extract(page).text.split("\n\n") == [PARAGRAPH, OTHER]


def _with_box(box: str) -> str:
    return (f"<html><head><title>{TITLE}</title></head><body><article><h1>{TITLE}</h1>"
            f"<p>{PARAGRAPH}</p><p>{OTHER}</p>{box}</article></body></html>")


_LICENCE = ("رخصة: هذا العمل في الملكية العامة لأنه وثيقة رسمية صادرة عن جهة حكومية، "
            "والوثائق الرسمية لا تتمتع بحماية حق المؤلف.")


def test_a_licence_box_under_the_text_goes() -> None:
    """A wiki's ``licenseBanner``: the terms of reuse, a sentence, named by its class."""
    article = marsad.extract(_with_box(
        f"<div class='licenseContainer licenseBanner'><p>{_LICENCE}</p></div>"))
    assert _LICENCE not in article.text
    assert article.text.split("\n\n") == [PARAGRAPH, OTHER]


def test_a_box_named_by_another_word_holding_licence_stays() -> None:
    """Guard (passes on the code before this pass too): «licensed» is another word, and the
    box's sentence stays."""
    article = marsad.extract(_with_box(f"<div class='licensed-content'><p>{_LICENCE}</p></div>"))
    assert _LICENCE in article.text


_ADDRESS = ["جمعية أصدقاء الغابة – الهيئة الإدارية", "ص.ب ٤٥١٢ – طرابلس"]


def test_a_contact_blocks_address_lines_go_with_its_label_and_numbers() -> None:
    """Before this pass the label and the number went, the name and the postal line between
    them stayed."""
    article = marsad.extract(_with_box(
        "".join(f"<p>{line}</p>" for line in ["للتواصل معنا", *_ADDRESS,
                                               "هاتف: ٠٦ ٤٤٣ ٢٢١٠"])))
    assert article.text.split("\n\n") == [PARAGRAPH, OTHER]


def test_short_lines_over_a_number_with_no_contact_label_stay() -> None:
    """Guard (passes on the code before this pass too): with no contact label over them the
    short lines are left to the other rules; the number still goes."""
    article = marsad.extract(_with_box(
        "".join(f"<p>{line}</p>" for line in [*_ADDRESS, "هاتف: ٠٦ ٤٤٣ ٢٢١٠"])))
    assert all(line in article.text for line in _ADDRESS)
    assert "٤٤٣" not in article.text
