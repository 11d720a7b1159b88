"""Duplicate keys of an article: the exact-text hash and a MinHash signature with LSH bands.

Exact copies are found by the hash of the normalised text; syndicated copies (the same wire
story lightly edited) by a MinHash over word 5-shingles, banded for LSH. The signature is
persisted in the store, so its arithmetic is fixed: 64 permutations ``(a·h + b) mod (2^61 − 1)``
keeping the low 32 bits. It is computed with numpy, exactly (the product is split into 32-bit
halves and folded with the Mersenne identity ``2^61 ≡ 1``), because the pure-Python loop cost
3–4 ms per article and was most of a bulk load's time.
"""

from __future__ import annotations

import hashlib
import struct
from functools import lru_cache, partial
from operator import is_not, methodcaller
from typing import cast

import numpy as np

from marsad.arabic.normalize import DELETED_CHARS, normalize
from marsad.arabic.tokenize import token_texts

NUM_PERM = 64
BANDS = 16
ROWS = NUM_PERM // BANDS  # 4 rows per band: candidate pairs from Jaccard ≈ 0.5 up
SHINGLE = 5
NEAR_DUP_THRESHOLD = 0.5
_PRIME = (1 << 61) - 1
_MASK = (1 << 32) - 1


def _perms() -> list[tuple[int, int]]:
    """Fixed (a, b) pairs so signatures are comparable across runs and processes."""
    out = []
    for i in range(NUM_PERM):
        digest = hashlib.blake2b(f"marsad-minhash-{i}".encode(), digest_size=16).digest()
        a, b = struct.unpack("<QQ", digest)
        out.append(((a % (_PRIME - 1)) + 1, b % _PRIME))
    return out


PERMS = _perms()
_U = np.uint64
_A = np.array([a for a, _ in PERMS], dtype=np.uint64)[:, None]
_B = np.array([b for _, b in PERMS], dtype=np.uint64)[:, None]
_A_HI, _A_LO = _A >> _U(32), _A & _U(_MASK)
_P = _U(_PRIME)


def _fold(x: np.ndarray) -> np.ndarray:
    """x mod (2^61 − 1) up to one extra multiple of the prime (valid for x < 2^64)."""
    return (x & _P) + (x >> _U(61))


def _reduce(x: np.ndarray) -> np.ndarray:
    x = _fold(_fold(x))
    return np.where(x >= _P, x - _P, x)


@lru_cache(maxsize=2)
def _normalized(text: str) -> str:
    """``normalize(text)``, kept for the article being prepared: its exact-text hash and its
    shingles both start from it (``store/rows.py`` asks for one, then the other)."""
    return normalize(text)


def _words(normalized: str) -> list[str]:
    return [w for w in token_texts(normalized) if w[0].isalnum()]


def normalized_words(text: str) -> list[str]:
    """The words of the normalised text (punctuation dropped): the unit of shingles."""
    return _words(_normalized(text))


# Per token type: its normalised UTF-8 word (None for punctuation), and how many characters
# normalisation deletes from it (``_FIRST_LOST`` when it deletes the first). Plain dicts, read
# with ``map`` (a C loop); emptied when they pass ``_FORMS_KEPT`` types, a bound on memory.
_WORD_FORM: dict[str, bytes | None] = {}
_LOST: dict[str, int] = {}
_FORMS_KEPT = 200_000
_FIRST_LOST = 1 << 40  # more than any text has characters: the sum below can never match


def _learn(tokens: list[str]) -> None:
    if len(_LOST) > _FORMS_KEPT:
        _WORD_FORM.clear()
        _LOST.clear()
    for token in tokens:
        if token not in _LOST:
            normalized = normalize(token)
            _WORD_FORM[token] = normalized.encode() if token[0].isalnum() else None
            _LOST[token] = (_FIRST_LOST if token[0] in DELETED_CHARS
                            else len(token) - len(normalized))


def _word_bytes(text: str, tokens: list[str] | None = None) -> list[bytes]:
    """:func:`normalized_words` as UTF-8, from the tokens of the text as written when the
    caller has them (the search shadows tokenise it too), else by tokenising the normalised text.

    The two agree whenever normalisation deletes characters only inside word tokens and never
    a token's first: it maps every other character onto characters of the same class (a
    letter to a letter, a ligature to its letters, a digit to a digit; never a symbol to a
    letter), so the normalised text splits at the same places
    and its tokens are the tokens' normalised forms. That holds when no token loses its first
    character and the tokens lose, together, every character the whole text loses (none sits
    between tokens: a zero-width space or bidi mark would join two words once deleted).
    """
    if tokens is not None:
        try:
            lost = sum(map(_LOST.__getitem__, tokens))
        except KeyError:
            _learn(tokens)
            lost = sum(map(_LOST.__getitem__, tokens))
        if lost == len(text) - len(_normalized(text)):
            return cast("list[bytes]",
                        list(filter(_is_word, map(_WORD_FORM.__getitem__, tokens))))
    return [w.encode() for w in normalized_words(text)]


_is_word = partial(is_not, None)


def text_hash(text: str) -> str:
    """Hash of the exact normalised text, whitespace collapsed: the exact-duplicate key."""
    return hashlib.sha256(" ".join(_normalized(text).split()).encode()).hexdigest()


