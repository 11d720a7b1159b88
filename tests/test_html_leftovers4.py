"""The general rules of the fourth leftovers pass (no new templates): what the fiftieth
held-out pass left open (``OPEN`` in ``test_html_fresh``), each removed by a rule reading the
page's structure. A label/value table whose value cells hold the text is a form: its label
column, its rows after the text's and the short notes under it go; a record's inline fields,
each opened by a «label:» beside the one holding the text's blocks, go; a spreadsheet grid's
column letters, row headers, the rows around the text's and the page's other hidden sheets
go; a section after the text's last sentence, a subheading over a row of links or buttons
and short lines, goes. Each rule has its negative case: what looks alike and stays."""

from __future__ import annotations

import marsad
from test_html_fresh import OTHER, PARAGRAPH, TITLE


def _page(body: str) -> str:
    return (f"<html><head><title>{TITLE}</title></head><body><h1>{TITLE}</h1>{body}"
            "</body></html>")


def _removed(article: marsad.Article) -> set[str]:
    return {line.text for line in article.removed}


# -- a label/value table holding the text ------------------------------------------------

_DISCLAIMER = "لا تتحمل الهيئة أي مسؤولية عن محتوى هذا الإعلان ودقته."


def _form(rows: str, under: str = "") -> str:
    return _page(f"<div class='details'><table><thead><tr><th>البند</th><th>البيان</th></tr>"
                 f"</thead><tbody>{rows}</tbody></table>{under}</div>")


def test_a_label_value_tables_labels_closing_rows_and_note_go() -> None:
    """A disclosure's «label | value» table: the labels, a fixed value row after the text's
    rows, the attachment and the disclaimer under the table are the form's."""
    article = marsad.extract(_form(
        f"<tr><td>المقدمة</td><td><p>{PARAGRAPH}</p></td></tr>"
        f"<tr><td>التفاصيل</td><td><p>{OTHER}</p></td></tr>"
        "<tr><td>الأثر المالي</td><td><p>لا يوجد أثر مالي في الوقت الحالي</p></td></tr>"
        "<tr><td>المرفقات</td><td><a href='/a.pdf'>تحميل المرفق</a></td></tr>",
        f"<p class='note'>{_DISCLAIMER}</p>"))
    assert article.text.split("\n\n") == [PARAGRAPH, OTHER]
    assert {"المقدمة", "الأثر المالي", _DISCLAIMER} <= _removed(article)


def test_a_data_table_of_labels_and_figures_between_paragraphs_stays() -> None:
    """No value cell holds prose: a figures table the story discusses, with the paragraph
    under it."""
    table = ("<table><tr><td>الإصابات</td><td>1250</td></tr>"
             "<tr><td>الوفيات</td><td>34</td></tr></table>")
    article = marsad.extract(_page(f"<p>{PARAGRAPH}</p>{table}<p>{OTHER}</p>"))
    assert "الإصابات" in article.text and "1250" in article.text
    assert article.text.endswith(OTHER)


# -- a record's inline labelled fields ---------------------------------------------------

def _record(fields: str) -> str:
    """A catalogue's record page: the headline and the fields in one box."""
    return (f"<html><head><title>{TITLE}</title></head><body><div class='record'>"
            f"<h1>{TITLE}</h1>\n{fields}</div></body></html>")


def _field(label: str, value: str) -> str:
    return f"<span class='field'><span class='label'>{label}: </span>{value}</span>\n"


def test_a_records_inline_fields_beside_the_text_go() -> None:
    """A catalogue record's fields, side by side in one line as a browser sets them, each
    opened by its label; the summary field holds the text's paragraphs. With a block after
    them (the rating) they are a run between blocks, which the header rules do not read."""
    fields = (_field("نوع المادة", "نص") + _field("اللغة", "عربي")
              + _field("النشر", "بيروت : دار الرافدين للدراسات، 2026")
              + _field("الوصف المادي", "٣٢ ص. ؛ ٢٤ سم.")
              + _field("السلسلة", "<a href='/s'>أوراق السياسات ؛ ١٧</a>")
              + _field("ردمك", "9786144120776")
              + _field("الموضوعات", "<a href='/m'>المالية العامة -- دراسات إقليمية</a>")
              + _field("تصنيف ديوي", "336.0956")
              + _field("الملخص", f"<span>{PARAGRAPH}<br>{OTHER}<br></span>")
              + _field("الوسوم", "لا توجد وسوم لهذا العنوان.")
              + "<div class='ratings'><span>متوسط التقييم: 0.0 (0 صوت)</span></div>")
    article = marsad.extract(_record(fields))
    assert article.text.split("\n\n") == [PARAGRAPH, OTHER]
    assert "9786144120776" not in article.text and "الملخص" not in article.text


