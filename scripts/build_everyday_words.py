"""Generate ``src/marsad/data/everyday_words.json``: KB aliases that are everyday words.

Issue #15: «في هذا الصدد» → Sadad, «الزعيم» (the leader) → the village Az Za'ayin, «الساحل»
(the coast) → As Sahil, «السفيرة» (the ambassador) → As-Safirah. The list is generated, not
grown by hand, from two sources:

1. **Corpus evidence** (the shared articles, ``--articles``). For every one-word Arabic alias
   of the KB (normalised, as the gazetteer indexes it) the script counts, over the whole
   corpus:

   - ``uses``: the gazetteer's hits on the alias alone (its own clitic rules applied);
   - ``tagged``: those of them that overlap a name of the shipped NER tagger;
   - ``other_form``: the same word with the other definiteness, which a name does not take
     («زعيم» beside «الزعيم», «السلوك» beside «سلوك»; «ل» + the bare form is skipped, since
     «لل» writes ل + article);
   - ``possessed``: the bare form with a possessive pronoun («سفيرتها», «منامه»), which a name
     does not take either.

   The alias is an everyday word when the common-noun forms are enough and not rare beside
   the gazetteer's hits (``other_form + possessed >= min_evidence`` and ``>= min_common_ratio
   * uses``: «دوما» has 426 hits and 5 «الدوما», the Russian Duma), and NER names are a
   minority of all of it (``tagged / (uses + other_form + possessed) < max_name_share``, and
   not ``tagged / uses >= max_name_share``): the word is mostly written the way common nouns
   are. A bare form that is a common given name («خليل» beside «الخليل») is no evidence, nor
   is an other form naming the same entity that the tagger mostly takes for a name.

2. **A word list**: the project's own lexicons of everyday words (weekdays and months, number
   words, reporting verbs, event triggers, units, event-status cues, claim measures). A KB
   alias among them is an everyday word unless the corpus says it is mostly a name
   (``tagged / uses >= max_name_share`` with at least ``min_evidence`` uses).

States and their adjectives are never listed (their own rules cover them). The linker uses
the list as a *confirmation* rule: a gazetteer hit on a listed word counts only where the NER
tagger also sees a name there, so «مدينة القائم» still links while «القائم بالأعمال» does not.

Run: ``.venv/bin/python scripts/build_everyday_words.py`` (about two minutes on two cores);
``--report`` prints the decision table instead of writing the file.
"""

from __future__ import annotations

import argparse
import json
import pickle
import re
import sys
from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from marsad.arabic.normalize import normalize  # noqa: E402
from marsad.core import FOUNDATION_STAGES  # noqa: E402
from marsad.linking.alias_matcher import load_gazetteer  # noqa: E402
from marsad.linking.linker import _ner_spans  # noqa: E402
from marsad.model import RawDocument  # noqa: E402
from marsad.ner import load_tagger  # noqa: E402
from marsad.ner.name_lexicons import read_person_names  # noqa: E402
from marsad.pipeline import Pipeline  # noqa: E402

ARTICLES = ROOT.parent / "shared" / "data" / "articles"
OUTPUT = ROOT / "src" / "marsad" / "data" / "everyday_words.json"
DATA = ROOT / "src" / "marsad" / "data"
# The project's lexicons of everyday words (the word list of the issue).
LEXICONS = ("time_lexicon.json", "numbers.json", "reporting_verbs.json", "event_triggers.json",
            "units.json", "event_status.json", "claim_measures.json")
MIN_EVIDENCE = 5
MAX_NAME_SHARE = 0.5
MIN_COMMON_RATIO = 0.2
MIN_COMMON = 20
MAX_COMMON_NAME_SHARE = 0.05
VERSION = "2026.12.1"
_WORD = re.compile(r"[^\W\d_]+")
_ARTICLE = "ال"
# «ه» and «ي» are left out: normalised «ة» is «ه» («قايمه» is «قائمة», a list) and «ي» makes
# nisbas («سوري»).
_POSSESSIVES = ("ها", "هم", "هما", "هن", "كم", "نا")


