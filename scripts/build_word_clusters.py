#!/usr/bin/env python3
"""Build hierarchical word clusters from unlabeled Arabic news for the NER tagger.

Why: ANERcorp is small (≈125k tokens); cluster ids learned from un-annotated news let the
CRF generalise from «باريس» to «بروكسل» and from «بوتين» to «لافروف» without labels.

Method (deterministic, numpy only at build time: `.venv/bin/pip install numpy`):
1. tokenize every article ``text`` with :mod:`marsad.arabic.tokenize`; each Arabic word is
   reduced to its normalised default clitic stem (و/ب/ل/ال… removed) so that «العراق»,
   «بالعراق» and «للعراق» share statistics; Latin words are lower-cased; numbers → «0».
2. stems seen ≥ ``--min-count`` times (at most ``--max-words``) are the rows; the
   ``--contexts`` most frequent stems, separately to the left and to the right within ±2
   tokens (closer positions weigh 1, farther 0.5), are the columns.
3. positive PMI (context distribution smoothed with exponent 0.75) → randomized truncated SVD
   (``--dim`` dimensions, fixed seed) → L2-normalised word vectors.
4. hierarchical k-means with a fixed seed: ``--branching`` (default 16,8,8) clusters per
   level. A word's path is e.g. ``07.3.5``; prefixes give the 3 granularities.

Known limitation: two runs are NOT yet bit-identical (same parameters give slightly different
cluster assignments; cause not yet isolated — suspected float order in the numpy path). The
shipped file is pinned by the sha256 recorded in ``ner-crf.json``; retrain after a rebuild.

Output: gzipped ``word<TAB>path`` lines (most frequent first) with a ``#`` header recording
the inputs and parameters. Runtime needs no numpy: it only reads this text file.

Usage: .venv/bin/python scripts/build_word_clusters.py [--articles GLOB] [--out PATH]
"""

from __future__ import annotations

import argparse
import glob
import gzip
import hashlib
import json
import os
import sys
from collections import Counter
from pathlib import Path

# Single-threaded BLAS: threaded reductions change float rounding and so the clusters.
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_var] = "1"

import numpy as np  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from marsad.ner.clusters import cluster_key  # noqa: E402

DEFAULT_GLOB = "/work/shared/data/articles/*.jsonl"
DEFAULT_OUT = ROOT / "src" / "marsad" / "data" / "models" / "word-clusters.tsv.gz"


def read_corpus(pattern: str) -> tuple[list[list[str]], str]:
    """Articles → list of key sequences (one per article), plus a hash of the raw inputs."""
    from marsad.arabic.tokenize import token_texts

    digest = hashlib.sha256()
    docs: list[list[str]] = []
    for path in sorted(glob.glob(pattern)):
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                digest.update(line.encode("utf-8"))
                text = json.loads(line)["text"]
                docs.append([cluster_key(t) for t in token_texts(text)])
    return docs, digest.hexdigest()


def spmm(rows: np.ndarray, cols: np.ndarray, vals: np.ndarray, x: np.ndarray, n: int) -> np.ndarray:
    """Sparse (COO, sorted by rows) × dense product without scipy."""
    out = np.zeros((n, x.shape[1]), dtype=np.float64)
    chunk = 500_000
    for s in range(0, len(rows), chunk):
        r, c, v = rows[s : s + chunk], cols[s : s + chunk], vals[s : s + chunk]
        contrib = v[:, None] * x[c]
        uniq, start = np.unique(r, return_index=True)
        out[uniq] += np.add.reduceat(contrib, start, axis=0)
    return out


