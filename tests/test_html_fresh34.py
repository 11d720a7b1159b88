"""The general rule that the thirty-fourth held-out pass's page templates
(``eval_templates.json``, ``"pass": 34``, scored once before any rule change;
``test_html_fresh`` renders them) led to: a mail archived as a page (a mailing list
archive's ``<pre>``) ends with its signature block under the RFC 3676 delimiter «-- »
(the sender's card, the message quoted in reply, the list's unsubscribe footer), which goes
whatever words it holds; a «--» over a long tail stays a separator. The list's subject tag
«[نشرة-الرصد] » before the headline (RFC 2919) is its kicker, as «خاص||» is."""

from __future__ import annotations

import pytest

import marsad
from marsad.boilerplate import split_kicker
from test_html_fresh import OTHER, PARAGRAPH, TITLE

SIGNATURE = ["سامر العلي | مكتب التحرير", "هاتف: +961 1 555 012",
             "&gt; في ٣٠ نوفمبر كتبت هند منصور:", "_______________",
             "قائمة نشرة-الرصد البريدية"]


def archived_mail(tail: list[str]) -> bytes:
    """A list archive's message: the subject heading, then the mail as preformatted text."""
    rows = "\n".join(tail)
    return (f"<html><head><title>{TITLE}</title></head><body><h1>{TITLE}</h1><pre>{PARAGRAPH}\n\n"
            f"{OTHER}\n-- \n{rows}\n</pre></body></html>").encode()


def test_a_mails_signature_block_goes() -> None:
    article = marsad.extract(archived_mail(SIGNATURE))
    assert PARAGRAPH in article.text and OTHER in article.text
    assert "سامر العلي" not in article.text and "البريدية" not in article.text
    assert "هند منصور" not in article.text
    assert any(r.reason == "signature" and "سامر العلي" in r.text for r in article.removed)


def test_a_lists_footer_under_a_second_delimiter_takes_the_card_with_it() -> None:
    """A list's footer opens with its own «-- » under the sender's card: the earliest delimiter
    cuts, as it does when the same mail is rendered as block lines (once the last one did,
    and the card stayed in the text)."""
    article = marsad.extract(archived_mail([*SIGNATURE[:2], "-- ", *SIGNATURE[4:]]))
    assert OTHER in article.text
    assert "سامر العلي" not in article.text and "البريدية" not in article.text


def test_a_delimiter_over_a_long_tail_is_a_separator() -> None:
    """Thirteen paragraphs under a «--» are the rest of the text, not a sender's card."""
    tail = [f"{PARAGRAPH} ({n})" for n in range(13)]
    article = marsad.extract(archived_mail(tail))
    assert all(row in article.text for row in tail)


def test_a_dash_inside_a_line_is_no_delimiter() -> None:
    text = f"{TITLE}\n{PARAGRAPH}\nالنتيجة -- كما قال -- لم تتغير.\n{OTHER}"
    article = marsad.extract(text.encode())
    assert "كما قال" in article.text and OTHER in article.text


def test_a_lists_subject_tag_is_the_kicker() -> None:
    page = archived_mail(SIGNATURE).replace(TITLE.encode(), f"[نشرة-الرصد] {TITLE}".encode())
    article = marsad.extract(page)
    assert (article.kicker, article.title) == ("نشرة-الرصد", TITLE)


@pytest.mark.parametrize("title", ["[ملف] عن الحرب في السودان وما بعدها", "[1] مقدمة"])
def test_a_bracketed_tag_before_words_splits(title: str) -> None:
    assert split_kicker(title)[0] in ("ملف", "1")


@pytest.mark.parametrize("title", ["[ملف خاص عن الحرب] وما بعدها", "[ملف]عنوان", "عنوان [ملف]"])
def test_other_brackets_stay_in_the_title(title: str) -> None:
    """A tag of more than three words, one glued to the headline or one after it is no tag."""
    assert split_kicker(title) == (None, title)
