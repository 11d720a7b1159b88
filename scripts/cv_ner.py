#!/usr/bin/env python3
"""K-fold cross-validation of the CRF NER model on ANERcorp_train.conll, contiguous folds.

Each fold is a block of consecutive sentences (``k`` blocks over the whole file, in file
order), so a news story stays on one side of the split and names repeated within it cannot
inflate the score. For fold ``i`` the model is trained with the shipped settings
(``TrainConfig()``, the ``train_config`` of ``data/models/ner-crf.json``) on the other
``k - 1`` blocks (concatenated in file order; the lexicon / phrase features are jackknifed
inside that training part exactly as for the shipped model) and scored on block ``i``
(documents = windows of 20 consecutive sentences from the start of the block, as in the dev
protocol). Score: exact-span micro P/R/F1 over PER/ORG/LOC (``marsad.ner.evaluate``).

``--first-pass`` trains only the first-pass CRF (one model per fold instead of seven: the
shipped two-pass recipe trains five jackknife models and a second-pass model besides).
Every fold's predictions are saved (``--out``), so post-tagging rules such as the nested
organisation rule (``marsad.ner.nesting``) are scored on the same folds without retraining:
``--rescore DIR`` re-reads them. Each run prints the table with and without that rule.

The training settings are the shipped ones unless ``--config FILE`` and the ``marsad
train-ner`` setting flags say otherwise (e.g. ``--gazetteer-snapshot FILE``: an older KB
snapshot); each fold records its settings.

Usage:
  .venv/bin/python scripts/cv_ner.py [--folds 5] [--first-pass] [--jobs 2] [--out DIR]
  .venv/bin/python scripts/cv_ner.py --workers 2 --only 0 1 2 --out build/cv_ner_2p
  .venv/bin/python scripts/cv_ner.py --rescore build/cv_ner
  .venv/bin/python scripts/cv_ner.py --rescore build/cv_new --versus build/cv_base
"""

from __future__ import annotations

import argparse
import itertools
import json
import multiprocessing
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from marsad.ner.conll import Sentence, read_conll
from marsad.ner.evaluate import CORE_TYPES, entity_prf
from marsad.ner.nesting import nest_organisations
from marsad.ner.tagger import NerTagger
from marsad.ner.train import (
    TrainConfig,
    add_config_arguments,
    config_from_args,
    split_dev,
    tag_dev,
    train_model,
)

DEFAULT_CONLL = Path("/work/shared/data/ner/ANERcorp_train.conll")
DEFAULT_OUT = Path("build/cv_ner")
ROWS = (*CORE_TYPES, "micro")


def fold_bounds(n: int, k: int) -> list[tuple[int, int]]:
    """``k`` contiguous (start, end) blocks covering ``range(n)``, sizes differing by ≤ 1."""
    bounds = [round(i * n / k) for i in range(k + 1)]
    return list(itertools.pairwise(bounds))


def write_conll(sents: Sequence[Sentence], path: Path) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for toks, tags in sents:
            for tok, tag in zip(toks, tags, strict=True):
                fh.write(f"{tok} {tag}\n")
            fh.write("\n")


def _cpu() -> float:
    """CPU seconds of this process and of its finished children (the jackknife workers)."""
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + kids.ru_utime + kids.ru_stime


