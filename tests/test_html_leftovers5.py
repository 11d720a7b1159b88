"""The general rules of the fifth leftovers pass (no new templates): what the earlier held-out
passes left open (``OPEN`` in ``test_html_fresh``), each removed by a rule reading the
structure that holds the debris. A mail set in a ``<pre>`` reaches the line rules as one line
holding its rows: its opening paragraph, when its first row opens with a salutation, goes as
``greeting``, and a complimentary close after its last row of prose goes as ``sign_off``
with the sender's name under it. A note in a header box that sets the headline again among
links goes as ``header_note``. A printed page's footer line after the text («… – الصفحة ١»)
goes as ``page_footer``. Each rule has its negative case: what looks alike and stays."""

from __future__ import annotations

import marsad
from test_html_fresh import OTHER, PARAGRAPH, TITLE


def _page(body: str) -> str:
    return (f"<html><head><title>{TITLE}</title></head><body><h1>{TITLE}</h1>{body}"
            "</body></html>")


def _mail(rows: str) -> str:
    """A list archive's message: the rows of one ``<pre>`` under the subject."""
    return _page(f"<pre>{rows}</pre>")


def _reasons(article: marsad.Article) -> dict[str, str]:
    return {line.text: line.reason for line in article.removed}


# -- a mail's greeting at the top of its <pre> -------------------------------------------

_GREETING = "الزملاء الأعزاء في الشبكة،"
_INTRO = "أعيد إرسال النص كاملاً لمن فاته:"


def test_a_mails_salutation_paragraph_at_the_top_of_its_pre_goes() -> None:
    """The greeting and the line introducing the text, the mail's first paragraph."""
    article = marsad.extract(_mail(f"{_GREETING}\n{_INTRO}\n\n{PARAGRAPH}\n\n{OTHER}\n"))
    assert article.text.split("\n\n") == [PARAGRAPH, OTHER]
    assert _reasons(article)[_GREETING] == "greeting"
    assert _reasons(article)[_INTRO] == "greeting"


def test_a_greeting_sentence_opening_a_mail_goes() -> None:
    """A salutation opening a sentence of greeting on the mail's first row («ننشر لكم …»)."""
    greeting = "الزملاء الأعزاء، تحية طيبة، ننشر لكم المادة التالية ضمن عدد اليوم."
    article = marsad.extract(_mail(f"{greeting}\n\n{PARAGRAPH}\n\n{OTHER}\n"))
    assert article.text.split("\n\n") == [PARAGRAPH, OTHER]
    assert _reasons(article)[greeting] == "greeting"


def test_a_pre_opening_with_no_salutation_keeps_its_first_paragraph() -> None:
    """«السادة النواب،» opens a sentence with no salutation word: the text's own."""
    first = "السادة النواب، صوت البرلمان اليوم على قانون الموازنة العامة بأغلبية كبيرة."
    article = marsad.extract(_mail(f"{first}\n\n{PARAGRAPH}\n"))
    assert article.text.split("\n\n") == [first, PARAGRAPH]


def test_a_salutation_on_a_paragraph_of_its_own_stays() -> None:
    """A column's «أعزائي القراء، …» paragraph is no mail's rows: it stays."""
    first = "أعزائي القراء، نعود إليكم اليوم بملف عن القصف الذي استهدف ريف إدلب الجنوبي."
    article = marsad.extract(_page(f"<p>{first}</p><p>{PARAGRAPH}</p>"))
    assert article.text.split("\n\n") == [first, PARAGRAPH]


# -- a mail's sign-off at the foot of its <pre> ------------------------------------------

_CLOSE = "مع خالص التحيات،"


def test_a_mails_close_and_senders_name_over_its_signature_go() -> None:
    """The close after the last row of prose and the name under it; the «--» block is the
    clean stage's signature, as before."""
    article = marsad.extract(_mail(f"{PARAGRAPH}\n\n{OTHER}\n\n{_CLOSE}\nسامر\n\n--\n"
                                   "شبكة الصحفيين الأحرار\n"))
    assert article.text.split("\n\n") == [PARAGRAPH, OTHER]
    reasons = _reasons(article)
    assert reasons[_CLOSE] == "sign_off"
    assert reasons["سامر"] == "after_end"
    assert reasons["شبكة الصحفيين الأحرار"] == "signature"


def test_a_close_among_the_mails_paragraphs_closes_nothing() -> None:
    """A short comma line with a closing word between two rows of prose: the text's own."""
    between = "وبكل الود،"
    article = marsad.extract(_mail(f"{PARAGRAPH}\n{between}\n{OTHER}\n"))
    assert between in article.text and article.text.endswith(OTHER)
    assert between not in _reasons(article)


# -- a header template's note over the text ----------------------------------------------

_NOTE = "نُقل هذا النص عن النسخة المطبوعة المحفوظة في أرشيف المكتبة الرقمية، وقوبل على الأصل مرتين."


