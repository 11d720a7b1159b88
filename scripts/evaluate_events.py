"""Evaluate the event coder on the PLOVER Arabic gold data and on the repo's own gold set.

1. ``/work/shared/data/events/{assault,protest}_gsr.csv`` (the ~70% training split) —
   sentence-level detection of ``yes`` vs ``easy no`` (dedupe on text, drop conflicting
   duplicates), counting a sentence positive when an event of the type has status ``new``.
   The shipped status model was trained on these sentences, so this figure is in-sample; the
   honest estimate is the cross-validation stored in the model (``marsad train-events``), which
   is printed beside it.
2. ``*_spans.json`` — trigger span: for ``yes`` sentences, does a predicted trigger token lie
   in the strict ``verb_gold`` token set (recall), and is each predicted trigger among any
   annotator's verb tokens (precision, lenient).
3. ``*_spans.json`` — roles (``--roles``): each span names the annotators' source actor, verb and
   target actor. The whole pipeline runs on the sentence; an event whose trigger shares a word with
   a span's verb is matched to it, and its ``actor`` (``target``) is right when one of the
   entity's mention words is among the span's source (target) words, *swapped* when it is among
   the other side's only, else *other*. Precision is right / filled; an empty role is counted
   apart (a role left empty beats a wrong one). The records are split in halves by the parity of
   a SHA-1 of the text, so a rule read from one half can be checked on the other.
4. ``tests/gold/events.jsonl`` — per-type P/R/F1 of (sentence, type) pairs on sentences from
   ``/work/shared/data/articles`` annotated by hand (offsets into each article's ``text``).

Run: ``.venv/bin/python scripts/evaluate_events.py [--json] [--roles]``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path
from typing import Any

from marsad.arabic.normalize import normalize, strip_diacritics
from marsad.events import code_events
from marsad.events.classifier import load_status_model
from marsad.events.coder import DETECTION_THRESHOLD
from marsad.events.train import load_gold
from marsad.extractors.times import extract_times
from marsad.model import Event

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
EVENTS_DIR = SHARED / "events"
ARTICLES_DIR = SHARED / "articles"
GOLD = ROOT / "tests" / "gold" / "events.jsonl"


def reported(event: Event) -> bool:
    """Is the event a detection for the hand gold? That gold labels a sentence with every event
    that really happened, a passing reference to a past one included (its labelling rule 1), so
    a ``background`` event counts, as does a ``new`` one at or above the detection threshold;
    denied, conditional and planned events do not. (``background`` also holds mentions the
    status model judged not to be news, so this slightly favours recall on ASSAULT/PROTEST.)"""
    return event.status == "background" or (
        event.status == "new" and event.confidence >= DETECTION_THRESHOLD)


def prf(tp: int, fp: int, fn: int) -> dict[str, float | int]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 3), "r": round(r, 3), "f1": round(f, 3), "tp": tp, "fp": fp, "fn": fn}


def strict_rows(kind: str) -> list[tuple[str, bool, date | None]]:
    """(text, positive, publication date) for ``yes`` vs ``easy no``, duplicates resolved."""
    return [(g.text, g.label == "yes", g.published)
            for g in load_gold(EVENTS_DIR, kind.upper()) if g.label in ("yes", "easy no")]


def detect(text: str, event_type: str, published: date | None = None) -> bool:
    """A sentence reports the type when the coder finds an event of it with status ``new``."""
    return any(e.type == event_type and e.status == "new"
               for e in code_events(text, times=extract_times(text, published),
                                    published=published))


def detection(kind: str, event_type: str) -> dict[str, Any]:
    counts: Counter[str] = Counter()
    for text, positive, published in strict_rows(kind):
        pred = detect(text, event_type, published)
        counts[("tp" if positive else "fp") if pred else ("fn" if positive else "tn")] += 1
    model = load_status_model()
    cv = (model.info.get("cv") or {}).get(event_type) if model else None
    return {"in_sample": {**prf(counts["tp"], counts["fp"], counts["fn"]), "tn": counts["tn"]},
            "cv": cv}


def _tokens(text: str) -> set[str]:
    return {normalize(strip_diacritics(t)).strip(".,،:؛\"«»()") for t in text.split()} - {""}


def span_eval(kind: str, event_type: str) -> dict[str, Any]:
    """Trigger-token agreement with the annotators' verb spans on accepted sentences."""
    yes = {t for t, pos, _ in strict_rows(kind) if pos}
    records = json.loads((EVENTS_DIR / f"{kind}_spans.json").read_text(encoding="utf-8"))
    hit_gold = n_gold = pred_ok = n_pred = 0
    for rec in records:
        if rec["text"] not in yes:
            continue
        events = [e for e in code_events(rec["text"])
                  if e.type == event_type and e.status == "new"]
        pred_tokens = [_tokens(e.trigger.text) for e in events]
        any_verb: set[str] = set()
        for span in rec["spans"]:
            any_verb |= _tokens(" ".join(span.get("verb") or []))
        gold = _tokens(rec["verb_gold"])
        if gold:
            n_gold += 1
            if any(toks & gold for toks in pred_tokens):
                hit_gold += 1
        for toks in pred_tokens:
            n_pred += 1
            if toks & any_verb:
                pred_ok += 1
    return {
        "trigger_recall_strict": round(hit_gold / n_gold, 3) if n_gold else 0.0,
        "gold_sentences": n_gold,
        "trigger_precision_lenient": round(pred_ok / n_pred, 3) if n_pred else 0.0,
        "predicted_triggers": n_pred,
    }


