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
from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from itertools import repeat
from pathlib import Path
from typing import Any, cast

import numpy as np
import pycrfsuite

from marsad.ner.features import FeatureExtractor, WordFeats

# crfsuite CRF1d model file: header = magic, size, type, version, #features, #labels,
# #attributes and five chunk offsets; the feature chunk is "FEAT", size, count, then
# (type uint32, source uint32, destination uint32, weight float64) records.
_HEADER = struct.Struct("<4sI4sIIIIIIIII")
_FEATURE = np.dtype([("type", "<u4"), ("src", "<u4"), ("dst", "<u4"), ("w", "<f8")])
_STATE, _TRANSITION = 0, 1
# Slots of a word type's score block: its own attributes, then those it lends the token
# at -2 / -1 / +1 / +2 from it (``ctx[-1]`` of word i-1 is an attribute of token i).
_OWN = 0
ZERO_ROW = 0  # the row of every score table that stays zero
_SLOT = {-2: 1, -1: 2, 1: 3, 2: 4}


class CrfWeights:
    """State weights (one row per attribute, a zero row for unknown ones) and transitions
    of a crfsuite model, with labels in a caller-chosen order. ``info``: the model's
    ``Tagger.info()`` when the caller has it already (it parses a text dump: not cheap)."""

    def __init__(
        self, path: Path, labels: Sequence[str] | None = None, info: Any = None
    ) -> None:
        if info is None:
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


# The maximum over an axis as the ufunc's own reduction: ``ndarray.max`` reaches the same
# reduction through a Python-level wrapper (numpy's ``_methods._amax``), a cost paid once per
# step of every sentence batch, and the batches are small (a few hundred numbers).
_max_of = np.maximum.reduce


def viterbi(emissions: Sequence[np.ndarray], transition: np.ndarray) -> list[list[int]]:
    """Best label path of each sentence (``emissions[s]``: tokens × labels), all sentences
    decoded together. Ties go to the lowest label index, as in crfsuite.

    Sentences are sorted longest first, so at step t the sentences still running are a
    prefix of the batch and each step is three in-place array operations on that prefix.
    Scores are laid out [sentence, current label, previous label] so that the maximum over
    the previous label runs along the last, contiguous axis; the best paths are then read
    back in plain Python (a sentence's path is a chain of list look-ups, cheaper than one
    array operation per step for the whole batch).
    """
    n_sent = len(emissions)
    order = sorted(range(n_sent), key=lambda s: -len(emissions[s]))
    lengths = [len(emissions[s]) for s in order]
    if not n_sent or lengths[0] == 0:
        return [[] for _ in emissions]
    longest, n_labels = lengths[0], transition.shape[0]
    padded = np.zeros((n_sent, longest, n_labels))
    for row, s in enumerate(order):
        padded[row, : lengths[row]] = emissions[s]
    # running[t]: how many sentences are longer than t (a prefix, by the sort).
    running = np.searchsorted(-np.array(lengths), -np.arange(longest), side="left").tolist()
    score = padded[:, 0].copy()
    # Transition plus the current token's emission, for every step at once.
    step_scores = transition.T + padded[:, :, :, None]  # [sentence, t, current, previous]
    back = np.zeros((n_sent, longest, n_labels), np.intp)
    cand = np.empty((n_sent, n_labels, n_labels))
    for t in range(1, longest):
        k = running[t]
        c = cand[:k]
        np.add(score[:k, None, :], step_scores[:k, t], c)
        c.argmax(2, out=back[:k, t])
        _max_of(c, 2, out=score[:k])
    ends = score.argmax(1).tolist()
    back_steps = back.tolist()
    out: list[list[int]] = [[] for _ in emissions]
    for row, s in enumerate(order):
        if not lengths[row]:
            break  # the rest are empty too (longest first)
        steps, cur = back_steps[row], ends[row]
        path = [0] * lengths[row]
        for t in range(lengths[row] - 1, 0, -1):
            path[t] = cur
            cur = steps[t][cur]
        path[0] = cur
        out[s] = path
    return out


class _AttributeRows:
    """One row number per attribute string for several models at once, and per model the
    array from that number to the model's own state row (its zero row when it lacks the
    attribute): an attribute then costs one dictionary look-up whatever the model count.
    The number ``none`` (one past the last) stands for "no attribute" in every model."""

    def __init__(self, models: Sequence[CrfWeights]) -> None:
        self.index: dict[str, int] = {}
        for model in models:
            for name in model.index:
                self.index.setdefault(name, len(self.index))
        self.none = len(self.index)
        self.model_rows = []
        for model in models:
            rows = np.full(self.none + 1, model.unknown, np.intp)
            for name, i in model.index.items():
                rows[self.index[name]] = i
            self.model_rows.append(rows)


