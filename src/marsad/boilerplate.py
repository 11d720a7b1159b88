"""Compiled debris rules from ``data/boilerplate.json`` and the matchers that apply them.

Every rule runs on the normalised form of a line, so one pattern covers أ/ا, ة/ه and
diacritic variants; matched groups are mapped back to the line as written.
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from marsad.arabic.normalize import NormalizedText, normalize, normalized_view
from marsad.lexicon import load_json
from marsad.model import Author, Dateline, Link

_TITLE_SEPARATORS = re.compile(
    r"^\s*(?P<kicker>[^|:]{1,30}?)\s*(?P<sep>\|\||\||:)\s*(?P<title>\S.*)$"
)
# A mailing list's subject tag (RFC 2919 lists prefix «[list-name] » to every subject): set
# before the headline as a kicker is, in brackets instead of before a separator.
_LIST_TAG = re.compile(r"^\s*\[(?P<kicker>[^\[\]]{1,30})\]\s+(?P<title>\S.*)$")
_GLUED_WORDS = re.compile(r"[\u0629\u0649][\u0621-\u064A]")  # ة/ى never occur mid-word
_SENTENCE_PUNCTUATION = re.compile(r"[.!?؟،,؛;]")
_WORD = re.compile(r"\S+")
_QUOTED = re.compile(r"«[^«»]*»")  # «...» quotes a name; a lone » separates crumbs
MAX_CRUMB_WORDS = 15


@dataclass(slots=True, frozen=True)
class Rule:
    reason: str
    pattern: re.Pattern[str]
    link_kind: str | None


@dataclass(slots=True, frozen=True)
class Boilerplate:
    version: str
    line_rules: tuple[Rule, ...]
    suffix_rules: tuple[Rule, ...]
    trailer_markers: tuple[re.Pattern[str], ...]
    menu_words: frozenset[str]
    crumb_separators: re.Pattern[str]
    kicker_words: frozenset[str]
    byline: re.Pattern[str]
    byline_start: re.Pattern[str]
    signature: re.Pattern[str]
    date_tail: re.Pattern[str] | None
    outlets: frozenset[str]
    dateline_prefixes: tuple[re.Pattern[str], ...]
    dateline_parenthesised: re.Pattern[str]



@dataclass(slots=True, frozen=True)
class PageWords:
    """``data/page_words.json``: words only the HTML stage reads on a page's lines and labels.

    Kept apart from ``boilerplate.json``, which the text-input clean stage shares: a change
    here can move no plain text's output."""

    version: str
    closing_words: frozenset[str]  # a letter's complimentary close, normalised and casefolded
    salutation_words: frozenset[str]  # a mail's salutation («الأعزاء», «dear»), likewise
    control_words: frozenset[str]  # a control's prompt (tap, next, more), likewise
    repost_openers: frozenset[str]  # a reposter's note's first two words («نقلا عن»), likewise
    contact_labels: frozenset[str]  # the words naming a phone, a mail or a contact, likewise
    contact_headings: frozenset[str]  # a contact block's whole label («تواصل معنا»), likewise
    contact_prompts: frozenset[str]  # a prompt's words over a contact block («للتبرع»), likewise
    contact_label_heads: frozenset[str]  # a word before a label in its field («رقم»), likewise
    page_labels: frozenset[str]  # the word before a footer's page number («الصفحة»), likewise
    mail_party_labels: frozenset[str]  # a mail header's «From»/«To» row labels, likewise
    mail_detail_labels: frozenset[str]  # a mail header's «Subject»/«Date» row labels, likewise
    mail_forward_markers: frozenset[str]  # a forward delimiter's words, likewise
    about_openers: frozenset[str]  # how a release's «about» heading opens («نبذة عن»), likewise
    clause_particles: frozenset[str]  # «فإن/أن»: a clause after a source, likewise
    print_labels: frozenset[str]  # a print view's whole title field, likewise, hyphens as spaces
    furniture_label: re.Pattern[str]  # a furniture box's own label, on the normalised label

def _compile_rules(entries: list[dict[str, str]]) -> tuple[Rule, ...]:
    return tuple(
        Rule(e["reason"], re.compile(normalize(e["pattern"]), re.I), e.get("link_kind"))
        for e in entries
    )