def lexicon_words() -> set[str]:
    """Every one-word string of the project's everyday-word lexicons, normalised."""
    words: set[str] = set()

    def walk(value: Any) -> None:
        if isinstance(value, str):
            if re.fullmatch(r"[\u0621-\u064a\u064b-\u0652]+", value.strip()):
                words.add(normalize(value.strip()))
        elif isinstance(value, dict):
            for key, item in value.items():
                if not key.startswith("_"):
                    walk(key)
                    walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    for name in LEXICONS:
        path = DATA / name
        if path.exists():
            walk(json.loads(path.read_text(encoding="utf-8")))
    return {word for word in words if len(word) >= 3}


def candidates() -> dict[str, str]:
    """One-word aliases the gazetteer may match alone → the first entity id (states and
    adjectives left out)."""
    kb = load_gazetteer().kb
    keys: dict[str, str] = {}
    for alias, ids in kb.by_alias.items():
        if " " in alias or len(alias) < 3 or alias in kb.stoplist or not alias.isalpha():
            continue
        entity = kb.get(ids[0])
        if entity is None or entity.category == "state" or \
                kb.alias_kind(alias, ids[0]) == "adjective":
            continue
        keys[alias] = ids[0]
    return keys


def bare(word: str) -> str:
    return word[len(_ARTICLE):] if word.startswith(_ARTICLE) and len(word) > 4 else word


def other_forms(word: str) -> list[str]:
    """The other definiteness of ``word`` as whole tokens: the bare word alone (a proclitic
    before it could be a root letter: «ورقه» is not و + «رقه»), or the word with the article
    behind the proclitics that keep it."""
    if word.startswith(_ARTICLE) and len(word) > 4:
        return [word[len(_ARTICLE):]]
    return [p + _ARTICLE + word for p in ("", "و", "ف", "ب", "وب", "فب", "ك")] + ["لل" + word]


def possessed_forms(word: str) -> list[str]:
    stem = bare(word)
    stem = stem[:-1] + "ت" if stem.endswith("ه") else stem  # «سفيره» + «ها» = «سفيرتها»
    return [stem + suffix for suffix in _POSSESSIVES if len(stem) >= 3]


def articles(limit: int | None) -> Iterator[dict[str, Any]]:
    count = 0
    for path in sorted(ARTICLES.glob("*.jsonl")):
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    yield json.loads(line)
                    count += 1
                    if limit and count >= limit:
                        return


def count(limit: int | None) -> tuple[Counter[str], Counter[str], Counter[str], Counter[str],
                                      int]:
    """(every whole token, tokens inside a NER name span, gazetteer one-word hits by matched
    word, those overlapping a NER name span, articles read) over the corpus."""
    gazetteer = load_gazetteer()
    pipeline = Pipeline([s for s in FOUNDATION_STAGES if s.name in (
        "versions", "decode", "html", "clean", "segment", "normalise", "tokenise", "metadata")])
    tagger = load_tagger()
    tokens: Counter[str] = Counter()
    named_tokens: Counter[str] = Counter()
    hits: Counter[str] = Counter()
    tagged: Counter[str] = Counter()
    read = 0
    for record in articles(limit):
        article = pipeline(RawDocument(record["text"], id=str(record["id"])))
        view = article.normalized
        if view is None or article.tokens is None:
            continue
        read += 1
        spans = [(s.start, s.end) for s in _ner_spans(view, article.sentences, article.tokens,
                                                       tagger)]
        for match in _WORD.finditer(view.text):
            tokens[match.group()] += 1
            if any(start <= match.start() < end for start, end in spans):
                named_tokens[match.group()] += 1
        for hit in gazetteer.find(view.text):
            word = view.text[hit.start:hit.end]
            if " " in word:
                continue
            hits[word] += 1
            if any(start < hit.end and hit.start < end for start, end in spans):
                tagged[word] += 1
    return tokens, named_tokens, hits, tagged, read


