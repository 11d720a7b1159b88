"""The general rules that the tenth held-out pass's page templates (``eval_templates.json``,
``"pass": 10``, scored once before any rule change; ``test_html_fresh`` renders them) led to
(boilerplate 2026.12.11): an opinion page's disclaimer may go on «ولا تعبر بالضرورة عن رأي
الموقع», and a label of section-name words set just under the headline (an Instant Article's
``op-kicker`` after its <h1>) is header furniture. Each rule has cases that must keep prose."""

from __future__ import annotations

import pytest

import marsad
from test_html_fresh import PARAGRAPH, TITLE, line_reason, page

SECOND = ("وأضاف المسؤول أن فرق الدفاع المدني عملت طوال ساعات الصباح على انتشال الجرحى "
          "من تحت الأنقاض ونقلهم إلى المستشفيات القريبة.")



@pytest.mark.parametrize("line", [
    "* المقالات المنشورة تعبر عن رأي كتابها ولا تعبر بالضرورة عن رأي الموقع",
    "المقالات المنشورة تعبر عن رأي كتابها، ولا تعكس بالضرورة وجهة نظر الصحيفة.",
    "الآراء المنشورة تعبر عن رأي أصحابها"])
def test_opinion_disclaimers_go(line: str) -> None:
    assert line_reason(line) == "disclaimer"


@pytest.mark.parametrize("line", [
    "وقال إن المقالات المنشورة تعبر عن رأي كتابها ولا تعبر بالضرورة عن رأي الموقع بحسب "
    "لائحة النشر التي أقرها المجلس أمس.",
    "وقال رئيس التحرير إن المقالات المنشورة لا تمر على الرقابة قبل نشرها في الصحيفة."])
def test_prose_about_opinion_pages_is_kept(line: str) -> None:
    assert line_reason(line) is None


def test_a_section_label_under_the_headline_goes() -> None:
    article = marsad.extract(page(f"<h3 class='op-kicker'>منوعات</h3><p>{PARAGRAPH}</p>"
                                  f"<p>{SECOND}</p>"))
    assert article.title == TITLE
    assert "منوعات" not in article.text and PARAGRAPH in article.text and SECOND in article.text


@pytest.mark.parametrize("label", ["سوريا اليوم", "16 أبريل 2018", "منوعات رياضية عربية"])
def test_other_short_lines_under_the_headline_stay(label: str) -> None:
    text = marsad.extract(page(f"<h2>{label}</h2><p>{PARAGRAPH}</p><p>{SECOND}</p>")).text
    assert PARAGRAPH in text and SECOND in text
    if label == "سوريا اليوم":
        assert label in text  # not every word a section name: a subheading stays


def test_a_lone_label_with_nothing_after_it_is_not_the_rule() -> None:
    text = marsad.extract(page(f"<p>{PARAGRAPH}</p>")).text
    assert PARAGRAPH in text


@pytest.mark.parametrize("line", ["لمشاهدة النسخة الكاملة من الموقع اضغط هنا",
                                  "لقراءة النسخة الكاملة اضغط هنا", "لعرض الصفحة الأصلية انقر هنا"])
def test_full_version_links_go(line: str) -> None:
    assert line_reason(line) == "read_more"


def test_a_sentence_about_a_full_version_is_kept() -> None:
    line = ("وقالت الوزارة إن النسخة الكاملة من التقرير ستنشر الأسبوع المقبل على موقعها، "
            "ودعت المواطنين إلى الاطلاع عليها.")
    assert line_reason(line) is None