def _shingle_hashes(text: str, tokens: list[str] | None = None) -> np.ndarray:
    """The 64-bit hash of every word 5-shingle, in text order, repeats included (empty for
    very short texts): BLAKE2b-8 of the shingle's UTF-8 words joined by spaces, little-endian.

    The words are encoded once and joined as bytes (the same bytes as encoding the joined
    string), and the digests are read by numpy in one go instead of one ``int`` each.
    ``tokens``: the tokens of ``text`` as written, when the caller has them (``_word_bytes``).
    """
    words = _word_bytes(text, tokens)
    if len(words) < SHINGLE:
        return np.empty(0, dtype=np.uint64)
    # the shingles as tuples of SHINGLE consecutive words (``zip`` of shifted views), joined,
    # hashed and digested by ``map``: the same bytes as slicing and joining, a C loop each
    windows = zip(*(words[i:len(words) - SHINGLE + 1 + i] for i in range(SHINGLE)), strict=True)
    digests = b"".join(map(_DIGEST, map(_BLAKE8, map(_SPACE_JOIN, windows))))
    return np.frombuffer(digests, dtype="<u8").astype(np.uint64)


_BLAKE8 = partial(hashlib.blake2b, digest_size=8)
_DIGEST = methodcaller("digest")
_SPACE_JOIN = b" ".join


def shingles(text: str) -> set[int]:
    """Hashes of the word 5-shingles of the normalised text (empty for very short texts)."""
    return set(_shingle_hashes(text).tolist())


def minhash(text: str, tokens: list[str] | None = None) -> tuple[int, ...] | None:
    """A NUM_PERM-value signature, or None when the text has no 5-shingle (``tokens``: the
    tokens of ``text`` as written, if the caller has them: the same signature, sooner)."""
    hashes = _shingle_hashes(text, tokens)
    if not len(hashes):
        return None
    return _signature(hashes)


def signature(hashes: set[int]) -> tuple[int, ...]:
    """min over ``hashes`` of ``((a·h + b) mod p) & 0xFFFFFFFF`` for each permutation."""
    return _signature(np.fromiter(hashes, dtype=np.uint64, count=len(hashes)))


def _signature(hashes: np.ndarray) -> tuple[int, ...]:
    """:func:`signature` of a uint64 array (repeats change no minimum).

    With ``h`` reduced below p and ``a < p``, the partial products bound the sum: ``fold(low)``
    < 2^61 + 8, ``mid >> 29`` < 2^33, ``(mid mod 2^29)·2^32`` < 2^61, ``high·8`` < 2^61 and
    ``b`` < 2^61, so the total stays below 2^64 and a single final reduction gives the
    canonical residue. The arrays are reused in place: the work is a 64 × n block per call.
    """
    h = _reduce(hashes)
    h_hi, h_lo = h >> _U(32), h & _U(_MASK)
    x = _A_LO * h_lo  # low, < 2^64
    t = x >> _U(61)
    x &= _P
    x += t  # fold(low)
    mid = _A_HI * h_lo
    np.multiply(_A_LO, h_hi, out=t)
    mid += t  # < 2^62; mid·2^32 ≡ (mid >> 29) + (mid & (2^29−1))·2^32
    np.right_shift(mid, _U(29), out=t)
    x += t
    mid &= _U((1 << 29) - 1)
    mid <<= _U(32)
    x += mid
    np.multiply(_A_HI, h_hi, out=t)  # high, < 2^58; high·2^64 ≡ high·8
    t <<= _U(3)
    x += t
    x += _B
    # canonical residue: one fold leaves x ≤ (2^61 − 1) + 7 < 2p, so it is x or x − p, the
    # smaller of the two in unsigned arithmetic (x − p wraps above 2^63 when x < p)
    np.right_shift(x, _U(61), out=t)
    x &= _P
    x += t
    np.subtract(x, _P, out=t)
    np.minimum(x, t, out=x)
    x &= _U(_MASK)
    return tuple(x.min(axis=1).tolist())


def band_keys(signature: tuple[int, ...]) -> list[int]:
    """One signed 64-bit bucket key per band (band number mixed in)."""
    keys = []
    for band in range(BANDS):
        chunk = signature[band * ROWS:(band + 1) * ROWS]
        digest = hashlib.blake2b(struct.pack(f"<I{ROWS}I", band, *chunk), digest_size=8).digest()
        keys.append(struct.unpack("<q", digest)[0])
    return keys


def similarity(a: tuple[int, ...], b: tuple[int, ...]) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return sum(x == y for x, y in zip(a, b, strict=True)) / NUM_PERM


def most_similar(packed: bytes, candidates: list[tuple[str, bytes]]) -> tuple[float, str] | None:
    """The (similarity, id) of the candidate most similar to the packed signature ``packed``
    (ties to the greater id), if one reaches ``NEAR_DUP_THRESHOLD``; ``candidates``: (id, packed
    signature) pairs. The same choice as :func:`similarity` over each pair, compared in one
    numpy operation: unpacking and comparing pair by pair in Python cost the bulk load's
    single writer about 0.02 ms an article more."""
    if not candidates:
        return None
    own = np.frombuffer(packed, dtype="<u4")
    theirs = np.frombuffer(b"".join(blob for _, blob in candidates), dtype="<u4")
    same = (theirs.reshape(-1, NUM_PERM) == own).sum(axis=1).tolist()
    found = [(n / NUM_PERM, other) for n, (other, _) in zip(same, candidates, strict=True)
             if n / NUM_PERM >= NEAR_DUP_THRESHOLD]
    return max(found) if found else None


def pack(signature: tuple[int, ...]) -> bytes:
    return struct.pack(f"<{NUM_PERM}I", *signature)


def unpack(blob: bytes) -> tuple[int, ...]:
    return struct.unpack(f"<{NUM_PERM}I", blob)