class _ScoreTable:
    """Summed state scores of attribute groups, one row per key and model. A key seen for
    the first time gets its row at once (:meth:`reserve`) but is scored with all the other
    new keys of the document in one go (:meth:`flush`).

    Why batched: scoring one group is two small numpy calls, and the numpy call overhead, not
    the arithmetic, was a third of tagging time on fresh text (about 10 groups per new word
    type). A flush is one gather and one segmented sum per model."""

    def __init__(
        self, models: Sequence[CrfWeights], attributes: _AttributeRows, slots: int,
        capacity: int,
    ) -> None:
        self.models = models
        self.attributes = attributes
        self.slots = slots
        self.row: dict[Hashable, int] = {}
        n_labels = len(models[0].labels)
        # Zeroed memory the system hands out lazily: only rows written become resident, and
        # the table never copies itself while it fills up to ``capacity`` rows (it grows past
        # that only inside a document that has more new keys alone).
        self.blocks = [np.zeros((capacity, slots, n_labels)) for _ in models]
        # Pending groups: attribute numbers, and the (row, slot) cell each group sums into.
        self._ids: list[int] = []
        self._counts: list[int] = []
        self._cells: list[int] = []
        # Row ``ZERO_ROW`` stays zero: keys whose attributes no model knows share it without a row.
        self._next = self._flushed = 1  # rows below _flushed hold their scores

    def reserve(self, key: Hashable, groups: Sequence[Sequence[str]]) -> int:
        """Row of new ``key`` whose ``groups`` (one attribute list per slot) the next
        :meth:`flush` scores."""
        r = self.row[key] = self._next
        self._next += 1
        get = self.attributes.index.get
        for slot, attrs in enumerate(groups):
            found = list(map(get, attrs))
            # Word groups never miss (the extractor keeps only known attributes): one scan
            # for a miss costs less than a test per attribute.
            ids = [i for i in found if i is not None] if None in found else cast(list[int], found)
            if ids:
                self._ids.extend(ids)
                self._counts.append(len(ids))
                self._cells.append(r * self.slots + slot)
        return r

    def clear(self) -> None:
        """Forget every key (rows are reused from the first after ``ZERO_ROW``; the memory
        stays)."""
        self.row.clear()
        self._next = self._flushed = 1

    def flush(self) -> None:
        """Score the groups reserved since the last flush into their rows."""
        needed = self._next
        if needed > len(self.blocks[0]):
            size = len(self.blocks[0])
            while size < needed:
                size *= 2
            self.blocks = [
                np.concatenate([b, np.zeros((size - len(b), *b.shape[1:]))]) for b in self.blocks
            ]
        for block in self.blocks:  # a reused row may hold an old key's scores
            block[self._flushed : needed] = 0
        self._flushed = needed
        if not self._counts:
            return
        ids = np.array(self._ids, np.intp)
        starts = np.cumsum([0, *self._counts[:-1]])
        cells = np.array(self._cells, np.intp)
        for model, rows, block in zip(
            self.models, self.attributes.model_rows, self.blocks, strict=True
        ):
            flat = block.reshape(-1, block.shape[-1])
            flat[cells] = np.add.reduceat(model.state[rows[ids]], starts, axis=0)
        self._ids.clear()
        self._counts.clear()
        self._cells.clear()


@dataclass(slots=True)
class DocumentRows:
    """Table rows of a document's tokens, per sentence: of their word types and adjacent
    pairs (a sentence of n tokens has n + 1, its bounds included); and the attribute number
    of each token's cluster trigram (``_AttributeRows.none`` when no model knows it)."""

    words: list[np.ndarray]
    pairs: list[np.ndarray]
    trigrams: list[np.ndarray]