@cache
def load_page_words() -> PageWords:
    """``page_words.json`` read once, each list normalised and casefolded as the HTML stage
    reads a page's lines (a print label's hyphens as spaces), so a look-up is one set test."""
    data = load_json("page_words.json")

    def words(key: str) -> frozenset[str]:
        return frozenset(normalize(word).casefold() for word in data[key]["words"])

    stems = (normalize(stem) for stem in data["furniture_label_stems"]["words"])
    return PageWords(
        version=data["version"],
        closing_words=words("closing_words"),
        salutation_words=words("salutation_words"),
        control_words=words("control_words"),
        repost_openers=words("repost_openers"),
        contact_labels=words("contact_labels"),
        contact_headings=words("contact_headings"),
        contact_prompts=words("contact_prompts"),
        contact_label_heads=words("contact_label_heads"),
        page_labels=words("page_labels"),
        mail_party_labels=words("mail_party_labels"),
        mail_detail_labels=words("mail_detail_labels"),
        mail_forward_markers=words("mail_forward_markers"),
        about_openers=words("about_openers"),
        clause_particles=words("clause_particles"),
        print_labels=frozenset(" ".join(word.replace("-", " ").split())
                               for word in words("print_labels")),
        furniture_label=re.compile("|".join(map(re.escape, stems))),
    )


@cache
def load_boilerplate() -> Boilerplate:
    data = load_json("boilerplate.json")
    byline = data["byline"]
    with_colon = "|".join(sorted(map(normalize, byline["roles_with_colon"]), key=len, reverse=True))
    # Longest first, and whole words only: «كتبت سارة» is the role «كتبت», not «كتب» + «ت…».
    bare = "|".join(sorted(map(normalize, byline["roles_without_colon"]), key=len, reverse=True))
    words = int(byline["max_name_words"])
    name = rf"(?P<name>[^\d\s.،,:؛!؟?()\"“”«»]+(?:\s+[^\d\s.،,:؛!؟?()\"“”«»]+){{0,{words - 1}}})"
    role = rf"(?:(?P<role>{with_colon})\s*[:：]|(?P<bare_role>{bare})(?![^\W\d_])\s*[-–—]?)"
    byline_pattern = re.compile(rf"^{role}\s*{name}\s*$")
    # A sign-off closing a post or a column: a long dash and the writer's name alone, words of
    # letters only («— هالة»); a hyphen is left out, it bullets plain-text lists.
    signed = int(byline["signature_max_words"]) - 1
    signature = re.compile(rf"^[—–]\s*(?P<name>[^\W\d_]+(?:\s+[^\W\d_]+){{0,{signed}}})$")
    line_rules = _compile_rules(data["line_rules"])
    # A header's byline often runs into the publication date («كتب فلان الإثنين، 16 أبريل
    # 2018 09:41 م»): the date is the one a line of its own would be (the date_line rule).
    dates = [r.pattern for r in line_rules if r.reason == "date_line"]
    date_tail = re.compile(dates[0].pattern.removeprefix("^"), dates[0].flags) if dates else None
    outlets = frozenset(normalize(o).lower() for o in data["outlets"])
    separator = data["dateline_separator"]
    part = r"[^\s\d:：()\-–—ـ.،,][^:：()\-–—ـ.،,\d]{0,40}?"
    return Boilerplate(
        version=data["version"],
        line_rules=line_rules,
        suffix_rules=_compile_rules(data["suffix_rules"]),
        trailer_markers=tuple(re.compile(normalize(p)) for p in data["trailer_markers"]),
        menu_words=frozenset(normalize(w) for w in data["menu_words"]),
        crumb_separators=re.compile(data["crumb_separators"]),
        kicker_words=frozenset(normalize(w) for w in data["kicker_words"]),
        byline=byline_pattern,
        byline_start=re.compile(rf"^{role}"),
        signature=signature,
        date_tail=date_tail,
        outlets=outlets,
        # A colon ends a dateline more surely than a dash, so it is tried first.
        dateline_prefixes=tuple(
            re.compile(rf"^(?P<parts>{part}(?:{separator}{part}){{1,2}})(?:{end})")
            for end in (r"\s*[:：]\s*(?=\S)", rf"{separator}(?=\S)|\s*$")
        ),
        dateline_parenthesised=re.compile(
            rf"^(?:(?P<place>{part})(?:\s*[،,]\s*(?P<region>{part}))?\s*)?"
            rf"\((?P<outlet>[^()]{{2,30}})\)"
            rf"\s*(?:[-–—ـ]+|:)\s*(?=\S)"
        ),
    )


@dataclass(slots=True, frozen=True)
class Match:
    """What a rule found in a line: the reason, and the removed span of the line."""

    reason: str
    start: int
    end: int
    link: Link | None = None


@lru_cache(maxsize=16)
def _any_of(patterns: tuple[re.Pattern[str], ...]) -> re.Pattern[str] | None:
    """One alternation that matches wherever one of ``patterns`` does (a pre-filter: most
    lines match no rule, and one search beats one search per rule); None if it cannot be
    built (differing flags)."""
    if not patterns or len({p.flags for p in patterns}) != 1:
        return None
    parts = [_NAMED_GROUP.sub("(?:", p.pattern) for p in patterns]
    try:
        return re.compile("|".join(f"(?:{part})" for part in parts), patterns[0].flags)
    except re.error:
        return None


