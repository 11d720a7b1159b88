#!/usr/bin/env python3
"""In-domain silver NER training sentences projected from the analyst recall sets (issue #15).

Each ``tests/gold/analyst_recall*.jsonl`` row names an entity an analyst wants in one shared
article, with its type and the surface ``forms`` the article writes it in. This script puts
those forms back onto the article's clean text (``marsad.extract``), sentence by sentence and
token by token exactly as the tagger sees them in the pipeline (``linker._ner_spans``), and
writes CoNLL sentences in ANERcorp's conventions:

- types: PER → PERS, ORG → ORG, GPE and LOC → LOC. A sentence with a FAC form (ANERcorp has no
  facilities) is left out.
- a proclitic glued to the name's first word is inside the token, and the token takes the tag
  («وسوريا» B-LOC), as ANERcorp tags «وإسرائيل»; every occurrence of a form is a whole word
  with at most such a proclitic before it (``evaluate_links.occurrences``); the longest of
  overlapping occurrences wins.
- ANERcorp's own usage decides what is inside a name. A word is *mostly outside* when
  ANERcorp_train has it at least ``MIN_SEEN`` times and inside an entity in under
  ``MAX_INSIDE_SHARE`` of them («مدينة», «الحكومة», «السوري», «اللبناني»). Leading mostly-outside
  words of a place form are left out of the span (place heads: «مدينة/O دوما/B-LOC»). A span
  that still starts or ends with a mostly-outside word is an analyst convention ANERcorp does
  not share (nominal references «الجيش», nationality adjectives «السورية», «حزب الله اللبناني»):
  its sentence is left out rather than relabelled.
- ANERcorp's usage is read on the word without its conjunction and preposition proclitics
  (``bare``: «للبرلمان», «والبرلمان» → «البرلمان»), so a glued «و» or «ل» does not make a
  common noun look new. The article stays: «السعودية» and «سعودية» are used differently.
- a one-word form (with its proclitics) is a name only when ANERcorp_train never has the word
  outside a name or tags the word by itself as a name at least once («الأردن», «القاعدة»).
  A word ANERcorp has and never tags alone is a common noun the analyst used for one entity:
  «المملكة» (Saudi Arabia; ANERcorp tags it only inside «المملكة المتحدة/العربية
  السعودية»), «البرلمان», «المفوضية», «البعثة», «المتوسط». Its sentence is left out.
- a one-word form with the article that ANERcorp tags nowhere by itself and that is the first
  word of a longer form of the same entity is that name's head noun used alone, a nominal
  reference («المرصد» beside «المرصد السوري لحقوق الإنسان»): its sentence is left out.
  «الإمارات» beside «الإمارات العربية المتحدة» stays: ANERcorp tags it alone.
- a form whose last word is a masculine plural nisba («الحوثيين», «الحوثيون»: ـيين/ـيون) names the
  group's members, which ANERcorp leaves O (398 of 404 such words with the article in
  ANERcorp_train: «الفلسطينيين»): its sentence is left out.
- ANERcorp's own names decide span and type where it has the name. ANERcorp_train's names
  are read as word sequences (the first word ``bare``, so «بالبحر المتوسط» reads as «البحر
  المتوسط») with the type(s) ANERcorp gives each most often. A sentence is left out when a
  projected name lies strictly inside a longer word sequence of the sentence that ANERcorp tags
  as one name (the analyst's «البوسنة» and «والهرسك» where ANERcorp tags «البوسنة والهرسك»,
  «المنورة» after the place head «المدينة» cut off, «أميركا» of «أميركا اللاتينية»), or when
  ANERcorp tags the projected name's own words as another type more often than as the
  projected one («البيت الأبيض» ORG for the analyst, MISC 11 times in ANERcorp_train). A name
  ANERcorp tags with the same words and type, or next to (not around) another name, stays.
- a sentence is kept only when it can be trusted to be complete: it has at least one
  projected name, every name the pipeline's tagger finds in it and every mention the linker
  makes in it (nationality adjectives aside) overlaps a projected name, and no projected name
  is one the linker reads as an adjective or cuts a token in two.

With ``--no-place-only``, a sentence whose projected names are all places is left out too
(candidate of 2026-12-08): ANERcorp already has most of its names as places, LOC is where the
silver costs precision on ANERcorp's CV folds (new false positives: places cut short or found
where ANERcorp tags none), and such sentences are 38 % of the silver of sets 1-94.

Articles of the news silver sets (``tests/gold/ner_news_silver*.jsonl``) are never used: those
sets stay held out. ``--sets`` chooses the analyst sets (``1-54``: set 1 is
``analyst_recall.jsonl``), so a model can be trained without the sets it is scored on.

Usage:
  .venv/bin/python scripts/build_ner_silver.py --sets 1-54 --out build/ner_silver_1-54.conll
  .venv/bin/python scripts/build_ner_silver.py --sets 1-94 --no-place-only --out FILE
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from types import MappingProxyType
from typing import Any, NamedTuple

sys.path.insert(0, str(Path(__file__).resolve().parent))
from evaluate_links import extract_record, load_records, occurrences
from marsad.arabic.tokenize import split_clitics
from marsad.ner import load_tagger
from marsad.ner.conll import map_tag, read_conll
from marsad.ner.evaluate import spans

GOLD = Path(__file__).resolve().parent.parent / "tests" / "gold"
ANERCORP = Path("/work/shared/data/ner/ANERcorp_train.conll")
TYPE_TAG = {"PER": "PERS", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC"}
MIN_SEEN = 3
MAX_INSIDE_SHARE = 0.3
ARTICLE = "ال"
PLURAL_NISBA = ("يين", "يون")
GLUED = re.compile(r"\w+$")

Span = tuple[int, int, str]  # start, end (clean-text characters), ANERcorp type


def set_path(number: int) -> Path:
    """Analyst set ``number``'s file (set 1 has no number in its name)."""
    return GOLD / ("analyst_recall.jsonl" if number == 1 else f"analyst_recall{number}.jsonl")


