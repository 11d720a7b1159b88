"""The general rules that the forty-seventh held-out pass's page templates
(``eval_templates.json``, ``"pass": 47``, scored once before any rule change;
``test_html_fresh`` renders them) led to: PDF.js's text layer (a line a run of spans a
``<br>`` ends, sized in a scaled style) is read as the PDF pages are, its larger opening line
the heading, a title field naming a file being no headline; a message's bold opening line is
the title of a page whose fields name only the app; a pre-wrapped element's line breaks are
lines, and a blank line between words of a text parts paragraphs; after the text's last line of
prose a rule drawn in text ends it, a bracketed aside goes, and only there a credits line;
a ``<p>`` the page marks as furniture goes even when it reads as prose; a closed ``<dialog>``
is no text; a block holding the headline is no masthead above it."""

from __future__ import annotations

from lxml import etree

import marsad
from marsad.stages.html import _drop_closed_dialogs, _names_only
from test_html_fresh import OTHER, PARAGRAPH, TITLE

HEADLINE = "الدفاع المدني يخلي عائلات من حي الرمل بعد انهيار جزئي لمبنى قديم"


def _span(text: str, size: float) -> str:
    return (f'<span dir="rtl" role="presentation" style="left: calc(var(--scale-factor)*72.00px);'
            f' font-size: calc(var(--scale-factor)*{size}px);">{text}</span>'
            '<br role="presentation">\n')


def _pdfjs_page(*, large_first: bool = True) -> str:
    """A statement shown by PDF.js, titled by its file: two page boxes, each a text layer of
    spans and breaks; a letterhead over each page and a folio under it in smaller type; the
    headline in larger type before the prose (or after its first paragraph)."""
    head, third = "المركز الإعلامي الموحد", PARAGRAPH.replace("مدنيين", "أربعة")
    runs = [_span(HEADLINE, 17.04), _span(PARAGRAPH, 11.04)]
    return ("<html><head><title>Microsoft Word - بيان صحفي 06-12.docx</title></head><body>"
            "<div id='viewer'><div class='page' data-page-number='1'><div class='textLayer'>"
            + _span(head, 9.96) + "".join(runs if large_first else runs[::-1])
            + _span(OTHER, 11.04) + _span("صفحة ١ من ٢", 8.04) + "</div></div>"
            "<div class='page' data-page-number='2'><div class='textLayer'>"
            + _span(head, 9.96) + _span(third, 11.04) + _span("صفحة ٢ من ٢", 8.04)
            + "</div></div></div></body></html>")


def test_a_pdfjs_text_layers_runs_are_lines_and_its_large_opening_line_the_title() -> None:
    article = marsad.extract(_pdfjs_page())
    assert article.title == HEADLINE
    assert article.text.split("\n\n") == [PARAGRAPH, OTHER, PARAGRAPH.replace("مدنيين", "أربعة")]


def test_a_large_line_after_the_prose_has_begun_is_no_heading() -> None:
    """A line set large among the paragraphs (a pull quote) is a line of the text."""
    article = marsad.extract(_pdfjs_page(large_first=False))
    assert article.title != HEADLINE and HEADLINE in article.text.split("\n\n")


def test_a_title_field_naming_a_file_names_no_headline() -> None:
    assert _names_only("Microsoft Word - بيان صحفي 06-12.docx")
    assert not _names_only("بيان صحفي حول أضرار المنخفض الجوي - المركز الإعلامي")


def _messenger_page(opening: str) -> str:
    """A web messenger titled by the app, a forwarded story shown as one message."""
    return ("<html><head><title>(3) WhatsApp</title><meta property='og:title' "
            "content='WhatsApp Web'></head><body><div id='app'><div id='side'><h1>الدردشات</h1>"
            "</div><div id='main'><div class='message-in'><div class='copyable-text'>"
            f"<span dir='rtl'><span>{opening}{PARAGRAPH}<br><br>{OTHER}<br><br></span></span>"
            "</div></div></div></div></body></html>")


def test_a_messages_bold_opening_line_is_the_title_when_the_fields_name_the_app() -> None:
    article = marsad.extract(_messenger_page(f"<strong>{HEADLINE}</strong><br><br>"))
    assert article.title == HEADLINE
    assert article.text.split("\n\n") == [PARAGRAPH, OTHER]


