"""The general rules that the twentieth held-out pass's page templates (``eval_templates.json``,
``"pass": 20``, scored once before any rule change; ``test_html_fresh`` renders them) led to: a
strip of links under a short label closed by a colon is a box of links, whatever the label
says; a closing size or count in brackets is set aside before a card's link share is measured
(an attachment «تعميم رقم 77 (245 ك.ب)»); a block of «role: name» lines holding a byline is a
credits box; a line of three to six figures joined by «·» is a key-figures strip; a promotion
of the outlet's own channel, a pointer to the whole document and a funder's line are debris;
a separator may be drawn in wavy or heavy dashes. Each rule has cases that must keep prose."""

from __future__ import annotations

import pytest

import marsad
from test_html_fresh import OTHER, PARAGRAPH, line_reason, page


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("مشروعنا باختصار: ١٢ قرية · ٤٬٣٠٠ أسرة · ٣٦ شهراً", "key_figures"),
        ("12 مدرسة · 3 آلاف طالب · 40 معلماً", "key_figures"),
        ("📍 تغطية مستمرة على مدار الساعة عبر قناتنا", "share_follow"),
        ("كل الجديد على صفحتنا في فيسبوك", "share_follow"),
        ("لقراءة الوثيقة كاملة، يرجى تنزيل المرفق أعلاه.", "read_more"),
        ("لقراءة التقرير كاملاً اضغط هنا", "read_more"),
        ("بدعم من الوزارة الاتحادية للتعاون الاقتصادي والتنمية", "funder_credit"),
        ("تم تنفيذ هذا المشروع بتمويل من الاتحاد الأوروبي", "funder_credit"),
        ("Funded by the European Union", "funder_credit"),
        ("〰〰〰〰〰〰", "separator"),
        ("➖ ➖ ➖", "separator"),
    ],
)
def test_strips_promos_pointers_and_funders_are_debris(line: str, reason: str) -> None:
    assert line_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "قتل 3 أشخاص · وأصيب 5 آخرون في الانفجار الذي وقع صباحا",
        "بدعم من الولايات المتحدة، شنت القوات هجوما على مواقع التنظيم",
        "وقال في تصريح إن الحكومة ستعلن عن الخطة عبر موقعنا الرسمي غدا.",
        "وأكد أن الوزارة ستنشر التقرير كاملا الأسبوع المقبل بعد مراجعته.",
    ],
)
def test_the_same_words_in_sentences_stay(line: str) -> None:
    assert line_reason(line) is None


STRIP = (
    "<table><tr><td><strong>خدمات إلكترونية:</strong> <a href='/a'>طلب نقل طالب</a> ◂ "
    "<a href='/b'>معادلة شهادة</a> ◂ <a href='/c'>الاستعلام عن النتائج</a></td></tr></table>"
)


def test_a_labelled_strip_of_links_between_paragraphs_goes() -> None:
    article = marsad.extract(page(f"<p>{PARAGRAPH}</p>{STRIP}<p>{OTHER}</p>"))
    assert article.text.split("\n\n") == [PARAGRAPH, OTHER]
    assert "related_article" in {r.reason for r in article.removed}


def test_a_sentence_with_two_links_after_a_colon_stays() -> None:
    line = (
        "<p>وقال الوزير: إن <a href='/a'>الخطة الوطنية</a> تشمل "
        "<a href='/b'>إصلاح المدارس</a> وتأهيل المعلمين في المحافظات كافة.</p>"
    )
    article = marsad.extract(page(f"<p>{PARAGRAPH}</p>{line}<p>{OTHER}</p>"))
    assert "الخطة الوطنية" in article.text


ATTACHMENT = (
    "<div class='documents'><ul><li><a href='/f/77.pdf'>تعميم رقم 77 لسنة 2018</a> "
    "<span>(245 ك.ب)</span></li></ul></div>"
)


def test_an_attachment_with_its_size_goes() -> None:
    article = marsad.extract(page(f"<p>{PARAGRAPH}</p>{ATTACHMENT}"))
    assert article.text == PARAGRAPH


CREDITS = (
    "<div class='t512__text'>بحث ميداني: سامي عودة<br />تحرير: ريم الحاج<br />"
    "تصميم وبرمجة: استوديو نقطة</div>"
)


def test_a_block_of_roles_holding_a_byline_is_credits() -> None:
    article = marsad.extract(page(f"<p>{PARAGRAPH}</p><p>{OTHER}</p>{CREDITS}"))
    assert article.text.split("\n\n") == [PARAGRAPH, OTHER]
    assert [a.name for a in article.authors] == ["ريم الحاج"]


def test_label_and_value_lines_with_no_byline_stay() -> None:
    facts = "<div>الاسم: سامي عودة<br />المهنة: مزارع<br />القرية: العيون</div>"
    article = marsad.extract(page(f"<p>{PARAGRAPH}</p>{facts}<p>{OTHER}</p>"))
    assert "المهنة: مزارع" in article.text
