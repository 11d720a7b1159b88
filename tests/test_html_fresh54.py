"""The general rules that the fifty-fourth held-out pass's page templates
(``eval_templates.json``, ``"pass": 54``, scored once before any rule change;
``test_html_fresh`` renders them) led to: a heading after a release's last end marker
(«-انتهى-») opens its notes to editors, which go whole, prose included; a title field's side
that a menu links to names a place on the site (a community), not the article; a relative
stamp «نُشر منذ ساعتين» may carry its date after it; and «شاهده ٣١٢ شخصاً» is a view count
(boilerplate 2026.12.31)."""

from __future__ import annotations

import pytest

import marsad
from test_html_fresh import OTHER, PARAGRAPH, TITLE, line_reason


def _release(after_text: str) -> str:
    """An investor-relations release: the headline, the text, then ``after_text``."""
    return (f"<html><head><title>{TITLE} | علاقات المستثمرين</title></head><body><main>"
            f"<article><h1>{TITLE}</h1><div class='release-body'><p>{PARAGRAPH}</p>"
            f"<p>{OTHER}</p>{after_text}</div></article></main></body></html>")


_ABOUT = ("تأسست شركة الراية القابضة عام 2004، وتعمل في قطاعات الاتصالات والخدمات "
          "اللوجستية في ست دول، وأسهمها مدرجة في السوق المالية تحت الرمز 4291.")
_DISCLAIMER = ("قد يتضمن هذا البيان بيانات تطلعية تخضع لمخاطر قد تجعل النتائج الفعلية "
               "تختلف جوهرياً عما ورد فيها.")


def test_a_heading_after_the_end_marker_opens_the_notes_to_editors() -> None:
    """Before this pass the short lines after «-انتهى-» went, its prose stayed: the «about»
    paragraph under «نبذة عن …» and the disclaimer under «بيانات تطلعية», with their
    headings, closed the text."""
    notes = (f"<p>-انتهى-</p><h3>نبذة عن شركة الراية القابضة</h3><p>{_ABOUT}</p>"
             "<h3>للتواصل مع علاقات المستثمرين</h3><p>البريد الإلكتروني: ir@alraya.example</p>"
             f"<h3>بيانات تطلعية</h3><p>{_DISCLAIMER}</p>")
    article = marsad.extract(_release(notes))
    assert article.text.split("\n\n") == [PARAGRAPH, OTHER]
    assert any(line.text == _ABOUT for line in article.removed if line.reason == "after_end")


def test_prose_after_the_marker_with_no_heading_stays() -> None:
    """Near miss (the same on the code before): a paragraph right after the marker, under no
    heading, is read as text, as before."""
    article = marsad.extract(_release(f"<p>-انتهى-</p><p>{_ABOUT}</p>"))
    assert _ABOUT in article.text


def test_a_heading_before_the_last_marker_heads_a_text() -> None:
    """Near miss: a bulletin of two items, each closed by its own marker: the second item's
    heading comes before the page's last marker and heads a text, which stays."""
    second = ("وأعلنت الهيئة في بيان ثانٍ أنها ستفتح باب التسجيل للمتطوعين الأسبوع المقبل "
              "في جميع المحافظات.")
    article = marsad.extract(_release(
        f"<p>-انتهى-</p><h3>الهيئة تفتح باب التطوع</h3><p>{second}</p><p>-انتهى-</p>"))
    assert second in article.text and "الهيئة تفتح باب التطوع" in article.text


_COMMUNITY = "إعلانات جامعة الشرق"


def _community_thread(menu: str) -> str:
    """A community's announcement in an enterprise network (Viva Engage): the ``<title>``
    names the community and the app, the community is listed in ``menu`` and named over
    the thread in the main region, the thread's title is an ARIA heading."""
    return (f"<html><head><title>{_COMMUNITY} | Viva Engage</title></head><body>{menu}"
            f"<div role='main'><div class='community-name'>{_COMMUNITY}</div>"
            f"<div class='thread'><div class='thread-title' role='heading' aria-level='2'>"
            f"{TITLE}</div><div class='thread-body'><p>{PARAGRAPH}</p><p>{OTHER}</p></div>"
            "</div></div></body></html>")


def test_a_side_a_menu_links_to_is_no_headline() -> None:
    """Before this pass the community's name, the ``<title>``'s side shown over the thread,
    was the title; the menu listing it says it is a place on the site."""
    menu = ("<nav><a href='/feed'>الصفحة الرئيسية</a><a href='/g/1'>" + _COMMUNITY + "</a>"
            "<a href='/g/2'>نادي القراءة</a><a href='/g/all'>استكشاف المجتمعات</a></nav>")
    assert marsad.extract(_community_thread(menu)).title == TITLE


