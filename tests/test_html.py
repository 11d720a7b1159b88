"""HTML pages: the seed article rendered into realistic site templates, in several encodings.

Each template under ``tests/fixtures/html/`` is a full news page (menus, breadcrumbs, share
buttons, sidebars, related/most-read blocks, comments, footer) with ``{{TITLE}}``,
``{{BODY}}``, ``{{META_CHARSET}}`` and ``{{BYLINE_ELEMENT}}`` placeholders. The test renders
the shared seed into each and expects exactly what the plain-text extraction gives.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path

import pytest

import marsad
from marsad.model import Article

TEMPLATES = Path(__file__).parent / "fixtures" / "html"
BULLETS = "•●▪■"
READ_ALSO_URL = "https://example.com/2021/01/al-issawi"
BYLINE = "حوار: جهاد عبد الله"


@dataclass(frozen=True)
class Style:
    """How a site marks up headings and where it puts the byline."""

    heading: str  # "h2", "h3" or "strong" (a bold paragraph keeping the bullet)
    byline_in_body: bool
    blank_paragraphs: bool  # WordPress keeps the editor's empty «&nbsp;» paragraphs


STYLES = {
    "jannah": Style("h3", byline_in_body=True, blank_paragraphs=True),
    "table_layout": Style("strong", byline_in_body=True, blank_paragraphs=False),
    "modern": Style("h2", byline_in_body=False, blank_paragraphs=False),
}
# Text that only the page chrome holds: none of it may reach ``text``.
CHROME = [
    "سياسة الخصوصية", "مجلس الأمن يعقد جلسة طارئة", "فريق التحرير", "فيسبوك",
    "الوسوم", "مقالات ذات صلة", "قوات قسد تعلن القبض على خلية", "اترك تعليق",
    "لن يتم نشر عنوان بريدك", "الأكثر قراءة", "ارتفاع جديد في أسعار المحروقات", "تابعونا",
    "عن الوكالة", "جميع الحقوق محفوظة", "زر الذهاب إلى الأعلى", "أقسام الجريدة",
    "استطلاع الرأي", "هل تتوقع انسحاب", "العدد 14230", "طباعة", "أرسل لصديق", "إلى الأعلى",
    "أخبار ذات صلة", "مسؤول عراقي: تنسيق مستمر", "تعليقات القراء", "تحليل ممتاز",
    "أمطار غزيرة", "القائمة البريدية", "اتصل بنا", "اقرأ أيضاً", "بعد مقتل العيساوي",
    "تخطي إلى المحتوى", "اشترك", "دقائق القراءة", "نسخ الرابط", "جنود من قوات التحالف",
    "النشرة البريدية", "البنك المركزي يرفع", "ما الذي تبقى من تنظيم داعش", "التعليقات",
    "حوار مهم جداً", "شروط الاستخدام", "منصة الشرق اليوم", "جهاد عبد الله", "خاص||",
]
ENCODINGS = [
    ("utf-8", '<meta charset="utf-8">'),
    ("utf-8", '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'),
    ("windows-1256", '<meta charset="windows-1256">'),
    ("windows-1256", '<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">'),
    ("utf-8", ""),
    ("windows-1256", ""),
]


def seed_blocks(seed_text: str) -> tuple[str, list[tuple[str, str]]]:
    """The seed as (headline, [(kind, text)]): kinds are p, heading, read_also, byline, blank.

    The first line is the scraped menu crumbs, the trailing «مقالات ذات صلة» and «زر الذهاب
    إلى الأعلى» lines are page chrome: the templates bring their own.
    """
    lines = [line.strip() for line in seed_text.splitlines()]
    lines = [line for line in lines if line]  # blank lines only separate paragraphs
    headline, rest = lines[1], lines[2:]
    blocks: list[tuple[str, str]] = []
    for line in rest:
        if line in ("مقالات ذات صلة", "زر الذهاب إلى الأعلى"):
            continue
        if line == "\u00a0":
            blocks.append(("blank", ""))
        elif line[0] in BULLETS:
            blocks.append(("heading", line[1:].strip()))
        elif line.startswith("اقرأ أيضاً"):
            blocks.append(("read_also", line.split(":", 1)[1].strip()))
        elif line == BYLINE:
            blocks.append(("byline", line))
        else:
            blocks.append(("p", line))
    return headline, blocks


def render_body(blocks: list[tuple[str, str]], style: Style) -> str:
    out: list[str] = []
    for kind, text in blocks:
        escaped = html.escape(text, quote=False)
        if kind == "p":
            out.append(f"<p>{escaped}</p>")
            if style.blank_paragraphs:
                out.append("<p>&nbsp;</p>")
        elif kind == "heading":
            if style.heading == "strong":
                out.append(f"<p><strong>• {escaped}</strong></p>")
            else:
                out.append(f"<{style.heading}>{escaped}</{style.heading}>")
        elif kind == "read_also":
            out.append(f'<p><strong>اقرأ أيضاً:</strong> '
                       f'<a href="{READ_ALSO_URL}">{escaped}</a></p>')
        elif kind == "byline" and style.byline_in_body:
            out.append(f"<p><strong>{escaped}</strong></p>")
    return "\n".join(out)


def render_page(template: str, headline: str, blocks: list[tuple[str, str]],
                meta_charset: str = '<meta charset="utf-8">') -> str:
    """A whole page: ``template`` is a file stem under ``tests/fixtures/html``."""
    style = STYLES[template]
    page = (TEMPLATES / f"{template}.html").read_text(encoding="utf-8")
    byline = any(kind == "byline" for kind, _ in blocks) and not style.byline_in_body
    return (
        page.replace("{{META_CHARSET}}", meta_charset)
        .replace("{{TITLE}}", html.escape(headline, quote=False))
        .replace("{{BYLINE_ELEMENT}}",
                 f'<span class="byline" itemprop="author">{BYLINE}</span>' if byline else "")
        .replace("{{BODY}}", render_body(blocks, style))
    )


@pytest.fixture(scope="module")
def plain(seed_bytes: bytes) -> Article:
    return marsad.extract(seed_bytes)


@pytest.fixture(scope="module")
def blocks(seed_text: str) -> tuple[str, list[tuple[str, str]]]:
    return seed_blocks(seed_text)


def _paragraphs(article: Article) -> list[str]:
    return [article.text[p.start:p.end] for p in article.paragraphs]


@pytest.mark.parametrize("template", sorted(STYLES))
@pytest.mark.parametrize(("encoding", "meta"), ENCODINGS,
                         ids=["utf8-meta", "utf8-http-equiv", "cp1256-meta",
                              "cp1256-http-equiv", "utf8-undeclared", "cp1256-undeclared"])
def test_seed_page_extracts_like_plain_text(
    template: str, encoding: str, meta: str, plain: Article,
    blocks: tuple[str, list[tuple[str, str]]],
) -> None:
    # Characters a legacy code page lacks (the Arabic thousands separator «٬» in a view
    # counter) are written as character references, as such sites do.
    page = render_page(template, *blocks, meta_charset=meta).encode(encoding,
                                                                    "xmlcharrefreplace")
    article = marsad.extract(page)
    assert article.input_format == "html"
    assert article.encoding == encoding
    assert article.title == plain.title
    assert article.kicker == "خاص"
    assert [(a.name, a.role) for a in article.authors] == [("جهاد عبد الله", "حوار")]
    assert _paragraphs(article) == _paragraphs(plain)
    assert len(article.paragraphs) == 15
    assert [s.heading for s in article.sections] == [s.heading for s in plain.sections]
    assert len(article.sections) == 5
    for phrase in CHROME:
        assert phrase not in article.text, phrase
    # Nothing but the body: the text is exactly the headings and paragraphs, in order.
    assert article.text.replace("• ", "") == plain.text.replace("• ", "")


@pytest.mark.parametrize("template", sorted(STYLES))
def test_read_also_link_is_kept_as_metadata(
    template: str, blocks: tuple[str, list[tuple[str, str]]],
) -> None:
    article = marsad.extract(render_page(template, *blocks))
    read_also = [link for link in article.links if link.kind == "read_also"]
    assert len(read_also) == 1
    assert read_also[0].text.startswith("بعد مقتل العيساوي في العراق")
    assert read_also[0].url == READ_ALSO_URL
    assert {"read_also"} <= {r.reason for r in article.removed}


@pytest.mark.parametrize("template", sorted(STYLES))
def test_offsets_are_spans_of_text(template: str,
                                   blocks: tuple[str, list[tuple[str, str]]]) -> None:
    article = marsad.extract(render_page(template, *blocks).encode("utf-8"))
    for span in [*article.paragraphs, *article.sentences]:
        piece = article.text[span.start:span.end]
        assert piece and piece == piece.strip()
    for section in article.sections:
        assert article.text[section.heading_start:section.heading_end] == section.heading
        assert section.start <= section.heading_start < section.end <= len(article.text)


def test_templates_are_complete_pages() -> None:
    for template in STYLES:
        page = (TEMPLATES / f"{template}.html").read_text(encoding="utf-8")
        for placeholder in ("{{TITLE}}", "{{BODY}}", "{{META_CHARSET}}"):
            assert placeholder in page, (template, placeholder)


PARAGRAPHS = [
    "قال مسؤول محلي إن القصف استهدف ريف إدلب الجنوبي صباح اليوم وأدى إلى مقتل مدنيين.",
    "وأضاف أن فرق الدفاع المدني عملت على إخماد الحرائق وإسعاف المصابين إلى المستشفيات.",
    "ولم تعلق الحكومة على الهجوم حتى الآن، فيما دعت منظمات إنسانية إلى وقف التصعيد.",
]


def _portal(head: str, body: str) -> str:
    return (f"<html><head>{head}</head><body><div id='content'><article>{body}</article>"
            "</div><div id='footer'><h1>بوابة الخبر</h1><p>جميع الحقوق محفوظة</p></div>"
            "</body></html>")


def test_title_is_the_agreement_of_title_fields_and_headline_not_the_site_name() -> None:
    title = "قصف على ريف إدلب الجنوبي"
    page = _portal(f"<title>{title} - بوابة الخبر</title>"
                   f"<meta property='og:title' content='{title} - بوابة الخبر'>",
                   f"<h1>{title}</h1>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS))
    assert marsad.extract(page).title == title


def test_site_name_before_the_title_is_cut_too() -> None:
    title = "قصف على ريف إدلب الجنوبي"
    page = _portal(f"<title>صحيفة الصباح: {title}</title>",
                   "<h1>صحيفة الصباح</h1>" + f"<h3><a href='/p'>{title}</a></h3>"
                   + "".join(f"<p>{p}</p>" for p in PARAGRAPHS))
    assert marsad.extract(page).title == title


def test_a_lead_set_as_a_heading_stays_body_text() -> None:
    lead = ("وصلت القوات إلى مسافة كيلومتر واحد من مدخل المدينة بعد أسابيع من المعارك العنيفة "
            "التي دارت في القرى المحيطة بها، وفق ما أفاد ناشطون ومصادر محلية.")
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    page = _portal("<title>عنوان الخبر</title>", f"<h1>عنوان الخبر</h1><h2>{lead}</h2>{body}")
    article = marsad.extract(page)
    assert article.text.startswith(lead)
    assert not article.sections or all(s.heading != lead for s in article.sections)


def test_in_body_read_also_list_ad_label_and_poll_are_removed() -> None:
    body = (f"<h1>عنوان الخبر</h1><p>{PARAGRAPHS[0]}</p><div class='ad'>إعلان</div>"
            "<p><strong>اقرأ أيضا..</strong></p><ul><li><a href='/r1'>وزير الخارجية يستقبل نظيره"
            "</a></li><li><a href='/r2'>الحكومة تعلن موعد صرف المعاشات</a></li></ul>"
            f"<p>{PARAGRAPHS[1]}</p><p>{PARAGRAPHS[2]}</p><div class='poll'><h3>استطلاع رأى</h3>"
            "<p>هل تتوقع نجاح المفاوضات؟</p><p>عدد الأصوات 3245</p></div>")
    article = marsad.extract(_portal("<title>عنوان الخبر</title>", body))
    assert article.text.split("\n\n") == PARAGRAPHS
    reasons = {r.reason for r in article.removed}
    # trafilatura drops the list, and (since it keeps a short article's own extraction,
    # boilerplate 2026.12.4) the «ad»-classed box too; the poll and the header are ours.
    assert {"related_header", "poll"} <= reasons
    assert "إعلان" not in article.text
