"""Two of the eighteenth held-out pass's open causes, fixed by structure: a thread whose first
post gives the headline keeps its author's posts, and its replies by other accounts and the page
around the thread go (a Mastodon thread); a span whose class the page's style sheet sets in small
type («.c8{font-size:9pt}» beside the text's 13pt) is small type, so a photo's source line under
an image goes as a caption, and a note in its own wrapper box closing the text (a Google Doc's
page number) as an end note. Each rule has cases that must keep prose."""

from __future__ import annotations

import marsad
from test_html_fresh import OTHER, PARAGRAPH, TITLE, page

REPLY = "شكراً على المتابعة الدقيقة، هل هناك أرقام رسمية عن عدد المتضررين في الولايات الشرقية؟"
PITCH = "ماستودون هو أفضل وسيلة لمتابعة ما يحدث."
ABOUT = "خادم مجتمعي للصحفيين والمدونين في دول الساحل، تديره جمعية غير ربحية منذ سنوات طويلة."


def post(handle: str, text: str, box: str = "div class='status h-entry'") -> str:
    """A post by ``@handle`` holding ``text``, in a box of the given tag and class."""
    tag = box.split()[0]
    return (
        f"<{box}><a class='display-name' href='https://example.org/@{handle}'>"
        f"<strong>{handle}</strong> <span>@{handle}</span></a>"
        f"<div class='e-content'><p>{text}</p></div></{tag}>"
    )


def thread(*posts: str, side: str = "") -> str:
    """A thread page titled :data:`TITLE` whose posts are ``posts``, a side column after."""
    return (
        f'<html><head><title>الساحل: "{TITLE}" - ماستودون</title></head><body>'
        f"<div class='layout'><div class='container'><div class='stream'>{''.join(posts)}"
        f"</div></div><div class='container'>{side}</div></div></body></html>"
    )


def test_a_threads_replies_by_other_accounts_and_the_page_around_it_go() -> None:
    side = f"<div class='hero'><div><p>{ABOUT}</p></div><p>{PITCH}</p></div>"
    html = thread(
        post("sahel", TITLE),
        post("sahel", PARAGRAPH),
        post("amal", REPLY),
        post("sahel", OTHER),
        side=side,
    )
    article = marsad.extract(html)
    assert article.title == TITLE
    assert article.text.split("\n\n") == [PARAGRAPH, OTHER]
    reasons = {r.text: r.reason for r in article.removed}
    assert reasons[REPLY] == "reply"
    assert reasons[ABOUT] == reasons[PITCH] == "side_column"


def test_a_thread_of_one_author_keeps_every_post() -> None:
    html = thread(post("sahel", TITLE), post("sahel", PARAGRAPH), post("sahel", OTHER))
    assert marsad.extract(html).text.split("\n\n") == [PARAGRAPH, OTHER]


def test_a_liveblog_whose_entries_have_different_reporters_keeps_them() -> None:
    # the headline is above the entries, in no post: the entries are the story
    entries = "".join(
        f"<article class='entry'><a rel='author' href='/author/{name}'>{name}</a>"
        f"<p>{text}</p></article>"
        for name, text in (("rami", PARAGRAPH), ("amal", OTHER), ("hoda", REPLY))
    )
    article = marsad.extract(page(entries))
    for text in (PARAGRAPH, OTHER, REPLY):
        assert text in article.text


def test_a_story_quoting_posts_by_several_accounts_keeps_them() -> None:
    quoted = post("amal", OTHER) + post("rami", REPLY)
    article = marsad.extract(page(f"<p>{PARAGRAPH}</p>{quoted}<p>{ABOUT}</p>"))
    for text in (PARAGRAPH, OTHER, REPLY, ABOUT):
        assert text in article.text


SHEET = "<style>.c1{{font-size:13pt}}.c8{{font-size:{size}}}</style>"
SOURCE = "لقاء تشاوري للتنسيقية في الخرطوم"


def doc(size: str, after: str = "") -> str:
    """A published document: an image, the line under it set in class ``c8`` of ``size``,
    three paragraphs in ``c1`` (13pt), and ``after`` closing the text."""
    body = (
        f"<p><span><img src='a.jpg'></span></p><p><span class='c8'>{SOURCE}</span></p>"
        + "".join(f"<p><span class='c1'>{text}</span></p>" for text in (PARAGRAPH, OTHER, ABOUT))
        + after
    )
    return page(body, SHEET.format(size=size))


def test_a_line_set_small_by_its_class_under_an_image_is_a_caption() -> None:
    for size in ("9pt", "12px"):  # 13pt is about 17px: both are small type beside it
        article = marsad.extract(doc(size))
        assert SOURCE not in article.text, size
        assert ("caption", SOURCE) in {(r.reason, r.text) for r in article.removed}


def test_a_line_set_in_the_texts_size_under_an_image_stays() -> None:
    for size in ("13pt", "11pt"):  # 11pt is more than four fifths of the text's 13pt
        assert SOURCE in marsad.extract(doc(size)).text, size


def test_a_page_set_all_in_small_type_keeps_its_text() -> None:
    # the text's own size is the one most characters are set in, however small
    html = page(
        "".join(f"<p><span class='c8'>{text}</span></p>" for text in (PARAGRAPH, OTHER)),
        SHEET.format(size="9pt"),
    )
    assert marsad.extract(html).text.split("\n\n") == [PARAGRAPH, OTHER]


def test_a_small_note_in_its_own_box_closing_the_text_goes() -> None:
    counter = "<div><p><span class='c8'>صفحة </span><span class='c8'>1</span></p></div>"
    article = marsad.extract(doc("9pt", counter))
    assert article.text.split("\n\n")[-1] == ABOUT
    assert ("end_note", "صفحة 1") in {(r.reason, r.text) for r in article.removed}


def test_a_closing_paragraph_in_its_own_box_set_in_the_texts_size_stays() -> None:
    closing = "<div><p><span class='c1'>وختم المسؤول حديثه بالقول إن العمل مستمر.</span></p></div>"
    assert marsad.extract(doc("9pt", closing)).text.endswith("إن العمل مستمر.")
