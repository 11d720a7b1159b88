"""Stage ``html``: main content of an HTML page → lines, via trafilatura; text → lines.

We do not write our own HTML extractor: trafilatura finds the main content and metadata.
We only walk its output tree to keep what matters downstream (headings as headings, one
line per paragraph/list item/quote, the first link target of a line), then hand the lines
to the same Arabic debris rules plain text gets.
"""

from __future__ import annotations

import re

import trafilatura
import trafilatura.settings
import trafilatura.utils
from lxml import etree

from marsad.errors import DocumentTooComplexError, InputFormatError
from marsad.model import Article, Line

_HTML_SNIFF = re.compile(r"<\s*(?:!doctype\s+html|html|head|body|article|div|p|meta)\b", re.I)
_BLOCK_TAGS = {"p", "quote", "item", "cell", "code"}
_WHITESPACE_RUN = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_TABLE_TAG = re.compile(r"<table\b", re.I)
# trafilatura costs ~80 µs per element: 500,000 empty <div>s take 40 s before any content is
# found. Real article pages hold a few thousand elements (heavy ones tens of thousands).
MAX_HTML_ELEMENTS = 100_000
_START_TAG = re.compile(r"<[A-Za-z]")
_TABLE_PARTS = {"table", "tbody", "thead", "tfoot", "tr", "td", "th", "caption"}
# Markup no data table holds: a table around these is page layout (old sites), not data.
_LAYOUT_MARKERS = ".//table | .//form | .//h1 | .//h2 | .//h3 | .//td[count(p) > 1]"


def run(article: Article) -> Article:
    fmt = article.raw.format
    if fmt == "html" or (fmt == "auto" and looks_like_html(article.source_text)):
        article.input_format = "html"
        article.lines = _html_lines(article)
    else:
        article.input_format = "text"
        article.lines = [Line(line) for line in article.source_text.splitlines()]
    return article


def looks_like_html(text: str) -> bool:
    """True when the text starts (after whitespace) with markup typical of a page."""
    return bool(_HTML_SNIFF.search(text[:2000])) and text.lstrip()[:1] == "<"


def _check_complexity(source: str) -> None:
    """Refuse pages with more elements than extraction handles in bounded time."""
    if source.count("<") <= MAX_HTML_ELEMENTS:  # cheap screen before counting real tags
        return
    elements = sum(1 for _ in _START_TAG.finditer(source))
    if elements > MAX_HTML_ELEMENTS:
        raise DocumentTooComplexError(f"HTML page has {elements:,} elements; limit is "
                                      f"{MAX_HTML_ELEMENTS:,}")


def _html_lines(article: Article) -> list[Line]:
    _check_complexity(article.source_text)
    document = trafilatura.bare_extraction(
        _unwrap_layout_tables(article.source_text),
        url=article.raw.url,
        with_metadata=True,
        include_comments=False,
        include_formatting=True,
        include_links=True,
        include_tables=True,
        # htmldate's extensive search guesses from free text through dateparser: about a
        # second per page while its locales load, and wrong on Arabic dates. Markup dates
        # (<time>, meta, JSON-LD, URL) are still read.
        date_extraction_params=trafilatura.settings.set_date_params(extensive=False),
    )
    if not isinstance(document, trafilatura.settings.Document) or document.body is None:
        raise InputFormatError("HTML page has no extractable main content")
    for key in ("title", "author", "date", "sitename", "url"):
        value = getattr(document, key, None)
        if value:
            article.hints[key] = str(value)
    lines: list[Line] = []
    for element in document.body.iter():
        if element.tag == "head":
            lines.append(Line(_element_text(element), "heading"))
        elif element.tag in _BLOCK_TAGS and not _has_block_ancestor(element):
            target = next((ref.get("target") for ref in element.iter("ref")), None)
            lines.append(Line(_element_text(element), "body", target))
    return [line for line in lines if line.text]


def _unwrap_layout_tables(source: str) -> str | etree._Element:
    """Turn layout tables into plain blocks so trafilatura can tell content from chrome.

    Old sites lay the whole page out in nested tables; trafilatura then keeps the table
    holding the body, menus and sidebars together as one "data table" of cells.
    """
    if not _TABLE_TAG.search(source):
        return source
    tree = trafilatura.utils.load_html(source)
    if tree is None:
        return source
    layout = [table for table in tree.iter("table") if table.xpath(_LAYOUT_MARKERS)]
    for table in layout:
        for element in table.iter():
            if element.tag in _TABLE_PARTS:
                element.tag = "div"
    return tree if layout else source


def _has_block_ancestor(element: etree._Element) -> bool:
    return any(parent.tag in _BLOCK_TAGS for parent in element.iterancestors())


def _element_text(element: etree._Element) -> str:
    return _WHITESPACE_RUN.sub(" ", "".join(element.itertext())).strip()
