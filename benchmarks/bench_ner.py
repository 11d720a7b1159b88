#!/usr/bin/env python3
"""Speed and accuracy of the shipped CRF NER model vs. a dictionary baseline, on the dev split.

The CRF is run as at training time: with a two-pass model, windows of consecutive dev
sentences are documents (``tag_document``), and the speed covers both passes.

The decoder baseline is crfsuite's own tagger on the same model and features (the reference
the numpy decoder must match tag for tag); both are timed alternately in one process, so a
noisy shared machine slows both alike, and the ratio is the figure to compare.

The accuracy baseline is what one gets for free: every entity string seen in the training part (its
most frequent type), matched longest-first over the dev tokens. Printing both in one run
shows what the CRF buys and what it costs.

Usage: .venv/bin/python benchmarks/bench_ner.py [--conll PATH] [--model PATH] [--repeat N]
"""

from __future__ import annotations

import argparse
import json
import resource
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path

from marsad.ner import NerTagger, load_tagger
from marsad.ner.conll import Sentence, read_conll
from marsad.ner.document import DOC_WINDOW
from marsad.ner.evaluate import entity_prf, spans
from marsad.ner.train import split_dev, tag_dev

DEFAULT_CONLL = Path("/work/shared/data/ner/ANERcorp_train.conll")


class DictTagger:
    """Longest-match tagger over entity token sequences seen in training."""

    def __init__(self, train: list[Sentence]) -> None:
        votes: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
        for toks, tags in train:
            for s, e, kind in spans(tags):
                votes[tuple(toks[s:e])][kind] += 1
        self.entries = {k: c.most_common(1)[0][0] for k, c in votes.items()}
        self.max_len = max((len(k) for k in self.entries), default=1)

    def tag(self, tokens: Sequence[str]) -> list[str]:
        out = ["O"] * len(tokens)
        i, n = 0, len(tokens)
        while i < n:
            for length in range(min(self.max_len, n - i), 0, -1):
                kind = self.entries.get(tuple(tokens[i : i + length]))
                if kind is not None:
                    out[i] = "B-" + kind
                    for j in range(i + 1, i + length):
                        out[j] = "I-" + kind
                    i += length
                    break
            else:
                i += 1
        return out


def _timed(fn, sents: list[list[str]], repeat: int) -> tuple[list[list[str]], float]:  # type: ignore[no-untyped-def]
    """``fn`` maps the list of sentences to their tags; best wall time of ``repeat`` runs."""
    best = float("inf")
    pred: list[list[str]] = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        pred = fn(sents)
        best = min(best, time.perf_counter() - t0)
    return pred, best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--conll", type=Path, default=DEFAULT_CONLL)
    ap.add_argument("--model", type=Path, default=None)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()

    tagger = load_tagger(args.model)
    frac = float(tagger.metadata.get("dev_split", {}).get("dev_fraction", 0.15))
    train, dev = split_dev(read_conll(args.conll), frac)
    toks = [t for t, _ in dev]
    gold = [g for _, g in dev]
    n_tok = sum(len(t) for t in toks)

    # First pass over dev fills the per-word feature cache; report cold and warm speed.
    doc = tagger.metadata.get("doc_pass") or {}
    window = int(doc.get("window", DOC_WINDOW))

    def run(sents: list[list[str]]) -> list[list[str]]:
        return tag_dev(tagger, sents, window)

    t0 = time.perf_counter()
    tagger.extractor._cache.clear()
    run(toks)
    cold = time.perf_counter() - t0
    reference = NerTagger(tagger.model_path, decoder="crfsuite")
    tag_dev(reference, toks, window)  # warm its cache too
    warm = ref_warm = float("inf")
    for _ in range(args.repeat):  # alternate, so machine noise hits both alike
        pred, sec = _timed(run, toks, 1)
        ref_pred, ref_sec = _timed(lambda ss: tag_dev(reference, ss, window), toks, 1)
        warm, ref_warm = min(warm, sec), min(ref_warm, ref_sec)
    # CPU time of one warm pass: on a shared machine wall time also counts other processes.
    c0 = time.process_time()
    run(toks)
    cpu = max(time.process_time() - c0, 1e-9)
    first = entity_prf(gold, tagger.tag_sentences(toks))
    crf = entity_prf(gold, pred)

    base = DictTagger(train)
    bpred, bsec = _timed(lambda ss: [base.tag(s) for s in ss], toks, args.repeat)
    bm = entity_prf(gold, bpred)

    report = {
        "dev_sentences": len(toks),
        "dev_tokens": n_tok,
        "crf": {
            "two_pass": tagger.two_pass,
            "first_pass_micro_f1": round(first["micro"]["f1"], 4),
            "sentences_per_s": round(len(toks) / warm),
            "tokens_per_s": round(n_tok / warm),
            "cold_sentences_per_s": round(len(toks) / cold),
            "cpu_sentences_per_s": round(len(toks) / cpu),
            "micro_f1": round(crf["micro"]["f1"], 4),
            "micro_f1_incl_misc": round(crf["micro_all"]["f1"], 4),
            "per_type": {
                k: {m: round(crf[k][m], 4) for m in ("precision", "recall", "f1")}
                for k in ("PER", "ORG", "LOC", "MISC")
            },
        },
        "dict_baseline": {
            "sentences_per_s": round(len(toks) / bsec),
            "micro_f1": round(bm["micro"]["f1"], 4),
            "micro_f1_incl_misc": round(bm["micro_all"]["f1"], 4),
        },
    }
    report["decoder_vs_crfsuite"] = {
        "numpy_sentences_per_s": round(len(toks) / warm),
        "crfsuite_sentences_per_s": round(len(toks) / ref_warm),
        "speed_ratio": round(ref_warm / warm, 2),
        "identical_tags": pred == ref_pred,
    }
    report["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    report["crf_vs_baseline"] = {
        "f1_ratio": round(crf["micro"]["f1"] / max(bm["micro"]["f1"], 1e-9), 3),
        "speed_ratio": round((len(toks) / warm) / (len(toks) / bsec), 4),
    }
    print(json.dumps(report, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
