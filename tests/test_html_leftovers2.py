"""The general rules of the second leftovers pass (no new templates): leftovers that earlier
held-out passes left open (``OPEN`` in ``test_html_fresh``) and that a rule reading the
text's closing lines removes. A letter's complimentary close ends the text as an end marker
does; a line that is an address (a web page, an e-mail, a file) after the last paragraph says
where to find more; two or more closing lines in a row of video chapters or of bare readings
(a camera's settings) are a listing; a few words an arrow opens or closes are a control's
prompt. Each rule has its negative case: what looks alike and stays."""

from __future__ import annotations

import marsad
from marsad.model import Article, Line, RawDocument
from marsad.stages.html import _without_closing_furniture
from test_html_fresh import OTHER, PARAGRAPH, page


def _closed(*lines: Line) -> tuple[list[str], set[str]]:
    """The lines kept after the text's closing furniture went, and the reasons given."""
    article = Article(raw=RawDocument(""))
    kept = _without_closing_furniture(article, list(lines))
    return [line.text for line in kept], {line.reason for line in article.removed}


def test_a_complimentary_close_ends_the_text() -> None:
    """An e-mail's «مع التحية،», the sender and the phone under it (the web mail
    reading pane, pass 45): the close goes and ends the text, the short lines after it go too."""
    kept, reasons = _closed(Line(PARAGRAPH), Line("مع التحية،"), Line("المكتب الإعلامي"),
                            Line("هاتف: +962 6 555 0142"))
    assert kept == [PARAGRAPH]
    assert reasons == {"sign_off", "after_end"}


def test_a_line_ending_in_a_comma_among_the_paragraphs_stays() -> None:
    """A short line ending in a comma before a paragraph (a verse, a list's lead) closes
    nothing: only after the last line of prose is it a close; a longer one is no close."""
    assert _closed(Line(PARAGRAPH), Line("في تلك الليلة،"), Line(OTHER))[0] == [
        PARAGRAPH, "في تلك الليلة،", OTHER]
    longer = "وأضاف المتحدث باسم الدفاع المدني في المحافظة،"
    assert _closed(Line(PARAGRAPH), Line(longer))[0] == [PARAGRAPH, longer]


def test_an_address_line_after_the_text_goes() -> None:
    """A video description's accounts «فيسبوك: facebook.com/…» and a published document's
    «للاطلاع على النسخة القابلة للطباعة: example.org/paper.pdf» (passes 46 and 18)."""
    kept, reasons = _closed(Line(PARAGRAPH), Line("فيسبوك: facebook.com/alsahel.tv"),
                            Line("t.me/alsahel_tv"),
                            Line("للاطلاع على النسخة القابلة للطباعة: example.org/paper.pdf"),
                            Line("البريد: info@example.org"))
    assert kept == [PARAGRAPH]
    assert reasons == {"address_line"}


def test_an_address_in_a_sentence_or_among_the_paragraphs_stays() -> None:
    """An address inside a sentence, or on a line of its own between two paragraphs (the
    text points at it), stays; so does a label whose value is no address."""
    sentence = "ونشرت الوزارة البيان كاملًا على موقعها moh.gov.sy"
    assert _closed(Line(PARAGRAPH), Line(sentence))[0] == [PARAGRAPH, sentence]
    assert _closed(Line(PARAGRAPH), Line("الموقع: moh.gov.sy"), Line(OTHER))[0] == [
        PARAGRAPH, "الموقع: moh.gov.sy", OTHER]
    assert _closed(Line(PARAGRAPH), Line("المصدر: وكالة الأنباء"))[0] == [
        PARAGRAPH, "المصدر: وكالة الأنباء"]


def test_a_run_of_chapters_or_of_bare_readings_after_the_text_goes() -> None:
    """A video's chapters «0:00 مقدمة النشرة» (pass 46) and a photo page's camera settings
    «ƒ/4.0», «1/250», «ISO 400» (pass 45) after the last paragraph."""
    chapters = [Line("0:00 مقدمة النشرة"), Line("1:35 شهادات من الموقع")]
    readings = [Line("ƒ/4.0"), Line("24.0 mm"), Line("1/250"), Line("ISO 400")]
    kept, reasons = _closed(Line(PARAGRAPH), *chapters, *readings)
    assert kept == [PARAGRAPH]
    assert reasons == {"listing"}


def test_one_time_or_figure_or_a_run_among_the_paragraphs_stays() -> None:
    """One line alone is a time or a figure the text closes on; a run before the last
    paragraph is the text's own (a live page's timed entries); a table's bare numbers after a
    short text are its cells (a market story's key figures), no readings."""
    assert _closed(Line(PARAGRAPH), Line("10:30 مساء"))[0] == [PARAGRAPH, "10:30 مساء"]
    assert _closed(Line(PARAGRAPH), Line("2018"))[0] == [PARAGRAPH, "2018"]
    cells = ["البند", "2017", "2018", "الإيرادات", "12,340", "13,115", "6.3%"]
    assert _closed(Line(PARAGRAPH), *map(Line, cells))[0] == [PARAGRAPH, *cells]
    timed = [Line("10:30 وصل الوفد"), Line("11:05 بدأ الاجتماع")]
    assert _closed(Line(PARAGRAPH), *timed, Line(OTHER))[0] == [
        PARAGRAPH, "10:30 وصل الوفد", "11:05 بدأ الاجتماع", OTHER]


def test_a_prompt_with_an_arrow_is_a_control() -> None:
    """A web story's cover «اضغط للمتابعة ←» (pass 17) above the text."""
    hint = "<p class='hint'>اضغط للمتابعة ←</p>"
    assert marsad.extract(page(f"{hint}<p>{PARAGRAPH}</p><p>{OTHER}</p>")).text.split(
        "\n\n") == [PARAGRAPH, OTHER]


def test_an_arrow_in_a_sentence_or_a_longer_line_stays() -> None:
    """An arrow inside a line of more words, or a sentence's punctuation before it, is the
    text's: a route «دمشق ← حمص ← حماة» is more than a prompt only when it closes on one."""
    route = "الطريق من دمشق إلى حمص ثم إلى حماة ←"
    assert _closed(Line(PARAGRAPH), Line(route), Line(OTHER))[0] == [PARAGRAPH, route, OTHER]
    assert _closed(Line(PARAGRAPH), Line("دمشق ← حمص"), Line(OTHER))[0] == [
        PARAGRAPH, "دمشق ← حمص", OTHER]