def test_a_trail_s_last_link_still_names_the_page() -> None:
    """Near miss (the same on the code before): a menu's last link, a trail ending on the
    page itself, names no section: the headline it repeats, shown in the main region as a
    bold line over the text, is still the title."""
    page = (f"<html><head><title>{TITLE} | صحيفة الوسط</title></head><body>"
            "<nav class='breadcrumb'><a href='/'>الرئيسية</a><a href='/local'>محليات</a>"
            f"<a href='/local/47'>{TITLE}</a></nav><main><div class='headline'><b>{TITLE}</b>"
            f"</div><p>{PARAGRAPH}</p><p>{OTHER}</p></main></body></html>")
    assert marsad.extract(page).title == TITLE


@pytest.mark.parametrize("line", [
    "نُشر منذ ساعتين. ٦ ديسمبر ٢٠٢٦ - ١٤:٢٠ UTC",
    "نُشر منذ ٤ ساعات",
    "منذ يومين، 12 مارس 2026"])
def test_a_relative_stamp_with_its_date_is_a_timestamp(line: str) -> None:
    """Before this pass «منذ ساعتين» alone was a timestamp; with «نُشر» before it or the
    date after it (a status page's «Posted 2 hours ago. Dec 06, 2026 - 14:20 UTC») none."""
    assert line_reason(line) == "timestamp"


@pytest.mark.parametrize("line", [
    "نشر منذ ساعتين تقريرا يكشف حجم الخسائر",
    "منذ يومين. قال الوزير إن المفاوضات مستمرة"])
def test_a_sentence_after_a_relative_stamp_stays(line: str) -> None:
    """Near miss: words after the stamp that are no date make it a sentence."""
    assert line_reason(line) is None


@pytest.mark.parametrize("line", ["شاهده ٣١٢ شخصاً", "Seen by 312", "قرأه 1,204 قارئاً"])
def test_a_seen_by_count_is_a_view_count(line: str) -> None:
    """Before this pass a view count was a label and its number («المشاهدات: 312») or a
    number and its noun («312 مشاهدة»); a post's «seen by» line was none."""
    assert line_reason(line) == "view_count"


@pytest.mark.parametrize("line", ["شاهده ٣١٢ شخصاً في الملعب أمس",
                                  "شاهده الملايين حول العالم"])
def test_a_sentence_on_viewers_stays(line: str) -> None:
    """Near miss: the verb with more than a count after it, or no count, is a sentence."""
    assert line_reason(line) is None


def test_a_most_read_menu_listing_the_story_leaves_no_site_name_shown() -> None:
    """Review of pass 54: the story's own side, listed in a «most read» ``<nav>`` (not its
    last link) and shown over the text with the site's name, was taken out before the sides
    were weighed, so the site's name was the one side shown and became the title. A menu's
    side is no headline, but it still counts as shown against its partner."""
    menu = ("<nav class='most-read'><span>الأكثر قراءة</span>"
            f"<a href='/47'>{TITLE}</a><a href='/48'>ارتفاع أسعار النفط في الأسواق العالمية</a>"
            "<a href='/49'>منتخب الشباب يتأهل إلى نهائي البطولة العربية</a></nav>")
    page = (f"<html><head><title>{TITLE} | صحيفة الوسط</title></head><body>"
            f"<div role='main'><div class='site'>صحيفة الوسط</div><div class='title'>{TITLE}"
            f"</div><p>{PARAGRAPH}</p><p>{OTHER}</p></div>{menu}</body></html>")
    assert marsad.extract(page).title == TITLE


def test_a_bulletin_s_unclosed_last_item_stays() -> None:
    """Review of pass 54: on a bulletin whose items are headed and closed by markers (a
    heading between its first marker and its last), a heading after the last marker opens
    one more item, its writer's unclosed last one, not notes to editors: it and its prose
    stay."""
    third = ("وأكد المتحدث باسم الهيئة أن فرق الإنقاذ تواصل عملها في المناطق المتضررة منذ "
             "ساعات الصباح الأولى دون توقف.")
    article = marsad.extract(_release(
        "<p>-انتهى-</p><h3>الهيئة تفتح باب التطوع</h3><p>وأعلنت الهيئة في بيان ثانٍ أنها "
        "ستفتح باب التسجيل للمتطوعين الأسبوع المقبل في جميع المحافظات.</p><p>-انتهى-</p>"
        f"<h3>فرق الإنقاذ تواصل عملها</h3><p>{third}</p>"))
    assert third in article.text and "فرق الإنقاذ تواصل عملها" in article.text


def test_one_text_s_marker_then_two_headed_notes_go() -> None:
    """Near miss of the bulletin rule: one marker, then two headings (the notes' sections):
    no heading lies between two markers, so both sections go."""
    article = marsad.extract(_release(
        f"<p>-انتهى-</p><h3>نبذة عن الشركة</h3><p>{_ABOUT}</p><h3>بيانات تطلعية</h3>"
        f"<p>{_DISCLAIMER}</p>"))
    assert _ABOUT not in article.text and _DISCLAIMER not in article.text
