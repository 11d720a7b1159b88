"""The general rules that the fourteenth held-out pass's page templates (``eval_templates.json``,
``"pass": 14``, scored once before any rule change; ``test_html_fresh`` renders them) led to
(boilerplate 2026.12.15): a logo linking to a portal's front page under its language; labels
set as inline elements over the headline, glued; link cards with a count or a duration beside
the link; the labels of boxes whose other lines are all gone, and the one heading of the box
that holds all the text; a credit set in italics under an image; caption, credits, guest and
support boxes; ARIA notes as page chrome; the body put back when trafilatura kept only the
header; lines of pictographs alone; the feed footer «ظهرت المقالة … أولاً على …». Each rule
has cases that must keep prose."""

from __future__ import annotations

import pytest
from lxml import etree

import marsad
from marsad.model import RawDocument
from marsad.stages import html
from test_html_fresh import ARTICLES, OTHER, PARAGRAPH, TITLE, line_reason, page, render

SITE = "وزارة الخارجية وشؤون المغتربين"


@pytest.mark.parametrize(("href", "home"), [
    ("/", True), ("/ar/", True), ("/ar/Pages/default.aspx", True),
    ("https://www.example.gov/en/home", True), ("/index.php", True),
    ("/ar/Pages/NewsDetails.aspx?ID=4712", False), ("/ar/news/4712", False), ("/tv", False),
])
def test_a_front_page_under_a_language_is_the_home_page(href: str, home: bool) -> None:
    assert bool(html._HOME.match(href)) is home


def test_a_logo_linking_to_the_front_page_is_not_the_title() -> None:
    # the site's name is the longer side of «<title>»: only the logo test tells the two apart
    logo = f"<h1><a href='/ar/Pages/default.aspx'><img src='l.png' alt=''>{SITE}</a></h1>"
    article = marsad.extract(
        f"<html><head><title>{SITE} - {TITLE}</title></head><body>{logo}<div class='news'>"
        f"<h2>{TITLE}</h2><p>{PARAGRAPH}</p><p>{OTHER}</p></div></body></html>")
    assert article.title == TITLE


def test_inline_labels_over_the_headline_go_glued_or_not() -> None:
    hero = (f"<div class='hero'><a href='/shows/m'>بودكاست المشهد</a><span>الحلقة 47</span>"
            f"<h1>{TITLE}</h1></div><section><p>{PARAGRAPH}</p><p>{OTHER}</p></section>")
    article = marsad.extract(f"<html><head><title>{TITLE}</title></head><body><main>{hero}"
                             "</main></body></html>")
    assert article.text.split("\n\n") == [PARAGRAPH, OTHER]
    # the labels run on as trafilatura glues them (one alone is left to the other rules); a
    # sentence set inline is no label
    tree = etree.fromstring(f"<div><span>{PARAGRAPH}</span>{hero}</div>")
    assert html._labels_before(tree.find(".//h1")) == {"بودكاست المشهد الحلقه 47"}
    tree = etree.fromstring(f"<div><span>{PARAGRAPH}</span><b>الحلقة 47</b><h1>{TITLE}</h1></div>")
    assert html._labels_before(tree.find(".//h1")) == set()


@pytest.mark.parametrize("card", [
    "<p><a href='/e/46'>الحلقة 46: المدن التي ابتلعها البحر</a> 38 دقيقة</p>",
    "<p><span>🎧</span> <a href='/e/46'>الحلقة 46: المدن التي ابتلعها البحر</a>"
    "<span>38 دقيقة</span></p>",
    "<p><a href='/shows/m'>كل الحلقات (47)</a></p>",
], ids=["duration", "glued", "count"])
def test_a_link_card_with_a_count_beside_its_link_goes(card: str) -> None:
    article = marsad.extract(page(f"<p>{PARAGRAPH}</p>{card}<p>{OTHER}</p>"))
    assert article.text.split("\n\n") == [PARAGRAPH, OTHER]


@pytest.mark.parametrize("line", [
    "وقال <a href='/p/1'>الوزير</a> إن 3 أشخاص قتلوا في الهجوم",
    "<a href='/d/2254'>قرار مجلس الأمن</a> صدر أمس بالإجماع",
    "<a href='/d/2254'>قرار مجلس الأمن رقم 2254 بشأن سوريا</a> (2015).",
])
def test_a_line_of_text_around_a_link_stays(line: str) -> None:
    article = marsad.extract(page(f"<p>{PARAGRAPH}</p><p>{line}</p><p>{OTHER}</p>"))
    assert len(article.text.split("\n\n")) == 3


CHAPTERS = ("<section class='ep-chapters'><h2>محاور الحلقة</h2><ol><li><a href='#t=0'>00:00</a>"
            " تقديم</li><li><a href='#t=195'>03:15</a> خلفية الحدث</li><li><a href='#t=1110'>"
            "18:30</a> أسئلة المستمعين</li></ol></section>")
LISTEN = ("<ul class='listen-on'><li>استمع عبر:</li><li><a href='https://podcasts.apple.com/x'>"
          "Apple Podcasts</a></li><li><a href='https://open.spotify.com/x'>Spotify</a></li>"
          "<li><a href='/feed.xml'>RSS</a></li></ul>")
PITCH = ("<div class='promo'><div class='desc'><h2>صحافة محلية مستقلة</h2><div>نحن فريق صغير "
         "يغطي مدينتكم كل يوم دون تمويل سياسي.</div></div><div class='btn'><a href='/s'>ساهم "
         "معنا</a></div></div>")


