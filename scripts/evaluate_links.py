"""Link precision by how the link was made, on the silver link audit.

``tests/gold/link_audit.jsonl`` holds entity mentions of shared articles, sampled with a fixed
seed and stratified by ``Mention.how`` (its first line, ``{"about": …}``, records the
sampling), each judged by hand in its sentence: ``correct``, ``wrong_entity`` (a name, linked to
the wrong KB entity or merged with the wrong one), ``not_a_name`` (an everyday word or phrase
taken for a name) or ``wrong_type`` (a real name of another type, e.g. a channel as a person).

The audit is a sample of what the linker *produced*, so it measures precision, not recall. This
script re-runs the pipeline on the audited articles and compares: an audited mention is *kept*
when the current output still has a mention with the same offsets linked to the same entity id,
otherwise it is *gone*. A row re-judged later may list in ``accept`` another entity it is
also correct for (with the reason in ``rejudged``: a lone surname joined to its full name's
entity is the same person). Precision per stratum is correct kept / kept, with a Wilson 95 %
interval; gone-correct (lost good links) and gone-wrong (fixed errors) are counted apart, so a
fix shows up as gone-wrong rising while gone-correct stays at zero.

``--sample`` re-draws the unjudged sample (same seed, same strata) as JSONL, which is how the
audit file was made; ``--seed``, ``--per-how`` and ``--exclude AUDIT`` (skip every article an
earlier audit's sampling read) draw a fresh held-out one: ``tests/gold/link_audit_heldout.jsonl``
is ``--sample --seed 2027 --per-how 20 --exclude tests/gold/link_audit.jsonl``, judged by hand.
``--focus w1,w2`` keeps only the articles containing one of the words:
``tests/gold/link_audit_heldout2.jsonl`` is ``--sample --seed 2031 --per-how 20 --exclude
tests/gold/link_audit.jsonl --exclude tests/gold/link_audit_heldout.jsonl --focus`` with the
words of its first line (Yemen, Libya, Lebanon, Palestine and Sudan stories), judged by hand.
``tests/gold/link_audit_heldout3.jsonl`` is ``--sample --seed 2041 --per-how 20`` excluding
the three earlier audits (general news, no focus), judged by hand;
``tests/gold/link_audit_heldout4.jsonl`` is ``--sample --seed 2051 --per-how 20`` excluding
the four earlier audits, likewise; ``tests/gold/link_audit_heldout5.jsonl`` is ``--sample
--seed 2061 --per-how 20`` excluding the five earlier audits, likewise;
``tests/gold/link_audit_heldout6.jsonl`` is ``--sample --seed 2071 --per-how 20`` excluding the
six earlier audits, drawn from the code at ff9cf0a before the linking pass of 2026-12-05;
``tests/gold/link_audit_heldout7.jsonl`` is ``--sample --seed 2081 --per-how 20`` excluding the
seven earlier audits, drawn from 6cfbd79 and kept from the pass that followed (session 16);
``tests/gold/link_audit_heldout8.jsonl`` is ``--sample --seed 2091 --per-how 20`` excluding the
eight earlier audits, drawn from ee2d580 and kept from the pass that followed (session 17).
``--audit`` scores another audit file. ``--confidence`` pools every ``link_audit*.jsonl``
(dev and held-out) and prints, per how, the correct share of the links the linker keeps now:
the linker's ``confidence_by_how`` in ``src/marsad/data/linking.json``, with the counts.
``--json`` prints the table as JSON. ``--corpus N`` counts the links by ``how`` on the first
N shared articles and times the entity stage alone (a recall and speed guard, no
precision); ``--dump FILE`` writes those mentions as JSONL so two versions can be diffed.

Acceptance figures of issue #15 (``docs/linking.md``, "Acceptance against e2c8022"):
``--base-audit FILE`` scores an audit drawn uniformly from an *earlier* commit's links
(``tests/gold/base_link_audit.jsonl``: 150 links of e2c8022): the base's precision with its
Wilson interval, the share of its wrong links gone now and of its correct links kept now (kept:
same offsets, same entity id), and, for each changed audited link, what the current output has
on that span. The file is named ``base_link_audit*`` so that ``--confidence`` does not pool it.
``--analyst FILE`` scores analyst recall on ``tests/gold/analyst_recall.jsonl`` (every person,
organisation and place an analyst wants in 10 articles, labelled by hand): an entity counts
when an output mention overlaps an occurrence of one of its written forms and is linked to its
KB id (or an ``accept`` id), or, for one the KB lacks (``new``, or an id the running code's KB
does not have), is a non-KB entity of one of its ``types``. Run either with
``PYTHONPATH=<an older checkout>/src`` to score that commit's code the same way.
``tests/gold/analyst_recall2.jsonl`` is analyst set 2 (116 entities in 10 articles, seed 2503,
drawn from the articles no audit, the base audit or set 1 read), labelled the same way before
the linking pass that followed set 1 and kept as its held-out check: ``--analyst`` scores it.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import marsad
from marsad.model import Article, RawDocument

ROOT = Path(__file__).resolve().parents[1]
AUDIT = ROOT / "tests" / "gold" / "link_audit.jsonl"
SHARED = ROOT.parent / "shared" / "data" / "articles"
JUDGEMENTS = ("correct", "wrong_entity", "not_a_name", "wrong_type")
SEED = 15
PER_HOW = 25
MAX_ARTICLES = 600


def load_records(shared: Path = SHARED,
                 wanted: set[str] | None = None) -> dict[str, dict[str, Any]]:
    """Article id → raw JSONL record of the shared corpus (only ``wanted`` ids when given)."""
    records: dict[str, dict[str, Any]] = {}
    for path in sorted(shared.glob("*.jsonl")):
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                row = json.loads(line)
                if wanted is None or str(row["id"]) in wanted:
                    records[str(row["id"])] = row
    return records


def extract_record(record: dict[str, Any]) -> Article:
    """The record through the whole pipeline, read exactly as ``marsad ingest`` reads JSONL."""
    raw = RawDocument(record.get("html") or record["text"], id=str(record["id"]),
                      url=record.get("url") or None, source=record.get("source") or None,
                      published=record.get("published") or record.get("date_extracted") or None,
                      title=record.get("title") or None, author=record.get("author") or None,
                      format="html" if record.get("html") else "text")
    return marsad.extract(raw)


def mention_rows(article_id: str, article: Article) -> Iterator[dict[str, Any]]:
    """One audit-shaped row per mention, with the sentence it lies in."""
    for entity in article.entities:
        for mention in entity.mentions:
            sentence = next((s for s in article.sentences
                             if s.start <= mention.start < s.end), None)
            yield {
                "article_id": article_id,
                "sentence_start": sentence.start if sentence else None,
                "sentence": article.text[sentence.start:sentence.end] if sentence else "",
                "mention": mention.text,
                "start": mention.start,
                "end": mention.end,
                "entity_id": entity.id,
                "entity_name": entity.name_en or entity.name_ar,
                "entity_type": entity.type,
                "in_kb": entity.in_kb,
                "how": mention.how,
            }


def articles_read(about: dict[str, Any], records: dict[str, dict[str, Any]]) -> set[str]:
    """The article ids an audit's sampling read (its seeded order, first ``articles_read``)."""
    order = sorted(records)
    random.Random(about["seed"]).shuffle(order)
    return set(order[:about["articles_read"]])


