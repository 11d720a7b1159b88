"""The general rules that the twenty-fourth held-out pass's page templates
(``eval_templates.json``, ``"pass": 24``, scored once before any rule change;
``test_html_fresh`` renders them) led to: a box whose own text is a question to the reader and
whose one link follows it («فاتك بعض التغريدات؟ اعرض السلسلة الأصلية») is a question and its
button; a strip of short labels and values set side by side as inline elements under the
headline (a document page's «عنوان أصلي | بيان.pdf | حقوق الطبع والنشر | …») is the
header's furniture, not a lead; a box whose class or id word is the short «foot» or «ftr»
(Oracle ADF's «T:ftr») is a page footer; and a box's label goes when its lines all went as
captions (a story map's «شكر وتقدير» over its credits). Each rule has a case that must keep
the text."""

from __future__ import annotations

import marsad
from test_html_fresh import OTHER, PARAGRAPH, TITLE, line_reason, page


def tweets(*paragraphs: str) -> str:
    """An unrolled thread's paragraphs: one <div> a post, no <p>."""
    return "".join(f"<div class='content-tweet'>{p}</div>" for p in paragraphs)


def test_a_question_and_its_link_as_one_line_go() -> None:
    box = ("<div class='text-center small'>فاتك بعض التغريدات؟ "
           "<a href='https://x.example/s/1'>اعرض السلسلة الأصلية</a></div>")
    article = marsad.extract(page(tweets(PARAGRAPH, OTHER) + box))
    assert article.text.split("\n\n") == [PARAGRAPH, OTHER]


def test_a_question_with_a_link_inside_a_sentence_stays() -> None:
    """Words after the link make the box a sentence of the text, not a question and a button."""
    said = "لماذا تأخر القرار؟ <a href='/r'>التقرير الرسمي</a> يجيب عن ذلك بالتفصيل"
    text = marsad.extract(page(tweets(PARAGRAPH, said, OTHER))).text
    assert "يجيب عن ذلك بالتفصيل" in text


def strip(labels: list[str]) -> str:
    return "<div class='doc_info'>" + "".join(f"<span>{x}</span>" for x in labels) + "</div>"


INFO = ["معلومات المستند", "انقر لتوسيع معلومات المستند", "عنوان أصلي", "بيان_صحفي.pdf",
        "حقوق الطبع والنشر", "© All Rights Reserved", "التنسيقات المتاحة",
        "PDF, TXT or read online"]


def test_a_strip_of_inline_labels_under_the_headline_goes() -> None:
    article = marsad.extract(page(f"{strip(INFO)}<div class='pg'><p>{PARAGRAPH}</p></div>"))
    assert article.text == PARAGRAPH


def test_a_strip_of_inline_labels_after_the_text_goes() -> None:
    """Not only under the headline: a portal's «last update | page number» strip."""
    after = strip(["آخر تحديث للصفحة", "17/04/2018 09:40 ص", "|", "رقم الصفحة",
                   "MC-NEWS-118203"])
    assert marsad.extract(page(f"<p>{PARAGRAPH}</p>{after}")).text == PARAGRAPH


def test_a_paragraph_of_inline_runs_after_the_text_stays() -> None:
    """A <p> of runs is a paragraph, however short its runs."""
    runs = "".join(f"<span>{x}</span>" for x in ("وفي", " سياق متصل", " أعلنت الشرطة",
                                                 " إغلاق الطريق"))
    assert "أعلنت الشرطة" in marsad.extract(page(f"<p>{PARAGRAPH}</p><p>{runs}</p>")).text


def test_a_page_counter_is_debris_and_a_sentence_with_one_is_not() -> None:
    assert line_reason("الصفحة 2 من 3") == "page_number"
    assert line_reason("صفحة ٤ / ١٢") == "page_number"
    assert line_reason("وجاء الخبر في الصفحة 2 من عدد أمس") is None


def test_a_lead_set_in_inline_runs_stays() -> None:
    """Runs of one paragraph (a word processor's spans) end a sentence: a lead, kept."""
    runs = ["أعلنت وزارة الصحة", " اليوم الاثنين", " تسجيل إصابات جديدة", " في ثلاث محافظات."]
    text = marsad.extract(page(f"{strip(runs)}<div class='pg'><p>{PARAGRAPH}</p></div>")).text
    assert "تسجيل إصابات جديدة" in text and PARAGRAPH in text


def test_a_footer_marked_ftr_goes() -> None:
    footer = ("<div id='T:ftr'><table><tr><td><b>روابط مهمة</b><br><a href='/g'>البوابة الوطنية"
              "</a></td><td><b>تواصل معنا</b><br><span>مركز الاتصال الموحد ١٩٩٠٤٠</span></td></tr>"
              "</table>"
              "</div>")
    html = (f"<html><head><title>{TITLE}</title></head><body><table><tr><td>"
            f"<h1>{TITLE}</h1><p>{PARAGRAPH}</p></td></tr></table>{footer}</body></html>")
    assert marsad.extract(html).text == PARAGRAPH


def test_a_footnote_class_is_no_footer() -> None:
    """«foot» counts only as a word of its own: a «footnote» box stays the article's."""
    note = ("<div class='footnote'><p>وأضاف المسؤول أن فرق الإسعاف نقلت المصابين إلى المستشفى."
            "</p></div>")
    text = marsad.extract(page(f"<p>{PARAGRAPH}</p><p>{OTHER}</p>{note}")).text
    assert "فرق الإسعاف" in text


def test_a_credits_label_goes_with_its_captioned_lines() -> None:
    credits = ("<div class='block-wrapper'><h4>شكر وتقدير</h4><ul class='credits__list'>"
               "<li><span class='credits__content'>البيانات الميدانية</span>"
               "<span class='credits__attribution'>فرق المتطوعين</span></li>"
               "<li><span class='credits__content'>التمويل</span>"
               "<span class='credits__attribution'>صندوق المبادرات</span></li></ul></div>")
    article = marsad.extract(page(f"<p>{PARAGRAPH}</p><p>{OTHER}</p>{credits}"))
    assert article.text.split("\n\n") == [PARAGRAPH, OTHER]