_NAMED_GROUP = re.compile(r"\(\?P<\w+>")


def _re_internals() -> tuple[Any, Any] | None:
    """The regex parser and its constants (``re._parser``, ``re._constants`` since 3.11), or
    None where they are not there: every rule then counts as unanchored, which is always
    safe (only the speed of the screen depends on it)."""
    try:
        return importlib.import_module("re._parser"), importlib.import_module("re._constants")
    except ImportError:
        return None


_RE_INTERNALS = _re_internals()


def _anchored(pattern: re.Pattern[str]) -> bool:
    """Whether ``pattern`` can only match at the start of the string: the whole of it opens
    with ``^`` (no MULTILINE) or ``\\A``. Such a rule's ``search`` is its ``match``."""
    if _RE_INTERNALS is None:
        return False
    re_parser, re_constants = _RE_INTERNALS
    try:
        parsed = re_parser.parse(pattern.pattern, pattern.flags)
    except re.error:
        return False
    if not len(parsed):
        return False
    op, av = parsed[0]
    if op is not re_constants.AT:
        return False
    if av is re_constants.AT_BEGINNING_STRING:
        return True
    return av is re_constants.AT_BEGINNING and not pattern.flags & re.MULTILINE


@dataclass(slots=True, frozen=True)
class _Screen:
    """The pre-filter of a rule tuple, in two parts: the rules anchored at the line start
    (``match``: one try at position 0) and the others (``search``). One alternation of all
    of them tried every anchored branch at every position of every line, which made
    ``match_line`` the clean stage's cost; the two parts pass exactly the same lines (the
    screen only says whether some rule matches; the rules are then tried in order)."""

    anchored: re.Pattern[str] | None
    floating: re.Pattern[str] | None

    def passes(self, text: str) -> bool:
        return (self.anchored is not None and self.anchored.match(text) is not None) or (
            self.floating is not None and self.floating.search(text) is not None)


# rule tuple id -> (the tuple, kept alive so the id stays its own; its screen)
_SCREENS: dict[int, tuple[tuple[Rule, ...], _Screen | None]] = {}


def _build_screen(rules: tuple[Rule, ...]) -> _Screen | None:
    """The screen of ``rules``, or None where no single alternation can be built (differing
    flags, as before: every rule is then tried)."""
    patterns = tuple(rule.pattern for rule in rules)
    whole = _any_of(patterns)
    if whole is None:
        return None
    anchored = tuple(p for p in patterns if _anchored(p))
    floating = tuple(p for p in patterns if not _anchored(p))
    first = _any_of(anchored) if anchored else None
    rest = _any_of(floating) if floating else None
    if (anchored and first is None) or (floating and rest is None):
        return _Screen(None, whole)  # (a part would not compile alone: the one alternation)
    return _Screen(first, rest)


def _rules_screen(rules: tuple[Rule, ...]) -> _Screen | None:
    known = _SCREENS.get(id(rules))
    if known is not None and known[0] is rules:
        return known[1]
    screen = _build_screen(rules)
    if len(_SCREENS) > 64:
        _SCREENS.clear()
    _SCREENS[id(rules)] = (rules, screen)
    return screen


def match_line(line: str, rules: tuple[Rule, ...]) -> Match | None:
    """First rule whose pattern matches ``line``; its span and link refer to ``line``."""
    view = normalized_view(line)
    screen = _rules_screen(rules)
    if screen is not None and not screen.passes(view.text):
        return None
    for rule in rules:
        found = rule.pattern.search(view.text)
        if not found:
            continue
        start, end = view.to_original(*found.span())
        link = None
        if rule.link_kind and "link" in rule.pattern.groupindex:
            link_start, link_end = view.to_original(*found.span("link"))
            link = Link(line[link_start:link_end].strip(), rule.link_kind)
        return Match(rule.reason, start, end, link)
    return None


def is_trailer_marker(line: str) -> bool:
    norm = normalize(line).strip()
    markers = load_boilerplate().trailer_markers
    screen = _any_of(markers)
    if screen is not None:
        return screen.search(norm) is not None
    return any(p.search(norm) for p in markers)


def is_menu_crumbs(line: str) -> bool:
    """Navigation text: glued menu labels, breadcrumbs, or only section-name words."""
    rules = load_boilerplate()
    if len(line.split()) > MAX_CRUMB_WORDS:
        return False  # a paragraph, whatever typos glue its words
    if _GLUED_WORDS.search(line):
        return True
    if split_kicker(line)[0]:
        return False  # «خاص|| ...» is a headline with its kicker, not a breadcrumb
    words = normalize(line).replace("»", " ").split()
    if rules.crumb_separators.search(_QUOTED.sub("", line)) and len(words) <= 12:
        return not _SENTENCE_PUNCTUATION.search(line)
    return bool(words) and len(words) <= 8 and all(w in rules.menu_words for w in words)