def draw_sample(seed: int = SEED, per_how: int = PER_HOW,
                max_articles: int = MAX_ARTICLES, exclude: Iterable[Path] = (),
                focus: Iterable[str] = ()) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The audit sample: shared articles in a seeded random order are extracted until every
    stratum seen has ``per_how`` candidates from distinct (article, entity) pairs, or
    ``max_articles`` were read; then ``per_how`` per stratum are drawn with a per-stratum seed.

    One mention per (article, entity, how) keeps one long story from filling a stratum with
    the same link. Returns the sampling record (seed, strata, how many articles were read and
    how many mentions each stratum had there, for weighting) and the sampled rows. ``focus``
    words, when given, keep only the articles whose title or text contains one of them.
    """
    records = load_records()
    excluded: set[str] = set()
    for path in exclude:  # a held-out audit reads no article an earlier audit read
        earlier, rows = load_audit(path)
        excluded |= articles_read(earlier, records) | {row["article_id"] for row in rows}
    order = sorted(records)
    random.Random(seed).shuffle(order)
    order = [article_id for article_id in order if article_id not in excluded]
    focus = tuple(focus)
    if focus:
        order = [article_id for article_id in order
                 if any(word in (records[article_id].get("title") or "")
                        + (records[article_id].get("text") or records[article_id].get("html")
                           or "") for word in focus)]
    pool: dict[str, dict[tuple[str, str], dict[str, Any]]] = defaultdict(dict)
    mentions: Counter[str] = Counter()
    count = 0
    for count, article_id in enumerate(order[:max_articles], start=1):
        for row in mention_rows(article_id, extract_record(records[article_id])):
            pool[row["how"]].setdefault((article_id, row["entity_id"]), row)
            mentions[row["how"]] += 1
        if count >= 100 and all(len(rows) >= per_how for rows in pool.values()):
            break
    sample: list[dict[str, Any]] = []
    for how in sorted(pool):
        candidates = sorted(pool[how].values(), key=lambda r: (r["article_id"], r["start"]))
        chosen = random.Random(f"{seed}:{how}").sample(candidates, min(per_how, len(candidates)))
        sample += sorted(chosen, key=lambda r: (r["article_id"], r["start"]))
    about = {"seed": seed, "per_how": per_how, "articles_read": count,
             "excluded_audits": [path.name for path in exclude],
             **({"focus": list(focus)} if focus else {}),
             "strata": {how: min(per_how, len(pool[how])) for how in sorted(pool)},
             "mentions_by_how": dict(sorted(mentions.items()))}
    return about, sample


def load_audit(path: Path = AUDIT) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """(the sampling record, the judged mentions) of an audit file."""
    with path.open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    return rows[0], rows[1:]


def wilson(successes: int, total: int, z: float = 1.96) -> tuple[float, float]:
    """Wilson score interval: unlike p ± 1.96·se it stays inside [0, 1] for 25-item strata."""
    if total == 0:
        return 0.0, 1.0
    p = successes / total
    denominator = 1 + z * z / total
    centre = (p + z * z / (2 * total)) / denominator
    half = z * math.sqrt(p * (1 - p) / total + z * z / (4 * total * total)) / denominator
    return max(0.0, centre - half), min(1.0, centre + half)


def compare(audit: Iterable[dict[str, Any]],
            current: dict[str, set[tuple[int, int, str]]]) -> dict[str, dict[str, Any]]:
    """Counts per audited ``how`` (and ``all``) of the audit against the current output."""
    table: dict[str, Counter[str]] = defaultdict(Counter)
    for row in audit:
        now = current.get(row["article_id"], set())
        # ``accept``: another entity a row was re-judged correct for (see its ``rejudged``)
        kept = any((row["start"], row["end"], entity) in now
                   for entity in (row["entity_id"], *row.get("accept", ())))
        good = row["judgement"] == "correct"
        for key in (row["how"], "all"):
            counts = table[key]
            counts["judged"] += 1
            counts["audit_correct"] += good
            counts[row["judgement"]] += 1
            if kept:
                counts["kept"] += 1
                counts["kept_correct"] += good
            else:
                counts["gone_correct" if good else "gone_wrong"] += 1
    result: dict[str, dict[str, Any]] = {}
    for key, counts in table.items():
        low, high = wilson(counts["kept_correct"], counts["kept"])
        result[key] = {
            **{name: counts[name] for name in ("judged", "kept", "kept_correct", "gone_correct",
                                               "gone_wrong", *JUDGEMENTS)},
            "audit_precision": counts["audit_correct"] / counts["judged"],
            "precision": counts["kept_correct"] / counts["kept"] if counts["kept"] else None,
            "wilson95": [round(low, 3), round(high, 3)],
        }
    return result


def current_mentions(article_ids: set[str]) -> dict[str, set[tuple[int, int, str]]]:
    """(start, end, entity id) of every mention the pipeline produces now, per article."""
    records = load_records(wanted=article_ids)
    missing = article_ids - set(records)
    if missing:
        raise SystemExit(f"audited articles not in {SHARED}: {sorted(missing)[:5]}")
    return {article_id: {(r["start"], r["end"], r["entity_id"])
                         for r in mention_rows(article_id, extract_record(records[article_id]))}
            for article_id in sorted(article_ids)}


def weighted_precision(result: dict[str, dict[str, Any]], about: dict[str, Any]) -> float | None:
    """Overall precision with each stratum weighted by its share of all mentions in the
    articles read when sampling: the stratified ``all`` row counts a rare fuzzy link as much
    as a common name, so this is the better estimate of precision over the corpus."""
    weights = {how: count for how, count in about.get("mentions_by_how", {}).items()
               if result.get(how, {}).get("precision") is not None}
    total = sum(weights.values())
    if not total:
        return None
    return sum(result[how]["precision"] * count for how, count in weights.items()) / total


def succession(correct: int, total: int) -> float:
    """Laplace's rule of succession, rounded: (correct + 1) / (total + 2)."""
    return round((correct + 1) / (total + 2), 2)


