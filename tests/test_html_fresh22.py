"""The general rules that the twenty-second held-out pass's page templates
(``eval_templates.json``, ``"pass": 22``, scored once before any rule change;
``test_html_fresh`` renders them) led to: a heading that is one side of a title field whose
other side is a whole title field is the site's name, not a short title; a link to the page
itself can be the headline (a link aggregator's post title is its permalink); a header's
definition list of labels and values (a ruling's card) is furniture; a tabs widget (a list of
in-page links to sibling panels: the writer's bio and «more by the writer») goes before
extraction; and the page's footer after the headline goes, with what follows it when it is one
of the body's own boxes. Each rule has a case that must keep the text."""

from __future__ import annotations

import marsad
from test_html_fresh import OTHER, PARAGRAPH, TITLE, page

URL = "https://old.reddit.com/r/arabs/comments/8cq1z2/x/"
RULES = "مجتمع للنقاش في شؤون العالم العربي: الأخبار والثقافة واللغة والتاريخ وما يتصل بها."
STAMP = "Rendered by PID 24811 on reddit-service-r2 at 2026-12-05 09:12:44 country code: JO."
LEGAL = "Use of this site constitutes acceptance of our User Agreement and Privacy Policy."


def aggregator_page(href: str) -> str:
    """An old-reddit post: the subreddit's sidebar (its name an <h1>, its rules a sentence)
    before the post, whose title is a link beside a flair, then the page's footer and a
    server stamp after it."""
    return (
        f"<html><head><title>{TITLE} : arabs</title>"
        f"<meta property='og:title' content='{TITLE}'><link rel='canonical' href='{URL}'>"
        "</head><body><div class='side'><h1><a href='/r/arabs/'>arabs</a></h1>"
        f"<div class='md'><p>{RULES}</p></div></div>"
        "<div class='content'><div class='thing link self'><p class='title'>"
        f"<a class='title' href='{href}'>{TITLE}</a> <span class='flair'>أخبار</span></p>"
        f"<div class='md'><p>{PARAGRAPH}</p><p>{OTHER}</p></div></div></div>"
        f"<div class='footer-parent'><p class='bottommenu'>{LEGAL}</p></div>"
        f"<p class='debuginfo'>{STAMP}</p></body></html>"
    )


def test_a_self_linked_title_is_the_headline_and_the_sidebar_and_footer_go() -> None:
    article = marsad.extract(aggregator_page("/r/arabs/comments/8cq1z2/x/"))
    assert article.title == TITLE  # not the sidebar's «arabs», the other side of <title>
    assert article.text.split("\n\n") == [PARAGRAPH, OTHER]


def test_a_title_shorter_than_the_site_name_is_still_found() -> None:
    """The other side of the cut is no whole field: the short heading is the title."""
    site = "الموقع الرسمي لجمعية الهلال الأحمر في محافظة الحديدة"
    short = "قصف"
    body = page(f"<p>{PARAGRAPH}</p>").replace(f"<title>{TITLE}</title>",
                                              f"<title>{site} - {short}</title>")
    article = marsad.extract(body.replace(f"<h1>{TITLE}</h1>", f"<h1>{short}</h1>"))
    assert article.title == short


def card(values: tuple[str, str]) -> str:
    """A definition list under the headline, then the body."""
    number, court = values
    return page("<dl class='ruling-card'><dt>رقم الدعوى</dt><dd>" + number + "</dd>"
                "<dt>تاريخ الجلسة</dt><dd>السبت ١٤ أبريل ٢٠١٨</dd><dt>الدائرة</dt><dd>"
                + court + "</dd></dl>" + f"<p>{PARAGRAPH}</p><p>{OTHER}</p>")


def test_a_header_card_of_labels_and_values_goes() -> None:
    article = marsad.extract(card(("٢٤ لسنة ٣٨ قضائية «دستورية»", "الهيئة العامة")))
    assert article.text.split("\n\n") == [PARAGRAPH, OTHER]


def test_a_glossary_of_sentences_stays() -> None:
    """Values that are sentences are the article's, whatever the list's markup."""
    term = "اللاجئ"
    meaning = ("كل شخص يوجد خارج بلد جنسيته بسبب خوف له ما يبرره من التعرض للاضطهاد "
               "ولا يستطيع أو لا يريد أن يستظل بحماية ذلك البلد.")
    article = marsad.extract(page(f"<p>{PARAGRAPH}</p><dl><dt>{term}</dt><dd>{meaning}</dd>"
                                  f"</dl><p>{OTHER}</p>"))
    assert meaning in article.text


BIO = ("صحفي وباحث في شؤون المدن، يكتب عن التخطيط العمراني والهجرة الداخلية منذ عقد، وله "
       "كتاب «أحياء بلا خرائط».")


def test_a_tabs_widget_after_the_text_goes() -> None:
    tabs = ("<div class='vc_tta'><div class='tabs-container'><ul><li><a href='#t1'>عن الكاتب"
            "</a></li><li><a href='#t2'>مقالات أخرى له</a></li></ul></div>"
            f"<div class='panels-container'><div class='panels'><div id='t1'><p>{BIO}</p></div>"
            "<div id='t2'><ul><li><a href='/a'>خطوط الحافلات التي لا تصل</a></li></ul></div>"
            "</div></div></div>")
    article = marsad.extract(page(f"<p>{PARAGRAPH}</p><p>{OTHER}</p>{tabs}"))
    assert article.text.split("\n\n") == [PARAGRAPH, OTHER]


def test_a_table_of_contents_keeps_its_sections() -> None:
    """A table of contents links to the article's headings: they and their text stay."""
    toc = "<ul><li><a href='#s1'>البداية</a></li><li><a href='#s2'>الخطوة التالية</a></li></ul>"
    body = (f"{toc}<h2 id='s1'>البداية</h2><p>{PARAGRAPH}</p>"
            f"<h2 id='s2'>الخطوة التالية</h2><p>{OTHER}</p>")
    text = marsad.extract(page(body)).text
    assert PARAGRAPH in text and OTHER in text and "الخطوة التالية" in text


def test_a_wrapper_named_for_its_footer_keeps_the_article() -> None:
    """A box holding the headline is no footer, whatever its class says («has-footer»)."""
    body = (f"<html><head><title>{TITLE}</title></head><body><div class='wrap has-footer'>"
            f"<h1>{TITLE}</h1><p>{PARAGRAPH}</p><p>{OTHER}</p></div>"
            f"<div id='site-footer'><p>{LEGAL}</p></div></body></html>")
    assert marsad.extract(body).text.split("\n\n") == [PARAGRAPH, OTHER]