def split_kicker(title: str) -> tuple[str | None, str]:
    """«خاص|| عنوان» → ("خاص", "عنوان"); a colon only separates a known kicker word; a list's
    «[نشرة] عنوان» → ("نشرة", "عنوان")."""
    tagged = _LIST_TAG.match(title)
    if tagged and len(tagged.group("kicker").split()) <= 3:
        return tagged.group("kicker").strip(), tagged.group("title").strip()
    found = _TITLE_SEPARATORS.match(title)
    if not found:
        return None, title.strip()
    kicker = found.group("kicker").strip()
    known = normalize(kicker) in load_boilerplate().kicker_words
    if len(kicker.split()) > 3 or (found.group("sep") == ":" and not known):
        return None, title.strip()
    return kicker, found.group("title").strip()


def parse_byline(line: str) -> Author | None:
    """«كتب: فلان» → Author; a date after the name («كتب فلان 16 أبريل 2018») is dropped."""
    view = normalized_view(line.strip())
    rules = load_boilerplate()
    found = rules.byline.match(view.text)
    if not found and rules.date_tail is not None and rules.byline_start.match(view.text):
        dated = rules.date_tail.search(view.text)
        if dated and dated.start() > 0:
            found = rules.byline.match(view.text[: dated.start()].rstrip(" ،,-–—|"))
    if not found:
        return None
    role_group = "role" if found.group("role") else "bare_role"
    role_start, role_end = view.to_original(*found.span(role_group))
    name_start, name_end = view.to_original(*found.span("name"))
    return Author(view.original[name_start:name_end], view.original[role_start:role_end])


def parse_dateline(line: str) -> tuple[Dateline, int] | None:
    """A dateline at the start of ``line``: the Dateline and where the body begins.

    Two shapes: «دبي، الإمارات العربية المتحدة (CNN)—» and «أبوظبي - سكاي نيوز عربية».
    The second needs one of its parts to be a known outlet, or any place-dash-name
    opening would qualify.
    """
    rules = load_boilerplate()
    view = normalized_view(line)
    found = rules.dateline_parenthesised.match(view.text)
    # Without a place («(CNN)-- ...») only a known outlet makes the brackets a dateline.
    if found and (found.group("place") or found.group("outlet").strip().lower() in rules.outlets):
        _, body_start = view.to_original(0, found.end())
        outlet_span = view.to_original(*found.span("outlet"))
        place = None
        if found.group("place"):
            place = line[slice(*view.to_original(*found.span("place")))].strip()
        dateline = Dateline(
            line[:body_start].strip(),
            place=place,
            outlet=line[slice(*outlet_span)].strip(),
        )
        return dateline, body_start
    for colon_ended, prefix in zip((True, False), rules.dateline_prefixes, strict=True):
        found = prefix.match(view.text)
        if found and (parsed := _separated_dateline(line, view, found, colon_ended)):
            return parsed
    return None


def _separated_dateline(
    line: str, view: NormalizedText, found: re.Match[str], colon_ended: bool
) -> tuple[Dateline, int] | None:
    """«place - outlet» or «outlet - place»: one part must be a known outlet, or — with a
    closing colon — the first part a place the knowledge base knows («دير الزور - مرصد:»)."""
    rules = load_boilerplate()
    parts_start, parts_end = view.to_original(*found.span("parts"))
    pieces = [
        p.strip()
        for p in re.split(r"\s*(?:[-–—ـ]+|:|：)\s*", line[parts_start:parts_end])
        if p.strip()
    ]
    outlets = [p for p in pieces if normalize(p).lower().strip("«»\"") in rules.outlets]
    places = [p for p in pieces if p not in outlets and len(p.split()) <= 3]
    _, body_start = view.to_original(0, found.end())
    if outlets:
        place = places[-1] if places else None
        return Dateline(line[:body_start].strip(), place=place, outlet=outlets[0]), body_start
    if colon_ended and len(pieces) == 2 and len(pieces[1].split()) <= 4 and _is_place(pieces[0]):
        return Dateline(line[:body_start].strip(), place=pieces[0], outlet=pieces[1]), body_start
    return None


def _is_place(name: str) -> bool:
    from marsad.kb import load_kb  # the KB is heavy; only datelines without an outlet need it

    return any(e.type in ("GPE", "LOC") for e in load_kb().lookup(name))


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


def ends_like_sentence(text: str) -> bool:
    return text.rstrip()[-1:] in ".!?؟…\"”»)"
