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

Also ours (boilerplate 2026.12.4): loose text between ``<br>``s is wrapped in paragraphs
before extraction and a paragraph's line breaks cut it into lines; a headline set in bold
(no heading) or shorter than the site's name is still found, a logo ``<h1>`` never taken;
embedded social posts, paywall pitches and author bio boxes are removed before extraction;
the header's furniture (dates, an author chip, a caption) is dropped when trafilatura keeps
the whole header with a short article; a fragment («<p>…</p>») is read as a page.

Also ours (boilerplate 2026.12.5): when neither the title fields nor a heading name the
article (a print view titled «نسخة للطباعة - الموقع»), the headline is taken from an element
whose class or id says title/headline; an interview guest's bio card goes like an author's.

Also ours (boilerplate 2026.12.7): pull quotes go before extraction; an ``<address>`` (the
author's contact details) goes too, its linked name becoming the author when the page names
none; short labels just before the headline (a kicker, a section line) are header furniture,
the headline being the page's one <h1> when no title field names it; a byline's role and its
linked name, which trafilatura sets on two lines, are joined again.

Also ours (boilerplate 2026.12.8), structural rather than phrases: lines that are the whole
text of a box the page marks as furniture (class/id words, role, aria-label: share, related,
newsletter, ad, comment, tags, cookie… holding no prose), of a call-to-action box (a label,
a pitch, a short button), of the masthead above the headline (short labels, dates), or of a
link card (all link text, no sentence) are dropped after extraction (the tree is left as it
is: removing boxes changes which container trafilatura picks); a quote or cell holding
paragraphs is read paragraph by paragraph; a headline in no heading tag (an old page's
<span>) is found, so its header's date and byline are read as furniture and a byline.

Also ours (boilerplate 2026.12.13): contact boxes are marked furniture, an inline element set
loose between a marked box's blocks (its «نهاية») is one of its lines, and a title field that
the page sets in bold over prose (a channel post's first line) beats fields that name the
channel.

Also ours (boilerplate 2026.12.15), structural: the label of a box whose other lines are all
gone, and the one heading of the box that holds all the text; inline labels over the
headline and the run trafilatura glues them into; link cards with a count beside the link;
captions and credits (marked, or set in italics under an image); the body put back when
trafilatura kept only the article's header; a logo linking to a front page under a language.

Also ours (boilerplate 2026.12.17), structural: a story set in repeated units (a gallery's
slides) that trafilatura's class rules would discard; a small table of labels and values under
the headline; an image's note in the image's box; runs wrapped as paragraphs only inside the
article's column; what follows a story reposted as a quote; comments in schema.org microdata.

Also ours (boilerplate 2026.12.23), structural: a web component's custom element (a tag with
a hyphen) around the paragraphs is a wrapper, not a leaf block; a portal's sibling components
(same tag, a shared class word) beside the one holding the headline and the text are side
material when they hold no prose.
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator, Sequence
from copy import deepcopy
from dataclasses import dataclass, replace
from dataclasses import field as dataclass_field
from itertools import groupby, islice, pairwise
from urllib.parse import urlsplit

import trafilatura
import trafilatura.settings
import trafilatura.utils
import trafilatura.xpaths
from lxml import etree

from marsad.arabic.normalize import normalize
from marsad.boilerplate import (
    PageWords,
    Rule,
    ends_like_sentence,
    is_trailer_marker,
    load_boilerplate,
    load_page_words,
    match_line,
    parse_byline,
    parse_dateline,
    word_count,
)
from marsad.errors import DocumentTooComplexError, InputFormatError
from marsad.model import Article, Line, Link, RemovedLine
from marsad.stages.clean import MAX_RELATED_TITLE_WORDS, SIGNATURE_DELIMITER, furniture_blocks

_HTML_SNIFF = re.compile(r"<\s*(?:!doctype\s+html|html|head|body|article|section|main|div|p|"
                         r"h[1-6]|blockquote|ul|ol|table|span|meta)\b", re.I)
_BLOCK_TAGS = {"p", "quote", "item", "cell", "code"}
# Inline elements of trafilatura's output: they continue the text around them.
_INLINE_TAGS = {"hi", "ref", "lb", "del", "span", "graphic"}
# Blocks of trafilatura's output that may sit in a quote or a cell (a forum post's quote
# holding the story's paragraphs): such a quote is read as a container, a line per block.
_INNER_BLOCKS = {"p", "head", "list", "quote", "table"}
_LINE_BREAK = etree.Element("lb")  # closes the last line of a run
_ANY_WHITESPACE = re.compile(r"\s+")
# The snippets social networks give sites to embed a post (their script turns them into a card).
_EMBEDS = ("//blockquote[contains(@class, 'twitter-tweet') or contains(@class, 'twitter-video')"
           " or contains(@class, 'instagram-media') or contains(@class, 'tiktok-embed')"
           " or contains(@class, 'fb-xfbml-parse-ignore') or contains(@class, 'reddit-embed')]")
# see _BOX_CLASS, _PULL_QUOTE_CLASS, _COPYRIGHT_CLASS and _CALLOUT_CLASS
_BOX_CANDIDATES = ("//*[@subscriptions-section or contains(@class, 'aywall')"
                   " or contains(@class, 'uthor') or contains(@class, 'uest')"
                   " or contains(@class, 'ull') or contains(@class, 'opyright')"
                   " or contains(@class, 'icense') or contains(@class, 'icence')"
                   " or contains(@class, 'allout') or contains(@class, 'dmonition')"
                   " or contains(@class, 'hint') or contains(@class, 'alert')"
                   " or contains(@class, 'tip') or contains(@class, 'custom-block')"
                   " or contains(@class, 'information-macro')]")
_MICRODATA_COMMENTS = ("//*[@itemprop='comment' or @itemprop='comments'"
                       " or contains(@itemtype, 'schema.org/Comment')]")
# A box whose class or id words call it readers' comments («fb-seo-comments», «comment-list»).
# A blog's trackbacks and pingbacks (Movable Type's «trackbacks», WordPress's «pingback») are
# comments other blogs leave: an excerpt of their post that links here.
_COMMENTS_MARK = re.compile(r"(?<![A-Za-z])(?:comments?|Comments?|COMMENTS?|(?:track|ping)backs?"
                            r"|(?:Track|Ping)backs?)(?![a-z])")
_COMMENT_CANDIDATES = ("//body//*[contains(translate(@class, 'COMENT', 'coment'), 'comment')"
                       " or contains(translate(@id, 'COMENT', 'coment'), 'comment')"
                       " or contains(translate(@class, 'TRACKPING', 'trackping'), 'back')"
                       " or contains(translate(@id, 'TRACKPING', 'trackping'), 'back')]")
# A paywall's pitch (the class word «paywall», «ep-paywall» too); a bio card of the author or
# of an interview's guest (never article text).
_BOX_CLASS = re.compile(r"(?:^|[\s_-])paywall(?:$|[\s_-])|(?:^|\s)(?:(?:author|guest)[-_]?(?:box|"
                        r"bio|card|about|info)|about[-_](?:author|guest))", re.I)
# A post's copyright notice under its text (Hexo NexT's «post-copyright»: the writer, the
# permalink, the licence in a sentence), which reads as prose; a longer box so named is a page
# region (MAX_FURNITURE_WORDS). A licence box is the same notice (a wiki's «licenseBanner»
# under a source text: «هذا العمل في الملكية العامة لأنه …»), named by the licence.
_COPYRIGHT_CLASS = re.compile(r"(?<![A-Za-z])(?:copyright|Copyright|COPYRIGHT|licen[cs]e|"
                              r"Licen[cs]e|LICEN[CS]E)(?![a-z])")
# A class word filing a post under a topic (WordPress's post_class: «tag-driving-license»,
# «category-copyright») says what the story is about, never that its box is a notice.
_TOPIC_CLASS_PREFIXES = ("tag-", "category-")
# A pull quote (WordPress's wp-block-pullquote, Medium's, most themes' «pullquote»): a line of
# the article repeated large between its paragraphs, or a display quote that is no paragraph.
_PULL_QUOTE_CLASS = re.compile(r"pull[-_]?quote", re.I)
MAX_PULL_QUOTE_WORDS = 60  # a quote and its credit; a longer box is a container so named
# A callout (an admonition): the box a docs site, a wiki, a notebook or a site builder sets
# off in the text for a tip, a note to readers or a warning (Docusaurus' and MkDocs'
# «admonition», Asciidoctor's «admonitionblock», Quarto's, Kajabi's, Freshdesk's, Ghost's,
# Notion's and Obsidian's «callout», GitBook's «hint», Bootstrap's and GitLab's «alert»,
# MkDocs' «tip», VitePress' «custom-block», Confluence's «information-macro»): a class word
# whole or one part of it between hyphens or underscores («gl-alert», «kjb-callout»,
# «admonition_xJq3»). «tooltip», «hints», «alerts-list» and «footnote» are other words, and
# «note» alone names a note-taking app's whole note (Evernote's «note-content»), never a
# callout. A box so named and longer than MAX_CALLOUT_WORDS is a container so named.
_CALLOUT_CLASS = re.compile(r"(?:^|[\s_-])(?:admonition|admonitionblock|callout|hint|alert|tip)"
                            r"(?=$|[\s_-])|(?:^|\s)(?:custom-block|\S*information-macro)(?=\s|$)",
                            re.I)
MAX_CALLOUT_WORDS = 60  # a callout's title and a sentence or three
MIN_LAYOUT_CELL_WORDS = 30  # a data table's cell holds a figure or a name, not paragraphs
_QUOTED_PARTS = {"blockquote", "q"}  # a reposter's note holds the quote it adds to
MIN_PROSE_UNITS = 2  # sibling units of one class holding prose: a story set in slides
MIN_TEXT_CONTAINER_SHARE = 0.5  # of the page's prose characters: the body's own container
# trafilatura's own rules for removing page chrome by class and id, before extraction.
_TRAFILATURA_DISCARDS = (*trafilatura.xpaths.OVERALL_DISCARD_XPATH,
                         *trafilatura.xpaths.DISCARD_IMAGE_ELEMENTS)
MIN_PAGE_TEXT = 20  # characters a page must hold besides embedded posts for them to go
# Containers whose loose text between <br>s is paragraphs, and the inline markup in it.
_BREAK_CONTAINERS = {"div", "td", "th", "section", "article", "main", "center", "font", "body",
                     "blockquote", "span"}
# Containers whose inline run is wrapped in a <p> when it opens with a formatting element
# (``_opens_inline``), and the formatting elements trafilatura glues to the text after them.
_RUN_CONTAINERS = ("div", "section", "center")  # not a table's cell: a data cell stays a cell
_GLUED_INLINE = {"a", "b", "strong", "i", "em", "u", "mark"}
_INLINE_HTML = {"a", "abbr", "b", "bdi", "bdo", "big", "cite", "em", "font", "i", "img", "label",
                "mark", "q", "s", "small", "span", "strike", "strong", "sub", "sup", "time",
                "tt", "u", "wbr"}
_WHITESPACE_RUN = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
# trafilatura costs ~80 µs per element: 500,000 empty <div>s take 40 s before any content is
# found. Real article pages hold a few thousand elements (heavy ones tens of thousands).
MAX_HTML_ELEMENTS = 100_000
_START_TAG = re.compile(r"<[A-Za-z]")
_TABLE_PARTS = {"table", "tbody", "thead", "tfoot", "tr", "td", "th", "caption"}
# A grid column's class: Bootstrap's «col-md-8» / «col-4» / «col», old Bootstrap's «span8»,
# Foundation's «large-8 columns», Liferay's «portlet-column».
_GRID_COLUMN = re.compile(r"(?:^|\s)(?:col(?:-(?:xs|sm|md|lg|xl|xxl))?(?:-\d{1,2})?|span\d{1,2}|"
                          r"columns?|portlet-column)(?=\s|$)")
# A class's type size in a style sheet (pdf2htmlEX's «.fs0{font-size:48px}», a published
# Google Doc's «.c8{font-size:9pt}»).
_CLASS_FONT_SIZE = re.compile(r"\.([\w-]+)\s*\{[^{}]*?font-size:\s*(\d+(?:\.\d+)?)(px|pt)")
# A type size set in an element's own style («style="font-size:9.0pt;color:#7F7F7F"»).
_INLINE_FONT_SIZE = re.compile(r"(?<![\w-])font-size:\s*(\d+(?:\.\d+)?)(px|pt)")
# A PDF viewer's run sets its size so, or as PDF.js writes it, scaled by the zoom
# («font-size: calc(var(--scale-factor)*17.04px)»): the factor scales every run alike, so
# the figure compares runs of one document as it is.
# An element whose style or class says its text's line breaks show
# (``_breaks_from_plain_text``), and what holds no plain text to break.
_PRE_WRAPPED = ("//body//*[contains(@style, 'pre-wrap') or contains(@style, 'pre-line')"
                " or contains(@class, 'pre-wrap') or contains(@class, 'pre-line')]")
_NOT_PLAIN_TEXT = {"pre", "code", "script", "style", "textarea", "template", "noscript"}
# a pre-wrapped element whose class names code (a highlighter's block) is a <pre> in all but tag
_CODE_CLASS = re.compile(r"(?<![a-z])(?:code|highlight|hljs|syntax)", re.IGNORECASE)
# A code block's box named for its language, as Prism, Shiki and highlight.js name it
# («language-bash», «lang-python»): the name is what its language label reads.
_LANGUAGE_CLASS = re.compile(r"(?:^|\s)(?:language|lang)-([\w+#.-]+)(?=\s|$)")
_ANY_LINE_BREAK = re.compile(r"[ \t]*\n")
_RUN_FONT_SIZE = re.compile(r"(?<![\w-])font-size:\s*(?:calc\(\s*var\(--[\w-]+\)\s*\*\s*)?"
                            r"(\d+(?:\.\d+)?)(px|pt)")
_PX_PER_UNIT = {"px": 1.0, "pt": 4 / 3}
# A title field's part that names a file (a viewer's tab: «Microsoft Word - بيان.docx»).
_FILE_NAME = re.compile(r"\.(?:pdf|docx?|odt|rtf|pptx?|xlsx?|txt)\s*$", re.I)
_DEFAULT_TYPE_PX = 16.0  # a browser's type size for text the page gives no size
MAX_SMALL_TYPE = 0.8  # of the text's type size: HTML's <small> is about five sixths of it
# of an office export's text size: its notes are set in whole points a step or two under the
# text's (9pt under 11pt, 10pt under 12pt: five sixths or less)
MAX_FINE_PRINT = 0.85
_DIGITS = re.compile(r"\d+")
_COLUMN_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"  # a spreadsheet's column headers, in order
MAX_CONTACT_WORDS = 16  # a contact line: a name, a role, a channel or two and their numbers
MAX_ADDRESS_LINES = 3  # a contact block's name and postal lines between its label and numbers
# what goes on after a citation chip inside its sentence: a word, or a mark closing the
# sentence or a part of it («… بحسب <chip>.», «(وفق <chip>)»)
_GOES_ON = re.compile(r"\w|[.!?؟…،,؛;:)\]»”\"']")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"\+?\d(?:[\s\-–.()]?\d){6,}")  # seven digits or more, one mark apart
_YEARS = range(1300, 2200)  # a year a date or a span gives: hijri 13xx-14xx, common 1xxx-21xx
# what follows a contact label heading its field: «:» after at most one qualifier
# («البريد الإلكتروني:»), or the number («+962…», «079…») or the address itself
_CONTACT_FIELD = re.compile(r"(?:\s+[\w-]+)?\s*(?P<colon>[:：])|\s*(?=\+?\d|[\w.+-]+@)")
_WORD = re.compile(r"[\w-]+")
_ENDS_IN_NUMBER = re.compile(r"\d\s*$")  # a contents line's page
# A social post's box (microformats' «h-entry»/«h-cite», Mastodon's «status»; <article> too)
# and how it names its author: a link holding a handle «@name» or «@name@server», or marked
# as the author's (rel="author", «p-author»/«u-author»).
_POST_CLASS = re.compile(r"(?:^|\s)(?:h-entry|h-cite|status)(?=\s|$)")
_HANDLE = re.compile(r"(?:^|\s)@\w[\w.-]*(?:@[\w.-]+)?(?=\s|$)")
_AUTHOR_LINK = re.compile(r"(?:^|\s)[pu]-author(?=\s|$)")
# Markup no data table holds: a table around these is page layout (old sites), not data.
_LAYOUT_MARKERS = ".//table | .//form | .//h1 | .//h2 | .//h3 | .//td[count(p) > 1]"
# Where a page names its article: the title fields (first wins ties) and the headings.
_TITLE_FIELDS = ("//meta[@property='og:title']/@content", "//meta[@name='twitter:title']/@content",
                 "//head/title//text()")
_SITE_NAME_FIELDS = ("//meta[@property='og:site_name']/@content",
                     "//meta[@name='application-name']/@content")
_HEADINGS = ("h1", "h2", "h3")
_HEADINGS_SCANNED = 40  # the article's heading comes early; pages hold hundreds of h3 teasers
# A headline in a <div>/<td> named for it, when no field or heading names the article. The
# class and id are read in any letter case: a compound name capitalises its words
# («SS_DocumentTitle», «arHeadline»), which says the same as «document-title».
_LOWER_MARK = "translate({}, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"
_LABELLED_TITLE = ("//body//*[contains({cls}, 'title') or contains({id}, 'title')"
                   " or contains({cls}, 'headline') or @itemprop = 'headline']").format(
    cls=_LOWER_MARK.format("@class"), id=_LOWER_MARK.format("@id"))
_NOT_HEADLINE_MARK = re.compile(r"sub|site|widget|section|sidebar|menu|nav|footer|related|card|"
                                r"teaser|block|box|list|item|more")
# How sites join their name to a title: «عنوان - الموقع», «الموقع | عنوان», «الموقع: عنوان»,
# «عنوان • الموقع», «عنوان / القسم / المنتدى» (a forum's topic, board and site).
_SITE_SEPARATOR = re.compile(r"\s+[-–—|»:•·/]\s+|\s*\|\s*|:\s+|\s+::\s+")
_TOKEN = re.compile(r"\w+")
_ARABIC_LETTER = re.compile(r"[\u0621-\u064a\u0671-\u06d3]")
# A heading's link to itself, and what joins an emoji's parts (an arabic harakah, also a
# combining mark, is no icon: only the variation selectors and the zero-width joiner).
_PERMALINK_MARKS = frozenset("¶#§\ufe0e\ufe0f\u200d")
# A post's title field: «Name: "the post's text"» (Mastodon's, a tweet's «X on Twitter: "…"»),
# a site's name after it. The quote is the post's first line, the name its author's.
_QUOTED_POST = re.compile(r'^[^:"“«]{1,80}:\s*["“«](.+)["”»](?:\s+[-–—|•·/]\s+[^"“”«»]*)?$')
# A title field naming a social account: «وكالة المستقل (@agency.bsky.social)».
_ACCOUNT_FIELD = re.compile(r"\(@[\w.-]+\)")
# An open modal dialog: the item a page's address opens over the page behind it.
_MODAL_DIALOGS = ("//*[@aria-modal='true' or @role='dialog' or @role='alertdialog']"
                  "[not(@aria-hidden='true')]")
_DESCRIPTION_FIELDS = ("//meta[@property='og:description']/@content"
                       " | //meta[@name='description']/@content")
_LD_HEADLINE = re.compile(r'"headline"\s*:\s*"((?:[^"\\]|\\.)*)"')
# A link to the site's home page: «/», «/index.php», and a portal's front page under its
# language («/ar/», «/ar/Pages/default.aspx», «/en/home»), or one reached from below it (an
# e-book's chapter exported by calibre: «../index.html»), or a wiki's start page named in its
# query («/doku.php?id=start», «/index.php?title=Main_Page»).
_HOME = re.compile(r"^(?:(?:https?:)?//[^/]+|(?:\.\./)+|\./)?/?(?:(?:ar|en|fr)(?:[-_][a-z]{2})?/?)?"
                   r"(?:(?:pages/)?(?:index|default|home|doku)(?:\.\w+)?)?"
                   r"(?:\?(?:id|title|page)=(?:start|home|index|main[_ ]page))?$", re.I)
MIN_WRAPPED_TITLE_WORDS = 2  # a lone <h1> a title field wraps: a headline, not a word of it
_LEVELS = frozenset("123456")  # a heading's levels, as ARIA's aria-level writes them
MAX_HEADING_WORDS = 25  # a longer "heading" is a lead paragraph set in a heading tag
# Class words that hide a box until a reader opens it (Bootstrap's «d-none», Tailwind's and
# Open edX's «hidden»); «visually-hidden», «hidden-mobile» are other words, and so is a word
# under a variant prefix (Tailwind's «md:hidden» hides the box on wide screens alone).
_HIDDEN_CLASS = re.compile(r"(?<![\w:-])(?:hidden|d-none)(?![\w-])")
# A class word that shows a box again from one screen size on: Tailwind's «md:block», Forem's
# «m:inline-block», Bootstrap's «d-lg-flex». «hidden md:flex» is a menu a phone folds away, no
# box a reader opens. A state variant («group-hover:block») is no screen size: still hidden.
_SHOWN_ON_SCREEN_CLASS = re.compile(
    r"(?<![\w:-])(?:(?:(?:max|min)-)?(?:xs|sm|md|lg|xl|\dxl|s|m|l):|d-(?:sm|md|lg|xl|xxl)-)"
    r"(?:block|inline|inline-block|flex|inline-flex|grid|inline-grid|table|table-cell|"
    r"table-row|contents|flow-root|list-item)(?![\w-])")
# Class words that set a box off screen for screen readers alone (Bootstrap's and Tailwind's
# «sr-only», Bootstrap 5's «visually-hidden», WordPress's «screen-reader-text», HTML5
# Boilerplate's «visuallyhidden», Drupal's «element-invisible», Roundcube's «voice»). Word
# boundaries as ``_HIDDEN_CLASS``'s: «sr-only-focusable» is another word.
_SCREEN_READER_CLASS = re.compile(
    r"(?<![\w:-])(?:sr-only|visually-?hidden|screen-reader-(?:text|only)|element-invisible|"
    r"voice)(?![\w-])")
# Blocks a page may declare in another language than its own (``_drop_other_language_blocks``)
_LANGUAGE_BLOCKS = ("section", "div", "aside", "header", "footer", "article", "p", "ul", "ol",
                    "table", "blockquote", "details")
_XML_LANG = "xml:lang"  # as an HTML parser keeps it (XHTML's own form)
_LATIN_LETTER = re.compile(r"[A-Za-z]")
MIN_TITLE_WORDS = 3  # an extracted title shorter is a site's name («إدراك»), no headline
# Form controls only page furniture holds inside an article: a poll, a quiz, a newsletter box.
_WIDGET_CONTROLS = {"radio", "checkbox", "email"}
MAX_WIDGET_WORDS = 60  # the box around a control: a question, its options, a short pitch
MAX_WIDGET_STEP_WORDS = 20  # what one enclosing element may add to the box (a heading, a note)
MIN_PROSE_WORDS = 12  # a <p> this long is an article's paragraph, never part of a widget
# A label that closes on a quoted name («بالشراكة مع منصة «دليل»», «برعاية "زين"»): the closing
# quote ends the name, not a sentence, when nothing inside the quotes ends one.
_QUOTED_NAME_END = re.compile(r'(?:«[^«».!?؟…]{1,40}»|"[^".!?؟…]{1,40}"|“[^“”.!?؟…]{1,40}”)$')
# A lead between the headline and the body's container: a block of its own, a sentence long.
_LEAD_TAGS = {"p", "div", "h2", "h3", "h4", "h5", "h6", "blockquote", "section"}
_HEADER_TAGS = _LEAD_TAGS | {"li", "td", "dt", "dd"}  # blocks read between headline and body
_ROW_TAGS = {"li", "td", "dt", "dd"}  # a list's, a table's or a definition list's: never a lead
MAX_META_TABLE_ROWS = 3  # a header's table of labels and values: a row or a few
MAX_META_LIST_PAIRS = 6  # a header's definition list of labels and values (a case's card)
_BLOCK_CHILDREN = _LEAD_TAGS | {"ul", "ol", "li", "table", "figure", "article", "main", "header",
                                "aside", "nav", "footer", "form", "br"}
MAX_LABEL_WORDS = 8  # a header's label: a name over an outlet, a credit, a section
_LABEL_TAGS = {"div", "section"}  # what a header's label is set in (not <p>, <h2>, quotes)
MIN_LEAD_WORDS = 10  # shorter blocks there are bylines, dates, captions and labels
MIN_STRIP_LABELS = 4  # inline labels and values side by side that make a header's meta strip
MAX_LEAD_NUMBERS = 0.15  # share of words with digits: more is a date/byline/counts line
_HAS_DIGIT = re.compile(r"\d")
_COUNTER_SEPARATOR = re.compile(r"[·•|]")  # between a card's counters: «١٢ ردا · ٣ آلاف مشاهدة»
_NUMBER = re.compile(r"\d+(?:[.,٫٬]\d+)*")  # one number, its decimal or thousands marks within
_LEAD_SCAN = 150  # elements after the headline searched for the body's first paragraph
_LEAD_SKIP = 2  # date rows that may open the extracted text before its first line
_LABELS_SCANNED = 3  # elements before the headline searched for a kicker or section label
# Boxes a page marks (class/id words, role, aria-label) as its furniture: share and follow
# bars, related and "more" cards, newsletter and promo boxes, ads, comments, tags, cookie
# and site notices, ratings and counters, tables of contents and FAQ accordions, contact
# boxes (a press release's «للتواصل الإعلامي» phone and e-mail), a fact-check's claim and
# verdict card (the claim restated, the rating and its scale), a guest's card, a «support
# us» box, a page's «last modified» or «updated» stamp (a CMS's date box, worded any way).
# Removed before extraction when they hold no prose.
_FURNITURE_WORDS = frozenset({
    "share", "sharing", "sharer", "social", "socials", "related", "newsletter", "newsletters",
    "subscribe", "subscription", "signup", "promo", "promoted", "promotion", "sponsored",
    "sponsor", "advert", "advertisement", "ad", "ads", "adslot", "dfp", "comment", "comments",
    "tags", "tag", "cookie", "cookies", "consent", "gdpr", "rating", "ratings", "vote",
    "feedback", "donate", "donation", "counter", "statistics", "toolbar", "tools", "breadcrumb",
    "breadcrumbs", "ticker", "reactions", "taboola", "outbrain", "recommended", "links", "cta",
    "rel", "keywords", "toc", "faq", "notice", "contact", "claim", "verdict", "stats",
    "guest", "guests", "support", "modified", "updated", "signature",
    "trackback", "trackbacks", "pingback", "pingbacks",  # another blog's excerpt, linking here
    "billboard", "leaderboard", "skyscraper"})  # the ad units' standard names
# AMP's components for the same furniture (their tags say it, whatever their classes).
_FURNITURE_TAGS = frozenset({"amp-live-list", "amp-consent", "amp-user-notification",
                             "amp-sidebar", "amp-social-share", "amp-next-page", "amp-ad",
                             "amp-sticky-ad", "amp-embed"})
# the landmarks around the content, and the live regions («status», «alert», «timer»,
# «marquee»: a milestone notice, a countdown, a ticker) that the page writes itself
# and DPUB-ARIA's apparatus around a document's text (a footnote, the endnotes, the contents),
# which EPUB, Org, Pandoc and Quarto exports write for assistive readers to skip
_FURNITURE_ROLES = frozenset({"complementary", "dialog", "alertdialog", "banner", "contentinfo",
                              "navigation", "search", "toolbar", "status", "alert", "timer",
                              "marquee", "doc-footnote", "doc-endnotes", "doc-endnote",
                              "doc-toc"})
_CHROME_ROLES = frozenset({"contentinfo", "navigation", "complementary", "note"})
# a footer by its class or id: «footer», or the short «foot» / «ftr» / «ft» as a word of its own
# («page-foot», Oracle ADF's «T:ftr», the «hd»/«bd»/«ft» page grid of YUI that Discuz and many
# forum skins keep: ``<div id="ft">``), never inside another word («footnote», «lefttr», «left»)
_FOOTER_MARK = re.compile(r"footer|(?<![a-z])(?:foot|ftr|ft)(?![a-z])")
# An office suite's page footer as it exports a document to HTML: LibreOffice and OpenOffice
# set the footer every printed page repeats (the sender's address, a «نسخة إلى» copy list,
# the page number) in a ``<div title="footer">``, named by that attribute alone.
_OFFICE_FOOTER_TITLE = "footer"
# A component's name: «post-stats»; Invision's «memberSignature» under a forum post; a
# design tool's layer name (Framer's «Credit», «Share»).
_DATA_NAMES = ("data-hook", "data-testid", "data-component", "data-role", "data-framer-name",
               "data-ux", "data-aid")
# A furniture word in class/id/aria words, whole: «related-news», «gvRelated», «AdSlot»;
# never inside another word («unrelated», «download»).
_FURNITURE_MARK = re.compile(
    r"(?:(?<![A-Za-z])(?:{lower}|{upper})|(?<=[a-z])(?:{upper}))(?![a-z])".format(
        lower="|".join(sorted(_FURNITURE_WORDS, key=len, reverse=True)),
        upper="|".join(w.capitalize() for w in sorted(_FURNITURE_WORDS, key=len, reverse=True))
        + "|" + "|".join(w.upper() for w in sorted(_FURNITURE_WORDS, key=len, reverse=True))))
# A cheap screen of the marks (lower-cased) before the whole-word test ("ad" covers "ads"...).
_FURNITURE_HINTS = tuple(sorted(w for w in _FURNITURE_WORDS
                                if not any(o != w and o in w for o in _FURNITURE_WORDS)))
_FURNITURE_HINT = re.compile("|".join(map(re.escape, _FURNITURE_HINTS)))
# A cookie or consent notice's component name, a whole word in any case:
# «FOOTER_COOKIE_BANNER», «cookie-banner», «cmpConsent», «gdpr-notice»; never «cookiecutter».
_CONSENT_MARK = re.compile(
    r"(?:(?<![A-Za-z])(?:cookies?|consent|gdpr|COOKIES?|CONSENT|GDPR|Cookies?|Consent|Gdpr)"
    r"|(?<=[a-z])(?:Cookies?|Consent|Gdpr))(?![a-z])")
# A logo's mark, a whole word in any case: «site-logo», «LogoHeading», «HEADER_LOGO_TEXT»,
# «siteLogo»; never «logos-gallery» or «logotype».
_LOGO_MARK = re.compile(r"(?:(?<![A-Za-z])(?:logo|Logo|LOGO)|(?<=[a-z])Logo)(?![a-z])")
# A mail header row's label and value: «From: …», «الموضوع: …» (the label a few words).
_MAIL_FIELD = re.compile(r"^([^\W\d_][\w\s-]{0,30}?)\s*:\s*(.*)$", re.S)
# A view's heading: a short label, then its item's title in quotes that close it.
_VIEW_HEADING = re.compile(r"^(?P<label>[^\"“«]+?)\s*[:：]?\s*[\"“«](?P<item>.+)[\"”»]$")
MAX_VIEW_LABEL_WORDS = 4  # «Full text of», «النص الكامل لـ»
MAX_ABOUT_HEADING_WORDS = 8  # «نبذة عن» and an organisation's name
MAX_MAIL_LABEL_WORDS = 3  # «نسخة إلى», «تاريخ الإرسال»: a field's label is a few words
# A forward delimiter: its words between two runs of hyphens («-------- Forwarded Message
# --------», «-----Original Message-----»).
_FORWARD_DELIMITER = re.compile(r"^\s*-{2,}[^-]+-{2,}\s*$")
MAX_FORWARD_NOTE_WORDS = 40  # a forwarder's line or two; a longer text is a message's own
# A dotted name inside a mark (``postThreadItem-by-news.bsky.social``, ``feed-example.com``)
# is the site's data, a user's handle or a host, never the name of a component: its last
# label («social», «com») says nothing about the box.
_DOTTED_NAME = re.compile(r"[\w-]+(?:\.[\w-]+)+")
# A to-do list's class: «listtype-taskdone», «task-list-item», «tasks».
_TASK_CLASS = re.compile(
    r"(?:^|[\s_-])(?:list-?type-?)?task(?:s|done|-?list(?:-item)?)?(?:[\s_-]|$)", re.I)
# A note a PDF converter keeps: its superscript number opens the block.
_SUPERSCRIPT_NOTE = re.compile(r"[⁰¹²³⁴⁵⁶⁷⁸⁹]+\s")
# A button's count: «٣٩», «1,240», «12K».
_COUNT = re.compile(r"\d[\d.,٫٬]*\s*[KkMm]?")
_CONTROLS = {"button", "select", "option", "textarea"}
FOLIO_REACH = 3  # blocks between a PDF converter's folio and the next page's running head
MIN_GLUED_WORDS = 3  # a line this long that is a stretch of a marked box's text is the box's
MIN_BAR_BUTTONS = 2  # buttons that make a box a control bar, whatever its class says
MAX_FURNITURE_ELEMENTS = 200  # a marked box holding more elements is a page region
MAX_FURNITURE_WORDS = 100  # a marked box this long is a page region, left to trafilatura
HEADLINE_BOX_LEVELS = 2  # the headline's parent and grandparent: the post's own box
MAX_TAB_DEPTH = 3  # levels from a tabs widget down to its list and to its panels' container
_TAB_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}  # a table of contents' targets
MIN_SENTENCE_PROSE_WORDS = 12  # a block this long ending a sentence is an article's text
MIN_PROSE_BLOCK_WORDS = 20  # a block this long is text, however it ends
MIN_RUNNING_REPEATS = 2  # times a page sets a running head or foot around its text
MIN_REPLY_WORDS = 3  # a signed post's own words, besides its author link and date
MIN_CONTENTS_LINES = 3  # numbered lines that make a box a table of contents
MIN_RECORD_FIELDS = 4  # fields of a catalogue record's definition list, its text's among them
# A call-to-action box: a short label, a pitch, a button («ادعم…/ساهم الآن»).
MAX_CTA_WORDS = 60
MAX_RULED_NOTE_WORDS = 40  # the one short block a rule sets off at a text's close: a note
MIN_CLOSING_STATEMENT_WORDS = 6  # a text's last sentence set off by a rule: a clause, no label
_STATEMENT_ENDS = (".", "!", "…")  # a statement's close (a question's «؟» is the reader's)
_CLOSING_MARKS = re.compile(r"[\"”»)\]\s]+$")  # quotes and brackets after a sentence's stop
MAX_CTA_BUTTON_WORDS = 3
MIN_PITCH_WORDS = 6  # a pitch between the label and the button
_CTA_SKIPPED = {"script", "style", "img", "svg", "noscript", "picture", "source", "br"}
# Call-to-action candidates: boxes of three children or more whose last is a link or a
# button (or holds one element); the shape is then checked in full.
_CTA_TAGS = {"div", "section", "aside"}
_MASTHEAD_TAGS = _LEAD_TAGS | {"td", "li"}
_MASTHEAD_SCAN = 40  # leaf blocks above the headline read as its masthead
MAX_CARD_WORDS = 25  # a link card's headline; a longer all-link line is a paragraph
MIN_CARD_LINK_SHARE = 0.9  # of a line's characters in its links: it is a card or a teaser
# Boxes whose first element may be their label («محاور الحلقة», «استمع عبر:»), and the
# headings a body's container may open with (its label when it is the only one).
_LABELLED_BOXES = ("div", "section", "aside", "ul", "ol", "header", "footer", "nav", "details")
_SUBHEADINGS = ("h2", "h3", "h4", "h5", "h6")
MAX_CITATION_WORDS = 3  # a source chip: «aljazeera+1», «رويترز»; a reference entry is longer
MAX_SECTION_LABEL_WORDS = 4  # a body container's label: «عن الحلقة», «نص الخبر», «التفاصيل»
# A heading the page marks as the article's lead or deck (a lead set in an <h2>): its text.
_LEAD_MARK = re.compile(r"lead|dek|deck|standfirst|summary|intro|excerpt|chapo", re.I)
_CAPTION_STYLES = {"em", "i", "small", "cite"}  # how a credit under an image is set
_SMALL_FONT = re.compile(r"^(?:[12]|-[1-9])$")  # <font size>s of small type (3 is the default)
_LARGE_FONT = re.compile(r"^(?:[4-7]|\+[1-4])$")  # <font size>s of a heading's type
# What ``_caption_marked`` may accept, found in C before its test («Caption», «credits»,
# an episode's «crew», French platforms' «legend»/«légende»).
_CAPTION_CANDIDATES = ".//*[self::figure or self::figcaption or {}]".format(" or ".join(
    f"contains(@{name}, '{part}')" for name in ("class", "id")
    for part in ("aption", "APTION", "redit", "REDIT", "rew", "REW", "egend", "EGEND",
                 "égende")))