def _template(links: str, under: str, after_title: str = "") -> str:
    """A source wiki's page: the headline, then a header box setting it again between the
    collection's links with an editor's note, then the text (``under``)."""
    return (f"<html><head><title>{TITLE}</title></head><body><h1>{TITLE}</h1>"
            f"<div class='text'><div class='header'>{links}<div class='title'><b>{TITLE}</b>"
            f"</div>{after_title}<div class='notes'>{_NOTE}</div></div>{under}</div>"
            "</body></html>")


_LINKS = "<div class='prev'><a href='/13'>البيان السابق رقم ١٣</a></div>"
_NEXT = "<div class='next'><a href='/15'>البيان اللاحق رقم ١٥</a></div>"


def test_a_note_in_a_header_box_repeating_the_title_among_links_goes() -> None:
    """The note beside the title set again and the previous/next links is the template's."""
    article = marsad.extract(_template(_LINKS, f"<div class='pages'><p>{PARAGRAPH}</p></div>",
                                       _NEXT))
    assert article.text == PARAGRAPH
    assert {line.text: line.reason for line in article.removed}[_NOTE] == "header_note"


def test_a_standfirst_in_a_title_box_under_a_section_link_stays() -> None:
    """Review of this pass: one link beside the title took a news page's standfirst too (a
    section's link over the article's title set again, the standfirst, the longer story).
    A series' header has links on both sides of the title (previous, next); a story's
    header has its section's or breadcrumb's links over the title only."""
    section = "<div class='section'><a href='/health'>صحة</a></div>"
    article = marsad.extract(_template(section, f"<div class='pages'><p>{PARAGRAPH}</p></div>"))
    assert article.text.split("\n\n") == [_NOTE, PARAGRAPH]


def test_a_standfirst_in_a_title_box_without_links_stays() -> None:
    """No link beside the title: a story's header box (its title again, the byline, the
    standfirst), the standfirst the story's text."""
    byline = "<div class='by'>بقلم سامر الحلبي</div>"
    article = marsad.extract(_template(byline, f"<div class='pages'><p>{PARAGRAPH}</p></div>"))
    assert article.text.split("\n\n") == [_NOTE, PARAGRAPH]


def test_a_one_paragraph_story_under_its_title_and_links_stays() -> None:
    """No prose after the box: the note is the page's only text, no template's note."""
    article = marsad.extract(_template(_LINKS, "", _NEXT))
    assert article.text == _NOTE


# -- a printed page's footer line after the text -----------------------------------------

_FOOTER = "صوت الجمعية – العدد ٣٧ – الصفحة ١"


def test_a_page_footer_line_after_the_text_goes() -> None:
    """The publication, its issue and the page's number, in fields under the story."""
    article = marsad.extract(_page(f"<p>{PARAGRAPH}</p><p>{_FOOTER}</p>"))
    assert article.text == PARAGRAPH
    assert _reasons(article)[_FOOTER] == "page_footer"


def test_a_page_reference_with_more_to_say_stays() -> None:
    """«انظر الصفحة ٣» is a field with more words than the page's number: a pointer the
    text closes on, no footer."""
    pointer = "التفاصيل الكاملة – انظر الصفحة ٣"
    article = marsad.extract(_page(f"<p>{PARAGRAPH}</p><p>{pointer}</p>"))
    assert article.text.split("\n\n") == [PARAGRAPH, pointer]


def test_a_footer_line_among_the_paragraphs_stays() -> None:
    """Before the text's last line of prose the closing rules read nothing."""
    article = marsad.extract(_page(f"<p>{PARAGRAPH}</p><p>{_FOOTER}</p><p>{OTHER}</p>"))
    assert article.text.split("\n\n") == [PARAGRAPH, _FOOTER, OTHER]


def test_a_lone_page_number_under_the_text_goes() -> None:
    """A line of one field, the page's number alone («Page 3 of 8»), is the footer too."""
    article = marsad.extract(_page(f"<p>{PARAGRAPH}</p><p>Page 3 of 8</p>"))
    assert article.text == PARAGRAPH


def test_a_forum_posts_text_over_a_shorter_signature_stays() -> None:
    """A forum's first post: its subject, the poster's links and the story in one box, the
    poster's signature after it shorter than the story: the story is the text."""
    signature = "لا تحزن إن فشلت ما دمت تحاول الوقوف على قدميك من جديد."
    article = marsad.extract(_template(_LINKS, f"<div class='sig'><p>{signature}</p></div>",
                                       _NEXT))
    assert article.text.startswith(_NOTE)


