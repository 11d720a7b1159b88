"""Viterbi decoding of a crfsuite linear-chain CRF with numpy, over whole documents.

Why: handing crfsuite ~35 attribute strings per token costs more than the features themselves
(string → C++ conversion, attribute look-up per call). Almost every attribute depends on one
word type only, so its score vector can be summed once per word type and reused; a sentence
then costs a few array gathers, and all sentences of a document are decoded in one batched
Viterbi. Weights are read from the model file itself (crfsuite's ``info()`` rounds them to
six decimals), so scores match crfsuite's to float rounding and the tags are the same.
"""

from __future__ import annotations

import struct
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Protocol

import numpy as np
import pycrfsuite

# crfsuite CRF1d model file: header = magic, size, type, version, #features, #labels,
# #attributes and five chunk offsets; the feature chunk is "FEAT", size, count, then
# (type uint32, source uint32, destination uint32, weight float64) records.
_HEADER = struct.Struct("<4sI4sIIIIIIIII")
_FEATURE = np.dtype([("type", "<u4"), ("src", "<u4"), ("dst", "<u4"), ("w", "<f8")])
_STATE, _TRANSITION = 0, 1
# Slots of a word type's score block: its own attributes, then those it lends the token
# at -2 / -1 / +1 / +2 from it (``ctx[-1]`` of word i-1 is an attribute of token i).
_OWN = 0
_SLOT = {-2: 1, -1: 2, 1: 3, 2: 4}


class WordAttributes(Protocol):
    """What the decoder needs of a word type's cached features."""

    @property
    def own(self) -> tuple[str, ...]: ...

    @property
    def ctx(self) -> Mapping[int, tuple[str, ...]]: ...


class CrfWeights:
    """State weights (one row per attribute, a zero row for unknown ones) and transitions
    of a crfsuite model, with labels in a caller-chosen order."""

    def __init__(self, path: Path, labels: Sequence[str] | None = None) -> None:
        tagger = pycrfsuite.Tagger()
        tagger.open(str(path))
        info = tagger.info()
        tagger.close()
        blob = Path(path).read_bytes()
        magic, *_, n_labels, n_attrs, off_features = _HEADER.unpack_from(blob, 0)[:8]
        if magic != b"lCRF" or blob[off_features : off_features + 4] != b"FEAT":
            raise ValueError(f"{path}: not a crfsuite CRF1d model")
        count = struct.unpack_from("<I", blob, off_features + 8)[0]
        feats = np.frombuffer(blob, _FEATURE, count=count, offset=off_features + 12)
        own = {name: int(i) for name, i in info.labels.items()}
        self.labels: list[str] = list(labels) if labels else sorted(own, key=own.__getitem__)
        if sorted(self.labels) != sorted(own):
            raise ValueError(f"{path}: labels {sorted(own)} differ from {sorted(self.labels)}")
        # Model label id → column in our order.
        col = np.empty(n_labels, np.intp)
        for j, label in enumerate(self.labels):
            col[own[label]] = j
        self.index: dict[str, int] = {name: int(i) for name, i in info.attributes.items()}
        self.unknown = n_attrs  # the zero row
        self.state = np.zeros((n_attrs + 1, len(self.labels)))
        st = feats[feats["type"] == _STATE]
        self.state[st["src"], col[st["dst"]]] = st["w"]
        self.transition = np.zeros((len(self.labels), len(self.labels)))
        tr = feats[feats["type"] == _TRANSITION]
        self.transition[col[tr["src"]], col[tr["dst"]]] = tr["w"]

    def ids(self, attributes: Sequence[str]) -> list[int]:
        """Rows of the attributes the model knows (the others score nothing, as in crfsuite)."""
        get = self.index.get
        return [i for i in map(get, attributes) if i is not None]

    def score(self, attributes: Sequence[str]) -> np.ndarray:
        """Summed state scores of ``attributes`` per label."""
        ids = self.ids(attributes)
        return self.state[ids].sum(0) if ids else np.zeros(len(self.labels))