MIN_PROMO_LINK_WORDS = 4  # a lone link under a «label:» this long is another story's headline
MAX_META_WORDS = 3  # words beside a card's link: a count, a date, a duration («38 دقيقة»)
_SOURCE_DASHES = frozenset("—–-")  # before the source a reading list names after each link
# A file's name as a link's text: an attachment or a download, never a sentence's words.
_FILE_NAME = re.compile(r"\S\.(?:pdf|docx?|xlsx?|pptx?|odt|csv|zip|rar|png|jpe?g|gif)$", re.I)
# A note in brackets closing a card's link, a count or a few words («كل الحلقات (47)»,
# «… (0.25 دينار أسبوعياً)»): no sentence's closing bracket.
_BRACKETED_TAIL = re.compile(r"\s*[(\[][^()\[\]]{1,40}[)\]]$")
# A breadcrumb trail's separator after a step's link («منتدى › القسم › <topic>»): the chevrons
# and the angle quote a trail draws, not a list's «|» or «/», nor ««», a quotation's opening.
_CRUMB_MARK = re.compile(r"^\s*[>»›]\s*")
# A list's heading with its count («التحديثات (٣)», «التعليقات [12]»): a listing of entries
# (updates, comments, reviews), where an article's own sections carry no count.
_COUNTED_HEADING = re.compile(r"\S\s*[(\[]\s*\d[\d,.٬]*\s*[)\]]$")
# A class telling a page's layout (it has, shows or lacks a sidebar, its side or kind named or
# not: «has-sidebar», «has-left-sidebar», «page-with-super-sidebar»), not naming a sidebar.
_SIDEBAR_STATE = re.compile(r"(?:has|show|with|no)(?:[-_][a-z]+)?[-_]?sidebar")
# A title field that is a page's id, no title: one word of Latin letters and digits cut by
# «:» or «/» (a wiki's namespaced page «news:2024:ports», a path «blog/2024/post-1»).
_PAGE_ID = re.compile(r"^[A-Za-z0-9_.-]+(?:[:/][A-Za-z0-9_.-]+)+$")
# A footnote's mark: its number, bracketed or followed by a stop, or a wiki's back-arrow.
_NOTE_MARK = re.compile(r"^(?:[\[(]?\d{1,3}[\])]?\.?|[↑^])$")
# A chevron closing a pager's link («الخبر التالي »»).
_CHEVRON_TAIL = re.compile(r"\s*[»›>]+$")
# A credits line: a role, a colon, a name or a team («تصميم وبرمجة: استوديو نقطة»).
_ROLE_LINE = re.compile(r"^[^:：.!?؟،,]{2,30}[:：]\s*[^:：.!?؟]{2,40}$")
# A credits line's piece: a role of up to three words, a name of up to four (initials with a
# stop, «سمر ح.»), no digits; the pieces split by «/», «|», «·» or «•» with spaces around.
_CREDIT_PIECE = re.compile(r"^[^\W\d_](?:[^:：.!?؟،,\d\s]+\s?){1,3}[:：]\s*"
                           r"(?:[^:：!?؟،,\d\s]+\s?){1,4}$")
_CREDIT_SEPARATOR = re.compile(r"\s+[/|·•]\s+")
# A rule drawn in text: ten or more of one mark opening a line («_____», «=====», «-----»), as
# a mailing list's footer is set off from the message (its lines, run into one paragraph
# where the message is not pre-wrapped, follow the rule on that line).
_DRAWN_RULE = re.compile(r"^\s*([_=*~-])\1{9,}(?:\s|$)")
# A letter's complimentary close («مع التحية،», «مع خالص الشكر،», «Best regards,»): a few words
# of letters ending in a comma on a line of their own. The shape alone is no close: a line
# leading into what follows ends so too («ومن أبرز النتائج،», «وللحديث بقية،»), so a close
# also needs a closing word (``page_words.json``'s ``closing_words``).
_COMPLIMENTARY_CLOSE = re.compile(r"^\s*[^\W\d_]+(?:\s+[^\W\d_]+){0,3}\s*[،,]\s*$")
# A letter's salutation opening a row: one to four words up to a comma («الزملاء الأعزاء،»,
# «Dear all,»), with or without more after it; the words are read against page_words.json.
_SALUTATION = re.compile(r"^\s*([^\W\d_]+(?:\s+[^\W\d_]+){0,3})\s*[،,]")
# A control's prompt: a few words pointing at where to tap or go next with an arrow closing
# or opening them («اضغط للمتابعة ←», «→ الصفحة التالية»), no sentence of the text.
_ARROW_PROMPT = re.compile(r"^\s*(?:[←→⟵⟶⇠⇢]\s*[^\W\d_][^.!?؟،,:؛]{0,40}|"
                           r"[^\W\d_][^.!?؟،,:؛]{0,40}?\s*[←→⟵⟶⇠⇢])\s*$")
_ARROW_LED = re.compile(r"^\s*[←→⟵⟶⇠⇢]")  # a line an arrow opens: a bullet or a prompt
MAX_ARROW_PROMPT_WORDS = 4
# A page footer's fields: parts of a line set apart by a dash or a bar with spaces around it
# («صوت الجمعية – العدد ٣٧ – الصفحة ١»); a hyphen inside a word («النسبة-الترخيص») sets none.
_FOOTER_FIELD_BREAK = re.compile(r"\s+[-–—|·•]\s+")
# A field that is a page number alone, after its label (read on the normalised field): a
# number, or one «of» another («Page 3 of 8», «الصفحة ٣ من ٨»).
_PAGE_NUMBER = re.compile(r"^([^\W\d_]+)\s*[0-9٠-٩]+(?:\s*(?:من|of|/)\s*[0-9٠-٩]+)?$")
MAX_FOOTER_WORDS = 12  # a printed page's footer: the publication, its issue, the page
MAX_REPOST_NOTE_WORDS = 12  # a reposter's note: where the text came from, a word of thanks
MAX_SOURCE_WORDS = 4  # a source a repost note's full stop closes: «موقع الجزيرة», «وكالة …»
MIN_SPELT_LETTERS = 3  # an acronym spelt out: «سي إن إن», «إن بي سي», «بي بي سي»
# what closes a repost note's source: its full stop, a bracketed abbreviation before it
_SOURCE_CLOSE = re.compile(r"\s*(?:\([^()]{1,30}\))?\s*\.\s*$")
_CLAUSE_MARK = re.compile(r"[،,؛;:]")  # a mark inside a line that a clause may follow
# A line that is a web address, an e-mail address or a file's link, bare or after a label and
# a colon («فيسبوك: facebook.com/alsahel.tv», «للنسخة القابلة للطباعة: example.org/a.pdf»):
# where to find more, no sentence of the text.
_ADDRESS_LINE = re.compile(r"^\s*(?:[^:：\d]{1,60}[:：]\s*)?(?:https?://)?"
                           r"(?:[\w.+-]+@)?[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}(?:/\S*)?\s*$")
# A chapter of a video or a recording: a time code and a few words («1:35 شهادات من الموقع»).
# Latin digits only (a player writes them so; «٠٩:٣٠ وصول الوفد» is a timeline's entry); the
# groups are the hours, minutes and seconds. A run of chapters opens at «0:00» and rises.
_CHAPTER_LINE = re.compile(r"^\s*(?:([0-9]{1,2}):)?([0-9]{1,2}):([0-9]{2})\s+\S")
# A reading with no word of a script, at most three tokens («ƒ/4.0», «24.0 mm», «ISO 400»):
# one of a camera's settings, no sentence. It needs one of the readings' tokens: an aperture
# «ƒ/4», a sensitivity «ISO 400», a focal length «24 mm», an exposure «+0.7 EV», a shutter
# «1/250» or «1/250s», «30s». A code, a model or a score («COVID-19», «iPhone 15», «(3) 2»)
# has none; a time or a date («04:30», «2024/05/12») is no reading whatever its marks.
_BARE_READING = re.compile(r"^(?=[^\u0600-\u06FF]*$)\s*\S+(?:\s+\S+){0,2}\s*$")
_READING_TOKEN = re.compile(r"[ƒf]/[0-9]|\bISO\s?[0-9]|[0-9]\s?(?:mm|EV)\b|"
                            r"(?<![0-9/])1/[0-9]{1,5}s?(?![0-9/])|[0-9]s\b")
# A clock time or a numeric date in any script's digits («04:30», «2024/05/12», «٠٦-١٢-٢٠٢٦»).
_TIME_OR_DATE = re.compile(r"\d:\d|\d{1,4}([/.-])\d{1,2}\1\d{1,4}")
# A record's field on a line of its own: a label of one to three words with no digit, a
# colon, and its value («Language: ARABIC», «Load-Date: December 7, 2026», «التصنيف: محليات»).
_FIELD_LINE = re.compile(r"^\s*[^\W\d_][^\W\d]*(?:[\s-][^\W\d_][^\W\d]*){0,2}\s*[:：]\s*(\S.*)$")
MAX_FIELD_VALUE_WORDS = 16  # a field's value: a name, a date, a list of index terms
_SENTENCE_STOP = ".!?؟…"  # what closes a sentence (a closing bracket closes an index term)
_BLANK_LINE = re.compile(r"[ \t]*\n[ \t\u00a0]*\n\s*")  # a plain text's paragraph break
# A question wholly in square brackets: an editor's aside to the desk («[سؤال: …؟]»), no
# sentence of the text; a bracketed statement closing a story is its own («[تحديث: …]»).
_BRACKETED_QUESTION = re.compile(r"^\s*\[[^\[\]]+[؟?]\s*\]\s*$")
# Below min_extracted_size characters (250 by default) trafilatura distrusts its extraction
# and, failing its fallbacks, returns the whole page's text as one paragraph (header, meta,
# paywall box, author box and all): a one-paragraph news brief got exactly that.
MIN_EXTRACTED_CHARS = 60
_CONFIG = deepcopy(trafilatura.settings.DEFAULT_CONFIG)
_CONFIG["DEFAULT"]["MIN_EXTRACTED_SIZE"] = str(MIN_EXTRACTED_CHARS)


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
    if tree is None:  # a fragment («<p>…</p>»): trafilatura only reads whole documents
        tree = trafilatura.utils.load_html(f"<html><body>{article.source_text}</body></html>")
    if tree is None:
        raise InputFormatError("HTML page has no extractable main content")
    _pdf_pages(tree)
    _aria_headings(tree)
    _drop_heading_icons(tree)
    _drop_screen_reader_labels(tree)  # before the title is read: «الموضوع: » is no headline's
    _headings_of_lines(tree)  # before the title is read: such a «heading» is no headline
    hidden = _hidden_boxes(tree)  # before their marks go with a story's units'
    titles = _TitleEvidence.of(tree, hidden)  # before extraction: trafilatura prunes its copy
    declared = _declared_author(tree)
    _drop_widgets(tree)
    _drop_counters(tree)
    _drop_hidden_microdata(tree)
    _drop_embeds(tree)
    _drop_citation_chips(tree)
    _drop_code_blocks(tree)
    _drop_task_items(tree)
    _drop_boxes(tree)
    _drop_closed_details(tree)
    _drop_post_quotes(tree)
    _drop_tab_panels(tree)
    _drop_closed_dialogs(tree)
    _drop_other_language_blocks(tree)
    authors = _drop_addresses(tree)
    _breaks_from_plain_text(tree)  # before: its line breaks are then <br>s like any other
    _paragraphs_from_breaks(tree)
    _small_fonts(tree)  # after: a <font> is a container of runs between <br>s, <small> none
    units = _unmark_prose_units(tree)
    chosen = (titles.choose(None) or _lone_h1(tree) or _ld_headline(tree)
              or next(iter(titles.whole), None))
    headline = _headline(tree, chosen)
    _drop_closing_label(headline, chosen)
    # a repeated entry the page collapsed (its marks gone with the units') weighs nothing
    entries = {box for box in hidden if units & {box, *box.iterancestors()}}
    container = _text_container(tree.find("body"), headline, entries)
    record, fields = _record_fields(tree)
    form_fields, form_notes = _label_value_fields(tree)  # before layout tables are unwrapped
    form_fields |= _inline_fields(tree)
    mail_header = _mail_header_rows(tree)
    forward_notes = _forward_notes(tree)
    about = _about_sections(tree)
    grid = _spreadsheet_grid(tree, set(hidden))
    data_boxes = _data_boxes(record if record is not None else container, headline)
    if container is not None:
        _unmark_discarded(tree, [container])
    _drop_comment_boxes(tree, headline)
    signed = _signed_replies(tree, headline, container)
    running = _running_heads(tree)
    contents = _contents_boxes(tree)
    footers = _page_footers(tree, headline)
    marked, calls = _structural_scans(tree, headline, units)
    marked.keys |= _side_columns(tree, headline)
    replies, thread_sides = _thread_asides(tree, headline)
    list_labels, list_cards = _link_lists(tree)
    list_cards |= _block_link_cards(tree, headline)
    box_labels = _box_labels(tree)
    captions = _captions(tree)
    collapsed = _hidden_sides(hidden, container, headline)
    over = _headings_over(headline, container)
    notes = _end_notes(tree)
    fine_print = _fine_print(tree)
    footnotes = _footnotes(tree)
    ruled = _ruled_closing_notes(tree)
    closing = _closing_link_sections(tree)
    blocks = _header_blocks(headline)
    template_notes = _header_template_notes(headline, blocks)
    sizes: dict[etree._Element, int] = {}  # the ancestors' text sizes, each measured once
    no_leads = fields | template_notes
    gap = [(text, lead and not _boxed_apart(element, sizes) and _words(text) not in no_leads)
           for element, text, lead in blocks]
    furniture = (_header_furniture(blocks, "" if headline is None
                                   else _words(_element_text(headline)), mail_header)
                 | _labels_before(headline) | _title_unit_lines(headline, units))
    body = tree.find("body")
    prose = [] if body is None else _prose_blocks_in(body, long_runs=True)
    prose = [block for block in prose if not _in_page_chrome(block)]
    region = _article_region(headline, prose)
    reposted = _after_quoted_story(region, prose)
    quoted = _quoted_texts(tree)
    _paragraphs_from_runs(region if region is not None else tree)
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
        config=_CONFIG,
    )
    if not isinstance(document, trafilatura.settings.Document) or document.body is None:
        raise InputFormatError("HTML page has no extractable main content")
    for key in ("title", "author", "date", "sitename", "url"):
        value = getattr(document, key, None)
        if value:
            article.hints[key] = str(value)
    if authors and not article.hints.get("author"):
        article.hints["author"] = authors[0]
    found = _words(article.hints.get("author", ""))
    if declared and found != _words(declared) and found.startswith(_words(declared) + " "):
        article.hints["author"] = declared  # less the role badge glued after the name
    title = titles.choose(article.hints.get("title"))
    if title:
        article.hints["title"] = title
    lines: list[Line] = []
    _walk(document.body, lines)
    lines = _without_author_chip(article, _joined_bylines([line for line in lines if line.text]))
    if lines and furniture:
        # no lead to put back after the header: its furniture may not take all the prose
        leads = any(lead and _reads_as_prose(text) for text, lead in gap)
        lines = _without_furniture(article, lines, furniture, spare_prose=not leads)
    lines += _body_after_header(gap, lines)
    lines = _without_marked(article, lines, marked, calls)
    lines = _without_link_cards(article, lines, _link_card_keys(document.body) | list_cards,
                                list_labels)
    # the set-apart lines that may stand anywhere go before the box labels: a box whose
    # lines all went as captions (a story's credits list) labels nothing kept
    lines = _without_set_apart(article, lines, captions, "caption", prose_kept=True,
                               after_body=False)
    lines = _without_set_apart(article, lines, replies, "reply", prose_kept=False,
                               after_body=False)
    lines = _without_set_apart(article, lines, thread_sides, "side_column", prose_kept=False,
                               after_body=False)
    lines = _without_box_labels(article, lines, box_labels)
    lines = _without_set_apart(article, lines, notes, "end_note", prose_kept=False,
                               after_body=True)
    lines = _without_set_apart(article, lines, fine_print, "fine_print", prose_kept=False,
                               after_body=True)
    lines = _without_set_apart(article, lines, reposted, "repost_note", prose_kept=True,
                               after_body=True)
    lines = _without_set_apart(article, lines, footnotes, "footnote", prose_kept=False,
                               after_body=True)
    lines = _without_set_apart(article, lines, ruled, "ruled_note", prose_kept=False,
                               after_body=True)
    lines = _without_set_apart(article, lines, closing, "closing_section", prose_kept=False,
                               after_body=True, headings=True)
    lines = _without_set_apart(article, lines, fields | form_fields, "record_field",
                               prose_kept=False, after_body=False, headings=True)
    lines = _without_set_apart(article, lines, form_notes, "record_note", prose_kept=False,
                               after_body=True)
    lines = _without_set_apart(article, lines, mail_header, "mail_header", prose_kept=False,
                               after_body=False)
    lines = _without_set_apart(article, lines, forward_notes, "forward_note",
                               prose_kept=False, after_body=False)
    lines = _without_set_apart(article, lines, grid, "spreadsheet_grid", prose_kept=False,
                               after_body=False, headings=True)
    # signed replies first: a listing of them is a data box too, but their reason is theirs
    lines = _without_set_apart(article, lines, signed, "reply", prose_kept=False,
                               after_body=False, headings=True)
    # a box after the container may come first: trafilatura reads an <article> entry first
    lines = _without_set_apart(article, lines, data_boxes, "data_box", prose_kept=False,
                               after_body=False, headings=True)
    lines = _without_set_apart(article, lines, footers, "page_footer", prose_kept=False,
                               after_body=True)
    lines = _without_set_apart(article, lines, collapsed, "hidden_box", prose_kept=False,
                               after_body=False, headings=True)
    lines = _without_set_apart(article, lines, over, "page_heading", prose_kept=True,
                               after_body=False, headings=True)
    lines = _without_running(article, lines, running)
    lines = _without_set_apart(article, lines, template_notes, "header_note", prose_kept=False,
                               after_body=False)
    lines = _without_set_apart(article, lines, contents, "contents_box", prose_kept=True,
                               after_body=False)
    lines = _without_about_section(article, lines, about)
    lines = _without_mail_courtesies(article, lines)
    lines = _without_closing_furniture(article, lines)
    # after the closing rules: a line they took (after an end marker, a drawn rule) keeps
    # their reason
    lines = _without_contact_lines(article, lines, quoted)
    return [Line(text, "body") for text in _leads(gap, lines)] + lines


def _without_contact_lines(article: Article, lines: list[Line],
                           quoted: set[str]) -> list[Line]:
    """``lines`` less a page's contact block (a release's media contact under the text, a
    site's «تواصل معنا» strip under its label between a template's sections), which goes as
    ``contact``: a contact line (``_contact_line``: a short line of fields, no sentence,
    holding a phone number or an e-mail address after a channel's label, «هاتف: …»,
    «البريد: … — واتساب: …») with the label lines just above it (``_contact_label``: a
    prompt or label ending in «:», «لمزيد من المعلومات يرجى التواصل مع:», a contact heading
    «تواصل معنا», a field a label and its «:» open, «للتواصل: …»; none holds a number).

    Only where the block stands apart from the text: after its last line of prose (the
    block closes it), under a label line, or under a contact line that went (the block's
    next field). A contact line among the paragraphs with no label over it (a story's
    hotlines «هاتف الطوارئ: …» in a row, an address the text gives) stays, and so does a
    subheading over one that is no label («تواصل البحث عن المفقودين»: «تواصل» is also
    «continues»). A mail's signature delimiter («--») ends the search, prose under it
    included: the lines under it are the clean stage's signature block, which gives them
    its reason. A line the page quotes (``quoted``: in a ``<blockquote>`` or a ``<q>``, a
    classified ad the story cites) is quoted content, never a contact line or a label."""
    words = load_page_words()
    end = next((i for i, line in enumerate(lines)
                if line.text.strip() == SIGNATURE_DELIMITER), len(lines))
    prose = [_reads_as_prose(line.text) for line in lines[:end]]
    short = [not prose[i] and word_count(line.text) <= MAX_CONTACT_WORDS
             and not (quoted and _words(line.text) in quoted)
             for i, line in enumerate(lines[:end])]
    reached = [short[i] and bool(_EMAIL.search(line.text) or _phone_number(line.text))
               for i, line in enumerate(lines[:end])]
    contact = [reached[i] and _contact_line(line.text, words)
               for i, line in enumerate(lines[:end])]
    label = [short[i] and not reached[i] and _contact_label(line.text, words)
             for i, line in enumerate(lines[:end])]
    last_prose = max((i for i, holds in enumerate(prose) if holds), default=-1)
    gone: set[int] = set()
    for i in range(end):
        if contact[i] and (i > last_prose or (i > 0 and (label[i - 1] or i - 1 in gone))):
            gone.add(i)
            j = i - 1
            while j >= 0 and j not in gone and label[j]:
                gone.add(j)
                j -= 1
            gone.update(_address_lines(j, last_prose, short, label, gone))
    for i in sorted(gone):
        article.removed.append(RemovedLine(lines[i].text, "contact"))
    return [line for i, line in enumerate(lines) if i not in gone]


def _address_lines(below: int, last_prose: int, short: list[bool], label: list[bool],
                   gone: set[int]) -> range:
    """The lines of a contact block's address: up to ``MAX_ADDRESS_LINES`` short lines, no
    sentence, from ``below`` (the line over the block's contact lines) up to a contact label
    over them, all after the text's last line of prose (a newsletter's «للتواصل معنا» box:
    the sender's name and «ص.ب ٤٥١٢ – طرابلس» between its heading and «هاتف: …»). The label
    and the lines go with the block; short lines with no label over them (a writer's name
    over a number) or among the paragraphs are left to the other rules."""
    top = below
    while top > last_prose and below - top < MAX_ADDRESS_LINES and top not in gone and (
            short[top] and not label[top]):
        top -= 1
    if top == below or top <= last_prose or top in gone or not label[top]:
        return range(0)
    return range(top, below + 1)


def _quoted_texts(tree: etree._Element) -> set[str]:
    """Comparable forms of the texts a page quotes: each ``<blockquote>`` or ``<q>`` and
    each element inside one (the lines extraction makes of a quote are its blocks). One
    pass over each outermost quote's elements, their texts gathered bottom-up."""
    found: set[str] = set()
    for quote in tree.iter(*_QUOTED_PARTS):
        if any(ancestor.tag in _QUOTED_PARTS for ancestor in quote.iterancestors()):
            continue
        texts: dict[etree._Element, str] = {}
        for element in reversed(list(quote.iter())):
            if not isinstance(element.tag, str):
                continue
            inner = "".join(texts.get(child, "") + (child.tail or "") for child in element)
            texts[element] = (element.text or "") + inner
            found.add(_words(texts[element]))
    found.discard("")
    return found


def _contact_line(text: str, words: PageWords) -> bool:
    """Whether ``text`` (short, holding a number or an address) is a line of contact fields:
    it ends like no sentence, and a channel's label (``contact_labels``, a «و» before it
    read off) opens a field (``_opens_field``: the line's first word, or after a mark, a
    number or an address, a head word such as «رقم» allowed before it) and is followed by
    «:» (one qualifier between: «البريد الإلكتروني:», «هاتف الطوارئ:», «رقم الهاتف:») or
    by the number or address itself («هاتف 079…», «…، هاتف 079…»); with its «:», a label
    without the article opens a field after any word too («رنا الكردي، منسقة الإعلام هاتف:
    …», a Word export's glued lines). A label that a clause
    leads into with no mark between («يمكن التواصل مع الجمعية على الهاتف 079…», «على
    البريد الإلكتروني: x@…») or that a phrase holds («سعر الهاتف: …») is a word of that
    sentence or phrase; so is any label in a line that closes as one («… هاتف 079….»)."""
    if ends_like_sentence(text):
        return False
    normal = normalize(text).casefold()
    for found in _WORD.finditer(normal):
        word = found.group()
        if word not in words.contact_labels and not (
                word.startswith("و") and word[1:] in words.contact_labels):
            continue
        field = _CONTACT_FIELD.match(normal, found.end())
        if field is None:
            continue
        # with its «:», a bare label after a word still opens a field (a name, then «هاتف:»);
        # one with the article is a construct's second term («سعر الهاتف:»)
        if _opens_field(normal[:found.start()], words.contact_label_heads) or (
                field.group("colon") and not word.removeprefix("و").startswith("ال")):
            return True
    return False


def _opens_field(before: str, heads: frozenset[str]) -> bool:
    """Whether a label after ``before`` (the normalised line up to it) opens its field: it
    is the line's first word or follows a mark, a number or an address, with at most one
    head word between (``contact_label_heads``: «رقم الهاتف», «…، عنوان البريد»)."""
    previous = before.split()
    if previous and (previous[-1] in heads or (
            previous[-1].startswith("و") and previous[-1][1:] in heads)):
        previous.pop()
    last = previous[-1] if previous else ""
    return not last or not last[-1].isalpha() or bool(_EMAIL.fullmatch(last))


def _contact_label(text: str, words: PageWords) -> bool:
    """Whether ``text`` (short, holding no number or address) labels the contact line under
    it: a contact heading whole (``contact_headings``: «تواصل معنا»), a line ending in «:»
    that holds a contact word (a channel's label, a heading or a prompt's word,
    ``contact_prompts``: «للتبرع:», «لمزيد من المعلومات يرجى التواصل مع:»), or a field
    opened by a channel's label and its «:» (an office's address «للتواصل: وحدة الرصد…»).
    A line leading into a quotation («ونشر الإعلان التالي في الصحيفة:») or a story's own
    line over a hotline it gives («وللإبلاغ عن الحالات:») holds none and labels nothing."""
    normal = normalize(text).casefold().strip()
    if normal.rstrip(":").strip() in words.contact_headings:
        return True
    if normal.endswith(":") and any(
            word in vocabulary or (word.startswith("و") and word[1:] in vocabulary)
            for word in _WORD.findall(normal)
            for vocabulary in (words.contact_labels, words.contact_headings,
                               words.contact_prompts)):
        return True
    opening = _WORD.match(normal)
    field = None if opening is None or opening.group() not in words.contact_labels else (
        _CONTACT_FIELD.match(normal, opening.end()))
    return field is not None and bool(field.group("colon"))


def _phone_number(text: str) -> bool:
    """Whether ``text`` holds a phone number: ``_PHONE``'s run of seven digits or more, one
    mark apart, that is no date («12.05.2024», «2024-05-12»), no span of years («2024 2025»,
    «1445-1446»), and no count: a figure (no «0» or «+» opening it; bare, or grouped in
    thousands, «1 250 000», «1.250.000») with a word after it that is no channel's label
    («1250000 جهاز», «1 250 000 دينار»)."""
    labels = load_page_words().contact_labels
    for found in _PHONE.finditer(text):
        groups = _DIGITS.findall(found.group())
        if _date_or_years(groups):
            continue
        if _figure(groups) and not found.group().startswith(("0", "+", "٠")):
            after = _WORD.match(normalize(text[found.end():]).casefold().lstrip())
            if after is not None and after.group() not in labels:
                continue
        return True
    return False


def _figure(groups: list[str]) -> bool:
    """Whether digit groups read as one figure: a bare number, or one grouped in thousands
    (a first group of one to three digits, then groups of exactly three)."""
    return len(groups) == 1 or (len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:]))


def _date_or_years(groups: list[str]) -> bool:
    """Whether the digit groups of a run read as a date (a year at one end, a day and a
    month at the others: «12.05.2024», «2024-05-12») or a span of years (the second no
    earlier and at most a century later: «2024 2025», «1445-1446»)."""
    if len(groups) == 3:
        ends = [end for end in (0, 2) if len(groups[end]) == 4]
        if not ends:
            return False
        day_and_month = [group for k, group in enumerate(groups) if k != ends[0]]
        if any(len(group) > 2 for group in day_and_month):
            return False
        low, high = sorted(int(group) for group in day_and_month)
        return int(groups[ends[0]]) in _YEARS and 1 <= low <= 12 and high <= 31
    if len(groups) == 2 and all(len(group) == 4 for group in groups):
        first, second = int(groups[0]), int(groups[1])
        return first in _YEARS and first <= second <= first + 100
    return False


def _without_mail_courtesies(article: Article, lines: list[Line]) -> list[Line]:
    """``lines`` less a mail's greeting and sign-off where the mail is one line of rows (a
    ``<pre>``: a list archive's message arrives whole, its breaks kept, so the line rules,
    reading lines, never see its opening or closing rows).

    Opening: in the text's first line of prose, when that line holds rows, a first paragraph
    (its rows up to the first blank row) whose first row opens with a salutation
    (``_salutation``: «الزملاء الأعزاء في الشبكة،», «الزملاء الأعزاء، تحية طيبة، ننشر لكم
    …») greets the list and introduces the text («أعيد إرسال النص كاملاً لمن فاته:»): it goes
    as ``greeting`` when a row of prose follows it in the line. A salutation on a line of its
    own (a column's «أعزائي القراء، …» paragraph) or a first row with none stays.

    Closing: in the text's last line of prose, when it holds rows, a complimentary close on a
    row after the line's last row of prose (``_complimentary_close``: «مع خالص التحيات،») signs
    the mail off as on a line of its own: it goes as ``sign_off`` and the rows under it that
    are no prose (the sender's name) as ``after_end``, down to a signature delimiter («--»),
    which with what follows is left to the clean stage's signature rule. A close among the
    mail's rows of prose closes nothing."""
    prose = [i for i, line in enumerate(lines) if _reads_as_prose(line.text)]
    if not prose:
        return lines
    first, last = prose[0], prose[-1]
    kept = list(lines)
    if lines[first].kind == "body" and "\n" in lines[first].text.strip():
        rows = lines[first].text.strip().split("\n")
        blank = next((i for i, row in enumerate(rows) if not row.strip()), len(rows))
        if _salutation(rows[0]) and any(_reads_as_prose(row) for row in rows[blank:]):
            for row in rows[:blank]:
                article.removed.append(RemovedLine(row.strip(), "greeting"))
            kept[first] = replace(lines[first], text="\n".join(rows[blank:]).strip("\n"))
    if kept[last].kind == "body" and "\n" in kept[last].text.strip():
        kept[last] = _without_closing_rows(article, kept[last])
    return kept


def _without_closing_rows(article: Article, line: Line) -> Line:
    """``line`` less a complimentary close after its last row of prose and the rows under it
    that are no prose, down to a signature delimiter: see ``_without_mail_courtesies``."""
    rows = line.text.split("\n")
    end = next((i for i, row in enumerate(rows) if row.strip() == SIGNATURE_DELIMITER),
               len(rows))
    last = max((i for i, row in enumerate(rows[:end]) if _reads_as_prose(row)), default=end)
    close = next((i for i in range(last + 1, end) if _complimentary_close(rows[i])), None)
    if close is None:
        return line
    gone = {close} | {i for i in range(close + 1, end)
                      if rows[i].strip() and not _reads_as_prose(rows[i])}
    for i in sorted(gone):
        article.removed.append(RemovedLine(rows[i].strip(),
                                           "sign_off" if i == close else "after_end"))
    text = "\n".join(row for i, row in enumerate(rows) if i not in gone)
    return replace(line, text=re.sub(r"\n{3,}", "\n\n", text).strip("\n"))


def _salutation(row: str) -> bool:
    """A row opening with a letter's salutation: ``_SALUTATION``'s one to four words up to a
    comma, one of them a salutation word (``page_words.json``: «الأعزاء», «أعزائي», «dear»),
    read on the normalised row; «السادة النواب،» opening a sentence has none."""
    found = _SALUTATION.match(normalize(row).casefold())
    words = load_page_words().salutation_words
    return found is not None and any(word in words for word in _TOKEN.findall(found.group(1)))


def _without_closing_furniture(article: Article, lines: list[Line]) -> list[Line]:
    """``lines`` less what closes a text after its prose: the short lines after an end marker
    («-انتهى-», «- انتهى -»: a release's media contacts «للاستفسارات الإعلامية:», an
    account's «امسح الرمز…» call), which go as ``after_end``. Only after a line of prose (a
    marker never opens an article); a line of prose after the marker stays (a release's
    «about» paragraph is read as text elsewhere too), and so do a byline and a dateline, for
    the clean stage. The marker itself is left to the clean stage, which gives its reason.
    A heading after the page's last end marker opens the release's notes to editors (a
    listed company's «نبذة عن الشركة», «للتواصل مع علاقات المستثمرين», «بيانات تطلعية»): the
    text has ended, so nothing after its marker heads a part of it, and from that heading
    on every line goes as ``after_end``, its prose (the «about» paragraph, the disclaimer)
    included. A heading before the last marker (a bulletin's next item, each item closed by
    its own marker) heads a text and stays, and so does prose after the marker with no
    heading over it. On such a bulletin (a heading between its first marker and its last) a
    heading after the last marker opens the next item too, one its writer left unclosed (a
    live blog's oldest entry), and stays: only a page whose markers close one text has
    notes to editors.

    After the text's last line of prose (and only there: among its paragraphs none of these
    closes anything), three more: a rule drawn in text (``_DRAWN_RULE``) ends the text as a
    marker does (a mailing list's archive shows the list's footer «_____ / <list> mailing
    list / To unsubscribe…» under the message, set off so), its own line going with what
    follows; a credits line of two or more roles and names and nothing else
    (``_credits_line``: «الصياغة: … / التدقيق: …») goes as ``credits`` (two short remarks
    quoted between slashes, «قال الوزير: إن الوضع مستقر / وأضاف: لا تغيير», read as roles and
    names, but stand among the paragraphs); a question wholly in square brackets
    (``_BRACKETED_QUESTION``), an editor's aside left in a draft («[سؤال: هل نذكر اسم …؟]»),
    goes as ``editor_note`` (a bracketed statement, «[تحديث: ارتفع عدد القتلى…]», stays).

    A letter's complimentary close on a line of its own after the last line of prose
    (``_complimentary_close``: «مع التحية،», a few words ending in a comma, one of them a
    closing word) signs the message off: it goes as ``sign_off`` and ends the text as a
    marker does (the sender's name and «هاتف: …» under it go as ``after_end``); a line
    leading into a list («ومن أبرز النتائج،») has no closing word and ends nothing, and among
    the paragraphs nothing is taken for a close.

    A reposter's note after the last line of prose (``_repost_note``: «نقلًا عن وكالات
    الأنباء، وللأمانة نسخته كما هو», a forum post's under the story it copied) says where the
    text came from: it goes as ``repost_note``.

    A printed page's footer after the last line of prose (``_folio_line``: «صوت الجمعية –
    العدد ٣٧ – الصفحة ١», a desktop-publishing export's) goes as ``page_footer``: a short
    line of fields, one a page's number alone after its label; «انظر الصفحة ٣» is a field
    with more to say, and a footer among the paragraphs is left alone.

    Three kinds of line say where to find more or list what is not the text, after the last
    line of prose only (a text may quote an address or a time among its paragraphs): a web
    or e-mail address or a file's link, bare or after a label (``_ADDRESS_LINE``:
    «فيسبوك: facebook.com/…») goes as ``address_line``; two or more lines in a row that open
    with a time code, opening at «0:00» and rising (``_CHAPTER_LINE``: a video's chapters
    «1:35 شهادات من الموقع»; a timeline opening later is the text's), and two or more in a
    row of at most three tokens with a reading's token and no Arabic letter
    (``_bare_reading``: a photo's camera settings «ƒ/4.0», «ISO 400»), go as ``listing``:
    one such line alone may be a time or a figure the text closes on, and bare numbers,
    times, dates, codes and scores in a row are the text's («2017», «04:30», «G20»).

    After the text's last line of prose that is no field, two or more record's fields in a
    row (``_field_runs``: a label of one to three words, a colon and a short value no full
    stop closes, «Language: ARABIC», «Load-Date: December 7, 2026», a news database's
    classification under the story) go as ``record_field``; one such line alone («المكان:
    …») may be the text's closing note and stays, and a line closing as a sentence after its
    colon («قال الوزير: …») is no field.

    Anywhere, a prompt of at most ``MAX_ARROW_PROMPT_WORDS`` words that an arrow opens or
    closes, one of them a control's word (``_arrow_prompt``: a web story's «اضغط للمتابعة
    ←») points at a control, not at the reader: it goes as ``control_prompt``; two or more
    lines in a row that an arrow opens are a list's bullets and stay (``_arrow_list``).

    Last, a heading that closes the text with nothing under it (after the last line of
    prose, no line but other headings after it) heads nothing: an outliner's «مرجعان
    مرتبطان» over the linked blocks that went, a «اقرأ أيضا» over cards that went. It goes as
    ``empty_heading``; a heading with a line under it, or before the prose, stays. An end
    marker closing the text (a debris rule's ``end_marker``: «End of Document») is no line a
    heading heads: a «Classification» over the fields that went and the marker goes too."""
    rules = load_boilerplate().line_rules
    last_prose = max((i for i, line in enumerate(lines) if _reads_as_prose(line.text)),
                     default=len(lines))
    kept: list[Line] = []
    listed = _closing_runs(lines, last_prose)
    fields = _field_runs(lines)
    arrow_list = _arrow_list(lines)
    markers = [i for i, line in enumerate(lines)
               if line.kind == "body" and _is_end_marker(line.text, rules)]
    last_marker = markers[-1] if markers else -1
    if markers and any(line.kind == "heading" for line in lines[markers[0]:last_marker]):
        last_marker = -1  # a bulletin of headed items: a heading after the last opens one
    prose = ended = noted = False
    for index, line in enumerate(lines):
        reason = None
        closing = index > last_prose and line.kind == "body"
        ended = ended or (closing and bool(_DRAWN_RULE.match(line.text)))
        # a heading after the last end marker heads the notes to editors, not the text
        noted = noted or (ended and line.kind == "heading" and index > last_marker >= 0)
        if noted:
            reason = "after_end"
        elif line.kind == "body" and prose and parse_byline(line.text) is None and (
                parse_dateline(line.text) is None):
            if ended and not _reads_as_prose(line.text):
                reason = "after_end"
            elif closing and _credits_line(line.text):
                reason = "credits"
            elif closing and _BRACKETED_QUESTION.match(line.text):
                reason = "editor_note"
            elif closing and _complimentary_close(line.text):
                reason, ended = "sign_off", True
            elif closing and _ADDRESS_LINE.match(line.text):
                reason = "address_line"
            elif closing and _repost_note(line.text):
                reason = "repost_note"
            elif closing and _folio_line(line.text):
                reason = "page_footer"
            elif index in listed:
                reason = "listing"
            elif index in fields:
                reason = "record_field"
        if line.kind == "body" and reason is None and index not in arrow_list and (
                _arrow_prompt(line.text)):
            reason = "control_prompt"
        if reason:
            article.removed.append(RemovedLine(line.text, reason))
            continue
        kept.append(line)
        if prose and (found := match_line(line.text, rules)) is not None:
            ended = ended or found.reason == "end_marker"
        prose = prose or _reads_as_prose(line.text)
    end = len(kept)  # an end marker closing the text («End of Document») is under no heading
    while prose and end and _is_end_marker(kept[end - 1].text, rules):
        end -= 1
    while prose and end and kept[end - 1].kind == "heading":
        end -= 1
        article.removed.append(RemovedLine(kept.pop(end).text, "empty_heading"))
    return kept


