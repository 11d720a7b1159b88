"""Arabic orthographic normalisation with an offset map back to the original text.

Matching Arabic names needs a normalised view (أ/إ/آ → ا, ة → ه, ى → ي, no diacritics or
tatweel, Western digits), but users must see spans of the text as published. So the
normalised string is produced together with, for every normalised character, the index of
the character it came from. Normalisation maps characters one-to-one or deletes them, which
keeps the map a flat array and the conversion O(1) per offset. The exception is a
presentation-form ligature that stands for several letters («ﻷ» for «لأ», «ﷲ» for «الله»):
every letter it is spelt out to maps back to it, so a span that starts or ends inside it
widens to the whole ligature.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from dataclasses import dataclass

# One-to-one character mappings.
_ALEF_FORMS = {"\u0623": "\u0627", "\u0625": "\u0627", "\u0622": "\u0627", "\u0671": "\u0627"}
_LETTER_MAP = {
    **_ALEF_FORMS,
    "\u0629": "\u0647",  # taa marbuta → haa
    "\u0649": "\u064a",  # alef maksura → yaa
    "\u0624": "\u0648",  # waw with hamza → waw
    "\u0626": "\u064a",  # yaa with hamza → yaa
    "\u06cc": "\u064a",  # Farsi yeh → yaa
    "\u06a9": "\u0643",  # keheh → kaf
}
_DIGITS = {chr(0x0660 + i): str(i) for i in range(10)} | {
    chr(0x06F0 + i): str(i) for i in range(10)
}
# Characters removed entirely: harakat, superscript alef, tatweel, bidi and zero-width controls.
_DIACRITICS = [chr(c) for c in range(0x064B, 0x0653)] + ["\u0670", "\u0653", "\u0654", "\u0655"]
_TATWEEL = ["\u0640"]
_CONTROLS = ["\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u061c", "\ufeff"] + [
    chr(c) for c in range(0x202A, 0x202F)
] + [chr(c) for c in range(0x2066, 0x206A)]
DELETED_CHARS = frozenset(_DIACRITICS + _TATWEEL + _CONTROLS)

_BASE_TABLE = str.maketrans({**_LETTER_MAP, **dict.fromkeys(DELETED_CHARS, "")})
_LETTERS = re.compile("[\u0621-\u064a\u0671-\u06d3]+")


def _presentation_forms() -> dict[str, str]:
    """Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF) → the letters they stand for.

    Some sites and PDF exports publish text in these glyph codes («ﺍﻟﻴﻤﻦ», «اﻷحمر» with the
    lam-alef ligature), which no name, lexicon word or pattern matches. A form is mapped when
    it is a letter and its compatibility decomposition, normalised like any letter, is Arabic
    letters only; the ligatures become their letters. Isolated harakat, the phrase ligatures
    with a space («ﷺ») and symbols are left as they are: the rial sign «﷼» decomposes to
    «ريال» but is no word, and a tokeniser that drops it must agree with one that reads the
    normalised text (``store.dedup``).
    """
    out = {}
    for code in (*range(0xFB50, 0xFE00), *range(0xFE70, 0xFF00)):
        if not unicodedata.category(chr(code)).startswith("L"):
            continue
        letters = unicodedata.normalize("NFKC", chr(code)).translate(_BASE_TABLE)
        if letters != chr(code) and _LETTERS.fullmatch(letters):
            out[chr(code)] = letters
    return out


_PRESENTATION_FORMS = _presentation_forms()
# Forms of more than one letter: the normalised text is longer than the original there.
_EXPANDING = {ch: len(letters) for ch, letters in _PRESENTATION_FORMS.items() if len(letters) > 1}
_EXPANDING_RE = re.compile("[" + "".join(sorted(_EXPANDING)) + "]")
_MAPPING = {
    **_LETTER_MAP, **_DIGITS, **_PRESENTATION_FORMS, **dict.fromkeys(DELETED_CHARS, "")
}
_TABLE = str.maketrans(_MAPPING)
_DELETE_ONLY_TABLE = str.maketrans(dict.fromkeys(DELETED_CHARS))
# The same mappings as (character, replacement) pairs. No replacement is itself mapped, so
# replacing one character at a time gives what ``str.translate`` gives.
# The presentation forms are hundreds of characters and rare, so a long text is scanned once
# for any of them, and only a text that has one is translated and scanned for the forms that
# expand.
_REPLACE = tuple((ch, rep) for ch, rep in _MAPPING.items() if ch not in _PRESENTATION_FORMS)
_PRESENTATION_RE = re.compile("[" + "".join(sorted(_PRESENTATION_FORMS)) + "]")
_PRESENTATION_TABLE = str.maketrans(_PRESENTATION_FORMS)
_DELETE_ONLY = tuple((ch, "") for ch in sorted(DELETED_CHARS))
# Why two ways: ``str.translate`` on Arabic text looks every character up in a dict (~55 ns
# each), while a ``str.replace`` per mapped character present is a C scan: 7x faster on an
# article, slower on a word. Measured crossover: about 40 characters.
_SCAN_FROM = 48


def _replace_each(text: str, pairs: tuple[tuple[str, str], ...]) -> str:
    for old, new in pairs:
        if old in text:
            text = text.replace(old, new)
    return text


def strip_diacritics(text: str) -> str:
    """Remove harakat, tatweel and invisible controls, keeping letters as written."""
    if len(text) < _SCAN_FROM:
        return text.translate(_DELETE_ONLY_TABLE)
    return _replace_each(text, _DELETE_ONLY)


def normalize(text: str) -> str:
    """Return the matching form of ``text`` (same length unless characters were deleted or a
    ligature was spelt out)."""
    return _normalize(text)[0]


def _normalize(text: str) -> tuple[str, bool]:
    """:func:`normalize`, and whether ``text`` may hold a presentation form (a short text is
    translated whole, so it may)."""
    if len(text) < _SCAN_FROM:
        return text.translate(_TABLE), True
    forms = _PRESENTATION_RE.search(text) is not None
    if forms:
        text = text.translate(_PRESENTATION_TABLE)
    return _replace_each(text, _REPLACE), forms


@dataclass(slots=True, frozen=True)
class NormalizedText:
    """A normalised view of ``original`` and the way back to it.

    ``index[i]`` is the offset in ``original`` of the character ``text[i]`` came from; ``None``
    means nothing was deleted, so the offsets coincide.
    """

    original: str
    text: str
    index: array | None

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open span of the normalised text to the original text."""
        if self.index is None:
            return start, end
        if start >= len(self.index):
            return len(self.original), len(self.original)
        original_start = self.index[start]
        original_end = self.index[end - 1] + 1 if end > start else original_start
        return original_start, original_end


def normalized_view(text: str) -> NormalizedText:
    """Normalise ``text`` and record where each normalised character came from."""
    normalized, forms = _normalize(text)
    expands = forms and _EXPANDING_RE.search(text) is not None
    if len(normalized) == len(text) and not expands:
        return NormalizedText(text, normalized, None)
    if not expands:
        index = array("i", (i for i, ch in enumerate(text) if ch not in DELETED_CHARS))
        return NormalizedText(text, normalized, index)
    index = array("i")
    for i, ch in enumerate(text):
        if ch not in DELETED_CHARS:
            index.extend([i] * _EXPANDING.get(ch, 1))
    return NormalizedText(text, normalized, index)