def _notes_by_scan(headline, blocks):  # type: ignore[no-untyped-def]
    """The rule of ``_header_template_notes`` as a plain walk over every pair of blocks and
    every block of their common box (the form it had before the review, links on both sides
    of the title added)."""
    from marsad.stages import html
    key = html._words(html._element_text(headline))
    notes = set()
    for at, (element, text, lead) in enumerate(blocks):
        if not lead or not html._reads_as_prose(text):
            continue
        for place, (repeat, title, _) in enumerate(blocks):
            if html._words(title) != key:
                continue
            box = html._common_box(repeat, element)
            if box is None or box in headline.iterancestors():
                continue
            others = [(i, block, words) for i, (block, words, _) in enumerate(blocks)
                      if (block is box or box in block.iterancestors())
                      and block is not element and block is not repeat]
            after = next((words for block, words, _ in blocks[at + 1:]
                          if box not in block.iterancestors() and html._reads_as_prose(words)),
                         "")
            sides = {i < place for i, block, _ in others
                     if block.tag == "a" or block.find(".//a") is not None}
            if sides == {True, False} and len(after) > len(text) and not any(
                    html._reads_as_prose(words) for _, _, words in others):
                notes.add(html._words(text))
    return notes


def test_header_notes_keep_the_answers_of_the_plain_walk() -> None:
    """Review of this pass: the pairs once walked every block of their box (1.5 s on 148
    blocks); the runs of indices must give the walk's answers on random header boxes."""
    import random

    from lxml import html as lxml_html

    from marsad.stages import html
    rng = random.Random(19)
    parts = [f"<div>{TITLE}</div>", f"<p>{_NOTE}</p>", f"<p>{PARAGRAPH}</p>",
             "<div><a href='/p'>السابق</a></div>", "<div><a href='/n'>التالي</a></div>",
             "<div>من مجموعة: بيانات</div>"]
    found = 0
    for _ in range(200):
        def box(depth: int) -> str:
            items = [rng.choice(parts) if depth > 2 or rng.random() < 0.7 else box(depth + 1)
                     for _ in range(rng.randint(1, 5))]
            return "<div>" + "".join(items) + "</div>"
        tree = lxml_html.fromstring(_page(box(0) + f"<p>{PARAGRAPH} {OTHER}</p>"))
        headline = tree.xpath("//h1")[0]
        blocks = html._header_blocks(headline)
        expected = _notes_by_scan(headline, blocks)
        assert html._header_template_notes(headline, blocks) == expected
        found += bool(expected)
    assert found  # the random boxes reach the rule, not only its misses


# -- a «--» inside a paragraph is no mail's delimiter (review, issue #19) ------------------

_WITNESS = "قال الشاهد إن القصف بدأ عند الفجر واستمر ساعتين."


def test_a_dash_line_inside_a_paragraph_keeps_the_prose_under_it() -> None:
    """A «--» between ``<br>``s inside a story's paragraph became a line of its own, and the
    three paragraphs under it went as a signature: a sentence under the «--» is the text."""
    article = marsad.extract(_page(f"<p>{PARAGRAPH}<br>--<br>{_WITNESS}</p><p>{OTHER}</p>"
                                   f"<p>{OTHER} ٢</p>"))
    assert _WITNESS in article.text and article.text.endswith(f"{OTHER} ٢")
    assert "signature" not in _reasons(article).values()


def test_a_dash_row_inside_a_plain_text_keeps_the_prose_under_it() -> None:
    """The same rows in a plain text (a JSONL record's body): the rule runs on its lines."""
    article = marsad.extract(f"{PARAGRAPH}\n--\n{_WITNESS}\n\n{OTHER}\n\n{OTHER} ٢".encode())
    assert _WITNESS in article.text and article.text.endswith(f"{OTHER} ٢")
    assert "signature" not in _reasons(article).values()


def test_a_long_line_without_a_full_stop_under_a_dash_is_prose() -> None:
    """A line of prose broken before its full stop is no signature's line by its length."""
    unstopped = _WITNESS.rstrip(".") + " قبل أن تصل سيارات الإسعاف إلى القرية المجاورة للطريق"
    article = marsad.extract(_page(f"<p>{PARAGRAPH}<br>--<br>{unstopped}</p><p>{OTHER}</p>"))
    assert unstopped in article.text and article.text.endswith(OTHER)


def test_a_mail_signature_under_a_dash_in_a_paragraph_still_goes() -> None:
    """The near miss: a confidentiality note over the sender's card under the «--» (a mail
    client's print view opens its block so): one line reading like a signature's is enough."""
    card = ["تنبيه: هذه الرسالة موجهة إلى المرسل إليهم فقط، فإن وصلتك خطأً فاحذفها.",
            "سامر العلي | مكتب التحرير", "هاتف: +961 1 555 012"]
    article = marsad.extract(_page(f"<p>{PARAGRAPH}</p><p>{OTHER}<br>--<br>"
                                   + "<br>".join(card) + "</p>"))
    assert article.text.split("\n\n") == [PARAGRAPH, OTHER]
    assert all(_reasons(article)[line] == "signature" for line in card)
