"""Train the event-status model on the PLOVER Arabic gold (``marsad train-events``).

Each gold sentence says whether annotators saw an ASSAULT (or PROTEST) reported there: ``yes``
against ``easy no`` / ``difficult no``. Every trigger of that type the coder finds in the
sentence becomes one training instance carrying the sentence's label (weighted so that each
sentence counts once); a sentence is predicted positive when one of its triggers is scored
``new``. Publication dates come from the gold ids («AAW_ARB_20070906.0027-2»); each sentence
is used both with its date and without one, since a pasted sentence or an undated page has no
publication date to resolve «أمس» or «عام 2014» against.

Hyper-parameters (L2 strength, whether hard negatives train) and the decision threshold per
type are chosen by k-fold cross-validation over sentences (folds by a hash of the text, so a
duplicate never straddles folds); the figures reported are the folds' mean ± sd on ``yes`` vs
``easy no``, the acceptance measure, for the dated and the undated view. The final model
is refitted on all sentences.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import json
import re
import statistics
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np

from marsad.arabic.tokenize import tokenize
from marsad.events.classifier import MODEL_FILE, StatusModel
from marsad.events.coder import _norm, candidates
from marsad.events.status import overrules_model, rule_status
from marsad.extractors.times import extract_times
from marsad.lexicon import data_path

DEFAULT_EVENTS_DIR = Path("../shared/data/events")
GOLD_FILES = {"ASSAULT": "assault_gsr.csv", "PROTEST": "protest_gsr.csv"}
_ID_DATE = re.compile(r"_(\d{4})(\d{2})(\d{2})\.")
_MIN_COUNT = 2
_STEPS = 300
_LEARNING_RATE = 0.1
VERSION = "1.0.0"


@dataclass(slots=True)
class GoldSentence:
    text: str
    event_type: str
    label: str  # yes | easy no | difficult no
    published: date | None


@dataclass(slots=True)
class Instance:
    sentence: int  # index into the gold sentence list
    dated: bool  # built with the publication date (else as a bare sentence without one)
    features: list[str]
    hard_rule: bool  # a denial/condition/plan cue decides regardless of the score


# Every sentence is seen twice, with and without its publication date: a pasted sentence or an
# undated page must be judged as well as a dated article, and time cues differ between the two.
VIEWS = (True, False)


def published_from_id(gold_id: str) -> date | None:
    match = _ID_DATE.search(gold_id)
    if not match:
        return None
    try:
        return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


def load_gold(events_dir: Path, event_type: str) -> list[GoldSentence]:
    """Deduplicated sentences of one type; a text labelled two ways is dropped."""
    labels: dict[str, set[str]] = defaultdict(set)
    dates: dict[str, date | None] = {}
    with (events_dir / GOLD_FILES[event_type]).open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            labels[row["text"]].add(row["label"])
            dates.setdefault(row["text"], published_from_id(row["id"]))
    out = []
    for text, labs in labels.items():
        if len(labs) == 1 and (lab := next(iter(labs))) in ("yes", "easy no", "difficult no"):
            out.append(GoldSentence(text, event_type, lab, dates[text]))
    return out


def instances(gold: list[GoldSentence]) -> list[Instance]:
    """The coder's candidates of each sentence's own type, with their features, in both views."""
    out = []
    for i, sent in enumerate(gold):
        tokens = tokenize(sent.text)
        if not tokens:
            continue
        words = [_norm(t.text) for t in tokens]
        for dated in VIEWS:
            published = sent.published if dated else None
            times = extract_times(sent.text, published)
            for cand in candidates(tokens, words, [(0, len(sent.text))], times, published):
                if cand.type != sent.event_type:
                    continue
                out.append(Instance(i, dated, cand.features(words),
                                    overrules_model(rule_status(cand.cues))))
    return out


def fold_of(text: str, folds: int) -> int:
    return int(hashlib.sha1(("cv:" + text).encode("utf-8")).hexdigest(), 16) % folds


def fit(feature_lists: Sequence[list[str]], labels: np.ndarray, weights: np.ndarray,
        l2: float) -> tuple[dict[str, float], float]:
    """L2-regularised logistic regression by full-batch Adam on sparse binary features."""
    counts: dict[str, int] = defaultdict(int)
    for feats in feature_lists:
        for f in set(feats):
            counts[f] += 1
    vocab = {f: k for k, f in enumerate(sorted(f for f, c in counts.items() if c >= _MIN_COUNT))}
    rows, cols = [], []
    for r, feats in enumerate(feature_lists):
        for f in set(feats):
            if f in vocab:
                rows.append(r)
                cols.append(vocab[f])
    row_idx = np.asarray(rows, dtype=np.int64)
    col_idx = np.asarray(cols, dtype=np.int64)
    n, dim = len(feature_lists), len(vocab)
    w = np.zeros(dim)
    b = 0.0
    m_w, v_w = np.zeros(dim), np.zeros(dim)
    m_b = v_b = 0.0
    total = float(weights.sum())
    for step in range(1, _STEPS + 1):
        z = b + np.bincount(row_idx, weights=w[col_idx], minlength=n)
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        err = (p - labels) * weights / total
        g_w = np.bincount(col_idx, weights=err[row_idx], minlength=dim) + l2 * w
        g_b = float(err.sum())
        m_w = 0.9 * m_w + 0.1 * g_w
        v_w = 0.999 * v_w + 0.001 * g_w * g_w
        m_b = 0.9 * m_b + 0.1 * g_b
        v_b = 0.999 * v_b + 0.001 * g_b * g_b
        corr1, corr2 = 1 - 0.9 ** step, 1 - 0.999 ** step
        w -= _LEARNING_RATE * (m_w / corr1) / (np.sqrt(v_w / corr2) + 1e-8)
        b -= _LEARNING_RATE * (m_b / corr1) / (np.sqrt(v_b / corr2) + 1e-8)
    names = sorted(vocab, key=vocab.__getitem__)
    kept = {f: round(float(w[k]), 5) for k, f in enumerate(names) if abs(w[k]) >= 1e-4}
    return kept, round(b, 5)


def _train_arrays(gold: list[GoldSentence], insts: list[Instance], hard_negatives: bool
                  ) -> tuple[list[list[str]], np.ndarray, np.ndarray]:
    per_sentence: dict[tuple[int, bool], int] = defaultdict(int)
    chosen = [x for x in insts
              if hard_negatives or gold[x.sentence].label != "difficult no"]
    for x in chosen:
        per_sentence[x.sentence, x.dated] += 1
    labels = np.array([gold[x.sentence].label == "yes" for x in chosen], dtype=float)
    weights = np.array([1.0 / per_sentence[x.sentence, x.dated] for x in chosen])
    return [x.features for x in chosen], labels, weights


def _sentence_scores(model: StatusModel, insts: list[Instance]
                     ) -> dict[bool, dict[int, float]]:
    """Each sentence's best trigger score per view; a cue-decided trigger never counts."""
    best: dict[bool, dict[int, float]] = {view: {} for view in VIEWS}
    for x in insts:
        p = 0.0 if x.hard_rule else model.probability(x.features)
        scores = best[x.dated]
        scores[x.sentence] = max(scores.get(x.sentence, 0.0), p)
    return best