def _role_words(words: list[str]) -> set[str]:
    """Annotated words, normalised, with and without a joined «و/ف/ب/ل» (mentions drop them)."""
    out = set()
    for word in _tokens(" ".join(words)):
        out.add(word)
        if len(word) > 3 and word[0] in "وفبل":
            out.add(word[1:])
    return out


def role_eval() -> dict[str, Any]:
    """Actor and target of coded events against the annotators' spans, per half and in all."""
    from marsad.core import extract

    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for kind in ("assault", "protest"):
        records = json.loads((EVENTS_DIR / f"{kind}_spans.json").read_text(encoding="utf-8"))
        for rec in records:
            half = "a" if hashlib.sha1(rec["text"].encode()).digest()[0] % 2 == 0 else "b"
            doc = extract(rec["text"])
            entities = {e.id: e for e in doc.entities}
            for event in doc.events:
                trigger = _tokens(event.trigger.text)
                span = next((s for s in rec["spans"]
                             if trigger & _role_words(s.get("verb") or [])), None)
                if span is None:
                    continue
                sides = {"actor": (_role_words(span.get("source_actor") or []),
                                   _role_words(span.get("target_actor") or [])),
                         "target": (_role_words(span.get("target_actor") or []),
                                    _role_words(span.get("source_actor") or []))}
                for role, (own, other) in sides.items():
                    entity = entities.get(getattr(event, role) or "")
                    if entity is None:
                        verdict = "empty"
                    else:
                        words = _role_words([m.text for m in entity.mentions])
                        verdict = ("right" if words & own else
                                   "swapped" if words & other else "other")
                    for key in (half, "all"):
                        counts[f"{role}_{key}"][verdict] += 1
    result: dict[str, Any] = {}
    for key, c in sorted(counts.items()):
        filled = c["right"] + c["swapped"] + c["other"]
        result[key] = dict(c) | {"filled": filled,
                                 "precision": round(c["right"] / filled, 3) if filled else 0.0}
    return result


def load_articles() -> dict[str, str]:
    texts: dict[str, str] = {}
    for path in sorted(ARTICLES_DIR.glob("*.jsonl")):
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                row = json.loads(line)
                texts[row["id"]] = row["text"]
    return texts


def gold_eval(gold_path: Path = GOLD) -> dict[str, Any]:
    """Per-type P/R/F1 over hand-annotated sentences (sentence, type) pairs."""
    texts = load_articles()
    per_type: dict[str, Counter] = defaultdict(Counter)
    n = 0
    with gold_path.open(encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            rec = json.loads(line)
            sentence = texts[rec["article"]][rec["start"]:rec["end"]]
            gold = set(rec["types"])
            pred = {e.type for e in code_events(sentence) if reported(e)}
            n += 1
            for t in gold | pred:
                if t in gold and t in pred:
                    per_type[t]["tp"] += 1
                elif t in pred:
                    per_type[t]["fp"] += 1
                else:
                    per_type[t]["fn"] += 1
    result: dict[str, Any] = {"sentences": n}
    tot = Counter()
    for t in sorted(per_type):
        c = per_type[t]
        tot.update(c)
        result[t] = prf(c["tp"], c["fp"], c["fn"])
    result["micro"] = prf(tot["tp"], tot["fp"], tot["fn"])
    return result


def timing() -> dict[str, float]:
    texts = list(load_articles().values())
    began = time.perf_counter()
    for text in texts:
        code_events(text)
    elapsed = time.perf_counter() - began
    return {"articles": len(texts), "ms_per_article": round(1000 * elapsed / len(texts), 3)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--roles", action="store_true",
                        help="only score actor and target against the annotated spans")
    args = parser.parse_args(argv)
    if args.roles:
        roles = role_eval()
        if args.json:
            json.dump(roles, sys.stdout, ensure_ascii=False, indent=1)
            print()
            return 0
        for key, row in roles.items():
            print(f"{key:10} precision {row['precision']:.3f}  right {row.get('right', 0):3}  "
                  f"swapped {row.get('swapped', 0):3}  other {row.get('other', 0):3}  "
                  f"empty {row.get('empty', 0):3}")
        return 0
    report = {
        "assault_detection": detection("assault", "ASSAULT"),
        "protest_detection": detection("protest", "PROTEST"),
        "assault_trigger": span_eval("assault", "ASSAULT"),
        "protest_trigger": span_eval("protest", "PROTEST"),
        "gold": gold_eval() if GOLD.exists() else None,
        "timing_code_events_only": timing(),
    }
    if args.json:
        json.dump(report, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    for name in ("assault_detection", "protest_detection"):
        r = report[name]["in_sample"]
        print(f"{name:18} in-sample P={r['p']:.3f} R={r['r']:.3f} F1={r['f1']:.3f} "
              f"(tp={r['tp']} fp={r['fp']} fn={r['fn']} tn={r['tn']})")
        cv = report[name]["cv"]
        for view in ("dated", "undated") if cv else ():
            print(f"{name:18} CV {view:8} " + "  ".join(
                f"{m.upper()}={cv[view][m]['mean']:.3f}±{cv[view][m]['sd']:.3f}"
                for m in ("p", "r", "f1")) + f"  (threshold {cv['threshold']})")
    for name in ("assault_trigger", "protest_trigger"):
        print(name, report[name])
    if report["gold"]:
        gold = report["gold"]
        print(f"gold: {gold['sentences']} sentences")
        for t, r in gold.items():
            if isinstance(r, dict):
                print(f"  {t:10} P={r['p']:.3f} R={r['r']:.3f} F1={r['f1']:.3f} "
                      f"(tp={r['tp']} fp={r['fp']} fn={r['fn']})")
    print("timing", report["timing_code_events_only"])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
