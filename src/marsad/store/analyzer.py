"""The search analyser: one function turns both indexed text and queries into stems.

Arabic spelling varies (أمريكا/امريكا, ة/ه, ى/ي, diacritics, tatweel) and words carry clitics
(«بسوريا», «الكتاب») and suffixes («الأمريكية»). Indexing a normalised, light-stemmed shadow of
the text and passing every query through the very same function makes all of these meet,
like Lucene's ArabicAnalyzer (normalisation + light stemming). Suffix data lives in
``marsad/data/search_analyzer.json``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache, partial
from operator import is_not
from pathlib import Path
from typing import cast

from marsad.arabic.normalize import normalize, strip_diacritics
from marsad.arabic.tokenize import load_clitics, split_clitics, token_texts

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "search_analyzer.json"


@dataclass(slots=True, frozen=True)
class AnalyzerConfig:
    """Suffixes (longest first) and guards, as loaded from ``search_analyzer.json``."""

    suffixes: tuple[str, ...]
    alef_suffix: str
    min_stem: int
    min_stem_alef: int
    max_passes: int
    protected: frozenset[str]


@lru_cache(maxsize=1)
def load_config() -> AnalyzerConfig:
    """Load the packaged analyser data once per process."""
    raw = json.loads(DATA_FILE.read_text(encoding="utf-8"))
    return AnalyzerConfig(
        suffixes=tuple(sorted((normalize(s) for s in raw["suffixes"]), key=len, reverse=True)),
        alef_suffix=raw["alef_suffix"],
        min_stem=int(raw["min_stem"]),
        min_stem_alef=int(raw["min_stem_alef"]),
        max_passes=int(raw["max_passes"]),
        protected=frozenset(normalize(w) for w in raw["protected"]),
    )


def _is_word(token: str) -> bool:
    return token[0].isalnum()


def _is_arabic(word: str) -> bool:
    return "\u0621" <= word[0] <= "\u064a"


@lru_cache(maxsize=300_000)
def stem(word: str) -> str:
    """The index term of one word: normalised, proclitics and light suffixes removed."""
    if not _is_arabic(strip_diacritics(word) or " "):
        return normalize(word).lower()
    cfg = load_config()
    whole = normalize(word)
    seg = split_clitics(word)
    if seg.proclitics and seg.proclitics[-1] != "ال":
        # «لاعبان»: the clitic guard knows «لاعب», not its dual; ask again without suffixes.
        unsuffixed = _strip_suffixes(whole, cfg)
        if unsuffixed in load_clitics().protected:
            return unsuffixed
    base = normalize(seg.stem) or whole
    return _strip_suffixes(base, cfg)


def _strip_suffixes(word: str, cfg: AnalyzerConfig) -> str:
    for _ in range(cfg.max_passes):
        if word in cfg.protected:
            return word
        for suffix in cfg.suffixes:
            if word.endswith(suffix) and len(word) - len(suffix) >= cfg.min_stem:
                word = word[: -len(suffix)]
                break
        else:
            if word.endswith(cfg.alef_suffix) and len(word) - 1 >= cfg.min_stem_alef:
                word = word[:-1]
            else:
                return word
    return word


@lru_cache(maxsize=300_000)
def _term(token: str) -> str | None:
    """The index term of one token, ``None`` for punctuation: :func:`stem` behind one cache
    keyed by the token as written, so a seen token costs one look-up."""
    return _stem(token) if _is_word(token) else None


_stem = stem.__wrapped__  # ``_term`` caches; ``stem``'s own cache stays for the queries
_is_term = partial(is_not, None)


def analyze(text: str) -> list[str]:
    """Index terms of ``text`` in order (punctuation dropped)."""
    return terms(token_texts(text))


def terms(tokens: list[str]) -> list[str]:
    """Index terms of a text's tokens (``token_texts``) in order, punctuation dropped.

    ``[stem(t) for t in tokens if _is_word(t)]``, with the per-token loop run by ``map`` and
    ``filter`` over the cached :func:`_term`.
    """
    return cast("list[str]", list(filter(_is_term, map(_term, tokens))))


def shadow(text: str) -> str:
    """The space-joined terms stored in the FTS index in place of the text."""
    return " ".join(analyze(text))


def surface(text: str) -> str:
    """Normalised words without stemming: what an exact phrase is compared against."""
    return " ".join(normalize(t).lower()
                    for t in token_texts(text) if _is_word(t))