def test_a_bold_label_running_into_its_sentence_is_no_title() -> None:
    """A bold run not set apart by a break opens the sentence («<b>عمّان</b> قال …»)."""
    article = marsad.extract(_messenger_page(f"<strong>{HEADLINE}</strong> "))
    assert article.title != HEADLINE


_DESCRIPTION = (f"{PARAGRAPH}\n{OTHER}\n"
                "<a href='/watch?v=x&amp;t=0s'>0:00</a> مقدمة النشرة\n"
                "<a href='/watch?v=x&amp;t=95s'>1:35</a> شهادات من الموقع\n\n"
                "تابعونا على:\nفيسبوك: <a href='https://facebook.com/x'>facebook.com/alsahel.tv</a>")


def _video_page(marks: str) -> str:
    return (f"<html><head><title>{TITLE} - YouTube</title></head><body><div id='primary'>"
            f"<h1>{TITLE}</h1><div id='description'><span {marks}>{_DESCRIPTION}</span></div>"
            "</div></body></html>")


def test_a_pre_wrapped_descriptions_line_breaks_are_lines() -> None:
    """Each paragraph and each chapter a line of its own; «تابعونا على:» goes as a line.

    The chapters, two timed lines after the last paragraph, then go as a listing (the second
    leftovers pass): they can only do so as lines of their own.
    """
    for marks in ("class='yt-core-attributed-string--white-space-pre-wrap'",
                  "style='white-space: pre-wrap'"):
        article = marsad.extract(_video_page(marks))
        assert article.text.split("\n\n") == [PARAGRAPH, OTHER]
        removed = {line.text: line.reason for line in article.removed}
        assert removed.get("0:00 مقدمة النشرة") == "listing", removed
        assert removed.get("1:35 شهادات من الموقع") == "listing", removed
        assert "share_follow" in set(removed.values())


def test_a_run_not_pre_wrapped_keeps_its_line_breaks_as_spaces() -> None:
    """Without the mark a browser shows the run as one paragraph, its chapters in it."""
    assert marsad.extract(_video_page("class='description'")).text.split("\n\n")[0] != (
        PARAGRAPH)


_FOOTER = ("_______________________________________________\nnewsroom-ar mailing list -- "
           "newsroom-ar@lists.example.org\nTo unsubscribe send an email to "
           "newsroom-ar-leave@lists.example.org\n")


def _archived_message(body: str) -> str:
    """A mailing list archive's message: its text one plain-text run in a <div>."""
    return (f"<html><head><title>{TITLE} - newsroom-ar - lists.example.org</title></head>"
            f"<body><div class='container'><h1>{TITLE}</h1><div class='email-body'>\n{body}"
            "</div></div></body></html>")


def test_a_plain_text_messages_blank_lines_part_paragraphs_and_its_list_footer_goes() -> None:
    article = marsad.extract(_archived_message(f"{PARAGRAPH}\n\n{OTHER}\n\n{_FOOTER}"))
    assert article.text.split("\n\n") == [PARAGRAPH, OTHER]
    assert "after_end" in {line.reason for line in article.removed}


def test_a_drawn_rule_between_sections_closes_nothing() -> None:
    """Prose after the rule: the rule parts two sections, and the short line under it (a
    section's label) stays with them."""
    body = f"{PARAGRAPH}\n\n__________________\n\nشهادات من الموقع\n\n{OTHER}\n"
    article = marsad.extract(_archived_message(body))
    assert "شهادات من الموقع" in article.text and article.text.endswith(OTHER)


def _draft(after: str, between: str = "") -> str:
    return (f"<html><head><title>{TITLE}</title></head><body><article><h1>{TITLE}</h1>"
            f"<p>{PARAGRAPH}</p>{between}<p>{OTHER}</p>{after}</article></body></html>")


def test_a_closing_bracketed_aside_goes_and_one_among_the_paragraphs_stays() -> None:
    aside = "[سؤال: هل نذكر اسم المتطوع الجريح أم ننتظر موافقة عائلته؟]"
    closing = marsad.extract(_draft(f"<p>{aside}</p>"))
    assert closing.text.split("\n\n") == [PARAGRAPH, OTHER]
    assert "editor_note" in {line.reason for line in closing.removed}
    assert aside in marsad.extract(_draft("", between=f"<p>{aside}</p>")).text


