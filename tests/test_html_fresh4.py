"""The page templates of the fourth held-out pass (``eval_templates.json``: ``pass`` 4,
scored once before any rule change) and the general rules their failures led to
(boilerplate 2026.12.5): a headline in an element named for it when the title fields hold
only a site's name or «print view», a page's own address line, an interview guest's bio
card, «حوارات سابقة»-style related headers, the Maghrebi «إشهار» ad label and a
site's «news are their sources' responsibility» disclaimer."""

from __future__ import annotations

import pytest

import marsad
from marsad.arabic.normalize import normalize
from marsad.boilerplate import is_trailer_marker, load_boilerplate, match_line
from test_html_fresh import ARTICLES, SPEC, render

PASS4 = sorted(name for name, entry in SPEC.items() if entry.get("pass") == 4)

PARAGRAPH = ("قال مسؤول محلي إن القصف استهدف ريف إدلب الجنوبي صباح اليوم وأدى إلى مقتل مدنيين "
             "وإصابة آخرين بجروح متفاوتة.")


def test_the_fourth_pass_templates_are_listed() -> None:
    assert len(PASS4) == 6
    assert all(SPEC[name]["held_out"] and SPEC[name]["fresh"] for name in PASS4)


@pytest.mark.parametrize("name", PASS4)
@pytest.mark.parametrize(("title", "paragraphs"), ARTICLES, ids=["long", "short"])
def test_fourth_pass_template_gives_title_and_body_without_debris(
        name: str, title: str, paragraphs: list[str]) -> None:
    article = marsad.extract(render(name, title, paragraphs).encode())
    assert article.title == title
    text, own = normalize(article.text), normalize(title + "\n" + "\n".join(paragraphs))
    assert all(normalize(p) in text for p in paragraphs), article.text
    leaked = [d for d in SPEC[name]["debris"] if normalize(d) in text and normalize(d) not in own]
    assert not leaked, leaked


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
    found = match_line(line, load_boilerplate().line_rules)
    assert found is not None and found.reason == reason, line


@pytest.mark.parametrize("line", [
    "وقال إن رابط المادة التي نشرها الموقع حذف لاحقا",
    "رابط المادة: ما نشرته الصحيفة أمس عن الحادث",
    "إشهار الإفلاس رسميا أمام المحكمة التجارية",
    "وقال إن الأخبار المنشورة على الموقع مسؤولية مصادرها",
    "الأخبار المنشورة عن الحادث كثيرة ومتضاربة",
])
def test_prose_like_the_fourth_pass_rules_is_kept(line: str) -> None:
    assert match_line(line, load_boilerplate().line_rules) is None


@pytest.mark.parametrize(("line", "marker"), [
    ("حوارات سابقة", True), ("مواضيع متعلقة", True), ("مقالات ذات صلة:", True),
    ("أخبار مشابهة", True), ("حوارات سابقة مع قادة الفصائل كشفت الخلاف", False),
])
def test_related_headers(line: str, marker: bool) -> None:
    assert is_trailer_marker(line) is marker