def _is_end_marker(text: str, rules: tuple[Rule, ...]) -> bool:
    """Whether a debris rule names ``text`` an end marker («-انتهى-», «End of Document»)."""
    found = match_line(text, rules)
    return found is not None and found.reason == "end_marker"


def _closing_runs(lines: list[Line], last_prose: int) -> set[int]:
    """Indices of the body lines after ``last_prose`` in runs of two or more listed lines:
    a video's chapters (``_CHAPTER_LINE``), a run opening at «0:00» whose times rise (a
    closing timeline «09:30 وصول الوفد», «11:00 بدء الاجتماع» opens later: the text's own), or
    bare readings (``_bare_reading``). One pass over the closing lines."""
    found: set[int] = set()
    chapters: list[int] = []
    readings: list[int] = []
    last_time = 0
    for index in range(last_prose + 1, len(lines) + 1):
        line = lines[index] if index < len(lines) else None
        text = line.text if line is not None and line.kind == "body" else ""
        time = _chapter_time(text)
        if time is not None and (time == 0 or (chapters and time > last_time)):
            if time == 0:
                found.update(chapters if len(chapters) >= 2 else ())
                chapters = []
            chapters.append(index)
            last_time = time
        else:
            found.update(chapters if len(chapters) >= 2 else ())
            chapters = []
        if text and _bare_reading(text):
            readings.append(index)
        else:
            found.update(readings if len(readings) >= 2 else ())
            readings = []
    return found


def _field_runs(lines: list[Line]) -> set[int]:
    """Indices of the body lines after the text's last line of prose in runs of two or more
    record's fields (``_field_line``): a database's classification under a story
    («Language: ARABIC», «Subject: …», «Load-Date: …»). A field of index terms may be long
    enough to read as prose («Subject: ARMED FORCES (90%); …»): the text's last line of prose
    is the last one that is no field. One labelled line alone («المكان: ريف إدلب») may
    be the text's own closing note, and stays."""
    fielded = [line.kind == "body" and _field_line(line.text) for line in lines]
    last_prose = max((i for i, line in enumerate(lines)
                      if not fielded[i] and _reads_as_prose(line.text)), default=len(lines))
    return _in_runs_of_two(fielded, last_prose + 1)


def _field_line(text: str) -> bool:
    """A record's field: ``_FIELD_LINE``'s label and colon, and a value of at most
    ``MAX_FIELD_VALUE_WORDS`` words that no sentence's stop closes (``_SENTENCE_STOP``; an
    index term's «(90%)» may close it): «Publication-Type: Newspaper». A line saying
    something after a colon («قال الوزير: إن الوضع مستقر.») closes as a sentence, or is
    longer."""
    found = _FIELD_LINE.match(text)
    return found is not None and _field_value(found.group(1))


def _field_value(text: str) -> bool:
    """A field's value: one to ``MAX_FIELD_VALUE_WORDS`` words that no sentence's stop
    (``_SENTENCE_STOP``) closes."""
    value = text.rstrip()
    return 0 < word_count(value) <= MAX_FIELD_VALUE_WORDS and value[-1:] not in _SENTENCE_STOP


def _chapter_time(text: str) -> int | None:
    """The seconds into a recording a chapter line (``_CHAPTER_LINE``) opens at; None for
    any other line."""
    found = _CHAPTER_LINE.match(text)
    if found is None:
        return None
    hours, minutes, seconds = found.groups()
    return (int(hours or 0) * 60 + int(minutes)) * 60 + int(seconds)


def _bare_reading(text: str) -> bool:
    """A camera's setting: ``_BARE_READING``'s shape with a reading's token
    (``_READING_TOKEN``) and no time or date in it (``_TIME_OR_DATE``)."""
    return (bool(_BARE_READING.match(text)) and bool(_READING_TOKEN.search(text))
            and not _TIME_OR_DATE.search(text))


def _complimentary_close(text: str) -> bool:
    """A letter's close: ``_COMPLIMENTARY_CLOSE``'s shape with one of the closing words
    (``page_words.json``), both read on the normalised line (a diacritic, «التحيّة», is no
    letter to the shape)."""
    normal = normalize(text).casefold()
    closing = load_page_words().closing_words
    return bool(_COMPLIMENTARY_CLOSE.match(normal)) and any(
        word in closing or (word.startswith("و") and word[1:] in closing)
        for word in _TOKEN.findall(normal))


def _folio_line(text: str) -> bool:
    """A printed page's footer: at most ``MAX_FOOTER_WORDS`` words that do not end like a
    sentence, in fields set apart by dashes or bars (``_FOOTER_FIELD_BREAK``; a line with
    none is one field), one of them a page's number alone after a page label
    (``_PAGE_NUMBER``, ``page_words``' ``page_labels``: «الصفحة ١», «Page 3 of 8»)."""
    if word_count(text) > MAX_FOOTER_WORDS or ends_like_sentence(text):
        return False
    fields = _FOOTER_FIELD_BREAK.split(normalize(text).casefold().strip())
    labels = load_page_words().page_labels
    return any(
        (found := _PAGE_NUMBER.match(field.strip())) is not None and found.group(1) in labels
        for field in fields)


def _repost_note(text: str) -> bool:
    """A reposter's note: at most ``MAX_REPOST_NOTE_WORDS`` words opening with a verb or
    participle of copying and its preposition (``page_words.json``'s ``repost_openers``:
    «نقلًا عن وكالات الأنباء، وللأمانة نسخته كما هو», «منقول من موقع …»), read on the
    normalised line. It says where a copied text came from, no word of it. A line so opened
    that goes on to say something is the text's own closing sentence and no note: a clause
    particle follows the source (``clause_particles``, normalised, so a careless «فان/ان»
    counts: «نقلا عن مصادر طبية فان عدد القتلى ارتفع إلى خمسة»), unless it is a letter of
    a name spelt out (``_spelt_letters``: «شبكة سي إن إن»), or it closes with a full stop
    («نقلا عن شهود عيان سقط ثلاثة جرحى.»), unless what the stop closes is a short source
    alone (``_short_source``: «منقول من موقع الجزيرة.», «نقلا عن وكالة الأنباء الأردنية
    (بترا).»)."""
    words = load_page_words()
    tokens = _TOKEN.findall(normalize(text).casefold())
    if word_count(text) > MAX_REPOST_NOTE_WORDS or " ".join(tokens[:2]) not in words.repost_openers:
        return False
    spelt = _spelt_letters(tokens)
    if any(token in words.clause_particles and k not in spelt
           for k, token in enumerate(tokens[2:], start=2)):
        return False
    return not (text.rstrip()[-1:] in ".!?؟" and not _short_source(text))


def _spelt_letters(tokens: list[str]) -> set[int]:
    """Indices of the tokens in runs of at least ``MIN_SPELT_LETTERS`` tokens of one or two
    letters: a Latin acronym spelt out in Arabic letters («سي إن إن», «إن بي سي»), whose «إن»
    is a letter, no particle. A shorter run is a particle and its next word («أن لم …»)."""
    found: set[int] = set()
    run: list[int] = []
    for index, token in enumerate([*tokens, ""]):
        if 1 <= len(token) <= 2 and token.isalpha():
            run.append(index)
            continue
        if len(run) >= MIN_SPELT_LETTERS:
            found.update(run)
        run = []
    return found


def _short_source(text: str) -> bool:
    """Whether a full stop closes only a short source after a repost note's two opening
    words: at most ``MAX_SOURCE_WORDS`` words with no mark between them, a bracketed
    abbreviation after them allowed («منقول من موقع الجزيرة.», «نقلا عن وكالة الأنباء
    الأردنية (بترا).»). More words, or a clause after a mark, say something: a sentence."""
    source = _SOURCE_CLOSE.sub("", text)
    return (not _CLAUSE_MARK.search(source)
            and len(_TOKEN.findall(source)) - 2 <= MAX_SOURCE_WORDS)


def _print_label(field: str) -> bool:
    """A title field that names the page's print view, not its article, whole
    (``page_words.json``'s ``print_labels``: «نسخة للطباعة», «Printer-friendly version»)."""
    label = " ".join(normalize(field).casefold().replace("-", " ").split())
    return label in load_page_words().print_labels


def _arrow_list(lines: list[Line]) -> set[int]:
    """Indices of the body lines in runs of two or more that an arrow opens
    (``_ARROW_LED``): a list's bullets («← ارتفاع الأسعار», «← تراجع الصادرات»), never a
    control's prompt, whatever their words."""
    return _in_runs_of_two([line.kind == "body" and bool(_ARROW_LED.match(line.text))
                            for line in lines])


def _in_runs_of_two(marked: Sequence[bool], start: int = 0) -> set[int]:
    """Indices from ``start`` on whose lines are marked and stand in a run of two or more
    marked lines: one such line alone may be the text's own, a run of them is a list."""
    found: set[int] = set()
    index = start
    for is_marked, group in groupby(marked[start:]):
        size = len(list(group))
        if is_marked and size >= 2:
            found.update(range(index, index + size))
        index += size
    return found


def _arrow_prompt(text: str) -> bool:
    """A control's prompt: ``_ARROW_PROMPT``, of at most ``MAX_ARROW_PROMPT_WORDS`` words,
    one of them a control's word (``page_words.json``'s ``control_words``)."""
    controls = load_page_words().control_words
    return word_count(text) <= MAX_ARROW_PROMPT_WORDS and bool(_ARROW_PROMPT.match(text)) and (
        any(word in controls for word in _TOKEN.findall(normalize(text).casefold())))


def _credits_line(text: str) -> bool:
    """A line of two or more «role: name» pieces (``_CREDIT_PIECE``) between slashes, bars or
    dots and nothing else, no digits: a production's credits («المحرر المسؤول: … | المراجعة:
    …»), which name no byline's author (a byline's «بقلم» is the clean stage's), not a
    sentence of the text nor a data row (a price, a date)."""
    pieces = _CREDIT_SEPARATOR.split(text.strip(" -–—"))
    return len(pieces) >= 2 and all(_CREDIT_PIECE.match(piece) for piece in pieces)


def _without_furniture(article: Article, lines: list[Line], furniture: set[str], *,
                       spare_prose: bool) -> list[Line]:
    """``lines`` less the header's furniture (or what trafilatura kept of it); a byline or a
    dateline stays, for the clean stage to read the author or the place from it. With
    ``spare_prose`` (no lead after the headline to put back) the furniture never takes all of
    the lines that read as prose: a one-slide gallery's paragraph, set in a «caption» box
    under the headline, is the article's text."""
    word_sets = [set(key.split()) for key in furniture]
    runs = "\n".join(key.replace(" ", "") for key in furniture)

    def in_header(line: Line) -> bool:
        key = _words(line.text)
        words = set(key.split())
        # trafilatura may drop a piece of the block (its <time>, a «·» between its spans): the
        # rest is furniture too, its spans glued or not
        return (key in furniture or (len(words) >= 2 and any(words <= s for s in word_sets))
                or _glued_stretch(line.text, key, runs))

    spare_prose = spare_prose and not any(
        _reads_as_prose(line.text) and not in_header(line) for line in lines)
    kept: list[Line] = []
    for line in lines:
        if not in_header(line) or (spare_prose and _reads_as_prose(line.text)):
            kept.append(line)
            continue
        # a header block's spans (source, date, update) are one line; a byline or a
        # dateline among them stays for the clean stage, the rest is furniture
        for part in filter(None, (p.strip() for p in line.text.split("\n"))):
            credit = _credit_part(part)
            if credit:
                kept.append(Line(credit, line.kind, line.url))
                part = part[: part.rindex(credit)].strip()
            if part:
                article.removed.append(RemovedLine(part, "page_header"))
    return kept


def _body_after_header(gap: list[tuple[str, bool]], lines: list[Line]) -> list[Line]:
    """The body when trafilatura kept the article's header and not its text: no kept line
    reads as prose (a one-paragraph story under a header of property rows, which trafilatura
    took for the denser content), so the blocks after the headline that could be a lead and
    read as prose are the text. None when a kept line is prose."""
    if any(_reads_as_prose(line.text) for line in lines):
        return []
    kept = {_words(line.text) for line in lines}
    return [Line(text, "body") for text, lead in gap
            if lead and _reads_as_prose(text) and _words(text) not in kept]


def _glued_stretch(text: str, key: str, runs: str) -> bool:
    """A line of ``MIN_GLUED_WORDS`` words or more that is a stretch of one of ``runs`` (boxes'
    comparable texts without spaces, one per line): trafilatura glued some of a box's spans.
    A line a debris rule names is left to the clean stage, which gives its reason."""
    return (bool(key) and key.replace(" ", "") in runs and word_count(text) >= MIN_GLUED_WORDS
            and match_line(text, load_boilerplate().line_rules) is None)


def _credit_part(text: str) -> str | None:
    """A header line's byline or dateline: the whole line when it parses as one, or the
    byline that ends it after a date («16/04/2018 11:20 ص كتب: فلان»)."""
    if parse_byline(text) is not None or parse_dateline(text) is not None:
        return text
    words = text.split()
    dated = [i for i, word in enumerate(words) if _HAS_DIGIT.search(word)]
    if not dated:
        return None
    for start in range(dated[-1] + 1, min(dated[-1] + 3, len(words))):  # «… 11:20 ص كتب:»
        tail = " ".join(words[start:])
        if parse_byline(tail) is not None:
            return tail
    return None


def _joined_bylines(lines: list[Line]) -> list[Line]:
    """A byline's role put back with its name: trafilatura sets a linked name apart from the
    word before it («كتبه <a>فلان</a>» becomes «كتبه» and «فلان»), and neither line alone
    reads as the byline that the clean stage takes the author from."""
    joined: list[Line] = []
    for line in lines:
        if joined and word_count(joined[-1].text) == 1 and parse_byline(line.text) is None:
            both = f"{joined[-1].text} {line.text}"
            if parse_byline(both) is not None:
                joined[-1] = Line(both, line.kind, line.url)
                continue
        joined.append(line)
    return joined


def _without_author_chip(article: Article, lines: list[Line]) -> list[Line]:
    """``lines`` less those above the text that are the page's author (its metadata's or its
    byline box's name) with at most ``MAX_LABEL_WORDS`` words after it: a writer's chip (the
    name and a role badge, «د. هالة المصري المحاضِرة», which trafilatura glues into one word
    at the seam) that no byline pattern reads, having no role word before the name. The
    author stays in the page's hints; the text's first line of prose ends the search."""
    author = _words(article.hints.get("author", ""))
    if not author:
        return lines
    limit = word_count(author) + MAX_LABEL_WORDS
    kept: list[Line] = []
    for index, line in enumerate(lines):
        if _reads_as_prose(line.text):
            return kept + lines[index:]
        if (line.kind == "body" and _words(line.text).startswith(author)
                and word_count(line.text) <= limit):
            article.removed.append(RemovedLine(line.text, "byline"))
        else:
            kept.append(line)
    return kept


def _walk(element: etree._Element, lines: list[Line]) -> None:
    """Lines of trafilatura's output tree, in document order: a heading, a paragraph (list
    item, quote, cell) per line, cut at its line breaks; text that sits loose in a container
    between blocks (old pages set paragraphs as ``text<br><br>`` in a cell) is a line too."""
    if element.tag == "head":
        text = _text_with_breaks(element)
        lines.append(Line(text, "body" if _is_lead(text) else "heading"))
        return
    if element.tag in _BLOCK_TAGS and not any(child.tag in _INNER_BLOCKS for child in element):
        lines.extend(_broken_lines(element))
        return
    run: list[etree._Element | str] = [element.text or ""]
    for child in element:
        if not isinstance(child.tag, str):
            pass  # a comment or processing instruction: only its tail is text
        elif child.tag in _INLINE_TAGS:
            run.append(child)
        else:
            lines.extend(_run_lines(run))
            run = []
            _walk(child, lines)
        run.append(child.tail or "")
    lines.extend(_run_lines(run))


def _text_with_breaks(element: etree._Element) -> str:
    """``element``'s text with a space at each line break (``<lb>``): a heading's two lines
    («…لمواجهة الجفاف<br>في المحافظات…») are one line of words, not glued ones."""
    def pieces(node: etree._Element) -> Iterator[str]:
        yield node.text or ""
        for child in node:
            if child.tag == "lb":
                yield " "
            elif isinstance(child.tag, str):
                yield from pieces(child)
            yield child.tail or ""
    return _WHITESPACE_RUN.sub(" ", "".join(pieces(element))).strip()


def _broken_lines(block: etree._Element) -> list[Line]:
    """A block's text as one line, or one line per piece between its line breaks."""
    if block.find(".//lb") is None:
        target = next((ref.get("target") for ref in block.iter("ref")), None)
        return [Line(_element_text(block), "body", target)]
    run: list[etree._Element | str] = [block.text or ""]
    for child in block:
        run.append(child)
        run.append(child.tail or "")
    return _run_lines(run)


def _run_lines(run: list[etree._Element | str]) -> list[Line]:
    """Inline pieces (strings, inline elements) → a line per stretch between <lb>s."""
    lines: list[Line] = []
    texts: list[str] = []
    target: str | None = None
    for piece in [*_flat(run), _LINE_BREAK]:
        if isinstance(piece, str):
            texts.append(piece)
        elif piece.tag != "lb":
            texts.append("".join(piece.itertext()))
            if target is None:
                target = next((ref.get("target") for ref in piece.iter("ref")), None)
        else:
            text = _ANY_WHITESPACE.sub(" ", "".join(texts)).strip()
            if text:
                lines.append(Line(text, "body", target))
            texts, target = [], None
    return lines


def _flat(run: list[etree._Element | str]) -> Iterator[etree._Element | str]:
    """The pieces with each inline element that holds a line break opened up."""
    for piece in run:
        if isinstance(piece, str) or piece.tag == "lb" or piece.find(".//lb") is None:
            yield piece
            continue
        yield piece.text or ""
        for child in piece:
            yield from _flat([child, child.tail or ""])


def _pdf_pages(tree: etree._Element) -> None:
    """Read a PDF converted page by page (pdf2htmlEX's boxes with ``data-page-no``, PDF.js's
    with ``data-page-number``) as one document: trafilatura takes the one page box holding
    most text and loses the others. Each page's leaf ``<div>`` or ``<p>`` is a line set in
    place (a story site's reader splits its chapter into page boxes of ``<p>``s); the
    lines become one box of paragraphs in page order, without the lines repeated on every
    page (digits aside: «صفحة 1 من 2», a letterhead, «تابع — …» over the first page's
    reference) and, where the style sheet gives type sizes, without lines set smaller than
    the type of the document's prose (a letterhead, a footer, an «about» note and contacts:
    a document sets its text in one size). The viewer's outline of links to the pages goes.
    PDF.js's text layer sets a line as a run of ``<span>``s a ``<br>`` ends, sized in its
    style (``_RUN_FONT_SIZE``): each run is wrapped as a line first. A line set larger than
    the prose before the document's first prose line is its heading, an ``<h1>`` (a viewer's
    title fields name the file, «Microsoft Word - بيان.docx», not the document)."""
    boxes = tree.xpath("//body//*[@data-page-no or @data-page-number]")
    boxes = [box for box in boxes if not any(a in boxes for a in box.iterancestors())]
    if not boxes:
        return
    for box in boxes:  # PDF.js's text layer: a line is a run of <span>s a <br> ends
        _paragraphs_from_breaks(box)
    pages = [[line for line in box.iter("div", "p") if line.find(".//div") is None
              and line.find(".//p") is None and _TOKEN.search(_element_text(line))]
             for box in boxes]
    running = _running_lines(pages)
    sizes = _type_sizes(tree)
    rule_order = {name: index for index, name in enumerate(sizes)}
    lines = [line for page in pages for line in page if line not in running]
    size = {line: _line_size(line, sizes, rule_order) for line in lines}
    body = max((own for line, own in size.items()
                if own is not None and _reads_as_prose(_element_text(line))), default=None)
    document = etree.Element("div")
    opening = True  # no prose yet: a line in larger type than the prose is the heading
    for line in lines:
        own = size[line]
        if body is None or own is None or own >= body:
            text = _element_text(line)
            heading = (opening and body is not None and own is not None and own > body
                       and word_count(text) <= MAX_HEADING_WORDS)
            paragraph = etree.SubElement(document, "h1" if heading else "p")
            paragraph.text = text
            opening = opening and not heading and not _reads_as_prose(text)
    anchors = {f"#{box.get('id')}" for box in boxes if box.get("id")}
    for outline in tree.xpath("//body//ul | //body//ol"):
        links = outline.xpath(".//a/@href")
        if links and all(link in anchors for link in links) and outline.getparent() is not None:
            _remove_keeping_tail(outline)
    boxes[0].addprevious(document)
    for box in boxes:
        _remove_keeping_tail(box)


def _running_lines(pages: list[list[etree._Element]]) -> set[etree._Element]:
    """The lines that recur on every page, digits aside (page numbers): a running head or
    foot, also one a later page opens with a word more («تابع — » before the first page's
    reference). A line of prose is never one: a letterhead's name may recur in the text."""
    if len(pages) < 2:
        return set()
    # each line's comparable form, digits aside, and whether it reads as prose: read once
    keys = [[(line, _DIGITS.sub("", _words(text)), _reads_as_prose(text))
             for line in page for text in (_element_text(line),)] for page in pages]
    found: set[etree._Element] = set()
    for index, page in enumerate(keys):
        for line, key, prose in page:
            if not key or prose:
                continue
            if all(any(other and not other_prose and (key in other or other in key)
                       for _, other, other_prose in keys[elsewhere])
                   for elsewhere in range(len(keys)) if elsewhere != index):
                found.add(line)
    return found


def _type_sizes(tree: etree._Element) -> dict[str, float]:
    """The type sizes the page's style sheets give classes («.fs0{font-size:48px}»)."""
    return {name: float(size) * _PX_PER_UNIT[unit] for style in tree.iter("style")
            for name, size, unit in _CLASS_FONT_SIZE.findall(style.text or "")}


def _line_size(line: etree._Element, sizes: dict[str, float],
               rule_order: dict[str, int]) -> float | None:
    """The line's type size: of its classes, the one whose rule comes last in the sheet
    (``rule_order``) wins (pdf2htmlEX's «.t{font-size:1px}» is overridden by «.fs0»); with
    none, the first size its own or its runs' styles set (PDF.js's ``<span style>``)."""
    named = [name for name in (line.get("class") or "").split() if name in sizes]
    if named:
        return sizes[max(named, key=rule_order.__getitem__)]
    for element in line.iter():
        if match := _RUN_FONT_SIZE.search(element.get("style") or ""):
            return float(match[1]) * _PX_PER_UNIT[match[2]]
    return None


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
            if total > MAX_WIDGET_WORDS or total - words > MAX_WIDGET_STEP_WORDS or (
                    not _headed_box(parent) and any(
                        word_count(_element_text(p)) >= MIN_PROSE_WORDS for p in parent.iter("p")
                        if box is None or box not in p.iterancestors())):
                break
            box, words = parent, total
        if box is not None:
            _remove_keeping_tail(box)


def _drop_counters(tree: etree._Element) -> None:
    """Remove each counter: a box of buttons (a few words at most, an icon or an emoji) and
    counts (``_COUNT``: «٤٣٨» beside a «👏» clap button, «١٢» beside «أعجبني») and nothing
    else, at least one of each. A reader's tally of a control is no sentence of the text,
    wherever it stands; a number in a table or a paragraph has no button beside it."""
    for box in dict.fromkeys(button.getparent() for button in tree.iter("button")):
        if box is None or (box.text or "").strip():
            continue
        parts = [child for child in box if isinstance(child.tag, str)]
        counts = [_element_text(child) for child in parts if child.tag != "button"]
        if (counts and all(_COUNT.fullmatch(text) for text in counts)
                and not any((child.tail or "").strip() for child in parts)
                and all(word_count(_element_text(child)) <= MAX_CTA_BUTTON_WORDS
                        for child in parts if child.tag == "button")):
            _remove_keeping_tail(box)


def _headed_box(element: etree._Element) -> bool:
    """Whether a box around a form control opens on its own subheading: a subscription
    wall's «أكمل القراءة مجاناً» over its pitch and its e-mail field. The pitch is a sentence
    of prose, but one the box's heading owns; an article's paragraph sits under the page's
    headline, never inside a small box that a subheading opens above a form."""
    first = next((child for child in element if isinstance(child.tag, str)), None)
    return first is not None and first.tag in _SUBHEADINGS and element.find(".//h1") is None


def _drop_boxes(tree: etree._Element) -> None:
    """Remove the boxes a page sets around or after the article that are never its text: a
    paywall's pitch (AMP's content-not-granted section, a paywall-classed box), the
    author's bio box, a post's copyright notice and a pull quote. trafilatura leaves the
    first three out of a long article, but keeps them (its pitch, the bio, «all the writer's
    articles», the licence sentence) with a short one; a pull quote it keeps as a
    paragraph. A callout (``_CALLOUT_CLASS``: a docs site's tip, a wiki's warning, a
    notebook's note to its readers) goes as a pull quote does: set off in the text, it
    speaks to the page's reader about the page («راجع قسم التحقق قبل …», «للاستخدام الداخلي
    فقط …») and is never a paragraph of the story, which trafilatura keeps it as. A cookie or
    consent notice that only a component name names
    (``_consent_notice``) goes too: a sentence by nature, it outweighs a one-sentence story
    as trafilatura's text, and once it was taken out of the extraction nothing of the story
    was left. A copyright or licence word in a
    topic's class (``_TOPIC_CLASS_PREFIXES``: a post tagged «driving-license») files the
    story, and its box stays. Readers' comments
    that the page marks as such in schema.org microdata (a forum's replies under a reposted
    story) go too: full sentences, which no furniture test catches, and never the
    article's."""
    for box in tree.xpath(_BOX_CANDIDATES):
        classes = box.get("class") or ""
        notice = " ".join(word for word in classes.split()
                          if not word.startswith(_TOPIC_CLASS_PREFIXES))
        if (box.get("subscriptions-section") == "content-not-granted"
                or _BOX_CLASS.search(classes) or (
                    _PULL_QUOTE_CLASS.search(classes)
                    and word_count(_element_text(box)) <= MAX_PULL_QUOTE_WORDS) or (
                    _CALLOUT_CLASS.search(classes) and box.find(".//h1") is None
                    and word_count(_element_text(box)) <= MAX_CALLOUT_WORDS) or (
                    _COPYRIGHT_CLASS.search(notice) and box.find(".//h1") is None
                    and word_count(_element_text(box)) <= MAX_FURNITURE_WORDS)) and any(
                True for _ in box.iterancestors("html")):
            _remove_keeping_tail(box)
    for comment in tree.xpath(_MICRODATA_COMMENTS):
        if comment.find(".//h1") is None and any(True for _ in comment.iterancestors("html")):
            _remove_keeping_tail(comment)
    notices = [box for box in tree.iter(etree.Element)
               if len(box.attrib) > 0 and _consent_notice(box)]
    for box in notices:
        if any(True for _ in box.iterancestors("html")):  # not inside a notice removed
            _remove_keeping_tail(box)


def _drop_closed_details(tree: etree._Element) -> None:
    """Remove each short ``<details>`` box the page serves closed (no ``open`` attribute): its
    ``<summary>`` is a toggle and the rest is hidden until a reader opens it (a shared draft's
    «ملاحظات المراسل (لا تُقرأ)» over the reporter's note, a page's accordion of questions, a
    feed reader's attachments). A story's own text is shown, never folded; trafilatura reads
    the box as shown. A box served open (a contents list, a thread's comments, ``open``
    set) stays to the other rules, and so does a closed box of more than
    ``MAX_CALLOUT_WORDS`` words, or one holding the headline: a container so set."""
    for box in list(tree.iter("details")):
        if (box.get("open") is None and box.find(".//h1") is None
                and word_count(_element_text(box)) <= MAX_CALLOUT_WORDS
                and any(True for _ in box.iterancestors("html"))):
            _remove_keeping_tail(box)


def _drop_post_quotes(tree: etree._Element) -> None:
    """Remove the quote of another post that a forum reply carries: a ``<blockquote>`` whose
    text opens with a link (the quoted member's mention, Flarum's «PostMention»; the «فلان
    كتب في …» line linking to the quoted post, as Discuz, phpBB and vBulletin set it), inside
    a block whose own text, outside the quote, is at least as long as the quote. The quoted
    words are another member's, written for another post; a story reposted whole as a quote
    (a vBulletin repost, a Tumblr reblog whose credit sits before the quote) is the block's
    text and stays, and a quote of a speaker in a news story opens with words, not a link."""
    for quote in list(tree.iter("blockquote")):
        link = quote.find(".//a")
        lead = _words(_element_text(link)) if link is not None else ""
        text = _words(_element_text(quote))
        if not lead or not text.startswith(lead):
            continue
        words = word_count(text)
        for block in quote.iterancestors():
            total = word_count(_element_text(block))
            if total > words:
                if total - words >= words and any(True for _ in block.iterancestors("html")):
                    _remove_keeping_tail(quote)
                break


def _drop_screen_reader_labels(tree: etree._Element) -> None:
    """Remove each label a page writes for screen readers alone (``_SCREEN_READER_CLASS``, at
    most ``MAX_LABEL_WORDS`` words): a webmail's «الموضوع: » opening the subject's heading, a
    chat's «ChatGPT said:» heading over each reply, «(opens in a new tab)» after a link. A
    reader never sees it, so it is no word of the headline or the text; trafilatura reads it
    as both. A box holding an ``<h1>`` stays (a page may hide its headline from sight and set
    a logo over it: it is still the headline)."""
    for element in list(tree.iter()):
        if (isinstance(element.tag, str) and element.getparent() is not None
                and _SCREEN_READER_CLASS.search(element.get("class") or "")
                and element.tag != "h1" and element.find(".//h1") is None
                and word_count(_element_text(element)) <= MAX_LABEL_WORDS):
            _remove_keeping_tail(element)


def _language(element: etree._Element) -> str:
    """The primary subtag of the language ``element`` declares («en» of «en-GB»), or ""."""
    declared = element.get("lang") or element.get(_XML_LANG) or ""
    return declared.split("-")[0].strip().lower()


def _drop_other_language_blocks(tree: etree._Element) -> None:
    """Remove each block that declares a language other than the page's (``lang``, or
    ``xml:lang``, on the ``<html>`` element) and whose letters are mostly not Arabic: an
    Arabic e-book's English licence and release header around the book, a bilingual
    portal's English version. The page's own language is its text's; a block set apart in
    another is another text. An inline run (a quoted English phrase in a sentence) is the
    sentence's and stays, and so does a block declared so whose letters are Arabic (a
    declaration copied wrongly), and a block the page's prose stands on both sides of (an
    English quotation, a ``<blockquote lang="en">`` between an article's paragraphs:
    ``_quoted_in_text``); with no language on the page nothing is compared."""
    root = tree.getroottree().getroot()
    page = _language(root)
    if not page:
        return
    foreign = [element for element in root.iter(*_LANGUAGE_BLOCKS)
               if _language(element) not in ("", page) and _mostly_latin(_element_text(element))]
    quoted: set[etree._Element] = set()
    for parent in dict.fromkeys(element.getparent() for element in foreign):
        if parent is not None:
            quoted |= _quoted_in_text(parent, page)
    for element in foreign:
        if element.getparent() is not None and element not in quoted:
            _remove_keeping_tail(element)


def _mostly_latin(text: str) -> bool:
    """Whether ``text`` has more Latin letters than Arabic ones."""
    return len(_LATIN_LETTER.findall(text)) > len(_ARABIC_LETTER.findall(text))


def _quoted_in_text(parent: etree._Element, page: str) -> set[etree._Element]:
    """The children of ``parent`` declared in another language than ``page`` whose nearest
    siblings holding words, other such blocks stepped over, are prose of the page's own on
    both sides: a quotation inside the text, not a text beside it. One pass each way over
    the children, whatever the number of blocks."""
    children = [child for child in parent if isinstance(child.tag, str)
                and _TOKEN.search(_element_text(child))]
    other = [_language(child) not in ("", page) for child in children]
    prose = [not is_other and _reads_as_prose(text := _element_text(child))
             and not _mostly_latin(text) for child, is_other in zip(children, other, strict=True)]
    before: list[bool] = []
    last = False
    for is_other, is_prose in zip(other, prose, strict=True):
        before.append(last)
        if not is_other:
            last = is_prose
    quoted: set[etree._Element] = set()
    last = False
    for child, is_other, is_prose, prose_before in reversed(
            list(zip(children, other, prose, before, strict=True))):
        if is_other and prose_before and last:
            quoted.add(child)
        elif not is_other:
            last = is_prose
    return quoted


def _drop_closed_dialogs(tree: etree._Element) -> None:
    """Remove each ``<dialog>`` without ``open``: HTML never shows it until a script opens
    it (a PDF viewer's document properties, file name, author and producer; a password
    prompt), and trafilatura reads its fields as text beside a short document. A dialog
    that holds an ``<h1>`` is a reader view holding the article, opened by a script: kept."""
    for dialog in list(tree.iter("dialog")):
        if dialog.get("open") is None and dialog.getparent() is not None and \
                dialog.find(".//h1") is None:
            _remove_keeping_tail(dialog)


