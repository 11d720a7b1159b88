"""Stored JSON, compressed: the encoding of ``articles.json``.

An article's full JSON was 18 KB of a 53 KB-per-article store, plain text written once and
read rarely. It is now kept as a zstd frame (pyarrow's codec, a dependency already) behind a
four-byte length: 4.4 KB for an average article, about 85 µs to write. Rows written before
this encoding hold the JSON as text; :func:`unpack` reads both, so no store has to be
rewritten. (The facts' own ``json`` columns stay text: at 200–1,000 bytes each, the codec's
fixed cost per call, about 20 µs, would outweigh the 40 % it saves.)

SQL reads the columns through the ``unpacked(json)`` function that :func:`register` adds to
every connection the store opens (``store/db.py``), so queries such as
``json_extract(unpacked(e.json), '$.trigger')`` keep working.
"""

from __future__ import annotations

import sqlite3
import struct

import pyarrow as pa

_SIZE = struct.Struct("<I")
# Level 3, zstd's default, one codec object per process.
_ZSTD = pa.Codec("zstd", compression_level=3)


def pack(text: str) -> bytes:
    """``text`` (a JSON document) as stored: its UTF-8 length, then a zstd frame."""
    raw = text.encode("utf-8")
    return _SIZE.pack(len(raw)) + _ZSTD.compress(raw, asbytes=True)


def unpack(value: str | bytes | None) -> str | None:
    """The JSON text of a stored value: packed bytes, or text written by an older version."""
    if value is None or isinstance(value, str):
        return value
    (size,) = _SIZE.unpack_from(value)
    raw = _ZSTD.decompress(memoryview(value)[_SIZE.size:], decompressed_size=size, asbytes=True)
    return bytes(raw).decode("utf-8")


def register(conn: sqlite3.Connection) -> None:
    """Make ``unpacked(x)`` available to the connection's SQL."""
    conn.create_function("unpacked", 1, unpack, deterministic=True)
