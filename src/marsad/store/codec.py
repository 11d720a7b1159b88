"""Stored JSON and text, compressed: the encoding of ``articles.json`` and ``articles.text``.

An article's full JSON was 18 KB of a 53 KB-per-article store, plain text written once and
read rarely. It is now kept as a zstd frame (pyarrow's codec, a dependency already) behind a
four-byte length: 4.4 KB for an average article, about 85 µs to write. Rows written before
this encoding hold the JSON as text; :func:`unpack` reads both, so no store has to be
rewritten. (The facts' own ``json`` columns are written empty: a fact's record is its
article's, ``store/facts.py``; a claim's JSON is packed like the article's, below.)

One copy of the clean text (issue #16): the article's text is packed in ``articles.text`` and
its JSON keeps ``"text": null`` in place of it (4.2 → 3.5 KB packed); :func:`article_json` puts
the text back, in its place in the key order. Rows written before keep the text in both and
plain, and read the same. The text is a zlib stream (:func:`pack_text`), not zstd: on the
shared articles it is smaller (3.2 KB → 1.15 KB, zstd 1.23) and reads in two thirds of the
time (a search checks up to 2,000 texts for an entity's written forms), for 50 µs more to
write; :func:`unpack` tells the two apart by zstd's magic number.

Compressed JSON with a dictionary (issue #16): an article's JSON is the same keys, enum values
and entity ids over and over, which plain zstd must learn again in every frame. :func:`pack_json`
primes each frame with a dictionary trained once on sample payloads
(``data/store_json.zdict``, made by ``scripts/build_json_dictionary.py``; level 6): 3.5 →
2.1 KB an article for about 50 µs more to write; trained on one of the two shared corpora and
measured on the other, 41–42 % smaller than plain zstd (``docs/store.md``). The frame
names its dictionary by id, so :func:`unpack` picks it (or reads a frame without one as
before); a dictionary, once shipped, stays in :data:`DICTIONARIES` for the rows it wrote.

SQL reads the columns through the ``unpacked(x)`` function that :func:`register` adds to
every connection the store opens (``store/db.py``), so queries such as
``substr(unpacked(a.text), …)`` work on rows of either kind.
"""

from __future__ import annotations

import json
import sqlite3
import struct
import threading
import zlib
from functools import cache
from pathlib import Path
from typing import Any

import pyarrow as pa
import zstandard

_SIZE = struct.Struct("<I")
# Level 3, zstd's default, one codec object per process.
_ZSTD = pa.Codec("zstd", compression_level=3)
_ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"  # every zstd frame opens with it, after :data:`_SIZE`


def pack(text: str) -> bytes:
    """``text`` (a JSON document) as stored: its UTF-8 length, then a zstd frame."""
    raw = text.encode("utf-8")
    return _SIZE.pack(len(raw)) + _ZSTD.compress(raw, asbytes=True)


#: Every dictionary a stored frame may name, by id (the id is written in the frame). Never
#: remove one: rows packed with it would no longer read.
DICTIONARIES = {16_001: "store_json.zdict"}
JSON_DICTIONARY = 16_001  # the one :func:`pack_json` writes with
JSON_LEVEL = 6  # 2.07 KB in 132 µs an article; 5: 2.18 KB, 82 µs; 9: 1.91 KB, 256 µs
DATA_DIR = Path(__file__).resolve().parent.parent / "data"
# zstandard's (de)compressor objects must not be shared by threads (the web app reads from a
# thread pool): each thread keeps its own.
_LOCAL = threading.local()


@cache
def _dictionary(dict_id: int) -> zstandard.ZstdCompressionDict:
    name = DICTIONARIES.get(dict_id)
    if name is None:
        raise ValueError(f"stored JSON was packed with zstd dictionary {dict_id}, which this "
                         "version of marsad does not ship")
    return zstandard.ZstdCompressionDict((DATA_DIR / name).read_bytes())