def prf(gold: list[GoldSentence], idx: Sequence[int], scores: dict[int, float],
        threshold: float) -> dict[str, float]:
    """P/R/F1 of ``yes`` vs ``easy no`` (the acceptance measure) over sentences ``idx``."""
    tp = fp = fn = 0
    for i in idx:
        if gold[i].label == "difficult no":
            continue
        pred = scores.get(i, 0.0) >= threshold
        yes = gold[i].label == "yes"
        tp += pred and yes
        fp += pred and not yes
        fn += (not pred) and yes
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"p": p, "r": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def _model(weights: dict[str, float], bias: float, thresholds: dict[str, float],
           info: dict[str, Any] | None = None) -> StatusModel:
    return StatusModel(VERSION, weights, bias, thresholds, info or {})


def cross_validate(gold: list[GoldSentence], insts: list[Instance], *, folds: int, l2: float,
                   hard_negatives: bool) -> dict[str, Any]:
    """Out-of-fold scores per sentence, the F1-best threshold per type, per-fold figures."""
    fold = [fold_of(g.text, folds) for g in gold]
    oof: dict[bool, dict[int, float]] = {view: {} for view in VIEWS}
    for k in range(folds):
        train = [x for x in insts if fold[x.sentence] != k]
        feats, labels, weights = _train_arrays(gold, train, hard_negatives)
        w, b = fit(feats, labels, weights, l2)
        scored = _sentence_scores(_model(w, b, {}), [x for x in insts if fold[x.sentence] == k])
        for view in VIEWS:
            oof[view].update(scored[view])
    report: dict[str, Any] = {}
    for event_type in GOLD_FILES:
        idx = [i for i, g in enumerate(gold) if g.event_type == event_type]
        grid = [t / 100 for t in range(5, 96)]
        best = max(grid, key=lambda t: (
            statistics.mean(prf(gold, idx, oof[view], t)["f1"] for view in VIEWS),
            -abs(t - 0.5)))
        report[event_type] = {"threshold": best}
        for view in VIEWS:
            per_fold = [prf(gold, [i for i in idx if fold[i] == k], oof[view], best)
                        for k in range(folds)]
            report[event_type]["dated" if view else "undated"] = {
                **{m: {"mean": round(statistics.mean(f[m] for f in per_fold), 3),
                       "sd": round(statistics.stdev(f[m] for f in per_fold), 3)}
                   for m in ("p", "r", "f1")},
                "pooled": {m: round(v, 3) for m, v in prf(gold, idx, oof[view], best).items()},
            }
    return report


