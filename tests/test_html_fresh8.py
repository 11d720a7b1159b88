"""The general rules that the eighth held-out pass's page templates (``eval_templates.json``,
``"pass": 8``, scored once before any rule change; ``test_html_fresh`` renders them) led to
(boilerplate 2026.12.9): «كلمات مفتاحية:»/«الوسوم:» tag lines, boxes marked ``rel`` or
``keywords``, AMP furniture components (``amp-live-list`` of short entries, ``amp-consent``…)
and a heading left last once its box's lines are gone. Each rule has a case that must keep
prose."""

from __future__ import annotations

import pytest

import marsad
from test_html_fresh import OTHER, PARAGRAPH, line_reason, page


@pytest.mark.parametrize("line", ["كلمات مفتاحية: القمة جامعة الدول", "الوسوم: سوريا، إدلب",
                                  "الكلمات الدلالية: انتخابات", "Tags: Syria, Idlib"])
def test_tag_lines_go(line: str) -> None:
    assert line_reason(line) == "tags"


@pytest.mark.parametrize("line", [
    "وقال إن الكلمات المفتاحية في الخطاب كانت واضحة: لا تفاوض قبل الانسحاب.",
    "الوسوم التي وضعتها الشركة على منتجاتها أثارت جدلا واسعا بين المستهلكين."])
def test_prose_about_keywords_is_kept(line: str) -> None:
    assert line_reason(line) is None


def test_a_box_marked_rel_or_keywords_goes() -> None:
    box = ("<div class='post-rel'><div class='post-rel-h'>أخبار ذات صلة</div><div class='itm'>"
           "<a href='/1'>وزير الخارجية يستقبل نظيره</a><span>منذ 5 ساعات</span></div></div>"
           "<div class='nh-article__keywords'><a href='/t/1'>القمة</a> <a href='/t/2'>جامعة "
           "الدول</a></div>")
    text = marsad.extract(page(f"<p>{PARAGRAPH}</p>{box}")).text
    assert "وزير الخارجية" not in text and "جامعة" not in text and PARAGRAPH in text


def test_an_amp_live_list_of_short_entries_goes_and_one_of_prose_stays() -> None:
    entries = ("<amp-live-list id='l' data-poll-interval='15000'><div items>"
               "<div id='u2' data-sort-time='2'><span>12:40</span><p>وصول وفود إضافية إلى "
               "مقر الاجتماعات</p></div><div id='u1' data-sort-time='1'><span>11:40</span>"
               "<p>انطلاق الجلسة المغلقة</p></div></div></amp-live-list>")
    text = marsad.extract(page(f"<p>{PARAGRAPH}</p><p>{OTHER}</p>{entries}")).text
    assert "وفود" not in text and "الجلسة المغلقة" not in text and PARAGRAPH in text
    blog = (f"<amp-live-list id='l'><div items><div id='u1'><p>{PARAGRAPH}</p></div>"
            f"<div id='u2'><p>{OTHER}</p></div></div></amp-live-list>")
    text = marsad.extract(page(blog)).text
    assert PARAGRAPH in text and OTHER in text


def test_a_heading_left_last_by_its_box_goes_but_a_subheading_stays() -> None:
    entry = ("<div class='live-entry'><div class='t'>12:52</div><div class='c'><h3>انتهاء "
             "الجلسة الصباحية</h3><p>رفع رئيس الجلسة أعمال الجلسة الصباحية على أن تستأنف "
             "بعد الظهر في القاعة نفسها</p></div><div class='s'><a href='#e'>نسخ الرابط</a>"
             "</div></div>")
    text = marsad.extract(page(f"<p>{PARAGRAPH}</p><p>{OTHER}</p>{entry}")).text
    assert "انتهاء الجلسة" not in text and PARAGRAPH in text and OTHER in text
    sub = f"<p>{PARAGRAPH}</p><h3>تحليق بسماء العراق</h3><p>{OTHER}</p>"
    text = marsad.extract(page(sub)).text
    assert "تحليق بسماء العراق" in text and OTHER in text