def viterbi(emissions: Sequence[np.ndarray], transition: np.ndarray) -> list[list[int]]:
    """Best label path of each sentence (``emissions[s]``: tokens × labels), all sentences
    decoded together. Ties go to the lowest label index, as in crfsuite.

    Sentences are sorted longest first, so at step t the sentences still running are a
    prefix of the batch and each step is four in-place array operations on that prefix.
    """
    n_sent = len(emissions)
    order = sorted(range(n_sent), key=lambda s: -len(emissions[s]))
    lengths = np.array([len(emissions[s]) for s in order], np.intp)
    if not n_sent or lengths[0] == 0:
        return [[] for _ in emissions]
    longest, n_labels = int(lengths[0]), transition.shape[0]
    padded = np.zeros((n_sent, longest, n_labels))
    for row, s in enumerate(order):
        padded[row, : len(emissions[s])] = emissions[s]
    # running[t]: how many sentences are longer than t (a prefix, by the sort).
    running = np.searchsorted(-lengths, -np.arange(longest), side="left")
    score = padded[:, 0].copy()
    back = np.zeros((n_sent, longest, n_labels), np.intp)
    cand = np.empty((n_sent, n_labels, n_labels))  # [sentence, previous, current]
    for t in range(1, longest):
        k = int(running[t])
        c = cand[:k]
        np.add(score[:k, :, None], transition, out=c)
        c.argmax(1, out=back[:k, t])
        c.max(1, out=score[:k])
        score[:k] += padded[:k, t]
    cur = score.argmax(1)
    path = np.empty((n_sent, longest), np.intp)
    for t in range(longest - 1, -1, -1):
        k = int(running[t])
        path[:k, t] = cur[:k]
        if t:
            cur[:k] = back[np.arange(k), t, cur[:k]]
    out: list[list[int]] = [[] for _ in emissions]
    for row, s in enumerate(order):
        out[s] = path[row, : lengths[row]].tolist()
    return out


class WordScores:
    """Score blocks per word type for several models, so a token's per-word-type attributes
    are looked up and summed once per word type, not once per occurrence.

    Why a growing matrix and not a dict of arrays: a sentence's emissions are then a few
    fancy-indexing gathers. The cache is emptied (not the memory) once it holds
    ``max_words`` types, between sentences, so rows of the sentence at hand stay valid.
    """

    def __init__(self, models: Sequence[CrfWeights], max_words: int = 300_000) -> None:
        self.models = list(models)
        self.max_words = max_words
        self._row: dict[str, int] = {}
        n_labels = len(self.models[0].labels)
        self._blocks = [np.zeros((1024, 1 + len(_SLOT), n_labels)) for _ in self.models]

    def rows(self, tokens: Sequence[str], words: Sequence[WordAttributes]) -> np.ndarray:
        """Row of every token's word type (scored on first sight)."""
        row = self._row
        if len(row) >= self.max_words:
            row.clear()
        out = np.empty(len(tokens), np.intp)
        for i, (tok, wf) in enumerate(zip(tokens, words, strict=True)):
            r = row.get(tok)
            if r is None:
                r = row[tok] = len(row)
                self._add(r, wf)
            out[i] = r
        return out

    def _add(self, r: int, wf: WordAttributes) -> None:
        if r >= len(self._blocks[0]):
            self._blocks = [np.concatenate([b, np.zeros_like(b)]) for b in self._blocks]
        for model, block in zip(self.models, self._blocks, strict=True):
            block[r, _OWN] = model.score(wf.own)
            for offset, slot in _SLOT.items():
                block[r, slot] = model.score(wf.ctx[offset])

    def emissions(
        self, k: int, rows: Sequence[np.ndarray], extras: Sequence[Sequence[Sequence[str]]]
    ) -> list[np.ndarray]:
        """Tokens × labels state scores of each sentence under model ``k``: the word-type
        blocks of its tokens and of their neighbours, plus each token's ``extras``.
        All sentences are scored at once (a few gathers over their concatenation)."""
        block, model = self._blocks[k], self.models[k]
        lengths = [len(r) for r in rows]
        flat = np.concatenate(rows) if rows else np.empty(0, np.intp)
        scores = block[flat, _OWN]
        if len(flat):
            # Position of each token in its sentence, and tokens left after it.
            starts = np.repeat(np.cumsum([0, *lengths[:-1]]), lengths)
            pos = np.arange(len(flat)) - starts
            left = np.repeat(lengths, lengths) - pos - 1
            for offset, slot in _SLOT.items():
                at = np.flatnonzero(pos >= -offset if offset < 0 else left >= offset)
                scores[at] += block[flat[at + offset], slot]
        tok: list[int] = []
        ids: list[int] = []
        index = model.index
        i = 0
        for sentence in extras:
            for attrs in sentence:
                for a in attrs:
                    j = index.get(a)
                    if j is not None:
                        tok.append(i)
                        ids.append(j)
                i += 1
        if ids:
            np.add.at(scores, tok, model.state[ids])
        return np.split(scores, np.cumsum(lengths[:-1])) if rows else []
