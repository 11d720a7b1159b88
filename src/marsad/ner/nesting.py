"""Nested organisation names: «بلدية نابلس», «جريدة فلسطين», «مجلس محلي البيرة».

The CRF often tags only the place (or person) inside an organisation's name. This post-tagging
rule, applied to the tagger's BIO output, turns an organisation HEAD word (``org_heads.json``:
بلدية، جريدة، وزارة، جامعة …) followed by a LOC / PER (/ ORG) span into an ORG:

- mode ``span``: the head joins the name: «بلدية/B-ORG نابلس/I-ORG». Between the head and the
  name there may be a genitive chain of ``max_chain`` bare, indefinite words («مجلس محلي البيرة»,
  «وزارة خارجية روسيا»); a following ORG span is merged too («منظمة/B-ORG التحرير/I-ORG …»)
  where the head's entry says so, and a listed adjective after the name joins it
  («مصرف قطر المركزي»).
- mode ``name``: the head stays O and only the name becomes ORG, as ANERcorp annotates
  newspapers, companies and clubs («صحيفة/O القدس/B-ORG», «شركة/O موتورولا/B-ORG»); quote
  marks may stand between head and name, a genitive chain may not.
- mode ``keep``: ANERcorp keeps the place after this head («مطار/O دمشق/B-LOC»): no change.
- ``definite_name`` (some ``name`` heads: جريدة، صحيفة، نادي): a definite word the tagger left
  O right after the head is the name («نادي/O الوحدة/B-ORG»); ANERcorp has no exception.

Each head's mode follows ANERcorp's annotation where ANERcorp_train has several examples of
it (``style="anercorp"``, the tagger's default). ``style="nested"`` treats every head as
``span`` (the head inside the ORG, as the issue's second held-out corpus annotates nested
names: «جريدة فلسطين» one ORG).

The head is found through the clitic splitter: it may carry the proclitics و ف ب ل ك
(«وجريدة», «لبلدية») but neither the article (a definite noun is not the first term of a
construct, «الحزب ولبنان») nor an enclitic. The first word of the name must be a genitive, not
a prepositional phrase or a new conjunct («مستشفى بغزة», «الشركة بالسعودية» are left alone).
Only spans of the types the head's entry lists trigger the rule, and only a head the tagger
left O is used: a name the CRF already tagged as a whole is never changed.
:class:`marsad.ner.tagger.NerTagger` applies the rule last, to either pass's tags
(``nest_orgs``). Its effect is measured by ``scripts/cv_ner.py`` (docs/ner.md).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from marsad.arabic.normalize import normalize
from marsad.arabic.tokenize import candidates, split_clitics

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "org_heads.json"
MODES = ("span", "name", "keep")
STYLES = ("anercorp", "nested")
FOLLOW_TYPES = ("LOC", "PER", "ORG")
# Proclitics a head may carry (never the article: a construct's first term is indefinite).
_HEAD_PROCLITICS = frozenset("وفبلك")
# A name glued to one of these is a prepositional phrase or a new conjunct. Not ف: after a
# head noun it is nearly always a name's first letter («شركة فورد»), hardly a conjunction.
_NOT_GENITIVE = frozenset("وبلك")
_MAX_QUOTES = 2  # quote marks between a 'name' head and the name («لصحيفة '' نيوز»)
_QUOTES = frozenset("\"'«»“”„‘’`")


@dataclass(frozen=True, slots=True)
class OrgHead:
    """One organisation head word: its written form, how the rule treats it, and which
    entity types after it trigger the rule."""

    head: str
    mode: str
    follow: frozenset[str]
    definite_name: bool = False  # a definite word the tagger left O after it is the name


@dataclass(frozen=True, slots=True)
class OrgHeads:
    """The loaded ``org_heads.json``: heads by normalised form, and rule limits."""

    version: int
    heads: dict[str, OrgHead]
    max_chain: int
    chain_stop: frozenset[str]
    span_suffix: frozenset[str] = frozenset()
    # written forms (bare or with proclitics) of the heads marked 'definite_name'
    definite_forms: frozenset[str] = frozenset()


def _key(word: str) -> str:
    return normalize(word).lower()


def load_org_heads(path: Path | None = None) -> OrgHeads:
    """Read (and check) an organisation-head list; the packaged one by default (cached)."""
    return _load(str(path) if path is not None else str(DATA_FILE))


@lru_cache(maxsize=4)
def _load(path: str) -> OrgHeads:
    raw = json.loads(Path(path).read_text(encoding="utf-8"))
    version = raw.get("version")
    if not isinstance(version, int) or version < 1:
        raise ValueError(f"{path}: 'version' must be a positive integer")
    heads: dict[str, OrgHead] = {}
    for entry in raw["heads"]:
        word = entry["head"]
        mode = entry["mode"]
        follow = frozenset(entry["follow"])
        if mode not in MODES:
            raise ValueError(f"{path}: {word}: unknown mode {mode!r}")
        if not follow or not follow <= set(FOLLOW_TYPES):
            raise ValueError(
                f"{path}: {word}: 'follow' must be a non-empty subset of {FOLLOW_TYPES}"
            )
        if mode == "name" and "ORG" in follow:
            raise ValueError(f"{path}: {word}: a 'name' head cannot follow ORG (nothing to do)")
        definite = entry.get("definite_name", False)
        if definite not in (True, False) or (definite and mode != "name"):
            raise ValueError(f"{path}: {word}: 'definite_name' is for 'name' heads, true/false")
        key = _key(word)
        if key in heads:
            raise ValueError(f"{path}: duplicate head {word!r}")
        heads[key] = OrgHead(word, mode, follow, definite)
    max_chain = int(raw.get("max_chain", 0))
    stop = frozenset(_key(w) for w in raw.get("chain_stop", []))
    suffix = frozenset(_key(w) for w in raw.get("span_suffix", []))
    forms = frozenset(f"{clitics}{spelling}" for head in heads.values() if head.definite_name
                      for spelling in _spellings(head.head) for clitics in _CLITIC_RUNS)
    return OrgHeads(version, heads, max_chain, stop, suffix, forms)


# Proclitic runs a head may carry, as written before it («وصحيفة», «لنادي», «وبصحيفة»).
_CLITIC_RUNS = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل")


def _spellings(word: str) -> set[str]:
    """A head as it may be written: final «ة»/«ه», «ي»/«ى»."""
    forms = {word}
    for a, b in (("ة", "ه"), ("ي", "ى")):
        forms |= {form[:-1] + b for form in forms if form.endswith(a)}
    return forms


def _match_head(word: str, heads: dict[str, OrgHead]) -> str | None:
    """The normalised head form ``word`` may be (bare or with و ف ب ل ك), else None."""
    for seg in candidates(word):
        if seg.enclitics or not set(seg.proclitics) <= _HEAD_PROCLITICS:
            continue
        key = _key(seg.stem)
        if key in heads:
            return key
    return None


@lru_cache(maxsize=100_000)
def _head_key(word: str) -> str | None:
    """:func:`_match_head` against the packaged list (cached per word)."""
    return _match_head(word, load_org_heads().heads)


# Possessive endings: «بنك مقره العراق» is no construct chain (the clitic splitter removes
# enclitics only with a lexicon, so they are checked on the written word).
_POSSESSIVE = ("ه", "ها", "هم", "هما", "هن", "كم", "نا")


@lru_cache(maxsize=100_000)
def _bare(word: str) -> bool:
    """A bare, indefinite chain word («محلي», «خارجية»): letters only, no proclitic (article
    included), no possessive ending."""
    return word.isalpha() and not word.endswith(_POSSESSIVE) and not split_clitics(word).proclitics


@lru_cache(maxsize=100_000)
def _genitive(word: str) -> bool:
    """The first word of a name after a head: no preposition or conjunction glued to it
    («نابلس», «البيرة»; not «بغزة», «ولبنان», «بالأردن»)."""
    return not (_NOT_GENITIVE & set(split_clitics(word).proclitics))


def _span_end(tags: Sequence[str], j: int, kind: str) -> int:
    e = j + 1
    while e < len(tags) and tags[e] == f"I-{kind}":
        e += 1
    return e


def _definite_names(tokens: Sequence[str], out: list[str], lex: OrgHeads) -> None:
    """«نادي الوحدة», «صحيفة الوئام»: after a 'definite_name' head the tagger left O, a
    definite word it also left O becomes the (one-word) ORG; quote marks may stand between."""
    n = len(out)
    for i in range(n - 1):
        if tokens[i] not in lex.definite_forms or out[i] != "O":
            continue
        j = i + 1
        while j < min(n, i + 1 + _MAX_QUOTES) and out[j] == "O" and tokens[j] in _QUOTES:
            j += 1
        if j < n and out[j] == "O" and _definite_word(tokens[j]) and (
                j + 1 >= n or out[j + 1][:1] != "I"):
            out[j] = "B-ORG"


@lru_cache(maxsize=100_000)
def _definite_word(word: str) -> bool:
    """A word of letters with the article and no other proclitic («الوحدة», not «والوحدة»)."""
    return word.isalpha() and len(word) > 3 and split_clitics(word).proclitics == ("ال",)


def nest_organisations(
    tokens: Sequence[str],
    tags: Sequence[str],
    heads: OrgHeads | None = None,
    style: str = "anercorp",
) -> list[str]:
    """``tags`` (BIO, one sentence) with organisation heads and the name after them made one
    ORG (mode ``span``) or the name alone retyped ORG (mode ``name``); see the module doc.
    ``heads``: another head list (default: the packaged one)."""
    if style not in STYLES:
        raise ValueError(f"unknown nesting style {style!r}")
    if len(tokens) != len(tags):
        raise ValueError("tokens and tags differ in length")
    out = list(tags)
    if len(out) < 2:
        return out
    lex = heads if heads is not None else load_org_heads()
    n = len(out)
    if style == "anercorp" and lex.definite_forms:
        _definite_names(tokens, out, lex)
    # A head stands at most max_chain (or _MAX_QUOTES) words before an entity's first word:
    # only those positions are looked up, so entity-free stretches cost nothing.
    reach = max(lex.max_chain, _MAX_QUOTES) + 1
    starts = [
        j
        for j in range(1, n)
        if out[j][0] == "B" or (out[j][0] == "I" and out[j - 1][2:] != out[j][2:])
    ]
    if not starts:
        return out
    spots = sorted({i for j in starts for i in range(max(0, j - reach), j)})
    resume = 0
    for i in spots:
        if i < resume or out[i] != "O":
            continue
        key = _head_key(tokens[i]) if heads is None else _match_head(tokens[i], lex.heads)
        if key is None:
            continue
        head = lex.heads[key]
        mode = "span" if style == "nested" else head.mode
        if mode == "keep":
            continue
        j = i + 1
        if mode == "span":
            limit = min(n, i + 1 + lex.max_chain)
            while (
                j < limit
                and out[j] == "O"
                and _bare(tokens[j])
                and _key(tokens[j]) not in lex.chain_stop
            ):
                j += 1
        else:
            limit = min(n, i + 1 + _MAX_QUOTES)
            while j < limit and out[j] == "O" and tokens[j] in _QUOTES:
                j += 1
        if j >= n or out[j] == "O":
            continue
        kind = out[j][2:]
        if kind not in head.follow or not _genitive(tokens[j]):
            continue
        e = _span_end(out, j, kind)
        if mode == "span":
            if e < n and out[e] == "O" and _key(tokens[e]) in lex.span_suffix:
                e += 1  # «مصرف قطر المركزي»
            out[i] = "B-ORG"
            for k in range(i + 1, e):
                out[k] = "I-ORG"
        else:
            out[j] = "B-ORG"
            for k in range(j + 1, e):
                out[k] = "I-ORG"
        resume = e
    return out