def _drop_tab_panels(tree: etree._Element) -> None:
    """Remove a tabs widget: a list whose every item is one link to an element of the page
    (``href="#id"``), at least two, the linked elements siblings (the panels), the list and
    the panels' container at most ``MAX_TAB_DEPTH`` levels under one widget, no panel a
    heading or holding an <h1>/<h2>, each at most ``MAX_FURNITURE_WORDS`` words. A page
    builder sets the writer's bio and «more by the writer» in tabs after the text («عن
    الكاتب / مقالات أخرى له»), the bio a sentence that no furniture test catches. A table of
    contents links to the article's headings or to sections that open with one, and stays.

    A box the page names a tab list (``role="tablist"``, ARIA's name for a row of tabs) goes
    whole too, whatever its tabs are set in (a speech page's «النص الكامل | الصور |
    التسجيل الصوتي» over the text's panel, ``<li role="tab">`` items that link nowhere): its
    labels are controls that switch panels, never words of the text. A box so named that
    holds prose, an ``<h1>`` or a ``role="tabpanel"``, or more than ``MAX_FURNITURE_WORDS``
    words, wraps the panels themselves (the role set on the wrong element) and stays. It is
    read after the lists linking to panels, so that such a list still takes its panels."""
    ids = {element.get("id"): element for element in tree.iterfind(".//*[@id]")}
    for tabs in list(tree.iter("ul", "ol")):
        items = [item for item in tabs if isinstance(item.tag, str)]
        links = [item.findall(".//a") for item in items]
        if len(items) < 2 or any(len(found) != 1 for found in links):
            continue
        panels = [ids.get((found[0].get("href") or "#").removeprefix("#")) for found in links]
        first = panels[0]
        container = first.getparent() if first is not None else None
        if container is None or any(
                panel is None or panel.getparent() is not container or panel.tag in _TAB_HEADINGS
                or panel.find(".//h1") is not None or panel.find(".//h2") is not None
                or word_count(_element_text(panel)) > MAX_FURNITURE_WORDS for panel in panels):
            continue
        widgets = set(islice(tabs.iterancestors(), MAX_TAB_DEPTH))
        if not widgets & set(islice(container.iterancestors(), MAX_TAB_DEPTH)):
            continue
        for element in (*panels, tabs):
            if any(True for _ in element.iterancestors("html")):
                _remove_keeping_tail(element)
    # after the linked panels: a tab list linking to its panels takes them along first
    for tabs in tree.xpath("//body//*[@role='tablist']"):
        if (tabs.find(".//h1") is None and not tabs.xpath(".//*[@role='tabpanel']")
                and not _holds_prose(tabs)
                and word_count(_element_text(tabs)) <= MAX_FURNITURE_WORDS
                and any(True for _ in tabs.iterancestors("html"))):
            _remove_keeping_tail(tabs)


def _drop_comment_boxes(tree: etree._Element, headline: etree._Element | None) -> None:
    """Remove the boxes that the page's class or id words call comments and that hold prose,
    after the headline and outside its ancestors: readers' comments set out for crawlers
    (a Facebook plugin's SEO copy, a theme's comment list) are full sentences, which no
    furniture test catches, and trafilatura keeps them with a short article. A box holding
    the headline («post has-comments») is the article's, and one before it is no reply. When
    no prose comes between the headline and the first box, and that box holds one post, not
    a list of comments (``_one_post``), the page is a thread whose software calls every post
    a comment (Invision's «comment-…_wrap», GitHub's «js-comment-container»): its first box
    is the story."""
    if headline is None:
        return
    boxes = [box for box in tree.xpath(_COMMENT_CANDIDATES)
             if any(_COMMENTS_MARK.search(box.get(name) or "") for name in ("class", "id"))]
    if not boxes:
        return
    protected = _headline_and_ancestors(headline)
    order = {element: i for i, element in enumerate(tree.iter())}
    boxes = [box for box in boxes
             if box not in protected and order[box] > order[headline] and _holds_prose(box)]
    box_set = set(boxes)  # membership per ancestor and descendant: a set, not the list
    outer = [box for box in boxes if not any(a in box_set for a in box.iterancestors())]
    if (outer and _one_post(outer[0], box_set)
            and not _prose_between(tree, outer, order[headline], order[outer[0]], order)):
        # a forum calls every post a comment: the first one is the story, unmarked (with
        # the post's own wrappers inside it) so that trafilatura's comment rules leave it too
        for post in (outer[0], *(box for box in outer[0].iterdescendants() if box in box_set)):
            for name in ("id", "class"):
                if _COMMENTS_MARK.search(post.get(name) or ""):
                    del post.attrib[name]
        outer = outer[1:]
    for box in outer:
        if any(True for _ in box.iterancestors("html")):
            _remove_keeping_tail(box)


def _one_post(box: etree._Element, boxes: set[etree._Element]) -> bool:
    """Whether the comment box holds one post: the comment boxes inside it, if any, are
    nested one in the next (a post's wrappers, each called a comment: GitHub's
    «js-comment-container» › «timeline-comment» › «comment-body»), never side by side as
    a list of comments is."""
    inner = [element for element in box.iterdescendants() if element in boxes]
    return all(outer in element.iterancestors()
               for outer, element in pairwise(inner))


def _running_heads(tree: etree._Element) -> set[str]:
    """Comparable forms (each number as «#») of the lines a page repeats around its text: the
    same short leaf ``<p>``/``<div>`` at least twice, each time in a box holding no prose, with a
    block of prose between the first time and the last. A print layout exported to HTML (a
    magazine's InDesign spread, a report's pages) sets its running head and foot («المجلة |
    العدد ٤٧ — كانون الأول») over each page's text frame; whatever words they use, no
    article repeats a line of its own in frames of their own. A speaker's name that recurs
    in a transcript sits among the paragraphs it introduces, and one table of contents
    names a subheading once: neither counts. A folio (the page's number alone) is such a
    line too, whatever number each page gives. A converter that sets every line of the
    document as a sibling of the text's paragraphs (a PDF saved as HTML) frames no page; its
    page breaks show as folios, and a line repeated within ``FOLIO_REACH`` blocks of one at
    ``MIN_RUNNING_REPEATS`` page breaks is its running head all the same (the first page's
    has no folio above it)."""
    seen: dict[str, list[int]] = {}
    loose: dict[str, list[int]] = {}  # repeats among the text's own paragraphs
    prose: list[int] = []
    folios: list[int] = []
    # each parent read once: the text's own box is the parent of most of its short lines
    parents_prose: dict[etree._Element, bool] = {}
    for index, block in enumerate(tree.iter("p", "div")):
        if _holds_blocks(block):
            continue
        text = _element_text(block)
        if _reads_as_prose(text):
            prose.append(index)
            continue
        key = _DIGITS.sub("#", _words(text)).strip()
        parent = block.getparent()
        if key == "#":
            folios.append(index)
        if key and parent is not None:
            if parent not in parents_prose:
                parents_prose[parent] = _holds_prose(parent)
            (loose if parents_prose[parent] else seen).setdefault(key, []).append(index)
    heads = [key for key, where in loose.items() if key != "#" and sum(
        any(abs(i - f) <= FOLIO_REACH for f in folios) for i in where) >= MIN_RUNNING_REPEATS]
    for key in heads + ["#"] * bool(heads):  # the folios go with the heads beside them
        seen.setdefault(key, []).extend(loose.get(key, []))
    return {key for key, where in seen.items() if len(where) >= MIN_RUNNING_REPEATS
            and any(min(where) < index < max(where) for index in prose)}


def _contents_boxes(tree: etree._Element) -> set[str]:
    """Comparable forms of the lines of the page's contents boxes: at least
    ``MIN_CONTENTS_LINES`` leaf ``<p>``/``<div>`` lines of one box, none prose, each ending
    in a number (a magazine's «في هذا العدد» with each story's page, an index of issues),
    and the box's heading line above them, in a box whose parent holds no prose (a frame of
    its own, not one among the text's paragraphs). Whatever they are called, numbered
    pointers to other pages are no text; a story's own figures set as lines sit in its
    container, among its paragraphs, and stay."""
    found: set[str] = set()
    for box in tree.iter("div", "section", "aside"):
        parent = box.getparent()
        lines = [child for child in box if child.tag in ("p", "div")]
        if (parent is None or len(lines) < MIN_CONTENTS_LINES or _holds_prose(parent)
                or any(_holds_blocks(line) for line in lines)):
            continue
        texts = [_element_text(line) for line in lines]
        numbered = [bool(_ENDS_IN_NUMBER.search(text)) and not _reads_as_prose(text)
                    for text in texts]
        if len(numbered) - (not numbered[0]) >= MIN_CONTENTS_LINES and all(numbered[1:]):
            found |= {_words(text) for text in texts}
    found.discard("")
    return found


def _signed_replies(tree: etree._Element, headline: etree._Element | None,
                    container: etree._Element | None) -> set[str]:
    """Comparable forms of the signed posts listed after the text's container, and of the
    subheading just above their list: a list (or box) of at least two items of one tag, each
    dated in markup (``<time>``) with a link beside the date and words of its own outside
    both, opening after the container ends and holding neither it nor the headline. That is
    the shape of readers' replies under a post (a learning platform's «discussion_entry»
    list, a blog's responses), whatever the page's class words call them, and their short
    questions read as no furniture. The article's own dated entries (a liveblog's) are its
    text container or hold it: they stay."""
    if headline is None or container is None:
        return set()
    order = {element: i for i, element in enumerate(tree.iter())}
    end = max(order[element] for element in container.iter())
    protected = _headline_and_ancestors(headline)
    found: set[str] = set()
    for parent in tree.iter("ul", "ol", "div", "section"):
        items = [child for child in parent if isinstance(child.tag, str)]
        if (order[parent] <= end or parent in protected or len(items) < 2
                or len({item.tag for item in items}) > 1 or not all(map(_signed, items))):
            continue
        found |= set().union(*map(_block_keys, items))
        heading = parent.getprevious()
        if heading is not None and heading.tag in _SUBHEADINGS:
            found |= _block_keys(heading)
    return found


def _signed(item: etree._Element) -> bool:
    """Whether ``item`` is a signed post: a ``<time>``, a link outside it, and at least
    ``MIN_REPLY_WORDS`` words outside both (what the poster wrote)."""
    if item.find(".//time") is None or not any(
            link.find(".//time") is None for link in item.iter("a")):
        return False
    own = " ".join(_text_outside(item, {"a", "time"}))
    return word_count(own) >= MIN_REPLY_WORDS


def _prose_between(tree: etree._Element, outside: list[etree._Element], after: int, before: int,
                   order: dict[etree._Element, int]) -> bool:
    """Whether a block between positions ``after`` and ``before`` in ``order``, outside the
    ``outside`` boxes, reads as prose: an article between its headline and the comments."""
    return any(
        after < order[block] < before and not any(a in outside for a in block.iterancestors())
        and _is_prose_leaf(block) for block in tree.iter(*_PROSE_HOLDERS))


def _page_footers(tree: etree._Element, headline: etree._Element | None) -> set[str]:
    """Comparable forms of the texts of the page's footers after the headline (each block of
    them and the whole): a ``<footer>``, a ``contentinfo``, a box whose class or id word
    says footer or an office export's ``<div title="footer">``, opening after the headline
    (a wrapper classed «has-footer» holds the whole page), outside any <article> or <main>
    and outside the headline's own box (``HEADLINE_BOX_LEVELS`` up: a blog post's
    «post-footer» with its «نشرها …», TYPO3's «footer» row of date and author under the
    headline); when the footer is one of the body's own boxes, what follows it too (the
    page's end: a server's stamp «Rendered by PID …»).
    Their legal lines («Use of this site constitutes acceptance…», a trademark note) are
    sentences, which no furniture test catches, and trafilatura keeps them after a post whose
    page it reads whole. Read, not removed: a page less its footer is read differently by
    trafilatura, and an article's own <footer> (its credits, a source line) stays."""
    found: set[str] = set()
    if headline is None:
        return found
    own = [a for a in islice(headline.iterancestors(), HEADLINE_BOX_LEVELS)
           if a.tag not in ("body", "html")][-1:]
    order = {element: i for i, element in enumerate(tree.iter())}
    for box in tree.iter():
        if not isinstance(box.tag, str) or order[box] <= order[headline]:
            continue  # a box holding the headline opens before it
        marks = f"{box.get('id', '')} {box.get('class', '')}".lower()
        if ((box.tag == "footer" or box.get("role") == "contentinfo" or _FOOTER_MARK.search(marks)
             or _office_footer(box))
                and not any(a.tag in ("article", "main") or a in own
                            for a in box.iterancestors())):
            parent = box.getparent()
            after = list(box.itersiblings()) if parent is not None and parent.tag == "body" else []
            for element in (box, *after):
                if isinstance(element.tag, str):
                    found.update(_words(_element_text(e)) for e in element.iter()
                                 if isinstance(e.tag, str))
    found.discard("")
    return found


def _office_footer(box: etree._Element) -> bool:
    """Whether ``box`` is the page footer an office suite exported (``<div title="footer">``):
    the document's letterhead footer, set apart from its text by that title alone."""
    return box.tag == "div" and (box.get("title") or "").strip().lower() == _OFFICE_FOOTER_TITLE


def _structural_scans(tree: etree._Element, headline: etree._Element | None,
                      units: set[etree._Element]) -> tuple[_Marked, set[str]]:
    """The comparable forms of the marked boxes' and the masthead's texts, and of the
    call-to-action boxes' texts, from one walk over the page's body: each element's marks
    (class, id, role, aria-label, an AMP furniture tag), its shape as a call-to-action box,
    and (up to the headline) whether it is a masthead's leaf block: one that holds the headline
    only while it reads as no prose (a mail's subject cell «<b>…</b><br>رسالتان»; a page of
    custom elements, none a block tag, makes a «leaf» of the whole article around it, whose
    lines between ``<br>``s are the text's). A story's ``units`` (its slides: a credit, a
    paragraph, an arrow link) are no call-to-action boxes."""
    body = tree.find("body")
    masthead_open = headline is not None and body is not None  # until the headline
    if body is None:  # not a document load_html makes: the marks of any <body>, no masthead
        body = next(tree.iter("body"), None)
    boxes: list[etree._Element] = []
    candidates: list[etree._Element] = []
    above: list[etree._Element] = []
    holding = _headline_and_ancestors(headline)
    for element in body.iter(etree.Element) if body is not None else ():
        tag = element.tag
        if tag in _FURNITURE_TAGS or (element.attrib and _is_marked(element)) or (
                _is_control_bar(element)) or _label_strip(element):
            boxes.append(element)
        if tag in _CTA_TAGS and element is not body and element not in units:
            children = [child for child in element if isinstance(child.tag, str)]
            if (len(children) >= 2 and (
                    children[-1].tag in ("a", "button") or _button_row(children[-1])
                    or sum(1 for c in children[-1] if isinstance(c.tag, str)) == 1)) or (
                    len(children) == 1 and children[0].tag in ("a", "button")
                    and (element.text or "").strip()):
                candidates.append(element)
        if masthead_open:
            if element is headline:
                masthead_open = False
            elif tag in _MASTHEAD_TAGS and not any(
                    child.tag in _BLOCK_CHILDREN and child.tag != "br" for child in element) and (
                    element not in holding or not _reads_as_prose(_element_text(element))):
                above.append(element)
    marked = _marked_furniture(boxes, headline)
    marked.keys |= _masthead(above)
    return marked, _calls_to_action(candidates, tree, headline)


def _side_columns(tree: etree._Element, headline: etree._Element | None) -> set[str]:
    """Comparable forms of the blocks of the side columns beside the one holding the headline
    that hold no prose: a layout table's cells in the headline cell's row (an old portal's
    column of latest ads, duty pharmacies and exchange rates), or a grid row's columns beside
    the headline's (Bootstrap's «col-md-8» / «col-md-4», old Bootstrap's «span8», Liferay's
    «portlet-column»: a portal's latest news and survey portlets). trafilatura leaves them out
    of a long article but keeps them, or the whole table, with a short one."""
    keys: set[str] = set()
    for column, sides in (_layout_cell_sides(headline), _grid_column_sides(headline),
                          _component_sides(headline)):
        for side in sides:
            if side is column or _holds_prose(side):
                continue
            keys |= _block_keys(side)
    return keys


def _headings_over(headline: etree._Element | None,
                   container: etree._Element | None) -> set[str]:
    """Comparable forms of the headings before ``headline`` outside the text's container when
    the headline opens that container (its first block): the page's heading over a list of
    entries (a course's «تحديثات المقرر»), the entry's own title being the one in its box. A
    heading in the box before the headline (a kicker «اقتصاد») is the story's own: with it
    the headline opens nothing, and no heading is over it."""
    opens = container is not None and _first_block(container) is headline
    if headline is None or not opens:
        return set()
    return {_words(_element_text(heading))
            for heading in headline.xpath("preceding::*[self::h1 or self::h2 or self::h3]")
            } - {""}


def _hidden_boxes(tree: etree._Element) -> list[etree._Element]:
    """The boxes the page hides until a reader opens them: the ``hidden`` attribute, an
    inline ``display: none``, the class word «hidden» or «d-none» that no screen-size class
    undoes (a box hidden on one screen size is shown on the others)."""
    return [element for element in tree.iter(etree.Element)
            if element.get("hidden") is not None
            or (_HIDDEN_CLASS.search(classes := element.get("class") or "")
                and not _SHOWN_ON_SCREEN_CLASS.search(classes))
            or "display:none" in (element.get("style") or "").replace(" ", "")]


def _hidden_sides(hidden: list[etree._Element], container: etree._Element | None,
                  headline: etree._Element | None) -> set[str]:
    """Comparable forms of the blocks of the ``hidden`` boxes that are other entries than the
    shown one: outside the text's container, in a branch beside the container's branch that
    holds the headline too (a course's older updates, each under its own date and title,
    collapsed beside the update shown). trafilatura discards most such boxes by their marks,
    but reads them once the marks went with a story's units' (``_unmark_prose_units``). A
    hidden box in the container (a collapsed «more» part of the article) or around it stays,
    and so do a slideshow's hidden slides, which the headline stands above."""
    if container is None or headline is None:
        return set()
    inside = set(container.iter()) | set(container.iterancestors())
    # each ancestor's (or, for None, a detached box's) child on the container's branch
    branch = {a.getparent(): a for a in (container, *container.iterancestors())}
    over_headline = {headline, *headline.iterancestors()}
    keys: set[str] = set()
    for box in hidden:
        parent = box.getparent()  # up to the branch's parent, an ancestor of the container
        while parent is not None and parent not in inside:
            parent = parent.getparent()
        if box not in inside and branch.get(parent) in over_headline:
            keys |= _block_keys(box)
    return keys


def _thread_asides(tree: etree._Element, headline: etree._Element | None,
                   ) -> tuple[set[str], set[str]]:
    """Comparable forms of a thread's replies and of the page around the thread, when the
    headline is the text of a post that names its author (a Mastodon or Twitter thread whose
    first post gives the story: the page's article is that author's posts). The other posts
    among its siblings, by other authors, are replies; the blocks outside the posts'
    container (the server's about box, trends, sign-up pitch) are side material, whose
    sentences no furniture test catches. A liveblog's or a story's headline sits above its
    entries and embedded posts, in no post: the rule leaves them alone."""
    posts = [(post, author) for post in tree.iter("article", "div", "li", "section")
             if (post.tag == "article" or _POST_CLASS.search(post.get("class") or ""))
             and (author := _post_author(post)) is not None]
    boxes = {post for post, _ in posts}
    inner = [(post, author) for post, author in posts  # a post box holds no other post box
             if not any(box in boxes for box in post.iterdescendants())]
    if headline is None or len(inner) < 2:
        return set(), set()
    above = set(headline.iterancestors())
    first = next((author for post, author in inner if post in above), None)
    if first is None:
        return set(), set()
    own = [post for post, author in inner if author == first]
    container = inner[0][0].getparent()
    while container is not None and not all(
            container in set(post.iterancestors()) for post, _ in inner):
        container = container.getparent()
    if container is None:
        return set(), set()
    replies = set().union(*(_block_keys(post) for post, author in inner if author != first))
    body = tree.find("body")
    around = {*container.iter(), *container.iterancestors()}
    sides = {key for element in (body if body is not None else tree).iter(etree.Element)
             if element not in around for key in _block_keys(element)}
    kept = set().union(*map(_block_keys, own))
    return replies - kept, sides - kept


def _post_author(post: etree._Element) -> str | None:
    """The address a post's first author link points to (its case and trailing «/» aside):
    a link marked as the author's, or one whose text holds a handle."""
    for link in post.iter("a"):
        href = (link.get("href") or "").split("?")[0].split("#")[0].rstrip("/").casefold()
        if href and ("author" in (link.get("rel") or "").split()
                     or _AUTHOR_LINK.search(link.get("class") or "")
                     or _HANDLE.search(_element_text(link))):
            return href
    return None


def _block_keys(element: etree._Element) -> set[str]:
    """Comparable forms of ``element``'s text and of each block inside it."""
    keys = {_words(_element_text(e)) for e in element.iter(etree.Element)
            if e is element or e.tag not in _INLINE_HTML or _loose_between_blocks(e)}
    keys.discard("")
    return keys


def _layout_cell_sides(headline: etree._Element | None,
                       ) -> tuple[etree._Element | None, list[etree._Element]]:
    """The layout table's cell holding the headline and the cells of its row."""
    cell = headline
    while cell is not None and cell.tag not in ("td", "th"):
        cell = cell.getparent()
    row = cell.getparent() if cell is not None else None
    table = next(row.iterancestors("table"), None) if row is not None else None
    if cell is None or row is None or table is None or not table.xpath(_LAYOUT_MARKERS):
        return None, []
    return cell, [side for side in row if side.tag in ("td", "th")]


def _grid_column_sides(headline: etree._Element | None,
                       ) -> tuple[etree._Element | None, list[etree._Element]]:
    """The grid column holding the headline and its sibling columns: the nearest ancestor
    whose class names a column («col-md-8», «span8», «portlet-column») and whose parent holds
    another such column. A column's width class is the layout's, never the content's."""
    for column in headline.iterancestors() if headline is not None else ():
        parent = column.getparent()
        if parent is None or not _GRID_COLUMN.search(column.get("class") or ""):
            continue
        sides = [side for side in parent if isinstance(side.tag, str)
                 and _GRID_COLUMN.search(side.get("class") or "")]
        if len(sides) >= 2:
            return column, sides
    return None, []


def _component_sides(headline: etree._Element | None,
                     ) -> tuple[etree._Element | None, list[etree._Element]]:
    """The page component holding the headline and the article's text, and its sibling
    components: the nearest ancestor whose parent holds another element of its tag sharing a
    class word with it (a portal's stacked portlets, «component-control» each: the article's
    viewer, then «other news», «rate this page»). Only when that component holds prose: a
    header set apart from the body in a sibling box of the same class leaves the body's own
    boxes (a subheading's, a caption's) to the rest of the rules. And only when no sibling
    holds prose too: then the component is the article's own unit repeated (a thread's posts,
    one a paragraph), whose short ones (a subheading posted alone) are the article's text."""
    for component in headline.iterancestors() if headline is not None else ():
        parent = component.getparent()
        if parent is None or component.tag in ("body", "html"):
            break
        words = set((component.get("class") or "").split())
        sides = [side for side in parent if side.tag == component.tag
                 and words & set((side.get("class") or "").split())]
        if len(sides) >= 2:
            if _holds_prose(component) and not any(
                    _holds_prose(side) for side in sides if side is not component):
                return component, sides
            return None, []
    return None, []


def _is_control_bar(element: etree._Element) -> bool:
    """A box holding ``MIN_BAR_BUTTONS`` buttons or more: a post's action bar (reply, share,
    save, report) with its counters, a player's or a viewer's tools; never article text."""
    return element.find("button") is not None and len(element.findall("button")) >= (
        MIN_BAR_BUTTONS)


def _is_marked(element: etree._Element) -> bool:
    """Whether the element's role, aria-label, class or id words, or the component name a
    site's framework gives it (``data-hook``, ``data-testid``, ``data-component``), say
    furniture."""
    role = element.get("role")
    if role is not None and role.lower() in _FURNITURE_ROLES:
        return True
    label = element.get("aria-label")
    if label is not None and load_page_words().furniture_label.search(normalize(label)):
        return True
    for mark in (element.get("class"), element.get("id"), label, *map(element.get, _DATA_NAMES)):
        if mark is not None and "." in mark:
            mark = _DOTTED_NAME.sub(" ", mark)
        if (mark is not None and _FURNITURE_HINT.search(mark.lower())
                and _FURNITURE_MARK.search(mark)):
            return True
    return False


@dataclass(slots=True)
class _Marked:
    """The texts of the marked boxes and the masthead: each block's comparable form
    (``keys``), and each marked box's whole comparable form without spaces (``runs``, one
    per line). trafilatura glues the inline elements of minified markup into one line
    («<strong>مضلل</strong><span>الصورة …</span>» → «مضللالصورة …»), which is no element's
    text but a stretch of its box's."""

    keys: set[str]
    runs: str
    named: set[str]  # the marked ``<p>``s that read as prose: they go all the same


def _marked_furniture(boxes: list[etree._Element],
                      headline: etree._Element | None) -> _Marked:
    """Comparable forms of the texts inside the boxes whose class or id words, role or
    aria-label say they are the page's furniture (share bars, related cards, newsletter and
    promo boxes, ads, comments, tags, cookie notices, counters), when they hold no prose
    (no block of ``MIN_SENTENCE_PROSE_WORDS`` words ending a sentence, none of
    ``MIN_PROSE_BLOCK_WORDS``), at most ``MAX_FURNITURE_WORDS`` words, and neither the
    headline nor the article's own container. trafilatura leaves most of them out of a long
    article but keeps them with a short one, or when they sit between its paragraphs. The
    boxes stay in the tree: removing them changes which container trafilatura picks.

    A ``<p>`` so marked is one paragraph the page names, no container a mark may overreach:
    it goes however it reads (an archive's «<p class="ocr-notice">تنبيه: استُخرج هذا النص
    آليًا …</p>» between the headline and the text is a sentence, and no text of the
    article's)."""
    protected = _headline_and_ancestors(headline)
    keys: set[str] = set()
    named: set[str] = set()  # marked paragraphs of prose
    runs: list[str] = []
    done: set[etree._Element] = set()
    for box in boxes:
        if box.tag in ("body", "html", "article", "main") or box in protected or box in done:
            continue
        if sum(1 for _ in islice(box.iter(), MAX_FURNITURE_ELEMENTS + 1)) > (
                MAX_FURNITURE_ELEMENTS):
            continue  # a page region (a sidebar, a footer): trafilatura's to judge
        if box.tag == "p" and _holds_prose(box) and word_count(_element_text(box)) <= (
                MAX_FURNITURE_WORDS):
            named.add(_words(_element_text(box)))
            continue
        if (word_count(_element_text(box)) <= MAX_FURNITURE_WORDS and not _holds_prose(box)
                and box.find(".//h1") is None):
            outside = _words(" ".join(_text_outside(box, _CONTROLS)))
            runs.append(outside.replace(" ", ""))
            # what the box says besides its buttons (a reactions bar's «ما رأيك؟»), which
            # trafilatura leaves out, is a line of its own
            keys.add(outside)
            for element in box.iter():
                done.add(element)
                # a line is a block's text (inline elements run on in their block's line),
                # or an inline element's set loose between blocks (a box's «نهاية» under
                # its list), which is a line of its own
                if element is box or (isinstance(element.tag, str) and (
                        element.tag not in _INLINE_HTML or _loose_between_blocks(element))):
                    keys.add(_words(_element_text(element)))
    keys.discard("")
    named.discard("")
    return _Marked(keys, "\n".join(runs), named)


def _consent_notice(box: etree._Element) -> bool:
    """Whether ``box`` is a cookie or consent notice that only a framework's component name
    (``_DATA_NAMES``: a site builder's ``data-aid="FOOTER_COOKIE_BANNER"``) names so, as a
    word (``_CONSENT_MARK``): it holds a control to answer it (a link or a button: «قبول»,
    «Accept»), no ``<h1>``, and at most ``MAX_CTA_WORDS`` words. Such a notice is a sentence
    by nature («يستخدم هذا الموقع ملفات تعريف الارتباط لتحليل حركة المرور …»), so the marked
    boxes' prose guard keeps it, and trafilatura, which drops a notice its class or id names,
    reads no component name. A notice so named in its class or id is left to trafilatura as
    before (taking it out of the tree changes which box trafilatura reads on a short page); a
    box so named with no control (a story's box about cookies) stays."""
    if box.tag in ("body", "html", "main", "article"):
        return False
    marks = " ".join(mark for mark in map(box.get, _DATA_NAMES) if mark)
    return (bool(marks) and bool(_CONSENT_MARK.search(marks))
            and next(box.iter("a", "button"), None) is not None
            and box.find(".//h1") is None
            and word_count(_element_text(box)) <= MAX_CTA_WORDS)


def _text_outside(element: etree._Element, skipped: set[str]) -> Iterator[str]:
    """The element's text less that of its ``skipped`` elements: its controls (buttons,
    menus), which trafilatura drops; its italics and small type, where a credit is set."""
    if element.tag not in skipped:
        yield element.text or ""
        for child in element:
            if isinstance(child.tag, str):
                yield from _text_outside(child, skipped)
            yield child.tail or ""


def _loose_between_blocks(element: etree._Element) -> bool:
    """An inline element whose parent's other children are blocks: a line of its own."""
    parent = element.getparent()
    return parent is not None and any(
        isinstance(sibling.tag, str) and sibling.tag in _BLOCK_CHILDREN
        for sibling in parent if sibling is not element)


def _without_marked(article: Article, lines: list[Line], marked: _Marked,
                    calls: set[str]) -> list[Line]:
    """``lines`` less those whose whole text is a marked box's or a masthead's (``keys``: no
    prose), a glued stretch of a marked box's text of ``MIN_GLUED_WORDS`` words or more, or a
    call-to-action box's (``calls``: its pitch is a sentence); never a byline or a dateline
    (the clean stage reads those), and a heading only when it heads such lines."""
    keys = marked.keys
    if not keys and not calls and not marked.named:
        return lines
    longest = 2 * max(map(len, keys | calls | marked.named)) + 20  # a longer line is none
    title = _words(article.hints.get("title") or "")
    goes: list[bool] = []
    for line in lines:
        key = _words(line.text) if len(line.text) <= longest else ""
        # the headline a breadcrumb or a card repeats is the article's
        boxed = key in keys or (key != title and _glued_stretch(line.text, key, marked.runs))
        goes.append(bool(key) and line.kind != "heading"
                    and (key in calls or key in marked.named
                         or (boxed and not _reads_as_prose(line.text)))
                    and parse_byline(line.text) is None and parse_dateline(line.text) is None)
    # a marked box's or a call-to-action's heading whose next line goes heads furniture (a
    # question put to the reader over a pitch, an FAQ accordion's questions, its «أسئلة
    # شائعة»); read from the end, so a heading over such headings goes too. A box's heading
    # that heads kept text (a table of contents repeats the article's subheadings) stays.
    for i in range(len(lines) - 2, -1, -1):
        line = lines[i]
        if (line.kind == "heading" and goes[i + 1] and len(line.text) <= longest
                and _words(line.text) in keys | calls and _words(line.text) != title):
            goes[i] = True
    kept: list[Line] = []
    dropped_after = False  # lines were dropped after the last kept one
    for line, gone in zip(lines, goes, strict=True):
        if gone:
            article.removed.append(RemovedLine(line.text, "page_furniture"))
            dropped_after = True
        else:
            kept.append(line)
            dropped_after = False
    # a heading left last with its box's lines gone after it (a live entry's or a card's
    # title), or a call-to-action's own question set as one (its button is no line), heads
    # nothing: an article does not end on a heading
    if (len(kept) > 1 and kept[-1].kind == "heading"
            and (dropped_after or _words(kept[-1].text) in calls)
            and word_count(kept[-1].text) <= MAX_HEADING_WORDS):
        article.removed.append(RemovedLine(kept.pop().text, "page_furniture"))
    return kept


def _headline_and_ancestors(headline: etree._Element | None) -> set[etree._Element]:
    return set() if headline is None else {headline, *headline.iterancestors()}


def _reads_as_prose(text: str) -> bool:
    """A block long enough to be an article's text, or a sentence of some length."""
    words = word_count(text)
    return words >= MIN_PROSE_BLOCK_WORDS or (
        words >= MIN_SENTENCE_PROSE_WORDS and ends_like_sentence(text))


def _holds_blocks(element: etree._Element, *, breaks: bool = True) -> bool:
    """Whether ``element`` is a container rather than a leaf block: a block among its
    children (a ``<br>`` too, with ``breaks``), or a block other than a break inside an
    inline wrapper among them (HubSpot's rich-text ``<span>``, a ``<font>`` or a link around
    the paragraphs). Read as a leaf, such a wrapper's box is the whole body in one block,
    taken for a lead under the headline and put back before the body it repeats. A custom
    element (a web component's tag, named with a hyphen: Salesforce's
    ``<lightning-formatted-rich-text>``, ``<force-record-layout-row>``) is such a wrapper
    too: HTML lays it out inline, whatever its component draws around the paragraphs."""
    return any(
        (child.tag in _BLOCK_CHILDREN and (breaks or child.tag != "br"))
        or ((child.tag in _INLINE_HTML or _is_custom_element(child))
            and _holds_blocks(child, breaks=False))
        for child in element)


def _is_custom_element(element: etree._Element) -> bool:
    """A web component's element: HTML names every custom element with a hyphen."""
    return isinstance(element.tag, str) and "-" in element.tag


def _holds_prose(element: etree._Element) -> bool:
    """Whether a block inside ``element`` reads as an article's text."""
    return any(_is_prose_leaf(block) for block in element.iter(*_PROSE_HOLDERS))


_PROSE_HOLDERS = ("p", "div", "li", "blockquote", "td", "span", "section")  # text's blocks


def _is_prose_leaf(block: etree._Element) -> bool:
    """Whether ``block`` is a leaf block (no block inside it) whose text reads as prose."""
    return not _holds_blocks(block) and _reads_as_prose(_element_text(block))


def _calls_to_action(candidates: list[etree._Element], tree: etree._Element,
                     headline: etree._Element | None) -> set[str]:
    """Comparable forms of the texts of call-to-action boxes: a short label (no sentence),
    a pitch, and a button or link of at most ``MAX_CTA_BUTTON_WORDS`` words closing the box
    («صحافة مستقلة تحتاج إلى دعمك» … «ساهم الآن»), ``MAX_CTA_WORDS`` in all, when the page
    holds prose outside the box (a one-paragraph brief set so stays)."""
    protected = _headline_and_ancestors(headline)
    keys: set[str] = set()
    prose: list[etree._Element] | None = None  # the page's prose blocks, found when needed
    for box in candidates:
        if box in protected:
            continue
        children = _cta_parts(box)
        # a question as the box's own text, its one link after it, nothing else («فاتك بعض
        # التغريدات؟ اعرض السلسلة الأصلية»): the question is the box's first part
        loose = _WHITESPACE_RUN.sub(" ", box.text or "").strip()
        if loose and len(children) == 1 and not (children[0].tail or "").strip():
            first, parts = loose, 2
        else:
            first, parts = (_element_text(children[0]) if children else ""), len(children)
        if parts < 2 or not _is_button(children[-1]) or _counter_buttons(children[-1]):
            continue
        question = first.rstrip()[-1:] in ("?", "؟")
        if (not first or word_count(first) > MAX_LABEL_WORDS or (
                ends_like_sentence(first) and not question
                and not _QUOTED_NAME_END.search(first.rstrip()))):
            continue  # a label, or a question put to the reader («هل وجدت هذا التقرير مفيداً؟»)
        asked = question and parts == 2  # a question and its button, no pitch
        if not asked and (len(children) < 3 or not any(
                _is_pitch(child) for child in children[1:-1])):
            continue  # a menu or a list of links: no pitch between label and button; a
            # question and its button alone («هل وجدت في الخبر خطأ؟» «أبلغنا») need none
        if word_count(_element_text(box)) > MAX_CTA_WORDS or box.find(".//h1") is not None:
            continue
        if prose is None and not asked:
            prose = _prose_blocks(tree)
        if not asked and not any(box is not block and box not in block.iterancestors()
                                 for block in prose or ()):
            continue  # no prose outside the box: its pitch is the article (a brief)
        keys |= {_words(_element_text(e)) for e in box.iter() if isinstance(e.tag, str)}
    keys.discard("")
    return keys


def _cta_parts(box: etree._Element) -> list[etree._Element]:
    """A call-to-action box's parts in order: its children, a child that wraps two blocks
    read as those two (a theme sets the label and the pitch in one «intro» box, the button
    after it; a wrapper of more blocks is a section of text); a link or a button is one
    part."""
    parts: list[etree._Element] = []
    for child in box:
        if not isinstance(child.tag, str) or child.tag in _CTA_SKIPPED:
            continue
        inner = [e for e in child if isinstance(e.tag, str) and e.tag not in _CTA_SKIPPED]
        if child.tag not in ("a", "button") and len(inner) == 2 and all(
                e.tag in _LEAD_TAGS for e in inner):
            parts.extend(inner)
        else:
            parts.append(child)
    return parts


