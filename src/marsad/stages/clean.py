"""Stage ``clean``: Arabic site debris out of the lines, reported with a reason each.

No library knows Arabic news debris, so this is ours. Rules are of three kinds:
*phrases/patterns* from ``data/boilerplate.json`` (read-also, back-to-top, share lines...),
*position* (menu crumbs only before the title; a dateline only at the start of the body;
related-article lists only after their header) and *shape* (glued menu labels, bylines).
Title, kicker, bylines, dateline and links found here are kept as metadata, not thrown away.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from marsad.arabic.normalize import normalize
from marsad.boilerplate import (
    ends_like_sentence,
    is_menu_crumbs,
    is_trailer_marker,
    load_boilerplate,
    match_line,
    parse_byline,
    parse_dateline,
    split_kicker,
    word_count,
)
from marsad.lexicon import load_json
from marsad.model import Article, Author, Dateline, Line, Link, RemovedLine

_BULLETS = "•●▪■◼◆♦➢►✓"
_INVISIBLE = "\u200b\u200c\u200d\u200e\u200f\u2060\ufeff"
MAX_TITLE_WORDS = 30  # longer first lines are lead paragraphs, not headlines
MAX_RELATED_TITLE_WORDS = 25  # a related-articles list holds headlines, not paragraphs
TOP_LINES_SCANNED = 6  # crumbs and the title sit within the first few non-blank lines
MAX_LABEL_AFTER_TITLE = 2  # a section label under the headline: «منوعات», «رأي»
# Pictographs and arrows a site sets before a line of its furniture («🔴 تابعونا على…»,
# «📌 اقرأ أيضا: …», «► شارك»): a line rule is tried on the line without them too.
_DECORATION_CHARS = ("[\U0001F000-\U0001FAFF\u2190-\u21FF\u2500-\u27BF\u2B00-\u2BFF"
                     "\uFE0F\u200D\\s" + _BULLETS + "]+")
_DECORATION = re.compile("^" + _DECORATION_CHARS)
# The same after a headline: a thread's first post is the headline and a «🧵» or «👇».
_DECORATION_AFTER = re.compile(_DECORATION_CHARS + "$")


def _undecorated(line: str) -> str:
    """A headline without the pictographs set around it (a «🧵» after a thread's first post,
    a page icon «📰» glued before a docs page's heading): the title is its words."""
    return _DECORATION.sub("", _DECORATION_AFTER.sub("", line))


ALL_DEBRIS_WARNING = "W002"


def run(article: Article) -> Article:
    lines = [Line(_strip(line.text), line.kind, line.url) for line in article.lines]
    lines = [line for line in lines if line.text]
    original = [Line(line.text, line.kind, line.url) for line in lines]
    saved = _Saved.of(article)
    lines = _take_title(article, _drop_top_crumbs(article, lines))
    lines = _cut_signature_lines(article, lines)
    lines = _drop_debris(article, lines)
    _take_dateline(article, lines)
    _trim_last_line(article, lines)
    _cut_email_signature(article, lines)
    lines = _take_signature(article, lines)
    article.lines = [_mark_bullet_heading(line) for line in lines if line.text]
    if original and not article.lines:
        _keep_all_debris(article, original, saved)
    _add_hinted_author(article)  # authors and dateline have one suspect: this stage
    return article


@dataclass(slots=True)
class _Saved:
    """What cleaning may change on the article, to undo it when it would leave nothing."""

    removed: int
    authors: int
    links: int
    dateline: Dateline | None
    title: str | None
    kicker: str | None

    @classmethod
    def of(cls, article: Article) -> _Saved:
        return cls(len(article.removed), len(article.authors), len(article.links),
                   article.dateline, article.title, article.kicker)


def _keep_all_debris(article: Article, original: list[Line], saved: _Saved) -> None:
    """Debris rules protect an article body; when every line looked like debris there is no
    body to protect (a one-line input, a pasted sentence), so the text stays, with a warning.

    A title the page metadata named is kept; a line the title took is text again.
    """
    reasons = [r.reason for r in article.removed[saved.removed:]]
    if not any(reason != "title" for reason in reasons):
        return  # only the headline was there: it is the title, nothing was lost
    del article.removed[saved.removed:]
    del article.authors[saved.authors:]
    del article.links[saved.links:]
    article.dateline = saved.dateline
    hint = article.raw.title or article.hints.get("title")
    article.kicker, article.title = split_kicker(hint) if hint else (saved.kicker, saved.title)
    article.lines = original
    shown = ", ".join(sorted(set(reasons) - {"title"}))
    article.warnings.append(
        f"[{ALL_DEBRIS_WARNING}] every line looked like page debris ({shown}); with no article "
        "body to protect, the text was kept as it is"
    )


def _strip(text: str) -> str:
    """Trim whitespace, including no-break spaces and invisible marks a line may hold alone."""
    return text.strip().strip(_INVISIBLE).strip()


def _remove(article: Article, text: str, reason: str) -> None:
    article.removed.append(RemovedLine(text, reason))


def _drop_top_crumbs(article: Article, lines: list[Line]) -> list[Line]:
    hint = article.raw.title or article.hints.get("title")
    hint_norm = normalize(hint).strip() if hint else None
    kept_from = 0
    for position, line in enumerate(lines[:TOP_LINES_SCANNED]):
        if hint_norm and _same_title(line.text, hint_norm):
            break
        if not is_menu_crumbs(line.text):
            break
        _remove(article, line.text, "menu_crumbs")
        kept_from = position + 1
    return lines[kept_from:]


def _same_title(line: str, hint_norm: str) -> bool:
    """The line is the headline the metadata named (sites add « - site name» to <title>)."""
    norm = normalize(split_kicker(_undecorated(line))[1]).strip()
    return bool(norm) and (norm == hint_norm or (
        len(norm) > 15 and norm in hint_norm and len(norm) >= len(hint_norm) // 2))


def _take_title(article: Article, lines: list[Line]) -> list[Line]:
    hint = article.raw.title or article.hints.get("title")
    if hint:
        hint_norm = normalize(split_kicker(hint)[1]).strip()
        for position, line in enumerate(lines[:TOP_LINES_SCANNED]):
            if _same_title(line.text, hint_norm):
                article.kicker, article.title = split_kicker(_undecorated(line.text))
                _remove(article, line.text, "title")
                return lines[:position] + _drop_label_after(article, lines[position + 1 :])
        article.kicker, article.title = split_kicker(hint)
        return lines
    if len(lines) >= 2 and _looks_like_title(lines[0].text):
        article.kicker, article.title = split_kicker(lines[0].text)
        _remove(article, lines[0].text, "title")
        return lines[1:]
    return lines


def _drop_label_after(article: Article, rest: list[Line]) -> list[Line]:
    """A section label set just under the headline (an Instant Article's ``op-kicker`` after
    its <h1>: «منوعات») is header furniture when text follows it: only words of the
    menu list (no digits, no separators), at most ``MAX_LABEL_AFTER_TITLE`` of them."""
    words = normalize(rest[0].text).split() if rest else []
    menu = load_boilerplate().menu_words
    if (len(rest) >= 2 and 0 < len(words) <= MAX_LABEL_AFTER_TITLE
            and all(word in menu for word in words)):
        _remove(article, rest[0].text, "menu_crumbs")
        return rest[1:]
    return rest


def _looks_like_title(text: str) -> bool:
    return word_count(text) <= MAX_TITLE_WORDS and not text.rstrip().endswith((".", "،", ":"))


@dataclass(slots=True, frozen=True)
class FurnitureBlocks:
    """Headers of in-article furniture blocks (polls, references) from ``boilerplate.json``'s
    ``blocks``: unlike a related-articles list, a poll's lines are questions and options, so
    what ends the block is a line too long to be one of them, not a line that reads like a
    sentence. Public because two stages read the same headers: this stage drops the blocks
    from text lines, and the page stage (``html.py``) ends a body's prose where one opens."""

    markers: tuple[tuple[str, re.Pattern[str]], ...]
    max_words: int

    def opened_by(self, text: str) -> str | None:
        norm = normalize(text).strip()
        return next((reason for reason, pattern in self.markers if pattern.search(norm)), None)


@cache
def furniture_blocks() -> FurnitureBlocks:
    """The furniture blocks a marker line opens (boilerplate.json's ``blocks``), read once:
    the debris rules here and the page stage's box labels share them."""
    data = load_json("boilerplate.json")["blocks"]
    markers = tuple((m["reason"], re.compile(normalize(m["pattern"]), re.I))
                    for m in data["markers"])
    return FurnitureBlocks(markers, int(data["max_words"]))


def _drop_debris(article: Article, lines: list[Line]) -> list[Line]:
    rules = load_boilerplate()
    blocks = furniture_blocks()
    kept: list[Line] = []
    in_trailer = False
    block: str | None = None  # the reason of the furniture block being removed
    for line in lines:
        text = line.text
        if block and word_count(text) <= blocks.max_words:
            _remove(article, text, block)
            continue
        block = blocks.opened_by(text)
        if block:
            _remove(article, text, block)
            continue
        if is_trailer_marker(text):
            _remove(article, text, "related_header")
            in_trailer = True
            continue
        if not _DECORATION.sub("", text):  # pictographs alone: a page's icon, a row of emoji
            _remove(article, text, "decoration")
            continue
        author = parse_byline(text)
        if author:
            article.authors.append(author)
            _remove(article, text, "byline")
            continue
        found = match_line(text, rules.line_rules)
        if found is None and (bare := _DECORATION.sub("", text)) != text and bare:
            found = match_line(bare, rules.line_rules)  # the whole line goes with its marks
        if found and found.reason == "closing_credit" and not kept:
            found = None  # «القاهرة/ أ ف ب» opening the body is its dateline's place, not a credit
        if found:
            if found.link:
                found.link.url = line.url
                article.links.append(found.link)
            _remove(article, text, found.reason)
            continue
        if in_trailer and (word_count(text) <= MAX_RELATED_TITLE_WORDS
                           and not ends_like_sentence(text)):
            article.links.append(Link(text, "related", line.url))
            _remove(article, text, "related_article")
            continue
        in_trailer = False
        kept.append(line)
    return kept


def _take_dateline(article: Article, lines: list[Line]) -> None:
    """A dateline opens the first or second body line (after a bare name), or is the line."""
    for line in lines[:2]:
        if line.kind != "body":
            continue
        parsed = parse_dateline(line.text)
        if parsed is None:
            continue
        dateline, body_start = parsed
        article.dateline = dateline
        _remove(article, line.text[:body_start].strip(), "dateline")
        line.text = line.text[body_start:].strip()
        return


def _trim_last_line(article: Article, lines: list[Line]) -> None:
    """Some sites glue a source link or tag list onto the end of the last paragraph."""
    if not lines:
        return
    last = lines[-1]
    found = match_line(last.text, load_boilerplate().suffix_rules)
    if found:
        if found.link:
            article.links.append(found.link)
        _remove(article, last.text[found.start : found.end].strip(), found.reason)
        last.text = last.text[: found.start].rstrip()


# A mail's signature delimiter (RFC 3676: «-- » alone on a line, stripped to «--»).
SIGNATURE_DELIMITER = "--"
# How many lines a signature block may hold: a name, a phone, an unsubscribe note, the
# quoted message replied to and a mailing list's footer; longer, the «--» is a separator.
_SIGNATURE_MAX_LINES = 12
# How many words a signature's line may hold: a name and title, a phone, the reply's «On …,
# X wrote:»; a longer line is a paragraph of the text.
_SIGNATURE_LINE_MAX_WORDS = 15


def _reads_like_signature(text: str) -> bool:
    """Whether a line next to a «--» delimiter reads like a signature's: short, and not
    ending like a sentence. A line of prose there (a story's paragraph under a ``<pre>`` that
    quotes a mail, a witness's words after a «--» set between ``<br>``s inside a paragraph)
    says the text goes on and the «--» is a dash of the text, not a mail's delimiter.
    """
    return word_count(text) <= _SIGNATURE_LINE_MAX_WORDS and not ends_like_sentence(text)


def _signature_start(rows: list[str]) -> int | None:
    """Where the signature block of a mail's ``rows`` starts: the earliest delimiter line with
    at most ``_SIGNATURE_MAX_LINES`` non-empty rows after it, or None. The earliest, because a
    list's footer opens with a second «--» under the sender's card; within the limit, because
    a lone «--» between two long parts is a separator. One search for a ``<pre>``'s rows and
    for a page's block lines, so both shapes of one mail lose the same block.
    """
    cut = None
    after = 0
    for at in range(len(rows) - 1, 0, -1):
        if rows[at].strip() == SIGNATURE_DELIMITER:
            cut = at
        elif rows[at].strip():
            after += 1
            if after > _SIGNATURE_MAX_LINES:
                break
    return cut


def _cut_email_signature(article: Article, lines: list[Line]) -> None:
    """A mail archived as a page (a list archive's ``<pre>``) ends with its signature block:
    everything under the delimiter line is the sender's card, the message quoted in reply
    and the list's unsubscribe footer, none of it the article. The delimiter is structural
    (no word of ours in it), so the block goes whatever language its lines are in; only
    under text. A ``<pre>`` arrives as one line holding its own line breaks, so the rows are
    looked for inside the lines, the last ones' rows read as one mail: the archive's own
    footer under the ``<pre>`` (MHonArc's «generated by» line) is under the delimiter too,
    and goes with the block. The lines after the delimiter's own go with it only when each
    reads like a signature's (``_reads_like_signature``): a story's paragraph after a
    ``<pre>`` whose rows hold a «--» (a quoted mail, then «ومن المتوقع أن …») says the text
    goes on, and nothing is cut.
    """
    rows = [(at, row) for at, line in enumerate(lines) for row in line.text.split("\n")]
    cut = _signature_start([row for _, row in rows])
    if cut is None:
        return
    at = rows[cut][0]
    if not all(_reads_like_signature(line.text) for line in lines[at + 1 :]):
        return
    head = "\n".join(row for line_at, row in rows[:cut] if line_at == at).rstrip()
    if not head.strip():  # the delimiter opens its line: ``_cut_signature_lines``' to cut
        return
    for _, row in rows[cut + 1 :]:
        if row.strip():
            _remove(article, row.strip(), "signature")
    lines[at].text = head
    del lines[at + 1 :]


def _cut_signature_lines(article: Article, lines: list[Line]) -> list[Line]:
    """The same delimiter when a mail was rendered as a page of blocks (a group's or a web
    mail's message view): «--» is a line of its own, and the sender's card, the list's
    footer and the quoted reply's «On …, X wrote:» are lines after it. It runs before the
    debris rules, which would drop the delimiter as a separator and leave its block as text.
    The block goes only when one of its lines reads like a signature's
    (``_reads_like_signature``: the sender's name, a phone, the reply's «On …, X wrote:»);
    its other lines may be sentences (a confidentiality note over the name, a list's footer).
    A «--» set between ``<br>``s inside a paragraph, or on a row of its own in a plain text,
    with only prose under it («قال الشاهد …» and the paragraphs after) is a dash of the
    text, and nothing goes.
    """
    cut = _signature_start([line.text for line in lines])
    if (cut is None or not any(line.kind == "body" for line in lines[:cut])
            or not any(_reads_like_signature(line.text) for line in lines[cut + 1 :])):
        return lines
    for line in lines[cut:]:
        _remove(article, line.text, "signature")
    return lines[:cut]


def _take_signature(article: Article, lines: list[Line]) -> list[Line]:
    """A writer's sign-off under the last paragraph («— هالة») is the author, not the text.

    Only after a line of prose that does not open with a dash itself: a run of dashed
    lines is a list whose last item may be a name.
    """
    if len(lines) < 2 or lines[-1].kind != "body" or lines[-2].text[:1] in "—–-":
        return lines
    found = load_boilerplate().signature.match(lines[-1].text.strip())
    if found is None:
        return lines
    if not article.authors:
        article.authors.append(Author(found.group("name"), None))
    _remove(article, lines[-1].text, "signature")
    return lines[:-1]


def _mark_bullet_heading(line: Line) -> Line:
    """A short bulleted line between paragraphs is a section heading («  • عدد القوات»)."""
    text = line.text
    if (line.kind == "body" and text[:1] in _BULLETS and text[1:2].isspace()
            and word_count(text) <= 15 and not ends_like_sentence(text)):
        return Line(text, "heading", line.url)
    return line


def _add_hinted_author(article: Article) -> None:
    """An author field from page metadata or a JSONL record, when no byline was found.

    Feeds often put a dateline there («أبوظبي - سكاي نيوز عربية»); that becomes the dateline.
    """
    hint = (article.raw.author or article.hints.get("author") or "").strip()
    if not any(char.isalpha() for char in hint) or article.authors:
        return  # a byline box's separator alone («·» between a date and a reading time)
    if _date_label(hint):
        return
    parsed = parse_dateline(hint)
    if parsed and parsed[1] >= len(hint.rstrip(" :")):
        article.dateline = article.dateline or parsed[0]
        return
    byline = parse_byline(hint)
    if byline is None and " " in hint:
        # Page metadata drops the byline's colon: «حوار جهاد عبد الله» for «حوار: ...».
        role, name = hint.split(" ", 1)
        byline = parse_byline(f"{role}: {name}")
    article.authors.append(byline or Author(hint, None))


def _date_label(hint: str) -> bool:
    """Whether an author field is a date's label whose date was dropped: trafilatura takes
    an element whose id or class says author (Discuz's ``<em id="authorposton…">نُشر في
    2026-12-3 21:14</em>``) and strips its digits, leaving «نُشر في». Given a date back, the
    timestamp rule reads it as the label it is; a name never matches that rule."""
    found = match_line(f"{hint} 2026-01-01", load_boilerplate().line_rules)
    return found is not None and found.reason == "timestamp"
