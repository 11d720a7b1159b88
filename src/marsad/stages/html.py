"""Stage ``html``: main content of an HTML page → lines, via trafilatura; text → lines.

We do not write our own HTML extractor: trafilatura finds the main content and metadata.
We only walk its output tree to keep what matters downstream (headings as headings, one
line per paragraph/list item/quote, the first link target of a line), then hand the lines
to the same Arabic debris rules plain text gets.

Things we decide ourselves, because trafilatura takes them from one source only: the
title (``og:title`` or ``<title>`` often carry the site's name, and a footer logo may be an
``<h1>``), which we take from the agreement of the page's title fields and its headings;
a lead paragraph that a site marks up as a heading, which stays body text, also when it
sits between the headline and the body's container (trafilatura keeps the container only);
and interactive boxes (a poll's radio buttons, a newsletter's e-mail field) inside the
article, removed whole before extraction (their question and links read like text).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import trafilatura
import trafilatura.settings
import trafilatura.utils
from lxml import etree

from marsad.arabic.normalize import normalize
from marsad.boilerplate import word_count
from marsad.errors import DocumentTooComplexError, InputFormatError
from marsad.model import Article, Line

_HTML_SNIFF = re.compile(r"<\s*(?:!doctype\s+html|html|head|body|article|div|p|meta)\b", re.I)
_BLOCK_TAGS = {"p", "quote", "item", "cell", "code"}
_WHITESPACE_RUN = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
# trafilatura costs ~80 µs per element: 500,000 empty <div>s take 40 s before any content is
# found. Real article pages hold a few thousand elements (heavy ones tens of thousands).
MAX_HTML_ELEMENTS = 100_000
_START_TAG = re.compile(r"<[A-Za-z]")
_TABLE_PARTS = {"table", "tbody", "thead", "tfoot", "tr", "td", "th", "caption"}
# Markup no data table holds: a table around these is page layout (old sites), not data.
_LAYOUT_MARKERS = ".//table | .//form | .//h1 | .//h2 | .//h3 | .//td[count(p) > 1]"
# Where a page names its article: the title fields (first wins ties) and the headings.
_TITLE_FIELDS = ("//meta[@property='og:title']/@content", "//meta[@name='twitter:title']/@content",
                 "//head/title//text()")
_SITE_NAME_FIELDS = ("//meta[@property='og:site_name']/@content",
                     "//meta[@name='application-name']/@content")
_HEADINGS = ("h1", "h2", "h3")
_HEADINGS_SCANNED = 40  # the article's heading comes early; pages hold hundreds of h3 teasers
# How sites join their name to a title: «عنوان - الموقع», «الموقع | عنوان», «الموقع: عنوان».
_SITE_SEPARATOR = re.compile(r"\s+[-–—|»:]\s+|\s*\|\s*|:\s+|\s+::\s+")
_TOKEN = re.compile(r"\w+")
MAX_HEADING_WORDS = 25  # a longer "heading" is a lead paragraph set in a heading tag
# Form controls only page furniture holds inside an article: a poll, a quiz, a newsletter box.
_WIDGET_CONTROLS = {"radio", "checkbox", "email"}
MAX_WIDGET_WORDS = 60  # the box around a control: a question, its options, a short pitch
MAX_WIDGET_STEP_WORDS = 20  # what one enclosing element may add to the box (a heading, a note)
MIN_PROSE_WORDS = 12  # a <p> this long is an article's paragraph, never part of a widget
# A lead between the headline and the body's container: a block of its own, a sentence long.
_LEAD_TAGS = {"p", "div", "h2", "h3", "h4", "h5", "h6", "blockquote", "section"}
_BLOCK_CHILDREN = _LEAD_TAGS | {"ul", "ol", "li", "table", "figure", "article", "header",
                                "aside", "nav", "footer", "form", "br"}
MIN_LEAD_WORDS = 10  # shorter blocks there are bylines, dates, captions and labels
MAX_LEAD_NUMBERS = 0.15  # share of words with digits: more is a date/byline/counts line
_HAS_DIGIT = re.compile(r"\d")
_LEAD_SCAN = 150  # elements after the headline searched for the body's first paragraph


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
    tree = trafilatura.utils.load_html(article.source_text)
    if tree is None:
        raise InputFormatError("HTML page has no extractable main content")
    titles = _TitleEvidence.of(tree)  # read before extraction: trafilatura prunes its copy
    _drop_widgets(tree)
    gap = _after_headline(tree, titles.choose(None))
    document = trafilatura.bare_extraction(
        _unwrap_layout_tables(tree),
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
    title = titles.choose(article.hints.get("title"))
    if title:
        article.hints["title"] = title
    lines: list[Line] = []
    for element in document.body.iter():
        if element.tag == "head":
            text = _element_text(element)
            lines.append(Line(text, "body" if _is_lead(text) else "heading"))
        elif element.tag in _BLOCK_TAGS and not _has_block_ancestor(element):
            target = next((ref.get("target") for ref in element.iter("ref")), None)
            lines.append(Line(_element_text(element), "body", target))
    lines = [line for line in lines if line.text]
    return [Line(text, "body") for text in _leads(gap, lines)] + lines


def _drop_widgets(tree: etree._Element) -> None:
    """Remove the whole box around each poll/quiz/newsletter form control: the highest
    ancestor that holds at most ``MAX_WIDGET_WORDS`` words, each step adding at most
    ``MAX_WIDGET_STEP_WORDS`` and no paragraph of prose (a short article's body stays)."""
    for control in list(tree.iter("input")):
        if (control.get("type") or "").lower() not in _WIDGET_CONTROLS:
            continue
        if not any(True for _ in control.iterancestors("html")):
            continue  # already removed with an earlier control's box
        box: etree._Element | None = None
        words = 0
        for parent in control.iterancestors():
            if parent.tag in ("body", "html", "article", "main"):
                break
            total = word_count(_element_text(parent))
            if total > MAX_WIDGET_WORDS or total - words > MAX_WIDGET_STEP_WORDS or any(
                    word_count(_element_text(p)) >= MIN_PROSE_WORDS
                    for p in parent.iter("p") if box is None or box not in p.iterancestors()):
                break
            box, words = parent, total
        if box is not None:
            _remove_keeping_tail(box)


def _remove_keeping_tail(element: etree._Element) -> None:
    parent = element.getparent()
    if parent is None:
        return
    if element.tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + element.tail
        else:
            parent.text = (parent.text or "") + element.tail
    parent.remove(element)


def _after_headline(tree: etree._Element, title: str | None) -> list[tuple[str, bool]]:
    """The leaf blocks that follow the page's headline, in order: (text, whether it could
    be a lead). Read before extraction; ``_leads`` compares them with what was kept."""
    if not title:
        return []
    key = _words(title)
    headline = None
    for heading in tree.iter("h1", "h2"):
        text = _element_text(heading)
        if abs(len(text) - len(title)) <= 10 + len(title) // 5 and _words(text) == key:
            headline = heading
            break
    if headline is None:
        return []
    blocks: list[tuple[str, bool]] = []
    for seen, element in enumerate(_following(headline)):
        if seen >= _LEAD_SCAN:
            break
        if element.tag not in _LEAD_TAGS or any(
                child.tag in _BLOCK_CHILDREN for child in element):
            continue
        text = _element_text(element)
        if text:
            blocks.append((text, _could_be_lead(element, text)))
    return blocks


def _following(element: etree._Element) -> Iterator[etree._Element]:
    """Elements after ``element`` (not inside it) in document order."""
    node: etree._Element | None = element
    while node is not None:
        for sibling in node.itersiblings():
            yield from sibling.iter()
        node = node.getparent()


def _could_be_lead(element: etree._Element, text: str) -> bool:
    """Prose of its own: long enough, not a date line (digits, a <time>), not a teaser
    (mostly a link), not a caption or credit, not in the page's chrome."""
    words = text.split()
    if len(words) < MIN_LEAD_WORDS or _in_page_chrome(element):
        return False
    if sum(1 for w in words if _HAS_DIGIT.search(w)) > MAX_LEAD_NUMBERS * len(words):
        return False
    if any(True for _ in element.iter("time")):
        return False
    linked = sum(len(_element_text(a)) for a in element.iter("a"))
    if linked * 2 > len(text):
        return False  # a teaser or a list of links
    for node in (element, *element.iterancestors()):
        marks = f"{node.get('id', '')} {node.get('class', '')}".lower()
        if node.tag in ("figure", "figcaption") or "caption" in marks or "credit" in marks:
            return False
    return True


def _leads(gap: list[tuple[str, bool]], lines: list[Line]) -> list[str]:
    """Lead blocks between the headline and the first extracted line, which trafilatura left
    out with the rest of the page header; none unless that first line is found there."""
    if not gap or not lines:
        return []
    first = _words(lines[0].text)
    end = next((i for i, (text, _) in enumerate(gap) if _words(text) == first), None)
    if end is None or not any(lead for _, lead in gap[:end]):
        return []
    kept = {_words(line.text) for line in lines}
    return [text for text, lead in gap[:end] if lead and _words(text) not in kept]


def _is_lead(heading: str) -> bool:
    """A "heading" that reads as a paragraph (long, or ending in a full stop) is a lead that
    the site styled with a heading tag: as a heading it would open a bogus section."""
    return word_count(heading) > MAX_HEADING_WORDS or heading.rstrip().endswith((".", "،"))


def _words(text: str) -> str:
    """The comparable form of a title: its normalised words (punctuation and spacing vary
    between a page's title fields and its headline)."""
    return " ".join(_TOKEN.findall(normalize(text).casefold()))


@dataclass(slots=True)
class _TitleEvidence:
    """What a page says its title is, to choose by agreement rather than from one field.

    ``whole``: the title fields as they are; ``pieces``: each field cut at a site-name
    separator, keeping the longer side (a site name is the shorter one) unless it is the
    declared site name; ``headings``: early h1–h3 texts outside footers, navigation and
    sidebars.
    """

    whole: list[str]
    pieces: dict[str, str]
    headings: list[str]

    @classmethod
    def of(cls, tree: etree._Element) -> _TitleEvidence:
        fields = [_WHITESPACE_RUN.sub(" ", str(v)).strip()
                  for path in _TITLE_FIELDS for v in tree.xpath(path)[:1]]
        fields = [f for f in fields if f]
        sites = {_words(str(v)) for path in _SITE_NAME_FIELDS for v in tree.xpath(path)}
        pieces: dict[str, str] = {}
        for field in fields:
            for cut in _SITE_SEPARATOR.finditer(field):
                before, after = field[: cut.start()].strip(), field[cut.end():].strip()
                sides = [s for s in (before, after) if _words(s) and _words(s) not in sites]
                if sides:
                    main = max(sides, key=len)
                    pieces.setdefault(_words(main), main)
        headings: list[str] = []
        for element in tree.iter(*_HEADINGS):
            if len(headings) >= _HEADINGS_SCANNED:
                break
            if not _in_page_chrome(element):
                headings.append(_element_text(element))
        return cls(fields, pieces, [h for h in headings if h])

    def choose(self, extracted: str | None) -> str | None:
        """A heading that is a whole title field, else one that is a field less the site's
        name (the longest), else the field piece two fields agree on, else ``extracted``."""
        whole = {_words(f) for f in self.whole}
        best: str | None = None
        for heading in self.headings:
            key = _words(heading)
            if key in whole:
                return heading
            if key in self.pieces and (best is None or len(key) > len(_words(best))):
                best = heading
        if best:
            return best
        agreed = [p for key, p in self.pieces.items() if key in whole]
        if agreed:
            return max(agreed, key=len)
        return extracted


def _in_page_chrome(element: etree._Element) -> bool:
    """Inside a footer, navigation or sidebar (by tag or by an id/class saying so)."""
    for parent in element.iterancestors():
        if parent.tag in ("footer", "nav", "aside"):
            return True
        marks = f"{parent.get('id', '')} {parent.get('class', '')}".lower()
        if "footer" in marks or "sidebar" in marks:
            return True
    return False


def _unwrap_layout_tables(tree: etree._Element) -> etree._Element:
    """Turn layout tables into plain blocks so trafilatura can tell content from chrome.

    Old sites lay the whole page out in nested tables; trafilatura then keeps the table
    holding the body, menus and sidebars together as one "data table" of cells.
    """
    for table in [table for table in tree.iter("table") if table.xpath(_LAYOUT_MARKERS)]:
        for element in table.iter():
            if element.tag in _TABLE_PARTS:
                element.tag = "div"
    return tree


def _has_block_ancestor(element: etree._Element) -> bool:
    return any(parent.tag in _BLOCK_TAGS for parent in element.iterancestors())


def _element_text(element: etree._Element) -> str:
    return _WHITESPACE_RUN.sub(" ", "".join(element.itertext())).strip()