def parse_sets(text: str) -> list[int]:
    """``"1-54,60"`` → [1, …, 54, 60]."""
    numbers: list[int] = []
    for part in text.split(","):
        low, _, high = part.partition("-")
        numbers.extend(range(int(low), int(high or low) + 1))
    return numbers


def bare(word: str) -> str:
    """``word`` without its conjunction / preposition proclitics, the article kept."""
    seg = split_clitics(word)
    return f"{ARTICLE}{seg.stem}" if seg.proclitics[-1:] == (ARTICLE,) else seg.stem


class Usage(NamedTuple):
    """How ANERcorp_train uses words (``bare`` forms), as the projection needs it.

    ``outside``: mostly outside names (seen ≥ MIN_SEEN times, inside in < MAX_INSIDE_SHARE);
    ``alone``: tagged by itself as a one-word name at least once; ``unnamed``: seen outside a
    name at least once; ``names``: each name's words (``name_key``) → the type(s) ANERcorp
    gives them most often.
    """

    outside: frozenset[str]
    alone: frozenset[str] = frozenset()
    unnamed: frozenset[str] = frozenset()
    names: Mapping[tuple[str, ...], frozenset[str]] = MappingProxyType({})


def name_key(words: Sequence[str]) -> tuple[str, ...]:
    """A name's words as ``Usage.names`` keys them: the first ``bare``, the rest as written."""
    return (bare(words[0]), *words[1:])


def anercorp_usage(conll: Path) -> Usage:
    """Read ``Usage`` from an ANERcorp-style CoNLL file."""
    seen: Counter[str] = Counter()
    inside: Counter[str] = Counter()
    alone: set[str] = set()
    types: defaultdict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    for tokens, tags in read_conll(conll):
        words = [bare(token) for token in tokens]
        for word, tag in zip(words, tags, strict=True):
            seen[word] += 1
            inside[word] += tag != "O"
        alone.update(words[i] for i, j, _ in spans(tags) if j - i == 1)
        for i, j, kind in spans(tags):
            types[name_key(tokens[i:j])][kind] += 1
    return Usage(
        outside=frozenset(w for w, n in seen.items()
                          if n >= MIN_SEEN and inside[w] < MAX_INSIDE_SHARE * n),
        alone=frozenset(alone),
        unnamed=frozenset(w for w, n in seen.items() if inside[w] < n),
        names=MappingProxyType({key: frozenset(k for k, n in kinds.items()
                                               if n == max(kinds.values()))
                                for key, kinds in types.items()}),
    )