def _compressor() -> zstandard.ZstdCompressor:
    """This thread's compressor with :data:`JSON_DICTIONARY`."""
    found: zstandard.ZstdCompressor | None = getattr(_LOCAL, "compressor", None)
    if found is None:
        found = _LOCAL.compressor = zstandard.ZstdCompressor(
            level=JSON_LEVEL, dict_data=_dictionary(JSON_DICTIONARY))
    return found


def _decompressor(dict_id: int) -> zstandard.ZstdDecompressor:
    """This thread's decompressor for frames packed with dictionary ``dict_id``."""
    by_id: dict[int, zstandard.ZstdDecompressor] = _LOCAL.__dict__.setdefault(
        "decompressors", {})
    found = by_id.get(dict_id)
    if found is None:
        found = by_id[dict_id] = zstandard.ZstdDecompressor(dict_data=_dictionary(dict_id))
    return found


def pack_json(text: str) -> bytes:
    """A JSON document as stored: its UTF-8 length, then a zstd frame primed with the shipped
    dictionary :data:`JSON_DICTIONARY` (read back by :func:`unpack`)."""
    raw = text.encode("utf-8")
    return _SIZE.pack(len(raw)) + _compressor().compress(raw)


def pack_text(text: str) -> bytes:
    """An article's text as stored: a zlib stream (level 6)."""
    return zlib.compress(text.encode("utf-8"), 6)


def unpack(value: str | bytes | None) -> str | None:
    """The text of a stored value: :func:`pack` or :func:`pack_text` bytes, or text written by
    an older version."""
    if value is None or isinstance(value, str):
        return value
    if value[_SIZE.size:_SIZE.size + len(_ZSTD_MAGIC)] != _ZSTD_MAGIC:
        return zlib.decompress(value).decode("utf-8")
    (size,) = _SIZE.unpack_from(value)
    frame = memoryview(value)[_SIZE.size:]
    dict_id = zstandard.get_frame_parameters(frame).dict_id
    if dict_id:
        data = _decompressor(dict_id).decompress(frame, max_output_size=size)
        return bytes(data).decode("utf-8")
    raw = _ZSTD.decompress(frame, decompressed_size=size, asbytes=True)
    return bytes(raw).decode("utf-8")


_TEXT_KEY = '"text": '
_DECODER = json.JSONDecoder()


def pack_article(text: str, payload: str) -> tuple[bytes, bytes]:
    """``articles.text`` and ``articles.json`` of an article: its text, and its JSON text
    ``payload`` with the text replaced by ``null``, both packed (:func:`pack_text`,
    :func:`pack_json`).

    Why splice instead of parsing: the payload is up to tens of kilobytes and already
    serialised (a Parquet row's ``json``). The top-level ``"text"`` comes early in the
    contract's key order (after the dateline's own ``"text"``); each candidate's value is
    checked against ``text`` before it is cut, and any other layout falls back to parsing."""
    at = payload.find(_TEXT_KEY)
    for _ in range(3):
        if at < 0:
            break
        value_at = at + len(_TEXT_KEY)
        if payload.startswith('"', value_at):
            value, end = _DECODER.raw_decode(payload, value_at)
            if value == text:
                return pack_text(text), pack_json(payload[:value_at] + "null" + payload[end:])
        at = payload.find(_TEXT_KEY, value_at)
    data = json.loads(payload)
    data["text"] = None
    return pack_text(text), pack_json(json.dumps(data, ensure_ascii=False))


def article_json(payload: str | bytes | None, text: str | bytes | None) -> dict[str, Any]:
    """An article's JSON (``to_dict``) from its stored ``json`` and ``text`` columns."""
    data = json.loads(unpack(payload) or "{}")
    if not isinstance(data, dict):
        return {}
    if data.get("text") is None and "text" in data:
        data["text"] = unpack(text) or ""
    return data


def register(conn: sqlite3.Connection) -> None:
    """Make ``unpacked(x)`` and ``article_json(json, text)`` (the JSON text of
    :func:`article_json`) available to the connection's SQL."""
    conn.create_function("unpacked", 1, unpack, deterministic=True)
    conn.create_function(
        "article_json", 2,
        lambda payload, text: json.dumps(article_json(payload, text), ensure_ascii=False),
        deterministic=True)