def _masthead(above: list[etree._Element]) -> set[str]:
    """Comparable forms of the short labels and date lines set above the headline (a print
    view's or an old paper's masthead: «جريدة يومية سياسية مستقلة», «تاريخ الطباعة: …»),
    the last ``_MASTHEAD_SCAN`` leaf blocks before it; trafilatura keeps them when the
    whole page is one table or one container."""
    blocks = [text for element in above[-_MASTHEAD_SCAN:] for text in _break_pieces(element)]
    keys: set[str] = set()
    for text in blocks[-_MASTHEAD_SCAN:]:
        words = text.split()
        dated = _digit_heavy(words)
        if words and not ends_like_sentence(text) and (
                len(words) <= MAX_LABEL_WORDS or (dated and len(words) <= MAX_HEADING_WORDS)):
            keys.add(_words(text))
    keys.discard("")
    return keys


def _break_pieces(element: etree._Element) -> list[str]:
    """The texts of ``element`` between its <br>s (a masthead cell's lines)."""
    pieces: list[list[str]] = [[]]

    def visit(node: etree._Element) -> None:
        pieces[-1].append(node.text or "")
        for child in node:
            if child.tag == "br":
                pieces.append([])
            elif isinstance(child.tag, str):
                visit(child)
            pieces[-1].append(child.tail or "")

    visit(element)
    texts = (_WHITESPACE_RUN.sub(" ", "".join(piece)).strip() for piece in pieces)
    return [text for text in texts if text]


def _is_pitch(element: etree._Element) -> bool:
    """A block of text (a few words at least) that is not mostly link text."""
    if element.tag in ("a", "button", "li"):
        return False
    text = _element_text(element)
    return word_count(text) >= MIN_PITCH_WORDS and _linked_length(element) * 2 < len(text)


def _linked_length(element: etree._Element, *controls: str) -> int:
    """Characters of the element's link text (and of its ``controls``, buttons and the like):
    what tells a block of prose from a teaser, a menu or a bar of buttons."""
    return sum(len(_element_text(a)) for a in element.iter("a", *controls))


def _is_button(element: etree._Element) -> bool:
    """A link or a button alone (or alone in its block), a few words, no sentence; or a row
    of them (``_button_row``)."""
    if _button_row(element):
        return True
    inner = element
    while inner.tag not in ("a", "button") and len(inner) == 1 and not (inner.text or "").strip():
        inner = inner[0]
    if inner.tag not in ("a", "button"):
        return False
    text = _element_text(element)
    return bool(text) and word_count(text) <= MAX_CTA_BUTTON_WORDS and text == _element_text(inner)


def _counter_buttons(element: etree._Element) -> bool:
    """A row of buttons whose only words are counts («١» «٨» «٣٩» beside reply, repost and
    like icons): a post's action bar under the post's text, which is no pitch; a call to
    action's answers are words or faces, never numbers."""
    texts = [_element_text(child) for child in element if isinstance(child.tag, str)]
    return any(texts) and all(not text or _COUNT.fullmatch(text) for text in texts)


def _button_row(element: etree._Element) -> bool:
    """A block of two or more buttons and nothing else: the answers to the question above it
    («نعم» «لا», a satisfaction meter's faces, which may hold no word at all)."""
    buttons = [child for child in element if isinstance(child.tag, str)]
    return (len(buttons) >= 2 and not (element.text or "").strip()
            and all(child.tag == "button" and not (child.tail or "").strip()
                    and word_count(_element_text(child)) <= MAX_CTA_BUTTON_WORDS
                    for child in buttons))


def _prose_blocks(tree: etree._Element) -> list[etree._Element]:
    """The page's leaf blocks that read as prose: sentences, or a block long enough to be
    text however it ends (a one-paragraph story whose source sets no final stop)."""
    body = tree.find("body")
    return [] if body is None else _prose_blocks_in(body, long_runs=True)


def _prose_blocks_in(root: etree._Element, *, long_runs: bool = False) -> list[etree._Element]:
    """The leaf blocks under ``root`` that read as sentences of prose; with ``long_runs``
    also those long enough to be text however they end (``_reads_as_prose``)."""
    found: list[etree._Element] = []
    for block in root.iter("p", "div", "td", "span"):
        if _holds_blocks(block):
            continue
        text = _element_text(block)
        if (_reads_as_prose(text) if long_runs else
                word_count(text) >= MIN_SENTENCE_PROSE_WORDS and ends_like_sentence(text)):
            found.append(block)
    return found


def _link_card_keys(body: etree._Element) -> set[str]:
    """Comparable forms of the blocks of trafilatura's output that are all link text and no
    sentence: a related-story card, a teaser, a channel pitch, a button («ساهم الآن»), also
    with a count, date or duration beside the link («… 38 دقيقة», «كل الحلقات (47)»)."""
    keys: set[str] = set()
    for block in body.iter("p", "item", "cell", "quote"):
        links = [_element_text(ref) for ref in block.iter("ref")]
        if not links:
            continue
        text = _element_text(block)
        if _mostly_links(text, links) and not _card_ends_sentence(text, links):
            keys.add(_words(text))
    for row in body.iter("row"):
        cells = [_element_text(cell) for cell in row.iter("cell")]
        if any(_is_download(cell) for cell in row.iter("cell")) and all(
                word_count(text) <= MAX_META_WORDS for text in cells):
            keys |= {_words(text) for text in cells}  # a file's size, uploader and date
    return keys


def _block_link_cards(tree: etree._Element, headline: etree._Element | None) -> set[str]:
    """Comparable forms of the texts in each link that wraps blocks (a card: an embedded
    link's preview with its title, source and excerpt, a teaser box), outside the headline,
    when it holds no prose. One link around a heading and a paragraph points a reader to
    another page as a whole; trafilatura flattens it, and its excerpt, no link text once
    apart from its title, reads as the article's line."""
    protected = _headline_and_ancestors(headline)
    keys: set[str] = set()
    for link in tree.iter("a"):
        if (link.get("href") and link not in protected and _holds_blocks(link, breaks=False)
                and not _holds_prose(link)):
            keys |= _block_keys(link)
    return keys


def _is_download(cell: etree._Element) -> bool:
    """A table cell that is one link whose text is a file's name: a row of an attachments
    table (a wiki's, a portal's downloads), whose other short cells describe that file."""
    links = [_element_text(ref) for ref in cell.iter("ref")]
    return len(links) == 1 and links[0] == _element_text(cell) and bool(
        _FILE_NAME.search(links[0]))


def _card_ends_sentence(text: str, links: list[str]) -> bool:
    """Whether a card's text ends a sentence once a closing note in brackets of at most
    ``MAX_META_WORDS`` words (a count, a price) and a chevron closing its last link, a link
    no « opened (a pager's «الخبر التالي »»), are set aside: they close no sentence. Nor
    does a full stop after nothing but a name's link of at most ``MAX_META_WORDS`` words, no
    word outside it (a syndicator's credit «مقدّم من <a>MSN</a>.», whose words before the link
    trafilatura drops with the «©» that opens them, leaves «MSN.»): a sentence holds more
    than a name. A linked line of more words closed so is a sentence, and stays one."""
    text = _without_meta_tail(text)
    rest = text
    for link in links:
        rest = rest.replace(link, "", 1)
    if not _words(rest) and word_count(" ".join(links)) <= MAX_META_WORDS:
        return False
    last = links[-1].strip() if links else ""
    if last and "«" not in last and text.rstrip().endswith(last):
        text = _CHEVRON_TAIL.sub("", text)
    return ends_like_sentence(text)


def _without_meta_tail(text: str) -> str:
    """``text`` less a closing note in brackets of at most ``MAX_META_WORDS`` words."""
    tail = _BRACKETED_TAIL.search(text)
    if tail is not None and word_count(tail.group()) <= MAX_META_WORDS:
        return text[: tail.start()]
    return text


def _mostly_links(text: str, links: list[str]) -> bool:
    """A headline's length of text that is its ``links``' text, or link text and at most
    ``MAX_META_WORDS`` words beside it, all but one with a digit (a count, a date, a
    duration: «الحلقة 46: … 38 دقيقة», «كل الحلقات (47)»): a card, a teaser, a list's link;
    or a link whose text is a file's name, at most ``MAX_META_WORDS`` words beside it
    («المرفقات برنامج الفعالية.pdf»): an attachment; or a strip of two links or more under a
    label of at most ``MAX_META_WORDS`` words closed by a colon, nothing but separators between
    the links («خدمات إلكترونية: طلب نقل ◂ معادلة شهادة ◂ الاستعلام عن النتائج»): a box of
    links, however its label is worded; or one link of a headline's length under such a
    label («↙ اقرأ في اليوميات: حقائب الشتاء وصلت إلى ٤٠٠ أسرة»): another story's promo,
    however its label is worded (a source's one-word link «المصدر: رويترز» stays); or a
    link and, after a dash, at most ``MAX_META_WORDS`` words naming its source (a reading
    list's «… — مدونة تقنية»). A
    closing note in brackets (a file's size «(245 ك.ب)», a count) is set aside first: it is
    no headline.
    A counter's label beside links («عدد القراءات: 1843 | نسخة للطباعة») is no such text.
    A text with no word outside its links is all link text whatever its punctuation weighs
    («MSN.»: the stop is a quarter of so short a text's characters)."""
    if not text or word_count(text) > MAX_CARD_WORDS:
        return False
    text = _without_meta_tail(text)
    linked = sum(map(len, links))
    if linked >= MIN_CARD_LINK_SHARE * len(text):
        return True
    rest = text
    for link in links:
        rest = rest.replace(link, " ", 1)
    if not _TOKEN.search(rest):
        return True  # no word but its links' («MSN.»): a short text's stop weighs no share
    label, colon, after = rest.partition(":")
    if ((len(links) >= 2 or any(word_count(link) >= MIN_PROMO_LINK_WORDS for link in links))
            and colon and text.startswith(label)
            and 0 < len(_TOKEN.findall(label)) <= MAX_META_WORDS and not _TOKEN.search(after)):
        return True
    meta = _TOKEN.findall(rest)
    if len(meta) <= MAX_META_WORDS and any(map(_FILE_NAME.search, links)):
        return True  # a download: a file's name as its link, a label or a size beside it
    if 2 * linked >= len(text) and _counter_run(rest):
        return True  # a topic card's stats beside its link («١٢ منشورا · ٣٫٤ ألف مشاهدة»)
    if 2 * linked < len(text) or len(meta) > MAX_META_WORDS:
        return False
    if text.rstrip().endswith(rest.strip()) and rest.strip()[:1] in _SOURCE_DASHES:
        return True  # a reading list's link and its source after a dash («… — مدونة تقنية»)
    numbers = sum(1 for word in meta if _HAS_DIGIT.search(word))
    return 0 < numbers >= len(meta) - 1


def _counter_run(text: str) -> bool:
    """Whether ``text`` is two counters or more set apart by a dot, bullet or bar, each at
    most ``MAX_META_WORDS`` words (a number with its marks one word) holding a number
    («١٢ منشورا · ٣٫٤ ألف مشاهدة»): a forum's or a video list's stats under a card, whatever
    the counted things are called. Each counter alone is a card's count; the run of them is
    longer than one count's words."""
    parts = [_NUMBER.sub("0", part) for part in _COUNTER_SEPARATOR.split(text)]
    parts = [part for part in parts if _TOKEN.search(part)]
    return len(parts) >= 2 and all(
        len(_TOKEN.findall(part)) <= MAX_META_WORDS and _HAS_DIGIT.search(part)
        for part in parts)


def _link_lists(tree: etree._Element) -> tuple[set[str], set[str]]:
    """Comparable forms of the labels of link lists, and of the headings their cards hold.
    A link list is a list of at least two items that are each a link card; its label is the
    short text (no sentence) that opens the box holding only it, the list and, after the
    list, links alone («محطات المقطع» over a video's chapters, «مراجع التحقق» over sources,
    «مقالات أخرى من …» over other articles and a «عرض الكل» link). trafilatura drops such a
    list for its links and keeps the label, which then heads the next paragraph. A card's
    headline set in a heading inside its link («<a><h3>…</h3></a>») trafilatura cuts from
    the link and keeps as a heading of the text; each card's text, and the blocks inside
    its links, are card texts (a card trafilatura kept without its link is one too). A
    list of links within the page (a table of contents) repeats the article's own
    subheadings: its items are no cards. One item of a navigation list may be unlinked:
    the page the reader is on (a series' «الجزء الحالي», a breadcrumb's last step), a short
    label among at least two links."""
    labels: set[str] = set()
    cards: set[str] = set()
    for listing in tree.iter("ul", "ol"):
        items = [item for item in listing if item.tag == "li"]
        unlinked = [item for item in items if not _is_link_item(item)]
        if len(items) - len(unlinked) < 2 or len(unlinked) > 1 or (unlinked and (
                unlinked[0].find(".//a") is not None
                or not _short_label(_element_text(unlinked[0])))):
            continue
        if not any((a.get("href") or "#").startswith("#") for a in listing.iter("a")):
            cards |= {_words(_element_text(block)) for item in items for block in (
                item, *(b for a in item.iter("a") for b in a.iter(*_LEAD_TAGS)))}
        parent = listing.getparent()
        if parent is None:
            continue
        others = [child for child in parent if isinstance(child.tag, str)
                  and child is not listing and child.tag not in _CTA_SKIPPED]
        after = [child for child in others if parent.index(child) > parent.index(listing)]
        if len(others) - len(after) != 1 or not all(map(_is_button, after)):
            continue
        text = _element_text(others[0])
        if _short_label(text):
            labels.add(_words(text))
    cards.discard("")
    return labels, cards


def _is_link_item(item: etree._Element) -> bool:
    """A list item that is a link card: its text (a headline, no sentence) mostly links."""
    return _mostly_links(_element_text(item), [_element_text(a) for a in item.iter("a")])


def _without_link_cards(article: Article, lines: list[Line], cards: set[str],
                        labels: set[str]) -> list[Line]:
    """``lines`` less those that are a link card's whole text (kept as related links) or a
    link list's label, when a line of prose remains; a byline or dateline stays for the
    clean stage."""
    if not cards and not labels:
        return lines
    keys = [_words(line.text) for line in lines]
    dropped = [(key in cards or (key in labels and not _reads_as_prose(line.text)))
               and parse_byline(line.text) is None and parse_dateline(line.text) is None
               for key, line in zip(keys, lines, strict=True)]
    kept = [line for line, drop in zip(lines, dropped, strict=True) if not drop]
    if len(kept) == len(lines) or not any(
            word_count(line.text) >= MIN_SENTENCE_PROSE_WORDS for line in kept):
        return lines
    for key, line, drop in zip(keys, lines, dropped, strict=True):
        if drop and key in cards:
            article.removed.append(RemovedLine(line.text, "related_article"))
            article.links.append(Link(line.text, "related", line.url))
        elif drop:
            article.removed.append(RemovedLine(line.text, "related_header"))
    return kept


@dataclass(slots=True)
class _BoxLabel:
    """A box's first element holding a short label: the text of the rest of the box (``raw``;
    its comparable form without spaces is made when a kept line is the label, ``rest``), and
    whether the label is a heading, the box's only one, that the page does not mark as the
    article's lead (``sole_heading``)."""

    raw: str
    sole_heading: bool
    comparable: str | None = None
    beside: bool = False  # a heading set just before the box, not in it: a body label only

    @property
    def rest(self) -> str:
        if self.comparable is None:
            self.comparable = _words(self.raw).replace(" ", "")
        return self.comparable


def _box_labels(tree: etree._Element) -> dict[str, list[_BoxLabel]]:
    """The labels that open boxes, by comparable form: a box's first element (a heading, a
    list's first item, a leaf block or an inline element) holding a short label, the box
    holding more text after it, or only pictures (a grid of other posts' thumbnails under
    «مزيد من المنشورات من …»: a label over no words labels nothing a reader reads, so it
    goes as one whose box's text all went). A subheading set just before a box holding words
    and no heading, with nothing worded between them (a news database's «Body» before the
    story's box), is that box's label too, read as the box's sole heading only (``beside``:
    never taken for a box whose text all went, a subheading over a section the extractor
    dropped being no furniture's label by that alone). Read before extraction:
    ``_without_box_labels`` compares the rest with what was kept."""
    labels: dict[str, list[_BoxLabel]] = {}
    body = tree.find("body")
    for box in body.iter(*_LABELLED_BOXES) if body is not None else ():
        first = next((child for child in box
                      if isinstance(child.tag, str) and child.tag not in _CTA_SKIPPED), None)
        heading = _wrapped_heading(first)
        if (first is None or first.tag == "a" or first.find("a") is not None
                or (heading is None and any(child.tag in _BLOCK_CHILDREN for child in first))):
            continue  # a menu's or a list's first link is one of its items, no label
        heading = first if heading is None else heading
        text = _element_text(first)
        if not _box_label(text) or not (key := _words(text)):
            continue
        pieces = [first.tail or ""]
        for sibling in first.itersiblings():
            if isinstance(sibling.tag, str) and sibling.tag not in ("script", "style"):
                pieces.append("".join(sibling.itertext()))
            pieces.append(sibling.tail or "")
        raw = " ".join(pieces)
        if _TOKEN.search(raw):
            marks = f"{heading.get('class', '')} {heading.get('id', '')}"
            sole = (heading.tag in _SUBHEADINGS and not _LEAD_MARK.search(marks)
                    and sum(1 for _ in box.iter("h1", *_SUBHEADINGS)) == 1)
            labels.setdefault(key, []).append(_BoxLabel(raw, sole))
        elif any(True for sibling in first.itersiblings() if isinstance(sibling.tag, str)
                 for _ in sibling.iter("img", "picture", "video")):
            labels.setdefault(key, []).append(_BoxLabel("", False))  # over pictures only
    for heading in body.iter(*_SUBHEADINGS) if body is not None else ():
        box = heading.getnext()
        text = _element_text(heading)
        if (box is None or box.tag not in _LABELLED_BOXES or _TOKEN.search(heading.tail or "")
                or next(box.iter("h1", *_SUBHEADINGS), None) is not None
                or _LEAD_MARK.search(f"{heading.get('class', '')} {heading.get('id', '')}")
                or not _box_label(text) or not (key := _words(text))):
            continue
        raw = "".join(box.itertext())
        if _TOKEN.search(raw):
            labels.setdefault(key, []).append(_BoxLabel(raw, True, beside=True))
    return labels


def _wrapped_heading(element: etree._Element | None) -> etree._Element | None:
    """The one subheading that ``element`` wraps with nothing worded beside it (an icon and a
    heading set in a row of their own: «<div class="flex"><svg/><h2>المصادر</h2></div>»), or
    None. Such a row is the label of the box it opens, as a bare heading would be: the box's
    other children are what it labels."""
    if element is None or element.tag not in _LABEL_TAGS or _TOKEN.search(element.text or ""):
        return None
    worded = [child for child in element if isinstance(child.tag, str)
              and (_TOKEN.search(_element_text(child)) or _TOKEN.search(child.tail or ""))]
    if len(worded) != 1 or worded[0].tag not in _SUBHEADINGS or _TOKEN.search(
            worded[0].tail or ""):
        return None
    return worded[0]


def _without_box_labels(article: Article, lines: list[Line],
                        labels: dict[str, list[_BoxLabel]]) -> list[Line]:
    """``lines`` less the labels of boxes that label nothing kept: a box's label whose box's
    other lines are all gone (trafilatura dropped a chapters list or a pitch and kept its
    heading; the items of «استمع عبر:» went as link cards; its counters «7 إعجابات · 2 إعادة
    نشر» are lines a debris rule names, which the clean stage removes) goes as
    ``page_furniture``; the only heading of a box that holds all the text's prose, a few
    words set before it («عن الحلقة», «نص الخبر»), labels the body's container, not a part of
    the text (a subheading divides text; an article whose sections are boxes keeps their
    headings), and goes as ``page_header``; so does a heading set just before such a box, not
    in it (a news database's «Body» over the box of the story, ``_BoxLabel.beside``), which
    labels nothing else. A run of record's fields after the text (``_field_runs``: its
    «Subject: …» line of index terms reads as prose by its length) is no prose the box must
    hold. Only when a line of prose remains; never the title, a byline, a dateline or
    prose."""
    prose = [_reads_as_prose(line.text) for line in lines]  # read once, not per label
    if not labels or not any(prose):
        return lines
    first_prose = prose.index(True)
    keys = [_words(line.text) if _box_label(line.text) else "" for line in lines]
    if not any(key in labels for key in keys):
        return lines
    runs = [(key or _words(line.text)).replace(" ", "")
            for key, line in zip(keys, lines, strict=True)]
    title = _words(article.hints.get("title") or "")
    rules = load_boilerplate().line_rules
    debris = {i for i, line in enumerate(lines) if match_line(line.text, rules) is not None}
    # the text ends where a references header after the label opens, or a related-stories
    # marker with no text after it (the page's tail): what follows is the clean stage's to
    # remove, no prose the body's container must hold. A marker with text after it is an
    # insert between the text's paragraphs («اقرأ أيضا» mid-text): the text goes on. Text is
    # what ends the clean stage's related list: prose closing as a sentence or longer than
    # a related headline (a teaser of twenty-odd words with no full stop is the list's)
    ends = [len(lines)] * len(lines)  # for each line, the first such header after it
    text_after = False  # whether a line of the text follows line i + 1
    for i in range(len(lines) - 2, -1, -1):
        following = lines[i + 1].text
        opens = furniture_blocks().opened_by(following) or (
            not text_after and is_trailer_marker(following))
        ends[i] = i + 1 if opens else ends[i + 1]
        text_after = text_after or (prose[i + 1] and (
            ends_like_sentence(following) or word_count(following) > MAX_RELATED_TITLE_WORDS))
    fields = _field_runs(lines)  # a record's fields after the text: no prose a box holds
    gone: dict[int, str] = {}
    for i, line in enumerate(lines):
        key = keys[i]
        if (key not in labels or key == title or i in debris
                or parse_byline(line.text) is not None or parse_dateline(line.text) is not None):
            continue  # a line a debris rule names is the clean stage's, with its reason
        kept = [run for j, run in enumerate(runs)
                if run and j != i and j not in gone and j not in debris]
        boxes = [box for box in labels[key] if not box.beside]
        if boxes and all(not any(run in box.rest for run in kept) for box in boxes):
            gone[i] = "page_furniture"
            continue
        if line.kind != "heading" or i > first_prose or (
                word_count(line.text) > MAX_SECTION_LABEL_WORDS):
            continue  # the body's label comes before all its prose
        held = [runs[j] for j in range(i + 1, ends[i]) if prose[j] and j not in fields]
        if held and any(box.sole_heading and all(run in box.rest for run in held)
                        for box in labels[key]):
            gone[i] = "page_header"  # the box holds all the text: it is the body's label
    for i, reason in gone.items():
        article.removed.append(RemovedLine(lines[i].text, reason))
    return [line for i, line in enumerate(lines) if i not in gone]


def _captions(tree: etree._Element) -> set[str]:
    """Comparable forms of captions and credits: the texts of each box that its tag, class or
    id marks as one (a figure, a «caption», «credits» or «crew» box: «Photo by … on
    Unsplash», an episode's production credits «إعداد: … · إخراج: …») holding no prose and
    no table, and, in no such markup, the block right after an image's box (its highest
    ancestor holding no text) when it is a short label set all in italics or small type
    («الصورة بإذن من بلدية المدينة» under a page builder's image module; a subheading is set
    in bold, a paragraph is longer)."""
    found: set[str] = set()
    body = tree.find("body")
    if body is None:
        return found
    for image in body.iter("img"):
        found |= _credit_under(image)
    for block in body.iter(*_LEAD_TAGS):
        found |= _credit_lines(block)
    for element in body.xpath(_CAPTION_CANDIDATES):
        if (_caption_marked(element) and element.find(".//h1") is None
                and element.find(".//table") is None  # a data table set in a <figure>: its text
                and word_count(_element_text(element)) <= MAX_FURNITURE_WORDS
                and not _holds_prose(element)):
            found |= {_words(_element_text(e)) for e in element.iter(etree.Element)
                      if e is element or e.tag not in _INLINE_HTML}
    found.discard("")
    return found


def _credit_lines(block: etree._Element) -> set[str]:
    """Comparable forms of the lines of an unmarked credits box: a block whose lines between
    <br>s, two or more, are each a role and a name («بحث ميداني: …», «تحرير: …», «تصميم
    وبرمجة: …»), one of them a byline the clean stage reads. Roles are many and worded any
    way; the byline among them says what the box is. The byline itself is left to the clean
    stage, which takes the author from it."""
    if block.find("br") is None:
        return set()
    pieces = _break_pieces(block)
    if len(pieces) < 2 or not all(_ROLE_LINE.match(piece) and _short_label(piece)
                                  for piece in pieces):
        return set()
    bylines = [parse_byline(piece) is not None for piece in pieces]
    if not any(bylines):
        return set()
    return {_words(piece) for piece, byline in zip(pieces, bylines, strict=True) if not byline}


def _credit_under(image: etree._Element) -> set[str]:
    """The comparable form of a short italic label right after ``image``'s box, if any."""
    box = image
    while (parent := box.getparent()) is not None and parent.tag not in (
            "body", "html", "article", "main") and not any(map(str.strip, parent.itertext())):
        box = parent
    following = box.getnext()
    while following is not None and (not isinstance(following.tag, str)
                                     or following.tag == "br"):  # an old cell's <img><br>
        following = following.getnext()
    if following is None or following.tag in {"a", "img"}:
        return set()
    small = following.tag in _CAPTION_STYLES or _inline_small(following)
    if small and not _closes_parent(following):
        return set()
    text = _element_text(following)
    unstyled = "" if small else "".join(_text_outside(following, _CAPTION_STYLES))
    return {_words(text)} if _short_label(text) and not _TOKEN.search(unstyled) else set()


def _inline_small(element: etree._Element) -> bool:
    """An inline run whose own ``style`` sets it at most ``MAX_SMALL_TYPE`` of a browser's
    default type (16px), or a block holding only such a run (the paragraph that a run between
    <br>s is wrapped in): an old portal's «<span style="font-size:8pt">عدسة: …</span>» under
    an image, small type as a ``<font size="1">`` is, on a page that gives its text no size."""
    children = [child for child in element if isinstance(child.tag, str)]
    if (len(children) == 1 and not (element.text or "").strip()
            and not (children[0].tail or "").strip()):
        return _inline_small(children[0])
    match = _INLINE_FONT_SIZE.search(element.get("style") or "")
    return element.tag in _INLINE_HTML and match is not None and (
        float(match[1]) * _PX_PER_UNIT[match[2]] <= MAX_SMALL_TYPE * _DEFAULT_TYPE_PX)


def _closes_parent(element: etree._Element) -> bool:
    """Whether nothing but breaks and blanks follows ``element`` in its parent: a run of
    small type set so under an image (a cell's «<img><br><font size=1>…</font>») is the
    image's line, where one opening a paragraph is the paragraph's."""
    if (element.tail or "").strip():
        return False
    for sibling in element.itersiblings():
        if (isinstance(sibling.tag, str) and sibling.tag != "br") or (sibling.tail or "").strip():
            return False
    return True


def _small_fonts(tree: etree._Element) -> None:
    """Retag legacy small type («<font size="1">», sizes 1–2 and −1 or less) as <small>:
    what the page sets small (a photo credit, a note) is read as small type, as in markup
    that says <small>. trafilatura strips both tags alike."""
    for font in tree.iter("font"):
        if _SMALL_FONT.match((font.get("size") or "").strip()):
            font.tag = "small"
    _small_classes(tree)


def _small_classes(tree: etree._Element) -> None:
    """Retag as <small> the spans whose class the page's own style sheet sets in type at most
    ``MAX_SMALL_TYPE`` of the text's size (the size most of the page's characters are set
    in): a published Google Doc sets a photo's source line, a header line and a page number
    so («.c8{font-size:9pt}» beside the text's «.c1{font-size:13pt}»), and says it nowhere
    else. Spans whose class gives no size stay as they are."""
    sizes = _type_sizes(tree)
    if not sizes:
        return
    rule_order = {name: index for index, name in enumerate(sizes)}
    body = tree.find("body")
    sized = [(element, size) for element in (body.iter() if body is not None else ())
             if isinstance(element.tag, str)
             and (size := _line_size(element, sizes, rule_order)) is not None]
    characters: dict[float, int] = {}
    for element, size in sized:
        own = len((element.text or "").strip()) + sum(len((c.tail or "").strip()) for c in element)
        characters[size] = characters.get(size, 0) + own
    text_size = max(characters, key=characters.__getitem__, default=None)
    if not text_size or not characters[text_size]:
        return
    for element, size in sized:
        if element.tag == "span" and size <= MAX_SMALL_TYPE * text_size:
            element.tag = "small"


def _fine_print(tree: etree._Element) -> set[str]:
    """Comparable forms of the blocks set in fine print by inline styles alone: where the
    text's type size (the size most of the body's characters are set in) is itself given
    in ``style`` attributes, as office exports set every run (Word's «font-size:14.0pt»,
    OneNote's «font-size:11.0pt» on the body), a block whose every word is set at most
    ``MAX_FINE_PRINT`` of it is the document's small print: an organisation's «about» note,
    a «مُلصق من <…>» source line, a tag legend, the exporter's «تم إنشاؤه باستخدام …». These
    pages have no class or box to say so; their size is the only mark. A page that sets
    most of its text in no inline size gives none (its inline sizes style a widget). A
    statement's small «عمّان في …» dateline is its header's, not fine print."""
    body = tree.find("body")
    if body is None or not any(_INLINE_FONT_SIZE.search(str(style))
                               for style in body.xpath(".//@style")):
        return set()  # no inline size: the text's size is none, nothing is fine print
    # the blocks that hold another block, in one walk up from each block (no leaf, no note)
    holders: set[etree._Element] = set()
    for block in body.iter("p", "div", "li"):
        for ancestor in block.iterancestors():
            if ancestor in holders:
                break
            holders.add(ancestor)
    characters: dict[float | None, int] = {}
    blocks: list[tuple[etree._Element, set[float | None]]] = []
    stack: list[tuple[etree._Element, float | None, list[set[float | None]]]] = [
        (body, None, [])]
    while stack:
        element, inherited, open_blocks = stack.pop()
        if not isinstance(element.tag, str) or element.tag in ("script", "style"):
            continue
        match = _INLINE_FONT_SIZE.search(element.get("style") or "")
        size = float(match[1]) * _PX_PER_UNIT[match[2]] if match else inherited
        if element.tag in ("p", "div", "li") and element not in holders:
            own: set[float | None] = set()
            blocks.append((element, own))
            open_blocks = [*open_blocks, own]
        if _TOKEN.search(element.text or ""):
            characters[size] = characters.get(size, 0) + len(element.text.strip())
            for sizes in open_blocks:
                sizes.add(size)
        for child in element:
            if isinstance(child.tag, str) and _TOKEN.search(child.tail or ""):
                characters[size] = characters.get(size, 0) + len((child.tail or "").strip())
                for sizes in open_blocks:
                    sizes.add(size)
        stack.extend((child, size, open_blocks) for child in reversed(element))
    text_size = max(characters, key=characters.__getitem__, default=None)
    if text_size is None:
        return set()
    # a dateline or a byline set small stays for the clean stage, which reads it
    found = {_words(text) for block, sizes in blocks
             if sizes and all(size is not None and size <= MAX_FINE_PRINT * text_size
                              for size in sizes)
             and parse_byline(text := _element_text(block)) is None
             and parse_dateline(text) is None}
    found.discard("")
    return found


def _without_set_apart(article: Article, lines: list[Line], marked: set[str], reason: str, *,
                       prose_kept: bool, after_body: bool, headings: bool = False) -> list[Line]:
    """``lines`` less those whose comparable form is in ``marked`` (texts the page's markup set
    apart: captions, closing notes), each removed with ``reason``. ``prose_kept`` spares a line
    that reads as prose (a caption box may hold a sentence of the story); ``after_body`` spares
    one before any kept line (a note closes an article, it never opens one); with
    ``headings`` a heading goes too (a set-apart box's own subheading). A line a debris rule
    names is left to the clean stage, which gives its reason."""
    if not marked:
        return lines
    rules = load_boilerplate().line_rules
    kept: list[Line] = []
    for line in lines:
        if ((line.kind == "body" or (headings and line.kind == "heading"))
                and _words(line.text) in marked
                and (kept or not after_body)
                and not (prose_kept and _reads_as_prose(line.text))
                and match_line(line.text, rules) is None):
            article.removed.append(RemovedLine(line.text, reason))
        else:
            kept.append(line)
    return kept


def _without_running(article: Article, lines: list[Line], running: set[str]) -> list[Line]:
    """``lines`` less the page's running heads, feet and folios (``running``: each number as
    «#», a page's number changing from page to page)."""
    if not running:
        return lines
    kept: list[Line] = []
    for line in lines:
        if line.kind == "body" and _DIGITS.sub("#", _words(line.text)).strip() in running:
            article.removed.append(RemovedLine(line.text, "running_head"))
        else:
            kept.append(line)
    return kept


def _end_notes(tree: etree._Element) -> set[str]:
    """Comparable forms of the notes that close an article's container: its last block, a
    paragraph of at most ``MAX_CTA_WORDS`` words set all in italics or small type, when the
    container holds three blocks or more and one holds a paragraph of prose set plainly (a
    funding disclosure, the writer's one-line bio, a «first appeared in…» note, a shop
    blog's «الصورة أعلاه بإذن من…»): the paragraph itself, or inside a block (a store's
    rich text wraps its paragraphs in <div>s). A page sets its article in one type; a note
    the site appends to every article it sets apart."""
    found: set[str] = set()
    body = tree.find("body")
    for container in body.iter("div", "section", "article", "main") if body is not None else ():
        if len(container) < 3:
            continue
        # the last child holding a word: checked first, the container's other text only then
        last = _last_worded(container)
        while last is not None and last.tag == "div" and (  # a note's own wrapper box
                inner := _last_worded(last)) is not None and inner.tag in ("p", "div") and (
                _words(_element_text(inner)) == _words(_element_text(last))):
            last = inner
        if last is None or last.tag not in ("p", "div") or any(
                child.tag in _BLOCK_CHILDREN for child in last):
            continue
        text = _element_text(last)
        if (word_count(text) > MAX_CTA_WORDS or _TOKEN.search(
                "".join(_text_outside(last, _CAPTION_STYLES)))):
            continue
        blocks = [child for child in container if isinstance(child.tag, str)
                  and child.tag not in _CTA_SKIPPED and _TOKEN.search(_element_text(child))]
        if len(blocks) >= 3 and any(
                _reads_as_prose(_element_text(paragraph))
                and _TOKEN.search("".join(_text_outside(paragraph, _CAPTION_STYLES)))
                for block in blocks[:-1] for paragraph in block.iter("p")):
            found.add(_words(text))
    found.discard("")
    return found


def _last_worded(container: etree._Element) -> etree._Element | None:
    """The last child of ``container`` holding a word."""
    return next((child for child in reversed(container) if isinstance(child.tag, str)
                 and child.tag not in _CTA_SKIPPED and _TOKEN.search(_element_text(child))),
                None)


def _footnotes(tree: etree._Element) -> set[str]:
    """Comparable forms of the page's footnotes: a block of at most ``MAX_CTA_WORDS`` words
    that opens with a link back into the page (``href="#…"``) whose text is a note's number
    or a back-arrow («[1]», «(2)», «3.», «↑»): how word processors, Google Docs and wikis set
    a note apart from the text that calls it. A paragraph calling a note holds the link later.
    A PDF converted to HTML keeps no link, only the note's superscript number opening its
    block («¹ أُجريت المقابلات…»); a paragraph's superscript follows the word it annotates."""
    found: set[str] = set()
    body = tree.find("body")
    for block in body.iter("p", "li", "div") if body is not None else ():
        if _holds_blocks(block):
            continue
        first = next((node for node in block.iter() if node is not block and isinstance(
            node.tag, str) and _element_text(node)), None)
        text = _element_text(block)
        if word_count(text) > MAX_CTA_WORDS:
            continue
        if (first is not None and first.tag == "a" and _NOTE_MARK.match(_element_text(first))
                and (first.get("href") or "").startswith("#")
                and text.startswith(_element_text(first))) or _SUPERSCRIPT_NOTE.match(
                    text.lstrip("\u200c\u200d\u200e\u200f")):
            found.add(_words(text))
    for rule in body.iter("hr") if body is not None else ():
        found |= _notes_under_rule(rule)
    found.discard("")
    return found