def train_status_model(events_dir: Path = DEFAULT_EVENTS_DIR, out: Path | None = None, *,
                       folds: int = 5, grid: Sequence[tuple[float, bool]] | None = None
                       ) -> dict[str, Any]:
    """Choose hyper-parameters by CV, refit on everything, write the model; return the report."""
    gold = [g for t in GOLD_FILES for g in load_gold(events_dir, t)]
    insts = instances(gold)
    settings = list(grid or [(l2, hard) for l2 in (1e-3, 3e-3) for hard in (False, True)])
    results = []
    for l2, hard in settings:
        cv = cross_validate(gold, insts, folds=folds, l2=l2, hard_negatives=hard)
        score = statistics.mean(cv[t][view]["f1"]["mean"] for t in GOLD_FILES
                                for view in ("dated", "undated"))
        results.append({"l2": l2, "hard_negatives": hard, "mean_f1": round(score, 4), "cv": cv})
    chosen = max(results, key=lambda r: r["mean_f1"])
    feats, labels, weights = _train_arrays(gold, insts, bool(chosen["hard_negatives"]))
    w, b = fit(feats, labels, weights, float(chosen["l2"]))
    info = {"trained_on": "PLOVER Arabic gold, training split (yes / easy no / difficult no)",
            "sentences": len(gold), "instances": len(insts), "folds": folds,
            "l2": chosen["l2"], "hard_negatives": chosen["hard_negatives"], "cv": chosen["cv"]}
    thresholds = {t: chosen["cv"][t]["threshold"] for t in GOLD_FILES}
    model = _model(w, b, thresholds, info)
    path = Path(out) if out else Path(str(data_path(MODEL_FILE)))
    payload = json.dumps(model.to_json(), ensure_ascii=False, sort_keys=True)
    path.write_bytes(gzip.compress(payload.encode("utf-8"), mtime=0))
    return {"model": str(path), "features": len(w), "chosen": info,
            "grid": [{k: r[k] for k in ("l2", "hard_negatives", "mean_f1")} for r in results]}
