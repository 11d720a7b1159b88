"""The page templates of the fourth held-out pass (``eval_templates.json``: ``pass`` 4,
scored once before any rule change) and the general rules their failures led to
(boilerplate 2026.12.5): a headline in an element named for it when the title fields hold
only a site's name or «print view», a page's own address line, an interview guest's bio
card, «حوارات سابقة»-style related headers, the Maghrebi «إشهار» ad label and a
site's «news are their sources' responsibility» disclaimer."""

from __future__ import annotations

import pytest

import marsad
from marsad.boilerplate import is_trailer_marker
from test_html_fresh import PARAGRAPH, line_reason


def test_a_print_views_headline_in_a_titled_div_is_the_title() -> None:
    title = "قصف على ريف إدلب الجنوبي"
    for head in ("نسخة للطباعة - جريدة المساء", "نسخة للطباعة"):
        page = (f"<html><head><title>{head}</title></head><body>"
                "<table><tr><td>جريدة يومية مستقلة</td></tr></table>"
                f"<div class='print-title'>{title}</div><div class='body'><p>{PARAGRAPH}</p>"
                f"<p>{PARAGRAPH}</p></div></body></html>")
        assert marsad.extract(page).title == title, head


def test_a_title_field_the_page_agrees_with_beats_a_titled_div() -> None:
    title = "قصف على ريف إدلب الجنوبي"
    page = (f"<html><head><title>{title}</title></head><body>"
            "<div class='box-title'>آخر الأخبار</div><div class='title'>آخر الأخبار اليوم</div>"
            f"<p>{PARAGRAPH}</p><p>{PARAGRAPH}</p></body></html>")
    assert marsad.extract(page).title == title


def test_an_interview_guests_card_is_not_body() -> None:
    page = ("<html><body><article><h1>حوار مع خبير</h1><div class='guest-card'><span>ضيف "
            "الحوار</span><p>أستاذ العلاقات الدولية بالجامعة وعضو مركز الدراسات الاستراتيجية "
            f"في العاصمة منذ عشرين عاما</p></div><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p>"
            "</article></body></html>")
    text = marsad.extract(page).text
    assert "أستاذ العلاقات" not in text and PARAGRAPH in text


@pytest.mark.parametrize(("line", "reason"), [
    ("رابط المادة: http://example.com/local/2018/04/16/123456.html", "page_url"),
    ("الرابط المختصر: https://exm.pl/a1B2", "page_url"),
    ("إشهار", "ad_label"),
    ("جميع الأخبار المنشورة على الموقع مسؤولية مصادرها، ولا يجوز إعادة النشر.", "disclaimer"),
    ("التعليقات تعبر عن آراء أصحابها ولا تعبر عن رأي الموقع.", "disclaimer"),
])
def test_fourth_pass_debris_lines(line: str, reason: str) -> None:
    assert line_reason(line) == reason, line


@pytest.mark.parametrize("line", [
    "وقال إن رابط المادة التي نشرها الموقع حذف لاحقا",
    "رابط المادة: ما نشرته الصحيفة أمس عن الحادث",
    "إشهار الإفلاس رسميا أمام المحكمة التجارية",
    "وقال إن الأخبار المنشورة على الموقع مسؤولية مصادرها",
    "الأخبار المنشورة عن الحادث كثيرة ومتضاربة",
])
def test_prose_like_the_fourth_pass_rules_is_kept(line: str) -> None:
    assert line_reason(line) is None


@pytest.mark.parametrize(("line", "marker"), [
    ("حوارات سابقة", True), ("مواضيع متعلقة", True), ("مقالات ذات صلة:", True),
    ("أخبار مشابهة", True), ("حوارات سابقة مع قادة الفصائل كشفت الخلاف", False),
])
def test_related_headers(line: str, marker: bool) -> None:
    assert is_trailer_marker(line) is marker
