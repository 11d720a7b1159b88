"""Word-cluster look-up for NER features (clusters built by scripts/build_word_clusters.py).

Cluster paths come from unlabeled news, so they let the tagger generalise beyond the small
annotated corpus. The file is plain text (``word<TAB>path``, gzip OK) to keep numpy out of
the runtime.
"""

from __future__ import annotations

import gzip
from functools import lru_cache
from pathlib import Path

from marsad.arabic.normalize import normalize
from marsad.arabic.tokenize import split_clitics

MODELS_DIR = Path(__file__).resolve().parent.parent / "data" / "models"
DEFAULT_CLUSTERS = MODELS_DIR / "word-clusters.tsv.gz"


@lru_cache(maxsize=500_000)
def cluster_key(token: str) -> str:
    """The form a token is clustered under: normalised clitic stem, lower Latin, «0» digits."""
    if not token:
        return token
    ch = token[0]
    if ch.isdigit():
        return "0"
    if "\u0600" <= ch <= "\u06ff":
        return normalize(split_clitics(token).stem)
    return normalize(token).lower()


@lru_cache(maxsize=4)
def read_clusters(path: Path) -> dict[str, str]:
    """Read a ``word<TAB>path`` file (gzipped if it ends in .gz); ``#`` lines are comments.

    Cached per path and shared, so callers must not change the dict: the tagger's features
    and the linker's known-word list read the same shipped file, which was parsed twice per
    process (90 ms and a second copy of 70,000 entries) before.
    """
    opener = gzip.open if str(path).endswith(".gz") else open
    out: dict[str, str] = {}
    with opener(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if not line or line.startswith("#"):
                continue
            word, _, cpath = line.rstrip("\n").partition("\t")
            if cpath:
                out[word] = cpath
    return out