def test_remarks_between_slashes_among_the_paragraphs_are_no_credits() -> None:
    remarks = "قال الوزير: إن الوضع مستقر / وأضاف: لا تغيير"
    assert remarks in marsad.extract(_draft("", between=f"<p>{remarks}</p>")).text


def test_a_marked_paragraph_goes_even_when_it_reads_as_prose() -> None:
    notice = ("<strong>تنبيه:</strong> استخرج هذا النص آليا من صورة الصفحة بتقنية التعرف "
              "الضوئي على الحروف، وقد يحتوي على أخطاء.")
    article = marsad.extract(_draft("", between=f"<p class='ocr-notice'>{notice}</p>"))
    assert article.text.split("\n\n") == [PARAGRAPH, OTHER]


def test_a_marked_box_holding_prose_stays() -> None:
    """The mark on a container may overreach (a site's «notice-area» around a paragraph of
    the text): its prose stays, as before."""
    box = f"<div class='notice-area'><p>{PARAGRAPH.replace('مدنيين', 'أربعة')}</p></div>"
    assert PARAGRAPH.replace("مدنيين", "أربعة") in marsad.extract(_draft("", between=box)).text



_DIALOG = ("<p id='fileNameField'>بيان-417.pdf</p><p id='authorField'>mic-press01</p>"
           "</dialog>")


def _viewer_with_dialog(attributes: str) -> str:
    """A one-paragraph statement in PDF.js, its document properties dialog after the pages."""
    page = ("<html><head><title>Microsoft Word - بيان.docx</title></head><body><div id='viewer'>"
            "<div class='page' data-page-number='1'><div class='textLayer'>"
            + _span(HEADLINE, 17.04) + _span(PARAGRAPH, 11.04) + "</div></div></div>"
            f"<div id='dialogContainer'><dialog {attributes}>" + _DIALOG + "</div></body></html>")
    return page


def test_a_closed_dialogs_fields_are_no_text() -> None:
    assert marsad.extract(_viewer_with_dialog("id='documentPropertiesDialog'")).text == (
        PARAGRAPH)


def test_an_open_dialog_stays_in_the_page() -> None:
    """An open one is shown: it stays, for the other rules to judge."""
    tree = etree.fromstring("<html><body><dialog open='open'><p>١</p></dialog>"
                            "<dialog><p>٢</p></dialog></body></html>")
    _drop_closed_dialogs(tree)
    assert [d.get("open") for d in tree.iter("dialog")] == ["open"]


def test_a_block_holding_the_headline_is_no_masthead() -> None:
    """Custom elements are no block tags: the <div> around them and the headline read as a
    «leaf» block above the headline, and its pieces between <br>s (the pre-wrapped text's
    short lines, a subheading) went as a masthead's labels."""
    subheading = "تحليق بسماء العراق"
    page = (f"<html><head><title>{TITLE}</title></head><body><div id='content'><watch-page>"
            f"<h1>{TITLE}</h1><text-expander><span style='white-space: pre-wrap'>{PARAGRAPH}\n"
            f"{subheading}\n{OTHER}</span></text-expander></watch-page></div></body></html>")
    assert marsad.extract(page).text.split("\n\n") == [PARAGRAPH, subheading, OTHER]


def test_review_a_closing_bracketed_statement_stays() -> None:
    # review of pass 47: only a bracketed question is an aside to the desk; a bracketed
    # update or source closing the story is the story's own line
    update = "[تحديث: ارتفع عدد القتلى إلى عشرة بحسب مصادر طبية]"
    assert update in marsad.extract(_draft(f"<p>{update}</p>")).text


def test_review_a_closed_dialog_holding_the_headline_stays() -> None:
    page = (f"<html><head><title>{TITLE}</title></head><body><nav><a href='/'>الرئيسية</a></nav>"
            f"<dialog id='reader'><h1>{TITLE}</h1><p>{PARAGRAPH}</p><p>{OTHER}</p></dialog>"
            "</body></html>")
    assert PARAGRAPH in marsad.extract(page).text


def test_review_a_pre_wrapped_code_block_is_no_text() -> None:
    code = ("<div class='hljs' style='white-space: pre-wrap'>"
            "def main():\n    x = 1\n    return x</div>")
    article = marsad.extract(_draft("", between=code))
    assert "return x" not in article.text and PARAGRAPH in article.text
