"""The general rules that the fifty-second held-out pass's page templates
(``eval_templates.json``, ``"pass": 52``, scored once before any rule change;
``test_html_fresh`` renders them) led to: a heading whose marks (a site builder's
``data-ux``/``data-aid`` names among them) call it the logo is the site's name, no headline;
a cookie or consent notice with its control goes before extraction, sentence though it is;
a mail client's header rows go whole, values with their labels; a release's closing «about»
section goes; and a view's heading «Full text of "<linked item>"» gives the item's title."""

from __future__ import annotations

from lxml import html as lxml_html

import marsad
from marsad.stages.html import _is_logo
from test_html_fresh import OTHER, PARAGRAPH, TITLE, page

_SITE = "جمعية نور للتنمية المجتمعية"
_COOKIE = ("يستخدم هذا الموقع ملفات تعريف الارتباط لتحليل حركة المرور على الموقع "
           "وتحسين تجربتك.")


def _builder_post(logo_marks: str) -> str:
    """A site builder's blog post (GoDaddy's): the <title> the site's name and the blog's,
    the site's name again in a text logo heading, the post's headline in an <h1>."""
    return (f"<html><head><title>{_SITE} - المدونة</title></head><body>"
            f"<div data-ux='Header'><h3 {logo_marks}>{_SITE}</h3>"
            "<nav><a href='/'>الرئيسية</a> <a href='/blog'>المدونة</a></nav></div>"
            f"<div data-ux='WidgetBanner'><h4>٦ ديسمبر ٢٠٢٦</h4>"
            f"<h1 data-ux='BlogTitle'>{TITLE}</h1><div data-ux='BlogContent'>"
            f"<p>{PARAGRAPH}</p><p>{OTHER}</p></div></div></body></html>")


def test_a_heading_marked_as_the_logo_is_no_headline() -> None:
    """Before this pass the builder's text logo (``data-ux="LogoHeading"``, linking nowhere)
    was read as a headline the title field's longer side names, and the site's name was
    the title."""
    article = marsad.extract(_builder_post('data-ux="LogoHeading"'))
    assert article.title == TITLE
    assert article.text.split("\n\n") == [PARAGRAPH, OTHER]


def test_a_class_logo_word_names_the_logo_and_a_longer_word_does_not() -> None:
    """The mark is read as a word in class, id or a component's name, in any case; a word
    that only starts so («logos», «logotype») names no logo (a partners' logos heading)."""
    def heading(marks: str) -> bool:
        return _is_logo(lxml_html.fragment_fromstring(f"<h3 {marks}>{_SITE}</h3>"))
    assert heading('class="site-logo"') and heading('data-aid="HEADER_LOGO_TEXT_RENDERED"')
    assert heading('id="siteLogo"')
    assert not heading('class="logos-partners"') and not heading('class="logotype"')
    assert not heading('class="entry-title"')


def test_an_unmarked_site_name_heading_still_names_the_title() -> None:
    """Guard (the same on the code before): with no logo mark the heading is read as before,
    so only the mark changes the title."""
    article = marsad.extract(_builder_post('class="brand"'))
    assert article.title == _SITE


def _builder_notice(control: str) -> str:
    """A one-paragraph builder post (GoDaddy's) with its cookie banner after the footer, the
    banner named in the builder's ``data-aid`` only (trafilatura reads classes, not that)."""
    return (f"<html><head><title>{TITLE}</title></head><body>"
            f"<div data-ux='Header'><h3 data-ux='LogoHeading'>{_SITE}</h3></div>"
            f"<div data-ux='WidgetBanner'><h1 data-ux='BlogTitle'>{TITLE}</h1>"
            f"<div data-ux='BlogContent'><p style='margin:0'><span>{PARAGRAPH}</span></p>"
            f"</div></div><div data-aid='FOOTER_COOKIE_BANNER'><p data-ux='Text'>"
            f"{_COOKIE}</p>{control}</div></body></html>")


def test_a_consent_notice_goes_however_it_reads() -> None:
    """Before this pass the notice, a sentence of thirteen words in a box the builder names
    «FOOTER_COOKIE_BANNER», was read as the story's second paragraph."""
    article = marsad.extract(_builder_notice("<a data-ux='Button' href='#'>قبول</a>"))
    assert article.text == PARAGRAPH


def test_a_box_named_for_cookies_without_a_control_stays() -> None:
    """Near miss: a box so named with nothing to answer it is no notice (a story's box about
    cookies), and its sentence stays, as it did before."""
    article = marsad.extract(_builder_notice(""))
    assert article.text.split("\n\n") == [PARAGRAPH, _COOKIE]


