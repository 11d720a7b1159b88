"""Review mends of the fourth pages leftovers pass (2026-12-07, second): each positive case
below failed on the code before them (cfce352), each rule has its negative case. A repost
note's clause particles were read with their hamza, so a story's «قوله إن», «فان», «ان»
stayed unread and its closing sentence went as a note, and a full stop made a sentence only
after a mark; any short line ending in «:» labelled the number line under it, quoted or
not; a figure grouped in thousands read as a phone number, and a label a phrase held
(«سعر الهاتف:») as a field's; a ``<br>`` inside the headline glued its two lines' words."""

from __future__ import annotations

from collections.abc import Callable

from lxml import etree
from lxml import html as lxml_html

import marsad
from marsad.stages import html as page_stage
from test_html_fresh import OTHER, PARAGRAPH, TITLE
from test_html_fresh49 import _post
from test_html_review_left3 import _page, _removed


def test_a_closing_sentence_opening_as_a_note_stays_whatever_its_hamza() -> None:
    """A clause particle read on the normalised line («إن» after «قوله», a careless «فان»
    or «ان»), or a full stop closing more than a short source, makes the line the text's
    own closing sentence."""
    for sentence in ("نقلا عن مصدر أمني قوله إن الهجوم أحبط",
                     "نقلا عن مصادر طبية فان عدد القتلى ارتفع إلى خمسة",
                     "نقلا عن مصادر مطلعة ان الاتفاق بات وشيكا",
                     "نقلا عن شهود عيان سقط ثلاثة جرحى."):
        article = marsad.extract(_post(sentence))
        assert article.text.split("\n\n") == [PARAGRAPH, OTHER, sentence], sentence
        assert not _removed(article, "repost_note"), sentence


def test_a_note_naming_a_source_spelt_out_or_a_short_source_still_goes() -> None:
    """Negative: an «إن» inside a run of spelt letters is a letter of the name; a full stop
    after a short source, a bracketed abbreviation allowed, closes a note."""
    for note in ("نقلا عن شبكة سي إن إن", "منقول عن موقع إن بي سي نيوز",
                 "منقول من موقع الجزيرة.", "نقلا عن وكالة الأنباء الأردنية (بترا).",
                 "نقلا عن وكالات الأنباء، وللأمانة نسخته كما هو"):
        article = marsad.extract(_post(note))
        assert article.text.split("\n\n") == [PARAGRAPH, OTHER], note
        assert _removed(article, "repost_note") == [note], note


def test_a_line_leading_into_a_quote_or_a_storys_hotline_labels_nothing() -> None:
    """A line ending in «:» with no contact word over a number line is the story's, and a
    line the page quotes is quoted content: both stay, with the number line."""
    quoted = ("<p>ونشر الإعلان التالي في الصحيفة:</p>"
              "<blockquote><p>شقة للبيع في عبدون، هاتف: 0791234567</p></blockquote>")
    hotline = "<p>وللإبلاغ عن الحالات:</p><p>هاتف الطوارئ: 0791234567</p>"
    for block in (quoted, hotline):
        article = marsad.extract(_page(f"<p>{PARAGRAPH}</p>{block}<p>{OTHER}</p>"))
        assert "0791234567" in article.text and ":" in article.text, block
        assert not _removed(article, "contact"), block


def test_a_prompt_or_a_contact_word_still_labels_its_block() -> None:
    """Negative: a line ending in «:» that holds a prompt's word («للتبرع:», «لمزيد من
    المعلومات يرجى التواصل مع:») labels the contact line under it, between paragraphs too."""
    for prompt in ("للتبرع:", "لمزيد من المعلومات يرجى التواصل مع:", "وللحجز والاستفسار:"):
        block = f"<p>{prompt}</p><p>هاتف الجمعية: 0791234567</p>"
        article = marsad.extract(_page(f"<p>{PARAGRAPH}</p>{block}<p>{OTHER}</p>"))
        assert article.text.split("\n\n") == [PARAGRAPH, OTHER], prompt
        assert len(_removed(article, "contact")) == 2, prompt


def test_a_figure_grouped_in_thousands_or_a_phrases_label_is_no_contact() -> None:
    """Groups of three digits after a first group, a word after them: a count, no phone;
    a label a word before it holds in a phrase («سعر الهاتف:») opens no field."""
    for line in ("سعر الهاتف: 1 250 000 دينار", "مبيعات الهاتف المحمول: 1 250 000 جهاز",
                 "مبيعات الهاتف المحمول: 1.250.000 جهاز", "سعر الهاتف: 0791234567"):
        article = marsad.extract(_page(f"<p>{PARAGRAPH}</p><p>{OTHER}</p><p>{line}</p>"))
        assert article.text.split("\n\n") == [PARAGRAPH, OTHER, line], line