def run_fold(args: tuple[Path, int, int, bool, Path, int, TrainConfig]) -> dict[str, Any]:
    """Train on all blocks but ``fold`` with ``base`` settings (the split and the document
    pass set per fold), tag ``fold``; save and return the predictions."""
    conll, fold, k, first_pass, out_dir, workers, base = args
    sents = read_conll(conll)
    a, b = fold_bounds(len(sents), k)[fold]
    train, test = sents[:a] + sents[b:], sents[a:b]
    config = base.replace(dev_fraction=len(test) / len(sents), doc_pass=not first_pass)
    t0 = time.perf_counter()
    c0 = _cpu()
    with tempfile.TemporaryDirectory(prefix=f"cv_ner{fold}_") as tmp:
        data = Path(tmp) / "cv.conll"
        # train_model scores the TAIL of its file: put the held-out block last.
        write_conll(train + test, data)
        head, tail = split_dev(read_conll(data), config.dev_fraction)
        if head != train or tail != test:
            raise RuntimeError(f"fold {fold}: the tail split does not reproduce the fold")
        model = Path(tmp) / "cv.crfsuite"
        train_model(data, model, config, workers=workers)
        wall = time.perf_counter() - t0
        cpu = _cpu() - c0
        tagger = NerTagger(model, nest_orgs=None)  # the rule is scored separately
        toks = [t for t, _ in test]
        preds = {"first": tag_dev(tagger, toks, config.doc_window, first_pass=True)}
        if tagger.two_pass:
            preds["two"] = tag_dev(tagger, toks, config.doc_window)
    result = {
        "fold": fold,
        "folds": k,
        "start": a,
        "end": b,
        "train_sentences": len(train),
        "test_sentences": len(test),
        "first_pass_only": first_pass,
        "train_config": config.to_dict(),
        "train_wall_s": round(wall, 1),
        "train_cpu_s": round(cpu, 1),
        "gold": [g for _, g in test],
        "tokens": toks,
        "pred": preds,
    }
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / f"fold{fold}.json").write_text(json.dumps(result, ensure_ascii=False), "utf-8")
    print(f"fold {fold}: trained in {wall:.0f} s wall, {cpu:.0f} s CPU", file=sys.stderr)
    return result


def rule_preds(
    tokens: list[list[str]], preds: list[list[str]], style: str = "anercorp"
) -> list[list[str]]:
    return [nest_organisations(t, p, style=style) for t, p in zip(tokens, preds, strict=True)]


def nested_preds(tokens: list[list[str]], preds: list[list[str]]) -> list[list[str]]:
    return rule_preds(tokens, preds, "nested")


def show_changes(results: Sequence[dict[str, Any]], which: str) -> None:
    """Every sentence the rule changes: the changed tokens with gold / before / after."""
    print(f"\nsentences the nested-ORG rule changes ({which} pass): token gold before→after")
    for res in results:
        for toks, gold, pred in zip(res["tokens"], res["gold"], res["pred"][which], strict=True):
            after = nest_organisations(toks, pred)
            if after != pred:
                cells = [
                    f"{t}/{g}/{p}→{a}"
                    for t, g, p, a in zip(toks, gold, pred, after, strict=True)
                    if p != a or g != p
                ]
                print(f"  fold {res['fold']}: " + "  ".join(cells))


def mean_sd(values: Sequence[float]) -> str:
    sd = statistics.stdev(values) if len(values) > 1 else 0.0
    return f"{statistics.mean(values):.3f} ± {sd:.3f}"


def table(
    results: Sequence[dict[str, Any]],
    which: str,
    transform: Callable[[list[list[str]], list[list[str]]], list[list[str]]] | None = None,
) -> dict[str, list[dict[str, float]]]:
    """Per-fold metrics per row (PER, ORG, LOC, micro) for predictions ``which``."""
    per_row: dict[str, list[dict[str, float]]] = {r: [] for r in ROWS}
    for res in results:
        pred = res["pred"][which]
        if transform is not None:
            pred = transform(res["tokens"], pred)
        m = entity_prf(res["gold"], pred)
        for r in ROWS:
            per_row[r].append(m[r])
    return per_row


def print_table(title: str, per_row: dict[str, list[dict[str, float]]]) -> None:
    folds = len(per_row["micro"])
    print(f"\n{title}")
    head = " | ".join(f"fold {i}" for i in range(folds))
    print(f"| F1 | {head} | mean ± sd | P mean | R mean |")
    print("|---" * (folds + 4) + "|")
    for r in ROWS:
        f1s = [m["f1"] for m in per_row[r]]
        cells = " | ".join(f"{f:.3f}" for f in f1s)
        p = statistics.mean(m["precision"] for m in per_row[r])
        rec = statistics.mean(m["recall"] for m in per_row[r])
        print(f"| {r} | {cells} | {mean_sd(f1s)} | {p:.3f} | {rec:.3f} |")


