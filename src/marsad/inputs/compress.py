"""The one way Marsad reads decompressed bytes: capped, so a compression bomb is refused.

Every decompression of an input goes through :func:`read_capped` — ``.jsonl.gz`` files
(local or fsspec), WARC record bodies (warcio decompresses ``.warc.gz`` while streaming) and
the progress pre-count. A few kilobytes of gzip can expand to gigabytes; reading at most
``limit + 1`` bytes and refusing more bounds memory whatever the input claims. (HTTP bodies
are capped the same way while streaming, after content decoding: :mod:`marsad.inputs.fetch`.)
"""

from __future__ import annotations

import gzip
import io
import os
import zlib
from typing import Protocol

from marsad.errors import InputTooLargeError

__all__ = ["GZIP_ERRORS", "MAX_DECOMPRESSED_BYTES", "gunzip", "read_capped"]

# decompressed .jsonl.gz cap: far above real dumps, far below a bomb
MAX_DECOMPRESSED_BYTES = 256 * 1024 * 1024
# what a corrupt or truncated gzip stream raises
GZIP_ERRORS = (OSError, EOFError, zlib.error)


class Readable(Protocol):
    """Anything with ``read(n)`` returning bytes: a gzip file, a WARC record stream, …"""

    def read(self, size: int = -1, /) -> bytes: ...


def read_capped(stream: Readable, origin: str, limit: int | None = None) -> bytes:
    """All of ``stream`` (a decompressing reader), or InputTooLargeError (E004) past ``limit``
    (default :data:`MAX_DECOMPRESSED_BYTES`, read at call time)."""
    limit = MAX_DECOMPRESSED_BYTES if limit is None else limit
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise InputTooLargeError(f"{origin}: decompressed size exceeds {limit:,} bytes "
                                 "(a gzip bomb?)")
    return data


def gunzip(source: str | os.PathLike[str] | bytes, origin: str | None = None,
           limit: int | None = None) -> bytes:
    """The decompressed content of a gzip file (a path) or of gzip bytes, capped at ``limit``.

    Raises InputTooLargeError past the cap, and one of ``GZIP_ERRORS`` when the data is not
    (complete) gzip. Concatenated members are read as one stream, as ``gzip`` does.
    """
    where = origin if origin is not None else (
        "<gzip bytes>" if isinstance(source, bytes) else os.fspath(source))
    if isinstance(source, bytes):
        with gzip.GzipFile(fileobj=io.BytesIO(source), mode="rb") as handle:
            return read_capped(handle, where, limit)
    with gzip.open(source, "rb") as handle:
        return read_capped(handle, where, limit)