def test_a_phone_grouped_by_spaces_or_after_a_head_word_still_goes() -> None:
    """Negative: a number opened by «0» or «+», grouped or not, a label after a head word
    («رقم الهاتف:», «عنوان البريد الإلكتروني:») or a bare label and its «:» after a name
    (a Word export's glued lines), is a contact field after the text."""
    for line in ("هاتف: 079 123 4567", "هاتف: +962 791 234 567", "رقم الهاتف: 0791234567",
                 "عنوان البريد الإلكتروني: info@ngo.example",
                 "رنا الكردي، منسقة الإعلام هاتف: 0791234567"):
        article = marsad.extract(_page(f"<p>{PARAGRAPH}</p><p>{OTHER}</p><p>{line}</p>"))
        assert article.text.split("\n\n") == [PARAGRAPH, OTHER], line
        assert line in {removed.text for removed in article.removed}, line


def test_a_line_break_inside_the_headline_is_a_space() -> None:
    """``<h1>line one<br>line two</h1>``: the heading's words stay apart («الجفاف في», not
    «الجفاففي»); a title field naming both lines finds the heading as the headline."""
    first, second = "الحكومة تعلن خطة طارئة لمواجهة الجفاف", "في المحافظات الجنوبية"
    page = (f"<html><head><title>{first}</title></head><body><article><h1>{first}<br>{second}"
            f"</h1><p>{PARAGRAPH}</p><p>{OTHER}</p></article></body></html>")
    article = marsad.extract(page)
    assert "الجفاففي" not in article.text and "الجفاففي" not in (article.title or "")
    assert article.text.split("\n\n") == [PARAGRAPH, OTHER]


def test_a_heading_with_no_break_keeps_its_words() -> None:
    """Negative: a heading's inline run (a <span> inside it, no break) is read as before."""
    page = (f"<html><head><title>{TITLE}</title></head><body><article><h1>{TITLE}</h1>"
            f"<p>{PARAGRAPH}</p><h2>تفاصيل <span>الهجوم</span></h2><p>{OTHER}</p>"
            "</article></body></html>")
    assert "تفاصيل الهجوم" in marsad.extract(page).text.split("\n\n")


def _calls(counted: str, run: Callable[[], object]) -> int:
    """How many times ``run`` calls the HTML stage's function ``counted``."""
    calls = 0
    original = getattr(page_stage, counted)

    def counting(*args: object, **kwargs: object) -> object:
        nonlocal calls
        calls += 1
        return original(*args, **kwargs)

    setattr(page_stage, counted, counting)
    try:
        run()
    finally:
        setattr(page_stage, counted, original)
    return calls


def _notes_tree(n: int) -> etree._Element:
    """A page of ``n`` paragraphs each calling a note, and the ``n`` endnotes."""
    calls = "".join(f"<p>{PARAGRAPH}<a role='doc-noteref' href='#n{i}'>{i}</a></p>"
                    for i in range(n))
    notes = "".join(f"<li role='doc-endnote' id='n{i}'>مصدر {i}</li>" for i in range(n))
    return lxml_html.document_fromstring(
        f"<html><body><article><h1>{TITLE}</h1>{calls}<section role='doc-endnotes'><ol>"
        f"{notes}</ol></section></article></body></html>")


def test_running_heads_read_each_parent_once() -> None:
    """Short lines among many paragraphs share their parent: whether it holds prose is read
    once, not once per line (300 noted paragraphs took 27 s)."""
    small = _calls("_holds_prose", lambda: page_stage._running_heads(_notes_tree(50)))
    large = _calls("_holds_prose", lambda: page_stage._running_heads(_notes_tree(100)))
    assert large == small


def test_header_blocks_measure_each_ancestor_once() -> None:
    """The blocks after the headline share their ancestors: each one's text is measured
    once for all of them, not once per block (2,000 subheadings took 79 s)."""
    body = "".join(f"<h2>عنوان فرعي رقم {i}<br><span>تفصيل</span></h2><p>{PARAGRAPH}</p>"
                   for i in range(200))
    tree = lxml_html.document_fromstring(
        f"<html><body><article><h1>{TITLE}</h1>{body}</article></body></html>")
    blocks = page_stage._header_blocks(tree.find(".//h1"))
    sizes: dict[etree._Element, int] = {}
    measured = _calls("_element_text", lambda: [page_stage._boxed_apart(element, sizes)
                                                for element, _, _ in blocks])
    # each block's own text, then its three ancestors (article, body, html) once for all
    assert len(blocks) > 10 and measured <= 2 * len(blocks) + 3
