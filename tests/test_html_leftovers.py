"""The general rules of the leftovers pass (no new templates): leftovers that earlier held-out
passes left open (``OPEN`` in ``test_html_fresh``) and that a rule reading the page's
structure removes. A box of buttons and counts only is a counter, no text; a heading that
closes the text with nothing under it heads nothing; a short ``<p>`` under the headline that
is half link or more is a label and its linked value, not the story's deck. Each rule has its
negative case: what looks alike and stays."""

from __future__ import annotations

import marsad
from marsad.model import Article, Line, RawDocument
from marsad.stages.html import _without_closing_furniture
from test_html_fresh import OTHER, PARAGRAPH, TITLE, page


def test_a_box_of_a_button_and_a_count_is_a_counter() -> None:
    """A newsletter's clap counter «👏 ٤٣٨» after a one-paragraph text (pass 25's leftover:
    with a short article trafilatura keeps the whole container, the counter with it)."""
    counter = "<div class='claps'><button aria-label='تصفيق'>👏</button><span>٤٣٨</span></div>"
    assert marsad.extract(page(f"<p>{PARAGRAPH}</p>{counter}")).text == PARAGRAPH


def test_a_count_among_words_stays() -> None:
    """A box with words beside its count (a figure's label in its own span, or loose words
    around it) is no counter: it stays, as before."""
    labelled = "<div><button>عرض</button><span>٤٣٨</span><span>نازحا في المخيم</span></div>"
    assert "نازحا في المخيم" in marsad.extract(page(f"<p>{PARAGRAPH}</p>{labelled}")).text
    loose = "<p><span>٤٣٨</span> نازحا وصلوا إلى المخيم <button>المزيد</button></p>"
    text = marsad.extract(page(f"<p>{PARAGRAPH}</p>{loose}")).text
    assert "٤٣٨ نازحا وصلوا إلى المخيم" in text


def _closed(*lines: Line) -> tuple[list[str], set[str]]:
    """The lines kept after the text's closing furniture went, and the reasons given."""
    article = Article(raw=RawDocument(""))
    kept = _without_closing_furniture(article, list(lines))
    return [line.text for line in kept], {line.reason for line in article.removed}


def test_a_heading_closing_the_text_with_nothing_under_it_goes() -> None:
    """An outliner's «مرجعان مرتبطان» whose linked blocks went (pass 45's leftover): read
    on the stage's lines, since trafilatura itself drops such a heading from a small page."""
    kept, reasons = _closed(Line(PARAGRAPH), Line(OTHER), Line("مرجعان مرتبطان", "heading"),
                            Line("روابط", "heading"))
    assert kept == [PARAGRAPH, OTHER]
    assert reasons == {"empty_heading"}


def test_a_heading_with_a_line_under_it_or_before_the_prose_stays() -> None:
    heading = Line("ردود الفعل", "heading")
    assert _closed(Line(PARAGRAPH), heading, Line(OTHER))[0] == [PARAGRAPH, "ردود الفعل", OTHER]
    assert _closed(heading)[0] == ["ردود الفعل"]  # no prose: nothing to close


def _card(under_headline: str) -> str:
    """A board's card dialog: the card's title and a line under it in the dialog's header,
    the description's paragraphs in its main column."""
    return (f"<html><head><title>{TITLE}</title></head><body><div class='window'>"
            f"<div class='window-header'><h2>{TITLE}</h2>{under_headline}</div>"
            f"<div class='window-main'><p>{PARAGRAPH}</p><p>{OTHER}</p></div></div></body></html>")


def test_a_short_line_under_the_headline_that_is_half_link_is_a_label() -> None:
    """«في القائمة <list>» under a card's title (pass 46's leftover)."""
    label = "<p>في القائمة <a href='#'>قيد الكتابة</a></p>"
    assert marsad.extract(_card(label)).text.split("\n\n") == [PARAGRAPH, OTHER]


def test_a_short_deck_under_the_headline_stays() -> None:
    """A deck with a few words linked (or none) is the story's standfirst, as pass 38's
    blog intro is (``KNOWN_LEFT``)."""
    deck = "<p>ملخص ما جرى في <a href='#'>ريف إدلب</a> صباح اليوم</p>"
    assert "ملخص ما جرى في ريف إدلب صباح اليوم" in marsad.extract(_card(deck)).text