def _forwarded(rows: str) -> str:
    """A mail saved by a mail client (Thunderbird's layout): a forwarded message's headers
    table of label rows over its text."""
    return (f"<html><head><title>Fwd: {TITLE}</title></head><body>"
            "<div class='moz-text-html'><div class='moz-forward-container'>"
            f"-------- Forwarded Message --------<table class='moz-email-headers-table'>"
            f"<tbody>{rows}</tbody></table><br><div dir='rtl'><div>{PARAGRAPH}</div>"
            f"<div>{OTHER}</div></div></div></div></body></html>")


def _row(label: str, value: str) -> str:
    return f"<tr><th>{label}: </th><td>{value}</td></tr>"


def test_a_mail_header_row_goes_with_its_value() -> None:
    """Before this pass the labels stayed as lines and so did every value: the date, the
    sender's name and address, the recipients."""
    rows = (_row("Subject", TITLE) + _row("Date", "Sun, 6 Dec 2026 09:51:40 +0200")
            + _row("From", "المكتب الإعلامي &lt;media@example.org&gt;")
            + _row("To", "undisclosed-recipients:;"))
    article = marsad.extract(_forwarded(rows))
    assert article.text.split("\n\n") == [PARAGRAPH, OTHER]
    assert {line.text for line in article.removed if line.reason == "mail_header"} >= {
        "المكتب الإعلامي <media@example.org>", "Sun, 6 Dec 2026 09:51:40 +0200"}


def test_label_rows_that_name_no_mail_stay() -> None:
    """Near misses: a table of rows that name parties only («من:», «إلى:», an itinerary's),
    of a detail beside a field no mail has («المكان:», an event's), or of a mail's rows and
    one more (a data table) is no mail's header: none of its rows is taken."""
    from marsad.stages.html import _mail_header_rows  # this pass's: imported here
    trip = _row("من", "مطار القاهرة الدولي") + _row("إلى", "مطار دبي الدولي")
    event = _row("التاريخ", "السبت ١٢ ديسمبر") + _row("المكان", "قاعة البلدية الكبرى")
    mixed = _row("From", "المكتب") + _row("Subject", "بيان") + _row("المكان", "القاعة")
    for rows in (trip, event, mixed):
        assert _mail_header_rows(lxml_html.document_fromstring(_forwarded(rows))) == set()
    full = _row("From", "المكتب") + _row("Subject", "بيان")
    assert _mail_header_rows(lxml_html.document_fromstring(_forwarded(full)))


_ABOUT = ("منظمة إنسانية مستقلة غير ربحية تأسست عام ١٩٩٨، وتعمل في مجالات الإغاثة العاجلة "
          "والتعافي المبكر وسبل العيش في أربع عشرة محافظة")


def test_a_release_closing_about_section_goes() -> None:
    """Before this pass a release's boilerplate under its text («نبذة عن …» over one
    paragraph) was read as the text's last section."""
    article = marsad.extract(page(f"<p>{PARAGRAPH}</p><p>{OTHER}</p><section>"
                                  "<h2>نبذة عن الهيئة الوطنية للإغاثة</h2>"
                                  f"<p>{_ABOUT}</p></section>"))
    assert article.text.split("\n\n") == [PARAGRAPH, OTHER]
    assert any(line.reason == "about_note" for line in article.removed)


def test_an_about_section_with_the_text_after_it_stays() -> None:
    """Near miss: a section so headed among the text's sections, prose after it, is the
    text's own («نبذة عن المشروع» then the story goes on)."""
    article = marsad.extract(page(f"<p>{PARAGRAPH}</p><h2>نبذة عن المشروع</h2>"
                                  f"<p>{_ABOUT}.</p><h2>ردود الفعل</h2><p>{OTHER}</p>"))
    assert _ABOUT in article.text and OTHER in article.text


def _view(heading: str) -> str:
    return (f"<html><head><title>Full text of &quot;{TITLE}&quot;</title></head><body>"
            f"<main><h1>{heading}</h1><pre>{PARAGRAPH}\n\n{OTHER}\n</pre></main></body></html>")


def test_a_view_heading_gives_its_linked_item_title() -> None:
    """Before this pass an archive's «Full text of "<item>"» (the title field and the
    heading agree on it) was the title."""
    article = marsad.extract(_view(f'Full text of "<a href="/details/x">{TITLE}</a>"'))
    assert article.title == TITLE


def test_a_quoted_headline_without_a_linked_item_stays_whole() -> None:
    """Near miss: a headline quoting a document's name, with no link in the quote (or a
    link no quote closes), is a headline as it reads."""
    whole = f'Full text of "{TITLE}"'
    assert marsad.extract(_view(whole)).title == whole
    linked = f'Full text of <a href="/d">{TITLE}</a> and more'
    assert marsad.extract(_view(linked)).title != TITLE
