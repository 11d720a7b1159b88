"""The general rules that the thirty-fifth held-out pass's page templates
(``eval_templates.json``, ``"pass": 35``, scored once before any rule change;
``test_html_fresh`` renders them) led to: notes that a rule (``<hr>``) sets apart at the
end of the text, each opening with its number and no link back to the call (a book
reader's حواشي), go; the container holding most of the page's prose keeps its class even
when trafilatura would discard it by a class word («embedded-content»), and the boxes after
it that open on a subheading over no prose (a dataset page's resources and fields table)
go; the name, handle and dated link a thread mirror repeats above each post go, so that a
short post under them is not dropped as a link box."""

from __future__ import annotations

import marsad
from test_html_fresh import OTHER, PARAGRAPH, page

NOTES = ["(١) انظر محاضر جلسات المجلس المنشورة في الجريدة الرسمية.",
         "(٢) أرقام الفقرة مأخوذة من النشرة الفصلية قبل مراجعتها."]


def test_numbered_notes_under_a_rule_go() -> None:
    notes = "".join(f"<p>{note}</p>" for note in NOTES)
    article = marsad.extract(page(f"<p>{PARAGRAPH}</p><p>{OTHER}</p><hr><div>{notes}</div>"))
    assert article.text.split("\n\n") == [PARAGRAPH, OTHER]
    assert {r.text for r in article.removed if r.reason == "footnote"} >= set(NOTES)


def test_a_rule_over_prose_or_a_list_after_a_paragraph_stays() -> None:
    """Under the rule a paragraph without a number is the text's; a numbered list that a
    paragraph introduces is the article's own."""
    after_rule = marsad.extract(page(f"<p>{PARAGRAPH}</p><hr><p>{OTHER}</p><p>{NOTES[0]}</p>"))
    assert OTHER in after_rule.text and NOTES[0] in after_rule.text
    listed = marsad.extract(page(f"<p>{PARAGRAPH}</p>" + "".join(f"<p>{n}</p>" for n in NOTES)))
    assert all(note in listed.text for note in NOTES)


RESOURCES = ("<section class='resources'><h3>البيانات والموارد</h3><ul>"
             "<li><a href='/r/1'>جداول الربع الثالث<span>XLSX</span></a>"
             "<p>الجداول التفصيلية حسب المحافظة</p></li></ul></section>"
             "<section class='additional-info'><h3>معلومات إضافية</h3><table>"
             "<tr><th>المسؤول عن الصيانة</th><td>وحدة النشر الإحصائي</td></tr>"
             "<tr><th>دورية التحديث</th><td>ربع سنوية</td></tr></table></section>")


def test_a_text_container_trafilatura_would_discard_is_read_and_data_boxes_after_it_go() -> None:
    body = f"<div class='notes embedded-content'><p>{PARAGRAPH}</p></div>{RESOURCES}"
    article = marsad.extract(page(body))
    assert article.text == PARAGRAPH
    for debris in ("البيانات والموارد", "XLSX", "معلومات إضافية", "ربع سنوية"):
        assert debris not in article.text


def test_a_headed_section_of_prose_after_the_text_stays() -> None:
    body = (f"<div class='story'><p>{PARAGRAPH}</p><p>{PARAGRAPH} (٢)</p></div>"
            f"<section><h3>خلفية</h3><p>{OTHER}</p></section>")
    assert OTHER in marsad.extract(page(body)).text


def post(text: str) -> str:
    """One post of a thread mirror: the poster's links over the text, the counters under."""
    return ("<div class='timeline-item'><div class='tweet-header'><a href='/wna'>الوكالة "
            "الوطنية للأنباء</a><a href='/wna'>@wna_news</a><a href='/wna/status/1#m'>"
            f"٣ ديسمبر</a></div><div class='tweet-content'>{text}</div>"
            "<div class='tweet-stats'><span>١٢</span><span>٢٠٥</span></div></div>")


def test_a_threads_repeated_post_header_goes_and_short_posts_stay() -> None:
    short = ["واعتبر المسؤول أن القوات عملت بشكل مناسب.", "وأكد أن الحكومة لن تقبل أي خرق."]
    posts = "".join(post(text) for text in [PARAGRAPH, *short, OTHER])
    article = marsad.extract(page(f"<div class='thread'>{posts}</div>"))
    assert all(text in article.text for text in [PARAGRAPH, *short, OTHER])
    assert "@wna_news" not in article.text and "٣ ديسمبر" not in article.text