def disagrees(words: Sequence[str], tags: Sequence[str], usage: Usage) -> bool:
    """Whether a projected name of the sentence (``words`` tagged ``tags``) is one ANERcorp
    tags as another type, or lies strictly inside a longer sequence ANERcorp tags as a name.
    ``tags`` may say PERS (as the projection writes) or PER (as ``read_conll`` reads)."""
    longest = max(map(len, usage.names), default=0)
    for i, j, kind in spans([map_tag(tag) for tag in tags]):
        if kind not in usage.names.get(name_key(words[i:j]), {kind}):
            return True
        for a in range(max(0, j - longest), i + 1):
            for b in range(j, min(len(words), a + longest) + 1):
                if (a, b) != (i, j) and name_key(words[a:b]) in usage.names:
                    return True
    return False


def is_nominal(words: Sequence[str], forms: Iterable[str], usage: Usage) -> bool:
    """A form (its words, proclitics included) ANERcorp would not tag as a name by itself:
    a common noun, the head noun of a longer form of the entity, or a plural nisba."""
    if bare(words[-1]).endswith(PLURAL_NISBA):
        return True
    word = bare(words[0])
    if len(words) > 1 or word in usage.alone:
        return False
    return word in usage.unnamed or (word.startswith(ARTICLE) and any(
        " " in form and bare(form.split(" ")[0]) == word for form in forms))


def project(text: str, rows: Iterable[dict[str, Any]], usage: Usage) -> tuple[
        list[Span], list[tuple[int, int]]]:
    """(names in ANERcorp's conventions, spans that make their sentence untrustworthy)."""
    found: list[Span] = []
    doubtful: list[tuple[int, int]] = []
    for row in rows:
        kind = TYPE_TAG.get(row["type"])
        for start, end in occurrences(text, row["forms"]):
            if kind is None:
                doubtful.append((start, end))
                continue
            glued = GLUED.search(text, max(0, start - 8), start)  # the form's proclitic
            words = text[glued.start() if glued else start:end].split(" ")
            while kind == "LOC" and len(words) > 1 and bare(words[0]) in usage.outside:
                start += len(text[start:end].split(" ")[0]) + 1
                words = words[1:]
            if (bare(words[0]) in usage.outside or bare(words[-1]) in usage.outside
                    or is_nominal(words, row["forms"], usage)):
                doubtful.append((start, end))
            else:
                found.append((start, end, kind))
    # the longest of overlapping names wins; names of unequal length nested in it go
    found.sort(key=lambda s: (s[0] - s[1], s[0]))
    kept: list[Span] = []
    for span in found:
        if not any(span[0] < k[1] and k[0] < span[1] for k in kept):
            kept.append(span)
    return sorted(kept), doubtful


def sentence_tags(tokens: Sequence[Any], names: Sequence[Span]) -> list[str] | None:
    """BIO tags of the sentence's tokens, or None when a name does not fall on token edges
    (a proclitic before it is allowed: the whole token takes the tag)."""
    tags = ["O"] * len(tokens)
    for start, end, kind in names:
        inside = [i for i, t in enumerate(tokens) if t.start < end and start < t.end]
        if not inside or tokens[inside[-1]].end != end or tokens[inside[0]].start > start:
            return None
        tags[inside[0]] = f"B-{kind}"
        for i in inside[1:]:
            tags[i] = f"I-{kind}"
    return tags