def print_delta(
    base: dict[str, list[dict[str, float]]],
    rule: dict[str, list[dict[str, float]]],
    title: str = "nested-ORG rule",
    base_name: str = "no rule",
) -> None:
    print(f"\n{title} minus {base_name} (per-fold paired differences, mean ± sd):")
    for r in ROWS:
        counts = {
            c: sum(y[c] - x[c] for x, y in zip(base[r], rule[r], strict=True))
            for c in ("tp", "fp", "fn")
        }
        print(
            f"  {r:5} entities over all folds: tp {counts['tp']:+.0f}, fp {counts['fp']:+.0f}, "
            f"fn {counts['fn']:+.0f}"
        )
        for metric in ("precision", "recall", "f1"):
            d = [y[metric] - x[metric] for x, y in zip(base[r], rule[r], strict=True)]
            print(f"  {r:5} {metric:9} {mean_sd(d)}   per fold: {' '.join(f'{v:+.3f}' for v in d)}")


def report(results: Sequence[dict[str, Any]], changes: bool = False) -> None:
    results = sorted(results, key=lambda r: r["fold"])
    print("\n| fold | sentences | train sentences | train wall s | train CPU s |")
    print("|---|---|---|---|---|")
    for res in results:
        print(
            f"| {res['fold']} | {res['start']}–{res['end'] - 1} | {res['train_sentences']} "
            f"| {res['train_wall_s']} | {res['train_cpu_s']} |"
        )
    passes = [("first", "first pass")]
    if all("two" in r["pred"] for r in results):
        passes.append(("two", "two passes (shipped recipe)"))
    for which, name in passes:
        base = table(results, which)
        rule = table(results, which, rule_preds)
        print_table(f"{name}, no nesting rule (F1 per fold):", base)
        print_table(f"{name}, with the nested-ORG rule (F1 per fold):", rule)
        print_delta(base, rule)
        print_delta(base, table(results, which, nested_preds), "'nested' style (every head inside)")
        if changes:
            show_changes(results, which)


def load_results(directory: Path) -> list[dict[str, Any]]:
    """The saved folds of a run, in fold order."""
    results = [json.loads(p.read_text("utf-8")) for p in sorted(directory.glob("fold*.json"))]
    if not results:
        raise SystemExit(f"no fold*.json in {directory}")
    return sorted(results, key=lambda r: r["fold"])


def compare(base_dir: Path, results: Sequence[dict[str, Any]]) -> None:
    """Paired per-fold differences of a run against a base run on the same folds (the
    nesting rule applied to both, as the tagger does), for every pass both runs have."""
    base = load_results(base_dir)
    results = sorted(results, key=lambda r: r["fold"])
    if [r["fold"] for r in base] != [r["fold"] for r in results]:
        raise SystemExit(f"{base_dir} has other folds")
    for which in ("first", "two"):
        if all(which in r["pred"] for r in (*base, *results)):
            print_delta(
                table(base, which, rule_preds),
                table(results, which, rule_preds),
                f"{which} pass, this run",
                f"{base_dir} (nested-ORG rule applied to both)",
            )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--conll", type=Path, default=DEFAULT_CONLL)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--only", type=int, nargs="*", help="run only these folds (0-based)")
    ap.add_argument("--first-pass", action="store_true", help="train the first pass only")
    ap.add_argument("--jobs", type=int, default=1, help="folds trained at once (processes)")
    ap.add_argument(
        "--workers", type=int, default=1, help="processes per fold (two-pass jackknife models)"
    )
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where predictions go")
    ap.add_argument("--rescore", type=Path, help="score saved predictions, train nothing")
    ap.add_argument("--changes", action="store_true", help="print what the rule changes")
    ap.add_argument(
        "--versus", type=Path, metavar="DIR", help="also print paired differences to a base run"
    )
    add_config_arguments(ap)
    args = ap.parse_args()
    if args.rescore is not None:
        results = load_results(args.rescore)
        report(results, args.changes)
        if args.versus is not None:
            compare(args.versus, results)
        return
    folds = args.only if args.only else list(range(args.folds))
    base = config_from_args(args)
    jobs = [
        (args.conll, f, args.folds, args.first_pass, args.out, args.workers, base) for f in folds
    ]
    if args.jobs > 1:
        with multiprocessing.get_context("fork").Pool(min(args.jobs, len(jobs))) as pool:
            results = pool.map(run_fold, jobs, chunksize=1)
    else:
        results = [run_fold(j) for j in jobs]
    report(results, args.changes)
    if args.versus is not None:
        compare(args.versus, results)


if __name__ == "__main__":
    main()
