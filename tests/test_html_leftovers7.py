"""The general rules of the seventh leftovers pass (no new templates): what the earlier
held-out passes left open (``OPEN`` in ``test_html_fresh``), each removed by a rule reading the
structure that holds the debris. A saved mail's forwarding note, what stands before the
forward delimiter («-------- Forwarded Message --------»), goes as ``forward_note``. A short
line that is nothing but a name's link and a full stop («MSN.», what trafilatura leaves of a
syndicator's credit) is a link card. Two debris rules of ``boilerplate.json``: a forum's
permissions line («لاتستطيع الرد على المواضيع في هذا المنتدى») and a post's edit mark alone on
its line («عُدّلت»); and the correction prompt reads an archive's call to help correct its
text and the count of corrections after it. Each rule has its negative case: what looks alike
and stays."""

from __future__ import annotations

import marsad
from test_html_fresh import OTHER, PARAGRAPH, TITLE
from test_html_leftovers6 import _page, _paragraphs, _reasons

# -- a saved mail's forwarding note ------------------------------------------------------

NOTE = "للنشر في صفحة المحليات، وصلنا صباح اليوم."


def _header(*rows: tuple[str, str]) -> str:
    return ('<table class="moz-header">'
            + "".join(f"<tr><td><b>{label}: </b>{value}</td></tr>" for label, value in rows)
            + "</table>")


def _mail(note: str, delimiter: str = "-------- Forwarded Message --------") -> str:
    return _page(
        _header(("Subject", f"Fwd: {TITLE}"), ("From", "رنا الخطيب &lt;rana@news.example&gt;"),
                ("Date", "06/12/2026, 10:27"), ("To", "قسم الأخبار &lt;local@news.example&gt;"))
        + f'<div class="moz-text-html"><div dir="rtl">{note}<br></div>'
        f'<div class="moz-forward-container"><br><br>{delimiter}<br>'
        + _header(("Subject", TITLE), ("Date", "Sun, 6 Dec 2026 09:51:40 +0200"),
                  ("From", "المكتب الإعلامي &lt;media@relief.example&gt;"), ("To", "undisclosed"))
        + f"<br>{_paragraphs(PARAGRAPH, OTHER)}</div></div>")


def test_a_forwarding_note_before_the_delimiter_goes() -> None:
    """The forwarder's line between the mail's header and the forwarded message is no part of
    the story forwarded."""
    article = marsad.extract(_mail(NOTE))
    assert article.text.split("\n\n") == [PARAGRAPH, OTHER]
    assert _reasons(article)[NOTE] == "forward_note"
    assert _reasons(article)["-------- Forwarded Message --------"] == "forward_note"


def test_a_loose_forwarding_note_before_a_quote_box_goes() -> None:
    """Gmail sets the note as loose text before its quote box, the delimiter inside the box's
    first block: the nearest box up with anything before it holds the note."""
    article = marsad.extract(_page(
        f'<div dir="rtl">{NOTE}<br><br><div class="gmail_quote"><div class="gmail_attr">'
        "---------- Forwarded message ---------<br>From: المكتب الإعلامي<br>"
        f"Date: Sun, 6 Dec 2026</div><br>{_paragraphs(PARAGRAPH, OTHER)}</div></div>"))
    assert article.text.split("\n\n")[-2:] == [PARAGRAPH, OTHER]
    assert _reasons(article)[NOTE] == "forward_note"
    assert "Forwarded message" not in article.text


def test_a_long_message_before_the_delimiter_stays() -> None:
    """More than a note's words before the delimiter are a message of the forwarder's own."""
    own = " ".join([PARAGRAPH, OTHER, PARAGRAPH])
    article = marsad.extract(_mail(own))
    assert own in article.text
    assert own not in _reasons(article)


def test_a_named_forward_with_no_delimiter_drawn_keeps_the_line_before() -> None:
    """A line naming a forwarded message without the client's hyphens is no delimiter."""
    article = marsad.extract(_mail(NOTE, delimiter="Forwarded message"))
    assert NOTE in article.text
    assert "forward_note" not in _reasons(article).values()