def article_sentences(record: dict[str, Any], rows: list[dict[str, Any]],
                      usage: Usage, stats: Counter[str]) -> list[tuple[
                          list[str], list[str]]]:
    """The article's trustworthy sentences as (tokens, ANERcorp tags)."""
    article = extract_record(record)
    text, tokens = article.text, article.tokens
    names, doubtful = project(text, rows, usage)
    mentions = [(m.start, m.end, m.how) for e in article.entities for m in e.mentions]
    starts, ends = [t.start for t in tokens], [t.end for t in tokens]
    parts = [(s, tokens[bisect_left(starts, s.start):bisect_right(ends, s.end)])
             for s in article.sentences]
    parts = [(s, p) for s, p in parts if p]
    tagger_tags = load_tagger().tag_document([[t.text for t in p] for _, p in parts])
    out = []
    for (sentence, part), predicted in zip(parts, tagger_tags, strict=True):
        stats["sentences"] += 1

        def within(a: int, b: int, lo: int = sentence.start, hi: int = sentence.end) -> bool:
            return lo <= a and b <= hi

        here = [n for n in names if within(n[0], n[1])]
        if not here:
            stats["no name"] += 1
            continue

        def covered(a: int, b: int, spans: Sequence[Span] = here) -> bool:
            return any(a < n[1] and n[0] < b for n in spans)

        if any(within(a, b) for a, b in doubtful):
            stats["a form outside ANERcorp's conventions"] += 1
            continue
        if any(within(a, b) and how == "adjective" and covered(a, b)
               for a, b, how in mentions):
            stats["a name the linker reads as an adjective"] += 1
            continue
        tagger_spans = [(part[i].start, part[j - 1].end) for i, j, _ in spans(predicted)]
        if not all(covered(a, b) for a, b in tagger_spans) or not all(
                covered(a, b) for a, b, how in mentions if within(a, b) and how != "adjective"):
            stats["a name found by the pipeline and not by the analyst"] += 1
            continue
        tags = sentence_tags(part, here)
        if tags is None:
            stats["a name off token edges"] += 1
            continue
        words = [t.text for t in part]
        if disagrees(words, tags, usage):
            stats["a name ANERcorp tags longer or as another type"] += 1
            continue
        stats["kept"] += 1
        out.append((words, tags))
    return out


def place_only(tags: Sequence[str]) -> bool:
    """Whether the sentence's names (``tags``, at least one) are all places."""
    return {kind for _, _, kind in spans(tags)} == {"LOC"}


def held_out_articles() -> set[str]:
    """Articles of the news silver sets (never trained on)."""
    ids: set[str] = set()
    for path in sorted(GOLD.glob("ner_news_silver*.jsonl")):
        with path.open(encoding="utf-8") as handle:
            ids.update(str(row["article_id"]) for line in handle
                       if "article_id" in (row := json.loads(line)))
    return ids


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sets", default="1-94", help="analyst sets, e.g. 1-54 (default 1-94)")
    ap.add_argument("--conll", type=Path, default=ANERCORP, help="ANERcorp_train.conll")
    ap.add_argument("--out", type=Path, required=True, help="CoNLL file to write")
    ap.add_argument("--no-place-only", action="store_true",
                    help="leave out sentences whose names are all places")
    args = ap.parse_args(argv)
    by_article: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for number in parse_sets(args.sets):
        with set_path(number).open(encoding="utf-8") as handle:
            for line in handle:
                row = json.loads(line)
                if "article_id" in row:
                    by_article[row["article_id"]].append(row)
    held = held_out_articles()
    skipped = sorted(set(by_article) & held)
    wanted = sorted(set(by_article) - held)
    records = load_records(wanted=set(wanted))
    usage = anercorp_usage(args.conll)
    stats: Counter[str] = Counter()
    written: Counter[str] = Counter()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as fh:
        for article_id in wanted:
            for toks, tags in article_sentences(records[article_id], by_article[article_id],
                                                usage, stats):
                if args.no_place_only and place_only(tags):
                    stats["kept"] -= 1
                    stats["only places (--no-place-only)"] += 1
                    continue
                for tok, tag in zip(toks, tags, strict=True):
                    fh.write(f"{tok} {tag}\n")
                    written[tag] += tag.startswith("B-")
                fh.write("\n")
    summary = {"sets": args.sets, "articles": len(wanted), "held_out_articles_skipped":
               len(skipped), "sentences": dict(stats),
               "entities": {t[2:]: n for t, n in sorted(written.items()) if n}}
    print(json.dumps(summary, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
