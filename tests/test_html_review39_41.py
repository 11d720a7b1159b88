"""A review of the page passes 39–41: the headings over a headline are read only when the
headline opens the text's box (a kicker heading in the box is the story's own, no page
heading); a box hidden on one screen size alone (Tailwind's «md:hidden», «hidden md:block»,
Bootstrap's «d-none d-lg-block») is shown on the others, so it is no collapsed entry."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

import marsad
from marsad.stages.html import _headings_over, _words
from test_html_fresh import OTHER, PARAGRAPH, TITLE

LIST_HEADING = "تحديثات المقرر والأخبار"
KICKER = "اقتصاد"


def _over(box: str) -> set[str]:
    """``_headings_over`` for a page whose list heading stands over ``box`` (the text's
    container, holding the <h1> headline)."""
    tree = lxml_html.fromstring(f"<html><body><h2>{LIST_HEADING}</h2>{box}</body></html>")
    headline = tree.find(".//h1")
    return _headings_over(headline, headline.getparent())


def test_the_heading_over_a_headline_opening_its_box_is_the_pages() -> None:
    assert _over(f"<div><h1>{TITLE}</h1><p>{PARAGRAPH}</p></div>") == {_words(LIST_HEADING)}


def test_a_kicker_before_the_headline_in_its_box_makes_no_heading_over_it() -> None:
    """The headline no longer opens its box: the kicker is the story's, and the heading
    outside is over the story, not over a list of entries."""
    assert _over(f"<div><h3>{KICKER}</h3><h1>{TITLE}</h1><p>{PARAGRAPH}</p></div>") == set()


THIRD = PARAGRAPH.replace("مدنيين", "خمسة مزارعين")


def _beside(classes: str) -> str:
    """A page whose paragraph beside the story's column is in a box of ``classes``."""
    return (
        f"<html><head><title>{TITLE}</title></head><body><div class='wrap'>"
        f"<div class='col'><h1>{TITLE}</h1><div class='body'><p>{PARAGRAPH}</p>"
        f"<p>{OTHER}</p></div></div><div class='{classes}'><p>{THIRD}</p></div>"
        "</div></body></html>"
    )


@pytest.mark.parametrize(
    "classes", ["md:hidden", "hidden md:block", "hidden m:inline-block", "d-none d-lg-block"]
)
def test_a_box_hidden_on_one_screen_size_alone_is_shown(classes: str) -> None:
    article = marsad.extract(_beside(classes))
    assert THIRD in article.text
    assert "hidden_box" not in {r.reason for r in article.removed}


@pytest.mark.parametrize("classes", ["hidden", "d-none", "hidden group-hover:block"])
def test_a_box_hidden_on_every_screen_is_a_collapsed_entry(classes: str) -> None:
    """A state variant («group-hover:») shows the box when a reader points at it: still
    collapsed until then."""
    article = marsad.extract(_beside(classes))
    assert THIRD not in article.text
    assert "hidden_box" in {r.reason for r in article.removed}