@pytest.mark.parametrize("box", [CHAPTERS, LISTEN, PITCH], ids=["chapters", "listen_on", "pitch"])
def test_the_label_of_a_box_whose_other_lines_are_gone_goes(box: str) -> None:
    article = marsad.extract(page(f"<p>{PARAGRAPH}</p><p>{OTHER}</p>{box}"))
    assert article.text.split("\n\n") == [PARAGRAPH, OTHER]


def test_the_one_heading_of_the_box_holding_the_text_goes_and_section_headings_stay() -> None:
    notes = f"<section class='show-notes'><h2>عن الحلقة</h2><p>{PARAGRAPH}</p><p>{OTHER}</p>"
    article = marsad.extract(page(f"{notes}</section>"))
    assert article.text.split("\n\n") == [PARAGRAPH, OTHER]
    assert "page_header" in {r.reason for r in article.removed}
    sections = (f"<section><h2>خلفية</h2><p>{PARAGRAPH}</p></section>"
                f"<section><h2>ردود الفعل</h2><p>{OTHER}</p></section>")
    kept = marsad.extract(page(sections))
    assert kept.text.split("\n\n") == ["خلفية", PARAGRAPH, "ردود الفعل", OTHER]


IMAGE = "<div class='m'><span class='wrap'><img src='/in.jpg' alt=''></span></div>"


def test_an_italic_credit_under_an_image_goes_and_a_bold_subheading_stays() -> None:
    credit = "<div class='t'><p><em>الصورة بإذن من بلدية المدينة</em></p></div>"
    article = marsad.extract(page(f"<p>{PARAGRAPH}</p>{IMAGE}{credit}<p>{OTHER}</p>"))
    assert article.text.split("\n\n") == [PARAGRAPH, OTHER]
    assert "caption" in {r.reason for r in article.removed}
    subheading = "<p><strong>عدد القوات</strong></p>"
    kept = marsad.extract(page(f"<p>{PARAGRAPH}</p>{IMAGE}{subheading}<p>{OTHER}</p>"))
    assert "عدد القوات" in kept.text


@pytest.mark.parametrize("box", [
    "<div class='notion-image-caption'>Photo by Ahmad Odeh on Unsplash</div>",
    "<div class='ep-credits'><p>تقديم: ليلى حداد · إعداد: فريق المشهد · مونتاج: كريم ناصر</p>"
    "<p>موسيقى الشارة: «نوى» لفرقة المدار</p></div>",
    "<section class='ep-guest'><img src='/g.jpg' alt=''><div><span>ضيف الحلقة</span><strong>د. "
    "سامر الخطيب</strong><p>باحث في الاقتصاد السياسي ومؤلف كتاب «أسواق بلا خرائط».</p></div>"
    "</section>",
    "<div class='ep-support'><strong>هذا البودكاست يصلكم مجاناً بدعمكم.</strong> "
    "<a href='/support'>كن داعماً شهرياً</a></div>",
], ids=["caption", "credits", "guest", "support"])
def test_caption_credits_guest_and_support_boxes_go(box: str) -> None:
    article = marsad.extract(page(f"<p>{PARAGRAPH}</p>{box}<p>{OTHER}</p>"))
    assert article.text.split("\n\n") == [PARAGRAPH, OTHER]


def test_a_guest_post_holding_the_text_stays() -> None:
    post = f"<div class='guest-post'><p>{PARAGRAPH}</p><p>{OTHER}</p></div>"
    assert marsad.extract(page(post)).text.split("\n\n") == [PARAGRAPH, OTHER]


def test_the_body_is_put_back_when_trafilatura_keeps_only_the_header() -> None:
    # a one-paragraph story under a Notion page's property rows: trafilatura keeps the rows
    title, paragraphs = ARTICLES[1]
    article = marsad.extract(render("notion_public_page", title, paragraphs).encode())
    assert article.text == paragraphs[0]


def test_a_line_of_pictographs_alone_goes_and_a_lone_one_is_kept() -> None:
    article = marsad.extract(RawDocument(f"📰\n{PARAGRAPH}\n✨🎉\n{OTHER}", title=TITLE))
    assert article.text.split("\n\n") == [PARAGRAPH, OTHER]
    assert "decoration" in {r.reason for r in article.removed}
    prose = f"🎉 {PARAGRAPH}"
    assert marsad.extract(f"{prose}\n{OTHER}").text.split("\n\n") == [prose, OTHER]
    alone = marsad.extract("👍")  # nothing else: kept, with a warning
    assert alone.text == "👍" and alone.warnings


@pytest.mark.parametrize("line", [
    "ظهرت المقالة تركيا: لا نية لدينا لتسليم عفرين للحكومة السورية أولاً على شبكة الأخبار.",
    "ظهر المقال انقطاع المياه عن ثلاثة أحياء لأول مرة على صوت المدينة",
    "The post Hello world appeared first on My Site.",
])
def test_a_feed_footer_is_a_syndication_credit(line: str) -> None:
    assert line_reason(line) == "syndication_credit"


@pytest.mark.parametrize("line", [
    "وقال إن المقال ظهر أولا على موقع الصحيفة قبل أن يحذف، مؤكدا أن الوزارة ستحقق في الأمر.",
    "ظهرت المقالة في الصحيفة قبل أسبوع وأثارت جدلا واسعا بين القراء.",
])
def test_prose_like_the_feed_footer_is_kept(line: str) -> None:
    assert line_reason(line) is None


def test_a_data_table_set_in_a_figure_stays() -> None:
    table = ("<figure class='wp-block-table'><table><tr><td>الإيرادات</td><td>12,340</td></tr>"
             "<tr><td>صافي الربح</td><td>2,210</td></tr></table><figcaption>بالمليون ريال"
             "</figcaption></figure>")
    article = marsad.extract(page(f"<p>{PARAGRAPH}</p>{table}<p>{OTHER}</p>"))
    assert "12,340" in article.text