def pooled_confidence(audits: Iterable[Path]) -> dict[str, Any]:
    """The linker's ``confidence_by_how``: per ``how``, the correct share of the links the
    current linker keeps, pooled over the given audits (each re-run on its own articles), by
    Laplace's rule of succession ((correct + 1) / (kept + 2), so a stratum with no wrong link
    kept says 0.99, not a certain 1.0), rounded to two decimals; ``confidence_default`` is the
    same over every ``how``. ``counts`` gives kept_correct and kept per how."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    names = []
    for path in audits:
        _, rows = load_audit(path)
        names.append(path.name)
        result = compare(rows, current_mentions({row["article_id"] for row in rows}))
        for how, row in result.items():
            counts[how]["kept"] += row["kept"]
            counts[how]["kept_correct"] += row["kept_correct"]
    table = {how: succession(c["kept_correct"], c["kept"])
             for how, c in sorted(counts.items()) if how != "all"}
    every = counts["all"]
    return {"audits": names, "confidence_by_how": table,
            "confidence_default": succession(every["kept_correct"], every["kept"]),
            "counts": {how: {"kept_correct": c["kept_correct"], "kept": c["kept"]}
                       for how, c in sorted(counts.items())}}


def current_output(article_ids: set[str]) -> tuple[dict[str, str], dict[str, list[dict[str, Any]]]]:
    """(clean text, mention rows) per article, from the code now on the path."""
    records = load_records(wanted=article_ids)
    missing = article_ids - set(records)
    if missing:
        raise SystemExit(f"articles not in {SHARED}: {sorted(missing)[:5]}")
    texts: dict[str, str] = {}
    rows: dict[str, list[dict[str, Any]]] = {}
    for article_id in sorted(article_ids):
        article = extract_record(records[article_id])
        texts[article_id] = article.text
        rows[article_id] = list(mention_rows(article_id, article))
    return texts, rows


def base_audit(path: Path) -> dict[str, Any]:
    """An audit drawn uniformly from an earlier commit's links against the current output.

    The base precision is correct / judged (Wilson 95 %); a wrong link is *gone* and a correct
    one *kept* exactly as in ``compare`` (same offsets, same entity id now). Every audited link
    that changed is listed with the current mentions overlapping its span, so a wrong link
    replaced by another link on the same words can be judged by hand; ``moved`` counts audited
    offsets that no longer point at the mention in today's clean text (a text change, which
    would make kept links look gone).
    """
    _, rows = load_audit(path)
    texts, output = current_output({row["article_id"] for row in rows})
    table = compare(rows, {a: {(r["start"], r["end"], r["entity_id"]) for r in ms}
                           for a, ms in output.items()})["all"]
    judged = table["judged"]
    correct = sum(row["judgement"] == "correct" for row in rows)
    wrong = judged - correct
    low, high = wilson(correct, judged)
    changed = []
    for row in rows:
        now = output[row["article_id"]]
        if any((r["start"], r["end"]) == (row["start"], row["end"])
               and r["entity_id"] in (row["entity_id"], *row.get("accept", ())) for r in now):
            continue
        overlapping = [f"{r['mention']} -> {r['entity_id']} ({r['entity_type']}, {r['how']})"
                       for r in now if r["start"] < row["end"] and row["start"] < r["end"]]
        changed.append({"judgement": row["judgement"], "article_id": row["article_id"],
                        "start": row["start"], "mention": row["mention"],
                        "was": f"{row['entity_id']} ({row['how']})", "now": overlapping})
    replaced = sum(1 for c in changed if c["judgement"] != "correct" and c["now"])
    moved = sum(texts[row["article_id"]][row["start"]:row["end"]] != row["mention"]
                for row in rows)
    return {"audit": path.name, "judged": judged, "correct": correct, "wrong": wrong,
            "base_precision": correct / judged, "base_wilson95": [round(low, 3), round(high, 3)],
            "wrong_gone": table["gone_wrong"], "wrong_gone_share": table["gone_wrong"] / wrong
            if wrong else None, "correct_kept": table["kept_correct"],
            "correct_kept_share": table["kept_correct"] / correct if correct else None,
            "wrong_gone_with_another_link_on_the_span": replaced, "offsets_moved": moved,
            "changed": changed}


CLITICS = "(?:(?:وبال|فبال|وال|فال|بال|كال|لل|ال|وب|ول|وك|فب|فل|و|ف|ب|ل|ك)ـ?)?"  # «لـCNN»


def occurrences(text: str, forms: Iterable[str]) -> list[tuple[int, int]]:
    """Spans of every whole-word occurrence of the forms, a proclitic (and a tatweel after
    it) allowed before them."""
    spans = []
    for form in forms:
        pattern = re.compile(rf"(?<!\w){CLITICS}({re.escape(form)})(?!\w)")
        spans += [match.span(1) for match in pattern.finditer(text)]
    return sorted(set(spans))


def analyst_recall(path: Path) -> dict[str, Any]:
    """Share of the entities an analyst wants that the output finds and links correctly."""
    from marsad.kb.loader import load_kb

    kb = load_kb()
    _, gold = load_audit(path)
    texts, output = current_output({row["article_id"] for row in gold})
    found: Counter[str] = Counter()
    total: Counter[str] = Counter()
    misses = []
    for row in gold:
        spans = occurrences(texts[row["article_id"]], row["forms"])
        ids = {row["entity_id"], *row.get("accept", ())} - {"new"}
        known = {i for i in ids if kb.get(i) is not None}
        types = set(row.get("types") or [row["type"]])
        overlapping = [r for r in output[row["article_id"]]
                       if any(r["start"] < end and start < r["end"] for start, end in spans)]
        hit = any(r["entity_id"] in known or (not known and not r["in_kb"]
                                              and r["entity_type"] in types)
                  for r in overlapping)
        kind = "new" if not known else "kb"
        total[kind] += 1
        found[kind] += hit
        if not hit:
            misses.append({"article_id": row["article_id"], "entity": row["entity"],
                           "want": row["entity_id"] if known else f"new {sorted(types)}",
                           "occurrences": len(spans),
                           "now": sorted({f"{r['mention']} -> {r['entity_id']} "
                                          f"({r['entity_type']}, {r['how']})"
                                          for r in overlapping})})
    entities, hits = total.total(), found.total()
    low, high = wilson(hits, entities)
    return {"gold": path.name, "entities": entities, "found": hits,
            "recall": hits / entities if entities else None, "wilson95": [round(low, 3),
                                                                          round(high, 3)],
            "in_kb": {"found": found["kb"], "entities": total["kb"]},
            "new": {"found": found["new"], "entities": total["new"]}, "misses": misses}


def print_table(result: dict[str, dict[str, Any]]) -> None:
    print(f"{'how':<11} {'judged':>6} {'kept':>5} {'P':>6}  {'Wilson 95%':<13} {'gone ok':>7} "
          f"{'gone bad':>8}  audit: wrong_entity/not_a_name/wrong_type")
    for key in sorted(result, key=lambda k: (k == "all", k)):
        row = result[key]
        precision = "-" if row["precision"] is None else f"{row['precision']:.3f}"
        low, high = row["wilson95"]
        print(f"{key:<11} {row['judged']:>6} {row['kept']:>5} {precision:>6}  "
              f"[{low:.3f}, {high:.3f}] {row['gone_correct']:>7} {row['gone_wrong']:>8}  "
              f"{row['wrong_entity']}/{row['not_a_name']}/{row['wrong_type']}")


def corpus_links(limit: int, dump: Path | None = None) -> dict[str, Any]:
    """Links on the first ``limit`` shared articles (file order) and the entity stage's time.

    Each article goes through the pipeline once; ``link_entities`` is then timed alone on the
    article's own normalised text, sentences and tokens (best of two runs, so the figure is
    the entity stage without the rest). ``dump`` gets one JSON line per mention, for diffing
    the links of two versions.
    """
    import time

    from marsad.linking import link_entities

    rows: list[dict[str, Any]] = []
    for path in sorted(SHARED.glob("*.jsonl")):
        with path.open(encoding="utf-8") as handle:
            rows.extend(json.loads(line) for line in handle if line.strip())
    by_how: Counter[str] = Counter()
    seconds = 0.0
    out = dump.open("w", encoding="utf-8") if dump else None
    for record in rows[:limit]:
        article = extract_record(record)
        assert article.normalized is not None
        best = math.inf
        for _ in range(2):
            began = time.perf_counter()
            link_entities(article.normalized, article.sentences, tokens=article.tokens)
            best = min(best, time.perf_counter() - began)
        seconds += best
        for row in mention_rows(str(record["id"]), article):
            by_how[row["how"]] += 1
            if out:
                out.write(json.dumps({k: row[k] for k in ("article_id", "start", "end", "mention",
                                                          "entity_id", "entity_name", "how")},
                                     ensure_ascii=False) + "\n")
    if out:
        out.close()
    return {"articles": min(limit, len(rows)), "links": sum(by_how.values()),
            "by_how": dict(sorted(by_how.items())),
            "entity_stage_ms_per_article": round(1000 * seconds / max(1, min(limit, len(rows))), 2)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--audit", type=Path, default=AUDIT)
    parser.add_argument("--json", action="store_true", help="print the table as JSON")
    parser.add_argument("--sample", action="store_true",
                        help="print the unjudged sample (seeded, stratified by how) as JSONL")
    parser.add_argument("--seed", type=int, default=SEED, help="sampling seed (--sample)")
    parser.add_argument("--per-how", type=int, default=PER_HOW, help="mentions per how (--sample)")
    parser.add_argument("--exclude", type=Path, action="append", default=[],
                        help="an earlier audit whose articles the sample must not read (--sample)")
    parser.add_argument("--corpus", type=int, metavar="N",
                        help="count links by how on the first N shared articles and time the "
                             "entity stage (recall guard and speed, not precision)")
    parser.add_argument("--dump", type=Path, help="with --corpus: write every mention as JSONL")
    parser.add_argument("--confidence", action="store_true",
                        help="print confidence_by_how pooled over every tests/gold/"
                             "link_audit*.jsonl (precision of the links kept now)")
    parser.add_argument("--focus", default="",
                        help="comma-separated words: sample only the articles containing one "
                             "(--sample)")
    parser.add_argument("--base-audit", type=Path, metavar="FILE",
                        help="an audit drawn uniformly from an earlier commit's links: its "
                             "precision, the wrong links gone now and the correct links kept")
    parser.add_argument("--analyst", type=Path, metavar="FILE",
                        help="analyst recall on a hand-labelled file of wanted entities")
    args = parser.parse_args(argv)
    if args.base_audit or args.analyst:
        import marsad as running

        result = (base_audit(args.base_audit) if args.base_audit
                  else analyst_recall(args.analyst))
        result["code"] = str(Path(running.__file__).parent)
        print(json.dumps(result, ensure_ascii=False, indent=2))
        return 0
    if args.corpus:
        print(json.dumps(corpus_links(args.corpus, args.dump), ensure_ascii=False, indent=2))
        return 0
    if args.confidence:
        audits = sorted(AUDIT.parent.glob("link_audit*.jsonl"))
        print(json.dumps(pooled_confidence(audits), ensure_ascii=False, indent=2))
        return 0
    if args.sample:
        about, sample = draw_sample(args.seed, args.per_how, exclude=args.exclude,
                                    focus=[w for w in args.focus.split(",") if w])
        for row in (about, *sample):
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
        return 0
    about, audit = load_audit(args.audit)
    result = compare(audit, current_mentions({row["article_id"] for row in audit}))
    weighted = weighted_precision(result, about)
    if args.json:
        print(json.dumps({"by_how": result, "weighted_precision": weighted}, indent=2,
                         sort_keys=True))
    else:
        print_table(result)
        if weighted is not None:
            print(f"all, weighted by each how's share of mentions: {weighted:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