def test_a_byline_and_a_date_field_beside_the_text_stay() -> None:
    """Fewer fields than a record's: a post's labelled byline and date over its text."""
    fields = (_field("بقلم", "سامر الأحمد") + _field("التاريخ", "٦ ديسمبر ٢٠٢٦")
              + f"<span><span>{PARAGRAPH}<br>{OTHER}<br></span></span>")
    article = marsad.extract(_record(fields))
    assert PARAGRAPH in article.text and OTHER in article.text
    assert not {line.reason for line in article.removed} & {"record_field", "record_note"}


# -- a spreadsheet grid ------------------------------------------------------------------

def _sheet(sheet_id: str, letters: str, rows: list[str], style: str = "") -> str:
    header = "".join(f"<th>{letter}</th>" for letter in letters)
    body = "".join(f"<tr><th><div>{number}</div></th>{row}</tr>"
                   for number, row in enumerate(rows, 1))
    return (f"<div id='{sheet_id}' style='{style}'><table class='grid'><thead><tr><th></th>"
            f"{header}</tr></thead><tbody>{body}</tbody></table></div>")


def test_a_sheets_letters_status_source_and_other_sheet_go() -> None:
    """A sheet published to the web: the column letters, the title's status cell, the
    source row above the text's rows, and the contacts sheet the page hides as it hides the
    sheet holding the text (a script shows the one chosen)."""
    hidden = "display:none;position:relative;"
    text = _sheet("s1", "AB", [f"<td>{TITLE}</td><td>الحالة</td>",
                               "<td>المصدر: غرفة المتابعة</td><td>مؤكد</td>",
                               f"<td>{PARAGRAPH}</td><td></td>", f"<td>{OTHER}</td><td></td>"],
                  hidden)
    contacts = _sheet("s2", "ABC", ["<td>الجهة</td><td>المنسق</td><td>الهاتف</td>",
                                    "<td>فريق التوثيق</td><td>هالة السيد</td>"
                                    "<td>+20 100 555 0142</td>"], hidden)
    article = marsad.extract(_page(f"<div id='viewport'>{text}{contacts}</div>"))
    assert article.text.split("\n\n") == [PARAGRAPH, OTHER]
    assert {"المصدر: غرفة المتابعة", "مؤكد", "هالة السيد"} <= _removed(article)


def test_a_figures_table_with_named_columns_stays() -> None:
    """Column headings that name what they hold: a story's figures table, no grid."""
    table = ("<table><thead><tr><th></th><th>المحافظة</th><th>الحالات</th></tr></thead>"
             "<tbody><tr><th>1</th><td>الحديدة</td><td>30</td></tr>"
             "<tr><th>2</th><td>تعز</td><td>12</td></tr></tbody></table>")
    article = marsad.extract(_page(f"<p>{PARAGRAPH}</p>{table}<p>{OTHER}</p>"))
    assert "الحديدة" in article.text and "المحافظة" in article.text


# -- a closing section of links after the text -------------------------------------------

def _closing(section: str, after: str = "") -> str:
    return _page(f"<div class='inner'><p>{PARAGRAPH}</p><p>{OTHER}</p>{section}{after}</div>")


_CALL = ("<h2>كيف تساعدون؟</h2><ul class='buttons'><li><a href='#v'>انضموا للمتطوعين</a></li>"
         "<li><a href='#d'>تبرعوا للمطبخ</a></li></ul>"
         "<p>قائمة الغرف تُحدَّث كل مساء في الرابط أعلاه</p>")


def test_a_closing_call_to_action_and_a_verification_box_go() -> None:
    """After the text's last sentence, in no marked box: a subheading over a row of buttons
    and a note; a subheading over one short line and rows of a label and a link."""
    verification = ("<div><h3>التحقق</h3><p>هذا المدخل محفوظ على الشبكة وموقَّع بمحفظة كاتبه</p>"
                    "<div><span>معاملة</span><a href='https://ar.net/x'>Xk3v…Lp8w</a></div>"
                    "<div><span>بصمة المحتوى</span><a href='https://m.xyz/y'>mQ7r…Z4yE</a></div>"
                    "</div>")
    for section in (_CALL, verification):
        article = marsad.extract(_closing(section))
        assert article.text.split("\n\n") == [PARAGRAPH, OTHER], section


def test_a_closing_section_without_links_or_before_a_sentence_stays() -> None:
    """A story's last subheading over a short paragraph, a link cited in its sentence,
    holds no link row; a section the text's sentences follow is the story's."""
    cited = "تنتظر اللجنة رد الوزارة خلال أيام، وفق <a href='/b'>البيان</a>."
    article = marsad.extract(_closing(f"<h2>الخطوات المقبلة</h2><p>{cited}</p>"))
    assert article.text.endswith("تنتظر اللجنة رد الوزارة خلال أيام، وفق البيان.")
    more = OTHER.replace("ثلاثة أطفال", "عاملين في الإغاثة")
    article = marsad.extract(_closing(_CALL, f"<p>{more}</p>"))
    assert article.text.endswith(more)
    assert "closing_section" not in {line.reason for line in article.removed}
