"""A learned "is this the news?" score for event triggers, where gold data exists.

The PLOVER Arabic gold tells, per sentence, whether annotators saw an ASSAULT or PROTEST
actually reported there. Cue rules alone cannot separate «قتل 12 جنديا امس في هجوم» from
«منذ اغتيال الحريري» or from «يتواصل الهجوم على الحريات»: the evidence is spread over many weak
signals (a recent day, a casualty count, a definite topic noun, a metaphorical object), which a
logistic regression over sparse features weighs better than hand-set thresholds. Each feature
is emitted twice, once shared and once prefixed by the event type, so the scarce PROTEST data
borrows what ASSAULT teaches about tense and time while keeping its own vocabulary.

The model is a small gzipped JSON file (``data/event_status_model.json.gz``) written by
``marsad train-events``; types it was not trained on keep the cue rules only.
"""

from __future__ import annotations

import gzip
import json
import math
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import repeat
from typing import Any

from marsad.events.status import Context, Cue
from marsad.lexicon import data_path

MODEL_FILE = "event_status_model.json.gz"
# Tokens around the trigger that describe it («قتل 12 جنديا امس»); 8, 12 and 20 compared by CV.
_BAG_RADIUS = 20
_NEAR = 3
_DEFINITE = ("ال", "وال", "فال", "بال", "لل", "وبال", "ولل", "كال")


def _shape(word: str) -> str:
    if word[:1].isdigit():
        return "<num>"
    return word


@lru_cache(maxsize=200_000)
def _bag_feature(word: str) -> str:
    """«w=stem» for a word of the context bag; cached (news vocabulary repeats)."""
    word = _shape(word)
    for prefix in _DEFINITE:
        if word.startswith(prefix) and len(word) - len(prefix) >= 2:
            return "w=" + word[len(prefix):]
    return "w=" + (word[1:] if word[:1] in ("و", "ف", "ب", "ل") and len(word) > 3 else word)


def trigger_features(words: list[str], ctx: Context, *, event_type: str, mode: str | None,
                     found: list[Cue], time_kind: str, typed: bool = True) -> list[str]:
    """Sparse binary features of one trigger occurrence, shared and (``typed``) repeated with
    the event type as prefix. Scoring uses the shared ones only, against weights the model
    has already summed per type (:meth:`StatusModel.probability`)."""
    trig = words[ctx.first:ctx.last + 1]
    head = trig[0] if trig else ""
    base = [
        f"trig={' '.join(trig)}", f"mode={mode}", f"verb={ctx.verb}", f"time={time_kind}",
        f"def={head.startswith(_DEFINITE)}",
    ]
    base += [f"cue={c.kind}" for c in found]
    base += [f"cue={c.kind}:{c.words}" for c in found]
    for k in range(1, _NEAR + 1):
        i, j = ctx.first - k, ctx.last + k
        if i >= ctx.sent_first:
            base.append(f"L{k}={_shape(words[i])}")
        if j <= ctx.sent_last:
            base.append(f"R{k}={_shape(words[j])}")
    lo = max(ctx.sent_first, ctx.first - _BAG_RADIUS)
    hi = min(ctx.sent_last, ctx.last + _BAG_RADIUS)
    base += {_bag_feature(w) for w in words[lo:hi + 1]}
    if ctx.number_in_clause:
        base.append("num_in_clause")
    if ctx.number_in_sentence:
        base.append("num_in_sentence")
    base.append(f"clause_pos={min(ctx.first - ctx.sent_first, 30) // 10}")
    if not typed:
        return base
    return base + [f"{event_type}|{f}" for f in base] + [f"{event_type}|bias"]


@dataclass(frozen=True, slots=True)
class StatusModel:
    """Logistic-regression weights and the per-type decision thresholds chosen by CV."""

    version: str
    weights: dict[str, float]
    bias: float
    thresholds: dict[str, float]
    info: dict[str, Any]
    _by_type: dict[str, tuple[dict[str, float], float]] = field(
        default_factory=dict, repr=False, compare=False)

    def covers(self, event_type: str) -> bool:
        return event_type in self.thresholds

    def probability(self, features: list[str], event_type: str | None = None) -> float:
        """P(news) of typed features, or of shared ones when ``event_type`` is given (then
        each weight already includes its type-specific twin: half the look-ups)."""
        if event_type is None:
            table, bias = self.weights, self.bias
        else:
            table, bias = self._merged(event_type)
        z = bias + sum(map(table.get, features, repeat(0.0, len(features))))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def _merged(self, event_type: str) -> tuple[dict[str, float], float]:
        cached = self._by_type.get(event_type)
        if cached is None:
            prefix = f"{event_type}|"
            table = {f: w for f, w in self.weights.items() if "|" not in f}
            for f, w in self.weights.items():
                if f.startswith(prefix):
                    table[f[len(prefix):]] = table.get(f[len(prefix):], 0.0) + w
            bias = self.bias + table.pop("bias", 0.0)
            cached = self._by_type[event_type] = (table, bias)
        return cached

    def to_json(self) -> dict[str, Any]:
        return {"version": self.version, "bias": self.bias, "thresholds": self.thresholds,
                "info": self.info, "weights": self.weights}


def model_from_json(raw: dict[str, Any]) -> StatusModel:
    return StatusModel(version=str(raw["version"]), weights=dict(raw["weights"]),
                       bias=float(raw["bias"]), thresholds=dict(raw["thresholds"]),
                       info=dict(raw.get("info") or {}))


@cache
def load_status_model() -> StatusModel | None:
    """The shipped model, once per process; ``None`` if the package carries none."""
    path = data_path(MODEL_FILE)
    if not path.is_file():
        return None
    with path.open("rb") as handle:
        return model_from_json(json.loads(gzip.decompress(handle.read()).decode("utf-8")))