class WordScores:
    """Scores of the attributes that depend on one word type (its own and those it lends
    the tokens at ±1/±2), on two adjacent words (bigrams, sentence bounds) or on three
    cluster paths, cached per key for several models: a token then costs three dictionary
    look-ups and a few array gathers instead of ~35 attribute look-ups.

    Why growing matrices and not dicts of arrays: emissions are then fancy-indexing gathers.
    The caches are emptied (not the memory) at the start of a document once they hold
    ``max_keys`` keys, so every row of the document at hand stays valid.
    """

    def __init__(
        self,
        models: Sequence[CrfWeights],
        extractor: FeatureExtractor,
        max_keys: int = 300_000,
        capacity: int | None = None,
    ) -> None:
        self.models = list(models)
        self.extractor = extractor
        self.max_keys = max_keys
        self.attributes = attributes = _AttributeRows(self.models)
        if capacity is None:  # rows each table starts with; emptied at max_keys between documents
            capacity = max_keys + 1024
        self._words = _ScoreTable(self.models, attributes, 1 + len(_SLOT), capacity)
        # Slot 0: the left word's attributes, slot 1: the right word's.
        self._pairs = _ScoreTable(self.models, attributes, 2, capacity)
        # A cluster trigram is one attribute: its number straight from the three prefixes
        # (the few hundred some model knows), no table row.
        self._trigram_ids: dict[tuple[str | None, str, str | None], int] = {}
        for name, i in attributes.index.items():
            key = extractor.trigram_key(name)
            if key is not None:
                self._trigram_ids[key] = i

    def rows(
        self, sentences: Sequence[Sequence[str]], words: Sequence[Sequence[WordFeats]]
    ) -> DocumentRows:
        """Rows of every token of one document (scored on first sight)."""
        tables = (self._words, self._pairs)
        if any(len(t.row) >= self.max_keys for t in tables):
            for t in tables:
                t.clear()
        fx = self.extractor
        pairs, pair_rows = self._pairs, self._pairs.row
        trigram_ids, none = self._trigram_ids.get, self.attributes.none
        out = DocumentRows([], [], [])
        # Rows are gathered in lists and made arrays once per sentence: storing into an
        # array one element at a time costs more than the look-up that found the row.
        for tokens, feats in zip(sentences, words, strict=True):
            pair_row: list[int] = []
            prev_tok: str | None = None
            prev: WordFeats | None = None
            for tok, wf in zip(tokens, feats, strict=True):
                if prev is not None and not prev.pair_left:
                    pair_row.append(ZERO_ROW)  # no model knows a pair attribute of prev's
                else:
                    key = (prev_tok, tok)
                    r = pair_rows.get(key)
                    pair_row.append(r if r is not None else pairs.reserve(key, fx.bigram(prev, wf)))
                prev_tok, prev = tok, wf
            if prev is not None:
                end = (prev_tok, None)
                r = pair_rows.get(end)
                pair_row.append(r if r is not None else pairs.reserve(end, fx.bigram(prev, None)))
            # Each token's (previous, own, next) cluster prefixes, None beyond the sentence
            # (not strict: an empty sentence has one bound and no token).
            cls = [wf.cl for wf in feats]
            triples = zip([None, *cls[:-1]], cls, [*cls[1:], None], strict=False)
            out.words.append(self._word_rows(tokens, feats))
            out.pairs.append(np.array(pair_row, np.intp))
            out.trigrams.append(
                np.array(list(map(trigram_ids, triples, repeat(none, len(cls)))), np.intp)
            )
        for t in tables:
            t.flush()
        return out

    def _word_rows(self, tokens: Sequence[str], words: Sequence[WordFeats]) -> np.ndarray:
        table = self._words
        row = table.row
        out: list[int] = []
        for tok, wf in zip(tokens, words, strict=True):
            r = row.get(tok)
            if r is None:
                ctx = wf.ctx
                r = table.reserve(tok, [wf.own, *map(ctx.__getitem__, _SLOT)])
            out.append(r)
        return np.array(out, np.intp)

    def emissions(
        self,
        k: int,
        rows: DocumentRows,
        which: Sequence[int],
        extras: Sequence[Sequence[Sequence[str]]],
    ) -> list[np.ndarray]:
        """Tokens × labels state scores of sentences ``which`` under model ``k``: the table
        rows of their tokens, their neighbours and pairs, plus each token's ``extras``
        (``extras[j]`` belongs to sentence ``which[j]``). All are scored at once."""
        model = self.models[k]
        words = self._words.blocks[k]
        lengths = [len(rows.words[s]) for s in which]
        if not sum(lengths):
            return [np.zeros((0, len(model.labels))) for _ in which]
        flat = np.concatenate([rows.words[s] for s in which])
        scores = words[flat, _OWN]
        # Position of each token in its sentence, and tokens left after it.
        starts = np.repeat(np.cumsum([0, *lengths[:-1]]), lengths)
        pos = np.arange(len(flat)) - starts
        left = np.repeat(lengths, lengths) - pos - 1
        for offset, slot in _SLOT.items():
            at = np.flatnonzero(pos >= -offset if offset < 0 else left >= offset)
            scores[at] += words[flat[at + offset], slot]
        # Pair i of a sentence precedes its token i (a sentence of n > 0 tokens has n + 1
        # pairs, an empty one none): token p of a sentence has its pairs p and p + 1.
        pairs = self._pairs.blocks[k]
        pair_arrays = [rows.pairs[s] for s in which]
        pair_flat = np.concatenate(pair_arrays)
        pair_starts = np.cumsum([0, *(len(a) for a in pair_arrays[:-1])])
        g = np.repeat(pair_starts, lengths) + pos
        scores += pairs[pair_flat[g], 1] + pairs[pair_flat[g + 1], 0]
        trigrams = np.concatenate([rows.trigrams[s] for s in which])
        scores += model.state[self.attributes.model_rows[k][trigrams]]
        # Per-token extras, flattened; attributes the model lacks hit the zero row.
        counts = [len(attrs) for sentence in extras for attrs in sentence]
        get, unknown = model.index.get, model.unknown
        ids = [get(a, unknown) for sentence in extras for attrs in sentence for a in attrs]
        if ids:
            np.add.at(scores, np.repeat(np.arange(len(counts)), counts), model.state[ids])
        return np.split(scores, np.cumsum(lengths[:-1]))
