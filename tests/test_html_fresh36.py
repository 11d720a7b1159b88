"""The general rules that the thirty-sixth held-out pass's page templates
(``eval_templates.json``, ``"pass": 36``, scored once before any rule change;
``test_html_fresh`` renders them) led to: a mail shown as a page of blocks (a mailing
group's message view) ends with the RFC 3676 signature delimiter «-- » as a line of its
own, and the sender's card, the list's unsubscribe footer and the «On …, X wrote:» line
of the reply under it are not the article (a «--» with a long run of lines after it is a
separator); a <div> holding nothing but a paragraph's text is a paragraph, which
trafilatura would drop; a heading set as a breadcrumb trail's current step names the
page's view, not its article, so it is no headline; a <pre> without one Arabic letter on
an Arabic page (a docs page's shell command) is code, not the article's text."""

from __future__ import annotations

import marsad
from test_html_fresh import OTHER, PARAGRAPH, TITLE, page, render

CARD = ["منسق الرصد | وحدة الإعلام المستقل", "هاتف: ٠٠٩٦٢٧٩٥٥٥٠١٢٣"]
FOOTER = ["تلقيت هذه الرسالة لأنك مشترك في مجموعة رصد الصحافة في مجموعات Google.",
          "لعرض هذه المناقشة على الويب، انتقل إلى صفحة المجموعة."]


def test_a_signature_block_under_its_own_delimiter_line_goes() -> None:
    card = "<br>".join(["-- ", *CARD])
    footer = "<br>".join(["-- ", *FOOTER])
    body = (f"<div><div>{PARAGRAPH}</div><div>{OTHER}</div></div>"
            f"<div>{card}</div><div>{footer}</div>")
    article = marsad.extract(page(body))
    assert article.text.split("\n\n") == [PARAGRAPH, OTHER]
    assert {r.text for r in article.removed if r.reason == "signature"} >= {*CARD, *FOOTER}


def test_a_delimiter_over_a_long_part_stays_a_separator() -> None:
    """More lines after the «--» than a signature holds: the text goes on past a rule."""
    rest = "".join(f"<p>{OTHER} ({n})</p>" for n in range(14))
    article = marsad.extract(page(f"<p>{PARAGRAPH}</p><p>--</p>{rest}"))
    assert f"{OTHER} (13)" in article.text and PARAGRAPH in article.text


def test_paragraphs_set_as_bare_divs_are_kept() -> None:
    """A group's message view: each paragraph a bare <div> of text, the sender's card and
    the list's footer (<br>-broken runs, read as paragraphs) after them. With a quoted name
    in the headline trafilatura kept only the footer's paragraphs."""
    html = render("google_groups_thread", "قصف على «ريف إدلب»", [PARAGRAPH, OTHER])
    assert marsad.extract(html.encode()).text.split("\n\n") == [PARAGRAPH, OTHER]


CRUMBS = ("<ul class='t-Breadcrumb'><li><a href='/'>الرئيسية</a></li><li><a href='/media'>"
          "المركز الإعلامي</a></li><li class='is-active'><h1>تفاصيل الخبر</h1></li></ul>")


def test_a_breadcrumb_step_in_an_h1_is_not_the_title() -> None:
    html = ("<html><head><title>المركز الإعلامي - تفاصيل الخبر</title></head><body>"
            f"{CRUMBS}<div class='t-Region'><h2 class='t-Region-title'>{TITLE}</h2>"
            f"<div><p>{PARAGRAPH}</p><p>{OTHER}</p></div></div></body></html>")
    article = marsad.extract(html)
    assert article.title == TITLE
    assert article.text.split("\n\n") == [PARAGRAPH, OTHER]


def test_a_code_block_without_arabic_goes_and_an_arabic_pre_stays() -> None:
    command = "npx open-edit check --archive ./sources"
    article = marsad.extract(page(f"<p>{PARAGRAPH}</p><pre><code>{command}</code></pre>"
                                  f"<p>{OTHER}</p><pre>{OTHER} (٢)</pre>"))
    assert "npx" not in article.text and "sources" not in article.text
    assert PARAGRAPH in article.text and f"{OTHER} (٢)" in article.text
