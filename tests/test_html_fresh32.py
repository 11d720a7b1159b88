"""The general rules that the thirty-second held-out pass's page templates
(``eval_templates.json``, ``"pass": 32``, scored once before any rule change;
``test_html_fresh`` renders them) led to (boilerplate 2026.12.25): a writer's sign-off under
the last paragraph, a long dash and a name of up to three words alone on its line («— هالة»,
a WriteFreely post's signature), is the author, not text; a wire story's end marker set
between dashes or brackets («— انتهى», «-انتهى-», «(انتهى)») is debris, so it is never read
as such a signature; a wiki's «أنشأها سلمى الخطيب» ("created by", pass 23's Confluence
page) is a byline whose role is the verb, not an author named with it. Each rule has a case
that must keep the text or the author."""

from __future__ import annotations

import pytest

import marsad
from test_html_fresh import ARTICLES, OTHER, PARAGRAPH, TITLE, line_reason, render


@pytest.mark.parametrize(("title", "paragraphs"), ARTICLES, ids=["long", "short"])
def test_a_posts_dash_signature_is_its_author(title: str, paragraphs: list[str]) -> None:
    article = marsad.extract(render("writefreely_blog_post", title, paragraphs).encode())
    assert [a.name for a in article.authors] == ["هالة"]
    assert "هالة" not in article.text
    assert paragraphs[-1] in article.text


@pytest.mark.parametrize("signature", ["— سامي يوسف", "– ليلى"])
def test_a_text_ending_in_a_dash_and_a_name_is_signed(signature: str) -> None:
    article = marsad.extract(f"{PARAGRAPH}\n{OTHER}\n{signature}".encode())
    assert [a.name for a in article.authors] == [signature[2:]]
    assert article.text.endswith(OTHER)
    assert "signature" in {r.reason for r in article.removed}


@pytest.mark.parametrize(
    "last",
    [
        "- سامي يوسف",  # a hyphen bullets plain-text lists
        "— ع.م",  # initials with a dot: no name of letters only
        "— نحو ٣٠ قتيلا",  # digits
        "— سامي يوسف عبد الله الأحمد",  # longer than a sign-off's name
    ],
)
def test_other_last_lines_stay(last: str) -> None:
    article = marsad.extract(f"{PARAGRAPH}\n{OTHER}\n{last}".encode())
    assert article.text.endswith(last)
    assert not article.authors


def test_the_last_item_of_a_dashed_list_stays() -> None:
    text = f"{PARAGRAPH}\n— الأردن\n— لبنان\n— مصر"
    article = marsad.extract(text.encode())
    assert article.text.endswith("— مصر") and not article.authors


def test_an_existing_author_is_kept_and_the_signature_still_goes() -> None:
    article = marsad.extract(f"{TITLE}\nكتب: نادر سليم\n{PARAGRAPH}\n{OTHER}\n— نادر".encode())
    assert [a.name for a in article.authors] == ["نادر سليم"]
    assert article.text.endswith(OTHER)


@pytest.mark.parametrize("line", ["— انتهى", "-انتهى-", "(انتهى)", "/انتهى/", "- انتهى -"])
def test_an_end_marker_between_dashes_or_brackets_is_debris(line: str) -> None:
    assert line_reason(line) == "end_marker"
    article = marsad.extract(f"{PARAGRAPH}\n{OTHER}\n{line}".encode())
    assert article.text.endswith(OTHER) and not article.authors


@pytest.mark.parametrize("line", ["انتهى الاجتماع دون اتفاق.", "— انتهى الاجتماع دون اتفاق."])
def test_a_sentence_opening_with_the_verb_stays(line: str) -> None:
    assert line_reason(line) is None


@pytest.mark.parametrize(("title", "paragraphs"), ARTICLES, ids=["long", "short"])
def test_a_wikis_created_by_is_the_role_not_the_name(title: str, paragraphs: list[str]) -> None:
    article = marsad.extract(render("confluence_space_page", title, paragraphs).encode())
    assert [(a.name, a.role) for a in article.authors] == [("سلمى الخطيب", "أنشأها")]


@pytest.mark.parametrize("line", ["أنشأه الملك عبدالعزيز عام 1932", "أنشأته الحكومة في الشمال."])
def test_a_sentence_opening_with_created_stays(line: str) -> None:
    article = marsad.extract(f"{PARAGRAPH}\n{line}\n{OTHER}".encode())
    assert line in article.text and not article.authors