def _notes_under_rule(rule: etree._Element) -> set[str]:
    """Comparable forms of the notes a rule (``<hr>``) sets apart at the end of the text's
    container: every block after it, at least one, a leaf of at most ``MAX_CTA_WORDS`` words
    opening with a note's number («(١) انظر محاضر…», «[2]», «3.»). A book reader or a print
    edition sets its footnotes (حواشي) under a short rule with no link back to the call, so
    the link test above misses them; an article's own numbered list follows a paragraph or
    a heading, not a rule that closes its container."""
    texts: list[str] = []
    for sibling in rule.itersiblings():
        if not isinstance(sibling.tag, str) or sibling.tag in _CTA_SKIPPED:
            continue
        for block in sibling.iter("p", "li", "div"):
            if _holds_blocks(block) or not _TOKEN.search(text := _element_text(block)):
                continue
            if word_count(text) > MAX_CTA_WORDS or not _NOTE_MARK.match(text.split()[0]):
                return set()  # a block that is no note: the rule closes no notes (and a page
                # of rules between posts is read once, not once per rule to its end)
            texts.append(text)
    return {_words(text) for text in texts}


def _closing_link_sections(tree: etree._Element) -> set[str]:
    """Comparable forms of the sections that close a page after its text's last sentence
    (the last leaf block of prose of at least ``MIN_SENTENCE_PROSE_WORDS`` words, however
    it ends: a paragraph may close on a quote or a headline it cites), each
    a subheading over the siblings that follow it up to the next heading: one that holds a
    row of links or buttons (``_link_row``; ``MIN_BAR_BUTTONS`` links at least, in one row
    or several) and otherwise only blocks shorter than such a sentence is the page's call
    to action or its apparatus, whatever box holds it or none
    (a one-page site's «كيف تساعدون؟» over its buttons and a note under them; a published
    entry's «التحقق» over one line and rows of a label and a link). A closing section with
    no link row (a story's last subheading over a short paragraph) stays, so does a pitch
    over one button (a marked box's call to action, ``_calls_to_action``), and so does any
    section a sentence of the text follows; a section the clean stage's furniture block
    opens («المصادر» over its list) is left to that stage, which drops it whole. One walk
    over the page for the order of its elements; each section's siblings are read up to
    its next heading."""
    body = tree.find("body")
    sentences = [] if body is None else [
        block for block in _prose_blocks_in(body, long_runs=True)
        if word_count(_element_text(block)) >= MIN_SENTENCE_PROSE_WORDS]
    if not sentences:
        return set()
    order = {element: index for index, element in enumerate(body.iter(etree.Element))}
    last = max(order[block] for block in sentences)
    keys: set[str] = set()
    blocks = furniture_blocks()
    for heading in body.iter(*_SUBHEADINGS):
        if order[heading] <= last or blocks.opened_by(_element_text(heading)):
            continue
        section: list[etree._Element] = []
        for sibling in heading.itersiblings(etree.Element):
            if sibling.tag in _TAB_HEADINGS:
                break
            section.append(sibling)
        rows = [block for block in section if _link_row(block)]
        links = sum(1 for row in rows for _ in row.iter("a", "button"))
        if links >= MIN_BAR_BUTTONS and all(block in rows or word_count(_element_text(block))
                        < MIN_SENTENCE_PROSE_WORDS for block in section):
            keys |= _block_keys(heading).union(*map(_block_keys, section))
    keys.discard("")
    return keys


def _link_row(block: etree._Element) -> bool:
    """A block of links or buttons and at most a short label's words beside them
    (``MAX_SECTION_LABEL_WORDS``), no sentence: a row of buttons, of icons, a label and its
    link. A short sentence citing a link («… وفق <a>البيان</a>.») is none."""
    return (_linked_length(block, "button") > 0
            and not ends_like_sentence(_element_text(block))
            and word_count(" ".join(_text_outside(block, {"a", "button"})))
            <= MAX_SECTION_LABEL_WORDS)


def _ruled_closing_notes(tree: etree._Element) -> set[str]:
    """Comparable forms of the note a rule (``<hr>``) sets apart at the close of a text: the
    one block holding words after the rule, to its container's end, a leaf of at most
    ``MAX_RULED_NOTE_WORDS`` words that is no closing statement of the text
    (``_closes_as_statement``), with a paragraph of prose among the rule's earlier siblings.
    A thematic break before one short block is how markdown, a book and a chat's answer set
    off what is not the text: a transcriber's note («ملاحظات الناسخ: …»), a reply's closing
    offer («هل تريد نسخة أقصر…؟»), a chapter's credits line. Two blocks or more after the
    rule are a section of the text (or ``_notes_under_rule``'s numbered notes), and a rule
    no prose comes before (a page's divider over its footer) closes no text. Each container
    of rules is read once, from its end (``_ruled_block``): a page of a thousand rules
    between posts is read in one pass, not once per rule to its end."""
    found: set[str] = set()
    body = tree.find("body")
    containers = dict.fromkeys(rule.getparent() for rule in body.iter("hr")) \
        if body is not None else {}
    for container in containers:
        ruled = _ruled_block(container)
        if ruled is None:
            continue
        rule, block = ruled
        leaves = [leaf for leaf in block.iter("p", "li", "div", "blockquote")
                  if not _holds_blocks(leaf)]
        text = _element_text(block)
        if len(leaves) > 1 or word_count(text) > MAX_RULED_NOTE_WORDS or (
                not leaves and _holds_blocks(block)) or _closes_as_statement(text):
            continue  # a table's rows, a figure, the text's own last sentence: no note
        if any(isinstance(sibling.tag, str) and _reads_as_prose(_element_text(sibling))
               for sibling in rule.itersiblings(preceding=True)):
            found.add(_words(text))
    found.discard("")
    return found


def _ruled_block(container: etree._Element) -> tuple[etree._Element, etree._Element] | None:
    """The last rule among ``container``'s children with one block holding words after it,
    to the container's end, and that block; None when no rule has exactly one. Read from
    the end and stopped at the rule: every rule between the last two blocks has the same
    one block after it, and the last of them the most prose before it."""
    block: etree._Element | None = None
    for child in reversed(container):
        if not isinstance(child.tag, str):
            continue
        if child.tag == "hr":
            if block is not None:
                return child, block
        elif child.tag not in _CTA_SKIPPED and _TOKEN.search(_element_text(child)):
            if block is not None:
                return None  # two blocks after every rule before here: a section
            block = child
    return None


def _closes_as_statement(text: str) -> bool:
    """Whether a block reads as a text's own closing sentence: a statement of some length
    (at least ``MIN_CLOSING_STATEMENT_WORDS`` words) ending on a full stop, an exclamation
    or an ellipsis, with no label before a colon at its start. An article may set its last
    sentence apart with a rule («وتبقى الأسئلة مفتوحة حول مستقبل المدينة…»); the notes a
    rule sets off are a labelled line («ملاحظات الناسخ: …», «المراسل: …»), a credits line
    with no closing stop, or a question put to the reader (a chat's closing offer)."""
    closing = _CLOSING_MARKS.sub("", text.rstrip())
    return (closing[-1:] in _STATEMENT_ENDS and word_count(text) >= MIN_CLOSING_STATEMENT_WORDS
            and ":" not in " ".join(text.split()[:MAX_LABEL_WORDS]))


def _drop_addresses(tree: etree._Element) -> list[str]:
    """Remove each <address> (HTML's contact details of the article's author: a name, a
    title, a profile link; never body text) that is not a byline the clean stage reads
    («بقلم: فلان»); return the names its links give (an Instant Article's author)."""
    names: list[str] = []
    for address in list(tree.iter("address")):
        if parse_byline(_element_text(address)) is not None:
            continue
        names += [name for name in map(_element_text, address.iter("a"))
                  if 0 < word_count(name) <= MAX_LABEL_WORDS]
        _remove_keeping_tail(address)
    return names


def _drop_citation_chips(tree: etree._Element) -> None:
    """Remove the source chips an answer engine sets inline after a sentence: an inline
    element that its class word calls a citation («citation», whole), a label of at most
    ``MAX_CITATION_WORDS`` words holding a link, that closes its sentence: the text just
    before it ends like a sentence («… في مخيمات النزوح. <span class="citation"><a>
    aljazeera+1</a></span>», the next sentence may follow), or neither a word nor a mark
    (``_GOES_ON``) follows it in its block (a subheading's «تحليق بسماء العراق
    <…>aljazeera+1</…>» has no full stop). It points at a source, no word of the sentence.
    A chip inside a sentence is the sentence's («في كتابه <cite class="citation">الأيام</cite>
    إن…», a paper's name, a quotation in a
    ``<q>``), and so is one a mark follows, the object closing its sentence («… عدد الضحايا
    بحسب <chip>.»), and one without a link; a references section's entries (a sentence or
    more each) are no chips. Only the chip's neighbouring text is read before it, and what
    follows is read once per parent (``_sentence_goes_on``), never per chip: a block of many
    chips costs one pass. In document order, so a chip after one that went reads the
    sentence before both."""
    body = tree.find("body")
    followed: dict[etree._Element, dict[etree._Element, bool]] = {}  # per parent, per child
    for element in list(body.iter(*_INLINE_HTML)) if body is not None else ():
        if not _citation_classed(element):
            continue
        block = next((a for a in element.iterancestors() if a.tag not in _INLINE_HTML), None)
        if (block is None or (element.tag != "a" and element.find(".//a") is None)
                or word_count(_element_text(element)) > MAX_CITATION_WORDS):
            continue
        before = _neighbour_before(element, block)
        if _TOKEN.search(before) and (ends_like_sentence(before)
                                      or not _sentence_goes_on(element, block, followed)):
            _remove_keeping_tail(element)


def _citation_classed(element: etree._Element) -> bool:
    return "citation" in (element.get("class") or "").lower().split()


def _neighbour_before(element: etree._Element, block: etree._Element) -> str:
    """The nearest non-blank text before ``element`` inside ``block``: the tail of the
    sibling before it (or that sibling's own text), or the text opening its parent, climbing
    inline parents only, so what is read is a neighbour, never the block's whole text."""
    while element is not block:
        previous = element.getprevious()
        if previous is not None:
            text = previous.tail or ""
            if not text.strip():
                text = _element_text(previous)
        else:
            parent = element.getparent()
            text = "" if parent is None else parent.text or ""
        if text.strip():
            return text
        if previous is not None:
            element = previous
            continue
        parent = element.getparent()
        if parent is None:
            break
        element = parent
    return ""


def _sentence_goes_on(element: etree._Element, block: etree._Element,
                      followed: dict[etree._Element, dict[etree._Element, bool]]) -> bool:
    """Whether a word or a mark (``_GOES_ON``) follows ``element`` inside ``block``: in its
    tail, its next siblings (citation chips after it skipped: a run of chips closes a line
    together) and their tails, climbing inline parents to their tails. ``followed`` holds,
    per parent read, whether something follows each child (``_followed_children``)."""
    while element is not block:
        parent = element.getparent()
        if parent is None:
            break
        if parent not in followed:
            followed[parent] = _followed_children(parent)
        if followed[parent][element]:
            return True
        element = parent
    return False


def _followed_children(parent: etree._Element) -> dict[etree._Element, bool]:
    """For each child of ``parent``, whether a word or a mark follows it among its siblings
    (its tail, a later sibling's text unless a citation chip's, a later tail): one pass
    from the last child back, so a parent of many chips is read once."""
    found: dict[etree._Element, bool] = {}
    after = False  # whether something follows the child being read, past its tail
    for child in reversed(parent):
        tail = bool(_GOES_ON.search(child.tail or ""))
        found[child] = tail or after
        after = after or tail or (not _citation_classed(child)
                                  and bool(_GOES_ON.search(_element_text(child))))
    return found


def _drop_embeds(tree: etree._Element) -> None:
    """Remove embedded social posts (a tweet's, an Instagram or TikTok post's blockquote):
    the post's text, its author's handle and date are another page's, not the article's."""
    embeds = tree.xpath(_EMBEDS)
    if not embeds:
        return
    embedded = sum(len(_element_text(embed)) for embed in embeds)
    if len(_element_text(tree)) - embedded < MIN_PAGE_TEXT:
        return  # the post is all there is (a pasted embed): it is the content
    for embed in embeds:
        _remove_keeping_tail(embed)


def _drop_code_blocks(tree: etree._Element) -> None:
    """Remove the preformatted blocks without one Arabic letter from a page whose text is
    Arabic: a docs page's or a notebook's shell command or code sample («npx … --archive
    ./sources») is no sentence of the article, and nothing but its <pre> sets it apart. A
    <pre> holding Arabic stays (a list archive's mail is one), and so does every <pre> of
    a page written in another script. The block's language label goes with it: an element
    beside the <pre> whose whole text is the language its box's class names
    (``_LANGUAGE_CLASS``: VitePress' «<div class="language-bash"><span
    class="lang">bash</span><pre>…»), a highlighter's caption of the code, never a word of
    the story; a word beside it that is not the language's name stays."""
    blocks = [pre for pre in tree.iter("pre") if not _ARABIC_LETTER.search(_element_text(pre))]
    body = tree.find("body")
    if not blocks or body is None:
        return
    text = _element_text(body)
    if 2 * len(_ARABIC_LETTER.findall(text)) <= sum(c.isalpha() for c in text):
        return
    for pre in blocks:
        box = pre.getparent()
        named = _LANGUAGE_CLASS.search(box.get("class") or "") if box is not None else None
        if box is not None and named:
            for label in [child for child in box if child is not pre]:
                if _element_text(label).strip().casefold() == named.group(1).casefold():
                    _remove_keeping_tail(label)
        _remove_keeping_tail(pre)


def _drop_task_items(tree: etree._Element) -> None:
    """Remove a to-do list's items: a block that a checkbox opens (an ``<input
    type="checkbox">``, a note app's ``<en-todo>``, an ARIA ``checkbox``, with no word before
    it) and a list or list item whose class names a task (``listtype-taskdone``,
    ``task-list-item``). A shared draft's checklist («اتصلت بالمصدر الثاني») is the writer's
    own tasks around the text, never a sentence of it, and nothing but its checkboxes sets it
    apart."""
    doomed: list[etree._Element] = []
    for box in tree.iter(etree.Element):
        if box.tag in ("ul", "ol", "li"):
            if _TASK_CLASS.search(box.get("class") or ""):
                doomed.append(box)
            continue
        if not (box.tag == "en-todo" or (box.tag == "input" and (
                box.get("type") or "").lower() == "checkbox") or (
                box.get("role") or "").lower() == "checkbox"):
            continue
        block = box.getparent()
        while block is not None and block.tag in _INLINE_HTML:
            block = block.getparent()
        if block is None or block.tag in ("body", "html", "form"):
            continue
        if not word_count(_text_before(block, box)):
            doomed.append(block)
    marked = set(doomed)
    for block in doomed:
        if block.getparent() is not None and not any(
                a in marked for a in block.iterancestors()):
            _remove_keeping_tail(block)


def _text_before(block: etree._Element, mark: etree._Element) -> str:
    """The text of ``block`` that comes before ``mark`` in document order (a node's tail
    follows it unless the node holds ``mark``: its ancestors, read once)."""
    holders = set(mark.iterancestors())
    parts: list[str] = []
    for node in block.iter():
        if node is mark:
            break
        parts.append(node.text or "")
        if node is not block and node not in holders:
            parts.append(node.tail or "")
    return "".join(parts)


def _drop_heading_icons(tree: etree._Element) -> None:
    """Remove the marks inside a heading that hold no word, only symbols: a permalink
    (Sphinx's and MkDocs' «¶» link, a «#»), an icon set in its own element (a docs site's
    «<span>📰</span>» before the headline). They decorate the heading or copy its address;
    glued to the headline they became the title's first or last character («… في
    الحديدة¶»). Punctuation (quotes «», a dash) is no symbol and stays."""
    for element in tree.xpath("//*[self::h1 or self::h2 or self::h3 or self::h4 or self::h5"
                              " or self::h6]//*"):
        text = "".join(element.itertext()).strip()
        if text and all(c.isspace() or c in _PERMALINK_MARKS
                        or unicodedata.category(c) in ("So", "Sk") for c in text):
            _remove_keeping_tail(element)


def _aria_headings(tree: etree._Element) -> None:
    """Retag an element that ARIA names a heading (``role="heading"``, its level in
    ``aria-level``, 2 when none, as ARIA has it) as the heading tag of that level: an app's
    view built of <div>s (a web mail's reading pane) marks its subject so, for screen
    readers, and sets no <h1>–<h6> at all; as a <div> its headline was no heading for the
    title fields to agree with, and the app's name in <title> was taken."""
    for element in tree.xpath("//body//*[@role='heading']"):
        level = (element.get("aria-level") or "2").strip()
        if isinstance(element.tag, str) and element.tag not in _TAB_HEADINGS and level in _LEVELS:
            element.tag = f"h{level}"
            del element.attrib["role"]


def _headings_of_lines(tree: etree._Element) -> None:
    """Retag as a ``<div>`` a heading that holds paragraphs: a paragraph break in it (two
    ``<br>``s with nothing between), or lines between ``<br>``s and more words than a heading
    has. It is a block of paragraphs set in a heading's tag (a photo site's caption, a whole
    post in its ``<h1>``, headline first). As a heading it was one line, the headline glued
    to the first paragraph («…السوريةقال»); as a block each stretch between the breaks is a
    paragraph of its own, and the headline its first line. A headline broken once over two
    lines stays a heading."""
    for heading in list(tree.iter(*_TAB_HEADINGS)):
        breaks = list(heading.iter("br"))
        if any(_paragraph_break(br) for br in breaks) or (
                breaks and word_count(_element_text(heading)) > MAX_HEADING_WORDS):
            heading.tag = "div"


def _paragraph_break(br: etree._Element) -> bool:
    """A ``<br>`` followed by another with only spaces between, and words or an element both
    before the pair and after it: an empty line between two paragraphs. Spacers that open or
    close the element («<h1>قصف على ريف إدلب<br><br></h1>») separate nothing: the heading is
    still one line."""
    following = br.getnext()
    if following is None or following.tag != "br" or (br.tail or "").strip():
        return False
    parent = br.getparent()
    before = br.getprevious() is not None or (
        parent is not None and bool((parent.text or "").strip()))
    return before and (bool((following.tail or "").strip()) or following.getnext() is not None)


def _declared_author(tree: etree._Element) -> str | None:
    """The name the page's microdata gives its first author (``itemprop="name"`` inside
    ``itemprop="author"``, as a ``<meta>``'s content or an element's text). trafilatura reads
    the author box's whole text, which on a forum post runs on into the poster's role badge
    («فيصل القحطاني مشرف»); the declared name is where that text should stop."""
    for element in tree.xpath("//*[@itemprop='author']//*[@itemprop='name']")[:1]:
        name = _WHITESPACE_RUN.sub(" ", element.get("content") or _element_text(element))
        return name.strip() or None
    return None


def _drop_hidden_microdata(tree: etree._Element) -> None:
    """Remove hidden boxes of microdata: an element hidden from readers (``hidden``, or an
    inline ``display: none``) whose every text lies in ``itemprop`` elements. CMSs print
    such a box for search engines (Plone's ``social-tags-body``: the name, description and
    URL again), often before the headline, where its copy of the lead passed for the first
    line of the body and the real lead was lost. Hidden text outside microdata (a collapsed
    «more» part of the article) is never touched here."""
    for element in tree.xpath("//*[@hidden or contains(translate(@style, ' ', ''),"
                              " 'display:none')][.//*[@itemprop]]"):
        texts = [text for text in element.xpath(".//text()") if text.strip()]
        if texts and all(text.getparent().xpath("ancestor-or-self::*[@itemprop]")
                         and not text.is_tail for text in texts):
            _remove_keeping_tail(element)


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
    return [(text, lead) for _, text, lead in _header_blocks(_headline(tree, title))]


_Block = tuple[etree._Element, str, bool]  # a leaf block, its text, whether it could be a lead


def _header_blocks(headline: etree._Element | None) -> list[_Block]:
    if headline is None:
        return []
    blocks: list[_Block] = []
    key = _words(_element_text(headline))
    for seen, element in enumerate(_following(headline)):
        if seen >= _LEAD_SCAN:
            break
        if element.tag not in _HEADER_TAGS or _holds_blocks(element):
            continue
        text = _element_text(element)
        if text:  # a list item or a cell is never a lead: a meta row's, a summary's
            blocks.append((element, text, element.tag not in _ROW_TAGS
                           and not _rewraps(element, text, key)
                           and _could_be_lead(element, text)))
    return blocks


def _header_template_notes(headline: etree._Element | None, blocks: list[_Block]) -> set[str]:
    """Comparable forms of the notes in a header template: a box after the headline, not
    holding it, that sets the headline's words again in a block of their own between links,
    one before it and one after (a source wiki's header: the previous and the next text's
    links on either side of the title, the collection under it) and a block
    of prose (its editor's note «نُقل هذا النص عن …»), the text opening after the box with a
    longer paragraph. The note is the template's, however large its box against it
    (``_boxed_apart`` weighs small marked boxes only), and goes as ``header_note``. A box
    whose title stands over more than one block of prose (a story's own box, its headline
    again over its paragraphs), with links on one side of the title only (a story's header
    box: a section's or a breadcrumb's links over the title, the byline, the standfirst) or
    none, or with no longer paragraph after it sets the story, and its prose
    stays: a one-paragraph story under its title, a forum's first post (its subject, the
    poster's links, the story) over the poster's signature or a shorter reply. Read on the
    header's blocks (``_header_blocks``)."""
    if headline is None:
        return set()
    key = _words(_element_text(headline))
    prose = [_reads_as_prose(text) for _, text, _ in blocks]
    linked = [element.tag == "a" or element.find(".//a") is not None
              for element, _, _ in blocks]
    # each element holding blocks, with their indices in order: blocks come in document
    # order, so a box's blocks are one run of indices (one pass, blocks × depth); a pair of
    # blocks then costs its common box's depth, never a walk over the box's blocks
    spans: dict[etree._Element, list[int]] = {}
    links: dict[etree._Element, list[int]] = {}  # likewise, its linked blocks
    for index, (element, _, _) in enumerate(blocks):
        for node in (element, *element.iterancestors()):
            spans.setdefault(node, []).append(index)
            if linked[index]:
                links.setdefault(node, []).append(index)
    # the first block of prose at or after each index, for the text opening after a box
    opening: list[str] = [""] * (len(blocks) + 1)
    for index in range(len(blocks) - 1, -1, -1):
        opening[index] = blocks[index][1] if prose[index] else opening[index + 1]
    counted = [0]  # blocks of prose before each index: a box's run counts them at once
    for is_prose in prose:
        counted.append(counted[-1] + is_prose)
    repeats = [(index, element) for index, (element, text, _) in enumerate(blocks)
               if _words(text) == key]
    over = set(headline.iterancestors())
    notes: set[str] = set()
    for at, (element, text, lead) in enumerate(blocks):
        if not lead or not prose[at]:
            continue
        for place, repeat in repeats:
            box = _common_box(repeat, element)
            if box is None or box in over:
                continue
            inside = spans[box]
            apart = {at, place}
            prose_others = (counted[inside[-1] + 1] - counted[inside[0]]
                            - sum(prose[i] for i in apart))
            sides = {i < place for i in _ends(links.get(box, []), apart)}
            if sides == {True, False} and len(opening[inside[-1] + 1]) > len(text) and (
                    not prose_others):
                notes.add(_words(text))
    return notes


def _ends(indices: list[int], apart: set[int]) -> list[int]:
    """The first and the last of ``indices`` (in order) not ``apart``: whether links stand
    on both sides of a block is read on them alone, so a box's every link is not walked for
    each pair of blocks."""
    first = next((i for i in indices if i not in apart), None)
    last = next((i for i in reversed(indices) if i not in apart), None)
    return [i for i in (first, last) if i is not None]


def _common_box(first: etree._Element, second: etree._Element) -> etree._Element | None:
    """The nearest element holding both ``first`` and ``second`` (neither itself)."""
    around = set(first.iterancestors())
    return next((node for node in second.iterancestors() if node in around), None)


def _rewraps(element: etree._Element, text: str, headline_key: str) -> bool:
    """A heading after the headline that holds its whole words (``headline_key``, their
    comparable form) with more around them: the headline set again in a bar with labels and
    a counter, no lead."""
    return element.tag in _HEADINGS and _wraps_words(_words(text), headline_key)


def _wraps_words(outer: str, key: str) -> bool:
    """Whether the comparable words ``outer`` hold the words ``key`` as a whole run with more
    around them (a headline inside a forum's topic bar, inside a title field's file path)."""
    return bool(key) and key != outer and f" {key} " in f" {outer} "


def _boxed_apart(element: etree._Element, sizes: dict[etree._Element, int]) -> bool:
    """In a small box that its marks call furniture (a fact check's «fc-claim» around the
    claim, its label and where it spread): the box's prose is the box's, not the article's
    lead. Only boxes around little more than the block count (at most twice its text): a
    region of the page marked by a site's habit («node--promoted» on the whole article)
    says nothing of the block. ``sizes`` keeps each element's text size for the page's
    next block: the header's blocks share their ancestors, the whole article among them."""
    size = len(_element_text(element))
    for node in (element, *element.iterancestors()):
        if node not in sizes:
            sizes[node] = len(_element_text(node))
        if sizes[node] > 2 * size:
            return False
        if _is_marked(node):
            return True
    return False


def _headline(tree: etree._Element, title: str | None) -> etree._Element | None:
    """The page's h1/h2 that holds ``title``, else another element that holds it alone: no
    link, unless a link to the page itself (a forum's or a link aggregator's post title, set
    as its permalink), a link elsewhere being another story's card."""
    if not title:
        return None
    key = _words(title)
    slack = 10 + len(title) // 5  # characters a heading may differ from the title by
    for heading in tree.iter("h1", "h2"):
        text = _element_text(heading)
        # the heading less its own short label is the title whatever the label's length
        if (abs(len(text) - len(title)) <= slack and key == _words(text)) or key in map(
                _words, _unlabelled(heading)):
            return heading
    # a headline in no heading tag (an old page's <span class="NewsTitle">, a <b>)
    body = tree.find("body")
    sized = (f".//*[string-length(normalize-space()) >= {len(title) - slack}"
             f" and string-length(normalize-space()) <= {len(title) + slack}]")
    own = _own_paths(tree)
    for element in body.xpath(sized) if body is not None else ():
        if not isinstance(element.tag, str) or element.tag in ("title", "option") or (
                element.tag == "a" and _link_path(element.get("href")) not in own):
            continue
        text = _element_text(element)
        if (abs(len(text) - len(title)) <= slack and _words(text) == key
                and not _in_page_chrome(element)
                and not any(True for _ in element.iterancestors("a"))):
            return element
    return None


def _unlabelled(heading: etree._Element) -> list[str]:
    """The heading's text less a short label of its own (``MAX_LABEL_WORDS``) that opens it
    (its first child, no text before: a forum thread's prefix «منقول» or «عاجل» set as a
    ``<span class="label">`` before the title) or closes it (its last child, no text after:
    an issue tracker's number «#412» in a ``<span>`` after the title), as far as either
    leaves words."""
    children = [child for child in heading if isinstance(child.tag, str)]
    if not children:
        return []
    text = _element_text(heading)
    rests: list[str] = []
    first, last = _element_text(children[0]), _element_text(children[-1])
    if (not _TOKEN.search(heading.text or "") and 0 < word_count(first) <= MAX_LABEL_WORDS
            and text.startswith(first)):
        rests.append(text[len(first):].strip())
    if (not _TOKEN.search(children[-1].tail or "") and 0 < word_count(last) <= MAX_LABEL_WORDS
            and text.endswith(last)):
        rests.append(text[: -len(last)].strip())
    return [rest for rest in rests if _TOKEN.search(rest)]


def _drop_closing_label(headline: etree._Element | None, title: str | None) -> None:
    """Remove the short label that closes the headline when the title is the heading less
    it (``_unlabelled``: an issue's «#412» after its title): the label is the heading's
    furniture, and the headline's line is then the title, which leaves the text."""
    if headline is None or not title:
        return
    text, key = _element_text(headline), _words(title)
    if _words(text) == key:
        return
    children = [child for child in headline if isinstance(child.tag, str)]
    if children and _words(text[: -len(_element_text(children[-1]))]) == key and (
            key in map(_words, _unlabelled(headline))):
        _remove_keeping_tail(children[-1])


def _own_paths(tree: etree._Element) -> set[str]:
    """The paths of the page's own address (its canonical link, its og:url)."""
    found = {_link_path(str(v)) for v in tree.xpath(
        "//link[@rel='canonical']/@href | //meta[@property='og:url']/@content")}
    found.discard("")
    return found


def _link_path(href: str | None) -> str:
    """A link's path without its trailing slash: the page's own address however written
    (relative or absolute, on another host name of the site)."""
    try:
        return urlsplit(href or "").path.rstrip("/")
    except ValueError:
        return ""


def _ld_headline(tree: etree._Element) -> str | None:
    """The first ``headline`` of the page's JSON-LD (a page whose title fields hold only the
    site's name and whose headline is in no heading tag): where to look for the header."""
    for script in tree.iterfind(".//script[@type='application/ld+json']"):
        found = _LD_HEADLINE.search(script.text or "")
        if found:
            try:
                text = json.loads(f'"{found.group(1)}"')
            except ValueError:
                continue
            text = _WHITESPACE_RUN.sub(" ", html.unescape(text)).strip()
            if text:
                return text
    return None


def _lone_h1(tree: etree._Element) -> str | None:
    """The text of the page's one <h1> outside its chrome, figures, logo and breadcrumb
    trail: its headline, when no title field names the article (an Instant Article has no
    <title>)."""
    found = [h1 for h1 in tree.iter("h1") if not _in_page_chrome(h1) and not _is_logo(h1)
             and not _is_caption(h1) and not _crumb_step(h1)]
    return _element_text(found[0]) if len(found) == 1 else None


def _header_furniture(blocks: list[_Block], headline_key: str,
                      claimed: set[str] | frozenset[str] = frozenset()) -> set[str]:
    """Comparable forms of the blocks between the headline and the first paragraph of prose
    that are the article header's furniture: a date/meta line (a <time>, mostly numbers), a
    short label that is no sentence (an author's name over their outlet), a caption, a
    heading that wraps the whole headline (``headline_key``, its comparable words) in more
    words (a forum's table bar «Author Topic: <headline> (read N times)»: the headline again,
    with its labels and counter).
    When the article is short trafilatura keeps the whole header's container, and these
    with it. A row of a table of labelled values (``_header_cell_pair``) any of whose cells
    is ``claimed`` by another rule (a mail's header rows) is left to that rule."""
    found: set[str] = set()
    for element, text, lead in blocks:
        if _rewraps(element, text, headline_key):
            found.add(_words(text))
            continue
        if lead:
            break
        if element.tag in _ROW_TAGS:  # only a meta row set as a list or a small table
            meta = {"li": _meta_row, "td": _meta_table}.get(element.tag, _meta_list)
            if meta(element) or (element.tag == "li" and (
                    _labelled_values(element) or _pair_item(element))):
                found.add(_words(text))
            elif element.tag == "td" and _header_cell_pair(element):
                row = element.getparent()
                cells = {_words(_element_text(c)) for c in row if c.tag in ("th", "td")}
                if not cells & claimed:  # a mail's header rows are ``_mail_header_rows``'
                    found |= cells
            continue
        words = text.split()
        label = (element.tag in _LABEL_TAGS and len(words) <= MAX_LABEL_WORDS
                 and not ends_like_sentence(text))  # a deck in an <h2> or a <p> is text
        # but a short <p> that is half link or more is a label and its linked value (a card's
        # «في القائمة <list>», a post's «في <category>»): a deck links nothing
        label = label or (element.tag == "p" and _short_label(text)
                          and 2 * _linked_length(element) >= len(text))
        if _label_strip(element) or ((_dated(element, words) or label or _is_caption(element))
                                     and len(words) <= MAX_HEADING_WORDS):
            found.add(_words(text))
    return found


def _label_strip(element: etree._Element) -> bool:
    """A <div> (or <section>) that is a strip of short labels and values set side by side
    as inline elements, nothing between them but spaces or separators (a document page's
    «معلومات المستند | عنوان أصلي | بيان.pdf | حقوق الطبع والنشر | …», a portal's «آخر تحديث
    للصفحة | 17/04/2018 | رقم الصفحة | MC-NEWS-118203»): at least ``MIN_STRIP_LABELS`` of
    them, none a link, each a few words and no sentence, ``MAX_WIDGET_WORDS`` in all.
    Furniture wherever it stands, never a lead: a paragraph set in inline runs has words
    between them, or a run ending it."""
    if element.tag not in _LABEL_TAGS:  # a <p> of runs is a paragraph, however it is cut
        return False
    parts = [child for child in element if isinstance(child.tag, str)]
    texts = [text for child in parts if _TOKEN.search(text := _element_text(child))]
    if (len(texts) < MIN_STRIP_LABELS  # a row of links is a menu: the link rules' to judge
            or any(child.tag not in _INLINE_HTML or child.tag == "a" for child in parts)
            or word_count(" ".join(texts)) > MAX_WIDGET_WORDS):
        return False
    loose = (element.text or "") + "".join(child.tail or "" for child in parts)
    return not _TOKEN.search(loose) and all(map(_short_label, texts))


def _dated(element: etree._Element, words: list[str]) -> bool:
    """A date or meta line: a <time>, or more than ``MAX_LEAD_NUMBERS`` of words with digits."""
    return any(True for _ in element.iter("time")) or _digit_heavy(words)


def _meta_row(item: etree._Element) -> bool:
    """A list item of a list whose every item is a short date or count («4:32 د», «شوهد 18
    ألف مرة», «16/4/2018»): a video's or a post's meta row under its headline. A summary's
    points are longer, or hold no number each."""
    parent = item.getparent()
    items = [item] if parent is None else [li for li in parent if li.tag == "li"]
    return all(0 < len(words := _element_text(li).split()) <= MAX_LABEL_WORDS
               and _dated(li, words) for li in items)


def _labelled_values(item: etree._Element) -> bool:
    """A list item of a field's values under the headline: a list right after a short label
    of its own box, no heading («العريضة موجهة إلى» over «وزارة الإدارة المحلية» and «محافظ
    المنطقة الشرقية»), every item a short label too, and no link. A summary's points under
    the headline follow a heading or none; a contents box's items link to sections."""
    parent = item.getparent()
    label = None if parent is None else parent.getprevious()
    if parent is None or parent.tag not in ("ul", "ol") or label is None or (
            not isinstance(label.tag, str) or label.tag in _TAB_HEADINGS
            or any(c.tag in _BLOCK_CHILDREN for c in label)):
        return False  # under a heading (the headline's own, a «أبرز النقاط»), a summary
    return _short_label(_element_text(label)) and all(
        _short_label(_element_text(li)) and li.find(".//a") is None
        for li in parent if li.tag == "li")  # a list of links is a menu or a contents box


def _meta_table(cell: etree._Element) -> bool:
    """A cell of a small table of labels and values under the headline («رقم الخبر: | 9418 |
    تاريخ النشر: | 16/04/2018 | عدد المشاهدات: | 1207»): at most ``MAX_META_TABLE_ROWS``
    rows, every cell short, and a date or count in each row. A table of label and value
    pairs (each row two cells, a webmail's «أولوية | عاجل», «رقم البرقية | RW-…») needs a
    date or count in one row only: its rows are one record's fields, as a definition list's
    (``_meta_list``). A data table has more rows, or rows of names or of words alone. A
    table whose every row is one ``<th>`` label and one ``<td>`` value is
    ``_header_cell_pair``'s to judge: its header cells say it is a record or a box of key
    figures, and only a record (dated) is furniture; a count in each row («عدد الضحايا |
    ٣٤ قتيلا») is the story's content."""
    table = next(cell.iterancestors("table"), None)
    rows = [] if table is None else list(table.iter("tr"))
    if not rows or len(rows) > MAX_META_TABLE_ROWS or _header_cell_rows(table):
        return False
    dated = paired = 0
    for row in rows:
        cells = [(c, _element_text(c).split()) for c in row if c.tag in ("td", "th")]
        if not all(len(words) <= MAX_LABEL_WORDS for _, words in cells):
            return False
        dated += any(words and _dated(c, words) for c, words in cells)
        paired += len(cells) == 2 and all(words for _, words in cells)
    return dated == len(rows) or (dated >= 1 and paired == len(rows))


