"""The general rules that the thirty-seventh held-out pass's page templates
(``eval_templates.json``, ``"pass": 37``, scored once before any rule change;
``test_html_fresh`` renders them) led to: signed posts listed after the text's container
(each dated in a ``<time>``, with a link and words of its own) are replies, whatever the
page's class words call them; a short line a print layout repeats in frames of its own
around the text is a running head, foot or folio; a frame of lines that each end in a
number is a contents box; a definition list whose one value holds the text is a catalogue
record, its other fields no text, its value's blocks paragraphs; a link wrapped around
blocks without prose is a card; a short line above the text that opens with the page's
author is the writer's chip."""

from __future__ import annotations

import marsad
from test_html_fresh import LONG, OTHER, PARAGRAPH, SHORT, TITLE, page, render

QUESTION = "هل يُحتسب التحليل ضمن الواجب الرابع أم نسلّمه منفصلًا؟"
BROKEN = "رابط القراءة الثانية لا يعمل عندي من تطبيق الهاتف"


def _entry(author: str, words: str) -> str:
    return (f"<li><article><a href='/users/{len(author)}'>{author}</a> "
            f"<time datetime='2026-12-02T10:14'>٢ ديسمبر</time><p>{words}</p></article></li>")


def test_signed_replies_after_the_text_go_with_their_heading() -> None:
    replies = f"<h2>الردود</h2><ul>{_entry('لين', QUESTION)}{_entry('سامر', BROKEN)}</ul>"
    html = (f"<html><head><title>{TITLE}</title></head><body><h1>{TITLE}</h1>"
            f"<div class='message'><p>{PARAGRAPH}</p><p>{OTHER}</p></div>"
            f"<div class='entries'>{replies}</div></body></html>")
    article = marsad.extract(html)
    assert article.text.split("\n\n") == [PARAGRAPH, OTHER]
    assert QUESTION in {r.text for r in article.removed if r.reason == "reply"}


def test_dated_entries_holding_the_text_stay() -> None:
    """A liveblog's entries are dated and signed too: they are the text's container."""
    entries = "".join(_entry("المراسل", text) for text in (PARAGRAPH, OTHER, f"{OTHER} (٢)"))
    article = marsad.extract(page(f"<ul>{entries}</ul>"))
    assert all(text in article.text for text in (PARAGRAPH, OTHER, f"{OTHER} (٢)"))


RUNNING = "المشهد | العدد السابع والأربعون — كانون الأول ٢٠٢٦"


def _frame(*lines: str) -> str:
    return "<div>" + "".join(f"<p>{line}</p>" for line in lines) + "</div>"


def test_a_running_head_and_folios_around_text_frames_go() -> None:
    body = (_frame(RUNNING) + _frame(PARAGRAPH) + _frame("٣٦") + _frame(RUNNING)
            + _frame(OTHER) + _frame("٣٧"))
    article = marsad.extract(page(body))
    assert article.text.split("\n\n") == [PARAGRAPH, OTHER]


def test_a_speaker_repeated_among_the_paragraphs_stays() -> None:
    """A transcript's speaker recurs in the text's own box, between its paragraphs."""
    body = f"<div><p>المذيع</p><p>{PARAGRAPH}</p><p>المذيع</p><p>{OTHER}</p></div>"
    assert marsad.extract(page(body)).text.count("المذيع") == 2


CONTENTS = ["حوار مع رئيسة هيئة الطاقة المتجددة ص ١٢", "الأسواق الشعبية بعد موجة الغلاء ص ٢٤",
            "ذاكرة المدن القديمة في صور نادرة ص ٥٨"]


def test_a_frame_of_numbered_pointers_goes() -> None:
    box = "<div>" + _frame("في هذا العدد", *CONTENTS) + "</div>"
    article = marsad.extract(page(_frame(PARAGRAPH) + box + _frame(OTHER)))
    assert article.text.split("\n\n") == [PARAGRAPH, OTHER]


def test_figures_among_the_paragraphs_stay() -> None:
    figures = ["عدد المصابين 45", "عدد المفقودين 12", "عدد المنازل المتضررة 130"]
    body = "<div>" + "".join(f"<p>{line}</p>" for line in [PARAGRAPH, *figures, OTHER]) + "</div>"
    article = marsad.extract(page(body))
    assert all(line in article.text for line in figures)


def _field(label: str, *values: str) -> str:
    cells = "".join(f"<div class='value'><span>{value}</span></div>" for value in values)
    return f"<div class='property'><dt>{label}</dt><dd>{cells}</dd></div>"


def test_a_catalogue_record_keeps_its_description_as_paragraphs() -> None:
    record = ("<dl>" + _field("العنوان", TITLE) + _field("تاريخ الإنشاء", "2026-11-29")
              + _field("الوصف", PARAGRAPH, OTHER) + _field("الموضوع", "الحياة العامة",
                                                           "الاقتصاد المحلي")
              + _field("المعرّف", "PM-2026-11-0417") + "</dl>")
    html = (f"<html><head><title>{TITLE} · ذاكرة الصحافة</title></head><body>"
            f"<h2>{TITLE}</h2>{record}</body></html>")
    article = marsad.extract(html)
    assert article.text.split("\n\n") == [PARAGRAPH, OTHER]


def test_a_link_around_a_preview_card_goes() -> None:
    """A forum post's embedded link preview (one <a> around the linked page's title,
    source and excerpt) after a one-paragraph post: trafilatura set its excerpt first."""
    html = render("vanilla_forums_discussion", "هجوم على دورية", SHORT)
    article = marsad.extract(html.encode())
    assert article.text == SHORT[0]
    assert "حلقة جديدة" in {r.text[:10] for r in article.removed}


def test_a_writer_chip_above_the_text_goes_and_the_author_stays() -> None:
    """A course announcement whose title holds a colon, as its <title>'s separator does:
    trafilatura keeps the heading and the writer's chip under it (the name and a role
    badge glued, «د. هالة المصريالمحاضِرة»), which no byline pattern reads."""
    html = render("canvas_lms_announcement", "سوريا: مقتل العشرات في هجوم على دير الزور", LONG)
    article = marsad.extract(html.encode())
    assert article.text.split("\n\n") == LONG
    assert [author.name for author in article.authors] == ["د هالة المصري"]


def test_a_line_of_prose_opening_with_the_authors_name_stays() -> None:
    lead = f"هالة المصري: {PARAGRAPH}"
    chip = "<a rel='author' href='/users/88'>هالة المصري</a>"
    article = marsad.extract(page(f"<div>{chip}</div><p>{lead}</p><p>{OTHER}</p>"))
    assert lead in article.text