def decide(limit: int | None, cache: Path | None = None,
           everything: bool = False) -> tuple[dict[str, Any], list[dict[str, Any]], list[str]]:
    """The file's header, its listed aliases (all candidates seen when ``everything``) and its
    common words. ``cache`` keeps the corpus counts between runs (a pickle, for tuning)."""
    if cache is not None and cache.exists():
        with cache.open("rb") as handle:
            tokens, named_tokens, hits, tagged, read = pickle.load(handle)
    else:
        tokens, named_tokens, hits, tagged, read = count(limit)
        if cache is not None:
            with cache.open("wb") as handle:
                pickle.dump((tokens, named_tokens, hits, tagged, read), handle)
    listed = lexicon_words()
    by_alias = load_gazetteer().kb.by_alias
    # common given names (the lexicon's top frequency band): «خليل» beside «الخليل» is a man
    names = frozenset(key for key, roles in read_person_names().items() if "given:4" in roles)
    rows: list[dict[str, Any]] = []
    for alias, entity_id in sorted(candidates().items()):
        uses, named = hits[alias], tagged[alias]
        core = alias[len(_ARTICLE):] if alias.startswith(_ARTICLE) and len(alias) > 4 else ""
        # a bare form that is a person's name is no common noun («خليل» beside «الخليل»), nor
        # is a form naming the same entity that the tagger mostly takes for a name
        # («البصرة» beside «بصرة», «خامنئي» beside «الخامنئي»)
        same = core or _ARTICLE + alias
        if core in names or (entity_id in by_alias.get(same, ()) and tokens[same]
                             and named_tokens[same] / tokens[same] >= MAX_NAME_SHARE):
            other = 0
        else:
            other = sum(tokens[form] for form in other_forms(alias))
        possessed = sum(tokens[form] for form in possessed_forms(alias))
        evidence = uses + other + possessed
        if not uses:
            continue  # the gazetteer never links it here: nothing to filter
        common_forms = other + possessed
        mostly_name = uses >= MIN_EVIDENCE and named / uses >= MAX_NAME_SHARE
        by_corpus = (common_forms >= MIN_EVIDENCE and common_forms >= MIN_COMMON_RATIO * uses
                     and named / evidence < MAX_NAME_SHARE and not mostly_name)
        in_list = alias in listed and not mostly_name
        if by_corpus or in_list or everything:
            rows.append({"word": alias, "entity": entity_id, "uses": uses, "tagged": named,
                         "other_form": other, "possessed": possessed,
                         "source": "word_list" if in_list and not by_corpus else
                         ("corpus+word_list" if in_list else "corpus" if by_corpus else "-")})
    common = sorted(word for word, total in tokens.items()
                    if total >= MIN_COMMON and named_tokens[word] / total < MAX_COMMON_NAME_SHARE
                    and len(word) >= 2)
    about = {
        "version": VERSION,
        "about": ("KB aliases that are everyday words (issue #15), generated by "
                  "scripts/build_everyday_words.py from the shared corpus and the project's "
                  "lexicons; do not edit by hand, re-run the script. A gazetteer hit on a "
                  "listed word links only where the NER tagger also sees a name there. "
                  "Counts: uses (the gazetteer's one-word hits on the word), tagged (of them "
                  "inside a NER name), other_form (the word with the other definiteness), "
                  "possessed (the word with a possessive pronoun). common_words: words seen "
                  "at least min_common times in the corpus and inside a NER name less than "
                  "max_common_name_share of the time; a new NER entity made of them alone is "
                  "not a name."),
        "generated": date.today().isoformat(),
        "articles": read,
        "min_evidence": MIN_EVIDENCE,
        "max_name_share": MAX_NAME_SHARE,
        "min_common_ratio": MIN_COMMON_RATIO,
        "min_common": MIN_COMMON,
        "max_common_name_share": MAX_COMMON_NAME_SHARE,
        "lexicons": list(LEXICONS),
    }
    return about, rows, common


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, help="first N articles only (for a quick look)")
    parser.add_argument("--report", action="store_true", help="print the table, write nothing")
    parser.add_argument("--all", action="store_true", help="--report every alias seen, listed "
                        "or not (source '-')")
    parser.add_argument("--cache", type=Path, help="keep the corpus counts in this pickle")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args()
    about, rows, common = decide(args.limit, args.cache, args.all and args.report)
    if args.report:
        for row in sorted(rows, key=lambda r: -(r["uses"] + r["other_form"])):
            print(f"{row['word']}\t{row['entity']}\tuses={row['uses']}\ttagged={row['tagged']}"
                  f"\tother={row['other_form']}\tpossessed={row['possessed']}\t{row['source']}")
        print(f"{len(rows)} words, {len(common)} common words", file=sys.stderr)
        return 0
    data = {**about, "words": {row.pop("word"): row for row in rows}, "common_words": common}
    args.output.write_text(json.dumps(data, ensure_ascii=False, indent=1, sort_keys=False)
                           + "\n", encoding="utf-8")
    print(f"{len(rows)} words, {len(common)} common words → {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
