"""Entity recognition on modern news: the whole pipeline scored on a hand-labelled silver set.

``tests/gold/ner_news_silver.jsonl`` holds whole sentences of the shared articles (first line:
``{"about": …}``, the sampling), each with every PER / ORG / LOC name labelled by hand, ANERcorp
conventions as in ``docs/ner.md`` (a country is LOC; after صحيفة/شركة/قناة/وكالة … only the
name is ORG; «بلدية نابلس» is one ORG). Offsets are characters of the record's raw ``text``:
``start``/``end`` bound the sentence and each entity is ``[start, end, type, text]``.

The scorer runs the full pipeline on each article (``marsad.extract`` with its title and date,
read as ``marsad ingest`` reads JSONL: ``evaluate_links.extract_record``), finds the sentence
in the output text, and takes the entity mentions inside it with their entity's type (GPE is
LOC; MISC is left out). Exact span and type, micro P/R/F1 overall and per type.
``--tagger`` scores the raw NER tagger alone on the same sentences (the article's sentences
tagged as one document by ``NerTagger.tag_document``, spans mapped back to characters).
``--errors`` lists the misses and false positives; ``--json`` prints the figures as JSON.
``--sample`` re-draws the unlabelled sample (how the file was made): the shared articles, ids
sorted, shuffled with ``--seed`` (2311); from each article in turn one sentence of 8–45 words
drawn with the same generator, at most ``--per-source`` per outlet, until ``--n`` sentences.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, NamedTuple

sys.path.insert(0, str(Path(__file__).resolve().parent))
from evaluate_links import extract_record, load_records
from marsad.ner.evaluate import CORE_TYPES
from marsad.stages.segment import split_sentences

ROOT = Path(__file__).resolve().parents[1]
SILVER = ROOT / "tests" / "gold" / "ner_news_silver.jsonl"
SEED = 2311
MIN_TAIL = 20  # the shortest part of a sentence looked for in the output text
TYPE_OF = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "GPE": "LOC"}

Span = tuple[int, int, str]


class Prediction(NamedTuple):
    spans: set[Span]  # (start, end, type), offsets relative to the sentence
    skipped: int  # leading characters of the sentence not in the output text (a dateline)


def raw_sentences(text: str) -> Iterator[tuple[int, int]]:
    """Sentence spans of a raw article text, line by line as the pipeline splits them."""
    offset = 0
    for line in text.split("\n"):
        for sentence in split_sentences(line, offset):
            yield sentence.start, sentence.end
        offset += len(line) + 1


def draw_sample(seed: int = SEED, n: int = 60, per_source: int = 6) -> list[dict[str, Any]]:
    records = load_records()
    order = sorted(records)
    rng = random.Random(seed)
    rng.shuffle(order)
    taken: Counter[str] = Counter()
    rows: list[dict[str, Any]] = []
    for article_id in order:
        record = records[article_id]
        source = str(record.get("source") or "")
        if taken[source] >= per_source or not record.get("text"):
            continue
        text = record["text"]
        fit = [(s, e) for s, e in raw_sentences(text) if 8 <= len(text[s:e].split()) <= 45]
        if not fit:
            continue
        start, end = rng.choice(fit)
        taken[source] += 1
        rows.append({"article_id": article_id, "source": source, "start": start, "end": end,
                     "sentence": text[start:end], "entities": []})
        if len(rows) >= n:
            break
    return rows


def load_silver(path: Path = SILVER) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    return lines[0]["about"], lines[1:]


def _locate(sentence: str, text: str) -> tuple[int, int] | None:
    """Where the sentence's body lies in the output text: (offset there, chars of the sentence
    skipped). The reader removes datelines («دبي، … (CNN)--») and link lines from the text, so
    a sentence may be there only from some point on; None when none of it is left."""
    at = text.find(sentence)
    if at >= 0:
        return at, 0
    for skip in range(1, len(sentence) - MIN_TAIL + 1):
        if sentence[skip].isspace():
            continue
        at = text.find(sentence[skip:])
        if at >= 0:
            return at, skip
    return None


def pipeline_spans(rows: Iterable[dict[str, Any]], records: dict[str, dict[str, Any]],
                   adjectives: bool = False) -> list[Prediction]:
    """Per row: the pipeline's (start, end, type) mentions inside the sentence, in offsets
    relative to the sentence, and how many leading characters of it the output left out."""
    out: list[Prediction] = []
    cache: dict[str, Any] = {}
    for row in rows:
        article_id = row["article_id"]
        if article_id not in cache:
            cache[article_id] = extract_record(records[article_id])
        article = cache[article_id]
        found_at = _locate(row["sentence"], article.text)
        if found_at is None:
            out.append(Prediction(set(), len(row["sentence"])))
            continue
        at, skip = found_at
        shift = at - skip  # output offset - shift = offset in the sentence
        end = shift + len(row["sentence"])
        found: set[Span] = set()
        for entity in article.entities:
            kind = TYPE_OF.get(entity.type)
            if kind is None:
                continue
            for mention in entity.mentions:
                if mention.how == "adjective" and not adjectives:
                    continue
                if at <= mention.start and mention.end <= end:
                    found.add((mention.start - shift, mention.end - shift, kind))
        out.append(Prediction(found, skip))
    return out


def tagger_spans(rows: Iterable[dict[str, Any]],
                 records: dict[str, dict[str, Any]]) -> list[Prediction]:
    """Per row: the raw tagger's spans in the sentence (its article's raw sentences tagged as
    one document). A span starts after the proclitics of its first token, as the linker cuts
    mentions (``split_clitics``; the article stays unless «لل» swallowed its alif)."""
    from marsad.arabic.tokenize import iter_tokens, split_clitics
    from marsad.ner import load_tagger
    from marsad.ner.evaluate import spans

    tagger = load_tagger()
    out: list[Prediction] = []
    for row in rows:
        text = records[row["article_id"]]["text"]
        sentences = list(raw_sentences(text))
        tokens = [[(s + t.start, s + t.end) for t in iter_tokens(text[s:e])]
                  for s, e in sentences]
        tags = tagger.tag_document([[text[a:b] for a, b in toks] for toks in tokens])
        index = sentences.index((row["start"], row["end"]))
        toks = tokens[index]
        found: set[Span] = set()
        for a, b, kind in spans(tags[index]):
            if kind not in CORE_TYPES:
                continue
            first = text[toks[a][0]:toks[a][1]]
            cut = split_clitics(first)
            start = cut.stem_start if cut.proclitics else 0
            if cut.proclitics and cut.proclitics[-1] == "ال" and first[start - 2:start] == "ال":
                start -= 2
            found.add((toks[a][0] + start - row["start"], toks[b - 1][1] - row["start"], kind))
        out.append(Prediction(found, 0))
    return out


def gold_spans(row: dict[str, Any]) -> set[Span]:
    return {(s - row["start"], e - row["start"], t) for s, e, t, _ in row["entities"]}


def score(rows: list[dict[str, Any]], predicted: list[Prediction]
          ) -> tuple[dict[str, dict[str, float]], list[dict[str, Any]], int]:
    """Micro P/R/F1 by type and overall, the errors, and how many gold entities were left
    out because the output text does not hold them (a dateline, a link line)."""
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    errors: list[dict[str, Any]] = []
    unscored = 0
    for row, (pred, skipped) in zip(rows, predicted, strict=True):
        gold = {span for span in gold_spans(row) if span[0] >= skipped}
        unscored += len(row["entities"]) - len(gold)
        for s in gold & pred:
            tp[s[2]] += 1
        for kind, side, counter in (("fp", pred - gold, fp), ("fn", gold - pred, fn)):
            for s in sorted(side):
                counter[s[2]] += 1
                errors.append({"article_id": row["article_id"], "error": kind, "type": s[2],
                               "text": row["sentence"][s[0]:s[1]], "start": s[0],
                               "sentence": row["sentence"]})
    table = {t: _prf(tp[t], fp[t], fn[t]) for t in CORE_TYPES}
    table["micro"] = _prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    return table, errors, unscored


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0,
            "tp": tp, "fp": fp, "fn": fn, "gold": tp + fn}


def print_table(title: str, table: dict[str, dict[str, float]]) -> None:
    print(title)
    print(f"{'type':6} {'gold':>5} {'P':>6} {'R':>6} {'F1':>6}   tp  fp  fn")
    for kind, row in table.items():
        print(f"{kind:6} {row['gold']:5} {row['precision']:6.3f} {row['recall']:6.3f} "
              f"{row['f1']:6.3f} {row['tp']:4} {row['fp']:3} {row['fn']:3}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--silver", type=Path, default=SILVER)
    parser.add_argument("--sample", action="store_true", help="print the unlabelled sample")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--n", type=int, default=60)
    parser.add_argument("--per-source", type=int, default=6)
    parser.add_argument("--tagger", action="store_true", help="also score the raw tagger alone")
    parser.add_argument("--adjectives", action="store_true",
                        help="count mentions made from nationality adjectives too")
    parser.add_argument("--errors", action="store_true", help="list misses and false positives")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if args.sample:
        about = {"seed": args.seed, "n": args.n, "per_source": args.per_source}
        print(json.dumps({"about": about}, ensure_ascii=False))
        for row in draw_sample(args.seed, args.n, args.per_source):
            print(json.dumps(row, ensure_ascii=False))
        return 0
    _, rows = load_silver(args.silver)
    records = load_records(wanted={row["article_id"] for row in rows})
    runs = {"pipeline": pipeline_spans(rows, records, args.adjectives)}
    if args.tagger:
        runs["tagger"] = tagger_spans(rows, records)
    result: dict[str, Any] = {}
    for name, predicted in runs.items():
        cut = sum(p.skipped > 0 for p in predicted)
        table, errors, unscored = score(rows, predicted)
        result[name] = {"table": table, "sentences_cut": cut, "entities_not_scored": unscored}
        if args.json:
            continue
        print_table(f"{name}: {len(rows)} sentences ({cut} cut by the reader: "
                    f"{unscored} entities there not scored)", table)
        if args.errors:
            for error in errors:
                print(f"  {error['error']} {error['type']} «{error['text']}» "
                      f"{error['article_id']} @{error['start']}")
        print()
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