# -- a name's link closed by a full stop ---------------------------------------------------

def test_a_lone_linked_name_and_its_stop_is_a_card() -> None:
    """A syndicator's credit: trafilatura drops the «©» words before the link and leaves
    «MSN.», a name, no sentence."""
    article = marsad.extract(_page(
        f"<article>{_paragraphs(PARAGRAPH, OTHER)}"
        '<div class="source_attr">© الشرق المرآة. مقدّم من <a href="https://www.msn.com/">MSN'
        '</a>. <a href="https://mirror.example/news/1">شاهد القصة الأصلية على موقع الناشر</a>'
        "</div></article>"))
    assert article.text.split("\n\n") == [PARAGRAPH, OTHER]
    assert "MSN" not in article.text


def test_a_linked_sentence_closed_by_a_stop_stays() -> None:
    """A paragraph whose words are all one link of more than a name's words, closed by a full
    stop, is a sentence."""
    linked = "وأكد المتحدث أن الفرق الطبية وصلت إلى القرى المنكوبة صباح اليوم"
    article = marsad.extract(_page(_paragraphs(
        PARAGRAPH, f'<a href="https://example.com/report">{linked}</a>.', OTHER)))
    assert linked in article.text


# -- a forum's permissions line and a post's edit mark --------------------------------------

def test_a_forums_permissions_line_goes() -> None:
    """Forumotion's and phpBB's box under a topic: what a visitor may not do in the forum."""
    line = "لاتستطيع الرد على المواضيع في هذا المنتدى"
    article = marsad.extract(_page(f"<article>{_paragraphs(PARAGRAPH, OTHER, line)}</article>"))
    assert article.text.split("\n\n") == [PARAGRAPH, OTHER]
    assert _reasons(article)[line] == "forum_permission"


def test_a_sentence_about_replying_in_a_forum_stays() -> None:
    """Someone else unable to reply, in the forum of a story, is the story's sentence."""
    line = "لا تستطيع الحكومة الرد على المواضيع المطروحة في هذا المنتدى."
    article = marsad.extract(_page(_paragraphs(PARAGRAPH, line, OTHER)))
    assert line in article.text


def test_a_posts_edit_mark_goes() -> None:
    """Flarum's «عُدّلت» in a post's header, read as the text's first line."""
    article = marsad.extract(_page(f"<article>{_paragraphs('عُدّلت', PARAGRAPH, OTHER)}</article>"))
    assert article.text.split("\n\n") == [PARAGRAPH, OTHER]
    assert _reasons(article)["عُدّلت"] == "edit_mark"


def test_a_line_opening_on_the_edit_word_stays() -> None:
    """«عُدّلت» opening a sentence, or a bare «معدل» (a rate, a table's header), is no mark."""
    line = "عُدّلت الاتفاقية عام ٢٠١٩ بعد مفاوضات طويلة بين الطرفين."
    article = marsad.extract(_page(_paragraphs(PARAGRAPH, line, OTHER)))
    assert line in article.text


# -- a correction prompt with its call and count --------------------------------------------

def test_a_correction_prompt_with_its_count_goes() -> None:
    """An OCR archive's prompt under the text: the question, a call to help and the count of
    corrections made («— ٣ تصحيحات حتى الآن»)."""
    line = "هل وجدت خطأ في النص؟ ساعد في تصحيحه — ٣ تصحيحات حتى الآن"
    article = marsad.extract(_page(f"<article>{_paragraphs(PARAGRAPH, OTHER, line)}</article>"))
    assert article.text.split("\n\n") == [PARAGRAPH, OTHER]
    assert _reasons(article)[line] == "correction_prompt"


def test_a_sentence_about_an_error_corrected_stays() -> None:
    """An error found in someone's figures, and a committee that corrected a text, are the
    story's."""
    lines = ["هل وجدت خطأ في حسابات الحكومة؟ ساعد في تصحيحه",
             "وجدت اللجنة خطأ في النص وقررت تصحيحه — ٣ تصحيحات حتى الآن"]
    article = marsad.extract(_page(_paragraphs(PARAGRAPH, *lines, OTHER)))
    assert all(line in article.text for line in lines)
