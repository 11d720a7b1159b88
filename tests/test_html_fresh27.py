"""The general rules that the twenty-seventh held-out pass's page templates
(``eval_templates.json``, ``"pass": 27``, scored once before any rule change;
``test_html_fresh`` renders them) led to (boilerplate 2026.12.22): a form control's box that
opens on its own subheading is a wall («أكمل القراءة مجاناً», its pitch, the e-mail field),
even though its pitch is a sentence; a call-to-action label that closes on a quoted name
(«بالشراكة مع منصة «دليل»») is still a label; a navigation list may hold one unlinked item,
the page the reader is on (a series' «الجزء الحالي»); «يمكنكم الإبلاغ عن أي خطأ … عبر …» is
a correction prompt. Each rule has a case that must keep the text."""

from __future__ import annotations

import pytest

import marsad
from test_html_fresh import ARTICLES, OTHER, PARAGRAPH, line_reason, page, render

WALL_PITCH = "هذا المحتوى متاح لمشتركي النشرة. أدخل بريدك لفتح بقية العدد وكل أعداد الأرشيف."


@pytest.mark.parametrize("name", ["beehiiv_newsletter_post", "brightspot_news_article",
                                  "hashnode_blog_post"])
@pytest.mark.parametrize(("title", "paragraphs"), ARTICLES, ids=["long", "short"])
def test_the_pass_27_boxes_go(name: str, title: str, paragraphs: list[str]) -> None:
    """The templates themselves: the subscription wall, the sponsor box, the correction
    note and the series list leave the text whole (the newsletter's referral note is still
    open: ``test_html_fresh.OPEN``)."""
    text = marsad.extract(render(name, title, paragraphs).encode()).text
    assert all(p in text for p in paragraphs)
    for gone in ("أكمل القراءة مجاناً", "بالشراكة مع", "صفحة التصويبات", "الجزء الحالي",
                 "مدخل: ما البيانات المفتوحة؟", "هذه التدوينة جزء من سلسلة"):
        assert gone not in text, gone


def test_a_wall_headed_by_its_subheading_goes_with_its_pitch() -> None:
    wall = (f"<div class='gate'><h2>أكمل القراءة مجاناً</h2><p>{WALL_PITCH}</p><form>"
            "<input type='email'><button>اشترك</button></form></div>")
    text = marsad.extract(page(f"<p>{PARAGRAPH}</p><p>{OTHER}</p>{wall}")).text
    assert "أكمل القراءة" not in text and "لمشتركي" not in text
    assert PARAGRAPH in text and OTHER in text


def test_a_paragraph_in_a_box_with_a_form_but_no_subheading_stays() -> None:
    """A short article's one paragraph beside a newsletter field: no subheading opens the
    box, so the paragraph is the article's."""
    box = f"<div class='c'><p>{PARAGRAPH}</p><form><input type='email'><button>اشترك</button>"
    text = marsad.extract(page(box + "</form></div>")).text
    assert PARAGRAPH in text


def boxed(label: str) -> str:
    """The text of a page with a box between its paragraphs: ``label``, a pitch, a link."""
    box = (f"<div class='x'><h3>{label}</h3><p>قاعدة بيانات تضم أكثر من تسعين ألف وثيقة "
           "رسمية قابلة للبحث، جرّبها أسبوعين بلا مقابل.</p><p><a href='/d'>ابدأ التجربة</a>"
           "</p></div>")
    return marsad.extract(page(f"<p>{PARAGRAPH}</p>{box}<p>{OTHER}</p>")).text


def test_a_sponsor_box_whose_label_ends_in_a_quoted_name_goes() -> None:
    text = boxed("بالشراكة مع منصة «دليل»")
    assert "دليل" not in text and "قاعدة بيانات" not in text
    assert PARAGRAPH in text and OTHER in text


def test_a_box_opened_by_a_quoted_sentence_stays() -> None:
    """Sentence punctuation inside the quotes: a quoted sentence, not a name."""
    assert "سنعيد الإعمار" in boxed("قال الوزير «سنعيد الإعمار.»")


def series(current: str, extra: str = "") -> str:
    return marsad.extract(page(
        f"<div class='s'><p>هذه التدوينة جزء من سلسلة</p><ol><li><a href='/a'>مدخل إلى "
        f"البيانات المفتوحة</a></li><li>{current}</li>{extra}<li><a href='/c'>التراخيص "
        f"بلغة بسيطة</a></li></ol></div><p>{PARAGRAPH}</p><p>{OTHER}</p>")).text


def test_a_series_list_with_the_current_part_unlinked_goes() -> None:
    text = series("الجزء الحالي")
    assert "الجزء الحالي" not in text and "مدخل إلى البيانات" not in text
    assert PARAGRAPH in text and OTHER in text


def test_a_list_with_a_sentence_or_two_unlinked_items_stays() -> None:
    """An unlinked sentence, or a second unlinked item: a list of the article's own."""
    sentence = "وقال المتحدث إن الوزارة ستنشر الجداول كاملة خلال الأسبوع المقبل."
    assert sentence in series(sentence)
    assert "الجزء الحالي" in series("الجزء الحالي", "<li>الجزء الأخير</li>")


@pytest.mark.parametrize("line", ["يمكنكم الإبلاغ عن أي خطأ في هذه المادة عبر صفحة التصويبات.",
                                  "يرجى الإبلاغ عن أي خطأ عبر البريد الإلكتروني",
                                  "للإبلاغ عن خطأ في هذا الخبر"])
def test_correction_prompts_with_a_channel_go(line: str) -> None:
    assert line_reason(line) == "correction_prompt"


@pytest.mark.parametrize("line", [
    "يمكنكم الإبلاغ عن أي خطأ طبي عبر الخط الساخن الذي أطلقته الوزارة أمس.",
    "يمكنكم الإبلاغ عن أي خطأ عبر الخط الساخن الذي أطلقته وزارة الصحة صباح أمس."])
def test_prose_about_reporting_errors_stays(line: str) -> None:
    assert line_reason(line) is None
