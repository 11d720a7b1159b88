"""Stage ``decode``: bytes in any common Arabic-web encoding → text, or a clear error.

Arabic pages still arrive as windows-1256 or ISO-8859-6, and exported files as UTF-16.
Decoding the wrong way produces plausible-looking mojibake that poisons every later stage,
so candidates are scored on how Arabic-like the result is rather than taking the first
codec that does not raise.
"""

from __future__ import annotations

import codecs
import re

from marsad.errors import BinaryInputError, DecodingError, EmptyInputError, InputTooLargeError
from marsad.model import Article

MAX_INPUT_BYTES = 20_000_000  # ~20 MB: far above any real article page, below memory trouble

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_LEGACY_CANDIDATES = ("windows-1256", "iso-8859-6")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)
_ARABIC_LETTER = re.compile(r"[\u0621-\u064A]")
_LATIN1_LETTER = re.compile(r"[\u00C0-\u00FF]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffd]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
# Invisible format controls (bidi marks/overrides/isolates, zero-width): no text of their own.
_INVISIBLE = re.compile(r"[\u200b-\u200f\u202a-\u202e\u2060-\u2069\u061c\ufeff]")
# A UTF-8 encoded Arabic letter: lead byte D8-DB then a continuation byte. Real windows-1256 /
# ISO-8859-6 articles have almost none of these pairs (at most ~1% of their high bytes over
# the shared corpus); UTF-8 Arabic is nearly all pairs.
_UTF8_ARABIC_PAIR = re.compile(rb"[\xd8-\xdb][\x80-\xbf]")
_HIGH_BYTES = bytes(range(0x80, 0x100))
_MOSTLY_UTF8_SHARE = 0.25
# A few NUL bytes in otherwise valid text are a transfer or editor defect a reader never sees:
# up to MIN_STRAY_NULS, or this share of a longer input (never more than MAX_STRAY_NULS), are
# removed, not refused; what is left must still decode cleanly.
MIN_STRAY_NULS = 16
MAX_STRAY_NUL_SHARE = 0.01
MAX_STRAY_NULS = 1000
STRAY_NUL_WARNING = "W001"


def stray_nul_warning(count: int) -> str:
    """The coded warning an article carries when stray NUL bytes were removed from it."""
    return (f"[{STRAY_NUL_WARNING}] removed {count:,} stray NUL byte{'s' if count != 1 else ''} "
            "from otherwise valid text")


def run(article: Article) -> Article:
    content = article.raw.content
    if isinstance(content, bytes):
        article.source_text, article.encoding, nuls = _decode_bytes(content)
        if nuls:
            article.warnings.append(stray_nul_warning(nuls))
    else:
        if len(content) > MAX_INPUT_BYTES:
            raise InputTooLargeError(f"input has {len(content):,} characters; limit is "
                                     f"{MAX_INPUT_BYTES:,}")
        if surrogate := _SURROGATE.search(content):
            raise DecodingError(f"input text has an unpaired UTF-16 surrogate at character "
                                f"{surrogate.start():,} (a broken \\u escape?): it is not "
                                "valid Unicode")
        article.source_text, article.encoding = content.lstrip("\ufeff"), None
        if "\x00" in content and _stray_nuls(content.count("\x00"), len(content)):
            article.warnings.append(stray_nul_warning(content.count("\x00")))
            article.source_text = article.source_text.replace("\x00", "")
    _reject_unusable(article.source_text)
    return article


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Return (text, encoding name) or raise a MarsadError saying why it cannot be read.

    Stray NUL bytes in otherwise valid text are dropped (``run`` adds a warning for them).
    """
    text, encoding, _ = _decode_bytes(data)
    return text, encoding


def _stray_nuls(count: int, size: int) -> bool:
    return count <= min(MAX_STRAY_NULS, max(MIN_STRAY_NULS, int(size * MAX_STRAY_NUL_SHARE)))


def _decode_bytes(data: bytes) -> tuple[str, str, int]:
    """(text, encoding, number of stray NUL bytes removed)."""
    if b"\x00" in data and data.strip(b"\x00\t\r\n "):
        nuls = data.count(0)
        # Not UTF-16/32 (NUL in every other byte) and few enough to be a defect, not a format.
        if _bomless_utf16(data) is None and not data.startswith(tuple(b for b, _ in _BOMS)) \
                and _stray_nuls(nuls, len(data)):
            text, encoding = _decode_nul_free(data.replace(b"\x00", b""))
            return text, encoding, nuls
    text, encoding = _decode_nul_free(data)
    return text, encoding, 0


def _decode_nul_free(data: bytes) -> tuple[str, str]:
    if not data.strip():
        raise EmptyInputError("input is empty (no bytes or only whitespace)")
    if len(data) > MAX_INPUT_BYTES:
        raise InputTooLargeError(f"input has {len(data):,} bytes; limit is {MAX_INPUT_BYTES:,}")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _strict(data, encoding), encoding.replace("-sig", "")
    if utf16 := _bomless_utf16(data):
        return _strict(data, utf16), utf16
    if b"\x00" in data:
        raise BinaryInputError("input contains NUL bytes and is not UTF-16/32 text: "
                               "it looks like a binary file")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        if _mostly_utf8_arabic(data):
            # Decoding it as windows-1256 "works" and yields mojibake that scores as Arabic.
            raise DecodingError(
                f"input is mostly UTF-8 Arabic but has invalid UTF-8 ({exc.reason} at byte "
                f"{exc.start:,}): it is corrupt or mixes encodings; re-save it as UTF-8"
            ) from None
    declared = _declared_charset(data)
    candidates = ([declared] if declared else []) + [
        c for c in _LEGACY_CANDIDATES if c != declared
    ]
    scored: list[tuple[float, str, str]] = []
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        scored.append((_arabic_score(text) + (0.05 if encoding == declared else 0.0),
                       encoding, text))
    if not scored:
        raise DecodingError("input is not valid UTF-8, UTF-16, windows-1256 or ISO-8859-6")
    score, encoding, text = max(scored)
    if score <= 0:
        raise DecodingError(
            "input is not valid UTF-8 and does not read as Arabic in windows-1256 or "
            "ISO-8859-6; re-save it as UTF-8"
        )
    return text, encoding


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise DecodingError(f"input starts like {encoding} but is not valid {encoding}: "
                            f"{exc.reason} at byte {exc.start}") from None


def _bomless_utf16(data: bytes) -> str | None:
    """Detect UTF-16 without a BOM: text in it has NUL in every other byte of ASCII."""
    sample = data[:4000]
    if len(sample) < 4:
        return None
    even_nuls = sample[0::2].count(0) / len(sample[0::2])
    odd_nuls = sample[1::2].count(0) / len(sample[1::2])
    # Arabic in UTF-16 has 0x06 high bytes, ASCII 0x00: either way one side is nearly constant.
    even_06 = sum(1 for b in sample[0::2] if b in (0, 6, 0x20)) / len(sample[0::2])
    odd_06 = sum(1 for b in sample[1::2] if b in (0, 6, 0x20)) / len(sample[1::2])
    # Arabic prose is mostly non-ASCII: its spaces alone give a few percent of NULs.
    if odd_nuls > 0.02 and odd_06 > 0.9 and even_nuls < 0.05:
        return "utf-16-le"
    if even_nuls > 0.02 and even_06 > 0.9 and odd_nuls < 0.05:
        return "utf-16-be"
    return None


def _declared_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    if not match:
        return None
    name = match.group(1).decode("ascii", "ignore").lower()
    try:
        canonical = codecs.lookup(name).name
    except LookupError:
        return None
    # Report the name pages use («windows-1256»), not Python's alias («cp1256»).
    return next((c for c in _LEGACY_CANDIDATES if codecs.lookup(c).name == canonical), canonical)


def _mostly_utf8_arabic(data: bytes) -> bool:
    """True when most non-ASCII bytes form UTF-8 Arabic letters (so no legacy codec fits)."""
    high = len(data) - len(data.translate(None, _HIGH_BYTES))
    pair_bytes = len(data) - len(_UTF8_ARABIC_PAIR.sub(b"", data))
    return high >= 20 and pair_bytes >= _MOSTLY_UTF8_SHARE * high


def _arabic_score(text: str) -> float:
    """Share of Arabic letters minus Latin-1 letters and controls (mojibake markers)."""
    arabic = len(_ARABIC_LETTER.findall(text))
    latin1 = len(_LATIN1_LETTER.findall(text))
    controls = len(_CONTROL.findall(text))
    return (arabic - 3 * latin1 - 5 * controls) / max(len(text), 1)


def _reject_unusable(text: str) -> None:
    if not text.strip():
        raise EmptyInputError("input holds no text (only whitespace)")
    if not _INVISIBLE.sub("", text).strip():
        raise EmptyInputError("input holds no text (only whitespace and invisible "
                              "bidi/zero-width controls)")
    controls = len(_CONTROL.findall(text[:20000]))
    if controls > max(10, len(text[:20000]) // 50):
        raise BinaryInputError(
            f"input has {controls} control characters in its first 20,000: "
            "it looks like a binary file, not an article"
        )