def _header_cell_pair(cell: etree._Element) -> bool:
    """A value cell of a table of labelled values under the headline whose labels are header
    cells: every row one ``<th>`` and one ``<td>`` (a weather warning's «بداية الإنذار | …»,
    «المحافظات المتأثرة | …»). A ``<th>`` marks its label as a ``<dt>`` does, so the table is
    read as a definition list (``_field_pairs``), however many rows it has up to
    ``MAX_META_LIST_PAIRS``; a table of plain cells is ``_meta_table``'s to judge. A table
    of more rows is no record, told without reading its rows (each header block's cell asks:
    a data table of 2,000 rows was read whole for each)."""
    table = next(cell.iterancestors("table"), None)
    if table is None or next(islice(table.iter("tr"), MAX_META_LIST_PAIRS, None), None) is not None:
        return False
    rows = _header_cell_rows(table)
    return rows is not None and _field_pairs([(label, value) for label, value in rows])


def _header_cell_rows(table: etree._Element) -> list[list[etree._Element]] | None:
    """The rows of ``table`` as [label, value] cells when every row is one ``<th>`` and one
    ``<td>``, the shape that marks a table as labelled values; ``None`` for any other table."""
    rows = [[c for c in row if c.tag in ("th", "td")] for row in table.iter("tr")]
    if not rows or any([c.tag for c in cells] != ["th", "td"] for cells in rows):
        return None
    return rows


def _pair_item(item: etree._Element) -> bool:
    """An item of a list of labelled values under the headline: every item two inline
    elements and nothing else, a label and its value (a consultation's «<span>تاريخ
    الطرح</span><span>٢٠٢٦/١٢/٠١</span>»), read as a definition list (``_field_pairs``). A
    summary's points have loose words, or one element each; a menu's items link."""
    parent = item.getparent()
    if parent is None or parent.tag not in ("ul", "ol"):
        return False
    pairs: list[tuple[etree._Element, etree._Element]] = []
    for child in parent:
        if not isinstance(child.tag, str):
            continue
        parts = [part for part in child if isinstance(part.tag, str)]
        loose = (child.text or "") + "".join(part.tail or "" for part in parts)
        if (child.tag != "li" or len(parts) != 2 or _TOKEN.search(loose)
                or any(part.tag not in _INLINE_HTML or part.tag == "a"
                       or part.find(".//a") is not None for part in parts)):
            return False
        pairs.append((parts[0], parts[1]))
    return _field_pairs(pairs)


def _field_pairs(pairs: list[tuple[etree._Element, etree._Element]]) -> bool:
    """Labels and values that are a record's fields: at least two and at most
    ``MAX_META_LIST_PAIRS`` pairs, every label a few words (``MAX_LABEL_WORDS``) and every
    value a field's (``_field_value``: a name, a date, a list of places), a date or a
    time among the values (a ``<time>``, or ``_TIME_OR_DATE``: «٢٠٢٦/١٢/٠١», «١٢:٠٠»): a
    record is dated. A glossary's or a summary's values are sentences; a story's key figures
    («قيمة الصادرات | ٧٢ مليار ريال», «نسبة النمو | ١٢٫٤ بالمئة») are amounts, no date, and
    are the story's content."""
    if not 2 <= len(pairs) <= MAX_META_LIST_PAIRS:
        return False
    for label, value in pairs:
        if not 0 < word_count(_element_text(label)) <= MAX_LABEL_WORDS or not _field_value(
                _element_text(value)):
            return False
    return any(any(True for _ in value.iter("time"))
               or _TIME_OR_DATE.search(_element_text(value)) for _, value in pairs)


def _meta_list(item: etree._Element) -> bool:
    """A term or value of a definition list of labels and values under the headline (a
    ruling's card «رقم الدعوى | ٢٤ لسنة ٣٨ ق | تاريخ الجلسة | …», a report's file card):
    at most ``MAX_META_LIST_PAIRS`` terms, every term and value a few words (a quoted case
    name «…» ends like a sentence), a date or number among the values. A <dl>'s terms are
    labels by its markup, unlike a table's first column, so one dated value is enough where a
    table needs one in each row; a glossary's values are sentences. A box of one-pair <dl>s
    side by side (a forum post's member card «إنضم | 12 يناير 2011», «المشاركات | 18,402»)
    is one such list set pair by pair."""
    parent = item.getparent()
    if parent is None or parent.tag != "dl":
        return False
    pairs = [parent]
    holder = parent.getparent()
    if holder is not None and all(child.tag == "dl" for child in holder
                                  if isinstance(child.tag, str)):
        pairs = list(holder.iter("dl"))  # one <dl> a pair (a forum's member card): one list
    terms = [child for dl in pairs for child in dl if child.tag == "dt"]
    values = [child for dl in pairs for child in dl if child.tag == "dd"]
    if not terms or len(terms) > MAX_META_LIST_PAIRS or not values:
        return False
    return all(0 < word_count(_element_text(child)) <= MAX_LABEL_WORDS
               for child in (*terms, *values)) and any(
        _dated(value, _element_text(value).split()) for value in values)


def _title_unit_lines(headline: etree._Element | None, units: set[etree._Element]) -> set[str]:
    """Comparable forms of the short lines beside the headline in a unit of its own, when the
    text is set in a run of units (``_unmark_prose_units``) and the headline's box is their
    sibling: a slide deck's title slide, its subtitle, presenter and date under the headline,
    the text's slides after it. That box holds no line of the text; its other blocks that read
    as no prose are the title slide's. A headline inside one of the units (a thread's first
    post) or in a header apart from the run (a news page's deck over its body) reads none.
    The box must be a unit of its own, of a tag its sibling units have (reveal.js's title
    slide is a ``<section>`` among ``<section>`` slides): a ``<div class="head">`` beside
    ``<p class="para">`` units, an ``<hgroup>`` beside ``<div>`` sections, is a news page's
    header, and its deck is text."""
    if headline is None or not units:
        return set()
    parents = {unit.getparent() for unit in units}
    box = next((node for node in (headline, *headline.iterancestors())
                if node.getparent() in parents), None)
    if box is None or box is headline or box in units or box.tag not in {
            unit.tag for unit in units if unit.getparent() is box.getparent()}:
        return set()
    found: set[str] = set()
    for element in box.iter(*_LEAD_TAGS):
        text = _element_text(element)
        if element is not headline and text and not _holds_blocks(element) and (
                not _reads_as_prose(text)):
            found.add(_words(text))
    return found


def _labels_before(headline: etree._Element | None) -> set[str]:
    """Comparable forms of the short labels just before the headline in its container: a
    kicker or section label set over it (an Instant Article's ``op-kicker`` <h3>, a category
    line). Nothing of the article precedes its headline there; trafilatura keeps them when
    it keeps the article's header."""
    found: set[str] = set()
    if headline is None:
        return found
    inline: list[str] = []  # labels set as inline elements, last first (one alone: other rules)
    for sibling in islice(headline.itersiblings(preceding=True), _LABELS_SCANNED):
        if not isinstance(sibling.tag, str):
            continue
        if word_count(_element_text(sibling)) > MAX_WIDGET_WORDS:
            break  # a block of text: not the header's furniture any more
        if sibling.tag in _INLINE_HTML:  # a show's name, an episode's number: <a>, <span>
            if _short_label(text := _element_text(sibling)):
                inline.append(text)
            continue
        for element in sibling.iter(*_LEAD_TAGS):
            text = _element_text(element)
            if _short_label(text) and not any(child.tag in _BLOCK_CHILDREN for child in element):
                found.add(_words(text))
    if len(inline) > 1:  # trafilatura runs inline labels on in one line, glued
        found.add(_words(" ".join(reversed(inline))))
    return found


def _short_label(text: str) -> bool:
    """A label's text: a few words (``MAX_LABEL_WORDS`` at most), no sentence; a count in
    brackets closing it («المرفقات (٢)», «التعليقات (3)») closes no sentence."""
    return 0 < word_count(text) <= MAX_LABEL_WORDS and not ends_like_sentence(
        _without_meta_tail(text))


def _box_label(text: str) -> bool:
    """A box's label: a short label, or a short question («لماذا هذه العريضة مهمة؟» over a
    petition's starter card), which asks what the box answers and ends no sentence of it."""
    return _short_label(text) or (word_count(text) <= MAX_LABEL_WORDS
                                  and text.rstrip().endswith(("؟", "?")))


def _following(element: etree._Element) -> Iterator[etree._Element]:
    """Elements after ``element`` (not inside it) in document order."""
    node: etree._Element | None = element
    while node is not None:
        for sibling in node.itersiblings():
            yield from sibling.iter()
        node = node.getparent()


def _could_be_lead(element: etree._Element, text: str) -> bool:
    """Prose of its own: long enough, not a date line (digits, a <time>), not a teaser
    (mostly a link) nor a row of controls (mostly buttons: a paper's «تنزيل ملف PDF» ·
    «الاستشهاد بهذه الورقة» under its title), not a caption or credit, not in the page's
    chrome."""
    words = text.split()
    if len(words) < MIN_LEAD_WORDS or _in_page_chrome(element) or _label_strip(element):
        return False
    if _digit_heavy(words):
        return False
    if any(True for _ in element.iter("time")):
        return False
    if _linked_length(element, *_CONTROLS) * 2 > len(text):
        return False  # a teaser, a list of links or a bar of buttons
    return not _is_caption(element)


def _is_caption(element: etree._Element) -> bool:
    """In a figure, or in an element whose id/class says caption or credit; or a block (a
    featured image's box) whose text is mostly such an element's, or that holds an image
    and a note that is no sentence («جانب من الجلسة - تصوير …» beside the <img>)."""
    if any(_caption_marked(node) for node in (element, *element.iterancestors())):
        return True
    if element.find("img") is not None and not ends_like_sentence(_element_text(element)):
        return True
    size = len(_element_text(element))
    return any(2 * len(_element_text(node)) >= size
               for node in element.iterdescendants() if _caption_marked(node))


def _caption_marked(node: etree._Element) -> bool:
    marks = " ".join(node.get(name) or "" for name in ("id", "class", *_DATA_NAMES)).lower()
    return node.tag in ("figure", "figcaption") or any(
        mark in marks for mark in ("caption", "credit", "crew", "legend", "légende"))


def _leads(gap: list[tuple[str, bool]], lines: list[Line]) -> list[str]:
    """Lead blocks between the headline and the first extracted line, which trafilatura left
    out with the rest of the page header; none unless that first line is found there. Date
    rows that open the extracted text (Plone's «بواسطة … — آخر تعديل 17/04/2018 10:12», kept
    from the header while the lead after it was skipped) are passed over: the first line
    is the one after them."""
    if not gap or not lines:
        return []
    found = {_words(text) for text, _ in gap}
    start = 0
    while start < min(_LEAD_SKIP, len(lines) - 1) and (
        _date_row(lines[start].text) or _heading_line(lines[start].text, found)
    ):
        start += 1
    first = _words(lines[start].text)
    end = next((i for i, (text, _) in enumerate(gap) if _words(text) == first), None)
    if end is None or not any(lead for _, lead in gap[:end]):
        return []
    kept = {_words(line.text) for line in lines}
    return [text for text, lead in gap[:end] if lead and _words(text) not in kept]


def _heading_line(text: str, gap: set[str]) -> bool:
    """A line from before the gap (the headline itself, a kicker): a heading's length, no
    sentence, and none of the gap's blocks."""
    return (_words(text) not in gap and word_count(text) <= MAX_HEADING_WORDS
            and not ends_like_sentence(text))


def _date_row(text: str) -> bool:
    """A short line of which more than ``MAX_LEAD_NUMBERS`` of the words hold digits."""
    words = text.split()
    return 0 < len(words) <= MAX_LABEL_WORDS and _digit_heavy(words)


