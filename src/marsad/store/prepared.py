"""Store rows prepared by ``marsad batch``: the ``prepared`` column of its ``articles`` table.

A bulk load (``store/bulk.py``) spends most of its CPU preparing each article's rows from its
JSON (:func:`marsad.store.rows.article_rows`: the exact-text hash, the MinHash signature and
its band keys, the search shadows, the packed text and JSON, the fact and claim rows), 2.2 ms
an article against under 1 ms of writing. ``marsad batch`` runs on many cores (or a
cluster) and has the JSON in hand, so it prepares them there (about 2 % of its extraction)
and the load only decodes them (:func:`decode`, ~0.1 ms).

A prepared value is trusted only for the row it was made from and by the code that would make
it again: it carries a stamp of the row's ``json`` column (BLAKE2b-16 of its UTF-8 bytes)
and a fingerprint of the preparation (:func:`fingerprint`: :data:`FORMAT`, the package
version and the data files the rows depend on). A row whose ``json`` was rewritten by
another script, or an output prepared by another version, decodes to ``None`` and is
prepared again as before; so does an output written before the column existed.

Layout (little-endian): ``MAGIC`` (4 bytes), fingerprint (8), stamp (16), the number of
parts (u16) and each part's length (u32), then the parts: the rows as compact JSON (UTF-8),
the packed text, the packed JSON, the signature (64 × u32, empty when the text has no
5-shingle), then each claim's packed JSON. Plain data only (no pickle): a batch directory
may come from elsewhere, and decoding it must never run code.
"""

from __future__ import annotations

import hashlib
import json
import struct
from functools import cache
from typing import Any

from marsad.store.codec import DATA_DIR, JSON_DICTIONARY
from marsad.store.dedup import NUM_PERM
from marsad.store.rows import ArticleRows, Row
from marsad.versions import analyzer_version

# Bump when the code that makes any prepared row changes what it makes (``store/rows.py``,
# ``claims/grouping.py``, ``store/migrations.event_rows``, the codec): older outputs are then
# prepared again at load time instead of loading rows this version would not write.
FORMAT = 1
MAGIC = b"MRP\x01"
_HEAD = struct.Struct("<4s8s16sH")
# Data files whose content the prepared rows depend on (the analyser's own are in its version).
_DEPENDENCIES = ("claim_measures.json",)


@cache
def fingerprint() -> bytes:
    """Eight bytes that change whenever this process would prepare different rows."""
    from marsad import __version__

    digest = hashlib.blake2b(digest_size=8)
    digest.update(f"{FORMAT}\0{__version__}\0{analyzer_version()}\0{JSON_DICTIONARY}".encode())
    for name in _DEPENDENCIES:
        digest.update((DATA_DIR / name).read_bytes())
    return digest.digest()


def stamp(payload: bytes) -> bytes:
    """The stamp of a row's ``json`` column (its UTF-8 bytes)."""
    return hashlib.blake2b(payload, digest_size=16).digest()


def encode(rows: ArticleRows, payload: bytes) -> bytes:
    """``rows`` (less the ``documents`` row, made at load time from ``raw``) as a prepared
    value for the row whose ``json`` column is ``payload``."""
    article = rows.article
    meta = json.dumps(
        [rows.id, rows.text_hash, article[1:6], rows.fts, rows.bands, rows.entities,
         rows.mentions, rows.quantities, rows.times, rows.statements, rows.events,
         [claim[:-1] for claim in rows.claims]],
        ensure_ascii=False, separators=(",", ":"), allow_nan=True)
    parts = [meta.encode(), article[6], article[8],
             rows.signature or b"",
             *(claim[-1] for claim in rows.claims)]
    return b"".join([_HEAD.pack(MAGIC, fingerprint(), stamp(payload), len(parts)),
                     struct.pack(f"<{len(parts)}I", *map(len, parts)), *parts])


def decode(value: bytes | None, payload: bytes, document: Row) -> ArticleRows | None:
    """The rows of a prepared ``value`` for the row whose ``json`` column is ``payload`` and
    whose ``documents`` row is ``document``; ``None`` when there is no value, or it was made
    from another ``json`` or by another preparation (the caller prepares the row itself)."""
    if not value or len(value) < _HEAD.size:
        return None
    magic, made_by, made_from, count = _HEAD.unpack_from(value)
    if magic != MAGIC or made_by != fingerprint() or made_from != stamp(payload):
        return None
    try:
        return _rows(value, count, document)
    except (ValueError, TypeError, IndexError, struct.error):  # damaged: prepare it again
        return None


def _rows(value: bytes, count: int, document: Row) -> ArticleRows:
    sizes = struct.unpack_from(f"<{count}I", value, _HEAD.size)
    at = _HEAD.size + 4 * count
    parts = []
    for size in sizes:
        parts.append(value[at:at + size])
        at += size
    if at != len(value):
        raise ValueError("prepared value of another length than its parts")
    if len(parts[3]) not in (0, 4 * NUM_PERM):
        raise ValueError(f"a signature of another length than {NUM_PERM} × u32")
    meta: list[Any] = json.loads(parts[0])
    (aid, digest, head, fts, bands, entities, mentions, quantities, times, statements,
     events, claims) = meta
    return ArticleRows(
        id=aid, text_hash=digest, article=(aid, *head, parts[1], digest, parts[2]),
        fts=(fts[0], fts[1]), document=document,
        signature=parts[3] or None, bands=bands,
        entities=list(map(tuple, entities)), mentions=list(map(tuple, mentions)),
        quantities=list(map(tuple, quantities)), times=list(map(tuple, times)),
        statements=list(map(tuple, statements)), events=list(map(tuple, events)),
        claims=[(*claim, blob) for claim, blob in zip(claims, parts[4:], strict=True)])