def kmeans(x: np.ndarray, k: int, rng: np.random.Generator, iters: int = 25) -> np.ndarray:
    """Spherical k-means (cosine) with k-means++ seeding; returns labels."""
    n = x.shape[0]
    if n <= k:
        return np.arange(n)
    centers = [x[rng.integers(n)]]
    d2 = np.full(n, np.inf)
    for _ in range(1, k):
        d2 = np.minimum(d2, ((x - centers[-1]) ** 2).sum(1))
        p = d2 / d2.sum() if d2.sum() > 0 else None
        centers.append(x[rng.choice(n, p=p)])
    c = np.array(centers)
    labels = np.zeros(n, dtype=np.int64)
    for _ in range(iters):
        labels = (x @ c.T).argmax(1)
        for j in range(k):
            m = labels == j
            if m.any():
                v = x[m].sum(0)
                c[j] = v / (np.linalg.norm(v) + 1e-12)
    return labels


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", default=DEFAULT_GLOB)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--min-count", type=int, default=3)
    ap.add_argument("--max-words", type=int, default=50_000)
    ap.add_argument("--contexts", type=int, default=3000)
    ap.add_argument("--dim", type=int, default=100)
    ap.add_argument("--branching", default="16,8,8")
    ap.add_argument("--seed", type=int, default=13)
    args = ap.parse_args()

    docs, digest = read_corpus(args.articles)
    counts = Counter(k for d in docs for k in d)
    vocab = [w for w, n in counts.most_common(args.max_words) if n >= args.min_count]
    widx = {w: i for i, w in enumerate(vocab)}
    ctx = [w for w, _ in counts.most_common(args.contexts)]
    cidx = {w: i for i, w in enumerate(ctx)}
    nc = len(ctx)
    print(f"{len(docs)} docs, {sum(counts.values())} tokens, {len(vocab)} words", file=sys.stderr)

    pair: Counter[tuple[int, int]] = Counter()
    for d in docs:
        ids = [widx.get(k, -1) for k in d]
        cids = [cidx.get(k, -1) for k in d]
        n = len(d)
        for i, wi in enumerate(ids):
            if wi < 0:
                continue
            for off, weight in ((1, 1.0), (2, 0.5)):
                if i - off >= 0 and cids[i - off] >= 0:
                    pair[(wi, cids[i - off])] += weight
                if i + off < n and cids[i + off] >= 0:
                    pair[(wi, nc + cids[i + off])] += weight
    keys = sorted(pair)
    rows = np.array([k[0] for k in keys], dtype=np.int64)
    cols = np.array([k[1] for k in keys], dtype=np.int64)
    vals = np.array([pair[k] for k in keys], dtype=np.float64)
    nv = len(vocab)
    row_sum = np.bincount(rows, weights=vals, minlength=nv)
    col_sum = np.bincount(cols, weights=vals, minlength=2 * nc) ** 0.75
    total = vals.sum()
    col_total = col_sum.sum()
    pmi = np.log(vals / total) - np.log(row_sum[rows] / total) - np.log(col_sum[cols] / col_total)
    keep = pmi > 0
    rows, cols, vals = rows[keep], cols[keep], pmi[keep]
    print(f"{len(vals)} positive PMI cells", file=sys.stderr)

    # Randomized SVD (Halko et al.) with two power iterations.
    rng = np.random.default_rng(args.seed)
    order_t = np.lexsort((rows, cols))
    rt, ct, vt = cols[order_t], rows[order_t], vals[order_t]
    k = args.dim + 20
    y = spmm(rows, cols, vals, rng.standard_normal((2 * nc, k)), nv)
    for _ in range(2):
        q, _r = np.linalg.qr(y)
        z = spmm(rt, ct, vt, q, 2 * nc)
        q2, _r = np.linalg.qr(z)
        y = spmm(rows, cols, vals, q2, nv)
    q, _r = np.linalg.qr(y)
    b = spmm(rt, ct, vt, q, 2 * nc).T  # k × C  (= Qᵀ M)
    ub, s, _vt = np.linalg.svd(b, full_matrices=False)
    emb = (q @ ub[:, : args.dim]) * np.sqrt(s[: args.dim])
    emb /= np.linalg.norm(emb, axis=1, keepdims=True) + 1e-12

    branching = [int(b_) for b_ in args.branching.split(",")]
    paths: list[list[int]] = [[] for _ in range(nv)]
    groups = [np.arange(nv)]
    for level, kk in enumerate(branching):
        nxt = []
        for g in groups:
            labels = kmeans(emb[g], kk, np.random.default_rng(args.seed + level * 1000 + len(nxt)))
            for j in range(int(labels.max()) + 1 if len(labels) else 0):
                sub = g[labels == j]
                for i in sub:
                    paths[i].append(j)
                if len(sub):
                    nxt.append(sub)
        groups = nxt
        print(f"level {level + 1}: {len(groups)} clusters", file=sys.stderr)

    args.out.parent.mkdir(parents=True, exist_ok=True)
    with gzip.GzipFile(args.out, "wb", mtime=0) as raw:
        header = {
            "articles_sha256": digest,
            "articles": args.articles,
            "docs": len(docs),
            "words": nv,
            "min_count": args.min_count,
            "contexts": args.contexts,
            "dim": args.dim,
            "branching": branching,
            "seed": args.seed,
            "method": "stem PPMI(±2, left/right) + randomized SVD + hierarchical spherical k-means",
        }
        raw.write(("# " + json.dumps(header, ensure_ascii=False) + "\n").encode("utf-8"))
        for w, p in zip(vocab, paths, strict=True):
            raw.write(f"{w}\t{'.'.join(f'{x:02d}' for x in p)}\n".encode())
    print(f"wrote {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