def _digit_heavy(words: list[str]) -> bool:
    """More than ``MAX_LEAD_NUMBERS`` of ``words`` hold digits: a date, byline or counts line."""
    return sum(1 for w in words if _HAS_DIGIT.search(w)) > MAX_LEAD_NUMBERS * len(words)


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
    declared site name; ``partners``: both sides of each cut, each with the sides it was cut
    from (a short title's site name is the longer side); ``headings``: early h1–h3 texts
    outside footers, navigation and sidebars; ``shown``: the sides the page shows as an
    element's whole text while their partner is not (a headline set in bold, not a heading),
    those it shows in its main region first, where a whole field counts too (a board's
    post: ``og:title`` its subject in ``<main>``, ``<title>`` the board's name in the header),
    less the sides a menu links to (``_menu_entries``: a community's name, a place on the site),
    which still count as shown when their partner is weighed (a story a «most read» menu
    lists, shown with its site's name, leaves the site's name no headline shown alone);
    ``labelled``: early elements outside the chrome whose class or id says title/headline
    (a print view's or an old page's headline in a <div>), read only when nothing agrees;
    ``bold``: whole title fields, no site name, that the page sets as a ``<b>``/``<strong>``
    of their own while no heading names the article (a channel post's bold first line,
    whose other fields name the channel); ``quoted``: the quoted posts of title fields
    «Name: "…"» that the page shows as an element's whole text (a Mastodon status, whose
    fields otherwise name its author); ``opening_bold``: a bold run that is the first line of a
    block of prose, set apart by a ``<br>`` (a message's «*headline*» over its text), read only
    when every title field names an app (a web messenger's «WhatsApp»); ``lone``: the page's
    one <h1> when every title field is
    the text of its logo heading (an e-book chapter's <title> is the book's) or a page id (a
    wiki's <title> «news:2024:ports [Wiki]»: the page's path, then the wiki's name), or when
    every field wraps its words in more (a code host's file path and branch); ``opening``: the
    heading that opens the box holding the page's text, read when the fields agree with no
    heading and the extracted title is a site's name (a course platform's update, whose title
    fields name the course and whose page heading names the updates list); ``viewed``: the
    early headings that name a view of a linked item («Full text of "<item>"», an archive's
    full-text view), each with the item's title, which the chosen title gives way to.
    """

    whole: list[str]
    pieces: dict[str, str]
    partners: dict[str, set[str]]
    headings: list[str]
    shown: list[str]
    labelled: list[str]
    bold: list[str]
    quoted: list[str]
    opening_bold: str | None
    lone: str | None
    opening: str | None
    in_main: frozenset[str] = frozenset()
    cuts: frozenset[tuple[str, str]] = frozenset()  # (first side, second side) of each cut
    # a view's heading («Full text of "<item>"») -> its item's title (``_viewed_item``)
    viewed: dict[str, str] = dataclass_field(default_factory=dict)

    @classmethod
    def of(cls, tree: etree._Element, hidden: list[etree._Element]) -> _TitleEvidence:
        fields = [_WHITESPACE_RUN.sub(" ", str(v)).strip()
                  for path in _TITLE_FIELDS for v in tree.xpath(path)[:1]]
        fields = [f for f in fields if f]
        sites = {_words(str(v)) for path in _SITE_NAME_FIELDS for v in tree.xpath(path)}
        pieces: dict[str, str] = {}
        partners: dict[str, set[str]] = {}
        texts: dict[str, str] = {}
        cuts: set[tuple[str, str]] = set()
        for field in fields:
            for cut in _SITE_SEPARATOR.finditer(field):
                before, after = field[: cut.start()].strip(), field[cut.end():].strip()
                sides = [s for s in (before, after) if _words(s) and _words(s) not in sites]
                if sides:
                    main = max(sides, key=len)
                    pieces.setdefault(_words(main), main)
                if len(sides) == 1:
                    partners.setdefault(_words(main), set())
                    texts.setdefault(_words(main), main)
                elif len(sides) == 2:
                    one, other = _words(before), _words(after)
                    cuts.add((one, other))
                    partners.setdefault(one, set()).add(other)
                    partners.setdefault(other, set()).add(one)
                    texts.setdefault(one, before)
                    texts.setdefault(other, after)
        bracketless = _add_bracketless_sides(texts, partners)
        named = {**{_words(f): f for f in fields}, **texts}  # a whole field is a side too
        headings: list[str] = []
        in_main: set[str] = set()
        logos: set[str] = set()
        for element in tree.iter(*_HEADINGS):
            if len(headings) >= _HEADINGS_SCANNED:
                break
            if _is_logo(element):
                logos.add(_words(_element_text(element)))
            elif not _in_page_chrome(element) and not _crumb_step(element):
                headings.append(_field_heading(element, named))
                if headings[-1] and _in_main(element):
                    in_main.add(_words(headings[-1]))
        headings = [h for h in headings if h]
        keys = {_words(h) for h in headings}
        viewed = {_words(_element_text(h)): item
                  for h in islice(tree.iter(*_HEADINGS), _HEADINGS_SCANNED)
                  if (item := _viewed_item(h)) is not None}
        shown: list[str] = []
        labelled: list[str] = []
        bold: list[str] = []
        quoted: list[str] = []
        opening: str | None = None
        opening_bold: str | None = None
        if not keys & ({_words(f) for f in fields} | set(partners) | set(pieces)):
            # what the page shows in its main region is shown before its header's, and
            # there a whole field counts too (a post's subject, its own og:title, set in a
            # <div>); outside it a whole field is a logo's text («Factiva»), no headline
            shows = {**texts, **{_words(f): f for f in fields if _words(f) not in sites}}
            found = (_shown_sides(tree, shows, trail_sides=bracketless, main_only=True)
                     or _shown_sides(tree, texts, trail_sides=bracketless))
            # in the fields' order (a set's is the hash seed's): of two sides as long, the
            # one the field sets first, the article's before its site's name, is chosen.
            # A side a menu links to names a section or a community, not the article: it
            # is no headline, but it is still shown, so its partner (the site's name) is
            # not shown alone (a «most read» menu listing the story itself)
            menu = _menu_entries(tree)
            shown = [text for k, text in shows.items()
                     if k in found and k not in menu and not partners.get(k, set()) & found]
            labelled = _labelled_titles(tree) + _large_type_titles(tree)
            bold = _bold_fields(tree, [f for f in fields if _words(f) not in sites])
            posts = {_words(m.group(1)): m.group(1).strip()
                     for m in map(_QUOTED_POST.match, fields) if m}
            if fields and all(_ACCOUNT_FIELD.search(f) for f in fields):
                # every field names an account («الاسم (@handle)»): the page's description
                # is its post, the headline when the page shows it as a block's text
                for text in tree.xpath(_DESCRIPTION_FIELDS)[:2]:
                    posts.setdefault(_words(str(text)), str(text).strip())
                posts.pop("", None)
            quoted = [posts[k] for k in _shown_sides(tree, posts, first_lines=True)]
            opening = _opening_heading(tree, set(hidden))
            opening_bold = _bold_opening_line(tree)
        named_logo = bool(fields) and all(_words(f) in logos or _PAGE_ID.match(
            _BRACKETED_TAIL.sub("", f)) for f in fields)
        lone = _lone_h1(tree) if fields else None
        if not named_logo and not (lone and _wraps_everywhere(fields, lone)):
            lone = None
        if not named_logo and fields:
            lone = _modal_heading(tree, fields, set(hidden)) or lone
        return cls(fields, pieces, partners, headings, shown, labelled, bold, quoted,
                   opening_bold, lone, opening, frozenset(in_main), frozenset(cuts), viewed)

    def _main_partner(self, piece: str, keys: list[str]) -> str | None:
        """The heading inside the page's ``<main>`` that is the first side of a cut whose
        second side is ``piece``, when ``piece`` is a heading outside it: a book's or an
        app's bar sets its name as an <h1> («<chapter> - <book>» in the title field, the
        book's name the longer side when the chapter's title is short), and the main
        landmark holds the chapter's own. A site's name is the second side («<headline> -
        <site>»): a <main> that opens on the site's name under a headline set in the page's
        <header> is no chapter's."""
        piece_key = _words(piece)
        if piece_key in self.in_main:
            return None
        return next((heading for heading, key in zip(self.headings, keys, strict=True)
                     if key in self.in_main and (key, piece_key) in self.cuts), None)

    def choose(self, extracted: str | None) -> str | None:
        """The title ``_chosen`` finds; a view's heading it finds (``_viewed_item``: «Full
        text of "<item>"») gives the item's own title."""
        title = self._chosen(extracted)
        return self.viewed.get(_words(title), title) if title else title

    def _chosen(self, extracted: str | None) -> str | None:
        """A heading that is a whole title field, else one that is a field less the site's
        name (the longest), else one that is the other side of a field whose first side is
        no heading (a title shorter than the site's name), else the field piece two fields
        agree on, else a side the page shows on its own, else ``extracted``."""
        whole = {_words(f) for f in self.whole}
        best: str | None = None
        keys = [_words(heading) for heading in self.headings]
        for heading, key in zip(self.headings, keys, strict=True):
            if key in whole:
                return heading
            if key in self.pieces and (best is None or len(key) > len(_words(best))):
                best = heading
        if best:
            return self._main_partner(best, keys) or best
        for heading, key in zip(self.headings, keys, strict=True):
            # the other side no heading, nor a whole field: a whole field beside it (an
            # og:title «X» with a <title> «X : arabs») says the heading is the site's name
            if key in self.partners and not self.partners[key] & (set(keys) | whole):
                return heading
        if self.lone:  # the fields name the site (or book) its logo heading names
            return self.lone
        if self.quoted:  # the fields name a post's author, the quote is the post
            return max(self.quoted, key=len)
        if self.bold:  # the fields that agree name a channel or site, the bold line its post
            return max(self.bold, key=len)
        agreed = [p for key, p in self.pieces.items() if key in whole]
        if agreed:
            return max(agreed, key=len)
        if self.opening and all(word_count(t) < MIN_TITLE_WORDS for t in self.shown) and (
                extracted is None or word_count(extracted) < MIN_TITLE_WORDS
                or _words(extracted) in keys):
            # what the page shows is a site's name, what trafilatura took a site's name or
            # another heading no field names either (the list's own heading)
            return self.opening
        if not self.labelled and (headline := self._named_app_heading(extracted, keys)):
            return headline
        if self.shown:
            return max(self.shown, key=len)
        if self.labelled and (extracted is None or _print_label(extracted)
                              or _words(extracted) not in whole
                              or word_count(extracted) < MIN_TITLE_WORDS):
            # the fields hold a site's name («Factiva», a database's), or «print view», or
            # nothing trafilatura took: no title
            return self.labelled[0]
        return extracted

    def _named_app_heading(self, extracted: str | None, keys: list[str]) -> str | None:
        """The first early heading of a headline's length when every title field names an
        app or a site and no field a headline: each field's parts and the sides shown are
        shorter than a title (``_names_only``), and so is what trafilatura took (or it is a
        heading no field names). A web mail's reading pane is titled «البريد - <user> -
        Outlook», shows «Outlook» in its bar and names the message only in its subject
        heading; a page whose title field holds a headline never comes here. With no such
        heading, a message's bold opening line is the headline (``opening_bold``: a web
        messenger titled «WhatsApp» shows a forwarded story as one message, its headline the
        bold first line)."""
        if not self.whole or not all(map(_names_only, [*self.whole, *self.shown])) or (
                extracted is not None and not _names_only(extracted)
                and _words(extracted) not in keys):
            return None
        return next((h for h in self.headings if word_count(h) >= MIN_TITLE_WORDS),
                    self.opening_bold)


def _viewed_item(heading: etree._Element) -> str | None:
    """The linked item's title when ``heading`` names a view of it: its one link's whole text
    set in quotes that close the heading, after at most ``MAX_VIEW_LABEL_WORDS`` words of
    the view's label (an archive's «Full text of "<a>…</a>"», «Transcript of “…”»). The page
    is the item's text, and the quote is its title. A heading quoting with no link in the
    quote («النص الكامل لـ"إعلان القاهرة"», a headline), a link no quote wraps, or a
    quote with more after it is a headline as it reads."""
    links = heading.findall(".//a")
    if len(links) != 1:
        return None
    item = _element_text(links[0]).strip()
    match = _VIEW_HEADING.match(_element_text(heading).strip())
    if (not item or match is None or match.group("item").strip() != item
            or len(match.group("label").split()) > MAX_VIEW_LABEL_WORDS):
        return None
    return item


def _names_only(field: str) -> bool:
    """Whether every part of a title field between site-name separators is shorter than a
    title: names («البريد - رنا الحسيني - Outlook»), or a file's name (a viewer's «Microsoft
    Word - بيان صحفي 06-12.docx»), no headline."""
    return all(word_count(part) < MIN_TITLE_WORDS or _FILE_NAME.search(part)
               for part in _SITE_SEPARATOR.split(field))


def _field_heading(heading: etree._Element, sides: dict[str, str]) -> str:
    """The heading's text, or that text less a short label opening or closing it
    (``_unlabelled``) when only the rest is a side of the title fields or a whole field: an
    issue tracker's «<title> #412» whose fields read «<title> · Issue #412 · owner/repo», a
    thread's «[منقول] <title>», a document export's «<title><br><span>subtitle</span>» whose
    <title> is the title alone. A heading the fields name whole keeps its label."""
    text = _element_text(heading)
    if _words(text) in sides:
        return text
    return next((rest for rest in _unlabelled(heading) if _words(rest) in sides), text)


def _opening_heading(tree: etree._Element, hidden: set[etree._Element]) -> str | None:
    """The text of the heading (h1–h6, a headline's length) that is the first child of the
    box holding the page's text, before its prose: the text's own title, whatever its rank (a
    course platform sets each update's title as an <h4> under the list's <h2>); what the
    page ``hidden`` weighs nothing. That is every hidden box, where ``_html_lines`` discounts
    only those a story's units hold (collapsed entries trafilatura would read once their
    marks went with the units'): the title is read off the page as a reader sees it, before
    any box is dropped or unmarked, when the units are not known yet; and in the extraction
    a hidden box outside the units (a collapsed «more» part of the text, a slideshow's
    hidden slide) is the article's and weighs with its container's prose."""
    container = _text_container(tree.find("body"), None, hidden)
    first = None if container is None else _first_block(container)
    if first is None or first.tag not in _TAB_HEADINGS or _in_page_chrome(first):
        return None
    text = _element_text(first)
    return text if MIN_TITLE_WORDS <= word_count(text) <= MAX_HEADING_WORDS else None


def _first_block(container: etree._Element) -> etree._Element | None:
    """The first element child of ``container`` (a comment between is none): the block that
    opens it."""
    return next((child for child in container if isinstance(child.tag, str)), None)


def _modal_heading(tree: etree._Element, fields: list[str],
                   hidden: set[etree._Element]) -> str | None:
    """The first heading (h1–h3) of an open modal dialog (``aria-modal="true"``, a
    ``role="dialog"``) that every title field wraps in more words (``_wraps_everywhere``):
    the item the page's address opens over its collection (a board's card «<card> في <board>
    | Trello», a profile's post), whose own heading the page behind names as one of its
    entries, while the collection's <h1> is wrapped by the fields too. A dialog the fields do
    not name (a consent box, a sign-in prompt) and a hidden one say nothing."""
    for dialog in tree.xpath(_MODAL_DIALOGS):
        if dialog in hidden or any(a in hidden for a in dialog.iterancestors()):
            continue
        heading = next(dialog.iter(*_HEADINGS), None)
        if heading is not None and _wraps_everywhere(fields, text := _element_text(heading)):
            return text
    return None


def _wraps_everywhere(fields: list[str], heading: str) -> bool:
    """Whether every title field holds ``heading`` (``MIN_WRAPPED_TITLE_WORDS`` words or more)
    as a run of its words with more around it that no separator cuts off: a code host's
    «statements/2026/<headline>.md at main · owner/repo», whose path and branch glue to the
    headline, so no field piece is the page's one <h1>."""
    key = _words(heading)
    return len(key.split()) >= MIN_WRAPPED_TITLE_WORDS and all(
        _wraps_words(_words(f), key) for f in fields)


def _bold_fields(tree: etree._Element, fields: list[str]) -> list[str]:
    """The ``fields`` (more than one word) that a ``<b>``/``<strong>`` outside the page's
    chrome holds as its whole text, opening a block of prose (its parent, no page region,
    holds ``MIN_SENTENCE_PROSE_WORDS`` words more: a post's bold first line, not a logo)."""
    wanted = {_words(f): f for f in fields if len(f.split()) > 1}
    found: list[str] = []
    body = tree.find("body")
    for element in body.iter("b", "strong") if body is not None and wanted else ():
        key = _words(_element_text(element))
        parent = element.getparent()
        if (key in wanted and wanted[key] not in found and parent is not None
                and parent.tag not in ("body", "html", "article", "main")
                and word_count(_element_text(parent)) - word_count(wanted[key])
                >= MIN_SENTENCE_PROSE_WORDS and not _in_page_chrome(element)):
            found.append(wanted[key])
    return found


def _bold_opening_line(tree: etree._Element) -> str | None:
    """The text of the first ``<b>``/``<strong>`` outside the page's chrome that opens its
    block (nothing before it there) as a line of its own (a ``<br>`` right after it), a
    headline's length, over ``MIN_SENTENCE_PROSE_WORDS`` words more of the block: a message's
    bold first line over its text («*عنوان*» as a messenger renders it), not a label inline
    in a sentence. At most ``_HEADINGS_SCANNED`` such openings are weighed."""
    body = tree.find("body")
    weighed = 0
    for run in body.iter("b", "strong") if body is not None else ():
        parent, after = run.getparent(), run.getnext()
        if (parent is None or after is None or after.tag != "br" or (run.tail or "").strip()
                or (parent.text or "").strip() or next(parent.iterchildren(), None) is not run):
            continue
        weighed += 1
        if weighed > _HEADINGS_SCANNED:
            break
        text = _element_text(run)
        if (MIN_TITLE_WORDS <= word_count(text) <= MAX_HEADING_WORDS
                and word_count(_element_text(parent)) - word_count(text)
                >= MIN_SENTENCE_PROSE_WORDS and not _in_page_chrome(run)):
            return text
    return None


def _labelled_titles(tree: etree._Element) -> list[str]:
    """Texts of the first elements outside the chrome whose class/id/itemprop says title or
    headline (not a subtitle's, a site's, a widget's), a heading's length, not a link: a
    link marked so (a results list's «enHeadline» beside the story) is another page's."""
    found: list[str] = []
    for element in tree.xpath(_LABELLED_TITLE)[:_HEADINGS_SCANNED]:
        marks = f"{element.get('id', '')} {element.get('class', '')}".lower()
        if element.tag == "a" or _NOT_HEADLINE_MARK.search(marks) or any(
                c.tag in _BLOCK_CHILDREN for c in element):
            continue
        text = _element_text(element)
        if (2 <= len(text.split()) <= MAX_HEADING_WORDS and not _in_page_chrome(element)
                and not _digit_heavy(text.split())  # «المراجعة ٨٣ · حُفظت …»: a status line
                and not any(True for _ in element.iterancestors("a"))
                and not element.findall(".//a")):
            found.append(text)
            if len(found) >= 3:
                break
    return found


def _large_type_titles(tree: etree._Element) -> list[str]:
    """Texts of the first runs set in a heading's type by legacy markup (``<font size="4">``
    to 7, ``"+1"`` and up, ``<big>``) that are the whole text of their block, outside the
    chrome and no link, a heading's length: an old page's headline («<div align=center><b>
    <font size=4>…</font></b></div>» over a document database's text), marked by its type
    as another page's is by its class. Read, as the labelled titles are, only when nothing
    agrees with the title fields (a database's «البيانات الصحفية - وثيقة», a view's name)."""
    found: list[str] = []
    block_words: dict[etree._Element, str] = {}  # each block's words, read once, not per run
    body = tree.find("body")
    for run in body.iter("font", "big") if body is not None else ():
        if run.tag == "font" and not _LARGE_FONT.match((run.get("size") or "").strip()):
            continue
        text = _element_text(run)
        if not 2 <= len(text.split()) <= MAX_HEADING_WORDS:
            continue
        block = next((a for a in run.iterancestors() if a.tag not in _INLINE_HTML), None)
        if block is not None and block not in block_words:
            block_words[block] = _words(_element_text(block))
        if (block is not None and block_words[block] == _words(text) and run.find(".//a") is None
                and not any(True for _ in run.iterancestors("a")) and not _in_page_chrome(run)):
            found.append(text)
            if len(found) >= 3:
                break
    return found


def _is_logo(heading: etree._Element) -> bool:
    """A heading that is only a link to the site's home page: the logo, set in an <h1>; or
    one whose own marks (class, id, a framework's component name) name it the logo as a
    word (``_LOGO_MARK``: a site builder's text logo «<h3 data-ux="LogoHeading">», which
    links nowhere and echoes the site's name in the title field)."""
    links = heading.findall(".//a")
    if len(links) == 1 and bool(_HOME.match(links[0].get("href") or "x")) and (
            _element_text(links[0]) == _element_text(heading)):
        return True
    marks = " ".join(filter(None, (heading.get("class"), heading.get("id"),
                                   *map(heading.get, _DATA_NAMES))))
    return bool(_LOGO_MARK.search(marks))


def _crumb_step(heading: etree._Element) -> bool:
    """A heading set as an item of a breadcrumb trail (a low-code portal's «الرئيسية ›
    المركز الإعلامي › <h1>تفاصيل الخبر</h1>»): the trail's current step names the page's
    view, not its article, however the page's title field echoes it."""
    item = next(heading.iterancestors("li"), None)
    return item is not None and any(
        "breadcrumb" in f"{e.get('id', '')} {e.get('class', '')}".lower()
        for e in item.iterancestors())


def _add_bracketless_sides(texts: dict[str, str], partners: dict[str, set[str]]) -> set[str]:
    """Add, for each title-field side closed by a bracketed label (``_BRACKETED_TAIL``: a
    forum archive's «<topic> [الأرشيف]», a view's «[PDF]»; any bracketed tail of at most 40
    characters, whatever it says, so a headline's own «(فيديو)» too), the side less it, with
    the same partners: the page shows the topic without its view's label (its trail's last
    step), and agreement is read on what the page shows. The labelled side stays a side (a
    headline's own «(فيديو)» is the heading's too). Returns the sides added: a trail's last
    step that shows one is the topic, however short (``_shown_sides``)."""
    added: set[str] = set()
    for key, text in list(texts.items()):
        bare = _BRACKETED_TAIL.sub("", text)
        bare_key = _words(bare)
        if bare == text or not bare_key or bare_key in texts:
            continue
        texts[bare_key] = bare
        added.add(bare_key)
        partners[bare_key] = set(partners.get(key, ()))
        for other in partners[bare_key]:
            partners.setdefault(other, set()).add(bare_key)
    return added


def _trail_step(element: etree._Element) -> str | None:
    """The last step of a breadcrumb trail set as loose text after ``element``'s link
    («منتدى › القسم › <topic>», the topic unlinked, nothing after it in its box): the page
    the trail leads to. None when no crumb separator (``_CRUMB_MARK``) opens the tail."""
    tail = element.tail or ""
    mark = _CRUMB_MARK.match(tail)
    if mark is None or element.getnext() is not None:
        return None
    return tail[mark.end():].strip() or None


def _outgrows_sections(element: etree._Element, step: str) -> bool:
    """Whether a trail's last step holds more words than every linked section step before it
    (``element`` the last link): a topic's title is longer than the trail's section names,
    and a step as short as they are is a section's name («الرئيسية › أخبار › اقتصاد»), not
    the headline shown. The trail's first link is the site's or the front page's name, as
    long as a forum's may be, and counts only when it is the one link."""
    links = [element, *element.itersiblings("a", preceding=True)]  # the last link first
    sections = links[:-1] or links
    return word_count(step) > max(word_count(_element_text(link)) for link in sections)


def _shown_sides(tree: etree._Element, sides: dict[str, str], *, first_lines: bool = False,
                 trail_sides: set[str] | frozenset[str] = frozenset(),
                 main_only: bool = False) -> set[str]:
    """The title-field sides that the page shows as an element's whole text outside its
    chrome (a headline set in bold or a large font, a logo's text), less a link to the front
    page (a logo's text set as a link: the site's name, however short the headline is). With
    ``first_lines``, a side the page shows as the line that opens a block, before its first
    ``<br>``, counts too: a post quoted by the title fields («Name on Instagram: "…"») is the
    caption's first line, the headline over its paragraphs in the same block. A trail's
    unlinked last step counts when it is one of ``trail_sides`` (a side less its view's
    bracketed label: the topic the trail ends on) or outgrows the trail's section names
    (``_outgrows_sections``). With ``main_only``, only what the page shows inside its main
    region (``_in_main``) counts: a board's or a site's name set in the page's header beside
    a post's subject set in ``<main>`` names the page, not the post (a Padlet post, whose
    ``<title>`` names its board and whose ``og:title`` its subject)."""
    if not sides:
        return set()
    lengths = [len(side) for side in sides.values()]
    low, high = min(lengths) * 4 // 5, max(lengths) * 5 // 4 + 4
    found: set[str] = set()
    body = tree.find("body")
    for element in body.iter() if body is not None else ():
        if not isinstance(element.tag, str) or (main_only and not _in_main(element)):
            continue
        step = _trail_step(element) if element.tag == "a" else None
        if step and low <= len(step) <= high and _words(step) in sides and (
                _words(step) in trail_sides or _outgrows_sections(element, step)) and (
                not _in_page_chrome(element)):
            found.add(_words(step))
        text = element.text
        if not text or not low <= len(text.strip()) <= high:
            continue
        key = _words(text)
        opens = len(element) == 0 or (first_lines and element[0].tag == "br")
        if key in sides and opens and not _in_page_chrome(element) and not (
                element.tag == "a" and (_HOME.match(element.get("href") or "x")
                                        or _CRUMB_MARK.match(element.tail or ""))) and not (
                element.tag in _HEADINGS and _is_logo(element)):
            # a link to the front page is the logo, one a crumb separator follows a trail's
            # step (the site's or a section's name): neither is the headline shown; nor is
            # a heading marked as the logo (a site builder's unlinked text logo)
            found.add(key)
    return found


def _menu_entries(tree: etree._Element) -> set[str]:
    """Comparable forms of the texts of a menu's links: each ``<a>`` of a ``<nav>`` (or an
    element of ARIA role «navigation») holding three links or more, less its last link. A
    title field's side that a menu links to («إعلانات الجامعة | Viva Engage», the community
    listed in the app's side menu and named again over its thread) is a place on the site,
    not the article: ``_TitleEvidence.of`` takes no such side as the headline shown, though
    it still counts as shown against its partner (a «most read» menu listing the story
    itself leaves the site's name, the title's other side, no headline shown alone). A
    trail's last link, often the page itself (its headline), and a menu of one or two links
    (a pager's «السابق / التالي») name no section."""
    found: set[str] = set()
    for menu in tree.xpath("//body//nav | //body//*[@role='navigation']"):
        links = menu.findall(".//a")
        if len(links) >= 3:
            found |= {_words(_element_text(link)) for link in links[:-1]}
    found.discard("")
    return found


def _in_main(element: etree._Element) -> bool:
    """Inside the page's main region: a ``<main>`` or an element of ARIA role «main»."""
    return any(parent.tag == "main" or parent.get("role") == "main"
               for parent in element.iterancestors())


def _in_page_chrome(element: etree._Element) -> bool:
    """Inside a footer, navigation or sidebar (by tag, by the ARIA role of one or of a note,
    content ancillary to the page's main content, or by an id/class saying so). A page
    wrapper's class saying its layout has a sidebar («showSidebar hasSidebar», «has-sidebar»)
    is no sidebar: the whole page, headline included, is inside it. Nor is a box whose
    id/class says footer but that holds an ``<h1>`` or ``<main>``: a sticky-footer wrapper
    (a forum's «footerfix» around header, posts and footer) holds the page, and no footer
    holds the page's top heading or its main region. The ``<body>``'s and ``<html>``'s own
    classes never count: they name the page's layout («header-fixed sticky-footer» on a
    Grav page), and the page they wrap is no footer."""
    for parent in element.iterancestors():
        if (parent.tag in ("footer", "nav", "aside") or parent.get("role") in _CHROME_ROLES
                or _office_footer(parent)):
            return True
        if parent.tag in ("body", "html"):
            continue  # their class names the page's layout («sticky-footer»): no region
        marks = _SIDEBAR_STATE.sub("", f"{parent.get('id', '')} {parent.get('class', '')}".lower())
        if "sidebar" in marks or (_FOOTER_MARK.search(marks)
                                  and next(parent.iter("h1", "main"), None) is None):
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


def _breaks_from_plain_text(tree: etree._Element) -> None:
    """Turn the line breaks a browser shows in a text set as plain text into ``<br>``s, so
    that ``_paragraphs_from_breaks`` makes its lines and paragraphs: every line break of an
    element whose style or class says it is pre-wrapped (``white-space: pre-wrap`` or
    ``pre-line``; YouTube's «…--white-space-pre-wrap», Tailwind's «whitespace-pre-wrap»: a
    video's description, whose chapters, «تابعونا على:» and links trafilatura glued to the
    story's last line), and elsewhere each blank line between words, as two (a mailing list
    archive's message, one plain-text run in a ``<div>`` with the list's footer in it): no
    paragraph's HTML holds a blank line it means as a space. A ``<pre>``, a ``<code>``, an
    element whose class names code (``_CODE_CLASS``: a highlighter's pre-wrapped block) and
    what is no text (a script, a style, a form's field) are left as they are: the clean
    stage reads a ``<pre>``'s rows. One walk over the body."""
    body = tree.find("body")
    if body is None:
        return
    # the elements themselves, not their id()s: a freed lxml proxy's id() is reused
    wrapped = set(tree.xpath(_PRE_WRAPPED))
    stack: list[tuple[etree._Element, bool]] = [(body, False)]
    while stack:
        element, pre_wrapped = stack.pop()
        if element.tag in _NOT_PLAIN_TEXT or _CODE_CLASS.search(element.get("class") or ""):
            continue
        pre_wrapped = pre_wrapped or element in wrapped
        children = [child for child in element if isinstance(child.tag, str)]
        if element.text and (parts := _text_lines(element.text, pre_wrapped)):
            element.text = parts[0]
            index = 0
            for part in parts[1:]:
                for br in _breaks_before(part, 1 if pre_wrapped else 2):
                    element.insert(index, br)
                    index += 1
        for child in children:
            if child.tail and (parts := _text_lines(child.tail, pre_wrapped)):
                child.tail = parts[0]
                anchor = child
                for part in parts[1:]:
                    for br in _breaks_before(part, 1 if pre_wrapped else 2):
                        anchor.addnext(br)
                        anchor = br
            stack.append((child, pre_wrapped))


def _text_lines(text: str, pre_wrapped: bool) -> list[str]:
    """``text`` cut at its line breaks (``pre_wrapped``) or at its blank lines between words
    (a blank line opening or closing a text is the source's layout around a tag); [] when
    it has none."""
    if pre_wrapped:
        return _ANY_LINE_BREAK.split(text) if "\n" in text else []
    core = text.strip()
    if "\n" not in core or not _BLANK_LINE.search(core):
        return []
    parts = _BLANK_LINE.split(core)
    parts[0] = text[: len(text) - len(text.lstrip())] + parts[0]
    parts[-1] += text[len(text.rstrip()):]
    return parts


def _breaks_before(text: str, count: int) -> list[etree._Element]:
    """``count`` ``<br>``s, the last one's tail ``text``."""
    breaks = [etree.Element("br") for _ in range(count)]
    breaks[-1].tail = text
    return breaks


def _paragraphs_from_breaks(tree: etree._Element) -> None:
    """Wrap each stretch of loose text between <br>s of a container (``text<br><br>text``
    in a cell or a div, as old and blog pages set their paragraphs) in a <p> of its own,
    as a browser shows it: trafilatura otherwise glues the stretches (and a header's date,
    title and counters with them) into one run of text, or drops them."""
    parents = {id(br.getparent()): br.getparent() for br in tree.iter("br")
               if br.getparent() is not None}
    layout: dict[etree._Element, bool] = {}  # table -> whether it lays the page out
    for parent in parents.values():
        if parent.tag not in _BREAK_CONTAINERS or not _has_loose_text(parent):
            continue
        if parent.tag in ("td", "th") and not _layout_cell(parent, layout):
            continue  # a data table's cell stays a cell of text
        group: list[etree._Element] = []
        lead = parent.text or ""
        parent.text = None
        position = 0
        for child in list(parent):
            tail = child.tail or ""
            if child.tag in _INLINE_HTML and child.find(".//br") is None:
                group.append(child)
                continue
            # a break or a block: the text before it becomes a paragraph
            position = _wrap(parent, group, lead, position)
            group, lead = [], ""
            position = parent.index(child) + 1
            if tail.strip():
                child.tail = None
                lead = tail
        _wrap(parent, group, lead, position)


def _article_region(headline: etree._Element | None,
                    prose: list[etree._Element]) -> etree._Element | None:
    """The lowest ancestor of the headline that holds most of the page's blocks of ``prose``
    (those outside its chrome): the article's column; None when no headline or no prose is
    known. Boxes outside it (a «citizen service» band under a ministry's page, a contact
    strip) are the page's: wrapping their runs as paragraphs would hand trafilatura page
    chrome that reads like text."""
    if headline is None or not prose:
        return None
    lineages = [set(block.iterancestors()) for block in prose]
    for ancestor in headline.iterancestors():
        if 2 * sum(1 for lineage in lineages if ancestor in lineage) > len(prose):
            return ancestor
    return None


def _after_quoted_story(region: etree._Element | None,
                        prose: list[etree._Element]) -> set[str]:
    """Comparable forms of what follows a story reposted as a quote: when one <blockquote>
    of the article's region holds all of the region's prose (a reblog's or a forum post's
    quoted story), the lines after it in the region that hold no prose are the reposter's
    (their own line under the quote, the post's notes, likes and reblogs, its tags)."""
    if region is None:
        return set()
    prose = [block for block in prose if region in set(block.iterancestors())]
    quote = next((q for q in region.iter("blockquote")
                  if prose and all(q in set(block.iterancestors()) for block in prose)), None)
    if quote is None:
        return set()
    after = [e for e in _following(quote)
             if region in set(e.iterancestors()) and not _holds_prose(e)]
    # an element's own words too: a note «… أعاد التدوين من … وأضاف:» over its quote
    found = {_words(_element_text(e)) for e in after} | {
        _words("".join(_text_outside(e, _QUOTED_PARTS))) for e in after}
    found.discard("")
    return found


def _paragraphs_from_runs(tree: etree._Element) -> None:
    """Wrap in a <p> the inline run of each container whose text opens with a formatting
    element set apart by a space («<div><b>القاهرة</b> أعلن …</div>»): trafilatura drops
    that space («القاهرةأعلن», the dateline lost) and cuts the run at each later formatting
    element, where a <p> keeps it whole. Done just before extraction: the page's own
    structure (a header's label is a <div>, not a <p>) is read first.

    A mail composer's paragraph is one too: mail clients and rich-text editors set each
    paragraph as a bare <div> of text and each blank line as ``<div><br></div>`` (a group's
    or a web mail's message view), and trafilatura, which reads no text straight under a
    <div>, kept only the signature <p>s around such a short message.

    And a <section> of text and inline markup only: trafilatura keeps a <div> around a
    <span> of text as a paragraph but unwraps a <section>, so sibling sections came out glued
    into one line (a messaging app's article sets each paragraph as
    «<section><span>…</span></section>», its caption and credits likewise): each is a
    paragraph (``_inline_section``)."""
    for container in [e for e in tree.iter(*_RUN_CONTAINERS)
                      if _opens_inline(e) or _inline_section(e)]:
        lead, container.text = container.text or "", None
        _wrap(container, list(container), lead, 0)
    bodies: dict[etree._Element, bool] = {}  # a parent's verdict, read once for its children
    for container in [e for e in tree.iter("div") if _composed_paragraph(e, bodies)]:
        lead, container.text = container.text or "", None
        _wrap(container, [], lead, 0)


def _inline_section(element: etree._Element) -> bool:
    """A <section> holding text and inline markup only, not a row of links (a tag strip or a
    menu so wrapped would read as a paragraph and change what trafilatura keeps)."""
    if element.tag != "section" or not all(
            child.tag in _INLINE_HTML for child in element if isinstance(child.tag, str)):
        return False
    text = _element_text(element)
    return bool(text) and 2 * _linked_length(element) < len(text)


def _composed_paragraph(element: etree._Element, bodies: dict[etree._Element, bool]) -> bool:
    """A bare <div> holding only a paragraph's text in a composed message body (``bodies``
    keeps each parent's verdict, so a body of many paragraphs is read once)."""
    parent = element.getparent()
    if (len(element) or element.attrib or parent is None
            or not _reads_as_prose(element.text or "")):
        return False
    if parent not in bodies:
        bodies[parent] = _composed_body(parent)
    return bodies[parent]


def _composed_body(parent: etree._Element) -> bool:
    """Whether ``parent`` holds only bare <div>s, one of them a blank line
    (``<div><br></div>``): the shape a mail composer gives a message's body."""
    children = [child for child in parent if isinstance(child.tag, str)]
    return all(child.tag == "div" and not child.attrib for child in children) and any(
        len(child) == 1 and child[0].tag == "br" and not _element_text(child)
        for child in children)


def _unmark_prose_units(tree: etree._Element) -> set[etree._Element]:
    """Take the class and id off the elements holding a story's text set in units, a
    paragraph or so per unit (a slideshow's slides: «slides» / «slide» / «slide-caption»),
    that trafilatura's own discard rules would remove: they go by class words (slide,
    caption, meta, overlay…) whatever an element holds, and kept one paragraph of such a
    gallery story. A unit is one of ``MIN_PROSE_UNITS`` siblings or more of one tag and
    class that each hold a block of prose, and those of the run shaped as they are
    (``_unit_shape``: a story's subheading as a slide of one short paragraph); units the page
    marks as its furniture (comments,
    related cards) or sets in its chrome keep their marks, and so do a unit's parts holding no
    prose (a slide's credit and arrows still go). Only what trafilatura would discard loses
    its marks: a container's class that leads trafilatura to the body stays. Done before the
    page's structure is read: a slide's paragraph under the headline is no caption either.
    Returns the units found."""
    body = tree.find("body")
    found: list[etree._Element] = []
    units: set[etree._Element] = set()
    for parent in body.iter(etree.Element) if body is not None else ():
        groups: dict[tuple[str, str], list[etree._Element]] = {}
        for child in parent:
            if isinstance(child.tag, str) and child.get("class"):
                groups.setdefault((child.tag, child.get("class", "")), []).append(child)
        for group in groups.values():
            if (len(group) < MIN_PROSE_UNITS or _is_marked(group[0]) or _is_marked(parent)
                    or _in_page_chrome(parent)):
                continue
            prose = [unit for unit in group if _holds_prose(unit)]
            if len(prose) >= MIN_PROSE_UNITS:
                shapes = {_unit_shape(unit) for unit in prose}
                shaped = [unit for unit in group if unit not in prose
                          and _unit_shape(unit) in shapes and _TOKEN.search(_element_text(unit))]
                _drop_repeated_headers(group)
                units.update(prose, shaped)
                found += [parent, *parent.iterancestors(), *shaped]
                found += [e for unit in prose for e in unit.iter(etree.Element)
                          if not _is_marked(e) and _holds_prose(e)]
    _unmark_discarded(tree, found)
    return units


def _unit_shape(unit: etree._Element) -> tuple[str, ...]:
    """The tags of a unit's child elements, in order: what a run's units are made of. A
    unit shaped as the prose units are (one ``<p>`` as theirs) is one of the story's, however
    short its words (a subheading set as a slide of its own); a slide of a heading, a list
    and speaker notes is shaped otherwise."""
    return tuple(child.tag for child in unit if isinstance(child.tag, str))


def _unmark_discarded(tree: etree._Element, found: list[etree._Element]) -> None:
    """Take the class and id off those of ``found`` that trafilatura's own discard rules
    would remove: they go by class words whatever an element holds."""
    if not found:
        return
    discarded = {e for xpath in _TRAFILATURA_DISCARDS for e in xpath(tree)}
    for element in found:
        if element in discarded:
            element.attrib.pop("class", None)
            element.attrib.pop("id", None)


def _drop_repeated_headers(units: list[etree._Element]) -> None:
    """Remove from each unit of a thread the parts that hold no prose, whose text is all
    links' and whose words are the same in every unit: the poster's name, handle and dated
    permalink that a thread reader (a Nitter mirror) repeats above each post. trafilatura
    weighs them as link text, and drops a short post under them as a link box; the name is
    the page's, said once above the thread."""
    headers = [{part: _words(_element_text(part)) for part in unit.iter(etree.Element)
                if part is not unit and not _holds_prose(part)
                and _TOKEN.search(_element_text(part))
                and not _TOKEN.search("".join(_text_outside(part, {"a"})))} for unit in units]
    shared = set.intersection(*(set(found.values()) for found in headers))
    for found in headers:
        for part, words in found.items():
            if words in shared and any(True for _ in part.iterancestors("html")):
                _remove_keeping_tail(part)


def _text_container(body: etree._Element | None, headline: etree._Element | None,
                    hidden: set[etree._Element] | None = None) -> etree._Element | None:
    """The parent of the page's prose blocks that holds most of its prose (more than
    ``MIN_TEXT_CONTAINER_SHARE`` of their characters), after the headline or around it,
    unless the page marks it or a box around it as furniture or sets it in its chrome: the
    article's body container. trafilatura discards it by a class word whatever it holds (an
    open-data portal's description is «notes embedded-content», and «embed» is one of its
    share-button words), and then extracts the resources list and metadata table beside it
    instead of the text: the container loses that class. Its ancestors keep theirs (a
    forum's «message» boxes, which trafilatura discards, lead its fallback to the post). A
    consent banner's sentence above the headline can outweigh a one-sentence story: it is no
    container. Prose in ``hidden`` boxes (collapsed entries beside the one shown, which
    trafilatura would read: the marks that hid them went with a story's units') weighs
    nothing."""
    prose = [] if body is None else [block for block in _prose_blocks_in(body, long_runs=True)
                                     if not _in_page_chrome(block) and not (hidden and any(
                                         e in hidden for e in (block, *block.iterancestors())))]
    held: Counter[etree._Element] = Counter()
    for block in prose:
        parent = block.getparent()
        if parent is not None:
            held[parent] += len(_element_text(block))
    if not held:
        return None
    container, size = held.most_common(1)[0]
    if size <= MIN_TEXT_CONTAINER_SHARE * sum(held.values()) or any(
            _is_marked(box) for box in (container, *container.iterancestors())):
        return None
    if headline is not None and headline not in container.iter() and not any(
            element is container for element in _following(headline)):
        return None
    return container


def _record_fields(tree: etree._Element) -> tuple[etree._Element | None, set[str]]:
    """A definition list of at least ``MIN_RECORD_FIELDS`` fields of which one value
    (``<dd>``) alone holds prose, and the comparable forms of its other fields, labels and
    values: a catalogue record whose description holds the story (a digital archive's item:
    «العنوان», «المنشئ», «الموضوع», «اللغة», an identifier). Its values are a title, names,
    dates and terms, no furniture word among them, and a reader page sets them as lines
    above and below the text. The list stands for the text's container when the boxes
    beside it are read (its related resources, its citation). The value holding the text
    becomes a ``<div>``: trafilatura reads a ``<dd>`` as one list item and glues the
    paragraphs set in it as blocks (each a value of its own) into one line."""
    for record in tree.iter("dl"):
        if len(record.findall(".//dt")) < MIN_RECORD_FIELDS:
            continue
        values = record.findall(".//dd")
        told = [value for value in values if _holds_prose(value)]
        if len(told) == 1:
            fields = [field for field in record.iter("dt", "dd") if field is not told[0]]
            # a field's values set as blocks come out glued as one line, any run of them
            keys = set().union(*map(_block_keys, fields), *map(_glued_runs, fields))
            told[0].tag = "div"  # the text's box: trafilatura glues a value's blocks in one
            return record, keys - _block_keys(told[0])
    return None, set()


def _glued_runs(field: etree._Element) -> set[str]:
    """Comparable forms of each run of ``field``'s child blocks' texts joined without a
    space: trafilatura glues a value's blocks, less any it dropped (a linked term)."""
    texts = [_element_text(child) for child in field if isinstance(child.tag, str)]
    return {_words("".join(texts[start:end])) for start in range(len(texts))
            for end in range(start + 2, len(texts) + 1)}


def _inline_fields(tree: etree._Element) -> set[str]:
    """The comparable forms of a record's inline fields beside the one that holds the text,
    and of that field's own label: at least ``MIN_RECORD_FIELDS`` inline children of one
    parent each opened by a label (``_field_label``: «نوع المادة: », «الملخص: »), of which
    exactly one holds prose set in blocks, paragraphs or lines between breaks (a library
    catalogue's record, its summary field holding the text; the others are runs of inline
    text, though a «no tags yet» note among them may read as a sentence). A browser sets
    such fields side by side and trafilatura glues them into lines of «label: value» runs;
    each field becomes a ``<div>``, its own line, so that its form matches. A parent of
    fewer fields (a byline's «بقلم: …» beside a date) or of no field (or several) holding
    the text's blocks is left alone. Each element is read as one parent's child, once."""
    found: set[str] = set()
    for parent in tree.iter(etree.Element):
        fields = [(child, label) for child in parent
                  if isinstance(child.tag, str) and child.tag in _INLINE_HTML
                  and (label := _field_label(child)) is not None]
        if len(fields) < MIN_RECORD_FIELDS:
            continue
        told = [child for child, _ in fields if _holds_blocks(child) and _holds_prose(child)]
        if len(told) != 1:
            continue
        for child, label in fields:
            found |= {_words(_element_text(label))} if child is told[0] else _block_keys(child)
            child.tag = "div"
    found.discard("")
    return found


def _field_label(field: etree._Element) -> etree._Element | None:
    """The element that opens ``field`` as its label (the first one holding text, before
    any text of ``field``'s own, at most ``MAX_LABEL_WORDS`` words closed by a colon), or
    None."""
    if (field.text or "").strip():
        return None
    for element in field.iterdescendants(etree.Element):
        if (element.text or "").strip():
            text = _element_text(element).strip()
            closed = text.endswith((":", "："))
            return element if closed and len(text.split()) <= MAX_LABEL_WORDS else None
    return None


def _spreadsheet_grid(tree: etree._Element, hidden: set[etree._Element]) -> set[str]:
    """The comparable forms of a spreadsheet grid's furniture around the text it holds, and
    of the other sheets beside it: a table whose first row's cells, after an empty corner,
    are the column letters in order («A», «B», …) and whose other rows each open with a
    row header (``<th>``: its number) is a sheet published as a web page. Where its cells
    hold prose, the letters, the row headers and the rows before the first and after the
    last row holding prose (the sheet's own title, source and status cells) are the
    grid's; the rows between stay whole. Where the page hides the sheet (an inline
    ``display: none`` a script undoes for the sheet chosen), each hidden sibling of its
    hidden box is another sheet (a contacts tab) and goes. A table of figures under column
    headings that name what they hold is no grid. One pass over each table's own rows."""
    found: set[str] = set()
    for table in tree.iter("table"):
        rows = [[cell for cell in row if cell.tag in ("td", "th")]
                for row in table.xpath("./tr | ./thead/tr | ./tbody/tr | ./tfoot/tr")]
        if len(rows) < 2 or len(rows[0]) < 2 or _element_text(rows[0][0]).strip():
            continue
        letters = [_element_text(cell).strip() for cell in rows[0][1:]]
        if letters != list(_COLUMN_LETTERS[:len(letters)]) or any(
                not cells or cells[0].tag != "th" for cells in rows[1:]):
            continue
        told = [index for index, cells in enumerate(rows)
                if any(_holds_prose(cell) for cell in cells[1:])]
        if not told:
            continue
        for index, cells in enumerate(rows):
            whole = index < told[0] or index > told[-1]
            for cell in cells if whole else cells[:1]:
                found |= _block_keys(cell)
        box = next((box for box in table.iterancestors() if box in hidden), None)
        sheets = () if box is None or box.getparent() is None else box.getparent()
        for sheet in sheets:
            if sheet is not box and sheet in hidden:
                found |= _block_keys(sheet)
    found.discard("")
    return found


def _label_value_fields(tree: etree._Element) -> tuple[set[str], set[str]]:
    """The comparable forms of a label/value table's furniture, and of the short notes set
    right under it: a table of two cells a row, of which a value cell holds prose and no
    label cell does (each at most ``MAX_LABEL_WORDS`` words), is a record whose values hold
    the text (an exchange's disclosure: «المقدمة», «تفاصيل الإعلان» over its paragraphs).
    Its label column, a header row of ``<th>`` cells, and the rows before the first and
    after the last row whose value holds prose (a reference manager's «Item Type | Web
    Page», «Author | …» over the abstract; a fixed «الأثر المالي» value, the attachment) are
    the form's: a value that holds no prose outside the run of the text's rows is a field;
    so is each short block (at most ``MAX_RULED_NOTE_WORDS`` words, no block inside) that
    follows the table in its box (the market's disclaimer). A data table between a story's
    paragraphs holds no prose in its cells, and a table whose labels are sentences (a
    question and its answer) is no form. One pass over each table's own rows."""
    fields: set[str] = set()
    notes: set[str] = set()
    for table in tree.iter("table"):
        rows = [[cell for cell in row if cell.tag in ("td", "th")]
                for row in table.xpath("./tr | ./thead/tr | ./tbody/tr | ./tfoot/tr")]
        if len(rows) < 2 or any(len(cells) != 2 for cells in rows):
            continue
        told = [index for index, (label, value) in enumerate(rows) if _holds_prose(value)]
        if not told or any(_holds_prose(label)
                           or len(_element_text(label).split()) > MAX_LABEL_WORDS
                           for label, _ in rows):
            continue
        for index, (label, value) in enumerate(rows):
            fields |= _block_keys(label)
            if not told[0] <= index <= told[-1] or (label.tag == value.tag == "th"):
                fields |= _block_keys(value)
        for block in table.itersiblings(etree.Element):
            if block.tag not in _LEAD_TAGS or _holds_blocks(block) or len(
                    _element_text(block).split()) > MAX_RULED_NOTE_WORDS:
                break
            notes |= _block_keys(block)
    return fields, notes


def _about_sections(tree: etree._Element) -> set[str]:
    """Comparable forms of each «about» section's heading and blocks: a heading (h2–h6) that
    opens with one of ``page_words``' ``about_openers`` followed by a name (at most
    ``MAX_ABOUT_HEADING_WORDS`` words in all, no sentence), with the blocks after it up to
    the next heading, at most ``MAX_FURNITURE_WORDS`` words. A press release ends on its
    organisation's boilerplate («نبذة عن الهيئة …» over one paragraph, its site and phone),
    the same on every release; ``_without_about_section`` takes it only where it closes the
    text."""
    openers = load_page_words().about_openers
    keys: set[str] = set()
    body = tree.find("body")
    for heading in body.iter("h2", "h3", "h4", "h5", "h6") if body is not None else ():
        words = normalize(_element_text(heading)).casefold().split()
        if not 2 <= len(words) <= MAX_ABOUT_HEADING_WORDS or ends_like_sentence(
                _element_text(heading)) or not any(
                " ".join(words[:n]) in openers and len(words) > n for n in (1, 2)):
            continue
        section = [heading]
        for block in heading.itersiblings(etree.Element):
            if block.tag in _TAB_HEADINGS:
                break
            section.append(block)
        if sum(word_count(_element_text(b)) for b in section[1:]) <= MAX_FURNITURE_WORDS:
            for block in section:
                keys |= _block_keys(block)
    return keys


def _without_about_section(article: Article, lines: list[Line], about: set[str]) -> list[Line]:
    """``lines`` less a release's «about» section (``_about_sections``) where it closes the
    text: from a heading line of it, every later line of prose is the section's own. Its
    lines go as ``about_note``; lines under it that are no section's and no prose (a contact
    line, a share bar) are left to their own rules. A section so headed with the text's
    prose after it is the text's."""
    start = next((i for i, line in enumerate(lines)
                  if line.kind == "heading" and _words(line.text) in about), None)
    if start is None or any(_reads_as_prose(line.text) and _words(line.text) not in about
                            for line in lines[start:]):
        return lines
    kept = lines[:start]
    for line in lines[start:]:
        if _words(line.text) in about:
            article.removed.append(RemovedLine(line.text, "about_note"))
        else:
            kept.append(line)
    return kept


def _mail_header_rows(tree: etree._Element) -> set[str]:
    """Comparable forms of a mail's header rows, each row whole and its value alone: a
    table row whose text opens with a header field's label and its «:» (the label at most
    ``MAX_MAIL_LABEL_WORDS`` words, one of ``page_words``' ``mail_party_labels`` or
    ``mail_detail_labels``), in the tables whose every row is one, when the page's such rows
    name a party («From:», «To:», «إلى:») and a detail («Subject:», «Date:») both. A mail
    client's saved or printed message (Thunderbird's ``moz-header`` tables, its forwarded
    message's headers table) sets each field as such a row, and trafilatura keeps the
    values («رنا الخطيب <…>», «06/12/2026, 10:27», «Fwd: <subject>») while the labels, set
    apart, go as furniture. A row whose label names no mail field («المكان:», «المدة:»), a
    table holding another row, and a page whose header rows name parties only (an itinerary's
    «من: القاهرة» / «إلى: دبي») or details only (an event's «التاريخ:») are no mail's."""
    words = load_page_words()
    keys: set[str] = set()
    kinds: set[str] = set()
    for table in tree.iter("table"):
        rows = table.xpath("./tr | ./thead/tr | ./tbody/tr | ./tfoot/tr")
        found: list[tuple[str, str]] = []
        for row in rows:
            match = _MAIL_FIELD.match(_element_text(row).strip())
            label = normalize(match.group(1)).casefold().strip() if match else ""
            kind = ("party" if label in words.mail_party_labels
                    else "detail" if label in words.mail_detail_labels else "")
            if not kind or len(label.split()) > MAX_MAIL_LABEL_WORDS:
                break
            found.append((kind, match.group(2) if match else ""))
        else:
            for (kind, value), row in zip(found, rows, strict=True):
                kinds.add(kind)
                keys |= _block_keys(row) | {_words(value)}
    keys.discard("")
    return keys if kinds == {"party", "detail"} else set()


def _forward_notes(tree: etree._Element) -> set[str]:
    """Comparable forms of a forward delimiter and of a forwarder's note: in a saved or
    printed mail, the delimiter («-------- Forwarded Message --------», a line of one of
    ``page_words``' ``mail_forward_markers`` between runs of hyphens) is the client's
    furniture, and what stands before it in the same box or the nearest box up that has
    anything before it is the forwarder's own words («للنشر في صفحة المحليات، وصلنا صباح
    اليوم.»), which trafilatura keeps as the text's first paragraph while the forwarded story
    comes after the delimiter. A note is at most
    ``MAX_FORWARD_NOTE_WORDS`` words and holds no table (a mail's header rows are their own
    rule's); a longer text before the delimiter is a message of its own, and a page with no
    delimiter (a line that only names a forwarded message, with no hyphens drawn) has no
    note."""
    markers = load_page_words().mail_forward_markers
    keys: set[str] = set()
    for element in tree.iter(etree.Element):
        runs = [element.text or "", *(child.tail or "" for child in element)]
        delimiters = [run for run in runs
                      if _FORWARD_DELIMITER.match(run) and _words(run) in markers]
        if not delimiters:
            continue
        keys |= {_words(run) for run in delimiters}
        box: etree._Element | None = element
        while box is not None and box.tag not in ("body", "html"):
            parent = box.getparent()
            before = [sibling for sibling in box.itersiblings(etree.Element, preceding=True)
                      if _words(_element_text(sibling))]
            loose = [run for run in ([] if parent is None else [parent.text or ""])
                     + [sibling.tail or "" for sibling
                        in box.itersiblings(etree.Element, preceding=True)] if _words(run)]
            if before or loose:
                texts = [_element_text(sibling) for sibling in before] + loose
                if (sum(word_count(text) for text in texts) <= MAX_FORWARD_NOTE_WORDS
                        and not any(sibling.tag == "table" or sibling.find(".//table")
                                    is not None for sibling in before)):
                    for sibling in before:
                        keys |= _block_keys(sibling)
                    keys |= {_words(run) for run in loose}
                break
            box = parent
    keys.discard("")
    return keys


def _data_boxes(container: etree._Element | None,
                headline: etree._Element | None) -> set[str]:
    """Comparable forms of the boxes that follow the text's container beside it and that
    open on their own subheading over no prose at all, and of each element in them: a
    dataset page's «البيانات والموارد» (file links, formats, one-line descriptions) and
    «معلومات إضافية» (a table of fields and values), a repository's files and details. The
    article's own sections hold its paragraphs, and a figures table it discusses sits inside
    its container, between the paragraphs. Their lines go after extraction: a box's
    presence still weighs in what trafilatura reads around it.

    The boxes that follow a box around the container are read so too, up to the box that
    holds the headline (``_boxes_after``): a crisis map's report sets its description in a
    field box under «الوصف» and its other fields beside that box, each under its own
    subheading («الفئات» over a list of terms, «الموقع» over a place's name). What follows
    the box holding the headline (the page's side column, its related stories) is left to
    the other rules, as before."""
    found: set[str] = set()
    for box in _boxes_after(container, headline):
        first = next((child for child in box if isinstance(child.tag, str)), None)
        if (box.tag in _CTA_TAGS and first is not None and first.tag in _SUBHEADINGS
                and box.find(".//h1") is None
                and (not _holds_prose(box) or _COUNTED_HEADING.search(_element_text(first)))):
            found |= {_words(_element_text(part)) for part in box.iter(etree.Element)}
            found |= {_words(run) for part in box.iter(etree.Element)
                      for run in _inline_runs(part)}
    found.discard("")
    return found


def _boxes_after(container: etree._Element | None,
                 headline: etree._Element | None) -> Iterator[etree._Element]:
    """The siblings that follow ``container``, then those that follow each box around it
    that does not hold ``headline`` (up to ``<body>``); with no headline, the container's
    own siblings only."""
    if container is None:
        return
    yield from container.itersiblings()
    if headline is None:
        return
    holding = _headline_and_ancestors(headline)
    for box in container.iterancestors():
        if box.tag in ("body", "html") or box in holding:
            return
        yield from box.itersiblings()


def _inline_runs(element: etree._Element) -> Iterator[str]:
    """The runs of inline children between ``element``'s blocks, glued as trafilatura sets
    them (an update's «<b>تحديث</b><span>منذ ٣ أيام</span>» over its paragraph is one line,
    no element's text); none where ``element`` holds no block."""
    if not any(isinstance(child.tag, str) and child.tag in _BLOCK_CHILDREN for child in element):
        return
    run: list[str] = []
    for child in element:
        if isinstance(child.tag, str) and child.tag in _BLOCK_CHILDREN:
            if run:
                yield "".join(run)
            run = []
        elif isinstance(child.tag, str):
            run.append(_element_text(child))
    if run:
        yield "".join(run)


def _opens_inline(element: etree._Element) -> bool:
    """A container of inline markup only whose text opens with a formatting element
    (trafilatura rebuilds it as its own ``hi``/``ref``) set apart by a space from text after
    it, the space a browser shows, which trafilatura drops; text, not a row of links (a
    menu bar wrapped so would read as a paragraph and change what trafilatura keeps)."""
    children = [child for child in element if isinstance(child.tag, str)]
    if not children or (element.text or "").strip() or children[0].tag not in _GLUED_INLINE:
        return False
    tail = children[0].tail or ""
    if not tail[:1].isspace() or not all(child.tag in _INLINE_HTML for child in children):
        return False
    text = _element_text(element)
    return bool(_element_text(children[0])) and text != _element_text(children[0]) and (
        2 * _linked_length(element) < len(text))


def _layout_cell(cell: etree._Element, layout: dict[etree._Element, bool]) -> bool:
    """A cell of a table that lays the page out: one holding paragraphs' worth of text, or
    inside a table with layout markup (``layout`` caches that per table)."""
    if word_count(_element_text(cell)) >= MIN_LAYOUT_CELL_WORDS:
        return True
    for table in cell.iterancestors("table"):
        if table not in layout:  # keyed by the element: a freed proxy's id() is reused
            layout[table] = bool(table.xpath(_LAYOUT_MARKERS))
        if layout[table]:
            return True
    return False


def _has_loose_text(parent: etree._Element) -> bool:
    return bool((parent.text or "").strip()) or any(
        (child.tail or "").strip() or (child.tag in _INLINE_HTML and child.tag != "br"
                                       and "".join(child.itertext()).strip())
        for child in parent)


def _wrap(parent: etree._Element, group: list[etree._Element], lead: str,
          position: int) -> int:
    """Put ``lead`` and the inline ``group`` (whose tails go with them) into a new <p> at
    ``position`` of ``parent``; returns the position after it."""
    if not lead.strip() and not any("".join(e.itertext()).strip() or (e.tail or "").strip()
                                    for e in group):
        if lead:
            _keep_text(parent, position, lead)
        return position
    paragraph = etree.Element("p")
    paragraph.text = lead
    for element in group:
        paragraph.append(element)  # moves it, with its tail
    parent.insert(position, paragraph)
    return position + 1


def _keep_text(parent: etree._Element, position: int, text: str) -> None:
    if position == 0:
        parent.text = (parent.text or "") + text
    else:
        previous = parent[position - 1]
        previous.tail = (previous.tail or "") + text


def _element_text(element: etree._Element) -> str:
    return _WHITESPACE_RUN.sub(" ", "".join(element.itertext())).strip()
